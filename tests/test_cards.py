"""Contact cards: numbers from the data only, with dates; gaps said, not filled."""
import pytest

from bot.contacts import cards
from bot.contacts.book import ContactBook, country_of
from bot.settings import ROOT
from bot.language.texts import t


@pytest.fixture(scope="module")
def book():
    return ContactBook.load(ROOT / "db" / "seeds" / "contacts.yaml")


def test_emergency_card_for_korean_in_cambodia(book):
    card = cards.emergency_card(book, ["KR"], "KH", "ko")
    assert card.index("117") < card.index("+855 23 211 900") < card.index("+82 2 3210 0404")
    assert "(2022-08-31 기준)" in card  # the police line's source date
    assert t("card_missing_24h", "ko") in card  # the embassy's 24h line is not in the data
    assert "미확인" in card  # the embassy main line is low confidence


def test_emergency_card_for_indonesian_in_myanmar(book):
    card = cards.emergency_card(book, ["ID"], "MM", "id")
    assert "199" in card and "+95 9 503 7055" in card and "+62 812 9007 0027" in card


def test_no_mission_and_no_home_line_points_to_the_local_numbers_not_to_a_line_below(book):
    """Hong Kong (offered to readers of Traditional Chinese) has nothing in the data: the card said
    "use your country's 24-hour line below", and nothing was below."""
    card = cards.embassy_card(book, ["HK"], "KH", "zh")
    assert card == t("card_no_contacts", "zh", citizen="香港", country="柬埔寨")
    assert "/emergency" in card


def test_no_mission_in_data_is_said_not_invented(book):
    card = cards.embassy_card(book, ["ID"], "LA", "id")
    assert t("card_no_embassy", "id", citizen="Indonesia", country="Laos") in card
    assert "+62 812 9007 0027" in card  # the home hotline is still given


def test_every_number_on_every_card_is_in_the_data(book):
    import re

    known = book.all_numbers()
    for host in ("KH", "MM", "LA", "TH", "VN"):
        for lang, citizens in (("en", ["KR", "ID"]), ("ko", ["KR"]), ("id", ["ID"])):
            text = cards.emergency_card(book, citizens, host, lang) + cards.embassy_card(book, citizens, host, lang)
            text += cards.local_section(book, host, lang)
            for number in re.findall(r"\+?\d[\d ]{1,16}\d(?= \()", text):
                assert re.sub(r"\D", "", number) in known, (host, lang, number)


def test_country_of_location():
    assert country_of(None, "KK Park") == "MM"
    assert country_of("kh", None) == "KH"
    assert country_of("KR", None) is None  # not a host country we cover


def test_full_card_names_the_mission_in_both_languages_with_address(book):
    card = cards.embassy_card(book, ["KR"], "TH", "ko")
    assert "주태국 대한민국 대사관" in card or "대사관" in card.splitlines()[0]
    assert "Embassy of the Republic of Korea" in card
    assert f"{t('line_address', 'ko')}: 23 Thiam-Ruammit Road" in card


def test_full_card_gives_the_website(book):
    card = cards.embassy_card(book, ["PH"], "KH", "en")
    assert f"{t('line_web', 'en')}: https://phnompenhpe.dfa.gov.ph" in card
