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
    """A regex for one lookup term, with boundaries that fit its script.

    The left boundary is checked after the term's first character ("K(?<![A-Za-z0-9].)K
    Park", not "(?<![A-Za-z0-9])KK Park"): the same matches, but every alternative of a
    long alternation then starts with a literal, which `re` rejects at once."""
    body = r"\s*".join(re.escape(part) for part in term.split())
    right = r"(?![A-Za-z0-9])" if _LATIN_END.search(term) else ""
    if _UNSPACED_START.search(term):
        return f"{body}{right}"
    before = "[A-Za-z0-9]" if _LATIN_START.search(term) else r"\w"  # "加LINE", "在WhatsApp上": Latin glued to Chinese
    first = _first(body)
    return f"{first}(?<!{before}.){body[len(first):]}{right}"


def _first(body: str) -> str:
    """The first character of an escaped term, with its backslash if it has one."""
    return body[:2] if body.startswith("\\") else body[:1]


def alternation(terms: list[str]) -> str:
    """One pattern for many terms, longest first so "KK Park" wins over "Park". A lookahead
    for the terms' first characters lets `re` skip every other position at once (about
    five times faster on the gazetteer's ~400 terms, the same matches)."""
    patterns = [term_pattern(t) for t in sorted({t for t in terms if t.strip()}, key=len, reverse=True)]
    if not patterns:
        return "(?!)"
    heads = "".join(sorted({_first(p) for p in patterns}))  # each pattern starts with its term's first character
    return f"(?=[{heads}])(?:" + "|".join(patterns) + ")"
