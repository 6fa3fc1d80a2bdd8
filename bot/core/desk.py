"""The staff desk in Telegram: writing an advisory (/advisory), managing staff (/staff) and the
figures (/stats). Plain functions of the services, testable without Telegram; the assistant
routes staff commands, buttons and awaited texts here. Who may do what: `bot/store/access.py`.
"""
from __future__ import annotations

import json
from typing import Any

from bot.advisories import store as advisories
from bot.advisories.sender import render
from bot.advisories.service import AdvisoriesService, Outcome, Refused, audience_label, parse_texts
from bot.contacts.book import HOST_COUNTRIES
from bot.contacts.emergency import NATIONALITIES
from bot.language.texts import country_name, t
from bot.store import Storage, audit
from bot.store import staff as staff_store
from bot.store.access import Access, Actor


def host_buttons(advisory_id: int, language: str) -> list[tuple[str, str]]:
    return [(t("btn_adv_any", language), f"adv:host:{advisory_id}:any")] + [
        (country_name(c, language), f"adv:host:{advisory_id}:{c}") for c in HOST_COUNTRIES]


def nationality_buttons(advisory_id: int, language: str) -> list[tuple[str, str]]:
    return [(t("btn_adv_any", language), f"adv:nat:{advisory_id}:any")] + [
        (country_name(c, language), f"adv:nat:{advisory_id}:{c}") for c in NATIONALITIES]


class Desk:
    def __init__(self, storage: Storage, access: Access, advisories_service: AdvisoriesService) -> None:
        self.storage = storage
        self.access = access
        self.advisories = advisories_service

    @property
    def conn(self) -> Any:
        return self.storage.db.conn

    # -- /advisory ------------------------------------------------------------------------------
    def written(self, actor: Actor, message: str, language: str) -> tuple[str, list[tuple[str, str]]]:
        """The advisory's text arrived: a draft, then the audience (officers: their mission's)."""
        draft = self.advisories.write(actor, parse_texts(message))
        if actor.is_admin:
            return t("adv_pick_host", language), host_buttons(draft.id, language)
        return self.preview(actor, draft.id, language)

    def follow_up(self, actor: Actor, code: str, message: str, language: str, *,
                  withdraw: bool) -> tuple[str, list[tuple[str, str]]]:
        """A correction or withdrawal of a sent advisory: the same readers, then the preview."""
        draft = self.advisories.follow_up(actor, code, parse_texts(message), withdraw=withdraw)
        return self.preview(actor, draft.id, language)

    def audience(self, actor: Actor, advisory_id: int, which: str, value: str,
                 language: str) -> tuple[str, list[tuple[str, str]]]:
        draft = advisories.get(self.conn, advisory_id)
        if draft is None:
            raise Refused(t("expired_button", language))
        picked = None if value == "any" else value
        if which == "host":
            self.advisories.set_audience(actor, advisory_id, nationality=draft.nationality, host=picked)
            return t("adv_pick_nationality", language), nationality_buttons(advisory_id, language)
        self.advisories.set_audience(actor, advisory_id, nationality=picked, host=draft.host_country)
        return self.preview(actor, advisory_id, language)

    def preview(self, actor: Actor, advisory_id: int, language: str) -> tuple[str, list[tuple[str, str]]]:
        draft = advisories.get(self.conn, advisory_id)
        if draft is None or draft.author != actor.user_id:
            raise Refused(t("expired_button", language))
        count = self.advisories.count(draft)
        text = t("adv_preview", language, languages=", ".join(draft.texts), audience=audience_label(draft, language),
                 count=count, text=render(draft, next(iter(draft.texts))))
        send = "btn_adv_send" if count <= 1000 or actor.is_admin else "btn_adv_ask_approval"
        return text, [(t(send, language), f"adv:send:{advisory_id}"), (t("btn_adv_cancel", language), f"adv:cancel:{advisory_id}")]

    def send(self, actor: Actor, advisory_id: int) -> Outcome:
        return self.advisories.submit(actor, advisory_id)

    def approve(self, actor: Actor, advisory_id: int) -> Outcome:
        return self.advisories.approve(actor, advisory_id)

    # -- /staff ---------------------------------------------------------------------------------
    def staff(self, actor: Actor, args: str, language: str) -> str:
        if not self.access.allows(actor, "staff.manage"):
            return t("staff_only", language)
        words = args.split()
        if not words or words[0] == "list":
            rows = [f"{m.telegram_id} · {m.role}" + (f" · {m.citizen_country}/{m.host_country}" if m.citizen_country else "")
                    for m in staff_store.members(self.conn)]
            return "\n".join(rows) + "\n\n" + t("staff_usage", language)
        try:
            if words[0] == "remove" and len(words) == 2:
                gone = staff_store.remove(self.conn, actor.user_id, int(words[1]))
                return t("staff_changed", language, what=f"{words[1]} removed" if gone else f"{words[1]} was not staff")
            if words[0] == "add" and len(words) in (3, 5):
                member = staff_store.add(self.conn, actor.user_id, int(words[1]), words[2],
                                         *(w.upper() for w in words[3:5]))
                mission = f" {member.citizen_country}/{member.host_country}" if member.citizen_country else ""
                return t("staff_changed", language, what=f"{member.telegram_id} {member.role}{mission}")
        except ValueError as error:
            return f"{error}\n\n{t('staff_usage', language)}"
        return t("staff_usage", language)

    # -- /stats ---------------------------------------------------------------------------------
    def stats(self, actor: Actor, language: str) -> str:
        """Cases by kind, status and week; subscribers by host country and language; advisories
        and their delivery figures. An officer sees their mission's."""
        if not self.access.allows(actor, "stats.read"):
            return t("staff_only", language)
        scope, args = ("", []) if actor.is_admin else (
            " WHERE nationality = ? AND host_country = ?", [actor.citizen_country, actor.host_country])
        conn = self.conn
        lines = [f"📊 {t('stats_title', language)}", "", "Cases (kind · status · count):"]
        lines += [f"  {k} · {s} · {n}" for k, s, n in conn.execute(
            f"SELECT kind, status, count(*) FROM cases{scope} GROUP BY kind, status ORDER BY kind, status", args)]
        lines += ["Cases by week:"] + [f"  {w} · {n}" for w, n in conn.execute(
            f"SELECT strftime('%Y-W%W', created_at), count(*) FROM cases{scope} GROUP BY 1 ORDER BY 1 DESC LIMIT 8", args)]
        subscribers = conn.execute(
            "SELECT alert_hosts, COALESCE(language, 'en'), nationality FROM users WHERE subscribed = 1 AND blocked_at IS NULL"
        ).fetchall()
        by_host: dict[str, int] = {}
        by_language: dict[str, int] = {}
        for hosts, lang, nationality in subscribers:
            chosen = json.loads(hosts) if hosts else ["*"]
            if not actor.is_admin and (nationality != actor.citizen_country or
                                       (hosts and actor.host_country not in chosen)):
                continue
            for host in chosen:
                by_host[host] = by_host.get(host, 0) + 1
            by_language[lang] = by_language.get(lang, 0) + 1
        lines += ["Subscribers by host country: " + (", ".join(f"{k} {v}" for k, v in sorted(by_host.items())) or "0"),
                  "Subscribers by language: " + (", ".join(f"{k} {v}" for k, v in sorted(by_language.items())) or "0"),
                  "Advisories (code · status · sent/blocked/failed/unknown):"]
        for advisory in advisories.recent_sent(conn, 10):
            if not actor.covers(advisory.nationality, advisory.host_country) and not actor.is_admin:
                continue
            f = advisories.figures(conn, advisory.id)
            lines.append(f"  {advisory.code} · {advisory.status} · {f['sent']}/{f['blocked']}/{f['failed']}/{f['unknown']}")
        audit.record(conn, actor.user_id, "stats.read", None)
        return "\n".join(lines)
