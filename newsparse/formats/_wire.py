"""What the wire layouts share: datelines, sign-offs, credits and desk codes.

Agency copy opens its first paragraph with a dateline (``LONDON, Aug 14 (Reuters) -``,
``WASHINGTON (AP) —``, ``New Delhi [India], August 14 (ANI):``, or in 1987 Reuters copy
``SALVADOR, Feb 26 -``) and closes with trailers: credits, contribution and copyright
lines, a sign-off, staff initials. The readers here take those pieces out of the body
and file each under a field or ``furniture``, so nothing is lost.

Examples:
    >>> m = AGENCY_DATELINE_RE.match("New Delhi [India], August 14 (ANI): The")
    >>> m["place"], m["country"], m["date"], m["agency"]
    ('New Delhi', 'India', 'August 14', 'ANI')
    >>> m = REUTERS_1987_DATELINE_RE.match("LOMBARD, Ill., March 3 - MidCon said")
    >>> m["place"], m["date"]
    ('LOMBARD, Ill.', 'March 3')
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse import _regex
from newsparse._text import (
    INVISIBLE,
    Line,
    caseless,
    fold,
    holds_any,
    is_blank,
    split_lines,
    without_marks,
)
from newsparse.extract.attribution import read_attribution
from newsparse.extract.bylines import is_role_title, read_byline, reads_as_names
from newsparse.extract.dates import (
    ZONE_NAME_PATTERN,
    PartialDate,
    find_dates,
    find_partial_date,
    parse_date,
    zone_after_time,
)
from newsparse.model import Credit, Field, Note, Span
from newsparse.stopwords import STOPWORDS, guess_language
from newsparse.vocab import (
    DATELINE_REGIONS,
    MONTHS,
    ORGANISATION_WORDS,
    PLACE_NAMES,
    PRESS_LABELS,
    SIGNED_PIECES,
    STANDFIRST_LABELS,
    STATE_ABBREVIATIONS,
    canonical_agency,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse.extract.bylines import BylineMatch
    from newsparse.formats._base import Builder

__all__ = [
    "ACCESSWIRE_DATELINE_RE",
    "ACRONYM_AGENCIES",
    "AGENCY_DATELINE_RE",
    "BARE_AGENCY_DATELINE_RE",
    "BARE_DATELINE_RE",
    "BUSINESS_WIRE_DATELINE_RE",
    "CHINESE_AGENCIES",
    "CHINESE_AGENCY_DATELINE_RE",
    "CHINESE_DATELINE_RE",
    "DATELINE_AGENCIES",
    "DATE_FIRST_DATELINE_RE",
    "GLOBE_NEWSWIRE_DATELINE_RE",
    "INDIAN_AGENCIES",
    "PARTNER_DATELINE_RE",
    "PRESS_DATELINE_BRANCHES",
    "PRESS_DATELINE_RE",
    "PRESS_WIRES",
    "PRESS_WIRE_MARKS",
    "REUTERS_1987_DATELINE_RE",
    "REUTERS_PARTNERS",
    "SLASHED_DATELINE_RE",
    "SLASHED_PRESS_DATELINE_RE",
    "TASS_DATELINE_RE",
    "Dateline",
    "agency_dateline_re",
    "date_from_partial",
    "file_dateline",
    "first_line_of",
    "note_partial",
    "read_agency_dateline",
    "read_body_dateline",
    "read_chinese_dateline",
    "read_dated_lead",
    "read_dateline",
    "read_place_lead",
    "read_press_dateline",
    "rest_of_line",
    "split_glued_trailers",
    "take_head_stamp",
    "take_release_trailers",
    "take_two_line_byline",
    "take_wire_trailers",
]

#: Agencies as their datelines spell them, inside the parentheses. Left out: names that
#: are common acronyms in prose, whose aside after a capitalised name reads as a
#: dateline (``The American Academy of Pediatrics (AAP) - a group of ...``; APA).
DATELINE_AGENCIES = (
    "Reuters",
    "Reuter",  # as the agency wrote its name until the late 1990s
    "Reuters Breakingviews",
    "Reuters Health",
    "Thomson Reuters Foundation",
    "Reuters Life!",  # its lifestyle desk, 2006-2013
    "Reuters Legal",
    "Reuters.com",
    "AP",
    "AFP",
    "PTI",
    "IANS",
    "ANI",
    "UNI",
    "Xinhua",
    "Bloomberg",
    "dpa",
    "dpa-AFX",
    "UPI",
    "Kyodo",
    "Yonhap",
    "EFE",
    "ANSA",
    "Bernama",
    "ANTARA",
    "ANTARA News",
    "TASS",
    "Lusa",
    "ANP",
    "EUROPA PRESS",
    "Interfax",
    "Jiji Press",
    "Jiji",
)
#: Agencies whose name is also a common acronym in prose (Brazil's oil regulator, a
#: Pakistani party: ``The Awami National Party (ANP) - the ruling party - said``): their
#: dateline needs a place in capitals or a date before the bracket (``AMSTERDAM (ANP) -``).
ACRONYM_AGENCIES = frozenset({"ANP"})
#: The Indian agencies, whose copy may end in a run of desk initials.
INDIAN_AGENCIES = frozenset({"PTI", "IANS", "ANI", "UNI"})

# A no-break space may stand for any space of a dateline, as in text copied from a page.
# A word in lower case is a short particle (Rio de Janeiro, Newcastle upon Tyne): a
# longer one is prose (``Spain's state news agency (EFE) - which``), no place.
_PLACE = r"\p{Lu}(?:[\p{L}\p{M}.,'\u2019/&-]|[\x20\xa0](?!\p{Ll}{5})){0,60}?"


# A place in capitals, as 1987 Reuters copy sets it: ``NEW YORK``, ``ST. LOUIS``.
_UPPER_PLACE = r"\p{Lu}(?:[\p{Lu}\p{M}.'\u2019/&-]|\x20(?=\p{Lu})){0,60}?"


def _month_day(names: str) -> str:
    """``Month Day`` or ``Day Month``, with the month names written as ``names``."""
    return names + r"\.?[\x20\xa0]{1,3}\d{1,2}(?!\d)|\d{1,2}[\x20\xa0]{1,3}" + names + r"\.?"


# The month names as a named list (with ``months=``) for the agency datelines, and as a
# trie (``_regex.literal_trie``) for the 1987 dateline, which is tried at every capital
# and digit: there the trie halves the cost, since it fails at the first letter that
# opens no name; in the agency patterns it makes each try dearer to start (measured
# with benchmarks/bench.py). Every use is followed by a non-letter, so both match alike.
_MONTH_NAMES = _regex.literal_trie(MONTHS)
_MONTH_DAY = _month_day(r"(?i:\L<months>)")
_MONTH_DAY_TRIE = _month_day("(?i:" + _MONTH_NAMES + ")")

# Everything before the agency: place, a region in brackets (ANI's ``Guwahati (Assam)``,
# EFE's ``Valencia (España)``), ANI's ``[India]``, a month and day, perhaps a year
# (``ROME, Aug 14, 2023 (AFP) -``).
# Lusa writes the year with no comma: ``Lisboa, 14 ago 2023 (Lusa) -``.
_YEAR_AFTER = r"(?:,?[\x20\xa0]{1,2}(?P<year>(?:19|20)\d{2})(?!\d))?"
_BEFORE_AGENCY = (
    r"(?:(?P<place>" + _PLACE + r")"
    r"(?:[\x20\xa0]{1,2}\((?P<region>\p{Lu}[\p{L}\p{M}\x20\xa0.'-]{0,30}+)\))?"
    r"(?:[\x20\xa0]{0,2}\[(?P<country>\p{Lu}[\p{L}\x20\xa0.'-]{0,30}+)\])?"
    r"(?:[,.][\x20\xa0]{0,3}(?P<date>" + _MONTH_DAY + r")" + _YEAR_AFTER + r")?"
    r"[\x20\xa0]{0,4})?"
)
# Or a month and day with no place, as Reuters dates company news: ``Aug 14 (Reuters) -``.
# A pattern of its own: as an alternative of ``_BEFORE_AGENCY`` it made every line's
# match two to three times dearer, and a scan over brackets eighteen times.
_DATE_FIRST = r"(?P<date>" + _MONTH_DAY + r")" + _YEAR_AFTER + r"[\x20\xa0]{0,4}"
# After the agency: a dash, underscore or colon; or, as the Indian agencies write, straight
# into the text. Only theirs: any other agency named in brackets at the start of a wrapped
# line of prose (``Spain's state news agency (EFE) said``) would be taken for a dateline.
# Text flattened from a page may glue an en or em dash to the first word (``(AP) —The``),
# or a hyphen after a space (``(Reuters) -The``); Jiji glues its double hyphen (``(Jiji
# Press)--Tokyo``).
# Spanish agencies put a full stop before the dash: EFE's ``Madrid, 14 ago (EFE).- El``.
_AFTER_AGENCY = (
    r"(?:[\x20\xa0]{0,3}(?P<sep>--|[-\u2013\u2014_:])(?=\s|\Z)"
    r"|[\x20\xa0]{0,3}(?P<sep>--|[\u2013\u2014])(?=[\p{Lu}\"\u201c])"
    r"|[\x20\xa0]{1,3}(?P<sep>-)(?=[\p{Lu}\"\u201c])"
    r"|(?P<sep>\.[-\u2013\u2014])(?=\s|\Z|[\p{Lu}\"\u201c\u00ab\u00bf\u00a1])"
    r"|(?<=\((?i:PTI|IANS|ANI|UNI)\))(?=[\x20\xa0]{1,3}\S))"
)

# TASS writes its name between slashes, after a full stop, and ends with one:
# ``MOSCOW, August 14. /TASS/. The``.
_SLASHED_AGENCY = (
    r"\.?[\x20\xa0]{0,3}/(?P<agency>(?:ITAR-)?TASS|(?:\u0418\u0422\u0410\u0420-)?\u0422\u0410\u0421\u0421)/"
    r"\.?(?=[\x20\xa0\t\r\n]|\Z)"
)

# Every agency name opens with a letter: a bracket before anything else fails at once
# instead of trying each name (a run of brackets stays cheap).
_AGENCY_OPEN = r"\((?=\p{L})"


def _agency_names(agencies: Sequence[str], *, ignore_case: bool) -> tuple[str, list[str]]:
    """The pattern for ``agencies`` inside the bracket, and the names its ``\\L<agencies>`` lists.

    An agency of :data:`ACRONYM_AGENCIES` is matched as written, and only after two
    capitals, a digit or a day and month (a place in capitals, a date), a full stop or
    blanks between.
    """
    plain = [a for a in agencies if a not in ACRONYM_AGENCIES]
    listed = r"(?i:\L<agencies>)" if ignore_case else r"(?:\L<agencies>)"
    acronyms = [regex.escape(a) for a in agencies if a in ACRONYM_AGENCIES]
    if not acronyms:
        return listed, plain
    guarded = (
        r"(?<=(?:\p{Lu}\p{Lu}|\d|\d[\x20\xa0]{1,3}(?i:\L<months>)\.?)[.\x20\xa0]{0,4}\()"
        r"(?:" + "|".join(acronyms) + ")"
    )
    if not plain:
        return guarded, plain
    return r"(?:" + listed + "|" + guarded + ")", plain


_AGENCY_NAMES, _LISTED = _agency_names(DATELINE_AGENCIES, ignore_case=True)
# Kyodo's and AAP's English wires name themselves without brackets, after a place and a
# date only: ``TOKYO, Aug. 17 Kyodo - Japan's``, ``SYDNEY, Aug 14 AAP - The``. Every part
# is required, so the regex module rejects a line without them at once.
_BARE_AGENCY = (
    r"(?P<place>" + _PLACE + r"),[\x20\xa0]{0,3}(?P<date>" + _MONTH_DAY + r")[\x20\xa0]{1,4}"
    r"(?P<agency>Kyodo|AAP)[\x20\xa0]{1,3}(?P<sep>--|-)(?=\s|\Z)"
)
# The bracketed form alone: every match needs its ``(``, which lets the regex module
# reject a line without one at once (the other forms are patterns of their own, tried
# only on a line holding their mark: :func:`read_agency_dateline`).
#: A dateline that names its agency: ``PLACE[ (Region)][ [Country]][, Month Day] (AGENCY)
#: SEP``. ``\G``: matched only at the position its caller gives (``match``).
AGENCY_DATELINE_RE = regex.compile(
    r"\G" + _BEFORE_AGENCY + _AGENCY_OPEN + r"(?P<agency>" + _AGENCY_NAMES + r")\)" + _AFTER_AGENCY,
    months=list(MONTHS),
    agencies=_LISTED,
)
#: Services whose stories Reuters carried with their own name in the dateline, as the
#: 2006-2013 research dataset stores them (``LOS ANGELES  (Hollywood Reporter) -``):
#: Thomson Reuters' International Financing Review and the entertainment trade papers
#: it distributed. Read only in that layout, where a story opens with its dateline: the
#: names are words too (``Variety``, ``Billboard``), and in other text a capitalised
#: word before one in brackets and a dash would pass for a dateline.
REUTERS_PARTNERS = ("IFR", "The Hollywood Reporter", "Hollywood Reporter", "Variety", "Billboard")
#: A partner service's dateline: ``NEW YORK  (Variety) -``; the source is the service
#: as written. ``\G``: matched only at the position its caller gives (``match``).
PARTNER_DATELINE_RE = regex.compile(
    r"\G" + _BEFORE_AGENCY + r"\((?P<agency>\L<partners>)\)" + _AFTER_AGENCY,
    months=list(MONTHS),
    partners=list(REUTERS_PARTNERS),
)
#: A dateline with a date and no place: ``Aug 14 (Reuters) -``.
DATE_FIRST_DATELINE_RE = regex.compile(
    _DATE_FIRST + _AGENCY_OPEN + r"(?P<agency>" + _AGENCY_NAMES + r")\)" + _AFTER_AGENCY,
    months=list(MONTHS),
    agencies=_LISTED,
)
#: TASS's dateline: ``MOSCOW, August 14. /TASS/.``.
SLASHED_DATELINE_RE = regex.compile(_BEFORE_AGENCY + _SLASHED_AGENCY, months=list(MONTHS))
#: Kyodo's and AAP's dateline without brackets: ``TOKYO, Aug. 17 Kyodo -``.
BARE_DATELINE_RE = regex.compile(_BARE_AGENCY, months=list(MONTHS))
#: A detection pattern: a line opening with TASS's dateline (``MOSCOW, August 14. /TASS/.``).
TASS_DATELINE_RE = regex.compile(
    r"(?m)^[\x20\t]{0,8}" + _BEFORE_AGENCY + _SLASHED_AGENCY, months=list(MONTHS)
)
#: A detection pattern: a line opening with a bare dateline (``TOKYO, Aug. 17 Kyodo -``).
BARE_AGENCY_DATELINE_RE = regex.compile(r"(?m)^[\x20\t]{0,8}" + _BARE_AGENCY, months=list(MONTHS))

#: Press-release wires as their datelines name them (folded), and the source each is.
PRESS_WIRES: dict[str, str] = {
    "prnewswire": "PR Newswire",
    "cnw": "CNW",
    "globe newswire": "GlobeNewswire",
    "business wire": "Business Wire",
    "accesswire": "Accesswire",
    "access newswire": "ACCESS Newswire",
}
# PR Newswire and CNW between slashes after the date, GlobeNewswire in brackets:
# ``DAYTON, Ohio, Aug. 14, 2023 /PRNewswire/ --``, ``TORONTO, Aug. 14, 2023 /CNW/ -``,
# ``AUSTIN, Texas, Aug. 14, 2023 (GLOBE NEWSWIRE) --``. PR Newswire may name a
# service after a hyphen (``/PRNewswire-HISPANIC PR WIRE/``).
# Text flattened from a page may glue the dash to the first word (``/PRNewswire/ --Kiln``).
_PRESS_SEP = (
    r"[\x20\xa0]{0,3}(?:(?P<sep>--|[-\u2013\u2014])(?=\s|\Z)"
    r"|(?P<sep>--|[\u2013\u2014])(?=[\p{Lu}\p{N}\"\u201c]))"
)
# Each form is a pattern of its own: an alternation of them lost the regex module's
# quick rejection of a text without the literal a form needs (``/`` or ``(``), and cost
# some 6 ms per KB on a run of ``By By``.
_SLASHED_WIRE = r"/(?P<agency>PRNewswire(?:-\p{Lu}[\p{L}\x20]{0,40}+)?|CNW)/" + _PRESS_SEP
_GLOBE_WIRE = r"\((?P<agency>GLOBE\x20NEWSWIRE)\)" + _PRESS_SEP
# Business Wire's place and its name between double hyphens, with no date:
# ``SAN JOSE, Calif.--(BUSINESS WIRE)--Quill Software today ...``.
_BUSINESS_WIRE = (
    r"(?P<place>" + _PLACE + r")"
    r"(?:[,.][\x20\xa0]{0,3}(?P<date>" + _MONTH_DAY + r")" + _YEAR_AFTER + r")?"
    r"[\x20\xa0]{0,2}--[\x20\xa0]{0,2}\((?P<agency>BUSINESS\x20WIRE)\)[\x20\xa0]{0,2}"
    r"(?P<sep>--)(?=\s|\Z|[\p{Lu}\p{N}\"\u201c])"
)
# Accesswire's slashes round its name and the date: ``RALEIGH, NC / ACCESSWIRE /
# August 14, 2023 / Text``; renamed ACCESS Newswire in 2025.
_ACCESSWIRE = (
    r"(?P<place>" + _PLACE + r")[\x20\xa0]{1,2}/[\x20\xa0]{1,2}"
    r"(?P<agency>ACCESSWIRE|ACCESS\x20Newswire)"
    r"[\x20\xa0]{1,2}/[\x20\xa0]{1,2}(?P<date>"
    + _MONTH_DAY
    + r")"
    + _YEAR_AFTER
    + r"[\x20\xa0]{1,2}(?P<sep>/)(?=\s|\Z)"
)
#: A press release's dateline from PR Newswire or CNW: ``RENO, Nev., Aug. 14, 2023
#: /PRNewswire/ --``.
SLASHED_PRESS_DATELINE_RE = regex.compile(_BEFORE_AGENCY + _SLASHED_WIRE, months=list(MONTHS))
#: GlobeNewswire's dateline: ``TORONTO, Aug. 14, 2023 (GLOBE NEWSWIRE) --``.
#: ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
GLOBE_NEWSWIRE_DATELINE_RE = regex.compile(
    r"\G" + _BEFORE_AGENCY + _GLOBE_WIRE, months=list(MONTHS)
)
#: Business Wire's dateline: ``SAN JOSE, Calif.--(BUSINESS WIRE)--``.
BUSINESS_WIRE_DATELINE_RE = regex.compile(_BUSINESS_WIRE, months=list(MONTHS))
#: Accesswire's dateline: ``RALEIGH, NC / ACCESSWIRE / August 14, 2023 /``.
ACCESSWIRE_DATELINE_RE = regex.compile(_ACCESSWIRE, months=list(MONTHS))
_PRESS_FORMS = (
    _BEFORE_AGENCY + _SLASHED_WIRE,
    _BEFORE_AGENCY + _GLOBE_WIRE,
    _BUSINESS_WIRE,
    _ACCESSWIRE,
)
# Every form holds a slash or a bracket on its line (``/PRNewswire/``, ``(GLOBE
# NEWSWIRE)``, ``(BUSINESS WIRE)``, ``/ ACCESSWIRE /``): the lookahead rejects a line
# without one in a single pass, before the forms' places are tried at its start.
_PRESS_LINE_GUARD = r"(?=[^\n/(]*+[/(])"
#: A detection pattern: a line opening with a press-release wire's dateline.
PRESS_DATELINE_RE = regex.compile(
    r"(?m)^" + _PRESS_LINE_GUARD + r"[\x20\t]{0,8}(?:" + "|".join(_PRESS_FORMS) + ")",
    months=list(MONTHS),
)
#: :data:`PRESS_DATELINE_RE`'s forms, each alone (``Evidence.branches``).
PRESS_DATELINE_BRANCHES = tuple(
    regex.compile(r"(?m)^[\x20\t]{0,8}" + form, months=list(MONTHS)) for form in _PRESS_FORMS
)
# Each press-release wire's mark, as its dateline writes it, with the dateline's pattern.
_PRESS_MARK_PATTERNS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("/PRNewswire", SLASHED_PRESS_DATELINE_RE),
    ("/CNW/", SLASHED_PRESS_DATELINE_RE),
    ("(GLOBE NEWSWIRE)", GLOBE_NEWSWIRE_DATELINE_RE),
    ("(BUSINESS WIRE)", BUSINESS_WIRE_DATELINE_RE),
    (" ACCESSWIRE ", ACCESSWIRE_DATELINE_RE),
    (" ACCESS Newswire ", ACCESSWIRE_DATELINE_RE),
)
#: What one of a press-release wire's datelines holds, as written (a substring test).
PRESS_WIRE_MARKS = tuple(mark for mark, _ in _PRESS_MARK_PATTERNS)

# The comma may be left out after a place in capitals (``NEW YORK March 5 -``), not
# after a word in prose (``On March 5 - a Saturday -``).
#: The 1987 Reuters dateline: ``PLACE, Month Day -`` with no agency (or no place).
#: ``\G``: matched only at the position its caller gives (``match``).
REUTERS_1987_DATELINE_RE = regex.compile(
    r"""
    \G
    (?: \*{1,8}+ \x20? | RPT\x20{0,2}--\x20{0,2} )?  # asterisks or a repeat's mark: ``****OSLO``
    (?:
        (?: (?P<place> """
    + _PLACE
    + r""" ) ,\x20{1,3}
          | (?P<place> """
    + _UPPER_PLACE
    + r""" ) \x20{1,3} )?                   # no comma after a place in capitals
        (?P<date> """
    + _MONTH_DAY_TRIE
    + r""" )
      |                     # a misspelt month or day (``Fenruary 26``, ``June 219``): place only
        (?P<place> """
    + _PLACE
    + r""" ) ,\x20{1,3} \p{Lu}\p{L}{2,9}\.?\x20{1,3} (?: \d{1,3} | \d[Oo] )
    )
    (?: ,\x20{1,2} (?: Reuters? | REUTERS? ) )?   # the agency, now and then: ``March 20, Reuter -``
    \x20{0,4} (?P<sep> -- | - )
    (?= \s | \Z )
    """,
    regex.VERBOSE,
)


def agency_dateline_re(*agencies: str) -> regex.Pattern[str]:
    """A detection pattern: a line opening with a dateline of one of ``agencies``.

    Examples:
        >>> bool(agency_dateline_re("AP").search("Title\\nWASHINGTON (AP) \\u2014 The"))
        True
        >>> bool(agency_dateline_re("AP").search("Crowds gather in the square. (AP)\\n"))
        False

    Raises:
        ValueError: An agency's name does not open with a letter.
    """
    if not all(a[:1].isalpha() for a in agencies):
        msg = f"agency names open with a letter: {agencies!r}"
        raise ValueError(msg)
    names, listed = _agency_names(agencies, ignore_case=False)
    return regex.compile(
        r"(?m)^[\x20\t]{0,8}(?:"
        + _DATE_FIRST
        + r"|"
        + _BEFORE_AGENCY
        + r")"
        + _AGENCY_OPEN
        + names
        + r"\)"
        + _AFTER_AGENCY,
        months=list(MONTHS),
        agencies=listed,
    )


@attrs.frozen(kw_only=True)
class Dateline:
    """A dateline read at the start of a paragraph.

    Args:
        start: Where it starts.
        end: Where it ends (the separator included).
        body_start: Where the paragraph's own text starts.
        place: The place's span, if it names one.
        agency: The canonical agency, if it names one.
        partial: Its month and day, if it gives them.
        year: The year written after them, if any.
        year_span: Where that year is written.
        byline: The reporters a Chinese dateline names after it, if any.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "(Bloomberg) -- Copper rose."
        >>> d = read_dateline(text, split_lines(text)[0])
        >>> d.place, d.agency, d.partial, text[d.body_start :]
        (None, 'Bloomberg', None, 'Copper rose.')
    """

    start: int
    end: int
    body_start: int
    place: Span | None
    agency: str | None
    partial: PartialDate | None
    year: int | None = None
    year_span: Span | None = None
    byline: BylineMatch | None = None


def read_dateline(
    text: str, line: Line, pattern: regex.Pattern[str] = AGENCY_DATELINE_RE
) -> Dateline | None:
    """Read a dateline at the start of ``line``, or return ``None``.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "  LONDON, Aug 14 (Reuters) - Rain fell."
        >>> d = read_dateline(text, split_lines(text)[0])
        >>> d.place.of(text), d.agency, (d.partial.month, d.partial.day), text[d.body_start :]
        ('LONDON', 'Reuters', (8, 14), 'Rain fell.')
    """
    m = _regex.match(pattern, text, line.start, line.end)
    if m is None:
        return None
    place = None
    if "place" in pattern.groupindex and m["place"] is not None:
        a, z = m.span("place")
        while z > a and text[z - 1] in " ,":
            z -= 1
        place = Span(a, z) if z > a else None
    agency = None
    if "agency" in pattern.groupindex and m["agency"] is not None:
        agency = canonical_agency(m["agency"]) or m["agency"]
    partial = None
    if m["date"] is not None:
        partial = find_partial_date(text, *m.span("date"))
    year, year_span = None, None
    if "year" in pattern.groupindex and m["year"] is not None and partial is not None:
        year, year_span = int(m["year"]), Span(*m.span("year"))
    body_start = m.end()
    while body_start < line.end and text[body_start].isspace():
        body_start += 1
    return Dateline(
        start=m.start(),
        end=m.end(),
        body_start=body_start,
        place=place,
        agency=agency,
        partial=partial,
        year=year,
        year_span=year_span,
    )


def read_agency_dateline(text: str, line: Line) -> Dateline | None:
    """Read an agency's dateline at the start of ``line`` in any of its forms.

    The bracketed form (:data:`AGENCY_DATELINE_RE`) first; then, each only on a line
    that may hold it, a date with no place (:data:`DATE_FIRST_DATELINE_RE`), TASS's
    slashes (:data:`SLASHED_DATELINE_RE`), Kyodo's or AAP's bare name
    (:data:`BARE_DATELINE_RE`) and a press-release wire's (:func:`read_press_dateline`).

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "MOSCOW, August 14. /TASS/. Rain fell."
        >>> d = read_agency_dateline(text, split_lines(text)[0])
        >>> d.place.of(text), d.agency, text[d.body_start :]
        ('MOSCOW', 'TASS', 'Rain fell.')
        >>> text = "\u041c\u041e\u0421\u041a\u0412\u0410, 14 "  # in Russian
        >>> text += "\u0430\u0432\u0433\u0443\u0441\u0442\u0430."
        >>> text += " /\u0422\u0410\u0421\u0421/. Rain fell."
        >>> read_agency_dateline(text, split_lines(text)[0]).agency
        'TASS'
    """
    found = read_dateline(text, line)
    if found is None and line.text[:1].isalnum() and "(" in line.text:
        found = read_dateline(text, line, DATE_FIRST_DATELINE_RE)
    if found is None and ("TASS/" in line.text or "\u0422\u0410\u0421\u0421/" in line.text):
        found = read_dateline(text, line, SLASHED_DATELINE_RE)
    if found is None and (" Kyodo " in line.text or " AAP " in line.text):
        found = read_dateline(text, line, BARE_DATELINE_RE)
    if found is None and "\u65e5\u7535" in line.text:  # 日电
        found = read_chinese_dateline(text, line)
    if found is None:
        found = read_press_dateline(text, line)
    return found


#: Chinese agencies as their datelines name them, and the source each is: Xinhua
#: (``新华社``, and its site ``新华网``), China News Service (``中新社``, ``中国新闻社``,
#: and its site ``中新网``) and People's Daily Online (``人民网``).
CHINESE_AGENCIES: dict[str, str] = {
    "\u65b0\u534e\u793e": "Xinhua",
    "\u65b0\u534e\u7f51": "Xinhua",
    "\u4e2d\u56fd\u65b0\u95fb\u793e": "China News Service",
    "\u4e2d\u65b0\u793e": "China News Service",
    "\u4e2d\u65b0\u7f51": "China News Service",
    "\u4eba\u6c11\u7f51": "People's Daily Online",
}
# A Chinese agency's dateline: the agency, the place (none in ``中新网8月14日电``), the
# month and day (a year before them when written: ``2023年8月14日``) and ``电`` (cabled),
# glued together: ``新华社北京8月14日电``. The agency comes first, so a line without one
# fails at once. A paper's own reporters write ``本报`` (this paper) in its place: no
# agency to credit. A sentence may quote the dateline as its subject: ``新华社北京8月14日电称``
# (said), ``...电的报道`` (the report of), ``...电报道``, ``...电说``, ``...电文``, ``...电讯``
# (the dispatch): no dateline is followed by these.
_OWN_PAPER = "\u672c\u62a5"
_CHINESE_DATELINE = (
    r"(?P<agency>" + "|".join([*sorted(CHINESE_AGENCIES, key=len, reverse=True), _OWN_PAPER]) + r")"
    r"(?P<place>\p{Han}{1,12}+)?"
    r"(?P<date>(?:(?P<year>\d{4})\u5e74)?(?P<month>\d{1,2})\u6708(?P<day>\d{1,2})\u65e5)"
    r"\u7535(?![\u7684\u79f0\u8bf4\u62a5\u6587\u8baf])"
)
#: A Chinese agency's dateline at the position given: ``新华社北京8月14日电``.
CHINESE_DATELINE_RE = regex.compile(r"\G[\x20\t\u3000]{0,8}+" + _CHINESE_DATELINE)
#: A detection pattern: a line opening with a Chinese agency's dateline.
CHINESE_AGENCY_DATELINE_RE = regex.compile(r"(?m)^[\x20\t\u3000]{0,8}+" + _CHINESE_DATELINE)
# The reporters in brackets (full-width or not) after the dateline: ``(记者 王明远 李红)``,
# ``(新华社记者王明远)``.
_CHINESE_CREDIT_RE = regex.compile(
    r"\G[\x20\u3000]{0,3}+[\uff08(](?P<names>[^\uff08\uff09()\n]{1,60}+)[\uff09)]"
)


def read_chinese_dateline(text: str, line: Line) -> Dateline | None:
    """Read a Chinese agency's dateline at the start of ``line``, or return ``None``.

    The place goes to the dateline's place, the agency to its source
    (:data:`CHINESE_AGENCIES`; none for a paper's own ``本报``), the month and day (and
    a year written before them) to its date; reporters in brackets after it
    (``\uff08记者 王明远\uff09``) are its byline. A bracket naming no
    reporter stays the paragraph's.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "新华社北京8月14日电\uff08记者 王明远 李红\uff09记者14日获悉。"
        >>> d = read_chinese_dateline(text, split_lines(text)[0])
        >>> d.place.of(text), d.agency, (d.partial.month, d.partial.day), d.year
        ('北京', 'Xinhua', (8, 14), None)
        >>> d.byline.byline.authors, text[d.body_start :]
        (('王明远', '李红'), '记者14日获悉。')
        >>> text = "中新网8月14日电\uff08国际观察\uff09雨。"
        >>> d = read_chinese_dateline(text, split_lines(text)[0])
        >>> d.place, d.agency, d.byline, text[d.body_start :]
        (None, 'China News Service', None, '\uff08国际观察\uff09雨。')
    """
    m = _regex.match(CHINESE_DATELINE_RE, text, line.start, line.end)
    if m is None:
        return None
    month, day = int(m["month"]), int(m["day"])
    if not 1 <= month <= 12 or not 1 <= day <= 31:  # noqa: PLR2004
        return None
    year = int(m["year"]) if m["year"] is not None else None
    if year is not None and not 1700 <= year < 2200:  # noqa: PLR2004 - as dates read years
        return None
    place = Span(*m.span("place")) if m["place"] is not None else None
    partial = PartialDate(month=month, day=day, span=Span(*m.span("date")))
    end = m.end()
    byline = None
    credit = _regex.match(_CHINESE_CREDIT_RE, text, end, line.end)
    if credit is not None:
        a, z = credit.span("names")
        # ``新华社记者王明远``: the agency's reporter.
        a += next((len(k) for k in CHINESE_AGENCIES if text.startswith(k, a, z)), 0)
        byline = read_byline(text, a, z)
        if byline is not None and byline.byline.authors:
            end = credit.end()
        else:
            byline = None
    body_start = end
    while body_start < line.end and text[body_start] in " \t\u3000":
        body_start += 1
    return Dateline(
        start=m.start("agency"),
        end=m.end(),
        body_start=body_start,
        place=place,
        agency=CHINESE_AGENCIES.get(m["agency"]),
        partial=partial,
        year=year,
        year_span=None,
        byline=byline,
    )


def read_press_dateline(text: str, line: Line) -> Dateline | None:
    """Read a press-release wire's dateline at the start of ``line``, or return ``None``.

    Each form is tried only on a line holding its mark (:data:`PRESS_WIRE_MARKS`); the
    agency is the wire's name as :data:`PRESS_WIRES` gives it.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "AUSTIN, Texas, Aug. 14, 2023 /PRNewswire/ -- Kiln Labs today opened."
        >>> d = read_press_dateline(text, split_lines(text)[0])
        >>> d.place.of(text), d.agency, d.year, text[d.body_start :]
        ('AUSTIN, Texas', 'PR Newswire', 2023, 'Kiln Labs today opened.')
        >>> text = "RENO, Nev.--(BUSINESS WIRE)--Kiln Labs today opened."
        >>> d = read_press_dateline(text, split_lines(text)[0])
        >>> d.place.of(text), d.agency, d.partial, text[d.body_start :]
        ('RENO, Nev.', 'Business Wire', None, 'Kiln Labs today opened.')
    """
    held = line.text
    found = None
    for mark, pattern in _PRESS_MARK_PATTERNS:
        if mark in held:
            found = read_dateline(text, line, pattern)
            break
    if found is None or found.agency is None:
        return found
    wire = PRESS_WIRES.get(found.agency.split("-", 1)[0].casefold())
    return attrs.evolve(found, agency=wire or found.agency)


# AP's dateline for a story gathered in many places (``UNDATED (AP) —``): no place.
_UNDATED = "UNDATED"


def file_dateline(b: Builder, found: Dateline, *, date_used: bool, in_body: bool = False) -> None:
    """Record a dateline: the place as ``dateline``, the agency as a source, the rest furniture.

    AP's ``UNDATED`` names no place: the article keeps no dateline.

    With ``date_used`` the dateline's date is already the article's date field, so it
    is left out of the furniture. With ``in_body`` the dateline stays in the first
    paragraph, which accounts for all of it: nothing is filed as furniture.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "OSLO, Aug 14 (Reuters) - Snow fell."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="wire")
        >>> found = read_dateline(text, split_lines(text)[0])
        >>> date_from_partial(b, found, 2023, "wire.dateline-date"), b.date.value.isoformat()
        (True, '2023-08-14T00:00:00')
        >>> file_dateline(b, found, date_used=True)
        >>> b.dateline.value, b.sources, [f.raw for f in b.furniture]
        ('OSLO', ['Reuters'], [',', '(Reuters) -'])
    """
    holes: list[Span] = []
    raw = found.place.of(b.text) if found.place is not None else _UNDATED
    if found.place is not None and raw != _UNDATED:
        # The place with its white space folded, as other formats give a dateline (a
        # no-break space from a page reads as a space).
        b.dateline = Field(value=fold(raw), raw=raw, span=found.place, rule=b.rule("dateline"))
        holes.append(found.place)
    if found.agency is not None and found.agency not in b.sources:
        b.sources.append(found.agency)
    if in_body:
        return
    if date_used and b.date is not None:
        holes.append(b.date.span)
    pos = found.start
    for hole in sorted(holes, key=lambda s: s.start):
        b.add_furniture(pos, hole.start, b.rule("dateline-rest"))
        pos = hole.end
    b.add_furniture(pos, found.end, b.rule("dateline-rest"))


def first_line_of(b: Builder, paragraph: int = 0) -> Line | None:
    """The first line of the builder's paragraph ``paragraph`` (a lead's), or ``None``.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "OSLO - Snow fell.\\nIt lay deep."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="x")
        >>> b.add_paragraphs(split_lines(text))
        >>> first_line_of(b).text
        'OSLO - Snow fell.'
    """
    span = b.paragraphs[paragraph].span
    return next(iter(split_lines(b.text, span.start, span.end)), None)


def read_body_dateline(b: Builder, *, past_title: bool = False) -> None:
    """Read an agency's dateline that opens the first paragraph, leaving it in the body.

    Exports carry agency copy with its dateline in the text (``SANTIAGO, March 3
    (Reuters) - ...``): its place becomes the dateline and its agency a source, as in
    wire copy, while the paragraph keeps the whole text as the export gives it. Nothing
    is read when the article has a dateline already (a ``DATELINE:`` field). With
    ``past_title``, a first paragraph that is the story's title (:func:`_is_story_title`:
    a mail passing a story on pastes it with its headline) is passed over to the second.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "OSLO, Aug 14 (Reuters) - Snow fell."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="x")
        >>> b.add_paragraphs(split_lines(text))
        >>> read_body_dateline(b)
        >>> b.dateline.value, b.sources, b.paragraphs[0].value
        ('OSLO', ['Reuters'], 'OSLO, Aug 14 (Reuters) - Snow fell.')
    """
    if b.dateline is not None or not b.paragraphs:
        return
    first = b.paragraphs[0].span
    line = first_line_of(b)
    found = None if line is None else _read_body_dateline(b.text, line)
    if found is None and past_title and len(b.paragraphs) > 1 and _is_story_title(b, first):
        line = first_line_of(b, 1)
        found = None if line is None else _read_body_dateline(b.text, line)
    if found is not None:
        file_dateline(b, found, date_used=False, in_body=True)


#: A place that opens a lead before its date: capitalised words (a particle in lower
#: case between them, ``Rio de Janeiro``), a state or country after a comma (``LEEDS,
#: England``), ending with the comma before the date.
_LEAD_PLACE_RE = regex.compile(
    r"\G[\x20\t]{0,8}+(?P<place>\p{Lu}[\p{L}\p{M}.'\u2019&-]{0,30}+"
    r"(?:(?:[\x20\xa0]|,[\x20\xa0](?=\p{Lu}))(?:\p{Lu}[\p{L}\p{M}.'\u2019&-]{0,30}+"
    r"|\p{Ll}{1,4}+(?=[\x20\xa0]\p{Lu}))){0,4}),[\x20\xa0]{1,3}+"
    # A word some languages set before the day: ``Grenoble, le 3 avril``, ``den 2 maj``.
    r"(?:(?i:le|den|am|el|il|em|on)[\x20\xa0]{1,2}+)?(?=[\p{L}\d])"
)
#: What may stand between a lead's date and its separator (the year's abbreviation,
#: Polish ``r.`` or its Ukrainian and Russian forms in Cyrillic; a comma, a full stop),
#: then the separator: a dash or EFE's ``.-``, before the text. Not a colon:
#: ``Correction, March 5, 2024:`` opens an editor's note, ``Winston Churchill, 4 June
#: 1940:`` a quotation.
_LEAD_SEP_RE = regex.compile(
    r"\G(?:[\x20\xa0]{1,2}(?:r\.|\u0440\.|\u0433\.))?[.,]?[\x20\xa0]{0,3}"
    r"(?:--|\.?[-\u2013\u2014])(?=[\x20\xa0]|[\p{Lu}\"\u201c\u201e\u00ab])[\x20\xa0]{0,3}"
)
#: How far past the place a lead's date may run (``12 de diciembre de 2024``).
_MAX_LEAD_DATE = 40
#: The most days between a lead's date and the page's date for the lead's place to be
#: the dateline: further off, the lead opens on a scene of the past (``Dallas, November
#: 22, 1963 -``), not on where and when the story was written.
MAX_LEAD_DATE_DAYS = 31
#: What opens an editor's note over the story, not a place (``Update, Jan. 12, 2024 -``),
#: lower case, in the languages of the leads read.
_LEAD_NOTE_LABELS = frozenset((
    "update", "updated", "correction", "clarification", "note", "editor's note",
    "editor\u2019s note", "editors' note", "editors\u2019 note", "aktualisierung",
    "korrektur", "anmerkung der redaktion", "mise \u00e0 jour", "rectificatif",
    "actualizaci\u00f3n", "correcci\u00f3n", "nota", "nota de la redacci\u00f3n",
    "aggiornamento", "correzione", "rettifica", "atualiza\u00e7\u00e3o",
    "corre\u00e7\u00e3o", "nota da reda\u00e7\u00e3o",
))  # fmt: skip


def read_dated_lead(b: Builder) -> None:
    """Read the place and the full date that open the first paragraph, leaving it whole.

    A press release, and many papers, open the story with its place and its date, the
    year given, and a dash (a hyphen, an en or an em dash) before the text: ``Grenoble,
    le 3 avril 2024 - Solvena ...``, ``Hamburg, 12. November 2024 - Die ...``,
    ``Valencia, 8 de mayo de 2024.- ...``, ``LEEDS, England, April 3, 2024 - ...``. The
    place is the dateline (unless one is read already) and the date the article's
    (unless one is set); the paragraph keeps its text, as an agency's dateline stays in
    it (:func:`read_body_dateline`). A date without its year, or one that does not stand
    right after the place's comma with a dash after it, is none: prose opening with a
    name and a comma (``Smith, 45, said ...``) has no date there.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "Hamburg, 12. November 2024 \u2013 Die Nordwerk AG wuchs."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="x")
        >>> b.add_paragraphs(split_lines(text))
        >>> read_dated_lead(b)
        >>> b.dateline.value, b.date.value.isoformat(), b.paragraphs[0].value == text
        ('Hamburg', '2024-11-12T00:00:00', True)
    """
    if not b.paragraphs or (b.dateline is not None and b.date is not None):
        return
    line = first_line_of(b)
    if line is None:
        return
    m = _regex.match(_LEAD_PLACE_RE, b.text, line.start, line.end)
    # An editor's note (``Update, Jan. 12, 2024 -``), a section's label (``Obituary,``)
    # or AP's ``UNDATED``: no place, no date of the story (the words are looked up
    # before any date is looked for).
    if m is None:
        return
    place = caseless(m["place"])
    if place in _LEAD_NOTE_LABELS or place in SIGNED_PIECES or place == "undated":
        return
    found = next(find_dates(b.text, m.end(), min(line.end, m.end() + _MAX_LEAD_DATE)), None)
    if found is None or found.span.start != m.end():
        return
    sep = _regex.match(_LEAD_SEP_RE, b.text, found.span.end, line.end)
    if sep is None:
        return
    # A weekday before the date is the date's, not a place (``Monday, 3 March 2025 -``).
    if next(find_dates(b.text, line.start, found.span.end), found).span.start < found.span.start:
        return
    # A life's span under a name (``Margaret Ellis, 14 June 1938 - 2 February 2024``):
    # a date right after the dash. (A date right before a colon is read only when the
    # colon is left out of reach.)
    reach = min(line.end, sep.end() + _MAX_LEAD_DATE)
    colon = b.text.find(":", sep.end(), reach)
    after = next(find_dates(b.text, sep.end(), reach if colon < 0 else colon), None)
    if after is not None and after.span.start == sep.end():
        return
    if b.date is not None:
        # Far from the page's date, the lead opens on a scene of the past.
        if abs((found.value.date() - b.date.value.date()).days) > MAX_LEAD_DATE_DAYS:
            return
    elif b.byline is not None and b.byline.value.authors:
        # With no date of its own, a signed story's lead may open on a scene of the past
        # (``Berlin, 9. November 1989 - Als am Abend ...``): its date is not taken, nor
        # its place. A press release is not signed.
        return
    if b.dateline is None:
        a, z = m.span("place")
        raw = b.text[a:z]
        b.dateline = Field(value=fold(raw), raw=raw, span=Span(a, z), rule=b.rule("lead-dateline"))
    b.set_date(found, b.rule("lead-date"))


# A place alone and a dash opening the first paragraph, before a capital: in capitals
# (``BERLIN - Die ...``, ``JAKARTA, KOMPAS.com - ...``), or, on an Indonesian page, as
# written (``Jakarta - Pemerintah ...``, as Indonesian portals date their stories). The
# portal's own name may stand after the place and a comma (a domain, ``KOMPAS.com``, or
# a name opening with an acronym, ``CNN Indonesia``), or before it (``Liputan6.com,
# Jakarta - ...``).
_DOMAIN = r"[\p{L}\d-]{1,30}+\.(?i:com|co\.id|co|id|net|org|news|tv)(?![\p{L}\d])"
_PORTAL = _DOMAIN + r"|\p{Lu}{2,6}+(?:\x20\p{Lu}\p{Ll}{1,20}+){0,2}+"
# After the place and a comma, a region written out or abbreviated (``BOISE, Idaho``,
# ``SANTA CRUZ, Calif.``, ``WASHINGTON, D.C.``, ``LAGOS, NIGERIA``): only one the tables
# know (:data:`~newsparse.vocab.DATELINE_REGIONS`,
# :data:`~newsparse.vocab.STATE_ABBREVIATIONS`) is taken.
_REGION = r"\p{Lu}[\p{L}.]{0,20}+(?:\x20\p{Lu}\p{L}{1,20}+){0,2}+"
# A Spanish agency's place closes with a full stop and a dash, no blank between them
# (``MADRID.- El Gobierno ...``): the place in capitals holds them, read off after.
_DOT_DASH = ".-"
_PLACE_LEAD_RE = regex.compile(
    r"\G[\x20\t]{0,8}+(?:(?P<outlet>DOMAIN),\x20)?"
    r"(?:(?P<caps>\p{Lu}[\p{Lu}.'\u2019-]{1,30}+(?:\x20\p{Lu}[\p{Lu}.'\u2019-]{1,30}+){0,2}+)"
    r"|(?P<place>\p{Lu}\p{Ll}{1,30}+(?:\x20\p{Lu}\p{Ll}{1,30}+){0,2}+))"
    r"(?:,\x20(?:(?P<portal>PORTAL)|(?P<region>REGION)))?"
    r"(?:\x20{1,2}+(?:--|[-\u2013\u2014])|(?<=\p{Lu}\.-))"
    r"\x20{1,2}+(?=[\"\u201c\u201e\u00ab]?\p{Lu})".replace("DOMAIN", _DOMAIN)
    .replace("PORTAL", _PORTAL)
    .replace("REGION", _REGION)
)
# Bodies known by their initials that open a lead in capitals and a dash as a place
# would (``NATO - The alliance's ministers ...``), lower case: a body is no place,
# however seldom the story names it again.
_LEAD_BODIES = frozenset((
    "nato", "otan", "nasa", "opec", "fifa", "uefa", "unesco", "unicef", "asean", "osce",
    "iaea", "who", "imf", "wto", "un", "eu", "ecowas", "interpol", "europol", "frontex",
    "mercosur", "unhcr", "oecd", "cern", "esa", "fbi", "cia", "onu", "ue", "oms", "fmi",
    "ocde", "uno", "nu",
))  # fmt: skip
#: The fewest letters of a place a full stop and a dash close (``MADRID.-``): an
#: interview's ``P.-`` and ``R.-`` (question, answer) are none.
_MIN_DOT_DASH_PLACE = 3
# Labels in capitals that open a lead as a place would: a kicker (``UPDATE -``,
# ``VIDEO -``, Indonesian ``FOTO -``, ``EKSKLUSIF -``), lower case and without accents
# (``VIDÉO``, ``VÍDEO``, ``ÚLTIMA HORA`` are ``video``, ``ultima hora``): breaking news,
# live coverage, pictures and sound, an exclusive, a check of facts, a recap, a kind of
# story, in the languages whose pages set them so.
_LEAD_KICKERS = frozenset((
    # English.
    "breaking", "breaking news", "just in", "developing", "live", "live updates",
    "live blog", "video", "videos", "photo", "photos", "gallery", "watch", "listen",
    "exclusive", "urgent", "alert", "news alert", "fact check", "factcheck", "recap",
    "preview", "spoiler alert", "spoilers", "explained", "quiz", "poll", "timeline",
    "infographic", "news", "audio", "podcast", "sponsored", "advertorial", "ads",
    "read more",
    # French.
    "exclusif", "info", "alerte", "direct", "enquete", "recit", "decryptage",
    "infographie", "temoignage", "entretien", "grand entretien", "reportage", "portrait",
    "document", "verbatim", "sondage", "carte",
    # German.
    "eilmeldung", "eil", "eilt", "exklusiv", "liveticker", "ticker", "newsblog",
    "liveblog", "fotos", "fotostrecke", "bildergalerie", "hintergrund", "faktencheck",
    "umfrage",
    # Spanish, Italian, Portuguese.
    "ultima hora", "urgente", "exclusiva", "exclusivo", "directo", "en vivo", "entrevista",
    "reportaje", "cronica", "encuesta", "galeria", "ultim'ora", "ultima ora", "esclusivo",
    "esclusiva", "diretta", "foto", "intervista", "retroscena", "sondaggio", "assista",
    "veja", "ouca", "reportagem", "enquete",
    # A notice's labels, which Spanish and Portuguese close with a stop and a dash as a
    # place (``AVISO.-``, ``IMPORTANTE.-``, ``COMUNICADO.-``).
    "aviso", "importante", "comunicado", "aclaracion", "atencion", "atencao", "nota",
    # Dutch, Swedish, Norwegian, Danish.
    "recensie", "exclusief", "achtergrond", "just nu", "bilder", "granskning", "intervju",
    "nyhed", "nyheter",
    # Polish, Turkish.
    "pilne", "wideo", "zdjecia", "galeria", "wywiad", "relacja", "na zywo", "tylko u nas",
    "son dakika", "flas", "canli", "ozel haber", "galeri",
    # Russian, Ukrainian, Greek.
    "\u0441\u0440\u043e\u0447\u043d\u043e", "\u0432\u0438\u0434\u0435\u043e",
    "\u0444\u043e\u0442\u043e", "\u044d\u043a\u0441\u043a\u043b\u044e\u0437\u0438\u0432",
    "\u043c\u043e\u043b\u043d\u0438\u044f", "\u043e\u043d\u043b\u0430\u0439\u043d",
    "\u0442\u0435\u0440\u043c\u0456\u043d\u043e\u0432\u043e",
    "\u0432\u0456\u0434\u0435\u043e", "\u0435\u043a\u0441\u043a\u043b\u044e\u0437\u0438\u0432",
    "\u03b2\u03b9\u03bd\u03c4\u03b5\u03bf", "\u03c6\u03c9\u03c4\u03bf",
    "\u03b1\u03c0\u03bf\u03ba\u03bb\u03b5\u03b9\u03c3\u03c4\u03b9\u03ba\u03bf",
    "\u03b5\u03ba\u03c4\u03b1\u03ba\u03c4\u03bf",
    # Indonesian.
    "eksklusif", "terkini", "berita terkini", "viral", "berita", "infografis", "iklan",
    "baca juga", "cek fakta", "sekilas info",
))  # fmt: skip
# A second name in capitals and a score after the dash: a match's sides, not a place
# and a story (``JUVENTUS - MILAN 2-1``).
_SCORE_AFTER_RE = regex.compile(
    r"\G\p{Lu}[\p{Lu}.'\u2019-]{1,30}+(?:\x20\p{Lu}[\p{Lu}.'\u2019-]{1,30}+){0,2}+\x20{1,2}+"
    r"\d{1,3}+\x20?[-\u2013:]\x20?\d{1,3}+(?!\d)"
)
# A vowel, in Latin, Cyrillic or Greek letters without accents: a place's name holds
# one; initials (``NFL``, ``BMW``, ``SNCF``) may not.
_VOWEL_RE = regex.compile(
    r"[aeiouy\u0430\u0435\u0451\u0438\u043e\u0443\u044b\u044d\u044e\u044f\u0456\u0457"
    r"\u0454\u03b1\u03b5\u03b7\u03b9\u03bf\u03c5\u03c9]"
)
#: The fewest words a lead holds after its dateline's dash: a name and a role
#: (``JANE DOE - Staff Reporter``) are no place and a story.
_MIN_LEAD_WORDS = 4


def _unaccented(text: str) -> str:
    """``text`` in lower case, without its accents: ``VIDÉO`` is ``video``."""
    return without_marks(caseless(text))


# Where a word stands in a text, as :func:`_occurs` tests it: each pair a lookbehind
# matched at the word's start and a lookahead matched at its end, both zero-width, so
# that the word is found by a plain substring search and no pattern is compiled per
# word. ``\G``: each is matched only where it is put, not tried at every position.
# Written in lower case away from an address (``www.berlin.de``, ``presse@jakarta.go.id``,
# ``#berlin``).
_LOWER_WORD_BEFORE_RE = regex.compile(r"\G(?<![\p{L}\d.@/#_-])")
_LOWER_WORD_AFTER_RE = regex.compile(r"\G(?![\p{L}\d@/_-]|\.[\p{L}\d])")
# Written again in running text: after a character other than white space on its line
# (or an opening bracket or quote), no dash after it as a lead's; or opening a line
# with more of the line after it (a menu's item alone on its line is neither).
_RUNNING_AFTER_TEXT_RE = regex.compile(r"\G(?<=[^\s][^\S\n]{0,3}+|[\p{Ps}\p{Pi}\"'])")
_RUNNING_NO_DASH_RE = regex.compile(r"\G(?![\p{L}\d])(?!\x20{1,2}+(?:--|[-\u2013\u2014]))")
_RUNNING_WORD_START_RE = regex.compile(r"\G(?<![\p{L}\d])")
_RUNNING_MORE_AFTER_RE = regex.compile(r"\G(?=[^\S\n]{0,3}+[^\s\-\u2013\u2014])(?![\p{L}\d])")
_LOWER_WORD = ((_LOWER_WORD_BEFORE_RE, _LOWER_WORD_AFTER_RE),)
_RUNNING_WORD = (
    (_RUNNING_AFTER_TEXT_RE, _RUNNING_NO_DASH_RE),
    (_RUNNING_WORD_START_RE, _RUNNING_MORE_AFTER_RE),
)


def _occurs(
    text: str,
    word: str,
    pos: int,
    endpos: int,
    shapes: tuple[tuple[regex.Pattern[str], regex.Pattern[str]], ...],
) -> bool:
    """Whether ``word`` stands in ``text[pos:endpos]`` as one of ``shapes`` tells.

    Each shape is a lookbehind tried at the word's start and a lookahead tried at its
    end (``endpos`` ends the text for it), as a pattern ``before + word + after`` would
    be searched.

    Examples:
        >>> _occurs("a berlin b", "berlin", 0, 10, _LOWER_WORD)
        True
        >>> _occurs("www.berlin.de", "berlin", 0, 13, _LOWER_WORD)
        False
    """
    at = text.find(word, pos, endpos)
    while at >= 0:
        end = at + len(word)
        if any(
            _regex.match(before, text, at, endpos) is not None
            and _regex.match(after, text, end, endpos) is not None
            for before, after in shapes
        ):
            return True
        at = text.find(word, at + 1, endpos)
    return False


def _written_lower(text: str, word: str, away: Span) -> bool:
    """Whether ``text`` writes ``word`` in lower case, away from the span ``away``.

    A place's name is a proper name, never so written; a common word is (``GAS PRICES
    DROP - Gas prices fell ...``: a run-in head, no place).

    Examples:
        >>> text = "TIGERS ROLL - The Tigers beat the Hawks; they roll on."
        >>> [_written_lower(text, w, Span(0, 11)) for w in ("TIGERS", "ROLL")]
        [False, True]
        >>> _written_lower("BERLIN - Mehr unter www.berlin.de.", "BERLIN", Span(0, 6))
        False
    """
    lower = word.lower()
    if lower == word:
        return False
    # Not in an address (``www.berlin.de``, ``presse@jakarta.go.id``, ``#berlin``).
    return _occurs(text, lower, 0, away.start, _LOWER_WORD) or _occurs(
        text, lower, away.end, len(text), _LOWER_WORD
    )


def _lead_region(m: regex.Match[str]) -> str | None:
    """The group of a place lead's match holding a region the tables know, or ``None``.

    A state abbreviated (``Calif.``, ``D.C.``:
    :data:`~newsparse.vocab.STATE_ABBREVIATIONS`) or a state, province or country
    written out in any case (``Idaho``, ``FRANCE``:
    :data:`~newsparse.vocab.DATELINE_REGIONS`), after the place and a comma.

    Examples:
        >>> m = _PLACE_LEAD_RE.match("SANTA CRUZ, Calif. - The town voted.")
        >>> _lead_region(m), m["region"]
        ('region', 'Calif.')
        >>> _lead_region(_PLACE_LEAD_RE.match("JAKARTA, KOMPAS.com - Banjir merendam."))
    """
    if m["region"] is not None:
        region = caseless(m["region"])
        if region.removesuffix(".") in STATE_ABBREVIATIONS or region in DATELINE_REGIONS:
            return "region"
    elif m["portal"] is not None and caseless(m["portal"]) in DATELINE_REGIONS:
        return "portal"
    return None


def read_place_lead(b: Builder) -> None:
    """Read the place alone and a dash that open the first paragraph, leaving it whole.

    ``BERLIN - Die Regierung ...``, ``JAKARTA, KOMPAS.com - Banjir ...``: the place in
    capitals, in any language; as written (``Jakarta - Pemerintah ...``) only in a
    story in Indonesian (:func:`~newsparse.stopwords.guess_language` on its
    paragraphs), whose portals date stories so. A kicker in capitals (``UPDATE -``,
    ``VIDEO -``, :data:`_LEAD_KICKERS`) or a signed piece's label (``OPINION -``) is no
    place, nor is anything before a dash that a capital does not follow. The place is
    the dateline unless one is read already; the paragraph keeps its text.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "JAKARTA, KOMPAS.com - Banjir merendam ratusan rumah."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="x")
        >>> b.add_paragraphs(split_lines(text))
        >>> read_place_lead(b)
        >>> b.dateline.value, b.paragraphs[0].value == text
        ('JAKARTA', True)
    """
    if not b.paragraphs or b.dateline is not None:
        return
    first = b.paragraphs[0].span
    line = first_line_of(b)
    if line is None:
        return
    m = _regex.match(_PLACE_LEAD_RE, b.text, line.start, line.end)
    if m is None:
        return
    name = "caps" if m["caps"] is not None else "place"
    a, z = m.span(name)
    dot_dash = m[name].endswith(_DOT_DASH)
    if dot_dash:
        z -= len(_DOT_DASH)  # ``MADRID.-``: the place without its stop and dash
        if (
            m["region"] is not None
            or m["portal"] is not None
            or sum(c.isalpha() for c in m[name]) < _MIN_DOT_DASH_PLACE
        ):
            return
    place = caseless(b.text[a:z])
    region = _lead_region(m)
    if (region is None and m["region"] is not None) or (dot_dash and name != "caps"):
        return  # ``SMITH, Johnson -``: no region the tables know
    if (
        place in _LEAD_NOTE_LABELS
        or place in SIGNED_PIECES
        or place in PRESS_LABELS
        or place in STANDFIRST_LABELS  # ``ZUSAMMENFASSUNG -``
        or place in _LEAD_BODIES  # ``NATO -``
        or place == "undated"
    ):
        return
    if _unaccented(place) in _LEAD_KICKERS or canonical_agency(b.text[a:z]) is not None:
        return  # ``VIDÉO -``, ``REUTERS -``, ``EFE.-``
    if _regex.search(_VOWEL_RE, _unaccented(place)) is None:
        return  # ``NFL -``, ``BMW -``: initials, which a place's name is not
    if len(b.text[m.end() : first.end].split()) < _MIN_LEAD_WORDS:
        return  # ``JANE DOE - Staff Reporter``
    if _regex.match(_SCORE_AFTER_RE, b.text, m.end(), line.end) is not None:
        return  # ``JUVENTUS - MILAN 2-1``: a match's two sides
    if place not in PLACE_NAMES and all(
        _written_lower(b.text, word, Span(a, z)) for word in b.text[a:z].split()
    ):
        return  # ``BILAN - ... ce bilan``: a common word, a kicker no table lists
    if (
        name == "caps"
        and " " in place
        and place not in PLACE_NAMES
        and m["portal"] is None
        and region is None  # ``SANTA CRUZ, Calif. -``: a region makes it a place
    ):
        # Words in capitals with no portal's name after them (``GAS PRICES DROP -``,
        # ``TIGERS ROLL -``) are a run-in head as often as a place: only a place the
        # tables know (``LOS ANGELES``) is one. A place of one word needs no table.
        return
    if name == "caps" and m["portal"] is None and m["outlet"] is None and region is None:
        # An acronym or a brand, written in capitals wherever the page names it
        # (``NATO - ... NATO's ...``), where a place is so only in its dateline. A
        # line holding the word alone (a menu's ``JAKARTA``) is no such writing.
        word = b.text[a:z]
        if _occurs(b.text, word, 0, line.start, _RUNNING_WORD) or _occurs(
            b.text, word, m.end(), len(b.text), _RUNNING_WORD
        ):
            return
    # Function words tell a phrase in capitals (``THE BIG PICTURE -``, ``WHY IT MATTERS
    # -``) from a place, unless the place tables know it (``LOS ANGELES``).
    if (
        " " in place
        and place not in PLACE_NAMES
        and region is None
        and any(w in words for w in place.split() for words in STOPWORDS.values())
    ):
        return
    portal = m["portal"]
    if name == "place":
        words = (w for p in b.paragraphs[:4] for w in p.value.split())
        if guess_language(itertools.islice(words, 200)) != "id":
            return
    elif portal is not None and region is None and len(portal) > 2 and "." not in portal:  # noqa: PLR2004 - a code
        # A portal's name in capitals, no address (``JAKARTA, KOMPAS -``), as an
        # Indonesian page sets one: on a page in another language two names (``SMITH,
        # JONES -``).
        words = (w for p in b.paragraphs[:4] for w in p.value.split())
        if guess_language(itertools.islice(words, 200)) not in {"id", None}:
            return
    if m["portal"] is not None and len(m["portal"]) == 2:  # noqa: PLR2004 - a code
        z = m.end("portal")  # ``PARIS, TX -``: a state's or a country's code, the place's
    if region is not None:
        z = m.end(region)  # ``BOISE, Idaho -``, ``PARIS, FRANCE -``: the place's region
    raw = b.text[a:z]
    b.dateline = Field(value=fold(raw), raw=raw, span=Span(a, z), rule=b.rule("lead-dateline"))


def _read_body_dateline(text: str, line: Line) -> Dateline | None:
    """An agency's dateline opening ``line``: with its place, or with a date and no place.

    Reuters dates company news with no place (``Sept 5 (Reuters) -``), on its pages and
    in the exports that carry its copy, as it does on the wire.
    """
    found = read_dateline(text, line)
    if found is None and line.text[:1].isalnum() and "(" in line.text:
        found = read_dateline(text, line, DATE_FIRST_DATELINE_RE)
    return found


#: The most words a story's title over its dateline paragraph may have.
_MAX_STORY_TITLE_WORDS = 16


def _is_story_title(b: Builder, span: Span) -> bool:
    """Whether the paragraph at ``span`` reads as a story's title.

    One line opening with a capital, of at most :data:`_MAX_STORY_TITLE_WORDS` words,
    that ends no sentence.

    Examples:
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> t = "Bank holds rate at 4.75 pct"
        >>> _is_story_title(Builder(text=t, options=ParseOptions(), rule_prefix="x"), Span(0, 27))
        True
    """
    raw = span.of(b.text)
    return (
        "\n" not in raw
        and "\r" not in raw
        and raw[:1].isupper()
        and len(raw.split()) <= _MAX_STORY_TITLE_WORDS
        and raw[-1:] not in ".!?:;,"
    )


def date_from_partial(b: Builder, found: Dateline, anchor: dt.date | int | None, rule: str) -> bool:
    """Make the dateline's month and day the article's date, its year from ``anchor``.

    Args:
        b: The article being built.
        found: The dateline.
        anchor: A full date (the nearest year to it is taken) or a year (taken as is).
        rule: The rule to record.

    Returns:
        Whether the date was set.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "OSLO, Jan 2 (Reuters) - Snow fell."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="wire")
        >>> found = read_dateline(text, split_lines(text)[0])
        >>> date_from_partial(b, found, dt.date(1987, 12, 30), "wire.dateline-date")
        True
        >>> b.date.value.date().isoformat(), b.date.raw, b.date_precision
        ('1988-01-02', 'Jan 2', 'day')
    """
    if found.partial is None or anchor is None or b.date is not None:
        return False
    if isinstance(anchor, int):
        try:
            day: dt.date | None = dt.date(anchor, found.partial.month, found.partial.day)
        except ValueError:
            day = None
    else:
        day = found.partial.resolve(anchor)
    if day is None:
        return False
    span = found.partial.span
    if found.year_span is not None and anchor == found.year:
        span = Span(span.start, found.year_span.end)  # the year the dateline writes
    b.date = Field(
        value=dt.datetime(day.year, day.month, day.day),  # noqa: DTZ001 - a dateline names no zone
        raw=span.of(b.text),
        span=span,
        rule=rule,
    )
    b.date_precision = "day"
    return True


def note_partial(b: Builder, found: Dateline | None) -> None:
    """Keep a dateline's month and day in ``metadata``, completed when the date allows.

    Without a date to complete it against, a ``date.partial`` note says what was left.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "OSLO, Aug 14 (Reuters) - Snow fell."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="wire")
        >>> note_partial(b, read_dateline(text, split_lines(text)[0]))
        >>> [(n.code, n.span.of(text)) for n in b.notes]
        [('date.partial', 'Aug 14')]
    """
    if found is None or found.partial is None:
        return
    if b.date is not None:
        day = found.partial.resolve(b.date.value.date())
        if day is not None:
            b.metadata["dateline_date"] = day.isoformat()
            return
    b.notes.append(
        Note(
            code="date.partial",
            message="the dateline gives a month and day but the text gives no year",
            span=found.partial.span,
        )
    )


# -- trailers --------------------------------------------------------------------------

# Trailer lines that are furniture in wire copy.
_WIRE_FURNITURE_RE = regex.compile(
    r"""
    (?P<staff_initials>                       # AFP: jm/ach, burs-abc/xyz, bur-jm/dv
        (?:burs?-|/)?\p{Ll}{2,5}(?:[/-]\p{Ll}{2,5}){1,5}   # dpa-AFX: /ck/jha
    )
  | (?P<desk_codes>                           # PTI: ABC DEF GHI, PTI ABC DEF
        (?:\p{Lu}{2,5}\x20){1,7}\p{Lu}{2,5}
      | UNI(?:\x20\p{Lu}{2,5}){1,7}\x20(?:[01]\d|2[0-3])[0-5]\d   # UNI: UNI AB CD 1545 (the
    )                                         # time filed; not FIFA WORLD CUP 2022)
  | (?P<story_note>                           # Reuters: (This story has been refiled
        \(This\x20(?:story|article|version)\x20[^\n()]{1,300}\)   # to fix a typo)
    )
  | (?P<photo_credit>                         # Xinhua: (Photo: Xinhua/Li Ming)
        \((?:Photos?|Video|Graphic)\x20?:\x20?[^\n()]{1,100}+\)
    )
  | (?P<email>                                # Yonhap: the reporter's address, alone
        [\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,5}+
    )
  | (?P<contact>                              # Bloomberg
        To\x20contact\x20the\x20(?:reporters?|editors?)[^\n]{0,400}
                                              # Reuters: ((jo.roe@example.com; +44 ...;
      | \(\([^\n()@]{0,100}+@[^\n()]{1,400}+\)\)    # Reuters Messaging: ...)), in
                                              # double brackets; Indian agencies:
      | \((?:The\x20(?:writer|author|reporter)      # (Jo Roe can be reached at
          | \p{Lu}[\p{L}.'-]{0,30}+(?:\x20\p{Lu}[\p{L}.'-]{0,30}+){0,3}+)   # jo@x.in),
        \x20(?:can|may)\x20be\x20(?:reached|contacted)\x20(?:at|on|via)\x20  # in brackets
        [^\n()]{0,100}?(?:@|\+?\d[\d\x20-]{6})[^\n()]{0,200}\)\.?
      | (?:The\x20(?:writer|author|reporter)         # or out of them with an
          | \p{Lu}[\p{L}.'-]{0,30}+(?:\x20\p{Lu}[\p{L}.'-]{0,30}+){0,3}+)   # address:
        \x20(?:can|may)\x20be\x20(?:reached|contacted)\x20(?:at|on|via)\x20  # a helpline's
        [^\n()@]{0,100}+@[^\n()]{1,200}\.?                                    # number is news
                                              # Or the writer's page on a network
                                              # (AP: ``Jo Roe can be reached at
                                              # twitter.com/jroe``): a person's name,
                                              # two or three words; ``The Harbor Relief
                                              # Fund``'s page closes the story, and so
                                              # does ``Dunmore Ferry Watch``'s: a name
                                              # ending in an organisation's word is no
                                              # person's.
      | (?:The\x20(?:writer|author|reporter)
          | (?!The\x20)\p{Lu}[\p{L}.'-]{0,30}+(?:\x20\p{Lu}[\p{L}.'-]{0,30}+){1,2}+
            (?<!\x20(?:"""
    + "|".join(ORGANISATION_WORDS)
    + r"""))
        )
        \x20(?:can|may)\x20be\x20(?:reached|contacted)\x20(?:at|on|via)\x20
        (?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|threads)
        \.(?:com|net)/[^\s()]{1,100}+\.?
                                              # AP: ``Follow Jo Roe at x.com/joroe``,
                                              # ``Follow Jo Roe on X: https://...``,
                                              # the same person's name and page.
      | Follow\x20(?!The\x20|AP\b)\p{Lu}[\p{L}.'-]{0,30}+(?:\x20\p{Lu}[\p{L}.'-]{0,30}+){1,2}+
            (?<!\x20(?:"""
    + "|".join(ORGANISATION_WORDS)
    + r"""))
        (?:\x20on\x20(?:X|Twitter|Bluesky|Threads|Instagram)\x20?:?)?\x20(?:at\x20)?
        (?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|threads|bsky)
        \.(?:com|net|app)/[^\s()]{1,100}+\.?
    )
  | (?P<end_mark> Enditem | ENDITEM | \(?END\)? | \(?ends\)?
                | [\uff08(]\u5b8c[\uff09)] )          # Xinhua's Chinese copy: (完)
  | (?P<sign_off> -{1,2}\x20?(?:IANS|PTI|UNI|ANI)        # IANS: --IANS
                | \((?:IANS|PTI|UNI|ANI)\)                # ANI: (ANI)
                | ==\x20?Kyodo                            # Kyodo: ==Kyodo
                | -{1,2}\x20?(?:BERNAMA|Bernama)          # Bernama: -- BERNAMA
                | AFP | EFE                               # AFP; EFE (over its initials)
                | dpa(?:\x20\p{Ll}{2,3}){0,3} )           # dpa ab xy (with initials)
  | (?P<newsroom> \((?:\p{Lu}[\p{L}\x20]{0,40})?Newsroom[^\n()]{0,80}\) )
  | (?P<coverage_link>                        # AP: Follow AP's coverage of X at https://...
        (?:Follow|More|Find\x20more|See\x20more)\x20AP(?:['\u2019]s)?\x20
        [^\n]{0,200}?(?:https?://|apnews\.com)\S{0,300}
      | AP['\u2019]s\x20UP\x20NEXT\x20?:[^\n]{0,300}   # AP's UP NEXT: a video's title
    )                                         # (a game story's own UP NEXT has no AP's)
    """,
    regex.VERBOSE,
)
# An Indian agency's sign-off and desk codes that a hard wrap has spread over the last
# lines (``(PTI) ABC`` over ``DEF``; ``ABC`` over ``DEF``): the sign-off is attribution,
# the codes furniture.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_WRAPPED_CODES_RE = regex.compile(
    r"""
    \G(?: (?P<sign_off> \( (?P<agency> IANS | PTI | UNI | ANI ) \) ) [\x20\t]{1,3} )?
    (?P<codes> (?: \p{Lu}{2,5} (?: [\x20\t]{0,3} \r?\n [\x20\t]{0,3}
                                | [\x20\t]{1,3} ) ){1,7} \p{Lu}{2,5} )
    """,
    regex.VERBOSE,
)
#: How many lines wrapped desk codes may take.
_CODE_LINES = 3
# Bloomberg's contact block as it is laid out since the 2010s: the heading on a line of
# its own, the names and addresses on the few lines under it.
_CONTACT_HEADING_RE = regex.compile(
    r"To\x20contact\x20the\x20(?:reporters?|editors?)\x20[^\n:]{0,120}:[\x20\t]*+"
)
#: How many lines a contact heading may have under it.
_CONTACT_LINES = 3
_ASSISTANCE_RE = regex.compile(
    r"-{0,2}\x20?With\x20assistance\x20from\x20(?P<names>[^\n]{1,300}?)\.?", regex.IGNORECASE
)

# Xinhua's editor under the story: ``Editor: Liu Jia``, ``[Editor: huaxia]``. Each name
# is a word and up to three capitalised ones: ``Editor: this story was corrected ...``
# is an editor's note, not a credit.
_EDITOR_NAME = r"[\p{L}\p{M}][\p{L}\p{M}.'-]{0,30}+(?:\x20\p{Lu}[\p{L}\p{M}.'-]{0,30}+){0,3}+"
_EDITOR_RE = regex.compile(
    r"\[?Editors?:\x20{0,3}(?P<names>"
    + _EDITOR_NAME
    + r"(?:(?:,\x20{0,2}(?:and\x20)?|\x20and\x20)"
    + _EDITOR_NAME
    + r"){0,5}+)\]?"
)

# Its Chinese copy's: ``(责任编辑:李红)``, ``【责任编辑:张樵苏】``, ``编辑:李红、王明远``
# (brackets and colon full-width or not); each name two to four Han characters. A
# role may stand before the names, glued to them or not: ``编辑:本报记者 王明远``,
# ``编辑:记者王明远`` (editor: our reporter Wang Mingyuan).
_CHINESE_EDITOR_RE = regex.compile(
    r"[\[\u3010\uff08(]?+(?:\u8d23\u4efb)?+\u7f16\u8f91[:\uff1a]\x20{0,2}+"
    r"(?:(?P<role>(?:\u672c[\u62a5\u5831\u520a\u53f0\u7f51\u7db2])?"
    r"(?:\u8bb0\u8005|\u8a18\u8005|\u901a\u8baf\u5458|\u901a\u8a0a\u54e1))\x20?+"
    r"(?=\p{Han}{2,4}+(?:[\u3001\uff0c,\x20\]\u3011\uff09)]|$)))?"
    r"(?P<names>\p{Han}{2,4}+(?:[\u3001\uff0c,\x20]\x20?+\p{Han}{2,4}+){0,5}+)"
    r"\x20?+[\]\u3011\uff09)]?+"
)
_CHINESE_NAME_SPLIT_RE = regex.compile(r"[\u3001\uff0c,\x20]\x20?+")
# A role in the names' place names no one: ``编辑:本报记者`` (editor: our reporter),
# ``编辑:记者``; ``本报``/``本報`` (this paper) or a reporter's, correspondent's or
# editor's title (本报 本報 本刊 本台 本网 本網; 记者 記者 通讯员 通訊員 编辑 編輯).
_CHINESE_ROLE_NAME_RE = regex.compile(
    r"(?:\u672c[\u62a5\u5831\u520a\u53f0\u7f51\u7db2])\p{Han}{0,4}+"
    r"|\p{Han}{0,4}?(?:\u8bb0\u8005|\u8a18\u8005|\u901a\u8baf\u5458|\u901a\u8a0a\u54e1"
    r"|\u7f16\u8f91|\u7de8\u8f2f)"
)

_NAME_SPLIT_RE = regex.compile(r",\s*+(?:and\s++)?|(?<!\s)\s++and\s++")
_IN_PLACE_RE = regex.compile(r"\x20in\x20\p{Lu}[^,]{0,60}$")


def assistance_names(text: str, start: int, end: int) -> tuple[str, ...] | None:
    """The names of Bloomberg's ``--With assistance from X and Y.`` line, else ``None``.

    Examples:
        >>> t = "--With assistance from Jo Roe in Oslo and Al Poe."
        >>> assistance_names(t, 0, len(t))
        ('Jo Roe', 'Al Poe')
    """
    m = _regex.fullmatch(_ASSISTANCE_RE, text, start, end)
    if m is None:
        return None
    return tuple(
        _IN_PLACE_RE.sub("", n.strip()) for n in _NAME_SPLIT_RE.split(m["names"]) if n.strip()
    )


def _take_assistance(b: Builder, line: Line) -> bool:
    names = assistance_names(b.text, line.start, line.end)
    if names is None:
        return False
    b.credits.append(Credit(role="assistance", names=names))
    b.attribution.append(b.span_field(line.start, line.end, b.rule("attribution.assistance")))
    return True


def _take_editor(b: Builder, line: Line) -> bool:
    """Read Xinhua's ``Editor: Liu Jia`` line (``责任编辑:李红``) as an editing credit."""
    if "ditor" in line.text:
        pattern, split = _EDITOR_RE, _NAME_SPLIT_RE
    elif "\u7f16\u8f91" in line.text:  # 编辑
        pattern, split = _CHINESE_EDITOR_RE, _CHINESE_NAME_SPLIT_RE
    else:
        return False
    m = _regex.fullmatch(pattern, b.text, line.start, line.end)
    if m is None:
        return False
    names = tuple(n.strip() for n in split.split(m["names"].strip()) if n.strip())
    if any(_CHINESE_ROLE_NAME_RE.fullmatch(n) is not None for n in names):
        # ``编辑:本报记者``: the editor's tag names no one; no credit, and no paragraph.
        b.add_furniture(line.start, line.end, b.rule("editor-role"))
        return True
    b.credits.append(Credit(role="editing", names=names))
    b.attribution.append(b.span_field(line.start, line.end, b.rule("attribution.editor")))
    return True


def _contact_block(b: Builder, lines: Sequence[Line], n: int) -> int | None:
    """Where a contact heading stands whose lines run to ``lines[n - 1]``, if one does."""
    for k in range(n - 2, max(n - 2 - _CONTACT_LINES, -1), -1):
        line = lines[k]
        if _regex.fullmatch(_CONTACT_HEADING_RE, b.text, line.start, line.end) is not None:
            return k
    return None


def _take_wrapped_codes(b: Builder, lines: Sequence[Line], n: int) -> int:
    """Take desk codes wrapped over ``lines[k:n]`` (:data:`_WRAPPED_CODES_RE`); return ``k``.

    Returns ``n`` when the last lines hold no such codes. A line of codes alone is read
    by :data:`_WIRE_FURNITURE_RE`; this reads a run that a wrap has broken, whose last
    line may hold a single code.
    """
    last = lines[n - 1]
    if n < 2 or not 2 <= len(last.text) <= 23 or not last.text.isupper():  # noqa: PLR2004
        return n
    for k in range(max(n - _CODE_LINES, 1), n - 1):  # the longest run; a line of text above
        m = _regex.fullmatch(_WRAPPED_CODES_RE, b.text, lines[k].start, last.end)
        if m is None or "\n" not in b.text[lines[k].start : last.end]:
            continue
        if m["agency"] is not None:
            if m["agency"] not in b.sources:
                b.sources.append(m["agency"])
            b.attribution.append(b.span_field(*m.span("sign_off"), b.rule("attribution.sign-off")))
        b.add_furniture(*m.span("codes"), b.rule("desk-codes"))
        return k
    return n


def take_wire_trailers(
    b: Builder,
    lines: Sequence[Line],
    *,
    max_lines: int = 8,
    agency_marks: bool = True,
    whole_blocks: bool = False,
    held: list[Credit] | None = None,
) -> int:
    """Read trailer lines back from the end; return how many lines remain.

    Attribution lines (credits, contribution, copyright, sign-off, ``With assistance
    from``) become attribution, their credits in the order the text gives them; with
    ``agency_marks``, agency sign-offs (``--IANS``, ``(ANI)``, ``AFP``) become
    attribution and staff initials, desk codes, contact lines and end marks furniture
    (Reuters copy has none, and its tables end in lines that look like desk codes), and
    so does a Bloomberg contact heading (``To contact the reporter on this story:``)
    with the few name and address lines under it.

    With ``whole_blocks`` (copy in blank-line blocks) only whole blocks are taken: a
    credit wrapped from a paragraph onto its next line (``... (Reporting by Jo Roe;`` /
    ``Editing by Al Poe)``) is left to be read with its paragraph
    (:func:`split_glued_trailers`). With ``held``, the credits go there instead of
    ``b.credits``, for the caller to add after those glued to the last paragraph,
    which the text gives first.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "Snow.\\nAssociated Press writer Jo Roe contributed to this report.\\njm/ach"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="wire")
        >>> take_wire_trailers(b, split_lines(text)), b.sources, [f.rule for f in b.furniture]
        (1, ['AP'], ['wire.staff-initials'])
    """
    attributed, credited = len(b.attribution), len(b.credits)
    sourced, furnished = len(b.sources), len(b.furniture)
    reading_time = b.reading_time
    # The credits each line gives, last line first.
    given: list[list[Credit]] = []
    n = _take_wire_trailers(b, lines, given, max_lines=max_lines, agency_marks=agency_marks)
    del b.credits[credited:]  # they are in ``given``, to be put in the story's order
    if whole_blocks and n < len(lines) and not lines[n].blank_before:
        # Taken from inside a block: give the lines back, and read only the blocks
        # after that one.
        del b.attribution[attributed:], b.sources[sourced:], b.furniture[furnished:]
        b.reading_time = reading_time
        after = next((k for k in range(n + 1, len(lines)) if lines[k].blank_before), len(lines))
        return after + take_wire_trailers(
            b,
            lines[after:],
            max_lines=max_lines,
            agency_marks=agency_marks,
            whole_blocks=True,
            held=held,
        )
    into = b.credits if held is None else held
    for line_credits in reversed(given):
        into.extend(line_credits)
    return n


def _take_wire_trailers(
    b: Builder,
    lines: Sequence[Line],
    given: list[list[Credit]],
    *,
    max_lines: int,
    agency_marks: bool,
) -> int:
    """:func:`take_wire_trailers`' walk up the lines; each line's credits go to ``given``."""
    n = len(lines)
    taken = 0
    if agency_marks and n:
        before = len(b.credits)
        kept = _take_wrapped_codes(b, lines, n)
        given.append(b.credits[before:])
        taken, n = n - kept, kept
    while n > 0 and taken < max_lines:
        line = lines[n - 1]
        before = len(b.credits)
        m = None
        if agency_marks:
            m = _regex.fullmatch(_WIRE_FURNITURE_RE, b.text, line.start, line.end)
        if m is not None and m.lastgroup == "sign_off":
            agency = canonical_agency(m.group().strip("-=() ").split()[0])
            if agency is not None and agency not in b.sources:
                b.sources.append(agency)
            b.attribution.append(b.span_field(line.start, line.end, b.rule("attribution.sign-off")))
        elif m is not None and m.lastgroup is not None:
            b.add_furniture(line.start, line.end, b.rule(m.lastgroup.replace("_", "-")))
        elif agency_marks and (k := _contact_block(b, lines, n)) is not None:
            for contact in lines[k:n]:
                b.add_furniture(contact.start, contact.end, b.rule("contact"))
            taken += n - k
            n = k
            continue
        elif (
            not _take_assistance(b, line)
            and not (agency_marks and _take_editor(b, line))
            and b.take_trailers([line], max_lines=1) == 1
        ):
            if not agency_marks or (k := _after_end_mark(b, lines, n, max_lines - taken)) is None:
                break
            for teaser in lines[k:n]:
                b.add_furniture(teaser.start, teaser.end, b.rule("after-end-mark"))
            taken += n - k
            n = k
            continue
        given.append(b.credits[before:])
        n -= 1
        taken += 1
    return n


# A blank (:func:`~newsparse._text.is_blank`): white space, or one of the zero-width
# characters (:data:`~newsparse._text.INVISIBLE`) that copied text leaves at line ends.
_BLANK = r"[\s" + INVISIBLE + "]"
# Xinhua's end mark, in English copy and in Chinese (``(完)``, the brackets full-width or
# not); alone on a line (:data:`_XINHUA_END_MARK_RE`) or glued to the last sentence
# (:data:`_GLUED_END_MARK_RE`).
_ENDITEM = r"(?:Enditem|ENDITEM)"
_CHINESE_END_MARK = r"[\uff08(]\u5b8c[\uff09)]"
# Xinhua's end marks, alone on a line or glued to the last sentence (``...归仓。(完)``):
# the story ends there. Searched from the end (``REVERSE``), as the glued trailers
# below are: a match ends where the line does, so a line full of brackets is not tried
# at each one; the start is the same either way (tests compare the two).
_XINHUA_END_MARK_RE = regex.compile(
    r"(?:" + _ENDITEM + "|" + _CHINESE_END_MARK + ")" + _BLANK + r"*+\Z",
    regex.REVERSE,
)
#: A line after Xinhua's end mark no longer than this is a teaser's (a related story's
#: headline, its label), not a paragraph of the story's.
_TEASER_WIDTH = 80
# What a line ending with a full stop ends with, past closing quotes and brackets: a
# sentence's, no teaser's headline (``今年秋粮长势良好。``, ``... on Friday.``).
_FULL_STOP_END_RE = regex.compile(
    r"[.\u3002][\s\"'\u201d\u2019\u00bb)\]\u300d\u300f" + INVISIBLE + r"]*+\Z"
)


def _after_end_mark(b: Builder, lines: Sequence[Line], n: int, budget: int) -> int | None:
    """Where the lines after Xinhua's end mark start that run to ``lines[n - 1]``, if any.

    A box of related stories (``相关新闻`` over their headlines, ``Related news``) the
    page sets after the end mark: at most ``budget`` short lines, none with an end mark
    and none ending with a full stop (a headline ends with none; a line that does is
    the story's, as after a series' note glued to its end mark, ``之三(完)``).
    """
    for k in range(n - 1, max(n - 1 - budget, 0), -1):
        line = lines[k - 1]
        teaser = lines[k]
        if (
            len(teaser.text) > _TEASER_WIDTH
            or _regex.search(_FULL_STOP_END_RE, b.text, teaser.start, teaser.end) is not None
        ):
            return None
        if _regex.search(_XINHUA_END_MARK_RE, b.text, line.start, line.end) is not None:
            return k
    return None


# What a press release ends with: its end mark, the issuer (``SOURCE Kiln Labs``), the
# wire's link to the release and to its media (``View original content:https://...``,
# ``View source version on businesswire.com: ...``, ``Logo - https://...``).
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_RELEASE_FURNITURE_RE = regex.compile(
    r"""\G(?:
    (?P<end_mark> \#{3} | \#\x20\#\x20\# | -\x20?30\x20?- )
  | (?P<release_source> SOURCE:?\x20\p{Lu}[^\n]{0,150}+ )
  | (?P<release_link>
        View\x20(?:the\x20)?(?:original|source)\x20(?:content|version|press\x20release)
        [^\n]{0,400}+
    )
  | (?P<media_link>
        (?:Logo|Photo|Video|Multimedia|Attachments?)(?:\x20[-\u2013]\x20|:\x20?)
        https?://[^\s]{1,400}+
    )
    )""",
    regex.VERBOSE,
)
# A press release's contact heading: ``Contact:``, ``Contacts``, ``Media Contact:``,
# ``Investor Relations:``, ``For more information, contact:``; PR Newswire's
# ``CONTACT: Jo Reyes, +1 555 0100`` holds the contact on the heading's line.
_RELEASE_CONTACT_RE = regex.compile(
    r"""
    (?i:
        (?: For\x20(?:more|further)\x20information,?\x20(?:please\x20)? )?
        (?: (?:Media|Press|News|Investors?|Company|Analysts?)
            (?:\x20(?:and|&)\x20(?:Media|Press|Investors?|Analysts?))?\x20 )?
        (?: Contacts?(?:\x20Information)? | Inquiries | Enquiries | Relations )
    )
    (?: :[^\n]{0,150}+ )?
    """,
    regex.VERBOSE,
)
#: How many lines a press release's contact block may take, its heading included.
_RELEASE_CONTACT_LINES = 12
#: A contact block's lines are no longer than this.
_RELEASE_CONTACT_WIDTH = 150
# What a contact heading holds, folded: a line without one is no heading.
_CONTACT_WORDS = ("contact", "inquiries", "enquiries", "relations")


def _release_contact(b: Builder, lines: Sequence[Line], n: int) -> int | None:
    """Where a contact heading stands whose block of short lines runs to ``lines[n - 1]``."""
    for k in range(n - 1, max(n - 1 - _RELEASE_CONTACT_LINES, -1), -1):
        line = lines[k]
        if len(line.text) > _RELEASE_CONTACT_WIDTH:
            return None
        folded = line.text.casefold()
        if any(w in folded for w in _CONTACT_WORDS) and (
            _regex.fullmatch(_RELEASE_CONTACT_RE, b.text, line.start, line.end) is not None
        ):
            return k
    return None


# GlobeNewswire's list of the files sent with a release: ``Attachment`` or
# ``Attachments`` alone on a line (a colon allowed) over their names.
_ATTACHMENTS_RE = regex.compile(r"\GAttachments?:?")
#: How many files' names an attachment list may hold under its heading.
_ATTACHMENT_LINES = 8
#: A file's name in an attachment list is no longer than this.
_ATTACHMENT_WIDTH = 120


def _release_attachments(b: Builder, lines: Sequence[Line], n: int) -> int | None:
    """Where an ``Attachment(s)`` heading stands whose list runs to ``lines[n - 1]``.

    The names under it are short and end as no sentence does (``Q2 Results``,
    ``Fennel_Q2_2023.pdf``). The heading stands alone, a blank line under it: a line
    ``Attachment`` run on into the short lines under it is one of a list's items (a
    film's title, a tool's part), not its heading.
    """
    for k in range(n - 1, max(n - 2 - _ATTACHMENT_LINES, -1), -1):
        line = lines[k]
        if _regex.fullmatch(_ATTACHMENTS_RE, b.text, line.start, line.end) is not None:
            if k + 1 < n and b.text.count("\n", line.end, lines[k + 1].start) < 2:  # noqa: PLR2004
                return None
            return k
        if (
            len(line.text) > _ATTACHMENT_WIDTH
            or line.text[-1] in '!?:;,"\u201d'
            or (
                line.text.endswith(".") and line.text.count(" ") > 2  # noqa: PLR2004 - a sentence
            )
        ):
            return None
    return None


def take_release_trailers(b: Builder, lines: Sequence[Line]) -> int:
    """Read a press release's end back from the last line; return how many lines remain.

    The end mark (``###``), the issuer (``SOURCE Kiln Labs``), the wire's links
    (``View original content:...``), contact blocks (a heading such as ``Media
    Contact:`` over a few short lines, to the end or to the lines above) and the list
    of files sent with it (``Attachments`` over their names) are furniture.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "Kiln Labs opened.\\nMedia Contact:\\nJo Reyes\\n###\\nSOURCE Kiln Labs"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="wire")
        >>> take_release_trailers(b, split_lines(text)), [f.rule[5:] for f in b.furniture]
        (1, ['release-source', 'end-mark', 'release-contact', 'release-contact'])
    """
    n = len(lines)
    while n > 0:
        line = lines[n - 1]
        m = _regex.fullmatch(_RELEASE_FURNITURE_RE, b.text, line.start, line.end)
        if m is not None and m.lastgroup is not None:
            b.add_furniture(line.start, line.end, b.rule(m.lastgroup.replace("_", "-")))
            n -= 1
            continue
        k = _release_attachments(b, lines, n)
        if k is not None:
            for item in lines[k:n]:
                b.add_furniture(item.start, item.end, b.rule("release-attachment"))
            n = k
            continue
        k = _release_contact(b, lines, n)
        if k is None:
            if b.take_furniture(line):  # the page's own (``Share this article``)
                n -= 1
                continue
            break
        for contact in lines[k:n]:
            b.add_furniture(contact.start, contact.end, b.rule("release-contact"))
        n = k
    return n


# Trailers glued to the end of the last paragraph. The two that ``split_glued_trailers``
# looks for with a bracket first (and the end mark after them) search from the end
# (``REVERSE``): each must end where
# the paragraph does (``\Z``), which a reverse search tries once, where a forward one
# tried every bracket of the paragraph. Each has one possible start for a given end,
# so both searches find the same match (tests compare them).
_GLUED_CREDITS_RE = regex.compile(
    r"""
    (?<=\s|^)
    \( (?= (?i: (?:additional\s++)? (?:reporting|writing|editing|compiled|written|edited
                 |research|graphics|production|translation|text|story) \s++by\b ) )
    [^()]{1,800}+ \)
    \.? \s*+ \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)
_GLUED_CODES_RE = regex.compile(
    r"(?<=[.!?\"\u201d'\u2019)]" + _BLANK + r"{1,3})"
    r"(?:(?:\p{Lu}{2,5}[\x20\t" + INVISIBLE + r"]{0,3}\r?\n?[\x20\t]{0,2}){1,7}\p{Lu}{2,5}"
    r"|PTI|IANS|UNI|ANI)" + _BLANK + r"*+\Z",
    regex.REVERSE,  # the codes end the paragraph: only its end is tried
)
_GLUED_INITIALS_RE = regex.compile(
    r"(?<=[.!?\"\u201d'\u2019)]"
    + _BLANK
    + r"{1,3})(?:burs?-)?\p{Ll}{2,5}(?:[/-]\p{Ll}{2,5}){1,5}"
    + _BLANK
    + r"*+\Z"
    # dpa-AFX glues its initials to the last sentence: ``... Punkte./ck/jha``.
    + r"|(?<=[.!?\"\u201d'\u2019)])/\p{Ll}{2,5}(?:/\p{Ll}{2,5}){1,5}"
    + _BLANK
    + r"*+\Z"
)

# An Indian agency's name in brackets after the last sentence: ``...he said. (ANI)``.
_GLUED_SIGN_OFF_RE = regex.compile(
    r"(?<=[.!?\"\u201d'\u2019)]"
    + _BLANK
    + r"{1,3})\((?P<agency>ANI|PTI|IANS|UNI)\)"
    + _BLANK
    + r"*+\Z",
    regex.REVERSE,
)
# Xinhua's end mark after the last sentence, on its line: ``...on Monday. Enditem``; in
# its Chinese copy ``(完)`` (full-width brackets or not), glued to the full stop.
_GLUED_END_MARK_RE = regex.compile(
    r"(?:(?<=[.!?\"\u201d'\u2019)]"
    + _BLANK
    + r"{1,3})"
    + _ENDITEM
    + r"|(?<=[\u3002\uff01\uff1f\u201d]"
    + _BLANK
    + r"{0,3})"
    + _CHINESE_END_MARK
    + r")"
    + _BLANK
    + r"*+\Z",
    regex.REVERSE,
)


def split_glued_trailers(b: Builder, *, desk_codes: bool = False) -> None:
    """Take trailers off the end of the last paragraph, where hard-wrapped copy glues them.

    Credits in parentheses and an Indian agency's ``(ANI)`` become attribution; staff
    initials, Xinhua's ``Enditem`` (and, with ``desk_codes``, PTI-style desk codes)
    become furniture.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "Snow fell on the\\nhills. (Reporting by Jo Roe;\\nEditing by Al Poe)"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="wire")
        >>> b.add_paragraphs(split_lines(text), wrapped=True)
        >>> split_glued_trailers(b)
        >>> [p.value for p in b.paragraphs], [c.role for c in b.credits]
        (['Snow fell on the hills.'], ['reporting', 'editing'])
    """
    # Read from the end: each group of credits goes before those read after it.
    at = len(b.credits)
    while b.paragraphs:
        last = b.paragraphs[-1]
        start, end = last.span.start, last.span.end
        cut: int | None = None
        m = _regex.search(_GLUED_CREDITS_RE, b.text, start, end)
        if m is not None:
            found = read_attribution(fold(m.group()))
            if found is None:
                break
            cut = m.start()
            b.credits[at:at] = found.credits
            b.attribution.append(
                b.span_field(m.start(), _rstrip(b.text, m.start(), m.end()), b.rule("credits"))
            )
        elif (m := _regex.search(_GLUED_SIGN_OFF_RE, b.text, start, end)) is not None:
            cut = m.start()
            if m["agency"] not in b.sources:
                b.sources.append(m["agency"])
            b.attribution.append(
                b.span_field(
                    m.start(), _rstrip(b.text, m.start(), m.end()), b.rule("attribution.sign-off")
                )
            )
        elif (m := _regex.search(_GLUED_END_MARK_RE, b.text, start, end)) is not None:
            cut = m.start()
            b.add_furniture(m.start(), m.end(), b.rule("end-mark"))
        else:
            m = _regex.search(_GLUED_INITIALS_RE, b.text, start, end)
            if m is None and desk_codes:
                m = _regex.search(_GLUED_CODES_RE, b.text, start, end)
            if m is None:
                break
            cut = m.start()
            b.add_furniture(m.start(), m.end(), b.rule("staff-initials"))
        b.paragraphs.pop()
        new_end = _rstrip(b.text, start, cut)
        if new_end > start:
            raw = b.text[start:new_end]
            value = raw if last.value == last.raw and "\n" not in raw else fold(raw)
            b.paragraphs.append(
                Field(value=value, raw=raw, span=Span(start, new_end), rule=last.rule)
            )
        else:
            break


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and is_blank(text[end - 1]):
        end -= 1
    return end


# -- head stamps ------------------------------------------------------------------------

_STAMP_LABEL = r"(?:(?:Updated|Published|Posted)\x20?:?\x20)?"
# ``Updated 10:02 AM EDT, August 14, 2023``: the time before the date, as AP pages write it.
# A month name is never a zone (``10:02 AM AUG 14, 2023``).
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_TIME_FIRST_RE = regex.compile(
    r"\G"
    + _STAMP_LABEL
    + r"(?P<stamp>(?P<hour>\d{1,2}):(?P<minute>\d{2})\x20?(?P<ampm>[AaPp])\.?[Mm]\.?"
    r"(?:\x20(?!(?i:MONTH)(?!\p{L}))(?P<zone>[A-Z]{2,5}|(?i:ZONE)))?,?\x20(?P<date>[^\n]{6,40}))".replace(
        "ZONE", ZONE_NAME_PATTERN
    ).replace("MONTH", _MONTH_NAMES),
)
# ``Updated 2 hours ago``: a time relative to a clock we do not read.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
# In German, French, Spanish, Portuguese, Italian, Indonesian, Hindi and Arabic too:
# ``vor 3 Stunden``, ``il y a 2 heures``, ``hace 2 horas``, ``há 2 horas``, ``2 ore fa``,
# ``3 jam lalu``, ``3 घंटे पहले`` (3 hours ago), ``منذ 3 ساعات`` (3 hours ago).
# Its label may be in the page's language too: ``Atualizado há 2 horas``, ``Actualizado
# hace 2 horas``, ``Aktualisiert vor 3 Stunden``, ``Mis à jour il y a 2 heures``.
_RELATIVE_LABEL = (
    r"(?:(?:Updated|Published|Posted|Atualizado|Actualizado|Aktualisiert|Aggiornato"
    r"|Mis\x20\u00e0\x20jour)\x20?:?\x20)?"
)
_RELATIVE_TIME_RE = regex.compile(
    r"\G" + _RELATIVE_LABEL + r"(?:\d{1,3}\x20(?:minutes?|mins?|hours?|hrs?|days?)\x20ago"
    r"|(?:vor|il\x20y\x20a|hace|h\u00e1)\x20(?:\d{1,3}|einer?|une?|una?)\x20"
    r"(?:minut\w{0,3}|stunden?|tag(?:en)?|heures?|jours?|horas?|d\u00edas?|dias?)"
    r"|\d{1,3}\x20(?:minuti|ore|giorni)\x20fa"
    r"|\d{1,3}\x20(?:menit|jam|hari)\x20(?:yang\x20)?lalu"
    r"|\d{1,3}\x20(?:\u0918\u0902\u091f\u0947|\u092e\u093f\u0928\u091f|\u0926\u093f\u0928)"
    r"\x20\u092a\u0939\u0932\u0947"
    r"|\u0645\u0646\u0630\x20\d{1,3}\x20\p{Arabic}{3,8}+)",
    regex.IGNORECASE,
)

# ``August 14, 2023 / 10:02 AM / Updated an hour ago``: a date line with a relative time
# after it, as Reuters pages stamp a story; their newer pages, flattened, glue the
# update to the zone (``August 14, 2023 6:50 AM GMT+1Updated 2 hours ago``), which may
# also give the day of the update (``... GMT+1Updated August 14, 2023``).
_DATE_THEN_AGO_RE = regex.compile(
    r"(?P<date>[^\n]{6,60}?)"
    r"(?:\x20/\x20(?:Updated\x20)?|\x20?(?:\|\x20?)?Updated\x20)"
    r"(?:(?:an?|\d{1,3})\x20(?:minutes?|mins?|hours?|hrs?|days?)\x20ago"
    r"|(?<=Updated\x20)(?=[^\n]{0,8}\d)[^\n]{6,40})",
    regex.IGNORECASE,
)
# What a line needs for _RELATIVE_TIME_RE or _DATE_THEN_AGO_RE to match it (compared
# lower-cased).
_STAMP_NEEDLES = (
    "ago", "updated", "vor ", "il y a", "hace", "h\u00e1 ", " fa", "lalu",
    "\u092a\u0939\u0932\u0947", "\u0645\u0646\u0630",
)  # fmt: skip
# The first letters of _TIME_FIRST_RE's labels; without one, its hour opens the line.
_TIME_FIRST_OPENERS = frozenset("UP")
# No head stamp is longer (_DATE_THEN_AGO_RE's date, bar, label and update take at most
# 111 characters).
_LONGEST_STAMP = 120


def take_head_stamp(b: Builder, line: Line) -> bool:
    """Read a head line stating a time before its date, or a relative time; say if it was.

    ``Updated 10:02 AM EDT, August 14, 2023`` becomes the date (minute precision);
    ``Updated 2 hours ago`` is furniture, since the clock is never read, and so is
    such a relative time after a date: ``August 14, 2023 / 10:02 AM / Updated an hour ago``.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "Updated 10:02 AM EDT, August 14, 2023\\nUpdated 2 hours ago"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="wire")
        >>> [take_head_stamp(b, ln) for ln in split_lines(text)]
        [True, True]
        >>> b.date.value.isoformat(), b.date.raw
        ('2023-08-14T10:02:00-04:00', '10:02 AM EDT, August 14, 2023')
        >>> [f.raw for f in b.furniture]
        ['Updated', 'Updated 2 hours ago']
    """
    if len(line.text) > _LONGEST_STAMP:
        return False
    text = b.text
    # A relative time holds ``ago`` or ``updated`` (_STAMP_NEEDLES): only a line that
    # holds one is tried for it.
    if holds_any(line.text.lower(), _STAMP_NEEDLES):
        if _regex.fullmatch(_RELATIVE_TIME_RE, text, line.start, line.end) is not None:
            b.add_furniture(line.start, line.end, b.rule("relative-time"))
            return True
        if b.date is None and _take_date_then_ago(b, line):
            return True
    # _TIME_FIRST_RE opens with its label's capital or the hour's one or two digits.
    if b.date is not None or not (line.text[:1] in _TIME_FIRST_OPENERS or ":" in line.text[1:3]):
        return False
    m = _regex.fullmatch(_TIME_FIRST_RE, text, line.start, line.end)
    if m is None:
        return False
    day = parse_date(text, *m.span("date"), options=b.options)
    if day is None or day.span.end != m.end("date") or day.precision != "day":
        return False
    hour = int(m["hour"]) % 12 + (12 if m["ampm"] in "Pp" else 0)
    tz = None if m["zone"] is None else zone_after_time(m["zone"], b.options, after_ampm=True)
    if m["zone"] is not None and tz is None:
        return False
    value = day.value.replace(hour=hour, minute=int(m["minute"]), tzinfo=tz)
    b.date = Field(value=value, raw=m["stamp"], span=Span(*m.span("stamp")), rule=b.rule("stamp"))
    b.date_precision = "minute"
    b.add_furniture(line.start, m.start("stamp"), b.rule("stamp-label"))
    return True


def _take_date_then_ago(b: Builder, line: Line) -> bool:
    """Read a date line that ends in a relative time or an update (:data:`_DATE_THEN_AGO_RE`).

    Its caller has found one of :data:`_STAMP_NEEDLES` in the line.
    """
    m = _regex.fullmatch(_DATE_THEN_AGO_RE, b.text, line.start, line.end)
    if m is None:
        return False
    found = parse_date(b.text, *m.span("date"), options=b.options)
    if found is None or found.span.end != m.end("date"):
        return False
    b.set_date(found, b.rule("date-line"))
    b.add_furniture(line.start, found.span.start, b.rule("date-label"))
    b.add_furniture(found.span.end, line.end, b.rule("relative-time"))
    return True


# -- bylines ---------------------------------------------------------------------------

# A line that finishes the byline above it: ``Associated Press``, ``AP Business Writer``.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_BYLINE_ORG_LINE_RE = regex.compile(
    r"\G(?:(?:The\x20)?Associated\x20Press(?:\x20Writer)?|Reuters|AFP|Agence\x20France-Presse"
    r"|Bloomberg(?:\x20News)?|(?:AP|Associated\x20Press)(?:\x20\p{Lu}\p{L}{1,20}){0,3}"
    r"\x20(?:Writer|Correspondent|Reporter))"
)

# An agency's staff byline without ``By``: ``Reuters Staff``.
_AGENCY_STAFF_RE = regex.compile(
    r"(?:Reuters|AFP|AP|Associated\x20Press|Bloomberg(?:\x20News)?|Xinhua|UPI)\x20Staff"
)


# The end of a byline line that a wrap has broken before the last names: ``By Jo Roe,``
# over ``Sam Poe and Al Mo``, ``By Jo Roe and`` over ``Sam Poe``.
_WRAPPED_BYLINE_ENDS = (",", " and", " &")


def _finishes_byline(b: Builder, line: Line, nxt: Line) -> bool:
    """Whether ``nxt``, right under ``line``, finishes the byline ``line`` opens.

    It does when it names the agency (``Associated Press``, ``AP Medical Writer``), the
    writer's role (``Staff Writer``, ``Chief Economics Correspondent``), or the rest of
    the names after a wrap (``line`` ends with a comma or ``and``, or ``nxt`` opens
    with ``and``). The last two only under a line that opens with ``By``, which alone
    is tried for them.
    """
    if nxt.blank_before:
        return False
    if _regex.fullmatch(_BYLINE_ORG_LINE_RE, b.text, nxt.start, nxt.end) is not None:
        return True
    return (
        line.text[:2].lower() == "by"
        and not line.text[2:3].isalpha()
        and (
            line.text.rstrip().endswith(_WRAPPED_BYLINE_ENDS)
            or nxt.text.startswith(("and ", "& "))  # the wrap fell before ``and``
            or is_role_title(nxt.text)
        )
    )


def take_two_line_byline(b: Builder, lines: Sequence[Line], i: int) -> int:
    """Read a byline at ``lines[i]``, with the line below it if that finishes it.

    The line below finishes it when it names the agency (``Associated Press``), the
    writer's role (``Staff Writer``) or, after a wrap, the last names (``By Jo Roe,``
    over ``Sam Poe and Al Mo``). An agency's staff line (``Reuters Staff``) is a byline
    without ``By``.

    Returns:
        How many lines the byline took: 0, 1 or 2.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "By JANE DOE\\nAssociated Press\\nOSLO (AP) - Snow fell."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="wire")
        >>> take_two_line_byline(b, split_lines(text), 0), b.byline.value.authors
        (2, ('JANE DOE',))
    """
    if b.byline is not None:
        return 0  # none of the readers below takes a second byline
    line = lines[i]
    if i + 1 < len(lines):
        nxt = lines[i + 1]
        if _finishes_byline(b, line, nxt) and _adds_names(b, line, nxt):
            joined = line._replace(end=nxt.end, text=b.text[line.start : nxt.end])
            both = read_byline(b.text, joined.start, joined.end, foreign=b.writes_by_label)
            if both is not None and _keeps_names(b, line, both):
                b.take_byline(joined, found=both)
                return 2
    if _regex.fullmatch(_AGENCY_STAFF_RE, b.text, line.start, line.end) is not None:
        return 1 if b.take_byline(line, require_prefix=False) else 0
    if b.take_byline(line):
        return 1
    return _take_agency_byline(b, lines, i) if b.headline is not None else 0


def _keeps_names(b: Builder, line: Line, both: BylineMatch) -> bool:
    """Whether ``both`` (read from ``line`` and the line under it) has the names ``line`` has.

    A role the reader cannot part from the names (``By Jo Roe`` over ``Politics Editor
    at large``) would make them all the organisation; the line is read alone then.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "By Jo Roe\\nPolitics Editor at large"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="wire")
        >>> line, nxt = split_lines(text)
        >>> _keeps_names(b, line, read_byline(text))
        False
    """
    alone = read_byline(b.text, line.start, line.end, foreign=b.writes_by_label)
    return alone is None or both.byline.authors[: len(alone.byline.authors)] == (
        alone.byline.authors
    )


def _adds_names(b: Builder, line: Line, nxt: Line) -> bool:
    """Whether ``nxt`` carries on the names of a byline ``line`` wraps (or is no wrap's).

    After ``By Jo Roe,`` (a comma, ``and`` or ``&`` at the end), the line under it must
    read as people's names, two or more after a comma (``Sam Poe and Al Mo``), not a
    subheading (``Newsroom staff walk out``), a place (``Valley Springs``) or a section
    (``Local News``).

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "By Jo Roe,\\nSam Poe and Al Mo\\nBy Jo Roe,\\nLocal News"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="wire")
        >>> lines = split_lines(text)
        >>> _adds_names(b, lines[0], lines[1]), _adds_names(b, lines[2], lines[3])
        (True, False)
    """
    end = line.text.rstrip()
    if not end.endswith(_WRAPPED_BYLINE_ENDS):
        return True
    found = read_byline(b.text, nxt.start, nxt.end, require_prefix=False)
    # After a comma, one name is a place's or a subheading's as often (``By Jane Doe,``
    # over ``Valley Springs``); ``and`` or ``&`` leaves the names unfinished.
    fewest = 2 if end.endswith(",") else 1
    return found is not None and len(found.byline.authors) >= fewest and reads_as_names(found)


#: The longest line read as names and an agency with no ``By`` (``JANE DOE, Associated
#: Press``, ``Jane Doe (AFP)``).
_AGENCY_BYLINE_WIDTH = 60


def _take_agency_byline(b: Builder, lines: Sequence[Line], i: int) -> int:
    """Read names that an agency follows with no ``By`` at ``lines[i]``; return lines used.

    Under the headline, names over a writer's role at an agency (``Jane Doe`` over ``AP
    Business Writer``: a given name and a surname, :func:`_bare_names`,
    :func:`~newsparse.extract.bylines.reads_as_names`, no place) or the agency alone
    (``The Associated Press``) credit the agency and the names. Words on the agency's
    own line are a deck's, a kicker's or a caption's as often as names (``Oil Prices
    Climb - Reuters``, ``RIVER CROSSING (AFP)``), and so are any words over its bare
    name (``Power Cuts`` or ``TRADE WAR`` over ``Reuters``): they stay text.
    """
    line = lines[i]
    if b.byline is not None or len(line.text) > _AGENCY_BYLINE_WIDTH:
        return 0
    if canonical_agency(line.text) is not None:
        # The agency alone.
        return 1 if b.take_byline(line, require_prefix=False) else 0
    if i + 1 >= len(lines):
        return 0
    nxt = lines[i + 1]
    if (
        nxt.blank_before
        or _regex.fullmatch(_BYLINE_ORG_LINE_RE, b.text, nxt.start, nxt.end) is None
        or _regex.fullmatch(_BARE_AGENCY_RE, b.text, nxt.start, nxt.end) is not None
    ):
        return 0
    joined = line._replace(end=nxt.end, text=b.text[line.start : nxt.end])
    found = read_byline(b.text, joined.start, joined.end, require_prefix=False)
    if (
        found is None
        or found.places
        or found.byline.organization is None
        or canonical_agency(found.byline.organization) is None
        or not found.byline.authors
        or not _bare_names(found.byline.authors)
        or not reads_as_names(found)
    ):
        return 0
    return 2 if b.take_byline(joined, require_prefix=False) else 0


# An agency's bare name on a line of its own (no writer's role after it).
# ``\G`` and ``\Z``: matched only as a whole line (``fullmatch``).
_BARE_AGENCY_RE = regex.compile(
    r"\G(?:(?:The\x20)?Associated\x20Press|Reuters|AFP|Agence\x20France-Presse"
    r"|Bloomberg(?:\x20News)?)\Z"
)
# A middle initial between a given name and a surname (``JANE Q. DOE``).
# ``\G`` and ``\Z``: matched only as a whole word (``fullmatch``).
_INITIAL_RE = regex.compile(r"\G\p{Lu}\.?\Z")


def _bare_names(authors: Sequence[str]) -> bool:
    """Whether names set with no ``By`` over an agency's role read as people's.

    Each is a given name and a surname, perhaps with a middle initial (``Jane Q.
    Doe``): a deck's words run longer (``Oil Prices Climb``).

    Examples:
        >>> [_bare_names([n]) for n in ("Jane Doe", "JANE Q. DOE", "Oil Prices Climb")]
        [True, True, False]
    """
    for name in authors:
        words = name.split()
        if not (
            len(words) == 2  # noqa: PLR2004 - a given name and a surname
            or (len(words) == 3 and _regex.fullmatch(_INITIAL_RE, words[1]) is not None)  # noqa: PLR2004
        ):
            return False
    return True


def rest_of_line(line: Line, start: int) -> Line | None:
    """The part of ``line`` from ``start`` on, as a line of its own (``None`` if blank).

    Examples:
        >>> from newsparse._text import split_lines
        >>> rest_of_line(split_lines("OSLO - Snow fell.")[0], 7).text
        'Snow fell.'
    """
    if start >= line.end:
        return None
    return line._replace(start=start, text=line.text[start - line.start :])
