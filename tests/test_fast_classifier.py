"""The intent classifier's fast prediction gives the fitted pipeline's probabilities."""
from __future__ import annotations

import pickle
import tarfile

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from bot.dialogue.fast_classifier import FastTfidfLogistic
from bot.dialogue.script_norm import ScriptAwareTfidf
from tests.conftest import MODEL


def counts(rows: int, columns: int, seed: int) -> sp.csr_matrix:
    rng = np.random.default_rng(seed)
    dense = rng.poisson(0.05, size=(rows, columns)).astype(float)
    dense[0, :] = 0.0  # an empty message (only emoji, or unseen n-grams)
    return sp.csr_matrix(dense)


def test_the_same_probabilities_as_the_pipeline_it_was_built_from():
    x, y = counts(300, 400, 1), np.arange(300) % 5
    pipeline = Pipeline([("tfidf", TfidfTransformer(sublinear_tf=True)), ("lr", LogisticRegression(C=10, max_iter=500))])
    pipeline.fit(x, y)
    fast = FastTfidfLogistic(pipeline)
    probe = counts(50, 400, 2)
    assert list(fast.classes_) == list(pipeline.classes_)
    np.testing.assert_allclose(fast.predict_proba(probe), pipeline.predict_proba(probe), rtol=1e-9, atol=1e-12)


@pytest.mark.needs_model
def test_the_trained_model_predicts_the_same_with_it():
    with tarfile.open(MODEL) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("classifier.pkl"))
        pipeline = pickle.load(tar.extractfile(member))
    fast = FastTfidfLogistic(pipeline)
    tfidf = pipeline.named_steps["tfidf"]
    if isinstance(tfidf, ScriptAwareTfidf):  # the features, then whether the message is in Latin script
        flags = sp.csr_matrix((np.arange(20) % 2).astype(float).reshape(-1, 1))
        probe = sp.hstack([counts(20, len(tfidf.tfidf_.idf_), 3), flags], format="csr")
    else:
        probe = counts(20, len(tfidf.idf_), 3)
    expected = pipeline.predict_proba(probe)
    got = fast.predict_proba(probe)
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12)
    assert (got.argmax(axis=1) == expected.argmax(axis=1)).all()


def test_a_two_intent_model_is_left_to_scikit_learn():
    x, y = counts(100, 50, 4), np.arange(100) % 2
    pipeline = Pipeline([("tfidf", TfidfTransformer()), ("lr", LogisticRegression())]).fit(x, y)
    with pytest.raises(ValueError):
        FastTfidfLogistic(pipeline)


def test_the_features_of_a_message_are_those_rasa_would_build():
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
    from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, TEXT
    from rasa.shared.nlu.training_data.features import Features
    from rasa.shared.nlu.training_data.message import Message

    from bot.dialogue.nlu_components import TfidfLogisticRegressionClassifier

    def message(seed: int) -> Message:
        m = Message(data={TEXT: f"text {seed}"})
        for origin, width in (("regex", 7), ("words", 40), ("chars", 90)):  # as three featurizers add them
            tokens = sp.coo_matrix(counts(4, width, seed + width + 1)[1:])
            m.add_features(Features(tokens, FEATURE_TYPE_SEQUENCE, TEXT, origin))
            m.add_features(Features(sp.coo_matrix(counts(2, width, seed + width)[1:]), FEATURE_TYPE_SENTENCE, TEXT, origin))
        return m

    empty = Message(data={TEXT: "🙏"})
    for origin, width in (("regex", 7), ("words", 40), ("chars", 90)):
        empty.add_features(Features(sp.coo_matrix((1, width)), FEATURE_TYPE_SENTENCE, TEXT, origin))
    for batch in ([message(1)], [message(2), message(3), message(4)], [empty], [message(5), empty]):
        ours = TfidfLogisticRegressionClassifier._create_X(None, batch)
        rasas = LogisticRegressionClassifier._create_X(None, batch)
        assert ours.shape == rasas.shape == (len(batch), 137)
        assert (ours != rasas).nnz == 0


@pytest.mark.parametrize("intents", [5, 2])
def test_the_svms_probabilities_are_a_softmax_over_its_scores(intents):
    """The stored SVM answers as a logistic regression would: the same best intent as the SVM's
    scores, probabilities softmax(temperature x score), and the fast predictor agrees."""
    from sklearn.svm import LinearSVC

    from bot.dialogue.nlu_components import softmax_over_scores

    x, y = counts(300, 400, 5), np.arange(300) % intents
    svm = Pipeline([("tfidf", TfidfTransformer(sublinear_tf=True)), ("svm", LinearSVC(C=4.0))]).fit(x, y)
    stored = softmax_over_scores(svm, 3.0)
    probe = counts(40, 400, 6)
    scores = svm.decision_function(probe)
    if intents == 2:
        scores = np.c_[-scores, scores] / 2.0
    expected = np.exp(3.0 * scores - (3.0 * scores).max(axis=1, keepdims=True))
    expected /= expected.sum(axis=1, keepdims=True)
    got = stored.predict_proba(probe)
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12)
    assert list(stored.predict(probe)) == list(svm.predict(probe))
    if intents > 2:
        np.testing.assert_allclose(FastTfidfLogistic(stored).predict_proba(probe), got, rtol=1e-9, atol=1e-12)
