"""Patterns of many alternatives in six languages, searched only with the alternatives a text's scripts allow.

The offer checker's patterns (`bot/offers/risk.py`) join hundreds of alternatives in Latin,
Hangul, Thai and Han script. Python's `re` tries every alternative at every position, so a
Chinese ad pays for every Korean, Thai and English word. An alternative whose words cannot
occur without a letter of some script (a Hangul syllable it must match, an ASCII letter)
cannot match a text that has none: `ScriptedPattern` compiles, for each set of scripts,
only the alternatives that could match, in their original order. Leftmost-first matching
is unchanged (a removed alternative could not have matched anything), so every search,
match and span is the one the full pattern gives; `tests/test_scripted.py` checks it.

Which alternatives need which script is read from the parsed pattern (`sre_parse`): a literal
character the alternative must match, outside optional groups, repeats that may be empty,
and lookarounds.
"""
from __future__ import annotations

import re
import sre_constants as c
import sre_parse
from functools import lru_cache
from typing import Iterator, Optional

# Scripts told apart (ASCII letters stand for Latin: the patterns run on folded text).
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("latin", re.compile(r"[A-Za-z]")),
    ("hangul", re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")),
    ("thai", re.compile(r"[\u0e00-\u0e7f]")),
    ("han", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
)


def _script_of(char: str) -> Optional[str]:
    for name, rx in _SCRIPTS:
        if rx.match(char):
            return name
    return None


def _required(items: sre_parse.SubPattern) -> frozenset[str]:
    """The scripts a parsed sequence cannot match without (one mandatory letter of each)."""
    need: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            script = _script_of(chr(arg))
            if script:
                need.add(script)
        elif op is c.SUBPATTERN:
            need |= _required(arg[-1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            need |= _required(arg[2])
        elif op is c.BRANCH:
            branches = [_required(b) for b in arg[1]]
            need |= frozenset.intersection(*branches) if branches else frozenset()
    return frozenset(need)


def top_branches(source: str) -> list[str]:
    """`source` split at its top-level "|" (not inside groups, classes or escapes)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "^":
                i += 1
            if source[i + 1 : i + 2] == "]":  # "[]...]": a literal "]" first
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


class ScriptedPattern:
    """A compiled alternation that searches a text with only the alternatives its scripts allow."""

    def __init__(self, parts: tuple[str, ...], flags: int) -> None:
        self.pattern = "|".join(f"(?:{p})" for p in parts)
        self.flags = flags
        self._parts = parts
        self._branches: Optional[list[tuple[str, frozenset[str]]]] = None  # read at first use: importing stays fast
        self._variants: dict[frozenset[str], re.Pattern[str]] = {}

    def _for(self, text: str) -> re.Pattern[str]:
        present = scripts_in(text)
        pattern = self._variants.get(present)
        if pattern is None:
            if self._branches is None:
                self._branches = [(b, _required(sre_parse.parse(b, self.flags)))
                                  for part in self._parts for b in top_branches(part)]
            kept = [b for b, need in self._branches if need <= present]
            # nothing can match: a pattern that never does (an empty alternation would match everywhere)
            pattern = re.compile("|".join(f"(?:{b})" for b in kept) if kept else r"(?!)", self.flags)
            self._variants[present] = pattern
        return pattern

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> Optional[re.Match[str]]:
        return self._for(text).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = 2**62) -> Optional[re.Match[str]]:
        return self._for(text).match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 2**62) -> Optional[re.Match[str]]:
        return self._for(text).fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text, pos, endpos)


@lru_cache(maxsize=256)
def scripts_in(text: str) -> frozenset[str]:
    """The scripts with at least one letter in `text` (cached: one text is searched by many patterns)."""
    return frozenset(name for name, rx in _SCRIPTS if rx.search(text))
