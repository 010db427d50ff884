"""How a request reaches the gateway: httpx (sync, and async when a transport is given) or aiohttp (async).

Each sender takes the method and path the generated client built and returns a Reply, or raises the
adapters' TransportError/TimeoutError. AsyncGateway uses aiohttp by default: httpx.AsyncClient's pool
slows down sharply with many requests in flight (encode/httpx#3215), aiohttp's does not. An httpx
transport (a MockTransport in tests) still works through HttpxAsyncSender.
"""

from __future__ import annotations

import builtins
from typing import Any

import httpx

from adapters._errors import TimeoutError, TransportError
from adapters._http import Reply, Settings

__all__ = ["AiohttpSender", "HttpxAsyncSender", "HttpxSender", "Timeout", "timeouts"]

Timeout = float | httpx.Timeout | None


def timeouts(timeout: Timeout) -> tuple[float | None, float | None]:
    """(connect, read) seconds; None means the defaults: 5 s to connect, 30 s to read."""
    if timeout is None:
        return 5.0, 30.0
    if isinstance(timeout, httpx.Timeout):
        return timeout.connect, timeout.read
    return min(float(timeout), 5.0), float(timeout)


def _transport_error(exc: BaseException, timed_out: bool) -> TransportError:
    kind = TimeoutError if timed_out else TransportError
    error = kind(f"{type(exc).__name__} talking to the gateway: {exc}".rstrip(": "))
    error.__cause__ = exc
    return error


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
            raise _transport_error(exc, isinstance(exc, httpx.TimeoutException)) from None

    def close(self) -> None:
        self._client.close()


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
            raise _transport_error(exc, isinstance(exc, httpx.TimeoutException)) from None

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

    def _open(self) -> Any:
        import aiohttp
        import yarl

        self._url = yarl.URL
        connect, read = timeouts(self._timeout)
        self._errors = (aiohttp.ClientError, builtins.TimeoutError)  # asyncio.TimeoutError is the builtin
        self._session = aiohttp.ClientSession(
            headers=self._settings.headers,
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=read),
            connector=aiohttp.TCPConnector(limit=self._limit, limit_per_host=self._limit),
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
            raise _transport_error(exc, isinstance(exc, builtins.TimeoutError)) from None

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
