"""Detection: every format scores the text; the best score wins, with its evidence.

Examples:
    >>> import newsparse
    >>> top = newsparse.detect("Rains lash Mumbai2 min read 14 Aug 2023, 06:50 AM IST\\nText.")[0]
    >>> top.format, top.score, top.evidence
    ('mint', 0.6, ('min-read', 'ist-timestamp'))
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from newsparse.errors import FormatContractError
from newsparse.formats._base import EvidenceFormat, Scan
from newsparse.model import Detection
from newsparse.registry import FormatRegistry, default_registry

if TYPE_CHECKING:
    from typing import TypeGuard

    from newsparse.typing import SourceFormat

__all__ = ["FALLBACK", "MIN_SCORE", "choose", "detect", "pick"]


def __dir__() -> list[str]:
    return __all__


log = logging.getLogger(__name__)

#: The lowest score at which a format is trusted to parse a text.
MIN_SCORE = 0.3
#: The format used when no other reaches :data:`MIN_SCORE`.
FALLBACK = "generic"


def _score(fmt: SourceFormat, scan: Scan, *, builtin: bool) -> Detection:
    priority = getattr(fmt, "priority", 0)
    priority = priority if isinstance(priority, int) else 0
    explain = getattr(fmt, "explain", None)
    text = scan.text
    score: object
    evidence: tuple[str, ...]
    try:
        if builtin and isinstance(fmt, EvidenceFormat):
            score, evidence = fmt.explain_scan(scan)
        elif callable(explain):
            score, names = explain(text)
            evidence = tuple(str(e) for e in names)
        else:
            score, evidence = fmt.score(text), ()
    except Exception as err:
        if builtin:
            raise
        log.warning("format %r raised in score(): %r", fmt.name, err)
        return Detection(format=fmt.name, score=0.0, priority=priority, error=repr(err))
    if not isinstance(score, (int, float)) or math.isnan(score) or not 0.0 <= score <= 1.0:
        msg = f"format {fmt.name!r} scored {score!r}; scores must lie in [0, 1]"
        raise FormatContractError(msg)
    return Detection(format=fmt.name, score=float(score), evidence=evidence, priority=priority)


def _rank(d: Detection) -> tuple[float, int, str]:
    """The sort key of detections: best score, then higher priority, then name."""
    return (-d.score, -d.priority, d.format)


def detect(text: str, *, registry: FormatRegistry | None = None) -> tuple[Detection, ...]:
    """Score ``text`` with every registered format, best first.

    Ties are broken by the higher ``priority``, then by name, so the order never
    depends on registration order.

    Args:
        text: The article text.
        registry: The formats to ask; the default registry if ``None``.

    Returns:
        One :class:`~newsparse.model.Detection` per format.

    Raises:
        FormatContractError: A format returned a score outside ``[0, 1]`` or NaN.

    Examples:
        >>> import newsparse
        >>> found = newsparse.detect("Plain title\\n\\nPlain text.")
        >>> found[0].format, found[0].evidence
        ('generic', ('fallback',))
    """
    reg = default_registry() if registry is None else registry
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


def pick(text: str, *, registry: FormatRegistry | None = None) -> str:
    """The format :func:`newsparse.parse` uses: ``choose(detect(text))``, found faster.

    Built-in formats whose heaviest evidence fires are scored first, so the bar rises
    early; each stops scoring as soon as its untried evidence cannot lift it to the
    best score so far (or :data:`MIN_SCORE`). Other formats are scored in full.
    A test checks that the answer is always ``choose(detect(text))``.

    Examples:
        >>> pick("Rains lash Mumbai2 min read 14 Aug 2023, 06:50 AM IST\\nText.")
        'mint'
        >>> pick("Plain title\\n\\nPlain text.")
        'generic'
    """
    reg = default_registry() if registry is None else registry
    scan = Scan(text)
    formats = reg.formats()

    def bounded(fmt: SourceFormat) -> TypeGuard[EvidenceFormat]:
        # Only built-ins are scored by branch and bound; any other format, a subclass
        # of EvidenceFormat included, is scored in full as detect() scores it.
        return isinstance(fmt, EvidenceFormat) and reg.is_builtin(fmt.name)

    def lead_fires(fmt: SourceFormat) -> bool:
        return bounded(fmt) and bool(fmt._RANKED) and scan.fires(fmt._RANKED[0])  # noqa: SLF001

    best: Detection | None = None
    for fmt in sorted(formats, key=lambda fmt: not lead_fires(fmt)):
        if bounded(fmt):
            floor = MIN_SCORE if best is None else best.score
            score = fmt.score_at_least(scan, floor)
            if score is None:
                continue
            found = Detection(format=fmt.name, score=score, priority=fmt.priority)
        else:
            found = _score(fmt, scan, builtin=reg.is_builtin(fmt.name))
        if found.score >= MIN_SCORE and (best is None or _rank(found) < _rank(best)):
            best = found
    if best is not None:
        return best.format
    if not formats or any(fmt.name == FALLBACK for fmt in formats):
        return FALLBACK
    return choose(detect(text, registry=reg))
