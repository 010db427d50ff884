"""python -m codegen {gen, import, changes}.

gen [--force] [FAMILY...]   raw docs -> specs/<family>.yaml (+ report) -> generated/<family>/;
                            only what changed, unless --force; prints what a changed spec means for users
import PATH                 print the cleaned spec for one raw doc, general rules only
changes [--check]           the specs' changes against HEAD; --check: every breaking change since
                            specs/CHANGELOG.md was added must be listed there (committed), else exit 1
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from codegen.changelog import changes_since_head
from codegen.diff import Change
from codegen.pipeline import ROOT, build_family, families, inputs_sha256, recorded_inputs_sha256

EXIT_FAILED, EXIT_UNREADABLE = 1, 2


def _gen(selected: list[str], force: bool) -> int:
    from codegen.generate import client_is_current

    known = families()
    unknown = [f for f in selected if f not in known]
    if unknown:
        print(f"codegen: unknown family {', '.join(unknown)} (known: {', '.join(known)})", file=sys.stderr)
        return EXIT_UNREADABLE
    errors: list[str] = []
    steps: dict[str, list[str]] = {}
    started = time.perf_counter()
    for family in selected or known:  # specs first, in order (each prints what it changes)
        spec_path = ROOT / "specs" / f"{family}.yaml"
        steps[family] = []
        if force or recorded_inputs_sha256(spec_path) != inputs_sha256(ROOT, family):
            built = build_family(ROOT, family)
            if built.errors:
                errors += built.errors
                del steps[family]
                continue
            _print_changes(changes_since_head(ROOT, family, built.spec_text))
            spec_path.write_text(built.spec_text, encoding="utf-8", newline="\n")
            report_path = ROOT / "specs" / "reports" / f"{family}.md"
            report_path.parent.mkdir(exist_ok=True)
            report_path.write_text(built.report_text, encoding="utf-8", newline="\n")
            steps[family].append("spec")
    stale = [family for family in steps if force or not client_is_current(ROOT, family)]
    if stale:
        from codegen.generate import generate_client, models_parse_examples

        # openapi-python-client runs as a subprocess per family: as many at once as there are cores
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            generated = dict(zip(stale, pool.map(lambda family: generate_client(ROOT, family), stale), strict=True))
        for family in stale:
            failures = generated[family] or models_parse_examples(ROOT, family)
            if failures:
                errors += failures
                del steps[family]
                continue
            steps[family].append("client")
    for family, done in steps.items():
        print(f"{family}: {' and '.join(done) + ' regenerated' if done else 'up to date'}")
    if any(steps.values()):
        print(f"regenerated in {time.perf_counter() - started:.1f}s")
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    return EXIT_FAILED if errors else 0


def _print_changes(changes: list[Change]) -> None:
    if changes:
        print(f"{changes[0].family}: what the regenerated spec changes for users (against HEAD):")
    for change in changes:
        print(f"  {'BREAKING' if change.breaking else 'change  '}  {change.line()}")


def _changes(check: bool, root: Path) -> int:
    from codegen.changelog import CHANGELOG, HistoryError, unacknowledged

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


def _import(path: Path) -> int:
    from codegen import gates
    from codegen.emit import dump_yaml
    from codegen.model import ReadError
    from codegen.readers import read_doc
    from codegen.spec import build_spec

    try:
        doc = read_doc(path)
    except ReadError as exc:
        print(f"codegen import: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    spec, _ = build_spec([doc], None)
    failures = gates.openapi_valid(spec) + gates.examples_valid(spec) + gates.cleanliness(spec)
    sys.stdout.write(f"# Cleaned from {path} by `python -m codegen import` (general rules only).\n")
    sys.stdout.write(dump_yaml(spec))
    for failure in failures:
        print(f"codegen import: {failure}", file=sys.stderr)
    return EXIT_FAILED if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("gen", help="regenerate specs and clients that are out of date")
    gen.add_argument("--force", action="store_true", help="rebuild everything from scratch")
    gen.add_argument("families", nargs="*", metavar="FAMILY")
    imp = commands.add_parser("import", help="print the cleaned spec for one raw doc")
    imp.add_argument("path", type=Path)
    changes = commands.add_parser("changes", help="what the specs' changes mean for users")
    changes.add_argument("--check", action="store_true", help="fail on unacknowledged breaking changes")
    changes.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # tests: another checkout
    args = parser.parse_args(argv)
    if args.command == "gen":
        return _gen(args.families, args.force)
    if args.command == "changes":
        return _changes(args.check, args.root)
    return _import(args.path)


if __name__ == "__main__":
    sys.exit(main())
