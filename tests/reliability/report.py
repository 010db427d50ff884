"""`make reliability`: the fault matrix, the fuzzing, the secret scan and 10,000 waits under faults, counted.

Prints one `name: value` line per figure; exits 1 when any count that must be 0 is not.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.reliability import harness, test_fuzz
from videotask import GatewayError, VideoTask
from videotask.testing import CREATE_FAULTS, FILE_FAULTS, MockGateway
from videotask.testing import TASK_FAULTS as FAULTS

LOAD_TASKS = int(os.environ.get("VIDEOTASK_LOAD_TASKS", "10000"))
CREATES, DOWNLOADS = 5000, 1000


def faults_and_leaks() -> tuple[int, int, int, int]:
    """(faults tried, untyped exceptions, wrong error types, secret leaks) over both gateways and the command."""
    tried = untyped = wrong = 0
    texts: list[str] = []
    with MockGateway(token=harness.KEY, slow_seconds=1.0) as mock, harness.captured_logs() as logs:
        for mode in ("sync", "async"):
            for fault in FAULTS:
                for times in (1, 10):
                    tried += 1
                    outcome = harness.fault_outcome(mode, mock, fault, times, f"{mode}-{fault}-{times}")
                    if isinstance(outcome, VideoTask):
                        texts.append(repr(outcome))
                        wrong += times == 10 and harness.FAULT_MATRIX[fault] is not None
                        continue
                    texts += harness.exception_texts(outcome)
                    if not isinstance(outcome, GatewayError):
                        untyped += 1
                        print(f"untyped: {mode} {fault} x{times}: {outcome!r}", file=sys.stderr)
                    elif times == 10 and type(outcome) is not harness.FAULT_MATRIX[fault]:
                        wrong += 1
        with tempfile.TemporaryDirectory() as out:
            for result in harness.command_runs(mock, Path(out)):
                texts += [result.stdout, result.stderr]
            texts += [p.read_text() for p in Path(out).glob("*.json")]
        texts += logs.texts
    return tried, untyped, wrong, sum(harness.KEY in text for text in texts)


def fuzz() -> tuple[int, int]:
    """(examples run, families whose fuzzing found an exception that is not the adapters' own)."""
    failures = 0
    for family in sorted(harness.families()):
        try:
            test_fuzz.test_fuzzed_bodies_raise_only_adapter_errors(family)
        except Exception as exc:
            failures += 1
            print(f"fuzz {family}: {exc!r}"[:2000], file=sys.stderr)
    return sum(test_fuzz.RUNS.values()), failures


def creates_and_downloads() -> tuple[Counter[str], Counter[str]]:
    """Creates under create faults, then downloads under file faults, each counted by the server's ledger."""
    with MockGateway(fault_rate=0.2, random_faults=sorted(CREATE_FAULTS - {"create_slow"}), seed=5) as mock:
        creates = asyncio.run(harness.create_load(mock, CREATES))
    file_faults = sorted(FILE_FAULTS - {"file_slow"})
    with (
        MockGateway(
            fault_rate=0.3, random_faults=file_faults, seed=3, running_polls=0, content_size=256 * 1024
        ) as mock,
        tempfile.TemporaryDirectory() as out,
    ):
        downloads = asyncio.run(harness.download_load(mock, DOWNLOADS, Path(out)))
    return creates, downloads


def _ended(counts: Counter[str], names: tuple[str, ...], keep: bool = False) -> str:
    """How the runs ended: every count but `names` (or only `names`, with `keep`)."""
    shown = {k: n for k, n in counts.items() if (k in names) == keep and not k.startswith(("server ", "key "))}
    shown = {k: n for k, n in shown.items() if k not in ("bad files", "leftovers")}
    return ", ".join(f"{n} {kind}" for kind, n in sorted(shown.items()))


def main() -> int:
    import logging

    logging.getLogger("videotask").setLevel(logging.ERROR)  # the fuzzing logs thousands of spec warnings
    started = time.perf_counter()
    tried, untyped, wrong, leaks = faults_and_leaks()
    examples, fuzz_failures = fuzz()
    faults = [f for f in FAULTS if f not in ("slow", "redirect", "unauthorized", "forbidden")]
    with MockGateway(fault_rate=0.05, random_faults=faults, seed=7, running_polls=2) as mock:
        load_started = time.perf_counter()
        outcomes, _ = asyncio.run(harness.load(mock, LOAD_TASKS))
        load_took = time.perf_counter() - load_started
        faulted, served = sum(mock.faults_served.values()), mock.served
    creates, downloads = creates_and_downloads()
    untyped_load = sum(n for kind, n in (*outcomes.items(), *creates.items(), *downloads.items()) if "untyped" in kind)
    ended = {kind: n for kind, n in outcomes.items() if kind not in ("lost", "reported twice")}
    figures = {
        "faults tried": f"{tried} ({len(FAULTS)} faults x sync/async x once/persistent)",
        "faults answered with the wrong error type": wrong,
        "fuzz examples run": examples,
        "untyped exceptions": untyped + fuzz_failures + untyped_load,
        "secret leaks": leaks,
        "load tasks": LOAD_TASKS,
        "load responses faulted": f"{faulted} of {served} ({faulted / served:.1%})",
        "load outcomes": ", ".join(f"{n} {kind}" for kind, n in sorted(ended.items())),
        "tasks lost": f"{outcomes['lost']} (against the server's ledger)",
        "tasks reported twice": f"{outcomes['reported twice']} (against the server's ledger)",
        "load seconds": f"{load_took:.1f}",
        "creates under faults": f"{CREATES} ({_ended(creates, ('duplicates', 'made', 'refused'))})",
        "create POSTs refused before the body was read (429, 503), sent again": creates["refused"],
        "tasks the server made": f"{creates['made']} (created + SubmitUncertain: answers lost after the task was made)",
        "duplicate submissions": f"{creates['duplicates']} (against the server's ledger)",
        "downloads under faults": f"{DOWNLOADS} ({_ended(downloads, ('saved', 'ResultExpired'), keep=True)})",
        "answers cut mid-body by the server": downloads["server cut"],
        "corrupt or partial files at a target": downloads["bad files"],
        "temporary files left behind": downloads["leftovers"],
        "requests carrying the key to the file origin": downloads["key sent to the file origin"],
        "total seconds": f"{time.perf_counter() - started:.1f}",
    }
    for name, value in figures.items():
        print(f"{name}: {value}")
    must_be_zero = (
        wrong, untyped + fuzz_failures + untyped_load, leaks, outcomes["lost"], outcomes["reported twice"],
        creates["duplicates"], downloads["bad files"], downloads["leftovers"], downloads["key sent to the file origin"],
    )  # fmt: skip
    return 1 if any(must_be_zero) else 0


if __name__ == "__main__":
    sys.exit(main())
