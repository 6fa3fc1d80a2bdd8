"""Fits run in child processes (bot/dialogue/parallel_fit.py): their files are there once
`wait_all` returns, a failed fit fails the training, and Rasa's cache turns it off.

The model trained this way was compared with one trained in place (stop 27): the classifier's
pickle byte for byte, the CRF's labels, state features and transitions equal."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue import parallel_fit


@pytest.fixture
def on(monkeypatch):
    monkeypatch.setenv("RASA_MAX_CACHE_SIZE", "0")
    monkeypatch.delenv("BOT_PARALLEL_FIT", raising=False)
    monkeypatch.setattr(parallel_fit.os, "cpu_count", lambda: 2)


def _write(path: Path, text: str) -> None:
    path.write_text(text)


def _fail() -> None:
    raise ValueError("no data")


def test_a_fit_in_a_child_has_written_its_files_when_wait_all_returns(on, tmp_path):
    targets = [tmp_path / "classifier.pkl", tmp_path / "taggers.pkl"]
    for target in targets:
        assert parallel_fit.start(lambda target=target: _write(target, target.name), target.name)
    parallel_fit.wait_all()
    assert [t.read_text() for t in targets] == ["classifier.pkl", "taggers.pkl"]


def test_a_failed_fit_fails_the_training(on, tmp_path):
    assert parallel_fit.start(_fail, "entity CRF")
    assert parallel_fit.start(lambda: _write(tmp_path / "ok", "ok"), "intent classifier")
    with pytest.raises(RuntimeError, match="entity CRF"):
        parallel_fit.wait_all()
    assert (tmp_path / "ok").read_text() == "ok"  # the other fit was still waited for
    parallel_fit.wait_all()  # nothing left pending


@pytest.mark.parametrize("variable, value", [("BOT_PARALLEL_FIT", "0"), ("RASA_MAX_CACHE_SIZE", "1000")])
def test_switched_off_or_with_rasas_cache_on_each_fit_runs_in_place(on, monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    assert not parallel_fit.start(_fail, "never started")
    parallel_fit.wait_all()


def test_one_core_runs_each_fit_in_place(on, monkeypatch):
    monkeypatch.setattr(parallel_fit.os, "cpu_count", lambda: 1)
    assert not parallel_fit.enabled()


def test_rasa_packs_the_model_only_after_the_fits(on, monkeypatch, tmp_path):
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    seen = []
    monkeypatch.setattr(LocalModelStorage, "create_model_package",
                        lambda self, *a, **k: seen.append((tmp_path / "late").exists()))
    parallel_fit.install()
    parallel_fit.install()  # idempotent: one wait, not two wrappers
    assert getattr(LocalModelStorage.create_model_package, "_waits_for_fits", False)
    parallel_fit.start(lambda: (__import__("time").sleep(0.3), _write(tmp_path / "late", "x")), "slow fit")
    LocalModelStorage.create_model_package(object())
    assert seen == [True]
