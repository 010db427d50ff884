"""The batch's acceptance test: 60 lines against `videotask mock` with faults, the batch killed with SIGKILL three
times at seeded random moments and run again each time with the same journal; then every line ended as the mock
scripted it (or is one of at most three uncertain lines), every success saved once and whole, the manifest
complete, and the mock's own ledger (over HTTP, from another process) showing no duplicate submission.

Why the kills always land mid-batch: tasks take 1-2 s on the mock and at most 15 run at once, so 60 lines need
at least 4 s from the first create to the last end; the three runs that are killed last at most 1.2 s each.

Those kills rarely land inside a download (the mock sends a 4 kB file in one write), so a second test kills a
batch at a known point of one: its file comes from a server on 127.0.0.1 that sends part of it and holds, the
batch is killed once that part is on disk, and the rerun asks the server for the rest only."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.adapters.local_server import local_server
from videotask.testing import MockGateway

VIDEOTASK = str(Path(sys.executable).parent / "videotask")
TOKEN = "sk-crash-test"
LINES = 60
FAILING = {7, 14, 21, 28, 35, 42, 49, 56}  # their prompt starts with "fail": the mock fails them
CONTENT_SIZE = 4096  # the mock's file size per task (MockGateway's default content_size)


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("VIDEOTASK_")}


def _ledger(base_url: str) -> dict[str, object]:
    request = urllib.request.Request(base_url + "/_mock/ledger", headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request, timeout=10) as answer:  # 127.0.0.1 only
        found: dict[str, object] = json.loads(answer.read())
    return found


@pytest.mark.slow
def test_sigkill_three_times_then_finish(tmp_path):
    bodies = tmp_path / "bodies.jsonl"
    with bodies.open("w") as out:
        for n in range(1, LINES + 1):
            prompt = f"fail on purpose {n}" if n in FAILING else f"a paper boat, take {n}"
            out.write(json.dumps({"model": "sora-2", "prompt": prompt, "name": f"boat-{n:02d}"}) + "\n")
    folder = tmp_path / "videos"
    mock = subprocess.Popen(
        [VIDEOTASK, "mock", "--port", "0", "--token", TOKEN, "--durations", "1:2", "--seed", "25",
         "--fault", "server_error:0.03", "--fault", "drop:0.03", "--fault", "create_unavailable:0.03",
         "--fault", "file_drop:0.03"],
        stdout=subprocess.PIPE, text=True, env=_env(),
    )  # fmt: skip
    try:
        assert mock.stdout is not None
        base_url = [mock.stdout.readline() for _ in range(3)][1].strip().split("=", 1)[1]
        command = [
            VIDEOTASK, "batch", str(bodies), "--family", "openai_videos", "--out", str(folder),
            "--base-url", base_url, "--api-key", TOKEN, "--concurrency", "15", "--max-rps", "100",
            "--durations", "0.5:1.5:4",
        ]  # fmt: skip
        moments = random.Random(25).sample(range(300, 1200, 10), 3)  # milliseconds after each start
        for moment in moments:
            batch = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
            time.sleep(moment / 1000)
            assert batch.poll() is None  # still running: the kill lands mid-batch (see the module's docstring)
            batch.send_signal(signal.SIGKILL)
            assert batch.wait(10) == -signal.SIGKILL
        final = subprocess.run(command, capture_output=True, text=True, env=_env(), timeout=120)
        ledger = _ledger(base_url)
    finally:
        mock.send_signal(signal.SIGINT)
        mock.wait(30)

    rows = [json.loads(line) for line in (folder / "manifest.jsonl").read_text().splitlines()]
    assert [row["line"] for row in rows] == list(range(1, LINES + 1))  # every line, once, in order
    assert [row["name"] for row in rows] == [f"boat-{n:02d}" for n in range(1, LINES + 1)]
    uncertain = [row for row in rows if row["state"] == "uncertain"]
    assert len(uncertain) <= 3  # at most one per kill
    for row in rows:
        if row["state"] == "uncertain":
            assert row["error"]
            continue
        if row["line"] in FAILING:
            assert (row["state"], row["file"]) == ("failed", None), row
        else:
            assert row["state"] == "downloaded", row
            assert row["file"] == str(folder / f"{row['name']}.mp4")
            assert Path(row["file"]).stat().st_size == CONTENT_SIZE
    saved = sorted(p.name for p in folder.iterdir() if not p.name.startswith(".videotask-batch.db"))
    expected = sorted([f"{row['name']}.mp4" for row in rows if row["state"] == "downloaded"] + ["manifest.jsonl"])
    assert saved == expected  # each success once, no partial file left behind
    assert ledger["duplicates"] == 0
    assert ledger["duplicate_submissions"] == {}
    assert LINES - len(uncertain) <= ledger["submitted_tasks"] <= LINES
    assert final.returncode == (4 if uncertain else 1), final.stderr  # failed lines: 1; uncertain ones: 4


FILE = hashlib.shake_256(b"a kite over the harbour").digest(400_000)
HELD = 150_000  # the bytes the file server sends before it holds the connection


def test_a_batch_killed_mid_download_resumes_the_file_on_its_rerun(tmp_path):
    bodies = tmp_path / "bodies.jsonl"
    bodies.write_text(json.dumps({"prompt": "a kite over the harbour", "name": "kite"}) + "\n")
    folder = tmp_path / "videos"
    part = folder / ".kite.mp4.part"
    with local_server(file=FILE) as files, MockGateway(token=TOKEN, running_polls=0) as mock:
        mock._app.cdn_url = files.url  # the success answer names the file on `files`: another origin, as a CDN's
        files.get_script = [("hold", HELD)]
        command = [
            VIDEOTASK, "batch", str(bodies), "--family", "video_generations", "--out", str(folder),
            "--base-url", mock.base_url, "--api-key", TOKEN, "--durations", "0.05:0.1:0.5",
        ]  # fmt: skip
        batch = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env())
        deadline = time.monotonic() + 60  # a bound on a hang: what is waited for is the part holding HELD bytes
        while not (part.exists() and part.stat().st_size == HELD):
            assert batch.poll() is None, batch.communicate()[1].decode()
            assert time.monotonic() < deadline, "the batch never got into the download"
            time.sleep(0.01)
        batch.send_signal(signal.SIGKILL)
        assert batch.wait(10) == -signal.SIGKILL
        final = subprocess.run(command, capture_output=True, text=True, env=_env(), timeout=120)
        assert mock.ledger.submitted_tasks() == 1
    assert final.returncode == 0, final.stderr
    assert len(files.gets) == 2
    assert "range" not in files.gets[0]
    assert files.gets[1]["range"] == f"bytes={HELD}-"  # resumed, not fetched again whole
    assert hashlib.sha256((folder / "kite.mp4").read_bytes()).hexdigest() == hashlib.sha256(FILE).hexdigest()
    rows = [json.loads(line) for line in (folder / "manifest.jsonl").read_text().splitlines()]
    assert [(row["name"], row["state"]) for row in rows] == [("kite", "downloaded")]
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".videotask-batch.db")) == [
        "kite.mp4",
        "manifest.jsonl",
    ]
