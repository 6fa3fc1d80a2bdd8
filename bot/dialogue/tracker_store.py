"""Conversations on the bot's SQLite file, with the recent ones also held in memory.

Rasa's `SQLTrackerStore` reads a conversation back from SQL on every turn (all its events,
decoded from JSON and replayed), counts its stored events again before every save, opens
a new SQLite connection for each of those (SQLAlchemy's `NullPool`) and syncs the disk at
every commit. Measured on the load mix (bench/load.py), that was about 8 ms of every
turn on the one dialogue thread that all users share.

Here the trackers of the most recent conversations stay in memory: a turn reads its
tracker from there and a save appends only the events the tracker has gained since its
last save, on one long-lived connection in WAL mode with `synchronous=NORMAL` (a commit
survives the bot being killed; only a power cut can lose the last one; a confirmation that
is promised, such as a case, is written by the bot's own store with `synchronous=FULL`).

Held in memory, a tracker is the same object between turns, so a turn that fails halfway
must be dropped (`drop`): its unsaved events would otherwise be kept. The bot is the only
writer of its conversations; a second process on the same file (never run) would need
`limit=0`.
"""
from __future__ import annotations

import itertools
import json
from collections import OrderedDict
from pathlib import Path
from typing import Any, Optional

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from rasa.shared.core.trackers import DialogueStateTracker

# About 8 KB per short conversation: a thousand recent ones are a few MB.
RECENT_CONVERSATIONS = 1_000


def _pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class RecentSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` (dialect sqlite) that keeps the last `limit` conversations in memory."""

    def __init__(self, database_path: Path, *, limit: int = RECENT_CONVERSATIONS, **kwargs: Any) -> None:
        import sqlalchemy as sa
        from sqlalchemy.pool import SingletonThreadPool

        super().__init__(dialect="sqlite", db=str(database_path), **kwargs)
        # One connection per thread (all turns run on the dialogue thread) instead of one per call.
        self.engine.dispose()
        self.engine = sa.create_engine(f"sqlite:///{database_path}", poolclass=SingletonThreadPool,
                                       connect_args={"check_same_thread": False})
        sa.event.listen(self.engine, "connect", _pragmas)
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self.limit = limit
        # sender id -> (the tracker, how many of its events are stored)
        self._recent: "OrderedDict[str, tuple[DialogueStateTracker, int]]" = OrderedDict()

    def __len__(self) -> int:
        return len(self._recent)

    def _hold(self, tracker: DialogueStateTracker, stored: int) -> None:
        if self.limit <= 0:
            return
        self._recent[tracker.sender_id] = (tracker, stored)
        self._recent.move_to_end(tracker.sender_id)
        while len(self._recent) > self.limit:
            self._recent.popitem(last=False)

    def drop(self, sender_id: str) -> None:
        """Forget the copy in memory (a failed turn, a deleted conversation): the next turn reads SQL."""
        self._recent.pop(sender_id, None)

    def hold_new(self, tracker: DialogueStateTracker) -> None:
        """Keep a tracker created before its first save (e.g. the language slot set before the
        first message), so the turn that follows finds it and saves it whole."""
        if tracker.sender_id not in self._recent:
            self._hold(tracker, 0)

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        held = self._recent.get(sender_id)
        if held is not None:
            self._recent.move_to_end(sender_id)
            return held[0]
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            self._hold(tracker, len(tracker.events))
        return tracker

    def _stored_count(self, tracker: DialogueStateTracker) -> int:
        """How many of the tracker's events SQL already has (counted there if not held)."""
        held = self._recent.get(tracker.sender_id)
        if held is not None and held[0] is tracker:
            return held[1]
        with self.session_scope() as session:
            return self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False).count()

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the events gained since the last save, in one INSERT (SQLAlchemy Core: the ORM's
        unit of work cost more than the write itself)."""
        await self.stream_events(tracker)
        try:
            stored = self._stored_count(tracker)
            new = list(itertools.islice(tracker.events, stored, len(tracker.events)))
            if new:
                rows = []
                for event in new:
                    data = event.as_dict()
                    rows.append({
                        "sender_id": tracker.sender_id, "type_name": event.type_name, "timestamp": data.get("timestamp"),
                        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                        "action_name": data.get("name"), "data": json.dumps(data),
                    })
                with self.engine.begin() as connection:
                    connection.execute(self.SQLEvent.__table__.insert(), rows)
        except BaseException:
            self.drop(tracker.sender_id)
            raise
        if any(isinstance(event, SessionStarted) for event in new):
            # SQL now holds a new session; the tracker in memory still carries the old one's
            # events too: read it back once, so memory and replay time stay one session long.
            self.drop(tracker.sender_id)
        else:
            self._hold(tracker, len(tracker.events))
