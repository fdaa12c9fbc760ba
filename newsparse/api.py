"""``parse``: detect the layout, parse it, check the spans, build the :class:`Article`."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import operator
import threading
from typing import TYPE_CHECKING, Any

import attrs

from newsparse.decoding import (
    _BOM,
    _as_text,
    _has_lone_cr,
    _has_odd_space,
    _masked,
    _warn_if_path,
)
from newsparse.detect import _pick_masked
from newsparse.errors import (
    FormatContractError,
    InputTooLargeError,
    InputTypeError,
    InvalidOptionError,
    NewsparseError,
    ParseError,
)
from newsparse.extract.dates import DEFAULT_OPTIONS
from newsparse.formats import _EXPORT_LAYOUTS
from newsparse.model import (
    Article,
    Attribution,
    Field,
    Note,
    ParsedFields,
    ParseOptions,
    Span,
    _built_article,
)
from newsparse.registry import FormatRegistry, _resolve

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from newsparse.typing import SourceFormat

__all__ = ["MAX_CHARS", "get_format", "parse"]


def __dir__() -> list[str]:
    return __all__


#: The default guard on input size, 50 million characters (about a hundred times the
#: longest real article); pass ``max_chars=None`` to parse anything.
MAX_CHARS = 50_000_000


def get_format(name: str, *, registry: FormatRegistry | None = None) -> SourceFormat:
    """Return the registered format called ``name``.

    Args:
        name: The format's registered name.
        registry: Where to look; the default registry if ``None``.

    Returns:
        The format object.

    Raises:
        FormatNotFoundError: No format has that name; the message lists the known ones.
        InputTypeError: ``registry`` is not a :class:`~newsparse.registry.FormatRegistry`.

    Examples:
        >>> get_format("generic").name
        'generic'
    """
    return _resolve(registry).get(name)


def _check_spans(name: str, fields: Sequence[Field[object]], text: str) -> None:
    # ``raw == text[start:end]`` read in place: with ``end`` inside the text, the slice
    # is ``end - start`` characters long, so it equals ``raw`` when ``raw`` is that long
    # and the text holds it at ``start`` (no copy of each paragraph is made).
    n = len(text)
    for f in fields:
        span = f.span
        raw = f.raw
        if (
            span.end > n
            or len(raw) != span.end - span.start
            or not text.startswith(raw, span.start)
        ):
            msg = (
                f"format {name!r}: the span {span} of rule {f.rule!r} "
                "does not slice to its raw text"
            )
            raise FormatContractError(msg)


# The order _article checks the fields' spans in, single fields first (the body is the
# paragraphs, checked once).
_CHECK_ORDER = (
    "headline", "date", "byline", "summary", "dateline", "reading_time",
    "authors", "paragraphs", "attribution", "furniture",
)  # fmt: skip


# A field's span, rule and value, read in C for every field of every article.
_SPAN_OF = operator.attrgetter("span")
_RULE_OF = operator.attrgetter("rule")
_VALUE_OF = operator.attrgetter("value")


def _article(
    text: str,
    fmt_name: str,
    pf: ParsedFields,
    notes: tuple[Note, ...],
    extra: tuple[Note, ...] = (),
) -> Article:
    # Each key of SPAN_KEYS, in its order, with its fields.
    paragraphs_f = pf.paragraphs
    groups: dict[str, tuple[Field[object], ...]] = {
        "headline": () if pf.headline is None else (pf.headline,),
        "date": () if pf.date is None else (pf.date,),
        "byline": () if pf.byline is None else (pf.byline,),
        "authors": pf.authors,
        "summary": () if pf.summary is None else (pf.summary,),
        "dateline": () if pf.dateline is None else (pf.dateline,),
        "reading_time": () if pf.reading_time is None else (pf.reading_time,),
        "paragraphs": paragraphs_f,
        "body": paragraphs_f,
        "attribution": pf.attribution,
        "furniture": pf.furniture,
    }
    for key in _CHECK_ORDER:
        if groups[key]:
            _check_spans(fmt_name, groups[key], text)
    spans: dict[str, tuple[Span, ...]] = {}
    rules: dict[str, tuple[str, ...]] = {}
    for key, fields in groups.items():
        if not fields:
            spans[key] = rules[key] = ()
        elif key == "body":  # the paragraphs' fields, read just before (a tuple is shared)
            spans[key], rules[key] = spans["paragraphs"], rules["paragraphs"]
        else:
            spans[key] = tuple(map(_SPAN_OF, fields))
            rules[key] = tuple(map(_RULE_OF, fields))
    if (pf.date is None) != (pf.date_precision is None):
        msg = f"format {fmt_name!r} set the date or its precision without the other"
        raise FormatContractError(msg)
    paragraphs = tuple(map(_VALUE_OF, paragraphs_f))
    attribution = None
    if pf.attribution or pf.sources or pf.credits:
        attribution = Attribution(
            sources=pf.sources,
            credits=pf.credits,
            text="\n".join(f.raw for f in pf.attribution),
        )
    date: dt.datetime | None = None if pf.date is None else pf.date.value
    return _built_article(
        headline=None if pf.headline is None else pf.headline.value,
        date=date,
        date_precision=pf.date_precision,
        byline=None if pf.byline is None else pf.byline.value,
        body="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        attribution=attribution,
        summary=None if pf.summary is None else pf.summary.value,
        dateline=None if pf.dateline is None else pf.dateline.value,
        reading_time=None if pf.reading_time is None else pf.reading_time.value,
        format=fmt_name,
        spans=spans,
        rules=rules,
        notes=notes + pf.notes + extra,
        metadata=pf.metadata,
        source=text,
    )


def parse(
    text: str | bytes,
    *,
    format: str | None = None,  # noqa: A002 - the documented public keyword
    tzinfos: Mapping[str, dt.tzinfo | int] | None = None,
    reference: dt.date | None = None,
    registry: FormatRegistry | None = None,
    max_chars: int | None = MAX_CHARS,
) -> Article:
    """Parse the raw text of a news article into an :class:`Article`.

    Args:
        text: The article as text, exactly as it was received; or its bytes, decoded
            by :func:`newsparse.decode` (a BOM, else UTF-8, else cp1252 from the first
            byte that is not UTF-8; a BOM or the fallback is noted), in which case the
            spans index the decoded text. A ``str`` that still opens with a byte-order
            mark (a file read as ``utf-8``, not ``utf-8-sig``) is detected, and read by
            a built-in format, as if the mark were a space: the mark is furniture (rule
            ``text.bom``) and noted. So is a text with lines that end in a carriage
            return alone (an old Mac file), read as if each were a line feed (noted
            ``text.cr-lines``; raw texts keep the CRs), and a text with no-break,
            narrow, thin or figure spaces (``14\\u00a0Aug\\u00a02023``), read as if each
            were U+0020: values hold a space, raw texts and the byline's text the
            input's character. A plugin format is given the text as it is.
        format: Force a format by name instead of detecting one.
        tzinfos: Zone abbreviations to resolve differently from the built-in table
            (``{"IST": 3600}`` for Irish Summer Time); values are
            :class:`datetime.tzinfo` objects or offsets in seconds.
        reference: The date two-digit years resolve against, and the anchor of a month
            and day written without a year (a wire dateline's ``Aug 14``) when the text
            gives no full date: the nearest such day to it. The clock is never read.
        registry: The formats to choose from; the default registry if ``None``.
        max_chars: Refuse texts longer than this (``MAX_CHARS``, 50 million, by default); ``None``
            turns the guard off. A text of more than 500,000 characters is read with
            Python's cyclic garbage collector paused, and the collector is set back as
            it was afterwards, even when parsing fails: its passes over the many
            objects a long text's fields are built from made a 10 MB text cost twice as
            much per KB as a short one.

    Returns:
        The :class:`Article`; fields the text does not give are ``None``.

    Raises:
        InputTypeError: ``text`` is neither ``str`` nor ``bytes``, or an option has the
            wrong type (also a ``TypeError``).
        InputTooLargeError: ``text`` is longer than ``max_chars``.
        InvalidOptionError: A ``tzinfos`` offset is not within a day of UTC, or
            ``max_chars`` is negative (also a ``ValueError``).
        FormatNotFoundError: ``format`` names no registered format.
        ParseError: The format failed on this text.
        FormatContractError: The format returned spans that do not index the text.

    Examples:
        >>> import newsparse
        >>> text = "Storm hits coast\\n\\nBy Jane Doe\\n\\nWinds reached 120 km/h."
        >>> a = newsparse.parse(text)
        >>> a.headline, a.byline.authors, a.body
        ('Storm hits coast', ('Jane Doe',), 'Winds reached 120 km/h.')
        >>> a.spans["headline"][0].of(text)
        'Storm hits coast'
    """
    limit: object = max_chars  # as the caller passed it: typing does not reach every caller
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
        msg = f"max_chars must be an int or None, not {type(limit).__name__}"
        raise InputTypeError(msg)
    if limit is not None and limit < 0:
        msg = f"max_chars must be 0 or more (or None), not {limit}"
        raise InvalidOptionError(msg)
    reg, options = _settings(format=format, tzinfos=tzinfos, reference=reference, registry=registry)
    if isinstance(text, str):
        _warn_if_path(text, "parse", "read the file and parse its contents", stacklevel=2)
    article = _parse(text, (), format=format, registry=reg, options=options, max_chars=max_chars)
    if article.format in _EXPORT_FORMATS and article.source is not None:
        return _note_more_articles(article, article.source, reg)
    return article


# The formats whose texts come in exports of many articles (:func:`newsparse.split`).
_EXPORT_FORMATS = frozenset(_EXPORT_LAYOUTS.values())


def _note_more_articles(article: Article, source: str, registry: FormatRegistry) -> Article:
    """``article`` with an ``export.many`` note if ``source``, its text, is an export of several.

    ``parse`` reads a text as one article; given a whole export it would run the
    articles together with nothing said.
    """
    from newsparse.stream import _article_count  # noqa: PLC0415 - stream imports this module

    count = _article_count(source, registry)
    if count < 2:  # noqa: PLR2004 - one article is what parse reads
        return article
    note = Note(
        code="export.many",
        message=f"the text is an export of {count} articles, read here as one; "
        "newsparse.parse_many reads each",
    )
    return attrs.evolve(article, notes=(*article.notes, note))


def _settings(
    *,
    format: object,  # noqa: A002 - as parse()
    tzinfos: Mapping[str, dt.tzinfo | int] | None,
    reference: object,
    registry: object,
) -> tuple[FormatRegistry, ParseOptions]:
    """Check the options :func:`parse` and :func:`newsparse.parse_many` share, once.

    Returns the registry to use and the :class:`ParseOptions` every article gets.

    Raises:
        InputTypeError: An option has the wrong type.
        InvalidOptionError: A ``tzinfos`` offset is not within a day of UTC.
        FormatNotFoundError: ``format`` names no format of the registry.
    """
    if format is not None and not isinstance(format, str):
        msg = f"format must be a format's name (str), not {type(format).__name__}"
        raise InputTypeError(msg)
    if reference is not None and not isinstance(reference, dt.date):
        msg = f"reference must be a datetime.date, not {type(reference).__name__}"
        raise InputTypeError(msg)
    reg = _resolve(registry)
    if format is not None:
        reg.get(format)  # an unknown name fails here, before any text is read
    if not tzinfos and reference is None:
        return reg, DEFAULT_OPTIONS  # one frozen value serves every call that sets none
    return reg, ParseOptions(tzinfos=tzinfos or {}, reference=reference)


#: Texts longer than this are read with the cyclic garbage collector paused (and
#: restored after): the collector's passes over the many objects a long text's fields
#: are built from cost more the more there are, which made the cost per KB of a 10 MB
#: text about twice that of a 100 KB one. ``parse`` makes no reference cycles to collect.
PAUSE_GC_CHARS = 500_000

# How many calls have the collector paused, and whether it ran before the first did;
# the lock keeps threads that parse long texts at once from restoring it early.
_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, then set it as it was."""
    global _gc_pauses, _gc_was_enabled  # noqa: PLW0603 - one state for the process
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


_CR_NOTE = Note(
    code="text.cr-lines",
    message="lines of the text end in a carriage return alone; each was read as a line end",
)
_BOM_NOTE = Note(
    code="text.bom",
    message="the text starts with a byte-order mark; it is furniture, read as a space",
    span=Span(0, 1),
)


def _parse(
    text: str | bytes,
    extra: tuple[Note, ...],
    *,
    format: str | None,  # noqa: A002 - as parse()
    registry: FormatRegistry,
    options: ParseOptions,
    max_chars: int | None = MAX_CHARS,
) -> Article:
    """:func:`parse` with its options checked (by :func:`_settings`), and ``extra`` notes.

    The ``extra`` notes come after the article's own.

    For :func:`newsparse.parse_many`, whose articles carry their place in the export:
    the options are checked once for the whole export, and each article is built once,
    with every note.
    """
    text, notes = _as_text(text, "parse")
    if max_chars is not None and len(text) > max_chars:
        raise InputTooLargeError(len(text), max_chars)
    if "\x00" in text:
        notes = (*notes, *_binary_note(text))
    if len(text) > PAUSE_GC_CHARS:
        with _gc_paused():
            return _read(text, notes, extra, format=format, registry=registry, options=options)
    return _read(text, notes, extra, format=format, registry=registry, options=options)


# A text at least this share of whose characters are NUL is likely no text at all.
_BINARY_NUL_SHARE = 0.01
# ... and at least this many of them (a stray NUL or two is damage, not binary).
_MIN_BINARY_NULS = 8


def _binary_note(text: str) -> tuple[Note, ...]:
    """A ``text.binary`` note if ``text`` is likely binary data or UTF-16 read as UTF-8."""
    nuls = text.count("\x00")
    if nuls < _MIN_BINARY_NULS or nuls < _BINARY_NUL_SHARE * len(text):
        return ()
    message = (
        f"{nuls} of the text's {len(text)} characters are NUL: it may be binary data, "
        "or UTF-16 without a byte-order mark (decode it as UTF-16 first)"
    )
    return (Note(code="text.binary", message=message),)


def _read(
    text: str,
    notes: tuple[Note, ...],
    extra: tuple[Note, ...],
    *,
    format: str | None,  # noqa: A002 - as parse()
    registry: FormatRegistry,
    options: ParseOptions,
) -> Article:
    """:func:`_parse` once the text is decoded and its size checked."""
    # A str that starts with a byte-order mark (a file read as "utf-8", not "utf-8-sig"),
    # or whose lines end in CR alone, is detected, and read by a built-in format, with a
    # space for the mark and LF for each CR, so the offsets hold; the mark is furniture
    # and each field's raw text is the input's. A plugin is given the text as it is.
    work = _masked(text)
    name = format if format is not None else _pick_masked(work, registry)
    fmt = registry.get(name)
    if work is not text and not registry.is_builtin(name):
        work = text
    try:
        fields = fmt.parse(work, options)
    except NewsparseError:
        raise
    except Exception as err:
        msg = f"format {name!r} failed: {err!r}"
        raise ParseError(msg, source=text) from err
    if not isinstance(fields, ParsedFields):
        msg = f"format {name!r} returned {type(fields).__name__}, not ParsedFields"
        raise FormatContractError(msg)
    if work is not text:
        fields, notes = _unmasked(text, fields, notes)
    return _article(text, name, fields, notes, extra)


def _unmasked(
    text: str, fields: ParsedFields, notes: tuple[Note, ...]
) -> tuple[ParsedFields, tuple[Note, ...]]:
    """Fields read from ``_masked(text)``, made the input's own, with notes on why."""
    if _has_lone_cr(text) or _has_odd_space(text):
        # Each field's raw text as the input writes it, CRs and no-break spaces and all
        # (the spans hold); values read the masked text (a no-break space as a space).
        def own(f: Field[Any]) -> Field[Any]:
            return attrs.evolve(f, raw=text[f.span.start : f.span.end])

        changes: dict[str, Any] = {}
        for name, value in attrs.asdict(fields, recurse=False).items():
            if isinstance(value, Field):
                changes[name] = own(value)
            elif isinstance(value, tuple) and value and isinstance(value[0], Field):
                changes[name] = tuple([own(f) for f in value])
        byline = changes.get("byline")
        if byline is not None:
            # The byline's text and authors are their spans' text too (a two-line byline).
            authors = tuple([f.raw for f in changes.get("authors", ())])
            changes["byline"] = attrs.evolve(
                byline, value=attrs.evolve(byline.value, text=byline.raw, authors=authors)
            )
        fields = attrs.evolve(fields, **changes)
    if _has_lone_cr(text):
        notes = (*notes, _CR_NOTE)
    if text.startswith(_BOM):
        mark = Field(value=_BOM, raw=_BOM, span=Span(0, 1), rule="text.bom")
        fields = attrs.evolve(fields, furniture=(mark, *fields.furniture))
        notes = (*notes, _BOM_NOTE)
    return fields, notes
