"""The contacts capability's entry point: the cards for one user, where and whose.

The assistant (keywords, /emergency, /contacts, buttons) and the custom actions (the
model's `report_detained`, `ask_embassy_contact`) both ask here, so both show the same
card, remember the same place and shorten the same repeated card.
"""
from __future__ import annotations

import time
from typing import Any, Optional

from bot.contacts import emergency
from bot.contacts.book import ContactBook
from bot.contacts.places import Gazetteer, nationality_in
from bot.store import Storage

Message = dict[str, Any]
# The emergency card shown again within this time is its short version: the numbers only.
REPEAT_SHORT_SECONDS = 600


class ContactsService:
    def __init__(self, storage: Storage, book: ContactBook, places: Optional[Gazetteer] = None) -> None:
        self.storage = storage
        self.book = book
        self.places = places or Gazetteer.load()

    def where(self, user_id: str, text: str = "", host: Optional[str] = None) -> tuple[Optional[dict[str, Any]], str]:
        """The user and their host country. Where a message says they are now (the place named
        last) is remembered; `host` (a button, an entity) wins over the text."""
        user = self.storage.get_user(user_id)
        named, place = self.places.current_place_in(text) if text else (None, None)
        if host:
            named, place = host, (place if named == host else None)
        resolved = emergency.host_of(user, named)
        changes: dict[str, Any] = {}
        if named and (user or {}).get("host_country") != resolved:
            changes["host_country"] = resolved
        if named and (user or {}).get("place") != place:
            changes["place"] = place
        if changes:
            user = self.storage.save_user(user_id, **changes)
        return user, resolved

    def remember_place(self, user_id: str, text: str) -> None:
        """A message about the user's own situation: keep the country it says they are in now."""
        if text:
            self.where(user_id, text)

    def emergency(self, user_id: str, language: str, text: str = "", *, host: Optional[str] = None,
                  full: bool = False) -> list[Message]:
        """The emergency card; shown again within REPEAT_SHORT_SECONDS, its numbers only (unless `full`)."""
        user, where = self.where(user_id, text, host)
        now = time.time()
        short = not full and (now - float((user or {}).get("last_card_at") or 0)) < REPEAT_SHORT_SECONDS
        self.storage.save_user(user_id, last_card_at=now)
        return emergency.emergency_messages(
            self.book, user, language, where, named=nationality_in(text), place=(user or {}).get("place"), short=short,
        )

    def contacts(self, user_id: str, language: str, text: str = "", *, host: Optional[str] = None) -> list[Message]:
        user, where = self.where(user_id, text, host)
        return emergency.contacts_messages(
            self.book, user, language, where, named=nationality_in(text), place=(user or {}).get("place"),
        )
