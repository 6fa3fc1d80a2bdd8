"""A thread with its own event loop where the Rasa agent runs.

Rasa's turn (NLU, policies, actions) is synchronous CPU work inside `async def`, and its
SQL tracker store calls SQLAlchemy synchronously: on the bot's event loop it would hold up
every other user, the emergency card included. Here it holds up only this thread; the
bot's loop keeps receiving updates and sending cards while a turn is computed (the GIL
switches threads every few milliseconds).
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import sys
import threading
from typing import Any, Awaitable, Callable, Optional, TypeVar

T = TypeVar("T")


# The bot's loop does many short I/O steps, each of which must win the GIL back from this
# CPU-bound thread; Python's default 5 ms switch interval makes every step wait that long.
SWITCH_INTERVAL = 0.0005


class DialogueWorker:
    """Runs coroutines on a private event loop in a daemon thread."""

    def __init__(self, name: str = "dialogue") -> None:
        if sys.getswitchinterval() > SWITCH_INTERVAL:
            sys.setswitchinterval(SWITCH_INTERVAL)
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._main, name=name, daemon=True)
        self._thread.start()
        self._ready.wait()

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.call_soon(self._ready.set)
        self._loop.run_forever()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self._loop

    def in_worker(self) -> bool:
        return threading.current_thread() is self._thread

    def call(self, make: Callable[[], Awaitable[T]], timeout: Optional[float] = None) -> T:
        """Run `make()` on the worker and wait for it from a plain (non-async) caller."""
        if self.in_worker():
            raise RuntimeError("DialogueWorker.call from its own thread would deadlock")
        return asyncio.run_coroutine_threadsafe(_awaited(make), self._loop).result(timeout)

    def submit(self, make: Callable[[], Awaitable[T]]) -> "concurrent.futures.Future[T]":
        """Start `make()` on the worker; its future, without waiting."""
        return asyncio.run_coroutine_threadsafe(_awaited(make), self._loop)

    async def run(self, make: Callable[[], Awaitable[T]]) -> T:
        """Run `make()` on the worker and await it from another event loop."""
        if self.in_worker():
            return await make()
        future = asyncio.run_coroutine_threadsafe(_awaited(make), self._loop)
        return await asyncio.wrap_future(future)

    def stop(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)


async def _awaited(make: Callable[[], Awaitable[Any]]) -> Any:
    return await make()
