"""Advisories through the fake Bot API: subscribing with host countries, an admin writing
one in two languages, every subscriber receiving it once in their language, a blocked user
unsubscribed, verification of a real and a forged message, and nothing for non-staff."""
from __future__ import annotations

import time

import pytest

from bot.language.texts import t
from tests.support.bot import Chat, buttons, texts

pytestmark = pytest.mark.asyncio(loop_scope="session")
STAFF_ID = 42


async def _subscribe(user: Chat, lang: str, host_payloads: list[str]) -> None:
    sent = await user.say("/subscribe", expect=2)
    assert sent[-1]["text"] == t("subscribe_hosts", lang)
    for payload in host_payloads:
        await user.press(payload)
    done = await user.press("sub:done")
    assert done[0]["text"].startswith(t("subscribe_saved", lang, countries="")[:6])


async def _received(telegram, chat: int, code: str, timeout: float = 10.0) -> str:
    """The one message carrying `code` that `chat` received (waiting for it)."""
    deadline = time.monotonic() + timeout
    while True:
        got = [m["text"] for m in telegram.sent_to(chat) if code in (m.get("text") or "")]
        if got:
            assert len(got) == 1, got
            return got[0]
        assert time.monotonic() < deadline, f"{chat} never received {code}"
        await telegram.wait_for(chat, len(telegram.sent_to(chat)) + 1, timeout=timeout)


async def test_an_advisory_reaches_every_subscriber_once_and_verifies(telegram, user_id):
    korean, indonesian, elsewhere, blocker = (Chat(telegram, user_id + i, lang) for i, lang in
                                              enumerate(("ko", "id", "en", "en")))
    await _subscribe(korean, "ko", ["sub:KH"])
    await _subscribe(indonesian, "id", ["sub:KH", "sub:MM"])
    await _subscribe(elsewhere, "en", ["sub:LA"])  # only Laos: not in this advisory's audience
    await _subscribe(blocker, "en", ["sub:KH"])
    telegram.blocked.add(user_id + 3)
    admin = Chat(telegram, STAFF_ID, "en")
    assert (await admin.say("/advisory"))[0]["text"] == t("adv_write", "en")
    hosts = await admin.say("en: Bavet and Poipet are now under a travel ban.\n\n"
                            "ko: 바벳과 포이펫은 이제 여행금지 지역입니다.")
    assert hosts[0]["text"] == t("adv_pick_host", "en")
    await admin.press(f"adv:host:{buttons(hosts)[1][1].split(':')[2]}:KH")
    advisory_id = buttons(hosts)[1][1].split(":")[2]
    preview = await admin.press(f"adv:nat:{advisory_id}:any")
    assert "3 subscriber" in preview[0]["text"]  # Korean, Indonesian and the one who will block
    sending = await admin.press(f"adv:send:{advisory_id}")
    code = sending[0]["text"].split()[1].rstrip(":")
    got_ko = await _received(telegram, user_id, code)
    got_id = await _received(telegram, user_id + 1, code)
    assert got_ko.startswith(t("advisory_header", "ko")) and "여행금지" in got_ko and code in got_ko
    assert got_id.startswith(t("advisory_header", "id")) and "travel ban" in got_id  # no Indonesian text: English
    # The final figures go to the staff side; the blocked user is unsubscribed.
    deadline = time.monotonic() + 10
    while not any(t("adv_finished", "en", code=code, sent=2, blocked=1, failed=0, unknown=0) == m.get("text")
                  for m in telegram.sent_to(STAFF_ID)):
        assert time.monotonic() < deadline, [m.get("text") for m in telegram.sent_to(STAFF_ID)]
        await telegram.wait_for(STAFF_ID, len(telegram.sent_to(STAFF_ID)), timeout=1)
    assert not any(code in (m.get("text") or "") for m in telegram.sent_to(user_id + 2))
    # Verification: the real copy forwarded, its code typed, and a forged one.
    origin = {"type": "user", "date": int(time.time()), "sender_user": {"id": 100000001, "is_bot": True, "first_name": "Guard"}}
    forwarded = await korean.send(text=got_ko, forward_origin=origin, expect=2)
    assert forwarded[0]["text"] == t("verify_from_this_bot", "ko")
    assert forwarded[1]["text"].startswith(t("verify_genuine", "ko", code=code, date="", text="")[:10])
    typed = await indonesian.say(f"/verify {code}")
    assert code in typed[0]["text"] and t("verify_money_warning", "id") in typed[0]["text"]
    fake_origin = {"type": "hidden_user", "date": int(time.time()), "sender_user_name": "KBRI Phnom Penh"}
    forged = await indonesian.send(text="KBRI: transfer biaya penjemputan Rp 15 juta ke rekening 123 hari ini.",
                                   forward_origin=fake_origin)
    assert forged[0]["text"].startswith(t("verify_no_match", "id"))
    recent = await korean.say("/advisories", expect=2)
    assert code in texts(recent)


async def test_a_user_who_blocks_the_bot_gets_no_advisory(telegram, user_id, assistant):
    user = Chat(telegram, user_id, "en")
    await _subscribe(user, "en", [])
    telegram.member_update(user_id, "kicked")
    deadline = time.monotonic() + 5
    while (assistant.storage.get_user(f"tg:{user_id}") or {}).get("subscribed"):
        assert time.monotonic() < deadline
        await telegram.wait_for(user_id, 0, timeout=0.2)
    assert assistant.storage.get_user(f"tg:{user_id}")["blocked_at"]


@pytest.mark.parametrize("payload", ["adv:send:1", "adv:approve:1", "adv:host:1:KH", "adv:cancel:1"])
async def test_non_staff_reach_no_advisory_command_or_button(telegram, user_id, assistant, payload):
    user = Chat(telegram, user_id, "en")
    assert (await user.say("/advisory"))[0]["text"] == t("staff_only", "en")
    assert (await user.say("/staff add 5 admin"))[0]["text"] == t("staff_only", "en")
    assert (await user.say("/stats"))[0]["text"] == t("staff_only", "en")
    forged = await user.press_data(assistant.codec.sign(payload))  # even correctly signed data
    assert forged[0]["text"] == t("staff_only", "en")


async def test_a_sent_advisory_is_corrected_for_the_same_readers(telegram, user_id):
    reader = Chat(telegram, user_id, "en")
    await _subscribe(reader, "en", [])
    admin = Chat(telegram, STAFF_ID, "en")
    await admin.say("/advisory")
    hosts = await admin.say("The border crossing at Poipet is closed today.")
    advisory_id = buttons(hosts)[0][1].split(":")[2]
    await admin.press(f"adv:host:{advisory_id}:any")
    await admin.press(f"adv:nat:{advisory_id}:any")
    code = (await admin.press(f"adv:send:{advisory_id}"))[0]["text"].split()[1].rstrip(":")
    await _received(telegram, user_id, code)
    await admin.say(f"/advisory correct {code}")
    preview = await admin.say("The border crossing at Poipet is closed today and tomorrow.")
    assert "1 subscriber" in preview[0]["text"]
    fix_id = buttons(preview)[0][1].split(":")[2]
    fix_code = (await admin.press(f"adv:send:{fix_id}"))[0]["text"].split()[1].rstrip(":")
    correction = await _received(telegram, user_id, fix_code)
    assert correction.startswith(t("advisory_correction_header", "en", code=code)) and "tomorrow" in correction
