"""The channel-free assistant: a user id, a text and language hints in; replies out.

Telegram and the terminal both call `Assistant.handle`; nothing here knows about
either. It picks the reply language, turns commands and buttons into what Rasa
understands, refuses forged button data, and never returns nothing.
"""
from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Awaitable, Callable, Iterable, Optional

from bot.contacts import emergency
from bot.contacts.book import ContactBook
from bot.contacts.places import Gazetteer
from bot.cases.service import CasesService, Notice
from bot.contacts.service import ContactsService
from bot.cases.service import STAFF_ACTIONS, grouped
from bot.cases.texts import answer_lines
from bot.dialogue.actions.questions import OPTIONAL, SKIPPED
from bot.core.callbacks import Callback, CallbackCodec
from bot.core.commands import INTENT_COMMANDS, STAFF_COMMANDS, Command, case_code, read_command
from bot.core.desk import Desk
from bot.core.lanes import FloodGuard
from bot.advisories import store as advisories_store, verify
from bot.advisories.service import AdvisoriesService, Refused
from bot.advisories.subscriptions import subscription_menu
from bot import language as lang_mod
from bot.dialogue.backend import FormState, RasaBackend
from bot.language.dates import says_cancel, says_done, says_only_hello, says_only_thanks, yes_or_no
from bot.language.han import han_script
from bot.language import language_menu
from bot.language.texts import country_name, t
from bot.offers import check as offer_check
from bot.offers import followup
from bot.store import Storage
from bot.store import messages
from bot.store.messages import DISCREET_MINUTES
from bot.store.access import Access

logger = logging.getLogger(__name__)

MAX_INPUT_CHARS = 4000  # longer texts are read up to here (Telegram itself stops at 4096)
# A message the model gave another intent is still offered the card when it found the
# writer held with at least this probability. With the SVM's probabilities (config.yml), on
# the blind danger sets 9-14 (2,160 people held) 0.05 gives or offers the card to 2,154 (at 0.10:
# 2,149; the logistic regression before it, at 0.10: 2,151), and offers it to 65 of the NLU
# set's 1,140 calm messages (the logistic regression: 54). bench/danger.py reports both.
UNSURE_DETAINED = 0.05
# The model read "held" but barely (below this) and the message has no word of danger: the
# card is offered with one tap instead of given in full. Someone held counts five times in
# the classifier (config.yml), so text it knows nothing of ("sama2 kak", a joke) lands there.
DOUBTFUL_DETAINED = 0.40
# Minutes after an offer check, a short message read as someone held below this, with no word
# of danger, is a question about the offer (followup.JUST_CHECKED_SECONDS). On the blind
# follow-up set (bench/data/followups-heldout.jsonl), the 28 of 180 follow-ups the model read
# as someone held had 0.22-0.79; the messages there of people held had 0.97 and more.
FOLLOW_UP_DETAINED = 0.80
MAX_ANSWER_CHARS = 12000  # a report's pasted ad (a split paste joined again) is kept up to here

# A long message with an offer's red flags is still one of these when the model says so.
NOT_AN_OFFER_INTENTS = frozenset({
    "report_missing", "report_detained", "ask_repatriation", "ask_case_status", "report_recruiter", "request_human",
})
# Readings under which the model's answer says it did not understand (or that the message is off-topic).
NOT_UNDERSTOOD_INTENTS = frozenset({"nlu_fallback", "out_of_scope"})
# Commands that start something new: an open form ends first.
FORM_ENDING_COMMANDS = frozenset({"start", "check", "status", "subscribe", "unsubscribe"})
# Questions whose answer may be a long paste or a forwarded ad: it goes into the form as it is.
LONG_ANSWER_SLOTS = frozenset({"recruiter_ad", "recruiter_who", "missing_recruited"})
# Reports that start beside the emergency card: words of danger in their answers are answers.
REPORT_FORMS = frozenset({"missing_person_form", "detained_form"})
# Questions a place answers: a bare place name ("Bavet") is that answer, not a question on travel there.
PLACE_SLOTS = frozenset({"missing_where", "detained_place"})
# Readings of a question about a place, not of where the writer is: "is the golden triangle in
# laos ok?" from someone in Cambodia leaves their next card Cambodia's (words of danger aside).
ASKS_ABOUT_A_PLACE = frozenset({
    "ask_travel_advisory", "check_job_offer", "ask_verify_agency", "ask_scam_signs", "subscribe_alerts", "unsubscribe_alerts",
})
AWAIT_SECONDS = 30 * 60  # "add information" / a staff question waits this long for its text
# After the emergency card, Rasa still answers these (a missing relative's questions, the way home);
# the rest would only repeat the card or say nothing useful.
AFTER_CARD_INTENTS = frozenset({
    "report_missing", "ask_repatriation", "check_job_offer", "ask_travel_advisory", "report_recruiter",
    "request_human", "ask_case_status", "change_language",
})
_QUESTION_MARK = re.compile(r"[?？]")


def _only_asks_about_a_place(found: Any, text: str, country_known: bool) -> bool:
    """A question on travel, an offer or an agency; or, where the writer's country is already
    known, a question the model read doubtfully."""
    if found.intent in ASKS_ABOUT_A_PLACE:
        return True
    doubtful = found.intent in NOT_UNDERSTOOD_INTENTS or (
        found.intent == "report_detained" and found.detained < DOUBTFUL_DETAINED)
    return country_known and doubtful and _QUESTION_MARK.search(text) is not None
_HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)


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


Notify = Callable[[Notice], Awaitable[None]]


async def _log_notice(notice: Notice) -> None:
    logger.info("A notice for %s has no channel to go to: %s", notice.target, notice.text[:80])


def _offers_card(replies: list[Reply], language: str) -> bool:
    """Whether these replies already hold the emergency card, or a button to it."""
    return any(r.text.startswith((t("detained_intro", language), "🚨"))  # the card, or its short version
               or any(b.payload.startswith("card:emergency") for b in r.buttons) for r in replies)


def about_last_check(intent: str, detained: float, text: str, names_place: bool) -> Optional[bool]:
    """Whether a short message, read by the model this way minutes after an offer check, is a
    question about that offer: True when it is one the model half-read as someone held (below
    `FOLLOW_UP_DETAINED`, no word of danger: the card stays one tap away), False when it is one
    read as a question on travel safety that names no place or as a plea for help with no word of
    danger ("so what do i do now?") or as a family's report that only passes on someone's word that
    the offer is safe, None when it is neither."""
    if len(text.strip()) >= offer_check.MIN_OFFER_CHARS:
        return None
    if intent == "report_detained" and detained < FOLLOW_UP_DETAINED and not emergency.danger_cue(text):
        return True
    if intent == "help" and not emergency.danger_cue(text):
        # "jadi aku harus gimana?", "so what do i do now" minutes after the check: what to do
        # about that offer, not the menu (its answer ends with /contacts and /emergency)
        return False
    if intent == "ask_travel_advisory" and not names_place:
        return False
    if intent == "report_missing" and followup.vouched_for(text) and not emergency.danger_cue(text):
        # "tapi sepupu aku bilang aman kok, dia punya temen di sana": someone vouching for the
        # offer, not a relative reported missing (the answer ends with /contacts and /emergency)
        return False
    return None


def passed_on_offer(intent: Optional[str], text: str) -> bool:
    """Whether a lure the model read as a cry for help is a job offer passed on by a friend or
    relative ("my friend says: they give u a new phone there, leave your old one, flight paid"):
    the message opens with someone else's words, offers the writer a place or asks whether to take
    it, and holds no cry for help. The conditions such offers make sound like a held person's, but
    the writer is at home, asking about a job. Then the offer is checked (only a lure gets here)
    and the card stays one tap away."""
    return intent == "report_detained" and put_to_writer(text) and not emergency.is_emergency(text)


def _danger_words_key(found: Optional[Any]) -> str:
    """The card's offer beside words of danger: "I'm not sure I understood…" only where the
    model understood nothing (its fallback, or off-topic); after a real answer ("I got out, the
    company still has my passport, how do I get home?" gets the way home) it would contradict
    that answer, so the offer alone is added."""
    return "maybe_danger" if found is None or found.intent in NOT_UNDERSTOOD_INTENTS else "danger_words"


def put_to_writer(text: str) -> bool:
    """Whether a message passes on someone's offer to its writer: it opens with another person's
    words ("my friend says:", "我朋友说") and invites the writer ("want to come?", "mau ikut gak")."""
    return emergency.relayed(text) and offer_check.invites(text)


def _awaiting(user: dict[str, Any]) -> Optional[str]:
    """What the bot waits for from this user ("add:<CASE>", "ask:<CASE>"), if not expired."""
    waiting, since = user.get("awaiting"), user.get("awaiting_at")
    return waiting if waiting and since and time.time() - float(since) < AWAIT_SECONDS else None


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
    Every button it returns carries data signed by `codec`; every button pressed is
    decoded by it, so only buttons the bot made do anything.
    """

    def __init__(
        self,
        storage: Storage,
        backend: Optional[RasaBackend],
        codec: CallbackCodec,
        contacts: ContactBook,
        places: Optional[Gazetteer] = None,
        access: Optional[Access] = None,
        flood: Optional[FloodGuard] = None,
        cards: Optional[ContactsService] = None,
        cases: Optional[CasesService] = None,
    ) -> None:
        self.storage = storage
        self.backend = backend
        self.codec = codec
        self.contacts = contacts
        self.cards = cards or ContactsService(storage, contacts, places)
        self.places = self.cards.places
        self.access = access or Access(())
        self.cases = cases or CasesService(storage, self.access)
        self.notify: Notify = _log_notice  # the channel sets how notices reach other chats
        self.outbox_ready: Optional[Callable[[], None]] = None  # set by a channel that sends the outbox
        self.advisories_ready: Callable[[], None] = lambda: None  # wakes the channel's advisory sender
        self.advisories = AdvisoriesService(storage, self.access, self.cases.staff_language)
        self.desk = Desk(storage, self.access, self.advisories)
        self.flood = flood if flood is not None else FloodGuard(limit=20, window=30.0)
        # Who was just asked "stop the questions?": their next typed yes or no answers it. In
        # memory: after a restart a typed "yes" is read as usual (the buttons still work).
        self._asked_to_stop: set[str] = set()
        # user -> the nationality the last answer asked to confirm ("I showed the contacts for
        # Korean citizens. Is that your nationality?"): a typed "네" / "yes" answers it
        self._nationality_asked: dict[str, str] = {}
        # users whose last answer was the advisory countries' menu: a typed "done" closes it
        self._choosing_hosts: set[str] = set()
        self._greeted_in_form: dict[str, str] = {}  # user -> the greeting last answered inside a form

    @property
    def limited(self) -> bool:
        return self.backend is None

    @property
    def mode(self) -> str:
        """For the heartbeat: "limited" (no model), "loading" (answering, the model on its way) or "full"."""
        if self.backend is None:
            return "limited"
        return "loading" if getattr(self.backend, "loading", False) else "full"

    def is_urgent(self, text: Optional[str]) -> bool:
        """A cry for help or /emergency: answered at once, never queued or flood-limited."""
        text = (text or "").strip()
        command = read_command(text)
        if command is not None:
            return command.name == "emergency"
        return emergency.is_emergency(text[:MAX_INPUT_CHARS])

    def _urgent_button(self, data: str) -> bool:
        button = self.codec.decode(data)
        return button is not None and button.kind == "card" and button.value == "emergency"

    # -- public ---------------------------------------------------------------------
    async def handle(
        self,
        user_id: str,
        text: Optional[str],
        *,
        client_language: Optional[str] = None,
        from_button: bool = False,
        forwarded: bool = False,
        origin: Optional[str] = None,
    ) -> list[Reply]:
        """Answer one message (typed text, a command, a button's data, or a forwarded message).

        An empty list means the message was set aside by the flood limit (the user was told once)."""
        out: list[Reply] = []
        async for batch in self.replies(user_id, text, client_language=client_language,
                                        from_button=from_button, forwarded=forwarded, origin=origin):
            out.extend(batch)
        return out

    async def replies(
        self,
        user_id: str,
        text: Optional[str],
        *,
        client_language: Optional[str] = None,
        from_button: bool = False,
        forwarded: bool = False,
        origin: Optional[str] = None,
    ) -> AsyncIterator[list[Reply]]:
        """The answer in batches, as soon as each is ready: the emergency card is yielded
        before the model is asked anything, so a channel can send it at once."""
        user = self.storage.get_user(user_id) or {}
        if client_language and client_language != user.get("client_language"):
            user = self.storage.save_user(user_id, client_language=client_language)
        hints = _hints(user, client_language)
        text = (text or "").strip()
        urgent = self._urgent_button(text) if from_button else self.is_urgent(text)
        if not urgent:
            held = self._flooded(user_id, hints)
            if held is not None:
                yield held
                return
        guessed = self._nationality_asked.pop(user_id, None)
        choosing = user_id in self._choosing_hosts
        self._choosing_hosts.discard(user_id)
        if from_button:
            pressed = await self._button(user_id, text, hints)
            self._note_nationality_question(user_id, pressed)
            yield self._signed(pressed)
            return
        typed = yes_or_no(text) if guessed and not forwarded else None
        if typed is not None:
            language = self._remember(user_id, hints, "", from_text=False)
            yield self._signed(self._nationality_answer(user_id, guessed if typed else "menu", language))
            return
        if choosing and not forwarded and says_done(text):
            language = self._remember(user_id, hints, "", from_text=False)
            yield self._signed(self._subscription_button(user_id, "done", language))
            return
        awaiting = _awaiting(user)
        if awaiting and not urgent and not forwarded:
            command = read_command(text)
            if command is None or command.name == "cancel":
                # A staff member's advisory or question is written for others: it does not set their language.
                staff_text = awaiting.startswith(("advtext:", "advfix:", "advwd:", "ask:", "note:"))
                language = self._remember(user_id, hints, text, from_text=command is None and not staff_text)
                yield self._signed(await self._awaited(user_id, awaiting, language, text=None if command else text))
                return
        async for batch in self._message(user_id, text, hints, forwarded, origin):
            self._note_nationality_question(user_id, batch)
            yield self._signed(batch)

    def _remember_han_script(self, user_id: str, text: str) -> None:
        """Traditional or Simplified: a Traditional reader is asked Taiwan, Hong Kong or Malaysia too."""
        script = han_script(text)
        if script and script != (self.storage.get_user(user_id) or {}).get("han_script"):
            self.storage.save_user(user_id, han_script=script)

    def _note_nationality_question(self, user_id: str, batch: list[Reply]) -> None:
        """Remember the nationality a reply asks to confirm with one tap (`nat:<code>` beside
        `nat:menu`), so that the answer may be typed too; unless a yes/no question follows it
        ("shall I prepare a report?"): a typed yes is then that question's answer. Likewise the
        advisory countries' menu, closed by a typed "done"."""
        for reply in batch:
            payloads = [button.payload for button in reply.buttons]
            guesses = [p[4:] for p in payloads if p.startswith("nat:") and p != "nat:menu"]
            if "nat:menu" in payloads and len(guesses) == 1:
                self._nationality_asked[user_id] = guesses[0]
            elif any(p.startswith(("/affirm", "/deny")) for p in payloads):
                self._nationality_asked.pop(user_id, None)  # a later yes/no question is the one answered
            if "sub:done" in payloads:
                self._choosing_hosts.add(user_id)

    def _nationality_answer(self, user_id: str, value: str, language: str) -> list[Reply]:
        """A nationality confirmed (pressed or typed yes): saved, with its contacts; "menu" (another
        nationality, or a typed no): the list to choose from."""
        if value == "menu":
            return _replies(emergency.nationality_menu(language))
        self.storage.save_user(user_id, nationality=value, nationality_confirmed=1)
        saved = Reply(t("nationality_saved", language, country=country_name(value, language)))
        return [saved] + self._contacts_card(user_id, language)

    async def handle_other(self, user_id: str, kind: str, *, client_language: Optional[str] = None,
                           file_id: Optional[str] = None) -> list[Reply]:
        """Stickers, voice, photos, files. A photo goes where one was asked for (a relative's
        photo in the report, information added to a case: its Telegram file_id, never the
        bytes); inside a form anything else is asked again as text; else a kind answer."""
        user = self.storage.get_user(user_id) or {}
        hints = _hints(user, client_language)
        held = self._flooded(user_id, hints)
        if held is not None:
            return held
        language = self._remember(user_id, hints, "", from_text=False)
        awaiting = _awaiting(user)
        if awaiting and file_id and awaiting.startswith("add:"):
            return self._signed(await self._awaited(user_id, awaiting, language, photo=file_id))
        state = await self._active_form(user_id)
        if state is not None and state.requested_slot:
            if file_id and kind == "photo" and state.requested_slot == "missing_photo":
                answer = await self.backend.continue_form(  # type: ignore[union-attr]
                    user_id, language, {"missing_photo": f"photo:{file_id}"})
                return self._signed([Reply(t("photo_kept", language))] + _replies(answer))
            again = await self.backend.resume_form(user_id, language)  # type: ignore[union-attr]
            return self._signed([Reply(t("form_want_text", language))] + _replies(again))
        return [Reply(t("non_text", language))]

    async def handle_location(self, user_id: str, latitude: float, longitude: float, *,
                              client_language: Optional[str] = None) -> list[Reply]:
        """A shared location pin: the country it is in (offline, hubs first), then its numbers.
        Never flood-limited: someone sharing where they are may be in danger."""
        hints = _hints(self.storage.get_user(user_id) or {}, client_language)
        language = self._remember(user_id, hints, "", from_text=False)
        replies = _replies(self.cards.pin(user_id, language, latitude, longitude))
        state = await self._active_form(user_id)
        if state is not None and state.requested_slot == "detained_place":
            # The report asked where they are: the pin answers it (kept as coordinates for the police).
            user = self.storage.get_user(user_id) or {}
            place = user.get("place") or country_name(user.get("host_country"), "en") or f"{latitude:.5f}, {longitude:.5f}"
            try:
                replies += _replies(await self.backend.continue_form(  # type: ignore[union-attr]
                    user_id, language, {"detained_place": place, "detained_gps": f"{latitude},{longitude}"}))
            except Exception:
                logger.exception("Could not put a pin into the report of %s", user_id)
        return self._signed(replies)

    def language_of(self, user_id: str, client_language: Optional[str] = None) -> str:
        user = self.storage.get_user(user_id) or {}
        return lang_mod.choose(
            "",
            lang_mod.LanguageHints(current=user.get("language"), client=client_language or user.get("client_language")),
            from_text=False,
        )

    # -- internals ------------------------------------------------------------------
    def _flooded(self, user_id: str, hints: lang_mod.LanguageHints) -> Optional[list[Reply]]:
        """None when the message may pass; else the one notice of this flood, or nothing."""
        admitted, tell = self.flood.admit(user_id)
        if admitted:
            return None
        logger.info("Flood limit: a message of %s set aside", user_id)
        return [Reply(t("flood", lang_mod.choose("", hints, from_text=False)))] if tell else []

    def _signed(self, replies: list[Reply]) -> list[Reply]:
        """Replies whose buttons carry signed data; a button that is not ours is dropped (and logged)."""
        out = []
        for reply in replies:
            buttons = []
            for button in reply.buttons:
                try:
                    buttons.append(Button(button.title, self.codec.sign(button.payload)))
                except ValueError:
                    logger.error("A button with a payload we do not accept back was dropped: %r", button.payload)
            out.append(Reply(reply.text, buttons))
        return out

    async def _message(
        self, user_id: str, text: str, hints: lang_mod.LanguageHints, forwarded: bool, origin: Optional[str] = None
    ) -> AsyncIterator[list[Reply]]:
        command = None if forwarded else read_command(text)
        if command is not None:
            yield await self._command(user_id, command, hints)
            return
        if not text:
            yield [Reply(t("empty_message", self._remember(user_id, hints, "", from_text=False)))]
            return
        if not _HAS_WORD.search(text):
            yield [Reply(t("emoji_only", self._remember(user_id, hints, "", from_text=False)))]
            return
        notes: list[Reply] = []
        # A forwarded message is someone else's writing: it says nothing about the user's language.
        language = lang_mod.choose(text[:MAX_INPUT_CHARS], hints, from_text=not forwarded)
        current = lang_mod.normalise(hints.current)
        if current and language != current and await self._answer_in_form(user_id, text):
            language = current  # "Budi Santoso" typed as a name is no sign of the user's language
        if language != hints.current:
            self.storage.save_user(user_id, language=language)
        if language == "zh" and not forwarded:
            self._remember_han_script(user_id, text)
        whole = text[:MAX_ANSWER_CHARS]  # a pasted ad as a report's answer: kept longer than the model reads
        if len(text) > MAX_INPUT_CHARS:
            notes.append(Reply(t("truncated", language, limit=MAX_INPUT_CHARS)))
            text = text[:MAX_INPUT_CHARS]
        urgent, said_in = emergency.emergency_language(text)
        if urgent:
            if said_in and said_in != language and (said_in != "en" or not hints.current):
                # "tolong" is too short for langdetect, but it is Indonesian.
                language = said_in
                self.storage.save_user(user_id, language=language)
            yield self._emergency_card(user_id, language, text) + notes
            more = await self._after_card(user_id, text, language)
            if more:
                yield more
            return
        if forwarded:
            checked = self._verify_forwarded(text, language, origin)
            if checked is not None:
                yield checked + notes
                return
        if forwarded or len(text) > 200:
            # A pasted or forwarded ad where the report asked for one is the answer, not an offer to check.
            state = await self._active_form(user_id)
            if state is not None and state.requested_slot in LONG_ANSWER_SLOTS:
                answer = await self.backend.continue_form(  # type: ignore[union-attr]
                    user_id, language, {state.requested_slot: whole})
                yield _replies(answer) or [Reply(t("no_answer", language))]
                return
        offer = await self._offer_answer(user_id, text, language, forwarded=forwarded)
        if offer is not None:
            if not forwarded and emergency.danger_cue(text) and not _offers_card(offer, language):
                offer = offer + self._card_offer(user_id, language)  # an offer told by someone who may be held now
            yield offer + notes
            return
        if not forwarded and user_id in self._asked_to_stop:
            self._asked_to_stop.discard(user_id)
            # "yes" typed under "stop the questions?" is that answer, not the next form answer
            typed = yes_or_no(text)
            if typed is not None:
                yield await self._form_button(user_id, "stop" if typed else "keep", language)
                return
        if not forwarded and says_cancel(text):
            leaving = await self._leave_form(user_id, language)
            if leaving is not None:
                yield leaving
                return
        if not forwarded:
            hello = await self._hello_in_form(user_id, text, language)
            if hello is not None:
                yield hello
                return
            place = await self._place_answer(user_id, text, language)
            if place is not None:
                yield place + notes
                return
        if text.startswith("/"):
            # A forwarded text that starts with "/" is still never read as an intent payload.
            text = text.lstrip("/").strip() or text
        in_form = not forwarded and await self._active_form(user_id) is not None
        known = self._whereabouts(user_id)
        replies = await self._ask_rasa(user_id, text, language)
        if not forwarded:
            self._settle_place(user_id, text, known)  # "we were taken across to Myawaddy": the next card is Myanmar's
        about_check = None if forwarded or in_form else self._asks_about_last_check(user_id, text)
        with_card = about_check is not None and about_check[1]
        if about_check is not None and (not with_card or _offers_card(replies, language)):
            # "ur saying dont go at all?" or "그럼 가도 되는 거죠?" minutes after an offer check: a
            # question about that offer, which the model read as someone held (the card stays one
            # tap away, and the report it opened is closed) or as a question on travel safety
            last, user = about_check[0], self.storage.get_user(user_id)
            replies = [Reply(followup.reply(self.storage, user_id, last, language, offer_check.citizen_of(user, language)))]
            if with_card:
                replies += self._card_offer(user_id, language)
            if await self._active_form(user_id) is not None:
                await self.backend.cancel_form(user_id)  # type: ignore[union-attr]
        elif not forwarded and not in_form and self._doubtful_card(user_id, text) and _offers_card(replies, language):
            replies = self._card_offer(user_id, language)
            # the model's card came with the held person's report (its first question withheld
            # here): leave it, or the next message, whatever it says, would answer that question
            if await self._active_form(user_id) is not None:
                await self.backend.cancel_form(user_id)  # type: ignore[union-attr]
        if not forwarded and self.backend is not None and not _offers_card(replies, language):
            # Words of someone held or threatened, whatever the model made of them; or another
            # reading the model chose while finding it likely that the writer is held: offer the card.
            found = self._reading(user_id)
            key = (_danger_words_key(found) if emergency.danger_cue(text) and not await self._in_report(user_id, in_form)
                   else "danger_check" if not in_form and self._unsure_of_danger(user_id) else None)
            if (not in_form and found is not None and found.intent == "report_missing"
                    and await self._active_form(user_id) is not None):
                # a family's report just started: their relative may be held right now ("mum they
                # lock us in at night", or words no list of cues holds: "they will hurt me", "被转了
                #三手"), so the card is one tap away before the report's first question
                replies = self._card_offer(user_id, language, "relative_danger") + replies
            elif key is not None:
                replies += self._card_offer(user_id, language, key)
        yield replies + notes

    async def _place_answer(self, user_id: str, text: str, language: str) -> Optional[list[Reply]]:
        """A place named alone while a report asks where: that answer, not the travel warnings the
        model's reading (ask_travel_advisory) would bring, with the question asked again."""
        if self.places.only_place(text) is None:
            return None
        state = await self._active_form(user_id)
        if state is None or state.requested_slot not in PLACE_SLOTS:
            return None
        answer = await self.backend.continue_form(user_id, language, {state.requested_slot: text})  # type: ignore[union-attr]
        return _replies(answer) or [Reply(t("no_answer", language))]

    def _whereabouts(self, user_id: str) -> tuple[Optional[str], Optional[str]]:
        user = self.storage.get_user(user_id) or {}
        return user.get("host_country"), user.get("place")

    def _settle_place(self, user_id: str, text: str, known: tuple[Optional[str], Optional[str]]) -> None:
        """Keep the country this message says the writer is in (the model's actions may have kept
        it already), unless it was only asked about: "is the golden triangle in laos ok?" read as a
        question on travel, an offer or an agency; or, where the writer's country is known, a
        question read doubtfully. A place named alone ("시하눅빌") and words of danger ("they moved
        us to Myawaddy, is it safe there?") always count."""
        found = self._reading(user_id)
        says_where = found is None or emergency.danger_cue(text) or self.places.only_place(text) is not None
        if says_where or not _only_asks_about_a_place(found, text, country_known=known[0] is not None):
            self.cards.remember_place(user_id, text)
        elif self._whereabouts(user_id) != known:
            self.storage.save_user(user_id, host_country=known[0], place=known[1])

    def _reading(self, user_id: str) -> Optional[Any]:
        """What the model made of this user's last message (a `Reading`), if the backend says."""
        reading = getattr(self.backend, "reading", None)
        return reading(user_id) if reading is not None else None

    def _doubtful_card(self, user_id: str, text: str) -> bool:
        """Whether the model gave the card on a doubtful reading (see DOUBTFUL_DETAINED)."""
        found = self._reading(user_id)
        return (found is not None and found.intent == "report_detained" and found.detained < DOUBTFUL_DETAINED
                and not emergency.danger_cue(text))

    def _asks_about_last_check(self, user_id: str, text: str) -> Optional[tuple[followup.LastCheck, bool]]:
        """The verdict of an offer checked minutes ago, and whether the card stays one tap away,
        when the model's reading of this message makes it a question about that offer."""
        found = self._reading(user_id)
        if found is None:
            return None
        with_card = about_last_check(found.intent, found.detained, text, self.places.host_in(text) is not None)
        if with_card is None:
            return None
        last = followup.recall(self.storage.get_user(user_id), max_age=followup.JUST_CHECKED_SECONDS)
        return (last, with_card) if last is not None else None

    def _unsure_of_danger(self, user_id: str) -> bool:
        """Whether the model, reading another intent, still gave `report_detained` at least
        `UNSURE_DETAINED`: when unsure, the card is offered (one tap), never withheld."""
        found = self._reading(user_id)
        return found is not None and found.intent != "report_detained" and found.detained >= UNSURE_DETAINED

    async def _offer_answer(self, user_id: str, text: str, language: str, *, forwarded: bool) -> Optional[list[Reply]]:
        """A forwarded message, or a long paste that reads like a recruiter's ad, is checked at once.

        Other texts go to the model, whose `check_job_offer` intent runs the same check; a
        long paste the model reads as a family's report or a plea stays with the model.
        Without the model (limited mode), a text with two red flags or more is checked here,
        and the limited-mode notice follows, in case it was not an offer at all.
        """
        if (not forwarded and self.backend is not None and len(text) < offer_check.MIN_OFFER_CHARS
                and not put_to_writer(text)):
            return None  # a short message is the model's to read (its check_job_offer runs the same check),
            # unless it passes on a friend's offer ("我朋友说：…你要不要来": Chinese says much in few characters)
        user = self.storage.get_user(user_id)
        analysis = offer_check.analyse_for(text, language, user)  # a few ms; the answer is written only if needed

        def answer() -> Reply:
            followup.remember(self.storage, user_id, analysis)  # for "so I shouldn't go?" next
            # after the card an ad is evidence to keep, unless a friend's offer is put to the writer
            evidence = offer_check.after_card(user) and not put_to_writer(text)
            return Reply(offer_check.answer(analysis, language, user, self.storage.db, evidence=evidence))

        if not forwarded and self.backend is not None and len(text) < offer_check.LONG_PASTE_CHARS:
            # A recruiter's few lines ("at immigration just say you're visiting a friend, our
            # driver meets you"), which the model may read as a way home: checked when the checker
            # finds them a lure, unless the model reads someone in danger or a family's report
            # (the card and the questions come first), or someone asking the way home with no
            # instruction to deceive in the text ("I got out, the company still has my passport,
            # how do I get home?"), or a report's answer is awaited.
            if analysis.risk != "high" or await self._active_form(user_id) is not None:
                return None
            try:
                intent = ((await self.backend.parse(text)).get("intent") or {}).get("name")
            except Exception:
                logger.exception("Rasa could not parse a message from %s", user_id)
                return None
            if passed_on_offer(intent, text):
                return [answer()] + self._card_offer(user_id, language)
            if intent in NOT_AN_OFFER_INTENTS and not (intent == "ask_repatriation" and analysis.instructed):
                return None
            return [answer()]

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
            if analysis.risk == "high" and passed_on_offer(intent, text):
                return [answer()] + self._card_offer(user_id, language)
            if intent not in NOT_AN_OFFER_INTENTS:
                return [answer()]
        return None

    async def _in_report(self, user_id: str, in_form: bool) -> bool:
        """Whether this message answered a question of a report of someone held or missing: those
        reports start beside the card (given, or one tap away), so words of danger in an answer
        ("a compound near Bavet, the boss took his passport") are the answer, not a doubt."""
        if not in_form:
            return False
        state = await self._active_form(user_id)
        return state is None or state.name in REPORT_FORMS

    def _card_offer(self, user_id: str, language: str, key: str = "danger_check") -> list[Reply]:
        """"If you yourself are held now, tap here" (or another text `key`): the card one tap away."""
        _, host = self.cards.where(user_id)
        return _replies([{"text": t(key, language), "buttons": emergency.card_offer(host, language)}])

    async def _active_form(self, user_id: str) -> Optional[FormState]:
        if self.backend is None:
            return None
        try:
            return await self.backend.active_form(user_id)
        except Exception:
            logger.exception("Could not read the form state of %s", user_id)
            return None

    async def _leave_form(self, user_id: str, language: str) -> Optional[list[Reply]]:
        """"never mind" inside a form: leave it (asking first when much was answered); None
        when no form is open (then "stop" is whatever the model makes of it)."""
        state = await self._active_form(user_id)
        if state is None:
            return None
        if state.filled >= 2:
            self._asked_to_stop.add(user_id)
            return [Reply(t("form_cancel_confirm", language), [
                Button(t("btn_form_stop", language), "form:stop"), Button(t("btn_form_keep", language), "form:keep"),
            ])]
        await self.backend.cancel_form(user_id)  # type: ignore[union-attr]
        return [Reply(t("form_cancelled", language))]

    async def _hello_in_form(self, user_id: str, text: str, language: str) -> Optional[list[Reply]]:
        """"hi again" inside a report (after a pause, a restart), or "thank you": answer it and ask
        the question again; never store it as the answer ("thank you" was stored as the name).
        The same word typed twice in a row is the answer ("Hai" is a name too)."""
        said = text.strip().casefold()
        before = self._greeted_in_form.pop(user_id, None)
        hello, thanks = says_only_hello(said), says_only_thanks(said)
        if not (hello or thanks) or said == before:
            return None
        if await self._active_form(user_id) is None:
            return None
        self._greeted_in_form[user_id] = said
        asked = _replies(await self.backend.resume_form(user_id, language))  # type: ignore[union-attr]
        return [Reply(t("form_hello_again" if hello else "form_thanks_in_report", language))] + asked

    async def _form_button(self, user_id: str, value: str, language: str) -> list[Reply]:
        """stop / keep / skip / back, pressed or typed."""
        if self.backend is None:
            return [Reply(t("expired_button", language))]
        if value == "stop":
            await self.backend.cancel_form(user_id)
            return [Reply(t("form_cancelled", language))]
        if value in ("skip", "back"):
            return await self._skip_or_back(user_id, value, language)
        return _replies(await self.backend.resume_form(user_id, language)) or [Reply(t("no_answer", language))]

    async def _skip_or_back(self, user_id: str, which: str, language: str) -> list[Reply]:
        """"Skip" leaves an optional question empty; "back" asks the one before again."""
        state = await self._active_form(user_id)
        if state is None or not state.requested_slot or state.requested_slot not in state.slots:
            return [Reply(t("expired_button", language))]
        slot = state.requested_slot
        backend = self.backend
        assert backend is not None
        if which == "skip":
            if slot not in OPTIONAL:
                return [Reply(t("form_not_optional", language))] + _replies(await backend.resume_form(user_id, language))
            return _replies(await backend.continue_form(user_id, language, {slot: SKIPPED}))
        index = state.slots.index(slot)
        if index == 0:
            return [Reply(t("form_no_back", language))] + _replies(await backend.resume_form(user_id, language))
        return _replies(await backend.continue_form(user_id, language, {state.slots[index - 1]: None}))

    # -- advisories -------------------------------------------------------------------------
    async def _advisory_button(self, user_id: str, button: Callback, language: str) -> list[Reply]:
        actor = self.access.actor(user_id)
        if not actor.is_staff:
            return [Reply(t("staff_only", language))]
        advisory_id = int(button.entities["advisory"])
        try:
            if button.value in ("host", "nat"):
                head, buttons = self.desk.audience(actor, advisory_id, button.value, button.entities["value"], language)
                return [Reply(head, [Button(title, payload) for title, payload in buttons])]
            if button.value == "cancel":
                self.advisories.cancel(actor, advisory_id)
                return [Reply(t("adv_cancelled", language))]
            outcome = self.desk.send(actor, advisory_id) if button.value == "send" else self.desk.approve(actor, advisory_id)
        except Refused as refused:
            return [Reply(str(refused))]
        if not outcome.sending:
            await self._send(outcome.notices)
            return [Reply(t("adv_needs_approval", language, limit=1000))]
        self.advisories_ready()
        return [Reply(t("adv_sending", language, code=outcome.advisory.code, count=outcome.count))]

    def _subscription_button(self, user_id: str, value: str, language: str) -> list[Reply]:
        """Toggle a host country of the user's advisories; "done" saves and says which."""
        user = self.storage.get_user(user_id) or {}
        hosts = set(json.loads(user.get("alert_hosts") or "[]"))
        if value == "done":
            self.storage.save_user(user_id, subscribed=1, blocked_at=None, alert_hosts=json.dumps(sorted(hosts)) if hosts else None)
            names = ", ".join(country_name(h, language) for h in sorted(hosts)) or t("subscribe_all_countries", language)
            return [Reply(t("subscribe_saved", language, countries=names))]
        hosts ^= {value}
        self.storage.save_user(user_id, subscribed=1, alert_hosts=json.dumps(sorted(hosts)))
        return _replies([subscription_menu(sorted(hosts), language)])

    def _verify(self, text: str, language: str) -> list[Reply]:
        if not text.strip():
            return [Reply(t("verify_how", language))]
        verdict = verify.check(self.storage.db.conn, text)
        return [self._verdict(verdict, language)]

    def _verdict(self, verdict: verify.Verdict, language: str) -> Reply:
        warning = t("verify_money_warning", language)
        if verdict.genuine:
            return Reply(t("verify_genuine", language, code=verdict.code, date=(verdict.sent_at or "")[:10],
                           text=verdict.text) + "\n\n" + warning)
        if verdict.code:
            return Reply(t("verify_unknown_code", language, code=verdict.code) + "\n\n" + warning)
        return Reply(t("verify_no_match", language) + "\n\n" + warning)

    def _verify_forwarded(self, text: str, language: str, origin: Optional[str]) -> Optional[list[Reply]]:
        """A forwarded message that claims to come from the embassy (or carries a code) is
        checked; one forwarded from this bot or an official channel is recognised as such."""
        if origin == "bot":
            verdict = verify.check(self.storage.db.conn, text)
            head = Reply(t("verify_from_this_bot", language))
            return [head, self._verdict(verdict, language)] if verdict.code else [head]
        if origin == "official":
            return [Reply(t("verify_from_official_channel", language))]
        if verify.CODE.search(text) or verify.CLAIMS_OFFICIAL.search(text):
            return [self._verdict(verify.check(self.storage.db.conn, text), language)]
        return None

    def _recent_advisories(self, user_id: str, language: str) -> list[Reply]:
        user = self.storage.get_user(user_id) or {}
        recent = advisories_store.recent_for(self.storage.db.conn, user)
        if not recent:
            return [Reply(t("advisories_none", language))]
        from bot.advisories.sender import render

        return [Reply(t("advisories_recent", language))] + [Reply(render(a, language)) for a in recent[:3]]

    # -- cases ----------------------------------------------------------------------------
    async def _send(self, notices: list[Notice]) -> None:
        """Notices for other chats. With a channel that has an outbox sender (`outbox_ready`),
        they are committed to the outbox and the reply to the user is not held up by them; a
        crash before they go out delays them, never loses them."""
        if self.outbox_ready is not None and notices:
            self.cases.queue(notices)
            self.outbox_ready()
            return
        for notice in notices:
            try:
                await self.notify(self.signed_notice(notice))
            except Exception:
                logger.exception("A notice for %s could not be delivered", notice.target)

    def signed_notice(self, notice: Notice) -> Notice:
        buttons = [{"title": b["title"], "payload": self.codec.sign(b["payload"])} for b in notice.buttons]
        return Notice(notice.target, notice.text, buttons, notice.silent, notice.mission)

    async def _case_button(self, user_id: str, button: Callback, language: str) -> list[Reply]:
        actor = self.access.actor(user_id)
        if button.value in ("send", "drop"):
            token = button.entities["draft"]
            if button.value == "drop":
                self.cases.drop(actor, token)
                return [Reply(t("case_not_sent", language))]
            done = self.cases.confirm(actor, token)
            if done is None:
                return [Reply(t("expired_button", language))]
            case, _, notices = done
            await self._send(notices)
            if case.kind == "recruiter":
                return [Reply(t("recruiter_received", language, code=case.code, count=self.cases.reported_count(case)))]
            return [Reply(t("case_received", language, code=case.code))]
        code = button.entities["case_code"]
        if button.value == "show":
            return self._staff_details(user_id, code, language)
        if button.value == "add":
            if self.cases.own_case(actor, code) is None:
                return [Reply(t("expired_button", language))]
            self.storage.save_user(user_id, awaiting=f"add:{code}", awaiting_at=time.time())
            return [Reply(t("case_add_prompt", language, code=code))]
        if button.value == "safe":
            done = self.cases.mark_safe(actor, code)
            if done is None:
                return [Reply(t("expired_button", language))]
            await self._send(done[1])
            return [Reply(t("case_safe_noted", language, code=code))]
        if button.value == "ask":
            if not self.access.allows(actor, "cases.update"):
                return [Reply(t("staff_only", language))]
            self.storage.save_user(user_id, awaiting=f"ask:{code}", awaiting_at=time.time())
            return [Reply(t("staff_ask_prompt", language, code=code))]
        if button.value == "assign":
            taken = self.cases.assign(actor, code)
            return [Reply(t("staff_assigned", language, code=code) if taken else t("staff_only", language))]
        if button.value == "note":
            if not self.access.allows(actor, "cases.update"):
                return [Reply(t("staff_only", language))]
            self.storage.save_user(user_id, awaiting=f"note:{code}", awaiting_at=time.time())
            return [Reply(t("staff_note_prompt", language, code=code))]
        changed = self.cases.set_status(actor, code, STAFF_ACTIONS[button.value])
        if changed is None:
            return [Reply(t("staff_only", language) if not actor.is_staff else t("staff_no_case", language))]
        case, notices = changed
        await self._send(notices)
        return [Reply(t("staff_case_changed", language, code=case.code, status=t(f"status_{case.status}", language)))]

    def _staff_details(self, user_id: str, code: str, language: str) -> list[Reply]:
        actor = self.access.actor(user_id)
        found = self.cases.read(actor, code)
        if found is None:
            return [Reply(t("staff_only", language) if not actor.is_staff else t("staff_no_case", language))]
        case, events = found
        lines = [f"{case.code} · {case.kind} · {t(f'status_{case.status}', language)}",
                 f"reporter language: {case.reporter_language}; host: {case.host_country or '?'}; "
                 f"nationality: {case.nationality or '?'}"]
        lines += answer_lines(case.answers, language)
        lines += [f"{e['at']} {e['kind']} {e['actor']} {e['detail'] or ''}".rstrip() for e in events]
        return [Reply("\n".join(lines), [Button(t(f"btn_case_{a}", language), f"case:{a}:{case.code}")
                                          for a in STAFF_ACTIONS if a != "show"])]

    async def _awaited(self, user_id: str, awaiting: str, language: str, *, text: Optional[str] = None,
                       photo: Optional[str] = None) -> list[Reply]:
        """The text (or photo) the user was asked for: information for their case, or a staff
        question for a reporter. Nothing (/cancel): nothing is added."""
        self.storage.save_user(user_id, awaiting=None, awaiting_at=None)
        kind, _, code = awaiting.partition(":")
        if not (text or photo):
            return [Reply(t("add_cancelled", language))]
        actor = self.access.actor(user_id)
        if kind in ("advtext", "advfix", "advwd"):
            if not text:
                return [Reply(t("form_want_text", language))]
            try:
                if kind == "advtext":
                    head, buttons = self.desk.written(actor, text, language)
                else:
                    head, buttons = self.desk.follow_up(actor, code, text, language, withdraw=kind == "advwd")
            except Refused as refused:
                return [Reply(str(refused))]
            return [Reply(head, [Button(title, payload) for title, payload in buttons])]
        if kind == "add":
            done = self.cases.add_info(actor, code, text=text, photo=photo)
            if done is None:
                return [Reply(t("expired_button", language))]
            await self._send(done[1])
            return [Reply(t("case_added", language, code=code))]
        if not text:
            return [Reply(t("form_want_text", language))]
        if kind == "note":
            noted = self.cases.note(actor, code, text)
            return [Reply(t("staff_noted", language, code=code) if noted else t("staff_only", language))]
        done = self.cases.ask_reporter(actor, code, text)
        if done is None:
            return [Reply(t("staff_only", language))]
        await self._send(done[1])
        return [Reply(t("staff_question_sent", language, code=code))]

    def _staff_cases(self, user_id: str, lang: str) -> list[Reply]:
        """/cases, in the staff member's own language (as /stats and a case's details)."""
        listed = self.cases.open_list(self.access.actor(user_id))
        if listed is None:
            return [Reply(t("staff_only", lang))]
        if not listed:
            return [Reply(t("staff_no_open_cases", lang))]
        lines = [t("staff_open_cases", lang, count=len(listed))]
        for place, cases in grouped(listed):
            if place and len(cases) > 1:  # several cases name one place: one raid may free them all
                lines.append("")
                lines.append(t("staff_same_place", lang, place=place, count=len(cases)))
            elif len(lines) > 1 and lines[-1] and not lines[-1].startswith("CASE-"):
                lines.append("")
            lines += [f"{c.code} · {c.kind} · {c.host_country or '?'} · {t(f'status_{c.status}', lang)} · {c.created_at}"
                      for c in cases]
        # One tap to a case's details, where it is assigned, noted and moved on.
        shown = [c for _, cases in grouped(listed) for c in cases][:8]
        return [Reply("\n".join(lines), [Button(f"▸ {c.code}", f"case:show:{c.code}") for c in shown])]

    async def _staff_case(self, user_id: str, args: str, lang: str) -> list[Reply]:
        code = case_code(args)
        if code is None:
            return [Reply(t("case_code_invalid", lang))]
        return self._staff_details(user_id, code, lang)

    async def _answer_in_form(self, user_id: str, text: str) -> bool:
        """A short Latin-script message (under six words) while a form asks something: a name, a
        place, a contact as an answer; the form state is read only when the language would change."""
        if lang_mod.script_language(text) or len(re.findall(r"[^\W\d_]+", text)) >= 6:
            return False
        return await self._active_form(user_id) is not None

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
    def _emergency_card(self, user_id: str, language: str, text: str = "", *, host: Optional[str] = None,
                        full: bool = False) -> list[Reply]:
        return _replies(self.cards.emergency(user_id, language, text, host=host, full=full))

    def _contacts_card(self, user_id: str, language: str, text: str = "", *, host: Optional[str] = None) -> list[Reply]:
        return _replies(self.cards.contacts(user_id, language, text, host=host))

    async def _after_card(self, user_id: str, text: str, language: str) -> list[Reply]:
        """After the card (already on its way): the model's answer, if it reads more into the message."""
        if self.backend is None:
            return []
        try:
            intent = ((await self.backend.parse(text)).get("intent") or {}).get("name")
        except Exception:
            logger.exception("Rasa could not parse an emergency message from %s", user_id)
            return []
        if intent in AFTER_CARD_INTENTS:
            return await self._ask_rasa(user_id, text, language)
        if intent == "report_detained" and emergency.relayed(text):
            # "my nephew sent this: 'they won't let me leave, don't call the police'": the relative's
            # words, read by the model as the writer's own; the writer is their family, whose report
            # follows the card (the intent as a payload: the model would read the text the same way)
            return await self._ask_rasa(user_id, "/report_missing", language)
        # report_detained: the card already carries the button that starts the report. Starting
        # it here cost a second Rasa turn per cry for help, which under load delayed other
        # people's cards (bench/load.py: emergency p95 103 → 228 ms).
        return []

    async def _command(self, user_id: str, command: Command, hints: lang_mod.LanguageHints) -> list[Reply]:
        name, args = command.name, command.args
        # "/check <offer>" carries a recruiter's words, not the user's: they don't pick the language.
        language = self._remember(user_id, hints, args, from_text=bool(args) and name not in ("check", "verify", "status", ""))
        if not name:
            return [Reply(t("unknown_command", language))]
        permission = STAFF_COMMANDS.get(name)
        if permission and not self.access.allows(self.access.actor(user_id), permission):
            return [Reply(t("staff_only", language))]
        if name == "discreet":
            current = (self.storage.get_user(user_id) or {}).get("discreet_minutes")
            head = t("discreet_on", language, minutes=current) if current else t("discreet_menu", language)
            choices = [Button(t("btn_minutes", language, minutes=m), f"discreet:{m}") for m in DISCREET_MINUTES]
            return [Reply(head, choices + ([Button(t("btn_discreet_off", language), "discreet:off")] if current else []))]
        if name == "wipe":
            return [Reply(t("wipe_confirm", language), [Button(t("btn_wipe_yes", language), "wipe:yes"),
                                                         Button(t("btn_wipe_no", language), "wipe:no")])]
        if name == "verify":
            return self._verify(args, language)
        if name == "advisories":
            return self._recent_advisories(user_id, language)
        if name == "advisory":
            # "/advisory", or "/advisory correct ADV-…" / "/advisory withdraw ADV-…" for one already sent
            words = args.split()
            follow = {"correct": "advfix", "withdraw": "advwd"}.get(words[0].lower() if words else "")
            if follow and len(words) == 2 and verify.CODE.fullmatch(words[1].upper()):
                self.storage.save_user(user_id, awaiting=f"{follow}:{words[1].upper()}", awaiting_at=time.time())
            else:
                self.storage.save_user(user_id, awaiting="advtext:", awaiting_at=time.time())
            return [Reply(t("adv_write", language))]
        if name == "staff":
            return [Reply(self.desk.staff(self.access.actor(user_id), args, language))]
        if name == "stats":
            return [Reply(self.desk.stats(self.access.actor(user_id), language))]
        if name == "report":
            return [Reply(t("report_menu", language), [
                Button(t("btn_report_detained", language), "/report_detained"),
                Button(t("btn_report_missing", language), "/report_missing"),
                Button(t("btn_report_recruiter", language), "/report_recruiter"),
            ])]
        if name == "cancel":
            return await self._leave_form(user_id, language) or [Reply(t("nothing_to_cancel", language))]
        if name == "cases":
            return self._staff_cases(user_id, language)
        if name == "case":
            return await self._staff_case(user_id, args, language)
        if name == "language":
            return [Reply(t("choose_language", language), _buttons(language_menu()))]
        if name == "delete":
            own = self.cases.own_cases(self.access.actor(user_id))
            note = "\n\n" + t("delete_cases_note", language, codes=", ".join(c.code for c in own)) if own else ""
            return [
                Reply(
                    t("delete_confirm", language) + note,
                    [Button(t("delete_yes", language), "delete:yes"), Button(t("delete_no", language), "delete:no")],
                )
            ]
        if name == "emergency":
            return self._emergency_card(user_id, language, args)
        if name == "contacts":
            return self._contacts_card(user_id, language, args)
        intent = INTENT_COMMANDS.get(name)
        if intent is None:
            return [Reply(t("unknown_command", language))]
        if name in FORM_ENDING_COMMANDS and await self._active_form(user_id) is not None:
            # A command is a new start: the open form ends (/emergency, /contacts, /help only pause it).
            await self.backend.cancel_form(user_id)  # type: ignore[union-attr]
            return [Reply(t("form_stopped_for_command", language))] + await self._command(
                user_id, Command(name, args), lang_mod.LanguageHints(explicit=language))
        if args and name == "status":
            # "/status CASE-2026-00042": the code is the entity, whatever NLU would make of it.
            code = case_code(args)
            if code is None:
                return [Reply(t("case_code_invalid", language))]
            return await self._ask_rasa(user_id, f"/{intent}" + json.dumps({"case_code": code}), language)
        if args and name == "check":
            # "/check <offer text>" carries the offer itself: check it, whatever the model would say.
            analysis, answer = offer_check.check(args[:MAX_INPUT_CHARS], language, self.storage.get_user(user_id), self.storage.db)
            followup.remember(self.storage, user_id, analysis)
            return [Reply(answer)]
        return await self._ask_rasa(user_id, f"/{intent}", language)

    async def _button(self, user_id: str, data: str, hints: lang_mod.LanguageHints) -> list[Reply]:
        language = self._remember(user_id, hints, "", from_text=False)
        button = self.codec.decode(data)
        if button is None:
            logger.warning("Refused button data from %s: %r", user_id, data[:80])
            if self.backend is None:
                return [Reply(t("expired_button", language))] + self._limited_notice(language)
            return [Reply(t("expired_button", language))] + await self._ask_rasa(user_id, "/help", language)
        return await self._pressed(user_id, button, language)

    async def _pressed(self, user_id: str, button: Callback, language: str) -> list[Reply]:
        if button.kind == "lang":
            self.storage.save_user(user_id, language=button.value, language_explicit=1)
            return [Reply(t("language_changed", button.value))]
        if button.kind == "delete":
            if button.value == "no":
                return [Reply(t("delete_cancelled", language))]
            self.storage.delete_user(user_id)
            if self.backend is not None:
                try:
                    await self.backend.forget(user_id)
                except Exception:
                    logger.exception("Could not reset the conversation of %s", user_id)
            return [Reply(t("delete_done", language))]
        if button.kind == "card":
            if button.value == "emergency":
                return self._emergency_card(user_id, language, host=button.entities["country"], full=True)
            return self._contacts_card(user_id, language, host=button.entities["country"])
        if button.kind == "form":
            self._asked_to_stop.discard(user_id)
            return await self._form_button(user_id, button.value, language)
        if button.kind == "case":
            return await self._case_button(user_id, button, language)
        if button.kind == "adv":
            return await self._advisory_button(user_id, button, language)
        if button.kind == "sub":
            return self._subscription_button(user_id, button.value, language)
        if button.kind == "discreet":
            if button.value == "off":
                self.storage.save_user(user_id, discreet_minutes=None)
                messages.unschedule(self.storage.db.conn, user_id)
                return [Reply(t("discreet_off", language))]
            minutes = int(button.value)
            self.storage.save_user(user_id, discreet_minutes=minutes)
            messages.schedule_all(self.storage.db.conn, user_id, time.time() + minutes * 60)
            return [Reply(t("discreet_on", language, minutes=minutes))]
        if button.kind == "wipe":
            if button.value == "no":
                return [Reply(t("delete_cancelled", language))]
            messages.schedule_all(self.storage.db.conn, user_id, time.time())
            if self.backend is not None:
                try:
                    await self.backend.forget(user_id)
                except Exception:
                    logger.exception("Could not forget the conversation of %s", user_id)
            return [Reply(t("wipe_done", language))]
        if button.kind == "nat":
            return self._nationality_answer(user_id, button.value, language)
        return await self._ask_rasa(user_id, button.rasa_payload, language)
