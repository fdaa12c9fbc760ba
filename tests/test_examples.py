"""Every script in examples/ runs and prints exactly its ``.out`` file; the plugin installs."""

from __future__ import annotations

import contextlib
import io
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import registry as registry_mod

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(p for p in EXAMPLES.glob("*.py") if p.with_suffix(".out").exists())
# Examples that need an optional extra (``pip install '.[examples]'``).
NEEDS = {"pandas_frame": "pandas", "dask_bag": "dask"}


def test_every_example_has_expected_output() -> None:
    assert SCRIPTS
    assert {p.stem for p in EXAMPLES.glob("*.py")} == {p.stem for p in SCRIPTS}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_example_output(script: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if script.stem in NEEDS:
        pytest.importorskip(NEEDS[script.stem])
    monkeypatch.setattr(sys, "argv", [str(script)])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(script), run_name="__main__")
    assert out.getvalue() == script.with_suffix(".out").read_text(encoding="utf-8")


def test_plugin_installs_and_is_found_through_its_entry_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "site"
    source = tmp_path / "plugin"  # build a copy, so the checkout stays clean
    shutil.copytree(EXAMPLES / "plugin", source)
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target)]
    subprocess.run([*cmd, str(source)], check=True)
    monkeypatch.syspath_prepend(str(target))
    reg = registry_mod.FormatRegistry()
    assert reg.origin("shouty") == "plugin newsparse_shouty:ShoutyFormat"
    text = "!! MARKETS SOAR\nShares rose on Monday.\n"
    article = newsparse.parse(text, registry=reg)
    assert article.format == "shouty"
    assert article.headline == "MARKETS SOAR"
    assert article.paragraphs == ("Shares rose on Monday.",)
    from newsparse.testing import check_format  # noqa: PLC0415

    check_format(reg.get("shouty"), [text])
