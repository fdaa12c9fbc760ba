"""An example newsparse format plugin: bulletins whose first line starts with ``!!``.

Installed (``pip install examples/plugin``), it registers under the entry-point group
``newsparse.formats`` as ``shouty``, and ``newsparse.parse`` picks it for such texts.
"""

from __future__ import annotations

from newsparse import Field, ParsedFields, ParseOptions, Span
from newsparse._text import split_lines


class ShoutyFormat:
    """A ``!!HEADLINE`` line, then one paragraph per line."""

    name = "shouty"
    priority = 0

    def score(self, text: str) -> float:
        """Certain when the text opens with ``!!``, else not at all."""
        return 0.95 if text.lstrip().startswith("!!") else 0.0

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:  # noqa: ARG002
        """The first line is the headline (after the ``!!`` mark); the rest is the body."""
        lines = split_lines(text)
        if not lines or not lines[0].text.startswith("!!"):
            return ParsedFields()
        first = lines[0]
        mark = Field(
            value="!!", raw="!!", span=Span(first.start, first.start + 2), rule="shouty.mark"
        )
        start = first.start + 2
        while start < first.end and text[start] == " ":
            start += 1
        head = text[start : first.end]
        headline = Field(value=head, raw=head, span=Span(start, first.end), rule="shouty.headline")
        paragraphs = tuple(
            Field(value=ln.text, raw=ln.text, span=ln.span, rule="shouty.paragraph")
            for ln in lines[1:]
        )
        return ParsedFields(headline=headline, paragraphs=paragraphs, furniture=(mark,))
