"""Words of one kind from the NLU's own lookup tables (`nlu/entities.yml`), matched in text
without the model: a form can then tell an answer of the right kind ("anak", "동생",
"brother") from one of another kind."""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Optional

from bot import fast_yaml
from bot.language.terms import alternation
from bot.settings import ROOT

ENTITIES_FILE = ROOT / "nlu" / "entities.yml"


def entity_files() -> list[Path]:
    """The shared entity file and each language's own (Thai, Vietnamese, Chinese spellings)."""
    return [ENTITIES_FILE, *sorted((ROOT / "nlu").glob("*/entities.yml"))]


@functools.lru_cache(maxsize=None)
def _pattern(lookup: str) -> Optional[re.Pattern[str]]:
    blocks = []
    for path in entity_files():
        blocks += (fast_yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", [])
    terms: list[str] = []
    for block in blocks:
        if block.get("lookup") == lookup:
            terms += [line.strip()[2:].strip() for line in (block.get("examples") or "").splitlines()
                      if line.strip().startswith("- ")]
    return re.compile(alternation(terms), re.IGNORECASE) if terms else None


def find(lookup: str, text: str) -> Optional[str]:
    """The first word of lookup table `lookup` in `text`, as written; None if there is none."""
    pattern = _pattern(lookup)
    match = pattern.search(text or "") if pattern else None
    return match.group(0) if match else None
