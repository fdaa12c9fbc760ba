"""parse() on arbitrary bytes and on real layouts with random damage: typed errors only,
and the span laws hold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import stream
from tests.conftest import GOLDEN, SEEDS
from tests.laws import check_article

pytestmark = pytest.mark.property

LAYOUTS = sorted(
    p.read_text(encoding="utf-8") for p in [*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")]
)


@given(st.binary(max_size=3_000))
def test_arbitrary_bytes(data: bytes) -> None:
    article = newsparse.parse(data)
    check_article(newsparse.decode(data).text, article)


@st.composite
def damaged_layouts(draw: st.DrawFn) -> str | bytes:
    """A real layout with lines dropped, duplicated, truncated or re-encoded."""
    lines = draw(st.sampled_from(LAYOUTS)).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "dup", "truncate", "swap", "join"]))
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "truncate":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        elif action == "swap" and i + 1 < len(lines):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        elif action == "join":
            lines[i] = lines[i].rstrip("\r\n") + " "
    text = "".join(lines)
    encoding = draw(st.sampled_from(["str", "utf-8", "cp1252", "mixed", "utf-16"]))
    if encoding == "str":
        return text
    if encoding == "mixed":
        half = len(text) // 2
        return text[:half].encode("utf-8") + text[half:].encode("cp1252", errors="replace")
    return text.encode(encoding, errors="replace")


@given(damaged_layouts())
def test_damaged_layouts(source: str | bytes) -> None:
    article = newsparse.parse(source)
    text = source if isinstance(source, str) else newsparse.decode(source).text
    check_article(text, article)


_MIXED = st.lists(
    st.tuples(st.text(max_size=40), st.sampled_from(["utf-8", "cp1252", "raw"])), max_size=6
).map(
    lambda parts: b"".join(
        s.encode("latin-1", errors="replace") if enc == "raw" else s.encode(enc, errors="replace")
        for s, enc in parts
    )
)


@given(st.one_of(st.binary(max_size=400), _MIXED), st.integers(1, 64))
def test_parse_and_parse_many_decode_bytes_alike(data: bytes, size: int) -> None:
    # The streamed decoder, fed chunk by chunk, reads what decode() reads at once.
    whole = newsparse.decode(data)
    streamed = stream._Decoder()  # the decoder parse_many reads files with
    chunks = [streamed.decode(data[i : i + size]) for i in range(0, len(data), size)]
    assert "".join(chunks) + streamed.decode(b"", final=True) == whole.text
    assert streamed.encoding == whole.encoding
    if whole.encoding == newsparse.decoding.FALLBACK_ENCODING:
        assert streamed.notes(newsparse.Span(0, len(whole.text))) == whole.notes


def test_mixed_bytes_keep_their_utf8_head() -> None:
    data = "Caf\u00e9 opens\n\n".encode() + "Price \u00a35.\n".encode("cp1252")
    article = newsparse.parse(data)
    assert article.headline == "Caf\u00e9 opens"
    assert article.body == "Price \u00a35."
    (many,) = newsparse.parse_many(data)
    assert isinstance(many, newsparse.Article)
    assert (many.headline, many.body) == (article.headline, article.body)
    assert [n.code for n in article.notes] == ["decode.fallback"]
