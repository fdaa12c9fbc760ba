"""The laws every parsed article obeys, checked by golden and property tests alike."""

from __future__ import annotations

import datetime as dt
import json

from newsparse import Article
from newsparse._text import fold, is_blank
from newsparse.formats.netnews import decode_encoded_words

# Fields whose value is text that its spans reproduce (joined by a blank line or newline).
_TEXT_FIELDS = ("headline", "summary", "dateline")


def check_article(text: str, article: Article) -> None:
    """Assert the span laws and the JSON round trip for one parse of ``text``."""
    n = len(text)
    assert article.source == text  # the text the spans index

    # A message's headers read with their RFC 2047 encoded words decoded, the spans
    # covering them as written.
    def read(raw: str) -> str:
        return decode_encoded_words(raw) if article.format == "netnews" else raw

    for name, spans in article.spans.items():
        assert len(article.rules[name]) == len(spans), name
        for s in spans:
            assert 0 <= s.start <= s.end <= n, (name, s)
    # Each text field is reproduced by its span.
    for name in _TEXT_FIELDS:
        value = getattr(article, name)
        spans = article.spans[name]
        if value is None:
            assert spans == (), name
        else:
            assert len(spans) == 1, name
            assert fold(read(spans[0].of(text))) == fold(value), name
    assert len(article.spans["paragraphs"]) == len(article.paragraphs)
    for span, para in zip(article.spans["paragraphs"], article.paragraphs, strict=True):
        assert fold(span.of(text)) == fold(para)
        assert para
        assert para.strip() == para
    if article.byline is not None:
        (span,) = article.spans["byline"]
        assert span.of(text) == article.byline.text
        assert tuple(read(s.of(text)) for s in article.spans["authors"]) == article.byline.authors
    if article.attribution is not None and article.spans["attribution"]:
        joined = "\n".join(s.of(text) for s in article.spans["attribution"])
        assert joined == article.attribution.text
    if article.date is not None:
        assert len(article.spans["date"]) == 1
    # Nothing dropped silently: every non-blank character lies in some span.
    covered = bytearray(n)
    for spans in article.spans.values():
        for s in spans:
            covered[s.start : s.end] = b"\x01" * (s.end - s.start)
    lost = [i for i, ch in enumerate(text) if not covered[i] and not is_blank(ch)]
    assert lost == [], f"uncovered characters at {lost[:10]}: {[text[i] for i in lost[:10]]!r}"
    # The JSON round trip is lossless.
    data = json.loads(json.dumps(article.to_dict()))
    again = Article.from_dict(data)
    assert again == article
    assert again.source is None
    assert Article.from_dict(data, source=text).source == text
    if article.date is not None:
        assert isinstance(again.date, dt.datetime)
        assert again.date.utcoffset() == article.date.utcoffset()
        assert again.date.tzname() == article.date.tzname()
