"""An Assistant on a recording stand-in for Rasa, for tests of the core without the model."""
from __future__ import annotations

from bot.contacts.book import HOST_COUNTRIES, ContactBook
from bot.contacts.emergency import NATIONALITIES
from bot.core.assistant import Assistant
from bot.core.callbacks import SEPARATOR, CallbackCodec
from bot.core.lanes import FloodGuard
from bot.language import SUPPORTED
from bot.settings import ROOT
from bot.store.access import Access

BOOK = ContactBook.load(ROOT / "db" / "seeds" / "contacts.yaml")
INTENTS = ["greet", "help", "report_detained", "report_missing", "report_recruiter", "ask_emergency_numbers",
           "check_job_offer", "ask_case_status", "affirm", "deny"]
ENTITIES = ["country", "case_code"]
STAFF_ID = 42


class RecordingRasa:
    def __init__(self, replies=None, fail=False):
        self.calls = []
        self.forgotten = []
        self.replies = replies if replies is not None else [{"text": "answer", "buttons": [{"title": "Go", "payload": "/help"}]}]
        self.fail = fail
        self.intent = "greet"
        self.parsed = []

    async def handle(self, sender_id, text, language):
        self.calls.append((sender_id, text, language))
        if self.fail:
            raise RuntimeError("model broke")
        return self.replies

    async def parse(self, text):
        self.parsed.append(text)
        return {"intent": {"name": self.intent, "confidence": 0.9}}

    async def forget(self, sender_id):
        self.forgotten.append(sender_id)

    form = None  # a FormState to pretend a form is open
    cancelled: list = []

    async def active_form(self, sender_id):
        return self.form

    async def cancel_form(self, sender_id):
        self.cancelled = self.cancelled + [sender_id]
        self.form = None

    continued: list = []

    async def continue_form(self, sender_id, language, slots):
        self.continued = self.continued + [(sender_id, dict(slots))]
        return [{"text": f"continued {sorted(slots)}"}]

    async def resume_form(self, sender_id, language):
        return [{"text": f"question for {self.form.requested_slot if self.form else None}"}]


def codec(intents=INTENTS, entities=ENTITIES) -> CallbackCodec:
    return CallbackCodec("test-secret", intents, entities, languages=SUPPORTED,
                         host_countries=HOST_COUNTRIES, nationalities=NATIONALITIES)


def make_assistant(storage, rasa, *, flood: FloodGuard | None = None) -> Assistant:
    return Assistant(storage, rasa, codec(), BOOK, access=Access({STAFF_ID}),
                     flood=flood if flood is not None else FloodGuard(limit=1000, window=1.0))


def unsigned(payload_data: str) -> str:
    """The payload a button carries, without its signature."""
    return payload_data.rpartition(SEPARATOR)[0]


async def press(assistant: Assistant, user_id: str, payload: str, **kwargs):
    """Tap one of our buttons (signed as the assistant signs the buttons it shows)."""
    return await assistant.handle(user_id, assistant.codec.sign(payload), from_button=True, **kwargs)


def payloads(replies) -> list[str]:
    """The payloads of every button in `replies`, as the bot meant them (unsigned)."""
    return [unsigned(b.payload) for r in replies for b in r.buttons]
