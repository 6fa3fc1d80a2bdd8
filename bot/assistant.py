"""The channel-free assistant: a user id, a text and language hints in; replies out.

Telegram and the terminal both call `Assistant.handle`; nothing here knows about
either. It picks the reply language, turns commands and buttons into what Rasa
understands, refuses forged button data, and never returns nothing.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from bot import emergency, offer_check
from bot import language as lang_mod
from bot.actions import language_menu
from bot.contacts import ContactBook
from bot.places import Gazetteer
from bot.rasa_backend import RasaBackend
from bot.storage import Storage
from bot.texts import country_name, t

logger = logging.getLogger(__name__)

MAX_INPUT_CHARS = 4000  # longer texts are read up to here (Telegram itself stops at 4096)

# Telegram commands → the Rasa intent they stand for.
INTENT_COMMANDS: dict[str, str] = {
    "start": "greet",
    "help": "help",
    "check": "check_job_offer",
    "report": "report_missing",
    "status": "ask_case_status",
    "subscribe": "subscribe_alerts",
    "unsubscribe": "unsubscribe_alerts",
}
# A long message with an offer's red flags is still one of these when the model says so.
NOT_AN_OFFER_INTENTS = frozenset({
    "report_missing", "report_detained", "ask_repatriation", "ask_case_status", "report_recruiter", "request_human",
})
LOCAL_COMMANDS = ("language", "delete", "emergency", "contacts")  # answered without the model
# After the emergency card, Rasa still answers these (a missing relative's questions, the way home);
# the rest would only repeat the card or say nothing useful.
AFTER_CARD_INTENTS = frozenset({
    "report_missing", "ask_repatriation", "check_job_offer", "ask_travel_advisory", "report_recruiter",
    "request_human", "ask_case_status", "change_language",
})
STAFF_COMMANDS = ("cases", "case", "advisory", "stats", "staff")
# Commands shown in Telegram's menu, in this order.
MENU_COMMANDS = ("start", "help", "emergency", "contacts", "check", "report", "status",
                 "subscribe", "unsubscribe", "language", "delete")

_COMMAND = re.compile(r"^/([A-Za-z_]+)(?:@\w+)?(?:\s+(.*))?$", re.S)
_INTENT_PAYLOAD = re.compile(r"^/([a-z_]+)(\{.{0,200}\})?$", re.S)
_HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)
# What our own buttons put into an intent payload; anything else is forged or stale.
_ENTITY_VALUE = {
    "country": re.compile(r"[A-Z]{2}"),
    "case_code": re.compile(r"CASE-\d{4}-\d{5}", re.I),
}
_PLAIN_VALUE = re.compile(r"[\w .,'-]{1,40}")


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass
class Reply:
    text: str
    buttons: list[Button] = field(default_factory=list)


def _buttons(raw: Optional[Iterable[dict[str, Any]]]) -> list[Button]:
    return [Button(str(b.get("title", "")), str(b.get("payload", ""))) for b in raw or [] if b.get("payload")]


def _replies(messages: Iterable[dict[str, Any]]) -> list[Reply]:
    """Rasa-shaped messages ({"text", "buttons"}) as replies; empty ones dropped."""
    return [
        Reply(str(m.get("text") or ""), _buttons(m.get("buttons")))
        for m in messages
        if m.get("text") or m.get("buttons")
    ]


def _hints(user: dict[str, Any], client_language: Optional[str]) -> lang_mod.LanguageHints:
    return lang_mod.LanguageHints(
        explicit=user.get("language") if user.get("language_explicit") else None,
        current=user.get("language"),
        client=client_language or user.get("client_language"),
    )


class Assistant:
    """One assistant for every channel.

    `backend` is None in limited mode (no model, or it failed to load): the emergency
    card, /contacts and emergency keywords still work, everything else says so.
    """

    def __init__(
        self,
        storage: Storage,
        backend: Optional[RasaBackend],
        intents: Iterable[str],
        entities: Iterable[str],
        contacts: ContactBook,
        places: Optional[Gazetteer] = None,
    ) -> None:
        self.storage = storage
        self.backend = backend
        self.intents = frozenset(intents)
        self.entities = frozenset(entities)
        self.contacts = contacts
        self.places = places or Gazetteer.load()

    @property
    def limited(self) -> bool:
        return self.backend is None

    # -- public ---------------------------------------------------------------------
    async def handle(
        self,
        user_id: str,
        text: Optional[str],
        *,
        client_language: Optional[str] = None,
        from_button: bool = False,
        is_staff: bool = False,
        forwarded: bool = False,
    ) -> list[Reply]:
        """Answer one message (typed text, a command, a button's payload, or a forwarded message)."""
        user = self.storage.get_user(user_id) or {}
        if client_language and client_language != user.get("client_language"):
            user = self.storage.save_user(user_id, client_language=client_language)
        hints = _hints(user, client_language)
        text = (text or "").strip()
        if from_button:
            return await self._button(user_id, text, hints)
        command = _COMMAND.match(text)
        if command:
            return await self._command(user_id, command.group(1).lower(), (command.group(2) or "").strip(), hints, is_staff)
        if not text:
            return [Reply(t("empty_message", self._remember(user_id, hints, "", from_text=False)))]
        if not _HAS_WORD.search(text):
            return [Reply(t("emoji_only", self._remember(user_id, hints, "", from_text=False)))]
        notes: list[Reply] = []
        # A forwarded message is someone else's writing: it says nothing about the user's language.
        language = self._remember(user_id, hints, text[:MAX_INPUT_CHARS], from_text=not forwarded)
        if len(text) > MAX_INPUT_CHARS:
            notes.append(Reply(t("truncated", language, limit=MAX_INPUT_CHARS)))
            text = text[:MAX_INPUT_CHARS]
        urgent, said_in = emergency.emergency_language(text)
        if urgent:
            if said_in and said_in != language and not hints.explicit and (said_in != "en" or not hints.current):
                # "tolong" is too short for langdetect, but it is Indonesian.
                language = said_in
                self.storage.save_user(user_id, language=language)
            return await self._emergency_first(user_id, text, language) + notes
        offer = await self._offer_answer(user_id, text, language, forwarded=forwarded)
        if offer is not None:
            return offer + notes
        return await self._ask_rasa(user_id, text, language) + notes

    async def _offer_answer(self, user_id: str, text: str, language: str, *, forwarded: bool) -> Optional[list[Reply]]:
        """A forwarded message, or a long paste that reads like a recruiter's ad, is checked at once.

        Other texts go to the model, whose `check_job_offer` intent runs the same check; a
        long paste the model reads as a family's report or a plea stays with the model.
        Without the model (limited mode), a text with two red flags or more is checked here,
        and the limited-mode notice follows, in case it was not an offer at all.
        """
        user = self.storage.get_user(user_id)
        analysis = offer_check.analyse_for(text, language, user)  # about 1 ms; the answer is written only if needed

        def answer() -> Reply:
            return Reply(offer_check.answer(analysis, language, user, self.storage.db))

        if forwarded and offer_check.has_offer(analysis, text):
            return [answer()]
        if self.backend is None:
            return [answer()] + self._limited_notice(language) if len(analysis.flags) >= 2 else None
        if offer_check.reads_like_offer(analysis, text):
            try:
                intent = ((await self.backend.parse(text)).get("intent") or {}).get("name")
            except Exception:
                logger.exception("Rasa could not parse a long message from %s", user_id)
                intent = None
            if intent not in NOT_AN_OFFER_INTENTS:
                return [answer()]
        return None

    async def handle_other(self, user_id: str, kind: str, *, client_language: Optional[str] = None) -> list[Reply]:
        """Stickers, voice, photos, files, locations: a kind answer in the user's language."""
        hints = _hints(self.storage.get_user(user_id) or {}, client_language)
        language = self._remember(user_id, hints, "", from_text=False)
        key = "location_received" if kind == "location" else "non_text"
        return [Reply(t(key, language))]

    def language_of(self, user_id: str, client_language: Optional[str] = None) -> str:
        user = self.storage.get_user(user_id) or {}
        return lang_mod.choose(
            "",
            lang_mod.LanguageHints(current=user.get("language"), client=client_language or user.get("client_language")),
            from_text=False,
        )

    # -- internals ------------------------------------------------------------------
    def _remember(self, user_id: str, hints: lang_mod.LanguageHints, text: str, *, from_text: bool) -> str:
        language = lang_mod.choose(text, hints, from_text=from_text)
        if language != hints.current:
            self.storage.save_user(user_id, language=language)
        return language

    async def _ask_rasa(self, user_id: str, text: str, language: str) -> list[Reply]:
        if self.backend is None:
            return self._limited_notice(language)
        try:
            messages = await self.backend.handle(user_id, text, language)
        except Exception:
            logger.exception("Rasa failed on a message from %s", user_id)
            return [Reply(t("error", language))]
        return _replies(messages) or [Reply(t("no_answer", language))]

    def _limited_notice(self, language: str) -> list[Reply]:
        host = emergency.DEFAULT_HOST
        return [Reply(t("limited_mode", language), [
            Button(t("btn_emergency", language), f"card:emergency:{host}"),
            Button(t("btn_contacts", language), f"card:contacts:{host}"),
        ])]

    # -- the cards: no model on this path ------------------------------------------------
    def _where(self, user_id: str, named: Optional[str]) -> tuple[Optional[dict[str, Any]], str]:
        """The user and their host country; a newly named host country is remembered."""
        user = self.storage.get_user(user_id)
        host = emergency.host_of(user, named)
        if named and (user or {}).get("host_country") != host:
            user = self.storage.save_user(user_id, host_country=host)
        return user, host

    def _emergency_card(self, user_id: str, language: str, named: Optional[str] = None) -> list[Reply]:
        user, host = self._where(user_id, named)
        return _replies(emergency.emergency_messages(self.contacts, user, language, host))

    def _contacts_card(self, user_id: str, language: str, named: Optional[str] = None) -> list[Reply]:
        user, host = self._where(user_id, named)
        return _replies(emergency.contacts_messages(self.contacts, user, language, host))

    async def _emergency_first(self, user_id: str, text: str, language: str) -> list[Reply]:
        """The card at once; then, if the model reads more into the message, its answer too."""
        replies = self._emergency_card(user_id, language, self.places.host_in(text))
        if self.backend is None:
            return replies
        try:
            intent = ((await self.backend.parse(text)).get("intent") or {}).get("name")
        except Exception:
            logger.exception("Rasa could not parse an emergency message from %s", user_id)
            return replies
        if intent in AFTER_CARD_INTENTS:
            replies += await self._ask_rasa(user_id, text, language)
        return replies

    async def _command(
        self, user_id: str, name: str, args: str, hints: lang_mod.LanguageHints, is_staff: bool
    ) -> list[Reply]:
        # "/check <offer>" carries a recruiter's words, not the user's: they don't pick the language.
        language = self._remember(user_id, hints, args, from_text=bool(args) and name != "check")
        if name == "language":
            return [Reply(t("choose_language", language), _buttons(language_menu()))]
        if name == "delete":
            return [
                Reply(
                    t("delete_confirm", language),
                    [Button(t("delete_yes", language), "delete:yes"), Button(t("delete_no", language), "delete:no")],
                )
            ]
        if name == "emergency":
            return self._emergency_card(user_id, language, self.places.host_in(args))
        if name == "contacts":
            return self._contacts_card(user_id, language, self.places.host_in(args))
        if name in STAFF_COMMANDS and not is_staff:
            return [Reply(t("staff_only", language))]
        intent = INTENT_COMMANDS.get(name)
        if intent is None:
            return [Reply(t("unknown_command", language))]
        if args and name == "status":
            # "/status CASE-2026-00042": the code is the entity, whatever NLU would make of it.
            return await self._ask_rasa(user_id, f"/{intent}" + json.dumps({"case_code": args[:40]}), language)
        if args and name == "check":
            # "/check <offer text>" carries the offer itself: check it, whatever the model would say.
            return [Reply(offer_check.check(args[:MAX_INPUT_CHARS], language, self.storage.get_user(user_id), self.storage.db)[1])]
        return await self._ask_rasa(user_id, f"/{intent}", language)

    async def _button(self, user_id: str, payload: str, hints: lang_mod.LanguageHints) -> list[Reply]:
        language = self._remember(user_id, hints, "", from_text=False)
        if payload.startswith("lang:"):
            chosen = lang_mod.normalise(payload[5:])
            if chosen and payload[5:] == chosen:
                self.storage.save_user(user_id, language=chosen, language_explicit=1)
                return [Reply(t("language_changed", chosen))]
        elif payload in ("delete:yes", "delete:no"):
            if payload == "delete:no":
                return [Reply(t("delete_cancelled", language))]
            self.storage.delete_user(user_id)
            if self.backend is not None:
                try:
                    await self.backend.forget(user_id)
                except Exception:
                    logger.exception("Could not reset the conversation of %s", user_id)
            return [Reply(t("delete_done", language))]
        elif (ours := emergency.parse_payload(payload)) is not None:
            return self._card_button(user_id, language, *ours)
        elif self._valid_intent_payload(payload):
            return await self._ask_rasa(user_id, payload, language)
        logger.warning("Refused button data from %s: %r", user_id, payload[:80])
        if self.backend is None:
            return [Reply(t("expired_button", language))] + self._limited_notice(language)
        return [Reply(t("expired_button", language))] + await self._ask_rasa(user_id, "/help", language)

    def _card_button(self, user_id: str, language: str, kind: str, value: str) -> list[Reply]:
        if kind == "card":
            card, _, host = value.partition(":")
            show = self._emergency_card if card == "emergency" else self._contacts_card
            return show(user_id, language, host)
        if value == "menu":
            return _replies(emergency.nationality_menu(language))
        self.storage.save_user(user_id, nationality=value, nationality_confirmed=1)
        saved = Reply(t("nationality_saved", language, country=country_name(value, language)))
        return [saved] + self._contacts_card(user_id, language)

    def _valid_intent_payload(self, payload: str) -> bool:
        """Only our own payloads: a known intent, optionally known entities with short string values."""
        match = _INTENT_PAYLOAD.match(payload)
        if not match or match.group(1) not in self.intents:
            return False
        if match.group(2) is None:
            return True
        try:
            values = json.loads(match.group(2))
        except ValueError:
            return False
        return isinstance(values, dict) and all(
            k in self.entities and isinstance(v, str) and _ENTITY_VALUE.get(k, _PLAIN_VALUE).fullmatch(v)
            for k, v in values.items()
        )
