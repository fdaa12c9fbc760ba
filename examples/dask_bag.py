"""Parse a corpus with dask.bag: the same code runs on a cluster.

Here it runs on the local threaded scheduler; connect a ``dask.distributed.Client``
first and the same ``bag.compute()`` runs on the cluster's workers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dask
import dask.bag as db

import newsparse

HERE = Path(__file__).resolve().parent


def parse_file(path: str) -> dict[str, Any]:
    """Parse one file into a flat row (this is what each worker runs)."""
    article = newsparse.parse(Path(path).read_bytes())
    return {"file": Path(path).name, "format": article.format, "headline": article.headline}


def main() -> None:
    paths = sorted(str(p) for p in (HERE / "articles").glob("*.txt"))
    bag = db.from_sequence(paths, npartitions=2).map(parse_file)
    with dask.config.set(scheduler="synchronous"):
        rows = bag.compute()
        counts = dict(sorted(bag.pluck("format").frequencies().compute()))
    for row in rows:
        print(f"{row['file']}: [{row['format']}] {row['headline']}")
    print(counts)


if __name__ == "__main__":
    main()
