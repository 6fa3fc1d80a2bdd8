"""Cases in SQLite. A case is committed (BEGIN IMMEDIATE, synchronous=FULL) before anyone is
told it exists; confirming the same draft twice returns the first case."""
from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Optional

from bot.store import audit
from bot.store.database import now

STATUSES = ("new", "acknowledged", "in_progress", "resolved", "closed")
OPEN = ("new", "acknowledged", "in_progress")


@dataclass(frozen=True)
class Case:
    code: str
    kind: str
    status: str
    reporter: str
    reporter_language: str
    nationality: Optional[str]
    host_country: Optional[str]
    answers: dict[str, Any]
    created_at: str
    updated_at: str


def _case(row: sqlite3.Row | tuple, names: list[str]) -> Case:
    data = dict(zip(names, row))
    return Case(data["code"], data["kind"], data["status"], data["reporter"], data["reporter_language"],
                data["nationality"], data["host_country"], json.loads(data["answers"]), data["created_at"],
                data["updated_at"])


_COLUMNS = "code, kind, status, reporter, reporter_language, nationality, host_country, answers, created_at, updated_at"


def _query(conn: sqlite3.Connection, sql: str, args: list[Any]) -> list[Case]:
    cursor = conn.execute(sql, args)
    names = [c[0] for c in cursor.description]
    return [_case(row, names) for row in cursor.fetchall()]


def save_draft(conn: sqlite3.Connection, reporter: str, kind: str, language: str, answers: dict[str, Any],
               nationality: Optional[str], host: Optional[str]) -> str:
    """A summarised report waiting for "send"; its token goes on the button."""
    token = secrets.token_urlsafe(9)
    with conn:
        conn.execute(
            "INSERT INTO case_drafts (token, reporter, kind, language, nationality, host_country, answers, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [token, reporter, kind, language, nationality, host, json.dumps(answers, ensure_ascii=False), now()],
        )
    return token


def confirm(conn: sqlite3.Connection, token: str, reporter: str) -> Optional[tuple[Case, bool]]:
    """The case for a draft of this reporter, created now or before; (case, created). None when
    the draft is not this reporter's or does not exist."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        existing = _query(conn, f"SELECT {_COLUMNS} FROM cases WHERE draft = ? AND reporter = ?", [token, reporter])
        if existing:
            conn.rollback()
            return existing[0], False
        draft = conn.execute(
            "SELECT kind, language, nationality, host_country, answers FROM case_drafts WHERE token = ? AND reporter = ?",
            [token, reporter],
        ).fetchone()
        if draft is None:
            conn.rollback()
            return None
        year = datetime.now(timezone.utc).year
        number = conn.execute(
            "INSERT INTO case_counters (year, last) VALUES (?, 1) "
            "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last", [year],
        ).fetchone()[0]
        code, stamp = f"CASE-{year}-{number:05d}", now()
        cursor = conn.execute(
            "INSERT INTO cases (code, kind, status, reporter, reporter_language, nationality, host_country, answers, "
            "draft, created_at, updated_at) VALUES (?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?)",
            [code, draft[0], reporter, draft[1], draft[2], draft[3], draft[4], token, stamp, stamp],
        )
        conn.execute("INSERT INTO case_events (case_id, at, actor, kind, detail) VALUES (?, ?, ?, 'created', NULL)",
                     [cursor.lastrowid, stamp, reporter])
        conn.execute("DELETE FROM case_drafts WHERE token = ?", [token])
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return by_code(conn, code), True  # type: ignore[return-value]


def by_code(conn: sqlite3.Connection, code: str) -> Optional[Case]:
    found = _query(conn, f"SELECT {_COLUMNS} FROM cases WHERE code = ?", [code.upper()])
    return found[0] if found else None


def of_reporter(conn: sqlite3.Connection, reporter: str) -> list[Case]:
    return _query(conn, f"SELECT {_COLUMNS} FROM cases WHERE reporter = ? ORDER BY id DESC", [reporter])


def open_cases(conn: sqlite3.Connection, limit: int = 50) -> list[Case]:
    """Open cases, oldest first."""
    return _query(conn, f"SELECT {_COLUMNS} FROM cases WHERE status IN ('new', 'acknowledged', 'in_progress') "
                        f"ORDER BY id LIMIT ?", [limit])


def timeline(conn: sqlite3.Connection, code: str) -> list[dict[str, Any]]:
    cursor = conn.execute(
        "SELECT e.at, e.actor, e.kind, e.detail FROM case_events e JOIN cases c ON c.id = e.case_id "
        "WHERE c.code = ? ORDER BY e.id", [code])
    return [{"at": r[0], "actor": r[1], "kind": r[2], "detail": json.loads(r[3]) if r[3] else None} for r in cursor]


def set_status(conn: sqlite3.Connection, code: str, status: str, actor: str) -> Optional[tuple[Case, str]]:
    """(the case after, the status before); the change and its audit line commit together."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT id, status FROM cases WHERE code = ?", [code]).fetchone()
        if row is None:
            conn.rollback()
            return None
        stamp = now()
        conn.execute("UPDATE cases SET status = ?, updated_at = ? WHERE id = ?", [status, stamp, row[0]])
        detail = {"from": row[1], "to": status}
        conn.execute("INSERT INTO case_events (case_id, at, actor, kind, detail) VALUES (?, ?, ?, 'status', ?)",
                     [row[0], stamp, actor, json.dumps(detail)])
        audit.write(conn, actor, "case.status", code, detail)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return by_code(conn, code), row[1]  # type: ignore[return-value]


def drop_draft(conn: sqlite3.Connection, token: str, reporter: str) -> bool:
    """The reporter chose not to send: the draft is deleted."""
    with conn:
        return conn.execute("DELETE FROM case_drafts WHERE token = ? AND reporter = ?", [token, reporter]).rowcount > 0


def queue_notices(conn: sqlite3.Connection, notices: list[tuple[str, str, list[dict[str, str]], bool]]) -> None:
    """(target, text, buttons, silent) rows for the outbox, in one transaction."""
    stamp = now()
    with conn:
        conn.executemany("INSERT INTO outbox (target, text, buttons, silent, created_at) VALUES (?, ?, ?, ?, ?)",
                         [[target, text, json.dumps(buttons, ensure_ascii=False), int(silent), stamp]
                          for target, text, buttons, silent in notices])


def pending_notices(conn: sqlite3.Connection, limit: int = 50) -> list[tuple[int, str, str, list[dict[str, str]], bool]]:
    rows = conn.execute("SELECT id, target, text, buttons, silent FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT ?",
                        [limit]).fetchall()
    return [(r[0], r[1], r[2], json.loads(r[3]), bool(r[4])) for r in rows]


def notice_sent(conn: sqlite3.Connection, notice_id: int) -> None:
    with conn:
        conn.execute("UPDATE outbox SET sent_at = ? WHERE id = ?", [now(), notice_id])


def add_event(conn: sqlite3.Connection, code: str, actor: str, kind: str, detail: Optional[dict[str, Any]],
              *, audited: bool = False) -> Optional[Case]:
    """A line in the case's timeline (information added, "safe now", a staff question), committed
    with its audit line when `audited`; the case's last change moves. None if no such case."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT id FROM cases WHERE code = ?", [code]).fetchone()
        if row is None:
            conn.rollback()
            return None
        stamp = now()
        conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [stamp, row[0]])
        conn.execute("INSERT INTO case_events (case_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)",
                     [row[0], stamp, actor, kind, json.dumps(detail, ensure_ascii=False) if detail else None])
        if audited:
            audit.write(conn, actor, f"case.{kind}", code, detail)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return by_code(conn, code)
