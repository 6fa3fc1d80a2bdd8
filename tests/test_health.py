"""`python -m bot health`: a running bot's heartbeat and an answering database, nothing else."""
import io
import sqlite3
import time
from dataclasses import replace

from bot.cli.health import check
from bot.settings import Settings
from bot.store import Storage, heartbeat


def settings_for(tmp_path):
    return replace(Settings.from_env({}), database_path=tmp_path / "bot.db", health_max_age_seconds=60)


def run(settings, now=None):
    out = io.StringIO()
    return check(settings, out, now=now), out.getvalue()


def test_no_database_no_bot(tmp_path):
    code, said = run(settings_for(tmp_path))
    assert code == 1 and "no database" in said


def test_database_without_a_running_bot(tmp_path):
    settings = settings_for(tmp_path)
    Storage(settings.database_path).close()
    code, said = run(settings)
    assert code == 1 and "not running" in said


def test_fresh_heartbeat_is_ok_and_an_old_one_is_not(tmp_path):
    settings = settings_for(tmp_path)
    store = Storage(settings.database_path)
    heartbeat.beat(store.db.conn, "full", "polling", at=time.time() - 5)
    assert run(settings)[0] == 0
    code, said = run(settings, now=time.time() + 120)
    assert code == 1 and "last heartbeat" in said


def test_limited_mode_is_degraded_but_healthy(tmp_path):
    settings = settings_for(tmp_path)
    heartbeat.beat(Storage(settings.database_path).db.conn, "limited", "polling")
    code, said = run(settings)
    assert code == 0 and said.startswith("degraded: no model")


def test_health_applies_no_migrations(tmp_path):
    settings = settings_for(tmp_path)
    sqlite3.connect(settings.database_path).execute("CREATE TABLE unrelated (x)")
    code, _ = run(settings)
    tables = {r[0] for r in sqlite3.connect(settings.database_path).execute("SELECT name FROM sqlite_master")}
    assert code == 1 and tables == {"unrelated"}


def test_a_bot_loading_its_model_is_starting_and_healthy(tmp_path):
    settings = settings_for(tmp_path)
    heartbeat.beat(Storage(settings.database_path).db.conn, "loading", "polling")
    code, said = run(settings)
    assert code == 0 and said.startswith("starting:")
