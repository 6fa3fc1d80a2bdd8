"""python-telegram-bot's HTTP transport on aiohttp instead of httpx.

Measured on this machine against a local Bot API (tests' fake): a request through PTB's
`HTTPXRequest` costs about 1.8 ms of CPU, through aiohttp about 0.2 ms. The bot sends two
or three requests per message it answers, on the same thread (and under the same GIL)
as everything else it does, so under load (bench/load.py) httpx was the largest single
cost after the model.

What the retry logic needs from a transport (`bot/channels/delivery.py`) is kept: a
failure before the request left (no connection, no free connection in the pool) is
raised with a `NotSent` cause, so it is retried freely; a failure after it left (a
timeout waiting for the answer, a connection that broke) may have been delivered,
because `sendMessage` has no idempotency key.
"""
from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any, Optional
from urllib.parse import urlencode

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from yarl import URL
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class NotSent(Exception):
    """The request never left this process: sending it again cannot duplicate it."""


async def _on_headers_sent(_session: Any, context: SimpleNamespace, _params: Any) -> None:
    context.trace_request_ctx["sent"] = True


def _tracer() -> aiohttp.TraceConfig:
    trace = aiohttp.TraceConfig()
    trace.on_request_headers_sent.append(_on_headers_sent)
    return trace


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` with one `aiohttp.ClientSession` and a bounded connection pool."""

    def __init__(self, connection_pool_size: int = 16, *, read_timeout: Optional[float] = 5.0,
                 write_timeout: Optional[float] = 5.0, connect_timeout: Optional[float] = 5.0,
                 pool_timeout: Optional[float] = 1.0, media_write_timeout: Optional[float] = 20.0) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: Optional[aiohttp.ClientSession] = None
        self._proxies: dict[tuple[str, str], tuple[Optional[URL], Optional[aiohttp.BasicAuth]]] = {}

    def _proxy(self, url: str) -> tuple[Optional[URL], Optional[aiohttp.BasicAuth]]:
        """The proxy the environment names for this URL's scheme and host (none: None)."""
        parsed = URL(url)
        key = (parsed.scheme, parsed.host or "")
        if key not in self._proxies:
            try:
                self._proxies[key] = get_env_proxy_for_url(parsed)
            except LookupError:
                self._proxies[key] = (None, None)
        return self._proxies[key]

    @property
    def read_timeout(self) -> Optional[float]:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
                trace_configs=[_tracer()],
                # HTTPS_PROXY and NO_PROXY are honoured (`_proxy`), read once per host: with
                # trust_env aiohttp reads them, and ~/.netrc, again for every request.
                trust_env=False,
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: Optional[RequestData] = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized")
        files = request_data.multipart_data if request_data is not None and request_data.contains_files else None
        fields = request_data.json_parameters if request_data is not None else None
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        write = self._write_timeout if isinstance(write_timeout, DefaultValue) else write_timeout
        if files and isinstance(write_timeout, DefaultValue):
            write = self._media_write_timeout
        connect = self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        pool = self._pool_timeout if isinstance(pool_timeout, DefaultValue) else pool_timeout
        # aiohttp has no write timeout: sending the body counts against the read timeout's clock.
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None if connect is None or pool is None else connect + pool,  # waiting for a pooled connection too
            sock_connect=connect,
            sock_read=None if read is None else read + (write or 0.0),
        )
        # The fields as a urlencoded body, built here: aiohttp's FormData costs a multipart
        # writer (and a uuid4) per request even when it sends no file.
        data: Any = urlencode(fields).encode() if fields else None
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if fields else None
        if files:
            headers = None
            form = aiohttp.FormData()
            for name, value in (fields or {}).items():
                form.add_field(name, value)
            for name, upload in files.items():
                if isinstance(upload, tuple):
                    filename, content, *rest = upload
                    form.add_field(name, content, filename=filename, content_type=rest[0] if rest else None)
                else:
                    form.add_field(name, upload)
            data = form
        context: dict[str, Any] = {"sent": False}
        try:
            proxy, proxy_auth = self._proxy(url)
            async with self._session.request(method, url, data=data, headers=headers, timeout=timeout,
                                             proxy=proxy, proxy_auth=proxy_auth,
                                             trace_request_ctx=context) as response:
                return response.status, await response.read()
        except asyncio.TimeoutError as error:
            if not context["sent"]:
                raise TimedOut("Timed out before the request was sent") from NotSent(repr(error))
            raise TimedOut from error
        except aiohttp.ClientError as error:
            message = f"aiohttp.{type(error).__name__}: {error}"
            if not context["sent"]:
                raise NetworkError(message) from NotSent(message)
            raise NetworkError(message) from error
