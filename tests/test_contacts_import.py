"""Contacts import: the seed goes in whole, re-imports change nothing, a bad file changes nothing.

A number shown to someone in a compound must be the researched one, so these tests pin
that the database gives back exactly what the seed says and that refused files leave no trace.
"""
from __future__ import annotations

import copy
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.contacts.book import HOST_COUNTRIES, ContactBook
from bot.cli.contacts import contacts_cli
from bot.contacts.importer import ensure_seeded, import_contacts, load_book, load_data
from bot.contacts.validation import ContactImportError, entries, is_phone, is_source_date, read_file, validate
from bot.settings import ROOT, Settings
from bot.store import Storage

SEED = ROOT / "db" / "seeds" / "contacts.yaml"
BAD = ROOT / "tests" / "data" / "contacts-bad.yaml"


@pytest.fixture
def seed() -> dict[str, Any]:
    return read_file(SEED)


@pytest.fixture
def seeded(storage: Storage, seed: dict[str, Any]) -> Storage:
    import_contacts(storage, seed, actor="test")
    return storage


def snapshot(storage: Storage) -> dict[str, list[tuple]]:
    """Every row of the tables an import may touch, to prove a refused file touched none."""
    return {
        table: storage.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("contacts", "contacts_meta", "audit_log")
    }


def audit_rows(storage: Storage, action: str | None = None) -> list[dict[str, Any]]:
    sql, params = "SELECT * FROM audit_log", []
    if action:
        sql, params = sql + " WHERE action = ?", [action]
    return list(storage.db.query(sql + " ORDER BY id", params))


def entry_count(data: dict[str, Any]) -> int:
    return sum(len(data[s]) for s in ("missions", "home_hotlines", "local_emergency", "organisations"))


# -- the seed ----------------------------------------------------------------------------------
def test_seed_validates_clean(seed: dict[str, Any]) -> None:
    assert validate(seed) == []


def test_seed_ids_are_unique_and_stable(seed: dict[str, Any]) -> None:
    ids = [eid for _, eid, _ in entries(seed)]
    assert len(ids) == len(set(ids)) == entry_count(seed)
    # Entries without an id get one derived from their content, numbered within a service.
    assert "hotline-kr-mofa-consular-call-center-24-hours" in ids
    assert {"local-kh-police-1", "local-kh-police-2", "local-th-police"} <= set(ids)


def test_seed_imports(storage: Storage, seed: dict[str, Any]) -> None:
    result = import_contacts(storage, seed, actor="test")
    total = entry_count(seed)
    assert (result.inserted, result.updated, result.unchanged) == (total, 0, 0)
    assert storage.db["contacts"].count == total
    inserts = audit_rows(storage, "contacts.insert")
    assert len(inserts) == total and {r["actor"] for r in inserts} == {"test"}
    row = storage.db["contacts"].get("kr-kh-embassy-phnompenh")
    assert (row["section"], row["citizen_country"], row["host_country"]) == ("missions", "KR", "KH")
    assert (row["source_date"], row["confidence"]) == ("undated", "low")
    assert "24-hour emergency phone" in row["note"]
    assert json.loads(row["data"])["phone"] == "+855 23 211 900"
    organisation = storage.db["contacts"].get("iom-vietnam-hotline-111")
    assert organisation["host_country"] == "VN"


def test_second_import_changes_nothing(seeded: Storage, seed: dict[str, Any]) -> None:
    before = snapshot(seeded)
    result = import_contacts(seeded, seed, actor="test")
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, entry_count(seed))
    assert snapshot(seeded) == before


def test_changed_phone_is_one_audited_update(seeded: Storage, seed: dict[str, Any]) -> None:
    changed = copy.deepcopy(seed)
    changed["missions"][0]["phone"] = "+855 23 211 901"
    audits = len(audit_rows(seeded))

    result = import_contacts(seeded, changed, actor="staff:1")

    assert (result.inserted, result.updated) == (0, 1)
    new_audits = audit_rows(seeded)[audits:]
    assert [(r["action"], r["subject"], r["actor"]) for r in new_audits] == [
        ("contacts.update", "kr-kh-embassy-phnompenh", "staff:1")
    ]
    assert json.loads(new_audits[0]["detail"])["changed"] == {
        "phone": {"from": "+855 23 211 900", "to": "+855 23 211 901"}
    }
    assert load_book(seeded).missions_for("KR", "KH")[0].phone.number == "+855 23 211 901"


def test_partial_file_upserts_only_its_entries(seeded: Storage, seed: dict[str, Any]) -> None:
    new = {"home_hotlines": [{"id": "hotline-my-wisma-putra", "citizen_country": "MY", "name_en": "Wisma Putra",
                              "phone": "+60 3 8887 4570", "source": "test", "source_date": "2099-01",
                              "confidence": "low"}]}
    result = import_contacts(seeded, new, actor="test")
    assert (result.inserted, result.updated, result.unchanged) == (1, 0, 0)
    assert seeded.db["contacts"].count == entry_count(seed) + 1
    assert [line.number for _, line in load_book(seeded).home_lines("MY")] == ["+60 3 8887 4570"]


# -- a bad file --------------------------------------------------------------------------------
def test_bad_file_reports_every_error_by_entry_id() -> None:
    errors = {(e.entry_id, e.field) for e in validate(read_file(BAD))}
    assert ("bad-country", "citizen_country") in errors
    assert ("bad-phone", "phone") in errors
    assert ("no-source", "source") in errors
    assert ("dup-id", "id") in errors
    assert not any(e[0] in ("kr-kh-embassy-phnompenh", "hotline-my-test") for e in errors)
    assert len(errors) == 4


@pytest.mark.parametrize("start_seeded", [True, False])
def test_bad_file_changes_nothing(storage: Storage, seed: dict[str, Any], start_seeded: bool) -> None:
    if start_seeded:
        import_contacts(storage, seed, actor="test")
    before = snapshot(storage)

    with pytest.raises(ContactImportError) as refused:
        import_contacts(storage, read_file(BAD), actor="test")

    assert {e.entry_id for e in refused.value.errors} == {"bad-country", "bad-phone", "no-source", "dup-id"}
    assert snapshot(storage) == before


def test_failure_midway_rolls_back(seeded: Storage, seed: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """A database error after some rows were written must leave none of them behind."""
    import bot.contacts.importer as module

    changed = copy.deepcopy(seed)
    for mission in changed["missions"]:
        mission["phone"] = "+855 1 000 000"
    calls = {"n": 0}
    real_write = module._update_row

    def failing_write(conn, row):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        real_write(conn, row)

    monkeypatch.setattr(module, "_update_row", failing_write)
    before = snapshot(seeded)
    with pytest.raises(RuntimeError):
        import_contacts(seeded, changed, actor="test")
    assert calls["n"] == 3  # two rows and their audit lines were written before the failure
    assert snapshot(seeded) == before


@pytest.mark.parametrize(
    "section, entry, field",
    [
        ("missions", {"host_country": "KH", "name_en": "x"}, "citizen_country"),
        ("missions", {"citizen_country": "kr", "host_country": "KH", "name_en": "x"}, "citizen_country"),
        ("missions", {"citizen_country": "KR", "host_country": "XX", "name_en": "x"}, "host_country"),
        ("missions", {"citizen_country": "KR", "host_country": "KH"}, "name_en"),
        ("missions", {"citizen_country": "KR", "host_country": "KH", "name_en": "x", "confidence": "sure"}, "confidence"),
        ("missions", {"citizen_country": "KR", "host_country": "KH", "name_en": "x", "source_date": "last year"}, "source_date"),
        ("missions", {"citizen_country": "KR", "host_country": "KH", "name_en": "x", "source_date": "2024-02-30"}, "source_date"),
        ("missions", {"citizen_country": "KR", "host_country": "KH", "name_en": "x", "emergency_phone": "+855-23-211"}, "emergency_phone"),
        ("missions", {"citizen_country": "KR", "host_country": "KH", "name_en": "x",
                      "other_phones": [{"label": "x", "number": "ask at the gate"}]}, "other_phones[0].number"),
        ("missions", {"citizen_country": "KR", "host_country": "KH", "name_en": "x",
                      "alternatives": [{"field": "phone", "value": "unknown"}]}, "alternatives[0].value"),
        ("missions", {"citizen_country": "KR", "host_country": "KH", "name_en": "x", "phone": 117}, "phone"),
        ("missions", {"citizen_country": "KR", "host_country": "KH", "name_en": "x", "phone": "117", "source": ""}, "source"),
        ("local_emergency", {"host_country": "KH", "service": "police", "other_numbers": ["117", "12"]}, "other_numbers[1]"),
        ("local_emergency", {"host_country": "KH", "service": "polce", "number": "117"}, "service"),
        ("local_emergency", {"service": "police", "number": "117"}, "host_country"),
        ("home_hotlines", {"name_en": "x", "phone": "+82 2 3210 0404"}, "citizen_country"),
        ("organisations", {"id": "org", "name_en": "x", "country": "Thailand"}, "country"),
    ],
)
def test_entry_rules(section: str, entry: dict[str, Any], field: str) -> None:
    base = {"id": "e1", "source": "s", "source_date": "2024-01-01", "confidence": "high"}
    errors = validate({section: [{**base, **entry}]})
    assert field in {e.field for e in errors}, errors


def test_nothing_found_entry_may_lack_a_source() -> None:
    """The research records what it searched for and did not find; such entries have no number."""
    absent = {"host_country": "MM", "service": "fire", "number": "", "source": "", "source_date": "", "confidence": "low"}
    assert validate({"local_emergency": [absent]}) == []


def test_entry_moved_to_another_section_is_an_update(seeded: Storage) -> None:
    moved = {"id": "kr-kh-embassy-phnompenh", "name_en": "x", "country": "KH", "source": "s",
             "source_date": "2099", "confidence": "low"}
    result = import_contacts(seeded, {"organisations": [moved]}, actor="test")
    assert result.updated == 1
    row = seeded.db["contacts"].get("kr-kh-embassy-phnompenh")
    assert row["section"] == "organisations"
    assert json.loads(audit_rows(seeded)[-1]["detail"])["changed"]["(section)"] == {"from": "missions", "to": "organisations"}
    assert load_data(seeded)["organisations"][-1] == moved


def test_entry_without_derivable_id_is_named_by_position() -> None:
    errors = validate({"home_hotlines": [{"citizen_country": "KR", "source": "s", "source_date": "undated",
                                          "confidence": "low"}]})
    assert [(e.entry_id, e.field) for e in errors] == [("home_hotlines[0]", "id")]


def test_file_shape_errors() -> None:
    assert [e.field for e in validate({"mission": []})] == ["mission"]
    assert [e.field for e in validate({"missions": {"id": "x"}})] == ["missions"]
    assert validate([]) and validate(None)


@pytest.mark.parametrize("value", ["+855 23 211 900", "+65929031103", "117", "1155", "800 0885 0885",
                                   "+800 2100 0404", "1800 1567", "023 217 161"])
def test_phone_formats_accepted(value: str) -> None:
    assert is_phone(value)


@pytest.mark.parametrize("value", ["call me", "+855-23-211-900", "+855  23", "12", "12345", "+1 2", " 117",
                                   "+855 23 211 900 ext 2"])
def test_phone_formats_refused(value: str) -> None:
    assert not is_phone(value)


@pytest.mark.parametrize("value, ok", [("undated", True), ("undated (>= 2020)", True), ("2024-02-21", True),
                                       ("2024-02", True), ("2019", True), ("~2021-08 (repost)", True),
                                       ("2024-13", False), ("Feb 2024", False), ("~undated", False)])
def test_source_dates(value: str, ok: bool) -> None:
    assert is_source_date(value) is ok


def test_unquoted_dates_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("missions:\n  - id: m\n    source_date: 2024-02-21\n", encoding="utf-8")
    assert read_file(path)["missions"][0]["source_date"] == "2024-02-21"


# -- reading back ------------------------------------------------------------------------------
def test_load_book_matches_the_seed(seeded: Storage) -> None:
    from_db, from_file = load_book(seeded), ContactBook.load(SEED)
    assert load_data(seeded) == yaml.safe_load(SEED.read_text(encoding="utf-8"))
    assert from_db.meta == from_file.meta
    assert from_db.missions_for("KR", "KH") == from_file.missions_for("KR", "KH")
    assert from_db.local_lines("KH") == from_file.local_lines("KH")
    citizens = {m.citizen for m in from_file.missions}
    for host in HOST_COUNTRIES:
        assert from_db.local_lines(host) == from_file.local_lines(host)
        for citizen in citizens:
            assert from_db.missions_for(citizen, host) == from_file.missions_for(citizen, host)
    for citizen in citizens:
        assert from_db.home_lines(citizen) == from_file.home_lines(citizen)
    assert from_db.all_numbers() == from_file.all_numbers()


def test_ensure_seeded_only_on_first_start(storage: Storage, seed: dict[str, Any]) -> None:
    first = ensure_seeded(storage, SEED)
    assert first is not None and first.inserted == entry_count(seed)
    assert {r["actor"] for r in audit_rows(storage)} == {"seed"}
    before = snapshot(storage)
    assert ensure_seeded(storage, SEED) is None
    assert snapshot(storage) == before


# -- command line ------------------------------------------------------------------------------
@pytest.fixture
def cli_settings(tmp_path: Path) -> Settings:
    return replace(Settings.from_env({}), database_path=tmp_path / "cli.db", contacts_path=SEED)


def run_cli(argv: list[str], settings: Settings) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = contacts_cli(argv, settings, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_import(cli_settings: Settings, tmp_path: Path, seed: dict[str, Any]) -> None:
    changed = copy.deepcopy(seed)
    changed["missions"][0]["phone"] = "+855 23 211 901"
    path = tmp_path / "fix.yaml"
    path.write_text(yaml.safe_dump(changed, allow_unicode=True), encoding="utf-8")

    code, out, err = run_cli(["import", str(path)], cli_settings)

    assert code == 0
    assert "loaded" in err  # the seed first, on a fresh database
    assert out.strip() == f"0 inserted, 1 updated, {entry_count(seed) - 1} unchanged"


def test_cli_import_bad_file(cli_settings: Settings) -> None:
    run_cli(["list"], cli_settings)  # seeds the database
    storage = Storage(cli_settings.database_path)
    before = snapshot(storage)
    storage.close()

    code, out, err = run_cli(["contacts", "import", str(BAD)], cli_settings)

    assert code == 1 and out == ""
    lines = err.splitlines()
    assert any(line.startswith("bad-country: citizen_country: 'Korea'") for line in lines)
    assert any(line.startswith("bad-phone: phone: 'call me'") for line in lines)
    assert "no-source: source: missing" in lines
    assert any(line.startswith("dup-id: id: duplicate") for line in lines)
    assert "nothing was changed" in lines[-1]
    storage = Storage(cli_settings.database_path)
    assert snapshot(storage) == before
    storage.close()


def test_cli_import_missing_file(cli_settings: Settings, tmp_path: Path) -> None:
    code, _, err = run_cli(["import", str(tmp_path / "nope.yaml")], cli_settings)
    assert code == 1 and "cannot read" in err


def test_cli_list(cli_settings: Settings) -> None:
    code, out, _ = run_cli(["list", "--country", "KH"], cli_settings)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["ID", "SECTION"]
    assert any(line.startswith("kr-kh-embassy-phnompenh") and "+855 23 211 900" in line for line in lines)
    assert any(line.startswith("local-kh-police-1") and "117" in line for line in lines)
    assert not any(line.startswith("kr-th-") for line in lines)


def test_cli_usage_error(cli_settings: Settings) -> None:
    assert run_cli(["frobnicate"], cli_settings)[0] == 2
