"""Drives openapi-python-client: specs/<family>.yaml -> generated/<family>/, plus its manifest."""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["GENERATOR", "client_is_current", "generate_client", "manifest_for", "models_parse_examples"]

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


def generate_client(root: Path, family: str) -> list[str]:
    """Regenerate one family's package from scratch; failures come back as messages."""
    import subprocess
    import tempfile

    import yaml

    out = root / "generated" / family
    config = yaml.safe_load(_CONFIG.read_text(encoding="utf-8"))
    config["package_name_override"] = family
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory() as tmp:
        config_path = Path(tmp) / "config.yaml"
        config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
        command = [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(root / "specs" / f"{family}.yaml"),
            "--output-path", str(out),
            "--meta", "none",
            "--overwrite",
            "--fail-on-warning",
            "--config", str(config_path),
            "--custom-template-path", str(_TEMPLATES),
        ]  # fmt: skip
        done = subprocess.run(command, cwd=tmp, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stdout + done.stderr).strip().splitlines()
        return [f"{family}: openapi-python-client failed: " + " | ".join(detail[-12:])]
    manifest = manifest_for(root, family)
    _manifest_path(root, family).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return []


def models_parse_examples(root: Path, family: str) -> list[str]:
    """Gate: every example in the spec parses through the generated model and round-trips."""
    import yaml

    from codegen.gates import iter_examples

    spec = yaml.load((root / "specs" / f"{family}.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    for name in [n for n in sys.modules if n == f"generated.{family}" or n.startswith(f"generated.{family}.")]:
        del sys.modules[name]
    models = importlib.import_module(f"generated.{family}.models")
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
