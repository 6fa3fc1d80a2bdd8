"""Advisories and their deliveries in SQLite.

An advisory is written (draft), then approved: at that moment its audience is snapshotted
into one delivery row per chat, in one transaction, so the audience cannot change under it
and no chat is queued twice (UNIQUE advisory, chat). The sender (`sender.py`) works the rows.
"""
from __future__ import annotations

import json
import secrets
import sqlite3
import time
from dataclasses import dataclass
from typing import Any, Optional

from bot.store import audit
from bot.store.database import now

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud or retyped safely
FINAL = ("sent", "blocked", "failed", "unknown")


@dataclass(frozen=True)
class Advisory:
    id: int
    code: str
    texts: dict[str, str]
    nationality: Optional[str]
    host_country: Optional[str]
    language: Optional[str]
    kind: str
    corrects: Optional[int]
    status: str
    author: str
    approved_by: Optional[str]
    audience_count: Optional[int]
    created_at: str
    progress_chat: Optional[int] = None
    progress_message: Optional[int] = None

    def text_for(self, language: str) -> str:
        """The reader's language, else English, else the first written."""
        return self.texts.get(language) or self.texts.get("en") or next(iter(self.texts.values()))


_COLUMNS = ("id, code, texts, nationality, host_country, language, kind, corrects, status, author, approved_by, "
            "audience_count, created_at, progress_chat, progress_message")


def _advisory(row: Any) -> Advisory:
    values = list(row)
    values[2] = json.loads(values[2])
    return Advisory(*values)


def new_code() -> str:
    return "ADV-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))


def create(conn: sqlite3.Connection, author: str, texts: dict[str, str], *, nationality: Optional[str] = None,
           host: Optional[str] = None, language: Optional[str] = None, kind: str = "advisory",
           corrects: Optional[int] = None) -> Advisory:
    """A draft; nothing is sent until it is approved."""
    texts = {k: v.strip() for k, v in texts.items() if v and v.strip()}
    if not texts:
        raise ValueError("an advisory needs a text in at least one language")
    code = new_code()
    with conn:
        cursor = conn.execute(
            "INSERT INTO advisories (code, texts, nationality, host_country, language, kind, corrects, status, author, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
            [code, json.dumps(texts, ensure_ascii=False), nationality, host, language, kind, corrects, author, now()])
        audit.write(conn, author, "advisory.create", code, {"kind": kind, "audience": [nationality, host, language]})
    return get(conn, cursor.lastrowid)  # type: ignore[return-value]


def get(conn: sqlite3.Connection, advisory_id: int) -> Optional[Advisory]:
    row = conn.execute(f"SELECT {_COLUMNS} FROM advisories WHERE id = ?", [advisory_id]).fetchone()
    return _advisory(row) if row else None


def by_code(conn: sqlite3.Connection, code: str) -> Optional[Advisory]:
    row = conn.execute(f"SELECT {_COLUMNS} FROM advisories WHERE code = ?", [code.upper()]).fetchone()
    return _advisory(row) if row else None


_AUDIENCE = (
    "FROM users WHERE subscribed = 1 AND blocked_at IS NULL AND id LIKE 'tg:%' "
    "AND (:nationality IS NULL OR nationality = :nationality) "
    "AND (:host IS NULL OR alert_hosts IS NULL OR EXISTS (SELECT 1 FROM json_each(users.alert_hosts) WHERE value = :host)) "
    "AND (:language IS NULL OR COALESCE(language, 'en') = :language)"
)


def _audience_args(nationality: Optional[str], host: Optional[str], language: Optional[str]) -> dict[str, Any]:
    return {"nationality": nationality, "host": host, "language": language}


def audience_count(conn: sqlite3.Connection, nationality: Optional[str], host: Optional[str],
                   language: Optional[str]) -> int:
    return conn.execute(f"SELECT count(*) {_AUDIENCE}", _audience_args(nationality, host, language)).fetchone()[0]


def set_status(conn: sqlite3.Connection, advisory_id: int, status: str, actor: str) -> None:
    with conn:
        conn.execute("UPDATE advisories SET status = ? WHERE id = ?", [status, advisory_id])
        audit.write(conn, actor, f"advisory.{status}", str(advisory_id))


def approve(conn: sqlite3.Connection, advisory_id: int, approver: str) -> int:
    """Snapshot the audience into deliveries and mark the advisory sending; returns how many.
    One transaction: a crash leaves either no rows or all of them. A correction or a
    withdrawal goes to the chats that were sent the original (or may have been)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT status, nationality, host_country, language, corrects, code FROM advisories "
                           "WHERE id = ?", [advisory_id]).fetchone()
        if row is None or row[0] not in ("draft", "awaiting_approval"):
            conn.rollback()
            return 0
        status, nationality, host, language, corrects, code = row
        stamp = time.time()
        if corrects:
            conn.execute(
                "INSERT OR IGNORE INTO deliveries (advisory_id, chat_id, user_id, language, updated_at) "
                "SELECT ?, d.chat_id, d.user_id, COALESCE(u.language, d.language), ? FROM deliveries d "
                "LEFT JOIN users u ON u.id = d.user_id WHERE d.advisory_id = ? AND d.status IN ('sent', 'unknown') "
                "AND (u.blocked_at IS NULL)", [advisory_id, stamp, corrects])
        else:
            conn.execute(
                "INSERT OR IGNORE INTO deliveries (advisory_id, chat_id, user_id, language, updated_at) "
                f"SELECT :advisory, CAST(substr(id, 4) AS INTEGER), id, COALESCE(language, 'en'), :stamp {_AUDIENCE}",
                {**_audience_args(nationality, host, language), "advisory": advisory_id, "stamp": stamp})
        count = conn.execute("SELECT count(*) FROM deliveries WHERE advisory_id = ?", [advisory_id]).fetchone()[0]
        conn.execute("UPDATE advisories SET status = 'sending', approved_by = ?, approved_at = ?, audience_count = ? "
                     "WHERE id = ?", [approver, now(), count, advisory_id])
        audit.write(conn, approver, "advisory.approve", code, {"audience": count})
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return count


def withdraw_pending(conn: sqlite3.Connection, advisory_id: int) -> int:
    """A withdrawn advisory: its copies not yet sent never go."""
    with conn:
        return conn.execute("UPDATE deliveries SET status = 'failed', error = 'withdrawn', updated_at = ? "
                            "WHERE advisory_id = ? AND status = 'pending'", [time.time(), advisory_id]).rowcount


def set_progress(conn: sqlite3.Connection, advisory_id: int, chat: int, message: int) -> None:
    with conn:
        conn.execute("UPDATE advisories SET progress_chat = ?, progress_message = ? WHERE id = ?",
                     [chat, message, advisory_id])


def figures(conn: sqlite3.Connection, advisory_id: int) -> dict[str, int]:
    rows = conn.execute("SELECT status, count(*) FROM deliveries WHERE advisory_id = ? GROUP BY status",
                        [advisory_id]).fetchall()
    out = {status: 0 for status in ("pending", "claimed", *FINAL)}
    out.update(dict(rows))
    return out


def sending(conn: sqlite3.Connection) -> list[Advisory]:
    return [_advisory(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM advisories WHERE status = 'sending' ORDER BY id")]


def finish(conn: sqlite3.Connection, advisory_id: int) -> bool:
    """Mark it sent when no row is pending or claimed; True the once it happens."""
    with conn:
        return conn.execute(
            "UPDATE advisories SET status = 'sent', finished_at = ? WHERE id = ? AND status = 'sending' AND NOT EXISTS "
            "(SELECT 1 FROM deliveries WHERE advisory_id = ? AND status IN ('pending', 'claimed'))",
            [now(), advisory_id, advisory_id]).rowcount > 0


def recent_for(conn: sqlite3.Connection, user: dict[str, Any], limit: int = 5) -> list[Advisory]:
    """The last advisories sent that were meant for this user (by nationality, host country, language)."""
    hosts = json.loads(user.get("alert_hosts") or "null")
    rows = conn.execute(f"SELECT {_COLUMNS} FROM advisories WHERE status IN ('sending', 'sent') ORDER BY id DESC LIMIT 50")
    out = []
    for advisory in map(_advisory, rows):
        if advisory.nationality and advisory.nationality != user.get("nationality"):
            continue
        if advisory.host_country and hosts is not None and advisory.host_country not in hosts:
            continue
        if advisory.language and advisory.language != (user.get("language") or "en"):
            continue
        out.append(advisory)
        if len(out) == limit:
            break
    return out


def recent_sent(conn: sqlite3.Connection, limit: int = 200) -> list[Advisory]:
    return [_advisory(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM advisories WHERE status IN ('sending', 'sent') ORDER BY id DESC LIMIT ?", [limit])]
