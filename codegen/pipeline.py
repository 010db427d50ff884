"""One family through the spec pipeline: read, clean, override, gate, emit. I/O stays at the edges."""

from __future__ import annotations

import ast
import functools
import hashlib
import json
from pathlib import Path

import yaml
from attrs import frozen

from codegen.emit import dump_yaml, header, report
from codegen.model import Finding, RawDoc, ReadError
from codegen.overrides import load_override_file
from codegen.readers import read_doc
from codegen.stamp import ROOT, families
from videotask.definitions import Shape, load_shapes

__all__ = ["ROOT", "FamilyBuild", "build_family", "families", "inputs_sha256"]


@frozen
class FamilyBuild:
    family: str
    spec_text: str
    report_text: str
    errors: list[str]


def _inputs(root: Path, family: str) -> list[Path]:
    raw = sorted(p for p in (root / "specs" / "raw" / family).iterdir() if p.is_file())
    override = root / "specs" / "overrides" / f"{family}.yaml"
    data = [override, root / "specs" / "shapes" / f"{family}.yaml"]
    try:  # the upstream and the wrappers the override names are inputs too
        named = yaml.load(override.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except (OSError, yaml.YAMLError):
        named = None  # broken: the build reports it
    if isinstance(named, dict):
        if isinstance(named.get("upstream"), str):
            data.append(root / "specs" / "upstreams" / f"{named['upstream']}.yaml")
        wrappers = named.get("wrappers")
        data += (
            [root / "specs" / "wrappers" / f"{w}.yaml" for w in wrappers if isinstance(w, str)]
            if isinstance(wrappers, list)
            else []
        )
    return raw + [path for path in data if path.exists()]


def _code_fingerprint(path: Path) -> bytes:
    """What in a module can change the output: its syntax tree without docstrings (comments, formatting and
    prose do not), so editing a comment regenerates nothing."""
    return _syntax(path.read_bytes())


@functools.lru_cache(maxsize=256)
def _syntax(source: bytes) -> bytes:
    """Parsed once per distinct source: every family's key hashes the same modules."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list) or not body:
            continue
        first = body[0]
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
            node.body = body[1:] or [ast.Pass()]  # type: ignore[attr-defined]
    return ast.dump(tree, include_attributes=False).encode()


def _data_fingerprint(path: Path) -> bytes:
    """A YAML data file as the data it holds (comments and layout do not count); raw docs byte for byte."""
    if path.parent.name in ("overrides", "shapes", "upstreams", "wrappers"):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        except yaml.YAMLError:
            return path.read_bytes()  # broken: the build reports it in one line
        return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()
    return path.read_bytes()


def inputs_sha256(root: Path, family: str) -> str:
    """The raw docs, the override, the shapes and the pipeline's code, each as what can change the spec."""
    code = [  # what turns docs into a spec; not the importer's catalog, the diff, the changelog or the CLI
        *sorted((root / "codegen" / "readers").rglob("*.py")),
        *sorted((root / "codegen" / "rules").rglob("*.py")),
        *(root / "codegen" / f"{name}.py" for name in ("emit", "model", "overrides", "pipeline", "spec")),
        root / "adapters" / "videotask" / "_task.py",
        *sorted((root / "adapters" / "videotask" / "definitions").glob("*.py")),
    ]
    digest = hashlib.sha256()
    for path in _inputs(root, family):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + _data_fingerprint(path) + b"\0")
    for path in code:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + _code_fingerprint(path) + b"\0")
    return digest.hexdigest()


def build_family(root: Path, family: str) -> FamilyBuild:
    from codegen import gates
    from codegen.spec import build_spec

    inputs = _inputs(root, family)
    sources = [p.relative_to(root).as_posix() for p in inputs]
    errors: list[str] = []
    docs: list[RawDoc] = []
    for path in inputs:
        if path.parent.name == family:
            try:
                docs.append(read_doc(path))
            except ReadError as exc:
                errors.append(str(exc))
    override = None
    shapes: tuple[Shape, ...] = ()
    override_path = root / "specs" / "overrides" / f"{family}.yaml"
    if override_path.exists():
        override, found = load_override_file(override_path)
        errors += found
    if override is not None:
        shapes, found = load_shapes(override, root / "specs")
        errors += found
    if errors:
        return FamilyBuild(family, "", "", errors)

    spec, findings = build_spec(docs, override, shapes)
    if override is None:
        findings.append(Finding("warning", family, "no specs/overrides file: general rules only"))
    checks = {
        "openapi-spec-validator (3.1)": gates.openapi_valid(spec),
        "every example validates against its response schema (Draft 2020-12)": gates.examples_valid(spec),
        "no placeholder prefix, header parameter, read body, vendor key; ASCII names": gates.cleanliness(
            spec, override
        ),
    }
    if override is not None:
        checks["every documented status value is mapped by the overrides"] = gates.statuses_mapped(spec, override)
        checks["every field the overrides read is declared in the spec"] = gates.fields_declared(spec, override)
    for failures in checks.values():
        errors += [f"{family}: {failure}" for failure in failures]
    n_examples = sum(1 for _ in gates.iter_examples(spec))
    passed = [f"{name} ({n_examples} examples)" if "example" in name else name for name in checks]
    text = header(sources, inputs_sha256(root, family)) + dump_yaml(spec)
    return FamilyBuild(family, text, report(family, sources, findings, passed), errors)
