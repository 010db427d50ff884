"""The project's data files, read one way by everyone: the runtime, the MockGateway and codegen.

specs/overrides/<family>.yaml   what no general rule can say about a family (videotask.definitions._override)
specs/upstreams/<upstream>.yaml one upstream API: its status words, field paths and real answers, named by the
                                families on it
specs/shapes/<family>.yaml      answers only a family's routes send (relays', wrappers'), with their sources;
                                the family's real answers are its upstream's and these (`load_shapes`)
specs/wrappers/<wrapper>.yaml   an answer shape relays put around an upstream's answer (Wrapper)
specs/relays/<relay>.yaml       the routes one relay serves for each family (Relay)
specs/discovery/<lineage>.yaml  how a relay's published catalog maps onto families and routes (_discovery)

Each kind has one JSON Schema (schemas/<kind>.schema.json); `problems` reports every violation of a file with its
path. A family exists when its override does: `families()` is the one list.
"""

from __future__ import annotations

import functools
import os
from importlib.resources import files
from pathlib import Path as FilePath
from typing import Any

from videotask.definitions._check import KINDS, problems
from videotask.definitions._examples import SpecExample, iter_examples
from videotask.definitions._override import (
    FIELD_NAMES,
    ROLES,
    OperationOverride,
    Override,
    Path,
    ResultCall,
    SubmitOverride,
    parse_own_override,
    parse_path,
    spell_path,
    value_at,
)
from videotask.definitions._relays import (
    PLACEHOLDERS,
    Relay,
    RelayReading,
    RelayRoute,
    load_relay,
    parse_relay,
    parse_route,
    read_relay,
)
from videotask.definitions._shapes import Shape, parse_shapes
from videotask.definitions._upstreams import merge
from videotask.definitions._wrappers import Wrapper, parse_wrapper, wrap

__all__ = [
    "FIELD_NAMES",
    "KINDS",
    "PLACEHOLDERS",
    "ROLES",
    "OperationOverride",
    "Override",
    "Path",
    "Relay",
    "RelayReading",
    "RelayRoute",
    "ResultCall",
    "Shape",
    "SpecExample",
    "SubmitOverride",
    "Wrapper",
    "families",
    "iter_examples",
    "load_override",
    "load_relay",
    "load_shapes",
    "load_wrapper",
    "load_yaml",
    "on_relay",
    "parse_override",
    "parse_own_override",
    "parse_path",
    "parse_relay",
    "parse_route",
    "parse_shapes",
    "parse_wrapper",
    "problems",
    "read_relay",
    "relays",
    "specs_dir",
    "spell_path",
    "upstreams",
    "value_at",
    "wrap",
    "wrapped",
    "wrappers",
]


@functools.cache
def specs_dir() -> FilePath:
    """VIDEOTASK_SPECS_DIR, else the specs a wheel carries (videotask/_specs), else a checkout's specs/."""
    override = os.environ.get("VIDEOTASK_SPECS_DIR")
    if override:
        return FilePath(override)
    packaged = FilePath(str(files("videotask") / "_specs"))
    return packaged if packaged.is_dir() else FilePath(__file__).resolve().parents[3] / "specs"


def families(specs: FilePath | None = None) -> tuple[str, ...]:
    """Every family: one per file in specs/overrides."""
    return _names((specs or specs_dir()) / "overrides")


def relays(specs: FilePath | None = None) -> tuple[str, ...]:
    """Every relay shipped or written: one per file in specs/relays."""
    return _names((specs or specs_dir()) / "relays")


@functools.cache
def _names(folder: FilePath) -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in folder.glob("*.yaml")))


def load_yaml(path: FilePath) -> Any:
    import yaml  # on first read, not at import: `import videotask` stays cheap

    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def wrappers(specs: FilePath | None = None) -> tuple[str, ...]:
    """Every wrapper defined: one per file in specs/wrappers."""
    return _names((specs or specs_dir()) / "wrappers")


def wrapped(own: Override, specs: FilePath | None = None) -> tuple[Override, list[str]]:
    """A family's override with its wrappers' words and paths added (`wrap`), reading specs/wrappers once per
    name; (override, every problem)."""
    wrappers: list[Wrapper] = []
    errors: list[str] = []
    for name in own.wrappers:
        found, problems_ = _wrapper(specs or specs_dir(), name)
        errors += problems_
        if found is not None:
            wrappers.append(found)
    if errors:
        return own, errors
    return wrap(own, wrappers)


def on_relay(override: Override, relay: Relay, specs: FilePath | None = None) -> tuple[Override, list[str]]:
    """A family's whole reading on `relay`: its own (before its wrappers) with what the relay's answers add for it
    (`RelayReading.extend`), then its wrappers' words and paths, derived again so the relay's paths are read
    inside a wrapper's kept body too; (reading, every problem). Unchanged where the relay adds nothing."""
    reading = relay.readings.get(override.family)
    if reading is None:
        return override, []
    where = f"relay {relay.name}: families.{override.family}"
    own, errors = reading.extend(override.unwrapped or override, where, override)
    if errors:
        return override, errors
    return wrapped(own, specs)


def load_wrapper(name: str, specs: FilePath | None = None) -> tuple[Wrapper | None, list[str]]:
    """The wrapper specs/wrappers/<name>.yaml, or every problem of it."""
    return _wrapper(specs or specs_dir(), name)


@functools.cache
def _wrapper(specs: FilePath, name: str) -> tuple[Wrapper | None, list[str]]:
    path = specs / "wrappers" / f"{name}.yaml"
    if not path.is_file():
        return None, [f"wrapper {name}: no file {path} (wrappers: {', '.join(_names(specs / 'wrappers'))})"]
    data, errors = _read(path)
    return (None, errors) if errors else parse_wrapper(data, name)


def load_override(name: str, specs: FilePath | None = None) -> tuple[Override | None, list[str]]:
    """A family's whole reading (`parse_override` of specs/overrides/<name>.yaml), or every problem."""
    specs = specs or specs_dir()
    data, errors = _read(specs / "overrides" / f"{name}.yaml")
    return (None, errors) if errors else parse_override(data, name, specs)


def parse_override(data: Any, name: str, specs: FilePath | None = None) -> tuple[Override | None, list[str]]:
    """A family's whole reading from its override's data, or every problem: the override with its upstream's
    words and paths merged in (specs/upstreams), then its wrappers' (specs/wrappers)."""
    specs = specs or specs_dir()
    errors = problems("override", data, name)
    if errors:
        return None, errors
    if "upstream" in data:
        upstream, errors = _upstream(specs, data["upstream"])
        if upstream is None:
            return None, [f"{name}: {error}" for error in errors]
        data, errors = merge(data, upstream, name)
        if errors:
            return None, errors
    own, errors = parse_own_override(data, name)
    if own is None:
        return None, errors
    override, errors = wrapped(own, specs)
    return (None, errors) if errors else (override, [])


def load_shapes(override: Override, specs: FilePath | None = None) -> tuple[tuple[Shape, ...], list[str]]:
    """A family's real answers (`parse_shapes`): its upstream's (specs/upstreams/<upstream>.yaml `answers:`), then
    its own (specs/shapes/<family>.yaml, when there is one); or every problem."""
    specs = specs or specs_dir()
    upstream = None
    if override.upstream is not None:
        upstream, errors = _upstream(specs, override.upstream)
        if upstream is None:
            return (), [f"{override.family}: {error}" for error in errors]
    path = specs / "shapes" / f"{override.family}.yaml"
    data, errors = _read(path) if path.is_file() else (None, [])
    if errors:
        return (), errors
    return parse_shapes(data, override.family, override.operations, upstream)


def upstreams(specs: FilePath | None = None) -> tuple[str, ...]:
    """Every upstream API defined: one per file in specs/upstreams."""
    return _names((specs or specs_dir()) / "upstreams")


@functools.cache
def _upstream(specs: FilePath, name: str) -> tuple[dict[str, Any] | None, list[str]]:
    path = specs / "upstreams" / f"{name}.yaml"
    if not path.is_file():
        return None, [f"upstream {name}: no file {path} (upstreams: {', '.join(upstreams(specs))})"]
    data, errors = _read(path)
    errors = errors or problems("upstream", data, f"upstream {name}")
    if not errors and data["upstream"] != name:
        errors = [f"upstream {name}: upstream: must be {name!r}, the file's name"]
    return (None, errors) if errors else (data, [])


def _read(path: FilePath) -> tuple[Any, list[str]]:
    import yaml

    try:
        return load_yaml(path), []
    except (OSError, yaml.YAMLError) as exc:
        return None, [f"{path}: {' '.join(str(exc).split())}"]
