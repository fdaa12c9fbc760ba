"""Dates in running text: find them with a span, read them without guessing.

One bounded pattern finds the common forms (ISO 8601, ``2023/08/14``, ``14 Aug 2023,
06:50 AM IST``, ``Aug 14, 2023 06:50 IST``, ``August 14, 2023 at 6:50 a.m. EDT``, ``Mon
14 Aug 2023 06.50 BST``, ``14/08/2023``, ``14-08-2023``, ``14.08.2023, 06:50 Uhr``,
``14 août 2023 à 06h50``, a time before its date as in ``6:50 AM EDT Aug 14, 2023``,
RFC 5322 ``Mon, 05 Apr 93 18:01:16 GMT``, ``26-FEB-1987 15:01:01.79``, ``Fri Oct 20,
2006 6:15pm EDT``) and they are read here, without dateutil. :func:`parse_date` falls
back to ``dateutil.parser`` for a string already known to be a date (a labelled header)
that the pattern does not know, and reads the precision off what dateutil actually
used. The clock is never read.

Examples:
    >>> m = parse_date("14 Aug 2023, 06:50 AM IST")
    >>> m.value.isoformat(), m.precision
    ('2023-08-14T06:50:00+05:30', 'minute')
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import regex
from attrs import frozen
from dateutil import parser as du_parser

from newsparse import _regex
from newsparse._text import caseless
from newsparse.model import DatePrecision, ParseOptions, Span
from newsparse.stopwords import guess_language
from newsparse.vocab import (
    BUDDHIST_ERA_MONTHS,
    DOTTED_MONTHS,
    MONTHS,
    SEASONAL_ZONES,
    SEASONS,
    SPELLED_ZONES,
    STAMP_LABELS,
    STAMP_LEADS,
    TIME_JOINERS,
    WEEKDAYS,
    ZONE_OFFSETS,
    ZONE_WORDS,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "DEFAULT_OPTIONS",
    "ZONE_NAME_PATTERN",
    "DateMatch",
    "PartialDate",
    "clock_hour",
    "find_dates",
    "find_issue_date",
    "find_partial_date",
    "may_hold_date",
    "opens_span",
    "parse_date",
    "resolve_zone",
    "seasonal_zone",
    "spelled_zone",
    "word_at",
    "zone_after_time",
]


def __dir__() -> list[str]:
    return __all__


DEFAULT_OPTIONS = ParseOptions()

_TIME = r"""
    (?:
        (?: ,\x20?(?:JOINER\x20)? | \x20JOINER\x20 | \x20[-|/\u2013\u2014\u00b7\u2022]\x20
          | \x20{1,3} | T
            # A dash alone before a time, as some German pages write it:
            # ``14.08.2023-06:50``.
          | -(?=\d{1,2}:\d{2})
            # A page flattened to text may glue the time to a four-digit year:
            # ``Nov 20 20194:29 AM`` is 2019 at 4:29.
          | (?<=\d{4}) (?=\d{1,2}:\d{2})
            # An ideographic space, or nothing after an East Asian date's day:
            # ``2023年8月14日　06:50``, ``2023年8月14日06:50``.
          | \u3000 | (?<=[日일])
            # A weekday between the year and the time, as Turkish pages write it:
            # ``14 Ağustos 2023 Pazartesi 06:50``.
          | \x20 WEEKDAY ,?\x20 (?=\d{1,2}[:.]\d{2})
            # A Japanese or Korean weekday in brackets, a Chinese one after 星期 or 周:
            # ``2023年8月14日(月) 6:50``, ``2023.08.14 (월) 06:50``, ``2023年8月14日 星期一
            # 06:50``.
          | \x20?[(\uff08][月火水木金土日월화수목금토일][)\uff09]\x20?
            (?=\d|[上下]午|午[前後]|오[전후])
          | \x20?(?:星期|週|周)[一二三四五六日天]\x20?(?=\d|[上下]午)
            # The time in square brackets, as Korean pages stamp a story:
            # ``2024/03/14 [18:30]``.
          | \x20?(?P<bracket>\[)(?=\d{1,2}:\d{2}(?::\d{2})?\]) )
        # Chinese, Japanese and Korean write the half of the day before the time:
        # ``上午6:50``, ``午後6時50分``, ``오후 6:50``.
        (?: (?P<ampm>[上下]午|午[前後]|오[전후]) \x20? )?
        (?:
            (?P<hour>\d{1,2}) [:.] (?P<minute>\d{2})
            (?: : (?P<second>\d{2}) (?: [.,]\d{1,9} )? )?
            (?: \x20?(?P<ampm>[ap]\.?m\b\.?) )?
          |
            (?P<hour>\d{1,2}) \x20?(?P<ampm>[ap]\.?m\b\.?)
          |
            # Japanese and Korean hours and minutes: ``6時50分``, ``6시 50분``.
            (?P<hour>[01]?\d|2[0-3]) [時时시] \x20? (?P<minute>[0-5]\d) [分분]?
          |
            # French and Portuguese hours: ``06h50``, ``6 h 50``, ``6h``; not an age
            # (``Aug 14, 2023 2h ago``).
            (?P<hour>[01]?\d|2[0-3])
            (?: h (?P<minute>[0-5]\d)? | \x20h\x20 (?P<minute>[0-5]\d) ) (?!\w)
            (?!\x20ago\b)
        )
        # Arabic morning and evening after the time: ``06:50 ص``, ``08:30 م``.
        (?: \x20(?P<ampm>[صم])(?!\w) )?
        (?(bracket)\])
        # The word for hours after the time: ``06:50 Uhr``, ``06:50 h``.
        (?: \x20?(?:Uhr|hrs?|hs|h)(?!\w) )?
        (?:
            # ISO 8601's ``Z``: upper case and right after the time (``06:50:00Z``);
            # ``12:30 z`` or ``12:30 Z`` names no zone.
            (?-i:(?P<offset>Z))(?![\w:])
          | \x20?(?P<offset>[+-]\d{2}:?\d{2})(?![\d:])
          # In brackets too: ``18:20 (IST)``, OneIndia's ``18:20 [IST]``.
          | \x20?[(\[]?(?: (?-i:(?P<zone>[A-Z]{2,5})) | (?P<zone>ZONE) )[)\]]?
            (?: (?P<offset>[+-]\d{1,2}(?::?\d{2})?) )?
            # A word the page glued on after the zone: ``4:29 AM ESTUpdated``.
            (?: (?![\w:]) | (?-i:(?=\p{Lu}\p{Ll})) )
        )?
    )?
"""

# The names as tries (``_regex.literal_trie``): each is letters (``segunda-feira`` with a
# hyphen inside) and is followed by a required ``.``, ``,``, space or hyphen, so at most
# one can match at a position.
_WEEKDAY_NAMES = _regex.literal_trie(WEEKDAYS)
_MONTH_NAMES = _regex.literal_trie(MONTHS)
# Zone names in any case (``12:30 gmt``, ``9:10 a.m. est``): only the table's names of
# two letters or more, so an ordinary lower-case word after a time is never read as a
# zone; upper-case words still are, and one the table lacks is left out of the span.
#: A pattern (source text) of the zone table's names of two letters or more, lower
#: case, for patterns that read a zone in any case after a time.
ZONE_NAME_PATTERN = _regex.literal_trie(sorted(z.lower() for z in ZONE_OFFSETS if len(z) > 1))
# The words between a date and its time (``à``, ``um``, ``alle ore``...).
_JOINERS = _regex.literal_trie(TIME_JOINERS)

# A time written before its date, as wire and news pages stamp an update: ``6:50 AM EDT
# Aug 14, 2023``, ``06:50 IST, 14 August 2023``, ``10:01 AM ET, Mon August 14, 2023``,
# ``2:15 PM GMT+8, August 14, 2023``. The hour and minute must be a time of day, a dot
# between them needs ``a.m.``/``p.m.`` or a zone of the table after it (``12.50 Aug 14,
# 2023`` and ``12.50 USD Aug 14, 2023`` are prices), a month name is never the zone
# (``10:02 AM AUG 14, 2023``), and no time may follow the date then.
_LEAD_TIME = r"""
    (?:
        (?P<lead>
            (?<![.,:/])
            (?P<hour>[01]?\d|2[0-3])
            (?:
                : (?P<minute>[0-5]\d) (?: : (?P<second>[0-5]\d) )?
              | \. (?P<minute>[0-5]\d)
                (?= \x20?(?: [ap]\.?m\b | (?-i:(?=[A-Z]{2,5}(?!\p{L}))) ZONE (?!\p{L}) ) )
            )
            (?!\d)
            (?: \x20?(?P<ampm>[ap]\.?m\b\.?) )?
            (?:
                \x20\(?
                (?! MONTH (?!\p{L}) )
                (?: (?-i:(?P<zone>[A-Z]{2,5})) | (?P<zone>ZONE) )
                (?P<offset>[+-]\d{1,2}(?::?\d{2})?)?
                \)?
            )?
            (?: ,\x20? | \x20[-|/\u2013\u2014\u00b7\u2022]\x20 | \x20 )
        )
    )?
"""

# What may not come right before a date: a letter, a digit or a hyphen, but a date may
# follow a Chinese, Japanese or Korean letter straight on (``发布于2023年8月14日``).
_NOT_BEFORE = r"[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|-"

DATE_RE = regex.compile(
    r"""
    # Not inside a word or a number, nor in a time's minutes (``12:30 Aug 14``,
    # ``9.05 August 14, 2023``).
    (?<!NOT_BEFORE|\d[:.])
    LEAD_TIME
    (?:
        (?P<year>\d{4}) - (?P<month>\d{2}) - (?P<day>\d{2}) (?!\d)
      |
        # Chinese, Japanese and Korean: ``2023年8月14日``, ``2023년 8월 14일``.
        (?P<year>\d{4}) \x20?[年년]\x20? (?P<month>0?[1-9]|1[0-2]) \x20?[月월]\x20?
        (?P<day>0?[1-9]|[12]\d|3[01]) \x20?[日일]
      |
        # Year first with slashes or dots, as East Asian and many other pages write
        # it: ``2023/08/14``, ``2023.8.14``. One separator throughout, and none before
        # the year: ``example.com/2023/08/14`` is a path, ``1.2023.8.14`` a version.
        (?<!/) (?P<year>\d{4}) / (?P<month>\d{1,2}) / (?P<day>\d{1,2}) (?![\d/])
      |
        # With dots, a month and a day that may be one, and no ``.N`` after them
        # (``2023.08.14.1``); nor after a version word or a product's name in capitals
        # or with a capital inside (``version 2023.2.1``, ``IntelliJ IDEA 2023.2.1``,
        # ``PyCharm 2023.2.1``): those are versions. A month written with its zero
        # after a word in capitals is a date (a dateline: ``SEOUL 2023.08.14``).
        (?<!\.) (?=\d{4}\.)
        (?<! (?<![\w.-]) (?: version | ver\.? | v\.? | build | patch | rev(?:ision|\.)? ) \x20 )
        (?: (?=\d{4}\.0[1-9]\.)
          | (?<! (?-i: (?<![\p{L}\p{N}])
                       (?: \p{L}{0,20}\p{Ll}\p{Lu}\p{L}{0,20} | \p{Lu}{2,5} ) ) \x20 )
        )
        (?P<year>\d{4}) \. (?P<month>0?[1-9]|1[0-2]) \. (?P<day>0?[1-9]|[12]\d|3[01])
        (?![\d.]\d|\d)
      |
        (?: (?P<weekday>WEEKDAY)\.?,?\x20 )?
        # ``14 Aug 2023``, ``14th of August 2023``, ``14 de agosto de 2023``, and with
        # dots alone, as Brazilian pages write it: ``14.ago.2023``, and so the
        # abbreviations that are words elsewhere too (``10.out.2023``, ``20.set.2023``).
        (?P<day>\d{1,2}) (?:st|nd|rd|th|er)? (?: \.?[\x20-] (?:(?:de|of)\x20)? | \. )
        # Thai writes the era before a year: ``14 สิงหาคม พ.ศ. 2566``.
        (?P<monthname>MONTH | (?<=\d\.) DOTTED (?=\.\d{4}(?!\d)) )
        (?: \.?,?[\x20-] (?:de\x20|พ\.ศ\.\x20?)? | \.(?=\d{4}(?!\d)) )
        (?P<year>\d{4}|\d{2}) (?: (?![\d:]) | (?<=\d{4}) (?=\d{1,2}:\d{2}(?!\d)) )
      |
        (?: (?P<weekday>WEEKDAY)\.?,?\x20 )?
        (?P<monthname>MONTH) \.?\x20
        (?P<day>\d{1,2}) (?:st|nd|rd|th)? ,?\x20
        (?P<year>\d{4}) (?: (?!\d) | (?=\d{1,2}:\d{2}(?!\d)) )
      |
        (?P<first>\d{1,2}) / (?P<second_>\d{1,2}) / (?P<year>\d{4}) (?!\d)
      |
        # Dashes and dots, read as slashes are (day first outside the US): ``14-08-2023``
        # on Indian and European pages, ``14.08.2023`` on German ones. The year must be
        # 19xx or 20xx, and no digit group may follow with the same separator, so
        # phone numbers and version numbers (``1.2.2023.4``) are no dates.
        (?P<first>\d{1,2}) - (?P<second_>\d{1,2}) - (?P<year>(?:19|20)\d{2})
        (?!\d|-\d(?!\d?:\d{2}))  # but a time may follow a dash: ``14-08-2023-06:50``
      |
        (?<!\.) (?P<first>\d{1,2}) \. (?P<second_>\d{1,2}) \. (?P<year>(?:19|20)\d{2})
        (?!\d|\.\d)
      |
        # The year in two digits, as Dutch and German pages stamp an article
        # (``08-05-25, 16:12``, ``08.05.25 16:12``) and US and Australian ones with
        # slashes (``03/25/25 4:12 PM``): only with the time after it, so that scores,
        # codes and fractions (``3-1-25``, ``1/2/25``) are no dates.
        (?<![\d./-])
        (?: (?P<first>\d{1,2}) - (?P<second_>\d{1,2}) -
          | (?P<first>\d{1,2}) \. (?P<second_>\d{1,2}) \.
          | (?P<first>\d{1,2}) / (?P<second_>\d{1,2}) / )
        (?P<year>\d{2}) (?=,?\x20\d{1,2}:\d{2}(?![\d:]|\.\d))
    )
    (?(lead)|TIME)
    """.replace("NOT_BEFORE", _NOT_BEFORE)
    .replace("LEAD_TIME", _LEAD_TIME)
    .replace("TIME", _TIME)
    .replace("JOINER", _JOINERS)
    .replace("WEEKDAY", _WEEKDAY_NAMES)
    .replace("MONTH", _MONTH_NAMES)
    .replace("DOTTED", _regex.literal_trie(DOTTED_MONTHS))
    .replace("ZONE", ZONE_NAME_PATTERN),
    regex.VERBOSE | regex.IGNORECASE,
)

# The shape most pages stamp their date in, day first with a month in English letters:
# ``14 Aug 2023``, ``14 August 2023, 06:50 AM IST``, ``14 Aug 2023 06:50:00 GMT``.
# Where it matches, DATE_RE matches the same text with the same groups, so
# ``_date_matches`` tries it first and DATE_RE, many times its size, only where it
# fails. Each part is one DATE_RE reads the same way here:
#
# * a day of one or two digits and a space: no time before the date (LEAD_TIME needs a
#   ``:`` or ``.`` after its hour) and none of the year-first branches (four digits);
# * a month of letters and a space, then four digits: no other month name fits there
#   (none has a space and a digit inside, nor a ``.``, ``,``, space or ``-`` after
#   letters that would end a shorter one);
# * a time as DATE_RE's first hour form reads it, after ``, `` or a space, then at most a
#   zone in capitals that is no ``Uhr``/``hrs`` word;
# * and after all of it, the end of the region or a character none of DATE_RE's
#   optional parts starts with (a line break, tab, ``;``, ``|`` or a ``.`` that no
#   digit follows; not ``]``, which may close a zone in square brackets, ``[IST]``), so
#   DATE_RE cannot read on where this stops.
#
# Tests compare the two on generated dates in many shapes and on every golden text.
_COMMON_DATE_RE = regex.compile(
    r"""\G
    # Only ever matched where _date_matches starts it (\G: a search tries no other place).
    # DATE_RE's groups, in its order, so that one reader serves both.
    (?(DEFINE) (?P<lead>) (?P<hour>) (?P<minute>) (?P<second>) (?P<ampm>) (?P<zone>)
               (?P<offset>) (?P<year>) (?P<month>) (?P<day>) (?P<weekday>)
               (?P<monthname>) (?P<first>) (?P<second_>) (?P<bracket>) )
    (?<!NOT_BEFORE|\d[:.])
    # Atomic: each optional part is taken as DATE_RE takes it, never given back to
    # make the end fit (``p.m.`` stays ``p.m.``, where DATE_RE keeps it).
    (?>
        (?P<day>\d{1,2}) \x20 (?P<monthname>MONTH) \x20 (?P<year>\d{4}) (?![\d:])
        (?:
            (?: ,\x20 | \x20 )
            (?P<hour>\d{1,2}) : (?P<minute>\d{2}) (?: : (?P<second>\d{2}) )?
            (?: \x20?(?P<ampm>[ap]\.?m\b\.?) )?
            (?: \x20 (?!(?:uhr|hrs?|hs)(?!\w)) (?-i:(?P<zone>[A-Z]{2,5})) )?
        )?
    )
    (?= [\n\r\t;|] | \.(?!\d) | \Z )
    """.replace("NOT_BEFORE", _NOT_BEFORE).replace(
        "MONTH", _regex.literal_trie(m for m in MONTHS if m.isascii() and m.isalpha())
    ),
    regex.VERBOSE | regex.IGNORECASE,
)

# Where DATE_RE may start: a digit or a name at a word start. It is tried only there,
# since the whole pattern costs far more per position than this one. Only where a
# match starts counts, so the weekday and month names are one trie (half the cost of
# two tries side by side).
_DATE_START_RE = regex.compile(
    rf"(?<!{_NOT_BEFORE})(?:\d|{_regex.literal_trie(sorted({*WEEKDAYS, *MONTHS}))})",
    regex.IGNORECASE,
)


# Every date holds a digit at most this far from its start (a weekday, a month name
# and the dots, commas and spaces after them): a search may start this far before
# the first digit of the region, since no date can start earlier.
_LEAD = max(map(len, WEEKDAYS)) + len(".,\x20") + max(map(len, MONTHS)) + len(".\x20")
# Both are searched for where the first match starts, so each takes the rest of the region
# too (a jump to its end, in the engine): a scan of text dense with numbers then makes
# one match, not one per run of digits.
# A run of digits (group 1), then the rest of the region.
_DIGITS_ON_RE = regex.compile(r"(?s)(\d++).*+")
# Every date holds two digits side by side (its year: ``\d{4}`` or ``\d{2}`` in every
# branch of ``DATE_RE``), and two runs of digits at least (a year and a day, apart): a
# region without them holds none (``3 min read``, ``Page 2 of 9``, ``Share 12``).
_TWO_DIGITS_ON_RE = regex.compile(r"(?s)\d\d.*+")


def _first_digits(text: str, pos: int, end: int) -> int | None:
    """Where the first run of digits in the region starts; ``None`` if it can hold no date.

    ``None`` when the region holds fewer than two runs of digits, or no two digits
    side by side.

    Examples:
        >>> _first_digits("Filed 14 Aug 2023", 0, 17), _first_digits("Page 2 of 9", 0, 11)
        (6, None)
        >>> _first_digits("1 to 2 in 2023", 0, 14), _first_digits("3 min read", 0, 10)
        (0, None)
    """
    first = _regex.search(_DIGITS_ON_RE, text, pos, end)
    if first is None:
        return None
    second = _regex.search(_DIGITS_ON_RE, text, first.end(1), end)
    if second is None:
        return None
    if (
        first.end(1) - first.start() == 1
        and second.end(1) - second.start() == 1
        and _regex.search(_TWO_DIGITS_ON_RE, text, second.end(1), end) is None
    ):
        return None
    return first.start()


@frozen(kw_only=True)
class DateMatch:
    """A date found in text.

    Args:
        value: The datetime; tz-aware when the text names a known zone or offset.
        precision: How much of ``value`` the text gave.
        span: Where the date is written.
        zone: The zone abbreviation as written, if any.

    Examples:
        >>> next(find_dates("Filed 2023-08-14 in Seoul")).span
        Span(start=6, end=16)
    """

    value: dt.datetime
    precision: DatePrecision
    span: Span
    zone: str | None = None


def resolve_zone(name: str, options: ParseOptions = DEFAULT_OPTIONS) -> dt.tzinfo | None:
    """Return the zone an abbreviation names, the caller's ``tzinfos`` first.

    Args:
        name: An abbreviation such as ``"IST"`` or ``"EDT"``.
        options: Carries the caller's ``tzinfos`` overrides.

    Returns:
        A :class:`datetime.tzinfo`, or ``None`` for a name nobody knows.

    Examples:
        >>> resolve_zone("EDT").utcoffset(None)
        datetime.timedelta(days=-1, seconds=72000)
        >>> resolve_zone("IST", ParseOptions(tzinfos={"IST": 3600})).utcoffset(None)
        datetime.timedelta(seconds=3600)
    """
    given = options.tzinfos.get(name)
    if given is None and not name.isupper():
        given = options.tzinfos.get(name.upper())
    if isinstance(given, dt.tzinfo):
        return given
    if isinstance(given, int):
        return dt.timezone(dt.timedelta(seconds=given), name)
    upper = name.upper()
    minutes = ZONE_OFFSETS.get(upper)
    if minutes is None:
        return None
    if minutes == 0:
        return dt.timezone.utc
    zone = _ZONES.get((upper, minutes))
    if zone is None:
        zone = _ZONES[upper, minutes] = dt.timezone(dt.timedelta(minutes=minutes), upper)
    return zone


def _sunday(year: int, month: int, nth: int) -> int:
    """The day of the month of its ``nth`` Sunday (``-1``: the last)."""
    if nth > 0:
        first = (6 - dt.date(year, month, 1).weekday()) % 7 + 1
        return first + 7 * (nth - 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last.day - (last.weekday() + 1) % 7


# The first year of each US daylight saving rule, with the (month, nth Sunday) it
# starts and ends on; 1974 and 1975 started early, in the energy crisis.
_US_DAYLIGHT_RULES = (
    (2007, (3, 2), (11, 1)),
    (1987, (4, 1), (10, -1)),
    (1976, (4, -1), (10, -1)),
    (1967, (4, -1), (10, -1)),
)
_US_EARLY_STARTS = {1974: (1, 6), 1975: (2, 23)}


def _us_daylight(when: dt.datetime) -> bool | None:
    """Whether the US kept daylight saving time at local time ``when`` (``None`` before 1967).

    It starts at 2:00 standard time and ends at 2:00 daylight time; the hour that
    repeats at its end is read as daylight time, the first time the clock shows it.

    Examples:
        >>> _us_daylight(dt.datetime(2023, 8, 14, 10)), _us_daylight(dt.datetime(2023, 11, 5, 3))
        (True, False)
        >>> _us_daylight(dt.datetime(1987, 4, 5, 1)), _us_daylight(dt.datetime(1987, 4, 5, 2))
        (False, True)
        >>> _us_daylight(dt.datetime(1950, 7, 1)) is None
        True
    """
    year = when.year
    for first_year, (start_month, start_nth), (end_month, end_nth) in _US_DAYLIGHT_RULES:
        if year >= first_year:
            early = _US_EARLY_STARTS.get(year)
            start = (
                dt.datetime(year, *early, 2)  # noqa: DTZ001 - local clock times
                if early is not None
                else dt.datetime(year, start_month, _sunday(year, start_month, start_nth), 2)  # noqa: DTZ001
            )
            end = dt.datetime(year, end_month, _sunday(year, end_month, end_nth), 2)  # noqa: DTZ001
            return start <= when.replace(tzinfo=None) < end
    return None


def seasonal_zone(
    name: str, when: dt.datetime, options: ParseOptions = DEFAULT_OPTIONS
) -> dt.tzinfo | None:
    """The zone a US name such as ``ET`` names at local time ``when``: EST or EDT.

    :data:`newsparse.vocab.SEASONAL_ZONES` lists the names; ``None`` for another name,
    or a year before 1967, when the US kept no one rule.

    Examples:
        >>> seasonal_zone("ET", dt.datetime(2023, 8, 14, 10))
        datetime.timezone(datetime.timedelta(days=-1, seconds=72000), 'EDT')
        >>> seasonal_zone("PT", dt.datetime(2023, 1, 9, 10)).tzname(None)
        'PST'
    """
    names = SEASONAL_ZONES.get(name)
    daylight = _us_daylight(when) if names is not None else None
    if names is None or daylight is None:
        return None
    return resolve_zone(names[daylight], options)


def clock_hour(hour: int, ampm: str | None) -> int:
    """The hour of the day that ``hour`` is, read with ``ampm`` (``p.m.``, ``AM``...) if given.

    Examples:
        >>> clock_hour(3, "p.m."), clock_hour(12, "AM"), clock_hour(12, "pm"), clock_hour(9, None)
        (15, 0, 12, 9)
    """
    marker = (ampm or "").casefold()
    if marker.startswith("p") and hour < 12:  # noqa: PLR2004
        return hour + 12
    if marker.startswith("a") and hour == 12:  # noqa: PLR2004
        return 0
    return hour


# A zone written out after a time, as a whole word: ``08:00 AM Eastern Daylight Time``.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_SPELLED_ZONE_RE = regex.compile(
    r"\G[\x20\xa0]{1,3}+(?P<name>\L<zones>)(?![\p{L}\p{N}])", zones=list(SPELLED_ZONES)
)


def spelled_zone(
    text: str, pos: int, endpos: int, when: dt.datetime, options: ParseOptions = DEFAULT_OPTIONS
) -> tuple[dt.tzinfo, int] | None:
    """The zone written out at ``text[pos:endpos]`` after a time, and where its name ends.

    ``when`` is the local time, for a name that leaves standard or daylight time open
    (``Eastern Time``); :data:`newsparse.vocab.SPELLED_ZONES` lists the names.

    Examples:
        >>> text = "08:00 AM Eastern Daylight Time"
        >>> tz, end = spelled_zone(text, 8, len(text), dt.datetime(2023, 8, 14, 8))
        >>> tz.tzname(None), end == len(text)
        ('EDT', True)
        >>> spelled_zone(" Eastern Europe", 0, 15, dt.datetime(2023, 8, 14, 8)) is None
        True
    """
    if text.find("Time", pos, endpos) < 0:
        return None
    m = _regex.match(_SPELLED_ZONE_RE, text, pos, endpos)
    if m is None:
        return None
    name = SPELLED_ZONES[m["name"]]
    tz = seasonal_zone(name, when, options) or resolve_zone(name, options)
    return None if tz is None else (tz, m.end())


def zone_after_time(
    name: str,
    options: ParseOptions = DEFAULT_OPTIONS,
    *,
    after_ampm: bool,
    word_follows: bool = False,
) -> dt.tzinfo | None:
    """Return the zone a name written right after a time names, in any case.

    A name in capitals is looked up as :func:`resolve_zone` does. One written in
    lower or mixed case (``gmt``, ``Est``) is a zone too, unless it is a single
    letter, or it is also a word (:data:`newsparse.vocab.ZONE_WORDS`: ``ist``,
    ``est``, ``met``, ``cet``...) and either no ``a.m.``/``p.m.`` comes before it or a
    word follows it (``6 pm met the press``, ``6 pm Met Office``, ``7:45 pm West Ham``).

    Args:
        name: The word after the time.
        options: Carries the caller's ``tzinfos`` overrides.
        after_ampm: Whether ``a.m.``, ``pm`` or the like comes between time and name.
        word_follows: Whether a word follows the name (:func:`word_at`).

    Returns:
        A :class:`datetime.tzinfo`, or ``None`` if the word names no zone here.

    Examples:
        >>> zone_after_time("gmt", after_ampm=False).utcoffset(None)
        datetime.timedelta(0)
        >>> zone_after_time("est", after_ampm=True).utcoffset(None)
        datetime.timedelta(days=-1, seconds=68400)
        >>> zone_after_time("ist", after_ampm=False) is None
        True
    """
    if not name.isupper() and (
        len(name) < 2  # noqa: PLR2004 - a letter alone is no zone
        or ((word_follows or not after_ampm) and caseless(name) in ZONE_WORDS)
    ):
        return None
    return resolve_zone(name, options)


def word_at(text: str, pos: int, endpos: int) -> bool:
    """Whether a word (a letter, after at most a few spaces) starts at ``pos``.

    Examples:
        >>> word_at("pm met the press", 6, 16), word_at("pm Met Office", 6, 13)
        (True, True)
        >>> word_at("est, on", 3, 7), word_at("gmt", 3, 3)
        (False, False)
    """
    return _word_start(text, pos, endpos) >= 0


def _word_start(text: str, pos: int, endpos: int) -> int:
    """Where the word :func:`word_at` looks for starts, or -1 when there is none."""
    i, stop = pos, min(endpos, pos + _WORD_GAP)
    while i < stop and text[i] in " \t\u00a0":
        i += 1
    return i if i > pos and i < endpos and text[i].isalpha() else -1


def _names_a_thing(text: str, pos: int, endpos: int) -> bool:
    """Whether a capitalised word that is no weekday or month starts at ``pos``.

    After ``ET``, ``CT``, ``MT`` or ``PT`` such a word makes them no zone but a name's
    start (``3:15 MT Hood``, ``8:00 CT Scan``); a weekday, a month, a stamp's word or
    a word in capitals goes with the zone (``4:10 p.m. CT Tuesday``, ``6:50 AM ET Aug
    14``, ``10:30 ET Updated 11:05 ET``).

    Examples:
        >>> _names_a_thing("MT Hood", 2, 7), _names_a_thing("CT scan", 2, 7)
        (True, False)
        >>> _names_a_thing("ET Tuesday", 2, 10), _names_a_thing("ET Aug. 14", 2, 10)
        (False, False)
        >>> _names_a_thing("ET, Monday", 2, 10), _names_a_thing("ET", 2, 2)
        (False, False)
        >>> _names_a_thing("ET Updated", 2, 10), _names_a_thing("ET UPDATED", 2, 10)
        (False, False)
    """
    start = _word_start(text, pos, endpos)
    if start < 0:
        return False
    stop = start
    while stop < endpos and stop - start <= _LONGEST_NAME and text[stop].isalpha():
        stop += 1
    word = caseless(text[start:stop])
    return (
        text[start].isupper()
        and not text[start:stop].isupper()
        and word not in WEEKDAYS
        and word not in MONTHS
        and word not in _STAMP_WORDS
    )


# The longest weekday or month name read after a zone.
_LONGEST_NAME = 20
# Words a page's stamp sets after a zone (``10:30 ET Updated 11:05 ET``).
_STAMP_WORDS = STAMP_LABELS | STAMP_LEADS | {"edited"}
# How many spaces between a zone's name and a word after it are looked past.
_WORD_GAP = 4


# The zones resolve_zone has made, by name and offset (timezone objects are immutable).
_ZONES: dict[tuple[str, int], dt.timezone] = {}


def _offset(text: str) -> dt.tzinfo | None:
    if text == "Z":
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    if len(digits) <= 2:  # noqa: PLR2004 - hours only
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if hours > 14 or minutes > 59:  # noqa: PLR2004 - the widest real offset is +14:00
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _century(two_digits: int, reference: dt.date | None) -> int:
    """Resolve a two-digit year: against ``reference`` when given, else RFC 5322's rule."""
    if reference is None:
        return (2000 if two_digits < 50 else 1900) + two_digits  # noqa: PLR2004 - RFC 5322 4.3
    year = reference.year - reference.year % 100 + two_digits
    return year - 100 if year > reference.year + 1 else year


# DATE_RE's groups by number: a name that several branches share is one group, and
# one ``groups()`` call reads them all (the regex module looks each name up slowly).
_G = DATE_RE.groupindex
_YEAR, _MONTH, _DAY, _MONTHNAME = _G["year"], _G["month"], _G["day"], _G["monthname"]
_FIRST, _SECOND_, _HOUR, _MINUTE = _G["first"], _G["second_"], _G["hour"], _G["minute"]
_SECOND, _AMPM, _ZONE, _OFFSET = _G["second"], _G["ampm"], _G["zone"], _G["offset"]
_LEAD_TIME_GROUP = _G["lead"]


# The Buddhist era runs 543 years ahead of the common era; a Thai page's year past 2400
# is one of its years, and two digits are a year of its 2500s.
_BE_OFFSET, _BE_FROM, _BE_CENTURY = 543, 2400, 2500
# The years a news text dates itself in: any other (``14 August 2567`` in English, a
# Buddhist-era year without a Thai month) is no date of ours.
_FIRST_YEAR, _LAST_YEAR = 1700, 2199

# The halves of the day written in other scripts, as ``clock_hour`` reads them.
_HALF_DAYS = {
    "上午": "am", "下午": "pm", "午前": "am", "午後": "pm", "오전": "am", "오후": "pm",
    "ص": "am", "م": "pm",
}  # fmt: skip


#: The halves of the day as a US clock writes them, in capitals, a US zone after them:
#: ``10/1/2025, 1:00 PM ET``, US sites' ``11/19/19 06:56 AM EST``; a date in figures
#: with a slash before such a clock reads month first (:func:`_us_clock`). With no zone
#: the clock tells nothing: Australian, Indian and British pages print ``04/03/2025
#: 10:15 AM`` day first as often as US ones print it month first.
_US_HALF_DAYS = frozenset(("AM", "PM", "A.M.", "P.M."))
#: The zones named after a US clock (:data:`SEASONAL_ZONES` and their standard and
#: daylight names): another zone after the clock (``1:00 PM AEST``) is a day-first
#: country's, and the date keeps reading day first.
_US_ZONE_NAMES = frozenset(
    (
        *SEASONAL_ZONES,
        *(name for pair in SEASONAL_ZONES.values() for name in pair),
        "AKST",
        "AKDT",
        "HST",
    )
)


def _us_clock(m: regex.Match[str], ampm: str | None, zone: str | None) -> bool:
    """Whether a date in figures parted by slashes has a US clock beside it: month first.

    The halves of the day in capitals and a US zone: ``10/1/2025, 1:00 PM ET`` is 1
    October; ``10/1/2025 13:00`` and ``10/1/2025, 1:00 PM`` with no zone stay 10
    January (see :data:`_US_HALF_DAYS`).
    """
    return (
        ampm in _US_HALF_DAYS
        and zone is not None
        and zone.upper() in _US_ZONE_NAMES
        and m.string[m.end(_FIRST) : m.end(_FIRST) + 1] == "/"
    )


def _short_year_reading(
    first: int, second: int, ampm: str | None, zone: str | None, text: str
) -> bool | None:
    """Whether a date in figures with a year of two digits reads day first (None: unread).

    The Dutch and German stamps that write the year in two digits count the hours to
    24 (``08-05-25, 16:12``): day first. The halves of the day after it (``03-12-25
    4:12 PM``) are a US site's, month first, as often as an Indian or an Australian
    one's, day first: a US zone after the clock reads it month first, another zone day
    first (``4:12 PM IST``), and with no zone the date is read day first on a page
    ``text`` that is no US one (:func:`_day_first_page`) or else only if one of its
    numbers cannot be a month. The halves of the day in other scripts
    (:data:`_HALF_DAYS`) are a day-first country's.
    """
    if ampm is None or ampm in _HALF_DAYS:
        return True
    if zone is not None:
        return zone.upper() not in _US_ZONE_NAMES
    if first == second or first > 12 or second > 12:  # noqa: PLR2004
        return True  # either order gives that day, or the day is the larger
    return True if _day_first_page(text) else None


# What marks an Indian page in English, which writes its dates day first with the
# halves of the day and no zone (``Updated: 03-12-25 04:12 PM``): the country's name,
# its zone, its currency's sign.
_INDIAN_PAGE_RE = regex.compile(r"\b(?:India|Indian|IST)\b|\u20b9")


def _day_first_page(text: str) -> bool:
    """Whether a page is no US one: not in English, or an Indian site's.

    Read for a date in figures with a two-digit year, the halves of the day and no
    zone (``03-12-25 04:12 PM``), only when both numbers may be the month: a Hindi or
    a French page (:func:`~newsparse.stopwords.guess_language`), or an English page
    that names India, reads it day first; another English page leaves it unread.
    """
    if _regex.search(_INDIAN_PAGE_RE, text) is not None:
        return True
    return guess_language(text.split()) not in (None, "en")


def _from_match(m: regex.Match[str], options: ParseOptions, *, dayfirst: bool) -> DateMatch | None:
    g: tuple[Any, ...] = (None, *m.groups())  # g[n] is group n
    year_s: str = g[_YEAR]  # every branch sets the year
    year = int(year_s)
    monthname = g[_MONTHNAME]
    short = len(year_s) == 2  # noqa: PLR2004
    if monthname and caseless(monthname) in BUDDHIST_ERA_MONTHS and (short or year > _BE_FROM):
        # A Thai page's year: ``2566`` or ``66`` is 2023.
        year = (year + _BE_CENTURY if short else year) - _BE_OFFSET
    elif short:
        year = _century(year, options.reference)
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    if monthname:
        name = caseless(monthname)
        month = MONTHS.get(name) or DOTTED_MONTHS[name]
        day = int(g[_DAY])
    elif g[_FIRST]:
        first, second = int(g[_FIRST]), int(g[_SECOND_])
        if short:
            reading = _short_year_reading(first, second, g[_AMPM], g[_ZONE], m.string)
            if reading is None:
                return None
            dayfirst = dayfirst and reading
        elif dayfirst and _us_clock(m, g[_AMPM], g[_ZONE]):
            dayfirst = False
        day, month = (first, second) if dayfirst else (second, first)
        if month > 12 and day <= 12:  # noqa: PLR2004
            day, month = month, day
    else:
        month, day = int(g[_MONTH]), int(g[_DAY])
    precision: DatePrecision = "day"
    hour = minute = second = 0
    start, end = m.span()
    tz: dt.tzinfo | None = None
    zone: str | None = None
    hour_s = g[_HOUR]
    if hour_s is not None:
        ampm = g[_AMPM]
        hour = clock_hour(int(hour_s), _HALF_DAYS.get(ampm, ampm))
        minute_s, second_s = g[_MINUTE], g[_SECOND]
        minute = int(minute_s or 0)
        second = min(int(second_s or 0), 59)
        precision = "second" if second_s else "minute" if minute_s else "hour"
        zone, offset = g[_ZONE], g[_OFFSET]
        lead = g[_LEAD_TIME_GROUP] is not None
        if zone:
            tz = zone_after_time(
                zone,
                options,
                after_ampm=bool(ampm),
                # Before the date, the date follows the zone, not a word.
                word_follows=not lead and word_at(m.string, end, m.endpos),
            )
            if (
                tz is None
                and zone in SEASONAL_ZONES
                and not _names_a_thing(m.string, m.end(_ZONE), m.endpos)
            ):
                # ``ET``: EST or EDT, as the US kept its clocks on that date.
                try:
                    tz = seasonal_zone(zone, dt.datetime(year, month, day, hour, minute), options)  # noqa: DTZ001
                except ValueError:  # no such day: the date is not read below either
                    tz = None
            if tz is None and lead:
                # Inside the span, between time and date: it stays there, named by no
                # zone (``10:01 AM YEKT, Mon August 14, 2023`` is naive).
                zone = None
            elif tz is None:
                # Not a zone we know: leave the word out of the date's span.
                end = m.start(_ZONE)
                if m.string[end - 1] in "( ":
                    end -= 1
                zone = None
            elif offset:
                tz = _offset(offset) if zone.upper() in {"GMT", "UTC", "UT"} else tz
            elif (
                not lead
                and m.string.startswith(" DST", end, m.endpos)
                and isinstance(tz, dt.timezone)
            ):
                # ``MET DST`` (old mail and news headers): the zone's summer time.
                tz = dt.timezone(tz.utcoffset(None) + dt.timedelta(hours=1))
                end += len(" DST")
        elif offset:
            tz = _offset(offset)
    try:
        value = dt.datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None
    end = _trim_end(m.string, start, end)
    return DateMatch(value=value, precision=precision, span=Span(start, end), zone=zone)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,(":
        end -= 1
    return end


def find_dates(
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    options: ParseOptions = DEFAULT_OPTIONS,
    dayfirst: bool = True,
) -> Iterator[DateMatch]:
    """Yield every valid date in ``text[pos:endpos]``, in order, with absolute spans.

    Args:
        text: The text to search; it is not sliced, so spans index it directly.
        pos: Where to start.
        endpos: Where to stop; the end of the text by default.
        options: Zone overrides and the reference date for two-digit years.
        dayfirst: Read ``01/02/2023`` as 1 February (the default outside the US).

    Yields:
        :class:`DateMatch` values; impossible dates (``31 Feb``) are skipped.

    Examples:
        >>> [m.value.date().isoformat() for m in find_dates("From 1/2/2023 to 05/02/2023")]
        ['2023-02-01', '2023-02-05']
    """
    end = len(text) if endpos is None else endpos
    for m in _date_matches(text, pos, end):
        found = _from_match(m, options, dayfirst=dayfirst)
        if found is not None:
            yield found


#: The most days a page's two stamps, posted and updated, set apart with a dash lie
#: apart: two dates further apart are a span (a life, a period), no page's date.
MAX_STAMPS_DAYS = 31


def opens_span(text: str, found: DateMatch, endpos: int | None = None) -> bool:
    """Whether ``found`` opens a span of two dates a dash joins, before ``endpos``.

    A life's span under a name (``Karl Brenner, 3. Mai 1931 - 12. Januar 2025``) or a
    period (``1 March 2024 - 30 June 2024``, with a tilde ``2025.06.10 ~ 2025.06.20``
    however short) dates no page: the line is no date line.

    Examples:
        >>> text = "Karl Brenner, 3. Mai 1931 \u2013 12. Januar 2025:"
        >>> opens_span(text, next(find_dates(text)))
        True
        >>> text = "3 May 2024 - Updated 4 May 2024"
        >>> opens_span(text, next(find_dates(text)))
        False
        >>> text = "Jun 3, 2025 - Jun 4, 2025 10:00"
        >>> opens_span(text, next(find_dates(text)))
        False
        >>> text = "\ub4f1\ub85d: 2025.06.10 ~ 2025.06.20"
        >>> opens_span(text, next(find_dates(text)))
        True
    """
    end = len(text) if endpos is None else endpos
    at = found.span.end
    stop = min(end, at + 5)
    while at < stop and text[at] in " \u00a0":
        at += 1
    if at >= stop or text[at] not in _SPAN_JOINS:
        return False
    # A tilde joins a period (Korean, Japanese and Chinese ``2025.06.10 ~ 2025.06.20``),
    # never a page's two stamps, however near.
    tilde = text[at] in _TILDES
    at += 1
    while at < end and text[at] in " \u00a0":
        at += 1
    # The colon that may close the span is left out of reach: a year right before a
    # colon is no date (``2025:``).
    reach = min(end, at + 60)
    colon = text.find(":", at, reach)
    after = next(find_dates(text, at, reach if colon < 0 else colon), None)
    # A page's stamps, posted and updated, a dash between them, lie days apart (``Jun 3,
    # 2025 - Jun 4, 2025 10:00``); a life or a period runs longer.
    return (
        after is not None
        and after.span.start == at
        and (tilde or (after.value.date() - found.value.date()).days > MAX_STAMPS_DAYS)
    )


# The tildes that join a period's dates: ASCII, the wave dash, the full-width tilde.
_TILDES = "~\u301c\uff5e"
_SPAN_JOINS = "-\u2013\u2014" + _TILDES


def may_hold_date(text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """False only when ``text[pos:endpos]`` holds no date :func:`find_dates` finds.

    Every date holds two runs of digits (a year and a day, apart) and two digits side
    by side (its year), so a region without them (``3 min read``, ``Share 12``, ``Page 2
    of 9``) holds none: a short search or two, where :func:`find_dates` sets up a
    generator first.

    Examples:
        >>> may_hold_date("3 min read"), may_hold_date("Share 12")
        (False, False)
        >>> may_hold_date("Posted 14 Aug 2023"), may_hold_date("Posted 2023")
        (True, False)
    """
    end = len(text) if endpos is None else endpos
    return _first_digits(text, pos, end) is not None


# No date is nearly this long: a match tried at a start never reads beyond it, so the
# attempt stays under the size that arms a time limit.
_DATE_REACH = _regex.UNTIMED_CHARS


def _date_matches(text: str, pos: int, end: int) -> Iterator[regex.Match[str]]:
    """What ``DATE_RE.finditer(text, pos, end)`` yields, found faster.

    A region with fewer than two runs of digits, or no two digits side by side, holds
    no date (every date has a year of two or four digits and a day apart from it) and
    is not searched further. Else the search starts ``_LEAD`` characters before the
    region's first digit (no date starts earlier), and ``DATE_RE`` is tried only where
    ``_DATE_START_RE`` says a date may start, leftmost first, as ``finditer`` would,
    and only where the far smaller ``_COMMON_DATE_RE`` matches nothing. Tests check
    that both give the same matches.

    Examples:
        >>> text = "14 Aug 2023, 06:50 AM IST; Aug 14, 2023"
        >>> [(m.group(), m.re is DATE_RE) for m in _date_matches(text, 0, len(text))]
        [('14 Aug 2023, 06:50 AM IST', False), ('Aug 14, 2023', True)]
    """
    digit = _first_digits(text, pos, end)
    if digit is None:
        return
    at = max(pos, digit - _LEAD)
    while True:
        start = _regex.search(_DATE_START_RE, text, at, end)
        if start is None:
            return
        s = start.start()
        stop = min(end, s + _DATE_REACH)
        m = None
        if " " in text[s + 1 : s + 3]:  # the common shape's day and a space: ``14 ``, ``9 ``
            m = _regex.match(_COMMON_DATE_RE, text, s, stop)
        if m is None:
            m = _regex.match(DATE_RE, text, s, stop)
        if m is None:
            at = s + 1
            continue
        yield m
        at = m.end()


# Two defaults that differ in every part: what dateutil fills in differs between them.
_DU_DEFAULTS = (
    dt.datetime(2000, 1, 1, 0, 0, 0),  # noqa: DTZ001 - naive unless the text names a zone
    dt.datetime(2001, 2, 2, 1, 1, 1),  # noqa: DTZ001
)


def parse_date(
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    options: ParseOptions = DEFAULT_OPTIONS,
    dayfirst: bool = True,
) -> DateMatch | None:
    """Read a string known to hold one date, such as a ``Date:`` header's value.

    The bounded pattern is tried first; only if it finds nothing does dateutil read
    the string, twice with different defaults, so that any part it filled in rather
    than read is known and the precision stays honest. A string with no year gives
    ``None``: the year is never borrowed from the clock.

    Args:
        text: The text holding the date.
        pos: Where the date string starts.
        endpos: Where it ends; the end of the text by default.
        options: Zone overrides and the reference date.
        dayfirst: Read ``01/02/2023`` as 1 February.

    Returns:
        The :class:`DateMatch`, or ``None`` if no date with a year is there.

    Examples:
        >>> parse_date("Tuesday 14th of August, 2023").value.date().isoformat()
        '2023-08-14'
        >>> parse_date("14 August") is None
        True
    """
    end = len(text) if endpos is None else endpos
    found = next(find_dates(text, pos, end, options=options, dayfirst=dayfirst), None)
    if found is not None:
        return found
    return _parse_with_dateutil(text, pos, end, options=options, dayfirst=dayfirst)


# What names UTC: a UTC or GMT word, or ISO 8601's ``Z``, upper case right after a
# digit of the time.
_UTC_NAMED_RE = regex.compile(
    r"(?<!\p{L})(?i:utc|gmt)(?!\p{L})|(?<=\d)Z(?![\w:])|(?<![\w:])[+-]00:?+00(?!\d)"
)


def _parse_with_dateutil(
    text: str, pos: int, end: int, *, options: ParseOptions, dayfirst: bool
) -> DateMatch | None:
    chunk = text[pos:end]
    stripped = chunk.strip()
    if not stripped or len(stripped) > 80 or not any(c.isdigit() for c in stripped):  # noqa: PLR2004
        return None

    def zones(name: str | None, offset: int | None) -> dt.tzinfo | None:
        if name:
            # dateutil names UTC so whatever it read as UTC, ``z`` and a spaced ``Z``
            # too; only a UTC or GMT word or ISO's ``Z`` is.
            if name == "UTC" and _regex.search(_UTC_NAMED_RE, stripped) is None:
                return None
            return resolve_zone(name, options)
        return None if offset is None else dt.timezone(dt.timedelta(seconds=offset))

    try:
        a, b = (
            du_parser.parse(stripped, default=d, dayfirst=dayfirst, tzinfos=zones)
            for d in _DU_DEFAULTS
        )
    except (du_parser.ParserError, OverflowError, ValueError):
        return None
    if a.year != b.year or a.month != b.month or a.day != b.day:
        return None
    if a.second == b.second:
        precision: DatePrecision = "second"
    elif a.minute == b.minute:
        precision = "minute"
    elif a.hour == b.hour:
        precision = "hour"
        a = a.replace(minute=0, second=0)
    else:
        precision = "day"
        a = a.replace(hour=0, minute=0, second=0)
    a = a.replace(microsecond=0)
    start = pos + (len(chunk) - len(chunk.lstrip()))
    return DateMatch(value=a, precision=precision, span=Span(start, start + len(stripped)))


# A month and day with no year, as a dateline writes it: ``Feb 26``, ``Aug. 14``,
# ``MArch 17``, ``14 August``.
PARTIAL_DATE_RE = regex.compile(
    r"""
    # Not inside a word or a number, nor in a time's minutes (``12:30 Aug 14``,
    # ``9.05 August 14, 2023``).
    (?<![\w-]|\d[:.])
    (?:
        (?P<monthname>\L<months>) \.?[\x20\xa0]{1,3} (?P<day>\d{1,2}) (?:st|nd|rd|th)?
      |
        (?P<day>\d{1,2}) (?:st|nd|rd|th)? [\x20\xa0]{1,3} (?P<monthname>\L<months>) \.?
    )
    (?![\w])
    """,
    regex.VERBOSE | regex.IGNORECASE,
    months=list(MONTHS),
)


@frozen(kw_only=True)
class PartialDate:
    """A month and day written without a year, such as a dateline's ``Feb 26``.

    It becomes a date only against an anchor, a full date found elsewhere in the text
    (or the caller's ``reference``); the year is never taken from the clock.

    Args:
        month: 1-12.
        day: 1-31.
        span: Where it is written.

    Examples:
        >>> p = find_partial_date("SALVADOR, Feb 26 - Showers")
        >>> p.month, p.day, p.span
        (2, 26, Span(start=10, end=16))
        >>> p.resolve(dt.date(1987, 2, 26)).isoformat()
        '1987-02-26'
        >>> find_partial_date("MIAMI, Dec 31 -").resolve(dt.date(1988, 1, 1)).isoformat()
        '1987-12-31'
    """

    month: int
    day: int
    span: Span

    def resolve(self, anchor: dt.date) -> dt.date | None:
        """The date on this month and day nearest to ``anchor`` (within a year of it).

        Args:
            anchor: A date the text gives in full.

        Returns:
            The nearest valid date, or ``None`` if the month and day never occur
            (``Feb 30``).

        Examples:
            >>> leap = PartialDate(month=2, day=29, span=Span(0, 6))
            >>> leap.resolve(dt.date(2023, 6, 1)).isoformat()
            '2024-02-29'
            >>> PartialDate(month=2, day=30, span=Span(0, 6)).resolve(dt.date(2023, 6, 1)) is None
            True
        """
        best: dt.date | None = None
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                candidate = dt.date(year, self.month, self.day)
            except ValueError:
                continue
            if best is None or abs(candidate - anchor) < abs(best - anchor):
                best = candidate
        return best


def find_partial_date(text: str, pos: int = 0, endpos: int | None = None) -> PartialDate | None:
    """Find the first month-and-day (no year) in ``text[pos:endpos]``.

    Args:
        text: The text to search; it is not sliced, so the span indexes it directly.
        pos: Where to start.
        endpos: Where to stop; the end of the text by default.

    Returns:
        The :class:`PartialDate`, or ``None`` if there is none or it is impossible
        in every year (``Feb 30``).

    Examples:
        >>> find_partial_date("WASHINGTON, Aug. 14 (UPI) --").span
        Span(start=12, end=19)
        >>> find_partial_date("Feb 30") is None
        True
    """
    m = _regex.search(PARTIAL_DATE_RE, text, pos, endpos)
    if m is None:
        return None
    month, day = MONTHS[caseless(m["monthname"])], int(m["day"])
    if not 1 <= day <= _DAYS_IN_MONTH[month]:
        return None
    return PartialDate(month=month, day=day, span=Span(*m.span()))


_DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# An issue named by its month or season and year, with no day, as a magazine dates
# itself: ``May 2019``, ``May/June 2019``, ``Dec/Jan 2018/2019``, ``Spring 2019``,
# ``Winter 2018/2019``. Only a line that is this alone is a date (``in May 2019``
# in running text is not), so it is matched against a whole region.
ISSUE_DATE_RE = regex.compile(
    r"""
    (?:
        (?P<monthname>\L<months>) \.?
        (?: \x20?[/\u2013-]\x20? (?P<monthname2>\L<months>) \.? )?
      |
        (?P<season>\L<seasons>)
        (?: \x20?[/\u2013-]\x20? \L<seasons> )?
    )
    ,?\x20{1,3}
    (?P<year>\d{4}) (?: [/\u2013-] (?P<year2>\d{4}|\d{2}) )?
    (?!\d)
    """,
    regex.VERBOSE | regex.IGNORECASE,
    months=list(MONTHS),
    seasons=list(SEASONS),
)


def find_issue_date(text: str, pos: int = 0, endpos: int | None = None) -> DateMatch | None:
    """Read ``text[pos:endpos]`` as an issue's date with no day, or return ``None``.

    The region must open with the date; what follows it is the caller's to judge (an
    ``Issue`` word, say). No day is ever made up:

    * ``May 2019`` is 1 May 2019 at ``month`` precision.
    * ``May/June 2019`` (an issue covering two months) is its first month, 1 May 2019,
      at ``month`` precision: the issue starts then. ``Dec/Jan 2018/2019`` is
      December 2018; ``Dec/Jan 2019``, whose year could be either month's, is 2019
      at ``year`` precision.
    * ``Spring 2019`` is 1 January 2019 at ``year`` precision: a season names no
      month (it differs between hemispheres), but it lies in that year.
      ``Winter 2018/2019`` is 2018, the year it begins.

    A second year must be the year after the first.

    Args:
        text: The text holding the date; the span indexes it directly.
        pos: Where the date must start.
        endpos: Where the region ends; the end of the text by default.

    Returns:
        A :class:`DateMatch` at ``month`` or ``year`` precision, or ``None``.

    Examples:
        >>> found = find_issue_date("May/June 2019 Issue")
        >>> found.value.date().isoformat(), found.precision, found.span
        ('2019-05-01', 'month', Span(start=0, end=13))
        >>> found = find_issue_date("Winter 2018/2019")
        >>> found.value.date().isoformat(), found.precision
        ('2018-01-01', 'year')
        >>> find_issue_date("May 32019") is None, find_issue_date("May 0000") is None
        (True, True)
    """
    end = len(text) if endpos is None else endpos
    m = _regex.match(ISSUE_DATE_RE, text, pos, end)
    if m is None:
        return None
    year = int(m["year"])
    if not dt.MINYEAR <= year <= dt.MAXYEAR:  # ``May 0000`` names no year
        return None
    if m["year2"] is not None:
        second = int(m["year2"])
        if second != year + 1 and second != (year + 1) % 100:
            return None
    precision: DatePrecision = "year"
    month = 1
    if m["monthname"] is not None:
        month = MONTHS[caseless(m["monthname"])]
        precision = "month"
        if m["monthname2"] is not None:
            wraps = MONTHS[caseless(m["monthname2"])] < month
            if wraps and m["year2"] is None:
                precision, month = "year", 1
    value = dt.datetime(year, month, 1)  # noqa: DTZ001 - an issue names no zone
    return DateMatch(value=value, precision=precision, span=Span(*m.span()))
