"""Agency copy as it is written today: Reuters, AP, AFP, the Indian agencies, Xinhua...

A headline, perhaps bullet points (the summary), an editor's note on what a new version
changed (``(Adds analyst comment)``: furniture), a byline (``By JANE DOE`` over
``Associated Press``) and a date line, then the first paragraph opening with a dateline
that names the agency:
``LONDON, Aug 14 (Reuters) -``, ``WASHINGTON (AP) —`` (``_`` in older AP copy),
``PARIS (AFP) -``, ``New Delhi, Aug 14 (PTI) The…``, ``New Delhi [India], August 14
(ANI):``, ``BEIJING, Aug. 14 (Xinhua) --``, ``(Bloomberg) --``, and alike for the other
agencies of :data:`~newsparse.formats._wire.DATELINE_AGENCIES` (Kyodo, Yonhap, EFE...).
Trailers follow the story: ``(Reporting by …; Editing by …)``, ``Associated Press
writers … contributed``, Kyodo's ``==Kyodo``, copyright lines, ``Our Standards: …``,
AFP staff initials, PTI desk codes.

Press releases read alike: ``DAYTON, Ohio, Aug. 14, 2023 /PRNewswire/ --``, ``(GLOBE
NEWSWIRE) --``, ``SAN JOSE, Calif.--(BUSINESS WIRE)--``, ``VANCOUVER, BC / ACCESSWIRE /
August 14, 2023 /``; the wire is the source, and the release's end (contacts,
``SOURCE ...``, ``###``, the wire's links) is furniture.

The place goes to :attr:`~newsparse.Article.dateline`, the agency to the attribution's
sources; the rest of the dateline, initials and codes are furniture. A dateline's month
and day take their year from a full date in the text (a date line, a copyright year),
or from the caller's ``reference``; never from the clock.

Examples:
    >>> import datetime as dt
    >>> import newsparse
    >>> text = (
    ...     "Harbour reopens after storm\\n\\n"
    ...     "PORT ELLIS, Aug 14 (Reuters) - The harbour reopened on Monday.\\n\\n"
    ...     "Ferries will run hourly.\\n\\n"
    ...     "(Reporting by Ana Lind in Port Ellis; Editing by Tom Bray)\\n"
    ... )
    >>> a = newsparse.parse(text, reference=dt.date(2023, 9, 1))
    >>> a.format, a.headline, a.dateline, a.date.date().isoformat()
    ('wire', 'Harbour reopens after storm', 'PORT ELLIS', '2023-08-14')
    >>> a.paragraphs
    ('The harbour reopened on Monday.', 'Ferries will run hourly.')
    >>> a.attribution.sources, [(c.role, c.names) for c in a.attribution.credits]
    (('Reuters',), [('reporting', ('Ana Lind',)), ('editing', ('Tom Bray',))])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
import regex

from newsparse import _regex
from newsparse._text import filled_to_width, line_field, split_lines
from newsparse.extract.bylines import read_byline
from newsparse.extract.dates import find_dates
from newsparse.extract.furniture import furniture_rule
from newsparse.formats._base import Builder, Evidence, EvidenceFormat
from newsparse.formats._page.title import _topic_words
from newsparse.formats._wire import (
    BARE_AGENCY_DATELINE_RE,
    CHINESE_AGENCY_DATELINE_RE,
    DATELINE_AGENCIES,
    INDIAN_AGENCIES,
    PRESS_DATELINE_BRANCHES,
    PRESS_DATELINE_RE,
    PRESS_WIRE_MARKS,
    REUTERS_1987_DATELINE_RE,
    TASS_DATELINE_RE,
    agency_dateline_re,
    date_from_partial,
    file_dateline,
    note_partial,
    read_agency_dateline,
    read_dateline,
    rest_of_line,
    split_glued_trailers,
    take_head_stamp,
    take_release_trailers,
    take_two_line_byline,
    take_wire_trailers,
)
from newsparse.formats.generic import _is_menu_row, _is_site_title, _reads_as_site_name
from newsparse.model import Field, Note, Span

if TYPE_CHECKING:
    from newsparse._text import Line
    from newsparse.extract.bylines import BylineMatch
    from newsparse.formats._wire import Dateline
    from newsparse.model import Credit, ParsedFields, ParseOptions

__all__ = ["WireFormat"]


def __dir__() -> list[str]:
    return __all__


#: Hard-wrapped copy keeps its lines shorter than this.
_WRAP_WIDTH = 100
# With the full stops, marks and closing brackets and quotes of Chinese and Japanese
# copy (the ideographic full stop 。, full-width marks and brackets, corner quotes 」』).
_SENTENCE_ENDS = frozenset(".!?:;\"'\u201d\u2019)]\u3002\uff01\uff1f\uff09\u300d\u300f")

#: The dateline agencies with no evidence of their own: Kyodo, Yonhap, EFE, ANSA...
OTHER_AGENCIES = DATELINE_AGENCIES[DATELINE_AGENCIES.index("UPI") + 1 :]

#: How many lines may come before the dateline (headline, byline, date lines), not
#: counting page furniture (a share row), which may add as many again...
MAX_HEAD_LINES = 10
#: ... up to this many lines in all.
MOST_HEAD_LINES = 40

# Reuters' credits in brackets at the end: ``(Reporting by Jo Roe; Editing by Al Poe)``.
# The match opens at the word after the bracket (``(?<=\()``): a word's first letter is
# rarer in a run of brackets than the bracket itself is.
_CREDITS_TAIL_RE = regex.compile(
    r"(?:(?<=\()Additional\x20|(?<=\())(?:Reporting|Writing|Editing|Compiled)\x20by\x20",
    regex.IGNORECASE,
)
# What the tail must hold for it to be searched (as the window is lower-cased).
_CREDITS_NEEDLES = ("reporting by ", "writing by ", "editing by ", "compiled by ")
_AP_COPYRIGHT_RE = regex.compile(
    r"Copyright\x20\d{4}\x20(?:The\x20)?Associated\x20Press", regex.IGNORECASE
)
_AP_CONTRIBUTED_RE = regex.compile(
    r"Associated\x20Press\x20(?:\w+\x20){0,3}?writers?\x20[^\n]{1,200}?contributed"
)
_AFP_INITIALS_RE = regex.compile(r"(?m)^[\x20\t]*+(?:burs?-)?\p{Ll}{2,5}(?:/\p{Ll}{2,5}){1,5}\s*\Z")
_STANDARDS_RE = regex.compile(r"Our\x20Standards:\x20The\x20Thomson\x20Reuters\x20Trust")
_BLOOMBERG_CONTACT_RE = regex.compile(r"To\x20contact\x20the\x20(?:reporter|editor)s?\x20")
# What a new version of a story changed, under its headline: Reuters ``(Adds analyst
# comment, updates prices)``, ``(Recasts with ...)``, ``(This story has been refiled to
# fix a typo)``; Bloomberg ``(Updates with ...)``.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_UPDATE_NOTE_RE = regex.compile(
    r"\G\((?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Repeats|Refiles|Fixes|Removes"
    r"|Inserts|Moves|Writes\x20through|Clarifies|Deletes|This\x20(?:story|article|version))"
    r"\x20[^\n()]{1,300}\)"
)
# Xinhua's English site sets its source, the time filed and the editor on one line under
# the headline: ``Source: Xinhua| 2023-08-14 15:01:23|Editor: huaxia`` (spaced ``Source:
# Xinhua | ... | Editor: huaxia`` too). The time is the article's (no zone is named).
# ``\G``: matched only at the position its caller gives (``fullmatch``).
_XINHUA_STAMP_RE = regex.compile(
    r"\GSource:\x20?Xinhua(?:\x20News\x20Agency|\.net)?\x20?\|\x20?"
    r"(?P<date>\d{4}-\d{2}-\d{2}\x20\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:\x20?\|\x20?(?:Editor:\x20?[^\n|]{0,60})?)?"
)
# A photo caption above the story, as agency pages show one: ``FILE PHOTO: Cranes at
# the port ... REUTERS/Ana Ruiz/File Photo``, ``... (AP Photo/Jo Roe)``.
# The label opens the line, or the credit ends it; each is looked for alone (a pattern
# for the whole line would retry the credit after every character of the caption).
# ``PHOTO:`` alone also opens a headline (``PHOTO: Firefighters battle blaze``): only
# with the credit at its end is such a line a caption.
_PHOTO_LABEL_RE = regex.compile(r"FILE\x20PHOTO:\x20")
# The credit names a photographer, an agency or ``File Photo``: capitalised words (and
# short particles, ``Ana de Lima``), so ``... an AFP/Kantar survey`` or ``...,
# Xinhua/Reuters reported`` under a headline is no caption.
_CREDIT_NAME = (
    r"\p{Lu}[\p{L}\p{M}.'\u2019-]{0,30}"
    r"(?:\x20(?:\p{Lu}[\p{L}\p{M}.'\u2019-]{0,30}|\p{Ll}{1,3})){0,4}"
)
# Searched from the end (``REVERSE``): a credit ends the line, so only the end is tried,
# where a forward search would try every space of the caption. Each word's start is
# fixed by the space or slash before it, so the few lengths a word may take are tried
# there alone.
_PHOTO_CREDIT_RE = regex.compile(
    r"\x20\(?(?:REUTERS|AFP|AP\x20Photo|Xinhua)/"
    + _CREDIT_NAME
    + r"(?:/"
    + _CREDIT_NAME
    + r")?\)?\Z",
    regex.REVERSE,
)
# A press release's issuer as PR Newswire's pages print it over the date: ``News
# provided by`` over ``Kiln Labs`` (or on one line).
_PROVIDED_BY_RE = regex.compile(r"News\x20provided\x20by(?P<issuer>\x20{1,3}\S[^\n]{0,100}+)?")
#: How long the issuer's line under ``News provided by`` may be.
_ISSUER_WIDTH = 100
#: What a line must hold for a photo caption's patterns to be tried.
_CAPTION_MARKS = ("FILE PHOTO:", "REUTERS/", "AFP/", "AP Photo/", "Xinhua/")
# A bullet point: ``* `` or ``• `` before a word.
_BULLET_RE = regex.compile(r"[*\u2022][\x20\t]{1,3}\S")
# The year may follow the holder's name: ``(c) Copyright Thomson Reuters 2023``.
_COPYRIGHT_YEAR_RE = regex.compile(
    r"(?:Copyright|\u00a9|\(c\))\s{0,3}(?:(?:\u00a9|Copyright)\s{0,3})?"
    r"(?:\p{L}[\p{L}.&'-]{0,30}\x20){0,4}?(?P<year>(?:19|20)\d{2})(?!\d)",
    regex.IGNORECASE,
)


def _take_bullets(b: Builder, lines: list[Line], i: int) -> int:
    """Read the bullet points (``* Brent up 50 cents``) from ``lines[i]`` on as the summary.

    Reuters opens a story with bullet points under the headline. A point too long for
    its line runs on to lines indented under it, with no blank line between: those are
    part of it. The summary is the points a line each. Returns how many lines they
    took: 0 if ``lines[i]`` is no bullet point.
    """
    points: list[str] = []
    indent = 0  # the last bullet point's
    n = 0
    while i + n < len(lines):
        line = lines[i + n]
        if _regex.match(_BULLET_RE, b.text, line.start, line.end) is not None:
            points.append(line.text)
            indent = line.indent
        elif points and not line.blank_before and line.indent > indent and _runs_on_point(b, line):
            points[-1] += " " + line.text
        else:
            break
        n += 1
    if n:
        first, last = lines[i], lines[i + n - 1]
        b.summary = Field(
            value="\n".join(points),
            raw=b.text[first.start : last.end],
            span=Span(first.start, last.end),
            rule=b.rule("bullets"),
        )
    return n


def _runs_on_point(b: Builder, line: Line) -> bool:
    """Whether an indented ``line`` under a bullet point may carry it on.

    A byline, a date or furniture indented under the points is a head line of its own.
    """
    return (
        read_byline(b.text, line.start, line.end) is None
        and next(find_dates(b.text, line.start, line.end, options=b.options), None) is None
        and furniture_rule(line.text) is None
    )


def _is_photo_caption(text: str, line: Line) -> bool:
    """Whether ``line`` opens with ``FILE PHOTO:`` or ends with a photo's credit."""
    if _regex.match(_PHOTO_LABEL_RE, text, line.start, line.end) is not None:
        return True
    credit = _regex.search(_PHOTO_CREDIT_RE, text, line.start, line.end)
    return credit is not None and credit.start() > line.start


def _take_header_line(b: Builder, lines: list[Line], i: int) -> int:
    """Read ``lines[i]`` as furniture, a stamp, a date line or a byline; return lines used.

    The stamp comes before the date line: a date line may have a few characters before
    its date, and would take ``Updated 10:02 AM, Aug 14, 2023`` without its time. An
    editor's note on what a new version changed (``(Adds analyst comment, updates
    prices)``, Bloomberg's ``(Updates with closing prices.)``) is furniture, and so is
    a photo caption (``FILE PHOTO: ... REUTERS/Ana Ruiz/File Photo``), whose date is
    the photo's.
    """
    line = lines[i]
    if _regex.fullmatch(_UPDATE_NOTE_RE, b.text, line.start, line.end) is not None:
        b.add_furniture(line.start, line.end, b.rule("update-note"))
        return 1
    if any(mark in line.text for mark in _CAPTION_MARKS) and _is_photo_caption(b.text, line):
        b.add_furniture(line.start, line.end, b.rule("photo-caption"))
        return 1
    if "provided by" in line.text and (took := _take_provider(b, lines, i)):
        return took
    if line.text.startswith("Source:") and _take_xinhua_stamp(b, line):
        return 1
    if b.take_furniture(line) or take_head_stamp(b, line) or b.take_dated_line(line):
        return 1
    return take_two_line_byline(b, lines, i)


def _take_xinhua_stamp(b: Builder, line: Line) -> bool:
    """Read Xinhua's ``Source: Xinhua| 2023-08-14 15:01:23|Editor: huaxia`` line.

    The time is the article's date (unless one is set); the rest of the line is
    furniture. Say whether the line was one.
    """
    m = _regex.fullmatch(_XINHUA_STAMP_RE, b.text, line.start, line.end)
    if m is None:
        return False
    found = next(find_dates(b.text, m.start("date"), m.end("date"), options=b.options), None)
    if found is None or b.date is not None:
        b.add_furniture(line.start, line.end, b.rule("xinhua-stamp"))
        return True
    b.set_date(found, b.rule("xinhua-stamp-date"))
    b.add_furniture(line.start, found.span.start, b.rule("xinhua-stamp"))
    b.add_furniture(found.span.end, line.end, b.rule("xinhua-stamp"))
    return True


#: The most words of a site's name alone over a wire story's headline (``Indian
#: Observer``): a longer capitalised line may be a headline in title case.
MAX_WIRE_MASTHEAD_WORDS = 3
#: The most words of a menu's line under the site's name (``Home India World Business``).
MAX_WIRE_MENU_WORDS = 6
#: The fewest words of the headline under the page's top.
MIN_WIRE_HEADLINE_WORDS = 4


#: The furniture a page's top holds, over a wire story's headline or among its menu's
#: lines: ``Skip to main content``, ``Menu``, ``Home``, ``Search``, ``Sign In``,
#: ``Subscribe``.
_PAGE_TOP_RULES = frozenset(("navigation", "account", "label"))


# The words menu lines share as sections' names (``U.S. News`` over ``World News``).
_MENU_WORDS = frozenset(("news",))


def _is_menu_line(head: list[Line], k: int) -> bool:
    """Whether ``head[k]`` is a menu's line: capitalised words alone, none the next line's.

    :data:`MAX_WIRE_MENU_WORDS` words at most, each capitalised, no furniture, sharing
    no word of four letters or more with the line under it (``Home India World
    Business Cricket`` over ``Farmers in Rampur district block highway``) but for
    ``News``, which sections' names share (``U.S. News`` over ``World News``): a headline
    in title case over its standfirst tells of what the standfirst does.
    """
    text = head[k].text
    words = text.split()
    return (
        0 < len(words) <= MAX_WIRE_MENU_WORDS
        and all(w[:1].isupper() for w in words)
        and furniture_rule(text) is None
        and k + 1 < len(head)
        and (_topic_words(text) - _MENU_WORDS).isdisjoint(_topic_words(head[k + 1].text))
    )


def _past_page_top(b: Builder, head: list[Line]) -> list[Line]:
    """The lines over the dateline past the page's top, which is furniture.

    Agency copy a news site runs keeps the page's top when copied: its title with the
    site's name after a bar (``Farmers protest over canal water | Indian Observer``),
    the site's name alone (``Indian Observer``, :data:`MAX_WIRE_MASTHEAD_WORDS` words at
    most) or the page's navigation (``Skip to main content``, ``Menu``; the rules of
    :data:`_PAGE_TOP_RULES`), then perhaps menu lines (capitalised words alone, or
    more such navigation: ``Sign In``). The headline is the line
    under them (:data:`MIN_WIRE_HEADLINE_WORDS` words or more, ending no sentence) when
    a header line stands right under it (the byline, the date: ``PTI | Updated: Jan 17,
    2025``); the lines over it are ``wire.page-top``. Otherwise ``head`` is returned
    whole.
    """
    if len(head) < 3 or not (  # noqa: PLR2004 - a top, a headline, a header line
        _is_site_title(head[0].text)
        or (
            len(head[0].text.split()) <= MAX_WIRE_MASTHEAD_WORDS
            and _reads_as_site_name(head[0].text)
        )
        or furniture_rule(head[0].text) in _PAGE_TOP_RULES
    ):
        return head
    k = 1
    while k < len(head) - 1 and (
        _is_menu_row(head[k].text)
        or _is_menu_line(head, k)
        or furniture_rule(head[k].text) in _PAGE_TOP_RULES
    ):
        k += 1
    line = head[k]
    if (
        k + 1 >= len(head)
        or len(line.text.split()) < MIN_WIRE_HEADLINE_WORDS
        or line.text.endswith((".", "!", "?"))
    ):
        return head
    scratch = Builder(text=b.text, options=b.options, rule_prefix=b.rule_prefix)
    if _take_header_line(scratch, head, k):
        return head  # a byline or a date line: no headline
    scratch = Builder(text=b.text, options=b.options, rule_prefix=b.rule_prefix)
    if not _take_header_line(scratch, head, k + 1) or (
        scratch.byline is None and scratch.date is None
    ):
        return head
    for top in head[:k]:
        b.add_furniture(top.start, top.end, b.rule("page-top"))
    return head[k:]


def _take_provider(b: Builder, lines: list[Line], i: int) -> int:
    """Take ``News provided by`` and the issuer (on its line or the next) as furniture."""
    line = lines[i]
    m = _regex.fullmatch(_PROVIDED_BY_RE, b.text, line.start, line.end)
    if m is None:
        return 0
    b.add_furniture(line.start, line.end, b.rule("release-issuer"))
    if m["issuer"] is not None or i + 1 >= len(lines):
        return 1
    issuer = lines[i + 1]
    if len(issuer.text) > _ISSUER_WIDTH or next(
        find_dates(b.text, issuer.start, issuer.end, options=b.options), None
    ):
        return 1
    b.add_furniture(issuer.start, issuer.end, b.rule("release-issuer"))
    return 2


# Needles for the press-release datelines: every mark of PRESS_WIRE_MARKS holds one
# (tests/unit/test_wire.py checks it).
_PRESS_NEEDLES = ("wire", "/cnw/")


# Reuters as its datelines name it: its desks, and the name it wrote until the late 1990s.
_REUTERS_DESKS = (
    "Reuters", "Reuter", "Reuters Breakingviews", "Reuters Health", "Thomson Reuters Foundation",
    "Reuters Life!", "Reuters Legal", "Reuters.com",
)  # fmt: skip


class WireFormat(EvidenceFormat):
    """Agency copy with a ``PLACE (AGENCY) -`` dateline (see the module docstring).

    The evidence names the agency whose dateline fired, so detection tells them apart.

    Examples:
        >>> WireFormat().explain("Snow\\n\\nOSLO (AP) \\u2014 Snow fell.\\n")
        (0.55, ('ap-dateline',))
        >>> WireFormat().explain("Snow\\n\\nOslo, Aug 14 (PTI) Snow fell.\\n")
        (0.55, ('indian-agency-dateline',))
    """

    name = "wire"
    priority = 30
    EVIDENCE: ClassVar[tuple[Evidence, ...]] = (
        Evidence(
            "reuters-dateline",
            agency_dateline_re(*_REUTERS_DESKS),
            0.55,
            needles=tuple(f"({desk.lower()})" for desk in _REUTERS_DESKS),
            line=True,
        ),
        Evidence("ap-dateline", agency_dateline_re("AP"), 0.55, needles=("(ap)",), line=True),
        Evidence("afp-dateline", agency_dateline_re("AFP"), 0.55, needles=("(afp)",), line=True),
        Evidence(
            "indian-agency-dateline",
            agency_dateline_re("PTI", "IANS", "ANI", "UNI"),
            0.55,
            needles=("(pti)", "(ians)", "(ani)", "(uni)"),
            line=True,
        ),
        Evidence(
            "xinhua-dateline", agency_dateline_re("Xinhua"), 0.55, needles=("(xinhua)",), line=True
        ),
        Evidence(
            "bloomberg-dateline",
            agency_dateline_re("Bloomberg"),
            0.55,
            needles=("(bloomberg)",),
            line=True,
        ),
        Evidence(
            "dpa-dateline",
            agency_dateline_re("dpa", "DPA", "dpa-AFX"),
            0.55,
            needles=("(dpa)", "(dpa-afx)"),
            line=True,
        ),
        Evidence("upi-dateline", agency_dateline_re("UPI"), 0.55, needles=("(upi)",), line=True),
        Evidence(
            "other-agency-dateline",
            agency_dateline_re(*OTHER_AGENCIES),
            0.55,
            needles=tuple(f"({a.lower()})" for a in OTHER_AGENCIES),
            line=True,
        ),
        Evidence(
            "bare-agency-dateline",
            BARE_AGENCY_DATELINE_RE,
            0.55,
            needles=(" kyodo ", " aap "),
            line=True,
        ),
        Evidence(
            "tass-dateline",
            TASS_DATELINE_RE,
            0.55,
            needles=("tass/", "\u0442\u0430\u0441\u0441/"),  # Latin and Cyrillic
            line=True,
        ),
        Evidence(
            "chinese-agency-dateline",
            CHINESE_AGENCY_DATELINE_RE,
            0.55,
            needles=("\u65e5\u7535",),  # 日电
            line=True,
        ),
        Evidence(
            "press-release-dateline",
            PRESS_DATELINE_RE,
            0.55,
            # Each mark but /CNW/ holds "wire": two searches of the window, not six.
            needles=_PRESS_NEEDLES,
            line=True,
            branches=PRESS_DATELINE_BRANCHES,
        ),
        Evidence("reuters-credits", _CREDITS_TAIL_RE, 0.08, "tail", needles=_CREDITS_NEEDLES),
        Evidence("reuters-standards", _STANDARDS_RE, 0.08, "tail", needles=("our standards:",)),
        Evidence("ap-copyright", _AP_COPYRIGHT_RE, 0.08, "tail", needles=("associated press",)),
        Evidence("ap-contributed", _AP_CONTRIBUTED_RE, 0.08, "tail", needles=("associated press",)),
        Evidence("afp-initials", _AFP_INITIALS_RE, 0.08, "tail", needles=("/",)),
        Evidence("bloomberg-contact", _BLOOMBERG_CONTACT_RE, 0.08, "tail", needles=("to contact",)),
    )

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        """Parse agency copy (see the module docstring)."""
        b = Builder(text=text, options=options, rule_prefix="wire")
        lines = split_lines(text)
        if _is_release(lines):
            lines = lines[: take_release_trailers(b, lines)]
        # The credits of the lines under the story come after those glued to its end.
        held: list[Credit] = []
        lines = lines[: take_wire_trailers(b, lines, held=held)]
        at, found = _find_dateline(text, lines)
        head = lines[:at] if found is not None else []
        head = _past_page_top(b, head)
        body: list[Line] = []
        extra = self._read_head(b, head)
        body.extend(extra)
        if found is not None:
            if found.byline is not None:
                _file_dateline_byline(b, found.byline, found.end, found.body_start)
            first = rest_of_line(lines[at], found.body_start)
            if first is not None:
                body.append(first)
            rest = lines[at + 1 :]
        else:
            rest = self._read_head_without_dateline(b, lines)
        body.extend(b.take_furniture_lines(rest))
        _add_paragraphs(b, body)
        split_glued_trailers(b, desk_codes=found is not None and found.agency in INDIAN_AGENCIES)
        b.credits.extend(held)
        self._date(b, found)
        return b.build()

    def _read_head(self, b: Builder, head: list[Line]) -> list[Line]:
        """Headline, byline, date and furniture lines above the dateline; return the rest."""
        extra: list[Line] = []
        i = 0
        while i < len(head):
            took = _take_header_line(b, head, i)
            if took:
                i += took
                continue
            line = head[i]
            if b.headline is None and not extra:
                b.headline = line_field(line, b.rule("headline"))
            elif b.summary is None and not extra:
                took = _take_bullets(b, head, i)
                if took:
                    i += took
                    continue
                b.summary = line_field(line, b.rule("standfirst"))
            else:
                extra.append(line)
            i += 1
        return extra

    def _read_head_without_dateline(self, b: Builder, lines: list[Line]) -> list[Line]:
        """No dateline: the first line is the headline, then header lines as found."""
        i = 0
        while i < len(lines) and i < MAX_HEAD_LINES:
            took = _take_header_line(b, lines, i)
            if took:
                i += took
                continue
            line = lines[i]
            if b.headline is None and len(line.text) <= 300:  # noqa: PLR2004
                b.headline = line_field(line, b.rule("headline"))
                i += 1
                continue
            break
        return lines[i:]

    def _date(self, b: Builder, found: Dateline | None) -> None:
        """The article's date: a date line, else the dateline's month and day with a year.

        The year is the dateline's own if it writes one, else a copyright line's, else
        the caller's ``reference``.
        """
        if found is not None:
            used = False
            if b.date is None:
                used = (
                    date_from_partial(b, found, found.year, b.rule("dateline-date"))
                    or date_from_partial(
                        b, found, _copyright_year(b), b.rule("dateline-date+copyright-year")
                    )
                    or date_from_partial(
                        b, found, b.options.reference, b.rule("dateline-date+reference")
                    )
                )
            file_dateline(b, found, date_used=used)
            if not used:
                note_partial(b, found)
        if b.date is None:
            b.notes.append(Note(code="date.missing", message="no date with a year found"))


def _file_dateline_byline(b: Builder, found: BylineMatch, start: int, end: int) -> None:
    """The reporters a Chinese dateline names in brackets, ``text[start:end]``: the byline.

    The brackets around them are furniture; a byline set above the dateline stays.
    """
    if b.byline is not None:
        b.add_furniture(start, end, b.rule("dateline-rest"))
        return
    b.file_byline(found)
    b.add_furniture(start, found.span.start, b.rule("byline-rest"))
    b.add_furniture(found.span.end, end, b.rule("byline-rest"))


def _add_paragraphs(b: Builder, body: list[Line]) -> None:
    """Paragraphs by the copy's own marks: blank-line blocks, indented lines, or lines.

    Without blank lines or indentation, copy whose short lines mostly stop mid-sentence
    is hard-wrapped (one paragraph); otherwise every line is a paragraph.
    """
    later = body[1:]
    blanks = sum(1 for ln in later if ln.blank_before)
    if blanks:
        b.add_paragraphs(body, wrapped=True)
    elif any(ln.indent >= 2 for ln in later) and any(ln.indent == 0 for ln in later):  # noqa: PLR2004
        b.add_indented_paragraphs(body)
    else:
        b.add_paragraphs(body, wrapped=_runs_on(b.text, body))


def _runs_on(text: str, lines: list[Line]) -> bool:
    """Whether the lines (all short) of ``text`` are hard-wrapped copy.

    They are when most stop mid-sentence, or when they are filled as a wrap fills
    them (:func:`~newsparse._text.filled_to_width`).
    """
    if len(lines) < 2 or max(len(ln.text) for ln in lines) > _WRAP_WIDTH:  # noqa: PLR2004
        return False
    open_ends = sum(1 for ln in lines[:-1] if ln.text[-1] not in _SENTENCE_ENDS)
    return open_ends * 2 >= len(lines) - 1 or filled_to_width(text, lines)


def _is_release(lines: list[Line]) -> bool:
    """Whether a line of the head holds a press-release wire's dateline mark."""
    return any(
        mark in line.text for line in lines[: MAX_HEAD_LINES + 1] for mark in PRESS_WIRE_MARKS
    )


def _find_dateline(text: str, lines: list[Line]) -> tuple[int, Dateline | None]:
    """The first line (within the head) that opens with an agency dateline.

    An agency named first may have the place and date after it, as ANSA writes them:
    ``(ANSA) - ROME, JUL 18 -``; they are read as one dateline when the place is in
    capitals (``(Reuters) - Jerome Powell, March 5 - the day of the vote -`` is prose).
    """
    start, end = 0, MAX_HEAD_LINES + 1
    while start < min(end, len(lines)):
        for i in range(start, min(end, len(lines))):
            line = lines[i]
            found = read_agency_dateline(text, line)
            if found is None:
                continue
            if found.place is None and (rest := rest_of_line(line, found.body_start)) is not None:
                then = read_dateline(text, rest, REUTERS_1987_DATELINE_RE)
                if then is not None and then.place is not None and then.place.of(text).isupper():
                    found = attrs.evolve(then, start=found.start, agency=found.agency)
            return i, found
        # Page furniture (a share row's ``Facebook``, ``Email``, ``Link``) takes none of
        # the head's lines: as many more are searched, up to MOST_HEAD_LINES in all.
        more = sum(furniture_rule(ln.text) is not None for ln in lines[start:end])
        start, end = end, min(end + more, MOST_HEAD_LINES)
    return 0, None


def _copyright_year(b: Builder) -> int | None:
    """The year a copyright line gives, as the year of a dateline's date."""
    for f in b.attribution:
        m = _regex.search(_COPYRIGHT_YEAR_RE, b.text, f.span.start, f.span.end)
        if m is not None:
            return int(m["year"])
    return None
