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
        # The outlet a reporter writes for is no part of the name, in either case: it is
        # the organisation, as a paper named after a comma is.
        ("By Anna Lee For The Times", ("Anna Lee",), "The Times"),
        ("By Anna Lee for The Weekly Tide", ("Anna Lee",), "The Weekly Tide"),
        ("BY JO ROE FOR THE DAILY POST", ("JO ROE",), "THE DAILY POST"),
        ("By Jo Roe For Reuters", ("Jo Roe",), "Reuters"),
        # ``Special to`` names the outlet as ``for`` does, after a bar or a comma.
        ("By Jane Doe | Special to the Herald", ("Jane Doe",), "the Herald"),
        ("By Jane Doe, Special to CNN", ("Jane Doe",), "CNN"),
        ("BY JANE DOE | SPECIAL TO THE HERALD", ("JANE DOE",), "THE HERALD"),
        # An agency after a French article elided (``l'AFP``), as after ``avec``.
        ("Par Marie Dupont et l'AFP", ("Marie Dupont",), "AFP"),
        ("Par Marie Dupont avec l\u2019AFP", ("Marie Dupont",), "AFP"),
        # Xinhua puts the role before the names.
        ("by Xinhua writers Li Ming, Zhang Wei", ("Li Ming", "Zhang Wei"), "Xinhua"),
        ("By Xinhua Writer Zhao Lan", ("Zhao Lan",), "Xinhua"),
        ("By Staff Reporter Jo Roe", ("Jo Roe",), None),
        ("By Staff Reporter", (), "Staff Reporter"),
        # The agency alone, with its article.
        ("By The Associated Press", (), "AP"),
        ("BY THE ASSOCIATED PRESS", (), "AP"),
        # A role after the names without a comma.
        ("By JANE DOE AP Medical Writer", ("JANE DOE",), "AP"),
        ("By Jane Doe AP Business Writer", ("Jane Doe",), "AP"),
        ("By JANE DOE AP Chief Medical Writer", ("JANE DOE",), "AP"),
        ("By JANE DOE Associated Press Writer", ("JANE DOE",), "AP"),
        ("By JANE DOE, Associated Press Writer", ("JANE DOE",), "AP"),
        ("By Jane Doe AP", ("Jane Doe",), "AP"),
        ("By JANE DOE and SAM ROE Associated Press Writers", ("JANE DOE", "SAM ROE"), "AP"),
        ("By Jane Doe Reuters Staff", ("Jane Doe",), "Reuters"),
        ("By Jane Doe Staff Writer", ("Jane Doe",), None),
        ("By Ursula von der Leyen AP Writer", ("Ursula von der Leyen",), "AP"),
        # No names before the role: the desk or agency alone, as before.
        ("By Reuters Staff", (), "Reuters"),
        ("By Daily Post Reporter", (), "Daily Post Reporter"),
        # A writer left unnamed beside one named is no author.
        ("By Jane Doe and Anonymous", ("Jane Doe",), None),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...], org: str | None) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization == org
    assert found.byline.text == line
    assert tuple(s.of(line) for s in found.author_spans) == authors


@pytest.mark.parametrize("line", ["By Anonymous", "By ANONYMOUS", "By Anon."])
def test_a_writer_left_unnamed_is_no_author(line: str) -> None:
    found = read_byline(line)
    assert found is None or found.byline.authors == ()
    text = (
        "Why I left the trading floor\n\n" + line + "\n\nMarch 3, 2023\n\n"
        "I spent eleven years on a trading floor before I walked out one morning.\n\n"
        "Nobody there was surprised, and my manager simply nodded when I told him.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None or article.byline.authors == ()
    assert article.paragraphs[0].startswith("I spent")


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
        # A time, a manner or an article after ``By`` opens no name.
        "By Tuesday",
        "By Tuesday Night",
        "By Then",
        "By Contrast",
        "By The Numbers",
        "By THE NUMBERS",
        "By The End Of The Year",
        "By Winning The Seat",
        "By Any Means Necessary",
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
        "Copyright infringement, he said, is rising.",
        "Copyright Office officials said on Monday they would review the rules.",
    ],
)
def test_sentences_that_open_with_copyright_words_are_no_attribution(line: str) -> None:
    assert read_attribution(line) is None


@pytest.mark.parametrize(
    "line",
    ["(c) dpa", "Copyright dpa 2023", "(c) copyright 2023 Acme News Ltd", "(c) dpa-infocom GmbH"],
)
def test_a_notice_whose_holder_is_written_in_lower_case_is_attribution(line: str) -> None:
    # One word in lower case after the mark is a holder (dpa writes its name so), not
    # the start of a sentence: that takes two.
    found = read_attribution(line)
    assert found is not None
    assert found.kind == "copyright"
    text = (
        "Storm hits Hamburg\n\nBERLIN, March 3 (dpa) - A storm hit Hamburg on Monday.\n\n"
        f"Trains were cancelled.\n\n{line}\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == ("A storm hit Hamburg on Monday.", "Trains were cancelled.")
    assert article.attribution is not None
    assert article.attribution.text == line
    check_article(text, article)


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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            (
                "(Reporting by Jo Roe, Al Poe, with reporting by Di Lee and Sam Roe, "
                "editing by Ann Poe.)"
            ),
            (
                Credit(role="reporting", names=("Jo Roe", "Al Poe")),
                Credit(role="reporting", names=("Di Lee", "Sam Roe")),
                Credit(role="editing", names=("Ann Poe",)),
            ),
        ),
        (
            "(Writing by Jo Roe with additional reporting by Al Poe)",
            (
                Credit(role="writing", names=("Jo Roe",)),
                Credit(role="additional reporting", names=("Al Poe",)),
            ),
        ),
    ],
)
def test_a_credit_that_with_opens_is_a_role_of_its_own(
    line: str, expected: tuple[Credit, ...]
) -> None:
    found = read_attribution(line)
    assert found is not None
    assert found.credits == expected


def test_edited_by_is_a_credit() -> None:
    found = read_attribution("Edited by: Priya Raman")
    assert found is not None
    assert found.credits == (Credit(role="editing", names=("Priya Raman",)),)


@pytest.mark.parametrize(
    ("line", "sources", "names"),
    [
        # The outlet's possessive opens the names: its writers are the credits.
        (
            "CNN's Jo Roe, Al Poe and Sam Ng contributed to this report.",
            (),
            ("Jo Roe", "Al Poe", "Sam Ng"),
        ),
        ("Fox News\u2019 Jo Roe contributed to this report.", (), ("Jo Roe",)),
        # An agency's possessive is the line's source too.
        ("Reuters' Jo Roe contributed reporting.", ("Reuters",), ("Jo Roe",)),
        # No outlet: the names as written.
        ("Jo Roe and Al Poe contributed reporting.", (), ("Jo Roe", "Al Poe")),
    ],
)
def test_contributors_after_an_outlets_possessive(
    line: str, sources: tuple[str, ...], names: tuple[str, ...]
) -> None:
    found = read_attribution(line, 0, len(line))
    assert found is not None
    assert found.kind == "contributed"
    assert found.sources == sources
    assert found.credits == (Credit(role="contributed", names=names),)


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
        (attribution._CONTRIBUTED_BARE_RE, contributed),
        (attribution._COPYRIGHT_RE, copyright_),
        (attribution._SIGN_OFF_RE, len(line) <= attribution._SIGN_OFF_CHARS),
        (
            attribution._FOREIGN_WITH_RE,
            caseless(line.strip(" ()")[:4]).startswith(attribution._FOREIGN_WITH_OPENERS),
        ),
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
             "Avec ", "MIT material von ", "Con ", "Com ", "\u0130",
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
def _plain_pieces(
    text: str, start: int, end: int, *, with_joins: bool = False
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    separator = bylines._SEPARATOR_WITH_RE if with_joins else bylines._SEPARATOR_RE
    for m in separator.finditer(text, start, end):
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
        " with ", " WITH ", "Withers", " / ", "/",
    ]
)  # fmt: skip


@given(st.lists(_BYLINE_PIECES | st.text(max_size=4), max_size=20).map("".join), st.data())
def test_byline_shortcuts_agree_with_the_plain_searches(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert bylines._pieces(text, start, end) == _plain_pieces(text, start, end)
    assert bylines._pieces(text, start, end, with_joins=True) == _plain_pieces(
        text, start, end, with_joins=True
    )
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
        ("By Tom Roe Jr., London", ("Tom Roe Jr.",)),
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


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jo Roe and Al Mo", ("Jo Roe", "Al Mo")),
        ("By Jo Roe, Sam Poe and Al Mo", ("Jo Roe", "Sam Poe", "Al Mo")),
        ("By Jo Roe, Sam Poe, and Al Mo", ("Jo Roe", "Sam Poe", "Al Mo")),
        ("BY JO ROE AND AL MO", ("JO ROE", "AL MO")),
    ],
)
def test_and_before_a_name_that_opens_with_al_separates_the_names(
    line: str, authors: tuple[str, ...]
) -> None:
    # Only ``et`` before ``al`` ends the names (``et al.``); ``and Al Mo`` names one more.
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors


@pytest.mark.parametrize(
    ("line", "org"),
    [
        # The agency after a dash or a slash.
        ("By Jo Roe - AFP", "AFP"),
        ("By Jo Roe \u2014 AP", "AP"),
        ("By Jo Roe / Reuters", "Reuters"),
        ("By Jo Roe/AFP", "AFP"),
        # An agency's desk or service after the names.
        ("By Jo Roe, Reuters Health", "Reuters"),
        ("By Jo Roe | Bloomberg Opinion", "Bloomberg"),
        # The outlet a writer was lent to.
        ("By Jo Roe, Special to The Associated Press", "AP"),
        ("By Jo Roe, Special to The Valley Herald", "The Valley Herald"),
    ],
)
def test_the_agency_or_outlet_after_the_names_is_the_organization(line: str, org: str) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == ("Jo Roe",)
    assert found.byline.organization == org


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # A given name that spells an agency (EFE, ANI, Lusa, Xinhua) is a writer's.
        ("By Jo Roe, Efe Kaya and Sam Poe", ("Jo Roe", "Efe Kaya", "Sam Poe")),
        ("By Jo Roe | Ani Patel", ("Jo Roe", "Ani Patel")),
        ("By Jo Roe, Lusa Neto", ("Jo Roe", "Lusa Neto")),
        ("By Jo Roe, Xinhua Li", ("Jo Roe", "Xinhua Li")),
    ],
)
def test_a_given_name_spelling_an_agency_is_no_desk(line: str, authors: tuple[str, ...]) -> None:
    found = read_byline(line)
    assert found is not None
    assert (found.byline.authors, found.byline.organization) == (authors, None)
    text = f"Town council votes\n\n{line}\n\nThe council voted on Tuesday.\n\nWork starts in May.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.organization) == (authors, None)


@pytest.mark.parametrize(
    "line",
    [
        "By Jo Roe @joroe",
        "By Jo Roe (@joroe)",
        "By Jo Roe | @joroe",
        "By Jo Roe - jroe@example.com",
    ],
)
def test_a_handle_or_address_after_the_names_is_no_part_of_them(line: str) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == ("Jo Roe",)
    assert found.byline.text == "By Jo Roe"


@pytest.mark.parametrize(
    ("line", "authors", "org", "text"),
    [
        # A handle where a name would stand, after ``and``: a second writer named by a
        # handle alone, who is no author (a handle is no name), but the byline says so.
        ("By Jo Roe and @SamPoe", ("Jo Roe",), None, "By Jo Roe and @SamPoe"),
        ("By Jo Roe & @SamPoe", ("Jo Roe",), None, "By Jo Roe & @SamPoe"),
        ("By Jo Roe and @SamPoe | Reuters", ("Jo Roe",), "Reuters", None),
        # Each writer's handle after the name: the names are the authors.
        (
            "By Jo Roe @joroe and Sam Poe @sampoe",
            ("Jo Roe", "Sam Poe"),
            None,
            "By Jo Roe @joroe and Sam Poe",
        ),
        (
            "By Jo Roe (@joroe) and Sam Poe (@sampoe)",
            ("Jo Roe", "Sam Poe"),
            None,
            "By Jo Roe (@joroe) and Sam Poe",
        ),
        ("By Jo Roe jroe@example.org and Sam Poe", ("Jo Roe", "Sam Poe"), None, None),
        # After a comma the handle is the writer's own, as before.
        ("By Jo Roe, @joroe", ("Jo Roe",), None, "By Jo Roe"),
    ],
)
def test_a_handle_among_the_names_is_no_author(
    line: str, authors: tuple[str, ...], org: str | None, text: str | None
) -> None:
    found = read_byline(line)
    assert found is not None
    assert (found.byline.authors, found.byline.organization) == (authors, org)
    assert tuple(s.of(line) for s in found.author_spans) == authors
    assert found.byline.text == (line if text is None else text)


@pytest.mark.parametrize("layout", ["wire", "generic", "webpage"])
def test_a_second_writer_named_by_a_handle_stays_in_the_byline(layout: str) -> None:
    line = "By Jo Roe and @SamPoe"
    text = _in_layout(layout, line)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == layout
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (("Jo Roe",), line)
    assert "@SamPoe" not in [s.of(text) for s in article.spans.get("furniture", ())]


_WIRE_BODY = "\n\nOSLO (AP) \u2014 Snow closed the roads on Monday.\n\nMore snow is due.\n"
_PLAIN_BODY = "\n\nThe ferry was late on Monday.\n\nPassengers waited for an hour.\n"
_PAGE_TOP = "Ferry delayed by fog | The Valley Herald\nHome\nNews\nLocal\nSport\nWeather\n"
_PAGE_BODY = (
    "\nPublished: 14 August 2023\n"
    "The ferry over the river was late on Monday after a night of thick fog.\n"
    "Passengers waited for an hour on the quay before it sailed, the captain said.\n"
    "The harbour master said the fog would lift by the middle of the week.\n"
    "Share\nFacebook\nPrivacy Policy\nTerms of Use\n\u00a9 2024 The Valley Herald\n"
)


def _in_layout(layout: str, byline: str) -> str:
    if layout == "wire":
        return "Snow closes roads" + "\n\n" + byline + _WIRE_BODY
    if layout == "generic":
        return "Ferry delayed by fog\n\n" + byline + _PLAIN_BODY
    return _PAGE_TOP + "Ferry delayed by fog\n" + byline + _PAGE_BODY


_LAYOUTS = ("wire", "generic", "webpage")


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(
    "line", ["By Jo Roe @joroe and Sam Poe @sampoe", "By Jo Roe (@joroe) and Sam Poe (@sampoe)"]
)
def test_a_handle_after_each_name_in_each_layout(layout: str, line: str) -> None:
    # The handle after the first name had unmade the byline: none was read.
    text = _in_layout(layout, line)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == layout
    assert article.byline is not None
    assert article.byline.authors == ("Jo Roe", "Sam Poe")
    assert tuple(s.of(text) for s in article.spans["authors"]) == ("Jo Roe", "Sam Poe")


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(
    ("line", "authors", "org"),
    [
        ("By JANE DOE AP Medical Writer", ("JANE DOE",), "AP"),
        ("By Jane Doe AP Business Writer", ("Jane Doe",), "AP"),
        ("By JANE DOE Associated Press", ("JANE DOE",), "AP"),
    ],
)
def test_a_role_without_a_comma_in_each_layout(
    layout: str, line: str, authors: tuple[str, ...], org: str
) -> None:
    text = _in_layout(layout, line)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == layout
    assert article.byline is not None
    assert (article.byline.authors, article.byline.organization) == (authors, org)
    assert tuple(s.of(text) for s in article.spans["authors"]) == authors


@pytest.mark.parametrize(
    ("line", "authors", "org", "places"),
    [
        ("By Jane Doe with John Roe in Paris", ("Jane Doe", "John Roe"), None, ("Paris",)),
        ("By Jane Doe with John Roe", ("Jane Doe", "John Roe"), None, ()),
        ("By JANE DOE WITH JOHN ROE", ("JANE DOE", "JOHN ROE"), None, ()),
        ("By Jane Doe, with John Roe in Paris", ("Jane Doe", "John Roe"), None, ("Paris",)),
        (
            "By Jane Doe in Paris with John Roe in Berlin",
            ("Jane Doe", "John Roe"),
            None,
            ("Paris", "Berlin"),
        ),
        ("By Jane Doe with John Roe in Paris, AFP", ("Jane Doe", "John Roe"), "AFP", ("Paris",)),
        ("By Jane Doe with AFP", ("Jane Doe",), "AFP", ()),
        (
            "By Maria de la Cruz with Jean-Pierre Dupont in Paris",
            ("Maria de la Cruz", "Jean-Pierre Dupont"),
            None,
            ("Paris",),
        ),
        ("By Jane Withers", ("Jane Withers",), None, ()),
    ],
)
def test_with_joins_the_names_after_by(
    line: str, authors: tuple[str, ...], org: str | None, places: tuple[str, ...]
) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization == org
    assert tuple(s.of(line) for s in found.author_spans) == authors
    assert tuple(s.of(line) for s in found.places) == places


@pytest.mark.parametrize(
    "line",
    [
        # ``with`` joins names only after ``By``: a bare line may be a menu's item.
        "Cooking with Gas",
        "Jane Doe with John Roe",
        "By Jane Doe with additional reporting by John Roe",
    ],
)
def test_with_joins_no_names_without_by(line: str) -> None:
    assert read_byline(line, require_prefix=False) is None


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_with_in_each_layout(layout: str) -> None:
    text = _in_layout(layout, "By Jane Doe with John Roe in Paris")
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == layout
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe", "John Roe")
    assert [s.of(text) for s in article.spans["authors"]] == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    ("line", "authors", "org"),
    [
        ("By Jane Doe, The Daily Post", ("Jane Doe",), "The Daily Post"),
        ("By Jane Doe | The Daily Post", ("Jane Doe",), "The Daily Post"),
        ("By The Editorial Board", (), "The Editorial Board"),
        ("By Jane Then", ("Jane Then",), None),
    ],
)
def test_the_after_the_names_opens_the_outlet(
    line: str, authors: tuple[str, ...], org: str | None
) -> None:
    found = read_byline(line)
    assert found is not None
    assert (found.byline.authors, found.byline.organization) == (authors, org)


@pytest.mark.parametrize(
    ("line", "authors", "org"),
    [
        ("By Jane Doe and John Roe, Los Angeles Times", ("Jane Doe", "John Roe"),
         "Los Angeles Times"),
        ("By Jane Doe, Fox News", ("Jane Doe",), "Fox News"),
        ("By JANE DOE and JOHN ROE, Tribune News Service", ("JANE DOE", "JOHN ROE"),
         "Tribune News Service"),
        ("By Jane Doe, Tom Roe and Ann Poe, Chicago Tribune", ("Jane Doe", "Tom Roe", "Ann Poe"),
         "Chicago Tribune"),
        # No comma before an outlet that opens with ``The``.
        ("By Jane Doe The Washington Post", ("Jane Doe",), "The Washington Post"),
        ("Jane Doe and John Roe The Sunday Courier", ("Jane Doe", "John Roe"),
         "The Sunday Courier"),
        # A second writer whose surname is no outlet's word stays a writer.
        ("By Jane Doe, Li Sun", ("Jane Doe", "Li Sun"), None),
        ("By Jane Doe, Staff Writer", ("Jane Doe",), None),
        ("By Jane Doe The Guardian", ("Jane Doe",), "The Guardian"),
    ],
)  # fmt: skip
def test_an_outlet_after_the_names_is_the_organization(
    line: str, authors: tuple[str, ...], org: str | None
) -> None:
    found = read_byline(line, require_prefix=False)
    assert found is not None
    assert (found.byline.authors, found.byline.organization) == (authors, org)
    assert [s.of(line) for s in found.author_spans] == list(authors)


@pytest.mark.parametrize(
    ("line", "authors", "credit"),
    [
        ("By Jane Doe; Additional reporting by Sam Roe", ("Jane Doe",),
         Credit(role="additional reporting", names=("Sam Roe",))),
        ("By Jane Doe and Ann Poe. Editing by Sam Roe and Jo Bloggs", ("Jane Doe", "Ann Poe"),
         Credit(role="editing", names=("Sam Roe", "Jo Bloggs"))),
        # NDTV's line: the editor after a comma.
        ("Reported by Jane Doe, Edited by Sam Roe", ("Jane Doe",),
         Credit(role="editing", names=("Sam Roe",))),
    ],
)  # fmt: skip
def test_a_credit_after_a_semicolon_closes_the_names(
    line: str, authors: tuple[str, ...], credit: Credit
) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    ((got, span),) = found.credits
    assert got == credit
    assert span.of(line).endswith(credit.names[-1])


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # A note about the writer after a comma names a role: the names end there.
        ("By Jo Roe, a senior reporter covering the harbour and the ferries.", ("Jo Roe",)),
        # A second writer after the note.
        ("By Jane Doe, a staff writer, and Sam Roe", ("Jane Doe", "Sam Roe")),
        # A lede that opens with ``By`` and a time or a place is no byline.
        ("By March, the ferry was running again.", None),
        ("By Good Friday, the council said, the bridge would open.", None),
    ],
)
def test_a_note_about_the_writer_after_the_names(
    line: str, authors: tuple[str, ...] | None
) -> None:
    found = read_byline(line)
    assert (found.byline.authors if found is not None else None) == authors


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("di Paolo Neri e Sara Colombo", ("Paolo Neri", "Sara Colombo")),
        ("door Pieter van Dalen", ("Pieter van Dalen",)),
        ("DOOR SANNE DE WIT", ("SANNE DE WIT",)),
        ("Door Sanne de Wit", ("Sanne de Wit",)),
        ("Di Paolo Neri", ("Paolo Neri",)),
        # A capital ``Di`` before one word opens a surname.
        ("Di Maio", ("Di Maio",)),
        ("Luigi Di Maio", ("Luigi Di Maio",)),
    ],
)
def test_dutch_door_and_italian_di_open_a_labelled_byline(
    value: str, authors: tuple[str, ...]
) -> None:
    found = bylines.read_labelled_byline(value, 0, len(value))
    assert found is not None
    assert found.byline.authors == authors


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, prices had risen by a fifth.",
        "By Tuesday, the storm had passed over the coast.",
        "By winning the seat, the party kept its majority.",
        "By contrast, the others fell.",
        "By then, it was over.",
        "By Tuesday",
        "By The End Of The Year",
    ],
)
def test_sentences_and_headings_that_open_with_by_name_no_one(layout: str, line: str) -> None:
    text = _in_layout(layout, line)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None


# Gaps 2, 4 and 5 of the byline review: lists, places and particles in each layout.
@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe and Sam Roe and Ann Poe", ("Jane Doe", "Sam Roe", "Ann Poe")),
        ("By Jane Doe, Sam Roe and Ann Poe", ("Jane Doe", "Sam Roe", "Ann Poe")),
        ("By Jane Doe, Sam Roe, and Ann Poe", ("Jane Doe", "Sam Roe", "Ann Poe")),
        ("By Jane Doe in Kyiv and Sam Roe in Moscow", ("Jane Doe", "Sam Roe")),
        ("By Ursula von der Leyen", ("Ursula von der Leyen",)),
        ("By Maria de la Cruz", ("Maria de la Cruz",)),
        ("By Jean-Pierre Dupont", ("Jean-Pierre Dupont",)),
        ("By Mary O'Neill", ("Mary O'Neill",)),
        ("By Sean Mac Giolla", ("Sean Mac Giolla",)),
        ("By Nguyen Van An", ("Nguyen Van An",)),
        ("By Kwame Mensah-Bonsu", ("Kwame Mensah-Bonsu",)),
        ("By A.B. Smith", ("A.B. Smith",)),
        ("By J. R. R. Tolkien", ("J. R. R. Tolkien",)),
        (
            "By Mary O'Neill in Dublin and Sean Mac Giolla in Cork",
            ("Mary O'Neill", "Sean Mac Giolla"),
        ),
        (
            "By A.B. Smith, J. R. R. Tolkien, and Nguyen Van An",
            ("A.B. Smith", "J. R. R. Tolkien", "Nguyen Van An"),
        ),
    ],
)
def test_name_lists_places_and_particles_in_each_layout(
    layout: str, line: str, authors: tuple[str, ...]
) -> None:
    text = _in_layout(layout, line)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == layout
    assert article.byline is not None
    assert article.byline.authors == authors
    assert tuple(s.of(text) for s in article.spans["authors"]) == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Associated Press writer Jo Roe in Dayton contributed.", ("Jo Roe",)),
        ("Associated Press writers Jo Roe and Al Poe contributed", ("Jo Roe", "Al Poe")),
    ],
)
def test_ap_contributed_without_to_this_report(line: str, names: tuple[str, ...]) -> None:
    found = read_attribution(line)
    assert found is not None
    assert found.kind == "contributed"
    assert found.sources == ("AP",)
    assert found.credits == (Credit(role="contributed", names=names),)


def test_a_sentence_ending_in_contributed_is_no_attribution() -> None:
    assert read_attribution("Local businesses also contributed.") is None


def test_ap_contributed_line_between_rules_leaves_the_body() -> None:
    text = (
        "Budget deal reached\n\n"
        "SALEM, Ore. (AP) \u2014 Lawmakers reached a budget deal late Monday.\n\n"
        "___\n\n"
        "Associated Press writer Jo Roe in Portland contributed.\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == ("Lawmakers reached a budget deal late Monday.",)
    assert article.attribution is not None
    assert article.attribution.credits == (Credit(role="contributed", names=("Jo Roe",)),)
    check_article(text, article)


def test_a_sentence_ending_in_contributed_after_agency_writers_is_no_credit() -> None:
    line = "Associated Press writers helped, and everyone contributed."
    assert read_attribution(line) is None
    found = read_attribution("Associated Press writer Jo Roe in Chicago contributed.")
    assert found is not None
    assert found.credits == (Credit(role="contributed", names=("Jo Roe",)),)


def test_a_sentence_about_contributions_to_a_report_is_no_credit() -> None:
    line = "Residents contributed to this report by sending photos, the station said."
    assert read_attribution(line) is None
    text = "Storm hits coast\n\nBy Jane Doe\n\nThe storm hit on Monday.\n\n" + line + "\n"
    a = newsparse.parse(text)
    assert a.paragraphs == ("The storm hit on Monday.", line)
    assert a.attribution is None


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe contributed to this report.",
        "Jane Doe in Chicago contributed to this report from Washington.",
        "(Jane Doe contributed to this story.)",
    ],
)
def test_a_contributed_line_is_still_a_credit(line: str) -> None:
    found = read_attribution(line)
    assert found is not None
    assert found.credits[0].names == ("Jane Doe",)


@pytest.mark.parametrize(
    "line",
    ["By Jane Doe, Head of Social Media", "By Jane Doe The Hague", "By Jane Doe The First"],
)
def test_a_role_or_a_place_after_the_names_is_no_outlet(line: str) -> None:
    found = read_byline(line)
    assert found is None or found.byline.organization is None


def test_door_county_is_no_dutch_by() -> None:
    value = "Door County Staff"
    found = bylines.read_labelled_byline(value, 0, len(value))
    assert found is None or "County Staff" not in (found.byline.organization or "")


@pytest.mark.parametrize(
    "line",
    [
        "Written by Orla Fennimore, the play has toured the north since it opened in May.",
        "Edited by comedian Sal Brannock, this year's guide lists a record 1,900 shows.",
        "Compiled by the statistics office, the figures cover all of 2004.",
        "Written by newcomer Ellis Parr, the show follows a family running a guesthouse.",
    ],
)
def test_a_credit_whose_names_run_on_into_a_sentence_is_no_attribution(line: str) -> None:
    # A participle opening a sentence: ``by`` is followed by a clause, not by names.
    assert read_attribution(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Compiled by Jane Doe", (Credit(role="compiled", names=("Jane Doe",)),)),
        (
            "Writing by Jane Doe; Editing by John Roe",
            (
                Credit(role="writing", names=("Jane Doe",)),
                Credit(role="editing", names=("John Roe",)),
            ),
        ),
        (
            "(Additional reporting by China bureau; Editing by Jo Bloggs)",
            (
                Credit(role="additional reporting", names=("China bureau",)),
                Credit(role="editing", names=("Jo Bloggs",)),
            ),
        ),
        (
            "Compiled by Jo Roe for the Africa desk; editing by Al Poe",
            (
                Credit(role="compiled", names=("Jo Roe",)),
                Credit(role="editing", names=("Al Poe",)),
            ),
        ),
        (
            "Written by comedian Sal Brannock.",
            (Credit(role="writing", names=("comedian Sal Brannock",)),),
        ),
    ],
)
def test_credit_lines_with_desks_places_and_a_description_stay_credits(
    line: str, expected: tuple[Credit, ...]
) -> None:
    found = read_attribution(line)
    assert found is not None
    assert found.credits == expected


@pytest.mark.parametrize("where", ["first", "last"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Written by Orla Fennimore, The Quiet Tenant has played to packed houses since May.",
        "Compiled by the Office for National Statistics, the figures show 1.38 million claimants.",
    ],
)
def test_a_sentence_opening_with_written_by_stays_in_the_body(where: str, sentence: str) -> None:
    # As a story's first or last paragraph the sentence was read as a credit line and
    # left the body.
    paras = [
        "Producers said on Thursday that the show would transfer to New York.",
        "Tickets go on sale in June.",
    ]
    paras.insert(0 if where == "first" else len(paras), sentence)
    text = "Stage thriller heads for Broadway\n\n" + "\n\n".join(paras) + "\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(paras)
    assert a.attribution is None or not a.attribution.credits


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Jo Roe by telephone from Misrata; Editing by Kim Lee)",
        "(Reporting by Jo Roe via satellite phone from Kandahar; Editing by Kim Lee)",
        "(Reporting by Jo Roe aboard a navy patrol boat; Editing by Kim Lee)",
        "(Reporting by Jo Roe traveling with the prime minister; Editing by Kim Lee)",
        "(Reporting by Jo Roe, a freelance journalist based in Juba; Editing by Kim Lee)",
        "(Reporting by Jo Roe in Nairobi and by telephone from Juba; Editing by Kim Lee)",
        "Reporting by Jo Roe via satellite phone from Kandahar; Editing by Kim Lee",
    ],
)
def test_a_note_on_where_a_writer_filed_from_leaves_the_trailer_a_credit(line: str) -> None:
    # A bracketed trailer, or one whose credits ``;`` parts, is no sentence: the note
    # after the writer's name is cut off, and the other credits stay.
    found = read_attribution(line)
    assert found is not None
    assert found.credits == (
        Credit(role="reporting", names=("Jo Roe",)),
        Credit(role="editing", names=("Kim Lee",)),
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The note in the first name part, or opening a later one with a preposition.
        (
            "Reporting by Jo Roe via satellite phone from Kandahar",
            (Credit(role="reporting", names=("Jo Roe",)),),
        ),
        (
            "Reporting by Jo Roe in Nairobi and by telephone from Juba",
            (Credit(role="reporting", names=("Jo Roe",)),),
        ),
        # A part that runs on into a clause gives no credit; the others stay.
        (
            "Reporting by Jo Roe, a freelance journalist based in Juba, editing by Kim Lee",
            (Credit(role="editing", names=("Kim Lee",)),),
        ),
    ],
)
def test_an_unbracketed_credit_line_drops_only_a_part_that_runs_on(
    line: str, expected: tuple[Credit, ...]
) -> None:
    found = read_attribution(line)
    assert found is not None
    assert found.credits == expected


def test_a_wire_trailer_with_a_note_on_the_writer_leaves_the_body() -> None:
    text = (
        "Rebels hold port\n\n"
        "MISRATA, Libya (Reuters) - Rebels held the port on Sunday, residents said.\n\n"
        "Residents said food was running short.\n\n"
        "(Reporting by Jo Roe by telephone from Misrata; Editing by Kim Lee)\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == "Residents said food was running short."
    assert a.attribution is not None
    assert a.attribution.credits == (
        Credit(role="reporting", names=("Jo Roe",)),
        Credit(role="editing", names=("Kim Lee",)),
    )


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by the Carrow Herald and the Island Times prompted the inquiry.)",
        "(Reporting by Jo Roe uncovered the scheme in March.)",
    ],
)
def test_a_bracketed_line_whose_names_run_into_a_verb_is_no_credit(line: str) -> None:
    # The names run on into a verb and its object: a sentence, even in brackets; a note
    # on the writer (``aboard a navy patrol boat``) opens with a preposition instead.
    assert read_attribution(line) is None


def test_a_bracketed_sentence_at_a_wire_storys_foot_stays_in_the_body() -> None:
    text = (
        "Ferry fares to rise\n\n"
        "DUNMORE, Ireland (Reuters) - Ferry fares will rise by a fifth, the operator said.\n\n"
        "The operator blamed fuel costs.\n\n"
        "(Reporting by the Carrow Herald and the Island Times prompted the inquiry.)\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == (
        "(Reporting by the Carrow Herald and the Island Times prompted the inquiry.)"
    )
    assert a.attribution is None or not a.attribution.credits


@pytest.mark.parametrize(
    ("trailer", "sources"),
    [
        ("(With PTI inputs)", ("PTI",)),
        ("(With Reuters inputs)", ("Reuters",)),
        ("(with IANS inputs)", ("IANS",)),
        ("(With PTI and ANI inputs)", ("PTI", "ANI")),
    ],
)
def test_agencies_named_before_inputs_are_the_sources(
    trailer: str, sources: tuple[str, ...]
) -> None:
    # Indian sites write the agency before the word as often as after it: ``(With PTI
    # inputs)`` as ``(With inputs from PTI)``.
    text = (
        "Metro fares to rise from April3 min read 12 Mar 2024, 08:15 PM IST\n"
        "The increase is the first in five years.\n"
        "The metro corporation on Tuesday announced a fare rise of up to 10 per cent.\n"
        "Monthly passes will cost more from April 1.\n"
        f"{trailer}\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "mint"
    assert article.attribution is not None
    assert article.attribution.sources == sources
    assert article.paragraphs == (
        "The metro corporation on Tuesday announced a fare rise of up to 10 per cent.",
        "Monthly passes will cost more from April 1.",
    )


@pytest.mark.parametrize(
    "line", ["(With farmers' inputs)", "(With no inputs)", "(With many inputs)"]
)
def test_words_before_inputs_that_name_no_agency_credit_none(line: str) -> None:
    assert read_attribution(line) is None
