"""A batch before it runs: every line checked against the family's submit schema (the same check a create
makes), the tasks it would make per model, and what they would cost by the relay's catalog (`_relaycatalog`).
Nothing is sent: the catalog, when given, was read beforehand."""

from __future__ import annotations

import collections
import json
from collections.abc import Iterable, Mapping
from typing import Any

from attrs import frozen

from videotask._errors import InvalidRequest
from videotask._relaycatalog import Catalog

__all__ = ["Estimate", "estimate_batch", "estimate_text"]

NO_MODEL = "(no model)"


@frozen
class Estimate:
    family: str
    tasks: Mapping[str, int]  # model -> lines that would create a task on it
    per_call: Mapping[str, float | None]  # model -> its price per call in `group`, None: unknown
    group: str
    source: str | None  # the catalog's URL, None: no catalog could be read

    @property
    def total(self) -> float | None:
        """The estimated cost of the whole batch; None ("unknown") when any model's price is unknown."""
        if any(price is None for price in self.per_call.values()):
            return None
        return round(sum(n * (self.per_call[m] or 0.0) for m, n in self.tasks.items()), 9)


def estimate_batch(
    family: str,
    bodies: Iterable[str | Mapping[str, Any]],
    *,
    route: str | None = None,
    catalog: Catalog | None = None,
    group: str = "default",
) -> Estimate:
    """The batch `run_batch` would run on `bodies`, priced by `catalog` (its per-call prices in `group`).
    InvalidRequest naming every line that breaks the submit schema (or that `read_lines` refuses: ValueError)."""
    from videotask._batch import read_lines
    from videotask._families import family as resolve_family
    from videotask._http import Settings
    from videotask._submit import prepare

    fam = resolve_family(family)
    settings = Settings("http://127.0.0.1", {}, 0, "strict", None)  # prepare builds a request it never sends
    tasks: collections.Counter[str] = collections.Counter()
    broken: list[str] = []
    violations = []
    for line in read_lines(bodies):
        body = json.loads(line.body)
        try:
            prepare(fam, body, route, settings)
        except InvalidRequest as exc:
            broken.append(f"line {line.line}: {exc}")
            violations += exc.violations
            continue
        model = body.get("model")
        tasks[model if isinstance(model, str) and model else NO_MODEL] += 1
    if broken:
        more = f" (and {len(broken) - 5} more lines)" if len(broken) > 5 else ""
        raise InvalidRequest("; ".join(broken[:5]) + more, violations=violations)
    prices: dict[str, float | None] = {}
    for model in tasks:
        found = catalog.model(model) if catalog is not None else None
        prices[model] = None if found is None or catalog is None else catalog.price(found, group)
    return Estimate(family, dict(tasks), prices, group, catalog.source if catalog is not None else None)


def _money(value: float | None) -> str:
    return "unknown" if value is None else str(round(value, 6))


def estimate_text(estimate: Estimate) -> str:
    """The dry run's report: tasks and cost per model, then the total."""
    rows = [("MODEL", "TASKS", "PER CALL", "COST")]
    for model, n in sorted(estimate.tasks.items()):
        price = estimate.per_call[model]
        rows.append((model, str(n), _money(price), _money(None if price is None else n * price)))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[3] for row in rows]
    where = f"group {estimate.group}, {estimate.source}" if estimate.source else "the relay's catalog could not be read"
    lines += ["", f"{sum(estimate.tasks.values())} tasks on {estimate.family}, nothing sent",
              f"estimated cost: {_money(estimate.total)} ({where})"]  # fmt: skip
    return "\n".join(lines)
