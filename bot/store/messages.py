"""Which messages of a private chat to delete, and when (discreet mode, /wipe).

Only Telegram's message ids are kept, never the text. Timers live in the database
(`delete_at`), so a restart forgets none of them.
"""
from __future__ import annotations

import sqlite3
import time
from typing import Optional

# Minutes after which discreet mode deletes the chat's messages (the choices offered).
DISCREET_MINUTES = ("2", "10", "30")


def record(conn: sqlite3.Connection, user_id: str, chat_id: int, message_id: int, now: Optional[float] = None) -> None:
    """A message in the chat (the user's or the bot's). When it is due follows from the user's
    discreet minutes at sweep time (see `due`), so recording needs no lookup."""
    with conn:
        conn.execute(
            "INSERT OR IGNORE INTO chat_messages (user_id, chat_id, message_id, at) VALUES (?, ?, ?, ?)",
            [user_id, chat_id, message_id, time.time() if now is None else now],
        )


def schedule_all(conn: sqlite3.Connection, user_id: str, at: float) -> int:
    """Every message of the user's chat not yet deleted goes at `at` (discreet mode turned on, /wipe)."""
    with conn:
        return conn.execute(
            "UPDATE chat_messages SET delete_at = min(coalesce(delete_at, ?), ?) WHERE user_id = ? AND done = 0",
            [at, at, user_id],
        ).rowcount


def unschedule(conn: sqlite3.Connection, user_id: str) -> None:
    """Discreet mode off: what was waiting to be deleted stays."""
    with conn:
        conn.execute("UPDATE chat_messages SET delete_at = NULL WHERE user_id = ? AND done = 0", [user_id])


def due(conn: sqlite3.Connection, now: Optional[float] = None, limit: int = 100) -> list[tuple[int, int, int]]:
    """(row id, chat id, message id) of the messages whose time has come: scheduled (/wipe,
    discreet mode turned on) or older than the user's discreet minutes."""
    now = time.time() if now is None else now
    return conn.execute(
        "SELECT m.id, m.chat_id, m.message_id FROM chat_messages m LEFT JOIN users u ON u.id = m.user_id "
        "WHERE m.done = 0 AND ((m.delete_at IS NOT NULL AND m.delete_at <= ?) "
        "OR (u.discreet_minutes IS NOT NULL AND m.at + u.discreet_minutes * 60 <= ?)) ORDER BY m.id LIMIT ?",
        [now, now, limit],
    ).fetchall()


def mark_done(conn: sqlite3.Connection, row_id: int) -> None:
    with conn:
        conn.execute("UPDATE chat_messages SET done = 1 WHERE id = ?", [row_id])
