"""Generic texts in other languages (invented text)."""

from __future__ import annotations

import pytest

import newsparse
from tests.laws import check_article

_STOPS = {
    "zh": (
        "统计局发布新数据",
        ["工业增加值同比增长三点七\u3002", "多数行业保持增长\u3002", "下阶段将巩固回升态势\u3002"],
    ),
    "ja": (
        "市が新計画を発表",
        ["市は新計画を発表した\u3002", "費用は十億円となる\uff01", "市長は\u300c急ぎたい\u300d"],
    ),
    "hi": (
        "शहर में नया पार्क",
        ["सरकार ने पार्क को मंजूरी दी\u0964", "काम अगले महीने शुरू होगा\u0964", "लोग खुश हैं\u0964"],
    ),
    "ar": (
        "افتتاح محطة جديدة",
        ["افتتحت الحكومة محطة جديدة اليوم.", "هل تكفي المياه\u061f", "قال الوزير ذلك."],
    ),
}


@pytest.mark.parametrize("lang", sorted(_STOPS))
def test_lines_that_end_with_a_stop_of_their_script_are_paragraphs(lang: str) -> None:
    headline, lines = _STOPS[lang]
    text = headline + "\n\n" + "\n".join(lines) + "\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "generic"
    assert a.paragraphs == tuple(lines)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2023年8月14日 06:50", "2023-08-14T06:50:00"),
        ("2023년 8월 14일 오후 6:50", "2023-08-14T18:50:00"),
        ("14 августа 2023, 06:50", "2023-08-14T06:50:00"),
        ("14 ส.ค. 2566 06:50 น.", "2023-08-14T06:50:00"),
        # Arabic labels: published on, date of publishing.
        ("\u0646\u0634\u0631 \u0641\u064a: 05 \u0645\u0627\u0631\u0633 2024 - 10:30",
         "2024-03-05T10:30:00"),
        (("\u062a\u0627\u0631\u064a\u062e \u0627\u0644\u0646\u0634\u0631: "
          "05 \u0645\u0627\u0631\u0633 2024"), "2024-03-05T00:00:00"),
    ],
)  # fmt: skip
def test_a_local_date_line_under_the_headline_dates_a_generic_text(line: str, iso: str) -> None:
    text = f"A headline of the story\n\n{line}\n\nThe first paragraph of the story.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "generic"
    assert a.date is not None
    assert a.date.isoformat() == iso
    assert a.paragraphs == ("The first paragraph of the story.",)


def test_an_arabic_update_line_over_the_published_one_gives_the_published_date() -> None:
    # آخر تحديث (last update) over نشر في (published on).
    text = (
        "A headline of the story\n\n"
        "\u0622\u062e\u0631 \u062a\u062d\u062f\u064a\u062b: "
        "05 \u0645\u0627\u0631\u0633 2024 - 14:10\n"
        "\u0646\u0634\u0631 \u0641\u064a: 05 \u0645\u0627\u0631\u0633 2024 - 10:30\n\n"
        "The first paragraph of the story.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date is not None
    assert a.date.isoformat() == "2024-03-05T10:30:00"
    assert a.paragraphs == ("The first paragraph of the story.",)
