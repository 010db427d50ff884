"""One family through the spec pipeline: read, clean, override, gate, emit. I/O stays at the edges."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from attrs import frozen

from codegen.emit import dump_yaml, header, report
from codegen.model import Finding, RawDoc, ReadError
from codegen.overrides import load_declaration
from codegen.readers import read_doc

__all__ = ["ROOT", "FamilyBuild", "build_family", "families", "inputs_sha256", "recorded_inputs_sha256"]

ROOT = Path(__file__).resolve().parent.parent
_HASH_LINE = re.compile(r"(?m)^# inputs-sha256: ([0-9a-f]{64})$")


@frozen
class FamilyBuild:
    family: str
    spec_text: str
    report_text: str
    errors: list[str]


def families(root: Path = ROOT) -> list[str]:
    return sorted(p.name for p in (root / "specs" / "raw").iterdir() if p.is_dir())


def _inputs(root: Path, family: str) -> list[Path]:
    raw = sorted(p for p in (root / "specs" / "raw" / family).iterdir() if p.is_file())
    override = root / "specs" / "overrides" / f"{family}.yaml"
    return raw + ([override] if override.exists() else [])


def inputs_sha256(root: Path, family: str) -> str:
    """The raw docs, the override and the pipeline's own code: a spec is stale when any of them changes."""
    code = [
        *sorted((root / "codegen").rglob("*.py")),
        root / "adapters" / "_declarations.py",
        root / "adapters" / "_task.py",
    ]
    digest = hashlib.sha256()
    for path in [*_inputs(root, family), *code]:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def recorded_inputs_sha256(spec_path: Path) -> str | None:
    try:
        with spec_path.open(encoding="utf-8") as handle:
            head = "".join(handle.readline() for _ in range(20))
    except OSError:
        return None
    match = _HASH_LINE.search(head)
    return match.group(1) if match else None


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
    declaration = None
    override = root / "specs" / "overrides" / f"{family}.yaml"
    if override.exists():
        declaration, found = load_declaration(override)
        errors += found
    if errors:
        return FamilyBuild(family, "", "", errors)

    spec, findings = build_spec(docs, declaration)
    if declaration is None:
        findings.append(Finding("warning", family, "no specs/overrides file: general rules only"))
    checks = {
        "openapi-spec-validator (3.1)": gates.openapi_valid(spec),
        "every example validates against its response schema (Draft 2020-12)": gates.examples_valid(spec),
        "no placeholder prefix, header parameter, read body, vendor key; ASCII names": gates.cleanliness(spec),
    }
    if declaration is not None:
        checks["every documented status value is mapped by the overrides"] = gates.statuses_mapped(spec, declaration)
    for failures in checks.values():
        errors += [f"{family}: {failure}" for failure in failures]
    n_examples = sum(1 for _ in gates.iter_examples(spec))
    passed = [f"{name} ({n_examples} examples)" if "example" in name else name for name in checks]
    text = header(sources, inputs_sha256(root, family)) + dump_yaml(spec)
    return FamilyBuild(family, text, report(family, sources, findings, passed), errors)
