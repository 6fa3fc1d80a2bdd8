"""Advisories: an audience snapshotted once, approval over 1,000 readers, the one sender's
outcomes (429, 5xx, blocked, unknown), a crash's claimed rows, and verification."""
import asyncio
import time

import pytest

from bot.advisories import store, verify
from bot.advisories.sender import BLOCKED, RETRY, RETRY_AFTER, SENT, UNKNOWN, Broadcaster, Result, render
from bot.advisories.service import APPROVAL_LIMIT, AdvisoriesService, Refused, parse_texts
from bot.store import staff as staff_store
from bot.store.access import Access

ADMIN, OFFICER, OFFICER2 = 42, 43, 44


@pytest.fixture
def access(storage):
    access = Access({ADMIN}, storage)
    staff_store.add(storage.db.conn, "tg:42", OFFICER, "officer", "KR", "KH")
    staff_store.add(storage.db.conn, "tg:42", OFFICER2, "officer", "KR", "KH")
    return access


@pytest.fixture
def service(storage, access):
    return AdvisoriesService(storage, access)


def subscribe(storage, first, count, *, nationality="KR", hosts='["KH"]', language="ko"):
    conn = storage.db.conn
    with conn:
        conn.executemany(
            "INSERT INTO users (id, language, nationality, subscribed, alert_hosts, created_at, updated_at) "
            "VALUES (?, ?, ?, 1, ?, 'x', 'x')",
            [[f"tg:{first + i}", language, nationality, hosts] for i in range(count)])


def test_texts_by_language_paragraph():
    assert parse_texts("en: Bavet is under a travel ban.\n\nko: 바벳은 여행금지.\n\nid: Bavet dilarang.") == {
        "en": "Bavet is under a travel ban.", "ko": "바벳은 여행금지.", "id": "Bavet dilarang."}
    assert parse_texts("No code: English.\n\nSecond paragraph.") == {"en": "No code: English.\n\nSecond paragraph."}


def test_the_audience_is_snapshotted_once(storage, service, access):
    subscribe(storage, 1000, 5)
    subscribe(storage, 2000, 3, nationality="ID", language="id")
    subscribe(storage, 3000, 2, hosts='["MM"]')
    with storage.db.conn:
        storage.db.conn.execute("UPDATE users SET blocked_at = 'x' WHERE id = 'tg:1000'")
        storage.db.conn.execute("UPDATE users SET subscribed = 0 WHERE id = 'tg:1001'")
    officer = access.actor(f"tg:{OFFICER}")
    draft = service.write(officer, {"en": "Bavet is under a travel ban."}, nationality="ID", host="MM")
    assert (draft.nationality, draft.host_country) == ("KR", "KH")  # an officer writes to their own mission
    done = service.submit(officer, draft.id)
    assert done.sending and done.count == 3  # 5 Koreans for Cambodia, one blocked, one unsubscribed
    subscribe(storage, 4000, 4)  # subscribing after approval changes nothing
    assert store.approve(storage.db.conn, draft.id, "tg:42") == 0
    assert storage.db.conn.execute("SELECT count(*) FROM deliveries WHERE advisory_id = ?", [draft.id]).fetchone()[0] == 3


def test_over_a_thousand_readers_needs_a_second_officer(storage, service, access):
    subscribe(storage, 10_000, APPROVAL_LIMIT + 1)
    officer, colleague, stranger = (access.actor(f"tg:{i}") for i in (OFFICER, OFFICER2, 7))
    draft = service.write(officer, {"en": "Fake 'embassy' accounts ask families for money."})
    waiting = service.submit(officer, draft.id)
    assert not waiting.sending and waiting.notices[0].target == "staff"
    assert waiting.notices[0].buttons[0]["payload"] == f"adv:approve:{draft.id}"
    with pytest.raises(Refused):
        service.approve(officer, draft.id)  # not its own author
    with pytest.raises(Refused):
        service.approve(stranger, draft.id)  # not staff
    assert service.approve(colleague, draft.id).count == APPROVAL_LIMIT + 1
    admin = access.actor(f"tg:{ADMIN}")
    second = service.write(admin, {"en": "Admins may send at once."}, nationality="KR", host="KH")
    assert service.submit(admin, second.id).sending


def test_a_removed_officer_can_do_nothing(storage, service, access):
    staff_store.remove(storage.db.conn, "tg:42", OFFICER)
    with pytest.raises(Refused):
        service.write(access.actor(f"tg:{OFFICER}"), {"en": "x"})


class FakeTelegram:
    """Answers per chat from a script: each entry is used once, then "sent"."""

    def __init__(self, script):
        self.script = {chat: list(outcomes) for chat, outcomes in script.items()}
        self.delivered = []

    async def send(self, chat, text):
        outcomes = self.script.get(chat) or []
        outcome = outcomes.pop(0) if outcomes else SENT
        if outcome == SENT:
            self.delivered.append((chat, text))
            return Result(SENT, message_id=len(self.delivered))
        if outcome == UNKNOWN:
            self.delivered.append((chat, text))  # it went out: Telegram may have delivered it
        return Result(outcome, retry_after=0.2 if outcome == RETRY_AFTER else 0.0, error=outcome)


async def run_until_done(sender, storage, advisory_id, timeout=20.0):
    async def loop():
        while True:
            claimed = await sender.step()
            f = store.figures(storage.db.conn, advisory_id)
            if not claimed and f["pending"] == 0 and f["claimed"] == 0:
                await sender.drain()
                f = store.figures(storage.db.conn, advisory_id)
                if f["pending"] == 0 and f["claimed"] == 0:
                    return f
            await asyncio.sleep(0.05)
    return await asyncio.wait_for(loop(), timeout)


async def test_every_outcome_of_a_broadcast(storage, service, access):
    subscribe(storage, 500, 30)
    admin = access.actor(f"tg:{ADMIN}")
    advisory = service.write(admin, {"en": "Advisory text", "ko": "안내문"}, nationality="KR", host="KH")
    service.submit(admin, advisory.id)
    fake = FakeTelegram({501: [RETRY_AFTER], 502: [RETRY, RETRY], 503: [BLOCKED], 504: [UNKNOWN]})
    sender = Broadcaster(storage, fake.send, rate=200, per_chat_seconds=0.0)
    figures = await run_until_done(sender, storage, advisory.id)
    assert figures["sent"] == 28 and figures["blocked"] == 1 and figures["unknown"] == 1
    chats = [chat for chat, _ in fake.delivered]
    assert len(chats) == len(set(chats)) == 29  # nobody twice: the unknown one was not resent
    assert storage.get_user("tg:503")["subscribed"] == 0 and storage.get_user("tg:503")["blocked_at"]
    text = dict(fake.delivered)[500]
    assert text.startswith("📢 대사관 안내") and "안내문" in text and advisory.code in text


async def test_a_chat_just_answered_gets_its_copy_later_and_its_429_pauses_no_one_else(storage, service, access):
    subscribe(storage, 700, 10)
    admin = access.actor(f"tg:{ADMIN}")
    advisory = service.write(admin, {"en": "Advisory"}, nationality="KR", host="KH")
    service.submit(admin, advisory.id)
    answered = {700: True}  # a reply card just went to chat 700
    fake = FakeTelegram({701: [RETRY_AFTER]})
    sender = Broadcaster(storage, fake.send, rate=200, per_chat_seconds=0.0, busy=lambda chat: answered.get(chat, False))
    first = sender._claim(10)
    assert 700 not in [row[2] for row in first]  # waits for its second
    storage.db.conn.execute("UPDATE deliveries SET status = 'pending', attempts = 0 WHERE status = 'claimed'")
    storage.db.conn.commit()
    answered[701] = True  # the 429 for 701 came after a reply to 701: that chat's limit
    claimed = await sender.step()
    await sender.drain()
    assert claimed and sender._paused_until == 0.0
    answered.clear()
    figures = await run_until_done(sender, storage, advisory.id)
    assert figures["sent"] == 10 and sorted(chat for chat, _ in fake.delivered) == list(range(700, 710))


async def test_rows_in_flight_at_a_crash_become_unknown(storage, service, access):
    subscribe(storage, 600, 3)
    admin = access.actor(f"tg:{ADMIN}")
    advisory = service.write(admin, {"en": "x"}, nationality="KR", host="KH")
    service.submit(admin, advisory.id)
    first = Broadcaster(storage, FakeTelegram({}).send)
    first._claim(2)  # claimed and committed, then the process died before sending
    assert Broadcaster(storage, FakeTelegram({}).send).recover() == 2
    fake = FakeTelegram({})
    figures = await run_until_done(Broadcaster(storage, fake.send, rate=100), storage, advisory.id)
    assert figures["unknown"] == 2 and figures["sent"] == 1 and len(fake.delivered) == 1


def test_verification(storage, service, access):
    subscribe(storage, 700, 1)
    admin = access.actor(f"tg:{ADMIN}")
    advisory = service.write(admin, {"en": "Bavet, Poipet and Bokor are now under a travel ban for all citizens."},
                             nationality="KR", host="KH")
    assert verify.check(storage.db.conn, f"/verify {advisory.code}").genuine is False  # not sent yet
    service.submit(admin, advisory.id)
    copy = render(store.get(storage.db.conn, advisory.id), "en")
    assert verify.check(storage.db.conn, copy).genuine
    assert verify.check(storage.db.conn, advisory.code.lower()).genuine
    pasted = verify.check(storage.db.conn, "Bavet, Poipet and Bokor are now under a travel ban for all citizens.")
    assert pasted.genuine and pasted.code == advisory.code
    assert not verify.check(storage.db.conn, "ADV-ZZZZZZ").genuine
    forged = "Embassy notice: pay the rescue fee of $3000 to account 1234 to free your son. ADV-ABCDEF"
    assert not verify.check(storage.db.conn, forged).genuine


@pytest.mark.asyncio
async def test_late_wake_ups_do_not_lower_the_broadcast_rate(storage, monkeypatch):
    """Each wake-up comes a millisecond late (a busy loop): the slots still follow the plan."""
    clock = {"now": 1000.0}

    async def late_sleep(seconds):
        clock["now"] += max(seconds, 0.0) + 0.001

    monkeypatch.setattr("bot.advisories.sender.time.monotonic", lambda: clock["now"])
    monkeypatch.setattr("bot.advisories.sender.asyncio.sleep", late_sleep)
    sender = Broadcaster(storage, lambda chat, text: None, rate=25, total_rate=30)
    start = clock["now"]
    for _ in range(100):
        await sender._pace()
    # 100 sends at 25 a second take 3.96 s from the first to the last: not 100 x 41 ms.
    assert clock["now"] - start < 3.96 + 0.01
    sent_in_a_second = [t for t in sender._sent_times if clock["now"] - t < 1.0]
    assert len(sent_in_a_second) <= 26  # never a burst past the rate (and Telegram's 30)


class SlowClaims(Broadcaster):
    """A claim that is still running in its thread when the sender is stopped."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.started = asyncio.Event()
        self.finished = False
        self.loop = asyncio.get_running_loop()

    def _claim(self, limit):
        self.loop.call_soon_threadsafe(self.started.set)
        time.sleep(0.3)
        rows = super()._claim(limit)
        self.finished = True
        return rows


async def test_a_stopped_sender_waits_for_its_database_call_before_the_storage_closes(storage):
    """Cancelling the sender does not stop a claim running in a thread; closing the database
    under it crashed the whole process (a segfault seen in `make test`). The stop now waits."""
    sender = SlowClaims(storage, lambda chat, text: None, idle_seconds=0.01)
    task = asyncio.create_task(sender.run())
    await asyncio.wait_for(sender.started.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert sender.finished  # the claim's thread is done: the storage may close now
