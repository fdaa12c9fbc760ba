"""The wire formats: detection with evidence, datelines, partial dates, trailers."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

import newsparse
from newsparse._text import split_lines
from newsparse.detect import MIN_SCORE
from newsparse.extract.attribution import read_attribution
from newsparse.extract.dates import find_partial_date
from newsparse.formats._base import Builder
from newsparse.formats._wire import (
    AGENCY_DATELINE_RE,
    PRESS_WIRE_MARKS,
    read_dateline,
    take_head_stamp,
)
from newsparse.formats.wire import WireFormat
from newsparse.model import ParseOptions
from tests.conftest import GOLDEN, SEEDS
from tests.laws import check_article

if TYPE_CHECKING:
    from pathlib import Path

WIRE_FORMATS = ("wire", "reuters1987", "reuters_dataset")


def _top(text: str) -> newsparse.Detection:
    return newsparse.detect(text)[0]


@pytest.mark.parametrize(
    ("opening", "evidence", "agency"),
    [
        ("LONDON, Aug 14 (Reuters) - Rain fell.", "reuters-dateline", "Reuters"),
        ("WASHINGTON (AP) \u2014 Rain fell.", "ap-dateline", "AP"),
        ("WASHINGTON (AP) _ Rain fell.", "ap-dateline", "AP"),
        ("Paris (AFP) \u2013 Rain fell.", "afp-dateline", "AFP"),
        ("New Delhi, Aug 14 (PTI) Rain fell.", "indian-agency-dateline", "PTI"),
        ("Mumbai, Aug 14 (IANS) Rain fell.", "indian-agency-dateline", "IANS"),
        ("Kolkata, Aug 14 (UNI) Rain fell.", "indian-agency-dateline", "UNI"),
        ("New Delhi [India], August 14 (ANI): Rain fell.", "indian-agency-dateline", "ANI"),
        ("BEIJING, Aug. 14 (Xinhua) -- Rain fell.", "xinhua-dateline", "Xinhua"),
        ("(Bloomberg) -- Rain fell.", "bloomberg-dateline", "Bloomberg"),
        ("Berlin (dpa) - Rain fell.", "dpa-dateline", "dpa"),
        ("WASHINGTON, Aug. 14 (UPI) -- Rain fell.", "upi-dateline", "UPI"),
        ("Madrid, 14 ago (EFE).- Rain fell.", "other-agency-dateline", "EFE"),
        ("MOSCOW, August 14. /TASS/. Rain fell.", "tass-dateline", "TASS"),
        ("MOSCOW, August 14 /ITAR-TASS/. Rain fell.", "tass-dateline", "TASS"),
        ("TOKYO, Aug. 17 Kyodo - Rain fell.", "bare-agency-dateline", "Kyodo"),
        ("Guwahati (Assam) [India], July 5 (ANI): Rain fell.", "indian-agency-dateline", "ANI"),
        ("FRANKFURT (dpa-AFX) - Rain fell.", "dpa-dateline", "dpa-AFX"),
        ("Aug 14 (Reuters) - Rain fell.", "reuters-dateline", "Reuters"),
        ("SYDNEY, Aug 14 AAP - Rain fell.", "bare-agency-dateline", "AAP"),
        ("Lisboa, 14 ago 2023 (Lusa) - Rain fell.", "other-agency-dateline", "Lusa"),
        ("AMSTERDAM (ANP) - Rain fell.", "other-agency-dateline", "ANP"),
        ("MADRID, 14 Ago. (EUROPA PRESS) - Rain fell.", "other-agency-dateline", "Europa Press"),
        ("LONDON (Reuters Breakingviews) - Rain fell.", "reuters-dateline", "Reuters"),
        ("NEW YORK (Reuters Health) - Rain fell.", "reuters-dateline", "Reuters"),
        ("LONDON (Reuters Life!) - Rain fell.", "reuters-dateline", "Reuters"),
        ("NEW YORK (Reuters Legal) - Rain fell.", "reuters-dateline", "Reuters"),
        ("NEW YORK (Reuters.com) - Rain fell.", "reuters-dateline", "Reuters"),
        ("MOSCOW. Aug 14 (Interfax) - Rain fell.", "other-agency-dateline", "Interfax"),
        ("TOKYO, Aug. 14 (Jiji Press)--Rain fell.", "other-agency-dateline", "Jiji Press"),
    ],
)
def test_each_agency_is_told_apart_by_its_evidence(
    opening: str, evidence: str, agency: str
) -> None:
    text = f"Weather turns\n\n{opening}\n\nMore rain is due.\n"
    top = _top(text)
    assert top.format == "wire"
    assert top.evidence == (evidence,)
    article = newsparse.parse(text)
    assert article.attribution is not None
    assert article.attribution.sources == (agency,)
    assert article.paragraphs == ("Rain fell.", "More rain is due.")
    check_article(text, article)


def test_the_three_reuters_layouts_are_told_apart() -> None:
    modern = "Title\n\nLONDON, Aug 14 (Reuters) - Rain fell.\n"
    old = "14-AUG-1987 10:00:00.00\nTITLE\n    LONDON, Aug 14 - Rain fell.\n Reuter\n"
    dataset = (
        "-- Title\n-- \n-- Mon Aug 14, 2006 10:00am EDT\n"
        "-- http://www.reuters.com/article/x\n\n LONDON  (Reuters) - Rain fell.\n"
    )
    assert [_top(t).format for t in (modern, old, dataset)] == list(WIRE_FORMATS)
    assert _top(old).evidence == (
        "timestamp-line",
        "upper-case-title",
        "indented-dateline",
        "reuter-sign-off",
    )


@pytest.mark.parametrize(
    "path",
    sorted([*GOLDEN.glob("mint/*.txt"), *GOLDEN.glob("generic/*.txt"), *SEEDS.glob("*.txt")]),
    ids=lambda p: f"{p.parent.name}/{p.stem}",
)
def test_wire_formats_do_not_claim_other_layouts(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    scores = {d.format: d.score for d in newsparse.detect(text)}
    for name in WIRE_FORMATS:
        assert scores[name] < MIN_SCORE, name


def test_trailers_alone_do_not_make_wire_copy() -> None:
    text = (
        "Council approves budget\n\nThe council voted on Monday.\n\n"
        "(Reporting by Jane Doe; Editing by Sam Roe)\n"
        "Associated Press writer Kofi Mensah contributed to this report.\n"
        "Copyright 2023 The Associated Press. All rights reserved.\n"
    )
    assert {d.format: d.score for d in newsparse.detect(text)}["wire"] < MIN_SCORE
    assert newsparse.parse(text).format == "generic"


def test_a_photo_caption_credit_is_not_a_dateline() -> None:
    text = "Crowds gather in the square. (AP)\nThe march began at noon.\n"
    assert "ap-dateline" not in _top(text).evidence


def test_dateline_parts() -> None:
    m = AGENCY_DATELINE_RE.match("TOKYO/BRASILIA  (Reuters) - Central banks")
    assert m is not None
    assert m["place"] == "TOKYO/BRASILIA"
    assert m["sep"] == "-"
    text = "    CAMDEN, N.J., March 30 - Campton Soup said"
    found = read_dateline(text, split_lines(text)[0])
    assert found is None  # no agency: the 1987 pattern reads this one


def test_partial_date_never_borrows_a_year_from_the_clock() -> None:
    text = "Storm\n\nKESTREL BAY, Aug 14 (Reuters) - Winds rose.\n"
    article = newsparse.parse(text)
    assert article.date is None
    assert [n.code for n in article.notes] == ["date.partial", "date.missing"]
    dated = newsparse.parse(text, reference=dt.date(2024, 1, 10))
    assert dated.date == dt.datetime(2023, 8, 14)
    assert dated.date_precision == "day"
    assert dated.spans["date"][0].of(text) == "Aug 14"
    check_article(text, dated)


def test_partial_date_takes_the_year_nearest_its_anchor() -> None:
    found = find_partial_date("MArch 17")
    assert found is not None
    assert (found.month, found.day) == (3, 17)
    assert found.resolve(dt.date(1987, 3, 18)) == dt.date(1987, 3, 17)
    jan = find_partial_date("Jan 2")
    assert jan is not None
    assert jan.resolve(dt.date(1987, 12, 30)) == dt.date(1988, 1, 2)
    assert find_partial_date("Feb 31") is None
    assert find_partial_date("no date here") is None


def test_1987_dateline_date_is_completed_against_the_timestamp() -> None:
    text = "1-JAN-1988 00:02:10.15\nTITLE\n    OSLO, Dec 31 - Markets shut.\n Reuter\n"
    article = newsparse.parse(text)
    assert article.date == dt.datetime(1988, 1, 1, 0, 2, 10)
    assert article.metadata["dateline_date"] == "1987-12-31"
    assert article.dateline == "OSLO"


def test_1987_title_wrapped_onto_a_second_line_is_one_headline() -> None:
    text = (
        " 5-MAR-1987 11:02:45.33\nHALWORTH STEEL SAYS IT WILL CLOSE\nTWO MILLS IN OHIO\n"
        "    CANTON FALLS, Ohio, March 5 - Halworth Steel Corp said\nit will shut two mills.\n"
        "    Demand was weak.\n Reuter\n"
    )
    article = newsparse.parse(text)
    assert article.format == "reuters1987"
    assert article.headline == "HALWORTH STEEL SAYS IT WILL CLOSE TWO MILLS IN OHIO"
    assert article.dateline == "CANTON FALLS, Ohio"
    assert article.paragraphs == (
        "Halworth Steel Corp said it will shut two mills.",
        "Demand was weak.",
    )
    check_article(text, article)


def test_1987_mixed_case_line_under_the_title_stays_in_the_body() -> None:
    text = (
        " 6-MAR-1987 14:40:01.02\nCOFFEE EXPORTS SEEN LOWER\nExports are expected to fall,\n"
        "    LONDON, March 6 - traders said.\n Reuter\n"
    )
    article = newsparse.parse(text)
    assert article.headline == "COFFEE EXPORTS SEEN LOWER"
    assert article.paragraphs[0] == "Exports are expected to fall,"


def test_dataset_story_without_its_byline_line_is_still_the_dataset_layout() -> None:
    text = (
        "-- Arden Bank names new chief\n-- Thu May 3, 2007 7:10am EDT\n"
        "-- http://www.reuters.com/article/2007/05/03/us-arden-idUSL0312345620070503\n\n"
        " LONDON  (Reuters) - Arden Bank named a new chief on Thursday. \n\n"
        "  He starts in June. \n"
    )
    assert _top(text).format == "reuters_dataset"
    article = newsparse.parse(text)
    assert article.headline == "Arden Bank names new chief"
    assert article.byline is None
    assert article.date == dt.datetime(
        2007, 5, 3, 7, 10, tzinfo=dt.timezone(dt.timedelta(hours=-4))
    )
    assert article.dateline == "LONDON"
    assert article.paragraphs == (
        "LONDON (Reuters) - Arden Bank named a new chief on Thursday.",
        "He starts in June.",
    )
    check_article(text, article)


@pytest.mark.parametrize(
    "desk",
    [
        "Reuters",
        "Reuters Health",
        "Reuters Breakingviews",
        "Reuters Life!",
        "Reuters Legal",
        "Reuters.com",
    ],
)
def test_dataset_story_dateline_of_each_reuters_desk(desk: str) -> None:
    text = (
        "-- Coffee and gout\n-- By  Ida Roe\n-- Thu Nov 15, 2007 5:10pm EST\n"
        "-- http://www.reuters.com/article/x\n\n"
        f" NEW YORK  ({desk}) - Coffee drinkers may have a lower risk of gout. \n"
    )
    article = newsparse.parse(text)
    assert article.format == "reuters_dataset"
    assert article.dateline == "NEW YORK"
    assert article.attribution is not None
    assert article.attribution.sources == ("Reuters",)
    check_article(text, article)


@pytest.mark.parametrize(
    "partner", ["IFR", "Hollywood Reporter", "The Hollywood Reporter", "Variety", "Billboard"]
)
def test_dataset_story_dateline_of_a_partner_service(partner: str) -> None:
    # Reuters carried a partner's story under the partner's name: it is a source beside
    # Reuters, which the dataset's stories always name.
    text = (
        "-- Director signs three-picture deal\n-- By  Ida Roe\n-- Fri Aug 8, 2008 4:50pm EDT\n"
        "-- http://www.reuters.com/article/x\n\n"
        f" LOS ANGELES  ({partner}) - Director Sam Vail has signed a three-picture deal. \n\n"
        " Terms were not disclosed. \n"
    )
    article = newsparse.parse(text)
    assert article.format == "reuters_dataset"
    assert article.dateline == "LOS ANGELES"
    assert article.attribution is not None
    assert article.attribution.sources == ("Reuters", partner)
    assert article.paragraphs[0].startswith(f"LOS ANGELES ({partner}) - Director")
    check_article(text, article)


def test_a_partner_service_in_brackets_is_no_dateline_in_other_copy() -> None:
    # Outside the dataset's layout the partners' names are words: a capitalised word
    # before one in brackets is no dateline.
    text = "Season preview\n\nAutumn (Variety) - the shows to watch this year.\n\nMore soon.\n"
    article = newsparse.parse(text)
    assert article.dateline is None
    check_article(text, article)


def test_dataset_story_body_is_the_story_as_stored() -> None:
    # The dataset's story text runs from the dateline to the last credit; the place
    # and the credits are read out of it as well, their spans inside the paragraphs'.
    text = (
        "-- Arden Bank names new chief\n-- \n-- Thu May 3, 2007 7:10am EDT\n"
        "-- http://www.reuters.com/article/x\n\n"
        " LONDON  (Reuters) - Arden Bank named a new chief on \nThursday. \n\n"
        "  He starts in June. (Reporting by  Ida Roe ; \nEditing by Al Poe) \n\n"
        "  (Additional reporting by Jo Lind) \n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "reuters_dataset"
    assert article.paragraphs == (
        "LONDON (Reuters) - Arden Bank named a new chief on Thursday.",
        "He starts in June. (Reporting by Ida Roe ; Editing by Al Poe)",
        "(Additional reporting by Jo Lind)",
    )
    assert article.dateline == "LONDON"
    assert article.attribution is not None
    assert article.attribution.sources == ("Reuters",)
    assert [(c.role, c.names) for c in article.attribution.credits] == [
        ("reporting", ("Ida Roe",)),
        ("editing", ("Al Poe",)),
        ("additional reporting", ("Jo Lind",)),
    ]
    (place,) = article.spans["dateline"]
    first, second, third = article.spans["paragraphs"]
    assert first.start == place.start
    for span in article.spans["attribution"]:
        assert second.start < span.start < span.end <= second.end or third == span
    # Nothing of the story is furniture: only the header's markers and link are.
    story = text.index(" LONDON")
    assert all(s.end <= story for s in article.spans["furniture"])


def test_xinhua_end_mark_glued_to_the_last_sentence_leaves_the_body() -> None:
    text = (
        "Ferry link reopens\n\nHAIKOU, Aug. 14 (Xinhua) -- A ferry link reopened on Monday.\n\n"
        "Crossings take two hours. Enditem\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == ("A ferry link reopened on Monday.", "Crossings take two hours.")
    assert [s.of(text) for s in article.spans["furniture"]][-1] == "Enditem"
    check_article(text, article)


def test_bloomberg_contact_headings_with_lines_under_them_leave_the_body() -> None:
    text = (
        "Tin Climbs\n(Bloomberg) -- Tin rose for a third day.\nStocks shrank.\n"
        "--With assistance from Ned Hale.\n"
        "To contact the reporter on this story:\nRia Moss in London at rmoss@example.com\n"
        "To contact the editors responsible for this story:\nLeo Tam at ltam@example.com\n"
        "Ida Fox\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == ("Tin rose for a third day.", "Stocks shrank.")
    assert article.attribution is not None
    assert [(c.role, c.names) for c in article.attribution.credits] == [
        ("assistance", ("Ned Hale",))
    ]
    furniture = [s.of(text) for s in article.spans["furniture"]]
    assert "Ria Moss in London at rmoss@example.com" in furniture
    assert "Ida Fox" in furniture
    check_article(text, article)


@pytest.mark.parametrize(
    "stamp",
    ["August 14, 2023 / 10:02 AM / Updated an hour ago", "AUGUST 14, 2023 / 10:02 AM / 2 days ago"],
)
def test_date_line_with_a_relative_time_after_it(stamp: str) -> None:
    text = f"Harbour reopens\n{stamp}\n\nOSLO (Reuters) - The harbour reopened.\n"
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.date == dt.datetime(2023, 8, 14, 10, 2)
    assert article.date_precision == "minute"
    assert article.summary is None
    assert article.paragraphs == ("The harbour reopened.",)
    check_article(text, article)


@pytest.mark.parametrize(
    "stamp",
    [
        # A flattened page glues the update to the zone, or sets it after a space or a bar.
        "August 14, 2023 10:02 AM GMT+1Updated 2 hours ago",
        "August 14, 202310:02 AM GMT+1Updated an hour ago",
        "August 14, 2023 10:02 AM GMT+1 | Updated 3 days ago",
        "August 14, 2023 10:02 AM GMT+1Updated August 15, 2023",
    ],
)
def test_date_line_with_an_update_after_its_zone(stamp: str) -> None:
    tz = dt.timezone(dt.timedelta(hours=1))
    for head, layout in (
        ("Harbour reopens\n{}\n\nOSLO (Reuters) - ", "wire"),
        ("Harbour reopens\n{}\n\n", "generic"),
    ):
        text = head.format(stamp) + "The harbour reopened on Monday after the storm.\n"
        article = newsparse.parse(text)
        check_article(text, article)
        assert article.format == layout
        assert article.date == dt.datetime(2023, 8, 14, 10, 2, tzinfo=tz)
        assert article.date_precision == "minute"
        assert article.summary is None
        assert article.paragraphs == ("The harbour reopened on Monday after the storm.",)


@pytest.mark.parametrize(
    ("dateline", "agency", "tail"),
    [
        ("TOKYO, Aug. 14 (Kyodo) --", "Kyodo", "==Kyodo"),
        ("SEOUL, Aug. 14 (Yonhap) --", "Yonhap", "(END)"),
        ("MADRID, Aug 14 (EFE) -", "EFE", "jm/ach"),
    ],
)
def test_copy_of_the_other_dateline_agencies_is_wire(dateline: str, agency: str, tail: str) -> None:
    text = f"Quake jolts coast\n\n{dateline} A quake jolted the coast on Monday.\n\nNo damage.\n"
    text += f"\n{tail}\n"
    assert _top(text).evidence[0] == "other-agency-dateline"
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.dateline == dateline.split(",", maxsplit=1)[0]
    assert article.attribution is not None
    assert article.attribution.sources == (agency,)
    assert article.paragraphs == ("A quake jolted the coast on Monday.", "No damage.")
    check_article(text, article)


def test_agency_staff_line_is_a_byline_without_authors() -> None:
    text = "Oil steadies\nReuters Staff\n(Reuters) - Oil prices steadied on Monday.\nBrent rose.\n"
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.organization) == ((), "Reuters")
    assert article.summary is None
    assert article.paragraphs == ("Oil prices steadied on Monday.", "Brent rose.")
    check_article(text, article)


def test_ap_coverage_link_and_syndication_note_leave_the_body() -> None:
    text = (
        "Canal limits traffic\n\nPANAMA CITY (AP) \u2014 The canal limited traffic Monday.\n\n"
        "Ships wait 10 days.\n\n___\n\n"
        "Follow AP's coverage of Latin America at https://apnews.com/hub/latin-america\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == ("The canal limited traffic Monday.", "Ships wait 10 days.")
    assert article.rules["furniture"][-1] == "wire.coverage-link"
    check_article(text, article)
    note = (
        "(This story has not been edited by our staff and is auto-generated from a syndicated"
        " feed.)"
    )
    text = f"Rains lash city\n\nPune, Aug 14 (PTI) Rains lashed Pune on Monday.\n\n{note}\n"
    article = newsparse.parse(text)
    assert article.paragraphs == ("Rains lashed Pune on Monday.",)
    assert [s.of(text) for s in article.spans["furniture"]][-1] == note
    check_article(text, article)


def test_dateline_that_writes_its_year_gives_the_full_date() -> None:
    text = "Heat grips south\n\nROME, Aug 14, 2023 (AFP) - A heatwave gripped the south.\n"
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.dateline == "ROME"
    assert article.date == dt.datetime(2023, 8, 14)
    assert article.date_precision == "day"
    assert article.spans["date"][0].of(text) == "Aug 14, 2023"
    assert article.paragraphs == ("A heatwave gripped the south.",)
    check_article(text, article)


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "-"])
def test_dateline_dash_glued_to_the_first_word(dash: str) -> None:
    text = f"Storm hits\n\nKYIV, Ukraine (AP) {dash}The storm hit Monday.\n\nPower was out.\n"
    article = newsparse.parse(text)
    assert article.dateline == "KYIV, Ukraine"
    assert article.paragraphs == ("The storm hit Monday.", "Power was out.")
    assert [s.of(text) for s in article.spans["furniture"]] == [f"(AP) {dash}"]
    check_article(text, article)


@pytest.mark.parametrize("gap", [" ", "\n", "\n\n"])
def test_indian_agency_name_in_brackets_after_the_story_is_its_sign_off(gap: str) -> None:
    text = (
        "Minister visits flood areas\n\nGuwahati [India], August 14 (ANI): A minister "
        f"visited flood-hit areas.\n\nHe reviewed relief work.{gap}(ANI)\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == ("A minister visited flood-hit areas.", "He reviewed relief work.")
    assert article.attribution is not None
    assert (article.attribution.sources, article.attribution.text) == (("ANI",), "(ANI)")
    assert article.rules["attribution"] == ("wire.attribution.sign-off",)
    check_article(text, article)


def test_update_note_is_furniture_and_bullets_are_the_summary() -> None:
    text = (
        "UPDATE 2-Oil rises\n\n(Adds analyst comment, updates prices)\n\n"
        "* Brent up 50 cents\n* U.S. crude up 40 cents\n\nBy Jo Kim\n\n"
        "LONDON, Aug 14 (Reuters) - Oil rose on Monday.\n\nBrent rose 50 cents.\n"
    )
    article = newsparse.parse(text)
    assert article.headline == "UPDATE 2-Oil rises"
    assert article.summary == "* Brent up 50 cents\n* U.S. crude up 40 cents"
    assert article.byline is not None
    assert article.byline.authors == ("Jo Kim",)
    assert article.paragraphs == ("Oil rose on Monday.", "Brent rose 50 cents.")
    assert article.rules["furniture"][0] == "wire.update-note"
    check_article(text, article)
    bloomberg = "Copper Climbs\n(Updates with closing prices.)\n\n(Bloomberg) -- Copper rose.\n"
    article = newsparse.parse(bloomberg)
    assert article.summary is None
    assert article.paragraphs == ("Copper rose.",)
    check_article(bloomberg, article)


@pytest.mark.parametrize(
    ("tail", "sources"), [("AFP", ("AFP",)), ("dpa ab xy", ("dpa", "AFP")), ("dpa", ("dpa", "AFP"))]
)
def test_agency_name_alone_closing_the_story_is_its_sign_off(
    tail: str, sources: tuple[str, ...]
) -> None:
    text = (
        f"Storm hits\n\nPARIS, Aug 14 (AFP) - The storm hit Monday.\n\nPower was out.\n\n{tail}\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == ("The storm hit Monday.", "Power was out.")
    assert article.attribution is not None
    assert (article.attribution.sources, article.attribution.text) == (sources, tail)
    check_article(text, article)


def test_copyright_year_after_the_holder_completes_the_dateline_date() -> None:
    text = (
        "Storm hits\n\nOSLO, Aug 14 (Reuters) - The storm hit Monday.\n\n"
        "(c) Copyright Thomson Reuters 2023. Click For Restrictions\n"
    )
    article = newsparse.parse(text)
    assert article.date == dt.datetime(2023, 8, 14)
    assert article.paragraphs == ("The storm hit Monday.",)
    check_article(text, article)


def test_1987_copy_without_a_place_or_a_timestamp() -> None:
    text = "CORN SPREADS\n APRIL 7  - 1000 hrs cdt\n MONTHS  LAST\n Reuter\n"
    article = newsparse.parse(text, format="reuters1987")
    assert article.dateline is None
    assert article.date is None
    assert article.paragraphs == ("1000 hrs cdt MONTHS LAST",)
    check_article(text, article)


def test_credits_glued_to_the_last_paragraph_leave_the_body() -> None:
    text = (
        "Title\n\nOSLO (Reuters) - Shares rose. (Additional reporting by Ann Berg\n"
        "in Bergen, editing by Tom Dahl. Writing by Li Wen)\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == ("Shares rose.",)
    assert article.attribution is not None
    roles = [(c.role, c.names) for c in article.attribution.credits]
    assert roles == [
        ("additional reporting", ("Ann Berg",)),
        ("editing", ("Tom Dahl",)),
        ("writing", ("Li Wen",)),
    ]
    check_article(text, article)


def test_afp_initials_and_pti_codes_are_furniture() -> None:
    afp = "Title\n\nLyon (AFP) - Trains stopped. jm/ach\n"
    pti = "Title\n\nPune, Aug 14 (PTI) Trains stopped. PTI ABC DEF\n"
    for text in (afp, pti):
        article = newsparse.parse(text)
        assert article.paragraphs == ("Trains stopped.",)
        assert "wire.staff-initials" in article.rules["furniture"]
        check_article(text, article)


@pytest.mark.parametrize(
    "text",
    [
        # Desk codes wrapped onto a second line, a zero-width space ending the first.
        "Title\n\nPune, Aug 14 (PTI) Trains stopped\nat noon. PTI ABC\u200b\nDEF\n",
        # A zero-width space after the sentence and after the initials.
        "Title\n\nLyon (AFP) - Trains stopped\nat noon.\u200b jm/ach\u200b\n",
    ],
)
def test_glued_initials_and_codes_past_zero_width_characters(text: str) -> None:
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == ("Trains stopped at noon.",)
    assert "wire.staff-initials" in article.rules["furniture"]


def test_upper_case_byline_over_an_agency_line() -> None:
    text = "Title\n\nBy JANE DOE and SAM ROE\nAssociated Press\n\nOSLO (AP) \u2014 Snow.\n"
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("JANE DOE", "SAM ROE")
    assert article.byline.organization == "AP"


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        # The writer's role on the line under the names.
        ("By Ida Fox\nStaff Writer", ("Ida Fox",)),
        ("By: Ida Fox\nStaff Writer", ("Ida Fox",)),
        ("By IDA FOX\nChief Economics Correspondent", ("IDA FOX",)),
        ("By Ida Fox and Leo Tam\nSpecial Correspondents", ("Ida Fox", "Leo Tam")),
        # A wrap that broke the names after a comma or ``and``.
        ("By Ida Fox,\nLeo Tam and Ned Hale", ("Ida Fox", "Leo Tam", "Ned Hale")),
        ("By Ida Fox and\nLeo Tam", ("Ida Fox", "Leo Tam")),
    ],
)
def test_byline_finished_on_the_line_under_it(lines: str, authors: tuple[str, ...]) -> None:
    text = f"Snow shuts roads\n{lines}\n\nOSLO (AP) \u2014 Snow closed the roads.\n\nBuses ran.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == lines
    assert article.summary is None
    assert article.paragraphs == ("Snow closed the roads.", "Buses ran.")


_WRAP_HEAD = "Storm shuts harbour for a third day"
_WRAP_WIRE_BODY = (
    "HALIFAX, Nova Scotia (AP) \u2014 The harbour stayed shut on Wednesday as gales kept "
    "ships at anchor.\n\nPort officials said the closure had cost millions.\n"
)
_WRAP_PLAIN_BODY = (
    "14 August 2023\n\nThe harbour stayed shut on Wednesday as gales kept ships at "
    "anchor.\n\nPort officials said the closure had cost millions.\n"
)


def _wrapped_byline_texts(lines: str) -> tuple[str, str]:
    """A wire story and a plain one, each with ``lines`` under the headline."""
    wire = f"{_WRAP_HEAD}\n{lines}\n{_WRAP_WIRE_BODY}"
    plain = f"{_WRAP_HEAD}\n\n{lines}\n{_WRAP_PLAIN_BODY}"
    return wire, plain


@pytest.mark.parametrize(
    ("lines", "authors", "joined"),
    [
        # A function word in lower case, or a section's word, names no one: the byline
        # is the first line alone.
        ("By Jane Doe and\nSafety Concerns Mount at Port", ("Jane Doe",), False),
        ("By Jane Doe and\nLocal News", ("Jane Doe",), False),
        # Names carry on, in any case: the byline is both lines.
        ("By JANE DOE and\nSAM POE", ("JANE DOE", "SAM POE"), True),
        ("By Jane Doe and\nSam Poe", ("Jane Doe", "Sam Poe"), True),
        ("By Jane Doe and\nSAM POE", ("Jane Doe", "SAM POE"), True),
        ("By JANE DOE, SAM POE and\nAL MO", ("JANE DOE", "SAM POE", "AL MO"), True),
        ("By JANE DOE and\nSAM POE Associated Press", ("JANE DOE", "SAM POE"), True),
    ],
)
def test_a_byline_wrapped_after_and_takes_the_line_under_it_only_for_names(
    lines: str, authors: tuple[str, ...], *, joined: bool
) -> None:
    first = lines.partition("\n")[0]
    for text, fmt in zip(_wrapped_byline_texts(lines), ("wire", "generic"), strict=True):
        article = newsparse.parse(text)
        check_article(text, article)
        assert article.format == fmt
        assert article.byline is not None
        assert article.byline.authors == authors
        assert article.byline.text == (lines if joined else first)


@pytest.mark.xfail(strict=True, reason="a title-cased phrase reads as a name without a lexicon")
def test_a_title_cased_phrase_under_a_byline_ending_with_and_is_no_name() -> None:
    # ``Harbour Traffic`` and ``Sam Poe`` have one shape: nothing but a list of given
    # names would tell them apart, so the phrase is read as the second writer.
    wire, _ = _wrapped_byline_texts("By Jane Doe and\nHarbour Traffic")
    article = newsparse.parse(wire)
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "role",
    [
        "Politics Editor at large",
        "Arts Editor for the region",
        # A line holding a role's word among others is no role at all.
        "Newsroom staff walk out",
        "Editor-in-chief steps down",
    ],
)
def test_a_role_the_names_cannot_be_parted_from_stays_out_of_the_byline(role: str) -> None:
    # Read with the names, the first two roles took them all as the organisation.
    wire = f"Snow shuts roads\nBy Ida Fox\n{role}\n\nOSLO (AP) \u2014 Snow closed the roads.\n"
    plain = f"Snow shuts roads\n\nBy Ida Fox\n{role}\n\nThe roads closed on Monday.\n"
    for text in (wire, plain):
        article = newsparse.parse(text)
        check_article(text, article)
        assert article.byline is not None
        assert (article.byline.authors, article.byline.organization) == (("Ida Fox",), None)
        assert article.byline.text == "By Ida Fox"


@pytest.mark.parametrize(
    "trailer",
    [
        (
            "(Reporting by Ida Fox; Editing by Leo Tam)\n"
            "((ida.fox@example.com; +47 22 00 00 00; Reuters Messaging: ida.fox@example.net))"
        ),
        "(Reporting by Ida Fox; Editing by Leo Tam) ((ida.fox@example.com))",
        "(Reporting by Ida Fox; Editing by Leo Tam)((ida.fox@example.com; +47 22 00 00 00))",
        "(Reporting by Ida Fox for Reuters; Editing by Leo Tam)",
    ],
)
def test_reuters_credits_with_contacts_or_an_outlet(trailer: str) -> None:
    # The writers' contacts in double brackets, on their line or glued to the credits,
    # leave the body and the names; so does the outlet a writer filed for.
    text = f"Snow shuts roads\n\nOSLO (Reuters) - Snow closed the roads.\n\nBuses ran.\n\n{trailer}"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == ("Snow closed the roads.", "Buses ran.")
    assert article.attribution is not None
    assert [(c.role, c.names) for c in article.attribution.credits] == [
        ("reporting", ("Ida Fox",)),
        ("editing", ("Leo Tam",)),
    ]


@pytest.mark.parametrize(
    ("lines", "authors", "org"),
    [
        ("Ida Fox\nAP Business Writer", ("Ida Fox",), "AP"),
        ("IDA FOX\nAP Business Writer", ("IDA FOX",), "AP"),
        ("The Associated Press", (), "AP"),
    ],
)
def test_names_and_their_agency_without_by_are_the_byline(
    lines: str, authors: tuple[str, ...], org: str
) -> None:
    text = f"Snow shuts roads\n{lines}\n\nOSLO (AP) \u2014 Snow closed the roads.\n\nBuses ran.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.organization) == (authors, org)
    assert article.byline.text == lines
    assert article.summary is None
    assert article.paragraphs == ("Snow closed the roads.", "Buses ran.")


@pytest.mark.parametrize(
    "line",
    ["Markets, AP", "Floods in Norway, AFP", "New York, Reuters", "Hong Kong (AFP)", "Ida Fox"],
)
def test_a_section_or_place_beside_an_agency_is_no_byline(line: str) -> None:
    text = f"Snow shuts roads\n{line}\n\nOSLO (AP) \u2014 Snow closed the roads.\n\nBuses ran.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None
    assert article.summary == line


# A deck in title case ending in an agency's name reads the same as names: without By,
# names on the agency's line are in capitals (and stand before a comma or bracket).
_DECKS = [
    "Oil Prices Climb - Reuters",
    "Tokyo Stocks Close Higher, AP",
    "Canada Goose (AP)",
    "Ida Fox, Reuters",
    "Ida Fox (AFP)",
    "IDA FOX - AFP",
    "OIL PRICES CLIMB, REUTERS",
    # In capitals beside the agency, a kicker reads as names do: no words there are
    # taken for a writer.
    "RIVER CROSSING (AFP)",
    "BRIDGE CLOSURE, Reuters",
    "IDA FOX, Associated Press",
    "IDA FOX (AFP)",
]


@pytest.mark.parametrize("line", _DECKS)
def test_a_deck_ending_in_an_agency_is_no_byline(line: str) -> None:
    text = (
        f"Oil climbs on supply worries\n\n{line}\n\nLONDON (Reuters) - Oil rose.\n\nBrent gained.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is None
    assert article.summary == line


@pytest.mark.parametrize("line", _DECKS)
def test_a_deck_ending_in_an_agency_stays_a_plain_articles_paragraph(line: str) -> None:
    text = f"Oil climbs on supply worries\n\n{line}\n\nOil rose on Monday.\n\nBrent gained.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "generic"
    assert article.byline is None
    assert article.paragraphs == (line, "Oil rose on Monday.", "Brent gained.")


# Over the agency's bare name, words are a deck's, a kicker's or a caption's as often,
# in capitals too.
_DECKS_OVER_AGENCY = [
    ("TRADE WAR", "Reuters"),
    ("IDA FOX", "Reuters"),
    ("Power Cuts", "Bloomberg"),
    ("Canada Goose", "Reuters"),
    ("Ida Fox", "Reuters"),
    ("Oil Prices Climb", "AFP"),
]


@pytest.mark.parametrize(("deck", "agency"), _DECKS_OVER_AGENCY)
def test_a_deck_over_an_agency_line_names_no_writer(deck: str, agency: str) -> None:
    text = f"Oil climbs\n\n{deck}\n{agency}\n\nLONDON (Reuters) - Oil rose.\n\nBrent gained.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == ((), agency)  # the agency alone
    assert article.summary == deck
    plain = f"Oil climbs\n\n{deck}\n{agency}\n\nOil rose on Monday.\n\nBrent gained.\n"
    article = newsparse.parse(plain)
    check_article(plain, article)
    assert article.byline is None
    # Deck and agency stay in the body; whether as one paragraph or two is the wrap
    # test's call (``looks_wrapped``: two short lines may be a wrapped one or not).
    assert " ".join(article.paragraphs[:-2]) == f"{deck} {agency}"
    assert article.paragraphs[-2:] == ("Oil rose on Monday.", "Brent gained.")


def test_sign_off_is_attribution() -> None:
    found = read_attribution("REUTER")
    assert found is not None
    assert (found.kind, found.sources) == ("sign-off", ("Reuters",))


def test_hard_wrapped_lines_that_end_sentences_are_one_paragraph() -> None:
    # Filled to one width (the dateline counted), each line happening to end a sentence.
    first = "OSLO, Norway (AP) \u2014 Snow closed most roads in the city on Monday, police said."
    second = "The airport shut at noon. Trains ran late across the whole south of Norway."
    article = newsparse.parse(f"Snow closes roads\n\n{first}\n{second}\nBuses stopped.\n")
    assert article.dateline == "OSLO, Norway"
    assert article.paragraphs == (
        "Snow closed most roads in the city on Monday, police said. " + second + " Buses stopped.",
    )
    # The same sentences a line each, not filled to one width: a paragraph each.
    article = newsparse.parse(f"Snow closes roads\n\n{first}\nThe airport shut.\nBuses stopped.\n")
    assert article.paragraphs == (
        "Snow closed most roads in the city on Monday, police said.",
        "The airport shut.",
        "Buses stopped.",
    )


def test_indented_paragraphs() -> None:
    text = "    First line\nruns on.\n    Second\n table row\n\nThird after a blank."
    b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
    b.add_indented_paragraphs(split_lines(text))
    assert [p.value for p in b.paragraphs] == [
        "First line runs on.",
        "Second table row",
        "Third after a blank.",
    ]


def test_crlf_line_ends_read_the_same() -> None:
    old = (
        "5-MAR-1987 09:19:43.22\nPRICES RISE\n"
        "    OSLO, March 5 - Prices rose in\nthin trade.\n Reuter\n"
    )
    dataset = (
        "-- Title\n-- By  Jan Berg\n-- Mon Aug 14, 2006 10:00am EDT\n"
        "-- http://www.reuters.com/article/x\n\n OSLO  (Reuters) - Rain fell.\n"
    )
    for text in (old, dataset):
        a, b = newsparse.parse(text), newsparse.parse(text.replace("\n", "\r\n"))
        assert (b.format, b.headline, b.date, b.dateline, b.paragraphs, b.byline) == (
            a.format,
            a.headline,
            a.date,
            a.dateline,
            a.paragraphs,
            a.byline,
        )
        assert b.date is not None


def test_dataset_byline_with_a_story_label() -> None:
    text = (
        "-- ANALYSIS-Banks brace for rules\n-- By  Jan Berg  - Analysis\n"
        "-- Mon Aug 14, 2006 10:00am EDT\n-- http://www.reuters.com/article/x\n\n"
        " OSLO  (Reuters) - Banks braced for new rules.\n"
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Jan Berg",)
    check_article(text, article)


@pytest.mark.parametrize(
    ("tail", "paragraphs", "expected"),
    [
        # A page line among the credits stays out of the body; the credits stay in.
        (
            "  Shares rose. \n\n  Advertisement \n\n  (Reporting by Jo Roe; Editing by Al Poe) \n",
            ("Shares rose.", "(Reporting by Jo Roe; Editing by Al Poe)"),
            [("reporting", ("Jo Roe",)), ("editing", ("Al Poe",))],
        ),
        (
            ("  Shares rose. (Reporting by Jo Roe) \n\n"
             "  Our Standards: The Thomson Reuters Trust Principles. \n"),
            ("Shares rose. (Reporting by Jo Roe)",),
            [("reporting", ("Jo Roe",))],
        ),
        ("  Shares rose. \n\n  Advertisement \n", ("Shares rose.",), []),
        # Credits on lines of their own come in the order the story gives them.
        (
            ("  Shares rose. \n\n  (Reporting by Jo Roe; Editing by Al Poe) \n\n"
             "  (Additional reporting by Kim Lo) \n"),
            ("Shares rose.", "(Reporting by Jo Roe; Editing by Al Poe)",
             "(Additional reporting by Kim Lo)"),
            [("reporting", ("Jo Roe",)), ("editing", ("Al Poe",)),
             ("additional reporting", ("Kim Lo",))],
        ),
    ],
)  # fmt: skip
def test_dataset_story_keeps_its_credits_but_no_page_lines(
    tail: str, paragraphs: tuple[str, ...], expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    text = (
        "-- Kestrel cuts routes\n-- By  Mara Quill\n-- Tue Mar 13, 2007 4:05pm EDT\n"
        "-- http://www.reuters.com/article/x\n\n DENVER  (Reuters) - Kestrel Air cut routes. \n\n"
        + tail
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == ("DENVER (Reuters) - Kestrel Air cut routes.", *paragraphs)
    assert article.attribution is not None
    assert [(c.role, c.names) for c in article.attribution.credits] == expected


def test_dataset_story_sheds_a_stray_page_line() -> None:
    # The dataset's stories were scraped from pages; an ad slot's label is furniture.
    text = (
        "-- Banks brace for rules\n-- By  Jan Berg\n-- Mon Aug 14, 2006 10:00am EDT\n"
        "-- http://www.reuters.com/article/x\n\n"
        " OSLO  (Reuters) - Banks braced for new rules on Monday.\n\nAdvertisement\n\n"
        " Lenders said the rules would cost them more than they had planned.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "reuters_dataset"
    assert article.paragraphs == (
        "OSLO (Reuters) - Banks braced for new rules on Monday.",
        "Lenders said the rules would cost them more than they had planned.",
    )
    assert "furniture.label" in article.rules["furniture"]


@pytest.mark.parametrize("name", WIRE_FORMATS)
def test_evidence_patterns_finish_on_adversarial_input(name: str) -> None:
    fmt = newsparse.get_format(name)
    texts = [
        "A" * 20_000,
        "Aa, " * 7_000,
        "(Reuters) " * 3_000,
        ("LONDON, Aug 14 " * 5 + "\n") * 500,
        "jm/" * 7_000,
        "ABC " * 7_000,
        "-- " * 7_000 + "\n",
    ]
    for text in texts:
        score = fmt.score(text)
        assert 0.0 <= score <= 1.0
        check_article(text, newsparse.parse(text, format=name))


def test_1987_timestamp_after_white_space_is_read() -> None:
    text = (
        "  26-FEB-1987 15:01:01.79\nMIDCON SETS PLAN\n"
        "    LOMBARD, Ill., Feb 26 - MidCon said it set a plan.\n Reuter\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.format, a.headline, a.date) == (
        "reuters1987",
        "MIDCON SETS PLAN",
        dt.datetime(1987, 2, 26, 15, 1, 1),
    )
    assert a.paragraphs == ("MidCon said it set a plan.",)


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("SEOUL\u00a0(Reuters) - ", "SEOUL"),
        ("NEW\u00a0YORK, Aug 3\u00a0(Reuters)\u00a0- ", "NEW YORK"),
        ("SEOUL, Aug\u00a03 (Reuters) - ", "SEOUL"),
        ("SEOUL [South\u00a0Korea] (ANI) - ", "SEOUL"),
        ("Kestrel, Ont.\u00a0 (AFP) - ", "Kestrel, Ont."),
    ],
)
def test_no_break_spaces_in_a_dateline(dateline: str, place: str) -> None:
    # Copy taken from a web page keeps the page's no-break spaces; the place is spaced.
    text = f"Rates rise\n\n{dateline}The bank raised its rate on Tuesday, officials said.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.format, a.dateline) == ("wire", place)
    assert a.paragraphs == ("The bank raised its rate on Tuesday, officials said.",)


@pytest.mark.parametrize(
    ("stamp", "offset"),
    [
        ("Updated 10:02 AM EDT, August 14, 2023", dt.timedelta(hours=-4)),
        ("Updated 10:02 am edt, August 14, 2023", dt.timedelta(hours=-4)),
        ("Updated 10:02 a.m. est, August 14, 2023", dt.timedelta(hours=-5)),
    ],
)
def test_a_head_stamp_reads_its_zone_in_any_case(stamp: str, offset: dt.timedelta) -> None:
    text = (
        "Harbour dues rise\nBy Jo Roe\n" + stamp + "\n"
        "LONDON (Reuters) - Fees for berths will rise in May, the harbour board said.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "wire"
    assert article.date is not None
    assert article.date.replace(tzinfo=None) == dt.datetime(2023, 8, 14, 10, 2)
    assert article.date.utcoffset() == offset


@pytest.mark.parametrize(
    ("stamp", "raw", "month", "offset"),
    [
        ("10:02 AM AUG 14, 2023", "10:02 AM AUG 14, 2023", 8, None),
        ("Updated 10:02 AM MAY 14, 2023", "10:02 AM MAY 14, 2023", 5, None),
        ("Updated 10:02 AM Sept. 14, 2023", "10:02 AM Sept. 14, 2023", 9, None),
        (
            "Updated 10:02 AM EDT AUG 14, 2023",
            "10:02 AM EDT AUG 14, 2023",
            8,
            dt.timedelta(hours=-4),
        ),
    ],
)
def test_a_month_after_a_stamps_time_is_no_zone(
    stamp: str, raw: str, month: int, offset: dt.timedelta | None
) -> None:
    b = Builder(text=stamp, options=ParseOptions(), rule_prefix="wire")
    assert take_head_stamp(b, split_lines(stamp)[0])
    assert b.date is not None
    assert b.date.raw == raw
    assert b.date.value.replace(tzinfo=None) == dt.datetime(2023, month, 14, 10, 2)
    assert b.date.value.utcoffset() == offset
    assert b.date_precision == "minute"


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated 10:02 AM, Aug 14, 2023",
        "Published: 10:02 a.m., August 14, 2023",
        "10:02 AM AUG 14, 2023",
    ],
)
def test_a_head_stamp_with_no_zone_keeps_its_time(stamp: str) -> None:
    # A date line may have a few characters before its date: the stamp is read first.
    text = (
        "Harbour dues rise\nBy Jo Roe\n" + stamp + "\n"
        "LONDON (Reuters) - Fees for berths will rise in May, the harbour board said.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "wire"
    assert article.date == dt.datetime(2023, 8, 14, 10, 2)
    assert article.date_precision == "minute"
    (span,) = article.spans["date"]
    assert span.of(text) == stamp.removeprefix("Updated ").removeprefix("Published: ")


def test_a_date_line_after_a_stamp_is_furniture() -> None:
    text = (
        "Harbour dues rise\nUpdated 10:02 AM, Aug 14, 2023\nAugust 13, 2023\n"
        "LONDON (Reuters) - Fees for berths will rise in May, the harbour board said.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.date == dt.datetime(2023, 8, 14, 10, 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "This report was generated from surveys in 40 countries, the authors said.",
        "This report is generated each year by the agency's statistics office.",
    ],
)
def test_a_sentence_on_how_a_report_was_made_stays_in_the_body(sentence: str) -> None:
    # Much news is about a report: only an auto-generated one is a disclaimer.
    text = (
        "Hunger rises again\n\nROME, March 3 (Reuters) - Hunger rose for a third year,"
        f" a United Nations report said.\n\n{sentence}\n\nThe agency asked for funds.\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == (
        "Hunger rose for a third year, a United Nations report said.",
        sentence,
        "The agency asked for funds.",
    )
    check_article(text, article)


@pytest.mark.parametrize("agency", ["EFE", "Kyodo", "AFP", "Reuters"])
@pytest.mark.parametrize(
    "line",
    [
        "Spain's state news agency ({agency}) said on Monday that schools in Seville",
        "Madrid's news agency. Officials told the agency ({agency}) - which first",
    ],
)
def test_an_agency_named_in_a_wrapped_line_of_prose_is_no_dateline(agency: str, line: str) -> None:
    # Only the Indian agencies write straight on after the bracket, and a place has no
    # long word in lower case: a wrapped line opening so is prose.
    text = (
        "Spain braces for heatwave\n\nTemperatures are expected to pass 44C in the south this"
        " week, the\nnational weather service said, and hospitals have been told to prepare.\n"
        + line.format(agency=agency)
        + "\nwould close early.\n\nOfficials urged people to stay indoors.\n"
    )
    assert _top(text).format != "wire"
    article = newsparse.parse(text)
    assert article.dateline is None
    assert article.paragraphs[-1] == "Officials urged people to stay indoors."
    assert len(article.paragraphs) == 2
    check_article(text, article)


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("Pune, Aug 14 (PTI) Rains", "Pune"),
        ("RIO DE JANEIRO (AP) \u2014 Rains", "RIO DE JANEIRO"),
        ("Rio de Janeiro, Aug 14 (AFP) - Rains", "Rio de Janeiro"),
        ("Newcastle upon Tyne, Aug 14 (Reuters) - Rains", "Newcastle upon Tyne"),
        ("Dar es Salaam, Aug 14 (Xinhua) -- Rains", "Dar es Salaam"),
    ],
)
def test_datelines_with_particles_and_pti_without_a_dash_still_read(
    dateline: str, place: str
) -> None:
    text = f"Rains lash city\n\n{dateline} lashed the city on Monday.\n"
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.dateline == place
    assert article.paragraphs == ("Rains lashed the city on Monday.",)
    check_article(text, article)


def test_one_sentence_paragraphs_a_line_each_that_fill_alike_stay_apart() -> None:
    # Each line one whole sentence, none ending inside a line: paragraphs that happen
    # to fill to about one width, not wrapped copy.
    first = (
        "LONDON, March 3 (Reuters) - Britain's economy grew more than expected"
        " in January, data showed."
    )
    second = (
        "Gross domestic product rose 0.4 percent from December, beating forecasts of 0.2 percent."
    )
    third = "Economists said the rebound was unlikely to last."
    text = f"Economy beats forecasts\n\n{first}\n{second}\n{third}\n"
    article = newsparse.parse(text)
    assert article.paragraphs == (
        "Britain's economy grew more than expected in January, data showed.",
        second,
        third,
    )
    check_article(text, article)


def test_a_bullet_point_wrapped_onto_an_indented_line_is_all_summary() -> None:
    text = (
        "Oil rises on supply worries\n* Brent up 50 cents, highest since\n"
        "  January on tight supply\n* WTI up 40 cents\nBy Jane Doe\n\n"
        "LONDON, March 3 (Reuters) - Oil prices rose on Monday.\n"
    )
    article = newsparse.parse(text)
    assert article.summary == (
        "* Brent up 50 cents, highest since January on tight supply\n* WTI up 40 cents"
    )
    assert article.paragraphs == ("Oil prices rose on Monday.",)
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)
    check_article(text, article)


def test_a_byline_and_date_indented_under_a_bullet_point_stay_head_lines() -> None:
    text = (
        "Oil rises on supply worries\n* Brent up 50 cents\n  By Jane Doe\n  August 14, 2023\n\n"
        "LONDON, Aug 14 (Reuters) - Oil prices rose on Monday.\n"
    )
    article = newsparse.parse(text)
    assert article.summary == "* Brent up 50 cents"
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)
    assert article.date == dt.datetime(2023, 8, 14)
    assert article.paragraphs == ("Oil prices rose on Monday.",)
    check_article(text, article)


@pytest.mark.parametrize(
    ("opening", "place", "furniture"),
    [
        ("Sevilla, 3 mar (EFE).- ", "Sevilla", "(EFE).-"),
        ("Sevilla, 3 mar (EFE).-", "Sevilla", "(EFE).-"),
        ("SOCHI, March 3. /TASS/. ", "SOCHI", ". /TASS/."),
    ],
)
def test_efe_and_tass_datelines_give_place_and_date(
    opening: str, place: str, furniture: str
) -> None:
    text = (
        "Ferry line reopens\n\n"
        f"{opening}The ferry line to the islands reopened after a week of storms.\n\n"
        "Crossings will run twice a day.\n"
    )
    article = newsparse.parse(text, reference=dt.date(2024, 3, 20))
    assert article.format == "wire"
    assert article.dateline == place
    assert article.date == dt.datetime(2024, 3, 3)
    assert article.paragraphs == (
        "The ferry line to the islands reopened after a week of storms.",
        "Crossings will run twice a day.",
    )
    assert any(s.of(text) == furniture for s in article.spans["furniture"])
    check_article(text, article)


def test_prose_naming_efe_is_no_dateline() -> None:
    text = (
        "Ferry line reopens\n\n"
        "The ferry line reopened on Monday, the port said.\n\n"
        "Spain's news agency (EFE).- which first reported it - gave no figures.\n"
    )
    article = newsparse.parse(text)
    assert article.dateline is None
    assert article.paragraphs[-1].startswith("Spain's news agency (EFE).-")


@pytest.mark.parametrize(
    ("tail", "signed", "codes"),
    [
        ("(PTI) KLM\nRST", "(PTI)", "KLM\nRST"),
        ("(PTI) KLM\nRST UVW", "(PTI)", "KLM\nRST UVW"),
        ("(IANS) KLM RST\nUVW", "(IANS)", "KLM RST\nUVW"),
        ("KLM\nRST", None, "KLM\nRST"),
        ("(PTI) KLM\nRST\nUVW", "(PTI)", "KLM\nRST\nUVW"),
    ],
)
def test_desk_codes_wrapped_onto_the_last_line_are_no_body(
    tail: str, signed: str | None, codes: str
) -> None:
    text = (
        "Canal repairs to finish by June\n\n"
        "Pune, Mar 3 (PTI) Repairs to the city's main canal will finish by June, "
        "officials said on Sunday.\n"
        "Water will be released once the lining is done, they said.\n"
        f"{tail}\n"
    )
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.paragraphs[-1] == "Water will be released once the lining is done, they said."
    furniture = [s.of(text) for s in article.spans["furniture"]]
    assert codes in furniture
    assert article.attribution is not None
    if signed is not None:
        assert article.attribution.text == signed
    check_article(text, article)


@pytest.mark.parametrize(
    ("dateline", "last_line"),
    [
        ("    NEW YORK March 5 - ", "months.\n Reuter\n"),
        ("    NEW YORK, March 5 - ", "months.Reuter\n"),
        ("    NEW YORK March 5 - ", "months. REUTER\n"),
        # Set off from the sentence by a run of spaces, as a tabbed line ends.
        ("    NEW YORK, March 5 - ", "months.        REUTER\n"),
        # In lower case, on its line or glued on.
        ("    NEW YORK, March 5 - ", "months.\n reuter\n"),
        ("    NEW YORK, March 5 - ", "months. reuter\n"),
        # Dots, or a carriage return written out, after the word.
        ("    NEW YORK, March 5 - ", "months.\n REUTER...\n"),
        ("    NEW YORK, March 5 - ", "months.\nreuter^M\n"),
        ("    NEW YORK, March 5 - ", "months. REUTER...^M\n"),
        # The agency in the dateline, after its date.
        ("    NEW YORK, March 5, Reuter - ", "months.\n Reuter\n"),
        # A flash's asterisks or a repeat's mark before it; a day mistyped.
        ("    ****NEW YORK, March 5 - ", "months.\n Reuter\n"),
        ("    RPT --NEW YORK, March 5 - ", "months.\n Reuter\n"),
        ("    NEW YORK, March 519 - ", "months.\n Reuter\n"),
        ("    NEW YORK, March 5O - ", "months.\n Reuter\n"),
    ],
)
def test_reuters_1987_dateline_without_comma_and_glued_sign_off(
    dateline: str, last_line: str
) -> None:
    text = (
        "5-MAR-1987 11:20:05.12\n"
        "HALVERSON FOODS SEES HIGHER PROFIT\n"
        f"{dateline}Halverson Foods Inc said it expects\n"
        "higher profit in 1987 on firmer sales.\n"
        f"    The company said orders rose in the first two {last_line}"
    )
    article = newsparse.parse(text)
    assert article.format == "reuters1987"
    assert article.dateline == "NEW YORK"
    assert article.paragraphs == (
        "Halverson Foods Inc said it expects higher profit in 1987 on firmer sales.",
        "The company said orders rose in the first two months.",
    )
    assert article.attribution is not None
    assert article.attribution.text in {"Reuter", "REUTER", "reuter"}
    assert article.attribution.sources == ("Reuters",)
    check_article(text, article)


@pytest.mark.parametrize("word", ["Reuter", "reuter"])
def test_reuters_1987_word_reuter_inside_a_sentence_stays_body(word: str) -> None:
    text = (
        "5-MAR-1987 11:20:05.12\n"
        "HALVERSON FOODS SEES HIGHER PROFIT\n"
        "    NEW YORK, March 5 - Halverson Foods Inc said it expects\n"
        f"higher profit, its chief told {word}\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == (
        f"Halverson Foods Inc said it expects higher profit, its chief told {word}",
    )
    assert article.attribution is not None
    assert article.attribution.text == ""


@pytest.mark.parametrize(
    ("first_line", "place", "rest"),
    [
        ("dodge city, march 5 - hogs were steady in light trade.", "dodge city", "hogs were"),
        ("st. joseph, mo., mar. 5 - hogs were steady.", "st. joseph, mo.", "hogs were"),
    ],
)
def test_reuters_1987_dateline_in_lower_case(first_line: str, place: str, rest: str) -> None:
    text = (
        "5-MAR-1987 13:07:00.00\n"
        "HOG PRICES STEADY - USDA\n"
        f"    {first_line}\n"
        "    barrows and gilts 44.00-45.00.\n"
        " Reuter\n"
    )
    article = newsparse.parse(text)
    assert article.format == "reuters1987"
    assert article.dateline == place
    assert article.paragraphs[0].startswith(rest)
    check_article(text, article)


@pytest.mark.parametrize(
    "first_line",
    [
        "dodge city, mayday 5 - hogs were steady.",  # no month
        "the plant said, in june 5 - hogs were steady.",  # no place before the comma
        "dodge city, march 5 hogs were steady.",  # no dash
        "the company said, march 5 - orders rose.",  # words of a sentence
        "soybeans, may 5 - 7 cents higher at the close.",  # a range
    ],
)
def test_reuters_1987_lower_case_line_without_a_dateline(first_line: str) -> None:
    text = f"5-MAR-1987 13:07:00.00\nHOG PRICES STEADY - USDA\n    {first_line}\n Reuter\n"
    article = newsparse.parse(text)
    assert article.format == "reuters1987"
    assert article.dateline is None
    assert article.paragraphs == (first_line,)


@pytest.mark.parametrize(
    ("opening", "place", "rest"),
    [
        ("Shillong (Meghalaya) [India], July 5 (ANI): ", "Shillong", "(Meghalaya) [India]"),
        ("Granada (España), 5 jul (EFE).- ", "Granada", "(España), 5 jul (EFE).-"),
        ("OSAKA, July 5 Kyodo - ", "OSAKA", ", July 5 Kyodo -"),
    ],
)
def test_dateline_region_in_brackets_and_bare_kyodo(opening: str, place: str, rest: str) -> None:
    text = (
        "Landslide blocks hill road\n\n"
        f"{opening}A landslide blocked the main hill road on Friday, officials said.\n\n"
        "Traffic was diverted.\n"
    )
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.dateline == place
    assert article.paragraphs == (
        "A landslide blocked the main hill road on Friday, officials said.",
        "Traffic was diverted.",
    )
    furniture = " ".join(s.of(text) for s in article.spans["furniture"])
    assert rest in furniture
    check_article(text, article)


def test_kyodo_without_brackets_needs_a_date() -> None:
    text = "Landslide blocks hill road\n\nTOKYO Kyodo - A landslide blocked the road.\n"
    assert newsparse.parse(text).dateline is None


@pytest.mark.parametrize("sign_off", ["-- BERNAMA", "--BERNAMA"])
def test_bernama_sign_off_is_attribution(sign_off: str) -> None:
    text = (
        "Palm oil exports up\n\n"
        "KUALA LUMPUR, Oct 3 (Bernama) -- Palm oil exports rose in September.\n\n"
        f"{sign_off}\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == ("Palm oil exports rose in September.",)
    assert article.attribution is not None
    assert article.attribution.text == sign_off
    assert article.attribution.sources == ("Bernama",)
    check_article(text, article)


@pytest.mark.parametrize(
    ("dateline", "trailer"),
    [
        ("Bhopal, Feb 1 (UNI)", "UNI KP RS 1545"),
        ("SEOUL, Feb 1 (Yonhap) --", "kpark@example.co.kr\n(END)"),
        # The writer's contact in brackets, over the sign-off and initials.
        (
            "Mumbai, Feb 1 (IANS)",
            "(Arjun Mehta can be reached at arjun.m@example.in)\n--IANS\nam/vd",
        ),
        ("Mumbai, Feb 1 (IANS)", "(The writer can be contacted on +91 22 5550 1234)"),
        # Out of brackets, the writer's page on a network (AP).
        ("WASHINGTON (AP) \u2014", "Dana Kirby can be reached at twitter.com/dkirby"),
        ("WASHINGTON (AP) \u2014", "Dana Kirby can be reached at https://x.com/dkirby."),
        ("WASHINGTON (AP) \u2014", "Ana Maria Rios can be reached at twitter.com/amrios"),
        ("WASHINGTON (AP) \u2014", "The writer can be reached at x.com/dkirby"),
        # AP's call to follow the writer, and its link to the next video under it.
        ("WASHINGTON (AP) \u2014", "Follow Dana Kirby at x.com/dkirby"),
        ("WASHINGTON (AP) \u2014", "Follow Ana Maria Rios on X: https://x.com/amrios"),
        ("WASHINGTON (AP) \u2014",
         ("Follow Dana Kirby on Twitter at twitter.com/dkirby\n"
          "AP's UP NEXT: Crews clear debris from flooded roads in the valley")),
    ],
)  # fmt: skip
def test_trailing_time_codes_and_reporter_address_are_furniture(
    dateline: str, trailer: str
) -> None:
    text = (
        "Bus fares unchanged\n\n"
        f"{dateline} Bus fares will stay unchanged this year, the minister said.\n"
        "New routes were also announced.\n"
        f"{trailer}\n"
    )
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.paragraphs[-1].endswith("New routes were also announced.")
    furniture = [s.of(text) for s in article.spans["furniture"]]
    assert trailer.split("\n", maxsplit=1)[0] in furniture
    check_article(text, article)


@pytest.mark.parametrize(
    "last",
    [
        # A helpline's number, out of brackets: the story's sentence.
        "Crime Stoppers can be reached at 1-800-555-0199.",
        "The State Disaster Helpline can be reached at 1070 or 022-2266-4000.",
        # A network named, no page's address.
        "The mayor can be reached at twitter.com or by post, aides said.",
        # A page on a network, but a fund's or a group's, not a person's: the story's.
        "The Harbor Relief Fund can be reached at facebook.com/harborrelief.",
        "Volunteers can be reached at instagram.com/portviewshelter to sign up.",
        # Three capitalised words, but a group's name: its last word says so.
        "Dunmore Ferry Watch can be reached at facebook.com/ferrywatch.",
        "Glenholm Rowing Club can be reached at instagram.com/glenholmrc",
        # A call to follow a group, or to follow a page for what it says.
        "Follow Dunmore Ferry Watch at x.com/ferrywatch",
        "Follow the appeal at x.com/harborrelief",
        "Follow Dana Kirby at x.com/dkirby for updates from the trial.",
        # A game story's own UP NEXT, with no AP's.
        "UP NEXT: Mumbai host Chennai on Friday.",
    ],
)
def test_a_helpline_that_can_be_reached_stays_in_the_story(last: str) -> None:
    text = f"Fire at warehouse\n\nMumbai, Feb 1 (IANS) A fire destroyed a warehouse.\n{last}\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1].endswith(last)


def test_a_sentence_saying_where_someone_can_be_reached_stays_in_the_story() -> None:
    # No address or number: the story's sentence.
    last = "The minister can be reached at his office only by appointment."
    text = f"Bus fares unchanged\n\nMumbai, Feb 1 (IANS) Bus fares will stay unchanged.\n{last}\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1].endswith(last)


def test_by_the_associated_press_is_a_byline() -> None:
    text = (
        "Jobless claims fall\n\n"
        "By The Associated Press\n\n"
        "NEW YORK (AP) -- Fewer people applied for jobless benefits last week.\n"
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.organization == "AP"
    assert article.summary is None
    check_article(text, article)


@pytest.mark.parametrize("place_date", ["PISA, JUL 18 -", "PISA, 18 JUL -"])
def test_agency_before_place_and_date(place_date: str) -> None:
    text = (
        "Tower reopens\n\n"
        f"(ANSA) - {place_date} The leaning tower reopened to visitors on Tuesday.\n\n"
        "Tickets must be booked ahead.\n"
    )
    article = newsparse.parse(text, reference=dt.date(2023, 8, 1))
    assert article.format == "wire"
    assert article.dateline == "PISA"
    assert article.date == dt.datetime(2023, 7, 18)
    assert article.attribution is not None
    assert article.attribution.sources == ("ANSA",)
    assert article.paragraphs == (
        "The leaning tower reopened to visitors on Tuesday.",
        "Tickets must be booked ahead.",
    )
    check_article(text, article)


@pytest.mark.parametrize("ending", ["Punkte./ck/jha", "Punkte.\n/ck/jha"])
def test_dpa_afx_initials_after_a_slash(ending: str) -> None:
    text = (
        "Dax steigt\n\n"
        "FRANKFURT (dpa-AFX) - Der Dax ist am Montag gestiegen.\n\n"
        f"Der Leitindex gewann 0,8 Prozent auf 16 100 {ending}\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == (
        "Der Dax ist am Montag gestiegen.",
        "Der Leitindex gewann 0,8 Prozent auf 16 100 Punkte.",
    )
    assert "/ck/jha" in [s.of(text) for s in article.spans["furniture"]]
    check_article(text, article)


@pytest.mark.parametrize("line", ["Editor: Liu Jia", "[Editor: Liu Jia]"])
def test_xinhua_editor_line_is_an_editing_credit(line: str) -> None:
    text = (
        "Tea village draws visitors\n\n"
        "HANGZHOU, May 6 (Xinhua) -- A tea village has become a draw for visitors.\n"
        f"Tourists pick leaves, officials said.\n{line}\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs[-1].endswith("Tourists pick leaves, officials said.")
    assert article.attribution is not None
    assert [(c.role, c.names) for c in article.attribution.credits] == [("editing", ("Liu Jia",))]
    check_article(text, article)


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Mar 3 (Reuters) - ", dt.datetime(2024, 3, 3)),
        ("March 3, 2022 (Reuters) - ", dt.datetime(2022, 3, 3)),
        ("3 March (AFP) - ", dt.datetime(2024, 3, 3)),
    ],
)
def test_dateline_with_a_date_and_no_place(opening: str, day: dt.datetime) -> None:
    text = (
        "Toy maker lifts outlook\n\n"
        f"{opening}A toy maker raised its outlook on Monday.\n\n"
        "Its shares rose 4%.\n"
    )
    article = newsparse.parse(text, reference=dt.date(2024, 3, 20))
    assert article.format == "wire"
    assert article.dateline is None
    assert article.date == day
    assert article.paragraphs == (
        "A toy maker raised its outlook on Monday.",
        "Its shares rose 4%.",
    )
    check_article(text, article)


@pytest.mark.parametrize(
    "credit", ["(Photo: Xinhua)", "(Photo: Xinhua/Li Ming)", "(Video: Xinhua)"]
)
def test_photo_credit_under_the_story_is_furniture(credit: str) -> None:
    text = (
        "Exports rise\n\n"
        "BEIJING, Jan. 12 (Xinhua) -- Exports rose 5 percent in 2023, data showed Friday.\n\n"
        "Imports fell 2 percent. Enditem\n\n"
        f"{credit}\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs == (
        "Exports rose 5 percent in 2023, data showed Friday.",
        "Imports fell 2 percent.",
    )
    furniture = [s.of(text) for s in article.spans["furniture"]]
    assert credit in furniture
    assert "Enditem" in furniture
    check_article(text, article)


def test_efe_sign_off_over_its_initials_is_attribution() -> None:
    text = (
        "Lluvias en la meseta\n\n"
        "Toledo, 14 ago (EFE).- Las lluvias anegaron varias calles del centro.\n\n"
        "Los bomberos atendieron una veintena de avisos.\n\n"
        "EFE\n\n"
        "abc/def\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs[-1] == "Los bomberos atendieron una veintena de avisos."
    assert article.attribution is not None
    assert article.attribution.text == "EFE"
    assert "abc/def" in [s.of(text) for s in article.spans["furniture"]]
    check_article(text, article)


def test_a_text_of_codes_alone_keeps_its_lines() -> None:
    text = "KLM\nRST\n"
    article = newsparse.parse(text, format="wire")
    assert article.headline == "KLM"
    assert article.paragraphs == ("RST",)


def test_reuters_1987_title_at_the_margin_is_no_comma_less_dateline() -> None:
    text = (
        "5-MAR-1987 11:20:05.12\n"
        "FED SEEN HOLDING RATES UNTIL MARCH 25 - ANALYSTS\n"
        "    NEW YORK, March 5 - The Federal Reserve will hold rates, analysts said.\n"
        " Reuter\n"
    )
    article = newsparse.parse(text)
    assert article.headline == "FED SEEN HOLDING RATES UNTIL MARCH 25 - ANALYSTS"
    assert article.dateline == "NEW YORK"
    assert article.paragraphs == ("The Federal Reserve will hold rates, analysts said.",)


@pytest.mark.parametrize(
    "line",
    [
        "The American Academy of Pediatrics (AAP) - a group of doctors - agreed.",
        "The American Psychological Association (APA) - which sets the rules - agreed.",
    ],
)
def test_an_aside_after_a_common_acronym_is_no_dateline(line: str) -> None:
    text = f"New guidance on screens\n\n{line}\n\nParents were told to set limits.\n"
    article = newsparse.parse(text)
    assert article.format != "wire"
    assert article.dateline is None


@pytest.mark.parametrize(
    "caption",
    [
        "FILE PHOTO: Cranes stand at the port of Lima, March 3, 2021. REUTERS/Ana Ruiz/File Photo",
        "Cranes stand at the port of Lima, Peru, March 3, 2021. REUTERS/Ana Ruiz",
        "Cranes stand at the port of Lima on March 3, 2021. (AP Photo/Jo Roe)",
    ],
)
def test_photo_caption_above_the_story_is_furniture(caption: str) -> None:
    text = (
        "Port reopens\n\n"
        f"{caption}\n\n"
        "LIMA, March 14 (Reuters) - The port reopened on Thursday.\n\n"
        "Ships queued outside.\n"
    )
    article = newsparse.parse(text)
    assert article.summary is None
    assert article.date is None
    assert caption in [s.of(text) for s in article.spans["furniture"]]
    assert article.paragraphs == ("The port reopened on Thursday.", "Ships queued outside.")
    check_article(text, article)


@pytest.mark.parametrize(
    "line",
    [
        "The Awami National Party (ANP) - the province's ruling party - quit on Monday.",
        "Brazil's National Petroleum Agency (ANP) - the regulator - set the auction date.",
    ],
)
def test_an_aside_after_an_agency_acronym_is_no_dateline(line: str) -> None:
    text = f"Coalition talks stall\n\n{line}\n\nIts leaders met in the capital.\n"
    article = newsparse.parse(text)
    assert article.format != "wire"
    assert article.dateline is None
    assert article.paragraphs[0] == line


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("AMSTERDAM (ANP) - Dikes held.", "AMSTERDAM"),
        ("Amsterdam, 14 aug (ANP) - Dikes held.", "Amsterdam"),
    ],
)
def test_an_acronym_agency_after_a_capital_place_or_a_date_is_a_dateline(
    line: str, place: str
) -> None:
    text = f"Storm passes\n\n{line}\n\nThe water fell by the evening.\n"
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.dateline == place
    assert article.attribution is not None
    assert article.attribution.sources == ("ANP",)
    check_article(text, article)


def test_an_editors_note_under_the_story_is_no_editing_credit() -> None:
    note = "Editor: this story was corrected to fix the closing figure."
    text = (
        "Stocks rally\n\n"
        "LONDON (Reuters) - Stocks rallied on Monday.\n\n"
        "Traders were upbeat.\n\n"
        f"{note}\n"
    )
    article = newsparse.parse(text)
    assert article.attribution is not None
    assert article.attribution.credits == ()
    assert article.paragraphs[-1] == note
    check_article(text, article)


def test_a_last_line_in_capitals_ending_in_a_year_is_body() -> None:
    text = (
        "Fans return\n\n"
        "DOHA (Reuters) - Fans returned to the stadium on Monday.\n\n"
        "Tickets sold out, the organisers said.\n\n"
        "FIFA WORLD CUP 2022\n"
    )
    article = newsparse.parse(text)
    assert article.paragraphs[-1] == "FIFA WORLD CUP 2022"
    check_article(text, article)


def test_a_name_and_date_after_an_agency_first_dateline_are_prose() -> None:
    text = (
        "Fed holds rates\n\n"
        "(Reuters) - Jerome Powell, March 5 - the day of the vote - said little.\n\n"
        "Markets were calm.\n"
    )
    article = newsparse.parse(text, reference=dt.date(2023, 8, 1))
    assert article.format == "wire"
    assert article.dateline is None
    assert article.date is None
    assert article.paragraphs[0] == "Jerome Powell, March 5 - the day of the vote - said little."
    check_article(text, article)


def test_a_headline_opening_with_photo_is_the_headline() -> None:
    head = "PHOTO: Firefighters battle a blaze near Athens"
    text = f"{head}\n\nATHENS (Reuters) - Firefighters battled a blaze on Monday.\n"
    article = newsparse.parse(text)
    assert article.headline == head
    check_article(text, article)


@pytest.mark.parametrize(
    "first",
    [
        "On March 5 - a Saturday - the fair returns to the green.",
        "Until March 5 - when the council meets - nothing will change.",
    ],
)
def test_indented_prose_opening_with_a_date_is_no_1987_dateline(first: str) -> None:
    text = f"Town fair returns\n\n    {first}\n    Stalls open at nine and close at six.\n"
    article = newsparse.parse(text)
    assert article.format not in WIRE_FORMATS
    assert article.dateline is None
    assert article.paragraphs[0].startswith(first)


def test_a_1987_dateline_without_a_comma_has_its_place_in_capitals() -> None:
    text = (
        "26-FEB-1987 15:01:01.79\n"
        "BANKS MERGE\n"
        "    NEW YORK Feb 26 - Two banks agreed to merge, they said.\n"
        " Reuter\n"
    )
    article = newsparse.parse(text)
    assert article.format == "reuters1987"
    assert article.dateline == "NEW YORK"
    assert article.paragraphs == ("Two banks agreed to merge, they said.",)
    check_article(text, article)


_RELEASES = {
    "PR Newswire": (
        (
            "Larkspur Robotics Opens Assembly Plant in Ohio\n\n"
            "New plant will add 300 jobs by 2025\n\n"
            "DAYTON, Ohio, Aug. 14, 2023 /PRNewswire/ -- Larkspur Robotics, Inc. (NASDAQ: LRKR)"
            " today opened an assembly plant in Dayton.\n\n"
            '"This plant doubles our output," said Mia Santos, chief executive.\n\n'
            "Media Contact:\nJo Reyes\npress@larkspur.example\n+1 555 0100\n\n"
            "View original content:https://www.prnewswire.example/news-releases/larkspur-1.html\n\n"
            "SOURCE Larkspur Robotics, Inc.\n"
        ),
        "DAYTON, Ohio",
    ),
    "GlobeNewswire": (
        (
            "Fennel Bank Reports Second Quarter Results\n\n"
            "Net income rose 8%\n\n"
            "TORONTO, Aug. 14, 2023 (GLOBE NEWSWIRE) -- Fennel Bank (TSX: FNB) reported net"
            " income of $12 million for the second quarter.\n\n"
            '"Deposits grew in every region," said Ana Lind, chief financial officer.\n\n'
            "Contact:\nAna Lind, Investor Relations\nir@fennel.example\n\n###\n"
        ),
        "TORONTO",
    ),
    "Business Wire": (
        (
            "Quill Software Names New Finance Chief\n\n"
            "Raj Patel joins from a payments firm\n\n"
            "SAN JOSE, Calif.--(BUSINESS WIRE)--Quill Software (NYSE: QSW) today named Raj"
            " Patel its chief financial officer.\n\n"
            '"Raj knows our market," said Lee Ortiz, chief executive.\n\n'
            "Contacts\n\nMedia:\nLee Ortiz\nlee@quill.example\n\n"
            "View source version on businesswire.com: https://www.businesswire.example/news/1/\n"
        ),
        "SAN JOSE, Calif.",
    ),
    "Accesswire": (
        (
            "Birch Mining Files Technical Report\n\n"
            "Report confirms the Elm resource\n\n"
            "VANCOUVER, BC / ACCESSWIRE / August 14, 2023 / Birch Mining Corp. has filed a"
            " technical report on its Elm project.\n\n"
            '"The report confirms our estimate," said Kai Berg, president.\n\n'
            "SOURCE: Birch Mining Corp.\n\n"
            "View the original press release on accesswire.com\n"
        ),
        "VANCOUVER, BC",
    ),
}


@pytest.mark.parametrize("wire", sorted(_RELEASES))
def test_press_release_wires(wire: str) -> None:
    text, place = _RELEASES[wire]
    article = newsparse.parse(text, reference=dt.date(2023, 9, 1))
    assert article.format == "wire"
    assert newsparse.detect(text)[0].evidence == ("press-release-dateline",)
    assert article.dateline == place
    assert article.attribution is not None
    assert article.attribution.sources == (wire,)
    lines = text.splitlines()
    assert article.headline == lines[0]
    assert article.summary == lines[2]
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0] == text[article.spans["body"][0].start :].split("\n")[0]
    assert article.paragraphs[1].startswith('"')
    furniture = {s.of(text) for s in article.spans["furniture"]}
    for line in lines[lines.index(next(ln for ln in lines if ln.startswith('"'))) + 1 :]:
        assert not line or line in furniture, line
    if wire == "Business Wire":
        assert article.date is None  # its dateline has no date
    else:
        assert article.date == dt.datetime(2023, 8, 14)
        assert article.date_precision == "day"
    check_article(text, article)


def test_press_release_page_with_issuer_and_share_line() -> None:
    text = (
        "Kiln Labs Expands Into Mexico\n\n"
        "News provided by\n\nKiln Labs\n\nAug 14, 2023, 08:30 ET\n\n"
        "AUSTIN, Texas, Aug. 14, 2023 /PRNewswire-HISPANIC PR WIRE/ -- Kiln Labs today"
        " opened an office in Monterrey.\n\n"
        "Kiln Labs makes electric kilns for studios.\n\n"
        "SOURCE Kiln Labs\n\n"
        "Share this article\n"
    )
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.headline == "Kiln Labs Expands Into Mexico"
    assert article.summary is None
    assert article.dateline == "AUSTIN, Texas"
    assert article.date == dt.datetime(
        2023, 8, 14, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4))
    )
    assert article.attribution is not None
    assert article.attribution.sources == ("PR Newswire",)
    assert article.paragraphs == (
        "Kiln Labs today opened an office in Monterrey.",
        "Kiln Labs makes electric kilns for studios.",
    )
    furniture = {s.of(text) for s in article.spans["furniture"]}
    assert {"News provided by", "Kiln Labs", "SOURCE Kiln Labs"} <= furniture
    check_article(text, article)


def test_a_story_quoting_a_release_dateline_is_no_release() -> None:
    text = (
        "Shares of the firm jumped\n\n"
        "By Jo Reyes\n\n"
        "The firm said in a release carried by PR Newswire that sales rose.\n"
        'The release, dated "AUSTIN, Texas, Aug. 14, 2023 /PRNewswire/ --", gave no figures.\n'
        "Contact:\nJo Reyes\n"
    )
    article = newsparse.parse(text)
    assert article.format != "wire"
    assert article.dateline is None
    assert article.paragraphs[-1] == "Jo Reyes"


def test_a_contact_block_under_agency_copy_stays_body() -> None:
    text = (
        "Port reopens\n\n"
        "LIMA (Reuters) - The port reopened on Thursday.\n\n"
        "Ships queued outside, the harbour master said.\n\n"
        "Contact:\nHarbour office\n"
    )
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.paragraphs[-1] == "Contact: Harbour office"


def test_business_wire_release_dated_above_its_dateline() -> None:
    text = (
        "Quill Software Names New Finance Chief\n\n"
        "August 14, 2023 08:00 AM Eastern Daylight Time\n\n"
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Quill Software today named Raj Patel its chief"
        " financial officer.\n\n"
        "Contacts\n\nLee Ortiz, +1 555 0100\n"
    )
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.summary is None
    assert article.date == dt.datetime(2023, 8, 14, 8, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    assert article.paragraphs == (
        "Quill Software today named Raj Patel its chief financial officer.",
    )
    check_article(text, article)


@pytest.mark.parametrize(
    ("dateline", "place", "wire"),
    [
        ("RENO, Nev., Aug. 14, 2023 /PRNewswire/ --Kiln", "RENO, Nev.", "PR Newswire"),
        ("TORONTO, Aug. 14, 2023 /CNW/ - Kiln", "TORONTO", "CNW"),
        (
            "RALEIGH, NC / ACCESS Newswire / August 14, 2023 / Kiln",
            "RALEIGH, NC",
            "ACCESS Newswire",
        ),
    ],
)
def test_more_press_release_datelines(dateline: str, place: str, wire: str) -> None:
    text = f"Kiln Labs Opens Studio\n\n{dateline} Labs today opened a studio in Reno.\n"
    article = newsparse.parse(text)
    assert article.format == "wire"
    assert article.dateline == place
    assert article.date == dt.datetime(2023, 8, 14)
    assert article.attribution is not None
    assert article.attribution.sources == (wire,)
    assert article.paragraphs == ("Kiln Labs today opened a studio in Reno.",)
    check_article(text, article)


@pytest.mark.parametrize(
    "standfirst",
    [
        "Most voters back the reform, according to an AFP/Kantar survey",
        "Officials blamed weak demand, Xinhua/Reuters reported",
    ],
)
def test_a_standfirst_naming_agencies_with_a_slash_is_no_caption(standfirst: str) -> None:
    text = (
        "Voters back pension reform\n\n"
        f"{standfirst}\n\n"
        "PARIS (AFP) - Most voters back the reform, a survey showed on Monday.\n"
    )
    article = newsparse.parse(text)
    assert article.summary == standfirst
    check_article(text, article)


def test_a_caption_credit_with_a_particle_in_the_name() -> None:
    caption = "Cranes stand at the port of Lima. REUTERS/Ana de Lima/File Photo"
    text = f"Port reopens\n\n{caption}\n\nLIMA (Reuters) - The port reopened on Thursday.\n"
    article = newsparse.parse(text)
    assert article.summary is None
    assert caption in [s.of(text) for s in article.spans["furniture"]]


def test_indented_prose_opening_with_words_a_comma_and_a_date_is_no_1987_copy() -> None:
    first = "Last year, March 5 - a Saturday - was the day of the fair."
    text = f"Town fair returns\n\n    {first}\n    Stalls open at nine and close at six.\n"
    article = newsparse.parse(text)
    assert article.format not in WIRE_FORMATS
    assert article.dateline is None
    assert article.paragraphs[0].startswith(first)


def test_every_press_wire_mark_holds_a_needle_of_its_evidence() -> None:
    # Detection looks for the needles before it searches a line for a dateline.
    (evidence,) = [e for e in WireFormat.EVIDENCE if e.name == "press-release-dateline"]
    for mark in PRESS_WIRE_MARKS:
        assert any(n in mark.lower() for n in evidence.needles), mark


# Moscow and TASS in Cyrillic capitals (written as escapes: every letter of each looks
# like a Latin one).
_MOSCOW_RU = "\u041c\u041e\u0421\u041a\u0412\u0410"
_TASS_RU = "\u0422\u0410\u0421\u0421"


@pytest.mark.parametrize("agency", [_TASS_RU, "\u0418\u0422\u0410\u0420-" + _TASS_RU])
def test_tass_dateline_in_russian(agency: str) -> None:
    # TASS's dateline in Russian: the place, the agency, and the body after them.
    text = f"Встреча в Кремле\n\n{_MOSCOW_RU}, 14 августа. /{agency}/. Президент провёл встречу.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "wire"
    assert a.dateline == _MOSCOW_RU
    assert a.attribution is not None
    assert a.attribution.sources == ("TASS",)
    assert a.paragraphs == ("Президент провёл встречу.",)


def test_tass_named_in_russian_prose_is_no_dateline() -> None:
    # The agency between slashes in the middle of a sentence opens no dateline.
    sentence = f"Встреча, по данным /{_TASS_RU}/, прошла успешно."
    text = f"Новости\n\n{sentence}\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline is None
    assert a.paragraphs == (sentence,)


@pytest.mark.parametrize(
    "attachments",
    [
        "Attachment\n\nFennel Bank Q2 2023 Results\n",
        "Attachments\n\nFennel_Q2_2023_Results.pdf\nFennel Bank headquarters\nFennel logo.jpg\n",
        "Attachments:\n\n* Q2 2023 Financial Statements\n* Fennel Bank Logo\n",
    ],
)
@pytest.mark.parametrize(
    "contact", ["", "Contact:\nAna Lind, Investor Relations\nir@fennel.example\n\n"]
)
def test_a_releases_attachment_list_is_furniture(attachments: str, contact: str) -> None:
    # GlobeNewswire lists the files sent with a release under its end, after the
    # contacts or straight after the text.
    text = (
        "Fennel Bank Reports Second Quarter Results\n\n"
        "TORONTO, Aug. 14, 2023 (GLOBE NEWSWIRE) -- Fennel Bank (TSX: FNB) reported net"
        " income of $12 million for the second quarter.\n\n"
        '"Deposits grew in every region," said Ana Lind, chief financial officer.\n\n'
        + contact
        + attachments
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "wire"
    assert len(article.paragraphs) == 2
    assert article.paragraphs[1].startswith('"Deposits')
    furniture = {s.of(text) for s in article.spans["furniture"]}
    for line in attachments.splitlines():
        assert not line or line in furniture, line
    assert "wire.release-attachment" in article.rules["furniture"]


def test_a_paragraph_about_an_attachment_stays_in_the_release() -> None:
    # A sentence that names an attachment is the release's, not the list's heading.
    last = "The attachment to this release gives the full results for the quarter."
    text = (
        "Fennel Bank Reports Second Quarter Results\n\n"
        "TORONTO, Aug. 14, 2023 (GLOBE NEWSWIRE) -- Fennel Bank (TSX: FNB) reported net"
        " income of $12 million for the second quarter.\n\n" + last + "\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs[-1] == last


_CN_BODY = (
    "记者14日从农业农村部获悉\uff0c今年西部山区秋粮长势良好\uff0c丰收在望。\n\n"
    "农业农村部有关负责人表示\uff0c各地要抓好田间管理\uff0c确保颗粒归仓。\n"
)


@pytest.mark.parametrize(
    ("lead", "place", "source", "authors"),
    [
        ("新华社北京8月14日电\uff08记者 王明远 李红\uff09", "北京", "Xinhua", ("王明远", "李红")),
        ("新华社华盛顿8月13日电 \uff08记者王明远\uff09", "华盛顿", "Xinhua", ("王明远",)),
        ("中新社兰州8月14日电 (记者 李红)", "兰州", "China News Service", ("李红",)),
        (
            "人民网北京8月14日电\uff08记者王明远、李红\uff09",
            "北京",
            "People's Daily Online",
            ("王明远", "李红"),
        ),
        ("中新网8月14日电", None, "China News Service", ()),
        ("新华网北京8月14日电\uff08记者 王明远\uff09", "北京", "Xinhua", ("王明远",)),
        ("本报北京8月14日电\uff08记者 王明远\uff09", "北京", None, ("王明远",)),
        ("新华社北京8月14日电\uff08新华社记者王明远\uff09", "北京", "Xinhua", ("王明远",)),
    ],
)
def test_a_chinese_agencys_dateline(
    lead: str, place: str | None, source: str | None, authors: tuple[str, ...]
) -> None:
    # 本报 is the paper's own (People's Daily's ``this paper``): no agency to credit.
    text = "西部山区秋粮丰收在望\n\n" + lead + _CN_BODY
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "wire"
    assert newsparse.detect(text)[0].evidence == ("chinese-agency-dateline",)
    assert a.headline == "西部山区秋粮丰收在望"
    assert a.dateline == place
    if source is None:
        assert a.attribution is None or a.attribution.sources == ()
    else:
        assert a.attribution is not None
        assert a.attribution.sources == (source,)
    if authors:
        assert a.byline is not None
        assert a.byline.authors == authors
    else:
        assert a.byline is None
    assert a.paragraphs[0] == _CN_BODY.split("\n", maxsplit=1)[0]
    assert len(a.paragraphs) == 2
    # The month and day alone: no year is invented.
    assert a.date is None
    assert [n.code for n in a.notes if n.code == "date.partial"] == ["date.partial"]


def test_a_chinese_datelines_year_or_the_reference_completes_its_date() -> None:
    with_year = (
        "西部山区秋粮丰收在望\n\n新华社北京2023年8月14日电\uff08记者 王明远\uff09" + _CN_BODY
    )
    a = newsparse.parse(with_year)
    check_article(with_year, a)
    assert a.date == dt.datetime(2023, 8, 14)
    assert a.dateline == "北京"
    text = "西部山区秋粮丰收在望\n\n新华社北京8月14日电\uff08记者 王明远\uff09" + _CN_BODY
    b = newsparse.parse(text, reference=dt.date(2023, 9, 1))
    assert b.date == dt.datetime(2023, 8, 14)


def test_a_chinese_dateline_inside_a_sentence_is_no_dateline() -> None:
    text = "西部山区秋粮丰收在望\n\n据新华社北京8月14日电\uff0c今年西部山区秋粮长势良好。\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format != "wire"
    assert a.dateline is None


@pytest.mark.parametrize("end", ["\n\n\uff08\u5b8c\uff09\n", "\uff08\u5b8c\uff09\n", "(\u5b8c)\n"])
def test_a_chinese_wires_end_mark_is_furniture(end: str) -> None:
    # Xinhua's Chinese copy ends with (完), on a line of its own or after the last sentence.
    lead = "新华社北京8月14日电\uff08记者 王明远\uff09"
    text = "西部山区秋粮丰收在望\n\n" + lead + _CN_BODY.rstrip("\n") + end
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == _CN_BODY.rstrip("\n").rsplit("\n", 1)[-1]
    assert "wire.end-mark" in a.rules["furniture"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("\uff08责任编辑\uff1a李红\uff09", ("李红",)),
        ("【责任编辑:张樵苏】", ("张樵苏",)),
        ("编辑\uff1a李红、王明远", ("李红", "王明远")),
        # A role before the names, apart or glued: editor: our reporter Wang Mingyuan.
        ("编辑\uff1a本报记者 王明远", ("王明远",)),
        ("编辑\uff1a记者王明远", ("王明远",)),
        ("\uff08责任编辑\uff1a通讯员 李红\uff09", ("李红",)),
        ("编辑\uff1a本报记者王明远、李红", ("王明远", "李红")),
    ],
)
def test_a_chinese_wires_editor_line_is_an_editing_credit(
    line: str, names: tuple[str, ...]
) -> None:
    lead = "新华社北京8月14日电\uff08记者 王明远\uff09"
    text = "西部山区秋粮丰收在望\n\n" + lead + _CN_BODY + "\n" + line + "\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == _CN_BODY.rstrip("\n").rsplit("\n", 1)[-1]
    assert a.attribution is not None
    assert [(c.role, c.names) for c in a.attribution.credits] == [("editing", names)]


@pytest.mark.parametrize("who", ["本报记者", "記者", "本刊记者"])
def test_a_chinese_editor_line_naming_a_role_gives_no_credit(who: str) -> None:
    # ``编辑:本报记者`` (editor: our reporter) names a role, no one: no editing credit.
    lead = "新华社北京8月14日电\uff08记者 王明远\uff09"
    text = "西部山区秋粮丰收在望\n\n" + lead + _CN_BODY + "\n编辑\uff1a" + who + "\n"
    a = newsparse.parse(text)
    check_article(text, a)
    given = () if a.attribution is None else a.attribution.credits
    assert all(who not in c.names for c in given)
    assert "attribution.editor" not in a.rules.get("attribution", ())
    assert a.paragraphs[-1] == _CN_BODY.rstrip("\n").rsplit("\n", 1)[-1]


def test_chinese_wire_lines_ending_in_full_stops_are_paragraphs() -> None:
    # No blank lines: each line, indented with ideographic spaces, ends with 。.
    first, second = _CN_BODY.rstrip("\n").split("\n\n")
    lead = "新华社北京8月14日电\uff08记者 王明远\uff09"
    text = "西部山区秋粮丰收在望\n\u3000\u3000" + lead + first + "\n\u3000\u3000" + second + "\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (first, second)


@pytest.mark.parametrize(
    "tail",
    [
        # A film named Attachment, first of a list of titles.
        "Its films in competition this year:\n\nAttachment\nThe Long Shore\nHarbour Lights\n",
        # A maker's list of the attachments a loader takes.
        "Attachments\nPallet forks\nSnow blade\nLog grapple\n",
    ],
)
def test_attachment_run_on_into_a_list_is_no_file_list(tail: str) -> None:
    # The heading of the files sent with a release stands alone over a blank line;
    # run on into short lines, ``Attachment(s)`` is one of the list's items or its
    # heading, and the release's.
    text = (
        "Fennel Films Wins Festival Prize\n\n"
        "TORONTO, Aug. 14, 2023 (GLOBE NEWSWIRE) -- Fennel Films said its drama won the"
        " jury prize at the festival on Sunday.\n\n" + tail
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "wire"
    assert "wire.release-attachment" not in article.rules.get("furniture", ())
    assert article.paragraphs[-1].endswith(tail.rstrip("\n").rsplit("\n", 1)[-1])


@pytest.mark.parametrize(
    "quote",
    [
        "新华社北京8月14日电称\uff0c",
        "新华社8月14日电的报道说\uff0c",
        "中新社兰州8月14日电报道\uff0c",
        "人民网北京8月14日电说\uff0c",
        "本报8月14日电讯显示\uff0c",
    ],
)
def test_a_chinese_dateline_a_sentence_opens_with_as_its_subject_is_no_dateline(
    quote: str,
) -> None:
    # The sentence quotes the agency's report (``...电称``: the cable said) at the start
    # of the second paragraph: the paragraph is the story's, whole, and no dateline.
    second = quote + "各地要抓好田间管理\uff0c确保颗粒归仓。"
    first = _CN_BODY.split("\n", maxsplit=1)[0]
    text = "西部山区秋粮丰收在望\n\n" + first + "\n\n" + second + "\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline is None
    assert a.paragraphs == (first, second)


@pytest.mark.parametrize(
    ("lead", "body", "end", "teaser"),
    [
        (
            "新华社北京8月14日电\uff08记者 王明远\uff09",
            _CN_BODY,
            "\uff08\u5b8c\uff09",
            "\n相关新闻\n\n东部沿海台风过境\n",
        ),
        (
            "新华社北京8月14日电\uff08记者 王明远\uff09",
            _CN_BODY.rstrip("\n"),
            "\uff08\u5b8c\uff09",
            "\n相关新闻\n东部沿海台风过境\n南方多地迎来降雨\n",
        ),
        (
            "BEIJING, Aug. 14 (Xinhua) -- ",
            (
                "Grain output in the western hills is set to rise this autumn, officials said"
                " on Monday.\n\nFarmers were told to bring in the harvest before the rains.\n"
            ),
            "Enditem",
            "\nRelated news\n\nStorm passes over the eastern coast\n",
        ),
    ],
)
def test_a_teaser_after_a_xinhua_end_mark_is_furniture(
    lead: str, body: str, end: str, teaser: str
) -> None:
    # The story ends at Xinhua's end mark; a box of related stories after it is the
    # page's, not the last paragraph's.
    text = "Autumn harvest\n\n" + lead + body + end + "\n" + teaser
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "wire"
    last = body.rstrip("\n").rsplit("\n", 1)[-1]
    assert a.paragraphs[-1] == last
    assert not any(teaser.split("\n")[-2] in p for p in a.paragraphs)
    assert "wire.after-end-mark" in a.rules["furniture"]


@pytest.mark.parametrize(
    ("story", "after"),
    [
        (
            # A series' last part: its note ends with the series' end mark, the
            # story's short paragraphs follow.
            "新华社北京8月14日电\uff08记者 王明远\uff09本报今日刊发系列报道之三\uff08完\uff09\n\n",
            ["今年西部山区秋粮长势良好。", "各地要抓好田间管理。", "确保颗粒归仓。"],
        ),
        (
            (
                "BEIJING, Aug. 14 (Xinhua) -- Grain output in the western hills is set to"
                " rise this autumn, officials said on Monday. Enditem\n\n"
            ),
            ["Farmers were told to bring in the harvest before the rains."],
        ),
    ],
)
def test_sentences_after_a_xinhua_end_mark_stay_paragraphs(story: str, after: list[str]) -> None:
    # A teaser's headline ends with no full stop; a line that does is the story's,
    # whatever end mark stands above it.
    text = "Autumn harvest\n\n" + story + "\n\n".join(after) + "\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert list(a.paragraphs[-len(after) :]) == after
    assert "wire.after-end-mark" not in a.rules.get("furniture", ())


def test_reuters_dateline_hyphen_glued_to_the_first_word() -> None:
    text = "Snow shuts roads\n\nOSLO, Aug 14 (Reuters) -Snow closed the roads.\n\nBuses ran.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "wire"
    assert article.dateline == "OSLO"
    assert article.paragraphs == ("Snow closed the roads.", "Buses ran.")


@pytest.mark.parametrize(
    "text",
    [
        # Under the story, after the credits.
        (
            "Snow shuts roads\n\nOSLO (Reuters) - Snow closed the roads.\n\nBuses ran.\n\n"
            "(Reporting by Ida Fox; Editing by Leo Tam)\n"
            "(This story has been refiled to fix a typo in paragraph 2)\n"
        ),
        # Under the headline.
        (
            "Snow shuts roads\n(This story has been corrected to fix the date in paragraph 2)\n\n"
            "OSLO (Reuters) - Snow closed the roads.\n\nBuses ran.\n\n"
            "(Reporting by Ida Fox; Editing by Leo Tam)\n"
        ),
    ],
)
def test_a_story_note_on_a_new_version_is_furniture(text: str) -> None:
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.summary is None
    assert article.paragraphs == ("Snow closed the roads.", "Buses ran.")
    assert article.attribution is not None
    assert [(c.role, c.names) for c in article.attribution.credits] == [
        ("reporting", ("Ida Fox",)),
        ("editing", ("Leo Tam",)),
    ]
    furniture = [s.of(text) for s in article.spans["furniture"]]
    assert any(f.startswith("(This story has been") for f in furniture)


def test_thomson_reuters_foundation_dateline_is_reuters_copy() -> None:
    text = (
        "Snow shuts roads\n\nOSLO (Thomson Reuters Foundation) - Snow closed the roads.\n\n"
        "Buses ran.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "wire"
    assert article.dateline == "OSLO"
    assert article.attribution is not None
    assert article.attribution.sources == ("Reuters",)
    assert article.paragraphs == ("Snow closed the roads.", "Buses ran.")


@pytest.mark.parametrize(
    "tail",
    [
        "\n\n(Reporting by Mara Quill; Editing by Lou Park)\n",
        # Glued to the last paragraph, before the line under it.
        " (Reporting by Mara Quill; Editing by Lou Park)\n",
        # Two groups glued one after the other.
        " (Reporting by Mara Quill) (Editing by Lou Park)\n",
    ],
)
def test_credits_come_in_the_storys_order(tail: str) -> None:
    text = (
        "Tollgate profit rises\n\nLONDON (Reuters) - Tollgate Foods said on Tuesday its profit "
        "rose.\n\nShares rose 2 percent." + tail + "(Additional reporting by Kim Lo in Paris)\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "wire"
    assert article.attribution is not None
    assert [(c.role, c.names) for c in article.attribution.credits] == [
        ("reporting", ("Mara Quill",)),
        ("editing", ("Lou Park",)),
        ("additional reporting", ("Kim Lo",)),
    ]


def test_a_dateline_under_a_long_share_row_is_found() -> None:
    # A flattened agency page: byline, stamp and a row of eleven share buttons, one a
    # line, before the dateline; the row takes none of the head's ten lines.
    share = (
        "Share\nCopy\nLink copied\nEmail\nFacebook\nX\nReddit\nLinkedIn\n"
        "Pinterest\nFlipboard\nPrint\n"
    )
    text = (
        "Ferry service to Pell Island suspended after dock collapse\nBy DEREK AMES\n"
        "Updated 3:12 PM EDT, June 14, 2023\n" + share + "\n"
        "PELL ISLAND, Maine (AP) \u2014 Ferry service to Pell Island was suspended Wednesday.\n\n"
        "No one was hurt, the state transportation department said.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "wire"
    assert article.dateline == "PELL ISLAND, Maine"
    assert article.attribution is not None
    assert article.attribution.sources == ("AP",)
    assert article.paragraphs == (
        "Ferry service to Pell Island was suspended Wednesday.",
        "No one was hurt, the state transportation department said.",
    )


def test_credits_over_a_licensing_link_at_the_page_end_are_credits() -> None:
    text = (
        "Steelmaker explores sale\nBy Kenji Aoki\nNovember 2, 2023 9:01 PM UTC\n\n"
        "TOKYO, Nov 3 (Reuters) - Brannock is exploring a sale.\n\n"
        "Brannock declined to comment.\n\n"
        "Reporting by Kenji Aoki; Editing by Lincoln Feast\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
        "Acquire Licensing Rights, opens new tab\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == ("Brannock is exploring a sale.", "Brannock declined to comment.")
    assert article.attribution is not None
    assert [(c.role, c.names) for c in article.attribution.credits] == [
        ("reporting", ("Kenji Aoki",)),
        ("editing", ("Lincoln Feast",)),
    ]


@pytest.mark.parametrize(
    ("stamp", "agency", "iso"),
    [
        ("ANI | Updated: Dec 28, 2022 19:45 IST", "ANI", "2022-12-28T19:45:00+05:30"),
        ("Reuters | Updated: Aug 14, 2023, 10:15 IST", "Reuters", "2023-08-14T10:15:00+05:30"),
        ("Associated Press November 19, 2019, 9:02 AM", "AP", "2019-11-19T09:02:00"),
        # The agency after ``By``, a label before the date (OneIndia's, Outlook's).
        ("By PTI | Published: Dec 28, 2022, 19:45 IST", "PTI", "2022-12-28T19:45:00+05:30"),
        ("By ANI - Dec 28, 2022 19:45 IST", "ANI", "2022-12-28T19:45:00+05:30"),
    ],
)
def test_an_agency_alone_beside_the_date_is_the_byline_s_organization(
    stamp: str, agency: str, iso: str
) -> None:
    # A portal reposting agency copy heads it with the agency and the time it updated.
    text = (
        f"Army rescues 40 tourists\n{stamp}\n\n"
        "Gangtok (Sikkim) [India], December 28 (ANI): The Army rescued 40 tourists.\n\n"
        "The tourists were given shelter.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == ()
    assert article.byline.organization == agency
    assert article.date is not None
    assert article.date.isoformat() == iso
    assert article.summary is None
    assert article.paragraphs == (
        "The Army rescued 40 tourists.",
        "The tourists were given shelter.",
    )


@pytest.mark.parametrize(
    ("dateline", "trailer", "roles"),
    [
        (
            "BOGOTÁ, 14 ago (Reuters) -",
            "(Reporte de Ana Roa y Luis Paz; Editado en español por María de la Cruz)",
            [("reporting", ("Ana Roa", "Luis Paz")), ("editing", ("María de la Cruz",))],
        ),
        (
            "PARIS, 14 août (Reuters) -",
            "(Reportage Claire Vasseur, version française Jean Roy, édité par Paul Mey)",
            [
                ("reporting", ("Claire Vasseur",)),
                ("translation", ("Jean Roy",)),
                ("editing", ("Paul Mey",)),
            ],
        ),
        (
            "Berlin (Reuters) -",
            (
                "(Bericht von Jana Roth, redigiert von Olaf Brand. Bei Rückfragen wenden Sie"
                " sich bitte an unsere Redaktion unter berlin.desk@example.com (für Politik).)"
            ),
            [("reporting", ("Jana Roth",)), ("editing", ("Olaf Brand",))],
        ),
        (
            "SÃO PAULO, 14 Ago (Reuters) -",
            "(Reportagem de Rui Dias; Edição de Ana Lima)",
            [("reporting", ("Rui Dias",)), ("editing", ("Ana Lima",))],
        ),
    ],
)
def test_reuters_credits_in_its_services_other_languages(
    dateline: str, trailer: str, roles: list[tuple[str, tuple[str, ...]]]
) -> None:
    text = f"Banco mantiene tasas\n\n{dateline} Snow closed the roads.\n\nBuses ran.\n\n{trailer}\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.paragraphs == ("Snow closed the roads.", "Buses ran.")
    assert article.attribution is not None
    assert [(c.role, c.names) for c in article.attribution.credits] == roles


@pytest.mark.parametrize(
    "line",
    [
        # The names are no names: a sentence in brackets.
        "(Bericht von Amnesty über die Lage in den Lagern)",
        "(Reportage exclusif sur la ville)",
        # Not in brackets.
        "Reporte de Ana Roa",
    ],
)
def test_a_bracketed_sentence_opening_with_a_role_word_is_no_credit(line: str) -> None:
    assert read_attribution(line) is None


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize(
    "head",
    [
        # Codes and the UNKNOWN block with its control characters written as entities.
        (
            "acq\nuk\n\n\n\n\n&#5;&#5;&#5;F\n&#22;&#22;&#1;f0812&#31;reute\n"
            "u f BC-PELL-RESINS   03-23 0061\n&#2;\n"
        ),
        # An empty topics line, the control characters as they are.
        (
            "\nusa\n\n\n\n\n\x05\x05\x05F\n\x16\x16\x01f1001\x1freute\n"
            "d f BC-PELL-RESINS   03-23 0033\n"
        ),
        # The control characters dropped: the desk's line bare, the empty lists blank.
        "acq\nuk\n \n \n \nF \nf0812 reute\nu f BC-PELL-RESINS   03-23 0061\n",
        "acq\nuk\n\n\n\nf0812reute\nu f BC-PELL-RESINS   03-23 0061\n",
    ],
)
def test_1987_record_with_its_sgml_tags_stripped(head: str, newline: str) -> None:
    # Stripping the tags from the collection's SGML leaves the codes and the UNKNOWN
    # block between the timestamp and the title, and the end mark under the sign-off.
    text = (
        "23-MAR-1987 10:10:10.10\n" + head + "BRENT CHEMICALS TO BUY PELL RESINS\n"
        "        LONDON, March 23 - Brent Chemicals Plc said it agreed\n"
        "to buy Pell Resins Ltd for 14.5 mln stg.\n"
        "    Pell makes adhesives.\n Reuter\n&#3;\n"
    ).replace("\n", newline)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "reuters1987"
    assert article.headline == "BRENT CHEMICALS TO BUY PELL RESINS"
    assert article.dateline == "LONDON"
    assert article.paragraphs == (
        "Brent Chemicals Plc said it agreed to buy Pell Resins Ltd for 14.5 mln stg.",
        "Pell makes adhesives.",
    )


# One record of the collection's SGML files as delivered, its tags kept.
_SGML_RECORD = (
    '<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5001" NEWID="3">\n'
    "<DATE>23-MAR-1987 10:10:10.10</DATE>\n"
    "<TOPICS><D>acq</D></TOPICS>\n<PLACES><D>uk</D></PLACES>\n<PEOPLE></PEOPLE>\n"
    "<ORGS></ORGS>\n<EXCHANGES></EXCHANGES>\n<COMPANIES></COMPANIES>\n"
    "<UNKNOWN> \n&#5;&#5;&#5;F\n&#22;&#22;&#1;f0812&#31;reute\n"
    "u f BC-PELL-RESINS   03-23 0061</UNKNOWN>\n"
    "<TEXT>&#2;\n<TITLE>BRENT CHEMICALS TO BUY PELL RESINS</TITLE>\n"
    "<DATELINE>    LONDON, March 23 - </DATELINE><BODY>Brent Chemicals Plc said it agreed\n"
    "to buy Pell Resins Ltd for 14.5 mln stg.\n"
    "    Pell makes adhesives.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_1987_record_with_its_sgml_tags_kept(newline: str) -> None:
    # The elements give the fields; the tags, code lists and UNKNOWN block are furniture.
    text = _SGML_RECORD.replace("\n", newline)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "reuters1987"
    assert article.headline == "BRENT CHEMICALS TO BUY PELL RESINS"
    assert article.date == dt.datetime(1987, 3, 23, 10, 10, 10)
    assert article.dateline == "LONDON"
    assert article.metadata["dateline_date"] == "1987-03-23"
    assert article.paragraphs == (
        "Brent Chemicals Plc said it agreed to buy Pell Resins Ltd for 14.5 mln stg.",
        "Pell makes adhesives.",
    )
    assert article.attribution is not None
    assert article.attribution.sources == ("Reuters",)


def test_1987_sgml_record_reads_its_author_element_as_the_byline() -> None:
    # ``<AUTHOR>    By Name, Reuters</AUTHOR>``: the writer, and Reuters as the outlet.
    text = _SGML_RECORD.replace(
        "</TITLE>\n", "</TITLE>\n<AUTHOR>    By Greta Lunde and Sam Orr, Reuters</AUTHOR>\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == ("Greta Lunde", "Sam Orr")
    assert article.byline.organization == "Reuters"
    assert article.headline == "BRENT CHEMICALS TO BUY PELL RESINS"
    assert article.dateline == "LONDON"


def test_1987_sgml_record_under_the_files_document_type_line() -> None:
    # The first record of a ``.sgm`` file stands under ``<!DOCTYPE lewis ...>``.
    text = '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + _SGML_RECORD
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "reuters1987"
    assert article.headline == "BRENT CHEMICALS TO BUY PELL RESINS"
    assert article.date == dt.datetime(1987, 3, 23, 10, 10, 10)


@pytest.mark.parametrize("unclosed", ["<DATE>1-MAR-1987 ", "<TITLE>X ", "<BODY>Y "])
def test_1987_sgml_record_with_unclosed_elements_still_parses(unclosed: str) -> None:
    # An element with no closing tag is not read; its text stays furniture, spans whole.
    text = '<REUTERS NEWID="1">\n' + unclosed * 500 + "\n</REUTERS>\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "reuters1987"
    assert article.headline is None


def test_1987_sgml_brief_record_has_no_copy() -> None:
    # A brief is its title alone; the collection fills its TEXT with ``Blah blah blah.``
    text = (
        '<REUTERS TOPICS="NO" NEWID="12">\n<DATE> 5-MAR-1987 11:02:33.18</DATE>\n'
        '<TEXT TYPE="BRIEF">&#2;\n******<TITLE>KELSO FOODS SETS STOCK SPLIT\n</TITLE>\n'
        "Blah blah blah.\n&#3;\n\n</TEXT>\n</REUTERS>\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "KELSO FOODS SETS STOCK SPLIT"
    assert article.paragraphs == ()
    assert "Blah blah blah." in [s.of(text) for s in article.spans["furniture"]]


def test_1987_sgml_unprocessed_record_reads_its_text_as_plain_copy() -> None:
    # No TITLE or DATELINE element: TEXT holds the title line, the indented dateline
    # and the copy as a plain record does.
    text = (
        '<REUTERS TOPICS="NO" NEWID="14">\n<DATE>24-MAR-1987 09:15:40.77</DATE>\n'
        '<TEXT TYPE="UNPROC">&#2;\nKELSO RAISES COPPER PRICE\n'
        "    NEW YORK, March 24 - Kelso Metals Corp said it raised\n"
        "its copper price by one cent.\n Reuter\n&#3;</TEXT>\n</REUTERS>\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline == "KELSO RAISES COPPER PRICE"
    assert article.dateline == "NEW YORK"
    assert article.paragraphs == ("Kelso Metals Corp said it raised its copper price by one cent.",)
    assert article.date == dt.datetime(1987, 3, 24, 9, 15, 40)


def test_1987_sgml_record_with_no_dateline_or_body_reads_its_text() -> None:
    # An unprocessed record has its copy in TEXT, after the title, with no DATELINE.
    text = (
        '<REUTERS TOPICS="NO" NEWID="9">\n<DATE> 2-APR-1987 09:01:00.00</DATE>\n'
        '<TEXT TYPE="UNPROC">&#2;\n<TITLE>PELL RESINS SOLD</TITLE>\n'
        "Pell Resins Ltd was sold.\n Reuter\n&#3;</TEXT>\n</REUTERS>\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "reuters1987"
    assert article.headline == "PELL RESINS SOLD"
    assert article.dateline is None
    assert article.paragraphs == ("Pell Resins Ltd was sold.",)


def test_1987_lower_case_line_over_the_title_with_no_unknown_block_is_kept() -> None:
    # Codes are read only over the UNKNOWN block: a lone lower-case word stays.
    text = (
        "23-MAR-1987 10:10:10.10\nbriefly\nPELL RESINS SOLD\n"
        "    LONDON, March 23 - Pell Resins Ltd was sold.\n Reuter\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.headline is not None
    assert article.headline.startswith("briefly")


@pytest.mark.parametrize(
    "top",
    [
        # The site's title with its name after a bar, and a menu's line under it.
        "Farmers protest over canal water | Valley Observer\nHome India World Business Cricket",
        # The site's name alone.
        "Valley Observer",
        # The page's navigation, menu lines and an account's link.
        "Menu\nWorld\nBusiness\nMarkets\nSign In",
        "Skip to main content\nWorld\nBusiness\nLegal",
        "Menu\nU.S. News\nWorld News\nPolitics\nSearch",
    ],
)
def test_agency_copy_on_a_site_under_the_page_top(top: str) -> None:
    # Agency copy a news site runs, copied with the page's top over the headline.
    text = (
        f"{top}\n"
        "Farmers in Rampur district block highway over canal water shortage\n"
        "PTI | Updated: Jan 17, 2025, 14:32 IST\n"
        "Rampur (UP), Jan 17 (PTI) Hundreds of farmers blocked the highway on Friday "
        "demanding water from the canal, officials said.\n"
        "The protest went on for nearly four hours.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "wire"
    assert a.headline == "Farmers in Rampur district block highway over canal water shortage"
    assert a.date is not None
    assert a.date.date().isoformat() == "2025-01-17"
    assert a.summary is None
    assert "wire.page-top" in a.rules["furniture"]


def test_a_short_headline_in_title_case_over_a_byline_stays_the_headline() -> None:
    text = (
        "Copper Prices Rise\nBy LINDA OKORO Associated Press\nJuly 8, 2025, 3:14 PM\n"
        "LONDON (AP) — Copper prices rose on Tuesday as a strike at a mine raised "
        "supply worries.\nTraders said the market was nervous.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "Copper Prices Rise"


@pytest.mark.parametrize("dash", ["\u2014", "_", "--"])
def test_an_undated_ap_story_has_no_dateline(dash: str) -> None:
    # AP writes ``UNDATED`` where a story was gathered in many places: no place.
    text = (
        "Heat wave grips three states\n\nBy LENA ORTIZ Associated Press\n\n"
        f"UNDATED (AP) {dash} Temperatures passed 100 degrees across three states on Sunday.\n\n"
        "Cooling centres stayed open late.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "wire"
    assert article.dateline is None
    assert article.attribution is not None
    assert article.attribution.sources == ("AP",)
    assert article.paragraphs == (
        "Temperatures passed 100 degrees across three states on Sunday.",
        "Cooling centres stayed open late.",
    )
    # A place keeps its dateline.
    placed = newsparse.parse(text.replace("UNDATED", "PHOENIX"))
    assert placed.dateline == "PHOENIX"


@pytest.mark.parametrize(
    "stamp",
    [
        "Source: Xinhua| 2024-05-09 21:04:37|Editor: huaxia",
        "Source: Xinhua | 2024-05-09 21:04:37 | Editor: Wang Lin",
        "Source: Xinhua| 2024-05-09 21:04",
    ],
)
def test_xinhua_sites_source_line_dates_the_story(stamp: str) -> None:
    # Xinhua's English site prints the source, the time filed and the editor on one
    # line under the headline: the time is the date (no zone named), the rest furniture.
    text = (
        f"Grain harvest tops forecast in northeast\n\n{stamp}\n\n"
        "HARBIN, May 9 (Xinhua) -- Farms in northeast China harvested more grain than forecast, "
        "local authorities said Thursday.\n\nYields rose in three provinces.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "wire"
    assert article.headline == "Grain harvest tops forecast in northeast"
    assert article.summary is None
    assert article.date is not None
    assert article.date.replace(second=0) == dt.datetime(2024, 5, 9, 21, 4)
    assert article.date.tzinfo is None
    assert article.dateline == "HARBIN"
    assert article.paragraphs[-1] == "Yields rose in three provinces."
    # A line naming another source is no Xinhua stamp.
    other = newsparse.parse(text.replace("Source: Xinhua", "Source: Harbin Daily"))
    assert "wire.xinhua-stamp" not in other.rules["furniture"]


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Bandung (ANTARA) - The city will open two new bus lines next month.", "Bandung"),
        ("Jakarta (ANTARA) - Pemerintah menyiapkan subsidi pupuk untuk petani.", "Jakarta"),
        ("JAKARTA, Oct 3 (ANTARA News) - Palm oil exports rose in September.", "JAKARTA"),
    ],
)
def test_antara_dateline_gives_place_and_source(lead: str, place: str) -> None:
    # Indonesia's national agency dates its copy as the other agencies do.
    text = f"Palm oil exports up\n\n{lead}\n\nTraders expect more of the same.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.dateline == place
    assert article.attribution is not None
    assert article.attribution.sources == ("ANTARA",)
