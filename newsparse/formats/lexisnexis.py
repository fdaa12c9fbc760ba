"""LexisNexis text exports: the classic ``N of M DOCUMENTS`` layout and Nexis Uni's.

Classic exports open each article with a centred ``1 of 10 DOCUMENTS`` (``FOCUS - 1
of 10 DOCUMENTS`` for narrowed results; German ``Dokument 1 von 10``, French
``Document 1 de 10``, Dutch ``Document 1 van 10``, Spanish and Italian ``Documento 1
de 10``, ``Documento 1 di 10``), then the publication, a date
block (``January 11, 2010 Monday``, perhaps with a time and zone, then edition
lines; a magazine's ``May 2019`` or ``Summer 2019 Issue``), the headline (one or
more lines), labelled lines (``BYLINE:``, ``SECTION:``, ``LENGTH: 355 words``,
``DATELINE:``; ``AUTOR:``, ``RUBRIK:``, ``LÄNGE:``, ``LONGUEUR:``...), the
hard-wrapped body (perhaps opened by a ``BODY:`` label), and a trailer of labels
(``LOAD-DATE:``, ``LANGUAGE:``, ``GRAPHIC:``, ``PUBLICATION-TYPE:``...) and a copyright
notice.

Nexis Uni exports put the title first, then the publication, the date and the
copyright, then ``Section:``, ``Length:``, ``Byline:``, ``Dateline:`` lines (two
may share one, ``Section: Business; Length: 512 words``: a label ``LABELS`` knows
after a semicolon starts a value of its own, except in free text), a
``Body`` line, the text, ``Classification`` with ``Language:`` and ``Load-Date:``
lines, and ``End of Document`` (``Fin du document``, ``Ende des Dokuments``...). Its
labels are in title case (``Length:``), which tells the layout apart when neither the
``Body`` line nor the end line is there. Printed to pages, an export repeats ``Page 2
of 3`` and the title as a running head; both are furniture.

A cover page (the search request; in Nexis Uni also ``Documents (3)`` and the list of
the documents, ``1. Title`` with request labels under each) before the first article
is kept as furniture.

Metadata keys (``Article.metadata``), each the text as written with white space folded:

* ``document``: the position line, such as ``1 of 10 DOCUMENTS``.
* ``publication``: the newspaper or site, such as ``The Times (London)``.
* ``distributor``: the syndicate a line above the date names (``Distributed by
  Tribune Content Agency``).
* ``edition``: edition lines after the date, joined by a space, or the edition after a
  comma on the date line (``March 3, 1998, Tuesday, Late Edition - Final``).
* ``section``, ``length``, ``type``, ``series``, ``highlight``: from the labelled lines
  (``HIGHLIGHT:`` and ``ABSTRACT:`` also fill ``summary``; older exports label the
  headline too, ``HEADLINE:``, which fills ``headline``).
* ``load_date``, ``language``, ``publication_type``, ``journal_code``, ``graphic``,
  ``document_type``, ``correction``, ``notes``, ``subject``, ``url``: from the trailer
  labels.
* ``copyright``: the copyright notice.

Examples:
    >>> import newsparse
    >>> text = (
    ...     "                 2 of 5 DOCUMENTS\\n\\n"
    ...     "                 The Harbour Gazette\\n\\n"
    ...     "                 March 3, 2021 Wednesday\\n"
    ...     "                 Final Edition\\n\\n"
    ...     "Ferry timetable to change in spring\\n\\n"
    ...     "BYLINE: Mara Olsen\\n\\n"
    ...     "SECTION: LOCAL; Pg. 4\\n\\n"
    ...     "LENGTH: 212 words\\n\\n"
    ...     "The morning ferry will leave half an hour\\n"
    ...     "earlier from April.\\n\\n"
    ...     "LOAD-DATE: March 4, 2021\\n\\n"
    ...     "LANGUAGE: ENGLISH\\n"
    ... )
    >>> a = newsparse.parse(text)
    >>> a.format, a.headline, a.byline.authors, a.date.date().isoformat()
    ('lexisnexis', 'Ferry timetable to change in spring', ('Mara Olsen',), '2021-03-03')
    >>> a.paragraphs
    ('The morning ferry will leave half an hour earlier from April.',)
    >>> a.metadata["section"], a.metadata["edition"], a.metadata["language"]
    ('LOCAL; Pg. 4', 'Final Edition', 'ENGLISH')
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar, NamedTuple

import regex

from newsparse import _regex
from newsparse._text import caseless, filled_to_width, fold, split_lines, trim
from newsparse.extract.bylines import read_labelled_byline
from newsparse.extract.dates import (
    clock_hour,
    find_dates,
    find_issue_date,
    spelled_zone,
    word_at,
    zone_after_time,
)
from newsparse.extract.furniture import is_copyright_notice
from newsparse.formats._base import _SENTENCE_END, Builder, Evidence, EvidenceFormat
from newsparse.formats._wire import read_body_dateline
from newsparse.model import Byline, Field, Note, ParsedFields, ParseOptions, Span
from newsparse.vocab import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from newsparse._text import Line

__all__ = [
    "COVER_COUNT_RE",
    "COVER_ENTRY_RE",
    "COVER_LABELS",
    "DOC_COUNT_RE",
    "END_OF_DOCUMENT_RE",
    "POSITION_BLANKS",
    "LexisNexisFormat",
]


def __dir__() -> list[str]:
    return __all__


# A classic export's position line, in English, German, French, Dutch, Spanish or
# Italian, for patterns that find it at a line's start. Results narrowed with FOCUS
# number their documents ``FOCUS - 1 of 10 DOCUMENTS``.
_DOC_COUNT = (
    r"(?:FOCUS\x20-\x20)?(?P<number>\d{1,7})\x20of\x20(?P<total>\d{1,7})\x20DOCUMENTS?"
    r"|Dokument\x20(?P<number>\d{1,7})\x20von\x20(?P<total>\d{1,7})"
    r"|Document\x20(?P<number>\d{1,7})\x20(?:de|van)\x20(?P<total>\d{1,7})"
    r"|Documento\x20(?P<number>\d{1,7})\x20(?:de|di)\x20(?P<total>\d{1,7})"
)
#: A classic export's position line (``3 of 250 DOCUMENTS``, ``Dokument 2 von 9``),
#: matched where its caller puts it (``\G``: ``match`` and ``fullmatch``, or ``search``
#: from the count's first character), with the groups ``number`` and ``total``.
#: Anchored because searched freely it would start an attempt at every digit of a text.
DOC_COUNT_RE = regex.compile(r"\G(?:" + _DOC_COUNT + r")")
# A printed export's page header, a line of its own (``Page 2 of 3``).
_PAGE_HEADER_RE = regex.compile(r"Page\x20\d{1,5}\x20of\x20\d{1,5}")
# A line that only rules the text off from what follows it (``____``, ``-----``, ``=====``).
_RULE_LINE_RE = regex.compile(r"[_\-=*~\u2013\u2014\u2500]{3,200}+")
# A printed export's page footer, the page's number alone (``Page 1``, ``Seite 1``).
_PAGE_FOOTER_RE = regex.compile(r"(?:Page|Seite|Pagina|P\u00e1gina)\x20\d{1,5}")
# What makes a copyright line a notice for sure: a year or the sign.
_NOTICE_YEAR_RE = regex.compile(r"\u00a9|(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
#: The line that closes each article of a Nexis Uni export, in English, French, German,
#: Spanish or Italian.
END_OF_DOCUMENT_RE = regex.compile(
    r"End\x20of\x20Document|Fin\x20du\x20document|Ende\x20des\x20Dokuments"
    r"|Fin\x20del\x20documento|Fine\x20del\x20documento",
    regex.IGNORECASE,
)
# Those lines lower-cased, for detection's needles and line heads.
_END_OF_DOCUMENT_WORDS = (
    "end of document", "fin du document", "ende des dokuments", "fin del documento",
    "fine del documento",
)  # fmt: skip

#: Words a position line cannot be written without (``DOC_COUNT_RE`` is case-sensitive).
_DOC_COUNT_WORDS = ("DOCUMENT", "Dokument", "Document")
#: At most this many spaces or tabs before a position line's count (after any BOM).
_POSITION_INDENT = 80
#: Blanks a position line may be set in: spaces and tabs, and what RTF and word
#: processors leave around it (a form feed at a page break, no-break spaces).
POSITION_BLANKS = r"\x20\t\f\v\u00a0"
_DOC_COUNT_LINE_RE = regex.compile(
    r"(?<![^\n\r])\ufeff?[" + POSITION_BLANKS + r"]{0,80}+(?:" + _DOC_COUNT + r")"
    r"[" + POSITION_BLANKS + r"]*+(?![^\n\r])"
)
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_LABEL_RE = regex.compile(
    r"\G(?P<label>\p{Lu}[\p{L}]{0,30}+(?:[-\x20]\p{L}{1,20}+){0,2}?)\x20?:(?:[\s\u00a0]|$)"
)
# A label after a semicolon, as Nexis Uni joins two on one line (``Section: Business;
# Length: 512 words``); only a label ``LABELS`` knows splits the line.
_INNER_LABEL_RE = regex.compile(
    r";[\x20\t\u00a0]{0,5}+(?P<label>\p{Lu}[\p{L}]{0,30}+(?:[-\x20]\p{L}{1,20}+){0,2}?)\x20?:"
    r"(?:[\s\u00a0]|$)"
)
# Nexis Uni's section lines, each a word alone on its line.
_BODY_LINES = frozenset(("Body", "Text", "Corps", "Texte", "Inhalt"))
_UNI_TRAILER_LINES = frozenset(
    ("Classification", "Graphic", "Notes", "Correction", "Klassifikation", "Classement")
)
# How many lines from an article's start its head labels may stand.
_HEAD_LINES = 40
#: A line of the head the export centres (the date, an edition) is indented this much
#: or more; the headline is set flush left.
_CENTRED_INDENT = 4
#: Hard-wrapped export text has no line longer than this.
_WRAP_WIDTH = 100
# Nexis Uni's section words end a label's value even with no blank line before them.
_SECTION_LINES = _BODY_LINES | _UNI_TRAILER_LINES
_TIME_AFTER_DATE_RE = regex.compile(
    r"[\x20,]{0,3}+(?:\L<weekdays>)?[\x20,]{0,3}+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?:\x20?(?P<ampm>[AaPp]\.?[Mm]\.?))?(?:\x20(?P<zone>[A-Z]{2,5}))?",
    weekdays=list(WEEKDAYS),
    flags=regex.IGNORECASE,
)
# A syndicate's line above the date: ``Distributed by Tribune Content Agency``.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_DISTRIBUTOR_RE = regex.compile(r"\G(?i:distributed\x20by)\x20++(?P<name>\S[^\n\r]{0,120}+)")
# What may follow an issue's date on its line: ``Summer 2019 Issue``, ``Mai 2019 Ausgabe``.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_ISSUE_WORD_RE = regex.compile(
    r"\G[\x20,]{1,3}+(?:Issue|Edition|Ausgabe|Heft|Édition|Numéro|Editie|Nummer)",
    regex.IGNORECASE,
)
# What may follow a date (and its time) on its line: the weekday, then an edition.
_DATE_TAIL_RE = regex.compile(
    r"[\x20,]{0,3}+(?:\L<weekdays>)?[\x20\t]{0,5}+[,;][\x20\t]{0,5}+(?P<edition>\S[^\n\r]{0,119}+)",
    weekdays=list(WEEKDAYS),
    flags=regex.IGNORECASE,
)
_EDITION_WORD_RE = regex.compile(
    r"\b(?:Edition|Final|Ausgabe|Édition|Editie|Edición|Edizione)\b", regex.IGNORECASE
)
# A line of its own naming an edition: the edition's word closes it (``FINAL EDITION``,
# ``Late Edition - Final``, ``Sunday Edition``), perhaps before a number; a headline
# with the word inside (``Final whistle``, ``The Final Countdown``) is no edition.
_EDITION_LINE_RE = regex.compile(
    r"\b(?:Edition|Final|Ausgabe|Édition|Editie|Edición|Edizione)[\x20\d.;:-]{0,6}$",
    regex.IGNORECASE,
)
# The date a wire story's dateline field may end with, after the place and a comma:
# ``Paris, Aug 14 2023`` (AFP), ``BEIJING, Aug. 14`` (Xinhua), ``LONDON, 14 August``.
_DATELINE_DATE_RE = regex.compile(
    r"(?<=\S),[\x20\xa0]{1,3}+(?:(?:\L<months>)\.?[\x20\xa0]{1,3}\d{1,2}(?!\d)"
    r"|\d{1,2}[\x20\xa0]{1,3}(?:\L<months>)\.?)(?:,?[\x20\xa0]{1,2}(?:19|20)\d{2}(?!\d))?\.?$",
    months=list(MONTHS),
    # Searched from the end: the date ends the value, so only its end is tried.
    flags=regex.IGNORECASE | regex.REVERSE,
)
#: A cover page's request labels (``Search Terms:``), which the export splitter
#: (:mod:`newsparse.stream`) also takes to open a cover block.
COVER_LABELS = (
    "Download Request", "Ausgabeauftrag", "Time Of Request", "Search Terms", "Job Number",
    "Date and Time", "Narrowed by", "Search Type", "Content Type", "Client/Matter", "User Name",
)  # fmt: skip
# With the other labels a cover page holds, which the splitter does not go by.
_ALL_COVER_LABELS = (*COVER_LABELS, "Terms", "Begriffe", "Source", "Project ID", "Send To")
# What a cover page's labels open with (lower-cased), for detection's line-head test.
_COVER_HEADS = tuple(caseless(label) for label in _ALL_COVER_LABELS)
_COVER_LABEL = r"(?:" + "|".join(map(regex.escape, _ALL_COVER_LABELS)) + r")\x20?:"
_COVER_RE = regex.compile(r"(?<![^\n\r])" + _COVER_LABEL)
# The same where a line's text starts, past any indent or byte-order mark (which
# parse reads as a space).
_COVER_LINE_RE = regex.compile(r"\G" + _COVER_LABEL)
#: A Nexis Uni cover page's count of the documents it lists, ``Documents (3)``.
COVER_COUNT_RE = regex.compile(
    r"(?:Documents|Dokumente)\x20\((?P<count>\d{1,7})\)[\x20\t]*+(?![^\n\r])"
)
#: An entry of that list: ``1. Title``, its block holding request labels.
COVER_ENTRY_RE = regex.compile(r"\d{1,7}\.\x20")

#: Labels (case-folded) to what they mean: a field or a metadata key. English, German,
#: French, Dutch, Spanish and Italian exports.
LABELS: dict[str, str] = {
    "byline": "byline",
    "author": "byline",
    "autor": "byline",
    "auteur": "byline",
    "autore": "byline",
    "signature": "byline",
    "section": "section",
    "rubrik": "section",
    "rubrique": "section",
    "rubriek": "section",
    "sectie": "section",
    "sección": "section",
    "seccion": "section",
    "sezione": "section",
    "length": "length",
    "länge": "length",
    "longueur": "length",
    "lengte": "length",
    "longitud": "length",
    "lunghezza": "length",
    "dateline": "dateline",
    "headline": "headline",
    "titel": "headline",
    "titre": "headline",
    "highlight": "highlight",
    "abstract": "highlight",
    "type": "type",
    "series": "series",
    "load-date": "load_date",
    "update": "load_date",
    "date-chargement": "load_date",
    "date de chargement": "load_date",
    "language": "language",
    "sprache": "language",
    "langue": "language",
    "taal": "language",
    "idioma": "language",
    "lingua": "language",
    "publication-type": "publication_type",
    "publikationstyp": "publication_type",
    "type-publication": "publication_type",
    "type de publication": "publication_type",
    "publicatie-type": "publication_type",
    "publicatietype": "publication_type",
    "tipo-publicación": "publication_type",
    "tipo-publicacion": "publication_type",
    "journal-code": "journal_code",
    "journal code": "journal_code",
    "graphic": "graphic",
    "grafik": "graphic",
    "graphique": "graphic",
    "document-type": "document_type",
    "dokumenttyp": "document_type",
    "correction-date": "correction",
    "correction": "correction",
    "notes": "notes",
    "subject": "subject",
    "url": "url",
}
# Labels that only a trailer holds: a rule or a page footer right above one ends the text.
_TRAILER_KEYS = frozenset(
    {"load_date", "language", "publication_type", "journal_code", "document_type"}
)
# Labels whose value is one short line: a line under one with no blank line between (an
# export a word processor turned to text) is the next field or the body, not more value.
_ONE_LINE_KEYS = frozenset(
    {"length", "load_date", "language", "publication_type", "journal_code", "document_type"}
)
#: Labels whose value is free text, never split at a semicolon (see ``_INNER_LABEL_RE``).
_FREE_TEXT_KEYS = frozenset({"highlight", "notes", "graphic", "correction", "subject"})
#: Labels that belong to the head of an article (before the body).
HEAD_KEYS = frozenset(
    {"byline", "section", "length", "dateline", "headline", "highlight", "type", "series"}
)
# Head labels that some exports write after the body instead: they do not end a trailer.
_EITHER_END_KEYS = frozenset({"type", "series"})


class _Labelled(NamedTuple):
    """A ``LABEL: value`` block: a named tuple, built in half the time of an attrs class."""

    key: str | None  # what LABELS says, or None for a label nobody knows
    label: Span
    value: Span  # possibly empty; spans continuation lines
    last: int  # index of the last line in the block


def _label_match(text: str, line: Line) -> regex.Match[str] | None:
    """``_LABEL_RE`` matched at the start of ``line``; tried only on a line with a colon."""
    if ":" not in line.text:
        return None
    return _regex.match(_LABEL_RE, text, line.start, line.end)


def _label_at(text: str, lines: list[Line], i: int, *, upper_only: bool) -> _Labelled | None:
    """Read a ``LABEL: value`` block starting at ``lines[i]``, continuation lines included."""
    line = lines[i]
    m = _label_match(text, line)
    if m is None:
        return None
    label = m["label"]
    key = LABELS.get(caseless(label))
    if key is None and (upper_only and not label.isupper()):
        return None
    last = i
    while (
        key not in _ONE_LINE_KEYS
        and last + 1 < len(lines)
        and not lines[last + 1].blank_before
        and lines[last + 1].text not in _SECTION_LINES
        and _label_match(text, lines[last + 1]) is None
    ):
        last += 1
    value_start = m.end("label")
    colon = text.index(":", value_start)
    value_start = colon + 1
    end = lines[last].end
    while value_start < end and text[value_start].isspace():
        value_start += 1
    return _Labelled(key, Span(line.start, colon + 1), Span(value_start, end), last)


class _UpperLabels:
    """The upper-case ``LABEL:`` blocks of one article's lines, each line read once.

    The classic layout asks for the block at a line more than once: to find where the
    head labels start, whether they hold a headline, and to file them; the trailer's
    last block is read to split it and then again as a block.
    """

    __slots__ = ("_read", "lines", "text")

    def __init__(self, text: str, lines: list[Line]) -> None:
        self.text = text
        self.lines = lines
        self._read: dict[int, _Labelled | None] = {}

    def at(self, i: int) -> _Labelled | None:
        """``_label_at(text, lines, i, upper_only=True)``, read once for each ``i``."""
        if i not in self._read:
            self._read[i] = _label_at(self.text, self.lines, i, upper_only=True)
        return self._read[i]


def _title_case_head_label(text: str, lines: list[Line]) -> bool:
    """Whether the first head label is written in title case, as Nexis Uni writes them.

    Classic exports write ``LENGTH:``; Nexis Uni ``Length:``, which tells its layout
    apart when neither its ``Body`` line nor ``End of Document`` made it into the text.
    Only the first ``_HEAD_LINES`` lines are looked at.
    """
    for i in range(min(len(lines), _HEAD_LINES)):
        item = _label_at(text, lines, i, upper_only=False)
        if item is not None and item.key in HEAD_KEYS:
            label = item.label.of(text)
            return not label.isupper()
    return False


def _labels_headline(reader: _UpperLabels, i: int) -> bool:
    """Whether the head labels from ``reader.lines[i]`` on include a headline label."""
    while i < len(reader.lines):
        item = reader.at(i)
        if item is None or item.key not in HEAD_KEYS:
            return False
        if item.key == "headline":
            return True
        i = item.last + 1
    return False


def _add_body(b: Builder, lines: list[Line]) -> None:
    """Make the body's paragraphs: one per blank-line block, its lines joined.

    A body with no blank line in it (an export a word processor turned to text) has a
    paragraph per line when it is not hard-wrapped: a line runs past
    ``_WRAP_WIDTH``, or there are three lines or more and most end a sentence, unless
    they are filled as a wrap fills them (:func:`~newsparse._text.filled_to_width`). Hard-wrapped,
    it has a paragraph per indented line when some lines are indented and others not,
    else it is one paragraph.
    """
    if len(lines) < 2 or any(ln.blank_before for ln in lines[1:]):  # noqa: PLR2004
        b.add_paragraphs(lines, wrapped=True)
        return
    ends = sum(1 for ln in lines[:-1] if ln.text.endswith(_SENTENCE_END))
    if max(len(ln.text) for ln in lines) > _WRAP_WIDTH or (
        len(lines) >= 3 and 2 * ends > len(lines) - 1 and not filled_to_width(b.text, lines)  # noqa: PLR2004
    ):
        b.add_paragraphs(lines, wrapped=False)
    elif any(ln.indent >= 2 for ln in lines) and any(ln.indent < 2 for ln in lines[1:]):  # noqa: PLR2004
        b.add_indented_paragraphs(lines)
    else:
        b.add_paragraphs(lines, wrapped=True)


def _names_publication(name: str, publication: str) -> bool:
    """Whether a name read in a byline is the article's publication.

    The publication may carry its place in brackets, or an article, that the byline
    leaves out: ``The Courier (Dundee)`` is named by ``The Courier`` and ``Courier``.

    Examples:
        >>> _names_publication("the courier", "The Courier (Dundee)")
        True
        >>> _names_publication("Jane Doe", "The Courier")
        False
    """
    name = fold(name).casefold().removeprefix("the ")
    pub = fold(publication).casefold().removeprefix("the ")
    return name in {pub, pub.split(" (", 1)[0]}


def _unknown_prose(text: str, items: list[_Labelled]) -> bool:
    """Whether a block of labels is one unknown label whose value ends a sentence.

    ``NOTE: Passengers waited an hour.`` ends a body; ``ACC-NO: 12345`` is a trailer's.
    """
    if len(items) != 1 or items[0].key is not None:
        return False
    value = items[0].value.of(text).rstrip()
    return value.endswith((".", "!", "?", '"', "\u201d")) and value.count(" ") >= 2  # noqa: PLR2004


def _date_line(b: Builder, line: Line) -> bool:
    """Read a line that is mostly a date (a weekday, a time and a zone may follow)."""
    text = b.text
    found = next(find_dates(text, line.start, line.end, options=b.options), None)
    if found is None:
        return _issue_date_line(b, line)
    if found.span.start - line.start > 4:  # noqa: PLR2004 - a date line
        return False
    end = found.span.end
    value = found.value
    precision = found.precision
    if precision == "day":
        t = _regex.match(_TIME_AFTER_DATE_RE, text, end, line.end)
        if t is not None:
            hour = clock_hour(int(t["hour"]) % 24, t["ampm"])
            tz = (
                zone_after_time(
                    t["zone"],
                    b.options,
                    after_ampm=bool(t["ampm"]),
                    word_follows=word_at(text, t.end(), line.end),
                )
                if t["zone"]
                else None
            )
            minute = min(int(t["minute"]), 59)
            value = dt.datetime(value.year, value.month, value.day, hour, minute, tzinfo=tz)
            precision = "minute"
            end = t.end() if tz is not None or not t["zone"] else t.start("zone")
    if value.tzinfo is None and precision in {"minute", "second"}:
        # A zone written out: ``2:05 PM Eastern Time``, ``... Eastern Daylight Time``.
        spelled = spelled_zone(text, end, line.end, value, b.options)
        if spelled is not None:
            value, end = value.replace(tzinfo=spelled[0]), spelled[1]
    # A weekday and little else may follow, or an edition after a comma or semicolon
    # (``March 3, 1998, Tuesday, Late Edition - Final``).
    tail = _regex.match(_DATE_TAIL_RE, text, end, line.end)
    if tail is not None and _regex.search(_EDITION_WORD_RE, text, tail.start("edition"), line.end):
        b.metadata.setdefault("edition", fold(tail["edition"]))
    elif line.end - end > 24:  # noqa: PLR2004
        return False
    raw = text[found.span.start : end].rstrip()
    span = Span(found.span.start, found.span.start + len(raw))
    b.date = Field(value=value, raw=raw, span=span, rule=b.rule("date"))
    b.date_precision = precision
    b.add_furniture(line.start, span.start, b.rule("date-prefix"))
    b.add_furniture(span.end, line.end, b.rule("weekday"))
    return True


def _notice_lines(text: str, lines: list[Line]) -> tuple[set[int], set[int]]:
    """The indexes of ``lines`` that are copyright notices, and of those a notice wraps over.

    Above the date, a notice too long for the centred column goes on over the next
    lines, up to the ``All Rights Reserved`` line that closes it (``Copyright 2015
    Harbourside Media Company, LLC d/b/a`` / ``Harbour Times Digital`` / ``All Rights
    Reserved``): the lines between a notice and that line, in one block, are the
    notice's. A line under a notice with no such line after it (``Copyright 2015 The
    Valley Tribune`` / ``Valley Tribune (Colorado)``), or under one closed on its own
    line, is not: that is the publication.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "Copyright 2015 Harbourside, LLC d/b/a\\nHarbour Digital\\nAll Rights Reserved"
        >>> [sorted(found) for found in _notice_lines(text, split_lines(text))]
        [[0, 2], [1]]
    """
    notices: set[int] = set()
    wrapped: set[int] = set()
    opened: int | None = None  # the notice line of the block still open
    for k, ln in enumerate(lines):
        if ln.blank_before:
            opened = None
        if not is_copyright_notice(text, ln.start, ln.end):
            continue
        notices.add(k)
        if _regex.fullmatch(_RIGHTS_RESERVED_RE, text, ln.start, ln.end) is not None:
            if opened is not None:
                wrapped.update(range(opened + 1, k))
            opened = None
        else:
            # A notice that closes on its own line (``... All Rights Reserved``) wraps
            # over nothing.
            closed = _regex.search(_RIGHTS_RESERVED_RE, text, ln.start, ln.end) is not None
            opened = None if closed else k
    return notices, wrapped


# The line that closes a copyright notice: ``All Rights Reserved``.
_RIGHTS_RESERVED_RE = regex.compile(r"(?i:all\x20rights\x20reserved)\.?$")


def _issue_date_line(b: Builder, line: Line) -> bool:
    """Read a magazine's date line with no day: ``May 2019``, ``Summer 2019 Issue``.

    The line holds the date alone, perhaps followed by a word such as ``Issue``
    (:func:`~newsparse.extract.dates.find_issue_date` says how each form is dated).
    """
    text = b.text
    found = find_issue_date(text, line.start, line.end)
    if found is None:
        return False
    rest = found.span.end
    if rest < line.end:
        word = _regex.fullmatch(_ISSUE_WORD_RE, text, rest, line.end)
        if word is None:
            return False
    b.set_date(found, b.rule("issue-date"))
    b.add_furniture(rest, line.end, b.rule("issue"))
    return True


def _is_position_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a position line such as ``3 of 250 DOCUMENTS``.

    A byte-order mark and up to ``_POSITION_INDENT`` spaces or tabs may come first.
    Skipped here rather than in a pattern: a pattern that opened with them would walk
    a run of spaces again from each of its characters when searched.

    Examples:
        >>> _is_position_line("\\ufeff  3 of 250 DOCUMENTS", 0, 24)
        True
        >>> _is_position_line("See 3 of 250 DOCUMENTS", 0, 22)
        False
    """
    if text.startswith("\ufeff", start):
        start += 1
    lead = start
    while start < end and text[start] in " \t":
        if start - lead == _POSITION_INDENT:
            return False
        start += 1
    return _regex.fullmatch(DOC_COUNT_RE, text, start, end) is not None


def _ends_title(head: list[Line], k: int, date_at: int) -> bool:
    """Whether the blank line before ``head[k]`` ends a Nexis Uni title over the date.

    The lines from ``head[k]`` to the date are one block (no blank line within), and
    the first opens with no lower-case letter, as a title's wrapped line would.

    Examples:
        >>> head = split_lines("Tide tables\\n\\nNewstex Blogs\\nSail Blog\\nMay 4, 2022\\n")
        >>> _ends_title(head, 1, 3)
        True
        >>> text = "Tables set after\\n\\nlong review\\n\\nThe Post\\n\\nMay 4, 2022\\n"
        >>> _ends_title(split_lines(text), 1, 3)
        False
    """
    return (
        head[k].blank_before
        and not head[k].text[:1].islower()
        and not any(ln.blank_before for ln in head[k + 1 : date_at])
    )


def _drop_lines(b: Builder, lines: list[Line], drop: set[int], rule: str) -> list[Line]:
    """File the lines ``drop`` indexes as furniture under ``rule``; return the others.

    The line after a dropped one opens a block of its own (``blank_before``): a
    paragraph is one span of the text, so one the dropped lines broke stays in two.
    """
    kept: list[Line] = []
    for i, ln in enumerate(lines):
        if i in drop:
            b.add_furniture(ln.start, ln.end, rule)
        elif i - 1 in drop and not ln.blank_before:
            kept.append(ln._replace(blank_before=True))
        else:
            kept.append(ln)
    return kept


class LexisNexisFormat(EvidenceFormat):
    """LexisNexis and Nexis Uni text exports, one article at a time.

    Examples:
        >>> fmt = LexisNexisFormat()
        >>> score, fired = fmt.explain("1 of 3 DOCUMENTS\\n\\nHeadline\\n\\nLENGTH: 9 words\\n")
        >>> round(score, 2), fired
        (0.9, ('doc-count', 'length-words'))
        >>> fmt.score("Plain title\\n\\nPlain text.")
        0.0
    """

    name = "lexisnexis"
    priority = 60
    EVIDENCE: ClassVar[tuple[Evidence, ...]] = (
        Evidence(
            "doc-count",
            _DOC_COUNT_LINE_RE,
            0.6,
            where="head",
            needles=("document", "dokument"),
            line=True,
        ),
        Evidence(
            "length-words",
            regex.compile(
                # Nexis Uni may write it after the section and its parts:
                # ``Section: NEWS; Length: 9 words``, ``Section: A; Pg. 3; Length: 9 words``.
                r"(?<![^\n\r])(?:(?:SECTION|Section)\x20?:(?:[^\n\r;]{0,80}+;[\x20\t\u00a0]{0,5}+){1,4}+)?"
                r"(?:LENGTH|LÄNGE|LONGUEUR|Length|Länge|Longueur)\x20?:[\x20\t\u00a0]{0,5}+[\d.,]{1,9}"
                r"\x20(?:words|Wörter|mots)"
            ),
            0.3,
            where="head",
            needles=("length", "länge", "longueur"),
            line=True,
            heads=("length", "länge", "longueur", "section"),
        ),
        Evidence(
            "byline-label",
            regex.compile(r"(?<![^\n\r])(?:BYLINE|AUTOR|Byline)\x20?:[\x20\t\u00a0]"),
            0.1,
            where="head",
            needles=("byline", "autor"),
            line=True,
            heads=("byline", "autor"),
        ),
        Evidence(
            "load-date",
            regex.compile(r"(?<![^\n\r])(?:LOAD-DATE|Load-Date)\x20?:[\x20\t\u00a0]"),
            0.2,
            where="tail",
            needles=("load-date",),
            line=True,
            heads=("load-date",),
        ),
        Evidence(
            "language-label",
            regex.compile(r"(?<![^\n\r])(?:LANGUAGE|SPRACHE|LANGUE)\x20?:[\x20\t]\p{Lu}"),
            0.15,
            where="tail",
            needles=("language", "sprache", "langue"),
            line=True,
            heads=("language", "sprache", "langue"),
        ),
        Evidence(
            "end-of-document",
            regex.compile(
                r"(?<![^\n\r])[\x20\t]{0,40}+(?:" + END_OF_DOCUMENT_RE.pattern + r")"
                r"[\x20\t]*+(?![^\n\r])",
                regex.IGNORECASE,
            ),
            0.4,
            where="tail",
            needles=_END_OF_DOCUMENT_WORDS,
            line=True,
            heads=_END_OF_DOCUMENT_WORDS,
        ),
        Evidence(
            # A printed export's page header (``Page 1 of 3``), as Nexis Uni's PDF
            # prints open each page; it tells them apart from a page's menu lines.
            "page-header",
            regex.compile(r"(?<![^\n\r])Page\x20\d{1,5}\x20of\x20\d{1,5}[\x20\t]*+(?![^\n\r])"),
            0.15,
            where="head",
            needles=("page ",),
            line=True,
            heads=("page",),
        ),
        Evidence(
            "body-line",
            regex.compile(r"(?<![^\n\r])Body[\x20\t]*+(?![^\n\r])"),
            0.1,
            where="head",
            needles=("body",),
            line=True,
            heads=("body",),
        ),
        Evidence("cover-page", _COVER_RE, 0.1, where="head", heads=_COVER_HEADS),
    )

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        """Parse one article of a LexisNexis export (see the module docstring)."""
        b = Builder(text=text, options=options, rule_prefix="lexisnexis")
        lines = split_lines(text)
        start, classic = self._cover(b, lines)
        lines = lines[start:]
        end, closed = self._end_of_document(b, lines)
        lines = self._page_headers(b, lines[:end])
        lines = self._trailer_rules(b, lines)
        uni = (
            closed
            or any(ln.text in _BODY_LINES for ln in lines)
            or (not classic and _title_case_head_label(text, lines))
        )
        if uni and not classic:
            self._parse_uni(b, lines)
        else:
            self._parse_classic(b, lines)
        # Agency copy keeps its dateline in the text: read, and left in the body.
        read_body_dateline(b)
        if b.date is None:
            b.notes.append(Note(code="date.missing", message="no date line found"))
        return b.build()

    # -- shared ----------------------------------------------------------------------

    def _cover(self, b: Builder, lines: list[Line]) -> tuple[int, bool]:
        """File the cover page and the position line.

        Returns:
            Where the article starts, and whether a classic position line was found.
        """
        text = b.text
        for i, line in enumerate(lines[:80]):
            if _is_position_line(text, line.start, line.end):
                for ln in lines[:i]:
                    b.add_furniture(ln.start, ln.end, b.rule("cover"))
                b.add_furniture(line.start, line.end, b.rule("position"))
                b.metadata["document"] = line.text.lstrip("\ufeff \t")
                return i + 1, True
        # A Nexis Uni cover page opens the text: blocks that start with request labels,
        # the count of documents, and the list of them (``1. Title`` and its labels).
        end = 0
        while end < min(len(lines), 80):
            line = lines[end]
            block_end = end + 1
            while block_end < len(lines) and not lines[block_end].blank_before:
                block_end += 1
            if not (
                _regex.match(_COVER_LINE_RE, text, line.start, line.end)
                or _regex.fullmatch(COVER_COUNT_RE, text, line.start, line.end)
                or (
                    _regex.match(COVER_ENTRY_RE, text, line.start, line.end)
                    and any(
                        _regex.match(_COVER_LINE_RE, text, ln.start, ln.end)
                        for ln in lines[end + 1 : block_end]
                    )
                )
            ):
                break
            end = block_end
        for ln in lines[:end]:
            b.add_furniture(ln.start, ln.end, b.rule("cover"))
        return end, False

    def _end_of_document(self, b: Builder, lines: list[Line]) -> tuple[int, bool]:
        """File a closing ``End of Document``; return the lines' new end and whether it was."""
        if lines and _regex.fullmatch(END_OF_DOCUMENT_RE, b.text, lines[-1].start, lines[-1].end):
            b.add_furniture(lines[-1].start, lines[-1].end, b.rule("end-of-document"))
            return len(lines) - 1, True
        return len(lines), False

    def _page_headers(self, b: Builder, lines: list[Line]) -> list[Line]:
        """File the page headers of a printed export; return the other lines.

        An export printed to pages and flattened to text (Nexis Uni's above all) opens
        each page with ``Page 2 of 3`` and, on the next line, the article's title as a
        running head. The title line goes with the page line only when the same text
        stands on another line of the article: the title itself, or another page's
        running head. The line after a header starts a new block: a paragraph is one
        span of the text, so one the page broke stays in two, the header in neither.
        """
        text = b.text
        pages = [
            i
            for i, ln in enumerate(lines)
            if ln.text.startswith("Page ")  # where the pattern can match: cheap to ask
            and _regex.fullmatch(_PAGE_HEADER_RE, text, ln.start, ln.end) is not None
        ]
        if not pages:
            return lines
        counts: dict[str, int] = {}
        for ln in lines:
            counts[ln.text] = counts.get(ln.text, 0) + 1
        drop: set[int] = set()
        for i in pages:
            drop.add(i)
            nxt = i + 1
            if nxt < len(lines) and not lines[nxt].blank_before and counts[lines[nxt].text] > 1:
                drop.add(nxt)
        return _drop_lines(b, lines, drop, b.rule("page-header"))

    def _trailer_rules(self, b: Builder, lines: list[Line]) -> list[Line]:
        """File the rules and page footers over the trailer; return the other lines.

        A printed export may close the text with a rule (``____``) or the page's number
        (``Page 1``) on a line of its own, right above the trailer's first label
        (``LOAD-DATE:``, ``LANGUAGE:``, Nexis Uni's ``Classification``) or at the very
        end. Such lines are furniture, and the trailer's label opens a block of its own
        even with no blank line between: else the label would stay in the text.
        """
        text = b.text

        def separator(ln: Line) -> bool:
            return (
                _regex.fullmatch(_RULE_LINE_RE, text, ln.start, ln.end) is not None
                or _regex.fullmatch(_PAGE_FOOTER_RE, text, ln.start, ln.end) is not None
            )

        def opens_trailer(ln: Line) -> bool:
            if ln.text in _UNI_TRAILER_LINES:
                return True
            m = _label_match(text, ln)
            return m is not None and LABELS.get(caseless(m["label"])) in _TRAILER_KEYS

        drop: set[int] = set()
        i = 0
        while i < len(lines):
            if not separator(lines[i]):
                i += 1
                continue
            j = i
            while j < len(lines) and separator(lines[j]):
                j += 1
            if j == len(lines) or opens_trailer(lines[j]):
                drop.update(range(i, j))
            i = j
        return _drop_lines(b, lines, drop, b.rule("trailer-rule")) if drop else lines

    def _labelled(self, b: Builder, item: _Labelled) -> None:
        """File a labelled block: a field, metadata, and the label as furniture.

        A known label after a semicolon in a short value (``Section: Business; Length:
        512 words``) ends the value there and is filed as a block of its own; free text
        (``HIGHLIGHT:``, ``NOTES:``...) is never split.
        """
        text = b.text
        inner: list[regex.Match[str]] = []
        if item.key is not None and item.key not in _FREE_TEXT_KEYS and ";" in item.value.of(text):
            inner = [
                m
                for m in _regex.finditer(_INNER_LABEL_RE, text, item.value.start, item.value.end)
                if caseless(m["label"]) in LABELS
            ]
        for m in inner:
            semicolon = m.start()
            colon = text.index(":", m.end("label"))
            value_start = trim(text, colon + 1, item.value.end)[0]
            end = trim(text, item.value.start, semicolon)[1]
            self._labelled_one(
                b, _Labelled(item.key, item.label, Span(item.value.start, end), item.last)
            )
            b.add_furniture(semicolon, semicolon + 1, b.rule("label-separator"))
            item = _Labelled(
                LABELS.get(caseless(m["label"])),
                Span(m.start("label"), colon + 1),
                Span(value_start, item.value.end),
                item.last,
            )
        self._labelled_one(b, item)

    def _labelled_one(self, b: Builder, item: _Labelled) -> None:
        text = b.text
        b.add_furniture(item.label.start, item.label.end, b.rule("label"))
        value = item.value.of(text)
        if not value:
            return
        if item.key == "byline" and b.byline is None:
            self._byline(b, item.value)
            return
        if item.key == "headline" and b.headline is None:
            # Older exports label the headline (``HEADLINE: Ferry delayed``).
            b.headline = Field(
                value=fold(value), raw=value, span=item.value, rule=b.rule("headline")
            )
            return
        if item.key == "dateline" and b.dateline is None:
            span = item.value
            if "," in value:
                # ``Paris, Aug 14 2023``: the place alone; the date is furniture.
                date = _regex.search(_DATELINE_DATE_RE, text, span.start, span.end)
                if date is not None:
                    b.add_furniture(date.start(), span.end, b.rule("dateline-date"))
                    span = Span(span.start, date.start())
                    value = span.of(text)
            b.dateline = Field(value=fold(value), raw=value, span=span, rule=b.rule("dateline"))
            return
        if item.key is not None and item.key not in b.metadata:
            b.metadata[item.key] = fold(value)
        if item.key == "highlight" and b.summary is None:
            # The standfirst the export sets apart; its metadata key stays too.
            b.summary = Field(
                value=fold(value), raw=value, span=item.value, rule=b.rule("highlight")
            )
            return
        b.add_furniture(item.value.start, item.value.end, b.rule(f"label.{item.key or 'other'}"))

    def _byline(self, b: Builder, span: Span) -> None:
        text = b.text
        # ``Jane Doe in Paris``, ``Jane Doe, Political Editor``, ``Jane Doe Staff
        # Writer``: the names alone when the whole reads as none.
        found = read_labelled_byline(text, span.start, span.end)
        raw = span.of(text)
        if found is None:
            b.byline = Field(value=Byline(text=raw), raw=raw, span=span, rule=b.rule("byline"))
            b.notes.append(
                Note(code="byline.unread", message="no names read in the byline", span=span)
            )
            return
        # ``Jane Doe, Weekly Tide``: the publication named after the names is no author.
        publication = b.metadata.get("publication")
        spans = [
            s
            for s in found.author_spans
            if publication is None or not _names_publication(s.of(text), publication)
        ]
        organization = found.byline.organization
        if len(spans) < len(found.author_spans) and organization is None:
            organization = publication
        byline = Byline(
            authors=tuple(s.of(text) for s in spans), organization=organization, text=raw
        )
        b.byline = Field(value=byline, raw=raw, span=span, rule=b.rule("byline"))
        b.authors.extend(
            Field(value=s.of(text), raw=s.of(text), span=s, rule=b.rule("author")) for s in spans
        )

    def _trailer(self, b: Builder, reader: _UpperLabels, lo: int) -> int:
        """File trailing label and copyright blocks; return where they start."""
        text = b.text
        lines = reader.lines
        # Group the lines into blank-line blocks, then walk back over trailer blocks.
        blocks: list[tuple[int, int]] = []
        for i in range(lo, len(lines)):
            if lines[i].blank_before or not blocks:
                blocks.append((i, i))
            else:
                blocks[-1] = (blocks[-1][0], i)
        if blocks:
            blocks[-1:] = self._split_trailer_lines(b, reader, *blocks[-1])
        # Each trailer block, last first: its first line, its labels, or None for a
        # copyright block.
        found: list[tuple[int, int, list[_Labelled] | None]] = []
        for first, last in reversed(blocks):
            labels: list[_Labelled] = []
            items: list[_Labelled] | None = labels
            i = first
            while i <= last:
                item = reader.at(i)
                if item is None or (item.key in HEAD_KEYS and item.key not in _EITHER_END_KEYS):
                    items = None
                    break
                labels.append(item)
                i = item.last + 1
            first_line = lines[first]
            if items is None and not is_copyright_notice(text, first_line.start, first_line.end):
                break
            found.append((first, last, items))
        # Labels nobody knows (``NOTE: ...``) make no trailer by themselves, and such a
        # block that reads as a sentence before the trailer is the body's last paragraph.
        found.reverse()
        while found and found[0][2] is not None and _unknown_prose(text, found[0][2]):
            found.pop(0)
        if not any(items is None or any(it.key for it in items) for _, _, items in found):
            return len(lines)
        for first, last, items in found:
            if items is None:
                b.add_furniture(lines[first].start, lines[last].end, b.rule("copyright"))
                b.metadata.setdefault("copyright", fold(text[lines[first].start : lines[last].end]))
            else:
                for item in items:
                    self._labelled(b, item)
        return found[0][0] if found else len(lines)

    def _split_trailer_lines(
        self, b: Builder, reader: _UpperLabels, first: int, last: int
    ) -> list[tuple[int, int]]:
        """Split the last block where its trailer lines run with no blank line between.

        An export with no blank lines runs ``LOAD-DATE:``, ``LANGUAGE:`` and the
        copyright straight on from the last paragraph, or sets the trailer as one
        block with the copyright among the labels. The block ends in a run of known
        trailer labels of one line each and copyright lines, which opens with a label
        or with a notice that gives a year or ``\u00a9`` (``Copyright 2020 The Gazette
        Ltd.``; a line of text may open with ``Copyright`` too): each of those lines
        becomes a block of its own, the text before them another.
        """
        text = b.text
        lines = reader.lines
        k = last
        labelled = False
        while k >= first:
            ln = lines[k]
            item = reader.at(k)
            if item is not None and item.last == k and item.key is not None:
                if item.key in HEAD_KEYS and item.key not in _EITHER_END_KEYS:
                    break
                labelled = True
            elif not is_copyright_notice(text, ln.start, ln.end):
                break
            k -= 1
        top = k + 1
        while (
            top <= last
            and is_copyright_notice(text, lines[top].start, lines[top].end)
            and _regex.search(_NOTICE_YEAR_RE, text, lines[top].start, lines[top].end) is None
        ):
            top += 1
        if not labelled or top > last:
            return [(first, last)]
        head = [(first, top - 1)] if top > first else []
        return [*head, *((j, j) for j in range(top, last + 1))]

    # -- classic ---------------------------------------------------------------------

    def _parse_classic(self, b: Builder, lines: list[Line]) -> None:
        text = b.text
        reader = _UpperLabels(text, lines)
        # The head ends at the first head label.
        first_label = next(
            (
                i
                for i in range(len(lines))
                if (item := reader.at(i)) is not None and item.key in HEAD_KEYS
            ),
            None,
        )
        head_end = first_label if first_label is not None else min(len(lines), 6)
        # Older exports label the headline (``HEADLINE:``): the lines under the date
        # are then all edition lines, with no headline among them.
        labelled = first_label is not None and _labels_headline(reader, first_label)
        i = self._classic_head(
            b, lines, head_end, has_labels=first_label is not None, labelled_headline=labelled
        )
        # Head labels, one block after another; labels nobody knows (``SOURCE:``,
        # ``DISTRIBUTION:``) among them too, up to the last head label of the run.
        run: list[_Labelled] = []
        k = i
        while k < len(lines):
            item = reader.at(k)
            if item is None or (item.key is not None and item.key not in HEAD_KEYS):
                break
            run.append(item)
            k = item.last + 1
        while run and run[-1].key is None:
            run.pop()
        for item in run:
            self._labelled(b, item)
            i = item.last + 1
        # ``BODY:`` may open the text: the label is furniture, what follows it the body.
        opening = self._body_label(b, lines[i]) if i < len(lines) else None
        if opening is not None:
            i += 1
        end = self._trailer(b, reader, i)
        body = lines[i:end]
        if opening is not None and opening.text:
            body = [opening, *body]
        _add_body(b, body)

    def _body_label(self, b: Builder, line: Line) -> Line | None:
        """A ``BODY:`` label opening ``line``, filed as furniture; the line after it.

        Returns ``None`` when the line opens with no such label; otherwise the rest of
        the line (empty when the label stands alone) as a line of its own.
        """
        text = b.text
        m = _label_match(text, line)
        if m is None or m["label"] != "BODY":
            return None
        colon = text.index(":", m.end("label"))
        b.add_furniture(line.start, colon + 1, b.rule("body-label"))
        start, end = trim(text, colon + 1, line.end)
        return line._replace(start=start, end=end, text=text[start:end], indent=0)

    def _classic_head(
        self,
        b: Builder,
        lines: list[Line],
        head_end: int,
        *,
        has_labels: bool,
        labelled_headline: bool = False,
    ) -> int:
        """Publication, date block, headline; return the index after the headline."""
        date_at = None
        for i in range(min(head_end, 6)):
            if _date_line(b, lines[i]):
                date_at = i
                break
        if date_at is None:
            # No date line: the first line is the publication, the next block the headline.
            pub_end = 1
            after = 1
        else:
            pub_end = date_at
            after = date_at + 1
            edition: list[Line] = []
            while after < head_end and not lines[after].blank_before:
                edition.append(lines[after])
                after += 1
            if edition and (after < head_end or not has_labels or labelled_headline):
                for ln in edition:
                    b.add_furniture(ln.start, ln.end, b.rule("edition"))
                b.metadata["edition"] = fold(" ".join(ln.text for ln in edition))
            elif edition:
                after -= len(edition)
            after = self._centred_editions(b, lines, after, head_end)
        # No headline between the date and the labels, and two blocks above the date:
        # a copy that puts the title first (``Title`` / ``Publication`` / date), as
        # Nexis Uni does, has it in the first block (unless that is a copyright notice,
        # or the blocks under it hold no publication, only a copyright notice or an
        # edition: ``The Gazette`` / ``Copyright 2022 The Gazette Ltd.`` / date).
        title_first = 0
        if date_at is not None and has_labels and after >= head_end and not labelled_headline:
            split = next((k for k in range(1, pub_end) if lines[k].blank_before), 0)
            if (
                split
                and not is_copyright_notice(b.text, lines[0].start, lines[0].end)
                and any(
                    not is_copyright_notice(b.text, ln.start, ln.end)
                    and _regex.search(_EDITION_WORD_RE, b.text, ln.start, ln.end) is None
                    for ln in lines[split:pub_end]
                )
            ):
                title_first = split
                start, end = lines[0].start, lines[split - 1].end
                raw = b.text[start:end]
                b.headline = Field(
                    value=fold(raw), raw=raw, span=Span(start, end), rule=b.rule("headline")
                )
        if pub_end > title_first and lines:
            pub: list[Line] = []
            notice: list[Line] = []  # the first notice, with the lines it wraps over
            above = lines[title_first:pub_end]
            notices, wrapped = _notice_lines(b.text, above)
            for k, ln in enumerate(above):
                # ``Copyright 1998 The Harbour Times Company`` above the publication.
                own = k in notices  # ``All Rights Reserved`` too
                if own or k in wrapped:
                    b.add_furniture(ln.start, ln.end, b.rule("copyright"))
                    if not notice or (not own and notice[-1] is above[k - 1]):
                        notice.append(ln)
                elif (
                    agent := _regex.fullmatch(_DISTRIBUTOR_RE, b.text, ln.start, ln.end)
                ) is not None:
                    # ``Distributed by Tribune Content Agency``: the syndicate, no publication.
                    b.add_furniture(ln.start, ln.end, b.rule("distributor"))
                    b.metadata.setdefault("distributor", fold(agent["name"]))
                else:
                    b.add_furniture(ln.start, ln.end, b.rule("publication"))
                    pub.append(ln)
            if notice:
                b.metadata.setdefault("copyright", fold(" ".join(ln.text for ln in notice)))
            if pub:
                b.metadata["publication"] = fold(" ".join(ln.text for ln in pub))
        if not has_labels:
            head_end = after + 1
            while head_end < len(lines) and not lines[head_end].blank_before:
                head_end += 1
        head_end = min(head_end, len(lines))
        title_end = self._head_copyright(b, lines, after, head_end)
        if after < title_end:
            start, end = lines[after].start, lines[title_end - 1].end
            raw = b.text[start:end]
            b.headline = Field(
                value=fold(raw), raw=raw, span=Span(start, end), rule=b.rule("headline")
            )
        return max(head_end, after)

    def _centred_editions(self, b: Builder, lines: list[Line], after: int, head_end: int) -> int:
        """File edition lines centred in blocks of their own under the date; return the next.

        The export centres its head (the position, the publication, the date) and sets
        the headline flush left: blocks of one line each under the date, each centred
        (indented deeper than the headline under them) and naming an edition, the
        edition's word closing it (``FINAL EDITION``, ``Late Edition - Final``; not
        ``Final whistle``), are the edition's, so long as a line is left for the
        headline.
        """
        k = after
        while (
            k + 1 < head_end
            and lines[k].blank_before
            and lines[k + 1].blank_before
            and lines[k].indent >= _CENTRED_INDENT
            and _regex.search(_EDITION_LINE_RE, b.text, lines[k].start, lines[k].end)
        ):
            k += 1
        found = lines[after:k]
        if not found or any(ln.indent <= lines[k].indent for ln in found):
            return after
        for ln in found:
            b.add_furniture(ln.start, ln.end, b.rule("edition"))
        editions = [b.metadata["edition"]] if "edition" in b.metadata else []
        editions.extend(ln.text for ln in found)
        b.metadata["edition"] = fold(" ".join(editions))
        return k

    def _head_copyright(self, b: Builder, lines: list[Line], after: int, head_end: int) -> int:
        """File a copyright notice between the headline and the labels; return the title's end.

        The notice (``Copyright 2022 The Gazette``) is a line after at least one line of
        headline, in a block of its own or right under it; it and what follows it up to the
        labels are furniture.
        """
        text = b.text
        cut = next(
            (
                k
                for k in range(after + 1, head_end)
                if is_copyright_notice(text, lines[k].start, lines[k].end)
            ),
            head_end,
        )
        if cut < head_end:
            start, end = lines[cut].start, lines[head_end - 1].end
            b.add_furniture(start, end, b.rule("copyright"))
            b.metadata.setdefault("copyright", fold(text[start:end]))
        return cut

    # -- Nexis Uni -------------------------------------------------------------------

    def _parse_uni(self, b: Builder, lines: list[Line]) -> None:
        text = b.text
        body_at = next(
            (i for i, ln in enumerate(lines) if ln.text in _BODY_LINES),
            None,
        )
        first_label = next(
            (
                i
                for i in range(len(lines) if body_at is None else body_at)
                if (item := _label_at(text, lines, i, upper_only=False)) is not None
                and item.key in HEAD_KEYS
            ),
            None,
        )
        head_end = first_label if first_label is not None else (body_at or 0)
        self._uni_head(b, lines[:head_end])
        i = head_end
        stop = len(lines) if body_at is None else body_at
        while i < stop:
            item = _label_at(text, lines, i, upper_only=False)
            if item is None:
                if body_at is None:
                    break
                b.add_furniture(lines[i].start, lines[i].end, b.rule("head-other"))
                i += 1
                continue
            self._labelled(b, item)
            i = item.last + 1
        if body_at is not None:
            b.add_furniture(lines[body_at].start, lines[body_at].end, b.rule("body-label"))
            i = body_at + 1
        end = next(
            (j for j in range(i, len(lines)) if lines[j].text in _UNI_TRAILER_LINES),
            None,
        )
        if end is not None:
            for ln in lines[end:]:
                if ln.text in _UNI_TRAILER_LINES:
                    b.add_furniture(ln.start, ln.end, b.rule("section-label"))
            j = end
            while j < len(lines):
                item = _label_at(text, lines, j, upper_only=False)
                if item is None:
                    if lines[j].text not in _UNI_TRAILER_LINES:
                        b.add_furniture(lines[j].start, lines[j].end, b.rule("trailer"))
                    j += 1
                    continue
                self._labelled(b, item)
                j = item.last + 1
        else:
            end = self._trailer_uni(b, lines, i)
        _add_body(b, lines[i:end])

    def _trailer_uni(self, b: Builder, lines: list[Line], lo: int) -> int:
        text = b.text
        start = len(lines)
        j = len(lines) - 1
        while j >= lo:
            item = _label_at(text, lines, j, upper_only=False)
            if item is None or item.key is None or item.key in HEAD_KEYS:
                break
            start = j
            j -= 1
        i = start
        while i < len(lines):
            item = _label_at(text, lines, i, upper_only=False)
            if item is None:
                b.add_furniture(lines[i].start, lines[i].end, b.rule("trailer"))
                i += 1
                continue
            self._labelled(b, item)
            i = item.last + 1
        return start

    def _uni_head(self, b: Builder, head: list[Line]) -> None:
        """Title, publication, date, edition and copyright lines before the labels."""
        text = b.text
        # The first line is the title, even one that reads as a date (``May 2019``).
        date_at = next((i for i in range(1, min(8, len(head))) if _date_line(b, head[i])), None)
        if date_at is None:
            title_end = 1 if head else 0
            rest = head[1:]
        else:
            title_end = max(1, date_at - 1)
            # A blank line ends the title: the lines from it to the date are all the
            # publication's (``Newstex Blogs`` / ``Harbour Notes Blog``), so long as they
            # are one block and its first line does not run on from the title in lower
            # case (a wrapped title set with blank lines between: ``... season after`` /
            # ``year-long review``).
            title_end = next(
                (k for k in range(1, title_end) if _ends_title(head, k, date_at)), title_end
            )
            if date_at >= 2:  # noqa: PLR2004 - title, publication, date
                pub = head[title_end:date_at]
                for ln in pub:
                    b.add_furniture(ln.start, ln.end, b.rule("publication"))
                b.metadata["publication"] = fold(" ".join(ln.text for ln in pub))
            rest = head[date_at + 1 :]
        if title_end and head:
            start, end = head[0].start, head[title_end - 1].end
            raw = text[start:end]
            b.headline = Field(
                value=fold(raw), raw=raw, span=Span(start, end), rule=b.rule("headline")
            )
        edition: list[str] = []
        for ln in rest:
            if is_copyright_notice(text, ln.start, ln.end):
                b.add_furniture(ln.start, ln.end, b.rule("copyright"))
                b.metadata.setdefault("copyright", ln.text)
            else:
                b.add_furniture(ln.start, ln.end, b.rule("edition"))
                edition.append(ln.text)
        if edition:
            b.metadata["edition"] = fold(" ".join(edition))
