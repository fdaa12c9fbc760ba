"""Parsing a 200 MB export keeps peak memory under 100 MB (slow: ``--run-slow``)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from tests.strategies import ExportArticle, render_export

if TYPE_CHECKING:
    from pathlib import Path

SIZE = 200 * 1000 * 1000
PEAK_LIMIT_KB = 100 * 1000

_CHILD = """
import resource, sys
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
for item in newsparse.parse_many(Path(sys.argv[1])):
    if isinstance(item, newsparse.Article) and item.headline:
        count += 1
    else:
        failures += 1
print(count, failures, peak_kb())
"""


def _write_export(path: Path) -> int:
    """Write a LexisNexis export of about ``SIZE`` bytes; return its article count."""
    paragraphs = tuple(
        f"Paragraph {i} tells how the harbour council met again to discuss the ferry "
        "timetable, the new pier and the price of a season ticket for islanders."
        for i in range(12)
    )
    block = [
        ExportArticle(
            headline=f"Harbour council meets for the {i}th time",
            day=dt.date(2020, 1, 1) + dt.timedelta(days=i),
            authors=("Mara Olsen",) if i % 2 else (),
            paragraphs=paragraphs,
        )
        for i in range(100)
    ]
    total = 0
    written = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        while written < SIZE:
            text = render_export("lexisnexis", tuple(block), cover=total == 0, line_end="\r\n")
            out.write(text)
            written += len(text.encode("utf-8"))
            total += len(block)
    return total


@pytest.mark.slow
def test_a_200_mb_export_streams_in_flat_memory(tmp_path: Path) -> None:
    path = tmp_path / "big-export.txt"
    articles = _write_export(path)
    assert path.stat().st_size >= SIZE
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    elapsed = time.perf_counter() - started
    count, failures, peak_kb = (int(x) for x in done.stdout.split())
    assert (count, failures) == (articles, 0)
    assert peak_kb < PEAK_LIMIT_KB, f"peak RSS {peak_kb} kB after {elapsed:.0f} s"
