"""The intent classifier and the entity CRF fitted at the same time, in two child processes.

Rasa runs its training graph one node after the other, so the two slowest fits, the
intent classifier (the logistic regression's saga solver took about 70 s on a slow two-core
machine; the SVM that replaced it takes seconds) and crfsuite's L-BFGS (about 70 s), ran
back to back although neither needs the other: both read the featurized messages and write
only their own files into the model storage. Threads would not help:
crfsuite holds the GIL through its fit (it calls back into Python to log). So each fit
runs in a forked child that writes its files and exits; the parent goes on with the rest
of the graph and waits for both before Rasa packs the model (`wait_all`, installed on
`LocalModelStorage.create_model_package` by `install`). A child that fails fails the
training, with its exit code; where `fork` is missing, or `BOT_PARALLEL_FIT=0`, each fit
runs in place as Rasa's own code does; so does it while Rasa's training cache is on (it copies
each node's files as soon as the node returns: `make train` and the benchmarks turn it off).

The files are the same bytes either way: the child runs the same code on a copy of the
same memory (`tests/test_parallel_fit.py`).
"""
from __future__ import annotations

import functools
import multiprocessing
import os
from typing import Any, Callable, List

_pending: List[Any] = []


def enabled() -> bool:
    """Whether fits may run in children: fork exists, more than one core, not switched off."""
    if os.environ.get("BOT_PARALLEL_FIT", "1") == "0":
        return False
    if os.environ.get("RASA_MAX_CACHE_SIZE") != "0":
        return False  # Rasa's training cache would copy a resource before its child has written it
    return "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) > 1


def _run(fit: Callable[[], Any]) -> None:
    fit()  # an exception exits the child with code 1 and its traceback on stderr


def start(fit: Callable[[], Any], name: str) -> bool:
    """Run `fit` (which fits and persists) in a forked child; False when it must run in place."""
    if not enabled():
        return False
    process = multiprocessing.get_context("fork").Process(target=_run, args=(fit,), name=name, daemon=False)
    process.start()
    _pending.append(process)
    return True


def wait_all() -> None:
    """Wait for every fit started; raise if any failed (the model would lack its files)."""
    failed = []
    while _pending:
        process = _pending.pop(0)
        process.join()
        if process.exitcode != 0:
            failed.append(f"{process.name} (exit code {process.exitcode})")
    if failed:
        raise RuntimeError("a fit run in a child process failed: " + ", ".join(failed))


def install() -> None:
    """Make Rasa wait for the children before it packs the model (idempotent)."""
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    original = LocalModelStorage.create_model_package
    if getattr(original, "_waits_for_fits", False):
        return

    @functools.wraps(original)
    def create_model_package(self: Any, *args: Any, **kwargs: Any) -> Any:
        wait_all()
        return original(self, *args, **kwargs)

    create_model_package._waits_for_fits = True  # type: ignore[attr-defined]
    LocalModelStorage.create_model_package = create_model_package
