"""The report flows' frontend side, without the model: the /report chooser, skip and back,
photos and pasted ads inside a form, and a reporter or staff member writing to a case."""

from bot.dialogue.backend import FormState
from bot.dialogue.actions.questions import SKIPPED
from bot.language.texts import t
from tests.support.assistants import STAFF_ID, payloads, press
from tests.support.recording import assistant, rasa  # noqa: F401 (fixtures)

MISSING = ("missing_relation", "missing_where", "missing_last_seen", "missing_name", "missing_age", "missing_recruited",
           "missing_job", "missing_ransom", "missing_passport", "missing_photo", "missing_reporter")


def _asking(rasa, slot, form="missing_person_form", slots=MISSING):
    rasa.form = FormState(form, slot, slots.index(slot), slots)


async def test_report_offers_the_three_reports_in_the_users_language(assistant, rasa, storage):
    storage.save_user("u1", language="ko")
    replies = await assistant.handle("u1", "/report")
    assert replies[0].text == t("report_menu", "ko")
    assert payloads(replies) == ["/report_detained", "/report_missing", "/report_recruiter"]
    assert [b.title for b in replies[0].buttons][2] == t("btn_report_recruiter", "ko")
    await press(assistant, "u1", "/report_recruiter")
    assert rasa.calls[-1] == ("u1", "/report_recruiter", "ko")


async def test_skip_leaves_an_optional_question_empty_and_refuses_a_required_one(assistant, rasa):
    _asking(rasa, "missing_job")
    await press(assistant, "u2", "form:skip")
    assert rasa.continued == [("u2", {"missing_job": SKIPPED})]
    _asking(rasa, "missing_age")
    replies = await press(assistant, "u2", "form:skip")
    assert replies[0].text == t("form_not_optional", "en") and replies[1].text == "question for missing_age"
    assert len(rasa.continued) == 1


async def test_back_asks_the_question_before_again(assistant, rasa):
    _asking(rasa, "missing_age")
    await press(assistant, "u3", "form:back")
    assert rasa.continued == [("u3", {"missing_name": None})]
    _asking(rasa, "missing_relation")
    replies = await press(assistant, "u3", "form:back")
    assert replies[0].text == t("form_no_back", "en") and len(rasa.continued) == 1


async def test_skip_or_back_with_no_form_open_is_an_old_button(assistant, rasa):
    replies = await press(assistant, "u4", "form:skip")
    assert replies[0].text == t("expired_button", "en") and rasa.continued == []


async def test_a_photo_answers_the_photo_question_and_nothing_else(assistant, rasa, storage):
    storage.save_user("u5", language="id")
    _asking(rasa, "missing_photo")
    replies = await assistant.handle_other("u5", "photo", file_id="AgACAgQAAxkBAAIBfoto")
    assert replies[0].text == t("photo_kept", "id")
    assert rasa.continued == [("u5", {"missing_photo": "photo:AgACAgQAAxkBAAIBfoto"})]
    # A photo (or a voice note) where a text answer was asked: asked again, nothing stored.
    _asking(rasa, "missing_name")
    replies = await assistant.handle_other("u5", "photo", file_id="AgACAgQAAxkBAAIBfoto2")
    assert [r.text for r in replies] == [t("form_want_text", "id"), "question for missing_name"]
    assert len(rasa.continued) == 1


async def test_a_forwarded_ad_is_the_answer_where_the_report_asks_for_it(assistant, rasa):
    ad = "URGENT CS Kamboja gaji 15jt/bulan, tiket & visa ditanggung, tanpa pengalaman, hubungi wa.me/6281299998888"
    _asking(rasa, "recruiter_ad", form="recruiter_form", slots=("recruiter_who", "recruiter_ad"))
    replies = await assistant.handle("u6", ad, forwarded=True)
    assert rasa.continued == [("u6", {"recruiter_ad": ad})] and rasa.calls == []
    assert replies[0].text == "continued ['recruiter_ad']"  # not the offer checker's verdict


async def _case(assistant, reporter="tg:7", kind="missing", language="id"):
    actor = assistant.access.actor(reporter)
    token = assistant.cases.draft(reporter, kind, language, {"relation": "adik"}, "ID", "KH")
    return assistant.cases.confirm(actor, token)[0]


async def test_a_reporter_adds_information_to_their_case(assistant, rasa, storage):
    case = await _case(assistant)
    told = []

    async def notify(notice):
        told.append(notice)

    assistant.notify = notify
    storage.save_user("tg:7", language="id")
    prompt = await press(assistant, "tg:7", f"case:add:{case.code}")
    assert prompt[0].text == t("case_add_prompt", "id", code=case.code)
    done = await assistant.handle("tg:7", "dia terakhir kirim pesan dari gedung Jin Bei 4")
    assert done[0].text == t("case_added", "id", code=case.code) and rasa.calls == []
    assert told[0].target == "staff" and case.code in told[0].text
    # The next message is the model's again.
    await assistant.handle("tg:7", "makasih")
    assert rasa.calls == [("tg:7", "makasih", "id")]


async def test_cancel_adds_nothing_and_a_photo_can_be_added(assistant, rasa, storage):
    case = await _case(assistant)
    await press(assistant, "tg:7", f"case:add:{case.code}")
    assert (await assistant.handle("tg:7", "/cancel"))[0].text == t("add_cancelled", "en")
    await press(assistant, "tg:7", f"case:add:{case.code}")
    done = await assistant.handle_other("tg:7", "photo", file_id="AgACAgQAAxkBAAIBfoto")
    assert done[0].text == t("case_added", "en", code=case.code)
    from bot.cases import store
    details = [e["detail"] for e in store.timeline(storage.db.conn, case.code) if e["kind"] == "reporter_info"]
    assert details == [{"photo": "AgACAgQAAxkBAAIBfoto"}]


async def test_someone_else_cannot_add_to_or_close_a_case(assistant, rasa, storage):
    case = await _case(assistant)
    assert (await press(assistant, "tg:8", f"case:add:{case.code}"))[0].text == t("expired_button", "en")
    assert (await press(assistant, "tg:8", f"case:safe:{case.code}"))[0].text == t("expired_button", "en")
    assert (storage.get_user("tg:8") or {}).get("awaiting") is None


async def test_staff_ask_the_reporter_through_the_bot(assistant, rasa, storage):
    case = await _case(assistant, language="ko")
    told = []

    async def notify(notice):
        told.append(notice)

    assistant.notify = notify
    staff = f"tg:{STAFF_ID}"
    assert (await press(assistant, "tg:9", f"case:ask:{case.code}"))[0].text == t("staff_only", "en")
    prompt = await press(assistant, staff, f"case:ask:{case.code}")
    assert prompt[0].text == t("staff_ask_prompt", "en", code=case.code)
    sent = await assistant.handle(staff, "Do you have a recent photo of him?")
    assert sent[0].text == t("staff_question_sent", "en", code=case.code)
    assert told[0].target == "tg:7" and "Do you have a recent photo of him?" in told[0].text
    assert told[0].text.startswith(t("staff_question_to_reporter", "ko", code=case.code, text="")[:8])
    # The reporter's button to answer is signed and works.
    answer = await assistant.handle("tg:7", told[0].buttons[0]["payload"], from_button=True)
    assert answer[0].text == t("case_add_prompt", "en", code=case.code)
