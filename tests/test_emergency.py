"""Emergency keywords and the cards built without the model."""
import pytest

from bot.contacts import emergency
from bot.contacts.book import ContactBook
from bot.settings import ROOT
from bot.language.texts import t

BOOK = ContactBook.load(ROOT / "db" / "seeds" / "contacts.yaml")


@pytest.mark.parametrize("text", [
    "help", "HELP!!!", "SOS", "help me please", "i need help now", "they took my passport", "I'm trapped",
    "살려주세요", "도와주세요 제발", "감금당했어요", "여권 뺏겼어요", "tolong", "tolong!!", "saya disekap",
    "paspor saya ditahan", "gak boleh keluar dari kantor",
])
def test_cries_for_help(text):
    assert emergency.is_emergency(text)


@pytest.mark.parametrize("text", [
    "can you help me check a job offer", "what can you do?", "tolong cek lowongan ini", "도움말 보여줘",
    "emergency number in cambodia?", "how do I get my passport back home", "hello", "",
])
def test_not_cries_for_help(text):
    assert not emergency.is_emergency(text)


def test_card_for_korean_in_cambodia_numbers_first():
    messages = emergency.emergency_messages(BOOK, {"nationality": "KR", "nationality_confirmed": 1}, "ko", "KH")
    first = messages[0]["text"]
    assert first.index("117") < first.index("+855 23 211 900") < first.index("+82 2 3210 0404")
    assert messages[1]["text"] == t("cambodia_self_report", "ko")
    assert [b["payload"] for b in messages[2]["buttons"]] == ["card:emergency:MM", "card:emergency:LA", "card:emergency:TH", "card:emergency:VN"]


def test_unconfirmed_nationality_is_offered_for_one_tap():
    messages = emergency.emergency_messages(BOOK, None, "id", "MM")
    assert len(messages) == 2  # no Cambodian self-report outside Cambodia
    assert t("nationality_confirm", "id", country="Indonesia") in messages[-1]["text"]
    assert {"title": "Ya, Indonesia", "payload": "nat:ID"} in messages[-1]["buttons"]


def test_english_without_nationality_shows_both_and_asks():
    messages = emergency.contacts_messages(BOOK, None, "en", "KH")
    assert "+855 23 211 900" in messages[0]["text"] and "+855 12 813 282" in messages[0]["text"]
    assert t("nationality_ask", "en") in messages[0]["text"]
