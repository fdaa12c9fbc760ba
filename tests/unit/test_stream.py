"""``split`` and ``parse_many``: segments tile the input, counts are checked, streams go on."""

from __future__ import annotations

import datetime as dt
import io
import json
import types
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import ParseFailure, Segment, _regex, split, stream
from newsparse._text import INVISIBLE
from newsparse.formats.generic import GenericFormat
from newsparse.registry import FormatRegistry, default_registry
from tests.laws import check_article
from tests.strategies import ExportArticle, render_export

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeVar

    import regex

    from newsparse.model import ParsedFields, ParseOptions

    T = TypeVar("T")

EXPORTS = Path(__file__).resolve().parent.parent / "data" / "exports"
EXPECTED = json.loads((EXPORTS / "expected.json").read_text(encoding="utf-8"))


def _tiles(text: str, segments: list[Segment]) -> None:
    pos = 0
    for seg in segments:
        assert seg.span.start == pos
        assert seg.text == text[seg.span.start : seg.span.end]
        if seg.kind == "separator":
            assert not seg.text.strip(INVISIBLE + " \t\r\n")
        pos = seg.span.end
    assert pos == len(text)


def _articles(source: object, **kwargs: object) -> list[newsparse.Article]:
    out = list(newsparse.parse_many(source, **kwargs))  # type: ignore[arg-type]
    assert all(isinstance(a, newsparse.Article) for a in out)
    return [a for a in out if isinstance(a, newsparse.Article)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exports_split_into_their_articles(name: str) -> None:
    want = EXPECTED[name]
    text = (EXPORTS / name).read_bytes().decode("utf-8")
    segments = list(split(text))
    _tiles(text, segments)
    articles = [s for s in segments if s.kind == "article"]
    assert [s.number for s in articles] == list(range(1, len(want["headlines"]) + 1))
    assert {s.layout for s in segments} == {want["layout"]}
    assert [s.kind for s in segments].count("cover") == want["covers"]
    notes = [n.code for s in segments for n in s.notes]
    assert notes == want["notes"]
    for seg in articles:
        check_article(seg.text, newsparse.parse(seg.text))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_parse_many_reads_every_kind_of_source(name: str) -> None:
    want = EXPECTED[name]
    path = EXPORTS / name
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    sources: list[object] = [
        path,
        raw,
        io.BytesIO(raw),
        text,
        io.StringIO(text),
    ]
    results = [_articles(s, chunk_size=64) for s in sources]
    for articles in results:
        assert [a.headline for a in articles] == want["headlines"]
        assert {a.format for a in articles} == {want["format"]}
    # Bytes and paths are decoded the same way; spans in the whole agree across sources.
    positions = [[_segment_note(a).span for a in articles] for articles in results]
    assert positions[0] == positions[1] == positions[2]


def _segment_note(article: newsparse.Article) -> newsparse.Note:
    (note,) = [n for n in article.notes if n.code == "export.segment"]
    assert note.span is not None
    return note


def test_article_spans_index_their_own_text_and_the_note_places_them() -> None:
    text = (EXPORTS / "lexisnexis-count-mismatch.txt").read_text(encoding="utf-8")
    for article in _articles(text):
        span = _segment_note(article).span
        assert span is not None
        own = span.of(text)
        assert article.spans["headline"][0].of(own) == article.headline
        check_article(own, attrs_without_stream_notes(article))


def attrs_without_stream_notes(article: newsparse.Article) -> newsparse.Article:
    keep = tuple(n for n in article.notes if not n.code.startswith(("export.", "source.")))
    return attrs.evolve(article, notes=keep)


def test_chunk_size_does_not_change_the_articles() -> None:
    raw = (EXPORTS / "lexisnexis-cover-crlf.txt").read_bytes()
    whole = _articles(raw)
    for size in (1, 7, 100, 10_000):
        assert _articles(io.BytesIO(raw), chunk_size=size) == whole


def test_a_stated_count_that_does_not_match_is_reported() -> None:
    text = (EXPORTS / "lexisnexis-count-mismatch.txt").read_text(encoding="utf-8")
    last = _articles(text)[-1]
    codes = {n.code: n.message for n in last.notes}
    assert codes["export.count-mismatch"] == "the export states 4 documents but holds 3"
    assert "numbered 4" in codes["export.sequence"]


def test_the_cover_page_is_kept_out_but_not_lost() -> None:
    text = (EXPORTS / "lexisnexis-cover-crlf.txt").read_bytes().decode("utf-8")
    (cover,) = [s for s in split(text) if s.kind == "cover"]
    assert cover.text.startswith("Download Request:")
    assert cover.text.rstrip().endswith("Source: Regional papers")


def test_bom_utf8_and_cp1252_are_decoded_and_noted() -> None:
    story = "Caf\u00e9 reopens\n\nThe caf\u00e9 on the quay reopened on Monday.\n"
    cases = {
        b"\xef\xbb\xbf" + story.encode("utf-8"): ("decode.bom", "a utf-8 byte-order mark"),
        story.encode("utf-8"): None,
        story.encode("cp1252"): ("decode.fallback", "not UTF-8 (first bad byte at offset 3)"),
        story.encode("utf-16"): ("decode.bom", "a utf-16-le byte-order mark"),
    }
    for data, want in cases.items():
        for size in (1, 3, 1000):
            (article,) = _articles(io.BytesIO(data), chunk_size=size)
            assert article.headline == "Caf\u00e9 reopens"
            notes = [n for n in article.notes if n.code.startswith("decode.")]
            if want is None:
                assert notes == []
            else:
                (note,) = notes
                assert (note.code, note.message[: len(want[1])]) == want


def test_cp1252_after_a_long_utf8_stretch_switches_mid_stream() -> None:
    head = "1 of 2 DOCUMENTS\n\nThe Gazette\n\nMay 2, 2022 Monday\n\nFerry late\n\n"
    first = head + "LENGTH: 4 words\n\nThe ferry ran late.\n\n"
    second = head.replace("1 of 2", "2 of 2") + "LENGTH: 4 words\n\nThe caf\u00e9 was shut.\n"
    data = first.encode("utf-8") + second.encode("cp1252")
    articles = _articles(io.BytesIO(data), chunk_size=16)
    assert articles[1].paragraphs == ("The caf\u00e9 was shut.",)
    codes = [[n.code for n in a.notes if n.code.startswith("decode.")] for a in articles]
    assert codes == [[], ["decode.fallback"]]
    at = data.index(b"caf\xe9") + 3
    assert f"offset {at})" in articles[1].notes[-1].message


def test_undefined_cp1252_bytes_are_kept_as_c1_controls() -> None:
    (article,) = _articles(b"Caf\xe9 \x81 note\n\nText.\n")
    assert article.headline == "Caf\u00e9 \x81 note"


def test_cr_only_line_ends_split_too() -> None:
    text = (EXPORTS / "factiva-field-coded.txt").read_text(encoding="utf-8").replace("\n", "\r")
    segments = list(split(text))
    _tiles(text, segments)
    assert sum(s.kind == "article" for s in segments) == 3
    assert [a.headline for a in _articles(io.StringIO(text), chunk_size=5)] == [
        "Harbour cranes return to work",
        "Fish market hours change",
        "Lighthouse open to visitors",
    ]


def test_an_iterable_of_texts_is_read_text_by_text() -> None:
    texts = ["Rain due\n\nIt will rain.\n", "Sun due\n\nIt will be sunny.\n"]
    articles = _articles(iter(texts))
    assert [a.headline for a in articles] == ["Rain due", "Sun due"]
    assert [_segment_note(a).message for a in articles] == [
        "article 1 (single layout)",
        "article 1 of text 2 (single layout)",
    ]


def test_a_text_in_no_export_layout_is_one_article() -> None:
    text = "\n  Storm hits coast\n\nWinds reached 120 km/h.\n\n"
    segments = list(split(text))
    _tiles(text, segments)
    # The whole text, white space included, so the article's spans index the input.
    assert [(s.kind, s.span) for s in segments] == [("article", newsparse.Span(0, len(text)))]
    (article,) = _articles(text)
    alone = newsparse.parse(text)
    assert article.spans == alone.spans
    assert attrs.evolve(article, notes=()) == alone
    assert list(split("")) == []
    assert list(split(" \n ")) == [
        Segment(kind="separator", span=newsparse.Span(0, 3), text=" \n ", layout="single")
    ]
    assert list(newsparse.parse_many("")) == []


class _Fragile(GenericFormat):
    """A generic parser that fails on any article mentioning a volcano."""

    name = "fragile"

    def score(self, text: str) -> float:
        return 1.0 if text.strip() else 0.0

    def explain(self, text: str) -> tuple[float, tuple[str, ...]]:
        return self.score(text), ("always",)

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        if "volcano" in text:
            msg = "no volcanoes, please"
            raise ValueError(msg)
        return super().parse(text, options)


def test_a_failing_article_yields_an_error_record_and_the_stream_goes_on() -> None:
    registry = FormatRegistry(builtins={}, plugins=False)
    registry.register(_Fragile())
    export = "\n".join(
        f"From user{i}@example.org Mon Apr  5 18:01:16 1993\nSubject: {s}\n\n{s}.\n"
        for i, s in enumerate(["Rain", "A volcano erupts", "Sun"])
    )
    out = list(newsparse.parse_many(export, registry=registry))
    assert [type(x).__name__ for x in out] == ["Article", "ParseFailure", "Article"]
    failure = out[1]
    assert isinstance(failure, ParseFailure)
    assert failure.number == 2
    assert "A volcano erupts" in failure.span.of(export)
    assert isinstance(failure.error, newsparse.ParseError)
    assert "no volcanoes" in str(failure.error)


def test_wrong_input_types_are_refused() -> None:
    with pytest.raises(newsparse.InputTypeError):
        list(split(b"bytes"))  # type: ignore[arg-type]
    with pytest.raises(newsparse.InputTypeError):
        list(newsparse.parse_many(42))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        list(newsparse.parse_many([1, 2]))  # type: ignore[list-item]


@pytest.mark.parametrize(
    "text",
    [
        "Archive notes\n\nThe clerk wrote End of Document\nEnd of Document\non every file.\n",
        "Filing codes\n\nEach record ends with a code such as\nDocument ABCDEF0123456789\n",
        "From the editor\n\nFrom here the road climbs.\nFrom there it falls.\n",
    ],
)
def test_ordinary_articles_quoting_export_markers_stay_whole(text: str) -> None:
    assert [s.kind for s in split(text)] == ["article"]
    assert len(list(newsparse.parse_many(text))) == 1


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbfTitle\n\nBody \xff text\n",
        b"\xff\xfeT\x00i\x00\n",
        "Zo\u00eb\n\nbody".encode("utf-16"),
        "Zo\u00eb\n\nbody\n".encode("utf-32"),
    ],
)
def test_bytes_after_a_bom_that_the_codec_cannot_read_are_kept(data: bytes) -> None:
    whole = _articles(data)
    assert whole
    for size in (1, 2, 3, 7):
        assert _articles(io.BytesIO(data), chunk_size=size) == whole
    article = whole[0]
    assert "decode.bom" in [n.code for n in article.notes]
    assert newsparse.decode(data).text.startswith(article.headline or "")


def test_an_unknown_format_fails_before_any_article_is_read(tmp_path: Path) -> None:
    # Not one ParseFailure per article of a long export: the name is checked first, as
    # parse() checks it, and nothing of the source is read.
    export = tmp_path / "export.txt"
    export.write_text("1 of 2 DOCUMENTS\n\nA\n\nBody.\n\n2 of 2 DOCUMENTS\n\nB\n\nBody.\n")
    source = io.StringIO("T\n\nB\n")
    with pytest.raises(newsparse.FormatNotFoundError, match="unknown format 'nosuch'"):
        next(newsparse.parse_many(export, format="nosuch"))
    with pytest.raises(newsparse.FormatNotFoundError):
        next(newsparse.parse_many(source, format="nosuch"))
    assert source.tell() == 0


def test_chunk_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        list(newsparse.parse_many(io.StringIO("T\n\nB\n"), chunk_size=0))


_SENTENCE = "The harbour council met again to talk about the ferry and the new pier. "


def _export_with_a_long_article(layout: str, chars: int, line_end: str) -> str:
    """Three articles; the middle one is one paragraph of about ``chars`` characters.

    LexisNexis wraps the paragraph into lines; Factiva's lead paragraph is one line.
    """
    short = ExportArticle(
        headline="Ferry runs late",
        day=dt.date(2022, 5, 2),
        authors=("Mara Olsen",),
        paragraphs=("The ferry ran late again.",),
    )
    long = attrs.evolve(
        short, headline="Council meets", paragraphs=(_SENTENCE * (chars // len(_SENTENCE)),)
    )
    return render_export(layout, (short, long, short), cover=False, line_end=line_end)


def _splitting_work(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[Segment]]:
    """Split ``text`` fed in 1,000-character chunks; count the characters handled.

    Work is every character handed to a pattern search plus every character of every
    string the splitter stores as its buffer (a ``buf += chunk`` copies the whole buffer).
    """
    work = [0]

    def counted(search: Callable[..., T]) -> Callable[..., T]:
        def run(
            pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
        ) -> T:
            work[0] += (len(text) if endpos is None else endpos) - pos
            return search(pattern, text, pos, endpos)

        return run

    counting = types.SimpleNamespace(
        search=counted(_regex.search),
        match=counted(_regex.match),
        finditer=counted(_regex.finditer),
    )
    monkeypatch.setattr(stream, "_regex", counting)
    monkeypatch.setattr(stream, "LAYOUT_WINDOW", 4_000)  # stream after the first article

    class Counting(stream._Splitter):
        def __setattr__(self, name: str, value: object) -> None:
            if name == "buf" and isinstance(value, str):
                work[0] += len(value)
            super().__setattr__(name, value)

    splitter = Counting(registry=default_registry())
    segments: list[Segment] = []
    for i in range(0, len(text), 1_000):
        segments.extend(splitter.feed(text[i : i + 1_000]))
    segments.extend(splitter.feed("", final=True))
    return work[0], segments


@pytest.mark.parametrize(
    ("layout", "line_end"),
    [("lexisnexis", "\r\n"), ("lexisnexis", "\n"), ("lexisnexis", "\r"), ("factiva", "\n")],
)
def test_splitting_a_long_article_is_linear_in_its_length(
    layout: str, line_end: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Counted work, not time: four times the article, at most about four times the work
    # (a buffer copied whole per chunk made it about fifteen times).
    cost = {}
    for chars in (50_000, 200_000):
        text = _export_with_a_long_article(layout, chars, line_end)
        work, segments = _splitting_work(text, monkeypatch)
        _tiles(text, segments)
        articles = [s for s in segments if s.kind == "article"]
        assert [s.number for s in articles] == [1, 2, 3]
        assert len(articles[1].text) > chars
        assert len(text) <= work <= 4 * len(text)
        cost[chars] = work
    assert cost[200_000] <= 5 * cost[50_000]


@pytest.mark.parametrize(
    "text",
    [
        "1 of 3 DOCUMENTS\n\nThe Herald\n",
        "  Dokument 2 von 9\nText\n",
        "\ufeffDocument 1 de 4\r\nTexte\r\n",
        "1 of 3 documents\nlower case is no marker\n",
        "A story that mentions DOCUMENTS and a Document in passing.\n",
        "Plain text with no marker at all.\n",
    ],
)
def test_the_lexisnexis_word_check_never_changes_the_layout(text: str) -> None:
    # The words are a cheap necessary condition for the start marker.
    marker = _regex.search(stream._LN_START_RE, text) is not None
    assert (stream._detect_layout(text, len(text)) == "lexisnexis") is marker


def _all_marker_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _regex.finditer(stream._LN_START_RE, text)]


@pytest.mark.parametrize(
    "text",
    [
        "1 of 2 DOCUMENTS\nA\n\n2 of 2 DOCUMENTS\nB\n",
        "   1 of 2 DOCUMENTS  \r\nA\r\n2 of 2 DOCUMENTS\r\nB",
        "\ufeffDokument 1 von 2\rText\rDokument 2 von 2\r",
        "A line that says Document 1 de 2 inside it\nDocument 1 de 2\n",
        "x\n" * 50 + "1 of 1 DOCUMENTS" + "\ny" * 50,
        "DOCUMENTS DOCUMENTS\n1 of 9 DOCUMENTS DOCUMENTS\n9 of 9 DOCUMENTS",
        "\r" + "a\n" * 30 + "3 of 4 DOCUMENTS\n",
    ],
)
def test_marker_words_find_what_the_whole_search_finds(text: str) -> None:
    expected = _all_marker_spans(text)
    assert stream._marker_spans("lexisnexis", stream._LN_START_RE, text) == expected


@given(
    st.lists(
        st.sampled_from(
            ["1 of 3 DOCUMENTS", "2 of 3 DOCUMENT", "Dokument 1 von 2", "Document 4 de 5",
             "DOCUMENTS", "Document", "\n", "\r\n", "\r", " ", "\t", "\ufeff", "text", "12 "]
        ),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_marker_words_agree_on_generated_text(text: str) -> None:
    expected = _all_marker_spans(text)
    assert stream._marker_spans("lexisnexis", stream._LN_START_RE, text) == expected
    # Cut short, as the layout is detected on the first stretch of a text.
    end = len(text) // 2
    cut = [m.span() for m in _regex.finditer(stream._LN_START_RE, text, 0, end)]
    assert stream._marker_spans("lexisnexis", stream._LN_START_RE, text, end) == cut


def test_marker_words_agree_on_every_lexisnexis_text() -> None:
    from tests.conftest import GOLDEN  # noqa: PLC0415

    exports = Path(__file__).resolve().parents[1] / "data" / "exports"
    paths = [*GOLDEN.glob("lexisnexis/*.txt"), *exports.glob("lexisnexis*.txt")]
    texts = [p.read_text(encoding="utf-8") for p in sorted(paths)]
    assert texts
    found = 0
    for text in texts:
        expected = _all_marker_spans(text)
        assert stream._marker_spans("lexisnexis", stream._LN_START_RE, text) == expected
        found += len(expected)
    assert found


def test_a_nexis_uni_document_list_is_cover_and_its_count_is_checked() -> None:
    text = (EXPORTS / "nexis-uni-document-list.txt").read_text(encoding="utf-8")
    (cover,) = [s for s in split(text) if s.kind == "cover"]
    assert cover.text.startswith("Date and Time:")
    assert cover.text.endswith("Search Type: Natural Language")
    # The whole text parsed as one article keeps the list out of the headline too.
    assert newsparse.parse(text).headline == "Pond skaters return to the park"
    short = text.replace("Documents (2)", "Documents (3)")
    last = [s for s in split(short) if s.kind == "article"][-1]
    assert [n.code for n in last.notes] == ["export.count-mismatch"]


def _headlines(text: str) -> list[str | None]:
    return [a.headline for a in _articles(text)]


def _ln_article(position: str, headline: str) -> str:
    return (
        f"{position}\n\nThe Corner Press\n\nJune 1, 2020 Monday\n\n{headline}\n\n"
        "LENGTH: 80 words\n\nThe kiosk shuts.\n\nLANGUAGE: ENGLISH\n"
    )


@pytest.mark.parametrize(
    "before",
    ["\f", "\f   ", "\u00a0\u00a0\u00a0", "\v"],
)
def test_position_lines_after_a_form_feed_or_no_break_spaces_open_articles(before: str) -> None:
    text = "".join(
        before + _ln_article(f"{i} of 3 DOCUMENTS", f"Kiosk {i}") + "\n" for i in (1, 2, 3)
    ).replace("\n", "\r\n")
    segments = list(split(text))
    assert "".join(s.text for s in segments) == text
    assert [s.number for s in segments if s.kind == "article"] == [1, 2, 3]
    headlines = _headlines(text)
    assert headlines == ["Kiosk 1", "Kiosk 2", "Kiosk 3"]


@pytest.mark.parametrize("before", ["", "   ", "\ufeff", "\f\t", "\u00a0\u00a0"])
@pytest.mark.parametrize(
    "position", ["{i} of 4 DOCUMENTS", "FOCUS - {i} of 4 DOCUMENTS", "Dokument {i} von 4"]
)
def test_the_count_a_position_line_states_is_read_past_its_indent(
    before: str, position: str
) -> None:
    text = "".join(
        before + _ln_article(position.format(i=i), f"Kiosk {i}") + "\n" for i in (1, 2, 3)
    )
    last = _articles(text)[-1]
    codes = {n.code: n.message for n in last.notes}
    assert codes["export.count-mismatch"] == "the export states 4 documents but holds 3"


def test_spanish_position_lines_open_articles() -> None:
    text = "".join(_ln_article(f"Documento {i} de 2", f"Kiosco {i}") + "\n" for i in (1, 2))
    assert _headlines(text) == ["Kiosco 1", "Kiosco 2"]


def test_a_nexis_uni_cover_that_opens_with_the_user_name_is_cover() -> None:
    article = (
        "Kiosk closes\n\nThe Corner Press\n\nJune 1, 2020 Monday\n\nLength: 80 words\n\n"
        "Body\n\nThe kiosk shuts.\n\nLoad-Date: June 2, 2020\n\nEnd of Document\n\n"
    )
    text = "User Name: = Kees Bos\nDate and Time: = 2020-06-02\nJob Number: = 42\n\n" + article * 2
    segments = list(split(text))
    assert [s.kind for s in segments][:2] == ["cover", "separator"]
    assert _headlines(text) == ["Kiosk closes"] * 2


def test_a_factiva_search_summary_before_the_articles_is_cover() -> None:
    article = (
        "HD\nKiosk closes\nWC\n80 words\nPD\n1 June 2020\nSN\nThe Corner Press\n"
        "LP\nThe kiosk shuts.\nAN\nDocument CRNPRS0020200601eg610000a\n\n"
    )
    summary = "Search Summary\nText: kiosk\nDate: 01/06/2020 to 30/06/2020\nResults Found: 2\n\n"
    segments = list(split(summary + article * 2))
    assert segments[0].kind == "cover"
    assert segments[0].text == summary.rstrip()
    assert _headlines(summary + article * 2) == ["Kiosk closes"] * 2


@pytest.mark.parametrize(
    "summary",
    [
        "Search Summary\n\nText: kiosk\nDate: 01/06/2020 to 30/06/2020\n\nResults Found: 2\n\n",
        "Search Summary\nText\tkiosk\n\nSource\tAll Sources\n\nLanguage\tEnglish\n\n",
    ],
)
def test_a_factiva_search_summary_set_apart_by_blank_lines_is_all_cover(summary: str) -> None:
    article = (
        "HD\nKiosk closes\nWC\n80 words\nPD\n1 June 2020\nSN\nThe Corner Press\n"
        "LP\nThe kiosk shuts.\nAN\nDocument CRNPRS0020200601eg610000a\n\n"
    )
    segments = list(split(summary + article * 2))
    assert segments[0].kind == "cover"
    assert segments[0].text == summary.rstrip()
    assert _headlines(summary + article * 2) == ["Kiosk closes"] * 2


@pytest.mark.parametrize("mark", ["\ufeff", "\u200b", "\u2060"])
@pytest.mark.parametrize(
    "name", ["lexisnexis-cover-crlf.txt", "usenet-mbox.txt", "factiva-free-text.txt"]
)
def test_an_article_whose_first_line_opens_with_an_invisible_character(
    name: str, mark: str
) -> None:
    text = (EXPORTS / name).read_text(encoding="utf-8")
    plain = list(split(text))
    second = [s for s in plain if s.kind == "article"][1].span.start
    marked = text[:second] + mark + text[second:]
    segments = list(split(marked))
    _tiles(marked, segments)
    # The mark is filed with the white space before the article, which starts where it did.
    assert [(s.kind, s.number, s.text) for s in segments if s.kind != "separator"] == [
        (s.kind, s.number, s.text) for s in plain if s.kind != "separator"
    ]
    assert [s.notes for s in segments] == [s.notes for s in plain]
    heads = [a.headline for a in _articles(marked)]
    assert heads == [a.headline for a in _articles(text)] == EXPECTED[name]["headlines"]


def _sgml_record(newid: int, title: str, author: str | None, body: str) -> str:
    by = f"<AUTHOR>    By {author}, Reuters</AUTHOR>\n" if author else ""
    return (
        f'<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" OLDID="{5000 + newid}" NEWID="{newid}">\n'
        f"<DATE>{newid:2d}-MAR-1987 10:02:11.40</DATE>\n<TOPICS><D>grain</D></TOPICS>\n"
        "<UNKNOWN> \n&#5;&#5;&#5;G\n&#22;&#22;&#1;f0001&#31;reute\nu f BC-X 0061</UNKNOWN>\n"
        f"<TEXT>&#2;\n<TITLE>{title}</TITLE>\n{by}<DATELINE>    OSLO, March {newid} - "
        f"</DATELINE><BODY>{body}\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
    )


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_reuters_sgml_file_is_split_into_its_records(newline: str) -> None:
    # A Reuters-21578 ``.sgm`` file: the document type line is cover, each
    # ``<REUTERS ...>`` line opens a record, which reuters1987 reads element by element.
    text = (
        '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'
        + _sgml_record(1, "NORVALE MILLS RAISES OUTPUT", "Greta Lunde", "Norvale raised output.")
        + _sgml_record(2, "HARBOUR BANK CUTS RATE", None, "Harbour Bank cut its rate.")
        + _sgml_record(3, "RAIN DELAYS HARVEST", None, "Rain fell.\n    Farmers waited.")
    ).replace("\n", newline)
    segments = list(split(text))
    _tiles(text, segments)
    assert {s.layout for s in segments} == {"reuters-sgml"}
    assert [(s.kind, s.number) for s in segments if s.kind != "separator"] == [
        ("cover", None),
        ("article", 1),
        ("article", 2),
        ("article", 3),
    ]
    articles = _articles(text)
    assert [a.format for a in articles] == ["reuters1987"] * 3
    assert [a.headline for a in articles] == [
        "NORVALE MILLS RAISES OUTPUT",
        "HARBOUR BANK CUTS RATE",
        "RAIN DELAYS HARVEST",
    ]
    assert [a.date for a in articles] == [dt.datetime(1987, 3, d, 10, 2, 11) for d in (1, 2, 3)]
    assert articles[0].byline is not None
    assert articles[0].byline.authors == ("Greta Lunde",)
    assert articles[2].paragraphs == ("Rain fell.", "Farmers waited.")
    # parse reads the whole file as its first record, and says how many it holds.
    notes = [n.message for n in newsparse.parse(text).notes if n.code == "export.many"]
    assert notes == [
        "the text is an export of 3 articles, read here as one; newsparse.parse_many reads each"
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Tags explained\n\nA record opens with\n<REUTERS NEWID="1">\nand closes.\n',
        # The tag opens the first line, but the line goes on: prose about the tag.
        (
            "<REUTERS> tags open each record of the collection\nBy Lena Marsh\n\n"
            "The collection holds 21,578 stories.\n\nEach record opens with a tag line.\n"
        ),
    ],
)
def test_a_text_quoting_a_reuters_tag_is_one_article(text: str) -> None:
    # Only a file that opens with a record (a tag line, under the document type line)
    # is split; parse reads the text as the article it is.
    segments = list(split(text))
    assert [s.kind for s in segments] == ["article"]
    assert segments[0].layout == "single"
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.format != "reuters1987"
    assert article.headline == text.split("\n", 1)[0]


@pytest.mark.parametrize("mark", ["\ufeff", "\u200b", "\ufeff\n\u200b"])
def test_an_mbox_text_that_opens_with_an_invisible_character_is_split(mark: str) -> None:
    text = (EXPORTS / "usenet-mbox.txt").read_text(encoding="utf-8")
    segments = list(split(mark + text))
    _tiles(mark + text, segments)
    assert segments[0].kind == "separator"
    assert segments[0].text == mark
    assert {s.layout for s in segments} == {"mbox"}
    assert [a.headline for a in _articles(mark + text)] == EXPECTED["usenet-mbox.txt"]["headlines"]


@pytest.mark.parametrize(
    ("body_line", "end_line", "length"),
    [
        ("Corps", "Fin du document", "Longueur: 60 mots"),
        ("Body", "Ende des Dokuments", "Länge: 60 Wörter"),
        # In capitals, as some exports print it.
        ("Corps", "FIN DU DOCUMENT", "Longueur: 60 mots"),
        ("Body", "ENDE DES DOKUMENTS", "Länge: 60 Wörter"),
    ],
)
def test_localised_nexis_uni_end_lines_close_articles(
    body_line: str, end_line: str, length: str
) -> None:
    def article(day: int) -> str:
        return (
            f"Marché {day}\n\nLa Gazette du Val\n{day} mai 2021\n\n"
            f"Copyright 2021 La Gazette du Val\n\n{length}\nByline: Iris Delmas\n\n"
            f"{body_line}\n\nLe marché ouvre le samedi.\n\n{end_line}\n"
        )

    text = article(3) + "\n" + article(4)
    assert newsparse.detect(text)[0].format == "lexisnexis"
    articles = _articles(text)
    assert [a.headline for a in articles] == ["Marché 3", "Marché 4"]
    assert [a.date for a in articles] == [dt.datetime(2021, 5, 3), dt.datetime(2021, 5, 4)]
    assert [a.paragraphs for a in articles] == [("Le marché ouvre le samedi.",)] * 2
    assert [a.byline.authors if a.byline else () for a in articles] == [("Iris Delmas",)] * 2


@pytest.mark.parametrize("mark", ["\ufeff", "\u200b", "\u2060"])
def test_a_marker_line_that_ends_with_an_invisible_character_still_splits(mark: str) -> None:
    classic = "".join(
        _ln_article(f"{n} of 3 DOCUMENTS" + (mark if n > 1 else ""), f"Kiosk {n} closes")
        for n in (1, 2, 3)
    )
    segments = list(split(classic))
    _tiles(classic, segments)
    assert _headlines(classic) == ["Kiosk 1 closes", "Kiosk 2 closes", "Kiosk 3 closes"]
    uni = "".join(
        f"Kiosk {n} closes\nThe Corner Press\nJune {n}, 2020 Monday\n\n"
        f"Section: NEWS; Length: 9 words\nByline: Jo Roe\n\nBody\n\nThe kiosk shuts.\n\n"
        f"Load-Date: June 2, 2020\n\nEnd of Document{mark}\n\n"
        for n in (1, 2)
    )
    _tiles(uni, list(split(uni)))
    assert _headlines(uni) == ["Kiosk 1 closes", "Kiosk 2 closes"]
