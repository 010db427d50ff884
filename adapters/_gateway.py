"""Gateway and AsyncGateway: get a task (GETs retried), wait for it with a deadline.

The clock and the sleep are parameters, so tests run every wait loop without sleeping.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import Any, TypeVar

import attrs
import httpx

from adapters import _families
from adapters._errors import GatewayError, RateLimitError, WaitTimeout
from adapters._families import Family, Operation
from adapters._http import (
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
from adapters._senders import AiohttpSender, HttpxAsyncSender, HttpxSender, Timeout
from adapters._task import VideoTask

__all__ = ["AsyncGateway", "Gateway"]

ProgressCallback = Callable[[VideoTask], object]
T = TypeVar("T")


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
    ) -> None:
        self._settings: Settings = settings_from(base_url, api_key, max_retries, validation)
        self._sleep, self._clock = sleep, clock
        self._sender = HttpxSender(self._settings, timeout, transport)

    def __repr__(self) -> str:
        return f"Gateway(base_url={self._settings.base_url!r})"

    def __enter__(self) -> Gateway:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._sender.close()

    def _send(self, method: str, url: str, handle: Callable[[Reply], T], deadline: float | None) -> tuple[T, Reply]:
        attempt = 0
        while True:
            try:
                reply = self._sender.send(method, url)
                return handle(reply), reply
            except GatewayError as error:
                delay = _retry_delay_or_raise(error, attempt, self._settings, deadline, self._clock())
            attempt += 1
            self._sleep(delay)

    def _fetch(self, fam: Family, op: Operation, task_id: str, deadline: float | None) -> tuple[VideoTask, Reply]:
        settings = self._settings
        method, url = build_request(op, task_id)
        task, reply = self._send(method, url, lambda r: interpret(fam, op, task_id, r, settings), deadline)
        if fam.result is not None and task.file_id is not None and task.video_url is None and task.is_terminal:
            result = fam.result
            method, url = build_request(result, task.file_id)
            found, _ = self._send(method, url, lambda r: interpret_result(fam, result, r, settings), deadline)
            task = with_result(task, found)
        return task, reply

    def get(self, family: str, task_id: str, *, route: str | None = None) -> VideoTask:
        """The task as it is now. Retries GETs on 408/409/429/5xx, bad bodies and network faults. `route` picks
        one of the family's query routes (kling: "text2video", "image2video"); the first is the default."""
        fam = _families.family(family)
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
        fam = _families.family(family)
        op = fam.query(route)
        state = _Wait(family, task_id, timeout, poll_interval, on_progress, self._clock())
        while True:
            task, reply = self._fetch(fam, op, task_id, state.deadline)
            outcome = state.after_poll(task, poll_hint(reply), self._clock())
            if isinstance(outcome, VideoTask):
                return outcome
            del task, reply  # a sleeping wait holds no body
            self._sleep(outcome)


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
    ) -> None:
        import asyncio  # here, not at import time: it is a sixth of `import adapters` otherwise

        self._settings = settings_from(base_url, api_key, max_retries, validation)
        self._sleep, self._clock = sleep or asyncio.sleep, clock
        self._sender: HttpxAsyncSender | AiohttpSender = (
            AiohttpSender(self._settings, timeout, max_connections)
            if transport is None
            else HttpxAsyncSender(self._settings, timeout, transport, max_connections)
        )

    def __repr__(self) -> str:
        return f"AsyncGateway(base_url={self._settings.base_url!r})"

    async def __aenter__(self) -> AsyncGateway:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._sender.aclose()

    async def _send(
        self, method: str, url: str, handle: Callable[[Reply], T], deadline: float | None
    ) -> tuple[T, Reply]:
        attempt = 0
        while True:
            try:
                reply = await self._sender.send(method, url)
                return handle(reply), reply
            except GatewayError as error:
                delay = _retry_delay_or_raise(error, attempt, self._settings, deadline, self._clock())
            attempt += 1
            await self._sleep(delay)

    async def _fetch(self, fam: Family, op: Operation, task_id: str, deadline: float | None) -> tuple[VideoTask, Reply]:
        settings = self._settings
        method, url = build_request(op, task_id)
        task, reply = await self._send(method, url, lambda r: interpret(fam, op, task_id, r, settings), deadline)
        if fam.result is not None and task.file_id is not None and task.video_url is None and task.is_terminal:
            result = fam.result
            method, url = build_request(result, task.file_id)
            found, _ = await self._send(method, url, lambda r: interpret_result(fam, result, r, settings), deadline)
            task = with_result(task, found)
        return task, reply

    async def get(self, family: str, task_id: str, *, route: str | None = None) -> VideoTask:
        fam = _families.family(family)
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
        fam = _families.family(family)
        op = fam.query(route)
        state = _Wait(family, task_id, timeout, poll_interval, on_progress, self._clock())
        while True:
            task, reply = await self._fetch(fam, op, task_id, state.deadline)
            outcome = state.after_poll(task, poll_hint(reply), self._clock())
            if isinstance(outcome, VideoTask):
                return outcome
            del task, reply  # a sleeping wait holds no body: thousands in flight stay small
            await self._sleep(outcome)

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
