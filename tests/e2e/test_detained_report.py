"""A detained person's report: the card first, "is it safe?", a few answers in their language,
then an English self-report for the police, checked field by field, and a case with consent."""
from __future__ import annotations

import pytest

from bot.language.texts import t
from tests.support.bot import Chat, buttons, texts

pytestmark = pytest.mark.asyncio(loop_scope="session")
STAFF_ID = 42


async def _start(user: Chat, lang: str, message: str) -> None:
    sent = await user.say(message, expect=2)
    assert sent[0]["text"].startswith(t("detained_intro", lang))
    if t("ask_detained_safe", lang) not in texts(sent):  # a keyword card: the report starts with its button
        started = await user.press("/report_detained", expect=2)
        assert t("ask_detained_safe", lang) in texts(started)


async def test_a_report_given_in_korean_comes_out_in_english(telegram, user_id):
    user = Chat(telegram, user_id, "ko")
    await _start(user, "ko", "회사에서 여권 뺏고 밖에 못 나가게 해요")
    assert t("ask_detained_place", "ko") in texts(await user.press("/affirm"))
    assert t("ask_detained_building", "ko") in texts(await user.say("시하눅빌"))
    assert t("ask_detained_count", "ko") in texts(await user.say("골든 빌딩 B동 7층 702호"))
    hint = await user.say("많아요", expect=2)
    assert hint[0]["text"] == t("form_want_count", "ko")
    assert t("ask_detained_passport", "ko") in texts(await user.say("12명 정도"))
    assert t("ask_detained_contact", "ko") in texts(await user.press("/affirm"))
    assert t("ask_detained_consent", "ko") in texts(await user.say("텔레그램 이 계정"))
    done = await user.press("/affirm", expect=4)
    said = [m["text"] for m in done]
    assert said[0] == t("detained_report_kh", "ko")
    report = said[1].splitlines()
    assert report[0] == "RESCUE REQUEST (self-report)"
    assert report[1] == "I am being held against my will in Sihanoukville, Cambodia. I cannot leave."
    assert 'Building / compound, floor, unit: "골든 빌딩 B동 7층 702호" (as written, in Korean)' in report
    assert "People held with me: 12" in report
    assert "My passport was taken from me." in report
    assert 'How to reach me: "텔레그램 이 계정" (as written, in Korean)' in report
    assert "GPS location (a location pin or map link)" in said[2]  # still missing: no pin was shared
    assert said[3].startswith(t("detained_case_filed", "ko", code="CASE-")[:10])
    code = "CASE-" + said[3].split("CASE-")[1][:10]
    staff = await telegram.wait_for(STAFF_ID, 1)
    assert any(code in m["text"] and "702" not in m["text"] for m in staff)  # no details in the notice


async def test_words_that_are_neither_yes_nor_no_get_the_safety_question_again(telegram, user_id):
    """Under "is it safe to write now?", words the model cannot place ("is Laos's Golden
    Triangle OK?") ask the question again, with its buttons: not "I didn't understand" and the
    main menu. A typed "네" then goes on to the report's next question."""
    user = Chat(telegram, user_id, "ko")
    await _start(user, "ko", "회사에서 여권 뺏고 밖에 못 나가게 해요")
    again = await user.say("라오스 골든트라이앵글 괜찮아요?")
    assert t("ask_detained_safe", "ko") in texts(again)
    assert not any(m["text"].startswith(t("no_answer", "ko")[:15]) for m in again)
    assert ("네", "/affirm") in [(title, payload.split("{")[0]) for title, payload in buttons(again)]
    assert t("ask_detained_place", "ko") in texts(await user.say("네"))


async def test_indonesian_with_a_pin_and_no_consent(telegram, user_id):
    user = Chat(telegram, user_id, "id")
    await _start(user, "id", "saya disekap di kompleks, paspor diambil bos")
    await user.press("/affirm")
    pinned = await user.send(location={"latitude": 16.6311, "longitude": 98.5569}, expect=3)  # KK Park
    assert t("ask_detained_building", "id") in texts(pinned)
    await user.say("gedung 5 lantai 3 kamar 12")
    await user.say("sekitar 30 orang")
    await user.press("/deny")
    await user.say("tidak ada")
    done = await user.press("/deny", expect=4)
    said = [m["text"] for m in done]
    assert said[0] == t("detained_report_other", "id", country="Myanmar")
    assert "I am being held against my will in KK Park, Myanmar. I cannot leave." in said[1]
    assert "GPS: 16.63110, 98.55690 (https://maps.google.com/?q=16.63110,98.55690)" in said[1]
    assert "I still have my passport." in said[1] and "People held with me: 30" in said[1]
    assert "GPS location" not in said[2]
    assert said[3] == t("detained_no_consent", "id")
    status = await user.say("/status")
    assert status[0]["text"] == t("cases_none", "id")  # nothing was kept


async def test_not_safe_to_write_stops_at_once_and_offers_discreet_mode(telegram, user_id):
    user = Chat(telegram, user_id, "en")
    await _start(user, "en", "they took my passport and won't let me leave the building")
    stopped = await user.press("/deny")
    assert stopped[0]["text"] == t("detained_not_safe", "en")
    assert [b[1] for b in buttons(stopped)] == ["discreet:2", "discreet:10", "discreet:30"]
    after = await user.say("hello")
    assert t("ask_detained_place", "en") not in texts(after)


async def test_a_building_described_where_the_town_is_asked_keeps_the_town_said_before(telegram, user_id):
    """"Held in Poipet" first, then "a blue building near the casino, 5th floor" where the report asks
    the town: it was refused again and again ("a place name, please"), a loop for someone held. The
    town said before is kept, the description is the building."""
    user = Chat(telegram, user_id, "th")
    await _start(user, "th", "ช่วยด้วยค่ะ โดนขังอยู่ที่ปอยเปต เขายึดพาสปอร์ตไป")
    assert t("ask_detained_place", "th") in texts(await user.press("/affirm"))
    asked = await user.say("อยู่ตึกสีฟ้าใกล้คาสิโน ชั้น 5")
    assert t("form_want_place", "th") not in texts(asked)
    assert t("ask_detained_count", "th") in texts(asked)
    await user.say("ประมาณ 20 คน")
    await user.press("/affirm")
    await user.say("ไลน์นี้")
    done = await user.press("/deny", expect=4)
    report = [m["text"] for m in done][1].splitlines()
    assert report[1] == "I am being held against my will in Poipet, Cambodia. I cannot leave."
    assert any(line.startswith("Building / compound, floor, unit:") and "อยู่ตึกสีฟ้าใกล้คาสิโน ชั้น 5" in line for line in report)


async def test_a_place_refused_once_is_taken_the_second_time(telegram, user_id):
    """No town known: the question is asked again once, then the answer is taken as it is."""
    user = Chat(telegram, user_id, "en")
    await _start(user, "en", "they took my passport and won't let me leave the building")
    await user.press("/affirm")
    once = await user.say("a tall grey building with a red gate", expect=2)
    assert once[0]["text"] == t("form_want_place", "en")
    twice = await user.say("i really dont know the name, near a river")
    assert t("form_want_place", "en") not in texts(twice) and t("ask_detained_building", "en") in texts(twice)


async def test_the_passport_and_consent_questions_take_a_typed_yes_and_ask_again_after_other_words(telegram, user_id):
    """Every yes/no question of the report reads a typed yes or no ("ㅇㅇ", "아니요") and asks
    again after words that are neither: never "I didn't understand" and the menu mid-report."""
    user = Chat(telegram, user_id, "ko")
    await _start(user, "ko", "회사에서 여권 뺏고 밖에 못 나가게 해요")
    await user.press("/affirm")
    await user.answer("시하눅빌", "골든 빌딩 B동 7층 702호")
    assert t("ask_detained_passport", "ko") in texts(await user.say("12명 정도"))
    again = await user.say("음... 잘 모르겠어요 ㅠㅠ")
    assert t("ask_detained_passport", "ko") in texts(again) and t("no_answer", "ko") not in texts(again)
    assert t("ask_detained_contact", "ko") in texts(await user.say("ㅇㅇ"))
    assert t("ask_detained_consent", "ko") in texts(await user.say("텔레그램 이 계정"))
    again = await user.say("뭐라고요??")
    assert t("ask_detained_consent", "ko") in texts(again)
    done = await user.say("아니요", expect=4)
    assert done[3]["text"] == t("detained_no_consent", "ko")
    assert "My passport was taken from me." in done[1]["text"]
