"""A fake Telegram Bot API: a real HTTP server on 127.0.0.1 speaking Bot API JSON.

It queues updates for getUpdates and records every method the bot calls, so the real
python-telegram-bot client code runs in end-to-end tests without the internet.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any, Optional

from aiohttp import web

BOT_USER = {
    "id": 100000001,
    "is_bot": True,
    "first_name": "Guard",
    "username": "guard_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
JSON_FIELDS = ("reply_markup", "allowed_updates", "commands", "scope", "link_preview_options", "entities")


@dataclass
class Call:
    method: str
    params: dict[str, Any]


@dataclass
class FakeBotApi:
    token: str = "123456:TEST-token"
    host: str = "127.0.0.1"
    port: int = 0
    calls: list[Call] = field(default_factory=list)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _update_ids: Any = field(default_factory=lambda: itertools.count(1))
    _message_ids: Any = field(default_factory=lambda: itertools.count(1000))
    _new_update: Optional[asyncio.Event] = None
    _new_call: Optional[asyncio.Condition] = None
    _runner: Optional[web.AppRunner] = None
    # Longest a getUpdates call waits for an update (a bot stops within this time).
    max_poll_wait: float = 0.2
    # Errors to answer instead of success: method → [(HTTP status, retry_after or None), …]
    _failures: dict[str, list[tuple[int, Optional[int]]]] = field(default_factory=dict)
    failed: list[Call] = field(default_factory=list)
    # Called with every successful call (benchmarks index replies by chat instead of scanning).
    listeners: list[Any] = field(default_factory=list)
    # Chats whose user blocked the bot: sendMessage answers 403.
    blocked: set[int] = field(default_factory=set)
    # Telegram's limits, enforced when set: (messages a second overall, seconds between two
    # messages to one chat); beyond them sendMessage answers 429 with retry_after.
    limits: Optional[tuple[float, float]] = None
    # This share of sendMessage calls answers 502 (seeded: runs repeat).
    error_rate: float = 0.0
    _rng: Any = field(default_factory=lambda: __import__("random").Random(7))
    _sent_times: Any = field(default_factory=lambda: __import__("collections").deque())
    _last_to_chat: dict[int, float] = field(default_factory=dict)
    rejected: dict[str, int] = field(default_factory=dict)  # answers other than success, by reason

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/bot"

    async def start(self) -> "FakeBotApi":
        self._new_update = asyncio.Event()
        self._new_call = asyncio.Condition()
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    # -- what the tests do as a Telegram user -------------------------------------
    @staticmethod
    def user(user_id: int, language_code: Optional[str] = "en") -> dict[str, Any]:
        user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        if language_code:
            user["language_code"] = language_code
        return user

    def _message(self, user_id: int, language_code: Optional[str], chat_type: str = "private", **content: Any) -> dict[str, Any]:
        chat = {"id": user_id if chat_type == "private" else -user_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = f"User{user_id}"
        else:
            chat["title"] = "Some group"
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": self.user(user_id, language_code),
            **content,
        }

    def push(self, update: dict[str, Any]) -> int:
        update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        assert self._new_update is not None
        self._new_update.set()
        return update["update_id"]

    def send_text(self, user_id: int, text: str, language_code: Optional[str] = "en", chat_type: str = "private") -> int:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return self.push({"message": self._message(user_id, language_code, chat_type, **content)})

    def edit_text(self, user_id: int, text: str, language_code: Optional[str] = "en") -> int:
        message = self._message(user_id, language_code, text=text)
        message["edit_date"] = int(time.time())
        return self.push({"edited_message": message})

    def send_content(self, user_id: int, language_code: Optional[str] = "en", **content: Any) -> int:
        return self.push({"message": self._message(user_id, language_code, **content)})

    def press(self, user_id: int, data: str, language_code: Optional[str] = "en") -> int:
        return self.push(
            {
                "callback_query": {
                    "id": str(next(self._message_ids)),
                    "from": self.user(user_id, language_code),
                    "chat_instance": f"ci{user_id}",
                    "data": data,
                    "message": {
                        "message_id": next(self._message_ids),
                        "date": int(time.time()),
                        "chat": {"id": user_id, "type": "private", "first_name": f"User{user_id}"},
                        "from": BOT_USER,
                        "text": "menu",
                    },
                }
            }
        )

    # -- what the tests read -------------------------------------------------------
    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == "sendMessage" and int(c.params.get("chat_id", 0)) == chat_id]

    async def wait_for(self, chat_id: int, count: int, timeout: float = 15.0) -> list[dict[str, Any]]:
        """Wait until `count` messages were sent to `chat_id` (and a short quiet time), return them all."""
        assert self._new_call is not None
        deadline = time.monotonic() + timeout
        async with self._new_call:
            while len(self.sent_to(chat_id)) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"expected {count} messages to {chat_id}, got {len(self.sent_to(chat_id))}: "
                        f"{[m.get('text') for m in self.sent_to(chat_id)]}"
                    )
                try:
                    await asyncio.wait_for(self._new_call.wait(), left)
                except asyncio.TimeoutError:
                    pass
        await asyncio.sleep(0.3)  # let any further replies of the same update arrive
        return self.sent_to(chat_id)

    def fail_next(self, method: str, status: int, count: int = 1, retry_after: Optional[int] = None) -> None:
        """Answer the next `count` calls of `method` with this HTTP error (429 with retry_after)."""
        self._failures.setdefault(method, []).extend([(status, retry_after)] * count)

    def methods(self) -> list[str]:
        return [c.method for c in self.calls]

    # -- the HTTP side ---------------------------------------------------------------
    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            raw = await request.json()
        else:
            raw = dict(await request.post())
        params: dict[str, Any] = {}
        for key, value in raw.items():
            if isinstance(value, str) and key in JSON_FIELDS:
                try:
                    value = json.loads(value)
                except ValueError:
                    pass
            params[key] = value
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params = await self._params(request)
        params["_received"] = time.perf_counter()  # for timing benchmarks (bench/emergency.py)
        if method == "getUpdates":
            return web.json_response({"ok": True, "result": await self._get_updates(params)})
        if self._failures.get(method):
            status, retry_after = self._failures[method].pop(0)
            self.failed.append(Call(method, params))
            body: dict[str, Any] = {"ok": False, "error_code": status, "description": f"Error {status}"}
            if retry_after is not None:
                body["parameters"] = {"retry_after": retry_after}
                body["description"] = f"Too Many Requests: retry after {retry_after}"
            return web.json_response(body, status=status)
        refused = self._refuse(method, params)
        if refused is not None:
            return refused
        self.calls.append(Call(method, params))
        for listener in self.listeners:
            listener(method, params)
        assert self._new_call is not None
        async with self._new_call:
            self._new_call.notify_all()
        return web.json_response({"ok": True, "result": self._result(method, params)})

    def _refuse(self, method: str, params: dict[str, Any]) -> Optional[web.Response]:
        """Blocked chats, Telegram's rate limits and random 5xx, for sendMessage."""
        if method != "sendMessage":
            return None
        chat = int(params.get("chat_id", 0))

        def answer(status: int, description: str, retry_after: Optional[int] = None) -> web.Response:
            reason = description.split(":")[0] + (" (one chat)" if "one chat" in description else "")
            self.rejected[reason] = self.rejected.get(reason, 0) + 1
            self.failed.append(Call(method, params))
            body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
            if retry_after is not None:
                body["parameters"] = {"retry_after": retry_after}
            return web.json_response(body, status=status)

        if chat in self.blocked:
            return answer(403, "Forbidden: bot was blocked by the user")
        if self.error_rate and self._rng.random() < self.error_rate:
            return answer(502, "Bad Gateway")
        if self.limits is not None:
            per_second, per_chat = self.limits
            now = time.monotonic()
            while self._sent_times and now - self._sent_times[0] >= 1.0:
                self._sent_times.popleft()
            if len(self._sent_times) >= per_second:
                return answer(429, "Too Many Requests: retry after 1", 1)
            if now - self._last_to_chat.get(chat, -1e9) < per_chat:
                return answer(429, "Too Many Requests: retry after 1 (one chat)", 1)
            self._sent_times.append(now)
            self._last_to_chat[chat] = now
        return None

    def member_update(self, user_id: int, status: str) -> int:
        """The user blocked ("kicked") or restarted ("member") the bot."""
        chat = {"id": user_id, "type": "private", "first_name": f"User{user_id}"}
        member = lambda s: {"status": s, "user": BOT_USER, **({"until_date": 0} if s == "kicked" else {})}  # noqa: E731
        return self.push({"my_chat_member": {"chat": chat, "from": self.user(user_id), "date": int(time.time()),
                                             "old_chat_member": member("member" if status == "kicked" else "kicked"),
                                             "new_chat_member": member(status)}})

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates:
            assert self._new_update is not None
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), min(float(params.get("timeout") or 0), self.max_poll_wait))
            except asyncio.TimeoutError:
                pass
        return list(self._updates)

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method in ("sendMessage", "sendVenue", "sendLocation", "editMessageText"):
            chat_id = int(params.get("chat_id", 0))
            result = {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": BOT_USER,
            }
            if "text" in params:
                result["text"] = params["text"]
            if "reply_markup" in params:
                result["reply_markup"] = params["reply_markup"]
            return result
        if method == "getWebhookInfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        if method == "getMyCommands":
            return []
        return True
