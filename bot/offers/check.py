"""A job offer in, the answer a user reads out: flags with their words, what to do.

The channels and the Rasa action share this: the analyser (`bot/risk.py`) reads the
offer, reported recruiter identifiers are looked up (`bot/recruiters.py`), and
`bot/risk_texts.py` writes the answer in the user's language for their nationality.
"""
from __future__ import annotations

from typing import Any, Optional

import sqlite_utils

from bot.language import nationality_guess

from bot.offers.recruiters import match
from bot.offers.risk import Analysis, analyse
from bot.offers.texts import render

# Below this many characters a message without any red flag is a question about an
# offer ("is this job legit?"), not the offer itself: ask for the offer instead.
MIN_OFFER_CHARS = 80
# A long paste that is not classified as an offer is still checked when it reads like one.
LONG_PASTE_CHARS = 200


def citizen_of(user: Optional[dict[str, Any]], lang: str) -> Optional[str]:
    """The nationality whose verification steps apply: confirmed, else guessed from the language."""
    if user and user.get("nationality"):
        return str(user["nationality"])
    return nationality_guess(lang)


def has_offer(analysis: Analysis, text: str) -> bool:
    """Whether the text carries an offer to check, not only a question about one."""
    return bool(analysis.flags or analysis.identifiers) or len(text.strip()) >= MIN_OFFER_CHARS


def reads_like_offer(analysis: Analysis, text: str) -> bool:
    """A long paste with the marks of a recruiter's ad, whatever the model made of it."""
    return len(text) >= LONG_PASTE_CHARS and (len(analysis.flags) >= 2 or analysis.risk != "low")


def analyse_for(text: str, lang: str, user: Optional[dict[str, Any]]) -> Analysis:
    """The offer read with this user's salary norms (by nationality)."""
    return analyse(text, citizen=citizen_of(user, lang))


def answer(analysis: Analysis, lang: str, user: Optional[dict[str, Any]], db: sqlite_utils.Database) -> str:
    """The reply a user reads, naming any recruiter identifiers already reported."""
    return render(analysis, lang, citizen_of(user, lang), match(db, analysis.identifiers))


def check(text: str, lang: str, user: Optional[dict[str, Any]], db: sqlite_utils.Database) -> tuple[Analysis, str]:
    """Analyse an offer for this user and write the answer."""
    analysis = analyse_for(text, lang, user)
    return analysis, answer(analysis, lang, user, db)
