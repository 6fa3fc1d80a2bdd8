"""A location pin's country, offline, at the borders where the compounds are."""
import pytest
import yaml

from bot.contacts.hubs import HUBS_FILE, Hubs, PinPlace, distance_km

HUBS = Hubs.load()


@pytest.mark.parametrize("lat, lon, expected", [
    (16.6878, 98.5083, PinPlace("MM", "Myawaddy")),  # nearest-city lookups say Mae Sot
    (16.6311, 98.5569, PinPlace("MM", "KK Park")),
    (16.7131, 98.5747, PinPlace("TH", "Mae Sot")),
    (10.6200, 103.5200, PinPlace("KH", "Sihanoukville")),  # coarse outlines put it outside Cambodia
    (11.0700, 106.1300, PinPlace("KH", "Bavet")),  # nearest-city lookups say Vietnam
    (20.3612, 100.0998, PinPlace("LA", "Golden Triangle SEZ")),  # ... and Thailand here
])
def test_hubs_win_over_nearest_cities(lat, lon, expected):
    assert HUBS.locate(lat, lon) == expected


def test_near_a_border_with_no_hub_close_the_person_is_asked():
    assert HUBS.locate(16.695, 98.505) == PinPlace(ask=("MM", "TH"))


def test_far_from_every_hub_the_person_is_asked():
    assert HUBS.locate(16.84, 96.17).country is None  # Yangon


def test_every_hub_has_a_source_and_no_two_countries_overlap():
    data = yaml.safe_load(HUBS_FILE.read_text(encoding="utf-8"))["hubs"]
    assert all(h["source"].startswith("http") and h["source_date"] for h in data)
    for a in HUBS.hubs:
        for b in HUBS.hubs:
            if a.country != b.country:
                assert distance_km(a.lat, a.lon, b.lat, b.lon) > a.radius_km + b.radius_km, (a.id, b.id)
