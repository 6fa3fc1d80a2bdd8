"""Advisory subscriptions."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.dialogue.actions.base import BotAction


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
