"""Latin letters without their marks ("giữ" → "giu", "Đ" → "D"), one character for one.

Vietnamese is typed with and without diacritics; the offer checker's patterns and the NLU's
word features both read the text without them. Hangul, Thai and Han are left alone (their
marks and jamo are letters), and offsets stay the same.
"""
from __future__ import annotations

import unicodedata


def _latin_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii() and base.isalpha():
            table[cp] = base
    table.update({ord("đ"): "d", ord("Đ"): "D"})
    return table


LATIN_FOLD: dict[int, str] = _latin_table()


def fold_latin(text: str) -> str:
    """`text` with the marks taken off its Latin letters."""
    return text.translate(LATIN_FOLD)
