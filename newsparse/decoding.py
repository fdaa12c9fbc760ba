"""Bytes to text, the same way everywhere: a BOM, else UTF-8, else cp1252.

Files and byte strings reach newsparse from many tools, and not all of them write
UTF-8. :func:`decode` honours a byte-order mark (UTF-8, UTF-16, UTF-32), then reads
strict UTF-8, and from the first byte that is not UTF-8 on falls back to
Windows-1252, the encoding of most non-UTF-8 news exports. Text before that byte
keeps its UTF-8 reading, so a file that mixes the two loses neither; a streamed
export (:func:`newsparse.parse_many`) is decoded the same way. The five bytes cp1252
leaves undefined decode to the C1 control characters of the same value, as web
browsers do, so no byte is dropped. What happened is recorded as a
:class:`~newsparse.model.Note`.

Examples:
    >>> decode("Café".encode("utf-8")).text
    'Café'
    >>> d = decode("Café".encode("cp1252"))
    >>> d.text, d.encoding, d.notes[0].code
    ('Café', 'cp1252', 'decode.fallback')
"""

from __future__ import annotations

import codecs
import os
import warnings

import regex
from attrs import frozen

from newsparse.errors import InputTypeError, TextLooksLikePathWarning
from newsparse.model import Note

__all__ = ["BOMS", "C1_ERRORS", "FALLBACK_ENCODING", "Decoded", "decode"]


def __dir__() -> list[str]:
    return __all__


#: The encoding tried when the bytes carry no BOM and are not valid UTF-8.
FALLBACK_ENCODING = "cp1252"

#: Byte-order marks and the codec each one names, longest first.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _c1_for_undefined(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(chr(b) for b in bad), err.end


#: The error handler that turns each undecodable byte into the character of the same
#: value (a C1 control for cp1252's five undefined bytes), so no byte is lost.
C1_ERRORS = "newsparse-c1"
codecs.register_error(C1_ERRORS, _c1_for_undefined)


@frozen(kw_only=True)
class Decoded:
    """Text decoded from bytes, and how.

    Args:
        text: The decoded text, without any BOM.
        encoding: The codec used (``utf-8``, ``utf-16-le``, ``cp1252``...).
        bom: The length in bytes of the BOM that was skipped (0 if none).
        notes: What a user should know: a fallback, a BOM.

    Examples:
        >>> d = decode(b"plain ASCII")
        >>> d.text, d.encoding, d.bom, d.notes
        ('plain ASCII', 'utf-8', 0, ())
    """

    text: str
    encoding: str
    bom: int = 0
    notes: tuple[Note, ...] = ()


def _as_text(text: object, caller: str) -> tuple[str, tuple[Note, ...]]:
    """An article given as ``str`` or bytes, as text and the notes its decoding left.

    Raises:
        InputTypeError: ``text`` is neither (``caller`` names the function in the message).
    """
    if isinstance(text, str):
        return text, ()
    if isinstance(text, (bytes, bytearray, memoryview)):
        decoded = decode(bytes(text))
        return decoded.text, decoded.notes
    msg = f"{caller}() takes the article as str or bytes, not {type(text).__name__}"
    raise InputTypeError(msg)


# The longest text checked for being a file's name (longer is never taken for one).
_PATH_CHARS = 4_096


def _warn_if_path(text: str, caller: str, hint: str, stacklevel: int) -> None:
    """Warn when ``text``, read as an article, is one line that names an existing file.

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     _warn_if_path(__file__, "parse", "read it", 2)
        ...     _warn_if_path("Rain due", "parse", "read it", 2)
        >>> len(caught)
        1
    """
    if (
        0 < len(text) <= _PATH_CHARS
        and "\n" not in text
        and "\r" not in text
        # os.path.isfile is False for any name the system refuses (too long, a NUL);
        # Path.is_file raises for some (ENAMETOOLONG).
        and os.path.isfile(text)  # noqa: PTH113 - see above
    ):
        msg = (
            f"{caller}() reads a str as the article itself, and {text[:200]!r} names a file: {hint}"
        )
        warnings.warn(msg, TextLooksLikePathWarning, stacklevel=stacklevel + 1)


#: The byte-order mark as a character (U+FEFF), as a str read as "utf-8" keeps it.
_BOM = "\ufeff"


def _masked(text: str) -> str:
    """``text`` as formats and detection read it: same length, same offsets.

    A leading byte-order mark reads as a space (:func:`newsparse.parse` makes the mark
    furniture, rule ``text.bom``), a carriage return that ends a line alone (as every
    line of an old Mac file ends) reads as a line feed (``\\r\\n`` is kept), and a
    no-break, narrow, thin or figure space (:func:`_has_odd_space`) reads as U+0020.

    Examples:
        >>> _masked("\\ufeffTitle"), _masked("Title\\rText\\r"), _masked("A\\r\\nB\\rC")
        (' Title', 'Title\\nText\\n', 'A\\r\\nB\\nC')
        >>> _masked("14\\u00a0Aug 2023, 06:50\\u202fAM IST")
        '14 Aug 2023, 06:50 AM IST'
    """
    if text.startswith(_BOM):
        text = " " + text[1:]
    if _has_lone_cr(text):
        text = _LONE_CR_RE.sub("\n", text)
    if _has_odd_space(text):
        text = _ODD_SPACE_RE.sub(" ", text)
    return text


_LONE_CR_RE = regex.compile(r"\r(?!\n)")
# The spaces other than U+0020 that a page's HTML leaves in its text: the no-break
# space of ``&nbsp;`` (between a day, its month and its year, before a zone, in ``3 min
# read``), the narrow one French sets before a colon or a question mark (and that
# dates formatted by ICU set before ``AM``), the thin space and the figure space.
_ODD_SPACES = ("\u00a0", "\u202f", "\u2009", "\u2007")
_ODD_SPACE_RE = regex.compile("[" + "".join(_ODD_SPACES) + "]")


def _has_odd_space(text: str) -> bool:
    """Whether ``text`` holds one of the spaces :func:`_masked` reads as U+0020.

    Formats and detection read each as U+0020, so that no pattern need list them; the
    fields' raw texts and the byline's keep them. Each is looked for on its own (a
    search for one character is several times faster than a search for a class).

    Examples:
        >>> _has_odd_space("Jane\\u00a0Doe"), _has_odd_space("Jane Doe\\u200b")
        (True, False)
    """
    return not text.isascii() and any(space in text for space in _ODD_SPACES)


def _has_lone_cr(text: str) -> bool:
    """Whether a carriage return in ``text`` is not followed by a line feed."""
    return "\r" in text and text.count("\r") != text.count("\r\n")


def decode(data: bytes) -> Decoded:
    """Decode bytes: BOM first, then strict UTF-8, then cp1252 from the first bad byte.

    After a byte-order mark, bytes the named codec cannot read become the characters
    of the same value (as cp1252's undefined bytes do), so nothing is lost. Without
    one, the bytes before the first that is not UTF-8 are read as UTF-8 and the rest
    as cp1252; the result then names ``cp1252`` as its encoding.

    Args:
        data: The raw bytes of an article or an export.

    Returns:
        The decoded text with the codec used and notes.

    Raises:
        InputTypeError: ``data`` is not bytes (a ``bytearray`` or ``memoryview`` is).

    Examples:
        >>> d = decode("Caf\u00e9, ".encode("utf-8") + "cr\u00e8me".encode("cp1252"))
        >>> d.text, d.notes[0].message
        ('Café, crème', 'not UTF-8 (first bad byte at offset 9); decoded as cp1252 from there on')
        >>> decode(b"\\xef\\xbb\\xbfHello").text, decode(b"\\xef\\xbb\\xbfHello").bom
        ('Hello', 3)
        >>> decode("Zoë".encode("utf-16")).text
        'Zoë'
        >>> decode(b"A \\x81 B").text
        'A \\x81 B'
    """
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    elif not isinstance(data, bytes):
        msg = f"decode() takes bytes, not {type(data).__name__}"
        raise InputTypeError(msg)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors=C1_ERRORS)
            note = Note(code="decode.bom", message=f"a {encoding} byte-order mark was found")
            return Decoded(text=text, encoding=encoding, bom=len(bom), notes=(note,))
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError as err:
        where = err.start
    # The bytes before ``where`` are valid UTF-8 (the strict decoder got that far).
    text = data[:where].decode("utf-8") + data[where:].decode(FALLBACK_ENCODING, errors=C1_ERRORS)
    note = Note(
        code="decode.fallback",
        message=(
            f"not UTF-8 (first bad byte at offset {where}); "
            f"decoded as {FALLBACK_ENCODING} from there on"
        ),
    )
    return Decoded(text=text, encoding=FALLBACK_ENCODING, notes=(note,))
