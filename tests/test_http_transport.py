"""The Bot API transport: answers come back, and every failure says whether the request left."""
from __future__ import annotations

import asyncio
import json
import socket

import pytest
from aiohttp import web
from telegram import InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.channels.delivery import went_out
from bot.channels.http import AiohttpRequest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def data(**params) -> RequestData:
    return RequestData([RequestParameter.from_input(name, value) for name, value in params.items()])


@pytest.fixture
async def server():
    """A Bot API stand-in that echoes what it received."""
    async def echo(request: web.Request) -> web.Response:
        if request.content_type.startswith("multipart/"):
            form = await request.post()
            return web.json_response({"fields": {k: (v.filename if hasattr(v, "filename") else v) for k, v in form.items()}})
        return web.json_response({"fields": dict(await request.post())})

    async def never(request: web.Request) -> web.Response:
        await asyncio.sleep(30)
        return web.json_response({})

    app = web.Application()
    app.router.add_post("/echo", echo)
    app.router.add_post("/never", never)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


@pytest.fixture
async def transport():
    request = AiohttpRequest(4, read_timeout=0.3, write_timeout=0.1, connect_timeout=0.3, pool_timeout=0.3)
    await request.initialize()
    yield request
    await request.shutdown()


@pytest.mark.asyncio
async def test_parameters_arrive_and_the_answer_comes_back(server, transport):
    status, body = await transport.do_request(f"{server}/echo", "POST", data(chat_id=7, text="살려주세요"))
    assert status == 200
    assert json.loads(body) == {"fields": {"chat_id": "7", "text": "살려주세요"}}


@pytest.mark.asyncio
async def test_a_file_is_uploaded_with_its_name(server, transport):
    status, body = await transport.do_request(
        f"{server}/echo", "POST", data(chat_id=7, document=InputFile(b"%PDF-1.4 report", filename="report.pdf")))
    assert status == 200
    assert json.loads(body) == {"fields": {"chat_id": "7", "document": "report.pdf"}}


@pytest.mark.asyncio
async def test_nobody_listening_means_not_sent_so_a_retry_cannot_duplicate(transport):
    with pytest.raises(NetworkError) as raised:
        await transport.do_request(f"http://127.0.0.1:{free_port()}/sendMessage", "POST", data(chat_id=1, text="hi"))
    assert not went_out(raised.value)


@pytest.mark.asyncio
async def test_no_answer_after_sending_may_have_been_delivered(server, transport):
    with pytest.raises(TimedOut) as raised:
        await transport.do_request(f"{server}/never", "POST", data(chat_id=1, text="hi"))
    assert went_out(raised.value)


@pytest.mark.asyncio
async def test_a_connection_that_breaks_after_the_request_may_have_been_delivered(transport):
    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.close()

    tcp = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    port = tcp.sockets[0].getsockname()[1]
    try:
        with pytest.raises(NetworkError) as raised:
            await transport.do_request(f"http://127.0.0.1:{port}/sendMessage", "POST", data(chat_id=1, text="hi"))
        assert went_out(raised.value)
    finally:
        tcp.close()
        await tcp.wait_closed()


@pytest.mark.asyncio
async def test_reserved_characters_in_a_field_arrive_as_written(server, transport):
    text = "gaji 20jt & tiket=gratis? 100% 😀 +62 812"
    status, body = await transport.do_request(f"{server}/echo", "POST", data(chat_id=7, text=text))
    assert json.loads(body) == {"fields": {"chat_id": "7", "text": text}}


@pytest.fixture
async def proxy():
    """An HTTP proxy stand-in: answers every request itself and keeps the URL it was asked for."""
    asked: list[str] = []

    async def anything(request: web.Request) -> web.Response:
        asked.append(str(request.url))
        return web.json_response({"via": "proxy"})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", anything)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}", asked
    await runner.cleanup()


@pytest.mark.asyncio
async def test_the_proxy_named_in_the_environment_carries_the_requests(proxy, monkeypatch):
    address, asked = proxy
    monkeypatch.setenv("HTTP_PROXY", address)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    request = AiohttpRequest(2)
    await request.initialize()
    try:
        for _ in range(2):
            status, body = await request.do_request("http://api.telegram.invalid/bot1:x/getMe", "POST", data(a=1))
            assert (status, json.loads(body)) == (200, {"via": "proxy"})
    finally:
        await request.shutdown()
    assert asked == ["http://api.telegram.invalid/bot1:x/getMe"] * 2


@pytest.mark.asyncio
async def test_a_host_in_no_proxy_is_reached_directly(server, proxy, monkeypatch):
    address, asked = proxy
    monkeypatch.setenv("HTTP_PROXY", address)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    request = AiohttpRequest(2)
    await request.initialize()
    try:
        status, body = await request.do_request(f"{server}/echo", "POST", data(chat_id=3))
    finally:
        await request.shutdown()
    assert json.loads(body) == {"fields": {"chat_id": "3"}}
    assert asked == []
