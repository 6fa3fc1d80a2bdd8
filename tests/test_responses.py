"""The domain's responses: every one in en, ko and id, none with a number typed in by hand."""
import re

import yaml

from bot.language import SUPPORTED
from bot.settings import ROOT
from tests.domain_texts import responses

CODE = (ROOT / "bot" / "actions" / "__init__.py").read_text(encoding="utf-8")
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
    used = set(re.findall(r"\butter_[a-z_]+", CODE + RULES)) - {"utter_message"}
    form_questions = {f"utter_ask_{slot}" for slot in ("missing_relation", "missing_where", "missing_last_seen")}
    assert (used | form_questions | {"utter_default"}) - set(responses()) == set()


def test_no_phone_numbers_typed_into_responses():
    """Numbers come from the contacts data with their date, through the actions, never from a text."""
    not_phones = re.compile(
        r"CASE-\d{4}-\d{5}"  # case code examples
        r"|[\w.-]+\.(?:go|or)\.(?:kr|id)\S*"  # government sites (0404.go.kr)
        r"|(?<!\d)(?:19|20)\d\d(?!\d)"  # years
        r"|(?:USD|KRW|Rp|US\$|\$)\s?[\d.,–-]+"  # money with a currency first
        r"|\d[\d.,–-]*\s?(?:만|원|juta|km|%)"  # money or distances with a unit after
    )
    number = re.compile(r"\+?\d(?:[\d\s-]*\d)?")
    for key, variations in responses().items():
        for v in variations:
            text = not_phones.sub(" ", v.get("text", ""))
            for found in number.findall(text):
                assert len(re.sub(r"\D", "", found)) < 3, (key, found)


def test_domain_slots_language_values_match_supported():
    domain = yaml.safe_load((ROOT / "responses" / "domain.yml").read_text(encoding="utf-8"))
    assert domain["slots"]["language"]["values"] == list(SUPPORTED)
