"""The line classifier: prose, page furniture, or the short lines in between.

A flattened web page is read the way a person skims it. Each line gets a
:class:`LineInfo` from evidence that survives flattening:

* the furniture table (:func:`~newsparse.extract.furniture.furniture_rule`: share
  buttons, *Advertisement*, *Subscribe*, cookie notices, copyright and footer lines),
  the same table every format uses;
* photo credits and the captions above them;
* the line's shape: how many words, whether it ends like a sentence, how many of its
  words are stop words of the page's language (:mod:`newsparse.stopwords`), and how
  many are capitalised (a headline or a menu entry, not prose);
* whether the same line occurs elsewhere on the page (menus repeat in the footer).

Each line also carries a :attr:`LineInfo.value`: positive for prose, in words,
negative for everything else. A run of lines whose values add up high is where the
article is (see :mod:`newsparse.formats.webpage`).

Examples:
    >>> from newsparse._text import split_lines
    >>> text = "Home\\nNews\\nSport\\nThe council said on Monday that the bridge opens in May.\\n"
    >>> [(i.kind, i.rule) for i in classify_lines(text, split_lines(text))]
    [('furniture', 'navigation'), ('short', None), ('short', None), ('prose', None)]
"""

from __future__ import annotations

import itertools
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING, Literal

import attrs
import regex
from attrs import frozen

from newsparse import _regex
from newsparse._text import INVISIBLE, holds_any
from newsparse.extract.bylines import _PARTICLES
from newsparse.extract.furniture import furniture_rule, is_button_row, unbannered_consent
from newsparse.stopwords import STOPWORDS, guess_language

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._text import Line

__all__ = [
    "LineInfo",
    "LineKind",
    "LineShape",
    "caption_rule",
    "classify_lines",
    "is_credit_alone",
    "line_shape",
    "page_language",
]


def __dir__() -> list[str]:
    return __all__


#: What a line is: running prose, page furniture (with a rule), a photo credit or
#: caption, or a short line that may be a menu entry, a label or a subheading.
LineKind = Literal["prose", "furniture", "caption", "short"]

# Words: a run of East Asian characters (counted per character), or a word of letters.
_TOKEN_RE = regex.compile(
    r"(?P<cjk>[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{1,2000}+)"
    r"|(?P<thai>[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]{1,2000}+)"
    r"|(?P<word>\p{L}[\p{L}\p{M}'\u2019]{0,60}+)"
)
# A character of a script written without spaces between words.
_SCRIPTS_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
)
# What is trimmed from a space-delimited word: punctuation, quotes, brackets. The low
# quotes that open a quotation in German, Polish, Czech and their neighbours (``„So``,
# and the single form, U+201A) and the single guillemets too: a word behind one is a
# word, and may be a stop word.
_QUOTE_OPENERS = "\u201e\u201a\u2039\u203a"
_WORD_EDGES = (
    ".,;:!?\"'()[]{}<>*\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014\u2013\u2026-/|" + _QUOTE_OPENERS
)
# Sentence marks and commas: Latin (and Arabic) ones count before a space or at the
# end of a line, East Asian ones anywhere.
_LATIN_MARKS = ".!?;,\u061f\u060c"
_EAST_ASIAN_MARKS = "\u3001\u3002\uff0c\uff01\uff1f"
# A Latin mark before a space, as _shape counts it.
_LATIN_MARKS_SPACED = tuple(c + " " for c in _LATIN_MARKS)
# A sentence stop (the Devanagari danda too), and the closing quotes or brackets that
# may follow it.
_STOPS = ".!?\u2026\u3002\uff01\uff1f\u061f\u0964"
_CLOSERS = "\"'\u201d\u2019\u00bb)]\u300d\u300f"
# Invisible format characters pages leave at a line's end (the blank ones, and the soft
# hyphen): they do not hide a sentence's stop.
_INVISIBLE = INVISIBLE + "\u00ad"
# What _shape strips from a line's end before it looks for a stop.
_CLOSERS_INVISIBLE = _CLOSERS + _INVISIBLE
# A sentence's stop, then an Indian agency's name and up to seven desk codes in capitals
# to the line's end. Tried from the end only.
_GLUED_DESK_CODES_RE = regex.compile(
    r"[.!?\"\u201d'\u2019)][\x20\t]{1,3}(?:PTI|IANS|UNI|ANI)(?:[\x20\t]\p{Lu}{2,5}){1,7}[\x20\t]*+\Z",
    regex.REVERSE,
)
# What builds an emoji besides its symbols: the variation selector and the joiner.
_EMOJI_GLUE = "\ufe0f\u200d"


def _is_pictograph(ch: str) -> bool:
    """Whether ``ch`` is an emoji's or another symbol's, beyond ASCII (``^`` is no emoji)."""
    return not ch.isascii() and (ch in _EMOJI_GLUE or unicodedata.category(ch) in ("So", "Sk"))


def _before_pictographs(text: str) -> str:
    """``text`` without the emoji or other symbols that close it, and the spaces between.

    They hide no sentence's stop (``Book your seats today! \U0001f642``).

    Examples:
        >>> _before_pictographs("Book your seats today! \U0001f642\U0001f44d\ufe0f")
        'Book your seats today!'
        >>> _before_pictographs("Caf\u00e9 \u00e0 Paris"), _before_pictographs("Menu \u2192")
        ('Caf\u00e9 \u00e0 Paris', 'Menu \u2192')
    """
    i = len(text)
    if not (i and _is_pictograph(text[i - 1])):
        return text
    while i and (text[i - 1].isspace() or _is_pictograph(text[i - 1])):
        i -= 1
    return text[:i]


# What follows the New York Times's ``Credit...`` ends as no sentence does: a lower-case
# letter and a stop close the line (``Credit...Where it is due, they kept it open.``).
_NOT_A_SENTENCE = r"(?![^\n]{0,400}(?-i:\p{Ll})[.!?]$)"

# A capitalised name of one to four words, as a credit with no label's colon writes it
# (``Jo Roe``, ``J. Roe-Poe``, ``The Verge``).
_CREDIT_WORD = r"(?-i:\p{Lu})[\p{L}.'\u2019&-]{0,30}+"
_CREDIT_NAME = _CREDIT_WORD + r"(?:\x20" + _CREDIT_WORD + r"){0,3}+"
# A photographer's full name: a given name and a surname at least (``Pictures by Post``,
# a subheading, names no one).
_CREDIT_FULL_NAME = _CREDIT_WORD + r"(?:\x20" + _CREDIT_WORD + r"){1,3}+"
# A photo credit, alone on a line or glued to the end of a caption; or a whole line that
# credits a photographer by name, with no colon (``Photo by Jo Roe``), perhaps a second
# name (``Photos by Jo Roe and Al Poe``) and the site or library the photo is from
# (``Photo by Jo Roe on Unsplash``, ``Image by Jo Roe from Pixabay``, ``Photo by Jo Roe /
# The Verge``). The name's capitals keep a sentence out (``Photo by photo, the show
# ...``).
_CREDIT_RE = regex.compile(
    r"(?:Photo(?:graph)?s?|Image|Picture|Credit|Foto|Bild)\s?(?:by)?\s?:\x20?\S"
    r"|^Credit(?:\.{3}|\u2026)\x20?(?-i:\p{Lu})"
    + _NOT_A_SENTENCE
    + r"|\b(?P<agency>Getty\x20Images|AP\x20Photo|AFP\x20(?:via|/)|Shutterstock|EPA-EFE|Alamy"
    r"|iStock(?:photo)?)\b"
    r"|^(?:Photo(?:graph)?s?|Images?|Pictures?)\x20by\x20"
    + _CREDIT_FULL_NAME
    + r"(?:\x20(?:and|&)\x20"
    + _CREDIT_NAME
    + r")?+"
    r"(?:\x20(?:on|from|via|for)\x20" + _CREDIT_NAME + r"|\x20?[/|]\x20?" + _CREDIT_NAME + r")?+$",
    regex.IGNORECASE,
)
# A photo's caption that says only what kind of picture it is, its credit after the
# copyright sign: ``Illustration. \u00a9 Jo Roe``, ``Photo d'illustration - \u00a9 AFP``,
# ``Archivbild: \u00a9 Jo Roe/dpa``, ``File photo \u00a9 Jo Roe``. A caption with its credit,
# whole (it makes no caption of the paragraph over it, as a credit alone does).
_KIND_OF_PICTURE = (
    r"(?:Photo|Image)\x20d['\u2019](?:illustration|archives?)|Illustration|Archives?"
    r"|Photo\x20pr\u00e9texte|Archivbild|Archivfoto|Symbolbild|Symbolfoto"
    r"|Imagen\x20de\x20archivo|Foto\x20de\x20(?:archivo|arquivo)|Imagem\x20de\x20arquivo"
    r"|(?:Foto|Immagine)\x20d['\u2019]archivio|(?:File|Stock)\x20(?:photo|image)"
)
_KIND_CAPTION_RE = regex.compile(
    r"(?:"
    + _KIND_OF_PICTURE
    + r")\x20?[.:,\u2013\u2014-]?\x20?(?:\u00a9|\(c\))\x20?"
    + _CREDIT_NAME
    + r"(?:\x20?[/|]\x20?"
    + _CREDIT_NAME
    + r")?+\.?",
    regex.IGNORECASE,
)
# The words that may join a photo agency's name to a caption's other words, before it
# (``Photo by Getty Images``, ``AFP via Getty Images``) and after it (``Getty Images
# for Nike``, ``Getty Images via Reuters``).
_CREDIT_JOINERS_BEFORE = frozenset({"by", "via", "and"})
_CREDIT_JOINERS_AFTER = frozenset({"for", "via", "and"})

# The label a photo's credit opens with: ``Photo:``, ``Photograph by:``, ``Credit:``.
# (The New York Times's flattened caption writes ``Credit...``: ``Credit...Jo Roe for The
# New York Times``; what follows the dots ends as no sentence does, so a story's
# ``Credit... Nobody at the council would take any.`` stays prose.)
_CREDIT_LABEL = (
    r"(?:(?:Photo(?:graph)?s?|Image|Picture|Credit|Foto|Bild)\x20?(?:by)?\x20?:"
    r"|Credit(?:\.{3}|\u2026)(?=\x20?(?-i:\p{Lu}))" + _NOT_A_SENTENCE + r")"
)
# The photo agencies a credit names after a slash or a bar (``Jane Doe / AFP``).
_PHOTO_AGENCIES = (
    r"AFP|AP|Reuters|EPA(?:-EFE)?|Getty\x20Images|Xinhua|Anadolu|Bloomberg|Shutterstock|Alamy"
)
# Agencies whose name credits a photo only after a bar or a slash that a caption's
# sentence, and perhaps a date, come before (``... el lunes. 27-06-2012 | Efe``, ``... am
# Hafen. / dpa``): after a name (``Jo Roe | EFE``, ``J. Roe Jr. | EFE``), a place and a
# date (``Rome, 12.05.2024 | ANSA``) or a question (a headline) they sign a byline, a
# dateline or a link.
_BAR_PHOTO_AGENCIES = r"EFE|ANSA|dpa|Europa\x20Press|PA\x20(?:Images|Wire|Media)|Kyodo|Yonhap"
# A credit that ends a line, after a caption of any length up to
# ``MAX_CREDITED_CAPTION_CHARS``: ``Photo: X``, ``Credit: X``, ``Courtesy of X``, or an
# agency after a slash or bar (``Jane Doe / AFP``, ``| Getty Images``).
_END_CREDIT_RE = regex.compile(
    r"(?:" + _CREDIT_LABEL + r"|Courtesy(?:\x20of)?)\x20?[^\n:/|]{1,60}+$"
    r"|(?<=\p{Ll}{3}[.!](?:\x20?\d{1,4}[-./]\d{1,2}[-./]\d{2,4})?)\x20?[/|]\x20?(?:"
    + _BAR_PHOTO_AGENCIES
    + r")\x20?$"
    r"|[/|]\x20?(?:" + _PHOTO_AGENCIES + r"|Courtesy[^\n:/|]{0,60}+)"
    r"(?:\x20via\x20[^\n/|]{1,40}+)?\x20?$"
    # A photographer's credit in brackets that ends in an agency: ``(Photos by Jo Roe,
    # left, and Al Poe/Invision/AP)``.
    r"|\((?:Photo|Picture|Image)s?\x20by\x20[^()\n]{1,120}?[/|]\x20?(?:"
    + _PHOTO_AGENCIES
    + r")\)$",
    regex.IGNORECASE,
)
# The agencies whose name alone may end a caption after its full stop (``... in New
# York. Reuters``), longest first.
_LONE_AGENCIES = ("Getty Images", "EPA-EFE", "Reuters", "Xinhua", "Getty", "AFP", "EPA", "AP")
# Who may credit a photo in brackets or after ``via`` in them.
_BRACKET_AGENCIES = _PHOTO_AGENCIES + r"|NASA|Al\x20Jazeera"
# A credit glued to a caption of at most ``MAX_CAPTION_CHARS`` in a form a sentence's
# end may take too, so :func:`_glued_credit_holds` checks the caption before it:
# - in brackets after the caption's last word, no full stop between: ``... in 2001 [File:
#   Reuters]``, ``[Jo Roe/Al Jazeera]`` (a name of two words or more), ``[Pool/AFP]``,
#   ``[Handout via Reuters]``, ``[AFP]``; not ``[Updated 5/12]``, ``[Kiev/Kyiv]``,
#   ``[Sent via WhatsApp]`` or a link's address;
# - the copyright sign and an agency's and a photographer's names after the caption's
#   full stop (``... on Tuesday. \u00a9 Reuters / Jo Roe``, ``\u00a9 Jo Roe via AFP``);
#   with a year, one name (``\u00a9 Harbour Media``) or a stop after them, a notice.
# (An agency's name alone after the caption's stop, ``... in New York. Reuters``, is
# looked for by :func:`_lone_agency_after_stop`.)
_GLUED_CREDIT_RE = regex.compile(
    r"(?<=[\p{L}\p{N})]\x20?)\[\x20?(?P<bracket>File(?:\x20photo)?\x20?:\x20?[^\[\]\n]{1,60}+"
    r"|(?-i:\p{Lu}[\p{L}.'-]*+(?:\x20\p{Lu}[\p{L}.'-]*+){1,3}+)\x20?/\x20?(?-i:\p{Lu})"
    r"[^\[\]\n\d/]{0,40}+"
    r"|[^\[\]\n/\d]{1,40}+/\x20?(?:" + _BRACKET_AGENCIES + r")"
    r"|(?-i:\p{Lu})[^\[\]\n]{0,40}?\x20via\x20(?:" + _BRACKET_AGENCIES + r")"
    r"|(?:" + _BRACKET_AGENCIES + r")(?:\x20Photo)?"
    r")\x20?\]$"
    r"|(?<=[\p{L}\p{N}][.!?]\x20?)\u00a9\x20?(?P<sign>(?-i:\p{Lu})[^\n\u00a9\d/]{0,40}?"
    r"(?:/|\x20via\x20)[^\n\u00a9\d]{1,40}+)(?<![.!?])$",
    regex.IGNORECASE,
)
# Words of a report, not a caption: a caption says what a photo shows.
_REPORTING_RE = regex.compile(r"\b(?:said|says|told|according\x20to|reported|reports)\b")
# Words that may join the names after the copyright sign (``\u00a9 Jo Roe via Reuters``).
_SIGN_JOINERS = frozenset({"via", "and", "for", "/", "|", "-"})
# Words a name of an office or a company may hold in lower case (``Office of the Mayor
# via AP``).
_VIA_NAME_JOINERS = frozenset({"of", "the", "and", "for", "de", "&"})
# A sentence's end and the next one's start, inside a line (``... right. They ...``).
_SENTENCES_RE = regex.compile(r"\p{Ll}[.!?]\x20{1,3}+\p{Lu}")
# A short line that opens with ``Courtesy`` (``Courtesy of the city``) is a credit of its
# own; a longer one is prose (``Courtesy of the new rules, shops ...``).
_COURTESY_RE = regex.compile(r"Courtesy(?:\x20of)?\x20\S", regex.IGNORECASE)

# Words one of which a credit holds (a cheap test before the pattern runs).
_CREDIT_HINTS = (
    "photo",
    "image",
    "picture",
    "credit",
    "foto",
    "bild",
    "getty",
    "afp",
    "shutterstock",
    "epa-efe",
    "alamy",
    "istock",
    "courtesy",
    "\u00a9",
    "/",
    "|",
    "]",
)
# What :func:`_may_be_credit` looks for, the cheap test before the patterns run (it
# must find one wherever a pattern can match; tests check it on every line of the
# corpus and on random lines):
# - the marks one of which each form of a credit holds but for those below: a label's
#   colon, a slash or a bar before an agency, brackets, the copyright sign; of a long
#   line's end, read by :data:`_END_CREDIT_RE` alone, the first three; and the New York
#   Times's label with its dots (``Credit...``, ``Credit\u2026``), which has no colon;
_CREDIT_MARKS = (":", "/", "|", "]", "\u00a9", "Credit...", "Credit\u2026")
_END_CREDIT_MARKS = (":", "/", "|", "Credit...", "Credit\u2026")
# - in a line of at most ``MAX_CAPTION_CHARS``, the photo agencies :data:`_CREDIT_RE`
#   names with no mark (``Stock`` for ``Shutterstock`` and ``iStock``), lower-cased, or
#   the word that opens a credit by name (``Photo by Jo Roe``), which opens the line;
_CREDIT_NAMES = ("getty images", "ap photo", "afp via", "stock", "epa-efe", "alamy")
_CREDIT_BY_OPENINGS = ("photo", "image", "picture")
#: The most words of a caption over a credit by name with no agency (``The hinge is the
#: star of the show.`` / ``Photo by Jo Roe / The Verge``); a longer line there is the
#: story's paragraph over a photo with no caption.
MAX_SHORT_CAPTION_WORDS = 12
# The photo agencies a credit by name may name (``Photo by Jo Roe/Getty Images``), as
# words of the line once its slashes and bars are spaces.
_CREDIT_AGENCY_WORDS = frozenset((
    "AFP", "AP", "Reuters", "EPA", "EPA-EFE", "Getty", "Xinhua", "Anadolu", "Bloomberg",
    "Shutterstock", "Alamy",
))  # fmt: skip


def _names_photo_agency(text: str) -> bool:
    """Whether a credit's ``text`` names a photo agency among its words.

    Examples:
        >>> [_names_photo_agency(t) for t in ("Photo by Jo Roe/Getty Images", "Photo by Jo Roe")]
        [True, False]
    """
    words = text.replace("/", " ").replace("|", " ").split()
    return not _CREDIT_AGENCY_WORDS.isdisjoint(words)


# The openings of a credit by name, as written (``Photo by Jo Roe``).
_CREDIT_BY_NAME_OPENINGS = tuple(
    f"{word} by "
    for word in (
        "Photo",
        "Photos",
        "Photograph",
        "Photographs",
        "Image",
        "Images",
        "Picture",
        "Pictures",
    )
)
# - ``Courtesy``, at most this far from the line's end in :data:`_END_CREDIT_RE` (the
#   word, `` of``, a space, 60 characters and a newline), or opening the line;
_COURTESY_REACH = 8 + 3 + 1 + 60 + 1
# - the letters beyond ASCII that the patterns' IGNORECASE takes for ASCII ones (the
#   long s for ``s``, the Kelvin sign for ``k``, the dotted capital I for ``i`` and the
#   dotless small i for ``I``): a line that holds one is read by the patterns
#   (lower-casing ASCII finds the rest);
_IGNORECASE_ODD_LETTERS = ("\u017f", "\u212a", "\u0130", "\u0131")
# - an agency's name alone at the end (:func:`_lone_agency_after_stop`), a source's
#   credit through an agency (:func:`_is_via_credit`).
# A source's credit through an agency, case-folded: ``County Sheriff's Office via AP``.
_VIA_AGENCY_ENDINGS = (" via ap", " via afp", " via reuters")
# How many characters of a line's end hold those (case-folding adds, never takes).
_VIA_REACH = max(map(len, _VIA_AGENCY_ENDINGS))
# An agency's name alone that may end a caption (after its full stop), case-folded.
_CREDIT_ENDINGS = tuple(" " + a.casefold() for a in _LONE_AGENCIES)
# Labels that open the caption of an embedded video (compared case-folded).
_VIDEO_LABELS = ("video:", "video :", "watch:", "watch :")
# Labels that open a photo's caption or its source, each on a line of its own
# (``Image caption, Boats in the harbour``, ``Image source, Reuters``; in older pages
# with no comma, and ``Image copyright Reuters``); compared case-folded. The source
# stands above the caption, so it says nothing about the line above it, unlike a
# credit.
_CAPTION_LABELS = (
    "image caption,", "media caption,", "video caption,", "image caption ",
    "media caption ", "video caption ",
)  # fmt: skip
_SOURCE_LABELS = (
    "image source,", "media source,", "video source,", "image copyright ",
    "media copyright ",
)  # fmt: skip
# The characters a line that opens with one of those labels, or one of a video's, may
# open with: its label's first letter in either case (no other character's case-folding
# starts with the label's first two letters; a test checks), a cheap test first.
_LABEL_INITIALS = frozenset(
    c for label in (*_CAPTION_LABELS, *_SOURCE_LABELS) for c in (label[0], label[0].upper())
)
_VIDEO_INITIALS = frozenset(c for label in _VIDEO_LABELS for c in (label[0], label[0].upper()))
# The labels of a credit for the photo over the article, not the line above it
# (compared case-folded).
_LEAD_IMAGE_LABELS = ("main image", "top image", "header image", "lead image", "featured image")
#: The most words in a photo's source labelled with no comma (``Image copyright
#: Harbour Office/Reuters``), the label's included; the source's are capitalised.
MAX_SOURCE_WORDS = 4
#: The most words of a source that a credit names before ``via AP`` (``New York State
#: Sex Offender Registry via AP``).
MAX_VIA_SOURCE_WORDS = 8
# The label an Ars Technica-style page sets before a photo's caption (the button that
# enlarges the photo, flattened onto the caption's line): ``Enlarge / Crowds at the
# quay.``; the photo's credit, a name alone, may stand on the line under it.
_ENLARGE_LABEL = "Enlarge / "
# The buttons that show or hide a photo's caption (compared case-folded).
_CAPTION_BUTTONS = frozenset({"toggle caption", "hide caption", "show caption"})
# A line that opens with a plain word (not an identifier such as ``img_2_en``).
# It is only ever matched at a line's start; the lookbehind makes a search through a
# run of letters cost one failed test a letter, not a walk of up to 41 letters each.
_WORD_START_RE = regex.compile(
    r"(?<![\p{L}\p{M}'\u2019-])\p{L}[\p{L}\p{M}'\u2019-]{0,40}+(?:[\s,.;:!?)]|$)"
)
#: The shortest line that hard-wrapped prose is broken at.
MIN_WRAPPED_CHARS = 30
#: The longest line taken for a caption.
MAX_CAPTION_CHARS = 300
#: How many lines apart two slides of one gallery, each a counter glued to its caption,
#: may stand (a credit between them).
MAX_SLIDE_STEP = 2
#: The longest line taken for a caption when a photo credit ends it.
MAX_CREDITED_CAPTION_CHARS = 1_000
#: The longest line taken for a caption when a photo credit stands alone under it.
MAX_CAPTION_ABOVE_CREDIT_CHARS = 500
#: The most words in a photo credit standing on its own line.
MAX_CREDIT_WORDS = 8
#: How many words of a page its language is guessed from.
LANGUAGE_SAMPLE = 5_000
# What is stripped from a word before it is looked up as a stop word.
_PUNCTUATION = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014\u2013-" + _QUOTE_OPENERS
#: Fewest words in a line of prose (East Asian characters count half a word).
MIN_PROSE_WORDS = 6
#: Stop-word share below which a line of a known language is not prose.
MIN_STOP_SHARE = 0.12
#: Words from which a line that ends like a sentence needs no stop words to be prose.
LONG_SENTENCE = 15
#: The same, for a language whose function words are mostly written joined to the
#: next word: Arabic joins *wa-* (and), *bi-* (with), *li-* (for) and *al-* (the), so
#: its stop-word table (the words written apart) hits few of a sentence's words.
LONG_SENTENCE_BY_LANGUAGE: dict[str, int] = {"ar": 10}
# A line that ends with a question or an exclamation is held to LONG_SENTENCE in every
# language: a list of linked headlines asks (``... رغم تراجعها عالميا؟``), a lead states.
_ASKING_ENDS = ("?", "\u061f", "!")
_CLOSERS_AFTER_END = " \"'\u00bb\u201d\u2019)"
#: Words (two characters each) from which a Chinese or Japanese line is prose
#: though it does not end with a stop.
LONG_EAST_ASIAN = 30
#: The same, for a line that does not end like a sentence.
MIN_STOP_SHARE_UNENDED = 0.25
#: Value of a short line, and of a furniture line, in words (both negative).
SHORT_VALUE = -3.0
FURNITURE_VALUE = -6.0
#: Extra cost of a non-prose line that occurs more than once on the page.
REPEAT_VALUE = -2.0


@frozen(kw_only=True)
class LineShape:
    """The shape of one line, from which prose is told from page chrome.

    Args:
        words: Words, East Asian characters counting half a word and Thai ones a quarter.
        latin: Space-delimited words.
        stop: Of those, stop words of the page's language.
        capitalised: Words of four or more letters that start with a capital.
        long: Words of four or more letters.
        marks: Sentence marks and commas inside the line.
        east_asian: Of ``words``, those written in Chinese, Japanese or Korean.
        sentence_end: Whether the line ends like a sentence.

    Examples:
        >>> s = line_shape("The mayor said it would open soon.", STOPWORDS["en"])
        >>> s.words, s.stop, s.sentence_end
        (7.0, 3, True)
    """

    words: float
    latin: int
    stop: int
    capitalised: int
    long: int
    marks: int
    east_asian: float
    sentence_end: bool

    @property
    def title_share(self) -> float:
        """The share of long words that are capitalised (high in menus and headlines).

        Examples:
            >>> line_shape("Storm Closes Coastal Roads").title_share
            1.0
            >>> line_shape("The storm closed the coastal roads.").title_share
            0.0
        """
        return self.capitalised / self.long if self.long else 0.0


def line_shape(text: str, stopwords: frozenset[str] | None = None) -> LineShape:
    """Measure one line of text.

    Args:
        text: The line, trimmed.
        stopwords: The page language's stop words, or ``None`` if it is not known.

    Returns:
        The line's :class:`LineShape`.

    Examples:
        >>> line_shape("World News Sport Weather").title_share
        1.0
    """
    words = east_asian = 0.0
    ascii_only = text.isascii()
    # Most lines hold no East Asian or Thai script (an ASCII line none at all): split
    # them on spaces (fast); the token pattern reads the others.
    if ascii_only or _regex.search(_SCRIPTS_RE, text) is None:
        latin_words = [w for x in text.split() if (w := x.strip(_WORD_EDGES))[:1].isalpha()]
    else:
        latin_words = []
        for m in _regex.finditer(_TOKEN_RE, text):
            if m["cjk"] is not None:
                words += len(m["cjk"]) / 2
                east_asian += len(m["cjk"]) / 2
            elif m["thai"] is not None:
                words += len(m["thai"]) / 4
            else:
                latin_words.append(m["word"])
    stop = capitalised = long = 0
    for word in latin_words:
        if stopwords is not None and word.casefold() in stopwords:
            stop += 1
        elif len(word) >= 4:  # noqa: PLR2004 - a content word
            long += 1
            capitalised += word[0].isupper()
    # An ASCII line holds no East Asian mark: the counts are skipped; nor does a line
    # without a space hold a Latin mark before one.
    marks = 0 if ascii_only else sum(text.count(c) for c in _EAST_ASIAN_MARKS)
    if " " in text:
        for mark in _LATIN_MARKS_SPACED:
            if mark in text:
                marks += text.count(mark)
    marks += text[-1:] in _LATIN_MARKS
    last = text if text[-1:].isascii() else _before_pictographs(text)
    # A line of emoji alone leaves no character, and no stop.
    stop_char = last.rstrip(_CLOSERS_INVISIBLE)[-1:]
    end = bool(stop_char) and stop_char in _STOPS
    if not end and stop_char.isupper() and " " in text:
        # An Indian agency's sign-off and desk codes glued to the last sentence of its
        # copy (``... were finished. PTI KVR RHL``) end no sentence of their own.
        end = _regex.search(_GLUED_DESK_CODES_RE, text) is not None
    return _new_shape(
        words=words + len(latin_words),
        latin=len(latin_words),
        stop=stop,
        capitalised=capitalised,
        long=long,
        marks=marks,
        east_asian=east_asian,
        sentence_end=end,
    )


# Frozen classes refuse attribute assignment, but the setters of their slots do not:
# the classifier builds a shape and an info for every line with these, skipping the
# generated ``__init__`` (a call through ``object.__setattr__`` per attribute), which
# costs twice as much (as newsparse.model does for spans and fields). A test checks
# that each builds what the public constructor builds.
_new = object.__new__
_set_words, _set_latin, _set_stop, _set_capitalised, _set_long, _set_marks = (
    LineShape.__dict__[name].__set__
    for name in ("words", "latin", "stop", "capitalised", "long", "marks")
)
_set_east_asian = LineShape.__dict__["east_asian"].__set__
_set_sentence_end = LineShape.__dict__["sentence_end"].__set__


def _new_shape(
    *,
    words: float,
    latin: int,
    stop: int,
    capitalised: int,
    long: int,
    marks: int,
    east_asian: float,
    sentence_end: bool,
) -> LineShape:
    """``LineShape(words=words, ...)``, made faster (it has no checks).

    Examples:
        >>> values = {"words": 7.0, "latin": 7, "stop": 3, "capitalised": 0, "long": 2,
        ...           "marks": 0, "east_asian": 0.0, "sentence_end": True}
        >>> _new_shape(**values) == LineShape(**values)
        True
    """
    shape: LineShape = _new(LineShape)
    _set_words(shape, words)
    _set_latin(shape, latin)
    _set_stop(shape, stop)
    _set_capitalised(shape, capitalised)
    _set_long(shape, long)
    _set_marks(shape, marks)
    _set_east_asian(shape, east_asian)
    _set_sentence_end(shape, sentence_end)
    return shape


def _is_prose(
    shape: LineShape, *, known_language: bool, long_sentence: int = LONG_SENTENCE
) -> bool:
    if shape.words < MIN_PROSE_WORDS:
        return False
    if known_language and shape.latin >= MIN_PROSE_WORDS:
        share = shape.stop / shape.latin
        # A long line that ends like a sentence is prose even where the stop-word
        # table is thin for its language.
        if share < MIN_STOP_SHARE and not (shape.sentence_end and shape.words >= long_sentence):
            return False
        # Without a sentence end, only a line thick with stop words is prose; a
        # headline (``Storm hits coast: roads closed``) has few.
        if not shape.sentence_end and share < MIN_STOP_SHARE_UNENDED:
            return False
        # Capitalised content words and no sentence end: a headline or a link to one.
        if not shape.sentence_end and shape.title_share >= 0.6 and shape.words < 30:  # noqa: PLR2004
            return False
    # Chinese and Japanese headlines carry commas too: prose there ends with a stop.
    if 2 * shape.east_asian > shape.words:
        return shape.sentence_end or shape.words >= LONG_EAST_ASIAN
    # A short line with no sentence mark at all is a label, not prose.
    return shape.sentence_end or shape.marks > 0 or shape.words >= 12  # noqa: PLR2004


@frozen(kw_only=True)
class LineInfo:
    """One classified line.

    Args:
        line: The line itself, with its offsets.
        kind: What it is (see :data:`LineKind`).
        rule: For furniture, the rule that matched (``"share"``, ``"copyright"`` ...).
        shape: Its measured shape.
        repeated: Whether the same text occurs on another line of the page.
        value: Its weight toward a run of prose: its words if prose, else negative.
        continues: Whether it continues the line before it, as hard-wrapped prose does
            (the line before ends mid-sentence, and this one opens in lower case or
            that one ends on a stop word); such lines are classified together.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "Share\\nThe council said on Monday that the new bridge opens in May.\\n"
        >>> share, prose = classify_lines(text, split_lines(text))
        >>> share.kind, share.rule, share.value
        ('furniture', 'label', -6.0)
        >>> prose.kind, prose.value
        ('prose', 12.0)
    """

    line: Line
    kind: LineKind
    rule: str | None
    shape: LineShape
    repeated: bool
    value: float
    continues: bool = False


_set_line, _set_kind, _set_rule, _set_shape, _set_repeated, _set_value, _set_continues = (
    LineInfo.__dict__[name].__set__
    for name in ("line", "kind", "rule", "shape", "repeated", "value", "continues")
)


def _new_info(
    *,
    line: Line,
    kind: LineKind,
    rule: str | None,
    shape: LineShape,
    repeated: bool,
    value: float,
    continues: bool,
) -> LineInfo:
    """``LineInfo(line=line, ...)``, made faster as :func:`_new_shape` is.

    Examples:
        >>> from newsparse._text import split_lines
        >>> values = {"line": split_lines("Share")[0], "kind": "furniture", "rule": "label",
        ...           "shape": line_shape("Share"), "repeated": False, "value": -6.0,
        ...           "continues": False}
        >>> _new_info(**values) == LineInfo(**values)
        True
    """
    info: LineInfo = _new(LineInfo)
    _set_line(info, line)
    _set_kind(info, kind)
    _set_rule(info, rule)
    _set_shape(info, shape)
    _set_repeated(info, repeated)
    _set_value(info, value)
    _set_continues(info, continues)
    return info


def _continues(before: str, line: str, stopwords: frozenset[str] | None) -> bool:
    """Whether ``line`` carries on the sentence ``before`` left unfinished."""
    if len(before) < MIN_WRAPPED_CHARS or not before[-1:].isalpha():
        return False
    if _regex.match(_WORD_START_RE, line) is None:
        return False
    if line[:1].islower():
        return True
    last = before.rsplit(maxsplit=1)[-1].casefold()
    return stopwords is not None and last in stopwords


def _sum_shapes(shapes: Sequence[LineShape]) -> LineShape:
    return LineShape(
        words=sum(s.words for s in shapes),
        latin=sum(s.latin for s in shapes),
        stop=sum(s.stop for s in shapes),
        capitalised=sum(s.capitalised for s in shapes),
        long=sum(s.long for s in shapes),
        marks=sum(s.marks for s in shapes),
        east_asian=sum(s.east_asian for s in shapes),
        sentence_end=shapes[-1].sentence_end,
    )


def _may_be_credit(text: str) -> bool:
    """Whether ``text`` holds what a credit's every form needs one of: ``False`` is final.

    A cheap test before :func:`_credit_holds`, which would give ``False`` too: most
    lines are prose, and a few scans of the line for :data:`_CREDIT_MARKS` and
    :data:`_CREDIT_NAMES` (and a look at its opening, :data:`_CREDIT_BY_OPENINGS`) tell
    them from a credit at a third of the cost of the hints
    and the patterns (see those tables for what is looked for, and why it is enough).

    Examples:
        >>> [_may_be_credit(t) for t in (
        ...     "The council said the bridge opens in May.", "Boats at dawn. Jo Roe/AFP",
        ...     "Boats at dawn. Courtesy of Jo Roe", "Boats at dawn. Getty Images",
        ...     "Shares of Alamy rose.", "Sheriff's Office via AP")]
        [False, True, True, True, True, True]
    """
    short = len(text) <= MAX_CAPTION_CHARS
    if short:
        part = text
        for mark in _CREDIT_MARKS:
            if mark in part:
                return True
    else:
        # A long line is read by its end alone, unless ``Courtesy`` opens it.
        if text[:8].casefold().startswith("courtesy"):
            return True
        part = text[-_END_CREDIT_REACH:]
        for mark in _END_CREDIT_MARKS:
            if mark in part:
                return True
    if part.isascii():
        low = part.lower()
        if low.endswith(_VIA_AGENCY_ENDINGS):
            return True
    else:
        for odd in _IGNORECASE_ODD_LETTERS:
            if odd in part:
                return True
        # A character for each one beyond ASCII, which no pattern reads as a letter
        # here: ASCII words keep their places (case-folding the line costs more).
        low = part.encode("ascii", "replace").decode("ascii").lower()
        if text[-_VIA_REACH:].casefold().endswith(_VIA_AGENCY_ENDINGS):
            return True
    if low.startswith("courtesy") or "courtesy" in low[-_COURTESY_REACH:]:
        return True
    if short:
        if low.startswith(_CREDIT_BY_OPENINGS):
            return True
        for name in _CREDIT_NAMES:
            if name in low:
                return True
        return text.endswith(_LONE_AGENCIES)
    return False


def _is_credit(text: str) -> bool:
    """Whether ``text`` is a photo credit, or a caption with its credit glued on.

    A credit anywhere marks a line of up to ``MAX_CAPTION_CHARS``; a longer caption
    (up to ``MAX_CREDITED_CAPTION_CHARS``) needs the credit at its end.
    """
    return _may_be_credit(text) and _credit_holds(text)


def _credit_holds(text: str) -> bool:
    """:func:`_is_credit` without its cheap test first."""
    # A longer line is a credit only by its end (or as a courtesy line of a few long
    # words): its hints are looked for there alone.
    if len(text) > MAX_CAPTION_CHARS and not text[:8].casefold().startswith("courtesy"):
        folded = text[-_END_CREDIT_REACH:].casefold()
        if not holds_any(folded, _CREDIT_HINTS) and not folded.endswith(_CREDIT_ENDINGS):
            return False
        tail = len(text) - _END_CREDIT_REACH
        return _regex.search(_END_CREDIT_RE, text, tail) is not None or _is_via_credit(text)
    folded = text.casefold()
    if not holds_any(folded, _CREDIT_HINTS) and not folded.endswith(_CREDIT_ENDINGS):
        return False
    if _is_via_credit(text):
        return True  # ``County Sheriff's Office via AP``
    if (
        folded.startswith("courtesy")
        and len(text.split()) <= MAX_CREDIT_WORDS
        and _regex.match(_COURTESY_RE, text) is not None
    ):
        return True
    if len(text) <= MAX_CAPTION_CHARS:
        found = _regex.search(_CREDIT_RE, text)
        if found is not None and not _names_agency_in_prose(text, found):
            return True
    tail = max(0, len(text) - _END_CREDIT_REACH)
    if _regex.search(_END_CREDIT_RE, text, tail) is not None:
        return True
    return _glued_credit(text)


def _glued_credit(text: str) -> bool:
    """Whether a caption of at most ``MAX_CAPTION_CHARS`` ends in a credit glued on.

    The forms of :data:`_GLUED_CREDIT_RE`, checked by :func:`_glued_credit_holds`.
    """
    if len(text) > MAX_CAPTION_CHARS:
        return False
    agency = _lone_agency_after_stop(text)
    if agency:
        return _regex.search(_REPORTING_RE, text, 0, len(text) - agency) is None
    tail = max(0, len(text) - _END_CREDIT_REACH)
    glued = _regex.search(_GLUED_CREDIT_RE, text, tail)
    return glued is not None and _glued_credit_holds(text, glued)


def _lone_agency_after_stop(text: str) -> int:
    """The length of the agency's name that ends ``text`` after a full stop, else 0.

    ``... in New York. Reuters``: a letter or a digit, a stop, a space, then one of
    :data:`_LONE_AGENCIES` as written.

    Examples:
        >>> _lone_agency_after_stop("Ferries at the quay. Reuters")
        7
        >>> _lone_agency_after_stop("He told Reuters"), _lone_agency_after_stop("By X")
        (0, 0)
    """
    if not text.endswith(_LONE_AGENCIES):  # most lines: one call, not one an agency
        return 0
    for agency in _LONE_AGENCIES:
        at = len(text) - len(agency)
        if (
            at >= 3  # noqa: PLR2004 - a word's last character, the stop and the space
            and text.endswith(agency)
            and text[at - 1] == " "
            and text[at - 2] in ".!?"
            and text[at - 3].isalnum()
        ):
            return len(agency)
    return 0


def _glued_credit_holds(text: str, glued: regex.Match[str]) -> bool:
    """Whether the caption before the credit ``glued`` (:data:`_GLUED_CREDIT_RE`) is one.

    Not a report (``... residents said. AFP``), not two sentences or more before
    brackets (``... They were right [Cheers/Applause]``), and after the copyright sign
    names only (``\u00a9 Lyrics quoted with permission of ...`` is a notice).

    Examples:
        >>> [_is_credit(t) for t in (
        ...     "Boats wait in the harbour in 2001 [File: Reuters]",
        ...     "Residents said they had no time to leave. AFP",
        ...     "The crowd cheered. They were right [Jo Roe/Valley Herald]",
        ...     "The song is sung every summer. \u00a9 Lyrics quoted with permission")]
        [True, False, False, False]
    """
    before = text[: glued.start()]
    if _regex.search(_REPORTING_RE, before) is not None:
        return False
    if glued["bracket"] is not None:
        return _regex.search(_SENTENCES_RE, before) is None
    if glued["sign"] is not None:
        return _capitalised(glued["sign"].split(), _SIGN_JOINERS)
    return True


def _capitalised(words: Sequence[str], joiners: frozenset[str]) -> bool:
    """Whether each of ``words`` is capitalised, or one of the ``joiners`` names hold.

    Examples:
        >>> _capitalised(["Office", "of", "the", "Mayor"], _VIA_NAME_JOINERS)
        True
        >>> _capitalised(["Lyrics", "quoted"], _SIGN_JOINERS)
        False
    """
    return all(w[:1].isupper() or w in joiners for w in words)


def _names_agency_in_prose(text: str, found: regex.Match[str]) -> bool:
    """Whether the photo agency ``found`` names is a word of a sentence, not a credit.

    A sentence names the agency among words in lower case (``She now works for Getty
    Images.``, ``Shutterstock shares rose``); a credit stands apart (``Crowds gather.
    Getty Images``, ``Jo Roe/Getty Images``) or joined by ``by`` or ``via``.

    Examples:
        >>> [_names_agency_in_prose(t, _regex.search(_CREDIT_RE, t)) for t in (
        ...     "She works for Getty Images.", "Shutterstock shares rose 5%",
        ...     "Crowds gather. Getty Images", "Photo by Getty Images",
        ...     "Getty Images for Nike")]
        [True, True, False, False, False]
    """
    if found["agency"] is None:
        return False
    before = text[: found.start()].split()
    after = text[found.end() :].split()
    # A word before that ends a sentence or a clause (``gather.``) leaves it apart.
    last = before[-1] if before and before[-1][-1:] not in ".!?:;|)" else ""
    return any(
        word[:1].islower() and word.strip(".,;:!?") not in joiners
        for word, joiners in (
            (last, _CREDIT_JOINERS_BEFORE),
            (after[0] if after else "", _CREDIT_JOINERS_AFTER),
        )
    )


# How far from a line's end a credit that ends it can start (its longest form).
_END_CREDIT_REACH = 120


def caption_rule(text: str) -> str | None:
    """The rule of a photo's caption or credit that its own words mark, else ``None``.

    ``"caption"`` for a labelled caption (``Image caption, Boats in the harbour``,
    ``Video: The bridge opens``), ``"image-source"`` for a labelled source (``Image
    source, Reuters``), ``"credit"`` for a credit (``Photo: Jo Roe/AFP``) or a caption
    with its credit glued on (``Boats in the harbour. (AP Photo/Jo Roe)``). A caption
    with no label and no credit is not told from prose here.

    Examples:
        >>> [caption_rule(t) for t in (
        ...     "Image caption, Boats in the harbour", "Photo: Jo Roe/AFP",
        ...     "Boats in the harbour. (AP Photo/Jo Roe)", "Boats in the harbour.",
        ...     "She now works for Getty Images.", "Caption: Boats in the harbour.")]
        ['caption', 'credit', 'credit', None, None, 'caption']
    """
    initial = text[:1]
    # ``Image``, ``Media`` and ``Video`` are five letters: a space after them first.
    if initial in _LABEL_INITIALS and text[5:6] == " " and len(text) <= MAX_CAPTION_CHARS:
        label = text[:16].casefold()
        # With no comma, the label opens no sentence (``Image caption contests have
        # become a fixture.``, ``Image copyright holders sue``): a caption has no full
        # stop, a source a name or two.
        comma = "," in label[:14]
        if label.startswith(_CAPTION_LABELS):
            if comma or not text.rstrip().endswith("."):
                return "caption"
        elif label.startswith(_SOURCE_LABELS) and (comma or _names_a_source(text)):
            return "image-source"
    if len(text) <= MAX_CREDITED_CAPTION_CHARS and _is_credit(text):
        return "credit"
    if (
        initial == "E"
        and text.startswith(_ENLARGE_LABEL)
        and len(text) <= MAX_CAPTION_CHARS
        and text[len(_ENLARGE_LABEL) :].strip()
    ):
        return "caption"
    # The caption of an embedded video, labelled so (``Video: The bridge opens``): a
    # caption of its own, not a credit that makes the line above one; and a caption
    # its label opens with a colon (``Caption: Boats in the harbour.``).
    if (
        (
            initial in _VIDEO_INITIALS
            and len(text) <= MAX_CAPTION_CHARS
            and text[:7].casefold().startswith(_VIDEO_LABELS)
        )
        or (
            initial in "Cc"
            and len(text) <= MAX_CAPTION_CHARS
            and text[:9].casefold().startswith(("caption:", "caption :"))
        )
        or (
            "\u00a9" in text
            and len(text) <= MAX_CAPTION_CHARS
            and _regex.fullmatch(_KIND_CAPTION_RE, text) is not None
        )
    ):
        return "caption"
    return None


# A slide's counter, then its caption opening with a capital and running to a few
# words: ``2 of 4 A shopper looks at ...``, not ``2 of 4 votes``.
_COUNTED_CAPTION_RE = regex.compile(
    r"(?P<n>\d{1,3}+)\x20of\x20(?P<of>\d{1,3}+)\x20(?-i:\p{Lu})\S*+(?:\x20\S++){4}"
)
# What a report's words hold and a caption's do not: a quotation mark, ``said``.
_SPEECH_RE = regex.compile(r"[\"\u201c\u201d]|\b(?:said|says)\b")
# A paragraph that reports what was said: it opens with a quotation mark or says who
# said or told it (a promo may quote a title: ``Subscribe to "All About Space"``).
_REPORTED_RE = regex.compile(r"^[\"\u201c\u201e\u00ab\u2018]|\b(?:said|says|told)\b")


def _mark_counted_captions(out: list[LineInfo]) -> None:
    """Mark a gallery's counters glued to their slides' captions: ``2 of 4 A shopper ...``.

    Two lines or more of one gallery (the same total, each counter within it), each at
    most :data:`MAX_SLIDE_STEP` lines from another, are its slides (kind ``caption``);
    one such line is a sentence that opens with a count (``3 of 5 Valley councillors
    voted against it``), and so are items a story sets between its paragraphs (``1 of
    3 Things to know ...``).
    """
    galleries: dict[str, list[int]] = {}
    for i, info in enumerate(out):
        text = info.line.text
        if not text[:1].isdigit() or len(text) > MAX_CAPTION_CHARS or info.kind == "furniture":
            continue
        m = _regex.match(_COUNTED_CAPTION_RE, text)
        if m is not None and int(m["n"]) <= int(m["of"]):
            galleries.setdefault(m["of"], []).append(i)
    for slides in galleries.values():
        for k, i in enumerate(slides):
            # Another slide of the gallery next to it, or a line apart (its credit).
            near = (k > 0 and i - slides[k - 1] <= MAX_SLIDE_STEP) or (
                k + 1 < len(slides) and slides[k + 1] - i <= MAX_SLIDE_STEP
            )
            if near:
                out[i] = _as_caption(out[i], "caption")


def _is_via_credit(text: str) -> bool:
    """Whether ``text`` credits a source through an agency: ``County Sheriff's Office via AP``.

    The source is a name, capitalised, of at most ``MAX_VIA_SOURCE_WORDS`` words, with no
    label (``Contributing:``, ``Source:``) or ``By`` before it.

    Examples:
        >>> [_is_via_credit(t) for t in ("County Sheriff's Office via AP",
        ...     "Office of the Harbour Master via Reuters", "The statement was sent via AP",
        ...     "Contributing: Sam Ward via AP", "By Jane Doe via AFP")]
        [True, True, False, False, False]
    """
    if not text.casefold().endswith(_VIA_AGENCY_ENDINGS):
        return False
    words = text.rsplit(" via ", 1)[0].split()
    return (
        0 < len(words) <= MAX_VIA_SOURCE_WORDS
        and words[0] not in ("By", "BY")
        and not any(w.endswith(":") for w in words)
        and _capitalised(words, _VIA_NAME_JOINERS)
    )


def _names_a_source(text: str) -> bool:
    """Whether ``Image copyright ...`` (no comma) names a photo's source, not a subject.

    A name or two, capitalised, and no full stop: ``Image copyright Getty Images``, not
    ``Image copyright holders sue``.
    """
    words = text.split()
    return (
        len(words) <= MAX_SOURCE_WORDS
        and not text.rstrip().endswith(".")
        and not any(w[:1].islower() for w in words[2:])
    )


def is_credit_alone(text: str) -> bool:
    """Whether ``text`` is a photo's credit alone, which makes the line above it its caption.

    A credit of at most ``MAX_CREDIT_WORDS`` words not glued to a caption's
    sentence (:func:`caption_rule` gives ``"credit"``).

    Examples:
        >>> is_credit_alone("Photo: Jo Roe/AFP"), is_credit_alone("Boats. Photo: Jo Roe")
        (True, False)
    """
    return (
        len(text.split()) <= MAX_CREDIT_WORDS
        and caption_rule(text) == "credit"
        and not _ends_caption(text)
    )


def _kind(
    text: str,
    shape: LineShape,
    rule: str | None,
    *,
    known_language: bool,
    long_sentence: int = LONG_SENTENCE,
) -> tuple[LineKind, str | None]:
    if rule is not None:
        return "furniture", rule
    caption = caption_rule(text)
    if caption is not None:
        return "caption", caption
    if long_sentence < LONG_SENTENCE and text.rstrip(_CLOSERS_AFTER_END).endswith(_ASKING_ENDS):
        long_sentence = LONG_SENTENCE
    if _is_prose(shape, known_language=known_language, long_sentence=long_sentence):
        return "prose", None
    return "short", None


def page_language(lines: Sequence[Line]) -> str | None:
    """Guess the language of a page from the words of its lines.

    Examples:
        >>> from newsparse._text import split_lines
        >>> page_language(split_lines("Le maire a dit que les travaux du pont commencent."))
        'fr'
    """
    words = itertools.islice(
        (w.strip(_PUNCTUATION) for ln in lines for w in ln.text.split()), LANGUAGE_SAMPLE
    )
    return guess_language(words)


def classify_lines(
    text: str, lines: Sequence[Line], *, language: str | None = None
) -> tuple[LineInfo, ...]:
    """Classify every line of a page.

    Args:
        text: The page (the lines index it).
        lines: Its lines, from :func:`newsparse._text.split_lines`.
        language: A key of :data:`~newsparse.stopwords.STOPWORDS`; guessed from the
            page if ``None``; any other value (``""``) reads the page with no stop words,
            as a page in a language without a table is read.

    Returns:
        One :class:`LineInfo` per line, in order. A line just above a photo credit
        standing alone is marked ``caption`` too, and so is one just above a caption's
        button (``toggle caption``), with a short line under the button marked a credit.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "A crowd waits at the gate on Monday.\\nPhoto: Jane Doe/Getty Images\\n"
        >>> [i.kind for i in classify_lines(text, split_lines(text))]
        ['caption', 'caption']
    """
    del text  # the lines carry their own text; kept for a uniform signature
    lang = language if language is not None else page_language(lines)
    stopwords = STOPWORDS.get(lang) if lang is not None else None
    known = stopwords is not None
    long_sentence = LONG_SENTENCE_BY_LANGUAGE.get(lang or "", LONG_SENTENCE)
    counts = Counter(ln.text for ln in lines)
    # A line's shape and rule follow from its text alone: a text the page repeats (a
    # menu, a share bar, its footer's copy of them) is measured once.
    shape_of: dict[str, LineShape] = {}
    rule_of: dict[str, str | None] = {}
    shapes: list[LineShape] = []
    rules: list[str | None] = []
    for ln in lines:
        text = ln.text
        shape = shape_of.get(text)
        if shape is not None:
            rule = rule_of[text]
        else:
            shape = line_shape(text, stopwords)
            rule = furniture_rule(text)
            if counts[text] > 1:
                shape_of[text] = shape
                rule_of[text] = rule
        shapes.append(shape)
        rules.append(rule)
    texts = [ln.text for ln in lines]
    for i, rule in enumerate(rules):
        if rule == "consent" and unbannered_consent(texts, rules, i):
            rules[i] = None  # ``I agree`` alone: an answer in an interview
    joined = [
        i > 0
        and rules[i] is None
        and rules[i - 1] is None
        and not shapes[i - 1].sentence_end
        and _continues(lines[i - 1].text, lines[i].text, stopwords)
        for i in range(len(lines))
    ]
    out: list[LineInfo] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and joined[j]:
            j += 1
        # Lines i..j-1 are one stretch of hard-wrapped text: classify them together.
        shape = shapes[i] if j == i + 1 else _sum_shapes(shapes[i:j])
        for k in range(i, j):
            kind, rule = _kind(
                lines[k].text, shape, rules[k], known_language=known, long_sentence=long_sentence
            )
            repeated = counts[lines[k].text] > 1
            if kind == "prose":
                value = max(shapes[k].words, 1.0)
            elif kind in ("furniture", "caption"):
                value = FURNITURE_VALUE
            else:
                value = SHORT_VALUE + (REPEAT_VALUE if repeated else 0.0)
            out.append(
                _new_info(
                    line=lines[k],
                    kind=kind,
                    rule=rule,
                    shape=shapes[k],
                    repeated=repeated,
                    value=value,
                    continues=k > i,
                )
            )
        i = j
    # A caption is the prose line just above a credit that stands alone (a credit
    # glued to its own caption says nothing about the line above), and the same line
    # right above it.
    for i in range(1, len(out)):
        prev = out[i - 1]
        if (
            out[i].rule == "credit"
            and prev.kind == "prose"
            and len(prev.line.text) <= MAX_CAPTION_ABOVE_CREDIT_CHARS
            and out[i].shape.words <= MAX_CREDIT_WORDS
            and not _ends_caption(out[i].line.text)
            # ``Main image credit: Getty`` credits the photo over the article.
            and not out[i].line.text.casefold().startswith(_LEAD_IMAGE_LABELS)
            # A source through an agency may credit a document or a statement, not the
            # line above: it is furniture alone.
            and not _is_via_credit(out[i].line.text)
            # A credit by name with no label's colon and no photo agency (``Photo by
            # Jo Roe``, ``... on Unsplash``) credits a photo as often set with no
            # caption: a line above longer than a short caption stays the story's
            # (``Photo by Jo Roe/Getty Images`` credits an agency's photo, captioned).
            and not (
                out[i].line.text.startswith(_CREDIT_BY_NAME_OPENINGS)
                and not _names_photo_agency(out[i].line.text)
                and prev.shape.words > MAX_SHORT_CAPTION_WORDS
            )
            # A report's words, quoted or said, are the story's paragraph over a
            # photo that has no caption, unless the page prints them twice (the
            # second copy is the photo's caption).
            and (
                _regex.search(_REPORTED_RE, prev.line.text) is None
                or (i > 1 and out[i - 2].line.text == prev.line.text)
            )
        ):
            out[i - 1] = _as_caption(prev, "caption")
            # A gallery may print the caption twice over its credit (a quotation, a
            # report's words, is no caption: a paragraph the page repeats).
            if (
                i > 1
                and out[i - 2].kind == "prose"
                and out[i - 2].line.text == prev.line.text
                and _regex.search(_SPEECH_RE, prev.line.text) is None
            ):
                out[i - 2] = _as_caption(out[i - 2], "caption")
        # The credit under a caption its ``Enlarge /`` label opens: a name alone.
        if (
            prev.rule == "caption"
            and prev.line.text.startswith(_ENLARGE_LABEL)
            and _is_credit_name(out[i])
        ):
            out[i] = _as_caption(out[i], "credit")
        # A caption's button (``toggle caption``) stands between the caption above it
        # and the photo's credit under it.
        if out[i].rule == "gallery" and out[i].line.text.casefold() in _CAPTION_BUTTONS:
            if prev.kind in ("prose", "short") and len(prev.line.text) <= MAX_CAPTION_CHARS:
                out[i - 1] = _as_caption(prev, "caption")
            nxt = out[i + 1] if i + 1 < len(out) else None
            if nxt is not None and nxt.kind == "short" and nxt.shape.words <= MAX_CREDIT_WORDS:
                out[i + 1] = _as_caption(nxt, "credit")
    _mark_counted_captions(out)
    _unmark_listed_rows(out, known_language=known)
    return tuple(out)


# The first words of a box's label over its buttons that ends with a colon, compared
# case-folded (``Share this story:``, ``Follow us:``, ``Spread the word:``), as against
# a story's lead-in to its list (``The companies fined were:``).
_BUTTON_LABEL_OPENINGS = (
    "share", "follow", "spread", "tell", "like", "rate", "react", "vote", "connect",
    "find", "join", "send", "email", "e-mail", "print", "post", "tweet", "pin", "save",
    "how ", "what",
)  # fmt: skip
# The reader, whom a box's label speaks to (``How does this story make you feel:``,
# ``Your reaction:``): a story's lead-in does not.
_READER_WORDS_RE = regex.compile(r"(?i)\b(?:you|your|yours|us|our|someone|anyone)\b")
# A verb of being or listing, which a story's lead-in to its list holds (``The
# companies fined were:``, ``The apps used are:``, ``Os finalistas são:``) and a box's
# label over its buttons does not (``Pass this story on:``, ``Know someone who would
# enjoy this:``, ``Compartilhe esta notícia:``).
_LEAD_IN_VERB_RE = regex.compile(
    r"(?i)\b(?:is|are|was|were|include[sd]?|including|namely"
    r"|é|são|foi|foram|era|eram|incluem|es|son|fue|fueron|eran|incluyen"
    r"|est|sont|était|étaient|comprennent|ist|sind|war|waren|è|sono|erano"
    r"|zijn|adalah|yaitu|yakni|ialah)\b"
)
# A share word in any of the languages read, anywhere in the line: a label that
# holds one is a share box's (``Enjoyed this story? Share it:``, ``Help spread the
# word:``, ``Partagez cet article :``, ``Teilen Sie diesen Artikel:``), even when a
# verb of being is in it.
_SHARE_WORD_RE = regex.compile(
    r"(?i)\b(?:share|sharing|compart\w*|partag\w*|teil\w*|condivid\w*|bagikan"
    r"|deel\w*|spread|pass\b.*\bon|tell|send|forward)\b"
)
#: The fewest words in a story's lead-in to its list over a row of names (``The
#: choices were:``); a label over buttons is shorter (``Share on:``) or speaks to the
#: reader.
MIN_ROW_LEAD_IN_WORDS = 3


def _unmark_listed_rows(out: list[LineInfo], *, known_language: bool) -> None:
    """Give back to the story a row of button names that a lead-in of its announces.

    The table reads a line of networks' or moods' names alone as a row of buttons
    (:func:`~newsparse.extract.furniture.is_button_row`): under a line of the story
    that ends with a colon and leads into it (``The companies fined were:`` /
    ``Facebook Instagram Threads``, ``The choices were:`` / ``Happy Sad Angry``), it is
    the story's list. A box's label over its buttons is no such lead-in: the table's
    (``Teilen:``), one that opens with a button's verb (``Share on:``, ``Follow us:``)
    or speaks to the reader (``Your reaction:``), one of fewer than
    :data:`MIN_ROW_LEAD_IN_WORDS` words, one with no verb of being or listing
    (``Pass this story on:``) or one with a share word in any language
    (``Compartilhe esta notícia:``, ``Enjoyed this story? Share it:``).
    """
    for i in range(1, len(out)):
        info, prev = out[i], out[i - 1]
        text = prev.line.text
        if (
            info.rule in ("share", "tools")
            and prev.rule is None
            and text.endswith(":")
            and prev.shape.words >= MIN_ROW_LEAD_IN_WORDS
            and not text.casefold().startswith(_BUTTON_LABEL_OPENINGS)
            and _regex.search(_READER_WORDS_RE, text) is None
            and _regex.search(_LEAD_IN_VERB_RE, text) is not None
            and _regex.search(_SHARE_WORD_RE, text) is None
            and is_button_row(info.line.text)
        ):
            kind, rule = _kind(info.line.text, info.shape, None, known_language=known_language)
            value = max(info.shape.words, 1.0) if kind == "prose" else SHORT_VALUE
            out[i] = _new_info(
                line=info.line,
                kind=kind,
                rule=rule,
                shape=info.shape,
                repeated=info.repeated,
                value=value + (REPEAT_VALUE if info.repeated and kind == "short" else 0.0),
                continues=info.continues,
            )


# What sets a credit apart from the caption's words before it, when no stop ends
# them: an opening bracket, a dash or a bar (``The harbour at dawn | Photo: Jo Roe``).
_CAPTION_CREDIT_MARKS = ("(", "\u2014", "\u2013", "-", "|")
# So many words before ``(Credit: X)``, one not a name's, are a caption's.
_WORDS_BEFORE_BRACKETED_CREDIT = 3
# Lower-case words that join or open names (``Jo Roe and Ana de la Cruz``): the byline
# reader's particles, and the joining words and Dutch and Nordic particles beside them.
_NAME_JOINERS = frozenset((
    *_PARTICLES, "and", "e", "et", "und", "do", "ter", "ten", "op", "te", "af",
))  # fmt: skip
# Words of a credit line, not of a caption (``Jo Roe via Getty``, ``File photo``,
# ``Courtesy of the family``, ``Jo Roe, staff photographer``), compared case-folded
# (but a pool's photo is credited ``Pool``: ``pool`` is a caption's word).
_CREDIT_WORDS = frozenset((
    "via", "for", "by", "of", "from", "courtesy", "supplied", "staff", "photographer",
    "photographers", "file", "handout", "photo", "photos", "image", "images", "picture",
    "pictures", "credit", "credits", "pool", "archive",
))  # fmt: skip


def _ends_caption(text: str) -> bool:
    """Whether the credit in ``text`` is glued to the end of a caption's sentence.

    ``A train in the station. Photo: Jo Roe`` is the photo's caption and credit in one
    line, however short; ``Photo: Jo Roe`` or ``Jo Roe/AFP`` is a credit alone. So is a
    credit its label opens in brackets after three words or more, with no stop, one of
    them in lower case (a caption's, not a name's) and none a credit's (``via``,
    ``staff``, ``file``): ``The chairman at the launch (Credit: Getty Images)``, not
    ``Jo Roe (Photo: AFP)`` nor ``Jo Roe and Sam Poe (Photo: AFP)``; and so is one a
    dash or a bar parts from three words or more, one in lower case (``The pool on
    Monday — Photo: Jo Roe``).

    Examples:
        >>> _ends_caption("The chairman at the launch (Credit: Getty Images)")
        True
        >>> _ends_caption("Jo Roe (Photo: AFP)"), _ends_caption("Photo: Jo Roe")
        (False, False)
        >>> _ends_caption("Jo Roe and Ana de la Cruz (Photo: AFP)")
        False
        >>> _ends_caption("Jo Roe for The Gazette (Credit: Jo Roe)")
        False
        >>> _ends_caption("The pool on Monday \u2014 Photo: Jo Roe")
        True
        >>> _ends_caption("The pool on Monday (Photo: Jo Roe)")
        True
    """
    if _glued_credit(text):
        return True
    found = _regex.search(_CREDIT_RE, text) or _regex.search(_END_CREDIT_RE, text)
    if found is None or found.start() == 0:
        return False
    if found.group().startswith("(") and found.group().endswith(")"):
        return True  # ``... quay (Photos by Jo Roe/AP)``
    before = text[: found.start()].rstrip()
    stop = before[:-1].rstrip()[-1:] if before[-1:] == "(" else before[-1:]
    if stop and stop in ".!?":
        return True  # ``... at dawn. Photo: Jo Roe``, ``... at dawn. (Photo: Jo Roe)``
    if before[-1:] not in _CAPTION_CREDIT_MARKS:
        return False
    words = [w.strip(",;") for w in before[:-1].split()]
    if len(words) < _WORDS_BEFORE_BRACKETED_CREDIT:
        return False
    if before[-1] == "(" and any(w.casefold() in _CREDIT_WORDS and w != "pool" for w in words):
        return False  # the credit's own words: ``Jo Roe for The Gazette (Credit: ...)``
    # A word in lower case that no name holds (``deRoe`` holds a capital).
    return any(w[:1].islower() and w.islower() and w not in _NAME_JOINERS for w in words)


def _is_credit_name(info: LineInfo) -> bool:
    """Whether a line is a photo's credit as a name alone: ``Jo Roe``, ``Jo Roe / Getty``.

    A short line (no paragraph, no stop at its end) of at most ``MAX_SOURCE_WORDS``
    words, each capitalised or a bar or a slash between names.

    Examples:
        >>> from newsparse._text import split_lines
        >>> t = "Kestrel Ambrose\\nJo Roe / Harbour Office\\nThe ferry\\nThe ferry sailed.\\n"
        >>> [_is_credit_name(i) for i in classify_lines(t, split_lines(t))]
        [True, True, False, False]
    """
    words = info.line.text.split()
    return (
        info.kind == "short"
        and 0 < len(words) <= MAX_SOURCE_WORDS + 1
        and not info.shape.sentence_end
        and _capitalised(words, _SIGN_JOINERS)
    )


def _as_caption(info: LineInfo, rule: str) -> LineInfo:
    """``info`` made a caption (or a credit, as ``rule`` says)."""
    return attrs.evolve(info, kind="caption", rule=rule, value=FURNITURE_VALUE)
