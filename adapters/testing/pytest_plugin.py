"""The pytest plugin shipped with the package (entry point `pytest11`): a `mock_gateway` fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from adapters.testing._server import MockGateway


@pytest.fixture
def mock_gateway() -> Iterator[MockGateway]:
    """A MockGateway on a free port for one test; point a Gateway at `.base_url` with `.token`."""
    with MockGateway() as mock:
        yield mock
