"""Saved web pages flattened to text: find the article inside the page chrome.

A scraper that drops the tags keeps everything else: the page title on the first line,
menus (runs of short capitalised lines), share buttons, *Advertisement*, related
stories, comment counts and footers around the article, and often the headline a
second time as the page's ``<h1>``. This format reads such a page the way a person
skimming it does:

1. every line is classified (:mod:`newsparse.extract.classify`): prose, furniture,
   a caption, or a short line;
2. the article body is the run of lines whose prose outweighs the chrome between
   them; where a page holds several runs, the one the headline points to (the first
   strong run after it) wins over a bigger one elsewhere;
3. the headline is the ``<h1>`` line when the title repeats it, else the title
   without its site name (``Headline | Site``, ``Headline - Site``);
4. the lines between the headline and the body hold the byline, the date and a
   standfirst; a byline or a date line never runs into the body, and one between
   two runs of prose opens another article (a teaser), so they are not joined.

Everything not taken as a field is kept under ``spans["furniture"]`` with the rule
that dropped it.

Examples:
    >>> import newsparse
    >>> text = (
    ...     "Harbour wall to be rebuilt | Coast Herald\\n"
    ...     "Skip to content\\nHome\\nNews\\nSport\\nWeather\\nOpinion\\nSearch\\n"
    ...     "Harbour wall to be rebuilt\\n"
    ...     "By Jane Doe\\n"
    ...     "14 August 2023\\n"
    ...     "The town council agreed on Monday to rebuild the harbour wall before winter.\\n"
    ...     "Work will start in September and should take about ten weeks, it said.\\n"
    ...     "Share\\nFacebook\\nTwitter\\n"
    ...     "Privacy Policy\\n"
    ...     "\\u00a9 2023 Coast Herald. All rights reserved.\\n"
    ... )
    >>> a = newsparse.parse(text)
    >>> a.format, a.headline, a.byline.authors, a.date.date().isoformat()
    ('webpage', 'Harbour wall to be rebuilt', ('Jane Doe',), '2023-08-14')
    >>> len(a.paragraphs), a.paragraphs[1][:20]
    (2, 'Work will start in S')
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING, ClassVar

import attrs
import regex

from newsparse import _regex
from newsparse._text import caseless, fold, holds_any, line_field, split_lines, trim
from newsparse.extract.attribution import AttributionLine, read_attribution
from newsparse.extract.bylines import (
    BylineMatch,
    is_local_byline,
    is_role_line,
    read_byline,
    read_signature,
    reads_as_names,
    split_joined_names,
)
from newsparse.extract.classify import (
    FURNITURE_VALUE,
    LineInfo,
    classify_lines,
    page_language,
)
from newsparse.extract.dates import DateMatch, find_dates, find_partial_date, may_hold_date
from newsparse.extract.furniture import (
    _BRACKETED_COMMENT_COUNT,
    _NOT_AFTER_PROSE,
    _NOT_BEFORE_PROSE,
    _SLASH_TRAIL,
    furniture_rule,
)
from newsparse.formats._base import (
    Builder,
    Evidence,
    EvidenceFormat,
    OpeningWords,
    Scan,
    ShortLines,
    alternation,
)
from newsparse.model import Byline, Credit, Field, Note, Span
from newsparse.stopwords import OPEN_WORDS, STOPWORDS
from newsparse.vocab import (
    MONTHS,
    PAGE_ACCOUNT,
    PAGE_COOKIE_VERBS,
    PAGE_COUNTERS,
    PAGE_LEGAL,
    PAGE_NAVIGATION,
    PAGE_RELATED,
    PAGE_RELATED_ALONE,
    PAGE_SHARE,
    PAGE_SIGNUP,
    PLACE_WORDS,
    PUBLICATION_WORDS,
    SAYING_VERBS,
    STAMP_LABELS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    from newsparse._text import Line
    from newsparse.extract.classify import LineKind
    from newsparse.model import ParsedFields, ParseOptions

__all__ = ["WebpageFormat"]


def __dir__() -> list[str]:
    return __all__


# -- detection --------------------------------------------------------------------

# Six or more short lines in a row, each with a word of three letters (a letter and
# two more letters or marks, as Hindi and Thai write vowels: ``देश``, ``ข่าว``; or of two
# Chinese, Japanese or Korean characters: ``新闻``, ``정치``), no sentence punctuation
# and no column gaps (a table is not a menu): a menu.
_MENU_RUN_RE = regex.compile(
    r"(?m)(?:^[\x20]?+(?=[^\n]{0,40}?"
    r"(?:\p{L}[\p{L}\p{M}]{2}|[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2}))"
    r"(?![^\n]{0,32}?\x20\x20)[^\n\t.:;!?@|]{1,32}+\n"
    r"(?:[\x20\t\r]*+\n)*+){6}"
)
# Six menu lines hold two letters each and run to at most 33 characters.
_MENU_LINES = ShortLines(2, 33, at_least=6)
# Page chrome near the top, alone on a line: skip links, home, sign-in, search, menu
# buttons, in English and (vocab) other languages; any of them may open a breadcrumb
# trail (``Startseite > Politik``, ``Menu > Sport``, ``Home / Science``).
_CHROME_WORDS = (
    *(f"skip {to}{main}{what}" for to in ("to ", "") for main in ("main ", "")
      for what in ("content", "navigation")),
    "sign in", "log in", "subscribe", "menu", "search", "home", "newsletter", "newsletters",
    "sign up", "toggle navigation", "sections",
    *PAGE_NAVIGATION, *PAGE_ACCOUNT,
)  # fmt: skip
# The longest breadcrumb trail after a chrome word.
_TRAIL_CHARS = 120
# The word lists of these line patterns are tries (``_regex.literal_trie``), not named
# lists: a line that opens no word fails at its first letter, where a named list looks
# up every length a word may have (on lines of two words, half the cost). Each word
# list is in lower case and each pattern ends at the line's end, so the tries and the
# lists find the same lines.
_CHROME_HEAD_RE = regex.compile(
    r"(?mi)^[\x20\t]*+(?:"
    + _regex.literal_trie(_CHROME_WORDS)
    + r")(?:\x20?[>\u203a\u00bb]\x20?[^\n]{0,"
    + str(_TRAIL_CHARS)
    + r"}+|"
    + _SLASH_TRAIL
    + r")?[\x20\t\r]*+$"
)
_CHROME_LINES = OpeningWords(_CHROME_WORDS, max(map(len, _CHROME_WORDS)) + 3 + _TRAIL_CHARS)
# A site footer near the end: legal and contact links, alone on a line, several on one
# line apart (``Impressum | Datenschutz``) or run together, with a space between them or
# none (``ImpressumDatenschutz``, ``Terms of Service Privacy Notice``).
_FOOTER_WORDS = (
    "privacy", "privacy policy", "privacy notice", "terms of use", "terms of service",
    "cookie policy", "contact us", "about us", "sitemap", "site map", "advertise",
    "advertise with us",
    *PAGE_LEGAL,
)  # fmt: skip
# The most characters after the first link and a separator.
_FOOTER_REST_CHARS = 200
# The most links run together on a line.
_FOOTER_RUN = 8
_FOOTER_TRIE = "(?:" + _regex.literal_trie(_FOOTER_WORDS) + ")"
_FOOTER_TAIL_RE = regex.compile(
    r"(?mi)^[\x20\t]*+"
    + _FOOTER_TRIE
    + r"(?:[\x20\t]{0,3}+[|\u00b7\u2022/][^\n]{0,"
    + str(_FOOTER_REST_CHARS)
    + r"}+|(?:\x20?+"
    + _FOOTER_TRIE
    + "){1,"
    + str(_FOOTER_RUN)
    + r"}+)?[\x20\t\r]*+$"
)
_FOOTER_LINES = OpeningWords(
    _FOOTER_WORDS,
    max(
        max(map(len, _FOOTER_WORDS)) + 4 + _FOOTER_REST_CHARS,
        (_FOOTER_RUN + 1) * (max(map(len, _FOOTER_WORDS)) + 1),
    ),
)
# A copyright line near the end: ``©`` or ``All rights reserved`` as a notice writes it
# (not ``All rights reserved, he said.``). (Other languages' ``All rights reserved``
# comes with a ``©`` nearly always: looking for each would cost a search of the tail
# apiece.)
_COPYRIGHT_TAIL_RE = regex.compile(
    r"(?mi)^[^\n]{0,100}(?:©|"
    + _NOT_AFTER_PROSE
    + r"All\x20rights\x20reserved"
    + _NOT_BEFORE_PROSE
    + ")"
)
# A share button alone on a line: ``Share``, ``Teilen:``, a network's name.
_SHARE_WORDS = (
    "share", "share this", "share this article", "share this story", "share on facebook",
    "share on twitter", "facebook", "twitter", "whatsapp", "linkedin", "pinterest",
    "reddit", "telegram", "flipboard", "tweet", "copy link",
    *PAGE_SHARE,
)  # fmt: skip
_SHARE_ROW_RE = regex.compile(
    r"(?mi)^[\x20\t]*+(?:"
    + _regex.literal_trie(_SHARE_WORDS)
    + r")[\x20\t]?[:\uff1a]?[\x20\t\r]*+$"
)
_SHARE_LINES = OpeningWords(_SHARE_WORDS, max(map(len, _SHARE_WORDS)) + 2)
# The label of a list of other stories, alone on a line or before a colon.
_RELATED_WORDS = (
    "related", "related stories", "related articles", "related news", "related content",
    "related coverage", "most read", "most popular", "most viewed", "most shared",
    "read more", "read next", "you may also like", "you might also like", "recommended",
    "recommended for you", "trending now", "top stories", "more stories", "editor's picks",
    "don't miss", "also read", "see also", "trending", "popular now", "latest news",
    "more news", "in case you missed it", "you may have missed", "must read",
    "recommended stories", "what to read next",
    *PAGE_RELATED, *PAGE_RELATED_ALONE,
)  # fmt: skip
_RELATED_LIST_RE = regex.compile(
    r"(?mi)^[\x20\t]*+(?:"
    + _regex.literal_trie(_RELATED_WORDS)
    + r")[\x20\t]?[:\uff1a]?[\x20\t\r]*+$"
)
# The longest line that may hold a label and a colon, and the labels, case-folded.
_RELATED_LABEL_CHARS = max(map(len, _RELATED_WORDS)) + 2
_RELATED_LINES = OpeningWords(_RELATED_WORDS, _RELATED_LABEL_CHARS)
_RELATED_LABELS = frozenset(caseless(w) for w in _RELATED_WORDS)
#: The fewest words in a site's box label of the form ``More Great Herald Stories``.
MIN_MORE_LABEL_WORDS = 3
# A cookie banner: ``We use cookies``, ``Wir verwenden Cookies``, ``Nous utilisons des
# cookies``.
_COOKIE_BANNER_RE = regex.compile(
    r"(?mi)^[^\n]{0,300}\b(?:use|uses|using|accept|consent\x20to|\L<verbs>)\x20"
    r"(?:of\x20|des\x20|les\x20|i\x20|los\x20|as\x20|os\x20|de\x20|\u0444\u0430\u0439\u043b\u044b\x20)?"
    r"cookies?\b",
    verbs=PAGE_COOKIE_VERBS,
)
# The page title on the first line, ending in a site name: ``Headline | Site``.
# Chinese, Japanese and Korean titles join the site name without spaces, by a bar, an
# underscore or a dash (``标题_新浪网``, ``見出し\uff5c谷新聞``, ``标题-新华网``); after a dash the
# name holds no space, since ``한-미 정상회담`` is a headline, and no dash, since a
# doubled dash opens a headline's second part (``会见外宾——强调合作``).
_TITLE_SUFFIX_RE, _TITLE_SUFFIX_BRANCHES = alternation(
    r"\A[\x20\t\ufeff]*+[^\n]{10,300}?\x20(?:\||-|\u2013|\u2014|\u00bb|::)\x20[^\n|]{2,40}+\r?$",
    r"\A[\x20\t\ufeff]*+[^\n]{3,300}?[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
    r"(?:\x20?[|_\uff5c\uff3f]\x20?[^\n|_\uff5c]{2,40}+"
    r"|[-\uff0d\u2013\u2014][^\s|_\uff5c\-\uff0d\u2013\u2014]{2,20}+)\r?$",
    flags=regex.MULTILINE,
)


def _title_may_name_site(scan: Scan, start: int, end: int) -> bool:
    """Gate for ``title-site-suffix``: the first line holds an ASCII separator, or is not ASCII.

    The first branch's separators are `` | ``, `` - ``, `` :: `` or a character beyond
    ASCII (a dash, ``»``); the second's follows a Chinese, Japanese or Korean character.
    """
    text = scan.text
    line_end = text.find("\n", start, end)
    line = text[start : end if line_end == -1 else line_end]
    return not line.isascii() or " | " in line or " - " in line or " :: " in line


# The first line repeated later as a line of its own (title, then ``<h1>``), the
# title perhaps with a site's name after a separator (``Headline - Site``): the blanks
# before the separator are those the possessive run took, so the lookbehind asks for one.
# One word in lower case, perhaps numbered at its end (``- draft``, ``- v2``,
# ``- draft2``), or a document's status (``- Final``) is no site's name: a note's
# subject over its heading is no page (``heise online``, ``golem.de`` and ``t3n``,
# letters around a digit, are).
_TITLE_REPEATED_RE = regex.compile(
    r"\A[\x20\t\ufeff]*+(?P<title>[^\n]{12,200}?)[\x20\t]*+"
    r"(?:(?<=\x20)(?:\||-|\u2013|\u2014|\u00bb|::)\x20"
    r"(?!(?:\p{Ll}++\p{N}*+|(?i:draft|final|updated?|copy|revised|corrected|v\d{1,3}))"
    r"[\x20\t]*+\r?\n)[^\n]{1,60}+)?\r?\n"
    r"(?:[^\n]{0,300}+\n){0,80}?[\x20\t]*+(?P=title)[\x20\t\r]*+$",
    regex.MULTILINE,
)
_TITLE_MIN_CHARS = 12


def _title_may_repeat(scan: Scan, start: int, end: int) -> bool:
    """Gate for ``title-repeated``: a later line repeats the start of the first line.

    The title is at least the first line's first 12 characters, and its repeat stands
    alone on a later line, after spaces or tabs only, as the pattern's
    ``[\x20\t]*+(?P=title)[\x20\t\r]*+$`` after a line break asks: so that line opens
    with those 12 characters and, stripped, starts the first line.
    """
    text = scan.text
    first = start
    while first < end and text[first] in " \t\ufeff":
        first += 1
    line_end = text.find("\n", first, end)
    if line_end == -1 or line_end - first < _TITLE_MIN_CHARS:
        return False
    key = text[first : first + _TITLE_MIN_CHARS]
    at = text.find(key, line_end, end)
    while at != -1:
        line_start = text.rfind("\n", line_end, at) + 1
        if not text[line_start:at].strip(" \t"):
            repeat_end = text.find("\n", at, end)
            repeat = text[at : end if repeat_end == -1 else repeat_end].rstrip(" \t\r")
            if text.startswith(repeat, first, line_end):
                return True
        at = text.find(key, at + 1, end)
    return False


# -- reading ----------------------------------------------------------------------

# A word, for the words a headline and the body share.
_TOPIC_WORD_RE = regex.compile(r"\w+")
# Separators between a headline and the site name in a page title, in the order
# they are tried.
_TITLE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00bb ", " / ")
# A byline introduced by a label: ``Analysis by X``, ``Opinion by X``.
_LABELLED_BY_RE = regex.compile(
    r"(?:Analysis|Opinion|Commentary|Review|Story|Text|Words|Column|Interview|Report)"
    r"\x20(?=by\x20)",
    regex.IGNORECASE,
)
# ``By`` in French, German, Spanish, Dutch, Italian and Portuguese: ``Par Claire Dumont``.
# Each only on a page in a language that writes it (_BY_LANGUAGES).
# Italian and Dutch pages write theirs in lower case too (``di Paolo Ricci``); ``de``
# in lower case is a particle opening a surname (``de Vries``).
_FOREIGN_BY_RE = regex.compile(r"(?P<foreign>[Pp]ar|[Vv]on|[Pp]or|[Dd]oor|[Dd]i|De)\x20(?=\p{Lu})")
# ``By`` (or ``By:``) alone on a line, the names on the next.
# ``Von``, ``Par``, ``Por``, ``Door``, ``Di``, ``De`` and ``Autor``/``Auteur``/``Autore``
# alike, as German, French, Spanish, Dutch, Italian and Portuguese pages write them; each
# only on a page in a language that writes it (_BY_LANGUAGES), since ``DE`` in a language
# menu, golf's ``Par`` or English ``Door`` alone on a line opens no names.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
# ``\Z``: the label is the whole line, and ``finditer`` cannot chain matches.
_BARE_BY_RE = regex.compile(
    r"\G(?:By|Written\x20by|Author|(?P<foreign>Von|Par|Por|Door|Di|De|Autor|Auteur|Autore))"
    r"\s?:?\Z",
    regex.IGNORECASE,
)
# A line that joins the names of two writers, each a link on a line of its own
# (compared case-folded).
_NAME_JOIN_LINES = frozenset({",", "and", "&", "und", "et", "y", "e", "en"})
# The languages (keys of newsparse.stopwords.STOPWORDS) whose pages write each label.
_BY_LANGUAGES: dict[str, frozenset[str]] = {
    "von": frozenset({"de"}),
    "par": frozenset({"fr"}),
    "por": frozenset({"es", "pt"}),
    "door": frozenset({"nl"}),
    "di": frozenset({"it"}),
    "de": frozenset({"fr", "es", "pt"}),
    "autor": frozenset({"de", "es", "pt"}),
    "auteur": frozenset({"fr", "nl"}),
    "autore": frozenset({"it"}),
}
# A time with a weekday or a relative day but no date, or an age, as a page stamps its
# articles: ``Monday 6:30PM``, ``Yesterday at 2:45 pm``, ``3 hours ago``. No date can be
# read from it; it marks a header line all the same.
_CLOCK_STAMP_RE = regex.compile(
    r"(?:\L<weekdays>|today|yesterday)\.?,?\x20{1,3}(?:at\x20)?\d{1,2}(?:[:.]\d{2})?"
    r"\x20?(?:[ap]\.?m\.?)?"
    r"|\d{1,3}\x20?(?:minutes?|mins?|hours?|hrs?|h|days?)\x20ago",
    regex.IGNORECASE,
    weekdays=list(WEEKDAYS),
)
# A social-media handle glued to the end of a name: ``Jane Doe@janedoe``.
# An account's handle: ``@jane.doe``.
_HANDLE = r"@\w[\w.]{0,29}+"
_HANDLE_RE = regex.compile(_HANDLE)
# A photo's credit after the copyright sign, a name of one to four words, and the
# caption opening with a capital: ``© Jo Roe Walkers cross the bridge.``
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``), as
# the patterns of whole lines below are.
_CREDITED_CAPTION_RE = regex.compile(
    r"\G\u00a9\x20?+\p{Lu}[\p{L}.'\u2019-]{0,30}+(?:\x20\p{Lu}[\p{L}.'\u2019-]{0,30}+){0,3}+\x20\p{L}"
)
# A photo's credit alone after the copyright sign, between paragraphs: a name of one to
# four words, and perhaps a source after a slash (``© Jo Roe``, ``© Jo Roe/Instagram``,
# ``© AFP / Jo Roe``, ``© J. Roe``); no digit (a notice's year), no comma.
_SIGN_CREDIT_WORD = r"\p{Lu}[\p{L}.'\u2019&-]{0,30}+"
_SIGN_CREDIT_NAME = _SIGN_CREDIT_WORD + r"(?:\x20(?:" + _SIGN_CREDIT_WORD + r"|of|de|the)){0,3}+"
_SIGN_CREDIT_RE = regex.compile(
    r"\G\u00a9\x20?+" + _SIGN_CREDIT_NAME + r"(?:\x20?/\x20?" + _SIGN_CREDIT_NAME + r")?+\x20*+$"
)
# The words of a company's name or of its rights, as a copyright notice writes them.
_COMPANY_WORDS = (
    r"rights|reserved|inc|ltd|llc|plc|gmbh|limited|corp|corporation|company|media|group"
    r"|publishing|publications|network|newspapers?"
)
# What a notice says may not be done with the site's content.
_CONTENT_WORDS = r"reproduced|reproduction|permission|consent|copied|website"
# What the line under a notice says of the site's content, and the paragraph under a
# photo's credit does not: ``Reproduction without permission is prohibited.``
_CONTENT_NOTICE_RE = regex.compile(
    r"\b(?:" + _CONTENT_WORDS + r"|reproduc\w{0,10}+|copying|may\x20not\x20be|rights"
    r"|this\x20(?:site|blog|page))\b",
    regex.IGNORECASE,
)
# What a credit's name is not: a company, its rights, the sign's own words (``© Crown
# Copyright``, ``© The Author``).
_NOT_A_CREDIT_RE = regex.compile(
    r"\b(?:" + _COMPANY_WORDS + r"|copyright|author)\b", regex.IGNORECASE
)
# What a copyright notice names: its rights, a company, the site and what may not be
# done with its content.
_NOTICE_WORDS_RE = regex.compile(
    r"\b(?:" + _COMPANY_WORDS + r"|" + _CONTENT_WORDS + r"|news|site|blog|content|copy"
    r"|without|may\x20not|use)\b",
    regex.IGNORECASE,
)
#: The fewest words in lower case in a caption after a photo's credit, and the most.
MIN_CAPTION_LOWER_WORDS = 5
MAX_CREDITED_CAPTION_WORDS = 40
# A writer's name and her handle, a line of their own: ``Jane Doe @janedoe``.
_NAME_HANDLE_RE = regex.compile(
    r"\G\p{Lu}[\p{L}'\u2019-]{0,30}+(?:\.?\x20\p{Lu}[\p{L}'\u2019-]{0,30}+){1,3}+\x20?" + _HANDLE
)
# A handle that closes a line, not part of an address: ``Image copyright @herald``.
_CLOSING_HANDLE_RE = regex.compile(r"(?<![\w.])" + _HANDLE + r"\)?[\x20\t]*+$")
# An embedded post's buttons that the furniture table reads as a comment's (compared
# case-folded).
_POST_BUTTONS = frozenset(("report", "reply"))
# The label over a page's tags, alone on a line (compared case-folded, without a
# closing colon), in English, German, French, Spanish, Portuguese and Italian.
_TAG_LABELS = frozenset((
    "tag", "tags", "tagged", "tagged with", "topic", "topics", "filed under", "keywords",
    "themen", "thema", "schlagworte", "schlagwörter", "sujets", "thèmes", "mots-clés",
    "mots clés", "temas", "tema", "etiquetas", "assuntos", "argomenti", "parole chiave",
))  # fmt: skip
# What may stand between names and the date after them on one line.
_NAME_DATE_GAP = " \t,|\u00b7\u2022-\u2013\u2014"
# The button to follow an author, alone on the line under the author's name.
_FOLLOW_BUTTONS = frozenset(("follow", "+ follow", "follow author"))
#: The longest line read as a bare name (no ``By``) beside the article's date.
MAX_NAME_LINE = 60

# A date labelled as an update rather than the publication.
_UPDATED_RE = regex.compile(
    r"\b(?:Updated|Last\x20updated|Modified|Aktualisiert|Mis\x20à\x20jour|Actualizado)\b",
    regex.IGNORECASE,
)
# An invitation to follow an account, which ends an author's note or opens a
# newsletter's blurb: ``Follow him on Twitter @jdoe``, ``Follow us at @herald``. The
# invitation opens the line or a sentence of it, as the reader is addressed; a report
# of one (``... urged residents to follow her on Twitter @mayor for updates``, a quote
# of a post) is the article's.
_FOLLOW_RE = regex.compile(
    r"(?:^|(?<=[.!?]\x20))Follow\x20(?:us|him|her|me|them)\b[^\n@]{0,80}+@\w",
    regex.IGNORECASE,
)
# A link alone on a line: a web address or a bare domain (``example.com/news``,
# ``ThisSite.me``). A dotted word such as ``Node.js`` is taken for one too: as a line of
# its own between paragraphs it is more often a link than a heading.
_BARE_LINK_RE = regex.compile(
    r"(?:https?://)?+[\p{L}\p{N}-]{1,63}+(?:\.[\p{L}\p{N}-]{1,63}+){1,8}+(?:/\S{0,300}+)?+"
)
# The signature under an embedded post on X (Twitter): ``— Jane Doe (@jdoe) August 14,
# 2023``. It dates the post, not the article.
_POST_SIGNATURE_RE = regex.compile(
    r"[\u2014\u2013-]{1,2}+\x20?+[^\n()]{1,80}+\(@\w{1,30}+\)\x20[^\n]{4,60}+"
)
#: The longest line read as a label (``Updated``) for the date line under it.
MAX_LABEL_LINE = 20
# The start of a byline line.
_BYLINE_START_RE = regex.compile(r"(?:By|Written\x20by|Author)\b", regex.IGNORECASE)
# The start of a byline that a stamp may follow on its line (``Posted by Jane Doe on
# March 3, 2021``).
_SIGNED_STAMP_RE = regex.compile(r"\G(?:By|Written\x20by|Posted\x20by)\x20\p{Lu}")
# The precisions of a date read with its time of day.
_TIMED = frozenset(("minute", "second"))
# The first characters a line these patterns match opens with (no other character
# matches these letters under IGNORECASE): a cheap test before the pattern runs.
_BYLINE_FIRSTS = frozenset("BbWwAa")
_FOREIGN_BY_FIRSTS = frozenset("PpVvDd")
_STAMP_LABEL_FIRSTS = frozenset("PpUuLl")
# The start of a line that stamps the article's time, which the date patterns may not
# read: ``Published 3 hours ago``, ``Updated an hour ago``, a date glued to its time.
_STAMP_LABEL_RE = regex.compile(
    r"(?:Published|Updated|Posted|Last\x20updated)(?:\x20on)?+\x20?+:?+\x20?+"
    r"(?:\d|(?:\L<months>|\L<weekdays>)\b|an?\x20(?:few\x20)?+(?:minute|hour|day)s?+\x20ago"
    r"|yesterday|today|just\x20now)",
    regex.IGNORECASE,
    months=list(MONTHS),
    weekdays=list(WEEKDAYS),
)
# How a stamp that label opens ends: a digit, ``ago``, ``a.m.``/``pm``, ``yesterday``,
# ``today``, ``now`` or a zone's capitals; ``Updated 2024 forecast`` is a heading.
_STAMP_END_RE = regex.compile(
    r"(?:\d|\b(?i:ago|[ap]\.?m\.?|yesterday|today|now)|\b\p{Lu}{2,5})[\x20.)]{0,3}+\Z"
)
# A label of the publication's time alone (no update's), opening a line.
_PUBLICATION_LABEL_RE = regex.compile(
    r"(?:Published|Posted|Publi\u00e9e?|Ver\u00f6ffentlicht|Publicad[oa]|Pubblicato)\b"
    r"(?:\x20?:)?",
    regex.IGNORECASE,
)
# A label of the publication's or the update's time, opening a line, in English,
# French, German, Spanish, Portuguese and Italian. ``\G``: matched only at the position
# its caller gives (``match``).
_PUBLISHED_LABEL_RE = regex.compile(
    r"\G(?:Published|Updated|Posted|Last\x20updated|Publi\u00e9e?|Mis\x20\u00e0\x20jour"
    r"|Ver\u00f6ffentlicht|Aktualisiert|Stand|Publicad[oa]|Actualizad[oa]|Atualizad[oa]"
    r"|Pubblicato|Aggiornato)\b",
    regex.IGNORECASE,
)
# How a line of dates ends: a digit, perhaps a zone or a clock's unit (``12h30``, ``14:05
# Uhr``, ``10:05 CET``, ``9 a.m.``). Searched from the end (``REVERSE``): a match ends
# there, so only the end is tried, where a forward search would try every digit.
_DATE_END_RE = regex.compile(
    r"\d(?:h|\x20?Uhr|\x20?h|\x20?\p{Lu}{2,5}|\x20?[ap]\.?m\.?)?\Z", regex.REVERSE
)
# A time of day alone on a line, perhaps with a zone: ``09.40 GMT``, ``9:15 a.m. ET``.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
# Perhaps with its label: ``Posted at 11:20 PM``.
_BARE_TIME_RE = regex.compile(
    r"\G(?:(?:Posted|Updated|Published)\x20at\x20)?+"
    r"\d{1,2}[:.h]\d{2}(?:\x20?[ap]\.?m\.?)?+(?:\x20(?:\p{Lu}{2,5}|Uhr))?+"
)
#: The longest line read as a time of day alone.
MAX_BARE_TIME = 20
# The labels a live blog may set before an entry's time.
_TIME_LABELS = ("Posted at ", "Updated at ", "Published at ")
# How far from a line's end _STAMP_END_RE starts looking.
_STAMP_END_CHARS = 16
# What sets a stamp apart from a byline on its line: ``By Jane Doe | 2 hours ago``.
_STAMP_SEPARATORS = (" | ", " \u00b7 ", " \u2022 ", " - ", " \u2013 ", " \u2014 ")
_STAMP_SEPARATOR_CHARS = " |\u00b7\u2022-\u2013\u2014"
#: The longest line taken for a date stamp rather than prose.
MAX_STAMP_LINE = 100
#: The longest line that marks the head of an article by holding a date.
MAX_DATE_LINE = 60
#: Fewer words than this on the first line make it a site name, not a page title.
MIN_TITLE_WORDS = 4
#: The fewest words in a headline right above the byline or the date line that is
#: shorter than a title (``Wall rebuilt``).
MIN_SHORT_HEADLINE_WORDS = 2
#: How many lines from the top a headline worded apart from the title is looked for.
H1_REACH = 80
#: The least share of the title's headline's words that such a headline holds.
H1_SHARED_WORDS = 0.6
#: How far above the body a headline is looked for when the page has no title.
HEADLINE_REACH = 15
#: How many lines above the headline a labelled byline is looked for when there is
#: none under it.
BYLINE_ABOVE_REACH = 3
#: How many lines under the headline a standfirst may start.
STANDFIRST_REACH = 6
#: The most words in a standfirst told from the first paragraph by the photo under it.
MAX_STANDFIRST_WORDS = 40
#: The longest line read as a date line or a byline.
MAX_HEADER_LINE = 160
#: How much chrome (in word units, see :mod:`newsparse.extract.classify`) a run of
#: prose may carry across before it ends.
GAP_TOLERANCE = 40.0
#: The most lines of chrome in a row inside one run.
MAX_GAP_LINES = 6
#: A run counts as a candidate for the article when its weight is at least this share
#: of the heaviest run's.
CANDIDATE_SHARE = 0.5
#: With every run under the headline lighter than that, the share of the heaviest run
#: (above the headline) that one right under it needs to be the article.
UNDER_HEADLINE_SHARE = 0.25
#: How many lines under the headline that run must start (its byline, its date, a
#: photo's caption between).
MAX_HEADER_GAP = 8
#: How many lines over a run a byline or a date heads it from.
HEADER_REACH = 3
#: The lightest run taken as an article body, in words.
MIN_RUN = 12.0
#: What a run below the page footer weighs, as a share of its words.
FOOTER_DISCOUNT = 0.25
#: The most lines of chrome between two runs that are still one article.
MAX_JOIN_GAP = 16
#: The most words of an ``<h1>`` worded apart from the page title and read as prose.
MAX_H1_WORDS = 20
#: The fewest letters of a word that tells what a story is about (no ``the``, ``of``).
MIN_TOPIC_WORD = 4
#: How many of the body's first lines an ``<h1>`` worded apart from the title is
#: compared with.
LEAD_LINES = 3
#: How many of a box's lines (other stories' headlines, bylines and dates) may stand
#: between its label (``Most read``) and a date that is one of its stories'.
TEASER_REACH = 6
#: The most words in a site's name after a page title's headline (``The Valley Herald``).
MAX_SITE_WORDS = 5
#: The most words in a box's label (``Related Stories``, ``You may also like``).
MAX_LABEL_WORDS = 4
#: The most lines without a letter in a row that are a table's cells, not chrome.
MAX_TABLE_ROW = 12
#: The lightest run joined to the article across such a gap, in words.
MIN_JOIN = 20.0
#: The fewest words in a line that counts as a paragraph though it does not end like a
#: sentence (a linked headline is shorter).
MIN_UNENDED_PARAGRAPH = 30
#: The shortest line that may copy the article's lines run together (the body that a
#: page's metadata repeats), in characters; the shortest line it may open with, in
#: characters; how many lines it is tried from (a metadata block may repeat the first
#: paragraph as the page's description); how many paragraphs it must open with; and
#: how many lines in a row (a caption, a link) it may leave out among them.
MIN_COPY_CHARS = 1_000
MIN_COPY_OPENING = 12
MAX_COPY_TRIES = 8
MIN_COPIED_PARAGRAPHS = 3
MAX_COPY_SKIPS = 3
#: How much of such a copy the page's lines must cover, found in it in order (see
#: :func:`_copies_lines`); the shortest line that counts; how far past the last line
#: found the next is looked for, in characters; and how many lines in a row may be
#: missing from it.
MIN_COPY_SHARE = 0.8
MIN_COVER_LINE = 20
COPY_SLACK = 200
MAX_COPY_MISSES = 20
#: The least share of prose lines in a run joined to the article (a list of teasers,
#: a title, a name and a date per summary, has less).
MIN_JOIN_DENSITY = 0.6
# The lines of a gallery's slide under its counter (``Image 2 of 5``), besides the next
# slide's counter.
_SLIDE_RULES = frozenset({"caption", "credit"})
# Furniture that ends an article: what follows is comments or the footer.
_BOUNDARY_RULES = frozenset({"comments", "copyright", "legal"})
# Furniture that ends a run of prose: a box of links, a share bar, a sign-up box, a box
# about the author, the article's tags, or the above.
_BREAK_RULES = _BOUNDARY_RULES | {"related", "share", "newsletter", "account", "author-box", "tags"}
# What a run before the article may not be joined across: a link to the comments (``12
# Comments``) in the bar under the lead paragraph does not part it from the rest (nor
# does it part the lead paragraph alone from the run under it).
_BACKWARD_BOUNDARY_RULES = _BOUNDARY_RULES - {"comments"}
# What a run after the article may not be joined across (a sign-up box or a box about
# the author that closes the article), though one before it may.
_FORWARD_BOUNDARY_RULES = _BOUNDARY_RULES | {"newsletter", "account", "author-box"}
# The rules of the lines of a sign-up box: a newsletter's label and blurb, a ``Sign up``
# button.
_SIGNUP_RULES = frozenset({"newsletter", "account"})
# The rules of a line that may be a sign-up box's button (``Subscribe`` alone is a label).
_SIGNUP_BUTTON_RULES = _SIGNUP_RULES | {"label"}
# How a sign-up box's button opens: ``Sign Up``, ``Subscribe now`` (not ``Subscribers
# only``).
_SIGNUP_CALL_RE = regex.compile(r"(?:sign[\x20-]?up|subscribe)\b", regex.IGNORECASE)
# An inbox or a newsletter, as a sign-up box's blurb names them (compared case-folded).
_INBOX_WORDS = (
    "inbox", "newsletter", "bandeja de entrada", "caixa de entrada", "boîte de réception",
    "casella di posta", "posteingang",
)  # fmt: skip
# Words of a sign-up box's blurb (compared case-folded): ``Get the news in your inbox``,
# ``No spam, unsubscribe at any time``.
_SIGNUP_WORDS = (
    *_INBOX_WORDS, "sign up", "signing up", "sign-up", "spam", "opt-in", "unsubscri",
)  # fmt: skip
# Words of a sign-up box a report may use too (``subscribers``, ``the mayor's email``):
# they count in a line that speaks to the reader (:data:`_READER_RE`): ``Abonnez-vous``,
# ``Iscriviti``, ``Inscreva-se``. Where a stem is a report's word as well, or inside
# one (``inscriptions``, ``assinatura``, English ``passing``), the call itself is
# listed: ``inscrivez``, ``inscreva``, ``assine``.
_SIGNUP_REPORT_WORDS = (
    "subscri", "email", "e-mail", "abonn", "suscri", "iscriv", "inscrivez", "inscris-toi",
    "inscríbete", "inscribete", "inscríbase", "inscreva", "inscreve-te", "assine", "subscreva",
    "cadastre-se",
)  # fmt: skip
# Words that speak to the reader, in the languages of :data:`_SIGNUP_REPORT_WORDS`, and
# the calls to sign up that open a line (vocab.PAGE_SIGNUP).
_READER_RE = regex.compile(
    r"\b(?:you|your|yours|vous|votre|vos|tu|ton|tes|usted|tuo|tua|tuoi|tue|(?-i:Sie|Ihr[emnrs]?))\b"
    r"|^(?:Please\x20)?(?:Subscribe|Enter|Sign|Get|Join|Abonnez|Inscrivez|Suscr\w{0,8}"
    r"|Iscriv\w{0,8}|\L<page_signup>)\b",
    regex.IGNORECASE,
    page_signup=PAGE_SIGNUP,
)
# What only a sign-up box's blurb says (compared case-folded).
_BOX_ONLY_WORDS = ("no spam", "unsubscribe at any time", "unsubscribe anytime")
# Advice to the reader, as a story gives it: ``If you get one, ...``, ``You can ...``.
_ADVICE_RE = regex.compile(
    r"\b(?:if\x20you|you\x20(?:can|could|should|may|might|will\x20need|need\x20to))\b",
    regex.IGNORECASE,
)
# What reports or quotes someone (a sign-up box's blurb does neither): a verb of saying
# (vocab.SAYING_VERBS) or a quotation mark.
_REPORTED_RE = regex.compile(
    r"\b(?:\L<saying>)\b|[\"\u201c\u201d\u201e\u00ab\u00bb]",
    regex.IGNORECASE,
    saying=SAYING_VERBS,
)
# Typographic quotation marks and apostrophes as ASCII writes them, one for one.
_PLAIN_QUOTES = str.maketrans("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f", "''''\"\"\"\"")


def _match_title(
    infos: Sequence[LineInfo], title: str, piece: str, stop: int, *, plain: bool = False
) -> int:
    """The line before ``stop`` that repeats ``title`` (:meth:`WebpageFormat._find_h1`).

    With ``plain``, each line's quotation marks and apostrophes are read as their ASCII
    forms (:data:`_PLAIN_QUOTES`), as ``title`` and ``piece`` already are.
    """
    best, best_key = -1, (0, 0)
    for i in range(1, stop):
        t = infos[i].line.text
        if plain:
            t = t.translate(_PLAIN_QUOTES)
        if len(t) < 4 or len(t) > len(title):  # noqa: PLR2004
            continue
        if t in (title, piece):
            return i
        if len(t) == len(piece) and caseless(t) == caseless(piece):
            # The title in title case over the <h1> in sentence case, or so.
            return i
        key = (0, 0)
        if any(
            whole.startswith(t) and not whole[len(t)].isalnum() and 2 * len(t) >= len(piece)
            for whole in (title, piece)
            if len(whole) > len(t)
        ) or _ends_with_site(piece, t):
            key = (2, len(t))
        elif (title.endswith(t) or piece.endswith(t)) and len(t) >= 20:  # noqa: PLR2004
            key = (1, len(t))
        if key > best_key:
            best, best_key = i, key
    return best


#: The fewest lines of prose above ``Comments`` that heads the readers' comments.
MIN_PROSE_ABOVE_COMMENTS = 2
# The head of a thread of readers' comments: a count in brackets (as the furniture
# table reads it), a ranked section.
_THREAD_HEAD_RE = regex.compile(
    _BRACKETED_COMMENT_COUNT
    + r"|(?:top[\x20-]rated|most\x20(?:liked|popular|recommended)|best|featured|readers?['\u2019]?"
    r"|newest|oldest|latest)\x20comments",
    regex.IGNORECASE,
)
# How a blog's comment head ends, and the head: the name, the date with its year, the
# time (:func:`_is_comment_head`).
_COMMENT_HEAD_ENDS = (" said:", " says:", " wrote:")
_COMMENT_HEAD_RE = regex.compile(
    r"\G\p{Lu}[\p{L}.'\u2019-]{0,30}+(?:\x20\p{Lu}[\p{L}.'\u2019-]{0,30}+){0,3}+"
    r"(?:\x20\([^()\n]{1,30}+\))?\x20on\x20(?P<date>[^\n]{6,30}?(?:19|20)\d{2})"
    r"\x20at\x20\d{1,2}:\d{2}(?:\x20?[AaPp]\.?[Mm]\.?)?\x20(?:said|says|wrote):"
)
#: The longest comment head read.
MAX_COMMENT_HEAD = 120
#: The fewest comment heads on a page that make a thread.
MIN_COMMENT_HEADS = 2
# The longest line the pattern matches (``Most Recommended Comments``): a longer one is
# not tried, as most lines of a page are.
_LONGEST_THREAD_HEAD = 25
#: How many lines under ``Comments`` a comment's button (``Reply``) is looked for.
COMMENT_BUTTON_REACH = 6
#: The most lines of a sign-up box after its label.
MAX_SIGNUP_LINES = 8
#: The longest line read as a sign-up box's button (``Sign Up For Our Newsletter``).
MAX_BUTTON_CHARS = 40
#: The most lines of a sign-up box's blurb over its button, and the longest.
MAX_BLURB_LINES = 2
MAX_BLURB_CHARS = 200
#: The fewest prose lines in a run joined to the article across its tags.
MIN_AFTER_TAGS_LINES = 3
#: The fewest prose lines in a run joined to the article across a sign-up box.
MIN_AFTER_SIGNUP_LINES = 3
# How a headline cut off for a link ends: a space and an ellipsis.
_CUT_OFF_MARKS = (" \u2026", " ...")
#: The fewest headlines cut off for a link that make a box of other stories.
MIN_CUT_OFF = 3
#: The most words in a headline cut off for a link.
MAX_CUT_OFF_WORDS = 20
# Quotation marks that open or close a quotation (no apostrophes, which sit in words).
_DOUBLE_QUOTES = '"\u201c\u201d\u00ab\u00bb\u201e'
# The heading of a box about a person: ``About Jane Doe``, ``Über Jana Schmidt``.
_ABOUT_NAME_RE = regex.compile(
    r"(?:About|\u00dcber|\u00c0\x20propos\x20de|Sobre|Acerca\x20de)\x20"
    r"(?P<name>\p{Lu}[\p{L}.'\u2019-]{1,30}+(?:\x20\p{Lu}[\p{L}.'\u2019-]{1,30}+){1,3}+)"
)
# The words that open such a heading, for a cheap test before the pattern.
_ABOUT_WORDS = ("About ", "\u00dcber ", "\u00c0 propos de ", "Sobre ", "Acerca de ")
# What a note about the writer says of her work: ``Jane is a freelance reporter``.
_WRITER_NOUNS = r"reporter|writer|journalist|correspondent|editor|columnist|contributor"
_WRITER_WORDS_RE = regex.compile(
    r"\b(?:" + _WRITER_NOUNS + r"|freelance|reporting|writes|written|author|blogger|covers"
    r"|consultant|articles)\b",
    regex.IGNORECASE,
)
# A writer's post at a publication: ``a senior reporter for The Herald``.
_WRITER_POST_RE = regex.compile(
    r"\b(?:" + _WRITER_NOUNS + r"|producer)\x20(?:for|at|with)\x20(?:the\x20)?(?-i:\p{Lu})",
    regex.IGNORECASE,
)
# What follows an author's name in a note about them: ``Jane Doe is a reporter``.
_NOTE_VERBS = (
    " is ", " has ", " covers ", " writes ", " reports ", " was ", " joined ",
    # The same in German, French, Spanish, Italian and Portuguese.
    " ist ", " schreibt ", " arbeitet ", " est ", " écrit ", " travaille ", " es ",
    " escribe ", " trabaja ", " è ", " scrive ", " lavora ", " é ", " escreve ", " trabalha ",
)  # fmt: skip
#: The most words before a name on a line that signs it (``Written by Jane Doe``).
MAX_SIGN_PREFIX_WORDS = 2
#: The longest row of an article's facts that signs a name before its date
#: (``Jane Doe 27/09/2018 4 comments Travel, Schools``).
MAX_SIGNED_ROW = 160
#: The most words in a name a row of facts signs (as many as an ``About`` heading's
#: name holds: ``_ABOUT_NAME_RE``).
MAX_SIGNED_NAME_WORDS = 4
#: The fewest words in such a name.
MIN_SIGNED_NAME_WORDS = 2
# What may stand between the name and the rest of a row of facts.
_ROW_BARS = frozenset(("|", "\u00b7", "\u2022", "-", "\u2013", "\u2014", "/"))
#: The most words in a note about the author that ends the page's article.
MAX_AUTHOR_NOTE_WORDS = 80
# Quotation marks a pull quote may stand in.
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
#: The fewest words in a line taken for a pull quote.
MIN_PULL_QUOTE_WORDS = 4
#: The fewest words in a pull quote without quotation marks (a subheading is shorter).
MIN_UNQUOTED_PULL_WORDS = 8
#: The most words in a line taken for a pull quote.
MAX_PULL_QUOTE_WORDS = 40
#: How many lines of a body are looked up as pull quotes, at most.
MAX_PULL_QUOTE_CHECKS = 20
#: How many lines under the body a Japanese signature (reporters' names in brackets) is
#: looked for, and the longest such line.
SIGNATURE_REACH = 2
MAX_SIGNATURE_LINE = 40
# Kana: the text above such a signature is Japanese.
_KANA_RE = regex.compile(r"\p{Hiragana}")
# The button after a sentence a blog sets apart to tweet (compared case-folded).
_TWEET_PROMPT = "click to tweet"
# The label of a box of summary points over the article (compared case-folded, without
# a closing colon): ``Key Points``, ``Story highlights``; German ``Das Wichtigste in
# Kürze``, French ``L'essentiel``, Spanish ``Claves``, Italian ``In breve``.
_HIGHLIGHTS_LABELS = frozenset({
    "highlights", "story highlights", "key points", "key takeaways", "takeaways", "at a glance",
    "das wichtigste in k\u00fcrze", "das wichtigste", "auf einen blick",
    "l'essentiel", "l\u2019essentiel", "\u00e0 retenir", "ce qu'il faut retenir",
    "ce qu\u2019il faut retenir", "claves", "las claves", "en resumen", "in breve",
    "in sintesi", "in het kort",
})  # fmt: skip
#: The longest line read as the label of a box of summary points.
MAX_HIGHLIGHTS_LABEL = 26
#: The most points in a box of summary points.
MAX_HIGHLIGHTS = 5
#: The most words in one summary point (a paragraph longer than that ends the box).
MAX_POINT_WORDS = 40
#: The longest short line kept inside the body as a subheading, in words, where an
#: advert or a photo stands above it: a longer line there that does not end like a
#: sentence is a link to another story.
MAX_SUBHEADING_WORDS = 12
#: The most short lines in a row kept between two paragraphs (headings, list items),
#: not counting those that end like sentences (questions, one-line answers) or the
#: items of a list and the rows of a table.
MAX_INNER_LINES = 8
#: How many opening words two items of a list in a row share (``in section``).
ITEM_OPENING_WORDS = 2
#: The fewest lines of a list the article opens with, its head included (a question
#: alone is a kicker or a teaser).
MIN_LEAD_LIST_LINES = 3
#: The fewest works, each with its maker (``The Long Shore by Ana Lind``), in a list a
#: box's label heads inside the story (see :func:`_lists_works`).
MIN_WORKS = 2
#: The most words in a work's title in such a list (a teaser's headline is longer).
MAX_WORK_TITLE_WORDS = 6
# Boxes whose buttons stand under their text: a short line right under one is a
# button (``Accept all``, ``Subscribe``), not a subheading.
_BUTTON_BOX_RULES = frozenset({"cookie-notice", "cookie", "newsletter", "account", "paywall"})
#: The most links to other stories in a row, each with its title, set in the text.
MAX_INLINE_LINKS = 2
#: The most words in a story's kicker in capitals over its headline in a box.
MAX_KICKER_WORDS = 5
#: The fewest kickers, each over its headline, that make a box of them.
MIN_KICKED_PAIRS = 3
#: The fewest capitals in such a kicker.
MIN_KICKER_LETTERS = 2
#: The longest one-word tag between two stories of a box (``Exclusive``).
MAX_TAG_CHARS = 12
#: The fewest headlines, each over its summary, in a box of teasers under the body;
#: and the fewest headlines under a box's label (see :func:`_mark_related_items`).
MIN_TEASERS = 2
#: The fewest words in a line in capitals that is a link to another story, not a
#: subheading (see :func:`_mark_capitals_links`).
MIN_CAPITALS_LINK_WORDS = 9
#: Of those, the fewest long words (a row of codes, ``AL AK AZ ...``, has none).
MIN_CAPITALS_LINK_LONG_WORDS = 3
#: The most headlines under a bare ``More:`` (see :func:`_mark_more_boxes`).
MAX_MORE_LINKS = 6
#: The fewest words they average (a list's items, ``Imported wine``, are shorter).
MIN_MORE_MEAN_WORDS = 5
#: The fewest words of each of them (``Spacewalking into orbit``).
MIN_MORE_LINK_WORDS = 3
#: How many lines above a bare ``More:`` a label like its own (``Less of:``) is looked
#: for: a list of the most links under it, and a line more either side.
MORE_LABEL_REACH = MAX_MORE_LINKS + 2
# A bare label of a few links, case-folded with no spaces: ``More:``, ``More On:``.
_MORE_LABELS = frozenset(("more:", "moreon:", "morefrom:", "morein:"))
# The longest line such a label is read from (``More  from :``).
_LONGEST_MORE_LABEL = 16
#: The most words of the topic a ``More On:`` label names on the line under it.
MAX_TOPIC_TAG_WORDS = 3
#: The most words of a label that opens a line in capitals of the story's (``WHAT YOU
#: NEED TO KNOW: ...``).
MAX_CAPITALS_LABEL_WORDS = 6
#: The most words of a show's name in quotation marks that opens a link in capitals.
MAX_QUOTED_NAME_WORDS = 4
#: The most lines that are no prose between such a link and the paragraph next to it
#: (a video's label).
MAX_LINK_GAP = 2
#: The most words in a headline under a box's label.
MAX_TEASER_WORDS = 25
#: The most lines in a row kept between two paragraphs, the items of a list and the
#: rows of a table included (unless a paragraph announces them:
#: :data:`MAX_ANNOUNCED_LINES`).
MAX_LIST_LINES = 30
#: The most lines of a list or a table a paragraph announces (``The figures:``) with a
#: paragraph of prose under it, which says where it ends.
MAX_ANNOUNCED_LINES = 60
# What opens the item of a list: a bullet or a dash and a space.
_LIST_MARKS = ("- ", "* ", "\u2022 ", "\u2013 ", "\u00b7 ", "\u25aa ", "\u25cf ", "\u2023 ")
#: The most lines of a table or a list under the body's last paragraph that are no
#: item or row (a table's header, a list's lead-in).
MAX_TABLE_LABELS = 2
#: The most short lines of an embedded post's text over its signature.
MAX_POST_LINES = 6
# The buttons of an embedded post's card (compared case-folded).
_POST_CARD_WORDS = frozenset({
    "follow", "embed", "view on twitter", "view on x", "copy link", "copy link to tweet",
    "reply", "retweet", "repost", "like", "share", "read more", "see more",
})  # fmt: skip
#: The fewest words in an entry of a list a short lead-in announces (see
#: :func:`_entries_under`).
MIN_ENTRY_WORDS = 3
#: The fewest paragraphs in a row under the last photo's credit after the copyright sign
#: that the article goes on with (see :func:`_mark_credited_captions`).
MIN_CREDIT_TAIL = 4
#: The most paragraphs above such a credit when the page sets it once: the lead.
MAX_LEAD_PARAGRAPHS = 1
#: The most entries of a schedule (see :func:`_schedule_under`).
MAX_SCHEDULE_LINES = 300
#: The most words of a headline that names a schedule at its end (``Planning Committee
#: Meetings``; see :func:`_headline_names_schedule`), and the fewest letters of a word
#: such a name capitalises (``of``, ``and`` are not).
MAX_SCHEDULE_HEADLINE_WORDS = 8
MIN_NAME_WORD = 4
# A label that opens a line: words, then a colon and a space (``Most read: ...``; not
# the colon of a time, ``6:30``).
_LABEL_RE = regex.compile(r"[^\d:\n]{1,40}:\x20")
# A run of asterisks, as an entry of a schedule points to its footnote with it.
_ASTERISKS_RE = regex.compile(r"(?<!\*)\*++")
#: The fewest entries that open with a day under a heading that names a schedule (see
#: :func:`_schedule_under`), and how far into an entry its day may end.
MIN_DATED_ENTRIES = 3
ENTRY_DAY_REACH = 24
#: How far into a schedule's entry its full date may end (``Wednesday, September 30,
#: 2026``).
ENTRY_DATE_REACH = 40
# The words a heading names a schedule with (compared case-folded): ``Tour Dates``,
# ``Rovers Fixtures``, ``Tourdaten``, ``Les dates de la tournée``.
_SCHEDULE_WORDS = frozenset({
    "dates", "schedule", "fixtures", "itinerary", "programme", "program", "timetable",
    "calendar", "lineup", "line-up", "termine", "tourdaten", "fechas", "calendrier",
    "calendario", "programma", "programa", "meetings", "hearings",
})  # fmt: skip
#: The fewest items of a numbered list that a paragraph announces (see
#: :func:`_numbered_list`).
MIN_NUMBERED_ITEMS = 3
#: The most lines under an item of such a list (its description, its link).
MAX_ITEM_LINES = 2
#: The most lines of such a list.
MAX_NUMBERED_LINES = 300
# The number that opens a numbered list's item: ``1)``, ``2.``, ``3 -``. Only ever
# matched at a line's start (``\G``: where the match is asked for), so no search runs
# it at every digit of a line.
_ITEM_NUMBER_RE = regex.compile(r"\G(?P<n>\d{1,3})(?:[.)]|\x20[-\u2013])\x20")
#: The fewest words in a list's item after its mark (a menu's entry has one).
MIN_ITEM_WORDS = 2
#: The fewest numbers in the row of a table written with spaces (``Harbour 10 12 8 30``).
MIN_ROW_NUMBERS = 2


def _is_list_or_row(info: LineInfo) -> bool:
    """A short line that is an item of a list or a row of a table, not chrome.

    An item opens with a bullet or a dash and holds :data:`MIN_ITEM_WORDS` words or
    more, one in lower case or a number (``- raised pavements``; a menu's ``\u2022
    Home`` or ``\u2022 Local Sport`` has none), and is no chrome after its mark (a
    menu's ``\u2022 Contact us``). A row parts its
    cells by a bar or a tab (``Wall | 2m``), none of them chrome (a teaser's ``Top 10
    walks | 5 min read``), or holds at least :data:`MIN_ROW_NUMBERS`
    numbers, as many as its words at least (``Harbour 10 12 8 30``), and no date or
    count of a page's bar (``Likes 12 Comments 4``, ``Page 1 of 3``:
    :data:`~newsparse.vocab.PAGE_COUNTERS`).
    Furniture (``Privacy | Terms``) is neither.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "- raised pavements\\n\\u2022 Home\\n\\u2022 Local Sport\\nWall | 2m\\n"
        ...     "Town 9 11 7 27\\nTop 10 stories\\n14 August 2023\\n"
        ... )
        >>> [_is_list_or_row(i) for i in classify_lines(text, split_lines(text))]
        [True, False, False, True, True, False, False]
    """
    if info.kind != "short" or info.rule is not None:
        return False
    text = info.line.text
    if text.startswith(_LIST_MARKS):
        words = text.split()[1:]
        # A menu's entries are names in capitals (``\u2022 Local Sport``); an item
        # holds a word in lower case or a number (``- raised pavements``, ``- Valley 3``).
        # A bullet does not make chrome an item (``\u2022 Sign in``, ``\u2022 Contact us``).
        return (
            len(words) >= MIN_ITEM_WORDS
            and any(w[:1].islower() or w[:1].isdigit() for w in words)
            and furniture_rule(" ".join(words)) is None
        )
    if " | " in text or "\t" in text:
        # A teaser's stamp is no cell (``Top 10 walks | 5 min read``).
        return not any(
            furniture_rule(cell.strip()) is not None
            for cell in text.replace("\t", " | ").split(" | ")
        )
    if not holds_any(text, "0123456789"):
        return False
    words = text.split()
    numbers = sum(w.replace(".", "").replace(",", "").replace("-", "").isdigit() for w in words)
    # A date's day and year are no cells (``14 August 2023``), nor are a bar's counts
    # (``Likes 12 Comments 4``, ``Page 1 of 3``).
    return (
        numbers >= MIN_ROW_NUMBERS
        and 2 * numbers >= len(words)
        and not _holds_date(info.line)
        and not any(caseless(w) in PAGE_COUNTERS for w in words)
    )


def _runs(
    values: Sequence[float], chrome_flags: Sequence[bool], breaks: Callable[[int], bool]
) -> list[tuple[int, int, float]]:
    """Split lines into runs of prose: ``(first, last, weight)``, both ends prose.

    A run ends when the chrome after its last prose line outweighs what it has
    gathered (capped at :data:`GAP_TOLERANCE`), so a long menu always ends it while
    a caption or an advert between two paragraphs does not, and at a line that
    ``breaks`` (asked only of lines after a run's first, once each).
    """
    runs: list[tuple[int, int, float]] = []
    start = -1
    best = 0.0
    best_end = -1
    deficit = 0.0
    chrome = 0
    for i, v in enumerate(values):
        if start < 0:
            if v > 0:
                start, best, best_end, deficit, chrome = i, v, i, 0.0, 0
            continue
        if breaks(i):
            runs.append((start, best_end, best))
            start = -1
            continue
        deficit += v
        if v > 0:
            chrome = 0
        elif chrome_flags[i]:
            chrome += 1
        if deficit > 0:
            best += deficit
            best_end = i
            deficit = 0.0
        elif deficit <= -min(best, GAP_TOLERANCE) or chrome >= MAX_GAP_LINES:
            runs.append((start, best_end, best))
            start = -1
    if start >= 0:
        runs.append((start, best_end, best))
    return runs


def _footer_start(infos: Sequence[LineInfo], boundary: int) -> int:
    """Where the page footer starts: chrome from above ``boundary`` repeated below it.

    Sites repeat their header's menus and share bars at the foot of the page; the
    first place below ``boundary`` where three such lines come close together starts
    the footer. Returns ``len(infos)`` when there is none.
    """
    first_seen: dict[str, int] = {}
    for i, info in enumerate(infos):
        first_seen.setdefault(info.line.text, i)
    hits: list[int] = []
    for i in range(boundary + 1, len(infos)):
        info = infos[i]
        if info.kind != "prose" and first_seen[info.line.text] < boundary:
            hits.append(i)
            if len(hits) >= 3 and hits[-1] - hits[-3] <= 6:  # noqa: PLR2004
                return hits[-3]
    return len(infos)


def _comments_start(infos: Sequence[LineInfo], anchor: int) -> int:
    """Where the readers' comments start under the article that opens after ``anchor``.

    The first line of rule ``comments`` that heads a thread (:func:`_heads_thread`:
    the furniture table's bracketed count, or a head :func:`_mark_comment_labels`
    marked) or a comment (:func:`_is_comment_head`), under
    :data:`MIN_PROSE_ABOVE_COMMENTS` lines of prose or more past ``anchor``. Returns
    ``len(infos)`` when there is none.
    """
    prose = 0
    for i in range(anchor + 1, len(infos)):
        info = infos[i]
        if info.kind == "prose":
            prose += 1
        elif (
            prose >= MIN_PROSE_ABOVE_COMMENTS
            and info.rule == "comments"
            and (_heads_thread(infos, i) or _is_comment_head(info.line))
        ):
            return i
    return len(infos)


def _is_comment_head(line: Line) -> bool:
    """Whether ``line`` heads a blog's comment: ``Jo Roe on May 3, 2018 at 4:47 pm said:``.

    The commenter's name (capitalised words, perhaps a remark in brackets), a date
    with its year, a time, and ``said:``, ``says:`` or ``wrote:``: a report's line
    (``A spokesman on Monday at 10:15 am said:``) names no one so.

    Examples:
        >>> from newsparse._text import split_lines
        >>> [_is_comment_head(ln) for ln in split_lines(
        ...     "Jo Roe (Herald) on May 3, 2018 at 4:47 pm said:\\n"
        ...     "A spokesman on Monday at 10:15 am said:\\n"
        ...     "Police on 4 June at 21:30 said:")]
        [True, False, False]
    """
    text = line.text
    if not text.endswith(_COMMENT_HEAD_ENDS) or len(text) > MAX_COMMENT_HEAD:
        return False
    m = _regex.fullmatch(_COMMENT_HEAD_RE, text)
    return (
        m is not None and next(find_dates(text, m.start("date"), m.end("date")), None) is not None
    )


def _mark_comment_heads(infos: list[LineInfo]) -> None:
    """Mark a blog's comment heads as the comments', when the page holds two or more.

    One such line may be the story's own (a reader's letter it quotes); a thread holds
    several (furniture ``comments``: :func:`_comments_start` reads the first).
    """
    heads = [
        i
        for i, info in enumerate(infos)
        if info.line.text.endswith(_COMMENT_HEAD_ENDS) and _is_comment_head(info.line)
    ]
    if len(heads) < MIN_COMMENT_HEADS:
        return
    for i in heads:
        infos[i] = _furnished(infos[i], "comments")


def _heads_thread(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether line ``i`` heads a thread of readers' comments.

    The head (``Top Rated Comments``, ``[ 167 comments ]``: :data:`_THREAD_HEAD_RE`)
    with a comment's stamp (``2 days ago at 07:52 am``, a date) or button (``Reply``)
    within :data:`COMMENT_BUTTON_REACH` lines under it. A link to the comments (``12
    Comments``) may stand in a share bar inside the article, and a subheading
    (``Readers' Comments``) over quoted letters has no stamps.
    """
    text = infos[i].line.text
    return (
        len(text) <= _LONGEST_THREAD_HEAD and _regex.fullmatch(_THREAD_HEAD_RE, text) is not None
    ) and any(
        _is_comment_mark(infos[k])
        for k in range(i + 1, min(i + 1 + COMMENT_BUTTON_REACH, len(infos)))
    )


def _is_comment_mark(info: LineInfo) -> bool:
    """A comment's button (``Reply``) or stamp (``2 days ago at 07:52 am``, a date)."""
    if info.rule == "comments":
        return True
    line = info.line
    return len(line.text) <= MAX_DATE_LINE and (
        _regex.search(_CLOCK_STAMP_RE, line.text) is not None or _holds_date(line)
    )


def _stamped(text: str) -> bool:
    """Whether a publication word opens ``text`` or one of its parts, capitalised.

    ``New Delhi, Example Bureau | Updated : 19 November 2019`` is stamped with the
    article's date; ``Match updated: Rovers 2 United 1 | May 4, 2024`` is not.

    Examples:
        >>> _stamped("New Delhi, Example Bureau | Updated : 19 November 2019, 09:01 AM")
        True
        >>> _stamped("Match updated: Rovers 2 United 1 | Saturday, May 4, 2024")
        False
    """
    parts = [text]
    for sep in _STAMP_SEPARATORS:
        parts = [piece for part in parts for piece in part.split(sep)]
    return any(
        part[:1].isupper() and _regex.match(_PUBLISHED_LABEL_RE, part) is not None
        for part in (p.strip() for p in parts)
    )


# How many capitals after a lower-case letter :func:`_glued_chrome` tries, from the end.
_GLUED_TRIES = 3


def _glued_chrome(text: str) -> int | None:
    """Where page furniture glued to the end of ``text`` starts, if it is glued on.

    A flattened page runs a link's text into the line's (``By Jane RoeLeave a
    comment``): furniture of two words or more opens at a capital right after a
    lower-case letter, and the furniture table reads the rest whole. Names with a
    capital inside (``McDonald``, ``DeSilver``, ``DeMore``, ``McReply``) leave no
    furniture after it.

    Examples:
        >>> text = "By Jane DeSilverLeave a comment"
        >>> text[_glued_chrome(text):]
        'Leave a comment'
        >>> _glued_chrome("By Ann McDonald") is None, _glued_chrome("By Ann DeMore") is None
        (True, True)
    """
    tried = 0
    for p in range(len(text) - 1, 0, -1):
        if text[p].isupper() and text[p - 1].islower():
            # Two words or more: one alone may end a name (``Ann DeMore``, ``Li McReply``).
            if " " in text[p:] and furniture_rule(text[p:]) is not None:
                return p
            tried += 1
            if tried == _GLUED_TRIES:
                return None
    return None


def _is_header_line(line: Line) -> bool:
    """A line that opens an article: a byline, or a short line holding or stamping a date.

    A line that dates an update and the article (``Mis à jour le 14 août 2023 à 09h12 |
    Publié le 14 août 2023 à 06h50``), or a byline with the date and its time
    (``Posted by Jane Q. Doe on March 3, 2021, 7:15 AM EST``), may be longer: a letter's
    or a post's signature with a date (``By Jo Roe, chair of the residents' group, 12
    August 2023``) gives no time.
    """
    if len(line.text) > MAX_DATE_LINE:
        if len(line.text) > MAX_STAMP_LINE:
            return False
        if _regex.match(_UPDATED_RE, line.text) is not None:
            return _holds_date(line)
        return _regex.match(_SIGNED_STAMP_RE, line.text) is not None and any(
            d.precision in _TIMED for d in find_dates(line.text)
        )
    if _is_post_signature(line.text):
        return False
    first = line.text[:1]
    if first in _BYLINE_FIRSTS and _regex.match(_BYLINE_START_RE, line.text) is not None:
        return True
    if (":" in line.text or not line.text.isascii()) and is_local_byline(line.text):
        return True  # ``记者 张明远``, ``Автор: Ирина Соколова``
    label = _regex.match(_FOREIGN_BY_RE, line.text) if first in _FOREIGN_BY_FIRSTS else None
    if label is not None:
        # ``Por Ana Ruiz y Luis Gómez``: names of a given name and a surname each.
        found = read_byline(
            line.text, label.end(), len(line.text), require_prefix=False, prefixed=True
        )
        if found is not None and found.byline.authors:
            return all(len(name.split()) >= 2 for name in found.byline.authors)  # noqa: PLR2004
    return _is_stamp_line(line.text) or _holds_date(line)


def _is_bare_time(text: str) -> bool:
    """A time of day alone, as a live blog stamps its entries: ``09.40 GMT``, ``9:15 am``.

    Its label may stand before it: ``Posted at 11:20 PM``.

    Examples:
        >>> _is_bare_time("09.40 GMT"), _is_bare_time("9:15 am"), _is_bare_time("10:05")
        (True, True, True)
        >>> _is_bare_time("Posted at 11:20 PM"), _is_bare_time("Posted at the harbour")
        (True, False)
        >>> _is_bare_time("9.5 million"), _is_bare_time("2024")
        (False, False)
    """
    label = next((len(x) for x in _TIME_LABELS if text.startswith(x)), 0)
    return (
        len(text) - label <= MAX_BARE_TIME
        and text[label : label + 1].isdigit()
        and _regex.fullmatch(_BARE_TIME_RE, text) is not None
    )


def _is_post_signature(text: str) -> bool:
    """The signature under an embedded post: a dash, a name, ``(@handle)`` and a date.

    Examples:
        >>> _is_post_signature("\u2014 Coast Council (@coastcouncil) August 14, 2023")
        True
        >>> _is_post_signature("Jane Doe (@jdoe)"), _is_post_signature("\u2014 Jane Doe, 2023")
        (False, False)
    """
    return (
        text[:1] in "\u2014\u2013-"
        and "(@" in text
        and _regex.fullmatch(_POST_SIGNATURE_RE, text) is not None
    )


def _is_stamp_line(text: str) -> bool:
    """A line that a label opens and a stamp ends: ``Published 3 hours ago``.

    Examples:
        >>> _is_stamp_line("Updated an hour ago"), _is_stamp_line("Posted 20249:10 AM")
        (True, True)
        >>> _is_stamp_line("Updated 2024 forecast"), _is_stamp_line("Posted March results")
        (False, False)
    """
    return (
        text[:1] in _STAMP_LABEL_FIRSTS
        and _regex.match(_STAMP_LABEL_RE, text) is not None
        and _regex.search(_STAMP_END_RE, text, max(0, len(text) - _STAMP_END_CHARS)) is not None
    )


def _is_stamp_beside(line: Line) -> bool:
    """A short line that dates the article, if only by a weekday and a time."""
    text = line.text
    return len(text) <= MAX_DATE_LINE and (
        _regex.fullmatch(_CLOCK_STAMP_RE, text) is not None
        or _is_stamp_line(text)
        or _holds_date(line)
    )


def _writes_label(b: Builder, label: str) -> bool:
    """Whether the page is in a language that opens a byline with ``label`` (``Von``)."""
    return b.language() in _BY_LANGUAGES[caseless(label)]


def _holds_date(line: Line) -> bool:
    return may_hold_date(line.text) and next(find_dates(line.text), None) is not None


def _is_date_line(line: Line) -> bool:
    """A line that is mostly a date (``on Monday, May 6th, 2024 at 9:10 a.m.``): a stamp.

    So is a line that a publication label opens and a date ends, though the label says
    more (``Publié le 14/03/2024 à 10h05, mis à jour le 14/03/2024 à 12h30``).

    Examples:
        >>> from newsparse._text import split_lines
        >>> [_is_date_line(split_lines(t)[0]) for t in (
        ...     "Publié le 14/03/2024 à 10h05, mis à jour le 14/03/2024 à 12h30",
        ...     "Published on March 14, 2024, the report was read by few people.",
        ... )]
        [True, False]
    """
    text = line.text
    if len(text) > MAX_STAMP_LINE or not may_hold_date(text):
        return False
    found = next(find_dates(text), None)
    if found is None:
        return False
    if 2 * len(found.span) >= len(text):
        return True
    return (
        _regex.match(_PUBLISHED_LABEL_RE, text) is not None
        and _regex.search(_DATE_END_RE, text, max(0, len(text) - _STAMP_END_CHARS)) is not None
    )


def _inner_lines(
    infos: Sequence[LineInfo], used: Sequence[bool], first: int, last: int
) -> list[bool]:
    """Which lines of the body are short lines set between two of its paragraphs.

    A heading and its subheading, or the items of a list, stand between paragraphs
    as short lines that do not end like sentences. In a stretch of non-prose lines
    with prose directly above and below, and at most :data:`MAX_INNER_LINES` of them
    not ending like sentences (a run of questions and short answers is longer; a list
    that the paragraph above announces with a colon may be longer too), the
    plain short lines are the article's, unless the stretch holds furniture (a
    *Related* label heads a box of links), a caption, or a byline, a date or a handle
    (the head of another article). Of its lines, a torn-off tail opening in lower
    case, a bare link and a line the page repeats (a button) are not kept. A stretch
    a paragraph announces may run to :data:`MAX_ANNOUNCED_LINES` lines, and there a
    table's cells of figures are kept, repeated or not, beside its labels
    (:func:`_is_inner_line`).
    """
    keep = [False] * len(infos)
    i = first + 1
    while i < last:
        if infos[i].kind == "prose" or used[i]:
            i += 1
            continue
        j = i
        while j < last and infos[j].kind != "prose" and not used[j]:
            j += 1
        # Lines i..j-1 are not prose; infos[j] is prose unless j is the body's end.
        # A paragraph that ends with a colon announces a list, however long.
        announced = infos[i - 1].line.text.endswith(":")
        if (
            (
                sum(
                    not infos[k].shape.sentence_end and not _is_list_or_row(infos[k])
                    for k in range(i, j)
                )
                <= MAX_INNER_LINES
                or announced
            )
            and (j - i <= MAX_LIST_LINES or (announced and j - i <= MAX_ANNOUNCED_LINES))
            and infos[i - 1].kind == "prose"
            and not used[i - 1]
            and infos[j].kind == "prose"
            and not used[j]
            and (
                not any(_rules_out_stretch(infos[k]) for k in range(i, j))
                or _lists_works(infos, i, j)
            )
        ):
            # A table's cells of figures are kept with its labels: figures alone are a
            # widget's (a ticker, a count of followers).
            cells = announced and any(infos[k].shape.words >= 1 for k in range(i, j))
            for k in range(i, j):
                # A line that carries on the one above is kept with it or not at all.
                keep[k] = _is_inner_line(infos[k], announced=announced, cells=cells) and (
                    k == i or not infos[k].continues or keep[k - 1]
                )
                # A lead-in of the stretch's own (``You will need:``) announces the
                # lines under it.
                announced = announced or infos[k].line.text.endswith(":")
        i = j + 1
    # An embedded post's short lines over its signature are its text (``on. it.``,
    # ``so proud https://t.co/x``), though they open in lower case or the signature
    # (a handle, a date) rules out the stretch they stand in.
    # The walk up stops at the post's card: its author's name, a handle, a button, a
    # time.
    for k in range(first + 2, last):
        signature = infos[k].line.text
        if not used[k] and _is_post_signature(signature):
            author = caseless(signature[1:].split("(@", 1)[0].strip())
            m = k - 1
            while (
                m > first
                and k - m <= MAX_POST_LINES
                and not used[m]
                and infos[m].kind == "short"
                and infos[m].rule is None
                and not _is_post_card(infos[m].line.text, author)
            ):
                keep[m] = True
                m -= 1
    return keep


def _is_post_card(text: str, author: str) -> bool:
    """A line of an embedded post's card, not its text: the author, a handle, a button.

    Examples:
        >>> [_is_post_card(t, "coast council") for t in (
        ...     "Coast Council", "@coastcouncil", "Follow", "10:42 AM", "we made it")]
        [True, True, True, True, False]
    """
    folded = caseless(text.strip())
    return (
        folded == author
        or folded.startswith("@")
        or folded in _POST_CARD_WORDS
        or _is_bare_time(text)
        or _is_post_signature(text)
    )


def _rules_out_stretch(info: LineInfo) -> bool:
    """A line that makes the short lines around it something other than the text.

    Furniture, a caption, a date or a handle (``@``) heads a box or another article.
    """
    return info.kind != "short" or "@" in info.line.text or _holds_date(info.line)


def _lists_works(infos: Sequence[LineInfo], start: int, end: int) -> bool:
    """Whether lines ``start`` to ``end`` (exclusive) are a label over works and their makers.

    Under a box's label (``Must read``, ``Recommended``), a box of links holds other
    stories' headlines; a story's own list of books or records under such a heading
    names each work's maker after ``by`` (``The Long Shore by Ana Lind``). At least
    :data:`MIN_WORKS` such lines, each a title-cased work of at most
    :data:`MAX_WORK_TITLE_WORDS` words, then ``by`` and names (:func:`reads_as_names`),
    are the article's; teasers signed by their writers (``Why the old bridge had to go
    by Jane Doe``) are not.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Must read\\nThe Long Shore by Ana Lind\\nHarbour Lights by Sam Roe\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _mark_related_labels(infos)
        >>> _lists_works(infos, 0, 3)
        True
        >>> text = "Must read\\nFerry fares rise again\\nHarbour wall rebuilt by council\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _mark_related_labels(infos)
        >>> _lists_works(infos, 0, 3)
        False
    """
    label = infos[start]
    if (
        end - start <= MIN_WORKS
        or label.rule != "related"
        or not _is_related_label(label.line.text)
    ):
        return False
    for info in infos[start + 1 : end]:
        text = info.line.text
        at = text.rfind(" by ")
        if info.kind != "short" or info.rule is not None or at <= 0:
            return False
        work = text[:at]
        if not _title_cased(work) or len(work.split()) > MAX_WORK_TITLE_WORDS:
            # A teaser's headline in sentence case, or a long one (``Why the old
            # bridge had to go by Jane Doe``), is no work's title.
            return False
        found = read_byline(text, at + 4, len(text), require_prefix=False)
        if found is None or found.span.end != len(text) or not reads_as_names(found):
            return False
    return True


def _list_above(infos: Sequence[LineInfo], used: Sequence[bool], first: int) -> int:
    """Where a list the article opens with, right above its first paragraph, starts.

    A line that ends like a sentence (a question: ``What is new in version 2?``) over
    short lines, under the page's header (a used line or furniture above it), is the
    article's: an app's list of changes, a short FAQ. The stretch holds
    :data:`MIN_LEAD_LIST_LINES` to :data:`MAX_INNER_LINES` plain short lines
    (:func:`_rules_out_stretch`, :func:`_is_inner_line`), the first ending like a
    sentence and not all the others questions; a box of teasers, a menu or a label of
    tags (``Keywords:``) has no such head, and a box of questions links to explainers.
    A lead-in that ends with a colon over items with their marks (``The council gave
    three reasons:`` / ``- cracks in the supports``) is such a head too
    (:func:`_announces_items`). Returns the stretch's first line, or ``first`` if there
    is none.
    """
    k = first - 1
    while (
        k > 0
        and first - k <= MAX_INNER_LINES
        and not used[k]
        and not _rules_out_stretch(infos[k])
        and infos[k].rule is None
        and not _is_header_line(infos[k].line)
        and _is_inner_line(infos[k])
    ):
        k -= 1
    start = k + 1
    if (
        first - start < MIN_LEAD_LIST_LINES
        or not (used[k] or infos[k].kind == "furniture")
        or not (infos[start].shape.sentence_end or _announces_items(infos, start, first))
        # Questions alone are a box of links to explainers (``What is Storm Ivy?`` /
        # ``Where will it hit?``), not a list under its head.
        or all(infos[j].line.text.endswith("?") for j in range(start + 1, first))
    ):
        return first
    return start


# Words of a box of links' label over its headlines, case-folded (``Stories you might
# have missed:``, ``More related articles:``): such a label announces no list of the
# article's.
_LINK_BOX_WORDS = frozenset((
    "story", "stories", "article", "articles", "related", "popular", "missed",
    "recommended", "trending", "headlines", "read", "watch", "more",
))  # fmt: skip


def _announces_items(infos: Sequence[LineInfo], start: int, end: int) -> bool:
    """Whether line ``start`` announces the items of a list on the lines up to ``end``.

    It ends with a colon and holds :data:`MIN_TITLE_WORDS` words or more (a box's
    label, ``Keywords:``, is shorter), speaks not to the reader nor of stories (``You
    may also be interested in:``, ``Stories you might have missed:`` head boxes of
    links), and each line under it is a list's item with its mark
    (:func:`_is_list_or_row`).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "The council gave three reasons:\\n- cracks in the supports\\n- its age\\n"
        >>> _announces_items(list(classify_lines(text, split_lines(text))), 0, 3)
        True
        >>> text = "Keywords:\\n- cracks in the supports\\n- its age\\n"
        >>> _announces_items(list(classify_lines(text, split_lines(text))), 0, 3)
        False
        >>> text = "You may also be interested in:\\n- Ferry fares rise\\n- Bridge shut\\n"
        >>> _announces_items(list(classify_lines(text, split_lines(text))), 0, 3)
        False
    """
    head = infos[start]
    text = head.line.text
    return (
        text.endswith(":")
        and head.shape.words >= MIN_TITLE_WORDS
        and _READER_RE.search(text) is None
        and not any(w in _LINK_BOX_WORDS for w in caseless(text[:-1]).split())
        and all(
            infos[k].line.text.startswith(_LIST_MARKS) and _is_list_or_row(infos[k])
            for k in range(start + 1, end)
        )
    )


def _is_inner_line(info: LineInfo, *, announced: bool = False, cells: bool = False) -> bool:
    """A line of a kept stretch that is the article's.

    Not a line without words (unless it is a table's row, or, in a table of
    ``cells``, a cell with a figure: ``57Kb``, ``+4%``, ``1,030``; a whole number alone
    may be a calendar's day or a pager's page), not a torn-off tail in lower case
    (unless it carries on the line above, or is the item of a list that a paragraph
    ending with a colon ``announced``: ``strong boots``), not a link, not a line the
    page repeats.
    """
    text = info.line.text
    # A cell may repeat another (two rows with the same figure).
    cell = (
        cells
        and info.shape.words < 1
        and any(c.isdigit() for c in text)
        and not text.strip().isdigit()
    )
    return (
        # A table's row may hold numbers alone (``2021 1200 300``).
        (info.shape.words >= 1 or _is_list_or_row(info) or cell)
        and (not info.repeated or cell)
        and (info.continues or announced or not text[:1].islower())
        and _regex.fullmatch(_BARE_LINK_RE, text) is None
    )


def _is_sentence_line(info: LineInfo) -> bool:
    """A short line that ends like a sentence and opens like one, not repeated on the page.

    Such a line inside the body is the article's (see ``_is_short_sentence``); just
    under its last paragraph, it is the article's sign-off.
    """
    return (
        info.kind == "short"
        and info.shape.sentence_end
        and not info.repeated
        and info.shape.words >= 1
        # It opens like a sentence: a tail of wrapped text (``make-up photos.``) does not.
        and not info.line.text[:1].islower()
    )


def _runs_on(before: Line, line: Line, open_words: frozenset[str]) -> bool:
    """Whether ``line``, which carries on ``before``, is the rest of its paragraph.

    :attr:`LineInfo.continues` joins a line to the one above that ends on a stop word,
    so the items of a list may be joined too. A line that opens in lower case is the
    rest of the paragraph; one that opens with a capital is only after a word no
    sentence ends on (``open_words``, the page language's
    :data:`~newsparse.stopwords.OPEN_WORDS`): after ``won the``, but not after ``the
    game is over`` or ``right now``. A line that opens with the two words the line
    above opens with is the next item of a list (``In section 4 - the register`` /
    ``in section 5 - the archive``), not the rest of a sentence (wrapped prose may
    open two lines with one word: ``The`` / ``the``).
    """
    n = ITEM_OPENING_WORDS
    opens = [caseless(w) for w in line.text.split(maxsplit=n)[:n]]
    if len(opens) == n and opens == [caseless(w) for w in before.text.split(maxsplit=n)[:n]]:
        return False
    if line.text[:1].islower():
        return True
    return before.text.rsplit(maxsplit=1)[-1] in open_words


# Quotation marks a paragraph's rest may open with, after a line that breaks off.
_OPENING_QUOTES = "\"'\u2018\u201c\u201e\u00ab\u2039"
# And those a quotation closes with (a pulled quote, wholly in them, is no headline).
_CLOSING_QUOTES = "\"'\u2019\u201d\u201c\u00bb\u203a"


def _carries_on(text: str) -> bool:
    """Whether ``text`` reads as the rest of a sentence the line above broke off."""
    return text[:1] in _OPENING_QUOTES or text[:1].islower()


def _drop_teasers(
    infos: Sequence[LineInfo], used: list[bool], blocks: list[list[int]], open_words: frozenset[str]
) -> list[list[int]]:
    """Drop a teaser for another story that sits inside the body.

    A paragraph of prose before the body's last that breaks off on a word no sentence
    ends on (``open_words``: ``... have even died due to``) is a story's summary cut
    short for a link, and a short line over it that does not end like a sentence is
    that story's headline. Their lines are no longer ``used``. A short line (a
    subheading such as ``What to look out for``) is no teaser, nor is a paragraph
    that the next carries on: one that opens with a quotation mark or in lower case
    (``... dedicated the bridge to`` / ``"all who waited," she said.``).
    """
    drop: set[int] = set()
    for k in range(len(blocks) - 1):
        info = infos[blocks[k][-1]]
        line = info.line.text
        if (
            info.kind == "prose"
            and line[-1:].isalpha()
            and line.rsplit(maxsplit=1)[-1] in open_words
            and not _carries_on(infos[blocks[k + 1][0]].line.text)
        ):
            drop.add(k)
            above = infos[blocks[k - 1][0]] if k > 0 else None
            if (
                above is not None
                and len(blocks[k - 1]) == 1
                and above.kind == "short"
                and not above.shape.sentence_end
            ):
                drop.add(k - 1)
    if not drop:
        return blocks
    for k in drop:
        for i in blocks[k]:
            used[i] = False
    return [block for k, block in enumerate(blocks) if k not in drop]


# A link or a handle in a story's notes: ``Reach the reporters at https://...``, ``@jo``.
_NOTE_LINK_RE = regex.compile(r"https?://|(?<![\w@])@\w")
# An e-mail's header line: under a separator, a message pasted into the story.
_MAIL_HEADER_RE = regex.compile(r"(?:From|Sent|To|Cc|Subject|Date)\x20?:", regex.IGNORECASE)
# A line that parts the sections of a story: one mark three times or more, spaced or not
# (``___``, ``* * *``, ``-----``).
_SEPARATOR_RE = regex.compile(r"([_*=~\u2022-])(?:\x20?\1){2,}+")


def _keep_separators(
    infos: Sequence[LineInfo], used: list[bool], blocks: list[list[int]]
) -> list[list[int]]:
    """Keep a separator (``___``) between two of the body's paragraphs or right under the last.

    A story parts its sections with such a line (``___`` over ``WHAT SAY YOU?``), and
    closes with one over its notes (``___`` over ``Reach the reporters at ...``:
    :func:`_is_note_line`): there it is the story's, a paragraph of its own
    (``webpage.paragraph``). Elsewhere it is furniture (``furniture.no-text``): over
    comments, a page's box or the footer's links.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> text = "The vote is on Monday.\\n___\\nThe count is on Tuesday.\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _keep_separators(infos, [True, False, True], [[0], [2]])
        [[0], [1], [2]]
        >>> _keep_separators(infos, [True, False, False], [[0]])
        [[0], [1]]
        >>> text = "The vote is on Monday.\\n___\\nComments\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _keep_separators(infos, [True, False, False], [[0]])
        [[0]]
    """

    def separates(i: int) -> bool:
        return (
            i < len(infos)
            and not used[i]
            and _regex.fullmatch(_SEPARATOR_RE, infos[i].line.text) is not None
        )

    kept: list[list[int]] = []
    for block in blocks:
        if kept:
            gap = kept[-1][-1] + 1
            if block[0] == gap + 1 and separates(gap):
                used[gap] = True
                kept.append([gap])
        kept.append(block)
    if kept:
        under = kept[-1][-1] + 1
        if separates(under) and under + 1 < len(infos) and _is_note_line(infos[under + 1]):
            used[under] = True
            kept.append([under])
    return kept


def _is_note_line(info: LineInfo) -> bool:
    """Whether a line under a story's closing separator reads as the story's notes.

    A sentence (``Associated Press writers contributed to this report.``) or a line with
    a link or a handle (``More AP NBA: https://...``); not a box of the page's
    (``Comments``, ``Related Stories``), another story's headline or an e-mail's header
    (``From: ...``).
    """
    text = info.line.text
    return (
        info.kind in ("prose", "short")
        and _regex.match(_MAIL_HEADER_RE, text) is None
        and (text.endswith((".", "!", "?")) or _regex.search(_NOTE_LINK_RE, text) is not None)
    )


def _drop_repeats(
    infos: Sequence[LineInfo], used: list[bool], blocks: list[list[int]]
) -> list[list[int]]:
    """Drop a paragraph of prose over the body that the body repeats word for word.

    The earlier copy, among the paragraphs the body opens with that each occur again
    on the page, is a summary point set above the article; the text is kept once,
    where it runs. The line is no longer ``used``. Further down, a paragraph said
    twice (a refrain, a chant) is the article's both times.
    """

    def repeated(block: list[int]) -> bool:
        info = infos[block[0]]
        return len(block) == 1 and info.repeated and info.kind == "prose"

    lead = 0
    while lead < len(blocks) and repeated(blocks[lead]):
        lead += 1
    later: set[str] = set()
    kept: list[list[int]] = []
    for k in range(len(blocks) - 1, -1, -1):
        block = blocks[k]
        info = infos[block[0]]
        if repeated(block):
            if k < lead and info.line.text in later:
                used[block[0]] = False
                continue
            later.add(info.line.text)
        kept.append(block)
    kept.reverse()
    return kept


def _mark_about_boxes(infos: list[LineInfo]) -> None:
    """Mark the heading of a box about the author: ``About Jane Doe`` over a note naming her.

    ``About`` and a name alone may head a section of the story (``About New York``); with
    the line under it naming the same person, it heads a note about them, which closes
    the article as ``About the author`` does (furniture ``author-box``), when a line above
    names them as a byline does (``By Jane Doe``, ``Jane Doe``), or a row of the
    article's facts does and no paragraph follows the note (:func:`_row_signing`):
    ``About Hurricane Milton`` over ``Hurricane Milton formed ...`` heads a section of
    the story.
    """
    signed: dict[str, int] | None = None
    rows: dict[str, int] = {}  # a name, the first row that signs it (len(infos): none)
    for i in range(len(infos) - 1):
        info = infos[i]
        text = info.line.text
        if info.kind != "short" or not text.startswith(_ABOUT_WORDS):
            continue
        m = _regex.fullmatch(_ABOUT_NAME_RE, text)
        if m is None or m["name"] not in infos[i + 1].line.text:
            continue
        if signed is None:
            signed = _signed_names(infos)
        if signed.get(m["name"], i) >= i:
            # A row of facts may sign the name before its date (``Jane Doe 27/09/2018
            # 4 comments``) when the note closes the run: no paragraph under it.
            if i + 2 < len(infos) and infos[i + 2].kind == "prose":
                continue
            name = m["name"]
            if name not in rows:
                rows[name] = _row_signing(infos, name)
            if rows[name] >= i:
                continue
        infos[i] = _furnished(info, "author-box")


def _is_related_label(text: str) -> bool:
    """Whether ``text`` is the label of a box of links alone (``Most read``, ``See also:``).

    Examples:
        >>> _is_related_label("See also:"), _is_related_label("See also: Town votes")
        (True, False)
    """
    return (
        len(text) <= _RELATED_LABEL_CHARS and caseless(text).rstrip(" :\uff1a") in _RELATED_LABELS
    )


def _is_more_stories(text: str) -> bool:
    """Whether ``text`` may label a site's own box in title case: ``More Great Herald Stories``.

    Examples:
        >>> _is_more_stories("More Great Herald Stories"), _is_more_stories("More good stories")
        (True, False)
    """
    words = text.rstrip(" :").split()
    return (
        MIN_MORE_LABEL_WORDS <= len(words) <= MAX_LABEL_WORDS
        and words[0] == "More"
        and words[-1] == "Stories"
        and all(w[:1].isupper() for w in words)
    )


def _mark_related_labels(infos: list[LineInfo]) -> None:
    """Mark the label of a box of links alone on a line (``See also:``) as furniture.

    The shared furniture table reads ``See also: Title`` as a link but not the label
    alone, which heads a list of links (``- Exam results improve``): the list is not
    the article's, though its items read as a list's. A site's own box label in title
    case (``More Great Herald Stories``: :func:`_is_more_stories`) is one when headlines
    follow it.
    """
    for i, info in enumerate(infos):
        if (
            info.kind == "short"
            and info.rule is None
            and (
                _is_related_label(info.line.text)
                or (_is_more_stories(info.line.text) and _headlines_under(infos, i))
            )
        ):
            infos[i] = _furnished(info, "related")


def _headlines_under(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether :data:`MIN_TEASERS` headlines (:func:`_is_box_headline`) follow line ``i``.

    A subheading in title case (``More Riverbank Stories``) has paragraphs under it.
    """
    under = infos[i + 1 : i + 1 + MIN_TEASERS]
    return len(under) == MIN_TEASERS and all(map(_is_box_headline, under))


def _is_box_headline(info: LineInfo) -> bool:
    """Whether ``info`` reads as a headline in a box of other stories.

    A line of :data:`MIN_TITLE_WORDS` to :data:`MAX_TEASER_WORDS` words that does not
    end like a sentence.
    """
    return (
        info.kind in {"short", "prose"}
        and not info.shape.sentence_end
        and MIN_TITLE_WORDS <= info.shape.words <= MAX_TEASER_WORDS
    )


def _mark_related_items(infos: list[LineInfo], used: Sequence[bool]) -> None:
    """Mark the headlines a box's bare label heads (``Most Popular``) as its links.

    Under the label, lines of :data:`MIN_TITLE_WORDS` to :data:`MAX_TEASER_WORDS` words
    that open no article (no byline, no date) and do not end like sentences: headlines.
    With :data:`MIN_TEASERS` of them or more, they are the box's (furniture
    ``related``). A line that ends like a sentence ends the box: it may be a short
    paragraph between two subheadings of the story. A story's own list of works with
    their makers (:func:`_lists_works`) stays the story's. Headlines each under a
    kicker in capitals are the box's too, under a label with nothing after its colon
    (:func:`_heads_box`, :func:`_kicked_headlines`).
    """
    # The labels, found before any line under one is marked: a marked headline heads
    # nothing.
    labels = [
        i
        for i, info in enumerate(infos)
        if info.rule == "related" and info.kind == "furniture" and _heads_box(info.line.text)
    ]
    for i in labels:
        last = _kicked_headlines(infos, used, i)
        if last == i or _lists_works(infos, i, last + 1):
            # Headlines alone, under a bare label.
            if not _is_bare_label(infos[i].line.text):
                continue
            last = i
            for k in range(i + 1, min(len(infos), i + 1 + MAX_LIST_LINES)):
                item = infos[k]
                if (
                    used[k]
                    or item.rule is not None
                    or not _is_box_headline(item)
                    or _is_header_line(item.line)
                ):
                    break
                last = k
            if last - i < MIN_TEASERS or _lists_works(infos, i, last + 1):
                continue
        for k in range(i + 1, last + 1):
            infos[k] = _furnished(infos[k], "related")


def _heads_box(text: str) -> bool:
    """Whether a related line is a box's label: nothing follows its colon.

    ``Related: Town approves cycle lane`` is a link itself.

    Examples:
        >>> _heads_box("Most read in world news"), _heads_box("Read more: Town votes")
        (True, False)
    """
    colon = text.find(":")
    return colon < 0 or not text[colon + 1 :].strip()


def _kicked_headlines(infos: Sequence[LineInfo], used: Sequence[bool], label: int) -> int:
    """The last line of the kickers and headlines under a box's label, or ``label`` if none.

    A box of other stories may set a kicker in capitals over each headline (``Most read
    in world news`` / ``STORM CHASER`` / ``Man films twister from his car``), with a
    one-word tag between two stories (``Video``). :data:`MIN_KICKED_PAIRS` such pairs
    or more, one after the other, are the box's (two may be a story's own subheadings
    in capitals, each over a line); a line of anything else ends it.
    """
    last = label
    pairs = 0
    k = label + 1
    end = min(len(infos), label + 1 + MAX_LIST_LINES)
    while k + 1 < end:
        if _is_tag(infos[k], used[k]) and k + 2 < end:
            k += 1  # the tag goes with the story under it
        kicker, head = infos[k], infos[k + 1]
        if not (
            _is_kicker(kicker, used[k])
            and not used[k + 1]
            and head.rule is None
            and _is_box_headline(head)
            and not _is_kicker(head, used=False)
            and not _is_header_line(head.line)
        ):
            break
        pairs += 1
        last = k + 1
        k += 2
    return last if pairs >= MIN_KICKED_PAIRS else label


def _is_kicker(info: LineInfo, used: bool) -> bool:
    """Whether ``info`` is a story's kicker in capitals: ``STORM CHASER``, ``NAÏVE?``.

    A number or a time opens none (``1. PORTH BAY``, ``10:15 AM``), and a letter alone
    is a label (``Q``).
    """
    text = info.line.text
    return (
        not used
        and info.kind in {"short", "prose"}
        and info.shape.words <= MAX_KICKER_WORDS
        and not text[:1].isdigit()
        and sum(c.isupper() for c in text) >= MIN_KICKER_LETTERS  # a script with capitals
        and text.upper() == text
    )


def _is_tag(info: LineInfo, used: bool) -> bool:
    """Whether ``info`` is a story's one-word tag in a box of them (``Video``, ``Warning``)."""
    text = info.line.text
    return (
        not used
        and info.kind == "short"
        and " " not in text
        and len(text) <= MAX_TAG_CHARS
        and text[:1].isupper()
        and text[1:].islower()
    )


def _mark_more_boxes(infos: list[LineInfo], used: Sequence[bool]) -> None:
    """Mark a bare ``More:`` line and the headlines under it as a box of links.

    Some sites set a few links to their other stories between a story's paragraphs
    under ``More:`` (or ``More On:`` over the topic's tag, ``taliban``):
    :data:`MIN_TEASERS` to :data:`MAX_MORE_LINKS` lines that do not end like sentences
    (but for a question) or with a colon, of :data:`MIN_MORE_MEAN_WORDS` words on
    average or more (furniture ``related``). A story's own list under ``More:``
    (``More:`` / ``Imported wine`` / ... / ``Less:``) has shorter items, or a label
    like its own under it or within :data:`MORE_LABEL_REACH` lines above it.

    Examples:
        >>> t = ("More:\\nFerry fares will rise again next year, operator warns\\n"
        ...     "Lifeboat crew honoured for the daring night rescue\\nThe text goes on.\\n")
        >>> infos = list(classify_lines(t, split_lines(t)))
        >>> _mark_more_boxes(infos, [False] * 4)
        >>> [info.rule for info in infos]
        ['related', 'related', 'related', None]
    """
    for i, info in enumerate(infos):
        text = info.line.text
        if (
            len(text) > _LONGEST_MORE_LABEL
            or text[:4].casefold() != "more"
            or used[i]
            or info.rule is not None
            or caseless(text).replace(" ", "") not in _MORE_LABELS
        ):
            continue
        # A label like it a few lines above (``Less of:``, ``From commuters:``): the
        # story's own lists.
        if any(
            infos[j].rule is None and infos[j].line.text.endswith(":")
            for j in range(max(0, i - MORE_LABEL_REACH), i)
            if infos[j].kind == "short"
        ):
            continue
        k = i + 1
        if k < len(infos) and _is_box_topic(infos, used, k):
            k += 1  # the topic's tag: ``More On:`` / ``taliban``
        first = k
        words = 0.0
        while k < len(infos) and k - first < MAX_MORE_LINKS and _is_more_link(infos, used, k):
            words += infos[k].shape.words
            k += 1
        count = k - first
        if (
            count >= MIN_TEASERS
            and words >= MIN_MORE_MEAN_WORDS * count
            and not (k < len(infos) and infos[k].line.text.endswith(":"))
        ):
            for j in range(i, k):
                infos[j] = _furnished(infos[j], "related")


def _is_box_topic(infos: Sequence[LineInfo], used: Sequence[bool], k: int) -> bool:
    """Whether line ``k``, under a bare ``More On:``, is the topic it names (``taliban``)."""
    info = infos[k]
    return (
        not used[k]
        and info.rule is None
        and info.kind == "short"
        and info.shape.words <= MAX_TOPIC_TAG_WORDS
        and not info.shape.sentence_end
        and not info.line.text.endswith(":")
        # ``the plans`` opens a phrase of the story's, not a tag.
        and caseless(info.line.text.split(maxsplit=1)[0]) not in {"the", "a", "an"}
    )


def _is_more_link(infos: Sequence[LineInfo], used: Sequence[bool], k: int) -> bool:
    """Whether line ``k`` may be a headline under a bare ``More:``."""
    info = infos[k]
    return (
        _is_link_title(info, used[k])
        and info.shape.words >= MIN_MORE_LINK_WORDS
        and not info.line.text.endswith(":")
    )


def _is_link_title(info: LineInfo, used: bool) -> bool:
    """Whether a free line reads as the title of a link: a box's or a playlist's.

    No rule has marked it nor has it been taken (``used``), it is short or prose of at
    most :data:`MAX_TEASER_WORDS` words, and it ends like no sentence but a question.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> t = "Will the ferry sail again?\\nThe ferry sails again on Monday, the board said.\\n"
        >>> [_is_link_title(i, False) for i in classify_lines(t, split_lines(t))]
        [True, False]
    """
    return (
        not used
        and info.rule is None
        and info.kind in {"short", "prose"}
        and info.shape.words <= MAX_TEASER_WORDS
        and (not info.shape.sentence_end or info.line.text.endswith("?"))
    )


def _mark_capitals_links(infos: list[LineInfo], used: Sequence[bool]) -> None:
    """Mark a long headline in capitals between paragraphs as a link to another story.

    Some sites set links to their other stories between a story's paragraphs, in
    capitals (``HARBOUR BOSS SLAMS FERRY FARE RISE, SAYS TOWN WAS NEVER ASKED``): a
    line of :data:`MIN_CAPITALS_LINK_WORDS` words or more, no lower case letter, that
    does not end like a sentence (:func:`_is_capitals_link`), with a paragraph
    (:func:`_paragraph_near`) above it and under it, past furniture. A subheading so
    set is shorter (``WHAT YOU NEED``); a line that opens with a quotation (but for a
    show's name: :func:`_opens_with_quoted_name`), one under a paragraph that
    announces it (``The sign read:``), one that opens with a label of up to
    :data:`MAX_CAPITALS_LABEL_WORDS` words (``PART ONE: ...``, ``WHAT YOU NEED TO KNOW:
    ...``) or a run of such lines (a list) is the story's.

    Examples:
        >>> p = "The operator said on Monday that the fares would go up again in May."
        >>> t = f"{p}\\nHARBOUR BOSS SLAMS FERRY FARE RISE, SAYS TOWN WAS NEVER ASKED\\n{p}\\n"
        >>> infos = list(classify_lines(t, split_lines(t)))
        >>> _mark_capitals_links(infos, [False] * 3)
        >>> [info.rule for info in infos]
        [None, 'related', None]
    """
    found = {
        i
        for i, info in enumerate(infos)
        if not used[i]
        and info.rule is None
        and info.kind in {"short", "prose"}
        and _is_capitals_link(info)
    }
    for i in sorted(found):
        text = infos[i].line.text
        if (
            (
                _opens_with_quoted_name(text)
                or (
                    text[:1] not in _OPENING_QUOTES
                    and ":" not in " ".join(text.split()[:MAX_CAPITALS_LABEL_WORDS])
                )
            )
            and not (i - 1 in found or i + 1 in found)
            and _paragraph_near(infos, i, -1)
            and _paragraph_near(infos, i, 1)
        ):
            infos[i] = _furnished(infos[i], "related")


# A site's address: ``NJ.com``, ``www.herald.co.uk``; ``name`` is its first word past
# ``www``, a letter in it.
_ADDRESS = (
    r"(?:www\.)?(?P<name>(?=[\w-]{0,39}\p{L})[\w-]{1,40}+)(?:\.[\w-]{1,20}+){1,3}+"
    r"(?<=\.\p{L}{2,10})"
)
_ADDRESS_RE = regex.compile(_ADDRESS, regex.IGNORECASE)
# A link to another story of the site, named by its address, a colon and its title,
# capitalised and with no stop at its end: ``On Herald.com: Ferry fares to rise``.
_SITE_LINK_RE = regex.compile(
    r"(?:Also\x20)?On\x20" + _ADDRESS + r"\x20?:\x20(?-i:[\p{Lu}\d])[^\n]{1,200}(?<![.!?\"\u201d])",
    regex.IGNORECASE,
)


def _mark_site_links(infos: list[LineInfo], used: Sequence[bool]) -> None:
    """Mark a link to another story of the site, named by the site's address, as related.

    ``On HeraldOnline.com: Ferry fares to rise``, when the title
    names the site (``... | Herald Online``; compared without spaces, case or
    ``the``): another site's address (``On Change.org: More than 5,000 people ...``)
    may head a part of the story.

    Examples:
        >>> p = "The operator said on Monday that the fares would go up again in May."
        >>> t = f"Fares rise | Valley Herald\\n{p}\\nOn ValleyHerald.com: Bridge reopens\\n{p}\\n"
        >>> infos = list(classify_lines(t, split_lines(t)))
        >>> _mark_site_links(infos, [False] * 4)
        >>> [info.rule for info in infos][1:]
        [None, 'related', None]
    """
    title = infos[0].line.text if infos else ""
    site: str | None = None
    for i, info in enumerate(infos):
        if info.line.text[:1] not in "OoAa" or used[i] or info.rule is not None:
            continue
        m = _regex.fullmatch(_SITE_LINK_RE, info.line.text)
        if m is None:
            continue
        if site is None:
            a, z = _split_title(title)
            site = _site_key(title[:a] + " " + title[z:])
        if site and _site_key(m.group("name")) == site:
            infos[i] = _furnished(info, "related")


def _site_key(name: str) -> str:
    """A site's name as its address spells it: letters and digits, lower case, no ``the``.

    A name given as an address (``www.NJ.com``) is its first word past ``www``.

    Examples:
        >>> _site_key(" | The Valley-Herald "), _site_key("valleyherald"), _site_key(" - NJ.com")
        ('valleyherald', 'valleyherald', 'nj')
    """
    name = name.strip(" |-\u2013\u2014:\u00bb/")
    m = _regex.fullmatch(_ADDRESS_RE, name)
    if m is not None:
        name = m.group("name")
    key = "".join(ch for ch in caseless(name) if ch.isalnum())
    return key.removeprefix("the") if len(key) > len("the") else key


def _opens_with_quoted_name(text: str) -> bool:
    """Whether ``text`` opens with a name in quotation marks and goes on (``'SHOW' STAR``).

    At most :data:`MAX_QUOTED_NAME_WORDS` words in the marks, a word or a colon right
    after them, and no other quotation: ``'SAVE OUR FERRY' - THE WORDS ...`` or
    ``'ENOUGH' AND 'NO MORE' WERE ...`` quote speech.

    Examples:
        >>> _opens_with_quoted_name("'HARBOUR LIVES' STAR OPENS UP ABOUT THE NIGHT")
        True
        >>> _opens_with_quoted_name("'ENOUGH' AND 'NO MORE' WERE AMONG THE SLOGANS")
        False
    """
    if text[:1] not in _OPENING_QUOTES:
        return False
    close = next((k for k in range(1, len(text)) if text[k] in _CLOSING_QUOTES), -1)
    if close < 0 or len(text[1:close].split()) > MAX_QUOTED_NAME_WORDS:
        return False
    rest = text[close + 1 :]
    after = rest.lstrip()
    # An apostrophe between letters (``SWIFT'S``) quotes nothing.
    quotes = (
        k
        for k, c in enumerate(rest)
        if (c in _OPENING_QUOTES or c in _CLOSING_QUOTES)
        and not (0 < k < len(rest) - 1 and rest[k - 1].isalpha() and rest[k + 1].isalpha())
    )
    return bool(after) and (after[0].isalpha() or after[0] == ":") and next(quotes, None) is None


def _paragraph_near(infos: Sequence[LineInfo], i: int, step: int) -> bool:
    """Whether a paragraph stands next to line ``i`` (``step`` -1 above, 1 under).

    Past up to :data:`MAX_LINK_GAP` lines of another kind (a video's label, a caption),
    a line of prose; not past a line that ends with a colon (which announces what
    follows it).
    """
    k = i + step
    for _ in range(MAX_LINK_GAP + 1):
        if not 0 <= k < len(infos):
            return False
        info = infos[k]
        if info.line.text.endswith(":"):
            return False
        if info.kind == "prose":
            return True
        k += step
    return False


# A playlist's count of its items, on a line of its own: ``(16 Videos)``. ``\G``:
# matched only at the position its caller gives.
_PLAYLIST_COUNT_RE = regex.compile(r"\G\((?P<count>\d{1,2})\x20(?:Videos|Clips)\)")


def _mark_counted_playlists(infos: list[LineInfo], used: Sequence[bool]) -> None:
    """Mark the titles under a playlist's count (``(16 Videos)``) as its links.

    A video player lists the titles it plays under their count: the count's number of
    lines under it, each a line of at most :data:`MAX_TEASER_WORDS` words that no rule
    has marked and that ends like no sentence but a question, are the list's
    (furniture ``related``), not the lead of the article that follows them. With fewer
    such lines, the count marks none.

    Examples:
        >>> t = "(2 Videos)\\nFerry fares rise again\\nLifeboat crew honoured\\nThe text.\\n"
        >>> infos = list(classify_lines(t, split_lines(t)))
        >>> _mark_counted_playlists(infos, [False] * 4)
        >>> [info.rule for info in infos][1:]
        ['related', 'related', None]
    """
    for i, info in enumerate(infos):
        text = info.line.text
        found = _regex.fullmatch(_PLAYLIST_COUNT_RE, text) if text.startswith("(") else None
        if found is None:
            continue
        count = int(found["count"])
        titles = range(i + 1, i + 1 + count)
        if titles.stop < len(infos) and all(
            _is_link_title(infos[k], used[k])
            # Not the headline over the article's byline or date.
            and not _is_header_line(infos[k + 1].line)
            for k in titles
        ):
            for k in titles:
                infos[k] = _furnished(infos[k], "related")


def _is_capitals_link(info: LineInfo) -> bool:
    """Whether ``info``'s line reads as a link to another story set in capitals.

    :data:`MIN_CAPITALS_LINK_WORDS` words or more, :data:`MIN_CAPITALS_LINK_LONG_WORDS`
    of them long, no lower case letter, and no sentence's end. Set in the text, such
    a link parts no run of prose (see :meth:`WebpageFormat._choose_run`).
    """
    shape = info.shape
    return (
        shape.latin >= MIN_CAPITALS_LINK_WORDS
        and shape.long >= MIN_CAPITALS_LINK_LONG_WORDS
        and not shape.sentence_end
        and info.line.text.isupper()
    )


def _stands_in_link_box(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether the title's words at line ``i`` stand in a box of links under prose.

    Another headline next to them, no byline or date under them, and a paragraph above
    them: the page links its own story there, and an ``<h1>`` worded apart above is the
    headline.
    """
    return (
        0 < i < len(infos) - 1
        and not _opens_under(infos, i + 1)
        and (_is_box_headline(infos[i - 1]) or _is_box_headline(infos[i + 1]))
        and any(infos[k].kind == "prose" for k in range(1, i))
    )


def _furnished(info: LineInfo, rule: str, *, kind: LineKind = "furniture") -> LineInfo:
    """``info`` marked as furniture of ``rule`` (or a caption, as ``kind`` says)."""
    return attrs.evolve(info, kind=kind, rule=rule, value=FURNITURE_VALUE)


def _mark_credited_captions(infos: list[LineInfo]) -> None:
    """Mark a photo's caption that its credit opens with the sign as a caption.

    Some pages set the photographer's name after the copyright sign, then the caption
    (``© Jo Roe Walkers cross the new bridge on the first morning.``): not the site's
    copyright notice that ends the article, but a caption inside it. A notice names a
    company or its rights, or what may not be done with the site's content (``©
    Valley Media Ltd``, ``© The Herald. All rights reserved.``, ``© Jo Roe Nothing on
    this site may be copied``), and a caption says what the photo shows in words in
    lower case (:data:`MIN_CAPTION_LOWER_WORDS` to
    :data:`MAX_CREDITED_CAPTION_WORDS`).

    A credit alone after the sign between paragraphs (:func:`_sign_credit_between_paragraphs`)
    is a photo's credit when the page sets two or more (a photo essay), the last of
    them with the article going on under it (:func:`_credit_tail`); set once, only
    right under the lead paragraph (:data:`MAX_LEAD_PARAGRAPHS`,
    :func:`_paragraphs_above`) with the article going on under it. Under an article,
    the same line is the writer's notice over what follows it (comments, a note, the
    site's terms).
    """
    found = [
        i
        for i, info in enumerate(infos)
        if info.rule == "copyright" and _sign_credit_between_paragraphs(infos, i)
    ]
    if found:
        # Not a name a byline above signs (``By Jane Doe``): the writer's own notice.
        signed = _signed_names(infos)
        found = [i for i in found if not _signed_above(infos, signed, i)]
    if found and (
        _credit_tail(infos, found[-1]) < MIN_CREDIT_TAIL
        or (len(found) == 1 and _paragraphs_above(infos, found[0]) > MAX_LEAD_PARAGRAPHS)
    ):
        found.pop()
    for i in found:
        infos[i] = _furnished(infos[i], "credit", kind="caption")
    for i, info in enumerate(infos):
        if info.rule != "copyright":
            continue
        text = info.line.text
        if (
            _regex.match(_CREDITED_CAPTION_RE, text) is not None
            and _regex.search(_NOTICE_WORDS_RE, text) is None
            and MIN_CAPTION_LOWER_WORDS
            <= sum(w[:1].islower() for w in text.split())
            <= MAX_CREDITED_CAPTION_WORDS
        ):
            infos[i] = _furnished(info, "caption", kind="caption")


def _paragraphs_above(infos: Sequence[LineInfo], i: int) -> int:
    """How many lines of prose stand above line ``i``, up to ``MAX_LEAD_PARAGRAPHS + 1``.

    Counted up to a line that closes an article (:data:`_BOUNDARY_RULES`: comments,
    the site's notice or its legal links) or the page's top.
    """
    count = 0
    k = i - 1
    while k >= 0 and infos[k].rule not in _BOUNDARY_RULES and count <= MAX_LEAD_PARAGRAPHS:
        count += infos[k].kind == "prose"
        k -= 1
    return count


def _credit_name(text: str) -> str:
    """The name a credit after the sign gives, before any source: ``© Jo Roe/AFP``."""
    return text.lstrip("\u00a9 ").split("/")[0].strip()


def _signed_above(infos: Sequence[LineInfo], signed: dict[str, int], i: int) -> bool:
    """Whether a short line above credit ``i`` signs its name (:func:`_signed_names`).

    In the credit's case or in capitals (``BY JANE DOE``); another credit of the same
    name is no byline.
    """
    name = _credit_name(infos[i].line.text)
    for form in (name, name.upper()):
        j = signed.get(form, i)
        if j < i and not infos[j].line.text.startswith("\u00a9"):
            return True
    return False


def _sign_credit_between_paragraphs(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether copyright line ``i`` may be a photo's credit alone set between two paragraphs.

    ``© Jo Roe``, ``© Jo Roe/Instagram`` or ``© Fox News`` (:data:`_SIGN_CREDIT_RE`)
    naming no company or rights (``© Valley Media``, ``© Harbour Ltd``, ``© Crown
    Copyright``, ``© The Author``) nor the site the title names, with a paragraph right
    above it and one right under it that says nothing of the site's content
    (:data:`_CONTENT_NOTICE_RE`: ``Reproduction without permission is prohibited.`` is
    the notice's). :func:`_mark_credited_captions` weighs who signs it and where it
    stands.
    """
    if not 0 < i < len(infos) - 1 or infos[i - 1].kind != "prose" or infos[i + 1].kind != "prose":
        return False
    text = infos[i].line.text
    return (
        _regex.match(_SIGN_CREDIT_RE, text) is not None
        and _regex.search(_NOT_A_CREDIT_RE, text) is None
        and _regex.search(_CONTENT_NOTICE_RE, infos[i + 1].line.text) is None
        and not _names_site(_credit_name(text), infos[0].line.text)
    )


def _credit_tail(infos: Sequence[LineInfo], i: int) -> int:
    """How many paragraphs, up to :data:`MIN_CREDIT_TAIL`, go on under line ``i``.

    The article's, perhaps with its subheadings among them, up to a line of the page's
    furniture or a caption.
    """
    paragraphs = 0
    for info in infos[i + 1 : i + 1 + 2 * MIN_CREDIT_TAIL]:
        if info.kind == "prose":
            paragraphs += 1
            if paragraphs == MIN_CREDIT_TAIL:
                break
        elif info.kind != "short":
            break
    return paragraphs


def _copies_lines(infos: Sequence[LineInfo], cover: Sequence[int], i: int, j: int) -> bool:
    """Whether line ``i`` copies line ``j`` and the lines under it.

    It opens with them one space apart: :data:`MIN_COPIED_PARAGRAPHS` paragraphs of
    prose, leaving out at most :data:`MAX_COPY_SKIPS` lines in a row that are no prose
    (a caption, a link), not a paragraph. Then the page's lines of
    :data:`MIN_COVER_LINE` characters or more (``cover``, their indices in order) found
    further on in it, in order, cover :data:`MIN_COPY_SHARE` of it: a long paragraph
    that opens with lines of the page and goes on with words of its own is no copy.
    Each line is looked for a little past where the last one found ends
    (:data:`COPY_SLACK` characters, and the lengths of the lines not found since), and
    the search stops after :data:`MAX_COPY_MISSES` lines in a row not found or at the
    copy's end: each line found moves on by its length, so the lines read are bounded
    by the copy's length, and so is each stretch of it read.
    """
    text = infos[i].line.text
    pos = copied = skipped = 0
    k = j
    while copied < MIN_COPIED_PARAGRAPHS:
        if k >= len(infos):
            return False
        line = infos[k].line.text
        end = pos + len(line)
        if k == i:
            pass  # the copy itself, set among the lines it copies
        elif text.startswith(line, pos) and (end == len(text) or text[end] == " "):
            pos, skipped = end + 1, 0
            copied += infos[k].kind == "prose"
        elif infos[k].kind == "prose" or skipped == MAX_COPY_SKIPS:
            return False
        else:
            skipped += 1
        k += 1
    covered, missed, misses = pos, 0, 0
    for n in itertools.islice(cover, bisect.bisect_left(cover, k), None):
        if n == i:
            continue
        line = infos[n].line.text
        found = text.find(line, pos, pos + missed + len(line) + COPY_SLACK)
        if found >= 0:
            covered += len(line)
            pos, missed, misses = found + len(line), 0, 0
            if pos >= len(text):
                break
        elif misses == MAX_COPY_MISSES:
            break
        else:
            missed += len(line)
            misses += 1
    return covered >= MIN_COPY_SHARE * len(text)


def _mark_post_buttons(infos: list[LineInfo]) -> None:
    """Mark ``Report`` or ``Reply`` right under a credit to an account as a post's button.

    An embedded post leaves its credit and its button (``Image copyright @valleycouncil``
    / ``Report``): the button is the post's (furniture ``embed``), not the head of the
    readers' comments that ends the article. The credit is a caption's line (a photo's
    credit) that ends with the handle; a commenter's name and handle, or an address
    (``news@herald.example``), over ``Reply`` are the comments'.
    """
    for i in range(1, len(infos)):
        info = infos[i]
        above = infos[i - 1]
        if (
            info.rule == "comments"
            and info.line.text.casefold() in _POST_BUTTONS
            and above.kind == "caption"
            and _regex.search(_CLOSING_HANDLE_RE, above.line.text) is not None
        ):
            infos[i] = attrs.evolve(info, rule="embed")


def _mark_comment_labels(infos: list[LineInfo]) -> None:
    """Mark ``Comments`` alone on a line as the head of the comments, which end the article.

    The shared furniture table calls it a label (as a site dump writes it between its
    boxes); on a page, the readers' comments under it are not the article's
    (furniture ``comments``, as ``12 Comments`` is). Only under
    :data:`MIN_PROSE_ABOVE_COMMENTS` lines of prose or more (above the article, it is a
    link in the share bar), and with a comment's button (``Reply``) within
    :data:`COMMENT_BUTTON_REACH` lines under it (between two paragraphs, it is a link).
    So is the head of a thread (``Top Rated Comments``: :func:`_heads_thread`) under
    as many lines of prose.
    """
    prose = 0
    for i, info in enumerate(infos):
        if info.kind == "prose":
            prose += 1
        # Above the article, it is a link in the share bar (``Share`` / ``Comments``).
        elif (
            prose >= MIN_PROSE_ABOVE_COMMENTS
            and info.rule == "label"
            and caseless(info.line.text).rstrip(" :") == "comments"
            # A comment's button (``Reply``, ``Report``) under it: a link to the
            # comments set between paragraphs has none.
            and any(
                infos[k].rule == "comments"
                for k in range(i + 1, min(i + 1 + COMMENT_BUTTON_REACH, len(infos)))
            )
        ):
            infos[i] = attrs.evolve(info, rule="comments")
        elif (
            prose >= MIN_PROSE_ABOVE_COMMENTS
            and info.kind != "furniture"
            and _heads_thread(infos, i)
        ):
            infos[i] = _furnished(info, "comments")


def _signed_names(infos: Sequence[LineInfo]) -> dict[str, int]:
    """The names a short line signs, each with the first line that does.

    A line of at most :data:`MAX_DATE_LINE` characters signs the name it holds whole, or
    after a word or two (``By Jane Doe``, ``Von Jane Doe``); a longer prefix is a
    headline's (``Florida braces for Hurricane Milton``).
    """
    found: dict[str, int] = {}
    for i, info in enumerate(infos):
        text = info.line.text
        if len(text) > MAX_DATE_LINE:
            continue
        words = text.split(" ")
        for k in range(min(MAX_SIGN_PREFIX_WORDS, len(words) - 1) + 1):
            found.setdefault(" ".join(words[k:]), i)
    return found


def _row_signing(infos: Sequence[LineInfo], name: str) -> int:
    """The first row of the article's facts that signs ``name`` (``len(infos)`` if none).

    A row is a line of at most :data:`MAX_SIGNED_ROW` characters that is no prose
    (``Jane Doe 27/09/2018 4 comments Travel``, ``Von Jane Doe publiziert am 30. Juli
    2018``, ``Jane Doe | Published 14 August 2023``); it signs the name set after at
    most :data:`MAX_SIGN_PREFIX_WORDS` words and ended as :func:`_ends_signed_name`
    says. Only rows that hold the name are read, each once.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Storm Ivy - what we know\\nBy Jo Roe\\nJane Doe 27/09/2018 Travel\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _row_signing(infos, "Jane Doe"), _row_signing(infos, "Storm Ivy")
        (2, 3)
    """
    size = len(name.split(" "))
    if not MIN_SIGNED_NAME_WORDS <= size <= MAX_SIGNED_NAME_WORDS:
        return len(infos)
    for i, info in enumerate(infos):
        text = info.line.text
        if info.kind == "prose" or len(text) > MAX_SIGNED_ROW or name not in text:
            continue
        words = text.split(" ")
        dates: set[int] | None = None  # where the row's dates start, read once
        for k in range(min(MAX_SIGN_PREFIX_WORDS, len(words) - 1) + 1):
            j = k + size
            if j >= len(words) or " ".join(words[k:j]) != name:
                continue
            if dates is None:
                dates = {d.span.start for d in find_dates(text)} if may_hold_date(text) else set()
            if _ends_signed_name(words, j, dates):
                return i
    return len(infos)


def _ends_signed_name(words: Sequence[str], j: int, dates: set[int]) -> bool:
    """Whether ``words[j]`` of a row ends the name the row signs.

    ``dates`` holds where the row's dates start. The name ends where the row's date or
    a stamp's label begins (``Jane Doe 27/09/2018``, ``Jane Doe publiziert am ...``),
    or at a bar or a dash with a date or a stamp's label after it in the row (``Jane
    Doe | Published ...``): a bar alone may part a headline's or a caption's words
    (``Storm Ivy - what we know``, ``Jo Roe / Mayor``).

    Examples:
        >>> words = "Jane Doe 27/09/2018 Travel".split(" ")
        >>> _ends_signed_name(words, 2, {9}), _ends_signed_name(words, 1, {9})
        (True, False)
        >>> _ends_signed_name("Storm Ivy - what we know".split(" "), 2, set())
        False
    """
    if words[j] in _ROW_BARS:
        return any(_opens_stamp(words, k, dates) for k in range(j + 1, len(words)))
    return _opens_stamp(words, j, dates)


def _opens_stamp(words: Sequence[str], j: int, dates: set[int]) -> bool:
    """Whether ``words[j]`` of a row opens one of its ``dates`` or a stamp's label.

    Examples:
        >>> words = "Jane Doe 4 comments 14/08/2023".split(" ")
        >>> [_opens_stamp(words, j, {20}) for j in (2, 4)]
        [False, True]
    """
    word = words[j]
    if caseless(word).rstrip(":") in STAMP_LABELS:
        return True
    return word[:1].isdigit() and sum(len(w) + 1 for w in words[:j]) in dates


def _drop_author_note(
    b: Builder, infos: Sequence[LineInfo], blocks: list[list[int]]
) -> list[list[int]]:
    """Drop a note about the author that ends the body: ``Jane Doe is a reporter ...``.

    The last paragraph, at most :data:`MAX_AUTHOR_NOTE_WORDS` words, that opens with the
    full name of an author the byline names and a verb (``is``, ``has``, ``covers`` ...)
    is furniture (``webpage.author-note``); so is one that opens with the surname, or
    the given name in a note about her work (:data:`_WRITER_WORDS_RE`), under a line
    holding the author's name alone (``JANE DOE`` / ``Doe covers ...``, ``Jane Doe`` /
    ``Jane is a freelance reporter ...``), and the name's line with it when it is a
    paragraph, as with the full name in any case (``Jane Doe`` / ``Jane Doe has ...``).
    A line of at most :data:`MAX_SUBHEADING_WORDS` words under the note (``Have an
    opinion? Write to us.``) is the page's too: the article ended above the note.
    """
    if b.byline is None:
        return blocks
    count = _author_note(b, infos, blocks)
    if (
        count == 0
        and len(blocks[-1]) == 1
        and infos[blocks[-1][0]].shape.words <= MAX_SUBHEADING_WORDS
    ):
        count = _author_note(b, infos, blocks[:-1])
        count += count > 0
    if count == 0:
        return blocks
    start, end = infos[blocks[-count][0]].line.start, infos[blocks[-1][-1]].line.end
    b.add_furniture(start, end, b.rule("author-note"))
    return blocks[:-count]


def _author_note(b: Builder, infos: Sequence[LineInfo], blocks: list[list[int]]) -> int:
    """How many of the last ``blocks`` are a note about the author (see above), or 0."""
    if b.byline is None or len(blocks) < 2:  # noqa: PLR2004 - a note and a paragraph
        return 0
    block = blocks[-1]
    first = infos[block[0]]
    if sum(infos[i].shape.words for i in block) > MAX_AUTHOR_NOTE_WORDS:
        return 0
    text = first.line.text
    above = blocks[-2]
    for name in b.byline.value.authors:
        if " " not in name:
            continue
        # Under the name alone (``JANE DOE`` / ``Doe covers ...``), the surname or the
        # full name opens it, and the name's line goes with it.
        under_name = (
            len(blocks) > 2  # noqa: PLR2004 - the name, the note and a paragraph
            and len(above) == 1
            and caseless(infos[above[0]].line.text) == caseless(name)
        )
        if caseless(text[: len(name)]) == caseless(name) and text.startswith(
            _NOTE_VERBS, len(name)
        ):
            return 2 if under_name else 1
        # The name's line may not be a paragraph: a box about the author under the
        # article (``Jane Doe`` / ``Jane is a freelance reporter ...``).
        line_above = block[0] > 0 and caseless(infos[block[0] - 1].line.text.strip()) == caseless(
            name
        )
        # The name line may be in capitals (``JANE DOE``), the note is not; under it,
        # the surname opens the note, or the given name in a note about her work (a
        # story's subject may share it: ``Jo has raised ...`` under a photo credit).
        given = name.split(" ", 1)[0]
        for part in (name.rsplit(" ", 1)[-1], given):
            if (
                (under_name or line_above)
                and caseless(text[: len(part)]) == caseless(part)
                and text.startswith(_NOTE_VERBS, len(part))
                and (part != given or _regex.search(_WRITER_WORDS_RE, text) is not None)
            ):
                return 2 if under_name else 1
        # With no name above, the given name opens a note that gives her post at the
        # site (``Jane is a reporter for The Herald.``), unless the story names someone
        # else so (``Jane Hill``, its subject) or the post is a former one.
        if (
            len(block) == 1
            and text.startswith(given + " is ")
            and " former " not in text
            and _regex.search(_WRITER_POST_RE, text) is not None
            and not _names_namesake(b.text, infos, blocks[:-1], given, name)
        ):
            return 1
    return 0


def _whole_names(text: str, start: int, end: int, title: str) -> BylineMatch | None:
    """``text[start:end]`` read as names with no ``By``, all of it, else ``None``.

    The names read as names (:func:`reads_as_names`), and one name alone is not the
    site's as the page ``title`` gives it (``Kabar Pagi``).

    Examples:
        >>> t = "Jane Doe and Sam Roe"
        >>> _whole_names(t, 0, len(t), "Bridge opens | Valley Herald").byline.authors
        ('Jane Doe', 'Sam Roe')
        >>> _whole_names("Local News", 0, 10, "Bridge opens") is None
        True
    """
    names = read_byline(text, start, end, require_prefix=False)
    if (
        names is None
        or names.span.start != start
        or names.span.end != end
        or not reads_as_names(names)
        or (len(names.byline.authors) == 1 and _names_site(names.byline.authors[0], title))
    ):
        return None
    return names


def _names_namesake(
    text: str, infos: Sequence[LineInfo], blocks: Sequence[Sequence[int]], given: str, name: str
) -> bool:
    """Whether the paragraphs of ``blocks`` name another with ``given`` name than ``name``.

    ``Jane Hill`` in the story, when the byline is ``Jane Doe``: a last paragraph
    that opens with ``Jane is ...`` may be about her.
    """
    surname = name.rsplit(" ", 1)[-1]
    for block in blocks:
        start, end = infos[block[0]].line.start, infos[block[-1]].line.end
        at = text.find(given + " ", start, end)
        while at >= 0:
            after = text[at + len(given) + 1 : end].split(" ", 1)[0].strip(".,;:")
            after = after.removesuffix("'s").removesuffix("\u2019s")  # ``Doe's team``
            if (
                (at == start or not text[at - 1].isalnum())  # not ``McJane``
                and after[:1].isupper()
                and after != surname
            ):
                return True
            at = text.find(given + " ", at + 1, end)
    return False


# The longest line read as a wire story's closing credits.
_LONGEST_CREDITS_LINE = 300
# The roles a wire story's closing credits give.
_WIRE_ROLES = frozenset({"reporting", "additional reporting", "writing", "editing", "compiled"})


def _take_closing_credits(
    b: Builder, infos: Sequence[LineInfo], used: list[bool], blocks: list[list[int]]
) -> list[list[int]]:
    """Take a wire story's credits lines that end the body, or stand under it.

    ``(Reporting by Jo Roe; Editing by Sam Poe)`` under the last paragraph names who
    reported and edited, as wire copy closes a story; it is read as the wire formats
    read it (:func:`~newsparse.extract.attribution.read_attribution`), into
    ``Article.attribution`` with its credits (:func:`_closing_credits`), and so is each
    such line under it (``(Additional reporting by Al Poe)``).
    """
    if not blocks:
        return blocks
    at = blocks[-1][-1] + 1
    if len(blocks[-1]) == 1:
        line = infos[blocks[-1][0]].line
        found = _closing_credits(b, line)
        if found is not None:
            b.take_credits(line, found)
            blocks = blocks[:-1]
    while at < len(infos) and not used[at]:
        line = infos[at].line
        found = _closing_credits(b, line)
        if found is None:
            break
        b.take_credits(line, found)
        used[at] = True
        at += 1
    return blocks


def _closing_credits(b: Builder, line: Line) -> AttributionLine | None:
    """``line`` read as a wire story's credits line, else ``None``.

    It is in brackets or names two roles or more, all of them a wire desk's (reporting,
    writing, editing, compiling), and each of its names opens with a capital:
    ``Reporting by the local paper drew ...`` is a sentence.
    """
    text = line.text
    if len(text) > _LONGEST_CREDITS_LINE:
        return None
    found = read_attribution(b.text, line.start, line.end)
    if found is None or found.kind != "credits" or not found.credits:
        return None
    apart = text.startswith("(") and text.endswith((")", ")."))
    if not (apart or len(found.credits) > 1):
        return None
    # A wire desk's roles only: a review's box (``Written by Jo Roe; Directed by Al Poe``)
    # or a book's (``Translated by ...``) credits no story.
    if not all(c.role in _WIRE_ROLES for c in found.credits):
        return None
    if not all(name[:1].isupper() for c in found.credits for name in c.names):
        return None
    return found


def _drop_closing_headline(
    b: Builder, infos: Sequence[LineInfo], blocks: list[list[int]]
) -> list[list[int]]:
    """Drop a last paragraph that is the headline again, word for word.

    A share box under the article names what it shares (``Share or comment on this
    article:`` / the headline); the article does not end on its own headline. It is
    furniture (``webpage.headline-repeat``), and so is a short line (not prose) right
    above it, the box's label. An e-mail box may quote the opening of the first
    paragraph under the headline (``Shares of ... dropped on Tuesday.``), and then the
    headline may be the page's ``<h1>`` where the title gave the article's (a line of
    :data:`MIN_TITLE_WORDS` words or more above the body).
    """
    if b.headline is None or len(blocks) < 2:  # noqa: PLR2004 - the repeat and the text
        return blocks
    count = 0
    quote = infos[blocks[-1][0]]
    if (
        len(blocks) > 2  # noqa: PLR2004 - the repeat, the quote and the text
        and len(blocks[-1]) == 1
        and quote.shape.words >= MIN_TITLE_WORDS
        and infos[blocks[0][0]].line.text.startswith(quote.line.text)
    ):
        count = 1  # the opening of the first paragraph, quoted under the headline
    last = blocks[-1 - count]
    line = infos[last[0]].line
    # A line above the body other than the headline (a standfirst, a caption, a recap)
    # counts only with the lead's opening quoted under it: an article may end on it.
    if len(last) != 1 or not (
        line.text == b.headline.raw
        or (
            count
            and any(
                infos[i].line.text == line.text and infos[i].shape.words >= MIN_TITLE_WORDS
                for i in range(blocks[0][0])
            )
        )
    ):
        return blocks
    count += 1
    if (
        len(blocks) > count + 1
        and len(blocks[-1 - count]) == 1
        and infos[blocks[-1 - count][0]].kind == "short"
    ):
        count += 1  # the box's label, not a heading of the text: nothing under it is
    start = infos[blocks[-count][0]].line.start
    end = infos[blocks[-1][-1]].line.end
    b.add_furniture(start, end, b.rule("headline-repeat"))
    return blocks[:-count]


def _drop_torn_start(
    b: Builder, infos: Sequence[LineInfo], blocks: list[list[int]]
) -> list[list[int]]:
    """Drop a torn-off piece of a caption that opens the body.

    A caption the page wrapped over several lines leaves pieces that read as prose
    (``which were released online and are making the rounds,``). A first paragraph
    that opens in lower case (two lower-case letters, so ``iPhone`` is a word, not a
    tear) and breaks off without a stop (or a colon, which introduces what follows) is
    such a piece when more paragraphs follow;
    it is furniture (``webpage.fragment``).
    """
    if len(blocks) < 2:  # noqa: PLR2004 - the piece and the article
        return blocks
    first = infos[blocks[0][0]].line.text
    last = infos[blocks[0][-1]]
    if not first[:2].isalpha() or not first[:2].islower() or last.shape.sentence_end:
        return blocks
    # A colon introduces what follows (``easyJet will cut these routes:``): no tear.
    if last.line.text.rstrip()[-1:] in ":\uff1a":
        return blocks
    start, end = infos[blocks[0][0]].line.start, last.line.end
    b.add_furniture(start, end, b.rule("fragment"))
    return blocks[1:]


def _is_quotation(text: str) -> bool:
    """Whether ``text`` stands in quotation marks whole, but for a closing stop.

    Examples:
        >>> _is_quotation("\u201cIt is time.\u201d"), _is_quotation('"It is time".')
        (True, True)
        >>> _is_quotation('"It is time," she said.'), _is_quotation("'90s kids remember")
        (False, False)
    """
    return text[:1] in _QUOTE_MARKS and text.rstrip(".!?\u2026")[-1:] in _QUOTE_MARKS


# A sign-up box's question to the reader about the page: ``Like this article?``,
# ``Enjoyed this story?``, ``Want more?``. ``\G``: matched only at a line's start.
_SIGNUP_QUESTION_RE = regex.compile(
    r"\G(?:(?:Did\x20you\x20)?(?:Like|Enjoy|Love)(?:d|ed)?\x20(?:this|what\x20you|reading)\b"
    r"[^\n?]{0,40}+\?|Want\x20more\b[^\n?]{0,40}+\?)",
    regex.IGNORECASE,
)


def _closes_article(infos: Sequence[LineInfo], used: Sequence[bool], i: int) -> bool:
    """Whether line ``i``, under the body's last paragraph, closes the article.

    A short sentence does (a sign-off such as ``Thanks for reading!``, or the ``All...``
    a paywall cuts the text to), but not a label that a full stop or a ``!`` makes look
    like one (``Subscribe now!``, ``Advertisement.``), nor a question about the page
    over a sign-up button (``Like this article?`` / ``Sign up for our newsletter``),
    the box's lead. So does the signature of an embedded post the last paragraph
    quotes, and a quotation of the body set apart again (a pull quote, which
    :func:`_drop_pull_quotes` drops).
    """
    if i >= len(infos) or used[i]:
        return False
    info = infos[i]
    text = info.line.text
    return (
        (
            _is_sentence_line(info)
            and furniture_rule(text.rstrip(".!\u2026 ")) is None
            and not (
                i + 1 < len(infos)
                and infos[i + 1].rule in _SIGNUP_RULES
                and _regex.match(_SIGNUP_QUESTION_RE, text) is not None
            )
        )
        or _is_post_signature(text)
        or _is_repeated_quotation(info)
    )


def _rows_after(infos: Sequence[LineInfo], used: Sequence[bool], start: int) -> int:
    """Where a table or a list that starts at line ``start`` ends (``start`` if none does).

    Its lines are short, plain (no furniture, date or handle: :func:`_rules_out_stretch`)
    and do not end like sentences; at most :data:`MAX_LIST_LINES` of them, at least one
    an item or a row (:func:`_is_list_or_row`) and at most :data:`MAX_TABLE_LABELS` not
    (a table's header, a list's lead-in).
    """
    end = start
    rows = labels = 0
    while (
        end < len(infos)
        and end - start < MAX_LIST_LINES
        and not used[end]
        and not infos[end].shape.sentence_end
        and not _rules_out_stretch(infos[end])
    ):
        if _is_list_or_row(infos[end]):
            rows += 1
        else:
            labels += 1
            if labels > MAX_TABLE_LABELS:
                return start
        end += 1
    return end if rows else start


def _announced_list(infos: Sequence[LineInfo], used: Sequence[bool], start: int) -> int:
    """Where the list that the body's last paragraph announces ends (``start`` if none).

    A numbered list (:func:`_numbered_list`) ends with its last item. Otherwise, a
    paragraph that ends with a colon (``The work still to do:``) leads in to what
    follows: its short lines up to furniture, a caption, a date, prose or the end of
    the text are the article's, though no closing sentence follows them (as
    :func:`_rows_after` needs). The lines are plain (:func:`_rules_out_stretch`,
    :func:`_is_inner_line`) and fewer than :data:`MAX_LIST_LINES`; where a longer
    stretch ends is not known, and none is kept, unless a paragraph of prose resumes
    under it within :data:`MAX_ANNOUNCED_LINES` (a table of one cell a line).
    """
    numbered = _numbered_list(infos, used, start)
    if numbered > start:
        return numbered
    end = _plain_stretch_end(infos, used, start)
    if end < len(infos) and not (used[end] or _rules_out_stretch(infos[end])):
        return start
    # A table's cells of figures go with its labels: figures alone are a widget's.
    if not any(infos[k].shape.words >= 1 for k in range(start, end)):
        return start
    if end - start >= MAX_LIST_LINES and not (
        end < len(infos) and not used[end] and infos[end].kind == "prose"
    ):
        return start
    return end


def _plain_stretch_end(infos: Sequence[LineInfo], used: Sequence[bool], start: int) -> int:
    """Where the plain lines of an announced list or table that opens at ``start`` end.

    Lines no caption, date or handle rules out (:func:`_rules_out_stretch`) that are the
    article's once announced (:func:`_is_inner_line`), at most
    :data:`MAX_ANNOUNCED_LINES` of them.
    """
    end = start
    while (
        end < len(infos)
        and end - start < MAX_ANNOUNCED_LINES
        and not used[end]
        and not _rules_out_stretch(infos[end])
        and _is_inner_line(infos[end], announced=True, cells=True)
    ):
        end += 1
    return end


def _entries_under(infos: Sequence[LineInfo], used: Sequence[bool], start: int) -> int:
    """Where the list of entries a short lead-in announces ends (``start`` if none).

    Its lines are plain (:func:`_rules_out_stretch`, :func:`_is_inner_line`), at most
    :data:`MAX_ANNOUNCED_LINES` of them, up to a paragraph, the page's furniture (a
    share bar, a box of links) or the end of the text; and half of them or
    more are entries: an item or a row (:func:`_is_list_or_row`), or a line of
    :data:`MIN_ENTRY_WORDS` words or more that holds a figure (``June 9 -- Town Hall,
    Valley``). A box of other stories' headlines (``Popular on the Herald:``) holds
    none, nor does a menu (``Section 3``).
    """
    end = _plain_stretch_end(infos, used, start)
    entries = sum(
        _is_list_or_row(info)
        or (info.shape.words >= MIN_ENTRY_WORDS and any(c.isdigit() for c in info.line.text))
        for info in infos[start:end]
    )
    if end < len(infos) and not (used[end] or infos[end].kind in {"prose", "furniture"}):
        return start
    return end if 2 * entries >= end - start else start


def _schedule_under(
    infos: Sequence[LineInfo],
    used: Sequence[bool],
    start: int,
    *,
    published: dt.datetime | None,
) -> int:
    """Where the schedule a heading names ends (``start`` if none).

    Its entries, one after the other from ``start``: short lines of
    :data:`MIN_ENTRY_WORDS` words or more that open with a day (:func:`_opens_with_day`)
    and hold no handle (:data:`_HANDLE_RE`; a venue after a spaced ``@`` is none:
    ``June 9 \u2013 Valley, NY @ Town Hall``), :data:`MIN_DATED_ENTRIES` of them or
    more, at most :data:`MAX_SCHEDULE_LINES` (a longer run is none), each opening with
    a full date (:func:`_entry_date`) or none; a full date after the day the page was
    ``published``, when the page gives it (an entry of that day or before is a dated
    teaser of the site's). The first other line ends it, but for a footnote right under
    the entries that an entry's asterisks point to (:func:`_is_footnote`).
    """
    end = start
    dated: bool | None = None  # whether the entries open with a full date
    while end < len(infos) and not used[end]:
        info = infos[end]
        text = info.line.text
        if not (
            info.kind == "short"
            and info.shape.words >= MIN_ENTRY_WORDS
            and _regex.search(_HANDLE_RE, text) is None
            and _opens_with_day(text)
        ):
            break
        date = _entry_date(text)
        if dated is None:
            dated = date is not None
        elif (date is not None) != dated:
            break  # another list's entries (dated teasers under the tour's dates)
        if date is not None and published is not None and date.date() <= published.date():
            break  # a teaser of the page's day or before, not what is to come
        if end - start >= MAX_SCHEDULE_LINES:
            return start  # a schedule this long says nothing of where it ends
        end += 1
    if end - start < MIN_DATED_ENTRIES:
        return start
    if end < len(infos) and not used[end] and _is_footnote(infos, start, end):
        end += 1
    return end


def _entry_date(text: str) -> dt.datetime | None:
    """The full date a schedule's entry opens with (a weekday before it, perhaps), if any.

    Examples:
        >>> _entry_date("Friday, February 13, 2026 at 9:00 AM - Council Chamber")
        datetime.datetime(2026, 2, 13, 9, 0)
        >>> _entry_date("June 9 - Town Hall, Room 2010") is None
        True
    """
    found = next(find_dates(text, 0, min(len(text), ENTRY_DATE_REACH)), None)
    if found is None or found.span.start >= ENTRY_DAY_REACH:
        return None
    return found.value


def _is_footnote(infos: Sequence[LineInfo], start: int, end: int) -> bool:
    """Whether line ``end`` is the footnote of the schedule's entries ``start`` to ``end``.

    It opens with as many asterisks as an entry holds together (``** To dial in, call
    ...`` under ``Monday, May 4 at 2 PM **By phone``; a line of asterisks alone is
    furniture), and is no furniture nor a label once they are stripped (``** Share``,
    ``*Most read: Ferry fares to rise``; a time's colon is none).
    """
    info = infos[end]
    note = info.line.text
    rest = note.lstrip("*")
    marker = note[: len(note) - len(rest)]
    rest = rest.strip()
    return (
        info.rule is None
        and bool(marker)
        and furniture_rule(rest) is None
        and _regex.match(_LABEL_RE, rest) is None
        and any(
            m.group() == marker
            for k in range(start, end)
            for m in _regex.finditer(_ASTERISKS_RE, infos[k].line.text)
        )
    )


def _published(b: Builder) -> dt.datetime | None:
    """The page's date, as read so far."""
    return b.date.value if b.date is not None else None


def _names_schedule(text: str) -> bool:
    """Whether a heading names a schedule: ``Tour Dates``, ``Rovers Fixtures``.

    Examples:
        >>> _names_schedule("The Band's Summer Tour Dates"), _names_schedule("More Band News")
        (True, False)
    """
    return any(caseless(w.strip(".,;:!?()")) in _SCHEDULE_WORDS for w in text.split())


def _headline_names_schedule(headline: str) -> bool:
    """Whether a headline is a schedule's name: short, a schedule's word last, capitalised.

    At most :data:`MAX_SCHEDULE_HEADLINE_WORDS` words, each of
    :data:`MIN_NAME_WORD` letters or more capitalised (a name's words are); ``Senate
    hearings on bank collapse begin`` or ``School board approves new calendar`` names
    none.

    Examples:
        >>> _headline_names_schedule("Planning Committee Meetings")
        True
        >>> _headline_names_schedule("School board approves new calendar")
        False
    """
    words = headline.split()
    return (
        0 < len(words) <= MAX_SCHEDULE_HEADLINE_WORDS
        and caseless(words[-1].strip(".,;:!?()")) in _SCHEDULE_WORDS
        and all(not w[:1].islower() for w in words if len(w) >= MIN_NAME_WORD)
    )


def _opens_with_day(text: str) -> bool:
    """Whether ``text`` opens with a day (a month and its day, after a weekday or not) or a date.

    Examples:
        >>> [_opens_with_day(t) for t in ("June 9 - Town Hall, Valley",
        ...     "Fri., June 9 - Town Hall", "9 June: Town Hall", "09.06.2024 - Berlin",
        ...     "In June 9 came")]
        [True, True, True, True, False]
    """
    reach = min(len(text), ENTRY_DAY_REACH)
    found = find_partial_date(text, 0, reach)
    if found is None:
        date = next(find_dates(text, 0, reach), None)
        return date is not None and date.span.start == 0
    before = text[: found.span.start].strip(" .,").casefold()
    return not before or before in WEEKDAYS


def _is_lead_in(
    infos: Sequence[LineInfo], used: Sequence[bool], i: int, headline: str | None
) -> bool:
    """Whether line ``i`` is a short lead-in to the story's list: ``The band's tour dates:``.

    A plain short line of at most :data:`MAX_SUBHEADING_WORDS` words (ending with a
    colon, or a heading with none that names a schedule, ``Tour Dates``:
    :func:`_schedule_under`), no box's label (``See also:``, ``Most read:``), and about the
    story: a word of it tells what the ``headline`` is about (``Band sets tour`` over
    ``The band's tour dates:``; a box of the site's, ``Upcoming events:``, ``Tonight on
    TV:``, tells of none).
    """
    if i >= len(infos) or used[i] or headline is None:
        return False
    info = infos[i]
    text = info.line.text
    return (
        info.kind == "short"
        and info.rule is None
        and (text.endswith(":") or _names_schedule(text))
        and info.shape.words <= MAX_SUBHEADING_WORDS
        and not _is_related_label(text)
        and not _is_header_line(info.line)
        and bool(_topic_words(text) & _topic_words(headline))
    )


def _numbered_list(infos: Sequence[LineInfo], used: Sequence[bool], start: int) -> int:
    """Where a numbered list that opens at ``start`` ends (``start`` if none).

    Items numbered from 1 in steps of one (``1) Red kettle``, ``2. Blue mug``), each
    perhaps followed by up to :data:`MAX_ITEM_LINES` plain lines (its description, its
    link), :data:`MIN_NUMBERED_ITEMS` of them or more: the numbers say where the list
    ends, so it ends with the last item's lines, up to :data:`MAX_NUMBERED_LINES` lines
    (a longer one is none). Only links follow the last item: a line of text under it
    may be the page's.
    """
    number = 1
    end = i = start
    while i < len(infos):
        if i - start >= MAX_NUMBERED_LINES:
            return start  # a list this long says nothing of where it ends
        item = infos[i]
        m = _regex.match(_ITEM_NUMBER_RE, item.line.text)
        # An item may read as prose; a handle or a date heads another article, as in
        # a stretch (:func:`_rules_out_stretch`).
        if (
            used[i]
            or m is None
            or int(m["n"]) != number
            or item.kind not in {"short", "prose"}
            or "@" in item.line.text
            or _holds_date(item.line)
        ):
            break
        number += 1
        i += 1
        end = i
        for _ in range(MAX_ITEM_LINES):
            if i >= len(infos) or used[i] or _rules_out_stretch(infos[i]):
                break
            text = infos[i].line.text
            if _regex.fullmatch(_BARE_LINK_RE, text) is not None:
                i += 1
                end = i
            elif _regex.match(_ITEM_NUMBER_RE, text) is None and _is_inner_line(
                infos[i], announced=True
            ):
                i += 1
            else:
                break
    if number - 1 < MIN_NUMBERED_ITEMS:
        return start
    return end


def _is_repeated_quotation(info: LineInfo) -> bool:
    """A short line the page repeats that is a quotation whole: ``\u201cIt is ours.\u201d``.

    It is kept with the body, where :func:`_drop_pull_quotes` keeps the first copy
    and drops the others as pull quotes.
    """
    return (
        info.repeated
        and info.kind == "short"
        and info.shape.sentence_end
        and _is_quotation(info.line.text)
    )


def _drop_pull_quotes(
    b: Builder, infos: Sequence[LineInfo], blocks: list[list[int]]
) -> list[list[int]]:
    """Drop a pull quote: a line of the body that another paragraph holds word for word.

    A page sets a phrase of the story apart in large type, often in quotation marks
    (``“The plan sets aside money for a new sea wall”``). A one-line block of
    :data:`MIN_PULL_QUOTE_WORDS` to :data:`MAX_PULL_QUOTE_WORDS` words, in quotation
    marks, or too short for prose and of at least :data:`MIN_UNQUOTED_PULL_WORDS` words
    (a subheading may repeat a few words of the paragraph under it), whose text without
    its marks and closing stop another paragraph holds, is furniture
    (``webpage.pull-quote``); a line the body says twice whole (a refrain) is not,
    unless it is a quotation alone (:func:`_is_quotation`) of at least
    :data:`MIN_PULL_QUOTE_WORDS` words: then the copies after the first are the pull
    quotes. Only the first :data:`MAX_PULL_QUOTE_CHECKS` such lines
    are looked up, so a page of many short paragraphs is not searched over and over.
    """
    checks = 0
    drop: set[int] = set()
    body: str | None = None
    lines: list[str] = []
    # The quotations the body has set alone on a line so far.
    quotes: set[str] = set()
    for k, block in enumerate(blocks):
        info = infos[block[0]]
        if len(block) != 1:
            continue
        text = info.line.text
        if _is_quotation(text) and info.shape.words >= MIN_PULL_QUOTE_WORDS:
            # A quotation alone on its line said again whole is that line set apart:
            # the first is the article's. A shorter one said again is an answer given
            # twice (``\u201cNo.\u201d``), as a dialogue runs.
            if text in quotes:
                drop.add(k)
                b.add_furniture(info.line.start, info.line.end, b.rule("pull-quote"))
                continue
            quotes.add(text)
        if not MIN_PULL_QUOTE_WORDS <= info.shape.words <= MAX_PULL_QUOTE_WORDS:
            continue
        # In marks at both ends: an apostrophe opens ``'90s kids remember ...``.
        quoted = _is_quotation(text)
        # Unquoted, a short line may be a subheading that repeats the words under it.
        if not quoted and (info.kind == "prose" or info.shape.words < MIN_UNQUOTED_PULL_WORDS):
            continue
        checks += 1
        if checks > MAX_PULL_QUOTE_CHECKS:
            break
        core = text.strip(_QUOTE_MARKS).rstrip(".!?\u2026").strip(_QUOTE_MARKS)
        if body is None:
            # The body's lines, one a line between line breaks: a quote is looked for
            # within a line (no find spans two), and copies of a whole line are counted
            # apart (two copies in a row share the break between them).
            lines = [infos[i].line.text for blk in blocks for i in blk]
            body = "\n".join(lines)
        # The line holds its own text: a find beyond the copies of the whole line (a
        # refrain the body says twice is the article's) is another paragraph's.
        if body.count(core) > lines.count(text):
            drop.add(k)
            b.add_furniture(info.line.start, info.line.end, b.rule("pull-quote"))
    if not drop:
        return blocks
    return [block for k, block in enumerate(blocks) if k not in drop]


def _cut_tweet_prompts(b: Builder, lines: list[Line]) -> list[Line]:
    """Cut a ``Click To Tweet`` button from the end of the quotation it follows.

    Blogs set a sentence of the post apart with a button to tweet it
    (``Growth takes patience.Click To Tweet``): the sentence is the post's, the button is
    furniture (``webpage.tweet-prompt``), and the line is read without it.
    """
    out = lines
    for k, line in enumerate(lines):
        text = line.text
        # A cheap test first: the line ends in ``tweet`` in some case.
        if text[-1:] not in "tT" or len(text) <= len(_TWEET_PROMPT):
            continue
        if not caseless(text[-len(_TWEET_PROMPT) :]).endswith(_TWEET_PROMPT):
            continue
        cut = len(text) - len(_TWEET_PROMPT)
        quote = text[:cut].rstrip()
        if len(quote.split()) < MIN_PULL_QUOTE_WORDS:
            continue
        if out is lines:
            out = list(lines)
        out[k] = line._replace(end=line.start + len(quote), text=quote)
        b.add_furniture(line.start + cut, line.end, b.rule("tweet-prompt"))
    return out


def _density(infos: Sequence[LineInfo], run: tuple[int, int, float]) -> float:
    prose = sum(1 for i in range(run[0], run[1] + 1) if infos[i].kind == "prose")
    return prose / (run[1] - run[0] + 1)


def _sentence_words(infos: Sequence[LineInfo], run: tuple[int, int, float]) -> float:
    """The words of the prose lines in ``run`` that read as paragraphs, not linked headlines.

    A paragraph ends like a sentence, or is too long for a headline (Thai, for one,
    writes no full stops).
    """
    return sum(
        infos[i].value
        for i in range(run[0], run[1] + 1)
        if infos[i].kind == "prose"
        and (infos[i].shape.sentence_end or infos[i].shape.words >= MIN_UNENDED_PARAGRAPH)
    )


def _joinable(
    infos: Sequence[LineInfo],
    last: int,
    run: tuple[int, int, float],
    footer: int,
    boundary: frozenset[str] = _BOUNDARY_RULES,
    *,
    slides: bool = False,
) -> bool:
    """Whether ``run``, after the line ``last``, continues the article across an inset.

    The chrome between them must be short (lines without a letter, a table's numbers,
    are not counted, and with ``slides`` a gallery counts as one line: see
    :func:`_gap_lines`) and hold no comments or footer line, and
    ``run`` must be dense prose (a list of teasers is not); a ``run`` weighing 0 is
    the article itself, which needs no such check.
    """
    start = run[0]
    # A table flattened a cell a line (a league table, a box score) leaves a line per
    # number: those cells do not count towards the gap, its labels do.
    if start > footer or _gap_lines(infos, last + 1, start, slides=slides) > MAX_JOIN_GAP:
        return False
    if run[2] and (run[2] < MIN_JOIN or _density(infos, run) < MIN_JOIN_DENSITY):
        return False
    # Linked headlines (a box of related stories) read as prose but do not end like
    # sentences; the article's paragraphs do, and only their words count here.
    if run[2] and _sentence_words(infos, run) < MIN_JOIN:
        return False
    return all(infos[i].rule not in boundary for i in range(last + 1, start))


def _links_under_label(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether prose line ``i`` is a linked headline right under a box's bare label.

    ``Also read`` / ``Ferry fares to rise again next year``: a line that does not end
    like a sentence under the label alone is the link it heads, however long.
    """
    info = infos[i]
    if info.shape.sentence_end or i == 0:
        return False
    above = infos[i - 1]
    return above.kind == "furniture" and _is_related_label(above.line.text)


def _inline_link_between(infos: Sequence[LineInfo], last: int, run: tuple[int, int, float]) -> bool:
    """Whether one or two links to other stories, each with its title, part ``run`` from ``last``.

    A link set in the text names its story after its label (``See also: Title``,
    ``Lesen Sie auch: Titel``), unlike a box's bare label (``See also``) over a list
    of headlines; the lines of ``run`` all end like sentences (paragraphs, no linked
    headlines).
    """
    gap = range(last + 1, run[0])
    return (
        0 < len(gap) <= MAX_INLINE_LINKS
        and all(infos[k].rule == "related" and not _is_bare_label(infos[k].line.text) for k in gap)
        and all(
            infos[i].kind == "prose" and infos[i].shape.sentence_end
            for i in range(run[0], run[1] + 1)
        )
    )


def _teasers_under_label(infos: Sequence[LineInfo], last: int, run: tuple[int, int, float]) -> bool:
    """Whether ``run``, under a box's label after the line ``last``, is teasers alone.

    A box of other stories (``More stories``) sets each story's headline over its
    one-line summary: from the last bare label of such a box between ``last`` and the
    run (``More stories``, ``You may also like``) to the run's end, the lines are
    headlines (lines of :data:`MIN_TITLE_WORDS` words or more that do not end like
    sentences) and sentences of prose, one after the other, :data:`MIN_TEASERS` pairs
    or more. A list of headlines over a paragraph, or the article going on under an
    inset box with two paragraphs in a row, is not.
    """
    start, end = run[0], run[1]
    label = next(
        (
            k
            for k in range(start - 1, last, -1)
            if infos[k].rule == "related" and _is_bare_label(infos[k].line.text)
        ),
        -1,
    )
    if label < 0 or (end - label) % 2 or end - label < 2 * MIN_TEASERS:
        return False
    for k in range(label + 1, end + 1, 2):
        head, summary = infos[k], infos[k + 1]
        if (
            head.kind not in {"short", "prose"}
            or head.shape.sentence_end
            or head.shape.words < MIN_TITLE_WORDS
            or summary.kind != "prose"
            or not summary.shape.sentence_end
        ):
            return False
    return True


def _gap_lines(infos: Sequence[LineInfo], start: int, end: int, *, slides: bool = False) -> int:
    """How many of the lines ``start`` to ``end`` (exclusive) count towards the gap.

    A line that holds a letter counts; a line without one (a table's number cell) does
    not, unless it stands in a run of more than :data:`MAX_TABLE_ROW` such lines: a
    table's row holds a few numbers between its labels, a calendar widget (the days of
    a month, ``1`` to ``30``) or a pager holds a long run of them, and is chrome.
    With ``slides``, a photo gallery (each slide's counter, ``Image 2 of 5``, with the
    caption and the credit under it) counts as one line, however many slides it holds:
    a gallery set in the story between its lead and the rest is one inset. (Joining
    forward, past the run taken for the article, it counts in full: a long gallery at
    the foot of the page parts the article from the comments or the next story under
    it.)
    Counting stops past :data:`MAX_JOIN_GAP`: a longer gap is too long whatever it holds.
    """
    count = numbers = 0
    slide = False
    for i in range(start, end + 1):
        if slides and i < end:
            info = infos[i]
            counter = info.rule == "gallery" and any(c.isdigit() for c in info.line.text)
            if counter or (slide and info.rule in _SLIDE_RULES):
                count += not slide
                slide = True
                # Number-only lines on either side of the gallery are no one table.
                if numbers > MAX_TABLE_ROW:
                    count += numbers
                numbers = 0
                continue
            slide = False
        if i < end and not any(c.isalpha() for c in infos[i].line.text):
            numbers += 1
            continue
        if numbers > MAX_TABLE_ROW:
            count += numbers
        numbers = 0
        if i < end:
            count += 1
        if count > MAX_JOIN_GAP:
            break
    return count


def _is_bare_label(text: str) -> bool:
    """Whether ``text`` is a box's label alone (``Related``, ``Related Stories:``).

    ``Related: Town approves cycle lane`` or ``Read more: ...`` is a link itself: text
    follows its colon.

    Examples:
        >>> _is_bare_label("Related article"), _is_bare_label("Related Stories:")
        (True, True)
        >>> _is_bare_label("Related: Town approves new cycle lane")
        False
    """
    return _heads_box(text) and len(text.split()) <= MAX_LABEL_WORDS


def _holds_headline(infos: Sequence[LineInfo], start: int, end: int) -> bool:
    """Whether lines ``start`` to ``end`` (exclusive) hold a headline.

    A headline is a short line of at least :data:`MIN_TITLE_WORDS` words that is no
    byline or date and does not end like a sentence.
    """
    return any(
        infos[i].kind == "short"
        and infos[i].shape.words >= MIN_TITLE_WORDS
        and not infos[i].shape.sentence_end
        and not _is_header_line(infos[i].line)
        for i in range(start, end)
    )


def _is_signup_button(info: LineInfo) -> bool:
    """Whether a line is a sign-up box's button: ``Sign Up``, ``Subscribe now``.

    A short line of the furniture table's sign-up, account or label rules that opens
    with the call (``Sign up for our newsletter`` too); ``Log in`` is none.
    """
    text = info.line.text
    return (
        info.rule in _SIGNUP_BUTTON_RULES
        and len(text) <= MAX_BUTTON_CHARS
        and _regex.match(_SIGNUP_CALL_RE, text) is not None
    )


def _is_signup_blurb(text: str) -> bool:
    """Whether a line over a sign-up button is its blurb (``Let our news meet your inbox``).

    At most :data:`MAX_BLURB_CHARS` characters, no one reported or quoted
    (:data:`_REPORTED_RE`), and the box's own words (``No spam``, ``Unsubscribe at any
    time``: :data:`_BOX_ONLY_WORDS`) or an inbox or a newsletter spoken of to the reader
    (:data:`_INBOX_WORDS`, :data:`_READER_RE`) without advice (``If you ...``, ``You can
    ...``: :data:`_ADVICE_RE`). ``Readers can sign up on the website.``, ``You can sign
    up for the agency's flood alerts.`` and ``\u201cIt lands in your inbox,\u201d she said.``
    are the story's.

    Examples:
        >>> _is_signup_blurb("Get the valley's news in your inbox every morning.")
        True
        >>> _is_signup_blurb("The newsletter lands in readers' inboxes on Fridays, she said.")
        False
    """
    if len(text) > MAX_BLURB_CHARS or _regex.search(_REPORTED_RE, text) is not None:
        return False
    low = text.casefold()
    if holds_any(low, _BOX_ONLY_WORDS):
        return True
    return (
        holds_any(low, _INBOX_WORDS)
        and _regex.search(_READER_RE, text) is not None
        and _regex.search(_ADVICE_RE, text) is None
    )


def _about_signing_up(text: str) -> bool:
    """Whether a line speaks of signing up: ``Get the news in your inbox``.

    A word a report may use as well (``email``, ``subscribers``) counts only in a line
    that speaks to the reader (``Enter your email``); ``The mayor's email ...`` does not.
    """
    low = text.casefold()
    if holds_any(low, _SIGNUP_WORDS):
        return True
    return holds_any(low, _SIGNUP_REPORT_WORDS) and _regex.search(_READER_RE, text) is not None


def _is_cut_off(info: LineInfo) -> bool:
    """A headline cut off for a link: ``Jury rules for half of the plaintiffs …``.

    A short line that breaks off on a word (not after a stop), with no quotation in it
    (an apostrophe is no quotation) and no time or number opening it (a live blog's
    entry), and a space before the ellipsis.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "\\n".join(("The council's plan for the new ferry \\u2026",
        ...                     "The council agreed. ...", '"We will keep fighting ...'))
        >>> [_is_cut_off(info) for info in classify_lines(text, split_lines(text))]
        [True, False, False]
    """
    text = info.line.text
    mark = next((m for m in _CUT_OFF_MARKS if text.endswith(m)), None)
    return (
        mark is not None
        and info.shape.words <= MAX_CUT_OFF_WORDS
        and text[: -len(mark)][-1:].isalnum()
        and not text[:1].isdigit()
        # What a story's line that trails off may hold, and a headline does not.
        and not any(quote in text for quote in _DOUBLE_QUOTES)
    )


def _continues_past_signup(
    infos: Sequence[LineInfo], last: int, run: tuple[int, int, float]
) -> bool:
    """Whether ``run`` carries the article on under a sign-up box after the line ``last``.

    The box is what parts them (a newsletter's label, a ``Sign up`` button: no comments,
    no footer), and ``run`` reads as the rest of a story: at least
    :data:`MIN_AFTER_SIGNUP_LINES` lines of prose, none of its first three about signing
    up, twice :data:`MIN_JOIN` words of paragraphs, and not more than half of them (and
    :data:`MIN_CUT_OFF` or more) headlines cut off for a link (:func:`_is_cut_off`). A
    box that closes the article has a blurb, a note about the author, a list or other
    stories' headlines under it, not a story.
    """
    gap = range(last + 1, run[0])
    if not any(infos[i].rule == "newsletter" for i in gap):
        return False
    if any(
        infos[i].rule in _FORWARD_BOUNDARY_RULES and infos[i].rule not in _SIGNUP_RULES for i in gap
    ):
        return False
    prose = [i for i in range(run[0], run[1] + 1) if infos[i].kind == "prose"]
    cut = sum(_is_cut_off(infos[i]) for i in prose)
    return (
        len(prose) >= MIN_AFTER_SIGNUP_LINES
        and not (cut >= MIN_CUT_OFF and 2 * cut > len(prose))
        and not any(_about_signing_up(infos[i].line.text) for i in prose[:3])
        and _sentence_words(infos, run) >= 2 * MIN_JOIN
    )


# A list of the article's tags: a plural label (``Tags:``, ``Topics:``, ``Filed under:``),
# then tags, if any, with no stop at the end (an abbreviation's, ``U.S.``, is none).
_TAG_LIST_RE = regex.compile(
    r"(?:Tags|Topics|Filed\x20under|Categories|Keywords)\s?:"
    r"(?:\s?[^\n]{0,200}+(?<![!?])(?<![^.\s]{2}\.)(?<!\s\p{Ll}\.))?",
    regex.IGNORECASE,
)


def _is_tag_list(text: str) -> bool:
    """Whether a line the tags' rule reads lists the article's tags.

    Examples:
        >>> _is_tag_list("Tags:"), _is_tag_list("Topics: Flooding, River Vale, U.S.")
        (True, True)
        >>> _is_tag_list("Topic: Housing"), _is_tag_list("Keywords: pick two, the guide says.")
        (False, False)
    """
    return _regex.fullmatch(_TAG_LIST_RE, text) is not None


def _short_past_tags(infos: Sequence[LineInfo], last: int, run: tuple[int, int, float]) -> bool:
    """Whether ``run`` stands under the article's tags after the line ``last``, and is short.

    Tags (``Tags:``, ``Topics: Flooding``: :func:`_is_tag_list`) may stand inside a
    story, which goes on under them; under the article's end, a line or two of prose
    (the site's note on comments, ``As you comment, please be respectful ...``) is not
    the story's. A run of fewer than :data:`MIN_AFTER_TAGS_LINES` lines of prose under
    tags is none.
    """
    if not any(
        infos[i].rule == "tags" and _is_tag_list(infos[i].line.text)
        for i in range(last + 1, run[0])
    ):
        return False
    prose = sum(infos[i].kind == "prose" for i in range(run[0], run[1] + 1))
    return prose < MIN_AFTER_TAGS_LINES


def _names_site(name: str, title: str) -> bool:
    """Whether ``name`` is the site's name as the page title gives it beside the headline.

    The title may give the name with its article (``The Valley Herald``).

    Examples:
        >>> _names_site("Valley Herald", "Quake shakes the coast of Japan | The Valley Herald")
        True
        >>> _names_site("Jane Doe", "Quake shakes the coast of Japan | The Valley Herald")
        False
    """
    folded = caseless(name)
    if folded not in caseless(title):
        return False
    a, z = _split_title(title)
    site = caseless(title[:a] + " " + title[z:]).strip(" |-\u2013\u2014:\u00bb/")
    return folded in (site, site.removeprefix("the "))


def _site_as_organization(b: Builder, title: str) -> None:
    """Read a byline's last name that is the site's (``..., Shire Gazette``) as its outlet.

    The page title names the site beside its headline (``Headline | Shire Gazette``); a
    byline that ends with that name (``By Owen Price and Lisa Grey, Shire Gazette``)
    names the site as the writers' organisation, not as an author.
    """
    if b.byline is None or len(b.authors) < 2:  # noqa: PLR2004 - a writer and the site
        return
    last = b.authors[-1].value
    if not _names_site(last, title):
        return
    byline = b.byline.value
    if byline.organization is not None:
        return
    del b.authors[-1]
    value = attrs.evolve(byline, authors=byline.authors[:-1], organization=last)
    b.byline = attrs.evolve(b.byline, value=value)


def _reworded_h1(infos: Sequence[LineInfo], piece: str) -> int:
    """A headline worded apart from the page title's, right above a byline or a date.

    Sites word a page's title for search engines (``Rail line extra services |
    Site``) and its ``<h1>`` for readers (``Rail line gets extra services``). Among the
    first :data:`H1_REACH` lines, a short line that does not end like a sentence,
    holds at least :data:`MIN_TITLE_WORDS` words and most of the title's
    headline's words (:data:`H1_SHARED_WORDS`), and stands right above a byline or a
    date line is that ``<h1>``, unless it holds a title's separator (``Section |
    Headline``). Returns its index, or -1.
    """
    wanted = set(caseless(piece).split())
    if len(wanted) < MIN_TITLE_WORDS:
        return -1
    for i in range(1, min(len(infos) - 1, H1_REACH)):
        info = infos[i]
        if (
            info.kind != "short"
            or info.rule is not None
            or info.shape.sentence_end
            or info.shape.words < MIN_TITLE_WORDS
            # A title-like line (``Section | Headline``) is read as the title is.
            or holds_any(info.line.text, _TITLE_SEPARATORS)
        ):
            continue
        shared = len(wanted & set(caseless(info.line.text).split()))
        if shared >= H1_SHARED_WORDS * len(wanted) and _opens_under(infos, i + 1):
            return i
    return -1


def _opens_under(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether a byline or date line is line ``i``, or the next after one standfirst line.

    A standfirst may stand between the ``<h1>`` and its byline (``Headline`` /
    ``Standfirst`` / ``Jane Doe, August 14, 2023``).
    """
    if _is_header_line(infos[i].line):
        return True
    return (
        i + 1 < len(infos)
        and infos[i].rule is None
        and infos[i].kind in {"short", "prose"}
        and _is_header_line(infos[i + 1].line)
    )


# Words of a section's name as a page title gives it beside the site's (``Local news |
# The Valley Herald``, ``Sport | ...``), case-folded: such a part is no headline.
_SECTION_WORDS = frozenset((
    "news", "latest", "breaking", "live", "updates", "home", "local", "sport", "sports",
    "opinion", "world", "business", "politics", "culture", "weather", "lifestyle",
    "entertainment", "video", "videos", "photos", "gallery", "podcast", "blog", "blogs",
))  # fmt: skip


def _split_title(title: str) -> tuple[int, int]:
    """The offsets, within ``title``, of the headline part of a page title.

    The longest part, unless it stands at either end of the title and names a newspaper
    or is a web address (``Bridge shut | The Valley Herald``, ``... | valleyherald.com``:
    :func:`_names_paper`) while the next longest reads as a headline (two words or
    more, none a section's: not ``Local news``); then that one.

    Examples:
        >>> title = "Bridge shut | The Valley Herald"
        >>> a, z = _split_title(title)
        >>> title[a:z]
        'Bridge shut'
    """
    for sep in _TITLE_SEPARATORS:
        if sep not in title:
            continue
        pieces: list[tuple[int, int]] = []
        pos = 0
        while True:
            at = title.find(sep, pos)
            if at < 0:
                pieces.append((pos, len(title)))
                break
            pieces.append((pos, at))
            pos = at + len(sep)
        longest = max(pieces, key=lambda p: (p[1] - p[0], -p[0]))
        if longest not in (pieces[0], pieces[-1]) or not _names_paper(title[slice(*longest)]):
            return longest
        rest = [p for p in pieces if p != longest]
        kept = max(rest, key=lambda p: (p[1] - p[0], -p[0]))
        words = caseless(title[slice(*kept)]).split()
        if (
            _names_paper(title[slice(*kept)])
            or len(words) < MIN_SHORT_HEADLINE_WORDS
            or any(w in _SECTION_WORDS for w in words)
        ):
            # Both read as a paper's name, or the other part names a section
            # (``Local news | The Valley Herald``): no headline to prefer.
            return longest
        return kept
    return 0, len(title)


def _names_paper(piece: str) -> bool:
    """Whether a part of a page title names a newspaper or is a web address.

    A newspaper's name is title-cased (:func:`_title_cased`), :data:`MAX_SITE_WORDS`
    words at most, the last a paper's (:data:`~newsparse.vocab.PUBLICATION_WORDS`), with
    no title separator of its own (``Headline - The Valley Herald`` is a headline and a
    site); a headline in sentence case that ends with such a word (``Shops face hard
    times``) is none. A web address is one word in ASCII with a dot inside.

    Examples:
        >>> [_names_paper(p) for p in ("The Valley Herald", "valleyherald.com", "Bridge shut")]
        [True, True, False]
        >>> _names_paper("Shops face hard times")
        False
    """
    words = piece.split()
    if len(words) == 1:
        return piece.isascii() and "." in piece[1:-1]
    return (
        len(words) <= MAX_SITE_WORDS
        and _title_cased(piece)
        and caseless(words[-1]) in PUBLICATION_WORDS
        and not any(sep in piece for sep in _TITLE_SEPARATORS)
    )


def _ends_with_site(piece: str, headline: str) -> bool:
    """Whether ``piece`` is ``headline``, a title separator and a site's name.

    The headline part of ``Section | Headline - Site`` keeps the site: a short
    headline (``Quake hits Japan - The Valley Herald``) is less than half of it. The
    headline has two words at least (not a label such as ``Live``) and the site at
    most :data:`MAX_SITE_WORDS`, with no separator of its own.

    Examples:
        >>> _ends_with_site("Quake hits Japan - The Valley Herald", "Quake hits Japan")
        True
        >>> _ends_with_site("Live - Storm hits the coast - Valley Herald", "Live")
        False
    """
    if not piece.startswith(headline) or len(headline.split()) < 2:  # noqa: PLR2004
        return False
    sep = next((sep for sep in _TITLE_SEPARATORS if piece.startswith(sep, len(headline))), "")
    site = piece[len(headline) + len(sep) :]
    return (
        bool(sep)
        and 0 < len(site.split()) <= MAX_SITE_WORDS
        and not any(other in site for other in _TITLE_SEPARATORS)
    )


def _under_its_title(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether line ``i`` stands under a page title that is it and a site's name.

    ``Headline | Site`` over ``Headline``: the ``<h1>`` under the title, a headline
    even where it reads as prose, as a headline with a comma does in a language that
    writes no capitals (Hindi) or few stop words (Turkish), and a Thai one, whose words
    no spaces part.
    """
    if i == 0:
        return False
    text, above = infos[i].line.text, infos[i - 1].line.text
    return (
        len(above) > len(text)
        and above.startswith(text)
        and any(above.startswith(sep, len(text)) for sep in _TITLE_SEPARATORS)
    )


def _shaped_as_h1(info: LineInfo) -> bool:
    """Whether a line is shaped as an ``<h1>``, whatever it tells of.

    See :meth:`WebpageFormat._h1_over_header`. A line wholly in quotation marks is a
    quote pulled out of the story, not its headline.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "New crossing links both banks\\n\\u201cA great day for the town\\u201d\\n"
        >>> [_shaped_as_h1(i) for i in classify_lines(text, split_lines(text))]
        [True, False]
    """
    text = info.line.text
    return not (
        # A comma may make a headline read as prose (``Town needs fewer car parks,
        # not more``); it is short and ends as no sentence does.
        info.kind not in {"short", "prose"}
        or info.rule is not None
        or info.shape.sentence_end
        or not MIN_TITLE_WORDS <= info.shape.words <= MAX_H1_WORDS
        or holds_any(text, _TITLE_SEPARATORS)
        or is_role_line(text)
        or (text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES)
    )


def _reads_as_h1(info: LineInfo, told: set[str]) -> bool:
    """Whether a line reads as an ``<h1>`` of a story whose lead holds the words ``told``.

    See :meth:`WebpageFormat._h1_over_header`.
    """
    if not _shaped_as_h1(info):
        return False
    topic = _topic_words(info.line.text)
    return bool(topic) and 2 * len(topic & told) >= len(topic)


#: Words a title-cased line may hold in lower case.
_TITLE_CASE_SMALL_WORDS = frozenset((
    "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the",
    "to", "with",
))  # fmt: skip


def _title_cased(text: str) -> bool:
    """Whether each word of ``text`` opens with a capital, bar a few short joining words.

    Examples:
        >>> [_title_cased(t) for t in (
        ...     "Town Hall and County Council", "Walkers cross the river", "\u6807\u9898")]
        [True, False, False]
    """
    words = [w for w in text.replace(",", " ").split() if w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return capitals >= 2 and all(  # noqa: PLR2004 - one capital opens any line
        w[0].isupper() or w in _TITLE_CASE_SMALL_WORDS for w in words
    )


def _topic_words(text: str) -> set[str]:
    """The words of ``text`` of :data:`MIN_TOPIC_WORD` letters or more, case-folded.

    Examples:
        >>> sorted(_topic_words("The island's ferry cost more"))
        ['cost', 'ferry', 'island', 'more']
    """
    return {
        caseless(m.group())
        for m in _regex.finditer(_TOPIC_WORD_RE, text, 0, len(text))
        if len(m.group()) >= MIN_TOPIC_WORD
    }


# A line of the page's interface in sentence case: a call to the reader opening it
# (``Sign in to save this story``, ``Support local journalism today``), or words about
# the page itself (``This article is more than 2 years old``, a newsletter).
_INTERFACE_LINE_RE = regex.compile(
    r"(?i)^(?:support|subscribe|sign|log|share|follow|donate|join|download|listen|watch"
    r"|click|tap|register|save|read|get|see|view|continue|become|advertisement|gift"
    r"|comments?)\b"
    r"|\bthis\x20(?:article|story|page|post|piece|site|video|podcast)\b"
    r"|\b(?:newsletters?|subscribe|subscription|sign(?:ing)?\x20(?:in|up))\b"
    # A photo's caption, its credit in brackets at the end (``(Sam Roe/Valley Herald)``).
    r"|\([^()\n/]{1,60}+/[^()\n]{1,60}+\)$"
)


# The stop words of every language the package knows, for a line's topic words.
_STOPWORDS = frozenset().union(*STOPWORDS.values())


def _tells_of_story(infos: Sequence[LineInfo], i: int, headline: str, first: int) -> bool:
    """Whether line ``i`` shares a topic word with the headline or the body's lead.

    The topic words are :func:`_topic_words` but stop words; the lead is the
    :data:`LEAD_LINES` lines from ``first``, the body's first line. A standfirst tells
    of the story (``Cyclists can cross from next month`` over ``Cyclists will be
    allowed ...``); a line of the page's interface does not (``Filed under local
    government news``, ``Reading time about 3 minutes``).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "Cyclists can cross from next month\\nReading time about 3 minutes\\n"
        ...     "Cyclists may use it from the start of next month.\\n"
        ... )
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> [_tells_of_story(infos, i, "Footbridge opens", 2) for i in (0, 1)]
        [True, False]
    """
    words = _topic_words(infos[i].line.text) - _STOPWORDS
    if not words:
        return False
    told = _topic_words(headline)
    for info in infos[first : first + LEAD_LINES]:
        told |= _topic_words(info.line.text)
    return not words.isdisjoint(told)


def _is_deck(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether line ``i``, right under the headline, is a standfirst however short.

    With no full stop (``Cyclists can cross from next month``) or as a short sentence
    (``Cracks end a long era.``), it is no furniture, holds :data:`MIN_TITLE_WORDS`
    words or more, is written in sentence case (names are not: ``Jane Doe and Sam
    Roe``), is not wholly quoted (a pulled quote), is no line of the page's interface
    (``Sign in to save this story``: :data:`_INTERFACE_LINE_RE`) and stands right above
    a byline or a date line, or above names with no ``By`` over one.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "Cyclists can cross from next month\\nBy Jo Poe\\n"
        ...     "Jane Doe and Sam Roe\\n14 August 2023\\n"
        ... )
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _is_deck(infos, 0), _is_deck(infos, 2)
        (True, False)
    """
    info = infos[i]
    text = info.line.text
    return (
        info.kind in {"short", "prose"}
        and info.rule is None
        and info.shape.words >= MIN_TITLE_WORDS
        and not _title_cased(text)
        and not (text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES)
        and _INTERFACE_LINE_RE.search(text) is None
        and (
            _is_header_line(infos[i + 1].line)
            # Names with no ``By`` over the date (``ANA RUIZ`` / ``14 ago 2023``).
            or (
                i + 2 < len(infos)
                and _is_header_line(infos[i + 2].line)
                and _names_alone(infos[i + 1])
            )
        )
    )


def _names_alone(info: LineInfo) -> bool:
    """Whether a short line holds names alone, with no ``By`` (``ANA RUIZ``, ``Jane Doe``).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "ANA RUIZ\\nStorm Ivy\\nThe bridge reopens\\n"
        >>> [_names_alone(i) for i in classify_lines(text, split_lines(text))]
        [True, False, False]
    """
    text = info.line.text
    if info.kind != "short" or info.rule is not None or len(text) > MAX_NAME_LINE:
        return False
    found = read_byline(text, require_prefix=False)
    return found is not None and reads_as_names(found)


def _stands_under_names(line: Line) -> bool:
    """Whether ``line`` is what a page sets between a writer's name and the date.

    The writer's role (``Political correspondent``), perhaps with the outlet after a
    comma (``City Hall Reporter, The Valley Herald``), or the writer's handle
    (``@janedoe``).

    Examples:
        >>> from newsparse._text import split_lines
        >>> text = "Staff Writer\\nCity Hall Reporter, The Herald\\n@janedoe\\nThe Herald\\n"
        >>> [_stands_under_names(ln) for ln in split_lines(text)]
        [True, True, True, False]
    """
    text = line.text
    if text[:1] == "@":
        return _regex.fullmatch(_HANDLE_RE, text) is not None
    return is_role_line(text) or (", " in text and is_role_line(text.split(", ", 1)[0]))


def _shared_topic(info: LineInfo, title: Line) -> int:
    """How many topic words (:func:`_topic_words`) a line shares with the page's title.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Footbridge opens to walkers | Herald\\nWalkers cross the footbridge\\n"
        >>> title, line = classify_lines(text, split_lines(text))
        >>> _shared_topic(line, title.line)
        2
    """
    return len(_topic_words(info.line.text) & _topic_words(title.text))


def _in_teaser_box(infos: Sequence[LineInfo], used: Sequence[bool], i: int) -> bool:
    """Whether line ``i`` stands in a box of other stories, under its label.

    A box of links (``Most read``, ``Related stories``) beside the article gives each
    story its headline and its date; flattened, the box may stand between the byline
    and the first paragraph. Line ``i`` is in one when the label stands at most
    :data:`TEASER_REACH` lines above it with only the box's short lines between (no
    prose, and none of the lines already read: the headline, the byline), one of them
    a teaser's headline (three words or more). A label among a menu's one- and
    two-word items (``News``, ``Trending``, ``Sport``) or a site named like one
    (``Latest News``) over a date heads no box.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Related stories\\nCrew honoured for rescue\\n2 June 2023\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _in_teaser_box(infos, [False] * 3, 2), _in_teaser_box(infos, [False, True, False], 2)
        (True, False)
        >>> text = "Trending\\nSport\\nWeather\\n2 June 2023\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _in_teaser_box(infos, [False] * 4, 3)
        False
    """
    headline = False
    for k in range(i - 1, max(i - 1 - TEASER_REACH, -1), -1):
        info = infos[k]
        if info.rule == "related" or _is_related_label(info.line.text):
            return headline
        if used[k] or info.kind == "prose":
            return False
        headline = headline or info.line.text.count(" ") >= 2  # noqa: PLR2004 - three words
    return False


def _line_date(b: Builder, line: Line) -> DateMatch | None:
    """The first date ``line`` holds, as the page's options read dates.

    When an update's label stands before it and a second date follows, the second:
    ``Mis à jour le 14 août 2023 à 09h12 | Publié le 14 août 2023 à 06h50``.
    """
    if not may_hold_date(b.text, line.start, line.end):
        return None
    found = next(find_dates(b.text, line.start, line.end, options=b.options), None)
    if found is not None and _regex.search(_UPDATED_RE, b.text, line.start, found.span.start):
        later = next(find_dates(b.text, found.span.end, line.end, options=b.options), None)
        if later is not None:
            return later
    return found


class WebpageFormat(EvidenceFormat):
    """A saved web page flattened to text: title, menus, the article, footers.

    Examples:
        >>> fmt = WebpageFormat()
        >>> page = "Storm hits coast | Herald\\nHome\\nNews\\nSport\\nLocal\\nOpinion\\nWeather\\n"
        >>> fmt.explain(page)
        (1.0, ('menu-run', 'chrome-head', 'title-site-suffix', 'menu-run-tail'))
        >>> fmt.score("Storm hits coast\\n\\nThe storm hit the coast on Monday.\\n")
        0.0
    """

    name = "webpage"
    # Above the wire formats: agency copy is often found inside a page's chrome, and
    # a page is read as a page when both fire alike; below the site dumps (mint).
    priority = 35
    EVIDENCE: ClassVar[tuple[Evidence, ...]] = (
        Evidence("menu-run", _MENU_RUN_RE, 0.4, where="head", gate=_MENU_LINES),
        Evidence("chrome-head", _CHROME_HEAD_RE, 0.25, where="head", line=True, gate=_CHROME_LINES),
        Evidence("title-repeated", _TITLE_REPEATED_RE, 0.25, where="head", gate=_title_may_repeat),
        Evidence(
            "title-site-suffix",
            _TITLE_SUFFIX_RE,
            0.15,
            where="head",
            branches=_TITLE_SUFFIX_BRANCHES,
            gate=_title_may_name_site,
        ),
        Evidence("menu-run-tail", _MENU_RUN_RE, 0.2, where="tail", gate=_MENU_LINES),
        Evidence("footer-links", _FOOTER_TAIL_RE, 0.2, where="tail", line=True, gate=_FOOTER_LINES),
        Evidence(
            "copyright-tail",
            _COPYRIGHT_TAIL_RE,
            0.1,
            where="tail",
            needles=("\u00a9", "all rights reserved"),
            line=True,
        ),
        Evidence("share-row", _SHARE_ROW_RE, 0.1, where="all", line=True, gate=_SHARE_LINES),
        Evidence(
            "related-list", _RELATED_LIST_RE, 0.1, where="all", line=True, gate=_RELATED_LINES
        ),
        Evidence(
            "cookie-banner", _COOKIE_BANNER_RE, 0.1, where="all", needles=("cookie",), line=True
        ),
    )

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        """Parse a flattened web page (see the module docstring)."""
        b = Builder(text=text, options=options, rule_prefix="webpage")
        lines = split_lines(text)
        if not lines:
            return b.build()
        lines = _cut_tweet_prompts(b, lines)
        # The page's language, guessed once ("" when none is known: no stop words).
        language = page_language(lines) or ""
        infos = list(classify_lines(text, lines, language=language))
        # Function words no sentence ends on, in the page's language.
        open_words = OPEN_WORDS.get(language, frozenset())
        used = [False] * len(lines)
        anchor = self._read_headline(b, infos, used)
        self._drop_highlights(b, infos, used, anchor)
        self._drop_body_copies(b, infos, used)
        self._drop_signup_blurbs(b, infos, used)
        _mark_about_boxes(infos)
        _mark_credited_captions(infos)
        _mark_post_buttons(infos)
        _mark_comment_heads(infos)
        _mark_comment_labels(infos)
        _mark_more_boxes(infos, used)
        _mark_related_labels(infos)
        _mark_related_items(infos, used)
        _mark_capitals_links(infos, used)
        _mark_site_links(infos, used)
        _mark_counted_playlists(infos, used)
        # The items of a list and the rows of a table part no paragraphs, nor do the
        # lines of a list a paragraph announces (``The streets to get signs:``).
        rows = [_is_list_or_row(info) for info in infos]
        for i, info in enumerate(infos):
            if info.kind == "prose" and info.line.text.endswith(":"):
                for k in range(i + 1, _announced_list(infos, used, i + 1)):
                    rows[k] = True
        values = [
            -3.0
            if used[i] or (info.kind == "prose" and _is_date_line(info.line))
            else 0.0
            if rows[i]
            else info.value
            for i, info in enumerate(infos)
        ]
        first, last = self._choose_run(infos, values, anchor, rows)
        if first >= 0:
            if b.headline is None:
                anchor = self._headline_above(b, infos, used, first)
                anchor = self._short_title_h1(b, infos, used, anchor, first)
            elif anchor == 0:
                anchor = self._h1_over_header(b, infos, used, first)
            if b.headline is None and not used[0] and infos[0].kind == "short":
                # No headline above the body after all: the short title is one.
                b.headline = line_field(infos[0].line, b.rule("headline"))
                used[0] = True
                anchor = 0
            first = self._header_in_run(b, infos, used, anchor, (first, last))
            first = self._standfirst_over_photo(b, infos, used, anchor, (first, last))
            self._read_header(b, infos, used, max(anchor + 1, 0), first)
            if b.byline is None and anchor > 0:
                self._byline_above(b, infos, used, anchor)
            _site_as_organization(b, infos[0].line.text)
            self._read_body(b, infos, used, (first, last), open_words=open_words)
            if b.byline is None:
                self._signature_below(b, infos, used, last)
        elif not self._schedule_page(b, infos, used, anchor):
            b.notes.append(
                Note(
                    code="body.missing",
                    message="no run of prose long enough to be the article; "
                    "the page's lines are kept as furniture",
                )
            )
        if b.date is None:
            self._find_date_anywhere(b, infos, used, first)
        for i, info in enumerate(infos):
            if not used[i]:
                b.add_furniture(info.line.start, info.line.end, self._drop_rule(info))
        return b.build()

    def _schedule_page(
        self, b: Builder, infos: list[LineInfo], used: list[bool], anchor: int
    ) -> bool:
        """Read a page of no prose whose headline names a schedule; whether it was one.

        Under the ``<h1>`` that names it (``Technology Committee Meetings``:
        :func:`_headline_names_schedule`), a heading that tells what the headline is
        about (``TECHNOLOGY COMMITTEE (Location as listed below)``), then the entries
        that open with a day (:func:`_schedule_under`): they are the body, one
        paragraph each.
        """
        if (
            anchor <= 0
            or b.headline is None
            or not _headline_names_schedule(b.headline.value)
            or anchor + 1 >= len(infos)
        ):
            return False
        heading = infos[anchor + 1]
        if (
            used[anchor + 1]
            or heading.kind != "short"  # no furniture
            or _opens_with_day(heading.line.text)
            or not (_topic_words(heading.line.text) & _topic_words(b.headline.value))
        ):
            return False
        # No header is read over a page of no prose: its date, if any, is not known yet.
        end = _schedule_under(infos, used, anchor + 2, published=None)
        if end == anchor + 2:
            return False
        for k in range(anchor + 1, end):
            used[k] = True
            b.paragraphs.append(line_field(infos[k].line, b.rule("paragraph")))
        return True

    # -- headline -------------------------------------------------------------------

    def _read_headline(self, b: Builder, infos: list[LineInfo], used: list[bool]) -> int:
        """Read the headline from the title and its ``<h1>``; return the ``<h1>`` index.

        Returns:
            The index of the line the headline points the body to: the ``<h1>``
            line, else the title line (0), else -1 when the page has no title.
        """
        title = infos[0].line
        if infos[0].kind == "prose" and title.end - title.start > 300:  # noqa: PLR2004
            return -1
        if infos[0].rule is not None:
            # Page furniture opens the text (a cookie banner): no title to read; the
            # headline is looked for above the body (see parse).
            return -1
        a, z = _split_title(title.text)
        piece = title.text[a:z].strip()
        if infos[0].shape.words < MIN_TITLE_WORDS and (a, z) == (0, len(title.text)):
            # Likely a site name, not a title, even when a line repeats it (the
            # masthead): the headline is looked for above the body first (see parse).
            return 0
        h1 = self._find_h1(infos, title.text, piece)
        if (a, z) != (0, len(title.text)) and (h1 < 0 or _stands_in_link_box(infos, h1)):
            reworded = _reworded_h1(infos, piece)
            if reworded > 0 and (h1 < 0 or reworded < h1):
                h1 = reworded
                # The page's own headline, worded apart from its title's: it wins.
                used[0] = used[h1] = True
                b.headline = line_field(infos[h1].line, b.rule("headline"))
                b.add_furniture(title.start, title.end, b.rule("title"))
                return h1
        used[0] = True
        if h1 > 0:
            used[h1] = True
        # Compared with their quotation marks and apostrophes read as ASCII, as
        # _find_h1 may have found the <h1>.
        h1_text = infos[h1].line.text.translate(_PLAIN_QUOTES) if h1 > 0 else ""
        plain_title, plain_piece = (
            title.text.translate(_PLAIN_QUOTES),
            piece.translate(_PLAIN_QUOTES),
        )
        if (
            h1 > 0
            and (
                plain_title.startswith(h1_text)
                or plain_piece.startswith(h1_text)
                or (len(h1_text) == len(piece) and caseless(h1_text) == caseless(plain_piece))
            )
            and (
                h1_text in (plain_piece, plain_title)
                or len(h1_text) <= len(piece)
                # ``Harbour bridge - the end of an era - Herald``: the title's longest
                # part is only a piece of the <h1> that the title repeats whole.
                or _ends_with_site(plain_title, h1_text)
            )
        ):
            # The <h1> is the headline; the title is furniture.
            b.headline = line_field(infos[h1].line, b.rule("headline"))
            b.add_furniture(title.start, title.end, b.rule("title"))
            return h1
        start = title.start + a
        end = title.start + z
        start, end = trim(b.text, start, end)
        if end > start:
            b.headline = b.span_field(start, end, b.rule("headline"))
        b.add_furniture(title.start, start, b.rule("title-site"))
        b.add_furniture(end, title.end, b.rule("title-site"))
        if h1 > 0:
            b.add_furniture(infos[h1].line.start, infos[h1].line.end, b.rule("headline-repeat"))
            return h1
        return 0

    def _headline_above(
        self, b: Builder, infos: list[LineInfo], used: list[bool], first: int
    ) -> int:
        """With no page title, take the nearest headline-like line above the body.

        Returns:
            Its index, or -1 if there is none within :data:`HEADLINE_REACH` lines.
        """
        floor = max(first - HEADLINE_REACH, 0)
        top = first - 1
        # Above a byline or a date line, if there is one: the headline comes first.
        header = next((i for i in range(top, floor - 1, -1) if _is_header_line(infos[i].line)), -1)
        if header >= 0:
            top = header - 1
            while top >= floor and _is_header_line(infos[top].line):
                top -= 1
        found = [
            i
            for i in range(top, floor - 1, -1)
            if not used[i]
            and (infos[i].kind == "short" or _under_its_title(infos, i))
            and not infos[i].shape.sentence_end
            and infos[i].shape.words >= MIN_TITLE_WORDS
            and not _is_header_line(infos[i].line)
        ]
        if not found and header >= 0 and top >= floor:
            # Right above the byline or the date, a short headline (``Wall rebuilt``):
            # a menu's entry has one word, and a reporter's role (``Contributing
            # Writer``) stands under a name.
            short = infos[top]
            if (
                not used[top]
                and short.kind == "short"
                and not short.shape.sentence_end
                and short.shape.words >= MIN_SHORT_HEADLINE_WORDS
                and not is_role_line(short.line.text)
                and not _is_header_line(short.line)
            ):
                found = [top]
        if not found:
            return -1
        # A headline the page shows twice (a teaser above, the <h1> below) wins.
        i = next((k for k in found if infos[k].repeated), found[0])
        b.headline = line_field(infos[i].line, b.rule("headline"))
        used[i] = True
        return i

    def _h1_over_header(
        self, b: Builder, infos: list[LineInfo], used: list[bool], first: int
    ) -> int:
        """The ``<h1>`` right above the byline and date lines over the body, worded apart.

        The title gave the headline and no line repeats it, nor words most of it
        (:func:`_reworded_h1`): a site may word its title for search engines with
        hardly a word of the ``<h1>``'s. The line right above the run of byline and
        date lines that opens the body is that ``<h1>`` when it reads as a headline
        (:func:`_reads_as_h1`): a line of :data:`MIN_TITLE_WORDS` to
        :data:`MAX_H1_WORDS` words that does not end like a sentence, is no furniture,
        no role (``Contributing Writer``) and holds no title's separator (``Section |
        Headline``), and when the story tells of what it says: at least half its words
        of :data:`MIN_TOPIC_WORD` letters or more are words of the body's first
        :data:`LEAD_LINES` lines (another story's headline there, ``Storm closes the
        ferry route``, is not). A standfirst with no full stop may stand between it and
        the byline: the line above such a line, if it reads so too, is the ``<h1>`` (a
        headline comes before its standfirst); if it is shaped as a headline but tells
        of something else, neither line is taken (the standfirst tells of the story
        whichever line is the ``<h1>``). A line wholly in quotation marks is a pulled
        quote, never the ``<h1>``. It wins, and the title is furniture.

        Returns:
            The headline's index: the ``<h1>``'s, or 0 (the title's).
        """
        title = infos[0].line
        if b.headline is None or not (
            title.start <= b.headline.span.start <= b.headline.span.end <= title.end
        ):
            return 0
        k = first - 1
        # The byline and date lines, and a reporter's role between them (``Staff
        # Writer``), or names with no ``By`` right over them (``ANA RUIZ`` / date).
        while (
            k > 0
            and not used[k]
            and (
                _is_header_line(infos[k].line)
                or is_role_line(infos[k].line.text)
                or (_is_header_line(infos[k + 1].line) and _names_alone(infos[k]))
            )
        ):
            k -= 1
        if k in (first - 1, 0) or used[k]:
            return 0
        lead = infos[first : first + LEAD_LINES]
        told = set().union(*(_topic_words(info.line.text) for info in lead))
        above = k - 1
        if above > 0 and not used[above] and _shaped_as_h1(infos[above]):
            # Two lines shaped as headlines: the lower is the upper's standfirst, which
            # tells of the story whatever the upper says; the upper must tell of it. An
            # upper line in title case over one in sentence case may be a section's
            # label (``Town Hall and County Council``) over the ``<h1>``: neither is
            # taken, unless the title shares a word with the upper and tells of it at
            # least as much as of the lower (a section's label shares no word with it:
            # the title words the <h1>). A lower line ending with a full stop, or longer
            # than a headline, is no ``<h1>`` but the standfirst of a title-cased one.
            lower = infos[k]
            if not _reads_as_h1(infos[above], told) or (
                _title_cased(infos[above].line.text)
                and not _title_cased(lower.line.text)
                and lower.shape.words <= MAX_H1_WORDS
                and lower.line.text.rstrip(_CLOSING_QUOTES + ")")[-1:] not in ".\u3002"
                and not (0 < _shared_topic(infos[above], title) >= _shared_topic(lower, title))
            ):
                return 0
        else:
            above = k if _reads_as_h1(infos[k], told) else 0
        if above == 0:
            return 0
        k, h1 = above, infos[above]
        b.furniture = [f for f in b.furniture if not title.start <= f.span.start < title.end]
        b.add_furniture(title.start, title.end, b.rule("title"))
        b.headline = line_field(h1.line, b.rule("headline"))
        used[k] = True
        return k

    def _short_title_h1(
        self, b: Builder, infos: list[LineInfo], used: list[bool], found: int, first: int
    ) -> int:
        """The line repeating a short title, if it is the ``<h1>`` after all; else ``found``.

        A title of fewer than :data:`MIN_TITLE_WORDS` words is read as a site name
        first, and ``found`` is the headline :meth:`_headline_above` took above the
        body (or -1). A line repeating the title above ``found`` is the masthead (a
        logo's text, right under the title or the menus); one below it is the
        ``<h1>``, nearer the body than a section line (``World News Asia Pacific`` /
        ``Quake hits Japan`` / byline).

        Returns:
            The headline's index: the repeating line's, or ``found``.
        """
        title = infos[0].line
        if used[0] or infos[0].shape.words >= MIN_TITLE_WORDS:
            return found
        repeats = [i for i in range(1, first) if not used[i] and infos[i].line.text == title.text]
        repeat = repeats[-1] if repeats else -1
        if repeat <= found:
            return found
        if found >= 0:
            used[found] = False
        b.headline = line_field(infos[repeat].line, b.rule("headline"))
        b.add_furniture(title.start, title.end, b.rule("title"))
        used[0] = used[repeat] = True
        return repeat

    def _find_h1(self, infos: list[LineInfo], title: str, piece: str) -> int:
        """The line that repeats the page title as the article's ``<h1>``, or -1.

        The title itself (or its headline part, in any case) wins; else the longest line
        the title or its headline part starts with (``Headline`` in ``Headline - Site``
        and in ``Section | Headline - Site``); else a long line it ends with
        (``Section: Headline``). With no such line, one above the first line of prose
        that does so once quotation marks and apostrophes are read as their ASCII forms
        (``doesn't`` in the title, ``doesn\u2019t`` in the ``<h1>``): lower down, a
        line so near the title is a quotation or a teaser's.
        """
        found = _match_title(infos, title, piece, len(infos))
        if found >= 0:
            return found
        top = next((i for i in range(1, len(infos)) if infos[i].kind == "prose"), len(infos))
        return _match_title(
            infos, title.translate(_PLAIN_QUOTES), piece.translate(_PLAIN_QUOTES), top, plain=True
        )

    # -- the body -------------------------------------------------------------------

    def _drop_highlights(
        self, b: Builder, infos: list[LineInfo], used: list[bool], anchor: int
    ) -> None:
        """Keep a box of summary points (``Key Points`` over a few lines) out of the body.

        The box is the label and the lines under it up to a caption or a furniture line
        (the lead photo, an advert), at most :data:`MAX_HIGHLIGHTS` of them and none
        longer than :data:`MAX_POINT_WORDS`, with prose under it; with no such end in
        reach, where the box ends is not known and only the label is dropped. The box
        stands over the article: a label under more than one paragraph of prose below the headline
        (``anchor``; a standfirst may come first) is a subheading of the article.
        """
        prose_above = 0
        for i, info in enumerate(infos):
            text = info.line.text
            if i > anchor and info.kind == "prose":
                prose_above += 1
                if prose_above > 1:
                    return
                continue
            if (
                len(text) > MAX_HIGHLIGHTS_LABEL
                or used[i]
                or info.kind != "short"
                or caseless(text).rstrip(" :") not in _HIGHLIGHTS_LABELS
            ):
                continue
            end = i + 1
            stop = min(i + 2 + MAX_HIGHLIGHTS, len(infos))
            while (
                end < stop
                and infos[end].kind in ("prose", "short")
                and infos[end].shape.words <= MAX_POINT_WORDS
                and not used[end]
            ):
                end += 1
            if (
                end == stop
                or infos[end].kind not in ("caption", "furniture")
                # The footer ends it: the lines were the article, not a box over it.
                or not any(infos[k].kind == "prose" for k in range(end + 1, len(infos)))
            ):
                end = i + 1
            for k in range(i, end):
                used[k] = True
                b.add_furniture(infos[k].line.start, infos[k].line.end, b.rule("highlights"))

    def _drop_body_copies(self, b: Builder, infos: list[LineInfo], used: list[bool]) -> None:
        """Keep a copy of the article's lines run together on one line out of the body.

        A page's metadata may hold the whole article as one line (its ``articleBody``),
        which may outweigh the article itself: a line of prose of :data:`MIN_COPY_CHARS`
        or more that opens with another line of the page and the lines under it, each
        after a space, and holds little else (:func:`_copies_lines`), is such a copy
        (``webpage.body-copy``).
        """
        # Most pages hold no line so long: the lines are indexed only when one does.
        copies = [
            i
            for i, info in enumerate(infos)
            if len(info.line.text) >= MIN_COPY_CHARS and info.kind == "prose" and not used[i]
        ]
        if not copies:
            return
        openings: dict[str, list[int]] = {}
        for i, info in enumerate(infos):
            if len(info.line.text) >= MIN_COPY_OPENING:
                openings.setdefault(info.line.text[:MIN_COPY_OPENING], []).append(i)
        cover = [i for i, info in enumerate(infos) if len(info.line.text) >= MIN_COVER_LINE]
        for i in copies:
            info = infos[i]
            text = info.line.text
            # A line the page repeats is no opening of it; a few others are tried.
            tried = (j for j in openings[text[:MIN_COPY_OPENING]] if infos[j].line.text != text)
            if any(
                _copies_lines(infos, cover, i, j) for j in itertools.islice(tried, MAX_COPY_TRIES)
            ):
                used[i] = True
                b.add_furniture(info.line.start, info.line.end, b.rule("body-copy"))

    def _drop_signup_blurbs(self, b: Builder, infos: list[LineInfo], used: list[bool]) -> None:
        """Keep the prose of a sign-up box (``Get the news in your inbox``) out of the body.

        Under a newsletter's label, up to :data:`MAX_SIGNUP_LINES` lines that are not
        prose, or are prose about signing up (:data:`_SIGNUP_WORDS`), are the box, up to
        the first other line of prose. Right over its button (``Sign Up``,
        ``Subscribe``: :func:`_is_signup_button`), up to :data:`MAX_BLURB_LINES` lines
        that are its blurb (:func:`_is_signup_blurb`) are the box too, up to the first
        line of anything else. Its prose lines are furniture (``webpage.signup``).
        """
        for i, info in enumerate(infos):
            if info.rule not in _SIGNUP_BUTTON_RULES:
                continue
            if info.rule == "newsletter":
                for k in range(i + 1, min(i + 1 + MAX_SIGNUP_LINES, len(infos))):
                    nxt = infos[k]
                    if nxt.kind != "prose":
                        continue
                    if used[k] or not _about_signing_up(nxt.line.text):
                        break
                    used[k] = True
                    b.add_furniture(nxt.line.start, nxt.line.end, b.rule("signup"))
            if _is_signup_button(info):
                for k in range(i - 1, max(-1, i - 1 - MAX_BLURB_LINES), -1):
                    above = infos[k]
                    if used[k] or above.kind != "prose" or not _is_signup_blurb(above.line.text):
                        break
                    used[k] = True
                    b.add_furniture(above.line.start, above.line.end, b.rule("signup"))

    def _choose_run(
        self,
        infos: Sequence[LineInfo],
        values: Sequence[float],
        anchor: int,
        rows: Sequence[bool],
    ) -> tuple[int, int]:
        """Pick the article's run of prose, then join the runs an inset box split from it.

        ``rows`` says which lines are a list's items or a table's rows
        (:func:`_is_list_or_row`).
        """
        # A short line that ends like a sentence (a question, a one-line answer) is
        # not chrome, though it is not prose either; nor are a list's items and a
        # table's rows.
        flags = [
            not info.shape.sentence_end and not row for info, row in zip(infos, rows, strict=True)
        ]

        # A byline or a date line opens an article: no run of prose runs through it.
        # Asked only of a line inside a run (a page of chrome asks none).
        def breaks(i: int) -> bool:
            info = infos[i]
            if info.rule in _BREAK_RULES:
                # A link to another story set in the text, in capitals or named after its
                # label (``See also: Title``, ``Also: See ...``), parts none; a box's
                # label (``Most read``, ``More:``) and the links it heads do.
                inline = info.rule == "related" and (
                    _is_capitals_link(info) or not _heads_box(info.line.text)
                )
                # A line the tags' rule reads that is no list of tags (``Topic:
                # Housing`` over a section, ``Keywords: pick two ...``) parts none.
                return not inline and (info.rule != "tags" or _is_tag_list(info.line.text))
            return info.kind != "prose" and _is_header_line(info.line)

        runs = [r for r in _runs(values, flags, breaks) if r[2] >= MIN_RUN]
        if not runs:
            return -1, -1
        heaviest = max(runs, key=lambda r: r[2])
        footer = _footer_start(infos, anchor if anchor > 0 else heaviest[0])
        if anchor > 0:
            # The readers' comments under the article weigh as the footer does: a long
            # thread is not the article.
            footer = min(footer, _comments_start(infos, anchor))

        def weight(r: tuple[int, int, float]) -> float:
            return r[2] * (FOOTER_DISCOUNT if r[0] > footer else 1.0)

        heaviest = max(runs, key=weight)
        chosen = heaviest
        if anchor > 0:
            floor = CANDIDATE_SHARE * weight(heaviest)
            after = [r for r in runs if r[0] > anchor and weight(r) >= floor]
            if after:
                chosen = after[0]
            elif heaviest[0] < anchor and not any(
                _is_header_line(infos[k].line)
                for k in range(max(0, heaviest[0] - HEADER_REACH), heaviest[0])
            ):
                # The article stands under its headline: a heavier run above it (a box
                # of teasers, no byline or date over it) is not it, if a run right under
                # the headline weighs a fair share of it. Under a byline or a date, the
                # heavier run is an article, and the headline's line lower down may be
                # a share box's.
                below = [
                    r
                    for r in runs
                    if anchor < r[0] <= anchor + MAX_HEADER_GAP
                    and weight(r) >= UNDER_HEADLINE_SHARE * weight(heaviest)
                ]
                if below:
                    chosen = below[0]
        k = runs.index(chosen)
        first, last = chosen[0], chosen[1]
        for nxt in runs[k + 1 :]:
            # A sign-up box inside the article: the story goes on under it.
            signup = _continues_past_signup(infos, last, nxt)
            boundary = _BOUNDARY_RULES if signup else _FORWARD_BOUNDARY_RULES
            if first == last:
                # Under the lead paragraph alone, a link to the comments (``12
                # Comments``) stands in the share bar: the story goes on under it.
                boundary = _BACKWARD_BOUNDARY_RULES if signup else boundary - {"comments"}
            # Past a link to another story set in the text (``See also: Title``) the
            # story goes on, however short its rest.
            weighed = (nxt[0], nxt[1], 0.0) if _inline_link_between(infos, last, nxt) else nxt
            if (
                not _joinable(infos, last, weighed, footer, boundary)
                or _teasers_under_label(infos, last, nxt)
                or _short_past_tags(infos, last, nxt)
            ):
                break
            # A byline or a date between them opens another article (a teaser) when a
            # headline stands with it or one paragraph follows; the box's ``By signing
            # up ...`` is none.
            header = any(
                _is_header_line(infos[i].line)
                and not (signup and _about_signing_up(infos[i].line.text))
                for i in range(last + 1, nxt[0])
            )
            if header and (nxt[0] == nxt[1] or _holds_headline(infos, last + 1, nxt[0])):
                break
            last = nxt[1]
        for prev in reversed(runs[:k]):
            if prev[0] <= anchor or not _joinable(
                infos, prev[1], (first, last, 0.0), footer, _BACKWARD_BOUNDARY_RULES, slides=True
            ):
                break
            # A byline or a date between them opens the article: what is above is not it.
            if any(_is_header_line(infos[i].line) for i in range(prev[1] + 1, first)):
                break
            # Nor is a run right under a box's bare label (``Most read``): its links.
            above = infos[prev[0] - 1] if prev[0] > 0 else None
            if above is not None and above.rule == "related" and _is_bare_label(above.line.text):
                break
            # The lead paragraph right under the byline or the date (a link to another
            # story under it) may be short; a run further up must weigh more.
            lead = anchor > 0 and all(
                _is_header_line(infos[i].line) for i in range(anchor + 1, prev[0])
            )
            if (
                _sentence_words(infos, prev) < (1 if lead else MIN_JOIN)
                or _density(infos, prev) < MIN_JOIN_DENSITY
            ):
                break
            first = prev[0]
        return first, last

    def _read_header(
        self, b: Builder, infos: list[LineInfo], used: list[bool], start: int, end: int
    ) -> None:
        """Read the byline, the date and a standfirst between the headline and the body.

        Of several dates, the first not labelled as an update is the date. A byline or
        a date in a box of other stories (:func:`_in_teaser_box`) is none of the
        article's.
        """
        date_at = self._pick_date_line(b, infos, used, start, end)
        i = start
        while i < end:
            info = infos[i]
            line = info.line
            if used[i]:
                i += 1
                continue
            if len(line.text) <= MAX_HEADER_LINE:
                if (
                    b.byline is None
                    # A byline in a box of other stories signs one of them.
                    and not _in_teaser_box(infos, used, i)
                    and (
                        self._take_byline(b, infos, used, i, end)
                        or self._take_byline_beside_date(b, line, take_date=i == date_at)
                    )
                ):
                    used[i] = True
                    i += 1
                    continue
                date = (
                    i == date_at
                    and b.date is None
                    and (
                        (
                            b.byline is None
                            # Under the headline, or under the standfirst under it.
                            and (
                                i == start
                                or (
                                    b.summary is not None
                                    and b.summary.span.end == infos[i - 1].line.end
                                )
                            )
                            and self._take_names_beside_date(b, line, infos[0].line.text)
                        )
                        or self._take_date(b, line)
                    )
                )
                if date or (info.rule == "reading-time" and b.take_furniture(line)):
                    used[i] = True
                    i += 1
                    continue
            # A sentence just under the headline, above the byline and the date and
            # apart from the body: the standfirst. So is a line in sentence case right
            # under the headline and over the byline or the date, with no full stop.
            if (
                (
                    (info.kind == "prose" and info.shape.sentence_end)
                    or (
                        i == start
                        and i + 1 < end
                        and _is_deck(infos, i)
                        and b.headline is not None
                        and _tells_of_story(infos, i, b.headline.value, end)
                    )
                )
                and not info.repeated
                and b.summary is None
                and b.byline is None
                and b.date is None
                and i - start < STANDFIRST_REACH
            ):
                b.summary = line_field(line, b.rule("standfirst"))
                used[i] = True
            i += 1
        if b.byline is None:
            self._take_bare_names(b, infos, used, start, end)

    def _byline_above(
        self, b: Builder, infos: list[LineInfo], used: list[bool], anchor: int
    ) -> None:
        """No byline under the headline: a labelled one in the short lines just above it.

        Some pages set the byline and the date over the ``<h1>`` (``Von`` / ``Jana
        Schmidt`` / ``14.08.2023`` / headline). Only a byline with its label (``By``,
        ``Von``, a ``By`` alone on the line above the names) is taken there, within
        :data:`BYLINE_ABOVE_REACH` lines, and the search stops at prose. Each author
        must read as a name (:func:`reads_as_names`): menus above a headline hold
        ``By Topic`` and ``By Region``.
        """
        for i in range(anchor - 1, max(anchor - BYLINE_ABOVE_REACH, 1) - 1, -1):
            info = infos[i]
            if used[i] or info.kind == "prose":
                return
            if len(info.line.text) <= MAX_HEADER_LINE and self._take_byline(
                b, infos, used, i, anchor, names_only=True
            ):
                return

    def _take_bare_names(
        self, b: Builder, infos: list[LineInfo], used: list[bool], start: int, end: int
    ) -> None:
        """A line of names with no ``By``, set beside the article's date.

        Pages often sign an article with the names alone: between the headline and
        the date (``Headline / Jane Doe / 14 August 2023``), or glued to a handle
        beside the date (``Jane Doe@janedoe``). A name line anywhere else is too
        like a caption, a section or a heading to be taken; the names must read as
        names (:func:`reads_as_names`).
        """
        headline = b.headline.span if b.headline is not None else None
        for i in range(start, end):
            info = infos[i]
            line = info.line
            if used[i] or info.kind != "short" or info.rule is not None:
                continue
            if len(line.text) > MAX_NAME_LINE:
                continue
            # Under a label of the page's tags (``Tags``, ``Topics``), a name is a tag
            # (``Storm Ivy``), though a button to follow it stands under it too.
            if i > 0 and caseless(infos[i - 1].line.text).rstrip(" :\uff1a") in _TAG_LABELS:
                continue
            names_end = line.end
            at = line.text.find("@")
            if at > 0:
                if _regex.fullmatch(_HANDLE_RE, b.text, line.start + at, line.end) is None:
                    continue
                names_end = line.start + at
            under = infos[i + 1].line if i + 1 < len(infos) else None
            # The reporter's role may stand on a line of its own between the names
            # and the date (``Jane Doe`` / ``Political correspondent`` / date), or the
            # site's name as the title gives it (``Jane Doe`` / ``Valley Herald``).
            outlet = (
                under is not None
                and not used[i + 1]
                and _names_site(under.text, infos[0].line.text)
            )
            k = i + 2 if under is not None and (outlet or _stands_under_names(under)) else i + 1
            stamp_after = k < len(infos) and _is_stamp_beside(infos[k].line)
            if at > 0:
                # Beside the date; or the name and the handle alone on the line
                # (``Jane Doe @janedoe``), which sign the article wherever they stand
                # between the headline and the body.
                placed = (
                    stamp_after
                    or (i > 0 and _is_stamp_beside(infos[i - 1].line))
                    or _regex.fullmatch(_NAME_HANDLE_RE, line.text) is not None
                )
            else:
                # Under the headline, or under a standfirst under it (a line of more
                # than MIN_TITLE_WORDS words: not a label such as ``Photo gallery``),
                # over the date. Right over the body with no date under them, names
                # are a place's, a street's or a topic's as often (``Palm Beach and
                # Boca Raton``, ``Joe Biden and Xi Jinping``): no byline.
                placed = stamp_after and headline is not None
                if placed and headline is not None:
                    # The headline's line, or a line repeating it (the page shows
                    # its headline twice and the title gave the first), or the <h1>
                    # the header opens under, which the title may word longer
                    # (``Opinion: Headline`` over ``Headline``).
                    heads = [
                        j
                        for j in (i - 1, i - 2)
                        if j >= 0
                        and (
                            infos[j].line.start
                            <= headline.start
                            <= headline.end
                            <= infos[j].line.end
                            or infos[j].line.text == headline.of(b.text)
                            or (j == start - 1 and used[j])
                        )
                    ]
                    between = infos[i - 1]
                    placed = bool(heads) and (
                        heads[0] == i - 1
                        or (
                            between.rule is None
                            and (
                                between.shape.words > MIN_TITLE_WORDS
                                # The alt text of the author's photo (``Photo of Jane
                                # Doe``) ends with the name under it.
                                or between.line.text.endswith(" " + line.text)
                            )
                        )
                    )
                # The button to follow the author stands under the names alone.
                placed = placed or (under is not None and caseless(under.text) in _FOLLOW_BUTTONS)
            if not placed:
                continue
            found = read_byline(b.text, line.start, names_end, require_prefix=False)
            if found is None or not reads_as_names(found):
                continue
            if outlet and any(
                caseless(name.rsplit(maxsplit=1)[-1]) in PLACE_WORDS["surname"]
                for name in found.byline.authors
            ):
                # A local paper's town over its name (``Mesa Valley`` / ``Valley
                # Herald``), no writer; elsewhere ``Joe Falls`` is one.
                continue
            byline = found.byline
            if outlet and under is not None and byline.organization is None:
                byline = attrs.evolve(byline, organization=under.text)
                b.add_furniture(under.start, under.end, b.rule("byline-outlet"))
                used[i + 1] = True
            self._set_byline(b, byline, found.span, found.author_spans, found.credits)
            b.add_furniture(line.start, found.span.start, b.rule("byline-rest"))
            b.add_furniture(found.span.end, line.end, b.rule("byline-rest"))
            used[i] = True
            return

    def _header_in_run(
        self,
        b: Builder,
        infos: list[LineInfo],
        used: list[bool],
        anchor: int,
        run: tuple[int, int],
    ) -> int:
        """Start the body under a header that a run of prose holds; return its first line.

        Right under the headline (or a line repeating it: a breadcrumb's last crumb and
        the ``<h1>`` both print it), a run may open with the header that a date line
        too long to read as one does not part from the story: a short standfirst, then
        a line that a publication word stamps with the date (``New Delhi, Example Bureau
        | Updated : 19 November 2019, 09:01 AM``) or the writer's name and handle
        (``Jane Doe @janedoe``). The body starts under that line,
        and :meth:`_read_header` reads what is above it; a repeat of the headline that
        opens the run is furniture (``webpage.headline-repeat``).
        """
        first, last = run
        if b.headline is None or first == 0:
            return first
        headline = b.headline.raw
        start = first + 1 if infos[first].line.text == headline else first
        if start == first and first != anchor + 1 and infos[first - 1].line.text != headline:
            return first
        for k in range(start, min(last, start + 2)):
            info = infos[k]
            # The date line is no sentence (``The vote is on March 3, 2024.`` is the story's),
            # and a word stamps it (``Updated``): an event's or a match's line has none.
            if (
                k > start
                and len(info.line.text) <= MAX_STAMP_LINE
                and info.kind != "prose"
                and not info.shape.sentence_end
                and (
                    (_stamped(info.line.text) and _holds_date(info.line))
                    # Or the writer's name and handle (``Jane Doe @janedoe``).
                    or _regex.fullmatch(_NAME_HANDLE_RE, info.line.text) is not None
                )
            ):
                if start > first:
                    line = infos[first].line
                    b.add_furniture(line.start, line.end, b.rule("headline-repeat"))
                    used[first] = True
                return k + 1
            if info.kind != "prose" or info.shape.words > MAX_STANDFIRST_WORDS:
                return first
        return first

    def _standfirst_over_photo(
        self, b: Builder, infos: list[LineInfo], used: list[bool], anchor: int, run: tuple[int, int]
    ) -> int:
        """Take a standfirst the lead photo parts from the body; return the body's first line.

        A short paragraph (at most :data:`MAX_STANDFIRST_WORDS`) right under the
        headline (or a line repeating it), with a photo's caption or credit between it
        and the rest of the body, is the standfirst: the article starts under the photo.
        ``run`` is the body's first and last line.
        """
        first, last = run
        info = infos[first]
        if (
            first == 0
            or b.headline is None
            or (first != anchor + 1 and infos[first - 1].line.text != b.headline.raw)
            or first + 1 >= last
            or b.summary is not None
            or info.shape.words > MAX_STANDFIRST_WORDS
            or infos[first + 1].kind != "caption"
        ):
            return first
        start = first + 1
        while start < last and infos[start].kind != "prose":
            start += 1
        b.summary = line_field(info.line, b.rule("standfirst"))
        used[first] = True
        return start

    def _pick_date_line(
        self, b: Builder, infos: list[LineInfo], used: list[bool], start: int, end: int
    ) -> int:
        """The header line whose date is the article's: not an update, if there is a choice.

        A date a publication label opens (``Published``, ``Posted``, ``Publié le``,
        ``Veröffentlicht``) wins over a bare one.

        A date in a box of other stories (:func:`_in_teaser_box`) or in a photo's caption
        is never the article's.
        """
        dated = [
            i
            for i in range(start, end)
            if not used[i]
            # A photo's caption dates the photo (``..., Tuesday, Nov. 19, 2019``).
            and infos[i].kind != "caption"
            and len(infos[i].line.text) <= MAX_HEADER_LINE
            and next(find_dates(b.text, infos[i].line.start, infos[i].line.end), None) is not None
            and not _in_teaser_box(infos, used, i)
        ]
        labels = []
        for i in dated:
            label = infos[i].line.text
            if i > start and len(infos[i - 1].line.text) <= MAX_LABEL_LINE:
                label = infos[i - 1].line.text + " " + label
            labels.append(label)
        # A date labelled as the publication's (``Published 14 August 2023``, or
        # ``Published`` over it) is the article's, over a bare one above it (a teaser's,
        # flattened into the header).
        for i, label in zip(dated, labels, strict=True):
            own = infos[i].line.text
            above = infos[i - 1].line.text if len(label) > len(own) else ""
            if _regex.search(_UPDATED_RE, own) is None and (
                _regex.match(_PUBLICATION_LABEL_RE, own) is not None
                or (above and _regex.fullmatch(_PUBLICATION_LABEL_RE, above) is not None)
            ):
                return i
        for i, label in zip(dated, labels, strict=True):
            if _regex.search(_UPDATED_RE, label) is None:
                return i
        return dated[0] if dated else -1

    def _take_byline(
        self,
        b: Builder,
        infos: list[LineInfo],
        used: list[bool],
        i: int,
        end: int,
        *,
        names_only: bool = False,
    ) -> bool:
        """A labelled byline at line ``i``; with ``names_only``, each author reads as a name."""
        line = infos[i].line
        # ``By Jane RoeLeave a comment``: a link glued to the byline as the page was
        # flattened (its text run into the name's) is furniture.
        cut = None if names_only else _glued_chrome(line.text)
        if cut is not None and b.take_byline(
            line._replace(end=line.start + cut, text=line.text[:cut])
        ):
            b.add_furniture(line.start + cut, line.end, b.rule("byline-rest"))
            plain = True
        elif names_only:
            pre = read_byline(b.text, line.start, line.end, foreign=b.reads_german_or_french)
            plain = pre is not None and reads_as_names(pre) and b.take_byline(line)
        else:
            plain = b.take_byline(line)
        if plain:
            used[i] = True
            self._more_names_below(b, infos, used, i + 1, end)
            return True
        label = _regex.match(_LABELLED_BY_RE, b.text, line.start, line.end)
        if label is not None:
            found = read_byline(b.text, label.end(), line.end)
        else:
            label = _regex.match(_FOREIGN_BY_RE, b.text, line.start, line.end)
            if label is not None and not _writes_label(b, label.group("foreign")):
                label = None
            found = (
                None
                if label is None
                else read_byline(b.text, label.end(), line.end, require_prefix=False, prefixed=True)
            )
            if found is not None and label is not None and caseless(label["foreign"]) == "por":
                # Spanish ``y`` between two people (``Por Ana Ruiz y Luis Gómez``).
                found = split_joined_names(b.text, found)
        if (
            label is not None
            and found is not None
            and found.byline.authors
            and (not names_only or reads_as_names(found))
        ):
            self._set_byline(b, found.byline, found.span, found.author_spans, found.credits)
            b.add_furniture(line.start, found.span.start, b.rule("byline-label"))
            # What the byline reader trimmed from the end (a bracket) stays accounted for.
            b.add_furniture(found.span.end, line.end, b.rule("byline-rest"))
            used[i] = True
            self._more_names_below(b, infos, used, i + 1, end)
            return True
        bare = _regex.fullmatch(_BARE_BY_RE, line.text) if i + 1 < end else None
        if bare is not None and bare.group("foreign") and not _writes_label(b, bare["foreign"]):
            bare = None
        if bare is not None:
            nxt = infos[i + 1].line
            found = read_byline(b.text, nxt.start, nxt.end, require_prefix=False)
            if (
                found is not None
                and found.byline.authors
                and (not names_only or reads_as_names(found))
            ):
                self._set_byline(b, found.byline, found.span, found.author_spans, found.credits)
                b.add_furniture(line.start, line.end, b.rule("byline-label"))
                # A bullet, bar or bracket trimmed from the names' line is furniture too.
                b.add_furniture(nxt.start, found.span.start, b.rule("byline-rest"))
                used[i] = used[i + 1] = True
                if found.span.end < nxt.end:
                    b.add_furniture(found.span.end, nxt.end, b.rule("byline-rest"))
                else:
                    self._more_names_below(b, infos, used, i + 2, end)
                return True
        return False

    def _more_names_below(
        self, b: Builder, infos: list[LineInfo], used: list[bool], start: int, end: int
    ) -> None:
        """Names on lines of their own under the byline's, joined by lines of their own.

        A page that makes each writer's name a link puts the words between them on
        lines of their own (``By`` / ``Jane Doe`` / ``and`` / ``Sam Roe``, or ``,``):
        each joining line (:data:`_NAME_JOIN_LINES`) from ``start`` on, and the names
        under it (which read as names, :func:`reads_as_names`, with no outlet), add to
        the byline, whose span then runs over the lines. Only a byline that ends its
        line and names no outlet goes on so.
        """
        if b.byline is None or b.byline.value.organization is not None:
            return
        span = b.byline.span
        if span.end != infos[start - 1].line.end:
            return
        more_authors: list[Span] = []
        k, stop = start, span.end
        while (
            k + 1 < end
            and not used[k]
            and not used[k + 1]
            and caseless(infos[k].line.text) in _NAME_JOIN_LINES
        ):
            names = infos[k + 1].line
            more = read_byline(b.text, names.start, names.end, require_prefix=False)
            if (
                more is None
                or not more.byline.authors
                or more.byline.organization is not None
                or not reads_as_names(more)
            ):
                break
            more_authors.extend(more.author_spans)
            used[k] = used[k + 1] = True
            stop = more.span.end
            b.add_furniture(stop, names.end, b.rule("byline-rest"))
            k += 2
        if not more_authors:
            return
        b.authors.extend(
            Field(value=s.of(b.text), raw=s.of(b.text), span=s, rule=b.rule("author"))
            for s in more_authors
        )
        raw = b.text[span.start : stop]
        value = attrs.evolve(
            b.byline.value,
            authors=b.byline.value.authors + tuple(s.of(b.text) for s in more_authors),
            text=raw,
        )
        b.byline = Field(value=value, raw=raw, span=Span(span.start, stop), rule=b.byline.rule)

    def _take_byline_beside_date(self, b: Builder, line: Line, *, take_date: bool) -> bool:
        """A byline and a date on one line: ``By Jane Doe | 14 August 2023``.

        A stamp with no date in it (``By Jane Doe | 2 hours ago``) stands there too: the
        byline is read up to the separator before it, and the stamp is furniture.
        """
        found = _line_date(b, line)
        if found is not None:
            return b.take_byline_beside_date(line, found, take_date=take_date)
        cut = max(line.text.rfind(sep) for sep in _STAMP_SEPARATORS)
        if cut <= 0:
            return False
        stamp = line.text[cut:].lstrip(_STAMP_SEPARATOR_CHARS)
        if _regex.fullmatch(_CLOCK_STAMP_RE, stamp) is None and not _is_stamp_line(stamp):
            return False
        byline = read_byline(b.text, line.start, line.start + cut, foreign=b.reads_german_or_french)
        if byline is None or not byline.byline.authors:
            return False
        self._set_byline(b, byline.byline, byline.span, byline.author_spans, byline.credits)
        b.add_furniture(line.start, byline.span.start, b.rule("byline-label"))
        b.add_furniture(byline.span.end, line.end, b.rule("byline-stamp"))
        return True

    def _signature_below(
        self, b: Builder, infos: list[LineInfo], used: list[bool], last: int
    ) -> None:
        """No byline above the body: a byline right under it, or a Japanese signature.

        A byline with its label (``By Jane Doe``, ``Written by Jane Doe``) on the line
        right under the body's last paragraph, its names reading as names
        (:func:`reads_as_names`), signs the article. A Japanese signature is names in
        brackets, only under Japanese text (kana in the line above): a Chinese article
        closes with its agency's or paper's name in brackets, which reads as a name does.
        """
        under = last + 1
        if (
            under < len(infos)
            and not used[under]
            and used[last]
            and infos[last].kind == "prose"
            and infos[under].line.text[:1] in _BYLINE_FIRSTS
            and len(infos[under].line.text) <= MAX_NAME_LINE
        ):
            line = infos[under].line
            found = read_byline(b.text, line.start, line.end)
            if found is not None and found.byline.authors and reads_as_names(found):
                self._set_byline(b, found.byline, found.span, found.author_spans, found.credits)
                b.add_furniture(line.start, found.span.start, b.rule("byline-rest"))
                b.add_furniture(found.span.end, line.end, b.rule("byline-rest"))
                used[under] = True
                return
        for i in range(max(last - 1, 1), min(last + SIGNATURE_REACH + 1, len(infos))):
            line = infos[i].line
            if used[i] or len(line.text) > MAX_SIGNATURE_LINE:
                continue
            if _regex.search(_KANA_RE, infos[i - 1].line.text) is None:
                continue
            found = read_signature(b.text, line.start, line.end)
            if found is not None and found.byline.authors:
                self._set_byline(b, found.byline, found.span, found.author_spans, found.credits)
                used[i] = True
                return

    def _set_byline(
        self,
        b: Builder,
        byline: Byline,
        span: Span,
        author_spans: tuple[Span, ...],
        credited: tuple[tuple[Credit, Span], ...] = (),
    ) -> None:
        raw = span.of(b.text)
        b.byline = Field(value=byline, raw=raw, span=span, rule=b.rule("byline"))
        b.authors.extend(
            Field(value=s.of(b.text), raw=s.of(b.text), span=s, rule=b.rule("author"))
            for s in author_spans
        )
        for credit, at in credited:
            b.credits.append(credit)
            b.attribution.append(
                b.span_field(at.start, at.end, b.rule("attribution.byline-credit"))
            )

    def _take_names_beside_date(self, b: Builder, line: Line, title: str) -> bool:
        """Names with no ``By`` before the date on the line under the headline, or after it.

        ``Owen Price, March 14, 2024`` or ``Owen Price | 14.03.2024``: the names read as
        names (:func:`_whole_names`), and only a comma, a bar, a bullet or a dash
        stands between them and the date. A ``By`` in the page's language may open them
        (``Di Giulia Conti | 14 marzo 2024``). The site's name, as the page ``title``
        gives it, is no writer's (``Kabar Pagi - 14/08/2023``): the date line is read
        as one, and a labelled byline under it is the byline. A date that opens the
        line hands it to :meth:`_take_names_after_date`.
        """
        found = _line_date(b, line)
        if found is None:
            return False
        if found.span.start <= line.start:
            return self._take_names_after_date(b, line, found, title)
        names_end = found.span.start
        while names_end > line.start and b.text[names_end - 1] in _NAME_DATE_GAP:
            names_end -= 1
        if names_end == found.span.start or names_end <= line.start:
            return False
        # ``Di``, ``Por``, ``Door`` as the page's language writes ``By``.
        names_start = line.start
        label = _regex.match(_FOREIGN_BY_RE, b.text, line.start, names_end)
        if label is not None and _writes_label(b, label.group("foreign")):
            names_start = label.end()
        names = _whole_names(b.text, names_start, names_end, title)
        if names is None or (
            # The byline reader cuts ``Par`` or ``Von`` off as a By, but the page's
            # language writes no such By: the words are a name (``Par Three Contest``).
            label is not None
            and names_start == line.start
            and bool(names.author_spans)
            and names.author_spans[0].start != names_start
        ):
            return False
        self._set_byline(b, names.byline, names.span, names.author_spans, names.credits)
        b.set_date(found, b.rule("date"))
        b.add_furniture(line.start, names_start, b.rule("byline-label"))
        b.add_furniture(names.span.end, found.span.start, b.rule("byline-rest"))
        b.add_furniture(found.span.end, line.end, b.rule("date-label"))
        return True

    def _take_names_after_date(self, b: Builder, line: Line, found: DateMatch, title: str) -> bool:
        """Names with no ``By`` after the date that opens the line under the headline.

        ``November 20, 2019 Jane Doe`` or ``14.03.2024 | Jane Doe``: the rest of the line
        reads as names and is no site's name (:func:`_whole_names`).
        """
        names_start = found.span.end
        while names_start < line.end and b.text[names_start] in _NAME_DATE_GAP:
            names_start += 1
        if names_start == found.span.end or names_start >= line.end:
            return False
        names = _whole_names(b.text, names_start, line.end, title)
        if names is None:
            return False
        self._set_byline(b, names.byline, names.span, names.author_spans, names.credits)
        b.set_date(found, b.rule("date"))
        b.add_furniture(found.span.end, names.span.start, b.rule("byline-rest"))
        return True

    def _take_date(self, b: Builder, line: Line) -> bool:
        found = _line_date(b, line)
        if found is None:
            return False
        b.set_date(found, b.rule("date"))
        b.add_furniture(line.start, found.span.start, b.rule("date-label"))
        b.add_furniture(found.span.end, line.end, b.rule("date-label"))
        return True

    def _find_date_anywhere(
        self, b: Builder, infos: list[LineInfo], used: list[bool], first: int
    ) -> None:
        """No date by the headline: the nearest short date line above the body, else a stamp.

        Nearest, because the top of a page often carries today's date in its masthead.
        A date in a box of other stories (:func:`_in_teaser_box`) is a teaser's. A line
        that can hold no date (:func:`~newsparse.extract.dates.may_hold_date`) is passed
        before the box is looked for: on a page of short chrome lines (``Share``, ``3 min
        read``) the look back from each cost most of the parse.
        """
        stop = first if first >= 0 else len(infos)
        for i in range(stop - 1, -1, -1):
            info = infos[i]
            if (
                used[i]
                or len(info.line.text) > MAX_HEADER_LINE
                or info.kind == "prose"
                or not may_hold_date(b.text, info.line.start, info.line.end)
            ):
                continue
            if not _in_teaser_box(infos, used, i) and self._take_date(b, info.line):
                used[i] = True
                return
        # Else a line below that is a date stamp and little else.
        for i in range(stop, len(infos)):
            if (
                not used[i]
                and _is_date_line(infos[i].line)
                and not _in_teaser_box(infos, used, i)
                and self._take_date(b, infos[i].line)
            ):
                used[i] = True
                return

    def _read_body(
        self,
        b: Builder,
        infos: list[LineInfo],
        used: list[bool],
        run: tuple[int, int],
        *,
        open_words: frozenset[str],
    ) -> None:
        """Read the paragraphs of the body, the lines ``run`` spans (first, last).

        ``open_words`` are the words of the page's language no sentence ends on
        (:data:`~newsparse.stopwords.OPEN_WORDS`).
        """
        first, last = run
        blocks: list[list[int]] = []
        prev_kept = False
        inner = _inner_lines(infos, used, first, last)
        # The lines of a numbered list a paragraph announces, its items' links too,
        # each a paragraph of its own (:func:`_numbered_list`).
        listed: set[int] = set()
        for i in range(first, last):
            if infos[i].kind == "prose" and infos[i].line.text.endswith(":"):
                listed.update(range(i + 1, _numbered_list(infos, used, i + 1)))
        # A list the article opens with, under the header: its lines are kept.
        for i in range(_list_above(infos, used, first), first):
            blocks.append([i])
            used[i] = True
        for i in range(first, last + 1):
            info = infos[i]
            if used[i]:
                prev_kept = False
                continue
            if i in listed:
                blocks.append([i])
                used[i] = True
                prev_kept = False
                continue
            if i > first and _is_post_signature(info.line.text):
                # An embedded post's signature under its text: kept with it.
                blocks.append([i])
                used[i] = True
                prev_kept = False
                continue
            if "@" in info.line.text and _regex.search(_FOLLOW_RE, info.line.text) is not None:
                # Not the article's: the author's note or the site's blurb.
                b.add_furniture(info.line.start, info.line.end, b.rule("follow"))
                used[i] = True
                prev_kept = False
                continue
            if (
                prev_kept
                and blocks
                and info.continues
                and _runs_on(infos[i - 1].line, info.line, open_words)
            ):
                blocks[-1].append(i)
                used[i] = True
                continue
            keep = (info.kind == "prose" and not _links_under_label(infos, i)) or (
                (
                    inner[i]
                    or self._is_short_sentence(info, i, first, last)
                    or self._is_subheading(infos, used, i, first, last)
                )
                # A date line or a stamp inside the body (``Updated 2 hours ago``, a
                # live blog's ``09.40 GMT`` or ``Posted at 9:40 a.m.``, whose full stop
                # ends no sentence) is the page's, not the text's; a sentence holding a
                # date (``The vote is on March 3, 2024.``) is the text's.
                and not _is_bare_time(info.line.text)
                and (info.shape.sentence_end or not _is_header_line(info.line))
            )
            if keep:
                blocks.append([i])
                used[i] = True
            prev_kept = keep
        # A short sentence just under the last paragraph closes the article
        # (:func:`_closes_article`).
        # A table or a list between the last paragraph and such a sentence is the
        # article's too (a box score, then ``Rovers play away next week.``).
        after = last + 1
        end = after  # the lines under the last paragraph that are the article's list
        if used[last] and infos[last].kind == "prose" and infos[last].line.text.endswith(":"):
            # The last paragraph announces a list: its lines are the article's.
            end = _announced_list(infos, used, after)
        elif used[last] and _is_lead_in(
            infos, used, after, b.headline.value if b.headline is not None else None
        ):
            # A short lead-in under it announces one (``Tour dates:``): it and the list
            # are the article's, when the list's lines are entries, not headlines; a
            # heading that names a schedule (``Tour Dates``, no colon needed) keeps the
            # entries under it that open with a day.
            heading = infos[after].line.text
            entries = after + 1
            if heading.endswith(":"):
                entries = _entries_under(infos, used, after + 1)
            if entries == after + 1 and _names_schedule(heading):
                entries = _schedule_under(infos, used, after + 1, published=_published(b))
            if entries > after + 1:
                end = entries
        elif used[last] and b.headline is not None and _headline_names_schedule(b.headline.value):
            # The headline names a schedule (``Audit Committee Meetings``): the entries
            # right under the last paragraph that open with a day are its.
            end = _schedule_under(infos, used, after, published=_published(b))
        for k in range(after, end):
            blocks.append([k])
            used[k] = True
        after = end
        rows_end = _rows_after(infos, used, after)
        if rows_end > after and _closes_article(infos, used, rows_end):
            for k in range(after, rows_end):
                if _is_inner_line(infos[k]):
                    blocks.append([k])
                    used[k] = True
            after = rows_end
        if _closes_article(infos, used, after):
            blocks.append([after])
            used[after] = True
        blocks = _drop_torn_start(b, infos, blocks)
        blocks = _drop_teasers(infos, used, blocks, open_words)
        blocks = _drop_pull_quotes(b, infos, blocks)
        blocks = _drop_author_note(b, infos, blocks)
        blocks = _drop_closing_headline(b, infos, blocks)
        blocks = _take_closing_credits(b, infos, used, blocks)
        blocks = _keep_separators(infos, used, blocks)
        for block in _drop_repeats(infos, used, blocks):
            start, end = infos[block[0]].line.start, infos[block[-1]].line.end
            raw = b.text[start:end]
            b.paragraphs.append(
                Field(value=fold(raw), raw=raw, span=Span(start, end), rule=b.rule("paragraph"))
            )

    def _is_short_sentence(self, info: LineInfo, i: int, first: int, last: int) -> bool:
        """A short line inside the body that ends like a sentence: part of the text.

        Prose lines are long; a one-line question, answer or exclamation between them
        (``Why now?``, ``It was not.``) is the article's too, unlike a menu entry. A
        quotation the page repeats (``\u201cIt is time.\u201d``, set apart again as a
        pull quote) is too: :func:`_drop_pull_quotes` keeps the first.
        """
        return first < i < last and (_is_sentence_line(info) or _is_repeated_quotation(info))

    def _is_subheading(
        self, infos: list[LineInfo], used: list[bool], i: int, first: int, last: int
    ) -> bool:
        """A short line between prose lines that reads as a heading, not chrome."""
        info = infos[i]
        if info.kind != "short" or info.repeated or i >= last or i <= first:
            return False
        if info.shape.words > MAX_SUBHEADING_WORDS or info.shape.words < 1:
            return False
        # A web address is a link, never a heading.
        if _regex.fullmatch(_BARE_LINK_RE, info.line.text) is not None:
            return False
        nxt = infos[i + 1]
        if nxt.kind != "prose" or used[i + 1]:
            return False
        # Above it, past any advert or furniture line, the article's prose. A line
        # under a *Related* label is the link the label heads, not a heading; a link
        # that names its story on its own line (``Related: Title``) heads nothing.
        if infos[i - 1].rule in _BUTTON_BOX_RULES:
            # A button of the box right above (``Accept all`` under a cookie notice).
            return False
        k = i - 1
        while k > first and infos[k].rule is not None:
            label = infos[k].line.text
            if (infos[k].rule == "related" or _is_related_label(label)) and _is_bare_label(label):
                return False
            k -= 1
        return infos[k].kind == "prose"

    def _drop_rule(self, info: LineInfo) -> str:
        if info.rule is not None:
            return f"furniture.{info.rule}"
        return f"webpage.{'other-prose' if info.kind == 'prose' else 'chrome'}"
