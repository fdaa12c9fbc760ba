"""Benchmark newsparse beside a floor, in one process, on generated corpora.

    python benchmarks/bench.py [--docs 2000] [--json results.json] [--quick]

Corpora are generated from the seed article (paragraphs shuffled, dropped and
repeated; dates, bylines and agencies varied; some CRLF), so the run needs nothing
but this checkout. Four tables are printed:

* **throughput**: docs/s, MB/s, p50/p99 latency and peak traced memory for ``parse``
  and ``detect`` on ~4 KB articles, and for ``parse_many`` over one multi-article
  export, beside the *floor*: ``splitlines()`` plus one compiled ``regex`` scan of the
  same text (the scan ``../shared/bench/peers.py`` uses as its ratio base);
* **scaling**: ``parse`` cost per KB on documents of 1 KB to 10 MB (flat means linear);
* **adversarial**: cost per KB on hostile inputs (long runs of one letter, spaces,
  ``By By``, dense dates, nested brackets) against ordinary text.

Timings are measured, never asserted: the test suite does not run this file.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from typing import TYPE_CHECKING

import regex

import newsparse

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
    args = ap.parse_args(argv)
    rng = random.Random(20230814)
    docs = seed_variants(200 if args.quick else args.docs, rng)
    sizes = (1, 10, 100, 1000) if args.quick else (1, 10, 100, 1000, 10_000)
    print(f"newsparse {newsparse.__version__}, Python {sys.version.split()[0]}")
    results = {
        "throughput": throughput(docs),
        "scaling": scaling(sizes),
        "adversarial": adversarial(),
    }
    _print_table(
        "throughput (~4 KB articles; x_floor = cost per KB over the floor's)", results["throughput"]
    )
    _print_table("scaling (parse; flat us_per_kb = linear)", results["scaling"])
    _print_table(
        "adversarial (parse; x_ordinary = cost per KB over ordinary text)", results["adversarial"]
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
