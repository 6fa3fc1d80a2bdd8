"""`python -m bot rasa ARGS...`: Rasa's own command line, without TensorFlow when neither
the config nor the model it is given uses it.

`rasa train`, `rasa data validate` and `rasa test` import TensorFlow (3-4 s, ~350 MB) for
nothing with this project's config; `make` runs them through here, which also spares them
work whose result is thrown away (`bot/dialogue/training_speed.py`).
"""
from __future__ import annotations

import sys
from pathlib import Path

from bot.dialogue.tensorflow_deferral import components_in_config, components_of, defer_tensorflow


def _option(args: list[str], name: str, default: str | None) -> str | None:
    """The value of `--name VALUE` or `--name=VALUE` in Rasa's arguments."""
    for index, arg in enumerate(args):
        if arg == name and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return default


def components_used(args: list[str]) -> list[str]:
    """The components of the config and the model a Rasa command will use."""
    used: list[str] = []
    config = _option(args, "--config", "config.yml")
    if config and Path(config).is_file():
        used += components_in_config(Path(config))
    model = _option(args, "--model", None) or _option(args, "-m", None)
    if model and Path(model).is_file():
        used += components_of(Path(model))
    return used


def main(args: list[str]) -> None:
    """Run Rasa's command line with `args` (what follows `rasa`)."""
    defer_tensorflow(components_used(args))
    from rasa.__main__ import main as rasa_main

    from bot.dialogue.training_speed import speed_up

    speed_up()

    sys.argv = ["rasa", *args]
    rasa_main()
