"""Storage: the SQLite file, its migrations, users, the audit log and the health heartbeat.

Every capability keeps its tables here; this package imports no other part of the bot
but `bot.settings`.
"""
from bot.store.database import now
from bot.store.storage import Storage

__all__ = ["Storage", "now"]
