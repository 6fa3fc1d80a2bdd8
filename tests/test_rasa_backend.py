"""The in-process Rasa backend: custom actions run here, with Rasa's own error handling."""
import pytest
from rasa.core.actions.action import RemoteAction

from bot.dialogue.backend import _in_process_endpoint


class Endpoint:
    def __init__(self, in_process):
        self.in_process = in_process


def test_own_actions_skip_the_schema_check_other_servers_keep_it():
    endpoint = _in_process_endpoint([])
    assert endpoint.in_process
    bad = {"events": [{"event": "no_such_event"}], "responses": "not a list"}
    own = RemoteAction.__new__(RemoteAction)
    own.action_endpoint = endpoint
    assert own._validate_action_result(bad) is True
    remote = RemoteAction.__new__(RemoteAction)
    remote.action_endpoint = Endpoint(False)
    try:
        remote._validate_action_result(bad)
    except Exception as error:  # jsonschema's ValidationError
        assert "Failed to validate Action server response" in str(error)
    else:
        raise AssertionError("a real action server's bad answer must be refused")


def test_in_a_familys_report_the_relatives_situation_is_an_answer_however_sure():
    """"some casino town near a river" (report_detained 0.85) left the family's report for the
    writer's own card; in the detained report itself, a sure reading still leaves the question."""
    from bot.dialogue.backend import answer_in_form

    read = {"text": "some casino town near a river", "intent": {"name": "report_detained", "confidence": 0.85}}
    assert answer_in_form(read, "missing_person_form")["intent"]["name"] == "nlu_fallback"
    assert answer_in_form(read, "detained_form") == read
    asked = {"text": "embassy number please", "intent": {"name": "ask_embassy_contact", "confidence": 0.9}}
    assert answer_in_form(asked, "missing_person_form") == asked


def test_a_digression_that_changes_what_the_user_receives_needs_the_model_surer():
    """"tuan truoc" ("last week", typed for a date) read as subscribe_alerts at 0.48 subscribed a
    family in the middle of their report."""
    from bot.dialogue.backend import answer_in_form

    read = {"text": "tuan truoc", "intent": {"name": "subscribe_alerts", "confidence": 0.48}}
    assert answer_in_form(read, "missing_person_form")["intent"]["name"] == "nlu_fallback"
    sure = {"text": "send me the embassy alerts please", "intent": {"name": "subscribe_alerts", "confidence": 0.92}}
    assert answer_in_form(sure, "missing_person_form") == sure
    asked = {"text": "nomor kbri?", "intent": {"name": "ask_embassy_contact", "confidence": 0.48}}
    assert answer_in_form(asked, "missing_person_form") == asked


@pytest.mark.needs_model
def test_rule_index_keeps_the_rules_rasa_keeps():
    """The index only skips rules whose last state cannot match: on the trained model's
    rules, against their own states and altered ones, the same keys as Rasa's loop."""
    import json
    import random
    import tarfile

    from rasa.core.policies.rule_policy import RulePolicy

    from bot.dialogue.backend import _index_rules_by_last_turn
    from tests.conftest import MODEL

    _in_process_endpoint([])
    _index_rules_by_last_turn()
    indexed = RulePolicy._get_possible_keys
    original = indexed.original
    with tarfile.open(MODEL) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("rule_policy.json"))
        lookup = json.load(tar.extractfile(member))["lookup"]["rules"]
    policy = RulePolicy.__new__(RulePolicy)
    rules = [json.loads(key) for key in lookup]
    intents = sorted({(s.get("user") or {}).get("intent") for r in rules for s in r} - {None})
    actions = sorted({(s.get("prev_action") or {}).get("action_name") for r in rules for s in r} - {None})
    rng = random.Random(3)
    conversations = [r for r in rules]
    for r in rules:
        altered = json.loads(json.dumps(r))
        last = altered[-1]
        if "user" in last and rng.random() < 0.5:
            last["user"]["intent"] = rng.choice(intents)
        elif "prev_action" in last:
            last["prev_action"] = {"action_name": rng.choice(actions)}
        conversations.append(altered)
        conversations.append([json.loads(json.dumps(s)) for s in rng.choice(rules)] + altered[-1:])
    kept = 0
    for states in conversations:
        theirs, ours = original(policy, lookup, states), indexed(policy, lookup, states)
        assert ours == theirs, states
        kept += len(ours)
    assert len(conversations) > 300 and kept > len(rules)  # rules do match: not a comparison of empty sets


def test_a_copied_slot_is_what_copy_would_make():
    """Same class, same attributes, its own attribute dict; the original untouched."""
    import copy

    from rasa.shared.core.slots import CategoricalSlot, FloatSlot, Slot, TextSlot

    _in_process_endpoint([])
    assert "__copy__" in Slot.__dict__  # installed with the in-process endpoint
    slots = [TextSlot("language", mappings=[{"type": "custom"}], initial_value="en"),
             CategoricalSlot("host", mappings=[{"type": "custom"}], values=["KH", "MM"]),
             FloatSlot("score", mappings=[{"type": "custom"}], max_value=2.0)]
    for slot in slots:
        twin = copy.copy(slot)
        assert type(twin) is type(slot) and twin is not slot
        assert twin.__dict__ == slot.__dict__ and twin.__dict__ is not slot.__dict__
        twin.value = "changed"
        assert slot.value != "changed"


def test_form_digressions_are_the_domains():
    """The intents that may leave a form are those the domain's slot mappings refuse."""
    import yaml

    from bot.dialogue.backend import FORM_DIGRESSIONS

    domain = yaml.safe_load(open("responses/domain.yml"))
    assert set(domain["slots"]["missing_relation"]["mappings"][0]["not_intent"]) == FORM_DIGRESSIONS


def test_an_unsure_digression_in_a_form_is_an_answer():
    from bot.dialogue.backend import answer_in_form

    unsure = {"text": "잘 모르는 회사였어요", "intent": {"name": "report_detained", "confidence": 0.21}}
    assert answer_in_form(unsure)["intent"]["name"] == "nlu_fallback"
    sure = {"text": "nomor kbri kamboja berapa ya?", "intent": {"name": "ask_embassy_contact", "confidence": 0.93}}
    assert answer_in_form(sure) == sure
    payload = {"text": "/report_detained", "intent": {"name": "report_detained", "confidence": 0.1}}
    assert answer_in_form(payload) == payload
    answer = {"text": "two weeks ago", "intent": {"name": "affirm", "confidence": 0.3}}
    assert answer_in_form(answer) == answer


@pytest.mark.parametrize("text", ["上周五", "지난주 금요일", "西港", "lewat facebook"])
def test_a_short_answer_the_weighted_model_reads_as_held_stays_an_answer(text):
    from bot.dialogue.backend import answer_in_form

    read = {"text": text, "intent": {"name": "report_detained", "confidence": 0.63}}
    assert answer_in_form(read)["intent"]["name"] == "nlu_fallback"
    plea = {"text": "they locked me in the room yesterday", "intent": {"name": "report_detained", "confidence": 0.9}}
    assert answer_in_form(plea) == plea


@pytest.mark.needs_model
def test_the_trained_domain_read_once_is_the_domain_rasa_reads(tmp_path):
    """Parsed once without the schema check, the model's domain is the same as Rasa's own
    load (validation, then a second parse) makes of it."""
    import tarfile

    from rasa.graph_components.providers.domain_provider import DomainProvider
    from rasa.shared.core.domain import Domain

    from tests.conftest import MODEL

    _in_process_endpoint([])
    assert getattr(DomainProvider.load, "reads_once", False)
    with tarfile.open(MODEL) as tar:
        member = next(m for m in tar.getmembers() if "domain_provider" in m.name and m.name.endswith(".yml"))
        tar.extract(member, tmp_path)
    path = tmp_path / member.name
    from rasa.core.agent import Agent

    ours = Agent.load(str(MODEL)).domain  # through the patched DomainProvider.load
    rasas = Domain.from_path(path)
    assert ours.as_dict() == rasas.as_dict() and ours.fingerprint() == rasas.fingerprint()
