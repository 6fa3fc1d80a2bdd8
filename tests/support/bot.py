"""A running bot on the fake Bot API, and a Telegram user who talks to it."""
from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import replace
from typing import AsyncIterator, Callable, Optional

from bot.core.callbacks import SEPARATOR
from bot.settings import Settings
from tests.support.fake_bot_api import FakeBotApi


@asynccontextmanager
async def running_bot(settings: Settings, assistant, *, api: Optional[FakeBotApi] = None) -> AsyncIterator[FakeBotApi]:
    """The real python-telegram-bot application polling the fake Bot API, with `assistant`."""
    from bot.channels.telegram import TelegramBot

    own_api = api is None
    api = api or await FakeBotApi().start()
    bot_settings = replace(settings, telegram_token=api.token, telegram_api_url=api.base_url)
    telegram = TelegramBot(assistant, bot_settings)
    application = telegram.build()
    try:
        async with application:
            await application.post_init(application)
            await application.start()
            await application.updater.start_polling(
                poll_interval=0.0, timeout=1,
                allowed_updates=["message", "edited_message", "callback_query", "my_chat_member"],
            )
            api.telegram = telegram  # type: ignore[attr-defined]
            try:
                yield api
            finally:
                await application.updater.stop()
                await application.stop()
                await application.post_stop(application)
    finally:
        if own_api:
            await api.stop()


def texts(messages: list[dict]) -> str:
    return "\n".join(m.get("text", "") for m in messages)


def buttons(messages: list[dict]) -> list[tuple[str, str]]:
    """(title, payload) of every button, with the payload as the bot meant it (unsigned)."""
    out = []
    for m in messages:
        for row in (m.get("reply_markup") or {}).get("inline_keyboard", []):
            out.extend((b["text"], b.get("callback_data", "").rpartition(SEPARATOR)[0]) for b in row)
    return out


class Chat:
    """One Telegram user talking to the bot through the fake Bot API."""

    def __init__(self, api: FakeBotApi, user_id: int, language_code: str | None = "en") -> None:
        self.api = api
        self.user_id = user_id
        self.language_code = language_code

    async def _after(self, push: Callable[[], object], expect: int) -> list[dict]:
        before = len(self.api.sent_to(self.user_id))
        push()
        sent = await self.api.wait_for(self.user_id, before + expect)
        return sent[before:]

    async def say(self, text: str, expect: int = 1) -> list[dict]:
        return await self._after(lambda: self.api.send_text(self.user_id, text, self.language_code), expect)

    async def answer(self, *texts: str) -> None:
        """Answers a report's questions one after another, each waiting for its one reply."""
        for text in texts:
            await self.say(text)

    def shown(self, payload: str) -> str:
        """The callback data of the newest button shown to this user with this payload."""
        for message in reversed(self.api.sent_to(self.user_id)):
            for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
                for button in row:
                    data = button.get("callback_data", "")
                    if data.rpartition(SEPARATOR)[0] == payload:
                        return data
        raise AssertionError(f"no button {payload!r} was shown to {self.user_id}")

    async def press(self, payload: str, expect: int = 1) -> list[dict]:
        """Tap a button the bot showed (by the payload it carries)."""
        return await self.press_data(self.shown(payload), expect)

    async def press_data(self, data: str, expect: int = 1) -> list[dict]:
        """Send callback data as a (possibly modified) client would."""
        return await self._after(lambda: self.api.press(self.user_id, data, self.language_code), expect)

    async def send(self, expect: int = 1, **content) -> list[dict]:
        return await self._after(lambda: self.api.send_content(self.user_id, self.language_code, **content), expect)

    async def edit(self, text: str, expect: int = 1) -> list[dict]:
        return await self._after(lambda: self.api.edit_text(self.user_id, text, self.language_code), expect)
