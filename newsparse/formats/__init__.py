"""The built-in formats, by name, imported only when first used.

Examples:
    >>> sorted(BUILTINS)  # doctest: +NORMALIZE_WHITESPACE
    ['factiva', 'generic', 'lexisnexis', 'mint', 'netnews', 'reuters1987',
     'reuters_dataset', 'webpage', 'wire']
"""

from __future__ import annotations

__all__ = ["BUILTINS"]


def __dir__() -> list[str]:
    return __all__


#: Built-in format name -> ``"module:Class"``; a test keeps it in step with the modules.
BUILTINS: dict[str, str] = {
    "factiva": "newsparse.formats.factiva:FactivaFormat",
    "generic": "newsparse.formats.generic:GenericFormat",
    "lexisnexis": "newsparse.formats.lexisnexis:LexisNexisFormat",
    "mint": "newsparse.formats.mint:MintFormat",
    "netnews": "newsparse.formats.netnews:NetnewsFormat",
    "reuters1987": "newsparse.formats.reuters1987:Reuters1987Format",
    "reuters_dataset": "newsparse.formats.reuters_dataset:ReutersDatasetFormat",
    "webpage": "newsparse.formats.webpage:WebpageFormat",
    "wire": "newsparse.formats.wire:WireFormat",
}

# Export layout (newsparse.split's) -> the built-in format that reads its articles.
_EXPORT_LAYOUTS: dict[str, str] = {
    "lexisnexis": "lexisnexis",
    "nexis-uni": "lexisnexis",
    "factiva": "factiva",
    "mbox": "netnews",
    "rnews": "netnews",
    "reuters-sgml": "reuters1987",
}
