"""The generic reader's shortcuts give the answers the plain way gave.

Each shortcut skips work whose answer it can tell without it; each is checked against
the plain way (kept here as the reference) on generated lines and on the golden texts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _regex
from newsparse._text import Line, caseless, holds_any, split_lines
from newsparse.extract.classify import _lone_agency_after_stop, caption_rule
from newsparse.formats import generic
from newsparse.formats._base import Builder, looks_wrapped
from newsparse.model import ParseOptions
from tests.conftest import GOLDEN, SEEDS

if TYPE_CHECKING:
    from pathlib import Path

# Letters the pattern reads in any case, with the odd ones case-folding reaches (the
# Kelvin sign, the long s), digits, the address's marks and blanks of several kinds.
_ADDRESS_CHARS = "abzAZ09-._ \t\u212a\u017f\u00e9"
_ADDRESSES = ["valleyherald.example", "www.coastpost.example", "a.bc", "news.site.co.uk"]


def _golden_lines() -> list[str]:
    paths = sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
    return [ln.text for path in paths for ln in split_lines(path.read_text(encoding="utf-8"))]


def _plain_is_site_address(text: str) -> bool:
    return _regex.fullmatch(generic._SITE_ADDRESS_RE, text) is not None


@given(st.lists(st.sampled_from([*_ADDRESS_CHARS, *_ADDRESSES]), max_size=12))
def test_the_site_address_test_answers_as_the_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert generic._is_site_address(text) is _plain_is_site_address(text)


def test_the_site_address_test_answers_as_the_pattern_on_golden_lines() -> None:
    lines = _golden_lines()
    assert [generic._is_site_address(t) for t in lines] == [
        _plain_is_site_address(t) for t in lines
    ]


def _plain_take_captions(b: Builder, lines: list[Line]) -> list[Line]:
    """What ``_take_captions`` returned, and filed, before its shortcut (the reference)."""
    kept: list[Line] = []
    parted = False
    wrapped: bool | None = None
    known = [
        None if _lone_agency_after_stop(line.text) else caption_rule(line.text) for line in lines
    ]
    j = 0
    while j < len(lines):
        line = lines[j]
        rules = (
            generic._caption_rules(lines, j, known)
            if known[j] or "credit" in known[j + 1 : j + 2]
            else ()
        )
        if len(rules) > 1 and not generic._body_caption(line, lines[j + 1]):
            rules = ()
        if len(rules) > 1 and not line.blank_before:
            if wrapped is None:
                wrapped = looks_wrapped(lines)
            if wrapped:
                rules = ()
        if not rules:
            kept.append(line._replace(blank_before=True) if parted else line)
            parted = False
            j += 1
            continue
        for ln, rule in zip(lines[j:], rules, strict=False):
            b.add_furniture(ln.start, ln.end, f"furniture.{rule}")
        parted = True
        j += len(rules)
    return kept


_BODY_LINES = [
    "The council voted 7-2 on Monday.",
    "Work starts in spring, officials said.",
    "Boats wait in the harbour. (AP Photo/Jo Roe)",
    "Photo: Jo Roe/AFP",
    "Boats wait in the harbour.",
    "Jo Roe/Reuters",
    "Image caption, Boats in the harbour",
    "Ferries at the quay. Reuters",
    "Getty Images",
    "",
]


def _check_captions_alike(text: str) -> None:
    lines = split_lines(text)
    fast = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
    plain = Builder(text=text, options=ParseOptions(), rule_prefix="generic")
    assert generic._take_captions(fast, lines) == _plain_take_captions(plain, lines)
    assert fast.furniture == plain.furniture


@given(st.lists(st.sampled_from(_BODY_LINES), max_size=10))
def test_captions_are_taken_as_the_plain_loop_took_them(pieces: list[str]) -> None:
    _check_captions_alike("\n".join(pieces))


@pytest.mark.parametrize(
    "path",
    sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")]),
    ids=lambda p: p.name,
)
def test_captions_are_taken_as_the_plain_loop_took_them_in_golden_text(path: Path) -> None:
    _check_captions_alike(path.read_text(encoding="utf-8"))


# The words of the writer's work, spelled in several cases (the dotted capital I, the
# Kelvin sign and the long s among them), and what may stand around them.
_WORK_PIECES = [
    "reporter", "REPORTER", "Writer", "wr\u0130ter", "journaliste", "\u212aorrespondent",
    "KORRESPONDENTIN", "r\u00e9dactrice", "R\u00c9DACTEUR", "rep\u00f3rter", "REP\u00d3RTER",
    "redattore", "autorin", "Columni\u017ft", "freelance", "writes", "editor", "EDITOR",
    " ", ", ", ".", "-", "Jo Roe is a ", "the ", "x", "\u0131", "\u0307",
]  # fmt: skip


@given(st.lists(st.sampled_from(_WORK_PIECES), max_size=8))
def test_the_work_stems_are_held_wherever_the_work_pattern_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _regex.search(generic._NOTE_WORK_RE, text) is not None:
        assert holds_any(caseless(text), generic._NOTE_WORK_STEMS), text


def test_the_work_stems_are_held_wherever_the_work_pattern_matches_in_golden_lines() -> None:
    matched = [t for t in _golden_lines() if _regex.search(generic._NOTE_WORK_RE, t)]
    assert matched
    assert all(holds_any(caseless(t), generic._NOTE_WORK_STEMS) for t in matched)


# Every word :data:`generic._NOTE_WORK_RE` reads, each ending it allows spelled out.
_WORK_WORDS = [
    "reporter", "writer", "journalist", "correspondent", "editor", "columnist",
    "contributor", "freelance", "writes", "periodista", "corresponsal", "redactor",
    "redactora", "journaliste", "r\u00e9dacteur", "r\u00e9dactrice", "correspondant",
    "correspondante", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
    "autor", "autorin", "giornalista", "redattrice", "redattore", "corrispondente",
    "jornalista", "rep\u00f3rter", "correspondente",
]  # fmt: skip


@pytest.mark.parametrize("word", _WORK_WORDS)
def test_each_work_word_holds_a_stem(word: str) -> None:
    assert _regex.fullmatch(generic._NOTE_WORK_RE, word.upper()) is not None, word
    assert holds_any(caseless(word), generic._NOTE_WORK_STEMS), word
