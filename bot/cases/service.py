"""The cases capability's entry point: who may see or change which case is decided here, for
commands, buttons and actions alike. Every staff read or change is audited.

It returns what to say and to whom (`Notice`): the channel delivers a notice to the staff
chat or to a reporter's chat; the service never talks to Telegram itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from bot.advisories import verify
from bot.cases import store
from bot.cases.store import Case
from bot.language import SUPPORTED, nationality_guess
from bot.language.texts import country_name, t
from bot.offers.recruiters import add_recruiter, identifiers_in
from bot.store import Storage, audit
from bot.store.access import Access, Actor

STAFF = "staff"  # the target of a notice for the staff chat
# Staff buttons: what each does to a case's status ("show" reads it, "ask" writes to the reporter).
STAFF_ACTIONS = {"ack": "acknowledged", "progress": "in_progress", "resolved": "resolved", "closed": "closed", "show": "",
                 "ask": "", "assign": "", "note": ""}
STATUS_ACTIONS = ("ack", "progress", "resolved", "closed")
# A reporter's buttons on their own case.
REPORTER_ACTIONS = ("add", "safe")
MAX_ADDED_CHARS = 3000


@dataclass
class Notice:
    target: str  # STAFF, or a user id ("tg:123")
    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    silent: bool = False
    mission: tuple[Optional[str], Optional[str]] = (None, None)  # for STAFF: whose case (citizens, host)


class CasesService:
    def __init__(self, storage: Storage, access: Access, staff_language: str = "en") -> None:
        self.storage = storage
        self.access = access
        self.staff_language = staff_language if staff_language in SUPPORTED else "en"

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
        self._report_identifiers(case)
        return case, created, [self.staff_notice(case)] if created else []

    def _report_identifiers(self, case: Case) -> None:
        """The recruiter's numbers, handles and links a report names join the reported
        recruiters, so every later offer check naming them warns (idempotent: a second
        confirmation adds nothing)."""
        texts = {"recruiter": [case.answers.get("who"), case.answers.get("ad")],
                 "missing": [case.answers.get("recruited")]}.get(case.kind, [])
        region = case.nationality or nationality_guess(case.reporter_language)
        for i, text in enumerate(t for t in texts if t):
            for kind, value in identifiers_in(text, region, bare_numbers=(case.kind == "recruiter" and i == 0)):
                try:
                    add_recruiter(self.storage.db, kind, value, note=f"{case.kind} report", actor=case.reporter,
                                  source=case.code)
                except ValueError:
                    continue

    def reported_count(self, case: Case) -> int:
        return len(case.answers.get("identifiers") or [])

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
        self.queue(notices)
        return case

    def queue(self, notices: list[Notice]) -> None:
        """Notices committed to the outbox, for the channel's sender."""
        store.queue_notices(self.conn, [(_target(n), n.text, n.buttons, n.silent) for n in notices])

    def pending(self) -> list[tuple[int, Notice]]:
        out = []
        for i, target, text, buttons, silent in store.pending_notices(self.conn):
            kind, _, mission = target.partition("/")  # "staff/KR/KH": a staff notice for that mission
            citizen, _, host = mission.partition("/")
            out.append((i, Notice(kind, text, buttons, silent, (citizen or None, host or None))))
        return out

    def sent(self, notice_id: int) -> None:
        store.notice_sent(self.conn, notice_id)

    def own_cases(self, actor: Actor) -> list[Case]:
        return store.of_reporter(self.conn, actor.user_id)

    def own_case(self, actor: Actor, code: str) -> Optional[Case]:
        """The case if it is this reporter's; None otherwise, exactly as for a code that does not exist."""
        case = store.by_code(self.conn, code)
        return case if case is not None and case.reporter == actor.user_id else None

    def add_info(self, actor: Actor, code: str, text: Optional[str] = None,
                 photo: Optional[str] = None) -> Optional[tuple[Case, list[Notice]]]:
        """The reporter adds a line or a photo (its Telegram file_id) to their own case."""
        case = self.own_case(actor, code)
        if case is None or not (text or photo):
            return None
        detail = {"text": text[:MAX_ADDED_CHARS]} if text else {"photo": photo}
        case = store.add_event(self.conn, case.code, actor.user_id, "reporter_info", detail) or case
        return case, [self.staff_notice_of(case, "staff_reporter_added")]

    def mark_safe(self, actor: Actor, code: str) -> Optional[tuple[Case, list[Notice]]]:
        """"They are safe now": a line in the timeline and a word to staff, who close the case."""
        case = self.own_case(actor, code)
        if case is None:
            return None
        case = store.add_event(self.conn, case.code, actor.user_id, "reporter_safe", None) or case
        return case, [self.staff_notice_of(case, "staff_reporter_safe")]

    def ask_reporter(self, actor: Actor, code: str, question: str) -> Optional[tuple[Case, list[Notice]]]:
        """Staff write to a case's reporter through the bot (audited); the reporter answers with "add"."""
        if not self._may(actor, "cases.update", code):
            return None
        case = store.add_event(self.conn, code, actor.user_id, "staff_question", {"text": question[:MAX_ADDED_CHARS]},
                               audited=True)
        if case is None:
            return None
        lang = case.reporter_language
        proof = verify.message_code()  # the reporter can check it came from the embassy: /verify MSG-…
        text = t("staff_question_to_reporter", lang, code=case.code, text=question[:MAX_ADDED_CHARS])
        text += "\n\n" + t("staff_message_footer", lang, code=proof)
        verify.record(self.conn, proof, "staff_message", case.code, text)
        buttons = [{"title": t("btn_case_add", lang), "payload": f"case:add:{case.code}"}]
        return case, [Notice(case.reporter, text, buttons, silent=case.kind == "detained")]

    def assign(self, actor: Actor, code: str) -> Optional[Case]:
        """The staff member takes the case (audited); the timeline says who has it."""
        if not self._may(actor, "cases.update", code):
            return None
        return store.add_event(self.conn, code, actor.user_id, "assigned", {"to": actor.user_id}, audited=True)

    def note(self, actor: Actor, code: str, text: str) -> Optional[Case]:
        """A staff note in the timeline, never shown to the reporter (audited)."""
        if not self._may(actor, "cases.update", code):
            return None
        return store.add_event(self.conn, code, actor.user_id, "note", {"text": text[:MAX_ADDED_CHARS]}, audited=True)

    def _may(self, actor: Actor, permission: str, code: str) -> bool:
        """Staff may read or change a case of their own mission (an admin: any)."""
        if not self.access.allows(actor, permission):
            return False
        case = store.by_code(self.conn, code)
        return case is None or actor.covers(case.nationality, case.host_country)

    # -- staff -----------------------------------------------------------------------------
    def staff_notice(self, case: Case) -> Notice:
        """For the staff chat: only the code, kind, host country and nationality; details on request."""
        lang = self.staff_language
        text = t("staff_new_case", lang, code=case.code, kind=t(f"kind_{case.kind}", lang),
                 host=country_name(case.host_country, lang) or "?", nationality=country_name(case.nationality, lang) or "?",
                 age=t("staff_age", lang, age=case.answers["age"]) if str(case.answers.get("age", "")).isdigit() else "")
        return Notice(STAFF, text, self.staff_buttons(case.code), mission=(case.nationality, case.host_country))

    def staff_buttons(self, code: str) -> list[dict[str, str]]:
        return [{"title": t(f"btn_case_{action}", self.staff_language), "payload": f"case:{action}:{code}"}
                for action in (*STATUS_ACTIONS, "show")]

    def staff_notice_of(self, case: Case, key: str) -> Notice:
        """"the reporter added information" for the staff chat: the code only; details on Show."""
        return Notice(STAFF, t(key, self.staff_language, code=case.code),
                      [{"title": t("btn_case_show", self.staff_language), "payload": f"case:show:{case.code}"}],
                      mission=(case.nationality, case.host_country))

    def open_list(self, actor: Actor) -> Optional[list[Case]]:
        if not self.access.allows(actor, "cases.read"):
            return None
        cases = [c for c in store.open_cases(self.conn, limit=500) if actor.covers(c.nationality, c.host_country)][:100]
        audit.record(self.conn, actor.user_id, "cases.list", None, {"count": len(cases)})
        return cases

    def read(self, actor: Actor, code: str) -> Optional[tuple[Case, list[dict[str, Any]]]]:
        """A case's details and timeline for staff; the read is audited. None for non-staff or no case."""
        if not self._may(actor, "cases.read", code):
            return None
        case = store.by_code(self.conn, code)
        if case is None:
            return None
        audit.record(self.conn, actor.user_id, "case.read", case.code)
        return case, store.timeline(self.conn, case.code)

    def set_status(self, actor: Actor, code: str, status: str) -> Optional[tuple[Case, list[Notice]]]:
        """Change a case's status (audited) and tell its reporter in their language, at once."""
        if not self._may(actor, "cases.update", code):
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


def _target(notice: Notice) -> str:
    if notice.target == STAFF and any(notice.mission):
        return f"{STAFF}/{notice.mission[0] or ''}/{notice.mission[1] or ''}"
    return notice.target


def place_key(case: Case) -> Optional[str]:
    """Where a case says the person is, as a key for grouping cases that name the same
    compound, building or location (so one raid can free many): the building as typed,
    else the GPS pin to about 100 m, else the last known place."""
    answers = case.answers
    building = str(answers.get("building") or "").strip()
    if building and building not in ("-",):
        words = re.sub(r"[^\w ]+", " ", building.lower()).split()
        return " ".join(words[:4]) or None
    gps = answers.get("gps")
    if isinstance(gps, (list, tuple)) and len(gps) == 2:
        return f"{float(gps[0]):.3f},{float(gps[1]):.3f}"
    place = str(answers.get("place_en") or answers.get("last_place") or "").strip().lower()
    return place or None


def grouped(cases: list[Case]) -> list[tuple[Optional[str], list[Case]]]:
    """Open cases by place, the places named by several cases first (oldest case first within)."""
    groups: dict[Optional[str], list[Case]] = {}
    for case in cases:
        groups.setdefault(place_key(case), []).append(case)
    return sorted(groups.items(), key=lambda item: (-len(item[1]) if item[0] else 0, item[1][0].created_at))
