"""Embassy, hotline and emergency contacts, read from the project's seed data.

Every number shown to a user comes from here, with the date of its source: nothing is
typed into a response by hand. Low-confidence entries are marked unverified.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from bot import fast_yaml
# Where people end up, by the English location names the NLU returns.
LOCATION_COUNTRY: dict[str, str] = {
    "Phnom Penh": "KH", "Sihanoukville": "KH", "Bavet": "KH", "Poipet": "KH", "Bokor": "KH",
    "Kampot": "KH", "Siem Reap": "KH", "Koh Kong": "KH", "Svay Rieng": "KH", "Battambang": "KH",
    "Myawaddy": "MM", "KK Park": "MM", "Shwe Kokko": "MM", "Tachileik": "MM", "Laukkaing": "MM",
    "Yangon": "MM", "Golden Triangle SEZ": "LA", "Bokeo": "LA", "Vientiane": "LA",
    "Mae Sot": "TH", "Bangkok": "TH", "Mae Sai": "TH", "Chiang Saen": "TH",
    "Ho Chi Minh City": "VN", "Hanoi": "VN",
}
HOST_COUNTRIES = ("KH", "MM", "LA", "TH", "VN")
SERVICE_ORDER = ("police", "anti_trafficking", "tourist_police", "ambulance", "fire", "scam_report")


@dataclass(frozen=True)
class Line:
    """One reachable number (or channel) with where it comes from."""

    number: str
    source_date: str
    confidence: str
    note: str = ""


@dataclass
class Mission:
    id: str
    citizen: str
    host: str
    name_en: str
    name_local: str
    address: str
    phone: Optional[Line]
    emergency: Optional[Line]
    others: list[tuple[str, Line]] = field(default_factory=list)
    email: str = ""
    website: str = ""


def _line(number: str, entry: dict[str, Any], date: Any = None) -> Optional[Line]:
    number = (number or "").strip()
    if not number:
        return None
    return Line(
        number=number,
        source_date=str(date if date is not None else entry.get("source_date") or "undated"),
        confidence=str(entry.get("confidence") or "low"),
        note=str(entry.get("note") or "").strip(),
    )


class ContactBook:
    """Read-only view over the contacts seed (db/seeds/contacts.yaml)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.meta = data.get("meta", {})
        self.missions = [self._mission(m) for m in data.get("missions", [])]
        self.home = data.get("home_hotlines", [])
        self.local = data.get("local_emergency", [])

    @classmethod
    def load(cls, path: Path | str) -> "ContactBook":
        with open(path, encoding="utf-8") as fh:
            return cls(fast_yaml.safe_load(fh))

    @staticmethod
    def _mission(m: dict[str, Any]) -> Mission:
        others = [
            (o.get("label", ""), _line(o.get("number", ""), m, o.get("source_date")))
            for o in m.get("other_phones", []) or []
        ]
        return Mission(
            id=m["id"],
            citizen=m["citizen_country"],
            host=m["host_country"],
            name_en=m.get("name_en", ""),
            name_local=m.get("name_local", ""),
            address=m.get("address", ""),
            phone=_line(m.get("phone", ""), m),
            emergency=_line(m.get("emergency_phone", ""), m),
            others=[(label, line) for label, line in others if line],
            email=m.get("email", ""),
            website=m.get("website", "") or "",
        )

    def missions_for(self, citizen: str, host: str) -> list[Mission]:
        """Missions of `citizen`'s country in `host`; embassies first."""
        found = [m for m in self.missions if m.citizen == citizen and m.host == host]
        return sorted(found, key=lambda m: (not m.id.endswith("embassy") and "embassy" not in m.id, m.id))

    def local_lines(self, host: str) -> list[tuple[str, Line]]:
        """(service, line) for every published number in `host`, police first."""
        out: list[tuple[str, Line]] = []
        for entry in self.local:
            if entry.get("host_country") != host:
                continue
            line = _line(entry.get("number", ""), entry)
            if line:
                out.append((entry["service"], line))
            for extra in entry.get("other_numbers", []) or []:
                extra_line = _line(extra, entry)
                if extra_line:
                    out.append((entry["service"], extra_line))
        order = {s: i for i, s in enumerate(SERVICE_ORDER)}
        return sorted(out, key=lambda sl: order.get(sl[0], len(order)))

    def home_lines(self, citizen: str) -> list[tuple[dict[str, Any], Line]]:
        """The citizen country's own 24-hour consular lines, best confidence first."""
        rank = {"high": 0, "medium": 1, "low": 2}
        out = []
        for entry in self.home:
            if entry.get("citizen_country") == citizen:
                line = _line(entry.get("phone", ""), entry)
                if line:
                    out.append((entry, line))
        return sorted(out, key=lambda el: rank.get(el[1].confidence, 3))

    def all_numbers(self) -> set[str]:
        """Every number in the data, digits only (for checks that nothing is invented)."""
        numbers: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key in ("phone", "emergency_phone", "number", "value") and isinstance(value, str):
                        numbers.add("".join(ch for ch in value if ch.isdigit()))
                    elif key == "other_numbers":
                        numbers.update("".join(ch for ch in v if ch.isdigit()) for v in value or [])
                    walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)

        walk({"home": self.home, "local": self.local})
        for m in self.missions:
            for line in [m.phone, m.emergency, *[l for _, l in m.others]]:
                if line:
                    numbers.add("".join(ch for ch in line.number if ch.isdigit()))
        numbers.discard("")
        return numbers


def country_of(country: Optional[str], location: Optional[str]) -> Optional[str]:
    """The host country from a `country` or `location` value, if it is one we cover."""
    if country and country.upper() in HOST_COUNTRIES:
        return country.upper()
    if location:
        for name, code in LOCATION_COUNTRY.items():
            if name.lower() == location.lower():
                return code
    return None
