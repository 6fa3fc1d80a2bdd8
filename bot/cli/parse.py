"""The contract's `parse` command: text in, intent, confidence and entities out, as JSON lines."""
from __future__ import annotations

import json
import logging
import re
from typing import Any, TextIO

from bot import language as lang_mod
from bot.settings import Settings

logger = logging.getLogger(__name__)
_HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)
# An empty or emoji-only line has nothing to classify (and the classifier cannot take it).
NOTHING_TO_READ = {"intent": {"name": "nlu_fallback", "confidence": 0.0}, "entities": []}


def to_contract(text: str, result: dict[str, Any]) -> dict[str, Any]:
    """Rasa's parse result in the contract's shape, one entry per entity span."""
    intent = result.get("intent") or {}
    entities = []
    seen: set[tuple[int, int]] = set()
    for e in sorted(result.get("entities", []), key=lambda e: (e.get("start", 0), -e.get("end", 0))):
        span = (e.get("start", 0), e.get("end", 0))
        if span in seen:
            continue
        seen.add(span)
        entities.append({"entity": e["entity"], "value": e.get("value"), "text": text[span[0] : span[1]]})
    return {
        "text": text,
        "language": lang_mod.choose(text, lang_mod.LanguageHints()),
        "intent": intent.get("name"),
        "confidence": round(float(intent.get("confidence") or 0.0), 4),
        "entities": entities,
    }


async def parse_lines(settings: Settings, inp: TextIO, out: TextIO) -> None:
    """Load the model once, then answer every line in order; never touches the network."""
    from bot.dialogue.backend import InProcessRasa

    backend = InProcessRasa.load(settings.model_path, actions=[])
    for line in inp:
        text = line.rstrip("\n")
        result = NOTHING_TO_READ
        if _HAS_WORD.search(text):
            try:
                result = await backend.parse(text)
            except Exception:  # one bad line must not cost the others their answers
                logger.exception("Could not parse line %r", text[:80])
        out.write(json.dumps(to_contract(text, result), ensure_ascii=False) + "\n")
        out.flush()
