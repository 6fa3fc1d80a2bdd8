"""Rows normalized by script: Latin-script messages per featurizer block, the others whole."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import normalize

from bot.dialogue.fast_classifier import FastTfidfLogistic
from bot.dialogue.script_norm import ScriptAwareTfidf, latin_flag, script_aware_rows

BLOCKS, WEIGHTS = [3, 5, 4], [1.0, 1.0, 1.5]


def counts(rows: int, seed: int) -> sp.csr_matrix:
    dense = np.random.default_rng(seed).poisson(0.4, size=(rows, sum(BLOCKS))).astype(float)
    dense[0, :] = 0.0  # a message with no known feature
    dense[1, :3] = 0.0  # one with an empty block
    return sp.csr_matrix(dense)


@pytest.mark.parametrize("text, latin", [
    ("they took my passport", 1.0), ("tôi bị giữ hộ chiếu", 1.0), ("paspor saya diambil", 1.0),
    ("여권을 뺏겼어요", 0.0), ("โดนยึดพาสปอร์ต", 0.0), ("护照被收走了", 0.0),
    ("117?", 0.0), ("🙏🙏", 0.0), ("KK园区 help", 1.0), ("我在KK园区", 0.0),
])
def test_a_message_is_latin_when_half_its_letters_are(text, latin):
    assert latin_flag(text) == latin


def test_latin_rows_are_normalized_block_by_block_and_the_others_whole():
    x = counts(8, 1)
    latin = np.array([True, True, True, False, True, False, False, True])
    got = script_aware_rows(x.copy(), latin, BLOCKS, WEIGHTS).toarray()
    bounds = np.cumsum([0] + BLOCKS)
    by_block = normalize(sp.hstack([normalize(x[:, a:b]) * w for a, b, w in zip(bounds, bounds[1:], WEIGHTS)]))
    expected = np.where(latin[:, None], by_block.toarray(), normalize(x).toarray())
    np.testing.assert_allclose(got, expected, atol=1e-12)
    lengths = np.linalg.norm(got, axis=1)
    np.testing.assert_allclose(lengths[1:], 1.0)  # the empty row stays empty
    assert lengths[0] == 0.0


def test_the_fast_predictor_gives_the_pipelines_probabilities():
    x, y = counts(300, 2), np.arange(300) % 4
    flags = sp.csr_matrix((np.arange(300) % 3 == 0).astype(float).reshape(-1, 1))
    features = sp.hstack([x, flags], format="csr")
    pipeline = Pipeline([("tfidf", ScriptAwareTfidf(BLOCKS, WEIGHTS)), ("lr", LogisticRegression(C=10, max_iter=500))])
    pipeline.fit(features, y)
    probe = sp.hstack([counts(40, 3), sp.csr_matrix((np.arange(40) % 2).astype(float).reshape(-1, 1))], format="csr")
    np.testing.assert_allclose(FastTfidfLogistic(pipeline).predict_proba(probe), pipeline.predict_proba(probe),
                               rtol=1e-9, atol=1e-12)
    # the flag changes the reading of the same counts: it is not a feature like the others
    flipped = probe.tolil()
    flipped[:, -1] = 1.0 - probe[:, -1].toarray()
    assert not np.allclose(pipeline.predict_proba(probe), pipeline.predict_proba(flipped.tocsr()))


def test_blocks_that_do_not_cover_the_columns_are_refused():
    with pytest.raises(ValueError):
        ScriptAwareTfidf([3, 5], [1.0, 1.0]).fit(sp.hstack([counts(10, 4), sp.csr_matrix(np.ones((10, 1)))]))


def test_without_a_latin_row_it_is_plain_sublinear_tfidf():
    x = counts(20, 5)
    plain = TfidfTransformer(sublinear_tf=True).fit(x).transform(x).toarray()
    ours = ScriptAwareTfidf(BLOCKS, WEIGHTS).fit(sp.hstack([x, sp.csr_matrix(np.zeros((20, 1)))]))
    np.testing.assert_allclose(ours.transform(sp.hstack([x, sp.csr_matrix(np.zeros((20, 1)))])).toarray(), plain,
                               atol=1e-12)
