"""The training data keeps the NLU contract: every intent in every language, canonical values."""
import json
import re
from collections import Counter

import pytest
import yaml

from bot.settings import ROOT

from bot.language import SUPPORTED

LANGS = SUPPORTED
CONTRACT_INTENTS = (
    "greet goodbye thank affirm deny help bot_challenge check_job_offer ask_scam_signs ask_verify_agency "
    "report_detained report_missing report_recruiter ask_embassy_contact ask_emergency_numbers "
    "ask_travel_advisory ask_repatriation ask_case_status subscribe_alerts unsubscribe_alerts change_language "
    "request_human out_of_scope"
).split()
ANNOTATION = re.compile(r"\[([^\]]+)\](?:\(([a-z_]+)\)|\{([^}]*)\})")
ISO = {"KH", "MM", "LA", "TH", "VN", "KR", "ID", "PH", "MY", "CN"}


def examples(lang):
    data = yaml.safe_load((ROOT / "nlu" / lang / "nlu.yml").read_text(encoding="utf-8"))
    for block in data["nlu"]:
        for line in block.get("examples", "").splitlines():
            if line.strip().startswith("- "):
                yield block["intent"], line.strip()[2:]


def canonical_values():
    """Canonical values are the synonym targets in nlu/entities.yml (a language's own entity
    file maps its spellings to these, never to new values)."""
    data = yaml.safe_load((ROOT / "nlu" / "entities.yml").read_text(encoding="utf-8"))
    return {block["synonym"] for block in data["nlu"] if "synonym" in block}


def test_languages_entity_files_map_to_canonical_values():
    canonical = canonical_values() | ISO
    for path in sorted((ROOT / "nlu").glob("*/entities.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        targets = {block["synonym"] for block in data["nlu"] if "synonym" in block}
        assert targets <= canonical, (path.parent.name, targets - canonical)


@pytest.mark.parametrize("lang", LANGS)
def test_every_contract_intent_has_40_examples(lang):
    counts = Counter(intent for intent, _ in examples(lang))
    assert {i: counts[i] for i in CONTRACT_INTENTS if counts[i] < 40} == {}


@pytest.mark.parametrize("lang", LANGS)
def test_long_pasted_offers_are_in_the_data(lang):
    long_offers = [text for intent, text in examples(lang) if intent == "check_job_offer" and len(text) >= 200]
    assert len(long_offers) >= 10


def test_no_text_under_two_intents():
    seen = {}
    clash = []
    for lang in LANGS:
        for intent, text in examples(lang):
            plain = ANNOTATION.sub(lambda m: m.group(1), text).strip().lower()
            if seen.setdefault(plain, intent) != intent:
                clash.append((plain, seen[plain], intent))
    assert clash == []


@pytest.mark.parametrize("lang", LANGS)
def test_entity_values_are_canonical(lang):
    canonical = canonical_values()
    wrong = []
    for _, text in examples(lang):
        for m in ANNOTATION.finditer(text):
            entity, value = (m.group(2), m.group(1)) if m.group(2) else (
                json.loads("{" + m.group(3) + "}")["entity"], json.loads("{" + m.group(3) + "}").get("value", m.group(1)))
            if entity == "country" and value not in ISO:
                wrong.append((entity, value))
            elif entity in ("location", "platform", "job_type", "relation") and value not in canonical:
                wrong.append((entity, value))
    assert wrong == []
