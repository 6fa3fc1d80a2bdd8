"""The faster parse gives what Rasa's own code gives: the graph run without Dask
(bot/dialogue/graph_runner.py), the regex featurizer, the count featurizers' one-message path
and the CRF's token features (bot/dialogue/nlu_components.py), on the trained model."""
from __future__ import annotations

import copy

import numpy as np
import pytest
from rasa.core.channels.channel import UserMessage
from rasa.engine.constants import PLACEHOLDER_MESSAGE
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.nlu.extractors.crf_entity_extractor import CRFEntityExtractor, CRFEntityExtractorOptions
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.featurizers.sparse_featurizer.regex_featurizer import RegexFeaturizer
from rasa.shared.nlu.constants import ENTITY_ATTRIBUTE_TYPE, TEXT

from bot.dialogue.graph_runner import SequentialGraphRunner

TEXTS = [
    "hi",
    "they took my passport and won't let me leave the building in Sihanoukville",
    "my brother Budi went to Kamboja for a typing job, gaji 15 juta, and stopped answering 2 weeks ago",
    "남동생이 캄보디아 시아누크빌에서 연락이 끊겼어요 010-1234-5678",
    "พี่ชายไปทำงานที่ปอยเปตแล้วติดต่อไม่ได้ เงินเดือน 3 หมื่น",
    "Em trai tôi sang Campuchia làm việc ở Bavet, lương 20 triệu, giờ mất liên lạc",
    "我弟弟在西港被扣了护照，工资说是月薪1万5，现在联系不上 CASE-2026-00042",
    "is a customer service job in Bavet with free flight and $2,500 a month safe? WhatsApp +855 12 345 678",
]


def _runner(model) -> SequentialGraphRunner:
    runner = model.agent.processor.graph_runner
    assert isinstance(runner, SequentialGraphRunner)
    return runner


def _node(runner, class_name: str, index: int = 0) -> str:
    names = sorted((n for n in runner._instantiated_nodes if n.startswith(f"run_bot.dialogue.nlu_components.{class_name}")),
                   key=lambda n: int("".join(c for c in n if c.isdigit()) or 0))
    return names[index]


def _messages_at(runner, node: str, text: str):
    return runner.run(inputs={PLACEHOLDER_MESSAGE: [UserMessage(text)]}, targets=[node])[node]


def _summary(message) -> dict:
    data = message.as_dict(only_output_properties=True)
    return {"intent": data.get("intent"), "ranking": data.get("intent_ranking"),
            "entities": [{k: e.get(k) for k in ("entity", "start", "end", "value", "extractor")} for e in data.get("entities", [])]}


@pytest.mark.parametrize("text", TEXTS)
def test_the_graph_run_in_order_gives_what_dask_gives(model, text):
    runner = _runner(model)
    dask = DaskGraphRunner.__new__(DaskGraphRunner)
    dask.__dict__.update(runner.__dict__)
    target = model.agent.processor.model_metadata.nlu_target
    ours = runner.run(inputs={PLACEHOLDER_MESSAGE: [UserMessage(text)]}, targets=[target])
    theirs = dask.run(inputs={PLACEHOLDER_MESSAGE: [UserMessage(text)]}, targets=[target])
    assert list(ours) == list(theirs) == [target]
    assert [_summary(m) for m in ours[target]] == [_summary(m) for m in theirs[target]]


@pytest.mark.parametrize("text", TEXTS)
def test_regex_features_are_rasas(model, text):
    runner = _runner(model)
    node = _node(runner, "CompiledRegexFeaturizer")
    featurizer = runner._instantiated_nodes[node]._component
    tokenized = _messages_at(runner, _node(runner, "LetterSafeWhitespaceTokenizer"), text)[0]
    ours, theirs = copy.deepcopy(tokenized), copy.deepcopy(tokenized)
    our_sequence, our_sentence = featurizer._features_for_patterns(ours, TEXT)
    rasa_sequence, rasa_sentence = RegexFeaturizer._features_for_patterns(featurizer, theirs, TEXT)
    assert np.array_equal(our_sequence.toarray(), rasa_sequence.toarray())
    assert np.array_equal(our_sentence.toarray(), rasa_sentence.toarray())
    assert [t.get("pattern") for t in ours.get("text_tokens")] == [t.get("pattern") for t in theirs.get("text_tokens")]


def test_the_texts_above_exercise_the_patterns(model):
    runner = _runner(model)
    node = _node(runner, "CompiledRegexFeaturizer")
    hit = [text for text in TEXTS
           if any(any(t.get("pattern").values()) for t in _messages_at(runner, node, text)[0].get("text_tokens"))]
    assert len(hit) >= 3


@pytest.mark.parametrize("text", TEXTS)
def test_a_messages_sentence_counts_are_rasas(model, text):
    runner = _runner(model)
    tokenized = _messages_at(runner, _node(runner, "CompiledRegexFeaturizer"), text)[0]
    for node in [n for n in runner._instantiated_nodes if "CountVectorsFeaturizer" in n]:
        featurizer = runner._instantiated_nodes[node]._component
        ours, theirs = copy.deepcopy(tokenized), copy.deepcopy(tokenized)
        featurizer.process([ours])
        CountVectorsFeaturizer.process(featurizer, [theirs])
        our_sentence = [f for f in ours.features if f.type == "sentence" and f.attribute == TEXT]
        rasa_sentence = [f for f in theirs.features if f.type == "sentence" and f.attribute == TEXT]
        assert len(our_sentence) == len(rasa_sentence) >= 1
        for a, b in zip(our_sentence, rasa_sentence):
            assert a.origin == b.origin and np.array_equal(a.features.toarray(), b.features.toarray())
        our_tokens = [f.features.shape for f in ours.features if f.type == "sequence" and f.attribute == TEXT]
        assert our_tokens == [f.features.shape for f in theirs.features if f.type == "sequence" and f.attribute == TEXT]


@pytest.mark.parametrize("text", TEXTS)
def test_the_crfs_marginals_and_tags_are_rasas(model, text):
    runner = _runner(model)
    node = _node(runner, "StoredCRFEntityExtractor")
    crf = runner._instantiated_nodes[node]._component
    ready = _messages_at(runner, _node(runner, "TfidfLinearSVMClassifier"), text)[0]
    crf_tokens = crf._convert_to_crf_tokens(ready)
    for tag_name, tagger in crf.entity_taggers.items():
        tag_features = tag_name != ENTITY_ATTRIBUTE_TYPE
        ours = crf._token_features(crf_tokens, tag_features)
        theirs = CRFEntityExtractor._crf_tokens_to_features(crf_tokens, crf.component_config, tag_features)
        pattern = f":{CRFEntityExtractorOptions.PATTERN}:"
        assert ours == [{k: v for k, v in row.items() if not (pattern in k and v is False)} for row in theirs]
        our_marginals = tagger.predict_marginals_single(ours)
        assert our_marginals == tagger.predict_marginals_single(theirs)
        assert crf._most_likely_tag(our_marginals) == CRFEntityExtractor._most_likely_tag(crf, our_marginals)
