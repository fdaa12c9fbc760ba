"""Links to other stories on a web page: related lists, teasers and link boxes.

A labelled list of related stories, the headlines in a box, links in capitals, the
site's own links by its address, playlists, and the teasers of other articles a
page sets between runs of prose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse import _regex
from newsparse._text import _holds_sentence_end, after_colon, caseless
from newsparse.formats._page.lines import (
    _CLOSING_QUOTES,
    _OPENING_QUOTES,
    MIN_TITLE_WORDS,
    _furnished,
    _is_header_line,
    _is_related_label,
)
from newsparse.formats._page.lists import MAX_LIST_LINES, _is_inline_teaser, _lists_works
from newsparse.formats._page.title import _STOPWORDS, _opens_under, _split_title, _topic_words
from newsparse.vocab import PAGE_OTHER_STORIES

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse.extract.classify import LineInfo

#: The fewest words in a site's box label of the form ``More Great Herald Stories``.
MIN_MORE_LABEL_WORDS = 3
#: How many of a box's lines (other stories' headlines, bylines and dates) may stand
#: between its label (``Most read``) and a date that is one of its stories'.
TEASER_REACH = 6
#: The most words in a box's label (``Related Stories``, ``You may also like``).
MAX_LABEL_WORDS = 4
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
# The labels of a button that opens the rest of the story (case-folded): the story may
# go on right under one, as it does under no other box's label.
_READ_ON_LABELS = frozenset(("read more", "continue reading", "read full story"))
# A playlist's count of its items, on a line of its own: ``(16 Videos)``. ``\G``:
# matched only at the position its caller gives.
_PLAYLIST_COUNT_RE = regex.compile(r"\G\((?P<count>\d{1,2})\x20(?:Videos|Clips)\)")


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
    follow it. So is a label the furniture table reads as a site dump's label between
    its boxes (``Related Stories``): on a page, it heads a box of links, which ends a
    run of prose as the other labels do. ``Read more`` (:func:`_reads_on`) stays a
    label: a button set in the story, it parts no run.
    """
    for i, info in enumerate(infos):
        if (
            info.kind == "short"
            and info.rule is None
            and (
                _is_related_label(info.line.text)
                or (_is_more_stories(info.line.text) and _headlines_under(infos, i))
            )
        ) or (
            info.rule == "label"
            and _is_related_label(info.line.text)
            and not _reads_on(info.line.text)
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


def _reads_on(text: str) -> bool:
    """Whether ``text`` is a button that opens the rest of the story: ``Read more``.

    Examples:
        >>> _reads_on("Read More"), _reads_on("Continue reading..."), _reads_on("Most read")
        (True, True, False)
    """
    return caseless(text).rstrip(" :.\u2026") in _READ_ON_LABELS


def _mark_box_summaries(infos: list[LineInfo], used: Sequence[bool], headline: str) -> None:
    """Mark the summaries of other stories right under a box's bare label as its links.

    A box of other stories (``Most Popular``, ``Related Articles``: a label of
    :data:`~newsparse.vocab.PAGE_OTHER_STORIES`) may give each story a one-sentence summary
    (:func:`_is_summary`) alone, its headline lost as an image's. Right under the
    label, :data:`MIN_TEASERS` such lines or more, up to a line that is no paragraph
    (the footer, another box, the end), are the box's
    (furniture ``related``) when they tell of other things than the story: at most
    half of them share a word (:func:`_topic_words`, but stop words) with the
    ``headline`` (another story may share one, ``Bus timetable changes on Sunday``
    under ``Ferry timetable changes from Monday``). The paragraphs of the story that
    go on under an empty box (``Trending`` over ``In the 21st century, the plague is
    ...``) mostly tell of what the headline does; a summary that a paragraph follows
    is the story going on under the box, and ``Read more`` (:data:`_READ_ON_LABELS`)
    may stand right over the rest of the story (:func:`_reads_on`). (A box that gives each story its
    headline over its summary is :func:`_teasers_under_label`'s.)

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> from newsparse.formats._page.lines import _furnished
        >>> t = ("Most Popular\\n"
        ...      "A former mill worker has turned the old warehouse into a climbing centre.\\n"
        ...      "Residents of Eastfield are asked to boil their water after a routine test.\\n"
        ...      "Privacy Policy\\n")
        >>> infos = list(classify_lines(t, split_lines(t)))
        >>> infos[0] = _furnished(infos[0], "related")
        >>> _mark_box_summaries(infos, [False] * 4, "Ferry timetable changes from Monday")
        >>> [info.rule for info in infos]
        ['related', 'related', 'related', 'legal']
        >>> infos = list(classify_lines(t, split_lines(t)))
        >>> infos[0] = _furnished(infos[0], "related")
        >>> _mark_box_summaries(infos, [False] * 4, "Climbing centre shut as Eastfield water fails")
        >>> [info.rule for info in infos]
        ['related', None, None, 'legal']
    """
    told = _topic_words(headline) - _STOPWORDS
    if not told:
        return
    for i, info in enumerate(infos):
        if (
            info.rule != "related"
            or info.kind != "furniture"
            or not _is_bare_label(info.line.text)
            or _reads_on(info.line.text)
            or not caseless(info.line.text).startswith(PAGE_OTHER_STORIES)
        ):
            continue
        end = i + 1
        while (
            end < len(infos)
            and end - i <= MAX_LIST_LINES
            and not used[end]
            and infos[end].rule is None
            and _is_summary(infos[end])
        ):
            end += 1
        summaries = range(i + 1, end)
        if (
            len(summaries) < MIN_TEASERS
            or (end < len(infos) and infos[end].kind == "prose")
            # Most of them tell of what the headline does: the story goes on.
            or 2 * sum(not told.isdisjoint(_topic_words(infos[k].line.text)) for k in summaries)
            > len(summaries)
        ):
            continue
        for k in summaries:
            infos[k] = _furnished(infos[k], "related")


def _is_summary(info: LineInfo) -> bool:
    """Whether ``info`` reads as a story's summary in a box: one sentence, a full stop.

    ``The county's bus timetable changes on Sunday, with fewer evening services.``; a
    headline ends with no stop, a question mark or an ellipsis (``Plague of mosquitos
    to devastate Britain as Hurri...``), and a paragraph often holds more sentences.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> t = ("The county's bus timetable changes on Sunday, with fewer evening services.\\n"
        ...      "Will the ferry run again this winter, now that the council has paid?\\n"
        ...      "The ferry stopped. It will run again on Monday, the council said today.\\n")
        >>> [_is_summary(info) for info in classify_lines(t, split_lines(t))]
        [True, False, False]
    """
    text = info.line.text.rstrip(_CLOSING_QUOTES + ")")
    return (
        info.kind == "prose"
        and text.endswith(".")
        and not text.endswith("..")
        and not _holds_sentence_end(info.line.text)
    )


def _heads_box(text: str) -> bool:
    """Whether a related line is a box's label: nothing follows its colon.

    ``Related: Town approves cycle lane`` is a link itself.

    Examples:
        >>> _heads_box("Most read in world news"), _heads_box("Read more: Town votes")
        (True, False)
    """
    title = after_colon(text)  # a full-width colon too (U+FF1A)
    return title is None or not title.strip()


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
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
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
        >>> from newsparse._text import split_lines
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
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
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


def _mark_site_links(infos: list[LineInfo], used: Sequence[bool]) -> None:
    """Mark a link to another story of the site, named by the site's address, as related.

    ``On HeraldOnline.com: Ferry fares to rise``, when the title
    names the site (``... | Herald Online``; compared without spaces, case or
    ``the``): another site's address (``On Change.org: More than 5,000 people ...``)
    may head a part of the story.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
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


def _mark_counted_playlists(infos: list[LineInfo], used: Sequence[bool]) -> None:
    """Mark the titles under a playlist's count (``(16 Videos)``) as its links.

    A video player lists the titles it plays under their count: the count's number of
    lines under it, each a line of at most :data:`MAX_TEASER_WORDS` words that no rule
    has marked and that ends like no sentence but a question, are the list's
    (furniture ``related``), not the lead of the article that follows them. With fewer
    such lines, the count marks none.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
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
    a link parts no run of prose (see :meth:`~newsparse.formats.webpage.WebpageFormat._choose_run`).
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


#: The fewest lines of prose under a box of one link set in the text that carry the
#: story on (one is the teaser's own summary).
MIN_PAST_TEASER_PROSE = 2


def _inline_teaser_between(
    infos: Sequence[LineInfo], used: Sequence[bool], last: int, run: tuple[int, int, float]
) -> bool:
    """Whether a box of one link set in the text parts ``run`` from ``last``, the story going on.

    The box is a bare label over one headline (``Leia também`` / ``Feira de artesanato
    muda de endereço``: :func:`~newsparse.formats._page.lists._is_inline_teaser`),
    alone between the two runs, as ``See also: Title`` on one line is
    (:func:`_inline_link_between`). The story goes on under it when ``run`` opens
    with a paragraph that ends like a sentence and, down to the page's next furniture,
    :data:`MIN_PAST_TEASER_PROSE` lines of prose or more stand under the headline: a
    subheading, a list or a table may stand among them (past ``run``'s end), which
    weigh the run down though they are the story's. One paragraph alone under the
    headline is the teaser's summary, unless it tells of the story and not of the
    headline (:func:`_goes_on_past_teaser`).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "The council agreed on Monday to rebuild the harbour wall before winter.\\n"
        ...     "Also read\\nHarbour wall work to start in September\\n"
        ...     "Work will start in September and should take about ten weeks, it said.\\n"
        ...     "What changes\\nNew steps\\nNew lights\\n"
        ...     "The car park will stay open while the work goes on, the council said.\\n"
        ... )
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> used = [False] * len(infos)
        >>> _inline_teaser_between(infos, used, 0, (3, 3, 14.0))
        True
        >>> teaser = "\\n".join(text.splitlines()[:4]) + "\\nShare\\nFacebook\\n"
        >>> infos = list(classify_lines(teaser, split_lines(teaser)))
        >>> _inline_teaser_between(infos, used, 0, (3, 3, 14.0))
        False
    """
    start = run[0]
    first = infos[start]
    if not (
        start - last - 1 == 2  # noqa: PLR2004 - the label and its one headline
        and _is_inline_teaser(infos, used, last + 1)
        and first.kind == "prose"
        and first.shape.sentence_end
    ):
        return False
    # The story's lines under it run on to the page's next furniture: past ``run``, a
    # subheading and a list may stand over its closing paragraph (``Was die Forscher
    # fanden`` / ``einen unterirdischen See`` / ``Die Höhle bleibt geschlossen.``).
    end = start
    while end + 1 < len(infos) and not used[end + 1] and infos[end + 1].kind != "furniture":
        end += 1
    # ``first`` is prose, so one line of prose stands there at least. A label that ends
    # with a colon (``Leia também:`` / ``Title``) is ``Read also: Title`` split in two, a
    # link and no box's: one paragraph under it is the story's; so is one that tells of
    # the story and not of the headline.
    return (
        sum(infos[i].kind == "prose" for i in range(start, end + 1)) >= MIN_PAST_TEASER_PROSE
        or _is_split_inline_link(infos, used, last + 1)
        or _goes_on_past_teaser(infos, last, start)
    )


#: How many letters of two words must agree for two lines to share it (``library``
#: and ``libraries``, ``budget`` and ``budgets``).
SHARED_STEM = 5
#: How many lines up from the story's last paragraph over a box tell what it is about.
STORY_LINES = 3


def _shares_word(told: str, line: str) -> bool:
    """Whether ``line`` shares a word (not a stop word) with ``told``, its first letters.

    Examples:
        >>> _shares_word("County budget spares libraries", "The budgets were cut.")
        True
        >>> _shares_word("County budget spares libraries", "Opening hours stay.")
        False
    """
    return bool(_shared_stems(told, line))


def _shared_stems(told: str, line: str) -> set[str]:
    """The words (not stop words) of ``line`` that ``told`` has too, or a form of them.

    Two words are forms of one when they agree but in the shorter's last
    :data:`WORD_ENDING` letters, in :data:`SHARED_STEM` letters or more (``library``
    and ``libraries``, ``bench`` and ``benches``); two compounds that open alike
    (``Stadtrat``, ``Stadtbad``) are not.

    Examples:
        >>> sorted(_shared_stems("The county budget spares libraries", "Library budgets hold."))
        ['budgets', 'library']
        >>> _shared_stems("Das Stadtbad bleibt zu.", "Der Stadtrat tagt.")
        set()
    """
    told_words = _topic_words(told) - _STOPWORDS
    return {
        w
        for w in _topic_words(line) - _STOPWORDS
        if any(_one_word(w, t) for t in told_words if t[:SHARED_STEM] == w[:SHARED_STEM])
    }


#: How many letters at the end of a word its other forms may change (``library``,
#: ``libraries``).
WORD_ENDING = 2


def _one_word(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are forms of one word (see :func:`_shared_stems`)."""
    if a == b:
        return True
    common = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return common >= max(SHARED_STEM, min(len(a), len(b)) - WORD_ENDING)


#: How many words a paragraph under a box of one headline shares with the story over
#: the box to be the story's: one (``hospital``, a name, a weekday) is as often a
#: related story's summary, on the same topic.
MIN_SHARED_STEMS = 2
# The words of speech that any two lines of news share (``said``, ``says``, ``told``).
_SPEECH_STEMS = frozenset({"said", "says", "told", "added", "sagte", "sagt", "dijo"})


def _goes_on_past_teaser(infos: Sequence[LineInfo], last: int, start: int) -> bool:
    """Whether the paragraph ``start``, under a box's label and one headline, is the story's.

    A teaser's summary retells its headline (``County budget spares libraries`` /
    ``Next year's budget leaves the library service as it is.``), or tells of another
    story in words of its own (``Ferry timetable changes`` / ``Sailings will run every
    hour.``). The story's last paragraph under the box shares
    :data:`MIN_SHARED_STEMS` words or more (not ``said``) with the story's
    :data:`STORY_LINES` lines of prose up to ``last`` and none with the headline
    (:func:`_shares_word`): a related story's summary on the same topic shares one
    (``Staff at the hospital will see the rise ...`` under a story about the hospital).
    """
    story = " ".join(
        infos[k].line.text
        for k in range(max(0, last - STORY_LINES + 1), last + 1)
        if infos[k].kind == "prose"
    )
    text = infos[start].line.text
    shared = _shared_stems(story, text) - _SPEECH_STEMS
    return len(shared) >= MIN_SHARED_STEMS and not _shares_word(infos[start - 1].line.text, text)


def _is_split_inline_link(infos: Sequence[LineInfo], used: Sequence[bool], i: int) -> bool:
    """Whether line ``i`` is a link's label that ends with a colon, over its one headline.

    ``Read also:`` / ``Detour causes queues in Ashford``, ``Leia também:`` / ``Title``:
    a link set in the text (``Read also: Title``) that the page's markup split after
    its colon. A box of other stories sets its label without one (``Related`` /
    a headline / its summary), so what stands under this one is the story's, as under
    ``Read also: Title`` on one line (:func:`_inline_link_between`).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "Read also:\\nHarbour fees to rise in spring\\nRelated\\nFerry fares to rise\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> used = [False] * 4
        >>> _is_split_inline_link(infos, used, 0), _is_split_inline_link(infos, used, 2)
        (True, False)
    """
    return _is_inline_teaser(infos, used, i) and infos[i].line.text.rstrip().endswith(_LINK_COLONS)


#: The colons that end a link's label split from its title (a full-width one in East
#: Asian pages, U+FF1A).
_LINK_COLONS = (":", "\uff1a")


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
