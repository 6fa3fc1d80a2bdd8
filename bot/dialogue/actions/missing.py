"""A family's missing relative: the form's validation and the advice after it."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.contacts import cards, emergency
from bot.contacts.emergency import nationality_buttons
from bot.contacts.book import country_of
from bot.contacts.places import Gazetteer
from bot.dialogue.actions.base import BotAction, deps_from_env
from bot.language import vocabulary
from bot.language.dates import says_dont_know, when
from bot.language.texts import country_name, t


class ActionMissingAdvice(BotAction):
    """After the missing-person questions: what the family should do now."""

    action_name = "action_missing_advice"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        dispatcher.utter_message(response="utter_missing_advice")
        host = country_of(tracker.get_slot("country"), tracker.get_slot("location")) or emergency.host_of(self.user(tracker), None)
        # A family at home: domestic short codes (the Philippines' 1348) are theirs to call.
        whose = self.citizens(tracker, lang)
        if not whose:  # nothing says which embassy: one tap, then their card
            dispatcher.utter_message(text=t("nationality_ask", lang), buttons=nationality_buttons(lang))
        else:
            card = cards.embassy_sections(self.deps.contacts, whose, host, lang, full=False, abroad=False)
            dispatcher.utter_message(text="\n\n".join(card))
        # The family decides whether this goes to embassy staff as a case (consent to share).
        answers = {"relation": tracker.get_slot("missing_relation"), "last_place": tracker.get_slot("missing_where"),
                   "last_contact": tracker.get_slot("missing_last_seen")}
        token = self.deps.cases.draft(  # type: ignore[union-attr]
            tracker.sender_id, "missing", lang, answers, (whose or [None])[0], host)
        dispatcher.utter_message(text=t("case_summary_ask", lang), buttons=[
            {"title": t("btn_case_send", lang), "payload": f"case:send:{token}"},
            {"title": t("btn_case_drop", lang), "payload": f"case:drop:{token}"},
        ])
        return [SlotSet("missing_relation", None), SlotSet("missing_where", None), SlotSet("missing_last_seen", None)]




def _as_typed(tracker: Tracker, value: str) -> str:
    """The user's own words for an entity ("동생", "시아누크빌"), not its canonical value
    ("sibling", "Sihanoukville"), so the summary reads in the user's language."""
    message = tracker.latest_message or {}
    text = message.get("text") or ""
    for entity in message.get("entities", []) or []:
        if entity.get("value") == value and isinstance(entity.get("start"), int) and entity.get("end"):
            return text[entity["start"] : entity["end"]] or value
    return value


class ValidateMissingPersonForm(FormValidationAction):
    """Each question takes only an answer of its kind, or "don't know": a place for "where",
    a date for "when", a relation for "who". Anything else is asked again with a hint, so
    "anak" is never stored as a place nor "never mind" as a date. Places show by name in
    the user's language, not as codes ("KH" → "캄보디아")."""

    def __init__(self, places: Optional[Gazetteer] = None) -> None:
        self._places = places  # None under the standalone action server: taken from its deps

    @property
    def places(self) -> Gazetteer:
        return self._places or deps_from_env().cards.places  # type: ignore[union-attr]

    def name(self) -> Text:
        return "validate_missing_person_form"

    def validate_missing_where(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        lang = BotAction.language(tracker)
        value = str(slot_value or "").strip()
        if not value:
            return {"missing_where": None}
        if len(value) == 2 and value.isupper():
            return {"missing_where": country_name(value, lang), "country": value}
        if self.places.host_in(value):
            return {"missing_where": _as_typed(tracker, value)[:200]}
        if says_dont_know(value):
            return {"missing_where": t("unknown_value", lang)}
        dispatcher.utter_message(text=t("form_want_place", lang))
        return {"missing_where": None}

    def validate_missing_relation(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        lang = BotAction.language(tracker)
        value = str(slot_value or "").strip()
        typed = _as_typed(tracker, value)
        if typed != value or vocabulary.find("relation", value):
            return {"missing_relation": (typed if typed != value else vocabulary.find("relation", value) or value)[:100]}
        if says_dont_know(value):
            return {"missing_relation": t("unknown_value", lang)}
        dispatcher.utter_message(text=t("form_want_relation", lang))
        return {"missing_relation": None}

    def validate_missing_last_seen(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        lang = BotAction.language(tracker)
        value = str(slot_value or "").strip()
        if value and when(value, lang) is not None:
            return {"missing_last_seen": value[:200]}
        if says_dont_know(value):
            return {"missing_last_seen": t("unknown_value", lang)}
        dispatcher.utter_message(text=t("form_want_date", lang))
        return {"missing_last_seen": None}
