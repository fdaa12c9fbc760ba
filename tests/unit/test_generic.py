"""The generic layout's header (kickers, bylines and dates) and its paragraphs."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.extract.furniture import furniture_rule
from newsparse.model import Credit
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
        ("By Jo Roe\nand Sam Poe", ("Jo Roe", "Sam Poe"), None),
        ("By Jo Roe, Al Mo\n& Sam Poe", ("Jo Roe", "Al Mo", "Sam Poe"), None),
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


_PARAS = (
    "The harbour board approved new ferry fees on Tuesday, after a long debate.\n\n"
    "The fees start in April and will be reviewed every year, the board said.\n"
)


@pytest.mark.parametrize("header", ["By Jo Roe\n", "March 3, 2011\n", "By Jo Roe\nMarch 3, 2011\n"])
def test_a_standfirst_between_the_headline_and_the_byline_or_date(header: str) -> None:
    standfirst = "Fares rise for the first time in ten years."
    text = f"Harbour board approves new ferry fees\n\n{standfirst}\n\n{header}\n{_PARAS}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.summary == standfirst
    assert (article.byline is not None) == ("By" in header)
    assert (article.date is not None) == ("2011" in header)
    assert article.paragraphs == tuple(p.strip() for p in _PARAS.split("\n\n"))


def test_a_first_paragraph_over_a_sentence_with_a_date_is_no_standfirst() -> None:
    # The line under it is prose that holds a date, not a date line.
    text = (
        "Harbour board approves new ferry fees\n\n"
        "Fares rise for the first time in ten years.\n\n"
        "The board met on March 3, 2011 and voted on the fees.\n\n" + _PARAS
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.summary is None
    assert article.paragraphs[0] == "Fares rise for the first time in ten years."


@pytest.mark.parametrize("role", ["Staff Writer", "Environment correspondent"])
def test_a_role_under_the_byline_is_no_paragraph(role: str) -> None:
    text = f"Harbour board approves new ferry fees\n\nBy JO ROE\n{role}\n\n{_PARAS}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == ("JO ROE",)
    assert article.paragraphs == tuple(p.strip() for p in _PARAS.split("\n\n"))
    # The role finishes the byline, as under a wire story's: its text holds both lines.
    assert article.byline.text == f"By JO ROE\n{role}"


_UNDER_A_SUBHEADING = (
    "A crack was found in the main span during a routine check.\n"
    "The council said buses would run.\n"
)


@pytest.mark.parametrize("line", ["What happened on 14 August 2023", "Key dates: 14 August 2023"])
def test_a_first_paragraph_over_a_short_line_holding_a_date_is_no_standfirst(line: str) -> None:
    # Words beside the date make the line a subheading, not a date line: no summary,
    # no date, and the body keeps its four one-line paragraphs.
    text = (
        "Bridge closes for repairs\nThe town bridge will close for six weeks.\n"
        f"{line}\n{_UNDER_A_SUBHEADING}"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.summary is None
    assert article.date is None
    assert article.paragraphs == (
        "The town bridge will close for six weeks.",
        line,
        *_UNDER_A_SUBHEADING.splitlines(),
    )


def test_a_standfirst_over_a_date_leaves_the_body_its_paragraphs() -> None:
    # Without the standfirst and the date line, the subheading and the paragraphs under
    # it would look hard-wrapped; the layout is judged as before the header was read.
    text = (
        "Bridge closes for repairs\nThe town bridge will close for six weeks.\n"
        f"14 August 2023\n\nWhat the council said\n{_UNDER_A_SUBHEADING}"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.summary == "The town bridge will close for six weeks."
    assert article.date is not None
    assert article.date.date().isoformat() == "2023-08-14"
    assert article.paragraphs == ("What the council said", *_UNDER_A_SUBHEADING.splitlines())


@pytest.mark.parametrize(
    ("by", "line"),
    [
        ("By Jo Roe", "Newsroom staff walk out"),
        ("By Jo Roe", "Editor-in-chief steps down"),
        # A role's word after function words: a subheading, no role.
        ("By Jo Roe", "Why I became a reporter"),
        ("By Jo Roe", "Letters to the Editor"),
        ("By Jo Roe", "A note from the editor"),
        # A byline ending with a comma over no names: no wrap.
        ("By Jo Roe,", "Newsroom staff walk out"),
        ("By Jo Roe,", "Key Highlights"),
        ("By Jo Roe,", "Local News"),
        # One name after a comma is a place's or a subheading's as often.
        ("By Jo Roe,", "Valley Springs"),
        ("By Jo Roe,", "Safety Concerns"),
    ],
)
def test_a_line_with_a_roles_word_among_others_under_the_byline_is_a_paragraph(
    by: str, line: str
) -> None:
    text = f"Harbour board approves new ferry fees\n\n{by}\n{line}\n\n{_PARAS}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == ("Jo Roe",)
    assert article.paragraphs == (line, *(p.strip() for p in _PARAS.split("\n\n")))


def test_a_role_with_its_outlet_under_the_byline_is_no_paragraph() -> None:
    role = "Senior Reporter at the Herald"
    text = f"Harbour board approves new ferry fees\n\nBy Jo Roe\n{role}\n\n{_PARAS}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(p.strip() for p in _PARAS.split("\n\n"))
    assert "generic.byline-role" in article.rules["furniture"]


_DOCK_HEAD = "Dock strike halts cargo at three ports"
_DOCK_PARAS = (
    "Dock workers walked out on Monday, halting cargo at three ports.\n\n"
    "Union leaders said the strike would last a week.\n"
)


@pytest.mark.parametrize(
    ("caption", "rules"),
    [
        # A caption its own label or credit marks: the photo's, no standfirst.
        (
            "Photo: Containers stand idle at the East Quay terminal on Monday.",
            ("furniture.credit",),
        ),
        (
            "Image caption, Containers stand idle at the East Quay terminal on Monday.",
            ("furniture.caption",),
        ),
        # With its credit glued on, it had ended the header: byline and date were lost.
        (
            "Containers stand idle at the East Quay terminal on Monday. (Photo: Sam Roe/Reuters)",
            ("furniture.credit",),
        ),
        (
            "Containers stand idle at the East Quay terminal, Aug. 14, 2023. (AP Photo/Sam Roe)",
            ("furniture.credit",),
        ),
        # A caption over its credit on a line of its own.
        (
            "Containers stand idle at the East Quay terminal on Monday.\nPhoto: Sam Roe/Reuters",
            ("furniture.caption", "furniture.credit"),
        ),
        # An agency after a bar or a slash stands apart from the words before it.
        ("Containers stand idle at the East Quay terminal | Bloomberg", ("furniture.credit",)),
        ("Foto: Contenedores en la terminal del muelle este el lunes.", ("furniture.credit",)),
    ],
)
@pytest.mark.parametrize("header", ["By Jane Doe\n14 August 2023", "By Jane Doe", "14 August 2023"])
def test_a_photo_caption_between_the_headline_and_the_byline_is_no_standfirst(
    caption: str, rules: tuple[str, ...], header: str
) -> None:
    text = f"{_DOCK_HEAD}\n\n{caption}\n{header}\n\n{_DOCK_PARAS}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.headline == _DOCK_HEAD
    assert article.summary is None
    assert (article.byline.authors if article.byline else None) == (
        ("Jane Doe",) if "By" in header else None
    )
    assert (article.date is not None) == ("2023" in header)
    assert article.paragraphs == tuple(p.strip() for p in _DOCK_PARAS.split("\n\n"))
    found = dict(zip(article.rules["furniture"], article.spans["furniture"], strict=True))
    assert tuple(r for r in found if r in rules) == rules
    assert "\n".join(found[r].of(text) for r in rules) == caption


@pytest.mark.parametrize(
    "standfirst",
    [
        "Union says the walkout will last a week as talks on pay stall.",
        # An agency's name inside a sentence is no credit.
        "Shutterstock shares rose 5% after the strike began on Monday.",
        # Nothing marks a caption here: it reads as a standfirst, as before.
        "Containers stand idle at the East Quay terminal on Monday.",
        # A credit's label glued to the word before it is a word of the sentence.
        "The big picture: dock wages are rising slower than rents in every port.",
        "Tax credit: who gets the new payment for striking workers, and when.",
        "Self-image: why young dockers are quitting the union in droves.",
        "Das neue Leitbild: Der Hafen will bis 2030 klimaneutral werden.",
        # So is ``courtesy`` after a comma, or opening a long sentence.
        "Shippers get a week of cheaper berths, courtesy of a cut in port dues.",
        "Courtesy of a loophole, shippers pay no dues on their idle containers.",
        "Courtesy of a loophole, shippers pay less.",
        # A credit's label over a sentence, not a few words of names.
        "Credit: banks tighten lending to shippers as interest rates climb again.",
        "Dock fees are easing. Credit: the port has cut its charges three times.",
        "The port (credit: the taxpayer) will foot the bill for the new cranes.",
        # A photo agency the sentence is about, or one the sentence goes on after.
        "Getty Images CEO says AI firms must pay for the dock photos they use.",
        "Alamy, the stock photo site, has been sold to a rival in the port city.",
        "Tax credit: most dockers face cuts, an Ipsos/Reuters poll finds.",
        # A label's word opening a sentence in lower case: a deck.
        "Picture: a port that has lost its only ferry for four months.",
        "Image: is this the ugliest ferry terminal on the coast?",
        "Video: why winter ferries are so hard to keep running.",
    ],
)
def test_a_standfirst_between_the_headline_and_the_byline_stays_the_summary(
    standfirst: str,
) -> None:
    text = f"{_DOCK_HEAD}\n\n{standfirst}\nBy Jane Doe\n14 August 2023\n\n{_DOCK_PARAS}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.summary == standfirst
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)
    assert "furniture.credit" not in article.rules.get("furniture", ())


def test_a_credited_caption_under_the_headline_over_the_body_is_furniture() -> None:
    # No byline or date under it: the header ends there, and the body's caption reader
    # files it (it was left as the first paragraph before captions were read there).
    caption = "Containers stand idle at the East Quay terminal on Monday. (Photo: Sam Roe/Reuters)"
    text = f"{_DOCK_HEAD}\n\n{caption}\n\n{_DOCK_PARAS}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert caption not in article.paragraphs
    assert [s.of(text) for s in article.spans["furniture"]] == [caption]
    assert article.rules["furniture"] == ("furniture.credit",)


@pytest.mark.parametrize("byline", ["Tom Field | Reuters", "Olly Park and Nadia Kerr | AP"])
def test_a_standfirst_over_a_byline_with_its_agency_after_a_bar_stays_the_summary(
    byline: str,
) -> None:
    # ``Name | Agency`` reads as a photo's credit too; under a standfirst it is the byline.
    standfirst = "Dockers say the cut is unfair and will strike again."
    text = f"{_DOCK_HEAD}\n\n{standfirst}\n{byline}\n2 February 2025\n\n{_DOCK_PARAS}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.summary == standfirst
    assert article.byline is not None
    assert article.byline.text == byline
    assert article.date is not None


_BUDGET_HEAD = (
    "Council sets out its budget\n\n"
    "The city council has published a spending plan for the coming year which it says "
    "will protect front-line services despite a fall in grants.\n\n"
)
_BUDGET_TAIL = (
    "\n\nOpposition councillors said the plan relied on optimistic forecasts and would "
    "leave the authority short of money by the end of the decade.\n"
)


@pytest.mark.parametrize("mark", ["-", "*", "\u2022"])
def test_a_list_set_apart_by_blank_lines_is_one_paragraph(mark: str) -> None:
    # Paragraphs apart, one long line each: the list's block is one paragraph, as it is
    # when the other paragraphs are short enough to read as hard-wrapped copy.
    items = f"{mark} Keep all libraries open \n {mark} Fix the ring road \n {mark} Hire wardens"
    lead = "The leader of the council said the plan must do the following:"
    text = f"{_BUDGET_HEAD}{lead}\n\n{items}{_BUDGET_TAIL}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.paragraphs[1:3] == (
        lead,
        f"{mark} Keep all libraries open {mark} Fix the ring road {mark} Hire wardens",
    )
    assert len(article.paragraphs) == 4


@pytest.mark.parametrize(
    "block",
    [
        # The lead-in in the list's block: each line stays a paragraph.
        "The plan must:\n- Keep all libraries open\n- Fix the ring road",
        # Marks that differ make no list.
        "- Keep all libraries open\n* Fix the ring road",
        # One item is no list.
        "- Keep all libraries open",
        # A dialogue's turns, and an interview's, are a line each.
        "- Are we going out tonight?\n- Not in this weather.",
        "- When will work start? In the spring.\n- Will ferries run? Yes, from the north.",
        "- Run!\n- Not in this weather.",
        # The en dash sets a dialogue's turns in many languages.
        "\u2013 We sail at dawn.\n\u2013 Not in this weather.",
    ],
)
def test_what_is_no_list_block_stays_a_paragraph_a_line(block: str) -> None:
    text = f"{_BUDGET_HEAD}{block}{_BUDGET_TAIL}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[1:-1] == tuple(block.split("\n"))


def test_a_list_in_text_that_sets_no_paragraph_apart_is_a_paragraph_an_item() -> None:
    # Lines apart by single line breaks (a page dump): no block is the writer's paragraph.
    text = (
        "Council sets out its budget\n"
        "The city council has published a spending plan for the coming year which it says "
        "will protect front-line services despite a fall in grants.\n"
        "Some said the plan must do more, and soon, for the outer estates and villages.\n"
        "\n"
        "- Keep all libraries open\n"
        "- Fix the ring road\n"
        "\n"
        "A first paragraph after the list runs on for long enough to read as prose here.\n"
        "A second one follows it on the next line and runs on for as long as the first.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert "- Keep all libraries open" in article.paragraphs
    assert "- Fix the ring road" in article.paragraphs


_POOL = (
    "The pool closed last spring when cracks were found in the tiles.\n"
    "Leisure manager Tanya Croft said the changing rooms would be accessible.\n"
    "Lessons for children will restart in the first week.\n"
)
_POOL_PARAGRAPHS = tuple(_POOL.splitlines())


def _pool_article(header: str) -> tuple[str, newsparse.Article]:
    """The pool story under ``header`` (the lines between its headline and its body), parsed."""
    text = "Pool to reopen after refurbishment\n" + header + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    return text, article


@pytest.mark.parametrize(
    "header",
    [
        # Names alone over the date line, with the writer's role between, or under it.
        "Sarah Quill\n3 March 2024\n",
        "Sarah Quill\nHealth Reporter\n3 March 2024\n",
        "Sarah Quill\n\n3 March 2024\n\n",
        # Names alone beside the date on one line.
        "Sarah Quill | 3 March 2024\n",
        "Sarah Quill, 3 March 2024\n",
        "3 March 2024 - Sarah Quill\n",
    ],
)
def test_names_alone_beside_the_date_line_are_the_byline(header: str) -> None:
    # A page copied without its chrome: no ``By``, a paragraph a line.
    _text, article = _pool_article(header)
    assert article.format == "generic"
    assert article.headline == "Pool to reopen after refurbishment"
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date is not None
    assert article.date.date().isoformat() == "2024-03-03"
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize(
    "header",
    [
        # No date line beside them: a subheading or a place, not a byline.
        "Sarah Quill\n",
        # Under the date line: a subheading, or the first words of the story.
        "3 March 2024\nKey Points\n",
        "3 March 2024\nSarah Quill\n",
        # A photo agency's credit over the date.
        "Getty Images\n3 March 2024\n",
        # A section's label, not people's names.
        "Local News | 3 March 2024\n",
        "Local News\n3 March 2024\n",
    ],
)
def test_words_without_a_date_beside_them_or_that_name_no_one_are_no_byline(
    header: str,
) -> None:
    _text, article = _pool_article(header)
    assert article.byline is None


def test_one_line_paragraphs_under_subheads_are_not_read_as_wrapped_copy() -> None:
    # Short lines that leave room for the next line's first word were broken by hand.
    text = (
        "7 things to do this weekend\nBy Nina Oduya\n17 May 2024\n"
        "Here is our pick of what's on.\n1. Food festival\n"
        "More than 60 stalls fill the gardens on Saturday.\n2. Open studios\n"
        "Local artists open their doors all weekend.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == (
        "Here is our pick of what's on.",
        "1. Food festival",
        "More than 60 stalls fill the gardens on Saturday.",
        "2. Open studios",
        "Local artists open their doors all weekend.",
    )


def test_hard_wrapped_copy_is_still_one_paragraph_a_block() -> None:
    text = (
        "Sea wall approved\n\nThe council voted on Monday to approve\n"
        "the new sea wall, which will cost four\nmillion pounds and take two years to\n"
        "build.\n\nWork starts in the spring, when the\nstorms have passed, the council said.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    first = (
        "The council voted on Monday to approve the new sea wall, which will cost four "
        "million pounds and take two years to build."
    )
    assert article.paragraphs == (
        first,
        "Work starts in the spring, when the storms have passed, the council said.",
    )


@pytest.mark.parametrize(
    "box",
    [
        "Related Coverage\nWheat futures ease as supply fears fade\nDockworkers vote to strike",
        "Most Read from Bloomberg\nHeat wave pushes power prices to records",
        "READ MORE:\nBond yields edge higher",
        "Related Coverage",
    ],
)
@pytest.mark.parametrize(
    "head",
    ["Grain ships wait off the coast\n\n", "LONDON, Aug 11 (Reuters) - Grain ships wait.\n\n"],
)
def test_a_box_of_links_in_the_story_is_furniture_and_parts_no_paragraph(
    box: str, head: str
) -> None:
    text = (
        head + "About 30 vessels were waiting to load.\n\n" + box + "\n\n"
        "The union said talks would resume on Monday.\n\nPort officials declined to comment.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-3:] == (
        "About 30 vessels were waiting to load.",
        "The union said talks would resume on Monday.",
        "Port officials declined to comment.",
    )
    furniture = "\n".join(s.of(text) for s in article.spans["furniture"])
    assert box in furniture


@pytest.mark.parametrize(
    ("last", "kind", "agency"),
    [
        ("dpa", "sign-off", "dpa"),
        ("ANP", "sign-off", "ANP"),
        ("(AFP)", "sign-off", "AFP"),
        ("(Avec AFP)", "inputs", "AFP"),
        ("(Mit Material von dpa)", "inputs", "dpa"),
        ("(Con información de EFE)", "inputs", "EFE"),
    ],
)
def test_an_agency_alone_under_the_story_is_its_attribution(
    last: str, kind: str, agency: str
) -> None:
    text = (
        "Rekordbesuch beim Weinfest\n04.09.2023\n"
        "Das Weinfest hat so viele Besucher angelockt wie nie zuvor.\n"
        "Die Polizei zog eine friedliche Bilanz.\n" + last + "\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == (
        "Das Weinfest hat so viele Besucher angelockt wie nie zuvor.",
        "Die Polizei zog eine friedliche Bilanz.",
    )
    assert article.attribution is not None
    assert article.attribution.sources == (agency,)
    assert article.attribution.text == last
    assert article.rules["attribution"] == (f"generic.attribution.{kind}",)


@pytest.mark.parametrize("last", ["Avec plaisir.", "Mit freundlichen Grüßen", "PA"])
def test_a_short_last_line_that_names_no_agency_stays_in_the_body(last: str) -> None:
    text = "Weinfest endet\n\nDas Weinfest ist vorbei.\n\n" + last + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == last


@pytest.mark.parametrize(
    "label",
    [
        "Features",
        "Staff report",
        "Redacción",
        "Da Redação",
        "Local News",
        # A feature's label, in title case as names are.
        "In Depth",
        "At A Glance",
        "In Pictures",
    ],
)
def test_a_section_or_desk_label_over_the_date_line_is_furniture(label: str) -> None:
    text, article = _pool_article(label + "\n3 March 2024\n")
    assert article.byline is None
    assert article.date is not None
    assert article.date.date().isoformat() == "2024-03-03"
    assert article.paragraphs == _POOL_PARAGRAPHS
    rules = dict(zip(article.rules["furniture"], article.spans["furniture"], strict=True))
    assert rules["generic.label"].of(text) == label


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("By Jane Doe\nTribune News Service\n", "Tribune News Service"),
        ("Jane Doe\nABC News\n", "ABC News"),
        ("Jane Doe\nBBC News, Cumbria\n", "BBC News"),
        ("By Jane Doe\nThe Valley Herald\n", "The Valley Herald"),
    ],
)
def test_an_outlet_line_between_the_byline_and_the_date(header: str, outlet: str) -> None:
    _text, article = _pool_article(header + "Dec 11, 2023\n")
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)
    assert article.byline.organization == outlet
    assert article.date is not None
    assert article.date.date().isoformat() == "2023-12-11"
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize("place", ["Valderón", "Beaune, Burgundy", "New York", "Mount Vernon"])
def test_the_place_a_writer_reports_from_between_the_names_and_the_date(place: str) -> None:
    text, article = _pool_article(f"Sarah Quill\n{place}\n4 July 2023\n")
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date is not None
    assert article.date.date().isoformat() == "2023-07-04"
    assert article.paragraphs == _POOL_PARAGRAPHS
    rules = dict(zip(article.rules["furniture"], article.spans["furniture"], strict=True))
    assert rules["generic.byline-place"].of(text) == place


@pytest.mark.parametrize("contact", ["squill@herald.example", "Email: squill@herald.example"])
def test_the_writers_address_between_the_names_and_the_date(contact: str) -> None:
    text, article = _pool_article(f"Sarah Quill\n{contact}\n4 July 2023\n")
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date is not None
    assert article.date.date().isoformat() == "2023-07-04"
    assert article.paragraphs == _POOL_PARAGRAPHS
    rules = dict(zip(article.rules["furniture"], article.spans["furniture"], strict=True))
    assert rules["generic.byline-contact"].of(text) == contact


def test_a_date_line_with_its_update_in_brackets() -> None:
    # Corriere della Sera's line: the first date is the article's.
    _text, article = _pool_article(
        "di Sarah Quill\n29 giugno 2023 (modifica il 30 giugno 2023 | 18:40)\n"
    )
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date is not None
    assert article.date.date().isoformat() == "2023-06-29"
    assert article.paragraphs == _POOL_PARAGRAPHS


def test_a_round_ups_subheading_in_a_blank_line_copy_keeps_its_items() -> None:
    # ``In other news`` heads the story's own part, not a box of other stories.
    text = (
        "Carrow bridge opens two months early\n\n"
        "The new Carrow bridge opened to traffic on Thursday, two months ahead of schedule.\n\n"
        "In other news\n\nEllery library to open on Sundays\n\n"
        "The library will open from 10am to 4pm from January.\n\n"
        "Dunmere pool reopens after roof repairs\n\nThe pool had been closed since August.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == "The pool had been closed since August."
    assert "generic.related" not in article.rules["furniture"]


def test_a_second_name_under_the_names_is_no_place() -> None:
    # Two capitalised words no place table knows may be a second writer: not read as
    # a place, the header stops there, and nothing is invented.
    _text, article = _pool_article("Sarah Quill\nTom Baxter\n4 July 2023\n")
    assert article.byline is None
    assert "generic.byline-place" not in article.rules["furniture"]


@pytest.mark.parametrize(
    ("header", "org", "desk"),
    [
        ("3 June 2024\nSarah Quill\nBBC News, Powys\n", "BBC News", "BBC News, Powys"),
        ("17 April 2024\nSarah Quill\nPolitical correspondent\n", None,
         "Political correspondent"),
        ("2 hours ago\nSarah Quill\nReporting from Mbereni\n", None, "Reporting from Mbereni"),
    ],
)  # fmt: skip
def test_names_over_their_role_or_outlet_under_the_date(
    header: str, org: str | None, desk: str
) -> None:
    text, article = _pool_article(header)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.organization) == (("Sarah Quill",), org)
    assert article.paragraphs == _POOL_PARAGRAPHS
    furniture = [s.of(text) for s in article.spans["furniture"]]
    assert desk in furniture


@pytest.mark.parametrize(
    "lines",
    [
        "Image source, Getty Images\nImage caption, Divers at the pool's deep end\n",
        "Divers wait at the deep end.\nJo Roe/Reuters\n",
        "Divers wait at the deep end. (AP Photo/Jo Roe)\n",
        "Photo: Jo Roe/AFP\n",
    ],
)
def test_photo_captions_and_credits_in_the_body_are_furniture(lines: str) -> None:
    # In a block of its own: a sentence right over a credit would be its caption.
    first, *rest = _POOL.splitlines(keepends=True)
    text = "Pool to reopen\nBy Sarah Quill\n" + first + "\n" + lines + "\n" + "".join(rest)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == _POOL_PARAGRAPHS
    furniture = {s.of(text) for s in article.spans["furniture"]}
    assert set(lines.splitlines()) <= furniture


def test_a_wrapped_paragraph_over_a_credit_keeps_its_last_line() -> None:
    text = (
        "Pool to reopen after refurbishment\nBy Sarah Quill\n\n"
        "The pool closed last spring when cracks were found in the tiles of the main\n"
        "basin, and the council spent the winter deciding how to pay for repairs to\n"
        "the tiles.\nPhoto: Jo Roe/AFP\n\n"
        "Lessons for children will restart in the first week of the new school term,\n"
        "the council said.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[0].endswith("repairs to the tiles.")
    assert [s.of(text) for s in article.spans["furniture"]] == ["Photo: Jo Roe/AFP"]


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        # The published date, whichever comes first.
        (("By Sarah Quill\nUpdated January 2, 2024 at 9:15 a.m. EST\n"
          "Published January 1, 2024 at 8:00 a.m. EST\n"), "2024-01-01T08:00:00-05:00"),
        (("By Sarah Quill\nPublished January 1, 2024 at 8:00 a.m. EST\n"
          "Updated January 2, 2024 at 9:15 a.m. EST\n"), "2024-01-01T08:00:00-05:00"),
        # Labels alone over their dates, under bare names or a By line.
        ("Sarah Quill\nPublished\n3 August 2023, 12:00 BST\nUpdated\n3 August 2023, 15:45 BST\n",
         "2023-08-03T12:00:00+01:00"),
        ("By Sarah Quill\nUpdated\n3 August 2023, 15:45 BST\nPublished\n3 August 2023, 12:00 BST\n",
         "2023-08-03T12:00:00+01:00"),
    ],
)  # fmt: skip
def test_the_published_date_over_or_under_an_update(header: str, iso: str) -> None:
    _text, article = _pool_article(header)
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date is not None
    assert article.date.isoformat() == iso
    assert article.paragraphs == _POOL_PARAGRAPHS
    assert "generic.byline-place" not in article.rules["furniture"]


def test_names_then_their_outlet_over_the_date_line() -> None:
    text = (
        "Pool to reopen after refurbishment\nSarah Quill\nThe Valley Herald\n"
        "March 3, 2024 at 6:45 p.m. EST\n" + _POOL
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.byline.organization == "The Valley Herald"
    assert article.date is not None
    assert article.date.isoformat() == "2024-03-03T18:45:00-05:00"
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize("line", ["Contributor: Sarah Quill", "Curated By : Sarah Quill"])
def test_a_writer_s_label_opens_a_byline(line: str) -> None:
    _text, article = _pool_article(line + "\nMarch 3, 2024\n")
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.paragraphs == _POOL_PARAGRAPHS


def test_a_consent_banner_over_the_story_is_furniture() -> None:
    text = (
        "We value your privacy\n"
        "We and our partners use cookies to store and access data on your device.\n"
        "Accept all\nManage preferences\n"
        "Pool to reopen after refurbishment\nBy Sarah Quill\n3 March 2024\n" + _POOL
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Pool to reopen after refurbishment"
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize("label", ["Opinion", "Coast Herald", "Analysis", "Celebrity news"])
@pytest.mark.parametrize(
    "header",
    [
        "By Sarah Quill\n3 March 2024\n",
        "Swimmers say the wait was far too long.\nBy Sarah Quill\n3 March 2024\n",
        "Sarah Quill\n3 March 2024\n",
    ],
)
def test_a_label_in_any_case_over_the_headline_and_its_header_is_furniture(
    label: str, header: str
) -> None:
    text = label + "\nPool to reopen after a long refurbishment\n" + header + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Pool to reopen after a long refurbishment"
    assert article.metadata["kicker"] == label
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date is not None
    assert article.paragraphs == _POOL_PARAGRAPHS


def test_a_short_first_line_with_no_header_under_the_next_is_the_headline() -> None:
    text = "Opinion\nPool to reopen after a long refurbishment\n" + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Opinion"
    assert "kicker" not in article.metadata


@pytest.mark.parametrize(
    ("stamps", "iso"),
    [
        ("Published 27 Oct 2023 | Updated 28 Oct 2023", "2023-10-27T00:00:00"),
        ("Updated: 28 Oct 2023 | Published: 27 Oct 2023", "2023-10-27T00:00:00"),
        (
            "Publié le 27 octobre 2023 à 14h05, modifié le 27 octobre 2023 à 16h10",
            "2023-10-27T14:05:00",
        ),
        (
            "Published 9:15 a.m. EST Feb. 19, 2024 | Updated 11:02 a.m. EST Feb. 19, 2024",
            "2024-02-19T09:15:00-05:00",
        ),
    ],
)
def test_published_and_updated_stamps_on_one_line_give_the_published_date(
    stamps: str, iso: str
) -> None:
    for header in (f"By Sarah Quill\n{stamps}\n", f"Sarah Quill\n{stamps}\n"):
        text = "Pool to reopen after refurbishment\n" + header + _POOL
        article = newsparse.parse(text)
        check_article(text, article)
        assert article.date is not None
        assert article.date.isoformat() == iso
        assert article.byline is not None
        assert article.byline.authors == ("Sarah Quill",)
        assert article.paragraphs == _POOL_PARAGRAPHS


def test_an_inline_related_link_opens_no_box_and_a_quote_is_no_link_title() -> None:
    text = (
        "Harbour wall to be rebuilt before winter after storms\nBy Jane Doe\n3 March 2024\n"
        "The council voted on Monday to approve the wall.\n"
        "Read more: Storm hits the coast\nWhat happens next\n"
        "Work starts in April, the council said.\n"
        "Related Coverage\n\u201cWe build it by May\u201d\nIt will open in May.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == (
        "The council voted on Monday to approve the wall.",
        "What happens next",
        "Work starts in April, the council said.",
        "\u201cWe build it by May\u201d",
        "It will open in May.",
    )


def test_wrapped_blocks_with_a_long_link_line_under_each_stay_wrapped() -> None:
    block = (
        "The council voted on Monday to approve the new sea wall,\n"
        "which will cost four million pounds and take two years to\n"
        "build, officials said in a statement issued late that day.\n"
        "Full statement: https://www.council.example/news/2024/03/harbour-wall-full-text.html\n"
    )
    text = "Harbour wall approved\n\n" + "\n".join([block] * 3)
    article = newsparse.parse(text, format="generic")
    check_article(text, article)
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("last", ["ap", "Ani", "uni"])
def test_a_lower_case_or_short_word_that_spells_an_agency_is_no_sign_off(last: str) -> None:
    text = "Weinfest endet\n\nDas Weinfest ist vorbei.\n\n" + last + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.attribution is None
    assert article.paragraphs[-1] == last


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Publicerad 24 januari 2024 06.50", "2024-01-24T06:50:00"),
        ("Publisert 15. okt. 2024 kl. 06:50", "2024-10-15T06:50:00"),
        ("Julkaistu 28.2.2023 06:50", "2023-02-28T06:50:00"),
        ("Le 02/02/2024 à 06h50", "2024-02-02T06:50:00"),
    ],
)
def test_a_date_line_labelled_in_other_languages_under_names(stamp: str, iso: str) -> None:
    text = "Pool to reopen after refurbishment\nSara Lind\n" + stamp + "\n" + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.date is not None
    assert article.date.isoformat() == iso
    assert article.byline is not None
    assert article.byline.authors == ("Sara Lind",)
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize(
    "stamp",
    [
        "2 hours ago", "Updated 2 hours ago", "vor 3 Stunden", "Il y a 2 heures",
        "hace 2 horas", "h\u00e1 2 horas", "2 ore fa", "3 jam lalu", "3 jam yang lalu",
        "3 \u0918\u0902\u091f\u0947 \u092a\u0939\u0932\u0947",  # 3 hours ago, in Hindi
        "\u0645\u0646\u0630 3 \u0633\u0627\u0639\u0627\u062a",  # 3 hours ago, in Arabic
    ],
)  # fmt: skip
def test_names_over_a_relative_time_are_the_byline_and_no_date_is_made_up(stamp: str) -> None:
    text = "Pool to reopen after refurbishment\nSarah Quill\n" + stamp + "\n" + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date is None  # the clock is never read
    assert article.paragraphs == _POOL_PARAGRAPHS


def test_the_photo_agency_words_are_the_credit_reader_s_agencies() -> None:
    from newsparse.extract import classify  # noqa: PLC0415 - a private table, read here only
    from newsparse.formats import generic  # noqa: PLC0415

    names = classify._PHOTO_AGENCIES.replace("\\x20", " ").replace("(?:-EFE)?", "").split("|")
    assert {name.split()[0] for name in names} <= generic._PHOTO_AGENCY_WORDS


@pytest.mark.parametrize(
    "sign_off", ["\u2014 AFP/Reuters", "Agencies/AFP", "With AFP/Reuters", "dpa/AP"]
)
def test_an_agency_sign_off_under_the_last_paragraph_makes_it_no_caption(sign_off: str) -> None:
    last = "Officials said the plan would be published next month after a vote."
    head = "Council plan\nBy Jo Roe\n3 June 2024\n\nThe council met on Monday.\n\n"
    text = f"{head}{last}\n{sign_off}\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == ("The council met on Monday.", last)


def test_a_paragraph_ending_in_an_agency_s_name_stays_a_paragraph() -> None:
    last = "The vote is expected to take place next week. AFP"
    text = f"Council plan\nBy Jo Roe\n3 June 2024\n\nThe council met on Monday.\n\n{last}\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == ("The council met on Monday.", last)


def test_a_caption_inside_wrapped_copy_parts_the_paragraph_and_is_no_part_of_it() -> None:
    caption = "Councillors vote in the chamber. (AP Photo/Jo Roe)"
    text = (
        "Council plan\nBy Jo Roe\n3 June 2024\n\n"
        "The council met on Monday evening to discuss the plan for the harbour and\n"
        "the ferry timetable, which residents have asked to change for two years.\n"
        f"{caption}\n"
        "Members voted seven to two in favour of the plan after a long debate about\n"
        "the cost of the works and the timing of the repairs.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert all(caption not in p for p in article.paragraphs)
    assert len(article.paragraphs) == 2
    furniture = article.spans["furniture"]
    assert all(
        not (f.start < p.end and p.start < f.end)
        for f in furniture
        for p in article.spans["paragraphs"]
    )


@pytest.mark.parametrize(
    "header",
    ["Morning Briefing\nThe Week Ahead\n", "Peter Pan\nThe Musical\n",
     "Taylor Swift\nThe Tortured Poets Department\n"],
)  # fmt: skip
def test_a_title_over_a_phrase_opening_with_the_is_no_byline(header: str) -> None:
    _text, article = _pool_article(header)
    assert article.byline is None


_DECK = "The pool will reopen with a new roof and a larger learner pool for children"


@pytest.mark.parametrize(
    "header",
    ["By Sarah Quill\n3 March 2024\n", "Sarah Quill\n3 March 2024\n", "Updated: 3 March 2024\n"],
)
def test_a_standfirst_with_no_full_stop_under_the_header(header: str) -> None:
    _text, article = _pool_article(header + _DECK + "\n")
    assert article.summary == _DECK
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "Why the pool closed",  # a subheading: too few words
        "THE POOL WILL REOPEN WITH A NEW ROOF AND A LARGER POOL",  # capitals
        "The pool will reopen with a new roof, the council said.",  # a sentence
    ],
)
def test_a_line_under_the_header_that_is_no_standfirst_stays_in_the_body(line: str) -> None:
    _text, article = _pool_article("By Sarah Quill\n3 March 2024\n" + line + "\n")
    assert article.summary is None
    assert article.paragraphs == (line, *_POOL_PARAGRAPHS)


def test_wrapped_copy_s_first_line_under_the_header_is_no_standfirst() -> None:
    text = (
        "Pool to reopen after refurbishment\nBy Sarah Quill\n3 March 2024\n\n"
        "The pool closed last spring when cracks were found in the tiles of the main\n"
        "basin, and the council spent the winter deciding how to pay for the repairs.\n\n"
        "Lessons for children will restart in the first week of the new school term,\n"
        "the council said on Monday.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.summary is None
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "deck", ["Roof work finished two months early", "Repairs to its roof are done"]
)
@pytest.mark.parametrize(
    "header", ["By Sarah Quill\n3 March 2024\n", "3 March 2024\n", "By Sarah Quill\n"]
)
def test_a_short_deck_written_as_a_sentence_over_the_header(deck: str, header: str) -> None:
    # Five words or more, most after the first in lower case, with no full stop: the
    # standfirst, and the header under it is read.
    _text, article = _pool_article(deck + "\n" + header)
    assert article.headline == "Pool to reopen after refurbishment"
    assert article.summary == deck
    assert (article.byline is not None) == header.startswith("By")
    assert (article.date is not None) == ("2024" in header)
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "Leisure Centre And Baths",  # title case: a subtitle or a wrapped headline
        "Work finished early",  # too few words
    ],
)
def test_a_short_line_over_the_header_not_written_as_a_sentence_is_no_deck(line: str) -> None:
    _text, article = _pool_article(line + "\nBy Sarah Quill\n3 March 2024\n")
    assert article.summary is None


@pytest.mark.parametrize("top", ["The Lion City Times", "National  World  Lifestyle  Travel"])
def test_a_site_s_name_over_a_short_headline_is_no_headline_over_a_deck(top: str) -> None:
    # The short headline under the page's top is no deck: the top is chrome.
    text = f"{top}\nHawker centre to reopen after upgrade\nBy Mei Ho\n19 April 2025\n{_POOL}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Hawker centre to reopen after upgrade"
    assert article.summary is None
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize("paper", ["Kerala Tribune", "The Valley Herald"])
@pytest.mark.parametrize(
    "header", ["By Anil Varghese\nAug 14, 2023 06:50 IST\n", "By Anil Varghese\n"]
)
def test_the_paper_s_name_between_the_headline_and_the_byline(paper: str, header: str) -> None:
    # The name is furniture, kept as the publication; the byline and date under it read.
    text, article = _pool_article("\n" + paper + "\n" + header + "\n")
    assert article.metadata["publication"] == paper
    assert article.byline is not None
    assert article.byline.authors == ("Anil Varghese",)
    assert (article.date is not None) == ("2023" in header)
    assert article.paragraphs == _POOL_PARAGRAPHS
    assert paper in [s.of(text) for s in article.spans["furniture"]]


def test_a_standfirst_over_bare_names_and_the_date() -> None:
    standfirst = "About 12,000 homes are affected and bottled water is handed out."
    _text, article = _pool_article(f"{standfirst}\nFfion Rees\nThu 10 Aug 2023 16.05 BST\n")
    assert article.summary == standfirst
    assert article.byline is not None
    assert article.byline.authors == ("Ffion Rees",)
    assert article.date is not None
    assert article.date.isoformat() == "2023-08-10T16:05:00+01:00"
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize(
    "editor",
    ["\u8d23\u4efb\u7f16\u8f91\uff1a\u674e\u7ea2", "(\u8d23\u4efb\u7f16\u8f91:\u674e\u7ea2)"],
)
def test_a_chinese_page_s_editor_line_is_an_editing_credit(editor: str) -> None:
    # 责任编辑:李红 (editor in charge: Li Hong) closes a Chinese portal's page.
    body = "\u5e02\u6c11\u53ef\u901a\u8fc7\u624b\u673a\u67e5\u8be2\u3002"
    text = f"\u65b0\u7ebf\u8def\u5f00\u901a\n2023-11-17 20:52\n{body}\n{editor}\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == (body,)
    assert article.attribution is not None
    assert article.attribution.credits == (Credit(role="editing", names=("\u674e\u7ea2",)),)


@pytest.mark.parametrize(
    ("closing", "rules"),
    [
        ("About the author\nSarah Quill writes about leisure. She lives in Kendal.",
         ["furniture.author-box", "generic.author-note"]),
        ("\u2014Greta Vale is a freelance journalist based in Lancaster.", ["generic.author-note"]),
        ("Sarah Quill ist Redakteurin im Ressort Freizeit.", ["generic.author-note"]),
        ("\u2014Greta Vale \u00e8 redattore del settimanale Valle Oggi.", ["generic.author-note"]),
        (("Sign up for our Morning Brief newsletter\nGet the day's top stories every morning.\n"
         "Email address\nSign Up\nBy signing up you agree to our Terms of Use."),
         ["furniture.newsletter", "generic.signup", "generic.signup", "furniture.account",
          "furniture.newsletter"]),
        ("This article originally appeared in our Leisure newsletter. Sign up here.",
         ["generic.newsletter"]),
    ],
)  # fmt: skip
def test_boxes_closing_the_page_under_the_story_are_furniture(
    closing: str, rules: list[str]
) -> None:
    text, article = _pool_article("By Sarah Quill\n3 March 2024\n")
    text = text + closing + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == _POOL_PARAGRAPHS
    assert list(article.rules["furniture"]) == rules


@pytest.mark.parametrize(
    ("box", "under"),
    [
        ("Sign up for our daily newsletter\nEnter your email address\n",
         "READ MORE: Harbour bridge repairs delayed until autumn\n"),
        ("Get our Morning Brief newsletter\nYour email\n", ""),
        ("Sign up for our Morning Brief newsletter\nEmail address\nSign Up\n",
         "Related: Lido plans approved\n"),
    ],
)  # fmt: skip
def test_the_story_under_a_sign_up_box_in_its_last_lines_stays_in_the_body(
    box: str, under: str
) -> None:
    # The box ends at its last line about signing up; the paragraphs under it (past a
    # link to another story or not) are the story's.
    first, second, third = _POOL_PARAGRAPHS
    text = (
        "Pool to reopen after refurbishment\nBy Sarah Quill\n3 March 2024\n"
        f"{first}\n{box}{second}\n{under}{third}\n"
        "Swimmers will be asked to book a lane online before each visit.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == (
        *_POOL_PARAGRAPHS,
        "Swimmers will be asked to book a lane online before each visit.",
    )


@pytest.mark.parametrize(
    "box",
    [
        # The box's answers under its button, to the end of the text.
        (
            "Sign up for our daily newsletter\nEnter your email address\nSign Up\nThank you!\n"
            "You're all set.\n"
        ),
        (
            "Get our Morning Brief newsletter\nEmail address\nSubscribe\nSomething went wrong.\n"
            "Please try again later.\n"
        ),
        # A blurb of three short lines over the address field.
        (
            "Sign up for our Weekend Reads newsletter\nThe week's best stories\n"
            "Picked by our editors\nEvery Saturday morning\nYour email address\nSign Up\n"
        ),
    ],
)
def test_a_sign_up_boxs_short_lines_closing_the_page_are_the_boxs(box: str) -> None:
    text, _article = _pool_article("By Sarah Quill\n3 March 2024\n")
    text = text + box
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize(
    ("writer", "note"),
    [
        ("Ana de la Cruz", "Ana de la Cruz can be reached at adelacruz@herald.example."),
        ("Pieter van Dalen", "Pieter van Dalen covers leisure for the Herald."),
        ("Omar bin Said", "Omar bin Said is a reporter for the Herald. Email os@herald.example"),
    ],
)  # fmt: skip
def test_a_note_about_a_writer_whose_name_has_particles_is_furniture(
    writer: str, note: str
) -> None:
    text, _article = _pool_article(f"By {writer}\n3 March 2024\n")
    text = text + note + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == _POOL_PARAGRAPHS
    assert article.rules["furniture"][-1] == "generic.author-note"


@pytest.mark.parametrize(
    ("note", "writer"),
    [
        ("Kim Alder is a reporter for the Valley Times covering schools.", "Kim Alder"),
        ("Ana de la Cruz is a senior leisure correspondent at The Herald. Follow her on X.",
         "Ana de la Cruz"),
        ("Tariq Noor is a freelance journalist with the Lakeland Post.", "Tariq Noor"),
    ],
)  # fmt: skip
def test_a_note_about_the_writer_signs_a_story_with_no_byline(note: str, writer: str) -> None:
    text, _article = _pool_article("3 March 2024\n")
    text = text + note + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == _POOL_PARAGRAPHS
    assert article.byline is not None
    assert article.byline.authors == (writer,)


@pytest.mark.parametrize(
    "last",
    [
        # The story names her before: its subject.
        "Tanya Croft is a columnist for the Leisure Weekly.",
        # An editor may be a publisher's; a past post; another language.
        "Sam Reed is an editor at Faber and Faber.",
        "Tom Hale is a reporter for the Gazette who was at the pool.",
        "Kim Alder ist Reporterin f\u00fcr die Valley Times.",
    ],
)
def test_a_last_paragraph_about_someone_signs_no_story(last: str) -> None:
    text, _article = _pool_article("3 March 2024\n")
    text = text + last + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None
    assert article.paragraphs == (*_POOL_PARAGRAPHS, last)


@pytest.mark.parametrize(
    "closing",
    [
        "Follow Sarah Quill at x.com/squill\nAP's UP NEXT: Crews clear debris from flooded roads\n",
        "Follow Sarah Quill on X: https://x.com/squill\n",
        "AP\u2019s UP NEXT: Crews clear debris from flooded roads\n",
    ],
)
def test_aps_call_to_follow_the_writer_and_its_next_video_are_furniture(closing: str) -> None:
    text, _article = _pool_article("By Sarah Quill\n3 March 2024\n")
    text = text + closing
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == _POOL_PARAGRAPHS


_RELEASE = (
    "BrightCell opens battery plant in Ohio\nMarch 3, 2025\n"
    "COLUMBUS, Ohio -- BrightCell Inc. today opened a battery plant that will employ 600.\n"
    "The plant will make cells for electric buses.\n"
)


@pytest.mark.parametrize(
    "block",
    [
        "Media contact:\nJordan Pike\npress@brightcell.example\n+1 555 0100\n",
        (
            "MEDIA CONTACTS\nJordan Pike\nHead of Communications\nBrightCell Inc.\n"
            "Tel: (555) 555-0134\n"
        ),
        "Press contact:\npress@brightcell.example\n",
    ],
)
def test_a_contact_block_over_a_press_release_s_headline_is_furniture(block: str) -> None:
    text = block + _RELEASE
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "BrightCell opens battery plant in Ohio"
    assert article.date is not None
    assert article.paragraphs[-1] == "The plant will make cells for electric buses."
    assert len(article.paragraphs) == 2


def test_a_press_label_over_a_headline_with_no_contacts_files_nothing() -> None:
    text = "Media contact:\n" + _RELEASE + "Call 555-0100 for details.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == "Call 555-0100 for details."
    assert "generic.contact" not in article.rules["furniture"]


@pytest.mark.parametrize(
    ("label", "date"),
    [
        ("Press release", "2025-03-03"),
        ("Pressemitteilung", "03.03.2025"),
        ("Persbericht", "03-03-2025"),
    ],
)
def test_a_press_releases_date_in_figures_under_its_headline_is_no_contact(
    label: str, date: str
) -> None:
    # A date in figures looks like a number alone: it closes no contact block.
    text = _RELEASE.replace("March 3, 2025", date)
    text = f"{label}\n{text}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "BrightCell opens battery plant in Ohio"
    assert article.date is not None
    assert article.date.date().isoformat() == "2025-03-03"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize("answer", ["I agree", "I accept", "I agree!"])
def test_a_bare_i_agree_in_an_interview_is_the_story_s(answer: str) -> None:
    # A consent banner's button stands among its lines; alone it is an answer.
    text = (
        "Q&A: The chef who went back to basics\nBy Ola Brandt\nMay 5, 2024\n"
        "Some critics say your menu is too short.\n"
        f"{answer}\n"
        "But a short menu means every dish is cooked well.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert answer in article.paragraphs


def test_a_consent_banner_s_i_agree_is_furniture() -> None:
    text = (
        "Chef goes back to basics\nBy Ola Brandt\nMay 5, 2024\n"
        "Tariq Noor opened his first restaurant at 23 and has kept the menu short.\n"
        "He says every dish is cooked well that way.\n"
        "We use cookies to improve your experience on our site.\nI agree\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert "I agree" not in article.paragraphs


@pytest.mark.parametrize(
    "last",
    [
        # The paragraph goes on about the person past the paper's name: the story's.
        "Priya Nair is a columnist for The Observer and will open the new pool on Monday.",
        "Greta Holm is a sports correspondent for Radio Nord; she swims there every week.",
        "Lena Brik is a reporter with the Lakeland Post and has campaigned for the pool.",
    ],
)
def test_a_last_paragraph_that_goes_on_about_a_reporter_signs_no_story(last: str) -> None:
    text, _article = _pool_article("3 March 2024\n")
    text = text + last + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None
    assert article.paragraphs == (*_POOL_PARAGRAPHS, last)


def test_a_last_paragraph_about_someone_with_particles_in_the_name_stays() -> None:
    last = "Luis de Souza is a nurse at the hospital and swims there every week."
    text, _article = _pool_article("By Sarah Quill\n3 March 2024\n")
    text = text + last + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == (*_POOL_PARAGRAPHS, last)


@pytest.mark.parametrize(
    "last",
    [
        "Tom Hale is a reporter who was arrested in 2019, his lawyer said.",
        "Jane Doe is a nurse at the hospital and swims there every week.",
        "The newsletter, first printed in 1921, is still delivered by hand.",
    ],
)
def test_a_last_paragraph_about_someone_else_stays_in_the_body(last: str) -> None:
    text, _article = _pool_article("By Sarah Quill\n3 March 2024\n")
    text = text + last + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == (*_POOL_PARAGRAPHS, last)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (("La biblioteca resta aperta fino a mezzanotte\ndi Marco Bellandi e Sara Colombo\n"
         "13 maggio 2024\nLa biblioteca comunale resterà aperta fino a mezzanotte.\n"),
         ("Marco Bellandi", "Sara Colombo")),
        (("De bibliotheek blijft langer open\ndoor Pieter van Dalen\n13 mei 2024\n"
         "De bibliotheek blijft tijdens de examens open tot middernacht.\n"),
         ("Pieter van Dalen",)),
        ("Library opens late\nBy Luigi Di Maio\n13 May 2024\nThe library opens late.\n",
         ("Luigi Di Maio",)),
    ],
)  # fmt: skip
def test_italian_di_and_dutch_door_open_a_page_s_byline(
    text: str, authors: tuple[str, ...]
) -> None:
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.date is not None


@pytest.mark.parametrize(
    "header",
    [
        "Pool to reopen after refurbishment\nvalleyherald.example\nSarah Quill\n\n\n",
        "www.valleyherald.example\nPool to reopen after refurbishment\nSarah Quill\n5-7 minutes\n",
    ],
)
def test_a_reader_view_s_header(header: str) -> None:
    # A browser's reader view: the site's address by the headline, the writer's names
    # and a reading time, and no date.
    text = header + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Pool to reopen after refurbishment"
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date is None
    assert article.paragraphs == _POOL_PARAGRAPHS
    assert article.rules["furniture"][0] == "generic.site"


def test_names_under_a_headline_with_no_site_address_over_them_stay_unread() -> None:
    text = "Pool to reopen after refurbishment\nSarah Quill\n\n" + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None


@pytest.mark.parametrize(
    "promo",
    [
        "Follow us on Facebook for updates",
        "Sign up for our Morning Brief newsletter",
        "The town's newsletter warned of the storm.",
    ],
)
def test_a_promo_inside_the_story_keeps_the_paragraphs_under_it(promo: str) -> None:
    first, *rest = _POOL.splitlines(keepends=True)
    text = "Pool to reopen\nBy Sarah Quill\n3 March 2024\n" + first + promo + "\n" + "".join(rest)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-len(rest) :] == _POOL_PARAGRAPHS[1:]
    assert "generic.signup" not in article.rules["furniture"]


@pytest.mark.parametrize(
    "lead",
    [
        "Der B\u00fcrgermeister sagte: \u201eDas ist ein guter Tag f\u00fcr die Stadt.\u201c",
        "Le maire a d\u00e9clar\u00e9 : \u00ab C'est une bonne journ\u00e9e pour la ville. \u00bb",
        "Prices rose by a fifth in the year to March, up from 12%",
    ],
)
def test_a_lead_ending_in_a_quotation_or_a_figure_is_no_standfirst(lead: str) -> None:
    text = f"Pool to reopen\nBy Sarah Quill\n3 March 2024\n{lead}\n" + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.summary is None
    assert article.paragraphs[0] == lead


@pytest.mark.parametrize(
    "last",
    [
        "Tom Hale is a reporter for the Daily Star who was arrested in 2019, his lawyer said.",
        "Tom Hale was a correspondent for Reuters in Moscow before his arrest.",
        "Ann Lee is a freelance photographer who lives in Ohio; she was not involved.",
        (
            "The storm cut power to 2,000 homes, and the utility's newsletter told subscribers "
            "to sign up for outage alerts."
        ),
    ],
)
def test_a_last_paragraph_about_a_journalist_or_a_newsletter_stays(last: str) -> None:
    text = "Pool to reopen\nBy Sarah Quill\n3 March 2024\n" + _POOL + last + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == (*_POOL_PARAGRAPHS, last)


@pytest.mark.parametrize(
    ("tail", "rule"),
    [
        (("3 Comments\n\nGareth Mills\n\nMarch 6, 2024 at 9:12 am\n\n"
          "Long overdue, and I hope they keep it up.\n\nReply\n\nLeave a Reply\n\n"
          "Your email address will not be published. Required fields are marked *\n\n"
          "Name *\n\nPost Comment"), "generic.comments"),
        (("You might also like\n\nHarbour fees to rise in spring as council seeks income\n\n"
          "Berth holders will pay up to 12 per cent more from April.\n\n"
          "Bus route 14 to be withdrawn after fifty years"), "generic.related"),
    ],
)  # fmt: skip
def test_a_pages_comments_and_box_of_stories_under_the_story_are_furniture(
    tail: str, rule: str
) -> None:
    text = "Pool to reopen after refurbishment\n\nBy Sarah Quill\n\n3 March 2024\n\n"
    text += _POOL.replace("\n", "\n\n") + tail + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.paragraphs == _POOL_PARAGRAPHS
    assert rule in article.rules["furniture"]


@pytest.mark.parametrize(
    ("stamped", "when", "minutes"),
    [
        ("3 March 2024 · 4 min read", dt.datetime(2024, 3, 3), 4),
        ("03 Marzo 2024 alle 06:50 2 minuti di lettura", dt.datetime(2024, 3, 3, 6, 50), None),
        ("2 days ago · March 3, 2024", dt.datetime(2024, 3, 3), None),
        ("Sevilla, 3 de marzo de 2024", dt.datetime(2024, 3, 3), None),
        (
            "Zaragoza - 3 mar 2024 - 06:50 CET",
            dt.datetime(2024, 3, 3, 6, 50, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            None,
        ),
    ],
)
def test_names_over_a_date_line_with_the_pages_stamps_beside_the_date(
    stamped: str, when: dt.datetime, minutes: int | None
) -> None:
    # A reading time, a relative time or the writer's town beside the date leave the
    # line a date line: the names over it are the byline.
    text = f"Pool to reopen\nSarah Quill\n{stamped}\n" + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date == when
    assert article.reading_time == minutes
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize(
    "line", ["Key dates: 3 March 2024", "Sarah Quill, 3 March 2024 and more", "Pool, 3 March 2024."]
)
def test_other_words_beside_a_date_make_no_date_line_under_names(line: str) -> None:
    text = f"Pool to reopen\nJane Roe\n{line}\n" + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None


@pytest.mark.parametrize(
    "top",
    [
        "Valley Herald\nWeather\nTraffic\nLive\n",
        "Home \u203a News \u203a Leisure\n",
        "Pool to reopen after refurbishment\nLeisure\n",
    ],
)
def test_the_pages_top_over_the_headline_is_furniture(top: str) -> None:
    # A page copied whole but too bare to read as one: the site's name, the menu, a
    # breadcrumb or the title and a section over the headline the byline stands under.
    text = top + "Pool to reopen after refurbishment\nBy Sarah Quill\n3 March 2024\n" + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.headline == "Pool to reopen after refurbishment"
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date == dt.datetime(2024, 3, 3)
    assert article.paragraphs == _POOL_PARAGRAPHS


def test_the_days_date_over_the_menu_is_the_date() -> None:
    text = (
        "Sunday, March 3, 2024\nHome\nNews\nPolitics\n"
        "Pool to reopen after refurbishment\nBy Sarah Quill\n" + _POOL
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Pool to reopen after refurbishment"
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date == dt.datetime(2024, 3, 3)
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize(
    "text",
    [
        # The first line's own header: nothing above it is skipped.
        "Pool to reopen\nBy Sarah Quill\n3 March 2024\nLeisure\nSwim times\n" + _POOL,
        # A sentence over the date is the story's, no headline.
        "Pool news\nBy the pool\nThe pool will reopen on Monday.\n3 March 2024\n" + _POOL,
    ],
)
def test_no_headline_is_looked_for_under_a_header_or_in_prose(text: str) -> None:
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == text.split("\n", 1)[0]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Pool to reopen\n" + _POOL + "By Sarah Quill\n", ("Sarah Quill",)),
        ("Pool to reopen\n" + _POOL + "By Sarah Quill and Jo Roe\n", ("Sarah Quill", "Jo Roe")),
        ("Bad wird renoviert\n" + _POOL + "Autor: Matthias Seidl\n", ("Matthias Seidl",)),
    ],
)
def test_a_labelled_byline_under_the_story_signs_it(text: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.paragraphs == _POOL_PARAGRAPHS


@pytest.mark.parametrize(
    "last",
    [
        "Sarah Quill",  # names alone: a sign-off or the story's last words
        "By Monday night.",
        "By the end of the year",
    ],
)
def test_a_last_line_with_no_labelled_names_stays_the_storys(last: str) -> None:
    text = "Pool to reopen\n" + _POOL + last + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None
    assert article.paragraphs[-1] == last


def test_a_byline_under_the_story_gives_way_to_one_over_it() -> None:
    text = "Pool to reopen\nBy Jo Roe\n3 March 2024\n" + _POOL + "By Sarah Quill\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == ("Jo Roe",)


def test_a_standfirst_with_no_stop_over_the_names_and_the_date() -> None:
    # El País: headline, a standfirst with no full stop, the names, the place and date.
    deck = "The pool will reopen next month after cracks were found in its tiles"
    text = f"Pool to reopen after refurbishment\n{deck}\nSarah Quill\n3 March 2024\n" + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Pool to reopen after refurbishment"
    assert article.summary == deck
    assert article.byline is not None
    assert article.byline.authors == ("Sarah Quill",)
    assert article.date == dt.datetime(2024, 3, 3)
    assert article.paragraphs == _POOL_PARAGRAPHS


def test_under_a_breadcrumb_a_long_line_with_no_stop_is_the_headline() -> None:
    title = "The pool will reopen next month after cracks in its tiles"
    text = f"Home \u203a News \u203a Leisure\n{title}\nBy Sarah Quill\n3 March 2024\n" + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.summary is None
    assert article.headline == title


def test_a_line_shorter_than_the_headline_is_no_standfirst_with_no_stop() -> None:
    title = "Council to rebuild the harbour wall before the winter storms arrive"
    text = f"{title}\nWork will start in September and take ten weeks\nBy Sarah Quill\n" + _POOL
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == title
    assert article.summary is None


def test_a_short_headline_in_sentence_case_over_a_short_standfirst_is_no_page_top() -> None:
    # Five words in sentence case open the page: its headline, not its top.
    text = (
        "Harbour town bans cruise ships\nVote splits the old fishing port\n"
        "By Maria Lopez\n14 Aug 2023\n\n"
        "Residents of a small harbour town voted to stop large cruise ships docking.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Harbour town bans cruise ships"
    assert "generic.page-top" not in a.rules["furniture"]


@pytest.mark.parametrize(
    ("head", "deck"),
    [
        (
            "Kestrel pipeline approved",
            "Energy regulator backs 300-mile gas link despite objections from farmers",
        ),
        ("Heatwave warning issued", "Temperatures could reach 38C in the south-east this week"),
    ],
)
def test_a_short_headline_in_sentence_case_over_its_standfirst_keeps_both(
    head: str, deck: str
) -> None:
    # Three words in sentence case over a longer line with no stop: the headline and
    # its standfirst, not the page's top over a headline.
    text = f"{head}\n{deck}\nBy Ines Varga\n2 June 2019\n\nThe plan was approved on Monday.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == head
    assert a.summary == deck
    assert a.byline is not None
    assert a.byline.authors == ("Ines Varga",)
    assert "generic.page-top" not in a.rules["furniture"]


@pytest.mark.parametrize(
    ("top", "h1"),
    [
        # The page's title, worded for search engines, and the site's name after a bar.
        (
            "Harbour reopening date set | Valley Herald",
            "Harbour reopens after two years of repairs, officials say",
        ),
        # A title with a dash, a site's name with particles in lower case (the page in
        # Spanish: its <h1> tells of its lead in the same words).
        (
            "Obras en el puerto: nuevo muelle - Gaceta de Almar",
            "El puerto de Almar estrena un muelle para pesqueros",
        ),
        # A section's name after the bar, and a menu flattened onto one line under it.
        (
            "Harbour 3-1 Rovers: Okafor double | Sport\nScores  Fixtures  Tables  Transfers",
            "Harbour 3-1 Rovers: Okafor's double sinks the visitors",
        ),
        # A site's name with particles over a menu: the site's top, not a short headline.
        ("Diario de Almar\nPortada  Local  Deportes", "El puerto de Almar estrena un muelle"),
        # A skip link, the site's name and a section over the headline.
        (
            "Skip to main content\nThe Almar Sentinel-Star\nELECTION 2024",
            "Harbour commissioner holds seat in close race",
        ),
    ],
)
def test_the_page_title_over_an_h1_worded_apart_is_the_page_top(top: str, h1: str) -> None:
    # A copy too bare of chrome to read as a page keeps the title over the <h1>; the
    # <h1>, with the byline and the date under it, is the headline.
    lead = (
        "El nuevo muelle del puerto de Almar abri\u00f3 el lunes tras dos a\u00f1os de obras.\n"
        if h1.startswith("El puerto")
        else "The harbour reopened on Monday after two years of repairs, officials said.\n"
    )
    text = (
        f"{top}\n{h1}\nMaria Lopez\n14 Aug 2023\n{lead}"
        "More than 300 boats use it each week in summer.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "generic"
    assert a.headline == h1
    assert a.date is not None
    assert a.date.date().isoformat() == "2023-08-14"
    assert a.byline is not None
    assert a.byline.authors == ("Maria Lopez",)
    assert a.paragraphs[0] == lead.strip()


def test_a_short_h1_that_the_title_words_longer_is_the_headline() -> None:
    text = (
        "Lemon drizzle cake recipe | Home Bakes\nRecipes  Baking  Quick dinners\n"
        "Lemon drizzle cake\nBy Ruth Anand\n2 December 2024\n"
        "This is the cake I bake whenever the lemons are cheap and the oven is free.\n"
        "The syrup soaks in while the cake is still warm.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Lemon drizzle cake"
    assert a.date is not None
    assert a.date.date().isoformat() == "2024-12-02"


@pytest.mark.parametrize(
    "text",
    [
        # A title that is the headline over its standfirst with no stop: no <h1>.
        (
            "Pool reopening date set | Valley Herald\n"
            "Swimmers will have to wait until spring for the lanes\nBy Maria Lopez\n"
            "14 Aug 2023\nThe council said on Monday the pool reopening date was set.\n"
        ),
        # A headline with a dash whose last part is no site's name.
        (
            "Storm hits coast - three dead\nRescue crews search the harbour for a fourth man\n"
            "By Maria Lopez\n14 Aug 2023\nThree people died when a storm hit the coast.\n"
        ),
    ],
)
def test_a_title_that_the_lead_does_not_tell_of_under_it_stays_the_headline(
    text: str,
) -> None:
    a = newsparse.parse(text)
    check_article(text, a)
    # The title's headline, the site's name after its bar furniture.
    assert a.headline == text.split("\n", maxsplit=1)[0].split(" | ", maxsplit=1)[0]


@pytest.mark.parametrize(
    ("head", "gap", "authors", "summary"),
    [
        # A section's label between the headline and the byline.
        ("Budget passes", "City Hall\nBy Owen Greer", ("Owen Greer",), None),
        # A writer's role the role table does not know, under the names.
        ("Nurses reject pay offer", "Ruth Callan\nF1 Correspondent", ("Ruth Callan",), None),
        # A second credit under the byline.
        (
            "The secret life of lost luggage",
            "Words by Odette Farrow\nPhotography by Lin Cao",
            ("Odette Farrow",),
            None,
        ),
        # A short standfirst with no stop over the names.
        (
            "Ferry service cut to twice a week",
            "Islanders say the change will hurt trade\nGreta Olsen",
            ("Greta Olsen",),
            "Islanders say the change will hurt trade",
        ),
    ],
)
def test_the_header_passes_over_a_line_it_does_not_know_to_the_date(
    head: str, gap: str, authors: tuple[str, ...], summary: str | None
) -> None:
    text = (
        f"{head}\n{gap}\n11 April 2025\n"
        "The council passed a budget on Thursday with no increase in property tax.\n"
        "The budget adds six police officers and two firefighters.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == head
    assert a.date is not None
    assert a.date.date().isoformat() == "2025-04-11"
    assert a.byline is not None
    assert a.byline.authors == authors
    assert a.summary == summary
    assert len(a.paragraphs) == 2
    assert a.paragraphs[0].startswith("The council passed")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Jaipur | Updated On : February 11, 2025 18:40 IST", "2025-02-11T18:40:00+05:30"),
        ("Bengaluru | Published: March 14, 2025 09:12 IST", "2025-03-14T09:12:00+05:30"),
        # A relative update stamp in Portuguese after the date.
        ("02/06/2025 14h20 Atualizado há 2 horas", "2025-06-02T14:20:00"),
    ],
)
def test_a_date_line_with_its_place_and_label_or_a_relative_update(line: str, iso: str) -> None:
    text = (
        f"Monsoon session of the assembly to begin on March 3\nMeera Iyer\n{line}\n"
        "The budget session of the state assembly will begin on March 3, officials said.\n"
        "The governor will address the House on the first day.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date is not None
    assert a.date.isoformat() == iso
    assert a.byline is not None
    assert a.byline.authors == ("Meera Iyer",)
    assert len(a.paragraphs) == 2


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        # A desk before the date, its clock's colon no label's.
        ("City Desk\nKavya Menon\nTNN / Sep 2, 2025, 08:12 IST", "2025-09-02"),
        # A Swedish clock after the date.
        ("Av Elin Berg\n3 april 2025 kl 14.20", "2025-04-03"),
    ],
)
def test_the_header_passes_over_lines_to_a_dated_line(header: str, iso: str) -> None:
    text = (
        f"Markets buzz as the harvest festival nears\n{header}\n"
        "Markets across the city were crowded on Monday as people shopped for the festival.\n"
        "Prices of vegetables and flowers rose sharply.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date is not None
    assert a.date.date().isoformat() == iso
    assert len(a.paragraphs) == 2


@pytest.mark.parametrize(
    ("deck", "header"),
    [
        # Shorter than MIN_DECK_WORDS, sharing a word with the lead.
        ("Shoppers raised the money in six weeks", ["By Fiona Blake", "27 April 2025"]),
        # Sharing a word with the lead's second line, over names alone and the date.
        ("Islanders say the change will hurt trade", ["Greta Holm", "Jan 8, 2025"]),
    ],
)
def test_a_short_standfirst_that_tells_of_the_story_opens_the_header(
    deck: str, header: list[str]
) -> None:
    lead = [
        "Shoppers in Little Harwood have saved the village shop by buying it themselves.",
        "Islanders and villagers bought shares in the trade society that runs it.",
    ]
    text = "\n".join(["Village shop saved by its customers", deck, *header, *lead]) + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.headline == "Village shop saved by its customers"
    assert article.summary == deck
    assert article.byline is not None
    assert article.byline.authors == (header[0].removeprefix("By "),)
    assert article.date is not None
    assert article.paragraphs == tuple(lead)


def test_a_short_line_that_tells_of_nothing_in_the_story_is_no_standfirst() -> None:
    # Under a site's name, a short line in sentence case is the headline, not a deck.
    text = (
        "The Valley Gazette\nHawker centre to reopen after upgrade\nMei Lin Ho\n"
        "April 19, 2025\nThe hawker centre in Valley Road will reopen on Monday.\n"
        "Stallholders said they were glad the upgrade was over.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.summary is None
    assert article.headline == "Hawker centre to reopen after upgrade"


@pytest.mark.parametrize("label", ["City Hall", "Health and Science"])
def test_a_sections_label_between_the_headline_and_the_by_line_is_furniture(label: str) -> None:
    text = (
        f"Budget passes\n{label}\nBy Owen Grant\nApril 11, 2025\n"
        "The Kessler City Council passed a $212 million budget on Thursday.\n"
        "The budget adds six police officers and two firefighters.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.byline is not None
    assert article.byline.authors == ("Owen Grant",)
    assert article.date is not None
    assert article.date.date().isoformat() == "2025-04-11"
    assert article.paragraphs[0].startswith("The Kessler City Council")
    assert len(article.paragraphs) == 2
    rules = dict(zip(article.rules["furniture"], article.spans["furniture"], strict=True))
    assert rules["generic.label"].of(text) == label


@pytest.mark.parametrize(
    ("byline", "tail"),
    [
        # The names again, alone or labelled, perhaps with the role and a line about them.
        ("By Nora Hale", ["Nora Hale"]),
        ("Hugo Brandt", ["Hugo Brandt", "Reporter"]),
        ("By Liam Dunne", ["Liam Dunne", "Staff Writer", "Liam covers schools for the Herald."]),
        ("Lea Hartwig", ["Autor: Lea Hartwig"]),
        ("By Wes Calder", ["Written by Wes Calder", "Writer. Runner. Recovering scroller."]),
        # The page's date stamp under the story.
        ("By Nora Hale", ["Published - May 03, 2025 07:45 pm IST"]),
    ],
)
def test_the_writers_sign_off_under_the_story_is_furniture(byline: str, tail: list[str]) -> None:
    story = [
        "Teachers in the Ashby district approved a new contract on Monday.",
        "The vote was 611-40, the union said.",
    ]
    text = "\n".join(["Teachers approve contract", byline, "15 September 2025", *story, *tail])
    article = newsparse.parse(text + "\n")
    check_article(text + "\n", article)
    assert article.format == "generic"
    assert article.paragraphs == tuple(story)
    assert article.byline is not None
    assert article.byline.authors == (byline.removeprefix("By "),)


def test_names_under_the_story_that_sign_nothing_stay() -> None:
    # Another person's name, or names with no byline over the story, are the story's.
    for byline, tail in (("By Nora Hale", "Carl Benning"), ("", "Nora Hale")):
        story = [
            "Teachers in the Ashby district approved a new contract on Monday.",
            "The vote was 611-40, the union said.",
        ]
        head = ["Teachers approve contract", *([byline] if byline else []), "15 September 2025"]
        text = "\n".join([*head, *story, tail]) + "\n"
        article = newsparse.parse(text)
        check_article(text, article)
        assert article.paragraphs == (*story, tail)


def test_the_writers_name_over_the_storys_last_lines_is_a_photos_credit() -> None:
    # The writer took the pictures: the name under a caption, the story under it.
    story = [
        "Thousands lined the streets of Brackenby on Saturday for the harvest parade.",
        "More than 40 floats took part, decorated with fruit and flowers.",
        "Organisers said it was one of the biggest crowds in the parade's history.",
        "The event raised more than 12,000 pounds for the local hospice.",
    ]
    text = "\n".join(
        [
            "Thousands line streets for harvest parade",
            "By Joe Whitley",
            "24 September 2023",
            *story[:2],
            "Morris dancers led the parade through the market square",
            "Joe Whitley",
            *story[2:],
        ]
    )
    article = newsparse.parse(text + "\n")
    check_article(text + "\n", article)
    assert article.paragraphs[-2:] == tuple(story[2:])


_RELEASE_BODY = (
    "Pupils from Pinehurst School beat thirty teams to win the county chess final.\n"
    "The team won every game of the last round.\n"
)


@pytest.mark.parametrize(
    "labels",
    [
        "FOR IMMEDIATE RELEASE\nMedia contact: Dee Harte\n",
        "PRESS RELEASE\nContact Dee Harte\n",
        "Evening Briefing\nSunday edition\n",
        "PINEHURST SCHOOL\nSunday edition\n",
        "MEDIA STATEMENT\n",
    ],
)
def test_a_label_passed_over_to_the_date_is_no_byline(labels: str) -> None:
    # A press release's or a bulletin's labels between the headline and the date are
    # passed over to the date line, and are no writer's names: a person's names hold
    # no label's word, and a line in capitals the page writes no names in is a label.
    text = "Pinehurst wins chess final\n" + labels + "9 May 2025\n" + _RELEASE_BODY
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Pinehurst wins chess final"
    assert article.byline is None
    assert article.date is not None
    assert article.date.date().isoformat() == "2025-05-09"
    assert article.paragraphs[0].startswith("Pupils from Pinehurst")


def test_names_in_capitals_the_page_signs_again_are_passed_over_as_the_byline() -> None:
    text = (
        "Pinehurst wins chess final\nDEE HARTE\nChess Columnist\n9 May 2025\n"
        + _RELEASE_BODY
        + "DEE HARTE\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == ("DEE HARTE",)


@pytest.mark.parametrize("over", ["Timeline of the stoppage\n", "By Jo Roe\nTimeline\n"])
def test_a_timeline_s_first_date_is_no_date_of_the_story(over: str) -> None:
    # Each event under its own date: the first date is the first event's, and the
    # header passes over no line to it; the timeline stays whole in the body.
    text = (
        "Bus strike: how the dispute unfolded\n" + over + "3 February 2025\n"
        "Drivers at the Kelby depot vote to strike over new shifts.\n"
        "20 February 2025\n"
        "The first stoppage leaves hundreds of commuters stranded.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.date is None
    assert "3 February 2025" in article.paragraphs
    assert "20 February 2025" in article.paragraphs


@pytest.mark.parametrize(
    ("title", "h1", "lead"),
    [
        # The source the lead names, no site.
        (
            "Fares to rise again in spring - Kelby Transit Board",
            "Board chair blames fuel costs for rise",
            "The chair of the Kelby Transit Board blamed fuel costs on Monday for the rise.",
        ),
        # A label of the story's kind.
        (
            "Council budget vote - Live Updates",
            "Councillors argue over library cuts",
            "Councillors argued over plans to cut library hours as the debate began.",
        ),
        (
            "Mayor of Kelby quits - Full Statement",
            "Mayor says audit left him no choice",
            "The mayor of Kelby said on Monday that the audit left him no choice.",
        ),
    ],
)
def test_a_headline_s_tail_after_a_dash_is_no_site_s_name(title: str, h1: str, lead: str) -> None:
    text = f"{title}\n{h1}\nBy Jo Roe\n3 March 2025\n{lead}\nThe vote is due tonight.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == title


def test_a_site_s_name_after_a_dash_the_lead_does_not_name_is_the_page_top() -> None:
    text = (
        "Fares to rise again in spring - Kelby Evening Post\n"
        "Kelby bus fares will climb by ten pence from April\n"
        "By Jo Roe\n3 March 2025\n"
        "Kelby bus fares will climb by ten pence from April, the transit board said.\n"
        "The board blamed fuel costs.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Kelby bus fares will climb by ten pence from April"


def test_a_title_case_headline_s_second_line_over_the_byline_is_the_headline_s() -> None:
    text = (
        "Council Approves New Skate Park\nFor Kelby Riverside\nBy Owen Greer\n5 May 2025\n"
        "The council has approved plans for a skate park by the river.\n"
        "Work starts in the autumn.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Council Approves New Skate Park For Kelby Riverside"
    assert article.byline is not None
    assert article.byline.authors == ("Owen Greer",)
    assert article.date is not None


def test_a_series_name_over_the_byline_is_no_publication() -> None:
    # ``The Big Read`` names a series, no paper: a paper's name ends with an outlet's
    # word (``Kelby Courier``).
    text = (
        "How the valley lost its tramway\nThe Long Read\nBy Anil Varghese\n"
        "Sixty years ago this month the last tram left Kelby.\nThe line was closed.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert "publication" not in article.metadata
    assert article.byline is not None
    assert article.byline.authors == ("Anil Varghese",)


def test_a_short_quote_passed_over_to_the_date_is_the_standfirst() -> None:
    text = (
        'Farmers protest fuel duty rise\n"No more cuts"\n3 March 2025\n'
        "Hundreds of tractors blocked the ring road in Kelby on Monday.\n"
        "Organisers said more protests would follow.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.summary == '"No more cuts"'
    assert article.date is not None
    assert article.date.date().isoformat() == "2025-03-03"


@pytest.mark.parametrize(
    ("byline", "tail"),
    [
        # A line announcing the date, a label over it, a sentence wrapped before it.
        ("By Nora Hale", ["Ballots can be posted until the closing date:", "30 September 2025"]),
        ("By Nora Hale", ["Results day", "Friday 26 September 2025"]),
        ("By Nora Hale", ["The new contract will be signed at the town hall on", "1 October 2025"]),
        # With no byline over it, a statement's closing date on another day than the
        # article's is the statement's.
        ("", ["Ashby Teachers' Union", "30 September 2025"]),
        ("", ["We thank our members for their patience.", "30 September 2025"]),
    ],
)
def test_a_date_line_the_story_leads_to_stays(byline: str, tail: list[str]) -> None:
    story = [
        "Teachers in the Ashby district approved a new contract on Monday.",
        "The vote was 611-40, the union said.",
    ]
    head = ["Teachers approve contract", *([byline] if byline else []), "15 September 2025"]
    text = "\n".join([*head, *story, *tail]) + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.paragraphs[-1] == tail[-1]
    assert article.date is not None
    assert article.date.date() == dt.date(2025, 9, 15)


@pytest.mark.parametrize(
    ("byline", "tail", "kept"),
    [
        # The page's stamp under the last sentence: the writer's byline over the story,
        # or the article's own day.
        ("By Nora Hale", ["Published - Sep 16, 2025 07:45 pm IST"], 0),
        ("", ["Published - Sep 15, 2025 07:45 pm IST"], 0),
        # Under the writer's sign-off.
        ("By Nora Hale", ["Nora Hale", "Staff Writer", "16 September 2025"], 0),
        # A column's last question, then the writer's names and role.
        ("By Nora Hale", ["Will the deal hold?", "Nora Hale", "Staff Writer"], 1),
    ],
)
def test_a_stamp_or_a_sign_off_under_the_last_sentence_leaves(
    byline: str, tail: list[str], kept: int
) -> None:
    story = [
        "Teachers in the Ashby district approved a new contract on Monday.",
        "The vote was 611-40, the union said.",
        *tail[:kept],
    ]
    head = ["Teachers approve contract", *([byline] if byline else []), "15 September 2025"]
    text = "\n".join([*head, *story, *tail[kept:]]) + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(story)
    assert article.date is not None
    assert article.date.date() == dt.date(2025, 9, 15)


@pytest.mark.parametrize("over", ["Who taught you to sing?", "Asked who sings best, all said:"])
def test_the_writers_name_answering_the_line_over_it_stays(over: str) -> None:
    # An interview's answer (the singer's teacher is the writer), a name announced.
    story = [
        "The choir's new leader answered our questions.",
        "Where did you grow up?",
        "In Ashby.",
        over,
        "Nora Hale",
        "She was my music teacher.",
    ]
    text = "\n".join(["Ten questions for the choir leader", "By Nora Hale", *story]) + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-3:] == tuple(story[-3:])


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        # A site's name that holds a label's word is still a site's name.
        ("Fares to rise again in spring - Kelby Live", "Kelby bus fares will climb in April."),
        ("Fares to rise again in spring - Shopper Watch", "Kelby bus fares will climb in April."),
        ("Fares to rise again in spring - Kelby Video News", "Kelby bus fares will climb."),
        # The lead names the site as the one it spoke to: no source the headline quotes.
        (
            "Fares to rise again in spring - Kelby Evening Post",
            "Kelby bus fares will climb in April, the board told the Kelby Evening Post.",
        ),
    ],
)
def test_a_site_s_name_after_a_dash_over_the_headline_is_the_page_top(
    title: str, lead: str
) -> None:
    text = (
        f"{title}\nKelby bus fares will climb by ten pence from April\nBy Jo Roe\n"
        f"3 March 2025\n{lead}\nThe board blamed fuel costs.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Kelby bus fares will climb by ten pence from April"


@pytest.mark.parametrize(
    ("over", "stamp"),
    [
        # No byline over the story, no date at its top.
        ("", "Published - April 11, 2025 06:10 pm IST"),
        # A short last line over the stamp.
        ("By Jo Roe\nApril 11, 2025\n", "Updated: April 12, 2025 09:30 am IST"),
    ],
)
def test_a_labelled_date_at_the_foot_is_the_page_s_stamp(over: str, stamp: str) -> None:
    text = (
        f"Kelby library hours cut\n{over}"
        "Kelby library will open two hours less each day from May.\n"
        "She nodded.\n" + stamp + "\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == "She nodded."
    assert all(stamp not in p for p in article.paragraphs)


@pytest.mark.parametrize("label", ["In Pictures", "On The Ground", "From Our Correspondent"])
def test_a_section_label_opening_with_a_preposition_is_no_wrapped_headline(label: str) -> None:
    text = (
        f"Kelby Library Hours Cut\n{label}\nBy Owen Greer\n5 May 2025\n"
        "Kelby library will open two hours less each day from May.\n"
        "Readers said they would miss the evenings.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Kelby Library Hours Cut"
    assert article.byline is not None
    assert article.byline.authors == ("Owen Greer",)


def test_a_column_s_last_question_over_the_writer_s_names_and_follow_line_is_signed() -> None:
    text = (
        "Keep the library open late\nBy Dee Harte\n3 March 2025\n"
        "The library is the one warm room many readers have in the evening.\n"
        "Cutting its hours saves little.\n"
        "Who will speak up for the readers?\n"
        "Dee Harte\nFollow Dee on Twitter @deeharte\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == "Who will speak up for the readers?"


@pytest.mark.parametrize("name", ["Dee Office", "Owen College", "Marta Academy"])
def test_a_given_name_and_an_institution_s_word_passed_over_is_the_byline(name: str) -> None:
    text = "Pinehurst wins chess final\n" + name + "\n9 May 2025\n" + _RELEASE_BODY
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == (name,)


def test_the_and_one_word_over_the_byline_is_the_publication() -> None:
    text = (
        "How the valley lost its tramway\nThe Kelbian\nBy Anil Varghese\n"
        "Sixty years ago this month the last tram left Kelby.\nThe line was closed.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.metadata.get("publication") == "The Kelbian"
    assert article.byline is not None
    assert article.byline.authors == ("Anil Varghese",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sign up to the loyalty scheme, the chain's chief executive urged shoppers.",
        "Subscribe to the new service and you will pay less, the regulator said.",
        "Read more widely, the head teacher told parents at the meeting.",
        "The newsletter was posted to 4,000 homes in the valley every month.",
        "Its parish newsletter had carried the story a week earlier than the paper.",
    ],
)
def test_a_story_sentence_opening_like_a_call_to_sign_up_stays_in_the_body(sentence: str) -> None:
    # A call to sign up or a link names no one reporting it; a report's clause after a
    # comma (``, the council urged residents.``) or a sentence about a newsletter that
    # does not speak to the reader is the story's.
    paragraphs = (
        "The town council voted on Tuesday to stop printing its monthly bulletin.",
        sentence,
        "Residents will be able to read the bulletin online from April.",
    )
    text = "Council stops printing bulletin\n\n" + "\n\n".join(paragraphs) + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Council stops printing bulletin"
    assert article.paragraphs == paragraphs


@pytest.mark.parametrize(
    "headline",
    [
        "Sign up to euro, says former chancellor",
        "Subscribe to digital radio, urges regulator",
        "Read more books, minister tells pupils",
    ],
)
def test_a_headline_reporting_a_call_to_sign_up_is_the_headline(headline: str) -> None:
    paragraphs = (
        "Britain should join the single currency within five years, a former minister has said.",
        "He told a business audience that the case had grown stronger.",
    )
    text = headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == headline
    assert article.paragraphs == paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our daily newsletter",
        "Subscribe to our newsletter for the day's top stories.",
        "Related: Minister says sorry, aides report",
        "Read more: Council says the bulletin will go online, officials said",
        "Morning Briefing Newsletter",
    ],
)
def test_calls_to_sign_up_and_links_are_still_furniture(line: str) -> None:
    assert furniture_rule(line) in {"newsletter", "related"}


@pytest.mark.parametrize(
    "line",
    [
        # A relative clause about what is offered, or the site's or the reader's words,
        # is no one reporting a call.
        "Sign up for The Evening Brief, the newsletter that tells you what happened today.",
        "Join us on WhatsApp, where the newsroom tells you first about breaking news",
        "Follow us on Instagram, where our photographers show what they were told to leave out",
        (
            "If you value our journalism, back it with a subscription, which our editor says keeps"
            " us independent."
        ),
        # A link's title is a headline, its report's clause with no stop.
        "Originally published as Ferry fares to rise in spring, harbour board says",
        "Also on herald.example Bus lanes to go from high street, mayor warns",
        "Read more Water bills to rise by a fifth, regulator warns",
        "More from Business Ferry strike off, union says",
        # A newsletter named as a box names it, or with a colon after it: a promotion.
        "The Briefing newsletter: top stories each weekday morning.",
        "The Politics Weekly newsletter lands every Friday at noon.",
        "The Evening Standard's Business newsletter is published every weekday.",
    ],
)
def test_calls_and_links_with_a_clause_that_reports_nothing_are_furniture(line: str) -> None:
    assert furniture_rule(line) in {"newsletter", "related"}
    paragraphs = (
        "The harbour board agreed on Tuesday to raise ferry fares by a tenth from April.",
        "Commuters who cross twice a day will pay about four pounds more each week.",
        "A public meeting on the plan will be held at the town hall next Thursday.",
    )
    text = (
        "Ferry fares to rise in spring\n\nBy Jo Roe\n\n14 March 2024\n\n"
        + "\n\n".join((*paragraphs[:2], line, paragraphs[2]))
        + "\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == paragraphs


_CAPTION_STORY = (
    "Farmers bring tractors to Paris\nBy Claire Dubois\nFebruary 1, 2024\n\n"
    "Thousands of farmers drove tractors into central Paris on Thursday.\n\n"
    "Police said the protest was peaceful.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "sources"),
    [
        # An agency alone under a photo's caption credits the photo.
        ("Farmers drive their tractors along a boulevard on Thursday\nAFP\n", ()),
        ("Farmers drive their tractors along a boulevard on Thursday\n\nReuters\n", ()),
        # Under a sentence, a quotation or a desk's initials it signs the story off.
        ("The minister will meet them next week.\nAFP\n", ("AFP",)),
        ('"We will be back," one farmer said.\n\nAFP\n', ("AFP",)),
        ("ABC DEF GHI\nAFP\n", ("AFP",)),
    ],
)
def test_agency_alone_under_a_caption_credits_the_photo(
    tail: str, sources: tuple[str, ...]
) -> None:
    text = _CAPTION_STORY + tail
    article = newsparse.parse(text)
    check_article(text, article)
    assert (article.attribution.sources if article.attribution else ()) == sources
    assert article.paragraphs[:2] == (
        "Thousands of farmers drove tractors into central Paris on Thursday.",
        "Police said the protest was peaceful.",
    )
    assert "AFP" not in article.paragraphs
    assert "Reuters" not in article.paragraphs


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        ("Additional reporting by Jean Martin in Lyon\nAFP\n", "AFP"),
        ("Writing by Jo Roe; editing by Tom Lee\n\nReuters\n", "Reuters"),
        ("More on the protest at www.farmers-union.example\nAFP\n", "AFP"),
    ],
)
def test_agency_alone_under_the_storys_own_last_line_with_no_stop_signs_it(
    tail: str, source: str
) -> None:
    # A credits line or an address ends with no stop as a caption does, but is the
    # story's: the agency under it signs the story off.
    text = _CAPTION_STORY + tail
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.attribution is not None
    assert source in article.attribution.sources


_RATES_STORY = (
    "The central bank on Monday raised its benchmark rate by a quarter point.\n"
    "It was the third increase this year, and economists expect one more.\n"
)


@pytest.mark.parametrize(
    ("title", "headline", "site"),
    [
        ("Rates Rise Again - The Valley Times", "Rates Rise Again", "The Valley Times"),
        ("Rates rise again | Kelby Evening Post", "Rates rise again", "Kelby Evening Post"),
        ("Rates rise again \u2013 kelbytimes.example", "Rates rise again", "kelbytimes.example"),
        ("kelbytimes.example | Rates rise again", "Rates rise again", "kelbytimes.example"),
        ("Rates rise again - Kelby Valley News", "Rates rise again", "Kelby Valley News"),
        ("Sube de nuevo el precio del pan - Diario de Almar", "Sube de nuevo el precio del pan",
         "Diario de Almar"),
    ],
)  # fmt: skip
def test_a_page_title_with_no_h1_under_it_loses_the_paper_s_name(
    title: str, headline: str, site: str
) -> None:
    # A page's title copied with no ``<h1>``: the paper's name is furniture.
    text = f"{title}\n{_RATES_STORY}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == headline
    rules = dict(zip(article.rules["furniture"], article.spans["furniture"], strict=True))
    assert rules["generic.site"].of(text).strip(" |-\u2013") == site


@pytest.mark.parametrize(
    "title",
    [
        "Storm hits coast - Three Dead",
        "Council budget vote - Live Updates",
        "Rates will stay high - Bank of Albion",
        "Shops face hard times - and no help is coming",
        "Review: The Night Post - A Slow-Burning Thriller",
        "Inside the Valley Times | A Century of Local News",
        "Why I Quit the Daily Star - A Former Editor Speaks Out",
        "Review: The Night Post | A Thriller",
    ],
)
def test_a_headline_with_a_tail_that_names_no_outlet_keeps_it(title: str) -> None:
    text = f"{title}\n{_RATES_STORY}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == title


_MD_LEAD = "The central bank on Monday raised its benchmark rate by a quarter point."
_MD_NEXT = "It was the third increase this year, and economists expect one more."


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("# Bank raises rates for third time\n\n**By Jo Roe**\n\n*March 3, 2025*\n", ("Jo Roe",)),
        (("## Bank raises rates for third time\n\n_By Jo Roe and Sam Patel_\n\n"
         "*March 3, 2025*\n"), ("Jo Roe", "Sam Patel")),
        ("# Bank raises rates for third time\n\nBy Jo Roe\n\nMarch 3, 2025\n", ("Jo Roe",)),
        (("# **Bank raises rates for third time**\n\n![The bank](https://x.example/a.jpg)\n\n"
         "**By Jo Roe** \n\nMarch 3, 2025\n"), ("Jo Roe",)),
    ],
)  # fmt: skip
def test_a_page_saved_as_markdown_reads_inside_its_marks(
    head: str, authors: tuple[str, ...]
) -> None:
    text = (
        f"{head}\n{_MD_LEAD}\n\n[Read more: Lenders brace](https://x.example/lenders)\n\n"
        f"{_MD_NEXT}\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Bank raises rates for third time"
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.date is not None
    assert article.date.date().isoformat() == "2025-03-03"
    assert article.paragraphs == (_MD_LEAD, _MD_NEXT)
    assert "generic.markdown" in article.rules["furniture"]


@pytest.mark.parametrize(
    "text",
    [
        # A hashtag holds no blank after its mark: no Markdown.
        f"#Budget2025 rates rise again\n\n{_MD_LEAD}\n\n*{_MD_NEXT}*\n",
        # Marks in a text with no heading stay as they are.
        f"Bank raises rates\n\n{_MD_LEAD}\n\n*{_MD_NEXT}*\n\n[1](https://x.example/)\n",
    ],
)
def test_a_text_with_no_markdown_heading_keeps_its_marks(text: str) -> None:
    article = newsparse.parse(text)
    check_article(text, article)
    assert f"*{_MD_NEXT}*" in article.paragraphs
    assert "generic.markdown" not in article.rules.get("furniture", ())


_LYNX = (
    "   [1]Home [2]News [3]Business\n\n        Bank raises rates for third time\n\n"
    "   By Jo Roe\n   March 3, 2025\n\n"
    "   The central bank on Monday raised its benchmark rate by a quarter\n   point.\n\n"
    "   It was the [4]third increase this year, and economists expect one\n   more.\n\n"
)


@pytest.mark.parametrize(
    "refs",
    [
        "References\n\n   1. https://x.example/\n   2. https://x.example/news\n",
        "References\n   1. https://x.example/\n   4. http://x.example/rates?id=4\n",
        (
            "Visible links\n   1. https://x.example/\n   2. https://x.example/news\n"
            "Hidden links:\n   5. https://x.example/ads\n"
        ),
    ],
)
def test_a_text_browser_s_list_of_links_is_furniture(refs: str) -> None:
    text = _LYNX + refs
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Bank raises rates for third time"
    assert article.paragraphs[-1] == (
        "It was the [4]third increase this year, and economists expect one more."
    )
    assert "References" not in article.paragraphs
    assert "generic.link-references" in article.rules["furniture"]


def test_a_story_s_own_references_stay_in_the_body() -> None:
    text = (
        "Bank raises rates for third time\n\nBy Jo Roe\n\n"
        "The central bank on Monday raised its benchmark rate by a quarter point.\n\n"
        "References\n\n1. Bank of Albion, Monetary Report, March 2025.\n"
        "2. https://x.example/report\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert "References" in article.body
    assert "generic.link-references" not in article.rules.get("furniture", ())


@pytest.mark.parametrize("line", ["By Anon.", "By anon", "By Anonymous", "Por Anónimo."])
def test_a_byline_naming_no_one_is_furniture_not_the_standfirst(line: str) -> None:
    text = f"Bank raises rates again\n{line}\nMarch 3, 2025\n{_RATES_STORY}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None
    assert article.summary is None
    assert article.date is not None
    assert "generic.byline-anonymous" in article.rules["furniture"]


@pytest.mark.parametrize(
    "follow",
    [
        "Follow Sarah Quill at facebook.com/squill",
        "Follow Sarah Quill on Facebook: https://www.facebook.com/squill",
        "Follow Sarah Quill on LinkedIn at linkedin.com/in/squill",
    ],
)
def test_a_writer_s_page_on_any_network_closing_the_story_is_furniture(follow: str) -> None:
    text = f"Bank raises rates again\nBy Sarah Quill\nMarch 3, 2025\n{_RATES_STORY}{follow}\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_RATES_STORY.splitlines())


@pytest.mark.parametrize(
    "label", ["Read also:", "ALSO READ", "Read more:", "Lire aussi :", "Related:"]
)
def test_another_story_s_title_under_a_label_inside_the_story_is_furniture(label: str) -> None:
    text = (
        f"Harbour plan wins approval\nBy Jo Roe\nMarch 3, 2025\n"
        f"The harbour board approved the plan on Tuesday after a long debate.\n{label}\n"
        "City budget leaves the harbour untouched\nWork on the new quay starts next spring.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == (
        "The harbour board approved the plan on Tuesday after a long debate.",
        "Work on the new quay starts next spring.",
    )
    assert any(rule.endswith(".related") for rule in article.rules["furniture"])


@pytest.mark.parametrize(
    "under",
    [
        # A sentence under the label is the story's; so is a short line.
        "Councillors kept the harbour fund at last year's level.",
        "Not yet",
        # A quotation is the story's.
        '"We waited ten years for this day," the chair said.',
    ],
)
def test_a_sentence_under_a_read_also_label_stays_in_the_story(under: str) -> None:
    text = (
        f"Harbour plan wins approval\nBy Jo Roe\nMarch 3, 2025\n"
        f"The harbour board approved the plan on Tuesday after a long debate.\nRead also:\n"
        f"{under}\nWork on the new quay starts next spring.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert under in article.paragraphs
