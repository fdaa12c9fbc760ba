"""Helpers for format authors' own tests: does a format keep newsparse's contract?

:func:`check_format` runs a format over sample texts (and a few hostile ones) and
checks what newsparse relies on: a non-empty ``name``; an ``int`` ``priority`` if it
has one; ``score`` a number in ``[0, 1]`` that is the same every time, and
``explain``, if the format has it (detection asks it instead of ``score``), the same
score with a tuple of evidence names; ``parse`` returning
:class:`~newsparse.model.ParsedFields` whose every field's span lies in the text and
slices to the field's ``raw``; and, unless told otherwise, that every non-blank
character of each sample lies in some field or in ``furniture``. Every problem found
is listed in one :class:`~newsparse.errors.FormatContractError`. It imports no test
framework, so it works under pytest, unittest or a plain script.

Examples:
    >>> from newsparse.formats.generic import GenericFormat
    >>> check_format(GenericFormat(), ["Title\\n\\nFirst paragraph.\\n"])
    >>> class Broken:
    ...     name = "broken"
    ...     def score(self, text): return 2.0
    ...     def parse(self, text, options): return None
    >>> try:
    ...     check_format(Broken(), ["Title"])
    ... except FormatContractError as err:
    ...     print(str(err).splitlines()[1])
      - score 2.0 for sample 0 is outside [0, 1]
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from newsparse._text import is_blank
from newsparse.errors import FormatContractError
from newsparse.model import Field, ParsedFields, ParseOptions

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from newsparse.typing import SourceFormat

__all__ = ["HOSTILE_SAMPLES", "check_format"]


def __dir__() -> list[str]:
    return __all__


#: Texts every format must survive, with ``score`` in range and ``parse`` raising nothing.
HOSTILE_SAMPLES = ("", " \n\t\r\n", "\x00\x00", "a" * 10_000, "(" * 500, "\r\r\r", "By By By")


def _fields(pf: ParsedFields) -> Iterable[Field[object]]:
    for single in (
        pf.headline,
        pf.date,
        pf.byline,
        pf.summary,
        pf.dateline,
        pf.reading_time,
    ):
        if single is not None:
            yield single
    yield from pf.authors
    yield from pf.paragraphs
    yield from pf.attribution
    yield from pf.furniture


def _check_score(fmt: SourceFormat, text: str, label: str, problems: list[str]) -> None:
    try:
        scores = [fmt.score(text), fmt.score(text)]
    except Exception as err:  # noqa: BLE001 - report it as a contract problem
        problems.append(f"score raised on {label}: {err!r}")
        return
    if not _in_range(scores[0], "score", label, problems):
        return
    if scores[0] != scores[1]:
        problems.append(f"score for {label} changed between calls: {scores}")
    explain = getattr(fmt, "explain", None)
    if callable(explain):
        _check_explain(explain, text, scores[0], label, problems)


def _in_range(score: object, method: str, label: str, problems: list[str]) -> bool:
    """Whether ``score`` is a number in [0, 1] (not a bool), else list why."""
    if isinstance(score, bool) or not isinstance(score, (int, float)):
        problems.append(f"{method} for {label} is not a number: {score!r}")
        return False
    if math.isnan(score) or not 0.0 <= score <= 1.0:
        problems.append(f"{method} {score!r} for {label} is outside [0, 1]")
        return False
    return True


def _check_explain(
    explain: Callable[[str], object], text: str, score: float, label: str, problems: list[str]
) -> None:
    """Detection asks ``explain`` rather than ``score`` when a format has it: check it too."""
    try:
        answers = [explain(text), explain(text)]
    except Exception as err:  # noqa: BLE001 - report it as a contract problem
        problems.append(f"explain raised on {label}: {err!r}")
        return
    answer = answers[0]
    if not isinstance(answer, tuple) or len(answer) != 2:  # noqa: PLR2004 - (score, evidence)
        problems.append(f"explain for {label} returned {answer!r}, not (score, evidence)")
        return
    explained, evidence = answer
    if not _in_range(explained, "explain's score", label, problems):
        return
    if explained != score:
        problems.append(f"explain's score {explained!r} for {label} is not score's {score!r}")
    if isinstance(evidence, str) or not all(isinstance(e, str) for e in evidence):
        problems.append(f"explain's evidence for {label} is not a tuple of names: {evidence!r}")
    if answers[0] != answers[1]:
        problems.append(f"explain for {label} changed between calls: {answers}")


def _check_one(
    fmt: SourceFormat, text: str, label: str, *, coverage: bool, problems: list[str]
) -> None:
    _check_score(fmt, text, label, problems)
    try:
        pf = fmt.parse(text, ParseOptions())
    except Exception as err:  # noqa: BLE001 - report it as a contract problem
        problems.append(f"parse raised on {label}: {err!r}")
        return
    if not isinstance(pf, ParsedFields):
        problems.append(f"parse returned {type(pf).__name__} for {label}, not ParsedFields")
        return
    if (pf.date is None) != (pf.date_precision is None):
        problems.append(f"parse set the date or its precision without the other for {label}")
    covered = bytearray(len(text))
    for f in _fields(pf):
        if not 0 <= f.span.start <= f.span.end <= len(text):
            problems.append(f"{f.rule}: span {f.span} lies outside {label}")
            continue
        if f.span.of(text) != f.raw:
            problems.append(f"{f.rule}: span {f.span} does not slice to its raw text in {label}")
        covered[f.span.start : f.span.end] = b"\x01" * len(f.span)
    if coverage:
        lost = [i for i, ch in enumerate(text) if not covered[i] and not is_blank(ch)]
        if lost:
            problems.append(
                f"{len(lost)} non-blank characters of {label} are in no span "
                f"(first at offset {lost[0]}: {text[lost[0] : lost[0] + 20]!r})"
            )


def check_format(
    fmt: SourceFormat, samples: Sequence[str], *, require_coverage: bool = True
) -> None:
    """Check that ``fmt`` keeps the format contract on ``samples`` and hostile texts.

    Args:
        fmt: The format object: an instance, as the registry makes from the class an
            entry point names.
        samples: Texts in the format's layout (coverage is checked on these).
        require_coverage: Check that every non-blank character (neither white space nor
            a zero-width character such as U+200B) of each sample lies in some span;
            turn off only while a format is being written.

    Raises:
        FormatContractError: Listing every problem found.

    Examples:
        >>> from newsparse.formats.mint import MintFormat
        >>> check_format(MintFormat(), ["Rain2 min read 14 Aug 2023, 06:50 AM IST\\nMore rain.\\n"])
    """
    if isinstance(fmt, type):
        msg = f"check_format takes a format object, not the class {fmt.__name__}; pass an instance"
        raise FormatContractError(msg)
    problems: list[str] = []
    name = getattr(fmt, "name", None)
    if not isinstance(name, str) or not name:
        problems.append(f"name must be a non-empty str, not {name!r}")
    priority = getattr(fmt, "priority", 0)
    if isinstance(priority, bool) or not isinstance(priority, int):
        problems.append(f"priority must be an int, not {priority!r}")
    for i, text in enumerate(samples):
        _check_one(fmt, text, f"sample {i}", coverage=require_coverage, problems=problems)
    for i, text in enumerate(HOSTILE_SAMPLES):
        _check_one(fmt, text, f"hostile sample {i}", coverage=False, problems=problems)
    if problems:
        msg = f"format {name!r} breaks the contract:\n" + "\n".join(f"  - {p}" for p in problems)
        raise FormatContractError(msg)
