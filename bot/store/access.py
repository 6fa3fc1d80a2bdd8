"""Who may do what: decided here, for commands, buttons and custom actions alike.

Staff are numeric Telegram user ids (`STAFF_IDS`), never usernames: a username can be
changed and then taken by someone else. Every entry point turns its user into an `Actor`
with `Access.actor` and asks `Access.allows`; none decides on its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

# What only staff may do. Every staff command, button and action names one of these.
STAFF_PERMISSIONS = frozenset({"cases.read", "cases.update", "advisories.send", "stats.read", "staff.manage"})


@dataclass(frozen=True)
class Actor:
    """The user behind a request: "tg:<id>" for Telegram, "cli:<name>" for the terminal."""

    user_id: str
    telegram_id: Optional[int]
    is_staff: bool


def telegram_id(user_id: str) -> Optional[int]:
    """The numeric Telegram id inside "tg:<id>", None for any other kind of user."""
    kind, _, rest = user_id.partition(":")
    return int(rest) if kind == "tg" and rest.lstrip("-").isdigit() else None


class Access:
    def __init__(self, staff_ids: Iterable[int]) -> None:
        self.staff_ids = frozenset(int(i) for i in staff_ids)

    def actor(self, user_id: str) -> Actor:
        tid = telegram_id(user_id)
        return Actor(user_id, tid, tid is not None and tid in self.staff_ids)

    def allows(self, actor: Actor, permission: str) -> bool:
        """Whether `actor` may do `permission`; a user may always act on their own data."""
        if permission in STAFF_PERMISSIONS:
            return actor.is_staff
        raise ValueError(f"unknown permission {permission!r}")
