"""Lookup matching with script-aware word boundaries."""
import re

from bot.language.terms import term_pattern


def find(term, text):
    return [m.group(0) for m in re.finditer(term_pattern(term), text, re.I)]


def test_korean_term_matches_before_a_particle():
    assert find("캄보디아", "아들이 캄보디아에서 연락이 끊겼어요") == ["캄보디아"]


def test_latin_term_needs_word_boundaries():
    assert find("line", "i saw it online") == []
    assert find("line", "he contacted me on LINE") == ["LINE"]


def test_multiword_terms_allow_any_spacing():
    assert find("KK Park", "he is in kk  park now") == ["kk  park"]


def tokens(text):
    from rasa.shared.nlu.training_data.message import Message

    from bot.dialogue.nlu_components import LetterSafeWhitespaceTokenizer

    tokenizer = LetterSafeWhitespaceTokenizer(LetterSafeWhitespaceTokenizer.get_default_config())
    return [t.text for t in tokenizer.tokenize(Message(data={"text": text}), "text")]


def test_korean_words_are_kept_emoji_dropped():
    # Rasa's own WhitespaceTokenizer returns ['my', 'went'] here: its emoji range covers Hangul.
    assert tokens("my 아들 went 캄보디아 😭") == ["my", "아들", "went", "캄보디아"]
    assert tokens("월 400만원 준대요") == ["월", "400만원", "준대요"]
