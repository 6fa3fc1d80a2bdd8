"""Small-talk cue words: the regex features cue_greet, cue_goodbye, cue_thank, cue_yes and cue_no.

Why: "nagode", "ndiyo", "hapana" or "hatur nuhun" each occur once or never in the training data, so
their character n-grams say little and a short hello, thanks, yes or no was read as something else.
A pattern per kind (lists in `bot.language.small_talk`) fires when the whole message is such words
and fillers ("yes po", "siap min", "cam on nhieu nha"), and never on a message with more in it ("no
passport", "thanks but they took my phone"): a feature the classifier weighs, not a rule.
`python -m bot.dialogue.cue_words` rewrites those lines of nlu/regex.yml.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from bot.language.small_talk import pattern_for

# Each regex feature of nlu/regex.yml and the kind of small talk it stands for.
KINDS = {"cue_greet": "hello", "cue_goodbye": "goodbye", "cue_thank": "thanks", "cue_yes": "yes", "cue_no": "no"}
# The one line of nlu/regex.yml each pattern stands on starts with this.
MARK = r"^(?=[\s\S]{1,"


def patterns() -> dict[str, str]:
    return {name: pattern_for(kind) for name, kind in KINDS.items()}


def rewrite(text: str) -> str:
    """nlu/regex.yml with each kind's generated line replaced by the current pattern."""
    wanted, current, out = patterns(), None, []
    for line in text.split("\n"):
        found = re.match(r"- regex: (\S+)", line)
        if found:
            current = found.group(1)
        if current in wanted and line.startswith("    - " + MARK):
            line = "    - " + wanted[current]
        out.append(line)
    return "\n".join(out)


def main() -> None:
    path = Path(__file__).resolve().parents[2] / "nlu" / "regex.yml"
    path.write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"rewrote {len(KINDS)} cue patterns in {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
