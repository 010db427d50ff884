"""The pytest plugin shipped with the package (entry point `pytest11`).

- `mock_gateway`: a MockGateway on a free port for one test.
- `@pytest.mark.videotask_recorded(family, *globs, strict=False)`: runs the test once per recorded response
  file matching the globs (relative to the rootdir); the `videotask_recorded` fixture validates the file
  against the family's spec before the test body runs, and hands over the body and its VideoTask.
- `videotask_validate(family, body_or_path, status=None, strict=False)`: the same check, on demand.

A file `name.http404.json` holds the body of an HTTP 404 answer; any other `.json` a 200 body. Failures name
the file, each JSON path, the schema expected there and the value found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from videotask._normalize import normalize
from videotask._task import VideoTask
from videotask.testing._record import body_problem, check_recorded
from videotask.testing._server import MockGateway

_MARKER = "videotask_recorded"


@attrs.frozen
class Recorded:
    """A recorded response that keeps its spec: the file, its HTTP status, the body, and (for a 200) the task."""

    family: str
    path: Path | None
    status: int
    body: Any
    task: VideoTask | None
    problem: str | None = None  # the failure report, when the response breaks its spec


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(family, *globs, strict=False): run the test for each recorded response file and validate "
        "it against the family's spec (the `videotask_recorded` fixture)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    marker = metafunc.definition.get_closest_marker(_MARKER)
    if marker is None or "videotask_recorded" not in metafunc.fixturenames:
        return
    if not marker.args:
        raise pytest.UsageError(f"@pytest.mark.{_MARKER} needs a family and at least one glob")
    family, *globs = marker.args
    root = metafunc.config.rootpath
    files = sorted({path for pattern in globs for path in root.glob(pattern) if path.is_file()})
    if not files:
        raise pytest.UsageError(f"@pytest.mark.{_MARKER}({family!r}, ...): no file matches {globs} under {root}")
    ids = [str(path.relative_to(root)) for path in files]
    metafunc.parametrize("videotask_recorded", [(family, path) for path in files], ids=ids, indirect=True)


def _check(family: str, source: Any, status: int | None, strict: bool) -> Recorded:
    if isinstance(source, str | Path):
        path: Path | None = Path(source)
        status, body, problem = check_recorded(family, source, strict, status)
    else:
        path, body, status = None, source, 200 if status is None else status
        problem = body_problem(family, body, status, strict, "body")
    readable = problem is None or body is not None
    task = normalize(family, body) if status == 200 and readable else None
    return Recorded(family, path, status, body, task, problem)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> None:
    """A recording that breaks its spec fails the test (not an error in its set-up)."""
    recorded = getattr(item, "funcargs", {}).get("videotask_recorded")
    if isinstance(recorded, Recorded) and recorded.problem is not None:
        pytest.fail(recorded.problem, pytrace=False)


@pytest.fixture
def videotask_validate() -> Callable[..., Recorded]:
    """Validate a body, or a recorded file, against a family's spec; fails the test with every violation."""

    def check(family: str, body_or_path: Any, status: int | None = None, strict: bool = False) -> Recorded:
        recorded = _check(family, body_or_path, status, strict)
        if recorded.problem is not None:
            pytest.fail(recorded.problem, pytrace=False)
        return recorded

    return check


@pytest.fixture
def videotask_recorded(request: pytest.FixtureRequest) -> Recorded:
    """One recorded response from `@pytest.mark.videotask_recorded`; the test fails before its body runs when
    the response breaks its spec."""
    param = getattr(request, "param", None)
    if param is None:
        raise pytest.UsageError(f"the videotask_recorded fixture needs @pytest.mark.{_MARKER}(family, *globs)")
    family, path = param
    marker = request.node.get_closest_marker(_MARKER)
    strict = bool(marker.kwargs.get("strict", False)) if marker else False
    return _check(family, path, None, strict)


@pytest.fixture
def mock_gateway() -> Iterator[MockGateway]:
    """A MockGateway on a free port for one test; point a Gateway at `.base_url` with `.token`."""
    with MockGateway() as mock:
        yield mock
