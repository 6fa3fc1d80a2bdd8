"""Which host country a message names, without the language model.

The NLU's own entity data (`nlu/entities.yml`: lookup tables and synonyms in every
language) is the gazetteer, so the emergency path and the model agree on what
"시아누크빌" or "Kamboja" means, and the emergency card still finds the country
when the model is missing.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import yaml

from bot.contacts.book import HOST_COUNTRIES, LOCATION_COUNTRY
from bot.settings import ROOT
from bot.language.terms import alternation

ENTITIES_FILE = ROOT / "nlu" / "entities.yml"


def _key(name: str) -> str:
    """"KK  Park", "kk park" and "KKPark" are one place."""
    return re.sub(r"\s+", "", name).lower()


class Gazetteer:
    """Country and place names of every language → ISO code of the host country."""

    def __init__(self, names: dict[str, str]) -> None:
        self._codes = {_key(name): code for name, code in names.items()}
        self._pattern = re.compile(alternation(list(names)), re.IGNORECASE) if names else None

    @classmethod
    def load(cls, path: Path = ENTITIES_FILE) -> "Gazetteer":
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        names: dict[str, str] = {}
        for block in data.get("nlu", []):
            canonical = block.get("synonym")
            if canonical is None:
                continue
            code = canonical if canonical in HOST_COUNTRIES else LOCATION_COUNTRY.get(canonical)
            if not code:
                continue
            names[canonical] = code
            for line in (block.get("examples") or "").splitlines():
                term = line.strip()[2:].strip() if line.strip().startswith("- ") else ""
                if term:
                    names[term] = code
        for name, code in LOCATION_COUNTRY.items():
            names.setdefault(name, code)
        return cls(names)

    def host_in(self, text: str) -> Optional[str]:
        """The host country the text names first, if any."""
        if not self._pattern or not text:
            return None
        match = self._pattern.search(text)
        return self._codes.get(_key(match.group(0))) if match else None
