"""Wrappers: `specs/wrappers/<wrapper>.yaml`, the answer shapes relays put around an upstream's answer (new-api's
task envelope keeps it in data.data) or in its place (new-api's OpenAI-style video object).

A family names the wrappers its routes may answer in; `wrap` derives the family's reading from its own override
and theirs, so a wrapper's words and paths are written once, in its file, and the upstream's paths inside a
wrapper are derived, never written by hand. The reader then takes whichever shape a body has: a wrapped body has
none of the upstream's own top-level paths, a raw body none of the wrapper's.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
from attrs import field, frozen

from videotask._task import TaskState
from videotask.definitions._check import problems

if TYPE_CHECKING:
    from videotask.definitions._override import Override, Path

__all__ = ["Wrapper", "parse_wrapper", "wrap"]


@frozen
class Wrapper:
    name: str
    title: str
    sources: tuple[str, ...]
    signature: tuple[Path, ...]  # present in every answer in this wrapper
    body: Path | None  # where the upstream's own answer is kept; None: the wrapper replaces it
    status_fields: tuple[Path, ...]
    status_values: Mapping[str, TaskState]
    fields: Mapping[str, tuple[Path, ...]]
    example: Any = field(default=None, eq=False, repr=False)  # one real answer in this wrapper

    def word(self, state: TaskState) -> str | None:
        """The wrapper's first word for `state` (None: it has none, as new-api's envelope has no cancelled)."""
        return next((raw for raw, said in self.status_values.items() if said is state), None)

    def wrap(
        self, upstream: Any, state: TaskState, task_id: str, progress: int | None = None, url: str | None = None
    ) -> Any:
        """`upstream`'s answer as this wrapper would carry it (the MockGateway's wrapped answers): its example,
        with the task's id and the wrapper's word for `state`. A wrapper that keeps the upstream body gets it in
        its place, with its own URL and error fields empty, so they are read from the kept body; one that
        replaces the body carries only `url`, the one the upstream answer gave."""
        body = copy.deepcopy(self.example)
        word = self.word(state)
        if not isinstance(body, dict) or word is None:
            raise ValueError(f"wrapper {self.name} cannot carry a {state.value} upstream answer")
        for name, value in (("status", word), ("task_id", task_id)):
            for path in self.status_fields[:1] if name == "status" else self.fields.get(name, ())[:1]:
                _put(body, path, value)
        for path in self.fields.get("progress", ())[:1]:
            _put(body, path, "" if progress is None else f"{progress}%")
        if self.body is None:
            for path in self.fields.get("video_url", ())[:1]:
                _put(body, path, url or "")
            return body
        for path in (*self.fields.get("video_url", ()), *self.fields.get("error", ())):
            _put(body, path, "")
        _put(body, self.body, upstream)
        return body

    def recognises(self, body: Any) -> bool:
        """Whether `body` is in this wrapper: every signature path is present."""
        from videotask._paths import walk  # the one JSON-path walker

        return all(walk(body, path) is not None for path in self.signature)


def _put(body: Any, path: Path, value: Any) -> None:
    from videotask._paths import locate  # the one JSON-path walker

    found = locate(body, path, present=False)
    if found is not None:
        found[0][found[1]] = value


def parse_wrapper(data: Any, name: str) -> tuple[Wrapper | None, list[str]]:
    from videotask.definitions._override import parse_path, parse_paths

    errors = problems("wrapper", data, f"wrapper {name}")
    if errors:
        return None, errors
    if data["wrapper"] != name:
        return None, [f"wrapper {name}: wrapper: must be {name!r}, the file's name"]

    return Wrapper(
        name=name,
        title=str(data.get("title") or name),
        sources=tuple(data["sources"]),
        signature=parse_paths(data["signature"]),
        body=parse_path(data["body"]) if "body" in data else None,
        status_fields=parse_paths(data["status"]["fields"]),
        status_values={str(k): TaskState(v) for k, v in data["status"]["values"].items()},
        fields={k: parse_paths(v) for k, v in data["fields"].items()},
        example=data.get("example"),
    ), []


def wrap(own: Override, wrappers: Sequence[Wrapper]) -> tuple[Override, list[str]]:
    """The family's reading with its wrappers: for each field, the family's own paths, then each wrapper's, then
    its own inside each wrapper that keeps the upstream body. A word two files give different meanings is an
    error, not a silent choice."""
    if not wrappers:
        return own, []
    errors: list[str] = []
    values = dict(own.status_values)
    lookup = {raw.casefold(): state for raw, state in values.items()}
    for wrapper in wrappers:
        for raw, state in wrapper.status_values.items():
            known = lookup.get(raw.casefold())
            if known is not None and known is not state:
                errors.append(
                    f"{own.family}: status {raw!r} means {known.value} to the family but {state.value} to wrapper "
                    f"{wrapper.name}"
                )
            elif known is None:
                values[raw] = lookup[raw.casefold()] = state

    # A family whose own status field is the wrapper's answers in the wrapper itself (its own paths are the
    # wrapper's level): nothing of it sits inside the wrapper's kept body.
    nesting = [w.body for w in wrappers if w.body is not None and not set(w.status_fields) & set(own.status_fields)]

    def derived(mine: tuple[Path, ...], field: str | None) -> tuple[Path, ...]:
        """The family's own paths, then `field` of each wrapper (None: its status fields), then the own paths
        inside each wrapper that keeps the upstream body. A raw body has none of a wrapper's paths and a wrapped
        one none of the upstream's top-level ones, so the order decides little; the reader ranks a terminal
        wrapper word above a stale nested one whatever the order; and the own status field stays the first, the
        one the spec's status enum is named after."""
        found = list(mine)
        for wrapper in wrappers:
            found += wrapper.status_fields if field is None else wrapper.fields.get(field, ())
        for body in nesting:
            found += [body + path for path in mine]
        return tuple(dict.fromkeys(found))  # in order, once each

    fields = {name: derived(paths, name) for name, paths in own.fields.items()}
    status_fields = derived(own.status_fields, None)
    words: dict[Path, tuple[str, ...]] = {}
    sources = [(own.status_fields, own.status_values)]
    sources += [(w.status_fields, w.status_values) for w in wrappers]
    sources += [(tuple(body + path for path in own.status_fields), own.status_values) for body in nesting]
    for paths, said in sources:
        for path in paths:
            words[path] = tuple(dict.fromkeys([*words.get(path, ()), *said]))
    return attrs.evolve(
        own,
        status_fields=status_fields,
        status_values=values,
        status_lookup=lookup,
        fields=fields,
        unwrapped=own,
        status_words=words,
    ), errors
