"""What the MockGateway answers, apart from HTTP: routes from the families' data, scripted lifecycles, faults,
the content and result calls, and the ledger of what was served. Runs on the server's thread."""

from __future__ import annotations

import collections
import json
import random
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qs, quote, unquote

from attrs import frozen

from adapters._task import TaskState
from adapters.testing._bodies import (
    FILE_ID_MARK,
    TASK_ID_MARK,
    UNKNOWN_STATUS,
    URL_MARK,
    body_template,
    result_template,
)
from adapters.testing._catalog import Route, View, views
from adapters.testing._content import content_answer
from adapters.testing._faults import BODY_FAULTS, Answer, Fault, check_fault, error_answer, status_fault
from adapters.testing._ledger import Ledger
from adapters.testing._lifecycle import Lifecycle, default_lifecycle

__all__ = ["FILES_PREFIX", "MockApp", "Seen"]

FILES_PREFIX = "/videotask-mock/files"  # where the mock serves the files its result calls name


@frozen
class Seen:
    """One request as the mock received it (headers lower-cased)."""

    method: str
    path: str
    headers: dict[str, str]


def _relay_error(message: str) -> bytes:
    """new-api's video proxy error: `{error: {message, type}}` (controller VideoProxy)."""
    return json.dumps({"error": {"message": message, "type": "invalid_request_error"}}).encode()


_PLAIN = re.compile(r"[A-Za-z0-9_.:+=@ -]*")


def _escaped(task_id: str) -> bytes:
    """The id as it goes inside a JSON string (most ids need no escaping: skip the encoder for them)."""
    if _PLAIN.fullmatch(task_id):
        return task_id.encode()
    return json.dumps(task_id, ensure_ascii=False)[1:-1].encode()


class MockApp:
    """The mock's state and its answers; `MockGateway` puts HTTP around it."""

    def __init__(
        self,
        *,
        token: str | None,
        running_polls: int,
        fault_rate: float,
        random_faults: Iterable[Fault],
        seed: int | None,
        slow_seconds: float,
        redirect_to: str | None,
        retry_after: float,
        families: Iterable[str] | None,
        history: int,
        content_size: int,
    ) -> None:
        self.token, self.running_polls, self.slow_seconds = token, running_polls, slow_seconds
        self.redirect_to, self.retry_after, self.content_size = redirect_to, retry_after, content_size
        self.fault_rate, self.random_faults = fault_rate, tuple(random_faults)
        for fault in self.random_faults:
            check_fault(fault)
        self.base_url = ""
        self.requests: collections.deque[Seen] = collections.deque(maxlen=history)
        self.served = 0  # responses sent, faults included
        self.ledger = Ledger()
        self.views: tuple[View, ...] = views(families)
        self._views = {fam.name: fam for fam in self.views}
        self._by_prefix: dict[str, list[Route]] = {}
        for fam in self.views:
            for route in fam.routes:
                self._by_prefix.setdefault(route.prefix, []).append(route)
        self._random = random.Random(seed)
        self.scripts: dict[str, Lifecycle] = {}
        self.faults: dict[str | None, collections.deque[Fault]] = {}
        self.drift: dict[str, Callable[[Any], Any]] = {}
        # file ids handed out in success bodies of families with a result call, both ways
        self.file_ids: dict[tuple[str, str], str] = {}
        self.files: dict[str, tuple[str, str]] = {}

    def warm(self) -> None:
        """Render every body up front so the first request is as fast as the rest."""
        for fam in self.views:
            for route in fam.queries:
                for state in (TaskState.QUEUED, TaskState.SUCCEEDED):
                    body_template(fam.name, state, 0 if state is TaskState.QUEUED else 100, None, route.operation)

    # -- routing -----------------------------------------------------------------------------------------

    def _route(self, path: str) -> tuple[Route, str | None] | None:
        """The route of `path` and the id it carries in its path (None: the id is in the query string)."""
        for route in self._by_prefix.get("/" + path.lstrip("/").split("/", 1)[0], ()):
            match = route.pattern.match(path)
            if match is not None:
                return route, unquote(match.group(1)) if route.id_in == "path" else None
        return None

    def answer(self, method: str, target: str, headers: Mapping[str, str]) -> Answer:
        self.served += 1
        path, _, query = target.partition("?")
        self.requests.append(Seen(method, path, dict(headers)))
        if self.token is not None and headers.get("authorization") != f"Bearer {self.token}":
            return error_answer(401, "invalid_api_key", "mock: invalid token", ("WWW-Authenticate", "Bearer"))
        if path.startswith(FILES_PREFIX + "/"):
            return self._file(method, path, headers.get("range"))
        found = self._route(path)
        if found is None:
            return error_answer(404, "not_found", f"mock: no route {path}")
        if method != "GET":
            return error_answer(405, "method_not_allowed", "mock: task routes are GET", ("Allow", "GET"))
        route, task_id = found
        if task_id is None:
            task_id = (parse_qs(query).get(route.id_param) or [""])[0]
        if not task_id:
            return error_answer(400, "invalid_request", f"mock: {route.id_param} is required")
        if route.role == "result":
            return self._result(route, task_id)
        if route.role == "content":
            return self._content(route.family, task_id, headers.get("range"))
        return self._lifecycle(route, task_id, path)

    # -- a task's lifecycle ------------------------------------------------------------------------------

    def _fault_for(self, task_id: str) -> Fault | None:
        for key in (task_id, None):
            queued = self.faults.get(key)
            if queued:
                return queued.popleft()
        if self.fault_rate and self._random.random() < self.fault_rate:
            return self._random.choice(self.random_faults)
        return None

    def lifecycle(self, task_id: str) -> Lifecycle:
        return self.scripts.get(task_id) or default_lifecycle(task_id, self.running_polls)

    def _body(self, route: Route, task_id: str, *, advance: bool) -> bytes:
        state, percent = self.lifecycle(task_id).step(self.ledger.answers(route.family, task_id))
        state = self._views[route.family].served_state(state)
        if advance:
            self.ledger.served(route.family, task_id, state)
        raw = None if advance else UNKNOWN_STATUS
        body = body_template(route.family, state, percent, raw, route.operation).replace(
            TASK_ID_MARK.encode(), _escaped(task_id)
        )
        if FILE_ID_MARK.encode() in body:
            body = body.replace(FILE_ID_MARK.encode(), self._file_id(route.family, task_id).encode())
        change = self.drift.get(route.family)
        return body if change is None else json.dumps(change(json.loads(body)), ensure_ascii=False).encode()

    def _lifecycle(self, route: Route, task_id: str, path: str) -> Answer:
        fault = self._fault_for(task_id)
        if fault is None or fault in ("slow", "unknown_status"):
            body = self._body(route, task_id, advance=fault != "unknown_status")
            if fault is not None:
                self.ledger.fault(fault)
            return Answer(200, body, delay=self.slow_seconds if fault == "slow" else 0.0)
        self.ledger.fault(fault)
        if fault in BODY_FAULTS:
            whole = self._body(route, task_id, advance=False)
            body = {"truncated_json": whole[: len(whole) // 2], "empty_body": b"", "not_object": b"[]"}[fault]
            return Answer(200, body)
        location = (self.redirect_to or self.base_url).rstrip("/") + path
        return status_fault(fault, location=location, retry_after=self.retry_after)

    # -- what a finished task leads to ---------------------------------------------------------------------

    def _succeeded(self, family: str, task_id: str) -> bool:
        record = self.ledger.get(family, task_id)
        return record is not None and record.last is TaskState.SUCCEEDED

    def _file_id(self, family: str, task_id: str) -> str:
        """The task's file id: digits, like the ids of the one family with a result call (MiniMax's)."""
        found = self.file_ids.get((family, task_id))
        if found is None:
            found = self.file_ids[family, task_id] = str(300_000_000_000_000 + len(self.files) + 1)
            self.files[found] = (family, task_id)
        return found

    def _result(self, route: Route, file_id: str) -> Answer:
        """The result call: the file a succeeded task's body named, with its URL on the mock itself."""
        family, task_id = self.files.get(file_id, (route.family, ""))
        if family != route.family or not self._succeeded(family, task_id):
            return error_answer(404, "file_not_found", "mock: no finished task has this file")
        url = f"{self.base_url}{FILES_PREFIX}/{quote(family, safe='')}/{quote(task_id, safe='')}"
        body = result_template(family).replace(FILE_ID_MARK.encode(), file_id.encode())
        return Answer(200, body.replace(URL_MARK.encode(), _escaped(url)))

    def _content(self, family: str, task_id: str, range_header: str | None) -> Answer:
        """As new-api's video proxy: 404 for a task it does not know, 400 until the task succeeded."""
        if self.ledger.get(family, task_id) is None and task_id not in self.scripts:
            return Answer(404, _relay_error("mock: no such task"))
        if not self._succeeded(family, task_id):
            return Answer(400, _relay_error("mock: the task has not succeeded, its file is not ready"))
        return content_answer(task_id, self.content_size, range_header)

    def _file(self, method: str, path: str, range_header: str | None) -> Answer:
        family, _, task_id = path[len(FILES_PREFIX) + 1 :].partition("/")
        if method != "GET" or not self._succeeded(unquote(family), unquote(task_id)):
            return error_answer(404, "not_found", "mock: no such file")
        return content_answer(unquote(task_id), self.content_size, range_header)
