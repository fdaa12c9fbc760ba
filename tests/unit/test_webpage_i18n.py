"""Web pages in other languages, flattened to text (invented pages and names)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse._text import split_lines
from newsparse.extract.classify import classify_lines, line_shape
from newsparse.extract.furniture import furniture_rule
from newsparse.formats.webpage import WebpageFormat
from newsparse.stopwords import guess_language
from tests.laws import check_article

PAGES = Path(__file__).parent.parent / "data" / "i18n_pages"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (PAGES / "expected.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_pages_in_other_languages_are_read(name: str) -> None:
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    want = EXPECTED[name]
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.headline == want["headline"]
    assert a.date is not None
    assert a.date.isoformat() == want["date"]
    assert a.date_precision == want["precision"]
    assert (a.byline.authors if a.byline else ()) == tuple(want["authors"])
    assert len(a.paragraphs) == want["paragraphs"]
    assert a.paragraphs[0].startswith(want["first"])
    assert a.paragraphs[-1].endswith(want["last"])


def test_every_page_has_its_expectations() -> None:
    assert sorted(p.stem for p in PAGES.glob("*.txt")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 20


_HINDI_MENU = "होम\nदेश\nविदेश\nराज्य\nखेल\nमनोरंजन\n"
_THAI_MENU = "หน้าแรก\nข่าว\nการเมือง\nเศรษฐกิจ\nกีฬา\nบันเทิง\n"


@pytest.mark.parametrize("menu", [_HINDI_MENU, _THAI_MENU])
def test_a_menu_of_words_with_vowel_marks_is_a_menu(menu: str) -> None:
    # Hindi and Thai write vowels as marks between the letters of a word.
    assert "menu-run" in WebpageFormat().explain("Title of the page here\n" + menu)[1]


@pytest.mark.parametrize(
    "line",
    [
        "होम / राज्य",
        "หน้าแรก > เศรษฐกิจ",
        "Strona główna > Gospodarka",
        "当前位置\uff1a首页 > 社会 > 本地",
    ],
)
def test_breadcrumbs_of_more_languages_are_chrome(line: str) -> None:
    page = f"{line}\nA headline of the page\n"
    assert "chrome-head" in WebpageFormat().explain(page)[1]


@pytest.mark.parametrize(
    ("line", "evidence"),
    [
        ("शेयर करें", "share-row"),
        ("แชร์", "share-row"),
        ("Udostępnij", "share-row"),
        ("ये भी पढ़ें", "related-list"),
        ("Czytaj także", "related-list"),
        ("Benzer Haberler", "related-list"),
        ("Материалы по теме", "related-list"),
        ("延伸閱讀", "related-list"),
        ("राज्य में भारी बारिश", ""),
    ],
)
def test_share_and_related_labels_of_more_languages(line: str, evidence: str) -> None:
    found = WebpageFormat().explain(f"Some headline of the page\n{line}\n")[1]
    if evidence:
        assert evidence in found
    else:
        assert "share-row" not in found
        assert "related-list" not in found


def test_legal_links_of_more_languages_close_the_page() -> None:
    page = "Some headline of the page\n" + "\n".join(["Body line."] * 3) + "\nगोपनीयता नीति\n"
    assert "footer-links" in WebpageFormat().explain(page)[1]


def _page(name: str) -> str:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8")


def test_a_headline_under_its_page_title_is_the_headline_though_it_reads_as_prose() -> None:
    # A Turkish headline with a comma reads as prose (few stop words, no capitals);
    # under the title that holds it and the site's name, it is the <h1>.
    text = _page("tr1")
    a = newsparse.parse(text)
    h1 = EXPECTED["tr1"]["headline"]
    (title,) = [ln for ln in text.splitlines() if ln.startswith(h1 + " - ")]
    assert a.headline == h1
    assert a.spans["headline"][0].start == text.index(h1 + "\n", text.index(title) + 1)


def test_a_byline_in_another_language_is_no_headline() -> None:
    # The byline under the <h1> (a reporter and the place she reports from) opens the
    # article as a By line does: the headline is above it.
    a = newsparse.parse(_page("zh-tw2"))
    assert a.headline == EXPECTED["zh-tw2"]["headline"]
    assert a.byline is not None
    assert a.byline.authors == ("\u9673\u6021\u541b",)


def test_the_danda_ends_a_hindi_sentence() -> None:
    assert line_shape("राज्य सरकार ने नए पार्क को मंजूरी दे दी है।").sentence_end


def test_hindi_pages_are_known_by_their_stop_words() -> None:
    words = "राज्य के कई जिलों में पिछले चौबीस घंटों से लगातार भारी बारिश हो रही है".split()
    assert guess_language(words) == "hi"
    text = "मौसम विभाग ने अगले दो दिनों के लिए बारह जिलों में अलर्ट जारी किया है और लोगों से अपील की है\n"
    (info,) = classify_lines(text, split_lines(text))
    assert info.kind == "prose"


def test_a_bracketed_name_under_chinese_text_is_no_signature() -> None:
    # A Chinese article may close with its agency's name in brackets: no reporter.
    text = _page("zh3").replace("\uff08编辑\uff1a赵丽\uff09", "\uff08新华社\uff09")
    text = text.replace(" 作者\uff1a王晓东", "")
    a = newsparse.parse(text)
    assert a.headline == EXPECTED["zh3"]["headline"]
    assert a.byline is None


def test_a_japanese_signature_under_the_text_is_the_byline() -> None:
    text = _page("ja1")
    a = newsparse.parse(text)
    assert a.byline is not None
    assert a.byline.authors == ("山田太郎",)
    assert a.spans["byline"][0].of(text) == "\uff08山田太郎\uff09"
    assert all("山田太郎" not in p for p in a.paragraphs)


def test_a_lower_case_di_opens_an_italian_byline() -> None:
    a = newsparse.parse(_page("it2"))
    assert a.byline is not None
    assert a.byline.authors == ("Giulia Bianchi",)
    assert all("Giulia Bianchi" not in p for p in a.paragraphs)


def test_a_korean_byline_beside_a_labelled_date() -> None:
    text = _page("ko3")
    a = newsparse.parse(text)
    assert a.byline is not None
    assert a.byline.authors == ("박지훈",)
    assert a.spans["date"][0].of(text) == "2023-08-14 06:50"


def test_an_update_and_the_publication_on_one_line_give_the_publication() -> None:
    text = _page("fr3")
    a = newsparse.parse(text)
    assert a.headline == EXPECTED["fr3"]["headline"]
    assert a.spans["date"][0].of(text) == "14 ao\u00fbt 2023 \u00e0 06h50"


def test_a_foreign_by_line_over_the_date_is_no_headline() -> None:
    a = newsparse.parse(_page("es3"))
    assert a.headline == EXPECTED["es3"]["headline"]
    assert a.byline is not None
    assert a.byline.authors == ("Ana Ruiz", "Luis G\u00f3mez")


_ES_MENU = "Inicio\nPolítica\nEconomía\nDeportes\nCultura\nOpinión\nInternacional\n"
_ES_BODY = (
    "El ayuntamiento votó el martes cerrar el viejo puente del puerto a los coches.\n"
    "Los ingenieros encontraron grietas en dos de los pilares el año pasado, dijo la ciudad.\n"
    "Se prevé un nuevo puente para 2026, pero aún no hay dinero para construirlo.\n"
)


@pytest.mark.parametrize(
    ("names", "authors"),
    [("ANA RUIZ", ("ANA RUIZ",)), ("Ana Ruiz y Luis Gómez", ("Ana Ruiz", "Luis Gómez"))],
)
def test_an_h1_over_a_standfirst_over_names_without_a_label_is_the_headline(
    names: str, authors: tuple[str, ...]
) -> None:
    # The <h1> (longer than the title's words), the standfirst, the writer's name with
    # no ``Por`` and the date: the standfirst is no headline, though it stands over
    # the names as the <h1> stands over a byline.
    h1 = "Cierran el viejo puente del puerto a los coches"
    standfirst = "El ayuntamiento busca dinero para una nueva estructura"
    text = (
        "Cierran el viejo puente | El Diario del Puerto\n"
        + _ES_MENU
        + f"{h1}\n{standfirst}\n{names}\n"
        + "Madrid - 14 ago 2023 - 06:50 CEST\n"
        + _ES_BODY
        + "Aviso legal\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == h1
    assert a.summary == standfirst
    assert a.byline is not None
    assert a.byline.authors == authors
    assert a.date is not None
    assert a.date.isoformat() == "2023-08-14T06:50:00+02:00"
    assert a.paragraphs == tuple(_ES_BODY.splitlines())


def test_names_over_their_town_over_the_date_are_the_byline_of_a_page_not_in_english() -> None:
    # A Spanish sports page sets the writer's town between the names and the date.
    text = (
        "Cierran el viejo puente del puerto a los coches | El Diario del Puerto\n"
        + _ES_MENU
        + "Cierran el viejo puente del puerto a los coches\nJavier Olmedo\nRivera\n"
        + "09 feb 2025 - 22:41\n"
        + _ES_BODY
        + "Aviso legal\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Javier Olmedo",)
    assert a.date is not None
    assert a.date.date().isoformat() == "2025-02-09"
    assert a.paragraphs == tuple(_ES_BODY.splitlines())


_DE_MENU = "Startseite\nPolitik\nWirtschaft\nSport\nKultur\nRegion\nPanorama\n"
_DE_BODY = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Monat "
    "für Autos zu sperren.\n"
    "Ingenieure hatten im vergangenen Jahr Risse in zwei Pfeilern gefunden, teilte die "
    "Stadt mit.\n"
    "Eine neue Brücke ist für 2026 geplant, das Geld dafür fehlt aber noch.\n"
)


@pytest.mark.parametrize("label", ["Das Wichtigste in Kürze", "Auf einen Blick"])
def test_a_box_of_points_under_a_german_label_over_the_body_stays_out(label: str) -> None:
    text = (
        "Alte Hafenbrücke wird gesperrt | Stadtanzeiger\n"
        + _DE_MENU
        + "Alte Hafenbrücke wird gesperrt\nVon Anna Weber\n14.08.2023, 06:50 Uhr\n"
        + f"{label}\n"
        + "Die Brücke wird ab September für Autos gesperrt.\n"
        + "In zwei Pfeilern wurden Risse gefunden.\n"
        + "Ein Neubau ist für 2026 geplant.\n"
        + "Foto: dpa\n"
        + _DE_BODY
        + "Impressum\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_DE_BODY.splitlines())


def test_a_review_form_ends_the_article_above_a_sidebar_of_teasers() -> None:
    # A Russian page: the article, parted by a list of short items, then its readers'
    # reviews (a heading, then the form's link, Dobavit' otzyv) and a sidebar of other
    # stories, each a title over its one-line blurb. The form ends the article's
    # second part, which the list parted from the first.
    text = (PAGES.parent / "ru_reviews_sidebar.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    first, second = lines[4:8], lines[16:19]
    # The list's lead-in closes the first part; the form follows the second.
    assert first[-1].endswith(":")
    assert (
        lines[20]
        == "\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043e\u0442\u0437\u044b\u0432"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs[:4] == tuple(first)
    assert a.paragraphs[-3:] == tuple(second)


def test_a_word_behind_a_low_opening_quote_counts_as_a_word() -> None:
    # German opens a quotation with a low quote: the word behind it is a word of the
    # line (a stop word here), so the quoted sentence is prose, not a short line.
    text = (
        "Eine Einleitung.\n"
        "\u201eDas war ein langer Tag f\u00fcr uns\u201c, sagte Bauleiterin Petra Holm.\n"
    )
    lines = split_lines(text)
    shape = line_shape(lines[1].text, frozenset(("das", "ein", "f\u00fcr", "uns")))
    assert (shape.words, shape.stop) == (11, 4)
    de = text + "Die Arbeiten sollen im Herbst enden, teilte die Stadt mit.\n"
    assert classify_lines(de, split_lines(de))[1].kind == "prose"


# A German story parted by a box of one other story, then a quote, a subheading over a
# list whose entries open in lower case but for their nouns, and a closing sentence.
_DE_STORY_TAIL = (
    "\u201eSo ruhig war es hier am Morgen noch nie\u201c, sagte Stadtgärtner Tobias Reuter.\n"
    "Was sich ändert\n"
    "Neue Bänke entlang der Promenade\n"
    "einen zweiten Spielplatz\n"
    "Beleuchtung bis Mitternacht\n"
    "Der Park bleibt während der Arbeiten geöffnet.\n"
)


@pytest.mark.parametrize("box", ["", "Mehr zum Thema\nNeuer Radweg am Stadtsee eröffnet\n"])
def test_a_german_story_goes_on_under_a_box_of_one_link_with_its_list(box: str) -> None:
    text = (
        "Stadtpark wird erneuert | Stadtanzeiger\n"
        + _DE_MENU
        + "Stadtpark wird erneuert\nVon Anna Weber\n14.08.2023, 06:50 Uhr\nTeilen\n"
        + _DE_BODY
        + box
        + _DE_STORY_TAIL
        + "Impressum\nDatenschutz\nKontakt\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (*_DE_BODY.splitlines(), *_DE_STORY_TAIL.splitlines())


def test_nordic_pages_are_known_by_their_stop_words() -> None:
    swedish = "Kommunen har beslutat att bygga en ny bro över älven och arbetet ska börja i vår"
    norwegian = (
        "Kommunen har ikke bestemt seg ennå, og arbeidet skal etter planen starte til høsten"
    )
    danish = (
        "Kommunen har endnu ikke besluttet sig, og arbejdet skal efter planen starte til efteråret"
    )
    assert guess_language(swedish.split()) == "sv"
    assert guess_language(norwegian.split()) in {"no", "da"}
    assert guess_language(danish.split()) in {"no", "da"}


_SV_MENU = "Hoppa till innehållet\nNyheter\nSverige\nVärlden\nEkonomi\nKultur\nSport\n"
_SV_BODY = (
    "Kommunen har beslutat att bygga en ny gångbro över älven i centrum av staden.\n"
    "Arbetet ska börja i vår och bron ska vara klar till hösten nästa år, enligt kommunen.\n"
    "\u2013 Det här är en viktig länk för alla som går och cyklar till skolan, säger Anna Berg.\n"
    "Kostnaden beräknas till 40 miljoner kronor.\n"
)
_DA_BODY = (
    "Kommunen har besluttet at bygge en ny gangbro over åen i midten af byen.\n"
    "Arbejdet skal begynde til foråret, og broen skal være færdig til efteråret, siger byen.\n"
    "\u2013 Det er en vigtig forbindelse for alle, som går og cykler til skole, siger Anna Berg.\n"
    "Prisen er anslået til 40 millioner kroner.\n"
)


@pytest.mark.parametrize(
    ("byline", "body"),
    [
        ("Av Maja Lindqvist\n", _SV_BODY),
        ("Av:\nMaja Lindqvist\n", _SV_BODY),
        ("Af Maja Lindqvist\n", _DA_BODY),
    ],
)
def test_a_nordic_by_opens_the_byline(byline: str, body: str) -> None:
    # Swedish and Norwegian write ``By`` as ``Av``, Danish as ``Af``.
    text = (
        "Ny gångbro över älven | Norrlandsposten\n"
        + _SV_MENU
        + "Logga in\nNy gångbro över älven\n"
        + byline
        + "Publicerad 10 juli 2023 kl. 11.57\n"
        + body
        + "Dela\nKopiera länk\nKontakta oss\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Maja Lindqvist",)
    assert a.paragraphs == tuple(body.splitlines())


_FR_BODY = (
    "Le conseil municipal a voté lundi la fermeture du vieux pont du port aux voitures.\n"
    "Les ingénieurs ont trouvé des fissures dans deux des piles l'an dernier, selon la ville.\n"
    "Un nouveau pont est prévu pour 2026, mais le financement n'est pas encore trouvé.\n"
)


@pytest.mark.parametrize(
    "caption",
    ["Illustration. \u00a9 Ana Ruiz Calvo", "Photo d'illustration - \u00a9 Jo Roe/Belga"],
)
def test_a_caption_that_names_the_kind_of_picture_and_its_credit_leaves_the_body(
    caption: str,
) -> None:
    # The caption and its credit are one line: the paragraph over it is no caption.
    first, second, third = _FR_BODY.splitlines(keepends=True)
    text = (
        "Le vieux pont fermé aux voitures | La Meuse Libre\n"
        "Accueil\nRégions\nBelgique\nMonde\nÉconomie\nSports\nMon compte\n"
        "Le vieux pont fermé aux voitures\n"
        "Publié le 18/05/2023 à 10:18\nPar Mathieu Delorme\n"
        + first
        + second
        + caption
        + "\n"
        + third
        + "Sur le même sujet\nContactez-nous\nConditions générales\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == tuple(_FR_BODY.splitlines())


# Names in scripts with no capitals (invented pages and names).
_AR_PAGE = (
    "افتتاح حديقة جديدة على ضفة النهر | جريدة الساحل\n"
    # The menu: home, local news, economy, sport, culture, miscellany.
    "الرئيسية\nأخب\u0627ر محلية\n\u0627قتص\u0627د\nري\u0627ضة\nثق\u0627فة\nمنوع\u0627ت\n"
    "افتتاح حديقة جديدة على ضفة النهر\n"
    "{byline}"
    "الأربعاء 12 مارس 2025 - 10:40\n"
    "افتتحت البلدية، صباح الأربعاء، حديقة عامة جديدة على ضفة "
    "النهر تمتد على مساحة عشرين ألف متر مربع.\n"
    "وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميًا من السابعة صباحًا حتى العاشرة مساءً للجميع.\n"
    "وتضم الحديقة ملعبًا للأطفال ومسارًا للدراجات وممشى بطول ثلاثة كيلومترات على طول النهر.\n"
    "شارك\nفيسبوك\nجميع الحقوق محفوظة © جريدة الساحل 2025\n"
)
_HI_PAGE = (
    "नदी किनारे नया पार्क खुला, बच्चों के लिए खेल का मैदान | दैनिक सागर\n"
    "होम\nदेश\nराज्य\nमनोरंजन\nखेल\nबिज़नेस\n"
    "नदी किनारे नया पार्क खुला, बच्चों के लिए खेल का मैदान\n"
    "{byline}"
    "Updated: 12 Mar 2025, 10:40 AM IST\n"
    "नगर निगम ने बुधवार को नदी किनारे बीस हजार वर्ग मीटर में बने नए पार्क "
    "का उद्घाटन किया। पार्क रोज सुबह सात बजे खुलेगा।\n"
    "महापौर ने बताया कि पार्क के निर्माण पर 12 करोड़ रुपये खर्च हुए हैं।\n"
    "पार्क में बच्चों के लिए खेल का मैदान और तीन किलोमीटर लंबा पैदल पथ बनाया गया है।\n"
    "शेयर करें\n© 2025 दैनिक सागर\n"
)


@pytest.mark.parametrize(
    ("page", "byline", "authors"),
    [
        (_AR_PAGE, "ليلى المنصوري\n", ("ليلى المنصوري",)),
        (_HI_PAGE, "सुनील यादव\n", ("सुनील यादव",)),
        (_HI_PAGE, "Written By : सुनील यादव\n", ("सुनील यादव",)),
        (_HI_PAGE, "By सुनील यादव\n", ("सुनील यादव",)),
        # A section's label over the date names no one.
        (_AR_PAGE, "أخبار محلية\n", ()),
        (_HI_PAGE, "ये भी पढ़ें\n", ()),
        # A given name may open with the article.
        (_AR_PAGE, "العربي بن زيدان\n", ("العربي بن زيدان",)),
        (_AR_PAGE, "الحسن الورزازي\n", ("الحسن الورزازي",)),
        # Nor a place or a section in two words: the Middle East and Casablanca (the
        # lists name them), readers' opinion; New Delhi,
        # Uttar Pradesh, the sports world, home and abroad.
        (_AR_PAGE, "الشرق الأوسط\n", ()),
        (_AR_PAGE, "الدار البيضاء\n", ()),
        (_AR_PAGE, "رأي القراء\n", ()),
        (_HI_PAGE, "नई दिल्ली\n", ()),
        (_HI_PAGE, "उत्तर प्रदेश\n", ()),
        (_HI_PAGE, "खेल जगत\n", ()),
        (_HI_PAGE, "देश विदेश\n", ()),
    ],
)
def test_a_name_in_a_script_with_no_capitals_over_the_date_is_the_byline(
    page: str, byline: str, authors: tuple[str, ...]
) -> None:
    text = page.format(byline=byline)
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.byline.authors if a.byline else ()) == authors
    assert a.date is not None
    assert len(a.paragraphs) == 3


_KO_PAGE = (
    "바닷가 마을에 새 도서관 문 열어 - 물결일보\n"
    "홈\n정치\n경제\n사회\n문화\n"
    "바닷가 마을에 새 도서관 문 열어\n"
    "기사입력 2025-03-12 10:40\n"
    "{lead}물결군은 바닷가 마을에 3층 규모의 새 도서관을 열었다고 12일 밝혔다.\n"
    "도서관에는 책 2만여 권과 어린이 열람실, 세미나실이 마련됐다.\n"
    "군은 주말에도 도서관을 운영할 계획이다.\n"
    "{end}"
    "저작권자 © 물결일보 무단전재 및 재배포 금지\n"
)


@pytest.mark.parametrize(
    ("lead", "end", "authors", "organization"),
    [
        ("", "박서연 기자 seoyeon@mulgyeol.example\n", ("박서연",), None),
        ("", "박서연 기자\n", ("박서연",), None),
        ("[물결=다온통신]박서연 기자 = ", "", ("박서연",), "다온통신"),
        ("[물결=다온통신] 박서연 한지후 기자 = ", "", ("박서연", "한지후"), "다온통신"),
        # A photo's credit in brackets opens no byline.
        ("[사진=물결군] ", "", (), None),
    ],
)
def test_a_korean_reporter_signs_the_lead_or_the_end_of_the_story(
    lead: str, end: str, authors: tuple[str, ...], organization: str | None
) -> None:
    text = _KO_PAGE.format(lead=lead, end=end)
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.byline.authors if a.byline else ()) == authors
    assert (a.byline.organization if a.byline else None) == organization
    assert len(a.paragraphs) == 3
    assert a.paragraphs[0].startswith(lead.strip() or "물결군은")


@pytest.mark.parametrize(
    ("lead", "authors"),
    [
        ("本报讯\uff08记者 王晓东\uff09", ("王晓东",)),
        ("本报讯\uff08记者 王晓东 通讯员 陈静\uff09", ("王晓东", "陈静")),
        ("本报东海3月12日讯\uff08记者 王晓东\uff09", ("王晓东",)),
        ("", ()),
    ],
)
def test_a_chinese_papers_own_report_names_its_reporter_in_brackets(
    lead: str, authors: tuple[str, ...]
) -> None:
    text = (
        "东湖镇新图书馆正式开放_东海日报\n东海日报\n首页\n新闻\n图片\n"
        "东湖镇新图书馆正式开放\n2025-03-12\n" + lead + "近日\uff0c东湖镇新图书馆正式对外开放\uff0c"
        "馆内藏书两万余册\uff0c吸引了大批居民前来阅读。\n"
        "据介绍\uff0c图书馆共三层\uff0c设有少儿阅览室和自习室\uff0c每天开放十二个小时。\n"
        "镇里还计划在周末举办读书会等活动\uff0c丰富群众文化生活。\n"
        "责任编辑\uff1a李明\n上一篇\uff1a东海新区公交线路调整\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.byline.authors if a.byline else ()) == authors
    assert len(a.paragraphs) == 3


@pytest.mark.parametrize(
    ("trailer", "authors"),
    [
        ("Penulis: Dimas Saputra\nEditor: Wulan Sari\n", ("Dimas Saputra",)),
        ("Writer: Dimas Saputra\nEditor: Wulan Sari\n", ("Dimas Saputra",)),
        # The editor alone signs nothing.
        ("Editor: Wulan Sari\n", ()),
    ],
)
def test_a_writer_labelled_under_the_story_over_its_editor_is_the_byline(
    trailer: str, authors: tuple[str, ...]
) -> None:
    body = (
        "Pemerintah kabupaten akan membangun jembatan baru di atas Sungai Cibening tahun ini.\n"
        "Kepala dinas pekerjaan umum mengatakan anggaran yang disiapkan mencapai Rp 12 miliar.\n"
        "Menurut dia, pembangunan ditargetkan selesai sebelum musim hujan tiba, yaitu pada "
        "bulan November mendatang, agar warga tidak lagi harus memutar jauh.\n"
    )
    text = (
        "Jembatan Baru Dibangun di Atas Sungai Cibening - Warta Priangan\n"
        "Beranda\nBerita\nDaerah\nEkonomi\nOlahraga\n"
        "Jembatan Baru Dibangun di Atas Sungai Cibening\n"
        "12/03/2025, 10:40 WIB\n" + body + trailer + "Kebijakan Privasi\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.byline.authors if a.byline else ()) == authors
    assert a.paragraphs == tuple(body.splitlines())


def test_a_vietnamese_weekday_is_no_writer_and_the_name_over_the_share_bar_is() -> None:
    body = (
        "Từ ngày 1/4, tỉnh sẽ đưa vào hoạt động tuyến xe buýt mới nối thành phố với "
        "thị trấn, phục vụ người dân và du khách.\n"
        "Tuyến dài 120 km, mỗi ngày có 8 chuyến khứ hồi. Giá vé là 80.000 đồng mỗi lượt.\n"
        "Giám đốc Sở Giao thông cho biết tuyến mới sẽ giúp người dân đi lại thuận tiện hơn.\n"
    )
    text = (
        "Mở thêm tuyến xe buýt lên cao nguyên - Báo Sông Lam\n"
        "Trang chủ\nThời sự\nKinh tế\nXã hội\nDu lịch\nThể thao\n"
        "Mở thêm tuyến xe buýt lên cao nguyên\n"
        "Thứ Sáu, 28/03/2025, 08:30 (GMT+7)\n" + body + "Trần Văn Bình\nChia sẻ\nFacebook\n"
        "Tin liên quan\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Trần Văn Bình",)
    assert a.date is not None
    assert a.date.isoformat() == "2025-03-28T08:30:00+07:00"
    assert a.paragraphs == tuple(body.splitlines())


_NL_BODY = (
    "De gemeente Oosterhout mag de oude watertoren niet slopen, heeft de rechter bepaald. "
    "De toren blijft voorlopig staan.\n"
    "Volgens de rechter heeft de gemeente onvoldoende onderzocht of de toren een monument kan "
    "worden, zoals bewoners hadden gevraagd.\n"
    "De gemeente beraadt zich nog op een hoger beroep, laat een woordvoerder weten.\n"
)


@pytest.mark.parametrize("stamp", ["08-05-25, 16:12", "08.05.25 16:12"])
def test_a_date_with_a_two_digit_year_and_a_time_under_the_names(stamp: str) -> None:
    text = (
        "Watertoren blijft staan, oordeelt rechter | Dagblad van de Polder\n"
        "Nieuws\nRegio\nSport\nEconomie\nCultuur\n"
        "Watertoren blijft staan, oordeelt rechter\n"
        "Sanne de Wit\n" + stamp + "\n" + _NL_BODY + "Deel dit artikel\nPrivacy\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Sanne de Wit",)
    assert a.date is not None
    assert a.date.isoformat() == "2025-05-08T16:12:00"


def test_the_entry_meta_names_right_over_the_body_sign_a_page_not_in_english() -> None:
    # The date right under the headline, the names right over the body, as Spanish
    # and Latin American news portals set them.
    text = (
        "Abren el nuevo puente sobre el río Tarsia - Noticias de la Sierra\n"
        "Inicio\nLocal\nNacional\nDeportes\n"
        "Abren el nuevo puente sobre el río Tarsia\n"
        "12 de marzo de 2025, 15:42\nLucía Barranco\n"
        "El nuevo puente sobre el río Tarsia se abrió al tráfico el miércoles por la mañana.\n"
        "La obra tardó dos años y costó al municipio 48 millones de pesos.\n"
        "Tres rutas de autobús pasarán por el puente, informó el ayuntamiento.\n"
        "Compartir\nAviso de privacidad\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Lucía Barranco",)


def test_a_spanish_papers_name_after_the_bar_is_the_outlet() -> None:
    text = (
        "Cierran el mercado Hidalgo por obras de drenaje\n"
        "Inicio\nLocal\nNacional\nDeportes\nEspectáculos\n"
        "Cierran el mercado Hidalgo por obras de drenaje\n"
        "Fernanda Ruiz | Diario del Valle\n03/06/2025 | 11:48\n"
        "Los más de 200 locatarios del mercado permanecerán cerrados de este martes al jueves "
        "mientras el Ayuntamiento sustituye la red de drenaje.\n"
        "El director de Obras Públicas explicó que la tubería tiene más de cuarenta años y "
        "presentó dos colapsos en abril.\n"
        "Los comerciantes pidieron un apoyo económico por los días sin ventas.\n"
        "Aviso de privacidad\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert (a.byline.authors, a.byline.organization) == (("Fernanda Ruiz",), "Diario del Valle")


_ID_BODY = (
    "Jembatan gantung yang menghubungkan Desa Sukamulya dengan pusat kecamatan putus setelah "
    "diterjang banjir, Selasa malam.\n"
    "Akibatnya, sekitar 300 warga terisolasi dan harus memutar sejauh 12 kilometer untuk "
    "sampai ke pasar dan sekolah.\n"
    "Kepala desa meminta pemerintah daerah segera membangun jembatan darurat sebelum musim "
    "hujan mencapai puncaknya.\n"
)


def test_the_sites_name_beside_the_date_is_no_writer_when_its_copyright_names_it() -> None:
    text = (
        "Jembatan Gantung di Desa Sukamulya Putus\nWarta Selatan\nNews\nRegional\nNasional\n"
        "Jembatan Gantung di Desa Sukamulya Putus\n"
        "Warta Selatan - 22/01/2025, 14:35 WIB\n"
        + _ID_BODY
        + "Penulis: Fajar Hidayat\nEditor: Rina Lestari\n"
        "Copyright 2008 - 2025 Warta Selatan. All Rights Reserved.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Fajar Hidayat",)
    assert a.date is not None
    assert a.date.isoformat() == "2025-01-22T14:35:00+07:00"
    assert a.paragraphs == tuple(_ID_BODY.splitlines())


def test_an_indonesian_oleh_after_the_date_opens_the_names() -> None:
    text = (
        "Jembatan Gantung di Desa Sukamulya Putus - Catatan Desa\n"
        "Beranda\nBerita\nTentang Saya\n"
        "Jembatan Gantung di Desa Sukamulya Putus\n"
        "Januari 22, 2025 oleh Fajar Hidayat\n" + _ID_BODY + "Bagikan\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is not None
    assert a.byline.authors == ("Fajar Hidayat",)


def test_an_arabic_lead_of_one_short_sentence_is_the_story_s() -> None:
    # Arabic writes "and", "with", "for" and "the" joined to the next word: a sentence
    # of a dozen words may hold no stop word written apart.
    lead = "أعلنت البلدية صباح اليوم افتتاح جسر جديد يربط ضفتي النهر بطول 800 متر."
    rest = (
        "وقال رئيس البلدية في مؤتمر صحفي إن الجسر سيخفف من الازدحام في وسط المدينة.",
        "وأضاف أن العمل في المشروع استمر عامين بتكلفة بلغت عشرين مليون دولار.",
        (
            "وأشار إلى أن الجسر سيفتح أمام السيارات من الأسبوع المقبل، على أن يفتح أمام "
            "المشاة في وقت لاحق من هذا الشهر."
        ),
        (
            "وكان سكان المنطقة قد طالبوا منذ سنوات ببناء جسر جديد بعد أن أصبح الجسر القديم "
            "غير قادر على استيعاب حركة المرور في ساعات الذروة."
        ),
    )
    head = [
        "افتتاح جسر جديد فوق النهر - أخبار المدينة",
        "أخبار المدينة",
        "الرئيسية",
        "محليات",
        "اقتصاد",
        "رياضة",
        "ثقافة",
        "افتتاح جسر جديد فوق النهر",
        "الخميس 14 مارس 2024",
    ]
    foot = ["شارك", "جميع الحقوق محفوظة"]
    text = "\n".join([*head, lead, *rest, *foot]) + "\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == (lead, *rest)


def test_a_short_arabic_question_is_no_paragraph() -> None:
    # A linked headline that asks, eleven words with no stop word written apart: the
    # lower bar of an Arabic sentence is for a line that states, ending with a stop.
    text = (
        "أعلنت وزارة التربية والتعليم تأجيل بدء الفصل الدراسي الثاني بسبب البرد.\n"
        "لماذا ارتفعت أسعار الذهب محليا رغم تراجعها عالميا خلال الأسبوع الماضي؟\n"
    )
    shapes = classify_lines(text, split_lines(text), language="ar")
    assert [s.kind for s in shapes] == ["prose", "short"]


def test_a_short_arabic_line_without_a_stop_is_no_paragraph() -> None:
    # A headline's words, no sentence's stop: not prose however long.
    shapes = classify_lines(
        "x",
        split_lines("مؤتمر صحفي لرئيس البلدية حول افتتاح الجسر الجديد فوق النهر الكبير"),
        language="ar",
    )
    assert shapes[0].kind == "short"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Läs också: Tågen står still i norr", "related"),
        ("Читайте також: Нові тарифи на воду з квітня", "related"),
        ("Διαβάστε επίσης: Νέα δρομολόγια για τα πλοία", "related"),  # noqa: RUF001
        ("Lire aussi | La ville ferme deux écoles", "related"),
        ("Seguí leyendo", "related"),
        ("Dela", "share"),
        ("Chia sẻ", "share"),
        ("Поділитися", "share"),
        ("Κοινοποίηση", "share"),
        ("Partilhe esta notícia", "share"),
        ("Gostou? Compartilhe com seus amigos!", "share"),
        ("Понравилась статья? Поделитесь с друзьями!", "share"),  # noqa: RUF001
        ("¿Te gustó esta nota? Compártela", "share"),
        ("Vous avez aimé cet article ? Partagez-le", "share"),
        ("Коментарі", "comments"),
        ("Σχόλια", "comments"),
        ("Etiketler: Ankara, Ulaşım", "tags"),  # noqa: RUF001
        ("Теги: Одеса, порт", "tags"),
        ("Etiquetas: Oaxaca, lluvias", "tags"),
        ("टैग्स: मौसम, बारिश", "tags"),
        ("Etiketler: İstanbul Metro Ulaşım Belediye", "tags"),  # noqa: RUF001
        ("Etiquetas: economía", "tags"),
        # A section's heading in a story, a label word before a colon: no list of tags.
        ("Etiquetas: qué cambia para los consumidores", None),
        ("Etiket: Fiyat artık ürünün hemen altında yazacak", None),  # noqa: RUF001
        # Sentences of a story.
        ("Gostou do jogo? Ele disse que sim e compartilhe.", None),
        ("Hat Ihnen der Minister geantwortet? Teilen Sie uns mit, was er sagte.", None),
        ("Lire aussi le rapport du préfet, qui détaille les mesures.", None),
    ],
)
def test_page_furniture_in_more_languages(line: str, rule: str | None) -> None:
    assert furniture_rule(line) == rule


def test_a_read_also_link_between_paragraphs_leaves_the_story_whole() -> None:
    story = (
        (
            "Regeringen vill bygga en ny järnväg mellan Umeå och Luleå, och arbetet ska "
            "börja om tre år."
        ),
        "Banan beräknas kosta omkring trettio miljarder kronor och ska vara klar 2035.",
        "Kommunerna längs sträckan har länge krävt att staten tar ansvar för bygget.",
    )
    text = (
        "Ny järnväg i norr | Norrbladet\nNorrbladet\nNyheter\nSport\nEkonomi\nKultur\n"
        "Debatt\nNy järnväg i norr\nAv Per Lind\nPublicerad 3 april 2025\nDela\n"
        f"{story[0]}\n{story[1]}\nLäs också: Tågen står still i norr\n{story[2]}\n"
        "Kommentarer\nKontakta oss\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == story


@pytest.mark.parametrize("desk", ["Haber Merkezi", "Redakcja", "Redactie", "Tim Redaksi"])
def test_a_newsroom_over_the_date_is_no_writer(desk: str) -> None:
    story = (
        "Kentin yeni tramvay hattı pazartesi günü açıldı ve ilk gün binlerce yolcu taşıdı.",  # noqa: RUF001
        "Belediye başkanı, hattın bir yıl içinde tamamlandığını ve bütçeyi aşmadığını söyledi.",  # noqa: RUF001
    )
    text = (
        "Yeni tramvay hattı açıldı - Kent Haber\nKent Haber\nAnasayfa\nGündem\nEkonomi\n"  # noqa: RUF001
        f"Dünya\nSpor\nMagazin\nYeni tramvay hattı açıldı\n{desk}\n14 Mart 2025 18:30\n"  # noqa: RUF001
        + "\n".join(story)
        + "\nPaylaş\nGizlilik Politikası\n"  # noqa: RUF001
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None or desk not in a.byline.authors
    assert a.paragraphs == story


@pytest.mark.parametrize(
    ("sign", "agency"),
    [("dpa", "dpa"), ("(dpa)", "dpa"), ("AFP", "AFP"), ("Lusa", "Lusa")],
)
def test_an_agency_s_name_under_the_story_is_its_source(sign: str, agency: str) -> None:
    story = (
        "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Main beschlossen.",
        "Die Arbeiten sollen im Herbst beginnen und rund zwei Jahre dauern, hieß es.",
        "Bis dahin bleibt die alte Brücke für Fußgänger und Radfahrer geöffnet.",
    )
    text = (
        "Neue Mainbrücke beschlossen | Mainpost Online\nMainpost Online\nStartseite\n"
        "Region\nPolitik\nWirtschaft\nSport\nKultur\nNeue Mainbrücke beschlossen\n"
        "14.03.2025, 18:30 Uhr\n" + "\n".join(story) + f"\n{sign}\nArtikel teilen\nImpressum\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == story
    assert a.attribution is not None
    assert a.attribution.sources == (agency,)
    assert a.byline is None


def test_a_sections_heading_opening_with_a_tags_label_leaves_the_story_whole() -> None:
    # ``Etiquetas`` (labels) heads a section of a story on food labels: the story goes
    # on under it.
    story = (
        (
            "Desde julio, los alimentos envasados deberán indicar el país de origen de sus "
            "ingredientes principales."
        ),
        (
            "La medida afecta sobre todo a la leche, la miel y el aceite de oliva, según el "
            "ministerio."
        ),
        "Etiquetas: qué cambia para los consumidores",
        "El origen deberá aparecer en la parte frontal del envase, con letra legible.",
        "Las empresas tendrán seis meses para agotar los envases que ya tengan impresos.",
    )
    text = (
        "Los alimentos indicarán su origen | Diario del Sur\nPortada\nEconomía\nSociedad\n"
        "Los alimentos indicarán su origen\nPor Marta Llorente\n14 de marzo de 2025\n"
        + "\n".join(story)
        + "\nAviso legal\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == story


_KO_LAST = "군은 피서객들이 도서관 이용 수칙을 꼭 지켜 달라고 당부했다.\n"
_KO_BOX = "관련기사\n해변 쓰레기 줄이기 나선다\n"


@pytest.mark.parametrize(
    ("end", "paragraphs", "authors"),
    [
        # The writer signs the paragraph under a box of one headline: the story's.
        (f"{_KO_BOX}{_KO_LAST}박서연 기자 seoyeon@mulgyeol.example\n", 4, ("박서연",)),
        (f"{_KO_BOX}{_KO_LAST}박서연 기자\n", 4, ("박서연",)),
        # Signed over the box, or not at all: the paragraph is the teaser's summary.
        (f"박서연 기자\n{_KO_BOX}{_KO_LAST}", 3, ("박서연",)),
        (f"{_KO_BOX}{_KO_LAST}", 3, ()),
        # A second headline under the sign-off: a box of teasers, each signed.
        (f"{_KO_BOX}{_KO_LAST}박서연 기자\n도서관 주차장 새로 단장\n", 3, ()),
    ],
)
def test_a_paragraph_signed_under_a_box_of_one_headline_is_the_storys(
    end: str, paragraphs: int, authors: tuple[str, ...]
) -> None:
    text = _KO_PAGE.format(lead="", end=end)
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(a.paragraphs) == paragraphs
    assert (a.byline.authors if a.byline else ()) == authors


@pytest.mark.parametrize(
    ("box", "summary", "signer"),
    [
        (
            "관련기사\n강변 다리 보수 공사 시작\n",
            "물결군은 강변 다리 세 곳의 보수 공사를 이번 주에 시작한다고 밝혔다.",
            "이영희 기자",
        ),
        (
            "Related\nQuarry Road to get new lights\n",
            "The council will put two sets of lights on Quarry Road before the bridge shuts.",
            "By Tom Reeve",
        ),
        # No word of the headline retold: a ``By`` line still signs no story of ours.
        (
            "Related\nCouncil approves next year's budget\n",
            "Spending on libraries will rise by a tenth, officials said on Friday.",
            "By Tom Reeve",
        ),
    ],
)
def test_a_signed_teaser_card_under_a_box_stays_out_of_the_story(
    box: str, summary: str, signer: str
) -> None:
    # A teaser's card is signed too: its summary retells its headline, and its writer
    # is not the story's.
    text = _KO_PAGE.format(lead="", end=f"{box}{summary}\n{signer}\n")
    a = newsparse.parse(text)
    check_article(text, a)
    assert len(a.paragraphs) == 3
    assert summary not in a.paragraphs
    assert a.byline is None


def test_a_turkish_paragraph_signed_under_a_related_box_is_the_storys() -> None:
    story = (
        "Belediye, k\u0131y\u0131 boyunca yeni bir bisiklet yolu yap\u0131lacak.",
        "Yol, iki mahalleyi birbirine ba\u011flayacak ve sekiz kilometre olacak.",
        (
            "Ba\u015fkan, \u00e7al\u0131\u015fmalar\u0131n sonbaharda bitmesinin "
            "beklendi\u011fini ve yolun gece de ayd\u0131nlat\u0131laca\u011f\u0131n\u0131 "
            "s\u00f6yledi."
        ),
    )
    text = (
        "Yeni bisiklet yolu - Liman Haber\nAna Sayfa\nG\u00fcndem\nEkonomi\n"
        "Yeni bisiklet yolu\n12.05.2025 10:15\n"
        f"{story[0]}\n{story[1]}\n\u0130lgili Haberler\n"
        "Sahilde temizlik g\u00fcn\u00fc d\u00fczenlendi\n"
        f"{story[2]}\nHaber: Elif Demirta\u015f\nT\u00fcm haklar\u0131 sakl\u0131d\u0131r.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.paragraphs == story
    assert a.byline is not None
    assert a.byline.authors == ("Elif Demirta\u015f",)


@pytest.mark.parametrize(
    "period",
    [
        "\ub4f1\ub85d: 2025.06.10 ~ 2025.06.20",
        "\uc2e0\uccad \uae30\uac04 2025.06.10~2025.06.20",
        "\uc811\uc218 2025\ub144 6\uc6d4 10\uc77c \u301c 2025\ub144 6\uc6d4 20\uc77c",
    ],
)
def test_a_period_a_tilde_joins_in_the_story_opens_no_article(period: str) -> None:
    # A registration period set in the story (``등록: 2025.06.10 ~ 2025.06.20``) is no
    # page's stamps: the story runs on past it.
    text = _KO_PAGE.format(lead="", end="").replace(
        "\ub3c4\uc11c\uad00\uc5d0\ub294", f"{period}\n\ub3c4\uc11c\uad00\uc5d0\ub294"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date is not None
    assert a.date.isoformat() == "2025-03-12T10:40:00"
    assert len(a.paragraphs) == 4
    assert a.paragraphs[1] == period


@pytest.mark.parametrize(
    ("stamps", "iso"),
    [
        # Posted and modified on one line, or on two: the posted one is the story's.
        ("입력 2025.06.03 18:30 수정 2025.06.03 19:02\n", "2025-06-03T18:30:00"),
        ("입력 2025.06.03 18:30\n수정 2025.06.03 19:02\n", "2025-06-03T18:30:00"),
        ("입력 : 2025-06-03 18:30 | 최종수정 : 2025-06-03 19:02\n", "2025-06-03T18:30:00"),
        ("등록 2025.06.03 18:30\n", "2025-06-03T18:30:00"),
        # The modified stamp set over the posted one, on its line or on the same.
        ("수정 2025.06.03 19:02\n입력 2025.06.03 18:30\n", "2025-06-03T18:30:00"),
        ("최종수정 2025.06.03 19:02\n기사입력 2025.06.03 18:30\n", "2025-06-03T18:30:00"),
        ("최종수정 2025.06.03 19:02 | 입력 2025.06.03 18:30\n", "2025-06-03T18:30:00"),
        ("수정 : 2025-06-03 19:02 입력 : 2025-06-03 18:30\n", "2025-06-03T18:30:00"),
        # The time in square brackets after the day.
        ("기사입력 2025/06/03 [18:30]\n", "2025-06-03T18:30:00"),
        ("박서연 기자 | 기사입력 2025/06/03 [18:30]\n", "2025-06-03T18:30:00"),
    ],
)
def test_a_korean_pages_stamps_date_the_story(stamps: str, iso: str) -> None:
    text = _KO_PAGE.format(lead="", end="").replace("기사입력 2025-03-12 10:40\n", stamps)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.headline == "바닷가 마을에 새 도서관 문 열어"
    assert a.date is not None
    assert a.date.isoformat() == iso
    assert len(a.paragraphs) == 3


_ID_LEAD_PAGE = (
    "{chrome}"
    "Pemerintah siapkan subsidi pupuk tambahan\n"
    "Selasa, 3 Juni 2025 14:20 WIB\n"
    "{lead} Pemerintah menyiapkan tambahan anggaran subsidi pupuk untuk musim tanam kedua.\n"
    "Menteri Pertanian mengatakan tambahan itu akan disalurkan mulai Juli dari pusat.\n"
    "Petani diminta mendaftar melalui kelompok tani yang ada di desa masing-masing.\n"
)


@pytest.mark.parametrize("chrome", ["", "Warta Nusantara\nBeranda\nEkonomi\nPolitik\n"])
@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Jakarta -", "Jakarta"),
        ("JAKARTA -", "JAKARTA"),
        ("Bandar Lampung \u2013", "Bandar Lampung"),
        ("JAKARTA, KABARKITA.com -", "JAKARTA"),
        ("Jakarta, CNN Indonesia --", "Jakarta"),
        ("Kabarkita.com, Jakarta -", "Jakarta"),
        ("RIO DE JANEIRO -", "RIO DE JANEIRO"),
        # A kicker in capitals, a signed piece's label: no place.
        ("UPDATE -", None),
        ("VIDEO -", None),
        ("OPINI -", None),
    ],
)
def test_an_indonesian_lead_opens_with_its_place_and_a_dash(
    chrome: str, lead: str, place: str | None
) -> None:
    text = _ID_LEAD_PAGE.format(chrome=chrome, lead=lead)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline == place
    assert len(a.paragraphs) == 3
    assert a.paragraphs[0].startswith(lead)


@pytest.mark.parametrize(
    "lead",
    [
        # In another language, a place as written is no dateline (a name may open a
        # sentence so); nor is a word before a dash a lower-case word follows.
        "Manchester United - The club confirmed on Tuesday that it had a new manager.",
        "Presiden Widodo - yang didampingi menteri - meresmikan bendungan di desa itu.",
        "Skor akhir 1 - 0 bertahan hingga peluit panjang berbunyi di stadion utama.",
        "BREAKING - The council approved the budget late on Tuesday after a debate.",
        # A phrase in capitals holds function words; a place rarely does.
        "THE BIG PICTURE - The council approved the budget late on Tuesday night.",
        "WHY IT MATTERS - The council approved the budget late on Tuesday night.",
    ],
)
def test_a_name_and_a_dash_opening_a_lead_is_no_place(lead: str) -> None:
    text = f"Headline of the story\n3 June 2025\n{lead}\nThe vote was seven to two in the end.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline is None
    assert a.paragraphs[0] == lead


def test_a_place_in_capitals_and_a_dash_in_any_language_is_the_dateline() -> None:
    text = (
        "Regierung plant neue Hilfen\n03.06.2025, 14:20 Uhr\n"
        "BERLIN - Die Bundesregierung plant neue Hilfen für Familien mit kleinen Kindern.\n"
        "Das Kabinett soll am Mittwoch darüber beraten.\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline == "BERLIN"
    assert a.paragraphs[0].startswith("BERLIN - Die")


_DE_OBITUARY = (
    "Nachrufe - Stadtanzeiger\nStadtanzeiger\nStartseite\nKultur\nNachrufe\n"
    "Trauer um Karl Brenner\n"
    "Von Anna Weber\n"
    "{span}\n"
    "Der Dirigent prägte über Jahrzehnte das Musikleben der Stadt.\n"
    "Er leitete das Orchester von 1968 bis 1996.\n"
    "Die Trauerfeier findet am Freitag statt.\n"
)


@pytest.mark.parametrize(
    "span",
    [
        "Karl Brenner, 3. Mai 1931 \u2013 12. Januar 2025:",
        "Karl Brenner, 3. Mai 1931 - 12. Januar 2025: Ein Leben für die Musik",
        "Karl Brenner (3. Mai 1931 \u2014 12. Januar 2025)",
    ],
)
def test_a_lifes_span_under_the_byline_is_no_date_line(span: str) -> None:
    text = _DE_OBITUARY.format(span=span)
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.format == "webpage"
    assert a.date is None
    assert "1931" not in " ".join(s.of(text) for s in a.spans["date"])


_VI_FOOT = (
    "{chrome}"
    "Hà Nội mở thêm tuyến xe buýt điện\n"
    "03/06/2025 18:30\n"
    "Hà Nội vừa đưa vào hoạt động thêm hai tuyến xe buýt điện nối trung tâm với khu mới.\n"
    "Mỗi tuyến có 15 xe, chạy từ 5 giờ sáng đến 10 giờ tối mỗi ngày trong tuần.\n"
    "{last}\n"
    "{foot}\n"
    "{furniture}"
)


@pytest.mark.parametrize(
    ("chrome", "furniture"),
    [("", ""), ("Tin Hà Nội\nThời sự\nKinh doanh\nXã hội\n", "Tin liên quan\nBình luận\n")],
)
@pytest.mark.parametrize(
    ("last", "foot", "authors"),
    [
        (
            "Giá vé được giữ nguyên như các tuyến xe buýt thường.",
            "Nguyễn Văn An",
            ("Nguyễn Văn An",),
        ),
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Trần Thị Mai", ("Trần Thị Mai",)),
        # A place that opens with a family name, a name with none, a quotation's speaker.
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Hồ Chí Minh", ()),
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Hà Nội", ()),
        # Districts and lakes so named (Hanoi's Hoàng Mai, the lake Hồ Hoàn Kiếm).
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Hoàng Mai", ()),
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Hồ Hoàn Kiếm", ()),
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Lê Chân", ()),
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Hồ Ba Bể", ()),
        # People whose family name is Hồ or Hoàng still sign it.
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Hồ Ngọc Lan", ("Hồ Ngọc Lan",)),
        (
            "Giá vé được giữ nguyên như các tuyến xe buýt thường.",
            "Hoàng Minh Đức",
            ("Hoàng Minh Đức",),
        ),
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Minh Anh", ()),
        ('"Chúng tôi rất vui khi có tuyến mới."', "Nguyễn Văn An", ()),
        # Pen names that districts bear too sign it: a writer far more often.
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Cao Phong", ("Cao Phong",)),
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Vũ Quang", ("Vũ Quang",)),
        ("Giá vé được giữ nguyên như các tuyến xe buýt thường.", "Thái Hòa", ("Thái Hòa",)),
    ],
)
def test_a_vietnamese_name_alone_at_the_foot_signs_the_story(
    chrome: str, furniture: str, last: str, foot: str, authors: tuple[str, ...]
) -> None:
    text = _VI_FOOT.format(chrome=chrome, furniture=furniture, last=last, foot=foot)
    a = newsparse.parse(text)
    check_article(text, a)
    assert (a.byline.authors if a.byline else ()) == authors
    if authors:
        assert foot not in a.paragraphs
    assert last in a.paragraphs


# Russian: "URGENT - The duma approved the plan and the budget".
_RU_URGENT_LEAD = (
    "\u0421\u0420\u041e\u0427\u041d\u041e \u2014 \u0414\u0443\u043c\u0430 "
    "\u0443\u0442\u0432\u0435\u0440\u0434\u0438\u043b\u0430 \u043f\u043b\u0430\u043d "
    "\u0438 \u0431\u044e\u0434\u0436\u0435\u0442"
)


@pytest.mark.parametrize(
    "lead",
    [
        # A kicker in capitals, in the languages whose pages set them so, with accents
        # or none (adversarial review of the lead's dateline).
        "VIDÉO - Le président de la région a présenté mardi un plan pour les écoles.",
        "ENQUÊTE - Le président de la région a présenté mardi un plan pour les écoles.",
        "ÚLTIMA HORA - El Gobierno regional aprobó este martes un plan para los colegios.",
        "FLA\u015e - Belediye meclisi okullar i\u00e7in yeni bir plan onaylad\u0131 ve duyurdu.",
        "EILT - Der Stadtrat hat am Dienstag einen Plan für die Grundschulen beschlossen.",
        _RU_URGENT_LEAD,
        "PILNE - Rada miasta przyjęła we wtorek plan remontu wiejskich szkół.",
        "FACT CHECK \u2014 A video shared widely this week does not show the bridge falling.",
        # An agency, a press release's label, a name and a role, a match's sides.
        "REUTERS - The company said on Tuesday it would close two plants in the north.",
        "PRESSEMITTEILUNG - Die Stadtwerke nehmen am Dienstag ein neues Wasserwerk in Betrieb.",
        "JANE DOE - Staff Reporter",
        "JUVENTUS - MILAN 2-1: Decide un gol nel finale del giovane attaccante.",
        # An acronym the story writes in capitals again.
        "NATO \u2014 The allies agreed on Tuesday to expand a fund. NATO officials said so.",
    ],
)
def test_a_kicker_an_agency_or_a_name_in_capitals_before_a_dash_is_no_place(lead: str) -> None:
    text = f"Headline of the story\n3 June 2025\n{lead}\nThe vote was seven to two in the end.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline is None
    assert lead in a.paragraphs


def test_a_kicker_as_written_opens_no_indonesian_lead() -> None:
    text = _ID_LEAD_PAGE.format(chrome="", lead="Cek Fakta -")
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline is None
    assert a.paragraphs[0].startswith("Cek Fakta -")


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # The place the story names again as written; an acronym opening the sentence.
        ("MÜNCHEN - Der Stadtrat hat am Dienstag getagt. In München gibt es Streit.", "MÜNCHEN"),
        ("WASHINGTON \u2014 NASA said on Tuesday that its new rocket would fly.", "WASHINGTON"),
    ],
)
def test_a_place_in_capitals_stays_the_dateline_past_the_new_checks(lead: str, place: str) -> None:
    text = f"Headline of the story\n3 June 2025\n{lead}\nThe vote was seven to two in the end.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline == place


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # Words in capitals that no table knows as a place: a run-in head as often.
        ("GAS PRICES DROP \u2014 Prices at the pump fell for a third week on Monday.", None),
        ("TIGERS ROLL \u2014 The home side won 4-1 in front of a full house on Friday.", None),
        ("HARBOUR WORKS BEGIN - Crews closed the north pier for repairs on Monday.", None),
        # A place of two words the tables know; one word; a portal's name after them.
        ("LOS ANGELES \u2014 The city council approved new bus lanes on Tuesday.", "LOS ANGELES"),
        ("SAN DIEGO \u2013 The city council approved new bus lanes on Tuesday.", "SAN DIEGO"),
        ("DENVER \u2014 The city council approved new bus lanes on Tuesday night.", "DENVER"),
        ("BANDAR LAMPUNG, KABARKITA.com - Pemerintah menyiapkan subsidi pupuk.", "BANDAR LAMPUNG"),
    ],
)
def test_words_in_capitals_before_a_dash_are_a_place_only_when_known(
    lead: str, place: str | None
) -> None:
    text = f"Headline of the story\n3 June 2025\n{lead}\nThe vote was seven to two in the end.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline == place
    assert lead in a.paragraphs


def test_a_common_word_in_capitals_before_a_dash_is_no_place() -> None:
    # The story writes the word in lower case: a kicker no table lists, no place's name.
    lead = "BILAN - Le conseil a voté mardi le budget de la ville pour l'an prochain."
    text = f"Le budget voté\n3 juin 2025\n{lead}\nCe bilan sera publié en juillet.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline is None
    assert lead in a.paragraphs


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("PARIS, TX \u2014 The city council approved new bus lanes on Tuesday night.", "PARIS, TX"),
        (
            "ATLANTA, GA \u2014 The city council approved new bus lanes on Tuesday night.",
            "ATLANTA, GA",
        ),
    ],
)
def test_a_two_letter_code_after_the_place_is_the_datelines(lead: str, place: str) -> None:
    # A state's or a country's code, not a portal's name (adversarial review).
    text = f"Headline of the story\n3 June 2025\n{lead}\nThe vote was seven to two in the end.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline == place


@pytest.mark.parametrize(
    "lead",
    [
        "NFL \u2014 The league fined two teams on Tuesday for breaking its rules.",
        "BMW - Der Autobauer hat am Dienstag einen neuen Standort angekündigt.",
    ],
)
def test_initials_before_a_dash_are_no_place(lead: str) -> None:
    # No vowel: initials, never a place's name (adversarial review).
    text = f"Headline of the story\n3 June 2025\n{lead}\nThe vote was seven to two in the end.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline is None


_MENU_LEAD = (
    "JAKARTA\nBISNIS\nPemerintah siapkan subsidi pupuk\n3 Juni 2025\n"
    "JAKARTA - Pemerintah menyiapkan tambahan anggaran subsidi pupuk untuk petani.\n"
    "Petani diminta mendaftar melalui kelompok tani yang ada di desa.\n"
)
_ADDRESS_LEAD = (
    "Regierung plant neue Hilfen\n03.06.2025\n"
    "BERLIN - Die Bundesregierung plant neue Hilfen für Familien mit Kindern.\n"
    "Mehr dazu unter www.berlin.example und bei der Stadt.\n"
)


@pytest.mark.parametrize(
    ("text", "place"),
    # A menu's item alone on its line, an address: no writing of the word.
    [(_MENU_LEAD, "JAKARTA"), (_ADDRESS_LEAD, "BERLIN")],
)
def test_a_menus_item_or_an_address_leaves_the_dateline(text: str, place: str) -> None:
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline == place


def test_a_vietnamese_family_name_signs_no_story_in_another_language() -> None:
    # ``Mai`` opens a Vietnamese name and an English phrase (adversarial review).
    text = (
        "The Harbour Times\nHome\nNews\nFood\n"
        "Corner bar reopens after repairs\nJune 3, 2025\n"
        "The bar on the corner reopened on Friday after a year of repairs.\n"
        "Its owners kept the old wooden counter and the neon sign.\n"
        "Mai Tai Night\n"
        "Share this article\nRelated stories\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.byline is None


@pytest.mark.parametrize(
    "stamps",
    [
        # Posted and updated a day apart, a dash between them (adversarial review of
        # the life's span): the posted stamp dates the page.
        "Jun 3, 2025 \u2014 Jun 4, 2025 10:00",
        "03.06.2025 - 04.06.2025, 10:15 Uhr",
    ],
)
def test_two_stamps_days_apart_with_a_dash_date_the_page(stamps: str) -> None:
    text = (
        "The Harbour Times\nHome\nNews\nWorld\n"
        f"City approves new bus lanes\n{stamps}\n"
        "The council approved new bus lanes on Tuesday after a long debate.\n"
        "The lanes will open in September.\nCyclists asked for a separate path.\n"
        "Share this article\n"
    )
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.date is not None
    assert a.date.date().isoformat() == "2025-06-03"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # A state or a country written out or abbreviated after the place and a comma.
        ("PARIS, FRANCE \u2014 The city council approved new bus lanes on Tuesday.",
         "PARIS, FRANCE"),
        ("WASHINGTON, D.C. \u2014 The city council approved new bus lanes on Tuesday.",
         "WASHINGTON, D.C."),
        ("SANTA CRUZ, Calif. \u2014 The city council approved new bus lanes on Tuesday.",
         "SANTA CRUZ, Calif."),
        ("BOISE, Idaho - The city council approved new bus lanes on Tuesday night.",
         "BOISE, Idaho"),
        ("LAS CRUCES, New Mexico \u2013 The city council approved new bus lanes on Tuesday.",
         "LAS CRUCES, New Mexico"),
        ("LAGOS, Nigeria -- The city council approved new bus lanes on Tuesday night.",
         "LAGOS, Nigeria"),
        # A Spanish agency's stop and dash, no blank between them.
        ("MADRID.- El Gobierno aprobó el martes el plan del puerto tras largas charlas.",
         "MADRID"),
        ("BUENOS AIRES.- \u00abEl acuerdo llegará\u00bb, dijo el ministro el martes.",
         "BUENOS AIRES"),
    ],
)  # fmt: skip
def test_a_place_s_region_or_a_stop_and_dash_is_read_with_it(lead: str, place: str) -> None:
    text = f"Headline of the story\n3 June 2025\n{lead}\nThe vote was seven to two in the end.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline == place
    assert lead in a.paragraphs


@pytest.mark.parametrize(
    "lead",
    [
        # A body known by its initials, written once; a standfirst's label in German.
        "NATO \u2014 The alliance's ministers met on Tuesday to discuss spending targets.",
        "ZUSAMMENFASSUNG - Der Stadtrat hat am Dienstag den Haushalt beschlossen.",
        "ONU.- Los países miembros aprobaron el martes un nuevo plan de ayuda.",
        # No region the tables know after the comma; a kicker with a region.
        "JOHNSON, Smith \u2014 The city council approved new bus lanes on Tuesday.",
        # Two names in capitals outside an Indonesian page: no place and portal.
        "SMITH, JONES \u2014 The city council approved new bus lanes on Tuesday.",
        "BREAKING, Texas \u2014 The city council approved new bus lanes on Tuesday.",
        # An interview's question and answer marks.
        "P.- ¿Cuándo empezarán las obras del puerto de la ciudad de Almar?",
        "A.- Empezarán en primavera, si el Gobierno cumple lo prometido.",
        # A stop and dash after a word in sentence case.
        "Mañana.- Se firmará el acuerdo del puerto en la sede del Gobierno.",
        # A notice's label, an agency's name before a stop and a dash.
        "AVISO.- Los vecinos del puerto quedarán sin agua el martes por la mañana.",
        "IMPORTANTE.- El plazo para pedir la ayuda del puerto termina el viernes.",
        "COMUNICADO.- La junta del puerto aprobó el martes las cuentas del año.",
        "EFE.- El Gobierno aprobó el martes el plan del puerto tras largas charlas.",
    ],
)
def test_a_label_a_body_or_an_unknown_region_before_a_dash_is_no_place(lead: str) -> None:
    text = f"Headline of the story\n3 June 2025\n{lead}\nThe vote was seven to two in the end.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline is None
    assert lead in a.paragraphs


def test_a_portal_s_name_in_capitals_after_the_place_on_an_indonesian_page() -> None:
    lead = "BANDUNG, JPNN - Pemerintah kota menyiapkan dua jalur bus baru bulan depan."
    text = f"Judul berita\n3 Juni 2025\n{lead}\nWarga menyambut baik rencana itu.\n"
    a = newsparse.parse(text)
    check_article(text, a)
    assert a.dateline == "BANDUNG"
