"""What the parts of the web page format share: tests of single lines, and rule sets.

Whether a line heads an article (a byline, a time stamp, a date), holds a date, signs
an embedded post or labels a list of related stories; which languages write a byline's
label; whether a line was already marked as furniture; a line's words as a sentence
counts them; title case; and the furniture rules that end an article or a run of prose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsparse import _regex
from newsparse._text import caseless
from newsparse.extract.bylines import is_local_byline, read_byline
from newsparse.extract.classify import FURNITURE_VALUE, LineInfo
from newsparse.extract.dates import find_dates, may_hold_date, opens_span
from newsparse.formats._base import Builder, OpeningWords
from newsparse.vocab import MONTHS, PAGE_RELATED, PAGE_RELATED_ALONE, PAGE_SIGNUP, WEEKDAYS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._text import Line
    from newsparse.extract.classify import LineKind

# The label of a list of other stories, alone on a line or before a colon.
_RELATED_WORDS = (
    "related", "related stories", "related articles", "related news", "related content",
    "related coverage", "most read", "most popular", "most viewed", "most shared",
    "read more", "read next", "read also", "you may also like", "you might also like",
    "recommended", "recommended for you", "trending now", "top stories", "more stories",
    "editor's picks",
    "editor\u2019s picks", "don't miss", "also read", "see also", "trending", "popular now",
    "latest news", "more news", "in case you missed it", "you may have missed", "must read",
    "recommended stories", "what to read next",
    *PAGE_RELATED, *PAGE_RELATED_ALONE,
)  # fmt: skip
# The lookahead after the blanks lets a line of blanks fail before the trie is tried:
# without it, runs of blank lines cost some ten times as much, growing faster than the
# text (every label opens with a letter).
_RELATED_LIST_RE = regex.compile(
    r"(?mi)^[\x20\t]*+(?=\S)(?:"
    + _regex.literal_trie(_RELATED_WORDS)
    + r")[\x20\t]?[:\uff1a]?[\x20\t\r]*+$"
)
# The longest line that may hold a label and a colon, and the labels, case-folded.
_RELATED_LABEL_CHARS = max(map(len, _RELATED_WORDS)) + 2
_RELATED_LINES = OpeningWords(_RELATED_WORDS, _RELATED_LABEL_CHARS)
_RELATED_LABELS = frozenset(caseless(w) for w in _RELATED_WORDS)
# ``By`` in French, German, Spanish, Dutch, Italian, Portuguese, Swedish, Norwegian and
# Danish: ``Par Claire Dumont``, ``Av Maja Lind``, ``Af Mette Holm``. Each only on a
# page in a language that writes it (vocab.BY_LABEL_LANGUAGES).
# Italian and Dutch pages write theirs in lower case too (``di Paolo Ricci``); ``de``
# in lower case is a particle opening a surname (``de Vries``).
_FOREIGN_BY_RE = regex.compile(
    r"(?P<foreign>[Pp]ar|[Vv]on|[Pp]or|[Dd]oor|[Dd]i|De|[Aa]v|[Aa]f)\x20(?=\p{Lu})"
)
# An account's handle: ``@jane.doe``.
_HANDLE = r"@\w[\w.]{0,29}+"
_HANDLE_RE = regex.compile(_HANDLE)
# A writer's e-mail address, as pages set it beside or under the names:
# ``jdoe@valleyherald.com``.
_EMAIL_RE = regex.compile(r"[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,8}+")
# The shared mailboxes of a newsroom, a press office or a firm (``press@``, ``info@``,
# ``newsroom@``): an address of theirs beside a name signs no writer (``Acme Holdings
# press@acme.com`` over the date is the firm's contact, not a byline).
_ROLE_MAILBOXES = frozenset(
    {
        "press",
        "media",
        "info",
        "news",
        "newsroom",
        "newsdesk",
        "contact",
        "tips",
        "editor",
        "editors",
        "editorial",
        "desk",
        "office",
        "hello",
        "pr",
        "enquiries",
        "inquiries",
        "communications",
        "comms",
        "mediarelations",
        "investors",
        "ir",
        "letters",
        "feedback",
        "support",
        "admin",
        "webmaster",
        "redaktion",
        "redaccion",
        "redazione",
        "redaction",
        "redactie",
        "presse",
        "prensa",
        "stampa",
    }
)
# A date labelled as an update rather than the publication (Korean ``수정``, ``최종수정``:
# modified, last modified).
_UPDATED_RE = regex.compile(
    r"\b(?:Updated|Last\x20updated|Modified|Aktualisiert|Mis\x20à\x20jour|Actualizado"
    r"|(?:\ucd5c\uc885\x20?)?\uc218\uc815)\b",
    regex.IGNORECASE,
)
# A date labelled as the publication, which may run long when an update's follows
# (``Published 7:43 a.m. ET March 5, 2023 | Updated 10:55 a.m. ET March 5, 2023``).
_PUBLISHED_RE = regex.compile(
    r"\b(?:Published|Posted|Publi\u00e9|Publicado|Ver\u00f6ffentlicht|Pubblicato)\b",
    regex.IGNORECASE,
)
# The signature under an embedded post on X (Twitter): ``— Jane Doe (@jdoe) August 14,
# 2023``. It dates the post, not the article.
_POST_SIGNATURE_RE = regex.compile(
    r"[\u2014\u2013-]{1,2}+\x20?+[^\n()]{1,80}+\(@\w{1,30}+\)\x20[^\n]{4,60}+"
)
# The start of a byline line. ``\G``: matched only where its caller puts it (``match``).
# ``Writer:`` labels the names as ``Author`` does (``Writer: Jane Doe`` over ``Editor:
# Sam Roe`` under the story).
_BYLINE_START_RE = regex.compile(
    r"\G(?:(?:By|Written\x20by|Author)\b|Writer\x20?:)", regex.IGNORECASE
)
# The start of a byline that a stamp may follow on its line (``Posted by Jane Doe on
# March 3, 2021``).
_SIGNED_STAMP_RE = regex.compile(r"\G(?:By|Written\x20by|Posted\x20by)\x20\p{Lu}")
# The precisions of a date read with its time of day.
_TIMED = frozenset(("minute", "second"))
# The first characters a line these patterns match opens with (no other character
# matches these letters under IGNORECASE): a cheap test before the pattern runs.
_BYLINE_FIRSTS = frozenset("BbWwAa")
_FOREIGN_BY_FIRSTS = frozenset("PpVvDdAa")
_STAMP_LABEL_FIRSTS = frozenset("PpUuLl")
# The start of a line that stamps the article's time, which the date patterns may not
# read: ``Published 3 hours ago``, ``Updated an hour ago``, a date glued to its time.
_STAMP_LABEL_RE = regex.compile(
    r"(?:Published|Updated|Posted|Last\x20updated)(?:\x20on)?+\x20?+:?+\x20?+"
    r"(?:\d|(?:\L<months>|\L<weekdays>)\b|an?\x20(?:few\x20)?+(?:minute|hour|day)s?+\x20ago"
    r"|yesterday|today|just\x20now)",
    regex.IGNORECASE,
    months=list(MONTHS),
    weekdays=list(WEEKDAYS),
)
# How a stamp that label opens ends: a digit, ``ago``, ``a.m.``/``pm``, ``yesterday``,
# ``today``, ``now`` or a zone's capitals; ``Updated 2024 forecast`` is a heading.
_STAMP_END_RE = regex.compile(
    r"(?:\d|\b(?i:ago|[ap]\.?m\.?|yesterday|today|now)|\b\p{Lu}{2,5})[\x20.)]{0,3}+\Z"
)
# How far from a line's end _STAMP_END_RE starts looking.
_STAMP_END_CHARS = 16
#: The longest line taken for a date stamp rather than prose.
MAX_STAMP_LINE = 100
#: The longest line that marks the head of an article by holding a date.
MAX_DATE_LINE = 60
#: Fewer words than this on the first line make it a site name, not a page title.
MIN_TITLE_WORDS = 4
#: The lightest run joined to the article across a gap of chrome, in words.
MIN_JOIN = 20.0
#: The fewest words in a line that counts as a paragraph though it does not end like a
#: sentence (a linked headline is shorter).
MIN_UNENDED_PARAGRAPH = 30
# Furniture that ends an article: what follows is comments or the footer.
_BOUNDARY_RULES = frozenset({"comments", "copyright", "legal"})
# Furniture that ends a run of prose: a box of links, a share bar, a sign-up box, a box
# about the author, the article's tags, or what ends an article (_BOUNDARY_RULES).
_BREAK_RULES = _BOUNDARY_RULES | {
    "related",
    "share",
    "newsletter",
    "account",
    "author-box",
    "company-box",
    "tags",
}
# What a run before the article may not be joined across: a link to the comments (``12
# Comments``) in the bar under the lead paragraph does not part it from the rest (nor
# does it part the lead paragraph alone from the run under it).
_BACKWARD_BOUNDARY_RULES = _BOUNDARY_RULES - {"comments"}
# What a run after the article may not be joined across (a sign-up box or a box about
# the author that closes the article), though one before it may.
_FORWARD_BOUNDARY_RULES = _BOUNDARY_RULES | {"newsletter", "account", "author-box", "company-box"}
# Words that speak to the reader, in the languages of a sign-up box's words (boxes'
# _SIGNUP_REPORT_WORDS), and the calls to sign up that open a line (vocab.PAGE_SIGNUP).
_READER_RE = regex.compile(
    r"\b(?:you|your|yours|vous|votre|vos|tu|ton|tes|usted|tuo|tua|tuoi|tue|(?-i:Sie|Ihr[emnrs]?))\b"
    r"|^(?:Please\x20)?(?:Subscribe|Enter|Sign|Get|Join|Abonnez|Inscrivez|Suscr\w{0,8}"
    r"|Iscriv\w{0,8}|\L<page_signup>)\b",
    regex.IGNORECASE,
    page_signup=PAGE_SIGNUP,
)
#: The longest short line kept inside the body as a subheading, in words, where an
#: advert or a photo stands above it: a longer line there that does not end like a
#: sentence is a link to another story.
MAX_SUBHEADING_WORDS = 12
# Quotation marks a paragraph's rest may open with, after a line that breaks off.
_OPENING_QUOTES = "\"'\u2018\u201c\u201e\u00ab\u2039"
# And those a quotation closes with (a pulled quote, wholly in them, is no headline).
_CLOSING_QUOTES = "\"'\u2019\u201d\u201c\u00bb\u203a"
#: Words a title-cased line may hold in lower case.
_TITLE_CASE_SMALL_WORDS = frozenset((
    "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the",
    "to", "with",
))  # fmt: skip


def _is_header_line(line: Line) -> bool:
    """A line that opens an article: a byline, or a short line holding or stamping a date.

    A line that dates an update and the article (``Mis à jour le 14 août 2023 à 09h12 |
    Publié le 14 août 2023 à 06h50``), or a byline with the date and its time
    (``Posted by Jane Q. Doe on March 3, 2021, 7:15 AM EST``), may be longer: a letter's
    or a post's signature with a date (``By Jo Roe, chair of the residents' group, 12
    August 2023``) gives no time; so may a byline with a description of the writer
    (:func:`_is_described_byline`).
    """
    if len(line.text) > MAX_DATE_LINE:
        if len(line.text) > MAX_STAMP_LINE:
            return False
        if (
            _regex.match(_UPDATED_RE, line.text) is not None
            or _regex.match(_PUBLISHED_RE, line.text) is not None
        ):
            return _holds_date(line)
        if _is_described_byline(line.text):
            return True
        return _regex.match(_SIGNED_STAMP_RE, line.text) is not None and any(
            d.precision in _TIMED for d in find_dates(line.text)
        )
    if _is_post_signature(line.text):
        return False
    first = line.text[:1]
    if first in _BYLINE_FIRSTS and _regex.match(_BYLINE_START_RE, line.text) is not None:
        return True
    if (":" in line.text or not line.text.isascii()) and is_local_byline(line.text):
        return True  # ``记者 张明远``, ``Автор: Ирина Соколова``
    label = _regex.match(_FOREIGN_BY_RE, line.text) if first in _FOREIGN_BY_FIRSTS else None
    if label is not None:
        # ``Por Ana Ruiz y Luis Gómez``: names of a given name and a surname each.
        found = read_byline(
            line.text, label.end(), len(line.text), require_prefix=False, prefixed=True
        )
        if found is not None and found.byline.authors:
            return all(len(name.split()) >= 2 for name in found.byline.authors)  # noqa: PLR2004
    return _is_stamp_line(line.text) or _holds_date(line)


def _is_described_byline(text: str) -> bool:
    """A ``By`` line whose names a description of the writer follows, to the line's end.

    ``By Jane Doe, a senior reviewer covering phones, e-readers and the odd router.``
    is longer than a date line, and a byline all the same (the byline reader ends the
    names at the comma); ``By March, the ferry was running again ...`` names no one.

    Examples:
        >>> _is_described_byline("By Jo Roe, a senior reviewer covering phones and the odd router.")
        True
        >>> _is_described_byline("By March, the ferry was running again and the harbour reopened.")
        False
    """
    if text[:1] not in _BYLINE_FIRSTS or _regex.match(_BYLINE_START_RE, text) is None:
        return False
    found = read_byline(text, 0, len(text))
    return (
        found is not None
        and bool(found.byline.authors)
        and found.span.end >= len(text.rstrip(". "))
    )


def _is_post_signature(text: str) -> bool:
    """The signature under an embedded post: a dash, a name, ``(@handle)`` and a date.

    Examples:
        >>> _is_post_signature("\u2014 Coast Council (@coastcouncil) August 14, 2023")
        True
        >>> _is_post_signature("Jane Doe (@jdoe)"), _is_post_signature("\u2014 Jane Doe, 2023")
        (False, False)
    """
    return (
        text[:1] in "\u2014\u2013-"
        and "(@" in text
        and _regex.fullmatch(_POST_SIGNATURE_RE, text) is not None
    )


def _is_stamp_line(text: str) -> bool:
    """A line that a label opens and a stamp ends: ``Published 3 hours ago``.

    Examples:
        >>> _is_stamp_line("Updated an hour ago"), _is_stamp_line("Posted 20249:10 AM")
        (True, True)
        >>> _is_stamp_line("Updated 2024 forecast"), _is_stamp_line("Posted March results")
        (False, False)
    """
    return (
        text[:1] in _STAMP_LABEL_FIRSTS
        and _regex.match(_STAMP_LABEL_RE, text) is not None
        and _regex.search(_STAMP_END_RE, text, max(0, len(text) - _STAMP_END_CHARS)) is not None
    )


def _writes_label(b: Builder, label: str) -> bool:
    """Whether the page is in a language that opens a byline with ``label`` (``Von``)."""
    return b.writes_by_label(label)


def _holds_date(line: Line) -> bool:
    if not may_hold_date(line.text):
        return False
    found = next(find_dates(line.text), None)
    # A life's span (``Karl Brenner, 3. Mai 1931 - 12. Januar 2025:``) dates no article.
    return found is not None and not opens_span(line.text, found)


def _is_related_label(text: str) -> bool:
    """Whether ``text`` is the label of a box of links alone (``Most read``, ``See also:``).

    Examples:
        >>> _is_related_label("See also:"), _is_related_label("See also: Town votes")
        (True, False)
    """
    return (
        len(text) <= _RELATED_LABEL_CHARS and caseless(text).rstrip(" :\uff1a") in _RELATED_LABELS
    )


def _furnished(info: LineInfo, rule: str, *, kind: LineKind = "furniture") -> LineInfo:
    """``info`` marked as furniture of ``rule`` (or a caption, as ``kind`` says)."""
    return attrs.evolve(info, kind=kind, rule=rule, value=FURNITURE_VALUE)


def _sentence_words(infos: Sequence[LineInfo], run: tuple[int, int, float]) -> float:
    """The words of the prose lines in ``run`` that read as paragraphs, not linked headlines.

    A paragraph ends like a sentence, or is too long for a headline (Thai, for one,
    writes no full stops).
    """
    return sum(
        infos[i].value
        for i in range(run[0], run[1] + 1)
        if infos[i].kind == "prose"
        and (infos[i].shape.sentence_end or infos[i].shape.words >= MIN_UNENDED_PARAGRAPH)
    )


def _title_cased(text: str) -> bool:
    """Whether each word of ``text`` opens with a capital, bar a few short joining words.

    Examples:
        >>> [_title_cased(t) for t in (
        ...     "Town Hall and County Council", "Walkers cross the river", "\u6807\u9898")]
        [True, False, False]
    """
    words = [w for w in text.replace(",", " ").split() if w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return capitals >= 2 and all(  # noqa: PLR2004 - one capital opens any line
        w[0].isupper() or w in _TITLE_CASE_SMALL_WORDS for w in words
    )
