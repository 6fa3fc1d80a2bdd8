"""A question about the offer just checked, answered from its kept verdict (never its words)."""
from __future__ import annotations

import json

import pytest

from bot.offers import followup
from bot.offers.risk import analyse
from bot.offers.texts import FLAG_TEXTS, LANGS, TEXTS, t

LURE = ("Customer service job in Sihanoukville, $3000/month, no experience needed, free flight. "
        "You can't leave the compound the first 3 months. Contact Telegram only.")
LAWFUL = "Line cook wanted at our restaurant in Seoul, 2.3 million won a month, 5 days a week, apply in person."


def test_the_verdict_is_kept_without_the_offers_words(storage):
    storage.save_user("tg:1", language="en")
    followup.remember(storage, "tg:1", analyse(LURE), now=1000.0)
    kept = storage.get_user("tg:1")["last_check"]
    assert "Sihanoukville" not in kept and "3000" not in kept and "Telegram" not in kept
    last = followup.recall(storage.get_user("tg:1"), now=1060.0)
    assert last.risk == "high" and last.score >= 90
    assert last.flags[0][0] == "kept_inside"  # the sign that alone makes it high comes first


def test_a_user_never_seen_before_gets_a_row(storage):
    followup.remember(storage, "tg:2", analyse(LAWFUL), now=50.0)
    assert followup.recall(storage.get_user("tg:2"), now=60.0).risk == "low"


def test_an_old_or_broken_verdict_is_not_answered_from(storage):
    followup.remember(storage, "tg:3", analyse(LURE), now=0.0)
    assert followup.recall(storage.get_user("tg:3"), now=followup.FOLLOW_UP_SECONDS + 1) is None
    assert followup.recall({"last_check": "{not json"}) is None
    assert followup.recall({"last_check": json.dumps({"risk": "unknown", "score": 1, "at": 0})}, now=1) is None
    assert followup.recall({"last_check": None}) is None
    assert followup.recall(None) is None


def test_deleting_the_user_forgets_the_verdict(storage):
    followup.remember(storage, "tg:4", analyse(LURE))
    storage.delete_user("tg:4")
    assert followup.recall(storage.get_user("tg:4")) is None


@pytest.mark.parametrize("lang", LANGS)
def test_a_high_verdict_says_do_not_go_and_why_in_each_language(storage, lang):
    followup.remember(storage, "tg:5", analyse(LURE))
    last = followup.recall(storage.get_user("tg:5"))
    text = followup.answer(last, lang, None)
    assert text.startswith(t("followup_high", lang, score=last.score))
    assert f"{last.score}/100" in text
    assert t("followup_why", lang) in text
    assert FLAG_TEXTS["kept_inside"][lang] in text
    assert t("what_to_do", lang) in text and "/contacts" in text


def test_the_reasons_are_worded_for_the_readers_nationality(storage):
    followup.remember(storage, "tg:9", analyse("Customer service in Bavet, 2500 USD, free flight, Telegram only"))
    last = followup.recall(storage.get_user("tg:9"))
    assert TEXTS["travel_ban_area_kr"]["en"] in followup.answer(last, "en", "KR")
    assert FLAG_TEXTS["travel_ban_area"]["en"] in followup.answer(last, "en", "ID")


@pytest.mark.parametrize("lang", LANGS)
def test_a_low_verdict_says_check_the_employer_and_lists_no_reasons(storage, lang):
    followup.remember(storage, "tg:6", analyse(LAWFUL))
    text = followup.answer(followup.recall(storage.get_user("tg:6")), lang, "KR")
    assert text.startswith(t("followup_low", lang, score=followup.recall(storage.get_user("tg:6")).score))
    assert t("followup_why", lang) not in text


def test_the_ratio_of_the_pay_is_repeated():
    last = followup.LastCheck("high", 95, (("salary_too_high", 6.0),), 0.0)
    assert "about 6x what such work usually pays" in followup.answer(last, "en", None)
    assert "{ratio}" not in followup.answer(last, "ko", None)


def test_an_unknown_flag_in_an_old_verdict_is_left_out():
    last = followup.LastCheck("medium", 50, (("a_flag_removed_since", None),), 0.0)
    text = followup.answer(last, "vi", None)
    assert text.startswith(t("followup_medium", "vi", score=50)) and t("followup_why", "vi") not in text


@pytest.mark.parametrize("key", ["followup_high", "followup_medium", "followup_low", "followup_why"])
def test_every_follow_up_text_exists_in_every_language(key):
    assert set(LANGS) <= set(TEXTS[key])


def test_a_follow_up_that_adds_a_sign_names_it_first_and_may_raise_the_level():
    last = followup.LastCheck("medium", 55, (("costs_paid", None),), 0.0)
    added = followup.with_new_signs(last, analyse("they said come on a tourist visa and give the passport to the driver"))
    assert added.risk == "high" and added.score >= 55
    assert added.flags[0][0] in ("tourist_visa_work", "passport_handover") and ("costs_paid", None) in added.flags


def test_a_follow_up_with_nothing_new_keeps_the_verdict():
    last = followup.LastCheck("high", 93, (("destination_hub", None),), 5.0)
    assert followup.with_new_signs(last, analyse("so should I not go??")) == last


def test_the_first_question_gets_the_reasons_and_the_next_ones_a_brief_answer(storage):
    followup.remember(storage, "tg:9", analyse(LURE))
    first = followup.reply(storage, "tg:9", followup.recall(storage.get_user("tg:9")), "vi", None)
    second = followup.reply(storage, "tg:9", followup.recall(storage.get_user("tg:9")), "vi", None)
    assert t("followup_why", "vi") in first and t("what_to_do", "vi") in first
    assert second.startswith(t("followup_high", "vi", score=followup.recall(storage.get_user("tg:9")).score))
    assert t("followup_why", "vi") not in second and t("closing", "vi") in second and len(second) < len(first) / 2


def test_a_new_check_starts_the_count_again(storage):
    followup.remember(storage, "tg:10", analyse(LURE))
    followup.reply(storage, "tg:10", followup.recall(storage.get_user("tg:10")), "en", None)
    followup.remember(storage, "tg:10", analyse(LAWFUL))
    assert followup.recall(storage.get_user("tg:10")).answered == 0


@pytest.mark.parametrize("text, vouched", [
    ("tapi sepupu aku bilang aman kok, dia punya temen di sana", True),
    ("我表哥说那边很安全", True),
    ("em họ mình bảo bên đó an toàn mà", True),
    ("사촌이 거기 괜찮대요", True),
    ("my brother is missing but they said its safe", False),  # out of reach: a report
    ("anak saya di kamboja gak bisa dihubungi", False),
    ("联系不上我表哥了", False),
])
def test_someone_vouching_for_the_offer_is_told_from_a_relative_out_of_reach(text, vouched):
    assert followup.vouched_for(text) is vouched


def test_a_family_report_reading_of_a_vouch_is_a_question_about_the_offer():
    from bot.core.assistant import about_last_check

    assert about_last_check("report_missing", 0.1, "tapi sepupu aku bilang aman kok", False) is False
    assert about_last_check("report_missing", 0.1, "anak saya hilang di kamboja", False) is None
