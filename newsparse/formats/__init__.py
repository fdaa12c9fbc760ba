"""The built-in formats, by name, imported only when first used.

Examples:
    >>> sorted(BUILTINS)
    ['generic', 'mint']
"""

from __future__ import annotations

__all__ = ["BUILTINS"]

#: Built-in format name -> ``"module:Class"``; a test keeps it in step with the modules.
BUILTINS: dict[str, str] = {
    "generic": "newsparse.formats.generic:GenericFormat",
    "mint": "newsparse.formats.mint:MintFormat",
}
