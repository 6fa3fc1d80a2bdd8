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

from bot import fast_yaml
from bot.contacts.book import HOST_COUNTRIES, LOCATION_COUNTRY
from bot.language.terms import alternation
from bot.language.vocabulary import entity_files



def _key(name: str) -> str:
    """"KK  Park", "kk park" and "KKPark" are one place."""
    return re.sub(r"\s+", "", name).lower()


# How people name the country whose embassy they want ("philippine embassy", "kedutaan
# Filipina", "필리핀 대사관"): a nationality word next to an embassy word. Country names alone
# ("in Thailand") say where someone is, not whose citizen they are.
_NATIONALITY_WORDS: dict[str, list[str]] = {
    "KR": ["south korean", "south korea", "korean", "korea", "republic of korea", "korea selatan", "한국", "대한민국"],
    "ID": ["indonesian", "indonesia", "ri", "인도네시아"],
    "PH": ["philippine", "philippines", "filipino", "filipina", "pinoy", "pilipinas", "필리핀"],
    "VN": ["vietnamese", "vietnam", "viet nam", "việt nam", "베트남"],
    "TH": ["thai", "thailand", "태국"],
    "CN": ["chinese", "china", "tiongkok", "cina", "중국", "中国"],
    "MY": ["malaysian", "malaysia", "말레이시아"],
    "JP": ["japanese", "japan", "jepang", "일본"],
    "IN": ["indian", "india", "인도"],
}
_EMBASSY_AFTER = r"(?:\s+|\s*)(?:embassy|consulate|mission|citizens?|nationals?|passport|대사관|영사관|공관|국민|사람|여권|국적)"
_EMBASSY_BEFORE = (r"(?:embassy|consulate)\s+of\s+(?:the\s+)?|(?:kedutaan(?:\s+besar)?|kedubes|konsulat|kbri|"
                   r"warga(?:\s+negara)?|wn|paspor)\s+|i'?m\s+(?:an?\s+)?|i\s+am\s+(?:an?\s+)?")
# Words that name one country's mission by themselves: "KBRI" is Indonesia's embassy.
_OWN_MISSION_WORDS = {"kbri": "ID", "kjri": "ID", "wni": "ID"}


def _nationality_patterns() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for code, words in _NATIONALITY_WORDS.items():
        names = alternation(words)
        out.append((re.compile(f"(?:{_EMBASSY_BEFORE})(?:{names})|(?:{names}){_EMBASSY_AFTER}", re.IGNORECASE), code))
    return out


_NATIONALITY = _nationality_patterns()
_OWN_MISSION = re.compile(alternation(list(_OWN_MISSION_WORDS)), re.IGNORECASE)


def nationality_in(text: str) -> Optional[str]:
    """The nationality whose embassy a message asks for ("philippine embassy" → PH), if any."""
    found = [(m.start(), code) for pattern, code in _NATIONALITY for m in [pattern.search(text or "")] if m]
    if found:
        return min(found)[1]
    own = _OWN_MISSION.search(text or "")
    return _OWN_MISSION_WORDS[own.group(0).lower()] if own else None


# Words around a place named as an answer: "in", "near", "di", "ở", "在", "근처", "ที่", "I think".
_PLACE_FILLER = re.compile(
    r"(?<![^\W\d_])(?:in|at|near|around|the|city|province|maybe|probably|i\s+think|di|dekat|sekitar|kota|provinsi|mungkin|kayaknya"
    r"|ở|o|tại|tai|gần|gan|tỉnh|tinh|thành\s+phố|thanh\s+pho|khu|chắc|chac|ạ|a|nhé|nhe)(?![^\W\d_])"
    r"|에서|에요|이요|예요|근처|쯤|요|에|ที่|แถว|จังหวัด|เมือง|ค่ะ|ครับ|คะ|นะ|在|的|附近|那边|那邊|省|市|吧|啊",
    re.IGNORECASE,
)


class Gazetteer:
    """Country and place names of every language → ISO code of the host country."""

    def __init__(self, names: dict[str, str], canonical: Optional[dict[str, str]] = None) -> None:
        self._codes = {_key(name): code for name, code in names.items()}
        self._canonical = {_key(name): place for name, place in (canonical or {}).items()}
        self._pattern = re.compile(alternation(list(names)), re.IGNORECASE) if names else None

    @classmethod
    def load(cls, path: Optional[Path] = None) -> "Gazetteer":
        """From `path`, or from every language's entity file (nlu/entities.yml, nlu/<lang>/entities.yml)."""
        blocks = []
        for file in [path] if path else entity_files():
            blocks += (fast_yaml.safe_load(file.read_text(encoding="utf-8")) or {}).get("nlu", [])
        names: dict[str, str] = {}
        places: dict[str, str] = {}
        for block in blocks:
            canonical = block.get("synonym")
            if canonical is None:
                continue
            code = canonical if canonical in HOST_COUNTRIES else LOCATION_COUNTRY.get(canonical)
            if not code:
                continue
            names[canonical] = code
            places[canonical] = canonical
            for line in (block.get("examples") or "").splitlines():
                term = line.strip()[2:].strip() if line.strip().startswith("- ") else ""
                if term:
                    names[term] = code
                    places[term] = canonical
        for name, code in LOCATION_COUNTRY.items():
            names.setdefault(name, code)
            places.setdefault(name, name)
        return cls(names, places)

    def host_in(self, text: str) -> Optional[str]:
        """The host country the text names first, if any."""
        if not self._pattern or not text:
            return None
        match = self._pattern.search(text)
        return self._codes.get(_key(match.group(0))) if match else None

    def only_place(self, text: str) -> Optional[str]:
        """The place a short text names when it says nothing else ("Bavet", "in Poipet, Cambodia",
        "ở Bavet ạ", "在西港"): the answer to "where?", which the model, reading a bare place
        name, takes for a question about travel there."""
        if not self._pattern or not text or len(text) > 60:
            return None
        first = self._pattern.search(text)
        if first is None:
            return None
        rest = _PLACE_FILLER.sub(" ", self._pattern.sub(" ", text))
        return first.group(0) if not re.search(r"[^\W\d_]", rest) else None

    def current_place_in(self, text: str) -> tuple[Optional[str], Optional[str]]:
        """(host country, canonical place) where the writer is now: the place named last.

        A story ends where it is now: "promised a job in Thailand, taken across to Myawaddy"
        means Myanmar. The place is None when only a country was named."""
        if not self._pattern or not text:
            return None, None
        last = None
        for last in self._pattern.finditer(text):
            pass
        if last is None:
            return None, None
        key = _key(last.group(0))
        place = self._canonical.get(key)
        return self._codes.get(key), (place if place and place not in HOST_COUNTRIES else None)
