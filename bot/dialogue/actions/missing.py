"""A family's missing relative: the form's validation and the advice after it."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.contacts import cards, emergency
from bot.contacts.emergency import nationality_buttons
from bot.contacts.book import country_of
from bot.contacts.places import Gazetteer
from bot.cases.texts import labelled
from bot.dialogue.actions.base import BotAction, deps_from_env
from bot.dialogue.actions.questions import SKIPPED, asked_again, says_skip, yes_no_answer
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
        answers = {key: tracker.get_slot(slot) for key, slot in FIELDS.items()
                   if tracker.get_slot(slot) not in (None, "", SKIPPED)}
        token = self.deps.cases.draft(  # type: ignore[union-attr]
            tracker.sender_id, "missing", lang, answers, (whose or [None])[0], host)
        dispatcher.utter_message(text=t("missing_summary", lang, lines=summary_lines(answers, lang)))
        dispatcher.utter_message(text=t("case_summary_ask", lang), buttons=[
            {"title": t("btn_case_send", lang), "payload": f"case:send:{token}"},
            {"title": t("btn_case_drop", lang), "payload": f"case:drop:{token}"},
        ])
        return [SlotSet(slot, None) for slot in FIELDS.values()]


# A case's answer keys → the form's slots, in the order asked.
FIELDS = {"relation": "missing_relation", "last_place": "missing_where", "last_contact": "missing_last_seen",
          "name": "missing_name", "age": "missing_age", "recruited": "missing_recruited", "job": "missing_job",
          "ransom": "missing_ransom", "passport": "missing_passport", "photo": "missing_photo",
          "reporter": "missing_reporter"}


def summary_lines(answers: Dict[str, Any], lang: str) -> str:
    """The report as the family will see it before sending: one line an answer, in their language."""
    return "\n".join(f"• {label}: {value if len(value) <= 300 else value[:300] + '…'}"
                     for label, value in labelled(answers, lang))




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
        if not value:  # cleared ("back")
            return {"missing_where": None}
        kept = _answered_before(tracker, "missing_where")
        if kept is not None:  # a word of a later answer read as a place ("Maria") changes nothing
            return {"missing_where": kept}
        if len(value) == 2 and value.isupper():
            return {"missing_where": country_name(value, lang), "country": value}
        if self.places.host_in(value):
            return {"missing_where": _as_typed(tracker, value)[:200]}
        if says_dont_know(value):
            return {"missing_where": t("unknown_value", lang)}
        if asked_again(tracker, t("form_want_place", lang)):
            return {"missing_where": value[:200]}  # asked once already: what the family knows, as they said it
        dispatcher.utter_message(text=t("form_want_place", lang))
        return {"missing_where": None}

    def validate_missing_relation(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        lang = BotAction.language(tracker)
        value = str(slot_value or "").strip()
        if not value:
            return {"missing_relation": None}
        kept = _answered_before(tracker, "missing_relation")
        if kept is not None:
            return {"missing_relation": kept}
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
        if not value:
            return {"missing_last_seen": None}
        if when(value, lang) is not None:
            return {"missing_last_seen": value[:200]}
        if says_dont_know(value):
            return {"missing_last_seen": t("unknown_value", lang)}
        if asked_again(tracker, t("form_want_date", lang)):
            return {"missing_last_seen": value[:200]}  # asked once already: as the family said it
        dispatcher.utter_message(text=t("form_want_date", lang))
        return {"missing_last_seen": None}

    # -- the questions added for the embassy: each takes its kind of answer -------------------
    def validate_missing_name(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> Dict[Text, Any]:
        value = str(slot_value or "").strip()
        if says_dont_know(value):
            return {"missing_name": t("unknown_value", BotAction.language(tracker))}
        if is_question(value):  # "what is a compound?" is no one's name: asked again, nothing stored
            dispatcher.utter_message(text=t("form_question_not_answer", BotAction.language(tracker)))
            return {"missing_name": None}
        return {"missing_name": value[:120] or None}

    def validate_missing_age(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> Dict[Text, Any]:
        lang = BotAction.language(tracker)
        value = str(slot_value or "").strip()
        if not value:
            return {"missing_age": None}
        number = _AGE.search(value)
        if number and 1 <= int(number.group(0)) <= 110:
            return {"missing_age": number.group(0)}
        if says_dont_know(value):
            return {"missing_age": t("unknown_value", lang)}
        dispatcher.utter_message(text=t("form_want_age", lang))
        return {"missing_age": None}

    def validate_missing_recruited(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                   domain: DomainDict) -> Dict[Text, Any]:
        return {"missing_recruited": _optional(slot_value, 12000)}

    def validate_missing_job(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> Dict[Text, Any]:
        return {"missing_job": _optional(slot_value, 300)}

    def validate_missing_ransom(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> Dict[Text, Any]:
        # guidance at this step, before anything else is asked; once: a skip pressed at a later
        # question validates again what was set since the last message, this answer included
        slot_value = yes_no_answer(slot_value)
        if slot_value == "yes" and tracker.get_slot("requested_slot") == "missing_ransom":
            dispatcher.utter_message(text=t("ransom_guidance", BotAction.language(tracker)))
        return {"missing_ransom": slot_value}

    def validate_missing_passport(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> Dict[Text, Any]:
        return {"missing_passport": _optional(slot_value, 40)}

    def validate_missing_photo(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> Dict[Text, Any]:
        value = str(slot_value or "").strip()
        if not value:
            return {"missing_photo": None}
        if value.startswith("photo:") or value == SKIPPED or says_skip(value) or says_dont_know(value):
            return {"missing_photo": value if value.startswith("photo:") else SKIPPED}
        dispatcher.utter_message(text=t("ask_missing_photo", BotAction.language(tracker)))
        return {"missing_photo": None}

    def validate_missing_reporter(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> Dict[Text, Any]:
        return {"missing_reporter": str(slot_value or "").strip()[:200] or None}


_AGE = re.compile(r"\d{1,3}")


def _answered_before(tracker: Tracker, slot: str) -> Optional[str]:
    """The slot's value before the latest message, when it was answered and another question
    is being asked now; None otherwise (then the new value is validated as an answer)."""
    if tracker.get_slot("requested_slot") in (None, slot):
        return None
    events = list(tracker.events)
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=len(events))
    for event in reversed(events[:last_user]):
        if event.get("event") == "slot" and event.get("name") == slot:
            return event.get("value") or None
    return None


def is_question(value: str) -> bool:
    """Whether an answer is a question typed instead ("what is a compound?", "什么意思？")."""
    return value.strip().endswith(("?", "？"))


def _optional(value: Any, limit: int) -> Optional[str]:
    """An optional answer: as written (cut to `limit`), or SKIPPED for "skip" / "don't know"."""
    text = str(value or "").strip()
    if not text:
        return None
    return SKIPPED if text == SKIPPED or says_skip(text) or says_dont_know(text) else text[:limit]
