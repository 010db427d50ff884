"""AsyncGateway's aiohttp sender reads the proxy settings once, as httpx would apply them."""

from __future__ import annotations

import pytest

from videotask._senders import _env_proxy


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
