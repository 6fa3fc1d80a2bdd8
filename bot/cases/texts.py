"""How a reporter sees their cases, in their language."""
from __future__ import annotations

from bot.cases.store import Case
from bot.language.texts import t


def case_lines(cases: list[Case], lang: str) -> list[str]:
    """One line a case: its code, status and last change (date only)."""
    return [t("case_line", lang, code=c.code, status=t(f"status_{c.status}", lang), updated=c.updated_at[:10]) for c in cases]
