"""How fast the emergency card reaches a user, with and without the language model.

    python bench/emergency.py            # both: the trained model, then limited mode

The real python-telegram-bot application polls the test suite's fake Bot API on
127.0.0.1; each emergency message (keywords in en/ko/id and /emergency) is pushed as
an update and timed until the bot's first sendMessage to that chat arrives. Prints
p50/p95/max; asserts nothing. Target: p95 <= 200 ms.
"""
from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

MESSAGES = [
    ("en", "help"), ("en", "they took my passport and won't let me leave"), ("en", "/emergency"),
    ("ko", "살려주세요"), ("ko", "여권 뺏기고 감금됐어요 시아누크빌"), ("ko", "/emergency"),
    ("id", "tolong"), ("id", "saya disekap di kamboja tolong"), ("id", "/emergency"),
]


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


async def measure(model: Path, rounds: int) -> list[float]:
    import logging

    logging.disable(logging.CRITICAL)
    from bot.app import build_assistant
    from bot.settings import Settings
    from bot.channels.telegram import TelegramBot
    from tests.support.fake_bot_api import FakeBotApi

    with tempfile.TemporaryDirectory() as tmp:
        settings = replace(Settings.from_env({}), model_path=model, database_path=Path(tmp) / "e.db")
        assistant = build_assistant(settings)
        api = await FakeBotApi().start()
        application = TelegramBot(assistant, replace(settings, telegram_token=api.token, telegram_api_url=api.base_url)).build()
        timings: list[float] = []
        async with application:
            await application.start()
            await application.updater.start_polling(poll_interval=0.0, timeout=1)
            user = 7_000_000
            for _ in range(rounds):
                for language, text in MESSAGES:
                    user += 1
                    start = time.perf_counter()
                    api.send_text(user, text, language)
                    await api.wait_for(user, 1, timeout=30)
                    # wait_for adds a quiet period; the call's own arrival time is what counts.
                    first = next(c for c in api.calls if c.method == "sendMessage" and int(c.params["chat_id"]) == user)
                    timings.append((first.params["_received"] - start) * 1000)
            await application.updater.stop()
            await application.stop()
        await api.stop()
    return timings


def main() -> None:
    rounds = int(os.environ.get("BENCH_ROUNDS", "12"))
    model = ROOT / "models" / "current.tar.gz"
    for label, path in (("with the model", model), ("limited mode (no model)", ROOT / "models" / "absent.tar.gz")):
        if label == "with the model" and not path.exists():
            print(f"{label}: skipped, no model at {path} (run `make model`)")
            continue
        ms = asyncio.run(measure(path, rounds))
        print(f"emergency card, {label}: p50 {statistics.median(ms):.1f} ms, p95 {pct(ms, 0.95):.1f} ms, "
              f"max {max(ms):.1f} ms ({len(ms)} updates)")


if __name__ == "__main__":
    main()
