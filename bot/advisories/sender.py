"""The one sender of advisories: honest about Telegram.

Telegram allows about 30 messages a second per bot and one a second per chat; it has no
idempotency key, so a request that timed out after it went out may have been delivered.
Hence:
- at most `rate` broadcast messages a second (25 by default: the rest of the 30 stay for
  replies to people writing to the bot) and one a second per chat;
- a row is claimed and committed before its HTTP call; rows found claimed at start were in
  flight at a crash and become `unknown`, never resent;
- 429: the row goes back to pending after `retry_after` and the whole sender pauses, unless
  a reply went to that chat in the last second (then the limit was that chat's);
- a chat just answered (a reply card) gets its copy a second later;
  5xx, and connection errors before the request went out: retried with backoff;
  Forbidden: the user blocked the bot, unsubscribed; "chat not found": failed;
  a timeout after the request went out: `unknown`.

The channel gives it `send(chat_id, text) -> Result` (classifying Telegram's errors with
`bot.channels.delivery.broadcast_result`) and callbacks for progress and the final figures.
Database work runs in worker threads, so the event loop that answers people never waits.
"""
from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Optional, TypeVar

from bot.advisories import store
from bot.advisories.store import Advisory
from bot.language.texts import t
from bot.store import Storage
from bot.store.database import now as now_iso

logger = logging.getLogger(__name__)
T = TypeVar("T")

SENT, RETRY_AFTER, RETRY, BLOCKED, FAILED, UNKNOWN = "sent", "retry_after", "retry", "blocked", "failed", "unknown"


@dataclass(frozen=True)
class Result:
    outcome: str
    message_id: Optional[int] = None
    retry_after: float = 0.0
    error: Optional[str] = None


Send = Callable[[int, str], Awaitable[Result]]
Progress = Callable[[Advisory, dict[str, int], bool], Awaitable[None]]


def render(advisory: Advisory, language: str, original_code: Optional[str] = None) -> str:
    """What a subscriber reads: the header, the text in their language, the verification line."""
    if advisory.kind == "correction":
        head = t("advisory_correction_header", language, code=original_code or "")
    elif advisory.kind == "withdrawal":
        head = t("advisory_withdrawal_header", language, code=original_code or "")
    else:
        head = t("advisory_header", language)
    return f"{head}\n\n{advisory.text_for(language)}\n\n{t('advisory_verify_line', language, code=advisory.code)}"


class Broadcaster:
    def __init__(self, storage: Storage, send: Send, *, rate: float = 25.0, per_chat_seconds: float = 1.0,
                 max_in_flight: int = 64, max_attempts: int = 6, progress: Optional[Progress] = None,
                 progress_seconds: float = 2.0, idle_seconds: float = 0.5, total_rate: float = 30.0,
                 others: Optional[Callable[[], int]] = None, busy: Optional[Callable[[int], bool]] = None) -> None:
        self.total_rate = total_rate  # Telegram's budget for the whole bot; replies (`others`) come first
        self.others = others or (lambda: 0)
        # A chat a reply just went to: its copy waits a second (a 429 there is that chat's, not the bot's).
        self.busy = busy or (lambda chat: False)
        self._sent_times: list[float] = []
        self.storage = storage
        self.send = send
        self.rate = rate
        self.per_chat = per_chat_seconds
        self.max_attempts = max_attempts
        self.progress = progress
        self.progress_seconds = progress_seconds
        self.idle_seconds = idle_seconds
        self._slots = asyncio.Semaphore(max_in_flight)
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._last_to_chat: dict[int, float] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._texts: dict[tuple[int, str], str] = {}
        self._prefetch: Optional[asyncio.Future[list[tuple[int, int, int, str]]]] = None
        self.wake = asyncio.Event()  # set when an advisory was approved: no need to wait for the next poll

    # -- database (in worker threads) ---------------------------------------------------------
    def _db(self) -> Any:
        return self.storage.db.conn

    async def _off_loop(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a worker thread. Cancelled (the bot stopping), it still waits for that
        thread to finish before giving way: cancelling the await does not stop the thread, and
        the database closed under a statement still running crashes the process (sqlite3)."""
        future = asyncio.ensure_future(asyncio.to_thread(fn, *args))
        try:
            return await asyncio.shield(future)
        except asyncio.CancelledError:
            await asyncio.wait([future])
            raise

    def recover(self) -> int:
        """Rows claimed when the process died were maybe delivered: unknown, never resent."""
        with self._db() as conn:
            return conn.execute("UPDATE deliveries SET status = 'unknown', error = 'in flight at a restart', "
                                "updated_at = ? WHERE status = 'claimed'", [time.time()]).rowcount

    def _claim(self, limit: int) -> list[tuple[int, int, int, str]]:
        """(row, advisory, chat, language) of due rows, claimed and committed before any send."""
        conn = self._db()
        now = time.time()
        conn.execute("BEGIN IMMEDIATE")
        try:
            rows = conn.execute(
                "SELECT d.id, d.advisory_id, d.chat_id, d.language FROM deliveries d "
                "JOIN advisories a ON a.id = d.advisory_id AND a.status = 'sending' "
                "WHERE d.status = 'pending' AND d.next_at <= ? ORDER BY d.id LIMIT ?", [now, limit * 4]).fetchall()
            mono = time.monotonic()
            chosen, chats = [], set()
            for row in rows:
                chat = row[2]
                if chat in chats or mono - self._last_to_chat.get(chat, -1e9) < self.per_chat or self.busy(chat):
                    continue  # one message a second per chat, replies included
                chats.add(chat)
                chosen.append(row)
                if len(chosen) == limit:
                    break
            conn.executemany("UPDATE deliveries SET status = 'claimed', attempts = attempts + 1, updated_at = ? "
                             "WHERE id = ?", [[now, r[0]] for r in chosen])
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        return chosen

    def _record(self, row_id: int, chat: int, result: Result, attempts_done: int) -> None:
        conn = self._db()
        now = time.time()
        with conn:
            if result.outcome == SENT:
                conn.execute("UPDATE deliveries SET status = 'sent', message_id = ?, error = NULL, updated_at = ? "
                             "WHERE id = ?", [result.message_id, now, row_id])
            elif result.outcome == RETRY_AFTER:
                conn.execute("UPDATE deliveries SET status = 'pending', attempts = attempts - 1, next_at = ?, error = ?, "
                             "updated_at = ? WHERE id = ?", [now + result.retry_after, "429", now, row_id])
            elif result.outcome == RETRY and attempts_done < self.max_attempts:
                backoff = min(0.5 * 2 ** (attempts_done - 1), 30.0)
                conn.execute("UPDATE deliveries SET status = 'pending', next_at = ?, error = ?, updated_at = ? WHERE id = ?",
                             [now + backoff, result.error, now, row_id])
            elif result.outcome == BLOCKED:
                conn.execute("UPDATE deliveries SET status = 'blocked', error = ?, updated_at = ? WHERE id = ?",
                             [result.error, now, row_id])
                conn.execute("UPDATE users SET subscribed = 0, blocked_at = COALESCE(blocked_at, ?) WHERE id = ?",
                             [now_iso(), f"tg:{chat}"])
            elif result.outcome == UNKNOWN:
                conn.execute("UPDATE deliveries SET status = 'unknown', error = ?, updated_at = ? WHERE id = ?",
                             [result.error, now, row_id])
            else:  # failed, or retried too often
                conn.execute("UPDATE deliveries SET status = 'failed', error = ?, updated_at = ? WHERE id = ?",
                             [result.error, now, row_id])

    def _attempts(self, row_id: int) -> int:
        row = self._db().execute("SELECT attempts FROM deliveries WHERE id = ?", [row_id]).fetchone()
        return row[0] if row else 0

    # -- the loop --------------------------------------------------------------------------------
    async def run(self) -> None:
        recovered = await self._off_loop(self.recover)
        if recovered:
            logger.warning("%d advisory deliveries were in flight at the last stop: marked unknown, not resent",
                           recovered)
        last_progress = 0.0
        while True:
            try:
                claimed = await self.step()
                if time.monotonic() - last_progress >= self.progress_seconds:
                    last_progress = time.monotonic()
                    await self.report()
                if not claimed:
                    try:
                        await asyncio.wait_for(self.wake.wait(), self.idle_seconds)
                    except asyncio.TimeoutError:
                        pass
                    self.wake.clear()
            except asyncio.CancelledError:
                await self._settle()
                raise
            except Exception:
                logger.exception("The advisory sender failed a round; going on")
                await asyncio.sleep(1.0)

    async def step(self) -> int:
        """Claim a fifth of a second's worth of rows and send them at the pace allowed: few rows
        are ever claimed and not yet sent, so a crash leaves few `unknown` that never went out."""
        pause = self._paused_until - time.monotonic()
        if pause > 0:
            await asyncio.sleep(pause)
        batch = max(1, int(self.rate / 5))
        if self._prefetch is not None:
            rows, self._prefetch = await self._prefetch, None
        else:
            rows = await self._off_loop(self._claim, batch)
        for i, row in enumerate(rows):
            if i == len(rows) - 1 and len(rows) == batch:
                # A full batch: claim the next one while this row waits for its slot, so the
                # database round trip never leaves a gap in the pace.
                self._prefetch = asyncio.ensure_future(self._off_loop(self._claim, batch))
            await self._pace()
            await self._slots.acquire()
            task = asyncio.create_task(self._deliver(*row))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return len(rows)

    async def _pace(self) -> None:
        """At most `rate` a second, evenly spaced, and never more than what replies leave of
        the bot's overall budget in the last second."""
        while True:
            now = time.monotonic()
            if self._paused_until > now:
                await asyncio.sleep(self._paused_until - now)
                continue
            slot = max(now, self._next_slot)
            if slot > now:
                await asyncio.sleep(slot - now)
                continue
            self._sent_times = [s for s in self._sent_times if now - s < 1.0]
            if len(self._sent_times) + self.others() >= self.total_rate:
                await asyncio.sleep(0.02)
                continue
            # The next slot follows the planned one, not the moment this wake-up came: a loop busy
            # for a millisecond at each of 25 slots a second would otherwise lower the rate (24.1
            # for 25 in bench/broadcast.py). After an idle spell at most two slots are caught up.
            self._next_slot = max(self._next_slot, now - 2.0 / self.rate) + 1.0 / self.rate
            self._sent_times.append(now)
            return

    async def _text(self, advisory_id: int, language: str) -> str:
        key = (advisory_id, language)
        if key not in self._texts:
            def build() -> str:
                advisory = store.get(self._db(), advisory_id)
                assert advisory is not None
                original = store.get(self._db(), advisory.corrects) if advisory.corrects else None
                return render(advisory, language, original.code if original else None)
            self._texts[key] = await self._off_loop(build)
        return self._texts[key]

    async def _deliver(self, row_id: int, advisory_id: int, chat: int, language: str) -> None:
        try:
            text = await self._text(advisory_id, language)
            self._last_to_chat[chat] = time.monotonic()
            try:
                result = await self.send(chat, text)
            except Exception as error:  # a send function must classify; anything else is unknown
                logger.exception("Unclassified error sending advisory %s to %s", advisory_id, chat)
                result = Result(UNKNOWN, error=repr(error)[:200])
            if result.outcome == RETRY_AFTER and not self.busy(chat):
                # Telegram's overall limit: everyone waits. After a reply to the same chat it is
                # that chat's limit: only its copy waits (its row is due again after retry_after).
                self._paused_until = max(self._paused_until, time.monotonic() + result.retry_after)
            attempts = await self._off_loop(self._attempts, row_id) if result.outcome == RETRY else 0
            await self._off_loop(self._record, row_id, chat, result, attempts)
        finally:
            self._slots.release()

    async def _settle(self) -> None:
        """The sender stopping: sends in flight are cancelled (a row claimed and not recorded is
        marked unknown at the next start, never resent) and every database call still running in
        a thread, theirs and the next batch's claim, is waited for, so that the storage can close."""
        pending = [task for task in self._tasks if not task.done()]
        for task in pending:
            task.cancel()
        if self._prefetch is not None:
            pending.append(self._prefetch)
            self._prefetch = None
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    async def drain(self) -> None:
        """Wait for the sends in flight (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def report(self) -> None:
        """Progress of every advisory going out; the final figures once one is done."""
        if self.progress is None:
            return
        # Each call gets the connection of the worker thread it runs in (connections are per thread).
        for advisory in await self._off_loop(lambda: store.sending(self._db())):
            figures = await self._off_loop(lambda: store.figures(self._db(), advisory.id))
            done = await self._off_loop(lambda: store.finish(self._db(), advisory.id))
            try:
                await self.progress(advisory, figures, done)
            except Exception:
                logger.exception("Could not report the progress of advisory %s", advisory.code)
