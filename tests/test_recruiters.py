"""Reported recruiter identifiers: staff add them (with an audit line), offers match them."""
from __future__ import annotations

import json

import pytest

from bot.cli.offers import recruiters_cli
from bot.offers.recruiters import add_recruiter, list_recruiters, match, normalise
from bot.offers.risk import analyse
from bot.offers.texts import render
from bot.store import Storage


@pytest.fixture
def db(tmp_path):
    store = Storage(tmp_path / "t.db")
    yield store.db
    store.close()


def audit(db) -> list[dict]:
    return list(db.query("SELECT * FROM audit_log WHERE action = 'recruiter.add' ORDER BY id"))


def test_migration_creates_the_table_with_unique_kind_value(db):
    assert "reported_recruiters" in db.table_names()
    sql = db["reported_recruiters"].schema
    assert "UNIQUE (kind, value)" in sql


def test_add_normalises_and_writes_an_audit_row(db):
    row, created = add_recruiter(db, "handle", "@Bavet_HR_88", "sent fake CS offers", actor="staff:42")
    assert created and row["value"] == "bavet_hr_88" and row["note"] == "sent fake CS offers"
    [line] = audit(db)
    assert (line["actor"], line["subject"]) == ("staff:42", "handle:bavet_hr_88")
    assert json.loads(line["detail"])["note"] == "sent fake CS offers"


def test_adding_twice_keeps_one_row_and_one_audit_line(db):
    add_recruiter(db, "phone", "+855 12 345 678", None, actor="staff:1")
    row, created = add_recruiter(db, "phone", "0085512345678", "again", actor="staff:2")
    assert not created and row["value"] == "+85512345678"
    assert len(list_recruiters(db)) == 1 and len(audit(db)) == 1


def test_bad_kind_or_value_is_refused(db):
    with pytest.raises(ValueError):
        add_recruiter(db, "email", "x@y.z", None, actor="staff")
    with pytest.raises(ValueError):
        add_recruiter(db, "phone", "call me", None, actor="staff")
    assert list_recruiters(db) == [] and audit(db) == []


def test_an_offer_matches_reported_handle_phone_and_link(db):
    add_recruiter(db, "handle", "@kk_recruit", "KK Park recruiter", actor="staff")
    add_recruiter(db, "phone", "+855 12 345 678", "WhatsApp recruiter", actor="staff")
    add_recruiter(db, "link", "https://t.me/gtsez_jobs/", None, actor="staff")
    add_recruiter(db, "handle", "someone_else", None, actor="staff")
    offer = (
        "Customer service in Myawaddy, $2,500/month. Telegram @KK_Recruit or t.me/gtsez_jobs, "
        "WhatsApp 012 345 678"  # the same number written the local way
    )
    rows = match(db, analyse(offer).identifiers)
    assert sorted((r["kind"], r["value"]) for r in rows) == [
        ("handle", "kk_recruit"),
        ("link", "t.me/gtsez_jobs"),
        ("phone", "+85512345678"),
    ]


def test_different_numbers_do_not_match(db):
    add_recruiter(db, "phone", "+855 12 345 678", None, actor="staff")
    assert match(db, [("phone", "+855 12 345 679"), ("phone", "345678")]) == []


def test_the_answer_names_a_reported_handle_but_never_prints_the_number(db):
    add_recruiter(db, "handle", "@shwe_hr", None, actor="staff")
    add_recruiter(db, "phone", "+62 812 0000 0000", None, actor="staff")
    a = analyse("Kerja di Shwe Kokko, gaji 20 juta. Hubungi @shwe_hr atau WA +62 812 0000 0000")
    out = render(a, "id", "ID", match(db, a.identifiers))
    assert "Sudah pernah dilaporkan" in out and "@shwe_hr" in out
    assert "nomor telepon dalam tawaran ini" in out
    assert "812" not in out and "0000" not in out


def test_cli_add_and_list(tmp_path, capsys):
    path = str(tmp_path / "cli.db")
    assert recruiters_cli(["recruiters", "add", "--db", path, "--kind", "handle", "--value", "@XYZ_hr", "--note", "fake offer", "--actor", "staff:7"]) == 0
    assert recruiters_cli(["add", "--db", path, "--kind", "handle", "--value", "xyz_hr"]) == 0
    assert recruiters_cli(["list", "--db", path]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "added: handle xyz_hr" and out[1] == "already listed: handle xyz_hr"
    listed = json.loads(out[2])
    assert (listed["kind"], listed["value"], listed["note"], listed["source"]) == ("handle", "xyz_hr", "fake offer", "staff:7")
    store = Storage(path)
    assert [r["actor"] for r in audit(store.db)] == ["staff:7"]
    store.close()


def test_normalise_forms():
    assert normalise("handle", "https://t.me/Some_Name") == "some_name"
    assert normalise("link", "HTTPS://www.Example.COM/Jobs/") == "example.com/jobs"
    assert normalise("phone", "+62 (812) 0000-0000") == "+6281200000000"


def test_one_recruiter_number_however_it_is_written():
    """The issue's three spellings of one Indonesian number are one stored value."""
    written = [normalise("phone", "0812-3456-7890", "ID"), normalise("phone", "+62 812 3456 7890"),
               normalise("phone", "wa.me/6281234567890")]
    assert written == ["+6281234567890"] * 3
    assert normalise("phone", "010-1234-5678", "KR") == "+821012345678"
    # No country to read a local number in: kept as its digits, still matched by its tail.
    assert normalise("phone", "0812-3456-7890") == "081234567890"


def test_a_reported_local_number_matches_its_international_form(tmp_path):
    store = Storage(str(tmp_path / "r.db"))
    add_recruiter(store.db, "phone", "0812-3456-7890", region="ID", actor="tg:5")
    assert [r["value"] for r in match(store.db, [("phone", "+62 812-3456-7890")])] == ["+6281234567890"]
    assert [r["value"] for r in match(store.db, [("phone", "081234567890")])] == ["+6281234567890"]
    assert match(store.db, [("phone", "+62 812-3456-7891")]) == []
    store.close()
