"""When the model reads a message as something else but still finds it likely that the
writer is held, the card is offered (one tap) with the answer, never withheld."""
import pytest

from bot.core.assistant import UNSURE_DETAINED
from bot.dialogue.backend import FormState, Reading
from bot.language.texts import t
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
    assistant = make_assistant(storage, UnsureRasa(Reading("ask_case_status", 0.05)))
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
