"""The SQLite file: connections and migrations.

WAL lets the dialogue thread and the event loop read at once; writes wait up to
`BUSY_TIMEOUT_MS` for each other instead of failing. `synchronous=FULL` so that a
confirmed write survives a power cut, not only a crash. Writes that promise nothing (a
user's language, a message id for discreet mode) go through a connection with
`synchronous=NORMAL`: in WAL mode that still survives the bot being killed, and it does
not hold the write lock through a disk sync, for which every other writer (the event
loop included) would wait.

Migrations are the numbered `.sql` files in `db/migrations/`, each applied once, under
`BEGIN IMMEDIATE`: what is applied is read inside the same transaction that applies
the next file, so two processes starting at once cannot apply one file twice.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from bot.settings import ROOT

MIGRATIONS_DIR = ROOT / "db" / "migrations"
BUSY_TIMEOUT_MS = 5000


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def connect(path: Path | str, *, check_same_thread: bool = True, durable: bool = True) -> sqlite_utils.Database:
    """One connection with the project's pragmas; `durable=False`: synchronous=NORMAL."""
    memory = str(path) == ":memory:"
    if not memory:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=check_same_thread, timeout=BUSY_TIMEOUT_MS / 1000)
    db = sqlite_utils.Database(conn)
    if not memory:
        db.enable_wal()
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
    conn.execute("PRAGMA foreign_keys = ON")
    return db


def statements(script: str) -> list[str]:
    """A migration file cut into complete statements (triggers with BEGIN…END stay whole)."""
    out: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                out.append(current.strip())
            current = ""
    if current.strip() and not all(l.strip().startswith("--") or not l.strip() for l in current.splitlines()):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {current.strip()[:80]!r}")
    return out


def migrate(conn: sqlite3.Connection, migrations_dir: Path = MIGRATIONS_DIR) -> list[str]:
    """Apply the migrations not applied yet, in file-name order; returns their names."""
    if conn.in_transaction:
        raise RuntimeError("migrations must not start inside an open transaction")
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.commit()
    applied: list[str] = []
    for sql_file in sorted(Path(migrations_dir).glob("*.sql")):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", [sql_file.name]).fetchone():
                conn.rollback()
                continue
            for statement in statements(sql_file.read_text(encoding="utf-8")):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)", [sql_file.name, now()])
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        applied.append(sql_file.name)
    return applied
