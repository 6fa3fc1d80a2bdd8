"""Korean words spelled out letter by letter, for the character n-grams of the intent features."""
from bot.dialogue.hangul import has_hangul, spelled_out
from tests.support.components import component


def test_a_syllable_becomes_the_letters_people_type():
    assert spelled_out("안녕") == "ㅇㅏㄴㄴㅕㅇ"
    assert spelled_out("ㅇㅇ") == "ㅇㅇ"  # typed letters stay as they are


def test_variants_people_type_share_their_letters():
    assert spelled_out("안뇽")[:4] == spelled_out("안녕")[:4] == "ㅇㅏㄴㄴ"
    assert spelled_out("비활성화해주세요").startswith("ㅂㅣ" + spelled_out("활성화"))


def test_other_scripts_are_left_alone():
    assert spelled_out("KK Park 西港 ปอยเปต") == "KK Park 西港 ปอยเปต"
    assert not has_hangul("ㅋㅋㅋ") and has_hangul("캄보디아") and not has_hangul("Phnom Penh")


def test_the_featurizer_counts_the_letters_of_korean_words_only():
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.dialogue.nlu_components import HangulSpellingCountVectorsFeaturizer, LetterSafeWhitespaceTokenizer

    config = {"use_lemma": False, "analyzer": "char_wb", "min_ngram": 1, "max_ngram": 2, "lowercase": True}
    tokenizer = LetterSafeWhitespaceTokenizer(LetterSafeWhitespaceTokenizer.get_default_config())
    featurizer = component(HangulSpellingCountVectorsFeaturizer, config, "hangul")
    rows = [("안녕하세요", "greet"), ("hello", "greet")]
    data = TrainingData(training_examples=[Message(data={"text": text, "intent": intent}) for text, intent in rows])
    tokenizer.process_training_data(data)
    featurizer.train(data)
    vocabulary = featurizer.vectorizers["text"].vocabulary_
    assert "ㄴㄴ" in vocabulary and "안녕" in vocabulary  # the letters beside the syllables
    typed = Message(data={"text": "안뇽"})
    tokenizer.process([typed])
    featurizer.process([typed])
    sentence = typed.get_sparse_features("text")[1].features
    letters = {vocabulary[g] for g in ("ㅇㅏ", "ㅏㄴ", "ㄴㄴ")}
    assert letters <= set(sentence.col)  # the variant shares letter pairs it shares no syllable pair with
