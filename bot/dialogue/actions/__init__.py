"""Rasa custom actions, one module per feature; `build_actions` wires them to the bot."""
from __future__ import annotations

from rasa_sdk import Action

from bot.dialogue.actions.base import BotAction, Deps
from bot.dialogue.actions.cases import ActionCaseStatus
from bot.dialogue.actions.contacts import (
    ActionEmbassyContact, ActionEmergencyCard, ActionEmergencyNumbers, ActionFallback, ActionOutOfScope,
    ActionRequestHuman,
)
from bot.dialogue.actions.detained import ActionDetainedReport, ValidateDetainedForm
from bot.dialogue.actions.language import ActionChangeLanguage
from bot.dialogue.actions.missing import ActionMissingAdvice, ValidateMissingPersonForm
from bot.dialogue.actions.offers import ActionCheckOffer
from bot.dialogue.actions.questions import QUESTION_ACTIONS
from bot.dialogue.actions.recruiter import ActionRecruiterReport, ValidateRecruiterForm
from bot.dialogue.actions.subscriptions import ActionSubscribe, ActionUnsubscribe

ACTION_CLASSES: tuple[type[BotAction], ...] = (
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
    ActionOutOfScope,
    ActionFallback,
    ActionDetainedReport,
    ActionRecruiterReport,
    *QUESTION_ACTIONS,
)


def build_actions(deps: Deps) -> list[Action]:
    """Every custom action, wired to the bot's own dependencies."""
    places = deps.cards.places  # type: ignore[union-attr]
    return [cls(deps) for cls in ACTION_CLASSES] + [ValidateMissingPersonForm(places), ValidateDetainedForm(places, deps.storage),
                                                          ValidateRecruiterForm()]


__all__ = ["ACTION_CLASSES", "BotAction", "Deps", "build_actions"]
