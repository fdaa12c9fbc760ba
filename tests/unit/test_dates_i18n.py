"""Dates as pages in other languages write them (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.extract.dates import find_dates

# 14 August 2023 - 06:50 in Arabic, written in Arabic-Indic digits.
ARABIC_INDIC = "\u0661\u0664 أغسطس \u0662\u0660\u0662\u0663 - \u0660\u0666:\u0665\u0660"


@pytest.mark.parametrize(
    ("text", "iso", "precision", "raw"),
    [
        ("2023年8月14日 06:50 来源", "2023-08-14T06:50:00", "minute", "2023年8月14日 06:50"),
        ("发布于2023年8月14日", "2023-08-14T00:00:00", "day", "2023年8月14日"),
        ("2023年8月14日 上午6:50", "2023-08-14T06:50:00", "minute", "2023年8月14日 上午6:50"),
        ("2023年8月14日 下午6:50", "2023-08-14T18:50:00", "minute", "2023年8月14日 下午6:50"),
        ("2023年8月14日 6時50分", "2023-08-14T06:50:00", "minute", "2023年8月14日 6時50分"),
        ("2023年8月14日06:50", "2023-08-14T06:50:00", "minute", "2023年8月14日06:50"),
        ("2023년 8월 14일 오후 6:50", "2023-08-14T18:50:00", "minute", "2023년 8월 14일 오후 6:50"),
        # A weekday between the date and the time.
        ("2023年8月14日(月) 6:50", "2023-08-14T06:50:00", "minute", "2023年8月14日(月) 6:50"),
        (
            "2023年8月14日\uff08月\uff096時50分",
            "2023-08-14T06:50:00",
            "minute",
            "2023年8月14日\uff08月\uff096時50分",
        ),
        (
            "2023年8月14日 星期一 06:50",
            "2023-08-14T06:50:00",
            "minute",
            "2023年8月14日 星期一 06:50",
        ),
        ("2023.08.14 (월) 06:50", "2023-08-14T06:50:00", "minute", "2023.08.14 (월) 06:50"),
        ("2023年8月14日(月)", "2023-08-14T00:00:00", "day", "2023年8月14日"),
        ("14 августа 2023, 06:50", "2023-08-14T06:50:00", "minute", "14 августа 2023, 06:50"),
        ("14 августа 2023 в 06:50", "2023-08-14T06:50:00", "minute", "14 августа 2023 в 06:50"),
        ("14 sierpnia 2023, 06:50", "2023-08-14T06:50:00", "minute", "14 sierpnia 2023, 06:50"),
        ("14 Ağustos 2023 06:50", "2023-08-14T06:50:00", "minute", "14 Ağustos 2023 06:50"),
        ("14 ARALIK 2023", "2023-12-14T00:00:00", "day", "14 ARALIK 2023"),
        (
            "14 Agustus 2023 pukul 06:50",
            "2023-08-14T06:50:00",
            "minute",
            "14 Agustus 2023 pukul 06:50",
        ),
        ("14 أغسطس 2023 06:50 ص", "2023-08-14T06:50:00", "minute", "14 أغسطس 2023 06:50 ص"),
        ("14 أغسطس 2023 08:50 م", "2023-08-14T20:50:00", "minute", "14 أغسطس 2023 08:50 م"),
        (ARABIC_INDIC, "2023-08-14T06:50:00", "minute", ARABIC_INDIC),
        ("14 تشرين الأول 2023", "2023-10-14T00:00:00", "day", "14 تشرين الأول 2023"),
        ("14 अगस्त, 2023 06:50", "2023-08-14T06:50:00", "minute", "14 अगस्त, 2023 06:50"),
        ("14 ส.ค. 2566 06:50 น.", "2023-08-14T06:50:00", "minute", "14 ส.ค. 2566 06:50"),
        ("14 สิงหาคม 2566 เวลา 06:50", "2023-08-14T06:50:00", "minute", "14 สิงหาคม 2566 เวลา 06:50"),
        ("14 ส.ค. 66", "2023-08-14T00:00:00", "day", "14 ส.ค. 66"),
        ("14 ส.ค. 2023", "2023-08-14T00:00:00", "day", "14 ส.ค. 2023"),
        ("14 สิงหาคม พ.ศ. 2566", "2023-08-14T00:00:00", "day", "14 สิงหาคม พ.ศ. 2566"),
        # Weekdays in Turkish, Polish, Russian and Indonesian; Turkish may set the
        # weekday between the year and the time.
        (
            "14 Ağustos 2023 Pazartesi 06:50",
            "2023-08-14T06:50:00",
            "minute",
            "14 Ağustos 2023 Pazartesi 06:50",
        ),
        ("Pazartesi, 14 Ağustos 2023", "2023-08-14T00:00:00", "day", "Pazartesi, 14 Ağustos 2023"),
        (
            "poniedziałek, 14 sierpnia 2023",
            "2023-08-14T00:00:00",
            "day",
            "poniedziałek, 14 sierpnia 2023",
        ),
        (
            "понедельник, 14 августа 2023",
            "2023-08-14T00:00:00",
            "day",
            "понедельник, 14 августа 2023",
        ),
        ("14 Aug 2023 Monday 06:50", "2023-08-14T06:50:00", "minute", "14 Aug 2023 Monday 06:50"),
        ("Senin, 14 Agt 2023 06:50", "2023-08-14T06:50:00", "minute", "Senin, 14 Agt 2023 06:50"),
    ],
)
def test_local_dates_are_read(text: str, iso: str, precision: str, raw: str) -> None:
    (found,) = find_dates(text)
    assert found.value.isoformat() == iso
    assert found.precision == precision
    assert found.span.of(text) == raw


def test_east_asian_dates_need_a_real_month_and_all_three_parts() -> None:
    assert list(find_dates("2023年13月14日")) == []
    assert list(find_dates("8月14日 06:50")) == []


def test_a_zone_after_an_indonesian_date_is_read() -> None:
    (found,) = find_dates("Senin, 14 Agustus 2023 06:50 WIB")
    assert found.value.utcoffset() == dt.timedelta(hours=7)


@pytest.mark.parametrize("zone", ["\u041c\u0421\u041a", "(\u043c\u0441\u043a)"])
def test_moscow_time_in_cyrillic_is_a_zone(zone: str) -> None:
    text = f"14 августа 2023, 06:50 {zone}"
    (found,) = find_dates(text)
    assert found.value.utcoffset() == dt.timedelta(hours=3)
    assert found.span.of(text) == text


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Ukrainian, in the genitive.
        ("Опубліковано 3 жовтня 2025, 09:15", "2025-10-03T09:15:00"),
        ("22 травня 2025", "2025-05-22T00:00:00"),
        # Greek, in the genitive, with its accents and in capitals without them.
        ("Δημοσίευση: 3 Οκτωβρίου 2025, 09:15", "2025-10-03T09:15:00"),
        ("22 ΜΑΪΟΥ 2025", "2025-05-22T00:00:00"),
        ("7 ΑΥΓΟΥΣΤΟΥ 2025", "2025-08-07T00:00:00"),
        # Swedish and Norwegian.
        ("Publicerad 22 maj 2025 kl. 09.15", "2025-05-22T09:15:00"),
        ("7 augusti 2025", "2025-08-07T00:00:00"),
        ("Publisert 3. desember 2025", "2025-12-03T00:00:00"),
    ],
)
def test_month_names_of_more_languages(text: str, iso: str) -> None:
    found = next(find_dates(text), None)
    assert found is not None
    assert found.value.isoformat() == iso
