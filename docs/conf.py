"""Sphinx configuration for the newsparse documentation."""

from __future__ import annotations

import importlib.metadata

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"
release = importlib.metadata.version("newsparse")

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
doctest_global_setup = "import newsparse"
# Docstring examples run under ``pytest --doctest-modules`` in their module's namespace;
# here only the pages' own ``.. doctest::`` blocks run.
doctest_test_doctest_blocks = ""
# The docs build offline (no intersphinx), so standard-library and third-party names
# in signatures are not link targets.
nitpick_ignore_regex = [
    ("py:class", r"(datetime|dt|collections\.abc|typing|regex|attrs|os|io)\..*"),
    ("py:class", r"newsparse\.model\.(T_co|V)"),
    ("py:mod", r"dask(\..*)?"),
]
default_role = "any"
nitpicky = True
autodoc_member_order = "bysource"
html_theme = "alabaster"
