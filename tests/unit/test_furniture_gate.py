"""The long-line gate in ``furniture_rule`` never changes its answer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import _regex
from newsparse.extract import furniture
from tests.conftest import GOLDEN, SEEDS


def _ungated(line: str) -> str | None:
    if not line or len(line) > furniture._LONGEST_FURNITURE:
        return None
    m = _regex.fullmatch(furniture._FURNITURE_RE, line)
    return None if m is None or m.lastgroup is None else m.lastgroup.replace("_", "-")


def test_gate_agrees_on_every_golden_line() -> None:
    paths = [*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")]
    lines = {ln.strip() for p in paths for ln in p.read_text(encoding="utf-8").splitlines()}
    assert len(lines) > 100
    for line in lines:
        assert furniture.furniture_rule(line) == _ungated(line), line


_OPENERS = [
    "Catch all the latest news at ",
    "Get the latest updates on ",
    "Disclaimer: ",
    "This story has been published from a wire agency feed ",
    "(Except for the headline, this story has not been edited ",
    "(Only the headline and picture of this report ",
    "Our Standards: ",
    "Also Read: ",
    "Read more: ",
    "Home > ",
    "Copyright 2023 ",
    "\u00a9 2023 ",
    "Related: ",
    "See also: ",
    "Tags: ",
    "Filed under: ",
    "Sign up for our ",
    "Subscribe to ",
    "Follow us on ",
    "If you enjoyed this article ",
    "This material may not be published ",
    "We use cookies to ",
    "All rights reserved ",
]


@given(st.sampled_from(_OPENERS), st.text(alphabet="abc xyz.,", min_size=90, max_size=400))
def test_gate_agrees_on_long_furniture_lines(opener: str, tail: str) -> None:
    line = (opener + tail).strip()
    assert furniture.furniture_rule(line) == _ungated(line)


@given(st.text(min_size=1, max_size=300))
def test_gate_agrees_on_any_line(line: str) -> None:
    line = line.strip()
    assert furniture.furniture_rule(line) == _ungated(line)
