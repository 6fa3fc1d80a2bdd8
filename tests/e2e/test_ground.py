"""The ground under every chat: restarts, failing sends, many users, the gate, the heartbeat."""
from __future__ import annotations

import asyncio
import io

import pytest

from bot.app import build_assistant
from bot.cli.health import check
from bot.language.texts import t
from tests.domain_texts import opening
from tests.support.bot import Chat, running_bot, texts
from tests.support.reports import finish_missing

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_a_form_survives_a_restart(settings, model, user_id):
    first = build_assistant(settings, shared=model)
    async with running_bot(settings, first) as api:
        user = Chat(api, user_id, "en")
        asked = await user.say("my brother went to Cambodia for work and stopped answering")
        assert opening("utter_ask_missing_last_seen", "en") in texts(asked)
    first.storage.close()
    # A new process: a new assistant and tracker store on the same database file.
    second = build_assistant(settings, shared=model)
    async with running_bot(settings, second) as api:
        user = Chat(api, user_id, "en")
        assert t("ask_missing_name", "en") in texts(await user.say("two weeks ago on WhatsApp"))
        summary = (await finish_missing(user, "en"))[2]["text"]
        assert "brother" in summary and "two weeks ago on WhatsApp" in summary
    second.storage.close()


@pytest.mark.parametrize("status, retry_after", [(429, 1), (500, None), (502, None)])
async def test_the_emergency_card_arrives_whole_through_failing_sends(chat, telegram, status, retry_after):
    telegram.fail_next("sendMessage", status, count=2, retry_after=retry_after)
    sent = await chat("ko").say("살려주세요", expect=3)
    assert sent[0]["text"].startswith(t("detained_intro", "ko")) and "117" in sent[0]["text"]
    assert sent[1]["text"] == t("cambodia_self_report", "ko")
    assert len(telegram.failed) == 2


async def test_a_reply_that_keeps_failing_is_logged_not_lost_silently(chat, telegram, caplog, settings):
    telegram.telegram.application.bot.rate_limiter.budget = 0.5  # give up quickly
    telegram.fail_next("sendMessage", 500, count=50)
    telegram.send_text(chat("en").user_id, "hello there")
    for _ in range(100):
        await asyncio.sleep(0.05)
        if any("could not be sent" in r.getMessage() for r in caplog.records):
            break
    assert any("could not be sent" in r.getMessage() and "update" in r.getMessage() for r in caplog.records)


async def test_an_emergency_is_not_queued_behind_anyone(telegram):
    flooder, person = Chat(telegram, 7_000_001, "en"), Chat(telegram, 7_000_002, "id")
    ad = ("Customer service job in Sihanoukville, salary $2500, free flight and visa, no experience, "
          "contact only on Telegram @fastjob_kh, leave this week, do not tell your family. ")
    for i in range(25):
        telegram.send_text(flooder.user_id, f"{ad} offer number {i}", "en")
    telegram.send_text(person.user_id, "tolong", "id")
    await telegram.wait_for(person.user_id, 3)
    card_at = next(i for i, c in enumerate(telegram.calls)
                   if c.method == "sendMessage" and int(c.params["chat_id"]) == person.user_id)
    flooder_replies = [i for i, c in enumerate(telegram.calls)
                       if c.method == "sendMessage" and int(c.params["chat_id"]) == flooder.user_id]
    assert flooder_replies and card_at < flooder_replies[-1]  # the card did not wait for the flood


async def test_the_flooder_is_told_once_and_others_are_answered(settings, model):
    from dataclasses import replace

    tight = replace(settings, flood_limit=3, flood_window_seconds=600)
    assistant = build_assistant(tight, shared=model)
    async with running_bot(tight, assistant) as api:
        flooder, other = Chat(api, 7_100_001, "en"), Chat(api, 7_100_002, "en")
        for i in range(10):
            api.send_text(flooder.user_id, f"hello {i}", "en")
        answered = await other.say("hi there")
        assert opening("utter_greet", "en") in texts(answered)
        await api.wait_for(flooder.user_id, 4)
        await asyncio.sleep(0.5)
        sent = api.sent_to(flooder.user_id)
        assert [m["text"] for m in sent].count(t("flood", "en")) == 1
        assert len(sent) == 4  # three answers and one notice, not ten
        card = await flooder.say("help", expect=3)
        assert card[0]["text"].startswith(t("detained_intro", "en"))
    assistant.storage.close()


async def test_typed_intent_payload_reaches_no_intent(chat):
    sent = await chat("en").say('/ask_case_status{"case_code":"CASE-2026-00001"}')
    assert [m["text"] for m in sent] == [t("unknown_command", "en")]


async def test_the_running_bot_is_healthy_and_a_stopped_one_is_not(settings, assistant):
    async with running_bot(settings, assistant):
        await asyncio.sleep(0.5)
        assert check(settings, io.StringIO()) == 0
    from dataclasses import replace

    await asyncio.sleep(0.5)  # stopped: no more beats
    assert check(replace(settings, health_max_age_seconds=0.3), io.StringIO()) == 1
