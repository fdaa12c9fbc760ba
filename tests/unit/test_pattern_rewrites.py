"""Patterns rewritten to cost less on hostile text give the answers they gave before.

Each rewrite is checked against the pattern it replaced, kept here as the reference,
in the way the package uses it (a whole line, or a match at a line's start).
"""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _regex, stream
from newsparse._text import split_lines
from newsparse.extract import attribution, bylines, classify, dates, furniture
from newsparse.formats import (
    _base,
    _wire,
    factiva,
    generic,
    lexisnexis,
    mint,
    netnews,
    reuters1987,
    webpage,
    wire,
)
from newsparse.formats._page.lines import _RELATED_WORDS
from newsparse.formats._page.title import _BARE_TIME_RE, _DATE_END_RE, _PUBLISHED_LABEL_RE
from newsparse.model import Span
from newsparse.vocab import MONTHS
from tests.conftest import GOLDEN, SEEDS, assert_finds_alike_in_golden, finds, unanchored

_OLD_POSITION_LINE_RE = regex.compile(r"\ufeff?[\x20\t]{0,80}+(?:" + lexisnexis._DOC_COUNT + ")")
_OLD_CODE_RE = regex.compile(
    r"(?P<code>\L<codes>)(?:(?P<sep>[\x20\t]{1,20}+)(?P<value>\S[^\n\r]{0,5000}))?",
    codes=factiva._CODES,
)
_OLD_WORD_START_RE = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019-]{0,40}+(?:[\s,.;:!?)]|$)")


_COUNTS = [
    "3 of 250 DOCUMENTS", "1 of 1 DOCUMENT", "Dokument 2 von 9", "Document 4 de 7",
    "12345678 of 9 DOCUMENTS", "3 of 250 documents", "3 of 250 DOCUMENTS x", "of 2",
]  # fmt: skip


@given(
    st.sampled_from(["", "\ufeff", "\ufeff\ufeff", "x"]),
    st.integers(0, 83),
    st.text(" \t", max_size=2),
    st.sampled_from(_COUNTS),
    st.text(st.sampled_from(" \t\n"), max_size=2),
)
def test_a_position_line_is_read_as_the_old_pattern_read_it(
    bom: str, spaces: int, mixed: str, count: str, after: str
) -> None:
    line = bom + " " * spaces + mixed + count + after
    expected = _OLD_POSITION_LINE_RE.fullmatch(line) is not None
    assert lexisnexis._is_position_line(line, 0, len(line)) is expected
    # And inside a longer text, at the offsets a line has there.
    text = "Cover page\n" + line + "\nThe Gazette\n"
    start, end = 11, 11 + len(line)
    assert lexisnexis._is_position_line(text, start, end) is expected


def test_the_position_count_pattern_matches_only_where_it_is_put() -> None:
    text = "See 3 of 250 DOCUMENTS"
    assert lexisnexis.DOC_COUNT_RE.search(text) is None
    found = lexisnexis.DOC_COUNT_RE.search(text, 4)
    assert found is not None
    assert (found["number"], found["total"]) == ("3", "250")
    assert lexisnexis.DOC_COUNT_RE.fullmatch("Documento 2 di 9") is not None


def test_the_position_line_limit_is_eighty_blanks() -> None:
    assert lexisnexis._is_position_line("\ufeff" + " " * 80 + "1 of 2 DOCUMENTS", 0, 97)
    assert not lexisnexis._is_position_line("\ufeff" + " " * 81 + "1 of 2 DOCUMENTS", 0, 98)


_CODE_PIECES = [*factiva._CODES, *(c.lower() for c in factiva._CODES), "B", "BYX", "HDD", "IP"]


@given(
    st.sampled_from(_CODE_PIECES),
    st.text(st.sampled_from(" \t"), max_size=22),
    st.text(st.sampled_from("ab \tZ9\r\n"), max_size=8),
)
def test_the_code_trie_reads_lines_as_the_named_list_did(code: str, sep: str, value: str) -> None:
    line = code + sep + value
    old, new = _OLD_CODE_RE.fullmatch(line), factiva._CODE_RE.fullmatch(line)
    assert (new is None) is (old is None)
    if new is not None and old is not None:
        assert new.groupdict() == old.groupdict()


@given(st.text(st.sampled_from("aZé\u0301'\u2019- ,.;:!?)\n1("), max_size=60))
def test_the_word_start_guard_changes_no_match_at_a_line_start(line: str) -> None:
    old, new = _OLD_WORD_START_RE.match(line), classify._WORD_START_RE.match(line)
    assert (None if old is None else old.span()) == (None if new is None else new.span())


def _with_named_months(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """``pattern`` as it was written before, with the month names as a named list."""
    trie = "(?i:" + _wire._MONTH_NAMES + ")"
    assert trie in pattern.pattern
    lists: dict[str, Any] = {k: list(v) for k, v in pattern.named_lists.items()}
    source = pattern.pattern.replace(trie, r"(?i:\L<months>)")
    return regex.compile(source, pattern.flags, months=list(MONTHS), **lists)


# Compared as the pattern was when its months became a trie: before its ``\G`` (which
# ``ANCHORED`` below checks against this unanchored form at every position).
MONTH_PATTERNS = [("REUTERS_1987_DATELINE_RE", unanchored(_wire.REUTERS_1987_DATELINE_RE))]


@pytest.mark.parametrize(("name", "pattern"), MONTH_PATTERNS, ids=[n for n, _ in MONTH_PATTERNS])
def test_month_tries_find_what_the_named_list_found_in_golden_text(
    name: str, pattern: regex.Pattern[str]
) -> None:
    assert_finds_alike_in_golden(pattern, _with_named_months(pattern), name)


_DATELINE_PIECES = [
    "LONDON", "New Delhi", "Lombard, Ill.", ", ", " ", "  ", "(Reuters)", "(AP)", "(PTI)",
    " - ", " -- ", " \u2014 ", ": ", "Mar", "March", "mar.", "Sep", "Sept", "Sept.", "SEPTEMBER",
    "May", "Jun", "June", "3", "14", "26", "Fenruary", "\n", "[India]",
]  # fmt: skip


@given(st.data())
def test_month_tries_find_what_the_named_list_found_in_generated_text(data: st.DataObject) -> None:
    _, pattern = data.draw(st.sampled_from(MONTH_PATTERNS))
    pieces = st.sampled_from(_DATELINE_PIECES) | st.text(st.sampled_from("aT1 .-"), max_size=3)
    text = data.draw(st.lists(pieces, max_size=14).map("".join))
    assert finds(pattern, text) == finds(_with_named_months(pattern), text)


# Patterns the package only ever runs with ``match`` or ``fullmatch`` at a position it
# chose (a line's start, a cut, the end of a time), now held there by ``\G``: a search
# for one no longer tries it at every position of hostile text. ``wrapped`` marks a
# pattern whose alternatives were wrapped in a group, so the anchor holds them all.
ANCHORED: list[tuple[str, regex.Pattern[str], bool]] = [
    ("attribution._COPYRIGHT_RE", attribution._COPYRIGHT_RE, False),
    ("bylines._ACRONYM_ORG_RE", bylines._ACRONYM_ORG_RE, False),
    ("bylines._PLACE_WORD_RE", bylines._PLACE_WORD_RE, False),
    ("bylines._SIGNATURE_RE", bylines._SIGNATURE_RE, False),
    ("bylines._STAMP_TAIL_RE", bylines._STAMP_TAIL_RE, False),
    ("dates._SPELLED_ZONE_RE", dates._SPELLED_ZONE_RE, False),
    ("_wire._BYLINE_ORG_LINE_RE", _wire._BYLINE_ORG_LINE_RE, True),
    ("_wire._RELATIVE_TIME_RE", _wire._RELATIVE_TIME_RE, False),
    ("_wire._TIME_FIRST_RE", _wire._TIME_FIRST_RE, False),
    ("_wire._RELEASE_FURNITURE_RE", _wire._RELEASE_FURNITURE_RE, True),
    ("_wire._WRAPPED_CODES_RE", _wire._WRAPPED_CODES_RE, False),
    ("_wire.GLOBE_NEWSWIRE_DATELINE_RE", _wire.GLOBE_NEWSWIRE_DATELINE_RE, False),
    ("_wire.AGENCY_DATELINE_RE", _wire.AGENCY_DATELINE_RE, False),
    ("_wire.REUTERS_1987_DATELINE_RE", _wire.REUTERS_1987_DATELINE_RE, False),
    ("factiva._CODE_RE", factiva._CODE_RE, False),
    ("factiva._TIME_RE", factiva._TIME_RE, False),
    ("factiva._WORDS_RE", factiva._WORDS_RE, False),
    ("lexisnexis._ISSUE_WORD_RE", lexisnexis._ISSUE_WORD_RE, False),
    ("lexisnexis._LABEL_RE", lexisnexis._LABEL_RE, False),
    ("mint._AUTHOR_LINE_RE", mint._AUTHOR_LINE_RE, False),
    ("webpage._BARE_BY_RE", webpage._BARE_BY_RE, False),
    ("_page.title._BARE_TIME_RE", _BARE_TIME_RE, False),
    ("wire._UPDATE_NOTE_RE", wire._UPDATE_NOTE_RE, False),
    ("netnews._HEADER_RE", netnews._HEADER_RE, False),
    ("mint._SITE_AUTHOR_RE", mint._SITE_AUTHOR_RE, False),
    ("_page.title._PUBLISHED_LABEL_RE", _PUBLISHED_LABEL_RE, False),
    ("_base._BRACKETED_RE", _base._BRACKETED_RE, False),
    ("dates._COMMON_DATE_RE", dates._COMMON_DATE_RE, False),
]


def _answers(pattern: regex.Pattern[str], text: str, pos: int, end: int) -> tuple[object, ...]:
    """What ``match`` and ``fullmatch`` give at ``pos`` (to ``end`` and to the text's end)."""
    found = (
        pattern.match(text, pos, end),
        pattern.fullmatch(text, pos, end),
        pattern.match(text, pos),
        pattern.fullmatch(text, pos),
    )
    return tuple(None if m is None else (m.span(), m.groupdict()) for m in found)


def _pieces_of(pattern: regex.Pattern[str]) -> list[str]:
    """The words written in ``pattern`` and in its named lists."""
    words = set(regex.findall(r"[^\W\d_]{2,}", pattern.pattern.replace(r"\x20", " ")))
    for values in pattern.named_lists.values():
        words.update(values)
    return sorted(words - {"x20", "xa0", "Lu", "Ll", "Han", "Katakana"})


_HOSTILE_PIECES = [
    "a", " ", "  ", "By ", "By", "date ", "14 Aug 2023, 06:50 AM IST 2023-08-14 ", "(", ")",
    "((", "))", "By X\n", "3 min read ", "\n", "\t", "\r\n", ",", ", ", ".", ":", ": ", "-",
    " - ", "--", "\u2014", "|", "/", "#", "###", "@", "\u00a9", "1", "12", "2023", "10:02",
    "9.30", "AM", "p.m.", "EDT", "IST", "AP", "PTI", "(IANS) ", "ABC DEF", "Jane Doe", "LONDON",
    "San Jose, Calif.", "\uff08", "\uff09", "\u4f50\u85e4", "\u82b1\u5b50", "\u7d4c\u6e08\u90e8 ",
    "\u30fb", "\u3001", "\u30fc",
]  # fmt: skip


# Lines for the patterns that no golden text exercises.
_EXAMPLES = {
    "bylines._SIGNATURE_RE": "\uff08\u7d4c\u6e08\u90e8 \u4f50\u85e4\u82b1\u5b50\uff09",
    "dates._SPELLED_ZONE_RE": "10:02 a.m. Eastern Daylight Time",
    "_wire.GLOBE_NEWSWIRE_DATELINE_RE": "TORONTO, Aug. 14, 2023 (GLOBE NEWSWIRE) -- Quill",
    "lexisnexis._ISSUE_WORD_RE": "Vol. 12, Issue",
    "wire._UPDATE_NOTE_RE": "(Adds comment from minister)",
}
_LINE_RE = regex.compile(r"[^\n]*+")
_WORD_START_RE = regex.compile(r"(?<![\p{L}\p{N}])")


@pytest.mark.parametrize(("name", "pattern", "wrapped"), ANCHORED, ids=[a[0] for a in ANCHORED])
def test_anchored_patterns_match_as_before_on_golden_lines(
    name: str, pattern: regex.Pattern[str], wrapped: bool
) -> None:
    old = unanchored(pattern, wrapped=wrapped)
    found = 0
    paths = sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    for where, text in [*texts, ("example", _EXAMPLES.get(name, ""))]:
        for line in _LINE_RE.finditer(text):
            start, end = line.span()
            # Every position not inside a word: where the package tries these patterns.
            for m in _WORD_START_RE.finditer(text, start, end):
                expected = _answers(old, text, m.start(), end)
                assert _answers(pattern, text, m.start(), end) == expected, (name, where)
                found += expected[0] is not None
    assert found, f"no golden text exercises {name}"


# The datelines ``read_dateline`` matches at a line's start, which tests compared with
# ``finditer`` over golden text before they had their ``\G``: matched where each of the
# old pattern's matches starts, the anchored pattern gives that match, and every golden
# line reads as the same dateline (or none) with either.
DATELINES = [
    ("AGENCY_DATELINE_RE", _wire.AGENCY_DATELINE_RE),
    ("REUTERS_1987_DATELINE_RE", _wire.REUTERS_1987_DATELINE_RE),
]


@pytest.mark.parametrize(("name", "pattern"), DATELINES, ids=[d[0] for d in DATELINES])
def test_anchored_datelines_find_what_the_old_finditer_found_in_golden_text(
    name: str, pattern: regex.Pattern[str]
) -> None:
    old = unanchored(pattern)
    found = read = 0
    for path in sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")]):
        text = path.read_text(encoding="utf-8")
        for m in old.finditer(text):
            new = pattern.match(text, m.start())
            assert new is not None, (name, path.name, m.start())
            assert (new.span(), new.groupdict()) == (m.span(), m.groupdict()), (name, path.name)
            found += 1
        for line in split_lines(text):
            expected = _wire.read_dateline(text, line, old)
            assert _wire.read_dateline(text, line, pattern) == expected, (name, path.name)
            read += expected is not None
    assert found
    assert read


@given(st.data())
def test_anchored_patterns_match_as_before_on_generated_text(data: st.DataObject) -> None:
    name, pattern, wrapped = data.draw(st.sampled_from(ANCHORED))
    old = unanchored(pattern, wrapped=wrapped)
    pieces = st.sampled_from([*_pieces_of(pattern), *_HOSTILE_PIECES])
    text = data.draw(st.lists(pieces, max_size=12).map("".join))
    end = data.draw(st.integers(0, len(text)))
    for pos in range(len(text) + 1):
        assert _answers(pattern, text, pos, end) == _answers(old, text, pos, end), (name, pos)


# The web page's line patterns as they were written, with named lists for the tries.
_OLD_LINE_PATTERNS = {
    "_CHROME_HEAD_RE": regex.compile(
        r"(?mi)^[\x20\t]*+\L<chrome>(?:\x20?[>\u203a\u00bb]\x20?[^\n]{0,"
        + str(webpage._TRAIL_CHARS)
        + r"}+|"
        + furniture._SLASH_TRAIL
        + r")?[\x20\t\r]*+$",
        chrome=webpage._CHROME_WORDS,
    ),
    "_FOOTER_TAIL_RE": regex.compile(
        r"(?mi)^[\x20\t]*+\L<footer>"
        r"(?:[\x20\t]{0,3}+[|\u00b7\u2022/][^\n]{0,"
        + str(webpage._FOOTER_REST_CHARS)
        + r"}+|(?:\x20?+\L<footer>){1,"
        + str(webpage._FOOTER_RUN)
        + r"}+)?[\x20\t\r]*+$",
        footer=webpage._FOOTER_WORDS,
    ),
    "_SHARE_ROW_RE": regex.compile(
        r"(?mi)^[\x20\t]*+\L<share>[\x20\t]?[:\uff1a]?[\x20\t\r]*+$", share=webpage._SHARE_WORDS
    ),
    "_RELATED_LIST_RE": regex.compile(
        r"(?mi)^[\x20\t]*+\L<related>[\x20\t]?[:\uff1a]?[\x20\t\r]*+$",
        related=_RELATED_WORDS,
    ),
}
_LINE_WORDS = {
    "_CHROME_HEAD_RE": webpage._CHROME_WORDS,
    "_FOOTER_TAIL_RE": webpage._FOOTER_WORDS,
    "_SHARE_ROW_RE": webpage._SHARE_WORDS,
    "_RELATED_LIST_RE": _RELATED_WORDS,
}
TRIED_LINES = sorted(_OLD_LINE_PATTERNS)


@pytest.mark.parametrize("name", TRIED_LINES)
def test_line_tries_find_what_the_named_lists_found_in_golden_text(name: str) -> None:
    pattern = getattr(webpage, name)
    assert "\\L<" not in pattern.pattern
    assert_finds_alike_in_golden(pattern, _OLD_LINE_PATTERNS[name], name)


# Letters whose case folds unusually (dotted and dotless i, long s, Kelvin sign, sharp s).
_CASE_PIECES = ["\u0130", "\u0131", "I", "i", "\u017f", "S", "\u212a", "K", "\u1e9e", "\u00df"]


@given(st.data())
def test_line_tries_find_what_the_named_lists_found_in_generated_text(
    data: st.DataObject,
) -> None:
    name = data.draw(st.sampled_from(TRIED_LINES))
    words = st.sampled_from(_LINE_WORDS[name])
    cased = words.flatmap(lambda w: st.sampled_from([w, w.upper(), w.title(), w[:-1], w + "s"]))
    pieces = cased | st.sampled_from([*_HOSTILE_PIECES, *_CASE_PIECES, " | ", " / ", " > "])
    text = data.draw(st.lists(pieces, max_size=10).map("".join))
    assert finds(getattr(webpage, name), text) == finds(_OLD_LINE_PATTERNS[name], text), name


_OLD_DATE_END_RE = regex.compile(r"\d(?:h|\x20?Uhr|\x20?h|\x20?\p{Lu}{2,5}|\x20?[ap]\.?m\.?)?+\Z")
_OLD_UNI_SIGN_RE = regex.compile(
    r"(?<![^\n\r])(?:(?:Length|Load-Date|Byline|Section|Language|Länge|Longueur|Langue|Sprache)"
    r"\x20?:|(?:Body|Corps)[\x20\t]*+(?![^\n\r]))"
)
_DATE_END_PIECES = [
    "1", "12", "2023", "h", "h30", " Uhr", "Uhr", " h", " CET", "CET", " ABCDEF", " ET", "E",
    " a.m.", "am", " p.m", "pm.", " ", "\n", ".", ":", "x",
]  # fmt: skip
_UNI_PIECES = [
    "Length", "Load-Date", "Byline", "Section", "Language", "Länge", "Longueur", "Langue",
    "Sprache", "Body", "Corps", "Lang", "By", "L", "B", " ", ":", "\t", "\n", "\r", "x",
]  # fmt: skip


def test_the_date_end_guard_finds_what_the_old_pattern_found_in_golden_lines() -> None:
    found = 0
    for path in sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")]):
        text = path.read_text(encoding="utf-8")
        for line in _LINE_RE.finditer(text):
            # As the web page reads a line: searched to its end.
            expected = _finds_in(_OLD_DATE_END_RE, text, *line.span())
            assert _finds_in(_DATE_END_RE, text, *line.span()) == expected, path.name
            found += len(expected)
    assert found


def _finds_in(pattern: regex.Pattern[str], text: str, pos: int, end: int) -> list[object]:
    """Every match of ``pattern`` in ``text[pos:end]``, as its span and groups."""
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos, end)]


def test_the_uni_label_trie_finds_what_the_old_pattern_found_in_golden_text() -> None:
    assert_finds_alike_in_golden(stream._UNI_SIGN_RE, _OLD_UNI_SIGN_RE, "_UNI_SIGN_RE")


@given(
    st.lists(st.sampled_from([*_DATE_END_PIECES, *_HOSTILE_PIECES]), max_size=12),
    st.integers(0, 200),
)
def test_the_date_end_guard_finds_what_the_old_pattern_found(pieces: list[str], pos: int) -> None:
    text = "".join(pieces)
    pos = min(pos, len(text))
    new, old = _DATE_END_RE, _OLD_DATE_END_RE
    assert finds(new, text) == finds(old, text)
    found, expected = new.search(text, pos), old.search(text, pos)
    assert (None if found is None else found.span()) == (
        None if expected is None else expected.span()
    )


@given(st.lists(st.sampled_from([*_UNI_PIECES, *_HOSTILE_PIECES]), max_size=14))
def test_the_uni_label_trie_finds_what_the_old_pattern_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert finds(stream._UNI_SIGN_RE, text) == finds(_OLD_UNI_SIGN_RE, text)


def _without_press_guard() -> regex.Pattern[str]:
    """``PRESS_DATELINE_RE`` as it was before the slash-or-bracket lookahead."""
    pattern = _wire.PRESS_DATELINE_RE
    assert pattern.pattern.count(_wire._PRESS_LINE_GUARD) == 1
    lists: dict[str, Any] = {k: list(v) for k, v in pattern.named_lists.items()}
    source = pattern.pattern.replace(_wire._PRESS_LINE_GUARD, "")
    return regex.compile(source, pattern.flags, **lists)


_OLD_PRESS_DATELINE_RE = _without_press_guard()
_PRESS_PIECES = [
    "SAN JOSE, Calif.", "TORONTO", "New York", ", ", ". ", "Aug. 14, 2023", "March 3", " ",
    "/PRNewswire/", "/PRNewswire-HISPANIC PR WIRE/", "/CNW/", " (GLOBE NEWSWIRE)", "(GLOBE",
    "--(BUSINESS WIRE)--", "--", " -- ", " / ACCESSWIRE / ", " / ACCESS Newswire / ", "/",
    "(", ")", " (Ontario)", " [Canada]", "Quill", "\n", "\n  ", "\t", "\xa0",
]  # fmt: skip


def test_the_press_line_guard_finds_what_the_forms_found_in_golden_text() -> None:
    assert_finds_alike_in_golden(_wire.PRESS_DATELINE_RE, _OLD_PRESS_DATELINE_RE, "press")


@given(st.lists(st.sampled_from([*_PRESS_PIECES, *_HOSTILE_PIECES]), max_size=14))
def test_the_press_line_guard_finds_what_the_forms_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert finds(_wire.PRESS_DATELINE_RE, text) == finds(_OLD_PRESS_DATELINE_RE, text)


# Patterns that end where the searched region does (``\Z``), now searched from the end
# (``REVERSE``): each is compared with its forward form, searched as the package
# searches it (``split_glued_trailers`` over a paragraph's span, the photo caption test
# over a line's), on every paragraph, line and whole text of the golden texts and on
# generated text.
REVERSED = [
    ("_wire._GLUED_CREDITS_RE", _wire._GLUED_CREDITS_RE),
    ("_wire._GLUED_SIGN_OFF_RE", _wire._GLUED_SIGN_OFF_RE),
    ("_wire._GLUED_END_MARK_RE", _wire._GLUED_END_MARK_RE),
    ("_wire._XINHUA_END_MARK_RE", _wire._XINHUA_END_MARK_RE),
    ("_wire._GLUED_CODES_RE", _wire._GLUED_CODES_RE),
    ("wire._PHOTO_CREDIT_RE", wire._PHOTO_CREDIT_RE),
]


# The photo credit's forward form made its quantifiers possessive.
_CREDIT_NAME_FORWARD = (
    r"\p{Lu}[\p{L}\p{M}.'\u2019-]{0,30}+"
    r"(?:\x20(?:\p{Lu}[\p{L}\p{M}.'\u2019-]{0,30}+|\p{Ll}{1,3}+)){0,4}+"
)
_OLD_PHOTO_CREDIT_RE = regex.compile(
    r"\x20\(?(?:REUTERS|AFP|AP\x20Photo|Xinhua)/"
    + _CREDIT_NAME_FORWARD
    + r"(?:/"
    + _CREDIT_NAME_FORWARD
    + r")?\)?\Z"
)


def _forward(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """``pattern`` as it was before it searched from the end."""
    assert pattern.flags & regex.REVERSE
    if pattern is wire._PHOTO_CREDIT_RE:
        return _OLD_PHOTO_CREDIT_RE
    lists: dict[str, Any] = {k: list(v) for k, v in pattern.named_lists.items()}
    return regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE, **lists)


def _search(pattern: regex.Pattern[str], text: str, pos: int, end: int) -> object:
    m = pattern.search(text, pos, end)
    return None if m is None else (m.span(), m.groupdict())


# Invented wire copy with trailers glued to its last paragraph (no golden text glues an
# Indian agency's name there).
_GLUED_TEXTS = [
    (
        "Harbour council backs ferry plan\n\nNew Delhi [India], August 14 (ANI): The council"
        " met\non Monday to discuss the ferry plan, and said it would vote on it next week."
        "\nThe mayor said the plan would go ahead. (ANI)\n"
    ),
    (
        "Kochi, Aug 14 (PTI) The port trust said on Monday that the new berth would open\nin"
        " March. (PTI) \n"
    ),
    (
        "LONDON, Aug 14 (Reuters) - The council met on Monday to discuss the ferry plan\nand"
        " said it would vote next week. (Reporting by Jo Roe; Editing by\nAl Poe).\n"
    ),
    (
        "BEIJING, Aug. 14 (Xinhua) -- The harbour board said on Monday that the new ferry"
        "\nline would open in March, the first of three planned (in all). Enditem\n"
    ),
    (
        "BEIJING, Aug. 14 (Xinhua) -- The harbour board said on Monday that the ferry line"
        "\nwould open in March.\n\nEnditem\n"
    ),
    (
        "BEIJING, Aug. 14 (Xinhua) -- The harbour board said on Monday that the ferry line"
        "\nwould open in March.\n\nEnditem\n\nFerry fares to rise next year\n"
    ),
    # Photo captions under the headline, their credit at the end of the line.
    (
        "Harbour cranes return to work\n\nCranes stand idle at the port of Kiel, Germany,"
        " August 14, 2023. REUTERS/Ana Ruiz/File Photo\n\nKIEL, Aug 14 (Reuters) - The"
        " cranes moved again on Monday.\n"
    ),
    (
        "Ferry line to open in March\n\nA ferry leaves the pier on Monday. (AP Photo/Jo de"
        " Roe)\n\nHAMBURG (AP) - The new ferry line will open in March.\n"
    ),
    # Xinhua in Chinese: "... the new ferry line opens next year. (End)"
    (
        "\u65b0\u534e\u793e\u5317\u4eac8\u670814\u65e5\u7535 \u6e2f\u53e3\u65b0\u822a\u7ebf"
        "\u660e\u5e74\u5f00\u901a\u3002\uff08\u5b8c\uff09\n"
    ),
]


def test_reversed_patterns_find_what_the_forward_search_found_in_golden_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every search the package makes for one of them while parsing the golden texts
    # (each over a paragraph's span), repeated with its forward form.
    calls: list[tuple[regex.Pattern[str], str, int, int | None]] = []
    search = _regex.search

    def recording(
        pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        if any(pattern is p for _, p in REVERSED):
            calls.append((pattern, text, pos, endpos))
        return search(pattern, text, pos, endpos)

    monkeypatch.setattr(_regex, "search", recording)
    paths = sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
    for text in [*(p.read_text(encoding="utf-8") for p in paths), *_GLUED_TEXTS]:
        newsparse.parse(text)
    found: dict[str, int] = {}
    for name, pattern in REVERSED:
        old = _forward(pattern)
        for used, text, pos, end in calls:
            if used is pattern:
                stop = len(text) if end is None else end
                expected = _search(old, text, pos, stop)
                assert _search(pattern, text, pos, stop) == expected, (name, text[pos:stop])
                found[name] = found.get(name, 0) + (expected is not None)
    assert all(found.get(name) for name, _ in REVERSED), found


_GLUED_PIECES = [
    "(ANI)", "(PTI)", "(IANS)", "(UNI)", "(AP)", "(Reporting by Jo Roe", ";", "Editing by ",
    "additional reporting by ", "(Writing by Al Poe)", "(text by Ann)", ")", "(", ".", ". ",
    "\n", " ", "\u200b", "\ufeff", "Rain fell", "x" * 30, "Enditem", "ENDITEM", "\u5b8c",
    "\uff08\u5b8c\uff09", "(\u5b8c)", "\u3002", "\uff01", "\u201d", "!", "?",
    " REUTERS/", " (AP Photo/", "AFP/", " Xinhua/", "Ana", "Ruiz", "File Photo", "/", " de",
]  # fmt: skip


@given(st.data())
def test_reversed_patterns_find_what_the_forward_search_found(data: st.DataObject) -> None:
    name, pattern = data.draw(st.sampled_from(REVERSED))
    pieces = st.sampled_from([*_GLUED_PIECES, *_HOSTILE_PIECES])
    text = data.draw(st.lists(pieces, max_size=14).map("".join))
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    old = _forward(pattern)
    assert _search(pattern, text, pos, end) == _search(old, text, pos, end), name
    assert _search(pattern, text, 0, len(text)) == _search(old, text, 0, len(text)), name


# Reuters' bracketed credits, before their match opened at the word after the bracket.
_OLD_CREDITS_TAIL_RE = regex.compile(
    r"\((?:Additional\x20)?(?:Reporting|Writing|Editing|Compiled)\x20by\x20", regex.IGNORECASE
)
_CREDITS_EVIDENCE = next(e for e in wire.WireFormat.EVIDENCE if e.name == "reuters-credits")


def _credits_fire(text: str) -> tuple[bool, bool]:
    """Whether the evidence fires on ``text``, and whether the old pattern found a credit
    in the window it reads (the tail)."""
    start = max(0, len(text) - _base.TAIL_CHARS)
    old = _OLD_CREDITS_TAIL_RE.search(text, start) is not None
    return _base.Scan(text).fires(_CREDITS_EVIDENCE), old


def test_the_credits_evidence_fires_where_the_old_pattern_matched_in_golden_text() -> None:
    fired = 0
    for path in sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")]):
        new, old = _credits_fire(path.read_text(encoding="utf-8"))
        assert new is old, path.name
        fired += new
    assert fired


_CREDIT_PIECES = [
    "(", ")", "((", "Reporting", "REPORTING", "reporting", "Writing", "Editing", "Compiled",
    "Additional ", "additional ", " by ", "by ", " BY ", ";", " ", "\n", "Jo Roe", "x" * 40,
]  # fmt: skip


@given(st.lists(st.sampled_from([*_CREDIT_PIECES, *_HOSTILE_PIECES]), max_size=16), st.data())
def test_the_credits_evidence_fires_where_the_old_pattern_matched(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    new, old = _credits_fire(text)
    # One difference by design: the bracket may stand just before the tail, which
    # the new pattern looks back to.
    start = max(0, len(text) - _base.TAIL_CHARS)
    if start and text[start - 1] == "(":
        return
    assert new is old
    # And the patterns alone, searched from anywhere in the text.
    pos = data.draw(st.integers(0, len(text)))
    found = wire._CREDITS_TAIL_RE.search(text, pos)
    expected = _OLD_CREDITS_TAIL_RE.search(text, pos)
    if pos and text[pos - 1] == "(":
        return
    assert (found is None) is (expected is None)
    if found is not None and expected is not None:
        assert found.end() == expected.end()


# Patterns whose opening was spelled as a literal (``\x20\x20`` for the first two of
# ``\x20{2,8}``), which the engine searches for before it tries a match: the old form
# is the reference.
LITERAL_OPENINGS = [
    (
        "reuters1987._INDENTED_DATELINE_RE",
        reuters1987._INDENTED_DATELINE_RE,
        regex.compile(
            reuters1987._INDENTED_DATELINE_RE.pattern.replace(r"\x20\x20\x20{0,6}", r"\x20{2,8}")
        ),
    ),
]


@pytest.mark.parametrize(
    ("name", "pattern", "old"), LITERAL_OPENINGS, ids=[x[0] for x in LITERAL_OPENINGS]
)
def test_literal_openings_find_what_the_old_form_found_in_golden_text(
    name: str, pattern: regex.Pattern[str], old: regex.Pattern[str]
) -> None:
    assert pattern.pattern != old.pattern
    assert_finds_alike_in_golden(pattern, old, name)


_INDENTED_PIECES = [
    " ", "  ", "\t", "\n", "Edmonton, ", "Alberta, ", "NEW YORK ", "April 8 - ", "Mar 5  -",
    "March", " 12 ", "-", " - ", "Last year, ", "x", "O'Hare/", "&",
]  # fmt: skip


@given(st.lists(st.sampled_from([*_INDENTED_PIECES, *_HOSTILE_PIECES]), max_size=14))
def test_literal_openings_find_what_the_old_form_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    for name, pattern, old in LITERAL_OPENINGS:
        assert finds(pattern, text) == finds(old, text), name


# Patterns matched only as a whole word or line (``fullmatch``), anchored with ``\G``
# and ``\Z`` so that no search chains matches: the old, bare form is the reference.
WHOLE = [
    ("_wire._INITIAL_RE", _wire._INITIAL_RE, regex.compile(r"\p{Lu}\.?")),
    (
        "_wire._BARE_AGENCY_RE",
        _wire._BARE_AGENCY_RE,
        regex.compile(
            r"(?:The\x20)?Associated\x20Press|Reuters|AFP|Agence\x20France-Presse"
            r"|Bloomberg(?:\x20News)?"
        ),
    ),
]
_WHOLE_PIECES = [
    "J", "J.", "Q", ".", "j", "\u00c9", "The ", "Associated Press", "Reuters", "AFP",
    "Agence France-Presse", "Bloomberg", " News", "Bloomberg News", "Reuter", " ", "x",
]  # fmt: skip


@given(
    st.sampled_from(WHOLE),
    st.lists(st.sampled_from([*_WHOLE_PIECES, *_HOSTILE_PIECES]), max_size=6),
    st.data(),
)
def test_whole_line_patterns_fullmatch_as_before(
    entry: tuple[str, regex.Pattern[str], regex.Pattern[str]],
    pieces: list[str],
    data: st.DataObject,
) -> None:
    name, pattern, old = entry
    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    new_m, old_m = pattern.fullmatch(text, pos, end), old.fullmatch(text, pos, end)
    assert (new_m is None) is (old_m is None), (name, text[pos:end])
    if new_m is not None and old_m is not None:
        assert new_m.span() == old_m.span()


# A role's outlet cut, found with str.find where a pattern was searched.
_OLD_ROLE_OUTLET_RE = regex.compile(r"(?:,|\x20(?:at|for))\x20(?=(?:the\x20)?\p{Lu})")
_OUTLET_PIECES = [
    ", ", " at ", " for ", "the ", "The ", "Herald", "herald", "\u00c9", "\u00e9", "\u01c5",
    "x", " ", "at", "for", ",", "Senior Reporter", "\U0001d400", "the",
]  # fmt: skip


@given(st.lists(st.sampled_from(_OUTLET_PIECES), max_size=10))
def test_the_outlet_cut_is_where_the_old_pattern_matched(pieces: list[str]) -> None:
    text = "".join(pieces)
    m = _OLD_ROLE_OUTLET_RE.search(text)
    assert bylines._outlet_cut(text) == (len(text) if m is None else m.start())


# LexisNexis's date after a dateline's place, searched from the end of the value.
_DATELINE_DATE_PIECES = [
    "Paris", "BEIJING", ", ", ",", "Aug", "Aug.", "August", " ", "  ", "14", "2023", ", 2023",
    " 2023", "1999", ".", "x", "Sept", "Mai", "\n",
]  # fmt: skip


@given(
    st.lists(st.sampled_from([*_DATELINE_DATE_PIECES, *_HOSTILE_PIECES]), max_size=10),
    st.data(),
)
def test_the_dateline_date_is_found_from_the_end_as_from_the_start(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    assert _search(lexisnexis._DATELINE_DATE_RE, text, pos, end) == _search(
        _forward(lexisnexis._DATELINE_DATE_RE), text, pos, end
    )


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("Paris, Aug 14 2023", ", Aug 14 2023"),
        ("BEIJING, Aug. 14", ", Aug. 14"),
        ("Cape Town, South Africa, 14 August, 2023.", ", 14 August, 2023."),
        ("Paris, France", None),
    ],
)
def test_the_dateline_date_is_the_values_last(value: str, date: str | None) -> None:
    found = lexisnexis._DATELINE_DATE_RE.search(value)
    assert (None if found is None else found.group()) == date


def _region_of(data: st.DataObject, pieces: list[str]) -> tuple[str, int, int]:
    """A text joined from ``pieces`` and hostile ones, and a region ``[pos, end)`` of it."""
    text = "".join(data.draw(st.lists(st.sampled_from([*pieces, *_HOSTILE_PIECES]), max_size=16)))
    pos = data.draw(st.integers(0, len(text)))
    return text, pos, data.draw(st.integers(pos, len(text)))


# The byline cut before its branches after white space were tried only before more
# than white space.
_OLD_BYLINE_CUT_RE = regex.compile(
    r"[,;]|\s(?:in|at|im|à|en)\s|[\n\r]|\s[-\u2013\u2014|]\s"
    r"|\s(?=(?:staff|senior|chief|special|contributing|associate|assistant|deputy|for)\x20)"
    r"|\s(?=(?P<role>(?:\L<beats>\x20){0,2}+(?:editor|correspondent|writer|columnist)\b))"
    r"|\s(?=[\w.+-]{1,64}+@)",
    regex.IGNORECASE,
    beats=list(bylines._BEATS),
)


def test_the_byline_cut_finds_what_the_old_pattern_found_in_golden_text() -> None:
    assert_finds_alike_in_golden(
        bylines._BYLINE_CUT_RE, _OLD_BYLINE_CUT_RE, "bylines._BYLINE_CUT_RE"
    )


_CUT_PIECES = [
    "Jo Roe", " ", "  ", "\t", "\u00a0", "\n", "\r\n", "\r", " \n", "\n ", ",", ";", " in ",
    " at ", " en ", " à ", "in", " - ", " | ", " \u2014 ", "-", "Staff ", "staff", " for ",
    "Political ", "Chief ", "Editor", "Correspondent", "writer", "Writers", " jroe@example.org",
    "@", "x" * 70,
]  # fmt: skip


@given(st.data())
def test_the_byline_cut_finds_what_the_old_pattern_found(data: st.DataObject) -> None:
    text, pos, end = _region_of(data, _CUT_PIECES)
    new = [(m.span(), m.groupdict()) for m in bylines._BYLINE_CUT_RE.finditer(text, pos, end)]
    old = [(m.span(), m.groupdict()) for m in _OLD_BYLINE_CUT_RE.finditer(text, pos, end)]
    assert new == old


# The date scan's first digits, as found before each search took the rest of the region.
_OLD_DIGIT_RE = regex.compile(r"\d++")
_OLD_TWO_DIGITS_RE = regex.compile(r"\d\d")


def _old_first_digits(text: str, pos: int, end: int) -> int | None:
    first = _OLD_DIGIT_RE.search(text, pos, end)
    if first is None:
        return None
    second = _OLD_DIGIT_RE.search(text, first.end(), end)
    if second is None:
        return None
    if (
        len(first.group()) == 1
        and len(second.group()) == 1
        and _OLD_TWO_DIGITS_RE.search(text, second.end(), end) is None
    ):
        return None
    return first.start()


def test_the_first_digits_are_found_as_before_in_golden_text() -> None:
    found = 0
    for path in sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")]):
        text = path.read_text(encoding="utf-8")
        for a, b in [(0, len(text)), *((ln.start, ln.end) for ln in split_lines(text))]:
            expected = _old_first_digits(text, a, b)
            assert dates._first_digits(text, a, b) == expected, (path.name, text[a:b])
            found += expected is not None
    assert found


_DIGIT_PIECES = ["1", "2", "12", "2023", "\u0661", "\u0662\u0663", "\uff11", " ", "-", ":", "a"]


@given(st.data())
def test_the_first_digits_are_found_as_before(data: st.DataObject) -> None:
    text, pos, end = _region_of(data, _DIGIT_PIECES)
    assert dates._first_digits(text, pos, end) == _old_first_digits(text, pos, end)


_CAPITAL_PIECES = ["A", "a", "\u00c9", "\u01c5", "\u2102", "\u24b6", "1", " ", "\n", "-", "\u0130"]


@given(st.data())
def test_the_title_line_capital_is_found_as_before(data: st.DataObject) -> None:
    text, pos, end = _region_of(data, _CAPITAL_PIECES)
    found = reuters1987._CAPITAL_ON_RE.search(text, pos, end) is not None
    assert found is (regex.search(r"\p{Lu}", text[pos:end]) is not None)


# The generic caption rule's closing credit as first written, searched forwards: the
# package searches it from the line's end (``REVERSE``), and asks only whether it occurs.
_FORWARD_CLOSING_CREDIT_RE = regex.compile(
    generic._CLOSING_CREDIT_RE.pattern, generic._CLOSING_CREDIT_RE.flags & ~regex.REVERSE
)
_CLOSING_PIECES = [
    "Boats wait.", ". ", "(", ")", "[", "]", "|", "/", " / ", "Photo:", "Photograph: ",
    "Credit:", "Courtesy of", "courtesy:", "AP", "AP Photo", "ap", "Getty Images", "Reuters",
    "EPA-EFE", "Bloomberg", "Foto", "Bild :", ":", "Jo Roe", ",", ";", "x" * 61, "\n",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Boats wait. Photo: Jo Roe", True),
        ("Boats wait. (AP Photo/Jo Roe)", True),
        ("Stocks slip for a third day | Bloomberg", True),
        ("Mortgage costs ease. Credit: lenders cut rates, again", False),
        ("((((((((((((((((((((", False),
    ],
)
def test_the_closing_credit_is_found_from_the_end(text: str, *, found: bool) -> None:
    assert (generic._CLOSING_CREDIT_RE.search(text) is not None) is found
    assert (_FORWARD_CLOSING_CREDIT_RE.search(text) is not None) is found


@given(st.data())
def test_the_closing_credit_is_found_from_the_end_where_it_was_found_forwards(
    data: st.DataObject,
) -> None:
    text, pos, end = _region_of(data, _CLOSING_PIECES)
    assert generic._CLOSING_CREDIT_RE.flags & regex.REVERSE
    found = generic._CLOSING_CREDIT_RE.search(text, pos, end) is not None
    assert found is (_FORWARD_CLOSING_CREDIT_RE.search(text, pos, end) is not None)


# The byline's address or handle as a piece, before it was anchored at both ends.
_OLD_ADDRESS_RE = regex.compile(bylines._ADDRESS)
_ADDRESS_PIECES = ["@", "@SamPoe", "jroe", "@example.org", ".org", "(", ")", "<", ">", "Jo", " "]


@given(st.data())
def test_a_whole_address_is_matched_as_before(data: st.DataObject) -> None:
    text, pos, end = _region_of(data, _ADDRESS_PIECES)
    found = bylines._ADDRESS_RE.fullmatch(text, pos, end)
    expected = _OLD_ADDRESS_RE.fullmatch(text, pos, end)
    assert (found and found.span()) == (expected and expected.span())


_OLD_SENTENCE_RE = regex.compile(r"\p{Lu}[^\n]{0,300}[.!?][\"'\u2019\u201d]?")

_SENTENCE_ALPHABET = st.sampled_from(
    ["A", "a", "\u00c9", "\u03a3", " ", ".", "!", "?", '"', "'", "\u2019", "\u201d", "\n", "1"]
)


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter was sent to 4,000 homes each month.",
        "He said \u201cno.\u201d",
        "A.",
        "A",
        ".",
        "",
        "the end.",
        "The end",
        "The end.\u201d\u201d",
        "The end.\nMore.",
        "T" + "x" * 300 + ".",
        "T" + "x" * 301 + ".",
        "T" + "x" * 300 + ".\u201d",
    ],
)
def test_one_sentence_answers_as_the_sentence_pattern_did(line: str) -> None:
    old = _OLD_SENTENCE_RE.fullmatch(line) is not None
    assert furniture._one_sentence(line) is old, line


@given(st.lists(_SENTENCE_ALPHABET, max_size=320).map("".join))
def test_one_sentence_answers_as_the_sentence_pattern_did_on_any_line(line: str) -> None:
    old = _OLD_SENTENCE_RE.fullmatch(line) is not None
    assert furniture._one_sentence(line) is old, line


_OLD_DESK_MARK_RE = regex.compile(r"\b\p{Lu}{2,4}+\b|\p{N}")
# Letters of both cases and scripts, marks, joiners, digits of other scripts and the
# punctuation a portal's desk is written with.
_DESK_ALPHABET = st.sampled_from(
    [
        "S", "P", "g", "\u00c9", "\u00e9", "\u03a3", "\u0301", "_", "\u200d", "1",
        "\u0663", "\u00b2", " ", ".", "-", "'", "\u2019", ",",
    ]
)  # fmt: skip


@pytest.mark.parametrize(
    "piece",
    ["g1 SP", "TV Globo", "RBS TV", "EPTV", "Portal RJTV", "Valor Econômico", "SPTVX", "A",
     "ÉÉ", "S\u0301P", "S_P", "Agência Brasil", ""],
)  # fmt: skip
def test_a_desk_mark_is_read_as_the_desk_pattern_read_it(piece: str) -> None:
    assert bylines._marks_desk(piece) is (_OLD_DESK_MARK_RE.search(piece) is not None)


@given(st.lists(_DESK_ALPHABET, max_size=20).map("".join))
def test_a_desk_mark_is_read_as_the_desk_pattern_read_it_in_any_piece(piece: str) -> None:
    assert bylines._marks_desk(piece) is (_OLD_DESK_MARK_RE.search(piece) is not None)


_OLD_JOINING_WORD_RE = regex.compile(r"\x20(?:e|and|y|und|et|&)\x20")


@given(st.lists(st.sampled_from([" ", "e", "and", "y", "und", "et", "&", "x", "E"])).map("".join))
def test_a_joining_word_is_found_as_the_pattern_found_it(piece: str) -> None:
    found = any(word in piece for word in bylines._JOINING_WORDS)
    assert found is (_OLD_JOINING_WORD_RE.search(piece) is not None)


_OLD_DASH_PLACE_RE = regex.compile(
    r"(?<!\s)\x20++[\u2013\u2014]\x20++(?P<place>\p{Lu}[\p{L}\p{M}'\u2019.-]{0,30}+"
    r"(?:\x20(?:(?:de|do|da|dos|das|del|di|du|la|el)\x20)?\p{Lu}[\p{L}\p{M}'\u2019.-]{0,30}+){0,3}+)$"
)
_DASH_PIECES = st.sampled_from(
    ["Ana Lima", ",", " ", "  ", "\t", "\u2013", "\u2014", "-", "S\u00e3o", "Paulo", " de ",
     "Rio", "g1 SP", "x", "\n", "\u00a0"]
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lima, g1 SP \u2014 São Paulo",
        "Ana Lima, g1 SP  \u2013  Rio de Janeiro",
        "Ana Lima \u2014 são paulo",
        "Ana Lima\u2014 São Paulo",
        "Ana Lima \u2014 Rio \u2014 São Paulo",
        "Ana Lima\t \u2014 Rio",
        " \u2014 Rio",
    ],
)
def test_a_place_after_a_dash_is_found_as_the_pattern_found_it(text: str) -> None:
    _assert_dash_place_as_before(text, 0, len(text))


@given(st.lists(_DASH_PIECES, max_size=12).map("".join), st.data())
def test_a_place_after_a_dash_is_found_as_the_pattern_found_it_in_any_region(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _assert_dash_place_as_before(text, start, end)


def _assert_dash_place_as_before(text: str, start: int, end: int) -> None:
    old = _OLD_DASH_PLACE_RE.search(text, start, end)
    new = bylines._dash_place(text, start, end)
    if old is None or old.start() == start:
        # Names that would be left empty are no names: the new reading refuses them.
        assert new is None
    else:
        assert new == (old.start(), Span(*old.span("place")))


_OLD_NAMED_INPUTS_RE = regex.compile(
    r"\(\s{0,3}+With\x20(?P<sources>[^()\n]{1,80}?)\x20inputs?\s{0,3}+\)\.?", regex.IGNORECASE
)


@given(
    st.lists(
        st.sampled_from(["(", ")", " ", "With", "with ", "PTI", " inputs", "input", ".", "x"])
    ).map("".join),
    st.data(),
)
def test_named_inputs_are_read_from_a_line_as_the_pattern_read_them(
    text: str, data: st.DataObject
) -> None:
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    old = _OLD_NAMED_INPUTS_RE.fullmatch(text, pos, end)
    assert attribution._named_inputs(text, pos, end) == (old and old["sources"])


@pytest.mark.parametrize(
    "line",
    [
        "(With PTI inputs)", "(With PTI and ANI inputs).", "(   With PTI inputs   )",
        "(    With PTI inputs)", "(With PTI inputs    )", "(with reuters input)", "(With inputs)",
        "(With  inputs)", "(With PTI inputs) more", "(With (PTI) inputs)", "(With PTI inputs)..",
        "(WITH AFP INPUTS)", "(With " + "x" * 80 + " inputs)", "(With " + "x" * 81 + " inputs)",
    ],
)  # fmt: skip
def test_named_inputs_are_read_as_the_pattern_read_them(line: str) -> None:
    old = _OLD_NAMED_INPUTS_RE.fullmatch(line)
    assert attribution._named_inputs(line, 0, len(line)) == (old and old["sources"])


# mint._MIN_READ_LINE_RE before it looked for its line's start behind ``min read``.
_OLD_MIN_READ_LINE_RE = regex.compile(r"(?m)^[\x20\t]*+\d{1,3}\x20?min\x20read\b")
_READING_TIME_PIECES = st.sampled_from(
    [
        "min read", "min reader", "min read.", "MIN READ", "min  read", "3", "12", "123",
        "1234", "\u0663", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00a0", "x", "Rains",
        "\ufeff", "14 Aug 2023, 06:50 AM IST",
    ]
)  # fmt: skip


@given(st.lists(_READING_TIME_PIECES | st.text(max_size=3), max_size=30).map("".join))
def test_a_reading_time_line_is_found_as_before_from_each_line_start(text: str) -> None:
    # The evidence searches the head from the text's start, and each line holding its
    # needle from the line's start to its end (line break included), or to the head's
    # end: from any of those starts the two patterns agree.
    new = mint._MIN_READ_LINE_RE
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    for a in starts:
        brk = text.find("\n", a)
        for end in {len(text), brk, brk + 1} if brk != -1 else {len(text)}:
            expected = _OLD_MIN_READ_LINE_RE.search(text, a, end) is not None
            assert (new.search(text, a, end) is not None) is expected, (text, a, end)


@given(st.lists(_READING_TIME_PIECES, max_size=40).map("".join))
def test_the_reading_time_line_evidence_fires_as_the_old_pattern_did(text: str) -> None:
    evidence = next(e for e in mint.MintFormat.EVIDENCE if e.name == "min-read-line")
    head = text[: _base.HEAD_CHARS]
    assert _base.Scan(text).fires(evidence) is (_OLD_MIN_READ_LINE_RE.search(head) is not None)


# _wire's patterns compiled per word before :func:`_wire._occurs` took their place.
def _old_lower_word_re(word: str) -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\p{L}\d.@/#_-])" + regex.escape(word) + r"(?![\p{L}\d@/_-]|\.[\p{L}\d])"
    )


def _old_running_word_re(word: str) -> regex.Pattern[str]:
    return regex.compile(
        r"(?<=[^\s][^\S\n]{0,3}+|[\p{Ps}\p{Pi}\"'])"
        + regex.escape(word)
        + r"(?![\p{L}\d])(?!\x20{1,2}+(?:--|[-\u2013\u2014]))"
        + r"|(?<![\p{L}\d])"
        + regex.escape(word)
        + r"(?=[^\S\n]{0,3}+[^\s\-\u2013\u2014])(?![\p{L}\d])"
    )


_LEAD_WORDS = ["nato", "NATO", "la", "LA", "o'neil", "O'NEIL", "a.b", "A.B", "LOS ANGELES"]
_LEAD_PIECES = st.sampled_from(
    [*_LEAD_WORDS, " ", "  ", "    ", "\n", "\t", "\u00a0", ".", "@", "/", "#", "_", "-",
     " -", " - ", "  -- ", " \u2014", "\u2013", "(", "\u201c", '"', "'", "x", "\u00e9", "1",
     "www.", ".de", "s"]
)  # fmt: skip


@given(
    st.lists(_LEAD_PIECES, max_size=25).map("".join),
    st.sampled_from(_LEAD_WORDS),
    st.data(),
)
def test_a_lead_word_is_found_again_as_the_patterns_compiled_per_word_found_it(
    text: str, word: str, data: st.DataObject
) -> None:
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    for old, shapes in (
        (_old_lower_word_re(word), _wire._LOWER_WORD),
        (_old_running_word_re(word), _wire._RUNNING_WORD),
    ):
        expected = old.search(text, pos, end) is not None
        assert _wire._occurs(text, word, pos, end, shapes) is expected, (text, word, pos, end)
