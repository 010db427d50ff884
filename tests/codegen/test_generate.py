"""openapi-python-client run in-process: a spec it only warns about still fails the family (its CLI's
--fail-on-warning), and one family after another in the same process each get their own package."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from codegen.generate import generate_client, models_parse_examples, write_shared_spec

_SPEC = """\
openapi: 3.1.0
info: {{title: Tiny, version: 1.0.0}}
paths:
  /tiny/{{task_id}}:
    get:
      operationId: get_{name}_task
      tags: [{name}]
      parameters:
        - {{name: task_id, in: path, required: true, schema: {{type: string}}}}
      responses:
        '200':
          description: the task
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/{ref}'}}
components:
  schemas:
    Task:
      type: object
      properties:
        id: {{type: string}}
"""


def _root(tmp_path: Path, **refs: str) -> Path:
    (tmp_path / "specs").mkdir()
    (tmp_path / "generated").mkdir()
    for family, ref in refs.items():
        (tmp_path / "specs" / f"{family}.yaml").write_text(_SPEC.format(name=family, ref=ref), encoding="utf-8")
    write_shared_spec(tmp_path, list(refs))  # as `gen` does before any client
    return tmp_path


def test_a_warning_fails_the_family_and_writes_no_manifest(tmp_path: Path) -> None:
    root = _root(tmp_path, broken="Missing")
    [failure] = generate_client(root, "broken")
    assert failure.startswith("broken: openapi-python-client failed: ")
    assert "Could not find reference" in failure
    assert not (root / "generated" / "broken" / "manifest.json").exists()


def test_families_generated_one_after_another_in_one_process_are_each_their_own(tmp_path: Path) -> None:
    root = _root(tmp_path, first="Task", second="Task")
    assert generate_client(root, "shared") == []
    assert generate_client(root, "first") == []
    assert generate_client(root, "second") == []
    for family in ("first", "second"):
        package = root / "generated" / family
        endpoint = (package / "api" / family / f"get_{family}_task.py").read_text(encoding="utf-8")
        assert '"url": "/tiny/{task_id}".format(' in endpoint
        assert (package / "models" / "task.py").is_file()
        manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["family"] == family
        assert manifest["spec"] == f"specs/{family}.yaml"
    assert not (root / "generated" / "first" / "api" / "second").exists()
    ruff = Path(sys.executable).parent / "ruff"  # the post-hooks ran: the packages are formatted already
    done = subprocess.run([ruff, "format", "--check", "--isolated", "--no-cache", "."], cwd=root / "generated")
    assert done.returncode == 0


def test_a_shape_two_families_have_is_generated_once_and_each_family_re_exports_it(tmp_path: Path) -> None:
    root = _root(tmp_path, first="Task", second="Task")
    for package in ("shared", "first", "second"):
        assert generate_client(root, package) == []
    shared = (root / "generated" / "shared" / "models" / "task.py").read_text(encoding="utf-8")
    assert "class Task:" in shared
    init = (root / "generated" / "shared" / "__init__.py").read_text(encoding="utf-8")
    assert init.startswith('"""Generated from specs/shared/models.yaml by `make gen`')
    for family in ("first", "second"):
        module = (root / "generated" / family / "models" / "task.py").read_text(encoding="utf-8")
        assert "from ...shared.models import Task\n" in module
        assert "class " not in module
        assert models_parse_examples(root, family) == []  # its models import, the shared class through them
    manifest = json.loads((root / "generated" / "first" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["spec"] == "specs/first.yaml"
    assert len(manifest["shared_sha256"]) == 64
