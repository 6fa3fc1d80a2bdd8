"""An advisory to 500 subscribers through the fake Bot API while it answers some sends with
429 and some with 502, one user has blocked the bot, and the bot dies mid-broadcast: everyone
else receives it exactly once; rows in flight at the crash are reported unknown, never resent."""
from __future__ import annotations

import asyncio
import time
from dataclasses import replace

import pytest

from bot.advisories import store
from bot.app import build_assistant
from bot.store.access import Access
from bot.advisories.service import AdvisoriesService
from tests.support.bot import running_bot
from tests.support.fake_bot_api import FakeBotApi

pytestmark = pytest.mark.asyncio(loop_scope="session")
FIRST, COUNT, BLOCKED = 6_000_000, 500, 6_000_123


def _seed(storage) -> None:
    with storage.db.conn as conn:
        conn.executemany("INSERT INTO users (id, language, nationality, subscribed, alert_hosts, created_at, updated_at) "
                         "VALUES (?, ?, 'ID', 1, '[\"KH\"]', 'x', 'x')",
                         [[f"tg:{FIRST + i}", ("id", "en")[i % 2]] for i in range(COUNT)])


def _copies(api: FakeBotApi, code: str) -> dict[int, int]:
    out: dict[int, int] = {}
    for call in api.calls:
        if call.method == "sendMessage" and code in (call.params.get("text") or ""):
            chat = int(call.params["chat_id"])
            if FIRST <= chat < FIRST + COUNT:
                out[chat] = out.get(chat, 0) + 1
    return out


async def test_a_broadcast_through_errors_and_a_crash(settings, model):
    fast = replace(settings, broadcast_rate=400.0)  # the pace itself is bench/broadcast.py's business
    api = await FakeBotApi().start()
    api.blocked.add(BLOCKED)
    api.error_rate = 0.03
    try:
        first = build_assistant(fast, shared=model)
        _seed(first.storage)
        admin = first.access.actor("tg:42")
        service = AdvisoriesService(first.storage, Access({42}, first.storage))
        draft = service.write(admin, {"en": "Poipet is under a travel ban.", "id": "Poipet dilarang dikunjungi."},
                              host="KH")
        code = draft.code
        async with running_bot(fast, first, api=api) as running:
            api.fail_next("sendMessage", 429, count=3, retry_after=1)
            service.submit(admin, draft.id)
            first.advisories_ready()
            deadline = time.monotonic() + 20
            while sum(_copies(api, code).values()) < COUNT // 3:
                assert time.monotonic() < deadline
                await asyncio.sleep(0.02)
            # The process dies: the sender and its sends in flight stop where they are.
            bot = running.telegram
            bot._sender.cancel()
            for task in list(bot.broadcaster._tasks):
                task.cancel()
            if bot.broadcaster._prefetch is not None:  # a claim already in its thread commits, as it would
                await asyncio.wait([bot.broadcaster._prefetch])
            await asyncio.sleep(0)
        await asyncio.sleep(0.5)  # a claim already in a worker thread commits, as it would before a real crash
        conn = first.storage.db.conn
        in_flight = conn.execute("SELECT count(*) FROM deliveries WHERE status = 'claimed'").fetchone()[0]
        assert in_flight > 0  # rows claimed and committed, their HTTP calls cut off
        first.storage.close()
        second = build_assistant(fast, shared=model)
        async with running_bot(fast, second, api=api):
            deadline = time.monotonic() + 30
            while store.by_code(second.storage.db.conn, code).status != "sent":
                assert time.monotonic() < deadline, store.figures(second.storage.db.conn, draft.id)
                await asyncio.sleep(0.1)
        figures = store.figures(second.storage.db.conn, draft.id)
        copies = _copies(api, code)
        unknown = {r[0] for r in second.storage.db.conn.execute(
            "SELECT chat_id FROM deliveries WHERE status = 'unknown'")}
        assert max(copies.values()) == 1  # nobody twice
        assert figures["unknown"] == in_flight and figures["blocked"] == 1
        assert figures["sent"] + figures["unknown"] + figures["blocked"] + figures["failed"] == COUNT
        everyone = set(range(FIRST, FIRST + COUNT)) - {BLOCKED}
        assert everyone - set(copies) <= unknown  # whoever got nothing is reported as unknown
        assert api.rejected.get("Bad Gateway", 0) > 0 and len(api.failed) >= 3
        assert second.storage.get_user(f"tg:{BLOCKED}")["subscribed"] == 0
        second.storage.close()
    finally:
        await api.stop()
