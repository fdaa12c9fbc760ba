"""What formats share: evidence scoring, and the reading of headers, trailers and bodies.

A format finds its layout's regions; the helpers here turn lines into fields the same
way everywhere, so a byline or a trailer is read once for all layouts.
"""

from __future__ import annotations

import itertools
import math
import operator
from typing import TYPE_CHECKING, ClassVar, Literal, NamedTuple

import attrs
import regex
from attrs import define, frozen

from newsparse import _regex
from newsparse._text import (
    Line,
    after_colon,
    caseless,
    fold,
    gate_key,
    holds_any,
    line_field,
    trim,
)
from newsparse.extract.attribution import AttributionLine, read_attribution
from newsparse.extract.bylines import (
    BylineMatch,
    find_labelled_byline,
    read_byline,
    reads_as_names,
)
from newsparse.extract.dates import find_dates, spelled_zone
from newsparse.extract.furniture import (
    CONSENT_REACH,
    READING_TIME_RE,
    furniture_rule,
    reading_minutes,
    unbannered_consent,
)
from newsparse.model import Byline, Credit, Field, ParsedFields, ParseOptions, Span, _field, _span
from newsparse.stopwords import guess_language
from newsparse.vocab import BY_LABEL_LANGUAGES, STAMP_LABELS, STAMP_LEADS, canonical_agency

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from newsparse.extract.dates import DateMatch
    from newsparse.model import DatePrecision, Note

__all__ = [
    "HEAD_CHARS",
    "TAIL_CHARS",
    "Builder",
    "Evidence",
    "EvidenceFormat",
    "OpeningWords",
    "Scan",
    "ShortLines",
    "alternation",
    "fired_evidence",
    "looks_wrapped",
    "reads_as_caption",
]

#: How much of the start of a text ``score`` may read.
HEAD_CHARS = 2_000
# How much of a text's start Builder.language reads for its language.
_LANGUAGE_SAMPLE = 3_000
#: How much of the end of a text ``score`` may read.
TAIL_CHARS = 1_500

Where = Literal["head", "tail", "all"]

# What Scan.heads strips from a line's start. (An empty line's start is in it too.)
_INDENT = " \t\ufeff"
# A bracketed lower-case word, or two or three joined by spaces or hyphens, as wire
# datelines name their agency: ``(reuters)``, ``(dpa-afx)``, ``(jiji press)``,
# ``(thomson reuters foundation)``. ``\G``: matched only at the bracket its caller
# gives (``fullmatch``).
_BRACKETED_RE = regex.compile(r"\G\(([a-z]{2,12}(?:[\x20-][a-z]{2,14}){0,2})\)")
# The longest the bracketed words of _BRACKETED_RE are, and a single word.
_LONGEST_BRACKETED = 12 + 2 * (1 + 14)
_LONGEST_BRACKETED_WORD = 12


# The shortest part of several needles worth a search of its own (Evidence._shared_part).
_SHORTEST_SHARED = 3
# Numbers each Evidence as it is made (Evidence._key).
_EVIDENCE_KEYS = itertools.count()


class _Route(NamedTuple):
    """What :meth:`Scan._search` reads of an :class:`Evidence`, worked out when it is made."""

    shared: str | None  # a part of every needle, if they are several and share one
    keys: frozenset[str] | None  # its heads' first two characters, if it has heads
    opening: OpeningWords | None  # its gate, when that picks the lines searched
    gate: Callable[[Scan, int, int], bool] | None  # its gate otherwise
    needles: tuple[str, ...]
    marked: tuple[tuple[str, str], ...]  # each needle with its mark, or "" (_needle_marks)
    words: frozenset[str] | None  # its needles' bracketed words, if all are such
    short: ShortLines | None  # its ShortLines gate, when line-scoped
    line: bool


@frozen
class Evidence:
    """A named, weighted pattern that counts toward a format's score.

    Args:
        name: What fired, as :class:`~newsparse.model.Detection` reports it.
        pattern: A compiled, bounded pattern.
        weight: What it adds to the score (the sum is capped at 1).
        where: Search the ``head`` or ``tail`` window, or both (``all``).
        needles: Lower-case literals of which the pattern cannot match without one,
            compared with the window lower-cased (:meth:`Scan.folded`): the pattern
            runs only in a window that holds one of them (a substring test is far
            cheaper than a regex search). Several that share a part of three or more
            characters (``ument`` of ``document`` and ``dokument``), or else a mark that
            is not a letter, digit or space (the ``/`` of ``tass/`` and ``тасс/``), are
            looked for by it first, so a window without it costs one search. A needle
            that holds a character beyond ASCII or an ASCII mark (``日电``, ``/cnw/``)
            is searched for only in a window that holds that character. Empty:
            always run the pattern.
        line: The pattern matches within one line (it never matches a line break,
            uses no ``\\A``, and uses ``\\Z`` only beside ``\\s`` in a lookahead, which
            the line break that ends each searched line satisfies), and that line
            holds a needle (or, with an :class:`OpeningWords` gate and no needles,
            opens with one of its words): only the lines
            of the window that do are searched. A test checks that this
            gives the same answer as searching the whole window.
        gate: A cheap test of ``(scan, start, end)`` that is true whenever the
            pattern can match in ``scan.text[start:end]``; the pattern runs only
            where it is true. Tests check it on every golden text and on generated
            text.
        branches: The pattern's top-level alternatives, each compiled alone, when
            the pattern is one alternation: they are searched in turn instead of
            ``pattern`` (the :mod:`regex` module scans a lone branch many times
            faster than an alternation of them). Tests check that a branch matches
            exactly where ``pattern`` does.
        heads: Lower-case literals one of which opens the line the pattern matches
            at, after any spaces, tabs or byte-order mark (a line starts at the
            window's start or after a ``\\n`` or ``\\r``): the pattern runs only in
            a window with a line that opens with the first two characters of one
            (:meth:`Scan.heads`), a set lookup instead of a search. Tests check
            that a match always stands on such a line.
    """

    name: str
    pattern: regex.Pattern[str]
    weight: float
    where: Where = "head"
    needles: tuple[str, ...] = attrs.field(default=())
    line: bool = attrs.field(default=False, kw_only=True)
    gate: Callable[[Scan, int, int], bool] | None = attrs.field(default=None, kw_only=True)
    branches: tuple[regex.Pattern[str], ...] = attrs.field(default=(), kw_only=True)
    heads: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    # The first two characters of each of ``heads``, as Scan.heads gives a line's.
    _head_keys: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    # The words of needles that are all a bracketed word, as ``(ap)``: a window holds
    # such a needle exactly when its bracketed words (``Scan.bracketed``) hold its word.
    _bracketed: frozenset[str] | None = attrs.field(init=False, repr=False, eq=False)
    # What found_in searches: the branches, else the pattern.
    _searched: tuple[regex.Pattern[str], ...] = attrs.field(init=False, repr=False, eq=False)
    # A number no other Evidence has: the key a Scan remembers the answer under.
    _key: int = attrs.field(init=False, repr=False, eq=False, factory=_EVIDENCE_KEYS.__next__)
    # How Scan._search reads it, worked out once.
    _route: _Route = attrs.field(init=False, repr=False, eq=False)

    def _shared_part(self) -> str | None:
        # The longest part of three or more characters that every one of several
        # needles holds: a window without it holds none of them (one search, not one
        # per needle).
        needles = self.needles
        if len(needles) < 2:  # noqa: PLR2004
            return None
        shortest = min(needles, key=len)
        for size in range(len(shortest), _SHORTEST_SHARED - 1, -1):
            for i in range(len(shortest) - size + 1):
                part = shortest[i : i + size]
                if all(part in n for n in needles):
                    return part
        # Else a mark that every needle holds, not a letter, digit or space (the slash
        # of ``tass/`` and ``тасс/``): few windows of prose hold one, and a search for
        # one character is the cheapest there is.
        for mark in shortest:
            if not (mark.isalnum() or mark.isspace()) and all(mark in n for n in needles):
                return mark
        return None

    def _needle_marks(self) -> tuple[tuple[str, str], ...]:
        # Each needle with a character of it that prose seldom holds (the first beyond
        # ASCII, else the first ASCII mark that is not a letter, digit or space), or
        # "": a window without that character cannot hold the needle, and a search
        # for one character costs a small part of a search for several (the 日 of
        # 日电, the slash of /cnw/: some 0.04 us against 1 us in 2,000 characters).
        marked = []
        for needle in self.needles:
            wide = [c for c in needle if not c.isascii()]
            marks = wide or [c for c in needle if not (c.isalnum() or c.isspace())]
            marked.append((needle, marks[0] if marks else ""))
        return tuple(marked)

    @_route.default
    def _read_route(self) -> _Route:
        gate, line, needles = self.gate, self.line, self.needles
        opening = gate if line and not needles and isinstance(gate, OpeningWords) else None
        return _Route(
            shared=self._shared_part(),
            keys=self._head_keys or None,
            opening=opening,
            gate=None if opening is not None else gate,
            needles=needles,
            marked=self._needle_marks(),
            words=self._bracketed,
            short=gate if line and isinstance(gate, ShortLines) else None,
            line=line,
        )

    @_searched.default
    def _branches_or_pattern(self) -> tuple[regex.Pattern[str], ...]:
        return self.branches or (self.pattern,)

    @_bracketed.default
    def _bracketed_words(self) -> frozenset[str] | None:
        if not self.needles or not all(_BRACKETED_RE.fullmatch(n) for n in self.needles):
            return None
        return frozenset(n[1:-1] for n in self.needles)

    @_head_keys.default
    def _first_two(self) -> frozenset[str]:
        return frozenset(h[:2] for h in self.heads)

    @needles.validator
    @heads.validator
    def _lower_case(
        self, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
    ) -> None:
        shortest = 2 if attribute.name == "heads" else 1  # heads are looked up by two
        if any(n != n.lower() or len(n) < shortest for n in value):
            msg = (
                f"evidence {self.name!r}: {attribute.name} must be lower case and at least "
                f"{shortest} long: "
                f"{value!r}"
            )
            raise ValueError(msg)

    @line.validator
    def _line_needs_needles(self, _attribute: attrs.Attribute[bool], value: bool) -> None:
        if value and not self.needles and not isinstance(self.gate, OpeningWords):
            msg = f"evidence {self.name!r}: a line-scoped pattern needs needles or opening words"
            raise ValueError(msg)

    def found_in(self, text: str, start: int, end: int) -> bool:
        """Whether the pattern (or one of its ``branches``) matches in ``text[start:end]``."""
        if end - start <= _regex.UNTIMED_CHARS:
            # As _regex.search does for so short a region, without its call.
            for p in self._searched:  # noqa: SIM110 - a loop is cheaper than any() here
                if p.search(text, start, end) is not None:
                    return True
            return False
        return any(_regex.search(p, text, start, end) is not None for p in self._searched)


def _windows(text: str) -> dict[Where, tuple[tuple[int, int], ...]]:
    """The ``(start, end)`` of the windows each ``where`` reads in ``text``."""
    n = len(text)
    head, tail = (0, min(n, HEAD_CHARS)), (max(0, n - TAIL_CHARS), n)
    return {"head": (head,), "tail": (tail,), "all": (head, tail)}


def _words_in_brackets(window: str) -> frozenset[str]:
    """The words ``_BRACKETED_RE`` matches in ``window``, found from its brackets.

    A window holds few brackets, so looking at each is cheaper than a search. Matches
    cannot overlap (a word holds no bracket), so each ``(`` that opens one is found.

    Examples:
        >>> sorted(_words_in_brackets("seoul (reuters) - ((ap) (x) (2023) (abcdefghijklm)"))
        ['ap', 'reuters']
        >>> sorted(_words_in_brackets("(dpa-afx) (jiji press) (a b) (three word name)"))
        ['dpa-afx', 'jiji press', 'three word name']
        >>> sorted(_words_in_brackets("(thomson reuters foundation) (one two three four)"))
        ['thomson reuters foundation']
    """
    words: set[str] = set()
    i = window.find("(")
    while i != -1:
        j = window.find(")", i + 3, i + _LONGEST_BRACKETED + 2)  # the word(s), then ")"
        if j != -1:
            word = window[i + 1 : j]
            if word.isascii() and word.islower():
                if word.isalpha():
                    if len(word) <= _LONGEST_BRACKETED_WORD:
                        words.add(word)
                elif _BRACKETED_RE.fullmatch(window, i, j + 1) is not None:
                    words.add(word)
        i = window.find("(", i + 1)
    return frozenset(words)


# A line's first two characters (Scan.heads), as a C-level callable.
_FIRST_TWO = operator.itemgetter(slice(0, 2))


class _LineIndex(NamedTuple):
    """What one pass over a window's lines finds, for :class:`Scan` to hand out."""

    #: The window lower-cased by :func:`~newsparse._text.caseless`.
    folded: str
    #: Its lines, split at ``\\n``.
    parts: list[str]
    #: Each line's length stripped of white space.
    lengths: list[int]
    #: As :meth:`Scan.heads` gives them.
    heads: frozenset[str]
    #: Its lines without the spaces, tabs and byte-order marks that open them.
    opened: list[str]


def _index_lines(window: str) -> _LineIndex:
    """Fold ``window``, split it at ``\\n``, and read its lines once for all :class:`Scan` asks.

    A window beyond ASCII is folded line by line: a line of ASCII folds many times
    faster alone, and :func:`~newsparse._text.caseless` folds no character by what
    stands across a line break (the one mapping that looks around, the final sigma,
    stops at a character neither cased nor case-ignorable, as ``\\n`` is), so the
    lines joined again are the window folded whole. Folding keeps every offset and
    which characters are white space, so the stripped lengths are the text's.

    Examples:
        >>> index = _index_lines("Home\\n  Impressum \\n\\n")
        >>> index.folded, index.lengths, sorted(index.heads)
        ('home\\n  impressum \\n\\n', [4, 9, 0, 0], ['', 'ho', 'im'])
        >>> index.opened
        ['home', 'impressum ', '', '']
        >>> sigmas = "A\\u03a3\\u03a3\\n\\u0130\\u03a3 \\u017f"
        >>> _index_lines(sigmas).folded == caseless(sigmas)
        True
    """
    if window.isascii():
        folded = window.lower()
        parts = folded.split("\n")
    else:
        parts = [ln.lower() if ln.isascii() else caseless(ln) for ln in window.split("\n")]
        folded = "\n".join(parts)
    # map() over C-level callables: these run for every window of every text.
    lengths = list(map(len, map(str.strip, parts)))
    opened = [ln.lstrip(_INDENT) for ln in parts]
    if "\r" in folded:  # a line starts after a lone "\r" too
        heads = frozenset([ln.lstrip(_INDENT)[:2] for ln in folded.replace("\r", "\n").split("\n")])
    else:
        heads = frozenset(map(_FIRST_TWO, opened))
    return _LineIndex(folded, parts, lengths, heads, opened)


def _openings(index: _LineIndex) -> dict[str, list[tuple[int, int, str]]]:
    """The lines of an indexed window that hold more than white space, as :meth:`Scan.openings`.

    Read from the index only when an :class:`OpeningWords` gate asks: most texts rule
    out every format that has one before it reads the end of the text.

    Examples:
        >>> _openings(_index_lines("Home\\n  Impressum \\n\\n"))
        {'h': [(0, 4, 'home')], 'i': [(1, 9, 'impressum ')]}
    """
    lengths = index.lengths
    openings: dict[str, list[tuple[int, int, str]]] = {}
    for i, line in enumerate(index.opened):
        if line and lengths[i]:
            same = openings.get(line[0])
            if same is None:
                openings[line[0]] = [(i, lengths[i], line)]
            else:
                same.append((i, lengths[i], line))
    return openings


def _offset(parts: list[str], i: int) -> int:
    """Where line ``i`` of ``parts`` (a window split at ``\\n``) starts in the window."""
    return sum(map(len, parts[:i])) + i


class Scan:
    """One text as detection reads it: its windows, each lower-cased and split at most once.

    :func:`newsparse.detect` makes one ``Scan`` per text and hands it to every
    built-in format, so the windows are folded once for all of them, and the lines of
    each are read in one pass (:func:`_index_lines`) the first time any are asked for.

    Examples:
        >>> scan = Scan("Title\\nBy Jane Doe\\n")
        >>> scan.folded(0, 5)
        'title'
        >>> Scan("\\u017fkip \\u0130N").folded(0, 7)
        'skip in'
    """

    __slots__ = ("_bracketed", "_fired", "_index", "_openings", "_regions", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._regions = _windows(text)
        # (start, end) -> what _index_lines finds in the window
        self._index: dict[tuple[int, int], _LineIndex] = {}
        self._bracketed: dict[tuple[int, int], frozenset[str]] = {}
        self._openings: dict[tuple[int, int], dict[str, list[tuple[int, int, str]]]] = {}
        # Evidence._key -> (evidence, fired): the evidence is held and compared, since
        # an unpickled Evidence keeps the key another process gave it.
        self._fired: dict[int, tuple[Evidence, bool]] = {}

    def folded(self, start: int, end: int) -> str:
        """``text[start:end]`` lower-cased by :func:`~newsparse._text.caseless` (once per window).

        Its offsets are the text's: a needle found in it is where the pattern would
        match it, even for the long s (U+017F) or the dotted capital I (U+0130).
        """
        return self._lines_of(start, end).folded

    def _lines_of(self, start: int, end: int) -> _LineIndex:
        index = self._index.get((start, end))
        if index is None:
            index = self._index[start, end] = _index_lines(self.text[start:end])
        return index

    def _line_at(self, start: int, end: int, i: int) -> tuple[int, int]:
        # The offsets in the window of its line i, line break excluded (as lines()).
        parts = self._lines_of(start, end).parts
        a = _offset(parts, i)
        return a, a + len(parts[i])

    def line_lengths(self, start: int, end: int) -> list[int]:
        """The length of each line of ``text[start:end]`` (split at ``\\n``), stripped.

        Gates read it: a pattern that matches a whole short line cannot match in a
        window without one. Computed once per window.

        Examples:
            >>> Scan("Home\\n  Menu \\n\\nA longer line").line_lengths(0, 27)
            [4, 4, 0, 13]
        """
        return self._lines_of(start, end).lengths

    def line_texts(self, start: int, end: int) -> list[str]:
        """The lines of the folded window ``[start, end)``, split at ``\\n`` (once per window).

        Examples:
            >>> Scan("Home\\n  Menu \\n").line_texts(0, 13)
            ['home', '  menu ', '']
        """
        return self._lines_of(start, end).parts

    def lines(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Each line of ``text[start:end]`` (split at ``\\n``) as ``(a, b, n)``.

        ``a`` and ``b`` are its offsets in the window, line break excluded, and ``n``
        the length of its text stripped of white space.

        Examples:
            >>> Scan("Home\\n  Menu \\n\\nA longer line").lines(0, 27)
            [(0, 4, 4), (5, 12, 4), (13, 13, 0), (14, 27, 13)]
        """
        index = self._lines_of(start, end)
        found = []
        a = 0
        for line, n in zip(index.parts, index.lengths, strict=True):
            found.append((a, a + len(line), n))
            a += len(line) + 1
        return found

    def openings(self, start: int, end: int) -> dict[str, list[tuple[int, int, str]]]:
        """The window's lines that hold more than white space, by their first character.

        Each is ``(i, n, opened)``: ``i`` the line's index in :meth:`lines` (which
        gives its offsets, looked up only for a line a gate passes), ``n`` its length
        stripped of white space, and ``opened`` the folded line without the spaces,
        tabs and byte-order marks that open it; the key is its first character.
        :class:`OpeningWords` gates read it. Computed once per window.

        Examples:
            >>> Scan("Home\\n  Impressum\\n\\n").openings(0, 18)
            {'h': [(0, 4, 'home')], 'i': [(1, 9, 'impressum')]}
        """
        found = self._openings.get((start, end))
        if found is None:
            found = self._openings[start, end] = _openings(self._lines_of(start, end))
        return found

    def heads(self, start: int, end: int) -> frozenset[str]:
        """The first two characters of each line of the folded window, once indented.

        A line starts at the window's start or after a ``\\n`` or ``\\r``, and loses
        its leading spaces, tabs and byte-order marks. Evidence with ``heads`` runs
        only where one of its heads opens a line. Computed once per window.

        Examples:
            >>> sorted(Scan("HD Title\\r\\n  \\ufeffBy Jane\\n\\nx").heads(0, 23))
            ['', 'by', 'hd', 'x']
        """
        return self._lines_of(start, end).heads

    def bracketed(self, start: int, end: int) -> frozenset[str]:
        """The bracketed words of the folded window, as ``reuters`` for ``(Reuters)``.

        One pass over the window's brackets finds them all (a word holds no bracket),
        so evidence whose needles are bracketed words, as wire datelines' agencies
        are, is ruled out without a search per needle.

        Examples:
            >>> sorted(Scan("SEOUL (Reuters) - (AP) (x) (2023)").bracketed(0, 34))
            ['ap', 'reuters']
        """
        words = self._bracketed.get((start, end))
        if words is None:
            words = self._bracketed[start, end] = _words_in_brackets(self.folded(start, end))
        return words

    def fires(self, e: Evidence) -> bool:
        """Whether ``e`` matches in one of its windows (each evidence is searched once)."""
        key = e._key  # noqa: SLF001 - Evidence and Scan work as one
        known = self._fired.get(key)
        if known is not None and known[0] is e:
            return known[1]
        fired = self._search(e)
        self._fired[key] = (e, fired)
        return fired

    def _search(self, e: Evidence) -> bool:
        # The hot path of detection: what every evidence of every format costs, so
        # the window's index is fetched once and the route was worked out beforehand.
        text, indexes = self.text, self._index
        shared, keys, opening, gate, needles, marked, words, short, line = e._route  # noqa: SLF001
        for region in self._regions[e.where]:
            start, end = region
            if keys is not None:
                index = indexes.get(region) or self._lines_of(start, end)
                if keys.isdisjoint(index.heads):
                    continue
            if opening is not None:
                # Only the lines that open with a word are searched, each with its
                # line break, as _fires_on_short_lines does.
                for a, b in opening.candidates(self, start, end):
                    if e.found_in(text, start + a, min(end, start + b + 1)):
                        return True
                continue
            if gate is not None and not gate(self, start, end):
                continue
            if not needles:
                if e.found_in(text, start, end):
                    return True
                continue
            if words is not None and words.isdisjoint(self.bracketed(start, end)):
                continue
            window = (indexes.get(region) or self._lines_of(start, end)).folded
            if short is not None and not (short.cr_lines and "\r" in window):
                if self._fires_on_short_lines(e, short, start, end):
                    return True
            elif shared is not None and shared not in window:
                continue
            elif line:
                if self._fires_on_needle_lines(e, window, start, end):
                    return True
            elif _holds_any_marked(window, marked) and e.found_in(text, start, end):
                return True
        return False

    def _fires_on_short_lines(self, e: Evidence, gate: ShortLines, start: int, end: int) -> bool:
        # The pattern matches a whole line of the gate's length: only such lines that
        # hold a needle are searched, each with its line break, as below.
        text = self.text
        shortest, longest, needles = gate.shortest, gate.longest, e.needles
        index = self._lines_of(start, end)
        parts = index.parts
        for i, n in enumerate(index.lengths):
            if shortest <= n <= longest:
                line = parts[i]  # window[a:b]
                for needle in needles:
                    if needle in line:
                        a = start + _offset(parts, i)
                        if e.found_in(text, a, min(end, a + len(line) + 1)):
                            return True
                        break
        return False

    def _fires_on_needle_lines(self, e: Evidence, window: str, start: int, end: int) -> bool:
        # Folding keeps every offset, so an offset in ``window`` is one in the text.
        # Each line is searched with its line break, so lookarounds at its end see
        # what the whole-window search would see.
        text = self.text
        searched: set[int] = set()
        for needle, mark in e._route.marked:  # noqa: SLF001
            if mark and mark not in window:
                continue
            i = window.find(needle)
            while i != -1:
                at = start + i
                line_start = text.rfind("\n", start, at) + 1 or start
                line_end = text.find("\n", at, end)
                line_end = end if line_end == -1 else line_end + 1
                if line_start not in searched:
                    searched.add(line_start)
                    if e.found_in(text, line_start, line_end):
                        return True
                i = window.find(needle, line_end - start)
        return False


def _holds_any_marked(window: str, marked: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``window`` holds one of the needles of ``marked`` (an :class:`_Route`'s).

    A needle whose mark the window lacks is not searched for.

    Examples:
        >>> _holds_any_marked("see /cnw/ here", (("wire", ""), ("/cnw/", "/")))
        True
        >>> _holds_any_marked("no slash", (("/cnw/", "/"),))
        False
    """
    for needle, mark in marked:
        if mark and mark not in window:
            continue
        if needle in window:
            return True
    return False


def alternation(
    *branches: str, flags: int = 0
) -> tuple[regex.Pattern[str], tuple[regex.Pattern[str], ...]]:
    """Compile ``branches`` as one alternation, and each alone for :attr:`Evidence.branches`.

    Examples:
        >>> whole, parts = alternation(r"\\d+\\x20min", r"min\\x20read")
        >>> whole.pattern, [p.pattern for p in parts]
        ('(?:\\\\d+\\\\x20min)|(?:min\\\\x20read)', ['\\\\d+\\\\x20min', 'min\\\\x20read'])
    """
    whole = regex.compile("|".join(f"(?:{b})" for b in branches), flags)
    return whole, tuple(regex.compile(b, flags) for b in branches)


@frozen
class ShortLines:
    """A gate for a pattern that matches whole lines of ``shortest`` to ``longest`` characters.

    Called as a gate, it is true when at least ``at_least`` lines of the window,
    stripped of white space, are that long. A pattern whose lines may end at a lone
    ``\\r`` passes ``cr_lines``: a window holding one is always searched. Line-scoped
    evidence with this gate searches for its needles in those lines only, since a
    match lies on one of them; with ``cr_lines`` and a ``\\r`` in the window it searches
    every line holding a needle instead.

    Examples:
        >>> gate = ShortLines(4, 23)
        >>> gate(Scan("A long first line of text\\nMenu\\n"), 0, 31)
        True
        >>> gate(Scan("A long first line of text\\nSo it goes on and on and on.\\n"), 0, 54)
        False
    """

    shortest: int
    longest: int
    at_least: int = attrs.field(default=1, kw_only=True)
    cr_lines: bool = attrs.field(default=False, kw_only=True)

    def __call__(self, scan: Scan, start: int, end: int) -> bool:
        """Whether the window ``[start, end)`` of ``scan`` may hold a match."""
        if self.cr_lines and scan.text.find("\r", start, end) != -1:
            return True
        found = 0
        shortest, longest = self.shortest, self.longest
        for n in scan.line_lengths(start, end):
            if shortest <= n <= longest:
                found += 1
                if found >= self.at_least:
                    return True
        return False


@frozen
class OpeningWords:
    """A gate for a pattern that matches a line opening with one of ``words``.

    The pattern ignores case, may allow spaces and tabs before the word, and matches
    no line longer than ``longest`` once stripped. Called as a gate, it is true when
    a line of the window that long, stripped of spaces, tabs and byte-order marks,
    opens with one of ``words`` (each as :func:`~newsparse._text.gate_key` lowers it):
    one dictionary look-up and one ``startswith`` a short line, however long the
    table, where a needle per word would cost a search each.

    Examples:
        >>> gate = OpeningWords(("impressum", "home"), 40)
        >>> gate(Scan("Body text here.\\n  Impressum | Kontakt\\n"), 0, 38)
        True
        >>> gate(Scan("The Impressum is a page.\\n"), 0, 25)
        False
    """

    words: tuple[str, ...]
    longest: int
    # The words' keys by their first character.
    _by_first: dict[str, tuple[str, ...]] = attrs.field(init=False, repr=False, eq=False)

    @_by_first.default
    def _index(self) -> dict[str, tuple[str, ...]]:
        by_first: dict[str, list[str]] = {}
        for key in sorted({gate_key(w) for w in self.words}):
            if not key:
                msg = f"no gate key for a word of {self.words!r}"
                raise ValueError(msg)
            by_first.setdefault(key[0], []).append(key)
        return {first: tuple(keys) for first, keys in by_first.items()}

    def candidates(self, scan: Scan, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The ``(a, b)`` offsets in the window of each line that may hold a match."""
        openings = scan.openings(start, end)
        by_first, longest = self._by_first, self.longest
        for first in by_first.keys() & openings.keys():
            keys = by_first[first]
            for i, n, opened in openings[first]:
                if n <= longest and opened.startswith(keys):
                    yield scan._line_at(start, end, i)  # noqa: SLF001 - they work as one

    def __call__(self, scan: Scan, start: int, end: int) -> bool:
        """Whether the window ``[start, end)`` of ``scan`` may hold a match."""
        return next(self.candidates(scan, start, end), None) is not None


#: How far below a floor an upper bound must fall before :meth:`EvidenceFormat.score_at_least`
#: gives up: float sums of the same weights may differ in the last bits.
SCORE_SLACK = 1e-9


def fired_evidence(evidence: Sequence[Evidence], text: str | Scan) -> tuple[Evidence, ...]:
    """Return the evidence whose pattern occurs in its window of ``text``.

    Examples:
        >>> import regex
        >>> ev = Evidence("by", regex.compile(r"(?m)^By\\x20"), 0.5, needles=("by ",))
        >>> [e.name for e in fired_evidence((ev,), "Title\\nBy Jane Doe\\n")]
        ['by']
    """
    scan = text if isinstance(text, Scan) else Scan(text)
    return tuple(e for e in evidence if scan.fires(e))


def _searches(e: Evidence) -> float:
    """Roughly how many window-long searches ruling ``e`` out costs, read from its route.

    Of evidence of equal weight, :meth:`EvidenceFormat.score_at_least` tries the
    cheaper first: where none fires, the ones it never needs to try are the dearer.
    A set look-up counts nothing, a search for one character a tenth, a search for a
    needle or a gate's pass one, a pattern run over the window three.

    Examples:
        >>> from newsparse.formats.wire import WireFormat
        >>> [(e.name, _searches(e)) for e in WireFormat._RANKED if e.weight < 0.5][:3]
        [('reuters-standards', 0.1), ('afp-initials', 0.1), ('ap-copyright', 1.0)]
    """
    route = e._route  # noqa: SLF001 - read where it is made
    if route.words is not None:
        cost = 0.0
    elif route.needles:
        cost = sum(0.1 if mark else 1.0 for _, mark in route.marked)
        if route.shared is not None:
            cost += 0.1 if len(route.shared) == 1 else 1.0
    elif route.gate is not None or route.opening is not None:
        cost = 1.0
    else:
        cost = 3.0
    return cost * (2 if e.where == "all" else 1)


class EvidenceFormat:
    """Base for built-in formats whose score is the weight of the evidence that fires.

    Subclasses set ``name``, ``priority`` and ``EVIDENCE`` and write ``parse``; one
    whose score means nothing without a given evidence names it in ``REQUIRES``. A
    subclass that scores differently overrides :meth:`explain_scan` and
    :meth:`score_at_least`.
    """

    name: str = ""
    priority: int = 0
    EVIDENCE: ClassVar[tuple[Evidence, ...]] = ()
    #: Evidence (one of ``EVIDENCE``) without which the score is 0, whatever else fires.
    REQUIRES: ClassVar[Evidence | None] = None
    #: ``EVIDENCE`` heaviest first (the cheaper of equal weights first), set for each subclass.
    _RANKED: ClassVar[tuple[Evidence, ...]] = ()
    #: The summed weight of ``_RANKED``.
    _TOTAL: ClassVar[float] = 0.0
    #: Each of ``_RANKED`` with its key, its weight and the weight of those after it.
    _STEPS: ClassVar[tuple[tuple[Evidence, int, float, float], ...]] = ()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        # A subclass may make EVIDENCE a property; only a class-level tuple is ranked.
        evidence: object = cls.__dict__.get("EVIDENCE", cls.EVIDENCE)
        if not isinstance(evidence, tuple):
            evidence = ()
        cls._RANKED = tuple(sorted(evidence, key=lambda e: (-e.weight, _searches(e))))
        cls._TOTAL = math.fsum(e.weight for e in cls._RANKED)
        steps = []
        untried = cls._TOTAL
        for e in cls._RANKED:
            untried -= e.weight
            steps.append((e, e._key, e.weight, untried))  # noqa: SLF001
        cls._STEPS = tuple(steps)

    def score(self, text: str) -> float:
        """The summed weight of the evidence that fires in ``text``, capped at 1."""
        return self.explain_scan(Scan(text))[0]

    def explain(self, text: str) -> tuple[float, tuple[str, ...]]:
        """The score and the names of the evidence behind it."""
        return self.explain_scan(Scan(text))

    def explain_scan(self, scan: Scan) -> tuple[float, tuple[str, ...]]:
        """:meth:`explain` over a :class:`Scan` that other formats share."""
        if self.REQUIRES is not None and not scan.fires(self.REQUIRES):
            return 0.0, ()
        fired = fired_evidence(self.EVIDENCE, scan)
        return min(1.0, math.fsum(e.weight for e in fired)), tuple(e.name for e in fired)

    def score_at_least(self, scan: Scan, floor: float) -> float | None:
        """The score, or ``None`` once the evidence left cannot lift it to ``floor``.

        The evidence is tried heaviest first, and the search stops as soon as the
        weight fired plus the weight untried falls below ``floor``, or the weight fired
        reaches the cap of 1 (the rest cannot change a score of 1); a score that is
        returned equals :meth:`explain`'s. :func:`newsparse.parse` uses this to find
        the winning format without scoring every format in full.

        Examples:
            >>> from newsparse.formats.mint import MintFormat
            >>> scan = Scan("Rain2 min read 14 Aug 2023, 06:50 AM IST\\nMore rain.\\n")
            >>> MintFormat().score_at_least(scan, 0.3), MintFormat().score_at_least(scan, 0.95)
            (0.9, None)
        """
        if self.REQUIRES is not None and not scan.fires(self.REQUIRES):
            return 0.0
        bar = floor - SCORE_SLACK
        got = 0.0
        fired: list[float] = []
        # Scan.fires, inlined: this loop is most of what detection costs beside searching.
        known = scan._fired  # noqa: SLF001
        for e, key, weight, untried in self._STEPS:
            seen = known.get(key)
            if seen is not None and seen[0] is e:
                hit = seen[1]
            else:
                hit = scan._search(e)  # noqa: SLF001
                known[key] = (e, hit)
            if hit:
                fired.append(weight)
                got += weight
                if got >= 1.0 and math.fsum(fired) >= 1.0:
                    # Capped: what is left can only add to a score that stays 1.
                    return 1.0
            elif got + untried < bar:
                return None
        return min(1.0, math.fsum(fired))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


# A date line near the top: an optional label, the date, little else. The labels in
# English, German, French, Spanish, Portuguese, Italian, Dutch and the Nordic languages,
# with the word that joins them to the date (``Aktualisiert am``, ``Publié le``,
# ``Publicado em``, ``Pubblicato il``, ``Gepubliceerd op``).
_DATE_LABEL_RE = regex.compile(
    r"""
    (?:
        (?:First\x20|Last\x20)?(?:Published|Updated|Posted|Modified|Date|Dated)
      | (?:Zuletzt\x20)?(?:Veröffentlicht|Aktualisiert) | Erstellt | Stand | Datum
      | Publié | Mis\x20à\x20jour | Modifié | Mise\x20à\x20jour
      | Publicado | Actualizado | Atualizado | Fecha
      | Pubblicato | Aggiornato | Ultimo\x20aggiornamento | Modificato | Modifica
      | Gepubliceerd | Geplaatst | (?:Laatst\x20)?Bijgewerkt
      # Swedish, Norwegian, Danish and Finnish: ``Publicerad``, ``Oppdatert``, ``Julkaistu``.
      | Publicerad | Uppdaterad | Publisert | Oppdatert | Publiceret | Opdateret
      | Julkaistu | Päivitetty
      # French ``Le`` alone before the date: ``Le 02/02/2024 à 06h50``.
      | Le
      # Arabic: published on (نشر في, نُشر في), date of publishing (تاريخ النشر), last
      # update (آخر تحديث), updated on (تم التحديث في).
      | \u0646\u064f?\u0634\u0631\x20\u0641\u064a
      | \u062a\u0627\u0631\u064a\u062e\x20\u0627\u0644\u0646\u0634\u0631
      | \u0622\u062e\u0631\x20\u062a\u062d\u062f\u064a\u062b
      | \u062a\u0645\x20\u0627\u0644\u062a\u062d\u062f\u064a\u062b(?:\x20\u0641\u064a)?
      # Korean: posted (입력, 기사입력), filed (등록), modified (수정, 최종수정), the
      # label of the stamps a Korean page sets over its story: ``입력 2025.06.03 18:30``.
      | (?:\uae30\uc0ac)?\uc785\ub825 | \ub4f1\ub85d | (?:\ucd5c\uc885\x20?)?\uc218\uc815
    )
    (?:\x20(?:on|at|am|le|el|em|il|op))?\s?[:|-]?\s?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


# The longest line read as a date's label alone (``Last updated:``).
_LONGEST_LABEL_ALONE = 30

# The words of a label that stamps an update, not the first publication (``Updated``,
# ``Last modified``, ``Mis à jour``, ``Aktualisiert``, ``Actualizado``, ``Atualizado``,
# ``Aggiornato``, ``Bijgewerkt``).
_UPDATE_WORDS = (
    "updat", "modifi", "mis à jour", "mise à jour", "aktualisiert", "actualizado",
    "atualizado", "aggiornat", "bijgewerkt", "uppdater", "oppdater", "opdater", "päivitetty",
    "\u062a\u062d\u062f\u064a\u062b",  # Arabic: update
    "\uc218\uc815",  # Korean: modified
)  # fmt: skip


def _is_update_label(label: str) -> bool:
    """Whether a date's label stamps an update: ``Updated:``, ``Mis à jour le``.

    Examples:
        >>> _is_update_label("Last updated on "), _is_update_label("Published: ")
        (True, False)
    """
    low = label.lower()
    return any(word in low for word in _UPDATE_WORDS)


# What stands between a byline and a date written on one line, and at the line's ends:
# blanks, dashes, bars, bullets, commas, slashes, colons.
_BESIDE_DATE_CHARS = " \t\u00a0-\u2013\u2014|\u2022\u00b7,/:"
# Around a second stamp on a date's line, brackets too (``... (modifica il ...)``).
_AROUND_SECOND_STAMP = _BESIDE_DATE_CHARS + "()"
# A link to the comments at the end of a byline and date line: ``12 Comments``,
# ``No Comments``, ``Leave a comment``.
_COMMENT_COUNT_RE = regex.compile(
    r"(?i)(?<![^\x20\t|\u2022\u00b7-])(?:(?:\d{1,6}+|no|one)\x20(?:comments?|responses?|replies)"
    r"|leave\x20a\x20(?:comment|reply))$"
)
# A word that joins a byline to the date after it: ``By Jane Doe on 14 August 2023``
# (German ``am``, French ``le``, Spanish ``el``, Italian ``il``).
# Korean pages label the date ``입력`` (posted) or ``등록`` (filed): ``박지훈 기자 | 입력
# 2023-08-14 06:50``.
_BEFORE_DATE_WORDS = frozenset({"on", "at", "am", "le", "el", "il", "입력", "등록", "기사입력"})
# Of those, the ones that are surnames too when capitalised: ``By Minh Le``.
_SURNAME_WORDS = frozenset({"le", "el"})


# The longest line read as a byline and a date together.
_LONGEST_BYLINE_WITH_DATE = 160
# The longest line read as a date (with a label and a little more).
_LONGEST_DATE_LINE = 120


def _trim_beside_date(
    text: str, start: int, end: int, *, before_date: bool = True
) -> tuple[int, int]:
    """Narrow ``[start, end)`` past separators, and a joining word that ends it.

    The joining word is cut only before the date, and ``Le`` or ``El`` written as a
    name is not cut (``By Minh Le``: a surname, not French ``le``).

    A link to the comments that ends it (``by Jo Roe 12 Comments``, as blog themes set
    it beside the date) is cut as well, and so is a reading time (``By Jo Roe · 3 min
    read · 14 Aug 2023``) or a stamp's label (``Published``, ``Last updated``) before
    the date.

    Examples:
        >>> text = "| By Jo Roe on "
        >>> a, z = _trim_beside_date(text, 0, len(text))
        >>> text[a:z]
        'By Jo Roe'
        >>> text = "By Minh Le - "
        >>> a, z = _trim_beside_date(text, 0, len(text))
        >>> text[a:z]
        'By Minh Le'
        >>> text = "By Jo Roe | Last updated on "
        >>> a, z = _trim_beside_date(text, 0, len(text))
        >>> text[a:z]
        'By Jo Roe'
    """
    while start < end and text[start] in _BESIDE_DATE_CHARS:
        start += 1
    while end > start and text[end - 1] in _BESIDE_DATE_CHARS:
        end -= 1
    if caseless(text[end - 4 : end]) == "read":
        # A reading time between them (``By Jo Roe · 3 min read · 14 Aug 2023``).
        stamp = _regex.search(READING_TIME_RE, text, start, end)
        if stamp is not None and stamp.end() == end:
            end = stamp.start()
            while end > start and text[end - 1] in _BESIDE_DATE_CHARS:
                end -= 1
    count = _regex.search(_COMMENT_COUNT_RE, text, start, end)
    if count is not None:
        end = count.start()
        while end > start and text[end - 1] in _BESIDE_DATE_CHARS:
            end -= 1
    if not before_date:
        return start, end
    space = text.rfind(" ", start, end)
    word = text[space + 1 : end]
    folded = caseless(word)
    surname = word.istitle() and folded in _SURNAME_WORDS
    if space > start and folded in _BEFORE_DATE_WORDS and not surname:
        end = space
        while end > start and text[end - 1] in _BESIDE_DATE_CHARS:
            end -= 1
    # A stamp's label before the date (``By Jane Doe | Published August 14, 2023``,
    # ``... | Last updated on ...``) names no one.
    space = text.rfind(" ", start, end)
    if space > start and caseless(text[space + 1 : end]) in STAMP_LABELS:
        end = space
        lead = text.rfind(" ", start, end)
        if lead > start and caseless(text[lead + 1 : end]) in STAMP_LEADS:
            end = lead
        while end > start and text[end - 1] in _BESIDE_DATE_CHARS:
            end -= 1
    return start, end


#: The most links read as a box under its label (``Related Coverage``) in its block.
_LINKS_IN_A_BOX = 8
#: The longest line read as a linked story's title in such a box.
_LONGEST_LINK_TITLE = 120


def _labels_alone(text: str) -> bool:
    """Whether a related-stories line is its label alone, no story's title after a colon.

    Examples:
        >>> _labels_alone("READ MORE:"), _labels_alone("Read more: Storm hits the coast")
        (True, False)
        >>> _labels_alone("\u76f8\u5173\u9605\u8bfb\uff1a\u65b0\u589e\u516c\u4ea4\u7ebf\u8def")
        False
    """
    title = after_colon(text)
    return not (title and title.strip())


def _is_link_title(line: Line) -> bool:
    """Whether ``line``, right under a box's label in its block, is a linked story's title.

    A title opens with a capital or a digit, ends no sentence and is short:
    ``Wheat futures ease as supply fears fade``. A blank line ends the box.

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "Related\\nWheat futures ease\\nthe council said\\nDollar slips.\\n\\nBonds"
        >>> [_is_link_title(ln) for ln in split_lines(text)[1:]]
        [True, False, False, False]
    """
    text = line.text
    return (
        not line.blank_before
        and len(text) <= _LONGEST_LINK_TITLE
        and (text[0].isupper() or text[0].isdigit())
        and text[-1] not in _SENTENCE_END_CHARS
        and text[-1] not in _QUOTE_MARKS  # a quotation's paragraph: ``... „Wir bauen“``
    )


# Quotation marks that may close a quoted paragraph in any language.
_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\u2039\u203a")


# Where a field starts, read in C: the key the built fields are sorted on.
_START_OF = operator.attrgetter("span.start")


# The most characters of a photo's caption over its credit.
_MAX_CAPTION_CHARS = 300
# The fewest words of such a caption (``Farmers march in Paris``).
_MIN_CAPTION_WORDS = 3


def reads_as_caption(line: Line) -> bool:
    """Whether ``line``, right over an agency's name alone, reads as a photo's caption.

    A story's last paragraph ends a sentence; a caption need not (``Farmers drive their
    tractors into Paris on Thursday``): a line of :data:`_MIN_CAPTION_WORDS` words or
    more up to :data:`_MAX_CAPTION_CHARS` characters, opening with a capital letter, not
    all in capitals (a desk's initials, ``ABC DEF GHI``) and closing with a letter or
    a digit, no stop, quote or bracket, is one. The story's own closing lines that end
    with no stop are none: its credits (``Additional reporting by Jo Roe in Sofia``,
    ``Writing by Jo Roe; editing by Al Mo``) and a web or mail address.

    Examples:
        >>> from newsparse._text import split_lines
        >>> [reads_as_caption(ln) for ln in split_lines(
        ...     "Farmers drive their tractors into Paris on Thursday\\n"
        ...     "The minister will meet them next week.\\nABC DEF GHI\\n"
        ...     "Additional reporting by Jo Roe in Sofia")]
        [True, False, False, False]
    """
    text = line.text
    return (
        len(text.split()) >= _MIN_CAPTION_WORDS
        and len(text) <= _MAX_CAPTION_CHARS
        and text[:1].isupper()
        and not text.isupper()
        and text[-1:].isalnum()
        and not holds_any(text.casefold(), _ADDRESS_MARKS)
        and read_attribution(text, 0, len(text)) is None
    )


# What a web or mail address holds, which no caption's line does.
_ADDRESS_MARKS = ("www.", "http", "@", ".com", ".org")


@define
class Builder:
    """Collects fields for one article, then yields :class:`ParsedFields`.

    Module-private in spirit: formats use it; users never see it.
    """

    text: str
    options: ParseOptions
    rule_prefix: str
    headline: Field[str] | None = None
    date: Field[dt.datetime] | None = None
    date_precision: DatePrecision | None = None
    byline: Field[Byline] | None = None
    authors: list[Field[str]] = attrs.Factory(list)
    paragraphs: list[Field[str]] = attrs.Factory(list)
    attribution: list[Field[str]] = attrs.Factory(list)
    sources: list[str] = attrs.Factory(list)
    credits: list[Credit] = attrs.Factory(list)
    summary: Field[str] | None = None
    dateline: Field[str] | None = None
    reading_time: Field[int] | None = None
    furniture: list[Field[str]] = attrs.Factory(list)
    notes: list[Note] = attrs.Factory(list)
    metadata: dict[str, str] = attrs.Factory(dict)
    # The text's language as language() guessed it ("" for none); not yet: None.
    _language: str | None = attrs.field(default=None, init=False, repr=False)
    # Whether the date set came from a line labelled as an update (``Updated ...``),
    # which a published date under it replaces.
    _date_updated: bool = attrs.field(default=False, init=False, repr=False)
    # The lines the furniture table was asked about, by the identity of their text, each
    # with its text (which keeps that identity unshared) and the table's answer.
    _asked: dict[int, tuple[str, str | None]] = attrs.field(factory=dict, init=False, repr=False)

    def writes_by_label(self, label: str) -> bool:
        """Whether the text's language opens a byline with ``label`` (``Von``, ``Por``, ``Av``).

        Each word that stands for ``By`` in another language is read so only in a text
        of that language (:data:`~newsparse.vocab.BY_LABEL_LANGUAGES`): ``Por`` in
        Spanish and Portuguese, ``Av`` in Swedish and Norwegian, not ``Von`` in English
        (``Von Braun Center``).

        Examples:
            >>> b = Builder(text="Kommunen har beslutat att st\u00e4nga badhuset.",
            ...             options=ParseOptions(), rule_prefix="x")
            >>> b.writes_by_label("Av"), b.writes_by_label("Por")
            (True, False)
        """
        return self.language() in BY_LABEL_LANGUAGES.get(caseless(label), frozenset())

    def language(self) -> str:
        """The language of the text's opening words, guessed once ("" for none).

        Examples:
            >>> Builder(text="Der Rat hat die Br\u00fccke gebilligt.", options=ParseOptions(),
            ...         rule_prefix="x").language()
            'de'
        """
        if self._language is None:
            head = self.text[:_LANGUAGE_SAMPLE]
            self._language = guess_language(head.split()) or ""
        return self._language

    def rule(self, name: str) -> str:
        """A rule name in this format's namespace."""
        return f"{self.rule_prefix}.{name}"

    def span_field(self, start: int, end: int, rule: str) -> Field[str]:
        """A text field covering ``text[start:end]`` exactly."""
        raw = self.text[start:end]
        return _field(raw, raw, _span(start, end), rule)

    def add_furniture(self, start: int, end: int, rule: str) -> None:
        """Keep ``text[start:end]`` out of the body, trimmed, under ``furniture``."""
        start, end = trim(self.text, start, end)
        if end > start:
            self.furniture.append(self.span_field(start, end, rule))

    def set_date(self, found: DateMatch, rule: str) -> None:
        """Record a date unless one is already set."""
        if self.date is None:
            self.date = Field(
                value=found.value, raw=found.span.of(self.text), span=found.span, rule=rule
            )
            self.date_precision = found.precision

    def set_reading_time(self, m: regex.Match[str], rule: str) -> None:
        """Record a reading time from a ``READING_TIME_RE`` match."""
        if self.reading_time is None:
            self.reading_time = Field(
                value=int(m["minutes"]), raw=m.group(), span=Span(*m.span()), rule=rule
            )
        else:
            self.add_furniture(*m.span(), rule=rule)

    # -- line readers ---------------------------------------------------------------

    def furniture_of(self, line: str) -> str | None:
        """:func:`~newsparse.extract.furniture.furniture_rule` of ``line``, asked once a line.

        The line is known by its string (its identity, not its text): a line the
        readers ask of again (the trailers' reader of the story's last line, a header's
        of the line it stops at, then the body's of both) is answered from the first
        asking. A line of the same text elsewhere is asked anew.

        Examples:
            >>> b = Builder(text="", options=ParseOptions(), rule_prefix="t")
            >>> b.furniture_of("Advertisement"), b.furniture_of("Rain fell.")
            ('label', None)
        """
        # An entry keeps its string alive, so no other string has its key meanwhile.
        key = id(line)
        asked = self._asked.get(key)
        if asked is not None:
            return asked[1]
        kind = furniture_rule(line)
        self._asked[key] = (line, kind)
        return kind

    def take_furniture(self, line: Line) -> bool:
        """File a furniture line (reading time included); say whether it was one."""
        kind = self.furniture_of(line.text)
        if kind is None:
            return False
        self._file_furniture(line, kind)
        return True

    def take_furniture_lines(self, lines: Iterable[Line]) -> list[Line]:
        """File the furniture lines of ``lines`` as :meth:`take_furniture` does; return the rest.

        A body's lines in one call: a text of thousands of short lines asks the table
        of every one of them, and a line that repeats the one before it (a run of
        ``By X`` lines, of ``-`` rows) is given the answer that line was given.

        Examples:
            >>> from newsparse._text import split_lines
            >>> text = "Rain fell.\\nAdvertisement\\nRoads shut."
            >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
            >>> [ln.text for ln in b.take_furniture_lines(split_lines(text))]
            ['Rain fell.', 'Roads shut.']
            >>> [f.value for f in b.furniture]
            ['Advertisement']

        A blank line before a furniture line parts the line after it from the
        paragraph above, as it parted the furniture:

            >>> text = "Rain fell.\\n\\nAdvertisement\\nRoads shut."
            >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
            >>> [(ln.text, ln.blank_before) for ln in b.take_furniture_lines(split_lines(text))]
            [('Rain fell.', True), ('Roads shut.', True)]

        The titles of linked stories under a box's label in its block are furniture too:

            >>> text = "Rain fell.\\n\\nRelated Coverage\\nRoads shut\\nSchools shut\\n\\nIt did."
            >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
            >>> [ln.text for ln in b.take_furniture_lines(split_lines(text))]
            ['Rain fell.', 'It did.']
        """
        rest: list[Line] = []
        keep = rest.append
        before, kind = None, None  # the line before and its rule
        parted = False  # a blank line opened the furniture just taken out
        box = 0  # how many more lines a box of links under its label may hold
        lines = list(lines)
        for i, line in enumerate(lines):
            if line.text != before:
                before = line.text
                kind = self.furniture_of(before)
                if kind == "consent" and self._unbannered(lines, i):
                    kind = None  # ``I agree`` alone: an answer in an interview
            if kind is None and box and _is_link_title(line):
                # ``Related Coverage`` over the stories it links to, in its block.
                self.add_furniture(line.start, line.end, "furniture.related")
                box -= 1
                parted = parted or line.blank_before
                continue
            # Only a label alone opens a box (``Related Coverage``, ``READ MORE:``); an
            # inline link (``Read more: Storm hits the coast``) is one line.
            box = _LINKS_IN_A_BOX if kind == "related" and _labels_alone(before) else 0
            if kind is None:
                # The blank line before a box's label parts what follows it from the
                # paragraph above: ``Advertisement`` and what is under it are no part
                # of that paragraph.
                keep(line._replace(blank_before=True) if parted and not line.blank_before else line)
                parted = False
            else:
                parted = parted or line.blank_before
                self._file_furniture(line, kind)
        return rest

    def _unbannered(self, lines: list[Line], i: int) -> bool:
        """Whether line ``i``, a bare consent button, stands with no banner around it.

        See :func:`~newsparse.extract.furniture.unbannered_consent`.
        """
        near = range(max(0, i - CONSENT_REACH), min(len(lines), i + CONSENT_REACH + 1))
        texts = [lines[k].text for k in near]
        rules = [self.furniture_of(t) for t in texts]
        return unbannered_consent(texts, rules, i - near.start)

    def _file_furniture(self, line: Line, kind: str) -> None:
        if kind == "reading-time":
            m = reading_minutes(self.text, line.start, line.end)
            if m is not None:
                self.set_reading_time(m, f"furniture.{kind}")
                return
        self.add_furniture(line.start, line.end, f"furniture.{kind}")

    def is_date_alone(self, line: Line) -> bool:
        """Whether ``line`` is a date and nothing else but a stamp's label before it.

        The label is one :meth:`take_date_line` cuts (``Published:``, ``Last updated
        on``); blanks, dashes, bars and commas may stand around the date. A line with
        other words beside its date (``Key dates: 14 August 2023``, ``What happened on
        14 August 2023``) is no date line here.

        Examples:
            >>> from newsparse._text import split_lines
            >>> text = "Updated: 14 August 2023\\nKey dates: 14 August 2023\\nMarch 3, 2011"
            >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
            >>> [b.is_date_alone(ln) for ln in split_lines(text)]
            [True, False, True]
        """
        if len(line.text) > _LONGEST_DATE_LINE:
            return False
        found = next(find_dates(self.text, line.start, line.end, options=self.options), None)
        if found is None:
            return False
        label = _regex.match(_DATE_LABEL_RE, self.text, line.start, found.span.start)
        before = self.text[label.end() if label else line.start : found.span.start]
        after = self.text[found.span.end : line.end]
        if before.strip(_BESIDE_DATE_CHARS):
            return False
        return not after.strip(_BESIDE_DATE_CHARS) or self._second_stamp(line, found) is not None

    def take_date_line(
        self,
        line: Line,
        found: DateMatch | None = None,
        *,
        max_rest: int = 12,
        label_above: str | None = None,
    ) -> bool:
        """Read a line that is a date (with a label such as ``Updated:``), if it is one.

        ``found`` is the date in the line; the first :func:`find_dates` gives by default.
        ``label_above`` is a label the line above held alone (``Updated`` / ``3 August
        2023``). A date labelled as an update gives way to a published date under it
        (``Updated January 2`` / ``Published January 1``), which is the article's.

        Examples:
            >>> from newsparse._text import split_lines
            >>> text = "Updated Jan 2, 2024 9:15 AM\\nPublished Jan 1, 2024 8:00 AM"
            >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
            >>> [b.take_date_line(line) for line in split_lines(text)]
            [True, True]
            >>> b.date.raw
            'Jan 1, 2024 8:00 AM'
        """
        if len(line.text) > _LONGEST_DATE_LINE:
            return False
        if found is None:
            found = next(find_dates(self.text, line.start, line.end, options=self.options), None)
            if found is None:
                return False
        label = _regex.match(_DATE_LABEL_RE, self.text, line.start, found.span.start)
        before = found.span.start - (label.end() if label else line.start)
        found = self.with_spelled_zone(found, line.end)
        rest = line.end - found.span.end
        label_text = label.group() if label is not None else label_above
        updated = label_text is not None and _is_update_label(label_text)
        if before + rest > max_rest:
            second = self._second_stamp(line, found) if before <= max_rest else None
            if second is None:
                return False
            if updated and label is not None:
                found = second  # ``Updated ... | Published ...``: the article's is the second
                updated = False
        if self.date is not None and self._date_updated and label_text and not updated:
            # ``Updated ...`` over ``Published ...``: the update's date becomes furniture.
            self.add_furniture(self.date.span.start, self.date.span.end, self.rule("extra-date"))
            self.date = None
        if self.date is None:
            self.set_date(found, self.rule("date-line"))
            self._date_updated = updated
            self.add_furniture(line.start, found.span.start, self.rule("date-label"))
            self.add_furniture(found.span.end, line.end, self.rule("date-label"))
        else:
            self.add_furniture(line.start, line.end, self.rule("extra-date"))
        return True

    def is_label_alone(self, line: Line) -> bool:
        """Whether ``line`` is a date's label alone (``Published``, ``Last updated:``)."""
        if len(line.text) > _LONGEST_LABEL_ALONE:
            return False
        label = _regex.match(_DATE_LABEL_RE, self.text, line.start, line.end)
        return label is not None and not self.text[label.end() : line.end].strip(" :\t")

    def take_label_over_date(self, lines: Sequence[Line], i: int) -> int:
        """Read a date's label alone on a line, and the date line under it; return the lines read.

        Broadcasters' pages set the label over the date: ``Published`` / ``3 August 2023,
        12:00 BST``. The label is furniture; an update's (``Updated``) dates an update.

        Examples:
            >>> from newsparse._text import split_lines
            >>> text = "Published\\n3 August 2023, 12:00 BST\\nUpdated\\n3 August 2023, 15:45 BST"
            >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
            >>> lines = split_lines(text)
            >>> b.take_label_over_date(lines, 0), b.take_label_over_date(lines, 2), b.date.raw
            (2, 2, '3 August 2023, 12:00 BST')
        """
        line = lines[i]
        if i + 1 >= len(lines) or not self.is_label_alone(line):
            return 0
        if not self.take_date_line(lines[i + 1], label_above=line.text):
            return 0
        self.add_furniture(line.start, line.end, self.rule("date-label"))
        return 2

    def _second_stamp(self, line: Line, found: DateMatch) -> DateMatch | None:
        """The second stamp that ends ``line`` after its first date ``found``, if one does.

        A page may state when a story was published and when it was updated on one
        line: ``Published 27 Oct 2023 | Updated 28 Oct 2023``, ``Publié le 27 octobre
        2023 à 14h05, modifié le 27 octobre 2023 à 16h10``, ``29 giugno 2023 (modifica
        il 29 giugno 2023 | 18:40)``. The second is a label and a date, with nothing but
        blanks, dashes, bars, commas or brackets around them.

        Examples:
            >>> from newsparse._text import split_lines
            >>> text = "Published 27 Oct 2023 | Updated 28 Oct 2023"
            >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
            >>> line = split_lines(text)[0]
            >>> b._second_stamp(line, next(find_dates(text))).span.of(text)
            '28 Oct 2023'
        """
        text = self.text
        at = found.span.end
        while at < line.end and text[at] in _AROUND_SECOND_STAMP:
            at += 1
        label = _regex.match(_DATE_LABEL_RE, text, at, line.end)
        if label is None or label.end() == at:
            return None
        second = next(find_dates(text, label.end(), line.end, options=self.options), None)
        if second is None or text[label.end() : second.span.start].strip(_BESIDE_DATE_CHARS):
            return None
        second = self.with_spelled_zone(second, line.end)
        if text[second.span.end : line.end].strip(_AROUND_SECOND_STAMP):
            return None
        return second

    def with_spelled_zone(self, found: DateMatch, end: int) -> DateMatch:
        """``found`` with the zone written out after its time (``08:00 AM Eastern Time``).

        A date with no time, or with a zone already, is given back as it is.

        Examples:
            >>> text = "February 27, 2024 07:00 AM Eastern Standard Time"
            >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
            >>> found = b.with_spelled_zone(next(find_dates(text, 0, len(text))), len(text))
            >>> found.value.isoformat(), found.zone, found.span.end == len(text)
            ('2024-02-27T07:00:00-05:00', 'Eastern Standard Time', True)
        """
        if found.value.tzinfo is not None or found.precision not in {"minute", "second"}:
            return found
        zone = spelled_zone(self.text, found.span.end, end, found.value, self.options)
        if zone is None:
            return found
        tz, zone_end = zone
        return attrs.evolve(
            found,
            value=found.value.replace(tzinfo=tz),
            span=Span(found.span.start, zone_end),
            zone=self.text[found.span.end : zone_end].strip(),
        )

    def take_byline(
        self, line: Line, *, require_prefix: bool = True, found: BylineMatch | None = None
    ) -> bool:
        """Read a byline line, if it is one and no byline is set yet.

        ``Von``, ``Par``, ``Por``, ``Av`` and their kin open a byline only in a text of a
        language that writes them (see :meth:`writes_by_label`). ``found`` is the line's
        byline if the caller has read it already
        (:func:`~newsparse.extract.bylines.read_byline` with ``require_prefix`` and
        ``foreign`` as here), so that it is not read again.
        """
        if self.byline is not None:
            return False
        if found is None:
            found = read_byline(
                self.text,
                line.start,
                line.end,
                require_prefix=require_prefix,
                foreign=self.writes_by_label,
            )
        if found is None:
            return False
        self._file_byline(found)
        # Brackets the byline reader trimmed from the line stay accounted for.
        self.add_furniture(line.start, found.span.start, self.rule("byline-rest"))
        self.add_furniture(found.span.end, line.end, self.rule("byline-rest"))
        return True

    def file_byline(self, found: BylineMatch) -> None:
        """Set the byline a reader found inside a line (a dateline's reporters).

        What stands around it on its line is the caller's to account for.
        """
        if self.byline is None:
            self._file_byline(found)

    def _file_byline(self, found: BylineMatch) -> None:
        """Set the byline, and an author field for each name, from what the reader found."""
        text = self.text
        self.byline = Field(
            value=found.byline, raw=found.span.of(text), span=found.span, rule=self.rule("byline")
        )
        self.authors.extend(
            Field(value=s.of(text), raw=s.of(text), span=s, rule=self.rule("author"))
            for s in found.author_spans
        )
        self.file_byline_credits(found)

    def file_byline_credits(self, found: BylineMatch) -> None:
        """Credit the photographers a byline names after a bar (``| Photos by Sam Roe``).

        Each credit's text, inside the byline's, is an attribution line too.
        """
        for credit, span in found.credits:
            self.credits.append(credit)
            self.attribution.append(
                self.span_field(span.start, span.end, self.rule("attribution.byline-credit"))
            )

    def take_dated_line(self, line: Line, *, bare_names: bool = False) -> bool:
        """Read a line holding a date: a byline beside it, else a date line.

        :meth:`take_byline_beside_date` (given ``bare_names``), then
        :meth:`take_date_line`, with the line's date found once for both.
        """
        if len(line.text) > _LONGEST_DATE_LINE and (
            self.byline is not None or len(line.text) > _LONGEST_BYLINE_WITH_DATE
        ):
            return False  # too long for either: no date need be looked for
        found = next(find_dates(self.text, line.start, line.end, options=self.options), None)
        if found is None:
            return False
        # ``08:00 AM Eastern Time``: the zone's name is the date's, no writer's.
        found = self.with_spelled_zone(found, line.end)
        return self.take_byline_beside_date(
            line, found, bare_names=bare_names
        ) or self.take_date_line(line, found)

    def take_byline_beside_date(
        self,
        line: Line,
        found: DateMatch | None = None,
        *,
        take_date: bool = True,
        bare_names: bool = False,
    ) -> bool:
        """Read a line that holds a byline and a date: ``By Jane Doe | 14 August 2023``.

        The byline, which must open with ``By`` (or ``Posted by``, ``Von``, ``Par``
        as :meth:`take_byline` allows), stands before the date (``By Jane Doe on 14
        August 2023``) or after it (``Posted on 14 August 2023 by Jane Doe``); dashes,
        bars, bullets, commas and a joining ``on`` between them are furniture, as is a
        label before the date (``Published:``). The date becomes the article's when
        ``take_date`` is true and none is set yet; otherwise it is kept as furniture.

        Args:
            line: The line.
            found: The date in the line; the first :func:`find_dates` gives by default.
            take_date: Whether the line's date may become the article's.
            bare_names: Whether names with no ``By`` are a byline too, on a line of the
                names and the date alone, where they read as people's
                (:func:`~newsparse.extract.bylines.reads_as_names`: ``Sarah Quill | 3
                March 2024``, not ``Local News | 3 March 2024``).

        Returns:
            Whether a byline with at least one author, or an agency's name alone beside
            the date (``ANI | Updated: Dec 28, 2022 19:45 IST``) or after ``By`` (``By
            PTI | Published: ...``), was read (and nothing is set otherwise).

        Examples:
            >>> from newsparse._text import split_lines
            >>> text = "By Jo Roe - 14 Aug 2023"
            >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="x")
            >>> b.take_byline_beside_date(split_lines(text)[0])
            True
            >>> b.byline.value.authors, b.date.raw
            (('Jo Roe',), '14 Aug 2023')
        """
        if self.byline is not None or len(line.text) > _LONGEST_BYLINE_WITH_DATE:
            return False
        if found is None:
            found = next(find_dates(self.text, line.start, line.end, options=self.options), None)
            if found is None:
                return False
        sides = (
            _trim_beside_date(self.text, line.start, found.span.start),
            _trim_beside_date(self.text, found.span.end, line.end, before_date=False),
        )
        # Names with no ``By``, or an agency's name alone, only on a line of them and
        # the date alone.
        alone = any(z <= a for a, z in sides)
        bare_names = bare_names and alone
        for a, z in sides:
            if z <= a:
                continue
            match = read_byline(self.text, a, z, foreign=self.writes_by_label)
            if (
                match is not None
                and not match.byline.authors
                and canonical_agency(match.byline.organization or "") is not None
            ):
                break  # ``By PTI | Published: ...``: an agency credited after ``By``.
            if match is None or not match.byline.authors:
                # ``来源:北方日报 作者:王晓东``: a label after other labelled parts.
                match = find_labelled_byline(self.text, a, z)
            if (match is None or not match.byline.authors) and bare_names:
                bare = read_byline(self.text, a, z, require_prefix=False)
                match = bare if bare is not None and reads_as_names(bare) else None
            if match is not None and match.byline.authors:
                break
            if alone and (agency := canonical_agency(self.text[a:z])) is not None:
                # ``ANI | Updated: Dec 28, 2022 19:45 IST``: the agency alone is the credit.
                byline = Byline(organization=agency, text=self.text[a:z])
                match = BylineMatch(byline=byline, span=Span(a, z), author_spans=())
                break
        else:
            return False
        self._file_byline(match)
        if take_date and self.date is None:
            self.set_date(found, self.rule("date-line"))
        else:
            self.add_furniture(found.span.start, found.span.end, self.rule("extra-date"))
        first, second = sorted((match.span, found.span), key=lambda s: s.start)
        self.add_furniture(line.start, first.start, self.rule("byline-date-rest"))
        self.add_furniture(first.end, second.start, self.rule("byline-date-rest"))
        self.add_furniture(second.end, line.end, self.rule("byline-date-rest"))
        return True

    def take_trailers(self, lines: Sequence[Line], *, max_lines: int = 6) -> int:
        """Read attribution and furniture lines back from the end; return how many remain.

        Returns:
            The number of leading lines that are not trailers: ``lines[:n]`` is the rest.
        """
        n = len(lines)
        # (line, attribution kind or None, furniture rule or None), last line first.
        taken: list[tuple[Line, str | None, str | None]] = []
        while n > 0 and len(taken) < max_lines:
            line = lines[n - 1]
            found = read_attribution(self.text, line.start, line.end)
            if (
                found is not None
                and found.kind == "sign-off"
                and n > 1
                and reads_as_caption(lines[n - 2])
            ):
                # ``AFP`` alone under a photo's caption credits the photo, not the story.
                taken.append((line, None, "photo-credit"))
            elif found is not None:
                taken.append((line, found.kind, None))
                for s in found.sources:
                    if s not in self.sources:
                        self.sources.append(s)
                self.credits.extend(found.credits)
            elif (rule := self.furniture_of(line.text)) is not None:
                taken.append((line, None, rule))
            else:
                break
            n -= 1
        # Furniture found among the trailers stays furniture; trailers become attribution.
        for line, kind, rule in reversed(taken):
            if kind is not None:
                self.attribution.append(line_field(line, self.rule(f"attribution.{kind}")))
            elif rule is not None:
                self._file_furniture(line, rule)
        return n

    def take_edited_by(self, line: Line) -> bool:
        """Read an ``Edited by: X`` line as an editing credit."""
        found = read_attribution(self.text, line.start, line.end)
        if found is None or found.kind != "credits":
            return False
        self.take_credits(line, found)
        return True

    def take_credits(self, line: Line, found: AttributionLine) -> None:
        """File ``line``, which :func:`read_attribution` read as ``found``, as credits.

        A line of credits or of contributors (``Associated Press writer Jane Doe
        contributed to this report.``: its agency a source, as :meth:`take_trailers`
        reads it) is filed under its kind's rule.
        """
        for s in found.sources:
            if s not in self.sources:
                self.sources.append(s)
        self.credits.extend(found.credits)
        self.attribution.append(line_field(line, self.rule(f"attribution.{found.kind}")))

    def add_paragraphs(self, lines: Sequence[Line], *, wrapped: bool | None = None) -> None:
        """Make body paragraphs: one per line, or one per blank-line block when wrapped.

        With ``wrapped=None`` the layout decides: blocks of several short lines are
        hard-wrapped copy; otherwise every line is a paragraph.
        """
        if not lines:
            return
        if wrapped is None:
            wrapped = looks_wrapped(lines)
        if not wrapped:
            rule = self.rule("paragraph")
            self.paragraphs.extend([line_field(ln, rule) for ln in lines])
            return
        # A block opens at the first line and at every line after a blank one.
        opens = itertools.compress(range(1, len(lines)), map(_BLANK_BEFORE, lines[1:]))
        for a, z in itertools.pairwise([0, *opens, len(lines)]):
            self._add_block(lines[a], lines[z - 1])

    def add_indented_paragraphs(self, lines: Sequence[Line], *, min_indent: int = 2) -> None:
        """Make body paragraphs from hard-wrapped copy that marks paragraphs by indenting.

        A paragraph starts at a line indented by ``min_indent`` or more characters, or
        after a blank line; the lines in between are its continuation (1987 wire copy
        runs continuation lines from the margin, or one space in from it in tables).

        Examples:
            >>> from newsparse._text import split_lines
            >>> text = "    First line\\nruns on.\\n    Second.\\n Table row"
            >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
            >>> b.add_indented_paragraphs(split_lines(text))
            >>> [p.value for p in b.paragraphs]
            ['First line runs on.', 'Second. Table row']
        """
        block: list[Line] = []
        for ln in lines:
            if block and (ln.blank_before or ln.indent >= min_indent):
                self._add_block(block[0], block[-1])
                block = []
            block.append(ln)
        if block:
            self._add_block(block[0], block[-1])

    def _add_block(self, first: Line, last: Line) -> None:
        """One paragraph from ``first`` to ``last`` (the lines between folded into it)."""
        start, end = first.start, last.end
        raw = self.text[start:end]
        self.paragraphs.append(_field(fold(raw), raw, _span(start, end), self.rule("paragraph")))

    def build(self) -> ParsedFields:
        """Freeze what was collected."""
        return ParsedFields(
            headline=self.headline,
            date=self.date,
            date_precision=self.date_precision,
            byline=self.byline,
            authors=tuple(self.authors),
            paragraphs=tuple(self.paragraphs),
            attribution=tuple(sorted(self.attribution, key=_START_OF)),
            sources=tuple(self.sources),
            credits=tuple(self.credits),
            summary=self.summary,
            dateline=self.dateline,
            reading_time=self.reading_time,
            furniture=tuple(sorted(self.furniture, key=_START_OF)),
            notes=tuple(self.notes),
            metadata=dict(self.metadata),
        )


# How a line that finishes a sentence ends (closing quotes and brackets allowed), the
# full stops of Chinese and Japanese (and their full-width marks, quotes and brackets),
# Arabic and Hindi too.
_SENTENCE_END = (
    ".", "!", "?", ":", '"', "'", "\u201d", "\u2019", ")", "]",
    "\u3002", "\uff01", "\uff1f", "\u300d", "\u300f", "\uff09", "\u061f", "\u0964",
)  # fmt: skip


# Each of those is one character: a line ends a sentence when its last is one of them.
_SENTENCE_END_CHARS = frozenset(_SENTENCE_END)
# A line's text and whether a blank line comes before it, and a text's last character,
# read in C.
_TEXT = operator.attrgetter("text")
_BLANK_BEFORE = operator.attrgetter("blank_before")
_LAST = operator.itemgetter(-1)
# A line's first word (all of it when it has no space), read in C: a trimmed line's
# text split once at its first space.
_SPLIT_AT_SPACE = operator.methodcaller("partition", " ")
_HEAD = operator.itemgetter(0)


def looks_wrapped(lines: Sequence[Line]) -> bool:
    """Hard-wrapped copy: most lines short, and lines that run on into the next one.

    A line followed by another with no blank line between is a wrap when it stops
    mid-sentence and the next line's first word would not have fitted on it with a
    fifth of the column to spare (the column's width is read as the length most lines
    followed by another of their block keep within); if most such lines end a
    sentence, or left that much room (a header
    line, a subhead, a list's item), each line is its own paragraph (a page dump with
    short paragraphs), not a wrapped block.

    Examples:
        >>> from newsparse._text import split_lines
        >>> wrapped = (
        ...     "The council voted on Monday to approve\\nthe new sea wall, which will cost four\\n"
        ...     "million pounds and take two years to\\nbuild.\\n"
        ... )
        >>> looks_wrapped(split_lines(wrapped * 3))
        True
        >>> dump = "Sarah Quill\\n3 March 2024\\nThe pool closed last spring.\\nIt opens in May.\\n"
        >>> looks_wrapped(split_lines(dump))
        False
    """
    if len(lines) < 3:  # noqa: PLR2004
        return False
    # Each pass runs in C: a text of thousands of short lines makes a pass in Python dear.
    texts = [*map(_TEXT, lines)]
    follows = [*map(operator.not_, map(_BLANK_BEFORE, lines[1:]))]  # no blank line after
    joined = sum(follows)
    if not joined:
        return False
    lengths = sorted(map(len, texts))
    if lengths[len(lengths) * 9 // 10] > 100:  # noqa: PLR2004 - wire copy wraps at ~80
        return False
    # The column's width, read from the lines broken before the next of their block (a
    # block's last line, a link's address, say, set under a paragraph, was not wrapped).
    broken = sorted(map(len, itertools.compress(texts, follows))) or lengths
    width = broken[len(broken) * 9 // 10]
    stops = map(operator.not_, map(_SENTENCE_END_CHARS.__contains__, map(_LAST, texts)))
    # How long each line is with a space and the next line's first word after it.
    words = map(_HEAD, map(_SPLIT_AT_SPACE, texts[1:]))
    reach = map(operator.add, map(len, texts), map(len, words))
    # A line broken by hand leaves clear room: a fifth of the width or more. Any line
    # wrapped at a width of at least the length most lines keep within does not:
    # ``len + 1 + word > 4 / 5 * width`` is ``len + word >= 4 * width // 5``.
    full = map((4 * width // 5).__le__, reach)
    run_on = sum(itertools.compress(full, map(operator.and_, follows, stops)))
    return 2 * run_on >= joined
