"""The language of a message, short ones too: script first, then our own n-gram model."""
import pytest

from bot.language import LanguageHints, choose
from bot.language.identify import identify, script_language


@pytest.mark.parametrize("text, language", [
    ("살려주세요", "ko"), ("ช่วยด้วยค่ะ", "th"), ("护照被扣了", "zh"), ("護照被沒收", "zh"), ("cứu em với", "vi"),
    ("dokumen saya diambil", "id"), ("saya takut", "id"), ("terima kasih ya", "id"),
    ("my passport was taken", "en"), ("where is the embassy", "en"),
    ("em bi giu ho chieu", "vi"), ("cam on ban nhieu", "vi"), ("khong lien lac duoc", "vi"),
])
def test_short_messages_in_six_languages(text, language):
    assert identify(text) == language


@pytest.mark.parametrize("text", ["ok", "117?", "👍", "CASE-2026-00042", "WA +855 12 345 678", "okay 🙏"])
def test_a_message_with_no_language_in_it(text):
    assert identify(text) is None


def test_borrowed_english_never_moves_someone_off_their_language():
    assert identify("thanks") == "en"  # someone new: English is the best guess
    assert identify("thanks", switching=True) is None
    assert choose("thanks bro", LanguageHints(current="id")) == "id"
    assert choose("ok", LanguageHints(current="th")) == "th"
    assert choose("em bi giu ho chieu", LanguageHints(current="en")) == "vi"


@pytest.mark.parametrize("text, language", [
    ("k thx bye", "en"), ("can u help me", "en"), ("menu please", "en"), ("gonna call u later", "en"),
    ("udh kak makasih", "id"), ("gw gak ngerti", "id"), ("ko dc a oi", "vi"), ("e ko biet nua", "vi"),
])
def test_chat_shorthand_of_someone_new(text, language):
    """The chat lines in bot/language/chat/ teach the model how people abbreviate."""
    assert identify(text) == language


def test_borrowed_words_count_for_someone_new_but_never_switch():
    assert identify("menu please") == "en"
    assert choose("menu please", LanguageHints(current="id")) == "id"
    assert identify("makasih please") == "id"


def test_script_needs_a_real_share_of_the_letters():
    assert script_language("I work at 西港 casino now, is it legal to leave my job there") is None
    assert script_language("我在西港") == "zh"


@pytest.mark.parametrize("text, language", [
    ("thank you so much", "en"),  # English words, Vietnamese-looking n-grams ("so", "uch")
    ("sama2 kak", "id"), ("hati2 ya", "id"),  # a doubled word written with a 2
    ("wkwkwk", "id"),  # Indonesian laughter is Indonesian
    ("ko sao dau", "vi"), ("chieu nay", "vi"),  # Vietnamese typed without marks
])
def test_words_as_people_type_them(text, language):
    assert identify(text) == language


def test_a_two_letter_message_is_read_from_a_telling_word_only_for_someone_new():
    assert identify("u ok?") == "en"
    assert identify("u ok?", switching=True) is None  # too little to move anyone
    assert choose("u ok?", LanguageHints(current="id")) == "id"
    assert identify("ok ok") is None  # no telling word
