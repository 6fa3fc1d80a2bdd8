"""Proof that a message came from the embassy through this bot.

Every advisory carries its code (ADV-XXXXXX) and every message staff send through the bot
one of its own (MSG-XXXXXX), recorded in `verifications` with the text that was sent. A
user can type `/verify CODE`, paste the text, or forward the message: a code that exists
shows the original; anything else is answered as not ours. Scammers impersonate embassies
and ask families for "rescue fees", so every answer ends with what the embassy never asks.
"""
from __future__ import annotations

import re
import secrets
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import Optional

from bot.advisories import store
from bot.store.database import now

CODE = re.compile(r"\b(ADV|MSG)-([A-HJ-NP-Z2-9]{6})\b", re.I)
# Words of a message that claims to come from an embassy or the police.
CLAIMS_OFFICIAL = re.compile(r"embass|consul|kedutaan|kbri|konsul|대사관|영사|외교부|kemlu|police|polisi|경찰", re.I)


@dataclass(frozen=True)
class Verdict:
    genuine: bool
    code: Optional[str] = None
    text: Optional[str] = None  # the original, as sent
    sent_at: Optional[str] = None


def message_code() -> str:
    return "MSG-" + "".join(secrets.choice(store.CODE_ALPHABET) for _ in range(6))


def record(conn: sqlite3.Connection, code: str, kind: str, ref: Optional[str], text: str) -> None:
    with conn:
        conn.execute("INSERT OR IGNORE INTO verifications (code, kind, ref, text, created_at) VALUES (?, ?, ?, ?, ?)",
                     [code, kind, ref, text, now()])


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip().lower()


def check(conn: sqlite3.Connection, text: str) -> Verdict:
    """A code found in `text` (or the code itself), or a pasted advisory's words."""
    for match in CODE.finditer(text or ""):
        code = f"{match.group(1)}-{match.group(2)}".upper()
        if code.startswith("ADV-"):
            advisory = store.by_code(conn, code)
            if advisory is not None and advisory.status in ("sending", "sent"):
                return Verdict(True, code, advisory.text_for("en"), advisory.created_at)
        row = conn.execute("SELECT text, created_at FROM verifications WHERE code = ?", [code]).fetchone()
        if row:
            return Verdict(True, code, row[0], row[1])
        return Verdict(False, code)
    # No code: a pasted text that is an advisory's own words (at least a sentence of it).
    body = _normal(text)
    if len(body) >= 40:
        for advisory in store.recent_sent(conn, 200):
            for written in advisory.texts.values():
                if body in _normal(written) or _normal(written) in body:
                    return Verdict(True, advisory.code, written, advisory.created_at)
    return Verdict(False)
