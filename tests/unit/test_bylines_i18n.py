"""Bylines as pages in other languages write them (invented names)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.extract.bylines import (
    find_labelled_byline,
    read_byline,
    read_signature,
    reads_as_names,
)
from tests.laws import check_article

# Greek words, spelt by code point: "tou" and "tis" (of the, by), two writers' names in
# the genitive, and "Greece('s) the economy grows".
_TOU = "\u03a4\u03bf\u03c5"
_TIS = "\u03a4\u03b7\u03c2"
_NIKOU = "\u039d\u03af\u03ba\u03bf\u03c5 \u0391\u03bb\u03b5\u03be\u03af\u03bf\u03c5"
_ELENIS = "\u0395\u03bb\u03ad\u03bd\u03b7\u03c2 \u039c\u03b1\u03c5\u03c1\u03af\u03b4\u03b7"
_GREECE_GROWS = (
    "\u0395\u03bb\u03bb\u03ac\u03b4\u03b1\u03c2 \u03b7 "
    "\u03bf\u03b9\u03ba\u03bf\u03bd\u03bf\u03bc\u03af\u03b1 "
    "\u03b1\u03bd\u03b1\u03c0\u03c4\u03cd\u03c3\u03c3\u03b5\u03c4\u03b1\u03b9"
)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("记者 张明远", ("张明远",)),
        ("本报记者 张明远 李红", ("张明远", "李红")),
        ("记者 张明远、李红", ("张明远", "李红")),
        ("记者 约翰\u00b7史密斯", ("约翰\u00b7史密斯",)),
        ("文\uff0f王小明", ("王小明",)),
        ("作者\uff1a王晓东", ("王晓东",)),
        ("김민수 기자", ("김민수",)),
        ("김민수 기자 minsu@example.com", ("김민수",)),
        ("김민수 기자 (minsu@example.com)", ("김민수",)),
        ("김민수\u00b7이지은 기자", ("김민수", "이지은")),
        ("كتب: أحمد سالم", ("أحمد سالم",)),
        ("بقلم: منى عبد الرحمن", ("منى عبد الرحمن",)),
        ("Автор: Ирина Соколова", ("Ирина Соколова",)),
        ("Текст: Дмитрий Орлов", ("Дмитрий Орлов",)),
        ("लेखक: राहुल शर्मा", ("राहुल शर्मा",)),
        ("द्वारा: सुनीता वर्मा", ("सुनीता वर्मा",)),
        ("โดย สมชาย ใจดี", ("สมชาย ใจดี",)),
        ("Oleh: Budi Santoso", ("Budi Santoso",)),
        ("Penulis: Siti Rahmawati | Editor: Andi Pratama", ("Siti Rahmawati",)),
        ("Yazar: Mehmet Demir", ("Mehmet Demir",)),
        ("Autor: Anna Kowalska", ("Anna Kowalska",)),
        ("Ein Artikel von Max Roth", ("Max Roth",)),
        # Roles between Chinese names, text-and-pictures labels, a further label after
        # a space, a dash for the colon, a Korean desk before the name.
        ("本报记者 张明远 通讯员 李红", ("张明远", "李红")),
        ("记者 张明远 实习生 李红", ("张明远", "李红")),
        ("文/图 记者 张明远", ("张明远",)),
        ("文\uff0f图 本报记者 张明远", ("张明远",)),
        ("记者\uff1a张明远 摄影\uff1a李红", ("张明远",)),
        ("كتب - أحمد سالم", ("أحمد سالم",)),
        ("문화부 김민수 기자", ("김민수",)),
        # A label, then a By of its own; two names joined by the language's "and".
        ("AUTOR: von Jana Schmidt", ("Jana Schmidt",)),
        ("Autor: por Ana Ruiz", ("Ana Ruiz",)),
        ("Oleh: Budi Santoso dan Siti Aminah", ("Budi Santoso", "Siti Aminah")),
        ("Yazar: Ali Kaya ve Zeynep Arslan", ("Ali Kaya", "Zeynep Arslan")),
        ("Автор: Ирина Соколова и Дмитрий Орлов", ("Ирина Соколова", "Дмитрий Орлов")),
        ("Autor: Anna Kowalska i Piotr Nowak", ("Anna Kowalska", "Piotr Nowak")),
        # Greek: the genitive article, then the name in the genitive, as written.
        (f"{_TOU} {_NIKOU}", (_NIKOU,)),
        (f"{_TIS} {_ELENIS}", (_ELENIS,)),
    ],
)
def test_local_labels_open_bylines(text: str, authors: tuple[str, ...]) -> None:
    found = read_byline(text)
    assert found is not None
    assert found.byline.authors == authors
    assert tuple(s.of(text) for s in found.author_spans) == authors


def test_a_chinese_byline_names_the_place_it_reports_from() -> None:
    text = "記者陳怡君\uff0f高雄報導"
    found = read_byline(text)
    assert found is not None
    assert found.byline.authors == ("陳怡君",)
    assert [s.of(text) for s in found.places] == ["高雄"]


@pytest.mark.parametrize(
    "text",
    [
        "记者从市住建局获悉\uff0c今年将新建学校",
        "记者了解到\uff0c目前全市共有公租房一万套",
        "기자회견에서 시장이 밝혔다",
        "โดยราคายางแผ่นดิบเฉลี่ยอยู่ที่กิโลกรัมละห้าสิบสองบาท",
        "首页 国内 国际",
        # Greek "Of Greece the economy grows": the article before a sentence.
        f"{_TIS} {_GREECE_GROWS}",
        # "Of Athens", a story's heading: the article before one capitalised word.
        f"{_TIS} \u0391\u03b8\u03ae\u03bd\u03b1\u03c2",
    ],
)
def test_sentences_after_the_labels_are_no_bylines(text: str) -> None:
    assert read_byline(text) is None


def test_a_label_after_other_labelled_parts_opens_the_byline() -> None:
    text = "来源\uff1a北方日报 作者\uff1a王晓东"
    found = find_labelled_byline(text)
    assert found is not None
    assert found.byline.authors == ("王晓东",)
    assert found.span.of(text) == "作者\uff1a王晓东"
    assert find_labelled_byline("来源\uff1a北方日报") is None


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("\uff08山田太郎\uff09", ("山田太郎",)),
        ("(山田太郎)", ("山田太郎",)),
        ("\uff08北浜支局\u30fb山田太郎\uff09", ("山田太郎",)),
        ("\uff08経済部 佐藤花子\uff09", ("佐藤花子",)),
        ("\uff08山田太郎\u3001佐藤花子\uff09", ("山田太郎", "佐藤花子")),
    ],
)
def test_a_japanese_signature_names_the_reporters(text: str, authors: tuple[str, ...]) -> None:
    found = read_signature(text)
    assert found is not None
    assert found.byline.authors == authors
    assert tuple(s.of(text) for s in found.author_spans) == authors


@pytest.mark.parametrize("text", ["(Reuters)", "\uff08完\uff09", "\uff08編集\uff1a赵丽\uff09"])
def test_other_lines_in_brackets_are_no_signature(text: str) -> None:
    assert read_signature(text) is None


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Por Ana Ruiz y Luis Gómez", ("Ana Ruiz", "Luis Gómez")),
        ("Por Ana Costa e João Silva", ("Ana Costa", "João Silva")),
        ("Sanne Jansen en Tom Bakker", ("Sanne Jansen", "Tom Bakker")),
        ("Marco Rossi e Giulia Bianchi", ("Marco Rossi", "Giulia Bianchi")),
        # One person: a single word on one side of the joining word.
        ("Por José Ortega y Gasset", ("José Ortega y Gasset",)),
        ("POR ANA RUIZ Y LUIS GÓMEZ", ("ANA RUIZ", "LUIS GÓMEZ")),
        # A middle initial in capitals is no joining word.
        ("By Mary Ann E Lee Park", ("Mary Ann E Lee Park",)),
    ],
)
def test_y_e_and_en_between_two_full_names_part_two_people(
    text: str, authors: tuple[str, ...]
) -> None:
    found = read_byline(text, require_prefix=False)
    assert found is not None
    assert found.byline.authors == authors
    assert tuple(s.of(text) for s in found.author_spans) == authors


def test_avec_after_par_joins_the_agency() -> None:
    found = read_byline("Par Julien Moreau avec AFP")
    assert found is not None
    assert found.byline.authors == ("Julien Moreau",)
    assert found.byline.organization == "AFP"


def test_with_words_join_names_after_a_prefix_the_caller_cut() -> None:
    text = "Giulia Bianchi con ANSA"
    found = read_byline(text, require_prefix=False, prefixed=True)
    assert found is not None
    assert found.byline.authors == ("Giulia Bianchi",)
    assert read_byline(text, require_prefix=False) is None


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Reporter: Dewi Lestari | Editor: Rudi Hartono", ("Dewi Lestari",)),
        ("Haber: Ali Kaya", ("Ali Kaya",)),
        ("रिपोर्ट: अमित कुमार", ("अमित कुमार",)),
    ],
)
def test_more_labels_open_bylines(text: str, authors: tuple[str, ...]) -> None:
    found = read_byline(text)
    assert found is not None
    assert found.byline.authors == authors


@pytest.mark.parametrize(
    ("text", "authors", "organization"),
    [
        # An outlet that a word of letters and digits marks, after the names and a
        # comma: no person's name is so written.
        ("Por Renata Azevedo, g1 Campos Altos", ("Renata Azevedo",), "g1 Campos Altos"),
        (
            "Por Luana Figueir\u00f3, Portal N1 Campo Alegre",
            ("Luana Figueir\u00f3",),
            "Portal N1 Campo Alegre",
        ),
        ("By Jane Doe and Sam Roe, 9News", ("Jane Doe", "Sam Roe"), "9News"),
    ],
)
def test_an_outlet_a_number_marks_after_the_names_is_the_organization(
    text: str, authors: tuple[str, ...], organization: str | None
) -> None:
    found = read_byline(text)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization == organization


def test_a_role_a_number_marks_after_the_names_is_no_organization() -> None:
    # ``F1 Correspondent``: the writer's role, not an outlet.
    found = read_byline("By Tom Reyes, F1 Correspondent")
    assert found is not None
    assert found.byline.authors == ("Tom Reyes",)
    assert found.byline.organization is None


@pytest.mark.parametrize(
    "text", ["By Amy Lund, U23 Coach", "By Jo Roe, WX4 Meteorologist", "By Sam Poe, KX9 Anchor"]
)
def test_a_post_a_number_marks_after_the_names_is_no_organization(text: str) -> None:
    # A guest writer's or a broadcaster's post (``U23 Coach``, ``WX4 Meteorologist``) is
    # worded as a number-marked outlet (``g1 Campos Altos``) but names a person's post.
    found = read_byline(text)
    assert found is not None
    assert found.byline.authors == (text[3:].split(",", maxsplit=1)[0],)
    assert found.byline.organization is None
    assert found.byline.text == text


def test_a_club_crews_coach_signs_a_page_with_no_outlet() -> None:
    text = (
        "Valley Herald\nHome\nSport\nRowing\n"
        "Club crew wins regional title\n"
        "By Amy Lund, U23 Coach\n"
        "March 3, 2025\n"
        "The club crew won the regional title on the river on Saturday, beating the "
        "favourites by a length in the final.\n"
        "The crew trained through the winter on the flooded river, often in the dark.\n"
        "They race at the national championships next month.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Amy Lund",)
    assert a.byline.organization is None


@pytest.mark.parametrize(
    ("line", "label", "authors"),
    [
        ("Av Maja Lind", "Av", ("Maja Lind",)),
        ("Af Mette Holm", "Af", ("Mette Holm",)),
        ("Por Ana Ruiz", "Por", ("Ana Ruiz",)),
    ],
)
def test_a_foreign_by_is_read_when_the_callable_takes_its_word(
    line: str, label: str, authors: tuple[str, ...]
) -> None:
    # The callable is given the word, so a caller reads each only in its languages.
    asked: list[str] = []

    def writes(word: str) -> bool:
        asked.append(word)
        return True

    found = read_byline(line, foreign=writes)
    assert found is not None
    assert found.byline.authors == authors
    assert asked == [label]
    assert read_byline(line, foreign=lambda _word: False) is None


@pytest.mark.parametrize(
    ("sign", "agency"),
    [("\uff08\u5171\u540c\uff09", "Kyodo"), ("\uff08\u6642\u4e8b\uff09", "Jiji Press")],
)
def test_a_japanese_agency_s_sign_off_is_a_source_not_a_writer(sign: str, agency: str) -> None:
    assert read_signature(sign) is None
    story = (
        "政府は14日、電気料金の補助を5月まで延長する方針を固めた。家計の負担を減らす狙いがある。",
        "補助額は1キロワット時あたり3.5円とし、6月以降の扱いは改めて検討する。",
    )
    text = (
        "政府、電気料金の補助を延長へ\uff1a西海ニュース\n西海ニュース\nトップ\n政治\n経済\n国際\n"
        "スポーツ\n政府、電気料金の補助を延長へ\n2025年3月14日 18:30\n"
        + "\n".join(story)
        + f"\n{sign}\nシェアする\nプライバシーポリシー\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None
    assert a.attribution is not None
    assert a.attribution.sources == (agency,)
    assert a.paragraphs == story


@pytest.mark.parametrize(
    ("text", "authors", "org", "place"),
    [
        ("Por Ana Lima, g1 SP \u2014 São Paulo", ("Ana Lima",), "g1 SP", "São Paulo"),
        (
            "Por Ana Lima e João Souza, g1 \u2014 Rio de Janeiro",
            ("Ana Lima", "João Souza"),
            "g1",
            "Rio de Janeiro",
        ),
        ("Por Ana Lima, Portal Vale RJ \u2013 Niterói", ("Ana Lima",), "Portal Vale RJ", "Niterói"),
        (
            "Por Ana Lima, TV Serra \u2014 Belo Horizonte",
            ("Ana Lima",),
            "TV Serra",
            "Belo Horizonte",
        ),
        # Three writers and a place: ``e`` joins the last, and no desk follows.
        (
            "Por Ana Lima, João Souza e Rita Prado \u2014 Recife",
            ("Ana Lima", "João Souza", "Rita Prado"),
            None,
            "Recife",
        ),
        # A paper's name with no desk's mark after the writer: the organisation, never a
        # second writer (a second one is joined by ``e``).
        (
            "Por Ana Lima, Valor Econômico \u2014 São Paulo",
            ("Ana Lima",),
            "Valor Econômico",
            "São Paulo",
        ),
        (
            "Por Carla Mendes, Agência Brasil \u2014 Brasília",
            ("Carla Mendes",),
            "Agência Brasil",
            "Brasília",
        ),
    ],
)
def test_a_portal_s_byline_ends_with_its_desk_and_place(
    text: str, authors: tuple[str, ...], org: str | None, place: str
) -> None:
    found = read_byline(text, foreign=True)
    assert found is not None
    assert found.byline.authors == authors
    assert found.byline.organization == org
    assert [p.of(text) for p in found.places] == [place]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Par Le Courrier du Val", "Le Courrier du Val"),
        ("Por El Heraldo del Sur", "El Heraldo del Sur"),
        ("Par Les Nouvelles du Val", "Les Nouvelles du Val"),
        ("Par Le Courrier du Val avec AFP", "AFP"),
    ],
)
def test_a_paper_s_name_after_a_foreign_by_is_no_writer(text: str, org: str) -> None:
    found = read_byline(text, foreign=True)
    assert found is not None
    assert found.byline.authors == ()
    assert found.byline.organization == org


def test_a_writer_whose_surname_holds_an_article_is_still_one() -> None:
    found = read_byline("Par Jean Le Gall et Marie Dupont", foreign=True)
    assert found is not None
    assert found.byline.authors == ("Jean Le Gall", "Marie Dupont")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Par El Hadji Ibrahima Thiam", "El Hadji Ibrahima Thiam"),
        ("Por Le Thi Hoa", "Le Thi Hoa"),
        ("Von Il Kyu Park", "Il Kyu Park"),
    ],
)
def test_an_article_of_another_language_after_a_foreign_by_opens_a_name(
    text: str, author: str
) -> None:
    # Only the By's own language's articles open a paper's name: El is no French
    # article (Senegalese writers sign Par El Hadji ...), Le no Spanish one (adversarial
    # review: the writer was dropped).
    found = read_byline(text, foreign=True)
    assert found is not None
    assert found.byline.authors == (author,)


# Greek institutions in the genitive (of the Ministry of Finance, of the Bank of Greece,
# of the Municipality of Athens, in capitals without accents of the Ministry of the
# Environment) and two writers joined by "kai" and the second name's article.
_EL_MINISTRY = f"{_TOU} Υπουργείου Οικονομικών"
_EL_BANK = f"{_TIS} Τράπεζας Ελλάδος"
_EL_CITY = f"{_TOU} Δήμου Αθηναίων"
_EL_MINISTRY_CAPS = f"{_TOU.upper()} ΥΠΟΥΡΓΕΙΟΥ ΠΕΡΙΒΑΛΛΟΝΤΟΣ"
_GIANNI = "Γιάννη Παπαδοπούλου"
_MARIAS = "Μαρίας Νικολάου"
_KAI = "και"
_VASILI = "Βασίλη Βασιλείου"


@pytest.mark.parametrize("line", [_EL_MINISTRY, _EL_BANK, _EL_CITY, _EL_MINISTRY_CAPS])
def test_a_greek_institution_in_the_genitive_is_no_writer(line: str) -> None:
    assert read_byline(line) is None
    assert read_byline(line, require_prefix=False) is None
    text = f"Headline of the story\n{line}\n3 May 2025\n{_GREECE_GROWS}.\nMore of it here.\n"
    a = newsparse.parse(text)
    assert a.byline is None
    check_article(text, a)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        (f"{_TOU} {_GIANNI} {_KAI} {_TIS[0].lower()}{_TIS[1:]} {_MARIAS}", (_GIANNI, _MARIAS)),
        (f"{_TIS} {_MARIAS} {_KAI} {_TOU[0].lower()}{_TOU[1:]} {_GIANNI}", (_MARIAS, _GIANNI)),
        (f"{_TOU} {_GIANNI} {_KAI} {_NIKOU}", (_GIANNI, _NIKOU)),
        # A surname that ends as an institution's word may (Vasileiou): it is no such word.
        (f"{_TOU} {_VASILI}", (_VASILI,)),
    ],
)
def test_greek_writers_joined_by_kai_are_two(line: str, authors: tuple[str, ...]) -> None:
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == authors
    assert tuple(s.of(line) for s in found.author_spans) == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Нижний Новгород", False),
        ("Великий Новгород", False),
        ("Старый Оскол", False),
        ("Южная Корея", False),
        ("Верхняя Пышма", False),
        ("Набережные Челны", False),
        ("Иван Петров", True),
        ("Дмитрий Орлов", True),
        ("Василий Кривой", True),
        ("Евгений Белый", True),
        ("Анна Смирнова", True),
    ],
)
def test_a_russian_place_opening_with_an_adjective_is_no_writer(line: str, names: bool) -> None:
    found = read_byline(line, require_prefix=False)
    assert (found is not None and reads_as_names(found)) is names
    text = f"Заголовок новости\n{line}\n3 июня 2025, 18:30\nЖители ждали этого давно.\n"  # noqa: RUF001
    a = newsparse.parse(text)
    assert (a.byline is not None and a.byline.authors == (line,)) is names
    check_article(text, a)


@pytest.mark.parametrize(
    "second",
    [
        # Of the newsroom, of the Athens agency, correspondents, photographs: what
        # "kai" joins there credits no writer (adversarial review of the split).
        "της Σύνταξης",
        "του Αθηναϊκού Πρακτορείου",
        "Ανταποκριτών",
        f"{_TOU.upper()} \u0391\u03a0\u0395-\u039c\u03a0\u0395",
    ],
)
def test_greek_kai_before_no_writers_name_adds_no_author(second: str) -> None:
    line = f"{_TOU} {_GIANNI} {_KAI} {second}"
    found = read_byline(line)
    assert found is not None
    assert found.byline.authors == (_GIANNI,)
    text = f"Headline of the story\n{line}\n3 May 2025\n{_GREECE_GROWS}.\nMore of it here.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == (_GIANNI,)


@pytest.mark.parametrize(
    "line",
    [
        # A surname set before the given name ends as an adjective does: -ская, -ский,
        # Ukrainian -ський, -ой; Bulgarian's given name Благой (adversarial review).
        "Ковальская Анна",
        "Жуковский Олег",
        "Ковальський Андрій",
        "Толстой Андрей",
        "Благой Иванов",
        # Surnames with a place adjective's own ending (-ная, -ный), a given name after.
        "Бережная Ольга",
        "Лесная Мария",
        "Бережный Олег",
    ],
)
def test_a_surname_before_the_given_name_is_no_russian_place(line: str) -> None:
    found = read_byline(line, require_prefix=False)
    assert found is not None
    assert reads_as_names(found)
    text = f"Заголовок новости\n{line}\n3 июня 2025, 18:30\nЖители ждали этого давно.\n"  # noqa: RUF001
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == (line,)


@pytest.mark.parametrize(
    "line",
    # A place's adjective before its noun, or a saint's before a given name: no writer.
    ["Южная Корея", "Красная Поляна", "Нижний Новгород", "Святая Анна", "Новая Мария"],
)
def test_a_place_adjective_before_a_noun_or_a_given_name_is_no_writer(line: str) -> None:
    found = read_byline(line, require_prefix=False)
    assert found is None or not found.byline.authors or not reads_as_names(found)
