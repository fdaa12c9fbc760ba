"""The one place newsparse runs a regular expression over input text.

Every search passes ``timeout=REGEX_TIMEOUT_S`` to the :mod:`regex` module, whose
``TimeoutError`` becomes a typed :class:`~newsparse.errors.PatternTimeoutError`.
Patterns are compiled at import by the modules that own them; this module only runs
them, always with ``pos``/``endpos`` rather than slicing, so offsets stay absolute.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.errors import PatternTimeoutError

if TYPE_CHECKING:
    from collections.abc import Iterator

    import regex

__all__ = ["REGEX_TIMEOUT_S", "finditer", "fullmatch", "match", "search"]

#: Seconds any single search may take before it raises ``PatternTimeoutError``.
#: Every pattern in newsparse is bounded, so a real text never comes near it.
REGEX_TIMEOUT_S = 2.0


def _timeout_error(pattern: regex.Pattern[str], err: TimeoutError) -> PatternTimeoutError:
    msg = f"pattern {pattern.pattern[:60]!r} ran past {REGEX_TIMEOUT_S} s"
    out = PatternTimeoutError(msg)
    out.__cause__ = err
    return out


def search(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """Search ``text[pos:endpos]`` for ``pattern`` without slicing (offsets stay absolute)."""
    try:
        return pattern.search(
            text, pos, len(text) if endpos is None else endpos, timeout=REGEX_TIMEOUT_S
        )
    except TimeoutError as err:
        raise _timeout_error(pattern, err) from err


def match(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """Match ``pattern`` at ``pos`` in ``text``."""
    try:
        return pattern.match(
            text, pos, len(text) if endpos is None else endpos, timeout=REGEX_TIMEOUT_S
        )
    except TimeoutError as err:
        raise _timeout_error(pattern, err) from err


def fullmatch(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """Match ``pattern`` against all of ``text[pos:endpos]``."""
    try:
        return pattern.fullmatch(
            text, pos, len(text) if endpos is None else endpos, timeout=REGEX_TIMEOUT_S
        )
    except TimeoutError as err:
        raise _timeout_error(pattern, err) from err


def finditer(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[regex.Match[str]]:
    """Yield every match of ``pattern`` in ``text[pos:endpos]``."""
    try:
        yield from pattern.finditer(
            text, pos, len(text) if endpos is None else endpos, timeout=REGEX_TIMEOUT_S
        )
    except TimeoutError as err:
        raise _timeout_error(pattern, err) from err
