"""Languages: which one to answer in, the texts in each, and script-aware term matching.

A base package: every capability may import it; it imports no other part of the bot.
"""
from __future__ import annotations

from typing import Optional

from bot.language.detect import (
    DEFAULT,
    LANGUAGE_NAMES,
    SUPPORTED,
    LanguageHints,
    choose,
    detect,
    normalise,
    requested_language,
    script_language,
)

# A language says which citizens we most likely talk to; English says nothing.
LANGUAGE_NATIONALITY: dict[str, str] = {"ko": "KR", "id": "ID", "th": "TH", "vi": "VN", "zh": "CN"}


def nationality_guess(language: Optional[str]) -> Optional[str]:
    """The nationality a reply language suggests (ko → KR), None when it suggests none."""
    return LANGUAGE_NATIONALITY.get(language or "")


def language_menu() -> list[dict[str, str]]:
    """Buttons for /language, one per supported language, in its own name."""
    return [{"title": LANGUAGE_NAMES[code], "payload": f"lang:{code}"} for code in SUPPORTED]


__all__ = [
    "DEFAULT", "LANGUAGE_NAMES", "LANGUAGE_NATIONALITY", "SUPPORTED", "LanguageHints", "choose", "detect",
    "language_menu", "nationality_guess", "normalise", "requested_language", "script_language",
]
