from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"

settings.register_profile(
    "dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def finds(pattern: regex.Pattern[str], text: str) -> list[tuple[object, ...]]:
    """Every match of ``pattern`` in ``text``, as its span and groups."""
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def unanchored(pattern: regex.Pattern[str], *, wrapped: bool = False) -> regex.Pattern[str]:
    r"""``pattern`` as it was written before its leading ``\G`` (and group) was added.

    ``wrapped`` marks a pattern whose alternatives were wrapped in a group, so that the
    anchor holds them all: the group goes too.
    """
    source = pattern.pattern
    lead = source[: len(source) - len(source.lstrip())]
    head = r"\G(?:" if wrapped else r"\G"
    assert source[len(lead) :].startswith(head), source[:40]
    old = lead + source[len(lead) + len(head) :]
    if wrapped:
        assert old.endswith(")")
        old = old[:-1]
    lists: dict[str, Any] = {k: list(v) for k, v in pattern.named_lists.items()}
    return regex.compile(old, pattern.flags, **lists)


def assert_finds_alike_in_golden(
    pattern: regex.Pattern[str], reference: regex.Pattern[str], name: str
) -> None:
    """``pattern`` finds what ``reference`` finds in every golden text and seed, and some."""
    found = 0
    for path in sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")]):
        text = path.read_text(encoding="utf-8")
        expected = finds(reference, text)
        assert finds(pattern, text) == expected, (name, path.name)
        found += len(expected)
    assert found, f"no golden text exercises {name}"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite the golden *.expected.json files (span laws are still checked)",
    )
    parser.addoption(
        "--run-slow",
        action="store_true",
        default=False,
        help="run tests marked slow (also NEWSPARSE_SLOW=1), such as the 200 MB export",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip ``slow`` tests unless ``--run-slow`` or ``NEWSPARSE_SLOW=1`` asks for them."""
    if config.getoption("--run-slow") or os.environ.get("NEWSPARSE_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow or NEWSPARSE_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
