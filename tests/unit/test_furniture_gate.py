"""The gate in front of the furniture table never changes ``furniture_rule``'s answer."""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _regex, vocab
from newsparse._text import trim
from newsparse.extract import furniture
from newsparse.formats._base import Builder
from newsparse.model import ParseOptions
from tests.conftest import GOLDEN, SEEDS, unanchored


def _ungated(line: str) -> str | None:
    if not line or len(line) > furniture._LONGEST_FURNITURE:
        return None
    m = _regex.fullmatch(furniture._FURNITURE_RE, line)
    if m is None or m.lastgroup is None or not furniture._confirmed(m.lastgroup, line):
        return None
    return m.lastgroup.replace("_", "-")


def test_gate_agrees_on_every_golden_line() -> None:
    paths = [*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")]
    lines = {ln.strip() for p in paths for ln in p.read_text(encoding="utf-8").splitlines()}
    assert len(lines) > 100
    for line in lines:
        assert furniture.furniture_rule(line) == _ungated(line), line


_OPENERS = [
    "Catch all the latest news at ",
    "Get the latest updates on ",
    "Disclaimer: ",
    "This story has been published from a wire agency feed ",
    "(Except for the headline, this story has not been edited ",
    "(Only the headline and picture of this report ",
    "Our Standards: ",
    "Also Read: ",
    "Read more: ",
    "Home > ",
    "Copyright 2023 ",
    "\u00a9 2023 ",
    "Related: ",
    "See also: ",
    "Tags: ",
    "Filed under: ",
    "Sign up for our ",
    "Subscribe to ",
    "Follow us on ",
    "If you enjoyed this article ",
    "This material may not be published ",
    "We use cookies to ",
    "All rights reserved ",
]


@given(st.sampled_from(_OPENERS), st.text(alphabet="abc xyz.,", min_size=90, max_size=400))
def test_gate_agrees_on_long_furniture_lines(opener: str, tail: str) -> None:
    line = (opener + tail).strip()
    assert furniture.furniture_rule(line) == _ungated(line)


@given(st.text(min_size=1, max_size=300))
def test_gate_agrees_on_any_line(line: str) -> None:
    line = line.strip()
    assert furniture.furniture_rule(line) == _ungated(line)


# One line for every alternative of the table (each is furniture, checked below).
_EVERY_RULE = [
    "3 min read", "12 mins read", "Catch all the business news on Live Mint today",
    "Download The Mint News App to get updates", "Catch the latest news on markets at Mint",
    "Get all the latest news at our site", "Disclaimer: views are personal",
    "This story has been published from a wire agency feed without edits",
    "(Except for the headline, this story has not been edited by staff)",
    "Only the headline of this report may have been reworked",
    "(This article was auto-generated from a feed)", "Our Standards: The Trust Principles.",
    "(This story has not been edited by our staff and is auto-generated from a feed.)",
    "This report is auto-generated from a news agency service.",
    "More", "Topics", "You May Like", "Subscribe for free", "ADVERTISEMENT", "Share",
    "Share this story", "Read more", "Related Stories", "Comments", "Trending Stories",
    "Also Read: a story", "ALSO READ another", "Read Also: this", "Also read | that",
    "* * *", "Skip to main content", "Toggle navigation", "Main Menu", "Search for:", "Home",
    "Sections", "Back to top \u2191", "Scroll to top", "Previous Article", "Next Story",
    "Prev", "Load more stories", "Close", "Go to", "Top", "Home > World > Asia",
    "Up next:", "Sign in", "Logout", "Register", "My Account", "Subscribe now",
    "Subscriber Services", "Create an account", "Sign In / Register", "Share via WhatsApp",
    "E-mail", "Print", "Tweet", "Copy link", "Link Copied!", "He said so. Click To Tweet",
    "Link", "X", "Acquire Licensing Rights, opens new tab", "We value your privacy",
    "Accept all cookies", "Manage preferences",
    "Share page", "12 Comments (12)", "Leave a reply", "Post a comment",
    "View all comments here", "Reply", "Report", "Like Reply", "Like | Report",
    "Privacy Notice", "Terms of Use & Privacy",
    "Cookie Settings", "Contact Us", "About", "Advertise with us", "Advertise on Herald",
    "\u0e25\u0e07\u0e42\u0e06\u0e29\u0e13\u0e32", "Sitemap",
    "Accessibility Help", "Careers", "Help", "FAQs", "RSS Feeds", "Your Ad Choices",
    "Do Not Sell My Personal Information", "Corrections", "Masthead",
    "\u00a9 2023 The Herald", "(c) Herald", "Copyright \u00a9 2023 Herald Media",
    "The Herald \u00a9 2023", "Herald Media Ltd. All Rights Reserved.",
    "This material may not be published without permission",
    "The content is subject to copyright", "We use cookies to improve your visit",
    "Ads", "Sponsored Content", "Video Ad Feedback", "Promoted",
    "Story continues below advertisement", "Continue reading below", "Paid Post",
    "Related Coverage:", "See also: the timeline", "More from Asia", "Most Popular today",
    "Trending Now", "Recommended for you", "You might also like", "Read next",
    "Editor's Picks", "Top Stories", "Latest News", "Popular Posts", "Recent Posts",
    "Don't miss", "About the author", "About the writers",
    "\u00dcber den Autor", "\u00c0 propos de l'auteur", "Sobre el autor", "Acerca del autor",
    "Tags: war, Asia", "Filed under: World", "Keywords: trade",
    "Newsletters", "Sign up for our daily brief", "Subscribe to The Herald",
    "Follow us on X", "If you enjoyed this article, share it",
    "Get our free weekly newsletter today",
    "Weitere Beitr\u00e4ge zum Thema", "Mehr zum Thema: Hafen",
    "Das k\u00f6nnte Sie auch interessieren", "\u00c0 lire aussi", "Lire aussi : le port",
    "Sur le m\u00eame sujet", "Noticias relacionadas", "Te puede interesar",
    "Lee tambi\u00e9n: el puerto", "Leia tamb\u00e9m", "Veja tamb\u00e9m",
    "Not\u00edcias relacionadas", "Leggi anche", "Lees ook", "Baca juga: harga",
    "\u0e02\u0e48\u0e32\u0e27\u0e17\u0e35\u0e48\u0e40\u0e01\u0e35\u0e48\u0e22\u0e27\u0e02\u0e49\u0e2d\u0e07",
    "\u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e17\u0e35\u0e48\u0e40\u0e01\u0e35\u0e48\u0e22\u0e27\u0e02\u0e49\u0e2d\u0e07",
    "\u76f8\u5173\u65b0\u95fb", "\u76f8\u95dc\u65b0\u805e", "\u95a2\u9023\u8a18\u4e8b",
    "\uad00\ub828\uae30\uc0ac", "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627",
    # Other languages (vocab.PAGE_*): navigation, account, share, legal, copyright,
    # cookie notices, related lists, newsletters.
    "Startseite", "Accueil > Monde > Europe", "\ud648", "\ud648 > \ub274\uc2a4", "Anmelden",
    "Se connecter", "Teilen", "\u5206\u4eab\u5230\uff1a", "Impressum",
    "Impressum | Datenschutz | Kontakt", "ImpressumDatenschutz", "HAKKIMIZDA",
    "\u00a9 Vadi. T\u00fcm haklar\u0131 sakl\u0131d\u0131r.", "Alle Rechte vorbehalten.",
    "Wir verwenden Cookies, um die Seite zu verbessern.", "Nous utilisons des cookies.",
    "Meistgelesen", "Lo m\u00e1s le\u00eddo: el puerto", "Nieuwsbrief",
    "Suscr\u00edbete a nuestro bolet\u00edn", "Jetzt kostenlos abonnieren",
    # Comment notices, adverts' cuts and paywalls, in English and (vocab) other languages.
    "Your email address will not be published.", "Required fields are marked *",
    "Comments are closed.", "Commenting has been disabled for this story",
    "Kommentare (3)", "\u30b3\u30e1\u30f3\u30c8", "Article continues below",
    "Continue reading the main story", "Keep reading", "Advertisement - scroll to continue",
    "Scroll to continue with content", "Anzeige", "La suite apr\u00e8s cette publicit\u00e9",
    "This article is for subscribers only", "The rest of this story is for members",
    "Log in to keep reading", "To continue reading, subscribe", "You\u2019ve reached your limit",
    "Already a subscriber? Sign in", "Subscribers only", "R\u00e9serv\u00e9 aux abonn\u00e9s.",
    "View this post on Instagram", "A post shared by Jo (@jo) on Aug 14, 2023",
    "Watch on YouTube", "Pinned post", "Key events", "Show key events only",
    "Join the conversation", "Have your say", "Image 1 of 12", "3/12", "Photo 2 of 9",
    "Enlarge this image", "toggle caption", "Next image", "View gallery",
    "Open the photo gallery", "Fullscreen",
    "Listen to this article 4 min", "Save for later", "Bookmark", "Gift this article",
    "Reuse this content", "Text size", "Add to my reading list", "Report a typo",
    "Larger text size", "Sign in to save this article", "Expand",
    "All quotes delayed a minimum of 15 minutes.",
    "Suggest a correction", "Download our free app today", "Have a tip? Email us",
    "Watch now", "Skip Ad", "Loading...", "This video cannot be played in your browser",
    "Thanks for watching! Visit Website", "GET THE HERALD APP BY CLICKING HERE",
    "Also on herald.example Ferry fares rise", "Like this story? Share it with a friend!",
    "Also: See the storm's path", "\u2190 Previous Story",
    "If you buy through our links we may earn a small commission.",
    "Sponsored by Harbour Bank", "Follow @herald on X", "Top of page",
    "Share full article", "Recommended videos",
    "Artikel anh\u00f6ren", "Imprimer", "Escuchar", "Bild 1 von 12", "Foto 1 de 12",
    "Lesezeit: 3 Min.", "3 Min. Lesezeit", "Temps de lecture : 3 min", "Comentar",
    "Lecture 3 min.", "Lettura 4 min", "Read Time: 3 mins", "Reading time: 4 minutes",
    "Add as a preferred source on Google", "Make us your preferred source on Google",
    "(Catch all the Business News and Latest News Updates on The Daily Ledger.)",
    "- Advertisement -", "[Advertisement]", "Advertisement 2", "ADVERTISING",
    "Advertisement \u00b7 Scroll to continue", "The story continues after the ad",
    "Continue reading below the ad", "Promoted Stories",
    "Please enable JavaScript to view the comments powered by Disqus.", "More News",
    "This advertisement has not loaded yet, but your article continues below.",
    "The Herald is committed to maintaining a civil forum for discussion.",
    "Please keep comments relevant.", "Comments expressed here do not reflect our views.",
    "READ: Ferry fares rise", "Read : Ferry fares rise",
    "Published in Herald, May 4th, 2024.", "Copyright HERALD.", "Copyright Herald Media.",
    "Like Herald on Facebook, follow @herald on X.", "More coverage",
    "Originally published as Ferry fares rise", "\u2013 Harbour.com",
    "How does this make you feel?", "Google preferred source badge",
    "Join our readers' WhatsApp channel",
    "Click here to join our WhatsApp channel", "Tap here to join our Telegram channel",
    "Like and follow us on Facebook", "Rejoignez notre cha\u00eene WhatsApp",
    "S\u00edguenos en WhatsApp", "Folgen Sie uns auf Telegram", "Get news alerts",
    "Got a story? Email us", "Have your say: Email letters@herald.example",
    "Write to us at letters@herald.example", "Get the latest valley news and headlines",
    "Facebook  Twitter  Email", "Email \u2022 X", "Happy Sad Angry",
    "This article appears in the May 2025 issue.", "A version of this article appears in print",
    "In Other News", "\u4fdd\u5b58javascript:void(0)", "\u8a73\u3057\u304f\u306f\u3053\u3061\u3089",
]  # fmt: skip


@pytest.mark.parametrize("line", _EVERY_RULE)
def test_gate_agrees_on_an_example_of_every_rule(line: str) -> None:
    assert _ungated(line) is not None, line
    assert furniture.furniture_rule(line) == _ungated(line)


@pytest.mark.parametrize("line", _EVERY_RULE)
def test_gate_agrees_with_a_long_tail(line: str) -> None:
    long = line + " and " + "x" * 120
    assert furniture.furniture_rule(long) == _ungated(long)


@pytest.mark.parametrize("phrase", furniture._ANYWHERE)
def test_gate_agrees_on_the_phrases_that_may_stand_anywhere(phrase: str) -> None:
    # Each phrase fills a line of its own length (the gate compares a short line only
    # with the phrases it can hold), alone and after a word, in each case.
    for cased in (phrase, phrase.upper(), phrase.title()):
        for line in (cased, "Herald " + cased, cased + ".", "x" + cased[1:], cased[:-1]):
            assert furniture.furniture_rule(line) == _ungated(line), line


@given(
    st.lists(
        st.sampled_from([*furniture._ANYWHERE, "By", "X", " ", ".", "\u0130", "\u017f", "a"]),
        max_size=4,
    ).map("".join)
)
def test_gate_agrees_on_short_lines_of_the_phrases(line: str) -> None:
    line = line.strip()
    assert furniture.furniture_rule(line) == _ungated(line)


_DOTTED = st.sampled_from(["\u0130", "I", "i", "\u0131", "\u017f", "K", "S", " ", "a"])


@given(st.sampled_from(_EVERY_RULE), st.lists(_DOTTED, max_size=3), st.booleans())
def test_gate_agrees_under_case_changes(line: str, extra: list[str], upper: bool) -> None:
    # The dotted capital I matches ``i`` when the table ignores case; the gate must too.
    line = (line.upper() if upper else line).replace("I", "\u0130") + "".join(extra)
    assert furniture.furniture_rule(line) == _ungated(line)


def _page_words() -> list[str]:
    tables = (
        vocab.PAGE_NAVIGATION, vocab.PAGE_ACCOUNT, vocab.PAGE_SHARE, vocab.PAGE_LEGAL,
        vocab.PAGE_RELATED, vocab.PAGE_NEWSLETTER, vocab.PAGE_RIGHTS, vocab.PAGE_SIGNUP,
        vocab.PAGE_HERE_LINKS,
    )  # fmt: skip
    return [w for table in tables for w in table]


@pytest.mark.parametrize("word", _page_words())
def test_every_word_of_the_page_tables_is_furniture_past_the_gate(word: str) -> None:
    # Each word alone, in capitals (a dotless i reads as I), and title-cased.
    for line in (word, word.upper(), word.title()):
        assert _ungated(line) is not None, line
        assert furniture.furniture_rule(line) == _ungated(line), line


_NOTICE_PARTS = st.sampled_from(
    [
        "Copyright", "COPYRIGHT", "(c)", "(C)", "\u00a9", " 2023 ", "All Rights Reserved",
        "ALLE RECHTE VORBEHALTEN", "Tous droits r\u00e9serv\u00e9s", "T\u00dcM HAKLARI SAKLIDIR",
        "\u0412\u0421\u0415 \u041f\u0420\u0410\u0412\u0410",  # upper-case Cyrillic
        " \u0417\u0410\u0429\u0418\u0429\u0415\u041d\u042b", "\u7248\u6743\u6240\u6709",
        "The Harbour Times", "lawyers said", ", he said", ".", '"', "\n",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(_NOTICE_PARTS, st.text(max_size=8)), max_size=8).map("".join))
def test_the_notice_gate_answers_as_the_pattern(line: str) -> None:
    expected = _regex.match(furniture.COPYRIGHT_NOTICE_RE, line, 0, len(line)) is not None
    assert furniture.is_copyright_notice(line, 0, len(line)) == expected


def _old_table() -> regex.Pattern[str]:
    """The table without the anchors its rewrites added: ``\\G`` before it, ``\\Z`` after."""
    table = unanchored(furniture._FURNITURE_RE)
    source = table.pattern.rstrip()
    assert source.endswith(r")\Z"), source[-20:]
    lists: dict[str, Any] = {k: list(v) for k, v in table.named_lists.items()}
    return regex.compile(source[: -len(r"\Z")], table.flags, **lists)


_OLD_TABLE = _old_table()


def _table_answers(pattern: regex.Pattern[str], text: str, pos: int, end: int) -> list[object]:
    """What ``fullmatch`` gives, on the line alone and at its place in ``text``."""
    found = (pattern.fullmatch(text[pos:end]), pattern.fullmatch(text, pos, end))
    return [None if m is None else (m.span(), m.lastgroup, m.groupdict()) for m in found]


def test_the_closed_table_reads_every_golden_line_as_before() -> None:
    found = 0
    paths = sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
    texts = [p.read_text(encoding="utf-8") for p in paths]
    texts.append("\n".join(_EVERY_RULE + [line + " and " + "x" * 120 for line in _EVERY_RULE]))
    for text in texts:
        for line in regex.finditer(r"[^\n]++", text):
            a, z = trim(text, *line.span())  # as a Line's text is trimmed
            expected = _table_answers(_OLD_TABLE, text, a, z)
            assert _table_answers(furniture._FURNITURE_RE, text, a, z) == expected, text[a:z]
            found += expected[0] is not None
    assert found > len(_EVERY_RULE)


@given(
    st.lists(
        st.sampled_from([*_EVERY_RULE, "3 min read ", " ", "\n", "By X", "(", ")", "\u0130", "a"]),
        max_size=6,
    ).map("".join),
    st.integers(0, 400),
    st.integers(0, 400),
)
def test_the_closed_table_reads_any_text_as_before(text: str, pos: int, end: int) -> None:
    pos, end = min(pos, len(text)), min(end, len(text))
    assert _table_answers(furniture._FURNITURE_RE, text, pos, end) == _table_answers(
        _OLD_TABLE, text, pos, end
    )


def test_the_table_keeps_its_alternatives_that_start_anywhere_in_one_place() -> None:
    # The table without them differs only where each stood (a pattern that never
    # matches).
    full = furniture._table_source(anywhere=True)
    pieces = (
        furniture._CLICK_TO_TWEET,
        furniture._COPYRIGHT_SIGN_ANYWHERE,
        furniture._RIGHTS_ANYWHERE,
        furniture._PAGE_RIGHTS_ANYWHERE,
        furniture._COOKIE_NOTICE,
        furniture._NEWSLETTER_ANYWHERE,
        furniture._SIGNUP_CLOSE_ANYWHERE,
        furniture._SCRIPT_LINK_ANYWHERE,
        furniture._HERE_LINK_ANYWHERE,
        furniture._AFFILIATE_ANYWHERE,
        furniture._AFFILIATE_NOTE_ANYWHERE,
        furniture._CLICK_HERE_ANYWHERE,
        furniture._ISSUES_OFFER_ANYWHERE,
        furniture._COMMENT_RULES_ANYWHERE,
    )
    for piece in pieces:
        assert full.count(piece) == 1
        full = full.replace(piece, "(?!)")
    assert full == furniture._table_source(anywhere=False)
    assert furniture._OPENING_FURNITURE_RE.flags == furniture._FURNITURE_RE.flags


# The tables spell their named lists as tries; the same tables with the named lists are
# the reference: every line gets the same rule from both (fullmatch, its group, its span).
def _named(*, anywhere: bool) -> regex.Pattern[str]:
    source = furniture._table_source(anywhere=anywhere)
    lists: dict[str, Any] = {
        k: list(v) for k, v in furniture._TABLE_LISTS.items() if f"\\L<{k}>" in source
    }
    return regex.compile(source, regex.VERBOSE | regex.IGNORECASE, **lists)


_NAMED_TABLES = (
    (furniture._FURNITURE_RE, _named(anywhere=True)),
    (furniture._OPENING_FURNITURE_RE, _named(anywhere=False)),
)


def _rule_answers(pattern: regex.Pattern[str], line: str) -> object:
    m = pattern.fullmatch(line)
    return None if m is None else (m.span(), m.lastgroup)


def test_the_tries_read_every_golden_line_as_the_named_lists() -> None:
    assert all(r"\L<" not in t.pattern for t, _ in _NAMED_TABLES)
    assert all(r"\L<" in named.pattern for _, named in _NAMED_TABLES)
    paths = sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
    lines = {ln.strip() for p in paths for ln in p.read_text(encoding="utf-8").splitlines()}
    lines |= set(_EVERY_RULE)
    found = 0
    for line in sorted(lines):
        for table, named in _NAMED_TABLES:
            expected = _rule_answers(named, line)
            assert _rule_answers(table, line) == expected, line
            found += expected is not None
    assert found > len(_EVERY_RULE)


_LIST_WORDS = sorted({w for words in furniture._TABLE_LISTS.values() for w in words})


@given(
    st.lists(
        st.sampled_from(_LIST_WORDS)
        | st.sampled_from(
            [" ", "  ", " | ", "/", ":", " > ", "!", ".", "\u0130", "\u017f", "\u212a"]
        )
        | st.text(max_size=3),
        max_size=5,
    ).map("".join),
    st.sampled_from(["same", "upper", "lower", "title"]),
)
def test_the_tries_read_any_line_of_the_table_words_as_the_named_lists(
    line: str, case: str
) -> None:
    cased = {"same": line, "upper": line.upper(), "lower": line.lower(), "title": line.title()}
    for table, named in _NAMED_TABLES:
        assert _rule_answers(table, cased[case]) == _rule_answers(named, cased[case])


@pytest.mark.parametrize("word", _LIST_WORDS)
def test_every_table_word_with_lookalikes_reads_as_in_the_named_lists(word: str) -> None:
    # A pattern that ignores case reads U+0130 as "i", U+017F as "s" and U+212A as "k".
    spelt = word.replace("i", "\u0130").replace("s", "\u017f").replace("k", "\u212a")
    for line in (word, word.upper(), spelt, word + " > Politik", word + " | " + word, word + ":"):
        for table, named in _NAMED_TABLES:
            assert _rule_answers(table, line) == _rule_answers(named, line), line


@pytest.mark.parametrize(
    ("line", "opening", "rule"),
    [
        ("Share 12", True, None),
        ("Home 12", True, None),
        ("Share", True, "label"),
        ("Top 10 stories", True, None),
        ("We use cookies on this site.", False, "cookie-notice"),
        ("Get our newsletter", False, "newsletter"),
        ("\u00a9 2024 The Valley Herald", False, "copyright"),
        ("Herald Media. All rights reserved.", False, "copyright"),
        ("Great things take time.Click To Tweet", False, "share"),
    ],
)
def test_a_line_without_a_phrase_that_starts_anywhere_skips_those_alternatives(
    line: str, opening: bool, rule: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A line that holds no Click To Tweet, (c), rights phrase, cookie or newsletter
    # is matched against the table without the alternatives that need one (the
    # costliest to fail); its rule is the full table's.
    tables: list[regex.Pattern[str]] = []
    fullmatch = _regex.fullmatch

    def recording(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
        tables.append(pattern)
        return fullmatch(pattern, text)

    monkeypatch.setattr(_regex, "fullmatch", recording)
    assert furniture.furniture_rule(line) == rule
    expected = furniture._OPENING_FURNITURE_RE if opening else furniture._FURNITURE_RE
    assert tables[:1] == [expected]
    monkeypatch.undo()
    assert _ungated(line) == rule


# Builder.furniture_of answers a line asked twice running from the first asking: every
# answer is furniture_rule's, for lines asked again, lines of equal text and new ones.
@given(st.lists(st.sampled_from(["Advertisement", "Rain fell.", "Share", "* * *", "By Jo Roe"])))
def test_builder_answers_as_the_table_does(texts: list[str]) -> None:
    b = Builder(text="", options=ParseOptions(), rule_prefix="t")
    for text in texts:
        copy = "".join(list(text))  # equal, not the same string
        for line in (text, text, copy):
            assert b.furniture_of(line) == furniture.furniture_rule(line)


# Lines that open with an opener's first characters, or with one of its first two and
# something else, or with none: each table's index is asked of them all.
_OPENER_STARTS = sorted(
    {o[:k] for o in (*furniture._OPENERS, *furniture._LONG_OPENERS) for k in (1, 2, 3)}
)


@given(
    st.one_of(
        st.sampled_from(sorted({*furniture._OPENERS, *furniture._LONG_OPENERS})),
        st.sampled_from(_OPENER_STARTS),
        st.just(""),
    ),
    st.text(alphabet="abcdehilnorst :-'\u2019", max_size=12),
)
def test_the_opener_index_answers_as_the_openers_do(head: str, tail: str) -> None:
    # A pair's entry holds its first character's one-character opener too, so one
    # lookup answers: the answer is still whether the line opens with any opener.
    low = head + tail
    for openers, by_pair in (
        (furniture._OPENERS, furniture._OPENERS_BY_PAIR),
        (furniture._LONG_OPENERS, furniture._LONG_OPENERS_BY_PAIR),
    ):
        assert furniture._opens_with(low, by_pair) == low.startswith(openers), low
