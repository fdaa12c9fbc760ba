"""Exports: N rendered articles come back as the same N; split() tiles any input."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse._text import is_blank
from tests.laws import check_article
from tests.strategies import ExportArticle, exports, hostile_text

pytestmark = pytest.mark.property

_SPLIT_LAYOUT = {"factiva-free": "factiva"}
_FORMAT = {
    "nexis-uni": "lexisnexis",
    "factiva-free": "factiva",
    "mbox": "netnews",
    "reuters-sgml": "reuters1987",
}


def _tiles(text: str) -> list[newsparse.Segment]:
    segments = list(newsparse.split(text))
    pos = 0
    for seg in segments:
        assert seg.span.start == pos
        assert seg.text == seg.span.of(text)
        assert seg.span.end > seg.span.start
        pos = seg.span.end
    assert pos == len(text)
    return segments


@settings(max_examples=100)  # each example splits the export twice: keep the suite quick
@given(exports())
def test_parse_says_how_many_articles_parse_many_reads(
    case: tuple[str, str, tuple[ExportArticle, ...]],
) -> None:
    # Given a whole export, parse reads one article but names the count, which is the
    # count parse_many yields; for one article it says nothing.
    text, _, articles = case
    notes = [n.message for n in newsparse.parse(text).notes if n.code == "export.many"]
    if len(articles) == 1:
        assert notes == []
    else:
        many = f"the text is an export of {len(articles)} articles, read here as one; "
        assert notes == [many + "newsparse.parse_many reads each"]


def _check(article: newsparse.Article | newsparse.ParseFailure, want: ExportArticle) -> None:
    assert isinstance(article, newsparse.Article)
    assert article.headline == want.headline
    assert article.date is not None
    assert article.date.date() == want.day
    assert article.paragraphs == want.paragraphs
    authors = () if article.byline is None else article.byline.authors
    assert authors == (want.authors[:1] if article.format == "netnews" else want.authors)


@given(exports())
def test_rendered_articles_come_back(case: tuple[str, str, tuple[ExportArticle, ...]]) -> None:
    text, layout, articles = case
    segments = _tiles(text)
    assert {s.layout for s in segments} == {_SPLIT_LAYOUT.get(layout, layout)}
    assert [s.number for s in segments if s.kind == "article"] == list(range(1, len(articles) + 1))
    assert all(not s.notes for s in segments)
    for seg in segments:
        if seg.kind == "article":
            check_article(seg.text, newsparse.parse(seg.text))
    parsed = list(newsparse.parse_many(text))
    assert len(parsed) == len(articles)
    for article, want in zip(parsed, articles, strict=True):
        assert isinstance(article, newsparse.Article)
        assert article.format == _FORMAT.get(layout, layout)
        _check(article, want)


@given(exports(), st.integers(min_value=1, max_value=300))
def test_streaming_in_chunks_reads_the_same_articles(
    case: tuple[str, str, tuple[ExportArticle, ...]], size: int
) -> None:
    text, _, _ = case
    whole = list(newsparse.parse_many(text))
    assert list(newsparse.parse_many(io.BytesIO(text.encode("utf-8")), chunk_size=size)) == whole
    assert list(newsparse.parse_many(io.StringIO(text, newline=""), chunk_size=size)) == whole


@given(hostile_text)
def test_split_tiles_any_text(text: str) -> None:
    segments = _tiles(text)
    for seg in segments:
        if seg.kind == "separator":  # only blanks: white space and invisible characters
            assert all(is_blank(c) for c in seg.text)


@given(st.lists(exports(), min_size=1, max_size=3), hostile_text)
def test_split_tiles_exports_with_noise_between(
    cases: list[tuple[str, str, tuple[ExportArticle, ...]]], noise: str
) -> None:
    _tiles(noise.join(text for text, _, _ in cases))


_EXPORT_FORMATS = st.sampled_from(["lexisnexis", "factiva", "netnews"])


@given(hostile_text, _EXPORT_FORMATS)
def test_export_formats_are_total_on_any_text(text: str, name: str) -> None:
    check_article(text, newsparse.parse(text, format=name))


@given(exports(), _EXPORT_FORMATS, st.data())
def test_export_formats_are_total_on_damaged_exports(
    case: tuple[str, str, tuple[ExportArticle, ...]], name: str, data: st.DataObject
) -> None:
    text, _, _ = case
    cut = data.draw(st.integers(min_value=0, max_value=len(text)))
    damaged = text[:cut] + data.draw(hostile_text) + text[cut:]
    check_article(damaged, newsparse.parse(damaged, format=name))
