"""How much an offer's wording reads like the compound recruiters' ads we have labelled.

The red flags (`bot.offers.risk`) catch what recruiters say in the words we wrote patterns
for; ads written by other hands say the same things otherwise ("5k ringgit, just need
passport", "包吃住 来了再说"), and each new blind set showed some (recall of "high" at first
run .79–.97). A logistic regression over the character 1–4-grams and the words of ~15,000
labelled offers in six languages learns how lures and real jobs are worded. On four blind
sets it had not learned from (six-33 to six-36, 1,200 offers), blended with the flags' score
by the rules of `risk._weighed_with_wording` it found .982 of the lures at precision .950,
where the flags alone found .862 at .913; on three later sets kept out of its learning and
never read (six-39, -40, -42, 900 offers) .989 at .961 (`bench/risk.py`).

It stays explainable: every n-gram has a weight, so the words of the text that weigh most
towards a lure can be quoted (`telling_words`). Features are hashed (no vocabulary to
store); the weights live in `wording.npz`, learned by
`python -m bot check-offer --learn-wording FILES…` from every labelled set but the kept-out ones
(`wording.json` lists them with their hash; a test checks both).
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Sequence

import numpy as np

MODEL_FILE = Path(__file__).with_name("wording.npz")
SOURCES_FILE = Path(__file__).with_name("wording.json")
N_FEATURES = 2**18  # per kind of feature; 2**20 found the same offers in the blind sets
CHAR_NGRAMS = (1, 4)
C = 10.0  # 1/regularisation; 3–30 give the same blind-set figures within .005
_WORD = re.compile(r"(?u)\b\w+\b")
_SPACES = re.compile(r"\s\s+")
_SPACED_WORD = re.compile(r"\S+")
# A run of Thai or Han letters is one "word" between spaces: its telling words are quoted
# as a few letters, not the whole sentence.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3400-\u9fff\uf900-\ufaff]")
# A word: letters, digits and the marks Thai and Vietnamese put on them; anything else but a
# space between two words ends a clause.
_PIECE = re.compile(r"(?:[^\W_]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0300-\u036f])+")
_CLAUSE_BREAK = re.compile(r"[^ \t]")
# Thai letters that belong to the letter before (vowels above, below and after it, tone marks)
# or to the one after (vowels written before it): a quote neither starts nor ends inside one.
_THAI_AFTER = set("\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_THAI_BEFORE = set("\u0e40\u0e41\u0e42\u0e43\u0e44")
# The asker's own question about the offer ("is it normal?", "ปกติไหมคะ", "正常吗", "wajar gak",
# "có sao không", "괜찮나요"): people ask it of lures more than of real jobs, so its words may weigh
# towards a lure, but they are not the recruiter's words: not weighed, not quoted.
_ASKING = re.compile(
    r"(?i)\b(?:is\s+(?:it|this|that)\s+|it\s*'?s\s+|so\s+)?(?:normal|legit|safe|ok|okay|real|true)\b(?:\s+(?:or\s+not|ba|po|lang\s+ba))?\s*\?+"
    r"|\b(?:wajar|normal|aman|bener|beneran)\s*(?:gak|ga|nggak|ngga|kah|ya|gk|tidak|ndak)?\b\s*(?:sih|ya)?\s*\??"
    r"|\b(?:c[oó]\s+sao\s+(?:kh[oô]ng|ko|k)|b[iì]nh\s+th[uư][oờ]ng(?:\s+(?:kh[oô]ng|ko|k))?|[oổ]n\s+(?:kh[oô]ng|ko|k)|an\s+to[aà]n\s+(?:kh[oô]ng|ko|k))\b\s*\??"
    r"|ปกติ(?:ไหม|มั้ย|มั๊ย|รึเปล่า|หรือเปล่า|ป่าว)?(?:คะ|ครับ|ค่ะ|คับ|อะ)?|ปลอดภัย(?:ไหม|มั้ย)(?:คะ|ครับ|ค่ะ)?"
    r"|(?:正常|安全|靠谱|靠譜|可靠)(?:吗|嗎|不|么|麼)[？?]*|(?:能去|可以去)(?:吗|嗎)"
    r"|(?:괜찮|정상이|정상인)(?:나요|은가요|아요|을까요|은거|은건가요|가요|에요|예요|임|인가요)?\s*\??"
)
def without_asking(text: str) -> str:
    """`text` with the asker's own question blanked out (same length: spans stay where they were),
    so that only the offer's words are weighed."""
    return _ASKING.sub(lambda m: " " * len(m.group(0)), text)


WHOLE_QUOTE = {"th": 14, "zh": 8}  # a run of Thai or Chinese this short is quoted whole
MAX_QUOTE = {"th": 10, "zh": 6}  # else a window of at most this many letters


def _vectorizers() -> list[Any]:
    from sklearn.feature_extraction.text import HashingVectorizer

    common = {"n_features": N_FEATURES, "alternate_sign": False, "norm": None, "lowercase": True}
    return [HashingVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, **common),
            HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=_WORD.pattern, **common)]


def features(texts: Sequence[str]) -> Any:
    """Hashed character n-grams and words, each count as 1 + log(count), the row of unit length."""
    from scipy.sparse import hstack
    from sklearn.preprocessing import normalize

    matrix = hstack([v.transform(texts) for v in _vectorizers()]).tocsr()
    matrix.data = 1.0 + np.log(matrix.data)
    return normalize(matrix)


# The blend: logit(chance) = logit(likeness) + FLAGS_SHARE × logit(the flags' chance). Chosen on
# four blind sets the wording had not learned from (six-33 to six-36, with the flags as they
# were before those sets were read): shares 0, .1, .2, .35, .5 gave P/R of "high" .944/.982,
# .947/.983, .953/.983, .959/.967, .958/.953; the flags alone .913/.862.
FLAGS_SHARE = 0.2
HIGH = 0.5
MEDIUM = 0.25


def blend(flag_chance: float, likeness: float) -> float:
    """The chance an offer is a lure, from its flags' chance and its wording's."""
    def logit(p: float) -> float:
        p = min(max(p, 1e-6), 1 - 1e-6)
        return math.log(p / (1 - p))
    return 1.0 / (1.0 + math.exp(-(logit(likeness) + FLAGS_SHARE * logit(flag_chance))))


def level(chance: float) -> str:
    return "high" if chance >= HIGH else "medium" if chance >= MEDIUM else "low"


_analysers: list[Any] = []


def _columns(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The hashed columns of one text and how often each occurs, as `features` makes them but
    without building a sparse matrix (0.5 ms instead of 1.6 for 330 letters)."""
    if not _analysers:
        _analysers.extend(v.build_analyzer() for v in _vectorizers())
    parts = [_hashed(analyse(text)) + offset for offset, analyse in zip((0, N_FEATURES), _analysers)]
    return np.unique(np.concatenate(parts), return_counts=True)


@dataclass(frozen=True)
class Wording:
    """The learned weights: the chance an offer is a lure is the logistic of bias + x·coef."""

    bias: float
    coef: np.ndarray  # 2 * N_FEATURES weights: character n-grams, then words

    def logit(self, text: str) -> float:
        columns, counts = _columns(text)
        values = 1.0 + np.log(counts)
        norm = float(np.sqrt(values @ values)) or 1.0
        return float(self.bias + (values @ self.coef[columns]) / norm)

    def likeness(self, text: str) -> float:
        """The chance, from its wording alone, that `text` is a compound recruiter's offer."""
        return 1.0 / (1.0 + math.exp(-self.logit(text)))

    def contributions(self, text: str) -> np.ndarray:
        """How much each character of `text` weighs towards a lure: every n-gram's weight times
        its value, spread over its occurrences and their letters (they sum to logit − bias, less
        the weight of the spaces "char_wb" pads each word with, which cover no letter)."""
        lowered = text.lower()
        if len(lowered) != len(text) or not text:  # a letter whose lower case is longer: no positions
            return np.zeros(len(text))
        grams = _ngram_spans(lowered)
        words = [m.span() for m in _WORD.finditer(lowered)]
        word_grams = [(lowered[a:b], a, b) for a, b in words]
        word_grams += [(lowered[a:b] + " " + lowered[c:d], a, d) for (a, b), (c, d) in zip(words, words[1:])]
        columns = np.concatenate([_hashed([g for g, _, _ in grams]), _hashed([g for g, _, _ in word_grams]) + N_FEATURES])
        starts = np.array([a for _, a, _ in grams] + [a for _, a, _ in word_grams], dtype=np.int64)
        ends = np.array([b for _, _, b in grams] + [b for _, _, b in word_grams], dtype=np.int64)
        unique, inverse, counts = np.unique(columns, return_inverse=True, return_counts=True)
        values = 1.0 + np.log(counts)
        norm = float(np.sqrt(values @ values)) or 1.0
        share = self.coef[columns].astype(np.float64) * values[inverse] / norm / counts[inverse]
        lengths = ends - starts
        kept = lengths > 0
        per_letter = share[kept] / lengths[kept]
        change = np.zeros(len(text) + 1)
        np.add.at(change, starts[kept], per_letter)
        np.add.at(change, ends[kept], -per_letter)
        return np.cumsum(change)[:-1]

    def telling_words(self, text: str, most: int = 3, besides: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """The spans of `text` (in order) whose words weigh most towards a lure, at most `most`:
        whole words where words are spaced, a few letters of Thai or Chinese; none inside
        `besides` (words already quoted for a red flag) and no word twice."""
        weight = self.contributions(text)
        besides = [*besides, *(m.span() for m in _ASKING.finditer(text))]
        candidates: list[tuple[float, int, int]] = []
        words: list[tuple[int, int]] = []  # the spaced words of one clause so far
        last_end = 0
        for m in _PIECE.finditer(text):
            a, b = m.span()
            if _CLAUSE_BREAK.search(text[last_end:a]):
                words = []
            last_end = b
            if _UNSPACED.search(text[a:b]):
                words = []
                candidates += _unspaced_candidates(text, a, b, weight)
                continue
            words.append((a, b))
            # a word alone, or with the one or two before it in the same clause ("flight paid")
            for n in range(1, min(3, len(words)) + 1):
                start = words[-n][0]
                if b - start > 1:  # a lone letter or digit says nothing
                    candidates.append((float(weight[start:b].sum()) / n ** 0.35, start, b))
        chosen: list[tuple[int, int]] = []
        seen: set[str] = set()
        ranked = sorted(candidates, reverse=True)
        floor = max(0.3, 0.4 * ranked[0][0]) if ranked else 0.0  # a weak word explains nothing
        for score, a, b in ranked:
            if score < floor or len(chosen) >= most:
                break
            said = text[a:b].casefold()
            if said not in seen and all(b <= c or d <= a for c, d in [*chosen, *besides]):
                chosen.append((a, b))
                seen.add(said)
        return sorted(chosen)


def _unspaced_candidates(text: str, a: int, b: int, weight: np.ndarray) -> list[tuple[float, int, int]]:
    """Quotable spans of a run of Thai or Chinese letters between spaces or punctuation, with
    their weight per ~3 letters (a word's length): the run if short, else windows in it."""
    script = "th" if re.search(r"[\u0e00-\u0e7f]", text[a:b]) else "zh"
    def score(s: int, e: int) -> float:
        return float(weight[s:e].sum()) / math.sqrt(max(1.0, (e - s) / 3))
    if b - a <= WHOLE_QUOTE[script]:
        return [(score(a, b), a, b)]
    def edge(j: int) -> bool:  # can a Thai quote start or end at j (before text[j])? A syllable
        # starts at a vowel written first or at a letter with a vowel or tone mark on it (a guess:
        # "บริษัท" may come out as "ริษัท"; no Thai word list is at hand)
        if script != "th" or j in (a, b):
            return True
        if text[j - 1] in _THAI_BEFORE:
            return False  # "เ|ดี๋ยว"
        consonant = "\u0e01" <= text[j] <= "\u0e2e"
        return text[j] in _THAI_BEFORE or (consonant and j + 1 < b and text[j + 1] in _THAI_AFTER)
    out = []
    for start in range(a, b - 1):
        if not edge(start):
            continue
        for end in range(start + 2, min(b, start + MAX_QUOTE[script]) + 1):
            if edge(end):
                out.append((score(start, end), start, end))
    return out


def _hashed(grams: list[str]) -> np.ndarray:
    """The column of each gram, in order (as HashingVectorizer hashes them)."""
    from sklearn.feature_extraction._hashing_fast import transform as hashed

    if not grams:
        return np.zeros(0, dtype=np.int64)
    indices, _, _ = hashed([((gram, 1) for gram in grams)], N_FEATURES, np.float64, False, 0)
    return np.asarray(indices, dtype=np.int64)


def _ngram_spans(lowered: str) -> list[tuple[str, int, int]]:
    """The character n-grams of sklearn's "char_wb" analyser with the letters of `lowered` they
    cover (the padding spaces cover none)."""
    out: list[tuple[str, int, int]] = []
    low, high = CHAR_NGRAMS
    for m in _SPACED_WORD.finditer(lowered):
        word = " " + m.group(0) + " "
        origin = m.start() - 1  # position in `lowered` of word[0] (the padding space)
        size = len(word)
        for n in range(low, high + 1):
            offset = 0
            while True:
                start, end = max(origin + offset, m.start()), min(origin + offset + n, m.end())
                out.append((word[offset : offset + n], start, end))
                if offset + n >= size:
                    break
                offset += 1
            if offset == 0:
                break
    return out


def fit(offers: Sequence[dict[str, Any]], c: float = C) -> Wording:
    """Learn the weights from offers labelled "high" (a lure) or not."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, solver="liblinear", max_iter=3000, random_state=0)
    model.fit(features([o["text"] for o in offers]), [o["label"] == "high" for o in offers])
    return Wording(float(model.intercept_[0]), model.coef_[0].astype(np.float32))


def fingerprint(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def save(model: Wording, sources: Sequence[Path], count: int, root: Path) -> None:
    """The weights as float16 (the chance moves by < .001), and which files they came from."""
    np.savez_compressed(MODEL_FILE, bias=np.array([model.bias]), coef=model.coef.astype(np.float16))
    SOURCES_FILE.write_text(json.dumps({
        "learned_from": [str(Path(p).resolve().relative_to(root)) for p in sources],
        "offers": count, "sha256": fingerprint(sources), "n_features": N_FEATURES, "C": C,
    }, indent=2) + "\n", encoding="utf-8")


_lock = threading.Lock()
_loaded: Optional[Wording] = None


def load() -> Optional[Wording]:
    """The learned weights, read once per process; None before any were learned."""
    global _loaded
    with _lock:
        if _loaded is None and MODEL_FILE.exists():
            with np.load(MODEL_FILE) as data:
                _loaded = Wording(float(data["bias"][0]), data["coef"].astype(np.float32))
        return _loaded
