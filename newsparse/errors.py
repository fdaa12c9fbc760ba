"""The newsparse exception hierarchy.

Every error newsparse raises derives from :class:`NewsparseError`; each leaf also
derives from the builtin exception a caller would naturally catch, so
``except LookupError`` still works for an unknown format name.

Examples:
    >>> import newsparse
    >>> try:
    ...     newsparse.parse("Headline", format="no-such-format")
    ... except newsparse.FormatNotFoundError as err:
    ...     print(err.name)
    no-such-format
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse.model import Span

__all__ = [
    "DuplicateFormatError",
    "FormatContractError",
    "FormatNotFoundError",
    "InputTooLargeError",
    "InputTypeError",
    "NewsparseError",
    "ParseError",
    "PatternTimeoutError",
    "PluginLoadError",
]


def __dir__() -> list[str]:
    return __all__


class NewsparseError(Exception):
    """Root of every exception newsparse raises."""


class FormatNotFoundError(NewsparseError, LookupError):
    """No registered format has the requested name.

    Attributes:
        name: The name that was asked for.
        known: The names that are registered, sorted.
    """

    def __init__(self, name: str, known: Sequence[str]) -> None:
        self.name = name
        self.known = tuple(sorted(known))
        msg = f"unknown format {name!r}; known formats: {', '.join(self.known)}"
        super().__init__(msg)


class DuplicateFormatError(NewsparseError, ValueError):
    """A format with the same name is already registered (pass ``replace=True``)."""


class FormatContractError(NewsparseError, TypeError):
    """A format broke the :class:`~newsparse.typing.SourceFormat` contract.

    Raised, for example, for a score outside ``[0, 1]`` or a NaN score, or for a
    span that does not lie inside the text.
    """


class PluginLoadError(NewsparseError, ImportError):
    """A third-party format named in the ``newsparse.formats`` entry points failed to load."""


class PatternTimeoutError(NewsparseError, TimeoutError):
    """A regular-expression search ran past its time limit (``REGEX_TIMEOUT_S``, 2 s)."""


class InputTypeError(NewsparseError, TypeError):
    """:func:`newsparse.parse` was given something other than text."""


class InputTooLargeError(NewsparseError, ValueError):
    """The text is longer than the ``max_chars`` guard :func:`newsparse.parse` was given.

    Attributes:
        size: The text's length in characters.
        limit: The guard it exceeded.
    """

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        msg = f"text of {size:,} characters exceeds max_chars={limit:,}"
        super().__init__(msg)


class ParseError(NewsparseError, ValueError):
    """The text could not be parsed at all.

    Args:
        message: What went wrong.
        source: The text being parsed.
        span: Where in ``source`` it went wrong, if known.

    Examples:
        >>> from newsparse.model import Span
        >>> print(ParseError("no date", source="Dated: soon", span=Span(7, 11)))
        no date
            Dated: soon
                   ^^^^
    """

    def __init__(self, message: str, *, source: str, span: Span | None = None) -> None:
        self.message = message
        self.source = source
        self.span = span
        super().__init__(message)

    def __str__(self) -> str:
        if self.span is None:
            return self.message
        line_start = self.source.rfind("\n", 0, self.span.start) + 1
        line_end = self.source.find("\n", self.span.start)
        if line_end == -1:
            line_end = len(self.source)
        line = self.source[line_start:line_end]
        width = max(1, min(self.span.end, line_end) - self.span.start)
        marker = " " * (self.span.start - line_start) + "^" * width
        return f"{self.message}\n    {line}\n    {marker}"
