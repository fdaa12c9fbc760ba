"""Reuters wire copy of 1987, as the Reuters-21578 collection stores it.

A timestamp line ``26-FEB-1987 15:01:01.79``, an upper-case title (kept as written;
one wrapped onto a second upper-case line at the margin, just above the dateline, is
read as one title), sometimes a ``By`` line, then hard-wrapped copy whose first line opens with the
dateline ``    SALVADOR, Feb 26 - ``; an indented line starts a new paragraph, and the
last line is the sign-off `` Reuter``. The timestamp is the article's date; the
dateline's month and day are completed against it (``metadata["dateline_date"]``).

Examples:
    >>> import newsparse
    >>> text = (
    ...     "4-MAR-1987 10:02:11.40\\n"
    ...     "NORVALE MILLS RAISES OUTPUT\\n"
    ...     "    TRENT FALLS, Ont., March 4 - Norvale Mills Ltd said it\\n"
    ...     "raised output at its main mill.\\n"
    ...     "    The company gave no figures.\\n"
    ...     " Reuter\\n"
    ... )
    >>> a = newsparse.parse(text)
    >>> a.format, a.headline, a.dateline
    ('reuters1987', 'NORVALE MILLS RAISES OUTPUT', 'TRENT FALLS, Ont.')
    >>> a.date.isoformat(), a.date_precision
    ('1987-03-04T10:02:11', 'second')
    >>> a.paragraphs
    ('Norvale Mills Ltd said it raised output at its main mill.', 'The company gave no figures.')
    >>> a.attribution.sources, a.attribution.text, a.metadata["dateline_date"]
    (('Reuters',), 'Reuter', '1987-03-04')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import regex

from newsparse import _regex
from newsparse._text import fold, line_field, split_lines, trim
from newsparse.extract.bylines import read_byline
from newsparse.extract.dates import find_dates
from newsparse.formats._base import Builder, Evidence, EvidenceFormat
from newsparse.formats._wire import (
    REUTERS_1987_DATELINE_RE,
    date_from_partial,
    file_dateline,
    note_partial,
    read_dateline,
    rest_of_line,
    take_two_line_byline,
    take_wire_trailers,
)
from newsparse.model import Field, Note, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._text import Line
    from newsparse.formats._base import Scan
    from newsparse.formats._wire import Dateline
    from newsparse.model import ParsedFields, ParseOptions

__all__ = ["Reuters1987Format"]


def __dir__() -> list[str]:
    return __all__


_TIMESTAMP_RE = regex.compile(
    r"\A\s{0,20}\d{1,2}-(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-\d{4}"
    r"\x20{1,3}\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?[\x20\t\r]*+$",
    regex.MULTILINE,
)
_UPPER_TITLE_RE = regex.compile(r"\A[^\n]{0,60}\n[\x20\t]{0,3}[^\p{Ll}\n]{3,200}\n")
# An indented line opening with a dateline: each word of its place capitalised
# (``Edmonton, Alberta, April 8 -``; not ``Last year, March 5 - a Saturday -``).
_INDENTED_DATELINE_RE = regex.compile(
    r"(?m)^\x20\x20\x20{0,6}(?:\p{Lu}(?:[\p{L}.,'/&-]|\x20(?=\p{Lu})){0,60}?,\x20"
    r"|\p{Lu}[\p{Lu}\x20.'/&-]{0,60}?\x20)?"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\x20\d{1,2}\x20{1,3}-(?=\s)"
)
# A title line: capitals, digits and punctuation, no lower-case letter, 3 to 200
# characters, with a capital in it (looked for apart: no look-ahead rescans the line).
_TITLE_LINE_RE = regex.compile(r"[^\p{Ll}\n]{3,200}+")
# A capital, then the rest of the line searched (a jump to its end, in the engine): only
# whether there is one counts, and a scan of text full of capitals makes one match.
_CAPITAL_ON_RE = regex.compile(r"(?s)\p{Lu}.*+")
_SIGN_OFF_RE = regex.compile(r"(?m)^\x20{0,8}(?:Reuter|REUTER)\s*+\Z")
# The sign-off glued to the last sentence, where the line break before it was lost
# (``...in the first quarter.Reuter``, or set off by a run of spaces), or in lower case
# on a line of its own (`` reuter``), which the trailers, read in any format, leave;
# dots or a carriage return written out (``REUTER...``, ``reuter^M``) may follow it.
# The word is matched ignoring case (a literal the engine searches for, where three
# alternatives cost 3x on a run of spaces) and then must be one of _SIGN_OFF_FORMS.
_GLUED_SIGN_OFF_RE = regex.compile(
    r"(?:\G|(?<=[.!?\"')\u201d\u2019])[\x20\t]{0,40}+)(?P<sign_off>(?i:reuter))"
    r"(?P<tail>\.{1,3}+(?:\^M)?|\^M)?[\x20\t\r]*+\Z"
)
_SIGN_OFF_FORMS = ("Reuter", "REUTER", "reuter")
# A dateline in lower case, as a story typed all in lower case sets it
# (``    dodge city, march 5 - hogs were steady``): read only on an indented line.
_LOWER_DATELINE_RE = regex.compile(
    r"(?P<place>\p{Ll}[\p{Ll}.'-]{0,30}+(?:,?\x20\p{Ll}[\p{Ll}.'-]{0,30}+){0,3}),\x20{1,3}"
    r"(?P<date>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{Ll}{0,6}+\.?\x20{1,3}"
    r"\d{1,2}(?!\d))\x20{0,4}(?P<sep>--|-)(?=\s|\Z)"
)
# Words of a sentence, not of a place, before a lower-case ``, march 5 -``.
_LOWER_WORDS_NO_PLACE = frozenset((
    "the", "a", "an", "said", "says", "say", "and", "or", "of", "to", "for", "in", "on",
    "at", "its", "their", "it", "we", "they", "he", "she",
))  # fmt: skip
_HEAD_LINES = 4

# What stripping the tags from the collection's SGML files leaves between the timestamp
# and the title: the TOPICS, PLACES, PEOPLE, ORGS, EXCHANGES and COMPANIES codes, each
# list run together in lower case (``acq``, ``west-germanyswitzerland``) or empty, then
# the UNKNOWN block: the desk's control characters, as they are or written as entities
# (``&#5;&#5;&#5;F``, ``&#22;&#22;&#1;f0812&#31;reute``, ``&#2;``), and its slug line
# (``u f BC-BRENTFORD-CHEMICALS   03-23 0061``). Only codes over such a block are read.
# A converter that drops the control characters leaves the desk's line bare
# (``f0033 reute``) and the empty code lists blank.
_CODES_LINE_RE = regex.compile(r"[a-z][a-z-]{0,200}+")
_UNKNOWN_LINE_RE = regex.compile(
    r"[^\n]{0,200}?(?:&\#\d{1,2};|[\x00-\x08\x0e-\x1b])[^\n]{0,200}+"
    r"|[a-z]\x20[a-z]\x20{1,3}BC-[^\n]{1,200}+"
    # The desk's line with its control characters dropped, not written as entities:
    # ``f0033 reute`` (or ``f0033reute``) for ``&#22;&#22;&#1;f0033&#31;reute``.
    r"|[a-z]\d{3,5}+\x20?reut[a-z]{0,2}+"
    # ... and the priority's letter alone (``F`` for ``&#5;&#5;&#5;F``).
    r"|[A-Z]"
)
#: How many lines of codes, and of the UNKNOWN block, may stand over the title.
_MAX_CODE_LINES = 8
_MAX_UNKNOWN_LINES = 6
# The end-of-text mark under the sign-off, written as its entity: ``&#3;``.
_ETX_ENTITY_RE = regex.compile(r"&\#3;")

# A record of the collection's SGML files as they are delivered (``reut2-000.sgm``),
# tags kept: ``<REUTERS TOPICS="YES" ... NEWID="212">`` opens it, and the story's parts
# are elements: ``<DATE>``, ``<TITLE>``, ``<DATELINE>``, ``<BODY>`` within ``<TEXT>``,
# over the code lists (``<TOPICS><D>grain</D></TOPICS>``) and the ``<UNKNOWN>`` block.
# The file's document type line may stand over the first record (``<!DOCTYPE lewis SYSTEM
# "lewis.dtd">``). The tag is a line of its own (a line that opens with ``<REUTERS>`` and
# goes on is prose about the collection).
_SGML_RECORD_RE = regex.compile(
    r"\A[\ufeff\s]{0,20}+(?:<!DOCTYPE\x20lewis\b[^<>\n]{0,200}+>\s{0,20}+)?"
    r"<REUTERS(?:\x20[^<>\n]{0,300}+)?>[\x20\t]{0,20}+[\r\n]"
)
# An element's opening tag; its content runs to the first closing tag after it, found
# with a plain search (a lazy pattern over the content would try each opening tag of a
# text of unclosed ones to its end: quadratic).
_SGML_OPEN_RE = {
    name: regex.compile(rf"<{name}\b[^<>\n]{{0,200}}+>")
    for name in ("DATE", "TITLE", "AUTHOR", "DATELINE", "BODY", "TEXT")
}


def _skip_sgml_head(b: Builder, lines: Sequence[Line], i: int) -> int:
    """Take the codes and the UNKNOWN block a tag-stripped SGML record has at ``lines[i]``.

    They become furniture; returns the index of the line after them (``i`` if there
    are none).

    Examples:
        >>> from newsparse.model import ParseOptions
        >>> t = "acq\\nuk\\n&#5;&#5;F\\nu f BC-PELL   03-23 0061\\nPELL BUYS\\n"
        >>> b = Builder(text=t, options=ParseOptions(), rule_prefix="x")
        >>> _skip_sgml_head(b, split_lines(t), 0)
        4
    """
    text = b.text
    j = i
    while (
        j < len(lines)
        and j - i < _MAX_CODE_LINES
        and _regex.fullmatch(_CODES_LINE_RE, text, lines[j].start, lines[j].end) is not None
    ):
        j += 1
    k = j
    while (
        k < len(lines)
        and k - j < _MAX_UNKNOWN_LINES
        and _regex.fullmatch(_UNKNOWN_LINE_RE, text, lines[k].start, lines[k].end) is not None
    ):
        k += 1
    if k == j:
        return i
    for line in lines[i:k]:
        b.add_furniture(line.start, line.end, b.rule("sgml-head"))
    return k


def _opens_indented(scan: Scan, start: int, end: int) -> bool:
    """Gate for ``indented-dateline``: a line of the window opens with two spaces.

    The pattern's ``^`` follows only a ``\\n``. Cheaper than looking for its needle, two
    spaces, which ``str.find`` skips through slowly in text full of single spaces.
    """
    return any(ln.startswith("  ") for ln in scan.line_texts(start, end))


def _title_goes_on(text: str, lines: Sequence[Line], i: int) -> bool:
    """Whether ``lines[i]`` carries on the title: upper case, at the margin, over the dateline.

    Body copy runs in mixed case and its first line opens with the dateline; a title
    too long for one line wraps onto an upper-case line just above it.
    """
    line = lines[i]
    return (
        line.indent == 0
        and i + 1 < len(lines)
        and not lines[i + 1].blank_before
        and _regex.fullmatch(_TITLE_LINE_RE, text, line.start, line.end) is not None
        and _regex.search(_CAPITAL_ON_RE, text, line.start, line.end) is not None
        and read_dateline(text, lines[i + 1], REUTERS_1987_DATELINE_RE) is not None
    )


def _dateline_at(text: str, line: Line) -> Dateline | None:
    """The dateline ``line`` opens with, if any.

    One with no comma after its place (``NEW YORK March 5 -``) only on an indented
    line, as the copy sets its first line: a title at the margin may read so
    (``FED SEES NO MOVE BEFORE MARCH 5 - ANALYSTS``). So is one in lower case.
    """
    found = read_dateline(text, line, REUTERS_1987_DATELINE_RE)
    if found is None and line.indent > 0 and line.text[:1].islower():
        found = read_dateline(text, line, _LOWER_DATELINE_RE)
        if (
            found is not None
            and (
                found.partial is None  # ``mayday 5`` is no month
                or found.place is None
                or not _LOWER_WORDS_NO_PLACE.isdisjoint(found.place.of(text).split())
                or text[found.body_start : found.body_start + 1].isdigit()  # ``may 5 - 7 cents``
            )
        ):
            return None
    if (
        found is not None
        and found.place is not None
        and line.indent == 0
        and not text.startswith(",", found.place.end)
    ):
        return None
    return found


def _take_glued_sign_off(b: Builder, lines: list[Line]) -> None:
    """Take a ``Reuter`` sign-off glued to the last line's sentence as attribution.

    The line keeps the text before it (the list is changed in place). A last line
    that is ``reuter`` in lower case is the sign-off too. Dots or a written-out
    carriage return after the word (``REUTER...``, ``reuter^M``) are furniture.
    """
    if not lines:
        return
    last = lines[-1]
    if not last.text.rstrip().removesuffix("^M").rstrip(".").endswith(_SIGN_OFF_FORMS):
        return
    m = _regex.search(_GLUED_SIGN_OFF_RE, b.text, last.start, last.end)
    if m is None or m["sign_off"] not in _SIGN_OFF_FORMS:
        return
    b.attribution.append(b.span_field(*m.span("sign_off"), b.rule("attribution.sign-off")))
    if m["tail"] is not None:
        b.add_furniture(*m.span("tail"), b.rule("sign-off-rest"))
    cut = m.start()
    while cut > last.start and b.text[cut - 1].isspace():
        cut -= 1
    if cut > last.start:
        lines[-1] = last._replace(end=cut, text=b.text[last.start : cut])
    else:
        lines.pop()


def _join_title(b: Builder, title: Field[str], line: Line) -> Field[str]:
    """The ``title`` so far and ``line`` as one title, its line break read as a space."""
    span = Span(title.span.start, line.end)
    raw = span.of(b.text)
    return Field(value=fold(raw), raw=raw, span=span, rule=b.rule("title"))


class Reuters1987Format(EvidenceFormat):
    """Reuters-21578 wire copy (see the module docstring).

    Examples:
        >>> Reuters1987Format().explain("4-MAR-1987 10:02:11.40\\nTITLE\\n    OSLO, Mar 4 - Snow.")
        (0.9, ('timestamp-line', 'upper-case-title', 'indented-dateline'))
    """

    name = "reuters1987"
    priority = 60
    EVIDENCE: ClassVar[tuple[Evidence, ...]] = (
        Evidence("sgml-record", _SGML_RECORD_RE, 1.0, needles=("<reuters",)),
        Evidence("timestamp-line", _TIMESTAMP_RE, 0.5),
        Evidence("upper-case-title", _UPPER_TITLE_RE, 0.1),
        Evidence(
            "indented-dateline",
            _INDENTED_DATELINE_RE,
            0.3,
            needles=("  ",),
            line=True,
            gate=_opens_indented,
        ),
        Evidence(
            "reuter-sign-off",
            _SIGN_OFF_RE,
            0.3,
            where="tail",
            needles=("reuter",),
            heads=("reuter",),
        ),
    )

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        """Parse 1987 Reuters copy (see the module docstring)."""
        b = Builder(text=text, options=options, rule_prefix="reuters1987")
        if _regex.match(_SGML_RECORD_RE, text) is not None:
            return _parse_sgml(b, options)
        lines = split_lines(text)
        i = 0
        # The pattern reads the white space before the line itself (from \A).
        if lines and _regex.match(_TIMESTAMP_RE, text) is not None:
            stamp = next(find_dates(text, lines[0].start, lines[0].end, options=options), None)
            if stamp is not None:
                b.set_date(stamp, b.rule("timestamp"))
                b.add_furniture(lines[0].start, stamp.span.start, b.rule("timestamp-rest"))
                b.add_furniture(stamp.span.end, lines[0].end, b.rule("timestamp-rest"))
                i = 1
        # Lines a tag-stripped SGML record puts over the title do not count as the head's.
        skipped = _skip_sgml_head(b, lines, i) - i
        return _finish(b, _read_copy(b, lines, i + skipped, skipped), options)


def _read_copy(b: Builder, lines: list[Line], i: int, skipped: int) -> Dateline | None:
    """Read a record's title, byline, dateline and copy from ``lines[i:]``.

    ``skipped`` lines of codes over ``lines[i]`` do not count as the head's. The ``&#3;``
    end mark, the trailers and the sign-off are taken first. Returns the dateline found,
    for :func:`_finish` to file.
    """
    text = b.text
    if len(lines) > i and _regex.fullmatch(_ETX_ENTITY_RE, text, lines[-1].start, lines[-1].end):
        b.add_furniture(lines[-1].start, lines[-1].end, b.rule("sgml-end"))
        lines = lines[:-1]
    lines = lines[: take_wire_trailers(b, lines, agency_marks=False)]
    _take_glued_sign_off(b, lines)
    found: Dateline | None = None
    before: list[Line] = []
    body: list[Line] = []
    while i < len(lines):
        line = lines[i]
        found = _dateline_at(text, line)
        if found is not None:
            first = rest_of_line(line, found.body_start)
            body = [first] if first is not None else []
            body.extend(lines[i + 1 :])
            break
        took = take_two_line_byline(b, lines, i) if b.headline is not None else 0
        if took:
            i += took
            continue
        if i - skipped >= _HEAD_LINES or (b.headline is not None and line.indent > 0):
            body = lines[i:]
            break
        if b.headline is None:
            b.headline = line_field(line, b.rule("title"))
        elif not before and _title_goes_on(text, lines, i):
            b.headline = _join_title(b, b.headline, line)
        elif not b.take_furniture(line):
            before.append(line)
        i += 1
    b.add_indented_paragraphs([*before, *body])
    return found


def _finish(b: Builder, found: Dateline | None, options: ParseOptions) -> ParsedFields:
    """File the dateline ``found`` (if any), note a missing date, name Reuters; build."""
    if found is not None:
        used = date_from_partial(b, found, options.reference, b.rule("dateline"))
        file_dateline(b, found, date_used=used)
        if not used:
            note_partial(b, found)
    if b.date is None:
        b.notes.append(Note(code="date.missing", message="no timestamp line found"))
    if "Reuters" not in b.sources:
        b.sources.insert(0, "Reuters")
    return b.build()


#: What a brief's record (``<TEXT TYPE="BRIEF">``, a headline alone) holds under its
#: title in place of copy.
_BRIEF_FILLER = "Blah blah blah."

#: The longest ``AUTHOR`` element read as a byline (the collection's run to some forty
#: characters: ``By Greg Lune, Reuters``).
_MAX_AUTHOR_CHARS = 200


def _inner(text: str, name: str) -> Span | None:
    """The span of the first ``name`` element's content in an SGML record, if any."""
    m = _regex.search(_SGML_OPEN_RE[name], text)
    if m is None:
        return None
    end = text.find(f"</{name}>", m.end())
    return None if end == -1 else Span(m.end(), end)


def _element_end(text: str, at: Span) -> int:
    """Where the element whose content is ``at`` ends: after its closing tag."""
    return text.index(">", at.end) + 1


def _parse_sgml(b: Builder, options: ParseOptions) -> ParsedFields:
    """Read one record of the collection's SGML files, its tags kept.

    The ``DATE`` element's timestamp is the date, ``TITLE`` the headline, ``AUTHOR``
    the byline, ``DATELINE`` the dateline, and ``BODY`` the copy, read as the plain
    record's (indented paragraphs, the ``Reuter`` sign-off, the ``&#3;`` end mark). A
    record with no ``BODY`` (an unprocessed one) has its copy in ``TEXT``, after the
    title and the dateline. Everything else (the tags, the code lists, the ``UNKNOWN`` block) is
    furniture.

    Examples:
        >>> import newsparse
        >>> a = newsparse.parse(
        ...     '<REUTERS NEWID="7">\\n<DATE> 4-MAR-1987 10:02:11.40</DATE>\\n'
        ...     "<TOPICS><D>grain</D></TOPICS>\\n<TEXT>&#2;\\n<TITLE>RAIN DELAYS HARVEST</TITLE>\\n"
        ...     "<DATELINE>    OSLO, March 4 - </DATELINE><BODY>Rain fell.\\n Reuter\\n"
        ...     "&#3;</BODY></TEXT>\\n</REUTERS>\\n"
        ... )
        >>> a.format, a.headline, a.dateline, a.paragraphs, a.date.isoformat()
        ('reuters1987', 'RAIN DELAYS HARVEST', 'OSLO', ('Rain fell.',), '1987-03-04T10:02:11')
    """
    text = b.text
    read: list[Span] = []  # what the fields hold; the rest is furniture
    at = _inner(text, "DATE")
    if at is not None:
        stamp = next(find_dates(text, at.start, at.end, options=options), None)
        if stamp is not None:
            b.set_date(stamp, b.rule("timestamp"))
            read.append(stamp.span)
    at = _inner(text, "TITLE")
    copy_from = 0
    if at is not None:
        title = split_lines(text, at.start, at.end)
        if title:
            b.headline = line_field(title[0], b.rule("title"))
            for line in title[1:]:
                b.headline = _join_title(b, b.headline, line)
            read.append(b.headline.span)
        copy_from = _element_end(text, at)
    at = _inner(text, "AUTHOR")
    if at is not None:
        # ``<AUTHOR>    By Greg Lune, Reuters</AUTHOR>``: one line, ``By`` or not.
        a, z = trim(text, at.start, at.end)
        byline = (
            read_byline(text, a, z, require_prefix=False) if z - a <= _MAX_AUTHOR_CHARS else None
        )
        if byline is not None:
            b.file_byline(byline)
            read.append(byline.span)
    found: Dateline | None = None
    at = _inner(text, "DATELINE")
    if at is not None:
        place = split_lines(text, at.start, at.end)
        found = _dateline_at(text, place[0]) if place else None
        if found is not None:
            read.append(Span(found.start, found.end))
        copy_from = max(copy_from, _element_end(text, at))
    at = _inner(text, "BODY")
    whole = _inner(text, "TEXT") if at is None else None
    if whole is not None and b.headline is None and found is None:
        # An unprocessed record: no elements in ``TEXT``, which holds the copy as the
        # plain record does (title, dateline, copy), under its ``&#2;`` start mark.
        lines = split_lines(text, whole.start, whole.end)
        for line in lines:
            if line.text == "&#2;":
                b.add_furniture(line.start, line.end, b.rule("sgml-markup"))
        found = _read_copy(b, [ln for ln in lines if ln.text != "&#2;"], 0, 0)
        read.append(whole)
        at = None
    elif whole is not None:
        at = Span(max(whole.start, copy_from), whole.end)
    if at is not None:
        lines = split_lines(text, at.start, at.end)
        if lines and _regex.fullmatch(_ETX_ENTITY_RE, text, lines[-1].start, lines[-1].end):
            b.add_furniture(lines[-1].start, lines[-1].end, b.rule("sgml-end"))
            lines = lines[:-1]
        if len(lines) == 1 and lines[0].text == _BRIEF_FILLER:
            # A brief's ``TEXT`` holds only the collection's filler: no copy.
            b.add_furniture(lines[0].start, lines[0].end, b.rule("brief-filler"))
            lines = []
        lines = lines[: take_wire_trailers(b, lines, agency_marks=False)]
        _take_glued_sign_off(b, lines)
        b.add_indented_paragraphs(lines)
        read.append(at)
    pos = 0
    for span in sorted(read, key=lambda s: s.start):
        b.add_furniture(pos, span.start, b.rule("sgml-markup"))
        pos = max(pos, span.end)
    b.add_furniture(pos, len(text), b.rule("sgml-markup"))
    return _finish(b, found, options)
