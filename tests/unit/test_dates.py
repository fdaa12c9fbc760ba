from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _regex, vocab
from newsparse._text import split_lines
from newsparse.extract import dates
from newsparse.extract.dates import find_dates, parse_date, resolve_zone
from newsparse.model import ParseOptions
from newsparse.vocab import MONTHS, WEEKDAYS
from tests.conftest import GOLDEN, SEEDS
from tests.laws import check_article

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
EDT = dt.timezone(dt.timedelta(hours=-4))
UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("14 Aug 2023, 06:50 AM IST", "2023-08-14T06:50:00+05:30", "minute"),
        ("Aug 14, 2023 06:50 IST", "2023-08-14T06:50:00+05:30", "minute"),
        ("August 14, 2023 at 6:50 a.m. EDT", "2023-08-14T06:50:00-04:00", "minute"),
        ("Mon 14 Aug 2023 06.50 BST", "2023-08-14T06:50:00+01:00", "minute"),
        ("2023-08-14T06:50:00Z", "2023-08-14T06:50:00+00:00", "second"),
        ("2023-08-14 06:50:00+05:30", "2023-08-14T06:50:00+05:30", "second"),
        ("14/08/2023", "2023-08-14T00:00:00", "day"),
        ("Mon, 05 Apr 93 18:01:16 GMT", "1993-04-05T18:01:16+00:00", "second"),
        ("Tue, 6 Apr 1993 14:02:03 -0400", "1993-04-06T14:02:03-04:00", "second"),
        ("Tue, 6 Apr 1993 14:02:03 MET", "1993-04-06T14:02:03+01:00", "second"),
        ("Tue, 6 Apr 1993 14:02:03 MET DST", "1993-04-06T14:02:03+02:00", "second"),
        ("Wed, 28 Apr 1993 14:40:12 METDST", "1993-04-28T14:40:12+02:00", "second"),
        ("Tue, 6 Apr 93 14:02:03 MEST", "1993-04-06T14:02:03+02:00", "second"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01", "second"),
        ("Fri Oct 20, 2006 6:15pm EDT", "2006-10-20T18:15:00-04:00", "minute"),
        ("Last Updated: Aug 14, 2023, 06:50:00 AM IST", "2023-08-14T06:50:00+05:30", "second"),
        ("January 11, 2010 Monday", "2010-01-11T00:00:00", "day"),
        ("29 décembre 2011", "2011-12-29T00:00:00", "day"),
        ("17 settembre 2019", "2019-09-17T00:00:00", "day"),
        ("4 maart 2021", "2021-03-04T00:00:00", "day"),
        ("22 outubro 2018", "2018-10-22T00:00:00", "day"),
        ("9 mei 2016", "2016-05-09T00:00:00", "day"),
        ("3 de junio de 2020", "2020-06-03T00:00:00", "day"),
        ("11 de dezembro de 2017", "2017-12-11T00:00:00", "day"),
        ("12:30 PM? no: 1 May 2020 12:30 PM", "2020-05-01T12:30:00", "minute"),
        ("1 May 2020 12:05 AM", "2020-05-01T00:05:00", "minute"),
        ("1 May 2020 6 pm", "2020-05-01T18:00:00", "hour"),
        ("Mon, 14 Aug 2023 06:50 GMT+05:30", "2023-08-14T06:50:00+05:30", "minute"),
        ("2023-08-14T06:50:00.123456789Z", "2023-08-14T06:50:00+00:00", "second"),
    ],
)
def test_common_forms(text: str, iso: str, precision: str) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.precision == precision
    assert found.span.end <= len(text)


def test_span_is_exactly_the_date() -> None:
    text = "Updated on Aug 14, 2023 06:50 AM IST by the desk"
    found = next(find_dates(text))
    assert found.span.of(text) == "Aug 14, 2023 06:50 AM IST"


def test_no_zone_stays_naive_and_unknown_zone_is_left_out() -> None:
    assert next(find_dates("14 Aug 2023 06:50")).value.tzinfo is None
    text = "14 Aug 2023 06:50 XYZ"
    found = next(find_dates(text))
    assert found.value.tzinfo is None
    assert found.span.of(text) == "14 Aug 2023 06:50"


def test_day_first_and_month_first() -> None:
    assert next(find_dates("01/02/2023")).value.month == 2
    assert next(find_dates("01/02/2023", dayfirst=False)).value.month == 1
    assert next(find_dates("13/02/2023", dayfirst=False)).value.day == 13


def test_impossible_dates_are_skipped() -> None:
    assert list(find_dates("31 Feb 2023 and 30/02/2023")) == []


@pytest.mark.parametrize("text", ["14 August 2567", "March 3, 2890", "2567-08-14", "9 May 1201"])
def test_implausible_years_are_skipped(text: str) -> None:
    assert list(find_dates(text)) == []


def test_a_buddhist_era_year_with_a_thai_month_is_still_read() -> None:
    assert next(find_dates("14 \u0e2a\u0e34\u0e07\u0e2b\u0e32\u0e04\u0e21 2567")).value.year == 2024


def test_an_article_dated_in_an_implausible_year_has_no_date() -> None:
    text = "Orchard Fair Opens\n14 August 2567\n\nThe orchard fair opened its gates to visitors.\n"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.date is None


def test_two_digit_years_use_reference_not_clock() -> None:
    assert next(find_dates("Mon, 05 Apr 93 18:01:16 GMT")).value.year == 1993
    assert next(find_dates("5 Apr 21")).value.year == 2021
    ref = ParseOptions(reference=dt.date(1995, 1, 1))
    assert next(find_dates("5 Apr 21", options=ref)).value.year == 1921


def test_zones_are_made_once_and_follow_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    ist = resolve_zone("IST")
    assert ist is resolve_zone("ist")
    assert ist is not None
    assert ist.utcoffset(None) == dt.timedelta(hours=5, minutes=30)
    monkeypatch.setitem(vocab.ZONE_OFFSETS, "IST", 60)
    changed = resolve_zone("IST")
    assert changed is not None
    assert changed.utcoffset(None) == dt.timedelta(hours=1)


def test_tzinfos_override_the_table() -> None:
    irish = ParseOptions(tzinfos={"IST": 3600})
    value = next(find_dates("14 Aug 2023, 06:50 AM IST", options=irish)).value
    assert value.utcoffset() == dt.timedelta(hours=1)
    custom = ParseOptions(tzinfos={"ABC": dt.timezone(dt.timedelta(hours=3))})
    assert resolve_zone("ABC", custom) == dt.timezone(dt.timedelta(hours=3))
    assert resolve_zone("NOPE") is None


def test_parse_date_falls_back_to_dateutil_with_honest_precision() -> None:
    found = parse_date("Tuesday 14th of August, 2023")
    assert found is not None
    assert found.value == dt.datetime(2023, 8, 14)
    assert found.precision == "day"
    assert parse_date("14 August") is None
    assert parse_date("no date here") is None


def test_dateline_without_year_is_not_a_date() -> None:
    assert list(find_dates("SALVADOR, Feb 26 - Brazil said")) == []


def test_dateutil_fallback_reports_hour_precision() -> None:
    found = parse_date("Tuesday 14th of August, 2023, 10 am")
    assert found is not None
    assert found.precision == "hour"
    assert found.value == dt.datetime(2023, 8, 14, 10)


# find_dates starts its search _LEAD characters before the region's first digit;
# that never changes what it finds.
def _every_date(text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    spans = []
    for m in _regex.finditer(dates.DATE_RE, text, pos, endpos):
        found = dates._from_match(m, dates.DEFAULT_OPTIONS, dayfirst=True)
        if found is not None:
            spans.append((found.span.start, found.span.end))
    return spans


def test_the_digit_skip_agrees_on_every_golden_text() -> None:
    paths = sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
    total = 0
    for p in paths:
        text = p.read_text(encoding="utf-8")
        got = [(d.span.start, d.span.end) for d in dates.find_dates(text)]
        assert got == _every_date(text), p.name
        total += len(got)
        for line in split_lines(text):
            found = [
                (d.span.start, d.span.end) for d in dates.find_dates(text, line.start, line.end)
            ]
            assert found == _every_date(text, line.start, line.end)
            total += len(found)
    assert total > 50


_DATE_PIECES = st.sampled_from(
    [
        "Wednesday, ", "Donnerstag ", "Mon. ", "September ", "septiembre ", "Sept. ", "14 ",
        "14th ", "2023", "23", ", ", " at ", "06:50 ", "6.50", " AM", " p.m.", " IST", " (EDT)",
        "+05:30", "-", "/", "2023-08-14", "x", "\n", "  ", "word ",
        "14-08-2023", "14.08.", ".", "06h50", "6 h 50", " à ", " um ", " Uhr", " h",
        "6:50 AM EDT ", "06:50 IST, ", "segunda-feira, ", "lunedì ", " of ", ".ago.",
        "3 ", "9", "Aug 5 ", "1/", "\u0663",
    ]
)  # fmt: skip


@given(st.lists(_DATE_PIECES | st.text(max_size=5), max_size=30).map("".join), st.data())
def test_the_digit_skip_agrees_on_generated_text(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    got = [(d.span.start, d.span.end) for d in dates.find_dates(text, pos, endpos)]
    assert got == _every_date(text, pos, endpos)


class _CountingPattern:
    """Stands in for ``DATE_RE``, counting the calls ``_date_matches`` makes on it."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, text: str, pos: int, endpos: int) -> regex.Match[str] | None:
        self.calls += 1
        return self.pattern.match(text, pos, endpos)


@pytest.mark.parametrize(
    "text",
    [
        "3 min read",
        "Page 2 of 9",
        "Aug 5, 3 pm",
        "5 August 2",
        "1/2/3",
        "Share\n3 min read 4",
        "Share 12",
        "Posted 2023",
        "August 2023",
        "Wednesday, 14th",
    ],
)
def test_a_region_without_two_digits_side_by_side_is_not_matched(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every date holds its year's two or four digits side by side, and a day apart
    # from them: a region without two such runs of digits is not tried against
    # DATE_RE at all, nor does may_hold_date allow it.
    assert _every_date(text) == []
    counting = _CountingPattern(dates.DATE_RE)
    monkeypatch.setattr(dates, "DATE_RE", counting)
    assert list(find_dates(text)) == []
    assert counting.calls == 0
    assert not dates.may_hold_date(text)


def test_a_region_with_two_digits_side_by_side_is_still_matched() -> None:
    # The two digits may come long after the first lone one: the search still starts
    # at the first digit's lead (a weekday and a month before a one-digit day).
    text = "Wednesday, September 6, 2023"
    assert [(d.span.start, d.span.end) for d in find_dates(text)] == [(0, len(text))]
    assert _every_date(text) == [(0, len(text))]


@given(st.lists(_DATE_PIECES | st.text(max_size=5), max_size=30).map("".join))
def test_every_date_holds_two_digits_side_by_side_and_two_runs(text: str) -> None:
    for m in _regex.finditer(dates.DATE_RE, text):
        assert regex.search(r"\d\d", m.group()) is not None, m.group()
        assert len(regex.findall(r"\d++", m.group())) >= 2, m.group()
        assert dates.may_hold_date(text, *m.span())


def test_every_golden_date_holds_two_runs_of_digits() -> None:
    found = 0
    for p in sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")]):
        text = p.read_text(encoding="utf-8")
        for m in _regex.finditer(dates.DATE_RE, text):
            assert len(regex.findall(r"\d++", m.group())) >= 2, m.group()
            assert regex.search(r"\d\d", m.group()) is not None, m.group()
            found += 1
    assert found > 20


# DATE_RE spells its weekday and month names as tries (_regex.literal_trie) and is
# tried only where _DATE_START_RE finds a start: the matches, and every group of them,
# are those of the same pattern with named lists, run by plain finditer.
_NAMED_LIST_DATE_RE = regex.compile(
    dates.DATE_RE.pattern.replace(dates._WEEKDAY_NAMES, r"\L<weekdays>").replace(
        dates._MONTH_NAMES, r"\L<months>"
    ),
    regex.VERBOSE | regex.IGNORECASE,
    weekdays=list(WEEKDAYS),
    months=list(MONTHS),
)


def _named_list_matches(text: str, pos: int, endpos: int) -> list[tuple[object, ...]]:
    found = _NAMED_LIST_DATE_RE.finditer(text, pos, endpos)
    return [(m.span(), m.groupdict(), m.span("zone")) for m in found]


def _fast_matches(text: str, pos: int, endpos: int) -> list[tuple[object, ...]]:
    found = dates._date_matches(text, pos, endpos)
    return [(m.span(), m.groupdict(), m.span("zone")) for m in found]


def test_groups_read_by_number_are_the_named_groups() -> None:
    text = "Mon, 14 Aug 2023 06:50:01 PM IST; Aug 14, 2023 6 am (EDT) 14/08/2023 2023-08-14T06:50Z"
    found = list(dates._date_matches(text, 0, len(text)))
    assert len(found) == 4
    for m in found:
        numbered = (None, *m.groups())
        for name, number in dates.DATE_RE.groupindex.items():
            assert numbered[number] == m[name], name


def test_the_named_lists_are_replaced_in_full() -> None:
    assert r"\L<" not in dates.DATE_RE.pattern
    assert r"\L<weekdays>" in _NAMED_LIST_DATE_RE.pattern
    assert r"\L<months>" in _NAMED_LIST_DATE_RE.pattern


def test_date_matches_agree_with_the_named_lists_on_every_golden_text() -> None:
    paths = sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
    total = 0
    for p in paths:
        text = p.read_text(encoding="utf-8")
        regions = [(0, len(text)), *((ln.start, ln.end) for ln in split_lines(text))]
        for start, end in regions:
            expected = _named_list_matches(text, start, end)
            assert _fast_matches(text, start, end) == expected, p.name
            total += len(expected)
    assert total > 50


_NAME_PIECES = st.sampled_from(
    [*sorted(MONTHS), *sorted(WEEKDAYS), "\u0130", "\u017f", "\u212a", "-", ".", ","]
)


@given(
    st.lists(_DATE_PIECES | _NAME_PIECES | st.text(max_size=4), max_size=40).map("".join),
    st.data(),
)
def test_date_matches_agree_with_the_named_lists_on_generated_text(
    text: str, data: st.DataObject
) -> None:
    text = data.draw(st.sampled_from([text, text.upper(), text.title()]))
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    assert _fast_matches(text, pos, endpos) == _named_list_matches(text, pos, endpos)


@given(st.sampled_from(sorted({*MONTHS, *WEEKDAYS})), st.data())
def test_every_name_spelt_with_lookalikes_matches_as_in_the_named_list(
    name: str, data: st.DataObject
) -> None:
    spelt = "".join(
        _LOOKALIKES[c] if c in _LOOKALIKES and data.draw(st.booleans()) else c for c in name
    )
    spelt = data.draw(st.sampled_from([spelt, spelt.upper(), spelt.title()]))
    for text in (f"{spelt} 14, 2023", f"14 {spelt} 2023", f"{spelt}, 14 Aug 2023 06:50 IST"):
        assert _fast_matches(text, 0, len(text)) == _named_list_matches(text, 0, len(text))


# A pattern that ignores case reads U+0130 as "i", U+017F as "s" and the Kelvin sign as
# "k": month names written with them must be looked up, not crash.
_LOOKALIKES = {"i": "\u0130", "s": "\u017f", "k": "\u212a"}


@given(st.sampled_from(sorted(MONTHS)), st.data())
def test_month_names_with_lookalike_letters_are_read(name: str, data: st.DataObject) -> None:
    # A letter whose capital is no one character (Greek U+0390, the iota with diaeresis
    # and accent of ``\u03bc\u03b1\u0390\u03bf\u03c5``, May) stays as written: Greek
    # capitals drop the accent, a spelling MONTHS holds apart.
    spelt = "".join(
        _LOOKALIKES[c]
        if c in _LOOKALIKES and data.draw(st.booleans())
        else c.upper()
        if len(c.upper()) == 1
        else c
        for c in name
    )
    found = list(find_dates(f"Filed 14 {spelt} 2023 in Lima"))
    assert [d.value.month for d in found] == [MONTHS[name]]
    partial = dates.find_partial_date(f"LIMA, {spelt} 14 (AP) --")
    assert partial is None or partial.month == MONTHS[name]


# _date_matches tries the small _COMMON_DATE_RE before DATE_RE: where it matches, DATE_RE
# must match the same text with the same groups, so the date read is the same.
def _dates_read(matches: list[regex.Match[str]]) -> list[object]:
    found = (dates._from_match(m, dates.DEFAULT_OPTIONS, dayfirst=True) for m in matches)
    return [
        None if d is None else (d.value, d.value.tzinfo, d.precision, d.span, d.zone) for d in found
    ]


def _common_and_full(text: str, pos: int, endpos: int) -> tuple[list[object], list[object]]:
    """What _COMMON_DATE_RE and DATE_RE match wherever the first matches, and the dates read."""
    common, full = [], []
    for s in range(pos, endpos + 1):
        m = dates._COMMON_DATE_RE.match(text, s, endpos)
        if m is not None:
            m_full = _regex.match(dates.DATE_RE, text, s, endpos)
            assert m_full is not None, text
            common.append(m)
            full.append(m_full)
    seen = [[(m.span(), m.groups(), m.span("zone"), m.endpos) for m in ms] for ms in (common, full)]
    assert seen[0] == seen[1]
    return _dates_read(common), _dates_read(full)


def test_the_common_date_pattern_has_date_res_groups() -> None:
    assert dates._COMMON_DATE_RE.groupindex == dates.DATE_RE.groupindex


@pytest.mark.parametrize(
    "text",
    [
        "14 Aug 2023, 06:50 AM IST",
        "Published: 17 Jul 2016 10:15 GMT",
        "on 9 September 2023.",
        "14 aug 2023 6:50:01 p.m.\nmore",
        "14 AUG 2023 06:50 EST; later",
        "14 Aug 2023 06:50 XYZ",
    ],
)
def test_common_dates_are_read_as_date_re_reads_them(text: str) -> None:
    common, full = _common_and_full(text, 0, len(text))
    assert len(common) == 1
    assert common == full
    assert next(dates._date_matches(text, 0, len(text))).re is dates._COMMON_DATE_RE


@pytest.mark.parametrize(
    "text",
    [
        "14 Aug 2023 06:50 HRS",  # an hours word, not a zone
        "14 Aug 2023 06:50 IST (Delhi)",
        "14 Aug 2023 06:50 (IST)",
        "14 Aug 2023 06:50 IST+5",
        "14 Aug 2023 06:50:01.25",
        "14 Aug 2023 06:50 ISTUpdated",
        "14 Aug 2023, at 06:50",
        "14 Aug 2023 06.50 BST",
        "14 August 2023 by Jane Doe",
        "Mon 14 Aug 2023",  # the date starts at the weekday
        "14 de agosto de 2023",
        "12:30 14 Aug 2023",  # in a time's minutes
    ],
)
def test_the_common_date_pattern_leaves_other_shapes_to_date_re(text: str) -> None:
    matches = list(dates._date_matches(text, 0, len(text)))
    assert matches
    assert all(m.re is dates.DATE_RE for m in matches)
    assert list(find_dates(text)) == [
        d
        for m in _regex.finditer(dates.DATE_RE, text)
        if (d := dates._from_match(m, dates.DEFAULT_OPTIONS, dayfirst=True)) is not None
    ]


_ASCII_MONTHS = sorted(m for m in MONTHS if m.isascii() and m.isalpha())
_COMMON_PIECES = st.sampled_from(
    [
        *(f"14 {m} 2023" for m in _ASCII_MONTHS[::3]), *(f" {m} " for m in _ASCII_MONTHS[1::3]),
        "9 Sept 1999", "14", "9", "2023", "20231", ", ", " ", "  ", "06:50", "6:50", ", 6:50",
        "06:50:00", ":", ".", ".5", ",5", " AM", "pm", " p.m.", "a.m", " IST", " GMT", " Z",
        "Z", " EST", " HRS", " hrs", " Uhr", " UHR", " HS", " ISTXY", " ET", " MET DST",
        " (IST)", ")", "(", "+05:30", "-0400", "\n", "\t", ";", "|", "]", "T", "-", "/", "x",
        "Updated", " at ", " à ", "\u3000", "\u017f", "\u212a", " ص", " h",
    ]
)  # fmt: skip


@given(st.lists(_COMMON_PIECES | st.text(max_size=3), max_size=20).map("".join), st.data())
def test_the_common_date_pattern_agrees_with_date_re_on_generated_text(
    text: str, data: st.DataObject
) -> None:
    text = data.draw(st.sampled_from([text, text.upper(), text.lower()]))
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    common, full = _common_and_full(text, pos, endpos)
    assert common == full


# A day, month and year as _COMMON_DATE_RE reads them, with what may come around them.
_COMMON_DATE_TEXTS = st.builds(
    "{}{} {} {}{}{}{}{}{}".format,
    st.sampled_from(["", "Filed ", "x", "1", "12:", "on\n", "Mon "]) | st.text(max_size=3),
    st.integers(0, 39),
    st.sampled_from(_ASCII_MONTHS),
    st.integers(1600, 2300),
    st.sampled_from(["", ", ", " ", "  ", ",", " - "]),
    st.sampled_from(["", "6:50", "06:50", "23:59:59", "12:05", "7:5", "99:99"]),
    st.sampled_from(["", " AM", "pm", " p.m.", " a.m", " Am."]),
    st.sampled_from(["", " IST", " GMT", " ET", " PT", " MT", " XYZ", " HRS", " ABCDEF", " Z"]),
    st.sampled_from(["", ".", "\n", ";", "|", "]", " Hood", " DST", ", 2024", ".5", ")", "\t"])
    | st.text(max_size=3),
)


@given(_COMMON_DATE_TEXTS, st.data())
def test_common_dates_are_read_as_by_date_re(text: str, data: st.DataObject) -> None:
    text = data.draw(st.sampled_from([text, text.upper(), text.title()]))
    common, full = _common_and_full(text, 0, len(text))
    assert common == full
    assert list(find_dates(text)) == [
        d
        for m in _regex.finditer(dates.DATE_RE, text)
        if (d := dates._from_match(m, dates.DEFAULT_OPTIONS, dayfirst=True)) is not None
    ]


@pytest.mark.parametrize("text", ["14 Aug 2023, 06:50 IST]", "0 abr 1600, 6:50 IST]"])
def test_a_zone_before_a_closing_square_bracket_is_read_as_date_re_reads_it(text: str) -> None:
    # DATE_RE reads a zone in square brackets (``[IST]``) and so takes a ``]`` after
    # one: the common form must not stop short of it. (Found by hypothesis.)
    common, full = _common_and_full(text, 0, len(text))
    assert common == full


def test_month_abbreviations_that_are_words_make_no_dates() -> None:
    # Portuguese and Italian abbreviate months as common words: only full names count.
    assert list(find_dates("they sold 5 out 2020 tickets and 3 set 2021 records")) == []


def test_dst_after_a_zone_is_in_the_span_and_the_offset() -> None:
    text = "Date: Tue, 6 Apr 1993 14:02:03 MET DST\n"
    (found,) = find_dates(text)
    assert found.span.of(text) == "Tue, 6 Apr 1993 14:02:03 MET DST"
    # A region that ends before DST leaves it out.
    (found,) = find_dates(text, 0, text.index(" DST"))
    assert found.value.utcoffset() == dt.timedelta(hours=1)


@pytest.mark.parametrize(
    ("text", "iso", "precision", "raw"),
    [
        ("May 2019", "2019-05-01", "month", "May 2019"),
        ("Sept. 2019", "2019-09-01", "month", "Sept. 2019"),
        ("juin 2019", "2019-06-01", "month", "juin 2019"),
        ("May/June 2019", "2019-05-01", "month", "May/June 2019"),
        ("July \u2013 August 2019", "2019-07-01", "month", "July \u2013 August 2019"),
        ("Dec/Jan 2018/19", "2018-12-01", "month", "Dec/Jan 2018/19"),
        ("Dec/Jan 2019", "2019-01-01", "year", "Dec/Jan 2019"),
        ("Spring 2019", "2019-01-01", "year", "Spring 2019"),
        ("Fall/Winter 2019 Issue", "2019-01-01", "year", "Fall/Winter 2019"),
        ("Winter 2018/2019", "2018-01-01", "year", "Winter 2018/2019"),
        ("Frühjahr 2020", "2020-01-01", "year", "Frühjahr 2020"),
        ("Hiver 2020-2021", "2020-01-01", "year", "Hiver 2020-2021"),
    ],
)
def test_issue_dates_name_no_day(text: str, iso: str, precision: str, raw: str) -> None:
    found = dates.find_issue_date(text)
    assert found is not None
    assert (found.value.date().isoformat(), found.precision) == (iso, precision)
    assert found.span.of(text) == raw
    assert found.value.tzinfo is None


@pytest.mark.parametrize(
    "text", ["in May 2019", "May 20190", "May 2019/2021", "Winter 2018/2020", "Holiday 2019", "May"]
)
def test_issue_dates_that_are_not(text: str) -> None:
    assert dates.find_issue_date(text) is None


def test_issue_date_region_is_not_sliced() -> None:
    text = "Orchard Quarterly\nSummer 2019\n"
    found = dates.find_issue_date(text, 18, 29)
    assert found is not None
    assert found.span.of(text) == "Summer 2019"


@pytest.mark.parametrize(
    ("text", "iso", "raw"),
    [
        ("Filed 14 Aug 2023 12:30 gmt", "2023-08-14T12:30:00+00:00", "14 Aug 2023 12:30 gmt"),
        ("14 Aug 2023 12:30 gmt on Friday", "2023-08-14T12:30:00+00:00", "14 Aug 2023 12:30 gmt"),
        ("August 14, 2023 at 9:10 a.m. est", "2023-08-14T09:10:00-05:00", None),
        ("August 14, 2023 at 9:10 a.m. Est.", "2023-08-14T09:10:00-05:00", None),
        ("Aug 14, 2023 6:50 pm (edt)", "2023-08-14T18:50:00-04:00", None),
        ("14 Aug 2023 12:30 Bst", "2023-08-14T12:30:00+01:00", None),
        ("14 Aug 2023 12:30 utc+02:00", "2023-08-14T12:30:00+02:00", None),
        ("14 Aug 2023 6 pm met.", "2023-08-14T18:00:00+01:00", "14 Aug 2023 6 pm met"),
        # Israel Daylight Time.
        ("Mon, 26 Apr 1993 09:00:00 IDT", "1993-04-26T09:00:00+03:00", None),
        ("26 Apr 1993 09:00 idt", "1993-04-26T09:00:00+03:00", None),
    ],
)
def test_zones_in_any_case_after_a_time(text: str, iso: str, raw: str | None) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.span.of(text) == (raw or text.rstrip("."))


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        # Words that are zone names too, with no a.m./p.m. or with a word after them.
        ("14 Aug 2023 12:30 ist", "14 Aug 2023 12:30"),
        ("Am 14. Aug 2023 12:30 ist es soweit", "14. Aug 2023 12:30"),
        ("le 14 août 2023 9:10 est annulé", "14 août 2023 9:10"),
        ("14 Aug 2023 6 pm met the press", "14 Aug 2023 6 pm"),
        ("August 14, 2023 at 9:10 a.m. est on Tuesday", "August 14, 2023 at 9:10 a.m."),
        # Capitalised, and a word after: a name, not a zone.
        ("14 Aug 2023 6 pm Met Office warning", "14 Aug 2023 6 pm"),
        ("Kick-off 14 Aug 2023 7:45 pm West Ham v Chelsea", "14 Aug 2023 7:45 pm"),
        ("14 Aug 2023 6 pm met\u00a0the press", "14 Aug 2023 6 pm"),
        # French, Dutch and Danish words that are zone names too.
        ("Le 14 ao\u00fbt 2023, 18:30 cet homme", "14 ao\u00fbt 2023, 18:30"),
        ("Op 14 mei 2023 12:30 eet de koning", "14 mei 2023 12:30"),
        ("14 Aug 2023 12:30 mest", "14 Aug 2023 12:30"),
        # French ``et`` and Indonesian ``WIT`` in lower case: words, not zones.
        ("le 14 août 2023 à 10:00 et à 11:00", "14 août 2023 à 10:00"),
        ("14 Aug 2023 06:50 wit and wisdom", "14 Aug 2023 06:50"),
        # Lower-case words the zone table does not hold.
        ("14 Aug 2023 12:30 cat", "14 Aug 2023 12:30"),
        ("14 Aug 2023 12:30 in Seoul", "14 Aug 2023 12:30"),
    ],
)
def test_lower_case_words_after_a_time_are_no_zones(text: str, raw: str) -> None:
    found = next(find_dates(text))
    assert found.value.tzinfo is None
    assert found.zone is None
    assert found.span.of(text) == raw


def test_zone_words_not_after_a_time_make_no_dates() -> None:
    text = "The cat sat. Das ist gut, c'est la vie, we met in the west."
    assert list(find_dates(text)) == []


def test_lower_case_zones_follow_the_callers_tzinfos() -> None:
    options = ParseOptions(tzinfos={"IST": 3600})
    found = next(find_dates("14 Aug 2023 6:50 pm ist", options=options))
    assert found.value.utcoffset() == dt.timedelta(hours=1)


def test_only_the_zone_tables_names_are_read_in_lower_case() -> None:
    pattern = regex.compile(dates.ZONE_NAME_PATTERN, regex.IGNORECASE)
    for name in vocab.ZONE_OFFSETS:
        assert (regex.fullmatch(pattern, name.lower()) is not None) == (len(name) > 1), name
    assert regex.fullmatch(pattern, "cat") is None
    assert {z.lower() for z in vocab.ZONE_OFFSETS} >= vocab.ZONE_WORDS


@pytest.mark.parametrize("line", ["May 0000", "Spring 0000", "Dec/Jan 0000/01"])
def test_an_issue_date_in_year_zero_is_no_date(line: str) -> None:
    assert dates.find_issue_date(line) is None
    text = (
        f"1 of 1 DOCUMENT\n\nThe Valley Quarterly\n\n{line}\n\nBridge opens\n\n"
        "LENGTH: 9 words\n\nBODY:\n\nThe bridge opened on a Monday.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.date is None


@pytest.mark.parametrize(
    ("text", "iso", "raw"),
    [
        ("2023-08-14T06:50:00Z", "2023-08-14T06:50:00+00:00", "2023-08-14T06:50:00Z"),
        ("2023-08-14T06:50:00.25Z", "2023-08-14T06:50:00+00:00", "2023-08-14T06:50:00.25Z"),
        ("Aug 14, 2023 12:30Z.", "2023-08-14T12:30:00+00:00", "Aug 14, 2023 12:30Z"),
        # A ``z`` in lower case, or a ``Z`` set apart by a space, names no zone.
        ("Aug 14, 2023 12:30 z", "2023-08-14T12:30:00", "Aug 14, 2023 12:30"),
        ("Aug 14, 2023 12:30 Z", "2023-08-14T12:30:00", "Aug 14, 2023 12:30"),
        ("2023-08-14T06:50:00z", "2023-08-14T06:50:00", "2023-08-14T06:50:00"),
        ("14 Aug 2023 12:30z and more", "2023-08-14T12:30:00", "14 Aug 2023 12:30"),
    ],
)
def test_only_an_upper_case_z_right_after_the_time_is_utc(text: str, iso: str, raw: str) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.span.of(text) == raw


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("Tuesday 14th of August, 2023 12:30Z", dt.timedelta(0)),
        ("Tuesday 14th of August, 2023 12:30 GMT", dt.timedelta(0)),
        ("Tuesday 14th of August, 2023 12:30 z", None),
        ("Tuesday 14th of August, 2023 12:30 Z", None),
    ],
)
def test_dateutil_reads_only_a_named_utc_as_utc(text: str, offset: dt.timedelta | None) -> None:
    found = parse_date(text)
    assert found is not None
    assert found.value.utcoffset() == offset
    assert found.precision == "minute"


@pytest.mark.parametrize(
    "text", ["Mon Aug 14 10:00:00 +0000 2023", "Monday 14th of August 2023 at 10:00 +00:00"]
)
def test_a_zero_offset_read_by_dateutil_is_utc(text: str) -> None:
    found = parse_date(text)
    assert found is not None
    assert found.value.utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize(
    ("text", "iso", "raw"),
    [
        # A flattened page glues the time to a four-digit year.
        ("Posted Fri, Mar 3 20239:05 AM", "2023-03-03T09:05:00", "Fri, Mar 3 20239:05 AM"),
        ("Mar 3 202311:40", "2023-03-03T11:40:00", "Mar 3 202311:40"),
        ("3 Mar 20239:05 pm", "2023-03-03T21:05:00", "3 Mar 20239:05 pm"),
        # And a word to the zone after the time.
        (
            "Mar 3, 2023 9:05 AM ESTUpdated an hour ago",
            "2023-03-03T09:05:00-05:00",
            "Mar 3, 2023 9:05 AM EST",
        ),
        ("Mar 3, 2023 9:05 AM EDTShare", "2023-03-03T09:05:00-04:00", "Mar 3, 2023 9:05 AM EDT"),
    ],
)
def test_a_time_or_a_word_glued_on_by_the_page(text: str, iso: str, raw: str) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.precision == "minute"
    assert found.span.of(text) == raw


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Mar 3 20239", ""),  # digits glued on, but no time: no date
        ("Mar 3 2023:12", "Mar 3 2023"),  # a colon and two digits are no time
        ("3 Mar 232:05", ""),  # a two-digit year takes no glued time
        ("Mar 3, 2023 9:05 AM ESTONIA", "Mar 3, 2023 9:05 AM"),  # upper case: no glue
    ],
)
def test_what_is_not_a_glued_time(text: str, raw: str) -> None:
    found = next(find_dates(text), None)
    assert (found.span.of(text) if found else "") == raw


@pytest.mark.parametrize(
    ("text", "iso", "raw"),
    [
        ("Posted 2024/03/02", "2024-03-02T00:00:00", "2024/03/02"),
        ("2024/3/2 10:01", "2024-03-02T10:01:00", "2024/3/2 10:01"),
        ("Updated 2024.03.02 06:50 JST", "2024-03-02T06:50:00+09:00", "2024.03.02 06:50 JST"),
        ("on 2024.3.2.", "2024-03-02T00:00:00", "2024.3.2"),
        ("Tokyo 2023.8.14", "2023-08-14T00:00:00", "2023.8.14"),
        # A dateline in capitals before a month written with its zero: no product.
        ("SEOUL 2023.08.14", "2023-08-14T00:00:00", "2023.08.14"),
        ("TOKYO 2023.08.14 06:50", "2023-08-14T06:50:00", "2023.08.14 06:50"),
        ("\uc785\ub825 2023.08.14 06:50", "2023-08-14T06:50:00", "2023.08.14 06:50"),
    ],
)
def test_year_first_with_slashes_or_dots(text: str, iso: str, raw: str) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.span.of(text) == raw


@pytest.mark.parametrize(
    "text",
    [
        "see /archive/2024/03/02/story",  # a path in a link
        "release 2024.03.02.1",  # a version number
        "2024/13/02",  # no thirteenth month
        "2024/03.02",  # two separators
        "v2024.03.02",
        "https://example.com/2024/03/02",  # a link that ends in a path
        "1.2024.3.2",  # a version with a part before the year
        # A product's version, after its name or a version word.
        "IntelliJ IDEA 2023.2.1",
        "PyCharm 2023.2.1",
        "version 2023.2.1",
        "Version 2023.8.14",
        "build 2023.8.14",
        "Ubuntu 22.04",
        "2023.13.4",  # no thirteenth month
        "2023.2.32",  # no 32nd day
    ],
)
def test_what_is_no_year_first_date(text: str) -> None:
    assert next(find_dates(text), None) is None


@pytest.mark.parametrize(
    ("text", "iso", "precision", "raw"),
    [
        (
            "Updated 6:50 AM EDT Aug 14, 2023",
            "2023-08-14T06:50:00-04:00",
            "minute",
            "6:50 AM EDT Aug 14, 2023",
        ),
        (
            "06:50 IST, 14 August 2023",
            "2023-08-14T06:50:00+05:30",
            "minute",
            "06:50 IST, 14 August 2023",
        ),
        (
            "Updated 2:15 PM GMT+8, August 14, 2023",
            "2023-08-14T14:15:00+08:00",
            "minute",
            "2:15 PM GMT+8, August 14, 2023",
        ),
        (
            "6:50 a.m. EDT August 14, 2023",
            "2023-08-14T06:50:00-04:00",
            "minute",
            "6:50 a.m. EDT August 14, 2023",
        ),
        (
            "9:22 pm est, Monday, August 14, 2023",
            "2023-08-14T21:22:00-05:00",
            "minute",
            "9:22 pm est, Monday, August 14, 2023",
        ),
        ("06.50 BST 14 Aug 2023", "2023-08-14T06:50:00+01:00", "minute", "06.50 BST 14 Aug 2023"),
        ("06:50:12 UTC 2023-08-14", "2023-08-14T06:50:12+00:00", "second", None),
        ("21:17 14.08.2023", "2023-08-14T21:17:00", "minute", None),
        ("Posted 6:50 AM \u00b7 Aug 14, 2023", "2023-08-14T06:50:00", "minute", None),
        # A month name is never the zone.
        ("10:02 AM AUG 14, 2023", "2023-08-14T10:02:00", "minute", None),
    ],
)
def test_a_time_before_the_date(text: str, iso: str, precision: str, raw: str | None) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.precision == precision
    assert found.span.of(text) == (raw or text.removeprefix("Posted "))


def test_a_zone_the_table_lacks_before_the_date_stays_in_the_span_and_names_no_zone() -> None:
    # ``YEKT`` (Yekaterinburg) is not in the table: no zone is made up.
    text = "Updated 10:01 AM YEKT, Mon August 14, 2023"
    found = next(find_dates(text))
    assert found.value.isoformat() == "2023-08-14T10:01:00"
    assert found.precision == "minute"
    assert found.zone is None
    assert found.span.of(text) == "10:01 AM YEKT, Mon August 14, 2023"


@pytest.mark.parametrize(
    ("text", "iso", "raw"),
    [
        # ``ET`` is EST or EDT: the date decides, by the US rules of its year.
        ("Updated 10:01 AM ET, Mon August 14, 2023", "2023-08-14T10:01:00-04:00",
         "10:01 AM ET, Mon August 14, 2023"),
        ("Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03:00-05:00", None),
        ("Jan. 9, 2023 10:15 a.m. PT", "2023-01-09T10:15:00-08:00", None),
        ("July 4, 2021, 6:30 PM CT", "2021-07-04T18:30:00-05:00", None),
        ("Oct. 3, 2022 9:00 am MT", "2022-10-03T09:00:00-06:00", None),
        # The days the clocks change: from 2:00 on the first, before 2:00 on the last
        # (the hour that repeats is read as daylight time, the first time it is shown).
        ("Mar. 12, 2023 1:59 am ET", "2023-03-12T01:59:00-05:00", None),
        ("Mar. 12, 2023 3:00 am ET", "2023-03-12T03:00:00-04:00", None),
        ("Nov. 5, 2023 1:30 am ET", "2023-11-05T01:30:00-04:00", None),
        ("Nov. 5, 2023 2:30 am ET", "2023-11-05T02:30:00-05:00", None),
        # The rules before 2007: April to October; 1974 started on 6 January.
        ("Mar. 20, 2005 10:00 am ET", "2005-03-20T10:00:00-05:00", None),
        ("Oct. 30, 2005 10:00 am ET", "2005-10-30T10:00:00-05:00", None),
        ("Oct. 29, 2005 10:00 am ET", "2005-10-29T10:00:00-04:00", None),
        ("Apr. 24, 1983 10:00 am ET", "1983-04-24T10:00:00-04:00", None),
        ("Apr. 23, 1983 10:00 am ET", "1983-04-23T10:00:00-05:00", None),
        ("Jan. 10, 1974 10:00 am ET", "1974-01-10T10:00:00-04:00", None),
    ],
)  # fmt: skip
def test_a_us_zone_without_standard_or_daylight_is_read_by_its_date(
    text: str, iso: str, raw: str | None
) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.zone == (text.rsplit(maxsplit=1)[-1] if raw is None else "ET")
    assert found.span.of(text) == (raw or text)


def test_a_us_zone_before_the_rules_names_no_offset() -> None:
    # No uniform US rule before 1967: the date stays naive, and ET leaves the span.
    text = "June 3, 1960 10:00 am ET"
    found = next(find_dates(text))
    assert found.value.isoformat() == "1960-06-03T10:00:00"
    assert found.zone is None
    assert found.span.of(text) == "June 3, 1960 10:00 am"


def test_the_caller_names_what_et_is() -> None:
    options = ParseOptions(tzinfos={"ET": -5 * 3600})
    found = next(find_dates("Aug. 14, 2023 10:00 am ET", options=options))
    assert found.value.isoformat() == "2023-08-14T10:00:00-05:00"


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Rs 12.50 14 Aug 2023", "14 Aug 2023"),  # a price: a dot needs a.m. or a zone
        ("won 25:14 14 Aug 2023", "14 Aug 2023"),  # no 25th hour
        ("3:1 14 Aug 2023", "14 Aug 2023"),  # a score, not a time
        ("at 6:50 on 14 Aug 2023", "14 Aug 2023"),
        ("2:05:30 hours, 14 Aug 2023", "14 Aug 2023"),
        ("1.06:50 14 Aug 2023", "14 Aug 2023"),
        ("06:50 14 Aug 2023 07:00", "06:50 14 Aug 2023"),  # one time, not two
        ("12:30 Aug 14 and 2023", ""),  # no year, and the minutes are no day
        ("06:50", ""),  # a time alone
    ],
)
def test_what_is_no_time_before_a_date(text: str, raw: str) -> None:
    found = next(find_dates(text), None)
    assert (found.span.of(text) if found else "") == raw
    if found is not None and found.span.start > 0 and text[0] != "0":
        assert found.precision == "day"


@pytest.mark.parametrize(
    ("text", "iso", "precision", "raw"),
    [
        ("14-08-2023", "2023-08-14T00:00:00", "day", "14-08-2023"),
        ("Updated 14-08-2023 06:50 IST", "2023-08-14T06:50:00+05:30", "minute", None),
        ("08-14-2023", "2023-08-14T00:00:00", "day", "08-14-2023"),
        ("Aktualisiert am 14.08.2023", "2023-08-14T00:00:00", "day", "14.08.2023"),
        ("14.08.2023, 06:50 Uhr", "2023-08-14T06:50:00", "minute", "14.08.2023, 06:50 Uhr"),
        ("14.8.2023 um 06:50 Uhr", "2023-08-14T06:50:00", "minute", "14.8.2023 um 06:50 Uhr"),
        ("14.08.2023-06:50", "2023-08-14T06:50:00", "minute", "14.08.2023-06:50"),
        ("am 1.2.1999.", "1999-02-01T00:00:00", "day", "1.2.1999"),
    ],
)
def test_day_first_dates_with_dashes_or_dots(
    text: str, iso: str, precision: str, raw: str | None
) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.precision == precision
    assert found.span.of(text) == (raw or text.removeprefix("Updated "))


@pytest.mark.parametrize("sep", ["/", "-", "."])
def test_dashes_and_dots_are_read_day_first_as_slashes_are(sep: str) -> None:
    text = f"01{sep}02{sep}2023"
    assert next(find_dates(text)).value.date() == dt.date(2023, 2, 1)
    assert next(find_dates(text, dayfirst=False)).value.date() == dt.date(2023, 1, 2)
    # A number above 12 is the day, whichever comes first.
    assert next(find_dates(f"13{sep}02{sep}2023", dayfirst=False)).value.day == 13
    assert next(find_dates(f"02{sep}13{sep}2023")).value.day == 13


@pytest.mark.parametrize(
    "text",
    [
        "tel 12-10-2020-5",  # a phone number
        "call 555-12-2023",
        "score 3-1 after extra time",
        "v1.2.2023",  # version numbers
        "release 1.2.2023.4",
        "host 192.10.12.2019",
        "14-08-1823",  # only 19xx and 20xx with dashes or dots
        "14.08.23",
        "31-02-2023",  # no such day
        "14-15-2023",
        "see https://example.org/news/x-14-08-2023",
        "14 Aug 2023"[:6],  # no year
    ],
)
def test_what_is_no_dashed_or_dotted_date(text: str) -> None:
    assert next(find_dates(text), None) is None


@pytest.mark.parametrize(
    ("text", "iso", "raw"),
    [
        ("14 août 2023 à 06h50", "2023-08-14T06:50:00", None),
        ("Publié le 14/08/2023 à 6 h 50", "2023-08-14T06:50:00", "14/08/2023 à 6 h 50"),
        ("14 de agosto de 2023 - 06:50 h", "2023-08-14T06:50:00", None),
        ("14 de agosto de 2023 a las 06:50", "2023-08-14T06:50:00", None),
        (
            "Pubblicato il 14 agosto 2023 alle 06:50",
            "2023-08-14T06:50:00",
            "14 agosto 2023 alle 06:50",
        ),
        ("14 agosto 2023 alle ore 06:50", "2023-08-14T06:50:00", None),
        ("14 agosto 2023 ore 06:50", "2023-08-14T06:50:00", None),
        ("14 augustus 2023 om 06:50", "2023-08-14T06:50:00", None),
        ("14 mrt 2023 om 06:50", "2023-03-14T06:50:00", None),
        ("14 de agosto de 2023 \u00e0s 06h50", "2023-08-14T06:50:00", None),
        ("14.ago.2023 \u00e0s 6h50", "2023-08-14T06:50:00", None),
        ("14. August 2023 um 06:50 Uhr", "2023-08-14T06:50:00", None),
        ("14. august 2023 kl. 06:50", "2023-08-14T06:50:00", None),
        (
            "Actualizado: 14/08/2023 06:50 CEST",
            "2023-08-14T06:50:00+02:00",
            "14/08/2023 06:50 CEST",
        ),
        ("14 Aug 2023 \u2022 06:50 IST", "2023-08-14T06:50:00+05:30", None),
        ("14 August 2023 \u2014 06:50", "2023-08-14T06:50:00", None),
        (
            "the 14th of August, 2023 at 6:50 pm",
            "2023-08-14T18:50:00",
            "14th of August, 2023 at 6:50 pm",
        ),
    ],
)
def test_times_and_joining_words_in_other_languages(text: str, iso: str, raw: str | None) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.precision == "minute"
    assert found.span.of(text) == (raw or text)


def test_an_hour_alone_is_hour_precision() -> None:
    text = "Le 14 ao\u00fbt 2023 \u00e0 6h"
    found = next(find_dates(text))
    assert (found.value.hour, found.precision) == (6, "hour")
    assert found.span.of(text) == "14 ao\u00fbt 2023 \u00e0 6h"


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("14 ao\u00fbt 2023 \u00e0 24h", "14 ao\u00fbt 2023"),  # no 24th hour
        ("14 Aug 2023 6h30m", "14 Aug 2023"),
        ("14 Aug 2023 12 hours later", "14 Aug 2023"),
        ("14 Aug 2023 at home", "14 Aug 2023"),
        ("3.Mar.12", ""),  # dots alone take a four-digit year only
    ],
)
def test_what_is_no_time_in_other_languages(text: str, raw: str) -> None:
    found = next(find_dates(text), None)
    assert (found.span.of(text) if found else "") == raw
    assert found is None or found.precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        "luned\u00ec 14 agosto 2023",
        "maandag 14 augustus 2023",
        "segunda-feira, 14 de agosto de 2023",
        "Ter\u00e7a-feira, 15 de agosto de 2023",
    ],
)
def test_italian_dutch_and_portuguese_weekdays_are_in_the_span(text: str) -> None:
    found = next(find_dates(text))
    assert found.span.of(text) == text
    assert found.precision == "day"


@pytest.mark.parametrize(
    "label",
    [
        "Updated 10:01 AM EDT, Mon August 14, 2023",
        "Aktualisiert am 14.08.2023, 06:50 Uhr",
        "Ver\u00f6ffentlicht am 14. August 2023, 06:50 Uhr",
        "Mis \u00e0 jour le 14/08/2023 \u00e0 06h50",
        "Publicado em 14/08/2023 \u00e0s 06h50",
        "Pubblicato il 14 agosto 2023 alle 06:50",
        "Gepubliceerd op 14 augustus 2023 om 06:50",
    ],
)
def test_labelled_date_lines_in_an_article(label: str) -> None:
    text = (
        f"Bridge reopens\n\n{label}\n\nThe bridge reopened after repairs.\n\nTraffic was light.\n"
    )
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.date is not None
    assert (article.date.date(), article.date.hour, article.date.minute) == (
        dt.date(2023, 8, 14),
        10 if "AM" in label else 6,
        1 if "AM" in label else 50,
    )
    assert article.date_precision == "minute"
    assert label not in article.paragraphs


def test_the_minutes_of_a_time_are_no_day_of_a_partial_date() -> None:
    text = "at 12:30 Aug 14 (AP) --"
    partial = dates.find_partial_date(text)
    assert partial is not None
    assert (partial.month, partial.day, partial.span.of(text)) == (8, 14, "Aug 14")


@pytest.mark.parametrize(
    ("text", "iso", "raw"),
    [
        # An age after the date is no hour of it.
        ("Posted Aug 14, 2023 2h ago", "2023-08-14T00:00:00", "Aug 14, 2023"),
        # A price with a dot, then a currency, is no time before the date.
        ("The shares closed at 12.50 USD Aug 14, 2023", "2023-08-14T00:00:00", "Aug 14, 2023"),
    ],
)
def test_what_is_no_time_of_the_date(text: str, iso: str, raw: str) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.precision == "day"
    assert found.span.of(text) == raw


def test_a_dotted_time_before_the_date_needs_a_zone_of_the_table() -> None:
    found = next(find_dates("06.50 GMT 14 Aug 2023"))
    assert found.value.isoformat() == "2023-08-14T06:50:00+00:00"


def test_a_dashed_date_may_take_its_time_after_a_dash() -> None:
    # As the dotted form does (``14.08.2023-06:50``); a number after the dash still
    # makes it no date (``10-12-2023-1``).
    text = "14-08-2023-06:50"
    found = next(find_dates(text))
    assert found.value.isoformat() == "2023-08-14T06:50:00"
    assert found.span.of(text) == text
    assert next(find_dates("10-12-2023-1"), None) is None


@pytest.mark.parametrize(
    ("text", "iso", "raw"),
    [
        ("Updated at 9.05 August 14, 2023", "2023-08-14T00:00:00", "August 14, 2023"),
        ("06.50 Aug 14, 2023", "2023-08-14T00:00:00", "Aug 14, 2023"),
    ],
)
def test_the_minutes_of_a_dotted_time_are_no_day(text: str, iso: str, raw: str) -> None:
    # ``05 August 14`` was read as 5 August 2014.
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.span.of(text) == raw


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("14 Agustus 2023 06:50 WITA", "2023-08-14T06:50:00+08:00"),
        ("14 Agustus 2023 06:50 WIT", "2023-08-14T06:50:00+09:00"),
        ("14 Agustus 2023 06:50 WIB", "2023-08-14T06:50:00+07:00"),
        # The abbreviations Indonesian pages stamp their dates with.
        ("Senin, 14 Agu 2023 06:50 WIB", "2023-08-14T06:50:00+07:00"),
        ("Jumat, 3 Nop 2023 10:15 WIB", "2023-11-03T10:15:00+07:00"),
    ],
)
def test_the_zones_of_indonesia(text: str, iso: str) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.span.of(text) == text


@pytest.mark.parametrize("text", ["14 des 20 pays ont voté.", "Il a gagné 14 des 2019 courses."])
def test_french_des_between_numbers_is_no_month(text: str) -> None:
    assert list(find_dates(text)) == []


@pytest.mark.parametrize(
    ("line", "offset"),
    [
        ("August 14, 2023 08:00 AM Eastern Daylight Time", -4),
        ("January 9, 2023 10:00 AM Pacific Time", -8),
        ("March 3, 2023 16:30 Central European Time", 1),
    ],
)
def test_a_date_line_with_its_zone_written_out(line: str, offset: int) -> None:
    text = f"Mill reopens\n\n{line}\n\nThe mill reopened after a long strike.\n"
    article = newsparse.parse(text)
    assert article.date is not None
    assert article.date.utcoffset() == dt.timedelta(hours=offset)
    assert article.date_precision == "minute"
    assert article.spans["date"][0].of(text) == line
    assert article.summary is None
    assert article.paragraphs == ("The mill reopened after a long strike.",)
    check_article(text, article)


def test_a_place_after_a_time_is_no_spelled_zone() -> None:
    text = "08:00 Eastern Europe Time"
    assert dates.spelled_zone(text, 5, len(text), dt.datetime(2023, 8, 14, 8)) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # A name after MT, CT or PT (Mount Hood, a CT scan) makes them no zone.
        ("June 4, 2024 3:15 MT Hood", "2024-06-04T03:15:00"),
        ("June 4, 2024 8:00 PT Barnum", "2024-06-04T08:00:00"),
        ("June 4, 2024 8:00 CT Scan", "2024-06-04T08:00:00"),
        # A weekday, a month, a stamp's word or capitals after them keep the zone.
        ("10:30 a.m. ET Tuesday, March 14, 2024", "2024-03-14T10:30:00-04:00"),
        ("6:50 AM ET Aug 14, 2023", "2023-08-14T06:50:00-04:00"),
        ("March 14, 2024 10:30 ET Updated", "2024-03-14T10:30:00-04:00"),
        ("March 14, 2024 10:30 PT UPDATED", "2024-03-14T10:30:00-07:00"),
    ],
)
def test_a_us_zone_before_a_name_is_no_zone(text: str, iso: str) -> None:
    found = next(dates.find_dates(text))
    assert found.value.isoformat() == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("10.out.2023 \u00e0s 6h50", "2023-10-10T06:50:00"),
        ("20.set.2023 \u00e0s 9h17", "2023-09-20T09:17:00"),
        ("21.fev.2024 \u00e0s 18h40", "2024-02-21T18:40:00"),
        ("Porto, 21 fev 2024 18:40", "2024-02-21T18:40:00"),
    ],
)
def test_brazilian_and_portuguese_month_abbreviations(text: str, iso: str) -> None:
    # Folha de S.Paulo's ``10.out.2023``: ``out`` and ``set`` are months between dots.
    found = next(find_dates(text))
    assert found.value.isoformat() == iso


@pytest.mark.parametrize("text", ["10 out 2023", "Set 20 2023", "sold out 2023"])
def test_out_and_set_are_no_months_outside_dots(text: str) -> None:
    assert next(find_dates(text), None) is None


@pytest.mark.parametrize(
    ("text", "iso", "raw"),
    [
        # OneIndia's stamp: the zone in square brackets.
        (
            "Published: Monday, August 14, 2023, 18:20 [IST]",
            "2023-08-14T18:20:00+05:30",
            "Monday, August 14, 2023, 18:20 [IST]",
        ),
        ("14 Aug 2023 06:50 [GMT]", "2023-08-14T06:50:00+00:00", "14 Aug 2023 06:50 [GMT]"),
        # A word in brackets that names no zone stays out.
        ("14 Aug 2023 06:50 [Video]", "2023-08-14T06:50:00", "14 Aug 2023 06:50"),
    ],
)
def test_a_zone_in_square_brackets_after_a_time(text: str, iso: str, raw: str) -> None:
    found = next(find_dates(text))
    assert found.value.isoformat() == iso
    assert found.span.of(text) == raw


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # A US clock, its halves in capitals and a US zone, beside a date in figures:
        # month first.
        ("10/1/2025, 1:00 PM ET", "2025-10-01T13:00:00-04:00"),
        ("03/04/2024 11:20 AM EDT", "2024-03-04T11:20:00-04:00"),
        ("3:05 PM ET 07/08/2024", "2024-07-08T15:05:00-04:00"),
        # No zone (Australian, Indian and British pages print such stamps too), a
        # 24-hour clock, the halves in lower case, another country's zone, dashes or
        # dots: day first, as before.
        ("10/1/2025, 1:00 PM", "2025-01-10T13:00:00"),
        ("04/03/2025 10:15 AM", "2025-03-04T10:15:00"),
        ("10/1/2025 13:00", "2025-01-10T13:00:00"),
        ("10/1/2025, 1:00 pm", "2025-01-10T13:00:00"),
        ("10/1/2025 1:00 PM AEST", "2025-01-10T13:00:00+10:00"),
        ("10-1-2025 1:00 PM", "2025-01-10T13:00:00"),
        ("10.1.2025 1:00 PM", "2025-01-10T13:00:00"),
    ],
)
def test_a_us_clock_beside_a_date_in_figures_reads_it_month_first(text: str, iso: str) -> None:
    assert next(find_dates(text)).value.isoformat() == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # A year in two digits with a 24-hour clock, as Dutch and German pages stamp
        # an article: day first.
        ("08-05-25, 16:12", "2025-05-08T16:12:00"),
        ("08.05.25 16:12", "2025-05-08T16:12:00"),
        # With the halves of the day: a US zone reads it month first, another zone
        # day first, and with no zone only a number no month can be tells the order.
        ("03-12-25 4:12 PM EST", "2025-03-12T16:12:00-05:00"),
        ("03-12-25 4:12 PM IST", "2025-12-03T16:12:00+05:30"),
        ("13-05-25 4:12 PM", "2025-05-13T16:12:00"),
        ("05-13-25 4:12 pm", "2025-05-13T16:12:00"),
        # Either order, no zone: no date (a US site's 12 March or another's 3 December).
        ("Updated 03-12-25 4:12 PM", None),
        ("Updated 03.12.25 4:12 PM", None),
        # Slashes, as US and Australian sites stamp a story, are read the same way.
        ("Updated 03/25/25 4:12 PM", "2025-03-25T16:12:00"),
        ("3/12/25 4:12 p.m. ET", "2025-03-12T16:12:00-04:00"),
        ("3/12/25 4:12 PM AEDT", "2025-12-03T16:12:00+11:00"),
        ("25/03/25 16:12", "2025-03-25T16:12:00"),
        ("Updated 03/12/25 4:12 PM", None),
        # No clock after it, or a path's or a figure's digits before it: no date.
        ("Ratio 1/2/25 at the start", None),
        ("Posted 03/25/25", None),
        ("archive/03/25/25 4:12 PM", None),
        ("version 1.03/25/25 4:12 PM", None),
    ],
)
def test_a_two_digit_year_with_a_twelve_hour_clock_is_read_only_when_unambiguous(
    text: str, iso: str | None
) -> None:
    found = next(find_dates(text), None)
    assert (found.value.isoformat() if found else None) == iso


@pytest.mark.parametrize(
    "text",
    [
        # On a page that is no US one, as before the rule above: one not in English
        # (Hindi, French), or one that names India.
        "अपडेटेड: 03-12-25 04:12 PM को नगर परिषद ने योजना को मंजूरी दी और काम शुरू होगा",
        "Mis à jour : 03-12-25 04:12 PM. Le conseil a approuvé le plan du marché et les travaux",
        "Harwick Times of India\nUpdated: 03-12-25 04:12 PM\nThe council approved the plan.",
    ],
)
def test_a_two_digit_year_with_a_twelve_hour_clock_reads_day_first_on_a_page_not_us(
    text: str,
) -> None:
    found = next(find_dates(text), None)
    assert found is not None
    assert found.value.date().isoformat() == "2025-12-03"


@pytest.mark.parametrize(
    ("text", "raw", "iso"),
    [
        ("2024/03/14 [18:30]", "2024/03/14 [18:30]", "2024-03-14T18:30:00"),
        ("14 March 2024 [18:30:05] x", "14 March 2024 [18:30:05]", "2024-03-14T18:30:05"),
        # Unclosed, or no time inside: the day alone.
        ("2024/03/14 [18:30", "2024/03/14", "2024-03-14T00:00:00"),
        ("2024/03/14 [note]", "2024/03/14", "2024-03-14T00:00:00"),
    ],
)
def test_a_time_in_square_brackets_after_the_day(text: str, raw: str, iso: str) -> None:
    found = next(find_dates(text))
    assert found.span.of(text) == raw
    assert found.value.isoformat() == iso


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Karl Brenner, 3. Mai 1931 \u2013 12. Januar 2025:", True),
        ("Ada Lind (14 June 1938 - 2 February 2024)", True),
        ("1 March 2024 \u2014 30 June 2024", True),
        # A tilde joins a period, however short: never a page's two stamps.
        ("\ub4f1\ub85d: 2025.06.10 ~ 2025.06.20", True),
        ("2025\u5e746\u670810\u65e5\u301c2025\u5e746\u670820\u65e5", True),
        ("2025-06-10 \uff5e 2025-06-12", True),
        ("2025.06.10 ~ \ub9c8\uac10", False),
        # A stamp and its update, a date and a sentence: no span.
        ("3 May 2024 - Updated 4 May 2024", False),
        ("14 Aug 2023 - The council met on Tuesday.", False),
        ("14 Aug 2023", False),
    ],
)
def test_a_date_that_a_dash_and_a_date_follow_opens_a_span(text: str, spans: bool) -> None:
    assert dates.opens_span(text, next(find_dates(text))) is spans
