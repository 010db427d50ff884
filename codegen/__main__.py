"""python -m codegen {gen, import, changes}.

gen [--force] [FAMILY...]   raw docs -> specs/<family>.yaml (+ report) -> generated/<family>/;
                            only what changed, unless --force; prints what a changed spec means for users
import PATH [--family NAME --write] | PATH --relay NAME [--write] | --check PATH...
                            print the cleaned spec for one raw doc (report on stderr); --write scaffolds a
                            family from it; --relay puts its route on a relay (specs/relays/NAME.yaml with
                            --write, with the words and paths the family does not read added under it) and
                            tries it, or, for an upstream nobody knows, scaffolds specs/upstreams/NAME.yaml
                            and a family on it; --check imports every doc and prints one line each, with
                            whether its route works on a relay
                            (every guess written is marked # REVIEW; gen names each file holding one)
changes [--check]           the specs' changes against HEAD; --check: every breaking change since
                            specs/CHANGELOG.md was added must be listed there (committed), else exit 1
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codegen.stamp import ROOT, families, fingerprint, load_keys, recorded_key, save_keys

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from codegen.diff import Change
    from codegen.pipeline import FamilyBuild

EXIT_FAILED, EXIT_UNREADABLE = 1, 2


def _gen(selected: list[str], force: bool) -> int:
    from codegen.share import PACKAGE

    known = families(ROOT)
    if PACKAGE in known:
        print(f"codegen: specs/overrides/{PACKAGE}.yaml: {PACKAGE!r} is the shared models' package; rename the family",
              file=sys.stderr)  # fmt: skip
        return EXIT_UNREADABLE
    unknown = [f for f in selected if f not in known]
    if unknown:
        print(f"codegen: unknown family {', '.join(unknown)} (known: {', '.join(known)})", file=sys.stderr)
        return EXIT_UNREADABLE
    started = time.perf_counter()
    chosen = selected or known
    steps: dict[str, list[str]] = {family: [] for family in chosen}  # what was regenerated; failed: removed
    stale_specs, stamp, stamped = _stale_specs(chosen, known, force)
    from codegen.generate import client_is_current, write_shared_spec

    errors: list[str] = []
    if stale_specs:
        with _pool() as pool:
            errors += _write_specs(pool, stale_specs, steps)
    if not stamped:  # the shapes the families share, from their specs as they are now
        write_shared_spec(ROOT, [f for f in known if (ROOT / "specs" / f"{f}.yaml").exists()])
    # the shared package, then each family whose client is out of date: a changed shared spec reaches families not
    # chosen too, since their re-exports name its classes; a family whose spec failed keeps its old client
    failed = set(chosen) - set(steps)
    forced = {PACKAGE, *chosen} if force else set()
    candidates = [PACKAGE, *chosen, *([] if stamped else [f for f in known if f not in chosen])]
    todo = [p for p in candidates if p not in failed and (p in forced or not client_is_current(ROOT, p))]
    if todo:
        steps = {PACKAGE: [], **steps} if PACKAGE in todo else steps  # said first, as it is generated first
        with _pool() as pool:
            errors += _regenerate_clients(pool, todo, steps)
    # a stamped fingerprint covers specs/relays too: they were checked when it was made, and none is made while a
    # relay file is broken
    relays = [] if stamped else relay_problems(ROOT, known)
    if not relays:
        stamp()
    errors += relays
    for family, done in steps.items():
        print(f"{family}: {' and '.join(done) + ' regenerated' if done else 'up to date'}")
    if any(steps.values()):
        print(f"regenerated in {time.perf_counter() - started:.1f}s")
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    for guess in review_marks(ROOT):  # said on every run, stamped or not, until a person has checked it
        print(f"review: {guess}", file=sys.stderr)
    return EXIT_FAILED if errors else 0


def relay_problems(root: Path, known: list[str]) -> list[str]:
    """Every problem of every relay file (specs/relays/*.yaml), one line each naming the file and the route: its
    shape, its routes, and each word it adds to a family's reading that the family (or a wrapper) means otherwise."""
    from videotask.definitions import load_override, on_relay, read_relay, relays

    found: list[str] = []
    for name in relays(root / "specs"):
        path = root / "specs" / "relays" / f"{name}.yaml"
        relay, problems = read_relay(path.read_text(encoding="utf-8"), name, tuple(known))
        for family in relay.readings if relay is not None else ():
            override, errors = load_override(family, root / "specs")
            if override is not None and relay is not None:
                errors = on_relay(override, relay, root / "specs")[1]
            problems += errors
        found += [f"{path.relative_to(root)}: {problem}" for problem in problems]
    return found


REVIEWED_KINDS = ("overrides", "upstreams", "wrappers", "relays")  # the data a guess written by a tool may sit in


def review_marks(root: Path) -> list[str]:
    """One line per data file still holding a guess marked `# REVIEW` (the importer's and discover's): `make gen`
    builds on them, so the import works at once, and names them on every run until a person has checked each and
    deleted its mark: no guess passes unseen for a decision."""
    found = []
    for kind in REVIEWED_KINDS:
        for path in sorted((root / "specs" / kind).glob("*.yaml")):
            marked = [
                n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "# REVIEW" in line
            ]
            if marked:
                shown = ", ".join(map(str, marked[:8])) + (", ..." if len(marked) > 8 else "")
                found.append(
                    f"{path.relative_to(root)}: {len(marked)} guess(es) marked # REVIEW (line {shown}): check each "
                    "against the doc and delete its mark"
                )
    return found


def _stale_specs(chosen: list[str], known: list[str], force: bool) -> tuple[list[str], Callable[[], None], bool]:
    """The families whose recorded key is not their inputs' key (all with force), what stamps the keys once
    their specs are written, and whether the inputs were stamped already (nothing to compute or check). Keys
    stamped with the same fingerprint of the inputs are not computed again."""
    before = fingerprint(ROOT)
    stamped = load_keys(ROOT, before)
    recorded = {family: recorded_key(ROOT / "specs" / f"{family}.yaml") for family in chosen}
    if not force and all(recorded[family] is not None and stamped.get(family) == recorded[family] for family in chosen):
        return [], lambda: None, True
    from codegen.pipeline import inputs_sha256

    keys = {family: inputs_sha256(ROOT, family) for family in known}  # all: the next run may choose others

    def stamp() -> None:  # only if no input changed meanwhile: then these are the keys of `before`
        if fingerprint(ROOT) == before:
            save_keys(ROOT, before, keys)

    return [family for family in chosen if force or recorded[family] != keys[family]], stamp, False


def _pool() -> ProcessPoolExecutor:
    """Workers for specs and clients, as many as there are cores; forked, they start with what this process has
    imported and parsed, and each generates several clients, importing openapi-python-client once."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    return ProcessPoolExecutor(max_workers=os.cpu_count() or 2, mp_context=context)


def _write_specs(pool: ProcessPoolExecutor, stale_specs: list[str], steps: dict[str, list[str]]) -> list[str]:
    """Build the `stale_specs` at once, then write each (and print what it changes) in order; a family whose spec
    fails leaves `steps`."""
    from codegen.pipeline import build_family

    builds = {family: pool.submit(build_family, ROOT, family) for family in stale_specs}
    errors = []
    for family, build in builds.items():
        failures = _write_spec(build.result())
        if failures:
            errors += failures
            del steps[family]
        else:
            steps[family].append("spec")
    return errors


def _regenerate_clients(pool: ProcessPoolExecutor, packages: list[str], steps: dict[str, list[str]]) -> list[str]:
    """Generate the clients of `packages`, each checked against its spec's examples: the shared models first
    (the families' re-exports import them), then the families at once."""
    from codegen.generate import regenerate_client
    from codegen.share import PACKAGE

    errors: list[str] = []
    for batch in ([p for p in packages if p == PACKAGE], [p for p in packages if p != PACKAGE]):
        clients = {package: pool.submit(regenerate_client, ROOT, package) for package in batch}
        for package, client in clients.items():
            failures = client.result()
            if failures:
                errors += failures
                steps.pop(package, None)
            else:
                steps.setdefault(package, []).append("client")
    return errors


def _write_spec(built: FamilyBuild) -> list[str]:
    """Print what a built spec changes for users, then write it and its report."""
    from codegen.changelog import changes_since_head

    if built.errors:
        return built.errors
    family = built.family
    _print_changes(changes_since_head(ROOT, family, built.spec_text))
    (ROOT / "specs" / f"{family}.yaml").write_text(built.spec_text, encoding="utf-8", newline="\n")
    report_path = ROOT / "specs" / "reports" / f"{family}.md"
    report_path.parent.mkdir(exist_ok=True)
    report_path.write_text(built.report_text, encoding="utf-8", newline="\n")
    return []


def _print_changes(changes: list[Change]) -> None:
    if changes:
        print(f"{changes[0].family}: what the regenerated spec changes for users (against HEAD):")
    for change in changes:
        print(f"  {'BREAKING' if change.breaking else 'change  '}  {change.line()}")


def _changes(check: bool, root: Path) -> int:
    from codegen.changelog import CHANGELOG, HistoryError, changes_since_head, unacknowledged

    if not check:
        for spec_path in sorted((root / "specs").glob("*.yaml")):
            _print_changes(changes_since_head(root, spec_path.stem, spec_path.read_text(encoding="utf-8")))
        return 0
    try:
        missing = unacknowledged(root)
    except HistoryError as exc:
        print(f"codegen changes: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if not missing:
        print(f"changes: every breaking spec change is acknowledged in {CHANGELOG}")
        return 0
    print(f"changes: {len(missing)} breaking spec change(s) not acknowledged in {CHANGELOG}:", file=sys.stderr)
    for where, change in missing:
        print(f"  {change.line()}    [{where}]", file=sys.stderr)
    print(f"Tell users: add each line above to {CHANGELOG} and commit it.", file=sys.stderr)
    return EXIT_FAILED


def _import_one(path: Path) -> tuple[Any, list[str], list[str], Any]:
    """(spec, report lines, gate failures, judged doc); raises ReadError for a file that is no doc."""
    from codegen import gates
    from codegen.catalog.apply import judge
    from codegen.readers import read_doc
    from codegen.spec import build_spec

    judged = judge(read_doc(path))
    spec, findings = build_spec([judged.doc], None)
    lines = list(judged.lines)
    lines += [
        f"{f.kind:<9} {f.where}: {f.what}"
        for f in findings
        if f.kind in {"contradiction", "warning"} and f not in judged.doc.findings
    ]
    failures = gates.openapi_valid(spec) + gates.examples_valid(spec) + gates.cleanliness(spec)
    return spec, lines, failures, judged


def _import_check(paths: list[Path], root: Path) -> int:
    """One line per doc (rendering, route, operations, examples, verdict; then the onboarding result: whether
    its query route, placed on a relay, reads its upstream's real answers), then a total."""
    from codegen import gates
    from codegen.model import ReadError

    files = sorted(p for path in paths for p in ([path] if path.is_file() else path.iterdir()) if p.is_file())
    counts = {"ok": 0, "catalog": 0, "failed": 0, "not a doc": 0}
    relay_counts = {"works": 0, "not tried": 0, "not placed": 0, "fails": 0}
    for path in files:
        try:
            spec, lines, failures, judged = _import_one(path)
        except ReadError as exc:
            counts["not a doc"] += 1
            print(f"{path.name}: not a doc: {str(exc).removeprefix(str(path) + ': ')}")
            continue
        ops = [f"{m.upper()} {p}" for p, item in spec["paths"].items() for m in item]
        examples = sum(1 for _ in gates.iter_examples(spec))
        from_catalog = sum(1 for line in lines if line.strip().startswith("catalog "))
        dropped = sum(1 for line in lines if line.startswith("dropped "))
        verdict = "FAILED" if failures else "ok, catalog shape" if from_catalog else "ok"
        counts["failed" if failures else "catalog" if from_catalog else "ok"] += 1
        on_relay = _on_relay_verdict(path, root)
        relay_counts[on_relay.split(" (", 1)[0].split(":", 1)[0]] += 1
        print(
            f"{path.name}: {judged.doc.rendering}; {ops[0]}{f' (+{len(ops) - 1} more)' if len(ops) > 1 else ''}; "
            f"{len(ops)} operation(s); {examples} example(s), {dropped} dropped; {verdict}; on a relay: {on_relay}"
        )
    print(f"total: {len(files)} doc(s): " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    print("on a relay: " + ", ".join(f"{n} {k}" for k, n in relay_counts.items()))
    return EXIT_FAILED if counts["failed"] or relay_counts["fails"] else 0


def _on_relay_verdict(path: Path, root: Path) -> str:
    """`works (family route; what the doc adds to the family's reading there)`, `not tried (a submit route)`,
    `not placed (why)` or `fails: what`: the doc's routes placed on a relay, its query route tried there."""
    ok, lines, placements = _placed_on_relay(path, "check", None, root, None)
    queries = [p for p in placements if p.role == "query"]
    placed = [p for p in placements if p.line]
    if not any(p.line for p in queries):
        if placed:
            routes = ", ".join(f"{p.family} {p.role}: {p.line}" for p in placed)
            return f"not tried ({routes}; only a query route is asked)"
        why = next((line.split(": ", 1)[1] for line in lines if line.startswith("not placed")), "no query route")
        scaffold = "; --write scaffolds a new upstream" if not any(p.family for p in placements) else ""
        return f"not placed ({why.split(';', 1)[0]}{scaffold})"
    if not ok:
        return "fails: " + "; ".join(
            line.split(": ", 1)[1] for line in lines if "FAILED" in line or "not placed" in line
        )
    shown = []
    for p in queries:
        if p.line:
            added = [w for w, _, _ in p.reading.words] + [x for x, _ in p.reading.status_fields]
            added += [name for name, _, _ in p.reading.fields]
            adds = f"; adds {', '.join(added)} to its reading, marked # REVIEW" if added else ""
            shown.append(f"{p.family}{f' {p.name}' if p.name else ''}: {p.line}{adds}")
    return "works (" + ", ".join(shown) + ")"


def _import(
    paths: list[Path], family: str | None, write: bool, check: bool, client: bool, root: Path, relay: str | None
) -> int:
    from codegen.emit import dump_yaml
    from codegen.model import ReadError

    if check:
        return _import_check(paths, root)
    if relay is not None:
        return _import_relay(paths, relay, family, write, root)
    if len(paths) != 1 or (write and not family):
        print("codegen import: give one doc (and --family NAME with --write)", file=sys.stderr)
        return EXIT_UNREADABLE
    path = paths[0]
    try:
        spec, lines, failures, judged = _import_one(path)
    except ReadError as exc:
        print(f"codegen import: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    sys.stdout.write(f"# Cleaned from {path} by `python -m codegen import` (general rules and the catalog).\n")
    sys.stdout.write(dump_yaml(spec))
    print(f"codegen import: report for {path}", file=sys.stderr)
    for line in lines:
        print(f"  {line}", file=sys.stderr)
    for failure in failures:
        print(f"codegen import: {failure}", file=sys.stderr)
    if failures:
        return EXIT_FAILED
    return _scaffold(path, str(family), spec, judged, root, client) if write else 0


def _scaffold(path: Path, family: str, spec: Any, judged: Any, root: Path, client: bool) -> int:
    """The doc into specs/raw/<family>/, a proposed override, then the pipeline for that family."""
    import re
    import shutil

    from codegen.catalog.scaffold import propose_override
    from codegen.pipeline import build_family
    from codegen.share import PACKAGE

    if not re.fullmatch(r"[a-z][a-z0-9_]*", family) or family == PACKAGE:
        print(f"codegen import: --family {family!r} must be a lower-case identifier, not {PACKAGE!r}", file=sys.stderr)
        return EXIT_UNREADABLE
    raw = root / "specs" / "raw" / family
    raw.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, raw / path.name)
    override = root / "specs" / "overrides" / f"{family}.yaml"
    if override.exists():
        print(f"codegen import: {override.relative_to(root)} exists: kept as it is", file=sys.stderr)
    else:
        override.parent.mkdir(parents=True, exist_ok=True)
        source = f"specs/raw/{family}/{path.name}"
        override.write_text(propose_override(family, spec, judged.shapes, source), encoding="utf-8", newline="\n")
        print(f"codegen import: wrote {override.relative_to(root)} (review every `# REVIEW` line)", file=sys.stderr)
    built = build_family(root, family)
    if built.errors:
        for error in built.errors:
            print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    (root / "specs" / f"{family}.yaml").write_text(built.spec_text, encoding="utf-8", newline="\n")
    (root / "specs" / "reports").mkdir(exist_ok=True)
    (root / "specs" / "reports" / f"{family}.md").write_text(built.report_text, encoding="utf-8", newline="\n")
    print(f"codegen import: wrote specs/{family}.yaml and specs/reports/{family}.md", file=sys.stderr)
    if client:
        from codegen.generate import generate_client, models_parse_examples

        errors = generate_client(root, family) or models_parse_examples(root, family)
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        if errors:
            return EXIT_FAILED
        print(f"codegen import: generated generated/{family}/", file=sys.stderr)
    return 0


def _placed_on_relay(
    path: Path, relay: str, family: str | None, root: Path, relay_file: Path | None
) -> tuple[bool, list[str], list[Any]]:
    """The doc's operations placed on a relay and tried there: (all placed and read right, report lines,
    placements). Without `relay_file` the routes are tried on a throwaway relay file holding them alone."""
    import tempfile

    from codegen.catalog.relay import add_reading, add_route, onboard, place

    spec, lines, failures, judged = _import_one(path)
    lines += [f"note      the doc's own spec is not used on a relay (the family's is): {f}" for f in failures]
    placements = place(spec, judged.shapes, root / "specs", family)
    ok = bool(placements) and all(p.line for p in placements)
    for placement in placements:
        lines += placement.lines
    placed = [p for p in placements if p.line]
    with tempfile.TemporaryDirectory() as scratch:
        if relay_file is None:
            relay_file = Path(scratch) / f"{relay}.yaml"
            text = None
            for placement in placed:
                text, _ = add_route(text, relay, placement)
                text, _ = add_reading(text, placement)
            if text is not None:
                relay_file.write_text(text, encoding="utf-8")
        for placement in placed:
            if placement.role != "query":
                lines.append(f"onboard   {placement.role} route placed, not tried (only a query is asked)")
                continue
            tried, said = onboard(relay_file, placement, root / "specs")
            ok = ok and tried
            lines += said
    return ok, lines, placements


def _import_relay(paths: list[Path], relay: str, family: str | None, write: bool, root: Path) -> int:
    """The doc's route on the user's relay: placed under the family of its upstream, kept verbatim under
    specs/raw/relays/NAME/, the relay file checked, the route tried; the report ends with what to run next."""
    import re
    import shutil

    from codegen.catalog.relay import add_reading, add_route, place
    from codegen.model import ReadError

    if len(paths) != 1 or not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", relay):
        print("codegen import: give one doc and --relay NAME (lower case, digits, - and _)", file=sys.stderr)
        return EXIT_UNREADABLE
    path = paths[0]
    relay_file = root / "specs" / "relays" / f"{relay}.yaml"
    try:
        if not write:
            ok, lines, placements = _placed_on_relay(path, relay, family, root, None)
        else:
            spec, _, _, judged = _import_one(path)
            placements = place(spec, judged.shapes, root / "specs", family)
            if not any(p.family for p in placements) and not judged.shapes:  # an upstream nobody knows
                return _scaffold_upstream(path, relay, family, spec, root)
            text = relay_file.read_text(encoding="utf-8") if relay_file.exists() else None
            done = []
            for placement in placements:
                if placement.line:
                    text, what = add_route(text, relay, placement)
                    text, added = add_reading(text, placement)
                    done += [what, *added]
            refused = _invalid_relay(text, relay, root) if text is not None else []
            if refused:  # nothing is written: a relay file the runtime refuses would stop every later import
                print(f"codegen import: {path} on relay {relay}: nothing written", file=sys.stderr)
                for line in refused:
                    print(f"  {line}", file=sys.stderr)
                return EXIT_FAILED
            if text is not None:
                relay_file.parent.mkdir(parents=True, exist_ok=True)
                relay_file.write_text(text, encoding="utf-8", newline="\n")
                raw = root / "specs" / "raw" / "relays" / relay  # no override names it: it feeds no family's spec
                raw.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, raw / path.name)
            ok, lines, placements = _placed_on_relay(path, relay, family, root, relay_file if text else None)
            lines += [f"wrote     {relay_file.relative_to(root)}: {what}" for what in done]
            if text is not None:
                lines.append(f"kept      the doc verbatim in specs/raw/relays/{relay}/{path.name}")
                problems = relay_problems(root, families(root))
                lines += [f"FAILED    relay check: {problem}" for problem in problems]
                lines += (
                    [] if problems else [f"checked   {relay_file.relative_to(root)}: every route has its id's place"]
                )
                ok = ok and not problems
    except ReadError as exc:
        print(f"codegen import: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    print(f"codegen import: {path} on relay {relay}", file=sys.stderr)
    for line in lines:
        print(f"  {line}", file=sys.stderr)
    queries = [p for p in placements if p.line and p.role == "query"]
    where = f'"{relay}"' if root == ROOT else f'"{relay_file}"'
    if queries and write:
        print("next: run", file=sys.stderr)
        for p in queries:
            route = f', route="{p.name}"' if p.name else ""
            print(f'  Gateway(base_url, key, relay={where}).get("{p.family}", TASK_ID{route})', file=sys.stderr)
    elif queries:
        print(f"next: add --write to put the route into specs/relays/{relay}.yaml", file=sys.stderr)
    return 0 if ok else EXIT_FAILED


def _invalid_relay(text: str, relay: str, root: Path, new: tuple[str, ...] = ()) -> list[str]:
    """Why the relay file `text` would be refused (one line each, with what to do), or nothing; `new`: families
    written with it."""
    from videotask.definitions import read_relay

    _, problems = read_relay(text, relay, (*families(root), *new))
    lines = [f"FAILED    specs/relays/{relay}.yaml would be invalid: {problem}" for problem in problems]
    if any('"query" is a required property' in problem for problem in problems):
        lines.append("hint      a family on a relay is asked by its query route: import its query page first")
    return lines


def _scaffold_upstream(path: Path, relay: str, family: str | None, spec: Any, root: Path) -> int:
    """A doc for an upstream nobody knows, on a relay: a proposed specs/upstreams/NAME.yaml and a family on it
    (specs/overrides/NAME.yaml), the doc as the family's raw doc, and its routes on the relay. Every guess is marked
    # REVIEW: `make gen` names each file holding one until a person has checked them; then the family works with
    no Python."""
    import re
    import shutil

    from codegen.catalog.relay import add_route, new_family_name, placements_of_new
    from codegen.catalog.scaffold import propose_upstream
    from videotask.definitions import families as known_families
    from videotask.definitions import upstreams

    name = family or new_family_name(spec)
    specs = root / "specs"
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        print(f"codegen import: {name!r} is no family name: pass --family NAME (lower case)", file=sys.stderr)
        return EXIT_UNREADABLE
    taken = [
        f"specs/{kind}/{name}.yaml"
        for kind, known in (("overrides", known_families(specs)), ("upstreams", upstreams(specs)))
        if name in known
    ]
    if taken:
        print(
            f"codegen import: no known upstream reads {path}, and {', '.join(taken)} exists: pass --family NAME "
            "to name a new one",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    source = f"specs/raw/{name}/{path.name}"
    upstream_text, override_text = propose_upstream(name, spec, source)
    relay_file = specs / "relays" / f"{relay}.yaml"
    text = relay_file.read_text(encoding="utf-8") if relay_file.exists() else None
    lines = [f"not known no upstream or wrapper matches {path.name}: a new upstream {name} is proposed"]
    for placement in placements_of_new(spec, name):
        lines += placement.lines
        if placement.line:
            text, what = add_route(text, relay, placement)
            lines.append(f"wrote     {relay_file.relative_to(root)}: {what}")
    refused = _invalid_relay(text, relay, root, (name,)) if text is not None else []
    if refused:  # nothing is written, as for a known upstream's page
        print(f"codegen import: {path} on relay {relay}: nothing written", file=sys.stderr)
        for line in refused:
            print(f"  {line}", file=sys.stderr)
        return EXIT_FAILED
    if text is not None:
        relay_file.parent.mkdir(parents=True, exist_ok=True)
        relay_file.write_text(text, encoding="utf-8", newline="\n")
    for target, content in (
        (specs / "upstreams" / f"{name}.yaml", upstream_text),
        (specs / "overrides" / f"{name}.yaml", override_text),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8", newline="\n")
        lines.append(f"wrote     {target.relative_to(root)} ({content.count('# REVIEW')} guesses marked # REVIEW)")
    raw = specs / "raw" / name
    raw.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, raw / path.name)
    lines.append(f"kept      the doc verbatim in {source}, the family's raw doc")
    print(f"codegen import: {path} on relay {relay}", file=sys.stderr)
    for line in lines:
        print(f"  {line}", file=sys.stderr)
    where = f'"{relay}"' if root == ROOT else f'"{relay_file}"'
    print(
        f"next: review every line marked # REVIEW in specs/upstreams/{name}.yaml and specs/overrides/{name}.yaml "
        f'(delete each mark), run make gen, then\n  Gateway(base_url, key, relay={where}).get("{name}", TASK_ID)',
        file=sys.stderr,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("gen", help="regenerate specs and clients that are out of date")
    gen.add_argument("--force", action="store_true", help="rebuild everything from scratch")
    gen.add_argument("families", nargs="*", metavar="FAMILY")
    imp = commands.add_parser("import", help="print the cleaned spec for one raw doc, with a report on stderr")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument("--family", help="with --write: the new family's name")
    imp.add_argument("--write", action="store_true", help="scaffold the family: raw doc, proposed override, spec")
    imp.add_argument("--check", action="store_true", help="one line per doc (files or folders) and a total")
    imp.add_argument("--relay", metavar="NAME", help="put the doc's route on relay NAME (--write: specs/relays/)")
    imp.add_argument("--no-client", action="store_true", help="with --write: skip generating the client")
    imp.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # tests: another checkout
    changes = commands.add_parser("changes", help="what the specs' changes mean for users")
    changes.add_argument("--check", action="store_true", help="fail on unacknowledged breaking changes")
    changes.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # tests: another checkout
    args = parser.parse_args(argv)
    if args.command == "gen":
        return _gen(args.families, args.force)
    if args.command == "changes":
        return _changes(args.check, args.root)
    return _import(args.paths, args.family, args.write, args.check, not args.no_client, args.root, args.relay)


if __name__ == "__main__":
    sys.exit(main())
