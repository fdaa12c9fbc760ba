"""Bylines: who wrote it, kept apart from the organisation they wrote for.

Reads ``By X``, ``By X and Y``, ``By X, Y and Z``, ``By JANE DOE Associated Press``,
``By Jane Doe, AP Business Writer``, ``By JANE DOE AP Medical Writer`` (a role that
names an agency needs no comma), ``Jane Doe | Reuters``, ``Written by X`` and
``By HT News Desk``, German and French ``Von X und Y`` and ``Par X et Y``, and Spanish
and Portuguese ``Por X`` (``von``
and ``de`` are prefixes only before a given name and a surname: ``Ursula von der Leyen``
and ``Von Miller`` stay whole), the labels of other languages (``Автор: X``, ``Oleh: X``,
``كتب: X``, ``记者 X``, Korean ``X 기자``; names in scripts without capitals are read
only after one), and two full names that ``y``, ``e``, ``en``, ``dan``, ``ve``, ``и`` or
``i`` join; names keep the case the text gives them, and each
author has a span of its own. A place after the names (``By Jane Doe, Washington``,
``By Jane Doe in Paris``: one word after the last comma, where a name has two, or
capitalised words after ``in``, ``IN`` or ``à``, also after a role or a comma;
``By Jane Doe with John Roe in Paris`` names two authors and a place) and a role
(``Staff Writer``, ``Political Editor``) are no authors; they stay in the byline's text
(:class:`BylineMatch` says where the places are).

Examples:
    >>> found = read_byline("By Jane Doe and John Roe | Reuters")
    >>> found.byline.authors, found.byline.organization
    (('Jane Doe', 'John Roe'), 'Reuters')
    >>> read_byline("Von Jana Schmidt und Max Roth").byline.authors
    ('Jana Schmidt', 'Max Roth')
    >>> read_byline("By the time it ended, all was quiet") is None
    True
"""

from __future__ import annotations

import itertools
import unicodedata
from typing import TYPE_CHECKING

import regex
from attrs import evolve, frozen

from newsparse import _regex
from newsparse._text import caseless, holds_any, trim, without_marks
from newsparse.model import Byline, Credit, Span
from newsparse.stopwords import STOPWORDS
from newsparse.vocab import (
    BYLINE_LABELS,
    NAME_JOINS,
    NEWS_SERVICES,
    PLACE_NAMES,
    PLACE_WORDS,
    PUBLICATION_WORDS,
    STAMP_LABELS,
    STATE_ABBREVIATIONS,
    UNCASED_PLACES,
    UNCASED_SECTION_WORDS,
    VIETNAMESE_PLACES_AS_NAMES,
    VIETNAMESE_SURNAMES,
    WEEKDAYS,
    canonical_agency,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = [
    "BylineMatch",
    "find_labelled_byline",
    "is_local_byline",
    "is_role_line",
    "is_role_title",
    "outlet_words",
    "read_agency_signature",
    "read_byline",
    "read_labelled_byline",
    "read_lead_byline",
    "read_names_with_role",
    "read_signature",
    "read_spaced_uncased_name",
    "reads_as_names",
    "reads_as_vietnamese_name",
    "split_joined_names",
    "writes_vietnamese",
]


def __dir__() -> list[str]:
    return __all__


# A name particle, lower case; each is a word of its own (``der`` is not ``de`` + ``r``).
_PARTICLES = (
    "de", "da", "del", "della", "der", "di", "du", "la", "le", "van", "von", "bin", "al",
    "el", "ibn", "y", "dos", "das", "den", "des", "zu",
)  # fmt: skip
# The first words of institutions in the genitive, as a Greek page names one after the
# article that signs a writer's name (of the Ministry, of the Bank: tou Ypourgeiou
# Oikonomikon, tis Trapezas Ellados), as written and in capitals without accents.
_GREEK_BODY_WORDS = (
    "Υπουργείου", "Υπουργού", "Υφυπουργείου", "Δήμου", "Δημάρχου", "Γραφείου", "Τράπεζας",
    "Πανεπιστημίου", "Περιφέρειας", "Περιφερειάρχη", "Κυβέρνησης", "Βουλής", "Επιτροπής",
    "Ένωσης", "Συλλόγου", "Συνδέσμου", "Σωματείου", "Ομίλου", "Εταιρείας", "Εταιρίας",
    "Ινστιτούτου", "Κέντρου", "Οργανισμού", "Ταμείου", "Νοσοκομείου", "Σχολής",
    "Σχολείου", "Λυκείου", "Γυμνασίου", "Ακαδημίας", "Αστυνομίας", "Διεύθυνσης", "Αρχής",
    "Υπηρεσίας", "Συμβουλίου", "Ομοσπονδίας", "Επιμελητηρίου", "Μουσείου", "Ιδρύματος",
    "Κόμματος", "Προεδρίας", "Πρεσβείας", "Εκκλησίας", "Μητρόπολης", "Αρχιεπισκοπής",
    "Στρατού", "Πυροσβεστικής", "Λιμενικού", "Τμήματος", "Φορέα", "Ομάδας", "Ομάδος",
    "Συνεταιρισμού", "Κοινότητας", "Εφημερίδας", "Σύνταξης", "Αγίου", "Αγίας",
    "Παναγίας", "Γενικής", "Εθνικής", "Ελληνικής", "Ευρωπαϊκής", "Διεθνούς", "Δημοτικής",
    "Δημοτικού", "Ανώτατου", "Ανωτάτου", "Κεντρικής", "Νομαρχίας", "Αποκεντρωμένης",
)  # fmt: skip


def _without_accents(word: str) -> str:
    """``word`` in capitals without its accents, as Greek capitals write it."""
    return without_marks(word.upper())


_GREEK_BODIES = sorted({*_GREEK_BODY_WORDS, *map(_without_accents, _GREEK_BODY_WORDS)})
# No writer's name holds these words: an institution's, or the agency's (of the agency:
# Praktoreiou, as in tou Athinaikou Praktoreiou, of the Athens agency).
_GREEK_NOT_WRITERS = frozenset(
    (
        *_GREEK_BODIES,
        "\u03a0\u03c1\u03b1\u03ba\u03c4\u03bf\u03c1\u03b5\u03af\u03bf\u03c5",
        _without_accents("\u03a0\u03c1\u03b1\u03ba\u03c4\u03bf\u03c1\u03b5\u03af\u03bf\u03c5"),
    )
)
_PREFIX_RE = regex.compile(
    r"""
    (?:(?:Written|Words|Story|Reported|Analysis|Commentary|Posted|Compiled|Interview
       |Curated)\x20)?
    by\s?:?\x20++
  # ``Author:`` in English, German, Spanish, Portuguese, French and Italian, and the
  # labels English pages give a writer: ``Contributor:``, ``Reporter:``, ``Writer:`` (over
  # ``Editor:`` under the story, as Indonesian pages' English editions set them).
  | (?P<label>(?:Author|Autor|Autora|Auteur|Autrice|Autore|Contributor|Reporter|Writer)
      \s?:\x20*+)
  | (?P<foreign>
        (?:par|por)\x20++(?=\p{L})
        # Italian ``di`` and Dutch ``door``, as their pages write them (``di Marco
        # Bellandi``, ``door Pieter van Dalen``); a capital ``Di`` opens surnames
        # (``Di Maio``), and ``Door County`` is a place.
      | (?-i:di|[Dd]oor|DOOR)(?!\x20County\b)\x20++(?-i:(?=\p{Lu}))
        # Swedish and Norwegian ``Av``, Danish ``Af`` (``Av Maja Lind``), before a
        # capital.
      | (?-i:[Aa]v|[Aa]f)\x20++(?-i:(?=\p{Lu}))
        # German ``von`` and French ``de`` open a byline as ``by`` does, but they are
        # particles too (``von der Leyen``, ``Von Miller``): only when a given name and
        # a surname follow, the first no particle, is the word a prefix.
      | (?:von|(?-i:de))\x20++
        (?!\L<particles>\x20)
        (?-i:(?=\p{Lu}[\p{L}'\u2019.-]{0,30}+\x20++(?:\L<particles>\x20++){0,3}+\p{Lu}))
    )
  | (?P<local>
        # The labels of pages in other languages, none an English word, so read on any
        # page: a word and a colon, ASCII or full-width (``Автор: Ирина Соколова``,
        # ``Yazar: Mehmet Demir``, ``كتب: أحمد سالم``, ``作者`` and a colon), or a word
        # that opens names as ``By`` does (``记者 张明远``, ``記者陳怡君``, ``文`` and a
        # slash, ``بقلم منى``, ``โดย สมชาย``, ``oleh Budi``, ``Ein Artikel von Max Roth``).
        # A dash may stand for the colon (``كتب - أحمد سالم``).
        \L<labels>(?:\x20?[:\uff1a]|\x20[-\u2013\u2014\u0640]\x20)\x20*+
      | (?:本报记者|本報記者|记者|記者)\x20*+[:\uff1a]?\x20*+
        # Text and pictures by: ``文/图 记者 张明远``.
      | (?:文\x20?[/\uff0f]\x20?[图圖]\x20?[:\uff1a]?|(?:文|撰文|图文|圖文)\x20?[/\uff0f:\uff1a])
        \x20*+(?:(?:本报|本報)?(?:记者|記者)\x20*+)?
      # Indonesian ``oleh`` (by) with no colon, as blogs set it after the date
      # (``Januari 4, 2025 oleh Budi Santoso``).
      | (?:بقلم|โดย|द्वारा|oleh)\x20++
      | Ein\x20(?:Artikel|Beitrag|Kommentar)\x20von\x20++
      # Greek pages sign with the genitive article (tou, tis) before the writer's name
      # in the genitive (by Giorgos Pappas: tou Giorgou Pappa), as written, before a
      # given name and a surname: before one capitalised word it is a story's heading
      # (of Athens: tis Athinas).
      # An institution in the genitive is no writer (of the Ministry of Finance: tou
      # Ypourgeiou Oikonomikon; of the Bank of Greece: tis Trapezas Ellados).
      | (?-i:\u03a4\u03bf\u03c5|\u03a4\u03b7\u03c2|\u03a4\u039f\u03a5|\u03a4\u0397\u03a3)
        \x20++(?!\L<el_bodies>(?!\p{L}))(?-i:(?=\p{Lu}[\p{L}.'\u2019-]{0,30}+\x20++\p{Lu}))
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
    particles=list(_PARTICLES),
    labels=list(BYLINE_LABELS),
    el_bodies=_GREEK_BODIES,
)
# A line naming an institution so: no byline, with a prefix or without one.
_GREEK_BODY_LINE_RE = regex.compile(
    r"\G(?:\u03a4\u03bf\u03c5|\u03a4\u03b7\u03c2|\u03a4\u039f\u03a5|\u03a4\u0397\u03a3)\x20++"
    r"\L<el_bodies>(?!\p{L})",
    el_bodies=_GREEK_BODIES,
)
# Greek ``kai`` (and) joins a second writer's name to the first's after the article
# that signs them, repeated before the second name as its gender asks (of Giannis and
# of Maria: tou Gianni Papadopoulou kai tis Marias Nikolaou).
_GREEK_AND_RE = regex.compile(
    r"(?<!\s)\x20++(?:\u03ba\u03b1\u03b9|\u039a\u0391\u0399)\x20++"
    r"(?:(?:\u03c4\u03bf\u03c5|\u03c4\u03b7\u03c2|\u03a4\u039f\u03a5|\u03a4\u0397\u03a3)\x20++)?"
    r"(?=\p{Lu})"
)
# A name in a script with no capitals, read only after a label (:data:`BYLINE_LABELS`,
# ``记者``...) or before ``기자``, since nothing in the name itself says it is one:
# Chinese names of two to four characters, spaced when there are several (``张明远
# 李红``), or a foreign name's parts joined by a middle dot (``约翰·史密斯``); Korean
# names of two to five syllables; Japanese ones in kana; and in Arabic, Hindi or Thai
# up to four short words (``أحمد سالم``, ``राहुल शर्मा``, ``สมชาย ใจดี``).
_UNCASED_NAME_RE = regex.compile(
    r"""
    \p{Han}{2,4}+ (?:\x20\p{Han}{2,4}+){0,5}+
  | \p{Han}{1,6}+ (?:[\u00b7\u30fb]\p{Han}{1,8}+){1,3}+
  | \p{Hangul}{2,5}+ (?:[\x20\u00b7]\p{Hangul}{2,5}+){0,3}+
  | \p{Katakana}{2,10}+ (?:[\u30fb\x20]\p{Katakana}{1,10}+){0,2}+
  | [^\P{Lo}\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}][\p{Lo}\p{M}]{0,14}+
    (?:\x20[^\P{Lo}\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}][\p{Lo}\p{M}]{0,14}+){0,3}+
    """,
    regex.VERBOSE,
)
# A person's name alone in a script with no capitals that spaces its words (Arabic,
# Devanagari, Hebrew, Thai): a given name and a surname, at most four words, no Chinese,
# Japanese or Korean (whose words a page's sections share unspaced: ``国内``, ``정치``).
_SPACED_UNCASED_WORD = r"[^\P{Lo}\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}][\p{Lo}\p{M}]{1,14}+"
_SPACED_UNCASED_NAME_RE = regex.compile(
    r"WORD(?:\x20WORD){1,3}+".replace("WORD", _SPACED_UNCASED_WORD)
)
# Chinese names of two to four characters, or Korean ones of two to five syllables: a
# run of them, spaced (or for Korean names, dotted), names several people (``记者 张明远
# 李红``, ``김민수·이지은 기자``).
_SHORT_NAME_RE = regex.compile(
    r"\p{Han}{2,4}+(?![\p{Han}\u00b7\u30fb])|\p{Hangul}{2,5}+(?!\p{Hangul})"
)
# Korean puts the role after the name, as may an e-mail address (in brackets or not):
# ``김민수 기자``, ``김민수 기자 minsu@example.com``, ``김민수·이지은 기자``.
_KOREAN_ROLES = r"(?:기자|특파원|선임기자|논설위원)"
_ROLE_AFTER_RE = regex.compile(
    # A desk may come first: ``문화부 김민수 기자`` (the culture desk's).
    r"(?:\p{Hangul}{1,6}+(?<=부)\x20)?"
    r"(?P<names>\p{Hangul}{2,5}+"
    r"(?:(?:\x20?[,\u00b7\u3001]\x20?|\x20)(?!ROLES$|ROLES\x20)\p{Hangul}{2,5}+){0,3}+)"
    r"\x20?ROLES(?:\x20[(<]?[\w.+-]{1,64}+@[\w.-]{1,100}+[)>]?)?".replace("ROLES", _KOREAN_ROLES)
)
# Where a Chinese byline's place follows its names, after a slash (ASCII or full-width):
# ``記者陳怡君`` + slash + ``高雄報導`` (reporting from Kaohsiung).
_REPORTED_FROM_RE = regex.compile(r"[/\uff0f](?P<place>\p{Han}{1,8}?)(?:報導|报道|報道|电|電)?$")
# Another label after the names ends them: ``Penulis: Siti Rahmawati | Editor: Andi
# Pratama``.
_NEXT_LABEL_RE = regex.compile(
    r"(?<!\s)\s*+[|\uff5c/\u00b7\u2022]\s*+\p{L}[\p{L}\x20]{0,20}+[:\uff1a]"
    # A Chinese label after a space: ``记者:张明远 摄影:李红``.
    r"|(?<!\s)\x20++\p{Han}{1,4}+[:\uff1a]"
)
# A description of the writer after ``By`` and the names, in sentence case after a
# comma (``By Jane Doe, a senior reporter covering courts and the odd election``): it
# ends the names, and its words (an ``and``, a ``the``) are none of them.
_WRITER_NOTE_RE = regex.compile(r",\x20++(?:(?:an?|the)\x20++(?=\p{Ll})|(?P<who>who\x20))")
# What joins a second writer's name to the first's or to a note about it (``..., a
# staff writer, and Sam Poe``; in a mail's display name, ``Lena Ashdown and Piet
# Voorn``): looked for as strings (a pattern tried at every space of a long run of
# them costs more per KB than ordinary text).
_SECOND_WRITER_JOINERS = (" and ", " & ")


def _names_second_writer(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` joins a capitalised name with ``and`` or ``&``.

    Examples:
        >>> t = "a staff writer, and Sam Roe"
        >>> _names_second_writer(t, 0, len(t)), _names_second_writer("cars and bikes", 0, 14)
        (True, False)
    """
    for joiner in _SECOND_WRITER_JOINERS:
        at = text.find(joiner, start, end)
        while at >= 0:
            after = at + len(joiner)
            if after < end and text[after].isupper():
                return True
            at = text.find(joiner, after, end)
    return False


# A label of another language and its colon inside a line, after a space or a bar:
# ``2023-08-14 06:50 来源:北方日报 作者:王晓东``.
_INNER_LABEL_RE = regex.compile(
    r"(?<=[\s|\u3000])\L<labels>\x20?[:\uff1a]", regex.IGNORECASE, labels=list(BYLINE_LABELS)
)
# A Japanese article's signature: its reporters' names in brackets (full-width or ASCII)
# on a line of their own under the text, perhaps after their bureau and a middle dot,
# or their desk and a space, two or more names parted by an ideographic comma
# (``山田太郎``, ``北浜支局・山田太郎``, ``経済部 佐藤花子``, ``山田太郎、佐藤花子``, each
# in brackets).
_JA_NAME = r"[\p{Han}\p{Katakana}\u30fc]{2,8}+"
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_SIGNATURE_RE = regex.compile(
    r"\G[(\uff08]\x20?(?:[\p{Han}\p{Katakana}]{1,10}+[\u30fb/\uff0f]\x20?"
    # A desk or a bureau and a space: ``経済部 佐藤花子``, ``北浜支局 山田太郎``.
    r"|[\p{Han}\p{Katakana}]{0,9}[部局社班課]\x20)?"
    r"(?P<names>NAME(?:[\u3001,\u30fb]\x20?NAME){0,3}+)\x20?[)\uff09]".replace("NAME", _JA_NAME)
)
_SIGNATURE_NAME_RE = regex.compile(_JA_NAME)
#: The agencies a Japanese page names in the same brackets under a story it carries, as
#: written in Japanese, to their canonical names: a source, no writer.
JAPANESE_AGENCY_SIGNATURES: dict[str, str] = {
    "\u5171\u540c": "Kyodo",
    "\u5171\u540c\u901a\u4fe1": "Kyodo",
    "\u6642\u4e8b": "Jiji Press",
    "\u6642\u4e8b\u901a\u4fe1": "Jiji Press",
    "\u30ed\u30a4\u30bf\u30fc": "Reuters",
    "\u65b0\u83ef\u793e": "Xinhua",
    "\u806f\u5408": "Yonhap",
}
# Each alternative starts where a run of white space starts ``(?<!\s)``, so a long run is
# scanned once, not once per character (which would be quadratic).
# ``, and`` (the serial comma) is one separator; so is a slash (``Jane Doe / Sam Roe``).
# ``and`` is also German ``und`` and French ``et``, each a whole word. Spanish ``y``
# and Italian ``e`` are not: they join the parts of a name too (``José Ortega y
# Gasset``, ``Maria da Silva e Sousa``); nor is Dutch ``en``, which is French for ``in``.
_AND_WORDS = ("and", "und", "et")
# ``et al.`` ends the names (``By Jane Doe et al.``): ``et`` is no separator before
# ``al``; ``and`` is, before a name such as ``Al Mo`` (``By Jo Roe and Al Mo``).
_SEPARATOR = (
    r"(?<!\s)\s*+,?+\s*+\bet\x20al\b\.?+"
    r"|(?<!\s)\s*+(?:,|;|&|\||/|\u3001)\s*+(?:\L<ands>\b(?!(?<=et)\x20al\b)\s*+)?"
    r"|(?<!\s)\s*+\b\L<ands>\b(?!(?<=et)\x20al\b)\s*+|(?<!\s)\s++(?=\()"
)
_SEPARATOR_RE = regex.compile(_SEPARATOR, regex.IGNORECASE, ands=list(_AND_WORDS))
# After ``By``, ``with`` joins names too (AFP: ``By Jane Doe with John Roe in Paris``);
# a bare line is not read so, where ``Cooking with Gas`` may be a menu's item.
# So do French ``avec``, German ``mit`` and Spanish ``con`` after ``Par``, ``Von`` or ``Por``
# (``Par Julien Moreau avec AFP``).
_AND_WITH_WORDS = (*_AND_WORDS, "with", "avec", "mit", "con")
_SEPARATOR_WITH_RE = regex.compile(_SEPARATOR, regex.IGNORECASE, ands=list(_AND_WITH_WORDS))
_ROLE_RE = regex.compile(
    r"\b(?:writer|correspondent|editor|reporter|staff|bureau|desk|team|contributor|columnist"
    r"|journalist|analyst|producer|meteorologist|news\x20service|newsroom|wire|agencies|agency"
    r"|board"
    # The same roles in French, German, Spanish, Italian and Portuguese.
    r"|journaliste|r\u00e9dact(?:eur|rice)|correspondante?|redakteur(?:in)?|korrespondent(?:in)?"
    r"|redactora?|corresponsal|periodista|giornalista|redatt(?:ore|rice)|corrispondente"
    r"|jornalista|correspondente|rep\u00f3rter"
    # A newsroom (``Por Ana Souza, da Redação``), and in Dutch, Polish, Indonesian,
    # Russian, Ukrainian and Turkish (``Haber Merkezi``, the news desk).
    r"|reda\u00e7\u00e3o|redacci\u00f3n|r\u00e9daction|redaktion|redazione|redactie|redakcja"
    r"|redaksi|\u0440\u0435\u0434\u0430\u043a\u0446\u0438[\u044f\u0457]|haber\x20merkezi)s?\b",
    regex.IGNORECASE,
)
# What a note about the writer names: a role (``a senior reporter``), a beat covered, a
# reviewer's or a critic's post (``a senior reviewer covering phones``).
_WRITER_NOTE_WORDS_RE = regex.compile(
    _ROLE_RE.pattern + r"|\b(?:reviewer|critic|cover(?:s|ing)|based\x20in)\b", regex.IGNORECASE
)
# A story label after the names: ``By Jane Doe - Analysis`` (Reuters).
_LABEL_SUFFIX_RE = regex.compile(
    r"(?<!\s)\s++[-\u2013\u2014]\s++(?:News\x20)?(?:Analysis|Interview|Column|Commentary|Insight|Feature"
    r"|Exclusive|Special\x20Report|Factbox|Q\+A)$",
    regex.IGNORECASE,
)
# The agency may stand after a dash or a slash: ``By Jane Doe - AFP``, ``... / Reuters``.
_ORG_SUFFIX_RE = regex.compile(
    r"(?<!\s)(?:\s*+/\s*+|\s++(?:[-\u2013\u2014]\s++)?)(?P<org>AP|Associated\x20Press|The\x20Associated\x20Press|Reuters|AFP|Bloomberg(?:\x20News)?"
    r"|Agence\x20France-Presse|Press\x20Trust\x20of\x20India|Xinhua|UPI|PTI|IANS|ANI)$"
)
# The outlet a writer wrote this piece for, after the names: ``By Jane Doe For The
# Daily Post``, ``By Jane Doe for the Herald`` (no name holds ``for``), ``By Jane Doe,
# Special to The Herald``, ``By Jane Doe | Special to the Herald`` (nor ``special to``).
_FOR_OUTLET_RE = regex.compile(
    r"(?<!\s)(?:\x20++(?:for|For|FOR)|(?:,\x20*+|\x20++)(?:[Ss]pecial|SPECIAL)\x20(?:to|To|TO))"
    r"\x20++(?P<org>(?:the\x20)?\p{Lu}[^\n,;|]{0,80}+)$"
)
# French articles elided before an agency's name: ``et l'AFP``, ``avec l\u2019AFP``.
_ELIDED_ARTICLES = frozenset(("l'", "L'", "l\u2019", "L\u2019"))
# An outlet named by an acronym, alone or with a desk: ``CNN``, ``CNN Business``
# (a name in capitals, ``JANE DOE``, has no lower-case word after the first).
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_ACRONYM_ORG_RE = regex.compile(r"\G\p{Lu}{2,6}+(?:\x20\p{Lu}\p{Ll}{1,20}+){0,2}")
# A place a byline ends with, after a comma (``By Jane Doe, Washington``, ``..., D.C.``):
# one word, where a name has a given name and a surname.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_PLACE_WORD_RE = regex.compile(r"\G\p{Lu}[\p{L}\p{M}'\u2019.-]{1,30}+")
# A place after a name: ``Jane Doe in Paris``, ``Claire Dumont à Lyon``.
# ``IN`` in capitals before a capitalised place is the word too, after names in any
# case (``JANE DOE IN KYIV``, ``Jane Doe IN Paris``); after a comma the place may stand
# alone (``By Jane Doe, AP Writer, in Kyiv``).
_PLACE = (
    r"(?P<place>\p{Lu}[\p{L}\p{M}'\u2019.-]{0,30}+(?:\x20\p{Lu}[\p{L}\p{M}'\u2019.-]{0,30}+){0,3}+)"
)
# The article a paper's name opens with, after the names and a comma: ``..., The Herald``.
_OUTLET_ARTICLES = ("The ",)
# The definite articles a paper's name opens with in French, Spanish, Italian and
# German, after a ``By`` of those languages (``Par Le Figaro``, ``Por El Diario del
# Sur``), each before a capital: ``Par Le Pen`` is read so too, as a byline rarely names
# a surname alone.
_FOREIGN_OUTLET_ARTICLES = (
    "Le ", "La ", "Les ", "L'", "L\u2019", "El ", "Los ", "Las ", "Il ", "Lo ", "Der ", "Die ",
    "Das ",
)  # fmt: skip
# Those of the ``By``'s own language, where it has one (``Par El Hadji Diouf`` is a
# Senegalese writer in French, ``El`` no French article); other words keep them all.
_ARTICLES_OF_BY = {
    "par": ("Le ", "La ", "Les ", "L'", "L\u2019"),
    "por": ("El ", "La ", "Los ", "Las "),
    "di": ("Il ", "Lo ", "La ", "Le ", "L'", "L\u2019"),
    "von": ("Der ", "Die ", "Das "),
}
_IN_PLACE_RE = regex.compile(r"(?<!\s)\s++(?P<in>in|à|IN|À)\s++" + _PLACE + "$")
# A word that joins writers' names (``Ana Lima e João Souza``, ``Jane Doe and Sam Roe``).
_JOINING_WORDS = (" e ", " and ", " y ", " und ", " et ", " & ")
# A place after the names and their outlet and a dash, as Brazilian portals sign
# (``Por Ana Lima, g1 SP \u2014 São Paulo``): capitalised words, a particle between them
# (``Rio de Janeiro``). An en or em dash only (a hyphen joins names), after a space or
# more that follow a name's last letter; the pattern opens at the dash, and
# :func:`_dash_place` walks back over the spaces (a pattern opening at the spaces went
# through every space of a text to find the few dashes).
_DASH_PLACE_RE = regex.compile(
    r"(?<=\S\x20++)[\u2013\u2014]\x20++(?P<place>\p{Lu}[\p{L}\p{M}'\u2019.-]{0,30}+"
    r"(?:\x20(?:(?:de|do|da|dos|das|del|di|du|la|el)\x20)?\p{Lu}[\p{L}\p{M}'\u2019.-]{0,30}+){0,3}+)$"
)
_LONE_PLACE_RE = regex.compile(r"(?:in|à|IN|À)\s++" + _PLACE)
# A stamp set after the names by a bar, a bullet or a dash that names no date: a
# relative day or a weekday, perhaps with a time, or an age (``By Jane Doe |
# Yesterday``, ``... \u00b7 Tuesday 10:30``, ``... - 2 hours ago``, ``... | Just now``),
# in English, German, French, Spanish, Italian and Portuguese. It is no name, nor an
# outlet: the byline ends before it.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_STAMP_TAIL_RE = regex.compile(
    r"""
    \G[|\u00b7\u2022\u2013\u2014-]\s{0,3}+
    # A label: ``Updated 2 hours ago``, ``Actualizado hace 2 horas``.
    (?:(?:\L<stamp_labels>|mis\x20\u00e0\x20jour)\x20?:?\x20)?
    (?:(?:today|yesterday|tonight|last\x20(?:night|week)|heute|gestern|aujourd'hui|hier
        |hoy|ayer|oggi|ieri|hoje|ontem|\L<weekdays>)
        (?:,?\x20{1,3}(?:at\x20|um\x20|\u00e0\x20)?\d{1,2}(?:[:.h]\d{2})?\x20?(?:[ap]\.?m\.?)?)?
      |just\x20now
      |(?:an?|\d{1,3})\x20(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\x20ago
      # Ages in German, French, Spanish, Portuguese and Italian: ``vor 2 Stunden``,
      # ``il y a 2 heures``, ``hace 2 horas``, ``há 2 horas``, ``2 ore fa``.
      |(?:vor|il\x20y\x20a|hace|h\u00e1)\x20(?:\d{1,3}|einer?|une?|una?)\x20
        (?:minut\w{0,3}|stunden?|tag(?:en)?|heures?|jours?|horas?|d\u00edas?|dias?)
      |\d{1,3}\x20(?:minuti|ore|giorni)\x20fa)
    \.?
    """,
    regex.IGNORECASE | regex.VERBOSE,
    stamp_labels=sorted(STAMP_LABELS),
    weekdays=list(WEEKDAYS),
)
# An e-mail address after the names, perhaps in brackets: ``By Jane Doe
# jdoe@example.org``, ``... <jdoe@example.org>``; or the writer's social media handle,
# ``By Jane Doe @janedoe``, ``... (@janedoe)``.
_ADDRESS = (
    r"[(<\[]?+[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,8}+[)>\]]?+"
    r"|\(?+@\w{1,30}+\)?+"
)
_ADDRESS_TAIL_RE = regex.compile(r"(?<=\s)(?:" + _ADDRESS + ")")
# Such an address or handle as a piece of its own, where a name would stand (``By Jo
# Roe and @SamPoe``): it names a writer by no name. Only ever matched whole, so anchored
# at both ends: no search tries it at each letter.
_ADDRESS_RE = regex.compile(r"\G(?:" + _ADDRESS + r")\Z")
# The joining words after which an address or handle stands where a name would.
_ADDRESS_JOINS = (*_AND_WORDS, "&")
# The marks that may set such a stamp apart.
_STAMP_MARKS = "|\u00b7\u2022\u2013\u2014-"
# What may stand between the names and an address or handle after them.
_ADDRESS_MARKS = _STAMP_MARKS + " \t"
# A word of a byline: what :func:`_role_tail` splits a piece into.
_WORD_RE = regex.compile(r"\S++")
# Words that open no name after ``By``: a time, a manner or an article opens a sentence
# or a heading (``By Tuesday``, ``By Then``, ``By Contrast``, ``By The Numbers``); after
# a name, a piece that opens with one is the outlet (``By Jane Doe, The Daily Post``).
# A desk after ``The`` is read as a role first (``By The Editorial Board``).
_NOT_NAME_STARTS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "tonight", "tomorrow", "yesterday", "midnight", "noon", "then", "now",
    "contrast", "comparison", "far", "default", "design", "chance", "accident", "mistake",
    "the", "this", "that", "these", "those", "all", "any", "some", "most", "no",
    # Questions, as an interview's lines open (``Reporter: How Much ...``); not ``Will``
    # or ``Do``, which open names.
    "how", "what", "why", "when", "where", "who", "was", "is", "are", "did", "does",
})  # fmt: skip
# A suffix that belongs to the name before its comma: ``Martin Luther King, Jr.``.
_NAME_SUFFIX_RE = regex.compile(r"(?:Jr|Sr|II|III|IV)\.?")
# A word of a person's name: capitalised, an initial, or a name particle.
_NAME_WORD = (
    r"(?:\p{Lu}[\p{L}'\u2019.-]{0,30}+|\p{Lu}\.|\L<particles>(?=\x20)"
    r"|(?:al|el)-\p{Lu}[\p{L}'\u2019-]{0,30}+)"
)
# A nickname in double quotes between a given name and a surname: ``Amanda "Ace" Roe``,
# ``Li “Tania Mae” Tan``.
_NICKNAME = (
    r"(?:[\"\u201c]\p{Lu}[\p{L}'\u2019.-]{0,30}+(?:\x20\p{Lu}[\p{L}'\u2019.-]{0,30}+){0,2}+"
    r"[\"\u201d](?=\x20\p{Lu}))"
)
# A person's name: up to six words, each a name's word, or between two a nickname.
_NAME_RE = regex.compile(
    _NAME_WORD + r"\x20?(?:(?:" + _NAME_WORD + "|" + _NICKNAME + r")\x20?){0,5}+",
    particles=list(_PARTICLES),
)


@frozen(kw_only=True)
class BylineMatch:
    """A byline read from text.

    A place the byline names (the reporter's base: ``By Jane Doe, Washington``, ``By
    Jane Doe in Paris``) is no author: it stays in the byline's text and span, and
    ``places`` says where it is written. Roles (``Staff Writer``, ``Political
    Correspondent``) are no authors either; they stay in the byline's text, or are its
    organisation when no author comes before them (``By Staff Writer``).

    A photographer's credit after a bar (``By Jane Doe | Photos by Sam Roe``) is no
    author either: it stays in the byline's text, and ``credits`` gives it with its
    role.

    Args:
        byline: The byline's value.
        span: The byline's text in the input (prefix included).
        author_spans: One span per author, in order.
        places: One span per place the byline names, in order.
        credits: Each credit after a bar with its span (``Photography: Sam Roe``).

    Examples:
        >>> found = read_byline("By Ann Poe")
        >>> found.span, found.author_spans
        (Span(start=0, end=10), (Span(start=3, end=10),))
        >>> text = "By Ann Poe and Jo Roe, London"
        >>> found = read_byline(text)
        >>> found.byline.authors, [s.of(text) for s in found.places]
        (('Ann Poe', 'Jo Roe'), ['London'])
    """

    byline: Byline
    span: Span
    author_spans: tuple[Span, ...]
    places: tuple[Span, ...] = ()
    credits: tuple[tuple[Credit, Span], ...] = ()


# A photographer's credit after the writers and a bar, to the byline's end: ``| Photos by
# Sam Roe``, ``| PHOTOGRAPHY: SAM ROE``, ``| Video by ...``. What follows the role is a
# credit only if it reads as names (_names_credited): ``| Video: Watch the launch`` and
# ``| Photos: courtesy of the council`` are no one's.
_BAR_CREDIT_RE = regex.compile(
    r"(?<!\s)\s*+\|\s*+(?P<credit>(?P<role>photos?|photographs?|photography|pictures?|video"
    r"|illustrations?)(?:\x20by(?:\x20|:\s*+)|:\s*+)(?P<names>[^|\s][^|\n]{0,200}?))"
    r"\s*+$",
    regex.IGNORECASE,
)
_CREDIT_NAMES_SPLIT_RE = regex.compile(r"(?<!\s)\s*+(?:,|\band\b|&)\s*+", regex.IGNORECASE)


# A credit after the names and a semicolon or a full stop, as Reuters and the papers
# that print its copy close a byline: ``By Jane Doe; Additional reporting by Sam Roe``;
# or an editor's after a comma, as NDTV signs its stories (``Reported by Jane Doe,
# Edited by Sam Roe``).
_TRAILING_CREDIT_RE = regex.compile(
    r"(?<!\s)\s*+(?:[;.]\s*+(?P<credit>(?P<role>(?:additional\x20)?reporting|writing|editing)"
    r"\x20by\x20++(?P<names>[^;\s][^;\n]{0,200}?))"
    r"|,\s*+(?P<credit>(?P<role>edited)\x20by\x20++(?P<names>[^;,\s][^;,\n]{0,200}?)))\s*+$",
    regex.IGNORECASE,
)


# The role a credit's verb names (``Edited by``: the editing).
_CREDIT_ROLES = {"edited": "editing"}


# How many capitals a word that marks a desk has (``SP``, ``TV``, ``RBS``, ``EPTV``).
_DESK_MARK_LETTERS = range(2, 5)


def _marks_desk(piece: str) -> bool:
    """Whether ``piece`` holds what marks a portal's regional desk after the names.

    A digit (``g1``) or a word in capitals of two to four letters (``SP``, ``RJ``,
    ``TV``): a word is a run of letters, marks, digits and joiners (``_``, zero-width
    joiners) between other characters. Read a character at a time: a pattern searched for
    it stopped at every digit of a text dense with dates.

    Examples:
        >>> _marks_desk("g1 SP"), _marks_desk("TV Globo"), _marks_desk("Portal RJTV")
        (True, True, True)
        >>> _marks_desk("Valor Econômico"), _marks_desk("Agência BRASIL"), _marks_desk("A")
        (False, False, False)
    """
    capitals = 0
    in_word = False
    for ch in piece:
        category = unicodedata.category(ch)
        if category[0] == "N":
            return True
        if category[0] in "LM" or category == "Pc" or ch in "\u200c\u200d":
            if not in_word:
                in_word, capitals = True, 0
            capitals = capitals + 1 if category == "Lu" and capitals >= 0 else -1
        else:
            if in_word and capitals in _DESK_MARK_LETTERS:
                return True
            in_word = False
    return in_word and capitals in _DESK_MARK_LETTERS


def _dash_place(text: str, start: int, end: int) -> tuple[int, Span] | None:
    """Where the names end and the place begins in ``Por Ana Lima, g1 SP \u2014 São Paulo``.

    The place (:data:`_DASH_PLACE_RE`) runs from the dash to ``end``; the names end where
    the spaces before the dash begin, which must follow something other than a space,
    within ``text[start:end]``. Returns the names' new end and the place's span, or
    ``None``.

    Examples:
        >>> text = "Ana Lima, g1 SP \u2014 São Paulo"
        >>> _dash_place(text, 0, len(text))
        (15, Span(start=18, end=27))
        >>> _dash_place("Ana Lima \u2014 são paulo", 0, 20) is None
        True
    """
    found = _regex.search(_DASH_PLACE_RE, text, start, end)
    if found is None:
        return None
    names_end = found.start()
    while names_end > start and text[names_end - 1] == " ":
        names_end -= 1
    if names_end == start:  # the spaces open the region: nothing of its own before them
        return None
    return names_end, Span(*found.span("place"))


def _closing_credit(text: str, pos: int, endpos: int) -> regex.Match[str] | None:
    """The credit that closes ``text[pos:endpos]``, if one does.

    A photographer's after a bar (``By Jane Doe | Photos by Sam Roe``), else a
    reporter's or an editor's after a semicolon or a full stop (``By Jane Doe;
    Additional reporting by Sam Roe``), or an editor's after a comma (``Reported by
    Jane Doe, Edited by Sam Roe``). The match's groups are ``credit``, ``role`` and
    ``names``.

    Examples:
        >>> _closing_credit("By Jane Doe | Photos by Sam Roe", 0, 31)["names"]
        'Sam Roe'
        >>> _closing_credit("By Jane Doe; Additional reporting by Sam Roe", 0, 44)["role"]
        'Additional reporting'
        >>> _closing_credit("By Jane Doe | Video Desk", 0, 24) is None
        True
        >>> _closing_credit("Reported by Jane Doe, Edited by Sam Roe", 0, 39)["names"]
        'Sam Roe'
    """
    region = text[pos:endpos]
    if "|" in region:
        found = _regex.search(_BAR_CREDIT_RE, text, pos, endpos)
        if found is not None:
            return found
    if holds_any(region, ";.,"):
        return _regex.search(_TRAILING_CREDIT_RE, text, pos, endpos)
    return None


# The longest word in lower case a credited name holds (``de``, ``van``, ``for``).
_LONGEST_PARTICLE = 3


def _names_credited(names: str) -> bool:
    """Whether each word of a credit's ``names`` is a name's: capitalised, or a particle.

    The first is capitalised: ``Sam Roe``, ``SAM ROE``, ``Ana de Lima for Reuters``; not a
    video's caption (``Watch the launch``) or a courtesy (``courtesy of the council``),
    whose longer words are in lower case.

    Examples:
        >>> _names_credited("Ana de Lima and Jo Roe"), _names_credited("Watch the launch")
        (True, False)
    """
    words = names.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or len(w) <= _LONGEST_PARTICLE for w in words)
    )


# What _SEPARATOR_RE and _LABEL_SUFFIX_RE cannot match without: a region holding none
# of these is not searched (``and``, ``und`` and ``et`` are compared lower-cased; they
# have no lookalike letter).
_SEPARATOR_CHARS = ",;&|/(\u3001"
_DASHES = "-\u2013\u2014"


def _pieces(text: str, start: int, end: int, *, with_joins: bool = False) -> list[tuple[int, int]]:
    """The names of ``text[start:end]`` apart: split at commas, ``and`` and the like.

    With ``with_joins``, ``with`` separates names as ``and`` does.
    """
    region = text[start:end]
    ands = _AND_WITH_WORDS if with_joins else _AND_WORDS
    if not holds_any(region, _SEPARATOR_CHARS) and not holds_any(region.lower(), ands):
        a, b = _trim(text, start, end)
        return [(a, b)] if b > a else []
    out: list[tuple[int, int]] = []
    pos = start
    separator = _SEPARATOR_WITH_RE if with_joins else _SEPARATOR_RE
    for m in _regex.finditer(separator, text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return [(a, b) for a, b in (_trim(text, a, b) for a, b in out) if b > a]


def _greek_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut where Greek ``kai`` and an article join two names.

    What ``kai`` joins is a second writer only as a name is written, a given name and a
    surname with no institution's word (:data:`_GREEK_BODIES`, ``Praktoreiou``: of
    the agency) among them; anything else (of the newsroom, of the Athens agency,
    correspondents: ``tis Syntaxis``, ``tou Athinaikou Praktoreiou``, ``Antapokriton``)
    credits no writer and is left out, with what follows it.
    """
    cuts = [m.span() for m in _regex.finditer(_GREEK_AND_RE, text, start, end)]
    out: list[tuple[int, int]] = []
    for i, (cut_start, cut_end) in enumerate(cuts):
        out.append((start, cut_start))
        start = cut_end
        words = text[start : cuts[i + 1][0] if i + 1 < len(cuts) else end].split()
        if len(words) < 2 or not _GREEK_NOT_WRITERS.isdisjoint(words):  # noqa: PLR2004
            return out
    out.append((start, end))
    return out


def _after_comma(text: str, pieces: list[tuple[int, int]], i: int) -> bool:
    """Whether a comma alone (no ``and``) separates ``pieces[i]`` from the piece before."""
    # The piece before may end in a full stop the trim left out (``Tom Roe Jr.,``).
    return i > 0 and text[pieces[i - 1][1] : pieces[i][0]].strip(" \t().") == ","


def _after_bar(text: str, pieces: list[tuple[int, int]], i: int) -> bool:
    """Whether a bar alone separates ``pieces[i]`` from the piece before."""
    return i > 0 and text[pieces[i - 1][1] : pieces[i][0]].strip(" \t") == "|"


def _after_slash(text: str, pieces: list[tuple[int, int]], i: int) -> bool:
    """Whether a slash alone separates ``pieces[i]`` from the piece before."""
    return i > 0 and text[pieces[i - 1][1] : pieces[i][0]].strip(" \t") == "/"


def _names_outlet(piece: str, *, capitals: bool = True) -> bool:
    """Whether ``piece``, set after the names and a bar, names an outlet, not a person.

    It is written in capitals (``USA TODAY``; only when ``capitals``: the names before
    it are not, as in ``JANE DOE | SAM ROE`` two writers are), opens with an article
    (``The Clarion Ledger``) or names a paper (:func:`_names_publication`: ``Mesa
    Valley Sentinel``; in Spanish, Portuguese and Italian its first word does:
    ``Diario del Valle``).

    Examples:
        >>> [_names_outlet(p) for p in ("USA TODAY", "The Clarion Ledger",
        ...  "Mesa Valley Sentinel", "Diario del Valle", "Sam Roe", "X")]
        [True, True, True, True, False, False]
        >>> _names_outlet("SAM ROE", capitals=False)
        False
    """
    if capitals and len(piece) > 1 and piece.isupper():
        return True
    words = piece.split()
    return (
        piece.startswith(_OUTLET_ARTICLES)
        or _names_publication(words)
        or (len(words) >= MIN_OUTLET_WORDS and caseless(words[0]) in _PAPER_FIRST_WORDS)
    )


# The words a paper's name opens with in Spanish, Portuguese and Italian, its town or
# region after them (``Diario del Valle``, ``Jornal do Porto``, ``Gazzetta di Lucca``),
# as English closes it (``Valley Herald``); none a given name.
_PAPER_FIRST_WORDS = frozenset((
    "diario", "peri\u00f3dico", "periodico", "jornal", "gazeta", "gazzetta", "giornale",
    "corriere", "correio", "folha", "cronaca", "cr\u00f3nica",
))  # fmt: skip


# The words an outlet's name closes with, set after the names and a comma (``Fox
# News``, ``Tribune News Service``): a paper's (:data:`~newsparse.vocab.PUBLICATION_WORDS`)
# and a broadcaster's or a service's. Surnames they rarely are (``Post`` is one:
# ``By Jane Doe, Sam Post`` is read as an outlet, as ``..., Washington Post`` must be).
_OUTLET_END_WORDS = PUBLICATION_WORDS | {
    "news", "service", "agency", "network", "media", "radio", "television", "press",
}  # fmt: skip
#: The fewest and the most words of an outlet's name read beside a writer's (``Fox
#: News``, ``The Valley Herald``, ``Tribune News Service``).
MIN_OUTLET_WORDS = 2
MAX_OUTLET_WORDS = 6
# The lower-case words that may join an outlet's capitalised ones (``News of the
# World``, ``Arts & Letters``).
_OUTLET_JOINS = frozenset({"of", "and", "&"})
# Words a writer's role opens with, never an outlet's name (``Head of Social Media``,
# ``Senior Editor``).
_ROLE_OPENERS = frozenset({
    "head", "chief", "director", "deputy", "senior", "executive", "managing", "editor",
    "producer", "presenter", "host", "anchor", "correspondent", "reporter",
})  # fmt: skip
# Outlets named in one word after ``The`` (``By Jane Doe The Guardian``); with more
# words, the last is one of _OUTLET_END_WORDS.
_ONE_WORD_OUTLETS = frozenset({
    "guardian", "independent", "economist", "observer", "spectator", "atlantic", "globe",
    "hindu", "scotsman", "australian", "age", "mirror", "express", "mail", "sun", "star",
    "register", "oregonian", "tennessean", "times", "telegraph", "herald", "tribune",
    "post", "inquirer",
})  # fmt: skip


def outlet_words(text: str) -> list[str] | None:
    """The words of ``text`` read as an outlet's name, before any place after a comma.

    They are :data:`MIN_OUTLET_WORDS` to :data:`MAX_OUTLET_WORDS` words, each
    capitalised or a joining word (``of``, ``and``, ``&``); which words close an
    outlet's name is the caller's to ask (``News``, ``Times``; ``The`` opening it).

    Examples:
        >>> outlet_words("BBC News, Cumbria"), outlet_words("Political correspondent")
        (['BBC', 'News'], None)
    """
    words = text.partition(", ")[0].split()
    if not MIN_OUTLET_WORDS <= len(words) <= MAX_OUTLET_WORDS:
        return None
    if not all(w[:1].isupper() or w in _OUTLET_JOINS for w in words):
        return None
    return words


def _names_outlet_after_comma(piece: str) -> bool:
    """Whether ``piece``, set after the names and a comma, names the outlet they write for.

    It has two words or more, each capitalised (or ``of``, ``and``, ``&``), and the last
    is one an outlet's name closes with (``News``, ``Service``, ``Times``).

    Examples:
        >>> [_names_outlet_after_comma(p) for p in ("Fox News", "Tribune News Service",
        ...  "HINDUSTAN TIMES", "Sam Roe", "Staff Writer", "News", "Head of Social Media")]
        [True, True, True, False, False, False, False]
    """
    words = outlet_words(piece)
    return (
        words is not None
        and caseless(words[-1]) in _OUTLET_END_WORDS
        and caseless(words[0]) not in _ROLE_OPENERS
    )


# An outlet's name that a word of letters and digits marks, as no person's name is
# written (``g1 Campos Altos``, ``Portal N1``, ``TV3 Girona``, ``9News``): up to six
# words, each capitalised, a joining word or one of letters and digits (not an ordinal,
# ``3rd``), which opens it or stands in it.
_NUMBERED_OUTLET_WORD = (
    r"(?:\p{L}{1,8}+\p{N}{1,3}+\p{L}{0,8}+|\p{N}{1,3}+(?!(?:st|nd|rd|th)(?!\p{L}))\p{L}{2,12}+)"
)
_NUMBERED_OUTLET_RE = regex.compile(
    r"\G(?=(?:\S+\x20){0,5}?"
    + _NUMBERED_OUTLET_WORD
    + r"(?!\S))(?:"
    + _NUMBERED_OUTLET_WORD
    + r"|\p{Lu}[\p{L}\p{M}'\u2019.-]{0,30}+)(?:\x20(?:"
    + _NUMBERED_OUTLET_WORD
    + r"|\p{Lu}[\p{L}\p{M}'\u2019.-]{0,30}+|de|do|da|dos|das|del|of|and|&)){0,5}+"
)


def _names_channel(piece: str) -> bool:
    """Whether ``piece`` is a broadcaster's call sign and its channel's number.

    The call sign or network in capitals (two to five), the channel's number (one or
    two digits), perhaps its town or desk in up to two capitalised words, one space
    between each (``KXRV 7``, ``NBC 5 Chicago``, ``WXYZ 7 News``): a station's name, as
    no person's is written. A scan of the words, where a pattern would cost over three
    times ordinary text per KB on a run of capitalised words.

    Examples:
        >>> [_names_channel(p) for p in ("KXRV 7", "NBC 5 Chicago", "Year 10", "KX  7")]
        [True, True, False, False]
    """
    parts = piece.split(" ")
    return (
        2 <= len(parts) <= 4  # noqa: PLR2004 - call sign, number, up to two words
        and 2 <= len(parts[0]) <= 5  # noqa: PLR2004 - a call sign's letters
        and all(unicodedata.category(c) == "Lu" for c in parts[0])
        and 1 <= len(parts[1]) <= 2  # noqa: PLR2004 - a channel's digits
        and all(unicodedata.category(c)[0] == "N" for c in parts[1])
        and all(
            2 <= len(w) <= 21  # noqa: PLR2004 - a capital and up to twenty letters
            and unicodedata.category(w[0]) == "Lu"
            and all(unicodedata.category(c) == "Ll" for c in w[1:])
            for w in parts[2:]
        )
    )


def _names_numbered_outlet(piece: str) -> bool:
    """Whether ``piece``, set after the names and a comma, is an outlet a number marks.

    Examples:
        >>> [_names_numbered_outlet(p) for p in ("g1 Campos Altos", "Portal N1 Campo Alegre",
        ...  "TV3", "9News", "Sam Roe", "Channel 4", "Jo Roe 2nd", "F1 Correspondent",
        ...  "U23 Coach")]
        [True, True, True, True, False, False, False, False, False]
        >>> [_names_numbered_outlet(p) for p in ("KXRV 7", "NBC 5 Chicago", "Year 10")]
        [True, True, False]
    """
    # A role a number marks is the writer's (``F1 Correspondent``, ``U23 Coach``).
    return (
        _regex.fullmatch(_NUMBERED_OUTLET_RE, piece) is not None or _names_channel(piece)
    ) and not (
        is_role_line(last := piece.rsplit(" ", 1)[-1]) or caseless(last) in _NUMBERED_POST_WORDS
    )


# A post that a guest writer or a broadcaster's staff sign a piece with, besides a
# reporter's roles (:data:`_ROLE_RE`), closing a number-marked post after the names
# (``By Amy Lund, U23 Coach``, ``By Jo Roe, WX4 Meteorologist``): the person's post,
# no outlet's name, which closes with a place or a service (``g1 Campos Altos``).
_NUMBERED_POST_WORDS = frozenset({
    "coach", "manager", "captain", "meteorologist", "forecaster", "presenter", "host",
    "anchor", "commentator", "pundit",
})  # fmt: skip


def _names_numbered_post(piece: str) -> bool:
    """Whether ``piece``, set after the names and a comma, is a post a number marks.

    It is worded as an outlet a number marks is (:func:`_names_numbered_outlet`), and its
    last word is one of :data:`_NUMBERED_POST_WORDS`; it stays in the byline's text, as
    a role does.

    Examples:
        >>> [_names_numbered_post(p) for p in ("U23 Coach", "WX4 Meteorologist", "TV3",
        ...  "Channel 4 Coach", "Coach")]
        [True, True, False, False, False]
    """
    return (
        caseless(piece.rsplit(" ", 1)[-1]) in _NUMBERED_POST_WORDS
        and _regex.fullmatch(_NUMBERED_OUTLET_RE, piece) is not None
    )


def _names_an_outlet(name: str) -> bool:
    """Whether ``name`` closes as outlets' names do (``Fox News``, ``The Guardian``).

    Examples:
        >>> [_names_an_outlet(n) for n in ("Fox News", "The Guardian", "The Musical")]
        [True, True, False]
    """
    words = name.split()
    if len(words) == 2 and words[0] == "The":  # noqa: PLR2004 - ``The`` and one word
        return caseless(words[1]) in _ONE_WORD_OUTLETS
    return _names_outlet_after_comma(name)


def _outlet_after_name(piece: str) -> int | None:
    """Where a name ends that an outlet's name opening with ``The`` follows, no comma between.

    The name has two to four words, and the outlet's words after ``The`` are
    capitalised, one to four of them, the last one outlets' names close with (one alone
    names a paper: ``Guardian``): ``Jane Doe The Washington Post``.

    Examples:
        >>> _outlet_after_name("Jane Doe The Washington Post")
        8
        >>> _outlet_after_name("Jane The Great"), _outlet_after_name("Jane Doe The end")
        (None, None)
        >>> _outlet_after_name("The End Of The Year") is None
        True
        >>> _outlet_after_name("Jane Doe The Guardian"), _outlet_after_name("Jane Doe The Hague")
        (8, None)
    """
    head, _, outlet = piece.partition(" The ")
    names, words = head.split(), outlet.split()
    if not 2 <= len(names) <= 4 or not 1 <= len(words) <= 4:  # noqa: PLR2004
        return None
    if caseless(names[0]) in _NOT_NAME_STARTS or "the" in map(caseless, names):
        return None  # ``By The End Of The Year``
    last = caseless(words[-1])
    if last not in (_ONE_WORD_OUTLETS if len(words) == 1 else _OUTLET_END_WORDS):
        return None  # ``By Jane Doe The First``, ``... The Guardian's Political Editor``
    if _in_place_table(["The", *words]):
        return None  # ``By Jane Doe The Hague``: her base
    if not all(w[:1].isupper() for w in words) or _regex.fullmatch(_NAME_RE, head) is None:
        return None
    return len(head)


def _places_from(text: str, pieces: list[tuple[int, int]]) -> int:
    """Where a run of one-word pieces after commas or slashes ends the byline, as places may.

    The first piece is never a place, nor a name suffix such as ``Jr.``.
    """
    i = len(pieces)
    while i > 1 and (_after_comma(text, pieces, i - 1) or _after_slash(text, pieces, i - 1)):
        a, b = pieces[i - 1]
        if _regex.fullmatch(_PLACE_WORD_RE, text, a, b) is None:
            break
        if _regex.fullmatch(_NAME_SUFFIX_RE, text, a, b) is not None:
            break
        i -= 1
    return i


def _agency_in(words: list[str]) -> str | None:
    """The agency that a run of up to four of ``words`` names (``Associated Press``)."""
    for i in range(len(words)):
        for n in range(min(4, len(words) - i), 0, -1):
            agency = canonical_agency(" ".join(words[i : i + n]))
            if agency is not None:
                return agency
    return None


#: The desks and services an agency's name opens after a writer's (``Reuters Health``,
#: ``Bloomberg Opinion``), lower case. A closed list: a given name that spells an agency
#: (``Efe Kaya``, ``Ani Patel``) is followed by a surname, never by one of these.
_AGENCY_DESKS = frozenset((
    "health", "opinion", "graphics", "breakingviews", "tv", "television", "video",
    "radio", "markets", "business", "investigates",
))  # fmt: skip


def _agency_desk(piece: str) -> str | None:
    """The agency whose desk or service ``piece`` names: its name, then a word or two.

    The agency is spelled as it spells itself or in capitals (``Reuters``, ``AP``,
    ``EFE``; ``Efe`` is a given name), and the words after it are desks'
    (:data:`_AGENCY_DESKS`).

    Examples:
        >>> _agency_desk("Reuters Health"), _agency_desk("Bloomberg Opinion")
        ('Reuters', 'Bloomberg')
        >>> _agency_desk("Sam Roe") is None, _agency_desk("Reuters") is None
        (True, True)
        >>> _agency_desk("Efe Kaya") is None, _agency_desk("Ani Patel") is None
        (True, True)
    """
    words = piece.split()
    if not 2 <= len(words) <= 4:  # noqa: PLR2004 - the agency's name and a word or two
        return None
    for n in (1, 2):
        name = " ".join(words[:n])
        agency = canonical_agency(name)
        if (
            agency is not None
            and len(words) - n in (1, 2)
            and (name == agency or name.isupper() or (n == 2 and name.istitle()))  # noqa: PLR2004
            and all(w.lower() in _AGENCY_DESKS for w in words[n:])
        ):
            return agency
    return None


def _is_role_tail(words: list[str]) -> bool:
    """Whether ``words`` are a role: beats, then a role word (``Chief Medical Writer``)."""
    return (
        0 < len(words) <= 4  # noqa: PLR2004 - three beats and the role
        and _regex.fullmatch(_ROLE_RE, words[-1]) is not None
        and all(w.lower() in _BEATS for w in words[:-1])
    )


# The role words a role in sentence case ends with (``Health policy editor``).
_SENTENCE_CASE_ROLES = frozenset(("editor", "correspondent", "writer", "columnist", "reporter"))
# The most words of such a role (``Global environment and science editor``).
_MAX_SENTENCE_CASE_ROLE = 5
# The words after which a role in sentence case names a place with a capital
# (``North of England editor``, ``Correspondent in Washington``).
_PLACE_JOINERS = frozenset(("of", "in", "for"))


def _is_sentence_case_role(words: list[str]) -> bool:
    """Whether ``words`` are a role in sentence case, as the Guardian sets one after names.

    Two to :data:`_MAX_SENTENCE_CASE_ROLE` words: the first capitalised, the last a role
    word in lower case (:data:`_SENTENCE_CASE_ROLES`), and between them words in lower
    case, but for a place after ``of``, ``in`` or ``for`` (``North of England editor``):
    names never end with a role word in lower case, and a third name is capitalised.

    Examples:
        >>> _is_sentence_case_role(["Health", "policy", "editor"])
        True
        >>> _is_sentence_case_role(["North", "of", "England", "editor"])
        True
        >>> _is_sentence_case_role(["Smith", "Health", "editor"])
        False
    """
    if (
        not 2 <= len(words) <= _MAX_SENTENCE_CASE_ROLE  # noqa: PLR2004 - a word and the role
        or words[-1] not in _SENTENCE_CASE_ROLES
        or not words[0][:1].isupper()
    ):
        return False
    return all(
        words[i][:1].islower() or words[i - 1] in _PLACE_JOINERS for i in range(1, len(words) - 1)
    )


def _role_tail(text: str, a: int, b: int) -> tuple[int, str | None] | None:
    """Where a role after names with no comma before it starts in ``text[a:b]``.

    The role names an agency (``JANE DOE AP Medical Writer``, ``Jo Roe Associated Press
    Writer``, ``Jo Roe Reuters Staff``), or opens with ``Staff`` or another beat after
    a name of two words or more (``Jo Roe Staff Writer``, ``Jo Roe Political Editor``;
    ``Daily Post Reporter`` is a desk's credit). Returns the end of the names and the
    agency, or ``None``.

    Examples:
        >>> text = "JANE DOE AP Medical Writer"
        >>> end, agency = _role_tail(text, 0, len(text))
        >>> text[:end], agency
        ('JANE DOE', 'AP')
        >>> _role_tail("HT News Desk", 0, 12) is None
        True
    """
    words = [m.span() for m in _regex.finditer(_WORD_RE, text, a, b)]
    for k in range(1, len(words)):
        head_end = words[k - 1][1]
        head = text[a:head_end]
        if canonical_agency(head) is not None or _regex.fullmatch(_NAME_RE, head) is None:
            continue
        tail = [text[x:y] for x, y in words[k:]]
        for n in range(min(4, len(tail)), 0, -1):
            agency = canonical_agency(" ".join(tail[:n]))
            if agency is not None and (n == len(tail) or _is_role_tail(tail[n:])):
                return head_end, agency
        # ``Jo Roe Staff Writer``, ``Jo Roe Political Editor``: a beat opens the role;
        # or a role in sentence case (``Jo Roe Health policy editor``).
        if k >= 2 and (  # noqa: PLR2004 - a given name and a surname
            (tail[0].lower() in _BEATS and _is_role_tail(tail)) or _is_sentence_case_role(tail)
        ):
            return head_end, None
        # Names in capitals, then a role that is not (``JANE DOE Local Democracy
        # Reporter``): the change of case parts them; so does a dash (``Jane Doe -
        # Health Reporter``).
        # A role word and its lower-case qualifier, as French, Spanish and Italian put
        # them (``Louise Garnier Journaliste culture``, ``... Redactora jefe``).
        if (
            k >= 2  # noqa: PLR2004 - a given name and a surname
            and 2 <= len(tail) <= 4  # noqa: PLR2004 - the role and up to three words
            and tail[1][:1].islower()
            and _regex.fullmatch(_ROLE_RE, tail[0]) is not None
        ):
            return head_end, None
        role = tail[1:] if tail[0] in _DASHES else tail
        if (
            k >= 2  # noqa: PLR2004 - a given name and a surname
            and ((head.isupper() and not tail[0].isupper()) or role is not tail)
            and 0 < len(role) <= 4  # noqa: PLR2004 - three beats and the role
            and _regex.fullmatch(_ROLE_RE, role[-1]) is not None
        ):
            return head_end, None
    return None


def _role_head(text: str, a: int, b: int) -> tuple[int, str | None] | None:
    """Where the names after a role that opens ``text[a:b]`` start.

    Xinhua puts the role first: ``by Xinhua writers Li Ming, Zhang Wei``. The role is an
    agency's name (if any), beats and a role word; a name must follow it. Returns the
    start of the names and the agency, or ``None``.

    Examples:
        >>> text = "Xinhua writers Li Ming"
        >>> start, agency = _role_head(text, 0, len(text))
        >>> text[start:], agency
        ('Li Ming', 'Xinhua')
        >>> _role_head("Jo Roe Staff Writer", 0, 19) is None
        True
        >>> _role_head("Staff Reporter", 0, 14) is None
        True
    """
    words = [m.span() for m in _regex.finditer(_WORD_RE, text, a, b)]
    for k in range(1, min(len(words), 6)):
        head = [text[x:y] for x, y in words[:k]]
        if _regex.fullmatch(_ROLE_RE, head[-1]) is None:
            continue
        agency = None
        for n in range(min(4, k - 1), 0, -1):
            agency = canonical_agency(" ".join(head[:n]))
            if agency is not None:
                head = head[n:]
                break
        names_start = words[k][0]
        if (
            len(words) - k >= 2  # noqa: PLR2004 - a given name and a surname
            and _is_role_tail(head)
            and _regex.search(_ROLE_RE, text, names_start, b) is None
            and _regex.fullmatch(_NAME_RE, text, names_start, b) is not None
        ):
            return names_start, agency
    return None


# What a byline's start is trimmed of: blanks, brackets, and a bar or bullet that a
# page sets between it and what stands before it (``| By Jane Doe``).
_LEADING = " \t()|\u2022\u00b7"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _LEADING:
        a += 1
    while b > a and text[b - 1] in " \t().,":
        # A bracket closing one the region opens stays: ``By Jane Doe (AFP)``.
        if text[b - 1] == ")" and text.find("(", a, b - 1) >= 0:
            break
        # So does the full stop of a name's suffix: ``By Tom Roe Jr.``.
        if text[b - 1] == "." and text[b - 3 : b - 1] in _SUFFIX_STOPS and text[b - 4] == " ":
            break
        b -= 1
    return a, b


# Suffixes of a name written with a full stop, which a byline's end keeps.
_SUFFIX_STOPS = frozenset(("Jr", "Sr"))


def _before_stamp(text: str, start: int, end: int) -> int:
    """Where the names of ``text[start:end]`` end before a stamp that names no date.

    The last bar, bullet or dash after a space opens the stamp (:data:`_STAMP_TAIL_RE`):
    ``By Jane Doe | Yesterday`` ends after ``Doe``. Returns ``end`` when there is none.

    Examples:
        >>> text = "By Jane Doe \u00b7 2 hours ago"
        >>> text[: _before_stamp(text, 0, len(text))]
        'By Jane Doe'
        >>> _before_stamp("By Jane Doe-Monday", 0, 18)
        18
    """
    if not holds_any(text[start:end], _STAMP_MARKS):
        return end
    cut = max([text.rfind(mark, start, end) for mark in _STAMP_MARKS])
    if cut <= start or not text[cut - 1].isspace():
        return end
    if _regex.fullmatch(_STAMP_TAIL_RE, text, cut, end) is None:
        return end
    return _trim(text, start, cut)[1]


def _before_address(text: str, start: int, end: int) -> int:
    """Where the names of ``text[start:end]`` end before an address or handle that ends it.

    After ``and`` or ``&`` the handle stands where a name would (``By Jo Roe and
    @SamPoe``): it ends nothing, and the byline holds it.

    Examples:
        >>> text = "By Jane Doe jdoe@example.org"
        >>> text[: _before_address(text, 0, len(text))]
        'By Jane Doe'
        >>> text = "By Jane Doe (@janedoe)"
        >>> text[: _before_address(text, 0, len(text))]
        'By Jane Doe'
        >>> _before_address("By Jo Roe and @SamPoe", 0, 21)
        21
    """
    at = text.rfind("@", start, end)
    if at < 0:
        return end
    space = max(text.rfind(" ", start, at), text.rfind("\t", start, at))
    if space <= start or _regex.fullmatch(_ADDRESS_TAIL_RE, text, space + 1, end) is None:
        return end
    # A bar or dash that set the address apart goes with it: ``By Jane Doe | @janedoe``.
    cut = space
    while cut > start and text[cut - 1] in _ADDRESS_MARKS:
        cut -= 1
    if text[start:cut].rpartition(" ")[2].lower() in _ADDRESS_JOINS:
        return end
    return _trim(text, start, cut)[1]


#: What a byline says for a writer it leaves unnamed (``By Anonymous``, ``Anon.``), lower
#: case and without a closing stop: no one's name, in any of the languages read.
_ANONYMOUS = frozenset((
    "anonymous", "anon", "anonym", "anonyme", "anonymus", "anónimo", "anonimo", "anónima",
    "anonima", "anônimo", "anoniem", "anonymt",
))  # fmt: skip


def read_byline(
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    require_prefix: bool = True,
    foreign: bool | Callable[[str], bool] = True,
    prefixed: bool = False,
) -> BylineMatch | None:
    """Read ``text[pos:endpos]`` (one line) as a byline, or return ``None``.

    Args:
        text: The text holding the line; spans index it directly.
        pos: The line's start.
        endpos: The line's end; the end of the text by default.
        require_prefix: Accept only lines that open with ``By`` (or ``Written by``);
            with ``False``, a bare ``Jane Doe | Reuters`` or name list is read too.
        foreign: Whether German ``Von``, French ``Par``/``de``, Spanish ``Por``,
            Swedish ``Av`` and their kin open a byline as ``By`` does (in English they
            open names: ``Von Braun Center``); a callable is asked only when such a
            prefix is found, and given its word (``Por``), so that each opens a byline
            only in a text of a language that writes it. With ``require_prefix=False``
            (a labelled line) they always do.
        prefixed: Whether the caller has cut a ``By`` of another language off the
            region (``Door``, ``di``): ``with`` and its kin join names, as after ``By``.

    Returns:
        The :class:`BylineMatch`, or ``None`` if the line is not a byline.

    Examples:
        >>> read_byline("By JANE DOE Associated Press").byline
        Byline(authors=('JANE DOE',), organization='AP', text='By JANE DOE Associated Press')
        >>> read_byline("By HT News Desk").byline.organization
        'HT News Desk'
        >>> read_byline("By  Jane Doe  - Analysis").byline.authors
        ('Jane Doe',)
        >>> read_byline("By JANE DOE AP Medical Writer").byline
        Byline(authors=('JANE DOE',), organization='AP', text='By JANE DOE AP Medical Writer')
        >>> found = read_byline("By Jane Doe with John Roe in Paris")
        >>> found.byline.authors, [s.of("By Jane Doe with John Roe in Paris") for s in found.places]
        (('Jane Doe', 'John Roe'), ['Paris'])
        >>> read_byline("By Tuesday") is None, read_byline("By The End Of The Year") is None
        (True, True)

        A slash parts names as a comma does; a place may follow the last:

        >>> found = read_byline("By Jane Doe / Sam Roe / Mumbai")
        >>> found.byline.authors, [s.of("By Jane Doe / Sam Roe / Mumbai") for s in found.places]
        (('Jane Doe', 'Sam Roe'), ['Mumbai'])
    """
    end = len(text) if endpos is None else endpos
    start, end = _trim(text, pos, end)
    if end - start > 200 or end <= start:  # noqa: PLR2004 - no byline is longer
        return None
    line_end = end
    if text[start] == "\u03a4" and _regex.match(_GREEK_BODY_LINE_RE, text, start, end):
        return None  # of the Ministry of Finance (tou Ypourgeiou Oikonomikon): no writer
    end = _before_address(text, start, _before_stamp(text, start, end))
    prefix = _regex.match(_PREFIX_RE, text, start, end)
    # A foreign ``By`` in a text of another language (``Por`` in English) opens no names.
    unread = False
    if (
        prefix is not None
        and require_prefix
        and prefix["foreign"] is not None
        and not (foreign(prefix["foreign"].split()[0]) if callable(foreign) else foreign)
    ):
        prefix, unread = None, True
    # Names before a bar need no ``By`` (``Jane Doe | Reuters``), nor before a bar that
    # sets a stamp apart (``Jane Doe | Yesterday``), unless an unread ``By`` opens them.
    barred = "|" in text[start:end] or ("|" in text[end:line_end] and not unread)
    # Only a stamp's bar sets them apart: they must read as names (``Local News | 2
    # hours ago``, ``Hong Kong | Yesterday`` name no one).
    stamped = prefix is None and "|" not in text[start:end] and barred
    local = prefix is not None and prefix["local"] is not None
    names_start = prefix.end() if prefix else start
    if local or (prefix is not None and prefix["label"] is not None):
        # ``AUTOR: von Jana Schmidt``: a label, then a By of its own.
        inner = _regex.match(_PREFIX_RE, text, names_start, end)
        if inner is not None and inner["local"] is None:
            names_start = inner.end()
    names_end = end
    if prefix is None and holds_any(text[start:end], "\uae30\uc6d0"):  # 기자, 특파원
        after = _regex.fullmatch(_ROLE_AFTER_RE, text, start, end)
        if after is not None:
            local, names_start, names_end = True, after.start("names"), after.end("names")
    if not local and prefix is None and require_prefix and not barred:
        return None
    if prefix is not None and "," in text[names_start:names_end]:
        note = _regex.search(_WRITER_NOTE_RE, text, names_start, names_end)
        # A note about the writer names a role (``By Jo Roe, a senior reporter covering
        # ...``) or tells of the writer after ``who`` (``By Jo Roe, who has covered the
        # courts since 2009``); ``By March, the ferry was running again`` is a sentence,
        # and ``By Jo Roe, a staff writer, and Sam Poe`` names a second writer.
        if (
            note is not None
            and (
                note["who"] is not None
                or _regex.search(_WRITER_NOTE_WORDS_RE, text, note.end(), names_end) is not None
            )
            and not _names_second_writer(text, note.end(), names_end)
        ):
            names_end = note.start()
    places: list[Span] = []
    dash_outlet: Span | None = None
    if "," in text[names_start:names_end] and holds_any(
        text[names_start:names_end], "\u2013\u2014"
    ):
        # ``Por Ana Lima, g1 SP \u2014 São Paulo``: the place the names report from.
        dashed = _dash_place(text, names_start, names_end)
        if dashed is not None:
            names_end, place = dashed
            places.append(place)
            # Between the last comma and the dash, the portal and its regional desk
            # (``g1 SP``, ``Portal Notícias RJ``, ``TV Globo``): a word in capitals of
            # two to four letters or a digit marks it. So is any piece there that does
            # not join names (``Valor Econômico``, ``Agência Brasil``): writers after a
            # first one are joined by ``e`` (``Ana Lima e João Souza``), and a paper's
            # name read as a writer's is worse than none.
            comma = text.rfind(", ", names_start, names_end)
            desk = text[comma + 2 : names_end]
            if comma > names_start and (
                _marks_desk(desk) or not any(word in desk for word in _JOINING_WORDS)
            ):
                dash_outlet = Span(comma + 2, names_end)
                names_end = comma
    if local and holds_any(text[names_start:names_end], ":\uff1a"):
        cut = _regex.search(_NEXT_LABEL_RE, text, names_start, names_end)
        if cut is not None:
            names_end = cut.start()
    if local and holds_any(text[names_start:names_end], "/\uff0f"):
        where = _regex.search(_REPORTED_FROM_RE, text, names_start, names_end)
        if where is not None:
            places.append(Span(*where.span("place")))
            names_end = where.start()
    found_credits: tuple[tuple[Credit, Span], ...] = ()
    credit = _closing_credit(text, names_start, names_end)
    if credit is not None:
        if _names_credited(credit["names"]):
            names = tuple(n for n in _CREDIT_NAMES_SPLIT_RE.split(credit["names"]) if n)
            # ``Edited by`` credits the editing, as an ``Edited by`` line does.
            role = _CREDIT_ROLES.get(caseless(credit["role"]), caseless(credit["role"]))
            found_credits = ((Credit(role=role, names=names), Span(*credit.span("credit"))),)
        # Else a link to the story's video or photos (``| Video: Watch the launch``):
        # no credit, and no part of the names.
        names_end = credit.start()
    organization: str | None = None if dash_outlet is None else dash_outlet.of(text)
    label = None
    if holds_any(text[names_start:end], _DASHES):
        label = _regex.search(_LABEL_SUFFIX_RE, text, names_start, end)
    if label is not None:
        names_end = label.start()
    suffix = None
    if (whole := canonical_agency(text[names_start:names_end])) is not None:
        # ``By The Associated Press``: the agency alone, its article included.
        organization, names_end = whole, names_start
    elif holds_any(text[names_start:names_end].casefold(), (" for ", "special to ")):
        suffix = _regex.search(_FOR_OUTLET_RE, text, names_start, names_end)
    if suffix is None and organization is None:
        suffix = _regex.search(_ORG_SUFFIX_RE, text, names_start, names_end)
    if suffix is not None:
        organization = canonical_agency(suffix["org"]) or suffix["org"]
        names_end = suffix.start()
    authors: list[Span] = []
    # After ``By``, or after a label in Latin letters (``Reporter:``, ``Oleh:``), no
    # name opens with ``The`` or ``How`` (``Reporter: How Much Will It Cost``).
    english = (
        prefix is not None
        and prefix["foreign"] is None
        and (not local or prefix.group()[:1].isascii())
    )
    with_joins = (prefixed or prefix is not None) and not local
    pieces = _pieces(text, names_start, names_end, with_joins=with_joins)
    if local and prefix is not None and text[prefix.start()] == "\u03a4":
        pieces = [cut for piece in pieces for cut in _greek_pieces(text, *piece)]
    places_from = _places_from(text, pieces)
    addressed = "@" in text[names_start:names_end]
    for i, (piece_start, piece_end) in enumerate(pieces):
        a = piece_start  # a role before the names moves it on
        b = piece_end  # a place after ``in`` moves it back
        if addressed and "@" in text[a:b]:
            if _regex.fullmatch(_ADDRESS_RE, text, a, b) is not None:
                continue  # ``By Jo Roe and @SamPoe``: a handle is no name
            b = _before_address(text, a, b)  # ``By Jo Roe @joroe and Sam Poe``
        lone = _regex.fullmatch(_LONE_PLACE_RE, text, a, b) if authors or organization else None
        if lone is not None:
            places.append(Span(*lone.span("place")))
            continue
        where = _regex.search(_IN_PLACE_RE, text, a, b) if " " in text[a:b] else None
        if where is not None:
            places.append(Span(*where.span("place")))
            b = where.start()
        piece = text[a:b]
        if caseless(piece).rstrip(".") in _ANONYMOUS:
            continue  # ``By Anonymous``: the writer unnamed, no name
        agency = canonical_agency(piece)
        if (
            agency is None
            and authors
            and (_after_comma(text, pieces, i) or _after_bar(text, pieces, i))
        ):
            agency = _agency_desk(piece)  # ``By Jane Doe, Reuters Health``: the agency's desk
        if agency is None and piece[:2] in _ELIDED_ARTICLES:
            agency = canonical_agency(piece[2:])  # ``Par Marie Dupont et l'AFP``
        if agency is not None:
            organization = organization or agency
            continue
        if authors and _after_comma(text, pieces, i) and _names_numbered_post(piece):
            continue  # ``By Amy Lund, U23 Coach``: her post, no outlet
        if (
            authors
            and _after_comma(text, pieces, i)
            and (_names_outlet_after_comma(piece) or _names_numbered_outlet(piece))
        ):
            # ``By Jo Roe and Sam Poe, Tribune News Service``, ``..., Fox News``: the
            # outlet the names write for, before a role's words in it are read; so is
            # one a number marks (``Por Ana Lima, g1 Campos Altos``).
            organization = organization or piece
            continue
        if " The " in piece and (name_end := _outlet_after_name(piece)) is not None:
            # ``By Jane Doe The Washington Post``: no comma before the paper's name.
            authors.append(Span(a, a + name_end))
            organization = organization or piece[name_end + 1 :]
            continue
        if _regex.search(_ROLE_RE, piece) is not None:
            tail = _role_tail(text, a, b)
            role_head = _role_head(text, a, b) if tail is None and not authors else None
            if role_head is not None:
                a, head_agency = role_head  # ``Xinhua writers Li Ming``: the names after it
                organization = organization or head_agency
                piece = text[a:b]
            elif tail is None:
                words_agency = _agency_in(piece.split())
                if words_agency is not None:
                    organization = organization or words_agency
                elif not authors and organization is None and piece[:1].isupper():
                    organization = piece
                continue
            else:
                b, tail_agency = tail  # ``JANE DOE AP Medical Writer``: the names before it
                organization = organization or tail_agency
                piece = text[a:b]
        if authors and _after_comma(text, pieces, i) and _regex.fullmatch(_NAME_SUFFIX_RE, piece):
            authors[-1] = Span(authors[-1].start, b)  # ``Martin Luther King, Jr.``
            continue
        # After ``By`` as after a label of another language (``Written By : <name>``
        # in Devanagari on a Hindi page).
        if (local or prefix is not None) and _regex.fullmatch(_UNCASED_NAME_RE, piece) is not None:
            authors.extend(_uncased_names(text, a, b))
            continue
        if _regex.fullmatch(_NAME_RE, piece) is None or len(piece.split()) > 5:  # noqa: PLR2004
            pair = _joined_pair(text, a, b)
            if pair is None:
                return None
            authors.extend(pair)  # ``Marco Rossi e Giulia Bianchi``, ``... en Tom Bakker``
            continue
        if authors and piece.startswith("The ") and _in_place_table(piece.split()):
            places.append(Span(a, b))  # ``By Jane Doe, The Hague``: her base, no outlet
            continue
        if (
            prefix is not None
            and prefix["foreign"] is not None
            and piece.startswith(
                _ARTICLES_OF_BY.get(prefix["foreign"].strip().casefold(), _FOREIGN_OUTLET_ARTICLES)
            )
        ):
            # ``Par Le Figaro``, ``Por El Diario del Sur``: a paper's name opens with an
            # article, as in ``By The Daily Post``; no writer's does.
            organization = organization or piece
            continue
        if english:
            first, *rest = piece.casefold().split()
            if "the" in rest:
                return None  # ``By Winning The Seat``: no name holds ``the``
            if first in _NOT_NAME_STARTS:
                if not authors:
                    return None  # ``By Tuesday``, ``By The End Of The Year``
                organization = organization or piece  # ``By Jane Doe, The Daily Post``
                continue
        if (
            authors
            and _after_bar(text, pieces, i)
            and _names_outlet(piece, capitals=not any(a.of(text).isupper() for a in authors))
        ):
            # ``Jane Doe | USA TODAY``, ``Jane Doe | The Clarion Ledger``: the outlet;
            # after names in capitals, capitals tell no outlet (``JANE DOE | SAM ROE``).
            organization = organization or piece
            continue
        if authors and _regex.fullmatch(_ACRONYM_ORG_RE, piece) is not None:
            # ``..., Tom Watkins, CNN`` or ``Jill Disis, CNN Business``: the outlet.
            organization = organization or piece
            continue
        if authors and _after_comma(text, pieces, i) and piece.startswith(_OUTLET_ARTICLES):
            # ``By Ann Poe and Jo Roe, The Daily Star``: no name opens with an article,
            # a paper's does (and a few places', read above).
            organization = organization or piece
            continue
        if i >= places_from:
            places.append(Span(a, b))  # ``By Jane Doe, Washington``: her base
            continue
        if (
            authors
            and text[a - 1 : a] == "("
            and (" " not in piece or _in_place_table(piece.split()))
        ):
            places.append(Span(a, b))  # ``By Jane Doe (London)``: her base, in brackets
            continue
        if prefix is None and _names_place(piece.split()):
            places.append(Span(a, b))  # ``Hong Kong | Reuters``: the agency's, from there
            continue
        if prefix is not None and _in_place_table(piece.split()):
            places.append(Span(a, b))  # ``By Hong Kong``: a place, no writer
            continue
        if prefix is None and not authors and _names_publication(piece.split()):
            organization = organization or piece  # ``New York Times | Staff``: the paper's
            continue
        authors.append(Span(a, b))
    if not authors and organization is None:
        return None
    # ``Ana Ruiz y Luis Gómez`` reads as one name (``y`` joins a name's parts, as in
    # ``José Ortega y Gasset``); a given name and a surname on each side are two people.
    authors = [h for s in authors for h in _joined_pair(text, s.start, s.end) or [s]]
    byline = Byline(
        authors=tuple(s.of(text) for s in authors),
        organization=organization,
        text=text[start:end],
    )
    found = BylineMatch(
        byline=byline,
        span=Span(start, end),
        author_spans=tuple(authors),
        places=tuple(places),
        credits=found_credits,
    )
    return None if stamped and not reads_as_names(found) else found


# Words of a page's labels and buttons, never of a person's name: ``Breaking News``,
# ``Live Updates``, ``Listen Now`` or ``Follow Us`` beside the date is no byline.
_PAGE_WORDS = frozenset((
    "breaking", "news", "live", "latest", "update", "updates", "now", "us", "video",
    "videos", "watch", "listen", "podcast", "photos", "gallery", "newsletter", "subscribe",
    "follow", "share", "contact", "sponsored", "advertisement", "highlights", "takeaways",
    "alert", "alerts",
    # Section and topic labels set between a headline and its date name institutions
    # and places (``Supreme Court``, ``City Council``, ``Middle East``), not people.
    "court", "council", "ministry", "parliament", "government", "department", "police",
    "university", "committee", "party", "congress", "senate", "agency", "company",
    "bank", "market", "markets", "economy", "business", "politics", "sport", "sports",
    "world", "east", "west", "north", "south", "county", "city", "state", "states",
    "kingdom", "union", "minister", "president", "election", "elections", "climate",
    "health", "science", "technology", "opinion", "analysis", "culture", "section",
    "railway", "railways", "airport", "airlines", "motors",
    # A feature's label over the date (``In Depth``, ``At A Glance``, ``In Pictures``).
    "depth", "glance", "pictures", "explained", "explainer",
    # A press release's and a bulletin's labels set where a byline stands
    # (``FOR IMMEDIATE RELEASE``, ``Media Release``, ``Morning Briefing``).
    "release", "releases", "briefing", "edition", "statement", "bulletin",
    # ``News`` as pages in the other languages read write it (``Kabar Pagi``, ``Berita
    # Harian``); not Turkish ``Haber``, a surname too.
    "kabar", "berita", "haberler", "noticias", "notizie", "nieuws", "nachrichten",
    "actualit\u00e9s", "wiadomo\u015bci", "\u043d\u043e\u0432\u043e\u0441\u0442\u0438",
    # and in the scripts with no capitals a bare name is read in
    # (:func:`read_spaced_uncased_name`): Arabic ``أخبار`` and ``عاجل`` (news, breaking),
    # Hindi ``समाचार``, ``ख़बर`` and ``न्यूज़`` (news).
    "\u0623\u062e\u0628\u0627\u0631", "\u0627\u062e\u0628\u0627\u0631", "\u0639\u0627\u062c\u0644",
    "\u0938\u092e\u093e\u091a\u093e\u0930", "\u0916\u092c\u0930", "\u0916\u093c\u092c\u0930",
    "\u0928\u094d\u092f\u0942\u091c\u093c", "\u0928\u094d\u092f\u0942\u091c",
))  # fmt: skip

# Weekdays written in two capitalised words, as a given name and a surname are: the
# Vietnamese ``Thứ Hai`` to ``Thứ Bảy`` and ``Chủ Nhật`` (``Thứ Sáu, 28/03/2025`` dates
# a page; no writer signs it).
_SPACED_WEEKDAYS = frozenset((
    "th\u1ee9 hai", "th\u1ee9 ba", "th\u1ee9 t\u01b0", "th\u1ee9 n\u0103m", "th\u1ee9 s\u00e1u",
    "th\u1ee9 b\u1ea3y", "ch\u1ee7 nh\u1eadt",
))  # fmt: skip

#: The words of an institution's name, lower case (``PINEHURST SCHOOL``, ``Greyfield
#: Academy Trust``). Each is a surname too (``Jane Office``, ``Marta Trust``, ``Peter
#: School``), so it is an institution's word only in a name in capitals throughout or
#: of more than two words: a given name and such a surname stay a person's.
_INSTITUTION_WORDS = frozenset(("academy", "school", "college", "trust", "office"))
#: The words that open an office's name in two words, no given name (``Press Office``,
#: ``Head Office``, ``Communications Office``), lower case: such a name is no person's
#: in title case either.
_OFFICE_OPENERS = frozenset((
    "press", "head", "home", "foreign", "news", "media", "communications", "sales",
    "box", "ticket", "post", "registry", "information", "public", "central", "main",
))  # fmt: skip

#: The most words in one name read without a ``By``.
MAX_BARE_NAME_WORDS = 4


def reads_as_names(found: BylineMatch) -> bool:
    """Whether a byline read without ``By`` names people, not a section or a button.

    A page sets words with no ``By`` before its date or a stamp (``Jane Doe |
    Yesterday``) where a section's label or a place stands as often
    (``Local News | 2 hours ago``, ``New York, March 14, 2024``).

    Each author has a given name and a surname (at most :data:`MAX_BARE_NAME_WORDS`
    words), or is one word with a capital inside it, as a blog or a site signs
    (``LinkNaija``): ``Business`` or ``Photos`` alone is a section. No word is a page
    label's (``Breaking News``, ``Follow Us``, ``In Depth``) or a section's (``Supreme Court``,
    ``Middle East``, ``Climate Change``) or, in capitals or in more than two words, an
    institution's (``PINEHURST SCHOOL``, ``Press Office``: ``Jane Office`` is a
    name), and no name is a
    place's or a storm's
    (:func:`_names_place`: ``New York``, ``Storm Ivy``). A joining word after one word
    (``Procter y Gamble``) parts two names of one word each, as ``and`` would. A name
    that a US state's abbreviation follows (``Mesa Valley, Colo.``:
    :data:`~newsparse.vocab.STATE_ABBREVIATIONS`) is a town's. A weekday in two words
    (Vietnamese ``Thứ Sáu``, Friday) is no name.

    Examples:
        >>> [reads_as_names(read_byline(t, require_prefix=False))
        ...  for t in ("Jane Doe", "JANE DOE and Sam Roe", "HarbourNews", "Business",
        ...            "Breaking News", "Supreme Court", "Procter y Gamble",
        ...            "Mesa Valley, Colo.", "Jane Doe, Denver")]
        [True, True, True, False, False, False, False, False, True]
        >>> read_byline("Hong Kong", require_prefix=False) is None  # a place, no author
        True
    """
    if not found.byline.authors:
        return False
    if found.places and caseless(found.byline.text.rpartition(", ")[2]) in STATE_ABBREVIATIONS:
        return False
    for name in found.byline.authors:
        words = name.split()
        if any(caseless(w) in _PAGE_WORDS for w in words) or _names_place(words):
            return False
        if (
            len(words) > 2  # noqa: PLR2004 - more than a given name and a surname
            or name.isupper()
            or caseless(words[0]) in _OFFICE_OPENERS
        ) and any(caseless(w) in _INSTITUTION_WORDS for w in words):
            return False
        if caseless(name) in _SPACED_WEEKDAYS:
            return False
        if len(words) > 2 and words[1] in NAME_JOINS and words[1].islower():  # noqa: PLR2004
            return False
        if len(words) == 1:
            word = words[0]
            if not any(a.islower() and z.isupper() for a, z in itertools.pairwise(word)):
                return False
        elif len(words) > MAX_BARE_NAME_WORDS:
            return False
    return True


#: The most words of a Vietnamese name (``Nguyễn Thị Minh Anh``).
MAX_VIETNAMESE_NAME_WORDS = 4


# Letters only Vietnamese writes among languages in Latin letters: o and u with a horn,
# d with a stroke, a with a breve, and the vowels under a dot or a hook (U+1EA0-U+1EF9).
_VIETNAMESE_LETTER_RE = regex.compile(
    r"[\u01a0\u01a1\u01af\u01b0\u0110\u0111\u0102\u0103\u1ea0-\u1ef9]"
)


def writes_vietnamese(text: str) -> bool:
    """Whether ``text`` holds a letter only Vietnamese writes (``ơ``, ``ư``, ``đ``, ``ạ``).

    A Vietnamese family name signs a story in Vietnamese: ``Mai``, ``Cao``, ``Chu``
    open English phrases too (``Mai Tai Night``).

    Examples:
        >>> [writes_vietnamese(t) for t in (
        ...     "Giá vé được giữ nguyên.", "The bar reopened on Friday.", "Le café a rouvert.")]
        [True, False, False]
    """
    return _regex.search(_VIETNAMESE_LETTER_RE, text) is not None


def reads_as_vietnamese_name(text: str) -> bool:
    """Whether ``text`` is a Vietnamese person's name alone, by its family name.

    Two to :data:`MAX_VIETNAMESE_NAME_WORDS` capitalised words, the first a family
    name of :data:`~newsparse.vocab.VIETNAMESE_SURNAMES`, and not a place so named
    (:data:`~newsparse.vocab.VIETNAMESE_PLACES_AS_NAMES`).

    Examples:
        >>> [reads_as_vietnamese_name(t) for t in (
        ...     "Nguyễn Văn An", "Trần Thị Mai", "Hồ Chí Minh", "Minh Anh", "Nguyễn", "Jane Doe")]
        [True, True, False, False, False, False]
    """
    words = text.split()
    return (
        2 <= len(words) <= MAX_VIETNAMESE_NAME_WORDS  # noqa: PLR2004 - two names at least
        and words[0] in VIETNAMESE_SURNAMES
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and caseless(text) not in VIETNAMESE_PLACES_AS_NAMES
    )


def _names_publication(words: Sequence[str]) -> bool:
    """Whether the words of a name name a newspaper: two or more, the last a paper's.

    Examples:
        >>> [_names_publication(n.split()) for n in (
        ...     "New York Times", "Daily Post", "Jane Doe", "Times")]
        [True, True, False, False]
    """
    return len(words) >= 2 and caseless(words[-1]) in PUBLICATION_WORDS  # noqa: PLR2004


def _in_place_table(words: Sequence[str]) -> bool:
    """Whether ``words``, folded, are a name of :data:`~newsparse.vocab.PLACE_NAMES`.

    Examples:
        >>> _in_place_table(["The", "Hague"]), _in_place_table(["Jane", "Doe"])
        (True, False)
    """
    return " ".join(caseless(w) for w in words) in PLACE_NAMES


# A Russian place's name opens with an adjective (Lower, Great, Old, New, Northern:
# ``Нижний Новгород``, ``Великий Новгород``, ``Старый Оскол``, ``Южная Корея``,
# ``Набережные Челны``), whose endings no given name has: ``-ый``, ``-кий``, ``-жний``
# and its kin (``Дмитрий``, ``Евгений``, ``Василий`` end in ``-ий`` otherwise), and
# after two letters or more, ``-ая``, ``-яя``, ``-ые`` and their kin (-oe, -ie). Not
# the endings of surnames, which a byline may set before the given name (``Ковальская
# Анна``, ``Жуковский Олег``, Ukrainian ``Ковальський Андрій``): ``-ский``, ``-цкий``,
# ``-ская``, ``-цкая``, nor ``-ой`` (``Толстой Андрей``; Bulgarian ``Благой`` is a
# given name).
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_CYRILLIC_PLACE_ADJECTIVE_RE = regex.compile(
    r"\G\p{Lu}\p{Ll}{0,20}+(?<=\p{Cyrillic})(?:(?<=\u044b\u0439)"
    r"|(?<=(?:(?<![\u0441\u0446]\u044c?)\u043a|[\u0436\u0445\u0434\u0448\u0439]\u043d"
    r"|\u043b\u044c\u043d)\u0438\u0439)"
    r"|(?<=\p{Ll}{2}(?:(?<![\u0441\u0446]\u043a)\u0430\u044f|\u044f\u044f|\u043e\u0435|\u0438\u0435"
    r"|\u044b\u0435)))"
)


# Common Russian and Ukrainian given names: after a surname shaped as a place's adjective
# (``Бережная Ольга``, ``Лесной Андрей``, ``Черный Олег``) they tell a writer, where a
# place's adjective goes before a noun (``Южная Корея``, ``Красная Поляна``).
_CYRILLIC_GIVEN_NAMES_TEXT = (
    "\u0430\u043d\u043d\u0430 \u043c\u0430\u0440\u0438\u044f "
    "\u043e\u043b\u044c\u0433\u0430 \u0435\u043b\u0435\u043d\u0430 "
    "\u043d\u0430\u0442\u0430\u043b\u044c\u044f "
    "\u043d\u0430\u0442\u0430\u043b\u0438\u044f "
    "\u0442\u0430\u0442\u044c\u044f\u043d\u0430 \u0438\u0440\u0438\u043d\u0430 "
    "\u0441\u0432\u0435\u0442\u043b\u0430\u043d\u0430 "
    "\u0435\u043a\u0430\u0442\u0435\u0440\u0438\u043d\u0430 \u044e\u043b\u0438\u044f "
    "\u0430\u043d\u0430\u0441\u0442\u0430\u0441\u0438\u044f "
    "\u0434\u0430\u0440\u044c\u044f \u043a\u0441\u0435\u043d\u0438\u044f "
    "\u043c\u0430\u0440\u0438\u043d\u0430 \u0433\u0430\u043b\u0438\u043d\u0430 "
    "\u043b\u044e\u0434\u043c\u0438\u043b\u0430 "
    "\u043d\u0430\u0434\u0435\u0436\u0434\u0430 "
    "\u0432\u0430\u043b\u0435\u043d\u0442\u0438\u043d\u0430 "
    "\u0432\u0438\u043a\u0442\u043e\u0440\u0438\u044f \u0430\u043b\u0435\u043d\u0430 "
    "\u0430\u043b\u0451\u043d\u0430 "
    "\u0430\u043b\u0435\u043a\u0441\u0430\u043d\u0434\u0440\u0430 "
    "\u0435\u0432\u0433\u0435\u043d\u0438\u044f \u0432\u0435\u0440\u0430 "
    "\u043b\u044e\u0431\u043e\u0432\u044c \u043f\u043e\u043b\u0438\u043d\u0430 "
    "\u0441\u043e\u0444\u044c\u044f \u0441\u043e\u0444\u0438\u044f "
    "\u0430\u043b\u0438\u043d\u0430 \u043e\u043a\u0441\u0430\u043d\u0430 "
    "\u043a\u0440\u0438\u0441\u0442\u0438\u043d\u0430 "
    "\u0435\u043b\u0438\u0437\u0430\u0432\u0435\u0442\u0430 \u044f\u043d\u0430 "
    "\u0432\u0430\u043b\u0435\u0440\u0438\u044f "
    "\u0432\u0435\u0440\u043e\u043d\u0438\u043a\u0430 "
    "\u043b\u0430\u0440\u0438\u0441\u0430 \u0438\u043d\u043d\u0430 "
    "\u043d\u0438\u043d\u0430 \u0442\u0430\u043c\u0430\u0440\u0430 "
    "\u0436\u0430\u043d\u043d\u0430 \u0434\u0438\u0430\u043d\u0430 "
    "\u043e\u043b\u0435\u0441\u044f "
    "\u043c\u0430\u0440\u0433\u0430\u0440\u0438\u0442\u0430 "
    "\u0443\u043b\u044c\u044f\u043d\u0430 \u0430\u0440\u0438\u043d\u0430 "
    "\u043a\u0430\u0440\u0438\u043d\u0430 \u043e\u043b\u0435\u043d\u0430 "
    "\u0442\u0435\u0442\u044f\u043d\u0430 \u0456\u0440\u0438\u043d\u0430 "
    "\u044e\u043b\u0456\u044f \u043a\u0430\u0442\u0435\u0440\u0438\u043d\u0430 "
    "\u043c\u0430\u0440\u0456\u044f \u0433\u0430\u043d\u043d\u0430 "
    "\u0430\u043b\u0435\u043a\u0441\u0430\u043d\u0434\u0440 "
    "\u0430\u043b\u0435\u043a\u0441\u0435\u0439 \u0430\u043d\u0434\u0440\u0435\u0439 "
    "\u0441\u0435\u0440\u0433\u0435\u0439 \u0434\u043c\u0438\u0442\u0440\u0438\u0439 "
    "\u0438\u0432\u0430\u043d \u043c\u0438\u0445\u0430\u0438\u043b "
    "\u043d\u0438\u043a\u043e\u043b\u0430\u0439 \u043e\u043b\u0435\u0433 "
    "\u043f\u0430\u0432\u0435\u043b \u0432\u043b\u0430\u0434\u0438\u043c\u0438\u0440 "
    "\u0438\u0433\u043e\u0440\u044c \u0435\u0432\u0433\u0435\u043d\u0438\u0439 "
    "\u043c\u0430\u043a\u0441\u0438\u043c \u0430\u0440\u0442\u0435\u043c "
    "\u0430\u0440\u0442\u0451\u043c \u0430\u043d\u0442\u043e\u043d "
    "\u0432\u0438\u043a\u0442\u043e\u0440 \u044e\u0440\u0438\u0439 "
    "\u0440\u043e\u043c\u0430\u043d \u0434\u0435\u043d\u0438\u0441 "
    "\u0438\u043b\u044c\u044f \u043a\u0438\u0440\u0438\u043b\u043b "
    "\u043a\u043e\u043d\u0441\u0442\u0430\u043d\u0442\u0438\u043d "
    "\u043d\u0438\u043a\u0438\u0442\u0430 \u0435\u0433\u043e\u0440 "
    "\u0433\u0440\u0438\u0433\u043e\u0440\u0438\u0439 \u0431\u043e\u0440\u0438\u0441 "
    "\u0432\u0430\u0434\u0438\u043c \u0432\u0430\u0441\u0438\u043b\u0438\u0439 "
    "\u043f\u0435\u0442\u0440 \u043f\u0451\u0442\u0440 "
    "\u0441\u0442\u0435\u043f\u0430\u043d \u0442\u0438\u043c\u0443\u0440 "
    "\u0444\u0435\u0434\u043e\u0440 \u0444\u0451\u0434\u043e\u0440 "
    "\u0433\u0435\u043e\u0440\u0433\u0438\u0439 \u043b\u0435\u043e\u043d\u0438\u0434 "
    "\u0441\u0442\u0430\u043d\u0438\u0441\u043b\u0430\u0432 "
    "\u0430\u043d\u0430\u0442\u043e\u043b\u0438\u0439 "
    "\u0432\u0430\u043b\u0435\u0440\u0438\u0439 "
    "\u0433\u0435\u043d\u043d\u0430\u0434\u0438\u0439 "
    "\u0432\u044f\u0447\u0435\u0441\u043b\u0430\u0432 "
    "\u0430\u043d\u0434\u0440\u0456\u0439 "
    "\u043e\u043b\u0435\u043a\u0441\u0430\u043d\u0434\u0440 "
    "\u0441\u0435\u0440\u0433\u0456\u0439 \u0434\u043c\u0438\u0442\u0440\u043e "
    "\u043c\u0438\u0445\u0430\u0439\u043b\u043e "
)
_CYRILLIC_GIVEN_NAMES = frozenset(_CYRILLIC_GIVEN_NAMES_TEXT.split())
# Adjectives that open a saint's or a place's name before a given name (``Святая Анна``,
# a church; ``Великий Иван``), no surname.
_CYRILLIC_TITLE_ADJECTIVES_TEXT = (
    "\u0441\u0432\u044f\u0442\u0430\u044f \u0441\u0432\u044f\u0442\u044b\u0439 "
    "\u0432\u0435\u043b\u0438\u043a\u0430\u044f "
    "\u0432\u0435\u043b\u0438\u043a\u0438\u0439 \u043d\u043e\u0432\u0430\u044f "
    "\u043d\u043e\u0432\u044b\u0439 \u0441\u0442\u0430\u0440\u0430\u044f "
    "\u0441\u0442\u0430\u0440\u044b\u0439 \u043c\u0430\u043b\u0430\u044f "
    "\u043c\u0430\u043b\u044b\u0439 \u0431\u043e\u043b\u044c\u0448\u0430\u044f "
    "\u0431\u043e\u043b\u044c\u0448\u043e\u0439 "
    "\u043a\u0440\u0430\u0441\u043d\u0430\u044f "
    "\u043a\u0440\u0430\u0441\u043d\u044b\u0439 \u0431\u0435\u043b\u0430\u044f "
    "\u0431\u0435\u043b\u044b\u0439 \u0432\u0435\u0440\u0445\u043d\u044f\u044f "
    "\u0432\u0435\u0440\u0445\u043d\u0438\u0439 \u043d\u0438\u0436\u043d\u044f\u044f "
    "\u043d\u0438\u0436\u043d\u0438\u0439 "
)
_CYRILLIC_TITLE_ADJECTIVES = frozenset(_CYRILLIC_TITLE_ADJECTIVES_TEXT.split())


def _names_place(words: Sequence[str]) -> bool:
    """Whether the words of a name name a place or a storm, not a writer.

    The name is one of :data:`~newsparse.vocab.PLACE_NAMES`, or opens or closes with
    one of :data:`~newsparse.vocab.PLACE_WORDS`.

    Examples:
        >>> [_names_place(n.split()) for n in (
        ...     "New York", "Mount Vernon", "Staten Island", "Storm Ivy", "Lee Township",
        ...     "Jane Doe", "Virginia Woolf", "Joe Falls")]
        [True, True, True, True, True, False, False, False]
        >>> [_names_place(n.split()) for n in ("Южная Корея", "Бережная Ольга", "Святая Анна")]
        [True, False, True]
    """
    if len(words) < 2:  # noqa: PLR2004 - a given name and a surname
        return False
    return (
        _in_place_table(words)
        or caseless(words[0]) in PLACE_WORDS["first"]
        or caseless(words[-1]) in PLACE_WORDS["last"]
        or (
            _regex.fullmatch(_CYRILLIC_PLACE_ADJECTIVE_RE, words[0]) is not None
            # A surname before the given name: ``Бережная Ольга``.
            and not (
                len(words) == 2  # noqa: PLR2004
                and words[1].lower() in _CYRILLIC_GIVEN_NAMES
                and words[0].lower() not in _CYRILLIC_TITLE_ADJECTIVES
            )
        )
    )


def find_labelled_byline(text: str, pos: int = 0, endpos: int | None = None) -> BylineMatch | None:
    """Read a byline that a label of another language opens inside ``text[pos:endpos]``.

    Pages in other languages set the byline's label after other labelled parts of a
    line (``来源:北方日报 作者:王晓东``: a source, then the author); the last such
    label that opens a byline with authors is read, to the end of the region.

    Examples:
        >>> text = "来源:北方日报 作者:王晓东"
        >>> find_labelled_byline(text).byline.authors
        ('王晓东',)
        >>> find_labelled_byline("Source: the Herald") is None
        True
    """
    end = len(text) if endpos is None else endpos
    if not holds_any(text[pos:end], ":\uff1a"):
        return None
    starts = [m.start() for m in _regex.finditer(_INNER_LABEL_RE, text, pos, end)]
    for start in reversed(starts):
        found = read_byline(text, start, end)
        if found is not None and found.byline.authors:
            return found
    return None


def read_agency_signature(text: str, pos: int = 0, endpos: int | None = None) -> str | None:
    """The agency a Japanese page signs a story with, in brackets: Kyodo's, for one.

    Examples:
        >>> read_agency_signature("\uff08\u5171\u540c\uff09"), read_agency_signature("(Reuters)")
        ('Kyodo', None)
    """
    end = len(text) if endpos is None else endpos
    start, end = _trim_blank(text, pos, end)
    m = _regex.fullmatch(_SIGNATURE_RE, text, start, end)
    return None if m is None else JAPANESE_AGENCY_SIGNATURES.get(m["names"])


def read_signature(text: str, pos: int = 0, endpos: int | None = None) -> BylineMatch | None:
    """Read a line that signs a Japanese article: its reporters' names in brackets.

    Examples:
        >>> read_signature("\uff08山田太郎\uff09").byline.authors
        ('山田太郎',)
        >>> read_signature("\uff08北浜支局\u30fb山田太郎\u3001佐藤花子\uff09").byline.authors
        ('山田太郎', '佐藤花子')
        >>> read_signature("(Reuters)") is None
        True
        >>> read_signature("\uff08\u5171\u540c\uff09") is None  # Kyodo's sign-off
        True
    """
    end = len(text) if endpos is None else endpos
    start, end = _trim_blank(text, pos, end)
    m = _regex.fullmatch(_SIGNATURE_RE, text, start, end)
    if m is None:
        return None
    a, z = m.span("names")
    if text[a:z] in JAPANESE_AGENCY_SIGNATURES:
        # An agency's sign-off (Kyodo's, in brackets as a reporter's name): no writer.
        return None
    names = [Span(*n.span()) for n in _regex.finditer(_SIGNATURE_NAME_RE, text, a, z)]
    byline = Byline(
        authors=tuple(n.of(text) for n in names), organization=None, text=text[start:end]
    )
    return BylineMatch(byline=byline, span=Span(start, end), author_spans=tuple(names))


def read_spaced_uncased_name(
    text: str, pos: int = 0, endpos: int | None = None
) -> BylineMatch | None:
    """Read a line that is one person's name alone, in a script with no capitals.

    A page in Arabic or Hindi signs its article with the writer's name alone over the
    date, as an English page does (``Jane Doe`` / ``14 August 2023``); the capitals that
    tell an English name from a sentence or a label are missing, so the name must be two
    to four spaced words of a script with no capitals and no case (Arabic, Devanagari,
    Hebrew, Thai; not Chinese, Japanese or Korean, whose sections' labels are as short),
    none a function word of any language's table (:data:`~newsparse.stopwords.STOPWORDS`:
    ``ये भी पढ़ें``, read also, is a label). Callers place it (under the headline, over
    the date) and ask :func:`reads_as_names`, whose page words include such labels'
    (``أخبار محلية``, local news).

    Examples:
        >>> read_spaced_uncased_name("سلمى الحداد").byline.authors
        ('سلمى الحداد',)
        >>> [read_spaced_uncased_name(t) is None for t in ("ये भी पढ़ें", "Jane Doe", "刘洋", "अमित")]
        [True, True, True, True]
    """
    end = len(text) if endpos is None else endpos
    start, end = _trim_blank(text, pos, end)
    if _regex.fullmatch(_SPACED_UNCASED_NAME_RE, text, start, end) is None:
        return None
    words = text[start:end].split()
    if any(caseless(w) in _ALL_STOPWORDS for w in words):
        return None
    # A city or a state (``नई दिल्ली``, ``मध्य प्रदेश``), or a section's label (``खेल
    # जगत``, ``رأي القراء``). The Arabic article opens places and sections (``الشرق
    # الأوسط``, the Middle East; ``الدار البيضاء``, Casablanca), which the lists name,
    # and given names too (``العربي بن زيدان``, ``الحسن الورزازي``): alone it tells
    # nothing.
    if text[start:end] in UNCASED_PLACES or any(
        w in UNCASED_PLACES or w in UNCASED_SECTION_WORDS for w in words
    ):
        return None
    name = Span(start, end)
    byline = Byline(authors=(name.of(text),), organization=None, text=name.of(text))
    return BylineMatch(byline=byline, span=name, author_spans=(name,))


# The function words of every language's table: no word of a bare name.
_ALL_STOPWORDS = frozenset(w for words in STOPWORDS.values() for w in words)


def _trim_blank(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t":
        a += 1
    while b > a and text[b - 1] in " \t\r":
        b -= 1
    return a, b


# A byline that opens an article's first paragraph, as Korean agencies and Chinese papers
# set it: ``[서울=뉴시스]김민수 기자 = ...`` (the place, the agency, then the reporter and
# ``기자`` before `` = ``), and ``本报讯`` with the reporter in brackets, ASCII or
# full-width (the paper's own report; ``本报北京3月18日讯`` names the place and the day).
_LEAD_BYLINE_RE = regex.compile(
    r"""
    \[[^\[\]=\n]{1,15}+=(?P<org>[^\[\]=\n]{1,15}+)\]\x20?
    (?P<names>[^=\n]{3,40}?)\x20?=\x20
  | (?:本报|本報)[^\s\uff08(]{0,12}?(?:讯|訊)\x20?
    [\uff08(](?P<bracketed>[^\uff09)\n]{2,30}+)[\uff09)]
    """,
    regex.VERBOSE,
)


def read_lead_byline(text: str, pos: int = 0, endpos: int | None = None) -> BylineMatch | None:
    """Read the byline that opens a paragraph, as Korean and Chinese news copy sets it.

    A Korean agency's lead names the place and the agency in brackets, then the
    reporter, ``기자`` and an equals sign (``[서울=뉴시스]김민수 기자 = 서울시는 ...``):
    the reporter is the author, the agency the organisation. A Chinese paper's own report
    opens ``本报讯`` and names its reporters in brackets (``本报讯`` + ``(记者 张明远)``,
    the brackets full-width). The names must read as a Korean or Chinese byline does
    (:func:`is_local_byline`: a label before them or the role after them); the
    paragraph keeps the text.

    Examples:
        >>> found = read_lead_byline("[서울=뉴시스]김민수 기자 = 서울시는 21일 밝혔다.")
        >>> found.byline.authors, found.byline.organization
        (('김민수',), '뉴시스')
        >>> read_lead_byline("本报讯\uff08记者 张明远 通讯员 李红\uff09连日来").byline.authors
        ('张明远', '李红')
        >>> read_lead_byline("[사진=뉴시스] 서울시청 전경") is None
        True
    """
    end = len(text) if endpos is None else endpos
    m = _regex.match(_LEAD_BYLINE_RE, text, pos, end)
    if m is None:
        return None
    a, z = m.span("names") if m["names"] is not None else m.span("bracketed")
    if not is_local_byline(text, a, z):
        return None
    found = read_byline(text, a, z)
    if found is None:
        return None
    if m["org"] is not None and found.byline.organization is None:
        org = m["org"].strip()
        found = evolve(found, byline=evolve(found.byline, organization=org))
    return found


def is_local_byline(text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether ``text[pos:endpos]`` is a byline a label of another language opens.

    The labels of :data:`~newsparse.vocab.BYLINE_LABELS` and the like (``记者``,
    ``Автор:``, ``Oleh:``), or Korean ``기자`` after the names: such a line names its
    authors as a ``By`` line does, whatever its script.

    Examples:
        >>> is_local_byline("记者 张明远"), is_local_byline("김민수 기자")
        (True, True)
        >>> is_local_byline("By Jane Doe"), is_local_byline("首页 国内")
        (False, False)
    """
    end = len(text) if endpos is None else endpos
    start, end = _trim(text, pos, end)
    prefix = _regex.match(_PREFIX_RE, text, start, end)
    if prefix is None or prefix["local"] is None:
        if not holds_any(text[start:end], "\uae30\uc6d0"):  # 기자, 특파원
            return False
        if _regex.fullmatch(_ROLE_AFTER_RE, text, start, end) is None:
            return False
    found = read_byline(text, start, end)
    return found is not None and bool(found.byline.authors)


def _joined_pair(text: str, a: int, b: int) -> list[Span] | None:
    """Two names that a joining word parts in ``text[a:b]``, or ``None``.

    Examples:
        >>> text = "Sanne Jansen en Tom Bakker"
        >>> [s.of(text) for s in _joined_pair(text, 0, len(text))]
        ['Sanne Jansen', 'Tom Bakker']
        >>> _joined_pair("José Ortega y Gasset", 0, 20) is None
        True
        >>> _joined_pair("Mary Ann E Lee Park", 0, 19) is None
        True
    """
    if NAME_JOINS.isdisjoint(text[a:b].split()):  # the words _WORD_RE finds
        return None
    words = [m.span() for m in _regex.finditer(_WORD_RE, text, a, b)]
    joins = [k for k, (x, y) in enumerate(words) if text[x:y] in NAME_JOINS]
    if len(joins) != 1:
        return None
    k = joins[0]
    if k < 2 or len(words) - k - 1 < 2 or not text[words[k + 1][0]].isupper():  # noqa: PLR2004
        return None
    if text[words[k][0]].isupper() and not text[a:b].isupper():
        return None  # ``E`` in capitals joins names in capitals; elsewhere it is an initial
    first = Span(words[0][0], words[k - 1][1])
    second = Span(words[k + 1][0], words[-1][1])
    if any(_regex.fullmatch(_NAME_RE, text, s.start, s.end) is None for s in (first, second)):
        return None
    return [first, second]


# Roles a Chinese byline sets between its names (correspondent, intern, trainee or
# special reporter, photographer): ``本报记者 张明远 通讯员 李红``.
_CHINESE_ROLES = frozenset((
    "通讯员", "通訊員", "实习生", "實習生", "见习记者", "見習記者", "特约记者", "特約記者",
    "记者", "記者", "摄影", "攝影",
))  # fmt: skip


def _uncased_names(text: str, a: int, b: int) -> list[Span]:
    """The names of ``text[a:b]``, a name in a script with no capitals.

    One name, or each of a run of short Chinese or Korean names (``张明远 李红``,
    ``김민수·이지은``).
    """
    names = [m.span() for m in _regex.finditer(_SHORT_NAME_RE, text, a, b)]
    if len(names) > 1 and sum(y - x for x, y in names) + len(names) - 1 == b - a:
        # A role between the names is none: ``张明远 通讯员 李红``.
        return [Span(x, y) for x, y in names if text[x:y] not in _CHINESE_ROLES]
    return [Span(a, b)]


def read_names_with_role(text: str, pos: int = 0, endpos: int | None = None) -> BylineMatch | None:
    """Read a byline without ``By`` whose names a role follows: ``Jane Doe, Staff Writer``.

    The last piece after a comma or a bar must name a role (``Staff Writer``,
    ``Political Correspondent``, ``Reuters staff``), and at least one author must come
    before it; the role stays in the byline's text, as :func:`read_byline` keeps it.

    Examples:
        >>> read_names_with_role("Jane Doe, Staff Writer").byline.authors
        ('Jane Doe',)
        >>> read_names_with_role("Jane Doe | Political Correspondent").byline.authors
        ('Jane Doe',)
        >>> read_names_with_role("Jane Doe, Sam Roe") is None
        True
    """
    end = len(text) if endpos is None else endpos
    start, end = _trim(text, pos, end)
    cut = max(text.rfind(",", start, end), text.rfind("|", start, end))
    if cut <= start or _regex.search(_ROLE_RE, text, cut + 1, end) is None:
        return None
    found = read_byline(text, start, end, require_prefix=False)
    if found is None or not found.byline.authors:
        return None
    return found


# Where the names of a labelled byline that reads as no names whole may end: a comma, a
# place (``in Paris``), a line break (a role on the next line), a dash or bar before a
# role (``Jo Roe - Staff reporter``), a role with no comma before it (``Jo Roe Staff
# Writer``, ``Jo Roe Political Editor``, ``Jo Roe for The Daily Post``), or an e-mail
# address (``Jo Roe jroe@example.org``). A role after capitalised words cuts only where
# names of two words or more are left (``Our Political Editor`` names nobody), and
# ``Reporter`` is not such a role (``Daily Post Reporter`` is a desk's credit).
# The words that may stand before such a role (``Jo Roe Political Editor``).
_BEATS = (
    "political", "foreign", "home", "diplomatic", "business", "economics", "economic",
    "sports", "sport", "health", "education", "science", "arts", "legal", "defence",
    "defense", "environment", "technology", "transport", "crime", "security", "city",
    "industry", "energy", "media", "travel", "property", "affairs", "social", "news",
    "managing", "executive", "chief", "senior", "deputy", "associate", "assistant",
    "contributing", "staff", "special", "national", "international", "medical", "world",
    "religion", "food", "aviation", "investigative", "legislative", "labor", "labour",
    "markets", "global", "regional", "entertainment", "music", "film",
)  # fmt: skip
# Every cut after white space needs a word, a dash or a bar right after it, so those
# branches are tried only at white space followed by more than white space (``(?=\s\S)``):
# a run of blanks costs one failed look-ahead a character. A line break followed by
# white space is cut by the last branch. The branches keep their order, so every cut
# has the span and groups it had when they stood side by side.
_BYLINE_CUT_RE = regex.compile(
    r"[,;]|(?=\s\S)(?:\s(?:in|at|im|à|en)\s|[\n\r]|\s[-\u2013\u2014|]\s"
    r"|\s(?=(?:staff|senior|chief|special|contributing|associate|assistant|deputy|for)\x20)"
    r"|\s(?=(?P<role>(?:\L<beats>\x20){0,2}+(?:editor|correspondent|writer|columnist)\b))"
    r"|\s(?=[\w.+-]{1,64}+@))|[\n\r]",
    regex.IGNORECASE,
    beats=list(_BEATS),
)
# ``From`` opening a British byline (``From Jo Roe in Paris``); a capital Italian ``Di``
# opening a labelled one (``AUTORE: Di Giulia Ferraresi``; the lower-case ``di`` and
# Dutch ``door`` are _PREFIX_RE's). A capital ``Di`` opens a surname as often (``Di
# Maio``): it is cut only before two names or more.
_FROM_RE = regex.compile(
    r"From\x20++(?=\p{Lu})|(?:Di|DI)\x20++(?=\p{Lu}[\p{L}'\u2019.-]{0,30}+\x20++\p{Lu})"
)


def _inside_role(text: str, pos: int, cut: regex.Match[str]) -> bool:
    """Whether a cut before a role falls inside it: a beat comes right before it."""
    return cut["role"] is not None and text[pos : cut.start()].rsplit(None, 1)[-1].lower() in _BEATS


def split_joined_names(text: str, found: BylineMatch) -> BylineMatch:
    """Split authors that a joining word parts: ``Ana Ruiz y Luis Gómez`` names two.

    :func:`read_byline` splits them itself; this splits those of a byline read
    otherwise. ``y``, ``e``, ``en``, ``dan``, ``ve``, ``и`` or ``i`` with a given name
    and a surname (two words or more) on each side, the second capitalised, stands
    between two people; ``José Ortega y Gasset`` is one.

    Args:
        text: The text the byline was read from (its spans index it).
        found: The byline as read.

    Returns:
        ``found``, with each author so joined split in two (and their spans).

    Examples:
        >>> text = "Ana Ruiz y Luis Gómez"
        >>> whole = BylineMatch(byline=Byline(authors=(text,), organization=None, text=text),
        ...                     span=Span(0, 21), author_spans=(Span(0, 21),))
        >>> split_joined_names(text, whole).byline.authors
        ('Ana Ruiz', 'Luis Gómez')
        >>> text = "José Ortega y Gasset"
        >>> whole = BylineMatch(byline=Byline(authors=(text,), organization=None, text=text),
        ...                     span=Span(0, 20), author_spans=(Span(0, 20),))
        >>> split_joined_names(text, whole) is whole
        True
    """
    spans = [h for s in found.author_spans for h in _joined_pair(text, s.start, s.end) or [s]]
    if len(spans) == len(found.author_spans):
        return found
    authors = tuple(s.of(text) for s in spans)
    return evolve(found, byline=evolve(found.byline, authors=authors), author_spans=tuple(spans))


def read_labelled_byline(text: str, pos: int, endpos: int) -> BylineMatch | None:
    """Read the value of an export's byline field (``BYLINE:``, Factiva's ``BY``).

    The value is read whole first (no ``By`` needed; ``From`` is a prefix too), or
    the names before a cut (a line break, a role) when those are more people (``Jo
    Roe and Sam Poe Staff Writers``); authors ``y`` joins are two (``Ana Ruiz y
    Luis Gómez``; :func:`split_joined_names`); when
    that gives no names, as with ``Jane Doe, Staff Writer (jdoe@example.org)`` or
    ``Jane Doe in Paris``, the names alone are read, up to a comma, place, line break,
    role or e-mail address: the first such cut that leaves names of two words or more
    each, else the first that leaves any. The result's text and span are then those
    of the names.

    Examples:
        >>> read_labelled_byline("Jo Roe, Staff Writer (jroe@example.org)", 0, 39).byline.authors
        ('Jo Roe',)
        >>> read_labelled_byline("Jo Roe jroe@example.org", 0, 23).byline.authors
        ('Jo Roe',)
        >>> read_labelled_byline("From Jo Roe in Paris", 0, 20).byline.authors
        ('Jo Roe',)
        >>> read_labelled_byline("Jo Roe Political Editor", 0, 23).byline.authors
        ('Jo Roe',)
    """
    prefix = _regex.match(_FROM_RE, text, pos, endpos)
    if prefix is not None:
        pos = prefix.end()
    cut = _service_tail(text, pos, endpos)
    if cut is not None:
        names = _labelled_names(text, pos, cut)
        if names is not None and names.byline.authors:
            names = _drop_desks(text, split_joined_names(text, names))
            if names.byline.authors:
                service = " ".join(text[cut:endpos].split())
                whole = Span(names.span.start, trim(text, cut, endpos)[1])
                byline = evolve(names.byline, organization=service, text=whole.of(text))
                return evolve(names, byline=byline, span=whole)
    found = _labelled_names(text, pos, endpos)
    return None if found is None else _drop_desks(text, split_joined_names(text, found))


# The fewest words of a person's name before a news service's (``Jo Roe``).
_MIN_NAME_WORDS = 2
# The longest byline field's value read for a service's name after the writer's.
_MAX_SERVICE_VALUE = 200
# A service's short name in brackets closing a byline field's value: ``(MCT)``.
_SERVICE_SHORT_NAME_RE = regex.compile(r"[\x20\t]++\([A-Z][A-Za-z\-]{1,10}+\)[\x20\t]*+\Z")


def _service_tail(text: str, pos: int, endpos: int) -> int | None:
    """Where a known news service's name closing a byline field's value starts.

    An export's byline field may run the writer's name and the service that sent the
    copy together with no comma (``Jane Doe Cox News Service``). The value's last words
    are such a service when they are one of :data:`~newsparse.vocab.NEWS_SERVICES`
    (compared ignoring case), perhaps with its short name in brackets after it
    (``McClatchy Newspapers (MCT)``), after two words or more; ``None`` else.

    Examples:
        >>> _service_tail("Jane Doe Cox News Service", 0, 25)
        9
        >>> _service_tail("Cox News Service", 0, 16) is None
        True
    """
    value = text[pos:endpos]
    if len(value) > _MAX_SERVICE_VALUE:
        return None
    # The service's short name may close it in brackets (``McClatchy Newspapers (MCT)``).
    short = _regex.search(_SERVICE_SHORT_NAME_RE, value, 0, len(value))
    stop = len(value) if short is None else short.start()
    starts = [m.start() for m in _regex.finditer(_WORD_RE, value, 0, stop)]
    for n in range(_MIN_NAME_WORDS, len(starts) - 1):
        if caseless(" ".join(value[starts[n] : stop].split())) in NEWS_SERVICES:
            return pos + starts[n]
    return None


#: Words that close an outlet's name and no person's (``Kyodo News``, ``Dow Jones
#: Newswires``, ``Press Association``, ``Knight Valley Newspapers``), lower case: not
#: ``Post`` nor ``Press``, which close people's names too (``Emily Post``, ``Frank
#: Press``), nor ``Courier`` and ``Herald``, which do now and then
#: (:data:`_DESK_END_WORDS_APART`).
_DESK_END_WORDS = (PUBLICATION_WORDS - {"post", "courier", "herald"}) | {
    "news", "newswire", "newswires", "service", "services", "agency", "media",
    "association", "network", "radio", "television", "today", "newspaper", "newspapers",
    "publications", "syndicate",
}  # fmt: skip
#: Words that close an outlet's name and, now and then, a person's (``Toronto Star``,
#: ``Darren Star``): an outlet's only set apart from the names before it by a comma,
#: a semicolon or a bar (``Jo Roe; Toronto Star``), never as the first name or joined
#: by ``and``.
_DESK_END_WORDS_APART = frozenset({"star", "mail", "express", "wire", "wires", "courier", "herald"})
#: Words that close an outlet's name of :data:`_LONG_DESK_WORDS` words or more
#: (``Tribune News Service``, ``Kestrel Wire Services``) and, in two, a person's as
#: often (``Robert Service``).
_DESK_END_WORDS_LONG = frozenset({"service", "services"})
_LONG_DESK_WORDS = 3
# Words a title opens a name with after ``The`` (``The Rev. Jo Roe``).
_THE_TITLES = frozenset(
    {"rev", "rev.", "reverend", "hon", "hon.", "honourable", "honorable", "right", "very", "most"}
)
# What sets an author apart from the names before it: a comma, a semicolon or a bar.
_SET_APART_RE = regex.compile(r"[,;|/][\x20\t]*+$")


def _set_apart(text: str, span: Span) -> bool:
    """Whether a comma, a semicolon or a bar sets the author at ``span`` apart."""
    return _regex.search(_SET_APART_RE, text, max(0, span.start - 8), span.start) is not None


def _desk_name(text: str, span: Span, names: Sequence[str]) -> str | None:
    """Whether an author read in a byline field names an outlet or a desk; which.

    A byline field may credit no person: ``The Canadian Press`` (no name opens with
    an article, but for a title: ``The Rev. Jo Roe``), ``Dow Jones Newswires`` or
    ``Press Association`` (two capitalised words or more closing as an outlet's name
    does, :data:`_DESK_END_WORDS`; :data:`_DESK_END_WORDS_APART` only after a comma,
    a semicolon or a bar), ``USA TODAY`` in capitals so set apart from names that are
    not (``Kim Ashford, USA TODAY``), ``Our Foreign Staff`` (a paper's own desk), or
    a lone word before a role (``Guardian staff``, ``Jo Roe; Times Staff Writer``).
    Returns the outlet's name to keep as the organisation (``""`` for a desk named by
    none), or ``None`` for a person.

    Examples:
        >>> text = "Kim Ashford, USA TODAY"
        >>> names = ("Kim Ashford", "USA TODAY")
        >>> _desk_name(text, Span(0, 11), names), _desk_name(text, Span(13, 22), names)
        (None, 'USA TODAY')
        >>> _desk_name("Guardian staff", Span(0, 8), ("Guardian",))
        ''
        >>> _desk_name("Darren Star", Span(0, 11), ("Darren Star",)) is None
        True
        >>> _desk_name("Robert Service", Span(0, 14), ("Robert Service",)) is None
        True
    """
    name = span.of(text)
    words = name.split()
    first = caseless(words[0]) if words else ""
    if first == "our":
        return ""
    if (
        len(words) >= 3  # noqa: PLR2004 - an article and a name of two words or more
        and words[0] in {"The", "THE"}
        and caseless(words[1]) not in _THE_TITLES
    ) or (len(words) == 2 and words[0] in {"The", "THE"}):  # noqa: PLR2004
        return name
    outlet = outlet_words(name)
    if outlet is not None and first not in _ROLE_OPENERS and "," not in name:
        last = caseless(outlet[-1])
        if last in _DESK_END_WORDS_LONG and len(outlet) < _LONG_DESK_WORDS:
            return None  # ``Robert Service``: a given name and a surname
        if last in _DESK_END_WORDS or (last in _DESK_END_WORDS_APART and _set_apart(text, span)):
            return name
    if (
        len(words) >= 2  # noqa: PLR2004
        and name.isupper()
        and any(not n.isupper() for n in names)
        and _set_apart(text, span)
    ):
        return name
    if len(words) == 1:
        after = _regex.match(_WORD_RE, text, span.end + 1, len(text))
        if (
            text[span.end : span.end + 1] == " "
            and after is not None
            and _regex.fullmatch(_ROLE_RE, after.group()) is not None
        ):
            return ""
    return None


def _outlet_before_role(text: str, span: Span) -> tuple[Span, str | None]:
    """An author's name without the outlet's word a role follows, and that outlet.

    ``Jo Roe Sun-Times Staff Reporter`` reads ``Jo Roe Sun-Times`` as a name before
    the role: a name of three words or more whose last closes as an outlet's name does
    (:data:`_DESK_END_WORDS`, or its last part after a hyphen), with a role right after
    it, is the name before that word, and the word the outlet.

    Examples:
        >>> text = "Jo Roe Sun-Times Staff Reporter"
        >>> _outlet_before_role(text, Span(0, 16))
        (Span(start=0, end=6), 'Sun-Times')
        >>> _outlet_before_role("Mary Ann Ward Staff Writer", Span(0, 13))
        (Span(start=0, end=13), None)
    """
    name = span.of(text)
    words = name.split()
    if len(words) < 3 or caseless(words[-1].rpartition("-")[2]) not in _DESK_END_WORDS:  # noqa: PLR2004
        return span, None
    after = _regex.match(_WORD_RE, text, span.end + 1, len(text))
    if (
        text[span.end : span.end + 1] != " "
        or after is None
        or _regex.fullmatch(_ROLE_RE, after.group()) is None
    ):
        return span, None
    cut = name.rstrip().rindex(" ")
    return Span(span.start, span.start + len(name[:cut].rstrip())), words[-1]


def _drop_desks(text: str, found: BylineMatch) -> BylineMatch:
    """``found`` without the authors that name an outlet or a desk (:func:`_desk_name`).

    The first outlet so named is the organisation when the byline has none; a byline
    left with no author and no organisation has its whole text as the organisation,
    as ``Staff Reporter`` has.
    """
    names = found.byline.authors
    kept: list[Span] = []
    organization = found.byline.organization
    for span in found.author_spans:
        desk = _desk_name(text, span, names)
        if desk is None:
            name, outlet = _outlet_before_role(text, span)
            kept.append(name)
            organization = organization or outlet
        elif desk and organization is None:
            organization = desk
    if kept == list(found.author_spans):
        return found
    if not kept and organization is None:
        organization = " ".join(found.byline.text.split())
    byline = evolve(
        found.byline, authors=tuple(s.of(text) for s in kept), organization=organization
    )
    return evolve(found, byline=byline, author_spans=tuple(kept))


def _labelled_names(text: str, pos: int, endpos: int) -> BylineMatch | None:
    """The names of a byline field's value (see :func:`read_labelled_byline`)."""
    # The field's label stands for ``By``: ``with`` joins names after it too (``Jo Roe
    # with Sam Poe``).
    found = read_byline(text, pos, endpos, require_prefix=False, prefixed=True)
    if found is not None and found.byline.authors:
        # ``Jo Roe and Sam Poe Staff Writers``, ``Jo Roe, Ana Poe Political Editor``,
        # ``Jo Roe and Sam Poe`` / ``Staff Writers``: a role after the last name (or on
        # the next line) hides that name from the whole, which reads it as a role; the
        # names before a cut may be more.
        for cut in _regex.finditer(_BYLINE_CUT_RE, text, pos, endpos):
            names = read_byline(text, pos, cut.start(), require_prefix=False, prefixed=True)
            if (
                names is not None
                and len(names.byline.authors) > len(found.byline.authors)
                and not _inside_role(text, pos, cut)
            ):
                found = names
        return found
    fallback: BylineMatch | None = None
    for cut in _regex.finditer(_BYLINE_CUT_RE, text, pos, endpos):
        names = read_byline(text, pos, cut.start(), require_prefix=False, prefixed=True)
        if names is None or not names.byline.authors:
            continue
        if _inside_role(text, pos, cut):
            continue  # ``Our Political | Editor``: the role starts a word earlier
        if all(len(name.split()) >= 2 for name in names.byline.authors):  # noqa: PLR2004
            return names
        if cut["role"] is None:
            fallback = fallback or names
    return fallback or found


#: The most words in a line that names a role alone (``Senior Political Correspondent``).
MAX_ROLE_WORDS = 5


# What may part a role from the outlet's name after it: ``Senior Reporter at the
# Herald``, ``Staff Writer, The Herald``, ``Columnist for The Post``.
_ROLE_OUTLET_MARKS = (", ", " at ", " for ")


def _outlet_cut(text: str) -> int:
    """Where the outlet's name after a role starts to be parted from it, else ``len(text)``.

    The first of :data:`_ROLE_OUTLET_MARKS` that a capital follows, perhaps after
    ``the``. A few finds on a short line, where a pattern would try every space.

    Examples:
        >>> text = "Senior Reporter at the Herald"
        >>> text[: _outlet_cut(text)], _outlet_cut("Reporter at large") == 17
        ('Senior Reporter', True)
    """
    cut = len(text)
    for mark in _ROLE_OUTLET_MARKS:
        i = text.find(mark, 0, cut)
        while i != -1:
            after = i + len(mark)
            if text.startswith("the ", after) and _is_capital(text[after + 4 : after + 5]):
                cut = i
                break
            if _is_capital(text[after : after + 1]):
                cut = i
                break
            i = text.find(mark, i + 1, cut)
    return cut


def _is_capital(char: str) -> bool:
    """Whether ``char`` is one upper-case letter (category Lu)."""
    return bool(char) and unicodedata.category(char) == "Lu"


# English function words, none a word of a role's title (``Letters to the Editor``).
_ROLE_STOPWORDS = STOPWORDS["en"]


def is_role_title(text: str) -> bool:
    """Whether ``text`` is a reporter's role alone: the role's word closes it, or an outlet does.

    Stricter than :func:`is_role_line`: a short line holding a role's word among others
    (``Newsroom staff walk out``, ``Editor-in-chief steps down``) or a function word
    (``Letters to the Editor``, ``Why I became a reporter``) is a subheading or a
    paragraph, not the role of the byline over it.

    Examples:
        >>> [is_role_title(t) for t in (
        ...     "Staff Writer", "Senior Reporter at the Herald", "Newsroom staff walk out",
        ...     "A note from the editor")]
        [True, True, False, False]
    """
    if not is_role_line(text):
        return False
    words = text[: _outlet_cut(text)].split()
    return (
        bool(words)
        and is_role_line(words[-1])
        and not any(caseless(w) in _ROLE_STOPWORDS for w in words)
    )


def is_role_line(text: str) -> bool:
    """Whether ``text`` names a reporter's role and nothing else, as under a bare name.

    Examples:
        >>> is_role_line("Environment correspondent"), is_role_line("Staff Writer")
        (True, True)
        >>> is_role_line("The reporter said so."), is_role_line("Jane Doe")
        (False, False)
    """
    words = text.split()
    return (
        0 < len(words) <= MAX_ROLE_WORDS
        and text[-1:] not in ".!?:"
        and not any(c.isdigit() for c in text)
        and _regex.search(_ROLE_RE, text) is not None
    )
