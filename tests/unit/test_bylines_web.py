"""Bylines as web pages write them: serial commas, an outlet after the names."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.extract.bylines import is_role_line, read_byline, reads_as_names
from tests.laws import check_article


@pytest.mark.parametrize(
    ("line", "authors", "organization"),
    [
        ("By Jane Doe, Sam Roe, and Tom Lee", ("Jane Doe", "Sam Roe", "Tom Lee"), None),
        ("By Jane Doe , Sam Roe, and Tom Lee, CNN", ("Jane Doe", "Sam Roe", "Tom Lee"), "CNN"),
        ("By Jane Doe, CNN Business", ("Jane Doe",), "CNN Business"),
        ("By JANE DOE and SAM ROE", ("JANE DOE", "SAM ROE"), None),
        ("By Jane Doe and Sam Roe", ("Jane Doe", "Sam Roe"), None),
    ],
)
def test_web_bylines(line: str, authors: tuple[str, ...], organization: str | None) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization == organization
    assert tuple(s.of(line) for s in found.author_spans) == authors


@pytest.mark.parametrize(
    ("line", "authors", "organization", "places"),
    [
        ("By Jo Roe, London", ("Jo Roe",), None, ("London",)),
        ("By Jane Doe, Washington", ("Jane Doe",), None, ("Washington",)),
        ("By Jane Doe, Washington, D.C.", ("Jane Doe",), None, ("Washington", "D.C")),
        ("By JANE DOE, WASHINGTON", ("JANE DOE",), None, ("WASHINGTON",)),
        ("By Jane Doe and Sam Roe, London", ("Jane Doe", "Sam Roe"), None, ("London",)),
        ("By Jane Doe in Paris", ("Jane Doe",), None, ("Paris",)),
        ("Par Claire Dumont à Lyon", ("Claire Dumont",), None, ("Lyon",)),
        (
            "By Jane Doe in Paris and Sam Roe in New York",
            ("Jane Doe", "Sam Roe"),
            None,
            ("Paris", "New York"),
        ),
        ("By Jane Doe, Staff Writer", ("Jane Doe",), None, ()),
        ("By Jane Doe, Political Correspondent", ("Jane Doe",), None, ()),
        ("By Jane Doe, Staff Writer, Washington", ("Jane Doe",), None, ("Washington",)),
        ("By Staff Writer, London", (), "Staff Writer", ("London",)),
        # Names stay names: two words, after ``and``, or the first piece.
        ("By Jane Doe, Sam Roe and Ann Lee", ("Jane Doe", "Sam Roe", "Ann Lee"), None, ()),
        ("By Jane Doe, Sam Roe, and Cher", ("Jane Doe", "Sam Roe", "Cher"), None, ()),
        ("By Jane Doe and Cher", ("Jane Doe", "Cher"), None, ()),
        ("By Madonna, London", ("Madonna",), None, ("London",)),
        # A name's suffix keeps its full stop, as written.
        ("By Martin Luther King, Jr.", ("Martin Luther King, Jr.",), None, ()),
        ("By Tom Roe Jr.", ("Tom Roe Jr.",), None, ()),
        # A place in brackets is her base, as after a comma; an agency is the outlet.
        ("By Jane Doe (London)", ("Jane Doe",), None, ("London",)),
        ("By Jane Doe and Sam Roe (New York)", ("Jane Doe", "Sam Roe"), None, ("New York",)),
        ("By Jane Doe (AP)", ("Jane Doe",), "AP", ()),
        # An outlet after the comma is the organisation, as before.
        ("By Jo Roe, Reuters", ("Jo Roe",), "Reuters", ()),
        ("By Jane Doe, CNN", ("Jane Doe",), "CNN", ()),
        # A slash parts names as a comma does; a place or an outlet may follow one.
        ("By Jane Doe / Sam Roe", ("Jane Doe", "Sam Roe"), None, ()),
        ("By Jane Doe/Sam Roe", ("Jane Doe", "Sam Roe"), None, ()),
        ("By JANE DOE / SAM ROE", ("JANE DOE", "SAM ROE"), None, ()),
        ("By Jane Doe, Sam Roe / Staff Writers", ("Jane Doe", "Sam Roe"), None, ()),
        ("By Jane Doe / Mumbai", ("Jane Doe",), None, ("Mumbai",)),
        ("By Jane Doe / Sam Roe / New Delhi", ("Jane Doe", "Sam Roe"), None, ("New Delhi",)),
        ("By Jane Doe / The Valley Herald", ("Jane Doe",), "The Valley Herald", ()),
        ("By Jane Doe / CNN", ("Jane Doe",), "CNN", ()),
    ],
)
def test_a_place_after_the_names_is_no_author(
    line: str, authors: tuple[str, ...], organization: str | None, places: tuple[str, ...]
) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization == organization
    # A closing full stop is trimmed, but not a suffix's (``Jr.``).
    assert found.byline.text == (line if line.endswith("Jr.") else line.rstrip("."))
    assert tuple(s.of(line) for s in found.author_spans) == authors
    assert tuple(s.of(line) for s in found.places) == places


@pytest.mark.parametrize("prefix", ["Compiled by", "Interview by", "Written by", "By"])
def test_a_byline_may_say_how_the_names_made_the_story(prefix: str) -> None:
    found = read_byline(f"{prefix} Jane Doe and Sam Roe")
    assert found is not None
    assert found.byline.authors == ("Jane Doe", "Sam Roe")


@pytest.mark.parametrize(
    "line", ["By Jane Doe in paris", "By Jane Doe in", "By Jane Doe in the rain"]
)
def test_a_lower_case_word_after_in_is_no_place(line: str) -> None:
    assert read_byline(line) is None


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (
            (
                "1 of 2 DOCUMENTS\n\nThe Gazette\n\nMay 2, 2022 Monday\n\nFerry delayed by fog\n\n"
                "BYLINE: Jo Roe, London\n\nLENGTH: 9 words\n\nThe ferry was late.\n"
            ),
            "lexisnexis",
        ),
        (
            (
                "Ferry delayed by fog\n\nBy Jo Roe, London\n\nThe ferry was late on Monday.\n\n"
                "Passengers waited for an hour.\n"
            ),
            "generic",
        ),
    ],
)
def test_a_byline_place_in_a_parsed_article(text: str, fmt: str) -> None:
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == fmt
    assert article.byline is not None
    assert article.byline.authors == ("Jo Roe",)
    assert article.byline.text.endswith("Jo Roe, London")
    assert [s.of(text) for s in article.spans["authors"]] == ["Jo Roe"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Posted by Jane Doe", ("Jane Doe",)),
        ("| By Jane Doe", ("Jane Doe",)),
        ("\u2022 By: Jane Doe and Sam Roe", ("Jane Doe", "Sam Roe")),
    ],
)
def test_posted_by_and_a_bar_before_the_byline(line: str, authors: tuple[str, ...]) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert tuple(s.of(line) for s in found.author_spans) == authors
    assert found.span.of(line).lower().startswith(("by", "posted"))


def test_posted_alone_opens_no_byline() -> None:
    assert read_byline("Posted Jane Doe") is None
    assert read_byline("Posted by the harbour master") is None


_HEAD = "Ferry delayed by fog\n\n"
_TAIL = "\n\nThe ferry was late on Monday.\n\nPassengers waited for an hour.\n"


@pytest.mark.parametrize(
    ("header", "authors", "raw_date"),
    [
        ("By Jo Roe - 14 Aug 2023", ("Jo Roe",), "14 Aug 2023"),
        ("By Jo Roe | August 14, 2023", ("Jo Roe",), "August 14, 2023"),
        ("By Jo Roe and Ann Lee on August 14, 2023", ("Jo Roe", "Ann Lee"), "August 14, 2023"),
        ("Posted on 14 Aug 2023 by Jo Roe", ("Jo Roe",), "14 Aug 2023"),
        ("Published: 2023-08-14 | By Jo Roe", ("Jo Roe",), "2023-08-14"),
        # A stamp's label between the names and the date names no one.
        ("By Jo Roe | Published August 14, 2023", ("Jo Roe",), "August 14, 2023"),
        ("By Jo Roe - Updated: 14 Aug 2023", ("Jo Roe",), "14 Aug 2023"),
        ("By Jo Roe | Last updated on 14 Aug 2023", ("Jo Roe",), "14 Aug 2023"),
        ("By Jo Roe and Ann Lee, posted 14 Aug 2023", ("Jo Roe", "Ann Lee"), "14 Aug 2023"),
        # So does a reading time.
        ("By Jo Roe \u00b7 3 min read \u00b7 Aug 14, 2023", ("Jo Roe",), "Aug 14, 2023"),
        ("By Jo Roe | 5 min read | 14 Aug 2023", ("Jo Roe",), "14 Aug 2023"),
    ],
)
def test_a_byline_and_a_date_on_one_line_in_a_plain_article(
    header: str, authors: tuple[str, ...], raw_date: str
) -> None:
    text = _HEAD + header + _TAIL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.headline == "Ferry delayed by fog"
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.spans["date"][0].of(text) == raw_date
    assert article.paragraphs[0] == "The ferry was late on Monday."


def test_by_before_a_date_names_no_one_in_lower_case() -> None:
    text = _HEAD + "By the harbour - 14 Aug 2023" + _TAIL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("By Minh Le - 14 Aug 2023", ("Minh Le",)),
        ("14 Aug 2023 - By Minh Le", ("Minh Le",)),
        ("14 Aug 2023 by Ann Lee and Karim El", ("Ann Lee", "Karim El")),
        ("By Jo Roe On 14 Aug 2023", ("Jo Roe",)),
    ],
)
def test_a_surname_like_a_joining_word_beside_a_date(header: str, authors: tuple[str, ...]) -> None:
    text = _HEAD + header + _TAIL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("line", "authors", "organization"),
    [
        # A paper named with "The" after the names and a comma.
        ("By Ann Poe and Jo Roe, The Capitol Star", ("Ann Poe", "Jo Roe"), "The Capitol Star"),
        ("By Ann Poe, Theo Roe", ("Ann Poe", "Theo Roe"), None),
        # The outlet a writer wrote for.
        ("By Ann Poe For Daily Star Online", ("Ann Poe",), "Daily Star Online"),
        ("By Ann Poe and Jo Roe for Reuters", ("Ann Poe", "Jo Roe"), "Reuters"),
        ("By Ann Forbes", ("Ann Forbes",), None),
    ],
)
def test_the_outlet_after_the_names(
    line: str, authors: tuple[str, ...], organization: str | None
) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization == organization


@pytest.mark.parametrize(
    ("line", "authors", "organization", "places"),
    [
        (
            "By JANE DOE IN KYIV AND SAM ROE IN MOSCOW",
            ("JANE DOE", "SAM ROE"),
            None,
            ("KYIV", "MOSCOW"),
        ),
        ("By JANE DOE WITH SAM ROE IN PARIS", ("JANE DOE", "SAM ROE"), None, ("PARIS",)),
        ("By Jane Doe AP Medical Writer in Kyiv", ("Jane Doe",), "AP", ("Kyiv",)),
        ("By Jane Doe, AP Medical Writer, in Kyiv", ("Jane Doe",), "AP", ("Kyiv",)),
        ("By Jane Doe, in Paris", ("Jane Doe",), None, ("Paris",)),
        ("By Jane Doe, Reuters in London", ("Jane Doe",), "Reuters", ("London",)),
        ("By Staff Writer in London", (), "Staff Writer", ("London",)),
    ],
)
def test_a_place_after_a_role_an_agency_or_a_comma(
    line: str, authors: tuple[str, ...], organization: str | None, places: tuple[str, ...]
) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization == organization
    assert tuple(s.of(line) for s in found.author_spans) == authors
    assert tuple(s.of(line) for s in found.places) == places


@pytest.mark.parametrize(
    ("line", "organization", "places"),
    [
        ("By Jane Doe, The Hague", None, ("The Hague",)),
        ("By Jane Doe and Sam Roe, The Bronx", None, ("The Bronx",)),
        ("By Jane Doe, The Daily Star", "The Daily Star", ()),
    ],
)
def test_a_place_named_with_the_after_the_names_is_no_outlet(
    line: str, organization: str | None, places: tuple[str, ...]
) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.organization == organization
    assert tuple(s.of(line) for s in found.places) == places


@pytest.mark.parametrize(
    ("line", "authors", "places"),
    [
        # A role after the names with no comma: a beat, then the role's word.
        ("By Jane Doe Political Editor", ("Jane Doe",), ()),
        ("By Sam Roe Senior Health Correspondent", ("Sam Roe",), ()),
        # ``IN`` in capitals before a place, whatever the names' case.
        ("By Jane Doe IN Paris", ("Jane Doe",), ("Paris",)),
        ("By JANE DOE in PARIS", ("JANE DOE",), ("PARIS",)),
        ("By Jane Doe Political Editor IN London", ("Jane Doe",), ("London",)),
    ],
)
def test_a_role_or_a_place_after_the_names_is_no_author(
    line: str, authors: tuple[str, ...], places: tuple[str, ...]
) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert tuple(s.of(line) for s in found.author_spans) == authors
    assert tuple(s.of(line) for s in found.places) == places


@pytest.mark.parametrize("line", ["By Our Political Editor", "By Business News Desk"])
def test_a_desk_with_a_beat_names_no_author(line: str) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == ()
    assert found.byline.organization == line.removeprefix("By ")


def test_a_page_byline_with_a_role_after_the_name() -> None:
    text = (
        "Harbour wall to be rebuilt | Coast Herald\nHome\nNews\nSport\nWeather\nOpinion\n"
        "Culture\nHarbour wall to be rebuilt\nBy Jane Doe Political Editor\n14 August 2023\n"
        "The town council agreed on Monday to rebuild the harbour wall before winter.\n"
        "Work will start in September and should take about ten weeks, it said.\n"
        "Privacy Policy\n\u00a9 2023 Coast Herald\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe | Yesterday",
        "By Jane Doe | yesterday at 10:30",
        "By Jane Doe \u00b7 Today",
        "By Jane Doe - Tuesday 9:15 am",
        "By Jane Doe \u2014 2 hours ago",
        "By Jane Doe | Last week",
        "By Jane Doe | Just now",
        "Jane Doe | Yesterday",
        "Von Jana Doe | Gestern, 14:05",
    ],
)
def test_a_stamp_with_no_date_after_the_names_is_no_name(line: str) -> None:
    found = read_byline(line)
    assert found is not None
    assert len(found.byline.authors) == 1
    assert found.byline.authors[0].endswith("Doe")
    assert found.byline.organization is None
    assert found.span.of(line).endswith("Doe")


@pytest.mark.parametrize(
    "line",
    [
        "Local News | 2 hours ago",
        "Business | Yesterday",
        "Hong Kong | 2 hours ago",
        "Storm Ivy | Today",
    ],
)
def test_words_with_no_by_before_a_stamp_must_read_as_names(line: str) -> None:
    # A section's label or a place stands before a page's stamp as often as names do.
    assert read_byline(line) is None
    text = (
        "Footbridge opens to walkers\n\n" + line + "\n\n"
        "The new footbridge over the river opened to walkers on Saturday after a year of "
        "work.\n\nIt was paid for by the town and by a grant from the county, the mayor "
        "said.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "generic"
    assert a.byline is None


@pytest.mark.parametrize(
    "line",
    [
        "Reporter: How Much Will It Cost",
        "Reporter: Was It Worth It",
        "Reporter: The Mayor Said No",
        "By How Much Prices Rose",
    ],
)
def test_an_interview_question_after_a_label_names_no_one(line: str) -> None:
    assert read_byline(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Reporter: Jane Doe", ("Jane Doe",)),
        ("Oleh: Budi Santoso", ("Budi Santoso",)),
        ("Yazar: Can D\u00fcndar", ("Can D\u00fcndar",)),
        ("By Will Smith", ("Will Smith",)),
    ],
)
def test_names_after_a_label_still_read(line: str, authors: tuple[str, ...]) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors


def test_a_dash_inside_a_name_opens_no_stamp() -> None:
    found = read_byline("By Jane Doe-Monday")
    assert found is not None
    assert found.byline.authors == ("Jane Doe-Monday",)


@pytest.mark.parametrize("stamp", ["Yesterday", "yesterday", "Just now", "Last week"])
@pytest.mark.parametrize("layout", ["webpage", "generic"])
def test_a_byline_beside_a_relative_day_invents_no_date(stamp: str, layout: str) -> None:
    body = (
        "The town council agreed on Monday to rebuild the harbour wall before winter.\n"
        "Work will start in September and should take about ten weeks, it said.\n"
    )
    if layout == "webpage":
        text = (
            "Harbour wall to be rebuilt | Coast Herald\nHome\nNews\nSport\nWeather\nOpinion\n"
            f"Culture\nHarbour wall to be rebuilt\nBy Jane Doe | {stamp}\n{body}"
            "Privacy Policy\n\u00a9 2023 Coast Herald\n"
        )
    else:
        text = f"Harbour wall to be rebuilt\n\nBy Jane Doe | {stamp}\n\n{body}"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == layout
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.byline.organization is None
    assert a.date is None
    assert len(a.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Par Sophie Martin, journaliste", "Sophie Martin"),
        ("Par Sophie Martin, rédactrice", "Sophie Martin"),
        ("Por Javier Ortega, redactor", "Javier Ortega"),
        ("Por Javier Ortega, periodista", "Javier Ortega"),
        ("Von Markus Weber, Redakteur", "Markus Weber"),
        ("Marco Bellini, giornalista", "Marco Bellini"),
    ],
)
def test_a_role_in_another_language_after_the_names_is_no_author_or_place(
    line: str, author: str
) -> None:
    found = read_byline(line, require_prefix=False)
    assert found is not None
    assert found.byline.authors == (author,)
    assert found.places == ()


@pytest.mark.parametrize("line", ["Redakteurin", "Correspondante à Bruxelles", "Periodista"])
def test_a_role_line_in_another_language(line: str) -> None:
    assert is_role_line(line)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Doe | Updated 2 hours ago", "Jane Doe"),
        ("Von Paul Krause \u00b7 vor 3 Stunden", "Paul Krause"),
        ("Par Camille Roux - il y a une heure", "Camille Roux"),
        ("Por Mar\u00eda Gil | Actualizado hace 2 horas", "Mar\u00eda Gil"),
        # An e-mail address after the names, bare or in brackets.
        ("By Owen Price owen.price@example.org", "Owen Price"),
        ("By Owen Price <owen@example.org>", "Owen Price"),
        # Names in capitals, then a role that is not.
        ("BY OWEN PRICE Local Democracy Reporter", "OWEN PRICE"),
        # A role after a dash; a role word and its lower-case qualifier.
        ("By Rachel Green - Health Reporter", "Rachel Green"),
        ("By Rachel Green \u2013 Senior Writer", "Rachel Green"),
        ("Par Louise Garnier Journaliste culture", "Louise Garnier"),
        ("Par Louise Garnier R\u00e9dactrice en chef", "Louise Garnier"),
        ("Por Carmen Ruiz Redactora jefe", "Carmen Ruiz"),
    ],
)
def test_what_follows_the_names_is_cut_off(line: str, author: str) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == (author,)
    assert found.byline.organization is None


def test_an_unread_foreign_by_before_a_stamp_opens_no_names() -> None:
    # ``Por`` is read only where the text is Spanish or Portuguese.
    assert read_byline("Por Mar\u00eda Gil | Ayer", foreign=False) is None


@pytest.mark.parametrize("label", ["Author:", "Autor:", "Auteur :", "Autore:", "Autora:"])
def test_an_author_label_opens_a_byline(label: str) -> None:
    found = read_byline(f"{label} Anna Schulz")
    assert found is not None
    assert found.byline.authors == ("Anna Schulz",)


@pytest.mark.parametrize(
    "line",
    [
        "Ana Souza, da Reda\u00e7\u00e3o",
        "Ana Souza, de la Redacci\u00f3n",
        "Ana Souza, de la r\u00e9daction",
    ],
)
def test_a_newsroom_after_the_names_is_no_author(line: str) -> None:
    found = read_byline(line, require_prefix=False)
    assert found is not None
    assert found.byline.authors == ("Ana Souza",)


def test_a_desks_credit_stays_an_organisation() -> None:
    found = read_byline("By Daily Post Reporter")
    assert found is not None
    assert found.byline.authors == ()
    assert found.byline.organization == "Daily Post Reporter"


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [("Hong Kong | Reuters", "Hong Kong", "Reuters"), ("New York | AP", "New York", "AP")],
)
def test_a_place_before_an_agency_is_where_it_filed_from(
    line: str, place: str, agency: str
) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == ()
    assert found.byline.organization == agency
    assert [s.of(line) for s in found.places] == [place]


@pytest.mark.parametrize(
    "line",
    [
        "Evening Herald | Staff",
        "Riverside Daily Post | Staff Writer",
        # Post closes many papers' names after a city (a surname too, but far rarer here)
        "Washington Post | Staff",
        "Denver Post | Staff Writer",
    ],
)
def test_a_papers_name_before_a_role_is_the_organisation(line: str) -> None:
    found = read_byline(line, require_prefix=False)
    assert found is not None
    assert found.byline.authors == ()
    assert found.byline.organization == line.split(" | ", 1)[0]


def test_a_writers_name_before_a_role_stays_the_author() -> None:
    found = read_byline("Mara Quill | Staff", require_prefix=False)
    assert found is not None
    assert found.byline.authors == ("Mara Quill",)


@pytest.mark.parametrize("line", ["By Hong Kong", "By New York", "BY LOS ANGELES"])
def test_a_place_after_by_names_no_author(line: str) -> None:
    assert read_byline(line) is None


def test_a_place_after_by_in_an_article_names_no_author() -> None:
    text = (
        "Ferry Fares Rise Again\nBy Hong Kong\n\nThe harbour ferries will cost more from"
        " the spring, the operator said.\n\nCommuters were told of the change on Monday.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None


@pytest.mark.parametrize(
    ("line", "authors", "organization"),
    [
        ("Jane Doe | USA TODAY", ("Jane Doe",), "USA TODAY"),
        ("Jane Doe and Sam Roe | USA TODAY", ("Jane Doe", "Sam Roe"), "USA TODAY"),
        ("By Jane Doe | USA TODAY", ("Jane Doe",), "USA TODAY"),
        ("Jane Doe | Mesa Valley Sentinel", ("Jane Doe",), "Mesa Valley Sentinel"),
        ("Jane Doe | The Clarion Ledger", ("Jane Doe",), "The Clarion Ledger"),
    ],
)
def test_an_outlet_after_a_bar_behind_the_names_is_the_organisation(
    line: str, authors: tuple[str, ...], organization: str
) -> None:
    found = read_byline(line, require_prefix=False)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization == organization


def test_names_in_capitals_after_commas_stay_authors() -> None:
    found = read_byline("By JANE DOE, JOHN ROE and SAM POE")
    assert found is not None
    assert found.byline.authors == ("JANE DOE", "JOHN ROE", "SAM POE")
    assert found.byline.organization is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By JANE DOE | SAM ROE", ("JANE DOE", "SAM ROE")),
        ("JANE DOE AND SAM ROE | ANA LIND", ("JANE DOE", "SAM ROE", "ANA LIND")),
    ],
)
def test_names_in_capitals_after_a_bar_behind_names_in_capitals_stay_authors(
    line: str, authors: tuple[str, ...]
) -> None:
    # A site that writes its bylines in capitals parts two writers with a bar: the
    # capitals of the second tell no outlet.
    found = read_byline(line, require_prefix=False)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization is None


@pytest.mark.parametrize(
    ("line", "role", "names"),
    [
        ("By JANE DOE | PHOTOS BY SAM ROE", "photos", ("SAM ROE",)),
        ("By Jane Doe | Photos by Sam Roe", "photos", ("Sam Roe",)),
        ("By Jane Doe | Photography: Sam Roe", "photography", ("Sam Roe",)),
        ("By Jane Doe | Photos by Sam Roe and Ana Lind", "photos", ("Sam Roe", "Ana Lind")),
        # A link to the story's video, or a courtesy line: no one is credited.
        ("By Jane Doe | Video: Watch the ferry launch", None, ()),
        ("By Jane Doe | Photos: courtesy of the harbour council", None, ()),
        ("By Jane Doe | Video by staff", None, ()),
    ],
)
def test_a_photo_credit_after_a_bar_is_no_author(
    line: str, role: str | None, names: tuple[str, ...]
) -> None:
    # After the writer's name and a bar, the photographer's credit: neither a second
    # writer nor the outlet, but a credit with its role.
    credited = [] if role is None else [(role, names)]
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == (line[3:].split(" | ", maxsplit=1)[0],)
    assert found.byline.organization is None
    assert found.byline.text == line
    assert [(c.role, c.names) for c, _ in found.credits] == credited
    text = (
        "Harbour town counts the cost of the flood\n\n"
        + line
        + "\n\nWater rose overnight in the harbour town, and residents moved to higher"
        " ground as the river broke its banks.\n\nThe council opened two shelters in the"
        " school halls.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == found.byline.authors
    given = () if a.attribution is None else a.attribution.credits
    assert [(c.role, c.names) for c in given] == credited
    assert a.paragraphs[0].startswith("Water rose")


@pytest.mark.parametrize(
    ("line", "name"),
    [("Joe Falls | Reuters", "Joe Falls"), ("Jim Valley and Jane Doe", "Jim Valley")],
)
def test_a_surname_that_closes_place_names_is_a_writers(line: str, name: str) -> None:
    # ``Falls`` and ``Valley`` close a few people's names too: with no site's name
    # under them they read as writers, not places.
    found = read_byline(line, require_prefix=False)
    assert found is not None
    assert found.byline.authors[0] == name
    assert not found.places
    assert reads_as_names(found)


@pytest.mark.parametrize(
    "line", ["By Jane Doe | Modified 2 hours ago", "By Jane Doe | Publi\u00e9e hier"]
)
def test_each_stamp_label_of_the_shared_table_ends_the_names(line: str) -> None:
    # vocab.STAMP_LABELS serves the stamp after the names and the label before a date.
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == ("Jane Doe",)
    assert found.span.of(line) == "By Jane Doe"


def test_a_portuguese_stamp_label_between_the_names_and_the_date_names_no_one() -> None:
    text = _HEAD + "By Jo Roe | Atualizado 14 Aug 2023" + _TAIL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == ("Jo Roe",)
    assert article.date is not None
    assert article.date.date().isoformat() == "2023-08-14"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ('By Amanda "Ace" Roe', ('Amanda "Ace" Roe',)),
        ("By Li \u201cTania Mae\u201d Tan", ("Li \u201cTania Mae\u201d Tan",)),
        ('By Jane Doe and Amanda "Ace" Roe', ("Jane Doe", 'Amanda "Ace" Roe')),
        # Not a nickname: quoted words first, last or in lower case name no one.
        ('By "Ace" Roe', None),
        ('By Jane Roe "The Insider"', None),
        ('By Jane "the" Roe', None),
    ],
)
def test_a_nickname_in_quotes_between_the_names(line: str, authors: tuple[str, ...] | None) -> None:
    found = read_byline(line)
    assert (found and found.byline.authors) == authors


@pytest.mark.parametrize(
    ("line", "authors", "org"),
    [
        # A note about the writer after ``who`` ends the names.
        ("By Paul Eder, who has covered Westfield courts since 2009", ("Paul Eder",), None),
        ("By Jo Roe and Sam Poe, who report from the capital", ("Jo Roe", "Sam Poe"), None),
        # A broadcaster's call sign and channel after the comma is the outlet.
        ("By Kelsey Moore, KXRV 7", ("Kelsey Moore",), "KXRV 7"),
        ("By Jo Roe, NBC 5 Chicago", ("Jo Roe",), "NBC 5 Chicago"),
        # A station's meteorologist: a role a name marks, no outlet.
        ("By Sam Ortega, WX4 Meteorologist", ("Sam Ortega",), None),
        ("By Sam Ortega, Chief Meteorologist", ("Sam Ortega",), None),
    ],
)
def test_what_follows_the_names_after_a_comma(
    line: str, authors: tuple[str, ...], org: str | None
) -> None:
    found = read_byline(line)
    assert found is not None
    assert (found.byline.authors, found.byline.organization) == (authors, org)


def test_a_sentence_after_who_names_no_writer() -> None:
    assert read_byline("By Monday, who knows what the council will do") is None
