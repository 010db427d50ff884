"""Rules on response examples: check them against the declared shape; compose one when a doc has none."""

from __future__ import annotations

from typing import Any

from codegen.model import Finding

__all__ = ["compose_example", "shape_findings"]


def shape_findings(declared: dict[str, Any] | None, example: Any, where: str) -> list[Finding]:
    """Report an example that does not look like the declared response (e.g. pasted from another product)."""
    props = (declared or {}).get("properties") or {}
    if not props or not isinstance(example, dict):
        return []
    present = [name for name in props if name in example]
    missing = [name for name in props if name not in example]
    extra = [name for name in example if name not in props]
    findings = []
    if len(present) * 2 < len(props):
        findings.append(
            Finding(
                "warning",
                where,
                f"has only {len(present)} of {len(props)} declared fields: it may come from another endpoint or "
                "product; kept (examples win), review it",
            )
        )
    if missing:
        findings.append(Finding("contradiction", where, f"declared fields absent: {', '.join(missing)}"))
    if extra:
        findings.append(Finding("inferred", where, f"undeclared fields present: {', '.join(extra)}"))
    return findings


def compose_example(schema: dict[str, Any]) -> Any | None:
    """An example built from the schema's own property `examples`; None when no property has one."""
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    props = schema.get("properties")
    if not isinstance(props, dict):
        return None
    composed = {}
    for name, sub in props.items():
        value = compose_example(sub) if isinstance(sub, dict) else None
        if value is not None:
            composed[name] = value
    return composed or None
