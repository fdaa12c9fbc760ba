"""The one place newsparse runs a regular expression over input text.

Every search over more than ``UNTIMED_CHARS`` characters passes a time limit to the
:mod:`regex` module (``REGEX_TIMEOUT_S`` plus ``REGEX_TIMEOUT_PER_CHAR_S`` per
character), whose ``TimeoutError`` becomes a typed
:class:`~newsparse.errors.PatternTimeoutError`.
Patterns are compiled at import by the modules that own them; this module only runs
them, always with ``pos``/``endpos`` rather than slicing, so offsets stay absolute.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING, Any

import regex

from newsparse.errors import PatternTimeoutError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = [
    "REGEX_TIMEOUT_PER_CHAR_S",
    "REGEX_TIMEOUT_S",
    "UNTIMED_CHARS",
    "finditer",
    "fullmatch",
    "literal_trie",
    "match",
    "package_patterns",
    "search",
]

#: Seconds a search over a short region may take before it raises
#: ``PatternTimeoutError``. Every pattern in newsparse is bounded and tested to run in
#: linear time, so a real text never comes near it.
REGEX_TIMEOUT_S = 2.0
#: Seconds added to the limit per character searched: the ``regex`` module's timeout
#: covers a whole ``finditer``, so a long scan gets a proportionally longer limit (one
#: second per million characters, twenty times what a linear pattern needs).
REGEX_TIMEOUT_PER_CHAR_S = 1e-6
#: Regions up to this long are searched without a time limit, and without the
#: ``timeout`` keyword at all: the :mod:`regex` module parses keywords slowly, and
#: arming the limit costs more than such a search (about 1.4 µs a call, where a
#: needle-led search of a detection window takes well under one); a pattern tested
#: linear cannot run away on them. Detection's windows (2,000 and 1,500 characters)
#: fall under it.
UNTIMED_CHARS = 4_096


def _limit(pos: int, endpos: int) -> float:
    """The time limit for a search of ``[pos, endpos)``, longer than ``UNTIMED_CHARS``."""
    return REGEX_TIMEOUT_S + (endpos - pos) * REGEX_TIMEOUT_PER_CHAR_S


def _timeout_error(pattern: regex.Pattern[str]) -> PatternTimeoutError:
    """The typed error for a search that ran too long (callers chain the cause)."""
    msg = f"pattern {pattern.pattern[:60]!r} ran past its time limit"
    return PatternTimeoutError(msg)


def search(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """Search ``text[pos:endpos]`` for ``pattern`` without slicing (offsets stay absolute)."""
    end = len(text) if endpos is None else endpos
    if end - pos <= UNTIMED_CHARS:
        return pattern.search(text, pos, end)
    try:
        return pattern.search(text, pos, end, timeout=_limit(pos, end))
    except TimeoutError as err:
        raise _timeout_error(pattern) from err


def match(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """Match ``pattern`` at ``pos`` in ``text``."""
    end = len(text) if endpos is None else endpos
    if end - pos <= UNTIMED_CHARS:
        return pattern.match(text, pos, end)
    try:
        return pattern.match(text, pos, end, timeout=_limit(pos, end))
    except TimeoutError as err:
        raise _timeout_error(pattern) from err


def fullmatch(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """Match ``pattern`` against all of ``text[pos:endpos]``."""
    end = len(text) if endpos is None else endpos
    if end - pos <= UNTIMED_CHARS:
        return pattern.fullmatch(text, pos, end)
    try:
        return pattern.fullmatch(text, pos, end, timeout=_limit(pos, end))
    except TimeoutError as err:
        raise _timeout_error(pattern) from err


def finditer(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[regex.Match[str]]:
    """Yield every match of ``pattern`` in ``text[pos:endpos]``."""
    end = len(text) if endpos is None else endpos
    if end - pos <= UNTIMED_CHARS:
        return pattern.finditer(text, pos, end)
    return _timed_finditer(pattern, text, pos, end)


def _timed_finditer(
    pattern: regex.Pattern[str], text: str, pos: int, end: int
) -> Iterator[regex.Match[str]]:
    try:
        yield from pattern.finditer(text, pos, end, timeout=_limit(pos, end))
    except TimeoutError as err:
        raise _timeout_error(pattern) from err


def literal_trie(words: Iterable[str]) -> str:
    """A pattern matching exactly the strings of ``words``, factored by shared prefixes.

    The :mod:`regex` module tries a named list (``\\L<name>``) by looking up every
    length it might have at each position, where a trie of alternatives fails at the
    first character that leads nowhere. The two accept the same strings, under the
    same flags; they may try them in a different order, so they are interchangeable
    where the rest of the pattern lets at most one word match at a position (words
    of letters followed by a required non-letter, as date names are). There the
    trie runs in about half the time.

    Raises:
        ValueError: ``words`` is empty (no pattern matches exactly nothing).

    Examples:
        >>> literal_trie(["mar", "march", "may"])
        'ma(?:r(?:ch)?|y)'
        >>> bool(regex.fullmatch(literal_trie(["a.b", "ab"]), "a.b"))
        True
    """
    tree: dict[str, dict[str, Any]] = {}
    words = list(words)
    if not words:
        msg = "literal_trie needs at least one word"
        raise ValueError(msg)
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict[str, Any]]) -> str:
        branches = [regex.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"{body}?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"

    return pattern(tree)


def package_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    """Every compiled pattern of every newsparse module, each once, with a dotted name.

    That is each module-level pattern, each pattern in a module-level tuple of them
    (the branches :func:`~newsparse.formats._base.alternation` compiles) or among a
    module-level dict's values (patterns by element or layout name), and the
    pattern and branches of each piece of detection evidence a format class declares
    (named ``Class.EVIDENCE[name]``). A pattern held under several names is listed
    once, under the first. The pattern tests and ``benchmarks/bench.py`` run each
    against hostile input.

    Examples:
        >>> names = [name for name, _ in package_patterns()]
        >>> "newsparse.extract.dates.DATE_RE" in names
        True
        >>> "newsparse.formats.factiva.FactivaFormat.EVIDENCE[hd-code]" in names
        True
    """
    import newsparse  # noqa: PLC0415 - the package imports this module

    found: list[tuple[str, regex.Pattern[str]]] = []
    seen: set[int] = set()

    def add(name: str, value: object) -> None:
        if isinstance(value, regex.Pattern) and id(value) not in seen:
            seen.add(id(value))
            found.append((name, value))

    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            where = f"{info.name}.{attr}"
            if isinstance(value, tuple):
                for i, item in enumerate(value):
                    add(f"{where}[{i}]", item)
            elif isinstance(value, dict):
                for key, item in value.items():
                    add(f"{where}[{key!r}]", item)
            elif isinstance(value, type) and value.__module__ == info.name:
                evidence = vars(value).get("EVIDENCE", ())
                for e in evidence if isinstance(evidence, tuple) else ():
                    ename = f"{where}.EVIDENCE[{getattr(e, 'name', '?')}]"
                    add(ename, getattr(e, "pattern", None))
                    for i, branch in enumerate(getattr(e, "branches", ())):
                        add(f"{ename}[{i}]", branch)
            else:
                add(where, value)
    return found
