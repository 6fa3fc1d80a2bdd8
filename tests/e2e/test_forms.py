"""The missing-person questions as people answer them: leaving, wrong kinds of answer, commands,
questions in the middle, the relation in the first message, a restart (test_ground.py)."""
from __future__ import annotations

import pytest

from bot.language.texts import t
from tests.domain_texts import opening
from tests.support.bot import buttons, texts
from tests.support.reports import finish_missing

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_never_mind_after_two_answers_asks_then_stops(chat):
    user = chat("id")
    first = await user.say("anak sy brgkt ke kamboja 3 mgg yg lalu, skrg gak bisa dihubungi")
    # "anak" (the relation) and "kamboja" (the place) came with the first message.
    assert opening("utter_ask_missing_last_seen", "id") in texts(first)
    ask = await user.say("eh gak jadi deh, batal aja")
    assert ask[0]["text"] == t("form_cancel_confirm", "id")
    stopped = await user.press("form:stop")
    assert stopped[0]["text"] == t("form_cancelled", "id")
    after = await user.say("halo kak")
    assert opening("utter_greet", "id") in texts(after)


@pytest.mark.parametrize("language, first, cancel, yes, no", [
    ("en", "my sister went to poipet for a casino job, 10 days no reply", "cancel", "yes", "no"),
    ("vi", "em gái tôi sang campuchia làm việc, 2 tuần nay không liên lạc được", "thôi hủy đi", "có", "không"),
    # two words typed together: "no continue" was stored as the answer and refused ("Just the name…")
    ("en", "my sister went to poipet for a casino job, 10 days no reply", "cancel", "yes stop", "no continue"),
])
async def test_yes_or_no_typed_under_stop_the_questions(chat, language, first, cancel, yes, no):
    """Typed, not pressed: the answer to "stop?", never stored as the relative's name."""
    user = chat(language)
    await user.say(first)
    await user.say("last friday" if language == "en" else "tuần trước")
    ask = await user.say(cancel)
    assert ask[0]["text"] == t("form_cancel_confirm", language)
    going_on = await user.say(no)
    assert t("ask_missing_name", language) in texts(going_on)
    await user.say(cancel)
    stopped = await user.say(yes)
    assert stopped[0]["text"] == t("form_cancelled", language)


async def test_go_on_repeats_the_question(chat):
    user = chat("en")
    await user.say("my brother went to Cambodia for work and stopped answering")
    await user.say("never mind")
    again = await user.press("form:keep")
    assert opening("utter_ask_missing_last_seen", "en") in texts(again)
    asked = await user.say("last friday on facebook")
    assert t("ask_missing_name", "en") in texts(asked)
    done = await finish_missing(user, "en")
    assert "brother" in done[2]["text"] and "last friday on facebook" in done[2]["text"]


async def test_a_place_is_not_taken_for_a_relation_but_kept_for_where(chat):
    user = chat("en")
    asked = await user.say("someone in my family went abroad and is missing")
    assert opening("utter_ask_missing_relation", "en") in texts(asked)
    again = await user.say("Sihanoukville")  # a place is no answer to "who": asked again
    assert opening("utter_ask_missing_relation", "en") in texts(again)
    # ... but it is where they were (a place named with any answer counts): not asked again
    after = await user.say("my daughter")
    assert opening("utter_ask_missing_last_seen", "en") in texts(after)
    assert t("ask_missing_name", "en") in texts(await user.say("last week on whatsapp"))
    done = await finish_missing(user, "en")
    assert "daughter" in done[2]["text"] and "Sihanoukville" in done[2]["text"]


async def test_a_relation_is_not_taken_for_a_place(chat):
    user = chat("en")
    await user.say("someone in my family went abroad and is missing")
    where = await user.say("my daughter")
    assert opening("utter_ask_missing_where", "en") in texts(where)
    hint = await user.say("she is my daughter", expect=2)
    assert hint[0]["text"] == t("form_want_place", "en")


async def test_a_date_question_takes_only_a_date_or_dont_know(chat):
    user = chat("ko")
    await user.say("동생이 캄보디아로 일하러 갔는데 연락이 안 돼요")
    hint = await user.say("잘 모르는 회사였어요 텔레그램으로 연락하던", expect=2)
    assert hint[0]["text"] == t("form_want_date", "ko")
    asked = await user.say("2주 전에 카톡으로 마지막 연락")
    assert t("ask_missing_name", "ko") in texts(asked)


async def test_a_date_refused_once_is_taken_as_said_the_second_time(chat):
    """Not a date, refused once; the family's next words are kept as they said them, never a loop."""
    user = chat("zh")
    await user.say("我弟弟去柬埔寨打工，两个星期联系不上了")
    hint = await user.say("他没说名字，只说很多赌场", expect=2)
    assert hint[0]["text"] == t("form_want_date", "zh")
    asked = await user.say("他到了那边以后就没怎么联系，过年前还打过一次")
    assert t("form_want_date", "zh") not in texts(asked) and t("ask_missing_name", "zh") in texts(asked)


async def test_start_in_the_middle_ends_the_form_and_greets(chat):
    user = chat("en")
    await user.say("my brother went to Cambodia for work and stopped answering")
    sent = await user.say("/start", expect=2)
    assert sent[0]["text"] == t("form_stopped_for_command", "en")
    assert opening("utter_greet", "en") in texts(sent)
    assert "/greet" not in texts(await user.say("hello"))


async def test_emergency_numbers_question_inside_the_form(chat):
    user = chat("id")
    await user.say("adik saya kerja ke kamboja dan sudah gak bisa dihubungi")
    sent = await user.say("nomor kbri kamboja berapa ya?", expect=2)
    assert "+855 12 813 282" in sent[0]["text"]
    assert opening("utter_ask_missing_last_seen", "id") in sent[-1]["text"]


async def test_i_dont_understand_english(chat):
    user = chat("en")
    sent = await user.say("maaf sy gak ngerti bahasa inggris")
    assert sent[0]["text"] == t("language_changed", "id")
    card = await user.say("살려주세요", expect=3)
    assert card[0]["text"].startswith(t("detained_intro", "ko"))


async def test_a_pin_in_myawaddy(chat):
    user = chat("id")
    sent = await user.send(location={"latitude": 16.6878, "longitude": 98.5083}, expect=2)
    assert sent[0]["text"] == t("location_in", "id", place="Myawaddy, Myanmar")
    assert t("card_local_title", "id", country="Myanmar") in sent[1]["text"]
    assert t("card_also_via", "id", place="Myawaddy", country="Thailand") in sent[1]["text"]
    follow = await user.say("/emergency")  # remembered: Myanmar, not Cambodia (short: shown minutes ago)
    assert t("card_local_title", "id", country="Myanmar") in follow[0]["text"]


async def test_a_pin_near_the_border_is_asked(chat):
    sent = await chat("en").send(location={"latitude": 16.695, "longitude": 98.505})
    assert sent[0]["text"] == t("location_which", "en")
    assert [b[1] for b in buttons(sent)] == ["card:emergency:MM", "card:emergency:TH"]


@pytest.mark.parametrize("language, first, hello", [
    ("en", "my brother went to Cambodia for work and stopped answering", "hi again"),
    ("th", "น้องชายไปทำงานกัมพูชา ติดต่อไม่ได้ 2 อาทิตย์แล้ว", "สวัสดีค่ะ"),
    ("zh", "我弟弟去柬埔寨打工，两个星期联系不上了", "在吗"),
])
async def test_hello_inside_the_form_greets_and_asks_again(chat, language, first, hello):
    """Coming back with "hi again": greeted, the same question again, nothing stored."""
    user = chat(language)
    asked = await user.say(first)
    question = opening("utter_ask_missing_last_seen", language)
    assert question in texts(asked)
    again = await user.say(hello)
    assert again[0]["text"] == t("form_hello_again", language)
    assert question in texts(again)
    answered = await user.say("last friday" if language == "en" else "ศุกร์ที่แล้ว" if language == "th" else "上周五")
    assert t("ask_missing_name", language) in texts(answered)


@pytest.mark.parametrize("language, first, when, thanks", [
    ("en", "my brother went to cambodia for work, no reply for 2 weeks", "last week on whatsapp", "thank you"),
    ("id", "adik saya kerja di kamboja udah 2 minggu gak bisa dihubungi", "minggu lalu lewat wa", "makasih kak"),
    ("zh", "我弟弟去柬埔寨打工，两个星期联系不上了", "上周五，微信", "谢谢"),
    # Seen in a chat with the bot's own process: "cheers mate" was stored as the brother's name.
    ("en", "my brother went to cambodia for work, no reply for 2 weeks", "last week on whatsapp", "cheers mate"),
    ("id", "adik saya kerja di kamboja udah 2 minggu gak bisa dihubungi", "minggu lalu lewat wa", "hatur nuhun"),
])
async def test_thanks_typed_for_the_name_is_answered_not_stored(chat, language, first, when, thanks):
    """"thank you" under "What is their full name?" was stored as the relative's name and the next
    question asked: it is answered, and the name asked again."""
    user = chat(language)
    await user.say(first)
    asked = await user.say(when)
    assert t("ask_missing_name", language) in texts(asked)
    again = await user.say(thanks)
    assert again[0]["text"] == t("form_thanks_in_report", language)
    assert t("ask_missing_name", language) in texts(again)
    assert t("ask_missing_age", language) not in texts(again)


async def test_a_name_that_is_a_greeting_is_taken_when_typed_twice(chat):
    """"Hai" is a name as well as a greeting: typed again after the greeting back, it is the answer."""
    user = chat("vi")
    await user.say("em trai toi sang campuchia lam viec, 2 tuan nay khong lien lac duoc")
    asked = await user.say("tuần trước")
    assert t("ask_missing_name", "vi") in texts(asked)
    once = await user.say("Hai")
    assert once[0]["text"] == t("form_hello_again", "vi") and t("ask_missing_name", "vi") in texts(once)
    twice = await user.say("Hai")
    assert t("ask_missing_age", "vi") in texts(twice)


async def test_a_question_typed_for_the_name_is_not_taken_as_the_name(chat):
    user = chat("en")
    await user.say("my son went to cambodia for a job in march and we have not heard from him since")
    asked = await user.say("last week on whatsapp")
    assert t("ask_missing_name", "en") in texts(asked)
    question = await user.say("what is a compound?", expect=2)
    assert question[0]["text"] == t("form_question_not_answer", "en")
    assert t("ask_missing_name", "en") in texts(question)
    named = await user.say("Kevin Tran")
    assert t("ask_missing_age", "en") in texts(named)


async def test_words_of_danger_in_a_reports_answer_are_an_answer_not_a_doubt(chat):
    user = chat("en")
    await user.say("my brother went to cambodia for work and stopped answering")
    answered = await user.say("2 weeks ago, he said they are in a compound and the boss took his passport")
    assert t("maybe_danger", "en") not in texts(answered)
    assert t("danger_words", "en") not in texts(answered)
    assert t("ask_missing_name", "en") in texts(answered)
