"""Every script in examples/ runs and prints exactly its ``.out`` file."""

from __future__ import annotations

import contextlib
import io
import runpy
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(p for p in EXAMPLES.glob("*.py") if p.with_suffix(".out").exists())


def test_every_example_has_expected_output() -> None:
    assert SCRIPTS
    assert {p.stem for p in EXAMPLES.glob("*.py")} == {p.stem for p in SCRIPTS}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_example_output(script: Path) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(script), run_name="__main__")
    assert out.getvalue() == script.with_suffix(".out").read_text(encoding="utf-8")
