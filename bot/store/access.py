"""Who may do what: decided here, for commands, buttons, custom actions and the CLI alike.

Staff are numeric Telegram user ids, never usernames: a username can be changed and then
taken by someone else. Roles: an **admin** may do everything, everywhere, and manage staff;
an **officer** works one mission (citizens of one country in one host country): its cases,
its subscribers, its advisories. The first admins come from `STAFF_IDS`; admins add and
remove staff (`/staff`, `python -m bot staff`), kept in the database (`bot/store/staff.py`).
Every entry point turns its user into an `Actor` with `Access.actor` and asks
`Access.allows`; none decides on its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Optional

from bot.store import staff as staff_store

# What only staff may do. Every staff command, button and action names one of these.
STAFF_PERMISSIONS = frozenset({"cases.read", "cases.update", "advisories.send", "advisories.approve", "stats.read",
                               "staff.manage"})
ADMIN_ONLY = frozenset({"staff.manage"})


@dataclass(frozen=True)
class Actor:
    """The user behind a request: "tg:<id>" for Telegram, "cli:<name>" for the terminal."""

    user_id: str
    telegram_id: Optional[int]
    is_staff: bool
    role: Optional[str] = None  # "admin" | "officer" | None
    citizen_country: Optional[str] = None  # an officer's mission
    host_country: Optional[str] = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def covers(self, citizen: Optional[str], host: Optional[str]) -> bool:
        """Whether a case or audience of this mission is this staff member's: an admin's
        always; an officer's when both countries are their mission's (unknown → admins)."""
        if self.is_admin:
            return True
        return self.is_staff and citizen == self.citizen_country and host == self.host_country


def telegram_id(user_id: str) -> Optional[int]:
    """The numeric Telegram id inside "tg:<id>", None for any other kind of user."""
    kind, _, rest = user_id.partition(":")
    return int(rest) if kind == "tg" and rest.lstrip("-").isdigit() else None


class Access:
    """Without storage the ids given are the admins; with it, the staff table decides (the
    ids given are seeded as the first admins). Storage's connection is per thread."""

    def __init__(self, staff_ids: Iterable[int], storage: Any = None) -> None:
        self.staff_ids = frozenset(int(i) for i in staff_ids)
        self.storage = storage
        if storage is not None:
            staff_store.seed_admins(storage.db.conn, self.staff_ids)

    @property
    def conn(self) -> Any:
        return self.storage.db.conn if self.storage is not None else None

    def actor(self, user_id: str) -> Actor:
        tid = telegram_id(user_id)
        if tid is None:
            return Actor(user_id, None, False)
        if self.conn is None:
            return Actor(user_id, tid, True, "admin") if tid in self.staff_ids else Actor(user_id, tid, False)
        found = staff_store.member(self.conn, tid)
        if found is None:
            return Actor(user_id, tid, False)
        return Actor(user_id, tid, True, found.role, found.citizen_country, found.host_country)

    def allows(self, actor: Actor, permission: str, *, citizen: Optional[str] = None, host: Optional[str] = None,
               scoped: bool = False) -> bool:
        """Whether `actor` may do `permission` (for the mission `citizen`/`host` when `scoped`)."""
        if permission not in STAFF_PERMISSIONS:
            raise ValueError(f"unknown permission {permission!r}")
        if not actor.is_staff:
            return False
        if permission in ADMIN_ONLY:
            return actor.is_admin
        return actor.covers(citizen, host) if scoped else True
