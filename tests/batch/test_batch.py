"""The batch in the library: `run_batch` over an AsyncGateway against an in-process MockGateway whose tasks
take milliseconds, with the batch's clock and sleep as seams (a planned sleep advances a fake clock at once)."""

from __future__ import annotations

import asyncio
import json

import pytest

from videotask import AsyncGateway
from videotask._batch import BatchItem, read_lines, run_batch
from videotask._journal import Journal
from videotask._plan import Durations
from videotask.testing import MockGateway

BODIES = [
    '{"model": "sora-2", "prompt": "a red kite", "name": "kite"}',
    "",
    '{"model": "sora-2", "prompt": "fail: blocked on purpose"}',
    '{"model": "sora-2", "prompt": "a blue boat", "name": "boat"}',
]
EXPECTED = Durations(1, 2, 10)


class FakeTime:
    """Wall-clock seconds that move only when the batch sleeps (and a little per poll, as real ones would)."""

    def __init__(self):
        self.now, self.slept = 1_000.0, []

    def clock(self):
        return self.now

    async def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0.005)  # the mock's tasks (10-20 ms) move on in real time meanwhile


async def collect(mock, folder, time, **options):
    async with AsyncGateway(mock.base_url, mock.token) as gw:
        return [
            item
            async for item in run_batch(
                gw, "openai_videos", BODIES, folder, expected=EXPECTED, clock=time.clock, sleep=time.sleep, **options
            )
        ]


def test_read_lines_names_counts_and_refuses():
    lines = read_lines(BODIES)
    assert [(line.line, line.name) for line in lines] == [(1, "kite"), (3, "00003"), (4, "boat")]
    assert json.loads(lines[0].body) == {"model": "sora-2", "prompt": "a red kite"}  # "name" is not sent
    for bad, message in [
        (['{"name": "a/b"}'], "cannot be a file name"),
        (['{"name": ".hidden"}'], "not starting with"),
        (['{"name": "a"}', '{"name": "a"}'], "used by an earlier line"),
        (["[1, 2]"], "not a JSON object"),
        (["{oops"], "not JSON"),
    ]:
        with pytest.raises(ValueError, match=message):
            read_lines(bad)


async def test_a_batch_ends_every_line_and_a_rerun_sends_nothing_again(tmp_path):
    time = FakeTime()
    with MockGateway(durations=(0.01, 0.02), seed=3) as mock:
        items = await collect(mock, tmp_path, time)
        assert sorted((i.line, i.name, i.state) for i in items) == [
            (1, "kite", "downloaded"), (3, "00003", "failed"), (4, "boat", "downloaded"),
        ]  # fmt: skip
        assert (tmp_path / "kite.mp4").stat().st_size == 4096
        assert (tmp_path / "boat.mp4").stat().st_size == 4096
        assert not (tmp_path / "00003.mp4").exists()
        assert time.slept[:3] == [1.0, 1.0, 1.0]  # each task: no poll before the family's shortest time
        polls = [seen for seen in mock.requests if seen.method == "GET" and not seen.path.endswith("/content")]
        assert len(polls) == len(time.slept)  # every poll after its plan's sleep, none at once
        manifest = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text().splitlines()]
        assert [(row["line"], row["state"]) for row in manifest] == [
            (1, "downloaded"),
            (3, "failed"),
            (4, "downloaded"),
        ]
        assert manifest[0]["file"] == str(tmp_path / "kite.mp4")
        with Journal(tmp_path / ".videotask-batch.db") as journal:
            states = [state for _, _, state, _ in journal.events(1)]
        assert states[:2] == ["submitting", "queued"]
        assert states[-2:] == ["succeeded", "downloaded"]  # seen ended, then its file saved
        polls = len(mock.requests)

        again = await collect(mock, tmp_path, time)  # the same journal: everything already ended
        assert sorted(again, key=lambda i: i.line) == sorted(items, key=lambda i: i.line)
        assert len(mock.requests) == polls  # not a request more
        assert mock.ledger.submitted_tasks() == 3
        assert mock.ledger.duplicates() == 0


async def test_a_line_caught_mid_create_is_uncertain_and_not_sent_unless_asked(tmp_path):
    time = FakeTime()
    with Journal(tmp_path / ".videotask-batch.db") as journal:  # as a killed run leaves it
        journal.start("openai_videos", None, read_lines(BODIES))
        journal.intent(1)
    with MockGateway(durations=(0.01, 0.02)) as mock:
        items = await collect(mock, tmp_path, time)
        found = {i.line: i for i in items}
        assert found[1].state == "uncertain"
        assert found[1].task_id is None
        assert "a task may exist" in (found[1].error or "")
        assert mock.ledger.submitted_tasks() == 2  # lines 3 and 4 only
        again = await collect(mock, tmp_path, time, resubmit_uncertain=True)
        assert {i.line: i.state for i in again}[1] == "downloaded"
        assert mock.ledger.submitted_tasks() == 3


async def test_a_file_already_in_place_is_not_fetched_again(tmp_path):
    # a run killed after renaming the file into place and before journalling it: the file is whole
    time = FakeTime()
    with MockGateway(durations=(0.01, 0.02)) as mock:
        with Journal(tmp_path / ".videotask-batch.db") as journal:
            journal.start("openai_videos", None, read_lines(BODIES[:1]))
        async with AsyncGateway(mock.base_url, mock.token) as gw:
            task = await gw.create("openai_videos", {"model": "sora-2", "prompt": "a red kite"})
        with Journal(tmp_path / ".videotask-batch.db") as journal:
            journal.intent(1)
            journal.submitted(1, task.task_id, task.route, "succeeded")
        (tmp_path / "kite.mp4").write_bytes(b"whole")
        await asyncio.sleep(0.03)
        async with AsyncGateway(mock.base_url, mock.token) as gw:
            items = [i async for i in run_batch(gw, "openai_videos", BODIES[:1], tmp_path, clock=time.clock,
                                                 sleep=time.sleep, expected=EXPECTED)]  # fmt: skip
        assert items == [BatchItem(1, "kite", task.task_id, "downloaded", str(tmp_path / "kite.mp4"), None)]
        assert (tmp_path / "kite.mp4").read_bytes() == b"whole"
        assert mock.ledger.file("openai_videos", task.task_id).requests == 0
        left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".videotask-batch.db"))
        assert left == ["kite.mp4", "manifest.jsonl"]


async def test_a_line_dropped_from_the_input_is_left_alone(tmp_path):
    time = FakeTime()
    with Journal(tmp_path / ".videotask-batch.db") as journal:  # a run that stopped before sending anything
        journal.start("openai_videos", None, read_lines(BODIES))
    with MockGateway(durations=(0.01, 0.02)) as mock:
        async with AsyncGateway(mock.base_url, mock.token) as gw:
            items = [i async for i in run_batch(gw, "openai_videos", BODIES[:1], tmp_path, clock=time.clock,
                                                 sleep=time.sleep, expected=EXPECTED)]  # fmt: skip
        assert [(i.line, i.state) for i in items] == [(1, "downloaded")]
        assert mock.ledger.submitted_tasks() == 1  # lines 3 and 4 are no longer asked for: not sent
    assert [json.loads(line)["line"] for line in (tmp_path / "manifest.jsonl").read_text().splitlines()] == [1]


async def test_a_task_still_running_at_its_timeout_is_polled_at_the_deadline_then_left_as_timeout(tmp_path):
    time = FakeTime()
    with MockGateway(durations=(100, 100)) as mock:  # tasks of 100 real seconds: queued all through the test
        async with AsyncGateway(mock.base_url, mock.token) as gw:
            items = [i async for i in run_batch(gw, "openai_videos", BODIES[:1], tmp_path, clock=time.clock,
                                                 sleep=time.sleep, expected=EXPECTED, timeout=4.5)]  # fmt: skip
        assert [(i.line, i.state, i.error) for i in items] == [(1, "timeout", "not ended 4.5s after its create")]
        # created at 0: no poll before the shortest 1 s; queued past the typical 2 s: a tail (1 s) at a time;
        # the last sleep ends at the deadline, 4.5 s after the create, and the last poll is there
        assert time.slept == [1.0, 1.0, 1.0, 1.0, 0.5]
        polls = [seen for seen in mock.requests if seen.method == "GET"]
        assert len(polls) == 5


async def test_a_poll_after_hint_on_an_answer_holds_the_batch_off_that_long(tmp_path):
    """The server's own poll-after header (openai-poll-after-ms, in ms) on an ordinary answer is honoured by the
    batch's polls, as by `wait`: the plan alone would ask again 1 s after the first poll."""
    import httpx

    time, polls = FakeTime(), []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(200, json={"id": "video_hint", "object": "video", "status": "queued"})
        if request.url.path.endswith("/content"):
            return httpx.Response(200, content=b"\0" * 1000, headers={"content-type": "video/mp4"})
        polls.append(time.now)
        if len(polls) == 1:
            return httpx.Response(
                200, json={"id": "video_hint", "status": "in_progress"}, headers={"openai-poll-after-ms": "4000"}
            )
        return httpx.Response(200, json={"id": "video_hint", "status": "completed"})

    async with AsyncGateway("http://relay.test", "sk-test", transport=httpx.MockTransport(handler)) as gw:
        items = [i async for i in run_batch(gw, "openai_videos", BODIES[:1], tmp_path, clock=time.clock,
                                            sleep=time.sleep, expected=EXPECTED)]  # fmt: skip
    assert [(i.line, i.state) for i in items] == [(1, "downloaded")]
    assert time.slept == [1.0, 4.0]  # the plan's first second, then the server's 4 s
    assert polls == [1_001.0, 1_005.0]
