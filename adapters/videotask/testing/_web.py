"""HTTP for the MockGateway: aiohttp's low-level server (`aiohttp.web.Server`, no router or middlewares) hands
each request to an answering function (`MockApp.answer`, or the file listener's) and writes its `Answer` back,
so a route the app learns needs nothing here. aiohttp owns the framing (keep-alive, pipelining, chunked bodies,
malformed requests); what is left here are the answers no well-behaved server gives: a connection closed
without an answer (`drop`), a body cut half-way (`cut`) and a late answer (`delay`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping

from aiohttp import hdrs, web
from aiohttp.abc import AbstractStreamWriter
from aiohttp.http_parser import RawRequestMessage
from aiohttp.streams import StreamReader
from aiohttp.web_protocol import RequestHandler

from videotask.testing._faults import Answer

__all__ = ["MAX_BODY", "Answering", "web_server"]

Answering = Callable[[str, str, Mapping[str, str], bytes], Answer]  # method, target, headers, body -> Answer
MAX_BODY = 16 * 1024 * 1024  # a create's body (a multipart one carries a reference image); aiohttp answers 413 past it
_REASONS = {499: "Client Closed Request", 520: "Unknown Error"}  # aiohttp knows no phrase for these


def _lowered(headers: Mapping[str, str]) -> dict[str, str]:
    """Names lower-cased (what `Seen` records), a repeated header's values joined with ", " (RFC 9110 5.3)."""
    found: dict[str, str] = {}
    for name, value in headers.items():
        key = name.lower()
        found[key] = f"{found[key]}, {value}" if key in found else value
    return found


def web_server(answer: Answering) -> web.Server:
    """A protocol factory for `loop.create_server` (call it on the loop that will serve)."""
    loop = asyncio.get_running_loop()

    def request_factory(
        message: RawRequestMessage,
        payload: StreamReader,
        protocol: RequestHandler,
        writer: AbstractStreamWriter,
        task: asyncio.Task[None],
    ) -> web.BaseRequest:
        return web.BaseRequest(message, payload, protocol, writer, task, loop, client_max_size=MAX_BODY)

    async def handle(request: web.BaseRequest) -> web.StreamResponse:
        try:
            body = await request.read() if request.body_exists else b""
        except ConnectionError:  # the client went away mid-body: nobody to answer (and nothing to log)
            return web.Response()
        target = request.raw_path
        if not target.startswith("/"):  # absolute form, as sent to a proxy: the path and query only
            target = request.rel_url.raw_path_qs
        found = answer(request.method, target, _lowered(request.headers), body)
        if found.drop:
            request.protocol.force_close()  # closed, nothing written: the response below is never sent
            return web.Response()
        if found.delay:
            await asyncio.sleep(found.delay)
        headers = ((hdrs.CONTENT_TYPE, found.content_type), *found.headers)
        reason = _REASONS.get(found.status)
        if found.cut is None:
            return web.Response(status=found.status, reason=reason, body=found.body, headers=headers)
        response = web.StreamResponse(status=found.status, reason=reason, headers=headers)
        response.content_length = len(found.body)  # the whole length announced, part of it sent
        try:
            await response.prepare(request)
            await response.write(found.body[: found.cut])
        except ConnectionError:  # the client left first: aiohttp would log it as the handler's own error
            return response
        request.protocol.force_close()  # the transport closes once what was written has gone out
        return response

    return web.Server(handle, request_factory=request_factory, access_log=None)
