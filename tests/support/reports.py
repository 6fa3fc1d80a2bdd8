"""Answering the rest of the family's report in an e2e chat, the way a hurried family would."""
from __future__ import annotations

from bot.language.texts import t
from tests.support.bot import Chat, texts


async def finish_missing(user: Chat, lang: str, *, name: str = "Budi Santoso", age: str = "24",
                         reporter: str = "Siti, +62 812 0000 1111") -> list[dict]:
    """From "what is their name?" to the end: name, age, three skips, no ransom, no photo, a contact.
    Returns the last four messages: advice, embassy card (or the nationality question), the
    summary, and "send this to staff?"."""
    assert t("ask_missing_age", lang) in texts(await user.say(name))
    assert t("ask_missing_recruited", lang) in texts(await user.say(age))
    assert t("ask_missing_job", lang) in texts(await user.press("form:skip"))
    assert t("ask_missing_ransom", lang) in texts(await user.press("form:skip"))
    assert t("ask_missing_passport", lang) in texts(await user.press("/deny"))
    assert t("ask_missing_photo", lang) in texts(await user.press("form:skip"))
    assert t("ask_missing_reporter", lang) in texts(await user.press("form:skip"))
    return await user.say(reporter, expect=4)
