"""A family's report becomes a case: sent with consent, seen by staff, followed by the family."""
from __future__ import annotations

import pytest

from bot.language.texts import t
from tests.support.bot import Chat, buttons, texts
from tests.support.reports import finish_missing

pytestmark = pytest.mark.asyncio(loop_scope="session")
STAFF_ID = 42


async def _report(user: Chat) -> str:
    await user.say("adik saya kerja ke kamboja dan sudah gak bisa dihubungi")
    await user.say("terakhir chat WA 2 minggu lalu")
    summary = await finish_missing(user, "id")
    assert summary[-1]["text"] == t("case_summary_ask", "id")
    assert [b[1].split(":")[1] for b in buttons(summary[-1:])] == ["send", "drop"]
    sent = await user.press(buttons(summary[-1:])[0][1])
    code = sent[0]["text"].split("CASE-")[1][:10]
    assert sent[0]["text"] == t("case_received", "id", code=f"CASE-{code}")
    return f"CASE-{code}"


async def test_a_report_reaches_staff_and_the_family_follows_it(telegram, user_id):
    family, staff, stranger = Chat(telegram, user_id, "id"), Chat(telegram, STAFF_ID, "en"), Chat(telegram, 7_200_001, "en")
    code = await _report(family)
    posted = await telegram.wait_for(STAFF_ID, 1)
    assert code in posted[-1]["text"] and "Bavet" not in posted[-1]["text"]
    # A second tap on "send" is the same case.
    again = await family.press(buttons(family.api.sent_to(user_id)[-2:-1])[0][1])
    assert code in again[0]["text"]
    # The family sees it; someone else asking for the code learns nothing.
    mine = await family.say("/status")
    assert code in mine[0]["text"] and t("status_new", "id") in mine[0]["text"]
    theirs = await stranger.say(f"/status {code}")
    nowhere = await stranger.say("/status CASE-2026-99999")
    assert theirs[0]["text"].replace(code, "X") == nowhere[0]["text"].replace("CASE-2026-99999", "X")
    # Staff change the status; the family is told at once, in Indonesian.
    changed = await staff.press(f"case:progress:{code}")
    assert changed[0]["text"] == t("staff_case_changed", "en", code=code, status=t("status_in_progress", "en"))
    told = await telegram.wait_for(user_id, len(family.api.sent_to(user_id)))
    assert told[-1]["text"] == t("case_status_changed", "id", code=code, status=t("status_in_progress", "id"))
    # Staff read the details and the list; both reads are in the audit log.
    details = await staff.press(f"case:show:{code}")
    assert code in details[0]["text"] and "adik" in details[0]["text"]
    listed = await staff.say("/cases")
    assert code in listed[0]["text"]


@pytest.mark.parametrize("action", ["ack", "progress", "resolved", "closed", "show"])
async def test_a_non_staff_user_pressing_a_staff_button_gets_nothing(telegram, user_id, action):
    family, staff = Chat(telegram, user_id, "id"), Chat(telegram, STAFF_ID, "en")
    code = await _report(family)
    await telegram.wait_for(STAFF_ID, 1)
    data = staff.shown(f"case:{action}:{code}")  # the real, signed data a staff member was shown
    refused = await family.press_data(data)
    assert refused[0]["text"] == t("staff_only", "id")
    mine = await family.say("/status")
    assert t("status_new", "id") in mine[0]["text"]  # nothing changed
    assert "adik" not in texts(refused)
