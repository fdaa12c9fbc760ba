"""Stop words per language, as data: the function words that mark running prose.

A line of prose is thick with short function words (*the*, *of*, *and*); a menu, a
button or a headline of capitalised nouns has few. The tables are deliberately short
(the most frequent words only) so that a hit means prose, not chance. Languages are
keyed by their ISO 639-1 code; :func:`guess_language` picks the table that a text's
words hit most often.

Examples:
    >>> "the" in STOPWORDS["en"], "les" in STOPWORDS["fr"], "und" in STOPWORDS["de"]
    (True, True, True)
    >>> guess_language("Le maire a dit que les travaux du pont commencent".split())
    'fr'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["OPEN_WORDS", "STOPWORDS", "guess_language"]


def __dir__() -> list[str]:
    return __all__


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Language code -> its most frequent function words, lower case.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        a about after all also an and any are as at be been before but by can could did
        do does for from had has have he her his how i if in into is it its just may
        more most no not now of on one only or other our out over she so some such than
        that the their them then there these they this those to up was we were what when
        where which while who will with would you your
        """
    ),
    "fr": _words(
        """
        à au aux avec ce ces cette dans de des du elle en est et été il ils je la
        le les leur lui mais même ne nous on ont ou où par pas plus pour qu que qui sa
        sans se ses son sont sur un une vous y
        """
    ),
    "de": _words(
        """
        aber als am an auch auf aus bei bis das dass dem den der des die doch du durch
        ein eine einem einen einer es für hat hatte ich ihr im in ist kann mit nach
        nicht noch nur oder sein sich sie sind so über um und uns von vor war wie wir
        wird wurde zu zum zur
        """
    ),
    "es": _words(
        """
        a al como con de del el ella en entre es esta este fue ha hay la las le lo los
        más mas me no nos o para pero por que se ser si sin sobre su sus también un una
        uno y ya está son
        """
    ),
    "pt": _words(
        """
        a ao aos as com como da das de do dos e ela ele em entre é foi há isso mais
        mas na nas no nos o os ou para pela pelo por que se sem seu sua são também um
        uma você
        """
    ),
    "it": _words(
        """
        a al alla anche che chi con da dal del della dei di e è gli ha i il in la le
        lo ma nel nella non per più questo se si sono su tra un una
        """
    ),
    "nl": _words(
        """
        aan als bij dat de deze die dit door een en er het hij in is ik met naar niet
        nog of om ook op te tot van voor was wat we werd worden zijn ze zich
        """
    ),
    "id": _words(
        """
        adalah akan atau bahwa dalam dan dari dengan di ini itu juga ke karena kepada
        oleh pada para saat sebagai sudah tidak untuk yang
        """
    ),
    "ar": _words(
        """
        في من على إلى الى أن ان عن مع هذا هذه التي الذي كان قد ما لا أو و ثم بين كما
        بعد عند حتى ذلك تلك هو هي
        """
    ),
    "hi": _words(
        """
        का की के में है और से को पर ने भी यह कि एक लिए था थे हैं गया गई तो इस ही
        वह रहा रही कर
        """
    ),
    # The Nordic languages share many function words; these tables leave out those
    # that other tables hold or that English writes as words of content (``men``,
    # ``end``, ``under``), since every table's words count as stop words wherever
    # topic words are compared.
    "sv": _words(
        """
        och att det som är för med på av till inte har ett var jag hon också efter när
        eller sedan hade blev blir deras sig hans hennes där här än från kan ska skulle
        vi
        """
    ),
    "no": _words(
        """
        og ikke det som på med av til har var jeg hun også etter når eller siden
        hadde ble blir deres seg hans hennes nå enn fra kan skal skulle vi
        """
    ),
    "da": _words(
        """
        og ikke det som på med af til har var jeg hun også efter når eller siden
        havde blev bliver deres sig hans hendes nu fra kan skal skulle vi
        """
    ),
}


#: Language code -> function words no sentence ends on (articles, prepositions,
#: conjunctions, possessives), lower case: a line that ends on one runs on to the next
#: even when that one opens with a capital (``... won the`` / ``Award for ...``), where a
#: line ending on another stop word (``... is over``, ``... right now``) may be a list
#: item of its own.
OPEN_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        a an the of to and or but nor with from for by at in on into onto upon than
        that as whose their its our your my his
        """
    ),
    "fr": _words(
        "le la les un une des du de au aux et ou mais avec pour par sur dans à ces ses sa son"
    ),
    "de": _words(
        """
        der die das den dem des ein eine einen einem einer und oder aber mit von zu für
        auf aus bei nach über um durch im am zum zur vom
        """
    ),
    "es": _words("el la los las un una unos unas del de al y o pero con por para en sobre sus su"),
    "pt": _words("o a os as um uma de do da dos das e ou mas com por para em no na ao pela pelo"),
    "it": _words("il lo la i gli le un una di del della e o ma con per in su da nel nella al alla"),
    "nl": _words("de het een en of maar met van voor op in aan bij naar door"),
    "id": _words("yang dan di ke dari untuk dengan atau pada oleh dalam para"),
    "ar": _words("في من على إلى الى عن مع ثم أو"),
}


def _index() -> dict[str, tuple[str, ...]]:
    langs: dict[str, list[str]] = {}
    for lang, table in STOPWORDS.items():
        for word in table:
            langs.setdefault(word, []).append(lang)
    return {word: tuple(found) for word, found in langs.items()}


# Stop word -> the languages that use it, so a word is looked up once.
_LANGUAGES_OF = _index()


def guess_language(words: Iterable[str], *, min_share: float = 0.08) -> str | None:
    """Return the language whose stop words make up the largest share of ``words``.

    Args:
        words: Words of the text, in any case.
        min_share: The share of stop words below which no language is named.

    Returns:
        A key of :data:`STOPWORDS`, or ``None`` when no table reaches ``min_share``
        (text in another language, or no prose at all).

    Examples:
        >>> guess_language("der Rat hat am Montag die neue Brücke gebilligt".split())
        'de'
        >>> guess_language(["Home", "News", "Sport"]) is None
        True
    """
    hits = dict.fromkeys(STOPWORDS, 0)
    total = 0
    for word in words:
        total += 1
        for lang in _LANGUAGES_OF.get(word.casefold(), ()):
            hits[lang] += 1
    if total == 0:
        return None
    best = max(sorted(hits), key=lambda lang: hits[lang])
    return best if hits[best] / total >= min_share else None
