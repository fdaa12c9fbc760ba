"""Page furniture: lines that belong to the page, not the story.

Reading-time stamps, site footers, disclaimers, section labels and share prompts leave
the body; formats keep their spans under ``spans["furniture"]`` so nothing is lost.
One table serves every format, so a site's footer is learnt once.

Examples:
    >>> furniture_rule("3 min read")
    'reading-time'
    >>> furniture_rule("Download The Mint News App to get Daily Market Updates.")
    'site-footer'
    >>> furniture_rule("The minister said so.") is None
    True
"""

from __future__ import annotations

import regex

from newsparse import _regex

__all__ = ["READING_TIME_RE", "furniture_rule", "reading_minutes"]


def __dir__() -> list[str]:
    return __all__


#: A reading-time stamp, alone or glued to other text: ``3 min read``, ``5 mins read``.
READING_TIME_RE = regex.compile(
    r"(?<!\d)(?P<minutes>\d{1,3})\x20?(?:min|mins|minute|minutes)\x20read\b", regex.IGNORECASE
)

# Each alternative is a whole line; the group name is the rule reported.
_FURNITURE_RE = regex.compile(
    r"""
    (?P<reading_time> \d{1,3}\x20?(?:min|mins|minutes?)\x20read )
  | (?P<site_footer>
        Catch\x20all\x20the\x20[^\n]{0,300}?(?:Live\x20?Mint|Mint)[^\n]{0,300}
      | Download\x20The\x20Mint\x20News\x20App[^\n]{0,200}
      | (?:Catch|Get)\x20(?:all\x20)?the\x20latest\x20[^\n]{0,200}\x20(?:on|at)\x20[^\n]{1,100}
    )
  | (?P<disclaimer>
        Disclaimer\s?:[^\n]{0,2000}
      | This\x20story\x20has\x20been\x20published\x20from\x20a\x20wire\x20agency\x20feed[^\n]{0,300}
      | \(?Except\x20for\x20the\x20headline,\x20this\x20story\x20has\x20not\x20been\x20
          edited[^\n]{0,300}
      | \(?Only\x20the\x20headline\x20(?:and\x20picture\x20)?of\x20this\x20
          report[^\n]{0,400}
      | \(?This\x20(?:article|story)\x20(?:has\x20been|was)\x20
          (?:auto-?generated|generated)[^\n]{0,300}
    )
  | (?P<standards> Our\x20Standards:\x20[^\n]{0,200} )
  | (?P<label>
        More | Topics | You\x20May\x20Like | Subscribe(?:\x20for\x20free)? | Advertisement
      | ADVERTISEMENT | Share | Share\x20this\x20(?:article|story) | Read\x20more
      | Related(?:\x20(?:Stories|Articles|News))? | Comments | Trending(?:\x20Stories)?
      | Also\x20Read\s?:[^\n]{0,300} | ALSO\x20READ\s?:?[^\n]{0,300} | Read\x20Also\s?:[^\n]{0,300}
      | Also\x20read\s?\|[^\n]{0,300}
    )
  | (?P<no_text> [^\p{L}\p{N}]{1,200} )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def furniture_rule(line: str) -> str | None:
    """Return the furniture rule a whole (trimmed) line matches, or ``None``.

    Args:
        line: One line of text, without its line end.

    Returns:
        ``"reading-time"``, ``"site-footer"``, ``"disclaimer"``, ``"standards"``,
        ``"label"`` or ``"no-text"``; ``None`` for a line of content.

    Examples:
        >>> furniture_rule("Advertisement"), furniture_rule("* * *")
        ('label', 'no-text')
    """
    m = _regex.fullmatch(_FURNITURE_RE, line)
    if m is None or m.lastgroup is None:
        return None
    return m.lastgroup.replace("_", "-")


def reading_minutes(text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """Find a reading-time stamp such as ``3 min read`` in ``text[pos:endpos]``.

    Examples:
        >>> m = reading_minutes("drills3 min read 14 Aug")
        >>> m["minutes"], m.span()
        ('3', (6, 16))
    """
    return _regex.search(READING_TIME_RE, text, pos, endpos)
