"""A backlog of messages (after a restart, under load) does not hold up a button press or a location."""
import asyncio
import time
from types import SimpleNamespace

from bot.channels.telegram import PerUserUpdates


def text_update(user: int, text: str):
    message = SimpleNamespace(text=text, caption=None, location=None, venue=None)
    return SimpleNamespace(effective_user=SimpleNamespace(id=user), effective_message=message, callback_query=None)


def press(user: int, data: str):
    return SimpleNamespace(effective_user=SimpleNamespace(id=user), effective_message=None,
                           callback_query=SimpleNamespace(data=data))


def location_update(user: int):
    message = SimpleNamespace(text=None, caption=None, location=SimpleNamespace(latitude=16.7, longitude=98.5), venue=None)
    return SimpleNamespace(effective_user=SimpleNamespace(id=user), effective_message=message, callback_query=None)


async def _backlog_then(extra_update, messages: int = 60) -> list[str]:
    processor = PerUserUpdates(4096, urgent=lambda text: False)
    done: list[str] = []

    async def handle(name: str) -> None:
        time.sleep(0.002)  # the CPU a message costs before it waits for the dialogue thread
        await asyncio.sleep(0)
        time.sleep(0.002)
        done.append(name)

    tasks = [asyncio.create_task(processor.do_process_update(text_update(100 + i, f"message {i}"), handle(f"m{i}")))
             for i in range(messages)]
    tasks.append(asyncio.create_task(processor.do_process_update(extra_update, handle("priority"))))
    await asyncio.gather(*tasks)
    return done


async def test_a_report_send_press_overtakes_a_backlog_of_messages():
    done = await _backlog_then(press(7, "case:send:abc"))
    assert len(done) == 61
    assert done.index("priority") < 30  # ahead of most of the 60 (at most MESSAGE_SLOTS before it)


async def test_a_shared_location_overtakes_a_backlog_of_messages():
    done = await _backlog_then(location_update(8))
    assert done.index("priority") < 30  # ahead of most of the 60 (at most MESSAGE_SLOTS before it)


async def test_the_backlog_itself_is_answered_in_the_order_it_came():
    done = await _backlog_then(text_update(9, "last one"), messages=40)
    assert done == [f"m{i}" for i in range(40)] + ["priority"]
