"""The cue regexes of nlu/regex.yml: what a short hello, bye, thanks, yes or no fires, and
what a message about being held never does (they are features the classifier weighs)."""
import re
from functools import lru_cache

import pytest
import yaml

from bot.dialogue import cue_words
from bot.language import small_talk
from bot.settings import ROOT


@lru_cache(maxsize=1)
def patterns() -> dict[str, list[re.Pattern]]:
    out: dict[str, list[re.Pattern]] = {}
    for entry in yaml.safe_load((ROOT / "nlu" / "regex.yml").read_text(encoding="utf-8"))["nlu"]:
        if "regex" in entry:
            lines = [line[2:] for line in entry["examples"].splitlines() if line.startswith("- ")]
            out[entry["regex"]] = [re.compile(line, re.IGNORECASE) for line in lines]
    return out


def fires(cue: str, text: str) -> bool:
    return any(p.search(text) for p in patterns()[cue])


@pytest.mark.parametrize("cue, text", [
    ("cue_greet", "hiya"), ("cue_greet", "jambo"), ("cue_greet", "vanakkam sir"), ("cue_greet", "hey u there?"),
    ("cue_greet", "assalamu alaikum bro"), ("cue_goodbye", "bye lah"), ("cue_goodbye", "kwaheri"),
    ("cue_goodbye", "allah hafiz"), ("cue_goodbye", "ok tata"), ("cue_goodbye", "gotta go now"),
    ("cue_thank", "nagode"), ("cue_thank", "ok thanks po"), ("cue_thank", "thanks for your help 🙏"),
    ("cue_thank", "dhonnobad"), ("cue_thank", "cảm ơn"), ("cue_yes", "ndiyo"), ("cue_yes", "yes po"),
    ("cue_yes", "sure thing boss"), ("cue_yes", "haan ji"), ("cue_no", "hapana"), ("cue_no", "nah mate"),
    ("cue_no", "not now pls"), ("cue_no", "tak nak"),
])
def test_a_whole_short_message_of_small_talk_fires_its_cue(cue, text):
    assert fires(cue, text)


@pytest.mark.parametrize("text", [
    "thanks but they took my passport",
    "yes they took my passport and i cant leave",
    "no passport, they locked us in",
    "hello sir are you real organisation? i need to get out",
    "bye mum, they are taking our phones now",
    "ok so its fake?",
])
def test_a_message_with_more_in_it_fires_no_small_talk_cue(text):
    new = ("cue_thank", "cue_yes", "cue_no")
    assert not any(fires(cue, text) for cue in new)
    assert not any(p.search(text) for p in patterns()["cue_greet"][-1:] + patterns()["cue_goodbye"][-1:])


@pytest.mark.parametrize("text", ["k", "sup", "ingat ya", "ingat", "uh"])
def test_words_that_mean_something_else_to_another_group_fire_nothing_new(text):
    # "k" is no in Vietnamese chat, "sup" soup in Indonesian, "ingat" remember, "uh" a pause.
    assert not any(fires(cue, text) for cue in ("cue_thank", "cue_yes", "cue_no"))
    assert not patterns()["cue_greet"][-1].search(text) and not patterns()["cue_goodbye"][-1].search(text)


@pytest.mark.parametrize("cue, text", [
    ("cue_yes", "siap min"), ("cue_yes", "muhun"), ("cue_no", "gak mau kak"), ("cue_no", "henteu"),
    ("cue_thank", "suwun yo mas"), ("cue_thank", "hatur nuhun"), ("cue_greet", "sampurasun"),
    ("cue_goodbye", "pamit dulu ya kak"), ("cue_thank", "cam on nhieu nha"), ("cue_no", "ko can nha"),
    ("cue_yes", "dạ vâng ạ"), ("cue_goodbye", "chuc ngu ngon nhe"),
])
def test_indonesian_and_vietnamese_small_talk_fires_its_cue(cue, text):
    assert fires(cue, text)


def test_regex_yml_holds_the_patterns_made_from_the_lists():
    text = (ROOT / "nlu" / "regex.yml").read_text(encoding="utf-8")
    assert cue_words.rewrite(text) == text
    for name, made in cue_words.patterns().items():
        assert made in [p.pattern for p in patterns()[name]]


def test_a_word_added_to_a_list_changes_its_pattern_only():
    before = cue_words.patterns()
    after = small_talk.pattern(small_talk.THANKS + ("dankie",))
    assert re.search(after, "dankie sir", re.IGNORECASE) and not re.search(before["cue_thank"], "dankie sir", re.IGNORECASE)


@pytest.mark.parametrize("cue, text", [
    ("cue_thank", "감사합니다~"), ("cue_yes", "넵 ㅎㅎ"), ("cue_no", "아니요"), ("cue_goodbye", "수고하세요"),
    ("cue_thank", "ขอบคุณครับ"), ("cue_yes", "ได้เลยค่ะ"), ("cue_no", "ไม่เอาครับ"), ("cue_greet", "สวัสดีค่ะ"),
    ("cue_thank", "谢谢啦"), ("cue_yes", "好的好的"), ("cue_no", "不用了"), ("cue_goodbye", "拜拜啦"),
    ("cue_greet", "在嗎"),
])
def test_korean_thai_and_chinese_small_talk_fires_its_cue(cue, text):
    assert fires(cue, text)


@pytest.mark.parametrize("text", [
    "여권 뺏겼어요", "ช่วยด้วยครับ", "没错，他们拿走了我的护照", "不让我走", "ㅎㅇ",
])
def test_words_run_on_without_spaces_are_no_cue_unless_each_is_one(text):
    assert not any(fires(cue, text) for cue in ("cue_thank", "cue_yes", "cue_no"))


@pytest.mark.parametrize("text", ["ok?", "no?", "봇 아니에요?", "是吗？"])
def test_a_question_is_no_yes_or_no_answer(text):
    assert not fires("cue_yes", text) and not fires("cue_no", text)


def test_a_long_message_fires_no_cue_whatever_its_words():
    text = "thank you " * 9  # 90 characters, every one of them thanks
    assert not any(fires(cue, text) for cue in cue_words.KINDS)
    assert fires("cue_thank", "thank you " * 7)
