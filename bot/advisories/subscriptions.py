"""Subscribing to advisories: which host countries a subscriber cares about.

Language and nationality come from the profile; the host countries are chosen with toggle
buttons, the one the user named before preselected. No choice means every country."""
from __future__ import annotations

import json
from typing import Any, Optional

from bot.contacts.book import HOST_COUNTRIES
from bot.language.texts import country_name, t


def subscription_menu(hosts: list[str], language: str) -> dict[str, Any]:
    """The host countries as toggles (✅ = on), then Done."""
    buttons = [{"title": ("✅ " if h in hosts else "") + country_name(h, language), "payload": f"sub:{h}"}
               for h in HOST_COUNTRIES]
    return {"text": t("subscribe_hosts", language),
            "buttons": buttons + [{"title": t("btn_done", language), "payload": "sub:done"}]}


def initial_hosts(user: dict[str, Any]) -> list[str]:
    """What a (re)subscribing user has chosen before, else the host country they named."""
    chosen: Optional[list[str]] = json.loads(user.get("alert_hosts") or "null")
    if chosen:
        return chosen
    return [user["host_country"]] if user.get("host_country") in HOST_COUNTRIES else []
