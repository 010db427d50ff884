"""Gateway.download with no `transport=`: the request its httpx client builds is sent, and its body read, through
urllib3 (tests/adapters/test_download.py runs every resume scenario through it as well). What held with httpx
must hold here: the bytes and the part, the redirects httpx follows (the key kept only on the same origin,
cookies set on the way sent on, no more than 20), the environment's proxies and the typed errors. Where both
can run (no proxy from the environment: a given transport turns those off), a test runs on both paths, the
httpx one through an explicit `httpx.HTTPTransport()`. With a `transport=`, every request of a download goes
through it.

Facts the expected values come from: RFC 9110 (a forward proxy is asked with the whole URL as the request
target; a Location may be relative to the URL asked); RFC 7617 (Basic credentials are the base64 of
"user:password": "dXNlcjpwQHNz" for user and p@ss, the %40 in a proxy URL being "@"); httpx's max_redirects,
20 by default (so 21 requests, then TooManyRedirects); urllib3's exceptions for a refused connection
(NewConnectionError), a read past the timeout (ReadTimeoutError) and a body cut short (ProtocolError)."""

from __future__ import annotations

import hashlib
import shutil
import ssl
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import urllib3

import videotask
from tests.adapters.local_server import LocalServer, free_port, local_server
from videotask import Gateway, TaskState, VideoTask
from videotask._http import settings_from
from videotask._loops import Open
from videotask._senders import HttpxSender, _redirected, _tls

KEY = "sk-urllib3-KEY-41f7"
SIZE = 300_000
DATA = hashlib.shake_256(b"another video, deterministic").digest(SIZE)
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
PATHS = {"urllib3": dict, "httpx": lambda: {"transport": httpx.HTTPTransport()}}


def finished(url: str) -> VideoTask:
    return VideoTask(
        "openai_videos", "video_u3", TaskState.SUCCEEDED, "completed", 1.0, url, None, None, None, None, {}
    )


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with local_server(file=DATA) as running:
        yield running


@pytest.fixture
def environ(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """No proxy from the test's own environment; `environ(NAME=value, ...)` sets some."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)

    def set_them(**values: str) -> None:
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return set_them


@pytest.fixture(params=list(PATHS))
def gateway(request: pytest.FixtureRequest, environ: Callable[..., None]) -> Iterator[Callable[..., Gateway]]:
    """Gateway(base, KEY, ...) on the path the test is run for."""
    opened: list[Gateway] = []

    def build(base: str, **kwargs: Any) -> Gateway:
        opened.append(Gateway(base, KEY, sleep=lambda _: None, **PATHS[request.param](), **kwargs))
        return opened[-1]

    yield build
    for gw in opened:
        gw.close()


def test_without_a_transport_the_request_httpx_builds_is_read_through_urllib3(server: LocalServer) -> None:
    sender = HttpxSender(settings_from(server.url, KEY, 2, "warn"), None, None)
    try:
        answer = sender.send(Open(f"{server.url}/v.mp4", {"Accept": "*/*", "Accept-Encoding": "identity"}, True))
        assert isinstance(answer.headers, urllib3.HTTPHeaderDict)
        assert b"".join(answer.chunks) == DATA
        answer.close()
    finally:
        sender.close()
    assert server.gets[0]["user-agent"].startswith("python-httpx/")
    assert server.gets[0]["authorization"] == f"Bearer {KEY}"
    assert server.gets[0]["accept-encoding"] == "identity"


def test_with_a_transport_every_request_of_a_download_goes_through_it(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "relay.test":
            return httpx.Response(302, headers={"Location": "https://cdn.test/signed/v.mp4?sig=1"})
        return httpx.Response(200, content=DATA[:5000])

    with Gateway("https://relay.test", KEY, transport=httpx.MockTransport(handler)) as gw:
        gw.download(finished("https://relay.test/v1/videos/video_u3/content"), tmp_path / "v.mp4")
    assert [str(r.url) for r in seen] == [
        "https://relay.test/v1/videos/video_u3/content",
        "https://cdn.test/signed/v.mp4?sig=1",
    ]
    assert seen[0].headers["authorization"] == f"Bearer {KEY}"
    assert "authorization" not in seen[1].headers
    assert (tmp_path / "v.mp4").read_bytes() == DATA[:5000]


def test_a_relative_redirect_on_the_same_origin_keeps_the_key_and_sends_the_cookie_it_set(
    server: LocalServer, gateway: Callable[..., Gateway], tmp_path: Path
) -> None:
    server.get_script = [("redirect", "../moved/v.mp4?part=1", {"Set-Cookie": "edge=c4f; Path=/"})]
    gateway(server.url).download(finished(f"{server.url}/v1/videos/video_u3/content"), tmp_path / "v.mp4")
    assert server.targets == ["/v1/videos/video_u3/content", "/v1/videos/moved/v.mp4?part=1"]
    assert server.gets[1]["authorization"] == f"Bearer {KEY}"
    assert server.gets[1]["cookie"] == "edge=c4f"
    assert server.gets[1]["accept-encoding"] == "identity"
    assert (tmp_path / "v.mp4").read_bytes() == DATA


def test_a_redirect_keeps_the_range_of_a_resume(
    server: LocalServer, gateway: Callable[..., Gateway], tmp_path: Path
) -> None:
    server.get_script = [("drop", 70_000), ("redirect", "/again")]
    gateway(server.url).download(finished(f"{server.url}/first"), tmp_path / "v.mp4")
    assert server.targets == ["/first", "/first", "/again"]
    assert server.gets[2]["range"] == "bytes=70000-"
    assert server.gets[2]["if-range"] == server.etag
    assert (tmp_path / "v.mp4").read_bytes() == DATA


def test_a_cookie_the_gateway_set_on_a_poll_goes_with_its_download(
    server: LocalServer, gateway: Callable[..., Gateway], tmp_path: Path
) -> None:
    """The client's cookie jar is the one httpx keeps for every request, downloads included."""
    server.get_script = [("redirect", "/v.mp4", {"Set-Cookie": "lb=node-2; Path=/"})]
    gw = gateway(server.url)
    gw.download(finished(f"{server.url}/first"), tmp_path / "a.mp4")
    gw.download(finished(f"{server.url}/v.mp4"), tmp_path / "b.mp4")
    assert "cookie" not in server.gets[0]
    assert [server.gets[1]["cookie"], server.gets[2]["cookie"]] == ["lb=node-2", "lb=node-2"]


def test_more_than_twenty_redirects_raise_httpx_s_too_many_redirects(
    server: LocalServer, gateway: Callable[..., Gateway], tmp_path: Path
) -> None:
    server.get_script = [("redirect", "/again")] * 30
    with pytest.raises(httpx.TooManyRedirects):
        gateway(server.url).download(finished(f"{server.url}/v.mp4"), tmp_path / "v.mp4")
    assert len(server.gets) == 21  # not retried: it is no network fault
    assert leftovers(tmp_path) == []


def test_a_refused_connection_is_a_transport_error_sent_nowhere(
    server: LocalServer, gateway: Callable[..., Gateway], tmp_path: Path
) -> None:
    with pytest.raises(videotask.TransportError) as caught:
        gateway(server.url, max_retries=0).download(finished(f"http://127.0.0.1:{free_port()}/v.mp4"), tmp_path / "v")
    assert not isinstance(caught.value, videotask.APITimeoutError)
    assert caught.value.unsent
    assert leftovers(tmp_path) == []  # a part is kept after a network fault, but not an empty one


def test_a_read_past_the_timeout_is_a_timeout_and_the_bytes_before_it_are_in_the_part(
    server: LocalServer, gateway: Callable[..., Gateway], tmp_path: Path
) -> None:
    server.get_script = [("hold", 1000)]
    gw = gateway(server.url, timeout=2, max_retries=0)  # time enough for the headers and the first bytes
    with pytest.raises(videotask.APITimeoutError) as caught:
        gw.download(finished(f"{server.url}/v.mp4"), tmp_path / "v")
    assert not caught.value.unsent
    assert (tmp_path / ".v.part").read_bytes() == DATA[:1000]


def test_a_body_cut_short_is_a_transport_error_and_the_bytes_before_it_are_in_the_part(
    server: LocalServer, gateway: Callable[..., Gateway], tmp_path: Path
) -> None:
    server.get_script = [("drop", 100_000)]
    with pytest.raises(videotask.TransportError) as caught:
        gateway(server.url, max_retries=0).download(finished(f"{server.url}/v.mp4"), tmp_path / "v")
    assert not isinstance(caught.value, videotask.APITimeoutError)
    assert (tmp_path / ".v.part").read_bytes() == DATA[:100_000]


@pytest.mark.parametrize(
    ("script", "target", "timeout", "cause"),
    [
        ([], "refused", None, urllib3.exceptions.NewConnectionError),
        ([("hold", 1000)], "server", 0.5, urllib3.exceptions.ReadTimeoutError),
        ([("drop", 100_000)], "server", None, urllib3.exceptions.ProtocolError),
    ],
    ids=["refused", "read-timeout", "cut-short"],
)
def test_the_typed_error_of_the_urllib3_path_names_urllib3_s_own(
    server: LocalServer, environ: Callable[..., None], tmp_path: Path, script: list[Any], target: str,
    timeout: float | None, cause: type,
) -> None:  # fmt: skip
    server.get_script = list(script)
    url = f"http://127.0.0.1:{free_port()}/v.mp4" if target == "refused" else f"{server.url}/v.mp4"
    with (
        Gateway(server.url, KEY, timeout=timeout, max_retries=0) as gw,
        pytest.raises(videotask.TransportError) as caught,
    ):
        gw.download(finished(url), tmp_path / "v.mp4")
    assert caught.value.args[0].startswith(f"{cause.__name__} talking to the gateway: ")


@pytest.mark.parametrize(
    ("start", "location", "url", "keeps_key"),
    [
        ("http://relay.test/a/b", "c?x=1", "http://relay.test/a/c?x=1", True),
        ("http://relay.test/a", "https://relay.test/b", "https://relay.test/b", True),  # an upgrade to https
        ("http://relay.test:8080/a", "https://relay.test/b", "https://relay.test/b", False),  # from another port
        ("https://relay.test/a", "http://relay.test/b", "http://relay.test/b", False),  # a downgrade
        ("https://relay.test/a", "https://cdn.test/b?sig=1", "https://cdn.test/b?sig=1", False),
        ("https://relay.test/a", "https:/b", "https://relay.test/b", True),  # "absolute" with no host
    ],
)
def test_the_request_after_a_redirect_is_the_one_httpx_would_send(
    start: str, location: str, url: str, keeps_key: bool
) -> None:
    headers = {"Authorization": "Bearer k", "Range": "bytes=5-", "Cookie": "stale=1"}
    after = _redirected(httpx.Request("GET", start, headers=headers), location, httpx.Cookies())
    assert str(after.url) == url
    assert after.headers.get("authorization") == ("Bearer k" if keeps_key else None)
    assert after.headers["host"] == url.split("/")[2]
    assert after.headers["range"] == "bytes=5-"
    assert "cookie" not in after.headers  # made afresh from the jar, empty here


def test_a_location_httpx_cannot_read_is_a_transport_error() -> None:
    with pytest.raises(videotask.TransportError, match=r"^InvalidURL talking to the gateway"):
        _redirected(httpx.Request("GET", "https://relay.test/a"), "http://[::1", httpx.Cookies())


@pytest.mark.skipif(shutil.which("openssl") is None, reason="makes its certificate with the openssl command")
def test_tls_is_verified_with_the_process_s_one_context(environ: Callable[..., None], tmp_path: Path) -> None:
    """Refused while the server's self-signed certificate is not trusted; once the process's one context
    (`_tls`, which the httpx client verifies with too) trusts it, the same gateway downloads."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    served = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    served.load_cert_chain(cert, key)
    _tls.cache_clear()  # a context of this test's own, dropped at its end
    try:
        with local_server(file=DATA, tls=served) as server, Gateway(server.url, KEY, max_retries=0) as gw:
            with pytest.raises(videotask.TransportError, match="CERTIFICATE_VERIFY_FAILED"):
                gw.download(finished(f"{server.url}/v.mp4"), tmp_path / "refused.mp4")
            _tls().load_verify_locations(cert)
            gw.download(finished(f"{server.url}/v.mp4"), tmp_path / "v.mp4")
    finally:
        _tls.cache_clear()
    assert (tmp_path / "v.mp4").read_bytes() == DATA
    assert server.gets[-1]["authorization"] == f"Bearer {KEY}"


# -- proxies from the environment: httpx's client honours them only without a transport -----------------------


def test_an_http_proxy_from_the_environment_is_asked_for_the_whole_url_with_its_credentials(
    server: LocalServer, environ: Callable[..., None], tmp_path: Path
) -> None:
    environ(HTTP_PROXY=f"http://user:p%40ss@127.0.0.1:{server.httpd.server_address[1]}")
    with Gateway("http://127.0.0.1:9", KEY) as gw:
        gw.download(finished("http://video.invalid/signed/v.mp4?sig=1"), tmp_path / "v.mp4")
    assert server.targets == ["http://video.invalid/signed/v.mp4?sig=1"]
    assert server.gets[0]["proxy-authorization"] == "Basic dXNlcjpwQHNz"
    assert server.gets[0]["host"] == "video.invalid"
    assert "authorization" not in server.gets[0]  # another origin than the gateway's
    assert (tmp_path / "v.mp4").read_bytes() == DATA


@pytest.mark.parametrize("variable", ["ALL_PROXY", "http_proxy"])
def test_all_proxy_and_a_proxy_named_without_its_scheme_are_honoured(
    server: LocalServer, environ: Callable[..., None], tmp_path: Path, variable: str
) -> None:
    environ(**{variable: f"127.0.0.1:{server.httpd.server_address[1]}"})
    with Gateway("http://127.0.0.1:9", KEY) as gw:
        gw.download(finished("http://video.invalid/v.mp4"), tmp_path / "v.mp4")
    assert server.targets == ["http://video.invalid/v.mp4"]
    assert "proxy-authorization" not in server.gets[0]
    assert (tmp_path / "v.mp4").read_bytes() == DATA


def test_no_proxy_exempts_a_host_and_each_hop_of_a_redirect_picks_its_own_proxy(
    environ: Callable[..., None], tmp_path: Path
) -> None:
    """The gateway is exempt (NO_PROXY) and answers with a redirect to another host, which is not: the second
    hop goes through the proxy, as httpx picks a proxy for each URL it asks."""
    with local_server(file=DATA) as gateway_server, local_server(file=DATA) as proxy:
        gateway_server.get_script = [("redirect", "http://cdn.invalid/signed/v.mp4")]
        environ(HTTP_PROXY=f"http://127.0.0.1:{proxy.httpd.server_address[1]}", NO_PROXY="127.0.0.1")
        with Gateway(gateway_server.url, KEY) as gw:
            gw.download(finished(f"{gateway_server.url}/v1/videos/video_u3/content"), tmp_path / "v.mp4")
        assert gateway_server.targets == ["/v1/videos/video_u3/content"]
        assert gateway_server.gets[0]["authorization"] == f"Bearer {KEY}"
        assert proxy.targets == ["http://cdn.invalid/signed/v.mp4"]
        assert "authorization" not in proxy.gets[0]
    assert (tmp_path / "v.mp4").read_bytes() == DATA


def test_a_hop_through_a_socks_proxy_is_handed_to_httpx(
    server: LocalServer, environ: Callable[..., None], tmp_path: Path
) -> None:
    """urllib3 speaks no SOCKS without PySocks: such a hop goes to the httpx client, with the proxies it took
    from the environment when it was built (none here, so straight to the server; with socksio installed and
    the variable set before, httpx would go through the SOCKS proxy)."""
    with Gateway(server.url, KEY) as gw:
        environ(HTTP_PROXY=f"socks5://127.0.0.1:{free_port()}")
        gw.download(finished(f"{server.url}/v.mp4"), tmp_path / "v.mp4")
    assert server.targets == ["/v.mp4"]
    assert (tmp_path / "v.mp4").read_bytes() == DATA
