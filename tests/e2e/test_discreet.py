"""Discreet mode and /wipe: the bot deletes the chat's messages, on time, across restarts."""
from __future__ import annotations

import asyncio

import pytest

from bot.app import build_assistant
from bot.language.texts import t
from tests.support.bot import Chat, running_bot

pytestmark = pytest.mark.asyncio(loop_scope="session")


def deleted(api, chat_id: int) -> set[int]:
    return {int(c.params["message_id"]) for c in api.calls
            if c.method == "deleteMessage" and int(c.params["chat_id"]) == chat_id}


async def test_discreet_mode_deletes_both_sides_after_the_chosen_time_even_after_a_restart(settings, model, user_id):
    first = build_assistant(settings, shared=model)
    async with running_bot(settings, first) as api:
        user = Chat(api, user_id, "ko")
        menu = await user.say("/discreet")
        assert menu[0]["text"] == t("discreet_menu", "ko")
        on = await user.press("discreet:2")
        assert on[0]["text"] == t("discreet_on", "ko", minutes=2)
        await user.say("안녕하세요")
        assert deleted(api, user_id) == set()  # not before their time
    first.storage.close()
    # Two minutes later, in a new process: the timers were in the database.
    second = build_assistant(settings, shared=model)
    second.storage.db.execute("UPDATE chat_messages SET at = at - 200, delete_at = delete_at - 200")
    second.storage.db.conn.commit()
    async with running_bot(settings, second) as api:
        for _ in range(200):  # the sweeper runs every 0.2 s here; under load it may take longer
            await asyncio.sleep(0.1)
            done = second.storage.db.execute("SELECT count(*) FROM chat_messages WHERE done = 0").fetchone()[0]
            if done == 0 and deleted(api, user_id):
                break
        rows = second.storage.db.execute("SELECT count(*), sum(done) FROM chat_messages WHERE user_id = ?",
                                         [f"tg:{user_id}"]).fetchone()
        assert rows[0] == 5 and rows[0] == rows[1]  # /discreet, the menu, "on", 안녕하세요 and the greeting: all deleted
        assert len(deleted(api, user_id)) == rows[0]
    second.storage.close()


async def test_wipe_deletes_the_chat_and_forgets_the_conversation(telegram, assistant, user_id):
    user = Chat(telegram, user_id, "en")
    await user.say("my brother went to Cambodia for work and stopped answering")
    ask = await user.say("/wipe")
    assert ask[0]["text"] == t("wipe_confirm", "en")
    done = await user.press("wipe:yes")
    assert done[0]["text"] == t("wipe_done", "en")
    for _ in range(200):
        await asyncio.sleep(0.1)
        if len(deleted(telegram, user_id)) >= 4:
            break
    assert len(deleted(telegram, user_id)) >= 4
    events = assistant.storage.db.execute("SELECT count(*) FROM events WHERE sender_id = ?", [f"tg:{user_id}"]).fetchone()[0]
    assert events == 0
    fresh = await user.say("two weeks ago on WhatsApp")  # the form was forgotten with the conversation
    assert "brother" not in fresh[0]["text"]
