"""Wiring: settings in, a ready Assistant out. Both channels start here (the composition root)."""
from __future__ import annotations

import gc
import hashlib
import logging
from pathlib import Path
from typing import Optional

from bot import fast_yaml
from bot.contacts.book import HOST_COUNTRIES
from bot.contacts.emergency import NATIONALITIES
from bot.core.assistant import Assistant
from bot.core.callbacks import CallbackCodec
from bot.core.lanes import FloodGuard
from bot.dialogue.actions import Deps, build_actions
from bot.dialogue.backend import InProcessRasa, RasaBackend, RemoteRasa
from bot.language import SUPPORTED
from bot.settings import ROOT, Settings

logger = logging.getLogger(__name__)
DOMAIN_FILE = ROOT / "responses" / "domain.yml"


def domain_vocabulary(path: Path = DOMAIN_FILE) -> tuple[list[str], list[str]]:
    """Intents and entities of the domain (to accept only our own button payloads)."""
    data = fast_yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data.get("intents", [])), list(data.get("entities", []))


def callback_secret(settings: Settings) -> Optional[str]:
    """CALLBACK_SECRET, else one derived from the bot token (stable across restarts, so
    buttons sent before a restart keep working), else None: random per process."""
    if settings.callback_secret:
        return settings.callback_secret
    if settings.telegram_token:
        return hashlib.sha256(b"compound-guard callbacks:" + settings.telegram_token.encode()).hexdigest()
    return None


def settle_memory() -> None:
    """Move everything loaded so far (the model, Rasa, TensorFlow's modules: millions of objects)
    out of the garbage collector's reach. Otherwise each full collection walks them all and
    stops every thread for a few hundred milliseconds, emergency cards included."""
    gc.collect()
    gc.freeze()
    # Fewer, later collections of what is left: each full one still walks every object created since
    # (20-25 ms every few seconds under load). bench/load.py first reply p95 111-154 -> 105-135 ms.
    gc.set_threshold(5_000, 50, 100)
    gc.enable()  # `python -m bot` turns it off while the model loads


def build_codec(settings: Settings) -> CallbackCodec:
    intents, entities = domain_vocabulary()
    return CallbackCodec(
        callback_secret(settings), intents, entities,
        languages=SUPPORTED, host_countries=HOST_COUNTRIES, nationalities=NATIONALITIES,
    )


def build_backend(settings: Settings, deps: Deps, shared: Optional[InProcessRasa] = None, *,
                  wait: bool = True) -> Optional[RasaBackend]:
    """The Rasa side, or None for limited mode: the bot must keep serving emergency cards.

    `shared`: an already loaded in-process backend whose model is reused (tests, benchmarks).
    `wait=False`: the model loads in the background while the bot already answers."""
    if settings.rasa_url:
        logger.info("Using the Rasa server at %s", settings.rasa_url)
        return RemoteRasa(settings.rasa_url)
    try:
        if shared is not None:
            return shared.sharing_model(build_actions(deps), settings.database_path)
        return InProcessRasa.load(settings.model_path, build_actions(deps), settings.database_path, wait=wait)
    except Exception:
        logger.exception("The Rasa model could not be loaded from %s: running in limited mode", settings.model_path)
        return None


def build_assistant(settings: Settings, shared: Optional[InProcessRasa] = None, *,
                    wait_for_model: bool = True) -> Assistant:
    """`wait_for_model=False` (the running bot): answer from the first second after a start
    or a crash, emergency cards and report confirmations included; a model that then fails
    to load switches the assistant to limited mode."""
    deps = Deps.from_settings(settings)
    backend = build_backend(settings, deps, shared, wait=wait_for_model)
    # One gazetteer, hub table and set of services for the assistant and the custom actions.
    assistant = Assistant(
        deps.storage,
        backend,
        build_codec(settings),
        deps.contacts,
        access=deps.access,
        flood=FloodGuard(settings.flood_limit, settings.flood_window_seconds),
        cards=deps.cards,
        cases=deps.cases,
    )
    if isinstance(backend, InProcessRasa):
        backend.when_loaded(lambda error: _loaded(assistant, settings, error))
    return assistant


def _loaded(assistant: Assistant, settings: Settings, error: Optional[BaseException]) -> None:
    if error is None:
        logger.info("The model is loaded")
        settle_memory()
        return
    logger.error("The Rasa model could not be loaded from %s: running in limited mode", settings.model_path,
                 exc_info=error)
    assistant.backend = None
    gc.enable()  # `python -m bot` turns it off while the model loads
