"""Wiring: settings in, a ready Assistant out. Both channels start here."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

import yaml

from bot.actions import Deps, build_actions
from bot.assistant import Assistant
from bot.places import Gazetteer
from bot.rasa_backend import InProcessRasa, RasaBackend, RemoteRasa
from bot.settings import ROOT, Settings

logger = logging.getLogger(__name__)
DOMAIN_FILE = ROOT / "responses" / "domain.yml"


def domain_vocabulary(path: Path = DOMAIN_FILE) -> tuple[list[str], list[str]]:
    """Intents and entities of the domain (to accept only our own button payloads)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data.get("intents", [])), list(data.get("entities", []))


def build_backend(settings: Settings, deps: Deps) -> Optional[RasaBackend]:
    """The Rasa side, or None for limited mode: the bot must keep serving emergency cards."""
    if settings.rasa_url:
        logger.info("Using the Rasa server at %s", settings.rasa_url)
        return RemoteRasa(settings.rasa_url)
    try:
        return InProcessRasa.load(settings.model_path, build_actions(deps))
    except Exception:
        logger.exception("The Rasa model could not be loaded from %s: running in limited mode", settings.model_path)
        return None


def build_assistant(settings: Settings) -> Assistant:
    deps = Deps.from_settings(settings)
    intents, entities = domain_vocabulary()
    return Assistant(
        deps.storage, build_backend(settings, deps), intents, entities, deps.contacts, Gazetteer.load()
    )
