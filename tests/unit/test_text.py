from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._text import Line, fold, split_lines, trim
from tests.laws import check_article

_NEWLINE_RE = regex.compile(r"\r\n|\r|\n")


def _reference(text: str, pos: int, end: int) -> list[tuple[int, int, str, int, bool, int]]:
    """Split with a regex on CRLF, CR and LF: the slow, obvious way."""
    out: list[tuple[int, int, str, int, bool, int]] = []
    blank = True
    bounds = [pos]
    for m in _NEWLINE_RE.finditer(text, pos, end):
        bounds += [m.start(), m.end()]
    bounds.append(end)
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        raw = text[a:b]
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        indent = len(raw) - len(raw.lstrip())
        out.append((a + indent, a + indent + len(stripped), stripped, len(out), blank, indent))
        blank = False
    return out


@given(
    st.text(alphabet=st.sampled_from(["a", "b", " ", "\t", "\r", "\n", "\u2028", "\x85", "é"])),
    st.data(),
)
def test_split_lines_matches_the_regex_reference(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    got = [
        (ln.start, ln.end, ln.text, ln.index, ln.blank_before, ln.indent)
        for ln in split_lines(text, pos, end)
    ]
    assert got == _reference(text, pos, end)
    for ln in split_lines(text, pos, end):
        assert type(ln) is Line  # built with tuple.__new__, still a Line
        assert text[ln.start : ln.end] == ln.text
        assert ln.span.of(text) == ln.text


def test_fold() -> None:
    assert fold(" a \r\n\t b ") == "a b"


def test_invisible_characters_at_line_ends_are_trimmed_like_white_space() -> None:
    text = "\ufeffTitle\u200b\n\u2060  By Jane Doe \u200b\u200d\nA\u200bB\n"
    lines = split_lines(text)
    assert [ln.text for ln in lines] == ["Title", "By Jane Doe", "A\u200bB"]
    assert [ln.span.of(text) for ln in lines] == ["Title", "By Jane Doe", "A\u200bB"]
    assert trim(text, 0, 7) == (1, 6)
    # The soft hyphen is not blank: it marks where a word may break.
    assert split_lines("co\u00ad\n")[0].text == "co\u00ad"


def test_an_invisible_character_after_a_byline_leaves_it_a_byline() -> None:
    text = (
        "Harbour wall to be rebuilt\n\nBy Jane Doe and Sam Roe\u200b\n\n"
        "The council agreed on Monday to rebuild the harbour wall before winter.\u200b\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe", "Sam Roe")
    assert a.paragraphs == (
        "The council agreed on Monday to rebuild the harbour wall before winter.",
    )
