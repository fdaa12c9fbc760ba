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
    "MONTHS",
    "SEASONS",
    "TIME_JOINERS",
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
    return {word: number for number, words in names.items() for word in words}


#: Month names and abbreviations (English, French, German, Spanish), and the names in
#: Italian, Dutch and Portuguese (Factiva writes dates in the export's language), lower
#: case, to 1-12. Abbreviations that are common words (``out``, ``set``) are left out.
MONTHS: dict[str, int] = _months()

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

#: Weekday names and abbreviations (English, French, German, Spanish; Italian, Dutch and
#: Portuguese names), lower case, to 0 (Monday) - 6.
WEEKDAYS: dict[str, int] = {
    word: number
    for number, words in enumerate(
        (
            ("monday", "mon", "lundi", "montag", "lunes",
             "lunedì", "lunedi", "maandag", "segunda-feira"),
            ("tuesday", "tue", "tues", "mardi", "dienstag", "martes",
             "martedì", "martedi", "dinsdag", "terça-feira", "terca-feira"),
            ("wednesday", "wed", "mercredi", "mittwoch", "miércoles", "miercoles",
             "mercoledì", "mercoledi", "woensdag", "quarta-feira"),
            ("thursday", "thu", "thur", "thurs", "jeudi", "donnerstag", "jueves",
             "giovedì", "giovedi", "donderdag", "quinta-feira"),
            ("friday", "fri", "vendredi", "freitag", "viernes",
             "venerdì", "venerdi", "vrijdag", "sexta-feira"),
            ("saturday", "sat", "samedi", "samstag", "sábado", "sabado", "sabato", "zaterdag"),
            ("sunday", "sun", "dimanche", "sonntag", "domingo", "domenica", "zondag"),
        )
    )
    for word in words
}  # fmt: skip

#: The words that join a date to the time after it, lower case, besides a comma or a
#: dash: English ``at``, French ``à``, Spanish ``a las``, German ``um``, Italian
#: ``alle`` and ``ore``, Dutch ``om``, Portuguese ``às``, Scandinavian ``kl.``
#: (``14 août 2023 à 06h50``, ``14. August 2023 um 06:50 Uhr``).
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
    "EET": 120,
    "EEST": 180,
    "WET": 0,
    "WEST": 60,
    "MSK": 180,
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

#: Zone names that are also words, lower case (German ``ist``, French ``est`` and
#: ``cet``, English ``met``, ``wet``, ``west``, ``eat``, Dutch ``wat``, ``eet`` and
#: ``mest``, Latin ``ut``). Written other than in capitals after a time, they are a zone
#: only after ``a.m.`` or ``p.m.`` and with no word after them (``9:10 a.m. est``): in
#: ``um 12:30 ist es soweit`` and ``6 pm Met Office`` no zone is named.
ZONE_WORDS: frozenset[str] = frozenset(
    {"ist", "est", "met", "wet", "west", "eat", "wat", "ut", "cet", "eet", "mest"}
)

#: Spellings of news agencies (lower case, no dots) to the canonical short name.
AGENCIES: dict[str, str] = {
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "reuter": "Reuters",
    "thomson reuters": "Reuters",
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
    "bernama": "Bernama",
}


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
