"""`python -m bot contacts import FILE | list [--country KH]`."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any, Optional, TextIO

import json

import yaml

from bot.contacts.importer import ensure_seeded, import_contacts
from bot.contacts.validation import SECTIONS, ContactImportError, read_file
from bot.store import Storage

# -- command line ------------------------------------------------------------------------------
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot contacts", description="Embassy and hotline contacts.")
    commands = parser.add_subparsers(dest="command", required=True)
    imp = commands.add_parser("import", help="validate FILE and upsert its entries (all or nothing)")
    imp.add_argument("file", type=Path)
    show = commands.add_parser("list", help="list the contacts in the database")
    show.add_argument("--country", help="only entries whose citizen or host country is this code, e.g. KH")
    return parser


def _cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no USER and no passwd entry, as in some containers
        return "cli"


def _cmd_import(storage: Storage, path: Path, out: TextIO, err: TextIO) -> int:
    try:
        data = read_file(path)
    except (OSError, yaml.YAMLError) as exc:
        print(f"{path}: cannot read: {exc}", file=err)
        return 1
    try:
        result = import_contacts(storage, data, _cli_actor())
    except ContactImportError as exc:
        for error in exc.errors:
            print(error, file=err)
        print(f"{len(exc.errors)} error(s) in {path}; nothing was changed", file=err)
        return 1
    print(result, file=out)
    return 0


def _number(entry: dict[str, Any]) -> str:
    main = entry.get("phone") or entry.get("number") or ""
    emergency = entry.get("emergency_phone") or ""
    return f"{main} / 24h {emergency}" if main and emergency else main or (f"24h {emergency}" if emergency else "-")


_SECTION_ORDER = "CASE section " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(SECTIONS)) + " END"


def _cmd_list(storage: Storage, country: Optional[str], out: TextIO) -> int:
    sql = "SELECT * FROM contacts"
    params: list[str] = []
    if country:
        sql += " WHERE citizen_country = ? OR host_country = ?"
        params = [country.upper()] * 2
    rows = list(storage.db.query(sql + f" ORDER BY {_SECTION_ORDER}, position, id", params))
    table = [("ID", "SECTION", "CIT", "HOST", "CONF", "SOURCE DATE", "NUMBER")]
    for r in rows:
        table.append((r["id"], r["section"], r["citizen_country"] or "", r["host_country"] or "",
                      r["confidence"] or "", (r["source_date"] or "")[:20], _number(json.loads(r["data"]))))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1], file=out)
    print(f"{len(rows)} contact(s)", file=out)
    return 0


def contacts_cli(argv: list[str], settings: Any, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """`python -m bot contacts import FILE | list [--country KH]`; returns the exit code.

    The seed is loaded first if the database has none, so a correction imported before the
    bot's first start does not stop the seed from ever loading.
    """
    out, err = out or sys.stdout, err or sys.stderr
    argv = argv[1:] if argv[:1] == ["contacts"] else argv
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help or a usage error, already printed by argparse
        return int(exc.code or 0)
    storage = Storage(settings.database_path)
    try:
        seeded = ensure_seeded(storage, settings.contacts_path)
        if seeded is not None:
            print(f"seed {settings.contacts_path} loaded: {seeded}", file=err)
        if args.command == "import":
            return _cmd_import(storage, args.file, out, err)
        return _cmd_list(storage, args.country, out)
    except ContactImportError as exc:
        print(f"the seed {settings.contacts_path} is invalid; nothing was changed:\n{exc}", file=err)
        return 1
    except (OSError, yaml.YAMLError) as exc:
        print(f"cannot read the seed {settings.contacts_path}: {exc}", file=err)
        return 1
    finally:
        storage.close()
