"""An advisory to many subscribers, honest about Telegram, through a crash.

    python bench/broadcast.py [--subscribers 10000] [--chatters 20]

The bot runs as its own process (`python -m bot`, the trained model) on the test suite's fake
Bot API, which here enforces Telegram's limits: 30 messages a second overall and one a second
per chat (429 with retry_after beyond them), and answers 1% of sends with 502. The database is
seeded with the subscribers (Korean, Indonesian and English readers of Cambodia's advisories),
one of whom has blocked the bot. The advisory is queued the way an officer would in an
emergency, `python -m bot advisory send FILE.yaml --as STAFF_ID`; the running bot's sender
does the rest. The bot is killed (SIGKILL) once, about 40% of the way, and started again.
Meanwhile `--chatters` users write to the bot every 5-10 s and the time to their reply is measured.

Prints one line: throughput_msgs_per_s=… duplicates=… lost=… unknown=… peak_rss_mb=… chat_replies_p95_ms=…
(throughput: advisory copies delivered per second while the bot was up; lost: a subscriber
neither delivered nor reported blocked, failed or unknown). Targets: ≥ 24/s, 0 duplicates,
0 lost, memory flat, replies p95 ≤ 200 ms.
"""
from __future__ import annotations

import argparse
import asyncio
import json
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

STAFF_ID = 42
FIRST_SUBSCRIBER = 3_000_000
CHAT_LINES = ["hello", "what is the embassy number in cambodia?", "is this job offer safe?", "thanks",
              "how do I report a fake recruiter?", "what are the signs of a scam job?"]


def seed(db: Path, subscribers: int, env: dict) -> None:
    """The schema (the bot's own migrations), then the subscribers, in one transaction."""
    subprocess.run([sys.executable, "-c", "from bot.store import Storage; from bot.settings import Settings; "
                    "Storage(Settings.from_env().database_path).close()"], cwd=ROOT, env=env, check=True)
    conn = sqlite3.connect(db)
    languages = ["ko", "id", "en"]
    with conn:
        conn.executemany(
            "INSERT INTO users (id, language, nationality, subscribed, alert_hosts, created_at, updated_at) "
            "VALUES (?, ?, ?, 1, '[\"KH\"]', 'seed', 'seed')",
            [[f"tg:{FIRST_SUBSCRIBER + i}", languages[i % 3], ["KR", "ID", "PH"][i % 3]] for i in range(subscribers)])
    conn.close()


def rss_peak_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def rss_now_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else float("nan")


async def chatter(api: FakeBotApi, chat: int, stop: asyncio.Event, latencies: list[float], up: dict) -> None:
    """A person writing to the bot while the broadcast goes out; replies timed while the bot is up."""
    await asyncio.sleep(random.uniform(0, 5))
    while not stop.is_set():
        if up["bot"]:
            before = len(api.sent_to(chat))
            start = time.perf_counter()
            api.send_text(chat, random.choice(CHAT_LINES), "en")
            deadline = start + 10
            while len(api.sent_to(chat)) == before and time.perf_counter() < deadline and up["bot"]:
                await asyncio.sleep(0.005)
            if len(api.sent_to(chat)) > before and up["bot"]:
                latencies.append((api.sent_to(chat)[before]["_received"] - start) * 1000)
        await asyncio.sleep(random.uniform(5, 10))


async def run(args: argparse.Namespace) -> None:
    random.seed(5)
    api = FakeBotApi(limits=(30, 1.0), error_rate=0.01)
    api.max_poll_wait = 1.0
    await api.start()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "broadcast.db"
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_URL": api.base_url,
               "DATABASE_PATH": str(db), "LOG_LEVEL": "ERROR", "PYTHONPATH": str(ROOT), "TELEGRAM_POLL_TIMEOUT": "1",
               "STAFF_IDS": str(STAFF_ID), "FLOOD_LIMIT": "1000"}
        seed(db, args.subscribers, env)
        api.blocked.add(FIRST_SUBSCRIBER + 7)
        advisory = Path(tmp) / "advisory.yaml"
        advisory.write_text(json.dumps({
            "texts": {"en": "Bavet, Poipet and Bokor are now under a travel ban. Do not accept jobs there.",
                      "ko": "바벳, 포이펫, 보코는 이제 여행금지 지역입니다. 그곳의 일자리 제안을 받지 마세요.",
                      "id": "Bavet, Poipet dan Bokor kini dilarang dikunjungi. Jangan terima tawaran kerja di sana."},
            "audience": {"host_country": "KH"}}, ensure_ascii=False), encoding="utf-8")
        bot = subprocess.Popen([sys.executable, "-m", "bot"], cwd=ROOT, env=env)
        up = {"bot": False}
        peak = 0.0
        try:
            while not any(c.method == "setMyCommands" for c in api.calls):
                await asyncio.sleep(0.05)
            up["bot"] = True
            queued = subprocess.run([sys.executable, "-m", "bot", "advisory", "send", str(advisory), "--as", str(STAFF_ID)],
                                    cwd=ROOT, env=env, capture_output=True, text=True)
            print(queued.stdout.strip() or queued.stderr.strip(), file=sys.stderr)
            code = queued.stdout.split(":")[0].strip()
            stop, latencies = asyncio.Event(), []
            chatters = [asyncio.create_task(chatter(api, 9_000_000 + i, stop, latencies, up)) for i in range(args.chatters)]

            def delivered() -> int:
                return sum(1 for c in api.calls if c.method == "sendMessage" and code in (c.params.get("text") or ""))

            started = time.perf_counter()
            killed_at = None
            down_seconds = 0.0
            rss_samples: list[float] = []
            while True:
                await asyncio.sleep(0.5)
                peak = max(peak, rss_peak_mb(bot.pid))
                rss_samples.append(rss_now_mb(bot.pid))
                done = delivered()
                if killed_at is None and done >= 0.4 * args.subscribers:
                    bot.send_signal(signal.SIGKILL)
                    bot.wait()
                    up["bot"] = False
                    killed_at = time.perf_counter()
                    bot = subprocess.Popen([sys.executable, "-m", "bot"], cwd=ROOT, env=env)
                    calls_before = sum(1 for c in api.calls if c.method == "setMyCommands")
                    while sum(1 for c in api.calls if c.method == "setMyCommands") == calls_before:
                        await asyncio.sleep(0.05)
                    up["bot"] = True
                    down_seconds = time.perf_counter() - killed_at
                conn = sqlite3.connect(db)
                status = conn.execute("SELECT status FROM advisories WHERE code = ?", [code]).fetchone()
                conn.close()
                if status and status[0] == "sent":
                    break
                if time.perf_counter() - started > args.timeout:
                    print("timed out", file=sys.stderr)
                    break
            elapsed = time.perf_counter() - started
            stop.set()
            await asyncio.gather(*chatters, return_exceptions=True)
        finally:
            bot.send_signal(signal.SIGKILL)
            bot.wait()
        conn = sqlite3.connect(db)
        rows = dict(conn.execute("SELECT d.chat_id, d.status FROM deliveries d JOIN advisories a ON a.id = d.advisory_id "
                                 "WHERE a.code = ?", [code]).fetchall())
        conn.close()
    await api.stop()
    subscribers = {FIRST_SUBSCRIBER + i for i in range(args.subscribers)}
    per_chat: dict[int, int] = {}
    times = []
    for c in api.calls:  # copies of the advisory delivered to subscribers (staff get figures, not copies)
        if c.method == "sendMessage" and code in (c.params.get("text") or "") and int(c.params["chat_id"]) in subscribers:
            chat = int(c.params["chat_id"])
            per_chat[chat] = per_chat.get(chat, 0) + 1
            times.append(c.params["_received"])
    duplicates = sum(n - 1 for n in per_chat.values() if n > 1)
    reported = {chat for chat, status in rows.items() if status in ("blocked", "failed", "unknown")}
    lost = len([chat for chat in subscribers if chat not in per_chat and chat not in reported])
    unknown = sum(1 for status in rows.values() if status == "unknown")
    counts = {s: sum(1 for v in rows.values() if v == s) for s in ("sent", "blocked", "failed", "unknown", "pending", "claimed")}
    # Sustained: from the first copy to the last, less the time the bot was down after the kill.
    span = (max(times) - min(times) - down_seconds) if len(times) > 1 else float("nan")
    throughput = len(times) / max(0.001, span)
    half = len(rss_samples) // 2
    print(f"subscribers={args.subscribers} elapsed_s={elapsed:.0f} down_s={down_seconds:.1f} rows={counts} "
          f"rejected_by_telegram={api.rejected} rss_first_half_max_mb={max(rss_samples[:half] or [0]):.0f} "
          f"rss_second_half_max_mb={max(rss_samples[half:] or [0]):.0f} chat_replies={len(latencies)}")
    print(f"throughput_msgs_per_s={throughput:.1f} duplicates={duplicates} lost={lost} unknown={unknown} "
          f"peak_rss_mb={peak:.0f} chat_replies_p95_ms={pct(latencies, .95):.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=10000)
    parser.add_argument("--chatters", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=1800)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
