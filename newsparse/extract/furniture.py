"""Page furniture: lines that belong to the page, not the story.

Reading-time stamps, site footers, disclaimers, section labels and share prompts leave
the body; formats keep their spans under ``spans["furniture"]`` so nothing is lost.
One table serves every format, so a site's footer is learnt once.

Examples:
    >>> furniture_rule("3 min read")
    'reading-time'
    >>> furniture_rule("Download The Mint News App to get Daily Market Updates.")
    'site-footer'
    >>> furniture_rule("The minister said so.") is None
    True
    >>> furniture_rule("Herald Media Ltd. All rights reserved.")
    'copyright'
    >>> furniture_rule("All rights reserved, he said.") is None
    True
    >>> COPYRIGHT_NOTICE_RE.match("Copyright lawyers said so.") is None
    True
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

import regex

from newsparse import _regex
from newsparse._text import caseless, gate_key, holds_any
from newsparse.vocab import (
    ORGANISATION_WORDS,
    PAGE_ACCOUNT,
    PAGE_ADVERT,
    PAGE_COMMENTS,
    PAGE_COOKIE_VERBS,
    PAGE_HERE_LINKS,
    PAGE_LEGAL,
    PAGE_NAVIGATION,
    PAGE_NEWSLETTER,
    PAGE_PAYWALL,
    PAGE_RELATED,
    PAGE_RELATED_ALONE,
    PAGE_RIGHTS,
    PAGE_SHARE,
    PAGE_SIGNUP,
    PAGE_SIGNUP_OBJECTS,
    PAGE_TAGS,
    PAGE_TOOLS,
    SAYING_VERBS,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "COPYRIGHT_NOTICE_RE",
    "READING_TIME_RE",
    "furniture_rule",
    "is_button_row",
    "is_copyright_notice",
    "reading_minutes",
]


def __dir__() -> list[str]:
    return __all__


#: A reading-time stamp, alone or glued to other text: ``3 min read``, ``5 mins read``.
_READING_TIME = r"(?P<minutes>\d{1,3})\x20?(?:min|mins|minute|minutes)\x20read"
READING_TIME_RE = regex.compile(r"(?<!\d)" + _READING_TIME + r"\b", regex.IGNORECASE)
# The same with its label before the minutes, as a line of its own (``Read Time: 3
# mins``, ``Reading time: 4 minutes``): the furniture table's English alternative.
_LABELLED_READING_TIME_RE = regex.compile(
    r"\bRead(?:ing)?\x20time\x20?:?\x20?(?:about\x20)?(?P<minutes>\d{1,3})\x20?"
    r"(?:min\.?|mins|minutes?)(?!\w)",
    regex.IGNORECASE,
)

# A rights phrase (``All rights reserved``, vocab.PAGE_RIGHTS) stands as a notice, not
# quoted in a sentence: not after a word in lower case or an opening quote (``the sign
# said all rights reserved``, ``"All rights reserved``) nor before a comma, a semicolon
# or a closing quote (``All rights reserved, he said.``). A name or a year may stand
# before it (``Riverside Media Group All Rights Reserved``), and more notice after it.
_NOT_AFTER_PROSE = (
    r"(?<!(?-i:(?<![\p{L}\p{N}.@/])\p{Ll}[\p{Ll}'\u2019-]{0,40})\x20{1,3}"
    r"|[\"\u201c\u2018'\u00ab]\x20{0,2})"
)
_NOT_BEFORE_PROSE = r"(?![.!]?+\x20{0,3}+[,;\"\u201d\u2019'\u00bb])"


def _as_notice(phrase: str) -> str:
    """``phrase`` (a pattern) where it stands as a notice, not quoted in a sentence.

    The look-ahead comes first, so the look-behind runs only where the phrase starts.
    """
    return "(?=" + phrase + ")" + _NOT_AFTER_PROSE + phrase + _NOT_BEFORE_PROSE


# A line that reads as a sentence: three words in lower case in a row before any stop,
# and a stop after a word in lower case at its end (``Copyright Office officials said
# on Monday they would review the rules.``); a notice names its holder in capitals
# (``Copyright Harbour Media Ltd``), and any prose comes after a stop (``Copyright
# Agence France-Presse. Reproduction prohibited without permission of the publisher.``).
_NOT_A_SENTENCE = (
    r"(?![^\n.;]{0,300}?(?-i:\x20\p{Ll}{2,20}+\x20\p{Ll}{2,20}+\x20\p{Ll}{2,20}+)\b"
    r"[^\n\r]{0,300}+(?<=\p{Ll}[.!?][\"'\u201d\u2019]?+)(?![^\n\r]))"
)

#: A copyright or rights notice, matched at the start of a trimmed line (``\G``: only
#: there, however it is searched): ``Copyright``
#: or ``(c)`` opening it (not before two words in lower case, ``Copyright lawyers said``,
#: ``(c) the fund must report``, though ``(c) dpa`` is a notice; nor opening a sentence,
#: ``Copyright Office officials said so.``), a ``\u00a9`` (or ``(c)`` or ``Copyright``
#: and a year) in its first 200 characters, or a rights phrase as a notice writes it
#: (alone, or after a name, a year or a stop; not quoted in a sentence).
COPYRIGHT_NOTICE_RE = regex.compile(
    r"\G(?:(?:Copyright|\(c\))(?!\x20{1,3}(?-i:\p{Ll}[\p{L}'\u2019-]{0,30}+[,;:]?\x20{1,3}\p{Ll}))"
    + _NOT_A_SENTENCE
    + r"|[^\n]{0,200}(?:\u00a9|(?:\(c\)|Copyright)\x20?\d{4})|[^\n]{0,200}"
    + _as_notice(r"(?:All\x20rights\x20reserved|Alle\x20Rechte|Tous\x20droits|\L<page_rights>)")
    + ")",
    regex.IGNORECASE,
    page_rights=PAGE_RIGHTS,
)

# Words one of which every notice holds (as :func:`~newsparse._text.caseless` lowers
# them): the notice pattern is tried only on a line that holds one.
_NOTICE_WORDS = (
    "copyright", "(c)", "\u00a9", "all rights reserved", "alle rechte", "tous droits",
    *(gate_key(phrase) for phrase in PAGE_RIGHTS),
)  # fmt: skip


def is_copyright_notice(text: str, start: int, end: int) -> bool:
    """Whether :data:`COPYRIGHT_NOTICE_RE` matches at ``start`` in ``text[:end]``.

    The pattern scans up to 200 characters at each step of a long line, so it is
    tried only where one of its words occurs; the answer is the pattern's.

    Examples:
        >>> line = "Copyright 2023 The Harbour Times. All rights reserved."
        >>> is_copyright_notice(line, 0, len(line))
        True
        >>> line = "Copyright lawyers said the rule would change."
        >>> is_copyright_notice(line, 0, len(line))
        False
    """
    if not holds_any(caseless(text[start:end]), _NOTICE_WORDS):
        return False
    return _regex.match(COPYRIGHT_NOTICE_RE, text, start, end) is not None


# A breadcrumb trail set with spaced slashes after its first crumb (``Home / Science /
# Earth``): crumbs of a capital (or a digit) and at most three words more, the last
# of them perhaps the headline (``Home / Farming / Orchard growers count the cost``).
# A slash is prose's too (``Home / away fans were kept apart``, ``Search / rescue
# teams``): one long crumb, or one in lower case, is no trail. A script with no case
# (``होम / राज्य``, ``首页 / 社会``) opens a crumb with any of its letters.
_SLASH_CRUMB = r"(?-i:[\p{Lu}\p{N}\p{Lo}])[^\s/]{0,30}+(?:\x20[^\s/]{1,30}+){0,3}+(?!\x20++[^\s/])"
_SLASH_TRAIL = r"(?:\x20/\x20" + _SLASH_CRUMB + r"){1,8}+(?:\x20/\x20[^\n]{1,120}+)?"

# Each alternative is a whole line; the group name is the rule reported. ``\G`` holds
# every try to where the match starts (a line's start, as ``fullmatch`` gives it), so no
# search for the table can run its long alternatives at every position of a line; ``\Z``
# to where it ends (the line's end, as ``fullmatch`` requires), so neither can a search
# through a run of short matches (``3 min read 3 min read ...``) go on from each to the
# next.
#
# A few alternatives may start anywhere in a line, each at a phrase it must hold (a
# ``Click To Tweet`` button, a ``©``, a rights phrase, ``cookie``, ``newsletter``): a
# line without any of those phrases is matched against the table without them
# (``_OPENING_FURNITURE_RE``), where they cost the most to fail. Both give a line the
# same rule.
_CLICK_TO_TWEET = r"[^\n]{1,300}Click\x20[Tt]o\x20Tweet"
_COPYRIGHT_SIGN_ANYWHERE = r"[^\n]{0,60}©\x20?\d{4}[^\n]{0,200}"
_RIGHTS_ANYWHERE = (
    r"[^\n]{0,200}" + _as_notice(r"All\x20[Rr]ights\x20[Rr]eserved") + r"[^\n]{0,300}"
)
_PAGE_RIGHTS_ANYWHERE = r"[^\n]{0,40}" + _as_notice(r"\L<page_rights>") + r"[^\n]{0,30}"
_NEWSLETTER_ANYWHERE = r"[^\n]{0,40}\b[Nn]ewsletters?\b[^\n]{0,40}"
# A call to sign up for a newsletter that closes a short blurb: ``More where that came
# from. Sign up for The Daily Brief to get the free newsletter in your inbox.`` At most
# 120 characters before it, and nothing after its sentence; a full stop inside a word
# is no sentence's end (``Subscribe to NJ.com's newsletters.``).
_SIGNUP_CLOSE_ANYWHERE = (
    r"(?:[^\n]{1,120}?[.!?]\x20)?(?-i:Sign\x20up|Subscribe)\x20(?:for|to)\x20"
    r"(?:[^\n.!?]|\.(?=\w)){0,150}?\b(?:newsletters?|inbox)\b[^\n.!?]{0,80}+[.!]?"
)
# A site's note on its shop links, anywhere in a line that names links or buying, in its
# own voice (``we``, ``this article``): ``If you buy through our links we may earn a
# small commission``, ``The Herald has affiliate partnerships and earns on products
# purchased through its links``; or, after the reader's purchase through a link, in its
# publisher's name (``If you buy something from a Herald link, Harbour Media may earn a
# commission``); not a report (``said``, ``warned``, ``found``, quotation marks) or
# news of commissions (``Amazon will cut the affiliate commissions it pays``).
_AFFILIATE_ANYWHERE = (
    r"(?=[^\n]{0,500}?\b(?:links?|purchases?|purchased|buy|bought)\b)"
    r"(?![^\n]{0,500}?(?:\b(?:said|told|warned|found|reported|according)\b|[\"\u201c\u201d]))"
    r"[^\n]{0,200}\b(?:(?:we|this\x20(?:article|post|page|site|story)"
    r"|(?<=\bif\x20you\x20(?:buy|purchase|shop|click)\b[^\n]{0,150}?\blinks?\b[^\n,]{0,60}?,\x20)"
    r"[^\n,.]{1,60}?)"
    r"\x20(?:may|might|could)"
    r"\x20(?:earn|receive|get)\x20(?:a\x20|an\x20)?(?:small\x20)?(?:affiliate\x20)?commission"
    r"|(?:contains?|uses?|includes?|has|have)\x20affiliate\x20(?:links|partnerships))\b"
    r"[^\n]{0,300}"
)
# A site's note that marks its shop links, not in English alone: a footnote on the
# links it marks (``*Links marked with an asterisk are affiliate links.``, ``*Bei den
# mit Sternchen markierten Links handelt es sich um Affiliate-Links.``), a note under
# one (``Ce lien est affilié : nous pouvons percevoir une commission.``) or the site's
# word in French that a purchase earns it a commission; not a report (``said``,
# ``sagte``, ``a déclaré``, quotation marks: ``The retailer said the links are
# affiliate links.``).
_AFFILIATE_NOTE_ANYWHERE = (
    r"(?![^\n]{0,300}?(?:\b(?:said|told|warned|found|reported|according|sagte|erklärte"
    r"|a\x20(?:déclaré|affirmé|indiqué)|selon)\b|[\"\u201c\u201d\u201e\u00ab\u00bb]))"
    # A report's clause (``..., the regulator's report shows``, ``..., a établi
    # l'enquête``) makes the line the story's.
    r"(?![^\n]{0,300}?,\x20[^\n,]{0,60}?\b(?:shows?|showed|shown|finds|revealed|reveals|notes"
    r"|noted|concluded|concludes|établi|révélé|révèle|montre|montré|zeigt|zeigte|ergab)\b)"
    # The site marks the links or speaks of its own: ``*``, ``marked``, ``our``, ``we``,
    # ``on this page``, one link it sets (``this link``).
    r"(?=[^\n]{0,200}?(?:\*|\b(?:marked|marqués?|markiert\w*|gekennzeichnet\w*|Sternchen"
    r"|asterisks?|astérisques?|our|we|nos|notre|nous|unsere?[mnrs]?|wir|this\x20link"
    r"|ce\x20lien|dieser\x20Link|(?:on|in)\x20this\x20(?:page|site|article|post|story)"
    r"|(?:sur|dans|de)\x20(?:cette\x20page|ce\x20site|cet\x20article)"
    r"|(?:auf|in)\x20(?:dieser\x20Seite|diesem\x20Artikel|diesem\x20Beitrag))\b)"
    # Or by a pointing word or the name of its page (``These links``, ``Links in this
    # review``, ``Les liens de ce guide``, ``the links below``) in a note that ends at
    # the links' name or goes on to what they earn the site (``..., which earn a small
    # commission``, ``... and help fund the site``): a report's goes on otherwise
    # (``These links are affiliate links run from a server in another country``).
    r"|(?=[^\n]{0,200}?\b(?:this|these|ce|ces|cet|cette|below|above|review|guide|list"
    r"|roundup|newsletter|website)\b)"
    r"(?=[^\n]{0,200}?(?:affiliate[-\x20]links?|liens?\x20affili\w*|affili(?:é|ée|és|ées))"
    r"(?:\.?\x20?(?![^\n])|,?\x20(?:which|and|that|qui|et)\x20(?:may\x20|can\x20|will\x20)?"
    r"(?:earn|earns|help|helps|support|supports|fund|funds|pay|pays|mean|means|nous)\b)))"
    r"\*?[^\n]{0,120}?\b(?:links?|liens?)\b[^\n]{0,80}?"
    r"(?:\b(?:are|is|sind|ist|sont|est)\b|handelt\x20es\x20sich\x20um)\x20"
    r"(?:(?:so-called|sogenannte|sogenannten|des|ein|eine|an)\x20)?"
    r"(?:affiliate[-\x20]links?\b|liens?\x20affili|affili(?:é|ée|és|ées)\b)[^\n]{0,200}"
    r"|(?=[^\n]{0,300}?\b(?:liens?|achats?|achetez|acheter)\b)"
    r"[^\n]{0,200}?\bnous\x20(?:pouvons\x20|pourrions\x20)?(?:percevoir|percevons|toucher"
    r"|touchons|recevoir|recevons)\x20(?:une\x20)?(?:petite\x20)?commission\b[^\n]{0,200}"
)
# The site's own call in capitals, at most 80 characters, to its app, news or alerts:
# ``GET THE HERALD APP BY CLICKING HERE``. In lower case such a call may be the story's
# (``Click here to read the report``), and another one quotes a message (``TICKET
# CANCELLED - CLICK HERE FOR REFUND``).
_CLICK_HERE_ANYWHERE = (
    r"(?-i:(?=[^\p{Ll}\n]{0,80}+$)"
    r"(?=[^\n]{0,80}?\b(?:APP|NEWS|NEWSLETTERS?|NOTIFICATIONS|ALERTS|SUBSCRIBE|READ|WATCH"
    r"|LISTEN|DOWNLOAD|FOLLOW|ON\x20THE\x20GO)\b)"
    r"[^\n]{0,70}?CLICK(?:ING)?\x20HERE[^\n]{0,70}+)"
)
# A magazine's offer of issues at a price, in a line that speaks to the reader: it
# opens with the call (``Subscribe today: 5 issues for just \u00a35``, ``Try 3 issues
# for $1``), or the offer opens it or a sentence of it and the line asks the reader to
# click or names the reader's letterbox or inbox (``Get the Monthly delivered
# through your letterbox. 12 issues for \u00a311.99. Click here ...``). A line that
# reports or quotes is none (a verb of saying, vocab.SAYING_VERBS, or a quotation mark:
# ``... subscribers get 12 issues for \u00a324, the publisher announced``), nor is an
# offer its sentence goes on to tell of (``Try 3 issues for $1 deals became common``).
_ISSUES_OFFER_ANYWHERE = (
    r"(?![^\n]{0,400}?(?:\b(?:\L<saying_verbs>)\b|[\"\u201c\u201d\u201e\u00ab\u00bb]))"
    r"(?:(?-i:Subscribe|Try|Get)\b[^\n]{0,100}?\b"
    r"|(?=[^\n]{0,300}?(?:click\x20here|\byour\x20(?:letterbox|inbox|mailbox)\b))"
    r"(?:[^\n]{0,200}?[.!?:]\x20)?)"
    r"\d{1,3}\x20(?:issues|editions)\x20for\x20(?:just\x20|only\x20)?"
    r"(?:[\u00a3$\u20ac]\x20?\d|\d[\d.,]{0,8}\x20?(?:[\u00a3$\u20ac]|euros?|pounds|dollars))"
    r"(?![^\n.!?]{0,60}\b(?:is|are|was|were|became|becomes|become)\b)"
    r"[^\n]{0,200}"
)
# A comment section's house rules in the site's voice, a line of their own: ``Postmedia
# is committed to maintaining a lively but civil forum for discussion. Please keep
# comments relevant and respectful.`` The plea opens the line or one of its sentences;
# the forum is one the line's subject is committed to keeping. Not a report (a verb of
# saying, a quotation mark: ``Please keep comments civil, the moderator wrote``), nor a
# plea its sentence goes on to tell of (``Please keep comments civil was the group's
# only rule``), as with a magazine's offer.
_COMMENT_RULES_ANYWHERE = (
    r"(?![^\n]{0,600}?(?:\b(?:\L<saying_verbs>)\b|[\"\u201c\u201d\u201e\u00ab\u00bb]))"
    r"(?:(?:[^\n]{0,300}?[.!]\x20)?Please\x20keep\x20(?:your\x20|all\x20)?comments\b"
    r"(?![^\n.!?;,]{0,80}\b(?:is|are|was|were|became|becomes|become|has\x20been|had\x20been)\b)"
    r"|[^\n]{1,80}?\x20(?:is|are)\x20committed\x20to\x20(?:maintaining|keeping|providing)\x20"
    r"(?:a|an)\x20[^\n.]{0,40}?forum\x20for\x20discussion\b)"
    r"[^\n]{0,600}"
)
# A count of comments in brackets: ``[ 167 comments ]`` (the web page reader's thread
# heads read it too).
_BRACKETED_COMMENT_COUNT = r"\[\x20?\d{1,6}\x20Comments?\x20?\]"
# A link set in brackets between paragraphs: its label, then its title, capitalised and
# with no full stop (the closing bracket follows).
_BRACKET_LINK_LABEL = r"Read\x20(?:more|also)|Also\x20read|\L<page_related>"
_BRACKET_LINK_TITLE = r"\s?:\x20?(?-i:[\p{Lu}\d])[^\n]{0,200}"
# A button whose script link the flattening glued to its label, a word: ``保存javascript:void(0)``
# (save), ``大javascript:void(0)javascript:void(0)`` (text size: large). Not a link after a
# space or after code (``href=javascript:void(0)``): articles about scripts write those.
# At most 69 characters, so only short lines can hold it.
_SCRIPT_LINK_ANYWHERE = r"\p{L}{1,12}?(?:(?-i:javascript:)(?:(?-i:void)\(0\);?|;)){1,3}+"
# A pager's link to the story before or after: ``Previous``, ``Next Post``.
_PAGER = r"(?:Previous|Prev|Next)(?:\x20(?:Post|Article|Story))?"
# The social networks a site asks its readers to follow it on.
_NETWORKS = (
    r"Instagram|Facebook|Twitter|X|YouTube|TikTok|LinkedIn|Snapchat|Threads|Bluesky"
    r"|Mastodon|WhatsApp|Telegram"
)
# A call to follow the site or join its channel in other languages, in its imperative
# shape: the verb with the reader's object pronoun (``Siga-nos``, ``Segue a gente``,
# ``Folgen Sie uns``, ``S\u00edguenos``), with the site's possessive (``Rejoignez notre``,
# ``Tritt unserem``) or with an article and the channel's word (``Siga o canal do Di\u00e1rio``,
# ``Tritt dem WhatsApp-Kanal bei``). The verb alone is no call: Portuguese ``segue``
# (remains), German ``Folge`` (consequence) open sentences of a story (``Segue em an\u00e1lise
# a proposta que pro\u00edbe o WhatsApp``, ``Folge der St\u00f6rung bei WhatsApp waren ...``).
_CHANNEL_CALL = (
    r"(?:Rejoignez|Suivez)(?:-nous|\x20(?:nous|notre|nos)\b)"
    r"|\u00danete(?:nos)?\x20(?:a\x20nuestr[oa]s?\b|al\x20canal\b)|S\u00edguenos"
    r"|Sigue\x20nuestr[oa]s?\b"
    r"|(?:Siga|Segue)(?:-nos|\x20(?:(?:o|a)\x20)?(?:noss[oa]s?\b|a\x20gente\b))"
    r"|Seguici|Seguiteci|Segui\x20(?:(?:il|la|i|le)\x20)?nostr[oaie]\b"
    r"|(?:Folgen\x20Sie|Folge|Tritt)\x20(?:uns|unserem|unserer|unseren|unserm)\b"
    r"|Volg\x20(?:ons|onze)\b|Ikuti\x20kami\b"
    r"|(?:Rejoignez|Suivez|Siga|Segue|Segui|Sigue|Tritt|Folge|Folgen\x20Sie|Volg|Ikuti)"
    r"\x20(?:(?:o|a|le|la|il|el|dem|der|den|het|de)\x20)?(?:[^\s,.;:!?]{1,30}?[\x20-])?"
    r"(?:canal|cha\u00eene|canale|Kanal|kanaal|saluran|channel|comunidade|communaut\u00e9"
    r"|comunidad|grupo|gruppo|groupe|Gruppe|Community)\b"
)
# Where a reader may write to the site: an e-mail address, a web address, a phone
# number, a postal address (a street's number, a PO box), a social network or the site's
# form (``Write to us at letters@herald.example``, ``... at 12 Quay Street, Harwick``).
_CONTACT = (
    r"[\w.+-]{1,64}@[\w-]{1,63}\.\w|https?://|\bwww\.|\b[\w-]{2,63}\.(?:com|org|net|co\.uk|news)\b"
    r"|\+?\d[\d\x20().-]{6,16}\d|\bP\.?O\.?\x20Box\b|\b\d{1,5}[a-z]?\x20(?-i:\p{Lu})\w+"
    r"|\b(?:" + _NETWORKS + r")\b|\b(?:our|the)\x20(?:[\w-]{1,20}\x20){0,3}(?:form|address|inbox)\b"
    r"|\bcontact\x20(?:us\x20)?page\b"
)
# What a tip line's call asks under its question (``Got a story? Email ...``, ``Have a
# news tip? Get in touch``).
_TIP_CALLS = (
    r"E-?mail|Contact|Call|Send|Get\x20in\x20touch|Tell\x20us|Let\x20us\x20know|Write|Message"
    r"|Text|Reach|Drop\x20us|Share\x20it|Submit|Click|Tap|We\x20want|We['\u2019]d\x20love"
    r"|We\x20would\x20love"
    # The desk's word to the reader: ``Our reporters want to hear from you``, ``The
    # newsroom is always listening``.
    r"|(?:Our|The)\x20(?:reporters|journalists|newsroom|news\x20desk|editors|team)\b"
    r"(?=[^\n.!?]{0,60}?\b(?:hear\x20from\x20you|listening|your\x20(?:tips?|stor(?:y|ies))))"
)
# The buttons a row of share buttons holds (the ``share`` rule reads each alone too).
_SHARE_BUTTONS = (
    r"Facebook|Twitter|(?-i:X)|LinkedIn|WhatsApp|Pinterest|Reddit|E-?mail|Print|Telegram"
    r"|Tumblr|Instagram|YouTube|Flipboard|Messenger|Threads|Bluesky"
)
# The moods a row of buttons under a story offers the reader (three of them at least).
_MOODS = r"Happy|Sad|Angry|Surprised|Inspired|Amused|Excited|Shocked|Afraid|Love|Wow|Haha"
# A row of the networks' buttons left on one line (``Facebook  Twitter  Email``,
# ``Facebook | X | WhatsApp``), and one of three moods or more (``Happy Sad Angry``), in
# capitals as the buttons print them: the table's ``share`` and ``tools`` rules, and
# :func:`is_button_row`.
_SHARE_ROW = (
    r"(?:"
    + _SHARE_BUTTONS
    + r")(?:(?:\x20{1,3}|\x20?[|\u00b7\u2022/]\x20?)(?:"
    + _SHARE_BUTTONS
    + r")){1,8}+"
)
_MOOD_ROW = (
    r"(?-i:(?:" + _MOODS + r")(?:\x20{1,3}(?:[|\u00b7\u2022]\x20{1,3})?(?:" + _MOODS + r")){2,9}+)"
)
# A Japanese page's link to more (vocab.PAGE_HERE_LINKS), after a link's arrow or not,
# with a stop or not: at most 13 characters.
_HERE_LINK_ANYWHERE = (
    r"(?:[>\uff1e\u00bb\u203a\u25b6\u2192]\x20?)?\L<page_here_links>[\u3002!\uff01]?"
)
_COOKIE_NOTICE = r"""
        [^\n]{0,300}\b(?:use|uses|using|accept|consent\x20to)\x20(?:of\x20)?cookies\b[^\n]{0,400}
      # ``Wir verwenden Cookies``, ``Nous utilisons des cookies``, ``используем файлы cookie``
      | [^\n]{0,300}\b\L<page_cookie_verbs>\x20
        (?:des\x20|les\x20|i\x20|los\x20|as\x20|os\x20|de\x20|\u0444\u0430\u0439\u043b\u044b\x20)?
        cookies?\b[^\n]{0,400}
      # A consent banner's notice in its standard wording, with or without cookies:
      # ``We and our 180 partners store and access information on your device ...``,
      # ``With your permission we and our partners may use precise geolocation data
      # ...``. Not a report (a verb of saying or a quotation mark), and only with what
      # such a notice is about: a device, personal data, identifiers, geolocation, ads;
      # a charity's ``we and our partners collect 20,000 coats`` is its own story.
      | (?![^\n]{0,800}?(?:\b(?:\L<saying_verbs>)\b|["\u201c\u201d]))
        (?=[^\n]{0,800}?\b(?:devices?|personal\x20data|identifiers?|geolocation|cookies?
          |personali[sz]ed\x20(?:ads|advertising|content)|ads?\x20and\x20content)\b)
        (?:[^\n]{0,60}?\x20)?we\x20and\x20our\x20(?:\d{1,4}\x20)?(?:partners|vendors)
        \x20(?:may\x20)?(?:store|use|process|access|collect)\b[^\n]{0,800}
"""


def _table_source(*, anywhere: bool) -> str:
    """The furniture table's source; ``anywhere=False`` leaves out the alternatives said above."""

    def a(branch: str) -> str:
        return branch if anywhere else "(?!)"

    return (
        r"""
    \G(?:
    (?P<reading_time> """
        + _READING_TIME
        + r"""
      # Other languages': ``Lesezeit: 3 Min.``, ``Temps de lecture : 3 min``, ``3 Min.
      # Lesezeit``, and Le Monde's ``Lecture 3 min.``.
      | (?:Lesezeit|Lesedauer|Temps\x20de\x20lecture|Tiempo\x20de\x20lectura|Tempo\x20di
        \x20lettura|Tempo\x20de\x20leitura|Leestijd|Waktu\x20baca|Lecture|Lettura)\x20?:?\x20?
        (?:ca\.\x20|environ\x20)?\d{1,3}\x20?(?:Min\.?|Minuten|min\.?|minutes?|minutos|minuti
        |minuten|menit)
      | \d{1,3}\x20?(?:Min\.?|Minuten|min\.?|minutos|minuti)\x20(?:Lesezeit|Lesedauer
        |de\x20lecture|de\x20lectura|di\x20lettura|de\x20leitura|leestijd)
      # A label before the minutes in English too, as NDTV sets it: ``Read Time: 3 mins``,
      # ``Reading time: 4 minutes``.
      | Read(?:ing)?\x20time\x20?:?\x20?(?:about\x20)?\d{1,3}\x20?(?:min\.?|mins|minutes?)
    )
  | (?P<site_footer>
        Catch\x20all\x20the\x20[^\n]{0,300}?(?:Live\x20?Mint|Mint)[^\n]{0,300}
      # The Economic Times' in brackets: ``(Catch all the Business News, Breaking News
      # Events and Latest News Updates on The Economic Times.)``.
      | \(Catch\x20all\x20the\x20[^\n]{0,300}?\x20(?:on|at)\x20[^\n]{1,100}\)
      | Download\x20The\x20Mint\x20News\x20App[^\n]{0,200}
      # Hindustan Times' cricket pages: ``Catch every big hit, every wicket with Crickit,
      # a one stop destination for Live Scores, Match Stats, ... Explore now!``
      | Catch\x20every\x20big\x20hit,\x20every\x20wicket\x20[^\n]{0,300}
      | (?:Catch|Get)\x20(?:all\x20)?the\x20latest\x20[^\n]{0,200}\x20(?:on|at)\x20[^\n]{1,100}
      # The same call with no site named and no stop: ``Get Latest India News along with
      # Latest News and Top Headlines from India and around the world``. Not a report (a
      # verb of saying, a quotation mark).
      | (?![^\n]{0,300}?(?:\b(?:\L<saying_verbs>)\b|[\"\u201c\u201d\u201e\u00ab\u00bb]))
        (?:Catch|Get)\x20(?:all\x20)?(?:the\x20)?latest\x20[^\n.!?]{0,40}?\b(?:news|headlines)
        \b[^\n.!?]{0,200}
      # A site's sign-off under the story: a dash and its address alone (``\u2013
      # Harbour.com``), as the Philippine sites sign every story; not a hyphen, a list's
      # bullet (``- Tickets.com``).
      | [\u2013\u2014]\x20?(?-i:\p{Lu})[\w-]{1,40}+\.(?:com|net|org|news|co(?:\.[a-z]{2})?
        |com\.[a-z]{2}|[a-z]{2})
      # A magazine's or a paper's note on the issue or the edition that printed the
      # story: ``This article appears in the February 2025 issue of Carrow Life.``, ``A
      # version of this article appears in print on September 12, 2025 of the City
      # edition.``, ``... on Sept. 12, 2025, Section A, Page 1 of the New York edition
      # with the headline: ...``. The note is short: it ends at the name of what printed
      # it, its words capitalised, or at the date of the print, a section or a page
      # after it (a story's sentence runs on: ``This story appeared in the first
      # edition of the Gazette in 1900 and was reprinted ...``). Not a report (a verb
      # of saying, a quotation mark).
      | (?![^\n]{0,300}?(?:\b(?:\L<saying_verbs>)\b|[\"\u201c\u201d\u201e\u00ab\u00bb]))
        (?:A\x20version\x20of\x20)?this\x20(?:article|story)\x20(?:originally\x20)?appear(?:s|ed)
        \x20(?:
          in\x20print
          (?:\x20on\x20(?:\d{1,2}\x20)?[\p{L}.]{0,12}\x20?(?:\d{1,2},?\x20)?\d{4}|\x20on\x20{1,2})?
          (?:,?\x20(?:on\x20)?(?:Section|Page|of\x20the|with\x20the\x20headline)\b[^\n]{0,200}|\.?)
        | in\x20the\x20[^\n.]{1,60}?\x20(?:issue|edition)
          (?:\x20of\x20(?:the\x20)?(?-i:\p{Lu})[\w'\u2019&.-]*+
            (?:\x20(?:(?-i:\p{Lu})[\w'\u2019&.-]*+|of|and|&|magazine|newspaper)){0,5})?
          # What may follow the paper's name: the day, section or page it printed on,
          # or that the issue is on sale (``... of The Sunday Star on March 9, 2025.``,
          # ``... of the Carrow Herald, page 12.``, ``... of Island Life, on sale now.``).
          (?:,?\x20(?:
              on\x20(?:\d{1,2}\x20)?(?-i:\p{Lu})[\p{L}.]{2,11}\x20?(?:\d{1,2}(?:,?\x20\d{4})?|\d{4})
            | (?:on\x20)?(?:Section|Page|p\.)\x20?[A-Z]?\d{0,3}[A-Z]?\b
            | (?:on\x20sale|out|available|on\x20newsstands)(?:\x20now)?
          )){0,3}\.?
        )
      # A web story's note on the paper's edition that printed it, under its last
      # paragraph (Pakistan's papers): ``Published in Dawn, December 7th, 2023.`` The
      # line is the paper's name and a full date, nothing more (``Published in 1998,
      # the book ...`` is prose).
      | Published\x20in\x20(?-i:\p{Lu})[^\n,.]{1,60}?,\x20
        (?:(?-i:\p{Lu})\p{Ll}{2,8}\.?\x20\d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th)\x20
        (?-i:\p{Lu})\p{Ll}{2,8}\.?),?\x20\d{4}\.?
    )
  | (?P<disclaimer>
        Disclaimer\s?:[^\n]{0,2000}
      # A site's note on its contributors' views: ``Opinions expressed by Herald
      # Contributors are their own.``
      | Opinions\x20expressed\x20by\x20(?:[^\n.]{1,60}?\x20)?(?:contributors|writers|authors
        |columnists|bloggers)\x20are\x20their\x20own\.?
      # A site's note under a signed opinion: ``The views expressed in this column are
      # those of the author and do not necessarily reflect ...``, ``The views expressed
      # here are the writer's own.``, ``... in this commentary are his own.``; not a
      # report (a verb of saying: ``The views expressed in the letter are those of the
      # authors, the ministry said.``).
      | (?![^\n]{0,400}?\b(?:\L<saying_verbs>)\b)
        (?:The\x20)?(?:views|opinions)(?:\x20and\x20(?:views|opinions))?\x20expressed\x20
        (?:(?:in|on)\x20this\x20(?:column|article|piece|post|story|commentary|op-ed|essay
          |letter|blog(?:\x20post)?|opinion\x20piece|guest\x20column)\x20
         |here(?:in)?\x20|by\x20(?:the\x20)?(?:authors?|writers?|columnists?|contributors?)\x20)?
        (?:are|is)\x20(?:solely\x20|entirely\x20)?
        (?:those\x20of\x20(?:the\x20)?(?:authors?|writers?|columnists?|contributors?)\b
         |(?:the\x20)?(?:author|writer|columnist|contributor)(?:['\u2019]s|s['\u2019])\x20own\b
         |(?:his|her|their|my)\x20own\b)
        [^\n]{0,300}
      | This\x20story\x20has\x20been\x20published\x20from\x20a\x20wire\x20agency\x20feed[^\n]{0,300}
      # A science news site's source note under the story: ``Materials provided by
      # University of Arden. Note: Content may be edited for style and length.``
      | (?:Materials\x20(?:provided|supplied)\x20by\x20[^\n]{1,200}?\x20)?
        Note:\x20Content\x20may\x20be\x20edited\x20for\x20style\x20and\x20length\.?
      # A markets page's note on its prices: ``All quotes delayed a minimum of 15
      # minutes. See here for a full list of exchanges and delays.``, ``Market data
      # delayed by at least 20 minutes.``; not ``Prices are delayed 10 minutes, the
      # exchange said``.
      | (?:All\x20)?(?:quotes|market\x20data|data|prices)\x20(?:are\x20|is\x20)?delayed\x20
        (?:a\x20minimum\x20of\x20|by\x20)?(?:at\x20least\x20|up\x20to\x20)?\d{1,2}\x20
        min(?:utes?|s)?\.?(?:\x20See\x20[^\n]{0,120})?
      | \(?Except\x20for\x20the\x20headline,\x20this\x20story\x20has\x20not\x20been\x20
          edited[^\n]{0,300}
      | \(?Only\x20the\x20headline\x20(?:and\x20picture\x20)?of\x20this\x20
          report[^\n]{0,400}
      | \(?This\x20(?:article|story)\x20(?:has\x20been|was)\x20generated[^\n]{0,300}
        # A report is what much news is about (``This report was generated from surveys
        # in 40 countries``): only an automatic one is a disclaimer.
      | \(?This\x20(?:article|story|report)\x20(?:has\x20been|was|is)\x20
          (?:auto-?|automatically\x20)generated[^\n]{0,300}
        # Syndicating sites: ``(This story has not been edited by our staff and is
        # auto-generated from a syndicated feed.)``
      | \(?This\x20(?:article|story|report)\x20has\x20not\x20been\x20edited\x20by\x20
          [^\n]{0,300}?(?:auto-?generated|syndicated|agency\x20feed|news\x20agency)[^\n]{0,300}
      | """
        + a(_AFFILIATE_ANYWHERE)
        + r"""
      | """
        + a(_AFFILIATE_NOTE_ANYWHERE)
        + r"""
    )
  | (?P<standards> Our\x20Standards:\x20[^\n]{0,200} )
  | (?P<label>
        # ``More Less``: Mint's button that opens and closes its topics, flattened.
        More(?:\x20Less)? | Topics | You\x20May\x20Like | Subscribe(?:\x20for\x20free)?
      | Advertisement | ADVERTISEMENT | Share | Share\x20this\x20(?:article|story) | Read\x20more
      | Related(?:\x20(?:Stories|Articles|News))? | Comments | Trending(?:\x20Stories)?
      | Also\x20Read\s?:[^\n]{0,300} | ALSO\x20READ\s?:?[^\n]{0,300} | Read\x20Also\s?:[^\n]{0,300}
      | Also\x20read\s?\|[^\n]{0,300}
      # A science news site's labels around the story: ``FULL STORY`` over it, ``Story
      # Source:``, ``Journal Reference:`` and ``Cite This Page:`` under it.
      | Full\x20story | Story\x20source\s?: | Journal\x20references?\s?:
      | Cite\x20this\x20page\s?:
    )
  | (?P<no_text> [^\p{L}\p{N}]{1,200} )
  | (?P<navigation>
        Skip\x20(?:to\x20)?(?:main\x20)?(?:content|navigation|links) | Toggle\x20navigation
      | (?:Main\x20)?Menu | Search(?:\x20for)?\s?:? | Home | Sections | Back\x20to\x20top\x20?\p{S}?
      | Scroll\x20to\x20top | Previous(?:\x20(?:Post|Article|Story))?
      | Next(?:\x20(?:Post|Article|Story))?
      | Prev | (?:Load|Show|See|View)\x20(?:more|all)[^\n]{0,40} | Close | Go\x20to | Top
      # With their arrows: ``\u2190 Previous Story``, ``\u00ab Previous Post Next Post \u00bb``.
      | [\u2190\u00ab\u2039<]\x20?"""
        + _PAGER
        + r"""(?:\x20{1,3}(?:Next|Previous)(?:\x20(?:Post|Article|Story))?\x20?
        [\u2192\u00bb\u203a>])?
      | """
        + _PAGER
        + r"""\x20?[\u2192\u00bb\u203a>]
      | Home\x20(?:\p{S}|>|/(?=\S))[^\n]{0,200} | Home"""
        + _SLASH_TRAIL
        + r"""
      # A video player's next clip: ``Up next``, ``Up Next:``. (AP's ``UP NEXT`` in
      # capitals heads the teams' next games under a game story: the story's.)
      | (?-i:Up\x20[Nn]ext|up\x20next):? | Top\x20of\x20(?:the\x20)?page
      | """
        + a(_HERE_LINK_ANYWHERE)
        + r"""
      # A live blog's controls.
      | Pinned(?:\x20post)? | Key\x20events | Show\x20key\x20events\x20only
      # Other languages' (vocab.PAGE_NAVIGATION), also opening a breadcrumb trail:
      # ``Startseite > Politik``. Not after a slash, as webpage's chrome-head has it:
      # those words are common nouns too (``Recherche / développement``).
      | \L<page_navigation> (?:\x20?[>\u203a\u00bb]\x20?[^\n]{0,200})?
    )
  | (?P<account>
        Sign\x20?(?:in|up|out) | Log\x20?(?:in|out) | Register | My\x20Account | Subscribe\x20now
      | Subscriber\x20Services | Create\x20(?:an\x20)?account | Sign\x20In\x20/\x20Register
      | \L<page_account>
    )
  | (?P<share>
        (?:Share\x20(?:on|via)\x20)?(?:Facebook|Twitter|LinkedIn|WhatsApp|Pinterest|Reddit|E-?mail
        |Print|Telegram|Tumblr|Instagram|YouTube|Flipboard|Messenger)
      | Tweet | Share\x20?: | Share\x20this:? | Share\x20(?:this|the)\x20link:?
      | Copy\x20(?:the\x20)?(?:link|URL)
      | Link\x20Copied!? | Link
      # Twitter's new name, as a row of networks sets it alone on a line (a lower-case
      # ``x`` closes a box). A Roman numeral X heading an essay's section is read so too,
      # as furniture: far rarer in news than the row.
      | (?-i:X)
      | """
        + a(_CLICK_TO_TWEET)
        + r"""
      | Share\x20(?:full\x20)?(?:article|story|page) | Follow\x20@\w{1,30}[^\n,;]{0,60}
      # A writer's page on a network, as AP closes a story: ``Follow Jo Roe at
      # x.com/joroe``, ``Follow Jo Roe on X: https://x.com/joroe``; the address ends it.
      # A person's name, not a group's (``Follow Dunmore Ferry Watch at ...``).
      | Follow\x20(?-i:(?!The\x20)\p{Lu}[\p{L}.'-]{0,30}+(?:\x20\p{Lu}[\p{L}.'-]{0,30}+){1,2}+
          (?<!\x20(?:"""
        + "|".join(ORGANISATION_WORDS)
        + r""")))
        (?:\x20on\x20(?:X|Twitter|Bluesky|Threads|Instagram|Facebook|LinkedIn)\x20?:?)?
        \x20(?:at\x20)?(?:https?://)?(?:www\.)?
        (?:twitter|x|instagram|threads|bsky|facebook|linkedin)\.(?:com|net|app)
        /[^\s()]{1,100}+
      | Like\x20this\x20(?:story|article)\?\x20Share\x20it\x20with\x20
        (?:a\x20friend|your\x20friends)!?
      # The same call in other languages: a question whether the reader liked it, then
      # the call to share it (``Gostou? Compartilhe com seus amigos!``, ``Vous avez aimé
      # cet article ? Partagez-le``, and in Russian).
      # The question names only what was read, or nothing (``Gostou?``): ``Hat Ihnen der
      # Minister geantwortet? Teilen Sie uns mit ...`` asks of something else.
      | \u00bf?(?:Gostou|Curtiu|Te\x20gust\u00f3|Vous\x20avez\x20aim\u00e9
          |Ti\x20\u00e8\x20piaciut[oa]|\u041f\u043e\u043d\u0440\u0430\u0432\u0438\u043b\u0430\u0441\u044c|Hat\x20(?:Ihnen|dir))
        (?:[^\n?]{0,25}?\b(?:artigo|mat\u00e9ria|not\u00edcia|post|conte\u00fado|texto|dica|nota
          |art\u00edculo|article|articolo|Artikel|Beitrag|\u0441\u0442\u0430\u0442\u044c\u044f
          |\u043f\u0443\u0431\u043b\u0438\u043a\u0430\u0446\u0438\u044f
          |\u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b)\b[^\n?]{0,15})?\x20?\?\x20
        (?:Compartilhe|Partilhe|Comp\u00e1rt|Partagez|Condividi|Teilen|Teile
          |\u041f\u043e\u0434\u0435\u043b\u0438\u0442\u0435\u0441\u044c)[^\n]{0,60}
      # Google's button to follow the site in its results, by the header: ``Add as a
      # preferred source on Google``, ``Add NDTV as a trusted source``, ``Make us your
      # preferred source on Google``.
      | (?:Add|Make)\x20(?:[^\n]{1,40}?\x20)?(?:as\x20)?(?:a\x20|your\x20)?
        (?:preferred|trusted)\x20source(?:\x20on\x20Google)?
      # The same button's image, by its text: ``Google Preferred Source badge``.
      | Google\x20(?:preferred|trusted)\x20source(?:\x20badge)?
      | \L<page_share>\x20?[:\uff1a]?
      # A row of the networks' buttons left on one line: ``Facebook  Twitter  Email``,
      # ``Facebook | X | WhatsApp``. Only their names: a sentence names one beside words.
      | """
        + _SHARE_ROW
        + r"""
    )
  | (?P<comments>
        \d{0,6}\x20?Comments?(?:\x20\(\d{1,6}\))? | Leave\x20a\x20(?:comment|reply)[^\n]{0,40}
      # The count in brackets: ``[ 167 comments ]``.
      | """
        + _BRACKETED_COMMENT_COUNT
        + r"""
      | (?:Post|Add|Write)\x20a\x20comment
      | You\x20must\x20be\x20logged\x20in\x20to\x20post\x20a\x20comment\.?
      | (?:Show|View|Hide|Read)\x20(?:all\x20)?comments[^\n]{0,40}
      | Reply | Report
      # A comment's row of buttons, one of them to reply or to report: ``Like Reply``,
      # ``Reply \u00b7 Share``, ``Like | Report``.
      | (?=[^\n]{0,40}?\b(?:Reply|Report)\b)(?:Like|Reply|Report|Share)
        (?:\x20{1,3}(?:[\u00b7\u2022|]\x20{1,3})?(?:Like|Reply|Report|Share|Flag)){1,3}
      | Join\x20the\x20(?:conversation|discussion|debate)
      # The call for the readers' letters, alone or with how to send them: ``Have your
      # say: Email letters@herald.example``, ``Write to us at letters@herald.example to
      # share your views on this story.``
      | Have\x20your\x20say(?:\x20?[:!.\u2013\u2014-]\x20?(?:E-?mail|Write|Send|Comment|Tell\x20us)
        \b[^\n]{0,200})?
      # Only with where to write: ``Write to us at Christmas, the soldiers asked`` reports.
      | Write\x20to\x20us\x20(?:at|on|via)\x20(?=[^\n]{0,120}?(?:"""
        + _CONTACT
        + r"""))[^\n]{1,200}
      | (?:Please\x20enable\x20JavaScript\x20to\x20view\x20the\x20)?comments\x20powered\x20by
        \x20Disqus\.?
      | Please\x20enable\x20JavaScript\x20to\x20view\x20the\x20comments\.?
      # A comment form's and a comment section's notices.
      | Your\x20email\x20address\x20will\x20not\x20be\x20published[^\n]{0,200}
      | Required\x20fields\x20are\x20marked[^\n]{0,40}
      # Only for this story, or with more after a stop: ``Comments have been disabled on
      # the minister's video after ...`` is a report.
      | Comments?\x20(?:are|is|have\x20been)\x20(?:closed|moderated|disabled|turned\x20off)
        (?:\x20(?:for|on)\x20this\x20(?:article|story|post|page))?
        (?:[.!][^\n]{0,300}|\x20and\x20(?:generally\x20|usually\x20)?(?:may|will|can|are|is)
        \x20[^\n]{0,200})?
      # A comment section's note that the readers' views are not the site's: ``Comments
      # expressed here do not reflect the opinions of the Tribune or its staff.``
      | Comments\x20(?:expressed|posted|published)\x20(?:here|below|on\x20this\x20(?:site|page
        |website))\x20(?:do\x20not|don't|are\x20not)\x20(?:necessarily\x20)?(?:reflect|represent)
        \x20[^\n]{0,300}
      | """
        + a(_COMMENT_RULES_ANYWHERE)
        + r"""
      | Commenting\x20(?:is|has\x20been)\x20(?:closed|disabled|turned\x20off)
        (?:\x20(?:for|on)\x20this\x20(?:article|story|post|page))?(?:[.!][^\n]{0,100})?
      # Other languages' labels (vocab.PAGE_COMMENTS), with a count: ``Kommentare (3)``.
      | \L<page_comments> (?:\x20?\(\d{1,6}\))?
    )
  | (?P<legal>
        Privacy(?:\x20Policy|\x20Notice)?
      | Terms(?:\x20of\x20(?:Use|Service))?(?:\x20&\x20[^\n]{1,40})?
      | Cookie\x20(?:Policy|Settings|Preferences) | Contact(?:\x20Us)? | About(?:\x20Us)?
      | Advertise(?:\x20with\x20us)? | Site\x20?map | Accessibility[^\n]{0,20} | Careers | Help
      | FAQs? | RSS(?:\x20Feeds?)? | (?:Your\x20)?Ad\x20Choices?
      | Do\x20Not\x20Sell\x20My\x20[^\n]{1,60} | Corrections | Masthead
      # A wire service's page: ``Acquire Licensing Rights, opens new tab`` (Reuters).
      | Acquire\x20Licensing\x20Rights(?:,\x20opens\x20new\x20tab)?
      # Other languages' footer links (vocab.PAGE_LEGAL), one or several on a line,
      # apart or run together: ``Impressum | Datenschutz``, ``ImpressumDatenschutz``.
      # The spaces are taken whole (no word opens with one): spaces that either side of
      # an optional separator could take gave 2**12 ways to fail a line.
      | \L<page_legal> (?:\x20{0,3}+(?:[|\u00b7\u2022/]\x20{0,3}+)?\L<page_legal>){0,12}
    )
  | (?P<copyright>
        (?:©|\(c\)|Copyright\x20(?:©\x20?)?\d{4})[^\n]{0,300}
      # ``Copyright`` and the holder's name alone, closed by a full stop (``Copyright
      # PUNCHLINE.``, ``Copyright Harbour Media Ltd.``): no subheading (``Copyright
      # Claims``, ``COPYRIGHT CLAIMS``) or sentence (``Copyright lawyers said so.``).
      | (?-i:(?:Copyright|COPYRIGHT)\x20
        [\p{Lu}\p{N}][\p{L}\p{N}&'\u2019-]{0,30}+
        (?:\x20(?:[\p{Lu}\p{N}&][\p{L}\p{N}&'\u2019.-]{0,30}|of|and|the|de|du)){0,6}?\.)
      | """
        + a(_COPYRIGHT_SIGN_ANYWHERE)
        + r"""
      # A rights phrase as a notice writes it, not quoted in a sentence.
      | """
        + a(_RIGHTS_ANYWHERE)
        + r"""
      # Other languages' (vocab.PAGE_RIGHTS), in a short line: ``Alle Rechte vorbehalten.``
      | """
        + a(_PAGE_RIGHTS_ANYWHERE)
        + r"""
      | (?:This|The)\x20(?:document|material|content|article|story)\x20(?:is\x20subject\x20to
        \x20copyright|may\x20not\x20be\x20(?:published|reproduced|copied|redistributed))[^\n]{0,400}
    )
  # A consent banner's title and buttons: ``We value your privacy``, ``Accept all``,
  # ``Accept cookies``, ``Allow all``.
  | (?P<consent>
        We\x20value\x20your\x20privacy | (?:Accept|Reject)\x20all(?:\x20cookies)?
      | Your\x20privacy\x20(?:matters|is\x20important)(?:\x20to\x20us)? | Show\x20purposes
      | I\x20(?:accept|agree)
      | (?:Accept|Reject|Allow)\x20(?:all\x20)?cookies | Allow\x20all
      | Manage\x20(?:preferences|cookies|options|settings|consent)
    )
  | (?P<cookie_notice>"""
        + a(_COOKIE_NOTICE)
        + r"""    )
  | (?P<advert>
        Ad | Ads | Sponsored(?:\x20Content)? | (?:Video\x20)?Ad\x20Feedback
      | Promoted(?:\x20(?:Content|Stories|Links))?
      # The slot's label set off by dashes, brackets or a number: ``- Advertisement -``,
      # ``[Advertisement]``, ``Advertisement 1``, ``Advertisement \u00b7 Scroll to continue``.
      | [-\u2013\u2014(\[*\x20]{0,4}+(?:Advertisement|Advertising)(?:\x20\d{1,2})?
        [-\u2013\u2014)\]*\x20]{0,4}+
      | Advertisement\x20?[-\u2013\u2014\u00b7|:]\x20?(?:scroll|continue)[^\n]{0,40}
      | (?:The\x20)?(?:Story|Article|Content|Text)\x20continues\x20(?:below|after)
        (?:\x20(?:this\x20|the\x20)?(?:ad|advert|advertisement))?
      # The note an empty slot prints: ``This advertisement has not loaded yet, but your
      # article continues below.``
      | This\x20(?:advertisement|advert|ad)\x20has\x20not\x20loaded\x20yet(?:,\x20but\x20your\x20
        (?:article|story)\x20continues\x20below)?\.?
      | Continue\x20reading\x20below(?:\x20(?:the\x20)?(?:ad|advertisement))?
      | Continue\x20reading(?:\x20the\x20(?:main\x20|full\x20)?(?:story|article))?
      | Keep\x20reading | Scroll\x20to\x20continue\x20with\x20content
      # A sponsor's name, not a clause: ``Sponsored by the mayor, the bill passed`` is a
      # report.
      | Paid\x20(?:Content|Post) | Sponsored\x20(?:links|stories|by\x20[^\n,;:!?]{1,60})
      # Other languages' slots and cuts (vocab.PAGE_ADVERT): ``Anzeige``, ``Publicité``.
      | \L<page_advert>
      # A slot that sells itself: ``Advertise with the Herald``, also in Thai.
      | Advertise\x20(?:with|on)\x20[^\n]{1,40}
      # A markets page's widget of the shares a story names, set between its paragraphs
      # as a slot is (its rows are read with it: ``Related tickers``).
      | (?:Related|Mentioned)\x20(?:tickers|quotes|stocks|securities)\s?:?
      # The site's own call in capitals to click (``_CLICK_HERE_ANYWHERE``).
      | """
        + a(_CLICK_HERE_ANYWHERE)
        + r"""
      # A magazine's offer of issues (``_ISSUES_OFFER_ANYWHERE``).
      | """
        + a(_ISSUES_OFFER_ANYWHERE)
        + r"""
      | \u0e25\u0e07\u0e42\u0e06\u0e29\u0e13\u0e32[^\n]{0,40}
    )
  | (?P<paywall>
        # The rest is for subscribers: ``This article is for subscribers only``.
        (?:This|The\x20rest\x20of\x20this)\x20(?:article|story|content|post)\x20is\x20
        (?:only\x20|exclusively\x20)?(?:available\x20|reserved\x20)?(?:to|for)\x20
        (?:our\x20)?(?:paid\x20|premium\x20|digital\x20)?(?:subscribers|members)[^\n]{0,200}
      | (?:Subscribe|Log\x20in|Sign\x20in|Register)\b[^\n]{0,40}\x20to\x20
        (?:continue|keep|finish)\x20reading[^\n]{0,200}
      # ``To keep reading, subscribe``, not ``To keep reading levels up, schools ...``.
      | To\x20(?:continue|keep)\x20reading(?:\x20(?:this|the)\x20(?:full\x20)?
        (?:article|story|post))?(?:[,:.!]|\x20please)[^\n]{0,200}
      # The reader's limit of free articles, not ``your credit limit``.
      | You(?:\x20have|'ve|\u2019ve)\x20reached\x20your\x20(?:[^\n]{0,30}
        (?:article|story|stories|free|monthly|reading|page|view)[^\n]{0,20}\x20)?limit
        (?:\x20of\x20(?:free\x20)?(?:articles|stories|pages|views)[^\n]{0,200}|[.!,:][^\n]{0,200})?
      | Already\x20(?:a\x20subscriber|have\x20an\x20account|a\x20member)\?[^\n]{0,100}
      | (?:Subscribers?|Members?)\x20only\.?
      # Other languages' (vocab.PAGE_PAYWALL): ``Article réservé aux abonnés``; also
      # in brackets, full-width or not, before the notice's sentence (``[Members only] ...``).
      | \L<page_paywall>\.?
      | [\[\uff3b\u3010]\L<page_paywall>[\]\uff3d\u3011][^\n]{0,200}
    )
  | (?P<tools>
        # A page's tools around the story: listen, save, gift, text size, report an error.
        Listen(?:\x20(?:now|to\x20(?:this|the)\x20(?:article|story)))?(?:\x20\d{1,3}\x20?min)?
      | Save(?:\x20(?:article|story|for\x20later|to\x20(?:my\x20)?list))? | Saved
      | Bookmark | Gift\x20(?:this\x20)?(?:article|story) | Reuse\x20this\x20content
      # A feedback widget under the story: ``Was this article helpful?``, ``Did you
      # find this story useful?``.
      | (?:Was\x20this|Did\x20you\x20find\x20this)\x20(?:article|story|page|post|content
        |information)\x20(?:helpful|useful)\??
      # A photo's reprint button (``Buy Now`` under a picture on a newspaper's page).
      | Buy\x20(?:now|this\x20photo)
      | """
        + a(_SCRIPT_LINK_ANYWHERE)
        + r"""
      # A feature's notice when scripts are off: ``Please turn on JavaScript to use
      # this feature`` (a live blog's key events), ``Enable JavaScript to view this
      # content``.
      | (?:Please\x20)?(?:turn\x20on|enable|activate)\x20(?:your\x20)?JavaScript\x20to\x20
        (?:use|view|see|play)\x20this\x20(?:feature|content|video|page|map|chart)\.?
      | (?:Font|Text)\x20size
      # A text-size control's buttons, each on a line: ``Normal text size``, ``Larger
      # text size``, ``Very large text size``.
      | (?:Normal|Default|Standard|Small|Smaller|Medium|Large|Larger|Very\x20large
        |Extra\x20large|Increase|Decrease)\x20(?:text|font)\x20size
      # A save button's note to a reader signed out: ``Log in, register or subscribe to
      # save articles for later.``
      | (?:Log\x20in|Sign\x20in|Register|Subscribe)\b[^\n]{0,40}?\x20to\x20save\x20
        (?:this\x20)?(?:articles?|stories|story)(?:\x20for\x20later)?[.!]?
      # A box of buttons for the reader's mood over the story: ``How does this make you
      # feel?``
      | How\x20does\x20this\x20(?:story\x20|article\x20)?make\x20you\x20feel\?
      # A button that opens a box (a sign-up box's, a list's) left on a line of its own.
      | Expand
      | Add\x20to\x20(?:favou?rites|(?:my\x20)?reading\x20list|my\x20list)
      | Report\x20(?:an\x20error|a\x20typo|a\x20problem|an\x20issue)
      # The button, not a report of what someone told residents to do.
      | Suggest\x20a\x20correction | Download\x20(?:our|the)\x20(?:free\x20)?app
        (?:\x20(?:now|here|today|for\x20[^\n,]{1,40}|(?:on|from)\x20[^\n,]{1,40}))?[.!]?
      # The tip line's call: alone, then how to reach the desk (``Got a story? Email
      # news@herald.example``); a story's question that its sentence goes on to tell of is
      # none (``Got a story? That is the question volunteers put to ...``).
      | (?:Have|Got)\x20a\x20(?:news\x20)?(?:tip|story(?:\x20(?:idea|tip))?)\?
        (?:\x20(?:"""
        + _TIP_CALLS
        + r""")\b[^\n]{0,200}|\x20(?=[^\n]{0,160}?(?:"""
        + _CONTACT
        + r"""))[^\n]{1,200})?
      # The site's call to its app's alerts: ``Get news alerts on your phone. Download the
      # app``.
      | Get\x20(?:breaking\x20)?news\x20(?:alerts|notifications)(?:\x20[^\n.!?,]{1,60})?[.!]?
        (?:\x20Download\x20(?:our|the)\x20(?:free\x20)?app[^\n]{0,60})?
      # A row of buttons for the reader's mood under the story: ``Happy Sad Angry``.
      | """
        + _MOOD_ROW
        + r"""
      # Other languages' (vocab.PAGE_TOOLS): ``Artikel anhören``, ``Imprimer``.
      | \L<page_tools>
    )
  | (?P<gallery>
        # A photo gallery's counter and buttons: ``Image 1 of 12``, ``3/12``, ``Enlarge
        # this image``, ``toggle caption``, ``Next image``.
        (?:(?:Image|Photo|Picture|Slide|Foto|Bild)\x20)?\d{1,3}\x20?(?:of|/)\x20?\d{1,3}
      | (?:Bild|Photo|Foto|Imagen|Immagine|Imagem|Afbeelding|Gambar)\x20\d{1,3}\x20
        (?:von|sur|de|di|van|dari)\x20\d{1,3}
      | Enlarge\x20(?:this\x20)?(?:image|photo) | Expand\x20(?:this\x20)?(?:image|photo)
      | (?:Toggle|Hide|Show)\x20caption
      | (?:Next|Previous|Prev)\x20(?:image|photo|slide|picture)
      | (?:Open|View|Launch|See)\x20(?:the\x20)?(?:full\x20)?(?:photo\x20)?(?:gallery|slideshow)
      | Full\x20?screen
      # What a page shows where its script would run the slideshow.
      | This\x20(?:photo\x20)?(?:slideshow|gallery)\x20requires\x20JavaScript\.?
    )
  | (?P<embed>
        # The frame of an embedded post: ``View this post on Instagram``, ``A post shared
        # by Jane Doe (@jdoe) on Aug 14, 2023``.
        View\x20(?:this|the\x20full)\x20(?:post|photo|video|profile)\x20on\x20
        (?:"""
        + _NETWORKS
        + r""")
      # With the account's handle: ``A video shared by the police on Tuesday shows ...``
      # is a report.
      | A\x20(?:post|photo|video)\x20shared\x20by\x20[^\n()]{1,100}\(@[\w.]{1,30}\)[^\n]{0,100}
      | Watch\x20on\x20(?:YouTube|Vimeo|TikTok)
      # A video player's chrome.
      | Watch\x20now | Skip\x20(?:ad|advertisement) | Loading(?:\x20video)?(?:\.{1,3}|\u2026)?
      # A video advert's end card: ``Thanks for watching! Visit Website``.
      | Thanks\x20for\x20watching!\x20?Visit\x20(?:the\x20)?(?:Website|Site)
      | This\x20video\x20(?:can\x20?not|can't|cannot|is\x20not|isn't)\x20(?:be\x20)?
        (?:played|available|unavailable)[^\n]{0,80}
      # What a page shows where its script would run the player or the graphic.
      | This\x20(?:video|content|feature|interactive|map|chart|graphic|player|embed)
        \x20requires\x20JavaScript\.?
      | Please\x20enable\x20JavaScript\x20to\x20(?:view|see|watch|play)\x20(?:this|the)\x20
        (?:video|content|feature|interactive|map|chart|graphic|player|embed)\.?
    )
  | (?P<related>
        Related(?:\x20(?:Content|Posts|Links|Coverage|Topics|Articles?|Stor(?:y|ies)|Reading))?\s?:?
      | (?:Related|See\x20also|RELATED|SEE\x20ALSO)\x20?:\x20[^\n]{1,200}
      # AP's link to its next video, label and title on one line (a game story's own
      # ``UP NEXT`` section, with no ``AP's``, is the story's).
      | (?-i:AP['\u2019]s\x20UP\x20NEXT)\x20?:\x20?[^\n]{1,200}
      | More\x20(?:from|on|in)\x20[^\n]{1,40} | More\x20(?:news|stories|articles|coverage)
      # A syndicated copy's link to where the story first ran, under it: ``Originally
      # published as Ferry service suspended after hull crack found`` (a headline, with
      # no stop; ``Originally published in 1998, the book ...`` is prose).
      | Originally\x20published\x20as\x20(?-i:[\p{Lu}\p{N}'\u2018"\u201c])[^\n]{1,200}(?<![.!?,;:])
      # A link to another story of the site, named by its address: ``Also on
      # herald.example Ferry fares to rise`` (not ``Also on 5.30am Friday, ...``).
      | Also\x20on\x20(?=[\w-]{0,39}\p{L})[\w-]{1,40}+(?:\.[\w-]{1,20}+){1,3}+(?<=\.\p{L}{2,10})
        \x20(?-i:\p{Lu})[^\n]{1,200}
      # A link that asks to see, read or watch another story (``Also: See the storm's
      # path``); ``Also: The mayor told the meeting ...`` is the story's.
      | Also\x20?:\x20(?:See|Read|Watch|Listen\x20to)\x20[^\n]{1,200}(?<![.!?"\u201d])
      # A link between paragraphs under a bare ``READ:`` (the Philippine papers'): its
      # title capitalised, with no stop at its end (``READ: Senate panel probes rice
      # smuggling``); not ``Read: the full statement.`` nor a sentence.
      | Read\x20?:\x20(?-i:[\p{Lu}\p{N}'\u2018"\u201c])[^\n]{1,200}(?<![.!?:"\u201d])
      | In\x20other\x20news | Most\x20(?:Popular|Read|Viewed|Shared)[^\n]{0,20}
      | Trending\x20Now | Recommended(?:\x20for\x20you|\x20videos?)?
      | You\x20(?:may|might)\x20(?:also\x20)?like[^\n]{0,20} | Read\x20(?:next|more:?[^\n]{0,200})
      | Editor['\u2019]?s\x20Picks | Top\x20Stories | Latest(?:\x20News)? | Popular\x20Posts
      | Recent\x20Posts | Don't\x20miss
      # Other languages' labels (vocab.PAGE_RELATED), trailing off (``...``) or with an
      # optional ``: headline`` (the colon full-width too, U+FF1A, as Japanese and
      # Chinese write it, or a bar, as Le Monde sets ``Lire aussi | Titre``); those
      # that open sentences too only alone.
      | \L<page_related> (?:\.{2,3}|\u2026)?
        (?:\s?[:\uff1a]\x20?[^\n]{0,200}|\x20\|\x20[^\n]{1,200})?
      | \L<page_related_alone> (?:\.{2,3}|\u2026|\s?:)?
      # A link set in brackets between paragraphs, its title capitalised and with no
      # full stop: ``(Read more: Title)``, ``(Leggi anche su: Titolo)``, ``[Related:
      # Title ]``. Not ``(See also: Table 3)`` or ``[Read more: the statement is
      # below.]``, which point inside the text.
      | \((?:"""
        + _BRACKET_LINK_LABEL
        + r""")(?:\x20su)?"""
        + _BRACKET_LINK_TITLE
        + r"""(?<!\.)\)
      | \[(?:Related|"""
        + _BRACKET_LINK_LABEL
        + r""")"""
        + _BRACKET_LINK_TITLE
        + r"""(?<!\.\x20?)\]
    )
  | (?P<author_box>
        # The heading of a box about the author: ``About the author``. (``About`` and a
        # name is left alone: ``About New York`` may head a section of the story.)
        (?:About|\u00dcber|\u00c0\x20propos\x20de|Sobre|Acerca\x20de)\x20
        (?: the\x20(?:author|writer)s? | den\x20Autor(?:in|en)? | die\x20Autorin(?:nen)?
          | l['\u2019]aut(?:eur|eure|rice) | el\x20autor | la\x20autora )
      | Acerca\x20del\x20autor
    )
  | (?P<tags>
        (?:Tags?|Topics?|Filed\x20under|Categories|Keywords)\s?[:\uff1a][^\n]{0,200}
      # Other languages' labels (vocab.PAGE_TAGS), some of which name a label or a
      # keyword in prose too (``Etiquetas: qué cambia para los consumidores`` heads a
      # section of a story on food labels): alone, or over up to three words, a list
      # parted by commas or bars, or words none of which opens in lower case.
      | \L<page_tags>\s?[:\uff1a]
        (?:\x20?[^\s,;|]{1,40}(?:\x20[^\s,;|]{1,40}){0,2}
         |\x20?[^\n,;|]{1,60}(?:\x20?[,;|\u00b7\u2022\u3001]\x20?[^\n,;|]{1,60}){1,30}
         |\x20?(?-i:(?!\p{Ll}))[^\s,;|]{1,40}(?:\x20(?-i:(?!\p{Ll}))[^\s,;|]{1,40}){0,30})?
    )
  | (?P<newsletter>
        Newsletters? | Sign\x20up\x20(?:for|to)\x20[^\n]{0,200} | Subscribe\x20to\x20[^\n]{0,200}
      # A link's words may open the call (``Click here to join our WhatsApp channel``),
      # and a like the follow (``Like and follow us on Facebook``).
      | (?:(?:Click|Tap)\x20here\x20to\x20|Like\x20(?:and|&)\x20)?(?:Join|Follow)\x20(?:us|our)\x20
        [^\n]{0,200}
      # A call to join the site's channel on a messaging app: ``Join the Herald's
      # Telegram channel and get the latest breaking news delivered to you.``
      # No comma after it: ``Join the agency's WhatsApp channel for updates, the minister
      # told residents`` reports a call.
      | (?:(?:Click|Tap)\x20here\x20to\x20)?Join\x20[^\n]{1,40}?\x20
        (?:Telegram|WhatsApp|Viber|Signal)\x20channel\b[^\n,]{0,200}
      # The same call in other languages, in its imperative shape (_CHANNEL_CALL), the
      # app named within a few words, no comma or stop before it: ``Rejoignez notre
      # cha\u00eene WhatsApp``, ``S\u00edguenos en WhatsApp``, ``Folgen Sie uns auf
      # WhatsApp``.
      | (?=[^\n,.;:!?]{0,80}?\b(?:Telegram|WhatsApp|Viber)\b)(?:"""
        + _CHANNEL_CALL
        + r""")[^\n,]{0,160}
      # A call to follow the site or a column on its networks, a line of its own:
      # ``Follow Newsbeat on Instagram, Facebook and YouTube.``
      | (?-i:Follow)\x20(?:the\x20)?(?-i:\p{Lu})[^\n,.;:!?]{0,60}?\x20on\x20(?-i:"""
        + _NETWORKS
        + r""")(?:(?:,\x20|,?\x20and\x20|\x20&\x20)(?-i:"""
        + _NETWORKS
        + r""")){0,8}+\.?
      # The same call with a like on the site's page: ``Like Business on Facebook, follow
      # @HeraldBiz on Twitter to stay informed and join in the conversation.``
      | Like\x20(?-i:\p{Lu})[^\n,.]{0,40}?\x20on\x20Facebook,?\x20(?:and\x20)?follow\x20@\w{1,30}
        \x20on\x20(?-i:"""
        + _NETWORKS
        + r""")(?:\x20to\x20[^\n"\u201c\u201d]{1,120})?\.?
      | If\x20you\x20(?:enjoyed|liked|like|value)\x20(?:this|our)\x20
        (?:article|story|post|journalism)[^\n]{0,600}
      # A sign-up box's consent notice, as a network of papers prints it under each
      # box: ``We use your sign-up to provide content in ways you've consented to ...``.
      | We\x20use\x20your\x20sign-up\x20to\x20provide\x20content[^\n]{0,400}
      # The small print under a sign-up box's button, in the reader's person: ``By
      # signing up, you agree to our Terms of Use and Privacy Policy.``, ``By clicking
      # Subscribe, I consent to ...``. Not a report (a verb of saying, a quotation mark:
      # ``By signing up, you agree to hand over your data, critics warned.``). The site
      # speaks in it (``our``, ``us``) or names what the box's small print is about (to
      # receive its e-mails, its privacy notice, its terms of use): a story explaining a
      # scheme's rules to the reader (``By registering your dog, you confirm that it has
      # been microchipped.``) does neither.
      | (?![^\n]{0,500}?\b(?:\L<saying_verbs>)\b)
        (?=[^\n]{0,500}?\b(?:our|us|to\x20receiv(?:e|ing)|privacy|terms\x20(?:of|and|&)
          |user\x20agreement|marketing|newsletters?)\b)
        By\x20(?:signing\x20up|subscribing|registering|clicking|tapping|submitting|entering
        |providing|continuing)\b[^\n.!?"\u201c\u201d]{0,80}?,?\x20(?:you|I)
        \x20(?:agree|consent|acknowledge|accept|confirm|understand)\b[^\n"\u201c\u201d]{0,400}
      | """
        + a(_NEWSLETTER_ANYWHERE)
        + r"""
      | """
        + a(_SIGNUP_CLOSE_ANYWHERE)
        + r"""
      | \L<page_newsletter>
      # Other languages' calls to sign up (vocab.PAGE_SIGNUP), alone or before a short
      # object with no stop, comma or quote that names what is signed up to or how
      # (vocab.PAGE_SIGNUP_OBJECTS): ``Suscríbete a nuestro boletín``. A line of the
      # story that opens with one is a sentence (``Suscríbete al canal, dijo.``) or a
      # sub-heading (``Inscríbete en el registro electoral``).
      | \L<page_signup>
        (?: \x20 (?=[^\n.,;:!?"\u201c\u201d\u00ab\u00bb]{0,60}?(?<![\p{L}\p{M}'\u2019-])
                  \L<page_signup_objects>(?![\p{L}\p{M}'\u2019-]))
            [^\n.,;:!?"\u201c\u201d\u00ab\u00bb]{1,60}+ )? \x20?!?
    )
    )\Z
    """
    )


# The vocab tables the table names (``\L<page_navigation>`` ...).
_TABLE_LISTS: dict[str, frozenset[str] | tuple[str, ...]] = {
    "page_navigation": PAGE_NAVIGATION,
    "page_account": PAGE_ACCOUNT,
    "page_share": PAGE_SHARE,
    "page_legal": PAGE_LEGAL,
    "page_rights": PAGE_RIGHTS,
    "page_cookie_verbs": PAGE_COOKIE_VERBS,
    "page_related": PAGE_RELATED,
    "page_related_alone": PAGE_RELATED_ALONE,
    "page_newsletter": PAGE_NEWSLETTER,
    "page_signup": PAGE_SIGNUP,
    "page_signup_objects": PAGE_SIGNUP_OBJECTS,
    "page_advert": PAGE_ADVERT,
    "page_paywall": PAGE_PAYWALL,
    "page_comments": PAGE_COMMENTS,
    "page_tools": PAGE_TOOLS,
    "page_tags": PAGE_TAGS,
    "page_here_links": PAGE_HERE_LINKS,
    "saying_verbs": SAYING_VERBS,
}


def _table(*, anywhere: bool) -> regex.Pattern[str]:
    """The furniture table, its named lists spelt as tries (:func:`_regex.literal_trie`).

    The table is only ever matched whole against a line (``fullmatch``), where a trie
    and the named list it spells let the same lines match the same group (each word a
    line may hold there is tried in turn): the rule is the same, found in about two
    thirds of the time. Tests compare both forms.
    """
    source = _table_source(anywhere=anywhere)
    for name, words in _TABLE_LISTS.items():
        source = source.replace(f"\\L<{name}>", f"(?:{_regex.literal_trie(sorted(words))})")
    return regex.compile(source, regex.VERBOSE | regex.IGNORECASE)


_FURNITURE_RE = _table(anywhere=True)
_OPENING_FURNITURE_RE = _table(anywhere=False)

# No rule of the table matches a longer line (the longest is a disclaimer's).
_LONGEST_FURNITURE = 2_100
# The table is a long alternation, and trying it costs a few microseconds a line, so a
# cheap necessary test comes first. Every rule begins with a digit, with a character
# that is not a letter or digit, or with one of ``_OPENERS`` (compared with the line
# made :func:`~newsparse._text.caseless`), or else matches a phrase anywhere in the
# line that holds one of ``_ANYWHERE``. Lines longer
# than ``_SHORT_LINE`` can match only the few rules with long tails: they begin with one
# of ``_LONG_OPENERS``, hold one of ``_LONG_ANYWHERE``, or have no letter or digit at
# all (``no_text``, up to ``_LONGEST_NO_TEXT``). A rule added to the table must keep its
# opening words here; tests compare the gated and ungated answers on every golden line,
# on an example of every rule and on arbitrary text.
_SHORT_LINE = 100
_LONGEST_NO_TEXT = 200
# ``This`` or ``The`` open a rule only before one of these nouns.
_THIS_OR_THE = tuple(
    f"{det} {noun} "
    for det in ("this", "the")
    for noun in ("document", "material", "content", "article", "story", "report")
)
# How a site's note on a signed opinion's views opens (``The views expressed ...``).
_VIEWS_OPENERS = (
    "the views expressed ", "the views and opinions ", "views expressed ",
    "the opinions expressed ", "the opinions and views ",
)  # fmt: skip
_LETTER_OR_DIGIT_RE = regex.compile(r"[\p{L}\p{N}]")


# The tables of vocab in other languages, as gate keys: each opens the line it matches.
_PAGE_OPENERS = tuple(
    gate_key(w)
    for w in (
        *PAGE_NAVIGATION, *PAGE_ACCOUNT, *PAGE_SHARE, *PAGE_LEGAL, *PAGE_NEWSLETTER, *PAGE_SIGNUP,
        *PAGE_ADVERT, *PAGE_PAYWALL, *PAGE_COMMENTS, *PAGE_TOOLS,
    )
)  # fmt: skip
# Of those, the ones whose rule may run past a short line: breadcrumbs, footer links.
_PAGE_LONG_OPENERS = tuple(gate_key(w) for w in (*PAGE_NAVIGATION, *PAGE_LEGAL))
# The related-story labels' keys, short lines' and long lines' openers both.
_RELATED_OPENERS = tuple(gate_key(w) for w in (*PAGE_RELATED, *PAGE_RELATED_ALONE))
# How a sign-up box's small print opens (``By signing up, you agree ...``).
_SMALL_PRINT_OPENERS = tuple(
    f"by {w}"
    for w in (
        "signing up", "subscribing", "registering", "clicking", "tapping", "submitting",
        "entering", "providing", "continuing",
    )
)  # fmt: skip
_OPENERS = (
    # reading time, site footers, disclaimers, standards, labels
    "catch ", "get ", "download ", "disclaimer", *_THIS_OR_THE, "except ", "only ",
    "opinions expressed ", *_VIEWS_OPENERS, "materials provided by ", "materials supplied by ",
    "note: content ", "journal reference", "cite this ",
    "all quotes ", "quotes ", "market data ", "data ", "prices ",
    "our standards",
    "more", "topic", "you ", "subscribe", "advertis", "share", "read ", "reading time",
    "related", "ap's up next", "ap\u2019s up next",
    "comment", "trending", "also read",
    # navigation, account, share
    "skip ", "toggle ", "main ", "menu", "search", "home", "section", "back ", "scroll ",
    "previous", "next", "prev", "load ", "show ", "see ", "view ", "close", "go ", "top",
    "up ", "sign", "log", "register", "my ", "create ", "facebook", "twitter", "linkedin",
    "whatsapp", "pinterest", "reddit", "e-mail", "email", "print", "telegram", "tumblr",
    "instagram", "youtube", "flipboard", "messenger", "tweet", "copy ", "link", "x",
    # comments, legal, copyright, adverts, related, tags, newsletters
    "leave ", "post ", "add ", "write ", "hide ", "reply", "report", "like ", "privacy",
    "terms",
    "cookie ", "contact", "about", "site", "accessibility", "careers", "help", "faq", "rss",
    "your ", "ad", "\u0e25\u0e07\u0e42\u0e06\u0e29\u0e13\u0e32",  # Thai: advertise
    "do not ", "corrections", "masthead", "copyright", "sponsored", "acquire ", "we value ",
    "was this ", "did you find ",
    "i accept", "i agree",
    "we use your sign-up ", *_SMALL_PRINT_OPENERS,
    "accept all", "reject all", "manage ", "accept cookies", "reject cookies", "allow all",
    "video ", "promoted", "story ", "continue ", "paid ", "most ", "recommended", "editor",
    "latest", "popular ", "recent ", "don't ", "tag", "filed ", "categories", "keywords",
    "newsletter", "join ", "follow ", "if you ", "make ",
    # comment notices, adverts' cuts, paywalls
    "required ", "article ", "content ", "keep ", "this post ", "the rest of ", "to ",
    "you've ", "you\u2019ve ", "already ", "member", "a post ", "a photo ", "a video ",
    "pinned", "key events", "have your say", "image ", "photo ", "picture ", "slide ",
    "foto ", "enlarge ", "expand", "open ", "launch ", "full", "listen", "save",
    "normal ", "default ", "standard ", "buy ", "small", "medium ", "large", "very large ",
    "extra large ", "increase ", "decrease ",
    "bookmark", "gift", "reuse ", "font ", "text ", "suggest ", "have a ", "got a ",
    "watch ", "loading", "thanks for watching", "like this ", "also on ", "also:", "also :",
    "this video ", "please ", "in other news", "the text ",
    "this slideshow ", "this gallery ", "this photo ", "this feature ", "this interactive ",
    "this map ", "this chart ", "this graphic ", "this player ", "this embed ",
    "this advertisement ", "this advert ", "this ad ", "read:", "read :", "published in ",
    "originally published as ", "how does this ", "google ", "tap here ", "happy ", "sad ",
    "a version of this ",
    "angry ", "surprised ", "inspired ", "amused ", "excited ", "shocked ", "afraid ", "love ",
    "wow ", "haha ", "rejoignez ", "suivez ", "rejoignez-", "suivez-", "\u00fanete ",
    "s\u00edguenos ", "siga ", "siga-", "segue ", "segue-", "segui ", "seguici ", "seguiteci ",
    "sigue ", "folgen sie ", "folge ", "tritt ", "volg ", "ikuti ",
    "lesezeit", "lesedauer", "temps de lecture", "tiempo de lectura", "tempo di lettura",
    "tempo de leitura", "leestijd", "waktu baca", "lecture ", "lettura ", "bild ", "imagen ",
    "immagine ", "imagem ", "afbeelding ", "gambar ",
    "\u00fcber ", "\u00e0 propos ", "sobre ", "acerca ",
    # share calls after a question (``Gostou? Compartilhe ...``)
    "gostou", "curtiu", "te gust\u00f3 ", "vous avez aim\u00e9 ", "ti \u00e8 piaciut",
    "\u043f\u043e\u043d\u0440\u0430\u0432\u0438\u043b\u0430\u0441\u044c", "hat ihnen ", "hat dir ",
    *_RELATED_OPENERS, *_PAGE_OPENERS, *(gate_key(w) for w in PAGE_TAGS),
)  # fmt: skip
_LONG_OPENERS = (
    "catch all the ", "(catch all the ", "catch the latest ", "get the latest ",
    "catch every big hit,",
    "get all the latest ",
    "download the mint", "disclaimer", *_THIS_OR_THE, "except for the headline",
    "opinions expressed ", *_VIEWS_OPENERS, "materials provided by ", "materials supplied by ",
    "note: content ",
    "all quotes ", "quotes ", "market data ",
    "(except for the headline", "only the headline", "(only the headline", "(this ",
    "our standards:", "also on ", "also:", "also :", "also read", "read also", "read more",
    "home ", "(c)", "copyright ",
    "related", "see also", "tag", "topic", "filed under", "categories", "keywords",
    "ap's up next", "ap\u2019s up next",
    "sign up ", "subscribe to ", "join ", "follow ", "if you ",
    "your email address ", "comment", "this post ", "the rest of this ", "subscribe",
    "log in", "sign in", "register", "to continue reading", "to keep reading",
    "you have reached", "you've reached", "you\u2019ve reached", "already ",
    "a post shared by ", "a photo shared by ", "a video shared by ", "have a ", "got a ",
    "this video ", "download ", "we use your sign-up ", *_SMALL_PRINT_OPENERS,
    "read:", "read :", "like ",
    "originally published as ", "have your say", "write to us ", "tap here ", "rejoignez ",
    "a version of this ",
    "suivez ", "rejoignez-", "suivez-", "\u00fanete ", "s\u00edguenos ", "siga ", "siga-",
    "segue ", "segue-", "segui ", "seguici ", "seguiteci ", "sigue ", "folgen sie ", "folge ",
    "tritt ", "volg ", "ikuti ",
    *_RELATED_OPENERS, *_PAGE_LONG_OPENERS, *(gate_key(w) for w in PAGE_TAGS),
)  # fmt: skip
# Phrases the alternatives that may start anywhere need, in a line of any length (the
# newsletter rule's phrase, a sign-up call closing a blurb, a magazine's offer of issues).
_LONG_ANYWHERE = (
    # ``click``: ``Click to Tweet``, ``CLICK HERE``, ``CLICKING HERE``.
    "click", "\u00a9", "rights reserved", "cookie", "newsletter", "inbox", "commission",
    "affili", "issues for", "editions for", "please keep", "forum for discussion",
    " partners ", " vendors ",
)  # fmt: skip
# In a short line, so may other languages' ``All rights reserved`` (at most 100
# characters), a button's script link (69) and a Japanese link to more (13).
_ANYWHERE = (
    *_LONG_ANYWHERE,
    *(gate_key(w) for w in PAGE_RIGHTS),
    "javascript:",
    "\u306f\u3053\u3061\u3089",
)


def _by_opening(openers: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``openers`` by their first two characters (the whole of a one-character one).

    The tables hold hundreds of openers: a line is compared only with those that
    share its first two characters (or its first, for a one-character opener). A
    pair's entry holds the one-character opener of its first character too, so that a
    line whose first two characters have an entry is answered by that entry alone.
    """
    found: dict[str, list[str]] = {}
    for o in openers:
        found.setdefault(o[:2], []).append(o)
    for key, keys in found.items():
        if len(key) == 2 and key[0] in found:  # noqa: PLR2004 - a pair's key
            keys.extend(found[key[0]])
    return {k: tuple(v) for k, v in found.items()}


_OPENERS_BY_PAIR = _by_opening(_OPENERS)
_LONG_OPENERS_BY_PAIR = _by_opening(_LONG_OPENERS)


def _fitting(needles: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``needles`` by the length of line they fit in: item ``n`` holds those of ``n`` or fewer.

    A short line is compared only with the phrases it could hold: a line of a few
    letters (a run of them in a list or a table) with none of ``_ANYWHERE``'s phrases,
    and a line in ASCII only with the phrases in ASCII.
    """
    return [tuple(w for w in needles if len(w) <= n) for n in range(_SHORT_LINE + 1)]


_ANYWHERE_FITTING = _fitting(_ANYWHERE)
_ASCII_ANYWHERE_FITTING = _fitting(tuple(w for w in _ANYWHERE if w.isascii()))


def _opens_with(low: str, by_pair: dict[str, tuple[str, ...]]) -> bool:
    """Whether ``low`` starts with one of the openers ``by_pair`` indexes.

    The entry of its first two characters holds every opener it may start with; with
    no such entry, only a one-character opener can open it (that of its first).
    """
    keys = by_pair.get(low[:2])
    if keys is None:
        keys = by_pair.get(low[:1])
    return keys is not None and low.startswith(keys)


def _table_for(line: str) -> regex.Pattern[str] | None:
    """The table to match ``line`` against, or ``None`` when no rule of it can match.

    A line that holds none of the phrases the table's alternatives that may start
    anywhere need is matched against the table without them (``_OPENING_FURNITURE_RE``).
    """
    first = line[0]
    if len(line) <= _SHORT_LINE:
        if line.isascii():  # as caseless() lowers it, and only ASCII phrases can stand in it
            low = line.lower()
            fitting = _ASCII_ANYWHERE_FITTING[len(low)]
        else:
            low = caseless(line)  # as long as the line
            fitting = _ANYWHERE_FITTING[len(low)]
        if fitting and holds_any(low, fitting):
            return _FURNITURE_RE
        if first.isdigit() or not first.isalnum() or _opens_with(low, _OPENERS_BY_PAIR):
            return _OPENING_FURNITURE_RE
        return None
    low = caseless(line)
    if holds_any(low, _LONG_ANYWHERE):
        return _FURNITURE_RE
    if _opens_with(low, _LONG_OPENERS_BY_PAIR) or (
        # ``no_text``: a line without a letter or digit.
        not first.isalnum()
        and len(line) <= _LONGEST_NO_TEXT
        and _regex.search(_LETTER_OR_DIGIT_RE, line) is None
    ):
        return _OPENING_FURNITURE_RE
    return None


# A cookie notice addresses the reader (``We use cookies``, ``this site``, ``you``, in
# each language the table reads); a report does not (``Many websites use cookies to
# track users, the report said.``). Asked only of lines the table calls a notice.
_COOKIE_READER_RE = regex.compile(
    r"\b(?:we|our|you|your|this\x20(?:web\x20?)?site|wir|uns|unser[emnrs]?|(?-i:Sie|Ihr[emnrs]?)"
    r"|diese[rs]?\x20(?:Web)?seite|diese\x20Website|nous|notre|nos|vous|votre|ce\x20site"
    r"|utilizamos|usamos|nuestr[oa]s?|este\x20sitio|utilizziamo|usiamo|nostr[oaie]"
    r"|questo\x20sito|wij|onze|deze\x20(?:web)?site|\u043c\u044b"
    r"|\u043d\u0430\u0448[\u0430\u0435\u0438]?|\u044d\u0442\u043e\u0442\x20\u0441\u0430\u0439\u0442"
    r"|kami|situs\x20ini)\b",
    regex.IGNORECASE,
)


# A report's clause closing a line after a comma: ``Sign up to the scheme, the council
# urged residents.``, ``Read more books, pupils told``, ``Subscribe to digital TV, says
# regulator``. A call to sign up, a link or a notice has none; a link's label
# (``Related: Minister says sorry, aides report``) keeps the line a link.
# The clause's subject is someone reporting, in eight words or fewer: not a relative clause
# about the thing offered (``Sign up for The Brief, the newsletter that tells you ...``,
# ``Subscribe to Premium, which adds ...``, ``Join us on WhatsApp, where the newsroom
# tells you ...``) nor the site or the reader (``our``, ``you``).
_REPORT_CLAUSE_RE = regex.compile(
    r",\x20(?:(?!(?i:that|which|who|whom|whose|where|when|while|we|our|us|you|your)\b)"
    r"[^\s,:]{1,30}\x20){0,8}"
    r"(?:said|says|told|tells|urged|urges|warned|warns|added|adds|insisted|insists|argued|argues)\b"
    r"[^\n,:]{0,60}$"
)
# A link's title closes with no stop, as a headline does (``Read more Water bills to
# rise, regulator warns``); a story's sentence closes with one, and a story's headline
# that opens with a link's words has no title in capitals (``Read more books, minister
# tells pupils``).
_SENTENCE_END_RE = regex.compile(r"[.!?][\"'\u2019\u201d]?$")
# The table's rules whose opening words a story's sentence or headline may share.
_REPORTED_KINDS = frozenset({"newsletter", "related", "copyright"})
# A newsletter's box speaks to the reader (the cookie notice's words) or asks them to
# sign up; a story's sentence about a newsletter does not (``The newsletter was sent to
# 4,000 homes each month.``).
_NEWSLETTER_CALL_RE = regex.compile(
    r"\b(?:sign(?:-?up)?|subscribe|subscription|inbox|free|join|get|here|e-?mail|click)\b",
    regex.IGNORECASE,
)
_NEWSLETTER_WORD_RE = regex.compile(r"\bnewsletters?\b", regex.IGNORECASE)
# A newsletter named as the site's boxes name theirs, a capitalised word before the
# word (``The Politics Weekly newsletter lands every Friday.``, ``The Briefing
# newsletter: top stories ...``), or a colon after it: a box's promotion.
_NAMED_NEWSLETTER_RE = regex.compile(
    r"(?<=\S\x20)\p{Lu}[\p{L}'\u2019]{0,30}\x20[Nn]ewsletters?\b|\b[Nn]ewsletters?:"
)
# A sentence: a capital, at least this many words, a stop (and perhaps a quote) closing it.
_SENTENCE_WORDS = 7
# A story's sentence on one line (:func:`_one_sentence`): a capital letter first, a stop
# last (a closing quote may follow it), at most this many characters before the quote.
_CLOSING_QUOTES = "\"'\u2019\u201d"
_LONGEST_SENTENCE = 302


def _one_sentence(line: str) -> bool:
    """Whether ``line`` opens with a capital letter and closes with a stop (and a quote).

    Looked at its two ends only: a pattern run over the line (``\\p{Lu}[^\\n]{0,300}[.!?]``)
    went back over 300 characters from every capital of a text with no stop.

    Examples:
        >>> _one_sentence("The list went to 4,000 homes."), _one_sentence("He said \u201cno.\u201d")
        (True, True)
        >>> _one_sentence("the list went out."), _one_sentence("The list went out")
        (False, False)
    """
    end = line[:-1] if line[-1:] in _CLOSING_QUOTES else line
    return (
        2 <= len(end) <= _LONGEST_SENTENCE  # noqa: PLR2004 - a capital and a stop
        and end[-1] in ".!?"
        and "\n" not in line
        and unicodedata.category(end[0]) == "Lu"
    )


def _newsletter_sentence(line: str) -> bool:
    """Whether a line the table calls a newsletter's is a story's sentence about one.

    Examples:
        >>> _newsletter_sentence("The newsletter was sent to 4,000 homes each month.")
        True
        >>> _newsletter_sentence("Sign up for our weekly newsletter to get the news first.")
        False
        >>> _newsletter_sentence("Best of the Web Newsletter")
        False
        >>> _newsletter_sentence("The Politics Weekly newsletter lands every Friday at noon.")
        False
    """
    return (
        len(line.split()) >= _SENTENCE_WORDS
        and _one_sentence(line)
        and _regex.search(_NEWSLETTER_WORD_RE, line) is not None
        and _regex.search(_NEWSLETTER_CALL_RE, line) is None
        and _regex.search(_COOKIE_READER_RE, line) is None
        and _regex.search(_NAMED_NEWSLETTER_RE, line) is None
    )


def _titled(line: str) -> bool:
    """Whether a capitalised word follows a link's opening word before the first comma.

    A link names another story's title (``Read more Water bills to rise, regulator
    warns``); a headline that opens with the link's words goes on in lower case
    (``Read more books, minister tells pupils``).

    Examples:
        >>> _titled("Read more Water bills to rise, regulator warns")
        True
        >>> _titled("Read more books, minister tells pupils")
        False
    """
    return any(w[:1].isupper() for w in line.partition(",")[0].split()[1:])


def _confirmed(kind: str, line: str) -> bool:
    """Whether a line the table gives ``kind`` is that furniture (a notice, not a report).

    Examples:
        >>> _confirmed("newsletter", "Sign up for our daily newsletter")
        True
        >>> _confirmed("newsletter", "Sign up to the scheme, the council urged residents.")
        False
        >>> _confirmed("related", "Related: Minister says sorry, aides report")
        True
        >>> _confirmed("related", "Read more Water bills to rise, regulator warns")
        True
        >>> _confirmed("newsletter", "Sign up for The Brief, the newsletter that tells you more")
        True
    """
    if kind == "newsletter" and _newsletter_sentence(line):
        return False
    if kind in _REPORTED_KINDS:
        # (The clause follows a comma and a space: a line with none has no clause.)
        reported = (
            ":" not in line and ", " in line and _regex.search(_REPORT_CLAUSE_RE, line) is not None
        )
        if reported and kind == "related":
            reported = _regex.search(_SENTENCE_END_RE, line) is not None or not _titled(line)
        return not reported
    return kind != "cookie_notice" or _regex.search(_COOKIE_READER_RE, line) is not None


# A row of buttons on one line, as the table's ``share`` and ``tools`` rules read it: the
# networks' (``Facebook  Twitter  Email``) or the reader's moods (``Happy Sad Angry``).
_BUTTON_ROW_RE = regex.compile(r"(?i:" + _SHARE_ROW + r")|" + _MOOD_ROW)


def is_button_row(line: str) -> bool:
    """Whether ``line`` is a row of share or mood buttons, which the table reads as furniture.

    Two names of networks or more, or three moods or more, alone on the line.
    The story's list may hold the same words (``The companies fined were:`` /
    ``Facebook Instagram Threads``): the caller tells them apart by the line above.

    Examples:
        >>> is_button_row("Facebook  Twitter  Email"), is_button_row("Happy Sad Angry")
        (True, True)
        >>> is_button_row("Facebook"), is_button_row("Happy and sad")
        (False, False)
    """
    return _regex.fullmatch(_BUTTON_ROW_RE, line) is not None


def furniture_rule(line: str) -> str | None:
    """Return the furniture rule a whole (trimmed) line matches, or ``None``.

    Args:
        line: One line of text, without its line end.

    Returns:
        ``"reading-time"``, ``"site-footer"``, ``"disclaimer"``, ``"standards"``,
        ``"label"`` or ``"no-text"``; for web page chrome ``"navigation"``,
        ``"account"``, ``"share"``, ``"comments"``, ``"legal"``, ``"copyright"``,
        ``"cookie-notice"``, ``"consent"``, ``"advert"``, ``"paywall"``, ``"tools"``, ``"gallery"``,
        ``"embed"``, ``"related"``,
        ``"author-box"``, ``"tags"`` or ``"newsletter"``; ``None`` for a line of content.

    Examples:
        >>> furniture_rule("Advertisement"), furniture_rule("* * *")
        ('label', 'no-text')
        >>> furniture_rule("Skip to main content"), furniture_rule("\u00a9 2023 The Herald")
        ('navigation', 'copyright')
    """
    if len(line) > _LONGEST_FURNITURE or not line:
        return None
    table = _table_for(line)
    if table is None:
        return None
    m = _regex.fullmatch(table, line)
    if m is None or m.lastgroup is None or not _confirmed(m.lastgroup, line):
        return None
    return m.lastgroup.replace("_", "-")


def reading_minutes(text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """Find a reading-time stamp such as ``3 min read`` in ``text[pos:endpos]``.

    A stamp with its label before the minutes (``Read Time: 3 mins``) is found where
    no ``3 min read`` is.

    Examples:
        >>> m = reading_minutes("drills3 min read 14 Aug")
        >>> m["minutes"], m.span()
        ('3', (6, 16))
        >>> reading_minutes("Read Time: 2 mins")["minutes"]
        '2'
    """
    found = _regex.search(READING_TIME_RE, text, pos, endpos)
    if found is None:
        found = _regex.search(_LABELLED_READING_TIME_RE, text, pos, endpos)
    return found


#: How many lines from a consent banner's bare button (``I agree``) another line of
#: the banner must stand (its notice, another button).
CONSENT_REACH = 3
#: The most words of a line between the button and the banner's other line (``Learn
#: more``, ``Privacy settings``).
MAX_BANNER_LINK_WORDS = 3
# A banner's button that is also a speaker's whole answer: ``I agree``, ``I accept``.
_BARE_CONSENTS = frozenset({"i agree", "i accept"})
# The rules of a consent banner's lines.
_BANNER_RULES = frozenset({"consent", "cookie-notice"})


def unbannered_consent(texts: Sequence[str], rules: Sequence[str | None], i: int) -> bool:
    """Whether line ``i``, a bare consent button (``I agree``), stands with no banner.

    ``texts`` and ``rules`` are a text's lines and their :func:`furniture_rule`. A
    consent banner's button stands among the banner's other lines: its notice (``We use
    cookies ...``) or another button (``Manage preferences``) within
    :data:`CONSENT_REACH` lines, only its short links between. Alone, ``I agree`` is a
    speaker's answer in an interview: no furniture.

    Examples:
        >>> texts = ["We use cookies.", "Learn more", "I agree", "Is it too short?", "I agree"]
        >>> rules = [furniture_rule(t) for t in texts]
        >>> unbannered_consent(texts, rules, 2), unbannered_consent(texts, rules, 4)
        (False, True)
    """
    if rules[i] != "consent" or caseless(texts[i].strip().rstrip(".!")) not in _BARE_CONSENTS:
        return False
    near = range(max(0, i - CONSENT_REACH), min(len(rules), i + CONSENT_REACH + 1))
    return not any(
        k != i
        and rules[k] in _BANNER_RULES
        and caseless(texts[k].strip().rstrip(".!")) not in _BARE_CONSENTS
        # Only the banner's links stand between (``Learn more``), no paragraph.
        and all(
            rules[j] is not None or len(texts[j].split()) <= MAX_BANNER_LINK_WORDS
            for j in range(min(i, k) + 1, max(i, k))
        )
        for k in near
    )
