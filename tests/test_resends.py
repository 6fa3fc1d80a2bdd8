"""The same text or tap sent again before the first was answered is answered once."""
import asyncio
from types import SimpleNamespace

from bot.channels.telegram import PerUserUpdates


def text_update(user: int, text: str):
    message = SimpleNamespace(text=text, caption=None)
    return SimpleNamespace(effective_user=SimpleNamespace(id=user), effective_message=message, callback_query=None)


def photo_update(user: int):
    message = SimpleNamespace(text=None, caption=None)
    return SimpleNamespace(effective_user=SimpleNamespace(id=user), effective_message=message, callback_query=None)


async def test_a_resend_while_the_first_waits_is_answered_once_and_other_messages_are_not_lost():
    processor = PerUserUpdates(16, urgent=lambda text: text == "help")
    handled: list[str] = []
    release = asyncio.Event()

    async def handle(what: str, wait: bool = False) -> None:
        if wait:
            await release.wait()
        handled.append(what)

    first = asyncio.create_task(processor.do_process_update(text_update(1, "two weeks ago"), handle("first", wait=True)))
    await asyncio.sleep(0.01)
    await processor.do_process_update(text_update(1, "two weeks ago"), handle("resend"))  # dropped at once
    others = [asyncio.create_task(processor.do_process_update(update, handle(name))) for update, name in [
        (text_update(1, "Budi"), "next answer"),   # queued behind the first, not dropped
        (photo_update(1), "photo 1"), (photo_update(1), "photo 2"),  # media are never taken for resends
        (text_update(2, "two weeks ago"), "another user"),
        (text_update(1, "help"), "emergency"),      # never queued, never dropped
    ]]
    await asyncio.sleep(0.05)
    assert handled == ["another user", "emergency"]
    release.set()
    await asyncio.gather(first, *others)
    assert handled == ["another user", "emergency", "first", "next answer", "photo 1", "photo 2"]
    await processor.do_process_update(text_update(1, "two weeks ago"), handle("later, again"))  # answered by then
    assert handled[-1] == "later, again"
