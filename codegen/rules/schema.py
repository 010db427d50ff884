"""Schema rules: OpenAPI 3.0 dialect -> JSON Schema 2020-12, inference from examples, reconciliation.

Examples are more trustworthy than the declared schemas in these docs, so where they disagree the examples
win and the disagreement is recorded.
"""

from __future__ import annotations

import copy
from typing import Any

from codegen.model import Finding
from codegen.rules.vendor import strip_vendor_keys

__all__ = ["infer", "infer_all", "reconcile", "to_json_schema", "types_of", "union", "with_types"]

Schema = dict[str, Any]
_ORDER = ("boolean", "integer", "number", "string", "array", "object", "null")


def to_json_schema(schema: Any) -> Schema:
    """3.0 `nullable`/`example`, vendor keys and empty keywords -> plain Draft 2020-12."""
    if not isinstance(schema, dict):
        return {}
    out = _convert(strip_vendor_keys(schema))
    return out if isinstance(out, dict) else {}


def _convert(node: Any) -> Any:
    if isinstance(node, list):
        return [_convert(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: Schema = {}
    for key, value in node.items():
        if key in {"properties", "patternProperties", "$defs"} and isinstance(value, dict):
            if value:
                out[key] = {name: _convert(sub) for name, sub in value.items()}
        elif key == "example":
            out.setdefault("examples", [value])
        elif key == "nullable" or (key == "required" and not value):
            continue
        else:
            out[key] = _convert(value)
    if "array" in types_of(out) and "items" not in out and "prefixItems" not in out:
        out["items"] = {}  # an array of anything: the generator refuses one with no `items`
    if node.get("nullable") is True:
        out = with_types(out, [*types_of(out), "null"])
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    return out


def types_of(schema: Schema | None) -> list[str]:
    if not schema:
        return []
    declared = schema.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [str(t) for t in declared]
    return []


def with_types(schema: Schema, types: list[str]) -> Schema:
    unique = sorted(set(types), key=lambda t: _ORDER.index(t) if t in _ORDER else len(_ORDER))
    if "integer" in unique and "number" in unique:
        unique.remove("integer")
    out = dict(schema)
    if not unique:
        out.pop("type", None)
    else:
        out["type"] = unique[0] if len(unique) == 1 else unique
    return out


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def infer(value: Any) -> Schema:
    """The schema one example shows; `required` lists the keys it has (evidence, not a promise)."""
    kind = _type_of(value)
    schema: Schema = {"type": kind}
    if kind == "object":
        schema["properties"] = {str(k): infer(v) for k, v in value.items()}
        schema["required"] = [str(k) for k in value]
    elif kind == "array":
        merged: Schema = {}  # an empty list says nothing about its items (and the generator needs `items`)
        for n, item in enumerate(value):
            merged = infer(item) if n == 0 else union(merged, infer(item))
        schema["items"] = merged
    return schema


def infer_all(values: list[Any]) -> Schema | None:
    """What every example together shows: types united, keys required only when in every example."""
    merged: Schema | None = None
    for value in values:
        observed = infer(value)
        merged = observed if merged is None else union(merged, observed)
    return merged


def union(a: Schema, b: Schema) -> Schema:
    """Both shapes at once: types united, properties united, `required` only where both require."""
    out = with_types(dict(a), types_of(a) + types_of(b))
    a_obj, b_obj = "properties" in a or "object" in types_of(a), "properties" in b or "object" in types_of(b)
    if a_obj and b_obj:
        props = dict(a.get("properties", {}))
        for name, sub in b.get("properties", {}).items():
            props[name] = union(props[name], sub) if name in props else sub
        if props:
            out["properties"] = props
        out["required"] = [k for k in a.get("required", []) if k in set(b.get("required", []))]
    elif b_obj:
        out["properties"], out["required"] = b.get("properties", {}), []
    elif a_obj:
        out["required"] = []
    if "items" in a and "items" in b:
        out["items"] = union(a["items"], b["items"])
    elif "items" in b:
        out["items"] = b["items"]
    return out


def reconcile(declared: Schema | None, observed: Schema | None, where: str) -> tuple[Schema, list[Finding]]:
    """Declared schema + what the examples show -> one schema; examples win, each disagreement recorded.

    Inferred `required` lists are evidence only: the result requires what the doc declared and every
    example has, never more.
    """
    findings: list[Finding] = []
    result = _reconcile(declared or {}, observed, where or "$", findings)
    return result, findings


def _strip_evidence(schema: Schema) -> Schema:
    out = {k: v for k, v in schema.items() if k != "required"}
    if "properties" in out:
        out["properties"] = {k: _strip_evidence(v) for k, v in out["properties"].items()}
    if "items" in out:
        out["items"] = _strip_evidence(out["items"])
    return out


def _reconcile(declared: Schema, observed: Schema | None, where: str, findings: list[Finding]) -> Schema:
    if observed is None:
        return copy.deepcopy(declared)
    if not types_of(declared) and not declared.get("properties"):
        if declared.get("type") is None and any(k in declared for k in ("anyOf", "oneOf", "allOf", "$ref")):
            return copy.deepcopy(declared)
        if where == "$" or declared:
            findings.append(Finding("inferred", where, "no usable declared schema; shape taken from the examples"))
        return {**{k: v for k, v in declared.items() if k == "description"}, **_strip_evidence(observed)}
    d_types, o_types = types_of(declared), types_of(observed)
    allowed = set(d_types) | ({"integer"} if "number" in d_types else set())
    result = copy.deepcopy(declared)
    if not set(o_types) <= allowed:
        kept_null = ["null"] if "null" in d_types else []
        result = with_types(result, o_types + kept_null)
        result.pop("enum", None)  # an enum of the refuted type no longer describes the field
        findings.append(
            Finding(
                "contradiction",
                where,
                f"declared type {'/'.join(d_types)}, examples show {'/'.join(o_types)}: examples win "
                f"(now {'/'.join(types_of(result))})",
            )
        )
    if "object" in types_of(result) and ("properties" in declared or "properties" in observed):
        d_props, o_props = declared.get("properties", {}), observed.get("properties", {})
        if o_props and not d_props:
            findings.append(Finding("inferred", where, "no declared fields; fields taken from the examples"))
        props = {}
        for name in [*d_props, *(n for n in o_props if n not in d_props)]:
            sub_where = f"{where}.{name}"
            if name not in d_props and d_props:
                findings.append(Finding("inferred", sub_where, "undeclared field seen in the examples"))
            props[name] = _reconcile(d_props.get(name, {}), o_props.get(name), sub_where, findings)
        result["properties"] = props
        present = set(observed.get("required", []))
        required = []
        for name in declared.get("required", []):
            if name in present or "object" not in o_types:
                required.append(name)
            else:
                findings.append(
                    Finding(
                        "contradiction",
                        f"{where}.{name}",
                        "declared required, missing from an example: optional",
                    )
                )
        if required:
            result["required"] = required
        else:
            result.pop("required", None)
    if "array" in types_of(result) and "items" in observed:
        result["items"] = _reconcile(declared.get("items", {}), observed["items"], f"{where}[]", findings)
    return result
