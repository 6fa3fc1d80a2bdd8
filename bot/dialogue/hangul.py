"""Korean words spelled out letter by letter (jamo), for the character n-gram features.

A Hangul syllable packs two or three letters into one character: "안녕" and the typed
"안뇽" or "안뇨옹" share one character of two, and a character n-gram model sees little
in common; spelled out, "ㅇㅏㄴㄴㅕㅇ" and "ㅇㅏㄴㄴㅛㅇ" share most of their letters.
The same for endings people vary ("비활성화해주세요" / "비활성화 해줘") and the bare
letters chat is written in ("ㅇㅇ", "ㅠㅠ"), which are the compatibility jamo this maps to.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

_SYLLABLES = (0xAC00, 0xD7A3)
_INITIALS = [chr(c) for c in range(0x1100, 0x1113)]
_MEDIALS = [chr(c) for c in range(0x1161, 0x1176)]
_FINALS = [chr(c) for c in range(0x11A8, 0x11C3)]


def _compatibility() -> dict[str, str]:
    """Conjoining jamo (as NFD gives them) -> the compatibility letter people type."""
    by_name = {}
    for code in range(0x3131, 0x3164):
        name = unicodedata.name(chr(code), "")
        if name.startswith("HANGUL LETTER "):
            by_name[name.removeprefix("HANGUL LETTER ")] = chr(code)
    table = {}
    for letter in _INITIALS + _MEDIALS + _FINALS:
        name = unicodedata.name(letter).split(" ", 2)[-1]  # "HANGUL CHOSEONG KIYEOK" -> "KIYEOK"
        if name in by_name:
            table[letter] = by_name[name]
    return table


_TO_COMPAT = _compatibility()


def has_hangul(word: str) -> bool:
    return any(_SYLLABLES[0] <= ord(ch) <= _SYLLABLES[1] for ch in word)


@lru_cache(maxsize=65536)
def spelled_out(word: str) -> str:
    """"안녕하세요" -> "ㅇㅏㄴㄴㅕㅇㅎㅏㅅㅔㅇㅛ"; other characters as they are."""
    out = []
    for ch in word:
        if _SYLLABLES[0] <= ord(ch) <= _SYLLABLES[1]:
            out.extend(_TO_COMPAT.get(j, j) for j in unicodedata.normalize("NFD", ch))
        else:
            out.append(ch)
    return "".join(out)
