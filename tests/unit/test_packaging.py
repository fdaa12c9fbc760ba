"""The project's own files: what an install of the package holds."""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _packages() -> list[str]:
    """Every package of the source tree, dotted: each folder with an ``__init__.py``."""
    return sorted(
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "newsparse").rglob("__init__.py")
    )


def test_the_install_holds_every_package_of_the_source_tree() -> None:
    # A package missing from the build's list installs a newsparse that fails on
    # import, while the tests, run from the checkout, pass.
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    packages = setuptools["packages"]
    # Listed by hand, or found by patterns (packages.find's include, as fnmatch reads it).
    include = packages if isinstance(packages, list) else packages["find"]["include"]
    tree = _packages()
    assert "newsparse.formats._page" in tree
    missing = [p for p in tree if not any(fnmatch.fnmatchcase(p, i) for i in include)]
    assert missing == []
