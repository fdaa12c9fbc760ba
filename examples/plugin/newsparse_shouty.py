"""An example newsparse format plugin: bulletins whose first line starts with ``!!``.

Installed (``pip install examples/plugin``), it registers under the entry-point group
``newsparse.formats`` as ``shouty``, and ``newsparse.parse`` picks it for such texts.
"""

from __future__ import annotations

from newsparse import Field, ParsedFields, ParseOptions, Span


def _lines(text: str) -> list[tuple[Span, str]]:
    """Each non-blank line's span (without its white space at either end) and text."""
    lines = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = offset + raw.index(stripped[0])
            lines.append((Span(start, start + len(stripped)), stripped))
        offset += len(raw)
    return lines


class ShoutyFormat:
    """A ``!!HEADLINE`` line, then one paragraph per line."""

    name = "shouty"
    priority = 0

    def score(self, text: str) -> float:
        """Certain when the text opens with ``!!``, else not at all."""
        return 0.95 if text.lstrip().startswith("!!") else 0.0

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:  # noqa: ARG002
        """The first line is the headline (after the ``!!`` mark); the rest is the body."""
        lines = _lines(text)
        if not lines or not lines[0][1].startswith("!!"):
            return ParsedFields()
        first = lines[0][0]
        mark = Field(
            value="!!", raw="!!", span=Span(first.start, first.start + 2), rule="shouty.mark"
        )
        start = first.start + 2
        while start < first.end and text[start] == " ":
            start += 1
        head = text[start : first.end]
        headline = Field(value=head, raw=head, span=Span(start, first.end), rule="shouty.headline")
        paragraphs = tuple(
            Field(value=line, raw=line, span=span, rule="shouty.paragraph")
            for span, line in lines[1:]
        )
        return ParsedFields(headline=headline, paragraphs=paragraphs, furniture=(mark,))
