"""Factiva exports: the field-coded form and the free-text form.

The field-coded form marks each field with a two- or three-letter code, alone on its
line or at the start of one: ``HD`` headline, ``BY`` byline, ``WC`` word count, ``PD``
date (``14 August 2023``, or in the export's language, ``29 décembre 2011``), ``ET``
time, ``SN`` source name, ``SC`` source code, ``ED`` edition, ``PG`` page, ``LA``
language, ``CY`` copyright, ``LP`` lead paragraphs, ``TD`` the rest of the text, then
indexing codes (``CO``, ``IN``, ``NS``, ``RE``, ``IPC``, ``IPD``, ``PUB``) and ``AN``,
the accession number (``Document FT00000020230814ej8e0000g``), which ends the article.

The free-text form has the same order without codes: headline, byline, ``1,234
words``, the date, the time, the source, its code, the language, the copyright, the
text, the publisher, and a closing ``Document ...`` line. The publisher's line is
furniture when it reads as a company's name, apart from the text (the form may print
none: see ``_is_publisher_line``), and so is a link alone on its line above it; in a
copy without the closing line, only when the name shares a word with the source's or
the copyright's as well. An
export from Factiva's German interface closes each article with ``Dokument ...``, one
from the Spanish, Italian or Portuguese interface with ``Documento ...``.

``PD`` and ``ET`` together give a minute-precision date. Factiva states no zone of
its own, so the date is naive unless ``ET`` names one (``18:05 GMT``, ``18:05 GMT+1``,
``6:50 PM EDT``, ``06:50 ET``: EST or EDT as the US rules of the date give); a name
the zone table does not know (``06:50 YEKT``) keeps it naive, with a
``date.zone-unknown`` note. A ``PD`` with no
day (``May 2019``) is read at ``month`` precision, and ``ET`` adds no time to it.
``SN`` becomes the byline's organisation when there is no ``BY``.

Metadata keys (``Article.metadata``), each as written with white space folded:

* ``source``, ``source_code``: ``SN`` and ``SC``.
* ``word_count``: ``WC``, such as ``1,234 words``.
* ``edition``, ``page``, ``volume``, ``section``, ``column``: ``ED``, ``PG``, ``VOL``,
  ``SE``, ``CLM``.
* ``language``, ``copyright``, ``publisher``: ``LA``, ``CY``, ``PUB`` (in the free-text
  form, the publisher's line).
* ``link``: in the free-text form, a link alone on its line above the publisher.
* ``companies``, ``industries``, ``subjects``, ``regions``: ``CO``, ``IN``, ``NS``, ``RE``.
* ``accession``: ``AN``, such as ``Document FT00000020230814ej8e0000g``.

Examples:
    >>> import newsparse
    >>> text = (
    ...     "HD\\nHarbour cranes return to work\\n"
    ...     "BY\\nBy Lena Weber\\n"
    ...     "WC\\n412 words\\n"
    ...     "PD\\n14 August 2023\\n"
    ...     "ET\\n06:50\\n"
    ...     "SN\\nThe Coastal Courier\\n"
    ...     "LA\\nEnglish\\n"
    ...     "LP\\nThe cranes moved again on Monday.\\n"
    ...     "TD\\nUnions had agreed a deal late on Sunday.\\n"
    ...     "AN\\nDocument CSTCOU0020230814ej8e0000g\\n"
    ... )
    >>> a = newsparse.parse(text)
    >>> a.format, a.headline, a.byline.authors, a.date.isoformat()
    ('factiva', 'Harbour cranes return to work', ('Lena Weber',), '2023-08-14T06:50:00')
    >>> a.paragraphs
    ('The cranes moved again on Monday.', 'Unions had agreed a deal late on Sunday.')
    >>> a.metadata["source"], a.metadata["word_count"], a.metadata["accession"]
    ('The Coastal Courier', '412 words', 'Document CSTCOU0020230814ej8e0000g')
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

import regex
from attrs import frozen

from newsparse import _regex
from newsparse._text import caseless, fold, holds_any, split_lines
from newsparse.extract.bylines import (
    _names_an_outlet,
    is_role_title,
    read_byline,
    read_labelled_byline,
)
from newsparse.extract.dates import (
    clock_hour,
    find_issue_date,
    parse_date,
    seasonal_zone,
    zone_after_time,
)
from newsparse.extract.furniture import is_copyright_notice
from newsparse.formats._base import Builder, Evidence, EvidenceFormat, Scan, ShortLines
from newsparse.formats._wire import read_body_dateline
from newsparse.model import Byline, Field, Note, ParsedFields, ParseOptions, Span
from newsparse.stopwords import STOPWORDS
from newsparse.vocab import NEWS_SERVICES, canonical_agency

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._text import Line
    from newsparse.extract.dates import DateMatch

__all__ = ["ACCESSION_RE", "FactivaFormat"]


def __dir__() -> list[str]:
    return __all__


# The word an accession line opens with, in the export's interface language:
# ``Document`` (English, French), ``Dokument`` (German), ``Documento`` (Spanish,
# Italian, Portuguese).
_ACCESSION_WORDS = ("Document", "Dokument", "Documento")
# That word and the number after it (``Document FT00000020230814ej8e0000g``).
_ACCESSION_WORD = r"(?:" + _regex.literal_trie(_ACCESSION_WORDS) + r")\x20"
_ACCESSION_ID = r"[A-Za-z0-9]{12,60}+"
# ``AN`` before it, on the same line.
_ACCESSION_CODE = r"(?:AN[\x20\t]{1,10}+)?"
# The accession line's pattern with no group, for the export split to build on.
_ACCESSION = _ACCESSION_CODE + _ACCESSION_WORD + _ACCESSION_ID
#: The accession line that closes each Factiva article (``Document
#: FT00000020230814ej8e0000g``; ``Dokument ...`` from the German interface).
ACCESSION_RE = regex.compile(_ACCESSION_CODE + _ACCESSION_WORD + r"(?P<id>" + _ACCESSION_ID + ")")

_CODES = [
    *("HD", "CLM", "SE", "HLP", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "VOL"),
    *("LA", "CY", "LP", "TD", "CT", "RF", "ART", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB"),
    *("AN", "NGC"),
]
#: Codes that may follow the text; only these are read inside ``LP``/``TD``.
_AFTER_TEXT = frozenset(
    ("TD", "CT", "RF", "ART", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "NGC")
)
_TEXT_CODES = frozenset({"LP", "TD"})
# The codes as a trie (``_regex.literal_trie``): a capital that opens no code fails at
# once, where a named list is looked up at every capital.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_CODE_RE = regex.compile(
    r"\G(?P<code>"
    + _regex.literal_trie(_CODES)
    + r")(?:(?P<sep>[\x20\t]{1,20}+)(?P<value>\S[^\n\r]{0,5000}))?"
)
# The word a word count is given in, in the export's language: English, French, German,
# Spanish, Italian, Portuguese, Dutch (``1,234 words``, ``154 mots``, ``212 Wörter``).
_WORD_COUNT_UNITS = ("words", "mots", "Wörter", "palabras", "parole", "palavras", "woorden")
_UNITS = _regex.literal_trie(_WORD_COUNT_UNITS)
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_WORDS_RE = regex.compile(
    r"\G[\d.,\x20]{1,12}+\x20?(?:" + _UNITS + ")",
    regex.IGNORECASE,
)
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_TIME_RE = regex.compile(
    r"\G(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?:\x20?(?P<ampm>[AaPp]\.?[Mm]\.?))?"
    r"(?:\x20(?P<zone>[A-Z]{2,5})(?P<offset>[+-](?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?)?"
)
# A source's code, as the free-text form prints it under the source (``FNWHRL``).
_SOURCE_CODE_RE = regex.compile(r"[A-Z][A-Z0-9]{1,11}")
# Reprint offers Factiva prints after an article's text.
_LICENSE_RE = regex.compile(r"License\x20this\x20article\x20from\x20[^\n\r]{1,80}+")
# The free-text form prints the publisher (``PUB``) on the line above the accession
# line: a company's name, at most this long and this many words.
_LONGEST_PUBLISHER, _MOST_PUBLISHER_WORDS = 100, 12
# What a publisher's name may end with, though a sentence ends so too.
_COMPANY_ENDS = (
    "Inc.", "Ltd.", "Co.", "Corp.", "Cie.", "S.A.", "N.V.", "B.V.", "L.P.", "plc.", "LLC.",
    "S.p.A.", "S.r.l.", "S.L.", "Ltda.", "C.V.",
)  # fmt: skip
# Words that make a name a company's or a publisher's (compared without dots at their ends).
_COMPANY_WORDS = frozenset({
    "Ltd", "Limited", "Inc", "Co", "Corp", "Corporation", "Company", "Cie", "GmbH", "AG",
    "KG", "KGaA", "SA", "S.A", "NV", "N.V", "BV", "B.V", "plc", "PLC", "Plc", "LLC", "LLP",
    "L.P", "SpA", "S.p.A", "Srl", "S.r.l", "S.L", "Ltda", "SAS", "SARL", "Verlag",
    "Verlagsgesellschaft", "Media", "Medien", "Press", "Presse", "Publishing",
    "Publications", "Publishers", "Newspapers", "Group", "Gruppe", "Holdings", "Éditions",
    "Editions", "Editora", "Editorial", "Editrice", "Edizioni", "Ediciones",
})  # fmt: skip
# Lower-case words a company's name may hold (``Dow Jones & Company``, ``Éditions du Val``).
_NAME_JOINS = frozenset({
    "and", "und", "&", "of", "de", "du", "des", "der", "für", "di", "del", "della", "e",
    "y", "et", "van", "von", "en", "la", "le", "les", "el", "da", "do", "dos",
})  # fmt: skip
# What ends a line of the text rather than a name, and of those, what ends a sentence.
_TEXT_ENDS = ".!?:;,\"'\u201d\u2019\u00bb\u2026"
_SENTENCE_ENDS = ".!?\"'\u201d\u2019\u00bb)\u2026"
# A link alone on its line, above the publisher: the story's address at its source.
_BARE_LINK_RE = regex.compile(r"(?:https?://|www\.)\S{1,500}+")
_LANGUAGE_RE = regex.compile(
    r"English|French|Français|Francais|German|Deutsch|Spanish|Español|Espanol|Italian"
    r"|Italiano|Dutch|Nederlands|Portuguese|Português|Russian|Chinese|Japanese|Arabic"
    r"|Swedish|Svenska|Danish|Dansk|Norwegian|Norsk|Finnish|Suomi|Polish|Polski|Turkish",
    regex.IGNORECASE,
)
_PAGE_FURNITURE_RE = regex.compile(
    r"Page\x20\d{1,5}\x20of\x20\d{1,5}(?:[^\n\r]{0,120}Factiva[^\n\r]{0,80})?"
    r"|©\x20?\d{4}\x20Factiva[^\n\r]{0,120}",
    regex.IGNORECASE,
)

#: Field codes to metadata keys.
METADATA_KEYS: dict[str, str] = {
    "SN": "source",
    "SC": "source_code",
    "WC": "word_count",
    "ED": "edition",
    "PG": "page",
    "VOL": "volume",
    "SE": "section",
    "CLM": "column",
    "LA": "language",
    "CY": "copyright",
    "PUB": "publisher",
    "CO": "companies",
    "IN": "industries",
    "NS": "subjects",
    "RE": "regions",
    "AN": "accession",
}


@frozen
class _Coded:
    code: str
    label: Span
    lines: tuple[Line, ...]  # the value's lines (the inline value as a pseudo-line first)


def _inline_line(line: Line, start: int) -> Line:
    """The part of ``line`` from ``start``, as a line of its own."""
    return type(line)(start, line.end, line.text[start - line.start :], line.index, False, 0)


def _fields(text: str, lines: list[Line]) -> tuple[list[_Coded], list[Line]] | None:
    """Group the lines under their field codes, or ``None`` if they are not field-coded.

    Returns:
        The fields, and the page-header lines (before the first code or in the text)
        and reprint offers.
    """
    out: list[_Coded] = []
    pages: list[Line] = []
    current: tuple[str, Span, list[Line]] | None = None
    # Whether the codes carry their values after a single space (``HD Headline``): then
    # a code so written inside the text ends it too.
    single_space = False
    for line in lines:
        m = _regex.fullmatch(_CODE_RE, text, line.start, line.end)
        code = m["code"] if m is not None else None
        if m is not None and current is not None and current[0] in _TEXT_CODES:
            # Inside the text, only codes that may follow it count, and a code with a
            # value on its line only when a tab or two spaces set it apart, or when the
            # export writes all its codes that way, or when it is the accession line
            # (``AN Document CSTCOU0020230814ej8e0000g``), which no sentence is.
            sep = m["sep"] or ""
            if code not in _AFTER_TEXT or (
                m["value"]
                and sep == " "
                and not single_space
                and not (
                    code == "AN"
                    and _regex.fullmatch(ACCESSION_RE, text, m.start("value"), line.end)
                )
            ):
                code = None
        if m is None or code is None:
            in_text = current is not None and current[0] in _TEXT_CODES
            if ((current is None and not out) or in_text) and _page_line(text, line, in_text):
                pages.append(line)
                continue
            if current is None:
                return None
            current[2].append(line)
            continue
        if current is not None:
            out.append(_Coded(current[0], current[1], tuple(current[2])))
        elif m["value"] and m["sep"] == " ":
            single_space = True
        value_lines: list[Line] = []
        if m["value"]:
            value_lines.append(_inline_line(line, m.start("value")))
        current = (code, Span(*m.span("code")), value_lines)
    if current is not None:
        out.append(_Coded(current[0], current[1], tuple(current[2])))
    if any(f.code == "HD" for f in out) or len(out) >= 3:  # noqa: PLR2004
        return out, pages
    return None


def _bare_accession(b: Builder, fields: list[_Coded]) -> list[_Coded]:
    """Take the accession line an export wrote without its ``AN`` code off the last field.

    ``Document PRJ0000020230814ej8e0000g`` alone on the article's last line, under its
    last field (often the text), is the accession number as the free-text form writes
    it: furniture and ``metadata["accession"]``, as under ``AN``. Returns the fields
    without it.
    """
    if not fields or any(f.code == "AN" for f in fields) or not fields[-1].lines:
        return fields
    last = fields[-1]
    line = last.lines[-1]
    if _regex.fullmatch(ACCESSION_RE, b.text, line.start, line.end) is None:
        return fields
    b.add_furniture(line.start, line.end, b.rule("accession"))
    b.metadata["accession"] = line.text
    return [*fields[:-1], _Coded(last.code, last.label, last.lines[:-1])]


def _continues(above: str, line: str) -> bool:
    """Whether ``line`` goes on with the headline that ``above`` wraps.

    It opens in lower case, and ``above`` is no section's name (a section's is in title
    case: ``Business News``) and ends no sentence. A headline in capitals goes on in
    capitals, under a line of four words or more (a section's name has fewer: ``LOCAL
    NEWS``).

    Examples:
        >>> _continues("Derby ends level as late goal", "rescues Rovers")
        True
        >>> _continues("Technology", "iPhone sales rise"), _continues("Sport", "Derby ends")
        (False, False)
        >>> _continues("BOARD APPROVES DREDGING PLAN AFTER", "SEVEN-YEAR DISPUTE")
        True
        >>> _continues("LOCAL NEWS", "BOARD APPROVES DREDGING PLAN")
        False
    """
    if above[-1:] in ".!?:":
        return False
    if _cut_short(above):
        return True
    words = above.split()
    if above.isupper() and line.isupper():
        return len(words) >= _MIN_CAPS_HEADLINE_WORDS
    if not line[:1].islower():
        return False
    return any(w[:1].islower() for w in words[1:])


# The fewest words of a headline's first line in capitals that another goes on (a
# section's name in capitals has fewer).
_MIN_CAPS_HEADLINE_WORDS = 4

# Words no headline's line ends on but one the next line goes on: articles, possessives,
# prepositions and conjunctions that always take words after them (``in the``), in the
# languages read. Words that may close a line (``in``, ``on``, ``up``, German ``die``
# beside English ``die``, German ``das`` as a pronoun, ``So geht das``, and ``mit`` as
# a verb's particle, ``Die Stadt macht mit``) are left out.
_OPEN_WORDS_TEXT = """
    a an the of and or for with from into to its their our your
    le la les un une des du au aux et ou pour avec
    der ein eine einer eines dem den und oder für von zum zur
    el los las una del y para con al
"""
_OPEN_WORDS = frozenset(_OPEN_WORDS_TEXT.split())


def _cut_short(line: str) -> bool:
    """Whether ``line`` stops where no headline or section does, so the next goes on.

    It ends on a word in lower case that wants words after it (``A Quiet Revolution in
    the``, ``Streit um die Zukunft der``). A section's name (``Business``, ``World
    news``) ends on none, nor does a headline (``Talks end without a deal``).

    Examples:
        >>> _cut_short("A Quiet Revolution in the"), _cut_short("Why Rovers Sold Their")
        (True, True)
        >>> _cut_short("Talks end without a deal"), _cut_short("Plan A"), _cut_short("At the UN")
        (False, False, False)
        >>> _cut_short("World news"), _cut_short("Business"), _cut_short("Prices go up")
        (False, False, False)
        >>> _cut_short("Five Stocks to Watch For"), _cut_short("Rovers fight for")
        (False, True)
    """
    words = line.split()
    if len(words) < 2:  # noqa: PLR2004
        return False
    last = words[-1]
    # A title-case headline capitalises them too (``Why Rovers Sold Their``), but for
    # the one-letter ``A``, which closes names (``Plan A``, ``Group A``); capitals are
    # a name's (``Talks at the UN``). A short preposition it capitalises is its last
    # word, stranded (``Five Stocks to Watch For``, ``The Port Investors Flock To``):
    # a title sets one inside it in lower case.
    return last in _OPEN_WORDS or (
        len(last) > 1
        and last.istitle()
        and last.lower() in _OPEN_WORDS
        and last.lower() not in _STRANDED_PREPOSITIONS
    )


# The short prepositions a title-case headline may close on, capitalised as its last
# word (``What the Harbour Is Waiting For``, ``A Port Worth Fighting For``).
_STRANDED_PREPOSITIONS = frozenset({"for", "to", "of"})


def _page_line(text: str, line: Line, in_text: bool) -> bool:
    """Whether ``line`` is a page header, or (in the text) a reprint offer.

    A printed export repeats its page header (``Page 2 of 3 © 2023 Factiva...``) inside
    the text, and may end the text with ``License this article from ...``.
    """
    if _regex.fullmatch(_PAGE_FURNITURE_RE, text, line.start, line.end):
        return True
    return in_text and _regex.fullmatch(_LICENSE_RE, text, line.start, line.end) is not None


def _value_span(lines: Sequence[Line]) -> Span | None:
    if not lines:
        return None
    return Span(lines[0].start, lines[-1].end)


# The words of a word-count line (``312 words``), lower-cased.
_WORD_COUNT_WORDS = tuple(w.lower() for w in _WORD_COUNT_UNITS)
# How long a word-count line is, stripped: one to nine digits, a space, the word.
_SHORTEST_WORD_COUNT, _LONGEST_WORD_COUNT = 6, 18


def _holds_word_count_line(scan: Scan, start: int, end: int) -> bool:
    """Gate for ``words-then-date``: a line of 6 to 18 characters holds a word-count word.

    The match opens with the word-count line alone (``312 words``, with spaces or
    tabs around it), which is 6 to 18 characters long stripped and holds the word:
    looking for the words in such lines only spares a search of the whole window
    for each word. Lines are split at ``\\n``; a window holding a ``\\r`` (a line
    may end at one alone) always passes.

    Examples:
        >>> text = "Title\\n312 words\\n5 March 2019\\n"
        >>> _holds_word_count_line(Scan(text), 0, len(text))
        True
        >>> text = "By Jane Doe\\nIn other words, a long line of prose.\\n"
        >>> _holds_word_count_line(Scan(text), 0, len(text))
        False
    """
    if scan.text.find("\r", start, end) != -1:
        return True
    lengths = scan.line_lengths(start, end)
    for i, line in enumerate(scan.line_texts(start, end)):
        if _SHORTEST_WORD_COUNT <= lengths[i] <= _LONGEST_WORD_COUNT and holds_any(
            line, _WORD_COUNT_WORDS
        ):
            return True
    return False


def _licenses(b: Builder, lines: Sequence[Line], end: int) -> int:
    """Take the reprint offers that end ``lines[:end]``; return where they start."""
    text = b.text
    while end and _regex.fullmatch(_LICENSE_RE, text, lines[end - 1].start, lines[end - 1].end):
        b.add_furniture(lines[end - 1].start, lines[end - 1].end, b.rule("license"))
        end -= 1
    return end


def _is_publisher_line(
    text: str, line: Line, above: Line, *, spaced: bool, known: frozenset[str]
) -> bool:
    """Whether ``line``, the last above the accession line, names the publisher.

    The free-text form may print no publisher, so the line must read as a company's
    name: short, its words capitalised but for joining words (``Dow Jones & Company,
    Inc.``), with no link, address or label, no copyright notice, ending no sentence
    unless in a company's abbreviation; and with a company's word (``Ltd``,
    ``GmbH``, ``Verlag``, ``Press``, ``Publishing``: ``_COMPANY_WORDS``) or a word of the
    source's or copyright's (``known``). It stands apart from the text: after a blank
    line, or, where no blank line sets the paragraphs apart (``spaced`` is false),
    under a line that ends a sentence.

    Examples:
        >>> from newsparse._text import split_lines
        >>> def publisher(text, known=frozenset()):
        ...     above, line = split_lines(text)[-2:]
        ...     return _is_publisher_line(text, line, above, spaced=False, known=known)
        >>> publisher("The pier reopens on Monday.\\nHarbour Press Group Ltd.")
        True
        >>> publisher("The pier reopens on Monday.\\nIsland Ferry Lines")
        False
        >>> publisher("The pier reopens on Monday.\\nIsland Ferry Lines", frozenset({"Island"}))
        True
        >>> publisher("The pier reopens on Monday.\\nThe pier is run by Island Lines Inc.")
        False
    """
    name = line.text
    words = name.split()
    if (
        not 2 <= len(name) <= _LONGEST_PUBLISHER  # noqa: PLR2004 - a name of two letters or more
        or len(words) > _MOST_PUBLISHER_WORDS
        or not name[0].isalnum()
        or holds_any(name, ("://", "@", "www.", ":"))
        or (name[-1] in _TEXT_ENDS and not name.endswith(_COMPANY_ENDS))
        or is_copyright_notice(text, line.start, line.end)
    ):
        return False
    bare = [w.strip(",.()") for w in words]
    if any(w[:1].islower() and w not in _NAME_JOINS for w in bare):
        return False
    if not any(w in _COMPANY_WORDS or w in known for w in bare):
        return False
    return line.blank_before or (not spaced and above.text[-1:] in _SENTENCE_ENDS)


def _names_its_paper(name: str, known: frozenset[str]) -> bool:
    """Whether a publisher's ``name`` holds a company's word and a word of ``known``.

    Examples:
        >>> known = frozenset({"Meridian", "Post"})
        >>> _names_its_paper("Meridian Post Publishing Ltd.", known)
        True
        >>> _names_its_paper("Meridian Post", known), _names_its_paper("Harbour Press Ltd.", known)
        (False, False)
    """
    bare = [w.strip(",.()") for w in name.split()]
    return any(w in known for w in bare) and any(w in _COMPANY_WORDS for w in bare)


def _name_words(*names: str) -> frozenset[str]:
    """The capitalised words of four letters or more in ``names``, as a name's own."""
    return frozenset(
        w
        for name in names
        for w in (v.strip(",.()") for v in name.split())
        if len(w) >= 4 and w[0].isupper()  # noqa: PLR2004 - ``Ltd`` and ``The`` tell no name
    )


class FactivaFormat(EvidenceFormat):
    """Factiva articles, field-coded or free-text.

    Examples:
        >>> fmt = FactivaFormat()
        >>> fmt.explain("HD\\nHeadline\\nPD\\n14 August 2023\\nAN\\nDocument CSTCOU00202308140001")
        (1.0, ('hd-code', 'pd-code', 'accession'))
        >>> fmt.score("Plain title\\n\\nPlain text.")
        0.0
    """

    name = "factiva"
    priority = 55
    EVIDENCE: ClassVar[tuple[Evidence, ...]] = (
        Evidence(
            "hd-code",
            regex.compile(r"(?<![^\n\r])HD(?:[\x20\t]{1,20}\S|[\x20\t]*+(?![^\n\r]))"),
            0.3,
            where="head",
            needles=("hd",),
            line=True,
            heads=("hd",),
        ),
        Evidence(
            "pd-code",
            regex.compile(
                r"(?<![^\n\r])PD(?:[\x20\t]{1,20}+|[\x20\t]*+(?:\r\n|\r|\n)[\x20\t]{0,10}+)\d{1,2}\x20\p{L}{3,12}"
                r"\x20\d{4}"
            ),
            0.3,
            where="head",
            needles=("pd",),
            heads=("pd",),
        ),
        Evidence(
            "wc-code",
            regex.compile(
                r"(?<![^\n\r])WC(?:[\x20\t]{1,20}+|[\x20\t]*+(?:\r\n|\r|\n)[\x20\t]{0,10}+)[\d.,]{1,9}"
            ),
            0.15,
            where="head",
            needles=("wc",),
            heads=("wc",),
        ),
        Evidence(
            "text-codes",
            regex.compile(r"(?<![^\n\r])(?:SN|SC|LP|TD|LA|CY)[\x20\t]*+(?![^\n\r])"),
            0.1,
            where="head",
            gate=ShortLines(2, 2, cr_lines=True),
        ),
        Evidence(
            "word-count-line",
            regex.compile(
                r"(?<![^\n\r])[\x20\t]{0,10}+[\d.,]{1,9}\x20(?:"
                + _UNITS
                + r")[\x20\t]*+(?![^\n\r])"
            ),
            0.25,
            where="head",
            needles=_WORD_COUNT_WORDS,
            line=True,
            gate=ShortLines(6, 18, cr_lines=True),
        ),
        Evidence(
            # The free-text form's word count line with the date line under it
            # (``312 words`` / ``5 March 2019``), as no web page sets them.
            "words-then-date",
            regex.compile(
                r"(?<![^\n\r])[\x20\t]{0,10}+[\d.,]{1,9}\x20(?:" + _UNITS + r")"
                r"[\x20\t]*+(?:\r\n|\r|\n)[\x20\t]{0,10}+"
                r"(?:\d{1,2}\.?\x20(?:de\x20)?\p{L}{3,12}\.?\x20(?:de\x20)?\d{4}"
                r"|\p{L}{3,12}\.?\x20\d{1,2},\x20\d{4})[\x20\t]*+(?![^\n\r])"
            ),
            0.2,
            where="head",
            needles=_WORD_COUNT_WORDS,
            gate=_holds_word_count_line,
        ),
        Evidence(
            # The free-text form's head under the word count: the date and the source
            # (a time, an edition between), then the source's code in capitals right
            # over the language line (``412 words`` / ``14 August 2023`` / ``The Coastal
            # Courier`` / ``CSTCOU`` / ``English``), as no web page sets them. It tells
            # the form without its closing ``Document ...`` line (a copy cut short).
            "code-over-language",
            regex.compile(
                r"(?<![^\n\r])[\x20\t]{0,10}+[\d.,]{1,9}\x20(?:" + _UNITS + r")"
                r"[\x20\t]*+(?:\r\n|\r|\n)(?:[^\n\r]{1,80}+(?:\r\n|\r|\n)){2,5}?"
                r"[\x20\t]{0,10}+[A-Z][A-Z0-9]{1,11}+[\x20\t]*+(?:\r\n|\r|\n)"
                r"[\x20\t]{0,10}+(?i:" + _LANGUAGE_RE.pattern + r")[\x20\t]*+(?![^\n\r])"
            ),
            0.3,
            where="head",
            needles=_WORD_COUNT_WORDS,
            gate=_holds_word_count_line,
        ),
        Evidence(
            # Factiva's own page header or footer (``Page 2 of 3 © 2020 Factiva, Inc.``).
            "factiva-page",
            regex.compile(
                r"(?<![^\n\r])[\x20\t]{0,10}+(?:Page\x20\d{1,5}\x20of\x20\d{1,5}\x20)?"
                r"©\x20?\d{4}\x20Factiva"
            ),
            0.2,
            where="all",
            needles=("factiva",),
            line=True,
        ),
        Evidence(
            "accession",
            regex.compile(
                r"(?<![^\n\r])[\x20\t]{0,10}+(?:AN[\x20\t]{0,10}+(?:\r\n|\r|\n)?[\x20\t]{0,10}+)?"
                + _ACCESSION_WORD
                + r"[A-Za-z0-9]{12,60}[\x20\t]*+(?![^\n\r])"
            ),
            0.45,
            where="tail",
            needles=tuple(f"{w.lower()} " for w in _ACCESSION_WORDS),
            heads=("an", *(f"{w.lower()} " for w in _ACCESSION_WORDS)),
        ),
    )

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        """Parse one Factiva article (see the module docstring)."""
        b = Builder(text=text, options=options, rule_prefix="factiva")
        lines = split_lines(text)
        coded = _fields(text, lines)
        if coded is not None:
            fields, pages = coded
            for line in pages:
                b.add_furniture(line.start, line.end, b.rule("page"))
            self._parse_coded(b, fields)
        else:
            self._parse_free(b, lines)
        # Agency copy keeps its dateline in the text: read, and left in the body.
        read_body_dateline(b)
        if b.date is None:
            b.notes.append(Note(code="date.missing", message="no publication date found"))
        return b.build()

    # -- field-coded -----------------------------------------------------------------

    def _parse_coded(self, b: Builder, fields: list[_Coded]) -> None:
        text = b.text
        fields = _bare_accession(b, fields)
        time: Span | None = None
        source: Span | None = None
        # ``LP`` and ``TD`` are one text, laid out one way: a short ``TD`` of wrapped
        # lines is wrapped as the ``LP`` blocks above it are.
        wrapped = _blocks([ln for f in fields if f.code in _TEXT_CODES for ln in f.lines])
        for f in fields:
            b.add_furniture(f.label.start, f.label.end, b.rule("code"))
            span = _value_span(f.lines)
            if f.code in _TEXT_CODES:
                b.add_paragraphs(list(f.lines), wrapped=wrapped)
                continue
            if span is None:
                continue
            raw = span.of(text)
            if f.code == "HD" and b.headline is None:
                b.headline = Field(value=fold(raw), raw=raw, span=span, rule=b.rule("headline"))
                continue
            if f.code == "BY" and b.byline is None:
                self._byline(b, span)
                continue
            if f.code == "CR" and (agency := canonical_agency(fold(raw))) is not None:
                # The credit (``CR Reuters``): the agency whose copy the article is.
                if agency not in b.sources:
                    b.sources.append(agency)
                b.attribution.append(b.span_field(span.start, span.end, b.rule("credit")))
                continue
            if f.code == "PD" and b.date is None:
                found = _pd_date(b, span)
                if found is not None:
                    b.set_date(found, b.rule("date"))
                    b.add_furniture(span.start, found.span.start, b.rule("date-rest"))
                    b.add_furniture(found.span.end, span.end, b.rule("date-rest"))
                    continue
            if f.code == "ET" and time is None:
                time = span
            if f.code == "SN" and source is None:
                source = span
            key = METADATA_KEYS.get(f.code)
            if key is not None and key not in b.metadata:
                b.metadata[key] = fold(raw)
            b.add_furniture(span.start, span.end, b.rule(f"field.{f.code.lower()}"))
        self._add_time(b, time)
        self._source_byline(b, source)

    # -- free text -------------------------------------------------------------------

    def _parse_free(self, b: Builder, lines: list[Line]) -> None:
        text = b.text
        end = len(lines)
        if end and _regex.fullmatch(ACCESSION_RE, text, lines[-1].start, lines[-1].end):
            last = lines[-1]
            b.add_furniture(last.start, last.end, b.rule("accession"))
            b.metadata["accession"] = last.text
            end -= 1
        closed = end < len(lines)
        end = _licenses(b, lines, end)
        # Page headers, wherever a printed export repeats them.
        kept: list[Line] = []
        for ln in lines[:end]:
            if _regex.fullmatch(_PAGE_FURNITURE_RE, text, ln.start, ln.end):
                b.add_furniture(ln.start, ln.end, b.rule("page"))
            else:
                kept.append(ln)
        lines, end, start = kept, len(kept), 0
        wc = next(
            (
                i
                for i in range(start, min(end, start + 8))
                if _regex.fullmatch(_WORDS_RE, text, lines[i].start, lines[i].end)
            ),
            None,
        )
        if wc is None:
            # Not the usual head: headline first, the rest is text.
            if start < end:
                first = lines[start]
                b.headline = Field(
                    value=first.text, raw=first.text, span=first.span, rule=b.rule("headline")
                )
                start += 1
            b.add_paragraphs(lines[start:end], wrapped=_blocks(lines[start:end]))
            return
        b.add_furniture(lines[wc].start, lines[wc].end, b.rule("word-count"))
        b.metadata["word_count"] = lines[wc].text
        head = lines[start:wc]
        if len(head) > 2 and b.byline is None and _byline_tail(b, head):  # noqa: PLR2004
            # ``By Jo Roe`` / ``Reuters``, ``Sam Park`` / ``Economics Correspondent``.
            self._byline(b, Span(head[-2].start, head[-1].end))
            head = head[:-2]
        elif head and b.byline is None and _free_byline(b, head):
            self._byline(b, head[-1].span)
            head = head[:-1]
        if head:
            top = len(head) - 1
            # A headline wrapped over lines goes on in lower case (``Derby ends level as
            # late goal`` / ``rescues Rovers``), under a line that is no section's name.
            while top > 0 and _continues(head[top - 1].text, head[top].text):
                top -= 1
            title = Span(head[top].start, head[-1].end)
            raw = title.of(text)
            b.headline = Field(value=fold(raw), raw=raw, span=title, rule=b.rule("headline"))
            head = head[: top + 1]
            for ln in head[:-1]:
                b.add_furniture(ln.start, ln.end, b.rule("section"))
            if head[:-1]:
                b.metadata["section"] = fold(" ".join(ln.text for ln in head[:-1]))
        i = self._free_meta(b, lines, wc + 1, end)
        end = self._free_trailer(b, lines, i, end, closed=closed)
        b.add_paragraphs(lines[i:end], wrapped=_blocks(lines[i:end]))

    def _free_trailer(
        self, b: Builder, lines: list[Line], start: int, end: int, *, closed: bool
    ) -> int:
        """Take the publisher's line, and a link above it, from the text's end.

        The text is ``lines[start:end]``. The publisher is ``PUB`` in the field-coded
        form; the free-text form prints it above the accession line (and its reprint
        offers), if at all. An article copied without its accession line (``closed``
        false) may still end with it: the line is read so only where it names the
        company by a word of the source's or the copyright's name, as well as by a
        company's word (``Meridian Post Publishing Ltd.`` under ``The Meridian Post``),
        for nothing under it marks where the text ends. At least one line of the text
        is left. Returns the text's new end.
        """
        text = b.text
        at = end - 1  # the publisher's line, if it is one
        link = at - 1
        if link <= start or not _regex.fullmatch(
            _BARE_LINK_RE, text, lines[link].start, lines[link].end
        ):
            link = at
        if link <= start:
            return end
        spaced = any(ln.blank_before for ln in lines[start + 1 : at])
        known = _name_words(b.metadata.get("source", ""), b.metadata.get("copyright", ""))
        if not _is_publisher_line(text, lines[at], lines[link - 1], spaced=spaced, known=known):
            return end
        if not closed and not _names_its_paper(lines[at].text, known):
            return end
        b.add_furniture(lines[at].start, lines[at].end, b.rule("publisher"))
        b.metadata["publisher"] = fold(lines[at].text)
        if link < at:
            b.add_furniture(lines[link].start, lines[link].end, b.rule("link"))
            b.metadata["link"] = lines[link].text
        return link

    def _free_meta(self, b: Builder, lines: list[Line], i: int, end: int) -> int:
        """Date, time, source, code, language, copyright; return where the text starts."""
        text = b.text
        time: Span | None = None
        j = i
        # The date, then the time, each on a line of its own.
        if j < end and len(lines[j].text) <= 40:  # noqa: PLR2004 - a date line
            found = _pd_date(b, lines[j].span)
            if found is not None:
                b.set_date(found, b.rule("date"))
                b.add_furniture(lines[j].start, found.span.start, b.rule("date-rest"))
                b.add_furniture(found.span.end, lines[j].end, b.rule("date-rest"))
                j += 1
        if j < end and _regex.fullmatch(_TIME_RE, text, lines[j].start, lines[j].end):
            time = lines[j].span
            b.add_furniture(lines[j].start, lines[j].end, b.rule("time"))
            j += 1
        # Source, code, edition, page lines up to the language or copyright line.
        stop = None
        for k in range(j, min(end, j + 8)):
            line = lines[k]
            if is_copyright_notice(text, line.start, line.end):
                stop = k + 1
                break
            if _regex.fullmatch(_LANGUAGE_RE, text, line.start, line.end):
                stop = k + 1
                nxt = k + 1
                if nxt < end and is_copyright_notice(text, lines[nxt].start, lines[nxt].end):
                    stop = nxt + 1
                break
            if len(line.text) > 80 or line.text[-1:] in ".!?\"'":  # noqa: PLR2004
                break
        if stop is None:
            # Without a language or copyright line, a blank line may end the head: the
            # short lines above it (source, code, edition) are all the head's.
            blank = next((k for k in range(j + 1, min(end, j + 8)) if lines[k].blank_before), None)
            if blank is not None and all(
                len(lines[k].text) <= 60 and lines[k].text[-1:] not in ".!?\"'"  # noqa: PLR2004
                for k in range(j, blank)
            ):
                stop = blank
        if stop is None:
            # Otherwise only a short source line is sure.
            short = j < end and len(lines[j].text) <= 60 and lines[j].text[-1:] not in ".!?"  # noqa: PLR2004
            stop = j + 1 if short and j + 1 < end else j
            # And the source's code under it (``FNWHRL``), one upper-case word.
            if (
                stop > j
                and stop + 1 < end
                and _regex.fullmatch(_SOURCE_CODE_RE, text, lines[stop].start, lines[stop].end)
            ):
                stop += 1
        source: Span | None = None
        for k in range(j, stop):
            line = lines[k]
            if is_copyright_notice(text, line.start, line.end):
                b.add_furniture(line.start, line.end, b.rule("copyright"))
                b.metadata.setdefault("copyright", line.text)
            elif _regex.fullmatch(_LANGUAGE_RE, text, line.start, line.end):
                b.add_furniture(line.start, line.end, b.rule("language"))
                b.metadata.setdefault("language", line.text)
            else:
                if source is None:
                    source = line.span
                    b.metadata["source"] = line.text
                elif (
                    "source_code" not in b.metadata and line.text.isupper() and " " not in line.text
                ):
                    b.metadata["source_code"] = line.text
                else:
                    b.metadata["edition"] = fold(f"{b.metadata.get('edition', '')} {line.text}")
                b.add_furniture(line.start, line.end, b.rule("source"))
        self._add_time(b, time)
        self._source_byline(b, source)
        return stop

    # -- shared ----------------------------------------------------------------------

    def _byline(self, b: Builder, span: Span) -> None:
        text = b.text
        raw = span.of(text)
        found = read_labelled_byline(text, span.start, span.end)
        if found is None:
            b.byline = Field(value=Byline(text=raw), raw=raw, span=span, rule=b.rule("byline"))
            return
        b.byline = Field(
            value=Byline(
                authors=found.byline.authors, organization=found.byline.organization, text=raw
            ),
            raw=raw,
            span=span,
            rule=b.rule("byline"),
        )
        b.authors.extend(
            Field(value=s.of(text), raw=s.of(text), span=s, rule=b.rule("author"))
            for s in found.author_spans
        )

    def _add_time(self, b: Builder, time: Span | None) -> None:
        """Put ``ET`` (the time) into the day-precision ``PD`` date."""
        if time is None or b.date is None or b.date_precision != "day":
            return
        m = _regex.match(_TIME_RE, b.text, time.start, time.end)
        if m is None:
            return
        hour, minute = clock_hour(int(m["hour"]), m["ampm"]), int(m["minute"])
        if hour > 23 or minute > 59:  # noqa: PLR2004
            return
        d = b.date.value
        tz = d.tzinfo
        if m["zone"]:
            # ``ET 18:50 GMT``: the time names its zone.
            local = dt.datetime(d.year, d.month, d.day, hour, minute)  # noqa: DTZ001 - a clock time
            tz = _named_zone(m, b.options) or seasonal_zone(m["zone"], local, b.options) or tz
            if tz is None:
                b.notes.append(
                    Note(
                        code="date.zone-unknown",
                        message=f"the time names a zone not known here ({m['zone']}); "
                        "the date is naive",
                        span=Span(*m.span("zone")),
                    )
                )
        value = dt.datetime(d.year, d.month, d.day, hour, minute, tzinfo=tz)
        b.date = Field(value=value, raw=b.date.raw, span=b.date.span, rule=b.rule("date-time"))
        b.date_precision = "minute"

    def _source_byline(self, b: Builder, source: Span | None) -> None:
        """With no ``BY``, the source (``SN``) is the byline's organisation."""
        if b.byline is not None or source is None:
            return
        raw = source.of(b.text)
        b.furniture = [f for f in b.furniture if f.span != source]
        b.byline = Field(
            value=Byline(organization=fold(raw), text=raw),
            raw=raw,
            span=source,
            rule=b.rule("source-byline"),
        )


def _named_zone(m: regex.Match[str], options: ParseOptions) -> dt.tzinfo | None:
    """The zone a time's ``zone`` names, with the offset after GMT or UTC (``GMT+1``)."""
    if m["offset"] is None:
        return zone_after_time(m["zone"], options, after_ampm=bool(m["ampm"]))
    hours, minutes = int(m["oh"]), int(m["om"] or 0)
    if m["zone"] not in {"GMT", "UTC"} or hours > 14 or minutes > 59:  # noqa: PLR2004
        return None
    sign = -1 if m["offset"][0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _free_byline(b: Builder, head: Sequence[Line]) -> bool:
    """Whether the last line before the free-text form's word count is the byline.

    It is when it opens with ``By`` (or ``Von``, ``Par`` in those languages); or, with
    no prefix, when a line stands before it and it reads as names, each of two to four
    words, perhaps with their outlet (``Lena Weber``, ``Jane Doe, Associated Press``),
    and the line before is a headline: it has a word in lower case (``Ferry delayed``),
    or is longer. A title-case headline after a section line (``Business`` / ``Harbour
    Cranes Return``) is longer than the section, so it stays the headline. The last
    line is the byline too when, under a line, it names an agency alone (``Reuters``,
    ``Agence France-Presse``), as a paper credits the wire copy it prints.
    """
    text = b.text
    last = head[-1]
    if read_byline(text, last.start, last.end, foreign=b.writes_by_label):
        return True
    if len(head) < 2 or _cut_short(head[-2].text):  # noqa: PLR2004
        # Under a line that stops short (``A Quiet Revolution in the``) the line goes on
        # with the headline (``Dairy Aisle``).
        return False
    found = read_byline(text, last.start, last.end, require_prefix=False)
    if found is not None and not found.byline.authors:
        # An agency alone (``Reuters``, ``Agence France-Presse``), as papers credit the
        # wire copy they print: no headline is an agency's name.
        org = found.byline.organization
        return org is not None and canonical_agency(org) is not None
    prev = head[-2].text
    if len(last.text) >= len(prev) and not any(w[:1].islower() for w in prev.split()):
        return False
    if found is None:
        return False
    org = found.byline.organization
    # An outlet read after the names must be one for sure: an agency, or a name that
    # closes as outlets' do (``Jane Austen, The Musical`` is a headline).
    if org is not None and canonical_agency(org) is None and not _names_an_outlet(org):
        return False
    return all(2 <= len(name.split()) <= 4 for name in found.byline.authors)  # noqa: PLR2004


def _byline_tail(b: Builder, head: Sequence[Line]) -> bool:
    """Whether the free-text form's byline takes the last two lines before the word count.

    A byline may go on under its names with the writer's role (``Chief Economics
    Correspondent``) or the agency, service or outlet the copy came from (``Reuters``,
    ``Dow Jones Newswires``; :data:`~newsparse.vocab.NEWS_SERVICES`) on a line of its
    own. That line is the byline's when it is such a role or outlet alone and the line
    above it is a byline by :func:`_free_byline`, under a headline: neither line is the
    headline then. Names with no ``By`` need the headline over them in sentence case
    (``Kiosk closes`` / ``Jo Roe`` / ``Reuters``): a title-case headline of two or three
    words reads as names too (``Oil Prices``, ``Market Talk``), and a section's line over
    it keeps only its small words in lower case (``Markets and Finance``, ``News in
    Brief``).
    """
    text = b.text
    last = head[-1]
    if not is_role_title(last.text) and caseless(" ".join(last.text.split())) not in NEWS_SERVICES:
        found = read_byline(text, last.start, last.end, require_prefix=False)
        org = None if found is None or found.byline.authors else found.byline.organization
        if org is None or (canonical_agency(org) is None and not _names_an_outlet(org)):
            return False
    if not _free_byline(b, head[:-1]):
        return False
    names = head[-2]
    if read_byline(text, names.start, names.end, foreign=b.writes_by_label):
        return True  # ``By Jo Roe``
    return any(w[:1].islower() and caseless(w) not in _SMALL_WORDS for w in head[-3].text.split())


# The words a title-case line keeps in lower case (``and``, ``in``, ``the``), in every
# language read.
_SMALL_WORDS = frozenset().union(*STOPWORDS.values())


def _pd_date(b: Builder, span: Span) -> DateMatch | None:
    """The date a ``PD`` value (or the free-text form's date line) gives.

    A month and year alone, as a monthly's issue is dated (``May 2019``), is read at
    ``month`` precision (:func:`~newsparse.extract.dates.find_issue_date`); no day is
    made up.
    """
    found = parse_date(b.text, span.start, span.end, options=b.options)
    if found is not None:
        return found
    issue = find_issue_date(b.text, span.start, span.end)
    if issue is None or b.text[issue.span.end : span.end].strip():
        return None
    return issue


def _blocks(lines: Sequence[Line]) -> bool:
    """Read paragraphs as blank-line blocks only when the text is laid out in blocks."""
    if len(lines) < 2:  # noqa: PLR2004
        return False
    rest = lines[1:]
    blank_separated = any(ln.blank_before for ln in rest)
    run_on = any(not ln.blank_before for ln in rest)
    if not (blank_separated and run_on):
        return False
    lengths = sorted(len(ln.text) for ln in lines)
    return lengths[len(lengths) * 9 // 10] <= 100  # noqa: PLR2004 - hard-wrapped copy
