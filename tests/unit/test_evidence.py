"""Evidence needles are necessary conditions: the prefilter never changes a score."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _regex
from newsparse.formats import BUILTINS
from newsparse.formats._base import Evidence, _windows
from newsparse.registry import FormatRegistry
from tests.conftest import GOLDEN, SEEDS

REGISTRY = FormatRegistry(plugins=False)
WITH_NEEDLES = [
    (f"{name}.{e.name}", e)
    for name in sorted(BUILTINS)
    for e in getattr(REGISTRY.get(name), "EVIDENCE", ())
    if e.needles
]
SAMPLES = [
    p.read_text(encoding="utf-8") for p in sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
]


def _check(e: Evidence, text: str) -> None:
    for a, b in _windows(text, e.where):
        if _regex.search(e.pattern, text, a, b) is not None:
            window = text[a:b].lower()
            assert any(n in window for n in e.needles), (e.name, text[a:b][:200])


def test_some_evidence_has_needles() -> None:
    assert WITH_NEEDLES


@pytest.mark.parametrize(("name", "evidence"), WITH_NEEDLES, ids=[n for n, _ in WITH_NEEDLES])
def test_needles_hold_on_every_golden_text(name: str, evidence: Evidence) -> None:  # noqa: ARG001
    for text in SAMPLES:
        _check(evidence, text)


@given(st.data())
def test_needles_hold_on_generated_text(data: st.DataObject) -> None:
    _, evidence = data.draw(st.sampled_from(WITH_NEEDLES))
    needles = [*evidence.needles, *(n.upper() for n in evidence.needles)]
    pieces = st.sampled_from([*needles, "\n", " ", "(", ")", "14 Aug 2023", ", 06:50 AM "])
    text = data.draw(st.lists(pieces | st.text(max_size=8), max_size=40).map("".join))
    _check(evidence, text)
