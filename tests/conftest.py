"""Shared fixtures: one trained model loaded once, a temporary database, the fake Bot API."""
from __future__ import annotations

import itertools
import os
from dataclasses import replace
from pathlib import Path
from typing import AsyncIterator, Iterator

import pytest

from bot.settings import ROOT, Settings

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
MODEL = ROOT / "models" / "current.tar.gz"

_ids = itertools.count(5_000_001)


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    if not MODEL.exists():
        pytest.exit("No trained model: run `make test` (it trains when needed)", returncode=2)
    db = tmp_path_factory.mktemp("db") / "bot.db"
    return replace(Settings.from_env({}), database_path=db, model_path=MODEL, staff_ids=frozenset({42}))


@pytest.fixture(scope="session")
def assistant(settings: Settings):
    from bot.app import build_assistant

    return build_assistant(settings)


@pytest.fixture
def user_id() -> int:
    """A fresh Telegram user for each test, so conversations never mix."""
    return next(_ids)


@pytest.fixture
def storage(tmp_path: Path) -> Iterator["Storage"]:
    from bot.store import Storage

    store = Storage(tmp_path / "test.db")
    yield store
    store.close()


@pytest.fixture(scope="session")
async def telegram(settings: Settings, assistant) -> AsyncIterator["FakeBotApi"]:
    """The real python-telegram-bot application polling the fake Bot API."""
    from bot.channels.telegram import TelegramBot
    from tests.fake_bot_api import FakeBotApi

    api = await FakeBotApi().start()
    bot_settings = replace(settings, telegram_token=api.token, telegram_api_url=api.base_url)
    application = TelegramBot(assistant, bot_settings).build()
    async with application:
        await application.post_init(application)
        await application.start()
        await application.updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=["message", "edited_message", "callback_query"])
        yield api
        await application.updater.stop()
        await application.stop()
    await api.stop()


@pytest.fixture(scope="session")
async def limited_telegram(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator["FakeBotApi"]:
    """The Telegram bot started with no model at all: limited mode."""
    from bot.app import build_assistant
    from bot.channels.telegram import TelegramBot
    from tests.fake_bot_api import FakeBotApi

    no_model = replace(settings, model_path=tmp_path_factory.mktemp("none") / "absent.tar.gz",
                       database_path=tmp_path_factory.mktemp("db2") / "limited.db")
    assistant = build_assistant(no_model)
    assert assistant.limited
    api = await FakeBotApi().start()
    application = TelegramBot(assistant, replace(no_model, telegram_token=api.token, telegram_api_url=api.base_url)).build()
    async with application:
        await application.start()
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        yield api
        await application.updater.stop()
        await application.stop()
    await api.stop()


class Chat:
    """One Telegram user talking to the bot through the fake Bot API."""

    def __init__(self, api, user_id: int, language_code: str | None = "en") -> None:
        self.api = api
        self.user_id = user_id
        self.language_code = language_code

    async def _after(self, push, expect: int) -> list[dict]:
        before = len(self.api.sent_to(self.user_id))
        push()
        sent = await self.api.wait_for(self.user_id, before + expect)
        return sent[before:]

    async def say(self, text: str, expect: int = 1) -> list[dict]:
        return await self._after(lambda: self.api.send_text(self.user_id, text, self.language_code), expect)

    async def press(self, data: str, expect: int = 1) -> list[dict]:
        return await self._after(lambda: self.api.press(self.user_id, data, self.language_code), expect)

    async def send(self, expect: int = 1, **content) -> list[dict]:
        return await self._after(lambda: self.api.send_content(self.user_id, self.language_code, **content), expect)

    async def edit(self, text: str, expect: int = 1) -> list[dict]:
        return await self._after(lambda: self.api.edit_text(self.user_id, text, self.language_code), expect)


def texts(messages: list[dict]) -> str:
    return "\n".join(m.get("text", "") for m in messages)


def buttons(messages: list[dict]) -> list[tuple[str, str]]:
    out = []
    for m in messages:
        for row in (m.get("reply_markup") or {}).get("inline_keyboard", []):
            out.extend((b["text"], b.get("callback_data", "")) for b in row)
    return out


@pytest.fixture
def chat(telegram, user_id):
    def make(language_code: str | None = "en") -> Chat:
        return Chat(telegram, user_id, language_code)

    return make


@pytest.fixture
def limited_chat(limited_telegram, user_id):
    def make(language_code: str | None = "en") -> Chat:
        return Chat(limited_telegram, user_id, language_code)

    return make
