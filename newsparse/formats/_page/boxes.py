"""Boxes around a web page's article: comments, sign-up boxes, tags and pull quotes.

Where the readers' comments start and what heads them, an embedded post's buttons, a
pull quote repeating a sentence of the story, a blog's prompt to tweet a sentence, a
sign-up box's button and blurb, the list of the article's tags, whether the story goes
on past a sign-up box or its tags, and where the page's footer starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsparse import _regex
from newsparse._text import caseless, holds_any
from newsparse.extract.dates import find_dates
from newsparse.extract.furniture import _BRACKETED_COMMENT_COUNT
from newsparse.formats._page.lines import (
    _FORWARD_BOUNDARY_RULES,
    _HANDLE,
    _READER_RE,
    MAX_DATE_LINE,
    MIN_JOIN,
    _furnished,
    _holds_date,
    _sentence_words,
)
from newsparse.formats._page.title import _CLOCK_STAMP_RE, _TOPIC_WORD_RE, _site_words
from newsparse.vocab import PAGE_TAGS, SAYING_VERBS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._text import Line
    from newsparse.extract.classify import LineInfo
    from newsparse.formats._base import Builder

# A handle that closes a line, not part of an address: ``Image copyright @herald``.
_CLOSING_HANDLE_RE = regex.compile(r"(?<![\w.])" + _HANDLE + r"\)?[\x20\t]*+$")
# An embedded post's buttons that the furniture table reads as a comment's (compared
# case-folded).
_POST_BUTTONS = frozenset(("report", "reply"))
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
# What only a sign-up box's blurb says (compared case-folded).
# (``Subscribe for free to receive new posts``: a newsletter platform's own call;
# ``subscribe for free`` alone may be a story's: ``Residents can subscribe for free to
# flood alerts``).
_BOX_ONLY_WORDS = (
    "no spam", "unsubscribe at any time", "unsubscribe anytime", "receive new posts",
)  # fmt: skip
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
# What a site's note on its readers' comments names (compared case-folded): ``Please
# keep comments civil``, ``Join the conversation``.
_COMMENTS_NOTE_WORDS = ("comment", "conversation", "discussion")
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
#: The longest line read as a sign-up box's button (``Sign Up For Our Newsletter``).
MAX_BUTTON_CHARS = 40
#: The most lines of a sign-up box's blurb over its button, and the longest.
MAX_BLURB_LINES = 2
MAX_BLURB_CHARS = 200
#: The most lines of a sign-up box's e-mail field between its blurb and its button
#: (``Your email``, ``Enter your email``).
MAX_FIELD_LINES = 2
#: The most words of such a line.
MAX_FIELD_WORDS = 5
# An e-mail field's words (compared case-folded): ``Enter your email``, ``E-Mail-Adresse``,
# ``Votre courriel``, ``Tu correo electrónico``.
_EMAIL_WORDS = ("email", "e-mail", "courriel", "correo", "почт")
# How an e-mail field's placeholder may end.
_PLACEHOLDER_ENDS = ("...", "\u2026")
# The rules of a line that opens a box its button closes (:func:`framed_box_end`).
_FRAME_HEADS = frozenset({"paywall", "newsletter"})
# The rules of a paywall's own buttons (``Log in``, ``Already a subscriber? Log in``).
_PAYWALL_BUTTONS = frozenset({"paywall", "account"})
#: The most lines between a box's head and its button: a blurb's and a field's.
MAX_FRAMED_LINES = MAX_BLURB_LINES + MAX_FIELD_LINES
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
# The button after a sentence a blog sets apart to tweet (compared case-folded).
_TWEET_PROMPT = "click to tweet"
# A list of the article's tags: a plural label (``Tags:``, ``Topics:``, ``Filed under:``),
# then tags, if any, with no stop at the end (an abbreviation's, ``U.S.``, is none).
_TAG_LIST_RE = regex.compile(
    r"(?:Tags|Topics|Filed\x20under|Categories|Keywords|\L<page_tags>)\s?[:\uff1a]"
    r"(?:\s?[^\n]{0,200}+(?<![!?])(?<![^.\s]{2}\.)(?<!\s\p{Ll}\.))?",
    regex.IGNORECASE,
    page_tags=list(PAGE_TAGS),
)


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
    link in the share bar), and with a comment's button (``Reply``, ``Like Reply``)
    within :data:`COMMENT_BUTTON_REACH` lines under it, or the site's note on its
    comments right under it (:func:`_is_comments_note`): between two paragraphs, it is
    a link.
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
            # A comment's button (``Reply``, ``Report``) under it, or the site's note on
            # its comments: a link to the comments set between paragraphs has neither.
            and (
                any(
                    infos[k].rule == "comments"
                    for k in range(i + 1, min(i + 1 + COMMENT_BUTTON_REACH, len(infos)))
                )
                or (i + 1 < len(infos) and _is_comments_note(infos[i + 1].line.text))
            )
        ):
            infos[i] = attrs.evolve(info, rule="comments")
        elif (
            prose >= MIN_PROSE_ABOVE_COMMENTS
            and info.kind != "furniture"
            and _heads_thread(infos, i)
        ):
            infos[i] = _furnished(info, "comments")


def _is_comments_note(text: str) -> bool:
    """Whether ``text`` is a site's note to its readers on their comments.

    It names the comments or the talk under the story (:data:`_COMMENTS_NOTE_WORDS`)
    and speaks to the reader (:data:`_READER_RE`: ``you``, or a call such as ``Join``
    or ``Please``), with no one reported or quoted and no figure: ``Join the
    conversation. Please keep comments civil.``; ``Comments on the plan close on
    Friday, the council said.`` is a story's, and so is ``Join the conversation at the
    public meeting on 4 December.``.

    Examples:
        >>> _is_comments_note("Join the conversation. Please keep comments civil.")
        True
        >>> _is_comments_note("We welcome your comments; posts are moderated.")
        True
        >>> _is_comments_note("Comments on the plan close on Friday, the council said.")
        False
    """
    return (
        len(text) <= MAX_BLURB_CHARS
        and holds_any(text.casefold(), _COMMENTS_NOTE_WORDS)
        and _regex.search(_READER_RE, text) is not None
        and _regex.search(_REPORTED_RE, text) is None
        # A date or a figure is a story's (``... at the public meeting on 4 December``).
        and not any(c.isdigit() for c in text)
    )


def _is_quotation(text: str) -> bool:
    """Whether ``text`` stands in quotation marks whole, but for a closing stop.

    Examples:
        >>> _is_quotation("\u201cIt is time.\u201d"), _is_quotation('"It is time".')
        (True, True)
        >>> _is_quotation('"It is time," she said.'), _is_quotation("'90s kids remember")
        (False, False)
    """
    return text[:1] in _QUOTE_MARKS and text.rstrip(".!?\u2026")[-1:] in _QUOTE_MARKS


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


# The label of a markets page's box of the shares a story names (compared case-folded;
# the furniture table reads it as a slot: ``Related tickers``).
_TICKER_BOX_LABELS = ("related ", "mentioned ")
# A row of such a box: a ticker (``BRNM``, ``NYSE: BRNM``), or a price or its change
# (``-9.12%``, ``$41.20``, ``+0.35 (+1.2%)``), no word in them.
_TICKER_ROW_RE = regex.compile(
    r"(?:[A-Z]{2,10}+:\x20?)?[A-Z][A-Z0-9.]{0,5}+"
    r"|[-+\u2212]?[$\u20ac\u00a3\u00a5]?\d[\d.,]*+%?(?:\x20\(?[-+\u2212]?[\d.,]++%?\)?)?"
)
#: The most rows of such a box read (a ticker, the company's name, its change, a few
#: shares).
MAX_TICKER_ROWS = 12
#: The most words of a company's name in such a box.
MAX_TICKER_NAME_WORDS = 6


def _mark_ticker_boxes(infos: list[LineInfo]) -> None:
    """Mark the rows of a markets page's box of shares under its label as furniture.

    Under ``Related tickers`` (the furniture table's slot), each share's ticker, its
    company's name and its price or change stand on lines of their own (``BRNM`` /
    ``Brenmoor Foods Inc.`` / ``-9.12%``): up to :data:`MAX_TICKER_ROWS` of them, to the
    first line of anything else, are the box's (rule ``advert``, weighing nothing: the
    box weighs as one slot), so the paragraphs around it stay one run. A name is a short
    line of at most :data:`MAX_TICKER_NAME_WORDS` capitalised words; a box has a ticker
    or a figure.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> t = "Related tickers\\nBRNM\\nBrenmoor Foods Inc.\\n-9.12%\\nThe firm cut jobs.\\n"
        >>> infos = list(classify_lines(t, split_lines(t)))
        >>> _mark_ticker_boxes(infos)
        >>> [i.kind for i in infos]
        ['furniture', 'furniture', 'furniture', 'furniture', 'short']
    """
    for i, info in enumerate(infos):
        if info.rule != "advert" or not info.line.text.casefold().startswith(_TICKER_BOX_LABELS):
            continue
        rows: list[int] = []
        figures = 0
        for k in range(i + 1, min(i + 1 + MAX_TICKER_ROWS, len(infos))):
            nxt = infos[k]
            text = nxt.line.text.strip()
            if nxt.kind == "furniture" or not text:
                break
            if _regex.fullmatch(_TICKER_ROW_RE, text) is not None:
                figures += 1
            elif not (
                nxt.kind == "short"
                and len(text.split()) <= MAX_TICKER_NAME_WORDS
                and all(w[:1].isupper() or not w[:1].isalpha() for w in text.split())
            ):
                break
            rows.append(k)
        if figures:
            for k in rows:
                # The box weighs as one slot, its label: rows of their own would outweigh
                # a lead paragraph above them and part it from the rest.
                infos[k] = attrs.evolve(_furnished(infos[k], "advert"), value=0.0)


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


# A call to the reader that opens a promo for the site's own channels (compared
# case-folded): ``Download the ...``, ``Get the ...``, ``Don't miss ...``.
_PROMO_CALLS = (
    "download ", "get ", "don't miss", "don\u2019t miss", "do not miss", "never miss",
    "sign up", "subscribe", "stay up to date", "stay informed", "stay updated",
    "click here to", "join our", "follow us",
)  # fmt: skip
# The site's channels a promo names (compared case-folded): its newsletter, its news
# app, its alerts, stories sent to the reader, a channel on a messaging app. (A blurb
# about an inbox alone is a sign-up box's, read with its button: _is_signup_blurb.)
_PROMO_CHANNELS = (
    "our newsletter", "news app", "our app", "news alerts", "breaking news", "latest news",
    "top stories", "biggest stories", "emailed to you", "delivered to you", "notifications",
    "whatsapp channel", "telegram channel", "google news",
)  # fmt: skip
#: The longest line read as a promo closing the article.
MAX_PROMO_CHARS = 200
#: The longest line read as the site's note or call to its readers closing the article
#: (a call for letters, a nonprofit's note on itself: two or three sentences).
MAX_SITE_NOTE_CHARS = 300
# A sign-up box's blurb with its button glued on after the blurb's stop, as the page
# was flattened: ``Start the day with the news from The Herald. Sign up``.
_GLUED_SIGNUP_RE = regex.compile(
    r"[^\n]{10,200}[.!?]\x20(?-i:Sign\x20up|Subscribe)(?:\x20(?:now|here|today|free))?"
)
# What a sign-up box's blurb offers, as a story's last sentence about signing up for
# something else does not (``... can register for swimming classes from Monday. Sign
# up``: a button glued on, the sentence the story's): the site's news or stories sent
# out, its newsletter, the reader's inbox, or the reader (``you``, ``your``); the
# site's own name is looked for apart (:func:`_is_site_note`: ``The best of Courier
# opinion, every Saturday. Sign up``). The pick and when alone are no sign of it: a
# story's sentence tells of them too (``The market returns every Saturday until the
# end of October. Sign up``, ``Tickets for the best of the summer concerts ...``).
_SIGNUP_OFFER_RE = regex.compile(
    r"\b(?:news|newsletters?|stories|inbox|e-?mails?|emailed|updates|alerts|briefing|digest"
    r"|headlines|delivered|daily|weekly|morning|evening|you|your)\b",
    regex.IGNORECASE,
)
# A call for the reader's letters or views, as an opinion page closes a column: ``Do
# you have an opinion on the issues raised in this article? Email us a letter.``,
# ``We'd like to hear what you think ... here's our email: letters@...``. It asks for
# a view (_VIEWS_RE) and to write to the site (_WRITE_TO_US_RE), both, and speaks to
# the reader (_YOU_RE: ``you``, or a sentence that opens with the call).
_VIEWS_RE = regex.compile(
    r"\b(?:opinions?|views|thoughts|what\x20you\x20think|letters?)\b", regex.IGNORECASE
)
_WRITE_TO_US_RE = regex.compile(
    r"\b(?:e-?mail\x20us|write\x20(?:to\x20)?us|send\x20us|contact\x20us|let\x20us\x20know"
    r"|letters\x20to\x20the\x20editor|(?:we(?:'|\u2019|\x20woul)d|we)\x20(?:like|love|want)"
    r"\x20to\x20hear)\b",
    regex.IGNORECASE,
)
_YOU_RE = regex.compile(
    r"\b(?:you|your)\b|(?:^|[.!?]\x20)(?-i:E-?mail|Write|Send|Contact)\x20(?:to\x20)?us\b",
    regex.IGNORECASE,
)
# What a call for letters is about: the paper's pages (``this article``, ``any of our
# articles``, a letter, the editor).
_ABOUT_PAPER_RE = regex.compile(
    r"\b(?:this\x20(?:article|story|column|piece|editorial|issue)|our\x20(?:articles|stories"
    r"|coverage|journalism)|letters?|editor)\b",
    regex.IGNORECASE,
)
# The site's note on itself, opening with its name: ``The Valley Voice is a nonprofit
# newsroom.``, ``La Voix est un média indépendant.`` (the name's words, then a verb and
# an article). Only at a line's start, as it is matched: a search of a run of
# capitalised words would try each word's start.
_SITE_NOTE_RE = regex.compile(
    r"(?<![^\n])(?P<name>(?:The\x20)?\p{Lu}[\p{L}\p{N}.&'\u2019-]*(?:\x20\p{Lu}[\p{L}\p{N}.&'\u2019-]*){0,4})"
    # Its owner may stand between: ``Reuters, the news and media division of ..., is ...``.
    r"(?:,\x20[^,\n]{1,80},)?"
    r"\x20(?:is|est|ist|es|è|é)\x20(?:a|an|the|un|une|le|la|ein|eine|una|uma)\x20"
)
# The networks a call to follow the site names: two or more in one line (``Follow The
# Herald's opinion section on Facebook, Twitter (@heraldopinion) and Instagram.``),
# each a word of its own (looked up, not searched for).
#: The fewest networks a closing call to follow the site names.
MIN_FOLLOW_NETWORKS = 2
_NETWORKS = frozenset((
    "Facebook", "Twitter", "Instagram", "X", "YouTube", "TikTok", "LinkedIn", "Threads",
    "Bluesky", "WhatsApp", "Telegram",
))  # fmt: skip
# What may stand around a network's name in a line: ``Twitter (@x)``, ``X.``
_AROUND_NETWORK = ",.;:!?()[]\"'\u201c\u201d"


def _networks_named(text: str) -> int:
    """How many words of ``text`` name a social network (``Facebook, Twitter and X.``: 3).

    Examples:
        >>> _networks_named("Follow us on Facebook, Twitter (@herald) and X.")
        3
        >>> _networks_named("Xavier follows Facebookers")
        0
    """
    return sum(w.strip(_AROUND_NETWORK) in _NETWORKS for w in text.split())


def _is_closing_promo(text: str, site: frozenset[str] = frozenset()) -> bool:
    """Whether a line that closes the body is a promo for the site's own channels.

    A call to the reader (:data:`_PROMO_CALLS`) that names the site's newsletter, news
    app, alerts or stories sent out (:data:`_PROMO_CHANNELS`), reporting and quoting no
    one, in at most :data:`MAX_PROMO_CHARS` characters: ``Download The Valley Herald
    News App for the latest city news.``, ``Get the biggest daily stories emailed to
    you every morning.``; not ``Download the council's app to book a slot, the mayor
    said.``, nor ``Get the Valleyline news app or a contactless card before January.``
    The channel is the site's when it says *our* or *you*, is set in capitals, or the
    site's name (``site``'s words) stands before it.

    Examples:
        >>> _is_closing_promo("Get all the latest Herald news alerts in one place.", {"Herald"})
        True
        >>> _is_closing_promo("Get the council's app to book a collection slot.")
        False
    """
    if len(text) > MAX_PROMO_CHARS or _regex.search(_REPORTED_RE, text) is not None:
        return False
    low = text.casefold()
    if not low.startswith(_PROMO_CALLS):
        return False
    for channel in _PROMO_CHANNELS:
        at = low.find(channel)
        # The site's own: ``our newsletter``, ``emailed to you``, set in capitals
        # (``The Herald News App``, ``ABC News alerts``) or under the site's name
        # (``Valley Herald news alerts``), not ``the Valleyline news app``.
        if at >= 0 and (
            channel.startswith("our ")
            or channel.endswith(" you")
            or text[at].isupper()
            or any(w in site for w in text[:at].split())
        ):
            return True
    return False


def _is_site_note(text: str, site: frozenset[str], own: frozenset[str] = frozenset()) -> bool:
    """Whether a line that closes the body is the site's note or call to its readers.

    In at most :data:`MAX_SITE_NOTE_CHARS` characters, reporting and quoting no one:
    a sign-up box's blurb with its button glued on after its last stop (``Start the day
    with the news from The Valley Herald. Sign up``: no sentence ends so); a
    call for the reader's letters or views (``Do you have an opinion on the issues
    raised in this article? Email us a letter.``, about the paper's pages, not a
    council's plans); the site's note on itself that
    opens with its name (``North Shore Voice is a nonprofit newsroom.``, ``Reuters,
    the news division of Thomson Reuters, is the world's largest ...``: the
    site's name, all its words and no other, before the verb); a call to follow its
    account, by its whole name before ``on``, on two networks or more (``Follow The Herald's
    opinion section on Facebook, Twitter (@heraldopinion) and Instagram.``).

    Examples:
        >>> site = frozenset({"Valley", "Herald"})
        >>> _is_site_note("Valley Herald is a nonprofit newsroom.", site)
        True
        >>> _is_site_note("Valley Rovers is a club with a long history.", site)
        False
        >>> _is_site_note("Have an opinion on this? Email us a letter.", site)
        True
        >>> _is_site_note("Residents can email us their views, the mayor said.", site)
        False
        >>> _is_site_note("Start the day with the news from Valley Herald. Sign up", site)
        True
        >>> _is_site_note("Swimmers can register for classes from Monday. Sign up", site)
        False

    With its button glued on, the site's name in part does too when the part is one
    of ``own``, the site's words the story does not use (``The best of Herald opinion.
    Sign up``; a town's paper is named after the town its stories tell of):

        >>> _is_site_note("The pick of Herald opinion. Sign up", site, frozenset({"Herald"}))
        True
    """
    if len(text) > MAX_SITE_NOTE_CHARS or _regex.search(_REPORTED_RE, text) is not None:
        return False
    if _regex.fullmatch(_GLUED_SIGNUP_RE, text) is not None and (
        # Or the site's whole name: ``Start the day with The Valley Herald. Sign up``.
        _regex.search(_SIGNUP_OFFER_RE, text) is not None
        or (bool(site) and site <= frozenset(m[0] for m in _regex.finditer(_TOPIC_WORD_RE, text)))
        # Or in part, by a word of its own: ``The best of Courier opinion. Sign up``.
        or not own.isdisjoint(m[0] for m in _regex.finditer(_TOPIC_WORD_RE, text))
    ):
        return True
    if (
        _regex.search(_WRITE_TO_US_RE, text) is not None
        and _regex.search(_VIEWS_RE, text) is not None
        # It speaks to the reader (``you``, or a call: ``Email us ...``): ``The paper
        # got 300 letters to the editor.`` is news.
        and _regex.search(_YOU_RE, text) is not None
        # About the paper's pages (``this article``, a letter): a council's call for
        # views on its plans, quoted at the end of a story, is news.
        and _regex.search(_ABOUT_PAPER_RE, text) is not None
    ):
        return True
    if not site:
        return False
    note = _regex.match(_SITE_NOTE_RE, text)
    if note is not None:
        # The site's whole name: ``Harlow is a town ...`` on The Harlow Star's page is
        # about the town.
        return {w for w in note["name"].split(" ") if w != "The"} == site
    if not text.startswith("Follow ") or _networks_named(text) < MIN_FOLLOW_NETWORKS:
        return False
    # The site's account, by its whole name (``Follow The Herald's opinion desk on
    # ...``), not a writer's (``Follow Jane Doe on X and Threads.``, a credit some pages
    # keep with the story) nor a council's that shares a word with it.
    who = text[len("Follow ") : text.find(" on ")]
    return site <= set(who.replace("'s", "").replace("\u2019s", "").split())


def _drop_closing_promos(
    b: Builder, infos: Sequence[LineInfo], blocks: list[list[int]]
) -> list[list[int]]:
    """Drop promos and the site's notes that close the body.

    A promo for the site's channels (:func:`_is_closing_promo`) is furniture
    (``webpage.promo``), and so is the site's note or call to its readers
    (:func:`_is_site_note`): each a paragraph of one line. At least one paragraph is
    left.
    """
    site: frozenset[str] | None = None  # the site's words, read once a line may need them
    own: frozenset[str] | None = None  # the site's own words, read once a glued sign-up needs them
    while len(blocks) > 1 and len(blocks[-1]) == 1:
        line = infos[blocks[-1][0]].line
        call = caseless(line.text).startswith(_PROMO_CALLS)
        if not call and (len(line.text) > MAX_SITE_NOTE_CHARS or not line.text[:1].isupper()):
            break  # most bodies: no call closes them, and the title is never read
        if site is None:
            site = _site_words(infos[0].line.text)
            if b.headline is not None and caseless(infos[0].line.text) == caseless(
                b.headline.value
            ):
                # The first line is the headline, not a masthead: the page names no site.
                site = frozenset()
        if own is None and _regex.fullmatch(_GLUED_SIGNUP_RE, line.text) is not None:
            # The site's words the story does not use (a town's paper is named after
            # the town its stories tell of), for a glued sign-up that names it in part.
            own = site - {
                m[0]
                for block in blocks[:-1]
                for k in block
                for m in _regex.finditer(_TOPIC_WORD_RE, infos[k].line.text)
            }
        if not (call and _is_closing_promo(line.text, site)) and not _is_site_note(
            line.text, site, own or frozenset()
        ):
            break
        b.add_furniture(line.start, line.end, b.rule("promo"))
        blocks = blocks[:-1]
    return blocks


def _is_email_field(info: LineInfo) -> bool:
    """Whether a line is a sign-up box's e-mail field: ``Enter your email``, ``Email address``.

    A short line (no paragraph) of at most :data:`MAX_FIELD_WORDS` words that names the
    e-mail (:data:`_EMAIL_WORDS`), or holds an address to show its form
    (``name@example.com``).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> t = "Enter your email\\nE-Mail-Adresse\\nThe mayor said so.\\nEmail us\\n"
        >>> [_is_email_field(i) for i in classify_lines(t, split_lines(t))]
        [True, True, False, True]
    """
    text = info.line.text
    return (
        info.kind != "prose"
        and info.shape.words <= MAX_FIELD_WORDS
        # A field's placeholder may trail off (``Type your email...``).
        and (not info.shape.sentence_end or text.endswith(_PLACEHOLDER_ENDS))
        and ("@" in text or holds_any(text.casefold(), _EMAIL_WORDS))
    )


def _framed_box_end(infos: Sequence[LineInfo], used: Sequence[bool], top: int) -> int:
    """The button that closes the box a paywall's notice or a newsletter's label opens, else 0.

    A box's text stands between its head and its button, whatever it says: a paywall's
    offer (``Subscribe to continue reading`` / ``Get unlimited access for £1 a month`` /
    ``Subscribe now``), a newsletter's blurb with its e-mail field (``Subscribe to Small
    Print`` / ``Launched 2 years ago`` / ``Letters about small things.`` / ``Type your
    email...`` / ``Subscribe``). The button (:func:`_is_signup_button`, or the paywall's
    ``Log in`` or ``Already a subscriber?``) comes at most :data:`MAX_FRAMED_LINES` lines
    under the head, the lines between are none of them used, furniture, longer than
    :data:`MAX_BLURB_CHARS` or a report (:data:`_REPORTED_RE`); under a paywall's notice
    they are prose (the offer), under a newsletter's label an e-mail field stands right
    over the button (a label over a page's header and a ``Subscribe`` button is no
    box).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> t = ("Subscribe to continue reading\\nGet unlimited access for just $1 a week.\\n"
        ...      "Subscribe now\\n")
        >>> _framed_box_end(classify_lines(t, split_lines(t)), [False] * 3, 0)
        2
        >>> t = "Subscribe to The Gazette\\nCouncil backs ferry plan\\nBy Jo Roe\\nSubscribe\\n"
        >>> _framed_box_end(classify_lines(t, split_lines(t)), [False] * 4, 0)
        0
    """
    head = infos[top].rule
    if head not in _FRAME_HEADS:
        return 0
    for j in range(top + 1, min(top + 2 + MAX_FRAMED_LINES, len(infos))):
        info = infos[j]
        closes = _is_signup_button(info) or (head == "paywall" and info.rule in _PAYWALL_BUTTONS)
        if closes:
            inside = range(top + 1, j)
            if not inside:
                return 0
            if head == "paywall":
                return j if all(infos[k].kind == "prose" for k in inside) else 0
            return j if _is_email_field(infos[j - 1]) else 0
        if (
            used[j]
            or info.kind == "furniture"
            or len(info.line.text) > MAX_BLURB_CHARS
            or _regex.search(_REPORTED_RE, info.line.text) is not None
        ):
            return 0
    return 0


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
