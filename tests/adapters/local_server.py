"""A tiny HTTP/1.1 server on 127.0.0.1, in a thread, for what needs a real socket: a connection dropped after a
POST's body was read, a download cut mid-body, aiohttp's own errors. It answers from a script and keeps its
own ledger of what arrived, so tests count what the server saw, not what the client says it sent."""

from __future__ import annotations

import hashlib
import json
import re
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# POST actions: ("json", status, body[, headers]), ("drop",) closes after reading the body, ("hang",) never answers
# GET actions: ("serve",) honours Range/If-Range, ("drop", n) cuts the body after n bytes, ("full",) ignores
# Range, ("offset", start) answers a 206 from `start` whatever was asked, ("status", code) an error answer,
# ("redirect", url[, headers]) a 302 to `url` (with those headers too), ("hold", n) sends n bytes then nothing
# until `release` is set (then cuts), ("range_only",) honours Range but not If-Range (a server that never checks
# the validator)
Action = tuple[Any, ...]


class LocalServer:
    def __init__(self, port: int = 0, file: bytes = b"", tls: ssl.SSLContext | None = None) -> None:
        self.posts: list[tuple[str, dict[str, str], bytes]] = []  # (path, headers, body) of every POST read
        self.gets: list[dict[str, str]] = []  # the headers of every GET (lower-case names)
        self.targets: list[str] = []  # the target of every GET: its path, or the whole URL asked of a proxy
        self.post_script: list[Action] = []
        self.get_script: list[Action] = []
        self.file = file
        self.release = threading.Event()  # lets a hanging handler go at teardown
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self.httpd.daemon_threads = True
        self.scheme = "http" if tls is None else "https"
        if tls is not None:  # HTTPS with that context's certificate
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.01,), daemon=True)
        self.thread.start()

    @property
    def etag(self) -> str:  # the file's own: a test that changes `file` changes it
        return '"' + hashlib.sha256(self.file).hexdigest()[:16] + '"'

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def next_action(self, script: list[Action], default: Action) -> Action:
        return script.pop(0) if script else default


@contextmanager
def local_server(port: int = 0, file: bytes = b"", tls: ssl.SSLContext | None = None) -> Iterator[LocalServer]:
    server = LocalServer(port, file, tls)
    try:
        yield server
    finally:
        server.close()


def free_port() -> int:
    """A port nothing listens on (yet): connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # quiet
            pass

        def _cut(self) -> None:
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            server.posts.append((self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            action = server.next_action(server.post_script, ("json", 200, {"id": "video_local_1", "status": "queued"}))
            if action[0] == "drop":
                self._cut()
            elif action[0] == "hang":
                server.release.wait(10)
                self._cut()
            else:
                payload = json.dumps(action[2]).encode()
                self.send_response(action[1])
                for name, value in (action[3] if len(action) > 3 else {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        def do_GET(self) -> None:
            server.gets.append({k.lower(): v for k, v in self.headers.items()})
            server.targets.append(self.path)
            action = server.next_action(server.get_script, ("serve",))
            data = server.file
            if action[0] == "redirect":
                self.send_response(302)
                self.send_header("Location", action[1])
                for name, value in (action[2] if len(action) > 2 else {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if action[0] == "status":
                payload = b'{"error": {"message": "gone"}}'
                self.send_response(action[1])
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                return
            start = 0
            asked = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range", ""))
            if_range = self.headers.get("If-Range")
            etag = server.etag
            validated = if_range is None or if_range == etag or action[0] == "range_only"
            if asked and action[0] != "full" and validated:
                start = int(asked.group(1))
            if action[0] == "offset":
                start = action[1]
            if start:
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            self.send_header("ETag", etag)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Content-Length", str(len(data) - start))
            self.end_headers()
            if action[0] == "drop":
                self.wfile.write(data[start : start + action[1]])
                self._cut()
            elif action[0] == "hold":
                self.wfile.write(data[start : start + action[1]])
                self.wfile.flush()
                server.release.wait(30)
                self._cut()
            else:
                self.wfile.write(data[start:])

    return Handler
