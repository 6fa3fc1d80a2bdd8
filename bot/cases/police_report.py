"""The detained person's self-report for the police, in English whatever language they used.

Nothing here calls a translation service: places and nationalities come from the gazetteer
and the contacts data in English, numbers and yes/no answers from the form, and free text
the person typed (a building's name, a contact) is quoted as written and marked with its
language, so the police know what they are reading.
"""
from __future__ import annotations

from typing import Any, Optional

LANGUAGE_NAMES_EN = {"en": "English", "ko": "Korean", "id": "Indonesian", "th": "Thai", "vi": "Vietnamese", "zh": "Chinese"}
# What Cambodia's police ask a self-report to carry (verify-and-advice.md §6, Korea MOFA 2025-10-28).
CHECKLIST = ("gps", "building_photo", "passport_copy", "face_photo", "rescue_video")
CHECKLIST_EN = {
    "gps": "GPS location (a location pin or map link)",
    "building_photo": "a photo of the building showing its name and your floor and unit number",
    "passport_copy": "a copy of your passport (or its number)",
    "face_photo": "a current photo of your face",
    "rescue_video": "a short video of you saying you want to be rescued",
}


def _quoted(value: Optional[str], language: str) -> str:
    value = (value or "").strip()
    if not value:
        return "not given"
    if language == "en":
        return value
    return f'"{value}" (as written, in {LANGUAGE_NAMES_EN.get(language, language)})'


def police_report(answers: dict[str, Any], *, language: str, host_en: str, nationality_en: Optional[str]) -> str:
    """The report text, ready to copy or forward."""
    place = answers.get("place_en") or _quoted(answers.get("place"), language)
    lines = [
        "RESCUE REQUEST (self-report)",
        f"I am being held against my will in {place}, {host_en}. I cannot leave.",
    ]
    if answers.get("gps"):
        lat, lon = answers["gps"]
        lines.append(f"GPS: {lat:.5f}, {lon:.5f} (https://maps.google.com/?q={lat:.5f},{lon:.5f})")
    lines.append(f"Building / compound, floor, unit: {_quoted(answers.get('building'), language)}")
    if answers.get("count"):
        lines.append(f"People held with me: {answers['count']}")
    if nationality_en:
        lines.append(f"My nationality: {nationality_en}")
    passport = answers.get("passport")
    if passport in ("yes", "no"):
        lines.append("My passport was taken from me." if passport == "yes" else "I still have my passport.")
    lines.append(f"How to reach me: {_quoted(answers.get('contact'), language)}")
    lines.append("Please help me. I ask to be rescued.")
    return "\n".join(lines)


def missing_items(answers: dict[str, Any]) -> list[str]:
    """What the police also need that this report does not carry yet."""
    have = {"gps"} if answers.get("gps") else set()
    return [CHECKLIST_EN[item] for item in CHECKLIST if item not in have]
