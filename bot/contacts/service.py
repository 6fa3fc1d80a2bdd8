"""The contacts capability's entry point: the cards for one user, where and whose.

The assistant (keywords, /emergency, /contacts, buttons) and the custom actions (the
model's `report_detained`, `ask_embassy_contact`) both ask here, so both show the same
card, remember the same place and shorten the same repeated card.
"""
from __future__ import annotations

import time
from typing import Any, Optional

from bot.contacts import emergency
from bot.contacts.book import HOST_COUNTRIES, ContactBook
from bot.contacts.hubs import Hubs
from bot.contacts.places import Gazetteer, nationality_in
from bot.language.texts import country_name, t
from bot.store import Storage

Message = dict[str, Any]
# The emergency card shown again within this time is its short version: the numbers only.
REPEAT_SHORT_SECONDS = 600


class ContactsService:
    def __init__(self, storage: Storage, book: ContactBook, places: Optional[Gazetteer] = None,
                 hubs: Optional[Hubs] = None) -> None:
        self.storage = storage
        self.book = book
        self.places = places or Gazetteer.load()
        self.hubs = hubs or Hubs.load()

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
                  full: bool = False, keep_place: bool = False) -> list[Message]:
        """The emergency card; shown again within REPEAT_SHORT_SECONDS, its numbers only (unless `full`)."""
        user, where = (self.storage.get_user(user_id), host or "") if keep_place else self.where(user_id, text, host)
        where = where or emergency.host_of(user, None)
        now = time.time()
        short = not full and (now - float((user or {}).get("last_card_at") or 0)) < REPEAT_SHORT_SECONDS
        self.storage.save_user(user_id, last_card_at=now)
        return emergency.emergency_messages(
            self.book, user, language, where, named=nationality_in(text), place=(user or {}).get("place"), short=short,
        )

    def pin(self, user_id: str, language: str, lat: float, lon: float) -> list[Message]:
        """A shared location: its country (and hub) remembered, then that country's numbers;
        near a border with no hub close, one tap to say which side. The pin is not stored."""
        found = self.hubs.locate(lat, lon)
        if found.country is None:
            choices = found.ask or HOST_COUNTRIES
            return [{"text": t("location_which", language), "buttons": [
                {"title": country_name(c, language), "payload": f"card:emergency:{c}"} for c in choices if c in HOST_COUNTRIES
            ]}]
        user = self.storage.get_user(user_id) or {}
        if user.get("host_country") != found.country or user.get("place") != found.place:
            self.storage.save_user(user_id, host_country=found.country, place=found.place)
        where = f"{found.place}, {country_name(found.country, language)}" if found.place else country_name(found.country, language)
        note = {"text": t("location_in", language, place=where)}
        return [note] + self.emergency(user_id, language, host=found.country, keep_place=True)

    def contacts(self, user_id: str, language: str, text: str = "", *, host: Optional[str] = None) -> list[Message]:
        user, where = self.where(user_id, text, host)
        return emergency.contacts_messages(
            self.book, user, language, where, named=nationality_in(text), place=(user or {}).get("place"),
        )
