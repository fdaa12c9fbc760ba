"""The ``newsparse`` command line: parse, detect, formats, show.

``newsparse parse PATH...`` reads files, directories (recursively, matching
``--glob``) or ``-`` for standard input, splits multi-article exports (LexisNexis,
Factiva, mbox...), and writes one record per article as JSON
Lines (the default), a JSON array, or CSV. A file that cannot be read or parsed is
reported on standard error with its path and the batch goes on; the exit status is 0
when everything parsed, 1 when anything failed and 2 on bad usage.

Examples:
    >>> import contextlib, io
    >>> buf = io.StringIO()
    >>> with contextlib.redirect_stdout(buf):
    ...     status = main(["formats"])
    >>> status, "mint" in buf.getvalue()
    (0, True)
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from newsparse import __version__
from newsparse.decoding import _masked, decode
from newsparse.detect import detect, priority_of
from newsparse.errors import NewsparseError
from newsparse.model import Article
from newsparse.registry import default_registry
from newsparse.stream import ParseFailure, parse_many, split

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = ["CSV_FIELDS", "main", "records"]


def __dir__() -> list[str]:
    return __all__


#: The columns ``--output csv`` writes unless ``--fields`` says otherwise.
CSV_FIELDS = (
    "path",
    "format",
    "headline",
    "date",
    "date_precision",
    "authors",
    "organization",
    "dateline",
    "summary",
    "reading_time",
    "sources",
    "body",
)

# ``parse --output`` formats; without the option, ``-o FILE``'s suffix names one.
_OUTPUTS = ("jsonl", "json", "csv")

# ``parse --jobs`` runs at most this many processes per CPU.
_MAX_JOBS_PER_CPU = 4


class _Head(NamedTuple):
    """An article as ``show`` heads it: where it starts, its place, its format or error."""

    start: int
    number: int
    total: int
    format: str | None
    error: str | None

    def title(self) -> str:
        what = f"failed: {self.error}" if self.error is not None else f"format {self.format}"
        return f"article {self.number} of {self.total} ({what})"


# Colours for ``show``: SGR codes for the terminal, CSS colours for --html.
_STYLES = {
    "headline": ("1;35", "#f5d0fe"),
    "date": ("1;36", "#a5f3fc"),
    "byline": ("1;33", "#fef08a"),
    "summary": ("3;34", "#bfdbfe"),
    "dateline": ("1;32", "#bbf7d0"),
    "reading_time": ("36", "#cffafe"),
    "paragraphs": ("0", "#eef2f7"),
    "attribution": ("32", "#d9f99d"),
    "furniture": ("2;9", "#e5e7eb"),
}


def _flat(article: Article, path: str, index: int) -> dict[str, Any]:
    """One output record: the article's dict plus where it came from."""
    row: dict[str, Any] = {"path": path, "index": index}
    row.update(article.to_dict())
    # Where the article lies in the file (its spans index the article's own text).
    segment = next((n.span for n in article.notes if n.code == "export.segment"), None)
    row["segment"] = None if segment is None else [segment.start, segment.end]
    byline = article.byline
    row["authors"] = "; ".join(byline.authors) if byline else None
    row["organization"] = byline.organization if byline else None
    row["sources"] = "; ".join(article.attribution.sources) if article.attribution else None
    return row


def _work(
    args: tuple[str, bytes | None, str | None],
) -> tuple[str, list[dict[str, Any]], str | None]:
    """Parse every article of one file (exports are split).

    Reading and parsing errors come back as text (``None`` when there were none) with
    the rows that did parse. ``data`` is standard input's bytes, read by the parent
    process (a worker process has no standard input of its own), or ``None``.
    """
    path, data, fmt = args
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    try:
        source: bytes | Path = data if data is not None else Path(path)
        for i, item in enumerate(parse_many(source, format=fmt)):
            if isinstance(item, ParseFailure):
                errors.append(f"article {item.number}: {type(item.error).__name__}: {item.error}")
            else:
                rows.append(_flat(item, path, i))
    except (OSError, NewsparseError) as err:
        errors.append(f"{type(err).__name__}: {err}")
    return path, rows, "; ".join(errors) or None


def _expand(paths: Sequence[str], pattern: str) -> Iterator[str]:
    for p in paths:
        if p != "-" and Path(p).is_dir():
            found = [str(f) for f in sorted(Path(p).rglob(pattern)) if f.is_file()]
            if not found:
                sys.stderr.write(f"newsparse: {p}: no file in it matches {pattern!r}\n")
            yield from found
        else:
            yield p


def records(
    paths: Sequence[str], *, pattern: str = "*.txt", fmt: str | None = None, jobs: int = 1
) -> Iterator[tuple[str, list[dict[str, Any]], str | None]]:
    """Parse files in input order, in ``jobs`` processes; yield ``(path, rows, error)``.

    Directories are searched recursively for ``pattern``; ``-`` is standard input.

    Examples:
        >>> from pathlib import Path
        >>> seed = str(Path(__file__).parent.parent / "seeds" / "000_96c850f9607146ec.txt")
        >>> [(rows[0]["format"], err) for _, rows, err in records([seed])]
        [('mint', None)]
    """
    work = (
        (p, sys.stdin.buffer.read() if p == "-" else None, fmt) for p in _expand(paths, pattern)
    )
    if jobs <= 1:
        yield from map(_work, work)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_work, work, chunksize=4)


def _progress(items: Iterable[Any], total: int | None) -> Iterable[Any]:
    if not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm  # noqa: PLC0415 - optional: only for a terminal
    except ImportError:
        return items
    return tqdm(items, total=total, unit="file", file=sys.stderr)


def _cell(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _cmd_parse(args: argparse.Namespace, out: IO[str]) -> int:
    fields = args.fields.split(",") if args.fields else None
    paths = list(_expand(args.paths, args.glob))  # expanded once, to count them for progress
    if not paths:
        sys.stderr.write("newsparse: nothing to parse\n")
        return 1
    # More processes than files (or than the machine can run) only cost start-up time.
    jobs = min(args.jobs, len(paths), _MAX_JOBS_PER_CPU * (os.cpu_count() or 1))
    failed = 0
    writer: csv.DictWriter[str] | None = None
    first = True
    if args.output == "csv":
        writer = csv.DictWriter(out, fieldnames=fields or list(CSV_FIELDS), extrasaction="ignore")
        writer.writeheader()
    elif args.output == "json":
        out.write("[")
    for path, rows, error in _progress(records(paths, fmt=args.format, jobs=jobs), len(paths)):
        if error is not None:
            failed += 1
            sys.stderr.write(f"newsparse: {path}: {error}\n")
        elif not rows:
            sys.stderr.write(f"newsparse: {path}: no article in it\n")
        for row in rows:
            picked = row if fields is None else {k: row.get(k) for k in fields}
            if writer is not None:
                writer.writerow({k: _cell(v) for k, v in picked.items()})
            elif args.output == "json":
                out.write(("\n" if first else ",\n") + json.dumps(picked, ensure_ascii=False))
            else:
                out.write(json.dumps(picked, ensure_ascii=False) + "\n")
            first = False
    if args.output == "json":
        out.write("\n]\n")
    return 1 if failed else 0


def _read(path: str) -> str:
    """A file's text (``-`` for standard input), decoded as :func:`newsparse.decode` does."""
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return decode(data).text


def _cmd_detect(args: argparse.Namespace, out: IO[str]) -> int:
    text = _read(args.file)
    for d in detect(text):
        extra = f"  error: {d.error}" if d.error else ""
        out.write(f"{d.format:<16} {d.score:5.2f}  {', '.join(d.evidence) or '-'}{extra}\n")
    return 0


def _cmd_formats(_args: argparse.Namespace, out: IO[str]) -> int:
    reg = default_registry()
    for name in reg.names():
        fmt = reg.get(name)
        doc = (type(fmt).__doc__ or "").strip().splitlines()
        # The docstring's first line as plain text: no literal markup, no pointer to docs
        # a terminal does not show.
        line = doc[0].replace("``", "").replace(" (see the module docstring)", "") if doc else ""
        priority = priority_of(fmt)
        out.write(f"{name:<16} {reg.origin(name):<10} {priority:>5}  {line}\n")
    for name, err in reg.load_errors.items():
        out.write(f"{name:<16} failed      {err}\n")
    return 0


def _marks(text: str, fmt: str | None) -> tuple[list[str | None], list[_Head]]:
    """Which field owns each character of ``text``, and its articles, as ``parse`` splits it.

    An export is split as ``newsparse parse`` splits it; each article's spans index its
    own text, so they are moved to its place in the file.
    """
    owner: list[str | None] = [None] * len(text)
    # A cover page or a trailer is no article's; it is dimmed as furniture, line by line.
    for piece in split(text):
        if piece.kind in ("cover", "trailer"):
            at = piece.span.start
            for start, end in _line_spans(piece.text):
                owner[at + start : at + end] = ["furniture"] * (end - start)
    found: list[tuple[int, str | None, str | None]] = []
    for item in parse_many(text, format=fmt):
        if isinstance(item, ParseFailure):
            error = f"{type(item.error).__name__}: {item.error}".translate(_CONTROLS)
            found.append((item.span.start, None, " ".join(error.split())))
            continue
        segment = next((n.span for n in item.notes if n.code == "export.segment"), None)
        at = 0 if segment is None else segment.start
        found.append((at, item.format, None))
        for name in _STYLES:
            for span in item.spans.get(name, ()):
                owner[at + span.start : at + span.end] = [name] * len(span)
    heads = [_Head(at, i, len(found), f, e) for i, (at, f, e) in enumerate(found, 1)]
    return owner, heads


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """Each non-blank line's span in ``text``, without the white space at its ends."""
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            yield start, start + len(stripped)
        offset += len(line)


def _runs(text: str, owner: Sequence[str | None]) -> Iterator[tuple[str | None, str]]:
    """The runs of ``text`` one owner holds, control characters written as escapes."""
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or owner[i] != owner[start]:
            yield owner[start], text[start:i].translate(_CONTROLS)
            start = i


def _pieces(
    text: str, owner: Sequence[str | None], heads: Sequence[_Head]
) -> Iterator[tuple[str | None, str] | _Head]:
    """The runs of ``text`` by owner, each article's head before it (if several or failed)."""
    if len(heads) < 2 and all(h.error is None for h in heads):  # noqa: PLR2004 - one article
        yield from _runs(text, owner)
        return
    # Each head opens the line its article starts on; parse_many yields in input order.
    cuts = [0]
    for head in heads:
        cuts.append(max(cuts[-1], text.rfind("\n", 0, head.start) + 1))
    cuts.append(len(text))
    yield from _runs(text[: cuts[1]], owner[: cuts[1]])
    for head, start, end in zip(heads, cuts[1:-1], cuts[2:], strict=True):
        yield head
        yield from _runs(text[start:end], owner[start:end])


# Characters a terminal would act on rather than show (escape sequences, a bell, a
# backspace): all controls but tab, line feed and carriage return.
_CONTROLS = {
    c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if c not in (9, 10, 13)
}
# ... and the marks that reorder how a line displays (bidirectional embeddings,
# overrides and isolates), which could make the text shown differ from the text read.
_CONTROLS.update({c: f"\\u{c:04x}" for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]})


def _cmd_show(args: argparse.Namespace, out: IO[str]) -> int:
    text = _read(args.file)
    owner, heads = _marks(text, args.format)
    # A carriage return that ends a line alone is shown as a line break, as it is read
    # (a terminal would write the next line over it); the offsets stay the same.
    view = _masked(text)
    view = text[:1] + view[1:]  # the byte-order mark, if any, as it is
    summary = ", ".join(sorted({h.format for h in heads if h.format is not None})) or "-"
    if len(heads) > 1:
        summary += f"   articles: {len(heads)}"
    if args.html:
        parts = [
            "<!DOCTYPE html><html><head><meta charset='utf-8'>",
            f"<title>newsparse: {html.escape(args.file)}</title><style>",
            "body{font-family:sans-serif;margin:2em}pre{white-space:pre-wrap;line-height:1.5}",
            *(f".{n}{{background:{css}}}" for n, (_, css) in _STYLES.items()),
            ".furniture{text-decoration:line-through;color:#6b7280}</style></head><body>",
            f"<h1>{html.escape(args.file)}</h1><p>format: <b>{html.escape(summary)}</b></p><p>",
            *(f"<span class='{n}'>{n}</span> " for n in _STYLES),
            "</p><pre>",
        ]
        for piece in _pieces(view, owner, heads):
            if isinstance(piece, _Head):
                parts.append(f"</pre><h2>{html.escape(piece.title())}</h2><pre>")
                continue
            name, chunk = piece
            esc = html.escape(chunk)
            parts.append(f"<span class='{name}'>{esc}</span>" if name else esc)
        parts.append("</pre></body></html>\n")
        Path(args.html).write_text("".join(parts), encoding="utf-8")
        out.write(f"wrote {args.html}\n")
        return _report_failures(args.file, heads)
    coloured = args.color == "always" or (args.color == "auto" and out.isatty())
    if coloured:
        legend = " ".join(f"\x1b[{sgr}m{n}\x1b[0m" for n, (sgr, _) in _STYLES.items())
        out.write(f"format: {summary}   legend: {legend}\n\n")
    else:
        out.write(f"format: {summary}\n\n")
    for piece in _pieces(view, owner, heads):
        if isinstance(piece, _Head):
            out.write(f"=== {piece.title()} ===\n")
            continue
        name, chunk = piece
        if name is None:
            out.write(chunk)
        elif coloured:
            out.write(f"\x1b[{_STYLES[name][0]}m{chunk}\x1b[0m")
        else:  # each run of a field bracketed with its name
            out.write(f"[{name}: {chunk}]")
    out.write("\n")
    return _report_failures(args.file, heads)


def _report_failures(path: str, heads: Sequence[_Head]) -> int:
    """Name each article whose parse failed on standard error; the exit status, as parse's."""
    failed = [h for h in heads if h.error is not None]
    for head in failed:
        sys.stderr.write(f"newsparse: {path}: article {head.number}: {head.error}\n")
    return 1 if failed else 0


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsparse", description="Turn the raw text of news articles into typed fields."
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse files, directories or stdin to JSON Lines/JSON/CSV")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
    p.add_argument(
        "--glob", default="*.txt", help="relative file pattern inside directories (*.txt)"
    )
    p.add_argument(
        "--output",
        choices=_OUTPUTS,
        help="jsonl (default), json or csv; without it, -o FILE's suffix decides",
    )
    p.add_argument("-o", dest="outfile", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--format", help="force a format by name")
    p.add_argument("--fields", help="comma-separated keys to keep (CSV columns)")
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        help="parse in N processes, order kept (at most one per file and four per CPU)",
    )
    d = sub.add_parser("detect", help="print every format's score and evidence for a file")
    d.add_argument("file", help="a file, or - for stdin")
    sub.add_parser("formats", help="list the registered formats, plugins included")
    s = sub.add_parser("show", help="print a file with each field's spans coloured")
    s.add_argument("file", help="a file, or - for stdin")
    s.add_argument("--format", help="force a format by name")
    s.add_argument("--html", metavar="OUT", help="write the view as a standalone HTML page")
    s.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the spans: on a terminal only (auto), always, or never",
    )
    return ap


# Options of the command itself, before any sub-command.
_TOP_OPTIONS = ("-h", "--help", "--version")

_COMMANDS = {"parse": _cmd_parse, "detect": _cmd_detect, "formats": _cmd_formats, "show": _cmd_show}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    The status is 0 when everything parsed and 1 when anything failed (or there was
    nothing to parse). Bad usage (an unknown option or format, a bad ``--glob``, ``-``
    named twice) exits with status 2 through :class:`SystemExit`, as argparse does.

    For compatibility, ``newsparse FILE`` (no sub-command) means ``newsparse parse FILE``,
    so a word that is not a command is read as a file name.

    Examples:
        >>> from pathlib import Path
        >>> seed = Path(__file__).parent.parent / "seeds" / "000_96c850f9607146ec.txt"
        >>> main(["parse", str(seed), "--fields", "format,reading_time"])
        {"format": "mint", "reading_time": 3}
        0
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] not in _COMMANDS and args_list[0] not in _TOP_OPTIONS:
        args_list.insert(0, "parse")
    ap = _parser()
    args = ap.parse_args(args_list)
    if getattr(args, "jobs", 1) < 1:
        ap.error("--jobs must be at least 1")
    pattern = getattr(args, "glob", None)
    if pattern is not None and (not pattern or Path(pattern).is_absolute()):
        ap.error(f"--glob takes a relative pattern such as '*.txt', not {pattern!r}")
    if list(getattr(args, "paths", None) or ()).count("-") > 1:
        ap.error("standard input ('-') can be named only once: it is read once")
    known = default_registry().names()
    if getattr(args, "format", None) is not None and args.format not in known:
        ap.error(f"unknown format {args.format!r}; known formats: {', '.join(known)}")
    if getattr(args, "fields", None):
        keys = list(_flat(Article.from_dict({}), "-", 0))  # a record's keys, in order
        unknown = [f for f in args.fields.split(",") if f not in keys]
        if unknown:
            ap.error(f"unknown field(s) {', '.join(map(repr, unknown))}; known: {', '.join(keys)}")
    outfile = getattr(args, "outfile", None)
    if args.command == "parse" and args.output is None:
        suffix = Path(outfile).suffix.lower().lstrip(".") if outfile else ""
        args.output = suffix if suffix in _OUTPUTS else "jsonl"
    try:
        if outfile:
            with open(outfile, "w", encoding="utf-8", newline="") as out:  # noqa: PTH123
                return _COMMANDS[args.command](args, out)
        return _COMMANDS[args.command](args, sys.stdout)
    except BrokenPipeError:
        # The reader went away (``newsparse show FILE | head``): not an error of ours.
        # Point stdout at /dev/null so that Python's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (OSError, NewsparseError) as err:
        sys.stderr.write(f"newsparse: {err}\n")
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
