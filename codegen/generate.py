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
    "SHARED_SPEC",
    "client_is_current",
    "generate_client",
    "manifest_for",
    "models_parse_examples",
    "regenerate_client",
    "write_shared_spec",
]

_HERE = Path(__file__).resolve().parent
_CONFIG = _HERE / "client-config.yaml"
_TEMPLATES = _HERE / "templates"
GENERATOR = "openapi-python-client"
_GATE = "_codegen_gate"  # the private name generated/ is imported under by the gate
SHARED_SPEC = Path("specs") / "shared" / "models.yaml"  # under the root: the shapes families share (codegen.share)
_SHARED_HEADER = "# Written by `make gen` from specs/*.yaml (codegen/share.py); do not edit.\n"


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


def _spec_path(package: str) -> Path:
    from codegen.share import PACKAGE

    return SHARED_SPEC if package == PACKAGE else Path("specs") / f"{package}.yaml"


def manifest_for(root: Path, family: str) -> dict[str, str]:
    """What a generated package was made from: its spec, and for a family the shared spec its re-exports name."""
    from codegen.share import PACKAGE

    spec = _spec_path(family)
    manifest = {
        "family": family,
        "spec": spec.as_posix(),
        "spec_sha256": _spec_sha256(root / spec),
        "generator": _generator(),
        "settings_sha256": _settings_sha256(),
    }
    if family != PACKAGE:
        manifest["shared_sha256"] = _spec_sha256(root / SHARED_SPEC)
    return manifest


def write_shared_spec(root: Path, families: list[str]) -> None:
    """specs/shared/models.yaml from the families' specs as they are on disk (not rewritten when unchanged)."""
    import yaml

    from codegen.emit import dump_yaml
    from codegen.share import shared_spec

    specs = {
        f: yaml.load((root / _spec_path(f)).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for f in families
    }
    text = _SHARED_HEADER + dump_yaml(shared_spec(specs))
    path = root / SHARED_SPEC
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def _manifest_path(root: Path, family: str) -> Path:
    return root / "generated" / family / "manifest.json"


def client_is_current(root: Path, family: str) -> bool:
    try:
        recorded = json.loads(_manifest_path(root, family).read_text(encoding="utf-8"))
        return bool(recorded == manifest_for(root, family))
    except (OSError, ValueError):  # no manifest, or no spec yet
        return False


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
    """Regenerate one package (a family's, or the shared models') from scratch; failures come back as messages.

    Runs openapi-python-client (pinned in pyproject.toml) in this process, through the calls its CLI makes for
    `generate --meta none --overwrite --fail-on-warning --config ... --custom-template-path ...`, with these
    differences: a family's spec is read with its shared shapes marked (codegen.share) and our templates re-export
    those classes from the shared package (they reach the generator's own as builtin/), and its templates are
    compiled once per process, not once per package. Its post-hooks still run ruff as commands, found next to this
    interpreter."""
    import contextlib
    import io

    import yaml
    from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError
    from ruamel.yaml import YAML

    from codegen.share import PACKAGE, classes, enum_shape, marked

    here = str(Path(sys.executable).parent)
    if here not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = f"{here}{os.pathsep}{os.environ.get('PATH', '')}"
    settings = {**yaml.safe_load(_CONFIG.read_text(encoding="utf-8")), "package_name_override": family}
    spec, out = root / _spec_path(family), root / "generated" / family
    config = Config.from_sources(ConfigFile(**settings), MetaType.NONE, spec, "utf-8", True, out)
    # openapi_python_client.generate() as its CLI calls it, on the spec with the shared shapes marked (a family's),
    # with the generator's own templates reachable as builtin/ (ours include them) and one template cache
    document = YAML(typ="safe").load(spec.read_bytes())  # read as the generator reads a spec file
    shared: dict[str, str] = {}  # the shared package's own classes are never re-exported
    if family != PACKAGE:
        shared = classes(yaml.load((root / SHARED_SPEC).read_bytes(), Loader=yaml.CSafeLoader))
        document = marked(document, shared)
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        errors = [openapi]
    else:
        project = Project(openapi=openapi, custom_template_path=_TEMPLATES, config=config)
        builtin = PackageLoader("openapi_python_client")
        project.env.loader = ChoiceLoader(
            [FileSystemLoader(str(_TEMPLATES)), PrefixLoader({"builtin": builtin}), builtin]
        )
        project.env.globals["shared_enum"] = lambda kind, values: shared.get(enum_shape(kind, values))
        project.env.globals["spec_path"] = _spec_path(family).as_posix()
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
    `videotask.clients.<family>`, which may resolve to another checkout or an installed copy). The private parent
    package is `root`'s generated/, so a family's re-exports reach the shared models written beside it."""
    for loaded in [n for n in sys.modules if n == _GATE or n.startswith(f"{_GATE}.")]:
        del sys.modules[loaded]
    importlib.invalidate_caches()  # the package was just rewritten, maybe after this process listed it
    parent = ModuleType(_GATE)
    parent.__path__ = [str(root / "generated")]
    sys.modules[_GATE] = parent
    return importlib.import_module(f"{_GATE}.{family}.models")


def models_parse_examples(root: Path, family: str) -> list[str]:
    """Gate: every example in the spec parses through the generated model and round-trips."""
    import yaml

    from codegen.gates import iter_examples

    spec = yaml.load((root / _spec_path(family)).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
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
