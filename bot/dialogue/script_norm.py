"""TF-IDF whose row normalization depends on the message's script.

The classifier's features are four featurizers' columns side by side: cue regexes, words
(as lemmas), word pairs, and character 1-4-grams. Normalized as one row, the many character
n-grams outweigh the few words. In Latin script (English, Indonesian, Vietnamese) words and
word pairs are what tell intents apart, so there each featurizer's block is normalized on its
own (weighted, the character n-grams 1.5) before the row is; in Korean, Thai and Chinese a
"word" is a whole phrase and the character n-grams carry the meaning, so the row is
normalized whole, as before. Cross-validated macro-F1 (bench/nlu.py): en .926 -> .929,
vi .919 -> .928, the others within 0.003 (stop 33).

The script travels as the last column of the features (1.0 for Latin script), added by the
classifier (`latin_flag`); `script_aware_rows` is the arithmetic, shared with the fast predictor.
"""
from __future__ import annotations

import re
from typing import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfTransformer

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


def latin_flag(text: str) -> float:
    """1.0 when at least half of the message's letters are Latin; 0.0 otherwise (or no letters)."""
    letters = _LETTER.findall(text or "")
    if not letters:
        return 0.0
    return 1.0 if sum(1 for ch in letters if _LATIN.match(ch)) * 2 >= len(letters) else 0.0


def script_aware_rows(x: sp.csr_matrix, latin: np.ndarray, blocks: Sequence[int], weights: Sequence[float]) -> sp.csr_matrix:
    """Rows of `x` (TF-IDF, not normalized) scaled to unit length; Latin rows first have each
    block (of widths `blocks`) scaled to its weight's length. Changes `x.data` in place."""
    x = sp.csr_matrix(x)
    rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
    if latin.any() and len(blocks) > 1:
        bounds = np.cumsum(blocks)[:-1]
        block = np.searchsorted(bounds, x.indices, side="right")
        keys = rows * len(blocks) + block
        norms = np.sqrt(np.bincount(keys, weights=x.data ** 2, minlength=x.shape[0] * len(blocks)))
        scale = np.asarray(weights, dtype=np.float64)[block] / np.where(norms[keys] > 0, norms[keys], 1.0)
        x.data *= np.where(latin[rows], scale, 1.0)
    lengths = np.sqrt(np.bincount(rows, weights=x.data ** 2, minlength=x.shape[0]))
    lengths[lengths == 0.0] = 1.0
    x.data /= lengths[rows]
    return x


class ScriptAwareTfidf(BaseEstimator, TransformerMixin):
    """Sublinear TF-IDF of all columns but the last (the Latin flag), rows normalized by script."""

    def __init__(self, blocks: Sequence[int] = (), weights: Sequence[float] = ()) -> None:
        self.blocks = blocks
        self.weights = weights

    def fit(self, x: sp.spmatrix, y: object = None) -> "ScriptAwareTfidf":
        x = sp.csr_matrix(x)
        if sum(self.blocks) != x.shape[1] - 1 or len(self.weights) != len(self.blocks):
            raise ValueError(f"blocks {list(self.blocks)} do not cover the {x.shape[1] - 1} feature columns")
        self.tfidf_ = TfidfTransformer(sublinear_tf=True, norm=None).fit(x[:, :-1])
        return self

    def transform(self, x: sp.spmatrix) -> sp.csr_matrix:
        x = sp.csr_matrix(x, dtype=np.float64)
        latin = x[:, -1].toarray().ravel() > 0
        return script_aware_rows(self.tfidf_.transform(x[:, :-1]).tocsr(), latin, self.blocks, self.weights)
