"""Conversations held in memory and written to SQLite: what a restart reads back is what was said."""
from __future__ import annotations

import sqlite3

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered

from bot.dialogue.tracker_store import RecentSQLTrackerStore

DOMAIN = Domain.from_yaml("""
version: "3.1"
slots:
  language:
    type: text
    mappings: [{type: custom}]
""")


def store(path, **kwargs) -> RecentSQLTrackerStore:
    s = RecentSQLTrackerStore(path, **kwargs)
    s.domain = DOMAIN
    return s


def rows(path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT sender_id, type_name FROM events ORDER BY id").fetchall()


async def turn(s: RecentSQLTrackerStore, sender: str, text: str) -> None:
    tracker = await s.get_or_create_tracker(sender)
    tracker.update(UserUttered(text))
    tracker.update(ActionExecuted("action_listen"))
    await s.save(tracker)


@pytest.mark.asyncio
async def test_each_event_is_written_once_and_a_restart_reads_the_conversation_back(tmp_path):
    db = tmp_path / "bot.db"
    first = store(db)
    await turn(first, "7", "hello")
    await turn(first, "7", "my brother is missing")
    assert [t for _, t in rows(db)] == ["action", "user", "action", "user", "action"]

    restarted = store(db)
    tracker = await restarted.retrieve("7")
    assert [e.text for e in tracker.events if isinstance(e, UserUttered)] == ["hello", "my brother is missing"]
    await turn(restarted, "7", "two weeks ago")
    assert len(rows(db)) == 7


@pytest.mark.asyncio
async def test_a_slot_set_before_the_first_save_is_saved_with_the_turn(tmp_path):
    db = tmp_path / "bot.db"
    s = store(db)
    tracker = await s.get_or_create_tracker("8")
    tracker.update(SlotSet("language", "id"))
    s.hold_new(tracker)
    await turn(s, "8", "halo kak")
    assert (await store(db).retrieve("8")).get_slot("language") == "id"


@pytest.mark.asyncio
async def test_a_dropped_turn_leaves_only_what_was_saved(tmp_path):
    db = tmp_path / "bot.db"
    s = store(db)
    await turn(s, "9", "hello")
    tracker = await s.retrieve("9")
    tracker.update(UserUttered("half a turn that failed"))
    s.drop("9")
    again = await s.retrieve("9")
    assert again is not tracker
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["hello"]


@pytest.mark.asyncio
async def test_only_the_most_recent_conversations_stay_in_memory(tmp_path):
    db = tmp_path / "bot.db"
    s = store(db, limit=2)
    for sender in ("a", "b", "c"):
        await turn(s, sender, "hi")
    assert len(s) == 2
    tracker = await s.retrieve("a")  # read back from SQL
    assert [e.text for e in tracker.events if isinstance(e, UserUttered)] == ["hi"]
    await turn(s, "a", "again")
    assert [sender for sender, _ in rows(db)].count("a") == 5


@pytest.mark.asyncio
async def test_a_new_session_is_read_back_alone(tmp_path):
    db = tmp_path / "bot.db"
    s = store(db)
    await turn(s, "5", "old session")
    tracker = await s.retrieve("5")
    tracker.update(SessionStarted())
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("new session"))
    await s.save(tracker)
    fresh = await s.retrieve("5")
    assert fresh is not tracker
    assert [e.text for e in fresh.events if isinstance(e, UserUttered)] == ["new session"]
    await turn(s, "5", "more")
    assert len(rows(db)) == 8
