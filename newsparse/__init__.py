"""newsparse: the raw text of a news article in, typed fields with spans out.

Examples:
    >>> import newsparse
    >>> a = newsparse.parse("Storm hits coast\\n\\nWinds reached 120 km/h on Monday.")
    >>> a.headline, a.format
    ('Storm hits coast', 'generic')
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from newsparse.api import get_format, parse
from newsparse.decoding import decode
from newsparse.detect import detect
from newsparse.errors import (
    DuplicateFormatError,
    FormatContractError,
    FormatNotFoundError,
    InputTooLargeError,
    InputTypeError,
    InvalidOptionError,
    NewsparseError,
    ParseError,
    PatternTimeoutError,
    PluginLoadError,
    TextLooksLikePathWarning,
)
from newsparse.model import (
    Article,
    Attribution,
    Byline,
    Credit,
    Detection,
    Field,
    Note,
    ParsedFields,
    ParseOptions,
    Span,
)
from newsparse.registry import FormatRegistry, default_registry
from newsparse.stream import ParseFailure, Segment, parse_many, split
from newsparse.typing import SourceFormat

__all__ = [
    "Article",
    "Attribution",
    "Byline",
    "Credit",
    "Detection",
    "DuplicateFormatError",
    "Field",
    "FormatContractError",
    "FormatNotFoundError",
    "FormatRegistry",
    "InputTooLargeError",
    "InputTypeError",
    "InvalidOptionError",
    "NewsparseError",
    "Note",
    "ParseError",
    "ParseFailure",
    "ParseOptions",
    "ParsedFields",
    "PatternTimeoutError",
    "PluginLoadError",
    "Segment",
    "SourceFormat",
    "Span",
    "TextLooksLikePathWarning",
    "__version__",
    "decode",
    "default_registry",
    "detect",
    "get_format",
    "parse",
    "parse_many",
    "split",
]

try:
    __version__ = version("newsparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+unknown"

logging.getLogger(__name__).addHandler(logging.NullHandler())
