"""``pick`` (what parse uses) always names the format ``choose(detect(text))`` names."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse.decoding import _masked
from newsparse.detect import _pick_masked, choose, detect, pick
from newsparse.formats import BUILTINS
from newsparse.formats._base import Evidence, EvidenceFormat, Scan
from newsparse.formats.mint import MintFormat
from newsparse.registry import FormatRegistry
from tests.conftest import GOLDEN, SEEDS
from tests.strategies import (
    exports,
    generic_articles,
    hostile_text,
    mint_pages,
    reuters_1987_stories,
    reuters_dataset_stories,
    web_pages,
    wire_stories,
)

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.property

SAMPLES = sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
EXPORTS = sorted((GOLDEN.parent / "data" / "exports").glob("*.txt"))


def _agree(text: str, registry: FormatRegistry | None = None) -> str:
    expected = choose(detect(text, registry=registry))
    assert pick(text, registry=registry) == expected
    return expected


@pytest.mark.parametrize("path", [*SAMPLES, *EXPORTS], ids=lambda p: p.name)
def test_pick_agrees_on_every_golden_text(path: Path) -> None:
    _agree(path.read_text(encoding="utf-8"))


def test_pick_reads_lone_carriage_returns_as_detect_does() -> None:
    # detect() reads each lone CR as a line end (as parse() does); pick() must too, or
    # the page's menus and footer, on lines of their own only then, go unseen.
    page = (
        "Footbridge opens to walkers | The Valley Herald\nHome\nNews\nLocal\nSport\n"
        "Weather\nOpinion\nCulture\nFootbridge opens to walkers\n"
        "The new footbridge over the river opened to walkers on Saturday after a year of work.\n"
        "Privacy Policy\n\u00a9 2024 The Valley Herald\n"
    )
    assert _agree(page.replace("\n", "\r")) == "webpage"


def test_golden_texts_pick_many_formats() -> None:
    picked = {_agree(p.read_text(encoding="utf-8")) for p in SAMPLES}
    assert len(picked) >= 8, picked


layouts = st.one_of(
    mint_pages().map(lambda c: c[0]),
    generic_articles().map(lambda c: c[0]),
    web_pages().map(lambda c: c[0]),
    wire_stories().map(lambda c: c[0]),
    reuters_1987_stories().map(lambda c: c[0]),
    reuters_dataset_stories().map(lambda c: c[0]),
    exports().map(lambda c: c[0]),
)


@given(layouts)
def test_pick_agrees_on_generated_layouts(text: str) -> None:
    _agree(text)


@given(st.lists(layouts, min_size=2, max_size=3).map("\n".join))
def test_pick_agrees_on_mixed_layouts(text: str) -> None:
    # Two layouts in one text put several formats near the bar at once.
    _agree(text)


@given(hostile_text)
def test_pick_agrees_on_hostile_text(text: str) -> None:
    _agree(text)


class _Plugin:
    """A third-party format: scored in full by ``pick``, never pruned."""

    name = "always_half"
    priority = 0

    def score(self, text: str) -> float:
        return 0.5 if "half" in text else 0.1

    def parse(self, text: str, options: object) -> object:
        raise NotImplementedError


def test_pick_without_the_fallback_format_matches_choose() -> None:
    reg = FormatRegistry({k: v for k, v in BUILTINS.items() if k != "generic"}, plugins=False)
    for text in ("Plain title\n\nPlain text.", "", "Subject: Hi\nFrom: a@b.c\n\nText"):
        _agree(text, reg)


@given(layouts, st.booleans())
def test_pick_agrees_with_a_plugin_format(text: str, half: bool) -> None:
    reg = FormatRegistry(plugins=False)
    reg.register(_Plugin())  # type: ignore[arg-type]
    _agree(text + ("\nhalf" if half else ""), reg)


@given(layouts)
def test_score_at_least_is_exact_or_below_the_floor(text: str) -> None:
    reg = FormatRegistry(plugins=False)
    for fmt in reg.formats():
        assert isinstance(fmt, EvidenceFormat)
        exact = fmt.explain(text)[0]
        for floor in (0.0, 0.3, exact, 0.9, 1.0):
            got = fmt.score_at_least(Scan(text), floor)
            assert got == exact or (got is None and exact < floor)


class _SubclassedEvidence(EvidenceFormat):
    """A plugin built on EvidenceFormat with per-instance evidence and its own explain."""

    name = "subclassed"
    priority = 0

    def __init__(self) -> None:
        self.EVIDENCE = (Evidence("half", regex.compile("half"), 0.9, needles=("half",)),)  # type: ignore[misc]

    def explain(self, text: str) -> tuple[float, tuple[str, ...]]:
        return (0.95, ("own",)) if "half" in text else (0.0, ())

    def parse(self, text: str, options: object) -> object:
        raise NotImplementedError


@given(layouts, st.booleans())
def test_pick_scores_a_subclassing_plugin_as_detect_does(text: str, half: bool) -> None:
    reg = FormatRegistry(plugins=False)
    reg.register(_SubclassedEvidence())  # type: ignore[arg-type]
    text += "\nhalf" if half else ""
    _agree(text, reg)
    # Its own explain() is what detect reports, not the base class's evidence.
    found = {d.format: d for d in detect(text, registry=reg)}["subclassed"]
    assert (found.score, found.evidence) == ((0.95, ("own",)) if half else (0.0, ()))


# An invented Mint page: its evidence weighs more than the cap of 1.
_MINT_PAGE = (
    "date 2024-03-02 Ferry service resumes after storm3 min read 02 Mar 2024, 07:15 AM IST\n"
    "Boats sail again between the islands after a week of gales.\n"
    "The ferry company said the first boat left the harbour at dawn on Saturday.\n"
    "(With inputs from PTI)\n"
)


def test_pick_never_scores_a_format_that_cannot_beat_the_best(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Mint scores the page 1; wire, webpage and netnews score 1 at most and have a
    # lower priority, so they cannot win a tie: none of their evidence is searched.
    reg = FormatRegistry(plugins=False)
    assert choose(detect(_MINT_PAGE, registry=reg)) == "mint"
    searched: list[Evidence] = []
    search = Scan._search

    def record(self: Scan, e: Evidence) -> bool:
        searched.append(e)
        return search(self, e)

    monkeypatch.setattr(Scan, "_search", record)
    assert pick(_MINT_PAGE, registry=reg) == "mint"
    for name in ("wire", "webpage", "netnews"):
        fmt = reg.get(name)
        assert isinstance(fmt, EvidenceFormat)
        assert not [e for e in searched if e in fmt._RANKED], name


def test_score_at_least_stops_searching_once_capped() -> None:
    mint = MintFormat()
    assert mint.explain(_MINT_PAGE)[0] == 1.0
    scan = Scan(_MINT_PAGE)
    assert mint.score_at_least(scan, 0.3) == 1.0
    # The cap was reached before the last, lightest evidence was needed.
    searched = {e.name for e in mint._RANKED if scan._fired.get(e._key, (None,))[0] is e}
    assert mint._RANKED[-1].name not in searched
    assert searched < {e.name for e in mint._RANKED}


_MASKED_PIECES = st.sampled_from(["\ufeff", "\r", "\r\n", "\n", "\u00a0", "\u202f", "\u2009", " "])


@given(st.lists(layouts | _MASKED_PIECES, max_size=3).map("".join))
def test_pick_of_parse_masked_text_is_pick(text: str) -> None:
    # parse hands detection the text it has masked for its reader, not masking it
    # again: masking twice must read as masking once, and give pick's answer.
    reg = FormatRegistry(plugins=False)
    once = _masked(text)
    assert _masked(once) == once
    assert _pick_masked(once, reg) == pick(text, registry=reg)
