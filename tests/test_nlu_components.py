"""Lookup matching with script-aware word boundaries; the regex featurizer."""
import re

import pytest

from bot.language.terms import term_pattern
from tests.support.components import component


def find(term, text):
    return [m.group(0) for m in re.finditer(term_pattern(term), text, re.I)]


def test_korean_term_matches_before_a_particle():
    assert find("캄보디아", "아들이 캄보디아에서 연락이 끊겼어요") == ["캄보디아"]


def test_latin_term_needs_word_boundaries():
    assert find("line", "i saw it online") == []
    assert find("line", "he contacted me on LINE") == ["LINE"]


def test_multiword_terms_allow_any_spacing():
    assert find("KK Park", "he is in kk  park now") == ["kk  park"]


def tokens(text):
    from rasa.shared.nlu.training_data.message import Message

    from bot.dialogue.nlu_components import LetterSafeWhitespaceTokenizer

    tokenizer = LetterSafeWhitespaceTokenizer(LetterSafeWhitespaceTokenizer.get_default_config())
    return [t.text for t in tokenizer.tokenize(Message(data={"text": text}), "text")]


def test_korean_words_are_kept_emoji_dropped():
    # Rasa's own WhitespaceTokenizer returns ['my', 'went'] here: its emoji range covers Hangul.
    assert tokens("my 아들 went 캄보디아 😭") == ["my", "아들", "went", "캄보디아"]
    assert tokens("월 400만원 준대요") == ["월", "400만원", "준대요"]


def test_vietnamese_with_and_without_diacritics_share_the_word_lemmas():
    from rasa.shared.nlu.training_data.message import Message

    from bot.dialogue.nlu_components import LetterSafeWhitespaceTokenizer

    tokenizer = LetterSafeWhitespaceTokenizer(LetterSafeWhitespaceTokenizer.get_default_config())

    def lemmas(text):
        return [t.lemma.lower() for t in tokenizer.tokenize(Message(data={"text": text}), "text")]

    assert lemmas("Tôi bị giữ hộ chiếu ở Đà Nẵng") == lemmas("toi bi giu ho chieu o Da Nang")
    assert lemmas("ช่วยด้วย 살려주세요 护照") == ["ช่วยด้วย", "살려주세요", "护照"]  # other scripts' marks are letters
    assert [t.text for t in tokenizer.tokenize(Message(data={"text": "bị giữ"}), "text")] == ["bị", "giữ"]


def test_compiled_regex_featurizer_gives_rasas_features():
    """Same sequence and sentence features and the same token marks as Rasa's own."""
    from rasa.nlu.featurizers.sparse_featurizer.regex_featurizer import RegexFeaturizer
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.dialogue.nlu_components import CompiledRegexFeaturizer, LetterSafeWhitespaceTokenizer

    data = TrainingData().merge(*[load_data(f) for f in ["nlu/regex.yml", "nlu/entities.yml"]])
    texts = ["my brother is held in KK Park, they took his passport",
             "saya disekap di myawaddy tolong", "아들이 캄보디아에서 연락이 끊겼어요 010-1234-5678",
             "em đang bị nhốt ở Bavet", "我被关在西港 园区", "hello", "🙏🙏", "CASE-ABC123 status?"]
    tokenizer = LetterSafeWhitespaceTokenizer(LetterSafeWhitespaceTokenizer.get_default_config())

    def featurize(cls):
        featurizer = component(cls, {"use_word_boundaries": False}, "regex")
        featurizer.train(data)
        messages = [Message(data={"text": text}) for text in texts]
        tokenizer.process(messages)
        featurizer.process(messages)
        return messages

    theirs, ours = featurize(RegexFeaturizer), featurize(CompiledRegexFeaturizer)
    same = same_sparse_features(theirs, ours, ("text",))
    for a, b in zip(theirs, ours):
        assert [t.get("pattern") for t in a.get("text_tokens")] == [t.get("pattern") for t in b.get("text_tokens")]
    assert sum(int(f.features.sum()) for f in same) > 5  # the probe texts do hit patterns


@pytest.mark.parametrize("config", [
    {"use_lemma": True, "lowercase": True},  # words, every attribute (intents and actions too)
    {"use_lemma": False, "analyzer": "char_wb", "min_ngram": 1, "max_ngram": 4, "lowercase": True},
])
def test_batch_count_vectors_featurizer_gives_rasas_features(config):
    """Training messages featurized at once: the same sequence and sentence features, per
    message and attribute, as Rasa's featurizer gives one message at a time."""
    from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.dialogue.nlu_components import BatchCountVectorsFeaturizer, LetterSafeWhitespaceTokenizer

    rows = [("my brother is held in KK Park 2 weeks", "report_missing"), ("saya disekap di myawaddy tolong", "report_detained"),
            ("아들이 캄보디아에서 연락이 끊겼어요", "report_missing"), ("em đang bị nhốt ở Bavet", "report_detained"),
            ("我被关在西港 园区", "report_detained"), ("hello", "greet"), ("🙏🙏", "greet"), ("thanks a lot", "thank")]
    tokenizer = LetterSafeWhitespaceTokenizer(LetterSafeWhitespaceTokenizer.get_default_config())

    def featurize(cls):
        featurizer = component(cls, config, "cv")
        messages = [Message(data={"text": text, "intent": intent}) for text, intent in rows]
        messages.append(Message(data={"action_name": "utter_greet"}))
        data = TrainingData(training_examples=messages)
        tokenizer.process_training_data(data)
        featurizer.train(data)
        featurizer.process_training_data(data)
        return messages

    theirs, ours = featurize(CountVectorsFeaturizer), featurize(BatchCountVectorsFeaturizer)
    assert len(same_sparse_features(theirs, ours, ("text", "intent", "action_name"))) >= 2 * len(rows)


def same_sparse_features(theirs, ours, attributes):
    """Asserts that both message lists carry the same sequence and sentence features for each
    attribute, shape and values; returns the features compared (Rasa's side)."""
    compared = []
    for a, b in zip(theirs, ours):
        for attribute in attributes:
            for which in (0, 1):
                fa, fb = a.get_sparse_features(attribute)[which], b.get_sparse_features(attribute)[which]
                assert (fa is None) == (fb is None), (attribute, which, a.data)
                if fa is not None:
                    assert fa.features.shape == fb.features.shape
                    assert (fa.features.toarray() == fb.features.toarray()).all()
                    compared.append(fa)
    return compared


def reference_pattern(term):
    """The boundaries stated plainly, as a lookbehind before the term."""
    from bot.language.terms import _LATIN_END, _LATIN_START, _UNSPACED_START

    left = "" if _UNSPACED_START.search(term) else r"(?<![A-Za-z0-9])" if _LATIN_START.search(term) else r"(?<![\w])"
    right = r"(?![A-Za-z0-9])" if _LATIN_END.search(term) else ""
    return left + r"\s*".join(re.escape(p) for p in term.split()) + right


def test_the_fast_alternation_finds_what_plain_boundaries_find():
    from bot.language.terms import alternation

    terms = ["KK Park", "Park", "line", "LINE", "캄보디아", "시하눅빌", "西港", "妙瓦底", "ปอยเปต", "Sihanoukville",
             "Phnom Penh", "Bavet", "-dash", "c++", "Mộc Bài", "moc bai"]
    texts = ["KK Park", "he is in kk  park now", "online", "on LINE", "加LINE联系", "아들이 캄보디아에서", "북캄보디아",
             "人在西港", "在妙瓦底园区", "อยู่ปอยเปต", "xSihanoukville", "phnom   penh!", "a-dash b -dash", "c++ dev",
             "ở Mộc Bài", "MOC BAI", "parking", "Park", "", "\nline\n"]
    fast = re.compile(alternation(terms), re.I)
    plain = re.compile("|".join(reference_pattern(t) for t in sorted(set(terms), key=len, reverse=True)), re.I)
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert [m.group(0) for m in fast.finditer("he is in KK Park, not online")] == ["KK Park"]


def test_class_weights_are_sklearns_balanced_ones_times_the_boost():
    import numpy as np
    from sklearn.utils.class_weight import compute_class_weight

    from bot.dialogue.nlu_components import boosted_class_weights

    labels = ["report_detained"] * 12 + ["ask_repatriation"] * 3 + ["report_missing"] * 5
    classes = np.array(sorted(set(labels)))
    balanced = dict(zip(classes, compute_class_weight("balanced", classes=classes, y=labels)))
    assert boosted_class_weights(labels, {}) == pytest.approx(balanced)
    boosted = boosted_class_weights(labels, {"report_detained": 3.0})
    assert boosted["report_detained"] == pytest.approx(3 * balanced["report_detained"])
    assert boosted["ask_repatriation"] == pytest.approx(balanced["ask_repatriation"])


@pytest.mark.parametrize("start, stop", [(0, 1), (10, 40), (399, 400), (100, 100)])
def test_rows_cut_from_a_csr_matrix_are_scipys_slice(start, stop):
    import numpy as np
    import scipy.sparse

    from bot.dialogue.nlu_components import _rows

    matrix = scipy.sparse.random(400, 300, density=0.02, format="csr", random_state=3)
    matrix.sort_indices()
    ours, theirs = _rows(matrix, start, stop), matrix[start:stop].tocoo()
    assert ours.shape == theirs.shape
    assert np.array_equal(ours.row, theirs.row) and np.array_equal(ours.col, theirs.col)
    assert np.array_equal(ours.data, theirs.data)
