"""The advisories capability's entry point, for Telegram and the command line alike: who may
write, approve, correct or withdraw which advisory is decided here (`bot/store/access.py`).

The service writes rows; it never sends. The one sender (`sender.py`, in the running bot)
works the deliveries, so `python -m bot advisory send` queues for it and never sends twice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from bot.advisories import store
from bot.advisories.store import Advisory
from bot.cases.service import STAFF, Notice
from bot.language import SUPPORTED
from bot.language.texts import country_name, t
from bot.store import Storage
from bot.store.access import Access, Actor

APPROVAL_LIMIT = 1000  # above this many readers, a second staff member approves (admins may skip it)
_LANGUAGE_PARAGRAPH = re.compile(r"^\s*([a-z]{2})\s*[:：]\s*", re.I)


class Refused(Exception):
    """Not allowed, or not possible: the message says why (in the staff member's language)."""


@dataclass
class Outcome:
    advisory: Advisory
    count: int
    sending: bool  # False: waiting for a second staff member
    notices: list[Notice] = field(default_factory=list)


def parse_texts(message: str) -> dict[str, str]:
    """"en: …\\n\\nko: …" → {"en": …, "ko": …}; a paragraph without a language code joins the
    one before it (or is English)."""
    texts: dict[str, str] = {}
    current = "en"
    for paragraph in re.split(r"\n\s*\n", (message or "").strip()):
        match = _LANGUAGE_PARAGRAPH.match(paragraph)
        if match and match.group(1).lower() in SUPPORTED:
            current = match.group(1).lower()
            paragraph = paragraph[match.end():]
        if paragraph.strip():
            texts[current] = (texts.get(current, "") + "\n\n" + paragraph.strip()).strip()
    return texts


def audience_label(advisory: Advisory, language: str = "en") -> str:
    parts = [country_name(advisory.nationality, language) if advisory.nationality else t("btn_adv_any", language),
             country_name(advisory.host_country, language) if advisory.host_country else t("btn_adv_any", language)]
    if advisory.language:
        parts.append(advisory.language)
    return " / ".join(parts)


class AdvisoriesService:
    def __init__(self, storage: Storage, access: Access, staff_language: str = "en") -> None:
        self.storage = storage
        self.access = access
        self.staff_language = staff_language

    @property
    def conn(self) -> Any:
        return self.storage.db.conn

    def _check_send(self, actor: Actor, nationality: Optional[str], host: Optional[str]) -> None:
        if not self.access.allows(actor, "advisories.send"):
            raise Refused(t("staff_only", self.staff_language))
        if not actor.is_admin and (nationality != actor.citizen_country or host != actor.host_country):
            raise Refused(t("adv_not_yours", self.staff_language))

    def write(self, actor: Actor, texts: dict[str, str], *, nationality: Optional[str] = None,
              host: Optional[str] = None, language: Optional[str] = None) -> Advisory:
        """A draft. An officer's audience is their mission's, whatever they asked for."""
        if not actor.is_admin and actor.is_staff:
            nationality, host = actor.citizen_country, actor.host_country
        self._check_send(actor, nationality, host)
        return store.create(self.conn, actor.user_id, texts, nationality=nationality, host=host, language=language)

    def set_audience(self, actor: Actor, advisory_id: int, *, nationality: Optional[str] = None,
                     host: Optional[str] = None) -> Advisory:
        advisory = self._own_draft(actor, advisory_id)
        if not actor.is_admin:
            nationality, host = actor.citizen_country, actor.host_country
        with self.conn:
            self.conn.execute("UPDATE advisories SET nationality = ?, host_country = ? WHERE id = ?",
                              [nationality, host, advisory.id])
        return store.get(self.conn, advisory.id)  # type: ignore[return-value]

    def _own_draft(self, actor: Actor, advisory_id: int) -> Advisory:
        advisory = store.get(self.conn, advisory_id)
        if advisory is None or advisory.status != "draft" or advisory.author != actor.user_id:
            raise Refused(t("expired_button", self.staff_language))
        return advisory

    def count(self, advisory: Advisory) -> int:
        if advisory.corrects:
            return self.conn.execute("SELECT count(*) FROM deliveries WHERE advisory_id = ? AND status IN "
                                     "('sent', 'unknown')", [advisory.corrects]).fetchone()[0]
        return store.audience_count(self.conn, advisory.nationality, advisory.host_country, advisory.language)

    def submit(self, actor: Actor, advisory_id: int) -> Outcome:
        """Send now, or, over APPROVAL_LIMIT readers and not an admin, ask a colleague."""
        advisory = self._own_draft(actor, advisory_id)
        self._check_send(actor, advisory.nationality, advisory.host_country)
        count = self.count(advisory)
        if count > APPROVAL_LIMIT and not actor.is_admin:
            store.set_status(self.conn, advisory.id, "awaiting_approval", actor.user_id)
            advisory = store.get(self.conn, advisory.id)  # type: ignore[assignment]
            text = t("adv_approval_request", self.staff_language, code=advisory.code, author=actor.user_id,
                     count=count, audience=audience_label(advisory, self.staff_language),
                     text=advisory.text_for(self.staff_language))
            button = {"title": t("btn_adv_approve", self.staff_language), "payload": f"adv:approve:{advisory.id}"}
            notice = Notice(STAFF, text, [button], mission=(advisory.nationality, advisory.host_country))
            return Outcome(advisory, count, False, [notice])
        sent = store.approve(self.conn, advisory.id, actor.user_id)
        return Outcome(store.get(self.conn, advisory.id), sent, True)  # type: ignore[arg-type]

    def approve(self, actor: Actor, advisory_id: int) -> Outcome:
        advisory = store.get(self.conn, advisory_id)
        if advisory is None or advisory.status != "awaiting_approval":
            raise Refused(t("expired_button", self.staff_language))
        if not self.access.allows(actor, "advisories.approve", citizen=advisory.nationality,
                                  host=advisory.host_country, scoped=True):
            raise Refused(t("staff_only", self.staff_language))
        if advisory.author == actor.user_id:
            raise Refused(t("adv_own_approval", self.staff_language))
        count = store.approve(self.conn, advisory.id, actor.user_id)
        return Outcome(store.get(self.conn, advisory.id), count, True)  # type: ignore[arg-type]

    def cancel(self, actor: Actor, advisory_id: int) -> None:
        advisory = store.get(self.conn, advisory_id)
        if advisory is None or advisory.status not in ("draft", "awaiting_approval"):
            raise Refused(t("expired_button", self.staff_language))
        if advisory.author != actor.user_id and not actor.is_admin:
            raise Refused(t("staff_only", self.staff_language))
        store.set_status(self.conn, advisory.id, "cancelled", actor.user_id)

    def follow_up(self, actor: Actor, code: str, texts: dict[str, str], *, withdraw: bool = False) -> Advisory:
        """A correction (or a withdrawal) of a sent advisory: to the same readers, linked to it."""
        original = store.by_code(self.conn, code)
        if original is None or original.status not in ("sending", "sent"):
            raise Refused(t("verify_unknown_code", self.staff_language, code=code))
        self._check_send(actor, original.nationality, original.host_country)
        if not any((v or "").strip() for v in texts.values()):
            raise Refused(t("adv_write", self.staff_language))
        advisory = store.create(self.conn, actor.user_id, texts,
                                nationality=original.nationality, host=original.host_country,
                                language=original.language, kind="withdrawal" if withdraw else "correction",
                                corrects=original.id)
        if withdraw:
            store.withdraw_pending(self.conn, original.id)
        return advisory
