"""Flattened web pages: an article inside generated chrome parses back to itself."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from tests.laws import check_article
from tests.strategies import Expected, hostile_text, web_pages

pytestmark = pytest.mark.property


@given(web_pages())
def test_article_in_page_chrome_round_trips(case: tuple[str, Expected]) -> None:
    text, expected = case
    article = newsparse.parse(text)
    assert article.format == "webpage"
    assert article.headline == expected.headline
    assert article.paragraphs == expected.paragraphs
    assert article.date == expected.date
    assert (article.byline.authors if article.byline else ()) == expected.authors
    check_article(text, article)


@given(web_pages())
def test_chrome_is_kept_as_furniture(case: tuple[str, Expected]) -> None:
    text, _expected = case
    article = newsparse.parse(text)
    furniture = {s.of(text) for s in article.spans["furniture"]}
    # The menus, share bar, related links and footer all leave the body as furniture.
    assert any(line.startswith("\u00a9") for line in furniture)
    assert not any(p in furniture for p in article.paragraphs)


@given(hostile_text | st.text(max_size=2_000))
@example("Title | Site\nTitle\n")
@example("By\nBy\nBy\n")
@example("x\n" * 40)
def test_webpage_reads_any_text_within_the_laws(text: str) -> None:
    check_article(text, newsparse.parse(text, format="webpage"))
