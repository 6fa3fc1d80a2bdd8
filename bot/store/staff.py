"""Staff in SQLite: a role (admin, officer) and, for officers, a mission (whose citizens,
where). Removal keeps the row with `removed_at`, so every right goes at once and the first
admins from STAFF_IDS are not added back at the next start. Every change is audited."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable, Optional

from bot.store import audit
from bot.store.database import now

ROLES = ("admin", "officer")


@dataclass(frozen=True)
class Member:
    telegram_id: int
    role: str
    citizen_country: Optional[str]
    host_country: Optional[str]


def seed_admins(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """STAFF_IDS become admins once; one removed since is not added back."""
    stamp = now()
    with conn:
        conn.executemany("INSERT OR IGNORE INTO staff (telegram_id, role, added_by, added_at) VALUES (?, 'admin', 'STAFF_IDS', ?)",
                         [[int(i), stamp] for i in ids])


def member(conn: sqlite3.Connection, telegram_id: int) -> Optional[Member]:
    row = conn.execute("SELECT telegram_id, role, citizen_country, host_country FROM staff "
                       "WHERE telegram_id = ? AND removed_at IS NULL", [telegram_id]).fetchone()
    return Member(*row) if row else None


def members(conn: sqlite3.Connection) -> list[Member]:
    rows = conn.execute("SELECT telegram_id, role, citizen_country, host_country FROM staff "
                        "WHERE removed_at IS NULL ORDER BY role, telegram_id").fetchall()
    return [Member(*r) for r in rows]


def add(conn: sqlite3.Connection, actor: str, telegram_id: int, role: str,
        citizen: Optional[str] = None, host: Optional[str] = None) -> Member:
    """Add (or change) a staff member; an officer needs a mission."""
    if role not in ROLES:
        raise ValueError(f"role must be admin or officer, not {role!r}")
    if role == "officer" and not (citizen and host):
        raise ValueError("an officer needs a mission: citizen country and host country, e.g. KR KH")
    citizen, host = (citizen.upper(), host.upper()) if role == "officer" else (None, None)  # type: ignore[union-attr]
    with conn:
        conn.execute(
            "INSERT INTO staff (telegram_id, role, citizen_country, host_country, added_by, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(telegram_id) DO UPDATE SET role = excluded.role, "
            "citizen_country = excluded.citizen_country, host_country = excluded.host_country, "
            "added_by = excluded.added_by, added_at = excluded.added_at, removed_at = NULL",
            [telegram_id, role, citizen, host, actor, now()])
        audit.write(conn, actor, "staff.add", str(telegram_id), {"role": role, "mission": [citizen, host]})
    return Member(telegram_id, role, citizen, host)


def remove(conn: sqlite3.Connection, actor: str, telegram_id: int) -> bool:
    with conn:
        gone = conn.execute("UPDATE staff SET removed_at = ? WHERE telegram_id = ? AND removed_at IS NULL",
                            [now(), telegram_id]).rowcount > 0
        if gone:
            audit.write(conn, actor, "staff.remove", str(telegram_id))
    return gone


def mission_chat(conn: sqlite3.Connection, citizen: Optional[str], host: Optional[str]) -> Optional[int]:
    if not (citizen and host):
        return None
    row = conn.execute("SELECT staff_chat_id FROM missions WHERE citizen_country = ? AND host_country = ?",
                       [citizen, host]).fetchone()
    return row[0] if row else None


def set_mission_chat(conn: sqlite3.Connection, actor: str, citizen: str, host: str, chat_id: Optional[int]) -> None:
    with conn:
        conn.execute("INSERT INTO missions (citizen_country, host_country, staff_chat_id) VALUES (?, ?, ?) "
                     "ON CONFLICT DO UPDATE SET staff_chat_id = excluded.staff_chat_id", [citizen, host, chat_id])
        audit.write(conn, actor, "mission.chat", f"{citizen}/{host}", {"chat": chat_id})


def of_mission(conn: sqlite3.Connection, citizen: Optional[str], host: Optional[str]) -> list[int]:
    """Who works a case of this mission: its officers and every admin."""
    rows = conn.execute("SELECT telegram_id FROM staff WHERE removed_at IS NULL AND (role = 'admin' OR "
                        "(citizen_country = ? AND host_country = ?)) ORDER BY telegram_id", [citizen, host]).fetchall()
    return [r[0] for r in rows]
