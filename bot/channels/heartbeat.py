"""The heartbeat task: while the channel reaches its users, write so every few seconds.

Polling: alive while getUpdates calls come back (even empty) — a hung loop or a lost
network stops the beat. Webhook: alive while getWebhookInfo answers. Terminal: alive
while the chat runs. `python -m bot health` reads the beat.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Awaitable, Callable, Optional, Union

from bot.store import Storage, heartbeat

logger = logging.getLogger(__name__)


class Heartbeat:
    def __init__(self, storage: Storage, mode: Union[str, Callable[[], str]], channel: str, interval: float,
                 alive: Optional[Callable[[], Awaitable[bool]]] = None) -> None:
        self.storage = storage
        self.mode = mode
        self.channel = channel
        self.interval = interval
        self._alive = alive
        self.last_contact = time.monotonic()
        self._task: Optional[asyncio.Task[None]] = None

    def contact(self) -> None:
        """The channel just reached Telegram (a poll came back)."""
        self.last_contact = time.monotonic()

    async def alive(self) -> bool:
        if self._alive is not None:
            return await self._alive()
        return time.monotonic() - self.last_contact <= 3 * self.interval + 60

    def beat_now(self) -> None:
        """Write the beat (from whichever thread: each has its own connection)."""
        mode = self.mode() if callable(self.mode) else self.mode  # "loading" turns "full" once the model is in
        heartbeat.beat(self.storage.db.conn, mode, self.channel)

    async def _run(self) -> None:
        while True:
            try:
                if await self.alive():
                    await asyncio.to_thread(self.beat_now)
            except Exception:
                logger.exception("Heartbeat failed")
            await asyncio.sleep(self.interval)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="heartbeat")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
