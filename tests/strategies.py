"""Every hypothesis strategy, in one place.

Each layout strategy draws the fields first and then renders them into that layout,
returning ``(text, expected)`` so a test can parse the text and compare.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from newsparse._text import _ends_sentence, _holds_sentence_end

# ---------------------------------------------------------------------------------
# Shared building blocks
# ---------------------------------------------------------------------------------

_WORDS = (
    "council river bridge harbour market farmers budget school station rail plan vote "
    "city villages coast storm rain power prices water hospital court minister police "
    "team season league museum festival library forest airport port grain workers union"
).split()
_VERBS = "approves rejects delays opens closes expands cuts wins loses backs".split()
_FIRST = "Jane Sam Priya Anna Lars Maria Tom Kofi Mei Omar Elena Nikos Ravi Sofia".split()
_LAST = "Doe Roe Raman Weber Olsen Lopez Becker Mensah Chen Haddad Kostas Pappas Iyer".split()
_AGENCIES = ("AP", "Reuters", "PTI", "AFP", "IANS", "ANI", "Bloomberg")

names = st.builds(lambda f, last: f"{f} {last}", st.sampled_from(_FIRST), st.sampled_from(_LAST))


@st.composite
def headlines(draw: st.DrawFn) -> str:
    """A headline: capitalised noun, a verb, more words; no digits, no sentence stop."""
    first = draw(st.sampled_from(_WORDS)).capitalize()
    verb = draw(st.sampled_from(_VERBS))
    rest = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8))
    return " ".join([first, verb, *rest])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A plain sentence of lower-case words with a capital and a full stop."""
    words = draw(st.lists(st.sampled_from(_WORDS + _VERBS), min_size=4, max_size=30))
    return " ".join(words).capitalize() + "."


@st.composite
def paragraphs(draw: st.DrawFn) -> tuple[str, ...]:
    """One to eight paragraphs of one to four sentences."""
    paras = draw(st.lists(st.lists(sentences(), min_size=1, max_size=4), min_size=1, max_size=8))
    return tuple(" ".join(p) for p in paras)


def minute_datetimes(zone_minutes: int | None) -> st.SearchStrategy[dt.datetime]:
    """Datetimes at minute precision, in a fixed zone or naive."""
    tz = None if zone_minutes is None else dt.timezone(dt.timedelta(minutes=zone_minutes))
    return st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2035, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0, tzinfo=tz)
    )


@attrs.frozen(kw_only=True)
class Expected:
    """The fields a rendered layout must parse back to."""

    headline: str | None
    date: dt.datetime | None
    paragraphs: tuple[str, ...]
    summary: str | None = None
    reading_time: int | None = None
    authors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------
# mint
# ---------------------------------------------------------------------------------


@st.composite
def mint_pages(draw: st.DrawFn) -> tuple[str, Expected]:
    """A Mint page dump: glued header line, standfirst, paragraphs, trailer."""
    head = draw(headlines())
    when = draw(minute_datetimes(330))
    minutes = draw(st.integers(1, 30))
    summary = draw(sentences())
    paras = draw(paragraphs())
    sources = tuple(draw(st.lists(st.sampled_from(_AGENCIES), max_size=2, unique=True)))
    prefix = f"date {when:%Y-%m-%d} " if draw(st.booleans()) else ""
    space = " " if draw(st.booleans()) else ""
    stamp = f"{when:%d %b %Y, %I:%M %p} IST"
    lines = [f"{prefix}{head}{space}{minutes} min read {stamp}", summary, *paras]
    if sources:
        lines.append(f"(With inputs from {', '.join(sources)})")
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(lines) + newline
    return text, Expected(
        headline=head,
        date=when,
        paragraphs=paras,
        summary=summary,
        reading_time=minutes,
        sources=sources,
    )


# ---------------------------------------------------------------------------------
# generic
# ---------------------------------------------------------------------------------

_GENERIC_ZONES = {"GMT": 0, "BST": 60, "EDT": -240, "IST": 330, None: None}


@st.composite
def generic_articles(draw: st.DrawFn) -> tuple[str, Expected]:
    """A headline, optional byline and date lines, paragraphs, an optional trailer."""
    head = draw(headlines())
    authors = tuple(draw(st.lists(names, max_size=3, unique=True)))
    zone = draw(st.sampled_from(sorted(_GENERIC_ZONES, key=str)))
    when = draw(st.none() | minute_datetimes(_GENERIC_ZONES[zone]))
    paras = draw(paragraphs())
    sources = tuple(draw(st.lists(st.sampled_from(_AGENCIES), max_size=2, unique=True)))
    lines = [head, ""]
    if authors:
        joined = (
            authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]
        )
        lines.append(f"By {joined}")
    if when is not None:
        suffix = f" {zone}" if zone else ""
        form = draw(st.sampled_from(["%d %B %Y %H:%M", "%B %d, %Y %H:%M", "%Y-%m-%d %H:%M"]))
        lines.append(f"Published: {when.strftime(form)}{suffix}")
    for p in paras:
        lines += ["", p]
    if sources:
        lines += ["", f"(With inputs from {', '.join(sources)})"]
    return "\n".join(lines) + "\n", Expected(
        headline=head, date=when, paragraphs=paras, authors=authors, sources=sources
    )


# ---------------------------------------------------------------------------------
# webpage
# ---------------------------------------------------------------------------------

_SITES = ("Herald", "Courier", "The Post", "Gazette", "Echo")
_MENU = (
    "News Local Business Sport Weather Opinion Culture Travel Video Podcasts Science "
    "Health Money Politics World Education Letters"
).split()
_SHARE = ("Share", "Facebook", "Twitter", "Email", "Print", "WhatsApp")
_FOOTER = ("Privacy Policy", "Terms of Use", "Contact Us", "About Us", "Advertise")
_DAYS = "Monday Tuesday Wednesday Thursday Friday".split()


@st.composite
def web_sentences(draw: st.DrawFn) -> str:
    """A sentence of running prose, thick with stop words as real prose is."""
    noun = st.sampled_from(_WORDS)
    clauses = [
        f"the {draw(noun)} {draw(st.sampled_from(_VERBS))} the {draw(noun)} of the {draw(noun)}"
        for _ in range(draw(st.integers(1, 3)))
    ]
    day = draw(st.sampled_from(_DAYS))
    return " and ".join(clauses).capitalize() + f" on {day}, it said."


@st.composite
def web_paragraphs(draw: st.DrawFn) -> tuple[str, ...]:
    """One to six different paragraphs of one to three sentences of prose.

    Different, because a page's paragraph repeated word for word further down is read
    as a summary point or a pull quote and kept once.
    """
    paras = draw(
        st.lists(
            st.lists(web_sentences(), min_size=1, max_size=3),
            min_size=1,
            max_size=6,
            unique_by=" ".join,
        )
    )
    return tuple(" ".join(p) for p in paras)


@st.composite
def web_pages(draw: st.DrawFn) -> tuple[str, Expected]:
    """An article inside generated page chrome: title, menus, share bar, links, footer."""
    head = draw(headlines())
    site = draw(st.sampled_from(_SITES))
    author = draw(st.none() | names)
    when = draw(
        st.none() | st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31))
    )
    paras = draw(web_paragraphs())
    menu = draw(st.lists(st.sampled_from(_MENU), min_size=6, max_size=14))
    share = draw(st.lists(st.sampled_from(_SHARE), max_size=4))
    related = draw(st.lists(headlines(), max_size=4))
    footer = draw(st.lists(st.sampled_from(_FOOTER), min_size=1, max_size=4))
    lines = [f"{head} | {site}", *menu, head]
    if author is not None:
        lines.append(f"By {author}")
    if when is not None:
        lines.append(f"{when:%d %B %Y}")
    lines += [*paras, *share]
    if related:
        lines += ["Related", *related]
    lines += [*footer, f"\u00a9 {draw(st.integers(1995, 2035))} {site}"]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(lines) + newline
    return text, Expected(
        headline=head,
        date=None if when is None else dt.datetime(when.year, when.month, when.day),
        paragraphs=paras,
        authors=() if author is None else (author,),
    )


# ---------------------------------------------------------------------------------
# wire (agency copy, 1987 Reuters, the Reuters research dataset)
# ---------------------------------------------------------------------------------

_PLACE_PARTS = "Kestrel Halden Marrow Tarn Ellis Corvin Ashby Dunmore Velka Orsk Brannock".split()
_REGIONS = ("", ", Alaska", ", Ont.", ", Texas", ", Mass.")
_MONTH_ABBR = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct")
_MONTH_NUM = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7}
_MONTH_NUM.update({"Aug": 8, "Sept": 9, "Oct": 10})
_WIRE_LAYOUTS = ("Reuters", "AP", "AFP", "PTI", "ANI", "Xinhua", "Bloomberg", "UPI")
_AGENCY_NAMES = {
    "Reuters": "Thomson Reuters",
    "AP": "The Associated Press",
    "AFP": "Agence France-Presse",
    "PTI": "Press Trust of India",
    "ANI": "Asian News International",
    "Xinhua": "Xinhua News Agency",
    "Bloomberg": "Bloomberg News",
    "UPI": "United Press International",
}


@attrs.frozen(kw_only=True)
class WireExpected:
    """The fields a rendered wire story must parse back to."""

    format: str
    headline: str | None
    dateline: str | None
    date: dt.datetime | None
    paragraphs: tuple[str, ...]
    authors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    credits: tuple[tuple[str, tuple[str, ...]], ...] = ()


@st.composite
def places(draw: st.DrawFn) -> tuple[str, str]:
    """An invented place of one or two words, and a region (perhaps empty)."""
    words = draw(st.lists(st.sampled_from(_PLACE_PARTS), min_size=1, max_size=2))
    return " ".join(words), draw(st.sampled_from(_REGIONS))


def _wrap(paragraph: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


@st.composite
def wire_stories(draw: st.DrawFn) -> tuple[str, WireExpected]:
    """Agency copy: headline, byline, an agency dateline, paragraphs, agency trailers."""
    agency = draw(st.sampled_from(_WIRE_LAYOUTS))
    name, region = draw(places())
    upper = agency in {"Reuters", "AP", "Xinhua", "UPI"}
    shown_place = (name.upper() if upper else name) + region
    month = draw(st.sampled_from(_MONTH_ABBR))
    day = draw(st.integers(1, 28))
    year = draw(st.none() | st.integers(1990, 2035))
    head = draw(st.none() | headlines())
    authors = tuple(draw(st.lists(names, max_size=2, unique=True)))
    paras = draw(paragraphs())
    lines: list[str] = []
    if head is not None:
        lines += [head, ""]
    if authors and agency in {"Reuters", "AP"}:
        shown = [a.upper() for a in authors] if agency == "AP" else list(authors)
        lines.append("By " + " and ".join(shown))
        if agency == "AP" and draw(st.booleans()):
            lines.append("Associated Press")
        lines.append("")
        authors = tuple(shown)
    else:
        authors = ()
    dated = True
    if agency == "Reuters":
        dateline = f"{shown_place}, {month} {day} (Reuters) - "
    elif agency == "AP":
        dash = draw(st.sampled_from(["\u2014", "_", "--", "-"]))
        dateline, dated = f"{shown_place} (AP) {dash} ", False
    elif agency == "AFP":
        dash = draw(st.sampled_from(["-", "\u2013"]))
        dateline, dated = f"{shown_place} (AFP) {dash} ", False
    elif agency == "PTI":
        dateline = f"{shown_place}, {month} {day} (PTI) "
    elif agency == "ANI":
        dateline = f"{shown_place} [India], {month} {day} (ANI): "
    elif agency == "Xinhua":
        dateline = f"{shown_place}, {month}. {day} (Xinhua) -- "
    elif agency == "UPI":
        dateline = f"{shown_place}, {month} {day} (UPI) -- "
    else:
        dateline, dated, shown_place = "(Bloomberg) -- ", False, ""
    # One hard-wrapped paragraph whose lines end on full stops reads as several
    # paragraphs, so hard wrapping needs the blank lines between paragraphs.
    width = draw(st.none() | st.integers(40, 90)) if len(paras) > 1 else None
    for i, p in enumerate(paras):
        text = p
        if agency == "PTI" and i == len(paras) - 1:
            text += " " + draw(st.sampled_from(["PTI ABC DEF", "XYZ QRS", "PTI KND RT"]))
        wrapped = _wrap(text, width) if width else [text]
        if i == 0:  # the dateline opens the first line
            wrapped[0] = dateline + wrapped[0]
        lines += [*wrapped, ""]
    story_credits: tuple[tuple[str, tuple[str, ...]], ...] = ()
    if agency == "Reuters" and draw(st.booleans()):
        reporter, editor = draw(names), draw(names)
        where = draw(st.sampled_from(_PLACE_PARTS))
        lines.append(f"(Reporting by {reporter} in {where}; Editing by {editor})")
        story_credits = (("reporting", (reporter,)), ("editing", (editor,)))
        if draw(st.booleans()):
            lines.append("Our Standards: The Thomson Reuters Trust Principles.")
    if agency == "AP" and draw(st.booleans()):
        helper = draw(names)
        lines.append(f"Associated Press writer {helper} contributed to this report.")
        story_credits = (("contributed", (helper,)),)
    if agency == "AFP":
        lines.append(draw(st.sampled_from(["jm/ach", "burs-abc/xyz", "kl/dv/fm"])))
    if agency == "Xinhua" and draw(st.booleans()):
        lines.append("Enditem")
    if year is not None:
        lines.append(f"Copyright {year} {_AGENCY_NAMES[agency]}. All rights reserved.")
    date = None
    if year is not None and dated:
        date = dt.datetime(year, _MONTH_NUM[month], day)
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines) + newline, WireExpected(
        format="wire",
        headline=head,
        dateline=shown_place or None,
        date=date,
        paragraphs=paras,
        authors=authors,
        sources=(agency,),
        credits=story_credits,
    )


_PRESS_WIRES = ("PR Newswire", "GlobeNewswire", "Business Wire", "Accesswire")
_CONTACT_HEADINGS = ("Contact:", "Contacts", "Media Contact:", "Investor Relations:", "CONTACT:")


@st.composite
def press_releases(draw: st.DrawFn) -> tuple[str, WireExpected]:
    """A press release: headline, a wire's dateline, paragraphs, contacts and end lines."""
    wire = draw(st.sampled_from(_PRESS_WIRES))
    name, region = draw(places())
    place = name.upper() + region
    month = draw(st.sampled_from(_MONTH_ABBR))
    shown_month = month + ("." if month in {"Jan", "Feb", "Aug", "Sept", "Oct"} else "")
    day, year = draw(st.integers(1, 28)), draw(st.integers(1990, 2035))
    company = draw(st.sampled_from(_PLACE_PARTS)) + " " + draw(st.sampled_from(["Labs", "Inc."]))
    head = draw(headlines())
    paras = draw(paragraphs())
    date: dt.datetime | None = dt.datetime(year, _MONTH_NUM[month], day)
    if wire == "PR Newswire":
        dateline = f"{place}, {shown_month} {day}, {year} /PRNewswire/ -- "
    elif wire == "GlobeNewswire":
        dateline = f"{place}, {shown_month} {day}, {year} (GLOBE NEWSWIRE) -- "
    elif wire == "Business Wire":
        dateline, date = f"{place}--(BUSINESS WIRE)--", None
    else:
        dateline = f"{place} / ACCESSWIRE / {shown_month} {day}, {year} / "
    first = paras[0]
    if wire == "Business Wire":  # its dateline runs into a capital
        first = first[:1].upper() + first[1:]
    lines = [head, "", dateline + first, ""]
    for p in paras[1:]:
        lines += [p, ""]
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(_CONTACT_HEADINGS)))
        contacts = draw(st.lists(names, min_size=1, max_size=3))
        for who in contacts:
            lines.append(who)
            lines.append(who.split()[0].lower() + "@" + company.split()[0].lower() + ".example")
        lines.append("")
    if draw(st.booleans()):
        lines += ["###", ""]
    if draw(st.booleans()):
        lines += [f"View original content:https://releases.example/{name.lower()}-{day}.html", ""]
    if draw(st.booleans()):
        lines.append(f"SOURCE {company}")
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines).rstrip() + newline, WireExpected(
        format="wire",
        headline=head,
        dateline=place,
        date=date,
        paragraphs=paras,
        sources=(wire,),
    )


@st.composite
def reuters_1987_stories(draw: st.DrawFn) -> tuple[str, WireExpected]:
    """1987 Reuters copy: timestamp, upper-case title, dateline, indented paragraphs."""
    when = draw(
        st.datetimes(min_value=dt.datetime(1985, 1, 1), max_value=dt.datetime(1990, 12, 31))
    ).replace(microsecond=0)
    head = draw(headlines()).upper()
    name, region = draw(places())
    place = name.upper() + region
    paras = draw(paragraphs())
    months = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov")
    month = (*months, "Dec")[when.month - 1]
    stamp = f"{when.day}-{when:%b}-{when.year} {when:%H:%M:%S}.{draw(st.integers(0, 99)):02d}"
    lines = [stamp.upper(), head]
    for i, p in enumerate(paras):
        wrapped = _wrap(p, draw(st.integers(40, 70)))
        if i == 0:
            wrapped[0] = f"{place}, {month} {when.day} - {wrapped[0]}"
        lines += ["    " + wrapped[0], *wrapped[1:]]
    lines.append(draw(st.sampled_from([" Reuter", " REUTER"])))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines) + newline, WireExpected(
        format="reuters1987",
        headline=head,
        dateline=place,
        date=when,
        paragraphs=paras,
        sources=("Reuters",),
    )


@st.composite
def reuters_dataset_stories(draw: st.DrawFn) -> tuple[str, WireExpected]:
    """The research dataset's ``--`` header lines, then a blank-line-blocked story."""
    head = draw(headlines())
    authors = tuple(draw(st.lists(names, max_size=2, unique=True)))
    when = draw(minute_datetimes(None))
    zone = draw(st.sampled_from(["EST", "EDT"]))
    tz = dt.timezone(dt.timedelta(hours=-5 if zone == "EST" else -4))
    where = draw(st.none() | places())
    place = None if where is None else where[0].upper() + where[1]
    paras = draw(paragraphs())
    hour = when.hour % 12 or 12
    ampm = "am" if when.hour < 12 else "pm"
    stamp = f"{when:%a %b} {when.day}, {when.year} {hour}:{when:%M}{ampm}"
    byline = ("By  " + "  and  ".join(authors)) if authors else ""
    lines = [f"-- {head}", f"-- {byline}", f"-- {stamp} {zone}", "-- http://www.reuters.com/x", ""]
    lines += [" ", ""]
    opening = f"{place}  (Reuters) - " if place else "(Reuters) - "
    # The body is the story as the dataset stores it: the dateline opens it, and
    # credits glued to its last paragraph or on a line of their own end it.
    stored = list(paras)
    story_credits: tuple[tuple[str, tuple[str, ...]], ...] = ()
    credit_line = draw(st.sampled_from([None, "glued", "own line"]))
    if credit_line is not None:
        reporter, editor = draw(names), draw(names)
        credit = f"(Reporting by {reporter}; Editing by {editor})"
        story_credits = (("reporting", (reporter,)), ("editing", (editor,)))
        if credit_line == "glued":
            stored[-1] += " " + credit
        else:
            stored.append(credit)
    for i, p in enumerate(stored):
        wrapped = _wrap(p, draw(st.integers(40, 70)))
        wrapped[0] = (" " + opening if i == 0 else "  ") + wrapped[0]
        lines += [*(w + " " for w in wrapped), ""]
    stored[0] = " ".join(opening.split()) + " " + stored[0]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines), WireExpected(
        format="reuters_dataset",
        headline=head,
        dateline=place,
        date=when.replace(tzinfo=tz),
        paragraphs=tuple(stored),
        authors=authors,
        sources=("Reuters",),
        credits=story_credits,
    )


# ---------------------------------------------------------------------------------
# Arbitrary and hostile text
# ---------------------------------------------------------------------------------

#: Any text, biased toward newlines, control characters and news-like punctuation.
hostile_text = st.lists(
    st.text(st.characters(codec="utf-8"), max_size=40)
    | st.sampled_from(["\n", "\r\n", "\r", "\x00", "\u2028", "\u200b", " ", "\t", "(", ")"])
    | st.sampled_from(
        ["By ", "min read", "14 Aug 2023, 06:50 AM IST", "(With inputs from ", "date "]
    ),
    max_size=80,
).map("".join)


# ---------------------------------------------------------------------------------
# exports: several articles rendered into one LexisNexis, Nexis Uni, Factiva, mbox or
# Reuters-21578 SGML file (used by tests/property/test_exports.py)
# ---------------------------------------------------------------------------------

#: The export layouts :func:`exports` renders, as ``newsparse.split`` names them
#: (``factiva-free`` is Factiva's free-text form, split as ``factiva``).
EXPORT_LAYOUTS = ("lexisnexis", "nexis-uni", "factiva", "factiva-free", "mbox", "reuters-sgml")
_PUBLICATIONS = ("The Harbour Gazette", "Valley Tribune", "The Coastal Courier", "Riverside Herald")


@attrs.frozen(kw_only=True)
class ExportArticle:
    """One article of a generated export, as it must parse back."""

    headline: str
    day: dt.date
    authors: tuple[str, ...]
    paragraphs: tuple[str, ...]


# The width the LexisNexis renderer wraps paragraphs at.
_EXPORT_WIDTH = 72


def _wraps_to_sentence_lines(paras: tuple[str, ...]) -> bool:
    """Whether a one-paragraph body wraps into three lines or more, each one whole sentence.

    With no blank line in a body to part its paragraphs, lines that each hold one whole
    sentence read as one-sentence paragraphs (``newsparse._text.filled_to_width``), as
    documented: such a body means either, so the round trip does not render one.
    """
    if len(paras) != 1:
        return False
    lines = _wrap(paras[0], _EXPORT_WIDTH)
    return (
        len(lines) >= 3  # as filled_to_width
        and all(_ends_sentence(ln) for ln in lines[:-1])
        and not any(_holds_sentence_end(ln) for ln in lines)
    )


@st.composite
def export_articles(draw: st.DrawFn) -> ExportArticle:
    """An article's fields: headline, day, up to two authors, one to four paragraphs.

    A single paragraph that would wrap into lines of one sentence each is not drawn
    (:func:`_wraps_to_sentence_lines`).
    """
    paras = draw(
        paragraphs().map(lambda ps: ps[:4]).filter(lambda ps: not _wraps_to_sentence_lines(ps))
    )
    return ExportArticle(
        headline=draw(headlines()),
        day=draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))),
        authors=tuple(draw(st.lists(names, max_size=2, unique=True))),
        paragraphs=paras,
    )


def _wrap_at(paragraph: str, width: int) -> str:
    return "\n".join(_wrap(paragraph, width))


def _joined(authors: tuple[str, ...]) -> str:
    return " and ".join(authors)


def _render_one(layout: str, i: int, total: int, a: ExportArticle) -> str:
    pub = _PUBLICATIONS[i % len(_PUBLICATIONS)]
    long_day = f"{a.day:%B} {a.day.day}, {a.day.year} {a.day:%A}"
    short_day = f"{a.day.day} {a.day:%B} {a.day.year}"
    if layout == "lexisnexis":
        by = f"BYLINE: {_joined(a.authors)}\n\n" if a.authors else ""
        body = "\n\n".join(_wrap_at(p, _EXPORT_WIDTH) for p in a.paragraphs)
        return (
            f"                    {i + 1} of {total} DOCUMENTS\n\n\n"
            f"                    {pub}\n\n                    {long_day}\n\n"
            f"{a.headline}\n\n{by}SECTION: NEWS; Pg. {i + 2}\n\nLENGTH: {i + 50} words\n\n"
            f"{body}\n\nLOAD-DATE: {long_day.rsplit(' ', 1)[0]}\n\nLANGUAGE: ENGLISH\n\n"
            f"PUBLICATION-TYPE: Newspaper\n\n\n      Copyright {a.day.year} {pub}\n"
            "                    All Rights Reserved\n\n\n"
        )
    if layout == "nexis-uni":
        by = f"Byline: {_joined(a.authors)}\n" if a.authors else ""
        body = "\n\n".join(a.paragraphs)
        return (
            f"{a.headline}\n\n{pub}\n{long_day}\nCopyright {a.day.year} {pub}\n\n"
            f"Section: NEWS; Pg. {i + 2}\nLength: {i + 50} words\n{by}\nBody\n\n{body}\n\n"
            f"Classification\n\nLanguage: ENGLISH\n\nLoad-Date: {long_day.rsplit(' ', 1)[0]}\n\n"
            "End of Document\n\n\n"
        )
    doc = f"Document GAZ{i:04d}{a.day:%Y%m%d}ej8e0000{i % 10}"
    if layout == "factiva":
        by = f"BY\nBy {_joined(a.authors)}\n" if a.authors else ""
        lead, rest = a.paragraphs[0], a.paragraphs[1:]
        text = f"TD\n{chr(10).join(rest)}\n" if rest else ""
        return (
            f"HD\n{a.headline}\n{by}WC\n{i + 50} words\nPD\n{short_day}\nSN\n{pub}\nSC\nGAZ\n"
            f"LA\nEnglish\nCY\n(c) {a.day.year} {pub}\nLP\n{lead}\n{text}AN\n{doc}\n\n"
        )
    if layout == "factiva-free":
        by = f"By {_joined(a.authors)}\n" if a.authors else ""
        body = "\n\n".join(a.paragraphs)
        return (
            f"{a.headline}\n{by}{i + 50} words\n{short_day}\n{pub}\nGAZ\nEnglish\n"
            f"Copyright {a.day.year} {pub}\n\n{body}\n\n{doc}\n\n\n"
        )
    if layout == "reuters-sgml":
        return _render_sgml_record(i, a)
    sender = a.authors[0] if a.authors else None
    frm = f"user{i}@example.org ({sender})" if sender else f"user{i}@example.org"
    body = "\n\n".join(a.paragraphs)
    return (
        f"From user{i}@example.org {a.day:%a %b} {a.day.day:2d} 10:00:00 {a.day.year}\n"
        f"From: {frm}\nNewsgroups: misc.test\nSubject: {a.headline}\n"
        f"Date: {a.day:%a}, {a.day.day} {a.day:%b} {a.day.year} 10:00:00 +0000\n"
        f"Message-ID: <{i}.{a.day:%Y%m%d}@example.org>\n\n{body}\n\n"
    )


_DATELINE_PLACES = ("OSLO", "CHICAGO", "NEW YORK", "TRENT FALLS, Ont.")


def _render_sgml_record(i: int, a: ExportArticle) -> str:
    """One record of a Reuters-21578 ``.sgm`` file, its tags kept."""
    by = f"<AUTHOR>    By {_joined(a.authors)}, Reuters</AUTHOR>\n" if a.authors else ""
    paras = [_wrap_at(p, _EXPORT_WIDTH) for p in a.paragraphs]
    body = "\n".join([paras[0], *("    " + p for p in paras[1:])])
    place = _DATELINE_PLACES[i % len(_DATELINE_PLACES)]
    return (
        f'<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" OLDID="{5000 + i}" NEWID="{i + 1}">\n'
        f"<DATE>{a.day.day:2d}-{a.day:%b}-{a.day.year} 10:00:00.00</DATE>\n".upper()
        + "<TOPICS><D>grain</D></TOPICS>\n<PLACES><D>usa</D></PLACES>\n<PEOPLE></PEOPLE>\n"
        f"<UNKNOWN> \n&#5;&#5;&#5;G\n&#22;&#22;&#1;f{i:04d}&#31;reute\nu f BC-GAZ 0061</UNKNOWN>\n"
        f"<TEXT>&#2;\n<TITLE>{a.headline}</TITLE>\n{by}"
        f"<DATELINE>    {place}, {a.day:%B} {a.day.day} - </DATELINE><BODY>{body}\n"
        " Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
    )


_COVERS = {
    "lexisnexis": "Download Request: Selected Items: 1-{n}\nTerms: harbour\n\nSource: Papers\n\n\n",
    "nexis-uni": "Date and Time: Monday, May 9, 2022 10:01:00 AM CEST\nJob Number: 1\n\n"
    "Search Terms: harbour\n\n\n",
    "reuters-sgml": '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n',
}


def render_export(
    layout: str, articles: tuple[ExportArticle, ...], *, cover: bool, line_end: str = "\n"
) -> str:
    """Render ``articles`` into one export file in ``layout``."""
    head = _COVERS[layout].format(n=len(articles)) if cover and layout in _COVERS else ""
    text = head + "".join(_render_one(layout, i, len(articles), a) for i, a in enumerate(articles))
    return text.replace("\n", line_end)


@st.composite
def exports(draw: st.DrawFn) -> tuple[str, str, tuple[ExportArticle, ...]]:
    """An export file: ``(text, layout, articles)`` with one to six articles."""
    layout = draw(st.sampled_from(EXPORT_LAYOUTS))
    articles = tuple(draw(st.lists(export_articles(), min_size=1, max_size=6)))
    text = render_export(
        layout,
        articles,
        cover=draw(st.booleans()),
        line_end=draw(st.sampled_from(["\n", "\r\n", "\r"])),
    )
    return text, layout, articles
