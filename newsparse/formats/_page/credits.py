"""Credits, captions and notes about the writer on a web page.

A photo's caption with its credit, the box about the author, an author's note under
the story, and the credits that close it (``Reporting by ...``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsparse import _regex
from newsparse._text import caseless, holds_any
from newsparse.extract.attribution import AttributionLine, read_attribution
from newsparse.extract.bylines import _PARTICLES, read_byline, reads_as_names
from newsparse.extract.classify import MAX_SHORT_CAPTION_WORDS, SHORT_VALUE
from newsparse.extract.dates import find_dates, may_hold_date
from newsparse.formats._base import reads_as_caption
from newsparse.formats._page.lines import (
    _BOUNDARY_RULES,
    MAX_DATE_LINE,
    MAX_SUBHEADING_WORDS,
    _furnished,
)
from newsparse.formats._page.title import _TITLE_SEPARATORS, _names_site, _site_words
from newsparse.formats._wire import assistance_names
from newsparse.model import Credit
from newsparse.vocab import PRESS_LABELS, STAMP_LABELS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._text import Line
    from newsparse.extract.classify import LineInfo
    from newsparse.formats._base import Builder

# A photo's credit after the copyright sign, a name of one to four words, and the
# caption opening with a capital: ``© Jo Roe Walkers cross the bridge.``
# ``\G``: matched only at the position its caller gives (``match``, ``fullmatch``), as
# _SIGN_CREDIT_RE below is.
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
    # Her contact: ``Jane Doe can be reached at 555-0181.``
    " can be reached ", " may be reached ",
    # The same in German, French, Spanish, Italian and Portuguese.
    " ist ", " schreibt ", " arbeitet ", " est ", " écrit ", " travaille ", " es ",
    " escribe ", " trabaja ", " è ", " scrive ", " lavora ", " é ", " escreve ", " trabalha ",
)  # fmt: skip
# A note that signs an unsigned story under it: the writer's name (particles in lower
# case), ``is a`` and the writer's post at a publication, a few words before the noun
# (``Kim Alder is a senior education reporter for the Valley Times ...``); not an
# editor's (``an editor at Faber``: a publisher's, as often as the paper's).
_SIGNING_NOTE_RE = regex.compile(
    r"\G(?P<name>\p{Lu}[\p{L}'\u2019-]{1,30}+"
    r"(?:(?:\x20\L<particles>){0,2}+\x20\p{Lu}[\p{L}'\u2019-]{1,30}+){1,2}+)"
    r"\x20is\x20an?\x20(?:[\p{Ll}-]{1,20}\x20){0,3}"
    r"(?:reporter|writer|journalist|correspondent|columnist|contributor)"
    r"\x20(?:for|at|with)\x20(?:the\x20)?\p{Lu}",
    particles=list(_PARTICLES),
)
# What may follow the publication in such a note: its close, or what the writer covers
# or where they are based (``... for the Valley Times covering schools.``).
_SIGNING_NOTE_TAIL_RE = regex.compile(
    r"\G\p{Lu}[\p{L}'\u2019&-]{0,30}+(?:\x20(?:of\x20|the\x20)?\p{Lu}[\p{L}'\u2019&-]{0,30}+){0,5}+"
    r"(?:,?\x20(?:covering|based\x20in|who\x20covers|reporting\x20on)\x20[^.;:!?]{1,80}+)?"
    r"[.!]?"
)
# What a note's later sentences hold to be the writer's contact (``Follow her on X.``).
_SIGNING_CONTACT_WORDS = ("email", "e-mail", "follow", "@", "reach", "contact")
# A word of a story, to look for a name in it (``Alder``, ``Alder's``: ``Alder``).
_NAME_WORD_RE = regex.compile(r"\p{L}[\p{L}'\u2019-]{0,40}+")
#: The most words of a note that signs an unsigned story (its last line).
MAX_SIGNING_NOTE_WORDS = 40
# The calls that open a line giving the writer's contact (``Reach Jane Doe at ...``).
_CONTACT_CALLS = frozenset({"Reach", "Contact", "Email", "E-mail"})
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
#: The fewest paragraphs in a row under the last photo's credit after the copyright sign
#: that the article goes on with (see :func:`_mark_credited_captions`).
MIN_CREDIT_TAIL = 4
#: The most paragraphs above such a credit when the page sets it once: the lead.
MAX_LEAD_PARAGRAPHS = 1
# The longest line read as a wire story's closing credits.
_LONGEST_CREDITS_LINE = 300
# The roles a wire story's closing credits give.
_WIRE_ROLES = frozenset({"reporting", "additional reporting", "writing", "editing", "compiled"})


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


# The heading of a press release's box about the company, in the languages of
# PRESS_LABELS: ``About Acme``, ``Über die Nordwerk AG``, ``À propos de Solvena``,
# ``Sobre Aguas del Levante``, ``Over Deltastroom``, ``Om Nordkraft``, ``Tentang Bank
# Sejahtera``, ``Informazioni su Ferrovie Alpine``. The name: capitalised words, short
# particles between them (``del``, ``de``), a legal form (``AG``, ``S.A.``).
_ABOUT_COMPANY_RE = regex.compile(
    r"(?:About|\u00dcber|[\u00c0A]\x20propos\x20de|Sobre|Acerca\x20de|Informazioni\x20su"
    r"|Chi\x20\u00e8|Over|Om|Tentang|O\x20firmie|O\x20sp\u00f3\u0142ce)"
    r"(?:\x20(?:the|die|der|das|la|le|les|el|los|il|lo|a|o|het|de))?\x20"
    r"(?P<name>\p{Lu}[\p{L}\p{N}.&'\u2019-]{0,30}+"
    r"(?:\x20(?:\p{Lu}|\p{N})[\p{L}\p{N}.&'\u2019-]{0,30}+|\x20\p{Ll}{1,3}+(?=\x20\p{Lu})){0,5}+)"
)
#: The most lines of prose a company's box holds under its heading.
MAX_COMPANY_BOX_LINES = 3


def _mark_company_boxes(infos: list[LineInfo]) -> None:
    """Mark the heading of a press release's box about the company (``About Acme``).

    A press release ends with the company's boilerplate under ``About Acme`` (*À propos
    de*, *Über*, *Sobre*, *Over*, *Om*, *Tentang* ...: :data:`_ABOUT_COMPANY_RE`) and
    its press contacts: no part of the story, and the heading closes the article as a
    box about the author does (furniture ``company-box``). Read only on a page that
    labels itself a press release or its contacts on a line of their own
    (:data:`~newsparse.vocab.PRESS_LABELS`), when the name stands in the line under
    the heading and higher up the page (the lead names the company), and at most
    :data:`MAX_COMPANY_BOX_LINES` lines of prose under the heading end the page's
    prose (its contacts, its footer under them): ``About Storm Ivy`` over the rest of
    a story is a section of it.
    """
    heads = [
        (i, m)
        for i in range(len(infos) - 1)
        if infos[i].kind == "short"
        and (m := _regex.fullmatch(_ABOUT_COMPANY_RE, infos[i].line.text)) is not None
    ]
    if not heads or not any(
        caseless(info.line.text.rstrip(" :\uff1a")) in PRESS_LABELS for info in infos
    ):
        return
    for i, m in heads:
        name = m["name"]
        if name not in infos[i + 1].line.text or infos[i + 1].kind != "prose":
            continue
        if not any(name in infos[k].line.text for k in range(i)):
            continue
        end = i + 1
        while end < len(infos) and infos[end].kind == "prose":
            end += 1
        if end - i - 1 > MAX_COMPANY_BOX_LINES or any(
            info.kind == "prose" and info.shape.sentence_end for info in infos[end:]
        ):
            continue
        infos[i] = _furnished(infos[i], "company-box")


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


# A photographer's name, a bar and the outlet's name alone on a line: ``Jo Roe | Valley
# Herald``. The name has a given name and a surname, each capitalised. Only at a line's
# start, as it is matched whole.
_SITE_CREDIT_RE = regex.compile(
    r"(?<![^\n])(?P<name>\p{Lu}[\p{L}.'\u2019-]{0,30}+(?:\x20\p{Lu}[\p{L}.'\u2019-]{0,30}+){1,3}+)"
    r"\x20?\|\x20?(?P<site>\p{Lu}[^\n|]{1,60}+)"
)
# What a caption over a credit must not say: a report's words (quoted, said).
_REPORT_RE = regex.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb]|\b(?:said|says|told)\b")


def _names_site_or_address(name: str, title: str) -> bool:
    """Whether ``name`` is the site's, as the title gives it beside the headline or as its address.

    ``Valley Herald`` is the site of ``Headline | Valley Herald`` and of ``Headline |
    valleyherald.com``: the address's first label is the name, its spaces left out.

    Examples:
        >>> _names_site_or_address("Valley Herald", "Bridge shut | Local | valleyherald.com")
        True
        >>> _names_site_or_address("Valley Times", "Bridge shut | Local | valleyherald.com")
        False
    """
    if _names_site(name, title):
        return True
    squashed = caseless(name).replace(" ", "")
    for sep in _TITLE_SEPARATORS:
        if sep in title:
            last = caseless(title.rsplit(sep, 1)[1].strip())
            host = last.removeprefix("www.").split(".")
            if len(host) >= 2 and host[0] in (squashed, squashed.removeprefix("the")):  # noqa: PLR2004
                return True
    return False


def _mark_site_credits(infos: list[LineInfo]) -> None:
    """Mark a photographer's credit to the site between paragraphs, and the caption over it.

    ``Jo Roe | Valley Herald`` on a page of the Valley Herald, a paragraph under it,
    is a staff photo's credit, as a byline never stands between paragraphs; the short
    line over it (:data:`~newsparse.extract.classify.MAX_SHORT_CAPTION_WORDS` words at
    most, with no report's words, quoted or ``said``, and a paragraph or the page's
    furniture over it: a photo's reprint button, ``Buy Now``) is the photo's caption.
    """
    title = infos[0].line.text if infos else ""
    for i in range(2, len(infos) - 1):
        info = infos[i]
        if "|" not in info.line.text or info.kind == "furniture":
            continue
        above = infos[i - 1]
        if (
            infos[i + 1].kind != "prose"
            or infos[i - 2].kind not in ("prose", "furniture")
            or above.kind not in ("prose", "short")
            or not 0 < above.shape.words <= MAX_SHORT_CAPTION_WORDS
        ):
            continue  # the cheap tests first: a menu's or a table's bars are common
        m = _regex.fullmatch(_SITE_CREDIT_RE, info.line.text)
        if (
            m is None
            or _regex.search(_REPORT_RE, above.line.text) is not None
            or not _names_site_or_address(m["site"], title)
        ):
            continue
        infos[i] = _furnished(info, "credit", kind="caption")
        infos[i - 1] = _furnished(above, "caption", kind="caption")


# A dash and a site's address alone on a line (``\u2013 Harbour.com``): the furniture
# table's sign-off (``site-footer``), its address's first label captured.
_DASH_ADDRESS_RE = regex.compile(r"[\u2013\u2014]\x20?(?P<name>[\w-]{1,40}+)\.[\w.]{2,12}+")


#: The fewest initials of the site's name that its address must open with to be the
#: site's own (one letter opens too many addresses).
MIN_ADDRESS_INITIALS = 2


def _holder_names(text: str) -> list[list[str]]:
    """Runs of two capitalised words or more, as a copyright line names its holder.

    A stop or a comma after a word ends its run (``\u00a9 2025 Harwick Courier. All
    rights reserved.``). A scan of the words, where a pattern would cost some five times
    more per character than on ordinary text on a run of capitalised words.

    Examples:
        >>> _holder_names("\u00a9 2025 Harwick Courier. All rights reserved. Jo Roe")
        [['Harwick', 'Courier'], ['Jo', 'Roe']]
    """
    runs: list[list[str]] = []
    run: list[str] = []
    for word in text.split():
        core = word.rstrip(".,;:!?)]")
        if core[:1].isupper():
            run.append(core)
        elif run:
            runs.append(run)
            run = []
        if core != word and run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [r for r in runs if len(r) > 1]


def _site_initials(infos: Sequence[LineInfo]) -> frozenset[str]:
    """The initials of the site's name, case-folded, as its own address may spell them.

    Of :data:`MIN_ADDRESS_INITIALS` letters or more: of its words in the title
    (``Bridge shut | Harwick Courier``: ``hc``) and of each name of the page's
    copyright lines (``\u00a9 2025 Harwick Courier``), as a title may give the name
    short (``The Courier``).

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = (
        ...     "Hotel wins | The Courier\\nA story.\\n"
        ...     "\\u00a9 2025 Harwick Courier. All rights reserved.\\n"
        ... )
        >>> sorted(_site_initials(classify_lines(text, split_lines(text))))
        ['hc']
    """
    title = infos[0].line.text if infos else ""
    names = [sorted(_site_words(title), key=title.rfind)]
    for info in infos:
        if info.rule == "copyright":
            names += _holder_names(info.line.text)
    found = ("".join(caseless(w)[0] for w in name if w != "The") for name in names)
    return frozenset(x for x in found if len(x) >= MIN_ADDRESS_INITIALS)


def _mark_quoted_sources(infos: list[LineInfo]) -> None:
    """Give back to the text a quote's source, another site's address after a dash.

    A site signs its stories with its address after a dash under the last paragraph
    (``\u2013 Rappler.com``: the furniture table's ``site-footer``). Between two
    paragraphs, naming a site that the title does not, by a word or by its initials
    (``\u2013 Tripadvisor.com`` on the Valley Herald's page; ``\u2013 VHNews.com`` is the
    Herald's own), the line is the source of the quote over it (``One guest
    wrote that the rooms were the best on the coast.``): a short line of the story's.
    A title with no site's name leaves the line as it is.

    Examples:
        >>> from newsparse.extract.classify import classify_lines
        >>> from newsparse._text import split_lines
        >>> text = ("Hotel opens | Valley Herald\\nA guest wrote that the rooms were the best.\\n"
        ...         "\u2013 Tripadvisor.com\\nAnother complained about the noise at night.\\n")
        >>> infos = list(classify_lines(text, split_lines(text)))
        >>> infos[2].rule
        'site-footer'
        >>> _mark_quoted_sources(infos)
        >>> infos[2].kind, infos[2].rule
        ('short', None)
    """
    title = infos[0].line.text if infos else ""
    site = frozenset(caseless(w) for w in _site_words(title))
    if not site:
        return
    initials = _site_initials(infos)
    for i in range(1, len(infos) - 1):
        info = infos[i]
        if (
            info.rule != "site-footer"
            or infos[i - 1].kind != "prose"
            or infos[i + 1].kind != "prose"
        ):
            continue
        m = _regex.fullmatch(_DASH_ADDRESS_RE, info.line.text)
        name = caseless(m["name"]) if m is not None else ""
        if (
            m is None
            or any(w in name for w in site)
            # The site's own address by its initials (``\u2013 HCNews.com`` on the
            # Harwick Courier's page): its sign-off, not a source.
            or any(name.startswith(x) for x in initials)
        ):
            continue
        infos[i] = attrs.evolve(info, kind="short", rule=None, value=SHORT_VALUE)


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
    full name of an author the byline names and a verb (``is``, ``has``, ``covers``,
    ``can be reached`` ...), or with a call to reach her (``Reach Jane Doe at ...``),
    is furniture (``webpage.author-note``); so is one that opens with the surname, or
    the given name in a note about her work (:data:`_WRITER_WORDS_RE`), under a line
    holding the author's name alone (``JANE DOE`` / ``Doe covers ...``, ``Jane Doe`` /
    ``Jane is a freelance reporter ...``), and the name's line with it when it is a
    paragraph, as with the full name in any case (``Jane Doe`` / ``Jane Doe has ...``).
    A line of at most :data:`MAX_SUBHEADING_WORDS` words under the note (``Have an
    opinion? Write to us.``) is the page's too: the article ended above the note.
    """
    if b.byline is None:
        # With no byline over the story, a note under it may sign it (``Kim Alder is a
        # reporter for the Valley Times.``).
        if len(blocks) > 1 and len(blocks[-1]) == 1:
            line = infos[blocks[-1][0]].line
            if take_signing_note(b, line.start, line.end, b.text[: line.start]):
                return blocks[:-1]
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
        # A call to reach her: ``Reach Jane Doe at jdoe@example.com or 555-0181.``
        call = text.split(" ", 1)[0]
        if call in _CONTACT_CALLS and text.startswith(name + " at ", len(call) + 1):
            return 1
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


def _take_closing_credits(
    b: Builder, infos: Sequence[LineInfo], used: list[bool], blocks: list[list[int]]
) -> list[list[int]]:
    """Take a wire story's credits lines that end the body, or stand under it.

    ``(Reporting by Jo Roe; Editing by Sam Poe)`` under the last paragraph names who
    reported and edited, as wire copy closes a story; it is read as the wire formats
    read it (:func:`~newsparse.extract.attribution.read_attribution`), into
    ``Article.attribution`` with its credits (:func:`_closing_credits`), and so is each
    such line under it (``(Additional reporting by Al Poe)``), and a line of
    contributors (``Jane Doe contributed to this report.``), as the other formats
    read it.
    """
    if not blocks:
        return blocks
    at = blocks[-1][-1] + 1
    # The story's last lines, from the bottom up: an agency's contribution line may
    # stand under the credits, or over them.
    taken: list[tuple[Line, AttributionLine]] = []
    while blocks and len(blocks[-1]) == 1:
        line = infos[blocks[-1][0]].line
        found = _closing_credits(b, line)
        if found is None:
            break
        if (
            found.kind == "sign-off"
            and len(blocks) > 1
            and reads_as_caption(infos[blocks[-2][-1]].line)
        ):
            # ``AFP`` alone under a photo's caption credits the photo, not the story.
            b.add_furniture(line.start, line.end, _PHOTO_CREDIT)
            blocks = blocks[:-1]
            break
        taken.append((line, found))
        blocks = blocks[:-1]
    for line, found in reversed(taken):
        _take_credits(b, line, found)
    while at < len(infos) and not used[at]:
        line = infos[at].line
        found = _closing_credits(b, line)
        if found is None:
            break
        if found.kind == "sign-off" and at > 0 and reads_as_caption(infos[at - 1].line):
            b.add_furniture(line.start, line.end, _PHOTO_CREDIT)
        else:
            _take_credits(b, line, found)
        used[at] = True
        at += 1
    return blocks


# The rule of an agency's name alone under a photo's caption: the photo's credit.
_PHOTO_CREDIT = "furniture.photo-credit"


def _take_credits(b: Builder, line: Line, found: AttributionLine) -> None:
    """File a closing credits line, and the agency it names, into the attribution."""
    b.take_credits(line, found)
    b.sources.extend(s for s in found.sources if s not in b.sources)


def _closing_credits(b: Builder, line: Line) -> AttributionLine | None:
    """``line`` read as a wire story's credits line, else ``None``.

    It is in brackets or names two roles or more, all of them a wire desk's (reporting,
    writing, editing, compiling), and each of its names opens with a capital:
    ``Reporting by the local paper drew ...`` is a sentence. A line of contributors
    (``Associated Press writer Jane Doe contributed to this report.``, ``Sam Roe
    contributed reporting.``, as the reader reads them) is one too, and so is Bloomberg's
    ``--With assistance from Jo Roe.``
    """
    text = line.text
    if len(text) > _LONGEST_CREDITS_LINE:
        return None
    assistance = assistance_names(b.text, line.start, line.end)
    if assistance and all(name[:1].isupper() for name in assistance):
        # Bloomberg's ``--With assistance from Jo Roe.``
        return AttributionLine(
            kind="credits", credits=(Credit(role="assistance", names=assistance),)
        )
    found = read_attribution(b.text, line.start, line.end)
    if found is None:
        return None
    if found.kind == "sign-off" and found.sources:
        # An agency's name alone under the story it carries (``dpa``, ``(EFE)``, ``Lusa``).
        return found
    if found.kind == "contributed":
        # ``Associated Press writer Jane Doe contributed to this report.``, ``Sam Roe
        # contributed reporting.``: the reader names whom, each with a capital, or the
        # agency alone (``The Associated Press contributed to this report.``).
        named = all(n[:1].isupper() for c in found.credits for n in c.names)
        return found if named and (found.credits or found.sources) else None
    if found.kind != "credits" or not found.credits:
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


def take_signing_note(b: Builder, start: int, end: int, story: str) -> bool:
    """Read the story's last line, ``start`` to ``end``, as a note that signs it, if it is.

    With no byline over the story, a note about its writer under it names them (``Kim
    Alder is a reporter for the Valley Times covering schools.``): the name opens the
    line (:data:`_SIGNING_NOTE_RE`), the line has at most
    :data:`MAX_SIGNING_NOTE_WORDS` words and tells of no past post (``was``,
    ``former``), and the story over it, ``story``, never names the writer's surname (a
    story about a reporter names her before its last line). The note's sentence ends
    with the publication, or with what the writer covers or where they are based
    (:data:`_SIGNING_NOTE_TAIL_RE`), and any sentence after it gives their contact
    (``Follow her on X.``): a last paragraph that goes on about the person (``... for The
    Observer and will close the festival on Sunday.``) tells of someone in the story.
    The name becomes the byline and the rest of the line ``author-note`` furniture.

    Examples:
        >>> from newsparse.formats._base import Builder
        >>> from newsparse.model import ParseOptions
        >>> text = "Kim Alder is a reporter for the Valley Times covering schools."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
        >>> take_signing_note(b, 0, len(text), "Buses run."), b.byline.value.authors
        (True, ('Kim Alder',))
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
        >>> take_signing_note(b, 0, len(text), "Ms Alder was hurt."), b.byline
        (False, None)
        >>> text = "Kim Alder is a reporter for the Valley Times and chairs the jury."
        >>> b = Builder(text=text, options=ParseOptions(), rule_prefix="t")
        >>> take_signing_note(b, 0, len(text), "Buses run."), b.byline
        (False, None)
    """
    if b.byline is not None:
        return False
    text = b.text[start:end]
    found = _regex.match(_SIGNING_NOTE_RE, b.text, start, end)
    if (
        found is None
        or len(text.split()) > MAX_SIGNING_NOTE_WORDS
        or holds_any(text.casefold(), (" was ", "former", " had been "))
    ):
        return False
    tail = _regex.match(_SIGNING_NOTE_TAIL_RE, b.text, found.end() - 1, end)
    rest = b.text[tail.end() : end].strip() if tail is not None else text
    if tail is None or (rest and not holds_any(rest.casefold(), _SIGNING_CONTACT_WORDS)):
        return False  # ``... for The Observer and will chair the debate.``
    surname = caseless(found["name"].rsplit(" ", 1)[-1])
    words = (
        caseless(m.group()).removesuffix("'s").removesuffix("\u2019s")
        for m in _regex.finditer(_NAME_WORD_RE, story, 0, len(story))
    )
    if surname in words:
        return False
    name = read_byline(b.text, start, found.end("name"), require_prefix=False)
    if name is None or len(name.byline.authors) != 1 or not reads_as_names(name):
        return False
    b.file_byline(name)
    b.add_furniture(start, name.span.start, b.rule("author-note"))
    b.add_furniture(name.span.end, end, b.rule("author-note"))
    return True
