"""Usenet articles (RFC 5536 / RFC 1036) and RFC 5322 mail messages.

A block of headers (``Name: value``, continued on lines that start with white space),
a blank line, then the body. The headline is ``Subject``; the byline is the display
name in ``From`` (``jane@example.org (Jane Doe)`` or ``Jane Doe <jane@example.org>``,
read as RFC 5322 mailbox syntax: UUCP paths, comments after the address, quoted names)
with ``Organization`` as its organisation; the date is ``Date`` with its zone or
offset. The body is kept as written: one paragraph per blank-line block, its line
breaks kept, quoted lines (``> ``) and the signature after ``-- `` included.

Metadata keys (``Article.metadata``):

* ``newsgroups``: the ``Newsgroups`` header, as written.
* ``message_id``: the ``Message-ID``, angle brackets included.
* ``from_address``: the address in ``From`` (each of a list's, joined by ``, ``).
* ``organization``: the ``Organization`` header.
* ``references``: the ``References`` header (message ids separated by spaces).
* ``lines``: the ``Lines`` header, as written.
* ``keywords``, ``summary``, ``distribution``: those headers, as written.
* ``subject_decoded``, ``from_decoded``: ``Subject`` and ``From`` with their RFC 2047
  encoded words decoded (``=?utf-8?Q?Jos=C3=A9?=`` is ``José``), when they hold any.
  The headline and the authors read decoded too (:func:`decode_encoded_words`), their
  spans (and the byline's text) covering the header as written; a
  ``header.encoded-words`` note marks such a header.

Every header line is kept: values with no field of their own, and all labels, are
filed under ``furniture``.

Examples:
    >>> import newsparse
    >>> text = (
    ...     "From: jdoe@example.org (Jane Doe)\\n"
    ...     "Newsgroups: rec.gardening\\n"
    ...     "Subject: Re: Frost on the tomatoes\\n"
    ...     "Organization: Example Allotment Society\\n"
    ...     "Date: Mon, 5 Apr 1993 18:01:16 GMT\\n"
    ...     "Message-ID: <1993Apr5.1@example.org>\\n"
    ...     "\\n"
    ...     "> Cover them at night.\\n"
    ...     "\\n"
    ...     "Fleece works too.\\n"
    ... )
    >>> a = newsparse.parse(text)
    >>> a.format, a.headline, a.byline.authors, a.byline.organization
    ('netnews', 'Re: Frost on the tomatoes', ('Jane Doe',), 'Example Allotment Society')
    >>> a.date.isoformat(), a.paragraphs
    ('1993-04-05T18:01:16+00:00', ('> Cover them at night.', 'Fleece works too.'))
    >>> a.metadata["newsgroups"], a.metadata["message_id"]
    ('rec.gardening', '<1993Apr5.1@example.org>')
"""

from __future__ import annotations

import binascii
import datetime as dt
import string
from typing import TYPE_CHECKING, ClassVar

import regex
from attrs import evolve, frozen

from newsparse import _regex
from newsparse._text import fold, holds_any, split_lines, trim
from newsparse.extract.bylines import _SECOND_WRITER_JOINERS, read_byline, reads_as_names
from newsparse.extract.dates import parse_date
from newsparse.formats._base import Builder, Evidence, EvidenceFormat
from newsparse.formats._wire import read_body_dateline
from newsparse.model import Byline, Field, Note, ParsedFields, ParseOptions, Span
from newsparse.vocab import canonical_agency

if TYPE_CHECKING:
    from newsparse._text import Line
    from newsparse.extract.dates import DateMatch

__all__ = ["NetnewsFormat", "decode_encoded_words"]


def __dir__() -> list[str]:
    return __all__


# ``\G``: matched only at the position its caller gives (a line's start, ``match``).
_HEADER_RE = regex.compile(r"\G(?P<name>[A-Za-z][!-9;-~]{0,60}+)[\x20\t]{0,4}+:")
# An mbox separator (``From jdoe@example.org Mon Apr  5 18:01:16 1993``), an rnews
# batch line, or the line a newsreader saves an article under (``Article 1042 of
# rec.boats:``) before the headers.
_ENVELOPE_RE = regex.compile(
    r"From\x20\S{1,200}+(?:\x20[^\n\r]{0,200})?|\#!\x20rnews\x20\d{1,12}"
    r"|Article\x20\d{1,12}\x20of\x20[!-~]{1,200}+"
)
# Headers a message may open with: news spools start with Path or Xref, mail with the
# trace and delivery headers its servers put on top; neither standard fixes an order,
# and an archive or a saved mail may open with any of its headers (``To``, ``Lines``,
# ``Organization``).
_HEAD_NAMES = (
    r"(?:From|Subject|Newsgroups|Path|Xref|Message-ID|Date|Relay-Version|Article"
    r"|Return-Path|Received|Delivered-To|Envelope-To|Reply-To|Sender|MIME-Version"
    r"|NNTP-Posting-Host|Approved|To|Cc|Lines|Organi[sz]ation|References|Keywords"
    r"|Summary|Distribution|Followup-To|Expires|In-Reply-To|User-Agent|Content-Type"
    r"|Content-Transfer-Encoding|Comments|Supersedes|Control"
    r"|X-[A-Za-z0-9][A-Za-z0-9-]{0,60}+)"
)
_HEAD_START_RE = regex.compile(
    r"\A[\s\ufeff]{0,10}+(?:(?:From\x20\S[^\n\r]{0,200}|\#!\x20rnews[^\n\r]{0,40}"
    r"|Article\x20\d{1,12}\x20of\x20[!-~]{1,200})[\r\n]{1,2})?" + _HEAD_NAMES + r":[\x20\t]",
    regex.IGNORECASE,
)

#: Headers whose values go into ``Article.metadata``, and the key each gets.
METADATA_KEYS = {
    "newsgroups": "newsgroups",
    "message-id": "message_id",
    "organization": "organization",
    "organisation": "organization",
    "references": "references",
    "lines": "lines",
    "keywords": "keywords",
    "summary": "summary",
    "distribution": "distribution",
}


# An RFC 2047 encoded word: ``=?charset?Q?text?=`` or ``=?charset?B?base64?=`` (a
# language may follow the charset after ``*``), 75 characters at most by the RFC; the
# white space between two of them is no part of the text.
_ENCODED_WORD_RE = regex.compile(
    r"=\?(?P<charset>[!#-'*+\-0-9A-Z^-~]{1,40}+)(?:\*[A-Za-z\-]{1,20}+)?\?(?P<enc>[QqBb])\?"
    r"(?P<data>[!->@-~]{0,200}+)\?=(?:[\x20\t]{0,20}+(?==\?))?"
)


def _decode_words(value: str) -> str | None:
    """``value`` with its RFC 2047 encoded words decoded, or ``None`` if it has none.

    A word in a charset Python does not know, or whose data do not decode, stays as
    written, and so does the white space before it.

    Examples:
        >>> _decode_words("=?utf-8?Q?Jos=C3=A9_Mart=C3=ADn?= <jm@example.org>")
        'José Martín <jm@example.org>'
        >>> _decode_words("=?UTF-8?B?Q2Fmw6k=?= =?iso-8859-1?q?_cr=E8me?=")
        'Café crème'
        >>> _decode_words("Tea at 3=?") is None
        True
    """
    out: list[str] = []
    at = 0  # where the text not yet copied starts: the last decoded word's end
    joined = -1  # where the next word starts when only white space parts it from that one
    for m in _regex.finditer(_ENCODED_WORD_RE, value, 0, len(value)):
        word = _decode_word(m["charset"], m["enc"], m["data"])
        if word is None:
            continue
        if m.start() != joined:  # the white space between two decoded words is dropped
            out.append(value[at : m.start()])
        out.append(word)
        at, joined = m.end("data") + len("?="), m.end()
    if joined < 0:
        return None
    out.append(value[at:])
    return "".join(out)


def decode_encoded_words(value: str) -> str:
    """``value`` with its RFC 2047 encoded words decoded; as written if it has none.

    The headline and the authors read so, their spans covering the header as written.

    Examples:
        >>> decode_encoded_words("=?utf-8?Q?Caf=C3=A9s?= near the harbour")
        'Cafés near the harbour'
        >>> decode_encoded_words("Tea at 3=?")
        'Tea at 3=?'
    """
    if "=?" not in value:
        return value
    decoded = _decode_words(value)
    return value if decoded is None else decoded


# The letters of base64's alphabet.
_BASE64_LETTERS = string.ascii_letters + string.digits + "+/"


def _decode_word(charset: str, enc: str, data: str) -> str | None:
    """One encoded word's text, or ``None`` if its charset or data are unreadable."""
    try:
        if enc in "Qq":
            raw = binascii.a2b_qp(data.replace("_", " ").encode("ascii"), header=True)
        elif data.rstrip("=").strip(_BASE64_LETTERS):
            return None  # not base64: decoding would skip what it cannot read
        else:
            raw = binascii.a2b_base64(data.encode("ascii") + b"=" * (-len(data) % 4))
        return raw.decode(charset)
    except (LookupError, UnicodeError, binascii.Error):
        return None


def _decode_header(b: Builder, h: _Header) -> None:
    """Keep ``Subject``'s or ``From``'s text with its encoded words decoded in metadata."""
    key = f"{h.name}_decoded"
    if key in b.metadata:
        return
    decoded = _decode_words(h.value.of(b.text))
    if decoded is None:
        return
    b.metadata[key] = fold(decoded)
    b.notes.append(
        Note(
            code="header.encoded-words",
            message=(
                f"the {h.name.capitalize()} header holds RFC 2047 encoded words, decoded"
                f" in the fields and in metadata[{key!r}]; the spans keep them as written"
            ),
            span=h.value,
        )
    )


# RFC 822's one-letter zone ``Z`` (universal time) after a header date's time: read as
# UTC here only, where a lone capital after the seconds can mean nothing else.
_Z_ZONE_RE = regex.compile(r"[\x20\t]{1,3}Z(?![\w:])")


def _rfc822_utc(text: str, found: DateMatch | None, end: int) -> DateMatch | None:
    """``found`` in UTC, its span taking the zone, if RFC 822's ``Z`` follows its time.

    Examples:
        >>> t = "Tue, 6 Apr 93 07:17:34 Z"
        >>> d = _rfc822_utc(t, parse_date(t), len(t))
        >>> d.value.isoformat(), d.span.of(t)
        ('1993-04-06T07:17:34+00:00', 'Tue, 6 Apr 93 07:17:34 Z')
    """
    if found is None or found.value.tzinfo is not None or found.precision == "day":
        return found
    m = _regex.match(_Z_ZONE_RE, text, found.span.end, end)
    if m is None:
        return found
    return evolve(
        found,
        value=found.value.replace(tzinfo=dt.timezone.utc),
        span=Span(found.span.start, m.end()),
        zone="Z",
    )


@frozen
class _Header:
    name: str  # lower case
    label: Span  # ``Name:``
    value: Span  # the value, continuation lines included, trimmed; may be empty


def _headers(text: str, lines: list[Line]) -> tuple[list[_Header], int, list[Line]]:
    """Read the header block: the headers, the index of the first body line, junk lines."""
    headers: list[_Header] = []
    junk: list[Line] = []
    i = 0
    if lines and _regex.fullmatch(_ENVELOPE_RE, text, lines[0].start, lines[0].end):
        junk.append(lines[0])
        i = 1
    while i < len(lines):
        line = lines[i]
        if headers and line.blank_before:
            break
        if line.indent and headers:
            # A continuation line: extend the last header's value.
            last = headers[-1]
            start = last.value.start if last.value.end > last.value.start else line.start
            headers[-1] = _Header(last.name, last.label, Span(start, line.end))
            i += 1
            continue
        m = _regex.match(_HEADER_RE, text, line.start, line.end)
        if m is None:
            if not headers:
                return [], 0, []
            break
        value_start = m.end()
        while value_start < line.end and text[value_start] in " \t":
            value_start += 1
        headers.append(
            _Header(m["name"].casefold(), Span(line.start, m.end()), Span(value_start, line.end))
        )
        i += 1
    return headers, i, junk


def _header_evidence(name: str, fields: tuple[str, ...], rest: str, weight: float) -> Evidence:
    """Evidence for a line opening with one of the header ``fields`` and its colon, then ``rest``.

    The needles are the field names with their colons, lower-cased.
    """
    pattern = regex.compile(r"(?<![^\n\r])(?:" + "|".join(fields) + r"):" + rest, regex.IGNORECASE)
    needles = tuple(f"{field.lower()}:" for field in fields)
    return Evidence(name, pattern, weight, where="head", needles=needles, line=True)


_STARTS_WITH_HEADER = Evidence("starts-with-header", _HEAD_START_RE, 0.25, where="head")


class NetnewsFormat(EvidenceFormat):
    """Usenet and mail messages: headers, a blank line, the body as written.

    Examples:
        >>> fmt = NetnewsFormat()
        >>> fmt.score("Newsgroups: rec.gardening\\nSubject: Frost\\nFrom: jo@example.org\\n\\nHi")
        0.75
        >>> fmt.score("Plain title\\n\\nPlain text.")
        0.0
        >>> fmt.explain("Title\\n\\nSubject: Hi\\nFrom: a@b.c\\n")  # no header at the top
        (0.0, ())
    """

    name = "netnews"
    priority = 30
    EVIDENCE: ClassVar[tuple[Evidence, ...]] = (
        _STARTS_WITH_HEADER,
        _header_evidence("from-header", ("From",), r"[\x20\t]{1,10}+\S", 0.15),
        _header_evidence("subject-header", ("Subject",), r"[\x20\t]", 0.15),
        _header_evidence(
            "newsgroups-header", ("Newsgroups",), r"[\x20\t]{0,10}+[\w.+-]{1,100}", 0.2
        ),
        _header_evidence(
            "message-id-header", ("Message-ID",), r"[\x20\t]{0,10}+<[^>\n]{1,250}>", 0.15
        ),
        _header_evidence("path-or-xref", ("Path", "Xref", "NNTP-Posting-Host"), r"[\x20\t]", 0.1),
        _header_evidence("lines-header", ("Lines",), r"[\x20\t]{0,10}+\d", 0.05),
    )
    #: Headers further down do not make a message: the text must open with one.
    REQUIRES = _STARTS_WITH_HEADER

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        """Parse one message (see the module docstring)."""
        b = Builder(text=text, options=options, rule_prefix="netnews")
        lines = split_lines(text)
        headers, body_at, junk = _headers(text, lines)
        for line in junk:
            b.add_furniture(line.start, line.end, b.rule("envelope"))
        organization: Field[str] | None = None
        from_header: _Header | None = None
        for h in headers:
            b.add_furniture(h.label.start, h.label.end, b.rule("header-label"))
            value = h.value.of(text)
            if h.name in ("subject", "from") and "=?" in value:
                _decode_header(b, h)
            if h.name == "subject" and b.headline is None and value:
                # The headline reads as decoded; its span and raw text stay as written.
                b.headline = Field(
                    value=fold(decode_encoded_words(value)),
                    raw=value,
                    span=h.value,
                    rule=b.rule("subject"),
                )
                continue
            if h.name == "date" and b.date is None:
                found = _rfc822_utc(
                    text, parse_date(text, h.value.start, h.value.end, options=options), h.value.end
                )
                if found is not None:
                    b.set_date(found, b.rule("date"))
                    b.add_furniture(h.value.start, found.span.start, b.rule("date-rest"))
                    b.add_furniture(found.span.end, h.value.end, b.rule("date-rest"))
                    continue
                b.notes.append(
                    Note(
                        code="date.unparsed", message="the Date header is unreadable", span=h.value
                    )
                )
            if h.name == "from" and from_header is None:
                from_header = h
                continue
            key = METADATA_KEYS.get(h.name)
            if key is not None and value and key not in b.metadata:
                b.metadata[key] = fold(value)
                if key == "organization":
                    organization = Field(
                        value=fold(value), raw=value, span=h.value, rule=b.rule("organization")
                    )
            b.add_furniture(h.value.start, h.value.end, b.rule(f"header.{h.name}"))
        if from_header is not None:
            self._byline(b, from_header, organization)
        if b.date is None:
            b.notes.append(Note(code="date.missing", message="no Date header"))
        self._body(b, lines[body_at:])
        # A news feed's story keeps its agency dateline in the text (ClariNet's UPI and
        # Reuters copy): read, and left in the body; a mail passing a story on may
        # paste its headline over it.
        read_body_dateline(b, past_title=True)
        return b.build()

    def _byline(self, b: Builder, h: _Header, organization: Field[str] | None) -> None:
        """The byline: the display name in ``From``, the ``Organization`` beside it."""
        text = b.text
        boxes = _mailbox_list(text, h.value.start, h.value.end)
        if len(boxes) > 1:
            # ``Ada Kerrow <ak@example.org>, Basil Ngata <bn@example.org>``: each mailbox's
            # name an author.
            read = [_mailbox(text, a, z) for a, z in boxes]
            b.metadata["from_address"] = ", ".join(addr for _, addr in read if addr)
            spans = tuple(n for n, _ in read if n is not None and n.end > n.start)
            _file_byline(b, h, spans, None if organization is None else organization.value)
            return
        name, addr = _mailbox(text, h.value.start, h.value.end)
        if addr:
            b.metadata["from_address"] = addr
        if name is not None and name.end <= name.start:
            name = None
        org = None if organization is None else organization.value
        if name is None and org is None:
            b.add_furniture(h.value.start, h.value.end, b.rule("header.from"))
            return
        names: tuple[Span, ...] = () if name is None else (name,)
        if name is not None:
            # A news feed posts under its agency's name (``clarinews@clarinet.com (UPI)``)
            # or the story's byline (``(By NORA VASQUEZ, UPI Science Writer)``).
            agency = canonical_agency(name.of(text))
            found = None if agency else read_byline(text, name.start, name.end)
            if (
                found is None
                and agency is None
                and holds_any(name.of(text), _SECOND_WRITER_JOINERS)
            ):
                # Two writers posting together (``(Lena Ashdown and Piet Voorn)``).
                joint = read_byline(text, name.start, name.end, require_prefix=False)
                if joint is not None and len(joint.author_spans) > 1 and reads_as_names(joint):
                    found = joint
            if agency is not None:
                names, org = (), agency
            elif found is not None:
                names = found.author_spans
                org = found.byline.organization or org
        _file_byline(b, h, names, org)

    def _body(self, b: Builder, lines: list[Line]) -> None:
        """One paragraph per blank-line block, line breaks kept (as ``\\n``).

        In a block that opens indented, an indented line under a sentence's end opens a
        paragraph too (:func:`_indent_opens_paragraph`); under a line that shows what
        follows (:func:`_shows_block`), only a wrapped paragraph's first line does. The
        hold ends with what a line ending ``:`` shows when that is a quote (one line
        opening with a quote mark and ending a sentence) or a list (``-- Raise tolls``
        lines): the story's next prose line opens a paragraph again.
        """
        text = b.text
        block: list[Line] = []
        shown = False  # the blank-line block has opened a paragraph by its indent
        hold = _Hold.NONE  # what the paragraph shows (after ``reads:``, a signature)
        for k, line in enumerate(lines):
            if block and line.blank_before:
                self._block(b, block)
                block = []
                shown, hold = False, _Hold.NONE
            elif block and (
                _list_ends(text, block, line)
                if hold == _Hold.LIST and shown
                else _indent_opens_paragraph(
                    text,
                    block,
                    line,
                    shown=shown,
                    held=hold != _Hold.NONE,
                    after=lines[k + 1] if k + 1 < len(lines) else None,
                )
            ):
                self._block(b, block)
                block = []
                shown, hold = True, _Hold.NONE
            block.append(line)
            hold = _next_hold(hold, line.text)
        if block:
            self._block(b, block)

    def _block(self, b: Builder, block: list[Line]) -> None:
        start, end = block[0].start, block[-1].end
        raw = b.text[start:end]
        value = raw.replace("\r\n", "\n").replace("\r", "\n")
        b.paragraphs.append(Field(value=value, raw=raw, span=Span(start, end), rule=b.rule("body")))


class _Hold:
    """What a paragraph of one-line paragraphs' copy shows, keeping its lines together."""

    #: Nothing: a one-line paragraph may open under the last line.
    NONE = "none"
    #: The last line ends ``:``; what it shows is not yet known.
    COLON = "colon"
    #: Lines under a line ending ``:`` (a poem, an address, a table, a quoted block).
    SHOWN = "shown"
    #: A list's items under a line ending ``:`` (``-- Raise tolls by 10 cents.``).
    LIST = "list"
    #: A signature (``-- Hal Brunner``) and the lines under it.
    SIGNATURE = "signature"


#: What opens a list's item: a dash (or two) or a bullet, then a space.
_LIST_MARKS = ("- ", "-- ", "* ", "\u2022 ")


def _list_item(line: str) -> bool:
    """Whether a line opens a list's item: a dash or a bullet, then a space.

    Examples:
        >>> _list_item("-- Raise tolls by 10 cents."), _list_item("* Close the ferry.")
        (True, True)
        >>> _list_item("--Hal Brunner")
        False
    """
    return line.startswith(_LIST_MARKS)


def _next_hold(hold: str, line: str) -> str:
    """What the paragraph shows once ``line`` joins it, after ``hold``.

    A line ending ``:`` holds what it shows together; the first line under it says
    what that is: a quote (opening with a quote mark, ending a sentence) ends the hold,
    a list's item holds the list (:func:`_list_ends` releases it), anything else (a
    poem, an address, a table, ``> quoted`` lines) is held to the paragraph's end, as a
    signature's lines are.

    Examples:
        >>> _next_hold(_Hold.COLON, '"We are proud of this bridge."')
        'none'
        >>> _next_hold(_Hold.COLON, "The river keeps no ledger.")
        'shown'
        >>> _next_hold(_Hold.COLON, "-- Raise tolls by 10 cents.")
        'list'
        >>> _next_hold(_Hold.NONE, "-- Hal Brunner")
        'signature'
    """
    if hold == _Hold.COLON:
        if _list_item(line):
            return _Hold.LIST
        if line[:1] in _OPENING_QUOTES and _ends_prose(line):
            return _Hold.NONE
        return _Hold.SHOWN
    if hold == _Hold.NONE and _shows_block(line):
        return _Hold.COLON if line.endswith(":") else _Hold.SIGNATURE
    return hold


def _list_ends(text: str, block: list[Line], line: Line) -> bool:
    """Whether ``line`` opens a paragraph after a list shown under a line ending ``:``.

    In copy whose paragraphs are one line each, indented (``The plan would:`` /
    ``-- Raise tolls by 10 cents.`` / ``-- Close the old ferry.``), the list ends at the
    next line indented as the paragraph's first that reads as prose: the story goes on.
    A line wrapped to the margin goes on with an item.

    Examples:
        >>> from newsparse._text import split_lines
        >>> t = "\\tThe plan would:\\n\\t-- Close the ferry.\\n\\tLawmakers vote next week.\\n"
        >>> ls = split_lines(t)
        >>> _list_ends(t, ls[:2], ls[2])
        True
        >>> _list_ends(t, ls[:1], ls[1])
        False
    """
    first = block[0]
    return _same_indent(text, first, line) and _indented(text, line) and _prose_line(line.text)


def _same_indent(text: str, first: Line, line: Line) -> bool:
    """Whether ``line`` is indented exactly as ``first`` is (the same characters)."""
    return (
        text[line.start - line.indent : line.start]
        == text[first.start - first.indent : first.start]
    )


def _indented(text: str, line: Line) -> bool:
    """Whether ``line`` is indented as a paragraph's first line: a tab, or two spaces or more."""
    return line.indent >= _PARAGRAPH_INDENT or (
        line.indent > 0 and "\t" in text[line.start - line.indent : line.start]
    )


#: Spaces that indent a paragraph's first line (a tab alone does too).
_PARAGRAPH_INDENT = 2


def _indent_opens_paragraph(
    text: str,
    block: list[Line],
    line: Line,
    *,
    shown: bool = False,
    held: bool = False,
    after: Line | None = None,
) -> bool:
    """Whether ``line``, in a blank-line block, opens a paragraph by its indent alone.

    News feeds' copy (ClariNet's UPI and Reuters stories) and some writers set
    paragraphs apart with no blank line, indenting each one's first line and wrapping
    the rest to the margin. Read so only in a block that opens indented, when ``line`` is
    indented as the block's first line is, the line over it is not and ends a
    sentence: a block indented throughout (code, a table, a poem) stays one, and so
    does a name set far to the right under the last line (a sign-off). Once the
    blank-line block has opened a paragraph so (``shown``), its paragraphs are known to
    be set by indent: a one-line paragraph over the line does too (ClariNet's AP copy,
    ``\\tAuthorities evacuated 600 residents.`` over ``\\tThere were no injuries.``),
    when both lines read as prose (:func:`_prose_line`, :func:`_ends_prose`). Lines
    shown under a line that says so (``held``, :func:`_shows_block`: a poem after
    ``reads:``, an address, a signature) stay together: there only a paragraph whose
    next line (``after``) wraps to the margin opens one. A one-line paragraph ending
    with an address's word or an initial (``...at 12 Oak St.``, ``a grade of A.``)
    ends a sentence too when the line under it is one and opens with a capital, a
    one-line paragraph itself (:func:`_ends_prose` with ``lenient``).

    Examples:
        >>> from newsparse._text import split_lines
        >>> t = "\\tOSLO (UPI) -- Snow fell\\nall day.\\n\\tRoads closed.\\n"
        >>> ls = split_lines(t)
        >>> _indent_opens_paragraph(t, ls[:2], ls[2])
        True
        >>> t = "\\tx = 1;\\n\\ty = 2;\\n"
        >>> ls = split_lines(t)
        >>> _indent_opens_paragraph(t, ls[:1], ls[1])
        False
        >>> t = "\\tRoads closed.\\n\\tSchools shut.\\n"
        >>> ls = split_lines(t)
        >>> _indent_opens_paragraph(t, ls[:1], ls[1], shown=True)
        True
        >>> _indent_opens_paragraph(t, ls[:1], ls[1], shown=True, held=True, after=None)
        False
    """
    prev, first = block[-1], block[0]
    if shown:
        one_liner = after is None or after.blank_before or _indented(text, after)
        return (
            _same_indent(text, first, line)
            and _indented(text, line)
            and (
                _ends_prose(prev.text)
                or (
                    len(block) == 1
                    and one_liner
                    and line.text[:1].isupper()
                    and _ends_prose(line.text, lenient=True)
                    and _ends_prose(prev.text, lenient=True)
                )
            )
            and _prose_line(line.text)
            and (
                not held
                or (after is not None and not after.blank_before and not _indented(text, after))
            )
        )
    return (
        len(block) > 1
        and _indented(text, first)
        and _same_indent(text, first, line)
        and not _indented(text, prev)
        and prev.text[-1:] in _SENTENCE_ENDS
    )


#: Characters that close a sentence at a line's end (a stop, perhaps inside quotes).
_SENTENCE_ENDS = frozenset(".!?\"'\u201d\u2019")
#: Quotes a line of prose may open with.
_OPENING_QUOTES = frozenset("\"'`\u201c\u2018")
#: Other characters a line of prose may open with: a sum (``$3 million came ...``), a
#: bracket (``(The state paid three-quarters.)``).
_PROSE_OPENERS = frozenset("$\u00a3\u20ac(")
#: Titles before a name, with a stop, that end no sentence (``Gov.``), compared as
#: written.
_TITLE_ABBREVIATIONS = frozenset(
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt",
        "Sgt", "Rev", "No",
    }
)  # fmt: skip
#: Abbreviations, before a stop, that end no sentence: the titles and the words of an
#: address (``120 Main St.``), compared as written; a capital alone is an initial
#: (``Sam R.``).
_NON_FINAL_ABBREVIATIONS = _TITLE_ABBREVIATIONS | frozenset(
    {"St", "Ave", "Blvd", "Rd", "Dept", "Univ"}
)
#: A gap of three spaces or more: a column's in a table's row, unless it follows a
#: sentence's end and a capital follows it (typewriter spacing: ``5-4.   Two ...``).
_COLUMN_GAP_RE = regex.compile(
    r"(?<![.!?][\"'\u201d\u2019]?)\x20{3,}|\x20{3,}(?![\p{Lu}\"'\u201c])"
)


def _prose_line(line: str) -> bool:
    """Whether a line reads as prose.

    Prose opens with a letter, a digit, a quote, a currency's sign or a bracket, and
    holds no column's gap (a tab, or three spaces not between sentences: a table's
    row). A quoted line (``> ...``) and a signature's (``-- Name``) are none.

    Examples:
        >>> _prose_line("There were no injuries."), _prose_line("> Its order is vacated.")
        (True, False)
        >>> _prose_line("Corn     2.55 off 1."), _prose_line("$3 million came from the state.")
        (False, True)
        >>> _prose_line("The vote was 5-4.   Two members were absent.")
        True
    """
    opening = line[:1]
    return (
        (opening.isalnum() or opening in _OPENING_QUOTES or opening in _PROSE_OPENERS)
        and "\t" not in line
        and _COLUMN_GAP_RE.search(line) is None
    )


def _ends_prose(line: str, *, lenient: bool = False) -> bool:
    """Whether a line reads as prose (:func:`_prose_line`) that ends a sentence.

    A stop after an abbreviation that ends no sentence (a title, an address's word, an
    initial) is none; ``lenient``, only a title's is (the caller knows the next line
    opens a sentence). A bracket may close the sentence (``(The state paid.)``).

    Examples:
        >>> _ends_prose("There were no injuries."), _ends_prose("120 Main St.")
        (True, False)
        >>> _ends_prose("Write to Dept. of Geology, attention Sam R.")
        False
        >>> _ends_prose("The fire began at 12 Oak St.", lenient=True)
        True
        >>> _ends_prose("(The state paid three-quarters.)")
        True
    """
    core = line.removesuffix(")")
    if core[-1:] not in _SENTENCE_ENDS or not _prose_line(line):
        return False
    word = core.rsplit(None, 1)[-1].rstrip("\"'\u201d\u2019")
    if not word.endswith("."):
        return True
    word = word[:-1]
    if lenient:
        return word not in _TITLE_ABBREVIATIONS
    return not (word in _NON_FINAL_ABBREVIATIONS or (len(word) == 1 and word.isupper()))


def _shows_block(line: str) -> bool:
    """Whether a line shows lines under it that stay together.

    One ending ``:`` does (``The poem reads:``, ``at this address:``), and a
    signature's opening (``-- Name``).

    Examples:
        >>> _shows_block("Closing prices per bushel were:"), _shows_block("-- Hal Brunner")
        (True, True)
        >>> _shows_block("There were no injuries.")
        False
    """
    return line.endswith(":") or line.startswith("--")


#: A list is two mailboxes or more.
_MIN_MAILBOXES = 2


def _mailbox_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The mailboxes of a ``From`` that lists several (RFC 5322's mailbox-list), as spans.

    Split at the commas outside quoted strings, comments and angle brackets, and only
    when every part holds an address (``@`` or ``<``): ``Doe, Jane <jd@example.org>``
    is one sender whose name was left unquoted. One mailbox gives one span.

    Examples:
        >>> t = 'Ada Kerrow <ak@x.example>, "Ngata, B" <bn@x.example>'
        >>> [t[a:z] for a, z in _mailbox_list(t, 0, len(t))]
        ['Ada Kerrow <ak@x.example>', '"Ngata, B" <bn@x.example>']
        >>> t = "Doe, Jane <jd@x.example>"
        >>> [t[a:z] for a, z in _mailbox_list(t, 0, len(t))]
        ['Doe, Jane <jd@x.example>']
    """
    if "," not in text[start:end]:
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    depth = 0  # inside a comment
    quoted = angle = False
    part = i = start
    while i < end:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if quoted:
            quoted = ch != '"'
        elif ch == '"' and not depth:
            quoted = True
        elif ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif ch == "<" and not depth:
            angle = True
        elif ch == ">" and not depth:
            angle = False
        elif ch == "," and not (depth or angle):
            parts.append(trim(text, part, i))
            part = i + 1
        i += 1
    parts.append(trim(text, part, end))
    if len(parts) < _MIN_MAILBOXES or not all(
        "@" in text[a:z] or "<" in text[a:z] for a, z in parts
    ):
        return [(start, end)]
    return parts


def _file_byline(b: Builder, h: _Header, names: tuple[Span, ...], org: str | None) -> None:
    """File the ``From`` header ``h`` as the byline: each of ``names`` an author."""
    text = b.text
    raw = h.value.of(text)
    # Each author reads as decoded (``=?utf-8?Q?Jos=C3=A9?=`` is ``José``); the spans, the
    # byline's text and the raw values stay as written.
    authors = tuple(decode_encoded_words(s.of(text)) for s in names)
    b.byline = Field(
        value=Byline(authors=authors, organization=org, text=raw),
        raw=raw,
        span=h.value,
        rule=b.rule("from"),
    )
    b.authors.extend(
        Field(value=name, raw=s.of(text), span=s, rule=b.rule("author"))
        for s, name in zip(names, authors, strict=True)
    )


def _mailbox(text: str, start: int, end: int) -> tuple[Span | None, str | None]:
    """The display name's span and the address of the mailbox in ``text[start:end]``.

    Reads RFC 5322 (and RFC 1036) mailbox syntax in one pass: ``Name <addr>``,
    ``"Name" <addr>``, ``addr (Name)``, ``Name (addr)``, an address with no ``@`` (a
    UUCP path such as ``site!user``), a comment after an angle address (``Name <addr>
    (Office)``), and quoted strings and comments holding escaped or nested delimiters. The name is
    the phrase before ``<``, else the first non-empty comment (or, when that comment
    is the address, the phrase before it), spanned as written (inside its quotes or
    parentheses, trimmed).

    Examples:
        >>> t = 'site!jdoe (Jane (JD) Doe)'
        >>> span, addr = _mailbox(t, 0, len(t))
        >>> span.of(t), addr
        ('Jane (JD) Doe', 'site!jdoe')
        >>> t = r'"Doe, Jane \\"JD\\"" <jd@example.org> (Office)'
        >>> span, addr = _mailbox(t, 0, len(t))
        >>> print(span.of(t), addr)
        Doe, Jane \\"JD\\" jd@example.org
        >>> t = '"Bea" Wren <w@h.example>'
        >>> _mailbox(t, 0, len(t))[0].of(t)
        '"Bea" Wren'
    """
    # Quoted strings and atoms before ``<``: each as (start, end) of its text and of its
    # whole (with its quotes), so a phrase of several parts keeps its quotes balanced.
    phrase: list[tuple[int, int, int, int]] = []
    comment: tuple[int, int] | None = None
    words: list[str] = []  # atoms, for an address with no angle brackets
    angle: str | None = None
    i = start
    while i < end:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == '"':
            j = i + 1
            while j < end and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            j = min(j, end)
            if angle is None:
                phrase.append((i + 1, j, i, min(j + 1, end)))
            i = j + 1
        elif ch == "(":
            depth, j = 1, i + 1
            while j < end and depth:
                c = text[j]
                if c == "\\":
                    j += 1
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                j += 1
            j = min(j, end)  # an escape may step past a comment left open at the end
            inner = trim(text, i + 1, j - 1 if depth == 0 else j)
            if depth and inner[1] > inner[0] and text[inner[1] - 1] == "\\":
                inner = trim(text, inner[0], inner[1] - 1)  # a dangling escape, no text
            if comment is None and inner[1] > inner[0]:
                comment = inner
            i = j
        elif ch == "<" and angle is None:
            j = text.find(">", i + 1, end)
            j = end if j == -1 else j
            angle = text[i + 1 : j].strip()
            i = j + 1
        else:
            j = i
            while j < end and not text[j].isspace() and text[j] not in '"(<':
                j += 1
            if angle is None:
                phrase.append((i, j, i, j))
                words.append(text[i:j])
            i = max(j, i + 1)
    if angle is not None:
        named = [p for p in phrase if p[1] > p[0]]
        if len(named) == 1:
            return _trimmed(text, named[0][0], named[0][1]), angle or None
        if named:  # ``"Bea" Wren``: from the first part's opening to the last's close
            return _trimmed(text, named[0][2], named[-1][3]), angle or None
        return (None if comment is None else Span(*comment)), angle or None
    addr = next((w for w in words if "@" in w or "!" in w), None)
    if addr is None and phrase and comment is not None:
        # ``Jane Doe (jane@example.org)``: the address in the comment, the name before it.
        inside = text[comment[0] : comment[1]]
        if "@" in inside and not any(c.isspace() for c in inside):
            return _trimmed(text, phrase[0][2], phrase[-1][3]), inside
    if addr is None and len(words) == 1:
        addr = words[0]
    if comment is None or addr is None:
        return None, addr
    return Span(*comment), addr


def _trimmed(text: str, start: int, end: int) -> Span:
    return Span(*trim(text, start, end))
