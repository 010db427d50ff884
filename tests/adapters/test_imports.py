"""The package leans on no private module or name of Python's or of another package's."""

from __future__ import annotations

import ast
from pathlib import Path

import videotask

PACKAGE = Path(videotask.__file__).parent


def _private_imports(source: str) -> list[str]:
    """`import _x`, `from _x import y`, `from x._y import z` and `from x import _y` of any module not ours."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
            names: list[str] = []
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module != "__future__":
            modules, names = [node.module or ""], [alias.name for alias in node.names]
        else:
            continue
        for module in modules:
            if module.split(".")[0] == "videotask":
                continue
            if any(part.startswith("_") for part in module.split(".")) or any(n.startswith("_") for n in names):
                found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_the_check_sees_private_imports() -> None:
    source = "from _collections import _tuplegetter\nimport _thread\nfrom attr._make import x\nfrom os import _exit\n"
    assert len(_private_imports(source)) == 4
    assert _private_imports("from __future__ import annotations\nfrom videotask._task import VideoTask\n") == []


def test_no_module_of_the_package_imports_a_private_one() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 20
    found = {str(path.relative_to(PACKAGE)): _private_imports(path.read_text(encoding="utf-8")) for path in modules}
    assert {name: lines for name, lines in found.items() if lines} == {}
