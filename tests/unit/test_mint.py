"""Mint regressions: damaged header stamps, bare author lines, what counts as Mint."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _regex
from newsparse._text import split_lines
from newsparse.extract.furniture import reading_minutes
from newsparse.formats import mint
from tests.laws import check_article


@pytest.mark.parametrize(
    "stamp",
    ["14 Agx 2023, 06:50 AM IST", "14 Aug 2023, 25:50 AM IST", "14 Aug\x00 2023", ""],
)
def test_a_stamp_that_does_not_parse_keeps_every_character(stamp: str) -> None:
    text = f"date 2023-08-14 Rains lash Mumbai3 min read {stamp}\nMonsoon arrives.\nIt rained.\n"
    article = newsparse.parse(text)
    assert article.format == "mint"
    check_article(text, article)
    # The dump prefix gives the date when the stamp cannot.
    assert article.date is not None
    assert article.date.date().isoformat() == "2023-08-14"
    assert article.date_precision == "day"
    assert article.headline == "Rains lash Mumbai"


def test_an_ist_date_line_alone_is_not_mint() -> None:
    text = "Title\n\nPublished: 14 Aug 2023, 06:50 AM IST\n\nBody."
    article = newsparse.parse(text)
    assert article.format == "generic"
    assert article.paragraphs == ("Body.",)
    assert article.byline is None


def test_a_reading_time_alone_on_its_line_is_not_mint_without_an_ist_stamp() -> None:
    # Many sites print ``4 min read`` on a line of its own: the generic layout reads it.
    body = "The pool closed last spring.\nLessons restart in the first week.\n"
    text = "Pool to reopen after refurbishment\nSarah Quill\n4 min read\nOctober 4, 2023\n" + body
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.reading_time == 4
    assert article.date == dt.datetime(2023, 10, 4)
    assert article.summary is None
    assert article.paragraphs == tuple(body.splitlines())
    # With Mint's IST stamp beside it, it is Mint's.
    mint_page = "Rains lash Mumbai\n3 min read\nUpdated: 14 Aug 2023, 06:50 AM IST\n" + body
    assert newsparse.parse(mint_page).format == "mint"


def test_a_bare_author_line_has_two_to_four_words() -> None:
    head = "Rains lash Mumbai3 min read 14 Aug 2023, 06:50 AM IST\n"
    text = head + "Priya Raman\nMonsoon arrives.\nIt rained.\n"
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Priya Raman",)
    assert article.summary == "Monsoon arrives."
    assert newsparse.parse(head + "Body.\nIt rained.\n").byline is None


def test_a_page_with_mints_wire_disclaimer_is_mint() -> None:
    text = (
        "Monsoon reaches Kerala, a week late\n"
        "First Published: 08 Jun 2023, 01:05 PM IST\n"
        "Priya Raman\n"
        "The southwest monsoon set in over Kerala on Thursday, the weather office said.\n"
        "The onset is seven days behind the normal date of June 1.\n"
        "This story has been published from a wire agency feed without modifications to the "
        "text. Only the headline has been changed.\n"
    )
    article = newsparse.parse(text)
    assert article.format == "mint"
    assert article.byline is not None
    assert article.byline.authors == ("Priya Raman",)
    assert (
        article.summary
        == "The southwest monsoon set in over Kerala on Thursday, the weather office said."
    )
    assert article.paragraphs == ("The onset is seven days behind the normal date of June 1.",)
    check_article(text, article)


def test_the_dump_prefix_dates_a_page_without_a_stamp_and_is_furniture_otherwise() -> None:
    undated = newsparse.parse(" date 2023-08-14 Rains lash the city2 min read\nRain fell.\n")
    assert undated.date == dt.datetime(2023, 8, 14)
    assert undated.date_precision == "day"
    assert undated.rules["date"] == ("mint.dump-prefix-date",)
    stamped = " date 2023-08-14 Rains lash the city2 min read 15 Aug 2023, 06:50 AM IST\nRain.\n"
    dated = newsparse.parse(stamped)
    assert dated.date is not None
    assert dated.date.isoformat() == "2023-08-15T06:50:00+05:30"
    assert dated.rules["date"] == ("mint.timestamp",)
    assert [s.of(stamped) for s in dated.spans["furniture"]] == ["date 2023-08-14"]


def test_the_author_line_guards_let_through_every_line_the_patterns_match() -> None:
    # _author_line runs each pattern only on a line short enough, or with few enough
    # spaces, to match: the longest matches stand at the limits.
    orgs = mint._SITE_AUTHOR_RE.pattern.split("(?P<org>")[1].rstrip(")").split("|")
    for prefix in ("", "By ", "Written By ", "WRITTEN BY "):
        for org in orgs:
            line = prefix + org.replace("\\x20", " ")
            assert mint._SITE_AUTHOR_RE.fullmatch(line), line
            assert len(line) <= mint._LONGEST_SITE_AUTHOR
    four_words = "A" + "b" * 30 + (" C" + "d" * 30) * 3
    assert mint._AUTHOR_LINE_RE.fullmatch(four_words)
    assert four_words.count(" ") == mint._AUTHOR_LINE_SPACES
    assert not mint._AUTHOR_LINE_RE.fullmatch(four_words + " Ee")


@pytest.mark.parametrize(
    ("author", "authors"),
    [
        ("Written By Priya Raman\n", ("Priya Raman",)),
        ("By Priya Raman\nUpdated: 14 Aug 2023, 08:10 AM IST\n", ("Priya Raman",)),
    ],
)
def test_an_author_line_under_the_standfirst_is_the_byline(
    author: str, authors: tuple[str, ...]
) -> None:
    # The page's order: headline, standfirst, then the author (and a stamp).
    text = (
        "Rains lash Mumbai as the monsoon arrives3 min read 14 Aug 2023, 06:50 AM IST\n"
        "Heavy rain is expected through the week.\n"
        + author
        + "Trains ran late on Monday as water flooded the tracks in the suburbs.\n"
        "The weather office said more rain would fall on Tuesday and Wednesday.\n"
        "(With inputs from PTI)\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "mint"
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.summary == "Heavy rain is expected through the week."
    assert article.paragraphs[0].startswith("Trains ran late")
    assert len(article.paragraphs) == 2
    assert article.date is not None
    assert article.date.isoformat() == "2023-08-14T06:50:00+05:30"


@pytest.mark.parametrize(
    "line",
    ["Key Highlights", "Rain Alert", "Central Railway", "Tata Motors", "Navi Mumbai", "Heavy Rain"],
)
def test_a_title_cased_label_over_a_stamp_under_the_standfirst_names_no_writer(line: str) -> None:
    # A box's label, a firm's or a place's name over the stamp is no bare name of a
    # writer's: with no ``By``, no name there is read.
    stamp = "Updated: 14 Aug 2023, 08:10 AM IST"
    text = (
        "Rains lash Mumbai as the monsoon arrives3 min read 14 Aug 2023, 06:50 AM IST\n"
        "Heavy rain is expected through the week.\n"
        f"{line}\n{stamp}\n"
        "Trains ran late on Monday as water flooded the tracks in the suburbs.\n"
        "(With inputs from PTI)\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None
    assert article.paragraphs == (
        line,
        stamp,
        "Trains ran late on Monday as water flooded the tracks in the suburbs.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Mumbai Police",
        "Central Railway",
        "Tata Motors",
        "Key Highlights",
        "What Experts Say",
        "Rain Alert",
    ],
)
def test_a_title_cased_line_under_the_standfirst_over_the_body_is_the_first_paragraph(
    line: str,
) -> None:
    text = (
        "Rains lash Mumbai as the monsoon arrives3 min read 14 Aug 2023, 06:50 AM IST\n"
        "Heavy rain is expected through the week.\n"
        f"{line}\n"
        "Trains ran late on Monday as water flooded the tracks in the suburbs.\n"
        "(With inputs from PTI)\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "mint"
    assert article.byline is None
    assert article.summary == "Heavy rain is expected through the week."
    assert article.paragraphs == (
        line,
        "Trains ran late on Monday as water flooded the tracks in the suburbs.",
    )


_HEADER = "Metro line extension delayed by two years3 min read 14 Aug 2023, 06:50 AM IST\n"
_STORY = (
    "Cost overruns pushed the opening to 2027.\n"
    "The extension will open two years later than planned, the corporation said.\n"
    "Work at four of the six stations is more than 70 per cent complete.\n"
    "(With inputs from PTI)\n"
)


@pytest.mark.parametrize(
    "chrome",
    [
        "Home\nLatest\nMarkets\nNews\nPremium\nCompanies\nMoney\nSubscribe\nSign in\n",
        "Premium\nSign in\n",
    ],
)
def test_the_sites_menus_over_the_header_line_are_furniture(chrome: str) -> None:
    text = chrome + _HEADER + _STORY + "More Less\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "mint"
    assert a.headline == "Metro line extension delayed by two years"
    assert a.date == dt.datetime(2023, 8, 14, 6, 50, tzinfo=dt.timezone(dt.timedelta(hours=5.5)))
    assert a.summary == "Cost overruns pushed the opening to 2027."
    assert len(a.paragraphs) == 2
    assert a.attribution is not None
    assert a.attribution.sources == ("PTI",)
    assert "mint.chrome" in a.rules["furniture"]
    assert "glued-header" in newsparse.detect(text)[0].evidence


def test_a_sentence_over_the_header_line_is_no_menu() -> None:
    # Only short lines that end no sentence are a site's menus.
    lines = ["Home", "The city council met on Tuesday to discuss the budget."]
    text = "\n".join(lines) + "\n" + _HEADER + _STORY
    assert mint._header_line_under_chrome(text, split_lines(text)) == 0


def _plain_header_line_under_chrome(text: str, lines: list[newsparse._text.Line]) -> int:
    # mint._header_line_under_chrome as it was before it skipped a long first line's
    # patterns: the reference its shortcut must agree with.
    for i, line in enumerate(lines[: mint.MAX_CHROME_LINES + 1]):
        if _regex.search(mint._GLUED_HEADER_RE, text, line.start, line.end) is not None:
            return i
        words = line.text.split()
        if i == 0 and reading_minutes(text, line.start, line.end) is not None:
            return 0
        if len(words) > mint.MAX_CHROME_WORDS or line.text.endswith((".", "!", "?")):
            return 0
    return 0


# Lines of every kind the search for the header line tells apart: menus, sentences,
# header lines glued or not, reading times alone, a line of many short words.
_CHROME_SHAPES = [
    "Home", "Sign in", "Mint Premium", "Latest News", "Markets.", "Why?", "A B C D E",
    "3 min read", "Rains lash Mumbai3 min read", "Rains lash Mumbai 3 min read",
    _HEADER.rstrip("\n"), "Rains2 min read 14 Aug 2023, 06:50 AM IST",
    "date 2023-08-14 Rains lash Mumbai3 min read 14 Aug 2023, 06:50 AM IST",
    "The city council met on Tuesday to discuss the budget.", "Read Time: 3 mins",
    "Budget 202412 min read Aug 14, 2023, 6:50 PM IST", "  Home  ", "",
]  # fmt: skip


@given(st.lists(st.sampled_from(_CHROME_SHAPES), min_size=1, max_size=8))
def test_the_header_line_under_chrome_is_found_as_the_plain_search_finds_it(
    shapes: list[str],
) -> None:
    text = "\n".join(shapes) + "\n" + _STORY
    lines = split_lines(text)
    expected = _plain_header_line_under_chrome(text, lines)
    assert mint._header_line_under_chrome(text, lines) == expected


@pytest.mark.parametrize(
    ("glued", "headline", "minutes"),
    [
        ("Nifty closes below 19,5004 min read", "Nifty closes below 19,500", 4),
        (
            "Cabinet clears fertiliser subsidy for FY255 min read",
            "Cabinet clears fertiliser subsidy for FY25",
            5,
        ),
        (
            "Exam results to be declared on June 122 min read",
            "Exam results to be declared on June 12",
            2,
        ),
        ("Ten stocks to watch in 202412 min read", "Ten stocks to watch in 2024", 12),
        ("Retail inflation eases to 4.83 min read", "Retail inflation eases to 4.8", 3),
        (
            "Best hill stations for a long weekend: top 1010 min read",
            "Best hill stations for a long weekend: top 10",
            10,
        ),
        (
            "Monsoon rains lash coastal districts12 min read",
            "Monsoon rains lash coastal districts",
            12,
        ),
        # A stop after a word is no decimal point: the digits are the reading time.
        (
            "Fed holds rates steady, signals cuts in U.S.14 min read",
            "Fed holds rates steady, signals cuts in U.S.",
            14,
        ),
        (
            "Sensex slides as bond yields jump...12 min read",
            "Sensex slides as bond yields jump...",
            12,
        ),
        (
            "Reliance signs chip deal with Nvidia Corp.3 min read",
            "Reliance signs chip deal with Nvidia Corp.",
            3,
        ),
    ],
)
def test_a_headline_ending_in_a_number_keeps_it_from_the_glued_reading_time(
    glued: str, headline: str, minutes: int
) -> None:
    # Mint glues the reading time to the headline, so a headline's last number runs
    # into it; with a date prefix or without one, the number stays the headline's.
    for prefix in ("", " date 2024-03-05 "):
        text = prefix + glued + " 05 Mar 2024, 09:10 AM IST\nThe standfirst.\nThe body.\n"
        article = newsparse.parse(text)
        check_article(text, article)
        assert article.format == "mint"
        assert article.headline == headline
        assert article.reading_time == minutes
        assert article.date == dt.datetime(
            2024, 3, 5, 9, 10, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))
        )
        assert article.paragraphs == ("The body.",)


@pytest.mark.parametrize(
    "line",
    [
        "Bharti Airtel, Reliance Jio",
        "Uttar Pradesh and Madhya Pradesh",
        "Home Loans and Credit Cards",
    ],
)
def test_firms_or_places_listed_over_the_standfirst_are_no_writers(line: str) -> None:
    # Two names over the standfirst read as people's as well as firms' or places': no
    # byline is read from a bare line of several.
    text = (
        "Carmakers post record sales4 min read 02 May 2024, 10:05 AM IST\n"
        f"{line}\n"
        "Both reported their best April on record.\n"
        "Sales of utility vehicles drove the gains.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None
