"""The one private helper of generated code the adapters use: `_get_kwargs`. This breaks if the generator
changes it, before any user sees a wrong request."""

from __future__ import annotations

import inspect

import httpx
import pytest

from tests.conftest import FAMILIES
from videotask import family
from videotask._http import build_request

OPERATIONS = [
    pytest.param(op, id=f"{name}-{op.id}")
    for name in FAMILIES
    for op in family(name).operations
    if op.role in ("query", "result")
]


@pytest.mark.parametrize("op", OPERATIONS)
def test_get_kwargs_builds_method_and_encoded_url(op) -> None:  # type: ignore[no-untyped-def]
    module = op.module
    (param,) = inspect.signature(module._get_kwargs).parameters
    kwargs = module._get_kwargs(**{param: "a/b c"})
    assert kwargs["method"] == op.method.lower()
    if op.id_in == "path":
        assert kwargs["url"] == op.path.replace("{" + op.id_param + "}", "a%2Fb%20c")
        assert build_request(op, "x?y#z") == ("GET", op.path.replace("{" + op.id_param + "}", "x%3Fy%23z"), None)
    else:  # the id travels in the query string
        assert kwargs == {"method": "get", "url": op.path, "params": {op.id_param: "a/b c"}}
        assert build_request(op, "x?y#z") == ("GET", f"{op.path}?{op.id_param}=x%3Fy%23z", None)


@pytest.mark.parametrize("op", OPERATIONS)
def test_build_request_matches_the_generated_builder_for_every_kind_of_id(op) -> None:  # type: ignore[no-untyped-def]
    """build_request calls the generated builder once per operation and fills the id in after: what it sends
    must be what the generated builder and httpx make of each id, plain or in need of quoting."""
    (param,) = inspect.signature(op.module._get_kwargs).parameters
    for task_id in ("abc", "A-z_0.9~", "a%41", "a b", "é/ü", "x?y#z&k=v", "videotask-id-mark", "%"):
        kwargs = op.module._get_kwargs(**{param: task_id})
        expected = str(httpx.URL(kwargs["url"], params=kwargs.get("params")))
        assert build_request(op, task_id) == (kwargs["method"].upper(), expected, None), task_id
