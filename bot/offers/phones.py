"""Phone numbers in one form (E.164), however a recruiter or a family writes them.

"0812-3456-7890" (read for Indonesia), "+62 812 3456 7890" and "wa.me/6281234567890" are
one number, +6281234567890: one recruiter's number then matches every way it is written.
Offline: `phonenumbers` carries its own metadata.
"""
from __future__ import annotations

import re
from typing import Optional

import phonenumbers

_MESSENGER = re.compile(r"(?:wa\.me|api\.whatsapp\.com/send\?phone=)/?\+?(\d{8,15})", re.I)


def e164(raw: str, region: Optional[str] = None) -> Optional[str]:
    """The number as "+<country><number>", or None when it is not a possible phone number.

    A number written with "+" or "00", or inside a wa.me link, carries its country; a local
    number ("0812…") is read in `region` (the writer's country), and without one it is
    tried as international digits."""
    text = (raw or "").strip()
    link = _MESSENGER.search(text)
    if link:
        text = "+" + link.group(1)
    digits = re.sub(r"\D", "", text)
    if not 6 <= len(digits) <= 17:
        return None
    if text.startswith("00"):
        text, digits = "+" + digits[2:], digits[2:]
    candidates = []
    if text.startswith("+"):
        candidates.append(("+" + digits, None))
    else:
        if region:
            candidates.append((digits, region.upper()))
        if not digits.startswith("0"):
            candidates.append(("+" + digits, None))
    for number, where in candidates:
        try:
            parsed = phonenumbers.parse(number, where)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return None
