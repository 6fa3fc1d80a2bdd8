"""Training without the disabled cache's fingerprints, entity annotations checked with a
validator built once: the same data and errors as Rasa's own code."""
import tempfile
from pathlib import Path

import pytest

from bot.dialogue.training_speed import speed_up
from bot.settings import ROOT


def _entities(path: Path) -> list:
    from rasa.shared.nlu.training_data.loading import load_data

    return [(m.get("text"), m.get("intent"), m.get("entities")) for m in load_data(str(path)).training_examples]


def test_the_training_data_reads_the_same(monkeypatch):
    import rasa.shared.nlu.training_data.entities_parser as entities_parser

    files = [ROOT / "nlu" / "zh" / "nlu.yml", ROOT / "nlu" / "entities.yml"]
    theirs = [_entities(f) for f in files]
    speed_up()
    assert entities_parser.get_validated_dict is not entities_parser.get_validated_dict.__wrapped__
    ours = [_entities(f) for f in files]
    assert ours == theirs
    assert sum(1 for rows in ours for _, _, entities in rows if entities) > 50  # annotations were read


@pytest.mark.parametrize("annotation, error", [
    ('"entity": 3', "SchemaValidationError"),          # not a name
    ('"value": "KH"', "SchemaValidationError"),        # no entity
    ('"entity": "country", "value": ', "InvalidEntityFormatException"),  # not JSON
])
def test_a_wrong_annotation_still_gets_rasas_error(annotation, error):
    import rasa.shared.nlu.training_data.entities_parser as entities_parser

    speed_up()
    with pytest.raises(Exception) as raised:
        entities_parser.get_validated_dict(annotation)
    assert type(raised.value).__name__ == error


def test_a_valid_annotation_gives_each_caller_its_own_dict():
    import rasa.shared.nlu.training_data.entities_parser as entities_parser

    speed_up()
    first = entities_parser.get_validated_dict('"entity": "country", "value": "KH"')
    first["value"] = "changed"
    assert entities_parser.get_validated_dict('"entity": "country", "value": "KH"') == {"entity": "country", "value": "KH"}


def test_with_the_cache_disabled_no_fingerprint_is_computed(monkeypatch):
    from rasa.engine.caching import LocalTrainingCache
    from rasa.engine.graph import ExecutionContext, GraphSchema, SchemaNode
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.training import fingerprinting
    from rasa.engine.training.hooks import TrainingHook

    speed_up()

    def refuse(*args, **kwargs):
        raise AssertionError("a fingerprint was computed")

    monkeypatch.setattr(fingerprinting, "calculate_fingerprint_key", refuse)
    monkeypatch.setattr("rasa.shared.utils.io.deep_container_fingerprint", refuse)
    monkeypatch.setenv("RASA_CACHE_DIRECTORY", tempfile.mkdtemp())
    monkeypatch.setenv("RASA_MAX_CACHE_SIZE", "0")
    hook = TrainingHook(LocalTrainingCache(), LocalModelStorage(Path(tempfile.mkdtemp())), GraphSchema({}))
    context = ExecutionContext(GraphSchema({}), "x")
    assert hook.on_before_node("node", context, {}, {"data": object()}) == {}
    assert hook.on_after_node("node", context, {}, object(), {}) is None

    monkeypatch.setenv("RASA_MAX_CACHE_SIZE", "100")  # an enabled cache still gets its fingerprints
    schema = GraphSchema({"node": SchemaNode(needs={}, uses=object, constructor_name="create", fn="run", config={})})
    enabled = TrainingHook(LocalTrainingCache(), LocalModelStorage(Path(tempfile.mkdtemp())), schema)
    with pytest.raises(AssertionError, match="fingerprint"):
        enabled.on_before_node("node", ExecutionContext(schema, "x"), {}, {"data": object()})
