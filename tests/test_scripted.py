"""Patterns searched per script find exactly what the whole pattern finds."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.offers import risk
from bot.offers.scripted import ScriptedPattern, alternatives_in, required_words, scripts_in, top_branches

DATA = Path(__file__).parent / "data"


def test_top_level_alternatives_are_split_outside_groups_classes_and_escapes():
    assert top_branches(r"a|b(?:c|d)|[|x]|\||e") == ["a", "b(?:c|d)", "[|x]", r"\|", "e"]
    assert top_branches(r"[]|]|[^]|]|f") == ["[]|]", "[^]|]", "f"]


def test_an_alternative_is_kept_for_a_text_only_if_its_letters_can_be_there():
    rx = ScriptedPattern((r"passport", r"여권", r"(?:บริษัท)?ยึด", r"护照|(?:x)?y"), re.I)
    assert rx.search("护照交公司").group(0) == "护照"
    assert rx.search("PASSPORT kept").group(0) == "PASSPORT"
    assert rx.search("พาสปอร์ตยึดไว้").group(0) == "ยึด"  # the Thai word in an optional group is not required
    assert rx.search("여권 맡기세요").group(0) == "여권"
    assert rx.search("1234") is None


def test_a_text_with_no_letters_matches_only_what_needs_none():
    rx = ScriptedPattern((r"\d+\s?USD", r"월급"), re.I)
    assert rx.search("2000 USD").group(0) == "2000 USD"
    assert rx.search("!!!") is None and scripts_in("!!!") == frozenset()


def _words(source: str) -> frozenset[str] | None:
    import sre_parse

    return required_words(sre_parse.parse(source, re.I | re.ASCII))


def test_the_words_an_alternative_needs_are_read_from_its_parse():
    assert _words(r"\bgaji\s+(?:besar|tinggi)\b") == {"besar", "tinggi"}  # shortest 5 letters beats "gaji"
    assert _words(r"(?:free\s+)?Visa") == {"visa"}  # optional words are not needed; case folded
    assert _words(r"(?<!not\s)pass[pP]ort") == {"passport"}  # a lookbehind needs nothing of the match
    assert _words(r"\d+\s?usd") == {"usd"}
    assert _words(r"여권\s?(?:을|를)?\s?(?:맡|보관)") == {"여권"}
    assert _words(r"(?:工资|薪水)\S{0,10}(?:usdt|泰达币)") == {"usdt", "泰达币"}
    assert _words(r"(?:a|b)(?:c|d)") == {"ac", "ad", "bc", "bd"}
    assert _words(r"\w+@\w+") == {"@"}
    assert _words(r"\w+") is None and _words(r"(?:abc)?") is None  # nothing it must contain


_PAD = "Lowongan kerja. Info lengkap di bawah ini, silakan dibaca dulu. "  # past the length the index is used from


def test_a_text_without_an_alternatives_words_is_not_searched_for_it_and_finds_the_same():
    rx = ScriptedPattern((r"\bno\s+interview\b", r"\bpassport\b", r"gaji\s+\d+"), re.I | re.ASCII)
    text = _PAD + "No interview, passport kept by HR. Gaji 20jt"
    assert [m.group(0) for m in rx.finditer(text)] == ["No interview", "passport", "Gaji 20"]
    assert len(alternatives_in(text)[rx._id]) == 3  # "interview", "passport" and "gaji" are there
    assert rx.search(_PAD + "tidak ada apa-apa") is None


def test_alternatives_searched_one_by_one_give_the_alternations_leftmost_first_match():
    first_longer = ScriptedPattern((r"paspor\s+ditahan", r"paspor"), re.I | re.ASCII)
    first_shorter = ScriptedPattern((r"paspor", r"paspor\s+ditahan"), re.I | re.ASCII)
    text = _PAD + "nanti paspor ditahan kantor, paspor dikembalikan nanti"
    assert first_longer.search(text).group(0) == "paspor ditahan"
    assert first_shorter.search(text).group(0) == "paspor"  # the same start: the earlier alternative wins
    assert [m.group(0) for m in first_longer.finditer(text)] == ["paspor ditahan", "paspor"]
    assert first_longer.match(text, text.index("paspor")).group(0) == "paspor ditahan"
    assert first_shorter.fullmatch(text, text.index("paspor"), text.index(" ditahan")).group(0) == "paspor"
    leftmost = ScriptedPattern((r"kantor", r"ditahan"), re.I | re.ASCII)
    assert leftmost.search(text).group(0) == "ditahan"  # the leftmost start wins over the order


def _texts() -> list[str]:
    """Every 25th labelled offer (all six languages) and texts that mix scripts."""
    texts = []
    for path in sorted(DATA.glob("offers*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines[::25]]
    return texts + ["去KK园区做客服，护照交公司保管", "캄보디아 Poipet 월 800 telegram @hr_kh", "งาน admin ที่ปอยเปต เงินเดือน 30k บินฟรี",
                    "Qua Cam làm, bao vé máy bay, 3 tháng đầu không được ra ngoài", "招聘 game operator 月薪 2000 USD"]


def test_every_pattern_of_the_offer_checker_finds_what_the_whole_pattern_finds():
    patterns = {name: value for name, value in vars(risk).items() if isinstance(value, ScriptedPattern)}
    assert len(patterns) > 40
    texts = [risk.fold(t) for t in _texts()]
    for name, rx in patterns.items():
        whole = re.compile(rx.pattern, rx.flags)
        for text in texts:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in whole.finditer(text)], (name, text[:80])
            found, expected = rx.search(text), whole.search(text)
            assert (found and found.span()) == (expected and expected.span()), (name, text[:80])


def test_no_pattern_source_holds_a_control_character():
    """A "\\b" written in a plain (not raw) string becomes a backspace and never matches."""
    from pathlib import Path

    for path in (Path(__file__).parents[1] / "bot").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not any(ch in text for ch in "\x08\x07\x0c\x0b"), path


def test_threads_searching_new_patterns_at_once_find_what_each_pattern_finds():
    """First searches on several threads: each pattern registers its words before it is searched,
    and a text's alternatives found before a registration are not reused after it."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [_PAD + t for t in ("gaji 20jt, paspor ditahan kantor", "没有面试，护照交给公司", "no interview, passport kept by HR")]
    words = ["paspor", "护照", "passport", "面试", "interview", "gaji", "kantor", "HR"]
    patterns = [ScriptedPattern((rf"\b{w}\b" if w.isascii() else w, r"xyz\d"), re.I | re.ASCII) for w in words]

    def first_matches(i: int) -> list:
        return [[(p.search(t) or None) and p.search(t).group(0) for t in texts] for p in patterns[i % 2 :: 2]]

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(first_matches, range(8)))
    expected = [[(re.search(p.pattern, t, p.flags) or None) and re.search(p.pattern, t, p.flags).group(0) for t in texts]
                for p in patterns]
    for i, found in enumerate(results):
        assert found == expected[i % 2 :: 2]
