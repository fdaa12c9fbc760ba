"""Golden articles: every ``*.txt`` under ``tests/golden/<format>/`` and ``seeds/``.

Each has an ``*.expected.json`` beside it holding ``Article.to_dict()`` as it must be.
``pytest --update-goldens`` rewrites them from the current parser; the span checks
still run, so a refresh cannot hide a span that does not slice back to its field.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

import newsparse
from tests.conftest import GOLDEN, SEEDS
from tests.laws import check_article

if TYPE_CHECKING:
    from pathlib import Path

CASES = sorted([*GOLDEN.glob("*/*.txt"), *SEEDS.glob("*.txt")])


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("path", CASES, ids=_id)
def test_golden(path: Path, update_goldens: bool) -> None:
    text = path.read_bytes().decode("utf-8")
    article = newsparse.parse(text)
    check_article(text, article)
    if path.parent.parent == GOLDEN:
        assert article.format == path.parent.name
    expected_path = path.with_name(path.stem + ".expected.json")
    got = article.to_dict()
    if update_goldens:
        expected_path.write_text(
            json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected
    assert newsparse.Article.from_dict(expected) == article


def test_every_golden_has_expected_json() -> None:
    missing = [p for p in CASES if not p.with_name(p.stem + ".expected.json").exists()]
    assert missing == []
    assert len(CASES) >= 1
