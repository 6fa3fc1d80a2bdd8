"""`python -m bot` runs the bot; `python -m bot parse` is the NLU contract's parse command.

    python -m bot            Telegram when TELEGRAM_BOT_TOKEN is set, else a terminal chat
    python -m bot parse      one message per stdin line → one JSON object per stdout line
    python -m bot health     exit 0 when the running bot reached Telegram recently and the database
                             answers; "degraded: no model" in limited mode (Docker HEALTHCHECK)
    python -m bot contacts import FILE | list [--country KH]
                             validate and upsert embassy and emergency contacts (all or nothing)
    python -m bot check-offer [--citizen KR] < offers
                             job offers in (JSON lines with "text", or one per line), one JSON verdict out each
    python -m bot cases export --as STAFF_ID [--format csv|json] [--since DATE]
                             every case, one row each, for the embassy's records (audited)
    python -m bot recruiters add --kind handle --value @xyz --note "..." | list
                             reported recruiter identifiers, matched in every checked offer
    python -m bot staff add|remove|list [ID [admin|officer CITIZEN HOST]] --as ADMIN_ID
                             staff and their missions (audited)
    python -m bot advisory send FILE.yaml | approve CODE | correct CODE FILE | withdraw CODE FILE | status CODE --as ID
                             queue an advisory for the running bot's sender (same approval rule as in Telegram)
    python -m bot audit [--staff ID] [--since DATE] --as ADMIN_ID
                             the audit log
    python -m bot rasa ARGS  Rasa's command line (train, data validate, test), without TensorFlow
                             when the config and model need none
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
from pathlib import Path
import sys
import warnings

from bot.settings import Settings


NOISY_LOGGERS = ("rasa", "rasa_sdk", "tensorflow", "absl", "httpx", "apscheduler", "sanic", "asyncio", "matplotlib",
                 "py.warnings", "sqlalchemy", "jax")


def _logging(level: str) -> None:
    """Our log at `level`; the libraries' warnings (TensorFlow, jax, matplotlib, Rasa's
    deprecations) go to the log at DEBUG only, so a newcomer's first screen is the chat."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.captureWarnings(True)
    debug = logging.getLogger().getEffectiveLevel() <= logging.DEBUG
    if not debug:
        warnings.simplefilter("ignore")
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.ERROR)


def run(settings: Settings) -> int:
    import gc

    # Importing Rasa and TensorFlow and loading the model create millions of objects that live
    # as long as the process: the collector walked them all over and over (eight full
    # collections, ~1 s, at each start). It is off until the model is loaded, then
    # `settle_memory` collects once, freezes what is loaded and turns it back on.
    gc.disable()
    from bot.app import build_assistant
    from bot.dialogue.backend import InProcessRasa

    assistant = None
    try:
        assistant = build_assistant(settings, wait_for_model=not settings.model_in_background)
    finally:
        if assistant is None or not isinstance(assistant.backend, InProcessRasa):
            gc.enable()  # no model loading in this process (a Rasa server, or limited mode)
    if settings.telegram_token:
        from bot.channels.telegram import TelegramBot

        TelegramBot(assistant, settings).run()
    else:
        from bot.channels.terminal import chat

        asyncio.run(chat(assistant, heartbeat_seconds=settings.heartbeat_seconds))
    return 0


def parse(settings: Settings) -> int:
    from bot.cli.parse import parse_lines

    asyncio.run(parse_lines(settings, sys.stdin, sys.stdout))
    return 0


def health(settings: Settings) -> int:
    from bot.cli.health import check

    return check(settings)


def contacts(settings: Settings, rest: list[str]) -> int:
    from bot.cli.contacts import contacts_cli

    return contacts_cli(rest, settings)


def check_offer(settings: Settings, rest: list[str]) -> int:
    from bot.cli.offers import check_offers

    parser = argparse.ArgumentParser(prog="python -m bot check-offer")
    parser.add_argument("--citizen", help="ISO code of the applicant's nationality (salary norms, advice)")
    parser.add_argument("--learn", nargs="+", type=Path, metavar="OFFERS.jsonl",
                        help="learn the flags' weights from these labelled development sets (never a blind set)")
    parser.add_argument("--learn-wording", nargs="+", type=Path, metavar="OFFERS.jsonl",
                        help="learn how lures are worded from these labelled sets (bot/offers/wording.npz)")
    args = parser.parse_args(rest)
    if args.learn_wording:
        from bot.cli.offers import learn_wording

        return learn_wording(args.learn_wording, sys.stdout)
    if args.learn:
        from bot.cli.offers import learn_weights

        return learn_weights(args.learn, sys.stdout)
    return check_offers(sys.stdin, sys.stdout, citizen=args.citizen)


def recruiters(settings: Settings, rest: list[str]) -> int:
    from bot.cli.offers import recruiters_cli

    return recruiters_cli(rest)


def cases(settings: Settings, rest: list[str]) -> int:
    from bot.cli.cases import cases_cli

    return cases_cli(rest, settings)


def staff(settings: Settings, rest: list[str]) -> int:
    from bot.cli.staff import staff_cli

    return staff_cli(rest, settings)


def advisory(settings: Settings, rest: list[str]) -> int:
    from bot.cli.staff import advisory_cli

    return advisory_cli(rest, settings)


def audit_log(settings: Settings, rest: list[str]) -> int:
    from bot.cli.staff import audit_cli

    return audit_cli(rest, settings)


# Commands that take their own arguments: argv after the command name goes to them.
TOOLS = {"contacts": contacts, "check-offer": check_offer, "recruiters": recruiters, "cases": cases, "staff": staff,
         "advisory": advisory, "audit": audit_log}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "rasa":
        from bot.cli.rasa_command import main as rasa_main

        rasa_main(argv[1:])
        return 0
    if argv and argv[0] in TOOLS:
        settings = Settings.from_env()
        _logging("WARNING")
        return TOOLS[argv[0]](settings, argv[1:])
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", nargs="?", default="run", choices=["run", "parse", "health", *TOOLS])
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    level = settings.log_level
    if args.command == "parse" or (args.command == "run" and not settings.telegram_token and "LOG_LEVEL" not in os.environ):
        level = "ERROR" if args.command == "parse" else "WARNING"  # the terminal chat's screen is the chat
    _logging(level)
    return {"run": run, "parse": parse, "health": health}[args.command](settings)


if __name__ == "__main__":
    sys.exit(main())
