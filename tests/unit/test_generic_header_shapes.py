"""Header shapes of Indian sister sites that the generic layout reads (invented text).

Pages of the Economic Times, NDTV and Hindi sites that score too little for ``mint``
fall to ``generic``: their standfirst, date and reading time must still be read.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.model import Credit
from tests.laws import check_article

_IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

_BODY = (
    "Tollgate queues on the Sarvan expressway grew to four kilometres on Friday, the "
    "highway authority said.\n"
    "Officials said new card readers would be fitted at all twelve booths by March.\n"
)


def _parse(text: str) -> newsparse.Article:
    article = newsparse.parse(text, format="generic")
    check_article(text, article)
    return article


def test_a_label_over_the_standfirst_marks_it() -> None:
    # The Economic Times: ``Synopsis`` over the standfirst, the date line under it.
    text = (
        "Expressway toll queues grow as card readers fail\nSynopsis\n"
        "Drivers waited up to forty minutes at the Kelvad plaza.\n"
        "Last Updated: Feb 09, 2024, 06:41:00 PM IST\n" + _BODY
    )
    article = _parse(text)
    assert article.summary == "Drivers waited up to forty minutes at the Kelvad plaza."
    assert article.date == dt.datetime(2024, 2, 9, 18, 41, tzinfo=_IST)
    assert article.paragraphs[0].startswith("Tollgate queues")
    rules = dict(zip(article.rules["furniture"], article.spans["furniture"], strict=True))
    assert rules["generic.standfirst-label"].of(text) == "Synopsis"


@pytest.mark.parametrize("edited", ["Edited by: Mira Vaswani", "Edited by Mira Vaswani"])
def test_an_editors_line_between_the_standfirst_and_the_date(edited: str) -> None:
    # NDTV: standfirst, ``Edited by``, the date line, the reading time, Google's button.
    text = (
        "Expressway toll queues grow as card readers fail\n"
        "Drivers waited up to forty minutes at the Kelvad plaza.\n"
        f"{edited}\nUpdated: February 9, 2024 6:41 pm IST\nRead Time: 2 mins\n"
        "Add as a preferred source on Google\n" + _BODY
    )
    article = _parse(text)
    assert article.summary == "Drivers waited up to forty minutes at the Kelvad plaza."
    assert article.date == dt.datetime(2024, 2, 9, 18, 41, tzinfo=_IST)
    assert article.reading_time == 2
    assert article.attribution is not None
    assert article.attribution.credits == (Credit(role="editing", names=("Mira Vaswani",)),)
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("Tollgate queues")


def test_a_hindi_standfirst_over_a_name_and_the_date_line() -> None:
    # A standfirst ends with the danda; a name in a script with no capitals stands over
    # the date line.
    text = (
        "एक्सप्रेसवे पर टोल की कतारें बढ़ीं\n"
        "केलवाड प्लाज़ा पर चालकों को चालीस मिनट तक इंतज़ार करना पड़ा।\n"
        "मीरा वासवानी\nUpdated: 09 Feb 2024, 06:41 PM IST\n"
        "सरवन एक्सप्रेसवे पर शुक्रवार को टोल की कतारें चार किलोमीटर तक पहुंच गईं।\n"
        "अधिकारियों ने कहा कि मार्च तक सभी बूथों पर नए कार्ड रीडर लगेंगे।\n"
    )
    article = _parse(text)
    assert article.summary == "केलवाड प्लाज़ा पर चालकों को चालीस मिनट तक इंतज़ार करना पड़ा।"
    assert article.date == dt.datetime(2024, 2, 9, 18, 41, tzinfo=_IST)
    assert article.byline is not None
    assert article.byline.authors == ("मीरा वासवानी",)
    assert len(article.paragraphs) == 2


def test_a_name_in_a_script_with_no_capitals_needs_the_date_line_beside_it() -> None:
    # Two words of Devanagari under the headline with no date line under them are the
    # story's first paragraph, not a byline.
    text = "एक्सप्रेसवे पर टोल की कतारें\nटोल बढ़ा\nसरवन एक्सप्रेसवे पर कतारें बढ़ीं।\n"
    article = _parse(text)
    assert article.byline is None
    assert article.paragraphs[0] == "टोल बढ़ा"


def test_a_sentence_over_an_unknown_line_is_no_standfirst() -> None:
    # Without a byline or a date under it, a closed sentence under the headline is the
    # story's first paragraph, whatever line follows.
    text = (
        "Expressway toll queues grow as card readers fail\n"
        "Drivers waited up to forty minutes at the Kelvad plaza.\n"
        "Edited by: Mira Vaswani\n" + _BODY
    )
    article = _parse(text)
    assert article.summary is None
    assert article.paragraphs[0] == "Drivers waited up to forty minutes at the Kelvad plaza."
