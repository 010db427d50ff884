"""The server behind bench/run.py's client measurements, so they measure the clients and not the MockGateway
(which serves through aiohttp's server, a few times slower; bench/run.py reports both servers' capacity).

`python bench/server.py` listens on a free port of 127.0.0.1 and prints `BASE_URL=...`. Every GET of
`/v1/videos/<id>` is answered with the official queued video object (tests/fixtures/openai_videos/
official-queued.json) carrying that id; anything else is a 404. HTTP/1.1 kept alive, requests without a body
only (all the measured clients send), no token checked: a response costs little beyond its two system calls.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

__all__ = ["serve"]

_FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "openai_videos" / "official-queued.json"
_MARK = "__bench_task_id__"
_GET = re.compile(rb"GET /v1/videos/([A-Za-z0-9_.-]+) ")  # the bench's ids: nothing to escape in JSON
_HEAD = b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
_NOT_FOUND = b'{"error":{"message":"bench server: no such route","type":"invalid_request_error"}}'


def _template() -> tuple[bytes, bytes]:
    body = json.loads(_FIXTURE.read_text(encoding="utf-8"))
    body["id"] = _MARK
    before, after = json.dumps(body, separators=(",", ":")).split(_MARK)
    return before.encode(), after.encode()


class _Connection(asyncio.Protocol):
    def __init__(self, template: tuple[bytes, bytes]) -> None:
        self.before, self.after = template
        self.buffer = b""
        self.transport: Any = None

    def connection_made(self, transport: Any) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        while (end := buffer.find(b"\r\n\r\n")) >= 0:
            found = _GET.match(buffer)
            if found is None:
                self.transport.write(_HEAD % (404, b"Not Found", len(_NOT_FOUND)) + _NOT_FOUND)
            else:
                body = self.before + found.group(1) + self.after
                self.transport.write(_HEAD % (200, b"OK", len(body)) + body)
            buffer = buffer[end + 4 :]
        self.buffer = buffer


async def serve() -> None:
    template = _template()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(template), "127.0.0.1", 0, backlog=2048)
    print(f"BASE_URL=http://127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve())
