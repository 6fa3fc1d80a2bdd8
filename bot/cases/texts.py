"""How a reporter sees their cases, in their language."""
from __future__ import annotations

from bot.cases.store import Case
from bot.language.texts import t


def case_lines(cases: list[Case], lang: str) -> list[str]:
    """One line a case: its code, status and last change (date only)."""
    return [t("case_line", lang, code=c.code, status=t(f"status_{c.status}", lang), updated=c.updated_at[:10]) for c in cases]


def answer_lines(answers: dict, lang: str) -> list[str]:
    """A case's answers as staff read them: each under the label the reporter saw, in the staff
    member's language ("Name: …", not "name: …"); a key with no label stays as it is."""
    from bot.language.texts import TEXTS

    lines = []
    for key, value in answers.items():
        label = t(f"field_{key}", lang) if f"field_{key}" in TEXTS else key
        if key == "photo" and value:
            value = t("value_photo_attached", lang)
        elif value in ("yes", "no"):
            value = t(f"value_{value}", lang)
        lines.append(f"{label}: {value}")
    return lines
