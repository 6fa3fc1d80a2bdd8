"""Command-line faces of the job-offer checker (wired into `python -m bot` elsewhere).

    python -m bot check-offer < offers.jsonl      one JSON object out per offer in
    python -m bot check-offer --learn DEV.jsonl…  learn the flags' weights (bot/offers/weights.json)
    python -m bot check-offer --learn-wording OFFERS.jsonl…  learn how lures are worded (bot/offers/wording.npz)
    python -m bot recruiters add --kind handle --value @xyz --note "..."
    python -m bot recruiters list [--kind phone]
"""
from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Optional, TextIO

from bot.offers.risk import analyse


def _offer(line: str) -> tuple[Optional[str], Optional[str]]:
    """(text, error) from a JSON line with "text" or from a plain line."""
    if line.startswith("{"):
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            return line, None  # a plain offer that happens to start with "{"
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str):
            return None, 'JSON line without a "text" string'
        return text, None
    return line, None


def check_offers(inp: TextIO, out: TextIO, citizen: Optional[str] = None) -> int:
    """Analyse every non-empty input line; 0 when all were offers, 1 if any line was not."""
    status = 0
    for number, raw in enumerate(inp, 1):
        line = raw.strip()
        if not line:
            continue
        text, error = _offer(line)
        if error:
            out.write(json.dumps({"error": error, "line": number}, ensure_ascii=False) + "\n")
            status = 1
            continue
        out.write(json.dumps(analyse(text, citizen=citizen).to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    return status


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, help="SQLite file (default: DATABASE_PATH or var/bot.db)")
    parser = argparse.ArgumentParser(prog="python -m bot recruiters", description="Reported scam-recruiter identifiers.")
    sub = parser.add_subparsers(dest="action", required=True)
    add = sub.add_parser("add", parents=[common], help="report a phone number, @handle or link")
    add.add_argument("--kind", required=True, choices=["phone", "handle", "link"])
    add.add_argument("--value", required=True)
    add.add_argument("--note", default=None)
    add.add_argument("--actor", default=None, help="who adds it, for the audit log (default: cli:<login>)")
    listing = sub.add_parser("list", parents=[common], help="list reported identifiers")
    listing.add_argument("--kind", choices=["phone", "handle", "link"])
    return parser


def recruiters_cli(argv: Optional[list[str]] = None, out: Optional[TextIO] = None) -> int:
    """`recruiters add|list`; argv may or may not start with the word "recruiters"."""
    from bot.offers.recruiters import add_recruiter, list_recruiters
    from bot.settings import Settings
    from bot.store import Storage

    out = out or sys.stdout
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["recruiters"]:
        argv = argv[1:]
    args = _parser().parse_args(argv)
    storage = Storage(args.db or Settings.from_env().database_path)
    try:
        if args.action == "add":
            actor = args.actor or f"cli:{getpass.getuser()}"
            try:
                row, created = add_recruiter(storage.db, args.kind, args.value, args.note, actor)
            except ValueError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
            out.write(("added" if created else "already listed") + f": {row['kind']} {row['value']}\n")
            return 0
        for row in list_recruiters(storage.db, args.kind):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    finally:
        storage.close()


def learn_weights(paths: list[Path], out: TextIO) -> int:
    """Fit the flags' weights on labelled development offers and write bot/offers/weights.json."""
    from bot.offers import learn
    from bot.offers.risk import ASSURANCE_IDS, FLAG_IDS

    offers = learn.read_offers(paths)
    weights = learn.fit(offers, FLAG_IDS + ASSURANCE_IDS, lambda text: analyse(text).signs())
    learn.save(weights, paths, len(offers))
    out.write(f"learned from {len(offers)} offers: bias {weights.bias}\n")
    for flag, weight in sorted(weights.flags.items(), key=lambda kv: -kv[1]):
        out.write(f"  {flag:<24}{weight:+.3f}\n")
    return 0


def learn_wording(paths: list[Path], out: TextIO) -> int:
    """Fit the wording model on labelled offers and write bot/offers/wording.npz and .json."""
    from bot.offers import learn, wording

    offers = learn.read_offers(paths)
    model = wording.fit(offers)
    wording.save(model, paths, len(offers), Path(__file__).resolve().parent.parent.parent)
    out.write(f"learned from {len(offers)} offers: bias {model.bias:+.3f}, "
              f"{int((model.coef != 0).sum())} weights\n")
    return 0
