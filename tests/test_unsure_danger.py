"""When the model reads a message as something else but still finds it likely that the
writer is held, the card is offered (one tap) with the answer, never withheld."""
import pytest

from bot.core.assistant import UNSURE_DETAINED
from bot.dialogue.backend import FormState, Reading
from bot.language.texts import t
from bot.offers.texts import t as offer_t
from tests.support.assistants import RecordingRasa, make_assistant, payloads


class UnsureRasa(RecordingRasa):
    def __init__(self, reading):
        super().__init__(replies=[{"text": "case status answer"}])
        self._reading = reading

    def reading(self, sender_id):
        return self._reading


def offered(replies) -> bool:
    return any(p.startswith("card:emergency") for p in payloads(replies))


@pytest.mark.parametrize("lang,text", [("en", "12 of us in one room"), ("ko", "한 방에 12명 있어요"),
                                       ("id", "satu kamar 12 orang"), ("th", "ห้องเดียวมี12คน"),
                                       ("vi", "1 phong 12 nguoi"), ("zh", "一个房间12个人")])
async def test_a_likely_detention_read_as_something_else_gets_the_card_offered(storage, lang, text):
    assistant = make_assistant(storage, UnsureRasa(Reading("ask_case_status", 0.31)))
    replies = await assistant.handle("tg:5", text, client_language=lang)
    assert replies[0].text == "case status answer"
    assert replies[-1].text == t("danger_check", lang)
    assert offered(replies)


async def test_an_unlikely_one_gets_the_answer_alone(storage):
    assistant = make_assistant(storage, UnsureRasa(Reading("ask_case_status", UNSURE_DETAINED - 0.01)))
    replies = await assistant.handle("tg:5", "any news on my report?", client_language="en")
    assert [r.text for r in replies] == ["case status answer"]
    assert not offered(replies)


async def test_an_answer_inside_a_form_is_not_second_guessed(storage):
    rasa = UnsureRasa(Reading("report_missing", 0.4))
    rasa.form = FormState("missing_form", "missing_where", 2, ("missing_relation", "missing_where"))
    assistant = make_assistant(storage, rasa)
    replies = await assistant.handle("tg:5", "a building with guards", client_language="en")
    assert not any(r.text == t("danger_check", "en") for r in replies)


async def test_the_detained_reading_itself_is_not_offered_twice(storage):
    assistant = make_assistant(storage, UnsureRasa(Reading("report_detained", 0.9)))
    replies = await assistant.handle("tg:5", "hello there", client_language="en")
    assert not any(r.text == t("danger_check", "en") for r in replies)


async def test_the_real_model_records_what_it_read(assistant):
    await assistant.handle("tg:77", "what is the number of the korean embassy in phnom penh?", client_language="en")
    reading = assistant.backend.reading("tg:77")
    assert reading is not None and reading.intent == "ask_embassy_contact" and reading.detained < UNSURE_DETAINED
    await assistant.handle("tg:78", "I cannot leave this building, the boss keeps my passport", client_language="en")
    held = assistant.backend.reading("tg:78")
    assert held.intent == "report_detained" and held.detained > 0.5


class DoubtfulCardRasa(UnsureRasa):
    """The model's card on a doubtful reading, which opens the held person's report."""

    async def handle(self, sender_id, text, language):
        self.calls.append((sender_id, text, language))
        self.form = FormState("detained_form", "detained_safe_to_write", 0, ("detained_safe_to_write",))
        return [{"text": "🚨 card"}, {"text": "Is it safe to write now?"}]


async def test_a_doubtful_card_withheld_leaves_the_report_it_opened(storage):
    rasa = DoubtfulCardRasa(Reading("report_detained", 0.2))
    assistant = make_assistant(storage, rasa)
    replies = await assistant.handle("tg:5", "throw away your sim, call no one on the way", client_language="en")
    assert [r.text for r in replies] == [t("danger_check", "en")]
    assert rasa.cancelled == ["tg:5"] and rasa.form is None  # the next message is not an answer to its question


def _checked_minutes_ago(storage, user_id: str, minutes: float) -> None:
    import time

    from bot.offers import followup
    from bot.offers.risk import analyse
    lure = "Customer service in Sihanoukville, $3000 a month, no experience, free flight, Telegram only"
    followup.remember(storage, user_id, analyse(lure), now=time.time() - minutes * 60)


@pytest.mark.parametrize("lang,text", [("en", "ur saying dont go at all?"), ("th", "ถ้าดื้อไปจะเป็นไงครับ"),
                                       ("vi", "check lai giup em di chac bot nham roi"), ("zh", "我要是硬去会怎样")])
async def test_a_question_half_read_as_held_minutes_after_a_check_is_answered_about_the_offer(storage, lang, text):
    rasa = DoubtfulCardRasa(Reading("report_detained", 0.62))
    assistant = make_assistant(storage, rasa)
    _checked_minutes_ago(storage, "tg:5", 5)
    replies = await assistant.handle("tg:5", text, client_language=lang)
    assert replies[0].text.startswith(offer_t("followup_high", lang, score=99)[:12])
    assert "/100" in replies[0].text
    assert replies[-1].text == t("danger_check", lang) and offered(replies)  # the card one tap away
    assert rasa.cancelled == ["tg:5"] and rasa.form is None


async def test_an_old_check_or_a_sure_reading_or_words_of_danger_still_get_the_card(storage):
    rasa = DoubtfulCardRasa(Reading("report_detained", 0.62))
    assistant = make_assistant(storage, rasa)
    _checked_minutes_ago(storage, "tg:6", 45)  # long enough for "so what now?" to be about something else
    replies = await assistant.handle("tg:6", "ur saying dont go at all?", client_language="en")
    assert replies[0].text == "🚨 card"

    sure = DoubtfulCardRasa(Reading("report_detained", 0.93))
    assistant = make_assistant(storage, sure)
    _checked_minutes_ago(storage, "tg:7", 2)
    replies = await assistant.handle("tg:7", "too late, im here now", client_language="en")
    assert replies[0].text == "🚨 card"

    assistant = make_assistant(storage, DoubtfulCardRasa(Reading("report_detained", 0.5)))
    _checked_minutes_ago(storage, "tg:8", 2)
    replies = await assistant.handle("tg:8", "they took my passport, help", client_language="en")
    assert not replies[0].text.startswith(offer_t("followup_high", "en", score=99)[:12])


class AdvisoryRasa(UnsureRasa):
    """The model's travel advisory, for a question on whether it is safe to go."""

    async def handle(self, sender_id, text, language):
        self.calls.append((sender_id, text, language))
        return [{"text": "travel advisory"}]


async def test_is_it_safe_to_go_minutes_after_a_check_is_answered_about_the_offer(storage):
    assistant = make_assistant(storage, AdvisoryRasa(Reading("ask_travel_advisory", 0.01)))
    _checked_minutes_ago(storage, "tg:11", 3)
    replies = await assistant.handle("tg:11", "그럼 가도 되는 거죠?", client_language="ko")
    assert [r.text[:12] for r in replies] == [offer_t("followup_high", "ko", score=99)[:12]]


async def test_a_place_named_or_no_check_keeps_the_travel_advisory(storage):
    assistant = make_assistant(storage, AdvisoryRasa(Reading("ask_travel_advisory", 0.01)))
    _checked_minutes_ago(storage, "tg:12", 3)
    assert [r.text for r in await assistant.handle("tg:12", "is poipet safe now?", client_language="en")] == ["travel advisory"]
    assert [r.text for r in await assistant.handle("tg:13", "is it safe to go?", client_language="en")] == ["travel advisory"]


@pytest.mark.parametrize("form, offered_again", [("missing_person_form", False), ("detained_form", False),
                                                 ("recruiter_form", True)])
async def test_words_of_danger_in_an_answer_are_doubted_only_outside_the_reports_beside_the_card(storage, form, offered_again):
    rasa = UnsureRasa(Reading("report_missing", 0.05))
    rasa.form = FormState(form, "some_slot", 1, ("a",))
    replies = await make_assistant(storage, rasa).handle("tg:6", "a compound near Bavet, the boss took his passport",
                                                         client_language="en")
    assert any(r.text == t("danger_words", "en") for r in replies) == offered_again
    assert not any(r.text == t("maybe_danger", "en") for r in replies)  # the model answered: no "not sure I understood"


class AnsweringRasa(UnsureRasa):
    """The model's own answer to the message (the way home, or its fallback)."""

    def __init__(self, reading, answer):
        super().__init__(reading)
        self.replies = [{"text": answer}]


GOT_OUT = {
    "en": "I got out, the company still has my passport, how do I get home?",
    "ko": "탈출했는데 회사가 아직 제 여권을 갖고 있어요, 집에 어떻게 가요?",
    "id": "saya udah kabur, tapi paspor saya masih ditahan perusahaan, gimana caranya pulang?",
    "th": "หนีออกมาได้แล้ว แต่พาสปอร์ตยังอยู่กับบริษัท จะกลับบ้านยังไง",
    "vi": "em trốn ra được rồi nhưng công ty vẫn cầm hộ chiếu, làm sao về nước",
    "zh": "我已经逃出来了，但护照还被公司扣着，怎么回国",
}


@pytest.mark.parametrize("lang", sorted(GOT_OUT))
async def test_words_of_danger_beside_a_real_answer_offer_the_card_without_doubting_the_answer(storage, lang):
    rasa = AnsweringRasa(Reading("ask_repatriation", 0.2), "the way home")
    rasa.intent = "ask_repatriation"  # a long message is parsed first, in case it is an offer
    replies = await make_assistant(storage, rasa).handle("tg:7", GOT_OUT[lang], client_language=lang)
    assert [r.text for r in replies] == ["the way home", t("danger_words", lang)]
    assert offered(replies)


@pytest.mark.parametrize("intent", ["nlu_fallback", "out_of_scope"])
async def test_words_of_danger_the_model_did_not_understand_ask_for_other_words(storage, intent):
    rasa = AnsweringRasa(Reading(intent, 0.2), "sorry?")
    replies = await make_assistant(storage, rasa).handle("tg:8", "the company still has my passport", client_language="en")
    assert replies[-1].text == t("maybe_danger", "en")
    assert offered(replies)


class HelpRasa(UnsureRasa):
    """The model's menu, for "so what do I do now?" read as `help`."""

    async def handle(self, sender_id, text, language):
        self.calls.append((sender_id, text, language))
        return [{"text": "the menu"}]


@pytest.mark.parametrize("lang,text", [("en", "so what do i do now"), ("id", "jadi aku harus gimana?")])
async def test_what_to_do_minutes_after_a_check_is_answered_about_the_offer_not_with_the_menu(storage, lang, text):
    assistant = make_assistant(storage, HelpRasa(Reading("help", 0.02)))
    _checked_minutes_ago(storage, "tg:9", 3)
    replies = await assistant.handle("tg:9", text, client_language=lang)
    assert replies[0].text.startswith(offer_t("followup_high", lang, score=99)[:12])
    assert "the menu" not in [r.text for r in replies]


async def test_help_long_after_a_check_gets_the_menu(storage):
    assistant = make_assistant(storage, HelpRasa(Reading("help", 0.02)))
    _checked_minutes_ago(storage, "tg:10", 45)
    replies = await assistant.handle("tg:10", "so what do i do now", client_language="en")
    assert [r.text for r in replies] == ["the menu"]
