"""Gateway and AsyncGateway: create a task (a POST repeated only when it provably never arrived), get it
(GETs retried), wait for it with a deadline, download its result (resumed, verified, renamed into place).

The loops themselves live once, free of I/O, in _loops; each gateway here only drives them (`_run`: where
every request it sends goes out, and every sleep happens). The clock and the sleep are parameters, so tests
run every wait and retry loop without sleeping.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from videotask._budget import budgeted
from videotask._errors import WaitTimeout
from videotask._http import Reply, Settings, settings_from
from videotask._loops import Loops, Pour, ProgressCallback, Run, Sleep, Steps, relay_from
from videotask._senders import AiohttpSender, HttpxAsyncSender, HttpxSender, Timeout
from videotask._task import VideoTask

if TYPE_CHECKING:
    from videotask._download import ByteProgress
    from videotask._families import Family

__all__ = ["AsyncGateway", "Gateway"]

T = TypeVar("T")


class Gateway:
    """Synchronous client for every family: `get(family, task_id)` and `wait(family, task_id)`."""

    def __init__(
        self, base_url: str | None = None, api_key: str | None = None, *, timeout: Timeout = None,
        max_retries: int = 2, validation: str = "warn", transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
        relay: str | os.PathLike[str] | None = None, max_rps: float | None = None,
    ) -> None:  # fmt: skip
        self._settings: Settings = settings_from(base_url, api_key, max_retries, validation)
        self._sleep, self._clock = sleep, clock
        self._loops = Loops(self._settings, clock, relay_from(relay))
        self._sender = budgeted(HttpxSender(self._settings, timeout, transport), max_rps, clock, sleep)

    def __repr__(self) -> str:
        return f"Gateway(base_url={self._settings.base_url!r}{_relay_repr(self._loops)})"

    def __enter__(self) -> Gateway:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._sender.close()

    def _run(self, steps: Steps[T]) -> T:
        """Take `steps` (see _loops) to their end, blocking on each."""
        run = Run(steps)
        try:
            while (step := run.next()) is not None:
                try:
                    if run.stale is not None:
                        run.stale.close()
                    if isinstance(step, Pour):
                        sink = step.sink
                        for chunk in run.answer.chunks:
                            if sink(chunk):
                                break
                    elif isinstance(step, Sleep):
                        self._sleep(step.seconds)
                    else:  # Send or Open: every request this gateway sends goes out here
                        run.outcome = self._sender.send(step)
                except BaseException as error:
                    run.error = error
            return run.value
        finally:
            if run.answer is not None:
                run.answer.close()

    def get(self, family: str, task_id: str, *, route: str | None = None) -> VideoTask:
        """The task as it is now. Retries GETs on 408/409/429/5xx, bad bodies and network faults. `route` picks
        one of the family's query routes (kling: "text2video", "image2video"); the first is the default."""
        return self._run(self._loops.get(family, task_id, route))[0]

    def wait(
        self, family: str, task_id: str, *, route: str | None = None, timeout: float = 600,
        poll_interval: float | None = None, on_progress: ProgressCallback | None = None,
    ) -> VideoTask:  # fmt: skip
        """Poll until the task is terminal; raise WaitTimeout (carrying the last task) past `timeout` s."""
        return self._run(self._loops.wait(family, task_id, route, timeout, poll_interval, on_progress))

    def create(self, family: str | Family, body: Any, *, route: str | None = None) -> VideoTask:
        """Submit a generation: `body` (a dict or a generated request model) is checked against the submit
        schema first (InvalidRequest, nothing sent), then POSTed once; the POST is sent again only when it
        provably never arrived (connection refused, 429 with Retry-After, 503) or the family's relay honours an
        idempotency key. A POST that may have arrived without a usable answer raises SubmitUncertain.
        Returns the new task (QUEUED unless the answer says otherwise), its `route` the query route to read it."""
        return self._run(self._loops.create(family, body, route))

    def create_and_wait(
        self, family: str | Family, body: Any, *, route: str | None = None, timeout: float = 600,
        poll_interval: float | None = None, on_progress: ProgressCallback | None = None,
    ) -> VideoTask:  # fmt: skip
        """`create`, then `wait` on the new task; one `timeout` (s) covers both (WaitTimeout carries the task)."""
        return self._run(self._loops.create_and_wait(family, body, route, timeout, poll_interval, on_progress))

    def download(
        self, task: VideoTask, path: str | os.PathLike[str], *, overwrite: bool = False,
        on_progress: ByteProgress | None = None,
    ) -> Path:  # fmt: skip
        """Stream a succeeded task's result to `path` (the caller's, never a name from the server): into a
        partial file beside it (`.NAME.part`), resumed with Range after a dropped connection, its length
        verified, then renamed into place. A failed download leaves nothing at `path`; its part is kept when
        what stopped it may pass (a drop or 5xx past the retries, an expired URL, Ctrl-C, the process killed),
        and the next download of the same task to `path` resumes from it (see _download). A download of a
        `path` another download holds raises BlockingIOError. `on_progress(bytes_so_far, total)`.
        The key goes only to the gateway's own origin, never to a signed URL elsewhere."""
        return self._run(self._loops.download(task, path, overwrite, on_progress))


class AsyncGateway:
    """The same as Gateway, as coroutines, plus `wait_all` for many tasks at once.

    Requests go through aiohttp (many in flight stay cheap); pass an httpx `transport` to use httpx instead.
    """

    def __init__(
        self, base_url: str | None = None, api_key: str | None = None, *, timeout: Timeout = None,
        max_retries: int = 2, validation: str = "warn", transport: httpx.AsyncBaseTransport | None = None,
        max_connections: int = 100, sleep: Callable[[float], Awaitable[Any]] | None = None,
        clock: Callable[[], float] = time.monotonic, relay: str | os.PathLike[str] | None = None,
        max_rps: float | None = None,
    ) -> None:  # fmt: skip
        import asyncio  # here, not at import time: it is a sixth of `import videotask` otherwise

        self._settings = settings_from(base_url, api_key, max_retries, validation)
        self._sleep, self._clock = sleep or asyncio.sleep, clock
        self._loops = Loops(self._settings, clock, relay_from(relay))
        self._sender: HttpxAsyncSender | AiohttpSender = budgeted(
            AiohttpSender(self._settings, timeout, max_connections)
            if transport is None
            else HttpxAsyncSender(self._settings, timeout, transport, max_connections),
            max_rps, clock, self._sleep,
        )  # fmt: skip

    def __repr__(self) -> str:
        return f"AsyncGateway(base_url={self._settings.base_url!r}{_relay_repr(self._loops)})"

    async def __aenter__(self) -> AsyncGateway:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._sender.aclose()

    async def _run(self, steps: Steps[T]) -> T:
        """Take `steps` (see _loops) to their end, awaiting each."""
        run = Run(steps)
        try:
            while (step := run.next()) is not None:
                try:
                    if run.stale is not None:
                        await run.stale.close()
                    if isinstance(step, Pour):
                        sink = step.sink
                        async for chunk in run.answer.chunks:
                            if sink(chunk):
                                break
                    elif isinstance(step, Sleep):
                        await self._sleep(step.seconds)
                    else:  # Send or Open: every request this gateway sends goes out here
                        run.outcome = await self._sender.send(step)
                except BaseException as error:
                    run.error = error
            return run.value
        finally:
            if run.answer is not None:
                await run.answer.close()

    async def get(self, family: str, task_id: str, *, route: str | None = None) -> VideoTask:
        return (await self._run(self._loops.get(family, task_id, route)))[0]

    async def _answered(self, family: str, task_id: str, route: str | None) -> tuple[VideoTask, Reply]:
        """`get`, with the answer the task was read from: its headers carry the server's poll hints (batches)."""
        return await self._run(self._loops.get(family, task_id, route))

    async def wait(
        self, family: str, task_id: str, *, route: str | None = None, timeout: float = 600,
        poll_interval: float | None = None, on_progress: ProgressCallback | None = None,
    ) -> VideoTask:  # fmt: skip
        return await self._run(self._loops.wait(family, task_id, route, timeout, poll_interval, on_progress))

    async def create(self, family: str | Family, body: Any, *, route: str | None = None) -> VideoTask:
        return await self._run(self._loops.create(family, body, route))

    async def create_and_wait(
        self, family: str | Family, body: Any, *, route: str | None = None, timeout: float = 600,
        poll_interval: float | None = None, on_progress: ProgressCallback | None = None,
    ) -> VideoTask:  # fmt: skip
        return await self._run(self._loops.create_and_wait(family, body, route, timeout, poll_interval, on_progress))

    async def download(
        self, task: VideoTask, path: str | os.PathLike[str], *, overwrite: bool = False,
        on_progress: ByteProgress | None = None,
    ) -> Path:  # fmt: skip
        """Gateway.download as a coroutine (file writes are plain writes of one chunk: microseconds)."""
        return await self._run(self._loops.download(task, path, overwrite, on_progress))

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


def _relay_repr(loops: Loops) -> str:
    return "" if loops.relay is None else f", relay={loops.relay.name!r}"
