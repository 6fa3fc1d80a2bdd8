"""Rasa custom actions.

They run in the bot's process by default (see `bot/rasa_backend.py`), built with the
bot's own storage and contacts; under `rasa run actions --actions bot.actions` they
build the same dependencies from the environment.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import cards, emergency, offer_check
from bot.contacts import ContactBook, country_of
from bot.language import LANGUAGE_NAMES, SUPPORTED, requested_language
from bot.settings import Settings
from bot.storage import Storage
from bot.texts import country_name, t


@dataclass
class Deps:
    """What actions need from the bot: its storage and the contact data."""

    storage: Storage
    contacts: ContactBook

    @classmethod
    def from_settings(cls, settings: Settings) -> "Deps":
        """The database, seeded with the contacts on first start; the contacts read from it."""
        from bot.contacts_import import ensure_seeded, load_book

        storage = Storage(settings.database_path)
        ensure_seeded(storage, settings.contacts_path)
        return cls(storage, load_book(storage))


_env_deps: Optional[Deps] = None


def _deps_from_env() -> Deps:
    """Only for the standalone action server, which builds actions without arguments."""
    global _env_deps
    if _env_deps is None:
        _env_deps = Deps.from_settings(Settings.from_env())
    return _env_deps


class BotAction(Action):
    """An action that knows the bot's dependencies and the user's language."""

    action_name = ""

    def __init__(self, deps: Optional[Deps] = None) -> None:
        self._deps = deps

    @property
    def deps(self) -> Deps:
        return self._deps or _deps_from_env()

    def name(self) -> Text:
        return self.action_name

    @staticmethod
    def language(tracker: Tracker) -> str:
        lang = tracker.get_slot("language")
        return lang if lang in SUPPORTED else "en"

    def user(self, tracker: Tracker) -> Optional[dict[str, Any]]:
        return self.deps.storage.get_user(tracker.sender_id)

    def citizens(self, tracker: Tracker, lang: str) -> list[str]:
        """The user's confirmed or guessed nationality (see bot/emergency.py)."""
        return emergency.citizens(self.user(tracker), lang)

    def where(self, tracker: Tracker) -> tuple[Optional[dict[str, Any]], str]:
        """The user and their host country; a host country named in this message is remembered."""
        user = self.user(tracker)
        named = self.named_host(tracker)
        host = emergency.host_of(user, named)
        if named and (user or {}).get("host_country") != host:
            user = self.deps.storage.save_user(tracker.sender_id, host_country=host)
        return user, host

    @staticmethod
    def named_host(tracker: Tracker) -> Optional[str]:
        """The host country this message names (a country or a place), if any."""
        entities = tracker.latest_message.get("entities", []) or []
        for entity in entities:
            code = country_of(entity.get("value"), None) if entity.get("entity") == "country" else (
                country_of(None, entity.get("value")) if entity.get("entity") == "location" else None
            )
            if code:
                return code
        return None


def _utter(dispatcher: CollectingDispatcher, messages: list[dict[str, Any]]) -> None:
    for message in messages:
        dispatcher.utter_message(text=message["text"], buttons=message.get("buttons") or [])


class ActionEmergencyCard(BotAction):
    """`report_detained`: numbers first, in one message, then what to do (same card as /emergency)."""

    action_name = "action_emergency_card"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        user, host = self.where(tracker)
        _utter(dispatcher, emergency.emergency_messages(self.deps.contacts, user, lang, host))
        return [SlotSet("country", host)]


class ActionCheckOffer(BotAction):
    """`check_job_offer`: the offer's red flags with its own words; without an offer, ask for it."""

    action_name = "action_check_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        text = tracker.latest_message.get("text") or ""
        if text.startswith("/"):  # a button or /check without the offer
            dispatcher.utter_message(response="utter_check_job_offer")
            return []
        analysis, answer = offer_check.check(text, lang, self.user(tracker), self.deps.storage.db)
        if not offer_check.has_offer(analysis, text):
            dispatcher.utter_message(response="utter_check_job_offer")
            return []
        dispatcher.utter_message(text=answer)
        return []


class ActionEmergencyNumbers(BotAction):
    """Police, ambulance, fire and hotline numbers of the host country."""

    action_name = "action_emergency_numbers"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        _, host = self.where(tracker)
        text = cards.local_section(self.deps.contacts, host, lang)
        text += "\n\n" + t("card_other_country", lang)
        dispatcher.utter_message(text=text, buttons=cards.country_buttons("ask_emergency_numbers", host, lang))
        return [SlotSet("country", host)]


class ActionEmbassyContact(BotAction):
    """The user's embassy in the host country and the home country's 24-hour line."""

    action_name = "action_embassy_contact"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        user, host = self.where(tracker)
        _utter(dispatcher, emergency.contacts_messages(self.deps.contacts, user, lang, host))
        return [SlotSet("country", host)]


class ActionRequestHuman(BotAction):
    """No officer sits in this chat: say so, and give the 24-hour lines that reach one."""

    action_name = "action_request_human"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        parts = [
            section
            for citizen in self.citizens(tracker, lang)
            if (section := cards.home_section(self.deps.contacts, citizen, lang))
        ]
        dispatcher.utter_message(response="utter_request_human")
        if parts:
            dispatcher.utter_message(text="\n\n".join(parts))
        return []


class ActionMissingAdvice(BotAction):
    """After the missing-person questions: what the family should do now."""

    action_name = "action_missing_advice"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        dispatcher.utter_message(response="utter_missing_advice")
        host = country_of(tracker.get_slot("country"), tracker.get_slot("location")) or emergency.host_of(self.user(tracker), None)
        card = cards.embassy_sections(self.deps.contacts, self.citizens(tracker, lang), host, lang, full=False)
        dispatcher.utter_message(text="\n\n".join(card))
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
    """Show places by name in the user's language, not as codes ("KH" → "캄보디아")."""

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
        return {"missing_where": _as_typed(tracker, value)[:200]}

    def validate_missing_relation(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        value = str(slot_value or "").strip()
        return {"missing_relation": _as_typed(tracker, value)[:100] or None}

    def validate_missing_last_seen(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        value = str(slot_value or "").strip()
        return {"missing_last_seen": value[:200] or None}


class ActionCaseStatus(BotAction):
    """Look up a case code; only the reporter's own cases are ever shown."""

    action_name = "action_case_status"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        code = next(
            (e.get("value") for e in tracker.latest_message.get("entities", []) if e.get("entity") == "case_code"),
            None,
        )
        if not code:
            dispatcher.utter_message(response="utter_case_status_ask")
            return []
        code = code.upper().replace(" ", "-")
        # No report flow has issued codes yet: a code is only found once cases exist.
        dispatcher.utter_message(response="utter_case_status_not_found", case_code=code)
        return [SlotSet("case_code", code)]


class ActionSubscribe(BotAction):
    action_name = "action_subscribe"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        before = self.deps.storage.set_subscribed(tracker.sender_id, True)
        dispatcher.utter_message(response="utter_already_subscribed" if before else "utter_subscribed")
        return []


class ActionUnsubscribe(BotAction):
    action_name = "action_unsubscribe"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        before = self.deps.storage.set_subscribed(tracker.sender_id, False)
        dispatcher.utter_message(response="utter_unsubscribed" if before else "utter_not_subscribed")
        return []


def language_menu() -> list[dict[str, str]]:
    return [{"title": LANGUAGE_NAMES[code], "payload": f"lang:{code}"} for code in SUPPORTED]


class ActionChangeLanguage(BotAction):
    """Switch when the message names a language ("can you speak Korean?"), else offer the menu."""

    action_name = "action_change_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        wanted = requested_language(tracker.latest_message.get("text") or "")
        if wanted:
            self.deps.storage.save_user(tracker.sender_id, language=wanted, language_explicit=1)
            dispatcher.utter_message(text=t("language_changed", wanted))
            return [SlotSet("language", wanted)]
        dispatcher.utter_message(text=t("choose_language", self.language(tracker)), buttons=language_menu())
        return []


ACTION_CLASSES = (
    ActionEmergencyCard,
    ActionCheckOffer,
    ActionEmergencyNumbers,
    ActionEmbassyContact,
    ActionRequestHuman,
    ActionMissingAdvice,
    ActionCaseStatus,
    ActionSubscribe,
    ActionUnsubscribe,
    ActionChangeLanguage,
)


def build_actions(deps: Deps) -> list[Action]:
    """Every custom action, wired to the bot's own dependencies."""
    return [cls(deps) for cls in ACTION_CLASSES] + [ValidateMissingPersonForm()]
