"""Drives openapi-python-client: specs/<family>.yaml -> generated/<family>/, plus its manifest."""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = [
    "GENERATOR",
    "client_is_current",
    "generate_client",
    "manifest_for",
    "models_parse_examples",
    "regenerate_client",
]

_HERE = Path(__file__).resolve().parent
_CONFIG = _HERE / "client-config.yaml"
_TEMPLATES = _HERE / "templates"
GENERATOR = "openapi-python-client"


@functools.cache
def _generator() -> str:
    from importlib.metadata import version  # imported here: a no-op `gen` asks once, at most

    return f"{GENERATOR} {version(GENERATOR)}"


@functools.cache
def _settings_sha256() -> str:
    return _sha256(_CONFIG, *sorted(_TEMPLATES.iterdir()))


def _sha256(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _spec_sha256(spec: Path) -> str:
    """The spec without its header comments (sources, inputs hash): only what the generator reads."""
    lines = spec.read_bytes().splitlines(keepends=True)
    return hashlib.sha256(b"".join(line for line in lines if not line.startswith(b"#"))).hexdigest()


def manifest_for(root: Path, family: str) -> dict[str, str]:
    spec = root / "specs" / f"{family}.yaml"
    return {
        "family": family,
        "spec": f"specs/{family}.yaml",
        "spec_sha256": _spec_sha256(spec),
        "generator": _generator(),
        "settings_sha256": _settings_sha256(),
    }


def _manifest_path(root: Path, family: str) -> Path:
    return root / "generated" / family / "manifest.json"


def client_is_current(root: Path, family: str) -> bool:
    try:
        recorded = json.loads(_manifest_path(root, family).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(recorded == manifest_for(root, family))


@functools.cache
def _compiled_templates() -> Any:
    """One jinja2 bytecode cache per process, in memory: every family's project renders the same templates with
    the same environment settings, so the code compiled for one serves the next (keyed by name and source)."""
    from jinja2 import BytecodeCache
    from jinja2.bccache import Bucket

    class Compiled(BytecodeCache):
        def __init__(self) -> None:
            self.code: dict[tuple[str, str], Any] = {}

        def load_bytecode(self, bucket: Bucket) -> None:
            bucket.code = self.code.get((bucket.key, bucket.checksum))

        def dump_bytecode(self, bucket: Bucket) -> None:
            self.code[bucket.key, bucket.checksum] = bucket.code

    return Compiled()


def generate_client(root: Path, family: str) -> list[str]:
    """Regenerate one family's package from scratch; failures come back as messages.

    Runs openapi-python-client (pinned in pyproject.toml) in this process, through the calls its CLI makes for
    `generate --meta none --overwrite --fail-on-warning --config ... --custom-template-path ...`, with one
    difference that changes no byte: its templates are compiled once per process, not once per family. Its
    post-hooks still run ruff as commands, found next to this interpreter."""
    import contextlib
    import io

    import openapi_python_client
    import yaml
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import GeneratorError

    here = str(Path(sys.executable).parent)
    if here not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = f"{here}{os.pathsep}{os.environ.get('PATH', '')}"
    settings = {**yaml.safe_load(_CONFIG.read_text(encoding="utf-8")), "package_name_override": family}
    spec, out = root / "specs" / f"{family}.yaml", root / "generated" / family
    config = Config.from_sources(ConfigFile(**settings), MetaType.NONE, spec, "utf-8", True, out)
    # openapi_python_client.generate(), with the shared template cache set on the project's environment
    project = openapi_python_client._get_project_for_url_or_path(config=config, custom_template_path=_TEMPLATES)
    if isinstance(project, GeneratorError):
        errors = [project]
    else:
        project.env.bytecode_cache = _compiled_templates()
        with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <path>"
            errors = list(project.build())
    if errors:  # --fail-on-warning: a warning fails the family as an error does
        detail = [f"{error.header}: {error.detail}" if error.detail else error.header for error in errors]
        return [f"{family}: openapi-python-client failed: " + " | ".join(detail)]
    manifest = manifest_for(root, family)
    _manifest_path(root, family).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return []


def regenerate_client(root: Path, family: str) -> list[str]:
    """The client and its gate, in one worker: generate, then parse every example through the new models."""
    return generate_client(root, family) or models_parse_examples(root, family)


def _fresh_models(root: Path, family: str) -> ModuleType:
    """`generated/<family>/models` of `root`, imported from the files just written under a private name (not as
    `videotask.clients.<family>`, which may resolve to another checkout or an installed copy)."""
    name = f"_codegen_gate_{family}"
    for loaded in [n for n in sys.modules if n == name or n.startswith(f"{name}.")]:
        del sys.modules[loaded]
    importlib.invalidate_caches()  # the package was just rewritten, maybe after this process listed it
    init = root / "generated" / family / "__init__.py"
    spec = importlib.util.spec_from_file_location(name, init, submodule_search_locations=[str(init.parent)])
    assert spec is not None
    assert spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return importlib.import_module(f"{name}.models")


def models_parse_examples(root: Path, family: str) -> list[str]:
    """Gate: every example in the spec parses through the generated model and round-trips."""
    import yaml

    from codegen.gates import iter_examples

    spec = yaml.load((root / "specs" / f"{family}.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    models = _fresh_models(root, family)
    failures = []
    for where, _, _, schema, name, value in iter_examples(spec):
        ref = schema.get("$ref", "")
        model: Any = getattr(models, ref.rsplit("/", 1)[-1], None)
        if model is None:
            failures.append(f"{family}: no generated model for {where} ({ref or 'inline schema'})")
            continue
        try:
            again = model.from_dict(value).to_dict()
        except Exception as exc:  # the gate reports any failure of generated code, whatever it raises
            failures.append(f"{family}: example {name!r} does not parse through {model.__name__}: {exc!r}")
            continue
        if again != value:
            failures.append(f"{family}: example {name!r} does not round-trip through {model.__name__}")
    return failures
