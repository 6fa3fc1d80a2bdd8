"""Someone else's words in a message: does the bot answer the right person?

    python bench/relayed.py [--show-misses] [bench/data/relayed-heldout.jsonl]

Three kinds of message carry another person's words (a set written by a helper who saw
neither the code nor the training data, `lang`, `kind`, `text`):
- `offer`: a job offer a friend or relative made, passed on by someone at home and free
  ("my friend says: they give u a new phone there, leave your old one, flight paid");
  half present a trafficker's conditions as normal. It should get the offer check.
- `relayed_cry`: a relative's cry for help passed on by their family. It should get the
  emergency card (given or offered) and the family's report.
- `own_cry`: the writer is held and quotes their boss or recruiter. It should get the card.

`bench/data/arranged-heldout.jsonl` (written the same way) holds travel arrangements in the same
three kinds: a recruiter's arrangements pasted or retold by someone still at home (`offer`: "van
leaves 11pm from Chiang Rai, driver named Aung"), a held person's logistics of being moved
(`own_cry`), and a family passing those on (`relayed_cry`).

`bench/data/steps-heldout.jsonl` (written the same way) holds one instruction of a recruiter asked
about by someone still at home (`offer`: "HR says the company keeps my passport for the permit,
normal?"), an order of captors told by someone held (`own_cry`), or by their family (`relayed_cry`).
A question on one step with no offer in it may rightly get the questions to ask of an offer
instead of a verdict: counted apart ("checked or the questions to ask").

Each message goes through the whole assistant as a new user's first message. Prints, per
language and kind, how many got the offer check, the card first, the card given or
offered, and (offers) how many got the card first instead of the check. Asserts nothing.
"""
from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("offer", "relayed_cry", "own_cry")


def what_was_said(replies: list, lang: str) -> dict[str, bool]:
    """Which answers these replies are: the offer check, the card first, the card offered."""
    from bot.language.texts import t
    from bot.offers.texts import t as offer_t

    texts = [r.text for r in replies]
    levels = tuple(offer_t(f"level_{level}", lang)[:12] for level in ("high", "medium", "low"))
    card_first = bool(texts) and texts[0].startswith((t("detained_intro", lang), "🚨"))
    offered = any(b.payload.startswith("card:emergency") for r in replies for b in r.buttons)
    checked = any(text.startswith(levels) for text in texts)
    return {
        "checked": checked,
        # the check, or the questions to ask of an offer (an offer's one step, with no offer in it)
        "as_offer": checked or any(text.startswith(_questions_opening(lang)) for text in texts),
        "card_first": card_first,
        "card": card_first or offered,
    }


def _questions_opening(lang: str) -> str:
    """The first words of `utter_check_job_offer` in `lang` (responses/responses.yml)."""
    import yaml

    if not _OPENINGS:
        data = yaml.safe_load((ROOT / "responses" / "responses.yml").read_text(encoding="utf-8"))
        for variant in data["responses"]["utter_check_job_offer"]:
            langs = [c["value"] for c in variant.get("condition") or [] if c.get("name") == "language"] or ["en"]
            for code in langs:
                _OPENINGS[code] = variant["text"][:20]
    return _OPENINGS.get(lang, _OPENINGS["en"])


_OPENINGS: dict[str, str] = {}


async def main(path: Path) -> None:
    from bot.app import build_assistant
    from bot.dialogue.backend import InProcessRasa
    from bot.settings import Settings

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rasa = InProcessRasa.load(ROOT / "models" / "current.tar.gz", [], None)
    tmp = tempfile.mkdtemp()
    assistant = build_assistant(replace(Settings.from_env({}), database_path=Path(tmp) / "d.db"), shared=rasa)
    stats: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    for n, row in enumerate(rows):
        replies = await assistant.handle(f"tg:{n}", row["text"], client_language=row["lang"])
        said = what_was_said(replies, row["lang"])
        s = stats[(row["lang"], row["kind"])]
        s["n"] += 1
        for key, value in said.items():
            s[key] += value
        right = said["checked"] if row["kind"] == "offer" else said["card"]
        if not right:
            misses.append((row["lang"], row["kind"], said, row["text"][:100]))
    for kind in KINDS:
        total: dict[str, int] = defaultdict(int)
        print(f"{kind}:")
        for lang in sorted({lang for lang, k in stats if k == kind}):
            s = stats[(lang, kind)]
            for key, value in s.items():
                total[key] += value
            print(f"  {lang}: {_line(kind, s)}")
        print(f"  all: {_line(kind, total)}")
    if SHOW_MISSES:
        print("misses:")
        for miss in misses:
            print("  ", *miss)


def _line(kind: str, s: dict[str, int]) -> str:
    n = max(s["n"], 1)
    if kind == "offer":
        return (f"offer checked {s['checked']}/{s['n']} ({s['checked'] / n:.2f}); checked or the questions to ask "
                f"{s['as_offer']}/{s['n']} ({s['as_offer'] / n:.2f}); card first instead "
                f"{s['card_first']}/{s['n']}; card offered or given {s['card']}/{s['n']}")
    return (f"card given or offered {s['card']}/{s['n']} ({s['card'] / n:.2f}); card first "
            f"{s['card_first']}/{s['n']}; offer check instead {s['checked']}/{s['n']}")


SHOW_MISSES = "--show-misses" in sys.argv

if __name__ == "__main__":
    paths = [a for a in sys.argv[1:] if a != "--show-misses"]
    asyncio.run(main(Path(paths[0]) if paths else ROOT / "bench" / "data" / "relayed-heldout.jsonl"))
