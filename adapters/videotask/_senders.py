"""How a request reaches the gateway: httpx (sync, and async when a transport is given) or aiohttp (async).

Each sender takes the method and path the generated client built and returns a Reply, or raises the
adapters' TransportError/TimeoutError. AsyncGateway uses aiohttp by default: httpx.AsyncClient's pool
slows down sharply with many requests in flight (encode/httpx#3215), aiohttp's does not. An httpx
transport (a MockTransport in tests) still works through HttpxAsyncSender.

A TransportError is marked `unsent` when the connection itself failed: the request provably never left, the
one case a create's POST may be sent again. `send_body` sends that POST; `stream` opens a download (the raw
body in fixed-size chunks, the key only where the caller says the URL is the gateway's own origin).
"""

from __future__ import annotations

import builtins
import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

from videotask._errors import TimeoutError, TransportError
from videotask._http import Reply, Settings

__all__ = ["CHUNK", "AiohttpSender", "HttpxAsyncSender", "HttpxSender", "Streamed", "Timeout", "timeouts"]

Timeout = float | httpx.Timeout | None
CHUNK = 256 * 1024  # a download's memory: one chunk, whatever the file's size (httpx reads 64 KiB at a time)
_HTTPX_UNSENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # nothing left the machine


class Streamed:
    """A download's answer: status and headers now, the raw body (no decoding) in chunks."""

    __slots__ = ("chunks", "headers", "status_code")

    def __init__(self, status_code: int, headers: Mapping[str, str], chunks: Any) -> None:
        self.status_code, self.headers, self.chunks = status_code, headers, chunks


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


def _without_key(request: httpx.Request, authorized: bool) -> httpx.Request:
    if not authorized:
        request.headers.pop("Authorization", None)  # a result on another origin never sees the key
    return request


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


class HttpxSender:
    def __init__(self, settings: Settings, timeout: Timeout, transport: httpx.BaseTransport | None) -> None:
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers=settings.headers,
            timeout=_httpx_timeout(timeout),
            transport=transport,
            follow_redirects=True,  # httpx drops Authorization when a redirect changes origin
        )

    def send(self, method: str, url: str) -> Reply:
        try:
            return Reply.from_httpx(self._client.request(method, url))
        except httpx.TransportError as exc:
            raise _httpx_error(exc) from None

    def send_body(self, method: str, url: str, content: bytes, headers: Mapping[str, str]) -> Reply:
        try:
            return Reply.from_httpx(self._client.request(method, url, content=content, headers=headers))
        except httpx.TransportError as exc:
            raise _httpx_error(exc) from None

    @contextlib.contextmanager
    def stream(self, url: str, headers: Mapping[str, str], authorized: bool) -> Iterator[Streamed]:
        request = _without_key(self._client.build_request("GET", url, headers=headers), authorized)
        try:
            response = self._client.send(request, stream=True)
        except httpx.TransportError as exc:
            raise _httpx_error(exc) from None
        try:
            yield Streamed(response.status_code, response.headers, _httpx_chunks(response))
        finally:
            response.close()

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
        self._client = httpx.AsyncClient(
            base_url=settings.base_url,
            headers=settings.headers,
            timeout=_httpx_timeout(timeout),
            transport=transport,
            limits=limits,
            follow_redirects=True,
        )
        import asyncio

        self._in_flight = asyncio.Semaphore(max_connections)  # keep queued requests off httpx's pool

    async def send(self, method: str, url: str) -> Reply:
        try:
            async with self._in_flight:
                return Reply.from_httpx(await self._client.request(method, url))
        except httpx.TransportError as exc:
            raise _httpx_error(exc) from None

    async def send_body(self, method: str, url: str, content: bytes, headers: Mapping[str, str]) -> Reply:
        try:
            async with self._in_flight:
                return Reply.from_httpx(await self._client.request(method, url, content=content, headers=headers))
        except httpx.TransportError as exc:
            raise _httpx_error(exc) from None

    @contextlib.asynccontextmanager
    async def stream(self, url: str, headers: Mapping[str, str], authorized: bool) -> AsyncIterator[Streamed]:
        request = _without_key(self._client.build_request("GET", url, headers=headers), authorized)
        try:
            response = await self._client.send(request, stream=True)
        except httpx.TransportError as exc:
            raise _httpx_error(exc) from None
        try:
            yield Streamed(response.status_code, response.headers, _httpx_async_chunks(response))
        finally:
            await response.aclose()

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

    async def send(self, method: str, url: str) -> Reply:
        session = self._session or self._open()
        target = self._url(self._settings.base_url + url, encoded=True)  # the generated client quoted the id
        try:
            async with session.request(method, target, proxy=self._proxy) as response:
                content = await response.read()
                return Reply(response.status, response.headers, content, method.upper(), url)
        except self._errors as exc:
            raise self._aiohttp_error(exc) from None

    def _aiohttp_error(self, exc: BaseException) -> TransportError:
        return _transport_error(exc, isinstance(exc, builtins.TimeoutError), isinstance(exc, self._unsent))

    async def send_body(self, method: str, url: str, content: bytes, headers: Mapping[str, str]) -> Reply:
        session = self._session or self._open()
        target = self._url(self._settings.base_url + url, encoded=True)
        try:
            async with session.request(method, target, data=content, headers=headers, proxy=self._proxy) as response:
                return Reply(response.status, response.headers, await response.read(), method.upper(), url)
        except self._errors as exc:
            raise self._aiohttp_error(exc) from None

    @contextlib.asynccontextmanager
    async def stream(self, url: str, headers: Mapping[str, str], authorized: bool) -> AsyncIterator[Streamed]:
        import aiohttp

        self._session or self._open()
        if self._downloads is None:
            connect, read = timeouts(self._timeout)
            self._downloads = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=read),
                auto_decompress=False,  # the bytes as served: Range and Content-Length count them
            )
        key = self._settings.headers.get("Authorization")
        sent = {**headers, "Authorization": key} if authorized and key else dict(headers)
        try:
            response = await self._downloads.get(self._url(url, encoded=True), headers=sent, proxy=_env_proxy(url))
        except self._errors as exc:
            raise self._aiohttp_error(exc) from None
        try:
            yield Streamed(response.status, response.headers, self._chunks(response))
        finally:
            response.release()

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
