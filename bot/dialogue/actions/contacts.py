"""Contacts actions: the emergency card, emergency numbers, embassy contacts, a human."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.contacts import cards
from bot.contacts.emergency import card_offer, danger_cue
from bot.dialogue.actions.base import BotAction, utter
from bot.language.texts import t


class ActionEmergencyCard(BotAction):
    """`report_detained`: numbers first, in one message, then what to do (same card as /emergency)."""

    action_name = "action_emergency_card"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        messages = self.cards.emergency(tracker.sender_id, lang, self.text(tracker))
        utter(dispatcher, messages)
        _, host = self.where(tracker)
        return [SlotSet("country", host)]


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
        text = self.text(tracker)
        host = None if text else self.named_host(tracker)
        utter(dispatcher, self.cards.contacts(tracker.sender_id, lang, text, host=host))
        _, host = self.where(tracker)
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


class _UnsureAction(BotAction):
    """The model could not place the message. If it carries words of someone held or
    threatened, offer the emergency card (one tap) rather than "I didn't understand"."""

    response = ""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        if (tracker.active_loop or {}).get("name"):
            return []  # inside a form an unplaced message is an answer: the form takes it
        lang = self.language(tracker)
        text = self.text(tracker)
        if text and (danger_cue(text) or self.cards.places.host_in(text)):
            _, host = self.where(tracker)
            dispatcher.utter_message(text=t("maybe_danger", lang), buttons=card_offer(host, lang))
            return []
        dispatcher.utter_message(response=self.response)
        return []


class ActionOutOfScope(_UnsureAction):
    action_name = "action_out_of_scope"
    response = "utter_out_of_scope"


class ActionFallback(_UnsureAction):
    action_name = "action_fallback"
    response = "utter_default"
