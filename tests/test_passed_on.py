"""Someone else's words in a message: a friend's job offer passed on is checked as an offer
(the model may read its "they keep your phone" as the writer held); a relative's words of
danger passed on by the family bring the card before the report's questions."""
import pytest

from bot.contacts import emergency
from bot.core.assistant import passed_on_offer
from bot.dialogue.backend import FormState, Reading
from bot.language.texts import t
from bot.offers.check import has_offer, invites
from bot.offers.risk import analyse
from bot.offers.texts import t as offer_t
from tests.support.assistants import RecordingRasa, make_assistant, payloads

PASSED_ON = {
    "en": "my friend says: they give u a new phone there, leave your old phone at home. flight paid, 1800usd, "
          "customer service in Sihanoukville. want to come?",
    "id": "temen kuliah aku bilang: kerja admin di Bavet gaji 20jt, hp pribadi dititip ke kantor, tiket dibayarin. mau ikut gak?",
    "vi": "bạn em nhắn: qua Bavet làm cskh lương 25tr, cty phát đt mới, đt cũ khỏi mang, bao vé. đi ko hay để tao rủ đứa khác",
    "zh": "我朋友说：西港做客服 月薪1万5 包机票 公司发新手机 自己的手机不用带 你要不要来",
}


class ReadAs(RecordingRasa):
    """The model's reading of every message: `intent`, with `detained` for report_detained."""

    def __init__(self, intent, detained, replies):
        super().__init__(replies=replies)
        self.intent = intent
        self._reading = Reading(intent, detained)

    def reading(self, sender_id):
        return self._reading


class StartsReport(ReadAs):
    """The model's reply opens the family's report (a form is active after it)."""

    async def handle(self, sender_id, text, language):
        replies = await super().handle(sender_id, text, language)
        self.form = self.form or FormState("missing_person_form", "missing_last_contact", 0, ())
        return replies


@pytest.mark.parametrize("lang", sorted(PASSED_ON))
async def test_a_friends_offer_read_as_a_cry_is_checked_with_the_card_one_tap_away(storage, lang):
    rasa = ReadAs("report_detained", 0.6, replies=[{"text": "the emergency card"}])
    replies = await make_assistant(storage, rasa).handle("tg:1", PASSED_ON[lang], client_language=lang)
    assert replies[0].text.startswith(offer_t("level_high", lang))
    assert any(p.startswith("card:emergency") for p in payloads(replies))
    assert "the emergency card" not in [r.text for r in replies] and rasa.calls == []


async def test_a_relatives_cry_passed_on_stays_with_the_card(storage):
    text = "my brother just texted: they took my passport and won't let me leave, the customer service job in Bavet was fake, help"
    rasa = ReadAs("report_detained", 0.9, replies=[{"text": "the report's first question"}])
    replies = await make_assistant(storage, rasa).handle("tg:2", text, client_language="en")
    assert not any(r.text.startswith(offer_t("level_high", "en")) for r in replies)
    assert replies[0].text.startswith((t("detained_intro", "en"), "🚨"))


@pytest.mark.parametrize("lang, text", [
    ("en", "My daughter's last message was 'mum they lock us in at night, dont tell anyone'. It was 5 days ago."),
    ("id", "pesan terakhir anak saya 'ma mereka ngunci kami tiap malem'. itu 5 hari lalu"),
    ("vi", "tin nhắn cuối của con gái tôi 'mẹ ơi họ khóa cửa nhốt tụi con ban đêm'. 5 ngày rồi"),
    ("zh", "我女儿最后一条消息是'妈 晚上他们把我们锁起来'，已经5天了"),
])
async def test_a_familys_report_quoting_words_of_danger_gets_the_card_before_its_questions(storage, lang, text):
    rasa = StartsReport("report_missing", 0.3, replies=[{"text": "When did you last hear from them?"}])
    replies = await make_assistant(storage, rasa).handle("tg:3", text, client_language=lang)
    assert replies[0].text == t("relative_danger", lang)
    assert any(p.startswith("card:emergency") for p in payloads(replies[:1]))
    assert replies[-1].text == "When did you last hear from them?"


async def test_any_familys_report_gets_the_card_one_tap_before_its_questions(storage):
    """Their relative may be held right now whatever words they use: "they will hurt me"."""
    rasa = StartsReport("report_missing", 0.05, replies=[{"text": "When did you last hear from them?"}])
    replies = await make_assistant(storage, rasa).handle("tg:4", "my son went to Cambodia in March and we have not heard from him",
                                                         client_language="en")
    assert [r.text for r in replies] == [t("relative_danger", "en"), "When did you last hear from them?"]


async def test_a_family_report_question_answered_inside_the_form_is_not_offered_the_card_again(storage):
    rasa = StartsReport("report_missing", 0.05, replies=[{"text": "How old is he?"}])
    rasa.form = FormState("missing_person_form", "missing_name", 1, ("missing_relation",))
    replies = await make_assistant(storage, rasa).handle("tg:4", "Kevin", client_language="en")
    assert [r.text for r in replies] == ["How old is he?"]


@pytest.mark.parametrize("text", list(PASSED_ON.values()))
def test_an_offer_passed_on_invites_the_reader(text):
    assert invites(text) and emergency.relayed(text)
    assert passed_on_offer("report_detained", text)


@pytest.mark.parametrize("text", [
    "my brother just texted: they took my passport, they won't let me leave, please help",
    "em gái nhắn: họ nói em nợ tiền vé 120 triệu, trả hết mới đc về",
    "我妹发消息：他们说我欠机票钱 还清之前不让走",
    "adek gw chat: katanya aku utang tiket 75jt, gak boleh pulang sblm lunas",
])
def test_a_relatives_cry_passed_on_is_not_an_offer(text):
    assert not passed_on_offer("report_detained", text)


def test_only_a_reading_as_someone_held_is_overruled():
    assert not passed_on_offer("report_missing", PASSED_ON["en"])
    assert not passed_on_offer("check_job_offer", PASSED_ON["en"])


@pytest.mark.parametrize("text", [
    "mum they lock us in at night",
    "she wrote 'they are watching me type'",
    "tomorrow they are moving us to another compound",
    "he says he can't leave until he pays",
    "mereka ngunci kami kalo malem",
    "mereka liatin aku ngetik",
    "besok kita dipindah ke komplek lain",
    "밤에 문 잠가",
    "지금 쓰는 거 보고 있어",
    "เขาล็อคห้องพวกหนู",
    "เขาดูหนูพิมพ์อยู่",
    "họ đang nhìn con nhắn",
    "mai tụi nó chuyển tụi tao qua khu khác",
    "他们在看着我打字",
    "晚上他们把我们锁起来",
])
def test_a_relatives_words_of_danger_are_danger_cues(text):
    assert emergency.danger_cue(text)


@pytest.mark.parametrize("text", [
    "lock the door at night before you sleep",
    "my dad is watching the football tonight",
    "we are moving to another apartment next month",
])
def test_everyday_words_near_those_cues_are_not(text):
    assert not emergency.danger_cue(text)


def test_a_long_message_without_any_job_is_no_offer_to_rate():
    text = ("my son sent 'mum I'm ok dont worry' at midnight and two minutes later 'no not ok they are watching "
            "me type'. what does it mean???")
    assert not has_offer(analyse(text), text)
    job = "my son's friend says the hotel in Phuket is hiring cooks, 25,000 baht a month, contract through the agency"
    assert has_offer(analyse(job), job)
