"""`check_job_offer`: the offer checker inside the dialogue."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.contacts.emergency import card_offer, danger_cue
from bot.dialogue.actions.base import BotAction
from bot.language.texts import t
from bot.offers import check as offer_check


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
        if danger_cue(text):  # "came for a customer service job, now they make me scam": maybe held now
            _, host = self.where(tracker)
            dispatcher.utter_message(text=t("danger_check", lang), buttons=card_offer(host, lang))
        return []
