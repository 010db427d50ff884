"""What the MockGateway answers, apart from HTTP: routes from the families' data, scripted lifecycles, faults,
the content and result calls, and the ledger of what was served. Runs on the server's thread."""

from __future__ import annotations

import collections
import json
import random
import re
import secrets
import time
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, unquote

import attrs
from attrs import frozen

from videotask._normalize import read
from videotask._task import TaskState
from videotask.definitions import Relay, Wrapper
from videotask.testing import _files
from videotask.testing._bodies import (
    EXPIRES_ISO_MARK,
    EXPIRES_MARK,
    FILE_ID_MARK,
    TASK_ID_MARK,
    UNKNOWN_STATUS,
    URL_MARK,
    body_template,
    id_format,
    result_template,
    submit_template,
)
from videotask.testing._catalog import Route, Submit, View, views
from videotask.testing._content import content_answer
from videotask.testing._creates import asked, echo, fingerprint, problems, read_body
from videotask.testing._faults import (
    BODY_FAULTS,
    CREATE_FAULTS,
    FILE_FAULTS,
    TASK_FAULTS,
    Answer,
    Fault,
    check_fault,
    error_answer,
    status_fault,
)
from videotask.testing._ledger import Ledger
from videotask.testing._lifecycle import Lifecycle, default_lifecycle
from videotask.testing._pacing import Extras
from videotask.testing._pricing import catalog_answer

__all__ = ["MockApp", "Seen"]


@frozen
class Seen:
    """One request as the mock received it (headers lower-cased)."""

    method: str
    path: str
    headers: dict[str, str]


def _relay_error(message: str, code: str | None = None) -> bytes:
    """new-api's relay error: `{error: {message, type, code}}` (OpenAIError; the video proxy leaves out code)."""
    error = {"message": message, "type": "invalid_request_error", **({"code": code} if code else {})}
    return json.dumps({"error": error}, ensure_ascii=False).encode()


_PLAIN = re.compile(r"[A-Za-z0-9_.:+=@ -]*")
_FOUND_MAX = 1 << 16  # paths whose route is remembered
_TIMED = (URL_MARK.encode(), EXPIRES_MARK.encode())  # a body with either carries a signed URL's expiry


def _id_in_query(query: str, route: Route) -> str:
    return (parse_qs(query).get(route.id_param) or [""])[0]


def _id_in_body(body: bytes, key: str) -> str:
    """The id a relay's POST query carries in its JSON body; "" when there is none."""
    try:
        found = json.loads(body or b"null")
    except ValueError:
        return ""
    value = found.get(key) if isinstance(found, dict) else None
    return value if isinstance(value, str) else ""


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
        file_ttl: float = 3600.0,
        max_rps: float | None = None,
        durations: tuple[float, float] | None = None,
        relay: Relay | None = None,
        wrapper: Wrapper | None = None,
    ) -> None:
        self.relay, self.wrapper = relay, wrapper  # a relay's routes only; query answers in a wrapper (else raw)
        self.extras = Extras(self, max_rps, durations, seed)  # a rate limit, timed lifecycles, GET /_mock/ledger
        self.token, self.running_polls, self.slow_seconds = token, running_polls, slow_seconds
        self._bearer = None if token is None else f"Bearer {token}"
        self.redirect_to, self.retry_after, self.content_size = redirect_to, retry_after, content_size
        self.file_ttl = file_ttl  # seconds a signed file URL stays valid from the answer that names it
        self._cdn_url = ""  # the second listener's origin (another port: another origin)
        self._secret = secrets.token_bytes(16)  # signs the file URLs
        self.fault_rate, self.random_faults = fault_rate, tuple(random_faults)
        for fault in self.random_faults:
            check_fault(fault)
        self.base_url = ""
        self.requests: collections.deque[Seen] = collections.deque(maxlen=history)
        self.cdn_requests: collections.deque[Seen] = collections.deque(maxlen=history)
        self.served = 0  # responses sent, faults included
        self.ledger = Ledger()
        self.views: tuple[View, ...] = views(families, relay)
        self._views = {fam.name: fam for fam in self.views}
        self._by_prefix: dict[str, list[Route]] = {}
        self._submits: dict[str, Submit] = {}
        for fam in self.views:
            for route in fam.routes:
                self._by_prefix.setdefault(route.prefix, []).append(route)
            for submit in fam.submits:
                self._submits[submit.path] = submit
        self._random = random.Random(seed)
        self.scripts: dict[str, Lifecycle] = {}
        self.faults: dict[str | None, collections.deque[Fault]] = {}
        self.drift: dict[str, Callable[[Any], Any]] = {}
        # file ids handed out in success bodies of families with a result call, both ways
        self.file_ids: dict[tuple[str, str], str] = {}
        self.files: dict[str, tuple[str, str]] = {}
        self.created_on: dict[tuple[str, str], Route] = {}  # a created task: the query route it is read on
        self.asked: dict[tuple[str, str], dict[str, Any]] = {}  # what a created task's create asked for
        self.next_scripts: collections.deque[Lifecycle] = collections.deque()  # for the next tasks created
        self.created_count = 0
        self._found: dict[str, tuple[Route, str | None] | None] = {}  # path -> _route(path), bounded
        # (family, operation, task id) -> ((state, percent, raw status), expiry or None, 200 answer): a poll that
        # finds its task where the last one left it sends the same bytes without rendering them again
        self._bodies: dict[tuple[str, str, str], tuple[tuple[TaskState, int, str | None], int | None, Answer]] = {}

    @property
    def cdn_url(self) -> str:
        return self._cdn_url

    @cdn_url.setter
    def cdn_url(self, url: str) -> None:  # a restarted mock's file listener has another port: bodies name it
        self._cdn_url = url
        self._bodies.clear()

    def forget(self) -> None:
        """Drop what was rendered for tasks and what their creates asked for (the tasks are about to be
        forgotten)."""
        self._bodies.clear()
        self.asked.clear()

    def warm(self) -> None:
        """Render every body up front so the first request is as fast as the rest."""
        for fam in self.views:
            for route in fam.queries:
                for state in (TaskState.QUEUED, TaskState.SUCCEEDED):
                    body_template(fam.name, state, 0 if state is TaskState.QUEUED else 100, None, route.operation)

    # -- routing -----------------------------------------------------------------------------------------

    def _route(self, path: str) -> tuple[Route, str | None] | None:
        """The route of `path` and the id it carries in its path (None: the id is in the query string);
        remembered per path, since routes never change (a bounded memo: polls repeat their paths)."""
        try:
            return self._found[path]
        except KeyError:
            pass
        if len(self._found) >= _FOUND_MAX:
            self._found.clear()
        found = self._found[path] = self._match(path)
        return found

    def _match(self, path: str) -> tuple[Route, str | None] | None:
        for route in self._by_prefix.get("/" + path.lstrip("/").split("/", 1)[0], ()):
            match = route.pattern.match(path)
            if match is not None:
                return route, unquote(match.group(1)) if route.id_in == "path" else None
        return None

    def answer(self, method: str, target: str, headers: Mapping[str, str], body: bytes = b"") -> Answer:
        self.served += 1
        path, _, query = target.partition("?")
        self.requests.append(Seen(method, path, dict(headers)))
        if self._bearer is not None and headers.get("authorization") != self._bearer:
            return error_answer(401, "invalid_api_key", "mock: invalid token", ("WWW-Authenticate", "Bearer"))
        extra = self.extras.answer(method, path) or catalog_answer(self.views, method, path)  # + /api/pricing
        if extra is not None:
            return extra
        submit = self._submits.get(path)
        if submit is not None and method == "POST":
            return self._create(submit, headers, body)
        found = self._route(path)
        if found is None:
            if submit is not None:
                return error_answer(405, "method_not_allowed", "mock: create routes are POST", ("Allow", "POST"))
            return error_answer(404, "not_found", f"mock: no route {path}")
        route, task_id = found
        if method != route.method:
            message = f"mock: this task route is {route.method}"
            return error_answer(405, "method_not_allowed", message, ("Allow", route.method))
        if task_id is None:
            task_id = _id_in_body(body, route.id_param) if route.id_in == "body" else _id_in_query(query, route)
        if not task_id:
            return error_answer(400, "invalid_request", f"mock: {route.id_param} is required")
        if route.role == "result":
            return self._result(route, task_id)
        if route.role == "content":
            return self._content(route.family, task_id, headers)
        home = self.created_on.get((route.family, task_id))
        if home is not None and home != route:  # a created task lives on its own route, as upstreams keep it
            return error_answer(404, "not_found", f"mock: no such task on {route.template}")
        return self._lifecycle(route, task_id, path)

    # -- faults --------------------------------------------------------------------------------------------

    def _fault_for(self, task_id: str | None, kinds: Collection[str] = TASK_FAULTS) -> Fault | None:
        """The next fault of `kinds` queued for `task_id`, else for any call, else one drawn at the random rate."""
        if not self.faults and not self.fault_rate:
            return None  # the usual poll: nothing queued, no random faults
        for key in dict.fromkeys((task_id, None)):
            queued = self.faults.get(key)
            if queued:
                for i, fault in enumerate(queued):
                    if fault in kinds:
                        del queued[i]  # returns at once: the enumeration does not go on over a changed deque
                        if not queued:
                            del self.faults[key]
                        return fault
        if self.fault_rate and self._random.random() < self.fault_rate:
            mine = [fault for fault in self.random_faults if fault in kinds]
            return self._random.choice(mine) if mine else None
        return None

    # -- creates -------------------------------------------------------------------------------------------

    def _create(self, submit: Submit, headers: Mapping[str, str], body: bytes) -> Answer:
        """A POST to a submit route: refused (429, 503), rejected (400, every problem listed), answered with the
        task it made (or, for an idempotency key already seen, the task that key made)."""
        family = submit.family
        parsed = read_body(headers.get("content-type", ""), body)
        if isinstance(parsed, str):
            self.ledger.rejected(family)
            return Answer(400, _relay_error(f"mock: {parsed}", "invalid_request"))
        media, fields = parsed
        header = self._views[family].override.submit.idempotency_header
        idempotency = headers.get(header.lower()) if header else None
        key = f"key:{idempotency}" if idempotency else fingerprint(fields)
        fault = self._fault_for(None, CREATE_FAULTS)
        if fault is not None:
            self.ledger.fault(fault)
        if fault in ("create_rate_limited", "create_unavailable"):  # turned away before the body is looked at
            self.ledger.refused(family, key)
            kind: Fault = "rate_limited" if fault == "create_rate_limited" else "unavailable"
            return status_fault(kind, location="", retry_after=self.retry_after)
        wrong = problems(submit, media, fields)
        wrong += [f"header {name}: {value} is required" for name, value in submit.headers.items()
                  if headers.get(name.lower()) != value]  # fmt: skip
        if wrong:
            self.ledger.rejected(family)
            shown = "; ".join(wrong[:10]) + (f" (and {len(wrong) - 10} more)" if len(wrong) > 10 else "")
            return Answer(400, _relay_error(f"mock: invalid request body: {shown}", "invalid_request"))
        if idempotency and (family, key) in self.ledger.submissions and self.ledger.submissions[family, key].tasks:
            task_id = self.ledger.replayed(family, key)
        else:
            task_id = self._new_task(submit, key, fields)
            self.asked[family, task_id] = asked(fields)
        answer = self._echoed(
            family, task_id, submit_template(family, submit.operation).replace(TASK_ID_MARK.encode(), _escaped(task_id))
        )
        if fault == "create_drop":
            return Answer(0, drop=True)
        if fault == "create_server_error":
            return status_fault("server_error", location="", retry_after=self.retry_after)
        return Answer(200, answer, delay=self.slow_seconds if fault == "create_slow" else 0.0)

    def _new_task(self, submit: Submit, key: str, fields: Mapping[str, Any]) -> str:
        self.created_count += 1
        if id_format(submit.family, submit.operation) == "uuid":  # the spec's id format (Runway's are UUIDs)
            task_id = str(uuid.uuid4())
        else:
            task_id = f"vtask-{self.created_count:06d}-{secrets.token_hex(3)}"
        self.created_on[submit.family, task_id] = submit.query
        script = self.next_scripts.popleft() if self.next_scripts else self.extras.lifecycle(task_id, key, fields)
        if script is not None:
            self.scripts[task_id] = script
        self.ledger.submitted(submit.family, key, task_id)
        return task_id

    # -- a task's lifecycle ------------------------------------------------------------------------------

    def lifecycle(self, task_id: str) -> Lifecycle:
        return self.scripts.get(task_id) or default_lifecycle(task_id, self.running_polls)

    def _ok(self, route: Route, task_id: str, *, advance: bool) -> Answer:
        """The 200 answer of the task's next step (`advance`: the poll counts, else the status word is one
        nobody documented)."""
        family = route.family
        state, percent = self.lifecycle(task_id).step(self.ledger.answers(family, task_id))
        state = self._views[family].served_state(state)
        if advance:
            self.ledger.served(family, task_id, state)
        step = (state, percent, None if advance else UNKNOWN_STATUS)
        key = (family, route.operation, task_id)
        cached = self._bodies.get(key)
        if cached is not None and cached[0] == step and (cached[1] is None or cached[1] == self._expiry()):
            answer = cached[2]
        else:
            body, expires = self._render(route, task_id, step)
            answer = Answer(200, body)
            self._bodies[key] = (step, expires, answer)
        change = self.drift.get(family)
        if change is None:
            return answer
        return Answer(200, json.dumps(change(json.loads(answer.body)), ensure_ascii=False).encode())

    def _render(self, route: Route, task_id: str, step: tuple[TaskState, int, str | None]) -> tuple[bytes, int | None]:
        """The body of `task_id` at `step`, and the expiry its signed URL carries (None: it carries none)."""
        body = body_template(route.family, *step, route.operation).replace(TASK_ID_MARK.encode(), _escaped(task_id))
        if FILE_ID_MARK.encode() in body:
            body = body.replace(FILE_ID_MARK.encode(), self._file_id(route.family, task_id).encode())
        expires = None
        if any(mark in body for mark in _TIMED):
            expires = self._expiry()
            body = self._signed(body, route.family, task_id, expires)
        return self._wrapped(route, task_id, step, self._echoed(route.family, task_id, body)), expires

    def _wrapped(self, route: Route, task_id: str, step: tuple[TaskState, int, str | None], body: bytes) -> bytes:
        """A query answer in the mock's wrapper, for a family that names it (new-api keeps an upstream
        cancellation as a failure: a wrapper with no word for a state says failed)."""
        wrapper = self.wrapper
        if wrapper is None or route.role != "query" or wrapper.name not in self._views[route.family].override.wrappers:
            return body
        parsed = json.loads(body)
        if wrapper.recognises(parsed):  # the family answers in this wrapper already (jimeng's relays)
            return body
        state = step[0] if wrapper.word(step[0]) is not None else TaskState.FAILED
        url = read(self._views[route.family].override, parsed).video_url if wrapper.body is None else None
        wrapped = wrapper.wrap(parsed, state, task_id, step[1], url)
        return json.dumps(wrapped, ensure_ascii=False, separators=(",", ":")).encode()

    def _echoed(self, family: str, task_id: str, body: bytes) -> bytes:
        """A created task's answer saying what its create asked for (model, seconds, size, prompt ...)."""
        wanted = self.asked.get((family, task_id))
        if not wanted:
            return body
        parsed = json.loads(body)
        if not echo(parsed, wanted, self._views[family].kept):
            return body
        return json.dumps(parsed, ensure_ascii=False, separators=(",", ":")).encode()

    def _lifecycle(self, route: Route, task_id: str, path: str) -> Answer:
        fault = self._fault_for(task_id)
        if fault is None:
            return self._ok(route, task_id, advance=True)
        if fault in ("slow", "unknown_status"):
            answer = self._ok(route, task_id, advance=fault != "unknown_status")
            self.ledger.fault(fault)
            return attrs.evolve(answer, delay=self.slow_seconds) if fault == "slow" else answer
        self.ledger.fault(fault)
        if fault in BODY_FAULTS:
            whole = self._ok(route, task_id, advance=False).body
            body = {"truncated_json": whole[: len(whole) // 2], "empty_body": b"", "not_object": b"[]"}[fault]
            return Answer(200, body)
        location = (self.redirect_to or self.base_url).rstrip("/") + path
        return status_fault(fault, location=location, retry_after=self.retry_after)

    # -- what a finished task leads to ---------------------------------------------------------------------

    def _expiry(self) -> int:
        """When a file URL signed now expires (unix seconds): the same all through a second."""
        return int(time.time() + self.file_ttl)

    def _signed(self, body: bytes, family: str, task_id: str, expires: int) -> bytes:
        """A success body with the task's file URL on the CDN, signed to expire at `expires` (`file_ttl` s
        from now), and the body's expiry fields saying the same."""
        url = self.cdn_url + _files.signed_path(self._secret, family, task_id, expires)
        iso = datetime.fromtimestamp(expires, UTC).isoformat().replace("+00:00", "Z")
        body = body.replace(URL_MARK.encode(), _escaped(url)).replace(EXPIRES_ISO_MARK.encode(), iso.encode())
        return body.replace(EXPIRES_MARK.encode(), str(expires).encode())

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
        body = result_template(family).replace(FILE_ID_MARK.encode(), file_id.encode())
        return Answer(200, self._signed(body, family, task_id, self._expiry()))

    def _content(self, family: str, task_id: str, headers: Mapping[str, str]) -> Answer:
        """As new-api's video proxy: 404 for a task it does not know, 400 until the task succeeded."""
        known = (family, task_id) in self.created_on or task_id in self.scripts
        if self.ledger.get(family, task_id) is None and not known:
            answer = Answer(404, _relay_error("mock: no such task"))
        elif not self._succeeded(family, task_id):
            answer = Answer(400, _relay_error("mock: the task has not succeeded, its file is not ready"))
        else:
            answer = self._file_answer(task_id, headers)
        return self._count_file(answer, family, task_id, headers, cdn=False)

    def answer_cdn(self, method: str, target: str, headers: Mapping[str, str]) -> Answer:
        """The CDN listener: signed file URLs only; a bearer key is never checked (the ledger notes one)."""
        path, _, query = target.partition("?")
        self.cdn_requests.append(Seen(method, path, dict(headers)))
        found = _files.split(path)
        if found is None or method != "GET":
            return Answer(404, b"<Error><Code>NoSuchKey</Code></Error>", content_type="application/xml")
        family, task_id = found
        signed = _files.check(self._secret, path, query, time.time())
        if signed == "forged":
            answer = Answer(403, b"<Error><Code>SignatureDoesNotMatch</Code></Error>", content_type="application/xml")
        elif signed == "expired" or not self._succeeded(family, task_id):
            answer = Answer(404, b"<Error><Code>NoSuchKey</Code></Error>", content_type="application/xml")
        else:
            answer = self._file_answer(task_id, headers)
        return self._count_file(answer, family, task_id, headers, cdn=True)

    def _file_answer(self, task_id: str, headers: Mapping[str, str]) -> Answer:
        """The file, or a file fault: cut half-way through the bytes asked for, late, or gone (404)."""
        fault = self._fault_for(task_id, FILE_FAULTS)
        if fault is not None:
            self.ledger.fault(fault)
        if fault == "file_expired":
            return Answer(404, b"<Error><Code>NoSuchKey</Code></Error>", content_type="application/xml")
        answer = content_answer(task_id, self.content_size, headers.get("range"))
        if fault == "file_drop" and answer.status in (200, 206):
            return attrs.evolve(answer, cut=len(answer.body) // 2)
        if fault == "file_slow":
            return attrs.evolve(answer, delay=self.slow_seconds)
        return answer

    def _count_file(self, answer: Answer, family: str, task_id: str, headers: Mapping[str, str], cdn: bool) -> Answer:
        whole = answer.status in (200, 206) and answer.cut is None
        sent = len(answer.body) if answer.cut is None else answer.cut
        key = "authorization" in headers
        self.ledger.file_served(
            family, task_id, sent=sent if answer.status in (200, 206) else 0, complete=whole,
            cut=answer.cut is not None, key=key, cdn=cdn,
        )  # fmt: skip
        return answer
