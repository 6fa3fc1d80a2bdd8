"""`python -m bot staff|advisory|audit`: the same rules as in Telegram, every act audited."""
import io
import json

from bot.cli.staff import advisory_cli, audit_cli, staff_cli
from bot.store import Storage

ADMIN = 42


def run(cli, argv, settings):
    out, err = io.StringIO(), io.StringIO()
    return cli(argv, settings, out, err), out.getvalue(), err.getvalue()


def subscribers(settings, count, first=1000):
    storage = Storage(settings.database_path)
    with storage.db.conn as conn:
        conn.executemany("INSERT INTO users (id, language, nationality, subscribed, alert_hosts, created_at, updated_at) "
                         "VALUES (?, 'ko', 'KR', 1, '[\"KH\"]', 'x', 'x')", [[f"tg:{first + i}"] for i in range(count)])
    storage.close()


def test_admins_manage_staff_and_others_change_nothing(settings):
    code, out, _ = run(staff_cli, ["add", "777", "officer", "KR", "KH", "--as", str(ADMIN)], settings)
    assert code == 0 and "777 is officer for KR citizens in KH" in out
    code, _, err = run(staff_cli, ["add", "778", "admin", "--as", "777"], settings)
    assert code == 2 and "not an admin" in err  # an officer cannot make admins
    code, out, _ = run(staff_cli, ["list", "--as", str(ADMIN)], settings)
    assert "777\tofficer\tKR\tKH" in out and f"{ADMIN}\tadmin" in out
    assert run(staff_cli, ["add", "779", "officer", "--as", str(ADMIN)], settings)[0] == 2  # no mission
    assert run(staff_cli, ["remove", "777", "--as", str(ADMIN)], settings)[1].strip() == "removed"
    code, out, _ = run(audit_cli, ["--staff", str(ADMIN), "--as", str(ADMIN)], settings)
    assert "staff.add\t777" in out and "staff.remove\t777" in out


def test_an_advisory_from_the_command_line_is_queued_under_the_same_approval_rule(settings, tmp_path):
    subscribers(settings, 1200)
    run(staff_cli, ["add", "777", "officer", "KR", "KH", "--as", str(ADMIN)], settings)
    run(staff_cli, ["add", "778", "officer", "KR", "KH", "--as", str(ADMIN)], settings)
    advisory = tmp_path / "a.yaml"
    advisory.write_text("texts:\n  en: Bavet is under a travel ban.\n  ko: 바벳은 여행금지 지역입니다.\n"
                        "audience:\n  host_country: KH\n", encoding="utf-8")
    code, out, _ = run(advisory_cli, ["send", str(advisory), "--as", "777"], settings)
    assert code == 0 and "waiting for a second staff member" in out
    adv = out.split(":")[0]
    assert run(advisory_cli, ["approve", adv, "--as", "777"], settings)[0] == 2  # not its author
    assert run(advisory_cli, ["approve", adv, "--as", "5"], settings)[0] == 2  # not staff
    code, out, _ = run(advisory_cli, ["approve", adv, "--as", "778"], settings)
    assert code == 0 and "queued for 1200 readers" in out
    status = json.loads(run(advisory_cli, ["status", adv, "--as", str(ADMIN)], settings)[1])
    assert status["status"] == "sending" and status["pending"] == 1200  # the running bot's sender takes it from here
    storage = Storage(settings.database_path)
    queued = storage.db.conn.execute("SELECT count(*) FROM outbox WHERE text LIKE ?", [f"%{adv}%"]).fetchone()[0]
    storage.close()
    assert queued == 1  # the approval request went to the staff chat through the bot
    correction = tmp_path / "c.yaml"
    correction.write_text("texts:\n  en: Correction - Bokor too.\n", encoding="utf-8")
    code, out, _ = run(advisory_cli, ["correct", adv, str(correction), "--as", str(ADMIN)], settings)
    assert code == 0 and "queued for 0 readers" in out  # nobody was sent the original yet


def test_a_mission_gets_its_own_staff_chat(settings):
    code, out, _ = run(staff_cli, ["chat", "KR", "KH", "-100123", "--as", str(ADMIN)], settings)
    assert code == 0 and "-100123" in out
    from bot.store import staff as staff_store

    storage = Storage(settings.database_path)
    assert staff_store.mission_chat(storage.db.conn, "KR", "KH") == -100123
    assert staff_store.mission_chat(storage.db.conn, "ID", "KH") is None
    storage.close()
    assert run(staff_cli, ["chat", "KR", "KH", "-1", "--as", "5"], settings)[0] == 2  # not an admin
