"""Users: only what the bot needs to answer them (language, nationality, where they are).

No names, usernames or phone numbers: the id is "tg:<numeric id>" or "cli:<name>".
"""
from __future__ import annotations

from typing import Any, Optional

import sqlite_utils

from bot.store import audit
from bot.store.database import now


def get(db: sqlite_utils.Database, user_id: str) -> Optional[dict[str, Any]]:
    rows = list(db.query("SELECT * FROM users WHERE id = ?", [user_id]))
    return rows[0] if rows else None


def save(db: sqlite_utils.Database, user_id: str, **fields: Any) -> dict[str, Any]:
    """Create the user if new and set the given fields, in one statement."""
    stamp = now()
    columns = ["id", "created_at", "updated_at", *fields]
    values = [user_id, stamp, stamp, *fields.values()]
    updates = ", ".join([f"[{c}] = excluded.[{c}]" for c in fields] + ["updated_at = excluded.updated_at"])
    for name in fields:
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not a column name: {name!r}")
    with db.conn:
        db.execute(
            f"INSERT INTO users ({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' * len(values))}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            values,
        )
    return get(db, user_id)  # type: ignore[return-value]


def delete(db: sqlite_utils.Database, user_id: str) -> bool:
    """The user's row and stored conversation go; the audit keeps only the fact."""
    with db.conn:
        existed = db.execute("DELETE FROM users WHERE id = ?", [user_id]).rowcount > 0
        if "events" in db.table_names():  # Rasa's tracker store, on the same file
            db.execute("DELETE FROM events WHERE sender_id = ?", [user_id])
        if "case_drafts" in db.table_names():  # reports never sent; sent ones stay with staff
            db.execute("DELETE FROM case_drafts WHERE reporter = ?", [user_id])
        audit.write(db.conn, user_id, "user.delete", user_id)
    return existed
