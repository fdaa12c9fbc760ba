"""The runs of prose that make a web page's article body, and how they join.

A run of prose ends where the chrome after it outweighs it; runs join across short
gaps; separators, copies of the body, torn starts and closing headlines are settled
here.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse import _regex
from newsparse._text import caseless, holds_any
from newsparse.extract.bylines import is_local_byline, read_byline, reads_as_names
from newsparse.extract.furniture import furniture_rule
from newsparse.formats._page.boxes import (
    _SIGNUP_REPORT_WORDS,
    _SIGNUP_RULES,
    _about_signing_up,
    _is_cut_off,
    _is_repeated_quotation,
    _is_signup_blurb,
    _is_signup_button,
)
from newsparse.formats._page.lines import (
    _BOUNDARY_RULES,
    MIN_JOIN,
    MIN_TITLE_WORDS,
    _is_header_line,
    _is_post_signature,
    _is_related_label,
    _sentence_words,
)
from newsparse.formats._page.links import MIN_TEASERS, _goes_on_past_teaser, _shares_word
from newsparse.formats._page.lists import _is_inset_slot
from newsparse.formats._page.title import _STOPWORDS, _site_words, _speaks_as_site, _topic_words

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from newsparse._text import Line
    from newsparse.extract.classify import LineInfo
    from newsparse.formats._base import Builder

#: How much chrome (in word units, see :mod:`newsparse.extract.classify`) a run of
#: prose may carry across before it ends.
GAP_TOLERANCE = 40.0
#: The most lines of chrome in a row inside one run.
MAX_GAP_LINES = 6
#: The most lines of chrome between two runs that are still one article.
MAX_JOIN_GAP = 16
#: The most lines without a letter in a row that are a table's cells, not chrome.
MAX_TABLE_ROW = 12
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
#: The most lines of prose in an article's closing tail under an inset box (see
#: :func:`_closing_tail`): one or two short paragraphs, too light to be a run of their own.
MAX_TAIL_LINES = 3
#: The fewest lines of prose under one call to the reader between paragraphs that carry
#: the story on (see :func:`_continues_past_call`): a note on the author is one or two.
MIN_AFTER_CALL_LINES = 3
#: The most lines of the inset box between the article and its closing tail (a sign-up
#: box, a box of two headlines or three, a list of eight items with its lead-in).
MAX_TAIL_GAP = 10
# A bar between two words: a row of links (``Terms | Privacy``) or a table's cells, no
# paragraph's.
_BAR_RE = regex.compile(r"\S\x20\|\x20\S")
# The lines of a gallery's slide under its counter (``Image 2 of 5``), besides the next
# slide's counter.
_SLIDE_RULES = frozenset({"caption", "credit"})
#: How many opening words two items of a list in a row share (``in section``).
ITEM_OPENING_WORDS = 2
# A link or a handle in a story's notes: ``Reach the reporters at https://...``, ``@jo``.
_NOTE_LINK_RE = regex.compile(r"https?://|(?<![\w@])@\w")
# An e-mail's header line: under a separator, a message pasted into the story.
_MAIL_HEADER_RE = regex.compile(r"(?:From|Sent|To|Cc|Subject|Date)\x20?:", regex.IGNORECASE)
# A line that parts the sections of a story: one mark three times or more, spaced or not
# (``___``, ``* * *``, ``-----``).
_SEPARATOR_RE = regex.compile(r"([_*=~\u2022-])(?:\x20?\1){2,}+")
# A sign-up box's question to the reader about the page: ``Like this article?``,
# ``Enjoyed this story?``, ``Want more?``. ``\G``: matched only at a line's start.
_SIGNUP_QUESTION_RE = regex.compile(
    r"\G(?:(?:Did\x20you\x20)?(?:Like|Enjoy|Love)(?:d|ed)?\x20(?:this|what\x20you|reading)\b"
    r"[^\n?]{0,40}+\?|Want\x20more\b[^\n?]{0,40}+\?)",
    regex.IGNORECASE,
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


def _is_sentence_line(info: LineInfo) -> bool:
    """A short line that ends like a sentence and opens like one, not repeated on the page.

    Such a line inside the body is the article's (see ``WebpageFormat._is_short_sentence``); just
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


def _is_next_entry(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether short line ``i``, in lower case, is the next entry of a list of quantities.

    A recipe's ingredients in Italian, French or Spanish open in lower case once the
    quantity is gone (``100 g di amaretti`` / ``80 g di parmigiano grattugiato`` /
    ``noce moscata``): under two short entries in a row that each hold a figure and do
    not end like sentences, such a line is an entry of its own, not the rest of the
    one above.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "1 kg di zucca\\n100 g di amaretti\\nnoce moscata\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _is_next_entry(infos, 2), _is_next_entry(infos, 1)
        (True, False)
    """
    if i < 2 or infos[i].kind != "short" or not infos[i].line.text[:1].islower():  # noqa: PLR2004
        return False
    if _amid_entries(infos, i):
        return True
    return all(
        infos[k].kind == "short"
        and not infos[k].shape.sentence_end
        and holds_any(infos[k].line.text, "0123456789")
        for k in (i - 2, i - 1)
    )


def _amid_entries(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether short line ``i`` stands amid a list's entries, each a short line of its own.

    German sets the entries of a list under a subheading in lower case but for its
    nouns (``Was die Forscher fanden`` / ``Tropfsteine von bis zu vier Metern`` /
    ``einen unterirdischen See`` / ``Knochen von Höhlenbären``): the line above and
    the line under are short, none of the three ends like a sentence, and the line
    under does not carry on this one. A sentence wrapped over short lines ends on one
    with a stop: ``the bridge will close`` / ``for two weeks.``.
    """
    if i + 1 >= len(infos):
        return False
    trio = (infos[i - 1], infos[i], infos[i + 1])
    return not trio[2].continues and all(
        info.kind == "short" and info.rule is None and not info.shape.sentence_end for info in trio
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


#: The most lines of a sentence that its inline links broke apart, the one that ends it
#: included (``check the`` / ``full list of closed roads`` / ``on the council website``
#: / ``before setting out.``).
MAX_LINK_BREAK_LINES = 6


def _mark_link_breaks(infos: list[LineInfo], open_words: frozenset[str]) -> None:
    """Mark the pieces of a sentence that the flattening broke at its inline links.

    A page flattened to text sets each link of a paragraph on a line of its own, so a
    sentence may run over short lines, the link's words among them, each opening in
    lower case where the sentence goes on (``Drivers were told to check the`` / ``full
    list of closed roads`` / ``on the council website`` / ``before setting out, and
    ...``). :attr:`LineInfo.continues` joins only a line under one as long as
    hard-wrapped prose's (:data:`~newsparse.extract.classify.MIN_WRAPPED_CHARS`): a
    short line may be a list's entry. Here a line in lower case under one that ends on a
    word no sentence ends on (``open_words``, the page language's
    :data:`~newsparse.stopwords.OPEN_WORDS`: ``the``, ``to``) carries it on when the
    lines under it, each in lower case, reach a line that ends a sentence within
    :data:`MAX_LINK_BREAK_LINES`: the sentence is whole. A heading or a list's lead-in
    over a line that opens with a brand's name in lower case (``About my6sense``,
    ``This could occur:``), a list's entries (``Tropfsteine bis vier Meter`` / ``einen
    unterirdischen See``) and a torn caption under a label (``Photos`` / ``which were
    released ...``) end on no such word.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = ("Drivers were told to check the\\nfull list of roads\\non the council site\\n"
        ...         "before setting out, and to avoid the river road.\\n")
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _mark_link_breaks(infos, frozenset({"the"}))
        >>> [info.continues for info in infos]
        [False, True, True, True]
        >>> text = "Was sie fanden\\nTropfsteine bis vier Meter\\neinen See\\nKnochen\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _mark_link_breaks(infos, frozenset({"the"}))
        >>> any(info.continues for info in infos)
        False
    """

    def piece(info: LineInfo) -> bool:
        return info.rule is None and info.kind in ("prose", "short")

    i = 1
    while i < len(infos):
        above = infos[i - 1]
        if (
            not infos[i].line.text[:1].islower()
            or above.shape.sentence_end
            or not piece(above)
            or above.line.text.rsplit(maxsplit=1)[-1] not in open_words
        ):
            i += 1
            continue
        k = i
        while (
            k < len(infos)
            and k - i < MAX_LINK_BREAK_LINES
            and piece(infos[k])
            and (infos[k].continues or infos[k].line.text[:1].islower())
            and not infos[k].shape.sentence_end
        ):
            k += 1
        if (
            k < len(infos)
            and k - i < MAX_LINK_BREAK_LINES
            and piece(infos[k])
            and (infos[k].continues or infos[k].line.text[:1].islower())
        ):
            for m in range(i, k + 1):
                infos[m] = attrs.evolve(infos[m], continues=True)
        i = k + 1


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
        >>> from newsparse._text import split_lines
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


def _density(infos: Sequence[LineInfo], run: tuple[int, int, float]) -> float:
    """The share of prose among the lines of ``run``, a photo's caption and credit aside.

    A list of teasers (a title, a name and a date per summary) has little prose; a
    story's lead and the paragraph under its photo are no less a story for the caption
    and the credit between them.
    """
    lines = range(run[0], run[1] + 1)
    prose = sum(1 for i in lines if infos[i].kind == "prose")
    captions = sum(1 for i in lines if infos[i].kind == "caption")
    return prose / max(1, len(lines) - captions)


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


def _closing_tail(infos: Sequence[LineInfo], used: Sequence[bool], last: int, footer: int) -> int:
    """Where the article ends, past a short closing tail under an inset box after ``last``.

    An inset box set in the story near its end (a sign-up box, a box of two related
    headlines, a list that a short line announces, ``How to book:`` / ``1. ...``) may
    leave one to three short paragraphs under it, too light to weigh as a run of prose
    of their own (or to outweigh the box, so that the run above ends before them). They
    are the article's when they are the page's last prose before its closing furniture:

    * the lines between are at most :data:`MAX_TAIL_GAP` lines of one inset box
      (:func:`_is_inset_gap`; a sign-up box counts as one line, so a table under it
      may follow: :func:`_tail_gap_lines`), the first of them no sign-off
      (:func:`_closes_article`);
    * the tail is at most :data:`MAX_TAIL_LINES` lines of prose, above the page's
      footer and its comments, each ending like a sentence, and none a line the page
      repeats, a byline or a date, a headline cut off for a link, a row of links or
      cells (``Terms | Privacy``) or about signing up (``Get the news in your inbox``;
      right under a sign-up box, a line that names an e-mail address or subscribing
      at all is the box's small print: ``By providing an email address, I agree ...``);
    * right under it (or under the short sentence that closes it, which
      :func:`_closes_article` keeps), the text ends or furniture stands (a share bar,
      the footer's links, a box's label, the comments): a paragraph more, or a short
      line such as a headline of another box, and the tail is none.

    Past a link to another story set in the text (``Related: Title``), the tail tells of
    what the paragraphs over the box do (:func:`_tail_tells_of`): a blog's tagline
    under the link and the author's name (``Siamo un memorabilia ...``) is not the
    story's.

    The tail does not speak as the site (:func:`_speaks_as_site`): its boilerplate under
    a box (``The Courier is a member of the Independent Press Standards Organisation.``,
    ``Our journalists follow the Editors' Code of Practice.``) is not the story's.

    Returns ``last`` when there is no such tail.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "The island ferry will run two extra sailings on weekdays from Monday.\\n"
        ...     "Related\\nHarbour fees to rise in spring as council seeks income\\n"
        ...     "Bus route 14 to be withdrawn after fifty years\\n"
        ...     "Ferry fares for weekday sailings will stay as they are until the end of May.\\n"
        ...     "Privacy Policy\\n"
        ... )
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _closing_tail(infos, [False] * len(infos), 0, len(infos))
        4

        Under one headline, a paragraph that tells of the story and not of the
        headline is the story's; one that retells the headline is its teaser:

        >>> teaser = text.replace("Bus route 14 to be withdrawn after fifty years\\n", "")
        >>> infos = list(classify_lines(teaser, split_lines(teaser)))
        >>> _closing_tail(infos, [False] * len(infos), 0, len(infos))
        3
        >>> teaser = teaser.replace("Ferry fares for weekday sailings", "Harbour fees")
        >>> infos = list(classify_lines(teaser, split_lines(teaser)))
        >>> _closing_tail(infos, [False] * len(infos), 0, len(infos))
        0
    """
    n = len(infos)
    start = last + 1
    end = start
    while end < n and (used[end] or infos[end].kind != "prose"):
        end += 1
    if end in (start, n) or end > footer or _tail_gap_lines(infos, used, start, end) > MAX_TAIL_GAP:
        return last
    tail = end
    while tail + 1 < min(n, end + MAX_TAIL_LINES) and infos[tail + 1].kind == "prose":
        tail += 1
    # Under a box of one headline, two paragraphs, or one that tells of the story and
    # not of the headline, are the story's (else one is the teaser's summary); so is
    # one the story's writer signs, the page closing under the sign-off.
    # A teaser's card is signed too (``Related`` / ``Quarry Road to get new lights`` /
    # ``The council will put lights on Quarry Road ...`` / ``By Tom Reeve``): a paragraph
    # that retells the box's headline is its summary, whoever signs it. And the sign-off
    # must be one the words shared with the story cannot stand for, a Korean reporter's
    # role or a Turkish label (``김민수 기자``, ``Haber: Elif Demirtaş``), whose language
    # hides a shared word under its endings; under ``By Tom Reeve`` the words tell.
    signed = (
        tail + 1 < n
        and is_local_byline(infos[tail + 1].line.text)
        and _signed_under(infos, tail + 1)
        and not _retells(infos[end - 1].line.text, infos[end].line.text)
    )
    story_on = tail > end or signed or _goes_on_past_teaser(infos, last, end)
    if _closes_article(infos, used, start) or not _is_inset_gap(
        infos, used, start, end, story_on=story_on
    ):
        return last
    under = tail + 1
    if signed:
        under += 1  # the writer's sign-off (``김민수 기자``), read as the byline later
    elif _closes_article(infos, used, under):
        under += 1  # a short sentence that closes it (``Tickets are free.``), kept with it
    if under < n and not used[under] and infos[under].rule is None:
        return last
    # The site's words that the story does not use itself (a town's paper is named
    # after the town its stories tell of).
    site = _site_words(infos[0].line.text) - {
        w for k in range(max(0, last - MAX_TAIL_GAP), last + 1) for w in infos[k].line.text.split()
    }
    if any(_is_inset_slot(infos[k]) for k in range(start, end)) and not _tail_tells_of(
        infos, last, end, tail
    ):
        return last
    # Right under a sign-up box (its button, its label), its small print.
    box = infos[end - 1].rule in _SIGNUP_RULES or _is_signup_button(infos[end - 1])
    for i in range(end, tail + 1):
        info = infos[i]
        text = info.line.text
        if (
            used[i]
            or info.repeated
            or not info.shape.sentence_end
            or _about_signing_up(text)
            or _is_signup_blurb(text)
            or (box and holds_any(text.casefold(), _SIGNUP_REPORT_WORDS))
            or _is_cut_off(info)
            or _is_header_line(info.line)
            or _regex.search(_BAR_RE, text) is not None
            or _speaks_as_site(text, site)
        ):
            return last
    return tail


def _signed_under(infos: Sequence[LineInfo], i: int) -> bool:
    """Whether line ``i`` is the story's sign-off, with the page's end or furniture under it.

    A byline with a label (``By Jane Doe``, Turkish ``Haber: Elif Demirtaş``) or a
    Korean reporter's role after the name (``김민수 기자``, an e-mail address after it:
    :func:`~newsparse.extract.bylines.is_local_byline`), its names reading as names; the
    text ends under it or furniture stands there (the copyright, the footer's links).
    A teaser's summary in a box of other stories is signed by no one.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = "The pool reopens in May.\\nBy Elif Demir\\nHome\\nPrivacy Policy\\n"
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> _signed_under(infos, 1), _signed_under(infos, 0), _signed_under(infos, 4)
        (True, False, False)
    """
    if i >= len(infos) or (infos[i].kind == "furniture" and infos[i].rule is not None):
        return False
    line = infos[i].line.text
    if len(line) > MAX_SIGN_OFF:
        return False
    local = is_local_byline(line)
    found = read_byline(line)
    if found is None or not found.byline.authors or not (local or reads_as_names(found)):
        return False
    return i + 1 == len(infos) or infos[i + 1].kind == "furniture"


# A Korean word of two syllables or more, which takes its particles on (``공사``,
# ``공사를``).
_HANGUL_WORD_RE = regex.compile(r"\p{Hangul}{2,40}+")


def _retells(headline: str, text: str) -> bool:
    """Whether the paragraph ``text`` retells ``headline``, a box's: a word of it shared.

    A word or a form of it (:func:`~newsparse.formats._page.links._shares_word`), or a
    Korean word of the headline that opens one of the paragraph's, its particle after
    it (``한강 다리 보수`` / ``서울시는 한강 다리 세 곳의 보수 공사를 ...``).

    Examples:
        >>> _retells("Quarry Road to get lights", "The council will light Quarry Road.")
        True
        >>> _retells("\ub2e4\ub9ac \ubcf4\uc218", "\ub2e4\ub9ac\ub97c \uace0\uce5c\ub2e4.")
        True
        >>> _retells("\ud574\ubcc0 \uc4f0\ub808\uae30", "\uad70\uc740 \ub2f9\ubd80\ud588\ub2e4.")
        False
    """
    if _shares_word(headline, text):
        return True
    words = text.split()
    return any(
        _regex.fullmatch(_HANGUL_WORD_RE, h) is not None and any(w.startswith(h) for w in words)
        for h in headline.split()
    )


#: The longest line read as a writer's sign-off under the story.
MAX_SIGN_OFF = 80


# A price offered to the reader: ``you`` and a sum in a currency, either order.
_PRICE_TO_READER_RE = regex.compile(
    r"(?i)\byou(?:r)?\b[^\n]{0,200}?[\u00a3$\u20ac\u00a5\u20b9]\x20?\d"
    r"|[\u00a3$\u20ac\u00a5\u20b9]\x20?\d[^\n]{0,200}?\byou(?:r)?\b"
)


def _continues_past_call(infos: Sequence[LineInfo], last: int, run: tuple[int, int, float]) -> bool:
    """Whether ``run`` carries the story on under one call to the reader after ``last``.

    A site sets its call alone between two paragraphs (``Siga-nos no WhatsApp``,
    ``Follow us on Telegram for updates``): the newsletter's rule reads it, and a
    sign-up box's rule (:func:`~newsparse.formats._page.boxes._continues_past_signup`)
    asks twice :data:`MIN_JOIN` words of the run under it. One line is no box: the
    story goes on under it when the run holds :data:`MIN_AFTER_CALL_LINES` lines of
    prose or more, each ending like a sentence, none about signing up, and tells of
    what the paragraphs over it do (:func:`_tail_tells_of`). So a line the call's rule
    misreads (a story's sentence that names an app) costs the story no paragraph under
    it; a note on the author or a blurb under a call at the story's end tells of none.
    """
    if run[0] != last + 2 or infos[last + 1].rule != "newsletter":
        return False
    prose = [i for i in range(run[0], run[1] + 1) if infos[i].kind == "prose"]
    return (
        len(prose) >= MIN_AFTER_CALL_LINES
        and all(infos[i].shape.sentence_end for i in prose)
        and not any(_about_signing_up(infos[i].line.text) for i in prose)
        and _tail_tells_of(infos, last, run[0], run[1])
    )


def _tail_tells_of(infos: Sequence[LineInfo], last: int, start: int, end: int) -> bool:
    """Whether the tail, lines ``start`` to ``end``, shares a topic word with the story.

    The story's words are those of its prose in the :data:`MAX_TAIL_GAP` lines up to
    ``last``, its last paragraph; stop words do not count. A line that offers the
    reader a price (``For just \u00a31 a week you can read every story ...``) is a
    subscription's pitch, however many words it shares.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> t = (
        ...     "The bridge over the river opened on Saturday, the mayor said.\\n"
        ...     "Subscribe\\n"
        ...     "For just \u00a31 a week you can read every story about the bridge.\\n"
        ... )
        >>> _tail_tells_of(list(classify_lines(t, split_lines(t))), 0, 2, 2)
        False
    """
    if any(_regex.search(_PRICE_TO_READER_RE, infos[k].line.text) for k in range(start, end + 1)):
        return False
    told: set[str] = set()
    for k in range(max(0, last - MAX_TAIL_GAP), last + 1):
        if infos[k].kind == "prose":
            told |= _topic_words(infos[k].line.text)
    words: set[str] = set()
    for k in range(start, end + 1):
        words |= _topic_words(infos[k].line.text)
    return not (words - _STOPWORDS).isdisjoint(told)


def _tail_gap_lines(infos: Sequence[LineInfo], used: Sequence[bool], start: int, end: int) -> int:
    """How many of the lines ``start`` to ``end`` (exclusive) count towards a tail's gap.

    A sign-up box set in the story (its label, its blurb, its e-mail field, its
    button: lines of the sign-up rules, a button or lines already read) counts as one
    line, however many it takes: it is one inset, and the story's own table or list
    may stand right under it (``Sign up to our newsletter`` / ... / ``Sign up`` /
    ``Scoring summary`` / eight rows / ``The Hawks host Carrow on Tuesday.``).
    """
    count = 0
    box = False
    for k in range(start, end):
        in_box = used[k] or infos[k].rule in _SIGNUP_RULES or _is_signup_button(infos[k])
        count += not (in_box and box)
        box = in_box
    return count


def _is_inset_gap(
    infos: Sequence[LineInfo], used: Sequence[bool], start: int, end: int, *, story_on: bool = False
) -> bool:
    """Whether lines ``start`` to ``end`` (exclusive) are an inset box set in the story.

    Each line is plain (a short line no other line of the page repeats, no byline,
    no date: a subheading, a list's lead-in or item), an advert slot's or a link set in
    the text (``Related: Title``: :func:`~newsparse.formats._page.lists._is_inset_slot`),
    or a sign-up
    box's when the box has its button (its label, the button, the blurb that
    :meth:`~newsparse.formats.webpage.WebpageFormat._drop_signup_blurbs` took; a call
    alone, ``Follow us on ...``, which the newsletter's rule reads too, closes the
    article); and at most one is a box's label (``Related``, ``Most read``), over
    :data:`MIN_TEASERS` headlines or more (:func:`_is_box_headline_line`), or over one
    right above the tail when ``story_on`` (the caller found the story going on under
    it: :func:`_closing_tail`); else over one, a paragraph is its teaser, and topics
    (``Farming``) are no headlines.
    """
    signup = any(_is_signup_button(infos[i]) for i in range(start, end))
    labels = 0
    i = start
    while i < end:
        info = infos[i]
        if used[i]:
            if not signup:
                return False
        elif _is_inset_slot(info):
            pass  # a link set in the text (``Related: Title``), an advert slot
        elif info.rule == "related" or (info.rule == "label" and _is_related_label(info.line.text)):
            labels += 1
            k = i + 1
            while k < end and _is_box_headline_line(infos[k]):
                k += 1
            heads = k - i - 1
            if labels > 1 or (heads < MIN_TEASERS and not (story_on and heads == 1 and k == end)):
                return False
            i = k
            continue
        elif info.rule is None:
            if info.kind != "short" or info.repeated or _is_header_line(info.line):
                return False
        elif not (
            info.rule == "advert"
            # The furniture table reads the slot's usual label with the box labels.
            or (info.rule == "label" and caseless(info.line.text) == "advertisement")
            or (signup and (info.rule in _SIGNUP_RULES or _is_signup_button(info)))
        ):
            return False
        i += 1
    return True


def _is_box_headline_line(info: LineInfo) -> bool:
    """Whether a line under a box's label is one of its headlines.

    A short line (or one the box's rule marked) of :data:`MIN_TITLE_WORDS` words or
    more that does not end like a sentence: ``Bridges`` is a topic, no headline.
    """
    return (
        ((info.kind == "short" and info.rule is None) or info.rule == "related")
        and not info.shape.sentence_end
        and info.shape.words >= MIN_TITLE_WORDS
    )
