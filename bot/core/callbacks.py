"""One codec for every button's data: what our buttons carry, and proof that we made them.

Telegram returns a button's `callback_data` as the client sends it, and a modified client
can send anything. Every payload the bot puts on a button is therefore signed (a short
HMAC) and checked here before anything acts on it: a payload we did not sign, or one whose
kind or values we do not know, is refused. Typed text never reaches this codec: text that
starts with "/" is a command or nothing (see `bot/core/commands.py`).

Payload kinds (the body, before the signature):
    lang:<code>                   choose the reply language
    delete:yes | delete:no        confirm /delete
    card:emergency|contacts:<CC>  the emergency or contacts card for a host country
    nat:<CC> | nat:menu           the user's nationality
    form:stop | form:keep         leave the open form, or go on with it
    form:skip | form:back         skip an optional question, or go back to the one before
    discreet:2|10|30|off          discreet mode: delete this chat's messages after so many minutes
    wipe:yes | wipe:no            /wipe confirmed or not
    case:send|drop:<draft>        the reporter sends a summarised report, or not
    case:ack|progress|resolved|closed|show|ask:<CASE-…>   staff working a case
    case:add|safe:<CASE-…>        a reporter adds to their own case, or says the person is safe
    adv:send|cancel|approve:<id>  staff sending, dropping or approving an advisory
    adv:host|nat:<id>:<CC|any>    staff choosing an advisory's audience
    sub:<CC> | sub:done           a subscriber choosing the host countries of their advisories
    /<intent> or /<intent>{json}  a Rasa intent with entities (buttons of responses and actions)
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass, field
from typing import Iterable, Optional

from bot.cases.service import REPORTER_ACTIONS, STAFF_ACTIONS
from bot.store.messages import DISCREET_MINUTES

MAX_DATA_BYTES = 64  # Telegram's limit for callback_data
SEPARATOR = "~"
SIGNATURE_CHARS = 11  # 8 bytes of HMAC-SHA256, base64url without padding

_INTENT_PAYLOAD = re.compile(r"^/([a-z_]+)(\{.{0,200}\})?$", re.S)
# What our own buttons put into an intent payload; anything else is forged or stale.
_ENTITY_VALUE = {
    "country": re.compile(r"[A-Z]{2}"),
    "case_code": re.compile(r"CASE-\d{4}-\d{5}"),
}
_PLAIN_VALUE = re.compile(r"[\w .,'-]{1,40}")
_CASE_CODE = re.compile(r"CASE-\d{4}-\d{5}")
_DRAFT_TOKEN = re.compile(r"[A-Za-z0-9_-]{8,16}")



@dataclass(frozen=True)
class Callback:
    """A decoded button: its kind ("lang", "delete", "card", "nat", "intent") and values."""

    kind: str
    value: str
    entities: dict[str, str] = field(default_factory=dict)

    @property
    def rasa_payload(self) -> str:
        """For kind "intent": the payload as Rasa reads it."""
        return f"/{self.value}" + (json.dumps(self.entities, separators=(",", ":")) if self.entities else "")


class CallbackCodec:
    """Signs the payloads of our buttons and decodes (verifies, parses, validates) button data."""

    def __init__(
        self,
        secret: str | bytes | None,
        intents: Iterable[str],
        entities: Iterable[str],
        *,
        languages: Iterable[str],
        host_countries: Iterable[str],
        nationalities: Iterable[str],
    ) -> None:
        key = secret if isinstance(secret, bytes) else (secret or secrets.token_hex(32)).encode()
        self._key = hashlib.sha256(b"callback-data:" + key).digest()
        self.intents = frozenset(intents)
        self.entities = frozenset(entities)
        self.languages = frozenset(languages)
        self.hosts = frozenset(host_countries)
        self.nationalities = frozenset(nationalities)

    # -- signing -----------------------------------------------------------------------
    def _signature(self, body: str) -> str:
        digest = hmac.new(self._key, body.encode("utf-8"), hashlib.sha256).digest()[:8]
        return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")

    def sign(self, payload: str) -> str:
        """The button data for one of our payloads; refuses a payload it would not accept back."""
        if self.parse(payload) is None:
            raise ValueError(f"not a payload of ours: {payload!r}")
        data = f"{payload}{SEPARATOR}{self._signature(payload)}"
        if len(data.encode("utf-8")) > MAX_DATA_BYTES:
            raise ValueError(f"button data over Telegram's {MAX_DATA_BYTES} bytes: {payload!r}")
        return data

    def decode(self, data: str) -> Optional[Callback]:
        """The button behind signed data; None if unsigned, tampered, unknown or malformed."""
        body, sep, signature = (data or "").rpartition(SEPARATOR)
        if not sep or not hmac.compare_digest(signature, self._signature(body)):
            return None
        return self.parse(body)

    # -- what a payload means ------------------------------------------------------------
    def parse(self, payload: str) -> Optional[Callback]:
        """The meaning of an (unsigned) payload, if it is one of the kinds we make."""
        if payload.startswith("/"):
            return self._intent(payload)
        kind, _, rest = payload.partition(":")
        if kind == "lang" and rest in self.languages:
            return Callback("lang", rest)
        if kind == "delete" and rest in ("yes", "no"):
            return Callback("delete", rest)
        if kind == "card":
            card, _, host = rest.partition(":")
            if card in ("emergency", "contacts") and host in self.hosts:
                return Callback("card", card, {"country": host})
        if kind == "nat" and (rest == "menu" or rest in self.nationalities):
            return Callback("nat", rest)
        if kind == "discreet" and (rest == "off" or rest in DISCREET_MINUTES):
            return Callback("discreet", rest)
        if kind == "wipe" and rest in ("yes", "no"):
            return Callback("wipe", rest)
        if kind == "form" and rest in ("stop", "keep", "skip", "back"):
            return Callback("form", rest)
        if kind == "adv":
            action, _, ref = rest.partition(":")
            number, _, value = ref.partition(":")
            if not number.isdigit() or len(number) > 12:
                return None
            if action in ("send", "cancel", "approve") and not value:
                return Callback("adv", action, {"advisory": number})
            if action == "host" and (value == "any" or value in self.hosts):
                return Callback("adv", action, {"advisory": number, "value": value})
            if action == "nat" and (value == "any" or value in self.nationalities):
                return Callback("adv", action, {"advisory": number, "value": value})
            return None
        if kind == "sub" and (rest == "done" or rest in self.hosts):
            return Callback("sub", rest)
        if kind == "case":
            action, _, ref = rest.partition(":")
            if (action in STAFF_ACTIONS or action in REPORTER_ACTIONS) and _CASE_CODE.fullmatch(ref):
                return Callback("case", action, {"case_code": ref})  # who may press which: CasesService
            if action in ("send", "drop") and _DRAFT_TOKEN.fullmatch(ref):
                return Callback("case", action, {"draft": ref})
        return None

    def _intent(self, payload: str) -> Optional[Callback]:
        match = _INTENT_PAYLOAD.match(payload)
        if not match or match.group(1) not in self.intents:
            return None
        if match.group(2) is None:
            return Callback("intent", match.group(1))
        try:
            values = json.loads(match.group(2))
        except ValueError:
            return None
        if not isinstance(values, dict) or not all(
            k in self.entities and isinstance(v, str) and _ENTITY_VALUE.get(k, _PLAIN_VALUE).fullmatch(v)
            for k, v in values.items()
        ):
            return None
        return Callback("intent", match.group(1), dict(values))
