"""Reports survive crashes: reporters file concurrently while the bot is SIGKILLed and restarted.

    python bench/reports.py [--reporters 200] [--kills 6]

The bot runs as its own process (`python -m bot`, the trained model, a fresh database) on the
test suite's fake Bot API. Each simulated family reports a missing relative (en, ko or id):
the first message, then it answers whichever question the bot asks (typing the answer, or
tapping "skip" and "no"), then "send" on the summary. A reporter who gets no answer within
8 s does what a person does: sends the same thing again. Meanwhile
the bot is killed with SIGKILL at random moments and started again. At the end the
database is read: a confirmed case (the reporter saw its code) that is not stored is lost;
a reporter with more than one case is duplicated. Prints one line:
confirmed=… stored=… lost=… duplicated=… p95_confirm_ms=… (from "send" to the code).
Targets: 0 lost, 0 duplicated, p95 <= 300 ms.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.fake_bot_api import FakeBotApi  # noqa: E402

from bot.language.texts import t  # noqa: E402

FORM = {"en": ["my brother went to Cambodia for work and stopped answering", "two weeks ago on WhatsApp"],
        "ko": ["동생이 캄보디아로 일하러 갔는데 연락이 안 돼요", "2주 전에 카톡으로 마지막 연락"],
        "id": ["adik saya kerja ke kamboja dan sudah gak bisa dihubungi", "terakhir chat WA 2 minggu lalu"]}
# What a family answers to each question: typed text, or the title of the button it taps.
ANSWERS = {
    lang: {"missing_relation": FORM[lang][0], "missing_where": "Sihanoukville", "missing_last_seen": FORM[lang][1],
           "missing_name": "Budi Santoso", "missing_age": "24", "missing_recruited": ("btn_skip",),
           "missing_job": ("btn_skip",), "missing_ransom": ("btn_no",), "missing_passport": ("btn_skip",),
           "missing_photo": ("btn_skip",), "missing_reporter": "Siti +62 812 0000 1111"}
    for lang in FORM
}


def question_of(message: dict, lang: str) -> str | None:
    text = message.get("text") or ""
    return next((slot for slot in ANSWERS[lang] if t(f"ask_{slot}", lang) in text), None)


def button_with(message: dict, title: str) -> str | None:
    for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
        for button in row:
            if button.get("text") == title:
                return button["callback_data"]
    return None


class Inbox:
    """Every message the bot sent, by chat, with an event to wait on."""

    def __init__(self, api: FakeBotApi) -> None:
        self.by_chat: dict[int, list[dict]] = {}
        self.events: dict[int, asyncio.Event] = {}
        api.listeners.append(self.on_call)

    def on_call(self, method: str, params: dict) -> None:
        if method == "sendMessage":
            chat = int(params.get("chat_id", 0))
            self.by_chat.setdefault(chat, []).append(params)
            self.events.setdefault(chat, asyncio.Event()).set()

    async def wait(self, chat: int, predicate, since: int, timeout: float) -> dict | None:
        deadline = time.perf_counter() + timeout
        while True:
            for message in self.by_chat.get(chat, [])[since:]:
                if predicate(message):
                    return message
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            event = self.events.setdefault(chat, asyncio.Event())
            event.clear()
            try:
                await asyncio.wait_for(event.wait(), left)
            except asyncio.TimeoutError:
                return None


def send_button(message: dict) -> str | None:
    for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
        for button in row:
            if button.get("callback_data", "").startswith("case:send:"):
                return button["callback_data"]
    return None


async def _ask(api: FakeBotApi, inbox: Inbox, chat: int, lang: str, text: str, wanted, tries: int) -> dict | None:
    for _ in range(tries):
        mark = len(inbox.by_chat.get(chat, []))
        api.send_text(chat, text, lang)
        got = await inbox.wait(chat, wanted, mark, 8)
        if got is not None:
            return got
    return None


def _asked(lang: str):
    return lambda m: send_button(m) is not None or question_of(m, lang) is not None


async def _answer(api: FakeBotApi, inbox: Inbox, chat: int, lang: str, question: dict) -> dict | None:
    """Answer the question the bot asked, typed or tapped; the next question (or the summary)."""
    slot = question_of(question, lang)
    answer = ANSWERS[lang][slot]  # type: ignore[index]
    for _ in range(3):
        mark = len(inbox.by_chat.get(chat, []))
        if isinstance(answer, tuple):
            data = button_with(question, t(answer[0], lang))
            if data is None:
                return None
            api.press(chat, data, lang)
        else:
            api.send_text(chat, answer, lang)
        got = await inbox.wait(chat, _asked(lang), mark, 8)
        if got is not None:
            return got
    return None


async def reporter(api: FakeBotApi, inbox: Inbox, chat: int, lang: str, out: dict, state: dict) -> None:
    """A family: starts the report and answers each question; if the bot lost its place (a
    crash), starts again, as people do."""
    await asyncio.sleep(random.uniform(0, 20))
    first = FORM[lang][0]
    summary = None
    for _ in range(8):
        current = await _ask(api, inbox, chat, lang, first, _asked(lang), 3)
        for _ in range(20):
            if current is None or send_button(current) is not None:
                break
            current = await _answer(api, inbox, chat, lang, current)
        if current is not None and send_button(current) is not None:
            summary = current
            break
    if summary is None:
        out["gave_up"] += 1
        return
    data = send_button(summary)
    start, kills_before = time.perf_counter(), state["kills"]
    for _ in range(12):
        mark = len(inbox.by_chat.get(chat, []))
        api.press(chat, data, lang)
        done = await inbox.wait(chat, lambda m: "CASE-" in (m.get("text") or ""), mark, 8)
        if done is not None:
            code = "CASE-" + done["text"].split("CASE-")[1][:10]
            out["confirmed"][chat] = code
            ms = (done["_received"] - start) * 1000
            out["confirm_ms"].append(ms)
            if state["kills"] == kills_before:
                out["confirm_ms_no_restart"].append(ms)
            return
    out["gave_up"] += 1


def start_bot(env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot"], cwd=ROOT, env=env)


async def killer(state: dict, env: dict, kills: int) -> None:
    for _ in range(kills):
        await asyncio.sleep(random.uniform(3, 8))
        state["bot"].send_signal(signal.SIGKILL)
        state["bot"].wait()
        state["bot"] = start_bot(env)
        state["kills"] += 1


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else float("nan")


async def run(args: argparse.Namespace) -> None:
    random.seed(11)
    api = await FakeBotApi().start()
    inbox = Inbox(api)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "reports.db"
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_URL": api.base_url,
               "DATABASE_PATH": str(db), "LOG_LEVEL": "ERROR", "PYTHONPATH": str(ROOT), "TELEGRAM_POLL_TIMEOUT": "1",
               "FLOOD_LIMIT": "1000"}
        state = {"bot": start_bot(env), "kills": 0}
        try:
            while not any(c.method == "setMyCommands" for c in api.calls):
                await asyncio.sleep(0.05)
            out = {"confirmed": {}, "confirm_ms": [], "confirm_ms_no_restart": [], "gave_up": 0}
            langs = list(FORM)
            reporters = [reporter(api, inbox, 20_000 + i, langs[i % 3], out, state) for i in range(args.reporters)]
            await asyncio.gather(killer(state, env, args.kills), *reporters)
        finally:
            state["bot"].send_signal(signal.SIGKILL)
            state["bot"].wait()
        conn = sqlite3.connect(db)
        stored = dict(conn.execute("SELECT code, reporter FROM cases").fetchall())
        per_reporter: dict[str, int] = {}
        for reporter_id in stored.values():
            per_reporter[reporter_id] = per_reporter.get(reporter_id, 0) + 1
        conn.close()
    await api.stop()
    confirmed = out["confirmed"]
    lost = sum(1 for code in confirmed.values() if code not in stored)
    duplicated = sum(count - 1 for count in per_reporter.values() if count > 1)
    print(f"reporters={args.reporters} kills={state['kills']} gave_up={out['gave_up']} "
          f"p50_confirm_ms={pct(out['confirm_ms'], .5):.0f} "
          f"p95_confirm_ms_without_a_restart_in_between={pct(out['confirm_ms_no_restart'], .95):.0f}")
    print(f"confirmed={len(confirmed)} stored={len(stored)} lost={lost} duplicated={duplicated} "
          f"p95_confirm_ms={pct(out['confirm_ms'], .95):.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reporters", type=int, default=200)
    parser.add_argument("--kills", type=int, default=6)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
