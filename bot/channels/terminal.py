"""The same assistant as a chat in the terminal, for trying it without a bot token."""
from __future__ import annotations

import asyncio
import sys
from typing import Optional, TextIO

from bot.cases.service import STAFF, Notice
from bot.channels.heartbeat import Heartbeat
from bot.core.assistant import Assistant, Reply

USER_ID = "cli:local"
BANNER = (
    "Terminal chat (no TELEGRAM_BOT_TOKEN set). Write in English, 한국어, Bahasa Indonesia, ภาษาไทย, tiếng Việt or 中文.\n"
    "Commands work as in Telegram (/help, /emergency, /language). Type a button's number to press it; "
    "Ctrl-D to quit.\n"
)


def render(replies: list[Reply], out: TextIO) -> list[str]:
    """Print replies; return the payloads of the numbered buttons."""
    payloads: list[str] = []
    for reply in replies:
        out.write(f"\n🤖 {reply.text}\n")
        for button in reply.buttons:
            payloads.append(button.payload)
            out.write(f"   [{len(payloads)}] {button.title}\n")
    out.flush()
    return payloads


async def chat(assistant: Assistant, inp: TextIO = sys.stdin, out: TextIO = sys.stdout,
               heartbeat_seconds: Optional[float] = None) -> None:
    beat = None
    if heartbeat_seconds:
        beat = Heartbeat(assistant.storage, lambda: assistant.mode, "terminal",
                         heartbeat_seconds, alive=_running)
        beat.start()
    try:
        await _chat(assistant, inp, out)
    finally:
        if beat is not None:
            await beat.stop()


async def _running() -> bool:
    """The terminal chat waits for its user as long as it likes: its loop running is its life."""
    return True


async def _chat(assistant: Assistant, inp: TextIO, out: TextIO) -> None:
    async def notice(sent: Notice) -> None:
        """The terminal has no staff chat: notices are shown inline, marked as such."""
        out.write(f"\n[for {'staff' if sent.target == STAFF else sent.target}] {sent.text}\n")

    assistant.notify = notice
    out.write(BANNER)
    payloads: list[str] = []
    loop = asyncio.get_running_loop()
    while True:
        out.write("\n> ")
        out.flush()
        line = await loop.run_in_executor(None, inp.readline)
        if not line:
            break
        line = line.rstrip("\n")
        if line.strip().isdigit() and 0 < int(line) <= len(payloads):
            replies = await assistant.handle(USER_ID, payloads[int(line) - 1], from_button=True)
        else:
            replies = await assistant.handle(USER_ID, line)
        payloads = render(replies, out)
