"""The channel-free assistant, with a recording stand-in for Rasa."""
import pytest

from bot.offers import texts as risk_texts
from bot.core.assistant import Assistant, Button, Reply
from bot.contacts.book import ContactBook
from bot.settings import ROOT
from bot.language.texts import t

BOOK = ContactBook.load(ROOT / "db" / "seeds" / "contacts.yaml")

INTENTS = ["greet", "help", "report_detained", "ask_emergency_numbers", "check_job_offer", "ask_case_status"]
ENTITIES = ["country", "case_code"]


class RecordingRasa:
    def __init__(self, replies=None, fail=False):
        self.calls = []
        self.forgotten = []
        self.replies = replies if replies is not None else [{"text": "answer", "buttons": [{"title": "Go", "payload": "/help"}]}]
        self.fail = fail
        self.intent = "greet"
        self.parsed = []

    async def handle(self, sender_id, text, language):
        self.calls.append((sender_id, text, language))
        if self.fail:
            raise RuntimeError("model broke")
        return self.replies

    async def parse(self, text):
        self.parsed.append(text)
        return {"intent": {"name": self.intent, "confidence": 0.9}}

    async def forget(self, sender_id):
        self.forgotten.append(sender_id)


@pytest.fixture
def rasa():
    return RecordingRasa()


@pytest.fixture
def assistant(storage, rasa):
    return Assistant(storage, rasa, INTENTS, ENTITIES, BOOK)


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
    await assistant.handle("u3", "/subscribe@guard_test_bot")
    assert [c[1] for c in rasa.calls] == ["/greet", "/subscribe_alerts"]


async def test_emergency_command_is_answered_without_the_model(assistant, rasa):
    replies = await assistant.handle("u3b", "/emergency@guard_test_bot")
    assert replies[0].text.startswith(t("detained_intro", "en")) and "117" in replies[0].text
    assert rasa.calls == [] and rasa.parsed == []


async def test_check_command_with_text_checks_the_offer_itself(assistant, rasa):
    replies = await assistant.handle("u4", "/check customer service in Sihanoukville $2500 flight paid")
    assert replies[0].text.startswith(risk_texts.t("level_high", "en"))
    assert "«Sihanoukville»" in replies[0].text
    assert rasa.calls == []


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
    text = "my brother has not answered since he left home last month " * 100
    replies = await assistant.handle("u11", text)
    assert len(rasa.calls[-1][1]) == 4000
    assert replies[-1].text == t("truncated", "en", limit=4000)


async def test_rasa_failure_gets_an_apology_not_silence(storage):
    assistant = Assistant(storage, RecordingRasa(fail=True), INTENTS, ENTITIES, BOOK)
    replies = await assistant.handle("u12", "hello there my friend how are you")
    assert replies == [Reply(t("error", "en"))]


async def test_no_reply_from_rasa_is_never_silent(storage):
    assistant = Assistant(storage, RecordingRasa(replies=[]), INTENTS, ENTITIES, BOOK)
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


async def test_keyword_gets_the_card_first_and_the_model_adds_nothing_for_detained(assistant, rasa):
    rasa.intent = "report_detained"
    replies = await assistant.handle("u20", "살려주세요 시아누크빌에 갇혀 있어요")
    assert replies[0].text.startswith(t("detained_intro", "ko")) and "117" in replies[0].text
    assert rasa.calls == []  # the card was not sent twice


async def test_keyword_card_then_the_missing_person_flow(assistant, rasa):
    rasa.intent = "report_missing"
    replies = await assistant.handle("u21", "adik saya disekap di kamboja, tolong")
    assert replies[0].text.startswith(t("detained_intro", "id"))
    assert rasa.calls == [("u21", "adik saya disekap di kamboja, tolong", "id")]
    assert replies[-1] == Reply("answer", [Button("Go", "/help")])


async def test_host_country_named_in_the_message_is_used_and_remembered(assistant, storage):
    replies = await assistant.handle("u22", "help me I'm trapped in KK Park")
    assert t("card_local_title", "en", country="Myanmar") in replies[0].text
    assert storage.get_user("u22")["host_country"] == "MM"
    again = await assistant.handle("u22", "/emergency")
    assert t("card_local_title", "en", country="Myanmar") in again[0].text


async def test_nationality_confirmed_with_one_tap(assistant, storage):
    replies = await assistant.handle("u23", "/contacts", client_language="ko")
    assert ("네, 한국 맞아요", "nat:KR") in [(b.title, b.payload) for r in replies for b in r.buttons]
    confirmed = await assistant.handle("u23", "nat:KR", from_button=True)
    assert confirmed[0].text == t("nationality_saved", "ko", country="한국")
    assert storage.get_user("u23")["nationality"] == "KR"
    assert "nat:KR" not in [b.payload for r in confirmed[1:] for b in r.buttons]


async def test_other_nationality_from_the_menu(assistant, storage):
    menu = await assistant.handle("u24", "nat:menu", from_button=True)
    assert "nat:PH" in [b.payload for b in menu[0].buttons]
    card = await assistant.handle("u24", "nat:PH", from_button=True)
    assert storage.get_user("u24")["nationality"] == "PH"
    assert "+855" in card[1].text  # the Philippine embassy in Phnom Penh, from the data


async def test_country_buttons_change_the_card(assistant, storage):
    card = await assistant.handle("u25", "card:emergency:TH", from_button=True)
    assert "191" in card[0].text and storage.get_user("u25")["host_country"] == "TH"


async def test_limited_mode_still_gives_the_card(storage):
    limited = Assistant(storage, None, INTENTS, ENTITIES, BOOK)
    card = await limited.handle("u26", "tolong")
    assert card[0].text.startswith(t("detained_intro", "id")) and "117" in card[0].text
    contacts = await limited.handle("u26", "/contacts")
    assert "+855 12 813 282" in contacts[0].text  # KBRI Phnom Penh, guessed from the language
    offer = await limited.handle("u26", "is this job offer legit? customer service in bavet, free flight")
    assert offer[0].text.startswith(risk_texts.t("level_high", "en"))  # the checker needs no model
    assert offer[1].text == t("limited_mode", "en")
    other = await limited.handle("u26", "my brother has not answered for two weeks")
    assert other[0].text == t("limited_mode", "en")
    assert [b.payload for b in other[0].buttons] == ["card:emergency:KH", "card:contacts:KH"]


async def test_forwarded_offer_is_checked_and_keeps_the_users_language(assistant, rasa, storage):
    storage.save_user("u27", language="ko")
    ad = "URGENT customer service job in Poipet, salary $2000, no experience, visa free entry, contact telegram @fastjob"
    replies = await assistant.handle("u27", ad, forwarded=True)
    assert replies[0].text.startswith(risk_texts.t("level_high", "ko"))
    assert storage.get_user("u27")["language"] == "ko" and rasa.calls == []
