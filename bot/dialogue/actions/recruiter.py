"""A recruiter report: who (any @handle, phone, link or company) and the ad, then a summary
to send. On "send" the case is filed and its identifiers are added to the reported
recruiters (bot/cases/service.py), so every later offer check naming them warns."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.contacts.emergency import host_of
from bot.dialogue.actions.base import BotAction
from bot.dialogue.actions.missing import _optional
from bot.dialogue.actions.questions import SKIPPED
from bot.language import nationality_guess
from bot.language.dates import says_dont_know
from bot.language.texts import t
from bot.offers.recruiters import identifiers_in

SLOTS = ("recruiter_who", "recruiter_ad")


class ValidateRecruiterForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_recruiter_form"

    def validate_recruiter_who(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> Dict[Text, Any]:
        text = str(value or "").strip()
        if len(text) >= 2 and not says_dont_know(text):
            return {"recruiter_who": text[:1000]}
        dispatcher.utter_message(text=t("form_want_recruiter", BotAction.language(tracker)))
        return {"recruiter_who": None}

    def validate_recruiter_ad(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> Dict[Text, Any]:
        return {"recruiter_ad": _optional(value, 12000)}


class ActionRecruiterReport(BotAction):
    """What was found in the report, the advice on keeping evidence, and send / don't send."""

    action_name = "action_recruiter_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        user = self.user(tracker) or {}
        region = user.get("nationality") or nationality_guess(lang)
        who = tracker.get_slot("recruiter_who") or ""
        ad = tracker.get_slot("recruiter_ad")
        ad = None if ad in (None, SKIPPED) else ad
        found = identifiers_in(who, region, bare_numbers=True)
        found += [pair for pair in identifiers_in(ad or "", region) if pair not in found]
        answers: Dict[str, Any] = {"who": who, "identifiers": [f"{kind}:{value}" for kind, value in found]}
        if ad:
            answers["ad"] = ad
        listed = "\n".join(f"• {value}" for _, value in found) or t("recruiter_none_found", lang)
        token = self.deps.cases.draft(  # type: ignore[union-attr]
            tracker.sender_id, "recruiter", lang, answers, user.get("nationality"), host_of(user, None))
        dispatcher.utter_message(response="utter_report_recruiter")
        dispatcher.utter_message(text=t("recruiter_summary", lang, lines=listed), buttons=[
            {"title": t("btn_case_send", lang), "payload": f"case:send:{token}"},
            {"title": t("btn_case_drop", lang), "payload": f"case:drop:{token}"},
        ])
        return [SlotSet(slot, None) for slot in SLOTS]
