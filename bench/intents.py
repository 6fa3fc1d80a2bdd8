"""Intent accuracy on a blind set in six languages (the trained model, no cross-validation).

    python bench/intents.py [bench/data/nlu-heldout-six.jsonl]

The set was written by someone who saw neither the training data nor the code (lines
{"text", "intent", "language"}, >= 9 per intent per language). Prints per language the
accuracy and macro-F1 over the 23 intents, and the most frequent confusions. Asserts nothing.
"""
from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def macro_f1(gold: list[str], pred: list[str]) -> float:
    labels = set(gold)
    scores = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label and g != label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores) if scores else float("nan")


async def main(path: Path) -> None:
    from bot.dialogue.backend import InProcessRasa

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rasa = InProcessRasa.load(ROOT / "models" / "current.tar.gz", [], None)
    gold: dict[str, list[str]] = defaultdict(list)
    pred: dict[str, list[str]] = defaultdict(list)
    confusions: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        intent = ((await rasa.parse(row["text"])).get("intent") or {}).get("name") or "none"
        gold[row["language"]].append(row["intent"])
        pred[row["language"]].append(intent)
        if intent != row["intent"]:
            confusions[(row["language"], row["intent"], intent)] += 1
    print(f"{path.name}: {len(rows)} messages")
    for lang in gold:
        accuracy = sum(g == p for g, p in zip(gold[lang], pred[lang])) / len(gold[lang])
        print(f"  {lang}: accuracy={accuracy:.3f} macro_f1={macro_f1(gold[lang], pred[lang]):.3f} n={len(gold[lang])}")
    print("  most frequent confusions (language, expected, got, count):")
    for (lang, expected, got), count in confusions.most_common(12):
        print(f"    {lang} {expected} -> {got}: {count}")


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / "data" / "nlu-heldout-six.jsonl"))
