from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

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


def test_detect_formats_show(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = _run(capsys, "detect", str(SEED))
    assert code == 0
    assert out.splitlines()[0].startswith("mint")
    assert "min-read" in out.splitlines()[0]
    code, out, _ = _run(capsys, "formats")
    assert code == 0
    assert {line.split()[0] for line in out.splitlines()} >= {"mint", "generic"}
    code, out, _ = _run(capsys, "show", str(SEED))
    assert code == 0
    assert "legend" in out
    assert "\x1b[1;35mNorth Korea's Kim Jong Un directs surge" in out
    page = tmp_path / "seed.html"
    code, _, _ = _run(capsys, "show", str(SEED), "--html", str(page))
    assert code == 0
    text = page.read_text(encoding="utf-8")
    assert "<span class='headline'>North Korea&#x27;s Kim" in text
    assert "<span class='furniture'>date 2023-08-14</span>" in text


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
