"""The fallback layout: a headline line, a few header lines, paragraphs, trailers.

The headline is the first substantive line (a section label over it, a kicker such as
``BUSINESS``, is furniture, its text in ``metadata["kicker"]``); bylines (``By X``, ``X | Reuters``,
``Written by X``, and names alone beside the date line: ``Sarah Quill`` / ``3 March
2024``), date lines and reading times near the top are read as such, with
a standfirst between the headline and them (the summary; a photo's caption there that
a label or a credit marks is furniture) and a reporter's role under the byline (``Staff
Writer``, furniture);
``Edited by`` lines, agency trailers, contribution and copyright lines at the end
become attribution. Paragraphs are lines, or blank-line blocks in hard-wrapped text.

Examples:
    >>> import newsparse
    >>> text = (
    ...     "Council approves new bridge\\n\\n"
    ...     "By Jane Doe and Sam Roe\\n"
    ...     "Published: 14 August 2023\\n\\n"
    ...     "The council voted 7-2 on Monday.\\n\\n"
    ...     "Work starts in spring.\\n\\n"
    ...     "Copyright 2023 Reuters.\\n"
    ... )
    >>> a = newsparse.parse(text)
    >>> a.format, a.headline, a.byline.authors
    ('generic', 'Council approves new bridge', ('Jane Doe', 'Sam Roe'))
    >>> a.date.date().isoformat(), a.date_precision, a.attribution.sources
    ('2023-08-14', 'day', ('Reuters',))
    >>> a.paragraphs
    ('The council voted 7-2 on Monday.', 'Work starts in spring.')
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, ClassVar, NamedTuple

import attrs
import regex

from newsparse import _regex
from newsparse._text import Line, caseless, holds_any, line_field, split_lines
from newsparse.extract.attribution import read_attribution
from newsparse.extract.bylines import (
    _ANONYMOUS,
    _PARTICLES,
    BylineMatch,
    _names_place,
    is_role_line,
    is_role_title,
    outlet_words,
    read_byline,
    read_names_with_role,
    reads_as_names,
    reads_as_vietnamese_name,
    writes_vietnamese,
)
from newsparse.extract.classify import (
    _CREDIT_LABEL,
    _PHOTO_AGENCIES,
    _SPEECH_RE,
    MAX_CREDIT_WORDS,
    _lone_agency_after_stop,
    caption_rule,
    is_credit_alone,
)
from newsparse.extract.dates import find_dates, may_hold_date
from newsparse.extract.furniture import furniture_rule, reading_minutes
from newsparse.formats._base import (
    _BESIDE_DATE_CHARS,
    _DATE_LABEL_RE,
    Builder,
    Evidence,
    EvidenceFormat,
    Scan,
    looks_wrapped,
)
from newsparse.formats._page.credits import _NOTE_VERBS, _WRITER_POST_RE, take_signing_note
from newsparse.formats._page.title import (
    LEAD_LINES,
    _names_paper,
    _shares_topic_word,
    _topic_words,
)
from newsparse.formats._wire import (
    _RELATIVE_TIME_RE,
    _take_editor,
    read_place_lead,
    take_head_stamp,
    take_two_line_byline,
)
from newsparse.model import Byline, Field, Span
from newsparse.vocab import (
    PAGE_OTHER_STORIES,
    PRESS_LABELS,
    STAMP_LABELS,
    STAMP_LEADS,
    STANDFIRST_LABELS,
    UNCASED_PLACES,
    canonical_agency,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from newsparse.extract.dates import DateMatch
    from newsparse.model import ParsedFields, ParseOptions

__all__ = ["GenericFormat"]


def __dir__() -> list[str]:
    return __all__


#: The longest line taken as a headline.
MAX_HEADLINE_CHARS = 300


#: The longest line read as names and a role with no ``By`` (``Jane Doe, Staff Writer``).
MAX_ROLE_BYLINE_CHARS = 100
#: The most words in a section label (a kicker) set over the headline.
MAX_KICKER_WORDS = 3
#: The fewest words in a headline that a kicker stands over.
MIN_HEADLINE_WORDS = 4
#: The longest standfirst read between the headline and the byline or the date.
MAX_STANDFIRST_CHARS = 400
#: The longest line read as a date line under a standfirst.
MAX_DATE_LINE_CHARS = 80
#: The longest line read as names alone, with no ``By``, over the date line.
MAX_NAME_LINE_CHARS = 60
# Words of the photo agencies' names (those ``classify._PHOTO_AGENCIES`` reads), any
# of which makes a line of names a photo's credit: a set, where a pattern of them would
# be tried at every capital of a line.
_PHOTO_AGENCY_WORDS = frozenset({
    "AFP", "AP", "Reuters", "EPA", "EPA-EFE", "Getty", "Xinhua", "Anadolu", "Bloomberg",
    "Shutterstock", "Alamy",
})  # fmt: skip


# A name of two to four words in a script with no capitals and with spaces between
# words (Devanagari, Arabic, Hebrew, Thai ...; not Chinese, Japanese or Korean, whose
# lines of a few characters are as often a section's or a source's name): ``रीना
# शर्मा``, ``محمد العمري``. Letters and their marks only, no digit or stop.
_UNCASED_NAMES_RE = regex.compile(
    r"(?:[^\P{Lo}\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}][\p{Lo}\p{M}]{0,14}+\x20){1,3}+"
    r"[^\P{Lo}\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}][\p{Lo}\p{M}]{0,14}+"
)


def _bare_names(b: Builder, line: Line) -> BylineMatch | None:
    """``line`` read as a writer's names alone, with no ``By`` (``Sarah Quill``), if it is.

    In a script with no capitals nothing in the words says they are a name: two to four
    words of such a script (``रीना शर्मा``) are read as one, and the callers read them
    only beside a date line, where a page sets its writer's name (or its desk's,
    ``न्यूज डेस्क``, as an English page writes ``By HT News Desk``), but for a city
    a dateline names there (:data:`~newsparse.vocab.UNCASED_PLACES`).

    Examples:
        >>> from newsparse.model import ParseOptions
        >>> text = "रीना शर्मा\\nSarah Quill\\nनलगढ़\\nनई दिल्ली"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> [_bare_names(b, ln) is not None for ln in split_lines(text)]
        [True, True, False, False]
        >>> _bare_names(b, split_lines(text)[0]).byline.authors
        ('रीना शर्मा',)
    """
    if len(line.text) > MAX_NAME_LINE_CHARS:
        return None
    if (
        _regex.fullmatch(_UNCASED_NAMES_RE, b.text, line.start, line.end) is not None
        # A dateline's place over the date (``नई दिल्ली``, New Delhi) is no writer.
        and line.text not in UNCASED_PLACES
    ):
        return BylineMatch(
            byline=Byline(authors=(line.text,), text=line.text),
            span=line.span,
            author_spans=(line.span,),
        )
    found = read_byline(b.text, line.start, line.end, require_prefix=False)
    if found is None or not reads_as_names(found):
        return None
    # ``Getty Images`` over the date is a photo's credit, no writer.
    return None if _PHOTO_AGENCY_WORDS.intersection(line.text.split()) else found


def _names_by_the_date(b: Builder, lines: list[Line], i: int) -> int:
    """Read a line of names alone beside the date line as the byline; return the lines read.

    A page copied without its chrome, or a reader's view of it, sets the writer's
    names on a line of their own right over the date line (``Sarah Quill`` / ``3 March
    2024``), perhaps with the writer's role, outlet (``The Valley Herald``: the
    byline's organisation), e-mail address, the place they report from (``Valderón``) or page
    furniture between (``Health Reporter``, ``4 min read``). A line under the date
    line is not read so: a subheading (``Key Points``) or the first words of the story
    may stand there (names over their role or outlet are: :func:`_names_over_their_desk`).
    Names that no date line stands beside are read as nothing (a line of two
    capitalised words may be a subheading or a place). The role and the place are
    furniture.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Pool reopens\\nSarah Quill\\nHealth Reporter\\n3 March 2024\\nThe pool opened."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> _names_by_the_date(b, split_lines(text), 1), b.byline.value.authors
        (2, ('Sarah Quill',))
    """
    line = lines[i]
    found = _bare_names(b, line)
    if found is None:
        return 0
    k = i + 1
    # The writer's role or outlet on a line of its own (``The Valley Herald``).
    under = _under_byline(lines[k]) if k < len(lines) else None
    if under is not None:
        outlet = under[1]
        if outlet is not None:
            found = attrs.evolve(found, byline=attrs.evolve(found.byline, organization=outlet))
        k += 1
    # The writer's e-mail address (``squill@herald.example``).
    contact = k if k < len(lines) and _regex.fullmatch(_ADDRESS_LINE_RE, lines[k].text) else None
    if contact is not None:
        k += 1
    # The place the writer reports from (``Sarah Quill`` / ``Valderón`` / date).
    place = k if k < len(lines) and _is_place_line(b, lines[k]) else None
    if place is not None:
        k += 1
    # Page furniture between them (a reading time, ``4 min read``) is read after them.
    at = k
    while at < min(len(lines), k + 2) and b.furniture_of(lines[at].text) is not None:
        at += 1
    # The date line, or a time the page gives relative to its reading (``2 hours ago``),
    # which the header's next step files as furniture.
    # A date's label alone may stand over the date line (``Published`` / date).
    if at + 1 < len(lines) and b.is_label_alone(lines[at]):
        at += 1
    over = (
        b.date is None
        and at < len(lines)
        and (_is_date_line(b, lines[at]) or _is_relative_time(b, lines[at]))
    )
    if not over or not b.take_byline(line, require_prefix=False, found=found):
        return 0
    if under is not None:
        b.add_furniture(lines[i + 1].start, lines[i + 1].end, b.rule(under[0]))
    if contact is not None:
        b.add_furniture(lines[contact].start, lines[contact].end, b.rule("byline-contact"))
    if place is not None:
        b.add_furniture(lines[place].start, lines[place].end, b.rule("byline-place"))
    return k - i


# An e-mail address alone on its line, perhaps labelled (``Email: squill@herald.example``).
_ADDRESS_LINE_RE = regex.compile(
    r"(?:E-?mail:?\x20)?[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,8}+", regex.IGNORECASE
)
# A line of a contact block that is an address or a number alone, perhaps after its
# label: ``press@acme.example``, ``Tel: +1 555 0100``, ``(555) 555-0134``.
_CONTACT_LINE_RE = regex.compile(
    r"\G(?:(?:E-?mail|Tel|Phone|Mobile|Cell|T|M|E)\.?:?\x20?)?"
    r"(?:[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,8}+|\+?\(?\d[\d\x20().-]{6,20}\d)",
    regex.IGNORECASE,
)
#: How many lines under a contact label over a press release may hold its contacts
#: (a name, a post, a company, an address, a number).
MAX_CONTACT_LINES = 6
#: The most words of a line among them (``Head of Communications, BrightCell Inc.``).
MAX_CONTACT_WORDS = 8
#: The most words of a line among them that ends with a stop (``Acme Holdings Inc.``).
MAX_CONTACT_NAME_WORDS = 4


def _contact_block_end(lines: list[Line]) -> int:
    """Where a press release's contact block over its headline ends, or 0 (none).

    The block opens the text with a press label alone (``Media contact:``, ``Press
    contacts``: :data:`~newsparse.vocab.PRESS_LABELS`) and runs to its last line that
    is an address or a number alone (:data:`_CONTACT_LINE_RE`), within
    :data:`MAX_CONTACT_LINES` lines under it; the lines between are short (a name, a
    post) and end no sentence. The headline stands under it. A date in figures
    (``05.05.2025``, ``2025-05-05``) is no number of the block's: the release's date,
    under its headline, and the block (if any) closed above it.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "Media contact:\\nJo Roe\\npress@acme.example\\nAcme opens plant\\nMay 3\\n"
        >>> _contact_block_end(split_lines(text))
        3
        >>> _contact_block_end(split_lines("Press release\\nAcme opens plant\\nMay 3, 2025\\n"))
        0
        >>> _contact_block_end(split_lines("Press release\\nAcme opens plant\\n2025-05-03\\n"))
        0
    """
    if not lines or caseless(lines[0].text.rstrip(" :\uff1a")) not in PRESS_LABELS:
        return 0
    end = 0
    for k in range(1, min(len(lines), MAX_CONTACT_LINES + 1)):
        text = lines[k].text
        if next(find_dates(text), None) is not None:
            break  # the release's date (``05.05.2025``) under its headline
        if _regex.fullmatch(_CONTACT_LINE_RE, text) is not None:
            end = k + 1
        elif (words := len(text.split())) > MAX_CONTACT_WORDS or (
            text.endswith(("!", "?", ".")) and words > MAX_CONTACT_NAME_WORDS
        ):
            break  # a sentence (``Acme Inc.`` closes a company's name)
    return end


# The line under a correspondent's name that says where they report from.
_REPORTING_FROM_RE = regex.compile(r"Reporting\x20from\x20\p{Lu}[^\n\r.!?]{0,40}+")


def _names_over_their_desk(b: Builder, lines: list[Line], i: int) -> int:
    """Read names over the writer's role or outlet as the byline; return the lines read.

    The pair needs no date line beside it: British broadcasters' pages set it under the
    date or a relative time (``3 June 2024`` / ``Alys Pennant`` / ``BBC News, Powys``),
    and the role or outlet under the names tells them from a subheading or the story's
    first words. A line saying where the writer reports from stands for the role
    (``Reporting from Mbereni``). The role, outlet or place is furniture; the outlet is
    the byline's organisation.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Bridge shut\\n3 June 2024\\nAlys Pennant\\nBBC News, Powys\\nThe bridge shut."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> _names_over_their_desk(b, split_lines(text), 2), b.byline.value
        (2, Byline(authors=('Alys Pennant',), organization='BBC News', text='Alys Pennant'))
    """
    if i + 1 >= len(lines):
        return 0
    desk = lines[i + 1]
    under = _under_byline(desk)
    if under is not None and under[1] is not None and under[1].split()[-1] not in _OUTLET_ENDS:
        # With no date beside it, a phrase opening with ``The`` is no outlet for sure: a
        # review's or a series' title stands so (``Peter Pan`` / ``The Musical``).
        under = None
    if under is None and _regex.fullmatch(_REPORTING_FROM_RE, desk.text) is None:
        return 0
    found = _bare_names(b, lines[i])
    if found is None:
        return 0
    rule, outlet = under or ("byline-place", None)
    if outlet is not None:
        found = attrs.evolve(found, byline=attrs.evolve(found.byline, organization=outlet))
    if not b.take_byline(lines[i], require_prefix=False, found=found):
        return 0
    b.add_furniture(desk.start, desk.end, b.rule(rule))
    return 2


# A site's address alone on a line (``valleyherald.example``, ``www.coastpost.example``).
_SITE_ADDRESS_RE = regex.compile(
    r"(?:[a-z0-9][a-z0-9-]{0,62}+\.){1,4}+[a-z]{2,24}+",
    regex.IGNORECASE,
)
# A reader view's reading time: ``5-7 minutes``, ``4 minutes``.
_READER_MINUTES_RE = regex.compile(r"\d{1,3}+(?:[-\u2013]\d{1,3}+)?\x20minutes?")
#: The lines at the top of a text where a site's address is read as a reader view's.
MAX_SITE_LINE = 2


def _is_site_address(text: str) -> bool:
    """Whether ``text`` is a site's address alone (:data:`_SITE_ADDRESS_RE`).

    The pattern is tried only on a line with a dot and no space: it needs the one and
    matches none of the other, and a headline or a byline holds a space (the pattern,
    letters in any case, costs several times that look).

    Examples:
        >>> [_is_site_address(t) for t in ("valleyherald.example", "Pool to reopen", "v.a")]
        [True, False, False]
    """
    return "." in text and " " not in text and _regex.fullmatch(_SITE_ADDRESS_RE, text) is not None


#: The longest line read as the place a writer reports from, under the names.
MAX_PLACE_CHARS = 40


def _is_place_line(b: Builder, line: Line) -> bool:
    """Whether ``line``, under a writer's names, names the place they report from.

    It is short, holds no digit or sentence mark, and names a place: one capitalised
    word (``Valderón``), a town and its region after a comma (``Beaune, Burgundy``), or
    a name the place tables know (``New York``, ``Mount Vernon``). Two capitalised words
    otherwise may be a second writer's name, and are not read so.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Valderón\\nBeaune, Burgundy\\nNew York\\nSam Roe\\nPublished\\nStaff."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> [_is_place_line(b, ln) for ln in split_lines(text)]
        [True, True, True, False, False, False]
    """
    text = line.text
    if len(text) > MAX_PLACE_CHARS or any(c.isdigit() or c in '.!?:;"|' for c in text):
        return False
    if b.is_label_alone(line):
        return False  # ``Published``
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):  # noqa: PLR2004
        return False
    return len(words) == 1 or "," in text or _names_place(words)


def _under_byline(line: Line) -> tuple[str, str | None] | None:
    """What ``line``, under a byline, says of the writer: a role, an outlet, or neither.

    ``("byline-role", None)`` for the writer's role (``Staff Writer``), ``("byline-outlet",
    name)`` for the outlet the writer works for (:func:`_outlet_of`), else ``None``.

    Examples:
        >>> from newsparse._text import split_lines
        >>> [_under_byline(ln) for ln in split_lines("Staff Writer\\nABC News\\nSam Roe\\n")]
        [('byline-role', None), ('byline-outlet', 'ABC News'), None]
    """
    if len(line.text) <= MAX_ROLE_BYLINE_CHARS and is_role_title(line.text):
        return "byline-role", None
    outlet = _outlet_of(line)
    return None if outlet is None else ("byline-outlet", outlet)


#: The longest line read as an outlet's name under a writer's.
MAX_OUTLET_CHARS = 60


def _outlet_of(line: Line) -> str | None:
    """The outlet ``line`` names alone, each word capitalised, or ``None``.

    It opens with ``The`` (``The Valley Herald``) or ends with a word outlets' names
    end with (``Tribune News Service``, ``ABC News``); a place after a comma is no part
    of the name (``BBC News, Cumbria``).

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "The Valley Herald\\nBBC News, Cumbria\\nThe council met.\\nSam Roe\\n"
        >>> [_outlet_of(ln) for ln in split_lines(text)]
        ['The Valley Herald', 'BBC News', None, None]
    """
    words = outlet_words(line.text) if len(line.text) <= MAX_OUTLET_CHARS else None
    if words is None or (words[0] != "The" and words[-1] not in _OUTLET_ENDS):
        return None
    return line.text.partition(", ")[0]


def _paper_of(line: Line) -> str | None:
    """The newspaper ``line`` names alone between the headline and the header, or ``None``.

    An outlet's name (:func:`_outlet_of`) that ends with an outlet's word (``Kerala
    Tribune``, ``The Sunday Star``), or ``The`` and one capitalised word (``The
    Islander``, ``The Hindu``) that is no column's label (``The Briefing``:
    :data:`_COLUMN_LABELS`): ``The`` and more words opens a series' or a column's name
    as often (``The Big Read``, ``The Long View``), no paper's.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "Kerala Tribune\\nThe Big Read\\nThe Islander\\nThe Briefing\\n"
        >>> [_paper_of(ln) for ln in split_lines(text)]
        ['Kerala Tribune', None, 'The Islander', None]
    """
    outlet = _outlet_of(line)
    if outlet is None:
        return None
    words = outlet.split()
    if words[-1] in _OUTLET_ENDS:
        return outlet
    if (
        len(words) == 2  # noqa: PLR2004 - The and the paper's one word
        and words[0] == "The"
        and words[1][:1].isupper()
        and caseless(words[1]) not in _COLUMN_LABELS
    ):
        return outlet
    return None


# A column's or a series' label of one word after ``The``, lower case: ``The Briefing``,
# ``The Explainer``, ``The Interview`` name no paper.
_COLUMN_LABELS = frozenset({
    "briefing", "explainer", "interview", "analysis", "rundown", "lowdown", "digest",
    "verdict", "recap", "debrief", "download", "roundup", "catch-up", "timeline",
    "latest", "big", "week", "weekend", "view", "take", "opinion", "editorial",
})  # fmt: skip


# The words outlets' names end with: ``ABC News``, ``Tribune News Service``.
_OUTLET_ENDS = frozenset({
    "News", "Service", "Press", "Agency", "Media", "Times", "Post", "Herald", "Tribune",
    "Journal", "Gazette", "Telegraph", "Chronicle", "Record", "Network", "Radio", "TV",
    "Television", "Mail", "Express", "Star", "Sun", "Courier", "Observer", "Standard",
})  # fmt: skip


#: The longest line read as a section's or a desk's label over the date or the ``By`` line.
MAX_LABEL_CHARS = 40
#: The most words in such a label.
MAX_LABEL_WORDS = 3
#: The most words in a label in any case over the headline (``Opinion``, ``Coast
#: Herald``): a headline of three words may stand over an unpunctuated standfirst.
MAX_LABEL_OVER_HEADLINE_WORDS = 2


def _label_over_header(b: Builder, lines: list[Line], i: int) -> int:
    """File a section's or a desk's label right over the date or the byline as furniture.

    Under the headline, a line of up to three words that opens with a capital, holds
    no colon, ends no sentence and stands right over the date line names the story's
    section or the desk that wrote it (``Features``, ``Staff report``, ``Redacción``),
    no writer (names are read first, by :func:`_names_by_the_date`); so does one right
    over a ``By`` line (``City Hall`` / ``By Jane Doe``), where no story's line stands.
    One that a preposition opens right under the headline is the headline's second
    line, and the headline goes on over it (:func:`_wraps_headline`).
    A line in a script with no capitals that reads as no name there (one word,
    ``ब्यूरो``, bureau) is such a label too.
    Returns 1 if it was one, else 0.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = (
        ...     "Pool reopens\\nFeatures\\n9 March 2023\\nThe pool opened.\\nFeatures\\n"
        ...     "City Hall\\nBy Jane Doe"
        ... )
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> lines = split_lines(text)
        >>> [_label_over_header(b, lines, i) for i in (1, 4, 5)]
        [1, 0, 1]
    """
    if not _is_label_over_header(b, lines, i):
        return 0
    line = lines[i]
    if b.headline is not None and _wraps_headline(b, line):
        # The headline's second line: the headline goes on over it.
        head = b.headline
        span = Span(head.span.start, line.end)
        value = f"{head.value} {line.text}"
        b.headline = Field(value=value, raw=span.of(b.text), span=span, rule=head.rule)
        return 1
    b.add_furniture(line.start, line.end, b.rule("label"))
    return 1


def _is_label_over_header(b: Builder, lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` is a label :func:`_label_over_header` files (it files nothing).

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "ब्यूरो\\nUpdated: 20 Apr 2023, 07:56 PM IST\\nवर्षा हुई।\\n9 March 2023"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> lines = split_lines(text)
        >>> _is_label_over_header(b, lines, 0), _is_label_over_header(b, lines, 2)
        (True, False)
    """
    text = lines[i].text
    first = text[0]
    return not (
        b.date is not None
        or len(text) > MAX_LABEL_CHARS
        or len(text.split()) > MAX_LABEL_WORDS
        # A headline's second line opens in lower case; ``Photo: ...`` is a credit. A
        # letter of a script with no capitals is neither.
        or not (first.isupper() or (first.isalpha() and not first.islower()))
        or ":" in text
        or text[-1] in ".!?,;" + _OTHER_SENTENCE_ENDS
        or i + 1 >= len(lines)
        or not (
            _is_date_line(b, lines[i + 1])
            # Over a ``By`` line, a paper's name is its publication, read after
            # (``Kerala Tribune`` / ``By Anil Varghese``), and a line in sentence case
            # a short headline (``Lemon drizzle cake``), no section's label (``City
            # Hall``, ``Health and Science``).
            or (
                _is_by_line(b, lines[i + 1])
                and _paper_of(lines[i]) is None
                and not any(w[:1].islower() and w not in _LABEL_JOINS for w in text.split())
            )
        )
    )


# The words that open a headline's second line when a headline in title case is
# wrapped (``Council Approves New Park Plan`` / ``For Riverside District``): a
# section's label opens with none of them.
_HEADLINE_TAIL_OPENERS = frozenset({
    "For", "At", "To", "After", "In", "On", "Over", "With", "From", "As", "Amid", "Into",
    "Before", "Despite", "Near", "Of", "Against", "Under", "Without",
})  # fmt: skip
# The last words of a page's section label that a preposition opens, lower case: ``In
# Pictures``, ``On The Ground``, ``In Depth``, ``At A Glance``, ``From Our
# Correspondent``. Such a short line under a headline in title case is the label, no
# wrapped headline (``For Riverside District``).
_PREPOSITION_LABEL_ENDS = frozenset({
    "pictures", "photos", "images", "video", "videos", "depth", "brief", "focus",
    "numbers", "ground", "glance", "correspondent", "correspondents", "archive",
    "archives", "context", "detail", "short", "camera", "record", "opinion", "view",
})  # fmt: skip
# The longest section label of that kind, in words (``From Our Own Correspondent``).
MAX_PREPOSITION_LABEL_WORDS = 4


def _is_preposition_label(text: str) -> bool:
    """Whether ``text``, opening with a preposition, is a section's label (``In Pictures``).

    Examples:
        >>> [_is_preposition_label(t) for t in (
        ...     "In Pictures", "From Our Correspondent", "For Riverside District")]
        [True, True, False]
    """
    words = [caseless(w) for w in text.split()]
    return len(words) <= MAX_PREPOSITION_LABEL_WORDS and (
        words[-1] in _PREPOSITION_LABEL_ENDS or "our" in words
    )


def _wraps_headline(b: Builder, line: Line) -> bool:
    """Whether ``line``, right under the headline, carries on the headline that ends no sentence.

    A headline in title case wrapped over two lines (``Council Approves New Park Plan``
    / ``For Riverside District``) puts its second line where a section's label stands,
    capitalised as one; a preposition opening it (:data:`_HEADLINE_TAIL_OPENERS`) tells
    it from a label (``City Hall``), unless the line is a label that opens so (``In
    Pictures``, ``On The Ground``: :func:`_is_preposition_label`). Only under a headline
    in title case: under one in sentence case a capitalised line is a label (``In
    Depth``).
    """
    head = b.headline
    return (
        head is not None
        and line.text.split()[0] in _HEADLINE_TAIL_OPENERS
        and not _is_preposition_label(line.text)
        and _in_title_case(head.value)
        and not head.value.endswith((".", "!", "?", ":"))
        and not b.text[head.span.end : line.start].strip()
    )


#: The longest word a headline in title case may leave in lower case (``of``, ``for``).
MAX_TITLE_CASE_SMALL_WORD = 3


def _in_title_case(text: str) -> bool:
    """Whether ``text`` capitalises every word but short ones (``Council Approves New Plan``).

    Examples:
        >>> _in_title_case("Ferry Fares to Rise"), _in_title_case("Pool reopens after repairs")
        (True, False)
    """
    return all(
        w[:1].isupper() or not w[:1].isalpha() or len(w) <= MAX_TITLE_CASE_SMALL_WORD
        for w in text.split()
    )


# Words in lower case a section's label may hold (``Health and Science``).
_LABEL_JOINS = frozenset(
    {"and", "of", "the", "for", "in", "de", "du", "del", "y", "e", "et", "und"}
)


def _is_by_line(b: Builder, line: Line) -> bool:
    """Whether ``line`` is a byline that ``By`` (or its label) opens, naming someone."""
    found = read_byline(b.text, line.start, line.end, foreign=b.writes_by_label)
    return found is not None and bool(found.byline.authors)


def _is_relative_time(b: Builder, line: Line) -> bool:
    """Whether ``line`` is a time relative to the page's reading: ``2 hours ago``."""
    return _regex.fullmatch(_RELATIVE_TIME_RE, b.text, line.start, line.end) is not None


def _is_date_line(b: Builder, line: Line) -> bool:
    """Whether ``line`` is a date alone, perhaps with its label (``Updated: 14 Aug 2023``).

    The page's stamps beside the date do not make it another line
    (:func:`_stamped_date`: ``4 March 2024 · 3 min read``, ``Sevilla, 1 de octubre de
    2024``).
    """
    return (
        len(line.text) <= MAX_DATE_LINE_CHARS
        and may_hold_date(line.text)
        and (b.is_date_alone(line) or _stamped_date(b, line) is not None)
    )


# What parts a place from the date after it on a date line: a comma or a dash.
_PLACE_ENDS = (",", " -", " \u2013", " \u2014")


def _stamped_date(b: Builder, line: Line) -> DateMatch | None:
    """The date of a date line that the page's stamps stand beside, if ``line`` is one.

    Sites set more than the date on its line: a reading time after it (``4 March 2024
    · 3 min read``, La Repubblica's ``04 Marzo 2024 alle 06:50 2 minuti di lettura``),
    a time relative to the page's reading before or after it (``2 days ago · March 3,
    2024``, ``20/02/2024 18h40 Atualizado há 2 horas``), or the place the writer files
    from before it, a comma or a dash between (Spanish papers' ``Sevilla, 1 de octubre
    de 2024``, El País's ``Zaragoza - 14 nov 2023 - 06:50 CET``; one capitalised word,
    a town and its region, or a name the place tables know: :func:`_is_place_line`).
    Words of any other kind beside the date (``Key dates: 14 August 2023``) make no
    date line. The stamps are furniture, filed by :func:`_take_stamped_date`.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = (
        ...     "4 March 2024 · 3 min read\\nSevilla, 1 de octubre de 2024\\n"
        ...     "2 days ago · March 3, 2024\\nKey dates: 14 August 2023\\n"
        ...     "Sarah Quill, 3 March 2024"
        ... )
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> [_stamped_date(b, ln) is not None for ln in split_lines(text)]
        [True, True, True, False, False]
    """
    if len(line.text) > MAX_DATE_LINE_CHARS:
        return None
    text = b.text
    found = next(find_dates(text, line.start, line.end, options=b.options), None)
    if found is None:
        return None
    label = _regex.match(_DATE_LABEL_RE, text, line.start, found.span.start)
    if label is None and _place_then_label(b, line, found.span.start):
        # ``Jaipur | Updated On : February 11, 2025 18:40 IST``.
        a, z = found.span.start, found.span.start
    else:
        a, z = _trim_beside(text, label.end() if label else line.start, found.span.start)
    if z > a and not (
        _is_stamp(b, a, z)
        or (
            text[a : found.span.start].rstrip().endswith(_PLACE_ENDS)
            and _is_place_line(b, Line(a, z, text[a:z], line.index, False, 0))
        )
    ):
        return None
    a, z = _trim_beside(text, found.span.end, line.end)
    if z > a and not _is_stamp(b, a, z):
        return None
    return found


# What parts the place from the date's label after it: ``Jaipur | Updated On : ...``.
_PLACE_LABEL_SEPARATORS = (" | ", ", ", " - ", " \u2013 ", " / ")


def _place_then_label(b: Builder, line: Line, at: int) -> bool:
    """Whether ``line`` up to ``at`` (its date) is a place, a separator and a date's label.

    Indian sites set the city the story is filed from before the date's label: ``Jaipur |
    Updated On : February 11, 2025 18:40 IST``, ``Bengaluru | Published: March 14,
    2025``. The place is one :func:`_is_place_line` reads; the label is the one a date
    line may open with (``Published``, ``Updated On``).

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Jaipur | Updated On : May 2, 2025\\nKey dates | Updated On : May 2, 2025"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> [_place_then_label(b, ln, ln.start + ln.text.index("May")) for ln in split_lines(text)]
        [True, False]
    """
    text = b.text
    for sep in _PLACE_LABEL_SEPARATORS:
        k = text.rfind(sep, line.start, at)
        if k <= line.start:
            continue
        label = _regex.match(_DATE_LABEL_RE, text, k + len(sep), at)
        if label is None or label.end() != at:
            continue
        return _is_place_line(b, Line(line.start, k, text[line.start : k], line.index, False, 0))
    return False


def _trim_beside(text: str, a: int, z: int) -> tuple[int, int]:
    """``[a, z)`` narrowed past the blanks, dashes, bars and bullets around a date."""
    while a < z and text[a] in _BESIDE_DATE_CHARS:
        a += 1
    while z > a and text[z - 1] in _BESIDE_DATE_CHARS:
        z -= 1
    return a, z


def _is_stamp(b: Builder, a: int, z: int) -> bool:
    """Whether ``b.text[a:z]`` is a reading time or a relative time (``2 days ago``)."""
    return (
        furniture_rule(b.text[a:z]) == "reading-time"
        or _regex.fullmatch(_RELATIVE_TIME_RE, b.text, a, z) is not None
    )


def _take_stamped_date(b: Builder, line: Line) -> bool:
    """Read a date line that the page's stamps stand beside (:func:`_stamped_date`).

    The date is the article's (or, with one read, furniture as a second date line is);
    a reading time is the article's reading time, the rest of the line furniture.
    """
    found = _stamped_date(b, line)
    if found is None:
        return False
    if b.date is None:
        b.set_date(found, b.rule("date-line"))
    else:
        b.add_furniture(found.span.start, found.span.end, b.rule("extra-date"))
    for a, z in ((line.start, found.span.start), (found.span.end, line.end)):
        minutes = reading_minutes(b.text, a, z)
        if minutes is not None:
            b.set_reading_time(minutes, "furniture.reading-time")
            b.add_furniture(a, minutes.start(), b.rule("date-label"))
            b.add_furniture(minutes.end(), z, b.rule("date-label"))
        else:
            b.add_furniture(a, z, b.rule("date-label"))
    return True


def _is_kicker(line: Line, after: Line) -> bool:
    """Whether ``line`` is a section label (``BUSINESS``, ``WORLD NEWS``) over ``after``.

    A kicker is a few upper-case words with no sentence's punctuation, and the line
    under it reads as a headline of several words, not a paragraph.

    Examples:
        >>> from newsparse._text import split_lines
        >>> kicker, title, para = split_lines("WORLD NEWS\\nPort reopens after the storm\\nIt did.")
        >>> _is_kicker(kicker, title), _is_kicker(title, para)
        (True, False)
    """
    text = line.text
    return (
        text.isupper()
        and len(text.split()) <= MAX_KICKER_WORDS
        and not text.endswith((".", "!", "?", ":"))
        and _is_headline(after)
        and not after.text.endswith(".")
        and len(after.text.split()) >= MIN_HEADLINE_WORDS
        and not after.text.isupper()
    )


def _labels_headline(b: Builder, lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` is a label over the headline, in any case, the header under it.

    A section (``Opinion``) or the site's name (``Coast Herald``) over a headline of
    several words, with a byline or a date line right under that headline or its
    standfirst (``By Jane Doe``, ``Jane Doe`` over ``May 2, 2024``): a short line that
    ends no sentence. Without such a header under it, a short first line is the
    headline.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Opinion\\nHarbour wall to be rebuilt before winter\\nBy Jane Doe\\nIt will."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> _labels_headline(b, split_lines(text), 0)
        True
        >>> text = "Opinion\\nHarbour wall to be rebuilt before winter\\nIt will be."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> _labels_headline(b, split_lines(text), 0)
        False
    """
    text, after = lines[i].text, lines[i + 1]
    words = len(text.split())
    after_words = len(after.text.split())
    if (
        len(text) > MAX_LABEL_CHARS
        or words > MAX_LABEL_OVER_HEADLINE_WORDS
        # A headline says more than its label, in several words.
        or after_words < max(words + 2, MIN_HEADLINE_WORDS)
        or text[-1] in ".!?,;:"
        or i + 2 >= len(lines)
        or after.text.endswith(".")
        or not _is_headline(after)
        # A short headline over its byline or date: no label over a headline.
        or _opens_header(b, after)
        or _bare_names(b, after) is not None
    ):
        return False
    # The byline or the date line right under the headline, or under its standfirst;
    # names alone with a date line a line or two under them.
    if any(_opens_header(b, ln) for ln in lines[i + 2 : i + 4]):
        return True
    return _bare_names(b, lines[i + 2]) is not None and any(
        _is_date_line(b, ln) for ln in lines[i + 3 : i + 5]
    )


# What a standfirst with no full stop does not end with: a sentence's mark, a closing
# quotation mark of any language (``“``, ``»``, ``«``), a bracket, a percent sign or a
# dash (a lead paragraph that ends so is no deck).
_NO_DECK_ENDS = frozenset(
    ".!?:;,\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2026)\u0964%-\u2013\u2014"
)
#: The fewest words of a standfirst under the header with no full stop (a subheading
#: has fewer).
MIN_DECK_WORDS = 8
#: The fewest words of a standfirst with no full stop between the headline and the
#: header when it is written as a sentence, its words after the first mostly in lower
#: case (``Wildlife trust says footage is genuine``): a headline wrapped onto a second
#: line, or a title-case subtitle, is not.
MIN_SENTENCE_DECK_WORDS = 5


def _deck_under_header(b: Builder, lines: list[Line], i: int) -> bool:
    """Read the line under the header as the standfirst when it reads as one; say so.

    Indian and British sites set the standfirst under the byline and date, and write
    it as a sentence with no full stop (``The 11-km stretch will have eight stations``):
    a line of :data:`MIN_DECK_WORDS` words or more, opening with a capital (or in a
    script with none), ending with no sentence mark, over a paragraph that ends with
    one. In hard-wrapped copy such a line is a paragraph's first: not read so.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = ("Metro opens\\nBy Neha Bhatia\\nSep 04, 2023\\n"
        ...         "The 11-km stretch will have eight stations and connect the airport\\n"
        ...         "The line opens next month, officials said.")
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> lines = split_lines(text)
        >>> GenericFormat()._read_head(b, lines)[0], _deck_under_header(b, lines, 3)
        (3, True)
        >>> b.summary.value
        'The 11-km stretch will have eight stations and connect the airport'
    """
    if b.summary is not None or b.headline is None or (b.date is None and b.byline is None):
        return False
    if i + 1 >= len(lines):
        return False
    line, after = lines[i], lines[i + 1]
    text = line.text
    if (
        len(text) > MAX_STANDFIRST_CHARS
        or text[-1:] in _NO_DECK_ENDS
        or text[:1].islower()
        or text.isupper()
        or len(text.split()) < MIN_DECK_WORDS
        or not after.text.endswith((".", "!", "?", '"', "\u201d", "\u0964"))
    ):
        return False
    if looks_wrapped(lines[i:]):
        return False
    b.summary = line_field(line, b.rule("standfirst"))
    return True


def _is_deck(line: Line, headline: str) -> bool:
    """Whether ``line``, under ``headline``, reads as a standfirst with no full stop.

    Spanish, Portuguese and Italian papers (El País, Folha, La Repubblica) and many
    British ones end the standfirst under the headline with no stop (``La medida
    entrará en vigor en enero y contempla multas de hasta 200 euros``): a line of
    :data:`MIN_DECK_WORDS` words or more, opening with a capital (or in a script with
    none), not all in capitals, ending with no sentence mark, longer than the headline,
    which holds :data:`MIN_HEADLINE_WORDS` words at least, or
    :data:`MIN_SHORT_HEADLINE_WORDS` in sentence case (under a site's name or a
    breadcrumb trail, ``Home > News``, such a line is the headline). Written as a
    sentence (:func:`_reads_as_sentence`), :data:`MIN_SENTENCE_DECK_WORDS` words are
    enough (``Wildlife trust says footage is genuine``) under a headline with a word in
    lower case (:func:`_in_sentence_case`; not under ``The Lion City Times``, a site's
    name over the headline). Its caller reads
    it so only right over the byline or the date line: the second line of a headline
    the page wrapped opens in lower case.

    Examples:
        >>> from newsparse._text import split_lines
        >>> deck, title = split_lines("The line will link three districts to the centre\\nBus line")
        >>> _is_deck(deck, "Bus line to open in May"), _is_deck(title, "Bus line to open")
        (True, False)
        >>> _is_deck(deck, "Home > News > Transport")
        False
        >>> short, titled = split_lines(
        ...     "Wildlife trust says footage is genuine\\nA Gift From The Vane Estate")
        >>> _is_deck(short, "Lynx sighted in Kielder")
        True
        >>> _is_deck(titled, "Museum gets 200 paintings")
        False
        >>> _is_deck(short, "The Lion City Times")
        False
    """
    text = line.text
    words = len(text.split())
    titled = headline.split()
    lettered = sum(any(c.isalpha() for c in w) for w in titled)
    # A short headline in sentence case (``Pool to reopen``) may head a standfirst too;
    # a trail (``Home > News``) may not.
    short_ok = lettered >= MIN_SHORT_HEADLINE_WORDS and _in_sentence_case(headline)
    return not (
        len(titled) >= words
        or (lettered < MIN_HEADLINE_WORDS and not short_ok)
        or len(text) > MAX_STANDFIRST_CHARS
        or text[-1:] in _NO_DECK_ENDS
        or text[:1].islower()
        or text.isupper()
        or words < MIN_SENTENCE_DECK_WORDS
        # A short one only under a headline with a word in lower case: a site's name
        # or a menu (``The Lion City Times``, ``National World Travel``) may stand over
        # the headline, which would read as such a deck.
        or (
            words < MIN_DECK_WORDS
            and not (_reads_as_sentence(text) and _in_sentence_case(headline))
        )
    )


def _reads_as_sentence(text: str) -> bool:
    """Whether ``text`` runs as a sentence: most of its words after the first in lower case.

    Examples:
        >>> _reads_as_sentence("Wildlife trust says footage is genuine")
        True
        >>> _reads_as_sentence("From The Late Collector's Estate"), _reads_as_sentence("Rain")
        (False, False)
    """
    rest = text.split()[1:]
    lower = sum(w[:1].islower() for w in rest)
    return bool(rest) and 2 * lower > len(rest)


#: The fewest words of a short standfirst with no full stop (a section's label over the
#: byline has fewer: ``City Hall``).
MIN_SHORT_DECK_WORDS = 4
#: How many lines under a short standfirst it is compared with: the header under it and
#: the lead under that.
DECK_TOLD_LINES = 6


def _is_short_deck(line: Line, headline: str, below: Sequence[Line]) -> bool:
    """Whether ``line``, under ``headline``, is a short standfirst that tells of the story.

    British and American pages set a standfirst shorter than :data:`MIN_DECK_WORDS`
    words with no full stop between the headline and the byline (``Residents raised
    \u00a3180,000 in six weeks`` under ``Village shop saved by community buyout``): a
    line of :data:`MIN_SHORT_DECK_WORDS` words or more in sentence case, opening with a
    capital, ending with no sentence mark, that shares a topic word (four letters or
    more, no stop word) with the headline or the :data:`DECK_TOLD_LINES` lines
    ``below`` it (the header and the lead), as the page reader asks of one; a line of
    the page's interface or a label tells of nothing in the story (``Listen to the
    latest episode``). The headline over it is in sentence case, of
    :data:`MIN_HEADLINE_WORDS` words or more: under a site's name or a menu, such a line
    is the headline. Its caller reads it so only right over the byline or the date.

    Examples:
        >>> from newsparse._text import split_lines
        >>> lines = split_lines(
        ...     "Residents raised money in six weeks\\nSee all of our latest updates\\n"
        ...     "By Jo Roe\\nResidents of the village bought the shop."
        ... )
        >>> [_is_short_deck(ln, "Village shop saved by buyout", lines[2:]) for ln in lines[:2]]
        [True, False]
        >>> _is_short_deck(lines[0], "The Valley Herald", lines[2:])
        False
    """
    text = line.text
    if (
        len(text.split()) < MIN_SHORT_DECK_WORDS
        # Under a site's name or a menu (``The Valley Herald``, ``News  Sport  Weather``)
        # such a line is the headline: only one in sentence case heads a short standfirst.
        or len(headline.split()) < MIN_HEADLINE_WORDS
        or not _in_sentence_case(headline)
        or len(text) > MAX_STANDFIRST_CHARS
        or text[-1:] in _NO_DECK_ENDS
        or not text[:1].isupper()
        or not _in_sentence_case(text)
    ):
        return False
    return _shares_topic_word(text, headline, (ln.text for ln in below[:DECK_TOLD_LINES]))


# How sentences end in scripts that do not end them with ``.``, ``!`` or ``?``: the
# Devanagari danda (Hindi, Marathi, Bengali), the ideographic full stop, full-width
# marks, the Arabic question mark and the Urdu full stop.
_OTHER_SENTENCE_ENDS = "\u0964\u3002\uff01\uff1f\u061f\u06d4"
_STANDFIRST_ENDS = (".", "!", "?", *_OTHER_SENTENCE_ENDS)


def _is_standfirst(line: Line) -> bool:
    """Whether ``line`` reads as a standfirst: one sentence or a few, not too long.

    Examples:
        >>> from newsparse._text import split_lines
        >>> [_is_standfirst(ln) for ln in split_lines("Rain fell.\\nवर्षा हुई।\\nRain fell")]
        [True, True, False]
    """
    text = line.text
    return len(text) <= MAX_STANDFIRST_CHARS and text.endswith(_STANDFIRST_ENDS)


def _is_standfirst_label(line: Line) -> bool:
    """Whether ``line`` is a label set over the standfirst (``Synopsis``, ``Summary:``).

    Examples:
        >>> from newsparse._text import split_lines
        >>> [_is_standfirst_label(ln) for ln in split_lines("Synopsis\\nIn short:\\nSchools")]
        [True, True, False]
    """
    text = line.text
    return len(text) <= MAX_STANDFIRST_LABEL_CHARS and (
        caseless(text).rstrip(" :\uff1a") in STANDFIRST_LABELS
    )


#: The longest line read as a label over the standfirst (``Zusammenfassung:``).
MAX_STANDFIRST_LABEL_CHARS = 20


def _header_under(b: Builder, lines: list[Line], k: int) -> bool:
    """Whether the header goes on at ``lines[k]``, under a standfirst.

    A byline or a date line (:func:`_opens_header`), names or a desk's label right over
    the date line, or an editor's credit over one of those, as NDTV sets it (``Edited
    by: Jo Roe`` / ``Updated: June 16, 2023 9:04 pm IST``); not the date line that opens
    a timeline.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Edited by: Jo Roe\\nUpdated: June 16, 2023 9:04 pm IST\\nRain fell."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> lines = split_lines(text)
        >>> _header_under(b, lines, 0), _header_under(b, lines, 2)
        (True, False)
    """
    if k >= len(lines):
        return False
    if _is_date_line(b, lines[k]) and _opens_timeline(b, lines, k):
        # A timeline's first date (:func:`_opens_timeline`): the line over it is the
        # timeline's title, no standfirst.
        return False
    if (
        _opens_header(b, lines[k])
        or _names_over_date(b, lines, k)
        or _is_label_over_header(b, lines, k)
    ):
        return True
    line = lines[k]
    if k + 1 >= len(lines) or not _opens_header(b, lines[k + 1]):
        return False
    found = read_attribution(b.text, line.start, line.end)
    return found is not None and found.kind == "credits"


# Under the headline, where a standfirst may stand, a photo's credit is read as one only
# where it stands apart from any sentence:
# - a caption's label opening the line (``Photo: The mayor opens the wall``, ``Foto:
#   dpa``);
# - a credit's own label opening a few words of names, no sentence (``Credit: Jo Roe``,
#   ``Bild: dpa``, ``Courtesy of the museum.``; ``Bild:`` is also the German paper's name);
# - or a credit closing the line after a sentence's end, a bracket, a bar or a slash,
#   with no comma or sentence's end after it (``Boats wait. Photograph: Jo Roe/The
#   Times``, ``Boats wait. (AP Photo/Jo Roe)``, ``Stocks slip | Bloomberg``, ``Jo
#   Roe/Getty Images``).
# A label glued to the word before it is a word of the sentence (``The big picture:``,
# ``Tax credit:``, ``Das neue Leitbild:``), and so is an agency the sentence goes on
# after (``Getty Images CEO says ...``, ``an Ipsos/Reuters poll finds.``).
_OPENING_CAPTION_LABEL_RE = regex.compile(
    r"(?:Photo(?:graph)?s?|Image|Picture|Foto)\x20?(?:by)?\x20?:", regex.IGNORECASE
)
_OPENING_CREDIT_LABEL_RE = regex.compile(
    r"(?:Credit|Bild)\x20?:|Courtesy(?:\x20of|\x20?:)", regex.IGNORECASE
)
# Searched from the end (``REVERSE``): only the line's end is tried, where the credit must
# close it, and the tail gives back at most 60 characters, so a line full of brackets
# costs no start at each of them.
_CLOSING_CREDIT_RE = regex.compile(
    r"(?:[.!?]\x20|[(\[|/]\x20?)"
    r"(?:" + _CREDIT_LABEL + r"|Courtesy(?:\x20of|\x20?:)"
    r"|(?-i:AP\x20Photo|iStock(?:photo)?|" + _PHOTO_AGENCIES + r")\b)"
    r"[^,;\n]{0,60}\Z",
    regex.IGNORECASE | regex.REVERSE,
)


def _credit_stands_apart(text: str) -> bool:
    """Whether the credit the caption test found in ``text`` stands apart from its words.

    Examples:
        >>> [_credit_stands_apart(t) for t in (
        ...     "Photo: Jo Roe/AFP", "Foto: dpa", "Courtesy of the museum.",
        ...     "Boats wait. (AP Photo/Jo Roe)", "Stocks slip | Bloomberg")]
        [True, True, True, True, True]
        >>> [_credit_stands_apart(t) for t in (
        ...     "The big picture: rents are rising faster than wages.",
        ...     "Credit: banks tighten lending as interest rates climb again.",
        ...     "Courtesy of a loophole, landlords pay less.",
        ...     "Getty Images CEO says AI firms must pay for the photos they use.",
        ...     "Mortgage costs are easing. Credit: lenders have cut rates three times.")]
        [False, False, False, False, False]
    """
    if _regex.match(_OPENING_CAPTION_LABEL_RE, text) is not None:
        return True
    label = _regex.match(_OPENING_CREDIT_LABEL_RE, text)
    if label is not None:
        # A few words of names, no clause; a full stop only after ``Courtesy of``.
        courtesy = label.group()[:8].casefold() == "courtesy"
        return (
            len(text.split()) <= MAX_CREDIT_WORDS
            and not holds_any(text, ",;!?")
            and (courtesy or not text.endswith("."))
        )
    return not text.endswith((".", "!", "?")) and (
        _regex.search(_CLOSING_CREDIT_RE, text) is not None
    )


def _caption_rules(
    lines: list[Line], i: int, known: Sequence[str | None] | None = None
) -> tuple[str, ...]:
    """The rules of a photo's caption at ``lines[i]``, one a line it takes; ``()`` if none.

    A caption its own words mark (a label, a credit glued on:
    :func:`~newsparse.extract.classify.caption_rule`) takes its line; a sentence over a
    credit alone (``Photo: Jo Roe/AFP``) takes both lines. A caption nothing marks is
    not told from a standfirst. ``known`` holds each line's
    :func:`~newsparse.extract.classify.caption_rule` when the caller has read them.

    Examples:
        >>> from newsparse._text import split_lines
        >>> lines = split_lines("Boats wait.\\nPhoto: Jo Roe/AFP\\nBoats wait. (AP Photo/Jo Roe)")
        >>> _caption_rules(lines, 0), _caption_rules(lines, 2)
        (('caption', 'credit'), ('credit',))
        >>> _caption_rules(split_lines("Fares rise for the first time."), 0)
        ()
    """
    text = lines[i].text
    rule = caption_rule(text) if known is None else known[i]
    if rule is not None:
        apart = rule != "credit" or _credit_stands_apart(text)
        return (rule,) if apart and not _reads_as_deck(text) else ()
    if (
        i + 1 < len(lines)
        and _is_standfirst(lines[i])
        and not lines[i + 1].blank_before
        and (known is None or known[i + 1] == "credit")
        and is_credit_alone(credit := lines[i + 1].text)
        and _credit_stands_apart(credit)
        # ``Jo Roe | Reuters`` credits the writer as well as a photographer.
        and read_byline(credit) is None
    ):
        return ("caption", "credit")
    return ()


def _take_captions(b: Builder, lines: list[Line]) -> list[Line]:
    """File the photos' captions and credits among the body's lines; return the rest.

    A line its own words mark (``Image caption, ...``, ``Image source, Getty Images``,
    ``Photo: Jo Roe/AFP``, a sentence with ``(AP Photo/Jo Roe)`` glued on) is filed
    alone; a sentence over a credit alone is filed with it when it opens a block of its
    own, or when each line is a paragraph (a wrapped paragraph's last line is no
    caption). A blank line before what was
    filed parts the line after it from the paragraph above.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Rain fell.\\n\\nBoats wait.\\nJo Roe/Reuters\\n\\nRoads shut."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> [ln.text for ln in _take_captions(b, split_lines(text))]
        ['Rain fell.', 'Roads shut.']
    """
    kept: list[Line] = []
    parted = False
    wrapped: bool | None = None  # asked only when a sentence stands over a credit
    # Once a line, not twice; an agency's name glued after a sentence's full stop is a
    # story's sign-off here as often as a photo's credit (``... next week. AFP``).
    known = [
        None if _lone_agency_after_stop(line.text) else caption_rule(line.text) for line in lines
    ]
    if not any(known):
        # No line is marked (most bodies): each is kept as it is, as the loop keeps it.
        return lines
    j = 0
    while j < len(lines):
        line = lines[j]
        rules = (
            _caption_rules(lines, j, known) if known[j] or "credit" in known[j + 1 : j + 2] else ()
        )
        if len(rules) > 1 and not _body_caption(line, lines[j + 1]):
            rules = ()
        if len(rules) > 1 and not line.blank_before:
            if wrapped is None:
                wrapped = looks_wrapped(lines)
            if wrapped:
                rules = ()
        if not rules:
            kept.append(line._replace(blank_before=True) if parted else line)
            parted = False
            j += 1
            continue
        for ln, rule in zip(lines[j:], rules, strict=False):
            b.add_furniture(ln.start, ln.end, f"furniture.{rule}")
        # What was filed parts the lines around it, even inside a wrapped block: a
        # paragraph's text runs from its first line to its last.
        parted = True
        j += len(rules)
    return kept


#: The most lines a box closing the page may take: a newsletter's sign-up box under the
#: story (its label, a blurb, the address field, the button, the terms).
MAX_CLOSING_BOX_LINES = 8
# A writer's name opening a note about them (``Jane Doe is a reporter ...``), perhaps
# after a dash (``—Jane Doe is a freelance journalist``), its particles in lower case
# (``Ana de la Cruz can be reached at ...``).
_NOTE_NAME_RE = regex.compile(
    r"[\u2014\u2013-]?\x20?(?P<name>\p{Lu}[\p{L}'\u2019.-]{1,30}+"
    r"(?:(?:\x20\L<particles>){0,2}+\x20\p{Lu}[\p{L}'\u2019.-]{1,30}+){1,3}+)",
    particles=list(_PARTICLES),
)
# What a note says of the writer's work, in English and the other languages the verbs
# of ``_NOTE_VERBS`` are: ``reporter``, ``periodista``, ``Redakteurin``.
_NOTE_WORK_RE = regex.compile(
    r"\b(?:reporter|writer|journalist|correspondent|editor|columnist|contributor|freelance"
    r"|writes|periodista|corresponsal|redactora?|journaliste|r\u00e9dact(?:eur|rice)"
    r"|correspondante?|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|giornalista"
    r"|redatt(?:rice|ore)|corrispondente|jornalista|rep\u00f3rter|correspondente)\b",
    regex.IGNORECASE,
)
# A stem of each word of :data:`_NOTE_WORK_RE`, one of which a line it matches holds once
# lowered by :func:`~newsparse._text.caseless` (as its IGNORECASE compares): looking for
# them costs a fraction of the pattern's search (its alternation, in any case, is tried
# at every word of the line), which most paragraphs closing a story fail.
_NOTE_WORK_STEMS = (
    "report", "writ", "journalist", "correspond", "editor", "columnist", "contributor",
    "freelance", "periodista", "corresponsal", "redact", "r\u00e9dact", "redakteur",
    "korrespondent", "autor", "giornalista", "redatt", "corrispondente", "jornalista",
    "rep\u00f3rter",
)  # fmt: skip
# How a note tells readers to reach the writer: ``Email him at ...``, ``follow her on X``.
_CONTACT_WORDS = ("email ", "e-mail ", "follow ", "@", "reach ", "contact ")
#: The most words in a note about the writer that closes the story.
MAX_NOTE_WORDS = 80


def _take_closing_boxes(b: Builder, body: list[Line]) -> list[Line]:
    """File the boxes that close a page under the story; return the body's other lines.

    ``body`` is what is left once the furniture lines are filed. A newsletter's sign-up
    box whose label (``Sign up for our Morning Brief newsletter``, ``Newsletter
    abonnieren``: furniture already) stands among the last :data:`MAX_CLOSING_BOX_LINES`
    lines runs from that label to the end: its blurb, address field and terms are
    ``signup`` furniture. Above it (or alone), a line telling where the story first ran
    (``This article originally appeared in our ... newsletter.``) is ``newsletter``
    furniture, and a note about the writer (:func:`_is_writer_note`), under an ``About
    the author`` heading or not, is ``author-note`` furniture.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = ("Rain fell.\\nJo Roe is a reporter for the Herald. Email jo@herald.example\\n"
        ...         "Sign up for our newsletter\\nGet the news every morning.\\nSign Up")
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> body = b.take_furniture_lines(split_lines(text))
        >>> [ln.text for ln in _take_closing_boxes(b, body)]
        ['Rain fell.']
        >>> [f.rule for f in b.furniture]
        ['furniture.newsletter', 'furniture.account', 'generic.signup', 'generic.author-note']
    """
    body = _cut_page_tail(b, body)
    if len(body) < 2:  # noqa: PLR2004 - a box and a paragraph
        return body
    window = body[max(0, len(body) - MAX_CLOSING_BOX_LINES)].start
    label = min(
        (f.span.start for f in b.furniture if f.rule == _NEWSLETTER and f.span.start > window),
        default=None,
    )
    end = len(body)
    if label is not None:
        cut = next((k for k, line in enumerate(body) if line.start > label), end)
        box = _signup_box_lines(b, label, body[cut:])
        if box:
            for line in body[cut : cut + box]:
                b.add_furniture(line.start, line.end, b.rule("signup"))
            body = body[:cut] + body[cut + box :]
            end = len(body)
    if end > 1 and _tells_first_run(body[end - 1].text):
        b.add_furniture(body[end - 1].start, body[end - 1].end, b.rule("newsletter"))
        end -= 1
    if end > 1:
        note = body[end - 1]
        heading = any(
            f.rule == _AUTHOR_BOX and body[end - 2].end < f.span.start < note.start
            for f in b.furniture
        )
        if take_signing_note(b, note.start, note.end, b.text[: note.start]):
            end -= 1  # ``Kim Alder is a reporter for the Valley Times.``: the byline
        elif heading or _is_writer_note(b, note.text):
            b.add_furniture(note.start, note.end, b.rule("author-note"))
            end -= 1
    return body[:end]


def _cut_page_tail(b: Builder, body: list[Line]) -> list[Line]:
    """File a page's comments and its closing box of other stories; return the rest.

    A page copied as text with blank lines between its lines reads as the generic
    layout, the page's tail with it. Under the story:

    * the readers' comments: from the first comments line (``3 Comments``, ``Leave a
      Reply``: furniture already) that :data:`MIN_THREAD_MARKS` such lines or more
      follow within :data:`MAX_THREAD_SPAN` characters (a comment's ``Reply`` button,
      the form's ``Your email address will not be published``), the lines left are the
      thread's and the form's (``generic.comments``);
    * a box of other stories: under a box's label alone (``You might also like``, ``More
      from News``: ``related`` furniture of :data:`MAX_BOX_LABEL_WORDS` words at most,
      one of :data:`~newsparse.vocab.PAGE_OTHER_STORIES`),
      :data:`MIN_BOX_HEADLINES` headlines or more to the end, each with a one-sentence
      summary under it or none, are the box's (``generic.related``).

    Neither takes the first line: a story stands above.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = ("Rain fell all day.\\n\\nYou might also like\\n\\n"
        ...         "Ferry fares to rise in May\\n\\n"
        ...         "Bus route 14 to be withdrawn after fifty years\\n")
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> [ln.text for ln in _cut_page_tail(b, b.take_furniture_lines(split_lines(text)))]
        ['Rain fell all day.']
    """
    if len(body) < 2:  # noqa: PLR2004 - a story and a box
        return body
    after = body[0].end
    marks = [f.span.start for f in b.furniture if f.rule == _COMMENTS and f.span.start > after]
    end = len(body)
    for k, start in enumerate(marks):
        if (
            len(marks) - k - 1 >= MIN_THREAD_MARKS
            and marks[k + MIN_THREAD_MARKS] - start <= MAX_THREAD_SPAN
        ):
            end = next((i for i, line in enumerate(body) if line.start > start), end)
            for line in body[end:]:
                b.add_furniture(line.start, line.end, b.rule("comments"))
            break
    labels = [
        f.span.start
        for f in b.furniture
        if f.rule == _RELATED
        and after < f.span.start < body[end - 1].end
        and len(f.value.split()) <= MAX_BOX_LABEL_WORDS
        and not f.value.rstrip().endswith((".", "!", "?"))
        and caseless(f.value).startswith(PAGE_OTHER_STORIES)
    ]
    for start in labels:
        cut = next((i for i, line in enumerate(body) if line.start > start), end)
        if _is_story_box(body[cut:end]):
            for line in body[cut:end]:
                b.add_furniture(line.start, line.end, b.rule("related"))
            end = cut
            break
    return body[:end]


# The labels that set one other story's title under them inside a story (``Read also:``
# / ``City budget leaves the harbour untouched``), lower case.
_TEASER_LABELS = frozenset({
    "read also", "also read", "see also", "must read", "read more", "related",
    "related story", "related article", "lire aussi", "à lire aussi", "a lire aussi",
    "lesen sie auch", "lee también", "leia também", "veja também", "leggi anche",
    "lees ook", "baca juga", "читайте также",
})  # fmt: skip
#: The fewest words of another story's title under such a label.
MIN_TEASER_WORDS = 4
#: The most words of such a title.
MAX_TEASER_WORDS = 20


def _take_teaser_heads(b: Builder, body: list[Line]) -> list[Line]:
    """File the title of another story right under a label inside the story; return the rest.

    A label alone on its line between two of the story's lines (``Read also:``, ``See
    also``, ``Lire aussi``: :data:`_TEASER_LABELS`, furniture already) sets another
    story's title under it: a line of :data:`MIN_TEASER_WORDS` to
    :data:`MAX_TEASER_WORDS` words opening with a capital and ending no sentence, no
    clause (``generic.related``). A sentence under the label is the story's.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Rain fell.\\nRead also:\\nFerry fares to rise in May\\nRoads shut."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> [ln.text for ln in _take_teaser_heads(b, b.take_furniture_lines(split_lines(text)))]
        ['Rain fell.', 'Roads shut.']
    """
    ends = [
        f.span.end
        for f in b.furniture
        if caseless(f.raw).rstrip(" :.\u2026>\u00bb\u203a") in _TEASER_LABELS
    ]
    if not ends or len(body) < 3:  # noqa: PLR2004 - the story's lines around the title
        return body
    kept = [body[0]]
    for k in range(1, len(body) - 1):
        line = body[k]
        words = line.text.split()
        if (
            any(body[k - 1].end < end <= line.start for end in ends)
            and MIN_TEASER_WORDS <= len(words) <= MAX_TEASER_WORDS
            and line.text[:1].isupper()
            and not line.text.endswith((".", "!", "?", ":", ",", ";", '"', "\u201d", ")"))
        ):
            b.add_furniture(line.start, line.end, b.rule("related"))
            continue
        kept.append(line)
    kept.append(body[-1])
    return kept


def _is_story_box(lines: Sequence[Line]) -> bool:
    """Whether ``lines`` are a box's headlines, each with its one-sentence summary or none.

    A headline holds :data:`MIN_BOX_HEADLINE_WORDS` words or more and ends like no
    sentence; a summary under it is one sentence. :data:`MIN_BOX_HEADLINES` headlines or more.
    """
    heads = 0
    summary = False  # whether the line may be the summary of the headline above
    for line in lines:
        text = line.text.strip()
        if text.endswith((".", "!", "?", "\u201d", '"')):
            if not summary or len(_SENTENCE_END_RE.findall(text[:-1])) > 0:
                return False
            summary = False
        elif len(text.split()) >= MIN_BOX_HEADLINE_WORDS:
            heads += 1
            summary = True
        else:
            return False
    return heads >= MIN_BOX_HEADLINES


# The furniture rules of a comments line and of a box's label.
_COMMENTS = "furniture.comments"
_RELATED = "furniture.related"
#: How many comments lines (a ``Reply`` button, the form's notice) under the first one
#: make it the head of the readers' comments (see :func:`_cut_page_tail`).
MIN_THREAD_MARKS = 2
#: How far (in characters) those marks may stand from the first: a thread's buttons
#: stand a comment apart, not a story apart.
MAX_THREAD_SPAN = 2000
#: The most words of a box's label over other stories (``More from News``); the fewest
#: headlines in such a box, and the fewest words of each.
MAX_BOX_LABEL_WORDS = 6
MIN_BOX_HEADLINES = 2
MIN_BOX_HEADLINE_WORDS = 4
# A sentence's end inside a line: a stop, then a space and a capital.
_SENTENCE_END_RE = regex.compile(r"[.!?]\x20+\p{Lu}")


# The furniture rules of a newsletter's label and of an ``About the author`` heading.
_NEWSLETTER = "furniture.newsletter"
_AUTHOR_BOX = "furniture.author-box"


#: The most words of a line of a sign-up box's blurb.
MAX_BLURB_WORDS = 25
# What a sign-up box's lines say: an address field, a button, the terms.
_SIGNUP_WORDS = (
    "email", "e-mail", "sign up", "signing up", "subscribe", "inbox", "privacy", "terms",
    "newsletter", "abonn", "inscri", "suscr", "iscriv", "assin",
    # What a box's blurb promises, in other languages: ``in Ihrem Postfach``,
    # ``Recevez chaque matin ...``, ``Recibe ...``, ``Ricevi ...``, ``Receba ...``.
    "postfach", "recevez", "recibe", "ricevi", "receba", "bandeja", "casella",
)  # fmt: skip
# The furniture rules of a sign-up box's own lines (its button, another label).
_SIGNUP_RULES = frozenset({"furniture.account", "furniture.newsletter"})
#: The most lines in a row in a sign-up box that do not show it (its blurb over its
#: address field or button).
MAX_UNMARKED_BOX_LINES = 2
#: The most words of a line of a sign-up box that need not show it: a blurb's line over
#: the address field (``Every Saturday morning``) or the box's answer under its button
#: (``Thank you!``, ``Something went wrong.``); a story's paragraph is longer.
MAX_BOX_NOTE_WORDS = 6


def _signup_box_lines(b: Builder, label: int, lines: list[Line]) -> int:
    """How many of ``lines``, all under a newsletter's label at ``label``, are its box.

    They are few and short (a blurb of at most :data:`MAX_BLURB_WORDS` words a line),
    and the box shows itself: a button or another of its labels under the label
    (furniture already), or a line about signing up (``Email address``, ``By signing
    up you agree ...``). The box ends at its last such mark: the lines under it are the
    story's, and so are the lines past more than :data:`MAX_UNMARKED_BOX_LINES` lines
    of other text in a row (``Enter your email`` over a paragraph, a ``READ MORE:``
    link and the story's last paragraphs); lines of :data:`MAX_BOX_NOTE_WORDS` words
    or fewer count as no such text (a blurb over the field), and when only such lines
    follow the last mark to the end they are the box's too (``Thank you!``, ``You're
    all set.``). A promo set in the story (``Follow us on
    Facebook``) has the story's paragraphs under it: no box (0).
    """
    if len(lines) > MAX_CLOSING_BOX_LINES or any(
        len(line.text.split()) > MAX_BLURB_WORDS for line in lines
    ):
        return 0
    # Where the box's own furniture stands: its button (``Sign Up``), another label.
    marks = [
        f.span.start
        for f in b.furniture
        if f.span.start > label
        and (f.rule in _SIGNUP_RULES or holds_any(f.value.casefold(), _SIGNUP_WORDS))
    ]
    box = unmarked = 0
    for k, line in enumerate(lines):
        gap = lines[k - 1].end if k else label
        if any(gap <= mark < line.start for mark in marks):
            box, unmarked = k, 0  # a mark between the last line and this one
        if holds_any(line.text.casefold(), _SIGNUP_WORDS):
            box, unmarked = k + 1, 0
            continue
        if len(line.text.split()) <= MAX_BOX_NOTE_WORDS:
            continue  # ``Every Saturday morning``, ``Thank you!``: the box's, or a link's
        unmarked += 1
        if unmarked > MAX_UNMARKED_BOX_LINES:
            return box
    if lines and any(mark >= lines[-1].end for mark in marks):
        return len(lines)  # the box's button or small print under its last line
    if all(len(line.text.split()) <= MAX_BOX_NOTE_WORDS for line in lines[box:]):
        return len(lines)  # its answers to the end (``Thank you!``, ``Please try again.``)
    return box


def _tells_first_run(text: str) -> bool:
    """Whether ``text`` says the story first ran in a newsletter, or calls to the site's own.

    Examples:
        >>> _tells_first_run("This article originally appeared in our Climate newsletter.")
        True
        >>> _tells_first_run("The newsletter appeared in 1921.")
        False
    """
    low = text.casefold()
    return "newsletter" in low and holds_any(
        low, ("originally appeared", "first appeared", "first published", "our ")
    )


def _is_writer_note(b: Builder, text: str) -> bool:
    """Whether ``text``, closing the story, is a note about its writer.

    It opens with a name and a verb (``Jane Doe is``, ``... ist``, ``... es``), has at
    most :data:`MAX_NOTE_WORDS` words, and is about a writer: the name is an author the
    byline names, or the note says what the writer does (``reporter``, ``periodista``),
    is no past (``was``, ``former``: a story's subject) and is set apart by a dash
    before the name, or names the writer's post (``a reporter for the Herald``) and how
    to reach them (``Email him at ...``).

    Examples:
        >>> from newsparse.model import ParseOptions
        >>> b = Builder(text="", options=ParseOptions(), rule_prefix="generic")
        >>> [_is_writer_note(b, t) for t in (
        ...     "\u2014Greta Vale is a freelance journalist based in Lancaster.",
        ...     "Wes Cole is a reporter for the Prairie Courier. Email him at wc@x.example.",
        ...     "Tom Hale is a reporter who was arrested in 2019, his lawyer said.")]
        [True, True, False]
    """
    found = _regex.match(_NOTE_NAME_RE, text)
    if found is None or not text.startswith(_NOTE_VERBS, found.end("name")):
        return False
    if len(text.split()) > MAX_NOTE_WORDS:
        return False
    name = caseless(found["name"])
    if b.byline is not None and any(caseless(a) == name for a in b.byline.value.authors):
        return True
    if (
        not holds_any(caseless(text), _NOTE_WORK_STEMS)
        or _regex.search(_NOTE_WORK_RE, text) is None
    ):
        return False
    low = text.casefold()
    if " was " in low or "former" in low:
        return False  # ``Tom Hale was a correspondent ...``: the story's subject
    if found.start("name") > 0:
        return True  # ``—Greta Vale is a freelance journalist``
    # Else the note gives the writer's post and how to reach them.
    return _regex.search(_WRITER_POST_RE, text) is not None and holds_any(low, _CONTACT_WORDS)


def _body_caption(sentence: Line, credit: Line) -> bool:
    """Whether a sentence over a credit alone, in the body, is that photo's caption.

    The credit names a photographer, not only agencies (``AFP/Reuters``, ``— AFP``,
    ``With AFP/Reuters`` sign a story), and the sentence reports no speech (``...,
    officials said.`` is a paragraph).

    Examples:
        >>> from newsparse._text import split_lines
        >>> lines = split_lines("Boats wait.\\nJo Roe/AFP\\nRain fell, they said.\\nAFP/Reuters")
        >>> _body_caption(lines[0], lines[1]), _body_caption(lines[2], lines[1])
        (True, False)
        >>> _body_caption(lines[0], lines[3])
        False
    """
    words = regex.split(r"[\s/|]+", credit.text.strip("-\u2013\u2014 "))
    if words[0].casefold() in {"with", "agencies"}:
        return False
    if all(canonical_agency(w) is not None or not w for w in words):
        return False
    return _regex.search(_SPEECH_RE, sentence.text) is None


# The farthest into a line a label's colon or comma stands (``Image caption,``).
_LABEL_END = 16


def _reads_as_deck(text: str) -> bool:
    """Whether a label opens a sentence in lower case: a deck, not a caption.

    A caption runs on in capitals or names its source (``Photo: The mayor opens the
    wall.``, ``Foto: dpa``); a deck that a label's word opens runs on as a sentence
    (``Picture: a town that has lost its ferry.``, ``Video: why ferries stop?``).

    Examples:
        >>> _reads_as_deck("Picture: a town that has lost its only ferry.")
        True
        >>> _reads_as_deck("Photo: The mayor opens the wall."), _reads_as_deck("Foto: dpa")
        (False, False)
    """
    ends = [at for at in (text.find(":"), text.find(",")) if at != -1]
    if not ends or min(ends) > _LABEL_END:
        return False
    rest = text[min(ends) + 1 :].lstrip()
    return rest[:1].islower() and text.endswith((".", "!", "?"))


def _names_over_date(b: Builder, lines: list[Line], k: int) -> bool:
    """Whether ``lines[k]`` is names alone right over a date line (``Ffion Rees`` / date).

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Ffion Rees\\nThu 10 Aug 2023 16.05 BST\\nKey Points\\nRain fell."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> lines = split_lines(text)
        >>> _names_over_date(b, lines, 0), _names_over_date(b, lines, 2)
        (True, False)
    """
    return (
        k + 1 < len(lines)
        and _bare_names(b, lines[k]) is not None
        and _is_date_line(b, lines[k + 1])
    )


def _opens_header(b: Builder, line: Line) -> bool:
    """Whether ``line`` is a byline (``By Jane Doe``) or a date alone (``Updated: 14 Aug 2023``).

    A short line holding a date among other words (``What happened on 14 August 2023``,
    ``Key dates: 14 August 2023``) is a subheading or a paragraph, not a date line.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = (
        ...     "By Jane Doe\\n14 August 2023\\nWhat happened on 14 August 2023\\n"
        ...     "The vote was on 14 August 2023, she said."
        ... )
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> [_opens_header(b, ln) for ln in split_lines(text)]
        [True, True, False, False]
    """
    if read_byline(b.text, line.start, line.end) is not None:
        return True
    return _is_date_line(b, line)


# What opens a list's item: a hyphen, an asterisk or a bullet, and a space. Not the en
# dash: many languages set a dialogue's turns with it, a line each.
_LIST_MARKS = ("- ", "* ", "\u2022 ")
# Whether a line opens with one, asked of every line in C (most bodies have none).
_OPENS_ITEM = frozenset(_LIST_MARKS).__contains__
_TEXT = operator.attrgetter("text")
_FIRST_TWO = operator.itemgetter(slice(0, 2))
# How a dialogue's turn may end (closing quotes too); a question anywhere in an item
# makes the block a dialogue's or an interview's turns.
_EXCLAIMED = ("!", '!"', "!\u201d", "!\u00bb")


def _list_blocks(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """The ``(a, z)`` of each block of ``lines`` that is a list of two items or more.

    A block runs from a line after a blank one (or the first) to the line before the
    next blank one; it is a list when each of its lines opens with the same mark
    (``- ``, ``* ``, ``\u2022 ``) and none holds a question or ends in an exclamation
    (turns of a dialogue or an interview, ``- Are we going out tonight?``, are a line
    each). Only in a text that sets its other paragraphs apart with blank lines, where
    such a block is one paragraph as its writer laid it out.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "One.\\n\\nIt must:\\n\\n- Keep a \\n - Fix b\\n\\nTwo."
        >>> _list_blocks(split_lines(text))
        [(2, 4)]
        >>> _list_blocks(split_lines("One.\\nIt must:\\n- Keep a\\n- Fix b\\nTwo."))
        []
    """
    blocks: list[tuple[int, int]] = []
    opens = [i for i, ln in enumerate(lines) if i == 0 or ln.blank_before]
    ends = [*opens[1:], len(lines)]
    alone = sum(1 for a, z in zip(opens, ends, strict=True) if z - a == 1)
    for a, z in zip(opens, ends, strict=True):
        if z - a < 2:  # noqa: PLR2004 - two items make a list
            continue
        items = lines[a:z]
        mark = items[0].text[:2]
        if (
            mark in _LIST_MARKS
            and all(ln.text.startswith(mark) for ln in items)
            and not any("?" in ln.text or ln.text.rstrip().endswith(_EXCLAIMED) for ln in items)
        ):
            blocks.append((a, z))
    # The text's other blocks are one line each, for the most part (at least 4 in 5).
    others = len(opens) - len(blocks)
    return blocks if blocks and 5 * alone >= 4 * others else []


def _add_body(b: Builder, body: list[Line], *, wrapped: bool | None) -> None:
    """The body's paragraphs: one per line unless wrapped, with each list block one."""
    if wrapped is None:
        wrapped = looks_wrapped(body)
    if wrapped:
        b.add_paragraphs(body, wrapped=True)
        return
    if not any(map(_OPENS_ITEM, map(_FIRST_TWO, map(_TEXT, body)))):
        b.add_paragraphs(body, wrapped=False)
        return
    at = 0
    for a, z in _list_blocks(body):
        b.add_paragraphs(body[at:a], wrapped=False)
        b.add_paragraphs(body[a:z], wrapped=True)
        at = z
    b.add_paragraphs(body[at:], wrapped=False)


#: The most lines of a page's top read over the headline (site name, menu, breadcrumb).
MAX_TOP_LINES = 8
#: The most words of a line of a page's top (``Home > News > Environment``).
MAX_TOP_WORDS = 6


#: The most words of a line of the page's top with a word in lower case (``Sign in``,
#: ``Log in or register``): a longer one is capitalised throughout or a trail.
MAX_LOWER_TOP_WORDS = 3
# What parts a breadcrumb trail's steps: ``Home > News``, ``News / Local``, ``News » Local``.
_TRAIL_MARKS = (">", "\u203a", "\u00bb", "/", "|", "\u00b7", "\u2022")
#: What parts a page's title from the site's name after it: ``Headline | Site``,
#: ``Headline - Site``, ``Headline \u2013 Site``.
_SITE_TITLE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ")
#: The most words of a site's name after a page title's headline (``Diario del Sur``).
MAX_SITE_NAME_WORDS = 5
#: The short words a site's name may hold in lower case between its capitalised ones
#: (``El Diario de Valdemora``, ``Jornal da Serra``, ``The Voice of the Valley``): a
#: headline in sentence case holds other words in lower case (``Pool to reopen``).
_NAME_PARTICLES = frozenset({
    "of", "the", "and", "de", "del", "la", "las", "los", "el", "y", "da", "do", "dos",
    "das", "e", "du", "des", "et", "di", "della", "van", "von", "der", "für",
})  # fmt: skip


def _reads_as_site_name(text: str) -> bool:
    """Whether ``text`` reads as a site's name: a few capitalised words, particles aside.

    :data:`MAX_SITE_NAME_WORDS` words at most, the first and the last capitalised (or a
    figure: ``KXRV 7``), any other in lower case a particle (:data:`_NAME_PARTICLES`),
    no sentence's end.

    Examples:
        >>> [_reads_as_site_name(t) for t in ("Diario de Almar", "Good Table", "Pool to reopen")]
        [True, True, False]
    """
    words = text.split()
    if not 0 < len(words) <= MAX_SITE_NAME_WORDS or text.endswith((".", "!", "?", ":", ",")):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() for w in (words[0], words[-1])):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_PARTICLES for w in words)


#: The fewest items of a menu flattened onto one line (``News  Sport  Weather``).
MIN_MENU_ITEMS = 3
#: The most words of one item of such a menu (``Quick dinners``, ``Just In``).
MAX_MENU_ITEM_WORDS = 3
# What parts a flattened menu's items: two blanks or more (a tab too).
_MENU_GAP_RE = regex.compile(r"\s{2,}")


def _is_menu_row(text: str) -> bool:
    """Whether ``text`` is a menu flattened onto one line, its items two blanks apart.

    :data:`MIN_MENU_ITEMS` items or more, each a few words
    (:data:`MAX_MENU_ITEM_WORDS`) that a capital or a figure opens, no sentence's end:
    ``Just In  For You  Politics  World  Business``, ``Recipes  Baking  Quick
    dinners``. However many, they are the page's top, as a menu is item by item.

    Examples:
        >>> _is_menu_row("Recipes  Baking  Quick dinners"), _is_menu_row("Pool to reopen  soon")
        (True, False)
    """
    if text.endswith((".", "!", "?", ":", ",")):
        return False
    items = _MENU_GAP_RE.split(text.strip())
    return len(items) >= MIN_MENU_ITEMS and all(
        len(item.split()) <= MAX_MENU_ITEM_WORDS and (item[:1].isupper() or item[:1].isdigit())
        for item in items
    )


def _is_site_title(text: str) -> bool:
    """Whether ``text`` is a page's title: a headline, a separator and the site's name.

    ``Pool reopening date set | Valley Herald``, ``Sequía en Valdemora: restricciones de
    agua | Diario del Sur``: the last part reads as a site's name
    (:func:`_reads_as_site_name`), the first holds words. Pages worded for search
    engines set it over an ``<h1>`` worded for readers, and a copy that flattens the
    page keeps both, the title first.

    Examples:
        >>> _is_site_title("Pool reopening date set | Valley Herald")
        True
        >>> _is_site_title("Storm hits coast - three dead"), _is_site_title("Valley Herald")
        (False, False)
    """
    for sep in _SITE_TITLE_SEPARATORS:
        head, found, site = text.rpartition(sep)
        if found and head.strip() and _reads_as_site_name(site):
            return True
    return False


#: The dashes that part a page's title from the site's name, as they part a headline
#: from its own tail (``Storm hits coast - Three Dead``).
_TITLE_DASHES = (" - ", " \u2013 ", " \u2014 ")
# Words of a headline's own tail after a dash, no site's name: ``- Live Updates``,
# ``- Full Statement``, ``- Three Dead``.
_HEADLINE_TAIL_WORDS = frozenset({
    "live", "updates", "update", "statement", "transcript", "video", "photos", "pictures",
    "watch", "explained", "recap", "highlights", "timeline", "analysis", "interview",
    "dead", "killed", "injured", "hurt", "missing",
})  # fmt: skip
# Words that may stand beside :data:`_HEADLINE_TAIL_WORDS` in a tail that is a label
# throughout (``- Full Statement``, ``- Three Dead``, ``- Latest Updates``). A tail
# with any other word is a name that merely holds one (``- Kent Live``, ``- Consumer
# Watch``, ``- Island Video News``): a site's.
_HEADLINE_TAIL_MODIFIERS = frozenset({
    "full", "latest", "new", "more", "in", "the", "and", "as", "it", "happened", "at",
    "least", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "dozens", "scores", "several", "many", "hundreds",
})  # fmt: skip
# A lead that names the site as the one it spoke to (``..., the operator told the
# Valley Herald.``, ``said in a statement to the Valley Herald``) names the site it
# was written for, no source the headline quotes (``according to the Bank of ...``
# still is one).
_TOLD_THE_SITE = regex.compile(r"(?:\btold|(?<!\baccording )\bto)(?: the)?\s*$", regex.I)


def _is_tail_label(tail: str) -> bool:
    """Whether a headline's tail after a dash is a label of the story's kind throughout.

    Examples:
        >>> [_is_tail_label(t) for t in ("Live Updates", "Full Statement", "Three Dead")]
        [True, True, True]
        >>> [_is_tail_label(t) for t in ("Kent Live", "Consumer Watch", "Island Video News")]
        [False, False, False]
    """
    words = [caseless(w) for w in tail.split()]
    return any(w in _HEADLINE_TAIL_WORDS for w in words) and all(
        w in _HEADLINE_TAIL_WORDS or w in _HEADLINE_TAIL_MODIFIERS or w.isdigit() for w in words
    )


def _dash_tail_in_story(lines: Sequence[Line]) -> bool:
    """Whether the first line's capitalised tail after a dash is the headline's own, no site.

    ``Headline - Site`` is a page's title only as ``Headline | Site`` is; a headline sets
    a dash too, its tail capitalised as a name is: a label of the story's kind (``-
    Live Updates``, ``- Full Statement``: :data:`_HEADLINE_TAIL_WORDS`) or the source
    it quotes, which the lead names (``Rates will stay high for longer - Bank of
    Albion`` over ``The governor of the Bank of Albion warned ...``), where a site's
    name stands apart from its stories. A bar's tail is always the site's.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "Rates to stay high - Bank of Albion\\nThe Bank of Albion said so.\\n"
        >>> _dash_tail_in_story(split_lines(text))
        True
        >>> _dash_tail_in_story(split_lines("Pool reopens - Valley Herald\\nThe pool opened.\\n"))
        False
    """
    text = lines[0].text
    if any(sep in text for sep in _SITE_TITLE_SEPARATORS if sep not in _TITLE_DASHES):
        return False
    for sep in _TITLE_DASHES:
        head, found, site = text.rpartition(sep)
        if not (found and head.strip() and _reads_as_site_name(site)):
            continue
        if _is_tail_label(site):
            return True
        named = regex.compile(rf"\b{regex.escape(site)}\b")
        return any(
            line.text.endswith(_STANDFIRST_ENDS)
            and site in line.text
            and any(
                _TOLD_THE_SITE.search(line.text[: m.start()]) is None
                for m in named.finditer(line.text)
            )
            for line in lines[1 : 1 + MAX_TOP_LINES + LEAD_LINES]
        )
    return False


# The words a paper's name opens with in languages that set the noun first (``Diario
# del Sur``, ``Jornal da Serra``, ``Gazeta Nova``), lower case.
_PAPER_OPENERS = frozenset({"diario", "diário", "jornal", "gazeta", "gazzetta", "periódico"})


def _names_outlet(site: str) -> bool:
    """Whether the part of a page's title after the headline names the outlet.

    A newspaper's name or a web address (:func:`~newsparse.formats._page.title._names_paper`),
    or a site's name (:func:`_reads_as_site_name`) that an outlet's word closes
    (:data:`_OUTLET_ENDS`: ``Sky News``, ``Valley Press``) or a paper's opens
    (:data:`_PAPER_OPENERS`: ``Diario del Sur``), no label of the story's kind (``Live
    Updates``).

    Examples:
        >>> [_names_outlet(t) for t in ("The Valley Times", "Diario del Sur", "Bank of Albion")]
        [True, True, False]
    """
    if _names_paper(site):
        return True
    words = site.split()
    return (
        _reads_as_site_name(site)
        and not _is_tail_label(site)
        and (words[-1] in _OUTLET_ENDS or caseless(words[0]) in _PAPER_OPENERS)
    )


#: The fewest words of a headline a paper's name stands beside in a page's title.
MIN_TITLE_HEADLINE_WORDS = 2


def _headline_part(text: str) -> tuple[int, int]:
    """The offsets, within a headline's line, of the headline without a paper's name.

    A page's title copied with no ``<h1>`` under it sets the paper's name after the
    headline, or its address before it, a title separator apart (``Rates Rise Again -
    The Valley Times``, ``Bridge shut | valleyherald.com``, ``valleyherald.com | Bridge
    shut``): the name is a newspaper's (:func:`~newsparse.formats._page.title._names_paper`:
    title-cased, its last word a paper's, or a web address), no source the headline
    quotes (``Rates to stay high - Bank of Albion``) nor a label of the story's kind
    (``- Live Updates``), and the headline keeps two words at least.

    Examples:
        >>> text = "Rates Rise Again - The Valley Times"
        >>> a, z = _headline_part(text)
        >>> text[a:z]
        'Rates Rise Again'
        >>> _headline_part("Rates to stay high - Bank of Albion")
        (0, 35)
    """
    for sep in _SITE_TITLE_SEPARATORS:
        head, found, site = text.rpartition(sep)
        if (
            found
            and len(head.split()) >= MIN_TITLE_HEADLINE_WORDS
            and _names_outlet(site)
            # Both parts may name the outlet (``Inside the Valley Times | A Century
            # of Local News``): neither is taken for it.
            and not _names_outlet(head)
        ):
            return 0, len(head)
        site, found, head = text.partition(sep)
        if (
            found
            and len(head.split()) >= MIN_TITLE_HEADLINE_WORDS
            # A name before the headline only as a web address: a headline may open
            # with a paper's (``Inside the Valley Times | A century of news``).
            and len(site.split()) == 1
            and _names_paper(site)
        ):
            return len(site) + len(sep), len(text)
    return 0, len(text)


def _headline_field(b: Builder, line: Line) -> Field[str]:
    """The headline read from ``line``, a paper's name beside it filed as furniture.

    See :func:`_headline_part`.
    """
    a, z = _headline_part(line.text)
    if (a, z) == (0, len(line.text)):
        return line_field(line, b.rule("headline"))
    if a:
        b.add_furniture(line.start, line.start + a, b.rule("site"))
    else:
        b.add_furniture(line.start + z, line.end, b.rule("site"))
    span = Span(line.start + a, line.start + z)
    value = line.text[a:z]
    return Field(value=value, raw=span.of(b.text), span=span, rule=b.rule("headline"))


# The labels of a byline in the languages whose anonymous bylines we read, lower case.
_BY_WORDS = frozenset({"by", "par", "por", "von", "di", "door", "de", "af", "av"})


def _is_anonymous_byline(text: str) -> bool:
    """Whether ``text`` is a byline that names no one: ``By Anon.``, ``Por Anónimo``.

    Its label (:data:`_BY_WORDS`) and a word for an unnamed writer
    (``Anonymous``, ``Anon.``: :data:`~newsparse.extract.bylines._ANONYMOUS`), no more.

    Examples:
        >>> [_is_anonymous_byline(t) for t in ("By Anon.", "Por anónimo", "By Anon Lee")]
        [True, True, False]
    """
    words = text.split()
    return (
        len(words) == 2  # noqa: PLR2004 - the label and the word
        and caseless(words[0]).rstrip(":") in _BY_WORDS
        and caseless(words[1]).rstrip(".") in _ANONYMOUS
    )


def _in_sentence_case(text: str) -> bool:
    """Whether ``text`` is written as a headline in sentence case: a word in lower case, no trail.

    A page's chrome is capitalised throughout (``KVTR News Four``) or a breadcrumb trail
    (``Home > News > local``, :data:`_TRAIL_MARKS`).

    Examples:
        >>> [_in_sentence_case(t) for t in ("Pool to reopen", "KVTR News Four", "Home > local")]
        [True, False, False]
    """
    return any(w[:1].islower() for w in text.split()) and not any(
        sep in text for sep in _TRAIL_MARKS
    )


def _is_page_top(b: Builder, line: Line, below: Sequence[Line]) -> bool:
    """Whether ``line``, over the lines ``below``, may be of the page's top.

    A short line that ends no sentence (a site's name, a menu's item, a breadcrumb
    trail, a section's label; of more than :data:`MAX_LOWER_TOP_WORDS` words only
    capitalised throughout or a trail), a date line, or the page's title, which the
    headline among the lines below repeats.
    """
    text = line.text
    if any(ln.text == text for ln in below):
        return True
    if furniture_rule(text) is not None or _is_site_title(text):
        # A skip link or a menu's item the furniture table knows (``Skip to main
        # content``), or the page's title with the site's name after it.
        return True
    words = text.split()
    if _reads_as_site_name(text) or _is_menu_row(text):
        return True
    if (
        len(words) <= MAX_TOP_WORDS
        and not text.endswith((".", "!", "?", ":", ","))
        # Chrome is a few words, or capitalised throughout (``KVTR News Four``), or a
        # trail (``Home > News > Local``): a longer line in sentence case is a headline
        # (``Harbour town bans cruise ships``, a short standfirst under it).
        and (len(words) <= MAX_LOWER_TOP_WORDS or not _in_sentence_case(text))
    ):
        return True
    return _is_date_line(b, line)


#: The fewest words of a first line in sentence case read as a short headline, not
#: the page's top (``Pool to reopen`` over its standfirst).
MIN_SHORT_HEADLINE_WORDS = 3


def _reads_as_short_headline(b: Builder, line: Line, below: Sequence[Line]) -> bool:
    """Whether the page's first line is a short headline in sentence case, not its top.

    :data:`MIN_SHORT_HEADLINE_WORDS` words or more, one of them in lower case, no
    trail's mark, no line of the furniture table, no date and no repeat below: ``Pool
    to reopen`` over ``Leisure centre repairs finished two months early`` is the
    headline over its standfirst, where ``KVTR News 4`` or ``Home > News`` is chrome.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Pool to reopen\\nRepairs finished two months early\\nKVTR News 4\\n"
        >>> lines = split_lines(text)
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> _reads_as_short_headline(b, lines[0], lines[1:]), _reads_as_short_headline(
        ...     b, lines[2], lines[:0])
        (True, False)
    """
    text = line.text
    words = text.split()
    return (
        len(words) >= MIN_SHORT_HEADLINE_WORDS
        and _in_sentence_case(text)
        and b.furniture_of(text) is None
        # A site's name with particles in lower case (``El Diario de Valdemora``), or
        # the page's title with the site's name after it, is the page's top.
        and not _reads_as_site_name(text)
        and not _is_site_title(text)
        and not any(ln.text == text for ln in below)
        and not _is_date_line(b, line)
    )


class _Reach(NamedTuple):
    """What a header reading from a line finds (see :func:`_header_reach`)."""

    #: What the header under the line holds (the byline, the date: 0-2).
    under: int
    #: What it and the lines over the line hold together.
    reach: int
    #: Where the body starts under it.
    body: int
    #: Where the standfirst it read starts in the text, or -1.
    standfirst: int


def _header_reach(
    read_head: Callable[[Builder, list[Line], int], tuple[int, int | None]],
    b: Builder,
    lines: list[Line],
    i: int,
) -> _Reach:
    """How much of the header reading from ``lines[i]`` finds (the byline, the date: 0-2).

    Returns:
        What the header under ``lines[i]`` holds, and what it and the lines over
        ``lines[i]`` hold together, read as :func:`_take_page_top` reads them (the day's
        date over a menu); where the body starts under it and where its standfirst
        does. Read on a scratch builder: ``b`` is left as it was.
    """
    scratch = Builder(text=b.text, options=b.options, rule_prefix=b.rule_prefix)
    _take_page_top(scratch, lines[:i])
    over = scratch.date is not None
    body, _ = read_head(scratch, lines, i)
    reach = (scratch.byline is not None) + (scratch.date is not None)
    standfirst = scratch.summary.span.start if scratch.summary is not None else -1
    return _Reach(reach - over, reach, body, standfirst)


def _leads_with(lines: Sequence[Line], i: int, body: int) -> bool:
    """Whether the body's first lines from ``lines[body]`` hold half the words of ``lines[i]``.

    The words are those that tell of a story (:func:`~newsparse.formats._page.title.
    _topic_words`, four letters or more), over the :data:`LEAD_LINES` first lines of the
    body: an ``<h1>`` tells what its lead does, as the page's reader reads it.
    """
    topic = _topic_words(lines[i].text)
    told: set[str] = set()
    for line in lines[body : body + LEAD_LINES]:
        told |= _topic_words(line.text)
    return bool(topic) and 2 * len(topic & told) >= len(topic)


def _take_page_top(b: Builder, top: list[Line]) -> None:
    """File the page's top lines over the headline: a date line there is the date.

    The rest is furniture: menu items as the furniture table names them, the others
    (a site's name, a section's label) ``generic.page-top``.
    """
    for line in top:
        if b.date is None and _is_date_line(b, line) and b.take_date_line(line):
            continue
        if not b.take_furniture(line):
            b.add_furniture(line.start, line.end, b.rule("page-top"))


def _take_closing_byline(b: Builder, body: list[Line]) -> list[Line]:
    """With no byline over the story, a labelled one as its last line signs it.

    Some sites set the writer's names under the story, not over it (``By Sarah
    Quill``, ``Written by ...``, German ``Autor: Matthias Seidl``): a short line that a
    byline's label opens, ending no sentence, its names reading as people's
    (:func:`reads_as_names`), under a paragraph at least. It becomes the byline and
    leaves the body. Names alone there (a sign-off) are not read so: nothing marks
    them from a short last line of the story.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "The pool opened.\\nBy Sarah Quill"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> [ln.text for ln in _take_closing_byline(b, split_lines(text))]
        ['The pool opened.']
        >>> b.byline.value.authors
        ('Sarah Quill',)
    """
    if b.byline is not None or len(body) < 2:  # noqa: PLR2004 - a paragraph over it
        return body
    line = body[-1]
    if len(line.text) > MAX_NAME_LINE_CHARS or line.text.endswith((".", "!", "?")):
        return body
    found = read_byline(b.text, line.start, line.end, foreign=b.writes_by_label)
    if (
        found is None
        and reads_as_vietnamese_name(line.text)
        and writes_vietnamese(body[-2].text)
        and not body[-2].text.endswith(tuple(_CLOSERS))
    ):
        # A Vietnamese name alone (``Nguyễn Văn An``): its family name tells a person.
        found = read_byline(b.text, line.start, line.end, require_prefix=False)
    if found is None or not found.byline.authors or not reads_as_names(found):
        return body
    if not b.take_byline(line, found=found):
        return body
    return body[:-1]


#: The last lines of the body a writer's sign-off may start on: the names, a role, a
#: note about the writer (``Jane Doe`` / ``Staff Writer`` / ``Jane covers schools.``).
MAX_SIGN_OFF_LINES = 4
#: The most words of a note about the writer under the sign-off's names, which opens
#: with the writer's name (``Jane covers schools for the Herald.``).
MAX_SIGN_OFF_NOTE_WORDS = 25
#: The most words of the writer's tagline under the sign-off's names, which need not
#: name them (``Writer. Runner. Recovering scroller.``); a line of the story is longer.
MAX_TAGLINE_WORDS = 6
#: The fewest words of the sentence over a date line alone at the story's foot that
#: makes it the page's stamp (``He was 84.`` / ``Published - May 03, 2025``); a shorter
#: line is a label (``Race day.``).
MIN_WORDS_OVER_STAMP = 3
#: What may close a sentence after its stop: quotation marks, a bracket.
_CLOSERS = "\"')]\u201d\u2019\u00bb"


def _take_sign_off(b: Builder, body: list[Line]) -> list[Line]:
    """File what signs the story off under its last paragraph; return the rest.

    * The writer's names again, alone or after a byline's label (``Jane Doe``,
      ``Written by Jane Doe``, ``Autor: Jane Doe``), among the last
      :data:`MAX_SIGN_OFF_LINES` lines, the byline over the story naming the same
      writers, with nothing under them but what is about the writer
      (:func:`_about_writer`: the role, ``Staff Writer``, a note that opens with the
      writer's name, ``Jane covers schools for the Herald.``, a short tagline) and a
      date line at the foot: ``sign-off`` furniture, the lines under them too (the date
      ``date-stamp``). Names over the story's lines are a photo's credit (the writer
      took the pictures) and stay, and so do names under a label that announces them
      (``Contact:`` / ``Jane Doe``) and names that answer a question over them
      (:func:`_answers`). With no byline over the story the names are not read so:
      nothing tells them from a short last line of the story (a labelled one is the
      byline: :func:`_take_closing_byline`).
    * Else a date line alone under the story's last sentence (The Hindu's ``Published -
      May 03, 2025 07:45 pm IST``): ``date-stamp`` furniture, when it is the page's
      stamp (:func:`_is_foot_stamp`); the date over the story is the article's.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Pool reopens\\nBy Jo Roe\\nThe pool opened.\\nJo Roe\\nStaff Writer"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> lines = split_lines(text)
        >>> b.take_byline(lines[1])
        True
        >>> [ln.text for ln in _take_sign_off(b, lines[2:])]
        ['The pool opened.']
    """
    end = len(body)
    dated = end > 1 and _is_date_line(b, body[-1])
    if dated:
        end -= 1
    k = _sign_off_at(b, body, end)
    if k is None:
        if dated and _is_foot_stamp(b, body[-2], body[-1]):
            b.add_furniture(body[-1].start, body[-1].end, b.rule("date-stamp"))
            return body[:-1]
        return body
    for ln in body[k:end]:
        b.add_furniture(ln.start, ln.end, b.rule("sign-off"))
    if dated:
        b.add_furniture(body[-1].start, body[-1].end, b.rule("date-stamp"))
    return body[:k]


def _sign_off_at(b: Builder, body: list[Line], end: int) -> int | None:
    """Where the writer's sign-off starts in ``body[:end]``, if anywhere.

    The sign-off is read as :func:`_take_sign_off` tells.
    """
    if b.byline is None or not b.byline.value.authors:
        return None
    authors = {caseless(a) for a in b.byline.value.authors}
    for k in range(end - 1, max(end - MAX_SIGN_OFF_LINES, 1) - 1, -1):
        line = body[k]
        if len(line.text) > MAX_NAME_LINE_CHARS:
            continue
        found = read_byline(b.text, line.start, line.end, foreign=b.writes_by_label)
        if found is None:
            found = read_byline(b.text, line.start, line.end, require_prefix=False)
        if (
            found is None
            or not found.byline.authors
            or {caseless(a) for a in found.byline.authors} != authors
            or not all(_about_writer(ln.text, authors) for ln in body[k + 1 : end])
            # Under a label (``Contact:``) the names are what it announces.
            or body[k - 1].text.endswith((":", "\uff1a"))
            or _answers(body[k - 1].text, body[k + 1 : end])
        ):
            continue
        return k
    return None


def _answers(over: str, under: list[Line]) -> bool:
    """Whether names under the line ``over`` answer it, with the lines ``under`` them.

    Under a question, names with more than the writer's role under them are an
    interview's answer going on (``Who inspired you to teach?`` / ``Liam Dunne`` /
    ``He was my history teacher.``). Under a column's last question the writer's names
    alone, or with their role, sign it (``What do you think?`` / ``Jane Doe`` /
    ``Staff Writer``), or with where to follow or reach them (``Follow Jane on Twitter
    @jwhitlock``).

    Examples:
        >>> from newsparse._text import split_lines
        >>> role, note = split_lines("Staff Writer\\nHe was my teacher.")
        >>> [_answers("Who inspired you?", [note]), _answers("What do you think?", [role]),
        ...  _answers("What do you think?", []), _answers("The pool opened.", [note])]
        [True, False, False, False]
        >>> _answers("What do you think?", split_lines("Follow Jane on Twitter @jwhitlock"))
        False
    """
    return over.rstrip(_CLOSERS).endswith("?") and not all(
        is_role_line(ln.text) or _WRITER_CONTACT_RE.search(ln.text) is not None for ln in under
    )


# A line under the writer's sign-off that tells where to follow or reach them, no answer
# to a question over the names: ``Follow Jane on Twitter @jwhitlock``, ``Email:
# jane@herald.example``, ``@jwhitlock``.
_WRITER_CONTACT_RE = regex.compile(
    r"^(?:Follow|E-?mail|Contact|Reach)\b|(?:^|\s)@\w|\w@\w[\w.-]*\.\w", regex.I
)


def _is_foot_stamp(b: Builder, over: Line, line: Line) -> bool:
    """Whether the date line ``line`` under ``over`` is the page's stamp under the story.

    A date under a stamp's label (``Published - May 03, 2025``, ``Updated: ...``,
    :func:`_opens_with_stamp_label`) is the page's stamp whatever stands over it.
    Else:
    The line over it ends a sentence of :data:`MIN_WORDS_OVER_STAMP` words or more: a
    date under a line that runs on to it (``Her funeral will be held on`` / ``Friday 14
    March 2025``), that announces it (``The fair opens on:``) or labels it (``Race
    day``) is the story's. And the story has a byline (the page's stamps come with its
    writer's name) or the date is the article's own day: a statement's or a letter's
    closing date with nothing else to date it is the story's.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "By Jo Roe\\nThe pool opened on Monday.\\nPublished - May 03, 2025"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> lines = split_lines(text)
        >>> b.take_byline(lines[0])
        True
        >>> _is_foot_stamp(b, lines[1], lines[2])
        True
    """
    if _opens_with_stamp_label(line.text):
        # A labelled date is the page's stamp whatever stands over it: no story's
        # sentence runs on to ``Published -`` or ``Updated -``.
        return True
    text = over.text.rstrip(_CLOSERS)
    if (
        not text
        or text[-1] not in _STANDFIRST_ENDS
        or len(over.text.split()) < MIN_WORDS_OVER_STAMP
    ):
        return False
    if b.byline is not None and b.byline.value.authors:
        return True
    if b.date is None:
        return False
    found = next(find_dates(b.text, line.start, line.end, options=b.options), None)
    return found is not None and found.value.date() == b.date.value.date()


def _opens_with_stamp_label(text: str) -> bool:
    """Whether the date line ``text`` opens with a page stamp's label (``Published -``).

    The label is one of :data:`~newsparse.vocab.STAMP_LABELS`, perhaps after one of
    :data:`~newsparse.vocab.STAMP_LEADS` (``Last updated:``).

    Examples:
        >>> [_opens_with_stamp_label(t) for t in (
        ...     "Published - May 03, 2025", "Last updated: 4 May 2025", "Friday 14 March 2025")]
        [True, True, False]
    """
    words = [caseless(w.rstrip(":-\u2013\u2014|,")) for w in text.split()[:2]]
    if words and words[0] in STAMP_LEADS:
        words = words[1:]
    return bool(words) and words[0] in STAMP_LABELS


def _about_writer(text: str, authors: set[str]) -> bool:
    """Whether ``text``, under the writer's sign-off, is about the writer (``authors``, caseless).

    The writer's role (``Staff Writer``), a note of :data:`MAX_SIGN_OFF_NOTE_WORDS`
    words at most that opens with the writer's full or given name and a verb (``Liam
    covers education for the Herald.``), or a tagline of :data:`MAX_TAGLINE_WORDS`
    words at most (``Writer. Runner. Recovering scroller.``).

    Examples:
        >>> names = {"liam dunne"}
        >>> [_about_writer(t, names) for t in (
        ...     "Staff Writer", "Liam covers schools for the Herald.", "Writer. Runner.",
        ...     "The event raised more than 12,000 pounds for the hospice.")]
        [True, True, True, False]
    """
    words = text.split()
    if is_role_line(text) or len(words) <= MAX_TAGLINE_WORDS:
        return True
    if len(words) > MAX_SIGN_OFF_NOTE_WORDS:
        return False
    low = caseless(text)
    return any(
        low.startswith(opening) and low.startswith(_NOTE_VERBS, len(opening))
        for name in authors
        for opening in {name, name.split()[0]}
    )


def _is_headline(line: Line) -> bool:
    text = line.text
    if len(text) > MAX_HEADLINE_CHARS:
        return False
    # A long line ending in a full stop is a paragraph, not a headline.
    return not (len(text) > 160 and text.endswith("."))  # noqa: PLR2004


#: The most lines between the headline and the date line that the header's readers do
#: not know and that are passed over to the date (``City Hall`` / ``By Owen Greer`` /
#: date; ``Ruth Callan`` / ``F1 Correspondent`` / date).
MAX_HEADER_GAPS = 2


# How a line of a story ends: a stop, perhaps inside a closing quotation mark.
_LINE_SENTENCE_ENDS = (".", "!", "?", '."', ".\u201d")


def _is_header_gap(line: Line) -> bool:
    """Whether ``line`` may stand in the header between the headline and the date.

    A short line (:data:`MAX_NAME_LINE_CHARS` characters at most) that ends no sentence:
    a section's label, a credit, a writer's role, names, a standfirst with no stop; not
    a paragraph.
    """
    text = line.text
    return 0 < len(text) <= MAX_NAME_LINE_CHARS and not text.endswith(_LINE_SENTENCE_ENDS)


# A label's colon after a word (``Key dates:``), not a clock's (``08:12``).
_LABEL_COLON_RE = regex.compile(r"\p{L}\x20?:")


#: The most lines of one entry of a timeline between its dates (``14 January 2025`` /
#: ``Crews vote to strike.`` / ``2 February 2025``).
MAX_TIMELINE_ENTRY_LINES = 3


def _opens_timeline(b: Builder, lines: list[Line], i: int) -> bool:
    """Whether the date line ``lines[i]`` opens a timeline: a story's line, then a date line.

    A timeline sets each event under its date alone (``14 January 2025`` / ``Crews
    vote to strike.`` / ``2 February 2025`` / ...): its first date is the first
    event's, not the story's, and the lines over it (``Timeline of the walkout``) are
    no header to pass over. A header's own dates (published, then updated) stand
    together, no story's line between them.

    Examples:
        >>> from newsparse.model import ParseOptions
        >>> text = "14 January 2025\\nCrews vote to strike.\\n2 February 2025\\nThe strike began."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> _opens_timeline(b, split_lines(text), 0), _opens_timeline(b, split_lines(text), 2)
        (True, False)
    """
    told = False
    for line in lines[i + 1 : i + 2 + MAX_TIMELINE_ENTRY_LINES]:
        if told and _is_date_line(b, line):
            return True
        told = told or line.text.endswith(_LINE_SENTENCE_ENDS)
    return False


def _date_line_within(b: Builder, lines: list[Line], i: int, reach: int) -> bool:
    """Whether a date line stands among ``lines[i : i + reach]``, all of them header gaps.

    A date alone, perhaps with its label, its place or the page's stamps beside it
    (:func:`_is_date_line`), or a line the header reads as dated with no label's colon
    and no full stop at its end (a desk before the date, ``TNN / Sep 2, 2025, 08:12 IST``; a
    clock after it, ``3 april 2025 kl 14.20``): other words beside a date (``Key dates:
    3 March 2024``, ``Pool, 3 March 2024.``) make no date line to pass lines over for.
    """
    for at, line in enumerate(lines[i : i + reach], i):
        if _is_date_line(b, line):
            return not _opens_timeline(b, lines, at)
        if _LABEL_COLON_RE.search(line.text) is None and not line.text.endswith("."):
            scratch = Builder(text=b.text, options=b.options, rule_prefix=b.rule_prefix)
            if scratch.take_dated_line(line) and scratch.date is not None:
                return True
        if not _is_header_gap(line):
            return False
    return False


def _capitals_alone(b: Builder, found: BylineMatch) -> bool:
    """Whether names read in a header gap are in capitals the page sets no names in.

    Nothing but the date under it says a line passed over is a writer's: a line in
    capitals there is as often a label (``FOR IMMEDIATE RELEASE``, ``PRESS OFFICE``)
    or an organisation (``GREYFIELD ACADEMY``). Capitals are names' only where the page
    writes so, its headline in capitals too or the names set again in the text (a
    sign-off, ``JANE DOE``).

    Examples:
        >>> from newsparse.model import ParseOptions
        >>> text = "Pool reopens\\nGREYFIELD ACADEMY\\n3 March 2024\\nThe pool opened."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> b.headline = line_field(split_lines(text)[0], "generic.headline")
        >>> found = read_byline(text, 13, 30, require_prefix=False)
        >>> _capitals_alone(b, found)
        True
    """
    names = [name for name in found.byline.authors if name.isupper()]
    if not names:
        return False
    if b.headline is not None and b.headline.value.isupper():
        return False
    end = found.span.end
    return not any(b.text.find(name, end) >= 0 for name in names)


# Quotation marks that open and close a line quoted whole: ``"..."``, ``\u201c...\u201d``,
# ``\u00ab...\u00bb``, ``\u201e...\u201c``.
_QUOTE_PAIRS = (('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c"))


def _is_quoted(text: str) -> bool:
    """Whether ``text`` is a quote and nothing else: ``"Enough is enough"``.

    Examples:
        >>> _is_quoted('"Enough is enough"'), _is_quoted('Farmers say "enough"')
        (True, False)
    """
    return len(text) > 2 and any(  # noqa: PLR2004
        text.startswith(a) and text.endswith(z) for a, z in _QUOTE_PAIRS
    )


def _take_header_gap(b: Builder, line: Line) -> None:
    """File a line the header passed over on the way to the date (:func:`_date_line_within`).

    Names (``Ruth Callan``, ``By Priya Shah, Year 10``) are the byline where the header
    read none; a line in sentence case right under the headline, with no standfirst
    read, is the standfirst (``Islanders say the change will hurt businesses``), as is
    a quote there however short (``"Enough is enough"``); any
    other line (``City Hall``, ``Photography by Lin Cao``, ``F1 Correspondent``) is the
    header's furniture.
    """
    if b.byline is None:
        found = read_byline(b.text, line.start, line.end, foreign=b.writes_by_label)
        if found is None:
            found = _bare_names(b, line)
        if (
            found is not None
            and found.byline.authors
            and reads_as_names(found)
            and not _capitals_alone(b, found)
            and b.take_byline(line, require_prefix=False, found=found)
        ):
            return
    if (
        b.summary is None
        and b.headline is not None
        # Right under the headline: nothing but blanks between them.
        and not b.text[b.headline.span.end : line.start].strip()
        and (
            (_in_sentence_case(line.text) and len(line.text.split()) >= MIN_HEADLINE_WORDS)
            # A quote under the headline, however short (``"Enough is enough"``),
            # is the story's voice, no label.
            or _is_quoted(line.text)
        )
    ):
        b.summary = line_field(line, b.rule("standfirst"))
        return
    b.add_furniture(line.start, line.end, b.rule("header-gap"))


# The heading of the list of a page's links a text browser's dump closes with (``lynx
# -dump``): ``References``, ``Visible links``, ``Hidden links:``.
_LINK_LIST_HEADS = frozenset({"references", "visible links", "visible links:", "hidden links:"})
# One numbered address of that list: ``1. https://example.com/news``.
_LINK_REFERENCE_RE = regex.compile(
    r"\d{1,5}+\.[\x20\t]++(?:https?|ftp|file|mailto|news):[^\s]{1,2000}+"
)


def _take_link_references(b: Builder, lines: list[Line]) -> list[Line]:
    """The lines over the list of links a text browser's dump closes with, the list filed.

    ``lynx -dump`` numbers a page's links in its text (``[5]third increase``) and lists
    their addresses at the end under ``References`` (or ``Visible links`` / ``Hidden
    links:``), one numbered address a line (``5. https://example.com/rates``). Such a
    heading followed by such lines to the end (or to the next such heading), one at
    least, is furniture
    (``generic.link-references``); a heading of that word over anything else (a
    story's list of sources, ``References`` over ``1. Smith, J. (2020) ...``) stays.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "Pool to reopen\\nThe pool.\\nReferences\\n 1. https://x.example/\\n"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> [ln.text for ln in _take_link_references(b, split_lines(text))]
        ['Pool to reopen', 'The pool.']
    """
    end = len(lines)
    rule = b.rule("link-references")
    while True:  # ``Hidden links:`` may follow ``Visible links``' list
        i = end
        while i > 0 and _regex.fullmatch(_LINK_REFERENCE_RE, lines[i - 1].text) is not None:
            i -= 1
        if i in (end, 0) or caseless(lines[i - 1].text) not in _LINK_LIST_HEADS:
            break
        for line in lines[i - 1 : end]:
            b.add_furniture(line.start, line.end, rule)
        end = i - 1
    return lines[:end]


#: The first lines of a text a Markdown heading may open to read it as Markdown.
MARKDOWN_HEAD_LINES = 5
# A Markdown heading's marker: ``# Headline``, ``## Deck``.
_MD_HEADING_RE = regex.compile(r"\#{1,6}+[\x20\t]++(?=\S)")
# A line that is one Markdown link or image and nothing else: ``[Read more: ...](url)``.
_MD_LINK_LINE_RE = regex.compile(r"!?+\[[^\[\]\n]{0,300}+\]\([^()\s]{1,500}+\)")
# The marks that wrap a whole line to set it in bold or italics, longest first.
_MD_EMPHASIS = ("**", "__", "*", "_")


def _unwrap_markdown(b: Builder, lines: list[Line]) -> list[Line]:
    """The lines of a page saved as Markdown, their marks filed as furniture.

    A text one of whose first :data:`MARKDOWN_HEAD_LINES` lines opens with a heading's
    marker (``# Headline``) is Markdown: each heading's marker (``#`` to ``######``)
    and the marks that set a whole line in bold or italics (``**By Jo Roe**``,
    ``*March 3, 2025*``, ``_Updated_``) are furniture (``generic.markdown``), the line
    read inside them; a line that is one link or image and nothing else (``[Read
    more: ...](https://...)``, ``![A photo](...)``) is a related story's or a picture's,
    furniture too. Any other text keeps its lines as they are: a hashtag holds no
    blank after its ``#``.

    Examples:
        >>> from newsparse._text import split_lines
        >>> from newsparse.model import ParseOptions
        >>> text = "# Pool to reopen\\n**By Jo Roe**\\n[More](https://x.example/a)\\nThe pool.\\n"
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
        >>> [ln.text for ln in _unwrap_markdown(b, split_lines(text))]
        ['Pool to reopen', 'By Jo Roe', 'The pool.']
    """
    # Most texts open no line with ``#``: the heading's pattern runs only on those that do.
    if not any(
        line.text.startswith("#") and _regex.match(_MD_HEADING_RE, line.text) is not None
        for line in lines[:MARKDOWN_HEAD_LINES]
    ):
        return lines
    rule = b.rule("markdown")
    out: list[Line] = []
    for line in lines:
        if _regex.fullmatch(_MD_LINK_LINE_RE, line.text) is not None:
            b.add_furniture(line.start, line.end, rule)
            continue
        a, z = 0, len(line.text)
        if (m := _regex.match(_MD_HEADING_RE, line.text)) is not None:
            a = m.end()
        inner = line.text[a:z]
        for mark in _MD_EMPHASIS:
            n = len(mark)
            if (
                len(inner) > 2 * n
                and inner.startswith(mark)
                and inner.endswith(mark)
                and mark not in inner[n:-n]
                and not inner[n].isspace()
                and not inner[-n - 1].isspace()
            ):
                b.add_furniture(line.start + z - n, line.end, rule)
                a, z = a + n, z - n
                break
        if a:
            b.add_furniture(line.start, line.start + a, rule)
        if (a, z) == (0, len(line.text)):
            out.append(line)
            continue
        text = line.text[a:z]
        out.append(line._replace(start=line.start + a, end=line.start + z, text=text))
    return out


class GenericFormat(EvidenceFormat):
    """Anything no other format claims (the BBC dataset's layout is exactly this).

    Examples:
        >>> from newsparse.model import ParseOptions
        >>> GenericFormat().parse("Title\\n\\nBody.", ParseOptions()).headline.value
        'Title'
    """

    name = "generic"
    priority = -100
    EVIDENCE: ClassVar[tuple[Evidence, ...]] = ()

    def score(self, text: str) -> float:
        """A small constant: generic reads anything, but any real layout should win."""
        return 0.0 if not text or text.isspace() else 0.05

    def explain_scan(self, scan: Scan) -> tuple[float, tuple[str, ...]]:
        """The constant score, with ``fallback`` as its evidence."""
        score = self.score(scan.text)
        return score, ("fallback",) if score else ()

    def score_at_least(self, scan: Scan, floor: float) -> float | None:  # noqa: ARG002
        """The constant score (there is nothing to stop early on)."""
        return self.score(scan.text)

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        """Parse text in the generic layout (see the module docstring)."""
        b = Builder(text=text, options=options, rule_prefix="generic")
        lines = _take_link_references(b, split_lines(text))
        n = b.take_trailers(lines)
        # An editor's line closes a Chinese portal's page (``责任编辑:李红``) as Xinhua's
        # copy: an editing credit, whatever trailers stand under it.
        if n and _take_editor(b, lines[n - 1]):
            n = b.take_trailers(lines[: n - 1])
        lines = lines[:n]
        contact = _contact_block_end(lines)
        for line in lines[:contact]:
            b.add_furniture(line.start, line.end, b.rule("contact"))
        lines = _unwrap_markdown(b, lines[contact:])
        top = self._chrome_over_headline(b, lines)
        if top:
            _take_page_top(b, lines[:top])
        i, standfirst_at = self._read_head(b, lines, top)
        if _deck_under_header(b, lines, i):
            i += 1
        body = _take_captions(b, _take_closing_boxes(b, b.take_furniture_lines(lines[i:])))
        body = _take_teaser_heads(b, body)
        body = _take_sign_off(b, _take_closing_byline(b, body))
        wrapped = None
        if standfirst_at is not None:
            # The layout is judged as if the standfirst and the header under it were
            # body, as they were before that header was read: taking a closed sentence
            # and a date line away must not make one-line paragraphs look hard-wrapped
            # (and merge them into one).
            head = [ln for ln in lines[standfirst_at:i] if b.furniture_of(ln.text) is None]
            wrapped = looks_wrapped([*head, *body])
        _add_body(b, body, wrapped=wrapped)
        # A lead opening with its place alone and a dash (``JAKARTA, KOMPAS.com - ...``).
        read_place_lead(b)
        return b.build()

    def _chrome_over_headline(self, b: Builder, lines: list[Line]) -> int:
        """Where the headline stands under the page's top lines, or 0 (the first line).

        A page copied whole, too bare of chrome to read as a ``webpage``, opens with its
        top: the site's name, a few menu items, a breadcrumb trail, a section's label,
        the day's date (``KVTR News 4`` / ``Weather`` / ``Traffic``, ``Home > News >
        Environment``). The headline is the line under them that the header (the byline
        or the date) stands under. Such a line is taken when every line above it is
        short (:data:`MAX_TOP_WORDS` words at most, ending no sentence), a date line or
        the headline itself (the page's title), at most :data:`MAX_TOP_LINES` of them,
        and when it reads more of the header (the byline, the date) than the first
        line as the headline does: headers are tried on scratch builders.

        Examples:
            >>> from newsparse._text import split_lines
            >>> from newsparse.model import ParseOptions
            >>> text = (
            ...     "Valley Herald\\nNews\\nSport\\nPool to reopen next month\\n"
            ...     "By Sarah Quill\\n3 March 2024\\nThe pool opened."
            ... )
            >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
            >>> GenericFormat()._chrome_over_headline(b, split_lines(text))
            3
        """
        first = None
        reach = min(len(lines) - 1, MAX_TOP_LINES + 1)
        if len(lines) > 1 and _reads_as_short_headline(b, lines[0], lines[1:reach]):
            return 0
        if len(lines) > 1 and _dash_tail_in_story(lines):
            # A headline with its own tail after a dash, no page's title: the headline.
            return 0
        titled = len(lines) > 1 and _is_site_title(lines[0].text)

        def read_head(scratch: Builder, lines: list[Line], i: int) -> tuple[int, int | None]:
            # The header as read without passing over lines: a menu's line read as the
            # headline would pass over the ``<h1>`` under it to the date.
            return self._read_head(scratch, lines, i, gaps=False)

        passed = 0  # a line over the header past which a lower one was looked for
        for i in range(1, reach):
            line = lines[i]
            if not _is_page_top(b, lines[i - 1], lines[i:reach]):
                return passed
            words = len(line.text.split())
            if (
                not _is_headline(line)
                or line.text.endswith((".", "!", "?"))  # a sentence
                or (
                    words < MIN_HEADLINE_WORDS
                    # A short ``<h1>`` the title words longer (``Spiced pear crumble``
                    # under ``Spiced pear crumble recipe | Good Table``).
                    and not (
                        titled
                        and words >= MIN_SHORT_HEADLINE_WORDS
                        and caseless(lines[0].text).startswith(caseless(line.text))
                    )
                )
            ):
                continue
            found = _header_reach(read_head, b, lines, i)
            reach = found.reach
            if not found.under:
                continue
            if first is None:
                first = _header_reach(read_head, b, lines, 0).reach
            if reach < first or (
                reach == first and not (titled and _leads_with(lines, i, found.body))
            ):
                # The title over an ``<h1>`` worded apart reads as far as the ``<h1>``
                # does (the ``<h1>`` its standfirst): the ``<h1>`` is the headline when
                # it tells of the lead.
                continue
            if (
                i + 1 < len(lines)
                and found.standfirst == lines[i + 1].start
                and _is_page_top(b, line, lines[i + 1 : reach])
            ):
                # A menu's line over the ``<h1>`` reads with it as its standfirst
                # (``Portada  Local  Deportes`` / headline / names / date): the
                # ``<h1>`` under it is tried next, this line if that fails.
                passed = passed or i
                continue
            return i
        return passed

    def _read_head(
        self, b: Builder, lines: list[Line], i: int = 0, *, gaps: bool = True
    ) -> tuple[int, int | None]:
        """Read the headline and the header lines around it, from ``lines[i]``.

        With ``gaps``, up to :data:`MAX_HEADER_GAPS` lines the header's readers do not
        know are passed over to a date line under them (:func:`_take_header_gap`);
        :meth:`_chrome_over_headline` weighs headers read without them, where the
        ``<h1>`` under a menu would be passed over as one.

        Returns:
            Where the body starts, and where the standfirst is (``None`` without one).
        """
        standfirst_at = None
        header_budget = 6
        passed: list[Line] = []  # lines passed over on the way to the date line
        reader = False  # a reader view's header: the site's address over the names
        while i < len(lines) and header_budget > 0:
            line = lines[i]
            had_byline = b.byline is not None
            if i < MAX_SITE_LINE and _is_site_address(line.text):
                # A browser's reader view sets the site's address by the headline
                # (``valleyherald.example``), then the writer's names and a reading time.
                b.add_furniture(line.start, line.end, b.rule("site"))
                reader = True
                i += 1
                continue
            if reader and _regex.fullmatch(_READER_MINUTES_RE, line.text) is not None:
                b.add_furniture(line.start, line.end, b.rule("reading-time"))
                i += 1
                continue
            if (
                reader
                and b.headline is not None
                and b.byline is None
                and (found := _bare_names(b, line)) is not None
                and b.take_byline(line, require_prefix=False, found=found)
            ):
                i += 1
                continue
            if b.headline is not None and b.byline is None and _is_anonymous_byline(line.text):
                # ``By Anon.``: a byline naming no one, furniture (no standfirst).
                b.add_furniture(line.start, line.end, b.rule("byline-anonymous"))
                i += 1
                continue
            # A head stamp the date line reader leaves: ``... GMT+1Updated 2 hours ago``.
            took = int(
                b.take_furniture(line)
                or b.take_dated_line(line, bare_names=b.headline is not None)
                or take_head_stamp(b, line)
                or _take_stamped_date(b, line)
                or b.take_label_over_date(lines, i)
            )
            if not took and b.byline is None:
                # A byline may take the line under it too (``Staff Writer``, ``Associated
                # Press``, or the names a wrap carried over).
                took = take_two_line_byline(b, lines, i)
                if not took and b.headline is not None:
                    took = (
                        _names_by_the_date(b, lines, i)
                        or _names_over_their_desk(b, lines, i)
                        or _label_over_header(b, lines, i)
                    )
            if (
                took
                or (b.headline is not None and self._take_role_byline(b, line))
                or (b.headline is not None and b.take_edited_by(line))
            ):
                i += max(took, 1)
                header_budget -= 1
                if not had_byline and b.byline is not None:
                    i = self._skip_role(b, lines, i)
                continue
            if b.headline is not None and b.byline is None and b.date is None:
                rules = _caption_rules(lines, i)
                if (
                    rules
                    and i + len(rules) < len(lines)
                    and _opens_header(b, lines[i + len(rules)])
                ):
                    # A photo's caption between the headline and the byline or the date:
                    # furniture, no standfirst, and the header goes on under it.
                    for ln, rule in zip(lines[i:], rules, strict=False):
                        b.add_furniture(ln.start, ln.end, f"furniture.{rule}")
                    i += len(rules)
                    header_budget -= 1
                    continue
            if (
                b.headline is not None
                and b.byline is None
                and b.date is None
                and "publication" not in b.metadata
                and i + 1 < len(lines)
                and (outlet := _paper_of(line)) is not None
                and _opens_header(b, lines[i + 1])
            ):
                # The paper's name between the headline and the byline or the date
                # (``Kerala Tribune`` / ``By Anil Varghese``): furniture, its name kept.
                b.add_furniture(line.start, line.end, b.rule("publication"))
                b.metadata["publication"] = outlet
                i += 1
                header_budget -= 1
                continue
            if (
                b.headline is not None
                and b.summary is None
                and b.byline is None
                and b.date is None
                and i + 1 < len(lines)
                and _is_standfirst_label(line)
                and _is_standfirst(lines[i + 1])
            ):
                # A label over the standfirst (the Economic Times' ``Synopsis``) marks it
                # as one, whatever stands under it: the label is furniture.
                b.add_furniture(line.start, line.end, b.rule("standfirst-label"))
                b.summary = line_field(lines[i + 1], b.rule("standfirst"))
                standfirst_at = i + 1
                i += 2
                continue
            if (
                b.headline is not None
                and b.summary is None
                and b.byline is None
                and b.date is None
                and (
                    _is_standfirst(line)
                    or _is_deck(line, b.headline.value)
                    or _is_short_deck(line, b.headline.value, lines[i + 1 :])
                )
                and _header_under(b, lines, i + 1)
            ):
                # A standfirst between the headline and the byline or the date.
                b.summary = line_field(line, b.rule("standfirst"))
                standfirst_at = i
                i += 1
                continue
            if b.headline is None and _is_headline(line):
                if i + 1 < len(lines) and (
                    _is_kicker(line, lines[i + 1]) or _labels_headline(b, lines, i)
                ):
                    # A section label over the headline: furniture, and its name kept.
                    b.add_furniture(line.start, line.end, b.rule("kicker"))
                    b.metadata["kicker"] = line.text
                    i += 1
                    continue
                b.headline = _headline_field(b, line)
                i += 1
                header_budget = 4
                continue
            if (
                gaps
                and b.headline is not None
                and b.date is None
                and len(passed) < MAX_HEADER_GAPS
                and _is_header_gap(line)
                # Names over names (``Sarah Quill`` / ``Tom Baxter`` / date) may be two
                # writers or a writer and a place: neither is passed over for the other.
                and not (
                    i + 1 < len(lines)
                    and _bare_names(b, line) is not None
                    and _bare_names(b, lines[i + 1]) is not None
                )
                and _date_line_within(b, lines, i + 1, MAX_HEADER_GAPS - len(passed))
            ):
                # A line the header's readers do not know between the headline and the
                # date line (a section's label, a second credit, a role, a kicker):
                # passed over, the date read under it, and it read after.
                passed.append(line)
                i += 1
                continue
            break
        for gap in passed:
            _take_header_gap(b, gap)
        return i, standfirst_at

    def _skip_role(self, b: Builder, lines: list[Line], i: int) -> int:
        """The reporter's role (``Staff Writer``) or outlet under the byline is furniture.

        Returns:
            The index of the line after it, or ``i`` when line ``i`` is no role.
        """
        under = _under_byline(lines[i]) if i < len(lines) else None
        if under is None:
            return i
        rule, outlet = under
        if outlet is not None:
            # The writer's outlet (``Tribune News Service``) is the byline's organisation,
            # over the date line only, and where the byline names none.
            if (
                b.byline is None
                or b.byline.value.organization is not None
                or i + 1 >= len(lines)
                or not _is_date_line(b, lines[i + 1])
            ):
                return i
            value = attrs.evolve(b.byline.value, organization=outlet)
            b.byline = attrs.evolve(b.byline, value=value)
        b.add_furniture(lines[i].start, lines[i].end, b.rule(rule))
        return i + 1

    def _take_role_byline(self, b: Builder, line: Line) -> bool:
        """Names that a role follows, with no ``By``: ``Jane Doe, Staff Writer``."""
        if b.byline is not None or len(line.text) > MAX_ROLE_BYLINE_CHARS:
            return False
        if read_names_with_role(b.text, line.start, line.end) is None:
            return False
        return b.take_byline(line, require_prefix=False)
