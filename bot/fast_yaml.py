"""YAML read with libyaml's C parser when PyYAML has it: the same documents, several times faster.

The bot reads its texts, contacts, places and the domain's vocabulary from YAML at start-up;
with PyYAML's pure-Python `SafeLoader` that was about 2 s of the 6-7 s from process start to the
first reply. `CSafeLoader` is PyYAML's own SafeLoader over libyaml's parser (the constructor and
the resolver are the same Python classes), so the values are the same
(`tests/test_fast_yaml.py` loads every YAML file of the project both ways).
"""
from __future__ import annotations

from typing import IO, Any, Union

import yaml

SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: Union[str, bytes, IO[str], IO[bytes]]) -> Any:
    """`yaml.safe_load`, with the C parser where there is one."""
    return yaml.load(stream, Loader=SafeLoader)  # noqa: S506 - SafeLoader or its C twin
