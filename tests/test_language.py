"""Which language the bot answers in."""
import pytest

from bot.language import LanguageHints, choose, detect, normalise, requested_language, script_language


def test_hangul_decides_korean_even_with_english_words():
    assert choose("CS 알바 캄보디아 괜찮아요?", LanguageHints(current="en", client="en")) == "ko"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my brother went to cambodia for work and stopped answering", "en"),
        ("adik saya kerja di kamboja udah 2 minggu gak bisa dihubungi", "id"),
        ("they took my passport and won't let me leave the building", "en"),
        ("gimana cara cek agensi penyalur kerja yang resmi", "id"),
    ],
)
def test_long_text_is_detected(text, expected):
    assert choose(text, LanguageHints(current="ko" if expected != "ko" else "en")) == expected


@pytest.mark.parametrize("text", ["ok", "112", "yes pls", "👍", "CASE-2026-00042", "tolong"])
def test_short_or_ambiguous_text_keeps_current_language(text):
    assert choose(text, LanguageHints(current="id", client="en")) == "id"


def test_explicit_choice_holds_for_short_messages_but_never_locks_out_a_whole_message():
    assert choose("ok", LanguageHints(explicit="id", current="ko", client="en")) == "id"
    assert choose("117?", LanguageHints(explicit="id", current="ko")) == "id"
    assert choose("캄보디아 취업 사기인가요?", LanguageHints(explicit="en", current="en")) == "ko"
    assert choose("my brother went to cambodia and stopped answering", LanguageHints(explicit="ko")) == "en"


@pytest.mark.parametrize("text, wanted", [
    ("maaf sy gak ngerti bahasa inggris", "id"), ("영어 몰라요", "ko"), ("영어 못 해요 한국어로요", "ko"),
    ("saya tidak bisa bahasa Inggris", "id"), ("i dont speak korean", "en"), ("no english please, korean", "ko"),
    ("can you speak Korean?", "ko"), ("bisa pakai bahasa korea?", "ko"), ("bahasa indonesia please", "id"),
    ("영어로 해주세요", "en"), ("saya mau pakai bahasa inggris", "en"),
])
def test_a_language_asked_for_or_refused(text, wanted):
    assert requested_language(text) == wanted


def test_client_language_used_when_user_has_none():
    assert choose("ok", LanguageHints(client="ko-KR")) == "ko"
    assert choose("hi", LanguageHints(client="in")) == "id"  # old Android code for Indonesian


def test_unsupported_client_language_falls_back_to_english():
    assert choose("ok", LanguageHints(client="fr")) == "en"


def test_buttons_and_commands_never_switch_language():
    assert choose("my brother is missing in cambodia please help", LanguageHints(current="ko"), from_text=False) == "ko"


def test_detect_is_limited_to_supported_languages_and_repeatable():
    # German is not supported: the answer is one of ours or nothing, and the same every time.
    text = "Ich habe eine Frage zu einem Jobangebot in Kambodscha mit hohem Gehalt"
    results = {detect(text) for _ in range(5)}
    assert len(results) == 1 and results.pop() in (None, "en", "id", "ko")


def test_normalise():
    assert normalise("ko-KR") == "ko" and normalise("EN_us") == "en" and normalise("fr") is None
    assert normalise("zh-Hant-TW") == "zh" and normalise("vi-VN") == "vi" and normalise("th") == "th"


def test_script_language_ignores_digits_and_emoji():
    assert script_language("112 😭") is None


@pytest.mark.parametrize(
    "text, code",
    [
        ("can you speak korean?", "ko"),
        ("bisa pakai bahasa korea?", "ko"),
        ("bisa bahasa indonesia aja", "id"),
        ("영어로 해주세요", "en"),
        ("please English", "en"),
        ("change language", None),
    ],
)
def test_requested_language(text, code):
    assert requested_language(text) == code
