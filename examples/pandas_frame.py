"""Build a pandas DataFrame from many articles: ``to_dict()`` rows go in as they are."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import newsparse

HERE = Path(__file__).resolve().parent


def main() -> None:
    rows = [
        {"file": p.name, **newsparse.parse(p.read_bytes()).to_dict()}
        for p in sorted((HERE / "articles").glob("*.txt"))
    ]
    frame = pd.DataFrame(rows)
    frame["date"] = pd.to_datetime(frame["date"], utc=True)
    frame["words"] = frame["body"].str.split().str.len()
    print(frame[["file", "format", "date", "words"]].to_string(index=False))
    print()
    print(frame.groupby("format")["words"].sum().to_string())


if __name__ == "__main__":
    main()
