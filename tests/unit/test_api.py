from __future__ import annotations

import datetime as dt
import gc
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest

import newsparse
from newsparse import api
from newsparse.model import (
    SPAN_KEYS,
    Article,
    Field,
    FrozenMap,
    Span,
    _built_article,
    _field,
    _span,
)
from tests.conftest import GOLDEN, ROOT
from tests.laws import check_article

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_96c850f9607146ec.txt"


def test_seed_parses_exactly() -> None:
    text = SEED.read_text(encoding="utf-8")
    a = newsparse.parse(text)
    assert a.format == "mint"
    assert a.headline == (
        "North Korea's Kim Jong Un directs surge in missile production ahead of "
        "US-South Korea drills"
    )
    assert a.date == dt.datetime(2023, 8, 14, 6, 50, tzinfo=dt.timezone(dt.timedelta(hours=5.5)))
    assert a.date is not None
    assert a.date.utcoffset() == dt.timedelta(hours=5, minutes=30)
    assert a.date_precision == "minute"
    assert a.reading_time == 3
    lines = text.splitlines()
    assert a.summary == lines[1]
    assert a.byline is None
    assert a.paragraphs == tuple(lines[2:16])
    assert len(a.paragraphs) == 14
    assert a.attribution is not None
    assert a.attribution.sources == ("AP",)
    assert a.attribution.text == "(With inputs from AP)"
    check_article(text, a)


@pytest.mark.parametrize("bad", [12, None, ["a list"], 3.5])
def test_non_text_is_a_typed_type_error(bad: object) -> None:
    with pytest.raises(newsparse.InputTypeError) as info:
        newsparse.parse(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, newsparse.NewsparseError)


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n\t", "\x00", "\x00" * 1000, "a\rb\r\nc\nd", "\u2028\u2029\x85", "x" * 1_000_000],
)
def test_odd_input_gives_an_article(text: str) -> None:
    a = newsparse.parse(text)
    check_article(text, a)


@pytest.mark.parametrize(
    ("data", "encoding", "code"),
    [
        ("Caf\u00e9 opens\n\nIt opened.".encode(), "utf-8", None),
        (b"\xef\xbb\xbf" + "Caf\u00e9 opens\n\nIt opened.".encode(), "utf-8", "decode.bom"),
        ("Caf\u00e9 opens\n\nIt opened.".encode("utf-16"), "utf-16-le", "decode.bom"),
        ("Caf\u00e9 opens\n\nIt opened.".encode("cp1252"), "cp1252", "decode.fallback"),
    ],
)
def test_bytes_are_decoded_and_the_decoding_noted(
    data: bytes, encoding: str, code: str | None
) -> None:
    a = newsparse.parse(data)
    assert a.headline == "Caf\u00e9 opens"
    assert a.paragraphs == ("It opened.",)
    assert [n.code for n in a.notes if n.code.startswith("decode.")] == ([code] if code else [])
    assert newsparse.decode(data).encoding == encoding


def test_undefined_cp1252_bytes_are_kept() -> None:
    data = b"Head\n\nA \x81\x8d\x90 B \xe9"
    decoded = newsparse.decode(data)
    assert decoded.text == "Head\n\nA \x81\x8d\x90 B \u00e9"
    assert decoded.text.encode("latin-1") == data


def test_max_chars_guard() -> None:
    with pytest.raises(newsparse.InputTooLargeError) as info:
        newsparse.parse("x" * 101, max_chars=100)
    assert isinstance(info.value, ValueError)
    assert info.value.size == 101
    assert newsparse.parse("x" * 101, max_chars=None).headline == "x" * 101
    # A negative guard is a mistake, not a text too long: every text would exceed it.
    with pytest.raises(newsparse.InvalidOptionError, match="max_chars must be 0 or more"):
        newsparse.parse("x", max_chars=-1)
    with pytest.raises(newsparse.InputTooLargeError):
        newsparse.parse("x", max_chars=0)
    assert newsparse.parse("", max_chars=0).headline is None


def test_binary_looking_text_is_noted() -> None:
    # Parsed all the same (parse is total), but not silently: the data is likely no text.
    utf16 = "Rain due\n\nIt will rain on the coast all week.\n".encode("utf-16-le")
    executable = b"\x7fELF\x02\x01\x01" + bytes(57) + bytes(range(256)) * 8
    for data in (utf16, executable):
        article = newsparse.parse(data)
        (note,) = [n for n in article.notes if n.code == "text.binary"]
        assert "UTF-16 without a byte-order mark" in note.message
    # A stray NUL or two in a text is damage, not binary.
    damaged = "Rain\x00 due\n\nIt will rain\x00 on the coast.\n"
    assert "text.binary" not in [n.code for n in newsparse.parse(damaged).notes]
    plain = "Rain due\n\nIt will rain on the coast.\n"
    assert "text.binary" not in [n.code for n in newsparse.parse(plain).notes]


def test_megabyte_line_among_lines() -> None:
    text = "Headline\n\n" + ("word " * 200_000) + "\n\nLast paragraph."
    a = newsparse.parse(text)
    assert a.headline == "Headline"
    assert len(a.paragraphs) == 2
    check_article(text, a)


def test_empty_text_has_no_fields() -> None:
    a = newsparse.parse("")
    assert a.headline is None
    assert a.date is None
    assert a.body == ""
    assert a.paragraphs == ()
    assert set(a.spans) >= {"headline", "paragraphs", "furniture", "authors"}


def test_article_is_frozen_hashable_and_picklable() -> None:
    a = newsparse.parse(SEED.read_text(encoding="utf-8"))
    with pytest.raises(AttributeError):
        a.headline = "x"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(a)) == a
    assert hash(a) == hash(pickle.loads(pickle.dumps(a)))
    assert json.loads(json.dumps(a.to_dict()))["spans"]["headline"] == [[17, 109]]


def test_article_invariants() -> None:
    with pytest.raises(ValueError, match="paragraphs"):
        Article(body="x", paragraphs=())
    with pytest.raises(ValueError, match="date_precision"):
        Article(date=dt.datetime(2020, 1, 1))
    with pytest.raises(ValueError, match="precedes"):
        Span(5, 2)
    with pytest.raises(ValueError, match="start"):
        Span(-1, 2)


def _attributes(value: attrs.AttrsInstance) -> list[tuple[str, type, object]]:
    return [
        (f.name, type(getattr(value, f.name)), getattr(value, f.name))
        for f in attrs.fields(type(value))
    ]


def test_the_fast_constructors_build_what_the_public_ones_build() -> None:
    # parse builds spans, fields and the Article without the generated __init__: each
    # attribute set, of the type and value the public constructor gives it.
    assert _attributes(_span(4, 9)) == _attributes(Span(4, 9))
    line = Field(value="Rain", raw="Rain", span=Span(0, 4), rule="x.headline")
    assert _attributes(_field("Rain", "Rain", Span(0, 4), "x.headline")) == _attributes(line)
    for start, end, match in ((5, 2, "precedes"), (-1, 2, "start")):
        with pytest.raises(ValueError, match=match):
            _span(start, end)
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLDEN.rglob("*.txt"))]
    assert len(texts) > 20
    for text in [*texts, SEED.read_text(encoding="utf-8"), ""]:
        a = newsparse.parse(text)
        values = {f.name: getattr(a, f.name) for f in attrs.fields(Article)}
        assert _attributes(a) == _attributes(Article(**values))
        assert all(
            _attributes(s) == _attributes(Span(s.start, s.end)) for v in a.spans.values() for s in v
        )
    with pytest.raises(ValueError, match="date_precision"):
        _built_article(**{**values, "date_precision": "week"})


def test_every_article_has_the_span_keys_in_order() -> None:
    for text in ("", "Rain\n\nIt rained.", SEED.read_text(encoding="utf-8")):
        a = newsparse.parse(text)
        assert tuple(a.spans) == SPAN_KEYS
        assert tuple(a.rules) == SPAN_KEYS
        assert a.spans["body"] == a.spans["paragraphs"]


def test_article_keeps_no_reference_to_the_mappings_it_was_given() -> None:
    spans = {"headline": [Span(0, 4)]}
    metadata = {"source": "Wire"}
    a = Article(headline="Rain", spans=spans, metadata=metadata)
    spans["headline"].append(Span(5, 6))
    spans["date"] = []
    metadata["source"] = "changed"
    # Every span key is there (with no spans where none was given), as in a parsed article.
    assert dict(a.spans) == {**dict.fromkeys(SPAN_KEYS, ()), "headline": (Span(0, 4),)}
    assert dict(a.metadata) == {"source": "Wire"}
    assert Article(metadata=a.metadata).metadata == {"source": "Wire"}


def test_frozen_map() -> None:
    m = FrozenMap({"a": 1})
    assert m == {"a": 1}
    assert m.get("a") == 1
    assert m.get("b") is None
    assert m.get("b", 0) == 0
    assert m.get(key="a") == 1
    assert m.get(key="b", default=2) == 2
    assert "a" in m
    assert "b" not in m
    assert 3 not in m  # type: ignore[comparison-overlap]
    assert pickle.loads(pickle.dumps(m)) == m
    assert repr(m) == "FrozenMap({'a': 1})"
    assert m != 3


def test_parse_error_prints_a_caret() -> None:
    err = newsparse.ParseError("no date", source="Dated: soon", span=Span(7, 11))
    assert str(err).splitlines() == ["no date", "    Dated: soon", "           ^^^^"]
    assert isinstance(err, ValueError)


def test_cli_prints_json(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsparse", str(SEED)], capture_output=True, check=True, text=True
    )
    data = json.loads(out.stdout)
    assert data["format"] == "mint"
    assert data["reading_time"] == 3
    missing = subprocess.run(
        [sys.executable, "-m", "newsparse", str(tmp_path / "nope.txt")],
        capture_output=True,
        check=False,
        text=True,
    )
    assert missing.returncode == 1
    assert "nope.txt" in missing.stderr


@pytest.mark.parametrize(
    "err",
    [
        newsparse.FormatNotFoundError("x", ["a", "b"]),
        newsparse.ParseError("bad", source="text", span=Span(0, 2)),
        newsparse.InputTooLargeError(11, 10),
        newsparse.FormatContractError("broken"),
        newsparse.PatternTimeoutError("slow"),
        newsparse.InvalidOptionError("chunk_size must be at least 1, not 0"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_survive_pickling(err: newsparse.NewsparseError) -> None:
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is type(err)
    assert str(again) == str(err)
    assert vars(again) == vars(err)


def test_tzinfos_values_are_checked_up_front() -> None:
    text = "Title\n\nPublished: 14 Aug 2023, 06:50 AM IST\n\nBody."
    with pytest.raises(newsparse.InputTypeError):
        newsparse.parse(text, tzinfos={"IST": "+01:00"})  # type: ignore[dict-item]
    with pytest.raises(newsparse.InvalidOptionError, match="within a day") as info:
        newsparse.parse(text, tzinfos={"IST": 90_000})
    assert isinstance(info.value, ValueError)
    date = newsparse.parse(text, tzinfos={"IST": 3600}).date
    assert date is not None
    assert date.utcoffset() == dt.timedelta(hours=1)


def test_a_format_that_sets_a_date_without_precision_breaks_the_contract() -> None:
    class Sloppy:
        name = "sloppy"

        def score(self, text: str) -> float:
            return 0.9

        def parse(self, text: str, options: newsparse.ParseOptions) -> newsparse.ParsedFields:
            date = newsparse.Field(
                value=dt.datetime(2020, 1, 1), raw=text[:4], span=Span(0, 4), rule="sloppy.date"
            )
            return newsparse.ParsedFields(date=date)

    reg = newsparse.FormatRegistry(plugins=False)
    reg.register(Sloppy())
    with pytest.raises(newsparse.FormatContractError, match="precision"):
        newsparse.parse("2020 text", format="sloppy", registry=reg)


def test_single_fields_are_checked_before_the_tuples_of_fields() -> None:
    class Crooked:
        name = "crooked"

        def score(self, text: str) -> float:
            return 0.9

        def parse(self, text: str, options: newsparse.ParseOptions) -> newsparse.ParsedFields:
            def bad(rule: str) -> newsparse.Field[str]:
                return newsparse.Field(value="x", raw="x", span=Span(0, 4), rule=rule)

            return newsparse.ParsedFields(
                authors=(bad("crooked.author"),),
                summary=bad("crooked.summary"),
                furniture=(bad("crooked.furniture"),),
            )

    reg = newsparse.FormatRegistry(plugins=False)
    reg.register(Crooked())
    with pytest.raises(newsparse.FormatContractError, match=r"'crooked\.summary'"):
        newsparse.parse("Some text", format="crooked", registry=reg)


# _check_spans reads ``raw == text[start:end]`` in place (its length, then startswith):
# it refuses exactly the fields the plain slice comparison refuses.
@pytest.mark.parametrize(
    ("raw", "start", "end"),
    [
        ("Rain", 0, 4), ("Rai", 0, 4), ("Rains", 0, 4), ("Rain ", 0, 5), ("fell", 5, 9),
        ("fel", 5, 9), ("fell.", 5, 10), ("fell.", 5, 11), ("", 4, 4), ("", 10, 10),
        ("x", 10, 11), (".", 9, 10), ("ain", 1, 4), ("Rain fell.", 0, 10), ("RAIN", 0, 4),
    ],
)  # fmt: skip
def test_span_check_refuses_what_the_slice_comparison_refuses(
    raw: str, start: int, end: int
) -> None:
    text = "Rain fell."
    field = newsparse.Field(value=raw, raw=raw, span=Span(start, end), rule="t.x")
    plain_ok = end <= len(text) and raw == text[start:end]
    try:
        api._check_spans("t", [field], text)
    except newsparse.FormatContractError:
        assert not plain_ok
    else:
        assert plain_ok


def test_short_lines_that_end_sentences_are_paragraphs_not_a_wrapped_block() -> None:
    text = (
        "Ferry timetable changes\n"
        "The first ferry now leaves at six.\n"
        "The last one leaves at ten.\n"
        "Tickets cost the same.\n"
    )
    a = newsparse.parse(text)
    assert a.paragraphs == (
        "The first ferry now leaves at six.",
        "The last one leaves at ten.",
        "Tickets cost the same.",
    )
    wrapped = (
        "Ferry timetable changes\n\n"
        "The first ferry now leaves at six and the\n"
        "last one leaves at ten, the company said on\n"
        "Monday.\n\n"
        "Tickets cost the same.\n"
    )
    first = (
        "The first ferry now leaves at six and the last one leaves at ten, the company said "
        "on Monday."
    )
    assert newsparse.parse(wrapped).paragraphs == (first, "Tickets cost the same.")


def _any(value: object) -> Any:
    """``value``, typed so that mypy lets a test pass what a careless caller would."""
    return value


_OPTION_TEXT = "Title\n\nPublished: 14 Aug 23, 06:50 AM IST\n\nBody."


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: newsparse.parse("x", reference=_any("2020-01-01")), "InputTypeError", "reference"),
        (lambda: newsparse.parse("x", max_chars=_any("10")), "InputTypeError", "max_chars"),
        (lambda: newsparse.parse("x", registry=_any("mint")), "InputTypeError", "registry"),
        (lambda: newsparse.parse("x", format=_any(3)), "InputTypeError", "format"),
        (lambda: newsparse.parse("x", tzinfos=_any([("IST", 3600)])), "InputTypeError", "mapping"),
        (lambda: newsparse.parse("x", tzinfos=_any({1: 3600})), "InputTypeError", "zone names"),
        (lambda: newsparse.detect(_any(42)), "InputTypeError", "detect()"),
        (lambda: newsparse.detect("x", registry=_any({})), "InputTypeError", "registry"),
        (lambda: newsparse.decode(_any("abc")), "InputTypeError", "decode()"),
        (lambda: next(newsparse.parse_many("x", chunk_size=0)), "InvalidOptionError", "chunk"),
        (lambda: next(newsparse.parse_many("x", format=_any(3))), "InputTypeError", "format"),
        (lambda: next(newsparse.split("x", registry=_any("mint"))), "InputTypeError", "registry"),
        (lambda: newsparse.get_format("mint", registry=_any("x")), "InputTypeError", "registry"),
        (lambda: next(newsparse.parse_many("x", chunk_size=_any(2.5))), "InputTypeError", "chunk"),
        (
            lambda: next(newsparse.parse_many(_OPTION_TEXT, tzinfos={"IST": 10**6})),
            "InvalidOptionError",
            "within a day",
        ),
        (
            lambda: next(newsparse.parse_many("x", reference=_any(dt.datetime.now))),
            "InputTypeError",
            "reference",
        ),
    ],
)
def test_bad_options_are_typed_errors_before_any_work(
    call: Callable[[], object], error: str, message: str
) -> None:
    with pytest.raises(getattr(newsparse, error), match=message):
        call()


def test_detect_reads_bytes_as_parse_does() -> None:
    text = "Caf\u00e9 opens2 min read 14 Aug 2023, 06:50 AM IST\nThe caf\u00e9 opened.\n"
    for data in (text.encode("utf-8"), text.encode("cp1252"), _any(bytearray(text.encode()))):
        assert newsparse.detect(data) == newsparse.detect(text)
        assert newsparse.parse(data).format == newsparse.detect(data)[0].format == "mint"


def test_every_public_module_lists_and_shows_only_its_public_names() -> None:
    import importlib  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415

    packages = {"newsparse", "newsparse.extract", "newsparse.__main__"}
    checked = []
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        parts = info.name.split(".")
        if info.name in packages or any(p.startswith("_") for p in parts):
            continue
        module = importlib.import_module(info.name)
        assert sorted(dir(module)) == sorted(module.__all__), info.name
        checked.append(info.name)
    assert "newsparse.formats.mint" in checked
    assert "newsparse.cli" in checked


@pytest.mark.parametrize(
    "text",
    [
        "\ufeffStorm hits coast\n\nBy Jane Doe\n\nWinds reached 120 km/h on the coast today.\n",
        "\ufeffdate 2023-08-14 Storm hits coast2 min read 14 Aug 2023, 06:50 AM IST\nWinds.\n",
        "\ufeffStorm hits coast\n\nKESTREL, Aug 3 (Reuters) - Winds reached 120 km/h today.\n",
    ],
)
def test_a_str_that_opens_with_a_bom_reads_as_without_it(text: str) -> None:
    # A file read as "utf-8" rather than "utf-8-sig" keeps its byte-order mark.
    with_mark, without = newsparse.parse(text), newsparse.parse(text[1:])
    check_article(text, with_mark)
    assert with_mark.format == without.format
    assert with_mark.headline == without.headline == "Storm hits coast"
    assert (with_mark.date, with_mark.body) == (without.date, without.body)
    assert with_mark.spans["furniture"][0] == Span(0, 1)
    assert with_mark.rules["furniture"][0] == "text.bom"
    assert [n.code for n in with_mark.notes if n.code == "text.bom"] == ["text.bom"]
    assert newsparse.detect(text) == newsparse.detect(text[1:])


def test_source_is_the_text_the_spans_index() -> None:
    data = "Caf\u00e9 reopens\n\nThe caf\u00e9 on the quay reopened on Monday.\n".encode("cp1252")
    a = newsparse.parse(data)
    assert a.source == data.decode("cp1252")
    assert a.spans["headline"][0].of(a.source) == "Caf\u00e9 reopens"
    # Not part of the value: equality, repr and the JSON leave it out.
    again = Article.from_dict(a.to_dict())
    assert again == a
    assert again.source is None
    assert "source" not in a.to_dict()
    assert a.source not in repr(a)
    assert Article.from_dict(a.to_dict(), source=a.source).source == a.source


@pytest.mark.parametrize(
    ("name", "count"),
    [("lexisnexis-cover-crlf.txt", 3), ("factiva-field-coded.txt", 3), ("usenet-mbox.txt", 2)],
)
def test_parse_says_when_its_text_is_an_export_of_several(name: str, count: int) -> None:
    # parse reads one article; given a whole export it says so, and parse_many's
    # articles, each one of the export's, do not.
    text = (ROOT / "tests" / "data" / "exports" / name).read_text(encoding="utf-8")
    notes = [n for n in newsparse.parse(text).notes if n.code == "export.many"]
    expected = f"the text is an export of {count} articles, read here as one; "
    assert [n.message for n in notes] == [expected + "newsparse.parse_many reads each"]
    articles = list(newsparse.parse_many(text))
    assert len(articles) == count
    assert not [n for a in articles for n in a.notes if n.code == "export.many"]
    one = next(s.text for s in newsparse.split(text) if s.kind == "article")
    assert "export.many" not in [n.code for n in newsparse.parse(one).notes]
    # Lines that end in CR alone, or in CR LF, and a byte-order mark first, alike.
    for variant in ("\ufeff" + text, text.replace("\n", "\r"), text.replace("\n", "\r\n")):
        assert "export.many" in [n.code for n in newsparse.parse(variant).notes]


def test_to_dict_and_back_is_the_same_article_built_by_hand() -> None:
    # An article built by hand has every span key too, so the round trip is exact.
    a = Article(headline="Hi", spans={"headline": (Span(0, 2),)})
    assert tuple(a.spans) == tuple(a.rules) == SPAN_KEYS
    assert Article.from_dict(a.to_dict()) == a
    assert Article.from_dict(json.loads(json.dumps(Article().to_dict()))) == Article()


def test_from_dict_fills_what_to_dict_always_writes() -> None:
    # A hand-written dict may leave keys out; the article still has every span key, as
    # every parsed article has.
    a = Article.from_dict({"headline": "Hi"})
    assert (a.headline, a.body, a.paragraphs, a.format) == ("Hi", "", (), "generic")
    assert tuple(a.spans) == tuple(a.rules) == SPAN_KEYS
    assert a.spans["headline"] == ()
    assert Article.from_dict({}).spans["furniture"] == ()


@pytest.mark.parametrize(
    ("data", "error", "match"),
    [
        (None, newsparse.InputTypeError, "mapping"),
        ([("headline", "Hi")], newsparse.InputTypeError, "mapping"),
        ({"headline": 3}, ValueError, "'headline' must be str, not int"),
        ({"reading_time": "five"}, ValueError, "'reading_time' must be int"),
        ({"reading_time": True}, ValueError, "'reading_time' must be int, not bool"),
        ({"format": 7}, ValueError, "'format' must be str"),
        ({"paragraphs": ["One.", 2]}, ValueError, "'paragraphs' must hold only str"),
        ({"paragraphs": "One."}, ValueError, "'paragraphs' must be list or tuple"),
        ({"date": "14 Aug 2023"}, ValueError, "no ISO 8601 date"),
        ({"date": "2023-08-14", "date_precision": "week"}, ValueError, "date_precision"),
        ({"byline": "Jane Doe"}, ValueError, "'byline' must be Mapping"),
        ({"byline": {"authors": ["Jane Doe"]}}, KeyError, "'text' is missing"),
        ({"spans": {"headline": [[0]]}}, ValueError, "no \\[start, end\\] pair"),
        ({"notes": ["text.bom"]}, ValueError, "'code' is looked up in a str"),
        ({"spans": {"headline": [[True, 2.7]]}}, ValueError, "offset must be an int, not True"),
        ({"spans": {"headline": "0 8"}}, ValueError, r"spans\['headline'\] must be a list"),
        ({"rules": {"headline": "generic.headline"}}, ValueError, "must be a list, not str"),
        ({"rules": {"headline": [1]}}, ValueError, "rules must be lists of str"),
        ({"metadata": {"words": 120}}, ValueError, "metadata must map str to str"),
        ({"notes": [{"code": "x"}]}, KeyError, "'message' is missing"),
    ],
)
def test_from_dict_rejects_what_to_dict_never_writes(
    data: object, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        Article.from_dict(data)  # type: ignore[arg-type]


def _public_callables() -> list[tuple[str, object]]:
    """Every public class and function, and their public methods, each once."""
    import importlib  # noqa: PLC0415
    import inspect  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415

    names = ["newsparse"] + [
        i.name for i in pkgutil.walk_packages(newsparse.__path__, "newsparse.")
    ]
    found: list[tuple[str, object]] = []
    seen: set[int] = set()

    def add(qualname: str, obj: object) -> None:
        if id(obj) not in seen:  # a name re-exported by the package is counted once
            seen.add(id(obj))
            found.append((qualname, obj))

    for name in names:
        if any(p.startswith("_") for p in name.split(".")):
            continue
        module = importlib.import_module(name)
        for attr in getattr(module, "__all__", ()):
            obj = getattr(module, attr)
            # Classes and functions defined here: not type aliases of builtins.
            if not (inspect.isclass(obj) or inspect.isfunction(obj)):
                continue
            if not obj.__module__.startswith("newsparse"):
                continue
            add(f"{name}.{attr}", obj)
            if not inspect.isclass(obj):
                continue
            for m, member in vars(obj).items():
                if m.startswith("_"):
                    continue
                if isinstance(member, (classmethod, staticmethod)):
                    member = member.__func__  # noqa: PLW2901 - the function it wraps
                elif isinstance(member, property):
                    member = member.fget  # noqa: PLW2901 - the getter holds the docstring
                if inspect.isfunction(member):
                    add(f"{name}.{attr}.{m}", member)
    return found


def test_every_public_class_and_function_has_an_example() -> None:
    # Doctest runs each example (--doctest-modules); a method may share its class's.
    import inspect  # noqa: PLC0415

    found = _public_callables()
    assert len(found) > 50  # the walk reached the whole package
    assert len({id(obj) for _, obj in found}) == len(found)
    lacking = []
    for qualname, obj in found:
        doc = inspect.getdoc(obj) or ""
        owner = qualname.rsplit(".", 1)[0]
        owner_doc = next((inspect.getdoc(o) or "" for q, o in found if q == owner), "")
        if not doc:
            lacking.append(f"{qualname}: no docstring")
        elif ">>>" not in doc and ">>>" not in owner_doc:
            lacking.append(f"{qualname}: no example")
    assert lacking == []


@pytest.mark.parametrize(
    ("call", "hint"),
    [
        (newsparse.parse, "read the file"),
        (newsparse.detect, "read the file"),
        (lambda text: list(newsparse.split(text)), "read the file"),
        (lambda text: list(newsparse.parse_many(text)), "pass a pathlib.Path"),
    ],
)
def test_a_file_name_given_as_the_text_warns(
    call: Callable[[str], object], hint: str, tmp_path: Path
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Rain due\n\nIt will rain on Monday.\n", encoding="utf-8")
    with pytest.warns(newsparse.TextLooksLikePathWarning, match=hint) as record:
        call(str(story))
    assert record[0].filename == __file__  # it points at the caller's line
    # Text that is not one line naming a file does not warn (warnings are errors here).
    # Nor does a name the system refuses: too long for a file (ENAMETOOLONG) or a path.
    for text in (
        str(tmp_path),
        str(story) + "\n",
        str(tmp_path / "missing.txt"),
        "\x00",
        "n" * 300,
        "a/" * 2000,
    ):
        call(text)
    newsparse.parse(str(story).encode())


@pytest.mark.parametrize(
    "text",
    [
        "Storm hits coast\n\nBy Jane Doe\n\nWinds reached 120 km/h on the coast today.\n",
        (
            "Storm hits coast | Coast Herald\nHome\nNews\nSport\nWeather\nOpinion\nSearch\n"
            "Storm hits coast\nBy Jane Doe\n"
            "The storm reached the coast on Monday and closed the harbour for the day.\n"
            "Privacy Policy\n\u00a9 2023 Coast Herald\n"
        ),
        (
            "26-FEB-1987 15:01:01.79\nMIDCON SETS PLAN\n"
            "    LOMBARD, Ill., Feb 26 - MidCon said it set a plan.\n Reuter\n"
        ),
    ],
)
def test_a_text_whose_lines_end_in_cr_alone_reads_as_with_lf(text: str) -> None:
    # An old Mac file: every line ends in a carriage return alone.
    cr = text.replace("\n", "\r")
    with_cr, with_lf = newsparse.parse(cr), newsparse.parse(text)
    check_article(cr, with_cr)
    assert (with_cr.format, with_cr.headline, with_cr.date) == (
        with_lf.format,
        with_lf.headline,
        with_lf.date,
    )
    assert with_cr.paragraphs == with_lf.paragraphs
    assert (with_cr.byline and with_cr.byline.authors) == (
        with_lf.byline and with_lf.byline.authors
    )
    assert "text.cr-lines" in [n.code for n in with_cr.notes]
    assert [d.format for d in newsparse.detect(cr)] == [d.format for d in newsparse.detect(text)]


def test_lone_carriage_returns_in_any_text_read_as_line_ends() -> None:
    # A header folded across a lone CR, and a text that mixes CR with CRLF.
    folded = (
        "From: jd@example.org (Jane\r Doe)\rNewsgroups: misc.test\r"
        "Subject: Council backs plan\r\rThe council approved the plan.\r"
    )
    mixed = "Rates rise\r\rKESTREL, Aug 3 (Reuters) - The bank raised its rate on Tuesday.\r\n"
    for text in (folded, mixed):
        a = newsparse.parse(text)
        check_article(text, a)
        assert "text.cr-lines" in [n.code for n in a.notes]
    a, b = newsparse.parse(folded), newsparse.parse(mixed)
    assert a.byline is not None
    assert (a.format, a.byline.authors) == ("netnews", ("Jane\r Doe",))
    assert (b.format, b.dateline, b.paragraphs) == (
        "wire",
        "KESTREL",
        ("The bank raised its rate on Tuesday.",),
    )


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_no_break_and_other_spaces_read_as_spaces(space: str) -> None:
    # A page's &nbsp; between a day, its month, its year and its zone, in Mint's
    # reading time, and inside a byline's names.
    mint = (
        f"Metro line extension delayed by two years3{space}min read{space}14{space}Aug"
        f"{space}2023, 06:50 AM{space}IST\nCost overruns pushed the opening to 2027.\n"
        "The extension will open two years late, officials said on Monday.\n"
    )
    page = (
        "Metro line extension delayed\n\n"
        f"By Jane{space}Doe\n\nPublished:{space}14{space}August 2023, 06:50{space}BST\n\n"
        f"The extension will open two{space}years late, officials said on Monday.\n"
    )
    a, b = newsparse.parse(mint), newsparse.parse(page)
    check_article(mint, a)
    check_article(page, b)
    assert (a.format, a.headline, a.summary, a.reading_time) == (
        "mint",
        "Metro line extension delayed by two years",
        "Cost overruns pushed the opening to 2027.",
        3,
    )
    assert a.date == dt.datetime(2023, 8, 14, 6, 50, tzinfo=dt.timezone(dt.timedelta(hours=5.5)))
    assert b.date == dt.datetime(2023, 8, 14, 6, 50, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    # Values read the space as U+0020; the byline's text and names are the input's.
    assert b.paragraphs == ("The extension will open two years late, officials said on Monday.",)
    assert b.byline is not None
    assert b.byline.authors == (f"Jane{space}Doe",)
    assert b.spans["paragraphs"][0].of(page) == b.paragraphs[0].replace(" two ", f" two{space}")
    assert [n.code for n in b.notes] == []


class _GcWatcher:
    """A format that notes whether the garbage collector ran while it parsed, then fails
    if asked to."""

    name = "gc-watcher"

    def __init__(self, *, fail: bool = False) -> None:
        self.fail = fail
        self.seen: list[bool] = []

    def score(self, text: str) -> float:
        return 0.0

    def parse(self, text: str, options: newsparse.ParseOptions) -> newsparse.ParsedFields:
        self.seen.append(gc.isenabled())
        if self.fail:
            msg = "broken on purpose"
            raise RuntimeError(msg)
        return newsparse.ParsedFields()


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("fail", [False, True])
def test_a_long_text_is_read_with_the_collector_paused_and_restored(
    enabled: bool, fail: bool
) -> None:
    # Past PAUSE_GC_CHARS the collector is paused while the format reads, and left as
    # it was after, even when the format fails; a shorter text leaves it alone.
    watcher = _GcWatcher(fail=fail)
    reg = newsparse.FormatRegistry(plugins=False)
    reg.register(watcher)
    long_text = "x" * (api.PAUSE_GC_CHARS + 1)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        for text in (long_text, "x" * api.PAUSE_GC_CHARS):
            if fail:
                with pytest.raises(newsparse.ParseError, match="broken on purpose"):
                    newsparse.parse(text, format="gc-watcher", registry=reg)
            else:
                newsparse.parse(text, format="gc-watcher", registry=reg)
            assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    assert watcher.seen == [False, enabled]


def test_nested_pauses_restore_the_collector_only_at_the_outermost() -> None:
    was = gc.isenabled()
    try:
        gc.enable()
        with api._gc_paused():
            with api._gc_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()


def test_a_long_real_text_parses_alike_with_the_collector_paused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The pause changes no field: a long article read past the limit and the same
    # article's fields read with the collector running give equal articles.
    body = "\n\n".join(f"Paragraph {i} of the long harbour report." for i in range(14_000))
    text = "Harbour report runs long\n\nBy Jane Doe\n\n" + body + "\n"
    assert len(text) > api.PAUSE_GC_CHARS
    a = newsparse.parse(text)
    check_article(text, a)
    monkeypatch.setattr(api, "PAUSE_GC_CHARS", len(text))  # now read with it running
    assert newsparse.parse(text) == a
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
