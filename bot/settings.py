"""One settings object, read from the environment once and passed down.

Secrets (the bot token, staff IDs) come only from the environment, never from the repo.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Optional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TELEGRAM_API_URL = "https://api.telegram.org/bot"


def _ids(raw: str) -> frozenset[int]:
    """Numeric Telegram user IDs from "123, 456"; usernames are refused on purpose."""
    out = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if part:
            if not part.lstrip("-").isdigit():
                raise ValueError(f"STAFF_IDS must be numeric Telegram user IDs, got {part!r}")
            out.add(int(part))
    return frozenset(out)


@dataclass(frozen=True)
class Settings:
    telegram_token: Optional[str] = None
    telegram_api_url: str = DEFAULT_TELEGRAM_API_URL
    webhook_url: Optional[str] = None
    webhook_secret: Optional[str] = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    rasa_url: Optional[str] = None
    model_path: Path = ROOT / "models" / "current.tar.gz"
    # Answer (cards, commands, report confirmations) while the model loads. Off: under
    # bench/reports.py (a SIGKILL every 3-8 s) updates taken during the load were lost at the
    # next kill and confirmations took longer (p50 48 s against 17 s loading first).
    model_in_background: bool = False
    database_path: Path = ROOT / "var" / "bot.db"
    contacts_path: Path = ROOT / "db" / "seeds" / "contacts.yaml"
    staff_ids: frozenset[int] = field(default_factory=frozenset)
    # The staff group chat where new cases are posted (unset: each staff member's private chat).
    staff_chat_id: Optional[int] = None
    # The language of staff notices and buttons in the staff chat (en, ko, id).
    staff_language: str = "en"
    # Advisories: broadcast messages a second (Telegram allows ~30 in all; paid broadcasts more).
    broadcast_rate: float = 25.0
    # Channels whose forwarded posts are the embassy's own (numeric chat ids).
    official_channel_ids: frozenset[int] = field(default_factory=frozenset)
    poll_timeout: int = 30
    log_level: str = "INFO"
    # Signs button data (HMAC): only buttons the bot made are accepted. Unset: derived from
    # the bot token, or random per process in the terminal chat.
    callback_secret: Optional[str] = None
    # Per-user flood limit: this many messages per window; an emergency always passes.
    flood_limit: int = 20
    flood_window_seconds: float = 30.0
    # Updates in flight at once (one user's are handled in order; those waiting for their user's
    # turn hold a slot too, so a flooder's queue must not fill them all).
    max_concurrent_updates: int = 4096
    # How long a reply is retried (429 retry_after, 5xx, connection errors) before it is given up.
    send_retry_seconds: float = 60.0
    # The running bot writes a heartbeat this often; `python -m bot health` accepts one this old.
    heartbeat_seconds: float = 10.0
    # How often messages due for deletion (discreet mode, /wipe) are deleted.
    sweep_seconds: float = 5.0
    health_max_age_seconds: float = 120.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        default = cls()

        def path(name: str, fallback: Path) -> Path:
            value = env.get(name)
            return Path(value) if value else fallback

        return cls(
            telegram_token=env.get("TELEGRAM_BOT_TOKEN") or None,
            telegram_api_url=env.get("TELEGRAM_API_URL") or DEFAULT_TELEGRAM_API_URL,
            webhook_url=env.get("WEBHOOK_URL") or None,
            webhook_secret=env.get("WEBHOOK_SECRET") or None,
            webhook_listen=env.get("WEBHOOK_LISTEN") or default.webhook_listen,
            webhook_port=int(env.get("WEBHOOK_PORT") or default.webhook_port),
            rasa_url=(env.get("RASA_URL") or "").rstrip("/") or None,
            model_path=path("MODEL_PATH", default.model_path),
            model_in_background=(env.get("MODEL_IN_BACKGROUND") or "").lower() in ("1", "true", "yes"),
            database_path=path("DATABASE_PATH", default.database_path),
            contacts_path=path("CONTACTS_PATH", default.contacts_path),
            staff_ids=_ids(env.get("STAFF_IDS", "")),
            staff_chat_id=int(env["STAFF_CHAT_ID"]) if env.get("STAFF_CHAT_ID") else None,
            staff_language=(env.get("STAFF_LANGUAGE") or default.staff_language).lower()[:2],
            broadcast_rate=float(env.get("BROADCAST_RATE") or default.broadcast_rate),
            official_channel_ids=_ids(env.get("OFFICIAL_CHANNEL_IDS", "")),
            poll_timeout=int(env.get("TELEGRAM_POLL_TIMEOUT") or default.poll_timeout),
            log_level=env.get("LOG_LEVEL") or default.log_level,
            callback_secret=env.get("CALLBACK_SECRET") or None,
            flood_limit=int(env.get("FLOOD_LIMIT") or default.flood_limit),
            flood_window_seconds=float(env.get("FLOOD_WINDOW_SECONDS") or default.flood_window_seconds),
            max_concurrent_updates=int(env.get("MAX_CONCURRENT_UPDATES") or default.max_concurrent_updates),
            send_retry_seconds=float(env.get("SEND_RETRY_SECONDS") or default.send_retry_seconds),
            heartbeat_seconds=float(env.get("HEARTBEAT_SECONDS") or default.heartbeat_seconds),
            sweep_seconds=float(env.get("SWEEP_SECONDS") or default.sweep_seconds),
            health_max_age_seconds=float(env.get("HEALTH_MAX_AGE_SECONDS") or default.health_max_age_seconds),
        )
