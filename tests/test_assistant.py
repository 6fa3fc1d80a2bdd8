"""The channel-free assistant, with a recording stand-in for Rasa."""
import pytest

from bot.core.assistant import Reply
from bot.language.texts import country_name, t
from bot.offers import texts as risk_texts
from tests.support.assistants import RecordingRasa, make_assistant, payloads, press, unsigned
from tests.support.recording import assistant, rasa  # noqa: F401 (fixtures)



async def test_text_goes_to_rasa_with_detected_language(assistant, rasa):
    replies = await assistant.handle("u1", "adik saya kerja di kamboja udah 2 minggu gak bisa dihubungi")
    assert rasa.calls == [("u1", "adik saya kerja di kamboja udah 2 minggu gak bisa dihubungi", "id")]
    assert [r.text for r in replies] == ["answer"] and payloads(replies) == ["/help"]


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
    assert payloads(menu) == ["lang:en", "lang:ko", "lang:id", "lang:th", "lang:vi", "lang:zh"]
    chosen = await assistant.handle("u6", menu[0].buttons[2].payload, from_button=True)
    assert chosen[0].text == t("language_changed", "id")
    user = storage.get_user("u6")
    assert user["language"] == "id" and user["language_explicit"] == 1


async def test_explicit_choice_sticks_for_short_messages_not_for_a_whole_other_language(assistant, rasa):
    await press(assistant, "u7", "lang:ko")
    await assistant.handle("u7", "ok")
    assert rasa.calls[-1][2] == "ko"
    await assistant.handle("u7", "my brother went to cambodia and stopped answering")
    assert rasa.calls[-1][2] == "en"


async def test_an_english_choice_does_not_lock_out_a_cry_for_help(assistant, storage):
    await press(assistant, "u7b", "lang:en")
    card = await assistant.handle("u7b", "tolong")
    assert card[0].text.startswith(t("detained_intro", "id"))
    card = await assistant.handle("u7b", "살려주세요")  # a second card within minutes: the short one, in Korean
    assert card[0].text.startswith(t("card_local_title", "ko", country="캄보디아"))


async def test_a_card_repeated_within_ten_minutes_is_the_numbers_only(assistant, storage):
    first = await assistant.handle("u7c", "help")
    assert len(first) == 3 and first[0].text.startswith(t("detained_intro", "en"))
    again = await assistant.handle("u7c", "help")
    assert len(again) == 1 and "117" in again[0].text and t("cambodia_self_report", "en") not in again[0].text
    full = await assistant.handle("u7c", again[0].buttons[0].payload, from_button=True)
    assert len(full) == 3 and full[1].text == t("cambodia_self_report", "en")
    storage.save_user("u7c", last_card_at=0)  # ten minutes later
    assert len(await assistant.handle("u7c", "/emergency")) == 3


@pytest.mark.parametrize(
    "payload",
    ["/drop_tables", '/ask_emergency_numbers{"country": {"x": 1}}', '/greet{"password":"x"}', "lang:fr", "rm -rf", "/greet{not json}"],
)
async def test_forged_button_data_gets_kind_answer_and_menu(assistant, rasa, payload):
    replies = await assistant.handle("u8", payload, from_button=True)
    assert replies[0].text == t("expired_button", "en")
    assert rasa.calls == [("u8", "/help", "en")]


@pytest.mark.parametrize("payload", ["lang:ko", "nat:KR", "card:emergency:MM", "delete:yes", "/greet"])
async def test_our_payloads_without_our_signature_do_nothing(assistant, rasa, storage, payload):
    storage.save_user("u8b", language="en")
    forged = [payload, payload + "~AAAAAAAAAAA", assistant.codec.sign("lang:id").replace("lang:id", payload)]
    for data in forged:
        replies = await assistant.handle("u8b", data, from_button=True)
        assert replies[0].text == t("expired_button", "en")
    user = storage.get_user("u8b")
    assert user is not None and user["language"] == "en" and user.get("nationality") is None
    assert [c[1] for c in rasa.calls] == ["/help"] * len(forged)


async def test_valid_button_with_entities_passes(assistant, rasa):
    await press(assistant, "u9", '/ask_emergency_numbers{"country":"MM"}')
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
    assistant = make_assistant(storage, RecordingRasa(fail=True))
    replies = await assistant.handle("u12", "hello there my friend how are you")
    assert replies == [Reply(t("error", "en"))]


async def test_no_reply_from_rasa_is_never_silent(storage):
    assistant = make_assistant(storage, RecordingRasa(replies=[]))
    replies = await assistant.handle("u13", "hello there my friend how are you")
    assert replies == [Reply(t("no_answer", "en"))]


async def test_delete_asks_then_deletes(assistant, rasa, storage):
    await assistant.handle("u14", "/subscribe")
    storage.save_user("u14", subscribed=1)
    confirm = await assistant.handle("u14", "/delete")
    assert payloads(confirm) == ["delete:yes", "delete:no"]
    assert (await assistant.handle("u14", confirm[0].buttons[1].payload, from_button=True))[0].text == t("delete_cancelled", "en")
    assert storage.get_user("u14") is not None
    done = await assistant.handle("u14", confirm[0].buttons[0].payload, from_button=True)
    assert done[0].text == t("delete_done", "en")
    assert storage.get_user("u14") is None and rasa.forgotten == ["u14"]


async def test_non_text_messages_answered_in_user_language(assistant, storage):
    storage.save_user("u15", language="ko")
    assert (await assistant.handle_other("u15", "sticker"))[0].text == t("non_text", "ko")
    pin = await assistant.handle_location("u15", 16.6311, 98.5569)  # KK Park
    assert pin[0].text == t("location_in", "ko", place="KK Park, 미얀마")
    assert t("card_local_title", "ko", country="미얀마") in pin[1].text
    assert storage.get_user("u15")["host_country"] == "MM"


async def test_a_pin_near_a_border_is_asked_with_one_tap(assistant, storage):
    pin = await assistant.handle_location("u15b", 16.695, 98.505)  # by the Moei river, between two hubs
    assert pin[0].text == t("location_which", "en")
    assert payloads(pin) == ["card:emergency:MM", "card:emergency:TH"]
    assert (storage.get_user("u15b") or {}).get("host_country") is None


async def test_status_command_with_code_sends_the_code_as_entity(assistant, rasa):
    await assistant.handle("u16", "/status CASE-2026-00042")
    assert rasa.calls[-1][1] == '/ask_case_status{"case_code": "CASE-2026-00042"}'


@pytest.mark.parametrize("args", ["hello", "CASE-2026-1", "; DROP TABLE", "CASE-2026-00042 and more"])
async def test_status_command_refuses_what_is_not_a_case_code(assistant, rasa, args):
    replies = await assistant.handle("u16b", f"/status {args}")
    assert replies == [Reply(t("case_code_invalid", "en"))] and rasa.calls == []


async def test_status_command_reads_a_code_written_loosely(assistant, rasa):
    await assistant.handle("u16c", "/status case 2026 00042")
    assert rasa.calls[-1][1] == '/ask_case_status{"case_code": "CASE-2026-00042"}'


async def test_keyword_gets_the_card_first_with_the_button_that_starts_the_report(assistant, rasa):
    rasa.intent = "report_detained"
    replies = await assistant.handle("u20", "살려주세요 시아누크빌에 갇혀 있어요")
    assert replies[0].text.startswith(t("detained_intro", "ko")) and "117" in replies[0].text
    assert rasa.calls == []  # no second card from the model
    assert "/report_detained" in payloads(replies[-1:])


async def test_keyword_card_then_the_missing_person_flow(assistant, rasa):
    rasa.intent = "report_missing"
    replies = await assistant.handle("u21", "adik saya disekap di kamboja, tolong")
    assert replies[0].text.startswith(t("detained_intro", "id"))
    assert rasa.calls == [("u21", "adik saya disekap di kamboja, tolong", "id")]
    assert replies[-1].text == "answer" and payloads(replies[-1:]) == ["/help"]


async def test_a_relatives_cry_passed_on_gets_the_card_then_the_familys_report(assistant, rasa):
    # the model reads the quoted words as the writer's own: the family's report follows the card all the same
    rasa.intent = "report_detained"
    text = "my nephew sent this: i can't go out, they took my passport, need pay 3000 usd, don't call police"
    replies = await assistant.handle("u24", text)
    assert replies[0].text.startswith(t("detained_intro", "en"))
    assert rasa.calls == [("u24", "/report_missing", "en")]
    assert replies[-1].text == "answer"


async def test_the_writers_own_cry_read_as_theirs_gets_the_card_alone(assistant, rasa):
    rasa.intent = "report_detained"
    replies = await assistant.handle("u25", "they took my passport, i can't go out")
    assert replies[0].text.startswith(t("detained_intro", "en"))
    assert rasa.calls == []  # the card carries the button that starts the held person's report


async def test_host_country_named_in_the_message_is_used_and_remembered(assistant, storage):
    replies = await assistant.handle("u22", "help me I'm trapped in KK Park")
    assert t("card_local_title", "en", country="Myanmar") in replies[0].text
    assert storage.get_user("u22")["host_country"] == "MM"
    again = await assistant.handle("u22", "/emergency")
    assert t("card_local_title", "en", country="Myanmar") in again[0].text


async def test_nationality_confirmed_with_one_tap(assistant, storage):
    replies = await assistant.handle("u23", "/contacts", client_language="ko")
    assert ("네, 한국 맞아요", "nat:KR") in [(b.title, unsigned(b.payload)) for r in replies for b in r.buttons]
    confirmed = await press(assistant, "u23", "nat:KR")
    assert confirmed[0].text == t("nationality_saved", "ko", country="한국")
    assert storage.get_user("u23")["nationality"] == "KR"
    assert "nat:KR" not in payloads(confirmed[1:])


@pytest.mark.parametrize("language, yes", [("ko", "네"), ("id", "iya"), ("th", "ใช่ค่ะ"), ("en", "yes")])
async def test_nationality_confirmed_with_a_typed_yes(assistant, storage, language, yes):
    """Under "I showed the contacts for Korean citizens. Is that your nationality?" a typed "네"
    got "Anything else I can help with?": it confirms, as the button does."""
    user = f"u23{language}"
    replies = await assistant.handle(user, "/emergency", client_language=language)
    guessed = [unsigned(b.payload) for r in replies for b in r.buttons if unsigned(b.payload).startswith("nat:")]
    confirmed = await assistant.handle(user, yes, client_language=language)
    if language == "en":  # no nationality guessed from English: the menu was shown, nothing to confirm
        assert "nat:menu" not in guessed and storage.get_user(user).get("nationality") is None
        return
    code = guessed[0][4:]
    assert confirmed[0].text == t("nationality_saved", language, country=country_name(code, language))
    assert storage.get_user(user)["nationality"] == code and storage.get_user(user)["nationality_confirmed"] == 1


async def test_a_typed_no_to_the_nationality_shows_the_list_and_a_later_yes_is_no_answer(assistant, storage):
    await assistant.handle("u23x", "/emergency", client_language="id")
    menu = await assistant.handle("u23x", "bukan", client_language="id")
    assert "nat:PH" in payloads(menu) and not storage.get_user("u23x").get("nationality_confirmed")
    later = await assistant.handle("u23x", "iya", client_language="id")
    assert not storage.get_user("u23x").get("nationality_confirmed")
    assert all(not r.text.startswith(t("nationality_saved", "id", country="Indonesia")[:10]) for r in later)


async def test_other_nationality_from_the_menu(assistant, storage):
    menu = await press(assistant, "u24", "nat:menu")
    assert "nat:PH" in payloads(menu)
    card = await press(assistant, "u24", "nat:PH")
    assert storage.get_user("u24")["nationality"] == "PH"
    assert "+855" in card[1].text  # the Philippine embassy in Phnom Penh, from the data


async def test_country_buttons_change_the_card(assistant, storage):
    card = await press(assistant, "u25", "card:emergency:TH")
    assert "191" in card[0].text and storage.get_user("u25")["host_country"] == "TH"


async def test_limited_mode_still_gives_the_card(storage):
    limited = make_assistant(storage, None)
    card = await limited.handle("u26", "tolong")
    assert card[0].text.startswith(t("detained_intro", "id")) and "117" in card[0].text
    contacts = await limited.handle("u26", "/contacts")
    assert "+855 12 813 282" in contacts[0].text  # KBRI Phnom Penh, guessed from the language
    offer = await limited.handle("u26", "is this job offer legit? customer service in bavet, free flight")
    # the checker needs no model; minutes after the card, a lure is answered as evidence to keep
    assert offer[0].text.startswith(risk_texts.t("evidence_head", "en"))
    assert offer[1].text == t("limited_mode", "en")
    other = await limited.handle("u26", "my brother has not answered for two weeks")
    assert other[0].text == t("limited_mode", "en")
    assert payloads(other) == ["card:emergency:KH", "card:contacts:KH"]


async def test_forwarded_offer_is_checked_and_keeps_the_users_language(assistant, rasa, storage):
    storage.save_user("u27", language="ko")
    ad = "URGENT customer service job in Poipet, salary $2000, no experience, visa free entry, contact telegram @fastjob"
    replies = await assistant.handle("u27", ad, forwarded=True)
    assert replies[0].text.startswith(risk_texts.t("level_high", "ko"))
    assert storage.get_user("u27")["language"] == "ko" and rasa.calls == []


def _open_form(rasa, filled, slot="missing_last_seen"):
    from bot.dialogue.backend import FormState

    rasa.form = FormState("missing_person_form", slot, filled,
                          ("missing_relation", "missing_where", "missing_last_seen"))


async def test_never_mind_leaves_a_form_with_little_in_it(assistant, rasa):
    _open_form(rasa, filled=1)
    replies = await assistant.handle("u30", "eh gak jadi deh, batal aja")
    assert [r.text for r in replies] == [t("form_cancelled", "id")]
    assert rasa.cancelled == ["u30"] and rasa.calls == []


async def test_leaving_a_form_with_much_in_it_is_confirmed(assistant, rasa):
    _open_form(rasa, filled=2)
    ask = await assistant.handle("u31", "never mind")
    assert ask[0].text == t("form_cancel_confirm", "en") and payloads(ask) == ["form:stop", "form:keep"]
    kept = await assistant.handle("u31", ask[0].buttons[1].payload, from_button=True)
    assert kept[0].text == "question for missing_last_seen" and rasa.cancelled == []
    stopped = await assistant.handle("u31", ask[0].buttons[0].payload, from_button=True)
    assert stopped[0].text == t("form_cancelled", "en") and rasa.cancelled == ["u31"]


@pytest.mark.parametrize("answer", ["Bavet", "in Poipet, Cambodia", "ở Bavet ạ", "在西港"])
async def test_a_place_named_alone_answers_where_they_were(assistant, rasa, answer):
    _open_form(rasa, filled=1, slot="missing_where")
    replies = await assistant.handle("u34", answer)
    assert rasa.continued == [("u34", {"missing_where": answer})] and rasa.calls == []
    assert replies[0].text == "continued ['missing_where']"


async def test_a_question_about_a_place_during_the_report_is_for_the_model(assistant, rasa):
    _open_form(rasa, filled=1, slot="missing_where")
    await assistant.handle("u35", "is Bavet safe?")
    assert rasa.calls == [("u35", "is Bavet safe?", "en")] and rasa.continued == []


async def test_a_place_named_alone_outside_a_where_question_is_for_the_model(assistant, rasa):
    _open_form(rasa, filled=1, slot="missing_last_seen")
    await assistant.handle("u36", "Bavet")
    assert [call[:2] for call in rasa.calls] == [("u36", "Bavet")] and rasa.continued == []


async def test_stop_outside_a_form_is_for_the_model(assistant, rasa):
    await assistant.handle("u32", "stop")
    assert rasa.calls == [("u32", "stop", "en")]


async def test_a_command_ends_an_open_form_then_runs(assistant, rasa):
    _open_form(rasa, filled=1)
    replies = await assistant.handle("u33", "/start")
    assert replies[0].text == t("form_stopped_for_command", "en") and rasa.cancelled == ["u33"]
    assert rasa.calls == [("u33", "/greet", "en")]


async def test_emergency_pauses_a_form_and_never_ends_it(assistant, rasa):
    _open_form(rasa, filled=2)
    card = await assistant.handle("u34", "/emergency")
    assert card[0].text.startswith(t("detained_intro", "en")) and rasa.cancelled == []


async def test_delete_says_what_happens_to_reports_and_keeps_them_for_staff(assistant, storage):
    actor = assistant.access.actor("u40")
    token = assistant.cases.draft("u40", "missing", "en", {"relation": "brother"}, "KR", "KH")
    code = assistant.cases.confirm(actor, token)[0].code
    storage.save_user("u40", language="en")
    confirm = await assistant.handle("u40", "/delete")
    assert t("delete_cases_note", "en", codes=code) in confirm[0].text
    await assistant.handle("u40", confirm[0].buttons[0].payload, from_button=True)
    assert storage.get_user("u40") is None
    assert storage.db.execute("SELECT status FROM cases WHERE code = ?", [code]).fetchone()[0] == "new"


async def test_a_reader_of_traditional_chinese_is_offered_taiwan_hong_kong_and_malaysia(assistant, storage):
    """Traditional characters ("大使館電話") may come from Taiwan, Hong Kong or Malaysia as well as
    from China: one tap confirms any of them; a reader of Simplified gets China and "other"."""
    traditional = await assistant.handle("u26t", "救命 我被關在妙瓦底 護照被扣", client_language="zh")
    offered = [unsigned(b.payload) for r in traditional for b in r.buttons if unsigned(b.payload).startswith("nat:")]
    assert offered == ["nat:CN", "nat:TW", "nat:HK", "nat:MY", "nat:menu"]
    assert storage.get_user("u26t")["han_script"] == "hant"
    taiwan = await press(assistant, "u26t", "nat:TW")
    assert taiwan[0].text == t("nationality_saved", "zh", country="台湾")
    assert "+886 800 085 095" in "\n".join(r.text for r in taiwan)  # MOFA's emergency line, from the data
    simplified = await assistant.handle("u26s", "救命 我被关在妙瓦底 护照被扣", client_language="zh")
    offered = [unsigned(b.payload) for r in simplified for b in r.buttons if unsigned(b.payload).startswith("nat:")]
    assert offered == ["nat:CN", "nat:menu"]


@pytest.mark.parametrize("language, done", [("th", "เสร็จแล้วค่ะ"), ("id", "selesai"), ("en", "done")])
async def test_done_typed_under_the_advisory_countries_closes_the_menu(assistant, storage, language, done):
    """"เสร็จ" typed under the countries' menu was read by the model, and got the card offered:
    it is the menu's Done, as pressed, after the toggles pressed before it."""
    user = f"u27{language}"
    storage.save_user(user, language=language)
    menu = await press(assistant, user, "sub:MM")  # a country toggled: the menu again, MM checked
    assert "sub:done" in payloads(menu)
    saved = await assistant.handle(user, done, client_language=language)
    assert saved[0].text.startswith(t("subscribe_saved", language, countries="")[:6])
    assert storage.get_user(user)["subscribed"] == 1
    assert storage.get_user(user)["alert_hosts"] is not None and "MM" in storage.get_user(user)["alert_hosts"]
    later = await assistant.handle(user, done, client_language=language)  # the menu is closed now
    assert not later or not later[0].text.startswith(t("subscribe_saved", language, countries="")[:6])
