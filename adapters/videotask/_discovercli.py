"""`videotask discover --base-url URL [--write PATH]`: a relay's video models, families, routes and prices from
its catalog (see `_discover`), and the relay file for them. Exit 2, in one line, when the catalog is closed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

__all__ = ["add_parser", "run"]

_DESCRIPTION = """\
Reads the relay's catalog (GET /api/pricing, else GET /v1/models), keeps the models with a video endpoint type,
places each on a family by the create path the relay publishes for its type (specs/discovery/newapi.yaml) and
prints model, family, route, price per call (the model's price x each group's ratio) and groups. Models it
cannot place are listed, not guessed. --write PATH writes a relay file (its name is PATH's stem) for
Gateway(..., relay=PATH); every route is inferred and marked # REVIEW. Exit 2 when the catalog is closed."""


def add_parser(commands: Any, gateway: argparse.ArgumentParser) -> None:
    discover = commands.add_parser(
        "discover", parents=[gateway], help="a relay's video models, routes and prices, from its catalog",
        description=_DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    discover.add_argument("--write", default=None, metavar="PATH", help="write a relay file (NAME.yaml) there")
    discover.add_argument("--overwrite", action="store_true", help="replace an existing --write file")


def run(args: argparse.Namespace, console: Any) -> int:
    from videotask._discover import place, relay_text, table
    from videotask._families import families
    from videotask._relaycatalog import CatalogClosed, fetch_catalog
    from videotask.definitions import read_relay, specs_dir
    from videotask.definitions._discovery import load_discovery

    target = Path(args.write) if args.write else None
    if target is not None and target.exists() and not args.overwrite:
        raise FileExistsError(f"{target} exists")
    try:
        catalog = fetch_catalog(args.base_url, args.api_key, args.request_timeout or 30.0)
    except CatalogClosed as exc:
        console.error(str(exc))
        return 2
    placed, unplaced = place(catalog, load_discovery(specs_dir()))
    console.print(table(catalog, placed, unplaced))
    if target is None:
        return 0
    text = relay_text(catalog, placed, unplaced, target)
    _, errors = read_relay(text, target.stem, families())
    if errors:  # a rule of specs/discovery/newapi.yaml made a route the relay format refuses
        raise ValueError(f"not written, the relay file would be invalid: {'; '.join(errors)}")
    target.write_text(text, encoding="utf-8")
    console.err.write(f"wrote {target}: check the routes marked # REVIEW\n")
    console.err.flush()
    return 0
