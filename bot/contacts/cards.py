"""Contact cards: the emergency card and the embassy card, as plain text.

Built from `ContactBook` only, so every number carries its source date, low-confidence
ones say "unverified", and a missing number is said to be missing.
"""
from __future__ import annotations

import re
from typing import Optional

from bot.contacts.book import HOST_COUNTRIES, ContactBook, Line, Mission
from bot.language.texts import country_name, t


def _date(line: Line, lang: str) -> str:
    date = line.source_date
    if not date or date.startswith("undated"):
        stamp = t("card_undated", lang)
    else:
        stamp = t("card_source", lang, date=date.split(" ")[0])
    if line.confidence == "low":
        stamp += ", " + t("card_unverified", lang)
    return f"({stamp})"


def format_line(label: str, line: Line, lang: str) -> str:
    return f"• {label}: {line.number} {_date(line, lang)}"


URGENT_SERVICES = ("police", "anti_trafficking", "tourist_police")


def local_section(book: ContactBook, host: str, lang: str, *, urgent_only: bool = False) -> str:
    """The host country's numbers; one line per number, naming every service it serves."""
    lines = [t("card_local_title", lang, country=country_name(host, lang))]
    entries = book.local_lines(host)
    if urgent_only:
        entries = [(s, l) for s, l in entries if s in URGENT_SERVICES and l.confidence != "low"] or [
            (s, l) for s, l in entries if s in URGENT_SERVICES
        ]
    if not entries:
        lines.append(t("card_no_local", lang, country=country_name(host, lang)))
    grouped: dict[str, tuple[list[str], Line]] = {}
    for service, line in entries:
        labels, _ = grouped.setdefault(line.number, ([], line))
        label = t(f"svc_{service}", lang)
        if label not in labels:
            labels.append(label)
    for labels, line in grouped.values():
        lines.append(format_line(" / ".join(labels), line, lang))
    return "\n".join(lines)


def _clean_name(name: str) -> str:
    """Drop the data's editorial notes, e.g. "(descriptive)"."""
    return re.sub(r"\s*\((?:descriptive|official)[^)]*\)", "", name or "").strip()


def mission_section(mission: Mission, lang: str, *, full: bool = False) -> str:
    name_en = _clean_name(mission.name_en)
    local_name = mission.name_local if lang != "en" and mission.name_local else name_en
    lines = [t("card_embassy_title", lang, name=local_name)]
    if lang != "en" and local_name != name_en:
        lines.append(name_en)
    if mission.emergency:
        lines.append(format_line(t("line_emergency", lang), mission.emergency, lang))
    else:
        lines.append("• " + t("card_missing_24h", lang))
    if mission.phone:
        lines.append(format_line(t("line_main", lang), mission.phone, lang))
    if full:
        for label, line in mission.others:
            lines.append(format_line(label or t("line_other", lang), line, lang))
        if mission.address:
            lines.append(f"• {t('line_address', lang)}: {mission.address}")
        if mission.email:
            lines.append(f"• {t('line_email', lang)}: {mission.email}")
        if mission.website:
            lines.append(f"• {t('line_web', lang)}: {mission.website}")
    return "\n".join(lines)


def home_section(book: ContactBook, citizen: str, lang: str, *, abroad: bool = True) -> Optional[str]:
    """The home country's 24-hour line. Abroad, only numbers in international form: a domestic
    short code (the Philippines' 1348) cannot be dialled from Cambodia or Myanmar."""
    lines = [(e, l) for e, l in book.home_lines(citizen) if not abroad or l.number.strip().startswith("+")]
    if not lines:
        return None
    entry, line = lines[0]
    name = entry.get("name_local") if lang != "en" and entry.get("name_local") else entry.get("name_en")
    return "\n".join([t("card_home_title", lang, name=_clean_name(name)), format_line(t("line_emergency", lang), line, lang)])


def embassy_sections(
    book: ContactBook, citizens: list[str], host: str, lang: str, *, full: bool, abroad: bool = True
) -> list[str]:
    """For each citizen country: its missions in `host` (or why there are none) and its 24-hour line."""
    parts: list[str] = []
    for citizen in citizens:
        missions = [m for m in book.missions_for(citizen, host) if m.phone or m.emergency]
        home = home_section(book, citizen, lang, abroad=abroad)
        if missions:
            parts.extend(mission_section(m, lang, full=full) for m in missions[: 3 if full else 1])
        else:
            # "use your country's 24-hour line below" only when there is one below
            key = "card_no_embassy" if home else "card_no_contacts"
            parts.append(t(key, lang, citizen=country_name(citizen, lang), country=country_name(host, lang)))
        if home:
            parts.append(home)
    return parts


def emergency_card(book: ContactBook, citizens: list[str], host: str, lang: str) -> str:
    """Local police and trafficking numbers, then the embassy's and home country's lines."""
    return "\n\n".join(
        [local_section(book, host, lang, urgent_only=True), *embassy_sections(book, citizens, host, lang, full=False)]
    )


def embassy_card(book: ContactBook, citizens: list[str], host: str, lang: str) -> str:
    parts = embassy_sections(book, citizens, host, lang, full=True)
    if len(citizens) > 1:
        parts.insert(0, t("card_embassy_both", lang, country=country_name(host, lang)))
    return "\n\n".join(parts)


def country_buttons(intent: str, current: str, lang: str) -> list[dict[str, str]]:
    """Buttons that ask the same question for another host country."""
    return [
        {"title": country_name(code, lang), "payload": f'/{intent}{{"country":"{code}"}}'}
        for code in HOST_COUNTRIES
        if code != current
    ]
