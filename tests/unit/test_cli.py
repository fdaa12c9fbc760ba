from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse import ParseFailure, Span
from newsparse.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_96c850f9607146ec.txt"
GOLDEN = ROOT / "tests" / "golden"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_parse_file_to_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "parse", str(SEED))
    assert code == 0
    assert err == ""
    (line,) = out.splitlines()
    record = json.loads(line)
    assert record["format"] == "mint"
    assert record["path"] == str(SEED)
    assert record["sources"] == "AP"


def test_bare_file_means_parse(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(SEED))
    assert code == 0
    assert json.loads(out)["reading_time"] == 3


def test_directory_recursive_in_order_with_jobs(capsys: pytest.CaptureFixture[str]) -> None:
    code, serial, _ = _run(capsys, "parse", str(GOLDEN), "--fields", "path,format")
    assert code == 0
    code, parallel, _ = _run(capsys, "parse", str(GOLDEN), "--fields", "path,format", "--jobs", "2")
    assert code == 0
    assert serial == parallel
    paths = [json.loads(line)["path"] for line in serial.splitlines()]
    assert paths == sorted(paths)
    assert len(paths) == len(list(GOLDEN.rglob("*.txt")))


def test_json_and_csv_outputs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = _run(capsys, "parse", str(SEED), "--output", "json", "--fields", "headline")
    assert code == 0
    assert json.loads(out)[0]["headline"].startswith("North Korea")
    target = tmp_path / "out.csv"
    code, out, _ = _run(capsys, "parse", str(SEED), "--output", "csv", "-o", str(target))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0]["format"] == "mint"
    assert rows[0]["reading_time"] == "3"


def test_failures_are_reported_and_the_batch_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = _run(capsys, "parse", str(tmp_path / "missing.txt"), str(SEED))
    assert code == 1
    assert "missing.txt" in err
    assert json.loads(out)["format"] == "mint"


def test_unknown_format_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", str(SEED), "--format", "nope"])
    assert info.value.code == 2
    assert "unknown format 'nope'" in capsys.readouterr().err


def test_stdin_is_read_with_jobs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    code, out, _ = _run(capsys, "parse", "-", str(SEED), "--jobs", "2", "--fields", "path,format")
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == [
        {"path": "-", "format": "mint"},
        {"path": str(SEED), "format": "mint"},
    ]


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", str(SEED), "--output", "xml"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["parse", str(SEED), "--jobs", "0"])
    assert info.value.code == 2
    capsys.readouterr()


def test_an_unknown_field_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    # Not a column of nulls: the name is checked against a record's keys.
    with pytest.raises(SystemExit) as info:
        main(["parse", str(SEED), "--fields", "headline,nosuch,authors"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "unknown field(s) 'nosuch'; known: path, index, headline" in err
    code, out, _ = _run(capsys, "parse", str(SEED), "--fields", "segment,authors,index")
    assert code == 0
    assert list(json.loads(out)) == ["segment", "authors", "index"]


def test_formats_lists_each_format_in_plain_words(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = _run(capsys, "formats")
    assert code == 0
    assert "``" not in out
    assert "module docstring" not in out
    assert "Agency copy with a PLACE (AGENCY) - dateline." in out

    # A plugin's priority that is no int is listed as detection reads it (0), not a crash.
    from newsparse import cli  # noqa: PLC0415
    from newsparse.formats.generic import GenericFormat  # noqa: PLC0415
    from newsparse.registry import FormatRegistry  # noqa: PLC0415

    class Unranked(GenericFormat):
        """Press releases."""

        name = "unranked"
        priority = None  # type: ignore[assignment]

    reg = FormatRegistry(builtins={}, plugins=False)
    reg.register(Unranked())
    monkeypatch.setattr(cli, "default_registry", lambda: reg)
    code, out, _ = _run(capsys, "formats")
    assert code == 0
    assert out.split() == ["unranked", "registered", "0", "Press", "releases."]


def test_detect_formats_show(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = _run(capsys, "detect", str(SEED))
    assert code == 0
    assert out.splitlines()[0].startswith("mint")
    assert "min-read" in out.splitlines()[0]
    code, out, _ = _run(capsys, "formats")
    assert code == 0
    assert {line.split()[0] for line in out.splitlines()} >= {"mint", "generic"}
    code, out, _ = _run(capsys, "show", str(SEED), "--color", "always")
    assert code == 0
    assert "legend" in out
    assert "\x1b[1;35mNorth Korea's Kim Jong Un directs surge" in out
    code, out, _ = _run(capsys, "show", str(SEED))  # not a terminal: no colour codes
    assert code == 0
    assert "\x1b[" not in out
    assert "[headline: North Korea's Kim Jong Un directs surge" in out
    assert "[furniture: date 2023-08-14]" in out
    page = tmp_path / "seed.html"
    code, _, _ = _run(capsys, "show", str(SEED), "--html", str(page))
    assert code == 0
    text = page.read_text(encoding="utf-8")
    assert "<span class='headline'>North Korea&#x27;s Kim" in text
    assert "<span class='furniture'>date 2023-08-14</span>" in text


@pytest.mark.parametrize("name", ["lexisnexis-cover-crlf.txt", "factiva-field-coded.txt"])
def test_show_splits_an_export_as_parse_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    export = ROOT / "tests" / "data" / "exports" / name
    headlines = json.loads((export.parent / "expected.json").read_text(encoding="utf-8"))[name][
        "headlines"
    ]
    code, out, _ = _run(capsys, "show", str(export))
    assert code == 0
    layout = name.split("-", maxsplit=1)[0]
    assert out.splitlines()[0] == f"format: {layout}   articles: {len(headlines)}"
    heads = [line for line in out.splitlines() if line.startswith("=== ")]
    assert heads == [
        f"=== article {i} of {len(headlines)} (format {layout}) ==="
        for i in range(1, len(headlines) + 1)
    ]
    # Every article's fields are marked where they stand in the file, not only the first's
    # (a headline wrapped over two lines is marked as written).
    words = " ".join(out.split())
    for headline in headlines:
        assert f"[headline: {headline}]" in words
    assert words.index(heads[1]) < words.index(f"[headline: {headlines[1]}]")
    page = tmp_path / "export.html"
    code, _, _ = _run(capsys, "show", str(export), "--html", str(page))
    assert code == 0
    html = page.read_text(encoding="utf-8")
    assert html.count("<h2>article ") == len(headlines)
    assert f"<span class='headline'>{headlines[-1]}</span>" in " ".join(html.split())


def test_show_heads_each_article_of_an_export_whose_lines_end_in_cr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    export = ROOT / "tests" / "data" / "exports" / "usenet-mbox.txt"
    old_mac = tmp_path / "mbox-cr.txt"
    old_mac.write_bytes(export.read_bytes().replace(b"\n", b"\r"))
    code, out, _ = _run(capsys, "show", str(old_mac), "--color", "never")
    assert code == 0
    assert "\r" not in out  # each line shown on its own, as it is read
    lines = out.splitlines()
    first, second = (lines.index(f"=== article {i} of 2 (format netnews) ===") for i in (1, 2))
    assert first < lines.index("[furniture: Subject:] [headline: Comet tonight]") < second


def test_show_dims_a_cover_page_as_furniture(capsys: pytest.CaptureFixture[str]) -> None:
    # A cover page is no article's; it was dimmed before exports were split, and is.
    cover = GOLDEN / "lexisnexis" / "classic-cover-crlf.txt"
    code, out, _ = _run(capsys, "show", str(cover), "--color", "never")
    assert code == 0
    assert "[furniture: Download Request: Selected Items: 1-3]" in out
    assert "[furniture: Terms: (harbour AND ferry)]" in out


@pytest.mark.parametrize("color", ["always", "never"])
def test_show_writes_control_characters_as_escapes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, color: str
) -> None:
    # A terminal acts on what it is written: the text's escape sequences, bell and
    # backspace are shown, not obeyed. Tabs and line ends stay as they are.
    page = tmp_path / "escapes.txt"
    page.write_bytes(
        b"Head\x1b[2J\x1b]0;title\x07\x08\n\nThe body\tof the \xe2\x80\xaestory goes here.\n"
    )
    code, out, _ = _run(capsys, "show", str(page), "--color", color)
    assert code == 0
    assert "Head\\x1b[2J\\x1b]0;title\\x07\\x08" in out
    assert "of the \\u202estory" in out  # a right-to-left override, shown not obeyed
    assert "\x07" not in out
    assert "\x08" not in out
    assert "The body\tof the " in out  # a tab is kept
    if color == "never":
        assert "\x1b" not in out


def test_show_heads_an_article_that_failed_with_its_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from newsparse import cli  # noqa: PLC0415

    text = "First story\n\nIt rained.\n\nSecond story\n\nIt snowed.\n"
    first, failed = text.index("First"), text.index("Second")

    def two(_source: str, *, format: str | None = None) -> object:  # noqa: A002
        assert format is None
        article = newsparse.parse(text[first:failed])
        error = newsparse.ParseError("no text", source=text[failed:])
        yield attrs.evolve(
            article,
            notes=(newsparse.Note(code="export.segment", message="1", span=Span(0, failed)),),
        )
        yield ParseFailure(span=Span(failed, len(text)), number=2, text=text[failed:], error=error)

    monkeypatch.setattr(cli, "parse_many", two)
    page = tmp_path / "two.txt"
    page.write_text(text, encoding="utf-8")
    code, out, err = _run(capsys, "show", str(page))
    assert code == 1  # as parse's: something failed
    assert "=== article 1 of 2 (format generic) ===\n[headline: First story]" in out
    assert "=== article 2 of 2 (failed: ParseError: no text) ===\nSecond story" in out
    assert err == f"newsparse: {page}: article 2: ParseError: no text\n"


def _show_one_failure(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    text: str,
    error: newsparse.ParseError,
) -> tuple[int, str, str]:
    """``show`` on a file of one article whose parse raised ``error``."""
    from newsparse import cli  # noqa: PLC0415

    def failing(_source: str, *, format: str | None = None) -> object:  # noqa: A002
        assert format is None
        yield ParseFailure(span=Span(0, len(text)), number=1, text=text, error=error)

    monkeypatch.setattr(cli, "parse_many", failing)
    page = tmp_path / "one.txt"
    page.write_text(text, encoding="utf-8")
    return _run(capsys, "show", str(page), "--color", "never")


def test_show_escapes_an_errors_text_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A plugin's error may quote the text, escape sequences and line breaks and all.
    text = "Head\x1b]0;pwned\x07\n\nBody.\n"
    error = newsparse.ParseError("no date", source=text, span=Span(0, 14))
    code, out, err = _show_one_failure(capsys, monkeypatch, tmp_path, text, error)
    assert code == 1
    assert "\x1b" not in out + err
    assert "\x07" not in out + err
    (head,) = [line for line in out.splitlines() if line.startswith("=== ")]
    assert "failed: ParseError: no date" in head
    assert "\\x1b]0;pwned\\x07" in head


def test_show_says_when_a_single_article_failed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = "Only story\n\nIt rained.\n"
    error = newsparse.ParseError("format 'x' failed", source=text)
    code, out, err = _show_one_failure(capsys, monkeypatch, tmp_path, text, error)
    assert code == 1
    assert "=== article 1 of 1 (failed: ParseError: format 'x' failed) ===\nOnly story" in out
    assert "article 1: ParseError" in err


def test_exports_are_split_into_one_record_per_article(
    capsys: pytest.CaptureFixture[str],
) -> None:
    export = ROOT / "tests" / "data" / "exports" / "lexisnexis-cover-crlf.txt"
    expected = json.loads((export.parent / "expected.json").read_text(encoding="utf-8"))
    code, out, _ = _run(capsys, "parse", str(export), "--fields", "index,format,headline")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["index"] for r in rows] == list(range(len(rows)))
    assert {r["format"] for r in rows} == {"lexisnexis"}
    assert [r["headline"] for r in rows] == expected[export.name]["headlines"]


def test_a_single_article_file_has_spans_into_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "parse", str(SEED))
    assert code == 0
    record = json.loads(out)
    text = SEED.read_text(encoding="utf-8")
    assert record["segment"] == [0, len(text)]
    ((start, end),) = record["spans"]["headline"]
    assert text[start:end] == record["headline"]


def test_empty_inputs_are_reported_not_silent(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    code, out, err = _run(capsys, "parse", str(empty))
    assert (code, out) == (0, "")
    assert f"{empty}: no article in it" in err
    bare = tmp_path / "bare"
    bare.mkdir()
    code, out, err = _run(capsys, "parse", str(bare))
    assert (code, out) == (1, "")
    assert f"{bare}: no file in it matches '*.txt'" in err
    assert "nothing to parse" in err


@pytest.mark.parametrize("pattern", ["", "/abs/*.txt"])
def test_a_glob_that_is_not_relative_is_bad_usage(
    capsys: pytest.CaptureFixture[str], pattern: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", str(GOLDEN), "--glob", pattern])
    assert info.value.code == 2
    assert "--glob takes a relative pattern" in capsys.readouterr().err


def test_version_and_stdin_for_detect_and_show(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsparse  # noqa: PLC0415

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"newsparse {newsparse.__version__}\n"
    for command, first in (("detect", "mint"), ("show", "format: mint")):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
        code, out, _ = _run(capsys, command, "-")
        assert code == 0
        assert out.startswith(first)


def test_jobs_never_exceed_the_files(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsparse import cli  # noqa: PLC0415

    asked: list[int] = []
    real = cli.records

    def spy(*args: object, jobs: int = 1, **kwargs: object) -> object:
        asked.append(jobs)
        return real(*args, jobs=jobs, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "records", spy)
    code, out, _ = _run(capsys, "parse", str(SEED), "--jobs", "100000", "--fields", "format")
    assert (code, out, asked) == (0, '{"format": "mint"}\n', [1])


def test_the_output_file_suffix_picks_the_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def first_format(name: str) -> object:
        text = (tmp_path / name).read_text(encoding="utf-8")
        if name.endswith(".csv"):
            return next(csv.DictReader(io.StringIO(text)))["format"]
        data = json.loads(text)
        return data[0]["format"] if isinstance(data, list) else data["format"]

    for name, kind in (("out.csv", "csv"), ("out.JSON", "json"), ("out.txt", "jsonl")):
        code, _, _ = _run(capsys, "parse", str(SEED), "-o", str(tmp_path / name))
        assert code == 0
        assert first_format(name) == "mint"
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert text.startswith({"csv": "path,", "json": "[", "jsonl": "{"}[kind])
    code, _, _ = _run(
        capsys, "parse", str(SEED), "--output", "jsonl", "-o", str(tmp_path / "x.csv")
    )
    assert code == 0
    assert json.loads((tmp_path / "x.csv").read_text(encoding="utf-8"))["format"] == "mint"


def test_standard_input_named_twice_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", "-", "-"])
    assert info.value.code == 2
    assert "standard input ('-') can be named only once" in capsys.readouterr().err
