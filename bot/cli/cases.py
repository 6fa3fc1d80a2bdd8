"""`python -m bot cases export --as STAFF_ID [--format csv|json] [--since DATE]`: the embassy's own
records, one row per case. An export is a staff read: it needs a staff id and is audited."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any, Optional, TextIO

from bot.cases import store
from bot.settings import Settings
from bot.store import Storage, audit
from bot.store.access import Access

FIELDS = ("code", "kind", "status", "created_at", "updated_at", "reporter_language", "host_country", "nationality")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot cases")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="every case, one row each (audited)")
    export.add_argument("--as", dest="staff", type=int, required=True, help="your numeric Telegram user id (staff)")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--since", help="only cases created on or after this date (YYYY-MM-DD)")
    return parser


def rows(storage: Storage, since: Optional[str]) -> list[dict[str, Any]]:
    conn = storage.db.conn
    sql = "SELECT code FROM cases" + (" WHERE created_at >= ?" if since else "") + " ORDER BY id"
    out = []
    for (code,) in conn.execute(sql, [since] if since else []).fetchall():
        case = store.by_code(conn, code)
        assert case is not None
        row = {name: getattr(case, name) for name in FIELDS}
        row["answers"] = case.answers
        out.append(row)
    return out


def cases_cli(argv: list[str], settings: Settings, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    storage = Storage(settings.database_path)
    access = Access(settings.staff_ids, storage)
    actor = access.actor(f"tg:{args.staff}")
    if not access.allows(actor, "cases.read"):
        storage.close()
        print(f"{args.staff} is not a staff member: nothing exported", file=err)
        return 2
    try:
        exported = [r for r in rows(storage, args.since) if actor.covers(r["nationality"], r["host_country"])]
        audit.record(storage.db.conn, actor.user_id, "cases.export", None,
                     {"count": len(exported), "since": args.since, "format": args.format})
    finally:
        storage.close()
    if args.format == "json":
        out.write(json.dumps(exported, ensure_ascii=False, indent=1) + "\n")
    else:
        writer = csv.DictWriter(out, fieldnames=[*FIELDS, "answers"])
        writer.writeheader()
        for row in exported:
            writer.writerow({**row, "answers": json.dumps(row["answers"], ensure_ascii=False)})
    return 0
