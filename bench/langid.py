"""Language identification of short chat messages (1–4 words), six languages.

    python bench/langid.py [FILE.jsonl ...]

Reads blind sets written apart from the training data (`bench/data/langid-short*.jsonl`,
lines {"text", "language"}) and prints, per language, the share identified right by
`bot.language.identify` (stateless, as `python -m bot parse` reports it: a message with
no language in it counts as wrong here), and the same for langdetect alone, then the
time per message. Target: >= 0.97 per language.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.language import SUPPORTED  # noqa: E402
from bot.language.identify import identify, model  # noqa: E402


def langdetect_guess(text: str) -> str | None:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        for guess in detect_langs(text):
            code = guess.lang.split("-")[0]
            if code in SUPPORTED:
                return code
    except LangDetectException:
        return None
    return None


def main(paths: list[str]) -> None:
    files = [Path(p) for p in paths] or sorted((ROOT / "bench" / "data").glob("langid-short*.jsonl"))
    model()  # built (or read from its cache) before timing
    for path in files:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        ours, theirs, total = Counter(), Counter(), Counter()
        start = time.perf_counter()
        for row in rows:
            total[row["language"]] += 1
            ours[row["language"]] += identify(row["text"]) == row["language"]
        ms = (time.perf_counter() - start) * 1000 / max(1, len(rows))
        for row in rows:
            theirs[row["language"]] += langdetect_guess(row["text"]) == row["language"]
        print(f"{path.name}: {len(rows)} messages, {ms:.2f} ms each")
        print("  ours:       " + " ".join(f"{l}={ours[l] / total[l]:.3f}" for l in SUPPORTED if total[l]))
        print("  langdetect: " + " ".join(f"{l}={theirs[l] / total[l]:.3f}" for l in SUPPORTED if total[l]))


if __name__ == "__main__":
    main(sys.argv[1:])
