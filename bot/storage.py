"""SQLite storage through sqlite-utils: schema under migrations, WAL mode.

Migrations are the numbered `.sql` files in `db/migrations/`, applied once each and
recorded in `schema_migrations`, so a new file is all a schema change needs.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

import sqlite_utils

from bot.settings import ROOT

MIGRATIONS_DIR = ROOT / "db" / "migrations"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Storage:
    """Users and the audit log; one connection, used from the event loop's thread."""

    def __init__(self, path: Path | str, migrations_dir: Path = MIGRATIONS_DIR) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(str(path))
        if str(path) != ":memory:":
            self.db.enable_wal()
        self.db.execute("PRAGMA foreign_keys = ON")
        self.migrate(migrations_dir)

    # -- schema -----------------------------------------------------------------
    def migrate(self, migrations_dir: Path = MIGRATIONS_DIR) -> list[str]:
        """Apply migrations not applied yet, in file-name order; returns their names."""
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {r["version"] for r in self.db["schema_migrations"].rows}
        applied = []
        for sql_file in sorted(Path(migrations_dir).glob("*.sql")):
            if sql_file.name in done:
                continue
            with self.db.conn:
                self.db.conn.executescript(
                    "BEGIN;\n" + sql_file.read_text(encoding="utf-8") + "\n"
                    f"INSERT INTO schema_migrations VALUES ('{sql_file.name}', '{now()}');\nCOMMIT;"
                )
            applied.append(sql_file.name)
        return applied

    def close(self) -> None:
        self.db.close()

    # -- users ------------------------------------------------------------------
    def get_user(self, user_id: str) -> Optional[dict[str, Any]]:
        rows = list(self.db.query("SELECT * FROM users WHERE id = ?", [user_id]))
        return rows[0] if rows else None

    def save_user(self, user_id: str, **fields: Any) -> dict[str, Any]:
        """Create the user if new and set the given fields."""
        stamp = now()
        existing = self.get_user(user_id)
        if existing is None:
            row = {"id": user_id, "created_at": stamp, "updated_at": stamp, **fields}
            self.db["users"].insert(row)
        elif fields:
            self.db["users"].update(user_id, {**fields, "updated_at": stamp})
        return self.get_user(user_id)  # type: ignore[return-value]

    def set_subscribed(self, user_id: str, subscribed: bool) -> bool:
        """Set the advisory subscription; returns whether it was set before."""
        before = bool((self.get_user(user_id) or {}).get("subscribed"))
        self.save_user(user_id, subscribed=int(subscribed))
        return before

    def delete_user(self, user_id: str) -> bool:
        """Delete everything stored about a user (/delete); the audit keeps only the fact."""
        existed = self.get_user(user_id) is not None
        with self.db.conn:
            self.db.execute("DELETE FROM users WHERE id = ?", [user_id])
        self.audit(actor=user_id, action="user.delete", subject=user_id)
        return existed

    # -- audit ------------------------------------------------------------------
    def audit(self, actor: str, action: str, subject: str | None = None, detail: Any = None) -> None:
        self.db["audit_log"].insert(
            {
                "at": now(),
                "actor": actor,
                "action": action,
                "subject": subject,
                "detail": json.dumps(detail, ensure_ascii=False) if detail is not None else None,
            }
        )
