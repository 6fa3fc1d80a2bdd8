"""Reported recruiter identifiers (phones, @handles, links) and matching offers against them.

Victims come from many countries while blocklists stay national (red-flags.md, need 9), so
identifiers are stored normalised exactly as `bot.offers.risk.extract_identifiers` writes them:
an offer forwarded in any language matches the same row. Functions take a sqlite-utils
Database (Storage(...).db); the table comes from db/migrations/0003_recruiters.sql.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Optional, Union

import sqlite_utils

from bot.offers.phones import e164
from bot.store import audit, now

KINDS = ("phone", "handle", "link")
TABLE = "reported_recruiters"
# Two phone numbers are the same when their last digits agree and the shorter one (a
# local number without its trunk 0 or country code) still has this many digits.
MIN_PHONE_DIGITS = 8

IdentifierLike = Union[Any, tuple[str, str], dict[str, str]]


def normalise(kind: str, value: str, region: Optional[str] = None) -> str:
    """The stored form: phone → E.164 ("+6281234567890"; a local number read in `region`,
    the reporter's country), or its digits when no country can be told; handle → lower-case
    without @ or t.me/; link → lower-case host and path without scheme or www."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    raw = (value or "").strip()
    if kind == "phone":
        international = e164(raw, region)
        if international:
            return international
        digits = re.sub(r"\D", "", raw)
        if raw.startswith("00"):
            digits = digits[2:]
        if not 6 <= len(digits) <= 15:
            raise ValueError(f"not a phone number: {value!r}")
        return digits
    if kind == "handle":
        handle = re.sub(r"^(?:https?://)?(?:www\.)?(?:t|telegram)\.me/", "", raw, flags=re.I).lstrip("@").strip("/").lower()
        if not re.fullmatch(r"[a-z0-9_.]{2,64}", handle):
            raise ValueError(f"not a handle: {value!r}")
        return handle
    link = re.sub(r"^https?://", "", raw, flags=re.I)
    link = re.sub(r"^www\.", "", link, flags=re.I).rstrip("/.,;:!?")
    if not link or " " in link:
        raise ValueError(f"not a link: {value!r}")
    host, _, path = link.partition("/")
    return host.lower() + (("/" + path.lower()) if path else "")


def _row(db: sqlite_utils.Database, kind: str, value: str) -> Optional[dict[str, Any]]:
    rows = list(db.query(f"SELECT * FROM {TABLE} WHERE kind = ? AND value = ?", [kind, value]))
    return rows[0] if rows else None


def add_recruiter(
    db: sqlite_utils.Database,
    kind: str,
    value: str,
    note: Optional[str] = None,
    actor: str = "staff",
    source: Optional[str] = None,
    region: Optional[str] = None,
) -> tuple[dict[str, Any], bool]:
    """Report an identifier; returns its row and whether it is new. A new row leaves an
    audit_log line (action recruiter.add); an identifier already listed is left as it is."""
    value = normalise(kind, value, region)
    existing = _row(db, kind, value)
    if existing:
        return existing, False
    with db.conn:
        db[TABLE].insert(
            {"kind": kind, "value": value, "note": note, "source": source or actor, "created_at": now()}
        )
        audit.write(db.conn, actor, "recruiter.add", f"{kind}:{value}", {"note": note, "source": source or actor})
    return _row(db, kind, value), True  # type: ignore[return-value]


def list_recruiters(db: sqlite_utils.Database, kind: Optional[str] = None) -> list[dict[str, Any]]:
    if kind:
        return list(db.query(f"SELECT * FROM {TABLE} WHERE kind = ? ORDER BY id", [kind]))
    return list(db.query(f"SELECT * FROM {TABLE} ORDER BY id"))


def _pair(identifier: IdentifierLike) -> tuple[str, str]:
    if isinstance(identifier, tuple):
        return identifier
    if isinstance(identifier, dict):
        return identifier["kind"], identifier["value"]
    return identifier.kind, identifier.value


def _same_phone(a: str, b: str) -> bool:
    a, b = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    short, long_ = sorted((a.lstrip("0"), b.lstrip("0")), key=len)
    return len(short) >= MIN_PHONE_DIGITS and long_.endswith(short)


def match(db: sqlite_utils.Database, identifiers: Iterable[IdentifierLike]) -> list[dict[str, Any]]:
    """Rows of reported recruiters that any of `identifiers` (bot.risk.Identifier, dicts
    or (kind, value) pairs) matches; a local phone number matches its international form."""
    found: dict[int, dict[str, Any]] = {}
    for identifier in identifiers:
        kind, value = _pair(identifier)
        try:
            value = normalise(kind, value)
        except ValueError:
            continue
        if kind == "phone":
            tail = value[-MIN_PHONE_DIGITS:]
            candidates = db.query(f"SELECT * FROM {TABLE} WHERE kind = 'phone' AND substr(value, -{MIN_PHONE_DIGITS}) = ?", [tail])
            rows = [r for r in candidates if _same_phone(r["value"], value)]
        else:
            rows = [r] if (r := _row(db, kind, value)) else []
        for row in rows:
            found[row["id"]] = row
    return [found[k] for k in sorted(found)]


_DIGITS = re.compile(r"(?<![\w+])\+?\d[\d\s().-]{6,20}\d")


def identifiers_in(text: str, region: Optional[str] = None, *, bare_numbers: bool = False) -> list[tuple[str, str]]:
    """(kind, stored value) of every phone, @handle and link in a report, phones in E.164.

    `bare_numbers`: where the user was asked for the recruiter's contacts, any long run of
    digits is a phone number (in an ad, only one written like a phone number is)."""
    from bot.offers.risk import extract_identifiers

    found: list[tuple[str, str]] = []
    raws = [(i.kind, i.text if i.kind == "phone" else i.value) for i in extract_identifiers(text or "")]
    if bare_numbers:
        raws += [("phone", m.group(0)) for m in _DIGITS.finditer(text or "")]
    for kind, raw in raws:
        try:
            pair = (kind, normalise(kind, raw, region))
        except ValueError:
            continue
        if pair not in found and not (kind == "phone" and any(k == "phone" and _same_phone(v, pair[1]) for k, v in found)):
            found.append(pair)
    return found
