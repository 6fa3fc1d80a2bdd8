"""An ad pasted just after the emergency card is the one that lured the writer or their relative
there: it is answered as evidence to keep, not with "don't travel"."""
import time

import pytest

from bot.offers.check import EVIDENCE_SECONDS, after_card, answer
from bot.offers.risk import analyse
from bot.offers.texts import LANGS, VERIFY, render, t, verify_group
from tests.support.assistants import RecordingRasa, make_assistant

AD = "Customer service in Poipet, 2500 USD, free flight, no experience needed, Telegram @hr_kh_jobs"


@pytest.mark.parametrize("lang", LANGS)
def test_a_lure_as_evidence_says_keep_it_and_report_it_in_each_language(lang):
    out = render(analyse(AD), lang, None, evidence=True)
    assert out.startswith(t("evidence_head", lang))
    assert t("evidence_what_to_do", lang) in out and "/report" in out
    steps = VERIFY[verify_group(None, lang)]
    assert t("level_high", lang) not in out and (steps.get(lang) or steps["en"]) not in out
    assert "«Poipet»" in out  # the signs are still quoted: they are what the police will read


def test_an_offer_that_is_not_a_lure_is_answered_as_usual_even_after_the_card():
    legit = "Barista in Yogyakarta, Rp 2,8 juta, walk-in interview at the cafe."
    assert render(analyse(legit), "en", None, evidence=True) == render(analyse(legit), "en", None)


def test_the_card_counts_for_half_an_hour():
    now = time.time()
    assert after_card({"last_card_at": now - 60}, now)
    assert not after_card({"last_card_at": now - EVIDENCE_SECONDS - 1}, now)
    assert not after_card({}, now) and not after_card(None, now)


async def test_an_ad_pasted_after_the_card_is_evidence(storage):
    assistant = make_assistant(storage, RecordingRasa())
    card = await assistant.handle("tg:9", "help they took my passport i cant leave", client_language="en")
    assert card[0].text.startswith(("You are not alone", "🚨"))
    ad = ("this is the ad i came for: Customer service in Poipet, 2500 USD, free flight, no experience needed, "
          "Telegram @hr_kh_jobs, apply now, limited places")
    replies = await assistant.handle("tg:9", ad, client_language="en", forwarded=True)
    assert replies[0].text.startswith(t("evidence_head", "en"))


def test_without_the_card_the_lure_says_dont_travel(storage):
    out = answer(analyse(AD), "en", {"last_card_at": 0}, storage.db)
    assert out.startswith(t("level_high", "en"))


async def test_a_friends_offer_put_to_the_writer_after_the_card_is_still_weighed_as_an_offer(storage):
    """The card given, then "my friend says: ... want to come?": someone deciding whether to go."""
    assistant = make_assistant(storage, RecordingRasa())
    await assistant.handle("tg:10", "help they took my passport i cant leave", client_language="en")
    offer = ("my friend says: customer service in Poipet, 2500 USD, free flight, no experience needed, "
             "Telegram @hr_kh_jobs. want to come?")
    replies = await assistant.handle("tg:10", offer, client_language="en", forwarded=True)
    assert replies[0].text.startswith(t("level_high", "en"))
