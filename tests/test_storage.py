"""Storage: migrations, users, subscriptions, deletion, audit."""
import sqlite3

from bot.settings import ROOT
from bot.store import Storage


def test_migrations_apply_once(tmp_path):
    path = tmp_path / "a.db"
    first = Storage(path)
    assert first.migrate() == []  # already applied at start
    first.close()
    again = Storage(path)
    versions = [r["version"] for r in again.db["schema_migrations"].rows]
    assert versions == sorted(p.name for p in (ROOT / "db" / "migrations").glob("*.sql"))
    assert versions[0] == "0001_users.sql"


def test_wal_mode(tmp_path):
    Storage(tmp_path / "w.db")
    conn = sqlite3.connect(tmp_path / "w.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_user_language_is_remembered_across_restarts(tmp_path):
    path = tmp_path / "u.db"
    Storage(path).save_user("tg:1", language="ko", client_language="en")
    user = Storage(path).get_user("tg:1")
    assert user["language"] == "ko" and user["client_language"] == "en" and user["language_explicit"] == 0


def test_subscription_reports_previous_state(storage):
    assert storage.set_subscribed("tg:2", True) is False
    assert storage.set_subscribed("tg:2", True) is True
    assert storage.set_subscribed("tg:2", False) is True
    assert storage.get_user("tg:2")["subscribed"] == 0


def test_delete_user_removes_data_and_is_audited(storage):
    storage.save_user("tg:3", language="id", subscribed=1)
    assert storage.delete_user("tg:3") is True
    assert storage.get_user("tg:3") is None
    audit = list(storage.db["audit_log"].rows)
    assert [(a["actor"], a["action"], a["subject"]) for a in audit] == [("tg:3", "user.delete", "tg:3")]


def test_no_personal_fields_in_users_table(storage):
    columns = set(storage.db["users"].columns_dict)
    assert not columns & {"username", "first_name", "last_name", "phone"}
