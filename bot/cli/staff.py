"""`python -m bot staff|advisory|audit`: the staff tools of the command line, under the same
rules as in Telegram (`bot/store/access.py`), each act audited with the operator named by
`--as STAFF_ID`. Nothing here sends a message: an advisory is queued for the running bot's
one sender."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, TextIO

import yaml

from bot.advisories import store as advisories
from bot.advisories.service import AdvisoriesService, Refused
from bot.settings import Settings
from bot.store import Storage
from bot.store import staff as staff_store
from bot.store.access import Access, Actor


def _open(settings: Settings, operator: int) -> tuple[Storage, Access, Actor]:
    storage = Storage(settings.database_path)
    access = Access(settings.staff_ids, storage)
    return storage, access, access.actor(f"tg:{operator}")


def staff_cli(argv: list[str], settings: Settings, out: Optional[TextIO] = None, err: Optional[TextIO] = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    parser = argparse.ArgumentParser(prog="python -m bot staff")
    parser.add_argument("action", choices=["add", "remove", "list", "chat"],
                        help="chat CITIZEN HOST CHAT_ID: the staff group of one mission (0 to unset)")
    parser.add_argument("telegram_id", nargs="?", type=str)
    parser.add_argument("role", nargs="?")
    parser.add_argument("citizen", nargs="?", help="an officer's mission: citizens of (e.g. KR)")
    parser.add_argument("host", nargs="?", help="an officer's mission: in (e.g. KH)")
    parser.add_argument("--as", dest="operator", type=int, required=True, help="your numeric Telegram id (an admin)")
    args = parser.parse_args(argv)
    storage, access, actor = _open(settings, args.operator)
    try:
        if not access.allows(actor, "staff.manage"):
            print(f"{args.operator} is not an admin: nothing changed", file=err)
            return 2
        conn = storage.db.conn
        if args.action == "list":
            for m in staff_store.members(conn):
                print(f"{m.telegram_id}\t{m.role}\t{m.citizen_country or '*'}\t{m.host_country or '*'}", file=out)
            return 0
        if args.action == "chat":  # staff chat CITIZEN HOST CHAT_ID
            citizen, host, chat = args.telegram_id, args.role, args.citizen
            if not (citizen and host and chat and chat.lstrip("-").isdigit()):
                print("usage: staff chat CITIZEN HOST CHAT_ID --as ADMIN_ID", file=err)
                return 2
            staff_store.set_mission_chat(conn, actor.user_id, citizen.upper(), host.upper(), int(chat) or None)
            print(f"staff chat of {citizen.upper()} citizens in {host.upper()}: {int(chat) or 'unset'}", file=out)
            return 0
        if args.telegram_id is None or not args.telegram_id.isdigit():
            print("which Telegram id?", file=err)
            return 2
        args.telegram_id = int(args.telegram_id)
        if args.action == "remove":
            print("removed" if staff_store.remove(conn, actor.user_id, args.telegram_id) else "not staff", file=out)
            return 0
        try:
            member = staff_store.add(conn, actor.user_id, args.telegram_id, args.role or "officer", args.citizen,
                                     args.host)
        except ValueError as error:
            print(error, file=err)
            return 2
        print(f"{member.telegram_id} is {member.role}" + (f" for {member.citizen_country} citizens in "
                                                            f"{member.host_country}" if member.citizen_country else ""), file=out)
        return 0
    finally:
        storage.close()


def _read(path: str) -> dict:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not isinstance(data.get("texts"), dict):
        raise ValueError(f"{path}: needs 'texts:' with one text per language (en, ko, id)")
    return data


def advisory_cli(argv: list[str], settings: Settings, out: Optional[TextIO] = None, err: Optional[TextIO] = None) -> int:
    """send FILE.yaml | approve CODE | correct CODE FILE.yaml | withdraw CODE FILE.yaml | status CODE"""
    out, err = out or sys.stdout, err or sys.stderr
    parser = argparse.ArgumentParser(prog="python -m bot advisory")
    parser.add_argument("action", choices=["send", "approve", "correct", "withdraw", "status"])
    parser.add_argument("target", help="FILE.yaml for send; the advisory's code (ADV-…) otherwise")
    parser.add_argument("file", nargs="?", help="FILE.yaml with the correction or the withdrawal notice")
    parser.add_argument("--as", dest="operator", type=int, required=True, help="your numeric Telegram id")
    args = parser.parse_args(argv)
    storage, access, actor = _open(settings, args.operator)
    service = AdvisoriesService(storage, access, settings.staff_language)
    conn = storage.db.conn
    try:
        if args.action == "status":
            found = advisories.by_code(conn, args.target)
            if found is None or not access.allows(actor, "stats.read"):
                print("no such advisory", file=err)
                return 2
            print(json.dumps({"code": found.code, "status": found.status, **advisories.figures(conn, found.id)}), file=out)
            return 0
        if args.action == "approve":
            found = advisories.by_code(conn, args.target)
            if found is None:
                print("no such advisory", file=err)
                return 2
            done = service.approve(actor, found.id)
        else:
            data = _read(args.target if args.action == "send" else (args.file or ""))
            if args.action == "send":
                audience = data.get("audience") or {}
                draft = service.write(actor, data["texts"], nationality=audience.get("nationality"),
                                      host=audience.get("host_country"), language=audience.get("language"))
            else:
                draft = service.follow_up(actor, args.target, data["texts"], withdraw=args.action == "withdraw")
            done = service.submit(actor, draft.id)
            if not done.sending:
                advisories_outbox(storage, service, done.notices)
                print(f"{done.advisory.code}: {done.count} readers; waiting for a second staff member's approval "
                      f"(python -m bot advisory approve {done.advisory.code} --as ID)", file=out)
                return 0
        print(f"{done.advisory.code}: queued for {done.count} readers; the running bot sends it", file=out)
        return 0
    except (Refused, ValueError) as error:
        print(f"refused: {error}", file=err)
        return 2
    finally:
        storage.close()


def advisories_outbox(storage: Storage, service: AdvisoriesService, notices: list) -> None:
    """The approval request goes to the staff chat through the running bot's outbox."""
    from bot.cases.service import CasesService

    CasesService(storage, service.access, service.staff_language).queue(notices)


def audit_cli(argv: list[str], settings: Settings, out: Optional[TextIO] = None, err: Optional[TextIO] = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    parser = argparse.ArgumentParser(prog="python -m bot audit")
    parser.add_argument("--staff", type=int, help="only what this Telegram id did")
    parser.add_argument("--since", help="YYYY-MM-DD")
    parser.add_argument("--as", dest="operator", type=int, required=True, help="your numeric Telegram id (an admin)")
    args = parser.parse_args(argv)
    storage, access, actor = _open(settings, args.operator)
    try:
        if not access.allows(actor, "staff.manage"):
            print(f"{args.operator} is not an admin", file=err)
            return 2
        sql, params = "SELECT at, actor, action, subject, detail FROM audit_log WHERE 1 = 1", []
        if args.staff is not None:
            sql, params = sql + " AND actor = ?", params + [f"tg:{args.staff}"]
        if args.since:
            sql, params = sql + " AND at >= ?", params + [args.since]
        for row in storage.db.conn.execute(sql + " ORDER BY id", params):
            print("\t".join("" if v is None else str(v) for v in row), file=out)
        from bot.store import audit
        audit.record(storage.db.conn, actor.user_id, "audit.read", None, {"staff": args.staff, "since": args.since})
        return 0
    finally:
        storage.close()
