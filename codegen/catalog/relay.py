"""`codegen import DOC --relay NAME`: a pasted doc's operation as a route of an existing family on the user's relay.

The doc's upstream (catalog match on route, vocabulary and example) names the family whose `upstream:` it is; the
family's own routes of the same role pick it among several, and its route name (kling: text2video). The route goes
into specs/relays/NAME.yaml (comments and other families kept), and is then tried: a Gateway on that relay asks it
against a mock transport and must read the upstream's real answer, raw and in each wrapper the family names, to
the upstream's state and URL.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from attrs import frozen

from codegen.catalog import Upstream, keys_of, match
from videotask.definitions import PLACEHOLDERS, Shape, value_at

__all__ = [
    "Placement",
    "Reading",
    "add_reading",
    "add_route",
    "new_family_name",
    "onboard",
    "place",
    "placements_of_new",
]

_ID_NAMES = ("task_id", "id", "taskId", "job_id", "jobId", "generation_id", "request_id", "uuid")
_SEGMENT = re.compile(r"[^/?]+")
_READ_HERE = ("video_url", "progress", "error")  # the fields a relay's answers may hold elsewhere, proposed from a doc


@frozen
class Reading:
    """What the doc's answers add to the family's reading on the relay, each with why (the relay file's
    `status` and `fields` under the family; see videotask.definitions.RelayReading)."""

    words: tuple[tuple[str, str, str], ...] = ()  # (word, state, why)
    status_fields: tuple[tuple[str, str], ...] = ()  # (path, why)
    fields: tuple[tuple[str, str, str], ...] = ()  # (field name, path, why)
    lines: tuple[str, ...] = ()  # the report


@frozen
class Placement:
    """Where the doc's operation goes on the relay: `line` is the relay file's route (None: it cannot go)."""

    family: str | None
    role: str
    name: str | None  # the family's route name, where it has several routes for the role
    line: str | None
    lines: tuple[str, ...]  # the report: how each was decided, every doc word the family does not read
    reading: Reading = Reading()  # what the doc's answers add to the family's reading there


def _overrides(specs: Path) -> dict[str, dict[str, Any]]:
    from videotask.definitions import families, load_yaml

    return {name: load_yaml(specs / "overrides" / f"{name}.yaml") or {} for name in families(specs)}


def _literal(path: str) -> list[str]:
    return [s for s in _SEGMENT.findall(path.lower()) if not s.startswith(("{", ":")) and not re.fullmatch(r"v\d+", s)]


def _shape_of(path: str) -> str:
    return re.sub(r"\{\w+\}|=[^&]*", "{}", path)


def _likeness(a: str, b: str) -> int:
    """Literal segments two routes share (placeholders and version segments aside)."""
    return len(set(_literal(a)) & set(_literal(b)))


def _choose(
    overrides: dict[str, dict[str, Any]], shape: Upstream | None, role: str, path: str, family: str | None
) -> tuple[str | None, str | None, str]:
    """(family, route name, why): the family given, else the families on the matched upstream (or wrapper), else
    every family; among them the one whose own route of this role is most like the doc's."""
    own = [
        (f, op.get("route"))
        for f, o in overrides.items()
        for op in o.get("operations") or ()
        if op.get("role") == role and _shape_of(str(op.get("path", ""))) == _shape_of(path)
    ]
    if family is not None:
        pool, why = ([family] if family in overrides else []), "--family"
    elif len({f for f, _ in own}) == 1:  # the doc's route is a family's own: that family, whatever it answers
        return (
            own[0][0],
            own[0][1] if len([op for op in overrides[own[0][0]]["operations"] if op.get("role") == role]) > 1 else None,
            "the route is its own",
        )
    elif shape is not None and shape.kind == "upstreams":
        pool = [f for f, o in overrides.items() if o.get("upstream") == shape.name]
        why = f"its upstream is {shape.name} ({shape.file})"
    elif shape is not None:
        pool = [f for f, o in overrides.items() if shape.name in (o.get("wrappers") or ())]
        why = f"its answers come in wrapper {shape.name} ({shape.file})"
    else:
        return None, None, "no known upstream or wrapper matches its route, words or answer"
    scored = []
    for family in pool:
        ops = [op for op in overrides[family].get("operations") or () if op.get("role") == role]
        for op in ops or [{}]:
            scored.append((_likeness(path, str(op.get("path", ""))), family, op.get("route") if len(ops) > 1 else None))
    scored.sort(key=lambda s: -s[0])
    if not scored:
        return None, None, f"{why}: no such family"
    best = scored[0]
    ties = sorted({s[1] for s in scored if s[0] == best[0]} - {best[1]})
    if ties:
        why += f"; as like the doc's route: {', '.join(ties)} (chose {best[1]}; pass --family to choose)"
    return best[1], best[2], why


def _route_line(method: str, path: str, op: dict[str, Any], role: str) -> tuple[str | None, str]:
    """The relay file's route for the doc's operation, with `{task_id}` (`{file_id}`) where the doc puts the id."""
    mark = PLACEHOLDERS.get(role)
    if mark is None:
        return (None, f"{path} has a path parameter: a submit takes none") if "{" in path else (f"{method} {path}", "")
    in_path = re.findall(r"\{(\w+)\}", path)
    if len(in_path) == 1:
        return (
            f"{method} {path.replace('{' + in_path[0] + '}', '{' + mark + '}')}",
            f"the id in the path ({in_path[0]})",
        )
    if in_path:
        return None, f"{path} takes {len(in_path)} path parameters ({', '.join(in_path)}); a relay route takes one id"
    query = [p["name"] for p in op.get("parameters", []) if p.get("in") == "query"]
    name = next((n for n in (*_ID_NAMES, mark) if n in query), query[0] if len(query) == 1 else None)
    if name is not None:
        return f"{method} {path}?{name}={{{mark}}}", f"the id in the query string ({name})"
    body = ((op.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema") or {}
    props = body.get("properties") or {}
    name = next((n for n in (*_ID_NAMES, mark) if n in props), None)
    if name is not None:
        template = json.dumps({name: "{" + mark + "}"}, ensure_ascii=False)
        return f"{method} {path} {template}", f"the id in the JSON body ({name})"
    return None, f"{method} {path} says nowhere where the id goes (no path, query or body parameter)"


def _doc_words(op: dict[str, Any], spec: dict[str, Any]) -> tuple[list[str], list[str], list[Any]]:
    """(status paths, status words, example bodies) of the doc's answers."""
    from codegen.catalog.scaffold import _status, status_enums

    bodies = [
        e["value"]
        for response in op["responses"].values()
        for media in (response.get("content") or {}).values()
        for e in (media.get("examples") or {}).values()
        if not str(e.get("summary", "")).startswith("catalog:")
    ]
    paths, rows = _status(bodies, status_enums(spec), None)
    return paths, [word for word, _, _ in rows], bodies


def place(spec: dict[str, Any], shapes: dict[str, Upstream], specs: Path, family: str | None) -> list[Placement]:
    """One placement per operation of the doc's cleaned spec."""
    from codegen.readers._page import role_of
    from videotask.definitions import load_override, load_wrapper

    overrides = _overrides(specs)
    placed = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            where = f"{method.upper()} {path}"
            query = tuple(p["name"] for p in op.get("parameters", []) if p.get("in") == "query" and p.get("required"))
            own_roles = {
                str(o.get("role"))
                for spec_of in overrides.values()
                for o in spec_of.get("operations") or ()
                if str(o.get("method", "")).upper() == method.upper()
                and _shape_of(str(o.get("path"))) == _shape_of(path)
            }  # a family's own route keeps its role there (minimax's file retrieve is its result call)
            role = own_roles.pop() if len(own_roles) == 1 else role_of(method.upper(), path, query)
            shape = shapes.get(where) or match(path, keys_of(op.get("responses") or {}))[0]
            lines: list[str] = []
            chosen, name, why = _choose(overrides, shape, role, path, family)
            if chosen is None:
                hint = (
                    "pass --family NAME to put it under an existing family, or --write to scaffold a new upstream "
                    "and family for it (every guess marked # REVIEW)"
                    if shape is None
                    else f"it matches {shape.file}: pass --family NAME of an existing family, or import it with "
                    "--family NEW --write (no --relay) to scaffold a family of its own"
                )
                lines.append(f"not placed {where}: {why}; {hint}")
                placed.append(Placement(None, role, None, None, tuple(lines)))
                continue
            line, how = _route_line(method.upper(), path, op, role)
            lines.append(f"family    {chosen} ({role}{f', route {name}' if name else ''}): {why}")
            lines.append(f"route     {line}: {how}" if line else f"not placed {where}: {how}")
            declaration, _ = load_override(chosen, specs)
            reading = Reading()
            if declaration is not None and role == "query":
                reading = _reading(op, spec, declaration, chosen)
                lines += reading.lines
                for body in _doc_words(op, spec)[2]:
                    for wrapper_name in _all_wrappers(specs):
                        wrapper, _ = load_wrapper(wrapper_name, specs)
                        if wrapper is not None and wrapper.recognises(body):
                            read = "the family reads it" if wrapper_name in declaration.wrappers else "NOT read by it"
                            lines.append(f"wrapper   the doc's answer comes in {wrapper_name} ({read})")
            placed.append(Placement(chosen, role, name, line, tuple(lines), reading))
    return placed


def new_family_name(spec: dict[str, Any]) -> str:
    """A name for the family (and upstream) of a doc nobody knows: the first word of its first route that is not a
    version or `api` (`/nebula/v1/tasks/{id}` -> nebula)."""
    words = [w for path in spec["paths"] for w in _literal(path) if w not in ("api", "openapi")]
    return re.sub(r"[^a-z0-9_]", "_", words[0]).strip("_") if words else "upstream"


def placements_of_new(spec: dict[str, Any], family: str) -> list[Placement]:
    """The doc's operations as routes of a new family on the relay: each where the doc puts it."""
    from codegen.readers._page import role_of

    placed = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            query = tuple(p["name"] for p in op.get("parameters", []) if p.get("in") == "query" and p.get("required"))
            role = role_of(method.upper(), path, query)
            line, how = _route_line(method.upper(), path, op, role)
            said = f"route     {line}: {how}" if line else f"not placed {method.upper()} {path}: {how}"
            placed.append(Placement(family, role, None, line, (f"family    {family} ({role}): new", said)))
    return placed


def _all_wrappers(specs: Path) -> tuple[str, ...]:
    from videotask.definitions import wrappers

    return wrappers(specs)


def _reading(op: dict[str, Any], spec: dict[str, Any], declaration: Any, family: str) -> Reading:
    """What the doc's answers say that the family's reading does not: its status words (each with a guessed
    meaning: the word's usual one, else `unknown`), its status fields, and the paths of the URL, progress, error
    and id where the family's paths find nothing in the doc's answers. All of it goes into the relay file, marked
    # REVIEW: said, never dropped, and no unknown word becomes a known state unseen."""
    from codegen.catalog.scaffold import _fields, _general

    paths, words, bodies = _doc_words(op, spec)
    known = {re.sub(r"\.\d+", "", ".".join(str(p) for p in path)) for path in declaration.status_fields}
    status_fields = tuple(
        (p, "the doc's answers carry the status here") for p in paths if re.sub(r"\.\d+", "", p) not in known
    )
    added = []
    for word in words:
        if declaration.state_of(word) is None:
            general = _general(word)
            added.append(
                (word, general, "the word's usual meaning")
                if general
                else (word, "unknown", "no known meaning: decide")
            )
    fields = []
    for name, (found, _) in _fields(bodies, None).items():
        if name not in _READ_HERE or any(
            value_at(body, p) is not None for body in bodies for p in declaration.fields[name]
        ):
            continue  # the family's own paths are in the doc's answers
        found = [p for p in found if not p.endswith(".message") and p != "message"]  # an envelope's note, most often
        if found:
            fields.append((name, found[0], "named like it in the doc's answers, where the family's paths are not"))
    lines = [
        f"adds      the doc's status word {w} (means {s}: {why}) to {family}'s reading on this relay"
        for w, s, why in added
    ]
    lines += [f"adds      the doc's status field {p} to {family}'s reading on this relay" for p, _ in status_fields]
    lines += [f"adds      the doc's {n} at {p} to {family}'s reading on this relay" for n, p, _ in fields]
    if bodies and not words:
        lines.append(f"note      the doc's answers name no status word; keys: {', '.join(sorted(keys_of(bodies[0])))}")
    return Reading(tuple(added), status_fields, tuple(fields), tuple(lines))


def add_route(text: str | None, relay: str, placement: Placement) -> tuple[str, str]:
    """The relay file's text with the placement's route added under its family and role (comments, other families
    and other roles kept), and what was done."""
    family, role, name = str(placement.family), placement.role, placement.name
    route = "'" + str(placement.line).replace("'", "''") + "'"
    if text is None:
        text = f"relay: {relay}\ntitle: {relay}\nsources: []\nfamilies:\n"
    lines = text.splitlines()
    start = _find(lines, r"families:", 0, 0, len(lines))
    if start is None:
        lines.append("families:")
        start = len(lines) - 1
    end = _block_end(lines, start, 0)
    at = _find(lines, re.escape(family) + ":", 2, start + 1, end)
    entry = [f"    {role}:", f"      {name}: {route}"] if name else [f"    {role}: {route}"]
    if at is None:
        lines[end:end] = [f"  {family}:", *entry]
        return _text(lines), f"added {family}.{role}{f'.{name}' if name else ''}: {placement.line}"
    family_end = _block_end(lines, at, 2)
    role_at = _find(lines, re.escape(role) + ":", 4, at + 1, family_end)
    if role_at is None:
        lines[family_end:family_end] = entry
        return _text(lines), f"added {family}.{role}{f'.{name}' if name else ''}: {placement.line}"
    role_end = _block_end(lines, role_at, 4)
    inline = lines[role_at].split(":", 1)[1].split(" #", 1)[0].strip()
    if name and not inline:  # a block of named routes: replace or add the named one
        named = _find(lines, re.escape(name) + ":", 6, role_at + 1, role_end)
        if named is None:
            lines[role_end:role_end] = entry[1:]
            return _text(lines), f"added {family}.{role}.{name}: {placement.line}"
        old = lines[named].split(":", 1)[1].split(" #", 1)[0].strip()
        if old.strip("'\"") == placement.line:
            return _text(lines), f"kept {family}.{role}.{name}: {placement.line} (already there)"
        lines[named] = entry[1]
        return _text(lines), f"replaced {family}.{role}.{name} (was {old}): {placement.line}"
    old = inline or " ".join(s.strip() for s in lines[role_at + 1 : role_end])
    if old.strip("'\"") == placement.line:
        return _text(lines), f"kept {family}.{role}: {placement.line} (already there)"
    lines[role_at:role_end] = entry
    return _text(lines), f"replaced {family}.{role} (was {old}): {placement.line}"


def add_reading(text: str, placement: Placement) -> tuple[str, list[str]]:
    """The relay file's text with what the doc's answers add to the family's reading written under the family
    (`status: {fields, values}`, `fields:`), each line marked # REVIEW with why; what is there already is kept,
    other lines and comments too. (text, what was done, one line each)."""
    from codegen.catalog.scaffold import yaml_paths

    reading, family = placement.reading, str(placement.family)
    lines = text.splitlines()
    done: list[str] = []
    start = _find(lines, "families:", 0, 0, len(lines))
    at = None if start is None else _find(lines, re.escape(family) + ":", 2, start + 1, _block_end(lines, start, 0))
    if at is None:
        return text, [f"not added {family}'s reading: the relay file has no entry for it"] if _any(reading) else []
    entries = [(("status", "values"), _yaml_key(word), state, why) for word, state, why in reading.words] + [
        (("fields",), name, path, why) for name, path, why in reading.fields
    ]
    if reading.status_fields:
        shown = yaml_paths([p for p, _ in reading.status_fields])
        entries.insert(0, (("status",), "fields", shown, reading.status_fields[0][1]))
    for keys, key, value, why in entries:
        where = ".".join((family, *keys, key))
        block, indent = at, 4
        for name in keys:  # find or open each block under the family
            end = _block_end(lines, block, indent - 2)
            found = _find(lines, re.escape(name) + ":", indent, block + 1, end)
            if found is None:
                lines[end:end] = [" " * indent + name + ":"]
                found = end
            elif lines[found].split(":", 1)[1].split(" #", 1)[0].strip():
                done.append(f"not added {where}: {value} ({'.'.join(keys)} is written on one line: add it by hand)")
                break
            block, indent = found, indent + 2
        else:
            end = _block_end(lines, block, indent - 2)
            if _find(lines, re.escape(key) + ":", indent, block + 1, end) is not None:
                done.append(f"kept {where} (already there)")
                continue
            lines[end:end] = [f"{' ' * indent}{key}: {value}  # REVIEW: {why}"]
            done.append(f"added {where}: {value} (# REVIEW: {why})")
    return _text(lines), done


def _any(reading: Reading) -> bool:
    return bool(reading.words or reading.status_fields or reading.fields)


def _yaml_key(word: str) -> str:
    """A status word as a YAML key that stays text (`"404"`, `"yes"`, `"on hold"` are quoted)."""
    import yaml

    plain = yaml.safe_load(f"{word}: x") if re.fullmatch(r"[A-Za-z_][\w-]*", word) else None
    return word if isinstance(plain, dict) and word in plain else json.dumps(word, ensure_ascii=False)


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _find(lines: list[str], key: str, indent: int, start: int, end: int) -> int | None:
    pattern = re.compile(" " * indent + key + r"(\s|$)")
    return next((i for i in range(start, end) if pattern.match(lines[i])), None)


def _block_end(lines: list[str], at: int, indent: int) -> int:
    """The index after the last line of the block opened at `at` (trailing blank and comment lines excluded)."""
    last = at
    for i in range(at + 1, len(lines)):
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if len(line) - len(line.lstrip()) <= indent:
            break
        last = i
    return last + 1


def onboard(relay_file: Path, placement: Placement, specs: Path) -> tuple[bool, list[str]]:
    """Ask the placed query route through a Gateway on the relay, against a mock transport answering the
    upstream's real answer raw and in each of the family's wrappers: (all read right, one line per answer)."""
    import httpx

    from videotask import Gateway, TaskState
    from videotask.definitions import load_override, load_wrapper, parse_route

    family = str(placement.family)
    declaration, problems = load_override(family, specs)
    if declaration is None:
        return False, problems
    overrides = _overrides(specs)
    upstream_name = overrides[family].get("upstream")
    from codegen.catalog import load

    upstream = next((u for u in load(specs) if u.kind == "upstreams" and u.name == upstream_name), None)
    task_id = "task-onboard-7"
    answers: list[tuple[str, Any, TaskState, Any]] = []
    if upstream is not None and upstream.body:
        state = TaskState(upstream.meaning(str(value_at(upstream.body, upstream.status_field))) or "unknown")
        url = _first(upstream.body, upstream.fields.get("video_url", ()))
        if url is None and state is TaskState.SUCCEEDED and declaration.content_url:  # the file is on the gateway
            url = "https://relay.invalid" + declaration.content_url.replace("{task_id}", task_id)
        answers.append((f"{upstream.name}'s answer, raw", upstream.body, state, url))
        for name in declaration.wrappers:
            wrapper, _ = load_wrapper(name, specs)
            if wrapper is not None and wrapper.body is not None:
                answers.append((f"in {name}", wrapper.wrap(upstream.body, state, task_id), state, url))
    else:
        for name in declaration.wrappers:
            wrapper, _ = load_wrapper(name, specs)
            if wrapper is not None:
                state = wrapper.status_values.get(
                    str(value_at(wrapper.example, wrapper.status_fields[0])), TaskState.UNKNOWN
                )
                url = _first(wrapper.example, wrapper.fields.get("video_url", ()))
                answers.append((f"{name}'s answer", wrapper.example, state, url))
    if not answers:  # no upstream, no wrapper: the family's own real succeeded answer (specs/shapes)
        queries = [op for op in declaration.operations if op.role == "query"]
        asked = next((op for op in queries if op.route == placement.name), queries[0]).id
        shapes, problems = _shapes(declaration, specs)
        shape = next((x for x in shapes if x.state is TaskState.SUCCEEDED and x.operation == asked), None)
        if shape is None:
            why = "; ".join(problems) or "no upstream, wrapper or shape"
            return False, [f"onboard   {family}: not tried: no real answer known ({why})"]
        answers.append((f"{family}'s shape {shape.name}", shape.body, TaskState.SUCCEEDED, ...))  # ...: any URL
    role_route = parse_route("query", placement.name, str(placement.line))
    want_method, want_path, want_body = role_route.request(task_id)
    result = _result_answer(declaration, specs)
    if result is not None:  # the URL comes from the result call's answer (minimax: the file's download_url)
        answers = [
            (label, body, state, result[1] if state is TaskState.SUCCEEDED else url)
            for label, body, state, url in answers
        ]
    ok, lines = True, []
    for label, body, state, url in answers:
        seen: list[httpx.Request] = []

        def answer(request: httpx.Request, body: Any = body, seen: list[httpx.Request] = seen) -> httpx.Response:
            seen.append(request)
            return httpx.Response(200, json=result[0] if result is not None and len(seen) > 1 else body)

        transport = httpx.MockTransport(answer)
        with Gateway(
            "https://relay.invalid", "sk-onboard", relay=str(relay_file), transport=transport, validation="off"
        ) as gw:
            try:
                task = gw.get(family, task_id, **({"route": placement.name} if placement.name else {}))
            except Exception as exc:  # any failure is the check's answer, said in one line
                ok = False
                lines.append(f"onboard   {label}: FAILED: {type(exc).__name__}: {exc}")
                continue
        first = seen[0]
        asked = first.url.raw_path.decode()
        sent = json.loads(first.content) if first.content else None
        problems = []
        if (first.method, asked, sent) != (want_method, want_path, want_body):
            problems.append(f"asked {first.method} {asked} {sent or ''}, the doc says {want_method} {want_path}")
        if task.state is not state or (not task.video_url if url is ... else task.video_url != url):
            problems.append(f"read {task.state.value} {task.video_url}, expected {state.value} {url}")
        ok = ok and not problems
        verdict = "; ".join(problems) or f"{task.state.value}, {task.video_url}"
        lines.append(f"onboard   {label}: {first.method} {asked} -> {'FAILED: ' if problems else ''}{verdict}")
    return ok, lines


def _shapes(declaration: Any, specs: Path) -> tuple[tuple[Shape, ...], list[str]]:
    """The family's real answers, written from public definitions: its upstream's (specs/upstreams), then its own
    (specs/shapes/<family>.yaml), read by the definitions' loader and their schemas: (shapes, every problem)."""
    from videotask.definitions import load_shapes

    return load_shapes(declaration, specs)


def _result_answer(declaration: Any, specs: Path) -> tuple[Any, Any] | None:
    """(the family's real answer to its result call, the URL in it), None without a result call."""
    if declaration.result is None:
        return None
    shapes, _ = _shapes(declaration, specs)  # a broken file: no answer known, said by make gen
    body = next((s.body for s in shapes if s.operation == declaration.result.operation), None)
    if body is None:
        return None
    return body, _first(body, declaration.result.url)


def _first(body: Any, paths: Any) -> Any:
    """The first value present (not empty) at `paths`, dotted or parsed."""
    return next(filter(None, (value_at(body, path) for path in paths)), None)
