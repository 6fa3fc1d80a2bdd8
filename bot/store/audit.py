"""The audit log's one writer: every staff read or change, every import and deletion.

`write` inserts inside the caller's transaction (an import stays all or nothing, a
status change and its audit line commit together); `record` commits on its own.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any, Optional

from bot.store.database import now


def write(conn: sqlite3.Connection, actor: str, action: str, subject: Optional[str] = None, detail: Any = None) -> None:
    """One audit_log row, in the caller's open transaction (nothing is committed here)."""
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
        [now(), actor, action, subject, json.dumps(detail, ensure_ascii=False) if detail is not None else None],
    )


def record(conn: sqlite3.Connection, actor: str, action: str, subject: Optional[str] = None, detail: Any = None) -> None:
    """One audit_log row, committed now."""
    with conn:
        write(conn, actor, action, subject, detail)


def entries(conn: sqlite3.Connection, *, actor: Optional[str] = None, since: Optional[str] = None) -> list[dict[str, Any]]:
    """Audit rows, oldest first, optionally for one actor and from a date (ISO) on."""
    sql, args = "SELECT id, at, actor, action, subject, detail FROM audit_log WHERE 1 = 1", []
    if actor:
        sql, args = sql + " AND actor = ?", args + [actor]
    if since:
        sql, args = sql + " AND at >= ?", args + [since]
    cursor = conn.execute(sql + " ORDER BY id", args)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
