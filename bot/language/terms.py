"""Regexes for gazetteer terms with word boundaries that fit each script.

Korean glues particles to nouns ("캄보디아에서"), so a Hangul term needs a boundary
on the left only; a Latin term needs one on both sides, or "line" is found in
"online". Chinese and Thai are written without spaces: a term in those scripts has no
boundary at all ("西港" in "人在西港"). Kept free of Rasa so the emergency path can use it
without the model.
"""
from __future__ import annotations

import re

_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")
_UNSPACED_START = re.compile(r"^[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u0e00-\u0e7f]")


def term_pattern(term: str) -> str:
    """A regex for one lookup term, with boundaries that fit its script."""
    if _UNSPACED_START.search(term):
        left = ""
    elif _LATIN_START.search(term):
        left = r"(?<![A-Za-z0-9])"  # "加LINE", "在WhatsApp上": a Latin name glued to Chinese or Thai
    else:
        left = r"(?<![\w])"
    right = r"(?![A-Za-z0-9])" if _LATIN_END.search(term) else ""
    body = r"\s*".join(re.escape(part) for part in term.split())
    return f"{left}{body}{right}"


def alternation(terms: list[str]) -> str:
    """One pattern for many terms, longest first so "KK Park" wins over "Park"."""
    return "|".join(term_pattern(t) for t in sorted(set(terms), key=len, reverse=True))
