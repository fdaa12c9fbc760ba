"""Mint (livemint.com) page dumps and the Indian news sites that share their shape.

The first line holds, glued together, an optional dump prefix ``date 2023-08-14``, the
headline, the reading time ``3 min read`` and the page's timestamp ``14 Aug 2023, 06:50
AM IST``. The standfirst follows, then one paragraph per line, then a trailer such as
``(With inputs from AP)``. Variants put the timestamp (``Updated: ...``, ``First
Published: ...``) and an author line on lines of their own, above the standfirst or
under it, and add site footers.

Examples:
    >>> import newsparse
    >>> text = (
    ...     "Rains lash Mumbai2 min read 14 Aug 2023, 06:50 AM IST\\n"
    ...     "Heavy rain is expected through the week.\\n"
    ...     "Trains ran late on Monday.\\n"
    ...     "(With inputs from PTI)\\n"
    ... )
    >>> a = newsparse.parse(text)
    >>> a.format, a.headline, a.reading_time, a.date.isoformat()
    ('mint', 'Rains lash Mumbai', 2, '2023-08-14T06:50:00+05:30')
    >>> a.summary, a.paragraphs, a.attribution.sources
    ('Heavy rain is expected through the week.', ('Trains ran late on Monday.',), ('PTI',))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import regex

from newsparse import _regex
from newsparse._text import line_field, split_lines, trim
from newsparse.extract.dates import find_dates
from newsparse.extract.furniture import reading_minutes
from newsparse.formats._base import Builder, Evidence, EvidenceFormat, alternation
from newsparse.model import Byline, Field, Note, ParsedFields, ParseOptions

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._text import Line
    from newsparse.formats._base import Scan

__all__ = ["MintFormat"]


def __dir__() -> list[str]:
    return __all__


#: How far from the reading time (or the end of the line) the page's stamp is looked for.
_STAMP_CHARS = 64
_DUMP_PREFIX_RE = regex.compile(r"date\x20\d{4}-\d{2}-\d{2}(?=\s)")
_IST_STAMP_RE, _IST_STAMP_BRANCHES = alternation(
    r"\d{1,2}\x20\p{L}{3,9}\x20\d{4},\x20\d{1,2}:\d{2}\x20[AP]M\x20(?-i:IST)",
    r"\p{L}{3,9}\x20\d{1,2},\x20\d{4},?\x20\d{1,2}:\d{2}(?::\d{2})?\x20[AP]M\x20(?-i:IST)",
    flags=regex.IGNORECASE,
)
# A reading time glued to the headline, or followed by the page's stamp: Mint's own.
# Glued to a headline ending in a number, the two run together (``19,5004 min read``).
_MIN_READ_RE, _MIN_READ_BRANCHES = alternation(
    r"[^\s\d]\d{1,3}\x20?min\x20read\b",
    r"[,.]\d{4,5}\x20?min\x20read\b",
    r"""(?<!\d)\d{1,8}\x20?min\x20read\x20{1,3}
        (?:\d{1,2}\x20\p{L}{3,9}\x20\d{4}|\p{L}{3,9}\x20\d{1,2},\x20\d{4}|Updated)""",
    flags=regex.MULTILINE | regex.VERBOSE,
)
# Mint's header line whole: the headline, the reading time glued to it (or to the
# number the headline ends with), the IST stamp.
_GLUED_HEADER_RE = regex.compile(
    r"(?:[^\s\d]\d{1,3}|[^\s\d]\x20?\d{2,8})\x20?min\x20read\x20{1,3}+(?:"
    r"\d{1,2}\x20\p{L}{3,9}\x20\d{4},\x20\d{1,2}:\d{2}\x20[AP]M\x20(?-i:IST)"
    r"|\p{L}{3,9}\x20\d{1,2},\x20\d{4},?\x20\d{1,2}:\d{2}(?::\d{2})?\x20[AP]M\x20(?-i:IST))",
    regex.IGNORECASE,
)
# The digits before ``min read`` on the header line, all of them: the headline's own
# number may run into the reading time (``at 19,5004 min read``, ``for FY255 min read``).
_DIGITS_BEFORE_READ_RE = regex.compile(
    r"(?<!\d)(?P<run>\d{1,8})\x20?(?:min|mins|minute|minutes)\x20read\b", regex.IGNORECASE
)
# The reading time from where :func:`_minutes_start` puts its first digit.
# ``\G``: matched only at the position its caller gives (``match``).
_MINUTES_AT_RE = regex.compile(
    r"\G(?P<minutes>\d{1,3})\x20?(?:min|mins|minute|minutes)\x20read\b", regex.IGNORECASE
)
# A year a headline may end with (``Budget 2024``).
_YEAR_DIGITS = ("19", "20")
#: The most digits glued to a word, or after a space, read whole as the reading time.
_WHOLE_MINUTES_DIGITS = 2


def _minutes_start(text: str, run_start: int, run: str) -> int:
    """Where the reading time starts in the digits glued before ``min read``.

    Mint glues the reading time to the headline, so a headline ending in a number runs
    into it: the number keeps its digits and the reading time takes one (a year keeps
    four, a group after a thousands comma three), two when one would be ``0``. One or
    two digits glued to a word are the reading time whole (``drag12 min read``, and
    after a word's stop: ``U.S.14 min read``, ``jump...12 min read``), as are one or
    two after a space or a line's start: three or more are the headline's number
    running on into them.

    Examples:
        >>> t = "Nifty below 19,5004 min read"
        >>> t[_minutes_start(t, 15, "5004") :]
        '4 min read'
        >>> t = "Budget 202412 min read"
        >>> t[_minutes_start(t, 7, "202412") :]
        '12 min read'
        >>> t = "sales to begin on September 222 min read"
        >>> t[_minutes_start(t, 28, "222") :]
        '2 min read'
        >>> t = "Top 1010 min read"
        >>> t[_minutes_start(t, 4, "1010") :]
        '10 min read'
        >>> t = "IT stocks drag12 min read"
        >>> t[_minutes_start(t, 14, "12") :]
        '12 min read'
        >>> t = "Fed signals cuts in U.S.14 min read"
        >>> t[_minutes_start(t, 24, "14") :]
        '14 min read'
    """
    before = text[run_start - 1] if run_start > 0 else "\n"
    if before in ",." and not (run_start >= 2 and text[run_start - 2].isdigit()):  # noqa: PLR2004
        # A stop or a comma after a word (``U.S.``, ``Corp.``, ``...``) is no decimal
        # point or thousands comma: the digits are glued to a word.
        before = "\n"
    if len(run) == 1 or (len(run) <= _WHOLE_MINUTES_DIGITS and before not in ",."):
        return run_start
    if before not in ",." and len(run) in (5, 6) and run.startswith(_YEAR_DIGITS):
        return run_start + 4
    if before == "," and len(run) in (4, 5):
        return run_start + 3
    if run.endswith("0"):
        return run_start + len(run) - 2
    return run_start + len(run) - 1


def _header_reading_time(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The reading time on Mint's header line, split off a number the headline ends with."""
    run = _regex.search(_DIGITS_BEFORE_READ_RE, text, start, end)
    if run is None:
        return reading_minutes(text, start, end)
    at = _minutes_start(text, run.start("run"), run["run"])
    return _regex.match(_MINUTES_AT_RE, text, at, end)


#: The most lines of the site's menus and buttons over Mint's header line.
MAX_CHROME_LINES = 30
#: The most words of one of those lines (``Home``, ``Sign in``, ``Mint Premium``).
MAX_CHROME_WORDS = 4
# A reading time alone at a line's start, as many sites print one: Mint's only beside
# its other marks (an IST stamp). Its line's start is looked for behind ``min read``:
# the regex module finds the words by a literal search and looks back from them, where
# a pattern opening with ``^`` is tried at every position of the line (some ten times
# the cost on Mint's header line). Searched from a line's start, as its evidence
# searches (from inside a line it would see what stands before), it finds a match
# where ``^[\x20\t]*+\d{1,3}\x20?min\x20read\b`` does; a test compares the two.
_MIN_READ_LINE_RE = regex.compile(r"(?m)(?<=^[\x20\t]*+\d{1,3}\x20?)min\x20read\b")
_STAMP_LABEL_RE = regex.compile(
    r"(?m)^[\x20\t]*+(?:Updated|First\x20Published|Published|Updated\x20on|Last\x20Updated)"
    r"[^\S\n]?[:-]?\x20[^\n]{6,40}?\d{1,2}:\d{2}(?::\d{2})?\x20[AP]M\x20(?-i:IST)",
    regex.IGNORECASE,
)
_TRAILER_RE = regex.compile(r"(?m)^[\x20\t]*+\(With\x20(?i:inputs|agency\x20inputs)")
# Mint's note under syndicated copy.
_WIRE_DISCLAIMER_RE = regex.compile(
    r"published\x20from\x20a\x20wire\x20agency\x20feed\x20without\x20modifications",
    regex.IGNORECASE,
)
_FOOTER_RE = regex.compile(r"Live\x20?Mint|Mint\x20News\x20App|livemint", regex.IGNORECASE)
# ``\G``: matched only at the position its caller gives (``fullmatch``).
_SITE_AUTHOR_RE = regex.compile(
    r"\G(?:Written\x20By\x20|By\x20)?(?P<org>Livemint|Mint|Mint\x20Desk|HT\x20News\x20Desk|Mint\x20Staff)",
    regex.IGNORECASE,
)
# The longest line _SITE_AUTHOR_RE matches whole (it changes no length of a letter).
_LONGEST_SITE_AUTHOR = len("Written By HT News Desk")
# A bare author line: two to four capitalised words (initials allowed), no sentence.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_AUTHOR_LINE_RE = regex.compile(
    r"\G\p{Lu}(?:[\p{L}'-]{1,30}|\.)(?:\x20\p{Lu}(?:[\p{L}'-]{1,30}|\.)){1,3}"
)
# The most spaces a line _AUTHOR_LINE_RE matches whole holds: one between each two words.
_AUTHOR_LINE_SPACES = 3
#: The most header lines (reading time, stamps, author) read over the standfirst.
_HEADER_OVER_STANDFIRST = 6
#: The most header lines (author, stamp) read under the standfirst.
_HEADER_UNDER_STANDFIRST = 3
#: The longest header line read under the standfirst (``Updated: 14 Aug 2023, 06:50 AM
#: IST``, an author line).
_LONGEST_HEADER_LINE = 80


def _opens_with_date(scan: Scan, start: int, end: int) -> bool:
    """Gate for ``dump-prefix``: the window's first non-blank characters are ``date``.

    The pattern is anchored at the window's start, but the :mod:`regex` module looks
    for its literal through the whole window first; this test costs one ``lstrip`` of
    the folded window (which strips every character ``\\s`` matches, and a few more;
    folding keeps them and lets ``DATE`` through, which the pattern then refuses).
    """
    return scan.folded(start, end).lstrip().startswith("date\x20")


def _holds_ist_time(scan: Scan, start: int, end: int) -> bool:
    """Gate for ``updated-ist-stamp``: the folded window holds ``m ist`` (``AM IST``).

    Its needles find the label, which many pages have; the time is rarer.
    """
    return "m\x20ist" in scan.folded(start, end)


def _header_line_under_chrome(text: str, lines: Sequence[Line]) -> int:
    """The index of Mint's header line under the site's menus and buttons, else 0.

    A dump of the whole page sets the site's menus and buttons over the header line
    (``Home`` / ``Latest`` / ``Markets`` / ``Sign in`` / ``Headline3 min read 14 Aug
    2023, 06:50 AM IST``): up to :data:`MAX_CHROME_LINES` lines of at most
    :data:`MAX_CHROME_WORDS` words, none ending like a sentence, over a line that
    :data:`_GLUED_HEADER_RE` matches. The first line is the header line otherwise.

    Examples:
        >>> text = "Home\\nSign in\\nRain lashes Mumbai3 min read 14 Aug 2023, 06:50 AM IST\\n"
        >>> _header_line_under_chrome(text, split_lines(text))
        2
    """
    for i, line in enumerate(lines[: MAX_CHROME_LINES + 1]):
        long_line = len(line.text.split()) > MAX_CHROME_WORDS or line.text.endswith((".", "!", "?"))
        if i == 0 and long_line:
            # The header line itself (it runs past a menu's few words), or a sentence
            # under no menu: 0 either way, so neither pattern is run on it.
            return 0
        if _regex.search(_GLUED_HEADER_RE, text, line.start, line.end) is not None:
            return i
        if i == 0 and reading_minutes(text, line.start, line.end) is not None:
            return 0  # a header line of another shape
        if long_line:
            return 0
    return 0


class MintFormat(EvidenceFormat):
    """Mint page dumps and their Indian sister sites (Hindustan Times, NDTV, The Hindu...).

    Examples:
        >>> MintFormat().explain("Rain2 min read 14 Aug 2023, 06:50 AM IST\\nMore rain.\\n")
        (0.9, ('min-read', 'ist-timestamp', 'glued-header'))
    """

    name = "mint"
    priority = 40
    EVIDENCE: ClassVar[tuple[Evidence, ...]] = (
        Evidence(
            "min-read",
            _MIN_READ_RE,
            0.45,
            needles=("min read",),
            line=True,
            branches=_MIN_READ_BRANCHES,
        ),
        Evidence("min-read-line", _MIN_READ_LINE_RE, 0.2, needles=("min read",), line=True),
        Evidence(
            "ist-timestamp",
            _IST_STAMP_RE,
            0.15,
            needles=("am ist", "pm ist"),
            line=True,
            branches=_IST_STAMP_BRANCHES,
        ),
        Evidence(
            "dump-prefix",
            regex.compile(r"\A\s*+date\x20\d{4}-\d{2}-\d{2}\x20"),
            0.15,
            where="head",
            gate=_opens_with_date,
        ),
        Evidence(
            "updated-ist-stamp",
            _STAMP_LABEL_RE,
            0.1,
            where="head",
            needles=("updated", "published"),
            line=True,
            heads=("updated", "first published", "published", "last updated"),
            gate=_holds_ist_time,
        ),
        Evidence(
            "inputs-trailer",
            _TRAILER_RE,
            0.1,
            where="tail",
            needles=("(with",),
            line=True,
            heads=("(with",),
        ),
        # The whole header line, under the site's menus too (where a page's evidence
        # fires as well): Mint's own.
        Evidence(
            "glued-header",
            _GLUED_HEADER_RE,
            0.3,
            where="head",
            needles=("min read",),
            line=True,
            gate=_holds_ist_time,
        ),
        Evidence("mint-footer", _FOOTER_RE, 0.3, where="tail", needles=("mint",), line=True),
        Evidence(
            "wire-disclaimer",
            _WIRE_DISCLAIMER_RE,
            0.2,
            where="tail",
            needles=("wire agency feed",),
            line=True,
        ),
    )

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        """Parse a Mint-style page dump (see the module docstring)."""
        b = Builder(text=text, options=options, rule_prefix="mint")
        lines = split_lines(text)
        if not lines:
            return b.build()
        top = _header_line_under_chrome(text, lines)
        for line in lines[:top]:
            if not b.take_furniture(line):
                b.add_furniture(line.start, line.end, b.rule("chrome"))
        first = lines[top]
        self._read_first_line(b, first.start, first.end)
        rest = lines[top + 1 :]
        n = b.take_trailers(rest)
        rest = rest[:n]
        # Header lines: reading time, stamps, author; then the standfirst.
        i = self._header_lines(b, rest, 0, _HEADER_OVER_STANDFIRST)
        body = []
        lines_after = rest[i:]
        k = 0
        while k < len(lines_after):
            line = lines_after[k]
            k += 1
            if b.take_furniture(line):
                continue
            if b.summary is None:
                b.summary = line_field(line, b.rule("standfirst"))
                k = self._header_lines(
                    b, lines_after, k, _HEADER_UNDER_STANDFIRST, under_standfirst=True
                )
                continue
            body.append(line)
        b.add_paragraphs(body, wrapped=False)
        if b.date is None:
            b.notes.append(Note(code="date.missing", message="no page timestamp found"))
        return b.build()

    def _read_first_line(self, b: Builder, start: int, end: int) -> None:
        text = b.text
        prefix = _regex.match(_DUMP_PREFIX_RE, text, start, end)
        head_start = start
        if prefix is not None:
            head_start = prefix.end()
        read = _header_reading_time(text, head_start, end)
        if read is not None:
            head_end = read.start()
            b.set_reading_time(read, b.rule("reading-time"))
            tail_start = read.end()
        else:
            # A stamp ends the line: look only at its last few dozen characters.
            window = max(head_start, end - _STAMP_CHARS)
            stamp = next(find_dates(text, window, end, options=b.options), None)
            at_end = (
                stamp is not None and stamp.span.end >= end - 1 and stamp.span.start > head_start
            )
            head_end = stamp.span.start if stamp is not None and at_end else end
            tail_start = head_end
        head_start, head_end = trim(text, head_start, head_end)
        if head_end > head_start:
            b.headline = b.span_field(head_start, head_end, b.rule("headline"))
        if tail_start < end:
            # The stamp follows the reading time: look only at the next few dozen characters.
            window = min(end, tail_start + _STAMP_CHARS)
            stamp = next(find_dates(text, tail_start, window, options=b.options), None)
            if stamp is not None:
                b.set_date(stamp, b.rule("timestamp"))
                b.add_furniture(tail_start, stamp.span.start, b.rule("timestamp-label"))
                b.add_furniture(stamp.span.end, end, b.rule("header-rest"))
            else:
                b.add_furniture(tail_start, end, b.rule("header-rest"))
        if prefix is not None:
            # Read only when the page gave no date: otherwise the prefix is furniture.
            found = (
                next(find_dates(text, prefix.start(), prefix.end(), options=b.options), None)
                if b.date is None
                else None
            )
            if found is not None:
                # The dump prefix is a date too: use it, at day precision, when the page has none.
                b.add_furniture(prefix.start(), found.span.start, b.rule("dump-prefix"))
                b.set_date(found, b.rule("dump-prefix-date"))
            else:
                b.add_furniture(prefix.start(), prefix.end(), b.rule("dump-prefix"))

    def _header_lines(
        self,
        b: Builder,
        lines: list[Line],
        k: int,
        most: int,
        *,
        under_standfirst: bool = False,
    ) -> int:
        """Read up to ``most`` header lines from ``lines[k]`` on: furniture, stamps, author.

        The header stands over the standfirst, or under it (``under_standfirst``):
        Mint's pages set the standfirst under the headline and the author line and the
        stamp under it (``Headline`` / ``Standfirst`` / ``Written By Jane Doe`` /
        ``Updated: ...``).

        Returns:
            The index of the first line after them.
        """
        stop = min(len(lines), k + most)
        while k < stop:
            line = lines[k]
            # Under the standfirst, where the body starts, a paragraph is longer than
            # any header line: nothing more is tried on it.
            if (under_standfirst and len(line.text) > _LONGEST_HEADER_LINE) or not (
                b.take_furniture(line)
                or b.take_date_line(line, max_rest=4)
                or (
                    b.byline is None
                    and self._author_line(b, line, under_standfirst=under_standfirst)
                )
                or b.take_edited_by(line)
            ):
                break
            k += 1
        return k

    def _author_line(
        self,
        b: Builder,
        line: Line,
        *,
        under_standfirst: bool = False,
    ) -> bool:
        """An author line: ``Written By X``, ``By X``, a bare name, or the site itself.

        The two patterns run only on lines short enough or with few enough spaces to
        match: the standfirst, which follows the header, is a sentence. Under the
        standfirst (``under_standfirst``), where the body starts, a bare name is no
        author line: a short line in title case there is the body's first paragraph,
        a subheading or a place (``Mumbai Police``, ``Key Highlights``, ``Navi Mumbai``).
        """
        site = None
        if len(line.text) <= _LONGEST_SITE_AUTHOR:
            site = _regex.fullmatch(_SITE_AUTHOR_RE, b.text, line.start, line.end)
        if site is not None:
            byline = Byline(organization=site["org"], text=line.text)
            b.byline = Field(
                value=byline, raw=line.text, span=line.span, rule=b.rule("site-author")
            )
            return True
        if b.take_byline(line):
            return True
        if (
            # Under the standfirst a short line in title case is a place's, a firm's or
            # a box's label as often as a writer's (``Navi Mumbai``, ``Key Highlights``),
            # over the stamp too: only a labelled author line is read there.
            under_standfirst
            or line.text.count(" ") > _AUTHOR_LINE_SPACES
            or _regex.fullmatch(_AUTHOR_LINE_RE, b.text, line.start, line.end) is None
        ):
            return False
        return b.take_byline(line, require_prefix=False)
