"""The laws of parse() and detect(), over generated layouts and arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from tests.laws import check_article
from tests.strategies import Expected, generic_articles, hostile_text, mint_pages

pytestmark = pytest.mark.property


def _check_fields(article: newsparse.Article, expected: Expected) -> None:
    assert article.headline == expected.headline
    assert article.date == expected.date
    if expected.date is not None:
        assert article.date is not None
        assert article.date.utcoffset() == expected.date.utcoffset()
        assert article.date_precision == "minute"
    assert article.paragraphs == expected.paragraphs
    assert article.summary == expected.summary
    assert article.reading_time == expected.reading_time
    assert (article.byline.authors if article.byline else ()) == expected.authors
    assert (article.attribution.sources if article.attribution else ()) == expected.sources


@given(mint_pages())
def test_mint_round_trip(case: tuple[str, Expected]) -> None:
    text, expected = case
    article = newsparse.parse(text)
    assert article.format == "mint"
    _check_fields(article, expected)
    check_article(text, article)


@given(generic_articles())
def test_generic_round_trip(case: tuple[str, Expected]) -> None:
    text, expected = case
    article = newsparse.parse(text)
    assert article.format == "generic"
    _check_fields(article, expected)
    check_article(text, article)


@given(hostile_text)
@example("")
@example("\x00\x00\n\r\n\r")
@example("By By By By\n" * 50)
@example("date 2023-08-14 3 min read")
@example("(With inputs from )")
@example("0" * 300)  # one line, too long to be a file's name: no OSError from the path check
def test_parse_is_total_and_spans_hold(text: str) -> None:
    article = newsparse.parse(text)
    check_article(text, article)


@given(st.text(max_size=3_000))
def test_detect_scores_are_probabilities_and_deterministic(text: str) -> None:
    first = newsparse.detect(text)
    assert first == newsparse.detect(text)
    assert all(0.0 <= d.score <= 1.0 for d in first)
    assert [d.score for d in first] == sorted((d.score for d in first), reverse=True)
