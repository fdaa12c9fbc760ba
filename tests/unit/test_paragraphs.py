"""Paragraphs from a body's lines, and the furniture taken out first, read in bulk.

The readers that run in C over a body's lines (for texts of thousands of short lines)
are compared here with the line-by-line loops they replaced.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from newsparse._text import split_lines
from newsparse.extract.furniture import furniture_rule
from newsparse.formats import _base
from newsparse.formats._base import Builder
from newsparse.model import ParseOptions

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._text import Line


def _plain_looks_wrapped(lines: Sequence[Line]) -> bool:
    # The rule as a loop over the lines: a run-on line stops mid-sentence, and the next
    # line's first word would not have fitted on it with a fifth of the width to spare.
    if len(lines) < 3:
        return False
    pairs = [(prev, ln) for prev, ln in itertools.pairwise(lines) if not ln.blank_before]
    if not pairs:
        return False
    lengths = sorted(len(ln.text) for ln in lines)
    if lengths[len(lengths) * 9 // 10] > 100:
        return False
    broken = sorted(len(prev.text) for prev, _ in pairs) or lengths
    width = broken[len(broken) * 9 // 10]
    run_on = sum(
        1
        for prev, ln in pairs
        if not prev.text.endswith(_base._SENTENCE_END)
        and 5 * (len(prev.text) + 1 + len(ln.text.split(" ")[0])) > 4 * width
    )
    return 2 * run_on >= len(pairs)


def _old_blocks(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """The spans of the blocks the old loop of ``add_paragraphs`` made."""
    spans = []
    block: list[Line] = []
    for ln in lines:
        if ln.blank_before and block:
            spans.append((block[0].start, block[-1].end))
            block = []
        block.append(ln)
    spans.append((block[0].start, block[-1].end))
    return spans


_PIECES = st.sampled_from(
    [
        "By X", "The rain fell", "on the city.", "Roads shut", "\u5e02\u653f\u5e9c\u3002",
        "\u201cYes,\u201d", "(AP)", "Advertisement", "Share", "3 min read", "* * *", " ",
        "\n", "\n", "\n\n", "  ", "x" * 120, "Crews came!", "Why?", "Note:", "\u0964",
        # Runs of one line, which the furniture reader answers once.
        "\nBy X\nBy X\n", "\nShare\nShare\n", "\n3 min read\n3 min read\n", "\n- -\n- -\n",
        # A box of links under its label.
        "\nRelated Coverage\n", "Wheat eases\n", "Dollar slips\n",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, min_size=1, max_size=40).map("".join)


@given(_TEXTS)
def test_wrapped_copy_is_told_as_a_line_loop_tells_it(text: str) -> None:
    lines = split_lines(text)
    assert _base.looks_wrapped(lines) is _plain_looks_wrapped(lines)


@given(_TEXTS)
def test_wrapped_blocks_are_the_line_loop_s(text: str) -> None:
    lines = split_lines(text)
    if not lines:
        return
    b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
    b.add_paragraphs(lines, wrapped=True)
    assert [(p.span.start, p.span.end) for p in b.paragraphs] == _old_blocks(lines)


def _one_by_one(b: Builder, lines: Sequence[Line]) -> list[Line]:
    # take_furniture_lines as a plain loop asking the table of every line: a box's
    # link titles under its label are furniture, and a blank line before furniture
    # parts the next line kept from the paragraph above.
    rest = []
    parted, box = False, 0
    for ln in lines:
        kind = furniture_rule(ln.text)
        if kind is None and box and _base._is_link_title(ln):
            b.add_furniture(ln.start, ln.end, "furniture.related")
            box -= 1
            parted = parted or ln.blank_before
            continue
        alone = not ln.text.partition(":")[2].strip()
        box = _base._LINKS_IN_A_BOX if kind == "related" and alone else 0
        if b.take_furniture(ln):
            parted = parted or ln.blank_before
        else:
            rest.append(ln._replace(blank_before=True) if parted else ln)
            parted = False
    return rest


@given(_TEXTS)
def test_furniture_lines_are_taken_as_one_by_one(text: str) -> None:
    lines = split_lines(text)
    bulk = Builder(text=text, options=ParseOptions(), rule_prefix="t")
    each = Builder(text=text, options=ParseOptions(), rule_prefix="t")
    rest = bulk.take_furniture_lines(lines)
    assert rest == _one_by_one(each, lines)
    assert bulk.furniture == each.furniture
    assert bulk.reading_time == each.reading_time
