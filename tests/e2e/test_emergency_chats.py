"""The emergency card and the contacts, end to end: by keyword, intent and command, with and without the model."""
from __future__ import annotations

import pytest

from bot.language.texts import country_name, t
from tests.support.bot import buttons, texts

pytestmark = pytest.mark.asyncio(loop_scope="session")

KBRI_PHNOM_PENH = "+855 12 813 282"
KR_CONSULAR_CALL_CENTER = "+82 2 3210 0404"
KEMLU_HOTLINE = "+62 812 9007 0027"


@pytest.mark.parametrize("lang, message", [("en", "help!!"), ("ko", "살려주세요"), ("id", "tolong")])
async def test_keyword_gets_the_card_first(chat, lang, message):
    sent = await chat(lang).say(message, expect=2)
    first = sent[0]["text"]
    assert first.startswith(t("detained_intro", lang))
    assert "117" in first and "2022-08-31" in first  # Cambodia's police line, with its source date
    assert t("cambodia_self_report", lang) in texts(sent)


@pytest.mark.parametrize("lang, message", [
    ("en", "I'm stuck in a compound in Myawaddy, they force me to scam people"),
    ("ko", "사장이 여권 안 돌려주고 숙소 밖에 경비가 지키고 있어요"),
    ("id", "saya dipaksa kerja nipu orang di kamboja"),
])
async def test_intent_gets_the_card(chat, lang, message):
    sent = await chat(lang).say(message, expect=2)
    assert sent[0]["text"].startswith(t("detained_intro", lang))


async def test_myanmar_named_gives_myanmar_numbers(chat):
    sent = await chat("id").say("tolong saya disekap di Myawaddy", expect=2)
    first = sent[0]["text"]
    assert t("card_local_title", "id", country="Myanmar") in first
    assert "199" in first and "+95 9 503 7055" in first and KEMLU_HOTLINE in first
    assert t("cambodia_self_report", "id") not in texts(sent)


@pytest.mark.parametrize("lang, numbers", [
    ("en", ["117"]),  # no nationality known: police first, then one tap for the embassy
    ("ko", ["117", "+855 23 211 900", KR_CONSULAR_CALL_CENTER]),
    ("id", ["117", KBRI_PHNOM_PENH, KEMLU_HOTLINE]),
])
async def test_emergency_command(chat, lang, numbers):
    sent = await chat(lang).say("/emergency", expect=3)
    assert all(n in sent[0]["text"] for n in numbers)
    if lang == "en":
        assert "+855 23 211 900" not in sent[0]["text"] and KBRI_PHNOM_PENH not in sent[0]["text"]
        assert ("Philippines", "nat:PH") in buttons(sent)
    if lang == "ko":  # the Korean embassy's main line is low confidence
        assert f"+855 23 211 900 ({t('card_undated', lang)}, {t('card_unverified', lang)})" in sent[0]["text"]


@pytest.mark.parametrize("lang, message", [
    ("en", "help"), ("ko", "살려주세요"), ("id", "tolong saya disekap"),
    ("id", "adik saya kirim pesan: tolong saya disekap"),  # a family's message, but no report to open without the model
])
async def test_card_without_a_model(limited_chat, lang, message):
    user = limited_chat(lang)
    sent = await user.say(message, expect=2)
    assert sent[0]["text"].startswith(t("detained_intro", lang)) and "117" in sent[0]["text"]
    command = await user.say("/emergency")  # again within minutes: the short card, numbers only
    assert "117" in command[0]["text"] and command[0]["text"].startswith(t("card_local_title", lang, country=country_name("KH", lang)))
    other = await user.say({"en": "what is the weather today", "ko": "오늘 날씨 어때요", "id": "cuaca hari ini gimana"}[lang])
    assert other[0]["text"] == t("limited_mode", lang)


async def test_contacts_without_a_model(limited_chat):
    sent = await limited_chat("ko").say("/contacts")
    assert "+855 23 211 900" in sent[0]["text"] and KR_CONSULAR_CALL_CENTER in sent[0]["text"]


@pytest.mark.parametrize("lang, citizen, host, expected", [
    ("ko", "KR", "KH", ["+855 23 211 900", KR_CONSULAR_CALL_CENTER]),
    ("ko", "KR", "MM", ["+95 9 421 158 030", KR_CONSULAR_CALL_CENTER]),
    ("ko", "KR", "TH", ["+66 2 481 6000", "+66 81 914 5803"]),
    ("id", "ID", "KH", [KBRI_PHNOM_PENH, KEMLU_HOTLINE]),
    ("id", "ID", "MM", ["+95 9 503 7055", KEMLU_HOTLINE]),
    ("id", "ID", "TH", ["+66 92 903 1103", KEMLU_HOTLINE]),
])
async def test_contacts_for_citizens_in_host_countries(chat, lang, citizen, host, expected):
    user = chat(lang)
    await user.say("/contacts")
    confirmed = await user.press(f"nat:{citizen}", expect=2)
    assert confirmed[0]["text"] == t("nationality_saved", lang, country=t(f"country_{citizen}", lang))
    card = confirmed[1]["text"] if host == "KH" else (await user.press(f"card:contacts:{host}"))[0]["text"]
    assert all(n in card for n in expected), card


async def test_host_country_without_data_for_the_nationality(chat):
    user = chat("id")
    await user.say("/contacts")
    await user.press("nat:ID", expect=2)
    card = (await user.press("card:contacts:LA"))[0]["text"]
    assert t("card_no_embassy", "id", citizen="Indonesia", country="Laos") in card
    assert KEMLU_HOTLINE in card  # the next best channel, from the data


async def test_contacts_by_asking_in_a_host_country(chat):
    sent = await chat("ko").say("방콕 한국 대사관 전화번호 알려주세요")
    assert "+66 2 481 6000" in sent[0]["text"]
    assert ("미얀마", "card:contacts:MM") in buttons(sent)


@pytest.mark.parametrize("lang, message", [
    ("en", "My younger brother just texted me: 'they won't let me leave the building, please help'. What do we do?"),
    ("vi", "Em gái tôi vừa nhắn: 'chị ơi cứu em, họ không cho em về'"),
    ("zh", "我表弟刚发来微信：救命，他们不让我走"),
])
async def test_a_relatives_cry_passed_on_by_the_family_gets_the_card_then_their_report(chat, lang, message):
    family = chat(lang)
    sent = await family.say(message, expect=4)  # the card, its two notes, the first question
    assert sent[0]["text"].startswith(t("detained_intro", lang))  # the numbers first, for whoever calls
    asked = [k for k in ("ask_missing_relation", "ask_missing_where", "ask_missing_last_seen", "ask_missing_name")
             if t(k, lang) in texts(sent)]
    assert asked, texts(sent)  # then the family's report


PHNOM_PENH = {"latitude": 11.5564, "longitude": 104.9282}


@pytest.mark.parametrize("lang, question, pinned", [
    ("en", "is the golden triangle in laos ok to work at?", False),
    ("en", "is the golden triangle in laos ok to work at?", True),
    ("ko", "라오스 골든트라이앵글 괜찮아요?", True),  # read doubtfully as someone held: one tap to the card, in Cambodia
])
async def test_a_place_asked_about_is_not_where_the_writer_is(chat, lang, question, pinned):
    user = chat(lang)
    if pinned:
        await user.send(location=PHNOM_PENH, expect=4)
    await user.say(question)
    card = await user.say("/emergency", expect=1 if pinned else 3)  # numbers only, shortly after the pin's card
    assert t("card_local_title", lang, country=country_name("KH", lang)) in card[0]["text"]  # not Laos's numbers


async def test_a_place_named_alone_is_where_the_writer_is(chat):
    """"미야와디" alone, read as a question on travel there: the warnings, and the place kept as
    where the writer is (the answer to "where are you?" a report may ask later)."""
    user = chat("ko")
    await user.send(location=PHNOM_PENH, expect=4)
    await user.say("미야와디", expect=2)  # the travel warnings, and the card one tap away
    card = await user.say("/emergency")
    assert card[0]["text"].startswith(t("card_local_title", "ko", country=country_name("MM", "ko")))


async def test_a_place_named_with_words_of_danger_is_where_the_writer_is(chat):
    user = chat("en")
    await user.send(location=PHNOM_PENH, expect=4)
    sent = await user.say("they moved us to myawaddy last night, is it safe there? they took our phones", expect=2)  # numbers only, then the report
    assert t("card_local_title", "en", country="Myanmar") in sent[0]["text"]
    card = await user.say("/emergency")
    assert card[0]["text"].startswith(t("card_local_title", "en", country="Myanmar"))
