"""Creates and downloads under faults, counted by the server's ledger: no body makes two tasks, no target holds
a file that is not the server's bytes, no part is left beside a saved file, and a part kept to resume holds
only the start of the server's bytes."""

from __future__ import annotations

import asyncio

import pytest

from tests.reliability.harness import create_jobs, create_load, download_load
from videotask.testing import CREATE_FAULTS, FILE_FAULTS, MockGateway

CREATES = 600
DOWNLOADS = 120


@pytest.mark.slow
def test_creates_under_faults_make_no_duplicate():
    faults = sorted(CREATE_FAULTS - {"create_slow"})  # slow: the same as a drop for the client, but takes time
    with MockGateway(fault_rate=0.2, random_faults=faults, seed=5, retry_after=0) as mock:
        outcomes = asyncio.run(create_load(mock, CREATES))
        refused = sum(s.refused for s in mock.ledger.submissions.values())
    assert outcomes["duplicates"] == 0
    assert not [kind for kind in outcomes if kind.startswith("untyped")]
    assert (
        outcomes["created"] + outcomes["SubmitUncertain"] + outcomes["RateLimitError"] + outcomes["ServerError"]
        == CREATES
    )
    # every create the client saw succeed made exactly one task, the refused made none, and an uncertain one made
    # at most one: it may never have been read (a loaded machine's client gave up before the server got to it)
    assert outcomes["created"] <= outcomes["made"] <= outcomes["created"] + outcomes["SubmitUncertain"]
    assert outcomes["SubmitUncertain"] > 0
    assert refused > 0


@pytest.mark.slow
def test_downloads_under_faults_leave_only_whole_files(tmp_path):
    with MockGateway(fault_rate=0.3, random_faults=sorted(FILE_FAULTS - {"file_slow"}), seed=3,
                     running_polls=0, content_size=96 * 1024) as mock:  # fmt: skip
        outcomes = asyncio.run(download_load(mock, DOWNLOADS, tmp_path))
    assert outcomes["bad files"] == 0
    assert outcomes["leftovers"] == 0
    assert outcomes["bad parts"] == 0
    assert outcomes["key sent to the file origin"] == 0
    assert outcomes["saved"] + outcomes["ResultExpired"] == DOWNLOADS
    assert outcomes["server cut"] > 0  # drops did happen, and were resumed
    assert outcomes["ResultExpired"] > 0
    assert len(list(tmp_path.iterdir())) == outcomes["saved"] + 2 * outcomes["kept parts"]  # a part, its sidecar


def test_the_jobs_cover_every_family_that_creates():
    from videotask import families, family

    assert {name for name, _, _ in create_jobs(50)} == {name for name in families() if family(name).submits}
