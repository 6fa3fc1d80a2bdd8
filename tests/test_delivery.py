"""Replies retried on Telegram's 429, and every attempt counted against the bot's 30 a second."""
from __future__ import annotations

import pytest
from telegram.error import RetryAfter

from bot.channels.delivery import RetryingRequests, SendMeter


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.asyncio
async def test_a_retried_send_counts_twice_in_the_last_second(monkeypatch):
    clock = Clock()
    meter = SendMeter(clock)
    limiter = RetryingRequests(meter=meter, clock=clock)
    attempts = []

    async def send(*_args, **_kwargs):
        attempts.append(clock.now)
        if len(attempts) == 1:
            raise RetryAfter(0)  # the second part of a card, refused by the per-chat limit
        return {"message_id": 2}

    async def no_wait(_seconds):
        clock.now += 0.1

    monkeypatch.setattr("bot.channels.delivery.asyncio.sleep", no_wait)
    result = await limiter.process_request(send, (), {}, "sendMessage", {"chat_id": 7}, None)
    assert result == {"message_id": 2}
    assert len(attempts) == 2
    assert meter.last_second() == 2  # the advisory sender leaves room for both
    assert meter.answered_recently(7)


@pytest.mark.asyncio
async def test_calls_that_send_nothing_are_not_counted():
    meter = SendMeter()
    limiter = RetryingRequests(meter=meter)

    async def answer(*_args, **_kwargs):
        return True

    await limiter.process_request(answer, (), {}, "answerCallbackQuery", {"callback_query_id": "1"}, None)
    assert meter.last_second() == 0
