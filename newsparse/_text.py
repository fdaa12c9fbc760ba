"""Lines with absolute offsets: the unit every format reads.

Line ends are ``\\n``, ``\\r\\n`` and ``\\r``; each :class:`Line` carries the offsets
of its text with surrounding blanks trimmed, so a span made from it covers no blank
characters and slices the original input exactly. Blank means white space or one of
the invisible characters in :data:`INVISIBLE` (a zero-width space a page left at a
line's end, a byte-order mark at a file's start): they carry no text.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple, cast

from newsparse.model import Field, Span, _field, _span

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

__all__ = [
    "INVISIBLE",
    "MIN_WRAP_WIDTH",
    "Line",
    "caseless",
    "filled_to_width",
    "fold",
    "gate_key",
    "holds_any",
    "is_blank",
    "line_field",
    "split_lines",
    "trim",
    "without_marks",
]

#: Characters that are blank though not white space: zero-width space, non-joiner and
#: joiner, word joiner, and the zero-width no-break space (the byte-order mark).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def is_blank(ch: str) -> bool:
    """Whether the character ``ch`` is white space or invisible (no span need cover it).

    Examples:
        >>> is_blank(" "), is_blank("\\u200b"), is_blank("\\u00ad"), is_blank("a")
        (True, True, False, False)
    """
    return ch.isspace() or ch in INVISIBLE


def _strip_blank(raw: str) -> str:
    """``raw`` without blanks at either end: white space and :data:`INVISIBLE` alike."""
    stripped = raw.strip()
    while stripped and (stripped[0] in INVISIBLE or stripped[-1] in INVISIBLE):
        stripped = stripped.strip(INVISIBLE).strip()
    return stripped


class Line(NamedTuple):
    """One line of the input: ``text`` is ``source[start:end]``, trimmed.

    ``index`` is its place among the non-blank lines :func:`split_lines` returned
    (from 0); ``blank_before`` says whether a blank line (or the start of the region)
    comes right before it, which is how paragraphs are told apart in hard-wrapped
    copy; ``indent`` counts the white-space characters trimmed from its start.

    An immutable named tuple rather than an attrs class: every line of every text
    is one, and a tuple is built in half the time. Its ``index`` field stands where
    the tuple method of that name would.
    """

    start: int
    end: int
    text: str
    index: int  # type: ignore[assignment]  # a field, not tuple.index
    blank_before: bool
    indent: int

    @property
    def span(self) -> Span:
        """The line's span in the input."""
        return _span(self.start, self.end)


# Builds a Line from a ready tuple of its fields without the generated ``__new__``'s
# call: one per line of every text.
_new_line = cast(
    "Callable[[type[Line], tuple[int, int, str, int, bool, int]], Line]", tuple.__new__
)


def split_lines(text: str, pos: int = 0, endpos: int | None = None) -> list[Line]:
    """Return the non-blank lines of ``text[pos:endpos]`` with trimmed, absolute offsets.

    Examples:
        >>> [(ln.text, ln.start, ln.blank_before) for ln in split_lines("  Hi \\r\\n\\nthere")]
        [('Hi', 2, True), ('there', 8, True)]
    """
    end = len(text) if endpos is None else endpos
    chunk = text[pos:end]
    if "\r" in chunk:
        # Same length, so offsets hold: a CR before LF becomes a trailing space (trimmed
        # below), and a lone CR becomes LF.
        chunk = chunk.replace("\r\n", " \n").replace("\r", "\n")
    lines: list[Line] = []
    add = lines.append
    blank = True
    a = pos
    n = 0
    strip = _strip_blank if holds_any(chunk, INVISIBLE) else str.strip
    for raw in chunk.split("\n"):
        stripped = strip(raw)
        if stripped is raw:  # nothing to trim (strip() returns the string itself)
            if raw:
                add(_new_line(Line, (a, a + len(raw), raw, n, blank, 0)))
                n += 1
                blank = False
            else:
                blank = True
        elif stripped:
            indent = raw.find(stripped[0])  # the first character kept: none before is
            s = a + indent
            add(_new_line(Line, (s, s + len(stripped), stripped, n, blank, indent)))
            n += 1
            blank = False
        else:
            blank = True
        a += len(raw) + 1
    return lines


#: The narrowest width hard-wrapped copy is filled to (wire and export copy wraps at
#: 60 to 80 columns).
MIN_WRAP_WIDTH = 50


def filled_to_width(text: str, lines: Sequence[Line]) -> bool:
    """Whether three lines or more of ``text`` are filled as a greedy hard wrap fills them.

    A wrapper moves a word to the next line only when it would run past the width, so
    in a wrapped block no line (but the last) ends with room left, before the column
    the block's widest line ends at, for the first word of the line after it. Lines
    are measured from the start of their line in ``text``, so a line a format has cut
    (after a dateline, say) keeps its width. Lines that are paragraphs of their own
    rarely all run that close to one width, even when each ends a sentence.

    Copy is not wrapped narrower than :data:`MIN_WRAP_WIDTH`: short lines that each
    end a sentence are paragraphs however they fill. Nor are lines that each hold one
    whole sentence, none ending inside a line: one-sentence paragraphs a line each
    may fill alike by chance, while wrapped lines that end sentences are as likely to
    hold a sentence end before their last word.

    Examples:
        >>> wrapped = (
        ...     "The rain fell on the city all night, and the river rose before dawn.\\n"
        ...     "Roads shut. Power failed in the north of the city before the noon.\\n"
        ...     "Crews came."
        ... )
        >>> filled_to_width(wrapped, split_lines(wrapped))
        True
        >>> lines = wrapped.replace("shut. Power", "shut.\\nPower")
        >>> filled_to_width(lines, split_lines(lines))
        False
        >>> one_each = (
        ...     "The rain fell on the city all night, and the river rose before dawn.\\n"
        ...     "Power failed in the north of the city before noon, officials said.\\n"
        ...     "Crews came."
        ... )
        >>> filled_to_width(one_each, split_lines(one_each))
        False
    """
    if len(lines) < 3:  # noqa: PLR2004
        return False
    ends = []  # the column each line ends at
    for ln in lines:
        line_start = max(text.rfind("\n", 0, ln.start), text.rfind("\r", 0, ln.start)) + 1
        ends.append(ln.end - line_start)
    width = max(ends)
    if width < MIN_WRAP_WIDTH:
        return False
    for end, after in zip(ends[:-1], lines[1:], strict=True):
        if end + 1 + len(after.text.split(None, 1)[0]) <= width:
            return False
    return not all(_ends_sentence(ln.text) for ln in lines[:-1]) or any(
        _holds_sentence_end(ln.text) for ln in lines
    )


# What ends a sentence, and what may close after it (quotes, brackets).
_STOPS = frozenset(".!?")
_CLOSERS = "\"')]\u201d\u2019"


def _ends_sentence(word: str) -> bool:
    """Whether ``word`` (or a line, by its last word) ends a sentence."""
    bare = word.rstrip(_CLOSERS)
    return bool(bare) and bare[-1] in _STOPS


def _holds_sentence_end(line: str) -> bool:
    """Whether a sentence ends in ``line`` before its last word and another opens after it.

    Examples:
        >>> _holds_sentence_end("Roads shut. Power failed in the north.")
        True
        >>> _holds_sentence_end("Power failed in the north, officials said.")
        False
    """
    words = line.split()
    return any(_ends_sentence(word) and not nxt[0].islower() for word, nxt in pairwise(words))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` past blanks at both ends (nothing is sliced).

    Examples:
        >>> trim("  Hi there \\u200b\\n", 0, 13)
        (2, 10)
        >>> trim("   ", 0, 3)
        (3, 3)
    """
    while start < end and (text[start].isspace() or text[start] in INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in INVISIBLE):
        end -= 1
    return start, end


def fold(text: str) -> str:
    """Collapse every run of white space to one space and trim the ends.

    Examples:
        >>> fold("  a\\n  b  ")
        'a b'
    """
    return " ".join(text.split())


def caseless(text: str) -> str:
    """Lower-case ``text`` as the :mod:`regex` module's IGNORECASE compares, keeping its length.

    A pattern that ignores case matches the long s (U+017F) as ``s`` and the dotted
    capital I (U+0130) as ``i``; ``lower()`` alone keeps the first and turns the
    second into two characters. Every other character that such a pattern takes for
    an ASCII letter is lowered to it, so a lower-case ASCII literal a pattern needs
    is found in the result at the offset where the pattern matched it.

    Examples:
        >>> caseless("MIN READ \u017fkip \u0130ST")
        'min read skip ist'
    """
    if text.isascii():
        return text.lower()
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    if "\u017f" in text:
        text = text.replace("\u017f", "s")
    return text.lower()


def without_marks(text: str) -> str:
    """``text`` without its combining marks, its accents and diacritics taken apart (NFD).

    Examples:
        >>> without_marks("VIDÉO"), without_marks("ΥΠΟΥΡΓΕΊΟΥ"), without_marks("Łódź")
        ('VIDEO', 'ΥΠΟΥΡΓΕΙΟΥ', 'Łodz')
    """
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def gate_key(phrase: str) -> str:
    """What of ``phrase`` a line holds, lowered by :func:`caseless`, wherever a pattern matches it.

    A pattern that ignores case reads the dotless ``\u0131`` of a Turkish word as the
    capital ``I``, which :func:`caseless` lowers to ``i``: the key stops before it, so
    a gate that looks for the key in a lowered line finds it wherever the word matches.

    Examples:
        >>> gate_key("Hakk\u0131m\u0131zda"), gate_key("Impressum")
        ('hakk', 'impressum')
    """
    return caseless(phrase).split("\u0131", 1)[0]


def holds_any(text: str, needles: Iterable[str]) -> bool:
    """Whether one of ``needles`` occurs in ``text`` (a string of characters is one per character).

    A plain loop: cheaper than ``any()`` over a generator on the hot paths that ask.

    Examples:
        >>> holds_any("by Jane, Sam", ",;&"), holds_any("by Jane", ("and", "&"))
        (True, False)
    """
    for n in needles:  # noqa: SIM110 - see above
        if n in text:
            return True
    return False


#: The colons a label may close with: ASCII and the full-width one (U+FF1A) that Chinese
#: and Japanese pages set after a label (``相关阅读`` and a title, ``Related: Title``).
LABEL_COLONS = ":\uff1a"


def after_colon(text: str) -> str | None:
    """What follows the first colon of ``text`` (ASCII or full-width), or None with no colon.

    A label followed by text after its colon is a link or a field (``Read more: Town
    votes``, or ``相关阅读`` and a title after a full-width colon); one with nothing
    after it is a label alone.

    Examples:
        >>> after_colon("Read more: Town votes"), after_colon("\u76f8\u5173\uff1a\u6807\u9898")
        (' Town votes', '\u6807\u9898')
        >>> after_colon("Most read"), after_colon("READ MORE:")
        (None, '')
    """
    for i, ch in enumerate(text):
        if ch in LABEL_COLONS:
            return text[i + 1 :]
    return None


def line_field(line: Line, rule: str) -> Field[str]:
    """A text field holding one whole line."""
    return _field(line.text, line.text, _span(line.start, line.end), rule)
