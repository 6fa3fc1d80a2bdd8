"""Advisory subscriptions."""
from __future__ import annotations

import json
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.advisories.subscriptions import initial_hosts, subscription_menu
from bot.dialogue.actions.base import BotAction


class ActionSubscribe(BotAction):
    """Subscribed at once; then which host countries (the one named before preselected)."""

    action_name = "action_subscribe"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        before = self.deps.storage.set_subscribed(tracker.sender_id, True)
        user = self.deps.storage.get_user(tracker.sender_id) or {}
        hosts = initial_hosts(user)
        self.deps.storage.save_user(tracker.sender_id, blocked_at=None, alert_hosts=json.dumps(hosts) if hosts else None)
        dispatcher.utter_message(response="utter_already_subscribed" if before else "utter_subscribed")
        menu = subscription_menu(hosts, self.language(tracker))
        dispatcher.utter_message(text=menu["text"], buttons=menu["buttons"])
        return []


class ActionUnsubscribe(BotAction):
    action_name = "action_unsubscribe"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        before = self.deps.storage.set_subscribed(tracker.sender_id, False)
        dispatcher.utter_message(response="utter_unsubscribed" if before else "utter_not_subscribed")
        return []
