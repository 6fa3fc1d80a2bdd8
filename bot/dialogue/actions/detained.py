"""The detained person's report: a few short questions after the emergency card, then a
ready-to-send English self-report for the police, and a case for the embassy with consent."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.cases.police_report import missing_items, police_report
from bot.contacts.emergency import host_of
from bot.contacts.places import Gazetteer
from bot.dialogue.actions.base import BotAction, deps_from_env
from bot.dialogue.actions.questions import asked_again, yes_no_answer
from bot.language.dates import says_dont_know
from bot.language.texts import country_name, t
from bot.store.messages import DISCREET_MINUTES

SLOTS = ("detained_safe", "detained_place", "detained_building", "detained_count", "detained_passport",
         "detained_contact", "detained_consent")
_NUMBER = re.compile(r"\d{1,4}")


class ValidateDetainedForm(FormValidationAction):
    """Answers of the kind asked; "not safe to write" ends the questions at once."""

    def __init__(self, places: Optional[Gazetteer] = None, storage: Optional[Any] = None) -> None:
        self._places = places  # None under the standalone action server: taken from its deps
        self._storage = storage

    @property
    def places(self) -> Gazetteer:
        return self._places or deps_from_env().cards.places  # type: ignore[union-attr]

    def _known_place(self, tracker: Tracker) -> Optional[str]:
        """Where the user said they are earlier ("โดนขังอยู่ที่ปอยเปต"), as the pin's answer is written."""
        user = (self._storage or deps_from_env().storage).get_user(tracker.sender_id) or {}
        return user.get("place") or (country_name(user["host_country"], "en") if user.get("host_country") else None)

    def name(self) -> Text:
        return "validate_detained_form"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> List[Text]:
        return ["detained_safe"] if tracker.get_slot("detained_safe") == "no" else list(domain_slots)

    def validate_detained_safe(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> Dict[Text, Any]:
        value = yes_no_answer(value)  # words the model could not place: a typed yes or no, or ask again
        if value == "no":
            lang = BotAction.language(tracker)
            dispatcher.utter_message(text=t("detained_not_safe", lang), buttons=[
                {"title": t("btn_minutes", lang, minutes=m), "payload": f"discreet:{m}"} for m in DISCREET_MINUTES])
        return {"detained_safe": value}

    def validate_detained_passport(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                   domain: DomainDict) -> Dict[Text, Any]:
        return {"detained_passport": yes_no_answer(value)}

    def validate_detained_consent(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> Dict[Text, Any]:
        return {"detained_consent": yes_no_answer(value)}

    def validate_detained_place(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> Dict[Text, Any]:
        lang = BotAction.language(tracker)
        text = str(value or "").strip()
        if len(text) == 2 and text.isupper():
            return {"detained_place": country_name(text, lang)}
        if self.places.host_in(text) or says_dont_know(text) or tracker.get_slot("detained_gps"):
            return {"detained_place": text[:200]}
        known = self._known_place(tracker) if text else None
        if known:
            # "a blue building near the casino, 5th floor": the building, in the town said before
            return {"detained_place": known, "detained_building": text[:300]}
        if text and asked_again(tracker, t("form_want_place", lang)):
            return {"detained_place": text[:200]}  # asked once already: never a loop for someone held
        dispatcher.utter_message(text=t("form_want_place", lang))
        return {"detained_place": None}

    def validate_detained_count(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> Dict[Text, Any]:
        text = str(value or "")
        number = _NUMBER.search(text)
        if number:
            return {"detained_count": number.group(0)}
        if says_dont_know(text):
            return {"detained_count": "not known"}
        dispatcher.utter_message(text=t("form_want_count", BotAction.language(tracker)))
        return {"detained_count": None}

    def validate_detained_building(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                   domain: DomainDict) -> Dict[Text, Any]:
        return {"detained_building": str(value or "").strip()[:300] or None}

    def validate_detained_contact(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> Dict[Text, Any]:
        return {"detained_contact": str(value or "").strip()[:200] or None}


class ActionDetainedReport(BotAction):
    """The English self-report (its own message, to copy or forward), what the police still
    need, and — with consent — a case for the embassy's staff."""

    action_name = "action_detained_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        clear = [SlotSet(slot, None) for slot in (*SLOTS, "detained_gps")]
        if tracker.get_slot("detained_safe") != "yes":
            return clear
        lang = self.language(tracker)
        user = self.user(tracker) or {}
        typed_place = tracker.get_slot("detained_place") or ""
        code, place_en = self.cards.places.current_place_in(typed_place)
        host = code or host_of(user, None)
        gps = _gps(tracker.get_slot("detained_gps"))
        answers: Dict[str, Any] = {
            "place": typed_place, "place_en": place_en, "gps": gps,
            "building": tracker.get_slot("detained_building"), "count": tracker.get_slot("detained_count"),
            "passport": tracker.get_slot("detained_passport"), "contact": tracker.get_slot("detained_contact"),
        }
        nationality = user.get("nationality")
        intro = t("detained_report_kh", lang) if host == "KH" else t("detained_report_other", lang, country=country_name(host, lang))
        dispatcher.utter_message(text=intro)
        dispatcher.utter_message(text=police_report(answers, language=lang, host_en=country_name(host, "en"),
                                                    nationality_en=country_name(nationality, "en") if nationality else None))
        items = "\n".join(f"• {item}" for item in missing_items(answers))
        dispatcher.utter_message(text=t("detained_checklist", lang, items=items))
        if tracker.get_slot("detained_consent") == "yes":
            case = self.deps.cases.file_now(  # type: ignore[union-attr]
                self.actor(tracker), "detained", lang, {k: v for k, v in answers.items() if v}, nationality, host)
            dispatcher.utter_message(text=t("detained_case_filed", lang, code=case.code))
        else:
            dispatcher.utter_message(text=t("detained_no_consent", lang))
        return clear


def _gps(raw: Optional[str]) -> Optional[tuple[float, float]]:
    try:
        lat, lon = (float(part) for part in (raw or "").split(","))
        return lat, lon
    except ValueError:
        return None
