"""The bot's storage: one SQLite file, one connection per thread.

The event loop and the dialogue thread (see `bot/dialogue/worker.py`) each get their
own connection, so no connection is shared between threads; WAL lets them read at
once and `busy_timeout` makes a writer wait for the other instead of failing.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Optional

import sqlite_utils

from bot.store import audit as audit_log
from bot.store import users
from bot.store.database import MIGRATIONS_DIR, connect, migrate


class Storage:
    """Users and the audit log, and the database the capabilities keep their tables in."""

    def __init__(self, path: Path | str, migrations_dir: Path = MIGRATIONS_DIR, *, apply_migrations: bool = True) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite_utils.Database] = []
        # ":memory:" is one database per connection: share that one connection.
        self._shared = connect(self.path, check_same_thread=False) if self.path == ":memory:" else None
        if apply_migrations:
            self.migrate(migrations_dir)

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection (opened on first use)."""
        if self._shared is not None:
            return self._shared
        return self._connection("db", durable=True)

    @property
    def quick(self) -> sqlite_utils.Database:
        """This thread's connection for writes that promise nothing (synchronous=NORMAL):
        kept through a crash, only a power cut can lose the last ones. See `bot/store/database.py`."""
        if self._shared is not None:
            return self._shared
        return self._connection("quick", durable=False)

    def _connection(self, name: str, *, durable: bool) -> sqlite_utils.Database:
        db = getattr(self._local, name, None)
        if db is None:
            db = connect(self.path, check_same_thread=False, durable=durable)  # this thread's; closed by any
            setattr(self._local, name, db)
            with self._lock:
                self._all.append(db)
        return db

    def migrate(self, migrations_dir: Path = MIGRATIONS_DIR) -> list[str]:
        """Apply migrations not applied yet, in file-name order; returns their names."""
        return migrate(self.db.conn, migrations_dir)

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                db.close()
            self._all.clear()
        if self._shared is not None:
            self._shared.close()
        self._local = threading.local()

    # -- users ------------------------------------------------------------------
    def get_user(self, user_id: str) -> Optional[dict[str, Any]]:
        return users.get(self.db, user_id)

    # A user's settings that the bot confirms and acts on later: kept through a power cut too.
    PROMISED = frozenset({"subscribed", "discreet_minutes", "alert_hosts"})

    def save_user(self, user_id: str, **fields: Any) -> dict[str, Any]:
        """Create the user if new and set the given fields (language, place, … on the quick
        connection; a subscription or discreet mode durably)."""
        durable = bool(self.PROMISED & set(fields))
        return users.save(self.db if durable else self.quick, user_id, **fields)

    def set_subscribed(self, user_id: str, subscribed: bool) -> bool:
        """Set the advisory subscription; returns whether it was set before."""
        before = bool((self.get_user(user_id) or {}).get("subscribed"))
        self.save_user(user_id, subscribed=int(subscribed))
        return before

    def delete_user(self, user_id: str) -> bool:
        """Delete everything stored about a user (/delete); the audit keeps only the fact."""
        return users.delete(self.db, user_id)

    # -- audit ------------------------------------------------------------------
    def audit(self, actor: str, action: str, subject: str | None = None, detail: Any = None) -> None:
        audit_log.record(self.db.conn, actor, action, subject, detail)
