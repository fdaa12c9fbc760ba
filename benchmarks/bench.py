"""Benchmark newsparse beside a floor, in one process, on generated corpora.

    python benchmarks/bench.py [--docs 2000] [--json results.json] [--quick]
    python benchmarks/bench.py --export-mb 100 [1000 ...]

Corpora are generated from the seed article (paragraphs shuffled, dropped and
repeated; dates, bylines and agencies varied; some CRLF), so the run needs nothing
but this checkout. Four tables are printed:

* **throughput**: docs/s, MB/s, p50/p99 latency and peak traced memory for ``parse``
  and ``detect`` on ~4 KB articles, and for ``parse_many`` over one multi-article
  export, beside the *floor*: ``splitlines()`` plus one compiled ``regex`` scan of the
  same text (the scan ``../shared/bench/peers.py`` uses as its ratio base);
* **scaling**: ``parse`` cost per KB on documents of 1 KB to 10 MB (flat means linear);
* **adversarial**: ``parse`` cost per KB on hostile inputs (long runs of one letter,
  spaces, ``By By``, ``date``, dense dates, ``3 min read``, nested brackets; lines of
  ``By X``, of ``Share``, of ``3 min read``, and ``By X1``, ``By X2`` ... that all
  differ) against ordinary text;
* **patterns**: the same comparison for every compiled pattern in the package on its
  own (``_regex.package_patterns()``: module-level patterns, their branches, and each
  format's detection evidence; ``finditer`` over each input), with the patterns, if
  any, that cost more than three times as much per KB on a hostile input (timed in the
  process's CPU time, so that other processes on the machine skew it less).

With ``--export-mb N`` only the **export** table is printed instead: a LexisNexis
export of about N MB of invented articles is written to a temporary file (deleted
afterwards), and a child process streams it through ``parse_many(path)``, reporting
the export's size, articles, failures, seconds, MB/s and its own peak RSS (``VmHWM``,
else ``ru_maxrss``), which stays flat however large the export if streaming works.

Timings are measured, never asserted: the test suite does not run this file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import TYPE_CHECKING

import regex

import newsparse
from newsparse import _regex

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_96c850f9607146ec.txt"

# The floor: one linear pattern for digit-led dates and "By" bylines (as peers.py).
FLOOR_RE = regex.compile(
    r"\d{1,4}(?:-\d\d-\d\d|\x20(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\x20\d{4})"
    r"|\nBy\x20[^\n]{1,80}"
)

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_AGENCIES = ("AP", "PTI", "Reuters", "AFP", "IANS")
_NAMES = ("Jane Doe", "Sam Roe", "Priya Raman", "Anna Weber", "Kofi Mensah")


def floor(text: str) -> object:
    """What any parser must at least do: split the lines and scan the text once."""
    text.splitlines()
    return FLOOR_RE.findall(text)


def seed_variants(n: int, rng: random.Random) -> list[str]:
    """``n`` articles of about the seed's size, in the Mint and generic layouts."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    head, summary, body = lines[0], lines[1], lines[2:-1]
    out: list[str] = []
    for i in range(n):
        paras = body[:]
        rng.shuffle(paras)
        if rng.random() < 0.3:  # noqa: PLR2004
            paras = paras[: rng.randint(6, len(paras))]
        if rng.random() < 0.3:  # noqa: PLR2004
            paras += rng.sample(body, 2)
        day, month, year = rng.randint(1, 28), rng.choice(_MONTHS), rng.randint(2000, 2030)
        agency = rng.choice(_AGENCIES)
        if i % 3 == 2:  # noqa: PLR2004 - a third in the generic layout
            title = head.split("3 min read")[0].removeprefix(" date 2023-08-14 ")
            byline = f"By {rng.choice(_NAMES)}"
            stamp = f"Published: {day} {month} {year} 10:15 GMT"
            text = "\n\n".join([title, byline, stamp, *paras, f"(With inputs from {agency})"])
        else:
            stamp = f"{day:02d} {month} {year}, 0{rng.randint(1, 9)}:{rng.randint(10, 59)} AM IST"
            first = head.replace("14 Aug 2023, 06:50 AM IST", stamp)
            text = "\n".join([first, summary, *paras, f"(With inputs from {agency})"])
        if rng.random() < 0.05:  # noqa: PLR2004
            text = text.replace("\n", "\r\n")
        out.append(text + "\n")
    return out


def _timed(fn: Callable[[str], object], docs: Sequence[str]) -> list[float]:
    gc.collect()
    lat: list[float] = []
    clock = time.perf_counter
    for d in docs:
        t0 = clock()
        fn(d)
        lat.append(clock() - t0)
    return lat


def _peak_kb(fn: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


def _row(name: str, lat: Sequence[float], nbytes: int, peak_kb: float) -> dict[str, float | str]:
    total = sum(lat)
    qs = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
    return {
        "op": name,
        "docs": len(lat),
        "docs_per_s": len(lat) / total,
        "mb_per_s": nbytes / 1e6 / total,
        "p50_us": qs[49] * 1e6,
        "p99_us": qs[98] * 1e6,
        "us_per_kb": total * 1e6 / (nbytes / 1024),
        "peak_kb": peak_kb,
    }


def throughput(docs: Sequence[str]) -> list[dict[str, float | str]]:
    """Time the floor, ``parse``, ``detect`` and ``parse_many`` over the same docs."""
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    sample = docs[:200]
    rows = []
    ops: list[tuple[str, Callable[[str], object]]] = [
        ("floor", floor),
        ("parse", newsparse.parse),
        ("detect", newsparse.detect),
    ]
    for name, fn in ops:
        fn(docs[0])  # warm: lazy imports, compiled patterns
        lat = _timed(fn, docs)
        peak = _peak_kb(lambda fn=fn: [fn(d) for d in sample])  # type: ignore[misc]
        rows.append(_row(name, lat, nbytes, peak))
    parse_many = getattr(newsparse, "parse_many", None)
    if parse_many is not None:
        lat = []
        clock = time.perf_counter
        t0 = clock()
        for _ in parse_many(docs):  # the time from one article to the next
            t1 = clock()
            lat.append(t1 - t0)
            t0 = t1
        peak = _peak_kb(lambda: sum(1 for _ in parse_many(sample)))
        rows.append(_row("parse_many", lat, nbytes, peak))
    base = rows[0]["us_per_kb"]
    for r in rows:
        r["x_floor"] = float(r["us_per_kb"]) / float(base)
    return rows


def scaling(sizes_kb: Iterable[int]) -> list[dict[str, float | str]]:
    """``parse`` cost per KB on documents from 1 KB up: flat means linear."""
    seed_body = SEED.read_text(encoding="utf-8").splitlines()[2:-1]
    rows: list[dict[str, float | str]] = []
    for kb in sizes_kb:
        paras: list[str] = []
        size = 0
        i = 0
        while size < kb * 1024:
            p = seed_body[i % len(seed_body)]
            paras.append(p)
            size += len(p) + 1
            i += 1
        text = "A headline for scaling\n\n" + "\n\n".join(paras)
        reps = max(1, 2048 // kb)
        newsparse.parse(text)
        t0 = time.perf_counter()
        for _ in range(reps):
            newsparse.parse(text)
        elapsed = (time.perf_counter() - t0) / reps
        rows.append({"size_kb": kb, "ms": elapsed * 1e3, "us_per_kb": elapsed * 1e6 / kb})
    return rows


ADVERSARIAL = {
    "letters": "a" * 200_000,
    "spaces": " " * 200_000,
    "by-by": "By " * 70_000,
    "date-date": "date " * 40_000,
    "dense-dates": "14 Aug 2023, 06:50 AM IST 2023-08-14 " * 5_000,
    "brackets": "(" * 100_000 + ")" * 100_000,
    "short-lines": "By X\n" * 40_000,
    "min-read": "3 min read " * 20_000,
    # A web page's chrome, a line at a time: a run of share buttons and one of
    # reading-time stamps (each line read by the web page format's line classifier).
    "share-lines": "Share\n" * 40_000,
    "min-read-lines": "3 min read\n" * 20_000,
    # Short lines that all differ: nothing read for one line serves the next.
    "short-lines-differ": "".join(f"By X{i}\n" for i in range(1, 40_001)),
}


def adversarial() -> list[dict[str, float | str]]:
    """Cost per KB on hostile inputs, beside ordinary text of the same size."""
    ordinary = "\n".join(SEED.read_text(encoding="utf-8").splitlines() * 50)
    rows: list[dict[str, float | str]] = []
    for name, text in {"ordinary": ordinary, **ADVERSARIAL}.items():
        t0 = time.perf_counter()
        newsparse.parse(text)
        elapsed = time.perf_counter() - t0
        rows.append(
            {"input": name, "kb": len(text) / 1024, "us_per_kb": elapsed * 1e6 / (len(text) / 1024)}
        )
    base = float(rows[0]["us_per_kb"])
    for r in rows:
        r["x_ordinary"] = float(r["us_per_kb"]) / base
    return rows


def _scan_us_per_kb(pattern: regex.Pattern[str], text: str) -> float:
    # The process's CPU time, best of three: a ratio of two short scans, which other
    # processes on the machine would otherwise skew (the throughput tables keep the
    # wall clock, as the peers' benchmark does).
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for _ in pattern.finditer(text):
            pass
        best = min(best, time.process_time() - t0)
    return best * 1e6 / (len(text) / 1024)


def patterns(
    size_kb: int = 100,
) -> tuple[list[dict[str, float | str]], list[dict[str, float | str]]]:
    """Every package pattern's cost per KB on each hostile input, over ordinary text's.

    Each pattern scans ``size_kb`` KB of ordinary text (the seed, repeated) and of each
    adversarial input with ``finditer``. A pattern that finds next to nothing in
    ordinary text costs almost nothing there, so its base is the larger of that cost
    and the floor's (one linear scan of the same text): the ratio says how much more a
    hostile KB costs than an ordinary one. Returns one summary row per input (the
    worst pattern and how many exceed 3x) and one row per pattern that exceeds 3x.
    """
    size = size_kb * 1024
    ordinary = "\n".join(SEED.read_text(encoding="utf-8").splitlines() * 200)[:size]
    inputs = {name: (text * (size // len(text) + 1))[:size] for name, text in ADVERSARIAL.items()}
    floor_base = _scan_us_per_kb(FLOOR_RE, ordinary)
    summary: dict[str, dict[str, float | str]] = {
        name: {"input": name, "patterns": 0, "over_3x": 0, "worst_x": 0.0, "worst": ""}
        for name in inputs
    }
    over: list[dict[str, float | str]] = []
    for pname, pattern in _regex.package_patterns():
        pname = pname.removeprefix("newsparse.")  # noqa: PLW2901 - shorter in the table
        base = max(_scan_us_per_kb(pattern, ordinary), floor_base)
        for name, text in inputs.items():
            ratio = _scan_us_per_kb(pattern, text) / base
            row = summary[name]
            row["patterns"] = int(row["patterns"]) + 1
            if ratio > 3:  # noqa: PLR2004 - the issue's bound
                row["over_3x"] = int(row["over_3x"]) + 1
                over.append({"pattern": pname, "input": name, "x_ordinary": ratio})
            if ratio > float(row["worst_x"]):
                row["worst_x"], row["worst"] = ratio, pname
    return list(summary.values()), over


# Invented words for the export generator: no real article text.
_WORDS = (
    "harbour council ferry pier timetable island season ticket committee budget vote "
    "bridge road school library market storm tide fishing fleet festival museum hospital "
    "station tram harbourmaster mayor engineer resident visitor survey plan report"
).split()
_VERBS = "discussed approved delayed reviewed opened closed funded proposed rejected".split()
_PUBLICATIONS = ("The Harbour Gazette", "Valley Tribune", "The Coastal Courier")
_EXPORT_CHILD = """
import resource, sys, time
from pathlib import Path
import newsparse
def peak_kb():
    # The high-water mark of this process's own memory since it started: ru_maxrss
    # would count the parent's too, as Linux carries it across fork and exec.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

count = failures = 0
t0 = time.perf_counter()
for item in newsparse.parse_many(Path(sys.argv[1])):
    if isinstance(item, newsparse.Article):
        count += 1
    else:
        failures += 1
elapsed = time.perf_counter() - t0
print(count, failures, elapsed, peak_kb())
"""


def _invented_body(rng: random.Random) -> str:
    """Four to nine paragraphs of invented sentences, wrapped at 72 columns."""
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        words: list[str] = []
        for _ in range(rng.randint(3, 6)):
            a, b, c = rng.sample(_WORDS, 3)
            words += f"The {a} {rng.choice(_VERBS)} the {b} plan for the {c}.".split()
        lines, line = [], ""
        for word in words:
            if line and len(line) + 1 + len(word) > 72:  # noqa: PLR2004 - column width
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        paragraphs.append("\n".join([*lines, line]))
    return "\n\n".join(paragraphs)


def _export_article(i: int, total: int, body: str, rng: random.Random) -> str:
    """One LexisNexis document, ``i`` of ``total``, with CRLF line ends."""
    pub = _PUBLICATIONS[i % len(_PUBLICATIONS)]
    day = dt.date(2000, 1, 1) + dt.timedelta(days=i % 9000)
    long_day = f"{day:%B} {day.day}, {day.year} {day:%A}"
    by = f"BYLINE: {rng.choice(_NAMES)}\n\n" if i % 2 else ""
    headline = f"{rng.choice(_WORDS).capitalize()} {rng.choice(_VERBS)} by the {rng.choice(_WORDS)}"
    text = (
        f"                    {i} of {total} DOCUMENTS\n\n\n"
        f"                    {pub}\n\n                    {long_day}\n\n"
        f"{headline}\n\n{by}SECTION: NEWS; Pg. {i % 40 + 1}\n\n"
        f"LENGTH: {len(body.split())} words\n\n{body}\n\n"
        f"LOAD-DATE: {long_day.rsplit(' ', 1)[0]}\n\nLANGUAGE: ENGLISH\n\n"
        f"PUBLICATION-TYPE: Newspaper\n\n\n      Copyright {day.year} {pub}\n"
        "                    All Rights Reserved\n\n\n"
    )
    return text.replace("\n", "\r\n")


def write_export(path: Path, size_mb: float) -> int:
    """Write a LexisNexis export of at least ``size_mb`` MB; return its article count.

    Bodies come from a pool of 64 invented ones, so writing a GB stays quick; headlines,
    dates and bylines vary per article, and the documents are numbered ``i of total``.
    """
    rng = random.Random(20230814)
    bodies = [_invented_body(rng) for _ in range(64)]
    target = int(size_mb * 1e6)
    # Count the articles first, so that every position line states the true total.
    per_article = statistics.mean(len(_export_article(1, 10**6, b, rng)) for b in bodies)
    total = max(1, int(target / per_article) + 1)
    cover = f"Download Request: Selected Items: 1-{total}\r\nTerms: harbour\r\n\r\n\r\n"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(cover)
        for i in range(1, total + 1):
            out.write(_export_article(i, total, bodies[i % len(bodies)], rng))
    return total


def export_stream(sizes_mb: Iterable[float]) -> list[dict[str, float | str]]:
    """Stream a LexisNexis export of each size through ``parse_many`` in a child process."""
    rows: list[dict[str, float | str]] = []
    for size_mb in sizes_mb:
        with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as tmp:
            path = Path(tmp) / "export.txt"
            total = write_export(path, size_mb)
            nbytes = path.stat().st_size
            done = subprocess.run(  # noqa: S603 - our own interpreter and script
                [sys.executable, "-c", _EXPORT_CHILD, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
        count, failures, seconds, peak_kb = done.stdout.split()
        if int(count) + int(failures) != total:
            print(f"warning: {total} articles written, {count} + {failures} read", file=sys.stderr)
        rows.append(
            {
                "size_mb": nbytes / 1e6,
                "articles": int(count),
                "failures": int(failures),
                "seconds": float(seconds),
                "mb_per_s": nbytes / 1e6 / float(seconds),
                "peak_rss_mb": int(peak_kb) * 1024 / 1e6,
            }
        )
    return rows


def _print_table(title: str, rows: Sequence[dict[str, float | str]]) -> None:
    print(f"\n{title}")
    cols = list(rows[0])
    print("  ".join(f"{c:>11}" for c in cols))
    for r in rows:
        cells = [f"{v:>11.1f}" if isinstance(v, float) else f"{v!s:>11}" for v in r.values()]
        print("  ".join(cells))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print the tables (and write JSON with ``--json``)."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=2000, help="articles in the throughput corpus")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--quick", action="store_true", help="fewer docs, sizes up to 1 MB")
    ap.add_argument(
        "--export-mb",
        type=float,
        nargs="+",
        metavar="N",
        help="only stream a LexisNexis export of about N MB (one row per N) through parse_many",
    )
    args = ap.parse_args(argv)
    if args.export_mb:
        print(f"newsparse {newsparse.__version__}, Python {sys.version.split()[0]}")
        rows = export_stream(args.export_mb)
        _print_table("export (parse_many over a file, in a child process)", rows)
        if args.json:
            args.json.write_text(json.dumps({"export": rows}, indent=1) + "\n", encoding="utf-8")
        return 0
    rng = random.Random(20230814)
    docs = seed_variants(200 if args.quick else args.docs, rng)
    sizes = (1, 10, 100, 1000) if args.quick else (1, 10, 100, 1000, 10_000)
    print(f"newsparse {newsparse.__version__}, Python {sys.version.split()[0]}")
    pattern_summary, patterns_over = patterns(20 if args.quick else 100)
    results = {
        "throughput": throughput(docs),
        "scaling": scaling(sizes),
        "adversarial": adversarial(),
        "patterns": pattern_summary,
        "patterns_over_3x": patterns_over,
    }
    _print_table(
        "throughput (~4 KB articles; x_floor = cost per KB over the floor's)", results["throughput"]
    )
    _print_table("scaling (parse; flat us_per_kb = linear)", results["scaling"])
    _print_table(
        "adversarial (parse; x_ordinary = cost per KB over ordinary text)", results["adversarial"]
    )
    _print_table(
        "patterns (every pattern on each hostile input; worst_x = cost per KB over ordinary text)",
        pattern_summary,
    )
    if patterns_over:
        _print_table("patterns over 3x", patterns_over)
    else:
        print("\nno pattern costs more than 3x per KB on a hostile input")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
