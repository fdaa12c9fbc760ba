"""Every compiled pattern in the package: raw-string hygiene and bounded running time."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _regex
from tests.conftest import assert_finds_alike_in_golden, finds, unanchored

if TYPE_CHECKING:
    from collections.abc import Callable

PATTERNS = _regex.package_patterns()
ADVERSARIAL = [
    "a" * 20_000,
    " " * 20_000,
    "By " * 7_000,
    "date " * 4_000,
    "14 Aug 2023, 06:50 AM IST 2023-08-14 " * 500,
    "(" * 10_000 + ")" * 10_000,
    ".,;:-|" * 3_000,
    "1" * 20_000,
    "Aa " * 7_000,
    "\n" * 20_000,
]


def test_patterns_were_found() -> None:
    assert len(PATTERNS) >= 10


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_backspace_from_a_missing_raw_prefix(name: str, pattern: regex.Pattern[str]) -> None:
    assert "\x08" not in pattern.pattern, name


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_patterns_finish_on_adversarial_input(name: str, pattern: regex.Pattern[str]) -> None:
    for text in ADVERSARIAL:
        try:
            for _ in _regex.finditer(pattern, text):
                pass
        except newsparse.PatternTimeoutError:  # noqa: PERF203 - a test, not a hot path
            pytest.fail(f"{name} ran past {_regex.REGEX_TIMEOUT_S} s on {text[:30]!r}...")


# Units repeated into long runs: the shapes that make a careless pattern quadratic.
RUNS = ("a", " ", "\n", " \n", "By ", "date ", "(", "14 Aug 2023, 06:50 AM IST 2023-08-14 ")


def _seconds(pattern: regex.Pattern[str], text: str) -> float:
    # CPU time of this process, not wall time: on a shared machine the wall clock also
    # counts the time other jobs hold the core, which made the ratios below swing.
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for _ in pattern.finditer(text):
            pass
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_patterns_scale_linearly_on_long_runs(name: str, pattern: regex.Pattern[str]) -> None:
    for unit in RUNS:
        big = unit * (20_000 // len(unit))
        start = time.process_time()
        for _ in pattern.finditer(big):
            pass
        if time.process_time() - start < 0.05:  # too fast to be quadratic
            continue
        # Four times the text: about four times the time if linear, sixteen if quadratic;
        # the best of five runs each, and a wide margin, keep a loaded machine from failing
        # it. A ratio over the bound is measured twice more (a burst of load on a shared
        # machine can hit one measurement; a quadratic pattern is over it every time).
        ratios = []
        for _ in range(3):
            small, large = _seconds(pattern, big[: len(big) // 4]), _seconds(pattern, big)
            ratios.append(large / small)
            if large < 10 * small:
                break
        assert min(ratios) < 10, f"{name} on runs of {unit!r}: time ratios {ratios}"


def test_a_runaway_search_becomes_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_regex, "UNTIMED_CHARS", 0)
    monkeypatch.setattr(_regex, "REGEX_TIMEOUT_S", 0.05)
    monkeypatch.setattr(_regex, "REGEX_TIMEOUT_PER_CHAR_S", 0.0)
    exponential = regex.compile(r"(a|aa)+c")  # not a newsparse pattern: a known bad one
    runs: list[Callable[[], object]] = [
        lambda: _regex.search(exponential, "a" * 60),
        lambda: _regex.match(exponential, "a" * 60),
        lambda: _regex.fullmatch(exponential, "a" * 60),
        lambda: list(_regex.finditer(exponential, "a" * 60)),
    ]
    for run in runs:
        with pytest.raises(newsparse.PatternTimeoutError) as info:
            run()
        assert isinstance(info.value, TimeoutError)
        assert isinstance(info.value.__cause__, TimeoutError)


class _Recording:
    """A pattern that records, for each call, whether a time limit was passed."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern
        self.timed: list[bool] = []

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        self.timed.append(kwargs.get("timeout") is not None)
        return getattr(self.pattern, method)(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("search", *args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("match", *args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("fullmatch", *args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("finditer", *args, **kwargs)


def test_short_regions_run_untimed_and_long_ones_timed() -> None:
    # Every function gives the pattern's own answer on either side of UNTIMED_CHARS,
    # and passes a time limit only beyond it.
    word = regex.compile(r"\bend\b")
    for size, timed in ((_regex.UNTIMED_CHARS, False), (_regex.UNTIMED_CHARS + 1, True)):
        text = "end " + "x" * (size - 9) + " end "
        rec = _Recording(word)
        p: Any = rec
        found, at_start = _regex.search(p, text), _regex.match(p, text)
        assert found is not None
        assert at_start is not None
        assert found.span() == at_start.span() == (0, 3)
        assert _regex.fullmatch(p, text) is None
        assert [m.span() for m in _regex.finditer(p, text)] == [(0, 3), (size - 4, size - 1)]
        assert _regex.fullmatch(p, text, size - 4, size - 1) is not None
        assert rec.timed == [timed, timed, timed, timed, False]


# Fail-fast lookaheads added for speed: each is a necessary condition, so removing it
# changes no match. Checked against the pattern without it.
def _guarded() -> list[tuple[str, regex.Pattern[str], str]]:
    from newsparse.formats import _wire  # noqa: PLC0415 - only this test needs them

    return [
        # Before its ``\G``, so that every match in a text is compared (test_pattern_rewrites
        # checks the anchored pattern against this form at every position).
        ("AGENCY_DATELINE_RE", unanchored(_wire.AGENCY_DATELINE_RE), r"(?=\p{L})"),
        ("agency_dateline_re", _wire.agency_dateline_re("AP", "PTI", "dpa"), r"(?=\p{L})"),
    ]


GUARDED = _guarded()


def _without(pattern: regex.Pattern[str], guard: str) -> regex.Pattern[str]:
    assert guard in pattern.pattern
    lists: dict[str, Any] = {k: list(v) for k, v in pattern.named_lists.items()}
    return regex.compile(pattern.pattern.replace(guard, ""), pattern.flags, **lists)


@pytest.mark.parametrize(("name", "pattern", "guard"), GUARDED, ids=[g[0] for g in GUARDED])
def test_guards_change_no_match_on_golden_text(
    name: str, pattern: regex.Pattern[str], guard: str
) -> None:
    assert_finds_alike_in_golden(pattern, _without(pattern, guard), name)


@given(st.data())
def test_guards_change_no_match_on_generated_text(data: st.DataObject) -> None:
    name, pattern, guard = data.draw(st.sampled_from(GUARDED))
    pieces = st.sampled_from(
        ["(", ")", "((", "AP", "ap", "PTI", "Reuters", "dpa", "(1)", "LONDON ", "NEW DELHI ",
         " - ", " \u2014 ", ": ", "Reporting", "additional ", "Editing by ", " by ", "\n", " "]
    )  # fmt: skip
    text = data.draw(st.lists(pieces | st.text(max_size=3), max_size=25).map("".join))
    assert finds(pattern, text) == finds(_without(pattern, guard), text), name


@given(
    st.lists(st.text(st.sampled_from("ab.|*(\\\u0130"), max_size=5), min_size=1, max_size=8),
    st.text(st.sampled_from("ab.|*(\\\u0130"), max_size=6),
)
def test_a_literal_trie_matches_exactly_its_words(words: list[str], other: str) -> None:
    pattern = regex.compile(_regex.literal_trie(words))
    assert all(pattern.fullmatch(w) for w in words)
    assert (pattern.fullmatch(other) is not None) is (other in words)


def test_a_literal_trie_of_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one word"):
        _regex.literal_trie([])
