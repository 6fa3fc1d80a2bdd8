"""Shared fixtures: one trained model loaded once per session; everything else per test.

Each test gets its own database (tmp_path) and, for end-to-end chats, its own running bot
on its own fake Bot API; the loaded model is shared (`InProcessRasa.sharing_model`).
"""
from __future__ import annotations

import itertools
import os
from dataclasses import replace
from pathlib import Path
from typing import AsyncIterator, Iterator

import pytest

from bot.dialogue.tensorflow_deferral import components_in_config, defer_tensorflow
from bot.settings import ROOT, Settings

# As in the bot: no TensorFlow for a config that has no TensorFlow component (each test
# process would otherwise spend 3-4 s and ~350 MB importing it).
defer_tensorflow(components_in_config(ROOT / "config.yml"))
from tests.support.bot import Chat, buttons, running_bot, texts  # noqa: F401  (re-exported for tests)

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
MODEL = ROOT / "models" / "current.tar.gz"
STAFF_ID = 42

_ids = itertools.count(5_000_001)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests that need the trained model (through the `model` fixture, or marked
    by hand when they start the bot in another process): `make test` runs the others while
    the model trains."""
    for item in items:
        if "model" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.needs_model)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings on a database of this test's own."""
    return replace(Settings.from_env({}), database_path=tmp_path / "bot.db", model_path=MODEL,
                   staff_ids=frozenset({STAFF_ID}), heartbeat_seconds=0.2, sweep_seconds=0.2)


@pytest.fixture(scope="session")
def model(tmp_path_factory: pytest.TempPathFactory):
    """The trained model, loaded once for the whole session."""
    if not MODEL.exists():
        pytest.exit("No trained model: run `make test` (it trains when needed)", returncode=2)
    from bot.dialogue.backend import InProcessRasa

    return InProcessRasa.load(MODEL, [], None)


@pytest.fixture
def assistant(settings: Settings, model):
    from bot.app import build_assistant

    built = build_assistant(settings, shared=model)
    assert not built.limited
    yield built
    built.storage.close()


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


@pytest.fixture
async def telegram(settings: Settings, assistant) -> AsyncIterator["FakeBotApi"]:
    """The real python-telegram-bot application polling the fake Bot API, on this test's database."""
    async with running_bot(settings, assistant) as api:
        yield api


@pytest.fixture
async def limited_telegram(settings: Settings, tmp_path: Path) -> AsyncIterator["FakeBotApi"]:
    """The Telegram bot started with no model at all: limited mode."""
    from bot.app import build_assistant

    no_model = replace(settings, model_path=tmp_path / "absent.tar.gz")
    limited = build_assistant(no_model)
    assert limited.limited
    async with running_bot(no_model, limited) as api:
        yield api
    limited.storage.close()


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
