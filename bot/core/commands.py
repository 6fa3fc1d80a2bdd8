"""The gate for everything typed that starts with "/": a known command, or refused.

Rasa reads a message that starts with "/" as an intent with entities
(`/ask_case_status{"case_code": …}`); typed by a user, that would choose the intent
and its entities for them. So no typed "/" text ever reaches Rasa: it is one of the
commands below, or the user is told it is unknown. Intent payloads come only from our
own buttons, checked by `bot/core/callbacks.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# Telegram commands → the Rasa intent they stand for.
INTENT_COMMANDS: dict[str, str] = {
    "start": "greet",
    "help": "help",
    "check": "check_job_offer",
    "status": "ask_case_status",
    "subscribe": "subscribe_alerts",
    "unsubscribe": "unsubscribe_alerts",
}
LOCAL_COMMANDS = ("language", "delete", "emergency", "contacts", "discreet", "wipe", "report", "cancel", "verify",
                  "advisories")  # answered without the model
# Staff commands and the permission each needs (see bot/store/access.py).
STAFF_COMMANDS: dict[str, str] = {
    "cases": "cases.read",
    "case": "cases.read",
    "advisory": "advisories.send",
    "stats": "stats.read",
    "staff": "staff.manage",
}
KNOWN = frozenset(INTENT_COMMANDS) | frozenset(LOCAL_COMMANDS) | frozenset(STAFF_COMMANDS)
# Commands shown in Telegram's menu, in this order.
MENU_COMMANDS = ("start", "help", "emergency", "contacts", "check", "report", "status", "verify",
                 "subscribe", "advisories", "unsubscribe", "language", "discreet", "wipe", "delete")

_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+(.*))?$", re.S)
CASE_CODE = re.compile(r"^\s*CASE[\s-]?(\d{4})[\s-]?(\d{5})\s*$", re.I)


@dataclass(frozen=True)
class Command:
    name: str  # lower case; "" when the text is not a known command
    args: str


def read_command(text: str) -> Optional[Command]:
    """For text that starts with "/": the known command and its arguments, or
    Command("", …) for anything else ("/nonsense", "/greet", '/ask_case_status{…}')."""
    if not text.startswith("/"):
        return None
    match = _COMMAND.match(text)
    if not match or match.group(1).lower() not in KNOWN:
        return Command("", text[1:])
    return Command(match.group(1).lower(), (match.group(2) or "").strip())


def case_code(text: str) -> Optional[str]:
    """"case 2026 00042", "case-2026-00042" → "CASE-2026-00042"; None for anything else."""
    match = CASE_CODE.match(text or "")
    return f"CASE-{match.group(1)}-{match.group(2)}" if match else None
