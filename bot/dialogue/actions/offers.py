"""`check_job_offer`: the offer checker inside the dialogue."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.contacts.emergency import card_offer, danger_cue, is_emergency, relayed
from bot.dialogue.actions.base import BotAction
from bot.dialogue.actions.questions import last_bot_turn
from bot.language.texts import t
from bot.offers import check as offer_check
from bot.offers import followup


class ActionCheckOffer(BotAction):
    """`check_job_offer`: the offer's red flags with its own words; a question about the offer
    just checked ("so I shouldn't go?") is answered from its verdict; else ask for the offer."""

    action_name = "action_check_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        text = tracker.latest_message.get("text") or ""
        if text.startswith("/"):  # a button or /check without the offer
            dispatcher.utter_message(response="utter_check_job_offer")
            return []
        user = self.user(tracker)
        analysis = offer_check.analyse_for(text, lang, user)  # the answer is written only for an offer
        last = followup.recall(user)
        if last is not None and len(text.strip()) < offer_check.MIN_OFFER_CHARS and len(analysis.flags) < 2:
            # "so I shouldn't go?", "but they said it's legal": about the offer just checked (a short
            # text with two signs or more is another offer, checked as such)
            last = followup.with_new_signs(last, analysis)
            dispatcher.utter_message(text=followup.reply(self.deps.storage, tracker.sender_id, last, lang,
                                                         offer_check.citizen_of(user, lang)))
            return []
        if not offer_check.has_offer(analysis, text):
            # a question on one step of an offer ("they want my passport photo for the ticket, ok?"):
            # the questions to ask of it; its words of danger ("passport") may also be someone's held
            # now, so the card stays one tap away, without doubting the question was understood.
            # Asked again right after those questions ("so should I go or not?"), the questions are
            # not repeated: what can be judged is the offer itself
            if questions_just_given(tracker, t("offer_itself_please", lang)):
                dispatcher.utter_message(text=t("offer_itself_please", lang))
            else:
                dispatcher.utter_message(response="utter_check_job_offer")
            if danger_cue(text):
                _, host = self.where(tracker)
                dispatcher.utter_message(text=t("danger_words", lang), buttons=card_offer(host, lang))
            return []
        # after the card, an ad is evidence to keep; unless this very message brought the card
        # (its own words of danger, "the boss keeps the passport") or puts a friend's offer to the
        # writer ("temen bilang: ... mau ikut gak?"): then it is an offer to weigh
        evidence = offer_check.after_card(user) and not is_emergency(text) and not (relayed(text) and offer_check.invites(text))
        dispatcher.utter_message(text=offer_check.answer(analysis, lang, user, self.deps.storage.db, evidence=evidence))
        followup.remember(self.deps.storage, tracker.sender_id, analysis)
        if danger_cue(text):  # "came for a customer service job, now they make me scam": maybe held now
            _, host = self.where(tracker)
            dispatcher.utter_message(text=t("danger_check", lang), buttons=card_offer(host, lang))
        return []


def questions_just_given(tracker: Tracker, reminder: str) -> bool:
    """Whether the bot's last turn gave the questions to ask of an offer, or `reminder` of them."""
    return any((event.get("metadata") or {}).get("utter_action") == "utter_check_job_offer" or event.get("text") == reminder
               for event in last_bot_turn(tracker))
