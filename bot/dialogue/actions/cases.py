"""`ask_case_status`: a reporter asks about their cases; only their own are ever shown."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.cases.service import CasesService
from bot.cases.store import OPEN, Case
from bot.cases.texts import case_lines
from bot.dialogue.actions.base import BotAction
from bot.language.texts import t


class ActionCaseStatus(BotAction):
    """With a code: that case if it is the reporter's, else "not found" exactly as for a code that
    does not exist. Without one: the reporter's cases, or how to file one."""

    action_name = "action_case_status"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        cases: CasesService = self.deps.cases  # type: ignore[assignment]
        actor = self.actor(tracker)
        code = next(
            (e.get("value") for e in tracker.latest_message.get("entities", []) if e.get("entity") == "case_code"),
            None,
        )
        if not code:
            own = cases.own_cases(actor)
            if not own:
                dispatcher.utter_message(text=t("cases_none", lang))
                return []
            dispatcher.utter_message(text="\n".join([t("cases_yours", lang), *case_lines(own, lang)]),
                                     buttons=follow_buttons([c for c in own if c.status in OPEN][:2], lang, numbered=True))
            return []
        code = code.upper().replace(" ", "-")
        case = cases.own_case(actor, code)
        if case is None:
            dispatcher.utter_message(response="utter_case_status_not_found", case_code=code)
        else:
            dispatcher.utter_message(text="\n".join(case_lines([case], lang)),
                                     buttons=follow_buttons([case] if case.status in OPEN else [], lang))
        return [SlotSet("case_code", code)]


def follow_buttons(cases: list[Case], lang: str, *, numbered: bool = False) -> list[dict[str, str]]:
    """A reporter's buttons on their open cases: add information, "they are safe now"."""
    buttons = []
    for case in cases:
        suffix = f" · {case.code[-5:]}" if numbered else ""
        buttons += [{"title": t("btn_case_add", lang) + suffix, "payload": f"case:add:{case.code}"},
                    {"title": t("btn_case_safe", lang) + suffix, "payload": f"case:safe:{case.code}"}]
    return buttons
