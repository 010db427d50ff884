"""The README's examples that need no gateway run as written; its command names exist."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)
OFFLINE = [block for block in PYTHON_BLOCKS if "MockGateway" in block]


def test_the_offline_examples_are_found():
    assert OFFLINE


@pytest.mark.parametrize("block", OFFLINE, ids=[f"block{i}" for i in range(len(OFFLINE))])
def test_offline_example_runs(block):
    exec(compile(block, "README.md", "exec"), {})


def test_every_make_target_the_readme_names_exists():
    targets = set(re.findall(r"`make ([a-z]+)", README))
    listed = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert targets <= set(re.findall(r"make (\w+)", listed))


# -- console transcripts: run as written against a fresh `videotask mock`, compared with the README ------------

CONSOLE_BLOCKS = re.findall(r"```console\n(.*?)```", README, flags=re.S)
_PLACEHOLDERS = (
    (re.compile(r"127\.0\.0\.1:\d+"), "127.0.0.1:PORT"),  # ports are the system's to pick
    (re.compile(r"vtask-\d{6}-[0-9a-f]{6}"), "vtask-ID"),  # the mock's task ids end in random hex
    (re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "UUID"),
    (re.compile(r"\S*…\S*"), "CUT"),  # an id or URL cut in the middle: which characters survive depends on both
)


def _steps(block: str) -> list[tuple[str, list[str]]]:
    """($ command, the lines it printed) in the order shown."""
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return steps


def _normal(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        for pattern, placeholder in _PLACEHOLDERS:
            line = pattern.sub(placeholder, line)
        out.append(" ".join(line.split()))  # column widths follow the lengths replaced above
    return out


def _matches(shown: list[str], expected: list[str]) -> bool:
    """`shown` is `expected`, a `...` line there standing for any number of lines."""
    pattern = "".join("(?:.*\n)*?" if line == "..." else re.escape(line) + "\n" for line in _normal(expected))
    return re.fullmatch(pattern, "".join(line + "\n" for line in _normal(shown))) is not None


def test_the_console_transcripts_are_found():
    assert len(CONSOLE_BLOCKS) == 2
    assert all(_steps(block) for block in CONSOLE_BLOCKS)


@pytest.mark.slow
@pytest.mark.parametrize("block", CONSOLE_BLOCKS, ids=[f"console{i}" for i in range(len(CONSOLE_BLOCKS))])
def test_console_transcript_runs_as_shown(block, tmp_path):
    """Each `$` line runs in one bash session in an empty folder (a `videotask mock ... &` line starts the mock
    on a free port, used wherever the README says 8765); what it prints, stdout and stderr together, must be
    what the README shows."""
    import os
    import signal
    import socket
    import sys

    steps = _steps(block)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VIDEOTASK_") and k != "COLUMNS"}
    environment["PATH"] = f"{os.path.dirname(sys.executable)}{os.pathsep}{environment['PATH']}"
    mock = None
    try:
        if steps[0][0].startswith("videotask mock") and steps[0][0].endswith("&"):
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                port = str(probe.getsockname()[1])
            argv = [*steps[0][0].rstrip("& ").split(), "--port", port]
            mock = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=environment)
            assert mock.stdout is not None
            banner = [mock.stdout.readline().rstrip("\n") for _ in steps[0][1]]
            assert _matches(banner, steps[0][1]), "\n".join(banner)
            steps = [(command.replace("8765", port), shown) for command, shown in steps[1:]]
        script = "exec 2>&1\n" + "".join(
            f"__rc=$?; echo '@@step {n}'; (exit $__rc); {command}\n" for n, (command, _) in enumerate(steps)
        )
        done = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=environment, capture_output=True,
                              text=True, timeout=120)  # fmt: skip
        printed = re.split(r"^@@step \d+\n", done.stdout, flags=re.M)[1:]
        assert len(printed) == len(steps), done.stdout
        for (command, expected), shown in zip(steps, printed, strict=True):
            lines = shown.splitlines()
            assert _matches(lines, expected), f"$ {command}\n" + "\n".join(lines)
    finally:
        if mock is not None:
            mock.send_signal(signal.SIGINT)  # as Ctrl-C stops it
            mock.wait(30)


@pytest.mark.parametrize(
    ("shown", "expected", "same"),
    [
        (["a", "b", "c"], ["a", "...", "c"], True),
        (["a", "c"], ["a", "...", "c"], True),
        (["a", "b"], ["a", "c"], False),
        (["id vtask-000001-0e5be9 on 127.0.0.1:39967"], ["id vtask-000009-fa829b on 127.0.0.1:8765"], True),
        (["a  b"], ["a b"], True),
        (["a", "b"], ["a"], False),
    ],
)
def test_the_transcript_comparison(shown, expected, same):
    assert _matches(shown, expected) is same


def test_make_help_says_the_demo_creates_and_downloads():
    listed = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    demo = next(line for line in listed.splitlines() if line.strip().startswith("make demo"))
    assert "Create" in demo
    assert "download" in demo
