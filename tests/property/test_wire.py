"""Wire layouts round trip: rendered fields come back, and the span laws hold."""

from __future__ import annotations

import pytest
from hypothesis import given

import newsparse
from tests.laws import check_article
from tests.strategies import (
    WireExpected,
    press_releases,
    reuters_1987_stories,
    reuters_dataset_stories,
    wire_stories,
)

pytestmark = pytest.mark.property


def _check(text: str, expected: WireExpected) -> None:
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == expected.format
    assert article.headline == expected.headline
    assert article.dateline == expected.dateline
    assert article.date == expected.date
    if expected.date is not None:
        assert article.date is not None
        assert article.date.utcoffset() == expected.date.utcoffset()
    assert article.paragraphs == expected.paragraphs
    assert (article.byline.authors if article.byline else ()) == expected.authors
    assert article.attribution is not None
    assert article.attribution.sources == expected.sources
    got = tuple((c.role, c.names) for c in article.attribution.credits)
    assert got == expected.credits


@given(wire_stories())
def test_wire_round_trip(case: tuple[str, WireExpected]) -> None:
    _check(*case)


@given(reuters_1987_stories())
def test_reuters_1987_round_trip(case: tuple[str, WireExpected]) -> None:
    _check(*case)


@given(reuters_dataset_stories())
def test_reuters_dataset_round_trip(case: tuple[str, WireExpected]) -> None:
    _check(*case)


@given(press_releases())
def test_press_release_round_trip(case: tuple[str, WireExpected]) -> None:
    _check(*case)
