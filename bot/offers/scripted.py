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

Most patterns find nothing in most texts. From the parse each alternative also yields a few words
one of which any match contains ("interview" or "cv" or "resume" for `no\s+(?:interview|cv|resume)`);
`alternatives_in` finds, once per text, which of all the patterns' words it holds (plain substring
tests, grouped by their first two letters), and an alternative none of whose words are there is
left out: it could not have matched. An alternative that needs no such word is always searched. When only a
few alternatives remain, each is searched alone: a regex that starts with a word scans for it at C
speed, where an alternation of hundreds tries each at every position.
"""
from __future__ import annotations

import itertools
import re
import sre_constants as c
import sre_parse
import threading
from functools import lru_cache
from typing import Iterable, Iterator, Optional

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


_MAX_WORDS = 64  # alternatives spelled out per word set: "(?:a|b)(?:c|d)" gives 4


def _exact(op: object, arg: object) -> Optional[set[str]]:
    """The strings one parsed node matches, lower-cased, when they are few (None otherwise)."""
    if op is c.LITERAL:
        return {chr(arg).lower()}
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is c.LITERAL:
                chars.add(chr(value).lower())
            elif kind is c.RANGE and value[1] - value[0] < 8:
                chars |= {chr(x).lower() for x in range(value[0], value[1] + 1)}
            else:  # a negated class, \s, \d, a wide range
                return None
        return chars if 0 < len(chars) <= 16 else None
    if op is c.SUBPATTERN:
        return _exact_sequence(arg[-1])
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in arg[1]:
            strings = _exact_sequence(branch)
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MAX_WORDS else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] == arg[1] and arg[0] <= 4:
        strings = _exact_sequence(arg[2])
        if strings is None:
            return None
        run = {""}
        for _ in range(arg[0]):
            run = {a + b for a in run for b in strings}
            if len(run) > _MAX_WORDS:
                return None
        return run
    return None


def _exact_sequence(items: Iterable[tuple[object, object]]) -> Optional[set[str]]:
    run = {""}
    for op, arg in items:
        strings = _exact(op, arg)
        if strings is None or len(run) * len(strings) > _MAX_WORDS:
            return None
        run = {a + b for a in run for b in strings}
    return run


def _selectivity(words: frozenset[str]) -> tuple[int, int]:
    return min(len(w) for w in words), -len(words)


def required_words(items: sre_parse.SubPattern) -> Optional[frozenset[str]]:
    """Lower-cased words one of which every match of a parsed sequence contains (None: none known).

    Consecutive literals, small classes and groups of literals join into words only where nothing
    may come between ("gaji" + "(?:nya)" → "gajinya"; "work" + "\\s+" + "(?:visa|permit)" gives
    "work" and {"visa", "permit"}); of the candidates the one whose shortest word is longest is
    kept. Optional parts, lookarounds and anchors end a word and give none."""
    best: Optional[frozenset[str]] = None

    def consider(words: Optional[Iterable[str]]) -> None:
        nonlocal best
        if words is None:
            return
        words = frozenset(words)
        if words and all(words) and (best is None or _selectivity(words) > _selectivity(best)):
            best = words

    run = {""}
    for op, arg in items:
        strings = _exact(op, arg)
        if strings is not None:
            if len(run) * len(strings) <= _MAX_WORDS:
                run = {a + b for a in run for b in strings}
            else:
                consider(run)
                run = strings
            continue
        consider(run)
        run = {""}
        if op is c.SUBPATTERN:
            consider(required_words(arg[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            consider(required_words(arg[2]))
        elif op is c.BRANCH:
            each = [required_words(branch) for branch in arg[1]]
            if all(words is not None for words in each):
                union = frozenset().union(*each)
                if len(union) <= 4 * _MAX_WORDS:
                    consider(union)
    consider(run)
    return best


class _WordIndex:
    """Every word some alternative needs, grouped by script and first two letters, with the
    alternatives that need it: a text's words, and so its possible alternatives, found at once."""

    def __init__(self) -> None:
        self._postings: dict[str, list[tuple[int, int]]] = {}
        self._groups: Optional[list[tuple[frozenset[str], list[tuple[str, bool, tuple[str, ...]]]]]] = None
        self._lock = threading.Lock()
        # bumped by each pattern's registration: a text's alternatives found before are not reused after
        self.version = 0

    def add(self, owner: int, alternative: int, words: Iterable[str]) -> None:
        with self._lock:
            for word in words:
                self._postings.setdefault(word, []).append((owner, alternative))
            self._groups = None
            self.version += 1

    def _grouped(self) -> list[tuple[frozenset[str], list[tuple[str, bool, tuple[str, ...]]]]]:
        with self._lock:
            return self._groups if self._groups is not None else self._build_groups()

    def _build_groups(self) -> list[tuple[frozenset[str], list[tuple[str, bool, tuple[str, ...]]]]]:
        """The words grouped by the scripts they need and their first two letters (under the lock)."""
        by_prefix: dict[str, list[str]] = {}
        for word in sorted(self._postings):
            by_prefix.setdefault(word[:2], []).append(word)
        by_script: dict[frozenset[str], list[tuple[str, bool, tuple[str, ...]]]] = {}
        for prefix, words in by_prefix.items():
            need = frozenset(s for s in map(_script_of, prefix) if s)
            longer = tuple(w for w in words if w != prefix)
            by_script.setdefault(need, []).append((prefix, prefix in words, longer))
        self._groups = list(by_script.items())
        return self._groups

    def words(self, text: str) -> set[str]:
        """The indexed words `text` holds (lower-cased on both sides)."""
        low, scripts, found = text.lower(), scripts_in(text), set()
        for need, groups in self._grouped():
            if need <= scripts:
                for prefix, is_word, longer in groups:
                    if prefix in low:
                        if is_word:
                            found.add(prefix)
                        found.update(w for w in longer if w in low)
        return found

    def alternatives(self, text: str) -> dict[int, set[int]]:
        """For each pattern, the alternatives one of whose words `text` holds."""
        out: dict[int, set[int]] = {}
        for word in self.words(text):
            for owner, alternative in tuple(self._postings[word]):
                out.setdefault(owner, set()).add(alternative)
        return out


_INDEX = _WordIndex()
_PARSE_LOCK = threading.Lock()
_GATE_FROM = 60  # shorter texts (the few words after a match) are searched outright: faster than the index
_SPLIT_UPTO = 8  # up to this many possible alternatives are searched one by one, each with its own prefix scan


def alternatives_in(text: str) -> dict[int, set[int]]:
    """Which patterns' alternatives could match `text` by their words (cached: one text, many patterns)."""
    return _alternatives_in(text, _INDEX.version)


@lru_cache(maxsize=64)
def _alternatives_in(text: str, version: int) -> dict[int, set[int]]:
    return _INDEX.alternatives(text)


class _Alternative:
    """One top-level alternative: the scripts and words it cannot match without, compiled alone at first use."""

    __slots__ = ("source", "flags", "scripts", "words", "nonempty", "_compiled")

    def __init__(self, source: str, flags: int, tree: sre_parse.SubPattern, gated: bool) -> None:
        self.source, self.flags = source, flags
        self.scripts = _required(tree)
        self.words = required_words(tree) if gated else None
        self.nonempty = tree.getwidth()[0] > 0
        self._compiled: Optional[re.Pattern[str]] = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled


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
    """A compiled alternation that searches a text with only the alternatives its scripts and words allow."""

    _ids = itertools.count(1)  # next() is atomic: a pattern's key in the index

    def __init__(self, parts: tuple[str, ...], flags: int) -> None:
        self.pattern = "|".join(f"(?:{p})" for p in parts)
        self.flags = flags
        self._parts = parts
        self._alternatives: Optional[list[_Alternative]] = None  # read at first use: importing stays fast
        self._always: frozenset[int] = frozenset()  # alternatives without words: searched whatever the text
        self._gated = False
        self._variants: dict[frozenset[str], re.Pattern[str]] = {}
        self._id = next(ScriptedPattern._ids)

    def _parse(self) -> None:
        with _PARSE_LOCK:
            if self._alternatives is None:
                self._parse_once()

    def _parse_once(self) -> None:
        # case folded by lower() on both sides: exact for ASCII-only case-insensitivity or none
        gated = bool(self.flags & re.ASCII or not self.flags & re.I)
        alternatives = [_Alternative(b, self.flags, sre_parse.parse(b, self.flags), gated)
                        for part in self._parts for b in top_branches(part)]
        self._always = frozenset(i for i, a in enumerate(alternatives) if a.words is None)
        self._gated = len(self._always) < len(alternatives)
        for i, a in enumerate(alternatives):
            if a.words is not None:
                _INDEX.add(self._id, i, a.words)
        self._alternatives = alternatives

    def _variant(self, present: frozenset[str]) -> re.Pattern[str]:
        pattern = self._variants.get(present)
        if pattern is None:
            kept = [a.source for a in self._alternatives if a.scripts <= present]
            # nothing can match: a pattern that never does (an empty alternation would match everywhere)
            pattern = re.compile("|".join(f"(?:{b})" for b in kept) if kept else r"(?!)", self.flags)
            self._variants[present] = pattern
        return pattern

    def _searchers(self, text: str) -> tuple[re.Pattern[str], ...]:
        """The whole pattern less what cannot match (one regex), or the few alternatives that
        could, in their order, or none."""
        if self._alternatives is None:
            self._parse()
        present = scripts_in(text)
        if self._gated and len(text) >= _GATE_FROM:
            possible = alternatives_in(text).get(self._id, set()) | self._always
            # only the possible ones walked (a few of hundreds), in the alternation's order
            kept = [a for a in map(self._alternatives.__getitem__, sorted(possible)) if a.scripts <= present]
            if not kept:
                return ()
            if len(kept) <= _SPLIT_UPTO and all(a.nonempty for a in kept):
                return tuple(a.compiled for a in kept)
        return (self._variant(present),)

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> Optional[re.Match[str]]:
        return _leftmost(self._searchers(text), text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = 2**62) -> Optional[re.Match[str]]:
        # an alternation matches with its first alternative that matches here
        return next(filter(None, (rx.match(text, pos, endpos) for rx in self._searchers(text))), None)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 2**62) -> Optional[re.Match[str]]:
        return next(filter(None, (rx.fullmatch(text, pos, endpos) for rx in self._searchers(text))), None)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        searchers = self._searchers(text)
        if len(searchers) == 1:
            return searchers[0].finditer(text, pos, endpos)
        return _successive(searchers, text, pos, endpos)


def _leftmost(searchers: tuple[re.Pattern[str], ...], text: str, pos: int, endpos: int) -> Optional[re.Match[str]]:
    """The match an alternation of `searchers` finds: the leftmost, the earlier alternative on a tie."""
    best = None
    for rx in searchers:
        m = rx.search(text, pos, endpos)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


def _successive(searchers: tuple[re.Pattern[str], ...], text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """`finditer` of the alternation; none of the searchers matches empty, so each search goes on
    where the last match ended."""
    while True:
        m = _leftmost(searchers, text, pos, endpos)
        if m is None:
            return
        yield m
        pos = m.end()


@lru_cache(maxsize=256)
def scripts_in(text: str) -> frozenset[str]:
    """The scripts with at least one letter in `text` (cached: one text is searched by many patterns)."""
    return frozenset(name for name, rx in _SCRIPTS if rx.search(text))
