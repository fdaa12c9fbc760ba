"""The project's own files: what an install of the package holds."""

from __future__ import annotations

import fnmatch
import importlib
import importlib.util
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
    try:
        tomllib = importlib.import_module("tomllib")  # Python 3.11 and later
    except ModuleNotFoundError:  # Python 3.10: the backport, where installed
        tomllib = pytest.importorskip("tomli")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    packages = setuptools["packages"]
    # Listed by hand, or found by patterns (packages.find's include, as fnmatch reads it).
    include = packages if isinstance(packages, list) else packages["find"]["include"]
    tree = _packages()
    assert "newsparse.formats._page" in tree
    missing = [p for p in tree if not any(fnmatch.fnmatchcase(p, i) for i in include)]
    assert missing == []
    # And as setuptools itself finds them, where it is installed (it builds the install).
    if importlib.util.find_spec("setuptools") is None:
        return
    setuptools_found = importlib.import_module("setuptools").find_packages
    assert sorted(setuptools_found(where=str(ROOT), include=include)) == tree
