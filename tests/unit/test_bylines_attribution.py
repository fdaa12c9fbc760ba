from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._text import caseless, holds_any
from newsparse.extract import attribution, bylines
from newsparse.extract.attribution import read_attribution
from newsparse.extract.bylines import read_byline
from newsparse.extract.furniture import furniture_rule
from newsparse.model import Credit
from tests.conftest import GOLDEN, SEEDS
from tests.laws import check_article


@pytest.mark.parametrize(
    ("line", "authors", "org"),
    [
        ("By Jane Doe", ("Jane Doe",), None),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), None),
        ("By Jane Doe, John Roe and Ann Poe", ("Jane Doe", "John Roe", "Ann Poe"), None),
        ("By JANE DOE Associated Press", ("JANE DOE",), "AP"),
        ("By JANE DOE, AP Business Writer", ("JANE DOE",), "AP"),
        ("Jane Doe | Reuters", ("Jane Doe",), "Reuters"),
        ("Written by Maria de la Cruz", ("Maria de la Cruz",), None),
        ("BY SAM O'NEIL", ("SAM O'NEIL",), None),
        ("By HT News Desk", (), "HT News Desk"),
        ("Von Jana Schmidt", ("Jana Schmidt",), None),
        ("von Jana Schmidt", ("Jana Schmidt",), None),
        ("VON JANA SCHMIDT", ("JANA SCHMIDT",), None),
        ("Von Karl Theodor zu Ebersberg", ("Karl Theodor zu Ebersberg",), None),
        ("Par Marie Dubois", ("Marie Dubois",), None),
        ("par Luc de Vries", ("Luc de Vries",), None),
        ("de Marie Dubois", ("Marie Dubois",), None),
        ("By Ursula von der Leyen", ("Ursula von der Leyen",), None),
        ("By Carla della Torre and Ana das Neves", ("Carla della Torre", "Ana das Neves"), None),
        # The outlet a reporter writes for is no part of the name, in either case.
        ("By Anna Lee For The Times", ("Anna Lee",), None),
        ("By Anna Lee for The Weekly Tide", ("Anna Lee",), None),
        ("BY JO ROE FOR THE DAILY POST", ("JO ROE",), None),
        ("By Jo Roe For Reuters", ("Jo Roe",), "Reuters"),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...], org: str | None) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization == org
    assert found.byline.text == line
    assert tuple(s.of(line) for s in found.author_spans) == authors


@pytest.mark.parametrize(
    "line",
    [
        "By the time the rain stopped, the river had burst its banks.",
        "Byron Bay welcomes visitors",
        "The minister said so.",
        "",
        "By " + "x" * 300,
        # A particle that opens a name is no prefix: it takes a given name and a surname.
        "Von Miller",
        "von der Leyen",
        "Von Der Leyen",
        "de Villepin",
        "De Beers Group",
        "von hier aus gesehen",
        "Paris Hilton",
    ],
)
def test_not_bylines(line: str) -> None:
    assert read_byline(line) is None


@pytest.mark.parametrize(
    ("line", "kind", "sources"),
    [
        ("(With inputs from AP)", "inputs", ("AP",)),
        ("(With inputs from PTI, Reuters)", "inputs", ("PTI", "Reuters")),
        ("(With inputs from agencies)", "inputs", ()),
        ("(With agency inputs)", "inputs", ()),
        ("Copyright 2023 The Associated Press. All rights reserved.", "copyright", ("AP",)),
        ("© 2023 Reuters", "copyright", ("Reuters",)),
        ("Copyright 2023 Example Media Group", "copyright", ()),
        ("Copyright \u00a9 2023 Reuters", "copyright", ("Reuters",)),
        ("(c) 2023 Reuters", "copyright", ("Reuters",)),
    ],
)
def test_attribution_lines(line: str, kind: str, sources: tuple[str, ...]) -> None:
    found = read_attribution(line)
    assert found is not None
    assert found.kind == kind
    assert found.sources == sources


@pytest.mark.parametrize(
    "line",
    [
        "Copyright reform is next, he added.",
        "Copyright law protects the design, the court said.",
        "(c) the council may close the road at night.",
    ],
)
def test_sentences_that_open_with_copyright_words_are_no_attribution(line: str) -> None:
    assert read_attribution(line) is None


def test_credits_with_roles_and_places_dropped() -> None:
    found = read_attribution(
        "(Reporting by Hyonhee Shin in Seoul and Jo Min in Busan; Additional reporting by "
        "Lars Olsen; Writing by Sam Roe; Editing by Jo Bloggs and Ann Poe)"
    )
    assert found is not None
    assert found.credits == (
        Credit(role="reporting", names=("Hyonhee Shin", "Jo Min")),
        Credit(role="additional reporting", names=("Lars Olsen",)),
        Credit(role="writing", names=("Sam Roe",)),
        Credit(role="editing", names=("Jo Bloggs", "Ann Poe")),
    )


def test_edited_by_is_a_credit() -> None:
    found = read_attribution("Edited by: Priya Raman")
    assert found is not None
    assert found.credits == (Credit(role="editing", names=("Priya Raman",)),)


def test_contributed_line() -> None:
    found = read_attribution(
        "Associated Press writers Jane Doe and Sam Roe contributed to this report."
    )
    assert found is not None
    assert found.sources == ("AP",)
    assert found.credits == (Credit(role="contributed", names=("Jane Doe", "Sam Roe")),)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("3 min read", "reading-time"),
        ("Topics", "label"),
        ("You May Like", "label"),
        ("Subscribe for free", "label"),
        ("Also Read: Markets close higher", "label"),
        (
            "Disclaimer: The views and recommendations made above are those of individual analysts",
            "disclaimer",
        ),
        (
            (
                "This story has been published from a wire agency feed without modifications "
                "to the text. Only the headline has been changed."
            ),
            "disclaimer",
        ),
        ("Our Standards: The Thomson Reuters Trust Principles.", "standards"),
        ("* * *", "no-text"),
        ("The council met on Monday.", None),
    ],
)
def test_furniture(line: str, rule: str | None) -> None:
    assert furniture_rule(line) == rule


# The cheap tests in front of read_attribution's patterns are necessary conditions.
def _gates_hold(line: str) -> None:
    inputs, credited, contributed, copyright_ = attribution._may_be(caseless(line))
    checks = [
        (attribution._WITH_INPUTS_RE, inputs),
        (attribution._AGENCY_INPUTS_RE, inputs),
        (attribution._CREDITS_RE, credited),
        (attribution._CONTRIBUTED_RE, contributed),
        (attribution._COPYRIGHT_RE, copyright_),
        (attribution._SIGN_OFF_RE, len(line) <= attribution._SIGN_OFF_CHARS),
    ]
    for pattern, allowed in checks:
        if pattern.fullmatch(line) is not None:
            assert allowed, (pattern.pattern[:40], line)


def test_attribution_gates_hold_on_every_golden_line() -> None:
    paths = [*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")]
    lines = {ln.strip() for p in paths for ln in p.read_text(encoding="utf-8").splitlines()}
    fired = 0
    for line in lines:
        _gates_hold(line)
        fired += attribution.read_attribution(line) is not None
    assert fired > 10


@given(
    st.lists(
        st.sampled_from(
            ["(", ")", "With", "WITH ", "w\u0130th ", "inputs", " from ", "agency ", "PTI",
             "Reporting", "additional ", " by ", "Jane Doe", " contributed ", "CONTR\u0130BUTED",
             " to this report", "Copyright", "\u00a9", "(c)", " 2023 ", "Reuters", "REUTER",
             " ", "\t", "."]
        )
        | st.text(max_size=3),
        max_size=14,
    ).map("".join)
)  # fmt: skip
def test_attribution_gates_hold_on_generated_lines(line: str) -> None:
    _gates_hold(line)


# read_byline skips its separator and label-suffix searches where a cheap test says they
# cannot match: the pieces and labels are those of the plain searches.
def _plain_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for m in bylines._SEPARATOR_RE.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    trimmed = (bylines._trim(text, a, b) for a, b in out)
    return [(a, b) for a, b in trimmed if b > a]


_BYLINE_PIECES = st.sampled_from(
    [
        "By ", "Jane Doe", " and ", " AND ", "Andrew", "band", ", ", "; ", " & ", " | ", " (",
        " und ", " UND ", "Undine", " et ", " Et ", "Etienne", "Bret", " in ", "London", "Jr.",
        ")", "Reuters", " - Analysis", " \u2013 Interview", "-", "  ", "\t", ".", "Ann",
    ]
)  # fmt: skip


@given(st.lists(_BYLINE_PIECES | st.text(max_size=4), max_size=20).map("".join), st.data())
def test_byline_shortcuts_agree_with_the_plain_searches(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert bylines._pieces(text, start, end) == _plain_pieces(text, start, end)
    if bylines._LABEL_SUFFIX_RE.search(text, start, end) is not None:
        assert holds_any(text[start:end], bylines._DASHES)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ursula von der Leyen", ("Ursula von der Leyen",)),
        ("von der Leyen", ("von der Leyen",)),
        ("Von Miller", ("Von Miller",)),
        ("Jan van den Berg", ("Jan van den Berg",)),
        ("De Beers Group", ("De Beers Group",)),
    ],
)
def test_names_that_open_with_or_hold_a_particle_stay_whole(
    line: str, authors: tuple[str, ...]
) -> None:
    found = read_byline(line, require_prefix=False)
    assert found is not None
    assert found.byline.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Jana Schmidt und Max Roth", ("Jana Schmidt", "Max Roth")),
        ("Von Jana Schmidt, Max Roth und Eva Lang", ("Jana Schmidt", "Max Roth", "Eva Lang")),
        ("VON JANA SCHMIDT UND MAX ROTH", ("JANA SCHMIDT", "MAX ROTH")),
        ("Par Claire Dumont et Luc Martin", ("Claire Dumont", "Luc Martin")),
        ("par Claire Dumont, Luc Martin et Ana Roux", ("Claire Dumont", "Luc Martin", "Ana Roux")),
        ("By Etienne Dumont and Undine Roth", ("Etienne Dumont", "Undine Roth")),
        # Spanish ``y`` joins the parts of a name: it is no separator.
        ("By José Ortega y Gasset", ("José Ortega y Gasset",)),
    ],
)
def test_german_und_and_french_et_separate_authors(line: str, authors: tuple[str, ...]) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert tuple(s.of(line) for s in found.author_spans) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Ursula von der Leyen", ("Ursula von der Leyen",)),
        ("Von Jan van den Berg", ("Jan van den Berg",)),
    ],
)
def test_von_before_a_name_that_holds_a_particle(line: str, authors: tuple[str, ...]) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors


_EN_VON = (
    "Rocket museum reopens\n\nVon Braun Center\n\n"
    "The museum reopened on Monday after two years of repairs and a new roof.\n"
)
_EN_PAR = (
    "Golf day\n\nPar Three Golf Club\n\n"
    "The club opened its new course on Monday and the members played all day.\n"
)
_DE_VON = (
    "Neue Br\u00fccke er\u00f6ffnet\n\nVon Jana Schmidt\n\n"
    "Der Rat hat am Montag die neue Br\u00fccke \u00fcber den Fluss er\u00f6ffnet, und die "
    "Stadt hat gefeiert.\n"
)
_FR_PAR = (
    "Nouveau pont\n\nPar Claire Dumont\n\n"
    "Le maire a dit que les travaux du pont commencent lundi et que la ville est pr\u00eate.\n"
)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # In English text ``Von`` and ``Par`` open names, not bylines; in German and
        # French text they open bylines.
        (_EN_VON, None),
        (_EN_PAR, None),
        (_DE_VON, ("Jana Schmidt",)),
        (_FR_PAR, ("Claire Dumont",)),
    ],
)
def test_von_and_par_open_bylines_only_in_german_and_french_text(
    text: str, authors: tuple[str, ...] | None
) -> None:
    article = newsparse.parse(text)
    check_article(text, article)
    assert (article.byline.authors if article.byline else None) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe Et Al.", ("Jane Doe",)),
        ("By JANE DOE ET AL", ("JANE DOE",)),
        ("By Jane Doe, Sam Roe et al.", ("Jane Doe", "Sam Roe")),
        ("By Tom Roe Jr., London", ("Tom Roe Jr",)),
        ("By Claire Dumont et Luc Martin", ("Claire Dumont", "Luc Martin")),
    ],
)
def test_et_al_ends_the_names_and_a_place_follows_a_suffix(
    line: str, authors: tuple[str, ...]
) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization is None
