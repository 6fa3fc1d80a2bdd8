"""`change_language`."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.dialogue.actions.base import BotAction
from bot.language import language_menu, requested_language
from bot.language.texts import t


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
