"""The generic layout's header: kickers over the headline."""

from __future__ import annotations

import pytest

import newsparse
from tests.laws import check_article


def test_a_kicker_over_the_headline_is_furniture() -> None:
    text = (
        "BUSINESS\n\nHarbour board approves new ferry fees\n\nBy Jo Roe\nMarch 3, 2011\n\n"
        "The harbour board approved new ferry fees on Tuesday.\n\nThe fees start in April.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.headline == "Harbour board approves new ferry fees"
    assert article.byline is not None
    assert article.byline.authors == ("Jo Roe",)
    assert article.date is not None
    assert article.date.date().isoformat() == "2011-03-03"
    assert article.metadata["kicker"] == "BUSINESS"
    rules = dict(zip(article.rules["furniture"], article.spans["furniture"], strict=True))
    assert rules["generic.kicker"].of(text) == "BUSINESS"
    assert article.paragraphs[0] == "The harbour board approved new ferry fees on Tuesday."


@pytest.mark.parametrize(
    "text",
    [
        # An upper-case headline over the first paragraph.
        "BREXIT\n\nThe harbour board approved new ferry fees on Tuesday.\n",
        # Two upper-case lines: the first is the headline.
        "UK ECONOMY\nGROWTH SLOWS IN THIRD QUARTER\n\nGrowth slowed.\n",
        # Too short a line under it to be the headline.
        "WORLD\nPort reopens\n\nShips came in.\n",
        # Not upper case: a short headline.
        "Ferry news\nPort reopens after the storm at last\n\nShips came in.\n",
    ],
)
def test_no_kicker_without_a_headline_under_it(text: str) -> None:
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == text.split("\n", 1)[0]
    assert "kicker" not in article.metadata


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Jo Roe, Staff Writer", ("Jo Roe",)),
        ("Jo Roe and Sam Lee | Political Correspondents", ("Jo Roe", "Sam Lee")),
        ("JO ROE, Transport Reporter", ("JO ROE",)),
    ],
)
def test_names_and_a_role_under_the_headline_are_the_byline(
    line: str, authors: tuple[str, ...]
) -> None:
    text = f"Harbour board approves new ferry fees\n{line}\n\nThe board approved the fees.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == line
    assert article.paragraphs == ("The board approved the fees.",)


@pytest.mark.parametrize(
    "line",
    [
        "Ships Return, Port Reopens",  # no role after the comma
        "Jo Roe, the editor of the Gazette, said the fees were fair.",  # a sentence
        "Staff Writer, Harbour Desk",  # a role but no name
    ],
)
def test_a_line_without_names_and_a_role_is_no_byline(line: str) -> None:
    text = f"Harbour board approves new ferry fees\n\n{line}\n\nThe board approved the fees.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None or not article.byline.authors


@pytest.mark.parametrize(
    ("lines", "authors", "org"),
    [
        ("By Jo Roe\nStaff Writer", ("Jo Roe",), None),
        ("By Jo Roe and Al Mo\nSenior Correspondents", ("Jo Roe", "Al Mo"), None),
        ("By Jo Roe,\nSam Poe and Al Mo", ("Jo Roe", "Sam Poe", "Al Mo"), None),
        ("By Jo Roe\nThe Associated Press", ("Jo Roe",), "AP"),
    ],
)
def test_a_byline_finished_on_the_line_under_it(
    lines: str, authors: tuple[str, ...], org: str | None
) -> None:
    # The role, agency or wrapped names under ``By`` are the byline's, not the body's.
    text = (
        f"Harbour board approves new ferry fees\n{lines}\n\n"
        "The harbour board approved new ferry fees on Tuesday.\n\nThe fees start in April.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.byline is not None
    assert (article.byline.authors, article.byline.organization) == (authors, org)
    assert article.byline.text == lines
    assert article.paragraphs == (
        "The harbour board approved new ferry fees on Tuesday.",
        "The fees start in April.",
    )
