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


@pytest.mark.parametrize(
    ("headline", "byline", "date", "lines", "want"),
    [
        # Swedish and Norwegian ``Av``, Danish ``Af``.
        (
            "Kommunen st\u00e4nger badhuset i Norrvik",
            "Av Elsa Lindgren",
            "3 april 2025",
            [
                "Kommunen har beslutat att st\u00e4nga badhuset i Norrvik efter fuktskador.",
                "Badhuset byggdes 1971 och har inte renoverats sedan dess.",
            ],
            (("Elsa Lindgren",), None),
        ),
        (
            "Ny bro over fjorden godkjent",
            "Av Ola Brekke",
            "12. februar 2025",
            [
                "Kommunestyret har godkjent en ny bro over fjorden ved Sandvik.",
                "Broen skal st\u00e5 ferdig i 2028, og den koster mer enn ventet.",
            ],
            (("Ola Brekke",), None),
        ),
        (
            "Ny havn i Strandby godkendt",
            "Af Mette Holm",
            "3. juni 2025",
            [
                "Byr\u00e5det har godkendt en ny havn i Strandby.",
                "Havnen skal st\u00e5 f\u00e6rdig i 2027, og den er st\u00f8rre end den gamle.",
            ],
            (("Mette Holm",), None),
        ),
        # Portuguese and Spanish ``Por``, the outlet after a comma, with no date line
        # under them (names over a date were read as the byline already).
        (
            "Festa de S\u00e3o Jo\u00e3o deve receber 50 mil pessoas",
            "Por Carla Menezes, g1",
            "",
            [
                "A festa de S\u00e3o Jo\u00e3o de Serra Alta deve receber 50 mil pessoas.",
                "A entrada \u00e9 gratuita e a programa\u00e7\u00e3o tem shows de forr\u00f3.",
            ],
            (("Carla Menezes",), "g1"),
        ),
        (
            "El ayuntamiento aprueba el nuevo parque",
            "Por Luis G\u00f3mez",
            "",
            [
                "El ayuntamiento de Valdemora ha aprobado este mi\u00e9rcoles el nuevo parque.",
                "Las obras comenzar\u00e1n en oto\u00f1o y durar\u00e1n un a\u00f1o.",
            ],
            (("Luis G\u00f3mez",), None),
        ),
    ],
)
def test_a_by_of_the_texts_language_opens_a_generic_byline(
    headline: str,
    byline: str,
    date: str,
    lines: list[str],
    want: tuple[tuple[str, ...], str | None],
) -> None:
    authors, org = want
    text = "\n".join([headline, byline, *([date] if date else []), *lines]) + "\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "generic"
    assert a.byline is not None
    assert (a.byline.authors, a.byline.organization) == (authors, org)
    assert a.paragraphs == tuple(lines)
