"""How a reporter sees their cases, in their language."""
from __future__ import annotations

from bot.cases.store import Case
from bot.language.texts import t


def case_lines(cases: list[Case], lang: str) -> list[str]:
    """One line a case: its code, status and last change (date only)."""
    return [t("case_line", lang, code=c.code, status=t(f"status_{c.status}", lang), updated=c.updated_at[:10]) for c in cases]


def labelled(answers: dict, lang: str) -> list[tuple[str, str]]:
    """A report's answers under the labels its reporter saw, in `lang`: (label, value as shown).
    A key with no label stays as it is; a photo shows as "attached", yes/no in the language."""
    from bot.language.texts import TEXTS

    out = []
    for key, value in answers.items():
        label = t(f"field_{key}", lang) if f"field_{key}" in TEXTS else key
        if key == "photo" and value:
            value = t("value_photo_attached", lang)
        elif value in ("yes", "no"):
            value = t(f"value_{value}", lang)
        out.append((label, str(value)))
    return out


def answer_lines(answers: dict, lang: str) -> list[str]:
    """A case's answers as staff read them, in the staff member's language ("Name: …", not "name: …")."""
    return [f"{label}: {value}" for label, value in labelled(answers, lang)]
