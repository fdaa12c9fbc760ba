"""Detection: every format scores the text; the best score wins, with its evidence.

Examples:
    >>> import newsparse
    >>> top = newsparse.detect("Rains lash Mumbai2 min read 14 Aug 2023, 06:50 AM IST\\nText.")[0]
    >>> top.format, top.score, top.evidence
    ('mint', 0.9, ('min-read', 'ist-timestamp', 'glued-header'))
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from newsparse.decoding import _as_text, _masked, _warn_if_path
from newsparse.errors import FormatContractError
from newsparse.formats._base import EvidenceFormat, Scan
from newsparse.model import Detection
from newsparse.registry import FormatRegistry, _resolve

if TYPE_CHECKING:
    from newsparse.typing import SourceFormat

__all__ = ["FALLBACK", "MIN_SCORE", "choose", "detect", "pick", "priority_of"]


def __dir__() -> list[str]:
    return __all__


log = logging.getLogger(__name__)

#: The lowest score at which a format is trusted to parse a text.
MIN_SCORE = 0.3
#: The format used when no other reaches :data:`MIN_SCORE`.
FALLBACK = "generic"


def priority_of(fmt: SourceFormat) -> int:
    """The priority detection breaks ties with: ``fmt.priority``, or 0 if it has no int one.

    Examples:
        >>> from newsparse.formats.generic import GenericFormat
        >>> priority_of(GenericFormat())
        -100
    """
    priority = getattr(fmt, "priority", 0)
    return priority if isinstance(priority, int) and not isinstance(priority, bool) else 0


def _score(fmt: SourceFormat, scan: Scan, *, builtin: bool) -> Detection:
    priority = priority_of(fmt)
    explain = getattr(fmt, "explain", None)
    text = scan.text
    score: object
    evidence: tuple[str, ...]
    try:
        if builtin and isinstance(fmt, EvidenceFormat):
            score, evidence = fmt.explain_scan(scan)
        elif callable(explain):
            score, names = explain(text)
            # A lone name is one piece of evidence, not its letters.
            evidence = (names,) if isinstance(names, str) else tuple(str(e) for e in names)
        else:
            score, evidence = fmt.score(text), ()
    except Exception as err:
        if builtin:
            raise
        method = "explain" if callable(explain) else "score"
        log.warning("format %r raised in %s(): %r", fmt.name, method, err)
        return Detection(format=fmt.name, score=0.0, priority=priority, error=repr(err))
    if (
        isinstance(score, bool)
        or not isinstance(score, (int, float))
        or math.isnan(score)
        or not 0.0 <= score <= 1.0
    ):
        msg = f"format {fmt.name!r} scored {score!r}; scores must be numbers in [0, 1]"
        raise FormatContractError(msg)
    return Detection(format=fmt.name, score=float(score), evidence=evidence, priority=priority)


def _rank(d: Detection) -> tuple[float, int, str]:
    """The sort key of detections: best score, then higher priority, then name."""
    return (-d.score, -d.priority, d.format)


def detect(text: str | bytes, *, registry: FormatRegistry | None = None) -> tuple[Detection, ...]:
    """Score ``text`` with every registered format, best first.

    Ties are broken by the higher ``priority``, then by name, so the order never
    depends on registration order.

    Args:
        text: The article text; or its bytes, decoded as :func:`newsparse.parse`
            decodes them (by :func:`newsparse.decode`).
        registry: The formats to ask; the default registry if ``None``.

    Returns:
        One :class:`~newsparse.model.Detection` per format.

    Raises:
        InputTypeError: ``text`` is neither ``str`` nor ``bytes``, or ``registry`` is
            not a :class:`~newsparse.registry.FormatRegistry`.
        FormatContractError: A format returned a score outside ``[0, 1]`` or NaN.

    Examples:
        >>> import newsparse
        >>> found = newsparse.detect("Plain title\\n\\nPlain text.")
        >>> found[0].format, found[0].evidence
        ('generic', ('fallback',))
    """
    if isinstance(text, str):
        _warn_if_path(text, "detect", "read the file and detect its contents", stacklevel=2)
    text, _ = _as_text(text, "detect")
    text = _masked(text)  # as parse() reads it
    reg = _resolve(registry)
    scan = Scan(text)
    found = [_score(fmt, scan, builtin=reg.is_builtin(fmt.name)) for fmt in reg.formats()]
    found.sort(key=_rank)
    return tuple(found)


def choose(detections: tuple[Detection, ...]) -> str:
    """The format to parse with: the best at or above :data:`MIN_SCORE`, else the fallback.

    Examples:
        >>> choose((Detection(format="mint", score=0.2), Detection(format="generic", score=0.05)))
        'generic'
    """
    for d in detections:
        if d.score >= MIN_SCORE:
            return d.format
    names = {d.format for d in detections}
    if FALLBACK in names or not detections:
        return FALLBACK
    return detections[0].format


# A registry's formats, each paired with itself as an EvidenceFormat when it is scored
# by branch and bound (a built-in one), else None, and with its ceiling (_ceiling).
# Kept per tuple of formats, which the registry replaces whenever a format is added or
# removed.
_Key = tuple[float, int, str]  # _rank's key: (-score, -priority, name)
_Plan = list[tuple["SourceFormat", EvidenceFormat | None, _Key | None]]
_PLANS: dict[int, tuple[tuple[SourceFormat, ...], _Plan]] = {}


def _ceiling(ev: EvidenceFormat) -> _Key | None:
    """The best :func:`_rank` key ``ev`` could reach on any text, or ``None`` if unknown.

    A format scored by :class:`~newsparse.formats._base.EvidenceFormat`'s own
    ``score_at_least`` scores at most its evidence's summed weight, capped at 1
    (``fsum`` rounds a sum of part of the weights to no more than the sum of all of
    them). :func:`pick` skips it once the best key so far is as good: on a text
    another format scores 1, a format of lower priority cannot win a tie, so its
    evidence need not be searched. A format that scores its own way has no ceiling.

    Examples:
        >>> from newsparse.formats.generic import GenericFormat
        >>> from newsparse.formats.wire import WireFormat
        >>> _ceiling(WireFormat()), _ceiling(GenericFormat())
        ((-1.0, -30, 'wire'), None)
    """
    own = type(ev)
    if (
        own.score_at_least is not EvidenceFormat.score_at_least
        or own.explain_scan is not EvidenceFormat.explain_scan
    ):
        return None
    return (-min(1.0, own._TOTAL), -ev.priority, ev.name)  # noqa: SLF001


def _plan(reg: FormatRegistry, formats: tuple[SourceFormat, ...]) -> _Plan:
    known = _PLANS.get(id(formats))
    if known is not None and known[0] is formats:
        return known[1]
    plan: _Plan = []
    for fmt in formats:
        ev = fmt if isinstance(fmt, EvidenceFormat) and reg.is_builtin(fmt.name) else None
        plan.append((fmt, ev, None if ev is None else _ceiling(ev)))
    if len(_PLANS) > 64:  # noqa: PLR2004 - registries are few; never let it grow
        _PLANS.clear()
    _PLANS[id(formats)] = (formats, plan)
    return plan


def _bettered(
    best: _Key | None,
    step: tuple[SourceFormat, EvidenceFormat | None, _Key | None],
    scan: Scan,
    reg: FormatRegistry,
) -> _Key | None:
    """``best`` (a :func:`_rank` key, or ``None``), or the format of ``step`` if it beats it.

    A built-in format is scored only as far as it could reach the best score so far
    (or :data:`MIN_SCORE`); any other in full.
    """
    fmt, ev, _ = step
    if ev is not None:
        score = ev.score_at_least(scan, MIN_SCORE if best is None else -best[0])
        if score is None:
            return best
        key = (-score, -ev.priority, ev.name)
    else:
        key = _rank(_score(fmt, scan, builtin=reg.is_builtin(fmt.name)))
    if -key[0] >= MIN_SCORE and (best is None or key < best):
        return key
    return best


def pick(text: str, *, registry: FormatRegistry | None = None) -> str:
    """The format :func:`newsparse.parse` uses: ``choose(detect(text))``, found faster.

    Built-in formats whose heaviest evidence fires are scored first, so the bar rises
    early; each stops scoring as soon as its untried evidence cannot lift it to the
    best score so far (or :data:`MIN_SCORE`), and one whose ceiling (``_ceiling``)
    cannot beat the best so far is not scored at all, nor its heaviest evidence
    searched. Other formats are scored in full.
    A test checks that the answer is always ``choose(detect(text))``.

    Examples:
        >>> pick("Rains lash Mumbai2 min read 14 Aug 2023, 06:50 AM IST\\nText.")
        'mint'
        >>> pick("Plain title\\n\\nPlain text.")
        'generic'
    """
    return _pick_masked(_masked(text), _resolve(registry))  # as detect() reads it


def _pick_masked(text: str, reg: FormatRegistry) -> str:
    """:func:`pick` of a text already masked (``_masked``), as :func:`newsparse.parse` has it.

    ``parse`` masks the text for its reader: it is not masked again (a pass over the
    text for each kind of space the mask reads as U+0020).
    """
    formats = reg.formats()
    scan = Scan(text)
    plan = _plan(reg, formats)
    best: _Key | None = None
    # Built-ins whose heaviest evidence fires are scored as they come; the others wait
    # until those have raised the bar. A format whose ceiling cannot beat the best so
    # far is passed over, its heaviest evidence unsearched.
    waiting: _Plan = []
    for step in plan:
        ceiling, ev = step[2], step[1]
        if best is not None and ceiling is not None and ceiling >= best:
            continue  # even its best score would not win
        if ev is not None and ev._RANKED and scan.fires(ev._RANKED[0]):  # noqa: SLF001
            best = _bettered(best, step, scan, reg)
        else:
            waiting.append(step)
    for step in waiting:
        if best is not None and step[2] is not None and step[2] >= best:
            continue
        best = _bettered(best, step, scan, reg)
    if best is not None:
        return best[2]
    if not formats or any(fmt.name == FALLBACK for fmt in formats):
        return FALLBACK
    return choose(detect(text, registry=reg))
