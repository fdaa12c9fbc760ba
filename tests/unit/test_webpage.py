"""The webpage format: detection, headline, runs of prose, header fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._text import split_lines
from newsparse.extract.classify import LineInfo, classify_lines
from newsparse.extract.furniture import furniture_rule
from newsparse.formats import webpage
from newsparse.formats._base import Builder
from newsparse.formats._page import credits as page_credits
from newsparse.formats._page import lines as page_lines
from newsparse.formats._page import title as page_title
from newsparse.formats._page.body import _runs
from newsparse.formats._page.boxes import _LONGEST_THREAD_HEAD, _THREAD_HEAD_RE, _about_signing_up
from newsparse.formats._page.credits import _ends_signed_name
from newsparse.formats._page.lines import (
    _BYLINE_FIRSTS,
    _FOREIGN_BY_FIRSTS,
    _STAMP_LABEL_FIRSTS,
    _holds_date,
    _is_header_line,
    _is_stamp_line,
)
from newsparse.formats._page.links import _in_teaser_box
from newsparse.formats._page.title import _is_date_line, _line_date, _split_title
from newsparse.formats.webpage import WebpageFormat
from newsparse.model import ParseOptions
from tests.conftest import GOLDEN, SEEDS
from tests.laws import check_article

_MENU = "Home\nNews\nLocal\nSport\nWeather\nOpinion\nCulture\n"
_FOOTER = "Privacy Policy\nTerms of Use\n\u00a9 2024 The Valley Herald\n"
# The page's title, its menu and the headline, over what each test sets under them.
_HERALD_HEAD = (
    "Footbridge opens to walkers | The Valley Herald\n" + _MENU + "Footbridge opens to walkers\n"
)
_BODY = (
    "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
    "It was paid for by the town and by a grant from the county, the mayor said.\n"
    "Cyclists will be allowed to use it from the start of next month.\n"
)


def test_split_title_keeps_the_longest_part() -> None:
    title = "Footbridge opens to walkers | The Valley Herald"
    a, z = _split_title(title)
    assert title[a:z] == "Footbridge opens to walkers"
    assert _split_title("No site name here") == (0, 17)


def test_runs_end_at_long_chrome_and_survive_a_short_gap() -> None:
    values = [20.0, -3.0, -3.0, 15.0, *([-3.0] * 8), 30.0]
    chrome = [True] * len(values)
    breaks = [False] * len(values)
    assert _runs(values, chrome, breaks.__getitem__) == [(0, 3, 29.0), (12, 12, 30.0)]
    breaks[1] = True
    assert _runs(values, chrome, breaks.__getitem__)[0] == (0, 0, 20.0)


def test_runs_ask_whether_a_line_breaks_only_inside_a_run() -> None:
    # A page of chrome asks nothing (the question reads the line's byline and dates);
    # inside a run each line is asked once, and no line above the first prose.
    asked: list[int] = []

    def breaks(i: int) -> bool:
        asked.append(i)
        return False

    assert _runs([-3.0] * 50, [True] * 50, breaks) == []
    assert asked == []
    values = [-3.0, -3.0, 20.0, -3.0, 15.0, *([-3.0] * 10)]
    assert _runs(values, [True] * len(values), breaks) == [(2, 4, 32.0)]
    assert asked == [3, 4, 5, 6, 7, 8, 9, 10]


def test_page_with_title_menus_byline_and_footer() -> None:
    text = (
        _HERALD_HEAD
        + "By Jane Doe\nPublished: 14 August 2023\n"
        + _BODY
        + "Share\nFacebook\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.headline == "Footbridge opens to walkers"
    assert a.spans["headline"][0].start > text.index("Home")  # the <h1>, not the title
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.date == dt.datetime(2023, 8, 14)
    assert len(a.paragraphs) == 3
    assert "webpage.title" in a.rules["furniture"]


def test_title_without_h1_loses_its_site_name() -> None:
    text = "Footbridge opens to walkers - Valley Herald\n" + _MENU + _BODY + _FOOTER
    a = newsparse.parse(text)
    assert a.format == "webpage"
    assert a.headline == "Footbridge opens to walkers"
    assert "webpage.title-site" in a.rules["furniture"]


def test_site_name_title_looks_for_the_headline_above_the_body() -> None:
    text = (
        "Valley Herald\n" + _MENU + "Footbridge opens to walkers at last\n"
        "14 August 2023\n" + _BODY + _FOOTER
    )
    a = newsparse.parse(text)
    assert a.headline == "Footbridge opens to walkers at last"
    assert a.date == dt.datetime(2023, 8, 14)


def test_east_asian_date_and_foreign_byline() -> None:
    text = (
        "Le pont rouvre aux piétons | Le Courrier\n" + _MENU + "Le pont rouvre aux piétons\n"
        "Par Claire Dumont\n2024年6月6日 10:01\n"
        "Le pont a rouvert samedi matin, après deux ans de travaux sur la structure.\n"
        "Les travaux ont coûté plus cher que prévu, selon le maire de la ville.\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Claire Dumont",)
    assert a.date == dt.datetime(2024, 6, 6, 10, 1)
    assert a.date_precision == "minute"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "Actress shares new photos | Daily Page\n" + _MENU + "Actress shares new photos\n"
        "Veteran actress Ada Obi, who in 2008 won the\n"
        "Golden Reel award for best actress, has taken\n"
        "to her page to share new photos of herself.\n"
        "She wore a dress in the colours of the flag at an event in the city.\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[0] == (
        "Veteran actress Ada Obi, who in 2008 won the Golden Reel award for best actress, "
        "has taken to her page to share new photos of herself."
    )
    assert len(a.paragraphs) == 2


def test_plain_articles_are_not_web_pages() -> None:
    fmt = WebpageFormat()
    bbc = "Council approves bridge\n\nThe council voted on Monday.\n\nWork starts soon.\n"
    assert fmt.score(bbc) == 0.0
    assert newsparse.parse(bbc).format == "generic"
    table = "Scorer            G    A   Pts\n" + "Amonte             0    1    1\n" * 8
    assert fmt.score(table) < 0.3


def test_empty_and_chrome_only_pages() -> None:
    fmt = WebpageFormat()
    text = _MENU + _FOOTER
    a = newsparse.parse(text, format="webpage")
    check_article(text, a)
    assert a.paragraphs == ()
    assert fmt.parse("", newsparse.model.ParseOptions()).paragraphs == ()


def test_a_date_stamp_inside_the_page_is_not_body() -> None:
    text = _HERALD_HEAD + _BODY + "on Monday, November 18th, 2019 at 11:08 a.m.\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(a.paragraphs) == 3
    assert a.date == dt.datetime(2019, 11, 18, 11, 8)


def test_standfirst_above_the_byline() -> None:
    text = (
        _HERALD_HEAD
        + "Walkers can cross the river in two minutes, after a year of building work.\n"
        + "By Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary == (
        "Walkers can cross the river in two minutes, after a year of building work."
    )
    assert len(a.paragraphs) == 3


def test_h1_that_drops_a_title_prefix() -> None:
    text = (
        "Analysis: The footbridge that took a year to open | Valley Herald\n"
        + _MENU
        + "The footbridge that took a year to open\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    assert a.headline == "Analysis: The footbridge that took a year to open"
    assert "webpage.headline-repeat" in a.rules["furniture"]


def test_agency_copy_inside_page_chrome_is_a_page() -> None:
    text = (
        "Harbour reopens after storm | Coast Herald\n"
        + _MENU
        + "Harbour reopens after storm\n"
        + "OSLO, Aug 14 (Reuters) - The harbour reopened on Monday after a storm closed it.\n"
        + "Ferries will run on the winter timetable until the end of the month, it said.\n"
        + "(Reporting by Jane Doe; Editing by Sam Roe)\n"
        + "Share\nFacebook\n"
        + _FOOTER
    )
    assert newsparse.detect(text)[0].format == "webpage"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[0].startswith("OSLO, Aug 14 (Reuters)")


def test_dotted_day_first_date() -> None:
    text = (
        "Brücke wieder offen | Der Bote\n"
        + _MENU
        + "Brücke wieder offen\n18.11.2019, 21:17\n"
        + "Die Brücke über den Fluss ist seit Montag wieder für den Verkehr geöffnet.\n"
        + "Die Arbeiten haben länger gedauert als geplant, sagte der Bürgermeister der Stadt.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date == dt.datetime(2019, 11, 18, 21, 17)
    assert len(a.paragraphs) == 2


def test_short_title_is_the_headline_when_none_is_above_the_body() -> None:
    text = "Oil prices fall\n" + _MENU + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Oil prices fall"
    assert len(a.paragraphs) == 3


def test_publication_date_wins_over_an_update() -> None:
    text = _HERALD_HEAD + "Updated: 15 August 2023\nPublished: 14 August 2023\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date == dt.datetime(2023, 8, 14)
    assert "webpage.chrome" in a.rules["furniture"]


def test_linked_headlines_after_the_article_are_not_joined_to_it() -> None:
    # Below the article a box of related stories: its headlines carry commas and
    # question marks, so they read as prose, but none ends like a sentence.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + _BODY
        + "Related Tags\nBridges\nRivers\nTown hall\nTransport\n"
        + "Related\n"
        + "Ferry to close for winter\n"
        + "Will the new ferry threaten the bridge? 'Not this decade,' says the harbour master\n"
        + "Council says it does not plan tolls on the crossing: 'It is not our plan'\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(a.paragraphs) == 3
    assert "ferry" not in a.body


def test_a_paragraph_after_an_inset_box_is_still_joined() -> None:
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + _BODY
        + "Most Popular\nFerry to close for the winter\nMarket moves to the square\n"
        + "The old crossing downstream will be closed for repairs once the new bridge is "
        "busy, and it should reopen in the spring, the council said.\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(a.paragraphs) == 4
    assert a.paragraphs[-1].startswith("The old crossing")


def test_short_sentences_inside_the_body_are_kept() -> None:
    # One-line questions and answers between paragraphs are the article's text, but a
    # short line that opens in lower case is a torn-off tail, not a sentence.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        + "Q: Why now?\n"
        + "A: The floods.\n"
        + "Q: Was it cheap?\n"
        + "The old crossing had been closed since the spring floods, the mayor said on Monday.\n"
        + "It was paid for by the town and by a grant from the county, the council said.\n"
        + "and the river.\n"
        + "Advertisement\n"
        + "Cyclists will be allowed to use it from the start of next month, it added.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[1:4] == ("Q: Why now?", "A: The floods.", "Q: Was it cheap?")
    assert "and the river." not in a.body
    assert len(a.paragraphs) == 7


def test_headings_and_list_items_between_paragraphs_are_kept() -> None:
    # A heading with a subheading, and a list whose items do not end like sentences,
    # stand between paragraphs as short lines: they are the article's text.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        + "What was built\n"
        + "A span of steel\n"
        + "The bridge is made of steel and oak, and it is wide enough for two prams to pass.\n"
        + "The council listed what the grant paid for:\n"
        + "New lamps along the towpath\n"
        + "Benches at both ends\n"
        + "A ramp for wheelchairs\n"
        + "It was paid for by the town and by a grant from the county, the mayor said.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[1:3] == ("What was built", "A span of steel")
    assert a.paragraphs[4:8] == (
        "The council listed what the grant paid for:",
        "New lamps along the towpath",
        "Benches at both ends",
        "A ramp for wheelchairs",
    )
    assert len(a.paragraphs) == 9


def test_boxes_between_paragraphs_are_not_kept() -> None:
    # Short lines under a Related label, a teaser's headline over its author's handle,
    # a button the page repeats and a bare link are not the article's, though prose
    # stands around them.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        + "Related\n"
        + "Ferry to close for the winter\n"
        + "Market moves to the square\n"
        + "It was paid for by the town and by a grant from the county, the mayor said.\n"
        + "Lamps go up on the towpath\n"
        + "John Roe @johnroe\n"
        + "Cyclists will be allowed to use the bridge from the start of next month, it added.\n"
        + "Get the town app\n"
        + "valleyherald.example/app\n"
        + "The old crossing downstream will be closed for repairs once the new bridge is busy.\n"
        + "Get the town app\n"
        + "It should reopen in the spring, the council said in a statement on Monday.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    for chrome in ("Ferry", "Market", "Lamps", "John Roe", "town app", "example"):
        assert chrome not in a.body, chrome
    assert len(a.paragraphs) == 5


def test_an_advert_slot_and_a_link_under_it_are_not_body() -> None:
    # The slot sells itself; the bare address under it is a link, not a subheading,
    # though prose follows it. A real subheading in the same place is kept.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        + "Advertise with The Valley Herald\n"
        + "valleyherald.example\n"
        + "It was paid for by the town and by a grant from the county, the mayor said.\n"
        + "Advertisement\n"
        + "What comes next\n"
        + "Cyclists will be allowed to use the bridge from the start of next month, it added.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert "Advertise" not in a.body
    assert "example" not in a.body
    assert a.paragraphs[2] == "What comes next"
    assert len(a.paragraphs) == 4


def test_a_long_run_of_questions_and_short_answers_is_kept() -> None:
    # Nine short lines between two paragraphs: the questions end like sentences, so
    # only the five answers count toward the limit on short lines in a row.
    qa = "".join(
        f"Q: Favourite {thing}?\nA: {answer}\n"
        for thing, answer in (
            ("walk", "The towpath at dawn"),
            ("season", "Late spring"),
            ("bridge", "The old stone one upstream"),
            ("meal", "Fish by the harbour"),
        )
    )
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "We asked the engineer who designed the new footbridge a few questions about herself.\n"
        + "She has built bridges in four countries, and this one, she said, was the hardest of "
        "them all, because the river floods twice a year and the banks are soft clay.\n"
        + qa
        + "Q: Favourite sound?\n"
        + "A: The river in flood, heard from the middle of a bridge you built yourself, when "
        "the water is a few feet below your boots and the whole deck hums with it.\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert "A: Late spring" in a.paragraphs
    assert len(a.paragraphs) == 12


def test_a_relative_time_stamp_opens_the_article() -> None:
    # "Updated an hour ago" holds no date the date patterns read, but it stamps the
    # article's time like one: the teaser above it is not run into the body. A short
    # line that opens with "Published by" is still the body's.
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "Footbridge opens, and the towpath gets new lamps by the end of the year\n"
        + "Published 3 hours ago\n"
        + "Updated an hour ago\n"
        + _BODY
        + "Bridges of the Valley\n"
        + "Published by the Valley Press\n"
        + "A book about the river's twelve crossings, old and new, was launched at the bridge "
        "by the local history society on the same afternoon.\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert not a.body.startswith("Footbridge opens")
    assert a.paragraphs[0].startswith("The new footbridge")
    assert "Published by the Valley Press" in a.paragraphs


def test_a_box_about_the_author_closes_the_article() -> None:
    # The author's biography under an "About" heading is not joined to the article,
    # though it is prose.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + _BODY
        + "About the author\n"
        + "Jane Doe has covered the valley's towns for the paper since 2015, and before that "
        "she wrote about farming and the river trade for a weekly in the hills.\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(a.paragraphs) == 3
    assert "covered" not in a.body
    assert "furniture.author-box" in a.rules["furniture"]


def test_a_section_heading_about_a_place_does_not_close_the_article() -> None:
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + _BODY
        + "About New York\n"
        + "The city has built three footbridges of the same design since 2015, and each of "
        "them was opened by the mayor on a Sunday morning in spring.\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert "footbridges of the same design" in a.paragraphs[-1]
    assert "furniture.author-box" not in a.rules["furniture"]


@pytest.mark.parametrize(
    "heading", ["Updated 2024 forecast", "Posted March results", "Published Sunday Times reviews"]
)
def test_a_heading_that_opens_with_a_stamp_label_stays_in_the_body(heading: str) -> None:
    # Only a line a stamp ends (``3 hours ago``, a time, a zone) opens another article.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        + f"{heading}\n"
        + "It was paid for by the town and by a grant from the county, the mayor said.\n"
        + "Cyclists will be allowed to use it from the start of next month.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[0].startswith("The new footbridge")
    assert a.paragraphs[-1].startswith("Cyclists")


def test_a_short_sentence_under_the_last_paragraph_closes_the_article() -> None:
    # A sign-off just under the last paragraph is the article's; a short line that does
    # not end like a sentence there (a teaser's headline) is not.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + _BODY
        + "See you on the bridge!\n"
        + "Ferry to close for the winter\n"
        + "Market moves to the square\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == "See you on the bridge!"
    assert len(a.paragraphs) == 4
    text = text.replace("See you on the bridge!\n", "")
    a = newsparse.parse(text)
    assert a.paragraphs[-1].startswith("Cyclists")


def test_a_box_of_key_points_over_the_article_is_not_body() -> None:
    # The points under a "Key Points" label up to the lead photo's caption summarise
    # the article; they are furniture, and the article starts under the photo.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "Key Points\n"
        + "The town's new footbridge opened on Saturday after a year of building work.\n"
        + "The county paid for most of it with a grant, and cyclists may use it next month.\n"
        + "Walkers cross the new footbridge over the river on Saturday morning.\n"
        + "Photo: Mara Quill\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(a.paragraphs) == 3
    assert a.paragraphs[0].startswith("The new footbridge")
    assert "webpage.highlights" in a.rules["furniture"]


def test_a_line_the_body_repeats_further_down_is_kept_once() -> None:
    # A summary point (or a pull quote) above the paragraph it repeats word for word is
    # kept out of the body, where the paragraph stays.
    point = "The bridge cost less than the council had planned for it, the mayor said."
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "Highlights\n"
        + f"{point}\n"
        + _BODY
        + f"{point}\n"
        + "It will be lit at night from the first of December, the council added.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[0].startswith("The new footbridge")
    assert a.paragraphs.count(point) == 1
    assert a.paragraphs[3] == point
    assert len(a.paragraphs) == 5


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("How the bridge was built", True),
        ("Harbour board rejects ferry operator's plan for bigger car deck at west pier", False),
    ],
)
def test_a_long_heading_under_a_photo_is_a_link_to_another_story(line: str, kept: bool) -> None:
    # Under a photo's caption, a short heading opens the next part of the article; a
    # longer line that does not end like a sentence is a linked headline.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        + "Walkers cross the new footbridge over the river on Saturday morning.\n"
        + "Photo: Mara Quill\n"
        + f"{line}\n"
        + "It was paid for by the town and by a grant from the county, the mayor said.\n"
        + "Cyclists will be allowed to use it from the start of next month.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert (line in a.paragraphs) is kept
    assert len(a.paragraphs) == 3 + kept


def test_list_items_ending_on_a_stop_word_stay_apart() -> None:
    # A line that ends on a stop word runs on to the next only where no sentence ends
    # on that word (``the``), or where the next opens in lower case: list items ending
    # ``is over`` or ``right now`` are paragraphs of their own.
    items = (
        "Walkers can cross the river again now that the work is over",
        "Cyclists will have their own lane from the start of next month",
        "The ferry that ran while the bridge was shut stops running now",
        "Benches and lamps will be added along the towpath by the spring",
    )
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        + "What changes for the town:\n"
        + "".join(f"{item}\n" for item in items)
        + "The prize for its design went to a studio which last year also won the\n"
        + "Valley Award for a footbridge in the hills, the council said.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[2:6] == items
    assert a.paragraphs[-1].endswith(
        "won the Valley Award for a footbridge in the hills, the council said."
    )
    assert len(a.paragraphs) == 7


def test_a_standfirst_over_the_lead_photo_is_the_summary() -> None:
    # A short paragraph between the headline and the lead photo is the standfirst; a
    # long one there is the article's first paragraph.
    dek = "The town's first new crossing in fifty years opened to walkers on Saturday."
    head = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "By Jane Doe\n14 August 2023\nFootbridge opens to walkers\n"
    )
    photo = (
        "Walkers cross the new footbridge over the river on Saturday morning.\nPhoto: Mara Quill\n"
    )
    text = head + f"{dek}\n" + photo + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary == dek
    assert len(a.paragraphs) == 3
    assert a.paragraphs[0].startswith("The new footbridge")
    lead = " ".join([dek] * 4)
    text = head + f"{lead}\n" + photo + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary is None
    assert a.paragraphs[0] == lead


def test_an_invitation_to_follow_an_account_is_not_body() -> None:
    # The author's note that ends in a handle to follow is not the article's text; a
    # paragraph that names a handle without that invitation is.
    note = "Jane Doe's book about the river towns is out now. Follow her on Twitter @janedoe."
    quote = "The council posted the opening times on its account, @valleytown, on Friday."
    text = _HERALD_HEAD + "By Jane Doe\n" + _BODY + f"{quote}\n{note}\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == quote
    assert note not in a.body
    assert "webpage.follow" in a.rules["furniture"]


def test_a_teaser_cut_short_inside_the_body_is_not_kept() -> None:
    # A summary that breaks off on a word no sentence ends on, with its story's headline
    # above it, is a teaser for another story; the article's own last paragraph, cut
    # short by a paywall, stays.
    cut = "The last of the old stone piers will be taken down by the end of the"
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        + "Ferry Operator Plans Bigger Boats for Summer Crossings\n"
        + "The company that runs the crossing said on Friday that it wants to\n"
        + "Read more\n"
        + "It was paid for by the town and by a grant from the county, the mayor said.\n"
        + "Cyclists will be allowed to use it from the start of next month.\n"
        + f"{cut}\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert "Ferry" not in a.body
    assert "wants to" not in a.body
    assert a.paragraphs[-1] == cut
    assert len(a.paragraphs) == 4


def _page(header: str) -> str:
    return _HERALD_HEAD + header + "\n" + _BODY + "Share\nFacebook\n" + _FOOTER


def _bylined_page(rest: str) -> str:
    """The page with its title, menu, headline, byline and date, then ``rest`` and the footer."""
    return _HERALD_HEAD + "By Jane Doe\n14 August 2023\n" + rest + _FOOTER


@pytest.mark.parametrize(
    ("header", "authors", "raw_date"),
    [
        ("By Jane Doe - 2024-03-02", ("Jane Doe",), "2024-03-02"),
        ("By Jane Doe | March 2, 2024", ("Jane Doe",), "March 2, 2024"),
        ("By JANE DOE \u2022 Mar 2, 2024 9:05 AM", ("JANE DOE",), "Mar 2, 2024 9:05 AM"),
        ("Posted by Jane Doe on March 2, 2024", ("Jane Doe",), "March 2, 2024"),
        ("Posted on March 2, 2024 by Jane Doe", ("Jane Doe",), "March 2, 2024"),
        (
            "Published: 2 March 2024 | By Jane Doe and Sam Roe",
            ("Jane Doe", "Sam Roe"),
            "2 March 2024",
        ),
        ("March 2, 2024 - By Jane Doe, Staff Writer", ("Jane Doe",), "March 2, 2024"),
        ("| BY: Jane Doe\nMarch 2, 2024", ("Jane Doe",), "March 2, 2024"),
    ],
)
def test_a_byline_beside_the_date(header: str, authors: tuple[str, ...], raw_date: str) -> None:
    text = _page(header)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.headline == "Footbridge opens to walkers"
    assert a.byline is not None
    assert a.byline.authors == authors
    assert a.spans["date"][0].of(text) == raw_date
    assert a.paragraphs[0].startswith("The new footbridge")


@pytest.mark.parametrize(
    ("header", "organization"),
    [
        # The Times of India's line: names, the desk, the date's label, slashes between.
        ("Jane Doe / TNN / Updated: Mar 2, 2024, 09:05 IST", "TNN"),
        ("Jane Doe / Mar 2, 2024, 09:05 IST", None),
        ("Jane Doe | Published: Mar 2, 2024, 09:05 IST", None),
    ],
)
def test_names_before_a_labelled_date_on_one_line(header: str, organization: str | None) -> None:
    text = _page(header)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.byline.organization == organization
    assert a.spans["date"][0].of(text) == "Mar 2, 2024, 09:05 IST"
    assert a.paragraphs[0].startswith("The new footbridge")


def test_the_publication_date_wins_over_a_byline_line_with_an_update() -> None:
    text = _page("Published 1 March 2024\nUpdated 2 March 2024 - By Jane Doe")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.date == dt.datetime(2024, 3, 1)


@pytest.mark.parametrize(
    ("header", "authors", "date"),
    [
        # Names alone between the headline and the date.
        ("Jane Doe\nMarch 2, 2024", ("Jane Doe",), dt.datetime(2024, 3, 2)),
        (
            "JANE DOE and SAM ROE\nPublished 2 March 2024",
            ("JANE DOE", "SAM ROE"),
            dt.datetime(2024, 3, 2),
        ),
        ("Jane Doe, Staff Writer\n2 March 2024", ("Jane Doe",), dt.datetime(2024, 3, 2)),
        # A blog signs with its name: one word with a capital inside.
        ("ValleyNotes\nMarch 2, 2024", ("ValleyNotes",), dt.datetime(2024, 3, 2)),
        # A stamp with a weekday and a time only: no date, but it places the name.
        ("Jane Doe\nSaturday 6:30PM", ("Jane Doe",), None),
        # A name with its handle glued on, beside the date on either side.
        (
            "Published Sat, Mar 2 20249:05 AM\nJane Doe@janedoe",
            ("Jane Doe",),
            dt.datetime(2024, 3, 2, 9, 5),
        ),
        ("Jane Doe@jane.doe\nMarch 2, 2024", ("Jane Doe",), dt.datetime(2024, 3, 2)),
        # A link to the writer's other stories under the role, over the date.
        (
            "Jane Doe\nSenior Reporter\nMore from Jane Doe\nMarch 2, 2024",
            ("Jane Doe",),
            dt.datetime(2024, 3, 2),
        ),
        # The writer's town in capitals, as the Hindu sets it, over the dates.
        (
            "Jane Doe\nRANIPUR\nUpdated - March 3, 2024\nPublished - March 2, 2024",
            ("Jane Doe",),
            dt.datetime(2024, 3, 2),
        ),
        # A bare name under the alt text of its photo, which names the same person.
        (
            "Photo of Jane Doe\nJane Doe\nTransport Reporter\n14 August 2023",
            ("Jane Doe",),
            dt.datetime(2023, 8, 14),
        ),
    ],
)
def test_names_without_by_beside_the_date(
    header: str, authors: tuple[str, ...], date: dt.datetime | None
) -> None:
    text = _page(header)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers"
    assert a.byline is not None
    assert a.byline.authors == authors
    assert a.date == date
    assert "@" not in a.byline.text
    assert a.paragraphs[0].startswith("The new footbridge")


def test_names_over_an_agencys_name_over_the_date_are_the_byline() -> None:
    text = _page("Jane Doe\nTT\nPublicerad 2024-03-02 09:27")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert (a.byline.authors, a.byline.organization) == (("Jane Doe",), "TT")
    assert a.date == dt.datetime(2024, 3, 2, 9, 27)


@pytest.mark.parametrize(
    "header",
    [
        "Business\nMarch 2, 2024",  # a section: one plain word
        "Photo gallery\nRiver Walk Opening\nMarch 2, 2024",  # a caption, not under the headline
        "March 2, 2024\nKey Points",  # a heading under the date, with no handle
        "Jane Doe\nCouncil news",  # no date beside it
        "Jane Doe@\nMarch 2, 2024",  # no handle after the @
        "A Very Long Line Of Capitalised Words\nMarch 2, 2024",  # too many words for a name
    ],
)
def test_lines_that_are_not_bare_names(header: str) -> None:
    text = _page(header)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None


# Bodies in the languages whose pages write ``Von``, ``Par`` and ``Por``.
_FOREIGN_BODY = {
    "de": (
        "Die neue Br\u00fccke \u00fcber den Fluss wurde am Samstag "
        "f\u00fcr Fu\u00dfg\u00e4nger ge\u00f6ffnet.\n"
        "Sie wurde von der Stadt und mit einem Zuschuss des Kreises bezahlt, sagte er.\n"
        "Radfahrer d\u00fcrfen sie ab dem n\u00e4chsten Monat benutzen.\n"
    ),
    "fr": (
        "Le nouveau pont sur la rivi\u00e8re a \u00e9t\u00e9 ouvert "
        "aux pi\u00e9tons samedi apr\u00e8s un an.\n"
        "Il a \u00e9t\u00e9 pay\u00e9 par la ville et par une subvention "
        "du d\u00e9partement, a dit le maire.\n"
        "Les cyclistes pourront l'utiliser \u00e0 partir du mois prochain.\n"
    ),
    "es": (
        "El nuevo puente sobre el r\u00edo se abri\u00f3 a los peatones "
        "el s\u00e1bado tras un a\u00f1o.\n"
        "Fue pagado por la ciudad y por una subvenci\u00f3n de la provincia, dijo el alcalde.\n"
        "Los ciclistas podr\u00e1n usarlo a partir del pr\u00f3ximo mes.\n"
    ),
}


def _foreign_page(header: str, lang: str) -> str:
    return _page(header).replace(_BODY, _FOREIGN_BODY[lang], 1)


@pytest.mark.parametrize(
    ("header", "lang", "authors"),
    [
        ("Von\nJana Schmidt", "de", ("Jana Schmidt",)),
        ("Par :\nClaire Dumont et Luc Martin", "fr", ("Claire Dumont", "Luc Martin")),
        ("Autor:\nJuan P\u00e9rez", "es", ("Juan P\u00e9rez",)),
    ],
)
def test_a_foreign_by_alone_on_its_line(header: str, lang: str, authors: tuple[str, ...]) -> None:
    text = _foreign_page(header + "\n2. M\u00e4rz 2024", lang)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == authors
    assert "webpage.byline-label" in a.rules["furniture"]


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("DE\nEnglish\nMarch 2, 2024", "en"),  # a language menu
        ("Par\nTiger Woods\nMarch 2, 2024", "en"),  # a golf table
        ("Von\nJana Schmidt\n2 mars 2024", "fr"),  # German ``Von`` on a French page
    ],
)
def test_a_foreign_by_on_a_page_in_another_language(header: str, lang: str) -> None:
    text = _page(header) if lang == "en" else _foreign_page(header, lang)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("By\n\u2022 Jane Doe", ("Jane Doe",)),
        ("By\n| Jane Doe", ("Jane Doe",)),
        ("By\n(Jane Doe", ("Jane Doe",)),
        ("Von\n\u2022 Jana Schmidt", ("Jana Schmidt",)),
        ("Par Claire Dumont)", ("Claire Dumont",)),
    ],
)
def test_what_the_byline_reader_trims_is_furniture(header: str, authors: tuple[str, ...]) -> None:
    lang = "de" if header.startswith("Von") else "fr" if header.startswith("Par") else "en"
    text = _page(header) if lang == "en" else _foreign_page(header, lang)
    a = newsparse.parse(text)
    check_article(text, a)  # every bullet, bar and bracket lies in some span
    assert a.byline is not None
    assert a.byline.authors == authors


@pytest.mark.parametrize(
    "header",
    [
        "Breaking News\nMarch 2, 2024",
        "Live Updates\nSaturday 6:30PM",
        "Local News\n3 hours ago",
        "Listen Now\nMarch 2, 2024",
        "Follow Us@valleyherald\nMarch 2, 2024",
        # Section and topic labels: institutions and places, not people.
        "Supreme Court\nMarch 2, 2024",
        "City Council\nMarch 2, 2024",
        "Middle East\nMarch 2, 2024",
        "Climate Change\n3 hours ago",
    ],
)
def test_a_page_label_beside_the_date_is_no_bare_name(header: str) -> None:
    text = _page(header)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None


def _page_above(above: str) -> str:
    return (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + above
        + "\nFootbridge opens to walkers\n"
        + _BODY
        + _FOOTER
    )


@pytest.mark.parametrize(
    ("above", "authors"),
    [
        ("By Jane Doe\nMarch 2, 2024", ("Jane Doe",)),
        ("Von\nJana Schmidt\n2. M\u00e4rz 2024", ("Jana Schmidt",)),
    ],
)
def test_a_labelled_byline_just_above_the_headline(above: str, authors: tuple[str, ...]) -> None:
    text = _page_above(above)
    if above.startswith("Von"):  # ``Von`` opens a byline on a German page
        text = text.replace(_BODY, _FOREIGN_BODY["de"], 1)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers"
    assert a.byline is not None
    assert a.byline.authors == authors
    assert a.date == dt.datetime(2024, 3, 2)


@pytest.mark.parametrize(
    "above",
    [
        "Jane Doe\nMarch 2, 2024",  # names without a label are not looked for above
        "By Jane Doe\nBusiness\nTravel\nMarch 2, 2024",  # too far above the headline
        "By Topic\nBy Region",  # a menu: no names
        "EN\nDE\nFR",  # a language menu
        "De Beers Group",  # a kicker on an English page
    ],
)
def test_what_above_the_headline_is_no_byline(above: str) -> None:
    text = _page_above(above)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None


def test_a_byline_under_the_headline_wins_over_one_above() -> None:
    text = _page_above("By Sam Roe").replace("walkers\nThe new", "walkers\nBy Jane Doe\nThe new", 1)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)


def test_a_highlights_label_over_long_paragraphs_keeps_them() -> None:
    # Points are a sentence or two; a long paragraph under the label before the first
    # advert is the article's, so the box's end is not known and only the label goes.
    long = " ".join(["The new footbridge over the river opened to walkers on Saturday."] * 5)
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "Highlights\n"
        + f"{long}\n"
        + "It was paid for by the town and by a grant from the county, the mayor said.\n"
        + "Advertisement\n"
        + "Cyclists will be allowed to use it from the start of next month.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[0] == long
    assert len(a.paragraphs) == 3
    assert "webpage.highlights" in a.rules["furniture"]


def test_a_paragraph_ending_on_a_word_of_another_language_is_no_teaser() -> None:
    # Only the page's own language's open words (``the``, ``of``) cut a teaser short:
    # ``door`` is one in Dutch, but an English paragraph may end on it.
    door = "He said the new lamps would be fitted beside the old boathouse door"
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        + f"{door}\n"
        + "It was paid for by the town and by a grant from the county, the mayor said.\n"
        + "Cyclists will be allowed to use it from the start of next month.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[1] == door
    assert len(a.paragraphs) == 4


# Pages written for these tests, one a language: the page's chrome (skip link, home,
# search, sign-in), the headline, a byline, a date, three paragraphs, then footer links
# and a copyright line. No menu of six lines, no English: only the words of each
# language's chrome tell that it is a page.
_CHROME_PAGES = {
    "de": (
        ["Zum Inhalt springen", "Startseite", "Suche", "Anmelden"],
        ["Neue Br\u00fccke \u00fcber den Fluss er\u00f6ffnet", "Von Anna Beispiel",
         "14.08.2023"],
        [("Die neue Fu\u00dfg\u00e4ngerbr\u00fccke \u00fcber den Fluss ist am Samstag "
         "nach einem Jahr Bauzeit er\u00f6ffnet worden."),
         "Bezahlt wurde sie von der Stadt und vom Landkreis, wie der B\u00fcrgermeister sagte.",
         "Radfahrer d\u00fcrfen die Br\u00fccke ab dem kommenden Monat ebenfalls benutzen."],
        ["Impressum", "Datenschutz", "Kontakt", "\u00a9 2023 Talbote. Alle Rechte vorbehalten."],
    ),
    "fr": (
        ["Aller au contenu principal", "Accueil", "Rechercher", "Se connecter"],
        ["Le nouveau pont ouvre aux pi\u00e9tons", "Par Claire Exemple", "14 ao\u00fbt 2023"],
        ["La nouvelle passerelle sur la rivi\u00e8re a ouvert samedi apr\u00e8s un an de travaux.",
         "Elle a \u00e9t\u00e9 pay\u00e9e par la ville et par le d\u00e9partement, a dit le maire.",
         "Les cyclistes pourront aussi l'emprunter \u00e0 partir du mois prochain."],
        ["Mentions l\u00e9gales", "Politique de confidentialit\u00e9", "Nous contacter",
         "\u00a9 2023 Le Courrier du Val. Tous droits r\u00e9serv\u00e9s."],
    ),
    "es": (
        ["Ir al contenido", "Inicio", "Buscar", "Iniciar sesi\u00f3n"],
        ["Abre el nuevo puente sobre el r\u00edo", "Por Luc\u00eda Ejemplo",
         "14 de agosto de 2023"],
        ["La nueva pasarela sobre el r\u00edo abri\u00f3 el s\u00e1bado despu\u00e9s de un a\u00f1o de obras.",  # noqa: E501
         "La pagaron el ayuntamiento y la provincia, seg\u00fan dijo el alcalde.",
         "Los ciclistas tambi\u00e9n podr\u00e1n usarla a partir del pr\u00f3ximo mes."],
        ["Aviso legal", "Pol\u00edtica de privacidad", "Contacto",
         "\u00a9 2023 El Diario del Valle. Todos los derechos reservados."],
    ),
    "id": (
        ["Langsung ke konten", "Beranda", "Cari", "Masuk"],
        ["Jembatan baru di atas sungai dibuka", "Oleh Budi Contoh", "14 Agustus 2023"],
        [("Jembatan penyeberangan baru di atas sungai dibuka pada hari Sabtu setelah "
         "setahun pembangunan."),
         "Jembatan itu dibiayai oleh kota dan bantuan dari provinsi, kata wali kota.",
         "Pesepeda juga boleh memakainya mulai bulan depan."],
        ["Pedoman Media Siber", "Kebijakan Privasi", "Tentang Kami", "\u00a9 2023 Kabar Lembah"],
    ),
    "ru": (
        ["\u041f\u0435\u0440\u0435\u0439\u0442\u0438 \u043a \u0441\u043e\u0434\u0435\u0440\u0436\u0438\u043c\u043e\u043c\u0443",  # noqa: E501
         "\u0413\u043b\u0430\u0432\u043d\u0430\u044f", "\u041f\u043e\u0438\u0441\u043a",
         "\u0412\u043e\u0439\u0442\u0438"],
        [("\u041d\u043e\u0432\u044b\u0439 \u043c\u043e\u0441\u0442 \u0447\u0435\u0440\u0435\u0437 "
         "\u0440\u0435\u043a\u0443 \u043e\u0442\u043a\u0440\u044b\u0442"), "14 \u0430\u0432\u0433\u0443\u0441\u0442\u0430 2023"],  # noqa: E501
        [("\u041d\u043e\u0432\u044b\u0439 \u043f\u0435\u0448\u0435\u0445\u043e\u0434\u043d\u044b\u0439 "  # noqa: E501
         "\u043c\u043e\u0441\u0442 \u0447\u0435\u0440\u0435\u0437 \u0440\u0435\u043a\u0443 "
         "\u043e\u0442\u043a\u0440\u044b\u043b\u0438 \u0432 \u0441\u0443\u0431\u0431\u043e\u0442\u0443 "  # noqa: E501
         "\u043f\u043e\u0441\u043b\u0435 \u0433\u043e\u0434\u0430 \u0440\u0430\u0431\u043e\u0442."),
         ("\u0415\u0433\u043e \u043e\u043f\u043b\u0430\u0442\u0438\u043b\u0438 \u0433\u043e\u0440\u043e\u0434 "  # noqa: E501
         "\u0438 \u043e\u0431\u043b\u0430\u0441\u0442\u044c, \u0441\u043a\u0430\u0437\u0430\u043b "
         "\u0433\u043b\u0430\u0432\u0430 \u0433\u043e\u0440\u043e\u0434\u0430.")],
        ["\u041a\u043e\u043d\u0442\u0430\u043a\u0442\u044b", "\u041e \u043d\u0430\u0441",
         "\u00a9 2023 \u0412\u0435\u0441\u0442\u043d\u0438\u043a"],
    ),
    "ko": (
        ["\ud648", "\ub85c\uadf8\uc778", "\ud68c\uc6d0\uac00\uc785", "\uac80\uc0c9"],
        ["\uac15 \uc704\uc5d0 \uc0c8 \ub2e4\ub9ac \uac1c\ud1b5", "2023\ub144 8\uc6d4 14\uc77c"],
        [("\uac15 \uc704\uc5d0 \uc0c8\ub85c \uc9c0\uc740 \ubcf4\ud589\uc790 \ub2e4\ub9ac\uac00 "
         "\uc77c \ub144\uac04\uc758 \uacf5\uc0ac\ub97c \ub9c8\uce58\uace0 \ud1a0\uc694\uc77c\uc5d0 "
         "\uac1c\ud1b5\ud588\ub2e4."),
         ("\uc2dc\uc7a5\uc740 \ub2e4\ub9ac \uac74\uc124 \ube44\uc6a9\uc744 \uc2dc\uc640 \ub3c4\uc758 "  # noqa: E501
         "\ubcf4\uc870\uae08\uc73c\ub85c \ucda9\ub2f9\ud588\ub2e4\uace0 \ub9d0\ud588\ub2e4.")],
        ["\ud68c\uc0ac\uc18c\uac1c", "\uac1c\uc778\uc815\ubcf4\ucc98\ub9ac\ubc29\uce68",
         "\uc774\uc6a9\uc57d\uad00", "Copyright \u00a9 2023"],
    ),
}  # fmt: skip


def _chrome_page(lang: str, *, head: bool = True, foot: bool = True) -> tuple[str, list[str]]:
    chrome, header, paragraphs, footer = _CHROME_PAGES[lang]
    lines = [*(chrome if head else []), *header, *paragraphs, *(footer if foot else [])]
    return "\n".join(lines) + "\n", paragraphs


@pytest.mark.parametrize("lang", sorted(_CHROME_PAGES))
def test_pages_in_other_languages_are_web_pages(lang: str) -> None:
    text, paragraphs = _chrome_page(lang)
    found = {d.format: d for d in newsparse.detect(text)}
    assert found["webpage"].score >= 0.45
    assert {"chrome-head", "footer-links"} <= set(found["webpage"].evidence)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.paragraphs == tuple(paragraphs)
    chrome = {r.split(".", 1)[0] for r in a.rules["furniture"]}
    assert "furniture" in chrome


@pytest.mark.parametrize("lang", sorted(_CHROME_PAGES))
def test_chrome_or_footer_alone_in_another_language_is_evidence(lang: str) -> None:
    fmt = WebpageFormat()
    assert "chrome-head" in fmt.explain(_chrome_page(lang, foot=False)[0])[1]
    assert "footer-links" in fmt.explain(_chrome_page(lang, head=False)[0])[1]


def test_a_menu_of_two_character_items_is_a_menu() -> None:
    # Chinese and Korean menus: news, sport, finance ... in two characters each.
    zh = "\u65b0\u95fb\n\u4f53\u80b2\n\u8d22\u7ecf\n\u79d1\u6280\n\u6c7d\u8f66\n\u623f\u4ea7\n"
    ko = (
        "\uc815\uce58\n\uacbd\uc81c\n\uc0ac\ud68c\n\uad6d\uc81c\n\ubb38\ud654\n\uc2a4\ud3ec\uce20\n"
    )
    fmt = WebpageFormat()
    for menu in (zh, ko):
        assert "menu-run" in fmt.explain("Title of the page here\n" + menu)[1]
    assert "menu-run" not in fmt.explain("Title\nab\ncd\nef\ngh\nij\nkl\n")[1]


@pytest.mark.parametrize(
    ("title", "fired"),
    [
        ("\u6cb3\u4e0a\u65b0\u6865\u6b63\u5f0f\u5f00\u901a_\u5c71\u8c37\u65e5\u62a5", True),
        ("\u5ddd\u306b\u65b0\u3057\u3044\u6a4b\u304c\u958b\u901a\uff5c\u8c37\u65b0\u805e", True),
        ("\u6cb3\u4e0a\u65b0\u6865\u6b63\u5f0f\u5f00\u901a-\u5c71\u8c37\u65e5\u62a5", True),
        # ``Korea-US summit held``: a dash inside a Korean headline names no site.
        (
            "\ubd81\ud55c \ud575\uc2e4\ud5d8 \ud6c4 \ud55c-\ubbf8 \uc815\uc0c1\ud68c\ub2f4 \uc5f4\ub824",  # noqa: E501
            False,
        ),
        ("Ex-minister quits after long-running row", False),
        # ``Leader meets guests -- stresses cooperation``: a doubled dash parts a headline.
        ("\u9886\u5bfc\u4eba\u4f1a\u89c1\u5916\u5bbe\u2014\u2014\u5f3a\u8c03\u5408\u4f5c", False),
    ],
)
def test_east_asian_titles_name_their_site_without_spaces(title: str, fired: bool) -> None:
    assert ("title-site-suffix" in WebpageFormat().explain(title + "\nBody.\n")[1]) is fired


def test_share_related_and_cookie_lines_are_evidence() -> None:
    fmt = WebpageFormat()
    text = (
        "Wir verwenden Cookies, um unsere Website zu verbessern.\n"
        "Die Stadt hat die neue Br\u00fccke am Samstag er\u00f6ffnet, sagte der B\u00fcrgermeister.\n"  # noqa: E501
        "Teilen:\nMeistgelesen\n"
    )
    assert set(fmt.explain(text)[1]) == {"cookie-banner", "share-row", "related-list"}
    assert fmt.score(text) == pytest.approx(0.3)


@pytest.mark.parametrize(
    "text",
    [
        # A plain article (headline, blank line, paragraphs) in German, and one that
        # mentions the words of a page's chrome inside its sentences.
        (
            "Neue Br\u00fccke er\u00f6ffnet\n\nDie Stadt hat die Br\u00fccke am Samstag er\u00f6ffnet.\n\n"  # noqa: E501
            "Radfahrer d\u00fcrfen sie ab Montag benutzen.\n"
        ),
        (
            "Kontakt zur Presse\n\nDas Impressum der Zeitung nennt die Redaktion.\n\n"
            "Wer sich anmelden will, kann das auf der Startseite tun.\n"
        ),
    ],
)
def test_plain_articles_in_other_languages_are_not_web_pages(text: str) -> None:
    assert WebpageFormat().score(text) == 0.0
    assert newsparse.parse(text).format == "generic"


_DE_BODY = (
    "Die neue Fußgängerbrücke über den Fluss wurde am Samstag nach einem Jahr Bauzeit eröffnet.\n",
    "Sie wurde von der Stadt und mit einem Zuschuss des Kreises bezahlt, sagte die Rätin.\n",
    "Radfahrer dürfen die Brücke ab dem Beginn des nächsten Monats ebenfalls benutzen.\n",
)


@pytest.mark.parametrize(
    "slot",
    [
        "Anzeige\n",
        "Werbung\n",
        "Weiterlesen nach der Anzeige\n",
        "Artikel nur für Abonnenten\n",
        "Artikel anhören\n",
        "Bild 1 von 12\n",
        "Lesezeit: 3 Min.\n",
    ],
)
def test_advert_slots_and_paywalls_in_another_language_leave_the_body(slot: str) -> None:
    text = (
        "Brücke eröffnet | Talbote\nStartseite\nPolitik\nWirtschaft\nSport\nKultur\nSuche\n"
        "Brücke eröffnet\nVon Jana Schmidt\n14.08.2023\n"
        + _DE_BODY[0]
        + slot
        + _DE_BODY[1]
        + _DE_BODY[2]
        + "Impressum\nDatenschutz\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(p.strip() for p in _DE_BODY)
    assert any(
        r in a.rules["furniture"]
        for r in (
            "furniture.advert",
            "furniture.paywall",
            "furniture.tools",
            "furniture.gallery",
            "furniture.reading-time",
        )
    )


@pytest.mark.parametrize(
    "slot",
    [
        "Continue reading the main story\n",
        "Keep reading\n",
        "Article continues below advertisement\n",
        "Subscribe now to continue reading\n",
        "Already a subscriber? Log in\n",
    ],
)
def test_english_cuts_and_paywall_lines_inside_the_body_leave_it(slot: str) -> None:
    lines = _BODY.splitlines(keepends=True)
    text = _FOOTBRIDGE_HEAD + lines[0] + slot + lines[1] + lines[2] + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(ln.strip() for ln in lines)


def _inset_page(*middle: str) -> str:
    lines = _BODY.splitlines(keepends=True)
    return _FOOTBRIDGE_HEAD + lines[0] + "".join(middle) + lines[1] + lines[2] + _FOOTER


def test_an_embedded_post_and_its_signature_do_not_end_the_body() -> None:
    post = "The bridge is open at last. Come and walk it! pic.twitter.com/abc123\n"
    signature = "\u2014 Valley Council (@valleycouncil) August 14, 2023\n"
    text = _inset_page(post, signature)
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(a.paragraphs) == 5
    assert a.paragraphs[1:3] == (post.strip(), signature.strip())
    assert a.date == dt.datetime(2023, 8, 14)


def test_an_embedded_posts_signature_under_the_last_paragraph_is_kept() -> None:
    signature = "\u2014 Valley Council (@valleycouncil) August 14, 2023"
    text = (
        "Footbridge opens | The Valley Herald\n" + _MENU + "Footbridge opens\n"
        "14 August 2023\n" + _BODY + signature + "\nShare\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == signature


def test_the_frame_of_an_embedded_instagram_post_is_furniture() -> None:
    text = _inset_page(
        "View this post on Instagram\n",
        "A post shared by Valley Walkers (@valleywalkers) on Aug 14, 2023 at 9:10am PDT\n",
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(ln.strip() for ln in _BODY.splitlines())
    assert a.rules["furniture"].count("furniture.embed") == 2


# The page's title, its menu, the headline, the byline and the date, over the body.
_FOOTBRIDGE_HEAD = (
    "Footbridge opens | The Valley Herald\n" + _MENU + "Footbridge opens\nBy Jane Doe\n"
    "14 August 2023\n"
)
_SIGNUP_BOX = (
    "Sign up for our daily newsletter\n"
    "Get the valley's news delivered to your inbox every morning.\n"
    "Enter your email address\n"
    "Sign up\n"
    "By signing up you agree to our Privacy Policy.\n"
)
_MORE_BODY = (
    "Walkers from the village said the new route would save them half an hour a day.\n"
    "The old ferry, which ran for forty years, made its last crossing on Friday evening.\n"
    "The town will hold an open day on the bridge next month, with music and a market.\n"
)


def test_the_story_goes_on_under_a_sign_up_box_inside_it() -> None:
    text = _FOOTBRIDGE_HEAD + _BODY + _SIGNUP_BOX + _MORE_BODY + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(ln for ln in (_BODY + _MORE_BODY).splitlines())
    # The blurb and the e-mail field; the consent line under the button is the
    # furniture table's small print.
    assert a.rules["furniture"].count("webpage.signup") == 2
    assert "furniture.newsletter" in a.rules["furniture"]
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "small_print",
    [
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
        "By clicking Sign up, you consent to receive emails from The Valley Herald.",
        "By submitting your email, you agree to our Terms and acknowledge our Privacy Notice.",
    ],
)
def test_the_story_goes_on_under_a_sign_up_boxs_small_print_and_a_link(small_print: str) -> None:
    # The box's small print under its button, then one paragraph, a link set in the
    # text, and the rest of the story down to the end of the page.
    box = (
        "Get the Valley Daily\n"
        "Our best local stories, delivered to your inbox every morning.\n"
        f"Enter your email\nSign Up\n{small_print}\n"
    )
    rest = (
        '"We waited forty years for this bridge," said Ada Lind, who walks it every day.\n'
        "READ MORE: Council approves new budget for the riverside\n"
        "The old ferry, which ran for forty years, made its last crossing on Friday evening.\n"
        "The town will hold an open day on the bridge next month, with music and a market.\n"
    )
    text = _FOOTBRIDGE_HEAD + _BODY + box + rest
    a = newsparse.parse(text)
    check_article(text, a)
    story = (_BODY + rest).splitlines()
    assert a.paragraphs == tuple(ln for ln in story if not ln.startswith("READ MORE"))
    assert small_print not in a.body


@pytest.mark.parametrize(
    "rule",
    [
        "By registering your dog, you confirm that it has been microchipped and vaccinated.",
        "By entering the ballot, you agree to pay a holding deposit of £500 if you are drawn.",
        "By continuing to use the app after March 1, you accept its new arbitration clause.",
    ],
)
def test_a_storys_rule_told_to_the_reader_is_no_sign_up_boxs_small_print(rule: str) -> None:
    # An explainer tells the reader a scheme's rules in the same words as a sign-up
    # box's small print, but the site does not speak in it (no ``our``) and it names
    # no e-mails, terms or privacy notice: the story goes on under it.
    rest = (
        "Owners who miss the deadline face a fixed penalty of £75 from the council.\n"
        "The council said fewer than half of the town's dogs were on its records.\n"
    )
    text = _FOOTBRIDGE_HEAD + _BODY + rule + "\n" + rest
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple((_BODY + rule + "\n" + rest).splitlines())


@pytest.mark.parametrize(
    ("blurb", "button"),
    [
        (
            "Let the valley's news meet your inbox. The stories that matter, every morning.\n",
            "Sign Up\n",
        ),
        ("Get more stories like this in your inbox!\n", "Sign Up For Our Newsletter\n"),
        (
            "Get the valley's news in your inbox.\nNo spam, and you can unsubscribe at any time.\n",
            "SUBSCRIBE\n",
        ),
    ],
)
def test_a_sign_up_blurb_over_its_button_under_the_story(blurb: str, button: str) -> None:
    text = _FOOTBRIDGE_HEAD + _BODY + blurb + button + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert a.rules["furniture"].count("webpage.signup") == blurb.count("\n")


@pytest.mark.parametrize(
    ("last", "box"),
    [
        # The story's last paragraph speaks of subscriptions and to the reader, over a
        # box with its label and blurb between them and the button.
        (
            (
                "\u201cWhat will be left that you would pay a digital subscription for?\u201d "
                "the editor asks.\n"
            ),
            "Business\nNewsletter\nGet our weekly business newsletter\nSubscribe\n",
        ),
        # A paragraph that does not speak of signing up, right over the button.
        ("The town will hold an open day on the bridge next month.\n", "Subscribe\n"),
        # A button to log in is no sign-up box's.
        ("Get the valley's news in your inbox, the editor told readers.\n", "Log in\n"),
        # Reports of newsletters, inboxes and signing up; a quotation.
        ("Cole said the newsletter would land in readers' inboxes every Friday.\n", "Subscribe\n"),
        ("Residents can sign up for flood alerts on the council's website.\n", "Sign Up\n"),
        ("Staff inboxes were working again by Monday morning.\n", "Sign Up\n"),
        # Advice to the reader, and words a story's advice uses too.
        ("You can sign up for the agency's free flood alerts on its website.\n", "Sign Up\n"),
        ("If you get a text like this, forward it to 7726 and report it as spam.\n", "Subscribe\n"),
        (
            "If you want fewer newsletters in your inbox, use the link under each one.\n",
            "Subscribe\n",
        ),
        (
            "\u201cIf it already lands in your inbox, nothing changes,\u201d Cole told readers.\n",
            "Subscribe\n",
        ),
        (
            (
                "\u00ab Si vous la recevez d\u00e9j\u00e0 dans votre bo\u00eete de "
                "r\u00e9ception, rien ne change \u00bb.\n"
            ),
            "Subscribe\n",
        ),
        # A line too long for a blurb; a line too long for a button; no sign-up call.
        (
            (
                "Get the valley's news in your inbox: the bridge, the ferry, the harbour, the "
                "markets, the schools, the council's meetings, the weather on the hills, and "
                "the results of every match the town's teams play on Saturdays and Sundays.\n"
            ),
            "Sign Up\n",
        ),
        (
            "Get the valley's news in your inbox.\n",
            "Subscribe to the valley weekly podcast about bridges\n",
        ),
        ("Get the valley's news in your inbox.\n", "Subscriber Services\n"),
    ],
)
def test_the_story_over_a_sign_up_button_stays(last: str, box: str) -> None:
    text = _FOOTBRIDGE_HEAD + _BODY + last + box + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), last.strip())
    assert "webpage.signup" not in a.rules["furniture"]


def test_a_blurb_is_two_lines_at_most_over_its_button() -> None:
    # Over the blurb's two lines, a line that speaks of signing up is the story's.
    last = "Get the valley's newsletter in your inbox, and tell your friends about it.\n"
    blurb = "Get the valley's news in your inbox.\nNo spam, and you can unsubscribe at any time.\n"
    text = _FOOTBRIDGE_HEAD + _BODY + last + blurb + "Sign Up\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), last.strip())
    assert a.rules["furniture"].count("webpage.signup") == 2


def test_the_articles_tags_end_it() -> None:
    # The site's note on comments under the tags is no paragraph of the article.
    note = (
        "As you comment, please be respectful of other readers and their views. We want "
        "the comments to be a place for a civil and informed talk about the story.\n"
    )
    text = (
        _FOOTBRIDGE_HEAD
        + _BODY
        + "Tags:\nValley Bridges\nJane Doe\n"
        + note
        + "View Comments\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_an_undated_entry_with_a_date_further_on_is_still_undated() -> None:
    # ``1 May 2020`` stands past the entry's day: the entry opens with no full date.
    schedule = _SCHEDULE.replace("Lake View, OH @", "Lake View, OH, 1 May 2020 @")
    heading = "The Band's Summer Tour Dates"
    text = _TOUR_PAGE_HEAD + f"{heading}\n" + schedule + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_LONG_BODY.splitlines(), heading, *schedule.splitlines())


def test_dated_teasers_under_a_schedule_are_not_its_entries() -> None:
    # The tour's entries give no year; the teasers under them do.
    teasers = (
        "Aug 13, 2024 \u2013 Festival line-up revealed\nAug 12, 2024 \u2013 Singer cancels show\n"
    )
    heading = "The Band's Summer Tour Dates"
    text = _TOUR_PAGE_HEAD + f"{heading}\n" + _SCHEDULE + teasers + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_LONG_BODY.splitlines(), heading, *_SCHEDULE.splitlines())


_MORE_BODY_TOO = (
    "Engineers will check the bridge again in the spring, when the river is at its highest.\n"
    "The council said the cost of the checks would come out of this year's budget.\n"
    "A second bridge, further upstream, is due to open to walkers in two years' time.\n"
)


@pytest.mark.parametrize(
    "tags",
    [
        "Topics: Flooding\n",
        "Tags:\nValley Bridges\nRiver Vale\n",
        "Categories: Best Newcomer, Best Team, with a new prize for the best charity.\n",
        # No list of tags: a section's heading, a sentence.
        "Topic: Housing\n",
        "Keywords: pick two or three words for each page, the guide says.\n",
    ],
)
def test_a_story_goes_on_under_tags_inside_it(tags: str) -> None:
    text = _FOOTBRIDGE_HEAD + _BODY + tags + _MORE_BODY + _MORE_BODY_TOO + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple((_BODY + _MORE_BODY + _MORE_BODY_TOO).splitlines())


@pytest.mark.parametrize(
    ("tags", "under", "kept"),
    [
        # A long story with tags inside it: the three paragraphs under them are its.
        ("Topics: Flooding\n", _MORE_BODY, True),
        # No list of tags: two paragraphs under a section's heading are the story's too.
        ("Topic: Housing\n", "".join(_MORE_BODY.splitlines(True)[:2]), True),
        # Under the article's tags, two lines of prose are not the story's.
        ("Tags:\nValley Bridges\n", "".join(_MORE_BODY.splitlines(True)[:2]), False),
        ("Topics: Politics, U.S.\n", "".join(_MORE_BODY.splitlines(True)[:2]), False),
    ],
)
def test_prose_under_tags_after_a_long_story(tags: str, under: str, kept: bool) -> None:
    text = _FOOTBRIDGE_HEAD + _LONG_BODY + tags + under + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    story = _LONG_BODY + (under if kept else "")
    assert a.paragraphs == tuple(story.splitlines())


def test_a_link_to_the_site_that_its_title_names_by_its_address() -> None:
    link = "On ValleyHerald.com: Car sales fall for a third month"
    text = _SITE_LINK_PAGE.replace("{link}", link).replace(
        "Car sales fall | Valley Herald", "Car sales fall | ValleyHerald.com"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert link not in a.paragraphs
    assert len(a.paragraphs) == 4


@pytest.mark.parametrize("mark", ["___", "* * *", "-----"])
def test_a_separator_between_the_storys_sections_and_under_its_end_is_kept(mark: str) -> None:
    # ``___`` parts a story's sections and closes it over its notes: the story's.
    text = (
        _FOOTBRIDGE_HEAD
        + _BODY
        + f"{mark}\n"
        + _MORE_BODY
        + f"{mark}\n"
        + "Reach the reporter on X at @janedoe_herald.\nShare\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), mark, *_MORE_BODY.splitlines(), mark)


@pytest.mark.parametrize(
    "under",
    [
        "Comments\nJo Roe: Great news for the town.\n",
        "Related Stories\nFerry fares to rise again next year\n",
        "Ferry Fares Rise Again\nBy Sam Roe\n",
        "From: Jo Roe <jo@example.org>\nSent: Monday\n",
    ],
)
def test_a_separator_under_the_story_over_no_notes_is_furniture(under: str) -> None:
    # Over comments, a box, another story or a pasted e-mail's header: not the story's.
    text = _FOOTBRIDGE_HEAD + _BODY + "___\n" + under + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert "___" not in a.paragraphs
    assert "furniture.no-text" in a.rules["furniture"]


def test_a_separator_away_from_the_story_is_furniture() -> None:
    # Among the footer's links, or under a box between the story and it.
    text = _FOOTBRIDGE_HEAD + _BODY + "Share\n___\nAbout Us\nArchives\n___\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert a.rules["furniture"].count("furniture.no-text") == 2


_SITE_LINK_PAGE = (
    "Car sales fall | Valley Herald\n" + _MENU + "Car sales fall\nBy Jane Doe\n14 August 2023\n"
    "New car sales in the valley fell by a tenth last month, the dealers' group said.\n"
    "Dealers sold 3,000 cars, trucks and vans in July, the fewest for the month in years.\n"
    "{link}\n"
    "Buyers are waiting for lower prices, the group's head said on Tuesday.\n"
    "The group expects sales to pick up again before the end of the year.\n"
    "Share\n" + _FOOTER
)


@pytest.mark.parametrize(
    ("link", "kept"),
    [
        ("On ValleyHerald.com: Car sales fall for a third month", False),
        ("On valley-herald.co.uk: 5 things to know about the new road", False),
        ("Also on the-valley-herald.com: Dealers cut prices", False),
        ("On www.ValleyHerald.com: Dealers cut prices", False),
        # Another site's address: a part of the story may open so.
        ("On Change.org: More than 5,000 people want the old road back", True),
        # The site's address over a sentence.
        ("On ValleyHerald.com: Readers were angry about the prices.", True),
    ],
)
def test_a_link_to_another_story_of_the_site_by_its_address(link: str, kept: bool) -> None:
    text = _SITE_LINK_PAGE.replace("{link}", link)
    a = newsparse.parse(text)
    check_article(text, a)
    assert (link in a.paragraphs) is kept
    assert len(a.paragraphs) == 4 + kept


@pytest.mark.parametrize(
    "after",
    [
        # A note about the author.
        "Jane Doe is the Herald's transport reporter and has covered the valley for ten years.\n",
        # More of the box: its blurb speaks of signing up.
        (
            "Thanks for signing up to the morning briefing from the Valley Herald.\n"
            "Keep an eye on your inbox for the latest news from the valley every day.\n"
            "There was an error processing your subscription, so please try again later.\n"
        ),
    ],
)
def test_what_follows_a_sign_up_box_after_the_article_is_not_joined(after: str) -> None:
    text = _FOOTBRIDGE_HEAD + _BODY + _SIGNUP_BOX + after + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


# The lead paragraph alone, then an inset box, then the story's closing lines over the
# page's share row and footer: ``{box}`` and ``{tail}`` are set by each test. The closing
# lines are short: they do not outweigh the box, so no run of prose takes them in.
_TAIL_PAGE = (
    _FOOTBRIDGE_HEAD
    + "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
    + "{box}{tail}Share\nFacebook\n"
    + _FOOTER
)
_TAIL_LEAD = "The new footbridge over the river opened to walkers on Saturday after a year of work."
_CLOSING = "The bridge cost the town two million pounds, it said.\n"
_CLOSING_TWO = _CLOSING + "Cyclists may use it from the start of next month.\n"


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # A sign-up box, its label, blurb and button: furniture.
        (
            "Sign up to our newsletter\nGet the valley's news straight to your inbox.\nSign up\n",
            False,
        ),
        # A box of two related headlines: furniture.
        (
            (
                "Related\nHarbour fees to rise in spring as council seeks new income\n"
                "Bus route 14 to be withdrawn after fifty years\n"
            ),
            False,
        ),
        # A list a short line announces, its items in lower case or numbered: the story's.
        ("What you need:\na valid ticket\nphoto ID\nyour booking reference\n", True),
        ("How to cross:\n1. Park at the mill.\n2. Walk to the river.\n3. Cross.\n", True),
    ],
)
@pytest.mark.parametrize("tail", [_CLOSING, _CLOSING_TWO])
def test_the_story_s_closing_lines_under_an_inset_box_stay(box: str, kept: bool, tail: str) -> None:
    text = _TAIL_PAGE.format(box=box, tail=tail)
    a = newsparse.parse(text)
    check_article(text, a)
    inset = box.splitlines() if kept else []
    assert a.paragraphs == (_TAIL_LEAD, *inset, *tail.splitlines())


@pytest.mark.parametrize(
    ("box", "tail"),
    [
        # Topics, not headlines, under a box's label.
        ("Read more news on\nBridges\nRivers\n", _CLOSING),
        # A call to follow the site, with no box's button: it closes the article.
        ("Follow the Herald on Facebook, Instagram and X.\n", _CLOSING),
        # A sign-up box's small print under its button.
        (
            "Subscribe to our daily newsletter\n",
            "By providing an email address, I agree that the Valley Herald may send me its news.\n",
        ),
        # The footer's links, run together on a line that ends with a question mark.
        (
            "Subscribe to our daily newsletter\n",
            "Terms of Service | Privacy Statement | Advertising | About us?\n",
        ),
        # A headline under the lines: a box of other stories' teasers.
        (
            "Subscribe to our daily newsletter\n",
            _CLOSING + "Bus route 14 to be withdrawn after fifty years\n",
        ),
    ],
)
def test_lines_under_a_box_that_closes_the_article_are_no_tail(box: str, tail: str) -> None:
    text = _TAIL_PAGE.format(box=box, tail=tail)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (_TAIL_LEAD,)


@pytest.mark.parametrize(
    "quote",
    [
        "\u201cIt was paid for by the town and by a grant\u201d\n",
        "\u201cCyclists will be allowed to use it.\u201d\n",
        "It was paid for by the town and by a grant\n",
    ],
)
def test_a_pull_quote_the_body_holds_is_furniture(quote: str) -> None:
    text = _inset_page(quote)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "webpage.pull-quote" in a.rules["furniture"]


@pytest.mark.parametrize(
    "line",
    [
        # A quotation no paragraph holds.
        "\u201cWe have waited for this bridge for years.\u201d\n",
        # A subheading that repeats the words opening the paragraph under it.
        "It was paid for by the town\n",
    ],
)
def test_a_quotation_or_subheading_no_paragraph_repeats_stays(line: str) -> None:
    text = _inset_page(line)
    a = newsparse.parse(text)
    check_article(text, a)
    assert line.strip() in a.paragraphs


def test_a_sentence_set_apart_to_tweet_stays_without_its_button() -> None:
    text = _inset_page("Every bridge starts with one plank.Click To Tweet\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[1] == "Every bridge starts with one plank."
    assert len(a.paragraphs) == 4
    assert "webpage.tweet-prompt" in a.rules["furniture"]


@pytest.mark.parametrize(
    "note",
    [
        "Jane Doe is the Herald's transport reporter. She can be reached at the newsroom.",
        # Her contact alone.
        "Jane Doe can be reached at 555-0181.",
        "Reach Jane Doe at jdoe@valleyherald.example or 555-0181.",
    ],
)
def test_a_note_about_the_author_that_ends_the_body_is_furniture(note: str) -> None:
    text = _FOOTBRIDGE_HEAD + _BODY + note + "\nShare\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "webpage.author-note" in a.rules["furniture"]


@pytest.mark.parametrize(
    ("note", "dropped"),
    [
        # The given name alone, and her post at a publication.
        ("Jane is a transport reporter for The Valley Herald.", True),
        ("Jane is a staff writer at the Herald.", True),
        # The given name in a sentence of the story: no post at a publication.
        ("Jane is a keen cyclist and crosses the bridge every day.", False),
        ("Jane is a reporter for the town's own paper, she said.", False),
    ],
)
def test_a_note_that_opens_with_the_authors_given_name(note: str, dropped: bool) -> None:
    text = _FOOTBRIDGE_HEAD + _BODY + note + "\nShare\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    body = tuple(_BODY.splitlines())
    assert a.paragraphs == (body if dropped else (*body, note))


def test_a_last_paragraph_about_someone_else_stays() -> None:
    last = "Sam Roe is the engineer who designed the bridge, and he said he was proud of it."
    text = _FOOTBRIDGE_HEAD + _BODY + last + "\nShare\n" + _FOOTER
    a = newsparse.parse(text)
    assert a.paragraphs[-1] == last


@pytest.mark.parametrize(
    ("heading", "note", "dropped"),
    [
        ("About Jane Doe", "Jane Doe has reported on the valley for the Herald since 2015.", True),
        ("\u00dcber Jane Doe", "Als Reporterin schreibt Jane Doe \u00fcber Verkehr.", True),
        # A section of the story about a person, not a note about the author.
        ("About Sam Roe", "The engineer who designed it grew up in the valley, she said.", False),
    ],
)
def test_about_a_name_over_a_note_naming_them_closes_the_article(
    heading: str, note: str, dropped: bool
) -> None:
    text = _FOOTBRIDGE_HEAD + _BODY + heading + "\n" + note + "\nShare\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.paragraphs == tuple(_BODY.splitlines())) == dropped
    assert ("furniture.author-box" in a.rules["furniture"]) == dropped


@pytest.mark.parametrize(
    ("row", "dropped"),
    [
        # A row of the article's facts signs the name before its date or stamp.
        ("Jane Doe 14/08/2023 4 comments Travel, Schools", True),
        ("Von Jane Doe publiziert am 14. August 2023", True),
        ("Jane Doe | Published 14 August 2023", True),
        ("Jane Doe \u00b7 14 August 2023 \u00b7 Travel", True),
        # A bar with no date or stamp after it parts a headline's words.
        ("Jane Doe - the reporter who stayed", False),
        # A number that is no date signs no one.
        ("Jane Doe 4 comments Travel, Schools", False),
    ],
)
def test_about_a_name_a_row_of_facts_signs_closes_the_article(row: str, dropped: bool) -> None:
    text = (
        "Footbridge opens | The Valley Herald\n"
        + _MENU
        + "Footbridge opens\n"
        + row
        + "\n"
        + _BODY
        + "About Jane Doe\n"
        "Jane Doe has reported on the valley for the Herald since 2015.\nShare\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.paragraphs == tuple(_BODY.splitlines())) == dropped
    assert ("furniture.author-box" in a.rules["furniture"]) == dropped


def _slides(count: int) -> str:
    sides = ("north", "south", "east", "west", "upper", "lower", "old", "new")
    return "".join(
        f"Image {n} of {count}\nA view of the footbridge from the {sides[n % 8]} bank.\n"
        "(Image credit: Jo Roe)\n"
        for n in range(1, count + 1)
    )


_LONG_BODY = (
    "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
    "It was paid for by the town and by a grant from the county, the mayor said.\n"
    "Cyclists will be allowed to use it from the start of next month, the council said.\n"
    "The old crossing, a ferry that ran for ninety years, will stop at the end of June.\n"
    "Shops on both banks expect more trade now that the two sides are joined again.\n"
)


def test_a_long_gallery_under_the_article_parts_it_from_the_next_story() -> None:
    # Joining forward, the slides count in full: the story under them is another.
    other = (
        "Ferry crew look back on ninety years of crossings\n"
        "The last crew of the ferry said goodbye to their regulars on Friday with cake.\n"
        "Some passengers had used the ferry every day for forty years, the skipper said.\n"
        "The boat will be moored at the museum, which plans to open it to visitors.\n"
    )
    text = _FOOTBRIDGE_HEAD + _LONG_BODY + _slides(7) + other + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())


def test_links_under_a_box_label_over_a_gallery_are_not_the_lead() -> None:
    teasers = (
        "Council votes to keep the old ferry slipway as a park for the town.\n"
        "Two schools will share a new playing field on the edge of the valley.\n"
    )
    text = (
        _FOOTBRIDGE_HEAD + "Most read\n" + teasers + _slides(3) + _LONG_BODY + "Share\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())


def test_about_a_name_a_row_signs_with_paragraphs_under_its_note_stays() -> None:
    # A section of the story about someone a row above names: more paragraphs follow.
    text = (
        "Footbridge opens | The Valley Herald\n" + _MENU + "Footbridge opens\n"
        "Ada Brook 14/08/2023 Travel\n" + _BODY + "About Ada Brook\n"
        "Ada Brook designed the bridge and grew up on the north bank of the river.\n"
        "She said the town had waited long enough for a crossing of its own.\n"
        "Share\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert "About Ada Brook" in a.paragraphs
    assert a.paragraphs[-1] == "She said the town had waited long enough for a crossing of its own."
    assert "furniture.author-box" not in a.rules["furniture"]


def test_a_gallery_of_many_slides_does_not_part_the_lead_from_the_rest() -> None:
    # Six slides, each a counter, a caption and a credit: eighteen lines of one inset.
    slides = "".join(
        f"Image {n} of 6\nA view of the footbridge from the {side} bank at dusk.\n"
        f"(Image credit: Jo Roe)\n"
        for n, side in enumerate(("north", "south", "east", "west", "upper", "lower"), 1)
    )
    lead = (
        "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        "It was paid for by the town and by a grant from the county, the mayor said.\n"
    )
    rest = (
        "Cyclists will be allowed to use it from the start of next month, the council said.\n"
        "The old crossing, a ferry that ran for ninety years, will stop at the end of June.\n"
        "Shops on both banks expect more trade now that the two sides are joined again.\n"
        "The engineers said the deck was built to last for at least a hundred years.\n"
        "A ceremony to mark the opening will be held on the bridge next Sunday afternoon.\n"
    )
    text = _FOOTBRIDGE_HEAD + lead + slides + rest + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple((lead + rest).splitlines())
    assert a.rules["furniture"].count("furniture.gallery") == 6


def test_a_labelled_photo_source_spares_the_paragraph_above_it() -> None:
    text = _inset_page("Image source, Getty Images\n", "Image caption, The bridge at dawn\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_gallery_inside_the_body_leaves_it() -> None:
    text = _inset_page(
        "Image 1 of 12\n",
        "Enlarge this image\n",
        "Walkers cross the new bridge on Saturday.\n",
        "toggle caption\n",
        "Jo Roe/Valley Herald\n",
        "Next image\n",
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "tool",
    [
        "Listen to this article\n",
        "Gift Article\n",
        "Save for later\n",
        "Skip Advertisement\n",
        "- Advertisement -\n",
        "[Advertisement]\n",
        "Article continues after advertisement\n",
        "Loading video\n",
        "Follow @valleyherald on X\n",
        "Report an error\n",
    ],
)
def test_page_tools_between_paragraphs_are_no_subheadings(tool: str) -> None:
    text = _inset_page(tool)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("link", ["12 Comments\n", "Kommentare (3)\n"])
def test_a_link_to_the_comments_under_the_lead_paragraph_keeps_it(link: str) -> None:
    lead = (
        "The new footbridge over the river opened to walkers on Saturday after a year of "
        "work and two years of arguments over its cost, its route and its colour."
    )
    text = _FOOTBRIDGE_HEAD + lead + "\n" + link + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (lead, *_BODY.splitlines())


@pytest.mark.parametrize(
    ("piece", "dropped"),
    [
        ("which walkers crossed on Saturday, after a year of work on the river,\n", True),
        # A whole sentence in lower case stays, and so does a brand that opens one.
        ("so the bridge is open at last, and the walkers are happy about it.\n", False),
        ("iPhone owners can pay the toll on the bridge with a tap of the phone,\n", False),
        # A lead paragraph that introduces a list.
        ("easyJet said on Monday that it would cut these routes from the airport:\n", False),
    ],
)
def test_a_torn_piece_of_a_caption_that_opens_the_body_is_not_kept(
    piece: str, dropped: bool
) -> None:
    text = _FOOTBRIDGE_HEAD + piece + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.paragraphs == tuple(_BODY.splitlines())) == dropped
    assert ("webpage.fragment" in a.rules["furniture"]) == dropped


@pytest.mark.parametrize(
    "stamp",
    ["Updated 2 hours ago\n", "Posted by Valley Council on Monday, August 14, 2023\n"],
)
def test_a_stamp_alone_inside_the_body_does_not_end_it(stamp: str) -> None:
    lines = _BODY.splitlines(keepends=True)
    text = _FOOTBRIDGE_HEAD + lines[0] + lines[1] + stamp + lines[2] + _MORE_BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple((_BODY + _MORE_BODY).splitlines())


def test_a_teaser_with_a_headline_and_a_date_after_the_article_is_not_joined() -> None:
    teaser = "Ferry timetable changes for the summer season\nMonday, August 14, 2023\n" + _MORE_BODY
    text = _FOOTBRIDGE_HEAD + _BODY + teaser + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def _body_page(*lines: str) -> str:
    return _HERALD_HEAD + "By Jane Doe\n" + "".join(f"{line}\n" for line in lines) + _FOOTER


_FIRST, _SECOND, _THIRD = _BODY.splitlines()
_LAMPS = "The lamps will be fitted along the towpath by the spring, the council said."


def test_a_subheading_ending_on_an_open_word_is_no_teaser() -> None:
    text = _body_page(_FIRST, _SECOND, "What to look out for", _THIRD, _LAMPS)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (_FIRST, _SECOND, "What to look out for", _THIRD, _LAMPS)


def test_a_paragraph_broken_off_before_a_quote_is_no_teaser() -> None:
    cut = "The mayor, opening it on Saturday, addressed the crowd and dedicated the bridge to"
    quote = '"all those who waited fifty years for a safe way across the river," she said.'
    text = _body_page(_FIRST, cut, quote, _SECOND, _THIRD)
    a = newsparse.parse(text)
    check_article(text, a)
    assert cut in a.body
    assert quote in a.body


def test_a_reported_invitation_to_follow_an_account_stays_in_the_body() -> None:
    # Only an invitation addressed to the reader (opening a line or a sentence) leaves.
    told = (
        "The mayor urged residents to follow her on Twitter @valleymayor for updates on"
        " the works, which will go on through the winter."
    )
    note = "Jane Doe covers the valley for the Herald. Follow her on Twitter @janedoe."
    text = _body_page(_FIRST, told, _SECOND, _THIRD, note)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (_FIRST, told, _SECOND, _THIRD)
    assert "webpage.follow" in a.rules["furniture"]


def test_a_highlights_heading_inside_the_article_is_the_article() -> None:
    # Under the article's first paragraphs, a "Highlights" line is a subheading, and
    # the lines under it down to a photo are the article's.
    points = ("The bridge opened on Saturday.", "The county paid for most of it with a grant.")
    text = _body_page(
        _FIRST,
        _SECOND,
        "Highlights",
        *points,
        "Walkers cross the new footbridge over the river on Saturday morning.",
        "Photo: Mara Quill",
        _THIRD,
        _LAMPS,
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (_FIRST, _SECOND, "Highlights", *points, _THIRD, _LAMPS)
    assert "webpage.highlights" not in a.rules["furniture"]


def test_a_paragraph_said_twice_inside_the_body_is_kept_twice() -> None:
    chant = '"We waited fifty years for this bridge, and we will wait no longer," the crowd sang.'
    text = _body_page(_FIRST, chant, _SECOND, chant, _THIRD)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (_FIRST, chant, _SECOND, chant, _THIRD)


@pytest.mark.parametrize("line", ["Subscribe now!", "Advertisement.", "Share this story."])
def test_a_label_ending_like_a_sentence_is_no_sign_off(line: str) -> None:
    text = _body_page(_FIRST, _SECOND, _THIRD, line, "Ferry to close for the winter")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (_FIRST, _SECOND, _THIRD)


def test_hard_wrapped_lines_run_on_after_in_on_and_that() -> None:
    # A line that breaks after ``on``, ``in`` or ``that`` runs on to a name, a day or
    # a month on the next line, as it did before the open words.
    first = (
        "The new footbridge over the river opened to walkers on",
        "Saturday after a year of work, and the mayor said that",
        "Jane Doe, who designed it, would be honoured at a ceremony in",
        "January, when the lamps along the towpath are fitted.",
    )
    text = _body_page(*first, _SECOND, _THIRD)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (" ".join(first), _SECOND, _THIRD)


@pytest.mark.parametrize(
    "line",
    [
        # A sentence that holds a date is no stamp.
        "The vote on the bridge's tolls is on March 3, 2024.\n",
        # An apostrophe is no quotation mark: the line is no pull quote of the next.
        "'90s kids will remember the old ferry that ran here, she said.\n",
    ],
)
def test_a_short_sentence_inside_the_body_stays(line: str) -> None:
    more = (
        "Many '90s kids will remember the old ferry that ran here, she said, and so will "
        "their parents.\n"
    )
    text = _inset_page(line, more)
    a = newsparse.parse(text)
    check_article(text, a)
    assert line.strip() in a.paragraphs
    assert len(a.paragraphs) == 5


def test_about_a_name_no_byline_signs_is_a_section_of_the_story() -> None:
    text = _inset_page(
        "About Storm Ivy\n",
        "Storm Ivy formed over the sea last week and grew fast over the warm water.\n",
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert "About Storm Ivy" in a.paragraphs
    assert "furniture.author-box" not in a.rules["furniture"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The mayor's email to councillors, seen by the Herald, said the bridge cost twice.\n",
        "The paper lost 10,000 subscribers last year after it raised its prices again.\n",
    ],
)
def test_a_paragraph_under_a_sign_up_box_that_names_email_stays(paragraph: str) -> None:
    text = (
        _FOOTBRIDGE_HEAD
        + _BODY
        + "Sign up for our daily newsletter\nSign up\n"
        + paragraph
        + _MORE_BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple((_BODY + paragraph + _MORE_BODY).splitlines())


_TIDES = (
    "Tides rise on the east coast | The Valley Herald\n" + _MENU + "Tides rise on the east coast\n"
)


def test_bare_name_over_a_role_line_and_the_date_is_the_byline() -> None:
    text = (
        _TIDES
        + "Residents say the sea walls have not been inspected in years\n"
        + "Marta Kellaway\nEnvironment correspondent\nWed 14 Feb 2024 06.00 GMT\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.date == dt.datetime(2024, 2, 14, 6, 0, tzinfo=dt.timezone.utc)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_bare_name_over_a_follow_button_is_the_byline() -> None:
    text = _TIDES + "Marta Kellaway\nFollow\n5 min read\nJun 12, 2022\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_the_link_under_a_related_label_inside_the_body_is_not_a_subheading() -> None:
    lines = _BODY.splitlines()
    text = (
        _TIDES
        + "By Marta Kellaway\n14 August 2023\n"
        + lines[0]
        + "\nRelated article\nCounty approves budget for new river crossings\n"
        + "\n".join(lines[1:])
        + "\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(lines)


def test_a_caption_with_its_credit_glued_on_leaves_the_paragraph_above_alone() -> None:
    lines = _BODY.splitlines()
    text = (
        _TIDES
        + "By Marta Kellaway\n14 August 2023\n"
        + "\n".join(lines[:2])
        + "\nThe new bridge at dusk. Photo: Ines Marlow\n"
        + lines[2]
        + "\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(lines)
    assert "furniture.credit" in a.rules["furniture"]


@pytest.mark.parametrize(
    "note",
    [
        "MARTA KELLAWAY\nKellaway covers the coast and the weather for the Herald.\n",
        "Marta Kellaway\nMarta Kellaway has covered the coast for the Herald since 2015.\n",
    ],
)
def test_an_author_note_under_the_name_alone_is_not_body(note: str) -> None:
    text = _TIDES + "By MARTA KELLAWAY\n14 August 2023\n" + _BODY + note + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("MARTA KELLAWAY",)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "webpage.author-note" in a.rules["furniture"]


def test_bare_name_right_under_a_long_headline_is_the_byline() -> None:
    text = _TIDES + "Marta Kellaway\n14 August 2023\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)


def test_a_title_with_a_section_before_and_the_site_after_the_headline() -> None:
    text = (
        "Opinion | Our towns need their libraries - The Valley Herald\n"
        + _MENU
        + "Our towns need their libraries\nBy Marta Kellaway\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Our towns need their libraries"
    assert a.spans["headline"][0].start > text.index("Home")  # the <h1>
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_league_table_a_cell_a_line_does_not_end_the_body() -> None:
    lines = _BODY.splitlines()
    table = "Team\nP\nW\nD\nL\nPts\nRiverside\n6\n5\n0\n1\n15\nMillbank\n6\n3\n1\n2\n10\n"
    text = (
        _TIDES
        + "By Marta Kellaway\n14 August 2023\n"
        + "\n".join(lines[:2])
        + "\n"
        + table
        + lines[2]
        + "\n"
        + "Both sides meet again in the cup on Wednesday night at the riverside ground.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (
        *lines,
        "Both sides meet again in the cup on Wednesday night at the riverside ground.",
    )


def test_a_date_and_byline_line_ending_in_a_comment_count() -> None:
    text = _TIDES + "May 21, 2021 by Marta Kellaway 12 Comments\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.date == dt.datetime(2021, 5, 21)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_bare_name_under_the_standfirst_under_a_repeat_of_the_headline() -> None:
    text = (
        "Tides rise on the east coast - by Marta Kellaway\n"
        "Share this post\nTides rise on the east coast\nCopy link\nFacebook\nEmail\n"
        "Tides rise on the east coast\n"
        "Why the sea walls of three old villages are failing at last\n"
        "Marta Kellaway\nMar 14, 2024\n" + _BODY + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Tides rise on the east coast"
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_an_author_note_under_the_body_takes_the_short_line_under_it() -> None:
    text = (
        _TIDES
        + "By Marta Kellaway\n14 August 2023\n"
        + _BODY
        + "Marta Kellaway is a retired teacher who lives on the coast near the town.\n"
        + "Have an opinion? Send a letter to the editor.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "webpage.author-note" in a.rules["furniture"]


def test_a_breadcrumb_trail_with_slashes_is_page_chrome() -> None:
    text = (
        "Tides rise on the east coast\n"
        "Home / Science / Earth\n"
        "Tides rise on the east coast\n"
        "Written by Marta Kellaway\nLast updated: 21 June 2022\n" + _BODY
    )
    assert newsparse.detect(text)[0].format == "webpage"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.headline == "Tides rise on the east coast"
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.date == dt.datetime(2022, 6, 21)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("stamp", ["2 hours ago", "Updated 3 hours ago", "Yesterday at 9:30"])
def test_a_byline_beside_a_stamp_without_a_date(stamp: str) -> None:
    text = _TIDES + f"By Marta Kellaway | {stamp}\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.byline.text == "By Marta Kellaway"
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "quote", ["All rights reserved, he said.", "\u201cAll rights reserved,\u201d the clerk said."]
)
def test_a_sentence_quoting_all_rights_reserved_stays_in_the_body(quote: str) -> None:
    body = _BODY.replace("\nCyclists", "\n" + quote + "\nCyclists")
    text = _HERALD_HEAD + "By Jane Doe\n" + body + "Herald Media Ltd. All rights reserved.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert quote in a.paragraphs
    assert not any("Herald Media" in p for p in a.paragraphs)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("", None),
        ("Posted 2023.8.14", dt.datetime(2023, 8, 14)),
        ("2023.8.14", dt.datetime(2023, 8, 14)),
    ],
)
def test_a_product_version_is_no_date(stamp: str, day: dt.datetime | None) -> None:
    text = (
        "IntelliJ IDEA 2023.2.1 is out | The Valley Herald\n"
        + _MENU
        + "IntelliJ IDEA 2023.2.1 is out\nBy Jane Doe\nIntelliJ IDEA 2023.2.1\n"
        + (stamp + "\n" if stamp else "")
        + "The new IntelliJ IDEA 2023.2.1 fixes a crash when large projects are opened.\n"
        "Users of version 2019.3 and of Ubuntu 22.04 are asked to update, the maker said.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.date == day
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert len(a.paragraphs) == 2


_ES_PAGE = (
    "La pasarela abre | El Heraldo\n"
    "Inicio\nNoticias\nLocal\nDeportes\nTiempo\nOpinión\nCultura\n"
    "La pasarela abre\nPor Juana Pérez\n14 de agosto de 2023\n"
    "La nueva pasarela sobre el río se abrió a los peatones el sábado tras un año de obras.\n"
    "Fue pagada por el ayuntamiento y por una subvención de la provincia, dijo el alcalde.\n"
    "Los ciclistas podrán usarla desde el comienzo del mes que viene, según el consistorio.\n"
    "{box}"
    "Los vecinos del pueblo dijeron que la nueva ruta les ahorrará media hora al día.\n"
    "El viejo transbordador, que funcionó cuarenta años, hizo su último viaje el viernes.\n"
    "El ayuntamiento celebrará una jornada de puertas abiertas en la pasarela el mes que viene.\n"
    "Compartir\nAviso legal\nPolítica de privacidad\n\u00a9 2024 El Heraldo del Valle\n"
)
_FR_PAGE = (
    "La passerelle ouvre | Le Courrier\n"
    "Accueil\nActualités\nLocal\nSports\nMétéo\nOpinions\nCulture\n"
    "La passerelle ouvre\nPar Claire Dumont\n14 août 2023\n"
    "La nouvelle passerelle sur la rivière a ouvert aux piétons samedi après un an de travaux.\n"
    "Elle a été payée par la commune et par une subvention du département, a dit le maire.\n"
    "Les cyclistes pourront l'emprunter dès le début du mois prochain, selon la mairie.\n"
    "{box}"
    "Les habitants du village ont dit que le nouveau trajet leur ferait gagner une demi-heure.\n"
    "Le vieux bac, qui a navigué pendant quarante ans, a fait sa dernière traversée vendredi.\n"
    "La mairie organisera une journée portes ouvertes sur la passerelle le mois prochain.\n"
    "Partager\nMentions légales\nPolitique de confidentialité\n\u00a9 2024 Le Courrier\n"
)


@pytest.mark.parametrize(
    ("page", "box"),
    [
        (
            _ES_PAGE,
            (
                "Suscríbete a nuestro boletín diario\n"
                "Recibe las noticias del valle en tu bandeja de entrada cada mañana.\n"
                "Suscribirse\n"
            ),
        ),
        (
            _FR_PAGE,
            (
                "Inscrivez-vous à notre lettre quotidienne\n"
                "Recevez les nouvelles de la vallée dans votre boîte de réception.\n"
                "Abonnez-vous\n"
            ),
        ),
    ],
)
def test_a_sign_up_box_in_another_language_inside_the_story(page: str, box: str) -> None:
    text = page.replace("{box}", box)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    story = page.replace("{box}", "").split("\n")
    assert a.paragraphs == tuple(story[11:17])
    assert a.rules["furniture"].count("webpage.signup") == 1


@pytest.mark.parametrize(
    ("page", "line"),
    [
        (
            _ES_PAGE,
            (
                "Las inscripciones para la carrera siguen abiertas y usted puede apuntarse "
                "hasta el viernes, dijo el alcalde.\n"
            ),
        ),
        (
            _FR_PAGE,
            (
                "Les inscriptions des b\u00e9n\u00e9voles sont ouvertes jusqu'\u00e0 vendredi, "
                "et vous pouvez encore aider la mairie.\n"
            ),
        ),
    ],
)
def test_a_story_line_under_a_newsletter_label_that_speaks_of_enrolment_stays(
    page: str, line: str
) -> None:
    # ``inscriptions`` and ``vous`` (or ``usted``): a report's words, no call to sign up.
    text = page.replace("{box}", "Newsletter\n" + line)
    a = newsparse.parse(text)
    check_article(text, a)
    assert line.strip() in a.paragraphs
    assert "webpage.signup" not in a.rules["furniture"]


@pytest.mark.parametrize(
    ("line", "about"),
    [
        ("If you are passing the old quay on Sunday, the bridge will be lit up.", False),
        ("Signatures: you can read the assessment online, the council said.", False),
        ("Inscrivez-vous pour recevoir nos alertes.", True),
        ("Inscreva-se e receba as not\u00edcias, voc\u00ea e tu tamb\u00e9m.", True),
    ],
)
def test_about_signing_up_needs_a_call_not_a_stem_inside_a_word(line: str, about: bool) -> None:
    assert _about_signing_up(line) is about


def test_a_sentence_that_opens_with_a_call_to_sign_up_stays_in_the_body() -> None:
    line = "Suscríbete al canal del ayuntamiento, pidió el alcalde a los vecinos.\n"
    text = _ES_PAGE.replace("{box}", line)
    a = newsparse.parse(text)
    check_article(text, a)
    assert line.strip() in a.paragraphs
    assert len(a.paragraphs) == 7


def test_a_site_name_title_the_masthead_repeats_is_no_headline() -> None:
    text = (
        "Valley Herald\nValley Herald\n"
        + _MENU
        + "Community\nFootbridge opens to walkers at last\n"
        + "Posted Thursday, April 4, 2024 10:00 am\nBy Marta Kellaway\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers at last"
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.paragraphs == tuple(_BODY.splitlines())


_LONG_HEADLINE = "Marrow harbour wall near the old ferry slip will be rebuilt before the winter"
_STANDFIRST = "The council voted on Tuesday to pay for the work in full, the mayor said."


@pytest.mark.parametrize("standfirst", [True, False])
def test_a_long_headline_over_the_header_beats_the_masthead_over_the_menu(
    standfirst: bool,
) -> None:
    # The menu's lines part the site's name from the headline, a line long enough to
    # read as prose; a standfirst may stand between it and the byline.
    text = (
        "Skip to main content\nThe Marrow Valley Herald\nSubscribe\n"
        + _MENU
        + _LONG_HEADLINE
        + "\n"
        + (_STANDFIRST + "\n" if standfirst else "")
        + "By Marta Kellaway\n14 August 2023\nShare\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == _LONG_HEADLINE
    assert a.summary == (_STANDFIRST if standfirst else None)
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_an_unpunctuated_standfirst_under_a_short_headline_stays_the_summary() -> None:
    # Right under a headline, a long line with no full stop is its standfirst.
    standfirst = "The council voted on Tuesday to pay for the work in full after a long wait"
    text = (
        "The Valley Herald\n"
        + _MENU
        + "Footbridge opens to walkers\n"
        + standfirst
        + "\nBy Marta Kellaway\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers"
    assert a.summary == standfirst
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("lead", "dateline", "agency"),
    [
        ("STOCKVALE, Aug 14 (Reuters) - The paper mill said it would cut 600 jobs.",
         "STOCKVALE", "Reuters"),
        ("MARROW, Maine (AP) \u2014 The paper mill said it would cut 600 jobs.",
         "MARROW, Maine", "AP"),
    ],
)  # fmt: skip
def test_agency_copy_on_a_page_gives_its_dateline_and_source(
    lead: str, dateline: str, agency: str
) -> None:
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n" + lead + "\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline == dateline
    assert a.attribution is not None
    assert a.attribution.sources == (agency,)
    # The lead keeps its dateline, as the page prints it.
    assert a.paragraphs == (lead, *_BODY.splitlines())


@pytest.mark.parametrize(
    "promo",
    [
        "Download The Valley Herald News App for the latest city news.",
        "Get all the latest Valley Herald news alerts in one place.",
        "Get the biggest daily stories emailed to you every morning.",
        "Don't miss the biggest stories from the Valley by signing up to our newsletter here.",
    ],
)
def test_a_promo_for_the_sites_channels_closing_the_body_is_furniture(promo: str) -> None:
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n" + _BODY + promo + "\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "webpage.promo" in a.rules["furniture"]


@pytest.mark.parametrize(
    "last",
    [
        "Download the council's app to book a collection slot, the mayor said.",
        "Get in touch with the council if your street is affected.",
        # After a review: a story's closing lines that name a news app or breaking news.
        "Get the Valleyline news app or a contactless card before the change in January.",
        "Stay informed: breaking news about the dam will be posted at the town hall.",
    ],
)
def test_advice_that_closes_the_story_is_no_promo(last: str) -> None:
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n" + _BODY + last + "\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), last)


def test_an_update_line_under_the_headline_is_no_standfirst() -> None:
    # The header picks the first publication's date; the update's line over it is no
    # standfirst, though it ends with no full stop.
    text = (
        "Footbridge opens to walkers at last - Valley Herald\n"
        + _MENU
        + "Footbridge opens to walkers at last\n"
        + "Last Updated: Nov. 23, 2024 at 9:04 p.m. ET\n"
        + "First Published: Nov. 23, 2024 at 8:16 p.m. ET\nShare\nBy Marta Kellaway\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary is None
    assert a.date == dt.datetime(2024, 11, 23, 20, 16, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Caption: Walkers cross the new footbridge on Saturday.", "furniture.caption"),
        ("REKLAMA", "furniture.advert"),
        ("Annons", "furniture.advert"),
    ],
)
def test_a_labelled_caption_and_foreign_advert_slots_are_furniture(line: str, rule: str) -> None:
    lines = _BODY.splitlines()
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n"
    text += f"{lines[0]}\n{line}\n" + "\n".join(lines[1:]) + "\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary is None
    assert a.paragraphs == tuple(lines)
    assert rule in a.rules["furniture"]


def test_a_standfirst_with_no_stop_under_the_headline_over_the_by_line() -> None:
    # No page title: the upper of two lines shaped as headlines, which tells of the
    # story, is the headline; the lower is its standfirst.
    text = (
        _MENU
        + "Footbridge opens to walkers over the river after a year of work\n"
        + "The town paid for it with a grant from the county\n"
        + "By Marta Kellaway\n2 June 2025\nShare\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers over the river after a year of work"
    assert a.summary == "The town paid for it with a grant from the county"
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_tagline_over_the_headline_is_no_headline() -> None:
    # A line that tells of nothing in the story over the headline: the headline stands.
    text = (
        _MENU
        + "Your trusted source of valley news since 1921\n"
        + "Footbridge opens to walkers over the river\n"
        + "By Marta Kellaway\n2 June 2025\nShare\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers over the river"


def test_the_sites_name_repeated_under_the_writers_names_is_their_outlet() -> None:
    # The masthead on the first line, and again under the names: no <h1>.
    text = (
        "Valley Herald\n"
        + _MENU
        + "Footbridge opens to walkers at last after a year of work\n"
        + "Marta Kellaway\nValley Herald\n2 min read\nJanuary 15, 2024 - 8:22PM\nShare\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers at last after a year of work"
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.byline.organization == "Valley Herald"
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "role", ["Health policy editor", "North of England editor", "Transport correspondent"]
)
def test_names_and_a_role_in_sentence_case_on_one_line_are_the_byline(role: str) -> None:
    # The Guardian's header, flattened: the role glued to the names, then the date.
    text = (
        "Skip to main content\nSign in\n"
        + _MENU
        + "Footbridge opens to walkers at last after a year of work\n"
        + f"Marta Kellaway {role}\nSun 2 Apr 2023 17.23 BST\nShare\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers at last after a year of work"
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_desk_and_a_topic_between_the_by_line_and_the_date_are_no_headline() -> None:
    text = (
        "Skip to main content\nNews Homepage\n"
        + _MENU
        + "Footbridge opens to walkers at last after a year of work\n"
        + "By Marta Kellaway and Sam Roe\nValley South East Desk\nTopic:\nLocal Government\n"
        + "Posted Mon 28 Aug 2023 at 4:40pm, updated Mon 28 Aug 2023 at 6:40pm\nShare\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers at last after a year of work"
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway", "Sam Roe")
    assert a.date == dt.datetime(2023, 8, 28, 16, 40)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_consent_button_opens_a_page_of_standfirst_names_and_date() -> None:
    # A select-all copy of a page: the cookie button, a kicker, the headline, the
    # standfirst, then the names over the date.
    standfirst = "The council paid for it with a grant from the county."
    text = (
        "  Accept cookies\n\nWORLD\n\n"
        "Footbridge opens to walkers at last after a year of work\n\n"
        f"{standfirst}\n\nMarta Kellaway and Sam Roe\n\n28/12/2023 09:49\n\n"
        + _BODY.replace("\n", "\n\n")
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers at last after a year of work"
    assert a.summary == standfirst
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway", "Sam Roe")
    assert a.date == dt.datetime(2023, 12, 28, 9, 49)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "furniture.consent" in a.rules["furniture"]


def test_a_headline_under_its_section_and_date_over_the_agencys_writers() -> None:
    text = (
        "Valley Herald\n"
        + _MENU
        + "HEALTH | January 3, 2024\n"
        + "Footbridge opens to walkers at last after a year of work\n"
        + "Marta Kellaway and Sam Roe, Reuters\n\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers at last after a year of work"
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway", "Sam Roe")
    assert a.byline.organization == "Reuters"
    assert a.date == dt.datetime(2024, 1, 3)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_short_title_repeated_over_the_byline_is_still_the_headline() -> None:
    text = "Storm chaos\n" + _MENU + "Storm chaos\nBy Marta Kellaway\n14 August 2023\n"
    text += _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Storm chaos"
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_share_box_naming_the_headline_under_the_body_is_not_body() -> None:
    headline = "Grandmother, 82, finishes her first marathon after taking up running at 75"
    text = (
        f"{headline} | The Valley Herald\n"
        + _MENU
        + f"{headline}\n"
        + "By Marta Kellaway For The Valley Herald\n14 August 2023\n"
        + _BODY
        + f"Share or comment on this article:\n{headline}\n"
        + "Comments 12\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.byline.organization == "The Valley Herald"
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "webpage.headline-repeat" in a.rules["furniture"]


@pytest.mark.parametrize(
    "line",
    [
        "Home / away fans will be kept apart on match days",
        "Search / rescue teams reach the flooded village",
        "Recherche / développement : le budget augmente",
    ],
)
def test_a_spaced_slash_in_a_plain_story_is_no_breadcrumb(line: str) -> None:
    text = f"{line}\n\nBy Marta Kellaway\n\n" + _BODY.replace("\n", "\n\n")
    assert newsparse.detect(text)[0].format == "generic"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "generic"


def test_a_short_title_the_h1_repeats_under_a_section_line_is_the_headline() -> None:
    text = (
        "Quake hits Japan\n"
        + _MENU
        + "World News Asia Pacific\nQuake hits Japan\n"
        + "By Marta Kellaway\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Quake hits Japan"
    assert a.spans["headline"][0].start > text.index("Culture")  # the <h1>
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_calendar_widget_under_the_body_parts_it_from_the_sidebar() -> None:
    days = "".join(f"{day}\n" for day in range(1, 31))
    text = (
        _TIDES
        + "By Marta Kellaway\n14 August 2023\n"
        + _BODY
        + "Archives\nNovember 2026\nM\nT\nW\nT\nF\nS\nS\n"
        + days
        + "About this blog\n"
        + "The Valley Herald has served the town and the villages around it for a century.\n"
        + "It is owned by a trust and prints every Thursday, and is online every day.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "link", ["Related: County approves new river crossings", "Read more: County approves budget"]
)
def test_a_subheading_under_a_link_that_names_its_story_stays_in_the_body(link: str) -> None:
    lines = _BODY.splitlines()
    text = (
        _TIDES
        + "By Marta Kellaway\n14 August 2023\n"
        + "\n".join(lines[:2])
        + f"\n{link}\nWhat happens next\n"
        + lines[2]
        + "\nEngineers are due to report on the old road bridge before the end of the year.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert "What happens next" in a.paragraphs


def test_a_paragraph_opening_home_and_a_spaced_slash_stays_in_the_body() -> None:
    lines = _BODY.splitlines()
    line = "Home / away fans will be kept apart on match days, the police said on Friday."
    text = (
        _TIDES
        + "By Marta Kellaway\n14 August 2023\n"
        + "\n".join(lines[:2])
        + f"\n{line}\n"
        + lines[2]
        + "\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*lines[:2], line, lines[2])


def test_a_site_name_title_a_logo_line_repeats_over_the_h1_is_no_headline() -> None:
    text = (
        "Valley Herald\n"
        + _MENU
        + "Valley Herald\nFootbridge opens to walkers at last\n"
        + "By Marta Kellaway\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers at last"
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "line",
    [
        "The photographer who took the first pictures of the bridge now works for Getty Images.",
        "Shutterstock shares rose by five per cent on Tuesday after the results came out.",
        "The image library Getty Images said it would sue the start-up in London next year.",
    ],
)
def test_a_sentence_naming_a_photo_agency_is_no_credit(line: str) -> None:
    lines = _BODY.splitlines()
    tail = "She said she would be back for the opening of the second bridge next year."
    text = _TIDES + "By Marta Kellaway\n14 August 2023\n" + _BODY + f"{line}\n{tail}\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*lines, line, tail)


def test_a_short_h1_in_a_section_headline_site_title() -> None:
    text = (
        "World | Quake hits Japan - The Valley Herald\n"
        + _MENU
        + "Quake hits Japan\nBy Marta Kellaway\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Quake hits Japan"
    assert a.spans["headline"][0].start > text.index("Home")  # the <h1>
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("header", ["By Jane Doe\n14 August 2023\n", "14 August 2023\n"])
def test_a_short_headline_under_a_site_name_title_wins(header: str) -> None:
    # The title is the site's name alone; the headline right above the byline or the
    # date line is shorter than a title usually is.
    text = "Valley Herald\n" + _MENU + "Footbridge opens\n" + header + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens"
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_sentence_under_a_table_of_numbers_ends_the_body() -> None:
    # A box score between the last paragraphs parts no runs of prose: its rows and the
    # one sentence under it are the article's.
    rows = "Team 1 2 3 Total\nValley 10 12 8 30\nHarbour 9 11 7 27\n"
    text = (
        "Valley wins the derby | The Valley Herald\n" + _MENU + "Valley wins the derby\n"
        "By Jane Doe\n14 August 2023\n" + _BODY + rows + "The teams meet again in May.\n"
        "Share\nFacebook\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == "The teams meet again in May."
    assert a.paragraphs[3:6] == tuple(rows.splitlines())


@pytest.mark.parametrize(
    "inset",
    [
        # Seven lines or more: as many lines of chrome end a run of prose.
        (
            "The plan has six parts:\n- a new sea wall\n- raised pavements\n"
            "- pumps for the lower streets\n- new drains\n- a flood gate\n- a warning siren\n"
        ),
        (
            "\u2022 a new sea wall\n\u2022 raised pavements\n\u2022 pumps for the lower streets\n"
            "\u2022 new drains\n\u2022 a flood gate\n\u2022 a warning siren\n"
            "\u2022 sandbag stores\n"
        ),
        (
            "Item | Cost\nSea wall | 2m\nPumps | 1m\nPavements | 0.5m\nDrains | 0.4m\n"
            "Flood gate | 0.3m\nSiren | 0.1m\n"
        ),
        (
            "Item\tCost\nSea wall\t2m\nPumps\t1m\nPavements\t0.5m\nDrains\t0.4m\n"
            "Flood gate\t0.3m\nSiren\t0.1m\n"
        ),
        (
            "Year Visitors Cyclists\n2021 1200 300\n2022 1500 410\n2023 1900 520\n"
            "2024 2100 640\n2025 2300 700\n2026 2500 810\n"
        ),
    ],
)
def test_a_list_or_a_table_inside_the_body_is_kept(inset: str) -> None:
    lines = _BODY.splitlines(keepends=True)
    text = (
        _FOOTBRIDGE_HEAD + "".join(lines) + inset
        + "The council will vote on the budget for the next stage in November.\n"
        + "Share\nFacebook\n" + _FOOTER
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (
        *_BODY.splitlines(),
        *inset.replace("\t", " ").splitlines(),
        "The council will vote on the budget for the next stage in November.",
    )


@pytest.mark.parametrize("label", ["Tags", "Tag:", "Topics", "Themen", "Mots-clés :"])
@pytest.mark.parametrize("date", ["14 August 2023\n", ""])
def test_a_tag_under_its_label_beside_a_follow_button_is_no_byline(label: str, date: str) -> None:
    text = (
        "Footbridge opens | The Valley Herald\n" + _MENU + "Footbridge opens\n" + date
        + f"{label}\nStorm Ivy\nFollow\n" + _BODY + _FOOTER
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "quote",
    [
        "\u201cWe have waited for this bridge for fifty years, and now it is here.\u201d",
        "\u201cIt is ours now.\u201d",
        '"Walk it, all of you."',
    ],
)
@pytest.mark.parametrize("repeat_at", [1, 3])
def test_a_quotation_alone_on_its_line_said_again_is_a_pull_quote(
    quote: str, repeat_at: int
) -> None:
    # The quotation is a paragraph of its own; the page sets it apart again in large
    # type, further down or at the end. The first is the article's.
    lines = _BODY.splitlines()
    middle = [*lines[1:]]
    middle.insert(repeat_at - 1, quote)
    text = _FOOTBRIDGE_HEAD + "\n".join([lines[0], quote, *middle]) + "\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (lines[0], quote, *lines[1:])
    assert "webpage.pull-quote" in a.rules["furniture"]


def test_a_german_box_about_the_author_closes_the_article() -> None:
    body = (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Markthalle bis zum Sommer zu "
        "sanieren.\n"
        "Die Kosten werden auf rund vier Millionen Euro geschätzt, sagte die Bürgermeisterin.\n"
        "Während der Bauzeit sollen die Händler in ein Zelt neben dem Rathaus umziehen.\n"
    )
    text = (
        "Markthalle wird saniert | Stadtanzeiger\nStartseite\nPolitik\nWirtschaft\nSport\n"
        "Kultur\nRegion\nMarkthalle wird saniert\nVon Lena Hoffmann\n22.01.2024\n" + body
        + "Über die Autorin\nLena Hoffmann ist Redakteurin im Lokalressort.\n"
        "Impressum\nDatenschutz\n"
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Lena Hoffmann",)
    assert a.paragraphs == tuple(body.splitlines())
    assert "furniture.author-box" in a.rules["furniture"]


@pytest.mark.parametrize(
    "rows",
    [
        "Team P W D L Pts\nValley 6 5 1 0 16\nHarbour 6 4 0 2 12\nEastfield 6 3 2 1 11\n",
        "Result:\n- Valley 3\n- Harbour 1\n",
    ],
)
def test_a_table_and_a_short_sentence_under_the_last_paragraph_close_the_article(
    rows: str,
) -> None:
    text = (
        "Valley wins the derby | The Valley Herald\n" + _MENU + "Valley wins the derby\n"
        "By Jane Doe\n14 August 2023\n" + _BODY + rows + "Valley play away next.\n"
        "Share\nFacebook\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), *rows.splitlines(), "Valley play away next.")


def test_a_table_under_the_last_paragraph_with_nothing_closing_it_is_not_kept() -> None:
    rows = "Team P W D L Pts\nValley 6 5 1 0 16\nHarbour 6 4 0 2 12\n"
    text = (
        "Valley wins the derby | The Valley Herald\n" + _MENU + "Valley wins the derby\n"
        "By Jane Doe\n14 August 2023\n" + _BODY + rows + "Share\nFacebook\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("h1", "headline"),
    [
        # The <h1> words the title's headline apart: it wins.
        ("New footbridge opens to walkers at last", "New footbridge opens to walkers at last"),
        # A line that shares few of the title's words is another story's.
        ("Storm closes the ferry route again", "Footbridge opens to walkers"),
    ],
)
def test_a_headline_worded_apart_from_the_title(h1: str, headline: str) -> None:
    text = (
        "Footbridge opens to walkers | The Valley Herald\n" + _MENU + f"{h1}\n"
        "By Jane Doe\n14 August 2023\n" + _BODY + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == headline
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_the_sites_name_closing_a_byline_is_its_organisation() -> None:
    text = (
        "Footbridge opens to walkers | The Valley Herald\n" + _MENU
        + "Footbridge opens to walkers\nBy Jane Doe and Sam Roe, Valley Herald\n"
        "14 August 2023\n" + _BODY + _FOOTER
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe", "Sam Roe")
    assert a.byline.organization == "Valley Herald"
    assert a.spans["authors"] == tuple(
        newsparse.Span(text.index(n), text.index(n) + len(n)) for n in ("Jane Doe", "Sam Roe")
    )


def test_a_spanish_byline_beside_a_stamp() -> None:
    text = (
        "Cierra el puente viejo por obras | La Voz del R\u00edo\nPortada\nLocal\nDeportes\n"
        "Cultura\nEconom\u00eda\nOpini\u00f3n\nCierra el puente viejo por obras\n"
        "Por Mar\u00eda Gil | Actualizado hace 2 horas\n"
        "El puente viejo permanecer\u00e1 cerrado al tr\u00e1fico durante tres meses por obras, "
        "inform\u00f3 el ayuntamiento.\n"
        "Los peatones podr\u00e1n seguir cruzando por una pasarela provisional junto al puente.\n"
        "Aviso legal\n\u00a9 La Voz del R\u00edo\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Mar\u00eda Gil",)
    assert a.date is None
    assert len(a.paragraphs) == 2


def test_the_comments_under_a_comments_label_are_not_the_article() -> None:
    comment = (
        "About time too, the old footbridge was closed every winter and we had to walk "
        "all the way round by the road bridge to get to the shops in town.\n"
    )
    text = _bylined_page(_BODY + "Comments\nSam Roe\n" + comment + "Reply\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "furniture.comments" in a.rules["furniture"]


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("Jane Doe, August 14, 2023", ("Jane Doe",)),
        ("Jane Doe | 14.08.2023", ("Jane Doe",)),
        ("Jane Doe and Sam Roe \u00b7 14 August 2023", ("Jane Doe", "Sam Roe")),
        # Labels and sections before the date name nobody.
        ("Updated, August 14, 2023", None),
        ("Breaking News | 14 August 2023", None),
        ("Supreme Court - 14 August 2023", None),
    ],
)
def test_names_before_the_date_under_the_headline(
    header: str, authors: tuple[str, ...] | None
) -> None:
    text = _page(header)
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.byline.authors if a.byline is not None else None) == authors
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_an_italian_by_before_the_date_on_one_line() -> None:
    text = (
        "Nuova linea del tram | Il Corriere\nHome\nCronaca\nPolitica\nSport\nCultura\nEconomia\n"
        "Nuova linea del tram\nDi Giulia Conti | 14 marzo 2024\n"
        "Il consiglio comunale ha approvato marted\u00ec il progetto per una nuova linea del "
        "tram nel centro storico.\n"
        "I lavori dovrebbero iniziare il prossimo autunno e durare circa tre anni, secondo "
        "l'assessore.\n"
        "Privacy\n\u00a9 Il Corriere\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Giulia Conti",)
    assert a.date == dt.datetime(2024, 3, 14)
    assert len(a.paragraphs) == 2


def test_a_long_line_of_publication_and_update_stamps_is_no_paragraph() -> None:
    body = (
        "Le conseil d\u00e9partemental a vot\u00e9 jeudi un budget de deux millions d'euros "
        "pour les routes.\n"
        "Les travaux d\u00e9buteront au printemps prochain et concerneront les axes les plus "
        "fr\u00e9quent\u00e9s.\n"
    )
    text = (
        "Deux millions pour les routes | Le Courrier\nAccueil\nActualit\u00e9s\nSport\nCulture\n"
        "\u00c9conomie\nM\u00e9t\u00e9o\nDeux millions pour les routes\nPar \u00c9lise Bernard\n"
        "Publi\u00e9 le 14/03/2024 \u00e0 10h05, mis \u00e0 jour le 15/03/2024 \u00e0 12h30\n"
        + body + "Mentions l\u00e9gales\n\u00a9 Le Courrier\n"
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date == dt.datetime(2024, 3, 14, 10, 5)
    assert a.paragraphs == tuple(body.splitlines())


def test_a_box_of_points_that_runs_to_the_footer_is_the_article() -> None:
    # Under ``Key points``, short paragraphs down to the footer: no box ends before the
    # article, so only the label is dropped.
    text = (
        "Footbridge opens to walkers | The Valley Herald\n" + _MENU
        + "Footbridge opens to walkers\nBy Jane Doe\n14 August 2023\nKey points\n" + _BODY
        + _FOOTER
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "webpage.highlights" in a.rules["furniture"]


def test_a_link_to_the_comments_between_paragraphs_does_not_end_the_article() -> None:
    # No comment's button (``Reply``) under it: a link, not the comments' heading.
    lines = _BODY.splitlines()
    text = _bylined_page("\n".join([lines[0], lines[1], "Comments", lines[2]]) + "\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(lines)


def test_a_role_line_above_the_date_is_no_short_headline() -> None:
    text = (
        "Valley Herald\n" + _MENU + "Footbridge opens to walkers at last\n"
        "Jane Doe\nContributing Writer\n14 August 2023\n" + _BODY + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers at last"


def test_a_section_and_headline_line_is_no_reworded_headline() -> None:
    # A line with a title's separator is read as the title is, not as its <h1>.
    text = (
        "Design Week | Footbridge lamps by Jane Doe\n" + _MENU
        + "Design Week | The footbridge lamps by Jane Doe\nBy Sam Roe - 2024-03-02\n"
        + _BODY + _FOOTER
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge lamps by Jane Doe"


@pytest.mark.parametrize(
    "stamps",
    [
        ("09.40 GMT", "09.15 GMT"),
        ("9:15 am", "8:50 am"),
        ("10:05", "09:55"),
        ("14.20 Uhr", "14h05"),
        ("Posted at 11:52 PM", "Posted at 11:20 PM"),
        ("Updated at 9:40 a.m.", "Published at 9:15 a.m."),
    ],
)
def test_a_live_blogs_time_stamps_between_entries_are_not_paragraphs(
    stamps: tuple[str, str],
) -> None:
    lines = _BODY.splitlines()
    text = _bylined_page("\n".join([lines[0], stamps[0], lines[1], stamps[1], lines[2]]) + "\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(lines)


def test_a_short_lead_paragraph_over_a_link_to_another_story_is_kept() -> None:
    # Too short to join the heavier run under it across the link, were it not the lead.
    lead = _BODY.splitlines()[0]
    rest = [
        *_BODY.splitlines()[1:],
        "The council said the lamps along the towpath would be fitted by the end of the year.",
    ]
    text = _bylined_page(
        lead + "\n" + "Read more: Ferry to stop running in winter\n" + "\n".join(rest) + "\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (lead, *rest)


def test_a_cookie_banner_over_the_title_is_no_headline() -> None:
    text = (
        "We use cookies to give you the best experience on our site.\nAccept all\n"
        "Footbridge opens to walkers | The Valley Herald\n" + _MENU
        + "Footbridge opens to walkers\nBy Jane Doe\n14 August 2023\n" + _BODY + _FOOTER
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers"
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("header", "body", "authors"),
    [
        (
            "di Paolo Ricci\n18 marzo 2024",
            (
                "Il museo civico riaprir\u00e0 a maggio dopo due anni di lavori, ha annunciato "
                "l'assessore alla cultura.\n"
                "Le sale del primo piano ospiteranno una nuova collezione di dipinti donati "
                "dalla citt\u00e0.\n"
            ),
            ("Paolo Ricci",),
        ),
        (
            "Por Ana Ruiz y Luis G\u00f3mez\n18/03/2024",
            (
                "El aeropuerto a\u00f1adir\u00e1 seis nuevas rutas este verano, entre ellas "
                "vuelos a tres islas griegas.\n"
                "Se espera que las nuevas rutas atraigan a unos doscientos mil pasajeros m\u00e1s "
                "durante la temporada.\n"
            ),
            ("Ana Ruiz", "Luis G\u00f3mez"),
        ),
    ],
)
def test_foreign_bylines_in_lower_case_or_joined_by_y(
    header: str, body: str, authors: tuple[str, ...]
) -> None:
    text = (
        "Titolo del giorno | La Voce\nHome\nCronaca\nPolitica\nSport\nCultura\nEconomia\n"
        f"Titolo del giorno\n{header}\n{body}\u00a9 La Voce\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == authors
    assert a.date == dt.datetime(2024, 3, 18)


@pytest.mark.parametrize("label", ["See also:", "Related stories", "Read more"])
def test_a_list_of_links_under_a_label_between_paragraphs_is_not_the_article(
    label: str,
) -> None:
    lines = _BODY.splitlines()
    links = ["- New head teacher for Elmfield High", "- Exam results improve again"]
    text = _bylined_page("\n".join([lines[0], label, *links, lines[1], lines[2]]) + "\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(lines)


def test_names_before_the_date_under_a_standfirst() -> None:
    standfirst = "The county paid for most of the new bridge, the council says."
    text = _page(f"{standfirst}\nJane Doe | 14 August 2023")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary == standfirst
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.date == dt.datetime(2023, 8, 14)


def test_a_dutch_sign_up_box_under_the_article_is_furniture() -> None:
    body = (
        "De gemeente opent volgende maand een nieuwe bibliotheek in het oude postkantoor, "
        "zei de wethouder.\n"
        "Het gebouw is de afgelopen twee jaar verbouwd en krijgt ook een leeszaal voor "
        "studenten.\n"
    )
    text = (
        "Nieuwe bibliotheek | Stadsblad\nHome\nNieuws\nSport\nCultuur\nRegio\nEconomie\n"
        "Nieuwe bibliotheek\nDoor Sanne Bakker\n21 maart 2024\n" + body
        + "Meld je aan voor onze nieuwsbrief\n"
        "Ontvang elke ochtend het belangrijkste nieuws in je inbox.\n\u00a9 2024 Stadsblad\n"
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(body.splitlines())
    assert "furniture.newsletter" in a.rules["furniture"]


def test_a_dutch_report_that_opens_with_a_call_stays() -> None:
    line = "Meld je aan bij de gemeente voor een afspraak over de nieuwe bibliotheek."
    text = (
        "Nieuwe bibliotheek | Stadsblad\nHome\nNieuws\nSport\nCultuur\nRegio\nEconomie\n"
        "Nieuwe bibliotheek\nDoor Sanne Bakker\n21 maart 2024\n"
        "De gemeente opent volgende maand een nieuwe bibliotheek in het oude postkantoor, "
        "zei de wethouder.\n" + line + "\n\u00a9 2024 Stadsblad\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == line


def test_the_site_name_before_the_date_is_no_writer() -> None:
    # The page title names the site; the same name before the date under the headline
    # is the site's stamp, and the byline is the one below it.
    text = (
        "Ferry fares rise in April - Harbour Times\n"
        "Home\nNews\nSport\n"
        "Ferry fares rise in April\n"
        "Harbour Times - 14/08/2023, 06:50\n"
        "By Jane Doe\n"
        "Ferry fares across the harbour will rise by five percent from April, the "
        "operator said on Monday, blaming the cost of fuel.\n"
        "Passenger groups said the rise was unfair to commuters who have no other "
        "way to cross the water each morning.\n"
        "The council will discuss the fares at its meeting next week.\n"
        "Privacy policy\n"
    )
    a = newsparse.parse(text)
    assert a.format == "webpage"
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.date is not None
    assert a.date.isoformat() == "2023-08-14T06:50:00"


@pytest.mark.parametrize(
    "menu",
    [
        "\u2022 World News\n\u2022 Local Sport\n\u2022 Arts Desk\n",
        # Each entry holds a word in lower case, as a list's item does, but is chrome.
        "\u2022 Sign in\n\u2022 Contact us\n\u2022 About us\n",
    ],
)
def test_a_bulleted_menu_under_the_body_is_no_list_of_the_articles(menu: str) -> None:
    text = _bylined_page(_BODY + menu + "Thanks for reading.\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_list_lines_that_open_alike_are_not_joined_as_one_paragraph() -> None:
    items = (
        "In section 4 of the act - the town register\n"
        "in section 5 of the act - the parish archive\n"
        "in section 9 of the act - the county records\n"
    )
    text = _bylined_page(
        "The new footbridge is named in three places in the law, the mayor said:\n"
        + items
        + "It was paid for by the town and by a grant from the county, the mayor said.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[1:4] == tuple(items.splitlines())


@pytest.mark.parametrize("answer", ["\u201cNo.\u201d", '"Not yet."'])
def test_a_short_answer_said_twice_in_a_dialogue_is_no_pull_quote(answer: str) -> None:
    body = (
        "I asked the mayor whether the bridge would be open to cyclists by the spring.\n"
        f"{answer}\n"
        "I asked whether it would be open to them by the summer of next year then.\n"
        f"{answer}\n"
        "Then I asked whether it would ever open to them at all, and she laughed.\n"
    )
    text = _bylined_page(body)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(body.splitlines())


def test_teasers_stamped_with_a_reading_time_under_the_body_are_no_table() -> None:
    teasers = "Top 10 walks in the valley | 5 min read\nBest cafes by the river | 3 min read\n"
    text = _bylined_page(_BODY + teasers + "Thanks for reading.\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


_APP_BODY = (
    "Click here to read more about the app or to download it for your phone today.\n"
    "The puzzle app has been downloaded more than a million times since it first came out.\n"
)


def test_a_list_the_article_opens_with_under_a_question_is_kept() -> None:
    changes = (
        "What is new in version 2.4?\nNew puzzles for every level!\nMore hints for new players\n"
        "Better tablet support\nBugs fixed\n"
    )
    text = (
        "Puzzle app gets new levels | App Corner\n" + _MENU
        + "Puzzle app gets new levels\n14 August 2023\nLeave a comment\n" + changes + _APP_BODY
        + _FOOTER
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*changes.splitlines(), *_APP_BODY.splitlines())


@pytest.mark.parametrize("mark", ["- ", "\u2022 "])
def test_a_list_the_article_opens_with_under_a_short_lead_in_with_a_colon_is_kept(
    mark: str,
) -> None:
    # The lead-in is short (no prose) and ends with a colon; the items carry marks.
    lead = "The council listed three reasons for the decision:"
    items = [f"{mark}cracks in the supports", f"{mark}rising repair costs", f"{mark}its age"]
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n14 August 2023\n"
        + lead
        + "\n"
        + "".join(item + "\n" for item in items)
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (lead, *items, *_BODY.splitlines())


def test_a_short_label_with_a_colon_over_marked_lines_above_the_body_stays_out() -> None:
    # ``Keywords:`` is a box's label, no lead-in.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n14 August 2023\n"
        + "In this story:\n- the new bridge\n- the cost of it\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_teasers_above_the_first_paragraph_without_a_head_stay_out() -> None:
    teasers = "New puzzles for every level\nMore hints for new players\nBetter tablet support\n"
    text = (
        "Puzzle app gets new levels | App Corner\n" + _MENU
        + "Puzzle app gets new levels\n14 August 2023\nLeave a comment\n" + teasers + _APP_BODY
        + _FOOTER
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_APP_BODY.splitlines())


@pytest.mark.parametrize(
    "counts", ["Likes 12 Comments 4\n", "Share 12 Tweet 3\n", "Page 1 of 3\n1 2 3 Next\n"]
)
def test_a_bars_counts_under_the_body_are_no_table(counts: str) -> None:
    text = _bylined_page(_BODY + counts + "Thanks for reading.\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


_LEAD_IN = "The council listed the work still to be done before cyclists can use it:\n"


@pytest.mark.parametrize(
    "items",
    [
        "- resurface the path\n- fit new lights along the deck\n- paint the railings\n",
        "Resurface the path\nFit new lights along the deck\nPaint the railings\n",
    ],
)
def test_a_list_the_last_paragraph_announces_is_kept(items: str) -> None:
    text = _bylined_page(_BODY + _LEAD_IN + items + "Share\nFacebook\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), _LEAD_IN.strip(), *items.splitlines())


def test_a_menu_too_long_for_a_list_under_a_lead_in_stays_out() -> None:
    menu = "".join(f"Section {n}\n" for n in range(40))
    text = _bylined_page(_BODY + _LEAD_IN + menu)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), _LEAD_IN.strip())


def test_a_long_list_a_paragraph_announces_does_not_cut_the_body() -> None:
    lead = "The council listed the streets that will get new signs to the bridge:\n"
    streets = ("Mill", "Church", "Market", "Bridge", "Station", "Park", "Water", "Castle")
    items = "".join(f"{s} Street\n{s} Lane\n" for s in streets)
    end = "Work on the signs will start in the autumn, the council said in a statement.\n"
    text = _bylined_page(_BODY + lead + items + end)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (
        *_BODY.splitlines(),
        lead.strip(),
        *items.splitlines(),
        end.strip(),
    )


@pytest.mark.parametrize("label", ["Local News", "Live Updates", "World Cup"])
def test_a_sections_label_before_a_dateless_stamp_is_no_byline(label: str) -> None:
    text = _page(f"{label} | 2 hours ago")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None
    assert a.paragraphs == tuple(_BODY.splitlines())


_WALK_END = (
    "The path along the river is muddy in places after the rain, the ranger warned walkers.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "The ranger said walkers would need three things for the walk along the river:\n",
        "You will need:\n",
    ],
)
def test_items_in_lower_case_under_a_lead_in_are_kept(lead: str) -> None:
    items = "strong boots\na waterproof coat\na flask of tea\n"
    text = _bylined_page(_BODY + lead + items + _WALK_END)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (
        *_BODY.splitlines(),
        lead.strip(),
        *items.splitlines(),
        _WALK_END.strip(),
    )


def test_a_torn_tail_in_lower_case_without_a_lead_in_stays_out() -> None:
    text = _bylined_page(_BODY + "What you will need\nstrong boots\n" + _WALK_END)
    a = newsparse.parse(text)
    check_article(text, a)
    assert "strong boots" not in a.paragraphs


def test_wrapped_prose_whose_lines_open_with_one_word_stays_one_paragraph() -> None:
    para = (
        "The mayor said on Saturday that walkers would be able to use the new bridge from\n"
        "the start of next week, once the last of the railings had been painted by the crew.\n"
    )
    text = _bylined_page(_BODY + para)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == para.replace("\n", " ").strip()


def test_a_box_of_questions_above_the_first_paragraph_stays_out() -> None:
    questions = "What is the new bridge?\nWho paid for it?\nWhen can cyclists use it?\n"
    text = (
        "Puzzle app gets new levels | App Corner\n" + _MENU
        + "Puzzle app gets new levels\n14 August 2023\nLeave a comment\n" + questions
        + _APP_BODY + _FOOTER
    )  # fmt: skip
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_APP_BODY.splitlines())


@pytest.mark.parametrize(
    ("header", "date"),
    [
        # Places and storms before the date under the headline name no writer.
        ("New York, March 14, 2024", dt.datetime(2024, 3, 14)),
        ("Hong Kong \u00b7 14 August 2023", dt.datetime(2023, 8, 14)),
        ("Los Angeles, CA | March 14, 2024", dt.datetime(2024, 3, 14)),
        ("Mount Vernon, March 14, 2024", dt.datetime(2024, 3, 14)),
        ("Staten Island | 14 August 2023", dt.datetime(2023, 8, 14)),
        ("Storm Ivy | 14 August 2023", dt.datetime(2023, 8, 14)),
        # A section's label, and golf's ``Par`` on an English page, open no names.
        ("Section E Lee | 14 August 2023", dt.datetime(2023, 8, 14)),
        ("Par Three Contest | March 3, 2024", dt.datetime(2024, 3, 3)),
        ("Por Favor Cafe | 14 August 2023", dt.datetime(2023, 8, 14)),
        # Two names of one word each, as ``Procter and Gamble`` would part them.
        ("Procter y Gamble | 14 August 2023", dt.datetime(2023, 8, 14)),
        ("Johnson e Johnson, 14 August 2023", dt.datetime(2023, 8, 14)),
        # ``Kabar``, ``Berita`` and ``Noticias`` are ``News``: a site's or a section's name.
        ("Kabar Pagi | 14 August 2023", dt.datetime(2023, 8, 14)),
        ("Berita Harian - 14 August 2023", dt.datetime(2023, 8, 14)),
        ("Noticias Hoy, 14 August 2023", dt.datetime(2023, 8, 14)),
        # Nor before a stamp that names no date.
        ("Hong Kong | 2 hours ago", None),
    ],
)
def test_places_and_labels_before_the_date_name_no_writer(
    header: str, date: dt.datetime | None
) -> None:
    text = _page(header)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None
    assert a.date == date
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("header", "author"),
    [("Lake Bell | 14 August 2023", "Lake Bell"), ("San Lee, 14 August 2023", "San Lee")],
)
def test_a_writer_whose_given_name_opens_places_is_still_a_writer(header: str, author: str) -> None:
    text = _page(header)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == (author,)
    assert a.date == dt.datetime(2023, 8, 14)


def test_a_reworded_h1_over_a_standfirst_and_a_bare_byline_is_the_headline() -> None:
    # The title words the headline for search engines; the <h1> under the kicker words
    # it for readers, and a standfirst stands between it and the byline and date.
    text = (
        "Harbour ferry timetable changes | The Valley Herald\n"
        + _MENU
        + "Transport\n"
        + "Harbour ferry timetable changes again this winter\n"
        + "Commuters will wait longer for the early boats from next month.\n"
        + "Mara Quill, August 14, 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Harbour ferry timetable changes again this winter"
    assert a.byline is not None
    assert a.byline.authors == ("Mara Quill",)
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.summary == "Commuters will wait longer for the early boats from next month."


@pytest.mark.parametrize(
    "label",
    ["Most read", "Related stories", "Read more", "Trending", "In case you missed it", "Must read"],
)
def test_a_teasers_date_under_its_label_loses_to_the_date_above_the_headline(label: str) -> None:
    # The page dates the article above its <h1>; a box of other stories, each with its
    # own date, stands between the byline and the first paragraph.
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "14 August 2023\n"
        + "Footbridge opens to walkers\n"
        + "By Jane Doe\n"
        + f"{label}\n"
        + "Lifeboat crew honoured for night rescue\n"
        + "2 June 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_teasers_date_under_its_label_is_no_date_when_the_page_gives_none() -> None:
    # Only the box of other stories holds a date: it is not the article's.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "Most read\n"
        + "Lifeboat crew honoured for night rescue\n"
        + "2 June 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date is None


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("By Jane Doe\n14 August 2023\n", ("Jane Doe",)),
        ("Jane Doe, 14 August 2023\n", ("Jane Doe",)),
        ("14 August 2023\n", None),
        ("By Jane Doe\nStaff Writer\n14 August 2023\n", ("Jane Doe",)),
        ("Jane Doe\nStaff Writer\n14 August 2023\n", ("Jane Doe",)),
    ],
)
def test_an_h1_sharing_few_words_with_the_title_over_the_byline_is_the_headline(
    header: str, authors: tuple[str, ...] | None
) -> None:
    # The title is worded for search engines and shares one word with the <h1>, which
    # stands right above the byline (with a role line or none) and the date over the body.
    text = (
        "Why your bridge toll is going up | The Valley Herald\n"
        + _MENU
        + "Footbridge opens to walkers after a year of work\n"
        + header
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers after a year of work"
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert (a.byline and a.byline.authors) == authors


def test_a_title_over_a_menu_and_the_byline_stays_the_headline() -> None:
    # The line over the byline is one word, a menu's entry: the title is the headline.
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "By Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers"


@pytest.mark.parametrize("separator", [" - ", " | ", " \u2013 "])
def test_a_title_with_a_site_name_repeated_as_the_h1_is_a_page_over_agency_copy(
    separator: str,
) -> None:
    # A local paper's page carrying AP copy: the title (headline and site name) and the
    # <h1> make it a page, though its first paragraph opens with the agency's dateline.
    text = (
        f"Lake ferry service to resume after repairs{separator}Pine County Record\n"
        "Subscribe\nLog in\nNews\nLocal\nObituaries\n"
        "Lake ferry service to resume after repairs\n"
        "Nov. 12, 2023 at 4:15 p.m.\n"
        "DULUTH, Minn. (AP) \u2014 Ferry service across the lake will resume Tuesday after"
        " repairs to a damaged landing were finished ahead of schedule, officials said.\n"
        "The landing was hit by a barge in October, leaving commuters to drive two hours"
        " around the lake.\n"
        "State transportation officials said the repairs cost about $1.2 million.\n"
        "Copyright 2023 The Associated Press. All rights reserved.\n"
    )
    found = newsparse.detect(text)[0]
    assert found.format == "webpage"
    assert "title-repeated" in found.evidence
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Lake ferry service to resume after repairs"
    landing = (
        "The landing was hit by a barge in October, leaving commuters to drive two hours"
        " around the lake."
    )
    cost = "State transportation officials said the repairs cost about $1.2 million."
    assert a.paragraphs[1:] == (landing, cost)


@pytest.mark.parametrize("standfirst", ["", "The lamps along the towpath light it after dark\n"])
def test_names_over_the_date_under_an_h1_that_the_title_words_longer(standfirst: str) -> None:
    # The title puts a label before the headline (``Opinion: ...``); the <h1> under it
    # is the headline alone, and the columnist's name stands over the date.
    text = (
        "Opinion: Footbridge opens to walkers at last - The Valley Herald\n"
        + _MENU
        + "Footbridge opens to walkers at last\n"
        + standfirst
        + "Mara Quill\n"
        + "Wed 8 Nov 2023 07.00 GMT\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Mara Quill",)
    assert a.date is not None
    assert a.date.date() == dt.date(2023, 11, 8)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_names_over_the_sites_name_over_the_date_are_the_byline() -> None:
    # A network site signs with the writer's name over the paper's, then the date.
    text = (
        _HERALD_HEAD
        + "Mara Quill\n"
        + "Valley Herald\n"
        + "Published 5:02 a.m. CT Nov. 14, 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Mara Quill",)
    assert a.byline.organization == "Valley Herald"
    assert a.date is not None
    assert a.date.date() == dt.date(2023, 11, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "h1",
    [
        "Footbridge opens to walkers after a year of work",
        # A comma makes the line read as prose; it still ends as no sentence does.
        "The footbridge is open to walkers, but not cyclists",
    ],
)
def test_an_h1_over_a_standfirst_sharing_few_words_with_the_title_is_the_headline(
    h1: str,
) -> None:
    # The <h1>, then a standfirst with no full stop, then the byline and the date.
    text = (
        "Why your bridge toll is going up | The Valley Herald\n"
        + _MENU
        + h1
        + "\n"
        + "Walkers and cyclists get a new way across the river\n"
        + "By Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == h1
    assert a.summary == "Walkers and cyclists get a new way across the river"
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_teasers_byline_and_date_under_its_label_are_not_the_articles() -> None:
    # The box of other stories signs its teaser; the article above it has no byline.
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "14 August 2023\n"
        + "Footbridge opens to walkers\n"
        + "Most read\n"
        + "Lifeboat crew honoured for night rescue\n"
        + "By Sam Roe\n"
        + "2 June 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("stamp", ["Published 14 August 2023", "Posted on 14 August 2023"])
def test_a_labelled_publication_date_wins_over_a_bare_date_above_it(stamp: str) -> None:
    # A teaser with no box label, flattened between the byline and the article's own
    # labelled date line.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n"
        + "Lifeboat crew honoured for night rescue\n"
        + "2 June 2023\n"
        + stamp
        + "\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.paragraphs == tuple(_BODY.splitlines())


class _Everything:
    """A set that holds every character: the first-character gates let every line by."""

    def __contains__(self, item: object) -> bool:
        return True


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("_BYLINE_FIRSTS", "_FOREIGN_BY_FIRSTS", "_STAMP_LABEL_FIRSTS"):
        monkeypatch.setattr(page_lines, name, _Everything())
    # The header's line tests live in two modules, each with its own name for it.
    for module in (page_lines, page_title):
        monkeypatch.setattr(module, "may_hold_date", lambda *_: True)


def _header_answers(text: str) -> list[tuple[object, ...]]:
    b = Builder(text=text, options=ParseOptions(), rule_prefix="webpage")
    answers: list[tuple[object, ...]] = []
    for line in split_lines(text):
        found = _line_date(b, line)
        answers.append(
            (
                _is_header_line(line),
                _is_date_line(line),
                _is_stamp_line(line.text),
                _holds_date(line),
                None if found is None else (found.value, found.span),
            )
        )
    return answers


_HEADER_PIECES = st.sampled_from(
    ["By ", "by", "Written by ", "AUTHOR", "Author: ", "Von ", "Par ", "Por ", "Door ", "Di ",
     "De ", "Published ", "Updated ", "posted ", "Last updated ", "on ", "14 Aug 2023", "2023",
     "3", " min read", "an hour ago", "Jane Doe", "Ana Ruiz", "\u0130", "\u017f", "\u212a",
     "\u2014 ", "(@jdoe) ", ", ", " | ", "9:15 am", "Mis \u00e0 jour le ", "x"]
)  # fmt: skip


def test_header_gates_agree_with_the_patterns_on_golden_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # _is_header_line runs the byline, foreign-label and stamp-label patterns only on
    # a line opening with a letter they can open with, and the date readers search a
    # line only if it holds two digits side by side: the answers are those of the
    # ungated readers on every golden line.
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
    ]
    gated = [_header_answers(t) for t in texts]
    _ungated(monkeypatch)
    assert [_header_answers(t) for t in texts] == gated
    assert sum(a[0] is True for answers in gated for a in answers) > 50


@given(st.lists(_HEADER_PIECES | st.text(max_size=3), max_size=8).map("".join))
def test_header_gates_agree_with_the_patterns_on_generated_lines(text: str) -> None:
    gated = _header_answers(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _ungated(monkeypatch)
        assert _header_answers(text) == gated


def test_no_other_character_opens_what_the_gated_patterns_match() -> None:
    # Each pattern ignores case (the foreign labels excepted): the letters it opens with
    # match no other character of Unicode (no lookalike folds to them).
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letters, gate in (
        ("bwa", _BYLINE_FIRSTS),
        ("pul", _STAMP_LABEL_FIRSTS),
    ):
        assert set(regex.findall(f"(?i)[{letters}]", every)) == set(gate)
    assert set(regex.findall("[PpVvDdAa]", every)) == set(_FOREIGN_BY_FIRSTS)


@pytest.mark.parametrize("label", ["Trending", "Latest News", "Most Popular", "Must Read"])
def test_a_menu_item_named_like_a_boxs_label_heads_no_box(label: str) -> None:
    # The menu holds an item worded as a box's label; the date under the menu, above
    # the headline, is the article's: no teaser's headline stands between.
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        f"Home\nNews\n{label}\nSport\nWeather\n"
        "14 August 2023\n"
        "Footbridge opens to walkers\n"
        "By Jane Doe\n" + _BODY + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_site_named_like_a_boxs_label_over_the_date_heads_no_box() -> None:
    # The site's name (``Latest News``) between the byline and the date.
    text = (
        "Footbridge opens to walkers | Latest News\n"
        + _MENU
        + "Footbridge opens to walkers\n"
        + "By Jane Doe\n"
        + "Latest News\n"
        + "14 August 2023\n"
        + _BODY
        + "\u00a9 2024 Latest News\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)


_REWORDED_H1 = "New crossing links both banks of the town\n"


@pytest.mark.parametrize(
    "under",
    [
        # A standfirst with no full stop: it tells of the story, the <h1> above it
        # does not share its words with the body.
        "Walkers and cyclists can cross the river from Monday\nBy Jane Doe\n",
        "Walkers and cyclists can cross the river from Monday\n",
        # A quote pulled out of the story.
        "\u201cIt is a great day for the town\u201d\nBy Jane Doe\n",
        "\u201cIt is a great day for the town\u201d\n",
    ],
)
def test_a_standfirst_or_a_pulled_quote_under_an_h1_worded_apart_is_no_headline(
    under: str,
) -> None:
    # Under an <h1> shaped as a headline that tells of little the body does, a
    # standfirst or quote over the date tells of the story: it is not the headline.
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + _REWORDED_H1
        + under
        + "14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers"
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_pulled_quote_over_the_date_is_no_headline() -> None:
    # No <h1> on the page but the title's; a quote pulled from the story stands over the
    # date.
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "\u201cIt is a great day for the town\u201d\n"
        + "14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers"


def test_a_box_of_other_stories_is_looked_for_only_above_a_line_that_may_hold_a_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A page of short chrome lines (``Share``) over a box of other stories: looking
    # back for the box from each line cost most of the parse. The answer is the same:
    # the box's date is a teaser's, and no line above it holds one.
    text = "Share\n" * 30 + "Most read\nLifeboat crew honoured for night rescue\n2 June 2023\n"
    infos = list(classify_lines(text, split_lines(text)))
    used = [False] * len(infos)
    looked: list[str] = []
    in_box = _in_teaser_box

    def recording(infos: list[LineInfo], used: list[bool], i: int) -> bool:
        looked.append(infos[i].line.text)
        return in_box(infos, used, i)

    monkeypatch.setattr(webpage, "_in_teaser_box", recording)
    b = Builder(text=text, options=ParseOptions(), rule_prefix="webpage")
    WebpageFormat()._find_date_anywhere(b, infos, used, -1)
    assert b.date is None
    assert not any(used)
    assert looked == ["2 June 2023"]


@pytest.mark.parametrize("place", ["Mesa Valley", "Cedar Springs", "Twin Falls", "Lee Township"])
def test_a_place_over_the_sites_name_over_the_date_is_no_byline(place: str) -> None:
    # A place's name (a town's, closing with Valley, Springs, Falls ...) set over the
    # paper's name and the date names no writer.
    text = (
        _HERALD_HEAD
        + place
        + "\n"
        + "The Valley Herald\n"
        + "Published 5:02 a.m. CT Nov. 14, 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None or place not in a.byline.authors
    assert a.date is not None
    assert a.date.date() == dt.date(2023, 11, 14)


@pytest.mark.parametrize("place", ["Mesa Valley, Colo.", "Cedar Springs, N.Y.", "Palm Grove, Fla."])
@pytest.mark.parametrize("header", ["{}\n14 August 2023\n", "{} | 14 August 2023\n"])
def test_a_town_with_its_states_abbreviation_beside_the_date_is_no_byline(
    place: str, header: str
) -> None:
    # ``Mesa Valley, Colo.`` over the date or beside it is where the story is from: a
    # state's abbreviation after a comma follows a town's name, never a writer's.
    text = _HERALD_HEAD + header.format(place) + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("name", ["Joe Falls", "Jim Valley", "Ann Springs"])
@pytest.mark.parametrize("header", ["{}\n14 August 2023\n", "{}, 14 August 2023\n"])
def test_a_writer_whose_surname_closes_place_names_keeps_the_byline(name: str, header: str) -> None:
    # ``Falls``, ``Valley`` and ``Springs`` close places' names and a few people's: a
    # name over the date, or beside it, with no site's name between, is the writer's.
    text = _HERALD_HEAD + header.format(name) + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == (name,)
    assert a.date is not None
    assert a.date.date() == dt.date(2023, 8, 14)


@pytest.mark.parametrize(
    "status", ["draft", "final", "updated", "copy", "v2", "Draft", "draft2", "notes"]
)
def test_a_status_after_a_dash_is_no_sites_name_for_a_repeated_title(status: str) -> None:
    # ``Minutes of the meeting - draft`` over the minutes' own heading: a note's subject
    # and its heading, not a page's title with its site's name.
    text = (
        f"Minutes of the meeting - {status}\n\n"
        "Minutes of the meeting\n\n"
        "Present: the chair, the clerk and five members.\n\n"
        "The meeting opened at 7 p.m. and closed at 9 p.m.\n"
    )
    assert "title-repeated" not in newsparse.detect(text)[0].evidence
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == f"Minutes of the meeting - {status}"


@pytest.mark.parametrize("site", ["heise online", "golem.de", "The Valley Herald"])
def test_a_site_name_in_lower_case_still_closes_a_repeated_title(site: str) -> None:
    text = (
        f"Footbridge opens to walkers - {site}\n"
        + _MENU
        + "Footbridge opens to walkers\n"
        + "By Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    found = newsparse.detect(text)[0]
    assert found.format == "webpage"
    assert "title-repeated" in found.evidence


@pytest.mark.parametrize("label", ["Bagikan:", "Bagikan ini:"])
def test_a_recipes_lists_over_a_translated_share_this_label_are_the_storys(label: str) -> None:
    # WordPress prints ``Share this:`` over its buttons in the blog's language
    # (``Bagikan ini:``); the recipe's lists and method over it are the story's, blank
    # lines between all its lines.
    rest = (
        "Nasi goreng ini jadi sarapan favorit anak-anak kami setiap akhir pekan. Rasanya"
        " gurih dan cara membuatnya cepat sekali.\n"
        "Bahan:\n2 piring nasi putih\n3 siung bawang merah\n1 butir telur\nCara membuat:\n"
        "Tumis bawang merah sampai harum, lalu masukkan telur dan orak-arik sebentar.\n"
        "Masukkan nasi dan kecap, lalu aduk rata di atas api besar. Sajikan dengan kerupuk"
        " dan acar.\n"
    )
    text = (
        "Resep Nasi Goreng Kampung Sederhana - Dapur Bu Rina\nBeranda\nResep\nTips Dapur\n"
        "Tentang Saya\nResep Nasi Goreng Kampung Sederhana\nMaret 2, 2025 oleh Dapur Bu Rina\n"
        + rest
        + f"{label}\nFacebook\nWhatsApp\nTerkait\nTinggalkan Balasan\n"
    ).replace("\n", "\n\n")  # the blank lines of a blog's export
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(rest.splitlines())


@pytest.mark.parametrize(
    "header",
    [
        "Jane Doe\nLocal Democracy Reporter\n17:05, 26 Feb 2025\n",
        "Jane Doe\n17:05, 26 Feb 2025\n",
    ],
)
def test_a_standfirst_with_no_stop_over_a_bare_name_and_its_role_is_the_summary(
    header: str,
) -> None:
    # A regional page's standfirst with no full stop under the <h1>, over the writer's
    # bare name, her role and the date: of a standfirst's length, it is the summary
    # though it shares no word with the headline or the lead.
    deck = "Residents had raised more than 600 objections to the scheme"
    text = _HERALD_HEAD + f"{deck}\n{header}" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary == deck
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("kicker", ["Comment", "Kommentar", "Analysis"])
def test_a_kicker_joined_to_the_title_by_a_colon_is_no_part_of_the_headline(kicker: str) -> None:
    # The kicker over the <h1> and the title ``Kicker: Headline - Site``: the <h1> is the
    # headline, the kicker no part of it.
    text = (
        f"{kicker}: Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + f"{kicker}\nFootbridge opens to walkers\nBy Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers"
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_title_whose_colon_joins_no_kicker_over_the_h1_keeps_its_label() -> None:
    # ``Analysis: ...`` in the title with no kicker line over the <h1>: as before, the
    # title's headline is read whole.
    text = (
        "Analysis: Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "Footbridge opens to walkers\nBy Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Analysis: Footbridge opens to walkers"


def test_an_agency_story_under_a_lightly_dressed_pages_title_and_h1_is_a_page() -> None:
    # The page's title naming its site over the <h1>, two menu lines and tags: no
    # agency's copy carries that, so the dateline in the story does not make it wire.
    text = (
        "Bridge to stay closed until autumn - Valley Post\nNews\nRegion\n"
        "Bridge to stay closed until autumn\nMarch 14, 2025\n"
        "ASHFORD, March 14 (Reuters) - The council voted on Tuesday to close the old bridge"
        " over the river until the autumn, officials said.\n"
        "Engineers found new cracks in two of its piers during a survey in January, the"
        " roads office said.\nTags\nTransport\n"
    )
    found = newsparse.detect(text)[0]
    assert found.format == "webpage"
    assert "title-site-repeated" in found.evidence
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Bridge to stay closed until autumn"
    assert len(a.paragraphs) == 2
    assert a.paragraphs[0].startswith("ASHFORD, March 14 (Reuters) - ")


@pytest.mark.parametrize("separator", ["\uff5c", "|", "_", "\uff1a"])
def test_an_east_asian_title_joined_to_its_site_over_its_h1_is_a_page(separator: str) -> None:
    # The title joins its site's name without spaces (by a full-width bar, a bar, an
    # underscore or a full-width colon) over the <h1>: the title is repeated, with two
    # menu lines and a related label.
    headline = "美術館で郷土作家展 初公開の作品も"
    text = (
        f"{headline}{separator}西海新報\n西海新報\nニュース\nスポーツ\n{headline}\n"
        "2025/10/05 06:00\n"
        "県立美術館で４日、郷土ゆかりの作家７人の作品を集めた特別展が始まった。"
        "個人所蔵で初公開となる油彩画も並ぶ。\n"
        "同館によると、展示作品は約１２０点。会期は１２月７日まで。\n関連記事\n"
    )
    found = newsparse.detect(text)[0]
    assert found.format == "webpage"
    assert {"title-repeated", "title-site-repeated"} <= set(found.evidence)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == headline
    assert a.date == dt.datetime(2025, 10, 5, 6, 0)
    assert len(a.paragraphs) == 2


def test_a_title_repeated_with_no_sites_name_is_no_title_site_repeat() -> None:
    text = "Minutes of the meeting of the board\n\nMinutes of the meeting of the board\n\nText.\n"
    assert "title-site-repeated" not in WebpageFormat().explain(text)[1]


@pytest.mark.parametrize("site", ["t3n", "n3ws", "heise online"])
def test_a_minimal_page_with_a_site_name_after_a_dash_is_a_page(site: str) -> None:
    # ``Headline - t3n``, the <h1> and the text, no menus: a word of letters around a
    # digit is a site's name, as a version (``v2``, ``draft2``) ending in digits is not.
    text = (
        f"Neue Fußgängerbrücke über den Fluss eröffnet - {site}\n"
        "Neue Fußgängerbrücke über den Fluss eröffnet\n"
        "Die neue Brücke wurde am Samstag nach einem Jahr Bauzeit für Fußgänger geöffnet.\n"
        "Bezahlt wurde sie von der Stadt und mit Geld des Landkreises, sagte die Bürgermeisterin.\n"
    )
    found = newsparse.detect(text)[0]
    assert found.format == "webpage"
    assert "title-repeated" in found.evidence
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Neue Fußgängerbrücke über den Fluss eröffnet"
    assert a.spans["headline"][0].start > 0  # the <h1>
    assert len(a.paragraphs) == 2


@pytest.mark.parametrize(
    ("h1", "standfirst"),
    [
        ("Footbridge Over the River Opens to Walkers", "Cyclists can cross from next month"),
        ("Walkers Cross the River on New Footbridge", "The county paid for it with a grant"),
        ("River Crossing Opens After a Year of Work", "Walkers welcome the long-awaited crossing"),
    ],
)
def test_a_title_cased_h1_over_a_short_standfirst_without_a_full_stop_is_the_headline(
    h1: str, standfirst: str
) -> None:
    # US sites set the <h1> in title case and its standfirst in sentence case, often
    # with no full stop; the title, worded apart, tells of the <h1> at least as much as
    # of the standfirst (a section's label over the <h1> shares none of its words).
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + f"{h1}\n{standfirst}\n"
        + "By Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == h1
    assert a.summary == standfirst
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "kicker", ["Town Hall and County Council", "Roads, Rail and Transport", "River Town News"]
)
def test_a_kicker_in_title_case_over_a_reworded_h1_is_no_headline(kicker: str) -> None:
    # A section's label in title case, sharing words with the story, over the <h1>
    # written in sentence case: the label is no headline (the title stays it).
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + kicker
        + "\nWalkers cross the new footbridge over the river\n"
        + "By Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline != kicker
    assert a.headline in {
        "Footbridge opens to walkers",
        "Walkers cross the new footbridge over the river",
    }


@pytest.mark.parametrize(
    "standfirst",
    [
        "The town's new bridge opened on Saturday after a year of work.",
        (
            "Cyclists will be allowed to use the crossing from next month, the mayor said,"
            " after a year of work on the river and its banks"
        ),
    ],
)
def test_a_title_cased_h1_over_a_standfirst_is_the_headline(standfirst: str) -> None:
    # A reworded <h1> in title case (as many American sites set it) over its standfirst
    # in sentence case: a standfirst that ends with a full stop or runs longer than a
    # headline is no <h1>, and no section's label stands over one.
    h1 = "Walkers Cross the New Footbridge Over the River"
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + h1
        + "\n"
        + standfirst
        + "\nBy Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == h1


@pytest.mark.parametrize(
    "h1",
    [
        "Is the new footbridge over the river worth the wait?",
        "Walkers cross the new footbridge over the river at last!",
    ],
)
def test_a_kicker_in_title_case_over_a_question_h1_is_no_headline(h1: str) -> None:
    # A headline may end with a question or exclamation mark, never a full stop: under
    # a section's label it is the <h1> still, not a standfirst.
    kicker = "Town Hall and County Council"
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + kicker
        + "\n"
        + h1
        + "\nBy Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline != kicker


@pytest.mark.parametrize("label", ["Must read", "Recommended", "Editor's picks"])
def test_a_list_of_books_under_a_box_label_inside_the_story_is_the_storys(label: str) -> None:
    # The story's own list under a box's label: each line names a work and its maker
    # after ``by``, as another story's headline does not.
    text = (
        "Summer books the staff loved | The Valley Herald\n"
        + _MENU
        + "Summer books the staff loved\n"
        + "By Jane Doe\n14 August 2023\n"
        + "The staff picked their favourite books of the summer, from novels to a history.\n"
        + f"{label}\n"
        + "The Long Shore by Ana Lind\n"
        + "Harbour Lights by Sam Roe\n"
        + "A River Runs by Tom Gale and Kay Moss\n"
        + "Each book is on sale at the shop on Market Street, the owner said on Friday.\n"
        + "The list will be updated every month until the end of the year, she added.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[1:5] == (
        label,
        "The Long Shore by Ana Lind",
        "Harbour Lights by Sam Roe",
        "A River Runs by Tom Gale and Kay Moss",
    )
    assert len(a.paragraphs) == 7


def test_a_box_of_headlines_under_a_box_label_inside_the_story_stays_out() -> None:
    # Other stories' headlines, one of them with ``by`` (not before names), are links.
    text = (
        "Summer books the staff loved | The Valley Herald\n"
        + _MENU
        + "Summer books the staff loved\n"
        + "By Jane Doe\n14 August 2023\n"
        + "The staff picked their favourite books of the summer, from novels to a history.\n"
        + "Must read\n"
        + "Harbour wall rebuilt by the council\n"
        + "Lifeboat crew honoured for night rescue\n"
        + "Each book is on sale at the shop on Market Street, the owner said on Friday.\n"
        + "The list will be updated every month until the end of the year, she added.\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(a.paragraphs) == 3
    assert "Must read" not in a.paragraphs


@pytest.mark.parametrize("label", ["More stories", "You may also like", "Most read"])
@pytest.mark.parametrize(
    "first", ["Ferry fares to rise again", "Ferry fares will rise again next year, operator warns"]
)
def test_headlines_and_summaries_under_a_box_label_after_the_body_stay_out(
    label: str, first: str
) -> None:
    # Under the body, a box of other stories: each headline over its one-line summary.
    teasers = (
        f"{first}\n"
        "The operator said fuel costs had gone up by a third since the spring.\n"
        "School wins county prize\n"
        "Pupils at the school built a model of the harbour out of recycled plastic.\n"
    )
    text = _HERALD_HEAD + "By Jane Doe\n14 August 2023\n" + _BODY + f"{label}\n" + teasers + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_the_story_going_on_under_a_box_label_with_a_teaser_is_kept() -> None:
    # An inset box inside the story: the paragraphs under it, two in a row, are the story's.
    more = (
        "Work on the second span starts next spring, the council said on Monday evening.\n"
        "It should be finished before the end of the following year, weather allowing.\n"
    )
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n14 August 2023\n"
        + _BODY
        + "More stories\nFerry fares to rise again\n"
        + more
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[:3] == tuple(_BODY.splitlines())
    assert a.paragraphs[-2:] == tuple(more.splitlines())


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        ("Jane Doe\nand\nSam Roe\n", ("Jane Doe", "Sam Roe")),
        ("Jane Doe\n,\nSam Roe\n,\nKay Moss\n", ("Jane Doe", "Sam Roe", "Kay Moss")),
        ("Jane Doe\n&\nSam Roe\n", ("Jane Doe", "Sam Roe")),
        # A joining line over no names: the byline ends above it.
        ("Jane Doe\nand\nThe Valley Herald\n", ("Jane Doe",)),
    ],
)
@pytest.mark.parametrize("by", ["By\n", "By "])
def test_names_under_a_by_alone_each_a_link_on_its_own_line(
    names: str, authors: tuple[str, ...], by: str
) -> None:
    # Each writer's name a link: the names and the words between on lines of their
    # own, ``By`` alone over them or opening the first.
    text = (
        _HERALD_HEAD + by + names + "on Monday, August 14th, 2023 at 11:08 a.m.\n" + _BODY + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == authors
    assert a.date == dt.datetime(2023, 8, 14, 11, 8)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("sep", [" - ", " | ", " \u2013 "])
def test_an_h1_with_a_separator_of_its_own_that_the_title_repeats_is_the_headline(
    sep: str,
) -> None:
    # The headline holds a dash itself; the title is it, a separator and the site.
    h1 = "Footbridge - the end of a long wait"
    text = (
        f"{h1}{sep}The Valley Herald\n"
        + _MENU
        + f"{h1}\nBy Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == h1
    assert a.spans["headline"][0].start > 0


def test_an_h1_in_sentence_case_under_a_title_in_title_case_is_the_headline() -> None:
    # No byline or date under it: the <h1> is found by the title's words alone.
    text = (
        "Footbridge Opens To Walkers | The Valley Herald\n"
        + _MENU
        + "Footbridge opens to walkers\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers"
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "standfirst", ["Walkers cheer a long wait's end.", "Will cyclists come next?"]
)
@pytest.mark.parametrize(
    "header", ["By Jane Doe\n14 August 2023\n", "14 August 2023\nBy Jane Doe\n"]
)
def test_a_short_sentence_between_the_headline_and_the_byline_is_the_standfirst(
    standfirst: str, header: str
) -> None:
    text = _HERALD_HEAD + f"{standfirst}\n" + header + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary == standfirst
    assert a.byline is not None
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "between", ["@janedoe", "City Hall Reporter, The Valley Herald", "Environment correspondent"]
)
def test_a_name_over_a_handle_or_a_role_with_its_outlet_over_the_date_is_the_byline(
    between: str,
) -> None:
    text = _HERALD_HEAD + f"Jane Doe\n{between}\n14 August 2023\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("line", "authors"),
    [("By Jane Doe", ("Jane Doe",)), ("Written by Jane Doe and Sam Roe", ("Jane Doe", "Sam Roe"))],
)
def test_a_labelled_byline_right_under_the_body_signs_a_page_with_none_above(
    line: str, authors: tuple[str, ...]
) -> None:
    text = _HERALD_HEAD + "14 August 2023\n" + _BODY + f"{line}\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == authors
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_teasers_byline_under_its_headline_below_the_body_signs_nothing() -> None:
    text = (
        _HERALD_HEAD
        + "14 August 2023\n"
        + _BODY
        + "Lifeboat crew honoured for night rescue\nBy Sam Roe\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None


_LAST = "The vote on the second span is due in the spring, she added.\n"


@pytest.mark.parametrize(
    "link", ["See also: Ferry fares to rise again next year", "Related: Lifeboat crew honoured"]
)
def test_a_short_paragraph_after_a_link_set_in_the_text_is_the_storys(link: str) -> None:
    # The link names its story after its label: the story goes on under it, though
    # its last paragraph is short.
    lines = _BODY.splitlines()
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n14 August 2023\n"
        + "\n".join(lines)
        + f"\n{link}\n"
        + _LAST
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*lines, _LAST.strip())


@pytest.mark.parametrize(
    "headline",
    [
        "Ferry fares to rise again next year",
        "Ferry fares will rise again next year, operator warns",
    ],
)
def test_a_headline_under_a_related_label_inside_the_body_is_a_link(headline: str) -> None:
    lines = _BODY.splitlines()
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n14 August 2023\n"
        + "\n".join(lines[:2])
        + f"\nAlso read\n{headline}\n"
        + lines[2]
        + "\n"
        + _LAST
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*lines, _LAST.strip())


def test_links_in_capitals_between_paragraphs_leave_the_body() -> None:
    # Long headlines in capitals set between the story's paragraphs (one under a video's
    # label) are links to other stories; the story goes on under them.
    lines = _BODY.splitlines()
    text = _bylined_page(
        lines[0]
        + "\nHARBOUR BOSS SLAMS FERRY FARE RISE, SAYS TOWN WAS NEVER ASKED\n"
        + lines[1]
        + "\nVideo\nLIFEBOAT CREW HONOURED AFTER DARING NIGHT RESCUE OFF THE POINT\n"
        + lines[2]
        + "\n"
        + _LAST
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*lines, _LAST.strip())


@pytest.mark.parametrize(
    "line",
    [
        # A subheading in capitals is shorter; a paragraph in capitals ends like one.
        "WHAT THE NEW BRIDGE MEANS FOR WALKERS",
        "THE COUNCIL SAID THE BRIDGE WOULD BE OPEN TO WALKERS FROM SATURDAY MORNING.",
    ],
)
def test_a_subheading_or_a_paragraph_in_capitals_stays(line: str) -> None:
    lines = _BODY.splitlines()
    text = _bylined_page(lines[0] + f"\n{line}\n" + "\n".join(lines[1:]) + "\n" + _LAST)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (lines[0], line, *lines[1:], _LAST.strip())


@pytest.mark.parametrize("label", ["More:", "MORE:", "Most read"])
def test_a_box_of_headlines_under_a_bare_label_inside_the_body_leaves_it(label: str) -> None:
    # The box may hold a headline of two or three words between two longer ones.
    lines = _BODY.splitlines()
    box = (
        "Ferry fares to rise again next year\n"
        "The new harbour\n"
        "Lifeboat crew honoured after the night rescue\n"
    )
    text = _bylined_page("\n".join(lines[:2]) + f"\n{label}\n{box}" + lines[2] + "\n" + _LAST)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*lines, _LAST.strip())


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Bridge shut | The Valley Herald", "Bridge shut"),
        ("Bridge shut | valleyherald.com", "Bridge shut"),
        ("The Valley Herald - Bridge shut", "Bridge shut"),
        # Both parts could be a paper's: the longest still wins.
        ("Storm batters the Post | Valley Herald", "Storm batters the Post"),
        # A headline in sentence case ending with a paper's word is no paper's name.
        ("Shops face hard times | Valley News", "Shops face hard times"),
        ("Valley News | Shops face hard times", "Shops face hard times"),
    ],
)
def test_a_headline_shorter_than_the_papers_name_in_the_title(title: str, headline: str) -> None:
    # No <h1> repeats the title: its headline part is the headline, not the paper's name.
    text = title + "\n" + _MENU + "By Jane Doe\n14 August 2023\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == headline


def test_an_h1_repeating_a_title_headline_ending_with_a_papers_word_is_the_headline() -> None:
    # The title's headline part is the h1 but for case; the site's name is not.
    text = (
        "Shops face hard times | Valley News\n" + _MENU + "Shops Face Hard Times\n"
        "14 August 2023\nBy Jo Roe\n" + _BODY + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Shops Face Hard Times"
    assert a.byline is not None
    assert a.byline.authors == ("Jo Roe",)


@pytest.mark.parametrize("button", ["Accept all", "Got it"])
def test_a_button_under_a_cookie_notice_inside_the_body_is_no_subheading(button: str) -> None:
    box = (
        "We use cookies to give you the best experience on our website. By continuing to "
        f"browse, you agree to our use of cookies.\n{button}\n"
    )
    lines = _BODY.splitlines()
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n14 August 2023\n"
        + "\n".join(lines[:2])
        + "\n"
        + box
        + lines[2]
        + "\n"
        + _LAST
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*lines, _LAST.strip())


@pytest.mark.parametrize(
    "label",
    [
        "Storm Ivy",
        "Supreme Court",
        "Local News",
        "Mesa Valley",
        # One name there is a place's or a tag's as often as a writer's.
        "Palm Beach",
        "Cedar Rapids",
        "Glen Ellyn",
        "Taylor Swift",
        # Nor are two: places, streets or a story's subjects as often as writers.
        "Palm Beach and Boca Raton",
        "Main Street and Oak Avenue",
        "Joe Biden and Xi Jinping",
        "Jane Doe and Sam Roe",
    ],
)
def test_a_label_right_under_the_headline_over_the_body_is_no_byline(label: str) -> None:
    # With no date under it, a name closing with ``Valley`` is a town's too.
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "14 Aug 2023\n"
        + f"Footbridge opens to walkers\n{label}\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None


@pytest.mark.parametrize(
    "line",
    [
        "This article is more than 2 years old",
        "Sign in to save this story",
        "Share this story on social media",
        "Support local journalism today",
        "Get the latest news from the valley",
        # Telling nothing of the story (no topic word of the headline or the lead).
        "Reading time about 3 minutes",
        "Posted in Local news and Politics",
        "Filed under local government news",
        "Add topic to email alerts",
        "Receive alerts on this topic",
        "From our local government desk",
        # Sharing the headline's words: an advert, the comments, a gift link, a caption.
        "Advertisement: footbridge repair services near you",
        "Comments on the footbridge are now open",
        "Gift this footbridge article to a friend",
        "Walkers on the footbridge in March (Sam Roe/Valley Herald)",
    ],
)
def test_an_interface_line_between_the_headline_and_the_byline_is_no_standfirst(
    line: str,
) -> None:
    text = _HERALD_HEAD + f"{line}\nBy Jo Roe\n14 Aug 2023\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers"
    assert a.summary is None
    assert a.byline is not None
    assert a.byline.authors == ("Jo Roe",)
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_name_closing_with_a_place_word_over_a_follow_button_is_the_byline() -> None:
    # The button to follow the writer places the name; ``Falls`` closes people's names too.
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "14 Aug 2023\nFootbridge opens to walkers\nJoe Falls\nFollow\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Joe Falls",)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_sections_name_beside_the_papers_in_the_title_is_no_headline() -> None:
    # ``Local news`` is no headline shorter than the paper's name: the menu's ``Local``
    # is not taken for the <h1>, the <h1> under the menu is.
    text = (
        "Local news | The Valley Herald\n"
        + _MENU
        + "Footbridge opens to walkers at last\nBy Jo Roe\n14 Aug 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers at last"
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "label", ["You may also be interested in:", "Stories you might have missed:"]
)
def test_a_box_of_links_under_a_long_label_with_a_colon_above_the_body_stays_out(
    label: str,
) -> None:
    # A box of headlines under its label, not a list the article opens with.
    text = (
        _HERALD_HEAD
        + "By Jane Doe\n14 August 2023\n"
        + f"{label}\n- Bridge repairs delayed again\n- Ferry fares to rise in spring\n"
        + "- Council meets on Tuesday night\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("label", ["Recommended", "Must read"])
def test_teasers_signed_by_their_writers_under_a_box_label_inside_the_story_stay_out(
    label: str,
) -> None:
    # Other stories' headlines with their writers after ``by`` are no list of works.
    paras = (
        "The new footbridge over the river opened to walkers on Saturday after a year of work.",
        "It was paid for by the town and by a grant from the county, the mayor said.",
        "Cyclists will be allowed to use it from the start of next month.",
        "The county said it would light the path at night before the winter.",
    )
    text = (
        _HERALD_HEAD
        + "By Jo Roe\n14 Aug 2023\n"
        + f"{paras[0]}\n{paras[1]}\n{label}\n"
        + "Why the old bridge had to go by Jane Doe\n"
        + "The ferry fare debate is not over by Sam Roe\n"
        + f"{paras[2]}\n{paras[3]}\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == paras


def test_a_sections_label_sharing_no_word_with_the_title_over_the_h1_is_no_headline() -> None:
    # The title names neither line: the title-cased label is not taken for the <h1>
    # (it shares no word with the title), and the sentence-case line is no standfirst.
    text = (
        "Footbridge opens at last | The Valley Herald\n"
        + _MENU
        + "Town Hall and County Council\n"
        + "Walkers cross the river on a sunny Saturday\nBy Jo Roe\n14 Aug 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens at last"
    assert a.summary is None
    assert a.paragraphs == tuple(_BODY.splitlines())


def _under_the_body(lines: str) -> str:
    """A page with a byline and a date, and ``lines`` between its body and its footer."""
    return _HERALD_HEAD + "By Jo Roe\nMarch 3, 2024\n" + _BODY + lines + _FOOTER


@pytest.mark.parametrize(
    "line",
    ["(Reporting by Jo Roe; Editing by Sam Poe)", "Reporting by Jo Roe; editing by Sam Poe."],
)
def test_a_wire_story_credits_line_under_the_last_paragraph_is_attribution(line: str) -> None:
    text = _under_the_body(line + "\n")
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())
    assert article.attribution is not None
    assert article.attribution.text == line
    assert [c.role for c in article.attribution.credits] == ["reporting", "editing"]


def test_a_long_credits_line_kept_as_the_last_paragraph_is_attribution() -> None:
    line = (
        "(Reporting by Jo Roe, Al Poe and Di Lee in Harbourtown, with reporting by Sam Roe "
        "and Ann Poe in Rivermouth, editing by Ed Ito and Bo Lund.)"
    )
    text = _under_the_body(line + "\n")
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())
    assert article.attribution is not None
    assert [c.role for c in article.attribution.credits] == ["reporting", "reporting", "editing"]


@pytest.mark.parametrize(
    "line",
    [
        # A review's box or a book's credits name no one who reported the story.
        "Written by Jo Roe; Directed by Al Poe; Starring Di Kim",
        "(Translated by Ana Cruz; Harbour Books, 320 pages)",
        "(Photos by Jo Roe)",
    ],
)
def test_credits_of_other_work_under_the_last_paragraph_are_no_attribution(line: str) -> None:
    text = _under_the_body(line + "\n")
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.attribution is None


def test_a_sentence_about_reporting_is_still_the_last_paragraph() -> None:
    last = "Reporting by the local paper first drew the council's attention to the bridge."
    text = _under_the_body(last + "\n")
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == last
    assert article.attribution is None


@pytest.mark.parametrize(
    "date_line",
    ["March 3, 2024", "Valley Desk, Herald Bureau | Updated : 3 March 2024, 09:01 AM"],
)
@pytest.mark.parametrize("crumbs", ["", "You are at:\nHome\nBridges\n"])
def test_a_standfirst_and_a_date_line_under_the_headline_are_the_header(
    date_line: str, crumbs: str
) -> None:
    # The breadcrumb's last crumb and the <h1> both print the headline; the standfirst
    # and the date line under them are the header, and the body starts under the date.
    standfirst = "The idea came from two students who saw a similar bridge abroad."
    text = (
        "Footbridge opens to walkers | The Valley Herald\n" + _MENU + crumbs
        + "Footbridge opens to walkers\nFootbridge opens to walkers\n"
        + standfirst + "\n" + date_line + "\n" + _BODY + _FOOTER
    )  # fmt: skip
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "Footbridge opens to walkers"
    assert article.summary == standfirst
    assert article.date is not None
    assert article.date.date() == dt.date(2024, 3, 3)
    assert article.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "row",
    [
        # An event's, a match's or a timeline's line holds a date but stamps no article.
        "Tuesday 5 March 2024 | Town hall, Riverside | 7pm | Free entry for all residents",
        "Rovers 2 (Jo Roe 12, 80) United 1 (Al Poe 45) | Saturday, May 4, 2024 | Valley Park",
        "5 March 2024 | Council votes 9-2 against the plan after a four hour meeting",
        # A publication word inside a part, not opening it, stamps nothing.
        "Match updated: Rovers 2 United 1 | Saturday, May 4, 2024 | Valley Park",
    ],
)
def test_a_dated_row_under_a_short_lead_stays_in_the_body(row: str) -> None:
    lead = "The council voted to reject the harbour expansion plan on Tuesday night."
    text = (
        "Footbridge opens to walkers | The Valley Herald\n" + _MENU
        + "Footbridge opens to walkers\n" + lead + "\n" + row + "\n" + _BODY + _FOOTER
    )  # fmt: skip
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.summary is None
    assert article.date is None
    assert article.paragraphs[0] == lead


def test_credits_lines_under_the_last_paragraph_are_all_attribution() -> None:
    lines = "(Reporting by Jo Roe)\n(Additional reporting by Al Poe; Editing by Sam Poe)\n"
    text = _under_the_body(lines)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())
    assert article.attribution is not None
    assert article.attribution.text == lines.rstrip("\n")
    roles = [c.role for c in article.attribution.credits]
    assert roles == ["reporting", "additional reporting", "editing"]


@pytest.mark.parametrize("tail", ["Leave a comment", "Share this article"])
def test_a_link_glued_to_the_byline_is_furniture(tail: str) -> None:
    # A flattened page runs a link's text into the byline's: ``By Sam PoeLeave a comment``.
    text = _HERALD_HEAD + "By Sam DeRoe" + tail + "\nMarch 3, 2024\n" + _BODY + _FOOTER
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == ("Sam DeRoe",)
    assert article.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("name", ["Ann McDonald", "Ann DeMore", "Li McReply", "Ann MacPrint"])
def test_a_name_with_a_capital_inside_is_no_glued_link(name: str) -> None:
    # The name's last piece may be a furniture word alone (``More``, ``Reply``, ``Print``).
    text = _HERALD_HEAD + f"By {name}\nMarch 3, 2024\n" + _BODY + _FOOTER
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == (name,)


def test_buttons_that_kept_their_script_links_are_not_the_body() -> None:
    # A page's tool bar over the story, each button flattened with its script link glued
    # to its label, and a link to more (Japanese: "details here") beside it.
    bar = (
        "Savejavascript:void(0)\n"
        "Ajavascript:void(0)javascript:void(0)\n"
        "\u8a73\u3057\u304f\u306f\u3053\u3061\u3089\n"
    )
    text = _HERALD_HEAD + "By Jo Roe\nMarch 3, 2024\n" + _BODY + bar + _BODY.upper() + _FOOTER
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == (*_BODY.splitlines(), *_BODY.upper().splitlines())
    furniture = {
        text[s.start : s.end]: rule
        for s, rule in zip(article.spans["furniture"], article.rules["furniture"], strict=True)
    }
    assert [furniture.get(line) for line in bar.splitlines()] == [
        "furniture.tools",
        "furniture.tools",
        "furniture.navigation",
    ]


def test_a_long_comment_thread_under_the_article_is_not_the_article() -> None:
    # Under the article, a comment count and the head of the comments, then a thread
    # longer than the article: names, times, comments, ratings.
    thread = "".join(
        f"reader{i}\n{i} days ago at 07:5{i} am\n"
        f"I think the town should have built the bridge years ago, and I will walk it "
        f"every morning with the dog now that it is open, whatever the weather does.\n"
        f"It is a good use of the county grant, and the lights on it look fine at night.\n"
        f"Rating: {30 - i} Votes\n"
        for i in range(1, 8)
    )
    text = _under_the_body("[ 7 comments ]\nTop Rated Comments\n" + thread)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())
    # The head alone, with no count over it, ends the article too.
    text = text.replace("[ 7 comments ]\n", "")
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("head", ["Latest Comments", "Readers' Comments", "Top Rated Comments"])
def test_a_comment_head_over_no_thread_does_not_end_the_article(head: str) -> None:
    # A widget's label or a column's subheading over letters: no comment's stamp or
    # button under it, so the story goes on.
    rest = (
        "Mary wrote that the bridge should have been built ten years ago for the school.\n"
        "Tom wrote that the county grant would have been better spent on the old ferry.\n"
        "The mayor said she had read every letter and would answer them at the meeting.\n"
    )
    text = _HERALD_HEAD + "By Jo Roe\nMarch 3, 2024\n" + _BODY + head + "\n" + rest + _FOOTER
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[: len(_BODY.splitlines())] == tuple(_BODY.splitlines())
    assert article.paragraphs[-len(rest.splitlines()) :] == tuple(rest.splitlines())


def test_the_headlines_a_box_label_heads_over_the_lead_are_not_the_body() -> None:
    # A box of the most read stories between the date and the lead: headlines.
    box = (
        "Most Popular\n"
        "Harbour council delays vote on the new ferry timetable until spring\n"
        "Storm closes the coast road for a second night\n"
        "Tide tables are wrong this month: here is what to use instead\n"
        "Fishing fleet returns early after the catch falls again\n"
    )
    text = _HERALD_HEAD + "By Jo Roe\nMarch 3, 2024\n" + box + _BODY + _FOOTER
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("headlines", "kept"),
    [
        # Two headlines, then a short paragraph: only the headlines are the box's.
        (
            (
                "Storm closes the coast road for a second night\n"
                "Fishing fleet returns early after the catch falls again\n"
            ),
            "The mayor cut the ribbon at noon.",
        ),
        # A single headline heads no box of links.
        ("Storm closes the coast road for a second night\n", "The mayor cut the ribbon at noon."),
        # A subheading, a short paragraph, a subheading: the paragraph ends the box.
        (
            "What happens next for the ferry\n",
            (
                "The company will meet the council on Friday to talk about the timetable.\n"
                "Why the evening boat matters to the island"
            ),
        ),
    ],
)
def test_a_short_paragraph_under_a_box_label_stays_the_article(headlines: str, kept: str) -> None:
    box = "Latest\n" + headlines + kept + "\n"
    text = _HERALD_HEAD + "By Jo Roe\nMarch 3, 2024\n" + _BODY + box + _BODY.upper() + _FOOTER
    article = newsparse.parse(text)
    check_article(text, article)
    assert set(kept.splitlines()) <= set(article.paragraphs)
    assert article.paragraphs[-3:] == tuple(_BODY.upper().splitlines())
    if headlines.count("\n") >= 2:  # a box of two headlines or more: they are its links
        assert not set(headlines.splitlines()) & set(article.paragraphs)


# A paragraph that announces a list of picks.
_PICKS_LEAD = (
    "Here are the picks that the owner of the harbour shop chose for our readers this week, "
    "each with its link:"
)


def test_a_long_numbered_list_the_last_paragraph_announces_is_the_article() -> None:
    # Sixteen numbered picks, each with its link: longer than any stretch of short
    # lines read without numbers, and the links are the items' own. The comment form
    # under them ends the article.
    picks = "".join(
        f"{n}) Harbour model kit number {n} with paint and brushes\nhttp://shop.example/p{n}\n"
        for n in range(1, 17)
    )
    text = _under_the_body(
        _PICKS_LEAD
        + "\n"
        + picks
        + "Leave a Reply Cancel reply\nYou must be logged in to post a comment.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == (
        *_BODY.splitlines(),
        _PICKS_LEAD,
        *picks.splitlines(),
    )


def test_a_numbered_list_stops_where_its_numbers_stop() -> None:
    # Items 1 to 3, then a line that is no item 4: the list ends with item 3's link.
    picks = "".join(
        f"{n}) Harbour model kit number {n}\nhttp://shop.example/p{n}\n" for n in (1, 2, 3)
    )
    text = _under_the_body(
        _PICKS_LEAD + "\n" + picks + "5) Harbour model kit number 5\nShop news\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-6:] == tuple(picks.splitlines())


def test_a_long_table_of_one_cell_a_line_inside_the_article_keeps_the_paragraphs_around_it() -> (
    None
):
    # A paragraph announces a table the flattening left one cell a line (figures
    # repeat); the article goes on under it. The paragraphs above it were lost.
    cells = "".join(
        f"{name}\n{a}Kb\n{b}Kb\n+{pct}%\n"
        for name, a, b, pct in (
            ("Harbour", 57, 59, 4), ("Ferry", 46, 57, 24), ("Bridge", 276, 295, 7),
            ("Library", 57, 59, 4), ("Market", 87, 76, 3), ("School", 205, 223, 9),
            ("Total", 728, 769, 6),
        )
    )  # fmt: skip
    lead = (
        "The council published the yearly figures for each of its buildings on Monday, and "
        "the table below gives the size of each report in both years:"
    )
    text = _under_the_body(
        lead + "\nBuilding\nlast year\nthis year\nchange\n" + cells + _BODY.upper()
    )
    article = newsparse.parse(text)
    check_article(text, article)
    paragraphs = article.paragraphs
    assert paragraphs[:4] == (*_BODY.splitlines(), lead)
    assert paragraphs[-3:] == tuple(_BODY.upper().splitlines())
    assert "+24%" in paragraphs


@pytest.mark.parametrize("opening", ["Jo is", "Roe is"])
def test_a_note_under_the_authors_name_that_opens_with_one_of_her_names_is_not_the_body(
    opening: str,
) -> None:
    note = f"{opening} a freelance harbour reporter who has covered the coast since 1995."
    text = _under_the_body("Jo Roe\n" + note + "\nYou might also like:\n")
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())
    notes = [
        text[s.start : s.end]
        for s, rule in zip(article.spans["furniture"], article.rules["furniture"], strict=True)
        if rule == "webpage.author-note"
    ]
    assert notes == ["Jo Roe\n" + note]
    # The byline her name alone, which the page repeats over the note: the name's line
    # is no paragraph, and the note goes alone.
    text = text.replace("By Jo Roe\n", "Jo Roe\n")
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())
    assert note not in article.paragraphs


@pytest.mark.parametrize("credit", ["", "Jo Roe\n"])
def test_a_last_paragraph_that_opens_with_the_authors_given_name_alone_stays(credit: str) -> None:
    # A paragraph about someone named like her, with no name line above it, or under
    # her name as a photo's credit: it says nothing of her work.
    last = "Jo has now raised more than four thousand pounds for the hospice, she said."
    text = _HERALD_HEAD + "By Jo Roe\nMarch 3, 2024\n" + _BODY + credit + last + "\n" + _FOOTER
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == last


@pytest.mark.parametrize(
    "widget",
    [
        # A calendar: whole numbers alone are days, no table's figures.
        "August 2024\n" + "".join(f"{d}\n" for d in range(1, 32)),
        # Counts of followers: figures with no label among them.
        "12K\n4,500\n1.2M\n",
    ],
)
def test_figures_that_are_no_table_are_not_kept_under_a_colon(widget: str) -> None:
    lead = (
        "The council published the list of events happening in the valley this month, day by day:"
    )
    text = _under_the_body(lead + "\n" + widget + _BODY.upper())
    article = newsparse.parse(text)
    check_article(text, article)
    assert not set(widget.splitlines()) & set(article.paragraphs)


def test_headlines_cut_off_for_links_under_a_sign_up_box_do_not_carry_the_article_on() -> None:
    teasers = "".join(
        f"The harbour council has agreed a plan for the {w} after a long and bitter debate …\n"
        for w in ("ferry", "old pier", "fish market", "lighthouse", "tram line")
    )
    text = _under_the_body(
        "Subscribe to the Morning Review newsletter\n"
        "Get the day's top headlines delivered to your inbox every morning.\n"
        "You have been successfully subscribed!\n" + teasers
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())


def test_an_email_box_under_the_article_that_repeats_the_h1_and_the_lead_is_not_the_body() -> None:
    # The title gives one headline, the <h1> another; under the article, an e-mail
    # box names what it sends: the <h1> and the first paragraph's opening (here all
    # of it).
    h1 = "Footbridge over the river opens to walkers. Cyclists must wait."
    lead = _BODY.splitlines()[0]
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + h1
        + "\nBy Jo Roe\nMarch 3, 2024\n"
        + _BODY
        + "Close\n"
        + h1
        + "\n"
        + lead
        + "\nFrom\nTo\nSEND\n"
        + _FOOTER
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())


def test_an_article_that_ends_on_its_standfirst_keeps_it() -> None:
    # The closing line repeats the standfirst above the body: with no quote of the lead
    # under it, it is the article's.
    standfirst = "The town's first new crossing in fifty years cost less than planned"
    text = (
        _HERALD_HEAD
        + standfirst
        + "\nBy Jo Roe\nMarch 3, 2024\n"
        + _BODY
        + "So, in the end:\n"
        + standfirst
        + "\n"
        + _FOOTER
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == standfirst


def test_a_story_that_trails_off_under_a_sign_up_box_goes_on() -> None:
    # Quoted lines that trail off are the story's, not headlines cut off for links.
    rest = (
        'She answered the council in a short letter: "I just do not know what we will do ...\n'
        '"If they close the pier, where do the boats go? Nobody seems to care about us ...\n'
        '"We will keep fighting at every meeting of the council until the spring ...\n'
        "The council will give its answer to the harbour board before the end of the month.\n"
    )
    text = _under_the_body(
        "Subscribe to the Morning Review newsletter\n"
        "Get the day's top headlines delivered to your inbox every morning.\n"
        "Sign up\n" + rest
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == rest.splitlines()[-1]


def test_the_run_right_under_the_headline_wins_over_a_heavier_box_of_teasers_above_it() -> None:
    # A box of teasers above the headline (each a headline run into its blurb) weighs
    # more than the short story under the headline.
    teasers = "".join(
        f"Harbour Cats Edge Rivals In Game {i} The home side needed two extra periods "
        f"to win in front of a full stand on a cold night at the old ground.\n"
        for i in range(1, 5)
    )
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "Latest Sports\n"
        + teasers
        + "Footbridge opens to walkers\nBy Jo Roe\nMarch 3, 2024\n"
        + _BODY
        + _FOOTER
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("label", ["publiziert", "ver\u00f6ffentlicht"])
def test_a_german_byline_with_a_publication_label_before_its_date(label: str) -> None:
    text = (
        "Neue Br\u00fccke f\u00fcr Fu\u00dfg\u00e4nger | Der Talbote\nStartseite\nNachrichten\n"
        "Sport\nNeue Br\u00fccke f\u00fcr Fu\u00dfg\u00e4nger\n"
        f"Von Moritz Bachmann {label} am 30. Juli 2018\n"
        "Die neue Fu\u00dfg\u00e4ngerbr\u00fccke \u00fcber den Fluss wurde am Samstag "
        "nach einem Jahr Bauzeit f\u00fcr die \u00d6ffentlichkeit freigegeben.\n"
        "Sie wurde von der Stadt und mit einem Zuschuss des Landkreises bezahlt, sagte die "
        "B\u00fcrgermeisterin.\n"
        "Radfahrer d\u00fcrfen die Br\u00fccke erst ab dem n\u00e4chsten Monat benutzen, wie die "
        "Stadt mitteilte.\n"
        "Impressum\nDatenschutz\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == ("Moritz Bachmann",)
    assert article.date is not None
    assert article.date.date() == dt.date(2018, 7, 30)


def test_an_article_under_its_byline_wins_over_a_short_run_under_the_title_repeated_below() -> None:
    # No <h1> at the top: the headline's line is found in a share box under the article,
    # with two related blurbs under it. The article, under its byline and date, wins.
    body = (
        "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        "It was paid for by the town and by a grant from the county, the mayor said on Friday.\n"
        "Cyclists will be allowed to use it from the start of next month, the council said.\n"
        "The old ferry that crossed at the same place will stop running at the end of May.\n"
        "A group of residents asked the council to keep the ferry for the summer visitors.\n"
    )
    blurbs = (
        "Walkers welcome the new bridge after a long wait, the river group said on Sunday.\n"
        "Council to vote on the harbour wall plan next month after a long public debate.\n"
    )
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "By Jo Roe\nMarch 3, 2024\n"
        + body
        + "Share\nFacebook\nEmail\nFootbridge opens to walkers\n"
        + blurbs
        + _FOOTER
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[: len(body.splitlines())] == tuple(body.splitlines())


@pytest.mark.parametrize(
    "h1",
    ["The ferry doesn\u2019t run on Sundays any more", "The \u201cfast ferry\u201d runs no more"],
)
def test_the_h1_is_found_when_the_title_writes_its_quotation_marks_plainly(h1: str) -> None:
    # The title writes "doesn't" and '"fast ferry"' (and a stop); the <h1> curls them.
    title = h1.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"') + "."
    text = title + "\n" + _MENU + h1 + "\nBy Jo Roe\nMarch 3, 2024\n" + _BODY + _FOOTER
    infos = list(classify_lines(text, split_lines(text)))
    assert WebpageFormat()._find_h1(infos, title, title) == text.splitlines().index(h1)


def test_an_embedded_posts_short_lines_over_its_signature_are_its_text() -> None:
    post = "on. the. new. bridge.\nwalkers.\nwe. made. it. https://t.co/AbCd1234\n"
    signature = "\u2014 Coast Council (@coastcouncil) March 3, 2024\n"
    text = _under_the_body(post + signature + _BODY.upper())
    article = newsparse.parse(text)
    check_article(text, article)
    paragraphs = article.paragraphs
    assert set(post.splitlines()) <= set(paragraphs)
    assert paragraphs[:3] == tuple(_BODY.splitlines())
    assert paragraphs[-3:] == tuple(_BODY.upper().splitlines())


def test_no_thread_head_is_longer_than_the_length_tried() -> None:
    # The longest line each branch of the thread heads' pattern matches.
    for head in ("Most Recommended Comments", "[ 999999 comments ]", "Readers\u2019 Comments"):
        assert _THREAD_HEAD_RE.fullmatch(head) is not None
        assert len(head) <= _LONGEST_THREAD_HEAD
    assert _THREAD_HEAD_RE.fullmatch("Most Recommended Comments!") is None


def test_a_page_with_no_run_of_prose_says_so_in_a_note() -> None:
    # A page of short lines only: no body is invented, and a note says why it is empty.
    text = (
        "Committee meetings | The Valley Herald\n" + _MENU + "Committee meetings\n"
        "Tuesday, 14 October 2025 at 9:00 AM (at the town hall)\n"
        "Monday, 26 January 2026 at 9:00 AM (at the library)\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.paragraphs == ()
    assert [n.code for n in a.notes] == ["body.missing"]


def test_an_embedded_posts_report_button_does_not_end_the_article() -> None:
    # Each embedded post leaves its credit, a handle, and its ``Report`` button: more
    # than a run of prose carries across, but no head of the readers' comments.
    posts = "Image copyright @valleycouncil @valleycouncil\nReport\n" * 4
    rest = (
        "Cyclists will be allowed to use it from the start of next month, the council said.\n"
        "The old crossing, a ferry that ran for ninety years, will stop at the end of June.\n"
        "Shops on both banks expect more trade now that the two sides are joined again.\n"
    )
    text = _inset_page(posts, rest)
    a = newsparse.parse(text)
    check_article(text, a)
    lines = _BODY.splitlines()
    assert a.paragraphs == (lines[0], *rest.splitlines(), *lines[1:])
    assert a.rules["furniture"].count("furniture.embed") == 4
    assert "furniture.comments" not in a.rules["furniture"]


def test_a_long_posted_by_line_with_its_date_opens_the_article() -> None:
    # The byline and its stamp run past a date line's length; it still parts the
    # article from the sidebar's summaries above the headline.
    sidebar = (
        "The harbour board met again on Friday and delayed its vote on the new pier.\n"
        "Ferry fares will rise in spring after the council approved the budget.\n"
        "The coast road reopened on Sunday after two nights of storms closed it.\n"
    )
    byline = "Posted by Jane Quill Doe on March 3, 2021, 7:15 AM EST \u00b7 Valley desk"
    text = (
        "Footbridge opens | The Valley Herald\n"
        + _MENU
        + sidebar
        + "Footbridge opens\n"
        + byline
        + "\n"
        + _LONG_BODY
        + "Share\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(byline) > 60
    assert a.byline is not None
    assert a.byline.authors == ("Jane Quill Doe",)
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())


def test_kickers_and_headlines_under_a_box_label_are_its_links() -> None:
    # A box of the most read stories inside the article: each headline under a kicker
    # in capitals, a one-word tag over one of them.
    box = (
        "Most read in local news\n"
        "TIDE TURNS\n"
        "Harbour council delays the vote on the new ferry timetable until the spring\n"
        "\u2018ROAD CLOSED\u2019\n"
        "Storm closes the coast road for a second night as the river rises again\n"
        "Video\n"
        "FLEET HOME\n"
        "Fishing fleet returns early to the harbour after the catch falls for a third year\n"
        "SCHOOL OUT\n"
        "Parents say the new school bus route is too long for the youngest of the children\n"
    )
    rest = (
        "Walkers queued from dawn to be the first to cross it, she said.\n"
        "The mayor said the town had waited for the bridge for far too long.\n"
    )
    text = _inset_page(box, rest)
    a = newsparse.parse(text)
    check_article(text, a)
    lines = _BODY.splitlines()
    assert a.paragraphs == (lines[0], *rest.splitlines(), *lines[1:])
    assert a.rules["furniture"].count("furniture.related") == 10


def test_capital_subheadings_over_sentences_under_a_box_label_stay() -> None:
    # Under the label, a subheading in capitals over a sentence is the story's own.
    rest = (
        "WHAT HAPPENS NEXT\n"
        "The council will meet on Friday to set the tolls for the bridge.\n"
        "WHO PAYS\n"
        "The county grant covers the deck and the town pays for the lights.\n"
        "WHEN IT OPENS\n"
        "The first walkers may cross at nine on Saturday morning, the mayor said.\n"
    )
    text = _inset_page("Most read\n", rest)
    a = newsparse.parse(text)
    check_article(text, a)
    assert "The council will meet on Friday to set the tolls for the bridge." in a.paragraphs
    assert "The county grant covers the deck and the town pays for the lights." in a.paragraphs


def test_a_name_and_handle_under_the_standfirst_sign_the_article() -> None:
    standfirst = "The town's first bridge in a century opened to walkers after a year of work."
    text = (
        "Footbridge opens | The Valley Herald\n"
        + _MENU
        + "Footbridge opens\n"
        + standfirst
        + "\nJane Doe @janedoe\n"
        + _LONG_BODY
        + "Share\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary == standfirst
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())


def test_a_posts_name_and_handle_inside_the_body_stay_where_they_are() -> None:
    # An embedded post's card between two paragraphs signs nothing.
    text = _inset_page("Valley Council @valleycouncil\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.paragraphs[0] == _BODY.splitlines()[0]
    assert a.paragraphs[-2:] == tuple(_BODY.splitlines()[1:])


def test_a_commenters_handle_over_reply_leaves_the_comments_where_they_are() -> None:
    comments = (
        "Comments\n"
        "Jo Bright @jobright\nReply\n"
        "What a lovely bridge, we walked over it twice on Sunday with the dog.\n"
        "Sam Ortiz @samortiz\nReply\n"
        "The old ferry was better and cheaper, whatever the council says about it.\n"
    )
    text = _FOOTBRIDGE_HEAD + _LONG_BODY + comments + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())


@pytest.mark.parametrize(
    "signature",
    [
        # A letter's signature with its date but no time is no byline of the page.
        "By Margaret Hill, chair of the Riverside Residents Group, 12 August 2023",
        "Written by Council Leader Tom Reid on 2 May 2023 and read out at the meeting",
    ],
)
def test_a_long_signature_with_a_date_inside_the_body_parts_nothing(signature: str) -> None:
    lines = _LONG_BODY.splitlines(keepends=True)
    text = _FOOTBRIDGE_HEAD + lines[0] + signature + "\n" + "".join(lines[1:]) + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[0] == lines[0].strip()
    assert a.paragraphs[-4:] == tuple(ln.strip() for ln in lines[1:])
    assert a.date == dt.datetime(2023, 8, 14)


def test_players_in_capitals_under_a_link_in_the_text_stay_the_article() -> None:
    # ``Read more: Title`` is a link, not a box's label: the ratings under it are the
    # story's.
    ratings = (
        "Read more: Rovers sign young keeper on a three-year deal\n"
        "TOM REID\n"
        "Solid all afternoon and made two fine saves in the second half\n"
        "SAM ORTIZ\n"
        "Won every header in the box and never looked troubled by the pace\n"
        "JO BRIGHT\n"
        "Ran the midfield and set up the winner with a long pass over the top\n"
    )
    text = _inset_page(ratings)
    a = newsparse.parse(text)
    check_article(text, a)
    assert "Solid all afternoon and made two fine saves in the second half" in a.paragraphs


def test_a_short_lead_in_under_the_last_paragraph_keeps_its_long_list() -> None:
    # Thirty-five dates under ``Tour dates:``, up to the share bar: longer than any
    # stretch kept without a lead-in, and the page's chrome says where it ends.
    dates = "".join(
        f"June {day} -- Riverside Hall number {day}, Valley Town\n" for day in range(1, 36)
    )
    text = (
        _FOOTBRIDGE_HEAD
        + _LONG_BODY
        + "The footbridge's opening dates:\n"
        + dates
        + "Share\nFacebook\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (
        *_LONG_BODY.splitlines(),
        "The footbridge's opening dates:",
        *dates.splitlines(),
    )
    # A box of the site's under the article tells nothing of the story.
    box = text.replace("The footbridge's opening dates:", "Upcoming events:")
    a = newsparse.parse(box)
    check_article(box, a)
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())


# A story about a tour down to its last paragraph, over what each test sets under it.
_TOUR_PAGE_HEAD = (
    "Band sets summer tour | The Valley Herald\n" + _MENU + "Band sets summer tour\n"
    "By Jane Doe\n14 August 2023\n" + _LONG_BODY
)
_SCHEDULE = (
    "June 9 \u2013 Valley Town, NY @ Riverside Hall\n"
    "June 12 \u2013 Harbour City, MA @ The Old Corn Exchange\n"
    "Fri., June 14 \u2013 Hill Town, VT @ Mill Street Theatre\n"
    "June 20 \u2013 Lake View, OH @ Pier Pavilion\n"
)


@pytest.mark.parametrize(
    ("heading", "under"),
    [
        ("The Band's Summer Tour Dates", "Additional reporting by Sam Roe\nShare\n"),
        ("The Band's Summer Tour Dates", "Share\n"),
        # A colon, and the venues after ``@`` that a lead-in's list may not hold.
        ("The Band's Summer Tour Dates:", "Share\n"),
        # Another box right under the entries is not the schedule's.
        ("The Band's Summer Tour Dates", "More summer news\nJune 3 \u2013 Fair called off\n"),
    ],
)
def test_a_heading_that_names_a_schedule_keeps_its_entries(heading: str, under: str) -> None:
    # ``Tour Dates`` over entries that each open with a day: the story's schedule, up
    # to its last entry, whatever follows it.
    text = _TOUR_PAGE_HEAD + f"{heading}\n" + _SCHEDULE + under + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_LONG_BODY.splitlines(), heading, *_SCHEDULE.splitlines())


@pytest.mark.parametrize(
    "box",
    [
        # Headlines with figures, none opening with a day.
        (
            "More on the summer tour\nBand adds 12 dates to its summer tour\n"
            "Singer, 64, says the tour will be the last\nTour tickets sell out in 9 minutes\n"
        ),
        # Two entries are no schedule.
        (
            "The Band's Summer Tour Dates\nJune 9 \u2013 Valley Town, NY @ Riverside Hall\n"
            "June 12 \u2013 Harbour City, MA @ The Old Corn Exchange\n"
        ),
        # Entries with a handle: posts, not a schedule.
        "The Band's Summer Tour Dates\n"
        + _SCHEDULE.replace("@ ", "@").replace("Riverside Hall", "riversidehall"),
        # About another story; a box of the site's that names no schedule.
        "Upcoming Concerts\n" + _SCHEDULE,
        "More Summer Tour News\n" + _SCHEDULE,
    ],
)
def test_a_heading_with_no_colon_over_no_schedule_of_the_story_is_not_kept(box: str) -> None:
    text = _TOUR_PAGE_HEAD + box + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())


_MEETINGS = (
    "Tuesday, March 3, 2026 at 9:00 AM (at the Town Hall, 12 Quay Street, 2nd Fl) **By phone\n"
    "Monday, June 8, 2026 at 9:00 AM (at the Town Hall, 12 Quay Street, 2nd Fl)\n"
    "Tuesday, October 6, 2026 at 2:30 PM (at the Harbour Library, Mill Lane)\n"
)
_MEETINGS_NOTE = "** To get the number to call in, please call (555) 010 - 2030\n"
_MEETINGS_FOOT = "Receive updates by email\nSUBMIT\nContact\n" + _FOOTER


def _meetings_page(headline: str, under_h1: str) -> str:
    return f"{headline} | The Valley Herald\n" + _MENU + f"{headline}\n" + under_h1 + _MEETINGS_FOOT


@pytest.mark.parametrize(
    ("heading", "note"),
    [
        ("PLANNING COMMITTEE (Location as listed below)\n", ""),
        ("PLANNING COMMITTEE (Location as listed below)\n", _MEETINGS_NOTE),
    ],
)
def test_a_page_of_no_prose_whose_headline_names_a_schedule(heading: str, note: str) -> None:
    # No run of prose: the entries under the <h1> that open with a day (and the heading
    # over them, and a footnote their asterisk points to) are the body.
    text = _meetings_page("Planning Committee Meetings", heading + _MEETINGS + note)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple((heading + _MEETINGS + note).splitlines())
    assert a.headline == "Planning Committee Meetings"
    assert a.date is None  # a meeting's day is no date of the page
    assert not any(n.code == "body.missing" for n in a.notes)


@pytest.mark.parametrize(
    ("headline", "under_h1"),
    [
        # The headline names no schedule.
        ("Planning Committee Members", "PLANNING COMMITTEE\n" + _MEETINGS),
        # Two entries are no schedule.
        (
            "Planning Committee Meetings",
            "PLANNING COMMITTEE\n" + "".join(_MEETINGS.splitlines(True)[:2]),
        ),
        # Two lines between the <h1> and the entries.
        (
            "Planning Committee Meetings",
            "PLANNING COMMITTEE\nLocation as listed below\n" + _MEETINGS,
        ),
        # No heading, or one that tells of nothing the headline is about.
        ("Planning Committee Meetings", _MEETINGS),
        ("Planning Committee Meetings", "Page not found\n" + _MEETINGS),
        ("Planning Committee Meetings", "August 14, 2026 at 10:00 am\n" + _MEETINGS),
        # A headline that names a schedule in passing.
        ("Meetings of the planning committee will move", "PLANNING COMMITTEE\n" + _MEETINGS),
        # Four entries and no heading: the first, which names the committee, is none.
        (
            "Planning Committee Meetings",
            _MEETINGS.replace("(at the", "(Planning Committee, at the")
            + _MEETINGS.splitlines(True)[1],
        ),
        # A heading of the page's furniture.
        ("Planning Committee Meetings", "Planning Committee Newsletter\n" + _MEETINGS),
        # A headline of nine words names no schedule.
        (
            "The Valley Town Council Planning And Licensing Committee Meetings",
            "PLANNING COMMITTEE\n" + _MEETINGS,
        ),
        # A run of entries too long to say where it ends.
        ("Planning Committee Meetings", "PLANNING COMMITTEE\n" + _MEETINGS * 101),
    ],
)
def test_a_page_of_no_prose_without_a_schedule_has_no_body(headline: str, under_h1: str) -> None:
    text = _meetings_page(headline, under_h1)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == ()
    assert any(n.code == "body.missing" for n in a.notes)


_MEETINGS_LEAD = (
    "AUDIT COMMITTEE (at the Town Hall, 12 Quay Street, between Mill Lane and the harbour.)\n"
)


_PLAIN_MEETINGS = _MEETINGS.replace(" **By phone", "")


@pytest.mark.parametrize(
    ("headline", "entries", "note", "kept"),
    [
        ("Audit Committee Meetings", _MEETINGS, _MEETINGS_NOTE, True),
        ("Audit Committee Meetings", _MEETINGS, "", False),
        # A line that opens with an asterisk, and no entry holds one: no footnote of theirs.
        ("Audit Committee Meetings", _PLAIN_MEETINGS, _MEETINGS_NOTE, False),
        # Nor as many: a box's label.
        ("Audit Committee Meetings", _MEETINGS, "*Most read: Ferry fares to rise\n", False),
        # A time's colon is no label's.
        ("Audit Committee Meetings", _MEETINGS, "** Doors open at 8:30 AM for the public\n", True),
        # Not as many, though no label.
        ("Audit Committee Meetings", _MEETINGS, "*To dial in, call (555) 010 - 2030\n", False),
        # Furniture after the asterisks, or nothing.
        ("Audit Committee Meetings", _MEETINGS, "** Share\n", False),
        ("Audit Committee Meetings", _MEETINGS, "**\n", False),
        # As many, but a box's label all the same.
        (
            "Audit Committee Meetings",
            _MEETINGS.replace("**By phone", "*By phone"),
            "*Most read: Ferry fares to rise\n",
            False,
        ),
    ],
)
def test_a_schedule_under_the_last_paragraph_when_the_headline_names_one(
    headline: str, entries: str, note: str, kept: bool
) -> None:
    text = _meetings_page(headline, _MEETINGS_LEAD + entries + note)
    a = newsparse.parse(text)
    check_article(text, a)
    noted = [note.strip()] if kept else []
    assert a.paragraphs == (_MEETINGS_LEAD.strip(), *entries.splitlines(), *noted)


_LATER_MEETINGS = (
    "Wednesday, September 30, 2026 at 9:00 AM - Town Hall\n"
    "Wednesday, October 28, 2026 at 9:00 AM - Town Hall\n"
    "Wednesday, November 25, 2026 at 9:00 AM - Town Hall\n"
)


@pytest.mark.parametrize(
    ("meetings", "teasers"),
    [
        (
            _MEETINGS,
            (
                "Feb 14, 2026 - Council meetings to stream online\n"
                "Feb 13, 2026 - Footbridge opens to walkers\nFeb 12, 2026 - Ferry fares to rise\n"
            ),
        ),
        # Dates written out in full, weekday and all, run past the day's reach.
        (
            _LATER_MEETINGS,
            (
                "Saturday, February 14, 2026 - Council meetings to stream online\n"
                "Friday, February 13, 2026 - Footbridge opens to walkers\n"
            ),
        ),
    ],
)
def test_teasers_of_the_pages_day_under_its_schedule_are_not_entries(
    meetings: str, teasers: str
) -> None:
    # The meetings to come, then the site's teasers of the page's day and before.
    lead = _MEETINGS_LEAD.strip()
    text = _meetings_page(
        "Audit Committee Meetings",
        "By Jane Doe\n14 February 2026\n" + lead + "\n" + meetings + teasers,
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (lead, *meetings.splitlines())
    assert a.date is not None
    assert a.date.date() == dt.date(2026, 2, 14)


@pytest.mark.parametrize(
    "headline",
    [
        "Audit Committee",
        "Senate hearings on the harbour bank collapse begin",
        "School board approves new meetings",
    ],
)
def test_dated_lines_under_the_last_paragraph_are_not_kept_for_a_headline_of_no_schedule(
    headline: str,
) -> None:
    text = _meetings_page(headline, _MEETINGS_LEAD + _MEETINGS + _MEETINGS_NOTE)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (_MEETINGS_LEAD.strip(),)


_LEAD = "The council voted on Tuesday to close the old swimming baths at the end of the year."
# The page's title and its menu over the tests' pages about the baths.
_BATHS_HEAD = "Baths to close | The Valley Herald\n" + _MENU


def _credited_page(credit: str, under: str, *, byline: str = "By Jane Doe") -> str:
    return (
        _BATHS_HEAD + f"Baths to close\n{byline}\n"
        f"14 August 2023\n{_LEAD}\n{credit}\n{under}" + _FOOTER
    )


def _rule_of(a: newsparse.Article, text: str, line: str) -> str:
    """The furniture rule of ``line``, a whole line of ``text``."""
    start = text.index(line + "\n")
    return a.rules["furniture"][
        a.spans["furniture"].index(newsparse.Span(start, start + len(line)))
    ]


_BATHS = (
    (
        "The council voted on Tuesday night to close the old swimming baths on Mill Street at "
        "the end of the year, after a report found the roof could not be mended for less."
    ),
    (
        "Swimmers who have used the baths for decades packed the public gallery and booed as "
        "the vote was read out, and several said they would take the matter to the county."
    ),
    (
        "A new leisure centre on the edge of town is due to open in the spring of next year, "
        "the council said, with a pool half as long again as the old one."
    ),
    (
        "Campaigners said they would ask the county to list the building so that it could not "
        "be pulled down, and that a trust could run it for the town."
    ),
    (
        "The baths were built in 1911 and still have the original tiles and the wooden "
        "changing cubicles, the last of their kind in the county."
    ),
    (
        "The council's leader said the decision had not been taken lightly, but that the town "
        "could not afford to pay for two pools at once."
    ),
)
_BATHS_LINES = (
    _BATHS[0],
    _BATHS[1],
    "What the new centre will hold",
    "A learner pool for the schools",
    "A gym and two studios",
    "A cafe with a view of the pool",
    "Parking for ninety cars",
    "A sauna and a steam room",
    "Changing rooms for families",
    _BATHS[2],
    "What happens to the building",
    *_BATHS[3:],
)


def _metadata(copy: str) -> str:
    # A page's metadata flattened: the title, the writer, stamps, an image, the body.
    return (
        "Baths to close at the end of the year\n" * 3
        + "Jane Doe\nBaths,Swimming,Council\n2023-08-14T10:00:00+01:00\n"
        + "https://herald.example/img/baths.jpg\n500\n250\nValleyHerald\n"
        + copy
        + "\n"
    )


def test_the_articles_lines_run_together_in_the_metadata_are_a_copy() -> None:
    # The copy holds every word of the article on one line, its subheadings and list
    # too, and outweighed the article, whose short lines weigh little.
    share = "facebook\nlinkedin\ntwitter\nemail\n"
    copy = " ".join(_BATHS_LINES)
    text = (
        _BATHS_HEAD + "Baths to close at the end of the year\n"
        "Jane Doe, The Valley Herald\n14.08.2023, 10:00\n"
        + share
        + "".join(f"{ln}\n" for ln in _BATHS_LINES)
        + share
        + _metadata(copy) * 2
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == _BATHS_LINES
    assert a.rules["furniture"].count("webpage.body-copy") == 2


def test_a_copy_may_leave_out_a_caption_among_the_paragraphs() -> None:
    # The page sets a photo's caption between two paragraphs; the copy has none.
    lines = list(_BATHS_LINES)
    lines.insert(1, "The baths on Mill Street in 1950. Photo: Jo Roe/Valley Archive")
    copy = " ".join(_BATHS_LINES)
    text = (
        _BATHS_HEAD
        + "Baths to close at the end of the year\nBy Jane Doe\n14.08.2023\n"
        + "".join(f"{ln}\n" for ln in lines)
        + _metadata(copy) * 2
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.rules["furniture"].count("webpage.body-copy") == 2
    assert all(len(p) < len(copy) for p in a.paragraphs)


def test_a_long_paragraph_that_quotes_a_line_of_the_page_is_no_copy() -> None:
    # It opens with a line of the page, but goes on with no paragraph of it.
    quote = "We will fight this all the way to the county"
    long = f"{quote} was the campaigners' answer on the night. " + " ".join(
        f"The campaign held meeting {n} of the summer in the church hall, and more came "
        "each time than the hall could hold."
        for n in range(1, 12)
    )
    text = (
        _BATHS_HEAD + "Baths to close\nBy Jane Doe\n"
        "14 August 2023\n"
        + "".join(f"{p}\n" for p in _BATHS[:3])
        + f"{quote}\n{long}\n"
        + "".join(f"{p}\n" for p in _BATHS[3:])
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert long in a.paragraphs
    assert "webpage.body-copy" not in a.rules["furniture"]


def test_a_long_paragraph_that_opens_with_three_lines_of_the_page_is_no_copy() -> None:
    # A live blog's entry repeats the last three and goes on with an update of its
    # own: little of it is the page's lines.
    update = " ".join(
        f"Update {n}: the county has asked the council for its report on the roof, "
        "and a decision on the listing is expected within the month."
        for n in range(1, 9)
    )
    repeat = " ".join(_BATHS[:3]) + " " + update
    text = (
        _BATHS_HEAD + "Baths to close\nBy Jane Doe\n"
        "14 August 2023\n" + "".join(f"{p}\n" for p in _BATHS[:3]) + f"{repeat}\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert repeat in a.paragraphs
    assert "webpage.body-copy" not in a.rules["furniture"]


def test_a_copy_is_found_past_the_page_descriptions_and_among_the_paragraphs() -> None:
    # The metadata repeats the first paragraph three times (the page's descriptions)
    # before the copy, and the copy stands after the second paragraph: neither hides it.
    paragraphs = (
        *_BATHS,
        "The pool's last lifeguard, who started there in 1979, said she would miss it.",
        "Its tiles will be offered to the town museum if the building is pulled down.",
    )
    copy = " ".join(paragraphs)
    described = "".join(f"{paragraphs[0]}\n" for _ in range(3)) + f"{copy}\n"
    for text in (
        _BATHS_HEAD + described + "Baths to close\n"
        "By Jane Doe\n14 August 2023\n" + "".join(f"{p}\n" for p in paragraphs) + _FOOTER,
        _BATHS_HEAD + "Baths to close\nBy Jane Doe\n"
        "14 August 2023\n"
        + "".join(f"{p}\n" for p in paragraphs[:2])
        + f"{copy}\n"
        + "".join(f"{p}\n" for p in paragraphs[2:])
        + _FOOTER,
    ):
        a = newsparse.parse(text)
        check_article(text, a)
        assert a.paragraphs == paragraphs
        assert a.rules["furniture"].count("webpage.body-copy") == 1


def test_headlines_under_a_short_lead_in_are_no_list_of_the_article() -> None:
    box = (
        "Popular on the Herald:\n"
        "Harbour council delays the vote on the new ferry timetable\n"
        "Storm closes the coast road for a second night running\n"
        "Fishing fleet returns early after the catch falls again\n"
    )
    text = _FOOTBRIDGE_HEAD + _LONG_BODY + box + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())


def test_a_caption_its_credit_opens_with_the_copyright_sign_does_not_end_the_body() -> None:
    caption = "\u00a9 Jo Roe Walkers cross the new deck on the first morning, on May 18, 2018.\n"
    text = _inset_page(caption)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "furniture.caption" in a.rules["furniture"]
    assert a.date == dt.datetime(2023, 8, 14)


@pytest.mark.parametrize(
    "credit",
    ["\u00a9 Jo Roe", "\u00a9 Jo Roe/Instagram", "\u00a9 AFP / Jo Roe", "\u00a9 Fox News"],
)
def test_a_photo_credit_after_the_copyright_sign_between_paragraphs_does_not_end_the_body(
    credit: str,
) -> None:
    # A photo's credit alone between two paragraphs is not the site's notice: the
    # paragraphs under it, four or more, are the article's.
    text = _credited_page(credit, _LONG_BODY)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (_LEAD, *_LONG_BODY.splitlines())
    assert _rule_of(a, text, credit) == "furniture.credit"


def test_a_photo_credit_over_a_subheading_does_not_end_the_body() -> None:
    lines = _LONG_BODY.splitlines()
    under = f"{lines[0]}\nWhat happens next\n" + "".join(f"{ln}\n" for ln in lines[1:])
    text = _credited_page("\u00a9 Jo Roe", under)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (_LEAD, lines[0], "What happens next", *lines[1:])


_COMMENTS = (
    "Lovely story, I learned to swim in those baths and so did both of my children.\n"
    "The council has let that building rot for twenty years and now acts surprised.\n"
    "Does anyone know whether the new centre will have a proper diving pool at all?\n"
)
# Four lines of prose that could be the article's or not.
_TAIL = (
    "Farmers in the lower valley say the dry spring has cut their hay crop by half.\n"
    "Several have started buying feed from other counties at prices they cannot afford.\n"
    "The farming union will meet the water board next week to ask for more water.\n"
    "A decision is expected before the end of the month, the board said on Monday.\n"
)


@pytest.mark.parametrize(
    ("credit", "under"),
    [
        # Three lines of prose under it: comments, as likely as the article.
        ("\u00a9 Jo Roe", _COMMENTS),
        # The byline's writer, the site the title names: their notice.
        ("\u00a9 Jane Doe", _TAIL),
        ("\u00a9 The Valley Herald", _TAIL),
        # What the line under it says of the site's content.
        ("\u00a9 Jo Roe", "Reproduction of this page without permission is prohibited.\n" + _TAIL),
        # Not a name: the sign's own words, a company.
        ("\u00a9 Crown Copyright", _TAIL),
        ("\u00a9 The Author", _TAIL),
        ("\u00a9 Valley Media Group", _TAIL),
        ("\u00a9 Harbour Press Ltd", _TAIL),
    ],
)
def test_a_name_after_the_copyright_sign_that_may_be_the_notice_stays_the_notice(
    credit: str, under: str
) -> None:
    # Right under the lead paragraph, as a photo's credit stands, but the line or what
    # follows it reads as a notice: it stays one, and parts the two.
    text = _credited_page(credit, under)
    a = newsparse.parse(text)
    check_article(text, a)
    assert _rule_of(a, text, credit) == "furniture.copyright"
    assert _LEAD not in a.paragraphs


@pytest.mark.parametrize("byline", ["Posted by Jo Roe", "Words: Jo Roe", "Jo Roe", "BY JO ROE"])
def test_a_name_after_the_copyright_sign_that_a_byline_signs_is_the_writers_notice(
    byline: str,
) -> None:
    text = _credited_page("\u00a9 Jo Roe", _TAIL, byline=byline)
    a = newsparse.parse(text)
    check_article(text, a)
    assert _rule_of(a, text, "\u00a9 Jo Roe") == "furniture.copyright"


_ABOVE = _LONG_BODY + (
    "The bridge's lamps will be lit from dusk until midnight through the winter.\n"
    "Its opening was delayed twice by floods on the river in the spring, the builders said.\n"
    "A plaque on the east bank names the families who gave land for the path.\n"
)


def test_a_name_after_the_copyright_sign_under_a_long_article_is_its_notice() -> None:
    # Set once under more than the lead paragraph: the writer's notice under the
    # article, over what follows it (here four lines that may be comments).
    text = (
        _BATHS_HEAD + "Baths to close\nBy Jane Doe\n"
        f"14 August 2023\n{_ABOVE}\u00a9 Jo Roe\n{_TAIL}" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_ABOVE.splitlines())
    assert _rule_of(a, text, "\u00a9 Jo Roe") == "furniture.copyright"


def test_a_name_after_the_copyright_sign_under_two_paragraphs_is_their_notice() -> None:
    # Set once, it is a credit only right under the lead: under a short article it may
    # be the writer's notice over the comments.
    lead = "The council voted on Tuesday to close the old swimming baths on Mill Street.\n"
    text = _credited_page("\u00a9 Jo Roe", _TAIL).replace(f"{_LEAD}\n", f"{_LEAD}\n{lead}")
    a = newsparse.parse(text)
    check_article(text, a)
    assert _rule_of(a, text, "\u00a9 Jo Roe") == "furniture.copyright"


def test_two_photo_credits_after_the_copyright_sign_are_credits() -> None:
    # Two such lines between paragraphs are photos' credits, wherever the first stands
    # (the last has four paragraphs under it).
    above = _ABOVE.splitlines(keepends=True)
    text = (
        _BATHS_HEAD + "Baths to close\nBy Jane Doe\n"
        "14 August 2023\n"
        + "".join(above[:4])
        + "\u00a9 Jo Roe\n"
        + "".join(above[4:])
        + "\u00a9 Sam Poe/Instagram\n"
        + _TAIL
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_ABOVE.splitlines(), *_TAIL.splitlines())
    assert a.rules["furniture"].count("furniture.credit") == 2


def test_a_name_after_the_copyright_sign_over_the_footer_is_the_notice() -> None:
    # Under the last paragraph, over the footer's links, the same line is the site's.
    text = _FOOTBRIDGE_HEAD + _LONG_BODY + "\u00a9 Jo Roe\nPrivacy Policy\nContact us\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())
    assert _rule_of(a, text, "\u00a9 Jo Roe") == "furniture.copyright"


@pytest.mark.parametrize(
    "notice",
    [
        # A company (and no year) between two paragraphs, or a name in the footer.
        "\u00a9 Valley Media Group",
        "\u00a9 Harbour Press Ltd",
        "\u00a9 Valley Media Ltd, 12 Mill Lane, Valley Town",
        "\u00a9 The Valley Herald. All rights reserved. Use of this site is subject to terms.",
        # A notice about the site's content, no company named.
        "\u00a9 Jane Doe Nothing on this site may be copied without the consent of the author.",
        "\u00a9 Jo Roe Photography all content on this blog is mine and may not be copied",
    ],
)
def test_a_copyright_notice_with_no_year_still_ends_the_article(notice: str) -> None:
    text = (
        _FOOTBRIDGE_HEAD + _LONG_BODY + notice + "\n"
        "Readers said the old ferry was slow but that they would miss it all the same.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())


def test_a_short_post_over_a_blogs_long_comments_is_the_article() -> None:
    # Each comment opens with its head (name, date, time, ``said:``): the thread under
    # the post weighs as the footer does, however long its comments.
    post = (
        "Every quarter we open a thread for readers to raise questions about our work.\n"
        "Ask us anything about the bridge, the ferry or the new timetable below.\n"
    )
    comment = (
        "I walked over the new bridge on Sunday and it was far busier than I expected, "
        "with families, cyclists and dog walkers all trying to cross at once.\n"
        "Will the council add a second path for cyclists, as it promised in the plan "
        "it published last spring, or has that idea been dropped for good now?\n"
    )
    names = ("Jo Bright", "Sam Ortiz (Herald)", "Ada Brook", "Tom Reid", "Mara Quill")
    thread = "".join(
        f"{name} on September {n}, 2023 at 4:{n}0 pm said:\n" + comment
        for n, name in enumerate(names, 1)
    )
    text = (
        "Open thread | The Valley Herald\n" + _MENU + "Open thread\nBy Jane Doe\n"
        "14 August 2023\n" + post + "Comments\n" + thread + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(post.splitlines())


def test_rows_that_do_not_hold_an_about_boxs_name_are_not_read_for_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Only the rows that hold the name are read for a date or a stamp that ends it: a
    # page of many rows of numbers under an About box is not read once per row.
    calls = 0
    real = _ends_signed_name

    def counting(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(*args)

    rows = "".join(f"Ab Cd | {' '.join(['12'] * 20)} x{i}\n" for i in range(300))
    about = "About Jane Doe\nJane Doe has reported on the valley for years.\n"
    text = (
        "Footbridge opens | The Valley Herald\n"
        + _MENU
        + "Footbridge opens\n"
        + _LONG_BODY
        + about
        + rows
        + _FOOTER
    )
    monkeypatch.setattr(page_credits, "_ends_signed_name", counting)
    a = newsparse.parse(text)
    check_article(text, a)
    assert calls == 0
    # A row that holds the name is read, and signs it.
    signed = text.replace(_LONG_BODY, "Jane Doe 14/08/2023 Travel\n" + _LONG_BODY)
    a = newsparse.parse(signed)
    check_article(signed, a)
    assert calls == 1
    assert "furniture.author-box" in a.rules["furniture"]


def test_a_photos_date_in_its_caption_is_not_the_articles() -> None:
    caption = "Walkers cross the new bridge on Tuesday, Nov. 19, 2019, in Valley Town.\n"
    text = (
        "Footbridge opens | The Valley Herald\n" + _MENU + "Footbridge opens\nBy Jane Doe\n"
        "Updated 12:24 am EST, Wednesday, November 20, 2019\n"
        + caption * 2
        + "Photo: Jo Roe, AP\n"
        + _LONG_BODY
        + "Share\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())
    assert a.date is not None
    assert a.date.date() == dt.date(2019, 11, 20)


@pytest.mark.parametrize(
    "line",
    [
        "A spokesman for the works on Monday at 10:15 am said:",
        "Police on June 4, 2023 at 9:30 pm wrote:",
    ],
)
def test_a_line_like_a_comment_head_inside_the_body_ends_nothing(line: str) -> None:
    # A report's line, or a single head the story quotes: no thread.
    text = _inset_page(line + "\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[0] == _BODY.splitlines()[0]
    assert a.paragraphs[-2:] == tuple(_BODY.splitlines()[1:])


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        # A site's own box in title case heads its links.
        ("More Great Herald Stories", False),
        ("More Sport Stories", False),
    ],
)
def test_a_sites_more_stories_box_in_title_case(label: str, kept: bool) -> None:
    box = (
        label + "\n"
        "Harbour council delays the vote on the new ferry timetable\n"
        "Storm closes the coast road for a second night running\n"
        "Fishing fleet returns early after the catch falls again\n"
    )
    lines = _LONG_BODY.splitlines(keepends=True)
    text = _FOOTBRIDGE_HEAD + "".join(lines[:3]) + box + "".join(lines[3:]) + "Share\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert (label in a.paragraphs) == kept
    assert a.paragraphs == tuple(_LONG_BODY.splitlines())


@pytest.mark.parametrize("label", ["More Riverbank Stories", "More good stories"])
def test_a_more_stories_subheading_over_paragraphs_stays(label: str) -> None:
    lines = _LONG_BODY.splitlines(keepends=True)
    text = (
        _FOOTBRIDGE_HEAD
        + "".join(lines[:3])
        + label
        + "\n"
        + "".join(lines[3:])
        + "Share\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert label in a.paragraphs


@pytest.mark.parametrize(
    ("under", "kept"),
    [
        # A question over a sign-up button leads the box, not the article.
        ("Sign up for our newsletter\n", False),
        ("SIGN UP for our newsletter\n", False),
        # Over anything else, a short question under the body still closes the article.
        ("Share\n", True),
    ],
)
def test_a_question_over_a_signup_button_is_the_boxs(under: str, kept: bool) -> None:
    text = _bylined_page(_BODY + "Like this article?\n" + under)
    a = newsparse.parse(text)
    check_article(text, a)
    body = tuple(_BODY.splitlines())
    assert a.paragraphs == ((*body, "Like this article?") if kept else body)


_PLAYLIST = (
    "Mayor says the footbridge will change the town for good\n"
    "Watch the first walkers cross the river on Saturday\n"
    "Why did the council pay for a second span?\n"
)


@pytest.mark.parametrize(("count", "marked"), [(3, True), (4, False)])
def test_a_playlist_under_its_count_is_not_the_lead(count: int, marked: bool) -> None:
    # A video player over the article lists its titles under their count; a count
    # that the lines under it do not fill (the article's paragraphs end like
    # sentences) marks none of them.
    text = _bylined_page(f"Must watch\n({count} Videos)\n" + _PLAYLIST + _BODY)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-3:] == tuple(_BODY.splitlines())
    if marked:
        assert a.paragraphs == tuple(_BODY.splitlines())
    related = [
        text[s.start : s.end]
        for s, r in zip(a.spans["furniture"], a.rules["furniture"], strict=True)
        if r == "furniture.related"
    ]
    assert (related == _PLAYLIST.splitlines()) is marked


_LONG_P = (
    "The operator said on Monday that the fares would go up again in May, for the third "
    "time in two years."
)


@pytest.mark.parametrize(
    ("lines", "announced"),
    [
        # A post in capitals, kept when the line above announces it.
        (["THE HARBOUR BOARD WILL NEVER TELL YOU THE TRUTH ABOUT OUR GREAT FERRY"], True),
        # A sign in quotation marks.
        (['"WE ARE NOT CLOSING THE FERRY OFFICE, PLEASE STOP ASKING THE STAFF ABOUT IT"'], False),
        # A subheading that opens with its label.
        (["PART ONE: THE NIGHT THE SEA CAME OVER THE WALL AND INTO THE TOWN"], False),
        (["THE BOTTOM LINE: WHAT THE FARE RISE WILL MEAN FOR FAMILIES ON THE ISLAND"], False),
        (["WHAT YOU NEED TO KNOW: FARES, CONCESSIONS AND THE NEW TIMETABLE FOR SUMMER"], False),
        # Speech in quotation marks that a line in capitals opens with.
        (["'MUM THE BOAT IS TILTING AND THE CREW ARE SHOUTING' WAS HER LAST MESSAGE"], False),
        (["\u201cSAVE OUR FERRY\u201d \u2014 THE WORDS PAINTED ON A BANNER AT THE QUAY"], False),
        (["'ENOUGH IS ENOUGH' AND 'NO MORE RISES' WERE AMONG THE SLOGANS ON THE QUAY"], False),
        # Two lines in capitals in a row: a list.
        (
            [
                "HARBOUR ROAD BETWEEN THE MARKET SQUARE AND THE OLD FISH QUAY",
                "QUAY STREET FROM THE BRIDGE AS FAR AS THE LIFEBOAT STATION GATES",
            ],
            False,
        ),
    ],
)
def test_lines_in_capitals_that_are_the_storys_stay(lines: list[str], announced: bool) -> None:
    aboves = [_LONG_P + "\nHe wrote:", _LONG_P[:-1] + ", he wrote:"]
    if not announced:
        aboves.append(_LONG_P)
    for above in aboves:
        text = _bylined_page(above + "\n" + "\n".join(lines) + "\n" + _BODY)
        a = newsparse.parse(text)
        check_article(text, a)
        for line in lines:
            assert line in a.paragraphs, (above, line)


def test_a_headline_in_capitals_over_the_byline_is_still_the_headline() -> None:
    # No page title: the headline in capitals tops the page, over the byline.
    head = "MAN CHARGED AFTER HARBOUR CRASH LEAVES TWO PEOPLE IN HOSPITAL ON SUNDAY NIGHT"
    text = head + "\nBy Jane Doe\n14 August 2023\n" + _LONG_P + "\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == head


@pytest.mark.parametrize(
    "note",
    [
        # The story's subject shares the author's given name.
        "Jane is a producer at Harbour FM and also teaches sailing at weekends.",
        # A former post.
        "Jane is a former reporter for The Valley Herald, where she worked for years.",
    ],
)
def test_a_last_paragraph_about_a_namesake_stays(note: str) -> None:
    first = "Jane Hill has run the ferry kiosk on the quay for twenty years, the council said."
    text = _FOOTBRIDGE_HEAD + first + "\n" + _BODY + note + "\nShare\n" + _FOOTER
    if "former" in note:
        text = text.replace(first + "\n", "")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == note


def test_a_question_of_the_story_over_a_signup_button_stays() -> None:
    text = _bylined_page(_BODY + "Is it worth it?\nSubscribe to our daily newsletter\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == "Is it worth it?"


def test_a_playlist_count_that_would_take_the_headline_marks_nothing() -> None:
    # The carousel shows two of its three titles: the third line under the count is
    # the article's headline, over its byline.
    head = "Ferry fares to rise by eight per cent"
    text = (
        "Must watch\n(3 Videos)\n"
        "Mayor says the footbridge will change the town for good\n"
        "Watch the first walkers cross the river on Saturday\n"
        + head
        + "\nBy Jane Doe\n14 August 2023\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == head


def test_a_storys_list_under_more_stays() -> None:
    items = ["Cigarettes and rolling tobacco", "Imported wine and spirits", "Petrol and diesel"]
    lines = _BODY.splitlines()
    text = _bylined_page(
        lines[0] + "\nMore:\n" + "\n".join(items) + "\nLess:\nElectric bicycles\n"
        "Children's car seats\n" + "\n".join(lines[1:]) + "\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    for item in items:
        assert item in a.paragraphs


def test_a_link_set_in_the_text_under_the_lead_parts_it_from_nothing() -> None:
    # A promotion box over the lead ends on its button; the link under the lead
    # (``Also: See ...``) leaves the lead with the rest of the story.
    lines = _BODY.splitlines()
    text = _bylined_page(
        "Summer sale\nThe Herald's top picks\nThe very best deals of the season.\nRead More\n"
        + lines[0]
        + "\nAlso: See our full coverage of the footbridge\n"
        + "\n".join(lines[1:])
        + "\n"
        + _LAST
    )
    a = newsparse.parse(text)
    check_article(text, a)
    # (The box's blurb, a sentence right over the lead, may stay above it.)
    assert a.paragraphs[-4:] == (*lines, _LAST.strip())


def test_a_count_of_stories_in_the_text_marks_no_playlist() -> None:
    # Only a video player's count (``(3 Videos)``) heads a playlist; a story may count
    # the works it lists.
    works = ["The Night the Lighthouse Went Dark", "Whalers of the North", "Who Owns the Sea?"]
    lines = _BODY.splitlines()
    text = _bylined_page(
        lines[0] + "\n(3 Stories)\n" + "\n".join(works) + "\n" + "\n".join(lines[1:]) + "\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert "furniture.related" not in a.rules["furniture"]


@pytest.mark.parametrize(
    "link",
    [
        "'HARBOUR LIVES' STAR OPENS UP ABOUT THE NIGHT THE OLD FERRY SANK",
        "'HARBOUR LIVES': STAR OPENS UP ABOUT THE NIGHT THE OLD FERRY SANK",
    ],
)
def test_a_link_in_capitals_may_quote_a_shows_name(link: str) -> None:
    lines = _BODY.splitlines()
    text = _bylined_page(_LONG_P + f"\n{link}\n" + _BODY)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (_LONG_P, *lines)


def test_the_titles_headline_again_in_a_box_of_links_is_not_the_h1() -> None:
    # The title's headline stands word for word in a box of links inside the story; the
    # page's <h1>, worded apart, stands over the byline.
    lines = _BODY.splitlines()
    text = (
        "Harbour news: Footbridge opens to walkers on the river - The Valley Herald\n"
        + _MENU
        + "Footbridge over the river opens to walkers after a year\n"
        + "By Jane Doe\n14 August 2023\n"
        + "\n".join(lines[:2])
        + "\nHarbour News More\n"
        + "Ferry fares to rise again next year, operator warns\n"
        + "Footbridge opens to walkers on the river\n"
        + "Lifeboat crew honoured for the night rescue off the point\n"
        + "More in Harbour News\n"
        + lines[2]
        + "\n"
        + _LAST
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge over the river opens to walkers after a year"
    assert a.paragraphs[:2] == tuple(lines[:2])


def test_a_teaser_above_the_headline_that_repeats_the_title_is_not_it() -> None:
    # A teaser of another story worded like the headline stands above it; the headline
    # (the title's, word for word) has a caption under it, not a byline.
    head = "Ferry fares rise by eight per cent despite protests"
    text = (
        f"{head} | The Valley Herald\n"
        + _MENU
        + "Ferry fares to rise by eight per cent, board warns\n1 March 2024\n"
        + f"{head}\n"
        + "Passengers wait at the terminal on Tuesday. Photo: Jo Roe\n"
        + "By Jane Doe\n4 March 2024\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == head
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_box_of_links_under_more_on_and_its_topic_leaves_the_body() -> None:
    lines = _BODY.splitlines()
    text = _bylined_page(
        lines[0]
        + "\nMore On:\nferries\n"
        + "Ferry fares to rise again next year, operator warns\n"
        + "Lifeboat crew honoured for the night rescue off the point\n"
        + "\n".join(lines[1:])
        + "\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(lines)


def test_a_paragraph_that_goes_on_from_a_subheading_stays() -> None:
    # The paragraph repeats the subheading's words and goes on in lower case.
    sub = "What the new bridge means for walkers"
    lines = _BODY.splitlines()
    para = sub + " is a shorter trip to the school and the shops, the council said."
    text = _bylined_page(lines[0] + f"\n{sub}\n{para}\n" + "\n".join(lines[1:]) + "\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (lines[0], sub, para, *lines[1:])


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("14 August 2023 Jane Doe", ("Jane Doe",)),
        ("14.08.2023 | Jane Doe", ("Jane Doe",)),
        # A section's label or a place after the date signs nothing.
        ("14 August 2023 Local News", ()),
        ("14 August 2023 New York", ()),
    ],
)
def test_names_after_the_date_under_the_headline_sign_it(
    line: str, authors: tuple[str, ...]
) -> None:
    text = _HERALD_HEAD + line + "\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.byline.authors if a.byline else ()) == authors
    assert a.date is not None
    assert a.date.date().isoformat() == "2023-08-14"
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_note_on_the_authors_reporting_under_her_name_is_not_body() -> None:
    text = (
        _HERALD_HEAD
        + "14 August 2023 Jane Doe\n"
        + _BODY
        + "Share\nJane Doe\n"
        + "Jane joined the Herald in 2017. She has been reporting on the valley since 2009.\n"
        + "More articles from Jane Doe\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_the_authors_own_team_is_no_namesake() -> None:
    note = "Jane is a transport reporter for The Valley Herald."
    text = (
        _FOOTBRIDGE_HEAD
        + "Jane Doe's team walked the new bridge on Saturday, as the first walkers did.\n"
        + _BODY
        + note
        + "\nShare\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert note not in a.paragraphs


def test_six_links_under_more_on_and_its_topic_all_leave_the_body() -> None:
    lines = _BODY.splitlines()
    links = [f"Ferry fares to rise again next year, operator warns ({n})" for n in range(6)]
    text = _bylined_page(
        lines[0] + "\nMore On:\nferries\n" + "\n".join(links) + "\n" + "\n".join(lines[1:]) + "\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(lines)


@pytest.mark.parametrize(
    ("header", "org"),
    [
        # A reading time, a role or a date's label alone between the names and the date.
        ("Jane Doe\n4 min read\nMarch 4, 2024 - 6:00AM", None),
        ("Jane Doe\nSenior Correspondent\nUPDATED\nMar 04, 2024, 06:00 PM", None),
        # An outlet's name alone under the writer's.
        (
            "Jane Doe\nThe Clarion Courier\nPublished 7:43 a.m. ET March 5, 2023",
            "The Clarion Courier",
        ),
        # Under the date and its share buttons, names over the outlet (British broadcasters).
        ("4 March 2024\nShare\nSave\nJane Doe\nBBC News, Cumbria", "BBC News"),
    ],
)
def test_names_a_line_or_two_from_the_date_are_the_byline(header: str, org: str | None) -> None:
    text = _page(header)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.headline == "Footbridge opens to walkers"
    assert a.byline is not None
    assert (a.byline.authors, a.byline.organization) == (("Jane Doe",), org)
    assert a.date is not None
    assert "Jane Doe" not in a.body


def test_names_over_a_line_that_is_no_outlet_under_the_date_are_no_byline() -> None:
    text = _page("4 March 2024\nShare\nPeter Pan\nThe Musical")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None


# A story's paragraphs and the page's footer, under headers the tests set over them.
_HARBOUR = (
    "The town council agreed on Monday to rebuild the harbour wall before winter, after "
    "storms damaged it twice last year.\nWork will start in September and should take "
    "about ten weeks, the council said in a statement.\nResidents welcomed the news but "
    "said the repairs were long overdue.\n" + _FOOTER
)


@pytest.mark.parametrize("by", ["", "By "])
def test_a_long_headline_over_the_names_and_the_date_with_no_title(by: str) -> None:
    headline = "Harbour wall to be rebuilt before the big winter storms hit the coast again"
    text = "Skip to content\n" + _MENU + f"{headline}\n{by}Jane Marlowe\n14 March 2024\n" + _HARBOUR
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.headline == headline
    assert a.byline is not None
    assert a.byline.authors == ("Jane Marlowe",)
    assert a.date is not None


def test_a_standfirst_under_the_headline_over_the_names_stays_the_summary() -> None:
    # The Guardian's order: headline, standfirst with no full stop, names, date.
    standfirst = "Volunteers recorded footprints along a three-mile stretch of the river"
    text = (
        "Skip to main content\n" + _MENU + "Otters return to the river after forty years\n"
        f"{standfirst}\nHarriet Coombe\nTue 17 Oct 2023 06.00 BST\nShare\n"
        "Otters have been spotted on the river for the first time since the early 1980s.\n"
        "Volunteers found footprints, droppings and a holt in a bank over the summer.\n"
        "Otters disappeared from much of England in the 1960s because of pesticides.\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Otters return to the river after forty years"
    assert a.summary == standfirst
    assert a.byline is not None
    assert a.byline.authors == ("Harriet Coombe",)


@pytest.mark.parametrize("title", [True, False])
def test_names_over_a_published_and_updated_line(title: bool) -> None:
    stamp = "Published 7:43 a.m. ET March 5, 2023 | Updated 10:55 a.m. ET March 5, 2023"
    text = _page(f"Jane Doe\n{stamp}")
    if not title:
        text = text.split("\n", 1)[1]
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers"
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.date is not None
    assert a.date.isoformat() == "2023-03-05T07:43:00-05:00"


@pytest.mark.parametrize(
    "link",
    ["READ ALSO: Lagos govt to demolish 200 illegal structures", "Read more: Mayor opens pier"],
)
def test_a_link_over_the_short_sentence_that_closes_the_story_leaves_it_in(link: str) -> None:
    text = _bylined_page(_BODY + link + "\nThe trial continues.\nComments\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == "The trial continues."
    assert link not in a.body


@pytest.mark.parametrize(
    "above", ["Your local news since 1901", "Coastal towns brace for the winter"]
)
def test_a_tagline_or_kicker_over_the_headline_is_no_headline(above: str) -> None:
    text = (
        "Home\nNews\nSport\n"
        f"{above}\nHarbour wall to be rebuilt\nJane Doe\nMarch 3, 2024\n" + _HARBOUR
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Harbour wall to be rebuilt"


def test_a_second_writer_whose_surname_closes_outlets_names_is_no_outlet() -> None:
    text = _page("Jane Doe\nLauren Post\nMarch 3, 2024")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None or a.byline.organization != "Lauren Post"


# Two other stories, each a headline over its one-sentence summary, as a box sets them.
_TEASER_PAIRS = (
    "Harbour fees to rise in spring as council seeks new income\n"
    "Berth holders will pay up to 12 per cent more from April under plans published today.\n"
    "Bus route 14 to be withdrawn after fifty years\n"
    "The operator said passenger numbers had halved since 2019 and the route had no future.\n"
)
# Three other stories' summaries alone, their headlines lost as images'.
_BOX_SUMMARIES = (
    "A former mill worker has turned an old warehouse into a climbing centre for families.\n"
    "The county's bus services change on Sunday, with fewer evening buses on three routes.\n"
    "Residents in Eastfield are being asked to boil their water until further notice.\n"
)


@pytest.mark.parametrize("label", ["Related Stories", "Related Articles", "Related"])
def test_teasers_under_a_label_the_furniture_table_reads_as_a_dumps_are_not_the_article(
    label: str,
) -> None:
    # The shared table reads these labels as a site dump's; on a page they head a box.
    text = _bylined_page(_BODY + f"{label}\n" + _TEASER_PAIRS)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "furniture.related" in a.rules["furniture"]


@pytest.mark.parametrize(
    "label",
    [
        "Most Popular",
        "Related Articles",
        "Editor\u2019s Picks",
        "Leia tamb\u00e9m",
        "Mehr zum Thema",
    ],
)
def test_summaries_of_other_stories_right_under_a_box_label_are_not_the_article(
    label: str,
) -> None:
    text = _bylined_page(_BODY + f"{label}\n" + _BOX_SUMMARIES)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_summary_sharing_a_word_with_the_headline_in_a_box_is_still_the_boxs() -> None:
    # Another story may share a word with the headline (``walkers``); most do not.
    summaries = _BOX_SUMMARIES.replace("for families", "for walkers")
    text = _bylined_page(_BODY + "Most Popular\n" + summaries)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("label", ["Trending", "Read more"])
def test_the_story_going_on_right_under_an_empty_box_label_is_kept(label: str) -> None:
    # A widget's label whose box the flattening emptied (``Trending``), or a button
    # that opens the rest (``Read more``): the sentences under it tell of the footbridge.
    more = (
        "The footbridge is the first new crossing of the river in forty years.\n"
        "Walkers had to use the road bridge a mile downstream until Saturday.\n"
        "The footbridge will be lit at night from next month, the council said.\n"
    )
    text = _bylined_page(_BODY + f"{label}\n" + more)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines()) + tuple(more.splitlines())


def test_the_story_going_on_under_a_related_box_and_a_read_more_button_is_kept() -> None:
    # A tabloid sets ``Read More`` / ``Related Articles`` / a headline between
    # paragraphs: the sentences under it are the story's, however alone they stand.
    more = (
        "The funding round was led by a local trust, with help from two county charities.\n"
        "Chief engineer Priya Ramnath said the money would pay for the lights.\n"
    )
    last = "The lights will be switched on in time for the winter, she said on Saturday.\n"
    text = _bylined_page(
        _BODY
        + "Read More\nRelated Articles\nDog walker's warning after adder spotted on coastal path\n"
        + more
        + "Read More\n"
        + last
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), *more.splitlines(), last.strip())


@pytest.mark.parametrize(
    ("field", "button"),
    [
        ("Enter your email", "Sign up"),
        ("Email address", "Subscribe"),
        ("Your email\nname@example.com", "Sign up"),
    ],
)
def test_a_signup_boxs_blurb_over_its_email_field_is_not_the_article(
    field: str, button: str
) -> None:
    box = (
        "Get our free morning briefing\n"
        "The day's top stories, delivered to your inbox every weekday at 7am.\n"
        f"{field}\n{button}\n"
        "By signing up you agree to our Privacy Policy.\n"
    )
    text = _bylined_page(_BODY + box)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "webpage.signup" in a.rules["furniture"]


@pytest.mark.parametrize("buttons", ["Like Reply", "Like \u00b7 Reply", "Reply | Share"])
def test_a_thread_under_comments_with_a_row_of_buttons_is_not_the_article(buttons: str) -> None:
    comment = (
        "I walked past there yesterday and had no idea any of this was happening. "
        "Thanks for reporting it.\n"
    )
    text = _bylined_page(_BODY + f"Comments\nDave_in_Ashby\n2 hours ago\n{comment}{buttons}\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "furniture.comments" in a.rules["furniture"]


def test_the_sites_note_on_comments_under_a_comments_label_is_not_the_article() -> None:
    note = (
        "Join the conversation. Please keep comments civil and on topic; "
        "we reserve the right to remove posts.\n"
    )
    text = _bylined_page(_BODY + "Comments\n" + note)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_comments_link_between_paragraphs_over_a_story_line_on_comments_ends_nothing() -> None:
    # The story's own line on comments reports them: no note of the site's.
    more = (
        "Comments on the plan close on Friday, the council said on Monday evening.\n"
        "The footbridge will be lit at night from next month, weather allowing.\n"
    )
    text = _bylined_page(_BODY + "Comments\n" + more)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines()) + tuple(more.splitlines())


@pytest.mark.parametrize("label", ["In other news", "Latest", "Don't miss"])
def test_a_round_ups_subheading_over_one_sentence_items_stays(label: str) -> None:
    # A story's own part under a subheading that a box's label may read like: its
    # items tell of other things than the headline, as a round-up's do.
    items = (
        "Ellery library will open on Sundays from January.\n"
        "The Dunmere swimming pool reopens on Monday after repairs to its roof.\n"
        "A new bakery has opened on Mill Street in the old post office.\n"
    )
    text = _bylined_page(_BODY + f"{label}\n" + items + "Share\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[: len(_BODY.splitlines())] == tuple(_BODY.splitlines())
    assert a.paragraphs[-3:] == tuple(items.splitlines())


@pytest.mark.parametrize(
    "blurb",
    [
        "The Herald is a member of the Independent Press Standards Organisation.\n",
        "Our journalists follow the Editors' Code of Practice.\n",
    ],
)
def test_the_sites_boilerplate_under_a_box_is_no_closing_tail(blurb: str) -> None:
    box = (
        "Related\nHarbour fees to rise in spring as council seeks income\n"
        "Bus route 14 to be withdrawn after fifty years\n"
    )
    text = _bylined_page(_BODY + box + blurb + "Share\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_german_day_line_with_an_address_is_no_call_to_tag() -> None:
    last = "Tag der offenen T\u00fcr: Anmeldung bis Freitag per E-Mail an info@schule.example.\n"
    text = _bylined_page(_BODY + last + "Share\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == last.strip()


def test_a_comments_label_over_a_dated_call_to_a_meeting_ends_nothing() -> None:
    more = (
        "Join the conversation at the public meeting on 4 December, where you can comment.\n"
        "The consultation closes on 15 January, the council said on Monday evening.\n"
    )
    text = _bylined_page(_BODY + "Comments\n" + more)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-2:] == tuple(more.splitlines())


@pytest.mark.parametrize(
    "box",
    [
        # A site's widget under every story: the markets, the weather.
        "Markets\nFTSE 100 | 8,112.40 | +0.3%\nDow Jones | 44,021.10 | -0.1%\n",
        "Weather: 11\u00b0C, light rain\nTomorrow: 9\u00b0C, sunny spells\n",
        # An advert's own table under its slot.
        "Advertisement\nKestrel Solar Panels\nPrice | from \u00a33,999\nWarranty | 25 years\n",
    ],
)
def test_a_widget_or_an_adverts_box_closing_the_page_is_not_the_articles(box: str) -> None:
    text = _bylined_page(_BODY + box + "Share\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "box",
    [
        "Footbridge length | 120 metres\nWalkers | free\nCyclists | from next month\n",
        "Footbridge length\t120 metres\nCyclists\tfrom next month\n",
        (
            "Event details\nWhen: Saturday 15 June, 10am-4pm\nWhere: Harbour Green\n"
            "Tickets: Free entry\n"
        ),
        "When: Saturday 15 June, 10am-4pm\nWhere: Harbour Green\n",
        "Rating: 4/5\n",
    ],
)
def test_the_articles_own_closing_box_over_the_pages_furniture_is_kept(box: str) -> None:
    text = _bylined_page(_BODY + box + "Share\nFacebook\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines()) + tuple(
        " ".join(line.split()) for line in box.splitlines()
    )


@pytest.mark.parametrize(
    "box",
    [
        # One label over words, a box of links under labels, a box over a headline.
        "Source: Coast News\n",
        "Related Roundup: Footbridges\nTag: valleyherald.example\n",
        "Listen: https://pod.example/ep1\nDownload: https://pod.example/ep1.mp3\n",
        "When: Saturday 15 June\nWhere: Harbour Green\nHarbour fees to rise in spring\n",
    ],
)
def test_lines_under_the_last_paragraph_that_are_no_box_of_the_articles_go(box: str) -> None:
    text = _bylined_page(_BODY + box + "Share\nFacebook\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize("slot", ["Advertisement", "READ MORE: Harbour fees to rise in spring"])
def test_a_table_under_an_advert_slot_between_paragraphs_is_the_articles(slot: str) -> None:
    lead, rest = _BODY.split("\n", 1)
    table = (
        "Senior women (8km)\n1. Keira Dunmore (Ellerby) 29:41\n2. Sadie Pruitt (Wexton AC) 29:55\n"
        "3. Lorna Achebe (Ellerby) 30:12\n"
    )
    text = _bylined_page(f"{lead}\n{slot}\n{table}{rest}")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (lead, *table.splitlines(), *rest.splitlines())


def test_a_box_between_the_story_and_a_note_about_the_author_goes_with_the_note() -> None:
    box = "Latest results\nDunmere Rovers 2-2 Ashby Cross\nKestrel Town 0-1 Orme United\n"
    note = "Jane Doe is a staff writer who covers community news and the outdoors.\n"
    text = _bylined_page(_BODY + "Rating: 4/5\n" + box + note + "Comments\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), "Rating: 4/5")
    assert "Latest results" not in (a.body or "")


def test_a_call_to_tag_the_site_in_a_post_is_not_the_articles() -> None:
    call = "Did you make this recipe? Tag @valleyherald on Instagram so we can see!\n"
    text = _bylined_page(_BODY + call)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


_OPENING, _UNDER_OPENING = _BODY.split("\n", 1)


@pytest.mark.parametrize(
    "photo",
    [
        "Photo by Marit Olsby on Unsplash\n",
        "Image by Marit Olsby from Pixabay\n",
        "Photo by Marit Olsby / The Valley Herald\n",
        "Enlarge / Walkers on the new bridge on Saturday.\nMarit Olsby\n",
    ],
)
def test_a_photo_credit_by_name_and_its_caption_are_not_the_articles(photo: str) -> None:
    text = _bylined_page(f"{_OPENING}\n{photo}{_UNDER_OPENING}")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "credit",
    ["Photo by Ola Brandt", "Photos by Ola Brandt and Sam Poe", "Photo by Ola Brandt | Herald"],
)
def test_the_paragraph_over_a_credit_by_name_stays_the_storys(credit: str) -> None:
    # A credit by name often stands with no caption: the line above is no caption.
    line = "Engineers from the county tested the deck with sandbags for two weeks in July."
    text = _bylined_page(f"{_OPENING}\n{line}\n{credit}\n{_UNDER_OPENING}")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (_OPENING, line, *_UNDER_OPENING.splitlines())


@pytest.mark.parametrize(
    "last",
    [
        (
            "If you buy a ticket through the council's links, the operator may earn a "
            "commission of 5 percent, the report found."
        ),
        "Residents can subscribe for free to flood alerts on the council website.",
    ],
)
def test_a_storys_closing_line_about_commissions_or_subscribing_stays(last: str) -> None:
    text = _bylined_page(_BODY + last + "\nSubscribe\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == last


def test_a_tagline_over_a_long_headline_over_the_by_line_is_no_headline() -> None:
    head = "Footbridge opens to walkers over the river after a year of work and delays"
    text = (
        _MENU
        + "Independent local journalism for every community in the region since 1921\n"
        + head
        + "\nBy Marta Kellaway\nJune 2, 2026\nShare\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == head


def test_a_subheading_worded_like_a_credit_stays() -> None:
    # ``Pictures by Post``: one word after ``by`` names no photographer.
    lines = _UNDER_OPENING.splitlines()
    text = _bylined_page(f"{_OPENING}\nPictures by Post\n" + "\n".join(lines) + "\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[0] == _OPENING
    assert "furniture.credit" not in a.rules["furniture"]


def test_photo_by_a_word_in_lower_case_is_a_sentence() -> None:
    line = "Photo by photo, the show follows the bridge from plans to opening day."
    text = _bylined_page(f"{_OPENING}\n{line}\n{_UNDER_OPENING}")
    a = newsparse.parse(text)
    assert line in a.paragraphs


@pytest.mark.parametrize(
    "box",
    [
        (
            "Subscribe to continue reading\n"
            "Get unlimited access to the Herald for just \u00a31 a month for three months.\n"
            "Subscribe now\nAlready a subscriber? Log in\n"
        ),
        (
            "Subscribe to Valley Notes\nLaunched 2 years ago\n"
            "Occasional letters about the river and the people along it.\n"
            "Type your email...\nSubscribe\n"
        ),
    ],
)
def test_the_text_of_a_box_between_its_head_and_its_button_is_not_the_articles(box: str) -> None:
    text = _bylined_page(_BODY + box)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_newsletters_call_over_its_button_between_paragraphs_is_not_the_articles() -> None:
    call = (
        "Thanks for reading Valley Notes! Subscribe for free to receive new posts and "
        "support my work.\nSubscribe\n"
    )
    text = _bylined_page(f"{_OPENING}\n{call}{_UNDER_OPENING}")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "line",
    [
        (
            "If you buy something from a Herald link, Harbour Media may earn a commission. "
            "See our ethics statement."
        ),
        "We may earn a commission from links on this page.",
    ],
)
def test_an_affiliate_disclaimer_opening_the_body_is_not_the_articles(line: str) -> None:
    text = _bylined_page(f"{line}\n{_BODY}")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "note",
    [
        "*Links marked with an asterisk are affiliate links.",
        "*Bei den mit Sternchen markierten Links handelt es sich um Affiliate-Links.",
        "Ce lien est affilié : nous pouvons percevoir une commission.",
    ],
)
def test_an_affiliate_note_under_the_body_is_not_the_articles(note: str) -> None:
    # The site's note that marks its shop links is furniture, its span kept.
    text = _bylined_page(f"{_BODY}{note}\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert any(text[s.start : s.end] == note for s in a.spans["furniture"])


def test_a_purchase_with_no_link_is_no_affiliate_disclaimer() -> None:
    assert furniture_rule("If you buy shares now, brokers may earn a commission on each.") is None


def test_a_box_of_related_tickers_between_paragraphs_is_not_the_articles() -> None:
    box = "Related tickers\nHRBR\nHarbour Ferries Inc.\n-3.41%\n"
    text = _bylined_page(f"{_OPENING}\n{box}{_UNDER_OPENING}")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "\u0130lgili Haber: Kent genelinde yeni ya\u011f\u0131\u015f uyar\u0131s\u0131",
            "related",
        ),
        ("Xem th\u00eam: H\u00f2a L\u00e2m m\u1edf r\u1ed9ng tuy\u1ebfn xe bu\u00fdt", "related"),
        ("Qu\u1ea3ng c\u00e1o", "advert"),
        ("\u95a2\u9023\u8a18\u4e8b\uff1a\u65b0\u3057\u3044\u99c5\u304c\u958b\u696d", "related"),
        ("\u76f8\u5173\u9605\u8bfb\uff1a\u65b0\u8f66\u7ad9\u5f00\u901a", "related"),
    ],
)
def test_read_also_links_and_advert_labels_in_other_languages(line: str, rule: str) -> None:
    assert furniture_rule(line) == rule


_HEADER_BODY = (
    "Haddon Vale have appointed their former captain Rhys Abernathy as head coach on a"
    " three-year contract.\n"
    "Abernathy, 41, made 212 appearances for the club between 2004 and 2016 and has spent"
    " two seasons as an assistant at Corrick Park.\n"
    '"This club gave me everything as a player, and I want to give something back," he said.\n'
)
_HEADER_MENU = "Home\nNews\nSport\nBusiness\nOpinion\nCulture\n"


@pytest.mark.parametrize(
    "header",
    [
        # A blog theme's entry meta: the date, the names, the count of comments.
        "Haddon Vale appoint Abernathy\nJune 2, 2025\nTomas Kilbride\n0 Comments\n",
        # Names in capitals over a dash over the date.
        "Haddon Vale appoint Abernathy\nTOMAS KILBRIDE\n-\n6/2/2025, 8:15 PM\n",
        # A description of the writer after the names and a comma.
        (
            "Haddon Vale appoint Abernathy\nBy Tomas Kilbride, a senior reporter covering"
            " football and the odd cricket match.\nJun 2, 2025, 7:15 PM UTC\n"
        ),
    ],
)
def test_site_templates_sign_the_story_under_the_headline(header: str) -> None:
    text = _HEADER_MENU + header + _HEADER_BODY + "Most read\nAbout us\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Haddon Vale appoint Abernathy"
    assert a.byline is not None
    assert [n.casefold() for n in a.byline.authors] == ["tomas kilbride"]
    assert a.summary is None
    assert a.paragraphs == tuple(_HEADER_BODY.splitlines())


def test_a_blog_platforms_author_row_is_read_under_headline_and_standfirst() -> None:
    text = (
        "Open in app\nSign up\nSign in\nWrite\n"
        "The Quillon Fold 3 has the best hinge I've used and the worst battery\n"
        "A lovely, frustrating phone that lasts until about teatime\n"
        "Dario Platt\n\u00b7\nFollow\nPublished in\nCivic Tinkering\n\u00b7\n6 min read\n"
        "\u00b7\nSep 22, 2025\n--\n121\nListen\nShare\n"
        "Quillon has spent three generations trying to make a folding phone that feels like"
        " a normal phone when it is shut.\n"
        "Closed, it is 9.8mm thick and weighs 228g, within a few grams of the company's own"
        " flagship phone.\n"
        "--\nWritten by Dario Platt\nHelp\nStatus\nAbout\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "The Quillon Fold 3 has the best hinge I've used and the worst battery"
    assert a.summary == "A lovely, frustrating phone that lasts until about teatime"
    assert a.byline is not None
    assert a.byline.authors == ("Dario Platt",)


def test_the_publisher_under_from_is_no_headline() -> None:
    text = (
        "Skip to main content\nGOV.UK\nMenu\nSearch GOV.UK\nHome\nEnvironment\nPress release\n"
        "Minister announces fund to restore upland peat bogs\n"
        "A new fund will restore damaged peatland across northern England.\n"
        "From:\nDepartment for Nature and Rural Affairs and Priya Castellane MP\n"
        "Published\n18 June 2025\n"
        "A fund to restore damaged upland peatland was announced today by the Nature"
        " Minister, Priya Castellane.\n"
        "The fund will pay landowners to block drainage ditches and replant moss on around"
        " 9,000 hectares.\n"
        "Share this page\nIs this page useful?\n\u00a9 Crown copyright\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Minister announces fund to restore upland peat bogs"
    assert a.summary == "A new fund will restore damaged peatland across northern England."


def test_a_live_blogs_script_notice_is_no_headline_and_the_names_under_it_sign() -> None:
    text = (
        _HEADER_MENU + "Live\n"
        "Storm Hesper live: trains cancelled and 40,000 homes without power\n"
        "Key events\nShow key events only\n"
        "Please turn on JavaScript to use this feature\n"
        "Rowan Achterberg and Sunita Vale\nThu 27 Nov 2025 09.05 GMT\n" + _HEADER_BODY
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Storm Hesper live: trains cancelled and 40,000 homes without power"
    assert a.byline is not None
    assert a.byline.authors == ("Rowan Achterberg", "Sunita Vale")


def test_a_text_size_control_and_a_save_note_over_the_lead_leave_the_body() -> None:
    # A page's tools under the byline: a save button, its note to a reader signed out,
    # and a text-size control's three buttons, each on a line.
    tools = (
        "Save\nLog in, register or subscribe to save articles for later.\n"
        "Normal text size\nLarger text size\nVery large text size\n"
    )
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n" + tools + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_names_with_their_roles_on_lines_of_their_own_are_all_the_byline() -> None:
    # ``By`` / a name / her role / ``and`` / a name / his role, each a line, as some
    # sites set their writers; the closing note about the second writer is his.
    head = (
        "By\nMarta Kellaway\nStaff Writer\nand\nTomas Ferreira\nData Reporter\n"
        "Aug. 14, 2023 8:14 a.m. PT\n"
    )
    note = "Tomas Ferreira is a data reporter at the Valley Herald.\n"
    text = _HERALD_HEAD + head + _BODY + note + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway", "Tomas Ferreira")
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "webpage.author-note" in a.rules["furniture"]


@pytest.mark.parametrize(
    "note",
    [
        # The site's note on itself, opening with its name.
        "The Valley Herald is a nonprofit newsroom.",
        # A call for the reader's letters or views.
        "Do you have an opinion on the issues raised in this article? Email us a letter.",
        "We'd like to hear what you think about this article. Our email: letters@example.com.",
        # A sign-up box's blurb with its button glued on.
        "Start the day with the valley's news and sport from The Valley Herald. Sign up",
        "The best of the week, straight to your inbox. Subscribe",
        # The site named in part by a word the story does not use.
        "The best of Herald opinion, every Saturday. Sign up",
        "The pick of Herald columns. Sign up",
        # A call to follow the site's account on several networks.
        (
            "Follow The Valley Herald's opinion section on Facebook, Twitter (@heraldopinion)"
            " and Instagram."
        ),
    ],
)
def test_the_sites_note_or_call_closing_the_body_is_furniture(note: str) -> None:
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n" + _BODY + note + "\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "webpage.promo" in a.rules["furniture"]


@pytest.mark.parametrize(
    "last",
    [
        "Valley Rovers is a club with a long history in the town.",
        "Residents who have views on the plan can email us, the council said.",
        "The paper has printed some 300 letters to the editor about the bridge since May.",
        # A story's last sentence on signing up for something else, a button glued on.
        "Swimmers who want a place in the first classes can register from Monday. Sign up",
        # A pick or a day the story tells of is no sign of the site's box.
        "The market returns every Saturday until the end of October. Sign up",
        "Tickets for the best of the summer concerts go on sale on Monday. Sign up",
        # The writer's accounts, a credit some pages keep with the story.
        (
            "Follow Marta Kellaway on Twitter and Google+. Follow the Valley Herald"
            " @valleyherald, Facebook & Google+. Originally published on Valley Herald."
        ),
    ],
)
def test_a_closing_line_about_others_is_no_site_note(last: str) -> None:
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n" + _BODY + last + "\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), last)


def test_a_columnists_note_over_a_call_for_letters_leaves_the_body() -> None:
    # The note about the writer (no full stop) over the opinion page's call for letters.
    tail = (
        "Marta Kellaway is a columnist for The Valley Herald\n"
        "Do you have an opinion on the issues raised in this article? Email us a letter.\n"
    )
    text = _HERALD_HEAD + "Marta Kellaway\nAugust 14, 2023\n" + _BODY + tail + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_bulleted_summary_points_over_the_lead_leave_the_body() -> None:
    # The box's points are list items; the lead follows the last one with nothing
    # between.
    box = "What you need to know:\n\u2022 The bridge links the two halves of the town.\n"
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n" + box + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert "webpage.highlights" in a.rules["furniture"]


def test_an_opinion_pieces_headline_between_paragraphs_is_a_link() -> None:
    text = _inset_page("Opinion: Three questions to ask before you cross the bridge\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("line", "names", "sources"),
    [
        (
            "Associated Press writer Tomas Ferreira in Valley Town contributed to this report.",
            ("Tomas Ferreira",),
            ("AP",),
        ),
        (
            "Tomas Ferreira and Ines Albu contributed reporting.",
            ("Tomas Ferreira", "Ines Albu"),
            (),
        ),
    ],
)
def test_a_line_of_contributors_closing_the_body_is_its_attribution(
    line: str, names: tuple[str, ...], sources: tuple[str, ...]
) -> None:
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n" + _BODY + line + "\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())
    assert a.attribution is not None
    assert a.attribution.sources == sources
    assert [c.names for c in a.attribution.credits] == [names]


def test_a_closing_sentence_about_contributions_stays_in_the_body() -> None:
    last = "Local businesses also contributed to the fund for the bridge's lights."
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n" + _BODY + last + "\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), last)


def test_an_agencys_name_alone_over_the_date_is_the_byline() -> None:
    # The agency's full name signs the story between the headline and the date line.
    head = "Press Trust of India\nValley Town | Updated On : 14 Aug 2023 | 6:50 AM IST\n"
    text = _HERALD_HEAD + head + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert (a.byline.authors, a.byline.organization) == ((), "PTI")
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_the_sites_name_glued_before_the_names_is_the_bylines_organisation() -> None:
    # The site's link and the writer's, flattened into one line over the date.
    text = (
        "Ouest Matin\n" + _MENU + "Le pont de Valmont rouvre aux pi\u00e9tons\n"
        "Ouest Matin Claire Vasseur.\nPubli\u00e9 le 14/08/2023 \u00e0 08h31\n"
        "Le nouveau pont sur la rivi\u00e8re a rouvert samedi aux pi\u00e9tons apr\u00e8s un an"
        " de travaux.\nIl a \u00e9t\u00e9 financ\u00e9 par la ville et par une subvention du"
        " d\u00e9partement, selon le maire.\nLes cyclistes pourront l'emprunter d\u00e8s le"
        " mois prochain.\n" + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert (a.byline.authors, a.byline.organization) == (("Claire Vasseur",), "Ouest Matin")


@pytest.mark.parametrize("label", ["Author of the article:", "AUTHOR OF THE ARTICLE"])
def test_postmedias_label_alone_over_the_names(label: str) -> None:
    # The National Post and its sister papers: the label, the names, the date and its
    # update and reading time a line each, bullets between.
    header = f"{label}\nJane Doe\nPublished Mar 02, 2024\n \u2022 \nLast updated 2 hours ago"
    text = _page(header)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.date is not None
    assert a.date.date() == dt.date(2024, 3, 2)


@pytest.mark.parametrize(
    ("lines", "roles", "sources"),
    [
        # AP's copy on a page: its writers' contribution line under the story.
        (
            "Associated Press writer Al Poe contributed to this report.\n",
            ["contributed"],
            ("AP",),
        ),
        # Bloomberg's ``--With assistance from``.
        ("--With assistance from Al Poe and Di Lee.\n", ["assistance"], ()),
        # Over the credits line, or under it.
        (
            "Associated Press writer Al Poe contributed.\n(Reporting by Jo Roe)\n",
            ["contributed", "reporting"],
            ("AP",),
        ),
    ],
)
def test_a_wire_storys_contribution_lines_on_a_page_are_attribution(
    lines: str, roles: list[str], sources: tuple[str, ...]
) -> None:
    text = _under_the_body(lines)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == tuple(_BODY.splitlines())
    assert article.attribution is not None
    assert [c.role for c in article.attribution.credits] == roles
    assert article.attribution.sources == sources


def test_readers_who_contributed_on_a_page_stay_the_last_paragraph() -> None:
    # No agency's writers: a sentence of the story.
    last = "Local businesses and two schools contributed to the fund."
    text = _under_the_body(last + "\n")
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == last


def test_reuters_company_news_dateline_with_no_place_on_a_page_names_the_agency() -> None:
    lead = "Sept 5 (Reuters) - Tolvana's central bank held its benchmark rate on Tuesday."
    text = _HERALD_HEAD + "By Jo Roe\nSeptember 5, 2023\n" + lead + "\n" + _BODY + _FOOTER
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[0] == lead  # a page's lead keeps its dateline
    assert article.dateline is None  # it names no place
    assert article.attribution is not None
    assert article.attribution.sources == ("Reuters",)


@pytest.mark.parametrize(
    ("agency", "org"),
    [("The Associated Press", "AP"), ("REUTERS", "Reuters"), ("Press Trust of India", "PTI")],
)
def test_an_agency_alone_over_the_date_signs_the_story(agency: str, org: str) -> None:
    # A paper running agency copy signs it with the agency's name over the date.
    text = _HERALD_HEAD + f"{agency}\nJuly 19, 2024\n" + _BODY + _FOOTER
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.organization) == ((), org)
    assert article.date is not None
    assert article.paragraphs == tuple(_BODY.splitlines())


def test_a_word_over_the_date_that_names_no_agency_signs_nothing() -> None:
    text = _HERALD_HEAD + "Features\nJuly 19, 2024\n" + _BODY + _FOOTER
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None


def test_indian_agency_desk_codes_glued_to_the_last_sentence_on_a_page_leave_it() -> None:
    lead = (
        "Tarkot, Aug 14 (PTI) Schools in the hill district will reopen next Monday, officials said."
    )
    text = (
        _HERALD_HEAD
        + "PTI | Updated: Aug 14, 2023 06:50 IST\n"
        + lead
        + "\nPrimary classes will return first, followed by secondary classes a week later.\n"
        + "Officials said buses would run on a single lane until the walls were finished."
        + " PTI KVR RHL\n"
        + _FOOTER
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == (
        "Officials said buses would run on a single lane until the walls were finished."
    )
    assert len(article.paragraphs) == 3
    assert "PTI KVR RHL" in [s.of(text) for s in article.spans["furniture"]]


_TEASER_HEAD = (
    "Harbour square to be rebuilt from April | Coast Herald\n"
    + _MENU
    + "Harbour square to be rebuilt from April\n"
    "By Jane Doe\n14 March 2024\nShare\nFacebook\n"
    "The town council agreed on Monday to rebuild the harbour square from the start of"
    " April, with work expected to last six months.\n"
    "The plan replaces the paving, adds new benches and restores the bandstand built in"
    " 1924.\n"
)


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        (
            "More on this story",
            (
                (
                    "Traders around the square will stay open throughout the work, the council's"
                    " works officer said."
                ),
                "What changes",
                "Level paving across the square",
                "LED street lights",
                "Racks for 40 bicycles",
                "The Sunday craft market will move to Acacia Street while the work goes on.",
            ),
        ),
        (
            "Related",
            (
                (
                    "In the second half, the visitors scored twice more and their keeper saved a"
                    " penalty."
                ),
                "Standings",
                "Pos | Team | P | Pts",
                "1 | Harbour Town | 22 | 50",
                "2 | Coast United | 22 | 47",
                "3 | Valley Rovers | 21 | 41",
                "Harbour Town play Coast United away on Saturday.",
            ),
        ),
    ],
)
def test_the_story_goes_on_under_a_label_over_one_headline(
    label: str, rest: tuple[str, ...]
) -> None:
    # A box of one link set in the text (a bare label over one headline) parts the
    # story's paragraphs; its rest, a subheading and a list or a table among them, is
    # the story's though it weighs little.
    text = (
        _TEASER_HEAD
        + f"{label}\nFerry timetable changes for the summer season\n"
        + "\n".join(rest)
        + "\nPrivacy Policy\nContact\n\u00a9 2024 Coast Herald\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-len(rest) :] == rest
    assert "Ferry timetable changes for the summer season" not in a.paragraphs
    assert len(a.paragraphs) == 2 + len(rest)


def test_one_summary_under_a_label_over_one_headline_is_the_teasers() -> None:
    # One paragraph under the headline is the other story's summary, not the rest.
    text = (
        _TEASER_HEAD + "Also read\nFerry timetable changes for the summer season\n"
        "Sailings to the island will run every hour from June, the operator said today.\n"
        "Privacy Policy\nContact\n\u00a9 2024 Coast Herald\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(a.paragraphs) == 2


@pytest.mark.parametrize(
    ("label", "closing", "under"),
    [
        ("Also read", "The bandstand will be repainted in its original colours, the council said.",
         "Privacy Policy\nContact\n"),
        ("Related", "Benches from the old square will be sold to residents in May.",
         ("Most read\nCliff path closed after rockfall near the lighthouse\n"
          "Lifeboat crew rescues two walkers cut off by the tide\n")),
        ("RELATED STORIES", "Traders on the harbour square will stay open while the work goes on.",
         "Share\nFacebook\n"),
    ],
)  # fmt: skip
def test_the_storys_last_paragraph_under_a_label_over_one_headline_is_kept(
    label: str, closing: str, under: str
) -> None:
    # One paragraph under the headline that tells of the story (a word of its last
    # paragraphs) and not of the headline is the story's last, not the teaser's summary.
    text = (
        _TEASER_HEAD
        + f"{label}\nFerry timetable changes for the summer season\n{closing}\n"
        + under
        + "\u00a9 2024 Coast Herald\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == closing
    assert len(a.paragraphs) == 3


@pytest.mark.parametrize(
    ("note", "writer"),
    [
        ("Kim Alder is a reporter for the Valley Herald covering transport.", "Kim Alder"),
        ("Ana de la Cruz is a senior correspondent at The Valley Herald.", "Ana de la Cruz"),
    ],
)
def test_a_note_about_the_writer_under_the_story_signs_a_page_with_no_byline(
    note: str, writer: str
) -> None:
    text = _HERALD_HEAD + "14 August 2023\n" + _BODY + note + "\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == (writer,)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_bare_i_agree_in_an_interview_on_a_page_is_the_story_s() -> None:
    body = (
        "Tariq Noor opened his first restaurant at 23. We spoke to him about cooking.\n"
        "Some critics say your menu is too short.\nI agree\n"
        "But a short menu means every dish is cooked well, and that matters more to me.\n"
    )
    text = _bylined_page(body + "We use cookies to improve your experience.\nI accept\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert "I agree" in a.paragraphs
    assert "I accept" not in a.paragraphs


@pytest.mark.parametrize(
    "summary",
    [
        "More boats will call at the harbour each week from June.",
        "Sailings will leave from the new pier on Monday mornings.",
    ],
)
def test_a_summary_sharing_one_word_with_the_story_is_still_the_teasers(summary: str) -> None:
    # A related story's summary is on the story's topic: one word it shares (``harbour``,
    # ``Monday``; ``said`` never counts) does not make it the story's last paragraph.
    text = (
        _TEASER_HEAD
        + f"Related\nFerry timetable changes for the summer season\n{summary}\n"
        + "Privacy Policy\nContact\n\u00a9 2024 Coast Herald\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert summary not in a.paragraphs
    assert len(a.paragraphs) == 2


_TEASER_FOOT = "Privacy Policy\nContact\n\u00a9 2024 Coast Herald\n"
_CLOSING = "Sailings to the island will run every hour from June, the operator said today.\n"


@pytest.mark.parametrize("label", ["Read also:", "Leia também:", "Lire aussi :"])
def test_one_paragraph_under_a_labels_colon_over_one_headline_is_the_storys(label: str) -> None:
    # ``Read also:`` over its title is ``Read also: Title`` split in two, a link set in
    # the text, not a box of other stories: the paragraph under it is the story's.
    text = (
        _TEASER_HEAD
        + f"{label}\nFerry timetable changes for the summer season\n"
        + _CLOSING
        + "More news\n"
        + _TEASER_FOOT
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == _CLOSING.strip()
    assert "Ferry timetable changes for the summer season" not in a.paragraphs
    assert len(a.paragraphs) == 3


@pytest.mark.parametrize("label", ["Read also:", "Baca Juga:", "See also:"])
def test_a_short_closing_line_under_a_link_set_in_the_text_is_the_storys(label: str) -> None:
    # A one-line link (``Baca Juga: Title``) between two short closing sentences, the
    # page's tags under them: both are the story's.
    quote = "Traders are pleased."
    closing = "Work will finish in September."
    text = (
        _TEASER_HEAD
        + f"{quote}\n{label} Ferry timetable changes for the summer season\n{closing}\n"
        + "Tags\nharbour\nCoast Town\n"
        + _TEASER_FOOT
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-2:] == (quote, closing)


def test_a_label_over_one_headline_atop_a_list_is_the_pages() -> None:
    # The box of one link over a list that the story goes on with is left out of the
    # stretch; the list (half its lines with a figure) is the story's.
    text = (
        _TEASER_HEAD + "You might also like\nFerry timetable changes for the summer season\n"
        "Ingredients\n1 kg pumpkin\n100 g amaretti\n80 g grated parmesan\nMethod\n"
        "1. Roast the pumpkin in the oven for 40 minutes.\n"
        "2. Mash the flesh and stir in the amaretti and the parmesan.\n"
        "3. Roll out the pasta, fill it and close the parcels.\n"
        "Serve them with melted butter and sage.\n"
        "Privacy Policy\nContact\n\u00a9 2024 Coast Herald\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[2:6] == (
        "Ingredients",
        "1 kg pumpkin",
        "100 g amaretti",
        "80 g grated parmesan",
    )
    assert "Ferry timetable changes for the summer season" not in a.paragraphs


_RACE_HEAD = (
    "Harriers take five titles at county cross-country | Valley Herald\n"
    + _MENU
    + "Harriers take five titles at county cross-country\n"
    "By Jane Doe\n8 January 2024\n"
    "Valley Harriers won five of the eight team titles at the county cross-country"
    " championships on a muddy course at Marsh Park on Saturday.\n"
    "In the senior women's race, Kate Dunmore pulled away on the final lap to win by"
    " fourteen seconds.\n"
)
_RACE_RESULTS = (
    "Senior women (8km)\n1. Kate Dunmore (Valley) 29:41\n2. Sadie Pruitt (Wexton AC) 29:55\n"
    "Senior men (10km)\n1. Piers Hallam (Marsh Road) 32:08\n2. Danny Okoro (Valley) 32:19\n"
)


def test_a_closing_line_under_a_link_set_in_the_text_and_a_list_is_the_storys() -> None:
    # A link set in the text (``Related: Title``) over the story's results and its
    # closing line: the line tells of the race and is the story's.
    closing = "The top six in each race qualify for the regional championships in February."
    text = (
        _RACE_HEAD
        + "Related: Meet the couple who turned a chapel into a bakery\n"
        + _RACE_RESULTS
        + closing
        + "\nRelated Stories\nHarbour fees to rise in spring as council seeks income\n"
        "Privacy Policy\n\u00a9 2024 Valley Herald\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == closing
    assert "1. Kate Dunmore (Valley) 29:41" in a.paragraphs


def test_a_tagline_under_a_link_set_in_the_text_is_not_the_storys() -> None:
    # A blog's name and tagline under such a link tell of nothing in the story.
    text = (
        _RACE_HEAD + "Read more: Meet the couple who turned a chapel into a bakery\n"
        "runner8090\nToys, comics and cartoons of the eighties!\n"
        "Leave a comment\nYou must be logged in to post a comment.\n"
        "Privacy Policy\n\u00a9 2024 Valley Herald\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(a.paragraphs) == 2


def test_a_subheading_right_under_a_sign_up_boxs_button_is_the_storys() -> None:
    # The box ends at its button: the heading under it opens the story's next part.
    text = (
        _RACE_HEAD + "Sign up to our newsletter\nGet the latest news from the county straight"
        " to your inbox.\nSign up\nWhy it matters\n"
        "The championships decide who runs for the county at the national races in March,"
        " the club's coach said.\n"
        "The club has entered teams in every age group for the first time since 2015.\n"
        "Share\nFacebook\nPrivacy Policy\n\u00a9 2024 Valley Herald\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert "Why it matters" in a.paragraphs
    assert "Sign up" not in a.paragraphs


def test_a_table_under_a_sign_up_box_near_the_end_is_the_storys() -> None:
    # A sign-up box, then the story's table and its closing line over the comments:
    # the box counts as one line of the gap, and the table under its button is kept.
    rows = [
        "Period | Team | Scorer | Time",
        "1st | FEN | Rask | 6:12",
        "1st | MAR | Soren | 14:40",
        "2nd | FEN | Delacroix | 3:05",
        "3rd | FEN | Rask | 8:51",
        "3rd | MAR | Soren | 15:22",
        "3rd | MAR | Okoye | 16:52",
        "OT | MAR | Aske | 2:14",
    ]
    text = (
        _RACE_HEAD + "Sign up to our newsletter\nGet the latest news from the county straight"
        " to your inbox.\nSign up\nScoring summary\n" + "\n".join(rows) + "\n"
        "The Hawks host Carrow on Tuesday.\n3 Comments\nGareth Mills\nLong overdue, well"
        " done to all of them.\nReply\nPrivacy Policy\n\u00a9 2024 Valley Herald\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[2:] == ("Scoring summary", *rows, "The Hawks host Carrow on Tuesday.")


def test_the_small_print_under_a_sign_up_button_is_the_boxs() -> None:
    text = (
        _RACE_HEAD + "Let our news meet your inbox. The news that matters, delivered weekday"
        " mornings.\nSign Up\nThis site is protected by recaptcha Privacy Policy | Terms of"
        " Service\nThe club has entered teams in every age group for the first time since"
        " 2015, its secretary said.\nShare\nFacebook\nPrivacy Policy\n\u00a9 2024 Valley Herald\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert not any("recaptcha" in p for p in a.paragraphs)


_LIVE_ENTRIES = (
    "09:05\nEngineers are working to restore supplies but warned some customers may be"
    " without power until Friday.\nShare\n"
    "08:48\nPower cuts across the valley\nThe grid operator says about 40,000 homes are"
    " without electricity, most of them in the valley.\nShare\n"
    "08:31\nRail services suspended\nAll services between Porthallow and Kerris are"
    " cancelled until at least midday after trees fell on the line.\nShare\n"
    "08:14\nGood morning and welcome to our live coverage of Storm Hesper, which has brought"
    " gusts of up to 90mph to western coasts overnight.\nShare\n"
)


def test_a_live_blogs_entry_headlines_are_the_storys_and_its_standfirst_over_key_events() -> None:
    # Each entry opens with its time under the share button of the entry above; its
    # headline under the time is the text's. The standfirst under the headline stands
    # over the live blog's buttons and script notice, then the names and the date.
    standfirst = "Gusts of up to 90mph cut power to homes as amber wind warning stays in place"
    text = (
        "Skip to main content\n" + _HEADER_MENU + "Live\n"
        "Storm Hesper live: trains cancelled and 40,000 homes without power\n"
        + standfirst
        + "\nKey events\nShow key events only\n"
        "Please turn on JavaScript to use this feature\n"
        "Rowan Achterberg and Sunita Vale\nThu 27 Nov 2025 09.05 GMT\n"
        + _LIVE_ENTRIES
        + "Most viewed\nCouncil tax bills to rise by up to 5%\nPrivacy policy\n"
        "\u00a9 2025 Example News Media Limited\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary == standfirst
    assert "Power cuts across the valley" in a.paragraphs
    assert "Rail services suspended" in a.paragraphs
    assert not any(p in {"08:48", "Share"} for p in a.paragraphs)
    assert len(a.paragraphs) == 6


def test_a_live_blogs_entry_headline_under_its_time_is_the_storys() -> None:
    text = _bylined_page(_LIVE_ENTRIES)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[1:3] == (
        "Power cuts across the valley",
        (
            "The grid operator says about 40,000 homes are without electricity, most of them in"
            " the valley."
        ),
    )
    assert "Rail services suspended" in a.paragraphs


# Turkish writes the dotless i (U+0131).
_TR_BODY = (
    "Yeni yaya köprüsü cumartesi günü açıldı ve ilk gün yüzlerce kişi köprüden geçti.\n"  # noqa: RUF001
    "Belediye başkanı, köprünün bir yıl içinde tamamlandığını ve bütçeyi aşmadığını söyledi.\n"  # noqa: RUF001
    "Bisikletliler köprüyü önümüzdeki aydan itibaren kullanabilecek.\n"
)
_VI_BODY = (
    "Cây cầu đi bộ mới đã mở cửa vào sáng thứ bảy sau một năm thi công.\n"
    "Chính quyền thành phố cho biết cây cầu được xây dựng bằng ngân sách địa phương.\n"
    "Người đi xe đạp có thể sử dụng cầu từ tháng sau.\n"
)


@pytest.mark.parametrize(
    ("date", "names", "bar", "body"),
    [
        ("30.08.2025 - 14:20", "Elif Korkmazer", "Paylaş\nFacebook\nTwitter\n", _TR_BODY),
        (
            "Thứ bảy, 21/6/2025, 08:45 (GMT+7)",
            "Nguyễn Thu Hằng",
            "Chia sẻ\nFacebook\nZalo\n",
            _VI_BODY,
        ),
    ],
)
def test_names_under_the_date_over_the_share_bar_sign_the_story(
    date: str, names: str, bar: str, body: str
) -> None:
    # A news portal's header: headline, date, the writer's names, the share bar. On an
    # English page a place or a topic stands there as often (the test below).
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "Footbridge opens to walkers\n"
        f"{date}\n{names}\n{bar}" + body + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == (names,)
    assert a.paragraphs == tuple(body.splitlines())


def test_a_short_sentence_under_the_headline_over_the_byline_is_the_standfirst() -> None:
    # A short sentence with its full stop right under the headline and over the byline
    # is the standfirst, though it shares no word with the headline or the lead.
    standfirst = "Obra deve durar seis meses e custar R$ 2,3 milhões."
    text = (
        "Prefeitura anuncia reforma da praça central em abril | Diário do Vale\n"
        "Início\nCidades\nPolítica\nEsportes\nCultura\nAssine\n"
        "Prefeitura anuncia reforma da praça central em abril\n"
        f"{standfirst}\nPor Renata Albuquerque\nPublicado em 11/03/2024 às 14h20\n"
        "A prefeitura anunciou nesta segunda-feira que a reforma da praça começa no dia 2"
        " de abril.\n"
        "O projeto prevê a troca do piso, a instalação de novos bancos e a recuperação do"
        " coreto.\n"
        "Política de Privacidade\n\u00a9 2024 Diário do Vale\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary == standfirst
    assert a.byline is not None
    assert a.byline.authors == ("Renata Albuquerque",)
    assert len(a.paragraphs) == 2


def _review_page(byline: str) -> str:
    return (
        "Skip to main content\nThe homepage\nTech\nReviews\nScience\nEntertainment\nPolicy\n"
        "Menu\nSign in\nReviews\n/\nGadgets\n"
        "Ferrolite's new e-reader has colour ink and a price to match\n"
        "The Ferrolite Aura C costs $379 and ships next month\n"
        f"{byline}\nOct 1, 2025, 1:00 PM UTC\nShare this story\n"
        "Ferrolite is adding colour to its top-end e-reader, and it wants you to pay"
        " handsomely for the privilege.\n"
        "The reader is the star of the show.\nPhoto by Ines Calloway / The Tech Desk\n"
        "The Aura C uses a 7.8-inch colour e-paper panel that shows up to 4,096 colours at a"
        " lower resolution than black-and-white text.\n"
        "Related\nQuillon's first foldable was a glorious mess\n"
        "In a short hands-on session, comic pages looked muted but perfectly legible, closer"
        " to newsprint than to a tablet.\n"
        "The device ships on November 5th in the US and Canada, with Europe to follow early"
        " next year.\n"
        "Comments\nMost Popular\nThe best Black Friday deals we've found so far\n"
        "Terms of Use\nPrivacy Notice\n\u00a9 2025 Example Media, LLC. All Rights Reserved\n"
    )


def test_a_caption_in_the_lead_does_not_thin_it_out_of_the_article() -> None:
    # The lead, a photo's caption and credit and a paragraph, over a box of one link:
    # the caption does not make the run above too thin to join the rest under it.
    text = _review_page("by Kiri Takemoto-Banks")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Ferrolite's new e-reader has colour ink and a price to match"
    assert len(a.paragraphs) == 4
    assert a.paragraphs[0].startswith("Ferrolite is adding colour")


def test_a_byline_with_a_description_of_the_writer_closes_the_header() -> None:
    # ``By`` names, a comma and what the writer covers: longer than a date line, a
    # byline all the same, so the line over it is the standfirst.
    text = _review_page(
        "By Kiri Takemoto-Banks, a senior reviewer covering phones, e-readers and the odd router."
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary == "The Ferrolite Aura C costs $379 and ships next month"
    assert a.byline is not None
    assert a.byline.authors == ("Kiri Takemoto-Banks",)
    assert len(a.paragraphs) == 4


def test_an_ingredient_in_lower_case_under_quantities_is_an_entry_of_its_own() -> None:
    text = (
        "Tortelli di zucca, la ricetta della nonna | Cucina di Borgo\n"
        "Home\nRicette\nPrimi\nSecondi\nDolci\nContatti\n"
        "Tortelli di zucca, la ricetta della nonna\ndi Giulia Bernasconi\n20 ottobre 2023\n"
        "I tortelli di zucca sono il piatto della festa a Borgo Ventoso, e ogni famiglia"
        " ha la sua ricetta.\n"
        "Questa è quella di nonna Ada, che li prepara ogni anno per la vigilia di Natale.\n"
        "Ingredienti\n1 kg di zucca\n100 g di amaretti\n80 g di parmigiano grattugiato\n"
        "noce moscata\nPreparazione\n"
        "1. Cuocete la zucca in forno per 40 minuti.\n"
        "2. Schiacciate la polpa e unite amaretti, parmigiano e noce moscata.\n"
        "Serviteli con burro fuso e salvia.\n"
        "Privacy\nCookie policy\n\u00a9 Cucina di Borgo\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[5:7] == ("80 g di parmigiano grattugiato", "noce moscata")


@pytest.mark.parametrize(
    ("pieces", "sentence"),
    [
        # Two links in a sentence, each on a line of its own, the sentence ending under
        # them in lower case.
        (
            (
                "Drivers were told to check the",
                "full list of closed roads",
                "on the council website",
                "before setting out, and to avoid the river road until the water has gone down.",
            ),
            (
                "Drivers were told to check the full list of closed roads on the council website"
                " before setting out, and to avoid the river road until the water has gone down."
            ),
        ),
        # One link closing the sentence.
        (
            ("Residents can read the", "county's flood advice", "online."),
            "Residents can read the county's flood advice online.",
        ),
    ],
)
def test_a_sentence_broken_at_its_inline_links_is_one_paragraph(
    pieces: tuple[str, ...], sentence: str
) -> None:
    # The flattening sets each link on a line of its own: the short lines in lower case
    # under it carry the sentence on to its stop, no list's entries.
    first, second, third = _BODY.splitlines()
    body = first + "\n" + "\n".join(pieces) + "\n" + second + "\n" + third + "\n"
    text = _HERALD_HEAD + "By Jane Doe\nAugust 14, 2023\n" + body + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (first, sentence, second, third)


def test_entries_in_lower_case_under_a_subheading_stay_apart() -> None:
    # A German list's entries open in lower case but for their nouns and end no
    # sentence: no sentence broken at its links, which the line under would end.
    text = (
        "Höhle bei Tal entdeckt | Taler Bote\n"
        "Startseite\nPolitik\nWirtschaft\nSport\nKultur\nWetter\n"
        "Höhle bei Tal entdeckt\nVon Karin Lenz\n14.08.2023\n"
        "Forscher haben bei Tal eine Höhle entdeckt, die seit Jahrtausenden verschlossen war.\n"
        "Was die Forscher fanden\nTropfsteine bis vier Meter\neinen unterirdischen See\n"
        "Knochen von Höhlenbären\n"
        "Die Höhle soll im nächsten Jahr für Besucher geöffnet werden, sagte der Bürgermeister.\n"
        "Impressum\nDatenschutz\n\u00a9 2023 Taler Bote\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert not any("Meter einen" in p or "See Knochen" in p for p in a.paragraphs)
    assert "Knochen von Höhlenbären" in a.paragraphs


def test_a_closing_table_with_cells_parted_by_spaces_is_the_storys() -> None:
    # A rates table flattened with two spaces between its cells closes the story over
    # the footer: its rows are the article's, as with a tab or a bar between them.
    rows = ("Product  Now  Month ago", "2-year fix  4.62%  4.91%", "Tracker  5.05%  5.10%")
    text = _bylined_page(_BODY + "Key figures\n" + "\n".join(rows) + "\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-4:] == ("Key figures", *(" ".join(r.split()) for r in rows))


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Tracker 5.05% 5.10%", True),
        ("Harbour +3 -1 $129", True),
        ("Rates rose 0.3% today", False),
        ("Product  Now  Month ago", True),
        ("Privacy  Terms", False),
    ],
)
def test_rows_with_percents_or_cells_parted_by_spaces(line: str, row: bool) -> None:
    from newsparse.formats._page.lists import _is_list_or_row  # noqa: PLC0415

    info = next(iter(classify_lines(line + "\n", split_lines(line + "\n"))))
    assert _is_list_or_row(info) is row


def test_writers_cards_each_a_name_over_a_handle_are_all_the_byline() -> None:
    text = (
        "Footbridge opens to walkers | The Valley Herald\n"
        + _MENU
        + "Footbridge opens to walkers\n"
        "Published Tue, Nov 4 2025 2:35 PM EST\n"
        "Jane Doe\n@jane_reports\nSam Roe\n@sam_reports\nShare\nFacebook\n" + _BODY + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe", "Sam Roe")
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("title", "last"),
    [
        # The first line is the headline, not a masthead: it names no site.
        ("Mayor Ruiz defends budget\n", "Ruiz is a former teacher who was first elected in 2019."),
        # A town the site is named after is no site.
        (
            "Footbridge opens to walkers | The Valley Herald\n",
            "Valley is a town of about 9,000 people north of the county seat.",
        ),
        # A council's accounts share a word with the site's name, not the whole name.
        (
            "Footbridge opens to walkers | The Valley Herald\n",
            "Follow Valley Council on Facebook and X for updates on the works.",
        ),
        # A council's call for views on its plans, quoted, is about no article.
        (
            "Footbridge opens to walkers | The Valley Herald\n",
            "If you have views on the plans, please email us at plans@valley.example.",
        ),
    ],
)
def test_a_closing_line_about_the_story_is_no_site_note(title: str, last: str) -> None:
    head = title + _MENU + title.split(" | ", maxsplit=1)[0].rstrip("\n") + "\n"
    text = head + "By Marta Kellaway\nAugust 14, 2023\n" + _BODY + last + "\n" + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_BODY.splitlines(), last)


@pytest.mark.parametrize(
    "over",
    [
        "REUTERS\nAugust 14, 2023\nBy Marta Kellaway\n",
        "The Associated Press\nAugust 14, 2023\nBy Marta Kellaway\n",
        "AFP\nAugust 14, 2023 | By Marta Kellaway\n",
        "Reuters\nUpdated: August 14, 2023 10:15 BST\nMarta Kellaway\nForeign correspondent\n",
    ],
)
def test_an_agencys_name_over_the_date_and_a_writer_credits_a_photo(over: str) -> None:
    # The agency's name is a photo's credit when a writer signs the story by the date.
    text = _HERALD_HEAD + over + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)
    assert a.byline.organization is None


@pytest.mark.parametrize("colon", ["\uff1a", ": "])
def test_an_inline_link_after_a_full_width_colon_is_one_line(colon: str) -> None:
    # ``相关阅读`` and a title after a full-width colon (related reading: ...) set
    # between two paragraphs of a Chinese story is a link to one story, as ``Read more:
    # Title`` is: it opens no box of links, and the paragraphs under it are the story's.
    paras = (
        "6月3日\uff0c河西镇新建的游泳馆正式对外开放\uff0c可同时容纳300人。",
        "据镇体育中心介绍\uff0c游泳馆设有成人池和儿童池\uff0c水温常年保持在27度。",
        "游泳馆每周一闭馆维护\uff0c其余时间开放至晚上8点。",
        "开放首日\uff0c共有900余名市民前来体验。",
    )
    text = (
        "河西镇新建游泳馆对外开放\n\n首页\n\n新闻\n\n体育\n\n登录\n\n"
        "河西镇新建游泳馆对外开放\n\n记者 周明远\n\n2025-06-03 09:15\n\n"
        f"{paras[0]}\n\n{paras[1]}\n\n相关阅读{colon}河西镇新增两条公交线路\n\n"
        f"{paras[2]}\n\n{paras[3]}\n\n责任编辑\uff1a李国强\n\n相关新闻\n\n"
        "河西镇举办首届龙舟赛\n\n关于我们\n\n联系我们\n\nCopyright © 2025 河西新闻网 版权所有\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == paras


@pytest.mark.parametrize(
    "box",
    [
        # A markets widget whose cells two spaces part, as a table flattens.
        "Markets\nFTSE 100  7,412.50  +0.3%\nDow Jones  34,120.22  -0.1%\nGBP/USD  1.2714  +0.2%\n",
        # The weather and the traffic, the same.
        "Weather  Kerris  18\u00b0C  Sunny\nTraffic  A30  Delays of 20 minutes\n",
    ],
)
def test_a_widgets_rows_parted_by_two_spaces_under_the_story_leave_the_body(box: str) -> None:
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n" + _BODY + box + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "under",
    [
        "Photo: Tom Reyes\nAugust 14, 2023\n",
        "Photo: Tom Reyes\nBy Marta Kellaway\nAugust 14, 2023\n",
        "Share\nSave\nAugust 14, 2023\n",
    ],
)
def test_a_caption_over_a_credit_or_a_share_bar_is_no_standfirst(under: str) -> None:
    caption = "Walkers cross the new footbridge on its first morning\n"
    text = _HERALD_HEAD + caption + under + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.summary is None


def test_a_place_under_the_date_over_a_share_bar_on_an_english_page_is_no_byline() -> None:
    under = "August 14, 2023, 09:15\nKerris Valley\nShare\nFacebook\nX\n"
    text = _HERALD_HEAD + under + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None or a.byline.authors == ()


def test_a_place_under_the_writers_handle_is_no_second_writer() -> None:
    under = "By Marta Kellaway\n@mkellaway\nKerris Valley\nAugust 14, 2023\n"
    text = _HERALD_HEAD + under + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Marta Kellaway",)


def test_a_subscriptions_pitch_under_a_link_is_no_closing_tail() -> None:
    body = "\n".join(_BODY.splitlines()[:2]) + "\n"
    tail = (
        "Related: Walkers flock to the coast path\nSupport local journalism\nSubscribe\n"
        "For just \u00a31 a week you can read every story about the town and the bridge.\n"
    )
    text = _HERALD_HEAD + "By Marta Kellaway\nAugust 14, 2023\n" + body + tail + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(body.splitlines())


@pytest.mark.parametrize(
    ("between", "under"),
    [
        # An empty advert slot's note, and a comment section's house rules.
        (
            (
                "Advertisement 2\n"
                "This advertisement has not loaded yet, but your article continues below.\n"
            ),
            (
                "Share this article in your social network\nComments\n"
                "Herald Media is committed to maintaining a lively but civil forum for discussion."
                " Please keep comments relevant and respectful.\n"
            ),
        ),
        # A link under a bare label between paragraphs; the readers' views disclaimed.
        (
            "READ: Ferry operator cuts winter timetable\n",
            (
                "Comments expressed here do not reflect the opinions of The Valley Herald or any"
                " employee thereof.\nLeave a Reply\n"
            ),
        ),
        # The site's sign-off, its address after a dash, and a box of mood buttons.
        ("", "\u2013 ValleyHerald.com\nHow does this make you feel?\n"),
        # The paper's edition that printed the story, a call to follow the site, the
        # comments' moderation, and the holder's name after ``Copyright``.
        (
            "",
            (
                "Published in The Valley Herald, December 7th, 2023.\n"
                "Like Valley on Facebook, follow @ValleyHerald on Twitter to stay informed and"
                " join in the conversation.\nCOMMENTS\n"
                "Comments are moderated and generally will be posted if they are on-topic.\n"
                "Copyright VALLEY HERALD.\n"
            ),
        ),
    ],
)
def test_a_sites_notes_between_and_under_the_paragraphs_are_furniture(
    between: str, under: str
) -> None:
    first, second, third = _BODY.splitlines(keepends=True)
    text = (
        _HERALD_HEAD
        + "By Jane Doe\nAugust 14, 2023\n"
        + first
        + second
        + between
        + third
        + under
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        # Another site's address under a quote: the quote's source, the story's.
        ("\u2013 Tripadvisor.com", True),
        ("\u2014 Yelp.com", True),
        # The site's own address: its sign-off, wherever it stands; by its initials too.
        ("\u2013 ValleyHerald.com", False),
        ("\u2013 VHNews.com", False),
    ],
)
def test_an_address_after_a_dash_between_paragraphs(source: str, *, kept: bool) -> None:
    body = (
        "The new hotel on the bay has drawn hundreds of reviews on travel sites since it"
        " opened in December.\n"
        "One guest wrote that the rooms were the best on the coast, praising the view.\n"
        + source
        + "\nAnother complained about the noise from the harbour bars on Friday nights.\n"
        "The owner said she reads every review herself and answers the complaints.\n"
    )
    text = _HERALD_HEAD + "By Jane Doe\nAugust 14, 2023\n" + body + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    expected = body.splitlines()
    if not kept:
        expected.remove(source)
    assert a.paragraphs == tuple(expected)


def test_a_story_line_telling_of_a_comment_plea_is_the_storys() -> None:
    # The plea is the subject of the sentence (``... was the group's only rule``): the
    # story tells of house rules, it sets none of its own.
    body = (
        "The town's biggest Facebook group, with 40,000 members, has closed after a month"
        " of rows over the harbour development.\n"
        "Please keep comments civil and on topic was the group's only rule when it opened"
        " in 2015 as a place to swap lost-pet notices.\n"
        "Its founder said she could no longer moderate it alone.\n"
    )
    text = _HERALD_HEAD + "By Jane Doe\nAugust 14, 2023\n" + body + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(body.splitlines())


@pytest.mark.parametrize(
    ("title", "over"),
    [
        ("Footbridge opens to walkers | The Valley Herald\n", ""),
        ("Footbridge opens to walkers | Local News | valleyherald.com\n", "Buy Now\n"),
    ],
)
def test_a_credit_to_the_site_between_paragraphs_makes_a_caption_of_the_line_over_it(
    title: str, over: str
) -> None:
    # ``Jo Roe | Valley Herald``: a staff photo's credit, the site named as the title
    # names it (or by its address); the short line over it is the photo's caption.
    first, second, third = _BODY.splitlines(keepends=True)
    text = (
        title
        + _MENU
        + "Footbridge opens to walkers\nBy Jane Doe\nAugust 14, 2023\n"
        + first
        + over
        + "Walkers on the new bridge on Saturday.\nHarlan Voss | Valley Herald\n"
        + second
        + third
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_short_line_said_over_a_credit_to_the_site_stays_the_storys() -> None:
    first, second, third = _BODY.splitlines(keepends=True)
    text = (
        _HERALD_HEAD
        + "By Jane Doe\nAugust 14, 2023\n"
        + first
        + "It is a fine bridge, the mayor said.\nHarlan Voss | Valley Herald\n"
        + second
        + third
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert "It is a fine bridge, the mayor said." in a.paragraphs


def test_a_title_that_names_a_paper_is_the_sites_name_not_the_headline() -> None:
    # ``The Lion City Times``: four words, title-cased, a paper's last; the headline is
    # read over the writer's name, role and the date's label.
    text = (
        "The Valley Coast Times\n"
        + _MENU
        + "Subscribe\nLog in\nLocal\nFootbridge opens to walkers after a year of work\n"
        "Jane Doe\nSenior Correspondent\nUPDATED\nAug 14, 2023, 09:52 AM\n" + _BODY + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Footbridge opens to walkers after a year of work"
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "bar",
    ["Share", "Share this article", "Facebook Twitter Email Print"],
)
def test_the_h1_worded_apart_over_the_header_and_a_share_bar(bar: str) -> None:
    # The title worded for search engines; the <h1>, its standfirst, the byline and
    # the date, then a share bar over the body: the <h1> is the headline.
    text = (
        "Ferry fares frozen | The Almar Courier\n"
        "Home News Sport Business Opinion Weather\n"
        "Harbour board freezes ferry fares for islanders until 2027\n"
        "Commuters welcome the move after two years of rises\n"
        "By Maria Lopez\n"
        "14 Aug 2023\n"
        f"{bar}\n"
        "The harbour board voted on Monday to freeze ferry fares for islanders until 2027.\n"
        "Fares rose by a fifth over the past two years, the board said.\n"
        "Commuters had asked the board for a freeze since the spring.\n"
        "Related Stories\nNew timetable for the summer\n"
        "\u00a9 2023 The Almar Courier. All rights reserved.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.headline == "Harbour board freezes ferry fares for islanders until 2027"
    assert a.paragraphs[0].startswith("The harbour board voted")


def test_a_menu_line_over_the_h1_is_no_headline_over_its_standfirst() -> None:
    # Capitalised words alone that the story does not tell of, over the <h1>: the
    # site's menu, not a headline over the <h1> as its standfirst.
    text = (
        "Mum's anger as council skips her bins | Daily Almar\n"
        "News Showbiz Sport Money Travel\n"
        "Mum's anger after council fails to collect garden waste for TWELVE weeks\n"
        "By GARETH MOSS\n"
        "Published: 09:15, 21 March 2025 | Updated: 10:02, 21 March 2025\n"
        "Share this article\n"
        "A mother has hit out at her council after her garden waste went unemptied for "
        "twelve weeks.\n"
        "She said she had paid the council for the service in full in January.\n"
        "The council apologised and blamed a shortage of drivers.\n"
        "Share or comment on this article\n"
        "Privacy Policy\n"
        "\u00a9 2025 Daily Almar. All rights reserved.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.headline == (
        "Mum's anger after council fails to collect garden waste for TWELVE weeks"
    )


# Bylines set other than as ``By`` over the date (invented pages and names).
_POST_HEAD = "Footbridge opens to walkers | Valley Post\n" + _MENU + "Footbridge opens to walkers\n"


@pytest.mark.parametrize(
    ("header", "authors", "organization"),
    [
        # A line over a town over the date: on a page in English as often a subject's
        # label as a writer (pages in other languages read the names: test_webpage_i18n).
        ("Jane Doe\nAshford\n14 March 2025 - 09:30\n", (), None),
        ("Road Closures\nAshford\n14 March 2025 - 09:30\n", (), None),
        # The outlet after a dash, as after a bar.
        ("Jane Doe - Valley Post\nFriday, 14 Mar 2025 09:30\n", ("Jane Doe",), "Valley Post"),
        # A sister site's or a broadcaster's name.
        ("Jane Doe - Valley Live\nFriday, 14 Mar 2025 09:30\n", ("Jane Doe",), "Valley Live"),
        ("Jane Doe - Kent Online\nFriday, 14 Mar 2025 09:30\n", ("Jane Doe",), "Kent Online"),
        ("Jane Doe - Sky Sports\nFriday, 14 Mar 2025 09:30\n", ("Jane Doe",), "Sky Sports"),
        ("Jane Doe - Al Jazeera\nFriday, 14 Mar 2025 09:30\n", ("Jane Doe",), "Al Jazeera"),
        # The entry's meta of a blog or a portal: the date, then the names, then perhaps
        # the category, which is no outlet.
        ("March 14, 2025\nJane Doe\nLocal News\n", ("Jane Doe",), None),
        # On a page in English a line right over the body is as often a place, a
        # subheading or a topic as a writer: only the blog's meta, the category under
        # the names, signs the story there.
        ("March 14, 2025\nJane Doe\n", (), None),
        ("Yesterday, 15:42\nJane Doe\n", (), None),
        ("March 14, 2025\nAshford Harbour\n", (), None),
        ("March 14, 2025\nWinter Sailings\n", (), None),
        # A kicker in capitals that names a signed piece between the headline and the
        # names; a kicker any story takes stands over a place as often.
        ("COLUMN\nJane Doe\nMarch 14, 2025\n", ("Jane Doe",), None),
        ("NEWS ANALYSIS\nJane Doe\nMarch 14, 2025\n", ("Jane Doe",), None),
        ("FEATURE\nJane Doe\nMarch 14, 2025\n", ("Jane Doe",), None),
        ("LETTERS\nJane Doe\nMarch 14, 2025\n", ("Jane Doe",), None),
        ("INVESTIGATION\nJane Doe\nMarch 14, 2025\n", ("Jane Doe",), None),
        ("MY VIEW\nJane Doe\nMarch 14, 2025\n", ("Jane Doe",), None),
        ("EXCLUSIVE\nAshford Harbour\nMarch 14, 2025\n", (), None),
        # The outlet after the dash must close as an outlet's name does: a kind of
        # piece and its topic or part are no writer and outlet.
        ("Match Report - Premier League\nMarch 14, 2025\n", (), None),
        ("Island Lives - Part Three\nMarch 14, 2025\n", (), None),
        # A place or a section is no writer, wherever it stands.
        ("March 14, 2025\nNew York\n", (), None),
        ("March 14, 2025\nBreaking News\n", (), None),
        ("COLUMN\nStorm Ivy\nMarch 14, 2025\n", (), None),
    ],
)
def test_names_with_no_by_beside_the_date_in_other_arrangements_are_the_byline(
    header: str, authors: tuple[str, ...], organization: str | None
) -> None:
    text = _POST_HEAD + header + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.byline.authors if a.byline else ()) == authors
    assert (a.byline.organization if a.byline else None) == organization
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_names_over_a_writers_handle_under_a_place_like_name_stay_two_writers() -> None:
    # ``Sam Roe`` under ``@janedoe`` is the next writer, not Jane Doe's town.
    text = _POST_HEAD + (
        "Published Tue, Nov 4 2025 2:35 PM EST\nJane Doe\n@janedoe\nSam Roe\n@samroe\nShare\n"
        + _BODY
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe", "Sam Roe")


def test_a_columnists_name_that_the_title_repeats_over_the_headline_is_the_byline() -> None:
    head = "Why the lamps come on earlier - {name} - Valley Post\nHome\nWriters\n"
    over = "Jane Doe\nAll her columns\nWhy the lamps come on earlier\nMarch 14, 2025\n"
    text = head.format(name="Jane Doe") + over + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    # A name in the menu that the title does not repeat signs nothing.
    text = head.format(name="Opinion") + over + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None


@pytest.mark.parametrize("section", ["Real Estate", "Premier League", "Prince Albert"])
def test_a_section_the_title_repeats_over_the_headline_under_the_menu_is_no_columnist(
    section: str,
) -> None:
    # A title's middle piece is often the section, which the menu shows over the
    # headline too; only a label of the page's writers over it makes it a columnist.
    headline = "Why the lamps come on earlier"
    text = (
        f"{headline} - {section} - Valley Post\n{_MENU}{section}\n{headline}\n"
        "March 14, 2025\n" + _BODY + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None
    assert a.headline == headline


def test_a_name_closing_a_quoted_note_over_the_share_bar_is_no_byline() -> None:
    # The note's writer signs the note, not the story (and not on an English page).
    text = (
        "Ashford's oldest bakery closes | Valley Post\n"
        + _MENU
        + "Ashford's oldest bakery closes\nMarch 14, 2025\n"
        + _BODY
        + "The sign in the window read:\n"
        + "\u201cThank you for thirty years of custom.\u201d\n"
        + "Ruth Hale\nShare\nFacebook\nEmail\n"
        + _FOOTER
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None


# A Portuguese page: the site's title, its menu, the headline, byline and date.
_SERRADO_HEAD = (
    "Governo limita celulares nas escolas | Folha do Serrado\nHome\nNot\u00edcias\nEsporte\n"
    "Governo limita celulares nas escolas\nPor Ana Lima\n12/03/2025 10h30\n"
)
_SERRADO_FOOT = (
    "Compartilhe\nFacebook\nTwitter\nPol\u00edtica de privacidade\n\u00a9 2025 Folha do Serrado\n"
)
_SERRADO_OPENING = (
    "O governo estadual anunciou nesta ter\u00e7a-feira novas regras para celulares nas escolas.\n"
    "A reuni\u00e3o com os diretores das escolas durou mais de duas horas.\n"
    "Cerca de 150 pessoas acompanharam o debate na sede do governo.\n"
)
_SERRADO_REST = (
    "A secret\u00e1ria disse que as regras para as escolas saem at\u00e9 o fim do m\u00eas.\n"
    "O texto ainda passa por duas comiss\u00f5es antes do plen\u00e1rio.\n"
    "Sindicatos de professores pediram para participar.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        # ``Segue`` (remains) and ``Folge`` (consequence) open a story's sentence that
        # names an app: no call to follow the site.
        "Segue em vota\u00e7\u00e3o na Assembleia o projeto que pro\u00edbe o WhatsApp em aula.",
        "Folge der Panne bei WhatsApp waren lange Schlangen vor den Handyl\u00e4den der Stadt.",
    ],
)
def test_a_story_sentence_opening_like_a_call_keeps_the_rest_of_the_story(line: str) -> None:
    body = _SERRADO_OPENING + line + "\n" + _SERRADO_REST
    text = _SERRADO_HEAD + body + _SERRADO_FOOT
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(body.splitlines())


def test_one_call_to_the_reader_between_paragraphs_leaves_the_story_under_it() -> None:
    # The site's call alone between two paragraphs: it leaves the body, the short
    # paragraphs under it (fewer words than a sign-up box asks) stay the story's.
    call = "Segue a gente no WhatsApp e receba as not\u00edcias do dia."
    text = _SERRADO_HEAD + _SERRADO_OPENING + call + "\n" + _SERRADO_REST + _SERRADO_FOOT
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple((_SERRADO_OPENING + _SERRADO_REST).splitlines())
    assert any(text[s.start : s.end] == call for s in a.spans["furniture"])


@pytest.mark.parametrize(
    ("lead_in", "row"),
    [
        ("The options on the kiosk were:", "Happy Sad Angry"),
        ("The apps named in the ruling were:", "Facebook Instagram Threads"),
    ],
)
def test_a_row_of_button_names_a_lead_in_announces_is_the_storys_list(
    lead_in: str, row: str
) -> None:
    body = (
        _BODY
        + lead_in
        + "\n"
        + row
        + "\nMore than 2,000 people took part, and most chose the first.\n"
        + "The town will publish the full results on its website next week.\n"
    )
    text = _bylined_page(body)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(body.splitlines())


@pytest.mark.parametrize(
    "label", ["Share this story:", "Share on:", "How does this story make you feel:"]
)
def test_a_row_of_buttons_under_their_label_is_furniture(label: str) -> None:
    row = "Happy Sad Angry" if "feel" in label else "Facebook  Twitter  Email"
    text = _bylined_page(_BODY + label + "\n" + row + "\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "label",
    [
        "Pass this story on:",
        "Enjoyed this story? Share it:",
        "Know someone who would enjoy this:",
        "Compartilhe esta not\u00edcia:",
        "Teilen Sie diesen Artikel:",
    ],
)
def test_a_labelled_share_bar_between_paragraphs_leaves_the_body(label: str) -> None:
    # A box's label with no verb of being, or with a share word, is no lead-in to a
    # list of the story's: the row under it is a share bar between two paragraphs.
    rest = (
        "More than 2,000 people took part, and most chose the first.\n"
        "The town will publish the full results on its website next week.\n"
    )
    text = _bylined_page(_BODY + label + "\nFacebook  Twitter  WhatsApp\n" + rest)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple((_BODY + rest).splitlines())


@pytest.mark.parametrize(
    "line",
    [
        "Got a story? That is what the librarians ask every visitor who stops at the desk.",
        "Write to us at Easter, the sailors asked their families in 1915, and most did.",
        (
            "Most of these links are affiliate links that earn the sellers a fee on each order,"
            " the watchdog's study shows."
        ),
    ],
)
def test_a_story_sentence_opening_like_a_sites_note_is_the_storys(line: str) -> None:
    body = _OPENING + "\n" + line + "\n" + _UNDER_OPENING
    text = _bylined_page(body)
    a = newsparse.parse(text)
    check_article(text, a)
    assert line in a.paragraphs


@pytest.mark.parametrize(
    ("header", "authors", "offset"),
    [
        ("February 27, 2024 07:00 AM Eastern Standard Time", (), -5),
        ("Jul 9, 2024 4:30 PM Pacific Daylight Time", (), -7),
        ("By Jane Doe\nMarch 3, 2024 9:15 AM Central Time", ("Jane Doe",), -6),
        ("Jane Doe | March 3, 2024 9:15 AM Mountain Standard Time", ("Jane Doe",), -7),
    ],
)
def test_a_zone_written_out_after_the_time_is_the_dates_not_a_writer(
    header: str, authors: tuple[str, ...], offset: int
) -> None:
    # A newswire's stamp spells its zone out: the words are the date's, no byline's.
    text = _HERALD_HEAD + header + "\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None if not authors else a.byline is not None
    if a.byline is not None:
        assert a.byline.authors == authors
    assert a.date is not None
    assert a.date.utcoffset() == dt.timedelta(hours=offset)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "between",
    [
        "Watch: How the new footbridge was lifted into place\n",
        "Advertisement\n",
        "The bridge at dusk on Saturday. (Photo: Sam Roe/Valley Herald)\n",
    ],
)
def test_key_points_worded_as_headlines_end_at_the_lead(between: str) -> None:
    # The points have no stop; the short paragraphs under them end like sentences and
    # are the article's, however short, down to the inset line between them.
    points = (
        "Key points:\n"
        "Footbridge open to walkers from Saturday\n"
        "Cyclists allowed from next month\n"
        "Ferry makes its last crossing on Friday\n"
    )
    more = (
        "Walkers from the village said the new route would save them half an hour.\n"
        "The old ferry made its last crossing on Friday evening.\n"
    )
    lead = "".join(_BODY.splitlines(keepends=True)[:2])
    rest = "".join(_BODY.splitlines(keepends=True)[2:]) + more
    text = _bylined_page(points + lead + between + rest)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple((lead + rest).splitlines())
    assert a.rules["furniture"].count("webpage.highlights") == 4


def test_aps_up_next_box_under_a_game_story_is_the_storys() -> None:
    # AP closes a game story with the teams' next games under ``UP NEXT`` in capitals;
    # a video player's ``Up next`` label is still the page's.
    story = (
        "Footbridge FC beat Valley Rovers 2-1 on Saturday to go top of the league.\n"
        "Sam Roe scored twice in the second half after Rovers led at the break.\n"
        '"We kept going and it paid off," coach Ada Lind said.\n'
        "UP NEXT\n"
        "Footbridge: Host Harbour Town on Wednesday.\n"
        "Rovers: At Castle United on Saturday.\n"
    )
    text = _bylined_page(story + "Up next\nWatch the highlights from every game\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(story.splitlines())
    assert furniture_rule("Up next") == "navigation"
    assert furniture_rule("UP NEXT") is None


def test_a_consent_banners_standard_notice_under_the_story_is_not_the_article() -> None:
    # The banner flattened under the story: its title, its notice in the standard
    # wording (no line of it need name cookies) and its buttons.
    banner = (
        "Your privacy matters to us\n"
        "We and our 180 partners store and access information on your device, and process "
        "personal data, such as unique identifiers and standard information sent by a "
        "device, for personalised ads and content, ad and content measurement, and audience "
        "insights, as well as to develop and improve products.\n"
        "With your permission we and our partners may use precise geolocation data and "
        "identification through device scanning.\n"
        "I Accept\nShow Purposes\n"
    )
    text = _HERALD_HEAD + "By Jane Doe\n14 August 2023\n" + _BODY + banner
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "note",
    [
        (
            "The views expressed in this column are those of the author and do not "
            "necessarily reflect the views of The Valley Herald."
        ),
        "The opinions expressed in this commentary are solely those of the writer.",
        "Was this article helpful?\nYes\nNo",
    ],
)
def test_a_sites_note_under_the_story_is_not_the_article(note: str) -> None:
    # The site's note on the views it prints, or its feedback widget, under the last
    # paragraph is not the column's.
    bio = "I am asking the council to keep the bridge open all night, and so should you.\n"
    text = _bylined_page(_BODY + bio + note + "\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple((_BODY + bio).splitlines())


@pytest.mark.parametrize(
    "header",
    [
        "Jane Doe jdoe@valleyherald.com\nAug 14, 2023",
        "Jane Doe\njdoe@valleyherald.com\nAug 14, 2023",
        "Jane Doe\nStaff Writer\njdoe@valleyherald.com\nAug 14, 2023 Updated Aug 15, 2023",
    ],
)
def test_a_writers_e_mail_address_beside_or_under_bare_names(header: str) -> None:
    # Local papers print the reporter's address with the names, on their line or under
    # the role; it is no name and parts the names from the date.
    text = _HERALD_HEAD + header + "\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "contact",
    ["Acme Holdings press@acme.example", "Kestrel Group media@kestrel.example"],
)
def test_a_shared_mailbox_beside_a_name_signs_no_writer(contact: str) -> None:
    # A firm's or a desk's contact (press@, media@) over the date is no writer's
    # address: the words beside it are no byline (adversarial review: a false byline).
    text = _HERALD_HEAD + contact + "\nAug 14, 2023\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None or not a.byline.authors
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    "line",
    [
        "Credit...Where it is due, the volunteers kept the doors open for three years.",
        "Credit\u2026 Nobody at the council would take any for the rescue of the archive.",
    ],
)
def test_a_story_sentence_opening_with_credit_and_dots_stays(line: str) -> None:
    # The New York Times's flattened credit label ends as no sentence does; a story's
    # sentence after the same dots is the story's (adversarial review: it was lost).
    body = _BODY.splitlines()
    story = "\n".join([body[0], line, *body[1:]]) + "\n"
    text = _HERALD_HEAD + "Jane Doe\nAug 14, 2023\n" + story + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert line in a.paragraphs


def test_a_handle_glued_to_the_names_is_still_read_as_one() -> None:
    text = _HERALD_HEAD + "Jane Doe@jane.doe\nAug 14, 2023\n" + _BODY + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "photo",
    [
        "Walkers on the new footbridge on Saturday.\nCredit...Sam Roe for The Valley Herald\n",
        "Walkers on the new footbridge on Saturday.Credit...Sam Roe for The Valley Herald\n",
        "Walkers cross the footbridge at dawn on Saturday.\nCredit\u2026Sam Roe/Associated Press\n",
    ],
)
def test_a_credit_labelled_with_dots_is_a_photos(photo: str) -> None:
    # The New York Times's caption flattens to ``Credit...`` and the photographer.
    lead, rest = _BODY.split("\n", 1)
    text = _bylined_page(lead + "\n" + photo + rest)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_science_news_pages_labels_and_source_note_are_not_the_story() -> None:
    # The story under ``FULL STORY``, the source's note and the journal's reference
    # under it; the summary over the labels is the page's standfirst, no paragraph.
    head = (
        "Date:\nAugust 14, 2023\nSource:\nHarwick University\nSummary:\n"
        "Walkers can now cross the river on a new footbridge, engineers report.\n"
        "Share:\nFULL STORY\n"
    )
    tail = (
        "Story Source:\n"
        "Materials provided by Harwick University. Note: Content may be edited for style "
        "and length.\n"
        "Journal Reference:\n"
        "Jo Roe, Sam Poe. Footbridges and walkers. Journal of Bridges, 2023; 4 (2): 11\n"
        "Cite This Page:\n"
    )
    text = _HERALD_HEAD + head + _BODY + tail + _FOOTER
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_a_first_person_story_about_its_partners_is_no_consent_notice() -> None:
    # An op-ed in the first person tells what ``we and our partners collect``; a consent
    # banner's notice is about a device, personal data or ads.
    story = (
        "Last winter, more than 3,000 children in this town went to school without a coat.\n"
        "Every winter we and our partners collect more than 20,000 coats for families who "
        "cannot afford one, from schools, churches and shops across the region.\n"
        "If you have a coat your family no longer needs, please drop it at the library.\n"
    )
    text = _bylined_page(story)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(story.splitlines())


@pytest.mark.parametrize(
    "last",
    [
        "Commuters in the south-east will pay most.",
        'Minister: "We will not be moved on this."',
    ],
)
def test_key_points_whose_last_point_has_a_stop_keep_it(last: str) -> None:
    # Two points worded as headlines, then a short last point that ends like a sentence,
    # then the lead photo's caption: the short line is the box's, not the lead.
    box = (
        "Key points\n"
        "Fares capped below inflation for second year\n"
        "Season tickets among those affected\n"
        f"{last}\n"
        "The bridge at dusk on Saturday. (Photo: Sam Roe/Valley Herald)\n"
    )
    text = _bylined_page(box + _BODY)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


def test_up_next_in_capitals_over_a_clips_title_is_a_video_players() -> None:
    # A video player set in the story: ``UP NEXT`` in capitals, the next clip's title and
    # its running time; no team's next game under it, so no part of the story.
    lines = _BODY.splitlines(keepends=True)
    player = "UP NEXT\nFlood watch issued for river towns ahead of weekend rain\n01:42\n"
    text = _bylined_page(lines[0] + player + "".join(lines[1:]))
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_BODY.splitlines())


@pytest.mark.parametrize(
    ("above", "sources"),
    [
        ("Farmers drive their tractors along a boulevard in central Paris on Thursday", ()),
        ("Farmers said they would return next month.", ("AFP",)),
    ],
)
def test_page_agency_alone_under_a_caption_credits_the_photo(
    above: str, sources: tuple[str, ...]
) -> None:
    text = (
        "Skip to main content\nWorld\nEurope\nFarmers bring tractors to Paris\n"
        "By Claire Dubois\nPublished February 1, 2024\n\n"
        "Thousands of farmers drove tractors into central Paris on Thursday to protest "
        "against rising fuel costs and new environmental rules.\n\n"
        "Police said the protest was peaceful, though traffic was blocked for several "
        "hours on the main ring road.\n\n"
        "The agriculture minister agreed to meet union leaders next week.\n\n"
        f"{above}\nAFP\n\nShare this article\nRelated stories\n"
    )
    article = newsparse.parse(text)
    assert article.format == "webpage"
    assert (article.attribution.sources if article.attribution else ()) == sources
    assert "AFP" not in article.paragraphs


_TABLE_STORY = (
    "Rook takes the title at Ferndale\n"
    "Ferndale takes its title | Track Weekly\nHome\nNews\nSport\nMotors\nOpinion\nVideo\n"
    "Rook takes the title at Ferndale\nBy Iva Marsh\nMay 5, 2024\n"
    "Tess Rook won the championship on Sunday with second place in the last race of "
    "the year at Ferndale Park.\n"
    "Rook, who won four races, finished three points clear after holding off her "
    "teammate over the closing laps.\n"
)
_TABLE_ROWS = (
    "1 Tess Rook 4120 4 2\n2 Lia Fenn 4117 5 1\n3 Omar Kade 4101 2 3\n4 Pim Vos 3990 1 0\n"
)
_TABLE_FOOT = "Share this article\nFacebook\nTwitter\nPrivacy Policy\n\u00a9 2024 Track Weekly\n"


@pytest.mark.parametrize(
    ("table", "kept"),
    [
        # A lead-in of three words or more ending with a colon, a header, the rows and
        # the table's source note: the story's, under it the page's furniture.
        (
            "The final standings after the last race:\nPos. Driver Points Wins Poles\n"
            + _TABLE_ROWS
            + "Source: Series officials\n",
            True,
        ),
        ("Top four in the standings:\n" + _TABLE_ROWS, True),
        (
            "The final standings after the last race:\n"
            + _TABLE_ROWS
            + "* After the last race at Ferndale.\nSource: Series officials\n",
            True,
        ),
        # No lead-in: the header and the rows, closed by their note.
        ("Pos. Driver Points Wins Poles\n" + _TABLE_ROWS + "Source: Series officials\n", True),
        # A widget's label: no colon, or one word; a header and rows with no note.
        ("Championship table\nPos. Driver Points Wins Poles\n" + _TABLE_ROWS, False),
        ("Pos. Driver Points Wins Poles\n" + _TABLE_ROWS, False),
        ("Standings:\n" + _TABLE_ROWS, False),
        # A short plain line under the rows: a box of the site's, perhaps.
        ("The final standings after the last race:\n" + _TABLE_ROWS + "Full standings\n", False),
        # A widget's lead-in and rows, naming one word of the story at most (by chance).
        (
            (
                "Markets at the close of trading today:\nFTSE 100 8,120.4 0.4%\n"
                "Dow Jones 39,112.2 0.2%\nNikkei 225 40,074.7 1.1%\n"
            ),
            False,
        ),
        ("Your local forecast for race week:\nMon 12 18\nTue 11 17\nWed 9 15\n", False),
        # A widget's header and rows over their note, no lead-in.
        (
            (
                "Fuel Prices Today\nUnleaded 1.42 1.45\nDiesel 1.51 1.55\nSuper 1.62 1.66\n"
                "Source: Fuel Watch\n"
            ),
            False,
        ),
    ],
)
def test_a_table_under_the_last_paragraph_with_a_lead_in_or_a_note_is_the_storys(
    table: str, kept: bool
) -> None:
    for sep in ("\n", "\n\n"):
        text = (_TABLE_STORY + table + _TABLE_FOOT).replace("\n", sep)
        a = newsparse.parse(text)
        check_article(text, a)
        assert a.paragraphs[:2] == tuple(_TABLE_STORY.splitlines()[-2:])
        want = tuple(table.splitlines()) if kept else ()
        assert a.paragraphs[2:] == want, sep


_PLAN_STORY = (
    "A week of suppers for the whole family | Home Kitchen\nHome\nRecipes\nHealth\nFamily\n"
    "Garden\nShop\nA week of suppers for the whole family\nBy Rhea Quist\nMarch 3, 2024\n"
    "Cooking every night for a family gets easier with a plan, and this one keeps to "
    "cheap staples that carry over from one supper to the next.\n"
    "Cook the rice and the lentils on Sunday, and the rest of the plan takes twenty "
    "minutes a night.\n"
)
_PLAN = (
    "Suppers for Week One\nMonday\nEat before seven\n"
    "Lentil stew [1 cup lentils, 2 carrots, 1 tsp. cumin]\nPortions: 1 Green, 1 Yellow\n"
    "Tuesday\nEat before seven\nRice bowls (2 cups rice, 4 oz. chicken, 1 cup peas)\n"
    "Tip: Warm the rice with a splash of water!\nWednesday\n"
    "Baked potatoes, 1 can beans, 2 tbsp. yoghurt\nPortions: 1 Red, 1 Yellow\n"
)
_PLAN_FOOT = "Related Articles\nFive soups for cold nights\nShare\nFacebook\nPrivacy Policy\n"


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # The plan, section after section, down to the page's furniture.
        (_PLAN, True),
        (
            (
                "Ingredients\n225 g butter\n225 g sugar\n4 eggs\n2 tbsp. milk\nMethod\n"
                "Bake the stew for an hour.\n"
            ),
            True,
        ),
        # A teaser list under the plan parts it from the furniture.
        (_PLAN + "Lentil soup\nBean chilli\nPea risotto\nLeek pie\n", False),
        # A shop's grid (prices), or sizes and a widget under a story of something else.
        (_PLAN.replace("1 cup peas", "1 cup peas, $2.40"), False),
        ("Olive oil, 500 ml\nSea salt, 250 g\nWild honey, 340 g\nShop all\n", False),
        # A shop's grid without prices: each size closes a product's name.
        ("Long grain rice 1 kg\nRed lentils, 500 g\nGround cumin 50 g\nRice cooker, 1 l\n", False),
        # Two quantities are no recipe.
        ("Rice bowls (2 cups rice)\nTuesday\nLentil stew (1 cup lentils)\n", False),
        # A site's recipe card: the ingredients, no step or tip.
        ("Lentil and rice soup\n1 cup lentils\n1/2 cup rice\n2 cups stock\n1 tsp. cumin\n", False),
    ],
)
def test_a_recipe_or_meal_plan_under_the_story_is_the_storys(tail: str, kept: bool) -> None:
    for sep in ("\n", "\n\n"):
        text = (_PLAN_STORY + tail + _PLAN_FOOT).replace("\n", sep)
        a = newsparse.parse(text)
        check_article(text, a)
        assert a.paragraphs[:2] == tuple(_PLAN_STORY.splitlines()[-2:])
        if kept:
            assert a.paragraphs[2:] == tuple(tail.splitlines()), sep
        else:
            assert not set(a.paragraphs[2:]) & set(tail.splitlines()[:-1]), sep


_SCIENCE_STORY = (
    "Moths steer by the moon, study finds | Lab Daily\nHome\nNews\nSpace\nHealth\nEarth\n"
    "Tech\nMoths steer by the moon, study finds\nMarch 8, 2024\n"
    "Night-flying moths keep a straight course by holding the moon at a fixed angle, "
    "researchers reported on Thursday.\n"
    "On moonless nights, the insects flew in loose circles until a lamp was lit far "
    "from the field, the team found.\n"
)
_SCIENCE_PAGE_FOOT = (
    "Citation:\nMoths steer by the moon (2024, March 8)\nretrieved 9 March 2024\n"
    "This document is subject to copyright.\nShare\nFacebook\nPrivacy Policy\n"
)
_REFERENCE = "Ida Lunde et al, Lunar steering in moths, Insect Flight (2024). DOI: 10.1000/if.12"
# The labels over their text, under a box of one related headline.
_SPLIT_FOOT = (
    f"Explore further\nBats hear the moon too\nMore information:\n{_REFERENCE}\n"
    "Journal information: Insect Flight\nProvided by\nFenwick University\n"
)


@pytest.mark.parametrize(
    ("foot", "kept"),
    [
        (
            f"More information: {_REFERENCE}\nProvided by Fenwick University\n",
            (f"More information: {_REFERENCE}", "Provided by Fenwick University"),
        ),
        (
            _SPLIT_FOOT,
            (
                f"More information: {_REFERENCE}",
                "Journal information: Insect Flight",
                "Provided by Fenwick University",
            ),
        ),
        # A sponsor's line alone, a reference with no provider: the page's.
        ("Provided by Brightline Energy\nSwitch and save this winter\n", ()),
        ("More information: call the museum on 01234 567890\n", ()),
        # A notice's contact line and its provider: no year, no DOI, no study's reference.
        ("More information: call the museum on 01234 567890\nProvided by Ashby Council\n", ()),
        (
            (
                "More information: ashby.gov.uk/moths (survey closes 30 June 2024)\n"
                "Provided by Ashby Council\n"
            ),
            (),
        ),
    ],
)
def test_a_press_releases_reference_and_provider_close_the_story(
    foot: str, kept: tuple[str, ...]
) -> None:
    for sep in ("\n", "\n\n"):
        text = (_SCIENCE_STORY + foot + _SCIENCE_PAGE_FOOT).replace("\n", sep)
        a = newsparse.parse(text)
        check_article(text, a)
        assert a.paragraphs == tuple(_SCIENCE_STORY.splitlines()[-2:]) + kept, sep


def test_a_press_releases_provider_under_a_reference_the_body_took_closes_the_story() -> None:
    story = (
        "Garden moss pulls lead from water | Coast Gazette\nHome\nNews\nScience\nHealth\n"
        "Garden moss pulls lead from water\nBy Iris Holt\nMarch 12, 2024\n"
        "Researchers have found that a common garden moss can pull lead out of dirty water "
        "within a few hours.\n"
        "In tests, the moss removed most of the lead from water that held ten times the "
        "safe level, the team reported.\n"
        "The team now plans to test the moss in three rivers near old mines next spring.\n"
    )
    foot = (
        "More information: Iris Kane et al, A moss that takes up lead, arXiv (2024). "
        "DOI: 10.48550/arxiv.2403.01234\nProvided by Northfield University\n"
    )
    page = (
        "Citation: Garden moss pulls lead from water (2024, March 12) retrieved 13 March 2024\n"
        "Share this article\nFacebook\nPrivacy Policy\n\u00a9 2024 Coast Gazette\n"
    )
    for sep in ("\n", "\n\n"):
        text = (story + foot + page).replace("\n", sep)
        a = newsparse.parse(text)
        check_article(text, a)
        assert a.paragraphs[-2:] == tuple(foot.splitlines()), sep


_ARTS_STORY = (
    "Ines Halloran paints the river | Arts Weekly\nHome\nNews\nArts\nFilm\nMusic\nBooks\n"
    "Ines Halloran paints the river\nBy Ravi Okafor\nApril 20, 2024\n"
    "Ines Halloran has painted the same bend of the river for twelve years, at dawn, at "
    "noon and by lamplight.\n"
    "Her new show at the Weir Gallery hangs sixty of those paintings in a single long "
    "row, and the effect is of a river that never stops moving.\n"
)
_EVENT_BOX = (
    "Ines Halloran: The Bend\nWeir Gallery, 21 Mill Street, Ashby\nUntil June 30\n"
    "Open Tuesday to Sunday, 10am to 5pm\nAdmission free\n"
)
_WHATS_ON_BOX = (
    "Jazz by the Lock\nRiverside Gardens, 3 Mill Road\nSaturday, 7pm\nTickets at the door\n"
)
_ARTS_FOOT = "Share this article\nFacebook\nTwitter\nPrivacy Policy\n\u00a9 2024 Arts Weekly\n"


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        (
            _EVENT_BOX,
            True,
        ),
        ("Ines Halloran: The Bend\nThrough August 4 at the Weir Gallery\nTickets $12\n", True),
        # A sport page's box of the next match between two sides, its ground and hour.
        ("Next match: Weir Rovers v Ashby\nMill Ground, 4 Mill Road\nSaturday, 3pm\n", False),
        (
            (
                "Next match: Weir Rovers v Ashby\nMill Ground, 4 Mill Road\nSaturday, 3pm\n"
                "Tickets at the gate\n"
            ),
            False,
        ),
        # An address with a word after the street's (no comma): still an address.
        ("Ines Halloran: The Bend\nWeir Gallery, 21 Mill Street Ashby\nUntil June 30\n", True),
        # The site's own address and hours; a what's-on box naming nothing of the story.
        ("Arts Weekly\n3 Cross Street, Ashby\nOpen Monday to Friday, 9am to 5pm\n", False),
        (
            _WHATS_ON_BOX,
            False,
        ),
        # An address and hours alone, no run nor entry: any business's (an open house).
        ("Open house at the Weir\n14 Mill Street, Ashby\nSunday, 2pm to 4pm\n", False),
        # The venue's other events under a box's label.
        (
            (
                "More events at the gallery\nPottery for beginners\n"
                "Weir Gallery, 21 Mill Street\nSaturdays, 10am\nTickets $15\n"
            ),
            False,
        ),
        ("Also at the Weir Gallery\nPrints of the river\nUntil May 12\nOpen daily, 10am\n", False),
        # A plain short line under the facts: another box's headline, perhaps.
        (
            "Ines Halloran: The Bend\nUntil June 30\nAdmission free\nFive shows to see in May\n",
            False,
        ),
    ],
)
def test_an_events_facts_under_an_arts_story_are_the_storys(box: str, kept: bool) -> None:
    for sep in ("\n", "\n\n"):
        text = (_ARTS_STORY + box + _ARTS_FOOT).replace("\n", sep)
        a = newsparse.parse(text)
        check_article(text, a)
        assert a.paragraphs[:2] == tuple(_ARTS_STORY.splitlines()[-2:])
        assert a.paragraphs[2:] == (tuple(box.splitlines()) if kept else ()), sep


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # The town a local paper is named for closes the show's address.
        (_EVENT_BOX, True),
        # The paper's whole name: its own address and hours.
        ("Ashby Chronicle\n3 Cross Street, Ashby\nOpen Monday to Friday, 9am to 5pm\n", False),
    ],
)
def test_an_events_facts_may_name_the_town_a_local_paper_is_named_for(box: str, kept: bool) -> None:
    story = _ARTS_STORY.replace("Arts Weekly", "Ashby Chronicle")
    for sep in ("\n", "\n\n"):
        text = (story + box + _ARTS_FOOT).replace("\n", sep)
        a = newsparse.parse(text)
        check_article(text, a)
        assert a.paragraphs[:2] == tuple(story.splitlines()[-2:])
        assert a.paragraphs[2:] == (tuple(box.splitlines()) if kept else ()), sep


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        # The last paragraph tells how long the show runs: the facts under it go on.
        ("The play runs at the Weir Theatre, 8 Lock Road, through June 15.", True),
        # A meeting's time and place: the site's what's-on under it is not the story's.
        ("Residents will meet at the hall, 1 Market Square, on Thursday at 7pm.", False),
    ],
)
def test_an_events_facts_go_on_from_a_paragraph_that_tells_the_shows_run(
    last: str, kept: bool
) -> None:
    box = "Performances at 7.30pm, Tuesday to Saturday\nTickets from $18\n"
    if not kept:
        box = _WHATS_ON_BOX
    story = _ARTS_STORY + last + "\n"
    for sep in ("\n", "\n\n"):
        text = (story + box + _ARTS_FOOT).replace("\n", sep)
        a = newsparse.parse(text)
        check_article(text, a)
        assert a.paragraphs[:3] == tuple(story.splitlines()[-3:])
        assert a.paragraphs[3:] == (tuple(box.splitlines()) if kept else ()), sep


@pytest.mark.parametrize(
    "box",
    [
        # Another show's title over its facts: the site's what's-on.
        _WHATS_ON_BOX,
        # A sign-up box whose lines give an hour and a run.
        (
            "Gallery news in your inbox\nSign up by 5pm Friday for our weekly gallery guide\n"
            "12 Quay Street readers' desk open until 6pm\n"
        ),
    ],
)
def test_a_box_under_a_paragraph_that_tells_the_shows_run_may_be_the_sites(box: str) -> None:
    story = _ARTS_STORY + "The play runs at the Weir Theatre, 8 Quay Road, through June 15.\n"
    for sep in ("\n", "\n\n"):
        text = (story + box + _ARTS_FOOT).replace("\n", sep)
        a = newsparse.parse(text)
        check_article(text, a)
        assert a.paragraphs == tuple(story.splitlines()[-3:]), sep
