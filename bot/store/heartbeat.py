"""The running bot's heartbeat, so that a health check can tell a live bot from a hung one."""
from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Beat:
    at: float
    mode: str
    channel: str
    pid: int

    def age(self, now: Optional[float] = None) -> float:
        return (time.time() if now is None else now) - self.at


def beat(conn: sqlite3.Connection, mode: str, channel: str, at: Optional[float] = None) -> None:
    with conn:
        conn.execute(
            "INSERT INTO heartbeat (id, at, mode, channel, pid) VALUES (1, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET at = excluded.at, mode = excluded.mode, "
            "channel = excluded.channel, pid = excluded.pid",
            [time.time() if at is None else at, mode, channel, os.getpid()],
        )


def last(conn: sqlite3.Connection) -> Optional[Beat]:
    row = conn.execute("SELECT at, mode, channel, pid FROM heartbeat WHERE id = 1").fetchone()
    return Beat(float(row[0]), str(row[1]), str(row[2]), int(row[3])) if row else None
