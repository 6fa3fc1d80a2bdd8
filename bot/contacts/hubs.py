"""Which country a shared location pin is in, offline, right at the borders where compounds are.

Nearest-city lookups put a pin in Myawaddy in Mae Sot (Thailand), and coarse country
outlines put Sihanoukville outside Cambodia. So a pin is resolved against the known
compound hubs and the border towns facing them (`db/seeds/hubs.yaml`, coordinates with
their sources): inside a hub's radius → that country and place; near points of more than
one country (a border) → the person is asked with one tap; near points of one country only
→ that country; far from every point → asked.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from bot import fast_yaml
from bot.settings import ROOT

HUBS_FILE = ROOT / "db" / "seeds" / "hubs.yaml"
NEAR_KM = 40.0  # within this of a point, its country is a candidate
EARTH_KM = 6371.0


@dataclass(frozen=True)
class Hub:
    id: str
    place: str  # the gazetteer's English name ("Shwe Kokko"), without the data's notes in brackets
    country: str
    lat: float
    lon: float
    radius_km: float


@dataclass(frozen=True)
class PinPlace:
    """`country` when the pin says it; otherwise the countries to ask about (nearest first)."""

    country: Optional[str] = None
    place: Optional[str] = None
    ask: tuple[str, ...] = field(default_factory=tuple)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


class Hubs:
    def __init__(self, hubs: list[Hub]) -> None:
        self.hubs = hubs

    @classmethod
    def load(cls, path: Path = HUBS_FILE) -> "Hubs":
        data = fast_yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return cls([
            Hub(str(h["id"]), str(h["name"]).split(" (")[0], str(h["country"]), float(h["lat"]), float(h["lon"]),
                float(h["radius_km"]))
            for h in data.get("hubs", [])
        ])

    def locate(self, lat: float, lon: float) -> PinPlace:
        by_distance = sorted((distance_km(lat, lon, h.lat, h.lon), h) for h in self.hubs)
        inside = [h for d, h in by_distance if d <= h.radius_km]
        if inside:
            return PinPlace(inside[0].country, inside[0].place)
        near = [h for d, h in by_distance if d <= NEAR_KM]
        countries = tuple(dict.fromkeys(h.country for h in near))
        if len(countries) == 1:
            return PinPlace(countries[0], near[0].place if by_distance[0][0] <= near[0].radius_km * 3 else None)
        return PinPlace(ask=countries)
