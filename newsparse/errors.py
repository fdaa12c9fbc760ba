"""The newsparse exception hierarchy.

Every error that parsing, detection, decoding and the registry raise derives from
:class:`NewsparseError`; each leaf also derives from the builtin exception a caller
would naturally catch, so ``except LookupError`` still works for an unknown format
name. (Model values built by hand, such as a :class:`~newsparse.model.Span` that ends
before it starts, raise plain ``ValueError`` as attrs classes do.)

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
    "InvalidOptionError",
    "NewsparseError",
    "ParseError",
    "PatternTimeoutError",
    "PluginLoadError",
    "TextLooksLikePathWarning",
]


def __dir__() -> list[str]:
    return __all__


class NewsparseError(Exception):
    """Root of every exception newsparse raises.

    Examples:
        >>> import newsparse
        >>> try:
        ...     newsparse.parse(42)
        ... except newsparse.NewsparseError as err:
        ...     print(type(err).__name__)
        InputTypeError
    """


class FormatNotFoundError(NewsparseError, LookupError):
    """No registered format has the requested name.

    Attributes:
        name: The name that was asked for.
        known: The names that are registered, sorted.

    Examples:
        >>> err = FormatNotFoundError("mnt", ["generic", "mint"])
        >>> str(err), isinstance(err, LookupError)
        ("unknown format 'mnt'; known formats: generic, mint", True)
    """

    def __init__(self, name: str, known: Sequence[str]) -> None:
        self.name = name
        self.known = tuple(sorted(known))
        msg = f"unknown format {name!r}; known formats: {', '.join(self.known)}"
        super().__init__(msg)

    def __reduce__(self) -> tuple[type[FormatNotFoundError], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.name, self.known))


class DuplicateFormatError(NewsparseError, ValueError):
    """A format with the same name is already registered (pass ``replace=True``).

    Examples:
        >>> from newsparse.registry import FormatRegistry
        >>> from newsparse.formats.generic import GenericFormat
        >>> try:
        ...     FormatRegistry(plugins=False).register(GenericFormat())
        ... except DuplicateFormatError as err:
        ...     print(err)
        a format named 'generic' is already registered (builtin)
    """


class FormatContractError(NewsparseError, TypeError):
    """A format broke the :class:`~newsparse.typing.SourceFormat` contract.

    Raised, for example, for a score outside ``[0, 1]`` or a NaN score, or for a
    span that does not lie inside the text.

    Examples:
        >>> issubclass(FormatContractError, TypeError)
        True
    """


class PluginLoadError(NewsparseError, ImportError):
    """A third-party format named in the ``newsparse.formats`` entry points failed to load.

    It is logged and kept in ``FormatRegistry.load_errors``, never raised at import.

    Examples:
        >>> from newsparse.registry import FormatRegistry
        >>> dict(FormatRegistry(plugins=False).load_errors)
        {}
    """


class PatternTimeoutError(NewsparseError, TimeoutError):
    """A regular-expression search ran past its time limit.

    A search over more than 4,096 characters gets two seconds plus one per million
    characters searched; a shorter one, bounded by its length and the patterns'
    bounded repeats, runs without a limit (see ``newsparse._regex``). No real text
    comes near the limit.

    Examples:
        >>> issubclass(PatternTimeoutError, TimeoutError)
        True
    """


class InputTypeError(NewsparseError, TypeError):
    """An argument has the wrong type: an article that is neither text nor bytes, or an option.

    Raised by :func:`newsparse.parse`, :func:`newsparse.parse_many`,
    :func:`newsparse.detect` and :func:`newsparse.decode` before any work is done.

    Examples:
        >>> import newsparse
        >>> try:
        ...     newsparse.parse(["a", "list"])
        ... except TypeError as err:
        ...     print(err)
        parse() takes the article as str or bytes, not list
    """


class InvalidOptionError(NewsparseError, ValueError):
    """An option has the right type but a value newsparse cannot use.

    A ``tzinfos`` offset further than a day from UTC, or a ``chunk_size`` below 1.

    Examples:
        >>> import newsparse
        >>> try:
        ...     newsparse.parse("Headline", tzinfos={"XST": 200_000})
        ... except ValueError as err:
        ...     print(err)
        tzinfos['XST'] = 200000 seconds is not within a day of UTC
    """


class InputTooLargeError(NewsparseError, ValueError):
    """The text is longer than the ``max_chars`` guard :func:`newsparse.parse` was given.

    Attributes:
        size: The text's length in characters.
        limit: The guard it exceeded.

    Examples:
        >>> import newsparse
        >>> try:
        ...     newsparse.parse("x" * 11, max_chars=10)
        ... except InputTooLargeError as err:
        ...     print(err)
        text of 11 characters exceeds max_chars=10
    """

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        msg = f"text of {size:,} characters exceeds max_chars={limit:,}"
        super().__init__(msg)

    def __reduce__(self) -> tuple[type[InputTooLargeError], tuple[int, int]]:
        return (type(self), (self.size, self.limit))


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

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_parse_error, (type(self), self.message, self.source, self.span))

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


def _rebuild_parse_error(
    cls: type[ParseError], message: str, source: str, span: Span | None
) -> ParseError:
    """Unpickle a :class:`ParseError` (its ``source`` and ``span`` are keyword-only)."""
    return cls(message, source=source, span=span)


class TextLooksLikePathWarning(UserWarning):
    """A text given to parse is one line that names an existing file.

    ``parse``, ``detect``, ``split`` and ``parse_many`` read a ``str`` as the article
    itself, never as a file name, so ``parse("story.txt")`` parses the eleven
    characters ``story.txt``. They warn when that is likely a mistake; read the file
    (``parse(Path(name).read_bytes())``) or give ``parse_many`` a ``pathlib.Path``.
    Silence it with ``warnings.simplefilter`` where a one-line text that is also a
    file name is meant.

    Examples:
        >>> import newsparse, warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     article = newsparse.parse(newsparse.__file__)
        >>> caught[0].category.__name__, article.headline == newsparse.__file__
        ('TextLooksLikePathWarning', True)
    """
