"""The recruiter report and the family's report end to end through the fake Bot API: a
forwarded ad as the answer, skip and back, a photo, a case the family adds to, a staff
question, and an offer check that later names the reported recruiter."""
from __future__ import annotations

import time

import pytest

from bot.language.texts import t
from bot.offers import texts as risk_texts
from tests.support.bot import Chat, buttons, texts

pytestmark = pytest.mark.asyncio(loop_scope="session")
STAFF_ID = 42
AD = ("LOWONGAN CS ONLINE KAMBOJA gaji 15jt/bln, tiket pesawat & visa ditanggung, tanpa pengalaman, "
      "mess gratis. Minat? chat wa.me/6281299998888")


async def test_a_recruiter_report_warns_whoever_checks_an_offer_naming_them(telegram, user_id):
    user = Chat(telegram, user_id, "id")
    menu = await user.say("/report")
    assert menu[0]["text"] == t("report_menu", "id")
    asked = await user.press("/report_recruiter")
    assert t("ask_recruiter_who", "id") in texts(asked)
    hint = await user.say("gak tau", expect=2)
    assert hint[0]["text"] == t("form_want_recruiter", "id")
    ad_asked = await user.say("HRD Bella @Bella_Rekrut wa 0812-3456-7890")
    assert t("ask_recruiter_ad", "id") in texts(ad_asked)
    origin = {"type": "hidden_user", "date": int(time.time()) - 60, "sender_user_name": "Bella"}
    summary = await user.send(text=AD, forward_origin=origin, expect=2)  # the ad is the answer, not an offer to check
    assert not summary[0]["text"].startswith(risk_texts.t("level_high", "id"))
    found = summary[-1]["text"]
    assert "+6281234567890" in found and "bella_rekrut" in found and "+6281299998888" in found
    sent = await user.press(buttons(summary[-1:])[0][1])
    code = "CASE-" + sent[0]["text"].split("CASE-")[1][:10]
    assert sent[0]["text"] == t("recruiter_received", "id", code=code, count=4)  # 2 phones, a handle, a link
    staff = await telegram.wait_for(STAFF_ID, 1)
    assert any(code in m["text"] and "Bella" not in m["text"] for m in staff)
    # Someone else, later, checks an offer from the same number written another way.
    other = Chat(telegram, user_id + 1, "en")
    checked = await other.say("/check Job in Cambodia, $1500/month, no experience, flights paid. WhatsApp +62 812-3456-7890")
    assert risk_texts.t("reported_heading", "en") in checked[0]["text"]


async def test_a_family_goes_back_sends_a_photo_and_follows_the_case(telegram, user_id):
    family, staff = Chat(telegram, user_id, "en"), Chat(telegram, STAFF_ID, "en")
    await family.say("my brother went to Cambodia for work and stopped answering")
    assert t("ask_missing_name", "en") in texts(await family.say("3 weeks ago on Facebook"))
    assert t("ask_missing_age", "en") in texts(await family.say("Juan Dela Cruz"))
    back = await family.press("form:back")  # a typo in the name: one step back
    assert t("ask_missing_name", "en") in texts(back)
    assert t("ask_missing_age", "en") in texts(await family.say("Juan dela Cruz Jr."))
    await family.say("27")
    await family.say("a woman called Rose on Facebook, said she was from a BPO company")
    assert t("ask_missing_ransom", "en") in texts(await family.say("customer service, $1200 a month"))
    guidance = await family.press("/affirm", expect=2)
    assert guidance[0]["text"] == t("ransom_guidance", "en")
    assert t("ask_missing_passport", "en") in texts(guidance)
    assert t("ask_missing_photo", "en") in texts(await family.say("P1234567A"))
    photo = [{"file_id": "AgACAgUAAxkBAAIFace", "file_unique_id": "f1", "width": 640, "height": 640}]
    kept = await family.send(photo=photo, expect=2)
    assert kept[0]["text"] == t("photo_kept", "en") and t("ask_missing_reporter", "en") in texts(kept)
    done = await family.say("Maria, +63 917 000 0000", expect=4)
    summary = done[2]["text"]
    for line in ("Name: Juan dela Cruz Jr.", "Age: 27", "Money demanded: yes", "Passport no.: P1234567A", "Photo: attached"):
        assert line in summary
    sent = await family.press(buttons(done[-1:])[0][1])
    code = "CASE-" + sent[0]["text"].split("CASE-")[1][:10]
    # The family adds what they learn later; staff are told the code only.
    await telegram.wait_for(STAFF_ID, 1)
    status = await family.say("/status")
    assert [b[1] for b in buttons(status)] == [f"case:add:{code}", f"case:safe:{code}"]
    prompt = await family.press(f"case:add:{code}")
    assert prompt[0]["text"] == t("case_add_prompt", "en", code=code)
    added = await family.say("He sent a location pin from Sihanoukville yesterday")
    assert added[0]["text"] == t("case_added", "en", code=code)
    posted = await telegram.wait_for(STAFF_ID, 2)
    assert posted[-1]["text"] == t("staff_reporter_added", "en", code=code)
    # Staff read it privately (photo id, passport and all) and ask the family a question.
    details = await staff.press(f"case:show:{code}")
    assert "P1234567A" in details[0]["text"] and "Sihanoukville yesterday" in details[0]["text"]
    # under the labels the family saw, not the answers' keys ("passport: …", "ransom: yes")
    assert f'{t("field_passport", "en")}: P1234567A' in details[0]["text"]
    assert f'{t("field_ransom", "en")}: {t("value_yes", "en")}' in details[0]["text"]
    assert t("staff_ask_prompt", "en", code=code) == (await staff.press(f"case:ask:{code}"))[0]["text"]
    before = len(family.api.sent_to(user_id))
    await staff.say("Which city was the pin in exactly?")
    told = await telegram.wait_for(user_id, before + 1)
    assert "Which city was the pin in exactly?" in told[-1]["text"]
    safe = await family.press(f"case:safe:{code}")
    assert safe[0]["text"] == t("case_safe_noted", "en", code=code)


async def test_the_ransom_guidance_is_given_once_when_later_questions_are_skipped(telegram, user_id):
    """After "yes, money was demanded", each skipped question (passport, photo) repeated the
    guidance "don't pay anything before…": skips re-validated the answer of the message before."""
    family = Chat(telegram, user_id, "vi")
    await family.answer("chong em sang campuchia lam viec 2 thang roi, 10 ngay nay mat lien lac", "10 ngay truoc, qua zalo",
                        "Nguyen Van Hung", "32", "mot nguoi tren facebook ten Tuan")
    assert t("ask_missing_ransom", "vi") in texts(await family.say("sale online, 15 trieu"))
    guidance = await family.press("/affirm", expect=2)
    assert guidance[0]["text"] == t("ransom_guidance", "vi")
    photo = await family.press("form:skip")
    assert t("ask_missing_photo", "vi") in texts(photo) and t("ransom_guidance", "vi") not in texts(photo)
    reporter = await family.press("form:skip")
    assert t("ask_missing_reporter", "vi") in texts(reporter) and t("ransom_guidance", "vi") not in texts(reporter)


async def test_the_ransom_question_takes_a_typed_yes_after_asking_again(telegram, user_id):
    """Words that are neither yes nor no under "was money demanded?" ask it again; a typed
    "yep" then gives the guidance and the next question, as the button would."""
    family = Chat(telegram, user_id, "en")
    await family.answer("my brother went to Cambodia for work and stopped answering", "3 weeks ago on Facebook",
                        "Juan dela Cruz", "27", "a woman called Rose on Facebook")
    assert t("ask_missing_ransom", "en") in texts(await family.say("customer service, $1200 a month"))
    again = await family.say("hmm what do u mean")
    assert t("ask_missing_ransom", "en") in texts(again) and t("no_answer", "en") not in texts(again)
    guidance = await family.say("yep", expect=2)
    assert guidance[0]["text"] == t("ransom_guidance", "en")
    assert t("ask_missing_passport", "en") in texts(guidance)


async def test_a_long_ad_split_by_telegram_is_one_answer(telegram, user_id):
    user = Chat(telegram, user_id, "en")
    await user.say("/report")
    await user.press("/report_recruiter")
    await user.say("a company called Golden Fortune Group")
    first = ("We are hiring customer service staff for our office in Sihanoukville. " * 60)[:3900]
    rest = "Salary $1800, flights and visa paid. Apply now on Telegram @golden_fortune_hr or WhatsApp +855 96 123 4567"
    telegram.send_text(user_id, first, "en")
    summary = await user.say(rest, expect=2)  # both parts arrive; one summary follows
    found = summary[-1]["text"]
    assert "golden_fortune_hr" in found and "+855961234567" in found  # both from the second part
    assert [b[1].split(":")[1] for b in buttons(summary[-1:])] == ["send", "drop"]
    sent = await user.press(buttons(summary[-1:])[0][1])
    code = "CASE-" + sent[0]["text"].split("CASE-")[1][:10]
    details = texts(await Chat(telegram, STAFF_ID, "en").press(f"case:show:{code}", expect=2))  # over 4096: two
    assert "We are hiring" in details and "@golden_fortune_hr" in details


@pytest.mark.parametrize("lang, first, place", [
    ("en", "my brother stopped answering his phone, he went abroad for work", "Bavet"),
    ("vi", "em trai tôi mất liên lạc rồi, nó đi làm ở nước ngoài", "ở Bavet ạ"),
])
async def test_a_place_named_alone_is_the_answer_to_where(telegram, user_id, lang, first, place):
    family = Chat(telegram, user_id, lang)
    assert t("ask_missing_where", lang) in texts(await family.say(first))
    answered = await family.say(place)
    assert t("ask_missing_last_seen", lang) in texts(answered)  # not the travel warnings, not the same question


async def test_a_family_that_cannot_name_the_town_is_asked_once_more_then_heard(telegram, user_id):
    """"some casino town near a river" read as report_detained (0.85) left the family's report for
    the writer's own emergency card; then a place refused again and again. Now: an answer, refused
    once as no place, and the family's next words taken as they said them (a bare "ok" is none)."""
    family = Chat(telegram, user_id, "en")
    asked = await family.say("my cousin went abroad for a job and stopped replying", expect=2)
    assert t("ask_missing_where", "en") in texts(asked)
    once = await family.say("some casino town near a river", expect=2)
    assert once[0]["text"] == t("form_want_place", "en")
    assert not any(m["text"].startswith(t("detained_intro", "en")) for m in once)
    yes = await family.say("ok", expect=2)
    assert yes[0]["text"] == t("form_want_place", "en")
    twice = await family.say("the one with many casinos, she never said the name")
    assert t("form_want_place", "en") not in texts(twice)
    assert t("ask_missing_last_seen", "en") in texts(twice)
