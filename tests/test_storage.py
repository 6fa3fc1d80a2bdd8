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


def test_statements_keep_triggers_whole():
    from bot.store.database import statements

    script = """-- a comment
CREATE TABLE a (x);
CREATE TRIGGER t AFTER INSERT ON a BEGIN
    UPDATE a SET x = 1; UPDATE a SET x = 2;
END;
INSERT INTO a VALUES ('; not a statement end');
"""
    parts = statements(script)
    assert len(parts) == 3 and parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")


def test_migrations_from_two_processes_at_once_apply_once(tmp_path):
    import threading

    from bot.store.database import connect, migrate

    path, results, errors = tmp_path / "race.db", [], []

    def start():
        try:
            results.append(migrate(connect(path).conn))
        except Exception as exc:  # pragma: no cover - the assertion below shows it
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    applied = sorted(name for names in results for name in names)
    assert applied == sorted(p.name for p in (ROOT / "db" / "migrations").glob("*.sql"))


def test_a_failing_migration_leaves_nothing_behind(tmp_path):
    from bot.store.database import connect, migrate

    bad = tmp_path / "migrations"
    bad.mkdir()
    (bad / "0001_ok.sql").write_text("CREATE TABLE ok (x);")
    (bad / "0002_bad.sql").write_text("CREATE TABLE half (x);\nINSERT INTO missing VALUES (1);")
    db = connect(tmp_path / "m.db")
    try:
        migrate(db.conn, bad)
    except sqlite3.OperationalError:
        pass
    tables = set(db.table_names())
    assert "ok" in tables and "half" not in tables
    assert [r["version"] for r in db["schema_migrations"].rows] == ["0001_ok.sql"]


def test_messages_are_due_by_the_users_discreet_minutes_or_a_wipe(storage):
    from bot.store import messages

    storage.save_user("tg:5", discreet_minutes=2)
    storage.save_user("tg:6")
    conn = storage.db.conn
    messages.record(conn, "tg:5", 5, 100, now=1000.0)
    messages.record(conn, "tg:6", 6, 200, now=1000.0)
    assert messages.due(conn, now=1000.0 + 119) == []
    assert [row[2] for row in messages.due(conn, now=1000.0 + 120)] == [100]  # two minutes later
    messages.schedule_all(conn, "tg:6", 1050.0)  # /wipe
    assert sorted(row[2] for row in messages.due(conn, now=1100.0)) == [200]
    storage.save_user("tg:5", discreet_minutes=None)
    messages.unschedule(conn, "tg:5")
    assert [row[2] for row in messages.due(conn, now=5000.0)] == [200]
