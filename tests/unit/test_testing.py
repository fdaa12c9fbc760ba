from __future__ import annotations

import pytest

from newsparse import FormatContractError
from newsparse.formats import BUILTINS
from newsparse.model import ParsedFields, ParseOptions
from newsparse.registry import FormatRegistry
from newsparse.testing import check_format
from tests.conftest import GOLDEN


@pytest.mark.parametrize("name", sorted(BUILTINS))
def test_every_builtin_keeps_the_contract_on_its_goldens(name: str) -> None:
    fmt = FormatRegistry(plugins=False).get(name)
    samples = [p.read_text(encoding="utf-8") for p in sorted((GOLDEN / name).glob("*.txt"))]
    check_format(fmt, samples)


class _Explained:
    """A format whose explain (which detection asks) may disagree with its score."""

    name = "explained"

    def __init__(self, answer: object, priority: object = 0) -> None:
        self.answer = answer
        self.priority = priority

    def score(self, text: str) -> float:
        return 0.5

    def explain(self, text: str) -> object:
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        return ParsedFields()


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ((7.0, ("oops",)), "explain's score 7.0 for sample 0 is outside [0, 1]"),
        ((0.4, ("low",)), "explain's score 0.4 for sample 0 is not score's 0.5"),
        ((0.5, "ab"), "explain's evidence for sample 0 is not a tuple of names: 'ab'"),
        (0.5, "explain for sample 0 returned 0.5, not (score, evidence)"),
        (RuntimeError("boom"), "explain raised on sample 0: RuntimeError('boom')"),
        ((True, ()), "explain's score for sample 0 is not a number: True"),
    ],
)
def test_explain_is_checked_as_detection_uses_it(answer: object, problem: str) -> None:
    # Detection asks explain() rather than score() when a format has it: an explain that
    # breaks the contract passed check_format and then failed every parse.
    with pytest.raises(FormatContractError) as info:
        check_format(_Explained(answer), ["Title"], require_coverage=False)
    assert f"  - {problem}" in str(info.value).splitlines()
    check_format(_Explained((0.5, ("fine",))), ["Title"], require_coverage=False)


def test_a_class_and_a_priority_that_is_no_int_are_reported() -> None:
    with pytest.raises(FormatContractError, match="not the class _Explained; pass an instance"):
        check_format(_Explained, ["Title"])  # type: ignore[arg-type]
    with pytest.raises(FormatContractError, match="priority must be an int, not None"):
        check_format(_Explained((0.5, ()), priority=None), ["Title"], require_coverage=False)


def test_a_nan_score_is_reported_once() -> None:
    class NotANumber(_Explained):
        def score(self, text: str) -> float:
            return float("nan")  # a new NaN each call, and no NaN equals another

    with pytest.raises(FormatContractError) as info:
        check_format(NotANumber((0.5, ())), ["Title"], require_coverage=False)
    assert "score nan for sample 0 is outside [0, 1]" in str(info.value)
    assert "changed between calls" not in str(info.value)


def test_problems_are_collected() -> None:
    class Sloppy:
        name = "sloppy"

        def score(self, text: str) -> float:
            return 0.5

        def parse(self, text: str, options: ParseOptions) -> ParsedFields:
            return ParsedFields()

    with pytest.raises(FormatContractError) as info:
        check_format(Sloppy(), ["Title\n\nBody text."])
    assert "non-blank characters of sample 0 are in no span" in str(info.value)
    check_format(Sloppy(), ["Title\n\nBody text."], require_coverage=False)


def test_a_raising_score_and_a_date_without_precision_are_reported() -> None:
    import datetime as dt  # noqa: PLC0415

    from newsparse.model import Field, Span  # noqa: PLC0415

    class Careless:
        name = "careless"

        def score(self, text: str) -> float:
            msg = "no score today"
            raise RuntimeError(msg)

        def parse(self, text: str, options: ParseOptions) -> ParsedFields:
            when = dt.datetime(2023, 8, 14, tzinfo=dt.timezone.utc)
            date = Field(value=when, raw=text[:0], span=Span(0, 0), rule="careless.date")
            return ParsedFields(date=date)

    with pytest.raises(FormatContractError) as info:
        check_format(Careless(), ["Title"], require_coverage=False)
    message = str(info.value)
    assert "score raised on sample 0: RuntimeError('no score today')" in message
    assert "parse set the date or its precision without the other for sample 0" in message
