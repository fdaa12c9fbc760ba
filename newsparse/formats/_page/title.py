"""The head of a web page: the title, the ``<h1>``, bylines and date lines.

How the title splits into the headline and the site's name, which line is the
``<h1>``, what a standfirst or a deck under it reads like, which lines hold the
writers' names or name the site, the words a headline and the body share, and which
lines stamp the article with a date or a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsparse import _regex
from newsparse._text import caseless, holds_any
from newsparse.extract.bylines import (
    BylineMatch,
    is_role_line,
    is_role_title,
    read_byline,
    reads_as_names,
)
from newsparse.extract.dates import DateMatch, find_dates, may_hold_date, opens_span
from newsparse.extract.furniture import furniture_rule
from newsparse.formats._page.lines import (
    _CLOSING_QUOTES,
    _EMAIL_RE,
    _HANDLE_RE,
    _OPENING_QUOTES,
    _STAMP_END_CHARS,
    _UPDATED_RE,
    MAX_DATE_LINE,
    MAX_STAMP_LINE,
    MIN_TITLE_WORDS,
    _holds_date,
    _is_header_line,
    _is_stamp_line,
    _title_cased,
)
from newsparse.stopwords import STOPWORDS
from newsparse.vocab import PUBLICATION_WORDS, WEEKDAYS

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from newsparse._text import Line
    from newsparse.extract.classify import LineInfo
    from newsparse.formats._base import Builder

# A word, for the words a headline and the body share.
_TOPIC_WORD_RE = regex.compile(r"\w+")
# Separators between a headline and the site name in a page title, in the order
# they are tried.
_TITLE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00bb ", " / ")
# Today and yesterday, in the languages pages stamp a time with them (``Yesterday,
# 15:42``, ``Gestern, 15:42``, ``Вчера, 15:42``, ``Dün 15:42``).
_RELATIVE_DAYS = (
    "today", "yesterday", "heute", "gestern", "aujourd'hui", "hier", "hoy", "ayer",
    "oggi", "ieri", "hoje", "ontem", "vandaag", "gisteren", "dzisiaj", "dzi\u015b",
    "wczoraj", "bug\u00fcn", "d\u00fcn", "hari ini", "kemarin",
    "\u0441\u0435\u0433\u043e\u0434\u043d\u044f", "\u0432\u0447\u0435\u0440\u0430",
)  # fmt: skip
# A time with a weekday or a relative day but no date, or an age, as a page stamps its
# articles: ``Monday 6:30PM``, ``Yesterday at 2:45 pm``, ``3 hours ago``. No date can be
# read from it; it marks a header line all the same.
_CLOCK_STAMP_RE = regex.compile(
    r"(?:\L<weekdays>|\L<relative_days>)\.?,?\x20{1,3}(?:at\x20)?\d{1,2}(?:[:.]\d{2})?"
    r"\x20?(?:[ap]\.?m\.?)?"
    r"|\d{1,3}\x20?(?:minutes?|mins?|hours?|hrs?|h|days?)\x20ago",
    regex.IGNORECASE,
    weekdays=list(WEEKDAYS),
    relative_days=list(_RELATIVE_DAYS),
)
#: The longest line read as a bare name (no ``By``) beside the article's date.
MAX_NAME_LINE = 60
# A label of the publication's time alone (no update's), opening a line.
_PUBLICATION_LABEL_RE = regex.compile(
    r"(?:Published|Posted|Publi\u00e9e?|Ver\u00f6ffentlicht|Publicad[oa]|Pubblicato)\b"
    r"(?:\x20?:)?",
    regex.IGNORECASE,
)
# A label of the publication's or the update's time, opening a line, in English,
# French, German, Spanish, Portuguese and Italian. ``\G``: matched only at the position
# its caller gives (``match``).
_PUBLISHED_LABEL_RE = regex.compile(
    r"\G(?:Published|Updated|Posted|Last\x20updated|Publi\u00e9e?|Mis\x20\u00e0\x20jour"
    r"|Ver\u00f6ffentlicht|Aktualisiert|Stand|Publicad[oa]|Actualizad[oa]|Atualizad[oa]"
    r"|Pubblicato|Aggiornato)\b",
    regex.IGNORECASE,
)
# How a line of dates ends: a digit, perhaps a zone or a clock's unit (``12h30``, ``14:05
# Uhr``, ``10:05 CET``, ``9 a.m.``). Searched from the end (``REVERSE``): a match ends
# there, so only the end is tried, where a forward search would try every digit.
_DATE_END_RE = regex.compile(
    r"\d(?:h|\x20?Uhr|\x20?h|\x20?\p{Lu}{2,5}|\x20?[ap]\.?m\.?)?\Z", regex.REVERSE
)
# A time of day alone on a line, perhaps with a zone: ``09.40 GMT``, ``9:15 a.m. ET``.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
# Perhaps with its label: ``Posted at 11:20 PM``.
_BARE_TIME_RE = regex.compile(
    r"\G(?:(?:Posted|Updated|Published)\x20at\x20)?+"
    r"\d{1,2}[:.h]\d{2}(?:\x20?[ap]\.?m\.?)?+(?:\x20(?:\p{Lu}{2,5}|Uhr))?+"
)
#: The longest line read as a time of day alone.
MAX_BARE_TIME = 20
# The labels a live blog may set before an entry's time.
_TIME_LABELS = ("Posted at ", "Updated at ", "Published at ")
# What sets a stamp apart from a byline on its line: ``By Jane Doe | 2 hours ago``.
_STAMP_SEPARATORS = (" | ", " \u00b7 ", " \u2022 ", " - ", " \u2013 ", " \u2014 ")
_STAMP_SEPARATOR_CHARS = " |\u00b7\u2022-\u2013\u2014"
#: The fewest words in a headline right above the byline or the date line that is
#: shorter than a title (``Wall rebuilt``).
MIN_SHORT_HEADLINE_WORDS = 2
#: How many lines from the top a headline worded apart from the title is looked for.
H1_REACH = 80
#: The least share of the title's headline's words that such a headline holds.
H1_SHARED_WORDS = 0.6
#: The most words of an ``<h1>`` worded apart from the page title and read as prose.
MAX_H1_WORDS = 20
#: The fewest letters of a word that tells what a story is about (no ``the``, ``of``).
MIN_TOPIC_WORD = 4
#: How many of the body's first lines an ``<h1>`` worded apart from the title is
#: compared with.
LEAD_LINES = 3
#: The most words in a site's name after a page title's headline (``The Valley Herald``).
MAX_SITE_WORDS = 5
# Typographic quotation marks and apostrophes as ASCII writes them, one for one.
_PLAIN_QUOTES = str.maketrans("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f", "''''\"\"\"\"")
# How many capitals after a lower-case letter :func:`_glued_chrome` tries, from the end.
_GLUED_TRIES = 3
# Words of a section's name as a page title gives it beside the site's (``Local news |
# The Valley Herald``, ``Sport | ...``), case-folded: such a part is no headline.
_SECTION_WORDS = frozenset((
    "news", "latest", "breaking", "live", "updates", "home", "local", "sport", "sports",
    "opinion", "world", "business", "politics", "culture", "weather", "lifestyle",
    "entertainment", "video", "videos", "photos", "gallery", "podcast", "blog", "blogs",
))  # fmt: skip
# A line of the page's interface in sentence case: a call to the reader opening it
# (``Sign in to save this story``, ``Support local journalism today``), or words about
# the page itself (``This article is more than 2 years old``, a newsletter).
_INTERFACE_LINE_RE = regex.compile(
    r"(?i)^(?:support|subscribe|sign|log|share|follow|donate|join|download|listen|watch"
    r"|click|tap|register|save|read|get|see|view|continue|become|advertisement|gift"
    r"|comments?)\b"
    r"|\bthis\x20(?:article|story|page|post|piece|site|video|podcast)\b"
    r"|\b(?:newsletters?|subscribe|subscription|sign(?:ing)?\x20(?:in|up))\b"
    # A photo's caption, its credit in brackets at the end (``(Sam Roe/Valley Herald)``).
    r"|\([^()\n/]{1,60}+/[^()\n]{1,60}+\)$"
)
# The stop words of every language the package knows, for a line's topic words.
_STOPWORDS = frozenset().union(*STOPWORDS.values())


def _match_title(
    infos: Sequence[LineInfo], title: str, piece: str, stop: int, *, plain: bool = False
) -> int:
    """The line before ``stop`` that repeats ``title`` (``WebpageFormat._find_h1``).

    With ``plain``, each line's quotation marks and apostrophes are read as their ASCII
    forms (:data:`_PLAIN_QUOTES`), as ``title`` and ``piece`` already are.
    """
    best, best_key = -1, (0, 0)
    for i in range(1, stop):
        t = infos[i].line.text
        if plain:
            t = t.translate(_PLAIN_QUOTES)
        if len(t) < 4 or len(t) > len(title):  # noqa: PLR2004
            continue
        if t in (title, piece):
            return i
        if len(t) == len(piece) and caseless(t) == caseless(piece):
            # The title in title case over the <h1> in sentence case, or so.
            return i
        key = (0, 0)
        if any(
            whole.startswith(t) and not whole[len(t)].isalnum() and 2 * len(t) >= len(piece)
            for whole in (title, piece)
            if len(whole) > len(t)
        ) or _ends_with_site(piece, t):
            key = (2, len(t))
        elif (title.endswith(t) or piece.endswith(t)) and len(t) >= 20:  # noqa: PLR2004
            key = (1, len(t))
        if key > best_key:
            best, best_key = i, key
    return best


def _stamped(text: str) -> bool:
    """Whether a publication word opens ``text`` or one of its parts, capitalised.

    ``New Delhi, Example Bureau | Updated : 19 November 2019`` is stamped with the
    article's date; ``Match updated: Rovers 2 United 1 | May 4, 2024`` is not.

    Examples:
        >>> _stamped("New Delhi, Example Bureau | Updated : 19 November 2019, 09:01 AM")
        True
        >>> _stamped("Match updated: Rovers 2 United 1 | Saturday, May 4, 2024")
        False
    """
    parts = [text]
    for sep in _STAMP_SEPARATORS:
        parts = [piece for part in parts for piece in part.split(sep)]
    return any(
        part[:1].isupper() and _regex.match(_PUBLISHED_LABEL_RE, part) is not None
        for part in (p.strip() for p in parts)
    )


def _glued_chrome(text: str) -> int | None:
    """Where page furniture glued to the end of ``text`` starts, if it is glued on.

    A flattened page runs a link's text into the line's (``By Jane RoeLeave a
    comment``): furniture of two words or more opens at a capital right after a
    lower-case letter, and the furniture table reads the rest whole. Names with a
    capital inside (``McDonald``, ``DeSilver``, ``DeMore``, ``McReply``) leave no
    furniture after it.

    Examples:
        >>> text = "By Jane DeSilverLeave a comment"
        >>> text[_glued_chrome(text):]
        'Leave a comment'
        >>> _glued_chrome("By Ann McDonald") is None, _glued_chrome("By Ann DeMore") is None
        (True, True)
    """
    tried = 0
    for p in range(len(text) - 1, 0, -1):
        if text[p].isupper() and text[p - 1].islower():
            # Two words or more: one alone may end a name (``Ann DeMore``, ``Li McReply``).
            if " " in text[p:] and furniture_rule(text[p:]) is not None:
                return p
            tried += 1
            if tried == _GLUED_TRIES:
                return None
    return None


def _is_bare_time(text: str) -> bool:
    """A time of day alone, as a live blog stamps its entries: ``09.40 GMT``, ``9:15 am``.

    Its label may stand before it: ``Posted at 11:20 PM``.

    Examples:
        >>> _is_bare_time("09.40 GMT"), _is_bare_time("9:15 am"), _is_bare_time("10:05")
        (True, True, True)
        >>> _is_bare_time("Posted at 11:20 PM"), _is_bare_time("Posted at the harbour")
        (True, False)
        >>> _is_bare_time("9.5 million"), _is_bare_time("2024")
        (False, False)
    """
    label = next((len(x) for x in _TIME_LABELS if text.startswith(x)), 0)
    return (
        len(text) - label <= MAX_BARE_TIME
        and text[label : label + 1].isdigit()
        and _regex.fullmatch(_BARE_TIME_RE, text) is not None
    )


def _is_stamp_beside(line: Line) -> bool:
    """A short line that dates the article, if only by a weekday and a time."""
    text = line.text
    return len(text) <= MAX_DATE_LINE and (
        _regex.fullmatch(_CLOCK_STAMP_RE, text) is not None
        or _is_stamp_line(text)
        or _holds_date(line)
    )


def _is_date_line(line: Line) -> bool:
    """A line that is mostly a date (``on Monday, May 6th, 2024 at 9:10 a.m.``): a stamp.

    So is a line that a publication label opens and a date ends, though the label says
    more (``Publié le 14/03/2024 à 10h05, mis à jour le 14/03/2024 à 12h30``).

    Examples:
        >>> from newsparse._text import split_lines
        >>> [_is_date_line(split_lines(t)[0]) for t in (
        ...     "Publié le 14/03/2024 à 10h05, mis à jour le 14/03/2024 à 12h30",
        ...     "Published on March 14, 2024, the report was read by few people.",
        ... )]
        [True, False]
    """
    text = line.text
    if len(text) > MAX_STAMP_LINE or not may_hold_date(text):
        return False
    found = next(find_dates(text), None)
    if found is None:
        return False
    if 2 * len(found.span) >= len(text):
        return True
    return (
        _regex.match(_PUBLISHED_LABEL_RE, text) is not None
        and _regex.search(_DATE_END_RE, text, max(0, len(text) - _STAMP_END_CHARS)) is not None
    )


def _whole_names(text: str, start: int, end: int, title: str) -> BylineMatch | None:
    """``text[start:end]`` read as names with no ``By``, all of it, else ``None``.

    The names read as names (:func:`reads_as_names`), and one name alone is not the
    site's as the page ``title`` gives it (``Kabar Pagi``).

    Examples:
        >>> t = "Jane Doe and Sam Roe"
        >>> _whole_names(t, 0, len(t), "Bridge opens | Valley Herald").byline.authors
        ('Jane Doe', 'Sam Roe')
        >>> _whole_names("Local News", 0, 10, "Bridge opens") is None
        True
    """
    names = read_byline(text, start, end, require_prefix=False)
    if (
        names is None
        or names.span.start != start
        or names.span.end != end
        or not reads_as_names(names)
        or (len(names.byline.authors) == 1 and _names_site(names.byline.authors[0], title))
    ):
        return None
    return names


def _holds_headline(infos: Sequence[LineInfo], start: int, end: int) -> bool:
    """Whether lines ``start`` to ``end`` (exclusive) hold a headline.

    A headline is a short line of at least :data:`MIN_TITLE_WORDS` words that is no
    byline or date and does not end like a sentence.
    """
    return any(
        infos[i].kind == "short"
        and infos[i].shape.words >= MIN_TITLE_WORDS
        and not infos[i].shape.sentence_end
        and not _is_header_line(infos[i].line)
        for i in range(start, end)
    )


def _names_site(name: str, title: str) -> bool:
    """Whether ``name`` is the site's name as the page title gives it beside the headline.

    The title may give the name with its article (``The Valley Herald``), or be the
    name alone: a title of fewer than :data:`MIN_TITLE_WORDS` words with no headline
    beside it.

    Examples:
        >>> _names_site("Valley Herald", "Quake shakes the coast of Japan | The Valley Herald")
        True
        >>> _names_site("Jane Doe", "Quake shakes the coast of Japan | The Valley Herald")
        False
        >>> _names_site("Valley Herald", "Valley Herald")
        True
    """
    folded = caseless(name)
    if folded not in caseless(title):
        return False
    a, z = _split_title(title)
    if (a, z) == (0, len(title)):
        if len(title.split()) >= MIN_TITLE_WORDS:
            return False
        a = z  # the title is the site's name
    site = caseless(title[:a] + " " + title[z:]).strip(" |-\u2013\u2014:\u00bb/")
    return folded in (site, site.removeprefix("the "))


def _site_as_organization(b: Builder, title: str) -> None:
    """Read a byline's last name that is the site's (``..., Shire Gazette``) as its outlet.

    The page title names the site beside its headline (``Headline | Shire Gazette``); a
    byline that ends with that name (``By Owen Price and Lisa Grey, Shire Gazette``)
    names the site as the writers' organisation, not as an author.
    """
    if b.byline is None or len(b.authors) < 2:  # noqa: PLR2004 - a writer and the site
        return
    last = b.authors[-1].value
    if not _names_site(last, title):
        return
    byline = b.byline.value
    if byline.organization is not None:
        return
    del b.authors[-1]
    value = attrs.evolve(byline, authors=byline.authors[:-1], organization=last)
    b.byline = attrs.evolve(b.byline, value=value)


def _reworded_h1(infos: Sequence[LineInfo], piece: str) -> int:
    """A headline worded apart from the page title's, right above a byline or a date.

    Sites word a page's title for search engines (``Rail line extra services |
    Site``) and its ``<h1>`` for readers (``Rail line gets extra services``). Among the
    first :data:`H1_REACH` lines, a short line that does not end like a sentence,
    holds at least :data:`MIN_TITLE_WORDS` words and most of the title's
    headline's words (:data:`H1_SHARED_WORDS`), and stands right above a byline or a
    date line is that ``<h1>``, unless it holds a title's separator (``Section |
    Headline``). Returns its index, or -1.
    """
    wanted = set(caseless(piece).split())
    if len(wanted) < MIN_TITLE_WORDS:
        return -1
    for i in range(1, min(len(infos) - 1, H1_REACH)):
        info = infos[i]
        if (
            info.kind != "short"
            or info.rule is not None
            or info.shape.sentence_end
            or info.shape.words < MIN_TITLE_WORDS
            # A title-like line (``Section | Headline``) is read as the title is.
            or holds_any(info.line.text, _TITLE_SEPARATORS)
        ):
            continue
        shared = len(wanted & set(caseless(info.line.text).split()))
        if shared >= H1_SHARED_WORDS * len(wanted) and _opens_under(infos, i + 1):
            return i
    return -1


def _opens_under(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether a byline or date line is line ``i``, or the next after one standfirst line.

    A standfirst may stand between the ``<h1>`` and its byline (``Headline`` /
    ``Standfirst`` / ``Jane Doe, August 14, 2023``).
    """
    if _is_header_line(infos[i].line):
        return True
    return (
        i + 1 < len(infos)
        and infos[i].rule is None
        and infos[i].kind in {"short", "prose"}
        and _is_header_line(infos[i + 1].line)
    )


def _split_title(title: str) -> tuple[int, int]:
    """The offsets, within ``title``, of the headline part of a page title.

    The longest part, unless it stands at either end of the title and names a newspaper
    or is a web address (``Bridge shut | The Valley Herald``, ``... | valleyherald.com``:
    :func:`_names_paper`) while the next longest reads as a headline (two words or
    more, none a section's: not ``Local news``); then that one.

    Examples:
        >>> title = "Bridge shut | The Valley Herald"
        >>> a, z = _split_title(title)
        >>> title[a:z]
        'Bridge shut'
    """
    for sep in _TITLE_SEPARATORS:
        if sep not in title:
            continue
        pieces: list[tuple[int, int]] = []
        pos = 0
        while True:
            at = title.find(sep, pos)
            if at < 0:
                pieces.append((pos, len(title)))
                break
            pieces.append((pos, at))
            pos = at + len(sep)
        longest = max(pieces, key=lambda p: (p[1] - p[0], -p[0]))
        if longest not in (pieces[0], pieces[-1]) or not _names_paper(title[slice(*longest)]):
            return longest
        rest = [p for p in pieces if p != longest]
        kept = max(rest, key=lambda p: (p[1] - p[0], -p[0]))
        words = caseless(title[slice(*kept)]).split()
        if (
            _names_paper(title[slice(*kept)])
            or len(words) < MIN_SHORT_HEADLINE_WORDS
            or any(w in _SECTION_WORDS for w in words)
        ):
            # Both read as a paper's name, or the other part names a section
            # (``Local news | The Valley Herald``): no headline to prefer.
            return longest
        return kept
    return 0, len(title)


def _names_paper(piece: str) -> bool:
    """Whether a part of a page title names a newspaper or is a web address.

    A newspaper's name is title-cased (:func:`_title_cased`), :data:`MAX_SITE_WORDS`
    words at most, the last a paper's (:data:`~newsparse.vocab.PUBLICATION_WORDS`), with
    no title separator of its own (``Headline - The Valley Herald`` is a headline and a
    site); a headline in sentence case that ends with such a word (``Shops face hard
    times``) is none. A web address is one word in ASCII with a dot inside.

    Examples:
        >>> [_names_paper(p) for p in ("The Valley Herald", "valleyherald.com", "Bridge shut")]
        [True, True, False]
        >>> _names_paper("Shops face hard times")
        False
    """
    words = piece.split()
    if len(words) == 1:
        return piece.isascii() and "." in piece[1:-1]
    return (
        len(words) <= MAX_SITE_WORDS
        and _title_cased(piece)
        and caseless(words[-1]) in PUBLICATION_WORDS
        and not any(sep in piece for sep in _TITLE_SEPARATORS)
    )


def _ends_with_site(piece: str, headline: str) -> bool:
    """Whether ``piece`` is ``headline``, a title separator and a site's name.

    The headline part of ``Section | Headline - Site`` keeps the site: a short
    headline (``Quake hits Japan - The Valley Herald``) is less than half of it. The
    headline has two words at least (not a label such as ``Live``) and the site at
    most :data:`MAX_SITE_WORDS`, with no separator of its own.

    Examples:
        >>> _ends_with_site("Quake hits Japan - The Valley Herald", "Quake hits Japan")
        True
        >>> _ends_with_site("Live - Storm hits the coast - Valley Herald", "Live")
        False
    """
    if not piece.startswith(headline) or len(headline.split()) < 2:  # noqa: PLR2004
        return False
    sep = next((sep for sep in _TITLE_SEPARATORS if piece.startswith(sep, len(headline))), "")
    site = piece[len(headline) + len(sep) :]
    return (
        bool(sep)
        and 0 < len(site.split()) <= MAX_SITE_WORDS
        and not any(other in site for other in _TITLE_SEPARATORS)
    )


def _under_its_title(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether line ``i`` stands under a page title that is it and a site's name.

    ``Headline | Site`` over ``Headline``: the ``<h1>`` under the title, a headline
    even where it reads as prose, as a headline with a comma does in a language that
    writes no capitals (Hindi) or few stop words (Turkish), and a Thai one, whose words
    no spaces part.
    """
    if i == 0:
        return False
    text, above = infos[i].line.text, infos[i - 1].line.text
    return (
        len(above) > len(text)
        and above.startswith(text)
        and any(above.startswith(sep, len(text)) for sep in _TITLE_SEPARATORS)
    )


def _shaped_as_h1(info: LineInfo) -> bool:
    """Whether a line is shaped as an ``<h1>``, whatever it tells of.

    See :meth:`~newsparse.formats.webpage.WebpageFormat._h1_over_header`. A line wholly
    in quotation marks is a quote pulled out of the story, not its headline.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "New crossing links both banks\\n\\u201cA great day for the town\\u201d\\n"
        >>> [_shaped_as_h1(i) for i in classify_lines(text, split_lines(text))]
        [True, False]
    """
    text = info.line.text
    return not (
        # A comma may make a headline read as prose (``Town needs fewer car parks,
        # not more``); it is short and ends as no sentence does.
        info.kind not in {"short", "prose"}
        or info.rule is not None
        or info.shape.sentence_end
        or not MIN_TITLE_WORDS <= info.shape.words <= MAX_H1_WORDS
        or holds_any(text, _TITLE_SEPARATORS)
        or is_role_line(text)
        or (text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES)
    )


def _reads_as_h1(info: LineInfo, told: set[str]) -> bool:
    """Whether a line reads as an ``<h1>`` of a story whose lead holds the words ``told``.

    See :meth:`~newsparse.formats.webpage.WebpageFormat._h1_over_header`.
    """
    if not _shaped_as_h1(info):
        return False
    topic = _topic_words(info.line.text)
    return bool(topic) and 2 * len(topic & told) >= len(topic)


def _topic_words(text: str) -> set[str]:
    """The words of ``text`` of :data:`MIN_TOPIC_WORD` letters or more, case-folded.

    Examples:
        >>> sorted(_topic_words("The island's ferry cost more"))
        ['cost', 'ferry', 'island', 'more']
    """
    return {
        caseless(m.group())
        for m in _regex.finditer(_TOPIC_WORD_RE, text, 0, len(text))
        if len(m.group()) >= MIN_TOPIC_WORD
    }


def _tells_of_story(infos: Sequence[LineInfo], i: int, headline: str, first: int) -> bool:
    """Whether line ``i`` shares a topic word with the headline or the body's lead.

    The topic words are :func:`_topic_words` but stop words; the lead is the
    :data:`LEAD_LINES` lines from ``first``, the body's first line. A standfirst tells
    of the story (``Cyclists can cross from next month`` over ``Cyclists will be
    allowed ...``); a line of the page's interface does not (``Filed under local
    government news``, ``Reading time about 3 minutes``).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "Cyclists can cross from next month\\nReading time about 3 minutes\\n"
        ...     "Cyclists may use it from the start of next month.\\n"
        ... )
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> [_tells_of_story(infos, i, "Footbridge opens", 2) for i in (0, 1)]
        [True, False]
    """
    lead = (info.line.text for info in infos[first : first + LEAD_LINES])
    return _shares_topic_word(infos[i].line.text, headline, lead)


def _shares_topic_word(text: str, headline: str, below: Iterable[str]) -> bool:
    """Whether ``text`` shares a topic word, no stop word, with ``headline`` or ``below``.

    Examples:
        >>> _shares_topic_word("Cyclists can cross", "Footbridge opens", ["Cyclists may ride."])
        True
        >>> _shares_topic_word("Reading time about 3 minutes", "Footbridge opens", [])
        False
    """
    words = _topic_words(text) - _STOPWORDS
    if not words:
        return False
    told = _topic_words(headline)
    for line in below:
        told |= _topic_words(line)
    return not words.isdisjoint(told)


def _is_deck(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether line ``i``, right under the headline, is a standfirst however short.

    With no full stop (``Cyclists can cross from next month``) or as a short sentence
    (``Cracks end a long era.``), it is no furniture, holds :data:`MIN_TITLE_WORDS`
    words or more, is written in sentence case (names are not: ``Jane Doe and Sam
    Roe``), is not wholly quoted (a pulled quote), is no line of the page's interface
    (``Sign in to save this story``: :data:`_INTERFACE_LINE_RE`) and stands right above
    a byline or a date line, or above names with no ``By`` over one (the reporter's
    role on a line of its own between them, ``Local Democracy Reporter``); up to
    :data:`MAX_FURNITURE_UNDER_DECK` lines of navigation or tools may part them (a live blog's
    ``Key events`` / ``Show key events only`` / ``Please turn on JavaScript to use this
    feature``).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "Cyclists can cross from next month\\nBy Jo Poe\\n"
        ...     "Jane Doe and Sam Roe\\n14 August 2023\\n"
        ... )
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _is_deck(infos, 0), _is_deck(infos, 2)
        (True, False)
    """
    info = infos[i]
    text = info.line.text
    # Past the page's furniture under it, the header's next line.
    k = i + 1
    while (
        k < min(len(infos) - 1, i + 1 + MAX_FURNITURE_UNDER_DECK)
        and infos[k].rule in _DECK_GAP_RULES
        and not _is_header_line(infos[k].line)
    ):
        k += 1
    return (
        info.kind in {"short", "prose"}
        and info.rule is None
        and info.shape.words >= MIN_TITLE_WORDS
        and not _title_cased(text)
        and not (text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES)
        and _INTERFACE_LINE_RE.search(text) is None
        and (
            _is_header_line(infos[k].line)
            # Names with no ``By`` over the date (``ANA RUIZ`` / ``14 ago 2023``), the
            # reporter's role perhaps between (``Jo Roe`` / ``Local Democracy Reporter``
            # / ``17:05, 26 Feb 2025``).
            or (
                k + 1 < len(infos) and _is_header_line(infos[k + 1].line) and _names_alone(infos[k])
            )
            or (
                k + 2 < len(infos)
                and _is_header_line(infos[k + 2].line)
                and _names_alone(infos[k])
                and is_role_title(infos[k + 1].line.text)
            )
            # Or over a row of buttons and labels between them and the date (``Jane
            # Doe`` / ``-`` / date; ``Jane Doe`` / ``\u00b7`` / ``Follow`` / ``4 min
            # read`` / date).
            or (k + 1 < len(infos) and _names_alone(infos[k]) and _date_past_row(infos, k + 1))
        )
    )


#: The most lines of page furniture between a standfirst and the byline or the date
#: under it (a live blog's ``Key events`` buttons and its script notice).
MAX_FURNITURE_UNDER_DECK = 3
# The furniture that may part them: a live blog's buttons (``Key events``, ``Show key
# events only``) and its script notice. A photo's credit or a share bar under a line
# tells of a caption, no standfirst.
_DECK_GAP_RULES = frozenset({"navigation", "tools"})


#: The most lines of a row of buttons and labels between a writer's names and the
#: date (Medium's ``\u00b7`` / ``Follow`` / ``Published in`` / ``Field Notes`` /
#: ``\u00b7`` / ``4 min read`` / ``\u00b7``).
MAX_AUTHOR_ROW = 8
#: The most words of an item of that row that is no furniture (``Published in``).
MAX_ROW_ITEM_WORDS = 3


def _date_past_row(infos: Sequence[LineInfo], k: int) -> bool:
    """Whether a date line stands at ``k``, or past a row of furniture and short items."""
    for j in range(k, min(len(infos), k + MAX_AUTHOR_ROW + 1)):
        info = infos[j]
        if _is_header_line(info.line):
            return True
        if info.rule is None and (
            info.kind != "short" or info.shape.sentence_end or info.shape.words > MAX_ROW_ITEM_WORDS
        ):
            return False
    return False


def _names_alone(info: LineInfo) -> bool:
    """Whether a short line holds names alone, with no ``By`` (``ANA RUIZ``, ``Jane Doe``).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "ANA RUIZ\\nStorm Ivy\\nThe bridge reopens\\n"
        >>> [_names_alone(i) for i in classify_lines(text, split_lines(text))]
        [True, False, False]
    """
    text = info.line.text
    if info.kind != "short" or info.rule is not None or len(text) > MAX_NAME_LINE:
        return False
    found = read_byline(text, require_prefix=False)
    return found is not None and reads_as_names(found)


def _stands_under_names(line: Line) -> bool:
    """Whether ``line`` is what a page sets between a writer's name and the date.

    The writer's role (``Political correspondent``), perhaps with the outlet after a
    comma (``City Hall Reporter, The Valley Herald``), the writer's handle
    (``@janedoe``) or e-mail address (``jdoe@valleyherald.com``).

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "Staff Writer\\nCity Hall Reporter, The Herald\\n@janedoe\\nThe Herald\\n"
        >>> [_stands_under_names(ln) for ln in split_lines(text)]
        [True, True, True, False]
        >>> [_stands_under_names(ln) for ln in split_lines("jdoe@herald.com\\nMail us\\n")]
        [True, False]
    """
    text = line.text
    if text[:1] == "@":
        return _regex.fullmatch(_HANDLE_RE, text) is not None
    if "@" in text:
        return _regex.fullmatch(_EMAIL_RE, text) is not None
    return is_role_line(text) or (", " in text and is_role_line(text.split(", ", 1)[0]))


def _shared_topic(info: LineInfo, title: Line) -> int:
    """How many topic words (:func:`_topic_words`) a line shares with the page's title.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Footbridge opens to walkers | Herald\\nWalkers cross the footbridge\\n"
        >>> title, line = classify_lines(text, split_lines(text))
        >>> _shared_topic(line, title.line)
        2
    """
    return len(_topic_words(info.line.text) & _topic_words(title.text))


def _line_date(b: Builder, line: Line) -> DateMatch | None:
    """The first date ``line`` holds, as the page's options read dates.

    When an update's label stands before it and a second date follows, the second:
    ``Mis à jour le 14 août 2023 à 09h12 | Publié le 14 août 2023 à 06h50``. A zone
    written out after the time is the date's (``February 27, 2024 07:00 AM Eastern
    Standard Time``: :meth:`Builder.with_spelled_zone`), no writer's name.
    """
    if not may_hold_date(b.text, line.start, line.end):
        return None
    found = next(find_dates(b.text, line.start, line.end, options=b.options), None)
    if found is not None and opens_span(b.text, found, line.end):
        return None  # a life's span (``3. Mai 1931 - 12. Januar 2025``): no page's date
    if found is not None and _regex.search(_UPDATED_RE, b.text, line.start, found.span.start):
        later = next(find_dates(b.text, found.span.end, line.end, options=b.options), None)
        if later is not None:
            found = later
    return None if found is None else b.with_spelled_zone(found, line.end)


# What a capitalised word may hold after its capital, besides letters (``O'Neill``).
_WORD_INNER = "'-"


def _capitalised_words(text: str) -> list[str]:
    """The capitalised words of ``text``: a capital and the letters, ``'`` and ``-`` after it.

    A string scan, not a pattern: a run of short capitalised words (``By By By ...``)
    would cost a pattern one match each, several times an ordinary text's cost.

    Examples:
        >>> _capitalised_words("The Valley Herald's O'Neill (Reuters) U.S.")
        ['The', 'Valley', "Herald's", "O'Neill", 'Reuters', 'U', 'S']
    """
    words: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isupper():
            j = i + 1
            while j < n and (text[j].isalpha() or text[j] in _WORD_INNER):
                j += 1
            words.append(text[i:j])
            i = j
        else:
            i += 1
    return words


#: The most words of a first line read as the site's name alone (its masthead).
MAX_MASTHEAD_WORDS = 5


def _site_words(title: str) -> frozenset[str]:
    """The capitalised words of the site's name that the page's first line gives.

    The part of a title beside its headline (``Bridge shut | The Valley Herald``:
    :func:`_split_title`), or the whole first line when
    it is short and no title (a masthead, ``The Marrow Valley Courier``), but ``The``.

    Examples:
        >>> sorted(_site_words("Bridge shut | The Valley Herald"))
        ['Herald', 'Valley']
        >>> sorted(_site_words("The Marrow Valley Courier"))
        ['Courier', 'Marrow', 'Valley']
    """
    a, z = _split_title(title)
    if (a, z) != (0, len(title)):
        name = title[:a] + " " + title[z:]
    elif len(title.split()) <= MAX_MASTHEAD_WORDS:
        name = title
    else:
        return frozenset()
    return frozenset(w for w in _capitalised_words(name) if w != "The")


def _speaks_as_site(text: str, site: frozenset[str]) -> bool:
    """Whether ``text`` speaks as the site: it opens with ``Our`` or names the site.

    Examples:
        >>> site = frozenset({"Courier"})
        >>> _speaks_as_site("The Courier is a member of the press standards body.", site)
        True
        >>> _speaks_as_site("Our journalists follow the code.", frozenset())
        True
        >>> _speaks_as_site("Fares will stay the same until the end of the year.", site)
        False
    """
    return text.startswith(("Our ", "We ")) or any(w in site for w in _capitalised_words(text))
