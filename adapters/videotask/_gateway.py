"""Gateway and AsyncGateway: create a task (a POST repeated only when it provably never arrived), get it
(GETs retried), wait for it with a deadline, download its result (resumed, verified, renamed into place).

The clock and the sleep are parameters, so tests run every wait and retry loop without sleeping.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from videotask._budget import budgeted
from videotask._errors import GatewayError, RateLimitError, TransportError, WaitTimeout
from videotask._http import (
    MAX_RETRY_AFTER,
    Reply,
    Settings,
    build_request,
    interpret,
    interpret_result,
    is_retryable,
    next_poll_interval,
    poll_hint,
    retry_delay,
    settings_from,
    with_result,
)
from videotask._resolve import family as resolve_family
from videotask._senders import AiohttpSender, HttpxAsyncSender, HttpxSender, Streamed, Timeout
from videotask._task import TaskState, VideoTask

if TYPE_CHECKING:  # families, create and download load on first use: `import videotask` stays cheap
    from videotask._download import ByteProgress, Download
    from videotask._families import Family, Operation
    from videotask._submit import Prepared

__all__ = ["AsyncGateway", "Gateway"]

ProgressCallback = Callable[[VideoTask], object]
T = TypeVar("T")


def _resolve(family: str | Family) -> Family:
    return resolve_family(family) if isinstance(family, str) else family


def _again(download: Download) -> TransportError:
    return TransportError(f"the server answered a range that is not where the download stopped ({download.have})")


def _retry_delay_or_raise(
    error: GatewayError, attempt: int, settings: Settings, deadline: float | None, now: float
) -> float:
    """Seconds to wait before retrying; raises `error` when retrying is wrong, exhausted or past the deadline."""
    if not is_retryable(error):
        raise error
    if isinstance(error, RateLimitError) and error.retry_after is not None and error.retry_after > MAX_RETRY_AFTER:
        raise error  # the server asks for longer than we would wait: its delay travels with the error
    delay = retry_delay(attempt, error)
    if attempt >= settings.max_retries or (deadline is not None and now + delay > deadline):
        raise error
    return delay


def _head(answer: Streamed) -> bytes:
    """The start of an error answer's body, for its message; never more than ERROR_BODY."""
    from videotask._download import ERROR_BODY

    body = b""
    for chunk in answer.chunks:
        body += chunk
        if len(body) >= ERROR_BODY:
            break
    return body[:ERROR_BODY]


async def _ahead(answer: Streamed) -> bytes:
    from videotask._download import ERROR_BODY

    body = b""
    async for chunk in answer.chunks:
        body += chunk
        if len(body) >= ERROR_BODY:
            break
    return body[:ERROR_BODY]


class _Wait:
    """One wait's polling state: the deadline, progress that never runs backwards, the interval schedule."""

    def __init__(
        self, family: str, task_id: str, timeout: float, poll_interval: float | None,
        on_progress: ProgressCallback | None, now: float,
    ) -> None:  # fmt: skip
        self.family, self.task_id, self.timeout = family, task_id, timeout
        self.poll_interval, self.on_progress = poll_interval, on_progress
        self.deadline = now + timeout
        self.polls = 0
        self.best: float | None = None
        self.last: tuple[object, ...] | None = None

    def after_poll(self, task: VideoTask, hint: float | None, now: float) -> VideoTask | float:
        """The task when it is terminal, else how long to sleep; raises WaitTimeout past the deadline."""
        if task.progress is not None and (self.best is None or task.progress > self.best):
            self.best = task.progress
        if self.best is not None and (task.progress is None or task.progress < self.best):
            task = attrs.evolve(task, progress=self.best)
        key = (task.state, task.progress, task.raw_status)
        if self.on_progress is not None and key != self.last:
            self.on_progress(task)
        self.last = key
        if task.is_terminal:
            return task
        remaining = self.deadline - now
        if remaining <= 0:
            raise WaitTimeout(f"{self.family} task {self.task_id} not finished after {self.timeout:g}s", task=task)
        self.polls += 1
        return min(next_poll_interval(self.polls - 1, hint, self.poll_interval), remaining)


class Gateway:
    """Synchronous client for every family: `get(family, task_id)` and `wait(family, task_id)`."""

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: Timeout = None,
        max_retries: int = 2,
        validation: str = "warn",
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        max_rps: float | None = None,
    ) -> None:
        self._settings: Settings = settings_from(base_url, api_key, max_retries, validation)
        self._sleep, self._clock = sleep, clock
        self._sender = budgeted(HttpxSender(self._settings, timeout, transport), max_rps, clock, sleep)

    def __repr__(self) -> str:
        return f"Gateway(base_url={self._settings.base_url!r})"

    def __enter__(self) -> Gateway:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._sender.close()

    def _send(
        self, method: str, url: str, deadline: float | None, handle: Callable[..., T], *args: Any
    ) -> tuple[T, Reply]:
        """`handle(*args, reply, settings)` on the answer, retried as a GET (arguments, not a closure: a poll
        leaves less for the garbage collector)."""
        attempt = 0
        while True:
            try:
                reply = self._sender.send(method, url)
                return handle(*args, reply, self._settings), reply
            except GatewayError as error:
                delay = _retry_delay_or_raise(error, attempt, self._settings, deadline, self._clock())
            attempt += 1
            self._sleep(delay)

    def _fetch(self, fam: Family, op: Operation, task_id: str, deadline: float | None) -> tuple[VideoTask, Reply]:
        method, url = build_request(op, task_id)
        task, reply = self._send(method, url, deadline, interpret, fam, op, task_id)
        if fam.result is not None and task.file_id is not None and task.video_url is None and task.is_terminal:
            method, url = build_request(fam.result, task.file_id)
            found, _ = self._send(method, url, deadline, interpret_result, fam, fam.result)
            task = with_result(task, found)
        return task, reply

    def get(self, family: str, task_id: str, *, route: str | None = None) -> VideoTask:
        """The task as it is now. Retries GETs on 408/409/429/5xx, bad bodies and network faults. `route` picks
        one of the family's query routes (kling: "text2video", "image2video"); the first is the default."""
        fam = _resolve(family)
        return self._fetch(fam, fam.query(route), task_id, None)[0]

    def wait(
        self,
        family: str,
        task_id: str,
        *,
        route: str | None = None,
        timeout: float = 600,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> VideoTask:
        """Poll until the task is terminal; raise WaitTimeout (carrying the last task) past `timeout` s."""
        fam = _resolve(family)
        state = _Wait(family, task_id, timeout, poll_interval, on_progress, self._clock())
        return self._poll(fam, fam.query(route), task_id, state)

    def _poll(self, fam: Family, op: Operation, task_id: str, state: _Wait) -> VideoTask:
        while True:
            task, reply = self._fetch(fam, op, task_id, state.deadline)
            outcome = state.after_poll(task, poll_hint(reply), self._clock())
            if isinstance(outcome, VideoTask):
                return outcome
            del task, reply  # a sleeping wait holds no body
            self._sleep(outcome)

    def _create(self, fam: Family, prepared: Prepared, deadline: float | None) -> VideoTask:
        from videotask._submit import read_created, submit_delay_or_raise

        attempt = 0
        while True:
            try:
                sent = prepared.request
                reply = self._sender.send_body(sent.method, prepared.operation.path, sent.content, prepared.headers)
                return read_created(fam, prepared, reply, self._settings)
            except GatewayError as error:
                delay = submit_delay_or_raise(error, attempt, self._settings, deadline, self._clock(), prepared)
            attempt += 1
            self._sleep(delay)

    def create(self, family: str | Family, body: Any, *, route: str | None = None) -> VideoTask:
        """Submit a generation: `body` (a dict or a generated request model) is checked against the submit
        schema first (InvalidRequest, nothing sent), then POSTed once; the POST is sent again only when it
        provably never arrived (connection refused, 429 with Retry-After, 503) or the family's relay honours an
        idempotency key. A POST that may have arrived without a usable answer raises SubmitUncertain.
        Returns the new task (QUEUED unless the answer says otherwise), its `route` the query route to read it."""
        from videotask._submit import prepare

        fam = _resolve(family)
        return self._create(fam, prepare(fam, body, route, self._settings), None)

    def create_and_wait(
        self,
        family: str | Family,
        body: Any,
        *,
        route: str | None = None,
        timeout: float = 600,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> VideoTask:
        """`create`, then `wait` on the new task; one `timeout` (s) covers both (WaitTimeout carries the task)."""
        from videotask._submit import prepare

        fam = _resolve(family)
        prepared = prepare(fam, body, route, self._settings)
        state = _Wait(fam.name, "", timeout, poll_interval, on_progress, self._clock())
        created = self._create(fam, prepared, state.deadline)
        state.task_id = created.task_id
        if created.state is not TaskState.SUCCEEDED:  # a success is polled at once: its answer names no URL
            outcome = state.after_poll(created, None, self._clock())
            if isinstance(outcome, VideoTask):
                return outcome
            self._sleep(outcome)
        task = self._poll(fam, fam.query(created.route), created.task_id, state)
        return attrs.evolve(task, route=created.route) if created.route else task

    def download(
        self, task: VideoTask, path: str | os.PathLike[str], *, overwrite: bool = False,
        on_progress: ByteProgress | None = None,
    ) -> Path:  # fmt: skip
        """Stream a succeeded task's result to `path` (the caller's, never a name from the server): into a
        temporary file beside it, resumed with Range after a dropped connection, its length verified, then
        renamed into place. A failed download leaves nothing at `path`. `on_progress(bytes_so_far, total)`.
        The key goes only to the gateway's own origin, never to a signed URL elsewhere."""
        from videotask._download import Download, PartFile, plan

        target = Path(path)
        url, authorized = plan(task, target, overwrite, self._settings)
        part = PartFile(target)
        try:
            download = Download(part, authorized, on_progress)
            failures = 0
            while True:
                try:
                    if self._download_once(download, url):
                        return part.commit(overwrite)
                except GatewayError as error:
                    failures = 0 if download.advanced() else failures
                    delay = _retry_delay_or_raise(error, failures, self._settings, None, self._clock())
                failures += 1
                self._sleep(delay)
        except BaseException:
            part.discard()
            raise

    def _download_once(self, download: Download, url: str) -> bool:
        from videotask._download import Action

        with self._sender.stream(url, download.headers(), download.authorized) as answer:
            action = download.opened(answer.status_code, answer.headers)
            if action is Action.WRITE:
                for chunk in answer.chunks:
                    download.write(chunk)
                return download.ended()
            if action is Action.DONE:
                return True
            if action is Action.AGAIN:
                raise _again(download)
            raise download.error(answer.status_code, answer.headers, _head(answer), url, self._settings)


class AsyncGateway:
    """The same as Gateway, as coroutines, plus `wait_all` for many tasks at once.

    Requests go through aiohttp (many in flight stay cheap); pass an httpx `transport` to use httpx instead.
    """

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: Timeout = None,
        max_retries: int = 2,
        validation: str = "warn",
        transport: httpx.AsyncBaseTransport | None = None,
        max_connections: int = 100,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        max_rps: float | None = None,
    ) -> None:
        import asyncio  # here, not at import time: it is a sixth of `import videotask` otherwise

        self._settings = settings_from(base_url, api_key, max_retries, validation)
        self._sleep, self._clock = sleep or asyncio.sleep, clock
        self._sender: HttpxAsyncSender | AiohttpSender = budgeted(
            AiohttpSender(self._settings, timeout, max_connections)
            if transport is None
            else HttpxAsyncSender(self._settings, timeout, transport, max_connections),
            max_rps, clock, self._sleep,
        )  # fmt: skip

    def __repr__(self) -> str:
        return f"AsyncGateway(base_url={self._settings.base_url!r})"

    async def __aenter__(self) -> AsyncGateway:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._sender.aclose()

    async def _send(
        self, method: str, url: str, deadline: float | None, handle: Callable[..., T], *args: Any
    ) -> tuple[T, Reply]:
        """`handle(*args, reply, settings)` on the answer, retried as a GET (see Gateway._send)."""
        attempt = 0
        while True:
            try:
                reply = await self._sender.send(method, url)
                return handle(*args, reply, self._settings), reply
            except GatewayError as error:
                delay = _retry_delay_or_raise(error, attempt, self._settings, deadline, self._clock())
            attempt += 1
            await self._sleep(delay)

    def _fetch(
        self, fam: Family, op: Operation, task_id: str, deadline: float | None
    ) -> Awaitable[tuple[VideoTask, Reply]]:
        """The task and the answer it came from, after the second call a family's URL may need. Not a coroutine
        itself: it hands back the one to await, so a poll runs one coroutine less deep (each of its awaits
        resumes through every level, and each level outlives the young generation: 10% of a get's CPU)."""
        method, url = build_request(op, task_id)
        answer = self._send(method, url, deadline, interpret, fam, op, task_id)
        return answer if fam.result is None else self._with_result(fam, answer, deadline)

    async def _with_result(
        self, fam: Family, answer: Awaitable[tuple[VideoTask, Reply]], deadline: float | None
    ) -> tuple[VideoTask, Reply]:
        task, reply = await answer
        if fam.result is not None and task.file_id is not None and task.video_url is None and task.is_terminal:
            method, url = build_request(fam.result, task.file_id)
            found, _ = await self._send(method, url, deadline, interpret_result, fam, fam.result)
            task = with_result(task, found)
        return task, reply

    async def get(self, family: str, task_id: str, *, route: str | None = None) -> VideoTask:
        fam = _resolve(family)
        return (await self._fetch(fam, fam.query(route), task_id, None))[0]

    async def wait(
        self,
        family: str,
        task_id: str,
        *,
        route: str | None = None,
        timeout: float = 600,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> VideoTask:
        fam = _resolve(family)
        state = _Wait(family, task_id, timeout, poll_interval, on_progress, self._clock())
        return await self._poll(fam, fam.query(route), task_id, state)

    async def _poll(self, fam: Family, op: Operation, task_id: str, state: _Wait) -> VideoTask:
        while True:
            task, reply = await self._fetch(fam, op, task_id, state.deadline)
            outcome = state.after_poll(task, poll_hint(reply), self._clock())
            if isinstance(outcome, VideoTask):
                return outcome
            del task, reply  # a sleeping wait holds no body: thousands in flight stay small
            await self._sleep(outcome)

    async def _create(self, fam: Family, prepared: Prepared, deadline: float | None) -> VideoTask:
        from videotask._submit import read_created, submit_delay_or_raise

        attempt = 0
        while True:
            try:
                sent = prepared.request
                reply = await self._sender.send_body(
                    sent.method, prepared.operation.path, sent.content, prepared.headers
                )
                return read_created(fam, prepared, reply, self._settings)
            except GatewayError as error:
                delay = submit_delay_or_raise(error, attempt, self._settings, deadline, self._clock(), prepared)
            attempt += 1
            await self._sleep(delay)

    async def create(self, family: str | Family, body: Any, *, route: str | None = None) -> VideoTask:
        from videotask._submit import prepare

        fam = _resolve(family)
        return await self._create(fam, prepare(fam, body, route, self._settings), None)

    async def create_and_wait(
        self,
        family: str | Family,
        body: Any,
        *,
        route: str | None = None,
        timeout: float = 600,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> VideoTask:
        from videotask._submit import prepare

        fam = _resolve(family)
        prepared = prepare(fam, body, route, self._settings)
        state = _Wait(fam.name, "", timeout, poll_interval, on_progress, self._clock())
        created = await self._create(fam, prepared, state.deadline)
        state.task_id = created.task_id
        if created.state is not TaskState.SUCCEEDED:
            outcome = state.after_poll(created, None, self._clock())
            if isinstance(outcome, VideoTask):
                return outcome
            await self._sleep(outcome)
        task = await self._poll(fam, fam.query(created.route), created.task_id, state)
        return attrs.evolve(task, route=created.route) if created.route else task

    async def download(
        self, task: VideoTask, path: str | os.PathLike[str], *, overwrite: bool = False,
        on_progress: ByteProgress | None = None,
    ) -> Path:  # fmt: skip
        """Gateway.download as a coroutine (file writes are plain writes of one chunk: microseconds)."""
        from videotask._download import Download, PartFile, plan

        target = Path(path)
        url, authorized = plan(task, target, overwrite, self._settings)
        part = PartFile(target)
        try:
            download = Download(part, authorized, on_progress)
            failures = 0
            while True:
                try:
                    if await self._download_once(download, url):
                        return part.commit(overwrite)
                except GatewayError as error:
                    failures = 0 if download.advanced() else failures
                    delay = _retry_delay_or_raise(error, failures, self._settings, None, self._clock())
                failures += 1
                await self._sleep(delay)
        except BaseException:
            part.discard()
            raise

    async def _download_once(self, download: Download, url: str) -> bool:
        from videotask._download import Action

        async with self._sender.stream(url, download.headers(), download.authorized) as answer:
            action = download.opened(answer.status_code, answer.headers)
            if action is Action.WRITE:
                async for chunk in answer.chunks:
                    download.write(chunk)
                return download.ended()
            if action is Action.DONE:
                return True
            if action is Action.AGAIN:
                raise _again(download)
            raise download.error(answer.status_code, answer.headers, await _ahead(answer), url, self._settings)

    async def wait_all(
        self,
        family: str,
        task_ids: Iterable[str],
        *,
        route: str | None = None,
        concurrency: int = 50,
        timeout: float = 600,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[VideoTask]:
        """Yield each task as it finishes. A task that times out is yielded as it last stood (not terminal);
        any other error is raised after the tasks still running are cancelled."""
        import asyncio

        limit = asyncio.Semaphore(concurrency)

        async def one(task_id: str) -> VideoTask:
            async with limit:
                try:
                    return await self.wait(
                        family,
                        task_id,
                        route=route,
                        timeout=timeout,
                        poll_interval=poll_interval,
                        on_progress=on_progress,
                    )
                except WaitTimeout as exc:
                    if exc.task is None:
                        raise
                    return exc.task

        pending = [asyncio.ensure_future(one(task_id)) for task_id in dict.fromkeys(task_ids)]
        try:
            for finished in asyncio.as_completed(pending):
                yield await finished
        finally:
            for future in pending:
                future.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
