"""Right after a start (or a crash and restart) the bot answers before the model is loaded."""
from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from bot.app import build_assistant
from bot.language.texts import t
from tests.domain_texts import opening
from tests.support.bot import Chat, running_bot, texts

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _until(condition, seconds: float = 60.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the condition never held")


@pytest.mark.needs_model
async def test_cards_come_while_the_model_loads_and_the_rest_waits_for_it(settings, user_id):
    assistant = build_assistant(settings, wait_for_model=False)
    assert assistant.mode == "loading"
    async with running_bot(settings, assistant) as api:
        held, greeter = Chat(api, user_id, "id"), Chat(api, user_id + 1, "en")
        card = await held.say("tolong saya disekap")
        assert card[0]["text"].startswith(t("detained_intro", "id")) and "117" in card[0]["text"]
        assert assistant.mode == "loading"  # the card did not wait for the model (it takes seconds)
        greeting = await greeter.say("hi there")  # needs the model: it waits for it, never "limited mode"
        assert opening("utter_greet", "en") in texts(greeting)
        assert t("limited_mode", "en") not in texts(greeting)
        await _until(lambda: assistant.mode == "full")
    assistant.storage.close()


async def test_a_model_that_fails_to_load_leaves_the_cards_working(settings, tmp_path, user_id):
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(b"not a model")
    assistant = build_assistant(replace(settings, model_path=broken), wait_for_model=False)
    await _until(lambda: assistant.mode == "limited")
    async with running_bot(settings, assistant) as api:
        user = Chat(api, user_id, "en")
        assert "117" in (await user.say("help"))[0]["text"]
        assert (await user.say("what is the weather today"))[0]["text"] == t("limited_mode", "en")
    assistant.storage.close()
