"""A relay's video models placed on families from its catalog (`_relaycatalog`) by the rules of
specs/discovery/newapi.yaml, shown as a table and written as a relay file (specs/relays format) with every route
marked `# REVIEW`: a catalog publishes create paths only, so every query route is inferred."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from attrs import frozen

from videotask._relaycatalog import Catalog, CatalogModel
from videotask.definitions._discovery import Discovery

__all__ = ["Placement", "Unplaced", "place", "relay_text", "table"]

_RELAY_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")


@frozen
class Placement:
    """One video model's endpoint type, placed on a family: its routes in the relay-file format."""

    model: str
    endpoint_type: str
    family: str
    name: str | None  # a named route (kling's text2video), else None
    submit: str  # METHOD /path, as the catalog publishes it
    query: str
    result: str | None
    why: str


@frozen
class Unplaced:
    model: str
    reason: str


def place(catalog: Catalog, rules: Discovery) -> tuple[list[Placement], list[Unplaced]]:
    """Every video model (one with an endpoint type the rules call video) on a family, or listed as unplaced
    with the reason; models with no video type (chat, images) are left out."""
    placed: list[Placement] = []
    unplaced: list[Unplaced] = []
    for model in catalog.models:
        for kind in (t for t in model.endpoint_types if rules.is_video(t)):
            found = _placement(model, kind, catalog, rules)
            if isinstance(found, str):
                unplaced.append(Unplaced(model.name, found))
            else:
                placed.append(found)
    return placed, unplaced


def _placement(model: CatalogModel, kind: str, catalog: Catalog, rules: Discovery) -> Placement | str:
    method, path = catalog.endpoints.get(kind) or rules.default_paths.get(kind) or ("", "")
    if not path:
        return f"{kind}: the catalog gives no path for this endpoint type"
    for shape in rules.shapes:
        match = shape.path.fullmatch(path)
        if match is None:
            continue
        parts = match.groupdict()
        prefix = parts.get("prefix") or ""

        def fill(route: str) -> str:
            return route.replace("{path}", path).replace("{prefix}", prefix)  # noqa: B023 (used at once)

        result = fill(shape.result) if shape.result else None
        return Placement(model.name, kind, shape.family, parts.get("route"), f"{method} {path}", fill(shape.query),
                         result, shape.why)  # fmt: skip
    return f"{kind} at {method} {path}: no family is known by this path's shape"


def _money(value: float | None) -> str:
    return "-" if value is None else str(round(value, 6))


def prices(catalog: Catalog, name: str) -> tuple[str, str]:
    """(prices per call, groups), both `/`-joined in the same order: `0.4/0.8`, `default/vip`."""
    model = catalog.model(name)
    if model is None or model.quota_type is None:
        return "-", "-"
    if model.per_call is None:
        return "by tokens", "/".join(model.groups) or "-"
    return "/".join(_money(catalog.price(model, g)) for g in model.groups) or "-", "/".join(model.groups) or "-"


def table(catalog: Catalog, placed: Sequence[Placement], unplaced: Sequence[Unplaced]) -> str:
    rows = [("MODEL", "FAMILY", "ROUTE", "PRICE/CALL", "GROUPS")]
    for p in placed:
        route = f"{p.submit}" + (f" ({p.name})" if p.name else "")
        rows.append((p.model, p.family, route, *prices(catalog, p.model)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[4] for row in rows]
    if not placed:
        lines.append("(no video model placed)")
    if unplaced:
        lines += ["", "not placed (no family guessed):"] + [f"  {u.model}: {u.reason}" for u in unplaced]
    return "\n".join(lines)


def _named(placed: Sequence[Placement]) -> dict[str, dict[tuple[str | None, str, str, str | None], list[Placement]]]:
    """family -> {(route name, submit, query, result): its placements}: models sharing a family's routes are one
    entry. Where a family needs two sets of routes under one name, each is named by its endpoint type."""
    found: dict[str, dict[tuple[str | None, str, str, str | None], list[Placement]]] = {}
    for p in placed:
        found.setdefault(p.family, {}).setdefault((p.name, p.submit, p.query, p.result), []).append(p)
    for family, entries in found.items():
        names = [key[0] for key in entries]
        if len(set(names)) < len(names):
            found[family] = {}
            for (name, *rest), group in entries.items():
                kind = group[0].endpoint_type
                renamed = (f"{kind}-{name}" if name else kind, *rest)
                found[family].setdefault(renamed, []).extend(group)  # type: ignore[arg-type]
    return found


def _line(key: str, route: str, why: str, indent: str) -> str:
    return f"{indent}{key}: {json.dumps(route)}  # REVIEW: {why}"


def relay_text(catalog: Catalog, placed: Sequence[Placement], unplaced: Sequence[Unplaced], path: Path) -> str:
    """The relay file for `placed` (named after `path`'s stem, as relay files are); ValueError when the stem
    cannot name a relay or nothing was placed."""
    name = path.stem
    if not _RELAY_NAME.fullmatch(name):
        raise ValueError(f"{path}: a relay file's name is its relay's: lower-case letters, digits, - and _")
    if not placed:
        raise ValueError(f"{catalog.source} lists no video model discover can place: nothing to write")
    lines = [
        f"# Written by `videotask discover` from {catalog.source}. The catalog publishes each endpoint type's",
        "# create path; every query (and result) route below is inferred from it: check each line marked REVIEW",
        "# against the relay's docs. A family with several routes names them; `route=` picks one.",
    ]
    lines += [f"# not placed: {u.model}: {u.reason}" for u in unplaced]
    lines += [f"relay: {name}", f"title: {json.dumps(f'discovered from {catalog.source}')}", "sources:",
              f"  - {json.dumps(catalog.source)}", "families:"]  # fmt: skip
    for family, entries in _named(placed).items():
        models = sorted({p.model for group in entries.values() for p in group})
        lines.append(f"  {family}:  # models: {', '.join(models)}")
        for role in ("query", "submit", "result"):
            chosen = [(key, group) for key, group in entries.items() if _role(key, role)]
            if not chosen:
                continue
            if role == "result":  # one per family in a relay file: routes share it
                results = list(dict.fromkeys(str(_role(key, role)) for key, _ in chosen))
                more = f"; the relay file takes one, others seen: {', '.join(results[1:])}" if results[1:] else ""
                lines.append(_line(role, results[0], _why(role, chosen[0][1][0]) + more, "    "))
                continue
            if len(chosen) == 1 and chosen[0][0][0] is None:
                key, group = chosen[0]
                lines.append(_line(role, _role(key, role) or "", _why(role, group[0]), "    "))
                continue
            lines.append(f"    {role}:")
            for key, group in chosen:
                lines.append(_line(str(key[0]), _role(key, role) or "", _why(role, group[0]), "      "))
    return "\n".join(lines) + "\n"


def _role(key: tuple[str | None, str, str, str | None], role: str) -> str | None:
    return {"submit": key[1], "query": key[2], "result": key[3]}[role]


def _why(role: str, placement: Placement) -> str:
    if role == "submit":
        return f"published by the relay for {placement.endpoint_type}"
    return placement.why
