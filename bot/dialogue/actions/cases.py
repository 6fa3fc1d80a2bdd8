"""`ask_case_status`: a reporter asks about a case."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.dialogue.actions.base import BotAction


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
