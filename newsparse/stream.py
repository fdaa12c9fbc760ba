"""Multi-article exports: :func:`split` them, or :func:`parse_many` them as a stream.

Database exports hold many articles in one file: LexisNexis (``1 of 10 DOCUMENTS``
before each article), Nexis Uni (``End of Document`` after each), Factiva (a
``Document ...`` accession line after each), mbox and rnews batches of Usenet
messages. :func:`split` cuts such a text into :class:`Segment` values whose spans
tile the input exactly: the articles, the white space between them, and any cover
page (the search request before the first article) or trailing matter, so that
nothing is lost. Where a LexisNexis export states its count, the count is checked
and a mismatch is reported as a :class:`~newsparse.model.Note` on the segments.

:func:`parse_many` reads a str, a path, bytes, a binary or text file object, or an
iterable of texts, and yields one :class:`~newsparse.model.Article` per article,
lazily: files are read in chunks, so memory stays flat however large the export.
An article that fails to parse yields a :class:`ParseFailure` instead, and the
stream goes on.

Spans: an :class:`~newsparse.model.Article` from :func:`parse_many` indexes its own
text (``Segment.text``), exactly as :func:`newsparse.parse` on that text would; the
article's place in the whole input is the span of its ``export.segment`` note. A text
in no export layout is one article, white space and all, so its spans index the input
itself. Offsets count characters of the decoded text; a byte-order mark read from bytes
is not counted.

Examples:
    >>> import newsparse
    >>> export = (
    ...     "Search request: harbour\\n\\n"
    ...     "1 of 2 DOCUMENTS\\n\\nThe Gazette\\n\\nMay 2, 2022 Monday\\n\\nFerry delayed\\n\\n"
    ...     "LENGTH: 5 words\\n\\nThe ferry ran late.\\n\\nLANGUAGE: ENGLISH\\n\\n"
    ...     "2 of 2 DOCUMENTS\\n\\nThe Gazette\\n\\nMay 3, 2022 Tuesday\\n\\nFerry on time\\n\\n"
    ...     "LENGTH: 5 words\\n\\nThe ferry was on time.\\n\\nLANGUAGE: ENGLISH\\n"
    ... )
    >>> [(s.kind, s.number) for s in newsparse.split(export)]  # doctest: +NORMALIZE_WHITESPACE
    [('cover', None), ('separator', None), ('article', 1), ('separator', None),
     ('article', 2), ('separator', None)]
    >>> [a.headline for a in newsparse.parse_many(export)]
    ['Ferry delayed', 'Ferry on time']
"""

from __future__ import annotations

import codecs
import io
import os
import typing
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Literal

import attrs
import regex
from attrs import frozen

from newsparse import _regex
from newsparse._text import INVISIBLE, trim
from newsparse.api import _parse, _settings
from newsparse.decoding import BOMS, C1_ERRORS, FALLBACK_ENCODING, _warn_if_path
from newsparse.detect import MIN_SCORE
from newsparse.errors import InputTypeError, InvalidOptionError, NewsparseError
from newsparse.formats import _EXPORT_LAYOUTS
from newsparse.formats.factiva import _ACCESSION, _UNITS
from newsparse.formats.lexisnexis import (
    _DOC_COUNT,
    _DOC_COUNT_WORDS,
    COVER_COUNT_RE,
    COVER_ENTRY_RE,
    COVER_LABELS,
    END_OF_DOCUMENT_RE,
    POSITION_BLANKS,
)
from newsparse.model import Article, Note, ParseOptions, Span
from newsparse.registry import _resolve

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from newsparse.registry import FormatRegistry

__all__ = ["ParseFailure", "Segment", "SegmentKind", "Source", "parse_many", "split"]


def __dir__() -> list[str]:
    return __all__


#: What a piece of an export is.
SegmentKind = Literal["article", "cover", "separator", "trailer"]

#: What :func:`parse_many` reads.
Source = str | bytes | os.PathLike[str] | IO[str] | IO[bytes] | Iterable[str]

#: Characters read from a file at a time.
CHUNK_CHARS = 1 << 20
#: How much of the start of a text decides its layout.
LAYOUT_WINDOW = 1 << 20

# Form feeds and no-break spaces around it are what RTF conversions leave (``POSITION_BLANKS``).
# A marker line may open or end with an invisible character (``_text.INVISIBLE``: a
# byte-order mark, a zero-width space), which the split files with the white space
# around it.
_LN_START_RE = regex.compile(
    r"(?<![^\n\r])[" + POSITION_BLANKS + INVISIBLE + r"]{0,80}+(?:" + _DOC_COUNT + r")"
    r"[" + POSITION_BLANKS + INVISIBLE + r"]*+(?![^\n\r])"
)
_UNI_END_RE = regex.compile(
    r"(?<![^\n\r])[\x20\t"
    + INVISIBLE
    + r"]{0,80}+(?:"
    + END_OF_DOCUMENT_RE.pattern
    + r")[\x20\t"
    + INVISIBLE
    + r"]*+(?![^\n\r])",
    regex.IGNORECASE,
)
_FACTIVA_END_RE = regex.compile(
    r"(?<![^\n\r])[\x20\t" + INVISIBLE + r"]{0,20}+(?:" + _ACCESSION + r")"
    r"[\x20\t" + INVISIBLE + r"]*+(?![^\n\r])"
)
# ``From jdoe@example.org Mon Apr  5 18:01:16 1993``: the asctime date keeps prose out.
_MBOX_START_RE = regex.compile(
    r"(?<![^\n\r])["
    + INVISIBLE
    + r"]{0,4}+From\x20[^\s:]{1,200}+\x20{1,3}+[A-Z][a-z]{2}\x20[A-Z][a-z]{2}\x20{1,2}+"
    r"\d{1,2}\x20\d{1,2}:\d{2}(?::\d{2})?[^\n\r]{0,40}?\x20\d{4}[\x20\t"
    + INVISIBLE
    + r"]*+(?![^\n\r])"
)
_RNEWS_START_RE = regex.compile(
    r"(?<![^\n\r])["
    + INVISIBLE
    + r"]{0,4}+\#!\x20rnews\x20\d{1,12}+[\x20\t"
    + INVISIBLE
    + r"]*+(?![^\n\r])"
)
# A Reuters-21578 ``.sgm`` file: each record opens with a ``<REUTERS ...>`` line (``<REUTERS
# TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">``);
# the document type line over the first, ``<!DOCTYPE lewis SYSTEM "lewis.dtd">``, is cover.
_SGML_TAG = r"<REUTERS(?:\x20[^<>\n\r]{0,400}+)?>[\x20\t]*+(?![^\n\r])"
_SGML_START_RE = regex.compile(r"(?<![^\n\r])[" + INVISIBLE + r"]{0,4}+" + _SGML_TAG)
_SGML_HEAD_RE = regex.compile(
    r"(?:<!DOCTYPE\x20lewis\b[^<>\n\r]{0,200}+>[\x20\t]*+(?:\r\n|\r|\n)\s{0,200}+)?" + _SGML_TAG
)
# A cover block's first line: a request label, or the heading of Factiva's search summary.
_COVER_LINE_RE = regex.compile(
    r"(?<![^\n\r])(?:(?:" + "|".join(map(regex.escape, COVER_LABELS)) + r")\x20?:"
    r"|Search\x20Summary[\x20\t]*+(?![^\n\r]))"
)
# A row of Factiva's search summary (``Text: kiosk``, ``Date\t01/06/2020 to ...``): after
# the ``Search Summary`` heading, blocks made only of such rows are cover too, since a
# table turned to text may set its rows apart with blank lines.
_SUMMARY_ROW_RE = regex.compile(
    r"(?:Text|Date|Source|Author|Company|Subject|Industry|Region|Language|Results\x20Found"
    r"|Timestamp|Duplicates)(?:[\x20\t]{0,5}+:|\t|\x20)[^\n\r]{0,300}+"
)
# What must also be there before an end marker is trusted to close articles.
# The labels as a trie (``_regex.literal_trie``; no label opens another): a line that
# opens with ``B`` or ``L`` and no label fails at its second letter.
_UNI_SIGN_LABELS = ("Length", "Load-Date", "Byline", "Section", "Language", "Länge", "Longueur",
    "Langue", "Sprache")  # fmt: skip
_UNI_SIGN_RE = regex.compile(
    r"(?<![^\n\r])(?:(?:"
    + _regex.literal_trie(_UNI_SIGN_LABELS)
    + r")\x20?:|(?:Body|Corps)[\x20\t]*+(?![^\n\r]))"
)
_FACTIVA_SIGN_RE = regex.compile(
    r"(?<![^\n\r])(?:(?:HD|PD|WC|LP|TD)(?![^\s])"
    r"|[\x20\t]{0,10}+[\d.,]{1,9}\x20(?:" + _UNITS + r")[\x20\t]*+(?![^\n\r]))"
)
_BLANK_LINE_RE = regex.compile(r"(?:\r\n|\r|\n)[\x20\t]*+(?:\r\n|\r|\n)")

# Layout -> (marker pattern, whether the marker starts or ends an article); the format
# that reads each layout's articles is in newsparse.formats._EXPORT_LAYOUTS.
_LAYOUTS: dict[str, tuple[regex.Pattern[str], bool]] = {
    "lexisnexis": (_LN_START_RE, True),
    "nexis-uni": (_UNI_END_RE, False),
    "factiva": (_FACTIVA_END_RE, False),
    "mbox": (_MBOX_START_RE, True),
    "rnews": (_RNEWS_START_RE, True),
    "reuters-sgml": (_SGML_START_RE, True),
}


@frozen(kw_only=True)
class Segment:
    """One piece of a multi-article text: an article, a cover page, or what lies between.

    Args:
        kind: ``article``; ``cover`` (what comes before the first article, such as a
            search request); ``trailer`` (matter after the last article that is not
            one); or ``separator`` (white space only).
        span: Where the piece lies in the whole input.
        text: The piece itself, ``input[span.start:span.end]``.
        number: For an article, its place in the export, from 1.
        layout: The export layout: ``lexisnexis``, ``nexis-uni``, ``factiva``,
            ``mbox``, ``rnews``, ``reuters-sgml``, or ``single`` for a text holding one
            article.
        notes: What the split found wrong here, such as a stated count that does not
            match (``export.count-mismatch``).

    Examples:
        >>> seg = Segment(kind="separator", span=Span(0, 2), text="\\n\\n", layout="single")
        >>> seg.kind, len(seg.span)
        ('separator', 2)
    """

    kind: SegmentKind
    span: Span
    text: str
    number: int | None = None
    layout: str
    notes: tuple[Note, ...] = ()


@frozen(kw_only=True)
class ParseFailure:
    """An article of an export that could not be parsed; :func:`parse_many` goes on.

    Args:
        span: Where the article lies in the whole input.
        number: Its place in the export, from 1.
        text: The article's text.
        error: The error its parse raised.
        notes: The segment's notes (position, encoding, count checks).

    Examples:
        >>> import newsparse
        >>> err = newsparse.ParseError("no text", source="")
        >>> ParseFailure(span=Span(0, 0), number=1, text="", error=err).error.message
        'no text'
    """

    span: Span
    number: int
    text: str
    error: NewsparseError
    notes: tuple[Note, ...] = ()


def _detect_layout(text: str, end: int) -> str:
    """The export layout of ``text[:end]``: the first marker kind that occurs.

    An end marker counts only with that layout's labels or codes before it, so that an
    ordinary article quoting ``End of Document`` stays one article.
    """
    if _marker_spans("lexisnexis", _LN_START_RE, text, end):
        return "lexisnexis"
    # The end line's caseless alternation is searched only in a text that holds the
    # tail its words share, in lower or upper case (``Document``, ``DOKUMENTS``): a
    # search with no literal to skip to costs some twenty times more than two finds.
    uni_end = text.find("ument", 0, end) >= 0 or text.find("UMENT", 0, end) >= 0
    for name, marker, sign in (
        ("nexis-uni", _UNI_END_RE if uni_end else None, _UNI_SIGN_RE),
        ("factiva", _FACTIVA_END_RE, _FACTIVA_SIGN_RE),
    ):
        if marker is None:
            continue
        found = _regex.search(marker, text, 0, end)
        if found is not None and _regex.search(sign, text, 0, found.start()) is not None:
            return name
    start, _ = trim(text, 0, min(end, 200))
    # The invisible characters that open the first line are the markers' own (they see
    # a line start before them): ``\ufeffFrom ...`` is mbox.
    while start > 0 and text[start - 1] in INVISIBLE:
        start -= 1
    if _regex.match(_RNEWS_START_RE, text, start, end) is not None:
        return "rnews"
    if _regex.match(_MBOX_START_RE, text, start, end) is not None:
        return "mbox"
    if _regex.match(_SGML_HEAD_RE, text, start, end) is not None:
        return "reuters-sgml"
    return "single"


#: Per layout, words one of which every marker line holds (the patterns are
#: case-sensitive): only the lines holding one are searched.
_MARKER_WORDS = {"lexisnexis": _DOC_COUNT_WORDS}


def _marker_spans(
    layout: str, pattern: regex.Pattern[str], text: str, end: int | None = None
) -> list[tuple[int, int]]:
    """The spans of ``pattern`` in ``text[:end]`` (whole lines), in order.

    A marker is one whole line, so for a layout with marker words only the lines that
    hold one are searched (each once), where the pattern's own search would try every
    position; a test checks that this finds what searching the whole text finds.
    """
    stop = len(text) if end is None else end
    words = _MARKER_WORDS.get(layout)
    if words is None:
        return [m.span() for m in _regex.finditer(pattern, text, 0, stop)]
    found: dict[int, tuple[int, int] | None] = {}
    for word in words:
        i = text.find(word, 0, stop)
        while i != -1:
            # The line around i; each search for a CR stops at the nearest LF, so a
            # line is read once per word however the text breaks its lines.
            lf = text.rfind("\n", 0, i)
            start = max(lf, text.rfind("\r", lf + 1, i)) + 1
            lf = text.find("\n", i, stop)
            line_end = stop if lf == -1 else lf
            cr = text.find("\r", i, line_end)
            line_end = line_end if cr == -1 else cr
            if start not in found:
                m = _regex.search(pattern, text, start, line_end)
                found[start] = None if m is None else m.span()
            i = text.find(word, line_end, stop)
    return sorted(span for span in found.values() if span is not None)


@attrs.define
class _Splitter:
    """Cuts text fed to it in chunks into segments, keeping only what is unfinished.

    Linear in the input however long an article runs: each character is searched for
    markers once, and the text kept is joined only when a marker ends a region, so no
    growing buffer is copied per chunk. Kept text is ``buf`` followed by ``parts``
    (searched, not yet joined), then ``line`` (the last, unfinished line, unsearched).
    """

    registry: FormatRegistry
    buf: str = ""
    base: int = 0  # offset of buf[0] in the whole input
    scanned: int = 0  # length of buf and parts: what has been searched for markers
    pending: int = 0  # buf index where the region not yet emitted starts
    layout: str | None = None
    in_article: bool = False  # start layouts: a marker opened the pending region
    number: int = 0
    stated_total: int | None = None
    last_stated: int = 0
    stated_now: tuple[int, int] | None = None  # the ``N of M`` of the pending article
    # Text after buf, not yet joined: the chunks gathered while the layout is unknown
    # (or for a text in no layout); then complete lines searched without finding a marker.
    parts: list[str] = attrs.Factory(list)
    gathered: int = 0  # characters gathered while the layout is unknown
    line: list[str] = attrs.Factory(list)  # the unfinished last line, in pieces
    held: list[Segment] = attrs.Factory(list)  # the last article, kept back for count checks

    def feed(self, chunk: str, *, final: bool = False) -> Iterator[Segment]:
        """Add ``chunk``; yield every segment that is now complete."""
        if self.layout in (None, "single"):
            # Gather the chunks and join them once: while the layout is unknown, and for
            # a text in no export layout (one article) until its end.
            self.parts.append(chunk)
            self.gathered += len(chunk)
            if not final and (self.layout == "single" or self.gathered < LAYOUT_WINDOW):
                return
            chunk, self.parts = "".join(self.parts), []
        if self.layout is None:
            self.layout = _detect_layout(chunk, min(len(chunk), LAYOUT_WINDOW))
            if self.layout == "single" and not final:
                self.parts = [chunk]
                return
        if self.layout == "single":
            self.buf = chunk
        else:
            yield from self._scan(self._lines(chunk, final=final))
        if final:
            self._join("")
            yield from self._region(self.pending, len(self.buf), final=True)
            self.pending = len(self.buf)
            yield from self._release(final=True)
            self._compact()

    def _lines(self, chunk: str, *, final: bool) -> str:
        """The lines ``chunk`` completes (with the unfinished line before it); keep the rest.

        Only ``chunk`` is searched for a line end, never what is kept before it.
        """
        if final:
            cut = len(chunk)
        else:
            end = len(chunk)
            if end and chunk[-1] == "\r":
                end -= 1  # a CR that may be half of a CRLF
            cut = max(chunk.rfind("\n", 0, end), chunk.rfind("\r", 0, end)) + 1
            if cut == 0 and chunk and self.line and self.line[-1][-1] == "\r":
                # The CR held back last time is no CRLF: its line is complete.
                text, self.line = "".join(self.line), [chunk]
                return text
            if cut == 0:
                if chunk:
                    self.line.append(chunk)
                return ""
        text = "".join((*self.line, chunk[:cut]))
        rest = chunk[cut:]
        self.line = [rest] if rest else []
        return text

    def _scan(self, text: str) -> Iterator[Segment]:
        """Search ``text``, complete lines following what is kept, for markers.

        Without one the lines are only put aside; with one the kept text is joined, the
        regions the markers close are emitted, and the text before the last is dropped.
        """
        assert self.layout is not None
        pattern, starts = _LAYOUTS[self.layout]
        # Spans only, in buf's indices: a marker is one whole line, and ``text`` starts
        # at a line start, so searching it alone finds what searching buf would.
        offset = self.scanned
        found = [(offset + a, offset + b) for a, b in _marker_spans(self.layout, pattern, text)]
        self.scanned += len(text)
        if not found:
            if text:
                self.parts.append(text)
            return
        self._join(text)
        for start, end in found:
            if starts:
                yield from self._region(self.pending, start, final=False)
                self.pending = start
                self.in_article = True
                self._count(start, end)
            else:
                yield from self._region(self.pending, end, final=False)
                self.pending = end
        self._compact()

    def _join(self, text: str) -> None:
        if self.parts or text:
            self.buf = "".join((self.buf, *self.parts, text))
            self.parts = []

    def _compact(self) -> None:
        drop = min(self.pending, self.scanned)
        if drop > 0:
            self.buf = self.buf[drop:]
            self.base += drop
            self.pending -= drop
            self.scanned -= drop

    def _count(self, start: int, end: int) -> None:
        """Remember the ``N of M`` the LexisNexis position line at ``buf[start:end]`` states."""
        if self.layout != "lexisnexis":
            return
        found = _regex.match(_LN_START_RE, self.buf, start, end)
        if found is None:
            return
        self.last_stated = int(found["number"])
        total = int(found["total"])
        if self.stated_total is None:
            self.stated_total = total
        self.stated_now = (self.last_stated, total)

    def _piece(
        self, kind: SegmentKind, start: int, end: int, notes: tuple[Note, ...] = ()
    ) -> Segment:
        number = self.number if kind == "article" else None
        return Segment(
            kind=kind,
            span=Span(self.base + start, self.base + end),
            text=self.buf[start:end],
            number=number,
            layout=self.layout or "single",
            notes=notes,
        )

    def _region(self, start: int, end: int, *, final: bool) -> Iterator[Segment]:
        """Emit ``buf[start:end]``: white space as separators around its core."""
        if end <= start:
            return
        a, b = trim(self.buf, start, end)
        if (self.layout or "single") == "single" and b > a:
            # A text in no export layout is one article, white space and all, so that its
            # spans index the input exactly as ``newsparse.parse(text)``'s would.
            yield from self._article(start, end)
            return
        if a > start:
            yield from self._emit(self._piece("separator", start, a))
        if b > a:
            yield from self._core(a, b, final=final)
        if end > b:
            yield from self._emit(self._piece("separator", b, end))

    def _core(self, a: int, b: int, *, final: bool) -> Iterator[Segment]:
        layout = self.layout or "single"
        if layout == "single":
            yield from self._article(a, b)
            return
        starts = _LAYOUTS[layout][1]
        fmt_name = _EXPORT_LAYOUTS[layout]
        if starts:
            if self.in_article:
                yield from self._article(a, b)
            else:
                yield from self._emit(self._piece("cover", a, b))
            return
        if self.number == 0:
            cover_end = self._uni_cover(a, b)
            if cover_end > a:
                yield from self._region_cover(a, cover_end)
                a, _ = trim(self.buf, cover_end, b)
                if a > cover_end:
                    yield from self._emit(self._piece("separator", cover_end, a))
                if a >= b:
                    return
        if final:
            fmt = self.registry.get(fmt_name)
            if fmt.score(self.buf[a:b]) < MIN_SCORE:
                yield from self._emit(self._piece("trailer", a, b))
                return
        yield from self._article(a, b)

    def _region_cover(self, a: int, b: int) -> Iterator[Segment]:
        yield from self._emit(self._piece("cover", a, b))

    def _uni_cover(self, a: int, b: int) -> int:
        """Where a cover page at ``buf[a:b]`` ends (``a`` if there is none).

        A cover page opens the region with blocks whose first line is a request label
        (``Search Terms:``, ``Job Number:``...), states the count of documents
        (``Documents (3)``, which the split then checks), or lists them (``1. Title``
        with request labels under it); it ends before the first other block.
        """
        end = a
        buf = self.buf
        summary = False  # whether a ``Search Summary`` heading has been seen
        while end < b:
            blank = _regex.search(_BLANK_LINE_RE, buf, end, b)
            block_end = b if blank is None else blank.start()
            count = _regex.match(COVER_COUNT_RE, buf, end, block_end)
            if count is not None and self.stated_total is None:
                self.stated_total = int(count["count"])
            line = _regex.match(_COVER_LINE_RE, buf, end, block_end)
            summary = summary or (line is not None and line.group().startswith("Search Summary"))
            if not (
                count is not None
                or line
                or (
                    _regex.match(COVER_ENTRY_RE, buf, end, block_end)
                    and _regex.search(_COVER_LINE_RE, buf, end, block_end)
                )
                or (summary and _summary_rows(buf, end, block_end))
            ):
                break
            if blank is None:
                return b
            end, _ = trim(buf, blank.start(), b)
        if end == a:
            return a
        # Back to the end of the last cover block (its trailing white space is a separator).
        return trim(self.buf, a, end)[1]

    def _article(self, a: int, b: int) -> Iterator[Segment]:
        self.number += 1
        notes: list[Note] = []
        stated = self.stated_now
        if stated is not None and self.layout == "lexisnexis":
            number, total = stated
            span = Span(self.base + a, self.base + b)
            if total != self.stated_total:
                notes.append(
                    Note(
                        code="export.count-inconsistent",
                        message=(
                            f"this document says {number} of {total}; the export's first "
                            f"says {self.stated_total}"
                        ),
                        span=span,
                    )
                )
            if number != self.number:
                notes.append(
                    Note(
                        code="export.sequence",
                        message=f"document {self.number} of the export is numbered {number}",
                        span=span,
                    )
                )
        yield from self._emit(self._piece("article", a, b, tuple(notes)))

    def _emit(self, seg: Segment) -> Iterator[Segment]:
        """Hold each piece until the next one that is not white space.

        A count check or a following separator may still change the held pieces.
        """
        if self.held and seg.kind == "separator" and self.held[-1].kind == "separator":
            prev = self.held[-1]
            self.held[-1] = attrs.evolve(
                prev, span=Span(prev.span.start, seg.span.end), text=prev.text + seg.text
            )
            return
        if seg.kind != "separator":
            yield from self._release(final=False)
        self.held.append(seg)

    def _release(self, *, final: bool) -> Iterator[Segment]:
        held, self.held = self.held, []
        if final and self.stated_total is not None and self.number != self.stated_total:
            for i in range(len(held) - 1, -1, -1):
                if held[i].kind == "article":
                    note = Note(
                        code="export.count-mismatch",
                        message=(
                            f"the export states {self.stated_total} documents "
                            f"but holds {self.number}"
                        ),
                        span=held[i].span,
                    )
                    held[i] = attrs.evolve(held[i], notes=(*held[i].notes, note))
                    break
        yield from held


def _summary_rows(text: str, start: int, end: int) -> bool:
    """Whether every line of ``text[start:end]`` is a row of a Factiva search summary."""
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop == -1 else stop
        a, z = trim(text, start, stop)
        if a < z and _regex.fullmatch(_SUMMARY_ROW_RE, text, a, z) is None:
            return False
        start = stop + 1
    return True


# A word every layout's mark of an article holds, lower-cased: ``1 of 2 DOCUMENTS``,
# ``Dokument 1 von 2``, ``End of Document``, ``Ende des Dokuments``, Factiva's
# ``Document FT0000...``, an mbox ``From`` line (after a line break: an invisible
# character before one past the first line is too rare to look for), ``#! rnews``, a
# Reuters-21578 record's ``<REUTERS`` (its closing ``</REUTERS>`` holds no ``<reuters``).
_MARK_WORDS = ("document", "dokument", "\nfrom ", "#! rnews", "<reuters")


def _article_count(text: str, registry: FormatRegistry) -> int:
    """How many articles :func:`split` cuts ``text`` into.

    Each layout marks every article once (where it opens or where it closes), so a text
    that holds no word of a mark twice is one article, told without a split.
    """
    # Lines may end in CR alone, and the first may open with a byte-order mark.
    low = "\n" + text.lstrip(INVISIBLE).lower().replace("\r", "\n")
    if all(low.count(word) < 2 for word in _MARK_WORDS):  # noqa: PLR2004 - two marks
        return 1
    return sum(s.kind == "article" for s in split(text, registry=registry))


def split(text: str, *, registry: FormatRegistry | None = None) -> Iterator[Segment]:
    """Cut a multi-article text into articles and what lies between them.

    The spans of the segments, in order, tile ``text`` exactly. A text in no export
    layout is one article (with any white space around it as separators).

    Args:
        text: The whole export.
        registry: The formats used to tell a last article from trailing matter.

    Yields:
        :class:`Segment` values in input order.

    Raises:
        InputTypeError: ``text`` is not a ``str``, or ``registry`` not a
            :class:`~newsparse.registry.FormatRegistry`.

    Examples:
        >>> segs = list(split("Rain due\\n\\nIt will rain.\\n"))
        >>> [(s.kind, s.span) for s in segs]
        [('article', Span(start=0, end=24))]
    """
    if not isinstance(text, str):
        msg = f"split() takes the export as str, not {type(text).__name__}"
        raise InputTypeError(msg)
    _warn_if_path(text, "split", "read the file and split its contents", stacklevel=2)
    splitter = _Splitter(registry=_resolve(registry))
    yield from splitter.feed(text, final=True)


# -- reading ------------------------------------------------------------------------


@attrs.define
class _Decoder:
    """Bytes to text, chunk by chunk: a byte-order mark decides, else UTF-8, else cp1252.

    As :func:`newsparse.decode` does for a whole text, but in one pass: the bytes before
    the first one that is not UTF-8 are read as UTF-8, and cp1252 reads the rest. The
    five bytes cp1252 leaves undefined become the C1 controls of the same value.
    """

    encoding: str = ""
    fallback_at: int | None = None  # byte offset where cp1252 took over
    fallback_char: int | None = None  # the same place, in characters of the text
    consumed: int = 0  # bytes decoded so far
    chars: int = 0  # characters produced so far
    head: bytes = b""  # the first bytes, held until a byte-order mark can be seen
    bom: int = 0  # length of the byte-order mark skipped
    _decoder: codecs.IncrementalDecoder | None = None

    def decode(self, data: bytes, *, final: bool = False) -> str:
        if self._decoder is None:
            self.head += data
            if len(self.head) < 4 and not final:  # noqa: PLR2004 - the longest mark
                return ""
            data, self.head = self.head, b""
            self.encoding = "utf-8"
            for bom, name in BOMS:
                if data.startswith(bom):
                    self.encoding = name
                    self.bom = len(bom)
                    data = data[len(bom) :]
                    break
            # After a BOM, bytes the codec cannot read are kept as characters (as
            # ``decode`` does); without one, strict UTF-8 until cp1252 takes over.
            errors = C1_ERRORS if self.bom else "strict"
            self._decoder = codecs.getincrementaldecoder(self.encoding)(errors=errors)
        out = self._decode(data, final=final)
        self.chars += len(out)
        return out

    def _decode(self, data: bytes, *, final: bool) -> str:
        assert self._decoder is not None
        start = self.consumed
        self.consumed += len(data)
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError:
            pass  # only the strict UTF-8 decoder raises: cp1252 from here on
        pending = self._decoder.getstate()[0]
        whole = pending + data
        try:
            whole.decode("utf-8")
            cut = len(whole)
        except UnicodeDecodeError as err:
            cut = err.start
        good = whole[:cut].decode("utf-8")
        self.fallback_at = start - len(pending) + cut
        self.fallback_char = self.chars + len(good)
        self.encoding = FALLBACK_ENCODING
        self._decoder = codecs.getincrementaldecoder(FALLBACK_ENCODING)(errors=C1_ERRORS)
        return good + self._decoder.decode(whole[cut:], final)

    def notes(self, span: Span) -> tuple[Note, ...]:
        """How the text at ``span`` was decoded, with the codes :func:`newsparse.decode` uses."""
        if self.fallback_char is not None and span.end > self.fallback_char:
            message = (
                f"not UTF-8 (first bad byte at offset {self.fallback_at}); decoded as "
                f"{FALLBACK_ENCODING} from there on"
            )
            return (Note(code="decode.fallback", message=message),)
        if self.bom:
            message = f"a {self.encoding} byte-order mark was found"
            return (Note(code="decode.bom", message=message),)
        return ()


def _binary_chunks(stream: IO[bytes], decoder: _Decoder, size: int) -> Iterator[str]:
    while True:
        data = stream.read(size)
        if not data:
            tail = decoder.decode(b"", final=True)
            if tail:
                yield tail
            return
        text = decoder.decode(data)
        if text:
            yield text


def _text_chunks(stream: IO[str], size: int, first: str) -> Iterator[str]:
    if first:
        yield first
    while True:
        data = stream.read(size)
        if not data:
            return
        yield data


def _documents(source: object, size: int) -> Iterator[tuple[Iterator[str], _Decoder | None, int]]:
    """Each document of ``source`` as text chunks, its decoder (for bytes), its index."""
    if isinstance(source, str):
        _warn_if_path(source, "parse_many", "pass a pathlib.Path to read the file", stacklevel=3)
        yield iter((source,)), None, 0
        return
    if isinstance(source, (bytes, bytearray)):
        decoder = _Decoder()
        yield _binary_chunks(io.BytesIO(bytes(source)), decoder, size), decoder, 0
        return
    if isinstance(source, os.PathLike):
        with open(os.fspath(source), "rb") as stream:  # noqa: PTH123 - any PathLike
            decoder = _Decoder()
            yield _binary_chunks(stream, decoder, size), decoder, 0
        return
    read = getattr(source, "read", None)
    if callable(read):
        first = read(size)
        if isinstance(first, (bytes, bytearray)):
            decoder = _Decoder()
            head = decoder.decode(bytes(first)) if first else ""

            def chunks() -> Iterator[str]:
                if head:
                    yield head
                yield from _binary_chunks(source, decoder, size)  # type: ignore[arg-type]

            yield chunks(), decoder, 0
            return
        if isinstance(first, str):
            yield _text_chunks(source, size, first), None, 0  # type: ignore[arg-type]
            return
        msg = f"parse_many() read {type(first).__name__} from the file, not str or bytes"
        raise InputTypeError(msg)
    if isinstance(source, Iterable):
        for index, item in enumerate(source):
            if isinstance(item, str):
                yield iter((item,)), None, index
            elif isinstance(item, (bytes, bytearray)):
                decoder = _Decoder()
                yield _binary_chunks(io.BytesIO(bytes(item)), decoder, size), decoder, index
            else:
                msg = f"parse_many() takes texts, not {type(item).__name__} items"
                raise InputTypeError(msg)
        return
    msg = f"parse_many() cannot read {type(source).__name__}"
    raise InputTypeError(msg)


def parse_many(
    source: str | bytes | os.PathLike[str] | typing.IO[str] | typing.IO[bytes] | Iterable[str],
    *,
    format: str | None = None,  # noqa: A002 - the documented public keyword
    tzinfos: Mapping[str, dt.tzinfo | int] | None = None,
    reference: dt.date | None = None,
    registry: FormatRegistry | None = None,
    chunk_size: int = CHUNK_CHARS,
) -> Iterator[Article | ParseFailure]:
    """Parse every article of an export, lazily, reading files in chunks.

    Args:
        source: The export: a ``str`` (the text itself), ``bytes``, a path
            (``os.PathLike``), a binary or text file object, or an iterable of
            texts (each one a document of its own, itself split).
        format: Force a format for every article. By default the articles of an
            export are parsed with its layout's format (``lexisnexis`` for LexisNexis
            and Nexis Uni, ``factiva``, ``netnews`` for mbox and rnews), and a text in no
            export layout (or whose layout's format the registry lacks) with the format
            :func:`newsparse.detect` chooses.
        tzinfos: Zone abbreviations to resolve differently, as for :func:`newsparse.parse`.
        reference: As for :func:`newsparse.parse`: the date two-digit years resolve
            against, and the anchor of a month and day written without a year.
        registry: The formats to choose from; the default registry if ``None``.
        chunk_size: How much to read from a file at a time: characters from a text
            file, bytes from a binary one or a path.

    Yields:
        An :class:`~newsparse.model.Article` per article, whose spans index its own
        text and whose notes carry ``export.segment`` (its span in the whole input,
        the message naming its number) and, for bytes, ``decode.bom`` or
        ``decode.fallback`` where they apply (as :func:`newsparse.decode`); or a
        :class:`ParseFailure` for an article whose parse raised. Cover pages and
        separators yield nothing (see :func:`split`).

    Raises:
        InputTypeError: ``source`` is none of the kinds above, or an option has the
            wrong type.
        InvalidOptionError: ``chunk_size`` is less than 1, or a ``tzinfos`` offset is not
            within a day of UTC.
        FormatNotFoundError: ``format`` names no format of the registry (raised at the
            first article asked for, before any input is read).

    Examples:
        >>> import newsparse
        >>> data = "Café closes\\n\\nThe café shut on Monday.\\n".encode("cp1252")
        >>> a = next(newsparse.parse_many(data))
        >>> a.headline, [n.code for n in a.notes][-2:]
        ('Café closes', ['export.segment', 'decode.fallback'])
    """
    size: object = chunk_size  # as the caller passed it: typing does not reach every caller
    if not isinstance(size, int) or isinstance(size, bool):
        msg = f"chunk_size must be an int, not {type(size).__name__}"
        raise InputTypeError(msg)
    if chunk_size < 1:
        msg = f"chunk_size must be at least 1, not {chunk_size}"
        raise InvalidOptionError(msg)
    reg, parse_options = _settings(
        format=format, tzinfos=tzinfos, reference=reference, registry=registry
    )
    options = _Options(format=format, parse_options=parse_options, registry=reg)
    for chunks, decoder, index in _documents(source, chunk_size):
        splitter = _Splitter(registry=reg)
        for chunk in chunks:
            yield from _parse_segments(splitter.feed(chunk), decoder, index, options)
        yield from _parse_segments(splitter.feed("", final=True), decoder, index, options)


def _layout_format(layout: str, registry: FormatRegistry) -> str | None:
    """The format an export layout's articles are parsed with, if the registry has it."""
    name = _EXPORT_LAYOUTS.get(layout)
    return name if name is not None and name in registry.names() else None


@frozen(kw_only=True)
class _Options:
    format: str | None
    parse_options: ParseOptions
    registry: FormatRegistry


def _parse_segments(
    segments: Iterable[Segment], decoder: _Decoder | None, index: int, options: _Options
) -> Iterator[Article | ParseFailure]:
    for seg in segments:
        if seg.kind != "article" or seg.number is None:
            continue
        where = f" of text {index + 1}" if index else ""
        notes = [
            *seg.notes,
            Note(
                code="export.segment",
                message=f"article {seg.number}{where} ({seg.layout} layout)",
                span=seg.span,
            ),
        ]
        if decoder is not None:
            notes.extend(decoder.notes(seg.span))
        try:
            article = _parse(
                seg.text,
                tuple(notes),
                format=options.format or _layout_format(seg.layout, options.registry),
                registry=options.registry,
                options=options.parse_options,
            )
        except NewsparseError as err:
            yield ParseFailure(
                span=seg.span, number=seg.number, text=seg.text, error=err, notes=tuple(notes)
            )
            continue
        yield article
