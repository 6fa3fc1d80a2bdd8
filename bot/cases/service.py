"""The cases capability's entry point: who may see or change which case is decided here, for
commands, buttons and actions alike. Every staff read or change is audited.

It returns what to say and to whom (`Notice`): the channel delivers a notice to the staff
chat or to a reporter's chat; the service never talks to Telegram itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from bot.cases import store
from bot.cases.store import Case
from bot.language.texts import country_name, t
from bot.store import Storage, audit
from bot.store.access import Access, Actor

STAFF = "staff"  # the target of a notice for the staff chat
# Staff buttons: what each does to a case's status ("show" reads it).
STAFF_ACTIONS = {"ack": "acknowledged", "progress": "in_progress", "resolved": "resolved", "closed": "closed", "show": ""}


@dataclass
class Notice:
    target: str  # STAFF, or a user id ("tg:123")
    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    silent: bool = False


class CasesService:
    def __init__(self, storage: Storage, access: Access) -> None:
        self.storage = storage
        self.access = access

    @property
    def conn(self) -> Any:
        return self.storage.db.conn

    # -- reporters -----------------------------------------------------------------------
    def draft(self, reporter: str, kind: str, language: str, answers: dict[str, Any],
              nationality: Optional[str], host: Optional[str]) -> str:
        return store.save_draft(self.conn, reporter, kind, language, answers, nationality, host)

    def confirm(self, actor: Actor, token: str) -> Optional[tuple[Case, bool, list[Notice]]]:
        """Store the report (durably) and tell staff; a second confirmation returns the same case."""
        done = store.confirm(self.conn, token, actor.user_id)
        if done is None:
            return None
        case, created = done
        return case, created, [self.staff_notice(case)] if created else []

    def drop(self, actor: Actor, token: str) -> None:
        store.drop_draft(self.conn, token, actor.user_id)

    def file_now(self, actor: Actor, kind: str, language: str, answers: dict[str, Any],
                 nationality: Optional[str], host: Optional[str]) -> Case:
        """A report the reporter consented to inside the dialogue: stored at once; the staff
        notice goes to the outbox, which the running channel delivers (custom actions have no channel)."""
        token = self.draft(actor.user_id, kind, language, answers, nationality, host)
        done = self.confirm(actor, token)
        assert done is not None
        case, _, notices = done
        for notice in notices:
            store.queue_notice(self.conn, notice.target, notice.text, notice.buttons, notice.silent)
        return case

    def pending(self) -> list[tuple[int, Notice]]:
        return [(i, Notice(target, text, buttons, silent)) for i, target, text, buttons, silent in store.pending_notices(self.conn)]

    def sent(self, notice_id: int) -> None:
        store.notice_sent(self.conn, notice_id)

    def own_cases(self, actor: Actor) -> list[Case]:
        return store.of_reporter(self.conn, actor.user_id)

    def own_case(self, actor: Actor, code: str) -> Optional[Case]:
        """The case if it is this reporter's; None otherwise, exactly as for a code that does not exist."""
        case = store.by_code(self.conn, code)
        return case if case is not None and case.reporter == actor.user_id else None

    # -- staff -----------------------------------------------------------------------------
    def staff_notice(self, case: Case) -> Notice:
        """For the staff chat: only the code, kind, host country and nationality; details on request."""
        text = t("staff_new_case", "en", code=case.code, kind=case.kind,
                 host=country_name(case.host_country, "en") or "?", nationality=country_name(case.nationality, "en") or "?")
        return Notice(STAFF, text, self.staff_buttons(case.code))

    @staticmethod
    def staff_buttons(code: str) -> list[dict[str, str]]:
        return [{"title": t(f"btn_case_{action}", "en"), "payload": f"case:{action}:{code}"} for action in STAFF_ACTIONS]

    def open_list(self, actor: Actor) -> Optional[list[Case]]:
        if not self.access.allows(actor, "cases.read"):
            return None
        cases = store.open_cases(self.conn)
        audit.record(self.conn, actor.user_id, "cases.list", None, {"count": len(cases)})
        return cases

    def read(self, actor: Actor, code: str) -> Optional[tuple[Case, list[dict[str, Any]]]]:
        """A case's details and timeline for staff; the read is audited. None for non-staff or no case."""
        if not self.access.allows(actor, "cases.read"):
            return None
        case = store.by_code(self.conn, code)
        if case is None:
            return None
        audit.record(self.conn, actor.user_id, "case.read", case.code)
        return case, store.timeline(self.conn, case.code)

    def set_status(self, actor: Actor, code: str, status: str) -> Optional[tuple[Case, list[Notice]]]:
        """Change a case's status (audited) and tell its reporter in their language, at once."""
        if not self.access.allows(actor, "cases.update"):
            return None
        changed = store.set_status(self.conn, code, status, actor.user_id)
        if changed is None:
            return None
        case, before = changed
        if before == status:
            return case, []
        lang = case.reporter_language
        text = t("case_status_changed", lang, code=case.code, status=t(f"status_{status}", lang))
        return case, [Notice(case.reporter, text, silent=case.kind == "detained")]
