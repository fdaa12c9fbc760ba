"""Parse every ``*.txt`` under a folder and write one JSON line per article.

Usage: ``python examples/batch_to_jsonl.py [FOLDER]`` (default: examples/articles).
The same job from the shell: ``newsparse parse FOLDER --jobs 4 -o articles.jsonl``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsparse

HERE = Path(__file__).resolve().parent


def main(folder: Path) -> None:
    for path in sorted(folder.rglob("*.txt")):
        article = newsparse.parse(path.read_bytes())
        row = {"file": path.name, **article.to_dict()}
        # Keep the demo output short: drop the long fields.
        for key in ("body", "paragraphs", "spans", "rules"):
            row.pop(key)
        print(json.dumps(row, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "articles")
