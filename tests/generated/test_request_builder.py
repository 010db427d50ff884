"""The one private helper of generated code the adapters use: `_get_kwargs`. This breaks if the generator
changes it, before any user sees a wrong request."""

from __future__ import annotations

import inspect

import pytest

from adapters._families import operation_module
from adapters._http import build_request
from tests.conftest import FAMILIES, load_spec


@pytest.mark.parametrize("family", FAMILIES)
def test_get_kwargs_builds_method_and_encoded_url(family: str) -> None:
    module = operation_module(family)
    (param,) = inspect.signature(module._get_kwargs).parameters
    ((path, _),) = load_spec(family)["paths"].items()
    assert module._get_kwargs("a/b c") == {"method": "get", "url": path.replace("{" + param + "}", "a%2Fb%20c")}
    assert build_request(family, "x?y#z") == {"method": "get", "url": path.replace("{" + param + "}", "x%3Fy%23z")}
