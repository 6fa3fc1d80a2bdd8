"""The channel-free assistant, with a recording stand-in for Rasa."""
import pytest

from bot.assistant import Assistant, Button, Reply
from bot.texts import t

INTENTS = ["greet", "help", "report_detained", "ask_emergency_numbers", "check_job_offer", "ask_case_status"]
ENTITIES = ["country", "case_code"]


class RecordingRasa:
    def __init__(self, replies=None, fail=False):
        self.calls = []
        self.forgotten = []
        self.replies = replies if replies is not None else [{"text": "answer", "buttons": [{"title": "Go", "payload": "/help"}]}]
        self.fail = fail

    async def handle(self, sender_id, text, language):
        self.calls.append((sender_id, text, language))
        if self.fail:
            raise RuntimeError("model broke")
        return self.replies

    async def parse(self, text):
        return {}

    async def forget(self, sender_id):
        self.forgotten.append(sender_id)


@pytest.fixture
def rasa():
    return RecordingRasa()


@pytest.fixture
def assistant(storage, rasa):
    return Assistant(storage, rasa, INTENTS, ENTITIES)


async def test_text_goes_to_rasa_with_detected_language(assistant, rasa):
    replies = await assistant.handle("u1", "adik saya kerja di kamboja udah 2 minggu gak bisa dihubungi")
    assert rasa.calls == [("u1", "adik saya kerja di kamboja udah 2 minggu gak bisa dihubungi", "id")]
    assert replies == [Reply("answer", [Button("Go", "/help")])]


async def test_language_is_remembered_for_short_messages(assistant, rasa, storage):
    await assistant.handle("u2", "캄보디아 일자리 사기 같아요", client_language="en")
    await assistant.handle("u2", "ok", client_language="en")
    assert [c[2] for c in rasa.calls] == ["ko", "ko"]
    assert storage.get_user("u2")["language"] == "ko"


async def test_commands_map_to_intents(assistant, rasa):
    await assistant.handle("u3", "/start")
    await assistant.handle("u3", "/emergency@guard_test_bot")
    assert [c[1] for c in rasa.calls] == ["/greet", "/report_detained"]


async def test_check_command_with_text_sends_the_offer(assistant, rasa):
    await assistant.handle("u4", "/check customer service in Sihanoukville $2500 flight paid")
    assert rasa.calls[-1][1] == "customer service in Sihanoukville $2500 flight paid"


async def test_unknown_and_staff_commands(assistant, rasa):
    assert (await assistant.handle("u5", "/nonsense"))[0].text == t("unknown_command", "en")
    assert (await assistant.handle("u5", "/cases"))[0].text == t("staff_only", "en")
    assert rasa.calls == []


async def test_language_menu_and_choice(assistant, storage):
    menu = await assistant.handle("u6", "/language")
    assert [b.payload for b in menu[0].buttons] == ["lang:en", "lang:ko", "lang:id"]
    chosen = await assistant.handle("u6", "lang:id", from_button=True)
    assert chosen[0].text == t("language_changed", "id")
    user = storage.get_user("u6")
    assert user["language"] == "id" and user["language_explicit"] == 1


async def test_explicit_choice_sticks_over_detected_language(assistant, rasa):
    await assistant.handle("u7", "lang:ko", from_button=True)
    await assistant.handle("u7", "my brother went to cambodia and stopped answering")
    assert rasa.calls[-1][2] == "ko"


@pytest.mark.parametrize(
    "payload",
    ["/drop_tables", '/ask_emergency_numbers{"country": {"x": 1}}', '/greet{"password":"x"}', "lang:fr", "rm -rf", "/greet{not json}"],
)
async def test_forged_button_data_gets_kind_answer_and_menu(assistant, rasa, payload):
    replies = await assistant.handle("u8", payload, from_button=True)
    assert replies[0].text == t("expired_button", "en")
    assert rasa.calls == [("u8", "/help", "en")]


async def test_valid_button_with_entities_passes(assistant, rasa):
    await assistant.handle("u9", '/ask_emergency_numbers{"country":"MM"}', from_button=True)
    assert rasa.calls[-1][1] == '/ask_emergency_numbers{"country":"MM"}'


async def test_empty_and_emoji_only(assistant, rasa):
    assert (await assistant.handle("u10", "   "))[0].text == t("empty_message", "en")
    assert (await assistant.handle("u10", "😭😭🙏"))[0].text == t("emoji_only", "en")
    assert rasa.calls == []


async def test_huge_message_is_read_up_to_the_limit_and_user_told(assistant, rasa):
    text = "they offer customer service job in cambodia with free flight " * 100
    replies = await assistant.handle("u11", text)
    assert len(rasa.calls[-1][1]) == 4000
    assert replies[-1].text == t("truncated", "en", limit=4000)


async def test_rasa_failure_gets_an_apology_not_silence(storage):
    assistant = Assistant(storage, RecordingRasa(fail=True), INTENTS, ENTITIES)
    replies = await assistant.handle("u12", "hello there my friend how are you")
    assert replies == [Reply(t("error", "en"))]


async def test_no_reply_from_rasa_is_never_silent(storage):
    assistant = Assistant(storage, RecordingRasa(replies=[]), INTENTS, ENTITIES)
    replies = await assistant.handle("u13", "hello there my friend how are you")
    assert replies == [Reply(t("no_answer", "en"))]


async def test_delete_asks_then_deletes(assistant, rasa, storage):
    await assistant.handle("u14", "/subscribe")
    storage.save_user("u14", subscribed=1)
    confirm = await assistant.handle("u14", "/delete")
    assert [b.payload for b in confirm[0].buttons] == ["delete:yes", "delete:no"]
    assert (await assistant.handle("u14", "delete:no", from_button=True))[0].text == t("delete_cancelled", "en")
    assert storage.get_user("u14") is not None
    done = await assistant.handle("u14", "delete:yes", from_button=True)
    assert done[0].text == t("delete_done", "en")
    assert storage.get_user("u14") is None and rasa.forgotten == ["u14"]


async def test_non_text_messages_answered_in_user_language(assistant, storage):
    storage.save_user("u15", language="ko")
    assert (await assistant.handle_other("u15", "sticker"))[0].text == t("non_text", "ko")
    assert (await assistant.handle_other("u15", "location"))[0].text == t("location_received", "ko")


async def test_status_command_with_code_sends_the_code_as_entity(assistant, rasa):
    await assistant.handle("u16", "/status CASE-2026-00042")
    assert rasa.calls[-1][1] == '/ask_case_status{"case_code": "CASE-2026-00042"}'
