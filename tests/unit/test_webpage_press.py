"""Press-release pages and leads that open with their place and date (invented texts)."""

from __future__ import annotations

import pytest

import newsparse
from tests.laws import check_article

_CHROME = "Home\nCompany\nProducts\nNewsroom\nCareers\nContact\n"


def _page(title: str, h1: str, lead: str, rest: str) -> str:
    return f"{title}\n{_CHROME}{h1}\n{lead}\n{rest}\nPrivacy policy\nImprint\n"


@pytest.mark.parametrize(
    ("lead", "place", "day"),
    [
        (
            (
                "Bremen, 7. Oktober 2025 \u2013 Die Kranwerk GmbH liefert ab sofort "
                "Hafenkräne mit elektrischem Antrieb an drei Terminals."
            ),
            "Bremen",
            "2025-10-07",
        ),
        (
            (
                "Sevilla, 19 de junio de 2025.- La cooperativa Olivar Sur ha abierto una "
                "nueva almazara en la provincia de Jaén."
            ),
            "Sevilla",
            "2025-06-19",
        ),
        (
            (
                "Lyon, le 2 septembre 2025 \u2013 La société Textura annonce le rachat "
                "d'un atelier de tissage dans la Loire."
            ),
            "Lyon",
            "2025-09-02",
        ),
        (
            (
                "Kraków, 15 lipca 2025 r. \u2013 Spółka Wisła Dane otwiera w Krakowie nowe "
                "centrum danych, w którym do końca roku znajdzie pracę sześćdziesiąt osób."
            ),
            "Kraków",
            "2025-07-15",
        ),
        (
            (
                "PORTLAND, Maine, May 6, 2025 \u2014 Cedar Harbor Foods today announced a "
                "new bakery in the Old Port district."
            ),
            "PORTLAND, Maine",
            "2025-05-06",
        ),
    ],
)
def test_a_lead_with_its_place_and_date_gives_both(lead: str, place: str, day: str) -> None:
    rest = (
        "The plant will employ 80 people when it opens next spring, the company said.\n"
        "Work on the second hall is planned for the year after that, it added."
    )
    text = _page(
        "Example Group opens a new plant | Example Group",
        "Example Group opens a new plant",
        lead,
        rest,
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.headline == "Example Group opens a new plant"
    assert a.date is not None
    assert a.date.date().isoformat() == day
    assert a.date_precision == "day"
    assert a.dateline == place
    # The lead keeps its place and date.
    assert a.paragraphs[0] == lead


def test_a_date_line_over_the_lead_wins_over_its_date() -> None:
    lead = (
        "Bremen, 7. Oktober 2025 \u2013 Die Kranwerk GmbH liefert ab sofort Hafenkräne "
        "mit elektrischem Antrieb an drei Terminals."
    )
    text = _page(
        "Kranwerk liefert neue Kräne | Kranwerk",
        "Kranwerk liefert neue Kräne",
        "8. Oktober 2025\n" + lead,
        "Der Auftrag umfasst zwölf Kräne und läuft über drei Jahre, teilte die Firma mit.",
    )
    a = newsparse.parse(text)
    assert a.date is not None
    assert a.date.date().isoformat() == "2025-10-08"
    assert a.dateline == "Bremen"


def _assert_no_lead_date(lead: str) -> None:
    """A press page whose lead is ``lead`` gets no date and no dateline from it."""
    rest = "The plant will employ 80 people when it opens next spring, the company said."
    text = _page(
        "Example Group opens a new plant | Example Group",
        "Example Group opens a new plant",
        lead,
        rest,
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date is None
    assert a.dateline is None


@pytest.mark.parametrize(
    "lead",
    [
        # A name and an age, no date.
        (
            "Jordan Reyes, 45, said the harbour crane had stood idle for a week before it "
            "was repaired."
        ),
        # A date with no year.
        (
            "Bremen, 7. Oktober \u2013 Die Kranwerk GmbH liefert ab sofort Hafenkräne mit "
            "elektrischem Antrieb an drei Terminals."
        ),
        # A date, then no dash: prose.
        (
            "Portland, May 6, 2025 was the day the bakery in the Old Port district finally "
            "opened its doors."
        ),
    ],
)
def test_a_lead_without_place_date_and_dash_gives_no_date(lead: str) -> None:
    _assert_no_lead_date(lead)


def test_a_weekday_before_the_date_is_no_place() -> None:
    lead = (
        "Tuesday, May 6, 2025 \u2014 Cedar Harbor Foods today announced a new bakery in "
        "the Old Port district of the city."
    )
    rest = "The bakery will employ 40 people when it opens in June, the company said."
    text = _page(
        "Cedar Harbor opens a bakery | Cedar Harbor", "Cedar Harbor opens a bakery", lead, rest
    )
    a = newsparse.parse(text)
    assert a.dateline is None


_STORY = (
    (
        "{company} opened a new depot on the edge of town on Monday, its first in the "
        "region, and will hire forty drivers this year."
    ),
    "The depot cost twelve million and took a year to build, the company said.",
    "Work on a second depot is planned for next spring.",
)


_STORIES = {
    "de": (
        (
            "Die Kessler Logistik GmbH hat am Montag am Stadtrand ein neues Lager eröffnet, "
            "ihr erstes in der Region, und will in diesem Jahr vierzig Fahrer einstellen."
        ),
        (
            "Das Lager hat zwölf Millionen Euro gekostet und wurde in einem Jahr gebaut, "
            "teilte das Unternehmen mit."
        ),
        "Ein zweites Lager ist für das kommende Frühjahr geplant.",
    ),
    "es": (
        (
            "Transportes del Ebro abrió el lunes un nuevo almacén en las afueras de la "
            "ciudad, el primero en la región, y contratará a cuarenta conductores este año."
        ),
        "El almacén costó doce millones de euros y se construyó en un año, según la empresa.",
        "La empresa prevé abrir un segundo almacén la próxima primavera.",
    ),
    "id": (
        (
            "Angkasa Kargo membuka gudang baru di pinggiran kota pada hari Senin, yang "
            "pertama di wilayah itu, dan akan merekrut empat puluh pengemudi tahun ini."
        ),
        (
            "Gudang itu dibangun dalam satu tahun dengan biaya dua belas miliar rupiah, "
            "kata perusahaan."
        ),
        "Perusahaan juga berencana membuka gudang kedua pada tahun depan.",
    ),
}


@pytest.mark.parametrize(
    ("label", "heading", "story", "boilerplate", "contact"),
    [
        (
            "Press release",
            "About Marlow Freight",
            tuple(line.format(company="Marlow Freight") for line in _STORY),
            (
                "Founded in 1998, Marlow Freight runs lorries between the ports of the "
                "north and employs 900 people."
            ),
            "Media contact",
        ),
        (
            "Pressemitteilung",
            "Über die Kessler Logistik GmbH",
            _STORIES["de"],
            (
                "Die Kessler Logistik GmbH betreibt zwölf Lager in Norddeutschland und "
                "beschäftigt 900 Mitarbeiter."
            ),
            "Pressekontakt",
        ),
        (
            "Nota de prensa",
            "Sobre Transportes del Ebro",
            _STORIES["es"],
            (
                "Transportes del Ebro opera desde 1998 una flota de camiones entre los "
                "puertos del norte y emplea a 900 personas."
            ),
            "Contacto de prensa:",
        ),
        (
            "Siaran Pers",
            "Tentang Angkasa Kargo",
            _STORIES["id"],
            (
                "Angkasa Kargo adalah perusahaan logistik yang melayani pengiriman barang "
                "ke seluruh Indonesia sejak tahun 1998 dengan lebih dari 900 karyawan."
            ),
            "Kontak Media:",
        ),
    ],
)
def test_a_press_release_s_box_about_the_company_leaves_the_body(
    label: str, heading: str, story: tuple[str, ...], boilerplate: str, contact: str
) -> None:
    title = "Neues Lager" if label == "Pressemitteilung" else "A new depot"
    text = (
        f"{title} | Newsroom\n{_CHROME}{label}\n{title}\n"
        + "\n".join(story)
        + f"\n{heading}\n{boilerplate}\n{contact}\nJo Roe\npress@example.com\nPrivacy policy\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == story
    assert "furniture.company-box" in a.rules["furniture"]


def test_about_over_the_rest_of_a_press_release_is_its_section() -> None:
    # Prose goes on under the box: a section of the story, not the boilerplate.
    story = [line.format(company="Marlow Freight") for line in _STORY]
    section = [
        "About Marlow Freight",
        "Marlow Freight was founded by two brothers who drove the first lorry themselves.",
        "Today the firm runs two hundred lorries and plans to buy electric ones next year.",
        "The brothers still own most of the shares, the company said.",
        "A new office in the port will open in the autumn, it added.",
    ]
    text = (
        "Marlow Freight opens a depot | Marlow Freight\n"
        f"{_CHROME}Press release\nMarlow Freight opens a depot\n"
        + "\n".join(story + section)
        + "\nMedia contact\npress@example.com\nPrivacy policy\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == section[-1]
    assert section[0] in a.paragraphs


def test_about_a_subject_on_a_news_page_stays_in_the_story() -> None:
    # No press release's label nor its contacts: the heading is the story's.
    story = [line.format(company="Marlow Freight") for line in _STORY]
    section = [
        "About Marlow Freight",
        "Founded in 1998, Marlow Freight runs lorries between the ports of the north.",
    ]
    text = (
        "Marlow Freight opens a depot | Valley Herald\n"
        f"{_CHROME}Marlow Freight opens a depot\n"
        + "\n".join(story + section)
        + "\nShare\nPrivacy policy\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[-1] == section[-1]


_RELEASE = (
    (
        "Ferrovie Nord opened a new line between two valley towns on Monday, the first "
        "in the region for forty years."
    ),
    "The line cost ninety million and took three years to build, the company said.",
)


@pytest.mark.parametrize(
    "title",
    [
        # The page's title is the release's label, or the label before the headline.
        "Comunicato stampa | Ferrovie Nord",
        "Press release | Ferrovie Nord",
        "Persbericht: Ferrovie Nord opens a valley line | Ferrovie Nord",
        "Press release: Ferrovie Nord opens a valley line",
    ],
)
def test_a_press_release_s_label_in_the_title_is_no_headline(title: str) -> None:
    h1 = "Ferrovie Nord opens a valley line"
    text = f"{title}\n{_CHROME}News\n{h1}\n" + "\n".join(_RELEASE) + "\nPrivacy policy\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == h1
    assert a.paragraphs == _RELEASE


@pytest.mark.parametrize(
    "lead",
    [
        # An editor's note over the story, with a colon or a dash.
        (
            "Correction, March 5, 2025: An earlier version of this article misstated the "
            "number of cranes at the terminal."
        ),
        "Update, Jan. 12, 2025 \u2014 This story has been updated with comment from the mayor.",
        # A life's span under a name, as an obituary opens.
        (
            "Margaret Ellis, 14 June 1938 \u2013 2 February 2025: teacher, councillor and the "
            "first woman to chair the town's bench."
        ),
        # A quotation under its speaker and its day.
        (
            "Ada Lind, 4 June 2025: \u201cWe shall keep the harbour open, whatever the "
            "weather.\u201d"
        ),
        # A section's label where a place would stand, and AP's UNDATED.
        "Obituary, June 3, 2025 \u2014 Tomas Berg, who ran the ferry for forty years, died.",
        (
            "ANALYSIS, June 3, 2025 - The council's budget leaves three questions open, and "
            "the first is who will pay for the new bridge."
        ),
        (
            "Kommentar, 3. Juni 2025 \u2013 Der Rat hat zu lange gewartet, und nun zahlen "
            "die Bürger den Preis für sein Zögern."
        ),
        (
            "UNDATED, June 3, 2025 \u2014 Storms swept across the plains on Tuesday night, "
            "flattening barns and cutting power to thousands of homes."
        ),
    ],
)
def test_a_note_a_lifes_span_or_a_quotation_opening_the_lead_is_no_dateline(lead: str) -> None:
    _assert_no_lead_date(lead)


def test_a_signed_storys_lead_on_a_scene_of_the_past_gives_no_date() -> None:
    # No date line: a signed feature whose lead opens on a day decades ago.
    lead = (
        "Berlin, 9. November 1989 \u2013 Als am Abend die ersten Trabis über die "
        "Bornholmer Straße rollen, weiß noch niemand, dass die Mauer fällt."
    )
    rest = "Tausende Menschen strömten daraufhin zu den Grenzübergängen, heißt es."
    text = _page(
        "Die Nacht, in der die Mauer fiel | Kurier",
        "Die Nacht, in der die Mauer fiel",
        "Von Petra Lindner\n" + lead,
        rest,
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.date is None
    assert a.dateline is None


def test_a_leads_date_far_from_the_pages_gives_no_dateline() -> None:
    lead = (
        "Dallas, November 22, 1963 \u2013 The motorcade turned onto Houston Street a few "
        "minutes before 12:30, and the crowds were thinner there."
    )
    rest = "Volunteers have now interviewed more than 200 witnesses, the museum said."
    text = _page(
        "The last witnesses | Ledger", "The last witnesses", "Nov. 20, 2023\n" + lead, rest
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date is not None
    assert a.date.date().isoformat() == "2023-11-20"
    assert a.dateline is None
