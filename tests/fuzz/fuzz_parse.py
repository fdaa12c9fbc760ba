"""An atheris fuzz target for ``newsparse.parse`` (not run in CI).

Run a fixed number of iterations (needs ``pip install atheris``)::

    python tests/fuzz/fuzz_parse.py -atheris_runs=200000

Any exception other than a ``newsparse.NewsparseError``, or a span that breaks the
span laws, is a crash that atheris reports with the input that caused it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]

with atheris.instrument_imports():
    import newsparse

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.laws import check_article


def test_one(data: bytes) -> None:
    """Parse the bytes, then the same bytes as text; check the laws on both."""
    try:
        article = newsparse.parse(data)
    except newsparse.NewsparseError:
        return
    check_article(newsparse.decode(data).text, article)
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    try:
        article = newsparse.parse(text)
    except newsparse.NewsparseError:
        return
    check_article(text, article)


def main() -> None:
    """Start atheris with the command-line arguments."""
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
