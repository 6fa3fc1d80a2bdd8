"""`python -m bot health`: exit 0 only when a bot is running and the database answers.

It reads the heartbeat the running bot writes (see `bot/channels/telegram.py`); it opens
the database without applying migrations. Limited mode (no model) still serves the
emergency card, so it is healthy, but says "degraded: no model".
"""
from __future__ import annotations

import sqlite3
import sys
from typing import Optional, TextIO

from bot.settings import Settings
from bot.store import heartbeat


def check(settings: Settings, out: TextIO = sys.stdout, now: Optional[float] = None) -> int:
    path = settings.database_path
    if not path.exists():
        print(f"unhealthy: no database at {path} (has the bot ever started?)", file=out)
        return 1
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            conn.execute("SELECT 1").fetchone()
            beat = heartbeat.last(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        print(f"unhealthy: the database does not answer: {exc}", file=out)
        return 1
    if beat is None:
        print("unhealthy: no heartbeat: the bot is not running", file=out)
        return 1
    age = beat.age(now)
    if age > settings.health_max_age_seconds:
        print(f"unhealthy: last heartbeat {age:.0f} s ago (pid {beat.pid}, {beat.channel}); "
              f"the limit is {settings.health_max_age_seconds:.0f} s", file=out)
        return 1
    if beat.mode == "loading":
        print(f"starting: answering emergency cards while the model loads; heartbeat {age:.0f} s ago", file=out)
        return 0
    if beat.mode == "limited":
        print(f"degraded: no model (emergency cards only); heartbeat {age:.0f} s ago", file=out)
        return 0
    print(f"ok: heartbeat {age:.0f} s ago ({beat.channel}, pid {beat.pid})", file=out)
    return 0
