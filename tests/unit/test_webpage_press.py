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
