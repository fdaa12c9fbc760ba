"""Lists, tables and schedules a web page's article carries.

A list the last paragraph announces, a lead-in's list, a list above the first
paragraph, a numbered list, rows of figures, a list of works by their makers, an
embedded post's lines, and a schedule whose entries open with a day: lines that belong
to the story though they are no prose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse import _regex
from newsparse._text import caseless, holds_any
from newsparse.extract.bylines import read_byline, reads_as_names
from newsparse.extract.dates import find_dates, find_partial_date
from newsparse.extract.furniture import furniture_rule
from newsparse.formats._base import _DATE_LABEL_RE
from newsparse.formats._page.boxes import _about_signing_up, _is_signup_button
from newsparse.formats._page.lines import (
    _BYLINE_START_RE,
    _HANDLE_RE,
    _READER_RE,
    MAX_SUBHEADING_WORDS,
    MIN_TITLE_WORDS,
    _holds_date,
    _is_header_line,
    _is_post_signature,
    _is_related_label,
    _title_cased,
)
from newsparse.formats._page.title import _is_bare_time, _topic_words
from newsparse.vocab import PAGE_COUNTERS, WEEKDAYS

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from newsparse.extract.classify import LineInfo

# A link alone on a line: a web address or a bare domain (``example.com/news``,
# ``ThisSite.me``). A dotted word such as ``Node.js`` is taken for one too: as a line of
# its own between paragraphs it is more often a link than a heading.
_BARE_LINK_RE = regex.compile(
    r"(?:https?://)?+[\p{L}\p{N}-]{1,63}+(?:\.[\p{L}\p{N}-]{1,63}+){1,8}+(?:/\S{0,300}+)?+"
)
# A link to an opinion piece set between the story's paragraphs: its kicker, a colon
# and its headline with no stop (``Opinion: Three questions to ask before
# refinancing``). The page's own headline may read so too: only a line inside the
# body is read as such a link.
_OPINION_LINK_RE = regex.compile(
    r"(?:Opinion|OPINION|Commentary|COMMENTARY)\x20?:\x20[\p{Lu}\d\"\u201c\u2018']"
    r"[^\n]{1,200}(?<![.!?:;,\"\u201d])"
)
# The rules of a share button alone (``Share``; the furniture table reads it as a label).
_SHARE_BUTTON_RULES = frozenset({"share", "label"})
#: The most short lines in a row kept between two paragraphs (headings, list items),
#: not counting those that end like sentences (questions, one-line answers) or the
#: items of a list and the rows of a table.
MAX_INNER_LINES = 8
#: The fewest lines of a list the article opens with, its head included (a question
#: alone is a kicker or a teaser).
MIN_LEAD_LIST_LINES = 3
#: The fewest works, each with its maker (``The Long Shore by Ana Lind``), in a list a
#: box's label heads inside the story (see :func:`_lists_works`).
MIN_WORKS = 2
#: The most words in a work's title in such a list (a teaser's headline is longer).
MAX_WORK_TITLE_WORDS = 6
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
#: The most words of the label over a fact in a box closing the story (``Journey time:
#: 35 minutes``; see :func:`_is_field_line`).
MAX_FIELD_LABEL_WORDS = 3
#: The fewest facts or rows in a box closing the story (see :func:`_closing_box`),
#: unless it is a score alone (``Rating: 4/5``: see :func:`_is_score_fact`), and the
#: most words of such a score.
MIN_BOX_ROWS = 2
MAX_SCORE_WORDS = 3
# A label's words that make what follows it a link (compared case-folded):
# ``Related Roundup: ...``, ``Tag: ...``, ``Read more: ...``.
_LINK_LABEL_WORDS = frozenset((
    "story", "stories", "article", "articles", "related", "popular", "missed",
    "recommended", "trending", "headlines", "read", "watch", "more", "tag", "tags",
    "topic", "topics", "category", "categories",
))  # fmt: skip
# A link in a fact: a web address (``http://po.st/x``, ``www.example.com``).
_LINK_IN_FACT_RE = regex.compile(r"https?://|\bwww\.")
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
# Words of a box of links' label over its headlines, case-folded (``Stories you might
# have missed:``, ``More related articles:``): such a label announces no list of the
# article's.
_LINK_BOX_WORDS = frozenset((
    "story", "stories", "article", "articles", "related", "popular", "missed",
    "recommended", "trending", "headlines", "read", "watch", "more",
))  # fmt: skip


# The rules of a link set in the text under a label (``READ MORE: Title``).
_INSET_LINK_RULES = frozenset({"label", "related"})
#: The most words of the label before such a link's colon (``Read more``, ``See also``).
MAX_INSET_LABEL_WORDS = 3


# A table's cells flattened with spaces between them, two or more (``2-year fix  4.62%
# 4.91%``), as a tab or a bar parts them; one space parts the words of a cell.
_CELL_SPACES = "\x20\x20"
# What may stand around a figure in a table's cell: a sign, a currency, a percent.
_FIGURE_SIGNS = "+-\u2212$\u00a3\u20ac%"


def _is_figure(word: str) -> bool:
    """Whether a word of a row written with spaces is a figure.

    A number with its points, commas and dashes (``1,030``, ``2021-22``), and its sign,
    currency or percent (``4.62%``, ``+0.3``, ``$129``): a rates table's row
    (``5-year fix 4.48% 4.70%``) holds figures as a league table's does.

    Examples:
        >>> [_is_figure(w) for w in ("1,030", "4.62%", "$129", "+0.3", "fix", "%")]
        [True, True, True, True, False, False]
    """
    return word.strip(_FIGURE_SIGNS).replace(".", "").replace(",", "").replace("-", "").isdigit()


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
    if " | " in text or "\t" in text or _CELL_SPACES in text:
        # A teaser's stamp is no cell (``Top 10 walks | 5 min read``).
        return not any(
            furniture_rule(cell.strip()) is not None
            for part in text.replace("\t", " | ").split(" | ")
            for cell in part.split(_CELL_SPACES)
        )
    if not holds_any(text, "0123456789"):
        return False
    words = text.split()
    numbers = sum(_is_figure(w) for w in words)
    # A date's day and year are no cells (``14 August 2023``), nor are a bar's counts
    # (``Likes 12 Comments 4``, ``Page 1 of 3``).
    return (
        numbers >= MIN_ROW_NUMBERS
        and 2 * numbers >= len(words)
        and not _holds_date(info.line)
        and not any(caseless(w) in PAGE_COUNTERS for w in words)
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
    (:func:`_is_inner_line`). Under the button that ends a sign-up box set in the
    story (``Sign up``), the lines down to the next paragraph are judged as past an
    advert slot, unless one is the box's small print (:func:`_is_small_print`).
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
        # An advert slot or a link set in the text at either end of the stretch
        # (``Advertisement``, ``READ MORE: Title``) is an inset of the page's: the
        # lines between it and the paragraph beyond (a table, a list of results) are
        # judged without it.
        top, foot = i, j
        # The button that ends a sign-up box set in the story (``Sign up``), the box's
        # label and blurb over it: what stands under it is judged alone, as under a slot.
        button = _is_signup_button(infos[i]) and not any(
            _is_small_print(infos[k].line.text) for k in range(i + 1, j)
        )
        top += button
        while top < foot and _is_inset_slot(infos[top]):
            top += 1
        # So is a box of one link on two lines (``Also read`` / ``Title``) over it,
        # when no second headline stands under the first (a box of two links or more).
        if (
            top + 2 < foot
            and _is_inline_teaser(infos, used, top)
            and not _is_headline_shaped(infos[top + 2])
        ):
            top += 2
        while foot > top and _is_inset_slot(infos[foot - 1]):
            foot -= 1
        # A live blog's entry opens with its time (``08:48``), under the share button
        # that closes the entry above (``Share``): the page's lines, and the entry's
        # headline under them is the text's.
        live = _live_entry_head(infos, top, foot)
        # Past such a slot, the stretch is kept only as a table or a list (half its
        # lines or more rows, items or facts): a video's title and its length under
        # ``Video Ad Feedback`` are none.
        trimmed = (top > i or foot < j) and not live
        top = live or top
        if (
            top < foot
            and (not trimmed or _mostly_entries(infos, top, foot))
            and (
                sum(
                    not infos[k].shape.sentence_end and not _is_list_or_row(infos[k])
                    for k in range(top, foot)
                )
                <= MAX_INNER_LINES
                or announced
            )
            and (foot - top <= MAX_LIST_LINES or (announced and foot - top <= MAX_ANNOUNCED_LINES))
            and (button or (infos[i - 1].kind == "prose" and not used[i - 1]))
            and infos[j].kind == "prose"
            and not used[j]
            and (
                not any(_rules_out_stretch(infos[k]) for k in range(top, foot))
                or _lists_works(infos, top, foot)
            )
        ):
            # A table's cells of figures are kept with its labels: figures alone are a
            # widget's (a ticker, a count of followers).
            cells = announced and any(infos[k].shape.words >= 1 for k in range(top, foot))
            for k in range(top, foot):
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


def _mostly_entries(infos: Sequence[LineInfo], start: int, end: int) -> bool:
    """Whether half the lines ``start`` to ``end`` (exclusive) or more are entries.

    Rows or items (:func:`_is_list_or_row`), facts under their labels
    (:func:`_is_field_line`) or lines with a figure (``1. Keira Dunmore (Ellerby)
    29:41``, a ticker's ``HD HOME DEPOT INC. 225.86 -12.99 -5.44%``).
    """
    entries = sum(
        _is_list_or_row(info) or _is_field_line(info) or holds_any(info.line.text, "0123456789")
        for info in infos[start:end]
    )
    return 2 * entries >= end - start


def _is_inset_slot(info: LineInfo) -> bool:
    """An advert slot or a link to another story set in the text, not part of a stretch.

    ``Advertisement`` (or an advert's own rule), or a link's label with a headline
    after its colon (``READ MORE: Bus route 14 to be withdrawn``, at least
    :data:`MIN_TITLE_WORDS` words after it): the page puts them between any two of the
    article's lines, so they say nothing of the short lines beside them.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Advertisement\\nREAD MORE: Bus route 14 to be withdrawn\\nMost read\\n"
        >>> [_is_inset_slot(i) for i in classify_lines(text, split_lines(text))]
        [True, True, False]
    """
    text = info.line.text
    if info.rule == "advert" or (info.rule == "label" and caseless(text) == "advertisement"):
        return True
    label, colon, title = text.partition(": ")
    return (
        info.rule in _INSET_LINK_RULES
        and bool(colon)
        and len(label.split()) <= MAX_INSET_LABEL_WORDS
        and len(title.split()) >= MIN_TITLE_WORDS
    )


#: The most words in the bare label of a box of one link set in the text (``Read
#: also``, ``Te puede interesar``; links' ``MAX_LABEL_WORDS``).
MAX_TEASER_LABEL_WORDS = 4


#: The most words in a share button that closes a live blog's entry (``Share``,
#: ``Share this``).
MAX_SHARE_BUTTON_WORDS = 2


def _live_entry_head(infos: Sequence[LineInfo], start: int, end: int) -> int:
    """Where a live blog's entry's own lines start in a stretch, or 0 if it is none.

    The stretch between two entries' paragraphs opens with the share button of the
    entry above (a label of :data:`MAX_SHARE_BUTTON_WORDS` words at most, ``Share``)
    or not, then the next entry's time alone (``08:48``, ``09.40 GMT``:
    :func:`~newsparse.formats._page.title._is_bare_time`); the entry's headline may
    stand under it (``Power cuts across the valley``).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Share\\n08:48\\nPower cuts across the valley\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _live_entry_head(infos, 0, 3), _live_entry_head(infos, 2, 3)
        (2, 0)
    """
    k = start
    while (
        k < end
        and infos[k].rule in _SHARE_BUTTON_RULES
        and infos[k].shape.words <= MAX_SHARE_BUTTON_WORDS
    ):
        k += 1
    if k < end and _is_bare_time(infos[k].line.text):
        return k + 1
    return 0


def _is_small_print(text: str) -> bool:
    """Whether a line under a sign-up box's button is the box's small print.

    It speaks of signing up (``By signing up you agree ...``) or names the footer's
    links among its cells (``This site is protected by reCAPTCHA Privacy Policy |
    Terms of Service``).

    Examples:
        >>> _is_small_print("Protected by reCAPTCHA Privacy Policy | Terms of Service")
        True
        >>> _is_small_print("Scoring summary"), _is_small_print("Team | Goals")
        (False, False)
    """
    return _about_signing_up(text) or any(
        furniture_rule(cell.strip()) is not None for cell in text.split(" | ")
    )


def _is_headline_shaped(info: LineInfo) -> bool:
    """A line shaped as a box's headline: :data:`MIN_TITLE_WORDS` words or more, no stop.

    A subheading over a list (``Ingredients``, ``What changes``) is shorter, and a
    list's entry holds a figure (``1 kg pumpkin``) or is an item or a row.
    """
    return (
        info.shape.words >= MIN_TITLE_WORDS
        and not info.shape.sentence_end
        and not _is_list_or_row(info)
        and not holds_any(info.line.text, "0123456789")
    )


def _is_inline_teaser(infos: Sequence[LineInfo], used: Sequence[bool], i: int) -> bool:
    """Whether line ``i`` is the bare label of a box of one link set in the text.

    Sites put a box of one other story between two of the article's paragraphs, its
    label alone on a line and the story's headline under it (``Leia também`` /
    ``Feira de artesanato muda de endereço no domingo``, ``Related`` / ``Quillon's
    first foldable was a glorious mess``): the flattened form of ``Read more: Title``.
    The label reads as a box's (the related rule or its labels, nothing after a colon,
    at most :data:`MAX_TEASER_LABEL_WORDS` words) and the line under it as a headline
    (a plain short line of :data:`MIN_TITLE_WORDS` words or more that does not end
    like a sentence, no byline nor date, no list's item). Whether the story goes on under it is for
    the caller to judge.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Also read\\nHarbour fees to rise in spring\\nMore below.\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _is_inline_teaser(infos, [False] * 3, 0), _is_inline_teaser(infos, [False] * 3, 1)
        (True, False)
    """
    if i + 1 >= len(infos) or used[i] or used[i + 1]:
        return False
    label, head = infos[i], infos[i + 1]
    text = label.line.text
    colon = text.find(":")
    bare = (colon < 0 or not text[colon + 1 :].strip()) and len(
        text.split()
    ) <= MAX_TEASER_LABEL_WORDS
    return (
        (label.rule == "related" or _is_related_label(text))
        and bare
        and head.kind == "short"
        and head.rule is None
        and not head.shape.sentence_end
        and head.shape.words >= MIN_TITLE_WORDS
        and not _is_header_line(head.line)
        # A headline with a bullet is a list's item: a box of links, however many.
        and not _is_list_or_row(head)
    )


def _rules_out_stretch(info: LineInfo) -> bool:
    """A line that makes the short lines around it something other than the text.

    Furniture, a caption, a date or a handle (``@``) heads a box or another article;
    but a fact under its label may be a date (``When: Saturday 15 June``,
    :func:`_is_field_line`), unless the label is a date line's (``Published: ...``).
    """
    return (
        info.kind != "short"
        or "@" in info.line.text
        or (_holds_date(info.line) and not _is_dated_fact(info))
    )


def _is_dated_fact(info: LineInfo) -> bool:
    """A fact under its label that is a date (``When: Saturday 15 June, 10am``).

    Not a date line under a label of one (``Published: 14 August 2023``,
    :data:`~newsparse.formats._base._DATE_LABEL_RE`), nor a byline (``By: Jane Doe``):
    those head another story.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "When: Saturday 15 June, 10am\\nPublished: 14 August 2023\\n"
        >>> [_is_dated_fact(i) for i in classify_lines(text, split_lines(text))]
        [True, False]
    """
    return (
        _is_field_line(info)
        and "@" not in info.line.text
        and _holds_date(info.line)
        and _regex.match(_DATE_LABEL_RE, info.line.text) is None
        and _regex.match(_BYLINE_START_RE, info.line.text) is None
    )


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
        >>> from newsparse.formats._page.links import _mark_related_labels
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
    ending with a colon ``announced``: ``strong boots``), not a link (a bare address,
    an opinion piece's headline under its kicker), not a line the page repeats.
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
        and _regex.fullmatch(_OPINION_LINK_RE, text) is None
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


def _is_field_line(info: LineInfo) -> bool:
    """A short line that gives one fact under its label: ``When: Saturday 15 June``.

    A box of facts closing a story (an event's ``Where: Harbour Green``, a review's
    ``Rating: 4/5``) sets a label of at most :data:`MAX_FIELD_LABEL_WORDS` words, opening
    with a capital and holding no figure, then a colon, a space and the fact; the line
    is plain (no furniture's rule: ``Tags: ...``, ``Photo: ...`` are not facts) and ends
    like no sentence.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Rating: 4/5\\nWhere: Harbour Green\\nThe reason: cost\\nIt said: yes.\\n"
        >>> [_is_field_line(i) for i in classify_lines(text, split_lines(text))]
        [True, True, True, False]
    """
    if info.kind != "short" or info.rule is not None or info.shape.sentence_end:
        return False
    label, colon, fact = info.line.text.partition(": ")
    return (
        bool(colon)
        and bool(fact.strip())
        and label[:1].isupper()
        and 0 < len(label.split()) <= MAX_FIELD_LABEL_WORDS
        and not holds_any(label, "0123456789")
        # A link under its label (``Listen: http://...``, ``Related Roundup: Title``,
        # ``Tag: example.com``) is the page's, no fact.
        and not any(w in _LINK_LABEL_WORDS for w in caseless(label).split())
        and _regex.search(_LINK_IN_FACT_RE, fact) is None
    )


def _is_score_fact(info: LineInfo) -> bool:
    """A fact that is a figure, alone under its label: ``Rating: 4/5``, ``Price: $129``.

    A box of one fact closes the story only so (:func:`_closing_box`): one label over
    words (``Source: Al Jazeera``, ``Kategorie: Nagellack``) is the page's more often.
    The fact holds a figure and at most :data:`MAX_SCORE_WORDS` words.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Rating: 4/5\\nSource: Coast News\\n"
        >>> [_is_score_fact(i) for i in classify_lines(text, split_lines(text))]
        [True, False]
    """
    fact = info.line.text.partition(": ")[2]
    return (
        _is_field_line(info)
        and holds_any(fact, "0123456789")
        and len(fact.split()) <= MAX_SCORE_WORDS
    )


def _closing_box(infos: Sequence[LineInfo], used: Sequence[bool], start: int) -> int:
    """Where a box of facts or a table closing the article at line ``start`` ends.

    Under the body's last paragraph a story may close with its own box: a table or a
    list (``Price | $129``, ``Battery | Up to 12 days``), an event's facts (``Event
    details`` / ``When: ...`` / ``Where: ...``), a review's ``Rating: 4/5``. Its lines are
    items or rows (:func:`_is_list_or_row`, their cells parted by bars or tabs: a row
    of figures spaced apart, ``Valley 6 5 1 0 16``, may be a widget's) or facts under
    their labels (:func:`_is_field_line`, a date allowed in the fact), at most
    :data:`MAX_LIST_LINES`, with at most :data:`MAX_TABLE_LABELS` short plain lines
    besides (a heading, ``Event details``). They are the article's when the page's
    furniture stands right under them (a share bar, the tags, a box of links, the
    comments, the footer) or the text ends there; a short line or a paragraph more and
    the lines may be a box of the site's (scores of other games over their teasers).
    Returns ``start`` if there is no such box.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Event details\\nWhen: Saturday 15 June\\nWhere: Harbour Green\\nShare\\n"
        >>> _closing_box(classify_lines(text, split_lines(text)), [False] * 4, 0)
        3
        >>> text = "Event details\\nWhen: Saturday 15 June\\nHarbour fees to rise again\\n"
        >>> _closing_box(classify_lines(text, split_lines(text)), [False] * 3, 0)
        0
    """
    n = len(infos)
    end = start
    rows = labels = 0
    heading = False  # whether the last line taken is a heading, no row nor fact
    while end < n and end - start < MAX_LIST_LINES and not used[end]:
        info = infos[end]
        # Its fact may be a date (``When: Saturday 15 June``), not a byline.
        fact = _is_dated_fact(info) or (
            _is_field_line(info) and "@" not in info.line.text and not _is_header_line(info.line)
        )
        if not fact and (_rules_out_stretch(info) or info.repeated or info.shape.sentence_end):
            break
        # A row of figures parted by spaces alone (``Valley 6 5 1 0 16``) may be a
        # widget's (a league table beside every story); cells a bar or a tab parts,
        # and a list's items, are set by the writer.
        heading = not fact and not (
            _is_list_or_row(info)
            and (
                " | " in info.line.text
                or "\t" in info.line.text
                or _CELL_SPACES in info.line.text
                or info.line.text.startswith(_LIST_MARKS)
            )
        )
        if heading:
            if labels >= MAX_TABLE_LABELS or not _is_inner_line(info):
                return start
            labels += 1
        else:
            rows += 1
        end += 1
    # A heading ends no box: a short line under the facts is another box's headline.
    if heading or (end < n and (used[end] or infos[end].rule is None)):
        return start
    if rows < MIN_BOX_ROWS and not (end == start + 1 and _is_score_fact(infos[start])):
        return start
    return end


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
