"""Every YAML file of the project reads the same with libyaml's parser as with PyYAML's own."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import fast_yaml
from bot.contacts import validation
from bot.settings import ROOT

FILES = sorted(p for folder in ("bot", "db", "nlu", "responses", "stories") for ext in ("*.yml", "*.yaml") for p in (ROOT / folder).rglob(ext))


def test_the_c_parser_is_there():
    assert fast_yaml.SafeLoader is yaml.CSafeLoader  # the wheel in the lock has libyaml


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_file_reads_the_same(path: Path):
    text = path.read_text(encoding="utf-8")
    assert fast_yaml.safe_load(text) == yaml.safe_load(text)


def test_the_contacts_seed_keeps_its_dates_as_text():
    seed = ROOT / "db" / "seeds" / "contacts.yaml"
    with open(seed, encoding="utf-8") as fh:
        expected = yaml.load(fh, Loader=_PurePythonLoader)  # noqa: S506 - a SafeLoader subclass
    assert validation.read_file(seed) == expected
    assert "2022-08-31" in seed.read_text(encoding="utf-8")


class _PurePythonLoader(yaml.SafeLoader):
    pass


_PurePythonLoader.yaml_implicit_resolvers = validation._Loader.yaml_implicit_resolvers
