"""Many users at once, each in order; and a flood limit that never holds back a cry for help.

`UserLanes` gives every user a lock: updates of different users run concurrently,
updates of one user run one after another (a form's answers must not overtake each
other). Locks of idle users are dropped, so memory does not grow with every user who
ever wrote.

`FloodGuard` is a token bucket per user: `limit` messages per `window` seconds, refilled
continuously. Past it the user is told once, kindly, and further messages are set aside
until the bucket refills; other users are not affected. Emergencies bypass it (the
caller checks them first).
"""
from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import AsyncIterator, Callable


class UserLanes:
    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._waiting: dict[str, int] = {}

    @asynccontextmanager
    async def lane(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._waiting[key] -= 1
            if self._waiting[key] == 0:
                del self._waiting[key]
                del self._locks[key]

    def __len__(self) -> int:
        return len(self._locks)


@dataclass
class _Bucket:
    tokens: float
    at: float
    warned: bool = False


class FloodGuard:
    """Admit or set aside a user's message; say so once per flood."""

    MAX_USERS = 50_000  # buckets kept; the oldest are forgotten (a forgotten user starts full)

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = max(1, limit)
        self.rate = self.limit / max(window, 0.001)
        self.clock = clock
        self._buckets: "OrderedDict[str, _Bucket]" = OrderedDict()

    def admit(self, key: str) -> tuple[bool, bool]:
        """(admitted, tell_user): tell_user is True for the first message set aside in a flood."""
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = _Bucket(float(self.limit), now)
            self._buckets[key] = bucket
            while len(self._buckets) > self.MAX_USERS:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(key)
            bucket.tokens = min(float(self.limit), bucket.tokens + (now - bucket.at) * self.rate)
            bucket.at = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            if bucket.tokens >= self.limit / 2:
                bucket.warned = False  # the flood is over: a later one is told again
            return True, False
        tell = not bucket.warned
        bucket.warned = True
        return False, tell

    def __len__(self) -> int:
        return len(self._buckets)
