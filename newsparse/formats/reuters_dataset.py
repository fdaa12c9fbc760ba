"""Reuters stories of 2006-2013 as the financial-news research dataset stores them.

Four header lines, each after ``-- ``: the title, the byline (``By  Jane Doe  and
Sam Roe``, or nothing), the timestamp ``Fri Oct 20, 2006 6:15pm EDT`` and the story's
link; then hard-wrapped copy in blank-line blocks, opening with the dateline
``ANCHORAGE, Alaska  (Reuters) - `` (or just ``(Reuters) - ``), with ticker codes such as
``( XOM.N )`` kept as written and credits glued to the end of the last paragraph.

The body is the story as the dataset stores it, from the dateline to the last credit:
the text that work on the dataset quotes. The dateline's place and the credits are read
out of it as well (``dateline``, ``attribution``), their spans inside the paragraphs'.

Examples:
    >>> import newsparse
    >>> text = (
    ...     "-- Tollgate Foods profit beats forecasts\\n"
    ...     "-- By  Mara Quill\\n"
    ...     "-- Tue Mar 13, 2007 4:05pm EDT\\n"
    ...     "-- http://www.reuters.com/article/2007/03/13/tollgate-idUSN1\\n\\n"
    ...     " BRANDON, Vermont  (Reuters) - Tollgate Foods ( TGF.N ) said on \\n"
    ...     "Tuesday its profit rose. \\n\\n"
    ...     "  Shares rose 2 percent. (Editing by  Lou Park )\\n"
    ... )
    >>> a = newsparse.parse(text)
    >>> a.format, a.headline, a.byline.authors
    ('reuters_dataset', 'Tollgate Foods profit beats forecasts', ('Mara Quill',))
    >>> a.date.isoformat(), a.dateline
    ('2007-03-13T16:05:00-04:00', 'BRANDON, Vermont')
    >>> a.paragraphs[0]
    'BRANDON, Vermont (Reuters) - Tollgate Foods ( TGF.N ) said on Tuesday its profit rose.'
    >>> a.paragraphs[1]
    'Shares rose 2 percent. (Editing by Lou Park )'
    >>> a.attribution.sources, a.attribution.credits[0].names, a.metadata["url"][:22]
    (('Reuters',), ('Lou Park',), 'http://www.reuters.com')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import regex

from newsparse import _regex
from newsparse._text import split_lines
from newsparse.formats._base import Builder, Evidence, EvidenceFormat
from newsparse.formats._wire import (
    PARTNER_DATELINE_RE,
    agency_dateline_re,
    file_dateline,
    note_partial,
    read_dateline,
    rest_of_line,
    split_glued_trailers,
    take_wire_trailers,
)
from newsparse.model import Note

if TYPE_CHECKING:
    from newsparse._text import Line
    from newsparse.model import Credit, ParsedFields, ParseOptions

__all__ = ["ReutersDatasetFormat"]


def __dir__() -> list[str]:
    return __all__


# The title, the byline line (``--`` alone when the story has none; a copy may lack
# the line altogether), the timestamp.
_HEADER_RE = regex.compile(
    r"\A\s{0,10}--\x20[^\n]{1,300}\n(?:--\x20?[^\n]{0,300}\n)?--\x20(?:\p{L}{3}\x20)?\p{L}{3}\x20\d{1,2},"
    r"\x20\d{4}\x20\d{1,2}:\d{2}[ap]m\x20\p{Lu}{2,4}[\x20\t]*+\r?\n"
)
_LINK_LINE_RE = regex.compile(r"(?m)^--\x20https?://(?:www\.)?reuters\.com/\S{1,300}\r?$")
_MARKER_RE = regex.compile(r"--(?:\x20|$)")
_URL_RE = regex.compile(r"https?://\S{1,500}")
_HEADER_LINES = 4
# The dateline opens the story: it is looked for in its first lines only.
_DATELINE_LINES = 3


class ReutersDatasetFormat(EvidenceFormat):
    """The 2006-2013 Reuters research-dataset layout (see the module docstring).

    Examples:
        >>> text = (
        ...     "-- Title\\n-- \\n-- Mon Aug 14, 2006 10:00am EDT\\n"
        ...     "-- http://www.reuters.com/article/x\\n\\n OSLO  (Reuters) - Snow fell.\\n"
        ... )
        >>> ReutersDatasetFormat().explain(text)
        (1.0, ('dash-header', 'reuters-link-line', 'reuters-dateline'))
    """

    name = "reuters_dataset"
    priority = 60
    EVIDENCE: ClassVar[tuple[Evidence, ...]] = (
        Evidence("dash-header", _HEADER_RE, 0.6),
        Evidence(
            "reuters-link-line",
            _LINK_LINE_RE,
            0.3,
            needles=("reuters.com",),
            line=True,
            heads=("-- http",),
        ),
        Evidence(
            "reuters-dateline",
            agency_dateline_re("Reuters"),
            0.2,
            needles=("(reuters)",),
            line=True,
        ),
    )

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        """Parse a story of the dataset (see the module docstring)."""
        b = Builder(text=text, options=options, rule_prefix="reuters_dataset")
        lines = split_lines(text)
        i = 0
        while i < len(lines) and i < _HEADER_LINES:
            line = lines[i]
            marker = _regex.match(_MARKER_RE, text, line.start, line.end)
            if marker is None:
                break
            b.add_furniture(line.start, marker.end(), b.rule("marker"))
            self._header(b, rest_of_line(line, marker.end()))
            i += 1
        story = lines[i:]
        # The story's dateline and credits are read as other wire copy's are, into
        # ``dateline`` and attribution ...
        attributed = len(b.attribution)
        # The credits of the lines under the story come after those glued to its end.
        held: list[Credit] = []
        end = take_wire_trailers(b, story, agency_marks=False, whole_blocks=True, held=held)
        taken = [f.span for f in b.attribution[attributed:]]
        credit_lines = [
            ln for ln in story[end:] if any(s.start < ln.end and ln.start < s.end for s in taken)
        ]
        for line in story[:_DATELINE_LINES]:
            found = read_dateline(text, line)
            if found is None and "(" in line.text:
                # A partner service's story: the service is a source beside Reuters.
                found = read_dateline(text, line, PARTNER_DATELINE_RE)
            if found is not None:
                file_dateline(b, found, date_used=False, in_body=True)
                note_partial(b, found)
                break
        # The stories were scraped from pages: a stray page line (``Advertisement``)
        # leaves the body, as in agency copy, and so do such lines among the credits.
        kept = b.take_furniture_lines(story[:end])
        b.add_paragraphs(kept, wrapped=True)
        furnished = len(b.furniture)
        split_glued_trailers(b)
        b.credits.extend(held)
        # ... but the body is the story as the dataset stores it, from the dateline to
        # the last credit, which is what work on the dataset quotes: what was read out
        # of it stays in it, with spans inside the paragraphs'.
        del b.furniture[furnished:]
        b.paragraphs.clear()
        b.add_paragraphs([*kept, *credit_lines], wrapped=True)
        if "Reuters" not in b.sources:
            b.sources.insert(0, "Reuters")
        if b.date is None:
            b.notes.append(Note(code="date.missing", message="no timestamp header line"))
        return b.build()

    def _header(self, b: Builder, line: Line | None) -> None:
        """One header line after its ``--`` marker: title, byline, timestamp or link."""
        if line is None:
            return
        url = _regex.fullmatch(_URL_RE, b.text, line.start, line.end)
        if url is not None:
            b.metadata.setdefault("url", url.group())
            b.add_furniture(line.start, line.end, b.rule("link"))
        elif b.headline is None and b.byline is None and b.date is None:
            b.headline = b.span_field(line.start, line.end, b.rule("title"))
        elif b.take_byline(line) or b.take_date_line(line, max_rest=0):
            return
        else:
            b.add_furniture(line.start, line.end, b.rule("header"))
