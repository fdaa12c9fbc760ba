"""The lexisnexis, factiva and netnews formats on the layouts' awkward corners."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.formats.netnews import NetnewsFormat
from tests.laws import check_article

_LN_HEAD = "1 of 2 DOCUMENTS\n\nThe Gazette\n\n"


def _parse(text: str) -> newsparse.Article:
    article = newsparse.parse(text)
    check_article(text, article)
    return article


@pytest.mark.parametrize(
    ("name", "text", "headline", "authors"),
    [
        (
            "headline right under the date",
            _LN_HEAD + "May 2, 2022 Monday\nFerry delayed by fog\n\nBYLINE: Jo Roe\n\n"
            "LENGTH: 9 words\n\nThe ferry was late.\n",
            "Ferry delayed by fog",
            ("Jo Roe",),
        ),
        (
            "no labels at all",
            _LN_HEAD + "May 2, 2022 Monday\n\nFerry delayed by fog\n\nThe ferry was late.\n",
            "Ferry delayed by fog",
            (),
        ),
        (
            "a headline that looks like a label",
            _LN_HEAD + "May 2, 2022 Monday\n\nUPDATE: Ferry delayed by fog\n\n"
            "BYLINE: Jo Roe in Dover\n\nLENGTH: 9 words\n\nThe ferry was late.\n",
            "UPDATE: Ferry delayed by fog",
            ("Jo Roe",),
        ),
        (
            "an upper-case byline with its prefix",
            _LN_HEAD + "May 2, 2022 Monday\n\nFerry delayed by fog\n\n"
            "BYLINE: BY JO ROE\n\nLENGTH: 9 words\n\nThe ferry was late.\n",
            "Ferry delayed by fog",
            ("JO ROE",),
        ),
    ],
)
def test_lexisnexis_head(name: str, text: str, headline: str, authors: tuple[str, ...]) -> None:
    article = _parse(text)
    assert article.format == "lexisnexis", name
    assert article.headline == headline
    assert (article.byline.authors if article.byline else ()) == authors
    assert article.date == dt.datetime(2022, 5, 2)
    assert article.paragraphs == ("The ferry was late.",)


def test_lexisnexis_without_a_date_says_so() -> None:
    article = _parse(_LN_HEAD + "Ferry delayed\n\nLENGTH: 9 words\n\nThe ferry was late.\n")
    assert (article.headline, article.date) == ("Ferry delayed", None)
    assert [n.code for n in article.notes] == ["date.missing"]


def test_nexis_uni_without_a_body_line() -> None:
    text = (
        "Ferry delayed\n\nThe Gazette\nMay 2, 2022 Monday\nCopyright 2022 The Gazette\n\n"
        "Section: NEWS\u00a0; Pg. 2\nLength:\u00a09 words\nByline: Jo Roe\n\n"
        "The ferry was late.\n\nLoad-Date: May 3, 2022\n\nEnd of Document\n"
    )
    article = _parse(text)
    assert (article.headline, article.byline and article.byline.authors) == (
        "Ferry delayed",
        ("Jo Roe",),
    )
    assert article.paragraphs == ("The ferry was late.",)
    assert article.metadata["load_date"] == "May 3, 2022"
    assert article.metadata["length"] == "9 words"


def test_factiva_text_lines_that_start_like_codes_stay_text() -> None:
    text = (
        "HD\nDock strike ends\nPD\n3 March 2023\nLP\nDock workers went back on Friday.\n"
        "TD\nIN the morning the cranes moved again.\nRE the pay deal, unions were pleased.\n"
        "AN\nDocument CSTCOU0020230303ej330000a\n"
    )
    article = _parse(text)
    assert article.format == "factiva"
    assert article.paragraphs == (
        "Dock workers went back on Friday.",
        "IN the morning the cranes moved again.",
        "RE the pay deal, unions were pleased.",
    )


def test_factiva_free_text_without_language_or_copyright() -> None:
    text = (
        "Night buses return\n120 words\n3 July 2022\nThe Valley Chronicle\n\n"
        "Night buses run again from Friday.\n\nDocument VALCHR0020220703ei7300001\n"
    )
    article = _parse(text)
    assert article.headline == "Night buses return"
    assert article.byline is not None
    assert article.byline.organization == "The Valley Chronicle"
    assert article.paragraphs == ("Night buses run again from Friday.",)


@pytest.mark.parametrize(
    "text",
    [
        "Summary: The council met.\n\nThe council met on Monday and agreed the budget.\n",
        "To: News Editors\n\nThe council met on Monday.\n",
    ],
)
def test_one_header_name_at_the_top_does_not_make_a_message(text: str) -> None:
    assert _parse(text).format != "netnews"


def test_netnews_claims_only_texts_that_open_with_headers() -> None:
    fmt = NetnewsFormat()
    assert fmt.score("A note\n\nSubject: budget\nFrom: the clerk\n") == 0.0
    assert fmt.score("Subject: budget\nFrom: clerk@example.org\n\nText.\n") >= 0.3


def test_netnews_asctime_date_and_unknown_zone() -> None:
    text = (
        "From: Jo Roe <jo@example.org>\nSubject: Allotments\n"
        "Date: Mon Apr  5 18:01:16 1993\n\nText.\n"
    )
    article = _parse(text)
    assert article.date == dt.datetime(1993, 4, 5, 18, 1, 16)
    assert article.date_precision == "second"
    unknown = _parse(text.replace("Mon Apr  5 18:01:16 1993", "5 Apr 93 18:01:16 XYZ"))
    assert unknown.date == dt.datetime(1993, 4, 5, 18, 1, 16)


def test_netnews_rfc822_z_zone_is_utc() -> None:
    text = (
        "From: Jo Roe <jo@example.org>\nSubject: Allotments\n"
        "Date: Tue, 6 Apr 93 07:17:34 Z\n\nText.\n"
    )
    article = _parse(text)
    assert article.date == dt.datetime(1993, 4, 6, 7, 17, 34, tzinfo=dt.timezone.utc)
    assert article.date_precision == "second"
    assert article.spans["date"][0].of(text) == "Tue, 6 Apr 93 07:17:34 Z"


def test_a_cover_page_is_only_what_opens_the_text() -> None:
    article_text = (
        "Ferry delayed\n\nThe Gazette\nMay 2, 2022 Monday\n\nLength: 9 words\n\nBody\n\n"
        "The ferry was late.\n\nClassification\n\nLanguage: ENGLISH\n\n"
        "Search Terms: ferry\n\nEnd of Document\n"
    )
    assert _parse(article_text).headline == "Ferry delayed"
    covered = "Search Terms: ferry\nJob Number: 7\n\n" + article_text
    article = _parse(covered)
    assert article.headline == "Ferry delayed"
    cover = [
        s
        for s, r in zip(article.spans["furniture"], article.rules["furniture"], strict=True)
        if r.endswith("cover")
    ]
    assert [s.of(covered) for s in cover] == ["Search Terms: ferry", "Job Number: 7"]
    segments = list(newsparse.split(covered + "\n" + article_text))
    assert [s.kind for s in segments] == [
        "cover",
        "separator",
        "article",
        "separator",
        "article",
        "separator",
    ]


def test_factiva_codes_after_a_single_space_and_a_page_header() -> None:
    text = (
        "Page 1 of 2 \u00a9 2023 Factiva, Inc. All rights reserved.\n"
        "HD Dock strike ends\nBY By Jo Roe\nPD 3 March 2023\nET 07:15\nSN The Courier\n"
        "LP The workers went back on Friday.\nTD The cranes moved by noon.\n"
        "AN Document CSTCOU0020230303ej330000a\n"
    )
    article = _parse(text)
    assert (article.headline, article.date) == ("Dock strike ends", dt.datetime(2023, 3, 3, 7, 15))
    assert article.paragraphs == ("The workers went back on Friday.", "The cranes moved by noon.")
    assert article.byline is not None
    assert article.byline.authors == ("Jo Roe",)
    assert article.metadata["accession"] == "Document CSTCOU0020230303ej330000a"


def test_lexisnexis_label_with_a_dotted_capital_i_is_read_as_its_label() -> None:
    # The label pattern ignores case, so BYL\u0130NE is BYLINE; the label table must agree.
    text = (
        "                    1 of 1 DOCUMENT\n\n                    The Herald\n\n"
        "                    August 14, 2023 Monday\n\nStorm hits coast\n\n"
        "BYL\u0130NE: Jane Doe\n\nSECTION: NEWS; Pg. 3\n\nLENGTH: 120 words\n\n"
        "The storm hit the coast on Monday.\n"
    )
    article = newsparse.parse(text)
    assert article.format == "lexisnexis"
    assert article.headline == "Storm hits coast"
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "position",
    [
        "FOCUS - 2 of 7 DOCUMENTS",
        "Document 2 van 7",
        "Dokument 2 von 7",
        "Document 2 de 7",
        "Documento 2 de 7",
        "Documento 2 di 7",
    ],
)
def test_lexisnexis_position_lines_in_every_form(position: str) -> None:
    text = (
        f"                    {position}\n\n            Dune Weekly\n\n"
        "            July 8, 2021 Thursday\n\nSand fence goes up\n\nLENGTH: 7 words\n\n"
        "Volunteers put up the fence on Thursday.\n"
    )
    article = _parse(text)
    assert (article.format, article.headline) == ("lexisnexis", "Sand fence goes up")
    assert article.metadata["document"] == position
    assert article.metadata["publication"] == "Dune Weekly"
    segments = [s for s in newsparse.split(text + "\n" + text) if s.kind == "article"]
    assert [s.number for s in segments] == [1, 2]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("14 luglio 2022", dt.datetime(2022, 7, 14, 9, 30)),
        ("14 juli 2022", dt.datetime(2022, 7, 14, 9, 30)),
        ("14 julho 2022", dt.datetime(2022, 7, 14, 9, 30)),
        ("14 de julio de 2022", dt.datetime(2022, 7, 14, 9, 30)),
    ],
)
def test_factiva_dates_in_the_export_language(written: str, day: dt.datetime) -> None:
    text = (
        f"HD\nNuovo ponte sul fiume\nWC\n88 parole\nPD\n{written}\nET\n09:30\n"
        "SN\nGazzetta della Valle\nLA\nItaliano\nLP\nIl ponte apre lunedì.\n"
        "AN\nDocument GAZVAL0020220714ei7e0000a\n"
    )
    article = _parse(text)
    assert (article.format, article.date, article.date_precision) == ("factiva", day, "minute")


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Jo Roe with Sam Poe", ("Jo Roe", "Sam Poe")),
        ("Jo Roe with Sam Poe in Paris", ("Jo Roe", "Sam Poe")),
        ("Jo Roe, with Sam Poe", ("Jo Roe", "Sam Poe")),
        ("JO ROE WITH SAM POE", ("JO ROE", "SAM POE")),
    ],
)
def test_with_joins_the_names_of_a_byline_field(value: str, authors: tuple[str, ...]) -> None:
    # The field's label stands for ``By``, after which ``with`` joins names.
    lexis = (
        _LN_HEAD + "May 2, 2022 Monday\n\nFerry delayed by fog\n\n"
        f"BYLINE: {value}\n\nLENGTH: 9 words\n\nThe ferry was late.\n"
    )
    factiva = (
        f"HD\nFerry delayed by fog\nBY\n{value}\nWC\n9 words\nPD\n2 May 2022\n"
        "SN\nThe Gazette\nLA\nEnglish\nLP\nThe ferry was late.\n"
        "AN\nDocument GAZ0000020220502ei520000a\n"
    )
    for text, layout in ((lexis, "lexisnexis"), (factiva, "factiva")):
        article = _parse(text)
        assert article.format == layout
        assert article.byline is not None
        assert article.byline.authors == authors


@pytest.mark.parametrize(
    "value",
    [
        "Jo Roe in London and Al Mo in\nParis",
        "Jo Roe in London and Al Mo\nin Paris",
        "Jo Roe, Al Mo, in\nParis",
    ],
)
def test_lexisnexis_byline_wrapped_inside_a_place(value: str) -> None:
    # A hard wrap between ``in`` and the place leaves the place a place, not a name.
    text = (
        _LN_HEAD + "May 2, 2022 Monday\n\nFerry delayed by fog\n\n"
        f"BYLINE: {value}\n\nLENGTH: 9 words\n\nThe ferry was late.\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Jo Roe", "Al Mo")


@pytest.mark.parametrize(
    ("sender", "author", "address"),
    [
        ("hilltop!wren (Bea Wren)", "Bea Wren", "hilltop!wren"),
        ("Bea Wren <wren@hill.example> (Weather desk)", "Bea Wren", "wren@hill.example"),
        ('"Wren, Bea" <wren@hill.example>', "Wren, Bea", "wren@hill.example"),
        (r'"Bea \"Storm\" Wren" <wren@hill.example>', r"Bea \"Storm\" Wren", "wren@hill.example"),
        ('Bea "Storm" Wren <wren@hill.example>', 'Bea "Storm" Wren', "wren@hill.example"),
        ("wren@hill.example (Bea Wren (Storm))", "Bea Wren (Storm)", "wren@hill.example"),
        ("(Bea Wren) wren@hill.example", "Bea Wren", "wren@hill.example"),
        # The address in the comment, the name before it.
        ("Bea Wren (wren@hill.example)", "Bea Wren", "wren@hill.example"),
        ("<wren@hill.example>", None, "wren@hill.example"),
        # A phrase that mixes quoted and plain parts keeps its quotes balanced.
        ('"Bea" Wren <wren@hill.example>', '"Bea" Wren', "wren@hill.example"),
        ('Bea Wren "Storm" <wren@hill.example>', 'Bea Wren "Storm"', "wren@hill.example"),
        # A comment left open on a dangling escape: the name, without the backslash.
        ("wren@hill.example (Bea Wren\\", "Bea Wren", "wren@hill.example"),
    ],
)
def test_netnews_from_in_every_mailbox_form(sender: str, author: str | None, address: str) -> None:
    text = (
        f"From: {sender}\nNewsgroups: sci.weather\nSubject: Hail at noon\n"
        "Organization: Hill Weather Club\nDate: Tue, 6 Apr 1993 12:01:00 GMT\n\n"
        "Hail the size of peas fell for ten minutes.\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == (() if author is None else (author,))
    assert article.byline.organization == "Hill Weather Club"
    assert article.metadata["from_address"] == address


def test_netnews_article_saved_by_a_newsreader() -> None:
    # rn and its kin save an article under an ``Article N of group:`` line.
    text = (
        "Article 1042 of rec.boats:\nPath: news.dale.example!not-for-mail\n"
        "From: wren@hill.example (Bea Wren)\nNewsgroups: rec.boats\n"
        "Subject: Ferry late again\nDate: 3 Mar 1994 06:50:12 GMT\n\n"
        "The winter ferry is late again.\n"
    )
    article = _parse(text)
    assert (article.format, article.headline) == ("netnews", "Ferry late again")
    assert article.byline is not None
    assert article.byline.authors == ("Bea Wren",)
    assert article.paragraphs == ("The winter ferry is late again.",)
    rules = dict(zip(article.rules["furniture"], article.spans["furniture"], strict=False))
    assert rules["netnews.envelope"].of(text) == "Article 1042 of rec.boats:"


@pytest.mark.parametrize(
    "top",
    [
        "Return-Path: <wren@hill.example>\n",
        "Received: from relay.hill.example by mail.dale.example;\n\tTue, 6 Apr 1993 12:01:05 GMT\n",
        "X-Mailer: Pine 3.05\n",
        "From wren@hill.example Tue Apr  6 12:01:05 1993\nDelivered-To: club@dale.example\n",
        # No standard fixes the headers' order: an archive may open with any of them.
        "From wren@hill.example Tue Apr  6 12:01:05 1993\nTo: club@dale.example\n",
        "Lines: 1\n",
        "Organization: Hill Club\n",
        "References: <1@hill.example>\nIn-Reply-To: <1@hill.example>\n",
        "Keywords: weather\nSummary: hail\n",
        "Distribution: world\nFollowup-To: rec.weather\nExpires: 1 May 1993\n",
        "User-Agent: Pan/0.14\nContent-Type: text/plain; charset=us-ascii\n",
    ],
)
def test_netnews_mail_that_opens_with_delivery_headers(top: str) -> None:
    text = (
        f"{top}From: Bea Wren <wren@hill.example>\nTo: club@dale.example\n"
        "Subject: Hail at noon\nDate: Tue, 6 Apr 1993 12:01:00 GMT\n\n"
        "Hail the size of peas fell for ten minutes.\n"
    )
    article = _parse(text)
    assert (article.format, article.headline) == ("netnews", "Hail at noon")
    assert article.byline is not None
    assert article.byline.authors == ("Bea Wren",)
    assert article.paragraphs == ("Hail the size of peas fell for ten minutes.",)


@pytest.mark.parametrize(
    ("written", "day", "precision", "raw"),
    [
        ("May 2019", dt.datetime(2019, 5, 1), "month", "May 2019"),
        ("MAI 2019", dt.datetime(2019, 5, 1), "month", "MAI 2019"),
        ("May/June 2019", dt.datetime(2019, 5, 1), "month", "May/June 2019"),
        ("Nov.-Dec. 2019 Issue", dt.datetime(2019, 11, 1), "month", "Nov.-Dec. 2019"),
        ("Dec/Jan 2018/2019", dt.datetime(2018, 12, 1), "month", "Dec/Jan 2018/2019"),
        ("Dec/Jan 2019", dt.datetime(2019, 1, 1), "year", "Dec/Jan 2019"),
        ("Spring 2019", dt.datetime(2019, 1, 1), "year", "Spring 2019"),
        ("Summer 2019 Issue", dt.datetime(2019, 1, 1), "year", "Summer 2019"),
        ("Winter 2018/2019", dt.datetime(2018, 1, 1), "year", "Winter 2018/2019"),
        ("Herbst 2020 Ausgabe", dt.datetime(2020, 1, 1), "year", "Herbst 2020"),
    ],
)
def test_lexisnexis_magazine_date_lines_without_a_day(
    written: str, day: dt.datetime, precision: str, raw: str
) -> None:
    text = (
        "1 of 3 DOCUMENTS\n\nOrchard Quarterly\n\n" + written + "\n\n"
        "Growers try a new rootstock\n\nBYLINE: Tomas Berg\n\nLENGTH: 310 words\n\n"
        "The trial plots were planted in March.\n"
    )
    article = _parse(text)
    assert article.headline == "Growers try a new rootstock"
    assert (article.date, article.date_precision) == (day, precision)
    assert article.spans["date"][0].of(text) == raw
    assert article.metadata["publication"] == "Orchard Quarterly"
    assert article.notes == ()


def test_nexis_uni_magazine_date_line_without_a_day() -> None:
    text = (
        "Growers try a new rootstock\n\nOrchard Quarterly\nSpring 2021\n"
        "Copyright 2021 Orchard Press\n\nSection: FEATURES\nLength: 310 words\n\nBody\n\n"
        "The trial plots were planted in March.\n\nLoad-Date: April 2, 2021\n\nEnd of Document\n"
    )
    article = _parse(text)
    assert article.headline == "Growers try a new rootstock"
    assert (article.date, article.date_precision) == (dt.datetime(2021, 1, 1), "year")
    assert article.metadata["publication"] == "Orchard Quarterly"


def test_nexis_uni_title_that_reads_as_an_issue_date_stays_the_title() -> None:
    text = (
        "May 2019\n\nThe Coastal Courier\nApril 3, 2024 Wednesday\n"
        "Copyright 2024 Coastal Press\n\nSection: ARTS\nLength: 120 words\n\nBody\n\n"
        "A look back at the month the harbour froze.\n\nLoad-Date: April 4, 2024\n\n"
        "End of Document\n"
    )
    article = _parse(text)
    check_article(text, article)
    assert article.headline == "May 2019"
    assert (article.date, article.date_precision) == (dt.datetime(2024, 4, 3), "day")
    assert article.metadata["publication"] == "The Coastal Courier"


@pytest.mark.parametrize(
    "line",
    [
        "May 2019 was the wettest on record",  # a headline that opens with a month
        "Spring 2019 sowing starts late",
        "May 2019/2021",  # the second year is not the next one
        "Summer 2019 in the valley",
    ],
)
def test_lexisnexis_a_month_and_year_in_a_headline_is_no_date(line: str) -> None:
    text = (
        "1 of 3 DOCUMENTS\n\nOrchard Quarterly\n\n" + line + "\n\n"
        "LENGTH: 310 words\n\nThe trial plots were planted in March.\n"
    )
    article = _parse(text)
    assert (article.headline, article.date) == (line, None)


@pytest.mark.parametrize(
    ("position", "label", "written", "authors"),
    [
        ("Dokument 1 von 4", "AUTOR", "von Jana Schmidt", ("Jana Schmidt",)),
        ("Dokument 1 von 4", "AUTOR", "Ursula von der Leyen", ("Ursula von der Leyen",)),
        ("Document 1 de 4", "AUTEUR", "par Marie Dubois", ("Marie Dubois",)),
        ("Document 1 de 4", "AUTEUR", "Par Luc de Vries", ("Luc de Vries",)),
    ],
)
def test_lexisnexis_author_label_strips_a_leading_particle(
    position: str, label: str, written: str, authors: tuple[str, ...]
) -> None:
    text = (
        position + "\n\nNordsee-Kurier\n\n14. M\u00e4rz 2021 Sonntag\n\nNeue F\u00e4hre\n\n"
        f"{label}: {written}\n\nL\u00c4NGE: 98 W\u00f6rter\n\n"
        "Die Reederei stellt eine F\u00e4hre.\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == written
    assert tuple(s.of(text) for s in article.spans["authors"]) == authors


_UNI_HEAD = (
    "Harbour dues rise\n\nThe Coastal Courier\nApril 3, 2024 Wednesday\n"
    "Copyright 2024 Coastal Media\n\n"
)


@pytest.mark.parametrize(
    ("labels", "metadata"),
    [
        (
            "Section: Business; Length: 512 words\n",
            {"section": "Business", "length": "512 words"},
        ),
        (
            "Section: LOCAL; Pg. A3; Length:\u00a0512 words\n",
            {"section": "LOCAL; Pg. A3", "length": "512 words"},
        ),
        (
            "Section: Business ;Length: 512 words; Load-Date: April 4, 2024\n",
            {"section": "Business", "length": "512 words", "load_date": "April 4, 2024"},
        ),
        (
            "Section: Business; Pg. 4; Edition: Late\nLength: 512 words\n",
            {"section": "Business; Pg. 4; Edition: Late", "length": "512 words"},
        ),
    ],
)
def test_nexis_uni_labels_joined_on_one_line(labels: str, metadata: dict[str, str]) -> None:
    text = (
        _UNI_HEAD + labels + "Byline: Ines Carvalho\n\nBody\n\n"
        "Fees for berths go up in May.\n\nEnd of Document\n"
    )
    article = _parse(text)
    assert article.format == "lexisnexis"
    assert article.headline == "Harbour dues rise"
    assert article.byline is not None
    assert article.byline.authors == ("Ines Carvalho",)
    assert {k: article.metadata[k] for k in metadata} == metadata
    assert article.paragraphs == ("Fees for berths go up in May.",)


def test_nexis_uni_byline_and_dateline_on_one_line() -> None:
    text = (
        _UNI_HEAD + "Section: Business; Length: 512 words\n"
        "Byline: Ines Carvalho; Dateline: PORTSMOUTH\n\nBody\n\n"
        "Fees for berths go up in May.\n\nEnd of Document\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Ines Carvalho",)
    assert article.dateline == "PORTSMOUTH"


def test_lexisnexis_free_text_labels_are_not_split() -> None:
    text = (
        _LN_HEAD + "May 2, 2022 Monday\n\nFerry delayed by fog\n\n"
        "SECTION: NEWS; LENGTH: 9 words\n\n"
        "HIGHLIGHT: Fog again; Update: the morning ferry is late\n\n"
        "The ferry was late.\n"
    )
    article = _parse(text)
    assert article.metadata["section"] == "NEWS"
    assert article.metadata["length"] == "9 words"
    assert article.metadata["highlight"] == "Fog again; Update: the morning ferry is late"
    assert article.summary == "Fog again; Update: the morning ferry is late"
    assert article.paragraphs == ("The ferry was late.",)


@pytest.mark.parametrize(
    ("opening", "first"),
    [
        ("BODY:\n\nThe ferry was late.", "The ferry was late."),
        ("BODY:\nThe ferry was late\nagain.", "The ferry was late again."),
        ("BODY: The ferry was late\nagain.", "The ferry was late again."),
    ],
)
def test_lexisnexis_body_label_opens_the_text(opening: str, first: str) -> None:
    text = (
        _LN_HEAD + "May 2, 2022 Monday\n\nFerry delayed by fog\n\n"
        "BYLINE: Jo Roe\n\nLENGTH: 9 words\n\n" + opening + "\n\nFog lifted by noon.\n\n"
        "LOAD-DATE: May 3, 2022\n\nLANGUAGE: ENGLISH\n"
    )
    article = _parse(text)
    assert article.paragraphs == (first, "Fog lifted by noon.")
    label = text.index("BODY:")
    furniture = dict(zip(article.spans["furniture"], article.rules["furniture"], strict=True))
    assert furniture[newsparse.Span(label, label + 5)] == "lexisnexis.body-label"
    assert article.metadata["load_date"] == "May 3, 2022"


def test_lexisnexis_body_line_in_the_text_stays_text() -> None:
    # Only a label where the text opens is one: a paragraph opening ``Body:`` is text.
    text = (
        _LN_HEAD + "May 2, 2022 Monday\n\nFerry delayed by fog\n\nLENGTH: 9 words\n\n"
        "The ferry was late.\n\nBody: the hull was checked.\n\nLANGUAGE: ENGLISH\n"
    )
    article = _parse(text)
    assert article.paragraphs == ("The ferry was late.", "Body: the hull was checked.")


@pytest.mark.parametrize(
    "line", ["Section: Business; Length: 512 words", "Section: LOCAL; Pg. A3; Length: 512 words"]
)
def test_nexis_uni_section_and_length_on_one_line_are_evidence(line: str) -> None:
    text = _UNI_HEAD + line + "\n\nBody\n\nFees for berths go up.\n"
    (best, *_) = newsparse.detect(text)
    assert best.format == "lexisnexis"
    assert "length-words" in best.evidence


@pytest.mark.parametrize(
    ("stamp", "day", "raw"),
    [
        (
            "May 2, 2022 Monday 9:10 a.m. est",
            dt.datetime(2022, 5, 2, 9, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            "May 2, 2022 Monday 9:10 a.m. est",
        ),
        (
            "May 2, 2022 Monday 12:30 gmt",
            dt.datetime(2022, 5, 2, 12, 30, tzinfo=dt.timezone.utc),
            "May 2, 2022 Monday 12:30 gmt",
        ),
        (
            "May 2, 2022 Monday 12:30 ist",
            dt.datetime(2022, 5, 2, 12, 30),
            "May 2, 2022 Monday 12:30",
        ),
        # A zone written out, its daylight time by the date where it leaves that open.
        (
            "May 2, 2022 Monday 9:10 AM Eastern Time",
            dt.datetime(2022, 5, 2, 9, 10, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
            "May 2, 2022 Monday 9:10 AM Eastern Time",
        ),
        (
            "January 11, 2010 Monday 9:10 AM Eastern Time",
            dt.datetime(2010, 1, 11, 9, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            "January 11, 2010 Monday 9:10 AM Eastern Time",
        ),
        (
            "May 2, 2022 Monday 9:10 AM Pacific Daylight Time",
            dt.datetime(2022, 5, 2, 9, 10, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
            "May 2, 2022 Monday 9:10 AM Pacific Daylight Time",
        ),
    ],
)
def test_lexisnexis_date_line_zone_in_lower_case_or_written_out(
    stamp: str, day: dt.datetime, raw: str
) -> None:
    text = _LN_HEAD + stamp + "\n\nFerry delayed\n\nLENGTH: 9 words\n\nThe ferry was late.\n"
    article = _parse(text)
    assert article.headline == "Ferry delayed"
    assert article.date == day
    assert (article.date.tzinfo is None) == (day.tzinfo is None)
    assert article.spans["date"][0].of(text) == raw


def test_netnews_from_comment_open_on_an_escape_at_the_very_end() -> None:
    text = "Newsgroups: sci.weather\nSubject: Hail\nFrom: wren@hill.example (Bea Wren\\"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format == "netnews"
    assert article.byline is not None
    assert article.byline.authors == ("Bea Wren",)


@pytest.mark.parametrize(
    ("written", "iso", "precision"),
    [
        ("May 2019", "2019-05-01", "month"),
        ("  mai 2019", "2019-05-01", "month"),
        ("May/June 2019", "2019-05-01", "month"),
        ("Summer 2019", "2019-01-01", "year"),
    ],
)
def test_factiva_pd_with_no_day(written: str, iso: str, precision: str) -> None:
    # A monthly dates its issue by month: no day is made up, and ET adds no time.
    text = (
        f"HD\nOrchard notes\nWC\n88 words\nPD\n{written}\nET\n09:30\n"
        "SN\nOrchard Monthly\nLA\nEnglish\nLP\nThe pears came early.\n"
        "AN\nDocument ORCHMO0020190501ef5100001\n"
    )
    article = _parse(text)
    assert article.format == "factiva"
    assert article.date is not None
    assert (article.date.isoformat(), article.date_precision) == (iso + "T00:00:00", precision)
    (span,) = article.spans["date"]
    assert span.of(text) == written.strip()


def test_factiva_free_text_date_line_with_no_day() -> None:
    text = (
        "Orchard notes\n88 words\nMay 2019\nOrchard Monthly\nEnglish\n\n"
        "The pears came early.\n\nDocument ORCHMO0020190501ef5100001\n"
    )
    article = _parse(text)
    assert (article.format, article.date_precision) == ("factiva", "month")
    assert article.date == dt.datetime(2019, 5, 1)


@pytest.mark.parametrize("written", ["May 2019 onwards", "in May 2019", "2019"])
def test_factiva_pd_that_is_no_date(written: str) -> None:
    text = (
        f"HD\nOrchard notes\nPD\n{written}\nLP\nThe pears came early.\n"
        "AN\nDocument ORCHMO0020190501ef5100001\n"
    )
    article = _parse(text)
    assert article.date is None
    assert "date.missing" in [n.code for n in article.notes]


_LN_TAIL = "\n\nLOAD-DATE: June 2, 2020\n\nLANGUAGE: ENGLISH\n"


@pytest.mark.parametrize(
    ("labels", "section", "length"),
    [
        ("AUTEUR: Kees Bos\n\nRUBRIEK: STAD; Blz. 3\n\nLENGTE: 80 woorden",
         "STAD; Blz. 3", "80 woorden"),
        ("AUTOR: Inés Ruiz\n\nSECCIÓN: CIUDAD; Pág. 3\n\nLONGITUD: 80 palabras",
         "CIUDAD; Pág. 3", "80 palabras"),
        ("AUTORE: Dario Neri\n\nSEZIONE: CITTÀ; Pag. 3\n\nLUNGHEZZA: 80 parole",
         "CITTÀ; Pag. 3", "80 parole"),
    ],
)  # fmt: skip
def test_lexisnexis_dutch_spanish_and_italian_labels(
    labels: str, section: str, length: str
) -> None:
    text = (
        "Document 1 van 1\n\nDe Stadskrant\n\nJune 1, 2020 Monday\n\nKiosk gaat dicht\n\n"
        + labels
        + "\n\nDe kiosk sluit na veertig jaar.\n\nTAAL: DUTCH\n"
    )
    article = _parse(text)
    assert article.headline == "Kiosk gaat dicht"
    assert article.byline is not None
    assert len(article.byline.authors) == 1
    assert (article.metadata["section"], article.metadata["length"]) == (section, length)
    assert article.paragraphs == ("De kiosk sluit na veertig jaar.",)
    assert article.metadata["language"] == "DUTCH"


def test_lexisnexis_type_and_series_labels_belong_to_the_head() -> None:
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n"
        "TYPE: Obituary\n\nSERIES: Corner shops; Part 3\n\nThe kiosk shuts after forty years."
        + _LN_TAIL
    )
    article = _parse(text)
    assert article.paragraphs == ("The kiosk shuts after forty years.",)
    assert (article.metadata["type"], article.metadata["series"]) == (
        "Obituary",
        "Corner shops; Part 3",
    )


def test_lexisnexis_older_layout_with_a_headline_label() -> None:
    text = (
        "                           4 of 9 DOCUMENTS\n\n"
        "               Copyright 1997 The Valley Courier Company\n"
        "                          The Valley Courier\n\n"
        "              October 7, 1997, Tuesday, Late Edition - Final\n\n"
        "SECTION: Section B; Page 2; Column 1; Metro Desk\n\nLENGTH: 640 words\n\n"
        "HEADLINE: Orchard Sale Approved;\nGrowers Object\n\n"
        "BYLINE:  By ROSA LINDQVIST and OTTO BRAND; Special to The Valley Courier\n\n"
        "DATELINE: MILLBROOK, Oct. 6\n\n"
        "ABSTRACT: The county sells its last orchard.\n\n"
        "BODY:\n\n"
        "   The county board voted on Monday to sell the orchard, over the\n"
        "objections of growers.\n\n"
        "   The sale closes in spring.\n\n"
        "GRAPHIC: Photo: The orchard in bloom.\n\n"
        "LOAD-DATE: October 7, 1997\n\nLANGUAGE: ENGLISH\n"
    )
    article = _parse(text)
    assert article.headline == "Orchard Sale Approved; Growers Object"
    assert article.date == dt.datetime(1997, 10, 7)
    assert article.byline is not None
    assert article.byline.authors == ("ROSA LINDQVIST", "OTTO BRAND")
    assert article.dateline == "MILLBROOK"
    assert article.summary == "The county sells its last orchard."
    assert article.paragraphs == (
        "The county board voted on Monday to sell the orchard, over the objections of growers.",
        "The sale closes in spring.",
    )
    assert article.metadata["edition"] == "Late Edition - Final"
    assert article.metadata["publication"] == "The Valley Courier"
    assert article.metadata["copyright"] == "Copyright 1997 The Valley Courier Company"


def test_lexisnexis_copyright_notice_wrapped_over_its_block_above_the_publication() -> None:
    # A notice too long for the centred column goes on over the lines of its block;
    # the publication stands in a block of its own, and names are parted by semicolons.
    text = (
        "                               1 of 161 DOCUMENTS\n\n\n"
        "     Copyright 2015 Harbourside Media Interactive Company, LLC d/b/a\n"
        "                            Harbour Times Digital\n"
        "                              All Rights Reserved\n\n"
        "                              The Harbour Times\n\n"
        "                             July 1, 2015 Wednesday\n"
        "                                 Met 2 Edition\n\n"
        "SECTION: A-SECTION; Pg. A01\n\nLENGTH: 24 words\n\n"
        "HEADLINE: RISING tides, costly repairs\n\n"
        "BYLINE: Jana Roe;Sam Poe;Ken L. Marsh\n\nBODY:\n\n"
        "It was not yet 9 a.m., and the sea wall had given way.\n\n"
        "LOAD-DATE: July 1, 2015\n\nLANGUAGE: ENGLISH\n"
    )
    article = _parse(text)
    assert article.headline == "RISING tides, costly repairs"
    assert article.date == dt.datetime(2015, 7, 1)
    assert article.byline is not None
    assert article.byline.authors == ("Jana Roe", "Sam Poe", "Ken L. Marsh")
    assert article.metadata["publication"] == "The Harbour Times"
    assert article.metadata["copyright"] == (
        "Copyright 2015 Harbourside Media Interactive Company, LLC d/b/a Harbour Times Digital"
    )
    assert article.metadata["edition"] == "Met 2 Edition"
    assert article.paragraphs == ("It was not yet 9 a.m., and the sea wall had given way.",)
    furniture = [s.of(text) for s in article.spans["furniture"]]
    assert "Harbour Times Digital" in furniture
    assert "All Rights Reserved" in furniture


def test_lexisnexis_notice_and_publication_in_one_block_keep_the_publication() -> None:
    # With no block of its own for the publication, the line under the notice is it.
    text = (
        "1 of 2 DOCUMENTS\n\nCopyright 2020 Gazette Group\nThe Gazette\n\n"
        "May 2, 2022 Monday\n\nFerry delayed\n\nLENGTH: 9 words\n\nThe ferry was late.\n"
    )
    article = _parse(text)
    assert article.metadata["publication"] == "The Gazette"
    assert article.metadata["copyright"] == "Copyright 2020 Gazette Group"


def test_lexisnexis_publication_under_its_notice_and_a_syndicate_line() -> None:
    # The publication right under the notice, no ``All Rights Reserved`` after it; a
    # block of its own names the syndicate that distributed the story, no publication.
    text = (
        "                              69 of 161 DOCUMENTS\n\n\n"
        "                         Copyright 2015 Valley Tribune\n"
        "                           Valley Tribune (Colorado)\n\n"
        "                     Distributed by Tribune Content Agency\n\n"
        "                             June 3, 2015 Wednesday\n\n"
        "SECTION: STATE AND REGIONAL NEWS\n\nLENGTH: 12 words\n\n"
        "HEADLINE: Driver stopped after chase\n\nBYLINE: Joe Marlow, Valley Tribune, Colo.\n\n"
        "BODY:\n\nThe chase began shortly after 10 a.m., a spokesman said.\n\n"
        "LANGUAGE: ENGLISH\n\nLOAD-DATE: June 4, 2015\n"
    )
    article = _parse(text)
    assert article.headline == "Driver stopped after chase"
    assert article.metadata["publication"] == "Valley Tribune (Colorado)"
    assert article.metadata["copyright"] == "Copyright 2015 Valley Tribune"
    assert article.metadata["distributor"] == "Tribune Content Agency"
    assert article.byline is not None
    assert article.byline.authors == ("Joe Marlow",)
    # The byline names its outlet itself, after the name and a comma.
    assert article.byline.organization == "Valley Tribune"
    spans = article.spans["furniture"]
    rules = dict(zip(article.rules["furniture"], (s.of(text) for s in spans), strict=True))
    assert rules["lexisnexis.distributor"] == "Distributed by Tribune Content Agency"
    assert rules["lexisnexis.publication"] == "Valley Tribune (Colorado)"


@pytest.mark.parametrize(
    ("value", "place"),
    [
        ("Paris, Aug 14 2023", "Paris"),
        ("BEIJING, Aug. 14", "BEIJING"),
        ("LONDON, 14 August", "LONDON"),
        ("SAN JUAN, Puerto Rico, Aug. 14, 2023", "SAN JUAN, Puerto Rico"),
        # No date after the comma: the place whole.
        ("WASHINGTON, D.C.", "WASHINGTON, D.C."),
        ("NAIROBI, Kenya", "NAIROBI, Kenya"),
    ],
)
def test_lexisnexis_dateline_field_gives_the_place_without_its_date(value: str, place: str) -> None:
    text = (
        _LN_HEAD + "May 2, 2022 Monday\n\nFerry delayed by fog\n\nBYLINE: Jo Roe\n\n"
        f"LENGTH: 9 words\n\nDATELINE: {value}\n\nThe ferry was late.\n"
    )
    article = _parse(text)
    assert article.dateline == place
    assert article.paragraphs == ("The ferry was late.",)


def test_lexisnexis_a_long_date_line_tail_with_no_edition_word_is_no_date_line() -> None:
    line = "June 1, 2020, Monday, a day to remember and then some more"
    text = _LN_HEAD + line + "\n\nLENGTH: 80 words\n\nThe kiosk shuts." + _LN_TAIL
    article = _parse(text)
    assert article.date is None
    assert "edition" not in article.metadata


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
@pytest.mark.parametrize("headline", ["Kiosk closes", "Kiosk closes after\nforty years"])
def test_lexisnexis_copyright_between_headline_and_labels(gap: str, headline: str) -> None:
    # In a block of its own, or right under the headline's last line: not the headline's.
    text = (
        _LN_HEAD + f"June 1, 2020 Monday\n\n{headline}{gap}Copyright 2020 Corner Press Ltd\n\n"
        "BYLINE: Kees Bos\n\nLENGTH: 80 words\n\nThe kiosk shuts after forty years." + _LN_TAIL
    )
    article = _parse(text)
    assert article.headline == headline.replace("\n", " ")
    assert article.metadata["copyright"] == "Copyright 2020 Corner Press Ltd"


@pytest.mark.parametrize(
    ("ending", "paragraphs"),
    [
        # An unknown label whose value is a sentence ends the body.
        (
            "NOTE: The kiosk reopens as a cafe." + _LN_TAIL,
            ("The kiosk shuts.", "NOTE: The kiosk reopens as a cafe."),
        ),
        # Unknown labels alone make no trailer.
        ("REF: 12-345", ("The kiosk shuts.", "REF: 12-345")),
        # Beside a label the trailer knows, they are the trailer's.
        ("ACC-NO: 12-345" + _LN_TAIL, ("The kiosk shuts.",)),
    ],
)
def test_lexisnexis_trailer_needs_a_label_it_knows(
    ending: str, paragraphs: tuple[str, ...]
) -> None:
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n"
        "The kiosk shuts.\n\n" + ending
    )
    assert _parse(text).paragraphs == paragraphs


@pytest.mark.parametrize(
    "rule",
    [
        "\n\n____\n\n",  # a rule of its own
        "\n\n____\n",  # right above the label
        "\n____\n\n",  # right under the text
        "\n\n---------\n====\n\n",  # two rules
        "\n\n                    Page 1\n\n",  # a printed page's footer
        "\n\nPage 1\n",
        "\n\n____\n\nPage 3\n",
    ],
)
def test_lexisnexis_rule_or_page_footer_over_the_trailer_is_furniture(rule: str) -> None:
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n"
        "The kiosk shuts.\n\nIts owner retires." + rule + "LOAD-DATE: June 2, 2020\n\n"
        "LANGUAGE: ENGLISH\n"
    )
    article = _parse(text)
    assert article.paragraphs == ("The kiosk shuts.", "Its owner retires.")
    assert article.metadata["load_date"] == "June 2, 2020"


def test_lexisnexis_rule_and_page_line_inside_the_text_stay_text() -> None:
    # Only what stands right over the trailer is furniture.
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n"
        "The kiosk shuts.\n\n____\n\nPage 2\n\nIts owner retires." + _LN_TAIL
    )
    assert _parse(text).paragraphs == ("The kiosk shuts.", "____", "Page 2", "Its owner retires.")


@pytest.mark.parametrize(
    "last",
    [
        "All rights reserved, the clerk said of the plans.",
        "Copyright of the plans stays with the town, the clerk said.",
        "The plans fall under section 4(c) of the act.",
    ],
)
def test_lexisnexis_a_last_paragraph_that_quotes_a_notice_stays_text(last: str) -> None:
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n"
        "The kiosk shuts.\n\n" + last + _LN_TAIL + "\nCopyright 2020 The Gazette\n"
    )
    article = _parse(text)
    assert article.paragraphs == ("The kiosk shuts.", last)
    assert article.metadata["copyright"] == "Copyright 2020 The Gazette"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Kees Bos Staff Writer", ("Kees Bos",)),
        ("KEES BOS SENIOR CORRESPONDENT", ("KEES BOS",)),
        ("Kees Bos\nCity Hall Reporter", ("Kees Bos",)),
        ("By Kees Bos and Ana Lind; Special to the Courier", ("Kees Bos", "Ana Lind")),
        ("Kees Bos kbos@courier.example", ("Kees Bos",)),
    ],
)
def test_lexisnexis_byline_names_before_a_role(byline: str, authors: tuple[str, ...]) -> None:
    text = (
        _LN_HEAD + f"June 1, 2020 Monday\n\nKiosk closes\n\nBYLINE: {byline}\n\n"
        "LENGTH: 80 words\n\nThe kiosk shuts." + _LN_TAIL
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == byline


@pytest.mark.parametrize(
    ("byline", "authors", "organization"),
    [
        ("Jane Doe Cox News Service", ("Jane Doe",), "Cox News Service"),
        ("By JANE DOE NEW YORK TIMES NEWS SERVICE", ("JANE DOE",), "NEW YORK TIMES NEWS SERVICE"),
        ("Jane E. Doe Knight Ridder Newspapers", ("Jane E. Doe",), "Knight Ridder Newspapers"),
        ("Mary Ann Ward Tribune News Service", ("Mary Ann Ward",), "Tribune News Service"),
        ("Jane Doe and Tom Lee Cox News Service", ("Jane Doe", "Tom Lee"), "Cox News Service"),
        ("Jane Doe Los Angeles Times", ("Jane Doe",), "Los Angeles Times"),
        # The service's short name in brackets after it; a bureau's name.
        ("Jane Doe McClatchy Newspapers (MCT)", ("Jane Doe",), "McClatchy Newspapers (MCT)"),
        ("Jane Doe Cox Washington Bureau", ("Jane Doe",), "Cox Washington Bureau"),
        # A service alone, or after a desk, names no one; nor does a name it does not know.
        ("Cox News Service", (), "Cox News Service"),
        ("Staff Writer Cox News Service", (), "Staff Writer Cox News Service"),
        ("Robert Service", ("Robert Service",), None),
        # A writer left unnamed is no author.
        ("Anonymous", (), None),
        ("By ANONYMOUS", (), None),
    ],
)
def test_lexisnexis_byline_names_run_on_into_a_news_service(
    byline: str, authors: tuple[str, ...], organization: str | None
) -> None:
    text = (
        _LN_HEAD + f"June 1, 2020 Monday\n\nKiosk closes\n\nBYLINE: {byline}\n\n"
        "LENGTH: 80 words\n\nThe kiosk shuts." + _LN_TAIL
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.organization == organization


def test_factiva_by_field_names_run_on_into_a_news_service() -> None:
    text = (
        "HD\nKiosk closes\nBY\nBy Jane Doe Cox News Service\nWC\n80 words\nPD\n"
        "1 June 2020\nSN\nThe Gazette\nLP\nThe kiosk shuts.\nAN\n"
        "Document GAZ0000020200601eg610000a\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.organization) == (
        ("Jane Doe",),
        "Cox News Service",
    )


_LONG = (
    "The kiosk on the corner of Mill Street shuts on Friday after forty years of trade, "
    "its owner said on Tuesday evening."
)
# Hard-wrapped at 73 columns, every line happening to end a sentence.
_WRAPPED_AT_SENTENCES = (
    "The kiosk on the corner of Mill Street shuts on Friday after forty years.\n"
    "Its owner retires. Nobody has bought the lease and the council is silent.\n"
    "A cafe may open."
)


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        # Three lines or more, most ending a sentence: a paragraph each.
        (
            "The kiosk shuts.\nIts owner retires.\nA cafe opens.",
            ("The kiosk shuts.", "Its owner retires.", "A cafe opens."),
        ),
        # A line too long for hard-wrapped copy: a paragraph per line.
        (_LONG + "\nA cafe opens.", (_LONG, "A cafe opens.")),
        # Hard-wrapped, paragraphs marked by indenting.
        (
            "  The kiosk shuts on Friday\nafter forty years.\n  A cafe opens.",
            ("The kiosk shuts on Friday after forty years.", "A cafe opens."),
        ),
        # Two short lines: one wrapped paragraph, even when the first ends a sentence.
        (
            "The kiosk shuts. Its owner retires.\nA cafe opens.",
            ("The kiosk shuts. Its owner retires. A cafe opens.",),
        ),
        # Lines filled as a wrap fills them: one paragraph, though each ends a sentence.
        (_WRAPPED_AT_SENTENCES, (" ".join(_WRAPPED_AT_SENTENCES.split("\n")),)),
        # Lines of the same sentences, each its own paragraph: not filled, so not joined.
        (
            _WRAPPED_AT_SENTENCES.replace("retires. Nobody", "retires.\nNobody"),
            (
                "The kiosk on the corner of Mill Street shuts on Friday after forty years.",
                "Its owner retires.",
                "Nobody has bought the lease and the council is silent.",
                "A cafe may open.",
            ),
        ),
    ],
)
def test_lexisnexis_body_without_blank_lines(body: str, paragraphs: tuple[str, ...]) -> None:
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n" + body + _LN_TAIL
    )
    assert _parse(text).paragraphs == paragraphs


def test_nexis_uni_without_blank_lines_ends_labels_at_the_section_words() -> None:
    text = (
        "Kiosk closes\nThe Corner Press\nJune 1, 2020 Monday\nLength: 80 words\n"
        "Byline: Kees Bos\nBody\nThe kiosk shuts.\nIts owner retires.\nA cafe opens.\n"
        "Correction\nAn earlier version gave the wrong street.\n"
        "Classification\nLanguage: ENGLISH\nLoad-Date: June 2, 2020\nEnd of Document\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.text == "Kees Bos"
    assert article.paragraphs == ("The kiosk shuts.", "Its owner retires.", "A cafe opens.")


def test_factiva_time_that_names_its_zone() -> None:
    text = (
        "HD\nKiosk closes\nWC\n80 words\nPD\n1 June 2020\nET\n18:05 GMT\n"
        "SN\nThe Corner Press\nLP\nThe kiosk shuts.\nAN\nDocument CRNPRS0020200601eg610000a\n"
    )
    article = _parse(text)
    assert article.date == dt.datetime(2020, 6, 1, 18, 5, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("head", "headline", "authors"),
    [
        ("Kiosk closes after forty years\nKees Bos", "Kiosk closes after forty years",
         ("Kees Bos",)),
        ("Business\nKiosk closes\nKees Bos and Ana Lind", "Kiosk closes", ("Kees Bos", "Ana Lind")),
        # A title-case headline after a section line stays the headline.
        ("Business\nCorner Kiosk Closes", "Corner Kiosk Closes", ()),
        # Names with their outlet, and a byline that closes with a credit.
        ("Kiosk closes\nKees Bos, Associated Press", "Kiosk closes", ("Kees Bos",)),
        ("Kiosk closes\nKees Bos and Ana Lind, The Corner Press", "Kiosk closes",
         ("Kees Bos", "Ana Lind")),
        ("Kiosk closes\nBy Kees Bos; Additional reporting by Ana Lind", "Kiosk closes",
         ("Kees Bos",)),
    ],
)  # fmt: skip
def test_factiva_free_text_byline_without_a_prefix(
    head: str, headline: str, authors: tuple[str, ...]
) -> None:
    text = (
        head + "\n80 words\n1 June 2020\nThe Corner Press\nEnglish\n(c) 2020 Corner Press\n"
        "The kiosk shuts.\nDocument CRNPRS0020200601eg610000a\n"
    )
    article = _parse(text)
    assert article.headline == headline
    assert (article.byline.authors if article.byline else ()) == authors


@pytest.mark.parametrize(
    ("head", "organization"),
    [
        ("Kiosk closes\nReuters", "Reuters"),
        ("Business\nKiosk closes\nAgence France-Presse", "AFP"),
        ("Kiosk Closes After Forty Years\nBloomberg News", "Bloomberg"),
        ("KIOSK CLOSES\nXinhua", "Xinhua"),
    ],
)
def test_factiva_free_text_agency_alone_under_the_headline_is_the_byline(
    head: str, organization: str
) -> None:
    text = (
        head + "\n80 words\n1 June 2020\nThe Corner Press\nEnglish\n(c) 2020 Corner Press\n"
        "The kiosk shuts.\nDocument CRNPRS0020200601eg610000a\n"
    )
    article = _parse(text)
    assert article.headline == head.split("\n")[-2]
    assert article.byline is not None
    assert article.byline.authors == ()
    assert article.byline.organization == organization
    assert "section" not in article.metadata or article.metadata["section"] == "Business"


@pytest.mark.parametrize(
    ("head", "authors", "organization"),
    [
        ("Kiosk closes\nBy Jo Roe\nReuters", ("Jo Roe",), "Reuters"),
        ("Kiosk closes\nJo Roe\nAgence France-Presse", ("Jo Roe",), "Agence France-Presse"),
        ("Kiosk closes\nBy Jo Roe\nDow Jones Newswires", ("Jo Roe",), "Dow Jones Newswires"),
        ("Kiosk closes\nBy Jo Roe\nChief Economics Correspondent", ("Jo Roe",), None),
        ("Kiosk closes\nJo Roe\nTransport Reporter", ("Jo Roe",), None),
        ("Kiosk closes\n\nBy Jo Roe\n\nReuters", ("Jo Roe",), "Reuters"),
        ("Business\nKiosk closes\nBy Jo Roe and Al Mo\nStaff Writers", ("Jo Roe", "Al Mo"), None),
    ],
)
def test_factiva_free_text_byline_goes_on_with_an_agency_or_a_role(
    head: str, authors: tuple[str, ...], organization: str | None
) -> None:
    text = (
        head + "\n80 words\n1 June 2020\nThe Corner Press\nEnglish\n(c) 2020 Corner Press\n"
        "The kiosk shuts.\nDocument CRNPRS0020200601eg610000a\n"
    )
    article = _parse(text)
    assert article.headline == "Kiosk closes"
    assert article.byline is not None
    assert (article.byline.authors, article.byline.organization) == (authors, organization)
    assert article.paragraphs == ("The kiosk shuts.",)


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        # A title-case line over the agency is the headline, under a section line.
        ("Business News\nHarbour Cranes Return\nReuters", "Harbour Cranes Return"),
        ("Why I quit as a correspondent\nBy Jo Roe", "Why I quit as a correspondent"),
    ],
)
def test_factiva_free_text_headline_over_a_one_line_byline(head: str, headline: str) -> None:
    text = (
        head + "\n80 words\n1 June 2020\nThe Corner Press\nEnglish\n(c) 2020 Corner Press\n"
        "The kiosk shuts.\nDocument CRNPRS0020200601eg610000a\n"
    )
    assert _parse(text).headline == headline


_PAGE = "Page 2 of 3 \u00a9 2020 Factiva, Inc. All rights reserved."
_LICENSE = "License this article from Dow Jones Reprint Service"


def test_factiva_page_headers_in_the_text_and_reprint_offers_are_furniture() -> None:
    coded = (
        "HD\nKiosk closes\nWC\n80 words\nPD\n1 June 2020\nSN\nThe Corner Press\n"
        f"LP\nThe kiosk shuts.\nTD\nIts owner retires.\n\n{_PAGE}\n\nA cafe opens.\n\n"
        f"{_LICENSE}\nAN\nDocument CRNPRS0020200601eg610000a\n"
    )
    free = (
        "Kiosk closes\n80 words\n1 June 2020\nThe Corner Press\nEnglish\n"
        f"(c) 2020 Corner Press\nThe kiosk shuts.\nIts owner retires.\n{_PAGE}\nA cafe opens.\n"
        f"{_LICENSE}\nDocument CRNPRS0020200601eg610000a\n"
    )
    for text in (coded, free):
        article = _parse(text)
        assert article.format == "factiva"
        assert article.paragraphs == ("The kiosk shuts.", "Its owner retires.", "A cafe opens.")


def test_factiva_accession_after_a_single_space_ends_the_text() -> None:
    text = (
        "HD\nKiosk closes\nWC\n80 words\nPD\n1 June 2020\nLP\nThe kiosk shuts.\n"
        "TD\nIN short, a cafe opens.\nAN Document CRNPRS0020200601eg610000a\n"
    )
    article = _parse(text)
    assert article.paragraphs == ("The kiosk shuts.", "IN short, a cafe opens.")
    assert article.metadata["accession"] == "Document CRNPRS0020200601eg610000a"


_WRAPPED = "Derby ends level as late goal\nrescues Rovers"


@pytest.mark.parametrize(
    ("head", "headline", "section"),
    [
        # A printed export wraps a long headline: it goes on in lower case.
        (f"{_WRAPPED}", " ".join(_WRAPPED.split()), None),
        (f"Sport\n{_WRAPPED}", " ".join(_WRAPPED.split()), "Sport"),
        # A section's name over the headline stays the section (title case).
        ("Business News\nFerry fares rise", "Ferry fares rise", "Business News"),
        ("Technology\niPhone sales rise", "iPhone sales rise", "Technology"),
        # A headline in capitals goes on in capitals; a section in capitals stays one.
        ("DERBY ENDS LEVEL AS LATE\nGOAL RESCUES ROVERS",
         "DERBY ENDS LEVEL AS LATE GOAL RESCUES ROVERS", None),
        ("Sport\nDERBY ENDS LEVEL AS LATE\nGOAL RESCUES ROVERS",
         "DERBY ENDS LEVEL AS LATE GOAL RESCUES ROVERS", "Sport"),
        ("LOCAL SPORT\nDERBY ENDS LEVEL", "DERBY ENDS LEVEL", "LOCAL SPORT"),
        # A line stopping on a word that wants more goes on, in any case.
        ("A Quiet Revival in the\nRiverside Stands", "A Quiet Revival in the Riverside Stands",
         None),
        ("World news\nWhy Rovers Sold Their\nBest Players",
         "Why Rovers Sold Their Best Players", "World news"),
        ("Rovers and United fight for\nThird Place", "Rovers and United fight for Third Place",
         None),
        # Lines that may end a headline or a section stay apart.
        ("World news\nDerby Ends Level", "Derby Ends Level", "World news"),
        ("Sport\nRovers held to a draw", "Rovers held to a draw", "Sport"),
    ],
)  # fmt: skip
def test_factiva_free_text_headline_wrapped_over_lines(
    head: str, headline: str, section: str | None
) -> None:
    text = (
        f"{head}\nBy Gus Ambler\n210 words\n9 April 2022\nRiverside Daily\nRIVDLY\n"
        "English\n\nThe derby ended in a draw.\n\nDocument RIVDLY0020220409ei490000q\n"
    )
    article = _parse(text)
    assert article.format == "factiva"
    assert article.headline == headline
    assert article.metadata.get("section") == section
    assert article.byline is not None
    assert article.byline.authors == ("Gus Ambler",)


@pytest.mark.parametrize(
    ("credit", "sources"),
    [
        ("Reuters", ("Reuters",)),
        ("Associated Press", ("AP",)),
        ("AFP", ("AFP",)),
        # A credit that names no agency is no source.
        ("Staff", ()),
        ("Photo desk", ()),
    ],
)
def test_factiva_credit_naming_an_agency_is_the_source(
    credit: str, sources: tuple[str, ...]
) -> None:
    text = (
        f"HD\nKiosk closes\nBY\nJo Roe\nCR\n{credit}\nWC\n80 words\nPD\n1 June 2020\n"
        "SN\nThe Corner Press\nLP\nThe kiosk shuts.\nTD\nIts owner retires.\n"
        "AN\nDocument CRNPRS0020200601eg610000a\n"
    )
    article = _parse(text)
    check_article(text, article)
    assert article.format == "factiva"
    assert (article.attribution.sources if article.attribution else ()) == sources
    assert article.byline is not None
    assert article.byline.authors == ("Jo Roe",)
    assert article.paragraphs == ("The kiosk shuts.", "Its owner retires.")


@pytest.mark.parametrize(
    ("head", "headline", "authors"),
    [
        # The title-case line under a line stopping short is the headline's, no byline.
        ("A Quiet Revolution in the\nDairy Aisle", "A Quiet Revolution in the Dairy Aisle", ()),
        ("Shoppers turn away from\nDairy Aisle", "Shoppers turn away from Dairy Aisle", ()),
        # Names under a whole headline stay the byline.
        ("Talks end without a deal\nJane Doe", "Talks end without a deal", ("Jane Doe",)),
        # A short preposition a title-case headline capitalises is its last word,
        # stranded: the names under it sign it.
        ("Five Port Stocks to Watch For\nJane Doe", "Five Port Stocks to Watch For",
         ("Jane Doe",)),
        ("The Port Investors Flock To\nJane Doe", "The Port Investors Flock To", ("Jane Doe",)),
        ("A Harbour Worth Fighting For\nJane Doe", "A Harbour Worth Fighting For",
         ("Jane Doe",)),
        # German ``mit`` as a verb's particle and ``das`` as a pronoun close a headline.
        ("Die Stadt macht beim Klimaplan mit\nJane Doe", "Die Stadt macht beim Klimaplan mit",
         ("Jane Doe",)),
        ("So teuer wird das\nJane Doe", "So teuer wird das", ("Jane Doe",)),
        ("Prices go up\nJane Doe", "Prices go up", ("Jane Doe",)),
    ],
)  # fmt: skip
def test_factiva_free_text_line_under_a_cut_short_headline_is_no_byline(
    head: str, headline: str, authors: tuple[str, ...]
) -> None:
    text = (
        f"{head}\n618 words\n9 October 2020\nRiverside Daily\nRIVDLY\nEnglish\n\n"
        "Milk sales fell again.\n\nDocument RIVDLY0020201009ega900005\n"
    )
    article = _parse(text)
    assert article.format == "factiva"
    assert article.headline == headline
    assert (article.byline.authors if article.byline else ()) == authors


@pytest.mark.parametrize(
    "last", ["TD\nIN short, a cafe opens.\n", "TD\nA cafe opens.\nCO\nkiosk : Kiosk Ltd\n"]
)
def test_factiva_accession_line_without_its_code_leaves_the_last_field(last: str) -> None:
    # Written without ``AN`` under the article's last field, as the free-text form writes
    # it: the accession, not a paragraph or the last field's value.
    text = f"HD\nKiosk closes\nWC\n80 words\nPD\n1 June 2020\nLP\nThe kiosk shuts.\n{last}"
    accession = "Document CRNPRS0020200601eg610000a"
    article = _parse(text + f"\n{accession}\n")
    assert article.format == "factiva"
    assert article.paragraphs == _parse(text).paragraphs
    assert accession not in article.body
    assert article.metadata["accession"] == accession
    assert article.rules["furniture"][-1] == "factiva.accession"


@pytest.mark.parametrize("labels_before", ["", "SECTION: Metro Desk\n\nLENGTH: 120 words\n\n"])
def test_lexisnexis_headline_label_with_edition_lines_under_the_date(labels_before: str) -> None:
    text = (
        "1 of 1 DOCUMENT\n\nThe Harbour Times\n\n"
        "March 3, 1998, Tuesday\nLate Edition - Final\n\n"
        + labels_before
        + "HEADLINE: Ferry delayed by storm\n\nBYLINE: By JO ROE\n\n"
        "The ferry was delayed on Tuesday.\n\nLOAD-DATE: March 4, 1998\n"
    )
    article = _parse(text)
    assert article.headline == "Ferry delayed by storm"
    assert article.metadata["edition"] == "Late Edition - Final"
    assert article.paragraphs == ("The ferry was delayed on Tuesday.",)


@pytest.mark.parametrize("label", ["TYPE: Newspaper", "SERIES: Harbour Watch"])
def test_lexisnexis_type_or_series_after_the_body_stays_in_the_trailer(label: str) -> None:
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n"
        "The kiosk shuts after forty years.\n\nLOAD-DATE: June 2, 2020\n\n"
        "LANGUAGE: ENGLISH\n\n" + label + "\n\nPUBLICATION-TYPE: Newspaper\n"
    )
    article = _parse(text)
    assert article.paragraphs == ("The kiosk shuts after forty years.",)
    assert article.metadata["language"] == "ENGLISH"
    name, value = label.split(": ")
    assert article.metadata[name.lower()] == value


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_factiva_free_text_with_no_byline_is_detected_by_its_word_count_and_date_lines(
    newline: str,
) -> None:
    text = (
        "Lighthouse keeper retires\n214 words\n9 April 2021\nThe Saltmarsh Echo\nSLTECH\n"
        "English\n(c) 2021 Saltmarsh Echo Ltd. All rights reserved.\n\n"
        "The last keeper of the north light retired on Friday.\n\n"
        "She had tended the lamp for thirty-one years.\n\n"
        "Document SLTECH0020210409eh490000a\n"
    ).replace("\n", newline)
    assert newsparse.detect(text)[0].format == "factiva"
    article = _parse(text)
    assert article.format == "factiva"
    assert article.headline == "Lighthouse keeper retires"
    assert article.date == dt.datetime(2021, 4, 9)
    assert article.paragraphs == (
        "The last keeper of the north light retired on Friday.",
        "She had tended the lamp for thirty-one years.",
    )
    assert article.metadata["source"] == "The Saltmarsh Echo"


def test_nexis_uni_page_headers_and_running_titles_are_furniture() -> None:
    text = (
        "Page 1 of 2\nOrchard wins county prize\n\nOrchard wins county prize\n"
        "The Valley Ledger\nSeptember 14, 2022 Wednesday\n\n"
        "Copyright 2022 Valley Ledger Ltd.\n\n"
        "Section: FARMING; Length: 96 words\nByline: Oskar Brandt\n\nBody\n\n"
        "The Hollins orchard took first prize\nat the county show.\n\n"
        "Judges praised the\nPage 2 of 2\nOrchard wins county prize\nold pear trees.\n\n"
        "Page 2 of 2\nOrchard wins county prize\nThe prize is a silver cup.\n\n"
        "Load-Date: September 15, 2022\n\nEnd of Document\n"
    )
    article = _parse(text)
    assert article.format == "lexisnexis"
    assert article.headline == "Orchard wins county prize"
    assert article.date == dt.datetime(2022, 9, 14)
    assert article.byline is not None
    assert article.byline.authors == ("Oskar Brandt",)
    # A paragraph is one span: the one the page broke stays in two, without the header.
    assert article.paragraphs == (
        "The Hollins orchard took first prize at the county show.",
        "Judges praised the",
        "old pear trees.",
        "The prize is a silver cup.",
    )
    assert article.metadata["publication"] == "The Valley Ledger"
    headers = [
        s.of(text)
        for s, r in zip(article.spans["furniture"], article.rules["furniture"], strict=True)
        if r == "lexisnexis.page-header"
    ]
    assert (
        headers
        == ["Page 1 of 2", "Orchard wins county prize"]
        + [
            "Page 2 of 2",
            "Orchard wins county prize",
        ]
        * 2
    )


def test_factiva_spanish_por_opens_the_byline() -> None:
    text = (
        "HD\nLa feria del libro cierra con récord\nBY\nPor Inés Carvajal\nWC\n120 palabras\n"
        "PD\n3 de mayo de 2018\nSN\nGaceta de Almería\nLA\nEspañol\n"
        "LP\nLa feria recibió más visitantes que nunca.\n"
        "AN\nDocument GACALM0020180503ee530000a\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Inés Carvajal",)
    assert article.date == dt.datetime(2018, 5, 3)
    assert article.paragraphs == ("La feria recibió más visitantes que nunca.",)


def test_lexisnexis_dutch_section_label_ends_the_headline() -> None:
    text = (
        "Document 2 van 7\n\nDe Polderbode\n\n12 oktober 2017 donderdag\n\n"
        "Nieuwe sluis geopend\n\nSECTIE: REGIO; Blz. 3\n\nLENGTE: 85 woorden\n\n"
        "De nieuwe sluis bij het dorp is donderdag geopend.\n\nTAAL: DUTCH\n"
    )
    article = _parse(text)
    assert article.headline == "Nieuwe sluis geopend"
    assert article.date == dt.datetime(2017, 10, 12)
    assert article.metadata["section"] == "REGIO; Blz. 3"
    assert article.paragraphs == ("De nieuwe sluis bij het dorp is donderdag geopend.",)


def test_lexisnexis_unknown_labels_among_the_head_labels_stay_out_of_the_body() -> None:
    text = (
        _LN_HEAD + "April 4, 2016 Monday\n\nMill reopens as museum\n\nBYLINE: Hana Ruiz\n\n"
        "DISTRIBUTION: Valley edition\n\nLENGTH: 70 words\n\n"
        "The old mill opened its doors as a museum.\n\nNOTE: Tickets are free in April.\n\n"
        "LOAD-DATE: April 5, 2016\n"
    )
    article = _parse(text)
    assert article.headline == "Mill reopens as museum"
    assert article.byline is not None
    assert article.byline.authors == ("Hana Ruiz",)
    assert article.metadata["length"] == "70 words"
    assert article.paragraphs == (
        "The old mill opened its doors as a museum.",
        "NOTE: Tickets are free in April.",
    )


@pytest.mark.parametrize(
    "by",
    ["Tove Lind, Staff Writer (tlind@dunecourier.example)", "Tove Lind tlind@dunecourier.example"],
)
def test_factiva_byline_with_a_role_or_an_email_address_gives_the_names(by: str) -> None:
    text = (
        "HD\nDune path reopens\nBY\n" + by + "\nWC\n40 words\nPD\n2 June 2020\n"
        "SN\nThe Dune Courier\nLA\nEnglish\nLP\nThe dune path is open again.\n"
        "AN\nDocument DUNCOU0020200602eg620000a\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Tove Lind",)
    assert article.byline.text == by
    assert article.paragraphs == ("The dune path is open again.",)


def test_lexisnexis_publication_named_in_the_byline_is_no_author() -> None:
    text = (
        "3 of 9 DOCUMENTS\n\nThe Moor Chronicle (Devon)\n\nJuly 8, 2015 Wednesday\n\n"
        "Ponies return to the common\n\nBYLINE: Ada Finch, The Moor Chronicle\n\n"
        "LENGTH: 60 words\n\nThe ponies were back on the common by noon.\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Ada Finch",)
    # The organisation the byline names, as it names it.
    assert article.byline.organization == "The Moor Chronicle"
    assert article.byline.text == "Ada Finch, The Moor Chronicle"


def test_lexisnexis_export_without_blank_lines_keeps_labels_out_of_the_body() -> None:
    text = (
        "4 of 9 DOCUMENTS\nThe Moor Chronicle\nJuly 8, 2015 Wednesday\n"
        "Ponies return to the common\nBYLINE: Ada Finch\nLENGTH: 60 words\n"
        "The ponies were back on the common by noon.\n"
        "Walkers were asked to keep their dogs on leads.\n"
        "Rangers will count the herd in August.\n"
        "LOAD-DATE: July 9, 2015\nLANGUAGE: ENGLISH\n"
        "Copyright 2015 Moor Chronicle Ltd.\n"
    )
    article = _parse(text)
    assert article.headline == "Ponies return to the common"
    assert article.byline is not None
    assert article.byline.authors == ("Ada Finch",)
    assert article.metadata["length"] == "60 words"
    assert article.metadata["load_date"] == "July 9, 2015"
    assert article.metadata["language"] == "ENGLISH"
    assert article.metadata["copyright"] == "Copyright 2015 Moor Chronicle Ltd."
    assert article.paragraphs == (
        "The ponies were back on the common by noon.",
        "Walkers were asked to keep their dogs on leads.",
        "Rangers will count the herd in August.",
    )


def test_factiva_short_td_of_wrapped_lines_is_wrapped_as_the_lp_blocks_are() -> None:
    text = (
        "HD\nTram line extended\nWC\n50 words\nPD\n1 March 2024\nSN\nCity Lantern\n"
        "LP\nThe tram line will run two stops\nfurther from May.\n\n"
        "Work starts on Monday, the city\nsaid.\n"
        "TD\nBuses will replace trams for\nthree weeks.\n"
        "AN\nDocument CTYLAN0020240301ek310000a\n"
    )
    article = _parse(text)
    assert article.paragraphs == (
        "The tram line will run two stops further from May.",
        "Work starts on Monday, the city said.",
        "Buses will replace trams for three weeks.",
    )


def _lexisnexis_byline(
    by: str, authors: tuple[str, ...], organization: str | None
) -> newsparse.Article:
    """A one-article LexisNexis export whose ``BYLINE:`` is ``by``, parsed and checked."""
    text = (
        "1 of 1 DOCUMENT\n\nThe Daily Lantern\n\nMay 9, 2012 Wednesday\n\n"
        "Bridge vote delayed\n\nBYLINE: " + by + "\n\nLENGTH: 40 words\n\n"
        "The bridge vote was put off to June.\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.organization == organization
    assert article.byline.text == by
    return article


@pytest.mark.parametrize(
    ("by", "authors", "organization"),
    [
        ("From Lise Aubert in Lyon", ("Lise Aubert",), None),
        ("Lise Aubert Political Editor", ("Lise Aubert",), None),
        ("Lise Aubert Health Correspondent in Lyon", ("Lise Aubert",), None),
        ("By Lise Aubert For The Daily Lantern", ("Lise Aubert",), "The Daily Lantern"),
        ("Lise Aubert - Staff reporter", ("Lise Aubert",), None),
        ("Our Political Editor", (), "Our Political Editor"),
        ("Lantern Reporter", (), "Lantern Reporter"),
    ],
)
def test_lexisnexis_byline_names_before_a_role_or_a_publication(
    by: str, authors: tuple[str, ...], organization: str | None
) -> None:
    article = _lexisnexis_byline(by, authors, organization)
    assert article.paragraphs == ("The bridge vote was put off to June.",)


@pytest.mark.parametrize(
    ("by", "authors", "organization"),
    [
        # A wire service or another paper credited alone: no person.
        ("The Lakeland Press", (), "The Lakeland Press"),
        ("Kestrel News", (), "Kestrel News"),
        ("ORWELL NEWSWIRES", (), "ORWELL NEWSWIRES"),
        ("Press Association", (), "Press Association"),
        ("Harbour Media", (), "Harbour Media"),
        # A paper's own desk.
        ("Our Foreign Staff", (), "Our Foreign Staff"),
        ("Lantern staff and agencies", (), "Lantern"),
        # Beside the names, the outlet or the desk is no author.
        ("Lise Aubert, Orwell Newswires", ("Lise Aubert",), "Orwell Newswires"),
        ("Lise Aubert and Tom Vey, USA TODAY", ("Lise Aubert", "Tom Vey"), "USA TODAY"),
        ("By Lise Aubert; Lantern Staff Writer", ("Lise Aubert",), None),
        ("Lise Aubert, Kestrel Valley Newspapers", ("Lise Aubert",), "Kestrel Valley Newspapers"),
        # The paper's name glued between the names and a role.
        ("By Lise Aubert Star-Times Staff Reporter", ("Lise Aubert",), "Star-Times"),
        ("Lise Anne Aubert Staff Writer", ("Lise Anne Aubert",), None),
        # Names that close with such a word when they are not capitalised as an
        # outlet's are, or that a joining word could open, stay names.
        ("Lise Aubert and Sam Post", ("Lise Aubert", "Sam Post"), None),
        ("Lise Aubert and Tom Star", ("Lise Aubert", "Tom Star"), None),
        ("Tom Star", ("Tom Star",), None),
        ("Lise Aubert; Kestrel Star", ("Lise Aubert",), "Kestrel Star"),
        ("The Rev. Lise Aubert", ("The Rev. Lise Aubert",), None),
        ("Lise Aubert and TOM VEY", ("Lise Aubert", "TOM VEY"), None),
        ("Mary Lise Wire Staff Writer", ("Mary Lise Wire",), None),
        ("LISE AUBERT and TOM VEY", ("LISE AUBERT", "TOM VEY"), None),
        # A service closes an outlet's name of three words or more; in two, a person's.
        ("Tom Service", ("Tom Service",), None),
        ("Tom Service, Staff Writer", ("Tom Service",), None),
        ("Lise Aubert and Tom Service", ("Lise Aubert", "Tom Service"), None),
        ("Orwell News Service", (), "Orwell News Service"),
    ],
)
def test_lexisnexis_byline_naming_an_outlet_or_a_desk_names_no_author(
    by: str, authors: tuple[str, ...], organization: str | None
) -> None:
    _lexisnexis_byline(by, authors, organization)


@pytest.mark.parametrize(
    ("by", "authors", "organization"),
    [
        ("Fenland Newswires", (), "Fenland Newswires"),
        ("By Ines Marr, Fenland Newswires", ("Ines Marr",), "Fenland Newswires"),
        ("The Marsh Times", (), "The Marsh Times"),
        ("Ines Marr", ("Ines Marr",), None),
    ],
)
def test_factiva_by_naming_a_wire_service_names_no_author(
    by: str, authors: tuple[str, ...], organization: str | None
) -> None:
    text = (
        f"HD\tSluice gates replaced\nBY\t{by}\nWC\t30 words\nPD\t4 June 2024\n"
        "SN\tFenland Market Report\nLP\tThe sluice gates were replaced on Monday.\n"
        "AN\tDocument FENMKT0020240604ek6400001\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.organization == organization


@pytest.mark.parametrize(
    ("head", "publication"),
    [
        # A blog aggregator's name over the blog's: both the publication's.
        (
            (
                "Tide tables reprinted\n\nNewstex Blogs\nHarbour Notes Blog\n"
                "March 4, 2022 Friday 9:10 AM EST\n\n"
            ),
            "Newstex Blogs Harbour Notes Blog",
        ),
        (
            (
                "Tide tables reprinted\n\nThe Estuary Post\nWeekend Supplement\n"
                "March 4, 2022 Friday\n\n"
            ),
            "The Estuary Post Weekend Supplement",
        ),
        # One line of publication, the title over it with no blank line between.
        (
            "Tide tables reprinted\nThe Estuary Post\nMarch 4, 2022 Friday\n\n",
            "The Estuary Post",
        ),
    ],
)
def test_nexis_uni_publication_over_two_lines_is_no_part_of_the_title(
    head: str, publication: str
) -> None:
    text = (
        head + "Copyright 2022 Estuary Media\n\nLength: 40 words\nByline: Rhys Penn\n\nBody\n\n"
        "The tide tables for the spring are out.\n\nLoad-Date: March 5, 2022\n\nEnd of Document\n"
    )
    article = _parse(text)
    assert article.headline == "Tide tables reprinted"
    assert article.metadata["publication"] == publication
    assert article.date is not None
    assert article.date.date() == dt.date(2022, 3, 4)
    assert article.paragraphs == ("The tide tables for the spring are out.",)


@pytest.mark.parametrize(
    ("editions", "edition"),
    [
        ("                    FINAL EDITION\n\n", "FINAL EDITION"),
        ("                    Late Edition - Final\n\n", "Late Edition - Final"),
        (
            "                    Sunday Edition\n\n                    Final\n\n",
            "Sunday Edition Final",
        ),
    ],
)
def test_lexisnexis_centred_edition_in_a_block_of_its_own_is_no_part_of_the_headline(
    editions: str, edition: str
) -> None:
    text = (
        "                 2 of 7 DOCUMENTS\n\n                 The Kestrel Courier\n\n"
        "                 October 3, 2010 Sunday\n\n" + editions + "Weir repairs finished\n\n"
        "BYLINE: Nell Ashdown\n\nLENGTH: 30 words\n\nThe weir is mended.\n"
    )
    article = _parse(text)
    assert article.headline == "Weir repairs finished"
    assert article.metadata["edition"] == edition
    assert article.paragraphs == ("The weir is mended.",)


def test_lexisnexis_centred_headline_is_no_edition() -> None:
    # A headline centred as the head is, or one with no edition's word, stays.
    for head in ("        Final Edition Of The Fair\n\n", "Final edition of the fair\n\n"):
        text = (
            "        1 of 1 DOCUMENT\n\n        The Kestrel Courier\n\n"
            "        October 3, 2010 Sunday\n\n" + head + "BYLINE: Nell Ashdown\n\n"
            "LENGTH: 30 words\n\nThe fair ends.\n"
        )
        article = _parse(text)
        assert article.headline == head.strip()
        assert "edition" not in article.metadata


def test_lexisnexis_centred_headline_with_an_edition_word_inside_is_no_edition() -> None:
    # A centred kicker over a longer centred line, its edition's word not closing it
    # (``Final whistle``), is the headline's, as an indented one is.
    for head, headline in (
        (
            (
                "                         Final whistle\n\n"
                "     Kestrel Rovers bow out of the cup after a late penalty\n\n"
            ),
            "Final whistle Kestrel Rovers bow out of the cup after a late penalty",
        ),
        (
            "     The Final Countdown\n\nWeir repairs finished on schedule\n\n",
            "The Final Countdown Weir repairs finished on schedule",
        ),
    ):
        text = (
            "                 2 of 7 DOCUMENTS\n\n                 The Kestrel Courier\n\n"
            "                 October 3, 2010 Sunday\n\n" + head + "BYLINE: Nell Ashdown\n\n"
            "LENGTH: 30 words\n\nThe weir is mended.\n"
        )
        article = _parse(text)
        assert article.headline == headline
        assert "edition" not in article.metadata


@pytest.mark.parametrize(
    "head",
    [
        # A long title wrapped with blank lines between, as every line of the head is.
        (
            "Council approves new tide tables for the spring season after\n\n"
            "year-long review of harbour safety\n\nThe Estuary Post\n\nMarch 4, 2022 Friday\n\n"
        ),
        # A title whose second line runs on in lower case after a blank line.
        (
            "Council approves new tide tables for the spring season after\n\n"
            "year-long review of harbour safety\nThe Estuary Post\nMarch 4, 2022 Friday\n\n"
        ),
    ],
)
def test_nexis_uni_title_over_a_blank_line_stays_whole(head: str) -> None:
    text = (
        head + "Copyright 2022 Estuary Media\n\nLength: 40 words\nByline: Rhys Penn\n\nBody\n\n"
        "The tide tables for the spring are out.\n\nLoad-Date: March 5, 2022\n\nEnd of Document\n"
    )
    article = _parse(text)
    assert article.headline == (
        "Council approves new tide tables for the spring season after"
        " year-long review of harbour safety"
    )
    assert article.metadata["publication"] == "The Estuary Post"
    assert article.paragraphs == ("The tide tables for the spring are out.",)


def test_nexis_uni_french_trailer_labels_fill_their_metadata() -> None:
    text = (
        "Marché couvert rouvert\n\nLa Gazette du Val\n3 mai 2021\n\n"
        "Copyright 2021 La Gazette du Val\n\nLongueur: 60 mots\n\nCorps\n\n"
        "Le marché couvert rouvre samedi.\n\nClassement\n\nLangue: FRANÇAIS\n\n"
        "Type de publication: Journal\n\nDate de chargement: 4 mai 2021\n\nFin du document\n"
    )
    article = _parse(text)
    assert article.paragraphs == ("Le marché couvert rouvre samedi.",)
    assert article.metadata["load_date"] == "4 mai 2021"
    assert article.metadata["publication_type"] == "Journal"
    assert article.metadata["language"] == "FRANÇAIS"


def test_nexis_uni_without_body_or_end_line_is_told_by_its_title_case_labels() -> None:
    text = (
        "Harbour seals counted\n\nThe Estuary Post\nAugust 2, 2017 Wednesday\n\n"
        "Copyright 2017 Estuary Post Ltd.\n\nSection: NATURE; Length: 45 words\n"
        "Byline: Rhys Penn\n\nVolunteers counted 212 seals on the sandbanks.\n\n"
        "Load-Date: August 3, 2017\n"
    )
    article = _parse(text)
    assert article.format == "lexisnexis"
    assert article.headline == "Harbour seals counted"
    assert article.date == dt.datetime(2017, 8, 2)
    assert article.byline is not None
    assert article.byline.authors == ("Rhys Penn",)
    assert article.metadata["publication"] == "The Estuary Post"
    assert article.metadata["section"] == "NATURE"
    assert article.paragraphs == ("Volunteers counted 212 seals on the sandbanks.",)


@pytest.mark.parametrize(("zone", "offset"), [("BST", 1), ("CEST", 2), ("HKT", 8), ("GMT", 0)])
def test_factiva_et_names_any_zone_abbreviation(zone: str, offset: int) -> None:
    text = (
        "HD\nNight ferry resumes\nWC\n30 words\nPD\n12 June 2019\nET\n21:40 " + zone + "\n"
        "SN\nThe Strait Times\nLP\nThe night ferry runs again.\n"
        "AN\nDocument STRTIM0020190612ef6c0000a\n"
    )
    article = _parse(text)
    tz = dt.timezone(dt.timedelta(hours=offset))
    assert article.date == dt.datetime(2019, 6, 12, 21, 40, tzinfo=tz)
    assert article.date_precision == "minute"


def test_lexisnexis_byline_role_on_the_next_line_keeps_every_name() -> None:
    text = (
        _LN_HEAD + "May 2, 2022 Monday\n\nFerry delayed by fog\n\n"
        "BYLINE: Jo Roe and Sam Poe\nStaff Writers\n\nLENGTH: 9 words\n\nThe ferry was late.\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Jo Roe", "Sam Poe")
    assert article.byline.text == "Jo Roe and Sam Poe\nStaff Writers"
    assert article.paragraphs == ("The ferry was late.",)


def test_lexisnexis_copy_with_the_title_above_the_publication_keeps_its_headline() -> None:
    text = (
        "Library opens on Sundays\n\nThe Burgh Bulletin\n\nOctober 3, 2021 Sunday\n\n"
        "BYLINE: Mairi Shaw\n\nLENGTH: 30 words\n\nThe library will open on Sundays.\n\n"
        "LOAD-DATE: October 4, 2021\n"
    )
    article = _parse(text)
    assert article.headline == "Library opens on Sundays"
    assert article.metadata["publication"] == "The Burgh Bulletin"
    assert article.date == dt.datetime(2021, 10, 3)
    assert article.paragraphs == ("The library will open on Sundays.",)


def test_lexisnexis_trailer_block_with_the_copyright_among_its_labels() -> None:
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n"
        "The kiosk shuts after forty years.\n\nIts owner retires to the coast.\n\n"
        "PUBLICATION-TYPE: Newspaper\nCopyright 2020 The Gazette Ltd.\n"
        "URL: http://gazette.example/kiosk\nLANGUAGE: ENGLISH\n"
    )
    article = _parse(text)
    assert article.paragraphs == (
        "The kiosk shuts after forty years.",
        "Its owner retires to the coast.",
    )
    assert article.metadata["copyright"] == "Copyright 2020 The Gazette Ltd."
    assert article.metadata["url"] == "http://gazette.example/kiosk"
    assert article.metadata["language"] == "ENGLISH"


def test_lexisnexis_url_label_alone_after_the_body_is_trailer() -> None:
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n"
        "The kiosk shuts after forty years.\n\nURL: http://gazette.example/kiosk\n"
    )
    article = _parse(text)
    assert article.paragraphs == ("The kiosk shuts after forty years.",)
    assert article.metadata["url"] == "http://gazette.example/kiosk"


def test_factiva_free_text_source_code_without_language_or_copyright_lines() -> None:
    text = (
        "Tide mill restored\nBy Ola Berg\n95 words\n7 July 2022\nThe Mill Review\nMLLREV\n"
        "The tide mill turns again after ten years.\nVisitors may tour it on Saturdays.\n\n"
        "Document MLLREV0020220707ei770000a\n"
    )
    article = _parse(text)
    assert article.metadata["source"] == "The Mill Review"
    assert article.metadata["source_code"] == "MLLREV"
    assert article.paragraphs == (
        "The tide mill turns again after ten years.",
        "Visitors may tour it on Saturdays.",
    )


def test_factiva_free_text_head_ends_at_the_blank_line_before_the_text() -> None:
    text = (
        "Tide mill restored\nBy Ola Berg\n95 words\n7 July 2022\nThe Mill Review\nMLLREV\n"
        "Weekend Edition\n\nThe tide mill turns again after ten years.\n\n"
        "Visitors may tour it on Saturdays.\n\nDocument MLLREV0020220707ei770000a\n"
    )
    article = _parse(text)
    assert article.metadata["source"] == "The Mill Review"
    assert article.metadata["edition"] == "Weekend Edition"
    assert article.paragraphs == (
        "The tide mill turns again after ten years.",
        "Visitors may tour it on Saturdays.",
    )


def test_nexis_uni_print_with_a_page_header_and_few_labels_is_detected() -> None:
    text = (
        "Page 1 of 2\nOrchard wins county prize\n\nOrchard wins county prize\n"
        "The Valley Ledger\nSeptember 14, 2022 Wednesday\nFinal Edition\n\n"
        "Copyright 2022 Valley Ledger Ltd. All Rights Reserved\n\n"
        "Highlight: A silver cup for the pears\nByline: Oskar Brandt\nSection: FARMING; Pg. 3\n\n"
        "Body\n\nThe Hollins orchard took first prize.\n\nJudges praised the old trees.\n\n"
        "The prize is a silver cup.\n\nSubject: FARMING (90%)\n\nEnd of Document\n"
    )
    assert newsparse.detect(text)[0].format == "lexisnexis"
    article = _parse(text)
    assert article.headline == "Orchard wins county prize"
    assert article.byline is not None
    assert article.byline.authors == ("Oskar Brandt",)
    assert article.paragraphs == (
        "The Hollins orchard took first prize.",
        "Judges praised the old trees.",
        "The prize is a silver cup.",
    )


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Jo Roe and Sam Poe Staff Writers", ("Jo Roe", "Sam Poe")),
        ("JO ROE AND SAM POE STAFF WRITERS", ("JO ROE", "SAM POE")),
        ("Jo Roe, Ana Poe Political Editor", ("Jo Roe", "Ana Poe")),
        ("Anna Lee For The Times", ("Anna Lee",)),
        # Names parted by a slash, the role after them.
        ("Jo Roe / Sam Poe", ("Jo Roe", "Sam Poe")),
        ("Jo Roe/Sam Poe Staff Writers", ("Jo Roe", "Sam Poe")),
        ("Jo Roe, Ana Poe / Staff Writers", ("Jo Roe", "Ana Poe")),
    ],
)
def test_lexisnexis_byline_role_after_the_last_name_keeps_every_name(
    value: str, authors: tuple[str, ...]
) -> None:
    text = (
        _LN_HEAD + "May 2, 2022 Monday\n\nFerry delayed by fog\n\n"
        "BYLINE: " + value + "\n\nLENGTH: 9 words\n\nThe ferry was late.\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == value
    assert article.paragraphs == ("The ferry was late.",)


@pytest.mark.parametrize(
    "last",
    [
        "Copyright Office officials said on Monday they would review the rules for kiosks.",
        "(c) the council must publish the lease each year.",
    ],
)
def test_lexisnexis_last_paragraph_opening_like_a_copyright_notice_stays_body(last: str) -> None:
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n"
        "The kiosk shuts after forty years.\n\n" + last + "\n\n"
        "LOAD-DATE: June 2, 2020\n\nLANGUAGE: ENGLISH\n\n"
        "Copyright 2020 The Gazette Ltd.\n"
    )
    article = _parse(text)
    assert article.paragraphs == ("The kiosk shuts after forty years.", last)
    assert article.metadata["copyright"] == "Copyright 2020 The Gazette Ltd."


@pytest.mark.parametrize(
    ("under", "publication"),
    [
        ("Copyright 2022 The Gazette Ltd.", "The Gazette (Montreal)"),
        ("Final Edition", "The Gazette (Montreal) Final Edition"),
    ],
)
def test_lexisnexis_headline_less_copy_keeps_its_publication(under: str, publication: str) -> None:
    # No headline under the date: the block under the publication is a notice or an
    # edition, no publication, so the first block is no title above the publication.
    text = (
        "1 of 2 DOCUMENTS\n\nThe Gazette (Montreal)\n\n" + under + "\n\nMay 2, 2022 Monday\n\n"
        "BYLINE: Jo Roe\n\nLENGTH: 90 words\n\nThe ferry was late on Monday.\n"
    )
    article = _parse(text)
    assert article.headline is None
    assert article.metadata["publication"] == publication
    assert article.paragraphs == ("The ferry was late on Monday.",)


def test_lexisnexis_copyright_notice_with_prose_after_a_stop_is_the_notice() -> None:
    notice = (
        "Copyright Agence France-Presse. Reproduction prohibited without permission of the "
        "publisher."
    )
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n"
        "The kiosk shuts after forty years.\n\nLOAD-DATE: June 2, 2020\n\n" + notice + "\n"
    )
    article = _parse(text)
    assert article.paragraphs == ("The kiosk shuts after forty years.",)
    assert article.metadata["copyright"] == notice


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Por Ana Ruiz y Luis G\u00f3mez", ("Ana Ruiz", "Luis G\u00f3mez")),
        ("ANA RUIZ Y LUIS G\u00d3MEZ", ("ANA RUIZ", "LUIS G\u00d3MEZ")),
        # One person: a single surname after ``y``.
        ("Santiago Ram\u00f3n y Cajal", ("Santiago Ram\u00f3n y Cajal",)),
    ],
)
def test_lexisnexis_spanish_byline_names_two_people_joined_by_y(
    value: str, authors: tuple[str, ...]
) -> None:
    text = (
        _LN_HEAD + "May 2, 2022 Monday\n\nEl ferry llega tarde\n\n"
        "BYLINE: " + value + "\n\nLENGTH: 9 words\n\nEl ferry lleg\u00f3 tarde.\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert tuple(s.of(text) for s in article.spans["authors"]) == authors


@pytest.mark.parametrize(
    ("last", "paragraphs"),
    [
        # A notice with a year opens the trailer run: it leaves the last paragraph.
        (
            "Copyright 2020 The Gazette Ltd.",
            ("The kiosk shuts after forty years.", "Its owner retires to the coast."),
        ),
        # A line of text that opens with ``Copyright`` stays the text's.
        (
            "Copyright Office staff declined comment.",
            (
                "The kiosk shuts after forty years.",
                "Its owner retires to the coast. Copyright Office staff declined comment.",
            ),
        ),
    ],
)
def test_lexisnexis_copyright_line_between_text_and_trailer_without_blank_lines(
    last: str, paragraphs: tuple[str, ...]
) -> None:
    text = (
        _LN_HEAD + "June 1, 2020 Monday\n\nKiosk closes\n\nLENGTH: 80 words\n\n"
        "The kiosk shuts after forty years.\n\nIts owner retires to the coast.\n"
        + last
        + "\nLOAD-DATE: June 2, 2020\nLANGUAGE: ENGLISH\n"
    )
    article = _parse(text)
    assert article.paragraphs == paragraphs
    assert article.metadata["language"] == "ENGLISH"


@pytest.mark.parametrize(
    ("time", "offset"),
    [
        ("21:40 GMT+1", 60),
        ("21:40 GMT-03:00", -180),
        ("21:40 UTC+0530", 330),
        # ET is EST or EDT as the US kept its clocks on the day: EDT in June.
        ("21:40 ET", -240),
        ("9:40 PM PT", -420),
    ],
)
def test_factiva_et_offset_after_gmt_is_kept(time: str, offset: int) -> None:
    text = (
        "HD\nNight ferry resumes\nWC\n30 words\nPD\n12 June 2019\nET\n" + time + "\n"
        "SN\nThe Strait Times\nLP\nThe night ferry runs again.\n"
        "AN\nDocument STRTIM0020190612ef6c0000a\n"
    )
    article = _parse(text)
    tz = dt.timezone(dt.timedelta(minutes=offset))
    assert article.date == dt.datetime(2019, 6, 12, 21, 40, tzinfo=tz)
    assert article.date_precision == "minute"


@pytest.mark.parametrize(
    ("time", "note"), [("21:40", None), ("21:40 YEKT", "YEKT"), ("9:40 PM QQT", "QQT")]
)
def test_factiva_et_without_a_known_zone_stays_naive(time: str, note: str | None) -> None:
    text = (
        "HD\nNight ferry resumes\nWC\n30 words\nPD\n12 June 2019\nET\n" + time + "\n"
        "SN\nThe Strait Times\nLP\nThe night ferry runs again.\n"
        "AN\nDocument STRTIM0020190612ef6c0000a\n"
    )
    article = _parse(text)
    assert article.date == dt.datetime(2019, 6, 12, 21, 40)
    assert article.date_precision == "minute"
    unknown = [n for n in article.notes if n.code == "date.zone-unknown"]
    if note is None:
        assert unknown == []
    else:
        assert [n.span.of(text) for n in unknown if n.span is not None] == [note]


def test_factiva_free_text_time_with_an_offset_after_gmt() -> None:
    text = (
        "Airline adds routes\nBy Mark Ellis\n320 words\n4 April 2018\n07:15 GMT+2\n"
        "The Business Daily\nBSNDLY\nEnglish\n(c) 2018 Business Daily Ltd. All rights reserved.\n"
        "The airline will add four routes this summer.\n\n"
        "Document BSNDLY0020180404ee4400009\n"
    )
    article = _parse(text)
    assert article.format == "factiva"
    tz = dt.timezone(dt.timedelta(hours=2))
    assert article.date == dt.datetime(2018, 4, 4, 7, 15, tzinfo=tz)


# A free-text Factiva article as the German interface prints it: section, headline,
# word count, date, source, code, language, copyright, the text, the publisher, and
# ``Dokument ...``.
_FACTIVA_DE = (
    "Lokales\nNeue Fähre für die Insel\n212 Wörter\n3 Mai 2021\nDer Inselbote\nINSBOT\n"
    "Deutsch\n(c) 2021 Inselbote Verlag\n"
    "HAMBURG (dpa) - Die neue Fähre hat am Montag zum ersten Mal angelegt.\n"
    "Sie fährt ab Juni dreimal am Tag.\n"
    "Inselbote Verlag GmbH & Co. KG\nDokument INSBOT0020210503eh530001x\n"
)


@pytest.mark.parametrize("word", ["Document", "Dokument", "Documento"])
def test_factiva_accession_line_in_the_interface_language(word: str) -> None:
    text = _FACTIVA_DE.replace("Dokument ", f"{word} ")
    article = _parse(text)
    # The accession line is what outweighs the wire dateline in the text.
    assert article.format == "factiva"
    assert article.headline == "Neue Fähre für die Insel"
    assert article.metadata["accession"] == f"{word} INSBOT0020210503eh530001x"
    assert article.paragraphs == (
        "HAMBURG (dpa) - Die neue Fähre hat am Montag zum ersten Mal angelegt.",
        "Sie fährt ab Juni dreimal am Tag.",
    )
    export = text + text.replace("Neue Fähre", "Alte Fähre")
    parsed = list(newsparse.parse_many(export))
    assert all(isinstance(a, newsparse.Article) for a in parsed)
    assert [a.headline for a in parsed if isinstance(a, newsparse.Article)] == [
        "Neue Fähre für die Insel",
        "Alte Fähre für die Insel",
    ]


def test_factiva_free_text_publisher_and_a_link_above_it_are_furniture() -> None:
    text = _FACTIVA_DE.replace(
        "Inselbote Verlag GmbH", "https://www.inselbote.example/faehre\nInselbote Verlag GmbH"
    )
    for source in (_FACTIVA_DE, text):
        article = _parse(source)
        assert article.paragraphs[-1] == "Sie fährt ab Juni dreimal am Tag."
        assert article.metadata["publisher"] == "Inselbote Verlag GmbH & Co. KG"
    assert article.metadata["link"] == "https://www.inselbote.example/faehre"
    assert "factiva.link" in article.rules["furniture"]
    assert "factiva.publisher" in article.rules["furniture"]


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        # A company's name, or one that shares a word with the source's (``Corner``).
        ("Harbour Press Group Ltd.", False),
        ("Zentrum für Dokumentation GmbH (ZfD)", False),
        ("Dow Jones & Company, Inc.", False),
        ("Corner Holdings", False),
        # The text's own last lines: a sentence, a credit, a sign-off, a question.
        ("The ferry sails again on Friday.", True),
        ("The ferry is run by Island Lines Inc.", True),
        ("(Reporting by Jo Roe)", True),
        ("Reporting by Jo Roe", True),
        ("Jane Doe", True),
        ("EFE", True),
        ("Will it sail on time?", True),
        ("Prices in euros (EUR)", True),
        # A notice, a link, an address or a label is no name.
        ("Copyright 2020 The Corner Press", True),
        ("https://www.cornerpress.example/ferry", True),
        ("desk@cornerpress.example", True),
        ("Photo: Corner Press", True),
        # Nor is a line too long or too wordy for one.
        ("Ferry " * 17 + "Press", True),
    ],
)
def test_factiva_free_text_last_line_is_the_publisher_only_when_it_reads_as_a_name(
    last: str, kept: bool
) -> None:
    text = (
        "Ferry returns\n80 words\n1 June 2020\nThe Corner Press\nEnglish\n"
        f"(c) 2020 Corner Press\nThe ferry is back.\n{last}\nDocument CRNPRS0020200601eg610000a\n"
    )
    article = _parse(text)
    assert (article.paragraphs[-1] == last) is kept
    assert ("publisher" not in article.metadata) is kept


def test_factiva_free_text_keeps_its_only_text_line() -> None:
    text = (
        "Night buses return\n40 words\n1 June 2020\nThe Corner Press\nEnglish\n"
        "(c) 2020 Corner Press Ltd.\nCorner Press Night Buses\nDocument CRNPRS0020200601eg610000a\n"
    )
    article = _parse(text)
    assert article.paragraphs == ("Corner Press Night Buses",)
    assert "publisher" not in article.metadata


def test_factiva_free_text_wrapped_paragraph_ending_keeps_its_last_line() -> None:
    # The last line of a wrapped paragraph ends no sentence, but the line above it
    # does not end one either: it is the paragraph's, not a publisher's name.
    text = (
        "Ferry returns\n80 words\n1 June 2020\nThe Corner Press\nEnglish\n"
        "(c) 2020 Corner Press\n\nThe ferry is back after a winter in the yard and\n"
        "sails twice a day from Monday\n\nDocument CRNPRS0020200601eg610000a\n"
    )
    article = _parse(text)
    assert article.body.endswith("the yard and\n\nsails twice a day from Monday")
    assert "publisher" not in article.metadata
    # Where blank lines set the paragraphs apart, a line under a sentence's end with no
    # blank line before it is the paragraph's, however much it reads as a name.
    spaced = (
        "Ferry returns\n80 words\n1 June 2020\nThe Corner Press\nEnglish\n"
        "(c) 2020 Corner Press\n\nThe ferry is back.\n\nIt sails from Monday.\n"
        "Corner Press Ltd.\n\nDocument CRNPRS0020200601eg610000a\n"
    )
    article = _parse(spaced)
    assert "publisher" not in article.metadata
    assert article.body.endswith("Corner Press Ltd.")
    separate = spaced.replace("Monday.\nCorner", "Monday.\n\nCorner")
    assert _parse(separate).metadata["publisher"] == "Corner Press Ltd."


# A free-text article copied without its closing ``Document ...`` line: the head block
# (section, headline, byline, word count, date, source, code, language, copyright).
_FACTIVA_CUT = (
    "Regional News\nValley dairy cooperative doubles cheese exports\nBy Ines Marlow\n"
    "96 words\n9 May 2022\nThe Upland Courier\nUPLCOU\nEnglish\n(c) 2022 Upland Courier Ltd.\n\n"
    "The Brannock Valley dairy cooperative doubled its cheese exports last year.\n\n"
    "Most of the cheese went to buyers across the border, the cooperative said.\n\n"
    "{last}\n"
)


def test_factiva_free_text_without_its_document_line_is_factivas() -> None:
    # The short lines of the head read as a page's menu too; the source's code over the
    # language line under the word count is Factiva's.
    text = _FACTIVA_CUT.format(last="Upland Courier Publishing Ltd.")
    for source in (text, text.replace("\n", "\r\n")):
        article = _parse(source)
        assert article.format == "factiva"
        assert article.headline == "Valley dairy cooperative doubles cheese exports"
        assert article.metadata["section"] == "Regional News"
        assert article.metadata["publisher"] == "Upland Courier Publishing Ltd."
        assert article.paragraphs[-1] == (
            "Most of the cheese went to buyers across the border, the cooperative said."
        )


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        # With no accession line under it, the name must share a word with the source's
        # or the copyright's as well as hold a company's word.
        ("Upland Courier Publishing Ltd.", False),
        ("Upland Media Group", False),
        ("Harbour Press Group Ltd.", True),
        ("Upland Courier", True),
        ("The cooperative has 340 members.", True),
    ],
)
def test_factiva_free_text_publisher_without_the_document_line(last: str, kept: bool) -> None:
    article = _parse(_FACTIVA_CUT.format(last=last))
    assert article.format == "factiva"
    assert (article.paragraphs[-1] == last) is kept
    assert ("publisher" not in article.metadata) is kept


@pytest.mark.parametrize(("words", "closing"), [("palavras", "Documento"), ("woorden", "Document")])
def test_factiva_free_text_word_count_in_portuguese_or_dutch(words: str, closing: str) -> None:
    article_text = (
        f"Ferry returns\n212 {words}\n3 May 2021\nThe Island Post\nISLPST\n"
        "(c) 2021 Island Post\nThe ferry is back after a winter in the yard.\n"
        f"It sails twice a day from Monday.\n{closing} ISLPST0020210503eh530001x\n"
    )
    article = _parse(article_text)
    assert article.format == "factiva"
    assert article.metadata["word_count"] == f"212 {words}"
    assert [s.kind for s in newsparse.split(article_text * 3)].count("article") == 3


@pytest.mark.parametrize(
    "block",
    [
        # A notice closed on its own line wraps over nothing.
        "Copyright 2020 Gazette Group All Rights Reserved\nThe Gazette\nAll Rights Reserved\n",
        # A second notice is no closing line of the first.
        "Copyright 2020 Gazette Group\nThe Gazette\nCopyright 2020 Associated Press\n",
    ],
)
def test_lexisnexis_publication_between_notices_stays_the_publication(block: str) -> None:
    text = (
        "1 of 2 DOCUMENTS\n\n" + block + "\nMay 2, 2022 Monday\n\nFerry delayed\n\n"
        "LENGTH: 9 words\n\nThe ferry was late.\n"
    )
    article = _parse(text)
    assert article.metadata["publication"] == "The Gazette"
    assert article.headline == "Ferry delayed"


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_nexis_uni_cover_after_a_byte_order_mark_is_cover(newline: str) -> None:
    text = (
        "\ufeffUser Name: =\nDate and Time: = 2022-11-02\nJob Number: = 42\n\n"
        "Documents (1)\n\n1. Kiosk closes\nClient/Matter: -None-\nSearch Terms: kiosk\n\n"
        "Kiosk closes\n\nThe Corner Press\n\nJune 1, 2020 Monday\n\nLength: 80 words\n\n"
        "Body\n\nThe kiosk shuts.\n\nLoad-Date: June 2, 2020\n\nEnd of Document\n"
    ).replace("\n", newline)
    article = _parse(text)
    assert article.format == "lexisnexis"
    assert article.headline == "Kiosk closes"
    assert article.date == dt.datetime(2020, 6, 1)
    assert article.paragraphs == ("The kiosk shuts.",)


_AGENCY_STORY = "SANTIAGO, March 3 (Reuters) - Andes Ridge Mining posted a record profit."


@pytest.mark.parametrize(
    "text",
    [
        # Factiva, field-coded and free text.
        (
            "HD\nMiner posts record profit\nBY\nBy Jane Doe\nWC\n80 words\nPD\n3 March 2021\n"
            f"SN\nReuters News\nLP\n{_AGENCY_STORY}\nTD\nShares rose.\n"
            "AN\nDocument LBA0000020210303eh330001x\n"
        ),
        (
            "Miner posts record profit\nBy Jane Doe\n80 words\n3 March 2021\nReuters News\n"
            f"English\n(c) 2021 Reuters\n{_AGENCY_STORY}\nShares rose.\n"
            "Document LBA0000020210303eh330001x\n"
        ),
        # LexisNexis, with no DATELINE field.
        (
            "1 of 1 DOCUMENTS\n\nReuters News\n\nMarch 3, 2021 Wednesday\n\n"
            "Miner posts record profit\n\nBYLINE: Jane Doe\n\nLENGTH: 80 words\n\n"
            f"{_AGENCY_STORY}\n\nShares rose.\n\nLANGUAGE: ENGLISH\n"
        ),
    ],
)
def test_agency_copy_in_an_export_gives_its_dateline_and_keeps_its_text(text: str) -> None:
    article = _parse(text)
    assert article.format in {"factiva", "lexisnexis"}
    assert article.dateline == "SANTIAGO"
    assert article.attribution is not None
    assert article.attribution.sources == ("Reuters",)
    assert article.paragraphs == (_AGENCY_STORY, "Shares rose.")


def test_a_lexisnexis_dateline_field_is_kept_over_the_agency_s() -> None:
    text = (
        "1 of 1 DOCUMENTS\n\nReuters News\n\nMarch 3, 2021 Wednesday\n\n"
        "Miner posts record profit\n\nDATELINE: Santiago, Chile\n\nLENGTH: 80 words\n\n"
        f"{_AGENCY_STORY}\n\nLANGUAGE: ENGLISH\n"
    )
    article = _parse(text)
    assert article.dateline == "Santiago, Chile"
    assert article.paragraphs == (_AGENCY_STORY,)


@pytest.mark.parametrize(
    ("sender", "authors", "org"),
    [
        ("clarinews@clarinet.example (UPI)", (), "UPI"),
        ("clarinews@clarinet.example (By NORA VASQUEZ, UPI Science Writer)",
         ("NORA VASQUEZ",), "UPI"),
        ("Bea Wren <wren@hill.example>", ("Bea Wren",), None),
    ],
)  # fmt: skip
def test_netnews_news_feed_story_keeps_its_dateline_in_the_text(
    sender: str, authors: tuple[str, ...], org: str | None
) -> None:
    story = "\tCOLDWATER, Ore. (UPI) -- Rising water closed a highway Friday, police said."
    text = (
        f"From: {sender}\nNewsgroups: clari.news.disaster\nSubject: Flooding closes highway\n"
        f"Date: Sat, 6 Feb 93 3:18:40 PST\n\n{story}\n"
    )
    article = _parse(text)
    assert article.format == "netnews"
    assert article.byline is not None
    assert (article.byline.authors, article.byline.organization) == (authors, org)
    assert article.dateline == "COLDWATER, Ore."
    assert article.attribution is not None
    assert article.attribution.sources == ("UPI",)
    assert article.paragraphs == (story.strip(),)


@pytest.mark.parametrize(
    ("sender", "authors"),
    [
        ("lena@fernhollow.example (Lena Ashdown and Piet Voorn)", ("Lena Ashdown", "Piet Voorn")),
        ("Lena Ashdown & Piet Voorn <birds@fernhollow.example>", ("Lena Ashdown", "Piet Voorn")),
        # A club's name joined with ``and`` names no two writers.
        ("club@fernhollow.example (Birds and Bees)", ("Birds and Bees",)),
    ],
)
def test_netnews_two_writers_in_one_display_name(sender: str, authors: tuple[str, ...]) -> None:
    text = (
        f"From: {sender}\nNewsgroups: rec.birds\nSubject: Hoopoe at the reservoir\n"
        "Date: Sun, 25 Apr 1993 18:40:00 +0200\n\nOne hoopoe on the west bank.\n"
    )
    article = _parse(text)
    check_article(text, article)
    assert article.byline is not None
    assert article.byline.authors == authors


def test_a_reuter_dateline_of_the_1980s_names_reuters() -> None:
    text = "Dairy sells unit\n\nMADISON, Wis., March 3 (Reuter) - Halden Dairies sold a unit.\n"
    article = _parse(text)
    assert article.dateline == "MADISON, Wis."
    assert article.attribution is not None
    assert article.attribution.sources == ("Reuters",)


def test_factiva_free_text_headline_shaped_as_a_name_and_a_title_stays_the_headline() -> None:
    text = (
        "Arts and culture\nJane Austen, The Musical\n389 words\n3 March 2021\n"
        "The Coastal Ledger\nEnglish\n(c) 2021 Coastal Ledger\nThe show opens.\n"
        "Document CSTLDG0020210303eh330001x\n"
    )
    article = _parse(text)
    assert article.headline == "Jane Austen, The Musical"
    assert article.byline is None or article.byline.authors == ()


def test_netnews_date_in_israel_daylight_time() -> None:
    text = (
        "From: dlevi@cs.example.ac.il (Dana Levi)\nNewsgroups: il.talk\n"
        "Subject: Seminar moved\nDate: Mon, 26 Apr 1993 09:00:00 IDT\n\n"
        "The seminar moves to room 204.\n"
    )
    article = _parse(text)
    assert article.date is not None
    assert article.date.isoformat() == "1993-04-26T09:00:00+03:00"


def test_netnews_feed_story_indents_its_paragraphs_with_no_blank_line() -> None:
    # ClariNet's copy: each paragraph's first line indented by a tab, the rest wrapped
    # to the margin, no blank line between paragraphs.
    text = (
        "From: clarinews@clarinet.example (UPI)\nNewsgroups: clari.news.disaster\n"
        "Subject: Flooding closes highway\nDate: Sat, 6 Feb 93 3:18:40 PST\n\n"
        "\tCOLDWATER, Ore. (UPI) -- Rising water closed a highway\n"
        "Friday, state police said.\n"
        "\tNo injuries were reported.  The river would crest\n"
        "Saturday.\n"
    )
    article = _parse(text)
    assert article.paragraphs == (
        "COLDWATER, Ore. (UPI) -- Rising water closed a highway\nFriday, state police said.",
        "No injuries were reported.  The river would crest\nSaturday.",
    )
    assert article.dateline == "COLDWATER, Ore."


def test_netnews_feed_story_one_line_paragraphs_under_an_indented_one() -> None:
    # Once a paragraph has opened by its indent, one-line paragraphs each open one too.
    text = (
        "From: clarinews@clarinet.example (AP)\nNewsgroups: clari.news.disaster\n"
        "Subject: Levee gives way\nDate: Thu, 15 Apr 93 08:00:00 EST\n\n"
        "\tHOLLIS BEND, Neb. (AP) -- A levee gave way early Thursday,\n"
        "flooding two farm towns.\n"
        "\tAbout 600 residents left their homes.\n"
        "\tNo injuries were reported.\n"
        "\t\t\t\t\tSam R.\n"
    )
    article = _parse(text)
    assert article.paragraphs == (
        "HOLLIS BEND, Neb. (AP) -- A levee gave way early Thursday,\nflooding two farm towns.",
        "About 600 residents left their homes.",
        "No injuries were reported.\n\t\t\t\t\tSam R.",
    )


def test_netnews_lines_indented_throughout_stay_one_paragraph() -> None:
    # No paragraph opened by its indent first: a block indented line by line stays one.
    text = (
        "From: Sam Roe <sam@roe.example>\nNewsgroups: rec.arts.poems\nSubject: Rain\n"
        "Date: Sat, 6 Feb 93 3:18:40 PST\n\n\tRain on the roof.\n\tRain on the road.\n"
    )
    assert len(_parse(text).paragraphs) == 1


_FEED_HEAD = (
    "From: clarinews@clarinet.example (UPI)\nNewsgroups: clari.local.iowa\n"
    "Subject: Bridge opens\nDate: Wed, 14 Apr 93 09:00:00 CST\n\n"
    "\tMILLBROOK, Iowa (UPI) -- The new bridge opened Tuesday over\n"
    "the Cedar River.\n"
)


@pytest.mark.parametrize(
    "shown",
    [
        # A poem after ``reads:``.
        (
            "\tThe poem, in full, reads:\n\tThe river keeps no ledger.\n"
            "\tIt carries what we lose.\n\tWe cross because we choose."
        ),
        # An address whose line ends with an abbreviation.
        (
            "\tGifts may be sent to this address:\n\tBridge Fund\n\t120 Main St.\n"
            "\tMillbrook, Iowa 52000"
        ),
        # Quoted lines.
        "\tThe plaque reads:\n\t> Built by the people of Millbrook.\n\t> Opened in 1993.",
        # A table whose rows end with numbers and abbreviations.
        "\tTolls per crossing will be:\n\tCars     1.00 up 1.\n\tTrucks   3.50 unch.",
        # A signature.
        (
            "\tQuestions are welcome.\n\t-- Hal Brunner, Dept. of Roads.\n"
            "\tCounty of Millbrook.\n\tMillbrook, Iowa."
        ),
    ],
)
def test_netnews_feed_story_keeps_a_shown_block_together(shown: str) -> None:
    # Once paragraphs are set by indent, lines a line shows (``reads:``, a signature)
    # are no one-line paragraphs: they stay together with the line showing them.
    text = _FEED_HEAD + shown + "\n"
    article = _parse(text)
    assert article.paragraphs[1:] == (shown.removeprefix("\t"),)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Quoted lines open no paragraph, nor do lines under them.
        (
            "\tThe plaque says it all.\n\t> Built by the people.\n\t> Opened in 1993.",
            ("The plaque says it all.\n\t> Built by the people.\n\t> Opened in 1993.",),
        ),
        # A stop after a title or an initial ends no sentence.
        (
            "\tThe ribbon was cut by Mr.\n\tJo Roe.\n\tThere were no speeches.",
            ("The ribbon was cut by Mr.\n\tJo Roe.", "There were no speeches."),
        ),
    ],
)
def test_netnews_one_line_paragraphs_must_read_as_prose(
    lines: str, expected: tuple[str, ...]
) -> None:
    article = _parse(_FEED_HEAD + lines + "\n")
    assert article.paragraphs[1:] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A quote shown under ``said:`` ends the hold: the story's lines split again.
        (
            (
                '\tThe mayor said:\n\t"This crossing is ours."\n\tThe ferry will stop in May.\n'
                "\tFares were cut last year."
            ),
            (
                'The mayor said:\n\t"This crossing is ours."',
                "The ferry will stop in May.",
                "Fares were cut last year.",
            ),
        ),
        # So does a list's end.
        (
            (
                "\tThe bill would:\n\t-- Raise tolls.\n\t-- Close the ferry.\n"
                "\tThe mayor backs it.\n\tA vote is due in May."
            ),
            (
                "The bill would:\n\t-- Raise tolls.\n\t-- Close the ferry.",
                "The mayor backs it.",
                "A vote is due in May.",
            ),
        ),
        # Lines opening with a sum, a digit or a bracket, and typewriter spacing.
        (
            (
                "\tThe state paid most.\n\t$2 million came from Washington.\n"
                "\t(The county paid the rest.)\n\tThe vote was 5-4.   Two were absent.\n"
                "\t40 people came."
            ),
            (
                "The state paid most.",
                "$2 million came from Washington.",
                "(The county paid the rest.)",
                "The vote was 5-4.   Two were absent.",
                "40 people came.",
            ),
        ),
        # An address's word or an initial ends a one-line paragraph over another.
        (
            (
                "\tThe fire began at 12 Elm St.\n\tNo one was hurt.\n"
                "\tThe span had a grade of C.\n\tIt reopens in June."
            ),
            (
                "The fire began at 12 Elm St.",
                "No one was hurt.",
                "The span had a grade of C.",
                "It reopens in June.",
            ),
        ),
    ],
)
def test_netnews_one_line_paragraphs_after_a_quote_a_list_or_an_abbreviation(
    lines: str, expected: tuple[str, ...]
) -> None:
    text = _FEED_HEAD + lines + "\n"
    article = _parse(text)
    check_article(text, article)
    assert article.paragraphs[1:] == expected


def test_netnews_a_wrapped_paragraph_after_a_shown_block_opens_one() -> None:
    text = (
        _FEED_HEAD + "\tThe poem reads:\n\tThe river keeps no ledger.\n"
        "\tIt carries what we lose.\n"
        "\tThe poet laureate, who lives in Millbrook, read it to a crowd\n"
        "of about 300.\n"
        "\tThere were no speeches.\n"
    )
    assert _parse(text).paragraphs[1:] == (
        "The poem reads:\n\tThe river keeps no ledger.\n\tIt carries what we lose.",
        "The poet laureate, who lives in Millbrook, read it to a crowd\nof about 300.",
        "There were no speeches.",
    )


@pytest.mark.parametrize("indent", ["\t", "   "])
def test_netnews_feed_story_paragraphs_of_one_line_each_stand_apart(indent: str) -> None:
    # A paragraph of one indented line under another: the story's lead wraps to the
    # margin, so the block is set with indented paragraphs, not indented throughout.
    text = (
        "From: clarinews@clarinet.example (Reuters)\nNewsgroups: clari.biz.market\n"
        "Subject: Harbor City stocks close higher\nDate: Tue, 11 Jan 94 02:31:00 EST\n\n"
        f"{indent}HARBOR CITY (Reuter) - Stocks closed higher on Tuesday as\n"
        "exporters gained on a weaker currency.\n"
        f"{indent}The index rose 212.40 points.\n"
        f"{indent}Dealers said foreign investors were net buyers.\n"
        f"{indent}``It was a good day,'' one said.\n"
    )
    article = _parse(text)
    assert article.paragraphs == (
        (
            "HARBOR CITY (Reuter) - Stocks closed higher on Tuesday as\n"
            "exporters gained on a weaker currency."
        ),
        "The index rose 212.40 points.",
        "Dealers said foreign investors were net buyers.",
        "``It was a good day,'' one said.",
    )
    check_article(text, article)


@pytest.mark.parametrize(
    "block",
    [
        # Indented throughout: code.
        "\tif (x) {\n\t\ty = 1;\n\t}\n",
        # Indented throughout, each line a sentence: a poem stays one paragraph.
        "    The tide comes in.\n    The gulls go out.\n    The harbour sleeps.\n",
        # Lines over a wrapped one, none ending a sentence: an address.
        "\tSam Roe\n\tKelso Systems\n\t12 Harbour Road, Kelso,\nScotland\n",
        # Not opening indented: a paragraph over an indented quotation.
        "He wrote:\nthe manual says.\n    Press the red key.\n",
        # The line over the indented one ends no sentence: a hanging indent.
        "  Item one, which runs on\nto a second line and\n  more text.\n",
    ],
)
def test_netnews_indented_lines_that_open_no_paragraph(block: str) -> None:
    text = (
        "From: Sam Roe <sam@roe.example>\nNewsgroups: comp.lang.c\nSubject: Braces\n"
        f"Date: Sat, 6 Feb 93 3:18:40 PST\n\n{block}"
    )
    article = _parse(text)
    assert len(article.paragraphs) == 1


def test_netnews_sign_off_set_far_right_under_an_indented_paragraph_stays_in_it() -> None:
    text = (
        "From: fd@athos.example (Frank D)\nNewsgroups: soc.religion.misc\nSubject: Names\n"
        "Date: 10 Apr 93 09:31:31 GMT\n\n"
        "\tMakes you wonder what the word means\nin the end.\n\t\t\t\t\tFrank D.\n"
    )
    assert len(_parse(text).paragraphs) == 1


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        # A mail passing a story on pastes its headline over the dateline's paragraph.
        ("Central bank of Veltria holds rate at 4.75 pct", "VELTRIA CITY"),
        # A sentence over it is the writer's, not the story's title: nothing is read.
        ("Thought you would want to see this one.", None),
    ],
)
def test_netnews_mail_with_a_wire_story_under_its_title(first: str, dateline: str | None) -> None:
    text = (
        "From: Markets Brief <brief@ledger.example>\nSubject: Veltria holds rate\n"
        "Date: Thu, 14 Sep 2023 18:05:00 +0100\nMIME-Version: 1.0\n\n"
        f"{first}\n\n"
        "VELTRIA CITY, Sept 14 (Reuters) - The Central Bank of Veltria kept its rate.\n\n"
        "Economists had expected no change.\n"
    )
    article = _parse(text)
    assert article.dateline == dateline
    assert article.paragraphs[0] == first
    if dateline is not None:
        assert article.attribution is not None
        assert article.attribution.sources == ("Reuters",)


@pytest.mark.parametrize(
    ("sender", "authors", "address"),
    [
        # RFC 5322's mailbox-list: two senders, each a writer.
        (
            "Ada Kerrow <ak@thorn.example>, Basil Ngata <bn@thorn.example>",
            ("Ada Kerrow", "Basil Ngata"),
            "ak@thorn.example, bn@thorn.example",
        ),
        (
            'ak@thorn.example (Ada Kerrow), "Ngata, Basil" <bn@thorn.example>',
            ("Ada Kerrow", "Ngata, Basil"),
            "ak@thorn.example, bn@thorn.example",
        ),
        # A comma in a name left unquoted: one sender.
        ("Kerrow, Ada <ak@thorn.example>", ("Kerrow, Ada",), "ak@thorn.example"),
    ],
)
def test_netnews_from_listing_several_mailboxes(
    sender: str, authors: tuple[str, ...], address: str
) -> None:
    text = (
        f"From: {sender}\nNewsgroups: sci.archaeology\nSubject: Barrow report\n"
        "Date: Mon, 14 Sep 1998 10:00:00 +0100\nOrganization: Thorn Trust\n\nA cist was found.\n"
    )
    article = _parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.organization == "Thorn Trust"
    assert article.metadata["from_address"] == address


@pytest.mark.parametrize(
    ("subject", "sender", "decoded_subject", "decoded_from", "author"),
    [
        (
            "=?utf-8?Q?Esc=C3=A1ner?= driver question",
            "=?utf-8?Q?Jos=C3=A9_Mart=C3=ADn?= <jm@example.org>",
            "Escáner driver question",
            "José Martín <jm@example.org>",
            "José Martín",
        ),
        (
            "=?UTF-8?B?Q2Fmw6k=?= =?iso-8859-1?q?_cr=E8me?=",
            "jm@example.org (=?ISO-8859-1?Q?Ren=E9e_Dupr=E9?=)",
            "Café crème",
            "jm@example.org (Renée Dupré)",
            "Renée Dupré",
        ),
        (
            "=?utf-8?q?Caf=C3=A9s_near_the?= =?utf-8?q?_harbour?=",
            '"=?utf-8?q?Zo=C3=AB?= Park" <zoe@example.com>',
            "Cafés near the harbour",
            '"Zoë Park" <zoe@example.com>',
            "Zoë Park",
        ),
    ],
)
def test_netnews_encoded_words_are_decoded_in_the_fields(
    subject: str, sender: str, decoded_subject: str, decoded_from: str, author: str
) -> None:
    text = (
        f"From: {sender}\nNewsgroups: rec.food\nSubject: {subject}\n"
        "Date: Tue, 14 Mar 1995 10:22:31 +0100\n\nThe recipe needs more butter.\n"
    )
    article = _parse(text)
    check_article(text, article)
    # The headline and the authors read decoded; their spans keep the header as written.
    assert article.headline == decoded_subject
    assert article.spans["headline"][0].of(text) == subject
    assert article.byline is not None
    assert article.byline.authors == (author,)
    assert article.byline.text == sender
    assert article.metadata["subject_decoded"] == decoded_subject
    assert article.metadata["from_decoded"] == decoded_from
    assert [n.code for n in article.notes].count("header.encoded-words") == 2


@pytest.mark.parametrize(
    "subject",
    [
        "Tea at 3=?",  # no encoded word
        "=?x-unknown-charset?Q?abc?= question",  # a charset Python does not know
        "=?utf-8?B?!!!?= question",  # data that do not decode
    ],
)
def test_netnews_subject_without_readable_encoded_words_has_no_decoded_text(subject: str) -> None:
    text = (
        f"From: jm@example.org (Jo Mart)\nNewsgroups: rec.food\nSubject: {subject}\n"
        "Date: Tue, 14 Mar 1995 10:22:31 +0100\n\nThe recipe needs more butter.\n"
    )
    article = _parse(text)
    assert article.headline == subject
    assert "subject_decoded" not in article.metadata


@pytest.mark.parametrize(
    ("subject", "decoded"),
    [
        # An unreadable word after a readable one stays as written, the space before
        # it too: only the space between two words decoded is no part of the text.
        ("=?utf-8?Q?Jos=C3=A9?= =?x-unknown-charset?Q?Ruiz?=", "José =?x-unknown-charset?Q?Ruiz?="),
        ("=?utf-8?Q?Caf=C3=A9?= =?utf-8?B?!!!?= menu", "Café =?utf-8?B?!!!?= menu"),
        ("=?utf-8?Q?Caf=C3=A9?= =?utf-8?Q?_cr=C3=A8me?=", "Café crème"),
    ],
)
def test_netnews_an_unreadable_encoded_word_keeps_the_space_before_it(
    subject: str, decoded: str
) -> None:
    text = (
        f"From: jm@example.org (Jo Mart)\nNewsgroups: rec.food\nSubject: {subject}\n"
        "Date: Tue, 14 Mar 1995 10:22:31 +0100\n\nThe recipe needs more butter.\n"
    )
    article = _parse(text)
    assert article.headline == decoded
    assert article.metadata["subject_decoded"] == decoded


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        ("Markets and Finance\nOil Prices\nDow Jones Newswires", None),
        ("Arts and Entertainment\nTaylor Swift\nAssociated Press", "Taylor Swift"),
        ("News in Brief\nHarbour Works\nReuters", "Harbour Works"),
        ("Letters to the Editor\nFerry Plans\nStaff Writer", None),
    ],
)
def test_factiva_free_text_title_case_headline_under_a_section_names_no_one(
    head: str, headline: str | None
) -> None:
    # Names with no ``By`` go on over an agency's or a role's line only under a headline
    # in sentence case: a section's line keeps only its small words in lower case.
    text = (
        head + "\n80 words\n1 June 2020\nThe Corner Press\nEnglish\n(c) 2020 Corner Press\n"
        "The kiosk shuts.\nDocument CRNPRS0020200601eg610000a\n"
    )
    article = _parse(text)
    assert article.byline is None or article.byline.authors == ()
    if headline is not None:
        assert article.headline == headline
