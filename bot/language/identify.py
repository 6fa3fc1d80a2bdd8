"""Which language a message is in, right on short messages too.

1. The script decides where it can: Hangul → ko, Thai → th, Han characters → zh, the
   letters only Vietnamese uses (ơ, ư, đ, ạ, ế…) → vi.
2. Otherwise (Latin letters without those: English, Indonesian, Vietnamese typed without
   diacritics) a character n-gram naive Bayes model trained on the project's own training
   data (`nlu/<lang>/`, ~2,000 examples per language of exactly these users' words, and ~650 short
   chat lines each in `chat/`) decides
   when it is clearly ahead; on 4+ words langdetect is asked when the model hesitates.
3. A message with no language in it ("ok", "117?", an emoji) gives None: the caller keeps
   the user's language, then Telegram's `language_code`.

The model is built from the training files at first use (about half a second) and cached
under var/ keyed by their content.
"""
from __future__ import annotations

import hashlib
import math
import pickle
import re
import threading
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

from bot import fast_yaml
from bot.language.fold import fold_latin

ROOT = Path(__file__).resolve().parents[2]
NLU_DIR = ROOT / "nlu"
# Short chat lines ("k thx", "can u help", "udh kak", "ko dc") the intent data has too few
# of: one message per line, written apart from every evaluation set.
CHAT_DIR = Path(__file__).resolve().parent / "chat"
# Each chat line counts this many times: they are the short messages the model is for, and
# the intent data's long pasted stories (code-mixed with English) otherwise outweigh them
# (chosen on the first two short-message sets: English 0.973 -> 0.985, the others no worse).
CHAT_WEIGHT = 3
CACHE = ROOT / "var" / "langid.pickle"
LATIN_LANGUAGES = ("en", "id", "vi")
MIN_MARGIN_PER_CHAR = 0.35  # log-likelihood lead per character the winner needs
SWITCH_MARGIN_PER_CHAR = 0.6  # ... to move a user off their language on a message of 1-3 words
MIN_LETTERS = 3
# How much the whole words count beside the character n-grams (chosen on short-message
# sets 1-5, 2,250 en/id/vi messages: 34 errors at 0, 32 at 1, 24 at 2, 23 at 3, 22 at 4).
WORD_WEIGHT = 3.0
# A message of one or two letters-worth ("np", "u") is read from its words alone when each
# is seen this often in one language's data and ten times less often in the others'.
TELLING_WORD_MIN = 5
TELLING_WORD_RATIO = 10

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
# Letters of Vietnamese and of no other supported language.
# Among our Latin-script languages (en, id, vi) every accented vowel is Vietnamese.
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ"
                         r"ấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_CODES = re.compile(r"\b[A-Z]{2,}-[A-Z0-9-]+\b|\S*\d\S*|@\w+|https?://\S+|\b\w+\.(?:com|me|net|org)\S*")
# Indonesian writes a doubled word with a 2 ("sama2", "hati2"): the word, not a code.
_DOUBLED = re.compile(r"\b([a-z]{2,})2\b", re.IGNORECASE)
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")
# Words every language's chats share: they say nothing about the language.
_UNIVERSAL = frozenset({"ok", "okay", "oke", "okey", "sos", "cs", "admin", "wa", "whatsapp", "telegram", "line", "zalo",
                        "wechat", "facebook", "fb", "ig", "tiktok", "kk", "park", "case", "id", "visa", "usd", "dollar",
                        "hr", "pm", "dm", "job", "online", "boss", "haha", "hehe", "menu"})
# English words everyone's chats borrow ("thanks", "pls"): alone they lean to English, but
# never move someone writing another language off it.
_LOANWORDS = frozenset({"hi", "hello", "halo", "hallo", "bye", "thanks", "thx", "yes", "no", "help", "pls", "plz",
                        "please", "sorry", "bro", "sis", "yeah", "yup", "ya", "thank", "tq", "ty", "lol", "omg", "wow",
                        "nice", "good", "sir", "madam", "mam",
                        # the bot's own commands, typed as words by everyone ("subscribe", "cancel")
                        "subscribe", "unsubscribe", "stop", "start", "cancel", "report", "status", "emergency"})


def script_language(text: str) -> Optional[str]:
    """The language a script gives away, if at least a fifth of the letters are in it."""
    letters = _LETTER.findall(text or "")
    if not letters:
        return None
    total = len(letters)

    def share(pattern: re.Pattern[str]) -> float:
        return sum(1 for ch in letters if pattern.match(ch)) / total

    if share(_HANGUL) >= 0.2:
        return "ko"
    if share(_THAI) >= 0.2:
        return "th"
    if share(_HAN) >= 0.2 and not _KANA.search(text):
        return "zh"
    if _VIETNAMESE.search(text) and share(_VIETNAMESE) >= 0.04:
        return "vi"
    return None


def _grams(text: str) -> Iterable[str]:
    # Folded: the model reads Vietnamese as typed without marks (with marks, the script
    # decides), so "chiếu" in the training data counts as "chieu", not as "chi" and "u".
    padded = f" {re.sub(r'[^a-z ]+', ' ', fold_latin(text).lower())} "
    padded = re.sub(r" +", " ", padded)
    for n in (1, 2, 3, 4):
        for i in range(len(padded) - n + 1):
            gram = padded[i:i + n]
            if gram.strip():
                yield gram


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", fold_latin(text).lower())


class NaiveBayes:
    """Character 1–4-grams plus whole words, add-one smoothing, one class per Latin-script
    language. The words matter on short messages: "thank u so much" has Vietnamese-looking
    n-grams ("so", "uch") but English words."""

    def __init__(self, examples: dict[str, list[str]]) -> None:
        self.counts = {lang: Counter(g for text in texts for g in _grams(text)) for lang, texts in examples.items()}
        self.totals = {lang: sum(c.values()) for lang, c in self.counts.items()}
        self.vocabulary = len(set().union(*self.counts.values())) or 1
        self.words = {lang: Counter(w for text in texts for w in _words(text)) for lang, texts in examples.items()}
        self.word_totals = {lang: sum(c.values()) for lang, c in self.words.items()}
        self.word_vocabulary = len(set().union(*self.words.values())) or 1

    def scores(self, text: str) -> dict[str, float]:
        grams = list(_grams(text))
        words = _words(text)
        out = {}
        for lang, counts in self.counts.items():
            denominator = math.log(self.totals[lang] + self.vocabulary)
            chars = sum(math.log(counts.get(g, 0) + 1) - denominator for g in grams)
            word_denominator = math.log(self.word_totals[lang] + self.word_vocabulary)
            whole = sum(math.log(self.words[lang].get(w, 0) + 1) - word_denominator for w in words)
            out[lang] = chars + WORD_WEIGHT * whole
        return out


def _examples(language: str) -> list[str]:
    """The training examples of one language, without entity annotations."""
    out: list[str] = []
    for path in sorted((NLU_DIR / language).glob("*.yml")):
        data = fast_yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            if "intent" not in block:
                continue
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    out.append(_ANNOTATION.sub(r"\1", line[2:]))
    chat = CHAT_DIR / f"{language}.txt"
    if chat.exists():
        out.extend([line.strip() for line in chat.read_text(encoding="utf-8").splitlines() if line.strip()] * CHAT_WEIGHT)
    return out


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for lang in LATIN_LANGUAGES:
        for path in sorted((NLU_DIR / lang).glob("*.yml")):
            digest.update(path.read_bytes())
        chat = CHAT_DIR / f"{lang}.txt"
        if chat.exists():
            digest.update(chat.read_bytes())
    digest.update(f"{CHAT_WEIGHT} words {WORD_WEIGHT} folded".encode())
    return digest.hexdigest()


_lock = threading.Lock()
_model: Optional[NaiveBayes] = None


def model() -> NaiveBayes:
    """Built once per process; cached on disk until the training data changes."""
    global _model
    with _lock:
        if _model is None:
            key = _fingerprint()
            try:
                cached_key, cached = pickle.loads(CACHE.read_bytes())
                if cached_key == key:
                    _model = cached
            except (OSError, ValueError, EOFError, pickle.UnpicklingError, TypeError):
                pass
            if _model is None:
                _model = NaiveBayes({lang: _examples(lang) for lang in LATIN_LANGUAGES})
                try:
                    CACHE.parent.mkdir(parents=True, exist_ok=True)
                    CACHE.write_bytes(pickle.dumps((key, _model)))
                except OSError:
                    pass
        return _model


def latin_language(text: str, *, margin: float = MIN_MARGIN_PER_CHAR, loanwords: bool = False,
                   tiny: bool = True) -> Optional[str]:
    """en, id or vi for Latin-script text, when the model is clearly ahead; None otherwise.
    `loanwords`: read the borrowed words too (for a message made only of them); `tiny`:
    read a message of one or two letters from its telling words."""
    text = _CODES.sub(" ", _DOUBLED.sub(r"\1 \1", text or ""))  # "ADV-7Q2K9M", "CASE-2026-00042", "@hr_kh88", links: no language
    words = [w for w in re.findall(r"[a-z]+", text.lower())]
    meaningful = [w for w in words if w not in _UNIVERSAL and (loanwords or w not in _LOANWORDS)]
    letters = sum(len(w) for w in meaningful)
    if letters < MIN_LETTERS:
        return _telling_words(meaningful) if tiny and meaningful else None
    scores = model().scores(" ".join(meaningful))
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if (top - second) / max(letters, 1) >= margin else None


def _telling_words(words: list[str]) -> Optional[str]:
    """The language of a message too short for the n-grams ("np", "u"), when each of its
    words is common in one language's data and rare in the others' (ten times rarer)."""
    nb = model()
    found = set()
    for word in words:
        rates = {lang: nb.words[lang].get(word, 0) / max(1, nb.word_totals[lang]) for lang in nb.words}
        best = max(rates, key=rates.get)
        if nb.words[best].get(word, 0) < TELLING_WORD_MIN or any(
                rate * TELLING_WORD_RATIO > rates[best] for lang, rate in rates.items() if lang != best):
            return None
        found.add(best)
    return found.pop() if len(found) == 1 else None


def identify(text: str, *, switching: bool = False) -> Optional[str]:
    """The language of `text`, or None when it has none (the caller keeps the user's).
    `switching`: the user already has a language; a short Latin-script message must be
    clearer to move them off it ("thank you" from an Indonesian stays Indonesian)."""
    found = script_language(text)
    if found:
        return found
    if switching:
        short = len(re.findall(r"[^\W\d_]+", text or "")) < 4
        return latin_language(text, margin=SWITCH_MARGIN_PER_CHAR if short else MIN_MARGIN_PER_CHAR, tiny=False)
    # Someone new: the borrowed words count too ("menu please" is English, "thanks" alone
    # leans English); when they blur the lead, the other words decide.
    return latin_language(text, loanwords=True) or latin_language(text)
