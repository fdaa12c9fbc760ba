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

import itertools
from typing import TYPE_CHECKING, ClassVar

import attrs
import regex

from newsparse import _regex
from newsparse._text import caseless, fold, holds_any, line_field, split_lines, trim
from newsparse.extract.bylines import (
    _PAGE_WORDS,
    MIN_OUTLET_WORDS,
    BylineMatch,
    is_local_byline,
    is_role_line,
    is_role_title,
    outlet_words,
    read_agency_signature,
    read_byline,
    read_lead_byline,
    read_signature,
    read_spaced_uncased_name,
    reads_as_names,
    reads_as_vietnamese_name,
    split_joined_names,
    writes_vietnamese,
)
from newsparse.extract.classify import LineInfo, classify_lines, page_language
from newsparse.extract.dates import DateMatch, find_dates, may_hold_date
from newsparse.extract.furniture import _NOT_AFTER_PROSE, _NOT_BEFORE_PROSE, _SLASH_TRAIL
from newsparse.formats._base import (
    _DATE_LABEL_RE,
    Builder,
    Evidence,
    EvidenceFormat,
    OpeningWords,
    Scan,
    ShortLines,
    alternation,
)
from newsparse.formats._page.body import (
    MAX_COPY_TRIES,
    MAX_TAIL_GAP,
    MIN_COPY_CHARS,
    MIN_COPY_OPENING,
    MIN_COVER_LINE,
    MIN_JOIN_DENSITY,
    _closes_article,
    _closing_tail,
    _continues_past_call,
    _copies_lines,
    _density,
    _drop_closing_headline,
    _drop_repeats,
    _drop_torn_start,
    _is_next_entry,
    _is_sentence_line,
    _joinable,
    _keep_separators,
    _mark_link_breaks,
    _runs,
    _runs_on,
    _tail_tells_of,
)
from newsparse.formats._page.boxes import (
    _AROUND_NETWORK,
    _NETWORKS,
    _SIGNUP_BUTTON_RULES,
    MAX_BLURB_LINES,
    MAX_FIELD_LINES,
    _about_signing_up,
    _comments_start,
    _continues_past_signup,
    _cut_tweet_prompts,
    _drop_closing_promos,
    _drop_pull_quotes,
    _footer_start,
    _framed_box_end,
    _is_email_field,
    _is_repeated_quotation,
    _is_signup_blurb,
    _is_signup_button,
    _is_tag_list,
    _mark_comment_heads,
    _mark_comment_labels,
    _mark_post_buttons,
    _mark_ticker_boxes,
    _short_past_tags,
)
from newsparse.formats._page.credits import (
    _drop_author_note,
    _mark_about_boxes,
    _mark_company_boxes,
    _mark_credited_captions,
    _mark_quoted_sources,
    _mark_site_credits,
    _take_closing_credits,
)
from newsparse.formats._page.lines import (
    _BACKWARD_BOUNDARY_RULES,
    _BOUNDARY_RULES,
    _BREAK_RULES,
    _BYLINE_FIRSTS,
    _BYLINE_START_RE,
    _CLOSING_QUOTES,
    _EMAIL_RE,
    _FOREIGN_BY_RE,
    _FORWARD_BOUNDARY_RULES,
    _HANDLE,
    _HANDLE_RE,
    _RELATED_LINES,
    _RELATED_LIST_RE,
    _ROLE_MAILBOXES,
    _UPDATED_RE,
    MAX_STAMP_LINE,
    MAX_SUBHEADING_WORDS,
    MIN_JOIN,
    MIN_TITLE_WORDS,
    _furnished,
    _holds_date,
    _is_header_line,
    _is_post_signature,
    _is_related_label,
    _is_stamp_line,
    _sentence_words,
    _title_cased,
    _writes_label,
)
from newsparse.formats._page.links import (
    _drop_teasers,
    _heads_box,
    _in_teaser_box,
    _inline_link_between,
    _inline_teaser_between,
    _is_bare_label,
    _is_capitals_link,
    _links_under_label,
    _mark_box_summaries,
    _mark_capitals_links,
    _mark_counted_playlists,
    _mark_more_boxes,
    _mark_related_items,
    _mark_related_labels,
    _mark_site_links,
    _stands_in_link_box,
    _teasers_under_label,
)
from newsparse.formats._page.lists import (
    _BARE_LINK_RE,
    _CELL_SPACES,
    _OPINION_LINK_RE,
    _announced_list,
    _closing_box,
    _entries_under,
    _headline_names_schedule,
    _inner_lines,
    _is_field_line,
    _is_inner_line,
    _is_inset_slot,
    _is_lead_in,
    _is_list_or_row,
    _is_small_print,
    _list_above,
    _names_schedule,
    _numbered_list,
    _opens_with_day,
    _rows_after,
    _schedule_under,
)
from newsparse.formats._page.title import (
    _CLOCK_STAMP_RE,
    _PLAIN_QUOTES,
    _PUBLICATION_LABEL_RE,
    _STAMP_SEPARATOR_CHARS,
    _STAMP_SEPARATORS,
    _STOPWORDS,
    _TITLE_SEPARATORS,
    LEAD_LINES,
    MAX_H1_WORDS,
    MAX_NAME_LINE,
    MIN_SHORT_HEADLINE_WORDS,
    _ends_with_site,
    _glued_chrome,
    _holds_headline,
    _is_bare_time,
    _is_date_line,
    _is_deck,
    _is_stamp_beside,
    _line_date,
    _match_title,
    _names_alone,
    _names_paper,
    _names_site,
    _reads_as_h1,
    _reworded_h1,
    _shaped_as_h1,
    _shared_topic,
    _site_as_organization,
    _site_words,
    _split_title,
    _stamped,
    _stands_under_names,
    _tells_of_story,
    _topic_words,
    _under_its_title,
    _whole_names,
)
from newsparse.formats._wire import (
    INDIAN_AGENCIES,
    first_line_of,
    read_body_dateline,
    read_dated_lead,
    read_place_lead,
    split_glued_trailers,
)
from newsparse.model import Byline, Credit, Field, Note, Span
from newsparse.stopwords import OPEN_WORDS
from newsparse.vocab import (
    PAGE_ACCOUNT,
    PAGE_COOKIE_VERBS,
    PAGE_LEGAL,
    PAGE_NAVIGATION,
    PAGE_SHARE,
    PLACE_WORDS,
    PRESS_LABELS,
    SIGNED_PIECES,
    canonical_agency,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from newsparse._text import Line
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
# A Chinese, Japanese or Korean title joins the site's name without spaces, by a bar,
# an underscore or a full-width colon (``見出し\uff5c西海新報``, ``标题_新浪网``).
_SITE_SEPARATOR = (
    r"(?:(?<=\x20)(?:\||-|\u2013|\u2014|\u00bb|::)\x20"
    r"(?!(?:\p{Ll}++\p{N}*+|(?i:draft|final|updated?|copy|revised|corrected|v\d{1,3}))"
    r"[\x20\t]*+\r?\n)"
    r"|(?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])[|_\uff5c\uff3f\uff1a])"
)
_TITLE_REPEATED_RE = regex.compile(
    r"\A[\x20\t\ufeff]*+(?P<title>[^\n]{12,200}?)[\x20\t]*+"
    r"(?:" + _SITE_SEPARATOR + r"[^\n]{1,60}+)?\r?\n"
    r"(?:[^\n]{0,300}+\n){0,80}?[\x20\t]*+(?P=title)[\x20\t\r]*+$",
    regex.MULTILINE,
)
# The same, the title naming its site after the headline (``Headline - Site`` over
# ``Headline``): the page's ``<title>`` over its ``<h1>``, which no agency's copy
# carries, so it outweighs an agency's dateline in the story under it.
_TITLE_SITE_REPEATED_RE = regex.compile(
    r"\A[\x20\t\ufeff]*+(?P<title>[^\n]{12,200}?)[\x20\t]*+"
    + _SITE_SEPARATOR
    + r"[^\n]{1,60}+\r?\n"
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
# What the reading below uses alone; what the parts of the format share is in
# newsparse.formats._page (see its modules).

# A byline introduced by a label: ``Analysis by X``, ``Opinion by X``.
_LABELLED_BY_RE = regex.compile(
    r"(?:Analysis|Opinion|Commentary|Review|Story|Text|Words|Column|Interview|Report)"
    r"\x20(?=by\x20)",
    regex.IGNORECASE,
)
# ``By`` (or ``By:``) alone on a line, the names on the next; Postmedia's papers (the
# National Post, the Calgary Herald ...) label them ``Author of the article:``.
# ``Von``, ``Par``, ``Por``, ``Door``, ``Di``, ``De``, ``Av``, ``Af`` and
# ``Autor``/``Auteur``/``Autore`` alike, as German, French, Spanish, Dutch, Italian,
# Portuguese, Swedish, Norwegian and Danish pages write them; each
# only on a page in a language that writes it (vocab.BY_LABEL_LANGUAGES), since ``DE`` in a language
# menu, golf's ``Par`` or English ``Door`` alone on a line opens no names.
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``).
# ``\Z``: the label is the whole line, and ``finditer`` cannot chain matches.
_BARE_BY_RE = regex.compile(
    r"\G(?:By|Written\x20by|Author(?:\x20of\x20the\x20article)?"
    r"|(?P<foreign>Von|Par|Por|Door|Di|De|Av|Af|Autor|Auteur|Autore))\s?:?\Z",
    regex.IGNORECASE,
)
# A line that joins the names of two writers, each a link on a line of its own
# (compared case-folded).
#: The most words of a site's name glued before a byline's names.
MAX_GLUED_SITE_WORDS = 4
_NAME_JOIN_LINES = frozenset({",", "and", "&", "und", "et", "y", "e", "en"})
# A writer's name and her handle, a line of their own: ``Jane Doe @janedoe``.
_NAME_HANDLE_RE = regex.compile(
    r"\G\p{Lu}[\p{L}'\u2019-]{0,30}+(?:\.?\x20\p{Lu}[\p{L}'\u2019-]{0,30}+){1,3}+\x20?" + _HANDLE
)
# The label over a page's tags, alone on a line (compared case-folded, without a
# closing colon), in English, German, French, Spanish, Portuguese and Italian.
_TAG_LABELS = frozenset((
    "tag", "tags", "tagged", "tagged with", "topic", "topics", "filed under", "keywords",
    "themen", "thema", "schlagworte", "schlagwörter", "sujets", "thèmes", "mots-clés",
    "mots clés", "temas", "tema", "etiquetas", "assuntos", "argomenti", "parole chiave",
))  # fmt: skip
# What may stand between names and the date after them on one line.
_NAME_DATE_GAP = " \t,|/\u00b7\u2022-\u2013\u2014"
# The button to follow an author, alone on the line under the author's name.
_FOLLOW_BUTTONS = frozenset(("follow", "+ follow", "follow author"))
#: The most lines of page furniture between a headline and the names under it.
MAX_FURNITURE_OVER_NAMES = 3
#: The most words of a label alone on its line (``Published by:``).
MAX_LABEL_WORDS = 3
# The rules of the lines in a row between a writer's names and the date: the dots
# parting its items, the reading time (see _over_author_row).
_AUTHOR_ROW_RULES = frozenset(("no-text", "reading-time"))
# The label over the name of the publication a blog post is in (see _over_author_row).
_PUBLISHED_IN_LABELS = frozenset(("published in",))
# Buttons that send the reader to the site's app, which may open a page's text where
# its title would (Medium's ``Open in app``): no title, nor a headline.
_APP_BUTTONS = frozenset(("open in app", "open in the app", "get the app", "download the app"))
# An invitation to follow an account, which ends an author's note or opens a
# newsletter's blurb: ``Follow him on Twitter @jdoe``, ``Follow us at @herald``. The
# invitation opens the line or a sentence of it, as the reader is addressed; a report
# of one (``... urged residents to follow her on Twitter @mayor for updates``, a quote
# of a post) is the article's. So is a call to tag the site in a post (``Did you make
# this recipe? Tag @crumbandkettle on Instagram``).
_FOLLOW_RE = regex.compile(
    r"(?:^|(?<=[.!?]\x20))(?:(?i:Follow\x20(?:us|him|her|me|them))\b[^\n@]{0,80}+@\w"
    # A call to tag the site in a post names the network (``Tag @site on Instagram``):
    # ``Tag der offenen Tür ... info@school.example`` is a German day's.
    r"|Tag\x20(?:us\x20)?[^\n@]{0,40}+@\w[^\n]{0,60}?\bon\x20"
    r"(?:Instagram|Twitter|X|Facebook|TikTok|Threads|Bluesky)\b)"
)
#: The longest line read as a label (``Updated``) for the date line under it.
MAX_LABEL_LINE = 20
#: How far above the body a headline is looked for when the page has no title.
HEADLINE_REACH = 15
#: The fewest words of a standfirst read between a headline and the names under it
#: (a tagline or a kicker over a headline has fewer).
MIN_STANDFIRST_WORDS = 8
#: The fewest words a closing table (or a box under an advert's slot) shares with the
#: story: a review's specifications share its words (``price``, ``battery``); an
#: advert's may share one by chance (``days``).
MIN_BOX_SHARED_WORDS = 2
# The labels of a site's widget's facts (compared case-folded): its accounts, its
# contacts, the weather (``Facebook: Herald``, ``Phone: ...``, ``Tomorrow: 9°C``).
_WIDGET_FACT_LABELS = frozenset((
    "facebook", "instagram", "twitter", "x", "tiktok", "youtube", "linkedin", "whatsapp",
    "telegram", "threads", "phone", "tel", "telephone", "email", "e-mail", "fax",
    "weather", "today", "tonight", "tomorrow", "forecast", "high", "low", "temperature",
))  # fmt: skip
# A link to the writer's other stories, between the names and the date.
_MORE_FROM = ("more from ", "more by ", "read more from ")
#: The most words of a place in capitals between a writer's names and the date.
MAX_PLACE_WORDS = 3
#: The most short lines (a desk, a topic's label) between a ``By`` line and the date.
MAX_UNDER_BYLINE = 4
# The rules of a line that links another story (``READ ALSO: Title``).
_LINK_RULES = frozenset({"label", "related"})
#: The most words of a headline read over the writer's names and the date with no
#: page title to match it.
MAX_LONG_HEADLINE_WORDS = 25
#: How many lines above the headline a labelled byline is looked for when there is
#: none under it.
BYLINE_ABOVE_REACH = 3
#: How many lines above the headline a columnist's name that the title repeats is
#: looked for (``Jane Doe`` / ``All her columns`` / headline).
COLUMNIST_ABOVE_REACH = 3
#: The labels of a page's list of its writers, folded, set right over a columnist's
#: name over the headline (``Writers`` / ``Jane Doe`` / headline; Turkish ``Yazarlar``):
#: the name of a section or a town the title repeats stands there under a menu's
#: other labels (``Opinion`` / ``Real Estate`` / headline) and is no writer.
_WRITERS_LABELS = frozenset((
    "writers", "columnists", "our columnists", "columns", "opinion writers", "authors",
    "contributors", "yazarlar", "k\u00f6\u015fe yazarlar\u0131", "columnistas",
    "colunistas", "autores", "articulistas", "opinionistas", "editorialistas",
    "kolumnisten", "autoren", "chroniqueurs", "éditorialistes", "auteurs", "editorialisti",
    "opinionisti", "firme",
    "columnisten", "felietoniści", "publicyści", "колумнисты", "авторы", "kolumnis",
    "penulis",
))  # fmt: skip

#: How many lines under the headline a standfirst may start.
STANDFIRST_REACH = 6
#: The most words in a standfirst told from the first paragraph by the photo under it.
MAX_STANDFIRST_WORDS = 40
#: The longest line read as a date line or a byline.
MAX_HEADER_LINE = 160
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
#: The most lines of a sign-up box after its label.
MAX_SIGNUP_LINES = 8
#: How many lines under the body a Japanese signature (reporters' names in brackets) is
#: looked for, and the longest such line.
SIGNATURE_REACH = 2
MAX_SIGNATURE_LINE = 40
# Kana: the text above such a signature is Japanese.
_KANA_RE = regex.compile(r"\p{Hiragana}")
# The label of a box of summary points over the article (compared case-folded, without
# a closing colon): ``Key Points``, ``Story highlights``; German ``Das Wichtigste in
# Kürze``, French ``L'essentiel``, Spanish ``Claves``, Italian ``In breve``.
_HIGHLIGHTS_LABELS = frozenset({
    "highlights", "story highlights", "key points", "key takeaways", "takeaways", "at a glance",
    "das wichtigste in k\u00fcrze", "das wichtigste", "auf einen blick",
    "l'essentiel", "l\u2019essentiel", "\u00e0 retenir", "ce qu'il faut retenir",
    "ce qu\u2019il faut retenir", "claves", "las claves", "en resumen", "in breve",
    "in sintesi", "in het kort", "what you need to know",
})  # fmt: skip
# The marks that open a summary point set as a list item: ``\u2022 The line will open ...``.
_POINT_BULLETS = ("\u2022", "\u25aa", "\u25ba", "\u25b8", "\u2023", "- ", "* ")
#: The longest line read as the label of a box of summary points.
MAX_HIGHLIGHTS_LABEL = 26
#: The most points in a box of summary points.
MAX_HIGHLIGHTS = 5
#: The most words in one summary point (a paragraph longer than that ends the box).
MAX_POINT_WORDS = 40
#: The fewest points with no stop that a line ending like a sentence under them ends.
MIN_UNSTOPPED_POINTS = 2
#: The fewest words in the line under such points that ends the box as the article's
#: lead: a shorter one that ends like a sentence is the box's last point (``Commuters in
#: the south-east will pay most.``), its editor having put a stop to that one only.
MIN_LEAD_WORDS = 12
# Boxes whose buttons stand under their text: a short line right under one is a
# button (``Accept all``, ``Subscribe``), not a subheading.
_BUTTON_BOX_RULES = frozenset(
    {"cookie-notice", "consent", "cookie", "newsletter", "account", "paywall"}
)


def _published(b: Builder) -> dt.datetime | None:
    """The page's date, as read so far."""
    return b.date.value if b.date is not None else None


# The words outlets' names close with (``The Clarion Courier``, ``Tribune News
# Service``), for a line of the outlet's name alone under the writer's.
_OUTLET_LINE_ENDS = frozenset({
    "news", "service", "press", "agency", "media", "times", "post", "herald", "tribune",
    "journal", "gazette", "telegraph", "chronicle", "record", "network", "courier",
    "observer", "standard", "examiner", "inquirer", "sentinel", "dispatch", "courant",
    "register", "bulletin", "echo", "mercury", "star", "independent", "guardian",
})  # fmt: skip


# Of those, the words that are surnames too: after one other word (``Lauren Post``,
# ``Eyal Press``) they close a writer's name, not an outlet's.
_SURNAME_OUTLET_ENDS = frozenset({
    "post", "press", "star", "echo", "record", "standard", "mercury", "register", "bulletin",
    "independent", "guardian", "observer", "sentinel", "dispatch", "examiner", "inquirer",
    "courant", "herald", "courier",
})  # fmt: skip


def _names_outlet_line(text: str, *, the: bool = True) -> bool:
    """Whether ``text``, a line under a writer's name, names an outlet alone.

    Two to six capitalised words (``of`` and ``&`` may join them) that close as
    outlets' names do, or (with ``the``) open with ``The`` (``The Clarion Courier``); a
    place may follow after a comma (``BBC News, Cumbria``).

    Examples:
        >>> [_names_outlet_line(t) for t in (
        ...     "The Clarion Courier", "Tribune News Service", "Political correspondent",
        ...     "Sam Roe", "The", "BBC News, Cumbria", "Lauren Post")]
        [True, True, False, False, False, True, False]
    """
    words = outlet_words(text)
    if words is None:
        return False
    last = caseless(words[-1])
    if len(words) == MIN_OUTLET_WORDS and last in _SURNAME_OUTLET_ENDS:
        return the and words[0] == "The"  # ``Lauren Post``, ``Eyal Press``: a writer
    return (the and words[0] == "The") or last in _OUTLET_LINE_ENDS


def _reads_as_headline(infos: Sequence[LineInfo], i: int, floor: int) -> bool:
    """Whether line ``i`` (not under ``floor``) reads as a headline: short, unpunctuated."""
    if i < floor:
        return False
    info = infos[i]
    return (
        info.rule is None
        and info.kind == "short"
        and not info.shape.sentence_end
        and info.shape.words >= MIN_TITLE_WORDS
    )


def _date_label_after_names(text: str, start: int, end: int) -> int:
    """Where a date's label after the names before the date at ``end`` opens, else ``end``.

    The label (``Updated:``, ``Publié le``) stands alone after the last separator
    (:data:`_NAME_DATE_GAP`) on the line from ``start``, and runs to the date.

    Examples:
        >>> line = "Jordan Fenwick / TNN / Updated: "
        >>> line[: _date_label_after_names(line, 0, len(line))]
        'Jordan Fenwick / TNN / '
        >>> line = "Jean-Paul Marchand, "
        >>> _date_label_after_names(line, 0, len(line)) == len(line)
        True
    """
    cut = max(text.rfind(sep, start, end) for sep in _NAME_DATE_GAP.strip())
    at = cut + 1
    while at < end and text[at] in " \t":
        at += 1
    if cut < start or at == end:
        return end
    label = _regex.match(_DATE_LABEL_RE, text, at, end)
    return at if label is not None and label.end() == end else end


def _over_by_line(infos: Sequence[LineInfo], used: Sequence[bool], top: int, floor: int) -> int:
    """The line over a ``By`` line a few short lines over ``top``, else ``top``.

    Between a byline that ``By`` opens and the date under it, a page may set its desk
    or station and a topic's label (``By Jo Roe`` / ``ABC South East NSW`` / ``Topic:``
    / ``Local Government`` / date): those lines are no headline, which stands over
    the byline. Up to :data:`MAX_UNDER_BYLINE` short lines that do not end like a
    sentence, or furniture, may stand between.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "Town votes to close its main street to cars\\nBy Jo Roe\\n"
        ...     "South Coast Desk\\nTopic:\\nLocal Government\\n"
        ... )
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _over_by_line(infos, [False] * len(infos), 4, 0)
        0
    """
    k = top
    while k >= max(floor, top - MAX_UNDER_BYLINE) and not used[k]:
        info = infos[k]
        text = info.line.text
        if text[:1] in _BYLINE_FIRSTS and _regex.match(_BYLINE_START_RE, text) is not None:
            return k - 1
        if info.rule is None and (info.kind != "short" or info.shape.sentence_end):
            break
        k -= 1
    return top


#: The most words in a share bar's label the furniture table does not know
#: (``Chia sẻ``), over the bar's buttons.
MAX_SHARE_LABEL_WORDS = 2


#: The fewest items of a site's menu on one line (``News Showbiz Sport Money Travel``).
MIN_MENU_WORDS = 4


def _reads_as_menu(info: LineInfo, told: set[str]) -> bool:
    """Whether a line shaped as a headline is a site's menu: capitalised words alone.

    :data:`MIN_MENU_WORDS` words or more, each capitalised, none a particle in lower
    case (a headline in title case holds some: ``Town Hall and County Council``), and
    none a word the story's lead tells of (``told``): ``News Showbiz Sport Money
    Travel`` over the ``<h1>``.
    """
    words = info.line.text.split()
    return (
        len(words) >= MIN_MENU_WORDS
        and all(w[:1].isupper() for w in words)
        and _topic_words(info.line.text).isdisjoint(told)
    )


#: The most words of a share bar's line (``Share this article``, ``Facebook Twitter
#: Email Print``).
MAX_SHARE_ROW_WORDS = 6
#: The words of a share bar's label and of its buttons beside the networks' names,
#: case-folded (``Share this article``, ``Email``, ``Print``, ``Copy link``).
_SHARE_ROW_WORDS = frozenset((
    "share", "this", "article", "story", "page", "email", "e-mail", "mail", "print",
    "copy", "link", "save", "comment", "comments",
))  # fmt: skip


def _is_share_row(info: LineInfo) -> bool:
    """Whether a line is a share bar's: its label, or its buttons in a row.

    A share button the furniture table knows (``Teilen``, ``Partager sur Facebook``),
    or a few words (:data:`MAX_SHARE_ROW_WORDS`), each a network's name or a share
    bar's word (:data:`_SHARE_ROW_WORDS`), one of them ``share`` or a network's name:
    ``Share``, ``Share this article``, ``Facebook Twitter Email Print``; not ``Print
    this page``.
    """
    if info.rule == "share":
        return True
    words = [w.strip(_AROUND_NETWORK) for w in info.line.text.split()]
    if not 0 < len(words) <= MAX_SHARE_ROW_WORDS:
        return False
    folded = [caseless(w) for w in words]
    return ("share" in folded or any(w in _NETWORKS for w in words)) and all(
        w in _NETWORKS or f in _SHARE_ROW_WORDS for w, f in zip(words, folded, strict=True)
    )


# The dashes that part a writer's names from the outlet's on one line.
_NAMES_OUTLET_DASHES = (" - ", " \u2013 ", " \u2014 ")


#: Words that mean news and name an outlet in other languages (``Warta Nusantara``,
#: ``Kabar Pagi``, ``Noticias del Valle``), folded: after a writer's name and a dash,
#: the outlet's name holds one, closes as a paper's name does (``Valley Post``) or is
#: the site's.
_NEWS_NAME_WORDS = frozenset((
    "news", "warta", "kabar", "berita", "haber", "haberler", "noticias", "not\u00edcias",
    "notizie", "nieuws", "nachrichten", "nouvelles", "diario", "di\u00e1rio", "jornal",
    "giornale", "zeitung", "gazeta", "gazete", "dziennik",
))  # fmt: skip


#: Words that close a broadcaster's or a sister site's name, folded (``Harwick Live``,
#: ``Kent Online``, ``Sky Sports``, ``Valley TV``): after a writer's name and a dash,
#: with a word before them, they name an outlet as a paper's last word does.
_SISTER_OUTLET_ENDS = frozenset((
    "live", "today", "online", "sports", "sport", "news", "radio", "tv",
))  # fmt: skip
#: The Arabic article that opens an outlet's name in Latin letters, folded, with one
#: word after it (``Al Jazeera``, ``Al Arabiya``).
_OUTLET_ARTICLES_AR = frozenset(("al", "el"))


def _names_dash_outlet(text: str, line: Line, title: str = "") -> BylineMatch | None:
    """Names, a dash and their outlet's name on one line: ``Jane Doe - Valley Post``.

    As a bar parts them (``Jane Doe | Valley Post``): the names read as names, and the
    rest is an outlet's name in capitalised words (:func:`outlet_words`), which is the
    byline's organisation; the byline's text and span are the whole line's. The rest
    must close as an outlet's name does (``Post``, ``Gazette``: ``_OUTLET_LINE_ENDS``;
    a sister site's or broadcaster's ``Harwick Live``, ``Sky Sports``:
    :data:`_SISTER_OUTLET_ENDS`; ``Al Jazeera``: :data:`_OUTLET_ARTICLES_AR`),
    hold a word for news (:data:`_NEWS_NAME_WORDS`) or be the site's name as the page
    ``title`` gives it: a kind of piece and its topic or part (``Match Report - Premier
    League``, ``Island Lives - Part Three``) are capitalised words too.

    Examples:
        >>> from newsparse._text import split_lines
        >>> t = "Jane Doe - Valley Post"
        >>> _names_dash_outlet(t, split_lines(t)[0]).byline
        Byline(authors=('Jane Doe',), organization='Valley Post', text='Jane Doe - Valley Post')
        >>> [_names_dash_outlet(t, split_lines(t)[0]) is None
        ...  for t in ("Jane Doe - the council said", "Island Lives - Part Three")]
        [True, True]
    """
    cut = max(line.text.find(dash) for dash in _NAMES_OUTLET_DASHES)
    if cut <= 0:
        return None
    rest = line.text[cut + 3 :].strip()
    words = outlet_words(rest)
    if words is None or any(c.isdigit() for c in rest):
        return None
    if not (
        caseless(words[-1]) in _OUTLET_LINE_ENDS
        or (len(words) >= 2 and caseless(words[-1]) in _SISTER_OUTLET_ENDS)  # noqa: PLR2004
        or (len(words) == 2 and caseless(words[0]) in _OUTLET_ARTICLES_AR)  # noqa: PLR2004
        or any(caseless(w) in _NEWS_NAME_WORDS for w in words)
        or (title and _names_site(rest, title))
    ):
        return None
    found = read_byline(text, line.start, line.start + cut, require_prefix=False)
    if (
        found is None
        or found.byline.organization is not None
        or found.span.end != line.start + cut
        or not reads_as_names(found)
    ):
        return None
    byline = attrs.evolve(found.byline, organization=rest, text=line.text)
    return attrs.evolve(found, byline=byline, span=Span(line.start, line.end))


# The marks that close a quotation: a name under one signs the quoted note or letter.
_QUOTE_CLOSERS = ('"', "\u201d", "\u00bb", "\u2019", "\u300d", "\u300f")

#: The most words of a kicker in capitals between the headline and the names under it.
MAX_KICKER_WORDS = 2


def _is_capitals_kicker(text: str) -> bool:
    """Whether ``text`` is a kicker in capitals: ``COLUMN``, ``LETTER FROM PARIS`` is not.

    At most :data:`MAX_KICKER_WORDS` words of letters, all in capitals, that a page
    sets over the writer's name to say what kind of piece it is, a signed one
    (:data:`~newsparse.vocab.SIGNED_PIECES`: ``COLUMNA``, ``ANALYSIS``, ``OPINION``); ``EXCLUSIVE``
    over ``Lindmoor Harbour`` is a place's, no writer's.

    Examples:
        >>> [_is_capitals_kicker(t)
        ...  for t in ("COLUMN", "NEWS ANALYSIS", "Column", "A1", "EXCLUSIVE")]
        [True, True, False, False, False]
    """
    words = text.split()
    return (
        0 < len(words) <= MAX_KICKER_WORDS
        and text.isupper()
        and all(w.isalpha() for w in words)
        and caseless(words[-1]) in SIGNED_PIECES
    )


#: The most words of an entry's category under the writer's name in a blog's entry meta.
MAX_CATEGORY_WORDS = 3


def _is_entry_category(info: LineInfo, *, used: bool) -> bool:
    """Whether ``info``'s line may be the category a blog's entry meta sets under the name.

    A short line of at most :data:`MAX_CATEGORY_WORDS` words, no sentence, no date
    (``Productivity``, ``Local News``).
    """
    return (
        not used
        and info.kind == "short"
        and 0 < info.shape.words <= MAX_CATEGORY_WORDS
        and not info.shape.sentence_end
        and not _holds_date(info.line)
    )


def _names_copyright_holder(infos: Sequence[LineInfo], name: str) -> bool:
    """Whether a copyright line of the page names ``name``: the site's, no writer's.

    A portal sets its own name beside the date where others set the writer's
    (``Kabar Daerah - 22/01/2025``), and names itself again in the footer
    (``Copyright 2008 - 2025 Kabar Daerah. All Rights Reserved.``).
    """
    folded = caseless(name)
    return any(info.rule == "copyright" and folded in caseless(info.line.text) for info in infos)


def _is_vietnamese_foot_name(infos: Sequence[LineInfo], i: int, last: int) -> bool:
    """Whether line ``i``, under the story's last line ``last``, is a Vietnamese name alone.

    A person's name by its family name (:func:`reads_as_vietnamese_name`: ``Nguyễn Văn
    An``; not ``Hồ Chí Minh``, the city) under a line in Vietnamese
    (:func:`~newsparse.extract.bylines.writes_vietnamese`; ``Mai Tai Night`` under an
    English story is no name) that closes no quotation, with the text's end or furniture
    under it.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Giá vé được giữ nguyên như các tuyến xe buýt thường.\\nNguyễn Văn An\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _is_vietnamese_foot_name(infos, 1, 0)
        True
    """
    info = infos[i]
    if (
        info.kind != "short"
        or not reads_as_vietnamese_name(info.line.text)
        or not writes_vietnamese(infos[last].line.text)
        or infos[last].line.text.endswith(_QUOTE_CLOSERS)
    ):
        return False
    return i + 1 == len(infos) or infos[i + 1].rule is not None


def _share_bar_under(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether a share bar stands right under line ``i``.

    Its first line is a share button (``Paylaş``, ``Teilen``), or a label of at most
    :data:`MAX_SHARE_LABEL_WORDS` words over one (``Share`` / ``Facebook``, ``Chia
    sẻ`` / ``Facebook``).
    """
    if i + 1 < len(infos) and infos[i + 1].rule == "share":
        return True
    label = infos[i + 1] if i + 1 < len(infos) else None
    return (
        label is not None
        and i + 2 < len(infos)
        and (label.kind == "short" or label.rule == "label")
        and 0 < label.shape.words <= MAX_SHARE_LABEL_WORDS
        and not label.shape.sentence_end
        and infos[i + 2].rule == "share"
    )


def _under_headline_past_furniture(
    infos: Sequence[LineInfo], i: int, headline: Span, start: int
) -> bool:
    """Whether line ``i`` stands under the headline, or a standfirst under it, past furniture.

    One to :data:`MAX_FURNITURE_OVER_NAMES` lines of page furniture part them; the
    standfirst is a line of more than :data:`MIN_TITLE_WORDS` words.
    """
    k = i - 1
    while k >= start - 1 and k >= i - MAX_FURNITURE_OVER_NAMES and infos[k].rule is not None:
        k -= 1
    if k == i - 1 or k < 0 or infos[k].rule is not None:
        return False

    def holds(j: int) -> bool:
        return j >= 0 and infos[j].line.start <= headline.start < infos[j].line.end

    return holds(k) or (holds(k - 1) and infos[k].shape.words > MIN_TITLE_WORDS)


def _is_label_line(info: LineInfo) -> bool:
    """Whether a line is a label alone, a colon closing it (``From:``, ``Location:``)."""
    text = info.line.text
    return text[-1:] in ":\uff1a" and 0 < info.shape.words <= MAX_LABEL_WORDS


def _over_author_row(infos: Sequence[LineInfo], used: Sequence[bool], top: int, floor: int) -> int:
    """The writer's names atop a row of buttons and labels ending at ``top``, else ``top``.

    Blog platforms set a row between the writer's names and the date: dots that part
    its items, the button to follow the writer, the publication the post is in under
    its label, the reading time (``Jane Doe`` / ``\u00b7`` / ``Follow`` / ``Published
    in`` / ``Field Notes`` / ``\u00b7`` / ``4 min read`` / ``\u00b7`` / date). The
    names, not the row's last item, then stand right over the date, and the headline
    over them.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "Tiny beetle steers by the light of the moon\\nJane Doe\\n\\u00b7\\nFollow\\n"
        ...     "Published in\\nField Notes\\n\\u00b7\\n4 min read\\n\\u00b7\\n"
        ... )
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _over_author_row(infos, [False] * len(infos), 8, 0)
        1
    """
    k = top
    while k > floor and not used[k]:
        text = caseless(infos[k].line.text)
        if infos[k].rule in _AUTHOR_ROW_RULES or text in _FOLLOW_BUTTONS:
            k -= 1
        elif not used[k - 1] and caseless(infos[k - 1].line.text) in _PUBLISHED_IN_LABELS:
            k -= 2
        else:
            break
    if k < top and k >= floor and not used[k] and _names_alone(infos[k]):
        return k
    return top


def _long_headline_shaped(info: LineInfo) -> bool:
    """Whether a line is shaped as a long headline.

    No full stop, :data:`MIN_STANDFIRST_WORDS` to :data:`MAX_LONG_HEADLINE_WORDS` words,
    no furniture, no date line.
    """
    return (
        info.rule is None
        and info.kind in ("short", "prose")
        and not info.shape.sentence_end
        and MIN_STANDFIRST_WORDS <= info.shape.words <= MAX_LONG_HEADLINE_WORDS
        and not _is_header_line(info.line)
    )


def _long_h1_over_deck(
    infos: Sequence[LineInfo], used: Sequence[bool], deck: int, floor: int, first: int
) -> bool:
    """Whether the line over ``deck`` is a long headline and ``deck`` its standfirst.

    Two lines shaped as headlines right over the byline, with no full stop, both
    long (:func:`_long_headline_shaped`; a kicker or a site's tagline over a headline
    is shorter, or tells of nothing in the story), both telling of the story
    (:func:`_tells_of_story`, the upper by the body's lead): the upper
    is the headline, the lower its standfirst (``The Quillon Fold 3 has the best hinge
    I've used and the worst battery`` / ``A lovely, frustrating phone that lasts until
    about teatime`` / ``by Jane Doe``). A third such line over them would make them
    a list of other stories' headlines: none is taken so.
    """
    upper = deck - 1
    if upper < floor or used[upper] or used[deck] or infos[deck].repeated:
        return False
    if not (_long_headline_shaped(infos[upper]) and _long_headline_shaped(infos[deck])):
        return False
    if upper - 1 >= 0 and not used[upper - 1] and _long_headline_shaped(infos[upper - 1]):
        return False
    # A line repeating the other (a title with the site's name over the <h1>) is no
    # standfirst.
    upper_text, deck_text = infos[upper].line.text, infos[deck].line.text
    if deck_text in upper_text or upper_text in deck_text:
        return False
    # Both tell of the story: a tagline or a banner over the headline tells of none.
    return _tells_of_story(infos, upper, "", first) and _tells_of_story(
        infos, deck, infos[upper].line.text, first
    )


def _h1_over_deck(infos: Sequence[LineInfo], used: Sequence[bool], deck: int, first: int) -> bool:
    """Whether the line over ``deck``, a line shaped as a headline, is the ``<h1>``.

    It reads as one (:func:`_reads_as_h1`: shaped as a headline, half its topic words
    or more in the lead of the body at ``first``), and ``deck`` is no line the page
    repeats and tells of the story too (:func:`_tells_of_story`; a carousel's last
    title over the headline tells of other things): ``Haddon Vale appoint former
    captain as head coach`` over ``The 41-year-old has signed a three-year deal``, over
    the byline.
    """
    above = deck - 1
    if above < 0 or used[above] or infos[above].rule is not None or infos[deck].repeated:
        return False
    told = set().union(
        *(_topic_words(info.line.text) for info in infos[first : first + LEAD_LINES])
    )
    return _reads_as_h1(infos[above], told) and _tells_of_story(
        infos, deck, infos[above].line.text, first
    )


def _names_an_agency(text: str) -> bool:
    """Whether ``text`` closes with a news agency's name after a comma.

    Examples:
        >>> _names_an_agency("Jo Roe and Sam Poe, Reuters"), _names_an_agency("Jo Roe, Kent")
        (True, False)
    """
    head, comma, tail = text.rpartition(", ")
    return bool(comma) and bool(head) and canonical_agency(tail) is not None


def _headline_under_date(
    infos: Sequence[LineInfo], used: Sequence[bool], date: int, first: int
) -> list[int]:
    """The headline under the date line at ``date``, over the body at ``first``: ``[i]``.

    With nothing over it that reads as a headline, the date may stand over the
    headline with the section's name (``HEALTH | January 3, 2024`` / headline / names /
    body). The headline is the first line under it, past furniture, that reads as one
    (:func:`_reads_as_headline`, or prose of up to :data:`MAX_LONG_HEADLINE_WORDS`
    words with no stop), and only the writer's names and furniture may stand between
    it and the body. Returns ``[]`` when there is none.
    """
    i = date + 1
    while i < first and infos[i].rule is not None:
        i += 1
    if i >= first or used[i]:
        return []
    info = infos[i]
    if not (
        _reads_as_headline(infos, i, date + 1)
        or (
            info.rule is None
            and info.kind == "prose"
            and not info.shape.sentence_end
            and info.shape.words <= MAX_LONG_HEADLINE_WORDS
        )
    ) or _names_alone(info):
        return []
    between = range(i + 1, first)
    if all(infos[k].rule is not None or _names_alone(infos[k]) for k in between):
        return [i]
    return []


def _long_headline_over(
    infos: Sequence[LineInfo], used: Sequence[bool], top: int, floor: int, first: int
) -> int:
    """A headline long enough to read as prose, over the byline and date; its index or -1.

    ``top`` is the line right over the page's byline and date lines. It, or the line
    over it when it is a standfirst (a sentence of :data:`MIN_STANDFIRST_WORDS` words
    or more), is the headline when it reads as one however long (no full stop,
    :data:`MIN_TITLE_WORDS` to :data:`MAX_LONG_HEADLINE_WORDS` words, no role, no
    furniture), and the line over it does not (:func:`_reads_as_headline`): a short
    line farther up, past the menu's entries, is the site's masthead
    (``Il Corriere di Valle``), while a headline right over the line makes that line
    an unpunctuated standfirst.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "The Valley Courier\\nNews\\nSport\\n"
        ...     "Harbour wall near the old ferry slip will be rebuilt before the winter\\n"
        ...     "The council voted on Tuesday to fund the work in full.\\n"
        ...     "By Jane Marlowe\\n"
        ... )
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _long_headline_over(infos, [False] * len(infos), 4, 0, len(infos))
        3
    """
    near = top
    if near < floor or used[near]:
        return -1
    info = infos[near]
    if _long_h1_over_deck(infos, used, near, floor, first):
        return near - 1
    if (
        info.rule is None
        and info.kind in ("short", "prose")
        and info.shape.sentence_end
        and info.shape.words >= MIN_STANDFIRST_WORDS
    ):
        near -= 1
        if near < floor or used[near]:
            return -1
        info = infos[near]
    if (
        info.rule is None
        and info.kind == "prose"
        and not info.shape.sentence_end
        and MIN_TITLE_WORDS <= info.shape.words <= MAX_LONG_HEADLINE_WORDS
        and not _is_header_line(info.line)
        and not is_role_line(info.line.text)
        # A headline right over it makes it a standfirst; a tagline over it (telling
        # of nothing in the story) does not.
        and not (
            _reads_as_headline(infos, near - 1, floor)
            and _tells_of_story(infos, near - 1, "", first)
        )
    ):
        return near
    return -1


def _stamp_over(infos: Sequence[LineInfo], i: int, start: int) -> bool:
    """Whether a date stands over line ``i``, perhaps with page furniture between.

    At most two furniture lines (``Share``, ``Save``) part them.
    """
    k = i - 1
    while k >= start and k >= i - 3 and infos[k].rule is not None:
        k -= 1
    return k >= start and _is_stamp_beside(infos[k].line)


def _follow_button_under(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether the button to follow a writer stands under line ``i``'s names.

    Lines with no words between them (a dot, a bar: ``Jane Doe`` / ``\u00b7`` /
    ``Follow``, as Medium sets its author row) are passed over.
    """
    k = i + 1
    while k < len(infos) and k <= i + 2 and infos[k].rule == "no-text":
        k += 1
    return k < len(infos) and caseless(infos[k].line.text) in _FOLLOW_BUTTONS


def _between_names_and_date(b: Builder, info: LineInfo) -> bool:
    """Whether ``info``'s line may stand between a writer's names and the date under them.

    A reading time (``4 min read``), a line with no words (``-``), a date's label alone
    (``UPDATED``, ``Published``), a link to the writer's other stories (``More from
    Jane Doe``), the writer's e-mail address alone (``jdoe@herald.com``), or a place in
    capitals, as the Hindu sets the writer's town (``RANIPUR``).
    """
    text = info.line.text
    return (
        # A dash or a dot alone (``no-text``) parts them too (``JANE DOE`` / ``-`` / date).
        info.rule in {"reading-time", "no-text"}
        # The writer's e-mail address under the role (``Staff Writer`` /
        # ``jdoe@herald.com``).
        or ("@" in text and _regex.fullmatch(_EMAIL_RE, text) is not None)
        or b.is_label_alone(info.line)
        or caseless(text).startswith(_MORE_FROM)
        or (
            text.isupper()
            and len(text.split()) <= MAX_PLACE_WORDS
            and all(w.isalpha() for w in text.replace("-", " ").split())
        )
    )


def _is_place_under_names(info: LineInfo) -> bool:
    """Whether ``info``'s line, right under a writer's names, may be her town.

    Spanish and Portuguese pages set where the writer filed from, or where the match
    was played, between the names and the date (``Jane Doe`` / ``Serra Clara`` /
    date): at most :data:`MAX_PLACE_WORDS` words of letters, each opening with a
    capital, none a page's label (``Video``, ``Live``). Only right under the names:
    under a writer's handle such a line is the next writer's name (``Jane Doe`` /
    ``@janedoe`` / ``Sam Roe``).
    """
    words = info.line.text.replace("-", " ").split()
    return (
        info.rule is None
        and 0 < len(words) <= MAX_PLACE_WORDS
        and all(w.isalpha() and w[:1].isupper() for w in words)
        and not any(caseless(w) in _PAGE_WORDS for w in words)
    )


def _drop_box_over_note(
    infos: Sequence[LineInfo], used: list[bool], blocks: list[list[int]], note: int
) -> list[list[int]]:
    """Drop the short lines kept right above a note about the author that was dropped.

    Short lines between two paragraphs are kept as the story's (a subheading, a list);
    when the lower paragraph was the note about the author, the article ended above
    them, and they are a box of the page's set between (``Latest results`` over other
    games' scores): plain short lines, no sentence, no row of a table nor item of a
    list (:func:`_is_list_or_row`) nor fact under its label (``Rating: 4/5``,
    :func:`_is_field_line`), and not a list the paragraph above announces with a
    colon. Their lines are the page's again (``used`` cleared). ``note`` is the note's
    first line.
    """
    k = len(blocks)
    while (
        k > 1
        and blocks[k - 1] == [note - (len(blocks) - k) - 1]
        and infos[blocks[k - 1][0]].kind == "short"
        and infos[blocks[k - 1][0]].rule is None
        and not infos[blocks[k - 1][0]].shape.sentence_end
        and not _is_list_or_row(infos[blocks[k - 1][0]])
        and not _is_field_line(infos[blocks[k - 1][0]])
    ):
        k -= 1
    if k == len(blocks) or infos[blocks[k - 1][-1]].line.text.endswith(":"):
        return blocks
    for block in blocks[k:]:
        for i in block:
            used[i] = False
    return blocks[:k]


def _site_before_names(text: str, title: str) -> int:
    """Where the names start in ``text`` after the site's name glued before them, or 0.

    The site's name as the title gives it (:func:`_names_site`), one to four words,
    opens the line and two words or more follow (``Ouest Matin Claire Vasseur.``).

    Examples:
        >>> _site_before_names("Ouest Matin Claire Vasseur.", "Ouest Matin")
        12
        >>> _site_before_names("Claire Vasseur", "Ouest Matin")
        0
    """
    words = text.split(" ")
    for k in range(1, min(MAX_GLUED_SITE_WORDS, len(words) - 2) + 1):
        head = " ".join(words[:k])
        if _names_site(head, title):
            return len(head) + 1
    return 0


#: Lines under the date looked at for the writer who signs the story there.
WRITER_UNDER_DATE_REACH = 2
# Where ``By`` opens the names beside a date: ``August 14, 2023 | By Jane Doe``.
_BY_BESIDE = ("| By ", "\u00b7 By ", "- By ", "\u2014 By ", "\u2013 By ")


def _writer_near_date(b: Builder, infos: Sequence[LineInfo], date_at: int) -> bool:
    """Whether a writer signs the story beside the date or just under it.

    ``By`` and names on the date's line or on one of the
    :data:`WRITER_UNDER_DATE_REACH` lines under it, or a line of names right under it
    (``Updated: 14 Aug 2023`` / ``Jane Doe``). An agency's name alone over the date
    then credits a photo (``Reuters`` / ``August 14, 2023`` / ``By Jane Doe``), not
    the story.

    Examples:
        >>> from newsparse.model import ParseOptions
        >>> from newsparse.extract.classify import classify_lines
        >>> t = "Reuters\\nAugust 14, 2023\\nBy Jane Doe\\nThe march began at noon, police said."
        >>> infos = classify_lines(t, split_lines(t))
        >>> b = Builder(text=t, options=ParseOptions(), rule_prefix="webpage")
        >>> _writer_near_date(b, infos, 1)
        True
        >>> t = "Reuters\\nAugust 14, 2023\\nThe march began at noon, police said."
        >>> infos = classify_lines(t, split_lines(t))
        >>> _writer_near_date(Builder(text=t, options=ParseOptions(), rule_prefix="w"), infos, 1)
        False
    """
    text = b.text
    for k in range(date_at, min(len(infos), date_at + WRITER_UNDER_DATE_REACH + 1)):
        line = infos[k].line
        if len(line.text) > MAX_HEADER_LINE:
            break
        if k == date_at:
            if any(by in line.text for by in _BY_BESIDE):
                return True
            continue
        found = read_byline(text, line.start, line.end)
        if found is not None and found.byline.authors:
            return True
        if k == date_at + 1 and infos[k].kind == "short":
            bare = read_byline(text, line.start, line.end, require_prefix=False)
            if bare is not None and bare.byline.authors and reads_as_names(bare):
                return True
    return False


def _take_agency_over_date(b: Builder, infos: Sequence[LineInfo], i: int, over_date: bool) -> bool:
    """An agency's name alone right over the date line: the byline's organisation.

    Papers that run agency copy sign it so (``The Associated Press`` / ``July 19,
    2024``, ``Reuters`` / date), as a portal sets the agency beside the date (``ANI |
    Updated: ...``). Not when a writer signs the story by the date
    (:func:`_writer_near_date`): the agency's name then credits a photo.
    """
    if not over_date or b.byline is not None:
        return False
    line = infos[i].line
    agency = canonical_agency(line.text)
    if agency is None or _writer_near_date(b, infos, i + 1):
        return False
    _file_agency_byline(b, line, agency)
    return True


def _file_agency_byline(b: Builder, line: Line, agency: str) -> None:
    """File ``line``, an agency's name alone, as the byline: ``agency`` its organisation."""
    b.file_byline(
        BylineMatch(
            byline=Byline(organization=agency, text=line.text), span=line.span, author_spans=()
        )
    )


# A video player's label in capitals: ``UP NEXT``, ``UP NEXT:``.
_UP_NEXT_CAPS = frozenset(("UP NEXT", "UP NEXT:"))
# A team's next game as AP lists it under ``UP NEXT`` at the end of a game story: the
# team, a colon and the game (``Rovers: At Castle United on Saturday.``, ``Tigers: RHP
# Jack Flaherty starts Tuesday.``).
_NEXT_GAME_RE = regex.compile(r"\p{Lu}[^\n:]{0,40}:\x20\p{Lu}[^\n]{0,200}")


#: The fewest words of a lead-in that announces the story's own table under its last
#: paragraph (``The final standings after 36 races:``); a widget's label has one or two
#: (``Markets:``, ``League table``).
MIN_TABLE_LEAD_WORDS = 3
#: The fewest rows of such a table, and the most note lines under it (``Source: ...``,
#: ``* After the final race.``).
MIN_TABLE_ROWS = 3
MAX_TABLE_NOTES = 2
#: The fewest words the story's last paragraphs and such a table share (``Tess``,
#: ``Rook``, ``race``): a widget's may share one by chance (``forecast``).
MIN_TABLE_SHARED_WORDS = 2
# The label of a table's note on where its figures come from.
_TABLE_NOTE_LABELS = frozenset(("source", "sources", "note", "notes", "data"))


def _is_table_note(info: LineInfo) -> bool:
    """Whether a short plain line under a table is its note: ``Source: Series officials``.

    A note opens with ``*`` (a footnote to a row) or with a source's or a note's
    label and a colon.
    """
    text = info.line.text
    if info.rule is not None or info.repeated:
        return False
    if text.startswith("*"):
        return True
    label, colon, rest = text.partition(":")
    if info.kind != "short":
        return False
    return bool(colon) and bool(rest.strip()) and caseless(label.strip()) in _TABLE_NOTE_LABELS


def _table_notes(infos: Sequence[LineInfo], used: Sequence[bool], start: int) -> int:
    """Where the notes under a table that ends at line ``start`` end (``start`` if none).

    At most :data:`MAX_TABLE_NOTES` notes (:func:`_is_table_note`), and the page's
    furniture, a paragraph or the end of the text right under them.
    """
    n = len(infos)
    k = start
    while k < n and k - start < MAX_TABLE_NOTES and not used[k] and _is_table_note(infos[k]):
        k += 1
    if k < n and not used[k] and infos[k].rule is None and infos[k].kind != "prose":
        return start
    return k


#: The longest word of a table's header that opens in lower case (``pts``, ``min.``).
MAX_HEADER_ABBREVIATION = 4


def _is_column_header(info: LineInfo) -> bool:
    """Whether a short plain line is a table's header: ``Pos. Driver Points Wins Poles``.

    :data:`MIN_TABLE_LEAD_WORDS` words or more, each opening with a capital or no
    longer than :data:`MAX_HEADER_ABBREVIATION` letters, no figure, no date, no
    sentence's end.
    """
    text = info.line.text
    words = text.split()
    return (
        info.kind == "short"
        and info.rule is None
        and not info.repeated
        and not info.shape.sentence_end
        and len(words) >= MIN_TABLE_LEAD_WORDS
        and not holds_any(text, "0123456789")
        and all(w[:1].isupper() or len(w) <= MAX_HEADER_ABBREVIATION for w in words)
    )


def _table_under_lead_in(infos: Sequence[LineInfo], used: Sequence[bool], start: int) -> int:
    """Where the table that a lead-in at line ``start`` announces ends (``start`` if none).

    Right under the story's last paragraph, a line of :data:`MIN_TABLE_LEAD_WORDS`
    words or more ending with a colon (``The final standings after 36 races:``), no
    box's label, may announce the story's own table: at most one header of column
    labels (``Pos. Driver Points Wins``), then :data:`MIN_TABLE_ROWS` rows or more
    (:func:`~newsparse.formats._page.lists._is_list_or_row`: ``1 Jo Roe 5040 5 1``),
    then at most :data:`MAX_TABLE_NOTES` notes (:func:`_is_table_note`). The writer
    sets such a table, as a widget beside every story is not (a label with no colon,
    ``League table``, or one word, ``Markets:``); it is the story's when the page's
    furniture stands under it, a paragraph, or the text ends there: a plain short line
    more and the lines may be a box of the site's. With no lead-in, the header right
    under the paragraph (:func:`_is_column_header`) and the rows are the story's when a
    note closes them (``Source: Coastal League``): a widget gives none.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "Jo Roe took the title in the last race of the year, by five points.\\n"
        ...     "The final standings after the last race:\\nPos. Driver Points\\n"
        ...     "1 Jo Roe 5040\\n2 Al Ames 5035\\n3 Bo Tell 5033\\nSource: Officials\\n"
        ...     "Privacy Policy\\n"
        ... )
        >>> used = [True] + [False] * 7
        >>> _table_under_lead_in(list(classify_lines(text, split_lines(text))), used, 1)
        7
        >>> text = text.replace("The final standings after the last race:", "Standings:")
        >>> _table_under_lead_in(list(classify_lines(text, split_lines(text))), used, 1)
        1

        A widget's table under a lead-in names one of the story's words at most:

        >>> text = text.replace("Standings:", "Your forecast for the week ahead:").replace(
        ...     "Jo Roe took", "The firm cut its forecast for the year, and Jo Roe took")
        >>> text = text.replace("Jo Roe 5040", "Mon 12 18").replace("Pos. Driver Points", "Day")
        >>> _table_under_lead_in(list(classify_lines(text, split_lines(text))), used, 1)
        1
    """
    n = len(infos)
    if start + 1 >= n or used[start]:
        return start
    lead = infos[start]
    text = lead.line.text
    if _is_column_header(lead):
        # No lead-in over the header: the table's note under it says the writer set it.
        rows = start + 1
        k = rows
        while k < n and not used[k] and not infos[k].repeated and _is_list_or_row(infos[k]):
            k += 1
        notes = _table_notes(infos, used, k)
        if k - rows < MIN_TABLE_ROWS or notes == k or not _table_tells_of(infos, start, k):
            return start
        return notes
    if (
        lead.rule is not None
        or not text.endswith(":")
        or lead.shape.words < MIN_TABLE_LEAD_WORDS
        or _is_related_label(text)
        or _is_header_line(lead.line)
    ):
        return start
    k = start + 1
    head = infos[k]
    if (
        not used[k]
        and head.kind == "short"
        and head.rule is None
        and not head.shape.sentence_end
        and not _is_list_or_row(head)
        and not _holds_date(head.line)
    ):
        k += 1  # the header of column labels
    rows = k
    while k < n and not used[k] and not infos[k].repeated and _is_list_or_row(infos[k]):
        k += 1
    if k - rows < MIN_TABLE_ROWS:
        return start
    notes = _table_notes(infos, used, k)
    if notes == k and k < n and not used[k] and infos[k].rule is None and infos[k].kind != "prose":
        return start
    if not _table_tells_of(infos, start, k):
        return start
    return notes


def _table_tells_of(infos: Sequence[LineInfo], start: int, end: int) -> bool:
    """Whether the table at lines ``start`` to ``end`` tells of the story over it.

    Its lead-in or header and its rows share :data:`MIN_TABLE_SHARED_WORDS` topic words
    or more with the story's last paragraphs (``Tess Rook``, ``race``).

    A widget beside every story (``Markets at the close of trading today:`` / ``FTSE
    100 8,120.4 0.4%``, a week's forecast, fuel prices over ``Source: Fuel Watch``)
    names one of its words at most, by chance.
    """
    told: set[str] = set()
    for i in range(max(0, start - 1 - MAX_TAIL_GAP), start):
        if infos[i].kind == "prose":
            told |= _topic_words(infos[i].line.text)
    named: set[str] = set()
    for i in range(start, end):
        named |= _topic_words(infos[i].line.text)
    return len((named - _STOPWORDS) & told) >= MIN_TABLE_SHARED_WORDS


# A quantity in a recipe's or a meal plan's measures: a figure or a fraction, then a
# cook's unit (``2 cups``, ``1 tsp.``, ``4 oz.``, ``500 g``, ``½ cup``). A letter alone
# (``g``, ``l``) is a unit only after a space, so ``5G`` is none.
_QUANTITY_RE = regex.compile(
    r"(?<![\w.,/])(?:\d{1,4}+(?:[.,/]\d{1,3}+)?+|[\u00bc-\u00be\u2150-\u215e])"
    r"(?:[\u00bc-\u00be\u2150-\u215e])?"
    r"(?:\x20?(?:cups?|tsps?|tbsps?|teaspoons?|tablespoons?|oz|ounces?|grams?|kg|ml|lbs?"
    r"|pounds?|pinch(?:es)?|cloves?|slices?|scoops?|cans?|tins?)"
    r"|\x20(?:g|l))\b",
    regex.IGNORECASE,
)
# A price: a currency's sign and a figure (``$24.99``, ``\u00a319``).
_PRICE_RE = regex.compile(r"[$\u00a3\u20ac\u00a5\u20b9]\x20?\d")
#: The fewest lines with a quantity (:data:`_QUANTITY_RE`) in the recipe or the meal
#: plan that closes a story, and the most lines between two of them, or between the
#: story's last paragraph and the first, or past the last one before the page's
#: furniture (a heading, a time to eat it, a tip).
MIN_QUANTITY_LINES = 3
MAX_QUANTITY_GAP = 12
MAX_AFTER_QUANTITY = 3
#: The most lines such a recipe or plan may take.
MAX_RECIPE_LINES = 400


def _measures_food(text: str) -> bool:
    """Whether ``text`` gives a cook's quantity of something: the food named after it.

    A recipe's or a plan's line names the amount, then what to take (``225 g butter``,
    ``Rice bowls (2 cups rice, 4 oz. chicken)``); a shop's grid closes a product's name
    with its size (``Rolled oats 500 g``, ``Cake tin, 2 lbs``), nothing after it.

    Examples:
        >>> [_measures_food(t) for t in ("225 g butter", "1 tsp. cumin", "Rolled oats 500 g")]
        [True, True, False]
    """
    return any(
        text[m.end() :].lstrip(" .")[:1].isalpha() for m in _regex.finditer(_QUANTITY_RE, text)
    )


def _recipe_under(infos: Sequence[LineInfo], used: Sequence[bool], start: int) -> int:
    """Where the recipe or the meal plan under the story's last paragraph ends.

    A food story may go on past its prose with its recipes or its plan for the week:
    headings (``Meal Plan for Week One``, ``Breakfast``), times to eat (``Eat every 3
    hours``), ingredients and portions (``2 cups rice, 1 tsp. salt``), steps and tips
    (``Tip: ...``), section after section, down to the page's furniture. Such a
    stretch is the story's when it runs from line ``start`` to a line of the furniture
    table (``Related Articles``, ``Share``, the footer) or the end of the text, its
    lines plain (short or prose, no byline or date line, no handle, no price: a shop's
    grid is none), at most :data:`MAX_RECIPE_LINES`, and it holds
    :data:`MIN_QUANTITY_LINES` lines with a cook's quantity of a food (:func:`_measures_food`)
    or more, the first within :data:`MAX_QUANTITY_GAP` lines of ``start``, each within
    as many of the one before, and the last within :data:`MAX_AFTER_QUANTITY` lines of
    the furniture: a list of teasers under a recipe (``Five easy soups``) parts them.
    A line of the stretch tells what to do (a method's step or a tip, a line that
    ends like a sentence: ``Simmer for 25 minutes.``): a site's recipe card
    (``Recipe of the day`` / ``Iced coffee`` / ``2 cups cold brew coffee`` ...) lists
    the ingredients alone. And it tells of what the story's last paragraphs do (a topic word shared:
    :func:`~newsparse.formats._page.body._tail_tells_of`): a shop's grid of sizes or a
    food widget under a story of something else is none.
    Returns ``start`` if there is no such stretch.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "Our plan for the week keeps to oats, bread, chicken and rice, and costs little.\\n"
        ...     "Breakfast\\n1/2 cup oats, 1 cup milk\\nLunch\\n2 slices bread, 1 tbsp. butter\\n"
        ...     "Dinner\\n4 oz. chicken, 1 cup rice\\nTip: Cook the rice ahead.\\nPrivacy Policy\\n"
        ... )
        >>> _recipe_under(list(classify_lines(text, split_lines(text))), [True] + [False] * 8, 1)
        8
        >>> text = text.replace("1 cup rice", "1 cup rice ($3.99)")
        >>> _recipe_under(list(classify_lines(text, split_lines(text))), [True] + [False] * 8, 1)
        1
    """
    n = len(infos)
    last_quantity = start - 1
    quantities = 0
    told = False  # a step or a tip: a line that ends like a sentence
    k = start
    while k < n and infos[k].rule is None and not used[k]:
        info = infos[k]
        text = info.line.text
        if (
            k - start >= MAX_RECIPE_LINES
            or info.kind not in ("short", "prose")
            or "@" in text
            or _is_header_line(info.line)
            or _regex.search(_PRICE_RE, text) is not None
        ):
            return start
        told = told or info.shape.sentence_end
        if _measures_food(text):
            quantities += 1
            last_quantity = k
        elif k - last_quantity > MAX_QUANTITY_GAP:
            return start
        k += 1
    if (
        quantities < MIN_QUANTITY_LINES
        or not told
        or k - last_quantity > MAX_AFTER_QUANTITY + 1
        or not _tail_tells_of(infos, start - 1, start, k - 1)
    ):
        return start
    return k


#: How many lines (a box's label and a headline: ``Explore further``) may stand between
#: the story's last paragraph and a press release's closing reference.
MAX_REFERENCE_REACH = 3
#: The most words of the provider a press release's closing line names.
MAX_PROVIDER_WORDS = 8
_MORE_INFORMATION = "More information:"
_JOURNAL_INFORMATION = "Journal information:"
_PROVIDED_BY = "Provided by"
# What a study's reference gives: its ``DOI``, its ``arXiv`` number or its year in
# brackets (``Insect Flight (2024)``); a local notice's ``More information: call the
# library on 01632 960123`` or ``... (consultation closes 30 June 2024)`` gives none.
_CITATION_RE = regex.compile(r"\b(?:DOI|arXiv)\b|\((?:1[89]|20)\d{2}[),]", regex.IGNORECASE)


def _labelled_block(
    infos: Sequence[LineInfo], used: Sequence[bool], i: int, label: str
) -> list[int] | None:
    """The line ``i`` that opens with ``label`` and what it says, perhaps on the next line.

    ``More information: <citation>`` on one line, or ``More information:`` alone over
    the citation (a plain line, no furniture); ``None`` if line ``i`` is neither.
    """
    if i >= len(infos) or used[i] or infos[i].rule is not None:
        return None
    text = infos[i].line.text
    if not text.startswith(label):
        return None
    if text == label:
        k = i + 1
        if k >= len(infos) or used[k] or infos[k].rule is not None or not infos[k].line.text:
            return None
        return [i, k]
    return [i] if text[len(label)] == " " else None


def _press_release_foot(
    infos: Sequence[LineInfo], used: Sequence[bool], start: int
) -> list[list[int]]:
    """The closing reference and provider of a syndicated press release, under the story.

    A science news site that carries a press release closes it with the study it
    reports (``More information: A. Roe et al, Title, Journal (2024). DOI: ...``), maybe
    the journal's name (``Journal information: ...``), and who provided the text
    (``Provided by Northfield University``), each label on the line of its text or over
    it. They are the story's: the reference names the work the story is about, and the
    provider line, as the syndication sets it, says whose text it is (the site's own
    citation and copyright lines under them are the page's). Both must stand, the
    reference first, within :data:`MAX_REFERENCE_REACH` lines of ``start`` (past a box
    of one related headline, ``Explore further``), the provider's name of at most
    :data:`MAX_PROVIDER_WORDS` words; a sponsor's ``Provided by`` alone is none, and so
    is a reference that gives no DOI, no arXiv number and no year in brackets
    (:data:`_CITATION_RE`: a council's ``More information: call 01632 960123`` /
    ``Provided by Ferncliff Council``). The provider is read under the reference when
    the body took the reference as its last paragraph.
    Returns the blocks of lines, one a paragraph, or none.
    """
    taken = start - 1
    if (
        taken >= 0
        and used[taken]
        and infos[taken].line.text.startswith(_MORE_INFORMATION + " ")
        and _regex.search(_CITATION_RE, infos[taken].line.text) is not None
    ):
        # The body took the reference as its last paragraph: the provider under it.
        return _provider_under(infos, used, start, [])
    for i in range(start, min(len(infos), start + MAX_REFERENCE_REACH + 1)):
        if infos[i].kind == "prose" and not infos[i].line.text.startswith(_MORE_INFORMATION):
            return []
        reference = _labelled_block(infos, used, i, _MORE_INFORMATION)
        if reference is None:
            continue
        if _regex.search(_CITATION_RE, infos[reference[-1]].line.text) is None:
            return []  # no study's reference: a notice's contact line
        return _provider_under(infos, used, reference[-1] + 1, [reference])
    return []


def _provider_under(
    infos: Sequence[LineInfo], used: Sequence[bool], k: int, blocks: list[list[int]]
) -> list[list[int]]:
    """``blocks`` and the journal's and the provider's lines from line ``k``, or none.

    Perhaps ``Journal information: ...``, then ``Provided by ...`` (its name of at most
    :data:`MAX_PROVIDER_WORDS` words), each label on its text's line or over it.
    """
    journal = _labelled_block(infos, used, k, _JOURNAL_INFORMATION)
    if journal is not None:
        blocks = [*blocks, journal]
        k = journal[-1] + 1
    provider = _labelled_block(infos, used, k, _PROVIDED_BY)
    if provider is None:
        return []
    name = infos[provider[-1]].line.text
    if len(provider) == 1:
        name = name[len(_PROVIDED_BY) :]
    if not 0 < len(name.split()) <= MAX_PROVIDER_WORDS:
        return []
    return [*blocks, provider]


# The facts of an event's box under an arts story: a street address (``12 Quay Street``),
# an hour (``10am``, ``5.30 p.m.``), how long it runs (``Until June 30``, ``Through
# March 3``) or what entry costs (``Admission free``, ``Tickets: ...``). Matched at a
# line's start (``\G``) but for the address and the hour, searched in the line.
_EVENT_ADDRESS_RE = regex.compile(
    r"(?<![\w.,])\d{1,5}+[A-Za-z]?\x20(?:\p{Lu}[\p{Ll}'\u2019]{1,20}+\x20){1,3}"
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Square|Place|Boulevard|Blvd\.?|Way"
    r"|Drive|Quay|Row|Terrace|Parade|Crescent|Court)\b"
)
_EVENT_HOUR_RE = regex.compile(
    r"(?<![\w.:])\d{1,2}+(?:[.:]\d{2})?+\x20?(?:am|pm|a\.m\.|p\.m\.)(?!\w)", regex.IGNORECASE
)
_EVENT_RUN_RE = regex.compile(
    r"\G(?:(?:Runs|Continues|On|Open|Showing)\x20)?(?:until|through|thru|till)\x20\S",
    regex.IGNORECASE,
)
_EVENT_ENTRY_RE = regex.compile(
    r"\G(?:Admission|Entry|Entrance|Tickets?|Free\x20(?:entry|admission))\b", regex.IGNORECASE
)
# A sentence that tells how long a show runs: ``Hamlet runs at the Quayside through June
# 15.``, ``The show is on view until May 3.``
# A fixture between two sides (``Dunmore v Portmere``, ``Hawks vs. Kings``): a sport
# page's box of the next match, with its ground and kick-off, is no show's facts.
_FIXTURE_RE = regex.compile(r"\p{Lu}[\w.'\u2019-]{0,40}+\x20(?:v|vs)\.?\x20\p{Lu}")
_SHOW_RUNS_RE = regex.compile(
    r"\b(?:runs|continues|plays|is\x20on\x20(?:show|view)|remains\x20on\x20view)\b"
    r"[^\n.]{0,80}?\b(?:until|through|till)\x20\S",
    regex.IGNORECASE,
)
#: The fewest and the most lines of an event's box closing a story, and the fewest
#: kinds of its facts (an address, hours, a run, an entry price) it must give.
MIN_EVENT_LINES = 2
MAX_EVENT_LINES = 8
MIN_EVENT_FACTS = 2


# The first words of a box's label over other events (``More events at the gallery``,
# ``Also at the Weir Gallery``, ``Upcoming shows``, ``What's on``), lower case.
_BOX_LABEL_OPENERS = frozenset((
    "more", "also", "other", "upcoming", "coming", "related", "elsewhere", "what's",
    "what\u2019s", "whats", "see",
))  # fmt: skip


def _event_facts(text: str) -> set[str]:
    """The kinds of an event's facts a line gives (see :data:`_EVENT_ADDRESS_RE`).

    Examples:
        >>> sorted(_event_facts("The Weir, 4 Dock Road North, from 10am"))
        ['address', 'hours']
        >>> sorted(_event_facts("Until June 30")), sorted(_event_facts("Won 3 titles in 2024"))
        (['run'], [])
    """
    kinds: set[str] = set()
    if _regex.search(_EVENT_ADDRESS_RE, text) is not None:
        kinds.add("address")
    if _regex.search(_EVENT_HOUR_RE, text) is not None:
        kinds.add("hours")
    if _regex.match(_EVENT_RUN_RE, text) is not None:
        kinds.add("run")
    if _regex.match(_EVENT_ENTRY_RE, text) is not None:
        kinds.add("entry")
    return kinds


def _event_box_under(infos: Sequence[LineInfo], used: Sequence[bool], start: int) -> int:
    """Where the event's box that closes an arts story at line ``start`` ends.

    An exhibition's or a show's review may end with its facts, one a line, with no labels:
    the artist and the title, the venue and its address, how long it runs, the opening
    hours, the price (``Lena Vos: The Long Shore`` / ``Harbour Gallery, 12 Quay Street`` /
    ``Until June 30`` / ``Open Tuesday to Sunday, 10am to 5pm`` / ``Admission free``). They
    are the story's: the reader is told where and when to see what it reviewed. The box
    holds :data:`MIN_EVENT_LINES` to :data:`MAX_EVENT_LINES` short plain lines (no
    furniture, no line the page repeats, no handle, no byline or date line but how long it
    runs) and gives :data:`MIN_EVENT_FACTS` kinds of facts or more (:func:`_event_facts`), a
    run or an entry among them (an address and hours alone are any business's); each line
    under the first gives one, but one line at most (a venue's name), and the last does (a
    line under the facts that gives none is another box's headline: ``Five shows to see in
    May``). The page's furniture or the end of the text stands right under it; it names what
    the story's last paragraphs do (a topic word shared, in a line that is no address: a box
    of the site's what's-on, ``Jazz in the Park`` / ``3 Mill Road`` under a story of Mill
    Lane, names none; or the last paragraph tells how long the show runs, ``Hamlet runs at
    the Quayside, 4 Dock Road, through June 15.``), and not the site's whole name (its own
    address and hours in the footer are the page's; the town a local paper is named for,
    ``Ferncliff`` of the ``Ferncliff Gazette``, may close a show's address), no fixture of
    two sides (``Next match: Dunmore v Portmere``: a sport page's box), under no box's label
    (``More events at the gallery``: :data:`_BOX_LABEL_OPENERS`).
    Returns ``start`` if there is no such box.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "Vos paints the shore at Portmere in every season, in forty new canvases.\\n"
        ...     "Lena Vos: The Long Shore\\nHarbour Gallery, 12 Quay Street, Portmere\\n"
        ...     "Until June 30\\nOpen daily, 10am to 5pm\\nShare\\n"
        ... )
        >>> _event_box_under(list(classify_lines(text, split_lines(text))), [True] + [False] * 5, 1)
        5
    """
    n = len(infos)
    kinds: set[str] = set()
    factless = 0  # the lines under the first that give no fact (a venue's name)
    k = start
    while k < n and not used[k] and infos[k].rule is None:
        info = infos[k]
        text = info.line.text
        facts = _event_facts(text)
        if (
            k - start >= MAX_EVENT_LINES
            or info.kind != "short"
            or info.repeated
            or "@" in text
            or (_is_header_line(info.line) and "run" not in facts)
            # A sport page's box of the next match (``Dunmore v Portmere``).
            or _regex.search(_FIXTURE_RE, text) is not None
            # A sign-up box's lines (``Sign up by 5pm Friday for our weekly guide``).
            or _about_signing_up(text)
        ):
            return start
        kinds |= facts
        factless += k > start and not facts
        k += 1
    if (
        k - start < MIN_EVENT_LINES
        or len(kinds) < MIN_EVENT_FACTS
        # A show's box tells how long it runs or what entry costs; an address and hours
        # alone are any business's (an estate agent's ``Open house this weekend``).
        or kinds.isdisjoint(("run", "entry"))
        # A line under the facts that gives none is another box's headline.
        or factless > 1
        or not _event_facts(infos[k - 1].line.text)
    ):
        return start
    site = _site_words(infos[0].line.text)
    # The site's whole name: a local paper is named for its town (``Ferncliff Gazette``),
    # and a show's address there names the town alone.
    if site and any(
        site <= {w.strip(",.;:") for w in infos[i].line.text.split()} for i in range(start, k)
    ):
        return start
    # A box of the venue's other events under its label (``More events at the gallery``,
    # ``Also at the Weir Gallery``): the story reviewed none of them.
    if caseless(infos[start].line.text.split()[0]) in _BOX_LABEL_OPENERS:
        return start
    # What it names besides an address (``3 Mill Road`` under a story of Mill Lane): a
    # box of the site's what's-on (``Jazz in the Park``) names nothing the story does.
    told: set[str] = set()
    for i in range(max(0, start - 1 - MAX_TAIL_GAP), start):
        if used[i] and infos[i].kind == "prose":
            told |= _topic_words(infos[i].line.text)
    named: set[str] = set()
    for i in range(start, k):
        text = infos[i].line.text
        if _regex.search(_EVENT_ADDRESS_RE, text) is None:
            named |= _topic_words(text)
    # Or the last paragraph gives the show's facts itself (``Hamlet runs at the Quayside,
    # 4 Dock Road, through June 15.``): the box goes on with them, a fact its first line
    # (``Performances at 7.30pm``); a box opening with another show's title (``Jazz by
    # the Lock``) is the site's what's-on.
    if (named - _STOPWORDS).isdisjoint(told) and not (
        start > 0
        and used[start - 1]
        and _event_facts(infos[start].line.text)
        and _regex.search(_SHOW_RUNS_RE, infos[start - 1].line.text) is not None
    ):
        return start
    return k


def _mark_video_next_labels(infos: list[LineInfo]) -> None:
    """Mark ``UP NEXT`` in capitals as a video player's label unless AP's games follow it.

    AP closes a game story with the teams' next games under ``UP NEXT`` (``Rovers: At
    Castle United on Saturday.``): the story's. Over anything else (a clip's title, its
    running time) the label is a video player's, as ``Up next`` is (``navigation``).
    """
    for i, info in enumerate(infos):
        if info.kind == "furniture" or info.line.text.strip() not in _UP_NEXT_CAPS:
            continue
        nxt = infos[i + 1].line.text if i + 1 < len(infos) else ""
        if _regex.fullmatch(_NEXT_GAME_RE, nxt) is None:
            infos[i] = _furnished(info, "navigation")


def _kicker_before(piece: str, h1: str, above: str) -> bool:
    """Whether the title's ``piece`` is the ``<h1>`` after the kicker set over it and a colon.

    An opinion page sets its kicker over the ``<h1>`` (``Kommentar`` / ``Die Stadt
    verschläft die Wärmewende``) and joins the two in its title (``Kommentar: Die Stadt
    verschläft die Wärmewende - Site``): the ``<h1>`` is the headline, the kicker no
    part of it.

    Examples:
        >>> _kicker_before("Comment: Bridge to stay shut", "Bridge to stay shut", "Comment")
        True
        >>> _kicker_before("Comment: Bridge to stay shut", "Bridge to stay shut", "By Jo Roe")
        False
    """
    label, colon, rest = piece.partition(":")
    return (
        bool(colon)
        and rest.strip() == h1
        and bool(label.strip())
        and (
            caseless(label.strip()) == caseless(above.strip().rstrip(":"))
            # A press release's label (``Persbericht: Windpark levert stroom``).
            or caseless(label.strip()) in PRESS_LABELS
        )
    )


def _site_name_title(title: LineInfo) -> bool:
    """Whether the page's title line reads as the site's name alone, not a headline.

    A title of fewer than :data:`MIN_TITLE_WORDS` words, or one that names a paper
    (:func:`_names_paper`: title-cased, the last word a paper's, ``The Lion City
    Times``) however many words it has up to a site name's most.
    """
    return title.shape.words < MIN_TITLE_WORDS or _names_paper(title.line.text)


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
            "title-site-repeated",
            _TITLE_SITE_REPEATED_RE,
            0.2,
            where="head",
            gate=_title_may_repeat,
        ),
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
        _mark_company_boxes(infos)
        _mark_video_next_labels(infos)
        _mark_credited_captions(infos)
        _mark_site_credits(infos)
        _mark_quoted_sources(infos)
        _mark_link_breaks(infos, open_words)
        _mark_post_buttons(infos)
        _mark_ticker_boxes(infos)
        _mark_comment_heads(infos)
        _mark_comment_labels(infos)
        _mark_more_boxes(infos, used)
        _mark_related_labels(infos)
        _mark_related_items(infos, used)
        if b.headline is not None:
            _mark_box_summaries(infos, used, b.headline.value)
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
        first, last = self._choose_run(infos, values, anchor, rows, used)
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
            self._read_header(b, infos, used, (max(anchor + 1, 0), first), language)
            if b.byline is None and anchor > 0:
                self._byline_above(b, infos, used, anchor)
                if b.byline is None:
                    self._columnist_above(b, infos, used, anchor)
            _site_as_organization(b, infos[0].line.text)
            self._read_body(b, infos, used, (first, last), open_words=open_words)
            # Agency copy carried on the page keeps its dateline in the lead.
            read_body_dateline(b)
            # A press release's lead opens with its place and date (``Hamburg, 12.
            # November 2024 - ...``): the date stands in for a header's.
            read_dated_lead(b)
            # Or its place alone and a dash (``JAKARTA, KOMPAS.com - ...``).
            read_place_lead(b)
            if not INDIAN_AGENCIES.isdisjoint(b.sources):
                # Its desk codes glued to the last sentence (``PTI KVR RHL``) leave it.
                split_glued_trailers(b, desk_codes=True)
            if b.byline is None and b.paragraphs:
                self._lead_byline(b)
            if b.byline is None:
                self._signature_below(b, infos, used, last, language)
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
        if infos[0].rule is not None or caseless(title.text) in _APP_BUTTONS:
            # Page furniture opens the text (a cookie banner, a button to open the
            # app): no title to read; the headline is looked for above the body (see
            # parse).
            return -1
        a, z = _split_title(title.text)
        piece = title.text[a:z].strip()
        if (_site_name_title(infos[0]) and (a, z) == (0, len(title.text))) or caseless(
            piece
        ) in PRESS_LABELS:
            # Likely a site name, not a title, even when a line repeats it (the
            # masthead): the headline is looked for above the body first (see parse).
            # So is a press release's label (``Comunicato stampa | Site``).
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
                or _kicker_before(plain_piece, h1_text, infos[h1 - 1].line.text)
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
            top = _over_by_line(infos, used, top, floor)
            while top >= floor and _is_header_line(infos[top].line):
                top -= 1
            top = _over_author_row(infos, used, top, floor)
            # Names alone right over the date are the byline; a line over them that
            # reads as a headline, however long, is the headline (``Harbour wall to be
            # rebuilt before the big winter storms hit us`` / ``Jane Marlowe`` / date).
            above = top - 1
            if (
                above >= floor
                and not used[top]
                and _names_alone(infos[top])
                and not used[above]
                and infos[above].rule is None
                and infos[above].kind in ("short", "prose")
                and not infos[above].shape.sentence_end
                and MIN_TITLE_WORDS <= infos[above].shape.words <= MAX_LONG_HEADLINE_WORDS
                and not _is_header_line(infos[above].line)
            ):
                # Under a headline, that line is its standfirst (the Guardian's order),
                # when it runs longer than the headline (a kicker or a tagline over a
                # headline is shorter or as long), or when the line over it reads as
                # the <h1> and it tells of the story too (:func:`_h1_over_deck`).
                if (
                    (
                        _reads_as_headline(infos, above - 1, floor)
                        and not used[above - 1]
                        and infos[above].shape.words >= MIN_STANDFIRST_WORDS
                        and infos[above].shape.words > infos[above - 1].shape.words
                    )
                    or (above - 1 >= floor and _h1_over_deck(infos, used, above, first))
                    or _long_h1_over_deck(infos, used, above, floor, first)
                ):
                    above -= 1
                b.headline = line_field(infos[above].line, b.rule("headline"))
                used[above] = True
                return above
            if (
                above >= floor
                and not used[top]
                and _names_alone(infos[top])
                and infos[above].kind in ("short", "prose")
                and infos[above].shape.sentence_end
            ):
                # The names under a standfirst, right over the date, are the byline;
                # the headline stands over the standfirst.
                top -= 1
        if header >= 0:
            near = _long_headline_over(infos, used, top, floor, first)
            if near >= 0:
                b.headline = line_field(infos[near].line, b.rule("headline"))
                used[near] = True
                return near
        found = [
            i
            for i in range(top, floor - 1, -1)
            if not used[i]
            and (infos[i].kind == "short" or _under_its_title(infos, i))
            and not infos[i].shape.sentence_end
            and infos[i].shape.words >= MIN_TITLE_WORDS
            and not _is_header_line(infos[i].line)
            # Under a label alone (``From:`` / ``Department for Transport``), the
            # label's value: GOV.UK sets who publishes the release so, over the date.
            and not (i > 0 and _is_label_line(infos[i - 1]))
            # Names alone right over the date sign the story (``Jane Doe and Sam Roe``
            # / date), though page furniture stands over them and not the headline.
            and not (
                i + 1 < len(infos) and _is_header_line(infos[i + 1].line) and _names_alone(infos[i])
            )
        ]
        if not found and header >= 0 and top >= floor:
            # Right above the byline or the date, a short headline (``Wall rebuilt``):
            # a menu's entry has one word, and a reporter's role (``Contributing
            # Writer``) stands under a name.
            short = infos[top]
            if (
                not used[top]
                # A headline of many words reads as prose: it is one here too.
                and (
                    short.kind == "short"
                    or (short.kind == "prose" and short.shape.words <= MAX_LONG_HEADLINE_WORDS)
                )
                and not short.shape.sentence_end
                and short.shape.words >= MIN_SHORT_HEADLINE_WORDS
                and not is_role_line(short.line.text)
                and not _is_header_line(short.line)
            ):
                found = [top]
        if header >= 0 and found and found[0] == top and _h1_over_deck(infos, used, top, first):
            # Two lines shaped as headlines right over the byline: the upper, which
            # tells of the story, is the headline, the lower its standfirst with no
            # full stop (a tagline or a section's label over a headline tells of none).
            found = [top - 1]
        if not found and header >= 0:
            found = _headline_under_date(infos, used, header, first)
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
        # A share bar between the header and the body (``Share``, ``Facebook Twitter
        # Email Print``) parts them as no line of the story does.
        while k > 0 and _is_share_row(infos[k]):
            k -= 1
        bar = k
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
        if k in (bar, 0) or used[k]:
            return 0
        lead = infos[first : first + LEAD_LINES]
        told = set().union(*(_topic_words(info.line.text) for info in lead))
        above = k - 1
        if (
            above > 0
            and not used[above]
            and _shaped_as_h1(infos[above])
            and not _reads_as_menu(infos[above], told)
        ):
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
        ``Quake hits Japan`` / byline), unless it stands under the writer's names, as
        the outlet of a byline does.

        Returns:
            The headline's index: the repeating line's, or ``found``.
        """
        title = infos[0].line
        if used[0] or not _site_name_title(infos[0]):
            return found
        repeats = [i for i in range(1, first) if not used[i] and infos[i].line.text == title.text]
        repeat = repeats[-1] if repeats else -1
        if repeat <= found or _names_alone(infos[repeat - 1]):
            # Under the writer's names, the site's name is the byline's outlet
            # (``Kirra Donoghue`` / ``The Wandilla Star``), not the ``<h1>``.
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
        (the lead photo, an advert), or the points set as list items under it up to
        the first line with no bullet (``What you need to know:`` / ``\u2022 ...`` / the
        lead), at most :data:`MAX_HIGHLIGHTS` of them and none
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
            # Points set as list items end at the first line with no bullet: the
            # article's lead may follow them with nothing between.
            bulleted = i + 1
            while bulleted < end and infos[bulleted].line.text.startswith(_POINT_BULLETS):
                bulleted += 1
            # Points worded as headlines, with no stop, end at the first line that ends
            # like a sentence and is as long as a lead: the article's lead.
            unstopped = i + 1
            while unstopped < end and not infos[unstopped].shape.sentence_end:
                unstopped += 1
            if bulleted > i + 1 and bulleted < end:
                end = bulleted
            elif (
                unstopped - i > MIN_UNSTOPPED_POINTS
                and unstopped < end
                and infos[unstopped].shape.words >= MIN_LEAD_WORDS
            ):
                end = unstopped
            elif (
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
        line of anything else; up to :data:`MAX_FIELD_LINES` lines of its e-mail field
        (``Enter your email``: :func:`_is_email_field`) may stand between the blurb and
        the button. Its prose lines and its field are furniture (``webpage.signup``), and
        so is a box's text between its head and its button (:func:`_framed_box_end`: a
        paywall's offer, a newsletter's blurb over its field).
        """
        for i in range(len(infos)):
            # A box's text between its head and its button (a paywall's offer), marked
            # after the box's other lines are read (a blurb about signing up leads on
            # to the small print under the button).
            framed = range(i + 1, _framed_box_end(infos, used, i))
            self._drop_signup_box(b, infos, used, i)
            for k in framed:
                if not used[k]:
                    used[k] = True
                    b.add_furniture(infos[k].line.start, infos[k].line.end, b.rule("signup"))

    def _drop_signup_box(self, b: Builder, infos: list[LineInfo], used: list[bool], i: int) -> None:
        """Drop the lines of the sign-up box whose label or button is line ``i``.

        The box's blurb, field and small print, as :meth:`_drop_signup_blurbs` says.
        """
        info = infos[i]
        if info.rule not in _SIGNUP_BUTTON_RULES:
            return
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
            # The box's e-mail field between its blurb and its button.
            top = i
            while (
                top > 0
                and i - top < MAX_FIELD_LINES
                and not used[top - 1]
                and _is_email_field(infos[top - 1])
            ):
                top -= 1
                used[top] = True
                b.add_furniture(infos[top].line.start, infos[top].line.end, b.rule("signup"))
            for k in range(top - 1, max(-1, top - 1 - MAX_BLURB_LINES), -1):
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
        used: Sequence[bool],
    ) -> tuple[int, int]:
        """Pick the article's run of prose, then join the runs an inset box split from it.

        ``rows`` says which lines are a list's items or a table's rows
        (:func:`_is_list_or_row`). Under the last run joined, a short closing tail under
        an inset box is the article's too (:func:`_closing_tail`).
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
            # A sign-up box inside the article, or one call to the reader between its
            # paragraphs: the story goes on under it.
            signup = _continues_past_signup(infos, last, nxt) or _continues_past_call(
                infos, last, nxt
            )
            boundary = _BOUNDARY_RULES if signup else _FORWARD_BOUNDARY_RULES
            if first == last:
                # Under the lead paragraph alone, a link to the comments (``12
                # Comments``) stands in the share bar: the story goes on under it.
                boundary = _BACKWARD_BOUNDARY_RULES if signup else boundary - {"comments"}
            # Past a link to another story set in the text (``See also: Title``, or a
            # bare label over one headline) the story goes on, however short its rest.
            inline = _inline_link_between(infos, last, nxt) or _inline_teaser_between(
                infos, used, last, nxt
            )
            weighed = (nxt[0], nxt[1], 0.0) if inline else nxt
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
        last = _closing_tail(infos, used, last, footer)
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
        self,
        b: Builder,
        infos: list[LineInfo],
        used: list[bool],
        region: tuple[int, int],
        language: str,
    ) -> None:
        """Read the byline, the date and a standfirst between the headline and the body.

        Of several dates, the first not labelled as an update is the date. A byline or
        a date in a box of other stories (:func:`_in_teaser_box`) is none of the
        article's.
        """
        start, end = region
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
                        # Under the headline or a line the header read (a standfirst).
                        or _take_agency_over_date(
                            b, infos, i, i + 1 == date_at and (i == start or used[i - 1])
                        )
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
                            and self._take_names_beside_date(b, line, infos)
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
                        # A short sentence with its full stop is one whatever it tells
                        # (``Obra deve durar seis meses e custar R$ 2,3 milhões.``), and
                        # so is a line of a standfirst's length (``Residents had raised
                        # more than 600 objections to the scheme``): a tagline, a kicker
                        # or a line of the page's interface is shorter.
                        and (
                            info.line.text.endswith(".")
                            or info.shape.words >= MIN_STANDFIRST_WORDS
                            or _tells_of_story(infos, i, b.headline.value, end)
                        )
                    )
                )
                and not info.repeated
                # A date line is none (``Last Updated: Nov. 23, 2024 at 9:04 p.m. ET``
                # over the date the header picked).
                and not _is_header_line(line)
                and b.summary is None
                and b.byline is None
                and b.date is None
                and i - start < STANDFIRST_REACH
            ):
                b.summary = line_field(line, b.rule("standfirst"))
                used[i] = True
            i += 1
        if b.byline is None:
            self._take_bare_names(b, infos, used, region, language)

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

    def _columnist_above(
        self, b: Builder, infos: list[LineInfo], used: list[bool], anchor: int
    ) -> None:
        """No byline near the headline: the columnist the title and a line above it name.

        A columnist's page names the writer in its title between the headline and the
        site (``Headline - Jane Doe - Valley Herald``), and over the headline under
        the list of writers (``Writers`` / ``Jane Doe`` / ``All her columns`` /
        headline). A line of the names alone within :data:`COLUMNIST_ABOVE_REACH` lines
        over the headline, which a middle piece of the title repeats, which read as
        names (:func:`reads_as_names`) and which a label of the page's writers opens
        (:data:`_WRITERS_LABELS` on the line over them) is the byline. Each alone is too
        weak: a menu holds people's names, and a title's middle piece is often a section
        or a town the menu shows over the headline too (``Headline - Real Estate -
        Site`` over ``Opinion`` / ``Real Estate`` / headline; ``Premier League``,
        ``Prince Albert``), which reads as names do.
        """
        title = infos[0].line.text
        middles = {
            caseless(piece.strip())
            for sep in _TITLE_SEPARATORS
            if title.count(sep) >= 2  # noqa: PLR2004 - a headline, the names, a site
            for piece in title.split(sep)[1:-1]
        }
        if not middles:
            return
        for i in range(anchor - 1, max(anchor - COLUMNIST_ABOVE_REACH, 1) - 1, -1):
            line = infos[i].line
            if used[i] or infos[i].kind == "prose" or caseless(line.text) not in middles:
                continue
            if caseless(infos[i - 1].line.text).rstrip(" :\uff1a") not in _WRITERS_LABELS:
                continue
            found = read_byline(b.text, line.start, line.end, require_prefix=False)
            if (
                found is not None
                and found.span == Span(line.start, line.end)
                and found.byline.organization is None
                and reads_as_names(found)
            ):
                self._set_byline(b, found.byline, found.span, found.author_spans)
                used[i] = True
                return

    def _take_bare_names(
        self,
        b: Builder,
        infos: list[LineInfo],
        used: list[bool],
        region: tuple[int, int],
        language: str,
    ) -> None:
        """A line of names with no ``By``, set beside the article's date.

        Pages often sign an article with the names alone: between the headline and
        the date (``Headline / Jane Doe / 14 August 2023``), or glued to a handle
        beside the date (``Jane Doe@janedoe``). A name line anywhere else is too
        like a caption, a section or a heading to be taken; the names must read as
        names (:func:`reads_as_names`).
        """
        start, end = region
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
            # The writer's e-mail address after the names, a space before it and no
            # capital opening it (``Jane Doe jdoe@herald.com``; ``Jane Doe@jane.doe`` is
            # a handle glued on): read_byline leaves it out of the names.
            token = line.text.rfind(" ", 0, at) + 1 if at > 0 else 0
            if (
                token > 0
                and not line.text[token].isupper()
                and _regex.fullmatch(_EMAIL_RE, b.text, line.start + token, line.end) is not None
            ):
                # A shared mailbox (``Acme Holdings press@acme.com``) is a firm's or
                # a desk's contact: the names beside it sign nothing.
                if caseless(line.text[token:at]) in _ROLE_MAILBOXES:
                    continue
                at = -1
            if at > 0:
                if _regex.fullmatch(_HANDLE_RE, b.text, line.start + at, line.end) is None:
                    continue
                names_end = line.start + at
            under = infos[i + 1].line if i + 1 < len(infos) else None
            # The reporter's role may stand on a line of its own between the names
            # and the date (``Jane Doe`` / ``Political correspondent`` / date), or the
            # site's name as the title gives it (``Jane Doe`` / ``Valley Herald``), or
            # an outlet's (``The Clarion Courier``); and under those a reading time or
            # a date's label alone (``4 min read``, ``UPDATED``).
            outlet = (
                under is not None
                and not used[i + 1]
                and (
                    _names_site(under.text, infos[0].line.text)
                    or _names_outlet_line(under.text)
                    # An agency's name alone (``TT``, ``PTI``).
                    or canonical_agency(under.text) is not None
                )
            )
            k = i + 2 if under is not None and (outlet or _stands_under_names(under)) else i + 1
            if (
                k == i + 1
                and k < len(infos)
                # An English page sets a subject's label over a town there as often
                # (``Road Closures`` / ``Harwick`` / date), as with the names over the body.
                and language != "en"
                and _is_place_under_names(infos[k])
            ):
                k += 1  # ``Javier Olmedo`` / ``Rivera`` / date
            while k < min(len(infos), i + 4) and _between_names_and_date(b, infos[k]):
                k += 1
            # A stamp, or a longer line that dates the story and its update.
            stamp_after = k < len(infos) and (
                _is_stamp_beside(infos[k].line)
                or (_is_header_line(infos[k].line) and _holds_date(infos[k].line))
            )
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
                                # A kicker in capitals that names the kind of piece
                                # (``COLUMN``, ``ANALYSIS``).
                                or _is_capitals_kicker(between.line.text)
                            )
                        )
                    )
                # Over the date, under the headline (or its standfirst) past a few
                # lines of page furniture (``Key events`` / ``Show key events only``).
                placed = placed or (
                    stamp_after
                    and headline is not None
                    and _under_headline_past_furniture(infos, i, headline, start)
                )
                # The button to follow the author stands under the names alone, or
                # past a dot between them (``Jane Doe`` / ``\u00b7`` / ``Follow``).
                placed = placed or _follow_button_under(infos, i)
                # The headline's line two over the names, and a date or a stamp between
                # them (``Headline`` / ``March 19, 2025`` / ``Jane Doe``).
                two_under_headline = (
                    headline is not None
                    and i > 1
                    and infos[i - 2].line.start <= headline.start < infos[i - 2].line.end
                )
                under_stamp = two_under_headline and _is_stamp_beside(infos[i - 1].line)
                # Under the date that stands under the headline, names over the count
                # of the post's comments, as blog themes set the entry's meta (``June
                # 2, 2025`` / ``Jane Doe`` / ``0 Comments``).
                placed = placed or (
                    under is not None and infos[i + 1].rule == "comments" and under_stamp
                )
                # Under the date or a stamp right under the headline, names right
                # over the body, or over one short line over it (the entry's
                # category), as blog themes and news portals set the entry's meta
                # (``March 19, 2025`` / ``Jane Doe`` / ``Productivity`` / body). The
                # line under them is their outlet only if it is the site's name. An
                # English page sets a place, a subheading or a topic right over the
                # body as often (``Lindmoor Harbour``, ``Winter Sailings``, ``Local
                # Democracy``): there only the blog's meta, with the category under the
                # names, signs it.
                meta = (
                    not placed
                    and under_stamp
                    and (
                        (i + 1 == end and language != "en")
                        or (i + 2 == end and _is_entry_category(infos[i + 1], used=used[i + 1]))
                    )
                )
                if meta:
                    placed = True
                    title = infos[0].line.text
                    outlet = outlet and under is not None and _names_site(under.text, title)
                # Under the date that stands under the headline, names over the share
                # bar, as news portals set them (``30.08.2025 - 14:20`` / ``Elif
                # Korkmazer`` / ``Paylaş``; the bar's label may be one the furniture
                # table does not know, ``Chia sẻ`` over ``Facebook``).
                placed = placed or (
                    two_under_headline
                    # An English page sets a place or a topic there as often.
                    and language != "en"
                    and _share_bar_under(infos, i)
                    and (
                        under_stamp
                        or (_is_header_line(infos[i - 1].line) and _holds_date(infos[i - 1].line))
                    )
                )
                # Names with their agency after a comma sign the story right under the
                # headline, with no date under them (``Jo Roe and Sam Poe, Reuters``).
                placed = placed or (
                    headline is not None
                    and infos[i - 1].line.start <= headline.start < infos[i - 1].line.end
                    and _names_an_agency(line.text)
                )
                # Under the date and its share buttons, names over the writer's outlet
                # or role (``4 March 2024`` / ``Share`` / ``Jane Doe`` / ``BBC News,
                # Cumbria``), as British broadcasters set them.
                placed = placed or (
                    headline is not None
                    and under is not None
                    and k == i + 2
                    and _stamp_over(infos, i, start)
                    # With no date under them, ``The`` opens a title as often (``Peter
                    # Pan`` / ``The Musical``): the outlet's name must close as one's.
                    and (_names_outlet_line(under.text, the=False) or _stands_under_names(under))
                )
            if not placed:
                continue
            agency = canonical_agency(line.text) if at < 0 and " " in line.text else None
            if agency is not None and not _writer_near_date(b, infos, k):
                # An agency's full name alone signs the story (``Press Trust of India``
                # over ``New Delhi | Updated On : ...``), as ``By Press Trust of India``
                # does: the byline's organisation, with no writer.
                _file_agency_byline(b, line, agency)
                used[i] = True
                return
            # The site's name glued before the names, a stop after them (``Ouest Matin
            # Claire Vasseur.``, as the page's two links flatten): the site is the
            # byline's organisation.
            site_cut = _site_before_names(line.text, infos[0].line.text) if at < 0 else 0
            found = None
            if site_cut > 0:
                found = read_byline(
                    b.text,
                    line.start + site_cut,
                    names_end - line.text.endswith("."),
                    require_prefix=False,
                )
                if found is not None and reads_as_names(found) and not found.byline.organization:
                    org = line.text[: site_cut - 1]
                    found = attrs.evolve(found, byline=attrs.evolve(found.byline, organization=org))
                    outlet = False
                else:
                    found = None
            if found is None:
                found = read_byline(b.text, line.start, names_end, require_prefix=False)
            if found is None and at < 0:
                # The outlet after a dash (``Jane Doe - Valley Post``), or a name in
                # Arabic or Devanagari, which no capital marks.
                found = _names_dash_outlet(
                    b.text, line, infos[0].line.text
                ) or read_spaced_uncased_name(b.text, line.start, line.end)
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
                byline = attrs.evolve(byline, organization=under.text.partition(", ")[0])
                b.add_furniture(under.start, under.end, b.rule("byline-outlet"))
                used[i + 1] = True
            self._set_byline(b, byline, found.span, found.author_spans, found.credits)
            b.add_furniture(line.start, found.span.start, b.rule("byline-rest"))
            b.add_furniture(found.span.end, line.end, b.rule("byline-rest"))
            used[i] = True
            if at < 0:
                self._more_names_below(b, infos, used, i + 1, end)
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
            # A label alone over the line (``Updated`` / ``3 August 2023``), not a stamp
            # of its own (``수정 2025.03.14 18:30`` / ``입력 2025.03.14 09:00``).
            if (
                i > start
                and len(infos[i - 1].line.text) <= MAX_LABEL_LINE
                and not may_hold_date(infos[i - 1].line.text)
            ):
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
            pre = read_byline(b.text, line.start, line.end, foreign=b.writes_by_label)
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
        lines of their own (``By`` / ``Jane Doe`` / ``and`` / ``Sam Roe``, or ``,``), and a
        page of writers' cards a handle under each name (``Jane Doe`` / ``@janedoe`` /
        ``Sam Roe`` / ``@samroe``): each joining line (:data:`_NAME_JOIN_LINES`, or a
        handle alone) from ``start`` on, and the names
        under it (which read as names, :func:`reads_as_names`, with no outlet), add to
        the byline, whose span then runs over the lines. Only a byline that ends its
        line and names no outlet goes on so. Each name may have its role on the line
        under it (``By`` / ``Jane Doe`` / ``Staff Writer`` / ``and`` / ``Sam Roe`` /
        ``Data Reporter``, as the Los Angeles Times sets its writers): a role right
        over a joining line is passed over, and is furniture (``webpage.byline-role``).
        """
        if b.byline is None or b.byline.value.organization is not None:
            return
        span = b.byline.span
        if span.end != infos[start - 1].line.end:
            return
        more_authors: list[Span] = []
        roles: list[int] = []
        k, stop = start, span.end
        while True:
            if (
                k + 2 < end
                and not used[k]
                and caseless(infos[k + 1].line.text) in _NAME_JOIN_LINES
                and is_role_title(infos[k].line.text)
            ):
                roles.append(k)
                k += 1
            if not (
                k + 1 < end
                and not used[k]
                and not used[k + 1]
                and (
                    caseless(infos[k].line.text) in _NAME_JOIN_LINES
                    # Each writer's card: the name over the handle (``Jane Doe`` /
                    # ``@janedoe`` / ``Sam Roe`` / ``@samroe``), a handle under the
                    # next name too (a place under the writer's handle is no writer).
                    or (
                        k + 2 < end
                        and _regex.fullmatch(_HANDLE_RE, infos[k].line.text) is not None
                        and _regex.fullmatch(_HANDLE_RE, infos[k + 2].line.text) is not None
                    )
                )
            ):
                break
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
            for r in roles:
                used[r] = True
                b.add_furniture(infos[r].line.start, infos[r].line.end, b.rule("byline-role"))
            roles.clear()
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
        byline = read_byline(b.text, line.start, line.start + cut, foreign=b.writes_by_label)
        if byline is None or not byline.byline.authors:
            return False
        self._set_byline(b, byline.byline, byline.span, byline.author_spans, byline.credits)
        b.add_furniture(line.start, byline.span.start, b.rule("byline-label"))
        b.add_furniture(byline.span.end, line.end, b.rule("byline-stamp"))
        return True

    def _lead_byline(self, b: Builder) -> None:
        """No byline above the body: one that opens its first paragraph.

        Korean agencies open the story with the place, the agency and the reporter
        (``[서울=뉴시스]김민수 기자 = ...``), Chinese papers with their own report's
        mark and the reporter in brackets (``本报讯`` + ``(记者 张明远)``):
        :func:`read_lead_byline`. The paragraph keeps its text, as it keeps an agency's
        dateline (:func:`read_body_dateline`).
        """
        line = first_line_of(b)
        if line is None:
            return
        found = read_lead_byline(b.text, line.start, line.end)
        if found is not None:
            self._set_byline(b, found.byline, found.span, found.author_spans, found.credits)

    def _signature_below(
        self, b: Builder, infos: list[LineInfo], used: list[bool], last: int, language: str
    ) -> None:
        """No byline above the body: a byline right under it, or a Japanese signature.

        A byline with its label (``By Jane Doe``, ``Written by Jane Doe``) on the line
        right under the body's last paragraph, its names reading as names
        (:func:`reads_as_names`), signs the article; so does one a label of another
        language opens there (Indonesian ``Penulis: Budi Santoso`` over ``Editor:
        ...``) or a Korean reporter's sign-off (``김민수 기자``, perhaps with an e-mail
        address: :func:`is_local_byline`), and one name alone there over the share
        bar (:func:`_share_bar_under`), but on a page in English, where a quoted note or
        letter closes the story signed so as often (``"We will miss you all."`` /
        ``Margaret Pell`` / ``Share``), and under a quotation on any page. A Japanese
        signature is names in
        brackets, only under Japanese text (kana in the line above): a Chinese article
        closes with its agency's or paper's name in brackets, which reads as a name does.
        """
        # The body may run past the run of prose (a short closing paragraph joined to
        # it): the signature stands under the body's last line.
        body_end = b.paragraphs[-1].span.end if b.paragraphs else -1
        while last + 1 < len(infos) and used[last + 1] and infos[last + 1].line.end <= body_end:
            last += 1
        under = last + 1
        if (
            under < len(infos)
            and not used[under]
            and used[last]
            and (infos[last].kind == "prose" or infos[last].line.end == body_end)
            and len(infos[under].line.text) <= MAX_NAME_LINE
        ):
            line = infos[under].line
            # A label of another language (``Penulis: Budi Santoso``) or a Korean
            # reporter's role after the names (``김민수 기자``, an e-mail after it)
            # names its writers whatever their script, capitals or none.
            local = is_local_byline(b.text, line.start, line.end)
            found = (
                read_byline(b.text, line.start, line.end)
                if local or line.text[:1] in _BYLINE_FIRSTS
                else None
            )
            if found is not None and found.byline.authors and (local or reads_as_names(found)):
                self._set_byline(b, found.byline, found.span, found.author_spans, found.credits)
                b.add_furniture(line.start, found.span.start, b.rule("byline-rest"))
                b.add_furniture(found.span.end, line.end, b.rule("byline-rest"))
                used[under] = True
                return
            # A name alone over the share bar, as news portals sign the story at its
            # foot (``Nguyễn Minh Tuấn`` / ``Chia sẻ`` / ``Facebook``).
            found = (
                read_byline(b.text, line.start, line.end, require_prefix=False)
                if infos[under].kind == "short"
                and language != "en"
                and not infos[last].line.text.endswith(_QUOTE_CLOSERS)
                and _share_bar_under(infos, under)
                else None
            )
            # Or a Vietnamese name alone at the story's foot, with the text's end or
            # furniture under it (``Nguyễn Văn An``): its family name tells a person.
            if found is None and _is_vietnamese_foot_name(infos, under, last):
                found = read_byline(b.text, line.start, line.end, require_prefix=False)
            if (
                found is not None
                and found.span == Span(line.start, line.end)
                and len(found.byline.authors) == 1
                and found.byline.organization is None
                and not found.places
                and reads_as_names(found)
            ):
                self._set_byline(b, found.byline, found.span, found.author_spans)
                used[under] = True
                return
        for i in range(max(last - 1, 1), min(last + SIGNATURE_REACH + 1, len(infos))):
            line = infos[i].line
            if used[i] or len(line.text) > MAX_SIGNATURE_LINE:
                continue
            if _regex.search(_KANA_RE, infos[i - 1].line.text) is None:
                continue
            agency = read_agency_signature(b.text, line.start, line.end)
            if agency is not None:
                # An agency's sign-off in the writer's brackets (Kyodo's): the source,
                # no writer.
                if agency not in b.sources:
                    b.sources.append(agency)
                b.attribution.append(
                    b.span_field(line.start, line.end, b.rule("attribution.agency-signature"))
                )
                used[i] = True
                return
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

    def _take_names_beside_date(self, b: Builder, line: Line, infos: Sequence[LineInfo]) -> bool:
        """Names with no ``By`` before the date on the line under the headline, or after it.

        ``Owen Price, March 14, 2024`` or ``Owen Price | 14.03.2024``: the names read as
        names (:func:`_whole_names`), and only a comma, a bar, a slash, a bullet or a
        dash stands between them and the date, or between them and the date's label
        (``Jordan Fenwick / TNN / Updated: Jun 19, 2023``, as the Times of India sets
        it: :func:`_date_label_after_names`). A ``By`` in the page's language may open them
        (``Di Giulia Conti | 14 marzo 2024``). The site's name, as the page ``title``
        gives it, is no writer's (``Kabar Pagi - 14/08/2023``): the date line is read
        as one, and a labelled byline under it is the byline; nor is a name the page's
        copyright line names (``Copyright 2025 Kabar Daerah. All Rights Reserved.``
        under ``Kabar Daerah - 22/01/2025, 14:35 WIB``: :func:`_names_copyright_holder`).
        A date that opens the line hands it to :meth:`_take_names_after_date`.
        """
        title = infos[0].line.text
        found = _line_date(b, line)
        if found is None:
            return False
        if found.span.start <= line.start:
            return self._take_names_after_date(b, line, found, title)
        names_end = _date_label_after_names(b.text, line.start, found.span.start)
        gap_end = names_end
        while names_end > line.start and b.text[names_end - 1] in _NAME_DATE_GAP:
            names_end -= 1
        if names_end == gap_end or names_end <= line.start:
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
        if len(names.byline.authors) == 1 and _names_copyright_holder(
            infos, names.byline.authors[0]
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

    @staticmethod
    def _take_closing_box(
        infos: Sequence[LineInfo], used: list[bool], start: int, blocks: list[list[int]]
    ) -> bool:
        """Keep the article's own box of facts or table that opens at line ``start``.

        Under the last paragraph (or the short sentence closing it), with the page's
        furniture right under it (:func:`_closing_box`: ``Price | $129``, ``When: ...``
        over ``Share``); a link to another story set in the text over the box (``READ
        MORE: Title``) is passed over, not kept, and so is an advert's slot, but what
        stands under ``Advertisement`` is the advert's unless it shares a word with the
        story (below). A site's widget under every story is none: a table (or a box
        under an advert's slot) that shares fewer than :data:`MIN_BOX_SHARED_WORDS` words
        with the body's paragraphs
        (``blocks``; :func:`_topic_words`, but stop words: the markets), or facts under
        a label of :data:`_WIDGET_FACT_LABELS` (its accounts, its contacts, the
        weather). Each line is a paragraph of its own. Returns whether there was one.
        """
        slot = False  # whether an advert's slot stands over the box
        while start < len(infos) and not used[start] and _is_inset_slot(infos[start]):
            slot = slot or ": " not in infos[start].line.text  # no link (``READ MORE: ...``)
            start += 1
        end = _closing_box(infos, used, start)
        texts = [infos[k].line.text for k in range(start, end)]
        if any(caseless(t.partition(":")[0]) in _WIDGET_FACT_LABELS for t in texts):
            return False  # the site's accounts, its contacts, the weather
        if slot or any(" | " in t or "\t" in t or _CELL_SPACES in t for t in texts):
            told = (
                set().union(*(_topic_words(infos[k].line.text) for block in blocks for k in block))
                - _STOPWORDS
            )
            shared = told.intersection(set().union(*(_topic_words(t) for t in texts)))
            if len(shared) < MIN_BOX_SHARED_WORDS:
                return False  # a widget's table (the markets), an advert's box
        for k in range(start, end):
            blocks.append([k])
            used[k] = True
        return end > start

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
                and not _is_next_entry(infos, i)
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
        if end == after and used[last]:
            # A lead-in that announces the story's table (``The final standings:``).
            end = _table_under_lead_in(infos, used, after)
        if end == after and used[last]:
            # The story's recipes or its meal plan, down to the page's furniture.
            end = _recipe_under(infos, used, after)
        if end == after and used[last]:
            # An event's facts under an arts story: where and when to see it.
            end = _event_box_under(infos, used, after)
        if end == after and used[last] and _is_table_note(infos[last]) and last > first:
            # The story's table closes it with its notes (``* After the final race.`` /
            # ``Source: Series officials``): those under the last one are the story's.
            above = infos[last - 1]
            if used[last - 1] and (_is_list_or_row(above) or _is_table_note(above)):
                end = _table_notes(infos, used, after)
        for k in range(after, end):
            blocks.append([k])
            used[k] = True
        after = end
        rows_end = _rows_after(infos, used, after)
        boxed = False
        if rows_end > after and _closes_article(infos, used, rows_end):
            for k in range(after, rows_end):
                if _is_inner_line(infos[k]):
                    blocks.append([k])
                    used[k] = True
            after = rows_end
        elif used[last]:
            boxed = self._take_closing_box(infos, used, after, blocks)
        took = False
        for _ in range(2):
            if (
                after + 1 < len(infos)
                and infos[after].rule in _LINK_RULES
                and ":" in infos[after].line.text
                and not _is_bare_label(infos[after].line.text)
                and _closes_article(infos, used, after + 1)
            ):
                # A link to another story set in the text (``READ ALSO: Title``) may
                # stand over the short sentence that closes the story (``The trial
                # continues.``), and under another short one (``"We will appeal," she
                # said.`` / ``Baca Juga: Title`` / ``The trial continues.``).
                after += 1
            elif took:
                break
            if not _closes_article(infos, used, after):
                break
            blocks.append([after])
            used[after] = True
            after += 1
            took = True
        if took and not boxed:
            self._take_closing_box(infos, used, after, blocks)
        if used[last]:
            # A press release's reference and provider (``More information: ...`` /
            # ``Provided by ...``) close the story.
            for block in _press_release_foot(infos, used, after):
                blocks.append(block)
                for k in block:
                    used[k] = True
        blocks = _drop_torn_start(b, infos, blocks)
        blocks = _drop_teasers(infos, used, blocks, open_words)
        blocks = _drop_pull_quotes(b, infos, blocks)
        # A promo or the site's note may stand under a note about the author, or over it.
        blocks = _drop_closing_promos(b, infos, blocks)
        kept = blocks
        blocks = _drop_author_note(b, infos, blocks)
        if len(blocks) < len(kept):
            blocks = _drop_box_over_note(infos, used, blocks, kept[len(blocks)][0])
        blocks = _drop_closing_promos(b, infos, blocks)
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
        # A web address is a link, never a heading; nor is an opinion piece's headline
        # under its kicker (``Opinion: Three questions to ask``), a link to it.
        if (
            _regex.fullmatch(_BARE_LINK_RE, info.line.text) is not None
            or _regex.fullmatch(_OPINION_LINK_RE, info.line.text) is not None
        ):
            return False
        nxt = infos[i + 1]
        if nxt.kind != "prose" or used[i + 1]:
            return False
        # Above it, past any advert or furniture line, the article's prose. A line
        # under a *Related* label is the link the label heads, not a heading; a link
        # that names its story on its own line (``Related: Title``) heads nothing.
        if infos[i - 1].rule in _BUTTON_BOX_RULES and not (
            _is_signup_button(infos[i - 1]) and not _is_small_print(info.line.text)
        ):
            # A button of the box right above (``Accept all`` under a cookie notice).
            # Under a sign-up box's own button (``Sign up``) the box has ended, but for
            # its small print: the line is the story's heading again (``Why it
            # matters``).
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
