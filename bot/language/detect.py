"""Which language to answer in.

Order (first that decides wins): the user's explicit choice (/language); the script
(Hangul → ko); langdetect, seeded and limited to supported languages, when the text is
long enough to trust; then, for short or ambiguous text, the user's current language;
for a user who has none yet, the Telegram client's `language_code`; finally English.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from bot.language.identify import identify
from bot.language.identify import script_language as _script_language

SUPPORTED: tuple[str, ...] = ("en", "ko", "id", "th", "vi", "zh")
DEFAULT = "en"
LANGUAGE_NAMES = {"en": "English", "ko": "한국어", "id": "Bahasa Indonesia", "th": "ภาษาไทย", "vi": "Tiếng Việt",
                  "zh": "中文"}

# Telegram sends IETF tags ("ko-KR", "id", old Android "in"); map them to ours.
_CLIENT_ALIASES = {"in": "id", "ms": "id", "zh-hans": "zh", "zh-hant": "zh"}

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)

# langdetect needs this much text before its guess is worth more than the user's
# current language: "ok", "112", "yes pls" never switch.
MIN_WORDS = 4
MIN_LETTERS = 18
MIN_PROBABILITY = 0.80

# langdetect's profile names for our codes (Chinese has two; both are zh to us).
_PROFILES = {"zh": ("zh-cn", "zh-tw")}
_factory_lock = threading.Lock()
_factory = None


def _detector_factory():
    """A langdetect factory with only our languages' profiles, seeded for repeatability."""
    global _factory
    with _factory_lock:
        if _factory is None:
            from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

            factory = DetectorFactory()
            factory.seed = 0
            profiles = [
                (Path(PROFILES_DIRECTORY) / name).read_text(encoding="utf-8")
                for code in SUPPORTED for name in _PROFILES.get(code, (code,))
            ]
            factory.load_json_profile(profiles)
            _factory = factory
        return _factory


def normalise(code: Optional[str]) -> Optional[str]:
    """"ko-KR" → "ko", "in" → "id"; None for anything unsupported."""
    if not code:
        return None
    base = code.strip().lower().replace("_", "-").split("-")[0]
    base = _CLIENT_ALIASES.get(base, base)
    return base if base in SUPPORTED else None


def script_language(text: str) -> Optional[str]:
    """The language a script gives away (Hangul → ko, Thai → th, Han → zh, Vietnamese
    letters → vi), if it is one we answer in."""
    found = _script_language(text)
    return found if found in SUPPORTED else None


def detect(text: str) -> Optional[str]:
    """langdetect's answer when the text is long and clear enough, else None."""
    if len(_WORD.findall(text)) < MIN_WORDS or len(_LETTER.findall(text)) < MIN_LETTERS:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detector_factory().create()
    detector.append(text[:2000])
    try:
        best = max(detector.get_probabilities(), key=lambda p: p.prob)
    except (LangDetectException, ValueError):
        return None
    lang = best.lang.split("-")[0]
    return lang if best.prob >= MIN_PROBABILITY and lang in SUPPORTED else None


@dataclass(frozen=True)
class LanguageHints:
    explicit: Optional[str] = None  # chosen with /language
    current: Optional[str] = None  # the user's last reply language
    client: Optional[str] = None  # Telegram's language_code


def choose(text: str, hints: LanguageHints, *, from_text: bool = True) -> str:
    """The reply language for `text`; `from_text=False` for buttons and commands.

    A whole message clearly written in one language (its script, or langdetect on 4+ words)
    is answered in it, even after an explicit choice: a choice made once must never lock out
    someone who then writes in their own language. Short or unclear messages keep the
    explicit choice, then the current language."""
    if from_text:
        current = normalise(hints.explicit) or normalise(hints.current)
        found = identify(text, switching=current is not None)
        if found not in SUPPORTED:
            found = detect(text)
        if found in SUPPORTED:
            return found  # type: ignore[return-value]
    return normalise(hints.explicit) or normalise(hints.current) or normalise(hints.client) or DEFAULT


# Names people use when they ask for a language ("can you speak Korean?"), most
# specific first so "bahasa korea" is not taken for Indonesian.
_REQUESTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"bahasa\s+korea|korean|한국어|한국말|한글|korea", re.I), "ko"),
    (re.compile(r"bahasa\s+inggris|english|inggris|영어|\beng\b", re.I), "en"),
    (re.compile(r"\bthai\b|ภาษาไทย|태국어|bahasa\s+thai|tiếng thái|泰语|泰語", re.I), "th"),
    (re.compile(r"vietnamese|tiếng việt|tieng viet|베트남어|bahasa\s+vietnam|ภาษาเวียดนาม|越南语|越南語", re.I), "vi"),
    (re.compile(r"chinese|mandarin|中文|汉语|漢語|普通话|华语|華語|중국어|bahasa\s+(?:mandarin|cina|china)|ภาษาจีน|tiếng trung|tieng trung", re.I), "zh"),
    (re.compile(r"indonesian|indonesia|인도네시아|\bindo\b|bahasa", re.I), "id"),
]


def _spans(found: dict[str, int], text: str) -> list[tuple[int, int]]:
    """Where the languages found so far were named (so "bahasa korea" is not also "bahasa")."""
    spans = []
    for pattern, code in _REQUESTS:
        if code in found:
            match = pattern.search(text)
            if match:
                spans.append((match.start(), match.end()))
    return spans


# "I don't understand X" in each language, with the language the negation itself is in.
_NEGATIONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"몰라|모르|못\s*해|못\s*알아|못\s*읽|어려워|안\s*돼"), "ko"),
    (re.compile(r"\b(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|kurang|ndak|belum)\b", re.I), "id"),
    (re.compile(r"\b(?:don'?t|dont|do not|can'?t|cant|cannot|no|not|never)\b", re.I), "en"),
    (re.compile(r"ไม่(?:เข้าใจ|รู้|ได้|เป็น)|อ่านไม่ออก"), "th"),
    (re.compile(r"\b(?:không|khong|ko|hong|hok)\s+(?:hiểu|hieu|biết|biet|rành|ranh)\b", re.I), "vi"),
    (re.compile(r"不懂|看不懂|听不懂|聽不懂|不会|不會|不太会"), "zh"),
]


def requested_language(text: str) -> Optional[str]:
    found = _requested_language(text)
    return found if found in SUPPORTED else None


def _requested_language(text: str) -> Optional[str]:
    """The language a "speak X" message asks for, if it names one.

    "I don't understand English" / "영어 몰라요" / "saya tidak bisa bahasa Inggris" ask for
    the language the message is written in, not the one it names."""
    text = text or ""
    found: dict[str, int] = {}
    for pattern, code in _REQUESTS:
        match = pattern.search(text)
        if match and code not in found and not any(match.start() < end and start < match.end()
                                                   for start, end in _spans(found, text)):
            found[code] = match.start()
    if not found:
        return None
    named = min(found, key=found.get)  # type: ignore[arg-type]
    negation = next((code for pattern, code in _NEGATIONS if pattern.search(text)), None)
    if negation is None:
        return named
    if len(found) > 1:  # "no english please, korean": the one named last is the one wanted
        return max(found, key=found.get)  # type: ignore[arg-type]
    own = script_language(text) or detect(text) or negation
    return own if own != named else None
