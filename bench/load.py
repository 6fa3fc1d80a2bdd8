"""Many users at once, one of them flooding: time to first reply, the emergency card, memory.

    python bench/load.py [--users 200] [--flood 300] [--distinct 10000]

The bot runs as its own process (`python -m bot`, the trained model, a fresh database)
polling the test suite's fake Bot API on 127.0.0.1. Phase 1: `--users` simulated users
write at once, each 4 messages with 2–6 s of thinking between them, drawn from a mix of
emergency keywords, offers pasted whole, questions and a missing-person form; one more
user sends `--flood` messages as fast as it can (one every 10 ms). Users start at a random
point of their first think time (0–6 s), as in a steady flow rather than all at one instant. Each message is timed from the update
being queued to the bot's first sendMessage to that chat. Phase 2: `--distinct` more
users write one message each, then the bot's peak RSS (VmHWM) is read. Prints figures;
asserts nothing. Targets: p95 first reply (all but the flooder) <= 150 ms, emergency
card p95 <= 100 ms, 0 updates unanswered, peak RSS after 10,000 users <= 700 MB.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.fake_bot_api import FakeBotApi  # noqa: E402

EMERGENCY = [("en", "help"), ("ko", "살려주세요"), ("id", "tolong"), ("en", "they took my passport and won't let me leave"),
             ("ko", "여권 뺏기고 감금됐어요"), ("id", "saya disekap tolong"), ("en", "/emergency")]
QUESTIONS = [("en", "how do I know if a job abroad is a scam?"), ("ko", "해외 취업 사기 어떻게 구별해요?"),
             ("id", "nomor KBRI di phnom penh berapa ya?"), ("en", "what is the police number in Thailand"),
             ("ko", "지금 시아누크빌 여행 가도 안전한가요?"), ("id", "halo kak"), ("en", "hi there"),
             ("en", "send me warnings when there is news")]
OFFERS = [("en", "Customer service job in Sihanoukville, salary $2500 a month, free flight and visa, no experience "
                 "needed, contact only on Telegram @fastjob_kh, leave this week, don't tell anyone."),
          ("id", "Lowongan admin online di Kamboja gaji 15 juta, tiket dan visa ditanggung, tanpa pengalaman, "
                 "hubungi WA saja, berangkat minggu ini."),
          ("ko", "캄보디아 고객상담 월 400만원 항공권 숙소 제공 경력무관 텔레그램으로만 연락 이번주 출국")]
FORM = {"en": ["my brother went to Cambodia for work and stopped answering", "two weeks ago on WhatsApp"],
        "ko": ["아들이 캄보디아로 일하러 갔는데 연락이 안 돼요", "2주 전에 카톡으로 마지막 연락"],
        "id": ["adik saya kerja ke kamboja dan sudah gak bisa dihubungi", "terakhir chat WA 2 minggu lalu"]}


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else float("nan")


def script(rng: random.Random) -> list[tuple[str, str, bool]]:
    """4 messages of one user: (language, text, is_emergency)."""
    kind = rng.choice(["questions", "emergency", "offer", "form"])
    if kind == "form":
        lang = rng.choice(list(FORM))
        return [(lang, FORM[lang][0], False), (lang, FORM[lang][1], False)] + [(*rng.choice(QUESTIONS), False) for _ in range(2)]
    out = []
    for _ in range(4):
        pool = {"questions": QUESTIONS, "emergency": EMERGENCY + QUESTIONS, "offer": OFFERS + QUESTIONS}[kind]
        lang, text = rng.choice(pool)
        out.append((lang, text, (lang, text) in EMERGENCY))
    return out


class Timer:
    """First reply to a chat after a moment, from an index kept as the fake records calls."""

    def __init__(self, api: FakeBotApi) -> None:
        self.replies: dict[int, list[float]] = {}
        self.waiters: dict[int, list[tuple[float, asyncio.Future]]] = {}
        api.listeners.append(self.on_call)

    def on_call(self, method: str, params: dict) -> None:
        if method != "sendMessage":
            return
        chat, at = int(params.get("chat_id", 0)), params["_received"]
        self.replies.setdefault(chat, []).append(at)
        for since, future in self.waiters.pop(chat, []):
            if at >= since and not future.done():
                future.set_result(at)
            elif not future.done():
                self.waiters.setdefault(chat, []).append((since, future))

    def count(self, chat: int) -> int:
        return len(self.replies.get(chat, []))

    async def wait(self, chat: int, since: float, timeout: float = 15.0) -> float | None:
        got = next((at for at in self.replies.get(chat, []) if at >= since), None)
        if got is not None:
            return got
        future = asyncio.get_running_loop().create_future()
        self.waiters.setdefault(chat, []).append((since, future))
        try:
            return await asyncio.wait_for(future, timeout)
        except asyncio.TimeoutError:
            return None


async def user(api: FakeBotApi, timer: Timer, chat: int, rng: random.Random, out: dict) -> None:
    await asyncio.sleep(rng.uniform(0, 6))  # users are already mid-conversation: arrivals spread over one think time
    for lang, text, urgent in script(rng):
        start = time.perf_counter()
        api.send_text(chat, text, lang)
        got = await timer.wait(chat, start)
        if got is None:
            out["unanswered"] += 1
        else:
            out["all"].append((got - start) * 1000)
            out.setdefault("log", []).append(((got - start) * 1000, start, text[:40]))
            if urgent:
                out["emergency"].append((got - start) * 1000)
        await asyncio.sleep(rng.uniform(2, 6))


async def flooder(api: FakeBotApi, chat: int, count: int) -> None:
    for i in range(count):
        api.send_text(chat, f"{OFFERS[i % 3][1]} #{i}", "en")
        await asyncio.sleep(0.01)


def rss_mb(pid: int, field: str = "VmHWM") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def run(args: argparse.Namespace) -> None:
    api = await FakeBotApi().start()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_URL": api.base_url,
               "DATABASE_PATH": str(Path(tmp) / "load.db"), "LOG_LEVEL": "ERROR", "PYTHONPATH": str(ROOT),
               "TELEGRAM_POLL_TIMEOUT": "1"}
        started = time.perf_counter()
        bot = subprocess.Popen([sys.executable, "-m", "bot"], cwd=ROOT, env=env)
        try:
            timer = Timer(api)
            while not any(c.method == "setMyCommands" for c in api.calls):
                await asyncio.sleep(0.05)
                if bot.poll() is not None:
                    raise SystemExit("the bot exited")
            warm = time.perf_counter()
            api.send_text(1, "hi there", "en")
            await timer.wait(1, warm, 60)
            print(f"bot started and answered in {time.perf_counter() - started:.1f} s")
            rng = random.Random(7)
            out = {"all": [], "emergency": [], "unanswered": 0}
            t0 = time.perf_counter()
            tasks = [user(api, timer, 10_000 + i, random.Random(rng.random()), out) for i in range(args.users)]
            await asyncio.gather(flooder(api, 9_999, args.flood), *tasks)
            elapsed = time.perf_counter() - t0
            sent = len(out["all"]) + out["unanswered"]
            flood_replies = timer.count(9_999)
            print(f"phase 1: {args.users} users, {sent} messages in {elapsed:.1f} s ({sent / elapsed:.1f}/s), "
                  f"plus {args.flood} from one flooder (answered {flood_replies} times)")
            print(f"first reply (all but the flooder): p50 {pct(out['all'], .5):.1f} ms, p95 {pct(out['all'], .95):.1f} ms, "
                  f"max {max(out['all']):.1f} ms")
            print(f"emergency card: p50 {pct(out['emergency'], .5):.1f} ms, p95 {pct(out['emergency'], .95):.1f} ms, "
                  f"max {max(out['emergency'] or [float('nan')]):.1f} ms ({len(out['emergency'])} cards)")
            print(f"unanswered updates (all but the flooder): {out['unanswered']}")
            if args.verbose:
                for ms, at, text in sorted(out["log"], reverse=True)[:15]:
                    print(f"   slow: {ms:7.1f} ms at +{at - t0:5.1f} s  {text}")
            print(f"bot RSS after phase 1: {rss_mb(bot.pid, 'VmRSS'):.0f} MB (peak {rss_mb(bot.pid):.0f} MB)")
            if args.distinct:
                t1, missing, batch = time.perf_counter(), 0, 100
                for first in range(0, args.distinct, batch):
                    chats = range(100_000 + first, 100_000 + min(first + batch, args.distinct))
                    since = time.perf_counter()
                    for chat in chats:
                        api.send_text(chat, random.choice(["hi there", "halo kak", "안녕하세요", "what can you do?"]), "en")
                    for chat in chats:
                        if await timer.wait(chat, since, 60) is None:
                            missing += 1
                    api.calls.clear()  # keep the fake's memory flat
                    timer.replies.clear()
                print(f"phase 2: {args.distinct} distinct users in {time.perf_counter() - t1:.0f} s, {missing} unanswered; "
                      f"bot RSS {rss_mb(bot.pid, 'VmRSS'):.0f} MB, peak {rss_mb(bot.pid):.0f} MB")
        finally:
            bot.terminate()
            try:
                bot.wait(10)
            except subprocess.TimeoutExpired:
                bot.kill()
    await api.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--flood", type=int, default=300)
    parser.add_argument("--distinct", type=int, default=10_000)
    parser.add_argument("--verbose", action="store_true", help="list the slowest first replies")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
