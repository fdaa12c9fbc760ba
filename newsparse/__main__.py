"""``python -m newsparse FILE``: print the parsed article as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsparse.api import parse
from newsparse.errors import NewsparseError


def main(argv: list[str] | None = None) -> int:
    """Parse one file (or ``-`` for stdin) and print the article as JSON.

    Returns:
        0 on success, 1 if the file could not be read or parsed.
    """
    ap = argparse.ArgumentParser(prog="python -m newsparse", description=__doc__)
    ap.add_argument("file", help="the article's text file, or - for standard input")
    ap.add_argument("--format", help="force a format by name")
    args = ap.parse_args(argv)
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            text = Path(args.file).read_bytes().decode("utf-8-sig")
        article = parse(text, format=args.format)
    except (OSError, UnicodeDecodeError, NewsparseError) as err:
        sys.stderr.write(f"newsparse: {args.file}: {err}\n")
        return 1
    sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
