"""How a request reaches the gateway: httpx (sync, and async when a transport is given) or aiohttp (async).

Each sender has one `send(step)`: a Send (the method and path the generated client built, and a create's body)
comes back as a Reply; an Open (a download) as its Streamed answer, the raw body in chunks and the key only
where the step says the URL is the gateway's own origin. Failures raise the adapters'
TransportError/TimeoutError. AsyncGateway uses aiohttp by default: httpx.AsyncClient's pool slows down sharply
with many requests in flight (encode/httpx#3215), aiohttp's does not. An httpx transport (a MockTransport in
tests) still works through HttpxAsyncSender.

Gateway's downloads, when it has no transport, are the request its httpx client builds, sent and read through
urllib3 (`Urllib3Downloads`): httpx's sync stream reads a body at 0.6-0.9 of aiohttp's rate, for about twice
its CPU (h11 copies each byte several times on its way; its 64 KiB reads are not what costs), urllib3's `read1`
at aiohttp's rate, for less CPU than aiohttp.

A TransportError is marked `unsent` when the connection itself failed: the request provably never left, the
one case a create's POST may be sent again."""

from __future__ import annotations

import base64
import builtins
import functools
import ssl
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from videotask._errors import TimeoutError, TransportError
from videotask._http import Reply, Settings
from videotask._loops import Open, Send

if TYPE_CHECKING:
    import urllib3

__all__ = [
    "CHUNK",
    "AiohttpSender",
    "HttpxAsyncSender",
    "HttpxSender",
    "Streamed",
    "Timeout",
    "Urllib3Downloads",
    "timeouts",
]

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


def _env_proxy(base_url: str, all_proxy: bool = False) -> str | None:
    """The HTTP(S)_PROXY that applies to the gateway (with `all_proxy`, ALL_PROXY where neither is set), unless
    NO_PROXY exempts it: what httpx honours. Resolved once per session; aiohttp's own `trust_env` re-reads the
    environment on every request (it cost three quarters of the throughput at concurrency 200)."""
    import urllib.request

    url = httpx.URL(base_url)
    if urllib.request.proxy_bypass(url.host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(url.scheme) or (proxies.get("all") if all_proxy else None)


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
    """Gateway's: every request through httpx, but a download's through urllib3 when no transport is given."""

    def __init__(self, settings: Settings, timeout: Timeout, transport: httpx.BaseTransport | None) -> None:
        self._client = httpx.Client(**_httpx_options(settings, timeout, transport))
        self._downloads = None if transport is not None else Urllib3Downloads(self._client, timeout)

    def send(self, step: Send | Open) -> Reply | Streamed:
        """The Reply to a Send; the answer to an Open, its body unread."""
        stream = isinstance(step, Open)
        request = _httpx_request(self._client, step)
        if stream and self._downloads is not None:
            answer = self._downloads.open(request)
            if isinstance(answer, Streamed):
                return answer
            request = answer  # a hop through a proxy urllib3 does not speak (SOCKS): httpx takes it from there
        try:
            response = self._client.send(request, stream=stream)
        except httpx.TransportError as exc:
            raise _httpx_error(exc) from None
        return _httpx_answer(response, _httpx_chunks(response) if stream else None, response.close)

    def close(self) -> None:
        self._client.close()
        if self._downloads is not None:
            self._downloads.close()


def _httpx_chunks(response: httpx.Response) -> Iterator[bytes]:
    if response.is_stream_consumed:  # built with its content (a MockTransport's answer): already in memory
        yield response.content
        return
    try:
        yield from response.iter_raw()  # as read (64 KiB at most): a chunker would hold back bytes a drop loses
    except httpx.TransportError as exc:
        raise _httpx_error(exc) from None


_REDIRECTS = frozenset({301, 302, 303, 307, 308})  # the answers httpx follows, when they name a Location


class Urllib3Downloads:
    """A download's GET for HttpxSender without a transport: the request its httpx client built (headers, the
    client's cookies), sent through urllib3 and its body read with `read1`, each chunk what one socket read
    brought (256 KiB at most), so every byte that arrived before a drop reaches the part. Around it, what the
    httpx client does: the redirects it follows (as many, the key kept only on the same origin or an upgrade to
    https, cookies set on the way kept in its jar), a proxy per hop from the environment (`_env_proxy`, with
    ALL_PROXY; the credentials in its URL sent as httpx sends them), the process's one TLS context, a connect
    and a per-read timeout, and errors mapped to TransportError/TimeoutError. A hop whose proxy urllib3 does
    not speak (SOCKS) is handed back to the httpx client. urllib3 is imported on the first download."""

    def __init__(self, client: httpx.Client, timeout: Timeout) -> None:
        self._client, self._timeout = client, timeout
        self._managers: dict[str | None, urllib3.PoolManager] = {}  # by proxy URL; None: no proxy
        self._errors: tuple[type[BaseException], ...] = ()

    def _manager(self, proxy: str | None) -> urllib3.PoolManager:
        found = self._managers.get(proxy)
        if found is not None:
            return found
        import urllib3

        self._errors = (urllib3.exceptions.HTTPError,)
        connect, read = timeouts(self._timeout)
        # as many idle connections per host as httpx keeps (20); more at once are opened, not waited for
        options: dict[str, Any] = {"timeout": urllib3.Timeout(connect=connect, read=read), "maxsize": 20}
        options["ssl_context"] = _tls()
        if proxy is None:
            found = urllib3.PoolManager(**options)
        else:
            parsed = httpx.Proxy(proxy)  # httpx's reading of a proxy URL: its credentials apart
            headers = {}
            if parsed.raw_auth is not None:
                headers["Proxy-Authorization"] = "Basic " + base64.b64encode(b":".join(parsed.raw_auth)).decode()
            found = urllib3.ProxyManager(str(parsed.url), proxy_headers=headers, proxy_ssl_context=_tls(), **options)
        return self._managers.setdefault(proxy, found)

    def open(self, request: httpx.Request) -> Streamed | httpx.Request:
        """The answer to `request` once no redirect is left to follow, its body unread; or the request of a hop
        to send through httpx instead."""
        for _ in range(self._client.max_redirects + 1):
            url = str(request.url)
            proxy = _env_proxy(url, all_proxy=True)
            if proxy is not None and "://" not in proxy:
                proxy = "http://" + proxy  # as httpx reads a proxy named without its scheme
            if proxy is not None and not proxy.startswith(("http://", "https://")):
                return request
            manager = self._manager(proxy)
            try:
                response = manager.urlopen("GET", url, headers=request.headers, redirect=False, retries=False,
                                           preload_content=False, decode_content=False)  # fmt: skip
            except self._errors as exc:
                raise _urllib3_error(exc) from None
            headers = response.headers
            if "set-cookie" in headers:
                self._client.cookies.extract_cookies(httpx.Response(response.status, headers=list(headers.items()),
                                                                    request=request))  # fmt: skip
            if response.status not in _REDIRECTS or "location" not in headers:
                return Streamed(response.status, headers, self._chunks(response), functools.partial(_let_go, response))
            response.drain_conn()
            response.release_conn()
            request = _redirected(request, headers["location"], self._client.cookies)
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)  # httpx's own

    def _chunks(self, response: urllib3.BaseHTTPResponse) -> Iterator[bytes]:
        try:
            while chunk := response.read1(CHUNK, decode_content=False):
                yield chunk
        except self._errors as exc:
            raise _urllib3_error(exc) from None

    def close(self) -> None:
        for manager in self._managers.values():
            manager.clear()
        self._managers.clear()


def _let_go(response: urllib3.BaseHTTPResponse) -> None:
    """A body read to its end has already given its connection back to the pool; one left part-read closes it."""
    response.close()
    response.release_conn()


def _redirected(request: httpx.Request, location: str, cookies: httpx.Cookies) -> httpx.Request:
    """The request httpx sends after `request` was redirected to `location`: its URL resolved against the
    request's, the key dropped when the origin changes (but for http -> https on the same host), Host and
    Cookie made afresh (the cookies from the client's jar)."""
    from videotask._download import _origin

    try:
        target = httpx.URL(location)
        if target.scheme and not target.host:  # "absolute" but with no host: the request's host
            target = target.copy_with(host=request.url.host)
        target = request.url.join(target)
    except httpx.InvalidURL as exc:
        raise _transport_error(exc, False) from None
    headers = httpx.Headers(request.headers)
    before, after = _origin(request.url), _origin(target)
    upgrade = before[0] == "http" and before[2] == 80 and after == ("https", before[1], 443)
    if before != after and not upgrade:
        headers.pop("Authorization", None)
    headers.pop("Host", None)
    headers.pop("Cookie", None)
    return httpx.Request("GET", target, headers=headers, cookies=cookies)


def _urllib3_error(exc: BaseException) -> TransportError:
    """A connection that could not be made (directly or through the proxy) is unsent; a timeout is one, but
    urllib3's NewConnectionError (refused, no such host) descends from its ConnectTimeoutError."""
    from urllib3.exceptions import ConnectTimeoutError, NewConnectionError, ProxyError
    from urllib3.exceptions import TimeoutError as Urllib3Timeout

    failed = exc.original_error if isinstance(exc, ProxyError) else exc
    timed_out = isinstance(failed, Urllib3Timeout) and not isinstance(failed, NewConnectionError)
    return _transport_error(exc, timed_out, isinstance(failed, ConnectTimeoutError))


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


def _absolute(url: str) -> Any:
    """`url` as aiohttp is handed it: already encoded (the generated client quoted the id), not quoted again."""
    import yarl

    return yarl.URL(url, encoded=True)


def _gateway_urls(base_url: str) -> Callable[[str], Any]:
    """The URL of a path (and query) on the gateway: `_absolute(base_url + path)`, built from the base's scheme,
    authority and path read once rather than the whole string parsed again on every request (~1.5 us of a get).
    A base with a query or fragment, or a path with a fragment, is parsed whole as before."""
    import yarl

    if "?" in base_url or "#" in base_url:
        return lambda path: _absolute(base_url + path)
    base, build = yarl.URL(base_url, encoded=True), yarl.URL.build
    scheme, authority, prefix = base.scheme, base.raw_authority, base.raw_path.rstrip("/")

    def url(path: str) -> Any:
        if "#" in path:
            return _absolute(base_url + path)
        route, _, query = path.partition("?")
        return build(scheme=scheme, authority=authority, path=prefix + route, query_string=query, encoded=True)

    return url


class AiohttpSender:
    """aiohttp, imported on first use (it costs ~0.3 s of import time) and bound to the loop it first runs in."""

    def __init__(self, settings: Settings, timeout: Timeout, max_connections: int) -> None:
        self._settings, self._timeout, self._limit = settings, timeout, max_connections
        self._session: Any = None
        self._url: Callable[[str], Any] = _absolute
        self._proxy: str | None = None
        self._errors: tuple[type[BaseException], ...] = ()
        self._unsent: tuple[type[BaseException], ...] = ()
        self._downloads: Any = None  # a session of its own: no key in its default headers

    def _open(self) -> Any:
        import aiohttp

        self._url = _gateway_urls(self._settings.base_url)
        connect, read = timeouts(self._timeout)
        self._errors = (aiohttp.ClientError, builtins.TimeoutError)  # asyncio.TimeoutError is the builtin
        self._unsent = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)
        self._session = aiohttp.ClientSession(
            headers=self._settings.headers,
            # sock_read is a timer aiohttp sets again on every read of the socket: ~11 us of CPU a get at 200 in
            # flight, a tenth of a get (a third of that in the collector: a cancelled timer stays queued, alive,
            # until the loop sweeps it); kept, as a read timeout is per read (a timeout of the whole request would
            # end a slow answer that is still arriving)
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
        method, content, headers = step.method, step.content, step.headers
        try:
            # awaited, read and released rather than `async with`: the release its exit calls, without its five
            # coroutines a request (the exit would then also wait for a request body's writer, which release()
            # has just cancelled)
            response = await session.request(
                method, self._url(step.url), data=content, headers=headers, proxy=self._proxy
            )
            try:
                body = await response.read()
            finally:
                response.release()
        except self._errors as exc:
            raise self._aiohttp_error(exc) from None
        return Reply(response.status, response.headers, body, method.upper(), step.url)

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
            response = await self._downloads.get(_absolute(url), headers=sent, proxy=_env_proxy(url))
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
