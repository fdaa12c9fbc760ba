"""Bylines as web pages write them: serial commas, an outlet after the names."""

from __future__ import annotations

import pytest

from newsparse.extract.bylines import read_byline


@pytest.mark.parametrize(
    ("line", "authors", "organization"),
    [
        ("By Jane Doe, Sam Roe, and Tom Lee", ("Jane Doe", "Sam Roe", "Tom Lee"), None),
        ("By Jane Doe , Sam Roe, and Tom Lee, CNN", ("Jane Doe", "Sam Roe", "Tom Lee"), "CNN"),
        ("By Jane Doe, CNN Business", ("Jane Doe",), "CNN Business"),
        ("By JANE DOE and SAM ROE", ("JANE DOE", "SAM ROE"), None),
        ("By Jane Doe and Sam Roe", ("Jane Doe", "Sam Roe"), None),
    ],
)
def test_web_bylines(line: str, authors: tuple[str, ...], organization: str | None) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization == organization
    assert tuple(s.of(line) for s in found.author_spans) == authors
