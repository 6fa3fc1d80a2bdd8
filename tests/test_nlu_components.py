"""Lookup matching with script-aware word boundaries."""
import re

from bot.nlu_components import term_pattern


def find(term, text):
    return [m.group(0) for m in re.finditer(term_pattern(term), text, re.I)]


def test_korean_term_matches_before_a_particle():
    assert find("캄보디아", "아들이 캄보디아에서 연락이 끊겼어요") == ["캄보디아"]


def test_latin_term_needs_word_boundaries():
    assert find("line", "i saw it online") == []
    assert find("line", "he contacted me on LINE") == ["LINE"]


def test_multiword_terms_allow_any_spacing():
    assert find("KK Park", "he is in kk  park now") == ["kk  park"]
