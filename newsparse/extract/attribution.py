"""Attribution trailers: agency inputs, credits, contributions and copyright lines.

Examples:
    >>> read_attribution("(With inputs from PTI, Reuters)").sources
    ('PTI', 'Reuters')
    >>> read_attribution("(Reporting by Jane Doe in Seoul; Editing by Jo Bloggs)").credits
    (Credit(role='reporting', names=('Jane Doe',)), Credit(role='editing', names=('Jo Bloggs',)))
    >>> read_attribution("The minister said so.") is None
    True
"""

from __future__ import annotations

import regex
from attrs import frozen

from newsparse import _regex
from newsparse._text import caseless, holds_any
from newsparse.extract.furniture import is_copyright_notice
from newsparse.model import Credit
from newsparse.vocab import canonical_agency

__all__ = ["AttributionLine", "read_attribution"]


def __dir__() -> list[str]:
    return __all__


_WITH_INPUTS_RE = regex.compile(
    r"\(?\s*+With\x20(?:(?:additional\x20)?inputs?|reporting)\x20from\x20"
    r"(?P<sources>[^()\n]{1,200}+)\)?\.?",
    regex.IGNORECASE,
)
_AGENCY_INPUTS_RE = regex.compile(
    r"\(?\s*+With\x20(?:agency|agencies|wire)\x20inputs?\s*+\)?\.?", regex.IGNORECASE
)
# Reuters may glue the writers' contacts in double brackets to the credits: ``(Reporting
# by Jo Roe; Editing by Al Poe) ((jo.roe@example.com; +44 20 ...))``; no credit.
_CREDITS_RE = regex.compile(
    r"\(?(?P<credits>(?:(?:Additional\x20)?(?:reporting|writing|editing|compiled|written|edited"
    r"|research|graphics|production|translation|translated|story|text|photos?)\x20by\b)"
    r"[^\n]{1,600}?)\)?\.?(?:\s{0,3}+\(\([^\n()@]{0,100}+@[^\n()]{1,400}+\)\))?",
    regex.IGNORECASE,
)
# After ``report`` only where the writers were (``from Kyiv.``) and punctuation: ``...
# contributed to this report by sending photos, the station said.`` is a sentence.
_CONTRIBUTED_RE = regex.compile(
    r"(?P<names>[^\n]{1,300}?)\x20contributed\x20(?:to\x20)?(?:this\x20)?"
    r"(?:report|story|article|reporting)(?:\x20(?:from|in)\x20[^\n]{1,60}|[^\n\p{L}]{0,5})",
    regex.IGNORECASE,
)
# AP's shorter form, ``Associated Press writer Jane Doe in Chicago contributed.``: only
# after an agency's writers (``Local businesses also contributed.`` is a sentence).
_CONTRIBUTED_BARE_RE = regex.compile(
    r"(?P<names>[^\n]{1,300}?)\x20contributed\.?", regex.IGNORECASE
)
# "Copyright" or "(c)" before two words in lower case opens a sentence ("Copyright
# reform is next", "Copyright owners, he said"), not a notice; one such word may be the
# holder ("(c) dpa", "Copyright dpa 2023") or the word again ("(c) copyright 2023").
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_COPYRIGHT_RE = regex.compile(
    r"\G(?:(?:Copyright|\(c\))(?!\s{1,3}+(?-i:\p{Ll}[\p{L}'\u2019-]{0,30}+[,;:]?\s{1,3}+\p{Ll}))|©)\s*+(?:©\s*+)?(?:\d{4}(?:\s?[-\u2013]\s?\d{4})?\s*+)?,?\s*+"
    r"(?P<holder>[^.,\n]{1,100}+)[^\n]{0,400}",
    regex.IGNORECASE,
)
_ROLE_RE = regex.compile(
    r"(?P<role>[^\n;]{1,60}?)\x20by\s?:?\x20(?P<names>[^\n;]{1,300})", regex.IGNORECASE
)
# Where one credit ends and the next begins: ``;``, or ``,``/``.`` before ``<role> by``
# (``, with reporting by``), or a space before ``with <role> by``.
_CREDIT_SPLIT_RE = regex.compile(
    r"(?<!\s)\s*+;\s*+"
    r"|[,.]\s++(?=(?:with\s++)?(?:additional\s++)?(?:reporting|writing|editing|compiled"
    r"|written|edited|research|graphics|production|translation|translated)\s++by\b)"
    # ``Writing by Jo Roe with additional reporting by Al Poe``: no comma before ``with``.
    r"|(?<!\s)\s++(?=with\s++(?:additional\s++)?(?:reporting|writing|editing)\s++by\b)",
    regex.IGNORECASE,
)
# A wire sign-off: the agency's name alone on the last line (``Reuter`` in 1987 copy).
_SIGN_OFF_RE = regex.compile(r"Reuters?|REUTERS?")
#: The longest line read as an agency's name alone, or with ``with`` in another language.
_AGENCY_LINE_CHARS = 40
# An agency credited at a story's end in another language's ``with``: French ``(Avec
# AFP)``, German ``(Mit Material von dpa)``, Spanish ``(Con información de EFE)``,
# Italian ``(Con ANSA)``, Portuguese ``(Com Lusa)``. The agency is then looked up.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
_FOREIGN_WITH_RE = regex.compile(
    r"\G\(?\x20?(?:avec|mit(?:\x20material\x20von)?|con(?:\x20informaci[oó]n\x20de)?"
    r"|com(?:\x20informa[cç][oõ]es\x20d[aeo])?)\x20(?P<agency>[^()\n]{2,30}?)\x20?\)?\.?",
    regex.IGNORECASE,
)
_NAME_SPLIT_RE = regex.compile(r"(?<!\s)\s*+(?:,|\band\b|&)\s*+", regex.IGNORECASE)

#: The roles of Reuters' services in Spanish, French, German and Portuguese credit
#: trailers, and the English role each names: ``(Reporte de Ana Roa; Editado por Luis
#: Paz)``, ``(Reportage Claire Vasseur, version française Jean Roy, édité par Paul
#: Mey)``, ``(Bericht von Jana Roth, redigiert von Olaf Brand.)``, ``(Reportagem de Ana
#: Lima; Edição de Rui Dias)``. Longest first, as the pattern tries them.
FOREIGN_CREDIT_ROLES = {
    "reporte adicional": "additional reporting",
    "reportaje adicional": "additional reporting",
    "información adicional": "additional reporting",
    "reportagem adicional": "additional reporting",
    "reportage complémentaire": "additional reporting",
    "editado en español": "editing",
    "version française": "translation",
    "reportagem": "reporting",
    "reportaje": "reporting",
    "reportage": "reporting",
    "reporte": "reporting",
    "información": "reporting",
    "bericht": "reporting",
    "escrito": "writing",
    "rédigé": "writing",
    "geschrieben": "writing",
    "editado": "editing",
    "edición": "editing",
    "édité": "editing",
    "édition": "editing",
    "redigiert": "editing",
    "bearbeitet": "editing",
    "edição": "editing",
    "traducido": "translation",
    "traducción": "translation",
    "übersetzt": "translation",
    "tradução": "translation",
}
_FOREIGN_ROLE_ALTS = "|".join(
    regex.escape(r).replace("\\ ", "\\x20")
    for r in sorted(FOREIGN_CREDIT_ROLES, key=len, reverse=True)
)
# One credit of such a trailer: the role, perhaps its ``de``/``por``/``par``/``von``,
# and the names.
_FOREIGN_ROLE_RE = regex.compile(
    r"(?P<role>" + _FOREIGN_ROLE_ALTS + r")(?:\x20(?:de|por|par|von|da|do|di))?\x20"
    r"(?P<names>[^\n;]{1,300})",
    regex.IGNORECASE,
)
# The whole trailer, in brackets: a role opens it. ``\G``: matched only at the position
# its caller gives (``fullmatch``).
_FOREIGN_CREDITS_RE = regex.compile(
    r"\G\(\x20?(?P<credits>(?:" + _FOREIGN_ROLE_ALTS + r")\x20[^\n]{1,800}?)\x20?\)\.?",
    regex.IGNORECASE,
)
# Where one credit of such a trailer ends: ``;``, ``,``/``.`` before another role, or a
# sentence's end after a word (not an initial): the desk's note that may follow.
_FOREIGN_CREDIT_SPLIT_RE = regex.compile(
    r"(?<!\s)\s*+;\s*+|[,.]\s++(?=(?:"
    + _FOREIGN_ROLE_ALTS
    + r")\x20)|(?<=\p{L}{2})\.\s++(?=\p{Lu})",
    regex.IGNORECASE,
)
# Names in such a trailer are joined by the language's ``and`` too.
_FOREIGN_NAME_SPLIT_RE = regex.compile(
    r"(?<!\s)\s*+(?:,|\b(?:and|y|et|und|e)\b|&)\s*+", regex.IGNORECASE
)
#: Lower-case words a name in those languages may hold (``María de la Cruz``).
_FOREIGN_NAME_PARTICLES = frozenset(
    {"de", "la", "del", "da", "do", "dos", "das", "van", "von", "der", "di", "du", "le"}
)
_PLACE_RE = regex.compile(r"\x20in\x20\p{Lu}[^,;]{0,60}$")
# The outlet or desk a writer filed for, after the name: ``Jo Roe for Reuters``,
# ``Compiled by Jo Roe for the Africa desk``; no part of the name.
_FOR_RE = regex.compile(r"\x20for\x20(?:the\x20)?\p{Lu}[^,;]{0,80}$")
_AP_WRITERS_RE = regex.compile(
    r"^(?:The\x20)?(?:Associated\x20Press|AP|Reuters|AFP)\x20(?:\w+\x20){0,3}?"
    r"(?:writers?|reporters?|correspondents?|journalists?)\x20",
    regex.IGNORECASE,
)


@frozen(kw_only=True)
class AttributionLine:
    """What one attribution line says.

    Args:
        kind: ``inputs``, ``credits``, ``contributed``, ``copyright`` or ``sign-off``.
        sources: Canonical agency names the line credits.
        credits: Roles and names the line gives.

    Examples:
        >>> AttributionLine(kind="inputs", sources=("PTI",)).sources
        ('PTI',)
    """

    kind: str
    sources: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()


def _names(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for raw in _NAME_SPLIT_RE.split(text):
        name = _PLACE_RE.sub("", _FOR_RE.sub("", raw.strip(" .()")))
        if name:
            out.append(name)
    return tuple(out)


#: Words an outlet's name before a possessive may have (``Fox News'``, ``The Valley
#: Herald's``).
MAX_OUTLET_POSSESSIVE_WORDS = 4


def _outlet_possessive(names: str) -> tuple[str | None, str]:
    """Split an outlet's possessive off the names of a contributors' line.

    ``CNN's Jo Roe and Al Poe contributed ...`` credits Jo Roe and Al Poe, of CNN:
    the outlet is one to four capitalised words before ``'s`` or ``'`` (straight or
    curly) and a capitalised name after it. Names with no such opening come back whole.

    Examples:
        >>> _outlet_possessive("CNN's Jo Roe and Al Poe")
        ('CNN', 'Jo Roe and Al Poe')
        >>> _outlet_possessive("Fox News\\u2019 Jo Roe")
        ('Fox News', 'Jo Roe')
        >>> _outlet_possessive("Jo Roe and Al Poe")
        (None, 'Jo Roe and Al Poe')
    """
    words = names.split(" ")
    for k, word in enumerate(words[:MAX_OUTLET_POSSESSIVE_WORDS]):
        if not word[:1].isupper() or k + 1 >= len(words):
            break
        stem = word.removesuffix("'s").removesuffix("\u2019s")
        if stem == word:
            stem = word.removesuffix("'").removesuffix("\u2019")
            if stem == word or not stem.endswith("s"):
                continue
        if words[k + 1][:1].isupper() and stem:
            return " ".join([*words[:k], stem]), " ".join(words[k + 1 :])
        break
    return None, names


def _sources(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for raw in _NAME_SPLIT_RE.split(text):
        name = raw.strip(" .()")
        agency = canonical_agency(name)
        if agency is None and name[:1].isupper() and not name.casefold().startswith("agenc"):
            agency = name
        if agency is not None and agency not in found:
            found.append(agency)
    return tuple(found)


def _role(raw: str) -> str:
    # ``..., with reporting by X``: the role is the reporting.
    role = " ".join(raw.casefold().split()).removeprefix("with ")
    return {"written": "writing", "edited": "editing", "translated": "translation"}.get(role, role)


#: Lower-case words the names of an English credit may hold without reading as a
#: sentence: joining words, a name's particles, a date's ``on`` and the desks credited in
#: a writer's place (``Additional reporting by China bureau``, ``Compiled by Jo Roe for
#: the Africa desk``, ``Reporting by staff of the Paris newsroom``).
_CREDIT_NAME_WORDS = frozenset(
    {
        "and", "in", "from", "at", "for", "the", "of", "on", "with", "our",
        "de", "van", "von", "da", "del", "la", "le", "du", "der", "di", "dos", "das", "bin",
        "al", "el", "bureau", "bureaus", "newsroom", "newsrooms", "staff", "desk", "desks",
        "team", "correspondent", "correspondents", "reporter", "reporters", "writer",
        "writers", "editor", "editors",
    }
)  # fmt: skip
#: Other lower-case words in one name that make it a clause: one is a writer's
#: description (``Written by newcomer Ellis Parr``), two a sentence running on after the
#: names (``Written by Orla Fennimore, the play has toured ...``).
_CREDIT_PROSE_WORDS = 2
#: Prepositions that open a note on how or where a writer worked, after ``and`` or a
#: comma (``Jo Roe in Nairobi and by telephone from Juba``); a clause opens otherwise.
_NOTE_OPENERS = frozenset({"by", "via", "from", "aboard", "at", "in", "on", "with"})


#: Words that may follow a writer's name to open a note on where or how they worked
#: (``Jo Roe near the border``), not a verb: with :data:`_NOTE_OPENERS` and participles
#: in ``-ing`` (``Jo Roe traveling with the prime minister``).
_NOTE_WORDS = _NOTE_OPENERS | frozenset(
    {
        "near", "outside", "inside", "across", "along", "off", "through", "during",
        "after", "before", "over", "under", "within", "without", "among", "between",
        "into", "onto", "toward", "towards", "around", "behind", "beyond", "alongside",
        "for", "to", "amid",
    }
)  # fmt: skip
#: Words that open a verb's object (``prompted the inquiry``).
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"}
)


def _runs_into_clause(names: str) -> bool:
    """Whether a name of a credit runs on into a verb and its object: a sentence.

    ``(Reporting by the Carrow Herald and the Island Times prompted the inquiry.)`` names
    two papers, then ``prompted the inquiry``: a lower-case word straight after a
    capitalised one, not a preposition or a participle in ``-ing`` (a note on the
    writer), with ``the``, ``a`` or a possessive after it. Even in brackets, where a
    note is cut off the name, such a part is no credit.

    Examples:
        >>> _runs_into_clause("the Carrow Herald and the Island Times prompted the inquiry.")
        True
        >>> _runs_into_clause("Jo Roe aboard a navy patrol boat")
        False
        >>> _runs_into_clause("Jo Roe traveling with the prime minister")
        False
    """
    for part in _NAME_SPLIT_RE.split(names):
        words = [w.strip(".()") for w in part.split()]
        for prev, w, nxt in zip(words, words[1:], words[2:], strict=False):
            if not w[:1].islower() or w in _CREDIT_NAME_WORDS:
                continue
            if (
                prev[:1].isupper()
                and w not in _NOTE_WORDS
                and not w.endswith("ing")
                and nxt in _OBJECT_OPENERS
            ):
                return True
            break
    return False


def _prose_words(name: str) -> int:
    """How many lower-case words of one name are neither joining words nor a desk's."""
    return sum(w[:1].islower() and w.strip(".()") not in _CREDIT_NAME_WORDS for w in name.split())


def _names_run_on(names: str, *, after_first: bool = False) -> bool:
    """Whether the names after a credit's ``by`` run on into a sentence.

    ``Written by Orla Fennimore, the play has toured since May`` opens a sentence with a
    participle, as a story's first or last paragraph may; a credit line's names are
    capitalised, perhaps with a place, a desk or a particle. One name (a part between
    commas and ``and``) holding two other lower-case words is a clause. With
    ``after_first``, only a part after the first counts: a sentence's clause follows
    the participle's phrase after a comma, while a note on where a writer filed from
    (``Jo Roe via satellite phone from Kandahar``) stays in the first part, or opens a
    later one with a preposition (``Jo Roe in Nairobi and by telephone from Juba``).

    Examples:
        >>> _names_run_on("Jo Roe in Seoul and Al Poe for the Africa desk")
        False
        >>> _names_run_on("newcomer Ellis Parr")
        False
        >>> _names_run_on("Orla Fennimore, the play has toured since May")
        True
        >>> _names_run_on("Jo Roe by telephone from Misrata", after_first=True)
        False
    """
    parts = _NAME_SPLIT_RE.split(names)
    return any(
        _prose_words(raw) >= _CREDIT_PROSE_WORDS
        and not (after_first and raw.split(" ", 1)[0] in _NOTE_OPENERS)
        for raw in parts[after_first:]
    )


def _name_before_note(name: str) -> str:
    """One name of a credit without the note on the writer that runs on after it.

    A Reuters trailer may say how or where a writer worked: ``Jo Roe by telephone from
    Misrata``, ``Jo Roe aboard a navy patrol boat``, ``Jo Roe, a freelance journalist
    based in Juba``. A name holding two lower-case words or more (as
    :func:`_names_run_on` counts them) is cut before its first such word, and the
    joining words left at its end go too; a part that opens with the note is no name.
    A name with one such word keeps it (``comedian Sal Brannock``).

    Examples:
        >>> _name_before_note("Jo Roe traveling with the prime minister")
        'Jo Roe'
        >>> _name_before_note("a freelance journalist based in Juba")
        ''
        >>> _name_before_note("Reuters staff in Stockholm")
        'Reuters staff in Stockholm'
    """
    if _prose_words(name) < _CREDIT_PROSE_WORDS:
        return name
    kept: list[str] = []
    for w in name.split():
        if w[:1].islower() and w.strip(".()") not in _CREDIT_NAME_WORDS:
            break
        kept.append(w)
    while kept and kept[-1][:1].islower():
        kept.pop()
    return " ".join(kept)


def _credits(text: str, *, bracketed: bool = False) -> tuple[Credit, ...]:
    """The credits of an English credit line; a part whose names run on into prose gives none.

    Only a line that may be a sentence, out of brackets and with no ``;``, is read for a
    clause after the names (:func:`_names_run_on`): that part gives no credit, and with
    no part left the line is none. In a bracketed trailer or one whose credits ``;``
    parts, a note after a writer's name is cut off instead (:func:`_name_before_note`),
    as in any first name part: ``(Reporting by Jo Roe by telephone from Misrata; Editing
    by Kim Lee)`` credits Jo Roe and Kim Lee. A part whose names run on into a verb and
    its object (:func:`_runs_into_clause`) gives no credit, in brackets too.

    Examples:
        >>> [(c.role, c.names) for c in _credits("Reporting by Jo Roe; Editing by Al Poe")]
        [('reporting', ('Jo Roe',)), ('editing', ('Al Poe',))]
        >>> _credits("Compiled by the statistics office, the figures cover all of 2004.")
        ()
        >>> [(c.role, c.names) for c in _credits(
        ...     "Reporting by Jo Roe, a freelance journalist based in Juba; Editing by Al Poe"
        ... )]
        [('reporting', ('Jo Roe',)), ('editing', ('Al Poe',))]
    """
    out: list[Credit] = []
    may_be_sentence = not bracketed and ";" not in text
    for part in _CREDIT_SPLIT_RE.split(" ".join(text.split())):
        m = _regex.search(_ROLE_RE, part)
        if m is None:
            continue
        raw = m["names"]
        if may_be_sentence and _names_run_on(raw, after_first=True):
            continue
        if _runs_into_clause(raw):
            continue
        if _names_run_on(raw):
            raw = ", ".join(
                n for n in map(_name_before_note, _NAME_SPLIT_RE.split(raw)) if n.strip(" .()")
            )
        names = _names(raw)
        if names:
            out.append(Credit(role=_role(m["role"]), names=names))
    return tuple(out)


def _foreign_credits(text: str) -> tuple[Credit, ...]:
    """The credits of a Reuters trailer in Spanish, French, German or Portuguese.

    Each credit's names must read as names (capitalised words and a name's particles);
    a part that names no role (German desks' ``Bei Rückfragen wenden Sie sich ...``, the
    desk's contacts) gives none. Any credit whose names do not read as names fails the
    whole line: ``(Bericht von Amnesty über die Lage)`` is a sentence.

    Examples:
        >>> found = _foreign_credits("Reporte de Ana Roa y Luis Paz; Editado por Eva Gil")
        >>> [(c.role, c.names) for c in found]
        [('reporting', ('Ana Roa', 'Luis Paz')), ('editing', ('Eva Gil',))]
        >>> _foreign_credits("Bericht von Amnesty über die Lage")
        ()
    """
    out: list[Credit] = []
    for part in _FOREIGN_CREDIT_SPLIT_RE.split(" ".join(text.split())):
        m = _FOREIGN_ROLE_RE.match(part)
        if m is None:
            if not out:
                return ()
            continue
        names = tuple(
            n
            for n in (
                _PLACE_RE.sub("", raw.strip(" .()"))
                for raw in _FOREIGN_NAME_SPLIT_RE.split(m["names"])
            )
            if n
        )
        if not names or not all(
            w[:1].isupper() or w in _FOREIGN_NAME_PARTICLES for n in names for w in n.split()
        ):
            return ()
        out.append(Credit(role=FOREIGN_CREDIT_ROLES[m["role"].casefold()], names=names))
    return tuple(out)


# Cheap necessary conditions for the patterns above, read off their openings (the sign-off
# is at most seven characters long): each pattern is tried only where its test passes.
# A test checks every golden line and generated ones.
_SIGN_OFF_CHARS = 7
_CREDIT_OPENERS = (
    "additional ", "reporting", "writing", "editing", "compiled", "written", "edited",
    "research", "graphics", "production", "translation", "translated", "story", "text",
    "photo",
)  # fmt: skip
_COPYRIGHT_OPENERS = ("copyright", "\u00a9", "(c)")
# The foreign trailers' roles' first words, caseless, for the same pre-test.
_FOREIGN_CREDIT_OPENERS = tuple({r.split()[0] for r in FOREIGN_CREDIT_ROLES})
# What ``_FOREIGN_WITH_RE``'s line opens with once its bracket and space are stripped.
_FOREIGN_WITH_OPENERS = ("avec", "mit", "con", "com")


# How long the agencies' names in ``(With PTI and ANI inputs)`` may be, and how much white
# space may stand inside each bracket.
_NAMED_INPUTS_CHARS = 80
_BRACKET_SPACE = 3


def _named_inputs(text: str, pos: int, end: int) -> str | None:
    """The names in a whole line ``(With PTI inputs)``, or ``(with PTI and ANI inputs).``.

    Up to three white-space characters inside each bracket; ``With`` and ``inputs`` (or
    ``input``) in any case; between them one to eighty characters, no bracket. The agencies
    come before the word; whether each name is an agency's is the caller's to judge
    (``(With farmers' inputs)`` credits none). Read from the line's two ends: a pattern
    for it was tried at every bracket of a text.

    Examples:
        >>> line = "(With PTI and ANI inputs)."
        >>> _named_inputs(line, 0, len(line)), _named_inputs("( with Reuters input )", 0, 22)
        ('PTI and ANI', 'Reuters')
        >>> _named_inputs("(With inputs)", 0, 13) is None
        True
    """
    low = caseless(text[pos:end])
    if low.endswith(")."):
        low = low[:-1]
    if not (low.startswith("(") and low.endswith(")")):
        return None
    first = 1
    while first <= _BRACKET_SPACE and _white(low, first):
        first += 1
    last = len(low) - 1  # the closing bracket
    while len(low) - 1 - last < _BRACKET_SPACE and _white(low, last - 1):
        last -= 1
    if not low.startswith("with ", first):
        return None
    word = " inputs" if low.endswith(" inputs", 0, last) else " input"
    if not low.endswith(word, 0, last):
        return None
    start, stop = first + len("with "), last - len(word)
    names = low[start:stop]
    if not 1 <= len(names) <= _NAMED_INPUTS_CHARS or holds_any(names, "()\n"):
        return None
    return text[pos + start : pos + stop]


def _white(text: str, at: int) -> bool:
    """Whether ``text[at]`` is white space as :mod:`regex` reads ``\\s`` (not U+001C-U+001F)."""
    return 0 <= at < len(text) and text[at].isspace() and text[at] not in "\x1c\x1d\x1e\x1f"


def _may_be(low: str) -> tuple[bool, bool, bool, bool]:
    """Which of inputs, credits, contributed and copyright the line (made caseless) may be."""
    opening = low.removeprefix("(")
    return (
        opening.lstrip().startswith("with "),
        opening.startswith(_CREDIT_OPENERS),
        " contributed" in low,
        low.startswith(_COPYRIGHT_OPENERS),
    )


#: The lower-case words a list of writers may hold: ``Jo Roe in Chicago and Al Poe``.
_NAME_LIST_WORDS = frozenset({"and", "in", "from", "at", "de", "van", "von", "da", "del"})


def _names_only(names: str) -> bool:
    """Whether ``names`` reads as a list of writers, each word capitalised or a joining word.

    Examples:
        >>> _names_only("Jo Roe in Chicago and Al Poe")
        True
        >>> _names_only("helped, and everyone")
        False
    """
    words = names.replace(",", " ").split()
    return bool(words) and all(w[:1].isupper() or w in _NAME_LIST_WORDS for w in words)


def _agency_line(text: str, pos: int, end: int) -> AttributionLine | None:
    """A short line naming an agency alone, or with another language's ``with``.

    ``dpa``, ``ANP`` or ``(AFP)`` alone under a story is its sign-off; ``(Avec AFP)``
    credits the agency's copy as ``(With inputs from AFP)`` does.

    Examples:
        >>> [(a.kind, a.sources) for a in map(_agency_line, ["dpa", "(Avec AFP)"], [0, 0], [3, 10])]
        [('sign-off', ('dpa',)), ('inputs', ('AFP',))]
        >>> _agency_line("Avec plaisir", 0, 12) is None
        True
    """
    bare = text[pos:end].strip(" ()")
    if (
        " " in bare
        and caseless(bare[:4]).startswith(_FOREIGN_WITH_OPENERS)
        and (m := _regex.fullmatch(_FOREIGN_WITH_RE, text, pos, end)) is not None
    ):
        agency = canonical_agency(m["agency"])
        return None if agency is None else AttributionLine(kind="inputs", sources=(agency,))
    if not bare.replace(" ", "").replace("-", "").isalpha():
        return None  # ``REUTER...``: a 1987 sign-off glued to its marks is read elsewhere
    agency = canonical_agency(bare)
    # Written as the agency writes it (``dpa``, ``ANP``, ``Reuters``), or a longer name
    # capitalised (``Associated Press``): ``ap`` or ``Ani`` alone is a word or a name.
    if agency is None or not (bare == agency or (len(bare) > 3 and bare[0].isupper())):  # noqa: PLR2004
        return None
    return AttributionLine(kind="sign-off", sources=(agency,))


def read_attribution(text: str, pos: int = 0, endpos: int | None = None) -> AttributionLine | None:
    """Read one trimmed line ``text[pos:endpos]`` as an attribution line, or return ``None``.

    Args:
        text: The text holding the line.
        pos: The line's start.
        endpos: The line's end; the end of the text by default.

    Returns:
        An :class:`AttributionLine`, or ``None`` for a line that is not one.

    Examples:
        >>> line = "Associated Press writers Jane Doe and Sam Roe contributed to this report."
        >>> found = read_attribution(line)
        >>> found.kind, found.sources, found.credits[0].names
        ('contributed', ('AP',), ('Jane Doe', 'Sam Roe'))
        >>> read_attribution("Copyright 2023 The Associated Press. All rights reserved.").sources
        ('AP',)
        >>> read_attribution("(With agency inputs)").kind
        'inputs'
        >>> read_attribution("(With PTI and Reuters inputs)").sources
        ('PTI', 'Reuters')
        >>> read_attribution("Reuter").sources
        ('Reuters',)
        >>> read_attribution("dpa").kind, read_attribution("(Avec AFP)").sources
        ('sign-off', ('AFP',))
        >>> [c.role for c in read_attribution(
        ...     "(Additional reporting by Jo Roe in Lima, editing by Al Poe. Writing by Di Lee)"
        ... ).credits]
        ['additional reporting', 'editing', 'writing']
    """
    end = len(text) if endpos is None else endpos
    if end - pos > 700:  # noqa: PLR2004 - attribution lines are short
        return None
    if end - pos <= _SIGN_OFF_CHARS and _regex.fullmatch(_SIGN_OFF_RE, text, pos, end) is not None:
        return AttributionLine(kind="sign-off", sources=("Reuters",))
    if end - pos <= _AGENCY_LINE_CHARS and (alone := _agency_line(text, pos, end)) is not None:
        return alone
    inputs, credited, contributed, copyright_ = _may_be(caseless(text[pos:end]))
    if inputs and (m := _regex.fullmatch(_WITH_INPUTS_RE, text, pos, end)) is not None:
        return AttributionLine(kind="inputs", sources=_sources(m["sources"]))
    if inputs and _regex.fullmatch(_AGENCY_INPUTS_RE, text, pos, end) is not None:
        return AttributionLine(kind="inputs")
    if inputs and (sources := _named_inputs(text, pos, end)) is not None:
        named = [n.strip(" .") for n in _NAME_SPLIT_RE.split(sources)]
        agencies = [canonical_agency(n) for n in named if n]
        if agencies and all(agencies):
            return AttributionLine(
                kind="inputs", sources=tuple(dict.fromkeys(a for a in agencies if a))
            )
    if credited and (m := _regex.fullmatch(_CREDITS_RE, text, pos, end)) is not None:
        found = _credits(m["credits"], bracketed=text.startswith("(", pos))
        return AttributionLine(kind="credits", credits=found) if found else None
    if (
        text.startswith("(", pos)
        and caseless(text[pos + 1 : pos + 30]).lstrip().startswith(_FOREIGN_CREDIT_OPENERS)
        and (m := _regex.fullmatch(_FOREIGN_CREDITS_RE, text, pos, end)) is not None
    ):
        found = _foreign_credits(m["credits"])
        return AttributionLine(kind="credits", credits=found) if found else None
    if not (contributed or copyright_):
        return None
    if contributed and (
        (m := _regex.fullmatch(_CONTRIBUTED_RE, text, pos, end)) is not None
        or (
            (m := _regex.fullmatch(_CONTRIBUTED_BARE_RE, text, pos, end)) is not None
            and (w := _AP_WRITERS_RE.match(m["names"])) is not None
            and _names_only(m["names"][w.end() :])
        )
    ):
        names = m["names"]
        agency = None
        if (w := _AP_WRITERS_RE.match(names)) is not None:
            agency = canonical_agency(w.group().split()[0]) or canonical_agency(
                " ".join(w.group().split()[:2])
            )
            names = names[w.end() :]
        else:
            outlet, names = _outlet_possessive(names)
            agency = None if outlet is None else canonical_agency(outlet)
        return AttributionLine(
            kind="contributed",
            sources=() if agency is None else (agency,),
            credits=(Credit(role="contributed", names=_names(names)),),
        )
    if (
        copyright_
        and (m := _regex.fullmatch(_COPYRIGHT_RE, text, pos, end)) is not None
        # ``Copyright Office officials said on Monday ...``: a sentence, not a notice.
        and is_copyright_notice(text, pos, end)
    ):
        holder = m["holder"].strip()
        agency = canonical_agency(holder)
        return AttributionLine(kind="copyright", sources=() if agency is None else (agency,))
    return None
