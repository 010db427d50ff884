"""url_expiry, error texts and text times: each expected value worked out by hand from the URL or body."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from videotask._normalize import _error_text, url_expiry
from videotask._time import parse_timestamp

# Signed-URL conventions: Volcengine TOS (X-Tos-Date, X-Tos-Expires), AWS S3 SigV4 (X-Amz-Date, X-Amz-Expires),
# Google Cloud Storage V4 (X-Goog-Date, X-Goog-Expires), Aliyun OSS / CloudFront (Expires, unix seconds).
SIGNED_AT = datetime(2025, 8, 29, 16, 51, 22, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://b.tos.example/v.mp4?X-Tos-Date=20250829T165122Z&X-Tos-Expires=86400&X-Tos-Signature=ab",
         SIGNED_AT + timedelta(days=1)),
        ("https://b.s3.example/v.mp4?X-Amz-Expires=3600&X-Amz-Date=20250829T165122Z",
         SIGNED_AT + timedelta(hours=1)),  # the lifetime before the date
        ("https://s.example/v.mp4?x-goog-date=20250829T165122Z&x-goog-expires=60", SIGNED_AT + timedelta(minutes=1)),
        ("https://o.example/v.mp4?OSSAccessKeyId=k&Expires=1767003600&Signature=s",
         datetime(2025, 12, 29, 10, 20, tzinfo=UTC)),
        ("https://o.example/v.mp4?x-expires=1767003600", datetime(2025, 12, 29, 10, 20, tzinfo=UTC)),
        ("https://o.example/v.mp4?Expires=1767003600&Expires=1", datetime(2025, 12, 29, 10, 20, tzinfo=UTC)),
        ("https://o.example/v.mp4?X-Tos-Date=20250829T165122Z&X-Tos-Expires=60#Expires=5",
         SIGNED_AT + timedelta(minutes=1)),  # the fragment is not the query
        ("https://o.example/v.mp4?X-Tos-Date=20250829%54165122Z&X-Tos-Expires=60", SIGNED_AT + timedelta(minutes=1)),
        ("https://o.example/%C3%A9t%C3%A9.mp4?name=%C3%A9t%C3%A9&Expires=1767003600",
         datetime(2025, 12, 29, 10, 20, tzinfo=UTC)),
        ("https://o.example/été.mp4?titre=été&İ=1&Expires=1767003600", datetime(2025, 12, 29, 10, 20, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_a_signed_url_says_when_it_expires(url: str, expected: datetime) -> None:
    assert url_expiry(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://o.example/v.mp4",
        "https://o.example/expires/v.mp4",  # the word in the path, not in the query
        "https://o.example/v.mp4?noexpires=1767003600",  # another name ending in the word
        "https://o.example/v.mp4?Expires=soon",
        "https://o.example/v.mp4?Expires=",
        "https://o.example/v.mp4?Expires=%C2%B2",  # a superscript two: a digit to str.isdigit, not to int()
        "https://o.example/v.mp4?X-Tos-Expires=86400",  # a lifetime with no signing date
        "https://o.example/v.mp4?X-Tos-Date=2025-08-29&X-Tos-Expires=86400",  # not the basic form
        "https://o.example/v.mp4?X-Amz-Date=99991231T235959Z&X-Amz-Expires=86400",  # past year 9999
        "https://o.example/v.mp4?X-Tos-Date=20250829T165122Z&X-Tos-Expires=" + "9" * 5000,  # past int()'s digits
    ],
)
def test_a_url_naming_no_usable_expiry_gives_none(url: str) -> None:
    assert url_expiry(url) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"code": "content_policy", "message": "refused"}, "content_policy: refused"),
        ({"status_code": 1004, "status_msg": "auth failed"}, "1004: auth failed"),  # MiniMax's base_resp
        ({"type": "invalid_request_error", "msg": "bad size"}, "invalid_request_error: bad size"),
        ({"code": "", "type": "server_error"}, "server_error"),  # an empty code gives way to the next key
        ({"message": "upstream timed out"}, "upstream timed out"),
        ({"code": 0, "message": "success"}, None),  # Kling's all-is-well envelope
        ({"status_code": "0", "status_msg": "success"}, None),
        ({}, None),
        ("quota exhausted", "quota exhausted"),
        (500, "500"),
        ("", None),
        (0, None),
        (True, None),
        (None, None),
        ([{"message": "x"}], None),
    ],
)
def test_error_values_read_as_text(value: Any, expected: str | None) -> None:
    assert _error_text(value) == expected


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        ("2026-03-08 07:59:58.120", timezone(timedelta(hours=8)), datetime(2026, 3, 7, 23, 59, 58, 120000, tzinfo=UTC)),
        ("2026-03-08T07:59:58Z", timezone(timedelta(hours=8)), datetime(2026, 3, 8, 7, 59, 58, tzinfo=UTC)),
        ("2026-03-08T07:59:58+02:00", UTC, datetime(2026, 3, 8, 5, 59, 58, tzinfo=UTC)),
        ("2026-03-08T07:59:58", UTC, datetime(2026, 3, 8, 7, 59, 58, tzinfo=UTC)),
        ("0001-01-01T00:00:00+01:00", UTC, None),  # an hour before the calendar starts
        ("0001-01-01 00:00:00", timezone(timedelta(hours=8)), None),
        ("9999-12-31T23:00:00-05:00", UTC, None),
    ],
)  # fmt: skip
def test_text_times_land_in_utc_or_none(text: str, zone: Any, expected: datetime | None) -> None:
    found = parse_timestamp(text, zone)
    assert found == expected
    assert found is None or found.utcoffset() == timedelta(0)


def test_a_file_id_with_a_lone_surrogate_is_an_invalid_id_not_an_encoding_crash() -> None:
    """A JSON body may carry "\\ud800" (json.loads accepts it); it cannot go into a URL."""
    import httpx

    from videotask import Gateway, InvalidTaskId

    body = b'{"task_id": "m1", "status": "Success", "file_id": "\\ud800", "base_resp": {"status_code": 0}}'
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    gateway = Gateway("https://relay.example", "k", transport=httpx.MockTransport(handler))
    with gateway as gw, pytest.raises(InvalidTaskId, match="lone surrogates"):
        gw.get("minimax", "m1")
    assert len(sent) == 1  # the query went out; the result call never did
