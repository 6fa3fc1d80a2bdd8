"""Questions about the offer just checked: how many get the answer about that offer (the trained model).

    python bench/followups.py [bench/data/followups-heldout.jsonl ...]

Each set was written by someone who saw neither the training data nor the code: the next message
of a user the bot has just answered with an offer check, as {"text", "intent", "language"}. A
`check_job_offer` line is answered about the offer when the model reads `check_job_offer`, or when
the assistant's rule for the 30 minutes after a check (`bot.core.assistant.about_last_check`) takes
the model's reading for a question about the offer. Lines of other intents should keep their intent: for them
the accuracy is printed, and how many would wrongly get the offer answer. Asserts nothing.
"""
from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SETS = [ROOT / "bench" / "data" / "followups-heldout.jsonl", ROOT / "bench" / "data" / "followups-heldout-2.jsonl"]


def about_the_offer(parsed: dict, text: str, places: Any) -> bool:
    """Whether the assistant answers this message, right after a check, about that offer."""
    from bot.core.assistant import about_last_check

    intent = (parsed.get("intent") or {}).get("name") or ""
    ranking = {r["name"]: r["confidence"] for r in parsed.get("intent_ranking") or []}
    return intent == "check_job_offer" or about_last_check(
        intent, ranking.get("report_detained", 0.0), text, places.host_in(text) is not None) is not None


async def main(paths: list[Path]) -> None:
    from bot.contacts.places import Gazetteer
    from bot.dialogue.backend import InProcessRasa

    places = Gazetteer.load()

    rasa = InProcessRasa.load(ROOT / "models" / "current.tar.gz", [], None)
    for path in paths:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        asked = defaultdict(lambda: [0, 0, 0])  # follow-ups: n, read check_job_offer, answered about the offer
        other = defaultdict(lambda: [0, 0, 0])  # others: n, intent kept, wrongly given the offer answer
        misses: Counter[tuple[str, str]] = Counter()
        for row in rows:
            parsed = await rasa.parse(row["text"])
            intent = (parsed.get("intent") or {}).get("name")
            answered = about_the_offer(parsed, row["text"], places)
            if row["intent"] == "check_job_offer":
                counts = asked[row["language"]]
                counts[0] += 1
                counts[1] += intent == "check_job_offer"
                counts[2] += answered
                if not answered:
                    misses[(row["language"], intent or "none")] += 1
            else:
                counts = other[row["language"]]
                counts[0] += 1
                counts[1] += intent == row["intent"]
                counts[2] += answered
        print(f"{path.name}: {len(rows)} messages")
        for lang in asked:
            a, o = asked[lang], other[lang]
            print(f"  {lang}: follow-ups read check_job_offer {a[1] / a[0]:.3f}, answered about the offer {a[2] / a[0]:.3f} "
                  f"(n={a[0]}); other intents kept {o[1] / max(1, o[0]):.3f}, given the offer answer {o[2]} (n={o[0]})")
        total = [sum(v[i] for v in asked.values()) for i in range(3)]
        kept = [sum(v[i] for v in other.values()) for i in range(3)]
        print(f"  all: follow-ups read check_job_offer {total[1] / total[0]:.3f}, answered about the offer "
              f"{total[2] / total[0]:.3f}; other intents kept {kept[1] / max(1, kept[0]):.3f}, given the offer answer {kept[2]}")
        print("  follow-ups answered otherwise (language, read as):", ", ".join(f"{l} {i} {n}" for (l, i), n in misses.most_common(8)))


if __name__ == "__main__":
    asyncio.run(main([Path(p) for p in sys.argv[1:]] or SETS))
