"""The shared line classifier and the web furniture table."""

from __future__ import annotations

import time

import attrs
import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import _regex
from newsparse._text import split_lines
from newsparse.extract import classify
from newsparse.extract.classify import (
    LineInfo,
    LineShape,
    caption_rule,
    classify_lines,
    line_shape,
    page_language,
)
from newsparse.extract.furniture import furniture_rule
from newsparse.stopwords import STOPWORDS, guess_language
from tests.conftest import GOLDEN, SEEDS


def _kinds(text: str) -> list[str]:
    """The kind :func:`classify_lines` gives each line of ``text``."""
    return [i.kind for i in classify_lines(text, split_lines(text))]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Skip to main content", "navigation"),
        ("Sign In", "account"),
        ("Facebook", "share"),
        ("Link Copied!", "share"),
        # A share row's lone ``Link`` and ``X`` (a lower-case ``x`` closes a box).
        ("Link", "share"),
        ("X", "share"),
        ("Acquire Licensing Rights, opens new tab", "legal"),
        # A consent banner's title and buttons.
        ("We value your privacy", "consent"),
        ("Accept all", "consent"),
        ("Reject All", "consent"),
        ("Manage preferences", "consent"),
        ("Share the link:", "share"),
        ("Bagikan ini:", "share"),
        ("Teilen mit:", "share"),
        ("Compartir esto:", "share"),
        ("Share this link", "share"),
        ("Share this:", "share"),
        ("Copy the link", "share"),
        ("12 Comments", "comments"),
        ("Leave a Reply", "comments"),
        ("Privacy Policy", "legal"),
        ("\u00a9 2024 The Valley Herald. All rights reserved.", "copyright"),
        ("Copyright 2024 Valley Farm Weekly", "copyright"),
        ("We use cookies to improve your experience on this site.", "cookie-notice"),
        ("Ad Feedback", "advert"),
        ("Most Popular", "related"),
        ("Tags: frost, orchards", "tags"),
        ("Sign up for our weekly newsletter", "newsletter"),
        ("If you enjoyed this article, become a member today.", "newsletter"),
        ("Growth takes patience.Click To Tweet", "share"),
        ("Related: Ferry timetable for the summer", "related"),
        ("Continue reading the main story", "advert"),
        ("Article continues below this ad", "advert"),
        ("Keep reading", "advert"),
        ("This article is only available to subscribers.", "paywall"),
        ("This story is for subscribers only", "paywall"),
        ("Subscribe now to continue reading", "paywall"),
        ("You've reached your limit of free articles this month.", "paywall"),
        ("Already a subscriber? Log in", "paywall"),
        ("Your email address will not be published. Required fields are marked *", "comments"),
        ("Comments are closed.", "comments"),
        ("Like Reply", "comments"),
        ("Reply \u00b7 Share", "comments"),
        ("View this post on Instagram", "embed"),
        ("Image 3 of 12", "gallery"),
        ("4/12", "gallery"),
        ("Enlarge this image", "gallery"),
        ("toggle caption", "gallery"),
        ("Join the conversation", "comments"),
        ("[ 167 comments ]", "comments"),
        # A comment form's heading run into its cancel link, and its sign-in notice.
        ("Lascia un commento Annulla risposta", "comments"),
        ("Deixe uma resposta Cancelar resposta", "comments"),
        ("You must be logged in to post a comment.", "comments"),
        ("Devi essere connesso per inviare un commento.", "comments"),
        # Russian: leave a reply cancel reply; you may also be interested; recent posts.
        (
            (
                "\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c"
                " \u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0439"
                " \u041e\u0442\u043c\u0435\u043d\u0438\u0442\u044c \u043e\u0442\u0432\u0435\u0442"
            ),
            "comments",
        ),
        (
            (
                "\u0412\u0430\u043c \u0442\u0430\u043a\u0436\u0435"
                " \u043c\u043e\u0436\u0435\u0442 \u0431\u044b\u0442\u044c"
                " \u0438\u043d\u0442\u0435\u0440\u0435\u0441\u043d\u043e"
            ),
            "related",
        ),
        ("\u0421\u0432\u0435\u0436\u0438\u0435 \u0437\u0430\u043f\u0438\u0441\u0438", "related"),
        # A link set in brackets between paragraphs.
        ("(Read more: Ferry fares rise again)", "related"),
        ("(Leggi anche su: Il porto riapre)", "related"),
        ("[Related: Harbour Council Votes On Budget ]", "related"),
        ("Pinned post", "navigation"),
        ("Listen to this article", "tools"),
        ("Gift Article", "tools"),
        ("Report an error", "tools"),
        ("Have a news tip? Email us at tips@herald.example", "tools"),
        ("Loading video", "embed"),
        ("Skip advertisement", "embed"),
        ("Thanks for watching! Visit Website", "embed"),
        ("GET THE HERALD APP BY CLICKING HERE", "advert"),
        ("READ MORE ON THE HERALD BY CLICKING HERE", "advert"),
        ("GET BREAKING NEWS IN YOUR BROWSER. CLICK HERE TO TURN ON ALERTS.", "advert"),
        ("Also on herald.example Ferry fares to rise again next year", "related"),
        ("Like this story? Share it with a friend!", "share"),
        ("Also: See the storm's path across the valley", "related"),
        ("\u2190 Previous Story", "navigation"),
        ("\u00ab Previous Post Next Post \u00bb", "navigation"),
        ("Next Article \u2192", "navigation"),
        ("If you buy through one of our links we may receive a small commission.", "disclaimer"),
        ("The Herald has affiliate partnerships with the shops it links to.", "disclaimer"),
        ("*Links marked with an asterisk are affiliate links.", "disclaimer"),
        # The site's page named, or a pointing word in a note that ends at the links.
        ("Links in this review are affiliate links.", "disclaimer"),
        (
            "Some links in this guide are affiliate links, which earn a small commission.",
            "disclaimer",
        ),
        ("These links are affiliate links and help fund the site.", "disclaimer"),
        ("Les liens de ce guide sont des liens affili\u00e9s.", "disclaimer"),
        (
            "*Bei den mit Sternchen markierten Links handelt es sich um Affiliate-Links.",
            "disclaimer",
        ),
        ("Ce lien est affilié : nous pouvons percevoir une commission.", "disclaimer"),
        ("Si vous achetez via nos liens, nous pouvons percevoir une commission.", "disclaimer"),
        ("Sponsored links", "advert"),
        ("- Advertisement -", "advert"),
        ("(Advertisement)", "advert"),
        ("Advertisement \u00b7 Scroll to continue", "advert"),
        ("Story continues after advertisement", "advert"),
        ("Please enable JavaScript to view the comments powered by Disqus.", "comments"),
        ("Please enable JavaScript to view the comments.", "comments"),
        ("Opinions expressed by Herald Contributors are their own.", "disclaimer"),
        # What a page shows where its script would run.
        ("This slideshow requires JavaScript.", "gallery"),
        # A call to sign up for a newsletter closing a short blurb.
        (
            (
                "There is plenty more where that came from. Sign up for The Daily Ferry today "
                "to get the free newsletter delivered to your inbox."
            ),
            "newsletter",
        ),
        ("Stay up to date with the Herald. Subscribe to our newsletter.", "newsletter"),
        # A site named by its address is no sentence's end.
        ("Get the news in your inbox. Subscribe to Herald.com\u2019s newsletters.", "newsletter"),
        ("Start your week with us. Sign up for herald.co.uk's daily newsletter.", "newsletter"),
        # A magazine's offer of issues at a price.
        (
            (
                "Get Valley Cycling delivered through your letterbox every month. 12 issues "
                "for \u00a311.99. Click here for more information."
            ),
            "advert",
        ),
        ("Subscribe today: 5 issues for just \u00a35", "advert"),
        ("Try 3 issues for $1 and have them delivered to your door.", "advert"),
        ("Subscribe and get 6 issues for 9,99 \u20ac", "advert"),
        # A call to follow the site on its networks.
        ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "newsletter"),
        ("Follow the Herald on Facebook & Instagram", "newsletter"),
        ("This photo gallery requires JavaScript", "gallery"),
        ("This map requires JavaScript.", "embed"),
        ("Please enable JavaScript to watch this video.", "embed"),
        ("In Other News", "related"),
        ("A photo shared by Valley Walkers (@valleywalkers) on Aug 14, 2023", "embed"),
        ("Comments are moderated and may take a while to appear.", "comments"),
        ("This document is subject to copyright. No part may be reproduced.", "copyright"),
        ("Advertise with The Valley Herald", "advert"),
        ("About the author", "author-box"),
        ("\u00dcber den Autor", "author-box"),
        (
            "\u0e25\u0e07\u0e42\u0e06\u0e29\u0e13\u0e32\u0e01\u0e31\u0e1a\u0e40\u0e23\u0e32",
            "advert",
        ),  # Thai
        # Mint's footers and labels keep their rules.
        ("Share", "label"),
        ("Topics", "label"),
        # Content stays content.
        ("Copyright cases rose sharply last year, the court said.", None),
        ("The council met on Monday.", None),
        ("Advertisers with the paper saw a rise in sales this spring, the survey found.", None),
        ("About two weeks later", None),
        ("About Time", None),
        ("x", None),
        ("Manage the risk, he said.", None),
        ("Accept all the terms", None),
        ("Linking the two towns took a decade.", None),
        # A section of the story may be about a place, a firm or a person.
        ("About New York", None),
        ("About The Company", None),
        ("About Jane Doe", None),
        ("Continue reading to find out why the bridge closed.", None),
        ("This article is about the bridge that closed in May.", None),
        ("Comments from the mayor came later that day.", None),
        ("Follow the money, the senator said on Twitter.", None),
        ("Follow the money on Twitter.", None),
        ("Opinions expressed by readers in the survey varied widely, the council said.", None),
        ("The mayor on Monday said:", None),
        ("On March 3 at 10:15 the council said:", None),
        ("follow the bridge on instagram", None),
        # Sign-up calls a report quotes, or with more of the story after them.
        (
            (
                "The council said residents should sign up for the newsletter. It will start "
                "in May and cover the bridge works."
            ),
            None,
        ),
        (
            (
                "In March the firm told its users to sign up for a newsletter. Many did, and the "
                "list grew to a million readers, which the firm then sold to an advertiser."
            ),
            None,
        ),
        ("Follow Jane Doe on Twitter for updates.", None),
        # A sentence about a page's script is a report.
        ("This map requires JavaScript to show where the floods were.", None),
        ("This gallery requires patience, the curator said.", None),
        # A section of a review, not a button.
        ("Audio", None),
        ("Gift", None),
        ("Advertising budgets fell by a third last year, the agency said.", None),
        ("Listen carefully and you can hear the sea.", None),
        # Reports that open like a page's notices.
        ("A video shared by the police on Tuesday shows the van leaving the harbour.", None),
        ("Sponsored by the mayor, the bill passed by seven votes to two.", None),
        ("To keep reading levels up, the schools have hired forty tutors.", None),
        ("Registered nurses said they had to continue reading the charts by hand.", None),
        ("You have reached your credit limit, the bank told its customers.", None),
        ("Comments have been disabled on the minister's video after a torrent of abuse.", None),
        ("Download the app and enter your code, officials told residents.", None),
        ("Follow @harbourcouncil for updates, the council said.", None),
        # Prices of issues a report gives, or a call that opens with none.
        ("The magazine now sells 12 issues for \u00a320, the editor said, to subscribers.", None),
        ("They delivered 12 issues for \u00a33 each to subscribers in a year of rises.", None),
        ("Subscribers got 12 issues for \u00a330 last year.", None),
        # Offers of issues a story reports, with no call to the reader.
        ("Readers can now get 12 issues for \u00a330 delivered to their door.", None),
        ("Loyal subscribers get 12 issues for \u00a324, the publisher announced.", None),
        ("Prices rose. 12 issues for \u00a360 is the norm, according to the industry body.", None),
        ("The offer to try 3 issues for \u00a35 brought in 20,000 new subscribers.", None),
        ("The new rates are as follows: 12 issues for \u00a330 in print.", None),
        ("He paid to get 4 issues for $10 delivered by mail.", None),
        ("Try 3 issues for $1 deals became common in 2023.", None),
        ("Get 12 issues for \u00a312, the advert promised.", None),
        (
            "It began in 2014. 52 editions for \u00a360 is the price, and your door gets it free.",
            None,
        ),
        ("\u201cSubscribe today: 5 issues for \u00a35,\u201d the advert read.", None),
        # Labels that open sentences too are labels only alone on their line.
        ("Voc\u00ea pode gostar: o novo cais ter\u00e1 um caf\u00e9 e uma pra\u00e7a.", None),
        ("Ti potrebbe interessare: il nuovo molo avr\u00e0 un caff\u00e8.", None),
        ("Vous aimerez aussi : la promenade et le petit mus\u00e9e de la marine.", None),
        ("Voc\u00ea pode gostar:", "related"),
        # A text-size control's buttons and a save button's note, each on a line.
        ("Normal text size", "tools"),
        ("Very large text size", "tools"),
        ("Log in, register or subscribe to save articles for later.", "tools"),
        ("Expand", "tools"),
        ("Buy Now", "tools"),
        (
            (
                "Catch every big hit, every wicket with Crickit, a one stop destination for"
                " Live Scores, Match Stats, Infographics and much more. Explore now!"
            ),
            "site-footer",
        ),
        ("Large crowds gathered at the gates", None),
        # A markets page's note on its prices, not a report of a delay.
        ("All quotes delayed a minimum of 15 minutes.", "disclaimer"),
        ("Market data delayed by at least 20 minutes.", "disclaimer"),
        ("Prices are delayed 10 minutes, the exchange said.", None),
    ],
)
def test_web_furniture(line: str, rule: str | None) -> None:
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # A rights notice: alone, or after a name, a year or a stop.
        ("All rights reserved.", "copyright"),
        ("ALL RIGHTS RESERVED", "copyright"),
        ("Harbour Media Ltd. All Rights Reserved.", "copyright"),
        ("Valley Print Group All Rights Reserved", "copyright"),
        ("2023 Valley Print Group - All rights reserved (Contact)", "copyright"),
        ("All rights reserved. No part may be reproduced.", "copyright"),
        ("Alle Rechte vorbehalten.", "copyright"),
        # A sentence that quotes the phrase is the story's.
        ("All rights reserved, he said.", None),
        ("\u201cAll rights reserved,\u201d the clerk said.", None),
        ('"All rights reserved." That was all the note said.', None),
        ("The sign on the gate said all rights reserved by the estate.", None),
        ("Tous droits r\u00e9serv\u00e9s, a dit le maire.", None),
        ("Alle Rechte vorbehalten; so stand es auf dem Schild.", None),
    ],
)
def test_rights_notice_or_a_sentence_that_quotes_it(line: str, rule: str | None) -> None:
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # An empty advert slot's note.
        ("This advertisement has not loaded yet, but your article continues below.", "advert"),
        ("This ad has not loaded yet.", "advert"),
        # A comment section's notes: house rules, moderation, the readers' views.
        (
            (
                "Herald Media is committed to maintaining a lively but civil forum for"
                " discussion. Please keep comments relevant and respectful."
            ),
            "comments",
        ),
        ("Thanks for reading. Please keep your comments civil and on topic.", "comments"),
        ("Please keep comments civil. Comments are moderated.", "comments"),
        # A later clause's verb is the rule's own, not a sentence telling of the plea.
        ("Please keep comments on topic; posts that are abusive will be deleted.", "comments"),
        ("Please keep comments polite, as this is a site for all ages.", "comments"),
        (
            (
                "Comments expressed here do not reflect the opinions of the Herald or any"
                " employee thereof."
            ),
            "comments",
        ),
        ("Comments are moderated and generally will be posted if they are on-topic.", "comments"),
        # A link under a bare label; the paper's edition; a call to like and follow.
        ("READ: Senate panel probes ferry fares", "related"),
        ("Read: \u2018We were never asked,\u2019 say harbour traders", "related"),
        ("Published in The Valley Herald, December 7th, 2023.", "site-footer"),
        ("Published in Herald, 7th December 2023", "site-footer"),
        (
            (
                "Like Business on Facebook, follow @HeraldBiz on Twitter to stay informed and join"
                " in the conversation."
            ),
            "newsletter",
        ),
        # A syndicated copy's link to where it first ran, under a box's label.
        ("More Coverage", "related"),
        ("Originally published as Ferry service suspended after hull crack", "related"),
        ("Originally published as a pamphlet in 1901, the essay grew.", None),
        # A site's sign-off, its address after a dash; a box of mood buttons.
        ("\u2013 Harbour.com", "site-footer"),
        ("\u2014 Herald.co.uk", "site-footer"),
        ("- Tickets.com", None),
        ("\u2013 Harbour.com reported the sale.", None),
        ("How does this make you feel?", "tools"),
        # The image of Google's button to follow the site; a call to join its channel.
        ("Google Preferred Source badge", "share"),
        (
            "Join the Herald's Telegram channel and get the latest breaking news delivered to you.",
            "newsletter",
        ),
        ("Google reported a loss on Tuesday.", None),
        # ``Copyright`` and the holder's name.
        ("Copyright VALLEY HERALD.", "copyright"),
        ("Copyright Harbour Media Ltd.", "copyright"),
        ("COPYRIGHT VALLEY HERALD.", "copyright"),
        # Sentences and subheadings that look like them are the story's.
        ("Please keep comments civil, the moderator wrote.", None),
        # A plea its sentence goes on to tell of: the story's.
        ("Please keep comments civil and on topic was the group's only rule.", None),
        ("Please keep comments short is the advice most forums give.", None),
        ('"Please keep comments short," the chair told the meeting.', None),
        ("The council is committed to maintaining a forum for discussion, she said.", None),
        ("Comments posted here were removed by the site.", None),
        ("Read: the full statement.", None),
        ("Read: The full statement is below.", None),
        ("Read: The minister's letter:", None),
        ("Published in 1998, the book sold well.", None),
        ("Published in The Lancet, the study found a link.", None),
        ("Like many towns on Facebook, the council posts its notices there.", None),
        ("Copyright Claims", None),
        # In capitals with no stop: a subheading (``COPYRIGHT CLAIMS`` over its section).
        ("COPYRIGHT CLAIMS", None),
        ("COPYRIGHT VALLEY HERALD", None),
        # A journal or an archive's paper with a plain date: a story's line.
        ("Published in Water Research Letters, January 9, 2025.", None),
        ("Published in The Harbour Chronicle, March 3, 1871.", None),
        # A call reported after a comma.
        (
            "Join the disaster agency's WhatsApp channel for updates, the minister told residents.",
            None,
        ),
        ("Copyright lawyers said so.", None),
        ("Copyright Office officials said on Monday they would review it.", None),
    ],
)
def test_a_sites_notes_on_adverts_comments_links_and_editions(line: str, rule: str | None) -> None:
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # Calls to sign up alone are buttons; before a short object, a box's label.
        ("Suscr\u00edbete", "account"),
        ("Inscreva-se", "account"),
        ("Iscriviti", "account"),
        ("Inscrivez-vous", "account"),
        ("Jetzt abonnieren", "account"),
        ("Suscr\u00edbete a nuestro bolet\u00edn", "newsletter"),
        ("Suscribirse al bolet\u00edn diario", "newsletter"),
        ("Inscreva-se no nosso boletim", "newsletter"),
        ("Assine o boletim do vale", "newsletter"),
        ("Iscriviti alla rassegna quotidiana", "newsletter"),
        ("Abonnez-vous \u00e0 notre lettre", "newsletter"),
        ("Inscrivez-vous gratuitement !", "newsletter"),
        ("Jetzt kostenlos abonnieren", "newsletter"),
        # A sentence of the story that opens with one stays.
        ("Suscr\u00edbete al canal, pidi\u00f3 el alcalde a los vecinos.", None),
        ("Inscreva-se at\u00e9 sexta-feira no site, disse o prefeito.", None),
        ("Abbonati in calo del dieci per cento", None),
        # A sub-heading or list item of the story that opens with one, its object no
        # bulletin, no publisher's own: it stays.
        ("Inscr\u00edbete en el registro de residentes ausentes", None),
        ("Assine o abaixo-assinado contra a barragem", None),
        ("Ap\u00fantate a la carrera solidaria del domingo", None),
        ("Subscreva a peti\u00e7\u00e3o", None),
    ],
)
def test_calls_to_sign_up_in_other_languages(line: str, rule: str | None) -> None:
    assert furniture_rule(line) == rule


def test_stop_words_cover_four_languages_at_least() -> None:
    assert {"en", "fr", "de", "es"} <= set(STOPWORDS)
    assert guess_language("Der Rat hat die neue Brücke am Montag gebilligt".split()) == "de"
    assert guess_language("El consejo aprobó el puente de la ciudad".split()) == "es"
    assert guess_language("Le conseil a voté pour les travaux du pont".split()) == "fr"
    assert guess_language([]) is None


def test_shape_counts_east_asian_characters_as_half_words() -> None:
    assert line_shape("短缺药品保供稳价").words == 4.0


def test_prose_menu_and_headline_lines() -> None:
    text = (
        "World News Sport Weather\n"
        "Storm Closes Coast Road As Crews Clear Fallen Trees\n"
        "The council said on Monday that the road would stay closed until the weekend.\n"
    )
    kinds = [i.kind for i in classify_lines(text, split_lines(text), language="en")]
    assert kinds == ["short", "short", "prose"]


def test_hard_wrapped_prose_is_classified_as_one_stretch() -> None:
    text = (
        "Veteran actress Ada Obi, who in 2008 won the\n"
        "Golden Reel award for best actress, has taken\n"
        "to her page to share new photos of herself.\n"
    )
    infos = classify_lines(text, split_lines(text), language="en")
    assert [i.kind for i in infos] == ["prose", "prose", "prose"]
    assert [i.continues for i in infos] == [False, True, True]


@pytest.mark.parametrize("credit", ["Photo: Jane Doe/Getty Images", "Jane Doe, Getty Images"])
def test_caption_above_a_credit(credit: str) -> None:
    text = (
        "The mayor said the new bridge would open in the spring of next year.\n"
        "Crowds gather on the old bridge on Sunday.\n"
        f"{credit}\n"
    )
    kinds = _kinds(text)
    assert kinds == ["prose", "caption", "caption"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Valley County Sheriff's Office via AP", True),
        ("Office of the Harbour Master via Reuters", True),
        # A sentence that names how something was sent; a label or a By before it.
        ("The statement was released via AP", False),
        ("Results were sent to schools via Reuters", False),
        ("Contributing: Sam Ward via AP", False),
    ],
)
def test_a_source_credited_through_an_agency(line: str, credit: bool) -> None:
    # The credit is furniture alone: it may credit a document or a statement, so the
    # paragraph above it stays prose.
    text = f"Boats wait in the harbour of the old town on Sunday, Aug. 13, 2023.\n{line}\n"
    assert (caption_rule(line) == "credit") is credit
    assert _kinds(text)[0] == "prose"


@pytest.mark.parametrize("line", ["Jo Roe, AP", "Jo Roe, Reuters", "Michael Green, EPA"])
def test_a_name_and_an_agency_after_a_comma_is_no_credit(line: str) -> None:
    # A sign-off under the last paragraph, a byline with no ``By``, a speaker in a
    # list: the line above it is no caption.
    text = f"The mayor said the new bridge would open in the spring of next year.\n{line}\n"
    assert _kinds(text)[0] == "prose"
    assert caption_rule(line) is None


def test_a_caption_printed_twice_over_its_credit_is_a_caption_twice() -> None:
    caption = "Crowds gather on the old bridge on Sunday, Nov. 19, 2023, in Valley Town.\n"
    text = (
        "The mayor said the new bridge would open in the spring of next year.\n"
        + caption * 2
        + "Photo: Jane Doe, AP\n"
    )
    assert _kinds(text) == ["prose", "caption", "caption", "caption"]


def test_a_labelled_video_caption_is_a_caption() -> None:
    text = (
        "Video: In this clip filmed on Sunday, the engineer walks the new bridge and explains "
        "how it was built.\n"
        "WATCH: The first walkers cross the river\n"
        "The mayor said he would watch: the bridge, he told us, was the town's pride.\n"
        "Videos of the opening were shared widely online, the council said on Monday.\n"
    )
    assert _kinds(text) == ["caption", "caption", "prose", "prose"]


def test_a_short_video_caption_leaves_the_prose_above_it_alone() -> None:
    # A credit standing alone makes the line above it a caption; a video's label does not.
    text = (
        "The council voted on Monday to rebuild the harbour wall before the winter storms.\n"
        "Watch: Harbour vote in 60 seconds\n"
        "Work will start in September and should take about ten weeks, it said.\n"
    )
    assert _kinds(text) == ["prose", "caption", "prose"]


def test_repeated_short_lines_weigh_less() -> None:
    text = "News\nSport\nNews\n"
    infos = classify_lines(text, split_lines(text))
    assert infos[0].repeated
    assert not infos[1].repeated
    assert infos[0].value < infos[1].value < 0


def test_page_language_of_an_empty_page() -> None:
    assert page_language([]) is None


def test_an_identifier_does_not_continue_a_sentence() -> None:
    text = "The game has dozens of tricky questions for the players\nimg_3_en\n"
    infos = classify_lines(text, split_lines(text), language="en")
    assert not infos[1].continues


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        ("Crowds gather on the old bridge for the last time on Sunday (Image: Getty Images)", True),
        # A short caption with no stop before its credit's label, in brackets.
        ("Harbour chief Mara Quill (Credit: Getty Images)", True),
        ("The old bridge at dawn (Photo: Sam Roe)", True),
        # A pool is a caption's word in lower case; a stop before the brackets, a dash
        # or a bar before the label part a caption from its credit too.
        ("The pool on Monday (Photo: Sam Roe)", True),
        ("The pool on Monday. (Image: Sam Roe)", True),
        ("The pool on Monday \u2014 Photo: Getty Images", True),
        ("The pool on Monday | Photo: Sam Roe", True),
        # An agency after the caption's stop and a bar or a slash.
        ("Boats in the harbour at dawn. / dpa", True),
        ("Firefighters at the quay on Tuesday. | EFE", True),
        # Names over their bracketed credit: the photographers and the agency.
        ("Sam Roe (Photo: AFP)", False),
        ("Ana de la Cruz (Photo: AFP)", False),
        ("Sam Roe Jr (Photo: AP)", False),
        ("Sam ter Horst (Photo: ANP)", False),
        # Words of a credit, not of a caption.
        ("Sam Roe via Getty (Photo: Getty Images)", False),
        ("Sam Roe for Reuters (Photo: Reuters)", False),
        ("Courtesy of the family (Photo: Supplied)", False),
    ],
)
def test_a_credit_glued_to_its_caption_leaves_the_line_above_alone(line: str, glued: bool) -> None:
    # A credit alone makes the line above its caption; one glued to a caption does not.
    text = f"The new bridge will open to walkers in the spring of next year.\n{line}\n"
    kinds = _kinds(text)
    assert kinds == ["prose" if glued else "caption", "caption"]


@pytest.mark.parametrize(
    "line",
    [
        '"We have listened to the town," said the harbour master, Colin Brisk.',
        "The mayor told the council the bridge would open in the spring.",
        "\u201cIt is a great day for Marrow,\u201d the harbour master wrote.",
    ],
)
def test_a_report_over_a_credit_alone_is_no_caption(line: str) -> None:
    # A photo with no caption under a paragraph that reports what was said.
    text = f"{line}\nPhoto: Sam Roe\n"
    assert _kinds(text) == ["prose", "caption"]


def test_east_asian_prose_ends_with_a_stop() -> None:
    comma = "\uff0c"
    text = (
        "港口新桥本周开放、市民欢迎\n"
        f"市政府表示{comma}新桥将于本周六开放{comma}工程历时两年{comma}耗资约三亿元。\n"
    )
    kinds = _kinds(text)
    assert kinds == ["short", "prose"]


@pytest.mark.parametrize("mark", ["\u2060", "\u200b", "\u200d", "\ufeff", "\u00ad"])
def test_invisible_characters_do_not_hide_a_stop(mark: str) -> None:
    line = "Der Hafen bleibt bis Montag geschlossen, sagte die Stadt."
    assert line_shape(line + mark * 2, STOPWORDS["de"]).sentence_end
    assert not line_shape(line[:-1] + mark, STOPWORDS["de"]).sentence_end


@pytest.mark.parametrize(
    "tail",
    [" \U0001f642", "\U0001f642", " \U0001f44d\ufe0f", " \U0001f468\u200d\U0001f373 \u2728"],
)
def test_emoji_after_a_stop_do_not_hide_it(tail: str) -> None:
    line = "Tickets for the harbour concert are on sale at the town hall today!"
    assert line_shape(line + tail, STOPWORDS["en"]).sentence_end
    # Nor do they make a stop where there is none.
    assert not line_shape(line[:-1] + tail, STOPWORDS["en"]).sentence_end


def test_a_long_caption_that_ends_in_its_credit() -> None:
    caption = (
        "Fishing boats wait out the storm in the harbour of the old town on Sunday, "
        "after the port authority closed the bay to all traffic for a second day. " * 3
    )
    prose = "The storm is expected to pass by Tuesday, the weather office said on Sunday."
    ends = [
        *("Credit: Harbour Office", "Mara Quill / AFP", "| Getty Images"),
        # A photographer's credit in brackets that ends in an agency.
        "(Photos by Mara Quill, left, and Jo Roe/Invision/AP)",
        # Agencies whose name alone credits a photo only after a bar or a slash.
        *("14-08-2023 | Efe", "/ dpa", "| ANSA", "/ Europa Press", "| PA Images"),
    ]
    for credit in ends:
        text = f"{prose}\n{caption}{credit}\n{prose}\n"
        kinds = _kinds(text)
        assert kinds == ["prose", "caption", "prose"], credit
    # Those agencies after a name, a place or a headline sign a byline, a row or a link.
    for line in (
        "Jo Roe | EFE",
        "Madrid / Europa Press",
        "Harbour shares slide | ANSA",
        "J. Roe Jr. | EFE",
        "Rome, 12.05.2024 | ANSA",
        "Will the ferry sail again? | ANSA",
    ):
        assert caption_rule(line) is None, line
    # Past 300 characters, a credit that does not end the line leaves it prose.
    tail = "The bay reopened on Monday after the storm passed and the boats went back to sea."
    text = f"{prose}\n{caption}Photo: Harbour Office. {tail}\n"
    assert _kinds(text) == ["prose", "prose"]


@pytest.mark.parametrize(
    "credit",
    [
        "[File: Mara Quill]",
        "[File photo: Harbour Office]",
        "[Mara Quill/Valley Herald]",
        "[Handout via Reuters]",
        "[Pool/AFP]",
        "[AFP]",
        "[ Reuters ]",
        # The copyright sign after the caption's full stop, and an agency's and a
        # photographer's names; an agency's name alone after it.
        "\u00a9 Mara Quill via AFP",
        "\u00a9 Reuters / Mara Quill",
        "Getty",
        "Reuters",
        "AFP",
        "Getty Images",
    ],
)
def test_a_credit_in_brackets_ends_a_caption(credit: str) -> None:
    caption = "Fishing boats wait out the storm in the harbour of the old town in 2021"
    if not credit.startswith("["):
        caption += "."
    assert caption_rule(f"{caption} {credit}") == "credit"


@pytest.mark.parametrize(
    "line",
    [
        # A sentence's source, after its full stop.
        "The storm will pass by Tuesday, the weather office said. [AFP]",
        # Brackets that hold no credit.
        "Ferry fares rise again [Updated 5/12]",
        "The report is online [https://valleyherald.example/report/2023]",
        "The council voted [and/or] abstained",
        "The council voted [and/or]",
        "The council voted to close the bay [sic]",
        "Ferry fares rise again [Video]",
        # A sentence that names an agency at its end.
        "The company said it would appeal, according to Reuters",
        "The deal was first reported by AP",
        "He told Reuters.",
        # A sentence and its source: a report, or a second sentence before the brackets.
        "Residents said they had no time to save their belongings. AFP",
        "The crowd cheered. They were right [Mara Quill/Valley Herald]",
        "The song is sung every summer. \u00a9 Lyrics quoted with permission of the band",
        # Brackets that hold no credit: two words, a date, a messaging app's name.
        "The vote was divided along party lines [Labour/Conservative]",
        "The figures are from the annual report [Harbour Board/Annual Report 2023]",
        "The message arrived at noon [Sent via WhatsApp]",
        "Support fell, the poll found (Ipsos/Reuters)",
        # A notice: one name, a year, or a stop after the name.
        "A public meeting is planned for Thursday. \u00a9 Valley Herald",
        "The council met on Tuesday. \u00a9 2019 The Valley Herald",
        "Read the terms of use. \u00a9 Herald Media. All rights reserved.",
        # The sign opening the line, a caption's credit first, is another rule's.
        "The ferry sails at noon \u00a9 Mara Quill",
    ],
)
def test_brackets_that_hold_no_credit_make_no_caption(line: str) -> None:
    assert caption_rule(line) is None


def test_a_long_caption_above_a_credit_that_stands_alone() -> None:
    # A caption of up to 500 characters over a credit line of its own is a caption; a
    # longer line there is a paragraph with a photo under it.
    sentence = "Fishing boats wait out the storm in the harbour of the old town on Sunday. "
    prose = "The storm is expected to pass by Tuesday, the weather office said on Sunday."
    for repeat, kind in ((5, "caption"), (8, "prose")):
        caption = (sentence * repeat).strip()
        assert 300 < len(caption) <= 500 or kind == "prose"
        text = f"{prose}\n{caption}\nMara Quill / Getty Images\n{prose}\n"
        assert _kinds(text) == ["prose", kind, "caption", "prose"]


def test_a_courtesy_line_is_a_credit_but_a_courtesy_sentence_is_prose() -> None:
    text = (
        "The new ferry at the quay in Marrow on the first morning of its service.\n"
        "Courtesy of Lena Weber\n"
        "Courtesy of the new timetable, ferries will run every hour from the first of May.\n"
    )
    kinds = _kinds(text)
    assert kinds == ["caption", "caption", "prose"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Zum Inhalt springen", "navigation"),
        ("Startseite > Politik > Inland", "navigation"),
        ("Beranda", "navigation"),
        ("\u0413\u043b\u0430\u0432\u043d\u0430\u044f", "navigation"),  # Russian: home
        ("Se connecter", "account"),
        ("Giri\u015f Yap", "account"),
        ("\u30ed\u30b0\u30a4\u30f3", "account"),  # Japanese: log in
        ("Compartir", "share"),
        ("Bagikan", "share"),
        ("Mentions l\u00e9gales", "legal"),
        ("Aviso legal", "legal"),
        ("ImpressumDatenschutz", "legal"),
        ("\u0627\u062a\u0635\u0644 \u0628\u0646\u0627", "legal"),  # Arabic: contact us
        ("\u9690\u79c1\u653f\u7b56", "legal"),  # Chinese: privacy policy
        ("\u00a9 2023 Talbote. Alle Rechte vorbehalten.", "copyright"),
        ("Tous droits r\u00e9serv\u00e9s", "copyright"),
        ("Utilizamos cookies para mejorar tu experiencia.", "cookie-notice"),
        ("Les plus lus", "related"),
        ("Lesen Sie auch: Der Hafen wird erweitert", "related"),
        ("\ub9ce\uc774 \ubcf8 \ub274\uc2a4", "related"),  # Korean: most read news
        ("Voc\u00ea pode gostar...", "related"),
        ("Artigos relacionados", "related"),
        ("Ti potrebbe interessare", "related"),
        ("Vous aimerez aussi\u2026", "related"),
        ("Art\u00edculos relacionados", "related"),
        ("\u00c4hnliche Artikel", "related"),
        ("Gerelateerde artikelen", "related"),
        ("Nieuwsbrief", "newsletter"),
        # Advert slots and their cuts, paywalls and comment sections.
        ("Anzeige", "advert"),
        ("Weiterlesen nach der Anzeige", "advert"),
        ("Publicit\u00e9", "advert"),
        ("Publicidad", "advert"),
        ("Lees verder", "advert"),
        ("\u5e7f\u544a", "advert"),  # Chinese: advert
        ("Article r\u00e9serv\u00e9 aux abonn\u00e9s", "paywall"),
        ("Conte\u00fado exclusivo para assinantes.", "paywall"),
        # The label in brackets before the notice's sentence (Japanese: members only).
        (
            (
                "\uff3b\u6709\u6599\u4f1a\u54e1\u9650\u5b9a\uff3d"
                " \u3053\u306e\u8a18\u4e8b\u306f\u4f1a\u54e1\u9650\u5b9a\u3067\u3059\u3002"
            ),
            "paywall",
        ),
        ("[R\u00e9serv\u00e9 aux abonn\u00e9s] La suite de cet article est payante.", "paywall"),
        ("Kommentare (12)", "comments"),
        ("Deja un comentario", "comments"),
        ("\ub313\uae00", "comments"),  # Korean: comments
        ("Artikel anh\u00f6ren", "tools"),
        ("Signaler une erreur", "tools"),
        ("Imprimir", "tools"),
        ("Photo 1 sur 12", "gallery"),
        ("Lesezeit: 3 Min.", "reading-time"),
        ("Tiempo de lectura: 4 min", "reading-time"),
        ("Lecture 3 min.", "reading-time"),
        # English with its label first (NDTV), and Google's button to follow a site.
        ("Read Time: 3 mins", "reading-time"),
        ("Reading time: 4 minutes", "reading-time"),
        ("Read time is short", None),
        ("Add as a preferred source on Google", "share"),
        ("Make us your preferred source on Google", "share"),
        ("Make the most of the holiday", None),
        # The Economic Times' footer, in brackets.
        (
            (
                "(Catch all the Business News, Breaking News Events and Latest News Updates "
                "on The Economic Times.)"
            ),
            "site-footer",
        ),
        # A sign-up box's consent notice, long or short.
        (
            (
                "We use your sign-up to provide content in ways you've consented to and to improve "
                "our understanding of you. You can unsubscribe at any time. More info"
            ),
            "newsletter",
        ),
        ("We use your data to improve the service.", None),
        # A consent banner's standard notice, with no cookie named, its title and buttons.
        (
            (
                "With your permission we and our partners may use precise geolocation data "
                "and identification through device scanning."
            ),
            "cookie-notice",
        ),
        ("We and our 212 vendors store and access information on a device.", "cookie-notice"),
        ("We and our partners use the grant to train nurses, the hospital said.", None),
        ("Our growers and our partners use less water than five years ago.", None),
        # A charity's or a company's own story in the same words: no device, data or ads.
        ("Every winter we and our partners collect 20,000 coats for families in need.", None),
        ("Across our 40 sites, we and our partners use rainwater for most irrigation.", None),
        ("Your privacy matters to us", "consent"),
        ("Show Purposes", "consent"),
        ("I Accept", "consent"),
        ("I agree with the council on one thing.", None),
        # A site's note on a signed opinion's views, and a report of views.
        (
            (
                "The views expressed in this column are those of the author and do not "
                "necessarily reflect the views of The Harwick Courier."
            ),
            "disclaimer",
        ),
        ("The opinions expressed in this commentary are her own.", "disclaimer"),
        ("Views expressed are the writer's own.", "disclaimer"),
        ("Opinions expressed by Contributors are their own.", "disclaimer"),
        ("The views expressed by residents at the meeting were mixed.", None),
        ("The views expressed in the letter are those of the authors, the board said.", None),
        # A science news site's labels and source note.
        ("FULL STORY", "label"),
        ("Story Source:", "label"),
        ("Journal Reference:", "label"),
        ("Cite This Page:", "label"),
        ("Share:", "share"),
        (
            (
                "Materials provided by Harwick University. Note: Content may be edited for "
                "style and length."
            ),
            "disclaimer",
        ),
        ("Materials provided by the council were reviewed by the board.", None),
        # A feedback widget's question.
        ("Was this article helpful?", "tools"),
        ("Did you find this story useful?", "tools"),
        ("Was this the right call?", None),
        # A sign-up box's small print, in the reader's person.
        ("By signing up, you agree to our Terms of Use and Privacy Policy.", "newsletter"),
        ("By clicking Subscribe, I consent to receive emails from the Courier.", "newsletter"),
        ("By submitting your email you acknowledge our privacy notice", "newsletter"),
        # A story's sentence that opens the same way: no reader, or a report.
        ("By signing up for the scheme, residents agree to share their meter data.", None),
        ("By signing up, you agree to hand over your data, the regulator said.", None),
        # A story explaining a scheme's rules to the reader: the site neither speaks nor
        # names its e-mails, terms or privacy notice.
        ("By registering your pet, you confirm that it has been microchipped.", None),
        ("By entering the draw, you agree to pay a deposit of £500 if you win.", None),
        ("By continuing to use the app, you accept its new arbitration clause.", None),
        ("By providing your details, you consent to checks while you receive the grant.", None),
        ("Lettura 4 min", "reading-time"),
        # A button whose script link the flattening glued to its label (Japanese:
        # save; text size large).
        ("\u4fdd\u5b58javascript:void(0)", "tools"),
        ("\u5927javascript:void(0)javascript:void(0)", "tools"),
        ("Savejavascript:void(0);", "tools"),
        ("Printjavascript:;", "tools"),
        # Japanese links to more: details here, members here (after an arrow).
        ("\u8a73\u3057\u304f\u306f\u3053\u3061\u3089", "navigation"),
        ("\uff1e \u4f1a\u54e1\u306e\u65b9\u306f\u3053\u3061\u3089", "navigation"),
    ],
)
def test_page_chrome_in_other_languages_is_furniture(line: str, rule: str) -> None:
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to improve your experience. By continuing you agree.",
        "This site uses cookies.",
        "By using this website you consent to the use of cookies.",
        "Diese Website verwendet Cookies.",
        "Nous utilisons des cookies pour am\u00e9liorer votre visite.",
        "Wij gebruiken cookies.",
    ],
)
def test_cookie_notices_address_the_reader(line: str) -> None:
    assert furniture_rule(line) == "cookie-notice"


@pytest.mark.parametrize(
    "line",
    [
        "Kontaktformular f\u00fcr Leser",
        "Die Stadt sucht neue Kontakte zu Investoren.",
        "Inicio de la temporada de lluvias",
        "El Bolet\u00edn Oficial del Estado public\u00f3 la norma el lunes.",
        "Suchen Sie nach dem Hafen, finden Sie die Br\u00fccke.",
        "Recherche / d\u00e9veloppement : le budget baisse de dix pour cent.",
        "Inicio / fin: el partido termin\u00f3 empatado.",
        # Reports about cookies: no notice addresses the reader.
        "Many websites use cookies to track users, the report said.",
        "The regulator said sites that use cookies must ask first.",
        "Viele Webseiten verwenden Cookies, um Nutzer zu verfolgen.",
        "Les sites utilisent des cookies, selon le rapport.",
        # A sentence in brackets, and a pointer inside the text.
        "(Read more about it in the council's report.)",
        "(See also: Table 3)",
        "[Related to this, see the chart.]",
        "[Related: see the table above]",
        "(Read more: the full statement is below)",
        # A call to click in lower case may be the story's; so may ``Also on`` with no
        # address after it.
        "Click here to read the council's full report.",
        "To apply, CLICK HERE and fill in the form.",
        "Also on Tuesday, the council voted to close the bay.",
        "Also on the agenda: ferry fares.",
        "Also on board were two doctors.",
        "Also: The council voted to close the bay.",
        "Also: the bridge will reopen",
        'Also: The mayor said the timetable would be reviewed "as soon as possible."',
        "Also: A new fishmonger opening on Harbour Road",
        "Also: Will the night crossing survive?",
        "Also on 5.30am Friday, officers were called to a chemist on the quay.",
        # A commission that is no site's note on its links.
        "The council may earn a commission from the sale of the land, the mayor said.",
        "The commission said on Monday it would review the ferry fares.",
        "Amazon will cut the affiliate commissions it pays to sites that link to its shop.",
        "Influencers must label affiliate links clearly, the regulator said on Monday.",
        "The operator announced an affiliate partnership letting travellers earn on purchases.",
        "\u201cWe never hid that we use affiliate links,\u201d the founder said.",
        "Some of the links in the guide are affiliate links, critics noted.",
        "The links on the site are affiliate links, the report found.",
        "Les liens du guide sont des liens affiliés, selon l'enquête.",
        # A report's links, with its clause or none of the site's words.
        (
            "Most of these links are affiliate links that earn the sellers a fee on each"
            " order, the watchdog's study shows."
        ),
        "Ces liens sont affiliés à une société écran basée à Chypre, a établi l'audit.",
        "These links are affiliate links run from a server in another country.",
        # A message in capitals that a story quotes: longer than a site's call, or
        # about no app, news or alerts of a site.
        "TICKET CANCELLED - CLICK HERE FOR REFUND",
        (
            "YOUR FERRY BOOKING HAS BEEN CANCELLED. TO GET A FULL REFUND CLICK HERE AND ENTER "
            "YOUR DETAILS WITHIN 24 HOURS"
        ),
        # A host's sign-off, not a video advert's end card.
        "Thanks for watching! See you next week.",
        "Thanks for watching, the presenter told viewers.",
        # Sentences about comments.
        "Best comments were about the price.",
        "Featured comments from our readers",
        # A sentence about a script link, one that ends with it, and lines of code: no
        # button glued to its label.
        "Old pages link to javascript:void(0) instead of a page.",
        "The form's button sent readers nowhere: javascript:void(0)",
        "Stop using javascript:void(0)",
        "javascript:void(0)",
        "href=javascript:void(0)",
        "anchor javascript:void(0)",
        "JAVASCRIPT:VOID(0)",
        # Japanese lines with "here" that an article may print: the answer is here; the
        # venue is here; my starting point is here; reception here! (a sign); and a
        # sentence (please look here).
        "\u7b54\u3048\u306f\u3053\u3061\u3089",
        "\u4f1a\u5834\u306f\u3053\u3061\u3089\u3002",
        "\u79c1\u306e\u539f\u70b9\u306f\u3053\u3061\u3089\u3002",
        "\u53d7\u4ed8\u306f\u3053\u3061\u3089\uff01",
        "\u7b54\u3048\u306f\u3053\u3061\u3089\u3067\u3059\u3002",
        "\u8a73\u3057\u3044\u8aac\u660e\u306f\u3053\u3061\u3089\u306e\u8cc7\u6599\u3092\u3054\u89a7\u304f\u3060\u3055\u3044\u3002",
    ],
)
def test_sentences_that_open_with_a_chrome_word_are_not_furniture(line: str) -> None:
    assert furniture_rule(line) is None


def test_labelled_captions_and_sources_are_captions_and_spare_the_line_above() -> None:
    text = (
        "The council voted on Monday to approve a new plan for the old harbour wall.\n"
        "Image source, Getty Images\n"
        "Image caption, Boats in the harbour on Monday\n"
    )
    infos = classify_lines(text, split_lines(text), language="en")
    assert [(i.kind, i.rule) for i in infos] == [
        ("prose", None),
        ("caption", "image-source"),
        ("caption", "caption"),
    ]


def test_a_caption_button_marks_the_caption_above_and_the_credit_under_it() -> None:
    text = (
        "The council voted on Monday to approve a new plan for the old harbour wall.\n"
        "Boats moored in the harbour on Monday.\n"
        "toggle caption\n"
        "Jo Roe/Coast Herald\n"
        "Work will start in the spring and take about eighteen months, it said.\n"
    )
    infos = classify_lines(text, split_lines(text), language="en")
    assert [(i.kind, i.rule) for i in infos] == [
        ("prose", None),
        ("caption", "caption"),
        ("furniture", "gallery"),
        ("caption", "credit"),
        ("prose", None),
    ]


@pytest.mark.parametrize("unit", ["cgu ", "Kontakt AGB ", "\u00dcber uns CGU ", "Impressum "])
def test_a_run_of_footer_links_that_fails_to_end_fails_fast(unit: str) -> None:
    # Links and then a word that is none: each space between two links could go to
    # either side of an optional separator, which took 2**(n-2) tries a line of n links
    # to refuse. Twice the links must cost about twice the time, not 2**n times as much
    # (a ratio, best of five, measured again when over the bound; no time limit).
    def seconds(links: int) -> float:
        line = unit * links + "x"
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            for _ in range(20):
                assert furniture_rule(line) is None
            best = min(best, time.perf_counter() - start)
        return best

    ratios = []
    for _ in range(3):
        ratios.append(seconds(16) / seconds(8))
        if ratios[-1] < 10:  # linear is about 2, exponential 256
            break
    assert min(ratios) < 10, ratios
    assert furniture_rule(unit * 5 + unit.strip()) == "legal"


_PICTOGRAPH = r"[[\p{So}\p{Sk}\ufe0f\u200d]--\p{ASCII}]"
_PICTOGRAPHS_AT_END = rf"(?:{_PICTOGRAPH}|\s)*{_PICTOGRAPH}\Z"


def _plain_line_shape(text: str, stopwords: frozenset[str] | None) -> LineShape:
    """line_shape as written before its shortcuts: the script pattern asked of every
    line, every Latin mark counted, the public constructor."""
    words = east_asian = 0.0
    if _regex.search(classify._SCRIPTS_RE, text) is None:
        stripped = (w.strip(classify._WORD_EDGES) for w in text.split())
        latin_words = [w for w in stripped if w[:1].isalpha()]
    else:
        latin_words = []
        for m in _regex.finditer(classify._TOKEN_RE, text):
            if m["cjk"] is not None:
                words += len(m["cjk"]) / 2
                east_asian += len(m["cjk"]) / 2
            elif m["thai"] is not None:
                words += len(m["thai"]) / 4
            else:
                latin_words.append(m["word"])
    stop = capitalised = long = 0
    for word in latin_words:
        if stopwords is not None and word.casefold() in stopwords:
            stop += 1
        elif len(word) >= 4:
            long += 1
            capitalised += word[0].isupper()
    marks = sum(text.count(c) for c in classify._EAST_ASIAN_MARKS)
    marks += sum(text.count(mark) for mark in classify._LATIN_MARKS_SPACED)
    marks += text[-1:] in classify._LATIN_MARKS
    # Emoji closing the line (a run of them and spaces that ends in one) hide no stop.
    tail = regex.search(_PICTOGRAPHS_AT_END, text, flags=regex.V1)
    last = text if tail is None else text[: tail.start()]
    stop_char = last.rstrip(classify._CLOSERS_INVISIBLE)[-1:]
    end = stop_char != "" and stop_char in classify._STOPS
    if not end:
        end = classify._GLUED_DESK_CODES_RE.search(text) is not None
    return LineShape(
        words=words + len(latin_words),
        latin=len(latin_words),
        stop=stop,
        capitalised=capitalised,
        long=long,
        marks=marks,
        east_asian=east_asian,
        sentence_end=end,
    )


def _attributes(value: attrs.AttrsInstance) -> list[tuple[str, type, object]]:
    return [
        (f.name, type(getattr(value, f.name)), getattr(value, f.name))
        for f in attrs.fields(type(value))
    ]


def _golden_texts() -> list[str]:
    paths = sorted([*GOLDEN.rglob("*.txt"), *SEEDS.glob("*.txt")])
    return [p.read_text(encoding="utf-8") for p in paths]


def test_line_shape_and_its_fast_constructors_agree_with_the_plain_ones_on_golden_text() -> None:
    # line_shape skips the script pattern for an ASCII line and the Latin marks for a
    # line without a space, and builds shapes and infos without the generated
    # __init__: each attribute of the type and value the plain way gives it.
    total = 0
    for text in _golden_texts():
        lines = split_lines(text)
        for language in (None, "en", "fr"):
            stopwords = STOPWORDS.get(language) if language else None
            for ln in lines:
                got = line_shape(ln.text, stopwords)
                assert _attributes(got) == _attributes(_plain_line_shape(ln.text, stopwords))
                total += 1
        for info in classify_lines(text, lines):
            values = {f.name: getattr(info, f.name) for f in attrs.fields(LineInfo)}
            assert _attributes(info) == _attributes(LineInfo(**values))
    assert total > 1_000


_SHAPE_PIECES = st.sampled_from(
    [" ", "  ", "word", "Word", "the", ". ", ", ", "? ", ";", "!", "\u3001", "\u3002", "\u0964",
     "\u201d", "\u00ad", "\u200b", "\u6771\u4eac", "\u0e01\u0e32\u0e23", "\u00e9t\u00e9", "-", "/",
     "\U0001f642", "\ufe0f", "\u200d", "\u00a9", "^", "\u02c6"]
)  # fmt: skip


@pytest.mark.parametrize("text", ["\U0001f642", "\U0001f642 \U0001f44d\ufe0f", "\x1f\U0001f642"])
def test_a_line_of_emoji_alone_does_not_end_like_a_sentence(text: str) -> None:
    # Nothing is left before the emoji, so no stop either (a separator that str.isspace
    # counts, \x1f, made the fast path and the plain one disagree).
    for stopwords in (None, STOPWORDS["en"]):
        assert not line_shape(text, stopwords).sentence_end
        assert not _plain_line_shape(text, stopwords).sentence_end


@given(st.lists(_SHAPE_PIECES | st.text(max_size=4), max_size=20).map("".join))
@example("\x1f\U0001f642")
def test_line_shape_agrees_with_the_plain_one_on_generated_text(text: str) -> None:
    for stopwords in (None, STOPWORDS["en"]):
        got = line_shape(text, stopwords)
        assert _attributes(got) == _attributes(_plain_line_shape(text, stopwords))


def test_only_a_credit_line_is_asked_whether_it_ends_a_caption(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A run of chrome lines asks nothing of the caption test; a credit under prose does.
    asked: list[str] = []
    ends_caption = classify._ends_caption

    def counting(text: str) -> bool:
        asked.append(text)
        return ends_caption(text)

    monkeypatch.setattr(classify, "_ends_caption", counting)
    chrome = "Share\nTweet\n3 min read\nBy X\n" * 20
    classify_lines(chrome, split_lines(chrome))
    assert asked == []
    text = "Share\nCrowds gather on the old bridge on Sunday.\nPhoto: Jane Doe/Getty Images\n"
    assert _kinds(text) == ["furniture", "caption", "caption"]
    assert asked == ["Photo: Jane Doe/Getty Images"]


def test_a_repeated_line_is_measured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A line's shape and rule follow from its text: a page's repeated chrome is
    # measured once per text, and each line still gets the shape and rule of its own.
    text = "Home\nShare\nThe council said on Monday that the bridge opens in May.\n" * 3
    plain = classify_lines(text, split_lines(text))
    measured: list[str] = []
    ruled: list[str] = []
    shape, rule = classify.line_shape, furniture_rule

    def counting_shape(line: str, stopwords: frozenset[str] | None = None) -> LineShape:
        measured.append(line)
        return shape(line, stopwords)

    def counting_rule(line: str) -> str | None:
        ruled.append(line)
        return rule(line)

    monkeypatch.setattr(classify, "line_shape", counting_shape)
    monkeypatch.setattr(classify, "furniture_rule", counting_rule)
    infos = classify_lines(text, split_lines(text))
    distinct = ["Home", "Share", "The council said on Monday that the bridge opens in May."]
    assert measured == ruled == distinct
    assert infos == plain
    assert [(i.kind, i.rule) for i in infos[:3]] == [
        ("furniture", "navigation"),
        ("furniture", "label"),
        ("prose", None),
    ]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # Older pages write the labels with no comma, and a source as a copyright.
        ("Image caption Boats in the harbour on Monday", "caption"),
        ("Media caption Who runs the harbour?", "caption"),
        ("Image copyright Harbour Office/Reuters", "image-source"),
        ("Image caption, Boats in the harbour on Monday", "caption"),
        ("Image source, Reuters", "image-source"),
        # A sentence about copyright, or about captions, labels nothing.
        ("Image copyright law is changing, the lawyers say.", None),
        ("Image captions are hard to write well, the editor said.", None),
        ("Image caption contests have become a fixture, the editor said.", None),
        ("Image copyright holders sue", None),
    ],
)
def test_caption_labels_with_or_without_their_comma(line: str, rule: str | None) -> None:
    assert caption_rule(line) == rule


def test_a_credit_for_the_main_image_makes_no_caption_of_the_line_above() -> None:
    text = (
        "The council voted on Monday to approve a new plan for the old harbour wall.\n"
        "The ribbon will be cut at the harbour next Tuesday.\n"
        "Main image credit: Harbour Office\n"
    )
    assert _kinds(text) == ["prose", "prose", "caption"]
    # A plain credit under a short line makes it the photo's caption, as before.
    assert _kinds(text.replace("Main image credit:", "Photo:")) == ["prose", "caption", "caption"]


def test_counters_glued_to_captions_of_one_gallery_are_captions() -> None:
    slides = (
        "2 of 4 A shopper looks at extension cords in the hardware store.\n"
        "3 of 4 Cords of every length stock the shelves of the hardware store.\n"
    )
    text = "The mayor said the new bridge would open in the spring of next year.\n" + slides
    assert _kinds(text) == ["prose", "caption", "caption"]


@pytest.mark.parametrize(
    "line",
    [
        "3 of 5 Valley councillors voted against the bridge in the first ballot last year.",
        "1 of 3 Things to know before you cross the new bridge for the first time.",
    ],
)
def test_a_sentence_that_opens_with_a_count_is_no_caption(line: str) -> None:
    text = "The mayor said the new bridge would open in the spring of next year.\n" + line + "\n"
    assert _kinds(text) == ["prose", "prose"]


def test_a_paragraph_printed_twice_over_a_credit_keeps_its_first_copy() -> None:
    quote = "It was paid for by the town and by a grant from the county, the mayor said.\n"
    text = "The new bridge over the river opened on Saturday after a year of work.\n"
    text += quote * 2 + "Photo: Jo Roe, AP\n"
    assert _kinds(text) == ["prose", "prose", "caption", "caption"]


def test_counted_items_between_paragraphs_are_no_gallery() -> None:
    text = (
        "The new bridge over the river opened on Saturday after a year of work.\n"
        "1 of 3 Things to know before you cross the bridge this weekend with children.\n"
        "It was paid for by the town and by a grant from the county, the mayor said.\n"
        "The old crossing, a ferry that ran for ninety years, will stop in June.\n"
        "2 of 3 Things to know: cyclists will be allowed on it from next month.\n"
    )
    assert _kinds(text) == ["prose"] * 5


@pytest.mark.parametrize(
    "caption",
    [
        "Ferries at the quay [File: Reuters]",
        "Ferries wait at the quay. Reuters",
        "The quay on Tuesday. \u00a9 Reuters / Jo Roe",
        "Ferries at the quay (Photos by Jo Roe/AP)",
    ],
)
def test_a_short_caption_with_its_credit_glued_on_leaves_the_line_above(caption: str) -> None:
    text = f"The mayor said the new bridge would open in the spring of next year.\n{caption}\n"
    assert _kinds(text) == ["prose", "caption"]


# Every character there is (the surrogates are no text).
_ALL_CHARACTERS = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)


def test_the_credit_patterns_take_only_the_odd_letters_for_ascii_ones() -> None:
    # The cheap credit test lower-cases ASCII and lets a line with one of these through:
    # the patterns' IGNORECASE must take no other character for an ASCII letter, nor for
    # a mark the test looks for.
    marks = regex.escape("".join(classify._CREDIT_MARKS) + "-")
    taken = regex.findall(f"[a-zA-Z{marks}]", _ALL_CHARACTERS, flags=regex.IGNORECASE)
    beyond = {
        c for c in taken if not c.isascii() and not any(c in m for m in classify._CREDIT_MARKS)
    }
    assert beyond == set(classify._IGNORECASE_ODD_LETTERS)


def test_a_label_opens_with_one_of_its_initials() -> None:
    # No character but a label's first letter, in either case, case-folds to the start
    # of a label (a character that folds to two, ``\u0130`` to ``i\u0307``, starts none).
    for labels, initials in (
        ((*classify._CAPTION_LABELS, *classify._SOURCE_LABELS), classify._LABEL_INITIALS),
        (classify._VIDEO_LABELS, classify._VIDEO_INITIALS),
    ):
        starts = {label[:2] for label in labels}
        firsts = {label[0] for label in labels}
        for c in _ALL_CHARACTERS:
            folded = c.casefold()
            if folded[:1] in firsts and (len(folded) == 1 or folded[:2] in starts):
                assert c in initials, repr(c)


# Pieces of credits and of prose, and the letters case-folding changes (the long s, the
# Kelvin sign, the dotted capital I and the dotless small i, ligatures, the sharp s).
_CREDIT_PIECES = st.sampled_from(
    ["Photo", "PHOTO", "Photograph by", "Image", "Picture", "Credit", "Foto", "Bild",
     "Getty Images", "getty images", "AP Photo", "AFP via", "AFP/", "Shutterstock", "EPA-EFE",
     "Alamy", "iStock", "iStockphoto", "Courtesy", "courtesy of", "Court\u0435sy",
     "Courte\u017fy", "\u017ftock", "ISTOC\u212a", "\u0130Stock", "Getty \u0131mages",
     "AFP v\u0131a", "\ufb06ock", "\u00df", "\ufb01", "via AP", "via AFP", "via Reuters",
     "VIA REUTERS", "via reuter\u017f", "Reuters", "Xinhua", "Getty", "AFP", "EPA", "AP", "EFE",
     "ANSA", "dpa", "PA Images", "Bloomberg", "Al Jazeera", "File:", "Handout", "/", "|", " / ",
     " | ", "[", "]", "(", ")", "\u00a9", ":", ".", "!", ",", "\n", " ", "\u201c", "Jo Roe", "the",
     "said", "Office", "of", "and", "by", "2023", "12.05.2024", "Image caption,", "Video:",
     "The mayor said the new bridge over the river opens in May. " * 3]
)  # fmt: skip


@given(st.lists(_CREDIT_PIECES | st.text(max_size=4), max_size=24).map("".join))
@example("Courte\u017fy of the city")
@example("The quay on Tuesday. Jo Roe/\u017fhutter\u017ftock")
def test_the_cheap_credit_test_lets_every_credit_through(text: str) -> None:
    # It may let prose through too (the full test reads it), never hold a credit back.
    for line in (text, text.strip(), text + " " + "and the crowd " * 30):
        if classify._credit_holds(line):
            assert classify._may_be_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        # Each thing the cheap test looks for, alone in a credit.
        "Boats wait at the quay. Getty Images for Nike",
        "Boats wait at the quay. AP Photo",
        "Boats wait at the quay. AFP via Jo Roe",
        "Boats wait at the quay. Shutterstock",
        "Boats wait at the quay. iStockphoto",
        "Boats wait at the quay. epa-efe",
        "Boats wait at the quay. Alamy",
        "Boats wait at the quay. Reuters",
        "County Sheriff's Office via Ap",
        "Valley-Town-Harbour-Office-" * 12 + " via Ap",
        "Courtesy of the family",
        "Courtesy of the " + "Valley-Town-Harbour-Office-" * 4,
        # Sixty characters after ``Courtesy of``, the most the credit's pattern reads.
        "Boats wait. " * 30 + "Courtesy of " + ("Jo Roe of the Valley Harbour Office " * 2)[:60],
        "Courtesy of the " + "Valley-Town-Harbour-Office-" * 12,
        "Boats wait at the quay. Jo Roe/AFP",
        "Boats wait at the quay | Reuters",
        "Boats wait at the quay [File: Reuters]",
        "Boats wait at the quay [Reuters]",
        "The quay on Tuesday. \u00a9 Jo Roe via Harbour Office",
        "Boats wait. " * 30 + "| Reuters",
        "Photo: Jo Roe",
        # Letters the patterns take for ASCII ones, and quotes beyond ASCII.
        "Boats wait at the quay. \u017fhutter\u017ftock",
        "Boats wait at the quay. ISTOC\u212a",
        "Boats wait at the quay. Getty \u0131mages for Nike",
        "Boats wait at the quay. AFP v\u0130a Jo Roe",
        "Boats wait at the \u201cquay\u201d. Alamy",
        "Harbour \u00c9cole Office via Ap",
    ],
)
def test_the_cheap_credit_test_lets_each_form_of_a_credit_through(line: str) -> None:
    assert classify._credit_holds(line)
    # A newline after it too, where the patterns' ``$`` still matches.
    for text in (line, line + "\n"):
        assert classify._may_be_credit(text) or not classify._credit_holds(text), text


def test_the_cheap_credit_test_lets_every_credit_of_the_golden_texts_through() -> None:
    found = 0
    for text in _golden_texts():
        for ln in split_lines(text):
            if classify._credit_holds(ln.text):
                found += 1
                assert classify._may_be_credit(ln.text), ln.text
    assert found > 0


def test_indian_agency_desk_codes_after_a_stop_end_the_sentence() -> None:
    assert line_shape("The walls were finished. PTI KVR RHL").sentence_end
    # Capitals alone after a stop are no agency's codes.
    assert not line_shape("The walls were finished. NEW DELHI").sentence_end


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # A caption that says only what kind of picture it is, and its credit.
        ("Illustration. \u00a9 Ana Ruiz Calvo", "caption"),
        ("Photo d'illustration - \u00a9 Jo Roe/Belga", "caption"),
        ("Image d\u2019archives \u00a9 Jo Roe", "caption"),
        ("File photo \u00a9 Jo Roe", "caption"),
        ("Foto de arquivo. \u00a9 Ana Lima", "caption"),
        # A notice, and a sentence after the credit, are not.
        ("Illustration \u00a9 2024 The Herald", None),
        ("Le Soir. \u00a9 Rossel", None),
        ("Illustration. \u00a9 Ana Ruiz Calvo. Le maire a dit non.", None),
        ("Illustrations by local children fill the hall.", None),
    ],
)
def test_a_caption_naming_the_kind_of_picture_with_its_credit(line: str, rule: str | None) -> None:
    assert caption_rule(line) == rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # A site's calls to the reader under the story: its channel on a messaging app,
        # its networks, its app's alerts, its letters page, its tip line.
        ("Click here to join our WhatsApp channel and stay updated", "newsletter"),
        ("Tap here to join the Herald's Telegram channel", "newsletter"),
        ("Like and follow us on Facebook", "newsletter"),
        ("Rejoignez notre cha\u00eene WhatsApp", "newsletter"),
        ("S\u00edguenos en WhatsApp", "newsletter"),
        ("Folgen Sie uns auf WhatsApp", "newsletter"),
        ("Siga-nos no WhatsApp", "newsletter"),
        ("Segue a gente no WhatsApp e receba as not\u00edcias do dia", "newsletter"),
        ("Siga o canal do Di\u00e1rio no WhatsApp", "newsletter"),
        ("Folge uns auf Telegram", "newsletter"),
        ("Tritt unserem WhatsApp-Kanal bei", "newsletter"),
        ("Rejoignez-nous sur WhatsApp", "newsletter"),
        ("Got a story?", "tools"),
        ("Got a story? Call the newsdesk on 01632 960123.", "tools"),
        ("Write to us at The Valley Herald, 12 Quay Street, Marrow.", "comments"),
        ("Get news alerts on your phone. Download the app", "tools"),
        ("Got a story? Email news@valleyherald.example", "tools"),
        ("Got a story? Our reporters want to hear from you.", "tools"),
        ("Have a news tip? The newsroom is always listening.", "tools"),
        ("Write to us via the contact page on our website.", "comments"),
        ("Have a story idea? Tell us at tips@valleyherald.example", "tools"),
        ("Have your say: Email letters@valleyherald.example", "comments"),
        ("Write to us at letters@valleyherald.example to share your views.", "comments"),
        (
            "Get Latest Valley News along with Top Headlines from the Valley and around the world",
            "site-footer",
        ),
        # A row of share buttons, and one of mood buttons, each alone on a line.
        ("Facebook  Twitter  Email", "share"),
        ("Facebook | X | WhatsApp", "share"),
        ("Happy Sad Angry", "tools"),
        # A magazine's or a paper's note on the issue or the edition that printed it.
        ("This article appears in the February 2025 issue.", "site-footer"),
        (
            "A version of this article appears in print on September 12, 2025 of the City edition.",
            "site-footer",
        ),
        ("This story appears in print, the editor said.", None),
        ("This article appears in the 12 March 2025 issue of Carrow Life.", "site-footer"),
        (
            (
                "A version of this article appears in print on Sept. 12, 2025, Section A,"
                " Page 1 of the New York edition with the headline: Ferry Fares To Rise."
            ),
            "site-footer",
        ),
        # The day, page or sale after the paper's name, and the page after ``on``.
        (
            "This article appeared in the print edition of The Kelby Echo on June 1, 2025.",
            "site-footer",
        ),
        ("This story appeared in the May 9 edition of the Kelby Echo, page 7.", "site-footer"),
        ("This article appears in the June 2025 issue of Kelby Life, on sale now.", "site-footer"),
        (
            (
                "A version of this article appears in print on June 2, 2025, on Page B3 of the"
                " City edition with the headline: Library Hours Cut."
            ),
            "site-footer",
        ),
        # A note is short: a story's sentence that opens so runs on past the or
        # the paper's name, or past the day it was printed.
        (
            (
                "This story appeared in the first edition of the Gazette in 1900 and was"
                " reprinted in full on Saturday."
            ),
            None,
        ),
        ("This article appears in the 100th issue alongside pieces from its first editors.", None),
        ("This story appeared in print on Saturday and drew hundreds of letters.", None),
        # The story's own lines that open so, or report such a call, stay.
        ("Folge dem Geld, sagte der Ermittler, nicht den Nachrichten auf Telegram.", None),
        ("S\u00edguenos, gritaban los vecinos en la plaza.", None),
        ("Have your say on the plan, residents were told.", None),
        ("Write to us, the council asked, if the bins are not emptied.", None),
        ("Get the latest figures from the council, the mayor said.", None),
        ("Get the latest news, the mayor said", None),
        ("Happy days are here again", None),
        ("Sad, angry and tired", None),
        ("Love Wow", None),
        ("Facebook and Twitter both banned the account.", None),
        ("Got a story for the children, she asked.", None),
        # A story's sentence that opens with the verb alone (Portuguese ``segue``,
        # remains; German ``Folge``, consequence) and names an app.
        ("Segue em vota\u00e7\u00e3o na C\u00e2mara o projeto que limita o WhatsApp.", None),
        ("Folge des Ausfalls bei WhatsApp war ein Ansturm auf die Hotline.", None),
        ("Siga a audi\u00eancia pelo WhatsApp do sindicato.", None),
        # A question its sentence goes on to answer, a call with no address.
        ("Got a story? That is what the librarians ask every visitor on Saturdays.", None),
        ("Got a story? The team at the library wants to record it for the archive.", None),
        ("Write to us at Easter, the sailors asked their families in 1915.", None),
    ],
)
def test_calls_to_the_reader_under_the_story(line: str, rule: str | None) -> None:
    assert furniture_rule(line) == rule
