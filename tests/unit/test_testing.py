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
