"""`make reliability`: the fault matrix, the fuzzing, the secret scan and 10,000 waits under faults, counted.

Prints one `name: value` line per figure; exits 1 when any count that must be 0 is not.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

from adapters import GatewayError, VideoTask
from adapters.testing import FAULTS, MockGateway
from tests.reliability import harness, test_fuzz

LOAD_TASKS = int(os.environ.get("VIDEOTASK_LOAD_TASKS", "10000"))


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
    untyped_load = sum(n for kind, n in outcomes.items() if kind.startswith("untyped"))
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
        "total seconds": f"{time.perf_counter() - started:.1f}",
    }
    for name, value in figures.items():
        print(f"{name}: {value}")
    must_be_zero = (wrong, untyped + fuzz_failures + untyped_load, leaks, outcomes["lost"], outcomes["reported twice"])
    return 1 if any(must_be_zero) else 0


if __name__ == "__main__":
    sys.exit(main())
