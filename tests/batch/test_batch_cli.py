"""`videotask batch`: usage errors are one line and exit 2 before anything is sent; a run's summary, manifest and
exit code (in process, against a MockGateway whose tasks take milliseconds)."""

from __future__ import annotations

import json

import pytest

from videotask.cli import EXIT_FAILED, EXIT_USAGE, main
from videotask.testing import MockGateway


@pytest.fixture
def bodies(tmp_path):
    path = tmp_path / "bodies.jsonl"
    path.write_text('{"model": "sora-2", "prompt": "a kite", "name": "kite"}\n{"model": "sora-2", "prompt": "fail"}\n')
    return path


@pytest.mark.parametrize(
    ("lines", "options", "message"),
    [
        ('{"name": "a/b"}\n', [], "cannot be a file name"),
        ("{oops\n", [], "line 1 is not JSON"),
        ("\n\n", [], "holds no request body"),
        ('{"prompt": "x"}\n', ["--max-rps", "0"], "--max-rps must be above 0"),
        ('{"prompt": "x"}\n', ["--concurrency", "0"], "--concurrency must be 1 or more"),
        ('{"prompt": "x"}\n', ["--durations", "9:1:5"], "SHORTEST:TYPICAL:LONGEST"),
        ('{"prompt": "x"}\n', ["--route", "nope"], "nope"),
    ],
)
def test_usage_errors_exit_2_with_one_line(tmp_path, capsys, lines, options, message):
    path = tmp_path / "bodies.jsonl"
    path.write_text(lines)
    with MockGateway() as mock:
        code = main(["batch", str(path), "--family", "openai_videos", "--out", str(tmp_path / "out"),
                     "--base-url", mock.base_url, "--api-key", mock.token, *options])  # fmt: skip
        assert mock.ledger.submitted_tasks() == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert code == EXIT_USAGE
    assert len(err) == 1
    assert message in err[0]


def test_a_missing_file_is_a_usage_error(tmp_path, capsys):
    code = main(["batch", str(tmp_path / "none.jsonl"), "--family", "kling", "--out", str(tmp_path), "--base-url",
                 "http://127.0.0.1:9"])  # fmt: skip
    assert code == EXIT_USAGE
    assert "cannot read" in capsys.readouterr().err


def test_a_run_prints_a_summary_and_writes_the_manifest(tmp_path, bodies, capsys):
    out = tmp_path / "videos"
    with MockGateway(durations=(0.01, 0.02)) as mock:
        code = main(["batch", str(bodies), "--family", "openai_videos", "--out", str(out), "--base-url", mock.base_url,
                     "--api-key", mock.token, "--durations", "0.05:0.05:1", "--max-rps", "50"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == EXIT_FAILED  # line 2 failed as the mock scripted it
    assert captured.out.splitlines()[:3] == ["STATE        LINES", "downloaded       1", "failed           1"]
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert [(row["line"], row["name"], row["state"]) for row in rows] == [
        (1, "kite", "downloaded"),
        (2, "00002", "failed"),
    ]
    assert "line 1 kite" in captured.err  # plain progress lines (stderr is no terminal here)
