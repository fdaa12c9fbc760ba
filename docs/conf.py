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
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
doctest_global_setup = "import newsparse"
default_role = "any"
nitpicky = True
autodoc_member_order = "bysource"
html_theme = "alabaster"
