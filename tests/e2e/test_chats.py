"""End-to-end chats through the fake Bot API: the real python-telegram-bot code, the real model.

Each chat checks what the user sees: the response of the right intent, in the user's language.
"""
from __future__ import annotations

import pytest

from bot.language.texts import t
from tests.support.reports import finish_missing
from tests.support.bot import buttons, texts
from tests.domain_texts import opening, text

pytestmark = pytest.mark.asyncio(loop_scope="session")

# (language, what the user types, the response that must open the answer)
MAIN_PATHS = [
    ("en", "hi there", "utter_greet"),
    ("ko", "안녕하세요", "utter_greet"),
    ("id", "halo kak", "utter_greet"),
    ("en", "ok bye", "utter_goodbye"),
    ("ko", "네 안녕히 계세요", "utter_goodbye"),
    ("id", "oke makasih, dadah", "utter_goodbye"),
    ("en", "thanks a lot", "utter_thank"),
    ("ko", "정말 감사합니다", "utter_thank"),
    ("id", "terima kasih banyak ya", "utter_thank"),
    ("en", "what can you do?", "utter_help"),
    ("ko", "뭘 도와줄 수 있어요?", "utter_help"),
    ("id", "bot ini bisa bantu apa aja?", "utter_help"),
    ("en", "are you a real person?", "utter_bot_challenge"),
    ("ko", "사람이에요 봇이에요?", "utter_bot_challenge"),
    ("id", "ini orang beneran atau bot?", "utter_bot_challenge"),
    ("en", "how do I know if a job abroad is a scam?", "utter_scam_signs"),
    ("ko", "해외 취업 사기 어떻게 구별해요?", "utter_scam_signs"),
    ("id", "ciri-ciri lowongan kerja luar negeri yang penipuan apa aja?", "utter_scam_signs"),
    ("en", "how can I check if this agency is registered?", "utter_verify_agency"),
    ("ko", "이 회사가 진짜 있는 회사인지 어떻게 확인해요?", "utter_verify_agency"),
    ("id", "gimana cara cek agen penyalur kerja itu resmi atau nggak?", "utter_verify_agency"),
    ("en", "I want to report a fake recruiter on Telegram", "utter_ask_recruiter_who"),
    ("ko", "텔레그램에서 사기 구인하는 사람 신고하고 싶어요", "utter_ask_recruiter_who"),
    ("id", "saya mau lapor akun perekrut palsu di facebook", "utter_ask_recruiter_who"),
    ("en", "is it safe to go to Sihanoukville now?", "utter_travel_advisory"),
    ("ko", "지금 시아누크빌 여행 가도 안전한가요?", "utter_travel_advisory"),
    ("id", "sekarang aman gak ke sihanoukville?", "utter_travel_advisory"),
    ("en", "my passport is gone, how do I get back home?", "utter_repatriation"),
    ("ko", "여권을 잃어버렸는데 한국에 어떻게 돌아가요?", "utter_repatriation"),
    ("id", "paspor saya hilang, gimana caranya pulang ke indonesia?", "utter_repatriation"),
    ("en", "let me talk to someone from the embassy", "utter_request_human"),
    ("ko", "대사관 직원이랑 직접 통화하고 싶어요", "utter_request_human"),
    ("id", "saya mau ngobrol langsung sama petugas KBRI", "utter_request_human"),
    ("en", "who won the football yesterday?", "utter_out_of_scope"),
    ("ko", "오늘 서울 날씨 어때요?", "utter_out_of_scope"),
    ("id", "resep rendang yang enak gimana?", "utter_out_of_scope"),
    ("en", "send me warnings when there is news", "utter_subscribed"),
    ("ko", "새 소식 있으면 알림 보내주세요", "utter_subscribed"),
    ("id", "kirimin saya peringatan kalau ada info baru", "utter_subscribed"),
]


@pytest.mark.parametrize("language, message, response", MAIN_PATHS)
async def test_main_path_in_each_language(chat, language, message, response):
    sent = await chat(language).say(message)
    assert opening(response, language) in texts(sent)


@pytest.mark.parametrize(
    "language, message",
    [
        ("en", "they took my passport and won't let me leave the building"),
        ("ko", "여권 뺏기고 건물 밖으로 못 나가요 살려주세요"),
        ("id", "tolong paspor saya ditahan dan saya tidak boleh keluar dari gedung"),
    ],
)
async def test_detained_gets_numbers_first(chat, language, message):
    sent = await chat(language).say(message, expect=3)
    first = sent[0]["text"]
    assert first.startswith(t("detained_intro", language))
    assert "117" in first  # Cambodian police / trafficking line, from the contacts data
    assert sent[1]["text"] == t("cambodia_self_report", language)
    if language == "ko":
        assert "+82 2 3210 0404" in first  # MOFA Consular Call Center
    if language == "id":
        assert "+855 12 813 282" in first  # KBRI Phnom Penh protection hotline


@pytest.mark.parametrize(
    "language, message, numbers",
    [
        ("en", "what is the police number in Thailand", ["191", "1155"]),
        ("ko", "태국 경찰 번호 알려주세요", ["191", "1155"]),
        ("id", "nomor polisi di thailand berapa?", ["191", "1155"]),
    ],
)
async def test_emergency_numbers(chat, language, message, numbers):
    sent = await chat(language).say(message)
    assert all(n in sent[0]["text"] for n in numbers)
    assert ("Kamboja" if language == "id" else "캄보디아" if language == "ko" else "Cambodia") in [b[0] for b in buttons(sent)]


@pytest.mark.parametrize(
    "language, message, expected",
    [
        ("en", "embassy number in Phnom Penh?", ["117", t("nationality_ask", "en")]),
        ("ko", "프놈펜 한국 대사관 전화번호 알려주세요", ["+855 23 211 900", "+82 2 3210 0404"]),
        ("id", "nomor KBRI di phnom penh berapa ya?", ["+855 12 813 282", "+62 812 9007 0027"]),
    ],
)
async def test_embassy_contact(chat, language, message, expected):
    user = chat(language)
    sent = await user.say(message)
    assert all(n in sent[0]["text"] for n in expected)
    if language == "en":  # no nationality known: asked with one tap, then the embassy
        assert "+855 23 211 900" not in sent[0]["text"]
        chosen = await user.press("nat:KR", expect=2)
        assert "+855 23 211 900" in chosen[1]["text"]


@pytest.mark.parametrize("language, message, present, absent", [
    ("en", "what is the number of the philippine embassy in cambodia?", "Philippine", "+855 23 211 900"),
    ("id", "nomor kedutaan filipina di kamboja berapa?", "Philippine", "+855 12 813 282"),
    ("ko", "캄보디아에 있는 필리핀 대사관 번호 알려주세요", "Philippine", "+855 23 211 900"),
])
async def test_a_named_nationality_gets_its_own_embassy(chat, language, message, present, absent):
    sent = await chat(language).say(message)
    assert present in sent[0]["text"] and absent not in sent[0]["text"]


@pytest.mark.parametrize(
    "language, start, answers",
    [
        ("en", "my brother went to Cambodia for work and stopped answering", ["Sihanoukville", "two weeks ago on WhatsApp"]),
        ("ko", "아들이 캄보디아로 일하러 갔는데 연락이 안 돼요", ["시아누크빌", "2주 전에 카톡으로 마지막 연락"]),
        ("id", "adik saya kerja ke kamboja dan sudah gak bisa dihubungi", ["Bavet", "terakhir chat WA 2 minggu lalu"]),
    ],
)
async def test_missing_relative_with_a_digression(chat, language, start, answers):
    user = chat(language)
    first = await user.say(start)
    # The relation and the country came with the first message: the next question is "when".
    assert opening("utter_ask_missing_last_seen", language) in texts(first)
    # A question in the middle is answered, then the flow goes on.
    digression = await user.say(
        {"en": "what is the embassy number?", "ko": "대사관 번호가 뭐예요?", "id": "nomor KBRI berapa?"}[language], expect=2
    )
    if language == "en":  # no nationality known: asked with one tap (the card's police line first)
        assert t("nationality_ask", "en") in digression[0]["text"]
    else:
        assert "+" in digression[0]["text"]
    assert opening("utter_ask_missing_last_seen", language) in digression[1]["text"]
    assert t("ask_missing_name", language) in texts(await user.say(answers[1]))
    advice, _, summary, ask = await finish_missing(user, language)
    # The summary repeats the family's own words, not the model's canonical values ("sibling").
    relation = {"en": "brother", "ko": "아들", "id": "adik"}[language]
    assert f"{t('field_relation', language)}: {relation}" in summary["text"] and answers[1] in summary["text"]
    assert f"{t('field_age', language)}: 24" in summary["text"] and t("field_job", language) not in summary["text"]
    assert advice["text"] == text("utter_missing_advice", language) and ask["text"] == t("case_summary_ask", language)


async def test_start_and_language_buttons(chat):
    user = chat("id")
    sent = await user.say("/start")
    assert opening("utter_greet", "id") in texts(sent)
    menu = await user.say("/language")
    assert [b[1] for b in buttons(menu)] == ["lang:en", "lang:ko", "lang:id", "lang:th", "lang:vi", "lang:zh"]
    changed = await user.press("lang:ko")
    assert changed[0]["text"] == t("language_changed", "ko")
    again = await user.say("/help")
    assert opening("utter_help", "ko") in texts(again)


async def test_change_language_by_asking(chat):
    user = chat("en")
    sent = await user.say("can you speak Korean?")
    assert sent[0]["text"] == t("language_changed", "ko")
    follow = await user.say("hi there")
    assert opening("utter_greet", "ko") in texts(follow)


async def test_buttons_in_responses_work(chat):
    user = chat("en")
    greet = await user.say("hello")
    payloads = [b[1] for b in buttons(greet)]
    assert "/check_job_offer" in payloads
    sent = await user.press("/check_job_offer")
    assert opening("utter_check_job_offer", "en") in texts(sent)


async def test_forged_callback_data(chat):
    sent = await chat("en").press_data('/report_detained{"country": "DROP TABLE"}', expect=2)
    assert sent[0]["text"] == t("expired_button", "en")
    assert opening("utter_help", "en") in sent[1]["text"]


async def test_sticker_voice_photo_location(chat):
    user = chat("ko")
    sticker = await user.send(sticker={"file_id": "s1", "file_unique_id": "u1", "width": 512, "height": 512,
                                       "is_animated": False, "is_video": False, "type": "regular"})
    assert sticker[0]["text"] == t("non_text", "ko")
    voice = await user.send(voice={"file_id": "v1", "file_unique_id": "v1", "duration": 3})
    assert voice[0]["text"] == t("non_text", "ko")
    photo = await user.send(photo=[{"file_id": "p1", "file_unique_id": "p1", "width": 90, "height": 90}])
    assert photo[0]["text"] == t("non_text", "ko")
    location = await user.send(location={"latitude": 10.6, "longitude": 103.5}, expect=2)  # Sihanoukville
    assert location[0]["text"] == t("location_in", "ko", place="Sihanoukville, 캄보디아")
    assert "117" in location[1]["text"]


async def test_edited_message_is_answered(chat):
    sent = await chat("en").edit("how do I know if a job abroad is a scam?")
    assert opening("utter_scam_signs", "en") in texts(sent)


async def test_group_messages_point_to_private_chat(telegram, user_id):
    telegram.send_text(user_id, "/help", "en", chat_type="group")
    sent = await telegram.wait_for(-user_id, 1)
    assert sent[0]["text"] == t("group_chat", "en")


async def test_empty_emoji_and_huge_messages(chat):
    user = chat("en")
    emoji = await user.say("🙏🙏🙏")
    assert emoji[0]["text"] == t("emoji_only", "en")
    huge = await user.say("customer service job in cambodia with free flight and visa, is it real? " * 70, expect=2)
    assert huge[-1]["text"] == t("truncated", "en", limit=4000)


async def test_command_menu_set_in_every_language(telegram):
    calls = [c.params for c in telegram.calls if c.method == "setMyCommands"]
    by_language = {c.get("language_code"): c["commands"] for c in calls}
    assert set(by_language) == {None, "ko", "id", "th", "vi", "zh"}
    assert {"command": "emergency", "description": "긴급 연락처 바로 보기"} in by_language["ko"]


@pytest.mark.parametrize("language, message", [
    ("en", "yes that's right"), ("ko", "네 맞아요"), ("id", "iya betul"),
    ("en", "no"), ("ko", "아니요"), ("id", "nggak"),
])
async def test_affirm_and_deny_outside_a_flow(chat, language, message):
    sent = await chat(language).say(message)
    assert opening("utter_anything_else", language) in texts(sent)


@pytest.mark.parametrize("language, subscribe, unsubscribe", [
    ("en", "send me warnings when there is news", "stop sending me alerts"),
    ("ko", "새 소식 있으면 알림 보내주세요", "알림 그만 받을래요"),
    ("id", "kirimin saya peringatan kalau ada info baru", "berhenti kirim peringatan ke saya"),
])
async def test_subscribe_then_unsubscribe(chat, language, subscribe, unsubscribe):
    user = chat(language)
    assert opening("utter_subscribed", language) in texts(await user.say(subscribe))
    assert opening("utter_unsubscribed", language) in texts(await user.say(unsubscribe))
    assert opening("utter_not_subscribed", language) in texts(await user.say(unsubscribe))


@pytest.mark.parametrize("language, with_code, without_code", [
    ("en", "any news on CASE-2026-00042?", "any update on my report?"),
    ("ko", "CASE-2026-00042 진행 상황 알려주세요", "제가 낸 신고 어떻게 됐어요?"),
    ("id", "gimana kabar laporan CASE-2026-00042?", "laporan saya sudah sampai mana ya?"),
])
async def test_case_status(chat, language, with_code, without_code):
    user = chat(language)
    found = await user.say(with_code)
    assert opening("utter_case_status_not_found", language, 10) in texts(found) and "CASE-2026-00042" in texts(found)
    assert t("cases_none", language) in texts(await user.say(without_code))  # no reports of theirs yet


@pytest.mark.parametrize("language, message, wanted", [
    ("ko", "영어로 해주세요", "en"), ("id", "bisa pakai bahasa korea?", "ko"), ("en", "bahasa indonesia please", "id"),
])
async def test_change_language_in_each_language(chat, language, message, wanted):
    sent = await chat(language).say(message)
    assert sent[0]["text"] == t("language_changed", wanted)


async def test_a_doubtful_reading_of_held_offers_the_card_in_one_tap(chat):
    """"라오스 골든트라이앵글 괜찮아요?" ("is Laos's Golden Triangle OK?", from the blind NLU set)
    is read as someone held, barely (0.33): the card is one tap away, not sent in full to
    someone who is only asking. (The logistic regression before the SVM read "sama2 kak" so;
    the SVM reads it as held at 0.57, and gives the card.)"""
    user = chat("ko")
    got = await user.say("라오스 골든트라이앵글 괜찮아요?")
    assert [m["text"] for m in got][-1] == t("danger_check", "ko")
    assert not any(m["text"].startswith((t("detained_intro", "ko"), "🚨")) for m in got)  # never the card in full
    assert any(payload.startswith("card:emergency") for _, payload in buttons(got))
    held = await user.say("tolong sy disekap di bavet")
    assert "🚨" in texts(held)  # words of danger: the full card at once
