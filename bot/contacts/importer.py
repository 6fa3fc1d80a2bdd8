"""Contacts in the database: import a validated file, read it back as a ContactBook.

The research file (db/seeds/contacts.yaml) is the seed; later corrections come as files
through `python -m bot contacts import FILE`. An import is all or nothing, and every row
written leaves an audit_log line saying what changed.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Optional

from bot.contacts.book import ContactBook
from bot.contacts.validation import (
    SECTIONS, ContactImportError, ImportResult, entries, read_file, validate,
)
from bot.store import Storage, audit, now

# -- database ----------------------------------------------------------------------------------
def _normal(value: Any) -> Any:
    """The value as it reads back from the database, so equal entries compare equal."""
    return json.loads(json.dumps(value, ensure_ascii=False))


def _row(section: str, eid: str, entry: dict[str, Any]) -> dict[str, Any]:
    """The contacts row for an entry (without position and updated_at)."""
    note = entry.get("note", entry.get("notes"))
    if isinstance(note, list):
        note = "\n".join(str(n) for n in note)
    return {
        "id": eid,
        "section": section,
        "citizen_country": entry.get("citizen_country"),
        "host_country": entry.get("host_country", entry.get("country")),
        "source": entry.get("source"),
        "source_date": entry.get("source_date"),
        "confidence": entry.get("confidence"),
        "note": str(note).strip() if note is not None else None,
        "data": json.dumps(entry, ensure_ascii=False),
    }


def _changes(old: Optional[dict[str, Any]], old_section: Optional[str], section: str,
             entry: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{field: {"from": old, "to": new}} for every top-level field that differs."""
    before, after = old or {}, _normal(entry)
    changed = {key: {"from": before.get(key), "to": after.get(key)}
               for key in [*after, *[k for k in before if k not in after]]
               if before.get(key) != after.get(key) or (key in before) != (key in after)}
    if old is not None and old_section != section:
        changed["(section)"] = {"from": old_section, "to": section}
    return changed


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: the import is all or nothing."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        if self.conn.in_transaction:
            raise RuntimeError("contacts import must not run inside another open transaction")
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        if exc_type is None:
            self.conn.commit()
        else:
            self.conn.rollback()


def _upsert_meta(conn: sqlite3.Connection, meta: dict[str, Any], actor: str, stamp: str) -> None:
    existing = {r[0]: json.loads(r[1]) for r in conn.execute("SELECT key, value FROM contacts_meta")}
    for key, value in meta.items():
        key = str(key)
        if key in existing and existing[key] == _normal(value):
            continue
        conn.execute("INSERT INTO contacts_meta (key, value, updated_at) VALUES (?, ?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                     [key, json.dumps(value, ensure_ascii=False), stamp])
        audit.write(conn, actor, "contacts.meta", f"meta.{key}", {"from": existing.get(key), "to": _normal(value)})


def _upsert_entries(conn: sqlite3.Connection, data: dict[str, Any], actor: str, stamp: str) -> ImportResult:
    existing = {r[0]: (r[1], json.loads(r[2])) for r in conn.execute("SELECT id, section, data FROM contacts")}
    next_position = dict(conn.execute("SELECT section, MAX(position) + 1 FROM contacts GROUP BY section").fetchall())
    counts = {"insert": 0, "update": 0, "unchanged": 0}
    for section, eid, entry in entries(data):
        old_section, old = existing.get(eid, (None, None))
        changes = _changes(old, old_section, section, entry)
        if old is not None and not changes:
            counts["unchanged"] += 1
            continue
        row = {**_row(section, eid, entry), "updated_at": stamp}
        if old is None or old_section != section:  # new, or moved: goes last in its section
            row["position"] = next_position.get(section, 0)
            next_position[section] = row["position"] + 1
        (_insert_row if old is None else _update_row)(conn, row)
        action = "insert" if old is None else "update"
        counts[action] += 1
        detail = {"section": section, "fields": sorted(entry)} if old is None else {"section": section, "changed": changes}
        audit.write(conn, actor, f"contacts.{action}", eid, detail)
    return ImportResult(counts["insert"], counts["update"], counts["unchanged"])


def _insert_row(conn: sqlite3.Connection, row: dict[str, Any]) -> None:
    columns = list(row)
    conn.execute(f"INSERT INTO contacts ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                 [row[c] for c in columns])


def _update_row(conn: sqlite3.Connection, row: dict[str, Any]) -> None:
    columns = [c for c in row if c != "id"]
    conn.execute(f"UPDATE contacts SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                 [row[c] for c in columns] + [row["id"]])


def import_contacts(storage: Storage, data: Any, actor: str) -> ImportResult:
    """Validate, then upsert every entry by id in one transaction, auditing each change.

    Raises ContactImportError, with nothing written, if any entry is invalid. Entries missing
    from the file are left alone: a file may carry only the entries it corrects.
    """
    errors = validate(data)
    if errors:
        raise ContactImportError(errors)
    stamp = now()
    with _Transaction(storage.db.conn) as conn:
        _upsert_meta(conn, data.get("meta") or {}, actor, stamp)
        return _upsert_entries(conn, data, actor, stamp)


def load_book(storage: Storage) -> ContactBook:
    """The ContactBook over the database, built from the same dict shape as the YAML file."""
    return ContactBook(load_data(storage))


def load_data(storage: Storage) -> dict[str, Any]:
    """{"meta": {...}, "missions": [...], ...}: the entries as imported, in section order."""
    data: dict[str, Any] = {"meta": {r["key"]: json.loads(r["value"]) for r in
                                     storage.db.query("SELECT key, value FROM contacts_meta ORDER BY rowid")}}
    data.update({section: [] for section in SECTIONS})
    for r in storage.db.query("SELECT section, data FROM contacts ORDER BY section, position, id"):
        data[r["section"]].append(json.loads(r["data"]))
    return data


def ensure_seeded(storage: Storage, seed_path: Path | str, actor: str = "seed") -> Optional[ImportResult]:
    """Import the seed when the contacts table is empty (first start); None when it was not."""
    if storage.db.execute("SELECT 1 FROM contacts LIMIT 1").fetchone():
        return None
    return import_contacts(storage, read_file(seed_path), actor)


