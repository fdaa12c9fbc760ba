"""Word tables as data: months, weekdays, zones, agencies.

Kept apart from the algorithms that use them (as ``dateutil.parser.parserinfo`` does),
so a table can grow without touching a pattern.

Examples:
    >>> MONTHS["aug"], MONTHS["décembre"]
    (8, 12)
    >>> ZONE_OFFSETS["IST"]
    330
    >>> canonical_agency("Associated Press")
    'AP'
"""

from __future__ import annotations

__all__ = [
    "AGENCIES",
    "BUDDHIST_ERA_MONTHS",
    "BYLINE_LABELS",
    "BY_LABEL_LANGUAGES",
    "DATELINE_REGIONS",
    "DOTTED_MONTHS",
    "MONTHS",
    "NAME_JOINS",
    "ORGANISATION_WORDS",
    "PAGE_ACCOUNT",
    "PAGE_ADVERT",
    "PAGE_COMMENTS",
    "PAGE_COOKIE_VERBS",
    "PAGE_COUNTERS",
    "PAGE_HERE_LINKS",
    "PAGE_LEGAL",
    "PAGE_NAVIGATION",
    "PAGE_NEWSLETTER",
    "PAGE_OTHER_STORIES",
    "PAGE_PAYWALL",
    "PAGE_RELATED",
    "PAGE_RELATED_ALONE",
    "PAGE_RIGHTS",
    "PAGE_SHARE",
    "PAGE_SIGNUP",
    "PAGE_SIGNUP_OBJECTS",
    "PAGE_TAGS",
    "PAGE_TOOLS",
    "PLACE_NAMES",
    "PLACE_WORDS",
    "PRESS_LABELS",
    "PUBLICATION_WORDS",
    "SAYING_VERBS",
    "SEASONAL_ZONES",
    "SEASONS",
    "SIGNED_PIECES",
    "SPELLED_ZONES",
    "STAMP_LABELS",
    "STAMP_LEADS",
    "STANDFIRST_LABELS",
    "STATE_ABBREVIATIONS",
    "TIME_JOINERS",
    "UNCASED_PLACES",
    "UNCASED_SECTION_WORDS",
    "VIETNAMESE_PLACES_AS_NAMES",
    "VIETNAMESE_SURNAMES",
    "WEEKDAYS",
    "ZONE_OFFSETS",
    "ZONE_WORDS",
    "canonical_agency",
]


def __dir__() -> list[str]:
    return __all__


def _months() -> dict[str, int]:
    names = {
        1: (
            "january",
            "jan",
            "janvier",
            "janv",
            "januar",
            "jänner",
            "enero",
            "ene",
            "gennaio",
            "januari",
            "janeiro",
        ),
        2: (
            "february",
            "feb",
            "février",
            "fevrier",
            "févr",
            "fevr",
            "februar",
            "febrero",
            "febbraio",
            "februari",
            "fevereiro",
            "fev",
        ),
        3: ("march", "mar", "mars", "märz", "maerz", "marzo", "maart", "mrt", "março"),
        4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
        5: ("may", "mai", "mayo", "maggio", "mei", "maio"),
        6: ("june", "jun", "juin", "juni", "junio", "giugno", "junho"),
        7: ("july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho"),
        8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
        9: (
            "september",
            "sep",
            "sept",
            "septembre",
            "septiembre",
            "setiembre",
            "settembre",
            "setembro",
        ),
        10: ("october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro"),
        11: ("november", "nov", "novembre", "noviembre", "novembro"),
        12: (
            "december",
            "dec",
            "décembre",
            "decembre",
            "déc",
            "dezember",
            "dez",
            "diciembre",
            "dic",
            "dicembre",
            "dezembro",
        ),
    }
    table = {word: number for number, words in names.items() for word in words}
    for words in (*_OTHER_MONTHS, _THAI_MONTHS):
        for number, word in enumerate(words.split(), 1):
            for spelling in word.split("|"):
                table[spelling.replace("_", " ")] = number
    return table


# Month names as news pages in other languages date their articles (``14 августа
# 2023``, ``14 Ağustos 2023``, ``14 sierpnia 2023``, ``14 أغسطس 2023``): one string per
# language, January to December, the spellings of one month joined by ``|``, ``_`` for
# a space inside a name. Russian, Polish, Ukrainian and Greek in the genitive a date
# writes, with the Russian abbreviations; Turkish, also with i for the dotless i that capitals lose
# (ARALIK); the Indonesian names the Dutch ones do not give; Arabic, the Egyptian and
# Gulf names and the Levantine ones; Hindi, the nukta written as one character or two.
_OTHER_MONTHS = (
    (
        "января|янв февраля|фев|февр марта|мар апреля|апр мая июня|июн июля|июл августа|авг"
        " сентября|сен|сент октября|окт ноября|ноя|нояб декабря|дек"
    ),
    (
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października"
        " listopada grudnia"
    ),
    # Ukrainian and Greek in the genitive a date writes (``14 березня 2024``, ``14
    # Μαρτίου 2024``).
    ("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"),
    # Greek capitals drop the accents but the diaeresis (March in capitals: ``\u039c\u0391\u03a1
    # \u03a4\u0399\u039f\u03a5``): each name is written as the capitals lower to too.
    (
        "ιανουαρίου|ιανουαριου φεβρουαρίου|φεβρουαριου μαρτίου|μαρτιου"  # noqa: RUF001
        " απριλίου|απριλιου μαΐου|μαϊου|μαιου ιουνίου|ιουνιου ιουλίου|ιουλιου"  # noqa: RUF001
        " αυγούστου|αυγουστου σεπτεμβρίου|σεπτεμβριου οκτωβρίου|οκτωβριου"
        " νοεμβρίου|νοεμβριου δεκεμβρίου|δεκεμβριου"
    ),
    # Swedish, with Norwegian's ``desember``: the names the other tables lack (``maj``,
    # ``augusti``); Danish's ``marts`` is not among them.
    "januari februari mars april maj juni juli augusti september oktober november desember",
    (
        "ocak şubat mart nisan mayıs|mayis haziran temmuz ağustos eylül ekim"  # noqa: RUF001
        " kasım|kasim aralık|aralik"  # noqa: RUF001 - Turkish has a dotless i
    ),
    # Indonesian abbreviations too (``14 Agu 2023``, ``3 Nop 2023``); not ``Des``, which
    # would read French ``14 des 20 pays`` as a date.
    (
        "januari februari maret april mei juni juli agustus|agt|agu september oktober"
        " november|nop desember"
    ),
    (
        "يناير فبراير مارس أبريل|إبريل|ابريل مايو يونيو|يونية يوليو|يولية أغسطس|اغسطس سبتمبر"
        " أكتوبر|اكتوبر نوفمبر ديسمبر"
    ),
    ("كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول"),
    (
        "जनवरी \u095eरवरी|फ\u093cरवरी|फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर|सितम्बर"
        " अक्टूबर|अक्तूबर नवंबर|नवम्बर दिसंबर|दिसम्बर"
    ),
)

# Thai month names and their abbreviations, January to December (``14 ส.ค. 2566``).
_THAI_MONTHS = (
    "มกราคม|ม.ค. กุมภาพันธ์|ก.พ. มีนาคม|มี.ค. เมษายน|เม.ย. พฤษภาคม|พ.ค. มิถุนายน|มิ.ย."
    " กรกฎาคม|ก.ค. สิงหาคม|ส.ค. กันยายน|ก.ย. ตุลาคม|ต.ค. พฤศจิกายน|พ.ย. ธันวาคม|ธ.ค."
)

#: Month names and abbreviations (English, French, German, Spanish), and the names in
#: Italian, Dutch and Portuguese (Factiva writes dates in the export's language), lower
#: case, to 1-12. Abbreviations that are common words (``out``, ``set``) are left out.
#: Also the names of Russian, Polish, Ukrainian, Greek, Swedish, Turkish, Indonesian,
#: Arabic, Hindi and Thai pages (``14 августа 2023``, ``14 Ağustos 2023``, ``14 أغسطس
#: 2023``, ``14 ส.ค. 2566``).
MONTHS: dict[str, int] = _months()

#: The Portuguese abbreviations :data:`MONTHS` leaves out as common words (``out``,
#: October; ``set``, September), read only where Brazilian pages write them, between
#: a day and a year with dots alone (Folha de S.Paulo's ``10.out.2023 às 6h50``).
DOTTED_MONTHS: dict[str, int] = {"out": 10, "set": 9}

#: The Thai month names of :data:`MONTHS`. A Thai page counts years in the Buddhist
#: era, 543 years ahead of the common era: a date with one of these names and a year
#: past 2400, or of two digits, is read in it (``14 ส.ค. 2566`` and ``14 ส.ค. 66`` are
#: 14 August 2023).
BUDDHIST_ERA_MONTHS: frozenset[str] = frozenset(_THAI_MONTHS.replace("|", " ").split())


#: Season names (English, German, French, Dutch), lower case, as magazines name an issue
#: (``Spring 2019``, ``Winter 2018/2019``). A season names no month (hemispheres
#: differ, and a winter spans two years), so it dates an issue to its year only.
SEASONS: frozenset[str] = frozenset(
    (
        "spring", "summer", "autumn", "fall", "winter",
        "frühling", "frühjahr", "sommer", "herbst",
        "printemps", "été", "automne", "hiver",
        "lente", "zomer", "herfst",
    )
)  # fmt: skip

#: Weekday names and abbreviations (English, French, German, Spanish; Italian, Dutch,
#: Portuguese, Indonesian, Turkish, Russian and Polish names), lower case, to 0 (Monday)
#: - 6.
WEEKDAYS: dict[str, int] = {
    word: number
    for number, words in enumerate(
        (
            ("monday", "mon", "lundi", "montag", "lunes",
             "lunedì", "lunedi", "maandag", "segunda-feira",
             "senin", "pazartesi", "понедельник", "poniedziałek"),
            ("tuesday", "tue", "tues", "mardi", "dienstag", "martes",
             "martedì", "martedi", "dinsdag", "terça-feira", "terca-feira",
             "selasa", "salı", "sali", "вторник", "wtorek"),  # noqa: RUF001 - Turkish dotless i
            ("wednesday", "wed", "mercredi", "mittwoch", "miércoles", "miercoles",
             "mercoledì", "mercoledi", "woensdag", "quarta-feira",
             "rabu", "çarşamba", "среда", "środa"),
            ("thursday", "thu", "thur", "thurs", "jeudi", "donnerstag", "jueves",
             "giovedì", "giovedi", "donderdag", "quinta-feira",
             "kamis", "perşembe", "четверг", "czwartek"),
            ("friday", "fri", "vendredi", "freitag", "viernes",
             "venerdì", "venerdi", "vrijdag", "sexta-feira",
             "jumat", "jum'at", "cuma", "пятница", "piątek"),
            ("saturday", "sat", "samedi", "samstag", "sábado", "sabado", "sabato", "zaterdag",
             "sabtu", "cumartesi", "суббота", "sobota"),
            ("sunday", "sun", "dimanche", "sonntag", "domingo", "domenica", "zondag",
             "minggu", "pazar", "воскресенье", "niedziela"),
        )
    )
    for word in words
}  # fmt: skip

#: The words that join a date to the time after it, lower case, besides a comma or a
#: dash: English ``at``, French ``à``, Spanish ``a las``, German ``um``, Italian
#: ``alle`` and ``ore``, Dutch ``om``, Portuguese ``às``, Scandinavian ``kl.``, Russian
#: ``в``, Turkish ``saat``, Indonesian ``pukul``, Thai ``เวลา`` (``14 août 2023 à
#: 06h50``, ``14. August 2023 um 06:50 Uhr``, ``14 августа 2023 в 06:50``).
TIME_JOINERS: tuple[str, ...] = (
    "at",
    "à",
    "a las",
    "um",
    "alle ore",
    "alle",
    "ore",
    "om",
    "às",
    "kl.",
    "в",
    "saat",
    "pukul",
    "เวลา",
)

#: Zone abbreviations to UTC offsets in minutes. Abbreviations are ambiguous: IST is
#: India (+05:30) here, as the Indian layouts use it, though Ireland (+01:00) and
#: Israel (+02:00) use it too; CST is US Central, not China. Callers override any of
#: them with ``parse(..., tzinfos={...})``.
ZONE_OFFSETS: dict[str, int] = {
    "UTC": 0,
    "UT": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 60,
    "IST": 330,
    "CET": 60,
    "CEST": 120,
    "MEZ": 60,
    "MESZ": 120,
    "MET": 60,
    "MEST": 120,
    # Middle European summer time as one word, as German and Dutch news servers of the
    # early 1990s dated posts (``14:40:12 METDST``).
    "METDST": 120,
    "EET": 120,
    "EEST": 180,
    "WET": 0,
    "WEST": 60,
    "MSK": 180,
    # Israel Daylight Time, as Israeli news servers dated posts (``09:00:00 IDT``); no
    # other zone common in news is abbreviated so. Israel's standard time stays out:
    # ``IST`` reads as India's.
    "IDT": 180,
    # Moscow time as Russian pages write it: MSK in Cyrillic letters.
    "\u041c\u0421\u041a": 180,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
    "AST": -240,
    "ADT": -180,
    "NST": -210,
    "NDT": -150,
    "PKT": 300,
    "NPT": 345,
    "HKT": 480,
    "SGT": 480,
    "PHT": 480,
    "WIB": 420,
    "WITA": 480,
    "WIT": 540,
    "ICT": 420,
    "JST": 540,
    "KST": 540,
    "AEST": 600,
    "AEDT": 660,
    "ACST": 570,
    "AWST": 480,
    "NZST": 720,
    "NZDT": 780,
    "SAST": 120,
    "WAT": 60,
    "EAT": 180,
    "GST": 240,
}

#: US zones written without saying standard or daylight time (``3:45 PM ET``), to the
#: names of their standard and daylight time in :data:`ZONE_OFFSETS`. Which of the two
#: a time keeps follows from its date by the US rules, so ``ET`` in August is EDT.
SEASONAL_ZONES: dict[str, tuple[str, str]] = {
    "ET": ("EST", "EDT"),
    "CT": ("CST", "CDT"),
    "MT": ("MST", "MDT"),
    "PT": ("PST", "PDT"),
}

#: The words that join two people's names in a byline as ``and`` does: Spanish ``y``,
#: Italian and Portuguese ``e``, Dutch ``en`` (also in capitals, as bylines in capitals
#: write them), Indonesian ``dan``, Turkish ``ve``, Russian ``и`` and Polish ``i`` (in
#: lower case only: ``Dan`` is a given name). Each joins the parts of one name too
#: (``José Ortega y Gasset``), so a name of two words at least must stand on each side.
NAME_JOINS: frozenset[str] = frozenset(("y", "e", "en", "Y", "E", "EN", "dan", "ve", "\u0438", "i"))

#: Places of two words or more that a page may set before its date under the headline
#: (``New York, March 14, 2024``, ``Hong Kong | 14 August 2023``), as no writer is
#: named: major cities, countries, US states and regions, lower case, with the
#: spellings of ``St. Louis`` and ``Washington, D.C.`` that names take. A name of one
#: word is read as no writer's anyway; a person's name holding one (``Virginia Woolf``)
#: is not one.
PLACE_NAMES: frozenset[str] = frozenset((
    # US cities and boroughs.
    "new york", "new york city", "los angeles", "san francisco", "san diego", "san jose",
    "san antonio", "las vegas", "new orleans", "salt lake city", "kansas city",
    "oklahoma city", "st louis", "st. louis", "saint louis", "el paso", "fort worth",
    "long beach", "long island", "staten island", "santa monica", "santa barbara",
    "palo alto", "silicon valley", "des moines", "baton rouge", "little rock",
    "washington dc", "washington d.c.", "mount vernon",
    # US states.
    "new hampshire", "new jersey", "new mexico", "north carolina", "south carolina",
    "north dakota", "south dakota", "rhode island", "west virginia",
    # Cities elsewhere.
    "hong kong", "new delhi", "tel aviv", "abu dhabi", "buenos aires", "rio de janeiro",
    "sao paulo", "s\u00e3o paulo", "mexico city", "kuala lumpur", "cape town",
    "ho chi minh city", "addis ababa", "dar es salaam", "phnom penh", "the hague",
    "quebec city", "st petersburg", "st. petersburg", "saint petersburg", "tel aviv-yafo",
    # Countries and regions.
    "united states", "united kingdom", "great britain", "northern ireland",
    "south africa", "south korea", "north korea", "new zealand", "saudi arabia",
    "the bronx", "the gambia", "the bahamas", "the netherlands", "the philippines",
    "the vatican",
    "sri lanka", "costa rica", "el salvador", "puerto rico", "united arab emirates",
    "czech republic", "hong kong sar", "south sudan", "papua new guinea",
    "new south wales", "western australia", "british columbia", "latin america",
))  # fmt: skip

#: Words that open a place's name (``Mount Vernon``, ``Fort Worth``, ``Port Talbot``)
#: or a storm's (``Storm Ivy``, ``Hurricane Ian``), or close a place's (``Staten
#: Island``, ``Jersey City``, ``Orange County``, ``Lee Township``), lower case: a name
#: that opens or closes with one, before a date under the headline, is no writer's. No
#: word here is a common given name or surname (``Glen``, ``Lake``, ``Bay``, ``Park``,
#: ``San``, ``Beach`` and ``Santa`` are; ``Storm``, rarely, is). Under ``"surname"``,
#: words that close a place's name and a few people's too (``Mesa Valley``, ``Twin
#: Falls``; ``Jim Valley``, ``Joe Falls``): a name closing with one is a place's only
#: over the site's name (a local paper's town).
PLACE_WORDS: dict[str, frozenset[str]] = {
    "first": frozenset((
        "mount", "mt", "mt.", "fort", "ft.", "port", "cape", "los", "las",
        "storm", "hurricane", "typhoon", "cyclone", "tropical",
    )),
    "last": frozenset(("island", "islands", "city", "county", "province", "heights", "township")),
    "surname": frozenset(("valley", "springs", "falls")),
}  # fmt: skip

#: The labels of a page's stamp before its date, one word each, lower case
#: (``Published``, ``Updated``, ``Aktualisiert``, ``Publié``, ``Actualizado``): set
#: after a byline (``By Jane Doe | Updated 2 hours ago``) they name no one.
STAMP_LABELS: frozenset[str] = frozenset((
    "published", "updated", "posted", "modified", "ver\u00f6ffentlicht", "aktualisiert",
    "publi\u00e9", "publi\u00e9e", "publicado", "actualizado", "atualizado", "pubblicato",
    "aggiornato", "publiziert", "gepubliceerd",
))  # fmt: skip

#: The words that may open a stamp's label, lower case (``Last updated``, ``First
#: published``, ``Zuletzt aktualisiert``).
STAMP_LEADS: frozenset[str] = frozenset(("last", "first", "zuletzt"))

#: The labels a page sets alone on a line over its standfirst, right under the headline,
#: lower case, without a closing colon: the Economic Times' ``Synopsis``, ``Summary``,
#: ``In short``, German ``Zusammenfassung``, French ``En bref``, Spanish ``En resumen``,
#: Hindi ``सारांश`` (summary). The label is furniture, the line under it the
#: summary.
STANDFIRST_LABELS: frozenset[str] = frozenset((
    "synopsis", "summary", "in short", "in brief", "zusammenfassung", "en bref",
    "en resumen", "resumen", "in breve", "sintesi", "samenvatting", "ringkasan",
    "सारांश",
))  # fmt: skip

#: The abbreviations of the US states a dateline writes after a town's name (``Mesa
#: Valley, Colo.``, ``Cedar Springs, N.Y.``), lower case, without their closing full
#: stop. A state so written after a name makes it a town's, no writer's.
STATE_ABBREVIATIONS: frozenset[str] = frozenset((
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
    "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i",
    "s.c", "s.d", "tenn", "vt", "va", "wash", "w.va", "wis", "wyo", "d.c",
))  # fmt: skip

#: The regions a dateline writes out after a town's name and a comma (``BOISE, Idaho``,
#: ``LAGOS, Nigeria``, ``PARIS, FRANCE``), lower case: the US states, Canada's and
#: Australia's provinces and states, and the countries. A region so written after a
#: place in capitals makes it a place, whatever its words (``SANTA CRUZ, Calif.``:
#: abbreviated states are :data:`STATE_ABBREVIATIONS`).
DATELINE_REGIONS: frozenset[str] = frozenset((
    # US states.
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
    "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
    "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
    "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico",
    # Canada's provinces, Australia's states.
    "alberta", "british columbia", "manitoba", "new brunswick", "newfoundland",
    "nova scotia", "ontario", "quebec", "saskatchewan", "new south wales", "queensland",
    "victoria", "tasmania", "western australia", "south australia",
    # Countries.
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia",
    "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados",
    "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana",
    "brazil", "brunei", "bulgaria", "burkina faso", "burundi", "cambodia", "cameroon",
    "canada", "chad", "chile", "china", "colombia", "congo", "costa rica", "croatia",
    "cuba", "cyprus", "czech republic", "denmark", "djibouti", "dominican republic",
    "ecuador", "egypt", "el salvador", "england", "eritrea", "estonia", "ethiopia",
    "fiji", "finland", "france", "gabon", "gambia", "germany", "ghana", "greece",
    "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india",
    "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica",
    "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos",
    "latvia", "lebanon", "lesotho", "liberia", "libya", "lithuania", "luxembourg",
    "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania",
    "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco",
    "mozambique", "myanmar", "namibia", "nepal", "netherlands", "new zealand",
    "nicaragua", "niger", "nigeria", "north korea", "northern ireland", "norway", "oman",
    "pakistan", "palestine", "panama", "papua new guinea", "paraguay", "peru",
    "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda",
    "saudi arabia", "scotland", "senegal", "serbia", "sierra leone", "singapore",
    "slovakia", "slovenia", "somalia", "south africa", "south korea", "south sudan",
    "spain", "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan",
    "tajikistan", "tanzania", "thailand", "togo", "trinidad", "tunisia", "turkey",
    "turkmenistan", "uganda", "ukraine", "united arab emirates", "united kingdom",
    "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen", "zambia",
    "zimbabwe",
))  # fmt: skip

#: Words a newspaper's name closes with (``New York Times``, ``Daily Post``, ``Evening
#: Herald``), lower case: a name of two words or more that closes with one, set with no
#: ``By`` before a bar and a role (``New York Times | Staff``), is the paper's, no
#: writer's. No word here is a common surname.
PUBLICATION_WORDS: frozenset[str] = frozenset((
    "times", "post", "herald", "tribune", "gazette", "chronicle", "telegraph",
    "journal", "courier", "examiner", "inquirer", "enquirer", "sentinel", "dispatch",
))  # fmt: skip

#: The news services and papers whose copy other papers print under the writer's name,
#: as an export's byline field runs the two together with no comma (``Jane Doe Cox News
#: Service``), lower case, words parted by single spaces. Only such a known name parts
#: a person from the outlet after them: ``Mary Ann Ward Tribune News Service`` could
#: be ``Mary Ann`` of a ``Ward Tribune``.
NEWS_SERVICES: frozenset[str] = frozenset((
    "cox news service", "new york times news service", "nyt news service",
    "los angeles times-washington post news service", "washington post news service",
    "scripps howard news service", "knight ridder newspapers", "knight-ridder newspapers",
    "knight ridder news service", "knight ridder/tribune news service",
    "knight ridder tribune news service", "knight-ridder tribune news service",
    "mcclatchy newspapers", "mcclatchy news service", "mcclatchy-tribune news service",
    "mcclatchy washington bureau", "cox washington bureau", "knight ridder washington bureau",
    "hearst washington bureau", "gannett washington bureau", "tribune news service",
    "tribune media services",
    "chicago tribune news service", "gannett news service", "hearst newspapers",
    "newhouse news service", "copley news service", "religion news service",
    "states news service", "medill news service", "capitol news service",
    "kaiser health news", "dow jones newswires", "new york times", "the new york times",
    "washington post", "los angeles times", "chicago tribune", "boston globe",
    "the boston globe", "wall street journal", "the wall street journal", "usa today",
    "bloomberg news", "associated press", "the associated press", "canadian press",
    "the canadian press", "press association", "agence france-presse",
))  # fmt: skip

#: Zones written out after a time (``08:00 AM Eastern Daylight Time``, as Business Wire
#: dates its releases), to the names they stand for in :data:`ZONE_OFFSETS` or
#: :data:`SEASONAL_ZONES` (``Eastern Time``: EST or EDT by the date).
SPELLED_ZONES: dict[str, str] = {
    "Eastern Standard Time": "EST",
    "Eastern Daylight Time": "EDT",
    "Eastern Time": "ET",
    "Central Standard Time": "CST",
    "Central Daylight Time": "CDT",
    "Central Time": "CT",
    "Mountain Standard Time": "MST",
    "Mountain Daylight Time": "MDT",
    "Mountain Time": "MT",
    "Pacific Standard Time": "PST",
    "Pacific Daylight Time": "PDT",
    "Pacific Time": "PT",
    "Greenwich Mean Time": "GMT",
    "Coordinated Universal Time": "UTC",
    "British Summer Time": "BST",
    "Central European Time": "CET",
    "Central European Summer Time": "CEST",
}

#: Zone names that are also words, lower case (German ``ist``, French ``est`` and
#: ``cet``, English ``met``, ``wet``, ``west``, ``eat``, ``wit``, Dutch ``wat``, ``eet``
#: and ``mest``, Latin ``ut``). Written other than in capitals after a time, they are a zone
#: only after ``a.m.`` or ``p.m.`` and with no word after them (``9:10 a.m. est``): in
#: ``um 12:30 ist es soweit`` and ``6 pm Met Office`` no zone is named.
ZONE_WORDS: frozenset[str] = frozenset(
    {"ist", "est", "met", "wet", "west", "eat", "wat", "ut", "cet", "eet", "mest", "wit"}
)

#: The languages (keys of :data:`newsparse.stopwords.STOPWORDS`) whose texts open a
#: byline with each word that stands for ``By`` in them, or labels one with it: ``Par
#: Claire Dumont``, ``Por Ana Ruiz``, ``Av Maja Lind``, ``Af Mette Holm``. Elsewhere
#: the words open names and places (``Von Braun Center``, ``Di Maio``, ``Par Lake``),
#: so each is read so only in a text of a language that writes it.
BY_LABEL_LANGUAGES: dict[str, frozenset[str]] = {
    "von": frozenset({"de"}),
    "par": frozenset({"fr"}),
    "por": frozenset({"es", "pt"}),
    "door": frozenset({"nl"}),
    "di": frozenset({"it"}),
    "de": frozenset({"fr", "es", "pt"}),
    "autor": frozenset({"de", "es", "pt"}),
    "auteur": frozenset({"fr", "nl"}),
    "autore": frozenset({"it"}),
    # Swedish and Norwegian ``Av``, Danish ``Af``: the three share so many words that a
    # text in one may read as another.
    "av": frozenset({"sv", "no", "da"}),
    "af": frozenset({"sv", "no", "da"}),
}

#: Labels that open a byline before a colon (ASCII or full-width) on pages in other
#: languages, none an English word, lower case (``Автор: Ирина Соколова``, ``Yazar:
#: Mehmet Demir``, ``Oleh: Budi Santoso``, ``كتب: أحمد سالم``): Russian, Turkish,
#: Indonesian, Polish, Arabic, Hindi, Thai, Chinese and Japanese; ``Reporter:`` too,
#: as Indonesian pages label it (a colon after it in English labels the names as well).
BYLINE_LABELS: tuple[str, ...] = (
    "автор", "текст", "yazar", "yazan", "muhabir", "oleh", "penulis", "autor", "autorka",
    "haber", "reporter", "wartawan", "pewarta",
    "كتب", "كتبت", "بقلم", "إعداد", "लेखक", "द्वारा", "रिपोर्ट", "ผู้เขียน", "作者", "文", "撰文",
    "記者", "记者", "筆者",
)  # fmt: skip

#: Spellings of news agencies (lower case, no dots) to the canonical short name.
AGENCIES: dict[str, str] = {
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "reuter": "Reuters",
    "thomson reuters": "Reuters",
    "reuters breakingviews": "Reuters",
    "reuters health": "Reuters",
    "thomson reuters foundation": "Reuters",
    "reuters life!": "Reuters",
    "reuters legal": "Reuters",
    "reuterscom": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "pti": "PTI",
    "press trust of india": "PTI",
    "ians": "IANS",
    "indo-asian news service": "IANS",
    "ani": "ANI",
    "asian news international": "ANI",
    "uni": "UNI",
    "united news of india": "UNI",
    "upi": "UPI",
    "united press international": "UPI",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "itar-tass": "TASS",
    "\u0442\u0430\u0441\u0441": "TASS",
    "\u0438\u0442\u0430\u0440-\u0442\u0430\u0441\u0441": "TASS",
    "dpa-afx": "dpa-AFX",
    "interfax": "Interfax",
    "aap": "AAP",
    "australian associated press": "AAP",
    "lusa": "Lusa",
    "anp": "ANP",
    "apa": "APA",
    "europa press": "Europa Press",
    "jiji": "Jiji Press",
    "jiji press": "Jiji Press",
    "bernama": "Bernama",
    "antara": "ANTARA",
    "antara news": "ANTARA",
    # The Nordic, Belgian and Polish agencies, as bylines name them (``Johan Ekdahl/TT``).
    "tt": "TT",
    "tidningarnas telegrambyrå": "TT",
    "ntb": "NTB",
    "norsk telegrambyrå": "NTB",
    "ritzau": "Ritzau",
    "stt": "STT",
    "belga": "Belga",
    "pap": "PAP",
    "polska agencja prasowa": "PAP",
}


# -- web page chrome in languages other than English ----------------------------------
# Each table holds lower-case labels (compared ignoring case) that a saved page shows as
# a line of their own, in German, French, Spanish, Italian, Portuguese, Dutch,
# Indonesian, Turkish, Russian, Arabic, Chinese, Japanese and Korean; the English ones
# are written into the patterns that use them. Words that also stand alone in an
# article (``Weiter``, ``Anterior``, ``Redaksi``) are left out: the furniture table
# drops what matches from every format's body.

#: Navigation: skip links, home, search, menu, back to top.
PAGE_NAVIGATION: tuple[str, ...] = (
    "zum inhalt springen", "zum hauptinhalt springen", "direkt zum inhalt",
    "zur navigation springen", "startseite", "zur startseite", "suche", "suchen", "menü",
    "hauptmenü", "navigation", "nach oben", "zurück zur übersicht", "ressorts",
    "aller au contenu", "aller au contenu principal", "passer au contenu", "accueil",
    "retour à l'accueil", "rechercher", "recherche", "retour en haut", "haut de page",
    "rubriques",
    "ir al contenido", "ir al contenido principal", "saltar al contenido", "inicio",
    "portada", "buscar", "búsqueda", "menú", "secciones", "volver arriba",
    "vai al contenuto", "salta al contenuto", "pagina iniziale", "cerca", "sezioni",
    "torna su", "torna all'inizio",
    "ir para o conteúdo", "saltar para o conteúdo", "pular para o conteúdo", "início",
    "página inicial", "pesquisar", "pesquisa", "seções", "secções", "editorias",
    "voltar ao topo",
    "naar inhoud springen", "ga naar inhoud", "direct naar inhoud", "startpagina",
    "zoeken", "rubrieken", "terug naar boven",
    "langsung ke konten", "lewati ke konten", "beranda", "cari", "pencarian",
    "kembali ke atas",
    "içeriğe geç", "içeriğe atla", "ana sayfa", "anasayfa", "arama", "kategoriler",
    "перейти к содержимому", "перейти к содержанию", "главная", "на главную", "поиск",
    "меню", "разделы", "рубрики", "наверх",
    "الرئيسية", "الصفحة الرئيسية", "بحث", "القائمة", "الأقسام",
    "首页", "首頁", "网站首页", "返回首页", "搜索", "搜尋", "菜单", "選單", "导航",
    "返回顶部", "回到顶部",
    "ホーム", "トップページ", "検索", "メニュー", "ページトップへ",
    "홈", "검색", "메뉴", "전체메뉴", "전체 메뉴", "맨 위로",
    "当前位置\uff1a首页", "当前位置: 首页", "您的位置\uff1a首页", "您现在的位置\uff1a首页",
    "目前位置\uff1a首頁", "現在位置\uff1a首頁",
    "होम", "मुख्य पृष्ठ", "होम पेज", "खोजें", "मेन्यू",
    "หน้าแรก", "หน้าหลัก", "ค้นหา", "เมนู",
    "strona główna", "przejdź do treści", "szukaj", "wyszukaj", "wróć na górę",
)  # fmt: skip

#: Account: sign in, register, subscribe.
PAGE_ACCOUNT: tuple[str, ...] = (
    "anmelden", "einloggen", "abmelden", "registrieren", "mein konto", "jetzt abonnieren",
    "abonnieren",
    "se connecter", "connexion", "s'identifier", "se déconnecter", "s'inscrire",
    "mon compte", "s'abonner", "abonnez-vous", "je m'abonne",
    "iniciar sesión", "acceder", "registrarse", "regístrate", "cerrar sesión", "mi cuenta",
    "suscríbete", "suscribirse", "inscríbete",
    "accedi", "registrati", "il mio account", "abbonati", "iscriviti", "area riservata",
    "iniciar sessão", "cadastre-se", "registe-se", "registre-se", "minha conta",
    "a minha conta", "assine", "assine já", "inscreva-se", "inscrivez-vous",
    "inloggen", "registreren", "uitloggen", "mijn account", "abonneren",
    "masuk", "daftar", "akun saya", "berlangganan",
    "giriş", "giriş yap", "üye ol", "kay\u0131t ol", "ç\u0131k\u0131ş yap", "hesab\u0131m",
    "abone ol",
    "войти", "вход", "регистрация", "зарегистрироваться", "выйти", "личный кабинет",
    "подписаться", "оформить подписку",
    "تسجيل الدخول", "دخول", "اشترك", "اشترك الآن", "حسابي", "تسجيل الخروج",
    "登录", "登錄", "登入", "注册", "註冊", "订阅", "訂閱",
    "ログイン", "ログアウト", "会員登録", "新規登録", "無料会員登録", "マイページ",
    "로그인", "로그아웃", "회원가입", "마이페이지",
    "लॉग इन", "साइन इन", "เข้าสู่ระบบ", "สมัครสมาชิก", "zaloguj się", "zaloguj",
    "zarejestruj się", "moje konto",
)  # fmt: skip

#: The legal and contact links of a site's footer.
PAGE_LEGAL: tuple[str, ...] = (
    "impressum", "datenschutz", "datenschutzerklärung", "datenschutzhinweise",
    "datenschutzeinstellungen", "kontakt", "agb", "nutzungsbedingungen",
    "cookie-einstellungen", "cookie-richtlinie", "barrierefreiheit", "mediadaten",
    "über uns",
    "mentions légales", "politique de confidentialité", "confidentialité",
    "données personnelles", "conditions générales d'utilisation", "conditions générales",
    "cgu", "cgv", "nous contacter", "contactez-nous", "qui sommes-nous",
    "qui sommes-nous ?", "plan du site", "gestion des cookies", "accessibilité",
    "aviso legal", "política de privacidad", "privacidad", "política de cookies",
    "contacto", "contáctanos", "contáctenos", "quiénes somos", "sobre nosotros",
    "términos y condiciones", "condiciones de uso", "términos de uso", "mapa del sitio",
    "mapa web", "accesibilidad",
    "note legali", "informativa sulla privacy", "informativa privacy", "contatti",
    "contattaci", "chi siamo", "termini e condizioni", "condizioni d'uso",
    "termini di utilizzo", "mappa del sito", "impostazioni cookie",
    "política de privacidade", "privacidade", "termos de uso", "termos e condições",
    "termos de utilização", "contato", "contactos", "fale conosco", "fale connosco",
    "quem somos", "sobre nós", "mapa do site", "acessibilidade",
    "colofon", "privacyverklaring", "privacybeleid", "cookiebeleid", "cookie-instellingen",
    "algemene voorwaarden", "gebruiksvoorwaarden", "over ons", "adverteren",
    "klantenservice", "toegankelijkheid",
    "tentang kami", "pedoman media siber", "kebijakan privasi", "hubungi kami", "kontak",
    "kontak kami", "syarat dan ketentuan", "syarat & ketentuan", "info iklan",
    "peta situs",
    "künye", "iletişim", "gizlilik politikas\u0131", "gizlilik", "çerez politikas\u0131",
    "kullan\u0131m koşullar\u0131", "hakk\u0131m\u0131zda", "kvkk", "site haritas\u0131",
    "yay\u0131n ilkeleri",
    "контакты", "\u043e нас", "\u043e проекте", "политика конфиденциальности",
    "пользовательское соглашение", "правила использования", "карта сайта",
    "اتصل بنا", "من نحن", "سياسة الخصوصية", "شروط الاستخدام", "شروط الخدمة", "اعلن معنا",
    "أعلن معنا", "خريطة الموقع", "اتفاقية الاستخدام",
    "关于我们", "關於我們", "联系我们", "聯絡我們", "聯繫我們", "隐私政策", "隱私權政策",
    "隐私声明", "使用条款", "服务条款", "网站地图", "網站地圖", "广告服务", "版权声明",
    "免责声明", "法律声明",
    "会社概要", "運営会社", "お問い合わせ", "プライバシーポリシー", "個人情報保護方針",
    "利用規約", "サイトマップ", "サイトポリシー", "広告掲載", "著作権について", "免責事項",
    "회사소개", "개인정보처리방침", "개인정보취급방침", "이용약관", "고객센터", "광고문의",
    "청소년보호정책", "제휴문의", "사이트맵",
    "हमारे बारे में", "संपर्क करें", "गोपनीयता नीति", "नियम और शर्तें",
    "เกี่ยวกับเรา", "ติดต่อเรา", "นโยบายความเป็นส่วนตัว", "ข้อกำหนดการใช้งาน",
    "polityka prywatności", "regulamin", "o nas", "redakcja", "polityka cookies",
)  # fmt: skip

#: Share buttons and the networks they name (beyond the ones English pages show).
PAGE_SHARE: tuple[str, ...] = (
    "teilen", "artikel teilen", "partager", "partager l'article", "partager sur",
    "compartir", "compartir en", "condividi", "compartilhar", "partilhar", "delen",
    "bagikan", "bagikan artikel", "bagikan ini", "bagikan artikel ini", "paylaş",
    # WordPress's ``Share this:`` over its buttons, as its translations print it.
    "teilen mit", "compartir esto", "compartilhe isso", "dit delen", "condividi questo",
    "поделиться", "شارك", "مشاركة", "分享",
    "分享到", "シェア", "シェアする", "ツイート", "공유", "공유하기",
    "vkontakte", "вконтакте", "одноклассники", "wechat", "weibo", "微信", "微博",
    "kakaotalk", "카카오톡", "카카오스토리", "xing", "فيسبوك", "تويتر", "페이스북", "트위터",
    "واتساب", "शेयर", "शेयर करें", "แชร์", "แชร์ข่าว", "udostępnij", "twitter'da paylaş",
    "dela", "dela artikeln", "chia sẻ", "поділитися", "κοινοποίηση", "compartilhe",
    "compartilhe esta notícia", "partilhe", "partilhe esta notícia", "partilhe este artigo",
    "deel artikel", "deel dit artikel", "compartir en whatsapp", "compartir en facebook",
    "compartir en twitter",
)  # fmt: skip

#: What a page counts beside a number on its bars (``Likes 12``, ``Page 1 of 3``),
#: compared case-folded: a line of them is no table's row.
PAGE_COUNTERS: frozenset[str] = frozenset((
    "like", "likes", "view", "views", "share", "shares", "comment", "comments", "reply",
    "replies", "page", "pages", "read", "reads", "next", "previous",
    "prev",
))  # fmt: skip

#: The labels of lists of other stories: most read, read also, related.
PAGE_RELATED: tuple[str, ...] = (
    "weitere beiträge zum thema", "mehr zum thema", "das könnte sie auch interessieren",
    "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet",
    "noticias relacionadas", "te puede interesar", "lee también", "leia também",
    "veja também", "notícias relacionadas", "leggi anche", "lees ook", "baca juga",
    "ข่าวที่เกี่ยวข้อง", "เรื่องที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง",
    "相关新闻", "相關新聞", "関連記事", "관련 기사", "관련기사", "اقرأ أيضا", "اقرأ أيضاً",
    "meistgelesen", "meistgelesene artikel", "am meisten gelesen", "lesen sie auch",
    "auch interessant",
    "les plus lus", "les plus populaires", "à lire également", "a lire également",
    "lo más leído", "más leídas", "más leído", "lo más visto", "también te puede interesar",
    "i più letti", "più letti", "potrebbe interessarti",
    "mais lidas", "mais lidos", "mais vistas",
    "meest gelezen", "ook interessant",
    "terpopuler", "berita terkait", "artikel terkait", "berita populer",
    "en çok okunanlar", "en çok okunan", "ilgili haberler", "çok okunanlar",
    "самое читаемое", "читайте также", "похожие новости", "по теме",
    "الأكثر قراءة", "أخبار ذات صلة", "الأكثر مشاهدة",
    "热门新闻", "热点新闻", "推荐阅读", "相关阅读", "熱門新聞",
    "人気記事", "アクセスランキング", "おすすめ記事",
    "많이 본 뉴스", "많이 본 기사", "인기 기사", "관련 뉴스",
    "相关报道", "延伸阅读", "延伸閱讀", "相關報導", "相關閱讀", "更多新闻",
    "ये भी पढ़ें", "यह भी पढ़ें", "संबंधित खबरें", "संबंधित ख़बरें", "और पढ़ें",
    "อ่านข่าวที่เกี่ยวข้อง", "ข่าวล่าสุด",
    "czytaj także", "czytaj też", "zobacz też", "zobacz także", "najczęściej czytane",
    "polecane", "benzer haberler", "materiały powiązane", "материалы по теме",
    "مواضيع ذات صلة", "اقرأ أيضًا", "اقرأ ايضا",
    "artigos relacionados", "posts relacionados", "matérias relacionadas",
    "articoli correlati", "articles similaires", "artículos relacionados",
    "ähnliche artikel", "gerelateerde artikelen",
    "похожие записи", "похожие статьи", "свежие записи", "последние записи",
    # A link to one story set between paragraphs, ``: headline`` after it (``İlgili
    # Haber: ...``, ``Xem thêm: ...``), and Vietnamese boxes' labels.
    "ilgili haber", "ilgili içerik", "xem thêm", "đọc thêm", "tin liên quan",
    "bài liên quan", "tin cùng chuyên mục", "tin khác", "関連ニュース", "あわせて読みたい",
    "相关文章", "相關文章", "相关链接", "相關連結",
    # Swedish, Ukrainian, Greek and Rioplatense Spanish links set in the text.
    "läs också", "läs även", "читайте також", "διαβάστε επίσης", "διαβάστε ακόμη",
    "διαβάστε ακόμα", "seguí leyendo",
)  # fmt: skip
#: Labels of a list of other stories that read as the start of a sentence (``Você pode
#: gostar``: you may like), so a label only alone on its line (``...`` may follow), never
#: with ``: headline`` after it, where a sentence of the story may stand.
PAGE_RELATED_ALONE: tuple[str, ...] = (
    "você pode gostar", "você também pode gostar", "você pode gostar também",
    "ti potrebbe interessare", "potrebbe interessarti anche",
    "vous aimerez aussi", "vous aimerez peut-être aussi",
    "te podría interesar", "también te podría interesar",
    "das könnte dich auch interessieren",
    "вам также может быть интересно", "вам также может понравиться",
    "вам может быть интересно",
)  # fmt: skip

#: The labels of an article's tags in other languages, before their colon (``Etiketler:
#: İstanbul, Metro``). Only labels that name tags or keywords: ``Temas``, ``Themen`` and
#: ``Tópicos`` open sentences and headings too.
PAGE_TAGS: tuple[str, ...] = (
    "etiketler", "etiket", "anahtar kelimeler", "теги", "тэги", "метки", "ключевые слова",
    "теґи", "мітки", "tagi", "słowa kluczowe", "schlagwörter", "schlagworte",
    "stichwörter", "mots-clés", "mots clés", "palabras clave", "etiquetas",
    "palavras-chave", "parole chiave", "trefwoorden", "ετικέτες", "taggar", "nyckelord",
    "टैग्स", "टैग", "태그", "タグ", "标签", "標籤", "关键词", "關鍵詞", "الوسوم",
    "كلمات مفتاحية", "từ khóa", "kata kunci",
)  # fmt: skip

#: The labels of a press release and of its contacts, as pages set them alone on a
#: line (lower case, without a colon): a page holding one is a press release, whose
#: boilerplate box about the company (``About Acme``) is no part of the story.
PRESS_LABELS: frozenset[str] = frozenset((
    "press release", "news release", "media release", "press contact", "press contacts",
    "media contact", "media contacts", "media inquiries", "media enquiries",
    "communiqué de presse", "communiqué", "contact presse", "contacts presse",
    "pressemitteilung", "presseinformation", "pressemeldung", "pressekontakt",
    "nota de prensa", "comunicado de prensa", "contacto de prensa", "contacto para medios",
    "comunicato stampa", "ufficio stampa", "contatti stampa", "contatto stampa",
    "nota à imprensa", "comunicado à imprensa", "contato para imprensa",
    "assessoria de imprensa",
    "persbericht", "perscontact", "noot voor de redactie",
    "informacja prasowa", "komunikat prasowy", "kontakt dla mediów",
    "pressmeddelande", "presskontakt", "siaran pers", "kontak media",
    "bas\u0131n bülteni", "bas\u0131n aç\u0131klamas\u0131", "bas\u0131n iletişim",
    "пресс-релиз", "прес-реліз", "контакты для сми", "δελτίο τύπου",
    "プレスリリース", "ニュースリリース", "보도자료", "新闻稿", "新聞稿",
))  # fmt: skip

#: Newsletter boxes' labels.
PAGE_NEWSLETTER: tuple[str, ...] = (
    "newsletter abonnieren", "nieuwsbrief", "boletín", "boletines", "e-bülten",
    "рассылка", "النشرة الإخبارية", "النشرة البريدية", "メールマガジン", "メルマガ", "뉴스레터",
)  # fmt: skip

#: Sign-up boxes' calls to the reader, alone (a button: ``Iscriviti``) or before what
#: the reader signs up to (a label: ``Suscríbete a nuestro boletín``, ``Inscrivez-vous
#: à notre lettre``, ``Meld je aan voor onze nieuwsbrief``); German puts the verb last
#: (``Jetzt kostenlos abonnieren``).
#: Not ``abbonati``: it is also the word for subscribers.
PAGE_SIGNUP: tuple[str, ...] = (
    "suscríbete", "suscribete", "suscríbase", "suscribirse", "inscríbete", "apúntate",
    "inscreva-se", "inscreve-te", "subscreva", "assine", "cadastre-se",
    "iscriviti", "iscrivetevi",
    "abonnez-vous", "inscrivez-vous", "abonne-toi", "inscris-toi", "je m'abonne",
    "je m'inscris",
    "abonnieren", "jetzt abonnieren", "jetzt kostenlos abonnieren", "kostenlos abonnieren",
    "jetzt gratis abonnieren", "hier abonnieren",
    "meld je aan", "meld u aan", "schrijf je in", "schrijf u in", "abonneer je",
    "abonneer u",
)  # fmt: skip

#: What a sign-up call's object names, one of which a call with an object holds: the
#: publisher's own (``nuestro``, ``notre``, ``nosso``, ``nostra``, ``unseren``), a
#: bulletin, a magazine, alerts, or how (``gratis``, ``gratuitement``, ``ahora``). A
#: line of the story may open with the call too (a sub-heading, ``Inscríbete en el
#: registro electoral``): with no such word it is no box.
PAGE_SIGNUP_OBJECTS: tuple[str, ...] = (
    "nuestro", "nuestra", "nuestros", "nuestras", "notre", "nos", "nosso", "nossa", "nossos",
    "nossas", "nostro", "nostra", "nostri", "nostre", "unser", "unsere", "unseren",
    "unserem", "unserer", "onze", "ons",
    "newsletter", "newsletters", "nieuwsbrief", "nieuwsbrieven", "boletín", "boletin",
    "boletines", "boletim", "boletins",
    "bulletin", "lettre", "lettres", "rassegna", "revista", "revue", "rivista",
    "alertas", "alertes", "avisi", "notificaciones", "notifications", "notifiche",
    "notificações", "podcast",
    "gratis", "gratuit", "gratuite", "gratuitement", "gratuitamente", "gratuito", "kostenlos",
    "ahora", "ya", "agora", "já", "maintenant", "ora", "subito", "jetzt", "hier", "aquí",
    "aqui", "ici", "qui",
)  # fmt: skip

#: Advert slots and the cuts that jump over them (``Anzeige``, ``Weiterlesen nach der
#: Anzeige``, ``Publicité``), and buttons that open the rest of a story (``Lees verder``).
PAGE_ADVERT: tuple[str, ...] = (
    "anzeige", "werbung", "weiter nach der anzeige", "weiterlesen nach der anzeige",
    "artikel wird nach der anzeige fortgesetzt", "weiterlesen",
    "publicité", "la suite après la publicité", "la suite après cette publicité",
    "lire la suite",
    "publicidad", "sigue leyendo", "seguir leyendo", "continúa leyendo", "leer más",
    "pubblicità", "continua a leggere", "leggi tutto",
    "publicidade", "continua depois da publicidade", "continua após a publicidade",
    "continue lendo", "continuar a ler", "leia mais",
    "advertentie", "lees verder", "lees meer", "lees verder na de advertentie",
    "iklan", "scroll untuk melanjutkan", "lanjutkan membaca", "baca selengkapnya",
    "reklam", "haberin devam\u0131", "devam\u0131n\u0131 oku",
    # Polish and Swedish.
    "reklama", "czytaj dalej", "annons",
    "реклама", "читать далее", "читать полностью",
    "إعلان", "اقرأ المزيد",
    "广告", "廣告", "阅读全文", "閱讀全文", "继续阅读", "繼續閱讀",
    "広告", "スポンサーリンク", "続きを読む",
    "광고", "기사 더보기",
    # Vietnamese.
    "quảng cáo",
)  # fmt: skip

#: A page's tools around the story: listen, save, print, gift, text size, report an
#: error, the gallery's buttons, a blocked embed.
PAGE_TOOLS: tuple[str, ...] = (
    "artikel anhören", "anhören", "vorlesen", "artikel vorlesen", "merken", "artikel merken",
    "zur merkliste", "drucken", "artikel drucken", "artikel verschenken", "schriftgröße",
    "fehler melden", "fehler gefunden?", "bild vergrößern", "bildergalerie öffnen",
    "externer inhalt", "empfohlener redaktioneller inhalt",
    "écouter cet article", "écouter l'article", "imprimer", "sauvegarder", "offrir cet article",
    "offrir l'article", "signaler une erreur", "lire plus tard", "taille du texte",
    "voir la galerie", "agrandir l'image", "votre navigateur ne supporte pas la vidéo",
    "escuchar", "escuchar noticia", "escuchar artículo", "guardar", "imprimir",
    "reportar un error", "ver galería", "ampliar imagen", "tamaño de letra",
    "ascolta", "ascolta l'articolo", "salva", "stampa", "segnala un errore",
    "guarda la gallery", "ingrandisci",
    "ouvir", "ouvir notícia", "ouça este artigo", "salvar", "reportar erro", "ver galeria",
    "ampliar imagem",
    "beluister", "voorlezen", "bewaren", "opslaan", "afdrukken", "meld een fout",
    "fout gezien?", "bekijk de fotoserie",
    "dengarkan", "simpan", "cetak", "laporkan kesalahan", "lihat galeri",
)  # fmt: skip

#: A Japanese page's links to more, ``… はこちら`` (``… here``): details, the rest,
#: members, sign-up, subscription, the list, contact. Not any word before it:
#: ``答えはこちら`` (the answer is here) may be a line of the article.
PAGE_HERE_LINKS: tuple[str, ...] = tuple(
    f"{what}\u306f\u3053\u3061\u3089"
    for what in (
        "詳しく", "詳細", "続き", "全文", "会員の方", "会員登録", "ログイン", "新規登録",
        "登録", "お申し込み", "お申込み", "申し込み", "購読", "ご購読", "購入", "ご購入",
        "一覧", "記事一覧", "お問い合わせ", "問い合わせ",
    )
)  # fmt: skip

#: Cities a dateline names in scripts with no capitals, as Hindi and Urdu pages set
#: them over the date (``नई दिल्ली``): two or more words there read as a writer's
#: names otherwise.
UNCASED_PLACES: frozenset[str] = frozenset((
    "नई दिल्ली", "नयी दिल्ली", "दिल्ली", "मुंबई", "कोलकाता", "चेन्नई", "बेंगलुरु", "बेंगलूरु",
    "हैदराबाद", "लखनऊ", "पटना", "जयपुर", "भोपाल", "अहमदाबाद", "पुणे", "चंडीगढ़", "रांची",
    "देहरादून", "शिमला", "वाराणसी", "प्रयागराज", "कानपुर", "आगरा", "इंदौर", "रायपुर",
    "श्रीनगर", "जम्मू", "गुवाहाटी", "भुवनेश्वर", "गांधीनगर", "नोएडा", "गुरुग्राम",
    "نئی دہلی", "اسلام آباد", "لاہور", "کراچی",
    # India's states, which a Hindi page sets over the date as its city (``मध्य प्रदेश``).
    "उत्तर प्रदेश", "मध्य प्रदेश", "हिमाचल प्रदेश", "आंध्र प्रदेश", "अरुणाचल प्रदेश",
    "पश्चिम बंगाल", "तमिलनाडु", "महाराष्ट्र", "राजस्थान", "उत्तराखंड", "छत्तीसगढ़", "झारखंड",
    "हरियाणा", "पंजाब", "बिहार", "गुजरात", "कर्नाटक", "केरल", "ओडिशा", "तेलंगाना", "असम",
    # Arab capitals and cities in Arabic (``الدار البيضاء``, Casablanca).
    "الدار البيضاء", "القاهرة", "الإسكندرية", "الرياض", "جدة", "مكة المكرمة", "دبي",
    "أبو ظبي", "أبوظبي", "الدوحة", "الكويت", "المنامة", "مسقط", "بيروت", "دمشق", "عمان",
    "بغداد", "القدس", "رام الله", "غزة", "الرباط", "تونس", "الجزائر", "طرابلس", "الخرطوم",
    "صنعاء",
    # Regions a page sets as a dateline or a section (``الشرق الأوسط``, the Middle East).
    "الشرق الأوسط", "الشرق الاوسط", "العالم العربي", "الوطن العربي", "الخليج العربي",
    "المغرب العربي", "شمال أفريقيا", "الشرق الأقصى",
))  # fmt: skip

#: The kinds of piece a writer signs, folded, as a kicker in capitals names them over
#: the writer's name (``COLUMN``, ``NEWS ANALYSIS``), or a section's label opens a lead
#: where a place would (``Obituary, May 6, 2024 -``): no place. A kicker of any story
#: (``EXCLUSIVE``, ``LIVE``, ``WATCH``) stands over a place or a topic as often.
SIGNED_PIECES: frozenset[str] = frozenset((
    "column", "columna", "coluna", "colonna", "kolumne", "kolumn", "chronique", "opinion",
    "opini\u00f3n", "opini\u00e3o", "opinione", "meinung", "kommentar", "commentaire",
    "comment", "commentary", "editorial", "analysis", "an\u00e1lisis", "analyse",
    "analisi", "review", "essay", "viewpoint", "perspective", "tribune", "tribuna",
    "k\u00f6\u015fe", "yorum", "opini", "kolom",
    # Other signed pieces, and the plurals of a page's section of them (``LETTERS``).
    "feature", "features", "letter", "letters", "profile", "profiles", "investigation",
    "investigations", "explainer", "explainers", "reviews", "comments", "interview",
    "interviews", "obituary", "obituaries", "view", "columns", "opinions", "editorials",
    "analyses", "essays",
))  # fmt: skip

#: Words of the section and topic labels Hindi and Arabic pages set where a writer's
#: name stands, over the date (``खेल जगत``, sports world; ``देश विदेश``, home and
#: abroad; ``رأي القراء``, readers' opinion): two such words read as a bare name in a
#: script with no capitals otherwise. No word here is a given name or a surname
#: (``देश`` and ``जगत`` are both, and are left out).
UNCASED_SECTION_WORDS: frozenset[str] = frozenset((
    "विदेश", "दुनिया", "खेल", "राज्य", "प्रदेश", "शहर", "मनोरंजन", "व्यापार", "कारोबार",
    "बिज़नेस", "बिजनेस", "राजनीति", "ज्योतिष", "स्वास्थ्य", "शिक्षा", "करियर", "टेक",
    "तकनीक", "ऑटो", "लाइफस्टाइल", "विचार", "संपादकीय", "मौसम", "वीडियो", "फोटो",
    "क्रिकेट", "बॉलीवुड", "चुनाव", "अपराध",
    "رأي", "آراء", "مقالات", "رياضة", "اقتصاد", "سياسة", "ثقافة", "فن", "فنون", "منوعات",
    "محليات", "دولي", "تقارير", "تحقيقات", "صحة", "تكنولوجيا", "مجتمع", "حوادث", "أسواق",
    "تعليم", "سياحة", "فيديو", "صور",
    # With the article (``الرياضة``, the sports), as many pages set them.
    "الرياضة", "الاقتصاد", "السياسة", "الثقافة", "الفنون", "المنوعات", "المحليات",
    "التقارير", "التحقيقات", "الصحة", "التكنولوجيا", "المجتمع", "الحوادث", "الأسواق",
    "التعليم", "السياحة",
))  # fmt: skip

#: The labels of a box of links to other stories that are that box's alone (compared
#: case-folded, as a line's start): a story's own subheading may read as a box's label
#: too (``In other news``, ``Latest``, ``Don't miss``: a round-up's parts), and its
#: one-sentence items tell of other things than the headline, as other stories'
#: summaries do.
PAGE_OTHER_STORIES: tuple[str, ...] = (
    "related", "more from", "more on ", "more stories", "most read", "most popular",
    "most viewed", "most shared", "editor's picks", "editor\u2019s picks", "editors' picks",
    "editors\u2019 picks", "recommended", "you may also like", "you might also like",
    "read also", "also read", "see also", "must read", "leia também", "veja também",
    "mehr zum thema", "lesen sie auch", "te puede interesar", "lee también",
    "à lire aussi", "lire aussi", "читайте также", "leggi anche", "lees ook", "baca juga",
)  # fmt: skip

#: Paywall notices: the rest of the story is for subscribers.
PAGE_PAYWALL: tuple[str, ...] = (
    "nur für abonnenten", "artikel nur für abonnenten", "exklusiv für abonnenten",
    "réservé aux abonnés", "article réservé aux abonnés", "la suite est réservée aux abonnés",
    "exclusivo para suscriptores", "contenido exclusivo para suscriptores",
    "exclusivo para assinantes", "conteúdo exclusivo para assinantes",
    "riservato agli abbonati", "articolo riservato agli abbonati",
    "alleen voor abonnees", "khusus pelanggan", "только для подписчиков",
    "会員限定記事", "有料会員限定", "유료 회원 전용",
)  # fmt: skip

#: Comment sections' labels and prompts.
PAGE_COMMENTS: tuple[str, ...] = (
    "kommentare", "kommentar schreiben", "kommentieren", "commentaires", "commenter",
    "comentar", "commenta",
    "laisser un commentaire", "réagir", "comentarios", "deja un comentario",
    "deje un comentario", "comentários", "deixe um comentário", "deixe seu comentário",
    "commenti", "lascia un commento", "reacties", "reageer", "komentar", "tulis komentar",
    "yorumlar", "yorum yap", "комментарии", "оставить комментарий", "добавить отзыв",
    "оставить отзыв", "التعليقات",
    "أضف تعليق", "评论", "評論", "发表评论", "網友評論", "コメント", "コメントする",
    "댓글", "댓글쓰기",
    # A comment form's heading and its cancel link, run together as flattening leaves
    # them (``Leave a Reply Cancel reply``), and its notice to sign in first.
    "schreibe einen kommentar", "schreibe einen kommentar antworten abbrechen",
    "antworten abbrechen", "laisser un commentaire annuler la réponse",
    "laisser une réponse", "annuler la réponse", "deja una respuesta",
    "deja una respuesta cancelar la respuesta", "deja un comentario cancelar la respuesta",
    "cancelar la respuesta", "deixe uma resposta", "deixe uma resposta cancelar resposta",
    "deixe um comentário cancelar resposta", "cancelar resposta", "lascia una risposta",
    "lascia un commento annulla risposta", "lascia una risposta annulla risposta",
    "annulla risposta", "geef een reactie", "geef een reactie reactie annuleren",
    "reactie annuleren",
    "du musst angemeldet sein, um einen kommentar abzugeben.",
    "vous devez vous connecter pour publier un commentaire.",
    "debes iniciar sesión para publicar un comentario.",
    "você precisa fazer o login para publicar um comentário.",
    "devi essere connesso per inviare un commento.",
    "je moet ingelogd zijn om een reactie te plaatsen.",
    "добавить комментарий", "добавить комментарий отменить ответ", "отменить ответ",
    "коментарі", "σχόλια", "komentarze", "kommentarer", "bình luận", "ver comentarios",
)  # fmt: skip

#: ``All rights reserved`` as footers write it.
PAGE_RIGHTS: tuple[str, ...] = (
    "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
    "tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden",
    "hak cipta dilindungi", "tüm haklar\u0131 sakl\u0131d\u0131r", "все права защищены",
    "جميع الحقوق محفوظة", "版权所有", "版權所有", "無断転載", "무단 전재", "무단전재",
    "सर्वाधिकार सुरक्षित", "สงวนลิขสิทธิ์", "wszelkie prawa zastrzeżone",
)  # fmt: skip

#: Verbs of saying that mark a line as a report (``..., the publisher announced``), not
#: the site's own voice: a blurb or an offer says none of them.
SAYING_VERBS: tuple[str, ...] = (
    "said", "says", "told", "tells", "wrote", "writes", "announced", "added", "according",
    "promised", "sagte", "sagt", "dit", "dijo", "disse", "ha detto",
)  # fmt: skip

#: Verbs a cookie banner uses before ``cookies``: ``Wir verwenden Cookies``.
PAGE_COOKIE_VERBS: tuple[str, ...] = (
    "verwenden", "verwendet", "nutzen", "nutzt", "akzeptieren", "utilisons", "utilise",
    "accepter", "acceptez", "utilizamos", "utiliza", "usamos", "aceptar", "aceptas",
    "utilizziamo", "utilizza", "usiamo", "accetta", "accetto", "aceitar", "aceita",
    "gebruiken", "gebruikt", "accepteren", "menggunakan", "используем", "использует",
)  # fmt: skip


def canonical_agency(name: str) -> str | None:
    """Return the canonical short name of a news agency, or ``None`` if it is not one.

    Args:
        name: A spelling such as ``"Associated Press"``, ``"A.P."`` or ``"PTI"``.

    Returns:
        ``"AP"``, ``"Reuters"``, ``"PTI"``...; ``None`` for anything else.

    Examples:
        >>> canonical_agency("Press Trust of India"), canonical_agency("Ministry")
        ('PTI', None)
    """
    key = " ".join(name.replace(".", "").split()).casefold()
    return AGENCIES.get(key)


#: The commonest Vietnamese family names, which open a Vietnamese name (``Nguyễn Văn
#: An``): most Vietnamese people bear one. A name of two to four words opening with one
#: alone at the foot of a story signs it; a place's name rarely opens so, and the
#: few that do are listed in :data:`VIETNAMESE_PLACES_AS_NAMES`.
VIETNAMESE_SURNAMES: frozenset[str] = frozenset((
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Trịnh",
    "Đào", "Cao", "Lưu", "Tạ", "Hà", "Tô", "Chu", "Quách", "Thái", "Kiều", "Châu",
))  # fmt: skip

#: Places whose names open with a family name of :data:`VIETNAMESE_SURNAMES`, lower
#: case: a city named after a person, a province's town, an island.
VIETNAMESE_PLACES_AS_NAMES: frozenset[str] = frozenset((
    "hồ chí minh", "phan thiết", "phan rang", "hoàng sa", "lý sơn", "hà nội", "hà tĩnh",
    "hà giang", "hà nam", "hà đông", "hà tiên", "cao bằng", "cao lãnh", "mai châu",
    "châu đốc", "lê lợi", "trần hưng đạo", "lê duẩn", "nguyễn huệ", "hồ gươm",
    "hồ tây", "thái bình", "thái nguyên", "tô lịch", "thái lan", "châu âu", "châu á",
    "châu phi", "châu mỹ", "châu úc", "cao nguyên",
    # Districts and provinces (Hanoi's Hoàng Mai, Hai Phong's Lê Chân) and lakes (hồ:
    # lake, as the family name Hồ is written). Districts that are as often a writer's
    # name or pen name (Cao Phong, Vũ Quang, Thái Hòa, Mai Sơn, Ngô Quyền) are left
    # out: such a name alone at a story's foot signs it far more often.
    "hoàng mai", "lê chân", "châu thành", "lâm đồng", "hồ tràm",
    "hồ hoàn kiếm", "hồ ba bể", "hồ trúc bạch", "hồ thiền quang", "hồ núi cốc",
    "hồ dầu tiếng", "hồ trị an", "hồ thác bà", "hồ kẻ gỗ", "hồ tuyền lâm", "hồ bảy mẫu",
))  # fmt: skip

#: The last words of an organisation's name (``Dunmore Ferry Watch``, ``Island Relief
#: Fund``): a contact line under such a name gives a group's page, the story's news, not
#: the writer's (AP's ``Dana Kirby can be reached at twitter.com/dkirby``). Only words no
#: surname is likely to be (not ``Church``, ``Service``, ``Board``).
ORGANISATION_WORDS: tuple[str, ...] = (
    "Watch", "Fund", "Trust", "Group", "Society", "Council", "Association", "Club",
    "Project", "Foundation", "Alliance", "Coalition", "Network", "Committee", "Campaign",
    "Centre", "Center", "Union", "League", "Institute", "Services", "Partnership",
    "Initiative", "Charity", "Collective", "Federation",
)  # fmt: skip
