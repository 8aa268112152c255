"""The shape of the package: extractors stand alone on the shared analysis."""

from __future__ import annotations

import ast
from itertools import pairwise
from pathlib import Path

import pytest

import vnfriendship

EXTRACTORS = sorted((Path(vnfriendship.__file__).parent / "extractors").glob("*.py"))
NAMES = {path.stem for path in EXTRACTORS} - {"__init__"}


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports, resolved as far as ``from .x`` / ``from ..extractors.x``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            dots = "." * node.level
            if node.module:
                found.add(dots + node.module)
                found.update(f"{dots}{node.module}.{alias.name}" for alias in node.names)
            else:  # from . import people
                found.update(dots + alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _names_an_extractor(module: str) -> bool:
    parts = module.lstrip(".").split(".")
    if module.startswith(".") and not module.startswith(".."):
        return bool(parts[0]) and parts[0] in NAMES  # from .people import ... / from . import people
    return any(a == "extractors" and b in NAMES for a, b in pairwise(parts))


@pytest.mark.parametrize("path", [p for p in EXTRACTORS if p.stem != "__init__"], ids=lambda p: p.stem)
def test_no_extractor_imports_another(path: Path) -> None:
    assert sorted(m for m in _imported_modules(path) if _names_an_extractor(m)) == []


def test_the_check_sees_a_sibling_import(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text("from .unions import Places\nfrom . import people\nfrom ..extractors.aid import x\n")
    assert sorted(m for m in _imported_modules(module) if _names_an_extractor(m)) == [
        "..extractors.aid", "..extractors.aid.x", ".people", ".unions", ".unions.Places"
    ]
