"""Per-user order, concurrency across users, and the flood limit."""
import asyncio

from bot.core.lanes import FloodGuard, UserLanes
from bot.language.texts import t
from tests.support.assistants import RecordingRasa, make_assistant


async def test_one_user_in_order_others_at_once():
    lanes, log = UserLanes(), []

    async def work(user, n, delay):
        async with lanes.lane(user):
            log.append((user, n, "start"))
            await asyncio.sleep(delay)
            log.append((user, n, "end"))

    await asyncio.gather(work("a", 1, 0.05), work("a", 2, 0.0), work("b", 1, 0.0))
    a = [e for e in log if e[0] == "a"]
    assert a == [("a", 1, "start"), ("a", 1, "end"), ("a", 2, "start"), ("a", 2, "end")]
    assert log.index(("b", 1, "end")) < log.index(("a", 1, "end"))  # b did not wait for a
    assert len(lanes) == 0  # idle users leave nothing behind


def test_flood_guard_tells_once_and_refills():
    now = [0.0]
    guard = FloodGuard(limit=3, window=3.0, clock=lambda: now[0])
    assert [guard.admit("a") for _ in range(3)] == [(True, False)] * 3
    assert guard.admit("a") == (False, True)
    assert guard.admit("a") == (False, False)
    assert guard.admit("b") == (True, False)  # others are not affected
    now[0] = 1.0
    assert guard.admit("a") == (True, False)  # one token back after a second
    assert guard.admit("a") == (False, False)  # same flood: not told again
    now[0] = 10.0
    assert [guard.admit("a")[0] for _ in range(3)] == [True] * 3
    assert guard.admit("a") == (False, True)  # a new flood is told again


async def test_flooder_told_once_emergency_still_answered(storage):
    rasa = RecordingRasa()
    assistant = make_assistant(storage, rasa, flood=FloodGuard(limit=5, window=600))
    answers = [await assistant.handle("tg:1", f"hello number {i} how are you today") for i in range(12)]
    assert [len(a) for a in answers[:5]] == [1] * 5
    assert [r.text for r in answers[5]] == [t("flood", "en")]
    assert answers[6:] == [[]] * 6
    card = await assistant.handle("tg:1", "help")
    assert card[0].text.startswith(t("detained_intro", "en"))
    card = await assistant.handle("tg:1", "/emergency")  # again within minutes: the short card
    assert "117" in card[0].text
    other = await assistant.handle("tg:2", "hello there how are you today")
    assert other[0].text == "answer"
    assert len(rasa.calls) == 6
