"""The format protocol and the public type aliases.

Examples:
    >>> import newsparse
    >>> from newsparse.typing import SourceFormat
    >>> isinstance(newsparse.get_format("mint"), SourceFormat)
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from newsparse.model import ParsedFields, ParseOptions

__all__ = ["FieldName", "Score", "SourceFormat"]


def __dir__() -> list[str]:
    return __all__


#: A format's confidence that it can read a text, in ``[0, 1]``.
Score = float

#: A key of :attr:`newsparse.Article.spans`: an attribute name, ``authors`` or ``furniture``.
FieldName = str


@runtime_checkable
class SourceFormat(Protocol):
    """What a source format provides; built-ins and plugins alike.

    ``name`` equals the entry-point name. ``score`` must be pure and deterministic,
    read only a bounded window of the text, and return a number in ``[0, 1]``.
    ``parse`` returns :class:`~newsparse.model.ParsedFields` whose spans index the
    text it was given. A format may also define ``priority: int`` (ties go to the
    higher) and ``explain(text) -> (score, evidence_names)``, which
    :func:`newsparse.detect` prefers to ``score`` when present.

    Examples:
        >>> class Nothing:
        ...     name = "nothing"
        ...     def score(self, text): return 0.0
        ...     def parse(self, text, options): ...
        >>> isinstance(Nothing(), SourceFormat), isinstance(object(), SourceFormat)
        (True, False)
    """

    name: str

    def score(self, text: str) -> Score:
        """How likely ``text`` is in this layout, in ``[0, 1]``."""
        ...

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        """Read ``text`` into fields with spans."""
        ...
