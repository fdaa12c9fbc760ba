"""Frozen values: spans, fields, and the parsed :class:`Article`.

Nothing here parses; formats build :class:`ParsedFields` and :func:`newsparse.parse`
turns them into an :class:`Article`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Generic, Literal, TypeVar, cast, get_args, overload

from attrs import field, frozen, validators

__all__ = [
    "SPAN_KEYS",
    "Article",
    "Attribution",
    "Byline",
    "Credit",
    "DatePrecision",
    "Detection",
    "Field",
    "FrozenMap",
    "Note",
    "ParseOptions",
    "ParsedFields",
    "Span",
]


def __dir__() -> list[str]:
    return __all__


T_co = TypeVar("T_co", covariant=True)
V = TypeVar("V")
T = TypeVar("T")

#: How much of an :class:`Article`'s ``date`` the text actually gave.
DatePrecision = Literal["year", "month", "day", "hour", "minute", "second"]
_PRECISIONS = ("year", "month", "day", "hour", "minute", "second")


@frozen
class Span:
    """Half-open ``[start, end)`` character offsets into the original input.

    Args:
        start: Offset of the first character.
        end: Offset just past the last character; never before ``start``.

    Raises:
        ValueError: ``start`` is negative or ``end`` precedes it.

    Examples:
        >>> Span(4, 9).of("The Mint reported")
        'Mint '
        >>> len(Span(4, 9))
        5
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check for both ends: spans are made for every line and field.
        if not 0 <= self.start <= self.end:
            msg = (
                f"span start {self.start} is negative"
                if self.start < 0
                else f"span end {self.end} precedes start {self.start}"
            )
            raise ValueError(msg)

    def of(self, source: str) -> str:
        """Return the text this span covers in ``source``.

        Examples:
            >>> Span(0, 4).of("Rain due in Mumbai")
            'Rain'
        """
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


class FrozenMap(Mapping[str, V]):
    """An immutable, hashable, picklable mapping with string keys.

    Used for ``Article.spans`` and ``Article.metadata`` so that an
    :class:`Article` stays a frozen value.

    Args:
        items: The key-value pairs; iteration keeps their order.

    Examples:
        >>> m = FrozenMap({"section": "World"})
        >>> m["section"], len(m), dict(m)
        ('World', 1, {'section': 'World'})
    """

    __slots__ = ("_data",)

    def __init__(self, items: Mapping[str, V] | None = None) -> None:
        self._data: dict[str, V] = dict(items or {})

    @classmethod
    def _owning(cls, data: dict[str, V]) -> FrozenMap[V]:
        """Wrap ``data``, a dict nobody else holds, without copying it."""
        new = cls.__new__(cls)
        new._data = data  # noqa: SLF001 - the class's own constructor
        return new

    def __getitem__(self, key: str) -> V:
        return self._data[key]

    # The dict's own lookups: the Mapping mixins raise and catch KeyError on a miss.
    @overload
    def get(self, key: str) -> V | None: ...
    @overload
    def get(self, key: str, default: V | T) -> V | T: ...

    def get(self, key: str, default: object = None) -> object:
        """``self[key]`` if ``key`` is present, else ``default``.

        Examples:
            >>> FrozenMap({"a": 1}).get("a"), FrozenMap({"a": 1}).get("b", 0)
            (1, 0)
        """
        return self._data.get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(tuple(self._data.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._data) == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[type[FrozenMap[V]], tuple[dict[str, V]]]:
        return (type(self), (self._data,))


@frozen(kw_only=True)
class Field(Generic[T_co]):
    """One extracted value and where it came from.

    Args:
        value: The interpreted value (text, a datetime, a byline...).
        raw: Exactly ``source[span.start:span.end]``.
        span: Where ``raw`` sits in the text the format was given.
        rule: The rule that produced it, such as ``"mint.header"``.

    Examples:
        >>> f = Field(value=3, raw="3 min read", span=Span(0, 10), rule="furniture.reading-time")
        >>> f.value, f.span.of("3 min read here")
        (3, '3 min read')
    """

    value: T_co
    raw: str
    span: Span
    rule: str


# Frozen classes refuse attribute assignment, but the setters of their slots do not: the
# library builds the spans and fields of every line with these, skipping the generated
# ``__init__`` (a call through ``object.__setattr__`` per attribute), which costs twice
# as much. A test checks that each builds what the public constructor builds.
_new = object.__new__
_set_start, _set_end = Span.__dict__["start"].__set__, Span.__dict__["end"].__set__
_set_value, _set_raw = Field.__dict__["value"].__set__, Field.__dict__["raw"].__set__
_set_span, _set_rule = Field.__dict__["span"].__set__, Field.__dict__["rule"].__set__


def _span(start: int, end: int) -> Span:
    """``Span(start, end)``, made faster; offsets it refuses go to it, which raises.

    Examples:
        >>> _span(4, 9) == Span(4, 9)
        True
    """
    if not 0 <= start <= end:
        return Span(start, end)
    span: Span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span


def _field(value: T, raw: str, span: Span, rule: str) -> Field[T]:
    """``Field(value=value, raw=raw, span=span, rule=rule)``, made faster (it has no checks).

    Examples:
        >>> _field("Rain", "Rain", Span(0, 4), "x.headline") == Field(
        ...     value="Rain", raw="Rain", span=Span(0, 4), rule="x.headline"
        ... )
        True
    """
    made: Field[T] = _new(Field)
    _set_value(made, value)
    _set_raw(made, raw)
    _set_span(made, span)
    _set_rule(made, rule)
    return made


@frozen(kw_only=True)
class Credit:
    """A named role in an article's making, such as ``Editing by Jo Bloggs``.

    Args:
        role: One of ``reporting``, ``additional reporting``, ``writing``, ``editing``,
            ``contributed``, ``compiled``, ``production`` or another lower-case role.
        names: The people credited, as written.

    Examples:
        >>> Credit(role="editing", names=("Jo Bloggs",)).names
        ('Jo Bloggs',)
    """

    role: str
    names: tuple[str, ...]


@frozen(kw_only=True)
class Byline:
    """Who wrote the article.

    Args:
        authors: People, as the text writes them (``JANE DOE`` stays upper case).
        organization: A newsroom or agency credited instead of or beside the authors.
        text: The byline exactly as written in the source.

    Examples:
        >>> Byline(authors=("Jane Doe",), organization="Reuters", text="By Jane Doe | Reuters")
        Byline(authors=('Jane Doe',), organization='Reuters', text='By Jane Doe | Reuters')
    """

    authors: tuple[str, ...] = ()
    organization: str | None = None
    text: str


@frozen(kw_only=True)
class Attribution:
    """Where the story's material came from: agencies, credits, copyright.

    Args:
        sources: Canonical agency names such as ``AP``, ``Reuters``, ``PTI``.
        credits: Roles and names from trailers such as ``(Reporting by ...)``.
        text: The attribution lines as written, joined by newlines.

    Examples:
        >>> Attribution(sources=("AP",), text="(With inputs from AP)").sources
        ('AP',)
    """

    sources: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()
    text: str


@frozen(kw_only=True)
class Note:
    """Something a user should know about a parse: a field not found, a guess made.

    Args:
        code: A stable, dotted identifier such as ``date.unparsed``.
        message: A sentence for people.
        span: Where in the input it applies, if anywhere.

    Examples:
        >>> Note(code="date.no-zone", message="the date names no zone; it is naive").code
        'date.no-zone'
    """

    code: str
    message: str
    span: Span | None = None


@frozen(kw_only=True)
class Detection:
    """One format's score for a text, with the evidence behind it.

    Args:
        format: The format's registered name.
        score: In ``[0, 1]``; higher is more likely.
        evidence: Names of the evidence that fired.
        priority: The format's tie-break priority.
        error: For a plugin whose ``score`` raised, the error's text (its score is 0).

    Examples:
        >>> Detection(format="mint", score=0.9, evidence=("min-read",)).score
        0.9
    """

    format: str
    score: float
    evidence: tuple[str, ...] = ()
    priority: int = 0
    error: str | None = None


_DAY_SECONDS = 86_400


def _to_zones(value: Mapping[str, dt.tzinfo | int]) -> FrozenMap[dt.tzinfo | int]:
    """Check a ``tzinfos`` mapping once, up front: names to tzinfo or seconds east of UTC."""
    from newsparse.errors import InputTypeError, InvalidOptionError  # noqa: PLC0415 - errors imports model

    if not isinstance(value, Mapping):
        msg = f"tzinfos must be a mapping of zone names, not {type(value).__name__}"
        raise InputTypeError(msg)
    for name, zone in value.items():
        if not isinstance(name, str):
            msg = f"tzinfos keys must be zone names (str), not {name!r}"
            raise InputTypeError(msg)
        if isinstance(zone, bool):
            msg = f"tzinfos[{name!r}] must be a tzinfo or seconds east of UTC, not {zone!r}"
            raise InputTypeError(msg)
        if isinstance(zone, int):
            if not -_DAY_SECONDS < zone < _DAY_SECONDS:
                msg = f"tzinfos[{name!r}] = {zone} seconds is not within a day of UTC"
                raise InvalidOptionError(msg)
        elif not isinstance(zone, dt.tzinfo):
            msg = f"tzinfos[{name!r}] must be a tzinfo or seconds east of UTC, not {zone!r}"
            raise InputTypeError(msg)
    return FrozenMap(value)


@frozen(kw_only=True)
class ParseOptions:
    """Caller settings that reach every format and extractor.

    Args:
        tzinfos: Zone abbreviations the caller resolves, overriding the built-in table:
            each maps to a :class:`datetime.tzinfo` or an offset in seconds east of UTC.
        reference: The date two-digit years are resolved against, and the anchor of a
            month and day without a year when the text gives no full date; never the
            clock.

    Raises:
        InputTypeError: ``tzinfos`` is not a mapping of names, or a value is neither a
            tzinfo nor an int.
        InvalidOptionError: An offset in seconds is not within a day of UTC.

    Examples:
        >>> import datetime as dt
        >>> ParseOptions(tzinfos={"IST": 3600}).tzinfos["IST"]
        3600
    """

    tzinfos: FrozenMap[dt.tzinfo | int] = field(factory=dict, converter=_to_zones)
    reference: dt.date | None = None


@frozen(kw_only=True)
class ParsedFields:
    """What a format's ``parse`` returns: fields with spans into the text it was given.

    Every non-blank character of that text should lie in some field's span or in
    ``furniture``; :func:`newsparse.parse` checks the spans and builds the
    :class:`Article`. ``date`` and ``date_precision`` are set together or not at all.

    Examples:
        >>> head = Field(value="Rain", raw="Rain", span=Span(0, 4), rule="my.headline")
        >>> ParsedFields(headline=head).headline.value
        'Rain'
    """

    headline: Field[str] | None = None
    date: Field[dt.datetime] | None = None
    date_precision: DatePrecision | None = None
    byline: Field[Byline] | None = None
    authors: tuple[Field[str], ...] = ()
    paragraphs: tuple[Field[str], ...] = ()
    attribution: tuple[Field[str], ...] = ()
    sources: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()
    summary: Field[str] | None = None
    dateline: Field[str] | None = None
    reading_time: Field[int] | None = None
    furniture: tuple[Field[str], ...] = ()
    notes: tuple[Note, ...] = ()
    metadata: Mapping[str, str] = field(factory=dict)


# The converters build a fresh dict, so the FrozenMap may own it without a copy. Every
# key of SPAN_KEYS is there, with no spans if none was given, as in a parsed article.
def _to_spans(value: Mapping[str, Any]) -> FrozenMap[tuple[Span, ...]]:
    return _keyed(value)


def _to_rules(value: Mapping[str, Any]) -> FrozenMap[tuple[str, ...]]:
    return _keyed(value)


def _keyed(value: Mapping[str, Iterable[Any]]) -> FrozenMap[tuple[Any, ...]]:
    """``spans`` or ``rules`` as an Article holds them: a tuple per key of SPAN_KEYS."""
    table = {str(k): tuple(v) for k, v in value.items()}
    if not table.keys() >= _SPAN_KEY_SET:
        table = dict.fromkeys(SPAN_KEYS, ()) | table
    return FrozenMap._owning(table)  # noqa: SLF001


def _to_meta(value: Mapping[str, str]) -> FrozenMap[str]:
    if type(value) is FrozenMap:
        return value
    return FrozenMap._owning(dict(value))  # noqa: SLF001


def _to_strs(value: Any) -> tuple[str, ...]:
    return tuple(value)


def _to_notes(value: Any) -> tuple[Note, ...]:
    return tuple(value)


#: The keys every article's ``spans`` and ``rules`` have, in this order.
SPAN_KEYS = (
    "headline",
    "date",
    "byline",
    "authors",
    "summary",
    "dateline",
    "reading_time",
    "paragraphs",
    "body",
    "attribution",
    "furniture",
)
_SPAN_KEY_SET = frozenset(SPAN_KEYS)
_DATE_PRECISIONS = frozenset(get_args(DatePrecision))


def _checked(data: object, key: str, kind: type | tuple[type, ...], *, optional: bool) -> Any:
    """``data[key]`` if it has the type ``kind`` (or is missing or ``None``, if optional)."""
    if not isinstance(data, Mapping):
        msg = f"from_dict: {key!r} is looked up in a {type(data).__name__}, not a mapping"
        raise ValueError(msg)  # noqa: TRY004 - a value of the data: from_dict's ValueError
    value = data.get(key)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, kind):
        if value is None:
            msg = f"from_dict: {key!r} is missing"
            raise KeyError(msg)
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        msg = f"from_dict: {key!r} must be {names}, not {type(value).__name__}"
        raise ValueError(msg)  # noqa: TRY004 - a value of the data: from_dict's ValueError
    return value


def _strings(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """``data[key]`` as a tuple of str (a missing or ``None`` value is empty)."""
    values = _checked(data, key, (list, tuple), optional=True) or ()
    if not all(isinstance(v, str) for v in values):
        msg = f"from_dict: {key!r} must hold only str"
        raise ValueError(msg)
    return tuple(values)


def _span_table(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    """``data[key]``, a mapping of span keys to lists (the article fills in the rest)."""
    table = _checked(data, key, Mapping, optional=True) or {}
    for name, values in table.items():
        if isinstance(values, str) or not isinstance(values, (list, tuple)):
            msg = f"from_dict: {key}[{name!r}] must be a list, not {type(values).__name__}"
            raise ValueError(msg)  # noqa: TRY004 - a value of the data: from_dict's ValueError
    return dict(table)


def _span_of(pair: object, where: str) -> Span:
    """A span as to_dict writes it: a ``[start, end]`` pair of ints (no bool, no float)."""
    if isinstance(pair, str) or not isinstance(pair, (list, tuple)) or len(pair) != 2:  # noqa: PLR2004
        msg = f"from_dict: {where} holds {pair!r}, no [start, end] pair of offsets"
        raise ValueError(msg)
    for offset in pair:
        if isinstance(offset, bool) or not isinstance(offset, int):
            msg = f"from_dict: a span's offset must be an int, not {offset!r}"
            raise ValueError(msg)  # noqa: TRY004 - a value of the data: from_dict's ValueError
    return Span(pair[0], pair[1])


@frozen(kw_only=True)
class Article:
    """A parsed news article: plain values, and spans into the input for each.

    Missing fields are ``None``; nothing is invented. ``spans[name]`` holds, for each
    field, the places in the input it came from (``paragraphs`` one per paragraph,
    ``authors`` one per author, ``furniture`` for text kept out of the body), and
    ``rules[name]`` the rule that produced each of those spans. Both have every key of
    :data:`~newsparse.model.SPAN_KEYS` (with no spans for a field not found), however
    the article was built.

    Args:
        headline: The headline as written.
        date: Publication date; tz-aware when the text names a zone.
        date_precision: How much of ``date`` the text gave.
        byline: Authors and organisation, or ``None``.
        body: ``paragraphs`` joined by a blank line.
        paragraphs: The body's paragraphs.
        attribution: Agency sources, credits, copyright, or ``None``.
        summary: The standfirst, if the layout has one.
        dateline: The place a wire story was filed from, as written.
        reading_time: Minutes, as the page states.
        format: The name of the format that parsed the text.
        spans: Field name to spans into the input.
        rules: Field name to the rule behind each span.
        notes: What the parser could not do or had to guess.
        metadata: Layout-specific facts with no field of their own.
        source: The text the spans index: the input, or for bytes the decoded text.
            It is left out of equality, ``repr`` and :meth:`to_dict`.

    Raises:
        ValueError: ``body`` is not ``paragraphs`` joined by a blank line.

    Examples:
        >>> import newsparse
        >>> a = newsparse.parse("Rain due\\n\\nIt will rain on Monday.\\n")
        >>> a.headline, a.paragraphs, a.format
        ('Rain due', ('It will rain on Monday.',), 'generic')
        >>> Article.from_dict(a.to_dict()) == a
        True
        >>> b = newsparse.parse("Rain due\\n\\nIt will rain.".encode("utf-16"))
        >>> b.spans["headline"][0].of(b.source)
        'Rain due'
    """

    headline: str | None = None
    date: dt.datetime | None = None
    date_precision: DatePrecision | None = field(
        default=None, validator=validators.optional(validators.in_(_PRECISIONS))
    )
    byline: Byline | None = None
    body: str = ""
    paragraphs: tuple[str, ...] = field(default=(), converter=_to_strs)
    attribution: Attribution | None = None
    summary: str | None = None
    dateline: str | None = None
    reading_time: int | None = None
    format: str = "generic"
    spans: FrozenMap[tuple[Span, ...]] = field(factory=dict, converter=_to_spans)
    rules: FrozenMap[tuple[str, ...]] = field(factory=dict, converter=_to_rules)
    notes: tuple[Note, ...] = field(default=(), converter=_to_notes)
    metadata: FrozenMap[str] = field(factory=dict, converter=_to_meta)
    source: str | None = field(default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.body != "\n\n".join(self.paragraphs):
            msg = "Article.body must be its paragraphs joined by a blank line"
            raise ValueError(msg)
        if (self.date is None) != (self.date_precision is None):
            msg = "Article.date and Article.date_precision are set together or not at all"
            raise ValueError(msg)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict; :meth:`from_dict` reverses it exactly.

        Keys are the attribute names; the date is an ISO 8601 string with its offset,
        and ``date_zone`` the name of its zone (``IST``), which the offset alone does not
        keep; spans are ``[start, end]`` pairs.

        Examples:
            >>> import json, newsparse
            >>> d = newsparse.parse("Rain due\\n\\nIt will rain.").to_dict()
            >>> d["headline"], d["spans"]["headline"]
            ('Rain due', [[0, 8]])
            >>> _ = json.dumps(d)
        """
        return {
            "headline": self.headline,
            "date": None if self.date is None else self.date.isoformat(),
            "date_zone": None if self.date is None else self.date.tzname(),
            "date_precision": self.date_precision,
            "byline": None
            if self.byline is None
            else {
                "authors": list(self.byline.authors),
                "organization": self.byline.organization,
                "text": self.byline.text,
            },
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "attribution": None
            if self.attribution is None
            else {
                "sources": list(self.attribution.sources),
                "credits": [
                    {"role": c.role, "names": list(c.names)} for c in self.attribution.credits
                ],
                "text": self.attribution.text,
            },
            "summary": self.summary,
            "dateline": self.dateline,
            "reading_time": self.reading_time,
            "format": self.format,
            "spans": {k: [[s.start, s.end] for s in v] for k, v in self.spans.items()},
            "rules": {k: list(v) for k, v in self.rules.items()},
            "notes": [
                {
                    "code": n.code,
                    "message": n.message,
                    "span": None if n.span is None else [n.span.start, n.span.end],
                }
                for n in self.notes
            ],
            "metadata": dict(self.metadata),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str | None = None) -> Article:
        """Rebuild an :class:`Article` from :meth:`to_dict` output (or its JSON).

        Args:
            data: A mapping shaped like :meth:`to_dict` output.
            source: The text the spans index, which :meth:`to_dict` leaves out.

        Returns:
            The equal :class:`Article`; its date, if any, has the same offset and zone
            name (as a fixed-offset :class:`datetime.timezone`).

        Keys :meth:`to_dict` always writes may be left out: a missing field is ``None``
        (the body empty, the format ``generic``), and every key of
        :data:`~newsparse.model.SPAN_KEYS`
        missing from ``spans`` or ``rules`` is there with no spans.

        Raises:
            InputTypeError: ``data`` is not a mapping.
            ValueError: A value has the wrong type or shape (a headline that is no
                ``str``, a date that is no ISO 8601 string, a span that is no pair).
            KeyError: A byline, an attribution, a credit or a note lacks a key it
                cannot be built without (its ``text``, ``role``, ``code``, ``message``).

        Examples:
            >>> a = Article.from_dict({"headline": "Hi", "body": "", "paragraphs": []})
            >>> a.headline, a.format
            ('Hi', 'generic')
        """
        from newsparse.errors import InputTypeError  # noqa: PLC0415 - errors imports model

        if not isinstance(data, Mapping):
            msg = f"from_dict takes a mapping (to_dict's output), not {type(data).__name__}"
            raise InputTypeError(msg)
        text = _checked(data, "date", str, optional=True)
        try:
            date = None if text is None else dt.datetime.fromisoformat(text)
        except ValueError as err:
            msg = f"from_dict: 'date' is no ISO 8601 date: {text!r}"
            raise ValueError(msg) from err
        zone = _checked(data, "date_zone", str, optional=True)
        if zone is not None and date is not None and (offset := date.utcoffset()) is not None:
            # The offset as a zone of its own, under the name the text gave it.
            date = date.replace(tzinfo=dt.timezone(offset, zone))
        precision = _checked(data, "date_precision", str, optional=True)
        if precision is not None and precision not in _DATE_PRECISIONS:
            msg = f"from_dict: 'date_precision' must be one of {sorted(_DATE_PRECISIONS)}"
            raise ValueError(msg)
        byline = _checked(data, "byline", Mapping, optional=True)
        attribution = _checked(data, "attribution", Mapping, optional=True)
        spans = {
            k: tuple(_span_of(pair, f"spans[{k!r}]") for pair in v)
            for k, v in _span_table(data, "spans").items()
        }
        rules = _span_table(data, "rules")
        if not all(isinstance(r, str) for v in rules.values() for r in v):
            msg = "from_dict: rules must be lists of str"
            raise ValueError(msg)
        metadata = _checked(data, "metadata", Mapping, optional=True) or {}
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in metadata.items()):
            msg = "from_dict: metadata must map str to str"
            raise ValueError(msg)
        return cls(
            headline=_checked(data, "headline", str, optional=True),
            date=date,
            date_precision=cast("DatePrecision | None", precision),
            byline=None
            if byline is None
            else Byline(
                authors=_strings(byline, "authors"),
                organization=_checked(byline, "organization", str, optional=True),
                text=_checked(byline, "text", str, optional=False),
            ),
            body=_checked(data, "body", str, optional=True) or "",
            paragraphs=_strings(data, "paragraphs"),
            attribution=None
            if attribution is None
            else Attribution(
                sources=_strings(attribution, "sources"),
                credits=tuple(
                    Credit(
                        role=_checked(c, "role", str, optional=False),
                        names=_strings(c, "names"),
                    )
                    for c in _checked(attribution, "credits", (list, tuple), optional=True) or ()
                ),
                text=_checked(attribution, "text", str, optional=False),
            ),
            summary=_checked(data, "summary", str, optional=True),
            dateline=_checked(data, "dateline", str, optional=True),
            reading_time=_checked(data, "reading_time", int, optional=True),
            format=_checked(data, "format", str, optional=True) or "generic",
            spans=spans,
            rules={k: tuple(v) for k, v in rules.items()},
            notes=tuple(
                Note(
                    code=_checked(n, "code", str, optional=False),
                    message=_checked(n, "message", str, optional=False),
                    span=None if n.get("span") is None else _span_of(n["span"], "a note"),
                )
                for n in _checked(data, "notes", (list, tuple), optional=True) or ()
            ),
            metadata=metadata,
            source=source,
        )


def _built_article(**values: Any) -> Article:
    """``Article(**values)``, made faster, for values already as its converters make them.

    :func:`newsparse.parse` gives every attribute, ``paragraphs`` and ``notes`` as
    tuples, ``body`` as the paragraphs joined, the date and its precision together, and
    ``spans`` and ``rules`` as dicts of tuples that nothing else holds (they are wrapped,
    not copied): so the converters and the checks after them are skipped. A precision
    the validator refuses goes to the public constructor, which raises. A test checks
    that it builds what the public constructor builds.
    """
    precision = values["date_precision"]
    if precision is not None and precision not in _PRECISIONS:
        return Article(**values)
    values["spans"] = FrozenMap._owning(values["spans"])  # noqa: SLF001
    values["rules"] = FrozenMap._owning(values["rules"])  # noqa: SLF001
    values["metadata"] = _to_meta(values["metadata"])
    article: Article = _new(Article)
    for name, value in values.items():
        object.__setattr__(article, name, value)  # it is frozen
    return article
