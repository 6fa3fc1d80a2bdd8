"""Custom Rasa NLU components.

Rasa 3.6's WhitespaceTokenizer drops every token that its emoji regex matches in
full, and that regex's range U+24C2–U+1F251 covers all of Hangul and CJK: a Korean
message loses every word before the featurizers see it. `LetterSafeWhitespaceTokenizer`
removes only tokens with no letter or digit in them.

Korean glues particles to nouns ("캄보디아에서"), so the whitespace tokens that the CRF
sees never equal the entity, and Rasa's `RegexEntityExtractor` either misses such words
(with word boundaries) or finds "line" inside "online" (without). This extractor builds
its patterns from the same lookup tables and regexes, but picks the boundary per term:
Latin terms need a word boundary on both sides, Hangul and other scripts without
spaces only on the left. It then removes entities of other extractors that overlap its
own matches, so each span is reported once.
"""
from __future__ import annotations

import bisect
import functools
import pickle
import re
from typing import Any, Dict, List, Optional, Text

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
import rasa.shared.utils.io
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
import rasa.nlu.utils.bilou_utils as bilou_utils
from rasa.nlu.extractors.crf_entity_extractor import CRFEntityExtractor, CRFEntityExtractorOptions
from rasa.nlu.extractors.regex_entity_extractor import RegexEntityExtractor
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.featurizers.sparse_featurizer.regex_featurizer import RegexFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.constants import DENSE_FEATURIZABLE_ATTRIBUTES
from rasa.shared.nlu.constants import ACTION_TEXT, ENTITIES, ENTITY_ATTRIBUTE_TYPE, FEATURE_TYPE_SENTENCE, INTENT, RESPONSE, TEXT
from rasa.utils.tensorflow.constants import BILOU_FLAG, FEATURIZERS
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.dialogue import parallel_fit
from bot.dialogue.hangul import has_hangul, spelled_out
from bot.dialogue.script_norm import ScriptAwareTfidf, latin_flag
from bot.language.fold import fold_latin
from bot.language.terms import alternation


_LETTER_OR_DIGIT = re.compile(r"[^\W_]", re.UNICODE)


def _sentence_row(message: Message) -> Optional[scipy.sparse.csr_matrix]:
    """A message's sparse sentence features of TEXT, side by side in the order the
    featurizers added them; None when there is a dense one or none at all (left to Rasa)."""
    data, columns, width = [], [], 0
    for feature in message.features:
        if feature.attribute != TEXT or feature.type != FEATURE_TYPE_SENTENCE:
            continue
        if not feature.is_sparse() or feature.features.shape[0] != 1:
            return None
        part = feature.features.tocoo()
        data.append(part.data)
        columns.append(part.col + width)
        width += part.shape[1]
    if not width:
        return None
    values, indices = np.concatenate(data), np.concatenate(columns).astype(np.int32)
    return scipy.sparse.csr_matrix((values, indices, np.array([0, len(values)], dtype=np.int32)), shape=(1, width))


def _sentence_widths(message: Message) -> List[int]:
    """The widths of the featurizers' blocks in `_sentence_row`, in the same order."""
    return [feature.features.shape[1] for feature in message.features
            if feature.attribute == TEXT and feature.type == FEATURE_TYPE_SENTENCE]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class LetterSafeWhitespaceTokenizer(WhitespaceTokenizer):
    """WhitespaceTokenizer that keeps Hangul, Thai and CJK words (see the module docstring).

    Each token's lemma is the word without the marks on its Latin letters: Vietnamese is
    typed with and without diacritics ("tôi bị giữ", "toi bi giu"), and a featurizer that
    reads lemmas (the word counts in config.yml) sees one word for both (replica
    cross-validation: Vietnamese macro-F1 0.860 -> 0.868, the other languages unchanged)."""

    def remove_emoji(self, text: Text) -> Text:
        if _LETTER_OR_DIGIT.search(text):
            return text
        return super().remove_emoji(text)

    def tokenize(self, message: Message, attribute: Text) -> List[Any]:
        tokens = super().tokenize(message, attribute)
        for token in tokens:
            plain = fold_latin(token.text)
            if plain != token.text:
                token.lemma = plain
        return tokens


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class CompiledRegexFeaturizer(RegexFeaturizer):
    """Rasa's RegexFeaturizer, same features, with its patterns compiled once.

    Rasa looks each pattern up in `re`'s cache and reads and rewrites every token's
    pattern dict once per pattern: ~1 ms a message with this project's ~40 patterns,
    spent in Python, on the thread every conversation shares."""

    def _compiled(self) -> List[Any]:
        key = (id(self.known_patterns), len(self.known_patterns), self.case_sensitive)
        if getattr(self, "_compiled_key", None) != key:
            flags = 0 if self.case_sensitive else re.IGNORECASE
            self._compiled_patterns = [(p["name"], re.compile(p["pattern"], flags)) for p in self.known_patterns]
            self._compiled_key = key
        return self._compiled_patterns

    def _features_for_patterns(self, message: Message, attribute: Text) -> Any:
        text = message.get(attribute)
        if not text:
            return None, None
        tokens = message.get(TOKENS_NAMES[attribute], [])
        if not tokens:
            return None, None
        compiled = self._compiled()
        count = len(tokens)
        sequence = np.zeros([count, len(compiled)])
        sentence = np.zeros([1, len(compiled)])
        whole = attribute in (RESPONSE, TEXT, ACTION_TEXT)
        starts, ends = [t.start for t in tokens], [t.end for t in tokens]
        in_order = all(a <= b for a, b in zip(ends, ends[1:]))
        hits: List[set] = []
        for index, (name, regex) in enumerate(compiled):
            found: set = set()
            for m in regex.finditer(text):
                start, end = m.start(), m.end()
                if in_order:  # the tokens a match overlaps: those ending after it starts, up to its end
                    position = bisect.bisect_right(ends, start)
                    while position < count and starts[position] < end:
                        if ends[position] > start:
                            found.add(position)
                        position += 1
                else:
                    found.update(i for i in range(count) if starts[i] < end and ends[i] > start)
            for position in found:
                sequence[position][index] = 1.0
            if found and whole:
                sentence[0][index] = 1.0
            hits.append(found)
        names = [name for name, _ in compiled]
        for position, token in enumerate(tokens):
            mark = token.get("pattern", default={})
            mark.update({name: position in found for name, found in zip(names, hits)})
            token.set("pattern", mark)
        return scipy.sparse.coo_matrix(sequence), scipy.sparse.coo_matrix(sentence)


def _rows(matrix: scipy.sparse.csr_matrix, start: int, stop: int) -> scipy.sparse.coo_matrix:
    """Rows `start:stop` of a CSR matrix as COO, what `matrix[start:stop].tocoo()` gives, cut
    from its index arrays: scipy's row slicing checks and copies at ~0.2 ms a call, and a
    training makes 150,000 of them (three featurizers, each message's tokens and sentence)."""
    first, last = matrix.indptr[start], matrix.indptr[stop]
    rows = np.repeat(np.arange(stop - start, dtype=matrix.indices.dtype), np.diff(matrix.indptr[start : stop + 1]))
    return scipy.sparse.coo_matrix(
        (matrix.data[first:last], (rows, matrix.indices[first:last])), shape=(stop - start, matrix.shape[1]))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class BatchCountVectorsFeaturizer(CountVectorsFeaturizer):
    """Rasa's CountVectorsFeaturizer, the same features, with one `transform` per attribute
    for all the messages it is given instead of two per message.

    sklearn's `transform` costs about a millisecond a call before it reads a word: over the
    ~25,000 training messages that was 40 to 65 s per featurizer, three of them, the
    larger part of the training (`make test` from a fresh clone)."""

    def process(self, messages: List[Message]) -> List[Message]:
        if self.vectorizers is None:
            return super().process(messages)
        if len(messages) == 1:
            return self._process_one(messages[0])
        for attribute in self._attributes:
            vectorizer = self.vectorizers.get(attribute)
            tokens = [self._get_processed_message_tokens_by_attribute(m, attribute) for m in messages]
            flat = [token for message_tokens in tokens for token in message_tokens]
            if not vectorizer or not flat:
                continue  # Rasa adds no features then either
            sequences = vectorizer.transform(flat).tocsr()
            sequences.sort_indices()
            sentences = None
            if attribute in DENSE_FEATURIZABLE_ATTRIBUTES:
                sentences = vectorizer.transform([" ".join(t) for t in tokens if t]).tocsr()
                sentences.sort_indices()
            start = row = 0
            for message, message_tokens in zip(messages, tokens):
                if not message_tokens:
                    continue
                sequence = _rows(sequences, start, start + len(message_tokens))
                start += len(message_tokens)
                sentence = None
                if sentences is not None:
                    sentence = _rows(sentences, row, row + 1)
                    row += 1
                self.add_features_to_message(sequence, sentence, attribute, message)
        return messages

    def _process_one(self, message: Message) -> List[Message]:
        """One message as it arrives: its sentence row as Rasa computes it, and an empty
        sequence (one row per token, no counts). Nothing in this pipeline reads the sequence
        features of a message being parsed (the classifier reads the sentence row, the CRF its
        own token features), and counting every token again took half of each featurizer's
        time, more on long messages (the slow tail of parse latency, bench/nlu.py)."""
        for attribute in self._attributes:
            vectorizer = self.vectorizers.get(attribute)
            tokens = self._get_processed_message_tokens_by_attribute(message, attribute)
            if not vectorizer or not tokens or attribute not in DENSE_FEATURIZABLE_ATTRIBUTES:
                sequences, sentences = self._create_features(attribute, [tokens])  # Rasa's own
                self.add_features_to_message(sequences[0], sentences[0], attribute, message)
                continue
            sentence = vectorizer.transform([" ".join(tokens)])
            sentence.sort_indices()
            sentence = sentence.tocoo()
            sequence = scipy.sparse.coo_matrix((len(tokens), sentence.shape[1]), dtype=sentence.dtype)
            self.add_features_to_message(sequence, sentence, attribute, message)
        return [message]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class HangulSpellingCountVectorsFeaturizer(BatchCountVectorsFeaturizer):
    """Character n-grams of each word and, for a Korean word, of the word spelled out letter
    by letter as well ("안뇨옹" beside "ㅇㅏㄴㄴㅛㅇㅗㅇ", bot/dialogue/hangul.py): the
    variants people type share letters where they share few whole syllables."""

    def _get_message_tokens_by_attribute(self, message: Message, attribute: Text) -> List[Text]:
        tokens = super()._get_message_tokens_by_attribute(message, attribute)
        if attribute != TEXT:
            return tokens
        return [f"{token} {spelled_out(token)}" if has_hangul(token) else token for token in tokens]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class MessageTextCountVectorsFeaturizer(BatchCountVectorsFeaturizer):
    """Rasa's CountVectorsFeaturizer for the user's message only.

    A word featurizer also counts intent and action names, one word each: pairs of words
    (config.yml) have no vocabulary there, and Rasa then fails on the vectorizer it could
    not fit. The message's words are all the intent classifier reads."""

    @staticmethod
    def _attributes_for(analyzer: Text) -> List[Text]:
        return [TEXT]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfLogisticRegressionClassifier(LogisticRegressionClassifier):
    """Rasa's logistic regression, over TF-IDF-weighted features, with a configurable C.

    Rasa's own classifier fits raw counts with C fixed at 1.0: frequent character n-grams
    ("요", "saya", "the") then outweigh the rare ones that tell intents apart, and short
    messages end below the fallback threshold. Sublinear TF-IDF and a weaker penalty
    gave +2 to +5 points of cross-validated macro-F1 per language (bench/nlu.py).
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), "C": 10.0, "max_iter": 2000, "intent_weights": {}}

    def train(self, training_data: TrainingData) -> Resource:
        """Fit with balanced class weights, times `intent_weights` for the intents named there.

        Balanced weights make each example of a small intent count for more: with ~1,200
        `report_detained` examples a language against ~200 for `ask_repatriation` or
        `report_missing`, someone held who writes "no passport no exit" or "they move me to
        Laos tomorrow" was pulled to the small intents. Weighing `report_detained` more
        (config.yml) moves the doubtful ones to the card (bench/danger.py)."""
        boost = self.config.get("intent_weights") or {}
        if boost:
            labels = [e.get(INTENT) for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
            self.clf.set_params(lr__class_weight=boosted_class_weights(labels, boost))
        fit = functools.partial(LogisticRegressionClassifier.train, self, training_data)
        if parallel_fit.start(fit, "intent classifier"):
            return self._resource  # fitted and persisted beside the CRF (bot/dialogue/parallel_fit.py)
        return fit()

    def __init__(self, config: Dict[Text, Any], name: Text, model_storage: ModelStorage, resource: Resource) -> None:
        super().__init__(config, name, model_storage, resource)
        from sklearn.feature_extraction.text import TfidfTransformer
        from sklearn.pipeline import Pipeline

        self.clf.set_params(C=float(self.config["C"]))
        self.clf = Pipeline([("tfidf", TfidfTransformer(sublinear_tf=True)), ("lr", self.clf)])

    def _create_X(self, messages: List[Message]) -> Any:
        """The sentence features of each message, as Rasa's classifier builds them (its
        featurizers' sentence rows side by side), concatenated here as arrays: Rasa's
        `get_sparse_features` hstacks the sequence features too and runs scipy's `bmat`
        twice per featurizer, about a millisecond per message for a row it never uses."""
        rows = [_sentence_row(message) for message in messages]
        if any(row is None for row in rows):
            return super()._create_X(messages)
        return rows[0] if len(rows) == 1 else scipy.sparse.vstack(rows, format="csr")

    # Persisted with pickle, not skops: importing skops scans every loaded module and took
    # 6.9 s of the bot's start-up. The file is only ever read from a model this project trained.
    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as model_dir:
            with open(model_dir / "classifier.pkl", "wb") as fh:
                pickle.dump(self.clf, fh, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "TfidfLogisticRegressionClassifier":
        """Load the fitted pipeline; fail loudly rather than answer with an untrained model."""
        with model_storage.read_from(resource) as model_dir:
            with open(model_dir / "classifier.pkl", "rb") as fh:
                component = cls(config, execution_context.node_name, model_storage, resource)
                component.clf = _fast_predict(pickle.load(fh))
                return component


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfLinearSVMClassifier(TfidfLogisticRegressionClassifier):
    """A linear SVM over the same TF-IDF features, its scores turned into probabilities.

    The hinge loss leaves alone the examples it already separates and spends its margin on
    the doubtful ones: cross-validated intent macro-F1 (bench/nlu.py) went up in every
    language against the logistic regression, and the fit takes seconds instead of a minute.
    Its probabilities are a softmax over the scores times `temperature`, which makes the
    stored model an ordinary multinomial logistic regression (`softmax_over_scores`): the
    same fast predictor, the same thresholds downstream. The temperature is chosen so that
    the model is as often unsure as the logistic regression was (config.yml).
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**TfidfLogisticRegressionClassifier.get_default_config(), "C": 4.0, "temperature": 3.0,
                "max_iter": 5000, "block_weights": None}

    def _create_X(self, messages: List[Message]) -> Any:
        """With `block_weights`, each message's features and, last, whether it is in Latin
        script (bot/dialogue/script_norm.py)."""
        rows = super()._create_X(messages)
        if not self.config.get("block_weights"):
            return rows
        flags = scipy.sparse.csr_matrix(np.array([[latin_flag(m.get(TEXT) or "")] for m in messages]))
        return scipy.sparse.hstack([rows, flags], format="csr")

    def train(self, training_data: TrainingData) -> Resource:
        fit = functools.partial(self._fit_svm, training_data)
        if parallel_fit.start(fit, "intent classifier"):
            return self._resource  # fitted and persisted beside the CRF (bot/dialogue/parallel_fit.py)
        return fit()

    def _fit_svm(self, training_data: TrainingData) -> Resource:
        from sklearn.feature_extraction.text import TfidfTransformer
        from sklearn.pipeline import Pipeline
        from sklearn.svm import LinearSVC

        X, y = self._create_training_matrix(training_data)
        if X.shape[0] == 0:
            return self._resource
        svm = LinearSVC(C=float(self.config["C"]), max_iter=int(self.config["max_iter"]),
                        class_weight=boosted_class_weights(y, self.config.get("intent_weights") or {}),
                        random_state=self.config["random_state"])
        weights = self.config.get("block_weights")
        if weights:
            examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
            tfidf: Any = ScriptAwareTfidf(blocks=_sentence_widths(examples[0]), weights=[float(w) for w in weights])
        else:
            tfidf = TfidfTransformer(sublinear_tf=True)
        fitted = Pipeline([("tfidf", tfidf), ("svm", svm)]).fit(X, y)
        self.clf = softmax_over_scores(fitted, float(self.config["temperature"]))
        self.persist()
        return self._resource


def softmax_over_scores(pipeline: Any, temperature: float) -> Any:
    """Pipeline([tfidf, svm]) as Pipeline([tfidf, lr]) whose `predict_proba` is the softmax of
    the SVM's scores times `temperature` (two intents: the sigmoid of twice the score's)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    svm = pipeline.named_steps["svm"]
    lr = LogisticRegression(multi_class="multinomial")
    scale = temperature if len(svm.classes_) > 2 else temperature / 2.0
    lr.classes_ = svm.classes_
    lr.coef_ = np.asarray(svm.coef_, dtype=np.float64) * scale
    lr.intercept_ = np.asarray(svm.intercept_, dtype=np.float64) * scale
    lr.n_features_in_ = svm.n_features_in_
    return Pipeline([("tfidf", pipeline.named_steps["tfidf"]), ("lr", lr)])


def boosted_class_weights(labels: List[Text], boost: Dict[Text, float]) -> Dict[Text, float]:
    """sklearn's balanced class weights, times `boost` per intent."""
    from sklearn.utils.class_weight import compute_class_weight

    classes = np.unique(labels)
    balanced = compute_class_weight("balanced", classes=classes, y=labels)
    return {str(label): float(weight) * float(boost.get(label, 1.0)) for label, weight in zip(classes, balanced)}


def _fast_predict(pipeline: Any) -> Any:
    """The fitted pipeline behind a faster predictor (see `bot/dialogue/fast_classifier.py`);
    the pipeline itself if it is of a kind that predictor does not cover."""
    from bot.dialogue.fast_classifier import FastTfidfLogistic

    try:
        return FastTfidfLogistic(pipeline)
    except (AttributeError, KeyError, ValueError):
        return pipeline


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class StoredCRFEntityExtractor(CRFEntityExtractor):
    """Rasa 3.6's CRF extractor keeps only its training set and fits the CRF again at every
    load (5 s of the bot's start-up); this one stores the fitted taggers instead. The
    training set itself (50 MB of JSON, unpacked from the model at every start) is not kept."""

    def extract_entities(self, message: Message) -> List[Dict[Text, Any]]:
        """Rasa's `extract_entities`, with the token features built by `_token_features`."""
        if self.entity_taggers is None or not message.features_present(
            attribute=TEXT, featurizers=self.component_config.get(FEATURIZERS)
        ):
            return []
        tokens = message.get(TOKENS_NAMES[TEXT])
        crf_tokens = self._convert_to_crf_tokens(message)
        predictions: Dict[Text, List[Dict[Text, float]]] = {}
        for tag_name, entity_tagger in self.entity_taggers.items():
            include_tag_features = tag_name != ENTITY_ATTRIBUTE_TYPE
            if include_tag_features:
                self._add_tag_to_crf_token(crf_tokens, predictions)
            features = self._token_features(crf_tokens, include_tag_features)
            predictions[tag_name] = entity_tagger.predict_marginals_single(features)
        tags, confidences = self._tag_confidences(tokens, predictions)
        return self.convert_predictions_into_entities(
            message.get(TEXT), tokens, tags, self.split_entities_config, confidences
        )

    def _token_features(self, crf_tokens: List[Any], include_tag_features: bool) -> List[Dict[Text, Any]]:
        """The features Rasa's `_crf_tokens_to_features` builds, under the same names, less
        the regex patterns a token does not match: crfsuite reads False as 0.0, which adds
        nothing to any score, and ~40 patterns x 3 window positions of them per token made
        this the CRF's slowest step on long messages. Names are formatted once, not per token."""
        configured = self.component_config[self.CONFIG_FEATURES]
        half = len(configured) // 2
        names = self.__dict__.setdefault("_feature_names", {})
        extra = [CRFEntityExtractorOptions.ENTITY] if include_tag_features else []
        count = len(crf_tokens)
        rows = []
        for index in range(count):
            row: Dict[Text, Any] = {}
            for position, pointer in enumerate(range(-half, half + 1)):
                at = index + pointer
                if at >= count:
                    row["EOS"] = True
                    continue
                if at < 0:
                    row["BOS"] = True
                    continue
                token = crf_tokens[at]
                for feature in configured[position] + extra:
                    if feature == CRFEntityExtractorOptions.PATTERN:
                        for pattern_name, matched in token.pattern.items():
                            if matched is not False:
                                key = (pointer, feature, pattern_name)
                                name = names.get(key) or names.setdefault(key, f"{pointer}:{feature}:{pattern_name}")
                                row[name] = matched
                    else:
                        key = (pointer, feature)
                        name = names.get(key) or names.setdefault(key, f"{pointer}:{feature}")
                        row[name] = self.function_dict[feature](token)
            rows.append(row)
        return rows

    def _most_likely_tag(self, predictions: List[Dict[Text, float]]) -> Any:
        """Rasa's, with each tag's BILOU prefix removed once rather than once per tag per token."""
        if not self.component_config[BILOU_FLAG]:
            return super()._most_likely_tag(predictions)
        bare = self.__dict__.setdefault("_bare_tags", {})
        tags, confidences = [], []
        for token_predictions in predictions:
            tag = max(token_predictions, key=lambda key: token_predictions[key])
            tags.append(tag)
            for other in token_predictions:
                if other not in bare:
                    bare[other] = bilou_utils.tag_without_prefix(other)
            entity = bare[tag]
            confidences.append(sum(value for other, value in token_predictions.items() if bare[other] == entity))
        return tags, confidences

    def train(self, training_data: TrainingData) -> Resource:
        """Rasa's fit, in a child process beside the intent classifier's (bot/dialogue/parallel_fit.py)."""
        fit = functools.partial(CRFEntityExtractor.train, self, training_data)
        if parallel_fit.start(fit, "entity CRF"):
            return self._resource
        return fit()

    def persist(self, dataset: List[Any]) -> None:
        with self._model_storage.write_to(self._resource) as model_dir:
            rasa.shared.utils.io.dump_obj_as_json_to_file(model_dir / "crf_order.json", self.crf_order)
            with open(model_dir / "taggers.pkl", "wb") as fh:
                pickle.dump(self.entity_taggers, fh, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "StoredCRFEntityExtractor":
        try:
            with model_storage.read_from(resource) as model_dir:
                taggers = model_dir / "taggers.pkl"
                if taggers.exists():
                    crf_order = rasa.shared.utils.io.read_json_file(model_dir / "crf_order.json")
                    with open(taggers, "rb") as fh:
                        extractor = cls(config, model_storage, resource, pickle.load(fh))
                    extractor.crf_order = crf_order
                    return extractor
        except ValueError:
            pass
        return super().load(config, model_storage, resource, execution_context, **kwargs)


def build_patterns(training_data: TrainingData) -> List[Dict[Text, Text]]:
    """Lookup tables and regexes whose name is an entity, longest terms first."""
    entity_names = set(training_data.entities)
    patterns: List[Dict[Text, Text]] = []
    for table in training_data.lookup_tables:
        if table["name"] not in entity_names:
            continue
        terms = sorted({t.strip() for t in table["elements"] if t.strip()}, key=len, reverse=True)
        if terms:
            patterns.append(
                {"name": table["name"], "pattern": alternation(terms)}
            )
    for regex in training_data.regex_features:
        if regex["name"] in entity_names:
            patterns.append({"name": regex["name"], "pattern": regex["pattern"]})
    return patterns


def _overlaps(a: Dict[Text, Any], b: Dict[Text, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True
)
class ScriptAwareEntityExtractor(RegexEntityExtractor):
    """Lookup and regex entities with per-script word boundaries; wins over overlaps."""

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        patterns: Optional[List[Dict[Text, Text]]] = None,
    ) -> None:
        super().__init__(config, model_storage, resource, patterns)
        self._compiled = [
            (p["name"], re.compile(p["pattern"], re.IGNORECASE)) for p in self.patterns
        ]

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "ScriptAwareEntityExtractor":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        self.patterns = build_patterns(training_data)
        self._compiled = [
            (p["name"], re.compile(p["pattern"], re.IGNORECASE)) for p in self.patterns
        ]
        self.persist()
        return self._resource

    def _extract_entities(self, message: Message) -> List[Dict[Text, Any]]:
        text = message.get(TEXT) or ""
        found: List[Dict[Text, Any]] = []
        for name, regex in self._compiled:
            for match in regex.finditer(text):
                if match.end() > match.start():
                    found.append(
                        {
                            "entity": name,
                            "start": match.start(),
                            "end": match.end(),
                            "value": match.group(0),
                        }
                    )
        # Keep the longest of overlapping matches (e.g. "KK Park" over "Park").
        found.sort(key=lambda e: (-(e["end"] - e["start"]), e["start"]))
        kept: List[Dict[Text, Any]] = []
        for entity in found:
            if not any(_overlaps(entity, k) for k in kept):
                kept.append(entity)
        return sorted(kept, key=lambda e: e["start"])

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            ours = self.add_extractor_name(self._extract_entities(message))
            others = [
                e for e in message.get(ENTITIES, []) if not any(_overlaps(e, o) for o in ours)
            ]
            message.set(ENTITIES, others + ours, add_to_output=True)
        return messages
