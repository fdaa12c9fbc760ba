"""Parse the project's seed article and show its fields and where they came from."""

from __future__ import annotations

from pathlib import Path

import newsparse

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_96c850f9607146ec.txt"


def main() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = newsparse.parse(text)
    best = newsparse.detect(text)[0]
    print(f"format:       {article.format} (score {best.score:.2f}: {', '.join(best.evidence)})")
    print(f"headline:     {article.headline}")
    print(f"date:         {article.date} ({article.date_precision})")
    print(f"reading time: {article.reading_time} min")
    print(f"summary:      {article.summary}")
    print(f"paragraphs:   {len(article.paragraphs)}")
    if article.attribution is not None:
        print(f"sources:      {', '.join(article.attribution.sources)}")
    print("cut from the body, kept as furniture:")
    for span, rule in zip(article.spans["furniture"], article.rules["furniture"], strict=True):
        print(f"  [{span.start}:{span.end}] {rule}: {span.of(text)!r}")
    (date_span,) = article.spans["date"]
    print(f"the date as written: {date_span.of(text)!r}")


if __name__ == "__main__":
    main()
