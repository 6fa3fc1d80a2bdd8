"""Replies that arrive: every Bot API call retried for a bounded time.

A 429 waits Telegram's `retry_after`; a 5xx or a connection that failed before the
request went out is retried with backoff. A timeout after the request went out is
ambiguous (Telegram has no idempotency key: the message may have been delivered), so it
is retried only when a duplicate is better than nothing: calls made with
`rate_limit_args={"resend_if_unsure": True}` (the emergency card). What still fails is
raised to the caller, which logs it with the update.
"""
from __future__ import annotations

import asyncio
import datetime as dtm
from collections import deque
import logging
import time
from typing import TYPE_CHECKING, Any, Callable, Coroutine, Optional, Union

import aiohttp
import httpx
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

from bot.channels.http import NotSent

if TYPE_CHECKING:
    from bot.advisories.sender import Result

logger = logging.getLogger(__name__)

JSONDict = dict[str, Any]
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, NotSent)
# Failures of the transport itself (not an answer from Telegram), with either HTTP library.
_TRANSPORT = (httpx.HTTPError, aiohttp.ClientError, asyncio.TimeoutError, NotSent)


def seconds(value: Union[int, float, dtm.timedelta]) -> float:
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


def went_out(error: BaseException) -> bool:
    """Whether the request may have reached Telegram before this error."""
    cause = error.__cause__ or error.__context__
    if isinstance(error, TimedOut):
        return not isinstance(cause, _NOT_SENT) and "Pool timeout" not in str(error)
    if isinstance(error, NetworkError) and isinstance(cause, _TRANSPORT):
        return not isinstance(cause, _NOT_SENT)
    return True  # a 5xx answer: Telegram received it and said it failed; resending is what it asks


class SendMeter:
    """How many messages went out in the last second other than broadcasts: the advisory
    sender leaves Telegram's overall budget (about 30 a second) to people being answered."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._times: deque[float] = deque()
        self._to_chat: dict[str, float] = {}  # chat → when it was last answered

    def record(self, chat_id: Any = None) -> None:
        now = self.clock()
        self._times.append(now)
        if chat_id is not None:
            if len(self._to_chat) > 10_000:  # only the last seconds matter
                self._to_chat = {c: at for c, at in self._to_chat.items() if now - at < 2.0}
            self._to_chat[str(chat_id)] = now

    def answered_recently(self, chat_id: Any, seconds: float = 1.0) -> bool:
        """A reply went to this chat within `seconds`: Telegram allows about one a second per chat,
        so an advisory to it now would be refused (429) and would pause every other chat's copy."""
        at = self._to_chat.get(str(chat_id))
        return at is not None and self.clock() - at < seconds

    def last_second(self) -> int:
        now = self.clock()
        while self._times and now - self._times[0] >= 1.0:
            self._times.popleft()
        return len(self._times)


class RetryingRequests(BaseRateLimiter[JSONDict]):
    """PTB's rate-limiter hook used for retries: every call but getUpdates passes through."""

    def __init__(self, budget_seconds: float = 60.0, first_backoff: float = 0.25, max_backoff: float = 8.0,
                 clock: Callable[[], float] = time.monotonic, meter: Optional[SendMeter] = None) -> None:
        self.meter = meter or SendMeter(clock)
        self.budget = budget_seconds
        self.first_backoff = first_backoff
        self.max_backoff = max_backoff
        self.clock = clock
        self.retries = 0  # for tests and benchmarks

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Union[bool, JSONDict, list[JSONDict]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Optional[JSONDict],
    ) -> Union[bool, JSONDict, list[JSONDict]]:
        if (rate_limit_args or {}).get("broadcast"):
            return await callback(*args, **kwargs)  # the advisory sender decides every retry itself
        resend_if_unsure = bool((rate_limit_args or {}).get("resend_if_unsure"))
        deadline = self.clock() + self.budget
        backoff = self.first_backoff
        while True:
            if endpoint.startswith("send"):
                # Every attempt counts against Telegram's 30 a second, a retry (the second part of a
                # card, refused by the one-a-second-per-chat limit) as much as the first try.
                self.meter.record((data or {}).get("chat_id"))
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                last: Exception = error
                wait = seconds(error.retry_after)
            except (BadRequest, Forbidden, InvalidToken):
                raise  # retrying cannot help
            except TimedOut as error:
                if went_out(error) and not resend_if_unsure:
                    raise
                last = error
                wait, backoff = backoff, min(backoff * 2, self.max_backoff)
            except NetworkError as error:
                if went_out(error) and isinstance(error.__cause__, _TRANSPORT) and not resend_if_unsure:
                    raise  # the connection broke after sending: it may have been delivered
                last = error
                wait, backoff = backoff, min(backoff * 2, self.max_backoff)
            if self.clock() + wait > deadline:
                logger.warning("%s still failing after %.0f s: giving up", endpoint, self.budget)
                raise last
            self.retries += 1
            logger.info("%s failed, retrying in %.2f s", endpoint, wait)
            await asyncio.sleep(wait)


def broadcast_result(error: BaseException) -> "Result":
    """What an error sending one advisory copy means for its delivery row."""
    from bot.advisories.sender import BLOCKED, FAILED, RETRY, RETRY_AFTER, UNKNOWN, Result

    detail = f"{type(error).__name__}: {error}"[:200]
    if isinstance(error, RetryAfter):
        return Result(RETRY_AFTER, retry_after=seconds(error.retry_after), error=detail)
    if isinstance(error, Forbidden):
        return Result(BLOCKED, error=detail)
    if isinstance(error, (BadRequest, InvalidToken)):
        return Result(FAILED, error=detail)  # "chat not found" and the like: sending again cannot help
    if isinstance(error, TimedOut):
        return Result(UNKNOWN if went_out(error) else RETRY, error=detail)
    if isinstance(error, NetworkError):
        cause = error.__cause__ or error.__context__
        if isinstance(cause, _TRANSPORT) and went_out(error):
            return Result(UNKNOWN, error=detail)  # the connection broke after sending: maybe delivered
        return Result(RETRY, error=detail)  # refused before sending, or Telegram answered 5xx
    return Result(UNKNOWN, error=detail)
