"""What every custom action shares: the bot's dependencies, the user's language and place.

They run in the bot's process by default (see `bot/dialogue/backend.py`), built with the
bot's own storage and contacts; under `rasa run actions --actions bot.dialogue.actions` they
build the same dependencies from the environment.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.contacts import emergency
from bot.cases.service import CasesService
from bot.contacts.book import ContactBook, country_of
from bot.contacts.service import ContactsService
from bot.language import SUPPORTED
from bot.settings import Settings
from bot.store import Storage
from bot.store.access import Access, Actor


@dataclass
class Deps:
    """What actions need from the bot: its storage, the contact data, and who is staff."""

    storage: Storage
    contacts: ContactBook
    access: Access = field(default_factory=lambda: Access(()))
    cards: Optional[ContactsService] = None
    cases: Optional[CasesService] = None
    staff_language: str = "en"

    def __post_init__(self) -> None:
        if self.cards is None:
            self.cards = ContactsService(self.storage, self.contacts)
        if self.cases is None:
            self.cases = CasesService(self.storage, self.access, self.staff_language)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Deps":
        """The database, seeded with the contacts on first start; the contacts read from it."""
        from bot.contacts.importer import ensure_seeded, load_book

        storage = Storage(settings.database_path)
        ensure_seeded(storage, settings.contacts_path)
        return cls(storage, load_book(storage), Access(settings.staff_ids, storage), staff_language=settings.staff_language)


_env_deps: Optional[Deps] = None


def deps_from_env() -> Deps:
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
        return self._deps or deps_from_env()

    def name(self) -> Text:
        return self.action_name

    @staticmethod
    def language(tracker: Tracker) -> str:
        lang = tracker.get_slot("language")
        return lang if lang in SUPPORTED else "en"

    def actor(self, tracker: Tracker) -> Actor:
        """Who is writing: staff rights come from the same place as for commands and buttons."""
        return self.deps.access.actor(tracker.sender_id)

    def user(self, tracker: Tracker) -> Optional[dict[str, Any]]:
        return self.deps.storage.get_user(tracker.sender_id)

    def citizens(self, tracker: Tracker, lang: str) -> list[str]:
        """The user's confirmed or guessed nationality (see bot/emergency.py)."""
        return emergency.citizens(self.user(tracker), lang)

    @staticmethod
    def text(tracker: Tracker) -> str:
        """The user's words (a button's payload says nothing: its entities do)."""
        text = tracker.latest_message.get("text") or ""
        return "" if text.startswith("/") else text

    @property
    def cards(self) -> ContactsService:
        assert self.deps.cards is not None
        return self.deps.cards

    def where(self, tracker: Tracker) -> tuple[Optional[dict[str, Any]], str]:
        """The user and their host country; where this message says they are now is remembered."""
        return self.cards.where(tracker.sender_id, self.text(tracker), self.named_host(tracker) if not self.text(tracker) else None)

    @staticmethod
    def named_host(tracker: Tracker) -> Optional[str]:
        """The host country this message names (a country or a place), the last one if several:
        a story ends where the writer is now."""
        entities = tracker.latest_message.get("entities", []) or []
        for entity in reversed(entities):
            code = country_of(entity.get("value"), None) if entity.get("entity") == "country" else (
                country_of(None, entity.get("value")) if entity.get("entity") == "location" else None
            )
            if code:
                return code
        return None


def utter(dispatcher: CollectingDispatcher, messages: list[dict[str, Any]]) -> None:
    for message in messages:
        dispatcher.utter_message(text=message["text"], buttons=message.get("buttons") or [])
