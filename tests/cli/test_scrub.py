"""The one key scrubber (what the command and the gateways print through): the key never shows, and a short key
does not eat into ordinary words."""

from __future__ import annotations

import pytest

from videotask._http import scrub_secret

LONG = "sk-" + "Zq8xJ2vP0wLm" * 3 + "abcdefghi"  # 48 characters, the length of a new-api key


def test_a_short_key_leaves_words_alone():
    message = "videotask: error: AuthenticationError: talking to the gateway: kind of broken (k8s, kk, k_1, k-1)"
    assert scrub_secret(message, "k") == message
    assert (
        scrub_secret("task-abcdef and sk-abcd are not the key", "sk-abc") == "task-abcdef and sk-abcd are not the key"
    )


@pytest.mark.parametrize(
    ("text", "key", "scrubbed"),
    [
        ('{"api_key": "k", "note": "keep"}', "k", '{"api_key": "***", "note": "keep"}'),
        ("GET /v1/videos/v-1?key=k&kind=kite HTTP/1.1", "k", "GET /v1/videos/v-1?key=***&kind=kite HTTP/1.1"),
        ("Authorization: Bearer k\r\nX-Api-Key: k\r\n", "k", "Authorization: Bearer ***\r\nX-Api-Key: ***\r\n"),
        ("the key was k.", "k", "the key was ***."),
        ("k", "k", "***"),
        ('{"headers": {"Authorization": "Bearer sk-abc"}}', "sk-abc", '{"headers": {"Authorization": "Bearer ***"}}'),
        ("https://relay.example/v1?api_key=sk-abc#x", "sk-abc", "https://relay.example/v1?api_key=***#x"),
        ("Authorization: Bearer sk-abc\nHost: relay", "sk-abc", "Authorization: Bearer ***\nHost: relay"),
        ("(sk-abc), 'sk-abc'; <sk-abc>", "sk-abc", "(***), '***'; <***>"),
    ],
)
def test_a_short_key_goes_wherever_it_stands_alone(text, key, scrubbed):
    assert scrub_secret(text, key) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        (f'{{"echo": "Bearer {LONG}"}}', '{"echo": "Bearer ***"}'),
        (f"/v1/videos?key={LONG}&id=1", "/v1/videos?key=***&id=1"),
        (f"Authorization: Bearer {LONG}\r\n", "Authorization: Bearer ***\r\n"),
        (f"saved as {LONG}.json and x{LONG}y", "saved as ***.json and x***y"),  # a long key goes even when glued
    ],
)
def test_a_long_key_goes_everywhere(text, scrubbed):
    assert scrub_secret(text, LONG) == scrubbed


def test_no_key_no_change():
    assert scrub_secret("Bearer ***", None) == "Bearer ***"
    assert scrub_secret("Bearer x", "") == "Bearer x"
