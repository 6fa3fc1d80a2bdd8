"""Job offers checked end to end: typed, forwarded, pasted, with /check, across languages."""
from __future__ import annotations

import time

import pytest

from bot.language.texts import t
from bot.offers import texts as risk_texts
from bot.offers.recruiters import add_recruiter
from bot.store import Storage
from tests.support.bot import buttons, texts
from tests.domain_texts import opening

pytestmark = pytest.mark.asyncio(loop_scope="session")

OFFERS = {
    "en": "they offer me $2500 a month in Sihanoukville for customer service, flight paid, no experience needed, is it legit?",
    "ko": "캄보디아 시아누크빌 고객상담 알바 월 800만원 준다는데 항공권 숙소 무료래요 이거 괜찮은 건가요?",
    "id": "ada tawaran kerja admin online di kamboja gaji 15 juta tiket pesawat ditanggung tanpa pengalaman, aman gak ya?",
}
AD = {
    "en": "URGENT HIRING!! Customer service staff for online company in Bavet, Cambodia. Salary $1,800/month + bonus. "
          "No experience needed, free flight, visa and accommodation. Only 5 seats left, apply today. Contact Telegram @hr_fast_job",
    "ko": "[급구] 해외 고수익 알바 모집\n근무지: 캄보디아 포이펫\n업무: 단순 타이핑, 고객상담\n급여: 월 1000만원 보장\n"
          "무경험 가능, 항공권·숙소 제공, 비자 없이 입국 가능\n인원 마감 임박! 텔레그램 @kh_job_vip 으로 문의",
    "id": "LOKER KAMBOJA!! Dibutuhkan admin online & CS, gaji 20 juta/bulan, tanpa pengalaman, tiket dan visa ditanggung, "
          "mess gratis. Berangkat minggu depan, kuota terbatas. Hubungi WA 0812-0000-1111",
}


def risky(text: str, lang: str) -> bool:
    return text.startswith(risk_texts.t("level_high", lang)) or text.startswith(risk_texts.t("level_medium", lang))


@pytest.mark.parametrize("lang", ["en", "ko", "id"])
async def test_typed_offer_gets_its_red_flags_quoted(chat, lang):
    sent = await chat(lang).say(OFFERS[lang])
    answer = sent[0]["text"]
    assert risky(answer, lang)
    evidence = {"en": "Sihanoukville", "ko": "시아누크빌", "id": "tiket pesawat ditanggung"}[lang]
    assert f"«{evidence}" in answer
    assert risk_texts.t("what_to_do", lang) in answer


@pytest.mark.parametrize("lang", ["en", "ko", "id"])
async def test_forwarded_ad_is_checked(chat, lang):
    origin = {"type": "hidden_user", "date": int(time.time()) - 60, "sender_user_name": "Recruiter"}
    sent = await chat(lang).send(text=AD[lang], forward_origin=origin)
    answer = sent[0]["text"]
    assert answer.startswith(risk_texts.t("level_high", lang))
    assert {"en": "«Bavet", "ko": "«포이펫", "id": "«KAMBOJA"}[lang] in answer


async def test_forwarded_picture_with_the_offer_in_its_caption(chat):
    origin = {"type": "hidden_user", "date": int(time.time()) - 60, "sender_user_name": "Recruiter"}
    photo = [{"file_id": "p1", "file_unique_id": "p1", "width": 90, "height": 90}]
    sent = await chat("en").send(photo=photo, caption=AD["en"], forward_origin=origin)
    assert sent[0]["text"].startswith(risk_texts.t("level_high", "en"))


async def test_long_paste_without_a_question_is_checked(chat):
    sent = await chat("id").say(AD["id"])
    assert sent[0]["text"].startswith(risk_texts.t("level_high", "id"))


async def test_english_offer_from_a_korean_user_is_answered_in_korean(chat):
    user = chat("ko")
    await user.say("안녕하세요")
    sent = await user.say("/check " + AD["en"])
    answer = sent[0]["text"]
    assert answer.startswith(risk_texts.t("level_high", "ko"))
    assert "«Bavet" in answer  # the English words that triggered it, quoted as written
    assert "KOTRA" in answer  # how a Korean verifies an employer


async def test_check_without_an_offer_asks_for_it(chat):
    sent = await chat("en").say("/check")
    assert opening("utter_check_job_offer", "en") in texts(sent)


async def test_legit_offer_stays_low(chat):
    offer = ("Front desk agent at the Riverside Hotel, Phnom Penh. Written contract and work permit arranged by the "
             "hotel, salary USD 650/month, interview at our office. Apply at careers@riversidehotel.example")
    sent = await chat("en").say("/check " + offer)
    assert sent[0]["text"].startswith(risk_texts.t("level_low", "en"))


async def test_reported_recruiter_is_named(chat, settings):
    storage = Storage(settings.database_path)
    add_recruiter(storage.db, "handle", "@kh_job_vip", "reported by a family", "test")
    storage.close()
    sent = await chat("ko").say("/check " + AD["ko"])
    assert risk_texts.t("reported_heading", "ko") in sent[0]["text"]
    assert "@kh_job_vip" in sent[0]["text"]


async def test_an_offer_with_words_of_danger_gets_its_check_then_the_card_offer_not_a_shrug(chat):
    from bot.language.texts import t

    sent = await chat("vi").say("cho mình hỏi, có người rủ qua Thái làm CSKH lương 30tr, không cần phỏng vấn, bao vé, "
                                "chỉ cần gửi ảnh hộ chiếu qua zalo. có sao không?", expect=2)
    assert sent[0]["text"].startswith(risk_texts.t("level_high", "vi"))
    assert sent[1]["text"] == t("danger_check", "vi")
    assert t("maybe_danger", "vi") not in texts(sent)
    assert t("danger_words", "vi") not in texts(sent)


@pytest.mark.parametrize("lang, instructions", [
    ("en", "Welcome aboard! At immigration, just say you're visiting a friend for a holiday. Our driver will "
           "meet you at arrivals. Please keep this chat private."),
    ("vi", "Qua cửa khẩu cứ nói là đi du lịch nhé em, đừng nói với bố mẹ. Lương 25 triệu, bao vé."),
])
async def test_a_recruiters_few_lines_of_instructions_are_checked(chat, lang, instructions):
    """Shorter than a pasted ad, read by the model as a way home or a question: a lure all the same."""
    sent = await chat(lang).say(instructions)
    assert sent[0]["text"].startswith(risk_texts.t("level_high", lang))


@pytest.mark.parametrize("lang, arranged", [
    ("en", "ur flight is booked for friday 5am to phnom penh, our driver will hold a board with ur name at exit, just bring clothes"),
    ("ko", "금요일 새벽 5시 프놈펜행 비행기 예약됨 출구에서 기사가 이름판 들고 기다림 옷만 챙겨오셈"),
    ("id", "pesawat jumat jam 5 pagi ke phnom penh ya, sopir pegang kertas nama kamu di pintu keluar, bawa baju aja"),
    ("th", "บินวันศุกร์ตีห้าไปพนมเปญนะ คนขับจะถือป้ายรอหน้าประตูทางออก เอาเสื้อผ้ามาพอ"),
    ("vi", "thứ 6 bay 5h sáng qua phnom penh, tài xế cầm bảng tên em đứng chờ ở cửa ra, mang quần áo thôi"),
    ("zh", "周五早上5点的航班飞金边，司机拿着写你名字的牌子在出口等，带几件衣服就行"),
])
async def test_a_recruiters_travel_arrangements_are_checked_not_taken_for_someone_held(chat, lang, arranged):
    """A flight booked, a driver holding a name board: the model once read "hold" and "wait" as
    someone held (the card and a detention report) or as a way home ("Getting home without your
    passport"). It is the lure's last step: checked, with its signs."""
    sent = await chat(lang).say(arranged)
    assert risky(sent[0]["text"], lang)
    assert not sent[0]["text"].startswith(t("detained_intro", lang))


@pytest.mark.parametrize("lang, step", [
    ("en", "the agent wants a photo of my passport to book the flight, is that ok?"),
    ("zh", "中介要我护照照片订机票，能发吗"),
    ("id", "agen minta foto paspor buat pesen tiket, aman gak?"),
])
async def test_a_question_on_one_step_of_an_offer_gets_the_questions_to_ask_and_the_card_one_tap_away(chat, lang, step):
    """No offer to check in it, and "passport" may be someone's held: it was answered "I'm not sure
    I understood… tell me in other words". The question was understood: what to ask of the offer
    (never hand over the passport), then the card one tap away."""
    sent = await chat(lang).say(step, expect=2)
    assert opening("utter_check_job_offer", lang) in texts(sent)
    assert sent[-1]["text"] == t("danger_words", lang)
    assert any(payload.startswith("card:emergency") for _, payload in buttons(sent[-1:]))
    assert t("maybe_danger", lang) not in texts(sent)


@pytest.mark.parametrize("lang, step, again", [
    ("zh", "中介要我护照照片订机票，能发吗", "那我还去不去"),
    ("en", "the agent wants a photo of my passport to book the flight, is that ok?", "so should i go or not"),
])
async def test_asked_again_right_after_the_questions_they_are_not_repeated(chat, lang, step, again):
    """After the questions to ask of an offer, "so should I go?" is asked of an offer the bot never
    saw: it asks for the offer itself and points back to the questions, instead of sending all
    eight again; a new question later gets them again."""
    user = chat(lang)
    await user.say(step, expect=2)
    sent = await user.say(again)
    assert texts(sent) == t("offer_itself_please", lang)



async def test_instructions_typed_as_a_reports_answer_stay_the_answer(chat):
    user = chat("en")
    await user.say("my brother went to Cambodia for work and stopped answering")
    await user.say("last friday")
    asked = await user.say("Kevin Tran")  # the name; the next question: his age
    answered = await user.say("he is 24. the recruiter told him: at immigration just say you're visiting a friend, keep this chat private")
    assert not any(m["text"].startswith(risk_texts.t("level_high", "en")) for m in answered)
    assert asked and answered


@pytest.mark.parametrize("lang, asked", [
    ("en", "I escaped from the compound 3 days ago, now at a shelter in Mae Sot. The company still has my passport. How do I get home?"),
    ("id", "sy udh kabur dr perusahaan di kamboja, skrg di shelter. paspor masih ditahan perusahaan, gmn caranya pulang?"),
])
async def test_someone_out_asking_the_way_home_is_not_given_an_offer_check(chat, lang, asked):
    """A kept passport and a border town make the checker say "high"; no one is told to deceive:
    the way home is what was asked."""
    sent = await chat(lang).say(asked)
    assert not any(m["text"].startswith(risk_texts.t("level_high", lang)) for m in sent)
    assert sent


# A recruiter's ad in th, vi and zh, forwarded as people do before asking about it.
AD_MORE = {
    "th": "ด่วน! รับสมัครแอดมินออนไลน์ ทำงานที่สีหนุวิลล์ กัมพูชา เงินเดือน 50,000 บาท ไม่ต้องมีประสบการณ์ "
          "บินฟรี ที่พักฟรี ใช้วีซ่าท่องเที่ยวไปก่อน ติดต่อไลน์เท่านั้น",
    "vi": "Tuyển gấp nhân viên CSKH online làm tại Bavet, Campuchia, lương 35 triệu/tháng, không cần kinh nghiệm, "
          "bao vé máy bay, bao ăn ở, đi visa du lịch. Liên hệ Telegram, đi ngay tuần sau.",
    "zh": "高薪急招！柬埔寨西港网络客服，月薪一万五，无需经验，包机票包吃住，旅游签过去，到了公司统一办理。只加Telegram联系。",
}
# How people ask about the offer just checked (from the training data: the model knows them).
ASKED_AFTER = {"en": "so i shouldnt go?", "ko": "그럼 가지 말까요?", "id": "jadi jangan berangkat ya kak?",
               "th": "แปลว่าไม่ควรไปใช่ไหมคะ", "vi": "vậy em không nên đi hả", "zh": "那我还去不去"}


@pytest.mark.parametrize("lang", ["en", "ko", "id", "th", "vi", "zh"])
async def test_a_question_about_the_offer_just_checked_is_answered_about_it(chat, lang):
    origin = {"type": "hidden_user", "date": int(time.time()) - 60, "sender_user_name": "Recruiter"}
    user = chat(lang)
    checked = await user.send(text={**AD, **AD_MORE}[lang], forward_origin=origin)
    assert checked[0]["text"].startswith(risk_texts.t("level_high", lang))
    sent = await user.say(ASKED_AFTER[lang])
    answer = sent[0]["text"]
    assert answer.startswith(risk_texts.t("followup_high", lang, score=0)[:12])
    assert risk_texts.t("followup_why", lang) in answer and risk_texts.t("what_to_do", lang) in answer
    assert opening("utter_check_job_offer", lang) not in texts(sent)


async def test_the_same_question_with_no_offer_checked_asks_for_the_offer(chat):
    sent = await chat("en").say(ASKED_AFTER["en"])
    assert opening("utter_check_job_offer", "en") in texts(sent)


async def test_a_short_new_offer_after_a_check_is_checked_on_its_own(chat):
    origin = {"type": "hidden_user", "date": int(time.time()) - 60, "sender_user_name": "Recruiter"}
    user = chat("en")
    await user.send(text=AD["en"], forward_origin=origin)
    sent = await user.say("/check Hotel job in Poipet, $2,000/month, Telegram only")
    assert sent[0]["text"].startswith(risk_texts.t("level_high", "en")) and "«Poipet" in sent[0]["text"]
    sent = await user.say("and this one? casino job in Bavet, $2000 a month, contact on Telegram")
    assert sent[0]["text"].startswith(risk_texts.t("level_high", "en")) and "«Bavet" in sent[0]["text"]


async def test_a_second_question_about_the_same_offer_gets_a_brief_answer(chat):
    origin = {"type": "hidden_user", "date": int(time.time()) - 60, "sender_user_name": "Recruiter"}
    user = chat("en")
    await user.send(text=AD["en"], forward_origin=origin)
    first = (await user.say("so i shouldnt go?"))[0]["text"]
    second = (await user.say("but my cousin says its legit, he has friends there"))[0]["text"]
    assert risk_texts.t("followup_why", "en") in first
    assert second.startswith(risk_texts.t("followup_high", "en", score=0)[:12])
    assert risk_texts.t("followup_why", "en") not in second and "/contacts" in second


@pytest.mark.parametrize("lang, passed_on", [
    ("en", "my cousin says: they give u a company phone there, leave your own at home, flight paid, 1700usd, "
           "data entry in Poipet. he needs 2 more ppl, want to come?"),
    ("th", "เพื่อนบอกว่า\"มาทำงานแอดมินที่ปอยเปตดิ เงินเดือน4หมื่น บริษัทให้มือถือใหม่ ไม่ต้องเอาเครื่องตัวเองมา ตั๋วบริษัทออกให้\" มาด้วยกันไหม"),
])
async def test_a_friends_offer_passed_on_gets_the_check_not_the_card(chat, lang, passed_on):
    """The friend's "leave your own phone" reads like someone held; the writer is at home, asking about a job."""
    from bot.language.texts import t

    sent = await chat(lang).say(passed_on)
    assert sent[0]["text"].startswith(risk_texts.t("level_high", lang))
    assert not any(m["text"].startswith(t("detained_intro", lang)) for m in sent)


async def test_a_family_passing_on_words_of_danger_gets_the_card_then_the_report(chat):
    from bot.language.texts import t

    sent = await chat("en").say("my son's last message was 'mum they lock us in the building at night, dont tell anyone'. "
                                "that was 6 days ago, he is in Sihanoukville i think")
    given = sent[0]["text"].startswith(t("detained_intro", "en"))
    offered = sent[0]["text"] == t("relative_danger", "en") and any(p.startswith("card:emergency") for _, p in buttons(sent[:1]))
    assert given or offered, sent[0]["text"]
    assert not any(m["text"].startswith(risk_texts.t("level_low", "en")) for m in sent)


async def test_an_offer_whose_own_words_bring_the_card_is_still_weighed_as_an_offer(chat):
    """"the boss keeps your passport" gives the card at once; the offer's answer that follows
    says don't go, it is not the evidence answer meant for an ad pasted after the card."""
    from bot.language.texts import t

    sent = await chat("vi").say("anh họ gửi: \"tuyển nhập liệu ở Sihanoukville, ko cần kinh nghiệm, sếp giữ hộ chiếu để làm visa, "
                                "ăn ở trong tòa nhà cty free\". có nên đi ko", expect=4)
    assert sent[0]["text"].startswith(t("detained_intro", "vi"))
    assert not any(m["text"].startswith(risk_texts.t("evidence_head", "vi")) for m in sent)
    assert any(m["text"].startswith(risk_texts.t("level_high", "vi")) for m in sent)


@pytest.mark.parametrize("lang, vouching", [
    ("id", "tapi sepupu aku bilang aman kok, dia punya temen di sana"),
    ("en", "but my cousin says its legit, he has friends there"),
])
async def test_a_relative_vouching_for_the_offer_gets_the_verdict_not_a_report(chat, lang, vouching):
    """Read by the model as a family's report (a cousin, "there"), it only passes on someone's word."""
    from bot.language.texts import t

    user = chat(lang)
    await user.send(text=AD[lang], forward_origin={"type": "hidden_user", "date": int(time.time()) - 60, "sender_user_name": "Recruiter"})
    sent = await user.say(vouching)
    assert sent[0]["text"].startswith(risk_texts.t("followup_high", lang, score=0)[:12])
    assert not any(m["text"].startswith(t("relative_danger", lang)[:20]) for m in sent)
