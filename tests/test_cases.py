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


def _filed(cases, reporter="tg:1", kind="missing", answers=None, nationality="ID", language="id"):
    actor = cases.access.actor(reporter)
    token = cases.draft(reporter, kind, language, answers or {"relation": "adik"}, nationality, "KH")
    return actor, cases.confirm(actor, token)[0]


def test_a_reporter_adds_to_their_own_case_and_staff_hear_only_the_code(cases, storage):
    actor, case = _filed(cases)
    added, notices = cases.add_info(actor, case.code, text="Dia sempat kirim lokasi: Jin Bei 4, lantai 7")
    assert [n.target for n in notices] == [STAFF] and case.code in notices[0].text
    assert "Jin Bei" not in notices[0].text  # details only on Show, never in the group
    photo, _ = cases.add_info(actor, case.code, photo="AgACAgQAAxkBAAIB")
    kinds = [(e["kind"], e["detail"]) for e in store.timeline(storage.db.conn, case.code)]
    assert ("reporter_info", {"text": "Dia sempat kirim lokasi: Jin Bei 4, lantai 7"}) in kinds
    assert ("reporter_info", {"photo": "AgACAgQAAxkBAAIB"}) in kinds
    # Someone else, or a code that is not theirs, adds nothing.
    assert cases.add_info(cases.access.actor("tg:9"), case.code, text="spam") is None
    assert cases.mark_safe(cases.access.actor("tg:9"), case.code) is None


def test_safe_now_is_told_to_staff(cases, storage):
    actor, case = _filed(cases)
    _, notices = cases.mark_safe(actor, case.code)
    assert notices[0].target == STAFF and "safe" in notices[0].text
    assert [e["kind"] for e in store.timeline(storage.db.conn, case.code)][-1] == "reporter_safe"


def test_a_staff_question_reaches_the_reporter_in_their_language_and_is_audited(cases, storage):
    from bot.language.texts import t

    actor, case = _filed(cases, kind="detained", language="ko")
    assert cases.ask_reporter(actor, case.code, "where?") is None  # reporters cannot write as staff
    staff = cases.access.actor(f"tg:{STAFF_ID}")
    _, [notice] = cases.ask_reporter(staff, case.code, "Which floor is the room on?")
    assert notice.target == "tg:1" and notice.silent  # a detained reporter: no sound
    assert notice.text.startswith(t("staff_question_to_reporter", "ko", code=case.code, text="")[:10])
    assert "Which floor is the room on?" in notice.text
    assert notice.buttons == [{"title": t("btn_case_add", "ko"), "payload": f"case:add:{case.code}"}]
    audit = [(r["actor"], r["action"], r["subject"]) for r in storage.db["audit_log"].rows]
    assert (f"tg:{STAFF_ID}", "case.staff_question", case.code) in audit


def test_a_recruiter_report_makes_later_offer_checks_name_its_numbers(cases, storage):
    from bot.offers.recruiters import match

    answers = {"who": "HRD Bella @Bella_Rekrut wa 0812-3456-7890", "ad": "Lowongan CS Kamboja gaji 15jt, chat wa.me/6281299998888"}
    _filed(cases, reporter="tg:3", kind="recruiter", answers=answers)
    rows = match(storage.db, [("phone", "+62 812 3456 7890"), ("handle", "@bella_rekrut"), ("phone", "081299998888")])
    assert sorted(r["value"] for r in rows) == ["+6281234567890", "+6281299998888", "bella_rekrut"]
    assert {r["source"] for r in rows} == {"CASE-%s" % r["source"][5:] for r in rows}  # the case that named them


def test_a_familys_report_names_the_recruiter_too(cases, storage):
    from bot.offers.recruiters import match

    _filed(cases, answers={"relation": "adik", "recruited": "lewat agen, nomornya +62 813-1111-2222"})
    assert [r["value"] for r in match(storage.db, [("phone", "0813 1111 2222")])] == ["+6281311112222"]


def test_staff_notices_in_the_staff_language(storage):
    from bot.language.texts import t

    korean = CasesService(storage, Access({STAFF_ID}), staff_language="ko")
    _, case = _filed(korean, answers={"relation": "동생", "age": "24"})
    notice = korean.staff_notice(case)
    assert t("kind_missing", "ko") in notice.text and "나이 24" in notice.text
    assert notice.buttons[0]["title"] == t("btn_case_ack", "ko")


def test_an_officer_sees_and_works_only_their_missions_cases(storage):
    from bot.store import staff as staff_store

    access = Access({STAFF_ID}, storage)
    staff_store.add(storage.db.conn, f"tg:{STAFF_ID}", 77, "officer", "KR", "KH")
    cases = CasesService(storage, access)
    _, korean = _filed(cases, reporter="tg:1", nationality="KR")
    _, indonesian = _filed(cases, reporter="tg:2", nationality="ID")
    officer, admin = access.actor("tg:77"), access.actor(f"tg:{STAFF_ID}")
    assert [c.code for c in cases.open_list(officer)] == [korean.code]
    assert cases.read(officer, indonesian.code) is None and cases.set_status(officer, indonesian.code, "closed") is None
    assert cases.read(officer, korean.code) is not None
    assert {c.code for c in cases.open_list(admin)} == {korean.code, indonesian.code}
    staff_store.remove(storage.db.conn, f"tg:{STAFF_ID}", 77)  # every right goes at once, at the next request
    officer = access.actor("tg:77")
    assert cases.open_list(officer) is None and cases.read(officer, korean.code) is None


def test_cases_naming_one_place_are_grouped_and_staff_assign_and_note(cases, storage):
    from bot.cases.service import grouped

    staff = cases.access.actor(f"tg:{STAFF_ID}")
    made = [_filed(cases, reporter=f"tg:{i}", kind="detained", answers={"building": b})[1]
            for i, b in enumerate(["Jin Bei 4, floor 7", "jin bei 4 floor 3", "Golden Tower", "JIN BEI 4 room 12"])]
    groups = grouped(cases.open_list(staff))
    assert groups[0][0] == "jin bei 4 floor" or len(groups[0][1]) >= 2
    biggest = max(groups, key=lambda g: len(g[1]))
    assert {c.code for c in biggest[1]} >= {made[0].code, made[1].code}
    assert cases.assign(staff, made[0].code) is not None
    assert cases.note(staff, made[0].code, "same compound as the raid list of 12 Nov") is not None
    assert cases.assign(cases.access.actor("tg:9"), made[0].code) is None
    kinds = [e["kind"] for e in store.timeline(storage.db.conn, made[0].code)]
    assert kinds[-2:] == ["assigned", "note"]


def test_a_cases_answers_are_labelled_for_staff_in_their_language():
    from bot.cases.texts import answer_lines
    from bot.language.texts import t

    lines = answer_lines({"name": "Nguyen Van Hung", "ransom": "yes", "photo": "photo:AgAC", "odd_key": "x"}, "th")
    assert lines == [f'{t("field_name", "th")}: Nguyen Van Hung', f'{t("field_ransom", "th")}: {t("value_yes", "th")}',
                     f'{t("field_photo", "th")}: {t("value_photo_attached", "th")}', "odd_key: x"]
