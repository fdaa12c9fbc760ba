"""Evidence needles are necessary conditions: the prefilter never changes a score."""

from __future__ import annotations

import pickle

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _regex
from newsparse._text import caseless
from newsparse.formats import BUILTINS
from newsparse.formats._base import (
    _BRACKETED_RE,
    Evidence,
    OpeningWords,
    Scan,
    ShortLines,
    _windows,
)
from newsparse.formats.factiva import FactivaFormat
from newsparse.formats.mint import MintFormat
from newsparse.formats.reuters1987 import Reuters1987Format
from newsparse.formats.webpage import WebpageFormat
from newsparse.registry import FormatRegistry
from tests.conftest import GOLDEN, SEEDS, unanchored

REGISTRY = FormatRegistry(plugins=False)
WITH_NEEDLES = [
    (f"{name}.{e.name}", e)
    for name in sorted(BUILTINS)
    for e in getattr(REGISTRY.get(name), "EVIDENCE", ())
    if e.needles
]
SAMPLES = [
    p.read_text(encoding="utf-8") for p in sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
]


def _check(e: Evidence, text: str) -> None:
    for a, b in _windows(text)[e.where]:
        if _regex.search(e.pattern, text, a, b) is not None:
            window = caseless(text[a:b])
            assert any(n in window for n in e.needles), (e.name, text[a:b][:200])


def test_some_evidence_has_needles() -> None:
    assert WITH_NEEDLES


@pytest.mark.parametrize(("name", "evidence"), WITH_NEEDLES, ids=[n for n, _ in WITH_NEEDLES])
def test_needles_hold_on_every_golden_text(name: str, evidence: Evidence) -> None:  # noqa: ARG001
    for text in SAMPLES:
        _check(evidence, text)


@given(st.data())
def test_needles_hold_on_generated_text(data: st.DataObject) -> None:
    _, evidence = data.draw(st.sampled_from(WITH_NEEDLES))
    needles = [*evidence.needles, *(n.upper() for n in evidence.needles)]
    needles += [n.replace("I", "\u0130").replace("S", "\u017f") for n in needles]
    pieces = st.sampled_from([*needles, "\n", " ", "(", ")", "14 Aug 2023", ", 06:50 AM "])
    text = data.draw(st.lists(pieces | st.text(max_size=8), max_size=40).map("".join))
    _check(evidence, text)


# Line-scoped evidence: searching only the lines that hold a needle must give the
# same answer as searching the whole window.
LINE_SCOPED = [(name, e) for name, e in WITH_NEEDLES if e.line]


def _window_fires(e: Evidence, text: str) -> bool:
    return any(_regex.search(e.pattern, text, a, b) is not None for a, b in _windows(text)[e.where])


def test_some_evidence_is_line_scoped() -> None:
    assert LINE_SCOPED


@pytest.mark.parametrize(("name", "evidence"), LINE_SCOPED, ids=[n for n, _ in LINE_SCOPED])
def test_line_scope_agrees_on_every_golden_text(name: str, evidence: Evidence) -> None:  # noqa: ARG001
    for text in SAMPLES:
        expected = _window_fires(evidence, text)
        assert Scan(text).fires(evidence) is expected, (evidence.name, text[:200])


def test_golden_texts_exercise_line_scope_both_ways() -> None:
    outcomes = {_window_fires(e, t) for _, e in LINE_SCOPED for t in SAMPLES}
    fired = {name for name, e in LINE_SCOPED if any(_window_fires(e, t) for t in SAMPLES)}
    assert outcomes == {True, False}
    assert len(fired) >= len(LINE_SCOPED) // 2, sorted(fired)


@given(st.data())
def test_line_scope_agrees_on_generated_text(data: st.DataObject) -> None:
    _, evidence = data.draw(st.sampled_from(LINE_SCOPED))
    needles = [
        *evidence.needles,
        *(n.upper() for n in evidence.needles),
        *(n.title() for n in evidence.needles),
    ]
    needles += [n.replace("I", "\u0130").replace("S", "\u017f") for n in needles]
    pieces = st.sampled_from(
        [
            *needles,
            "\n",
            "\r\n",
            "\r",
            " ",
            "  ",
            "(",
            ")",
            "3 ",
            "14 Aug 2023",
            ", 06:50 AM IST",
            "LONDON",
            ", May 3",
            " - ",
            "\u0130",
            "\u017f",
            "\u017fkip to content",
            "Document ",
            ": ",
        ]
    )
    text = data.draw(st.lists(pieces | st.text(max_size=8), max_size=60).map("".join))
    assert Scan(text).fires(evidence) is _window_fires(evidence, text)


def test_line_scope_searches_only_needle_lines() -> None:
    # A needle on a later line: the line-scoped search finds the match there.
    text = "Title\nno needle here\n" + "x" * 50 + "\n  3 min read\nBody.\n"
    ev = next(e for e in MintFormat.EVIDENCE if e.name == "min-read-line")
    assert Scan(text).fires(ev)
    assert not Scan(text.replace("min read", "min reed")).fires(ev)


def test_needles_that_share_only_a_mark_are_ruled_out_by_it() -> None:
    # tass/ and its Cyrillic spelling share no three letters, only the slash: a window
    # without one is ruled out by a single search, and one with it is searched as before.
    ev = Evidence(
        "t",
        regex.compile(r"(?i)(?:tass|\u0442\u0430\u0441\u0441)/"),
        0.5,
        needles=("tass/", "\u0442\u0430\u0441\u0441/"),
        line=True,
    )
    assert ev._route.shared == "/"
    assert Scan("MOSCOW, Aug 14. /TASS/. Snow fell.").fires(ev)
    assert Scan("\u041c\u041e\u0421\u041a\u0412\u0410 /\u0422\u0410\u0421\u0421/ x").fires(ev)
    assert not Scan("MOSCOW, Aug 14 TASS. Snow fell and fell.").fires(ev)
    # Letters, digits and spaces are too common to rule a window out.
    spaced = Evidence("s", regex.compile("x"), 0.5, needles=(" kyodo ", " aap "))
    assert spaced._route.shared is None


def test_a_needle_is_searched_only_where_its_mark_is() -> None:
    # A needle that holds a character beyond ASCII, or a mark, is looked for only in a
    # window holding that character; a needle without one is looked for as before.
    ev = Evidence(
        "m",
        regex.compile(r"(?i)wire|/cnw/|\u65e5\u7535"),
        0.5,
        needles=("wire", "/cnw/", "\u65e5\u7535"),
        line=True,
    )
    assert ev._route.marked == (("wire", ""), ("/cnw/", "/"), ("\u65e5\u7535", "\u65e5"))
    for text in (
        "TORONTO /CNW/ - x",
        "PR Newswire x",
        "\u65b0\u534e\u793e\u5317\u4eac8\u670814\u65e5\u7535",
    ):
        assert Scan(text).fires(ev), text
        assert Scan(text).fires(attrs.evolve(ev, line=False)), text
    assert not Scan("TORONTO /CNN/ - x \u65e5").fires(ev)


def test_line_scope_needs_needles() -> None:
    with pytest.raises(ValueError, match="line-scoped pattern needs needles"):
        Evidence("x", regex.compile("x"), 0.1, line=True)


# Gates are necessary conditions too: where the pattern matches, the gate is true.
GATED = [
    (f"{name}.{e.name}", e)
    for name in sorted(BUILTINS)
    for e in getattr(REGISTRY.get(name), "EVIDENCE", ())
    if e.gate is not None
]


def _check_gate(e: Evidence, text: str) -> None:
    assert e.gate is not None
    for a, b in _windows(text)[e.where]:
        if _regex.search(e.pattern, text, a, b) is not None:
            assert e.gate(Scan(text), a, b), (e.name, text[a:b][:200])


@pytest.mark.parametrize(("name", "evidence"), GATED, ids=[n for n, _ in GATED])
def test_gates_hold_on_every_golden_text(name: str, evidence: Evidence) -> None:  # noqa: ARG001
    fired = [t for t in SAMPLES if _window_fires(evidence, t)]
    assert fired, "no golden text exercises this gate"
    for text in SAMPLES:
        _check_gate(evidence, text)


@given(st.data())
def test_gates_hold_on_generated_text(data: st.DataObject) -> None:
    _, evidence = data.draw(st.sampled_from(GATED))
    line = data.draw(st.text(st.sampled_from("ab Z|-\u2013\t\r\ufeff"), min_size=0, max_size=30))
    filler = data.draw(st.lists(st.text(st.sampled_from("ab \t\r|"), max_size=10), max_size=5))
    tail = data.draw(st.sampled_from([line, line.strip(), " " + line + " \r", line[:12], ""]))
    text = "\n".join([line, *filler, tail, ""])
    _check_gate(evidence, text)


@given(
    st.text(st.sampled_from(" \t\r\n\x0b\x1c\x85\u00a0\u2028\ufeffx"), max_size=8),
    st.sampled_from(["date 2023-08-14 ", "date 2023-8-14 ", "Date 2023-08-14 ", "date\t2023-08-1"]),
    st.text(max_size=20),
)
def test_the_dump_prefix_gate_holds_after_any_blank_lead(lead: str, prefix: str, rest: str) -> None:
    evidence = next(e for e in MintFormat.EVIDENCE if e.name == "dump-prefix")
    text = lead + prefix + rest
    _check_gate(evidence, text)
    assert Scan(text).fires(evidence) is _window_fires(evidence, text)


def test_the_dump_prefix_gate_lets_a_prefix_through() -> None:
    evidence = next(e for e in MintFormat.EVIDENCE if e.name == "dump-prefix")
    assert Scan("\n  date 2023-08-14 Title").fires(evidence)
    assert not Scan("Title date 2023-08-14 x").fires(evidence)


def test_long_s_is_folded_so_line_scope_still_finds_it() -> None:
    # A case-blind pattern matches U+017F as "s"; lower() keeps it, casefold() does not.
    chrome = next(e for e in WebpageFormat.EVIDENCE if e.name == "chrome-head")
    text = "Research shows.\n\u017fkip to content\nbody\n"
    assert _window_fires(chrome, text)
    assert Scan(text).fires(chrome)


def test_a_scan_never_mistakes_one_evidence_for_another() -> None:
    # Temporaries may reuse an id once freed; the cache must not answer for the new one.
    scan = Scan("hello")
    for _ in range(50):
        assert Scan.fires(scan, Evidence("yes", regex.compile("hello"), 0.9))
        assert not Scan.fires(scan, Evidence("no", regex.compile("NOPE"), 0.9))


def test_an_unpickled_evidence_never_takes_another_ones_answer() -> None:
    # An unpickled Evidence keeps the key its own process numbered it with, which may
    # be another Evidence's here: the cache must still answer for the right one.
    yes = Evidence("yes", regex.compile("hello"), 0.9)
    no = pickle.loads(pickle.dumps(Evidence("no", regex.compile("NOPE"), 0.9)))
    object.__setattr__(no, "_key", yes._key)
    scan = Scan("hello")
    assert scan.fires(yes)
    assert not scan.fires(no)
    assert scan.fires(yes)


def test_an_updated_stamp_may_use_a_no_break_space() -> None:
    stamp = next(e for e in MintFormat.EVIDENCE if e.name == "updated-ist-stamp")
    assert Scan("Title\nUpdated\u00a0: 14 Aug 2023, 06:50 AM IST\n").fires(stamp)


_LINE_PIECES = [
    "\n", "\r\n", "\r", " ", "  ", "\t", "\u00a0", "SN", "LA", "CY", "1,234 words", "12 mots",
    "Home", "Menu", "Sign in", "Skip to main content", "Toggle navigation", "Newsletters",
    "Privacy Policy", "Advertise with us", "Site map", "World", "Business News", "Opinion",
    "ab", "Sport", "x" * 40, "A sentence that runs on, as body text does.",
]  # fmt: skip


@given(st.data())
def test_gates_hold_on_generated_lines(data: st.DataObject) -> None:
    # Short lines, long lines, blank lines and every line break, in any order.
    _, evidence = data.draw(st.sampled_from(GATED))
    pieces = st.sampled_from(_LINE_PIECES) | st.text(st.sampled_from("aZ \n\r\t."), max_size=6)
    text = data.draw(st.lists(pieces, max_size=80).map("".join))
    _check_gate(evidence, text)


# Branches: an evidence searched branch by branch fires exactly where its pattern does.
BRANCHED = [
    (f"{name}.{e.name}", e)
    for name in sorted(BUILTINS)
    for e in getattr(REGISTRY.get(name), "EVIDENCE", ())
    if e.branches
]


def test_some_evidence_is_branched() -> None:
    assert BRANCHED


@pytest.mark.parametrize(("name", "evidence"), BRANCHED, ids=[n for n, _ in BRANCHED])
def test_branches_agree_on_every_golden_text(name: str, evidence: Evidence) -> None:  # noqa: ARG001
    fired = 0
    for text in SAMPLES:
        for a, b in _windows(text)[evidence.where]:
            whole = _regex.search(evidence.pattern, text, a, b) is not None
            assert evidence.found_in(text, a, b) is whole, (evidence.name, text[a:b][:200])
            fired += whole
    assert fired, "no golden text exercises these branches"


@given(st.data())
def test_branches_agree_on_generated_text(data: st.DataObject) -> None:
    _, evidence = data.draw(st.sampled_from(BRANCHED))
    pieces = st.sampled_from(
        [
            "3",
            "12",
            "1234",
            " ",
            "\n",
            "\t",
            "x",
            "drills",
            "min read",
            "Min Read",
            " 14 Aug 2023",
            "August 14, 2023",
            ", 06:50 AM IST",
            " 6:50 pm IST",
            ":05",
            "Updated",
            "\u0130ST",
            "\u017f",
        ]
    )
    text = data.draw(st.lists(pieces | st.text(max_size=4), max_size=30).map("".join))
    whole = _regex.search(evidence.pattern, text) is not None
    assert evidence.found_in(text, 0, len(text)) is whole


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL (AP) \u2014 Rain fell.\n",
        "SEOUL ((AP) \u2014 Rain fell.\n",
        "SEOUL (x(AP) \u2014 Rain fell.\n",
        "SEOUL (AP)(AFP) \u2014 Rain fell.\n",
        "SEOUL (A\u0130P) \u2014 Rain fell.\n",
        "SEOUL (APX) \u2014 Rain fell.\n",
        "SEOUL AP) \u2014 Rain fell.\n",
        "FRANKFURT (dpa-AFX) - Rain fell.\n",
        "TOKYO (Jiji Press)--Rain fell.\n",
        "TOKYO (Jiji  Press)--Rain fell.\n",
        "MADRID, 14 Ago. (EUROPA PRESS) - Rain fell.\n",
        "MADRID, 14 Ago. (EUROPA-PRESS) - Rain fell.\n",
        "LONDON (Reuters Breakingviews) - Rain fell.\n",
        "NEW YORK (Reuters Health) - Rain fell.\n",
        "MADISON, Wis. (Reuter) - Rain fell.\n",
        "NEW YORK (Reuters  Health) - Rain fell.\n",
        "LONDON (Thomson Reuters Foundation) - Rain fell.\n",
        "LONDON (Thomson  Reuters Foundation) - Rain fell.\n",
        "LONDON (Thomson Reuters Foundation Trust) - Rain fell.\n",
    ],
)
def test_bracketed_needles_agree_with_the_window_search(text: str) -> None:
    wire = REGISTRY.get("wire")
    for e in getattr(wire, "EVIDENCE", ()):
        if e._bracketed is not None:
            assert Scan(text).fires(e) is _window_fires(e, text), (e.name, text)


# Line-scoped evidence with a short-line gate looks for its needles only in lines of
# the gate's length: it must fire exactly where the window search does.
SHORT_LINE_SCOPED = [(n, e) for n, e in LINE_SCOPED if isinstance(e.gate, ShortLines)]


def test_some_line_scoped_evidence_has_a_short_line_gate() -> None:
    assert SHORT_LINE_SCOPED


@given(st.data())
def test_short_line_scope_agrees_on_generated_lines(data: st.DataObject) -> None:
    _, evidence = data.draw(st.sampled_from(SHORT_LINE_SCOPED))
    phrases = [*evidence.needles, *(n.title() for n in evidence.needles)]
    pieces = st.sampled_from(
        [*_LINE_PIECES, *phrases, "\u017fkip to content", "S\u0130GN IN"]
    ) | st.text(st.sampled_from("aZ \n\r\t.\u00a0\x1c"), max_size=6)
    text = data.draw(st.lists(pieces, max_size=80).map("".join))
    assert Scan(text).fires(evidence) is _window_fires(evidence, text)


def test_a_short_line_gate_reports_its_lines() -> None:
    scan = Scan("Menu\r\nA much longer line of body text.\n  Home  \n")
    assert scan.lines(0, 48) == [(0, 5, 4), (6, 38, 32), (39, 47, 4), (48, 48, 0)]
    chrome = Evidence(
        "chrome",
        regex.compile(r"(?mi)^[\x20\t]*+(?:Menu|Home)[\x20\t\r]*+$"),
        0.25,
        needles=("menu", "home"),
        line=True,
        gate=ShortLines(4, 23),
    )
    assert scan.fires(chrome)
    assert not Scan("A line that mentions the menu and home page.\nMenu2\n").fires(chrome)


@given(st.data())
def test_the_title_gate_holds_wherever_the_title_repeats(data: st.DataObject) -> None:
    # The title line, maybe with a site suffix, and later a line that may repeat it.
    title = data.draw(st.text(st.sampled_from("ab Z|-\t\r\ufeff\u2013"), min_size=10, max_size=40))
    suffix = data.draw(st.sampled_from(["", " | Site", " - News", " :: X", "  "]))
    cut = data.draw(st.integers(0, len(title)))
    repeat = data.draw(
        st.sampled_from(
            [title, title.strip(), f"  {title}\t\r", title[:cut], f"x{title}", title + "!"]
        )
    )
    body = data.draw(st.lists(st.sampled_from(["Body text.", "", "  ", title[:12]]), max_size=4))
    text = "\n".join([title + suffix, *body, repeat, *body, ""])
    for name in ("title-repeated", "title-site-repeated"):
        evidence = next(e for e in WebpageFormat.EVIDENCE if e.name == name)
        _check_gate(evidence, text)


@given(st.text(st.sampled_from("ab \t\r\n\u00a0\u2028\x1c\x85"), max_size=60))
def test_line_lengths_are_the_stripped_lengths(text: str) -> None:
    scan = Scan(text)
    parts = text.split("\n")
    assert scan.line_lengths(0, len(text)) == [len(p.strip()) for p in parts]
    starts = [sum(len(p) + 1 for p in parts[:i]) for i in range(len(parts))]
    assert scan.lines(0, len(text)) == [
        (a, a + len(p), len(p.strip())) for a, p in zip(starts, parts, strict=True)
    ]


# Heads: where the pattern matches, a line of the window opens with one of its heads
# (checked in full here; detection looks up their first two characters).
WITH_HEADS = [
    (f"{name}.{e.name}", e)
    for name in sorted(BUILTINS)
    for e in getattr(REGISTRY.get(name), "EVIDENCE", ())
    if e.heads
]


def _check_heads(e: Evidence, text: str) -> None:
    for a, b in _windows(text)[e.where]:
        if _regex.search(e.pattern, text, a, b) is not None:
            window = caseless(text[a:b]).replace("\r", "\n")
            opened = [ln.lstrip(" \t\ufeff") for ln in window.split("\n")]
            assert any(ln.startswith(e.heads) for ln in opened), (e.name, text[a:b][:200])
            assert not e._head_keys.isdisjoint(Scan(text).heads(a, b))


def test_some_evidence_has_heads() -> None:
    assert len(WITH_HEADS) >= 10


@pytest.mark.parametrize(("name", "evidence"), WITH_HEADS, ids=[n for n, _ in WITH_HEADS])
def test_heads_hold_on_every_golden_text(name: str, evidence: Evidence) -> None:  # noqa: ARG001
    for text in SAMPLES:
        _check_heads(evidence, text)
        assert Scan(text).fires(evidence) is _window_fires(evidence, text)


@given(st.data())
def test_heads_hold_on_generated_lines(data: st.DataObject) -> None:
    _, evidence = data.draw(st.sampled_from(WITH_HEADS))
    heads = [*evidence.heads, *(h.upper() for h in evidence.heads)]
    heads += [h.title() for h in evidence.heads]
    heads += [h.replace("I", "\u0130").replace("S", "\u017f").replace("K", "\u212a") for h in heads]
    pieces = st.sampled_from(
        [
            *heads, *evidence.needles, "\n", "\r\n", "\r", " ", "\t", "\ufeff", ": ", " AN\n",
            "Document ", "ABCDEFGHIJKLMNOP", "1,234 words", "14 Aug 2023", " 06:50 AM IST",
            "(With inputs from PTI)", "-- http://www.reuters.com/article/x", "Reuter",
            "Search Terms: rain", "x", "LENGTH: 1,234 words", "L\u00c4NGE: 12 W\u00f6rter",
            "BYLINE: Jane Doe", "LANGUAGE: ENGLISH", "End of Document", "Load-Date: May 3",
            "Document ABCDEFGHIJKLMNOP", "AN\n  Document ABCDEFGHIJKLMNOP", "PD 14 August 2023",
            "WC 1,234", "HD Rain", "Body", "Updated: 14 Aug 2023, 06:50 AM IST",
        ]
    )  # fmt: skip
    text = data.draw(st.lists(pieces | st.text(max_size=4), max_size=40).map("".join))
    _check_heads(evidence, text)
    assert Scan(text).fires(evidence) is _window_fires(evidence, text)


def test_heads_are_at_least_two_characters_and_lower_case() -> None:
    with pytest.raises(ValueError, match="heads must be lower case and at least 2 long"):
        Evidence("x", regex.compile("x"), 0.1, heads=("x",))
    with pytest.raises(ValueError, match="heads must be lower case"):
        Evidence("x", regex.compile("x"), 0.1, heads=("Xy",))


# The window's lines, heads and bracketed words against their plain definitions.
_WINDOW_PIECES = [
    "(", ")", "((", "(ap)", "(Reuters)", "(ab)", "(a)", "(abcdefghijkl)", "(abcdefghijklm)",
    "(x1)", "(\u0130n)", "(\u017fky)", "\n", "\r\n", "\r", " ", "\t", "\ufeff", "\u00a0",
    "HD", "By", "Updated", "\u2028", "\x85", "x", "\u2019",
    "(dpa-AFX)", "(Jiji Press)", "(a b)", "(ab cd)", "(ab-cd-ef)", "(ab  cd)", "-", "(ab -cd)",
    "(abcdefghijkl mnopqrstuvwxyz)", "(abcdefghijkl mnopqrstuvwxyza)", "(ab\u0130n cd)",
    "(ab cd ef)", "(ab cd-ef gh)", "(Thomson Reuters Foundation)",
    "(abcdefghijkl mnopqrstuvwxyz-mnopqrstuvwxyz)", "(abcdefghijkl mnopqrstuvwxyz-mnopqrstuvwxyza)",
]  # fmt: skip


@given(st.lists(st.sampled_from(_WINDOW_PIECES) | st.text(max_size=3), max_size=30).map("".join))
def test_window_lines_heads_and_brackets_match_their_definitions(text: str) -> None:
    scan = Scan(text)
    for a, b in _windows(text)["all"]:
        raw = text[a:b].split("\n")
        assert scan.line_lengths(a, b) == [len(ln.strip()) for ln in raw]
        offsets, at = [], 0
        for ln in raw:
            offsets.append((at, at + len(ln), len(ln.strip())))
            at += len(ln) + 1
        assert scan.lines(a, b) == offsets
        folded = caseless(text[a:b]).replace("\r", "\n").split("\n")
        assert scan.heads(a, b) == frozenset(ln.lstrip(" \t\ufeff")[:2] for ln in folded)
        # Every match of the pattern as it was before its ``\G``.
        bracketed = unanchored(_BRACKETED_RE)
        expected = frozenset(m[1] for m in bracketed.finditer(caseless(text[a:b])))
        assert scan.bracketed(a, b) == expected


@given(
    st.lists(st.sampled_from(["", "Title", "  x", " "]), max_size=3),
    st.sampled_from(["\n", "\r", "\r\n", "\u2028", "\x85"]),
    st.text(st.sampled_from(" \t"), max_size=9),
    st.sampled_from(["OSLO, Mar 4 - Snow.", "Mar 4 - Snow.", "LOMBARD, Ill., March 3 - Mid"]),
)
def test_the_indented_dateline_gate_holds(
    before: list[str], brk: str, indent: str, dateline: str
) -> None:
    evidence = next(e for e in Reuters1987Format.EVIDENCE if e.name == "indented-dateline")
    text = brk.join([*before, indent + dateline, "more"])
    _check_gate(evidence, text)
    assert Scan(text).fires(evidence) is _window_fires(evidence, text)


@given(
    st.lists(st.sampled_from(["", "Title", "  x", "By Jane Doe", "In other words"]), max_size=3),
    st.sampled_from(["\n", "\r", "\r\n"]),
    st.text(st.sampled_from(" \t"), max_size=3),
    st.sampled_from(["312 words", "1.234 mots", "999,999,999 palabras", "5 Wörter", "12 parole"]),
    st.sampled_from(["5 March 2019", "March 5, 2019", "5 de marzo de 2019", "x"]),
)
def test_the_word_count_gate_holds(
    before: list[str], brk: str, pad: str, count: str, date: str
) -> None:
    evidence = next(e for e in FactivaFormat.EVIDENCE if e.name == "words-then-date")
    text = brk.join([*before, pad + count + pad, pad + date, "Body."])
    _check_gate(evidence, text)
    assert Scan(text).fires(evidence) is _window_fires(evidence, text)


@given(
    st.sampled_from(["Updated", "UPDATED", "First Published", "Last Updated", "published"]),
    st.sampled_from([": ", " - ", " ", "\u00a0: "]),
    st.sampled_from(["14 Aug 2023, 06:50 ", "Aug 14, 2023 6:50 "]),
    st.sampled_from(["AM IST", "pm IST", "am ist", "AM \u0130ST", "PM GMT"]),
)
def test_the_ist_time_gate_holds(label: str, sep: str, stamp: str, zone: str) -> None:
    evidence = next(e for e in MintFormat.EVIDENCE if e.name == "updated-ist-stamp")
    text = f"Title\n{label}{sep}{stamp}{zone}\nBody.\n"
    _check_gate(evidence, text)
    assert Scan(text).fires(evidence) is _window_fires(evidence, text)


# Line-scoped evidence with an OpeningWords gate and no needles searches only the lines
# that open with one of its words: it must fire exactly where the window search does,
# and its gate must hold wherever the pattern matches.
OPENING_SCOPED = [
    (f"{name}.{e.name}", e)
    for name in sorted(BUILTINS)
    for e in getattr(REGISTRY.get(name), "EVIDENCE", ())
    if e.line and isinstance(e.gate, OpeningWords)
]


def test_page_chrome_is_scoped_by_opening_words() -> None:
    names = {n for n, _ in OPENING_SCOPED}
    assert names >= {
        "webpage.chrome-head",
        "webpage.footer-links",
        "webpage.share-row",
        "webpage.related-list",
    }


def _casings(word: str) -> list[str]:
    shapes = [word, word.upper(), word.title(), word.capitalize()]
    return [*shapes, *(w.replace("I", "\u0130").replace("S", "\u017f") for w in shapes)]


@given(st.data())
def test_opening_word_scope_agrees_on_generated_lines(data: st.DataObject) -> None:
    _, evidence = data.draw(st.sampled_from(OPENING_SCOPED))
    assert isinstance(evidence.gate, OpeningWords)
    words = data.draw(st.lists(st.sampled_from(evidence.gate.words), min_size=1, max_size=4))
    phrases = [c for w in words for c in _casings(w)]
    pieces = st.sampled_from(
        [*_LINE_PIECES, *phrases, " | ", " > ", ":", "\ufeff", "\u0131", "x" * 120, "I"]
    ) | st.text(st.sampled_from("aZ \n\r\t.|>\u00a0\x1c"), max_size=6)
    text = data.draw(st.lists(pieces, max_size=60).map("".join))
    assert Scan(text).fires(evidence) is _window_fires(evidence, text)
    _check_gate(evidence, text)


@pytest.mark.parametrize(
    ("text", "fired"),
    [
        ("Body.\nImpressum\n", True),
        ("Body.\n  IMPRESSUM | Datenschutz | Kontakt\n", True),
        ("Body.\nImpressumDatenschutz\n", True),
        ("Body.\nHAKKIMIZDA\n", True),  # the dotless i of ``Hakk\u0131m\u0131zda``
        ("Body.\nKontaktformular f\u00fcr Leser\n", False),
        ("Body.\nThe Impressum lists the editors.\n", False),
        # Links run together with a space between them.
        ("Body.\nTerms of Service Privacy Notice\n", True),
        ("Body.\nAbout Us Contact Us Privacy Policy\n", True),
        ("Body.\nPrivacy matters to us all, the council said.\n", False),
    ],
)
def test_footer_links_in_other_languages(text: str, fired: bool) -> None:
    footer = next(e for e in WebpageFormat.EVIDENCE if e.name == "footer-links")
    assert Scan(text).fires(footer) is fired
    assert _window_fires(footer, text) is fired
    _check_gate(footer, text)


def test_an_opening_words_gate_needs_a_key_for_every_word() -> None:
    with pytest.raises(ValueError, match="no gate key"):
        OpeningWords(("\u0131x",), 10)
    with pytest.raises(ValueError, match="needles or opening words"):
        Evidence("x", regex.compile("x"), 0.1, line=True, gate=ShortLines(1, 2))
