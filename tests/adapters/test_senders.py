"""AsyncGateway's aiohttp sender reads the proxy settings once, as httpx would apply them, and sends each request
to the path the generated client built, on the base URL, as it was quoted."""

from __future__ import annotations

import asyncio
import json
from urllib.parse import unquote

import pytest

from videotask import AsyncGateway
from videotask._senders import _env_proxy, _gateway_urls


@pytest.mark.parametrize(
    ("env", "base_url", "expected"),
    [
        ({}, "http://relay.example", None),
        ({"HTTP_PROXY": "http://proxy:3128"}, "http://relay.example", "http://proxy:3128"),
        ({"HTTP_PROXY": "http://proxy:3128"}, "https://relay.example", None),
        ({"HTTPS_PROXY": "http://proxy:3128"}, "https://relay.example", "http://proxy:3128"),
        ({"HTTPS_PROXY": "http://proxy:3128", "NO_PROXY": "relay.example"}, "https://relay.example", None),
        ({"HTTP_PROXY": "http://proxy:3128", "NO_PROXY": "127.0.0.1"}, "http://127.0.0.1:8765", None),
    ],
)
def test_the_proxy_for_the_gateway(monkeypatch, env, base_url, expected):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert _env_proxy(base_url) == expected


def test_gateways_share_one_tls_context(monkeypatch):
    """Building a verifying TLS context loads the whole CA bundle (~30 ms of CPU): a process building many
    gateways loads it once, not once per client."""
    import ssl

    from videotask import Gateway

    loads = []
    real = ssl.SSLContext.load_verify_locations

    def counted(self, *args, **kwargs):
        loads.append(args or kwargs)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counted)
    for _ in range(3):
        Gateway("https://relay.invalid", "sk-1").close()
    assert len(loads) <= 1


@pytest.mark.parametrize(
    ("base_url", "path", "expected", "request_target"),
    [
        ("http://127.0.0.1:8000", "/v1/videos/video_1", "http://127.0.0.1:8000/v1/videos/video_1",
         "/v1/videos/video_1"),
        ("http://127.0.0.1:8000", "/v1/videos/a%2Fb%20c", "http://127.0.0.1:8000/v1/videos/a%2Fb%20c",
         "/v1/videos/a%2Fb%20c"),
        ("https://relay.example/api/v2", "/query?task_id=a%26b%3D", "https://relay.example/api/v2/query?task_id=a%26b%3D",
         "/api/v2/query?task_id=a%26b%3D"),
        ("https://me:pw@relay.example:8443", "/v1/videos/x?", "https://me:pw@relay.example:8443/v1/videos/x",
         "/v1/videos/x"),
        ("http://127.0.0.1:8000/relay", "/v1/videos/x#part", "http://127.0.0.1:8000/relay/v1/videos/x#part",
         "/relay/v1/videos/x"),
        # a base with a query is read whole, as it always was: the path lands in the query
        ("https://relay.example/api?k=1", "/v1/videos/x", "https://relay.example/api?k=1/v1/videos/x",
         "/api?k=1/v1/videos/x"),
    ],
)  # fmt: skip
def test_a_path_on_the_gateway_is_taken_as_quoted(base_url, path, expected, request_target):
    url = _gateway_urls(base_url)(path)
    assert (str(url), url.raw_path_qs) == (expected, request_target)


async def test_the_aiohttp_sender_asks_the_path_below_the_base():
    """Through a socket: the request line names the base's path, then the path with the id as the generated
    client quoted it (a `/`, a space, a `?` and a `%` in an id stay inside its segment)."""
    lines: list[bytes] = []

    class Answer(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport, self.buffer = transport, b""

        def data_received(self, data):
            self.buffer += data
            while b"\r\n\r\n" in self.buffer:  # a GET's head, whole (no body follows)
                head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
                line = head.split(b"\r\n", 1)[0]
                lines.append(line)
                asked = unquote(line.split(b" ")[1].decode().rsplit("/", 1)[1])
                body = json.dumps({"id": asked, "object": "video", "status": "queued", "progress": 0}).encode()
                answer = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
                self.transport.write(answer % len(body) + body)

    server = await asyncio.get_running_loop().create_server(Answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with AsyncGateway(f"http://127.0.0.1:{port}/relay/api/", "sk-1", validation="off") as gw:
            plain = await gw.get("openai_videos", "video_1")
            odd = await gw.get("openai_videos", "a/b c?%41")
    finally:
        server.close()
        await server.wait_closed()
    assert lines == [
        b"GET /relay/api/v1/videos/video_1 HTTP/1.1",
        b"GET /relay/api/v1/videos/a%2Fb%20c%3F%2541 HTTP/1.1",
    ]
    assert (plain.task_id, odd.task_id) == ("video_1", "a/b c?%41")
