"""Patterns rewritten to cost less on hostile text give the answers they gave before.

Each rewrite is checked against the pattern it replaced, kept here as the reference,
in the way the package uses it (a whole line, or a match at a line's start).
"""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse.extract import classify
from newsparse.formats import _wire, factiva, lexisnexis
from newsparse.vocab import MONTHS
from tests.conftest import assert_finds_alike_in_golden, finds

_OLD_POSITION_LINE_RE = regex.compile(
    r"\ufeff?[\x20\t]{0,80}+(?:" + lexisnexis.DOC_COUNT_RE.pattern + ")"
)
_OLD_CODE_RE = regex.compile(
    r"(?P<code>\L<codes>)(?:(?P<sep>[\x20\t]{1,20}+)(?P<value>\S[^\n\r]{0,5000}))?",
    codes=factiva._CODES,
)
_OLD_WORD_START_RE = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019-]{0,40}+(?:[\s,.;:!?)]|$)")


_COUNTS = [
    "3 of 250 DOCUMENTS", "1 of 1 DOCUMENT", "Dokument 2 von 9", "Document 4 de 7",
    "12345678 of 9 DOCUMENTS", "3 of 250 documents", "3 of 250 DOCUMENTS x", "of 2",
]  # fmt: skip


@given(
    st.sampled_from(["", "\ufeff", "\ufeff\ufeff", "x"]),
    st.integers(0, 83),
    st.text(" \t", max_size=2),
    st.sampled_from(_COUNTS),
    st.text(st.sampled_from(" \t\n"), max_size=2),
)
def test_a_position_line_is_read_as_the_old_pattern_read_it(
    bom: str, spaces: int, mixed: str, count: str, after: str
) -> None:
    line = bom + " " * spaces + mixed + count + after
    expected = _OLD_POSITION_LINE_RE.fullmatch(line) is not None
    assert lexisnexis._is_position_line(line, 0, len(line)) is expected
    # And inside a longer text, at the offsets a line has there.
    text = "Cover page\n" + line + "\nThe Gazette\n"
    start, end = 11, 11 + len(line)
    assert lexisnexis._is_position_line(text, start, end) is expected


def test_the_position_line_limit_is_eighty_blanks() -> None:
    assert lexisnexis._is_position_line("\ufeff" + " " * 80 + "1 of 2 DOCUMENTS", 0, 97)
    assert not lexisnexis._is_position_line("\ufeff" + " " * 81 + "1 of 2 DOCUMENTS", 0, 98)


_CODE_PIECES = [*factiva._CODES, *(c.lower() for c in factiva._CODES), "B", "BYX", "HDD", "IP"]


@given(
    st.sampled_from(_CODE_PIECES),
    st.text(st.sampled_from(" \t"), max_size=22),
    st.text(st.sampled_from("ab \tZ9\r\n"), max_size=8),
)
def test_the_code_trie_reads_lines_as_the_named_list_did(code: str, sep: str, value: str) -> None:
    line = code + sep + value
    old, new = _OLD_CODE_RE.fullmatch(line), factiva._CODE_RE.fullmatch(line)
    assert (new is None) is (old is None)
    if new is not None and old is not None:
        assert new.groupdict() == old.groupdict()


@given(st.text(st.sampled_from("aZé\u0301'\u2019- ,.;:!?)\n1("), max_size=60))
def test_the_word_start_guard_changes_no_match_at_a_line_start(line: str) -> None:
    old, new = _OLD_WORD_START_RE.match(line), classify._WORD_START_RE.match(line)
    assert (None if old is None else old.span()) == (None if new is None else new.span())


def _with_named_months(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """``pattern`` as it was written before, with the month names as a named list."""
    trie = "(?i:" + _wire._MONTH_NAMES + ")"
    assert trie in pattern.pattern
    lists: dict[str, Any] = {k: list(v) for k, v in pattern.named_lists.items()}
    source = pattern.pattern.replace(trie, r"(?i:\L<months>)")
    return regex.compile(source, pattern.flags, months=list(MONTHS), **lists)


MONTH_PATTERNS = [("REUTERS_1987_DATELINE_RE", _wire.REUTERS_1987_DATELINE_RE)]


@pytest.mark.parametrize(("name", "pattern"), MONTH_PATTERNS, ids=[n for n, _ in MONTH_PATTERNS])
def test_month_tries_find_what_the_named_list_found_in_golden_text(
    name: str, pattern: regex.Pattern[str]
) -> None:
    assert_finds_alike_in_golden(pattern, _with_named_months(pattern), name)


_DATELINE_PIECES = [
    "LONDON", "New Delhi", "Lombard, Ill.", ", ", " ", "  ", "(Reuters)", "(AP)", "(PTI)",
    " - ", " -- ", " \u2014 ", ": ", "Mar", "March", "mar.", "Sep", "Sept", "Sept.", "SEPTEMBER",
    "May", "Jun", "June", "3", "14", "26", "Fenruary", "\n", "[India]",
]  # fmt: skip


@given(st.data())
def test_month_tries_find_what_the_named_list_found_in_generated_text(data: st.DataObject) -> None:
    _, pattern = data.draw(st.sampled_from(MONTH_PATTERNS))
    pieces = st.sampled_from(_DATELINE_PIECES) | st.text(st.sampled_from("aT1 .-"), max_size=3)
    text = data.draw(st.lists(pieces, max_size=14).map("".join))
    assert finds(pattern, text) == finds(_with_named_months(pattern), text)
