"""Cases: durable, one per confirmation, seen only by their reporter and staff, every staff act audited."""
import pytest

from bot.cases import store
from bot.cases.service import STAFF, CasesService
from bot.store.access import Access

STAFF_ID = 42


@pytest.fixture
def cases(storage):
    return CasesService(storage, Access({STAFF_ID}))


def _file(cases, reporter="tg:1", language="id"):
    actor = cases.access.actor(reporter)
    token = cases.draft(reporter, "missing", language, {"relation": "adik", "last_place": "Bavet"}, "ID", "KH")
    return actor, token


def test_a_confirmed_report_is_one_case_however_often_it_is_confirmed(cases, storage):
    actor, token = _file(cases)
    case, created, notices = cases.confirm(actor, token)
    assert created and case.code.startswith("CASE-") and case.status == "new"
    again, created_again, more = cases.confirm(actor, token)
    assert again.code == case.code and not created_again and more == []
    assert storage.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    assert [n.target for n in notices] == [STAFF] and case.code in notices[0].text
    assert "Bavet" not in notices[0].text  # details only on request, never in the group


def test_codes_count_up(cases):
    first = cases.confirm(*_file(cases))[0].code
    second = cases.confirm(*_file(cases, "tg:2"))[0].code
    assert int(second[-5:]) == int(first[-5:]) + 1


def test_someone_elses_draft_or_case_is_nothing(cases):
    actor, token = _file(cases)
    other = cases.access.actor("tg:9")
    assert cases.confirm(other, token) is None
    case = cases.confirm(actor, token)[0]
    assert cases.own_case(other, case.code) is None and cases.own_case(other, "CASE-2026-99999") is None
    assert cases.own_case(actor, case.code) == case


def test_only_staff_change_a_case_and_the_reporter_is_told(cases, storage):
    actor, token = _file(cases)
    case = cases.confirm(actor, token)[0]
    assert cases.set_status(cases.access.actor("tg:9"), case.code, "closed") is None
    assert cases.set_status(actor, case.code, "closed") is None  # not even the reporter
    assert store.by_code(storage.db.conn, case.code).status == "new"
    changed, notices = cases.set_status(cases.access.actor(f"tg:{STAFF_ID}"), case.code, "in_progress")
    assert changed.status == "in_progress"
    assert [(n.target, n.silent) for n in notices] == [("tg:1", False)] and case.code in notices[0].text
    audit = [(r["actor"], r["action"], r["subject"]) for r in storage.db["audit_log"].rows]
    assert (f"tg:{STAFF_ID}", "case.status", case.code) in audit


def test_staff_reads_are_audited_and_others_read_nothing(cases, storage):
    case = cases.confirm(*_file(cases))[0]
    assert cases.read(cases.access.actor("tg:9"), case.code) is None
    found, events = cases.read(cases.access.actor(f"tg:{STAFF_ID}"), case.code)
    assert found.answers["last_place"] == "Bavet" and events[0]["kind"] == "created"
    assert cases.open_list(cases.access.actor("tg:9")) is None
    assert [c.code for c in cases.open_list(cases.access.actor(f"tg:{STAFF_ID}"))] == [case.code]
    actions = [r["action"] for r in storage.db["audit_log"].rows]
    assert actions.count("case.read") == 1 and actions.count("cases.list") == 1


def test_a_dropped_draft_is_gone(cases, storage):
    actor, token = _file(cases)
    cases.drop(actor, token)
    assert cases.confirm(actor, token) is None
    assert storage.db.execute("SELECT count(*) FROM case_drafts").fetchone()[0] == 0


def test_export_needs_staff_and_is_audited(cases, storage, tmp_path):
    import io
    import json
    from dataclasses import replace

    from bot.cli.cases import cases_cli
    from bot.settings import Settings

    cases.confirm(*_file(cases))
    settings = replace(Settings.from_env({}), database_path=storage.path, staff_ids=frozenset({STAFF_ID}))
    out, err = io.StringIO(), io.StringIO()
    assert cases_cli(["export", "--as", "9"], settings, out, err) == 2 and out.getvalue() == ""
    assert cases_cli(["export", "--as", str(STAFF_ID), "--format", "json"], settings, out, err) == 0
    exported = json.loads(out.getvalue())
    assert [row["kind"] for row in exported] == ["missing"] and exported[0]["answers"]["last_place"] == "Bavet"
    assert [r["action"] for r in storage.db["audit_log"].rows if r["action"] == "cases.export"] == ["cases.export"]
    csv_out = io.StringIO()
    assert cases_cli(["export", "--as", str(STAFF_ID), "--since", "2999-01-01"], settings, csv_out, err) == 0
    assert csv_out.getvalue().splitlines() == ["code,kind,status,created_at,updated_at,reporter_language,host_country,nationality,answers"]
