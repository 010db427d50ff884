"""How a request reaches the gateway: httpx (sync, and async when a transport is given) or aiohttp (async).

Each sender has one `send(step)`: a Send (the method and path the generated client built, and a create's body)
comes back as a Reply; an Open (a download) as its Streamed answer, the raw body in chunks and the key only
where the step says the URL is the gateway's own origin. Failures raise the adapters'
TransportError/TimeoutError. AsyncGateway uses aiohttp by default: httpx.AsyncClient's pool slows down sharply
with many requests in flight (encode/httpx#3215), aiohttp's does not. An httpx transport (a MockTransport in
tests) still works through HttpxAsyncSender.

A TransportError is marked `unsent` when the connection itself failed: the request provably never left, the
one case a create's POST may be sent again."""

from __future__ import annotations

import builtins
import functools
import ssl
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

import httpx

from videotask._errors import TimeoutError, TransportError
from videotask._http import Reply, Settings
from videotask._loops import Open, Send

__all__ = ["CHUNK", "AiohttpSender", "HttpxAsyncSender", "HttpxSender", "Streamed", "Timeout", "timeouts"]

Timeout = float | httpx.Timeout | None
CHUNK = 256 * 1024  # a download's memory: one chunk, whatever the file's size (httpx reads 64 KiB at a time)
_HTTPX_UNSENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # nothing left the machine


class Streamed:
    """A download's answer: status and headers now, the raw body (no decoding) in chunks, and `close` to let go
    of it (a coroutine function for the async senders)."""

    __slots__ = ("chunks", "close", "headers", "status_code")

    def __init__(self, status_code: int, headers: Mapping[str, str], chunks: Any, close: Callable[[], Any]) -> None:
        self.status_code, self.headers, self.chunks, self.close = status_code, headers, chunks, close


def timeouts(timeout: Timeout) -> tuple[float | None, float | None]:
    """(connect, read) seconds; None means the defaults: 5 s to connect, 30 s to read."""
    if timeout is None:
        return 5.0, 30.0
    if isinstance(timeout, httpx.Timeout):
        return timeout.connect, timeout.read
    return min(float(timeout), 5.0), float(timeout)


def _transport_error(exc: BaseException, timed_out: bool, unsent: bool = False) -> TransportError:
    kind = TimeoutError if timed_out else TransportError
    error = kind(f"{type(exc).__name__} talking to the gateway: {exc}".rstrip(": "))
    error.__cause__ = exc
    error.unsent = unsent
    return error


def _httpx_error(exc: httpx.TransportError) -> TransportError:
    return _transport_error(exc, isinstance(exc, httpx.TimeoutException), isinstance(exc, _HTTPX_UNSENT))


def _httpx_timeout(timeout: Timeout) -> httpx.Timeout:
    connect, read = timeouts(timeout)
    return httpx.Timeout(read, connect=connect)


def _env_proxy(base_url: str) -> str | None:
    """The HTTP(S)_PROXY that applies to the gateway, unless NO_PROXY exempts it: what httpx honours.
    Resolved once per session; aiohttp's own `trust_env` re-reads the environment on every request (it cost
    three quarters of the throughput at concurrency 200)."""
    import urllib.request

    url = httpx.URL(base_url)
    if urllib.request.proxy_bypass(url.host):
        return None
    return urllib.request.getproxies().get(url.scheme)


@functools.cache
def _tls() -> ssl.SSLContext:
    """httpx's default verifying context (certifi's roots, or SSL_CERT_FILE / SSL_CERT_DIR), built once per process:
    building it loads the whole CA bundle, ~30 ms of CPU for every client otherwise (aiohttp keeps one already)."""
    return httpx.create_ssl_context()


def _httpx_options(settings: Settings, timeout: Timeout, transport: object) -> dict[str, Any]:
    """What both httpx clients are built with."""
    return {
        "base_url": settings.base_url,
        "headers": settings.headers,
        "timeout": _httpx_timeout(timeout),
        "transport": transport,
        "verify": _tls(),
        "follow_redirects": True,  # httpx drops Authorization when a redirect changes origin
    }


def _httpx_request(client: httpx.Client | httpx.AsyncClient, step: Send | Open) -> httpx.Request:
    if not isinstance(step, Open):
        return client.build_request(step.method, step.url, content=step.content, headers=step.headers)
    request = client.build_request("GET", step.url, headers=step.headers)
    if not step.authorized:
        request.headers.pop("Authorization", None)  # a result on another origin never sees the key
    return request


def _httpx_answer(response: httpx.Response, chunks: Any, close: Callable[[], Any]) -> Reply | Streamed:
    if chunks is None:
        return Reply.from_httpx(response)
    return Streamed(response.status_code, response.headers, chunks, close)


class HttpxSender:
    def __init__(self, settings: Settings, timeout: Timeout, transport: httpx.BaseTransport | None) -> None:
        self._client = httpx.Client(**_httpx_options(settings, timeout, transport))

    def send(self, step: Send | Open) -> Reply | Streamed:
        """The Reply to a Send; the answer to an Open, its body unread."""
        stream = isinstance(step, Open)
        try:
            response = self._client.send(_httpx_request(self._client, step), stream=stream)
        except httpx.TransportError as exc:
            raise _httpx_error(exc) from None
        return _httpx_answer(response, _httpx_chunks(response) if stream else None, response.close)

    def close(self) -> None:
        self._client.close()


def _httpx_chunks(response: httpx.Response) -> Iterator[bytes]:
    if response.is_stream_consumed:  # built with its content (a MockTransport's answer): already in memory
        yield response.content
        return
    try:
        yield from response.iter_raw()  # as read (64 KiB at most): a chunker would hold back bytes a drop loses
    except httpx.TransportError as exc:
        raise _httpx_error(exc) from None


async def _httpx_async_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    if response.is_stream_consumed:
        yield response.content
        return
    try:
        async for chunk in response.aiter_raw():
            yield chunk
    except httpx.TransportError as exc:
        raise _httpx_error(exc) from None


class HttpxAsyncSender:
    def __init__(
        self, settings: Settings, timeout: Timeout, transport: httpx.AsyncBaseTransport, max_connections: int
    ) -> None:
        limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
        self._client = httpx.AsyncClient(**_httpx_options(settings, timeout, transport), limits=limits)
        import asyncio

        self._in_flight = asyncio.Semaphore(max_connections)  # keep queued requests off httpx's pool

    async def send(self, step: Send | Open) -> Reply | Streamed:
        """HttpxSender.send, awaited; a download is not counted in flight (it would hold its place for long)."""
        stream = isinstance(step, Open)
        try:
            if stream:
                response = await self._client.send(_httpx_request(self._client, step), stream=True)
            else:
                async with self._in_flight:
                    response = await self._client.send(_httpx_request(self._client, step))
        except httpx.TransportError as exc:
            raise _httpx_error(exc) from None
        return _httpx_answer(response, _httpx_async_chunks(response) if stream else None, response.aclose)

    async def aclose(self) -> None:
        await self._client.aclose()


class AiohttpSender:
    """aiohttp, imported on first use (it costs ~0.3 s of import time) and bound to the loop it first runs in."""

    def __init__(self, settings: Settings, timeout: Timeout, max_connections: int) -> None:
        self._settings, self._timeout, self._limit = settings, timeout, max_connections
        self._session: Any = None
        self._url: Any = None
        self._proxy: str | None = None
        self._errors: tuple[type[BaseException], ...] = ()
        self._unsent: tuple[type[BaseException], ...] = ()
        self._downloads: Any = None  # a session of its own: no key in its default headers

    def _open(self) -> Any:
        import aiohttp
        import yarl

        self._url = yarl.URL
        connect, read = timeouts(self._timeout)
        self._errors = (aiohttp.ClientError, builtins.TimeoutError)  # asyncio.TimeoutError is the builtin
        self._unsent = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)
        self._session = aiohttp.ClientSession(
            headers=self._settings.headers,
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=read),
            # One host (the gateway): no per-host limit to keep beside the pool's, ~5 us a request at 200 in flight
            connector=aiohttp.TCPConnector(limit=self._limit),
        )  # aiohttp drops Authorization itself when a redirect changes origin
        self._proxy = _env_proxy(self._settings.base_url)
        return self._session

    async def send(self, step: Send | Open) -> Reply | Streamed:
        """HttpxSender.send through aiohttp."""
        session = self._session or self._open()
        if isinstance(step, Open):
            return await self._download(step)
        target = self._url(self._settings.base_url + step.url, encoded=True)  # the generated client quoted the id
        method, content, headers = step.method, step.content, step.headers
        try:
            async with session.request(method, target, data=content, headers=headers, proxy=self._proxy) as response:
                return Reply(response.status, response.headers, await response.read(), method.upper(), step.url)
        except self._errors as exc:
            raise self._aiohttp_error(exc) from None

    def _aiohttp_error(self, exc: BaseException) -> TransportError:
        return _transport_error(exc, isinstance(exc, builtins.TimeoutError), isinstance(exc, self._unsent))

    async def _download(self, step: Open) -> Streamed:
        import aiohttp

        if self._downloads is None:
            connect, read = timeouts(self._timeout)
            self._downloads = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=read),
                auto_decompress=False,  # the bytes as served: Range and Content-Length count them
            )
        key = self._settings.headers.get("Authorization")
        sent = {**step.headers, "Authorization": key} if step.authorized and key else dict(step.headers)
        url = step.url
        try:
            response = await self._downloads.get(self._url(url, encoded=True), headers=sent, proxy=_env_proxy(url))
        except self._errors as exc:
            raise self._aiohttp_error(exc) from None

        async def release() -> None:
            response.release()

        return Streamed(response.status, response.headers, self._chunks(response), release)

    async def _chunks(self, response: Any) -> AsyncIterator[bytes]:
        try:
            async for chunk in response.content.iter_chunked(CHUNK):
                yield chunk
        except self._errors as exc:
            raise self._aiohttp_error(exc) from None

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._downloads is not None:
            await self._downloads.close()
            self._downloads = None
