"""Read response texts from responses/ the way Rasa picks them, for assertions."""
from __future__ import annotations

import functools
import re

import yaml

from bot.settings import ROOT


@functools.lru_cache(maxsize=None)
def responses() -> dict:
    out: dict = {}
    for path in sorted((ROOT / "responses").glob("*.yml")):
        out.update(yaml.safe_load(path.read_text(encoding="utf-8")).get("responses", {}) or {})
    return out


def variant(key: str, language: str) -> dict:
    """The variation Rasa sends for `language` (the unconditioned one is English)."""
    default = None
    for item in responses()[key]:
        conditions = item.get("condition") or []
        if not conditions:
            default = default or item
        elif any(c.get("name") == "language" and c.get("value") == language for c in conditions):
            return item
    assert default is not None, key
    return default


def text(key: str, language: str) -> str:
    """A response's text; a form question asked by an action (`action_ask_<slot>`) is the
    bot's own text `ask_<slot>`."""
    if key not in responses() and key.startswith("utter_ask_"):
        from bot.language.texts import t

        return t(key[len("utter_"):], language)
    return variant(key, language)["text"]


def opening(key: str, language: str, length: int = 25) -> str:
    """The start of a response, before any {slot} placeholder: enough to recognise it."""
    return re.split(r"\{", text(key, language))[0][:length]
