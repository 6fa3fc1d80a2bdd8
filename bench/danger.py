"""People in danger, in their own words: does the bot read them right?

    python bench/danger.py [--show-misses] [bench/data/danger-heldout-14.jsonl]

The sets were written by someone who saw neither the training data nor the code (lang,
text, expected intent, danger); sets 1-5 have had their errors read since (development
data now), set 6's aggregates were read after each change while choosing what to keep, and
set 7's aggregates were read twice (before and after one change, which was kept), set 8's
once (at the end of the session that wrote it), set 9's twice and then its misses (development
now), the misses of sets 10 and 11 were read after their blind runs, set 12's aggregates
were read three times, set 13's once (en .950 id .917 ko .967 th .933 vi .850 zh .967 on
report_detained) and then its misses, and set 14 (written by a helper who saw neither code
nor data; aggregates read once, at the end of the session that wrote it) is the blind one: misses are printed
only with --show-misses, which a blind set must not be run with. For each
message: the model's intent, and whether the emergency keywords alone already give the
card. Prints, per language, intent accuracy over all messages and over `report_detained`,
how many danger messages would get the card (keyword or `report_detained`), and how many
danger messages the model reads as out_of_scope or nlu_fallback; then, through the whole
assistant, how many held people are given or offered the card, how many danger messages
are left with "I didn't understand", and how many calm messages are offered the card.
Asserts nothing.
Targets (issue 8): >= 0.95 on report_detained, 0 danger messages out of scope.
"""
from __future__ import annotations

import asyncio
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def main(path: Path) -> None:
    import tempfile
    from dataclasses import replace

    from bot.app import build_assistant
    from bot.contacts.emergency import is_emergency
    from bot.dialogue.backend import InProcessRasa
    from bot.language.texts import t
    from bot.settings import Settings

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:  # the NLU held-out set (bench/data/nlu-heldout-six.jsonl) too: how often calm messages get the card
        row.setdefault("lang", row.get("language"))
        row.setdefault("danger", row["intent"] in ("report_detained", "report_missing"))
    rasa = InProcessRasa.load(ROOT / "models" / "current.tar.gz", [], None)
    tmp = tempfile.mkdtemp()
    assistant = build_assistant(replace(Settings.from_env({}), database_path=Path(tmp) / "d.db"), shared=rasa)
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    for row in rows:
        result = await rasa.parse(row["text"])
        intent = (result.get("intent") or {}).get("name")
        s = stats[row["lang"]]
        s["n"] += 1
        s["ok"] += intent == row["intent"]
        if row["intent"] == "report_detained":
            s["detained"] += 1
            s["detained_ok"] += intent == "report_detained"
            s["card"] += intent == "report_detained" or is_emergency(row["text"])
        if row["danger"] and intent in ("out_of_scope", "nlu_fallback"):
            s["out_of_scope"] += 1
        # What the person sees, through the whole assistant (a new user each time).
        replies = await assistant.handle(f"tg:{s['n']}{row['lang']}", row["text"], client_language=row["lang"])
        card = replies and (replies[0].text.startswith(t("detained_intro", row["lang"])) or any(
            b.payload.startswith("card:emergency") for r in replies for b in r.buttons))
        if not row["danger"]:
            s["calm"] += 1
            s["calm_card"] += bool(card)
            s["calm_full"] += bool(replies) and replies[0].text.startswith(t("detained_intro", row["lang"]))
        if row["danger"]:
            s["danger"] += 1
            s["bot_card"] += bool(card)
            said = " ".join(r.text for r in replies)
            if not card and any(t(k, row["lang"])[:20] in said for k in ("no_answer",)) or (
                    not card and intent in ("out_of_scope", "nlu_fallback")):
                s["unhelped"] += 1
            if row["intent"] == "report_detained":
                s["detained_card"] += bool(card)
        if intent != row["intent"]:
            misses.append((row["lang"], row["intent"], intent, row["text"][:90]))
    for lang, s in sorted(stats.items()):
        print(f"{lang}: intent accuracy {s['ok'] / s['n']:.3f} ({s['n']} messages); report_detained "
              f"{s['detained_ok'] / max(s['detained'], 1):.3f} ({s['detained']}); card given {s['card']}/{s['detained']}; "
              f"danger read as out_of_scope/fallback: {s['out_of_scope']}")
        print(f"    through the assistant: report_detained given the card or offered it {s['detained_card']}/{s['detained']}; "
              f"danger messages left with out-of-scope or didn't-understand and no card: {s['unhelped']}/{s['danger']}; "
              f"other messages given or offered the card: {s['calm_card']}/{s['calm']} (in full: {s['calm_full']})")
    if SHOW_MISSES:
        print("misses:")
        for miss in misses:
            print("  ", *miss)


SHOW_MISSES = "--show-misses" in sys.argv

if __name__ == "__main__":
    paths = [a for a in sys.argv[1:] if a != "--show-misses"]
    asyncio.run(main(Path(paths[0]) if paths else ROOT / "bench" / "data" / "danger-heldout-14.jsonl"))
