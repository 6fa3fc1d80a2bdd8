"""The domain's responses: every one in en, ko and id (numbers: tests/test_no_invented_numbers.py)."""
import re

import yaml

from bot.language.texts import t

from bot.language import SUPPORTED
from bot.settings import ROOT
from tests.domain_texts import responses

CODE = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "bot" / "dialogue" / "actions").glob("*.py")))
RULES = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "stories").rglob("*.yml"))


def languages_of(variations):
    out = set()
    for v in variations:
        conditions = v.get("condition") or []
        values = [c["value"] for c in conditions if c.get("name") == "language"]
        out.update(values or ["en"])
    return out


def test_every_response_in_every_language():
    missing = {key: set(SUPPORTED) - languages_of(v) for key, v in responses().items() if set(SUPPORTED) - languages_of(v)}
    assert missing == {}


def test_variations_differ_by_language():
    for key, variations in responses().items():
        texts = [v.get("text", "") for v in variations]
        assert len(set(texts)) == len(texts), key


def test_buttons_identical_payloads_across_languages():
    for key, variations in responses().items():
        payloads = {tuple(b["payload"] for b in v.get("buttons", [])) for v in variations}
        assert len(payloads) == 1, key


def test_every_used_response_exists():
    used = set(re.findall(r"\butter_[a-z_]+", CODE + RULES)) - {"utter_message", "utter_action"}  # utter_action: Rasa's metadata key
    assert (used | {"utter_default"}) - set(responses()) == set()


def test_every_form_question_is_asked_in_every_language():
    """Each form slot has a question: a response, or an `action_ask_<slot>` with its own texts."""
    from bot.dialogue.actions.detained import SLOTS as DETAINED
    from bot.dialogue.actions.questions import ASKED

    domain = yaml.safe_load((ROOT / "responses" / "domain.yml").read_text(encoding="utf-8"))
    for form in domain["forms"].values():
        for slot in form["required_slots"]:
            assert f"action_ask_{slot}" in domain["actions"] or f"utter_ask_{slot}" in responses(), slot
            assert slot in ASKED or slot in DETAINED, slot
            for language in SUPPORTED:
                assert t(f"ask_{slot}", language) != t(f"ask_{slot}", "en") or language == "en", (slot, language)


def test_domain_slots_language_values_match_supported():
    domain = yaml.safe_load((ROOT / "responses" / "domain.yml").read_text(encoding="utf-8"))
    assert domain["slots"]["language"]["values"] == list(SUPPORTED)


# A reader of Thai, Vietnamese or Chinese is told how to check an offer with their own country's
# office (verify-and-advice.md section 1), not only Korea's KOTRA or Indonesia's SISKOP2MI, and the
# way home does not end on a line for Indonesian citizens (KBRI's SPLP).
OWN_OFFICE = {"th": "กรมการจัดหางาน", "vi": "Cục Quản lý lao động ngoài nước", "zh": "对外劳务合作"}
OWN_CHAT_APP = {"th": "LINE", "vi": "Zalo", "zh": "微信"}


def test_checking_an_offer_names_the_readers_own_office():
    from tests.domain_texts import text

    for language, office in OWN_OFFICE.items():
        for key in ("utter_verify_agency", "utter_check_job_offer"):
            answer = text(key, language)
            assert office in answer, (key, language)
            assert "SISKOP2MI" not in answer and "KOTRA" not in answer, (key, language)
    english = text("utter_verify_agency", "en")
    assert all(word in english for word in ("KOTRA", "SISKOP2MI", "Department of Employment", "DOLAB", "Ministry of Commerce"))


def test_scam_signs_name_the_chat_app_recruiters_use_with_the_reader():
    from tests.domain_texts import text

    for language, app in OWN_CHAT_APP.items():
        answer = text("utter_scam_signs", language)
        assert app in answer and "KakaoTalk" not in answer, language


def test_the_way_home_has_no_line_for_another_nationality():
    from tests.domain_texts import text

    for language in ("th", "vi", "zh"):
        assert "KBRI" not in text("utter_repatriation", language), language
    assert "KBRI" in text("utter_repatriation", "id")


def test_the_travel_advisory_starts_with_the_readers_own_government():
    """Thailand's and China's warnings, and Vietnam's lack of a level system, come before Korea's."""
    from tests.domain_texts import text

    own = {"th": "กระทรวงการต่างประเทศไทย", "vi": "Bộ Ngoại giao Việt Nam", "zh": "中国外交部"}
    for language, government in own.items():
        bullets = [line for line in text("utter_travel_advisory", language).split("\n") if line.startswith("•")]
        assert government in bullets[0], language
