"""The people extractor: persons named in full, with their honorific and positions.

A run of capitalised words is a person only with a cue: a form of address before it
("ông", "đồng chí", "PGS.TS."), titles before it ("Thủ tướng Nguyễn Tấn Dũng",
"Chủ tịch Liên hiệp ... Việt Nam Vũ Xuân Hồng"), a position after it ("Hoàng Quốc
Khánh, Ủy viên ..."), a role verb after it ("... được bầu làm Chủ tịch Hội ..."), or
a list of people it belongs to ("các đồng chí: A, ...; B, ..."). Vietnamese names
open with a family name (:data:`vnfriendship.data.people.FAMILY_NAMES`); that is what
tells "Vũ Xuân Hồng" from "Hải Phòng". Foreign names are taken as written. A name
after a venue, with or without titles, is the venue's ("đường Nguyễn Huệ", "Khu lưu
niệm Chủ tịch Tôn Đức Thắng"), not a person.

A position is a title of the gazetteer's ``title`` table, the longest it knows, as the
text writes it ("Trưởng Ban Dân vận" of "Trung ương"), and the organisation after it.
The organisation runs over capitalised words and the lower-case words names of
bodies hold ("các tổ chức hữu nghị", "tỉnh"), and ends at a comma, a semicolon, a
verb, or any other lower-case word ("... tỉnh Nghệ An chủ trì hội nghị"). A later
segment that opens with a body ("Vụ Trung Quốc - Đông Bắc Á, Ban Đối ngoại Trung ương
Đảng") continues it.

The same person written again (the full name, "ông Doanh", the name misspelt by one
diacritic) is one :class:`~vnfriendship._model.Person` with several mentions.
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache, cached_property, lru_cache

import attrs
import regex

from .._analysis import Annotation
from .._article import Article, Sentence
from .._bodies import HEAD_TABLE, body_at, joins_fields
from .._hookspecs import hookimpl
from .._model import Facts, Person, Position
from .._phrases import Phrases, is_syllable, keys, phrases
from .._provenance import Rules
from .._text import Tokens, Word, as_tokens, fold_key, key_set
from ..data import bodies, is_ambiguous
from ..data import people as cues

__all__ = [
    "BY_APPOSITION",
    "BY_CAPITALS",
    "BY_DESCRIPTOR",
    "BY_HONORIFIC",
    "BY_ROLE",
    "BY_TITLE",
    "BY_TITLE_THEN_HONORIFIC",
    "FACET",
    "IN_LIST",
    "RULES",
    "find_people",
    "vnfriendship_extract",
]

FACET = "people"

# The rules that find a person, named in each fact's ``sources`` (docs/plugins.md lists them).
#: "ông Nguyễn Văn An", "PGS.TS. A".
BY_HONORIFIC = "honorific before name"
#: "bà KIM YOUNG SOOK".
BY_CAPITALS = "honorific before name in capitals"
#: "Phó Thủ tướng A", "Chủ tịch Hội ... A".
BY_TITLE = "title before name"
#: "Chủ tịch Hội, ông A".
BY_TITLE_THEN_HONORIFIC = "title, then honorific and name"
#: "nhà văn A", "lãnh tụ Cuba A".
BY_DESCRIPTOR = "descriptor before name"
#: "A, Chủ tịch Hội ...".
BY_APPOSITION = "name, then title"
#: "A được bầu làm Chủ tịch Hội ...".
BY_ROLE = "name, then role verb"
#: "các đồng chí: A, B".
IN_LIST = "name in a list"
#: Every rule of this extractor.
RULES = (BY_HONORIFIC, BY_CAPITALS, BY_TITLE, BY_TITLE_THEN_HONORIFIC, BY_DESCRIPTOR, BY_APPOSITION, BY_ROLE, IN_LIST)

_SPACE = regex.compile(r"[ \t]+")
_COMMA = regex.compile(r"[ \t]*,[ \t]*")
_SEMICOLON = regex.compile(r"[ \t]*;[ \t]*")
_DASH = regex.compile(r"[ \t]*[-‐‑‒–—][ \t]*")
# Sets of one-character gaps, not regexes: asked between every two words of a name.
_HYPHENS = frozenset("-‐‑")
_APOSTROPHES = frozenset("'’")
# A hyphen or an apostrophe right between two words (the letters of a word as _text reads them).
_JOINER = regex.compile(r"[\p{L}\p{M}\p{N}][-‐‑'’][\p{L}\p{M}\p{N}]")
_INITIAL = regex.compile(r"\p{Lu}")
_OPEN = regex.compile(r"[ \t]*\([ \t]*")
_CLOSE = regex.compile(r"[ \t]*\)[ \t]+")
_COLON = regex.compile(r"[ \t]*:[ \t]*")
_BRACKET_THEN_APPOSITION = regex.compile(r"[ \t]*\)[ \t]*(?:,|[-–—])[ \t]*")
_CLAUSE = regex.compile(r"[,:;]")
# Between a form of address and the name: "ông A", "PGS.TS. A", "các đồng chí: A".
_AFTER_HONORIFIC = regex.compile(r"\.?[ \t]*(?::[ \t]*)?")
# Inside the name of a body: "T.Ư", "MTTQ/...", "Kế hoạch & Đầu tư", "Samaritan's".
_INSIDE_ORG = regex.compile(r"[ \t]+|\.|/|[ \t]*&[ \t]*|['’]")
_DOT_SPACE = regex.compile(r"\.[ \t]+")
# The number of a term: "2020", "III".
_NUMERAL = regex.compile(r"\d+|[IVXLC]+")

_MAX_NAME = 4
# How many numbers a term may hold: "nhiệm kỳ 2020 - 2025".
_MAX_TERM = 2
# How many particles may stand between two words of a foreign name: "de la", "van der".
_MAX_PARTICLES = 3
# An enumeration inside a body's name: how many items, and how many words each.
_MAX_ITEMS = 6
_MAX_ITEM = 3
# Syllables that may qualify a title between it and its body's head noun ("Tham tán Hợp tác phát triển").
_MAX_QUALIFIER = 4
_MAX_ROLE_GAP = 8
# How many words an aside between a name and what is said of it may hold: in brackets before its positions "(thứ 2
# từ trái sang)", or a description between commas before a role verb (", doanh nhân tại Praha,").
_MAX_ASIDE = 8
# How many words before "như:", "gồm:" may name what the list holds: "các nhà tài trợ quốc tế như:".
_MAX_LISTED_NOUN = 4


@attrs.frozen
class _Vocabulary:
    """The cue words of :mod:`vnfriendship.data.people` as fold keys, built once."""

    family: frozenset[str]
    weak: frozenset[str]
    modifiers: frozenset[str]
    passing_modifiers: frozenset[str]
    ranks: frozenset[str]
    lead_ins: frozenset[str]
    role_words: frozenset[str]
    list_cues: Phrases
    not_people: Phrases
    credits: frozenset[str]
    foreign_org: frozenset[str]
    connectors: frozenset[str]
    event_words: frozenset[str]
    compounds: frozenset[str]
    particles: frozenset[str]
    not_tails: frozenset[str]
    numbered: frozenset[str]
    ordinals: Phrases
    org_phrases: Phrases
    terms: Phrases
    behalf: Phrases
    before_name: Phrases
    after_place: Phrases
    address: Phrases
    trailing: Phrases
    org_heads: Phrases
    before_title: Phrases
    named_after: Phrases
    venues: Phrases
    streets: Phrases
    venue_classifiers: frozenset[str]
    place_words: Phrases
    unnamed_units: Phrases
    role_verbs: Phrases
    concurrent: Phrases
    descriptors: Phrases
    royals: Phrases
    #: The words that may open a body's words (a cue phrase, a noun before a name, a connector).
    org_openers: frozenset[str]
    #: The most words a cue phrase or a noun before a name has: how far back one may open that covers a word.
    org_reach: int
    #: Fold keys of the single words the reader looks for: ``word["tại"]``.
    word: dict[str, str]


@cache
def _vocabulary() -> _Vocabulary:
    role_verbs = phrases(cues.ROLE_VERBS)
    org_phrases = phrases((*bodies.BODY_WORDS, *bodies.TERM_WORDS))
    before_name = phrases(cues.ORG_BEFORE_NAME)
    connectors = key_set(bodies.FOREIGN_CONNECTORS)
    return _Vocabulary(
        family=key_set(cues.FAMILY_NAMES),
        weak=key_set(cues.WEAK_HONORIFICS),
        modifiers=key_set(cues.MODIFIERS),
        passing_modifiers=key_set(cues.PASSING_MODIFIERS),
        ranks=key_set(cues.RANKS) | key_set(cues.MODIFIERS),
        lead_ins=key_set(cues.LEAD_INS),
        role_words=key_set(cues.ROLE_PRELUDE)
        | {key for phrases in role_verbs.by_first.values() for phrase in phrases for key in phrase},
        list_cues=phrases(cues.LIST_CUES),
        not_people=phrases(cues.NOT_PEOPLE),
        credits=key_set(cues.CREDIT_CUES),
        foreign_org=key_set(cues.FOREIGN_ORG_WORDS),
        connectors=connectors,
        event_words=key_set(bodies.EVENT_WORDS),
        compounds=key_set(cues.TITLE_COMPOUNDS),
        particles=key_set(cues.NAME_PARTICLES),
        not_tails=key_set(bodies.NOT_TAILS),
        numbered=key_set(bodies.NUMBERED),
        ordinals=phrases(cues.ORDINALS, cased=True),
        org_phrases=org_phrases,
        terms=phrases(bodies.TERM_WORDS),
        behalf=phrases(cues.BEHALF_QUALIFIERS),
        before_name=before_name,
        after_place=phrases(bodies.AFTER_PLACE),
        address=phrases(bodies.ADDRESS_WORDS),
        trailing=phrases(bodies.TRAILING),
        org_heads=phrases(bodies.HEADS),
        before_title=phrases(cues.ORG_BEFORE_TITLE),
        named_after=phrases(cues.NAMED_AFTER, cased=True),
        venues=phrases((*cues.VENUES, *cues.STREETS)),
        streets=phrases(cues.STREETS),
        venue_classifiers=key_set(cues.VENUE_CLASSIFIERS),
        place_words=phrases(cues.PLACE_WORDS, cased=True),
        unnamed_units=phrases(cues.UNITS_NAMED_FOR_NO_ONE, cased=True),
        role_verbs=role_verbs,
        concurrent=phrases(cues.CONCURRENT_ROLE_VERBS),
        descriptors=phrases((*cues.DESCRIPTORS, *cues.ROYALS)),
        royals=phrases(cues.ROYALS),
        org_openers=frozenset(org_phrases.by_first) | frozenset(before_name.by_first) | connectors,
        org_reach=max(len(p) for index in (org_phrases, before_name) for ps in index.by_first.values() for p in ps),
        word={
            word: fold_key(word)
            for word in (
                "theo", "tại", "ở", "kiêm", "và", "về", "là", "các", "những", "hội", "người", "của", "trong", "nước",
            )
        },
    )


@lru_cache(maxsize=1 << 14)
def _weak(honorific: str) -> bool:
    """Whether a form of address (as the gazetteer names it) is a weak one: "anh", "chị"."""
    return fold_key(honorific) in _vocabulary().weak


@lru_cache(maxsize=1 << 14)  # asked of every capitalised word: news reuses a small vocabulary
def _is_proper(word: str) -> bool:
    """A word of a name: a capital, then lower case ("Hồng", "McDonald"; not "VUFO", "2022")."""
    rest = word[1:]
    return word[0].isupper() and (not rest or rest != rest.upper())


def _name_tokens(text: str, found: Sequence[Word], apart: set[int]) -> tuple[Tokens, list[bool], list[bool]]:
    """The words of a sentence, with the pieces of a hyphenated name joined into one word, and for
    each whether it opens with a capital and whether it is a word of a name (see :func:`_is_proper`).

    "Soo-jin", "Xi-hả-lạt", "Jean-Luc" are one word of a name, and so is "H'Lanh". A
    capital after the hyphen joins only where a piece is no Vietnamese syllable ("Hội
    Việt-Lào" stays apart) or after a family name ("Tôn-Nữ Thị Ninh"), and no word joins
    at an offset in ``apart``: the start of a title or a form of address ("Bia-Phó Bí
    thư"), either end of a place ("Nam-Cuba").

    The words come back as :class:`~vnfriendship._text.Tokens` columns (the analysis' own where
    nothing joins), and the flags as lists of booleans: the tokens of every sentence live while the
    article is read, and objects made per word would keep the garbage collector busy.
    """
    found = as_tokens(found)
    if not found or _JOINER.search(text, found.starts[0], found.ends[-1]) is None:
        # No hyphen or apostrophe between the words (most sentences): each word is a token.
        return found, [word[0].isupper() for word in found.texts], [_is_proper(word) for word in found.texts]
    family = _vocabulary().family
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    keys: list[str] = []
    caps: list[bool] = []
    propers: list[bool] = []
    # The token being read: its offsets, its text while nothing joins it (None once a piece joins), its
    # key (its pieces' keys joined by a hyphen, as fold_key writes it), how many pieces it has, its last
    # piece, and how it is written.
    start = end = -1
    alone: str | None = None
    key = piece = ""
    pieces = 0
    cap = proper = False
    for word_start, word_end, word, word_key in zip(found.starts, found.ends, found.texts, found.keys, strict=True):
        if pieces:
            gap = text[end:word_start]
            if gap != " ":  # most words: nothing to join
                if gap in _APOSTROPHES and end - start == 1 and _INITIAL.fullmatch(text[start:end]):
                    # "H'Lanh", "Y'Bih": names of the Tây Nguyên peoples
                    piece = text[start:word_end]
                    key, pieces, end, cap, proper = fold_key(piece), 1, word_end, True, _is_proper(word)
                    alone = None
                    continue
                if (
                    gap in _HYPHENS
                    and word_start not in apart
                    and end not in apart
                    and proper
                    and word[0].isalpha()
                    and (
                        word[0].islower()
                        or not (is_syllable(piece) and is_syllable(word))
                        or (pieces == 1 and key in family)  # "Tôn-Nữ Thị Ninh"
                    )
                ):
                    key, pieces = f"{key}-{word_key}", pieces + 1
                    piece, end, cap, proper = word, word_end, True, True
                    alone = None
                    continue
            starts.append(start)
            ends.append(end)
            texts.append(text[start:end] if alone is None else alone)
            keys.append(key)
            caps.append(cap)
            propers.append(proper)
        alone, start, end, key, pieces, piece = word, word_start, word_end, word_key, 1, word
        cap = piece[0].isupper()
        proper = cap and _is_proper(piece)  # most words are in lower case: no need to ask
    if pieces:
        starts.append(start)
        ends.append(end)
        texts.append(text[start:end] if alone is None else alone)
        keys.append(key)
        caps.append(cap)
        propers.append(proper)
    return Tokens(tuple(starts), tuple(ends), tuple(texts), tuple(keys)), caps, propers


def _cover_ends(spans: Iterable[tuple[int, int, str]], *, inner: bool) -> dict[int, int]:
    """For each token a span covers, the furthest last token of the spans covering it.

    ``inner`` leaves out each span's first token: what the span holds after its start.
    Names are a few words long, so this costs a few steps per name.
    """
    ends: dict[int, int] = {}
    for first, last, _ in spans:
        for k in range(first + inner, last + 1):
            ends[k] = max(ends.get(k, -1), last)
    return ends


@attrs.frozen
class _Occurrence:
    """One place a person is named, with what that place says about them."""

    start: int
    end: int
    keys: tuple[str, ...]
    spelling: str  # the name in lower case, to compare diacritics
    honorific: str | None
    positions: tuple[Position, ...]
    rule: str  # which of :data:`RULES` found it
    whole: bool = False  # a name of one word that is no short form ("Hoàng thân Souphanouvong")
    #: The positions a role verb after the name gives ("... được bầu làm Phó Chủ tịch Hội"):
    #: after the last name of a list, they hold for every name of it.
    role: tuple[Position, ...] = ()


@attrs.frozen
class _Body:
    """A body's name as the chunker reads it: where it ends, and its words."""

    end: int
    value_text: str


#: A person found from a token on: the occurrence, the last token read, whether a list of
#: people goes on after it, and the positions that list shares ("các Phó Chủ tịch: A, B").
_Found = tuple[_Occurrence, int, bool, tuple[Position, ...]]


class _Reader:
    """Reads the people of one sentence."""

    def __init__(self, article: Article, sentence: Sentence) -> None:
        # What is kept of a sentence lives while the whole article is read: its tokens' strings and
        # flags are tuples, which the garbage collector stops tracking (lists it walks in every collection),
        # each made from a list comprehension (quicker than from a generator).
        self.article = article
        self.text = article.text
        self.voc = _vocabulary()
        found: dict[tuple[str, bool], list[tuple[int, int, str]]] = {}

        def names(table: str, *, cased: bool) -> list[tuple[int, int, str]]:
            # Several readings below ask for the same table: each is looked up once.
            if (table, cased) not in found:
                found[table, cased] = article.name_spans(table, sentence.start, sentence.end, cased=cased)
            return found[table, cased]

        # Where a hyphen may not join two words: before a cue, and between a place and another word.
        apart = {start for table in ("title", "honorific") for start, _, _ in names(table, cased=False)}
        for table in ("province", "country"):
            apart.update(offset for start, end, _ in names(table, cased=True) for offset in (start, end))
        tokens, caps, propers = _name_tokens(article.text, article.words(sentence.start, sentence.end), apart)
        # The tokens as columns; slices of the keys compare whole.
        self.tokens, self.caps, self.propers = tokens, tuple(caps), tuple(propers)
        self.starts, self.ends, self.texts, self.keys = tokens.starts, tokens.ends, tokens.texts, tokens.keys
        text, ends = self.text, self.ends
        self.gaps = tuple([text[(ends[i - 1] if i else sentence.start) : start] for i, start in enumerate(self.starts)])
        # Whether each token follows the one before it a space apart (spaces and tabs only, as _SPACE
        # reads them: a strip costs less than the regex).
        self.spaced = tuple([gap == " " or (gap != "" and not gap.strip(" \t")) for gap in self.gaps])
        token_at_start = {start: i for i, start in enumerate(self.starts)}
        token_at_end = {end: i for i, end in enumerate(self.ends)}

        def spans(table: str, *, cased: bool, firm: bool = False) -> list[tuple[int, int, str]]:
            return [
                (token_at_start[start], token_at_end[end], canonical)
                for start, end, canonical in names(table, cased=cased)
                if start in token_at_start
                and end in token_at_end
                and not (firm and is_ambiguous(table, text[start:end]))
            ]

        countries = spans("country", cased=True)
        places = spans("province", cased=True) + countries
        self.place_cover = {i for first, last, _ in places for i in range(first, last + 1)}
        # Places that are nothing else ("Việt Nam"; not "Anh" of "Phan Anh Sơn").
        self.firm_places = {
            i
            for first, last, _ in spans("province", cased=True, firm=True) + spans("country", cased=True, firm=True)
            for i in range(first, last + 1)
        }
        self.place_starts = {first for first, _, _ in places}
        self.place_ends = {last for _, last, _ in places}
        self.country_ends = {last for _, last, _ in countries}
        organizations = spans("organization", cased=False)
        self.org_starts = {first for first, _, _ in organizations}
        self.head_starts = {first for first, _, _ in spans(HEAD_TABLE, cased=False)}
        # "Bà" opens "Bà Rịa - Vũng Tàu"; but "Anh hùng Lao động" is no country.
        place_ends = _cover_ends(places, inner=False)
        self.honorifics = {
            first: (last, canonical)
            for first, last, canonical in spans("honorific", cased=False)
            if place_ends.get(first, -1) <= last
        }
        self._org_ends = _cover_ends(organizations, inner=True)
        # Titles: first token -> last token, and whether the title opens with a capital; an
        # ordinal after one ranks it ("Phó Chủ tịch thứ nhất").
        self.titles = {
            first: (self._ranked(last), self.caps[first])
            for first, last, _ in spans("title", cased=False)
            if self._valid_title(first, last)
        }
        # Where titles and forms of address end -> where they start.
        self.cue_starts = {last: first for first, (last, _) in (*self.titles.items(), *self.honorifics.items())}
        self.honorific_starts = {last: first for first, (last, _) in self.honorifics.items()}
        # Answers about a token that several readings ask again (see :meth:`_past_cues`, :meth:`_in_venue`).
        self._past: dict[int, int | None] = {}
        self._venue: dict[int, bool] = {}
        self._after_honorifics: dict[int, int] = {}
        self._runs: dict[int, int] = {}
        self._org_cover: dict[int, bool] = {}
        self._org_lengths: dict[int, int] = {}
        self._joining_starts: dict[int, int] = {}

    def _org_word(self, j: int) -> bool:
        """Whether token ``j`` is a word of a body's name: inside a cue phrase of one, a noun that opens one
        before a capitalised name ("báo Granma"), or lower-case words joining a foreign name ("Save the
        Children"). Each is read from where it opens; only the openers that can reach ``j`` are read, once."""
        covered = self._org_cover.get(j)
        if covered is None:
            covered = self._opened_before(j, j + 1)
            if not covered and self._connector(j):
                start = self._joining_start(j)  # joining words run on without bound: read from where they open
                covered = self._org_length(start) > j - start
            self._org_cover[j] = covered
        return covered

    def _opened_before(self, j: int, stop: int) -> bool:
        """Whether a body's name that opens before token ``stop`` holds token ``j`` (see :meth:`_org_word`)."""
        voc, keys = self.voc, self.keys
        return any(
            self._org_length(i) > j - i
            for i in range(max(0, j - voc.org_reach + 1), stop)
            if keys[i] in voc.org_openers
        )

    def _org_length(self, i: int) -> int:
        """How many words of a body's name open at token ``i`` (see :meth:`_org_word`)."""
        length = self._org_lengths.get(i)
        if length is None:
            voc = self.voc
            length = self._org_lengths[i] = (
                self._phrase_at(i, voc.org_phrases) or self._before_name(i) or self._connecting(i)
            )
        return length

    def _connector(self, k: int) -> bool:
        return not self.caps[k] and self.keys[k] in self.voc.connectors

    def _joining_start(self, j: int) -> int:
        """The first of the lower-case joining words that run to token ``j``; each token is walked once."""
        walked = []
        k = j
        while k not in self._joining_starts and k > 0 and self._connector(k - 1):
            walked.append(k)
            k -= 1
        start = self._joining_starts.get(k, k)
        self._joining_starts.update(dict.fromkeys([*walked, k], start))
        return start

    @cached_property
    def _openers(self) -> tuple[int, ...]:
        """The tokens where a person's name, a form of address, a title or a descriptor may open, in order."""
        # A title opens at its first word, or at a modifier before it ("nguyên Phó Chủ tịch").
        titles = {k for first in self.titles for k in (first - 1, first) if k >= 0 and self._title_at(k) is not None}
        descriptors, honorifics, propers = self.voc.descriptors.by_first, self.honorifics, self.propers
        return tuple(
            [i for i, key in enumerate(self.keys) if propers[i] or i in honorifics or i in titles or key in descriptors]
        )

    # ------------------------------------------------------------ helpers

    def _matches(self, first: int, phrase: tuple[str, ...], *, lower: bool = False) -> bool:
        """Whether the words from token ``first`` on are ``phrase``, a space apart (in lower case)."""
        end = first + len(phrase)
        # Slices of the per-token lists, compared whole: asked for every cue word of the sentence.
        return (
            first >= 0
            and end <= len(self.keys)
            and self.keys[first:end] == phrase
            and all(self.spaced[first + 1 : end])
            and not (lower and any(self.caps[first:end]))
        )

    def _phrase_at(self, i: int, phrases: Phrases) -> int:
        """The length of the longest phrase that starts at token ``i`` (0 for none)."""
        found = phrases.by_first.get(self.keys[i])
        if found is None:  # most words open no phrase
            return 0
        return next((len(p) for p in found if self._matches(i, p, lower=p in phrases.lower)), 0)

    def _phrase_ending(self, last: int, phrases: Phrases) -> int:
        """The length of the longest phrase that ends at token ``last`` (0 for none)."""
        found = phrases.by_last.get(self.keys[last])
        if found is None:  # most words end no phrase
            return 0
        return next((len(p) for p in found if self._matches(last - len(p) + 1, p, lower=p in phrases.lower)), 0)

    def _phrase_before(self, i: int, phrases: Phrases) -> int:
        """The length of the longest phrase that ends right before token ``i``, a space apart."""
        return self._phrase_ending(i - 1, phrases) if i > 0 and self.spaced[i] else 0

    def _before_name(self, i: int) -> int:
        """The length of a noun that opens a body's name before a capitalised name at ``i``: "báo Granma"."""
        length = self._phrase_at(i, self.voc.before_name)
        after = i + length
        named = length and after < len(self.keys) and self.caps[after] and self.spaced[after]
        return length if named else 0

    def _connecting(self, i: int) -> int:
        """How many lower-case words from ``i`` join two capitalised words of a foreign name: "Save the Children"."""
        if self.caps[i] or self.keys[i] not in self.voc.connectors:
            return 0  # most words: no connector
        k = i
        while k < len(self.keys) and not self.caps[k] and self.keys[k] in self.voc.connectors:
            k += 1
        joined = i > 0 and self.caps[i - 1] and k < len(self.keys) and self.caps[k]
        return k - i if joined and all(self.spaced[m] for m in range(i, k + 1)) else 0

    def _ranked(self, last: int) -> int:
        """The last token of a title that ends at ``last``, with the ordinal after it ("... thứ nhất")."""
        after = last + 1
        return last + (
            self._phrase_at(after, self.voc.ordinals) if after < len(self.keys) and self.spaced[after] else 0
        )

    def _valid_title(self, first: int, last: int) -> bool:
        # "Ban Bí thư", "Đoàn Chủ tịch": the title is part of a body's name.
        if self._org_ends.get(first, -1) >= last:
            return False
        if self._phrase_before(first, self.voc.before_title):
            return False
        # "Chủ tịch đoàn", "Đại sứ quán": another noun; but "Bí thư Đoàn Thanh niên": the title of a body named "Đoàn"
        after = last + 1
        return not (
            after < len(self.keys)
            and self.spaced[after]
            and self.keys[after] in self.voc.compounds
            and not self.caps[after]
        )

    def _title_at(self, k: int, *, lower: bool = False) -> tuple[int, int] | None:
        """(first, last) token of a title that starts at ``k``, with a modifier ("nguyên") before it.

        A title in lower case ("chủ tịch") counts only with ``lower``: after a name
        ("ông A - chủ tịch UBND xã") it is a position, elsewhere mostly a common noun.
        """
        if k >= len(self.keys):
            return None
        modifier = self.keys[k] in self.voc.modifiers and (not self.caps[k] or not self.spaced[k])
        first = k + 1 if modifier and k + 1 in self.titles and self.spaced[k + 1] else k
        if first not in self.titles:
            return None
        last, capitalised = self.titles[first]
        if not (capitalised or lower):
            return None
        return (first, last) if self.keys[k] in self.voc.passing_modifiers else (k, last)

    def _starts_cue(self, k: int) -> bool:
        """Whether a title or a form of address opens at ``k`` (not "Anh" of "Phan Anh Sơn")."""
        if self._title_at(k) is not None:
            return True
        return k in self.honorifics and not _weak(self.honorifics[k][1])

    def _proper_run(self, j: int) -> int | None:
        """The last token of the run of name words from ``j`` on (stopping before a title).

        The reading stops one word past the longest name (:data:`_MAX_NAME` + 1 words), which
        every caller refuses as too long: a run of capitals is read in bounded time. Several
        readings ask about the same token; each is read once.
        """
        if j >= len(self.keys) or not self.propers[j]:
            return None
        if j not in self._runs:
            self._runs[j] = self._read_run(j)
        return self._runs[j]

    def _read_run(self, j: int) -> int:
        k, size = j, 1
        while size <= _MAX_NAME + 1:
            after = k + 1
            # "Lula da Silva", "Hernández de la Cruz": particles inside a foreign name
            while (
                after < len(self.keys)
                and after - k <= _MAX_PARTICLES
                and self._particle(after)
                and not is_syllable(self.texts[k])
            ):
                after += 1
            if (
                after < len(self.keys)
                and self.propers[after]
                and (self.spaced[after] or self._after_initial(after))
                and self._title_at(after) is None
            ):
                k, size = after, size + 1
            else:
                return k
        return k

    def _after_initial(self, k: int) -> bool:
        """Whether token ``k`` follows a foreign name's initial and its dot: "Daniel R. Hargrove"."""
        initial = k - 1
        return (
            initial > 0
            and self.gaps[k] == ". "
            and len(self.texts[initial]) == 1
            and self.caps[initial]
            and self.spaced[initial]
            and self.propers[initial - 1]
            and not is_syllable(self.texts[initial - 1])
        )

    def _particle(self, k: int) -> bool:
        """Whether token ``k`` is a lower-case particle of a foreign name ("de", "da", "van")."""
        return not self.caps[k] and self.keys[k] in self.voc.particles and self.spaced[k]

    def _size(self, first: int, last: int) -> int:
        """How many words of a name lie from ``first`` to ``last``, particles left out."""
        return self.propers[first : last + 1].count(True)

    def _vietnamese(self, first: int, last: int) -> bool:
        return all(is_syllable(word) for word in self.texts[first : last + 1])

    def _family_name(self, first: int, last: int) -> bool:
        """A Vietnamese full name: two to four syllables opening with a family name."""
        return (
            2 <= last - first + 1 <= _MAX_NAME
            and self._family(first)
            and self._vietnamese(first + 1, last)  # "Ksor", "Kpă": family names no syllable spells
        )

    def _family(self, k: int) -> bool:
        """Whether token ``k`` is a family name, or opens with one and a hyphen ("Tôn-Nữ")."""
        return self.keys[k].split("-", 1)[0] in self.voc.family

    def _named_place(self, j: int) -> bool:
        """Whether the name at ``j`` names a place or a body ("Trường Nguyễn Trãi", "huyện Lục Nam").

        The word before must be the whole place word: "phố" is a street, but "thành phố" is
        the city, whose name the gazetteer knows ("UBND Thành phố Huỳnh Văn A" is a person).
        """
        size = max(self._phrase_before(j, self.voc.named_after), self._phrase_before(j, self.voc.place_words))
        return (size > 0 and self._phrase_before(j, self.voc.address) <= size) or self._in_venue(j)

    def _in_venue(self, j: int) -> bool:
        """Whether the name at ``j`` follows titles or a rank that follow a venue: "Khu lưu niệm Chủ tịch
        Tôn Đức Thắng", "Nhà tưởng niệm Đại tướng Võ Nguyên Giáp", "đường Chủ tịch Tôn Đức Thắng"."""
        if not self._names_venue:
            return False
        if j not in self._venue:
            self._venue[j] = self._read_venue(j)
        return self._venue[j]

    @cached_property
    def _names_venue(self) -> bool:
        """Whether a word of the sentence may end the name of a venue ("đường", "Khu lưu niệm"): most
        sentences have none, and then no name is a venue's."""
        venue_ends = self.voc.venues.by_last
        return any(key in venue_ends for key in self.keys)

    def _read_venue(self, j: int) -> bool:
        k = j
        while k > 0 and self.spaced[k] and (first := self.cue_starts.get(k - 1)) is not None:
            k = first
            if k > 0 and self.spaced[k] and self.keys[k - 1] in self.voc.modifiers:
                k -= 1  # "cố Chủ tịch"
        size = self._phrase_before(k, self.voc.venues) if k < j else 0
        if not size:
            return False
        venue = k - size
        written = self.caps[venue] or self._phrase_at(venue, self.voc.streets) == size
        classified = venue > 0 and self.spaced[venue] and self.keys[venue - 1] in self.voc.venue_classifiers
        return written and not classified and self._phrase_before(k, self.voc.address) <= size

    def _venue_name_end(self, i: int) -> int | None:
        """The last token of a name that titles or a rank opening at ``i`` give to a venue before them
        (see :meth:`_in_venue`): the whole is the venue's name, no person."""
        if not self._names_venue:
            return None
        k = self._past_cues(i)
        last = self._proper_run(k) if k is not None and k > i else None
        return last if last is not None and k is not None and self._in_venue(k) else None

    def _past_cues(self, i: int) -> int | None:
        """The token after the titles and forms of address written one after another from ``i`` (``i``
        where none opens there), or ``None`` where they run to the end or into punctuation.

        Every token of a chain has the same answer, so each is worked out once.
        """
        chain: list[int] = []
        k: int | None = i
        while k is not None and k not in self._past:
            title = self._title_at(k)
            if title is None and k not in self.honorifics:
                self._past[k] = k
                break
            chain.append(k)
            k = (title[1] if title is not None else self.honorifics[k][0]) + 1
            if k >= len(self.keys) or not self.spaced[k]:
                k = None
        found = None if k is None else self._past[k]
        self._past.update(dict.fromkeys(chain, found))
        return found

    def _credit(self, j: int) -> bool:
        """Whether the name at ``j`` follows "Ảnh:" or "Nguồn:" (a credit, not a person)."""
        return j > 0 and self.keys[j - 1] in self.voc.credits and self.gaps[j].strip() in ("", ":")

    def _foreign(self, first: int, last: int) -> bool:
        """A foreign name: two to four name words, none a place or a word of a body's name.

        The last word is no initial: "Nguyễn H" is a name cut short, not a foreign one.
        """
        return (
            2 <= self._size(first, last) <= _MAX_NAME
            and len(self.texts[last]) > 1
            and not any(
                self.keys[i] in self.voc.foreign_org or i in self.place_cover or i in self.org_starts
                for i in range(first, last + 1)
            )
        )

    def _outlandish(self, first: int, last: int) -> bool:
        """A foreign name with a word no Vietnamese syllable spells: "Kim Sung-min", "Chuck Searcy"."""
        return self._foreign(first, last) and not self._vietnamese(first, last)

    def _alien(self, first: int, last: int) -> bool:
        """A foreign name no word of which Vietnamese spells: "Khamla Sengdara", not "Hoa Kỳ"."""
        return self._foreign(first, last) and not any(is_syllable(word) for word in self.texts[first : last + 1])

    # ------------------------------------------------------------ positions

    def _org_extent(self, i: int, *, stop_at_names: bool, joined: bool = True) -> tuple[int, tuple[int, int] | None]:
        """The last token of the organisation that opens at ``i``, or a name met first.

        Returns ``i - 1`` for an empty organisation. With ``stop_at_names``, the titles
        stand before a name ("Chủ tịch Liên hiệp ... Việt Nam Vũ Xuân Hồng"), which ends
        the organisation and is returned as (first, last) token. ``joined`` tells that
        token ``i`` must follow the title as words of one name do (not after a comma).
        """
        texts, last, after_place, j = self.texts, i - 1, False, i
        while j < len(texts):
            word, gap = texts[j], self.gaps[j]
            dashed = False
            if j > i and self._bracketed_acronym(j):
                # "Phó Chủ tịch Liên hiệp ... Việt Nam (VUFO) Đinh Thị A": the acronym leads to the name.
                name = self._name_after_titles(j + 1, empty=False) if stop_at_names else None
                return (self._trim(i, last), name) if name else (self._trim(i, last), None)
            if (j > i or joined) and not _INSIDE_ORG.fullmatch(gap):
                if (
                    j > i
                    and _DASH.fullmatch(gap)
                    and (self.caps[j] or (word.isdigit() and texts[j - 1].isdigit()))
                ):
                    dashed = True  # "Hội hữu nghị Việt Nam - Lào", "nhiệm kỳ 2019 - 2024"
                elif not (_DOT_SPACE.fullmatch(gap) and self._abbreviation(j - 1)):
                    break
            if j > i and last == j - 1 and self._org_ends.get(j, -1) >= j:
                last, after_place, j = j, False, j + 1  # a known body's name runs on: "Ban Điều phối viện trợ nhân dân"
                continue
            if self._starts_cue(j) and not (dashed and self._phrase_at(j, self.voc.org_phrases)):
                break  # (a word of names after a dash goes on: "Ban Tổ chức - Cán bộ")
            if self.caps[j]:
                if stop_at_names and not dashed and (name := self._name_after_titles(j, empty=last < i)):
                    return last, name
                last, after_place, j = j, j in self.place_ends, j + 1
                continue
            if word == "s" and j > i and gap in _APOSTROPHES:
                last, after_place, j = j, False, j + 1  # "Saigon Children's Charity"
                continue
            if word.isdigit():
                if last >= i and (self.caps[last] or self.keys[last] in self.voc.numbered or dashed):
                    last, after_place, j = j, False, j + 1
                    continue
                if last == j - 1 >= i and len(word) <= 2 and self._ends_name(j) and self._compound_tail(last, i):
                    last, after_place, j = j, False, j + 1  # a compound's number ending the name: "Ban Địa bàn 2"
                    continue
                break
            if after_place and not self._phrase_at(j, self.voc.after_place):
                break
            if j == i and self.keys[j] == self.voc.word["nước"] and self._country_after(j + 1):
                last, j = j, j + 1  # "Đại sứ nước Cộng hòa Chile tại Việt Nam": the country, "nước" and all
                continue
            if not self._org_word(j) and not self._compound_tail(j, i):
                break
            if self.keys[j] == self.voc.word["tại"] and not self._placed(j - 1):
                break  # "... tại Việt Nam", "... tại Liên hợp quốc", "... tại tỉnh"; not "... tại hội nghị"
            if self.keys[j] == self.voc.word["và"] and self._person_follows(j + 1):
                break  # "Phó Chủ tịch UBND tỉnh và Trần Thị Nga, Chủ tịch Hội ...": the next person
            last, after_place, j = j, False, j + 1
        return self._trim(i, last), None

    def _ends_name(self, j: int) -> bool:
        """Whether a name can end at token ``j``: no word in lower case follows it a space apart."""
        k = j + 1
        return not (k < len(self.keys) and self.spaced[k] and not self.caps[k] and not self.texts[k][0].isdigit())

    def _abbreviation(self, k: int) -> bool:
        """Whether token ``k`` is an abbreviation that a dot closes inside a name: "T.Ư", "Tp. Huế"."""
        return self.texts[k].isupper() or (self.caps[k] and self._phrase_ending(k, self.voc.address) == 1)

    def _compound_tail(self, j: int, i: int) -> bool:
        """Whether the lower-case word ``j`` ends a compound whose first syllable is capitalised.

        A body's name capitalises only the first syllable of each compound: "Sở Y tế",
        "Hội Bảo trợ", "Đại học Sư phạm". That syllable follows the head of the name or a
        lower-case word; after another capital it ends a proper name ("Công ty Hưng Phát
        trao quà"), after a place word it is a place ("thành phố Vinh phát biểu"), and the
        head itself takes no tail ("Chủ tịch Hội phát biểu").
        """
        first = j - 1
        if first < i or not self.spaced[j] or self.keys[j] in self.voc.not_tails:
            return False
        if not (self.propers[first] and is_syllable(self.texts[first])):
            return False
        if self._phrase_ending(first, self.voc.org_heads):
            return False
        before = first - 1
        if before >= i and (
            self._phrase_ending(before, self.voc.address) or self._phrase_ending(before, self.voc.place_words)
        ):
            return False  # "UBND thành phố Vinh phát biểu": a place's name
        return first == i or (
            before >= i and (not self.caps[before] or self._phrase_ending(before, self.voc.org_heads) > 0)
        )

    def _bracketed_acronym(self, j: int) -> bool:
        """Whether token ``j`` is an acronym in brackets with a word after it: "(VUFO) ..."."""
        word = self.texts[j]
        return (
            j + 1 < len(self.keys)
            and _OPEN.fullmatch(self.gaps[j]) is not None
            and word.isupper()
            and len(word) > 1
            and _CLOSE.fullmatch(self.gaps[j + 1]) is not None
        )

    def _person_follows(self, j: int) -> bool:
        """Whether a name with a position after it opens at ``j`` ("Trần Thị Nga, Chủ tịch ..."), or a Vietnamese
        name of three or four words ("… Sở Ngoại vụ và Võ Minh Đức được bầu …")."""
        last = self._proper_run(j)
        if last is None or any(self._org_word(k) for k in range(j, last + 1)):
            return False
        place = j in self.place_starts and last in self.place_ends  # "và Hà Nội, ..."
        if not ((self._family_name(j, last) and not place) or self._foreign(j, last)):
            return False
        if self._family_name(j, last) and not place and 3 <= last - j + 1 <= 4:
            return True
        k = last + 1
        return (
            k < len(self.keys)
            and bool(_COMMA.fullmatch(self.gaps[k]) or _DASH.fullmatch(self.gaps[k]) or _OPEN.fullmatch(self.gaps[k]))
            and self._title_at(k, lower=True) is not None
        )

    def _trim(self, i: int, last: int) -> int:
        """Drop connectors and verbs from the end of an organisation ("... tỉnh và", "... tổ chức").

        After its last capitalised word, "và" opens another clause: "Sở Ngoại vụ và đại diện các sở";
        not in a field that "về" opens: "Hội Belarus về hữu nghị và quan hệ văn hóa với nước ngoài",
        nor between two fields of the name: "Bộ Khoa học và công nghệ".
        """
        anchor = next((k for k in range(last, i - 1, -1) if self.caps[k] or self.texts[k].isdigit()), i - 1)
        conjunction = next((k for k in range(anchor + 1, last + 1) if self.keys[k] == self.voc.word["và"]), None)
        if (
            conjunction is not None
            and all(self.keys[k] != self.voc.word["về"] for k in range(anchor + 1, conjunction))
            and not joins_fields(self.article, self.starts[conjunction])
        ):
            last = conjunction - 1
        while last >= i and (size := self._phrase_ending(last, self.voc.trailing)):
            first = last - size + 1
            if first < i or self.caps[first]:
                break
            last = first - 1
        return last

    def _placed(self, last: int) -> bool:
        """Whether "tại" or "ở" and a place follow token ``last``, as they follow a body's name.

        The place is a name ("tại Việt Nam"), a body ("tại Liên hợp quốc") or a word for
        one ("tại tỉnh", "tại miền Trung").
        """
        k = last + 1
        if k + 1 >= len(self.keys) or self.keys[k] not in (self.voc.word["tại"], self.voc.word["ở"]):
            return False
        place = k + 1
        return (
            place in self.place_starts
            or place in self.org_starts
            # a mission's seat after its country, a city the gazetteer may not know: "Việt Nam tại Busan"
            or (last in self.country_ends and self.caps[place] and self.spaced[place])
            or self._phrase_at(place, self.voc.address) > 0
            or self._phrase_at(place, self.voc.place_words) > 0
        )

    def _name_after_titles(self, j: int, *, empty: bool) -> tuple[int, int] | None:
        """The name that titles stand before, when one opens at ``j``.

        ``empty`` tells that no organisation stands between the titles and ``j``. A
        foreign place the gazetteer does not know takes the first word after "tỉnh" or
        "thành phố": "Tỉnh trưởng tỉnh Champasak Vi-lay-vông Bút-đa-khăm".
        """
        last = self._proper_run(j)
        if last is None or (self._named_place(j) and not self._person_after_unit(j, last)):
            return None
        size = last - j + 1
        if self._family_name(j, last):
            if j in self.place_cover and not (empty and size >= 3):
                return None  # "tỉnh Thái Bình": but "Chủ tịch Hồ Chí Minh" is a person
            if self._compound_after(last):
                return None  # "Bí thư Đoàn Thanh niên …": a body whose compound runs on in lower case
            if size == 4 and self._after_address(j - 1) and self._family_name(j + 1, last):
                return None  # "huyện Bảo Lạc Triệu Đức Thắng": a place of two syllables, then a name of three
            # Two-word names ("Tô Lâm") only right after the title: "... Cuba Đồng Hới" is a city.
            return (j, last) if empty or size >= 3 else None
        if self._after_address(j) and j not in self.place_cover:
            return None  # "tỉnh Kampot ...": the place's name, the person's may follow
        if not self._foreign(j, last) or self._placed(last) or self._compound_after(last):
            return None  # "Giám đốc Maison Chance tại Việt Nam", "Phó Chủ tịch Duma Quốc gia Nga": a body
        if empty and not self._vietnamese(j, last) and not self._phrase_at(j, self.voc.org_heads):
            return j, last  # "Tổng thống Donald Trump"; not "Chủ tịch Hội Hermann Gmeiner"
        if self._after_address(j - 1) and self.spaced[j] and j - 1 not in self.place_cover:
            # "Phó Tỉnh trưởng tỉnh Kampot Chea Sophal"; but "thành phố Saint Petersburg Oleg Belyaev" and
            # "tỉnh Svay Rieng Chea Sophal" leave three words: the place may take another
            return (j, last) if size == 2 else None
        if self._alien(j, last):
            return j, last  # "Tổng Thư ký Liên hợp quốc António Guterres"
        if j - 1 in self.country_ends and self.spaced[j]:
            return j, last  # "Tổng thống Mỹ Donald Trump", "Chủ tịch Trung Quốc Tập Cận Bình"
        return None

    def _person_after_unit(self, j: int, last: int) -> bool:
        """Whether a full Vietnamese name of three or four words follows a body's head and a unit named for no one:
        "Phó Chủ tịch UBND huyện Đinh Văn An" (see :data:`~vnfriendship.data.people.UNITS_NAMED_FOR_NO_ONE`)."""
        unit = self._phrase_before(j, self.voc.unnamed_units)
        head = j - unit - 1
        return (
            unit > 0
            and 3 <= last - j + 1 <= 4
            and j not in self.place_cover
            and self._family_name(j, last)
            and head >= 0
            and (self._phrase_ending(head, self.voc.org_heads) > 0 or self.texts[head].isupper())
        )

    def _compound_after(self, last: int) -> bool:
        """Whether the capitalised word ``last`` opens a compound of a body's name whose tail follows in
        lower case ("Quốc gia", "Hòa bình"): the run of capitals is a body's name, no person's."""
        after = last + 1
        return (
            after < len(self.keys)
            and not self.caps[after]
            and self.spaced[after]
            and self._phrase_at(last, self.voc.org_phrases) > 1
        )

    def _after_address(self, k: int) -> bool:
        """Whether token ``k`` is a capitalised word right after a lower-case "tỉnh", "thành phố", "TP"."""
        if k <= 0 or not self.caps[k] or not self.spaced[k]:
            return False
        lower_or_acronym = not self.caps[k - 1] or self.texts[k - 1].isupper()
        return lower_or_acronym and self._phrase_ending(k - 1, self.voc.address) > 0

    def _positions(
        self, k: int, *, stop_at_names: bool, lower: bool = False
    ) -> tuple[list[Position], int, tuple[int, int] | None]:
        """The positions written from token ``k`` on, the last token they take, and the name they stand before.

        ``lower`` admits titles in lower case (see :meth:`_title_at`).
        """
        positions: list[Position] = []
        last = k - 1
        while (found := self._title_at(k, lower=lower)) is not None:
            first, title_end = found
            # "Phó Chủ tịch kiêm Tổng Thư ký": one position with two titles; but "Phó Giám đốc Sở Ngoại vụ kiêm
            # Chủ tịch Liên hiệp …" are two, the first title holding its own body.
            while (
                self._joining(title_end + 1, "kiêm")
                and (second := self._title_at(title_end + 2, lower=lower)) is not None
                and self._position(first, title_end, title_end, title_end + 1, whole=False).organization is None
            ):
                title_end = second[1]
            behalf = self._on_behalf(title_end)
            title_end, org_first = behalf or (title_end, self._owner(title_end))
            org_last, name = self._org_extent(org_first, stop_at_names=stop_at_names)
            position = self._position(first, title_end, org_last, org_first, whole=behalf is not None)
            if positions and self._used_as_verb(first, position, max(title_end, org_last)):
                break  # "bà A, Chủ tịch Hội X, đại diện hai bên ký …": a verb, not a second title
            positions.append(position)
            last = max(title_end, org_last)
            while name is None and (head := self._continuation(last + 1)):
                org_last, name = self._org_extent(head, stop_at_names=stop_at_names, joined=False)
                positions[-1] = self._position(first, title_end, org_last, org_first, whole=behalf is not None)
                last = org_last
            if name is not None:
                return positions, last, name
            # "Chủ tịch Liên hiệp … khóa V, nhiệm kỳ 2022 - 2027, Cụm trưởng Cụm thi đua số 2": past the body's term
            # to the next title
            term_end = self._past_terms(last)
            if term_end > last and self._title_after_comma(term_end + 1, lower=lower):
                last = term_end
            k = last + 1
            if (self._joining(k, "và") or self._joining(k, "kiêm")) and self._title_at(k + 1) is not None:
                k += 1  # "Chủ tịch Hội A và Chủ tịch Hội B"; not "... và đại diện các sở": a common noun
            elif k >= len(self.keys) or not _COMMA.fullmatch(self.gaps[k]):
                break
            if not stop_at_names and self._stands_before_name(k, lower=lower):
                break  # "bà A, Chủ tịch Hội X và Chủ tịch UBND tỉnh Nguyễn Văn B": the next title is the next person's
        return positions, last, None

    def _used_as_verb(self, first: int, position: Position, last: int) -> bool:
        """Whether a title in lower case, naming no body, is a verb: a word in lower case follows it a space apart
        ("đại diện hai bên ký"), where a title written after another ends at a comma or the sentence ("…, trưởng
        đoàn")."""
        after = last + 1
        return (
            not self.caps[first]
            and position.organization is None
            and after < len(self.keys)
            and self.spaced[after]
            and not self.caps[after]
        )

    def _stands_before_name(self, k: int, *, lower: bool) -> bool:
        """Whether the title at token ``k``, with its body, stands right before a person's name."""
        found = self._title_at(k, lower=lower)
        return found is not None and self._org_extent(self._owner(found[1]), stop_at_names=True)[1] is not None

    def _joining(self, k: int, word: str) -> bool:
        """Whether token ``k`` is ``word`` (a key of ``voc.word``) between two words, a space apart."""
        return (
            0 < k < len(self.keys) - 1
            and self.keys[k] == self.voc.word[word]
            and self.spaced[k]
            and self.spaced[k + 1]
        )

    def _owner(self, title_end: int) -> int:
        """Where the body of a title that ends at ``title_end`` opens: after "của" where a capital
        follows it ("Cố vấn của Liên minh …", "Country Director của Catholic Relief Services"), or a
        head noun in lower case and then a name ("Giám đốc quốc gia của tổ chức Plan International")."""
        k = title_end + 1
        if not self._joining(k, "của"):
            return k
        head = self._phrase_at(k + 1, self.voc.org_heads)
        named = head > 0 and k + 1 + head < len(self.keys) and self.caps[k + 1 + head]
        return k + 1 if self.caps[k + 1] or named else k

    def _on_behalf(self, title_end: int) -> tuple[int, int] | None:
        """Where a title that stands for another's ends, and where its body opens.

        "đại diện toàn quyền của Thống đốc tỉnh X trong Chính phủ Y", "Phái viên của Thủ tướng
        Chính phủ": after "của", the other's position belongs to the title; a body after
        "trong" is the one the title is held in.
        """
        k = title_end + 1
        if k < len(self.keys) and self.spaced[k]:
            k += self._phrase_at(k, self.voc.behalf)
        if not self._joining(k, "của"):
            return None
        other = self._title_at(k + 1, lower=True)
        if other is None:
            return None
        org_last, name = self._org_extent(other[1] + 1, stop_at_names=True)
        if name is not None:
            return None  # "đại diện của Chủ tịch Hội Nguyễn Văn A": the other is named, and is a person
        end = max(other[1], org_last)
        inside = end + 1
        if self._joining(inside, "trong") and self._body_head(inside + 1, self.ends[-1]):
            return end, inside + 1
        return end, end + 1

    def _continuation(self, k: int) -> int | None:
        """``k`` when a comma-separated segment there continues the organisation before it."""
        if k >= len(self.keys) or not _COMMA.fullmatch(self.gaps[k]) or self._starts_cue(k):
            return None
        # "Chủ tịch Hội Nông dân xã Tân Lập, huyện Yên Lập": the address goes on.
        address = self._phrase_at(k, self.voc.address)
        if address and k + address < len(self.keys) and self.caps[k + address] and not self.caps[k]:
            return k
        if not self.caps[k]:
            return None
        if (
            self.keys[k] == self.voc.word["hội"]
            and k + 1 < len(self.keys)
            and self.keys[k + 1] in self.voc.event_words
        ):
            return None  # "Hội nghị", "Hội thảo": a gathering
        if k in self.org_starts or (self.texts[k].isupper() and len(self.texts[k]) > 1):
            return k
        last, _ = self._org_extent(k, stop_at_names=False, joined=False)
        # A body's name ("..., Bộ Tư pháp"), not a new subject ("..., Hội đã trao quà").
        if self._phrase_at(k, self.voc.org_heads) and last > k:
            return k
        # "Bộ Văn hóa, Thể thao và Du lịch", "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và
        # Nhi đồng": the last items of an enumeration in a body's name, short words up to the "và".
        conjunction, item = self.voc.word["và"], k
        for _ in range(_MAX_ITEMS):
            if not self._enumerated(item):
                return None
            if any(self.keys[m] == conjunction for m in range(item, last)):
                return k
            if last - item >= _MAX_ITEM:
                return None
            item = last + 1
            last, _ = self._org_extent(item, stop_at_names=False, joined=False)
        return None

    def _enumerated(self, k: int) -> bool:
        """Whether a comma-separated capitalised word at ``k`` may be one more item of a body's name."""
        if k >= len(self.keys) or not _COMMA.fullmatch(self.gaps[k]) or not self.caps[k]:
            return False
        last = self._proper_run(k)
        person = last is not None and (self._family_name(k, last) or self._foreign(k, last))
        return not (person or self._starts_cue(k) or self._phrase_at(k, self.voc.org_heads) or k in self.place_starts)

    def _position(self, first: int, title_end: int, org_last: int, org_first: int, *, whole: bool) -> Position:
        """The position of the title ``first..title_end`` and the organisation read up to ``org_last``.

        The body's boundaries are the chunker's (:mod:`vnfriendship._bodies`): a head noun
        inside the title opens the body ("Trưởng" | "Ban Dân vận Trung ương", "Phó Chủ tịch"
        | "UBND tỉnh"), and the term or a verb after it is no part of it ("Hội" of "Hội khóa
        III"). Words after a title that name no body but a country stay in the title
        ("Đại sứ Cuba tại Việt Nam"). A ``whole`` title opens no body inside it (see :meth:`_on_behalf`).
        """
        limit = self.ends[max(title_end, org_last)]
        after = title_end + 1
        for head in range(first + 1, title_end + 1 if not whole else first):
            if (
                head < title_end
                and after < len(self.keys)
                and self.keys[after] == self.keys[head]
                and self.spaced[after]
                and self._body_head(after, limit)
            ):
                # "Phó Trưởng ban Thường trực Ban Dân vận": the head noun written again after a title that
                # goes on past it opens the body; the first is the title's (as in "Trưởng ban Ban X").
                break
            if all(self.keys[k] in self.voc.ranks for k in range(first, head)):
                continue  # "Phó Thủ tướng Chính phủ": a rank alone is no title, so "Thủ tướng" opens no body
            body = self._body(head, limit)
            if body is not None and body.end >= self.ends[title_end] and self.spaced[head]:
                return Position(self._words(first, head - 1), body.value_text)
        if org_last < org_first:
            return Position(self._words(first, title_end))
        body = self._body(org_first, limit)
        if body is not None:
            return Position(self._words(first, title_end), body.value_text)
        for head in range(org_first + 1, min(org_first + _MAX_QUALIFIER, org_last) + 1):
            # "Tham tán Chính trị Đại sứ quán ...": words before the body's head noun qualify the title
            if not self.spaced[head] or head - 1 in self.place_starts:
                break
            if self.caps[head] and (body := self._body(head, limit)) is not None:
                return Position(self._words(first, head - 1), body.value_text)
        if org_first == title_end + 1 and self._country_after(org_first):
            # "Phó Đại sứ Việt Nam tại Trung Quốc", "Tổng lãnh sự Cộng hòa Cuba tại ...": no body
            return Position(self._words(first, org_last))
        return Position(self._words(first, title_end), self._words(org_first, org_last))

    def _country_after(self, k: int) -> bool:
        """Whether a country's name opens at token ``k``, after "nước" and a word of its form of state ("Cộng hòa")
        where they are written: "Việt Nam", "Cộng hòa Cuba", "nước Cộng hòa Chile"."""
        if k < len(self.keys) and self.keys[k] == self.voc.word["nước"] and self.spaced[k]:
            k += 1
        if k >= len(self.keys):
            return False
        country = k + self._phrase_at(k, self.voc.org_phrases)
        return k in self.place_starts or (country in self.place_starts and self.spaced[country])

    def _body(self, k: int, limit: int) -> _Body | None:
        """The body's name the chunker reads from token ``k`` on, up to offset ``limit``.

        A head in lower case opens one only before a name: "Trưởng ban Dân vận", not
        "Trưởng ban Ban Á - Phi" (whose title is "Trưởng ban") or "Trưởng đoàn".
        """
        if not self.caps[k] and k + 1 < len(self.keys) and self._body_head(k + 1, limit):
            return None
        found = body_at(self.article, self.starts[k], limit)
        if found is None or (not self.caps[k] and found.end <= self.ends[k]):
            return None
        start, end = found.start, found.start + len(str(found.value))
        # "Vụ Trung Quốc - Đông Bắc Á, Ban Đối ngoại ...": a unit, then the body it belongs to,
        # where the reader took them as one organisation (up to ``limit``).
        while (parent := self._parent(found.end, limit)) is not None:
            found, end = parent, parent.start + len(str(parent.value))
        return _Body(found.end, " ".join(self.text[start:end].split()))

    def _parent(self, end: int, limit: int) -> Annotation | None:
        """The body whose name follows a comma at offset ``end``, before ``limit``."""
        tokens = self.article.tokens
        k = self.article.analysis.token_index(end)
        if k >= len(tokens) or tokens.ends[k] > limit or not _COMMA.fullmatch(self.text[end : tokens.starts[k]]):
            return None
        return body_at(self.article, tokens.starts[k], limit) if tokens.texts[k][0].isupper() else None

    def _body_head(self, k: int, limit: int) -> bool:
        found = body_at(self.article, self.starts[k], limit)
        return found is not None and self.caps[k]

    def _words(self, first: int, last: int) -> str:
        return " ".join(self.text[self.starts[first] : self.ends[last]].split())

    def _appositive(self, end: int, *, cued: bool) -> tuple[list[Position], int]:
        """The positions written after a name that ends at token ``end``: ", Phó Chủ tịch ...".

        Returns them with the last token they take (``end`` when there are none).
        """
        k = end + 1
        if k >= len(self.keys):
            return [], end
        gap = self.gaps[k]
        if _OPEN.fullmatch(gap) and self._title_at(k, lower=True) is None:
            # "ông A (Brazil), Chủ tịch ...", "bà B (giữa), Chủ tịch ...": a country, a place in the
            # photo or a birth year in brackets, then the positions.
            stop = min(k + _MAX_ASIDE, len(self.keys))
            closing = next((m for m in range(k + 1, stop) if ")" in self.gaps[m]), None)
            if closing is not None and _BRACKET_THEN_APPOSITION.fullmatch(self.gaps[closing]):
                k, gap = closing, ", "
        set_apart = bool(_OPEN.fullmatch(gap) or _COMMA.fullmatch(gap) or _DASH.fullmatch(gap))
        if not (set_apart or (cued and _SPACE.fullmatch(gap))):
            return [], end
        # "(sau này là Chủ tịch ...)", ", hiện là Chủ tịch ..."
        while k < len(self.keys) and k - end <= 4 and self.keys[k] in self.voc.lead_ins:
            k += 1
        # ", Anh hùng Lực lượng vũ trang nhân dân, nguyên Phó Tư lệnh ...": an honour, then the positions.
        while k in self.honorifics and (after := self.honorifics[k][0] + 1) < len(self.keys):
            if not _COMMA.fullmatch(self.gaps[after]):
                break
            k = after
        positions, last, _ = self._positions(k, stop_at_names=False, lower=True)
        if not set_apart and positions and positions[0].organization is None and not self.caps[k]:
            return [], end  # "bà B đại diện hai bên ký …": a verb in lower case right after the name, naming no body
        return (positions, last) if positions else ([], end)

    def _description_end(self, last: int) -> int | None:
        """The last token of a description set apart by commas after a name that ends at ``last`` (", giáo viên
        tiếng Việt,"): a few words that open with no title or form of address, a comma after them."""
        k = last + 1
        if k >= len(self.keys) or not _COMMA.fullmatch(self.gaps[k]) or self._starts_cue(k):
            return None
        for j in range(k + 1, min(k + _MAX_ASIDE, len(self.keys))):
            if _COMMA.fullmatch(self.gaps[j]):
                return j - 1
            if not (self.spaced[j] or _DASH.fullmatch(self.gaps[j])):
                return None
        return None

    def _role(self, end: int, *, closed: bool = False) -> tuple[list[Position], int, bool]:
        """Positions given by a role verb after token ``end``: "... được bầu làm Chủ tịch Hội ...", the last token
        they take, and whether the verb adds a position held at once with others ("kiêm", "đồng thời").

        ``closed`` tells that positions end at ``end``, so a comma may close them before the
        verb: "Bà A, Phó Chủ tịch UBND tỉnh, được bầu giữ chức Chủ tịch Hội".
        """
        k = end + 1
        while (
            k < len(self.keys)
            and k - end <= _MAX_ROLE_GAP
            and (self.spaced[k] or (k == end + 1 and closed and _COMMA.fullmatch(self.gaps[k])))
            and not self.caps[k]
            and self.keys[k] in self.voc.role_words
        ):
            k += 1
        if k == end + 1 or k >= len(self.keys) or not self.spaced[k]:
            return [], end, False
        if not self._phrase_before(k, self.voc.role_verbs) or self._title_at(k, lower=True) is None:
            return [], end, False
        positions, last, _ = self._positions(k, stop_at_names=False, lower=True)
        concurrent = self._phrase_before(k, self.voc.concurrent) > 0
        return (positions, last, concurrent) if positions else ([], end, False)

    def _described(
        self, first: int, last: int, honorific: str | None, before: Sequence[Position], *, cued: bool, rule: str | None
    ) -> tuple[_Occurrence, int]:
        """The occurrence of the name ``first..last`` with the positions around it, and the last token read.

        ``rule`` found the name; ``None`` where what follows it does (a position, or else a role verb).
        """
        after, end = self._appositive(last, cued=cued)
        role, end, concurrent = self._role(end, closed=bool(after))
        if not after and not role and (described := self._description_end(last)) is not None:
            # "Ông A, doanh nhân tại Praha, được bầu làm Chủ tịch Hội": a description set apart, then the role
            role, role_end, concurrent = self._role(described, closed=True)
            end = role_end if role else end
        keys = self.keys[first : last + 1]
        start, stop = self.starts[first], self.ends[last]
        spelling = " ".join(self.text[start:stop].casefold().split())
        rule = rule or (BY_ROLE if role and not after else BY_APPOSITION)
        positions = (*before, *after, *role)
        # "…; ông C, Giám đốc Công ty X, kiêm Tổng Thư ký Hội": a position held at once with one's own is one's
        # alone, no role the names before share
        shared = () if after and concurrent else tuple(role)
        return _Occurrence(start, stop, keys, spelling, honorific, positions, rule, role=shared), end

    # ------------------------------------------------------------ people

    def people(self) -> list[_Occurrence]:
        """Every person this sentence names, in text order.

        Titles in the plural hold for every name of the list they open: "các Phó Chủ tịch
        UBND tỉnh: A, B", "Các Phó Chủ tịch Hội A và B"; so does a role verb after the last
        name: "Các ông: A, Giám đốc Sở; B được bầu làm Phó Chủ tịch Hội". In a list whose
        items end at semicolons, names written with commas in one item share the position
        written after the last of them: "các đồng chí: A, B, Phó Chủ tịch UBND tỉnh; C, …"; so do the
        names of a list opened in the plural that one position closes: "các ông A, B và C, Phó Chủ tịch Hội".
        """
        found: list[_Occurrence] = []
        i, listed = 0, False
        shared: tuple[Position, ...] = ()
        members: list[int] = []  # where the names of the list being read stand in ``found``
        plural_list = semicolons = False  # whether that list opened in the plural ("các ông"), and holds a semicolon
        colon_list = False  # whether a colon opened it ("Các Phó Chủ tịch Hội gồm: …")
        bare: list[int] = []  # the names of the item being read written with no position, a comma after each
        after_semicolon = False  # whether that item opened after a semicolon
        joined_at = -1  # where a name joined to the one before by "và" or a comma opens ("A và B được bầu …")
        while i < len(self.keys):
            following = bisect.bisect_left(self._openers, i)
            opener = self._openers[following] if following < len(self._openers) else len(self.keys)
            if opener > i:
                # Nothing opens before ``opener``: only a colon right before it may open a list.
                listed, shared, bare, i = self._list_cue(opener - 1), (), [], opener
                continue
            if (venue_end := self._venue_name_end(i)) is not None:
                listed, shared, bare, i = False, (), [], venue_end + 1
                continue
            result = self._addressed(i) or self._titled(i) or self._described_by(i) or self._bare(i, listed=listed)
            if result is None:  # words that are no name: the item being read is over
                listed, shared, bare = self._list_cue(i), (), []
                i += 1
                continue
            occurrence, end, plural, sharing = result
            end = self._past_term(end)  # "A, Chủ tịch Hội ... nhiệm kỳ 2020 - 2025; B, ...": the list goes on
            if (
                listed
                and shared
                and not colon_list
                and after_semicolon
                and occurrence.rule == BY_HONORIFIC
                and occurrence.positions
            ):
                # "các Phó Chủ tịch Hội A, B; ông C, Chủ tịch …": after a semicolon, an item with its own form of
                # address and position is no name of the plural title, which opened no list with a colon ("Các
                # Phó Chủ tịch Hội gồm: bà A, …; ông B, …" goes on)
                listed, shared = False, ()
            if listed and shared:
                # "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, Chủ nhiệm ...; B, ...": the role
                # written once before the list is each person's, before their own.
                occurrence = _with_positions(attrs.evolve(occurrence, positions=shared), occurrence.positions)
            if not listed and i != joined_at:
                members, plural_list, semicolons = [], plural, False
                colon_list = ":" in self.text[self.starts[i] : occurrence.start]
            members.append(len(found))
            found.append(occurrence)
            i = end + 1
            gap = self.gaps[i] if i < len(self.keys) else ""
            comma, semicolon = bool(_COMMA.fullmatch(gap)), bool(_SEMICOLON.fullmatch(gap))
            and_follows = bool(gap) and gap.isspace() and self.keys[i] == self.voc.word["và"]
            # an item ends at a semicolon; the last one at the end of the sentence or at "và" ("…; A, B, Phó Chủ tịch
            # UBND tỉnh và đại diện các sở")
            closes_item = semicolon or (after_semicolon and (not gap or and_follows))
            semicolons = semicolons or semicolon
            # "Bà A, Phó Giám đốc Sở Y tế, và ông B được bầu làm Phó Chủ tịch Hội": a role verb after the last of names
            # joined one to the next holds for each of them
            joined_at = -1
            if i < len(self.keys) and (and_follows or comma):
                joined_at = i + 1 if self.keys[i] == self.voc.word["và"] else i
            # A list goes on after a comma, a semicolon or "và": "A, chức vụ; B, chức vụ".
            goes_on = comma or semicolon or (i < len(self.keys) and self.keys[i] == self.voc.word["và"])
            if (listed or plural) and not occurrence.positions and (comma or and_follows):
                bare.append(len(found) - 1)
            else:
                # "các ông A, B và C, Phó Chủ tịch Hội": the names of a list opened in the plural, with no semicolon
                # and no position before the last, share the position written after the last (the list ends there,
                # or at a comma before words in lower case: "…, Phó Chủ tịch Hội, cùng lãnh đạo các sở")
                ends = not goes_on or (
                    comma and not self.caps[i] and i not in self.honorifics and self.keys[i] != self.voc.word["và"]
                )
                shares = plural_list and not semicolons and ends and len(bare) == len(members) - 1
                if occurrence.positions and bare and ((listed and closes_item) or shares):
                    for k in bare:
                        found[k] = _with_positions(found[k], occurrence.positions)
                bare = []
            if not comma:  # a comma goes on with the item; anything else ends it
                after_semicolon = semicolon
            listed = (listed or plural) and goes_on
            if listed and occurrence.role:
                # the names before a role verb that the list goes on after have their role: "A, B được bầu làm Phó
                # Chủ tịch; C được bầu làm Tổng Thư ký" gives A and B no second one
                members = []
            shared = (sharing or shared) if listed else ()
            if listed and self.keys[i] == self.voc.word["và"] and (self.spaced[i] or _COMMA.fullmatch(self.gaps[i])):
                i += 1
            elif not listed and occurrence.role:
                for k in members[:-1]:
                    found[k] = _with_positions(found[k], occurrence.role)
        return found

    def _past_term(self, end: int) -> int:
        """The last token of a term written right after token ``end`` ("khóa III", "nhiệm kỳ 2020 - 2025",
        "lần thứ II"), or ``end`` where none is."""
        k = end + 1
        return self._term_end(k, end) if k < len(self.keys) and self.spaced[k] else end

    def _past_terms(self, end: int) -> int:
        """The last token of the terms written after token ``end``, a space or a comma apart ("khóa V, nhiệm kỳ 2022 -
        2027"), or ``end`` where none is."""
        last = self._past_term(end)
        while (
            last + 1 < len(self.keys)
            and _COMMA.fullmatch(self.gaps[last + 1])
            and (following := self._term_end(last + 1, last)) > last
        ):
            last = following
        return last

    def _term_end(self, k: int, end: int) -> int:
        """The last token of a term that opens at token ``k`` with a word of terms and its numbers, or ``end`` where
        none does."""
        size = self._phrase_at(k, self.voc.terms)
        last = end
        for j in range(k + size, min(k + size + _MAX_TERM, len(self.keys))) if size else ():
            if not (_NUMERAL.fullmatch(self.texts[j]) and (self.spaced[j] or _DASH.fullmatch(self.gaps[j]))):
                break
            last = j
        return last

    def _title_after_comma(self, k: int, *, lower: bool) -> bool:
        """Whether a title opens at token ``k``, a comma before it."""
        if k >= len(self.keys) or not _COMMA.fullmatch(self.gaps[k]):
            return False
        return self._title_at(k, lower=lower) is not None

    def _list_cue(self, i: int) -> bool:
        """Whether a colon after token ``i`` opens a list of people ("như: A, B", "các đồng chí: A").

        Not after a word for places or bodies: "các xã như: A, B", "các nhà tài trợ gồm: A, B".
        """
        # Asked after almost every word: the test for a colon comes before the regex.
        if i + 1 >= len(self.keys) or ":" not in self.gaps[i + 1] or not _COLON.fullmatch(self.gaps[i + 1]):
            return False
        size = self._phrase_ending(i, self.voc.list_cues)
        if not size:
            return False
        k = i - size + 1
        if k in self.honorifics:
            return True  # "Ban tổ chức gồm các đồng chí: ..."
        for _ in range(_MAX_LISTED_NOUN):
            if k <= 0 or not self.spaced[k]:
                break
            if self._phrase_ending(k - 1, self.voc.not_people):
                return False
            k -= 1
        return True

    def _addressed(self, i: int) -> _Found | None:
        """A name after a form of address: "ông Nguyễn Văn Doanh", "PGS.TS. A", "bà Nga"."""
        if i not in self.honorifics:
            return None
        last_cue, honorific = self.honorifics[i]
        j = self._past_honorifics(last_cue + 1)  # "đồng chí Thiếu tướng A"
        if j >= len(self.keys) or not _AFTER_HONORIFIC.fullmatch(self.gaps[j]) or self._starts_cue(j):
            return None
        last, rule = self._proper_run(j), BY_HONORIFIC
        if last is None:
            last, rule = self._capitals(j), BY_CAPITALS  # "bà KIM YOUNG SOOK - Nghị sĩ ..."
        if last is None or self._size(j, last) > _MAX_NAME + 1:
            return None
        if _weak(honorific) and not (self._family_name(j, last) or self._outlandish(j, last)):
            return None  # "anh Hùng"; but "anh Khamla Sengdara", "anh Kim Sung-min" are plainly names
        if not self._family(j) and any(k in self.firm_places for k in range(j, last + 1)):
            return None  # "bà Mẹ Việt Nam Anh hùng"
        if j in self.place_cover and last - j + 1 < 3:
            return None
        # "các ông A, B", "Các ông, bà: A, ...; B, ...": a list of people.
        plural = (i > 0 and self.keys[i - 1] in (self.voc.word["các"], self.voc.word["những"])) or bool(
            _COLON.search(self.gaps[j])
        )
        occurrence, end = self._described(j, last, honorific, (), cued=True, rule=rule)
        return occurrence, end, plural, ()

    def _capitals(self, j: int) -> int | None:
        """The last word of a name written in capitals from ``j`` on, after a form of address.

        Two to four words of capital letters, none a place, a body's name or head, or a
        title ("ông UBND" is none), and no more capitals after them (a headline in capitals).
        """
        k = j
        while (
            k < len(self.keys)
            and k - j <= _MAX_NAME
            and (k == j or self.spaced[k])
            and self.texts[k].isupper()
            and not any(c.isdigit() for c in self.texts[k])
        ):
            if k in self.place_cover or k in self.org_starts or k in self.head_starts or k in self.titles:
                return None
            k += 1
        return k - 1 if 2 <= k - j <= _MAX_NAME else None

    def _past_honorifics(self, j: int) -> int:
        """The token after the forms of address written one after another from ``j`` (worked out once each)."""
        if j in self._after_honorifics or j not in self.honorifics:
            return self._after_honorifics.get(j, j)  # most names follow one form of address
        chain: list[int] = []
        while j not in self._after_honorifics and j in self.honorifics and _AFTER_HONORIFIC.fullmatch(self.gaps[j]):
            chain.append(j)
            j = self.honorifics[j][0] + 1
        found = self._after_honorifics.get(j, j)
        self._after_honorifics.update(dict.fromkeys(chain, found))
        return found

    def _titled(self, i: int) -> _Found | None:
        """A name after its titles: "Phó Thủ tướng Lê Thành Long", "Chủ tịch Hội ... Trương Thị Mai"."""
        if self._title_at(i) is None:
            return None
        before, end, name = self._positions(i, stop_at_names=True)
        # "đồng chí Bí thư Tỉnh ủy A": the form of address stands before the titles.
        cue = self.honorific_starts.get(i - 1)
        honorific = self.honorifics[cue][1] if cue is not None and self.spaced[i] else None
        before_titles = i - 1 if cue is None else cue - 1
        plural = before_titles >= 0 and self.keys[before_titles] in (self.voc.word["các"], self.voc.word["những"])
        listed = self._listed_after(end) if name is None and plural else None
        if listed is not None and listed in self.honorifics:
            # "Các Phó Chủ tịch Hội gồm: bà A, …; ông B, …": the role of each person of the list
            addressed = self._addressed(listed)
            if addressed is not None:
                occurrence, stop, _, _ = addressed
                occurrence = attrs.evolve(occurrence, positions=(*before, *occurrence.positions))
                return occurrence, stop, True, tuple(before)
        elif listed is not None:
            last = self._proper_run(listed)  # "các đồng chí Phó Chủ tịch UBND tỉnh: A, B"
            if last is not None and (self._family_name(listed, last) or self._foreign(listed, last)):
                name = listed, last
        if name is None:
            return self._titled_then_addressed(i, before, end)
        first, last = name
        occurrence, end = self._described(first, last, honorific, before, cued=False, rule=BY_TITLE)
        return occurrence, end, plural, tuple(before) if plural else ()

    def _listed_after(self, end: int) -> int | None:
        """Where a list opens after a colon right after titles ending at token ``end``, or after a word that
        announces one ("Các Phó Chủ tịch Hội gồm: …"); ``None`` where no colon follows."""
        k = end + 1
        if k < len(self.keys) and self.spaced[k]:
            k += self._phrase_at(k, self.voc.list_cues)
        return k if k < len(self.keys) and _COLON.fullmatch(self.gaps[k]) else None

    def _titled_then_addressed(self, i: int, before: list[Position], end: int) -> _Found | None:
        """Titles, a comma or "là", then the person: "Phát biểu tại lễ, Chủ tịch Hội, ông Nguyễn Văn A cho biết",
        "Chủ tịch Hội là ông Phùng Văn B", "Hiệu trưởng nhà trường là cô giáo Lò Thị C"."""
        k = end + 1
        opens_clause = (
            i == 0
            or bool(_CLAUSE.search(self.gaps[i]))
            or self.keys[i - 1] in (self.voc.word["theo"], self.voc.word["và"], self.voc.word["là"])
        )
        if not before or not opens_clause or k >= len(self.keys):
            return None
        joined = self._joining(k, "là")
        if joined:
            k += 1
        elif not _COMMA.fullmatch(self.gaps[k]):
            return None
        # after "là", a word that describes the person will do too: "Hiệu trưởng Trường X là thầy Y"
        addressed = self._addressed(k) or (self._described_by(k) if joined else None)
        if addressed is None:
            return None
        occurrence, last, plural, _ = addressed
        positions = (*before, *occurrence.positions)
        return attrs.evolve(occurrence, positions=positions, rule=BY_TITLE_THEN_HONORIFIC), last, plural, ()

    def _described_by(self, i: int) -> _Found | None:
        """A name after a word that describes a person: "nhà văn A", "lãnh tụ Cuba Phidel Castro"."""
        size = self._phrase_at(i, self.voc.descriptors)
        if not size or self._opened_before(i, i):
            return None  # ("Quỹ Cứu trợ Trẻ em Maple Leaf": a word of a body's name that opens before it)
        j = i + size
        if j + 1 < len(self.keys) and self.keys[j] == self.voc.word["người"] and self.spaced[j + 1]:
            j += 1  # "nhà báo người Pháp A": the nationality
        if j < len(self.keys) and j in self.place_starts and self.spaced[j]:
            while j in self.place_cover:  # the country of a foreign person
                j += 1
        if j >= len(self.keys) or not self.spaced[j]:
            return None
        last = self._proper_run(j)
        if last is None:
            return None
        # A royal is often named by one word: "Hoàng thân Souphanouvong".
        royal = self._phrase_at(i, self.voc.royals) == size and last == j and not is_syllable(self.texts[j])
        if not (royal or self._family_name(j, last) or self._outlandish(j, last)):
            return None
        occurrence, end = self._described(j, last, None, (), cued=False, rule=BY_DESCRIPTOR)
        return attrs.evolve(occurrence, whole=royal), end, False, ()

    def _bare(self, i: int, *, listed: bool) -> _Found | None:
        """A name with no cue before it: in a list, or followed by a position or a role verb."""
        if not self.propers[i] or (i > 0 and self.propers[i - 1] and self.spaced[i]):
            return None  # not the start of a run of name words
        last = self._proper_run(i)
        if last is None or last == i:
            return None  # one word is no name without a cue before it
        if i in self.place_cover or self._named_place(i) or self._credit(i):
            return None
        if self._family_name(i, last):
            occurrence, end = self._described(i, last, None, (), cued=False, rule=IN_LIST if listed else None)
            # Two words are a name only in a list: "Kim Bôi, Chủ tịch UBND huyện" is a district.
            if listed or (occurrence.positions and last - i >= 2):
                return occurrence, end, False, ()
            return None
        vietnamese = self._vietnamese(i, last)
        if not vietnamese and self._phrase_at(i, self.voc.org_heads):
            return None  # "như: Quỹ Ford, ...": a body; but "Trường Chinh" is a name
        if listed and ((vietnamese and 2 <= last - i + 1 <= _MAX_NAME) or self._foreign(i, last)):
            occurrence, end = self._described(i, last, None, (), cued=False, rule=IN_LIST)
            return occurrence, end, False, ()
        return None

    def mention_at(self, i: int, keys: tuple[str, ...]) -> tuple[int, int] | None:
        """The span of the full name with these word keys written from token ``i``, as a whole run of name words."""
        last = i + len(keys) - 1
        if (
            last < len(self.keys)
            and all(
                self.keys[i + k] == key and (self.propers[i + k] or self._particle(i + k))
                for k, key in enumerate(keys)
            )
            and all(self.spaced[i + k] for k in range(1, len(keys)))
            and not (last + 1 < len(self.keys) and self.propers[last + 1] and self.spaced[last + 1])
            and not self._named_place(i)
            and not self._credit(i)
        ):
            return self.starts[i], self.ends[last]
        return None


def _with_positions(occurrence: _Occurrence, positions: Iterable[Position]) -> _Occurrence:
    """The occurrence with the positions it lacks of ``positions`` added."""
    known = {_position_key(p) for p in occurrence.positions}
    added = tuple(p for p in positions if _position_key(p) not in known)
    return attrs.evolve(occurrence, positions=(*occurrence.positions, *added)) if added else occurrence


# ------------------------------------------------------------ merging


def _one_diacritic_apart(left: str, right: str) -> bool:
    """Whether two names differ by one diacritic only ("Nguyễn"/"Nguyên", "Trương"/"Trường")."""
    if len(left) != len(right) or _strip_marks(left) != _strip_marks(right):
        return False
    return sum(x != y for x, y in zip(left, right, strict=True)) == 1


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).replace("đ", "d")


def _position_key(position: Position) -> str:
    return fold_key(f"{position.title} {position.organization or ''}")


def _refers_to(short: Position, full: Position, canonical: Callable[[str], str | None]) -> bool:
    """Whether ``short`` is ``full`` written shorter: the same title with no body ("Phó Chủ tịch"), or
    with the body's name cut short ("Chủ tịch" | "Hội", "Chủ tịch" | "Liên hiệp hữu nghị" of "Liên
    hiệp các tổ chức hữu nghị tỉnh X"): its words, in order, from the same head noun; or with the
    body's short name that the gazetteer knows for it ("Phó Chủ tịch" | "VUFO"); or, neither naming
    a body, some of the title's words, in order, from its first ("Đại sứ", "Đại sứ Cuba" of "Đại sứ Đặc
    mệnh toàn quyền Cuba tại Việt Nam").

    ``canonical`` gives the name the gazetteer's organisation table knows a body by, or ``None``.
    """
    if short.organization is None and full.organization is None:
        return _cut_short(keys(short.title), keys(full.title))
    if full.organization is None:
        return False
    if short.organization is None:
        # (or the first words of the whole position: "Thứ trưởng" of "Thứ trưởng Thường trực" | "Bộ Ngoại giao",
        # "Trưởng ban" of "Trưởng" | "Ban Đối ngoại Trung ương")
        whole = (*keys(full.title), *keys(full.organization))
        return fold_key(short.title) == fold_key(full.title) or _cut_short(keys(short.title), whole)
    if fold_key(short.title) != fold_key(full.title):
        return False
    known = canonical(short.organization)
    if known is not None and len(short.organization) < len(full.organization) and known == canonical(full.organization):
        return True
    return _cut_short(keys(short.organization), keys(full.organization))


def _cut_short(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether the words ``short`` are fewer than ``full`` and, in order, some of them from the same first word
    on: "Đại sứ Phần Lan" of "Đại sứ Đặc mệnh toàn quyền nước Cộng hòa Phần Lan tại Việt Nam"."""
    if len(short) >= len(full) or short[:1] != full[:1]:
        return False
    rest = iter(full)
    return all(key in rest for key in short)


@attrs.define
class _Person:
    """A person being gathered from several occurrences."""

    keys: tuple[str, ...]
    spelling: str
    surfaces: Counter[str] = attrs.field(factory=Counter)
    spans: set[tuple[int, int]] = attrs.field(factory=set)
    honorific: str | None = None
    positions: list[Position] = attrs.field(factory=list)
    rules: Rules = attrs.field(factory=Rules)

    def add(
        self, text: str, occurrence: _Occurrence, canonical: Callable[[str], str | None], *, full: bool = True
    ) -> None:
        """Take in one more occurrence; a full one also votes for how the name is spelt.

        ``canonical`` names a body as the gazetteer knows it (see :func:`_refers_to`).
        """
        if full:
            self.surfaces[text[occurrence.start : occurrence.end]] += 1
        self.spans.add((occurrence.start, occurrence.end))
        self.honorific = self.honorific or occurrence.honorific
        self.rules.add(occurrence.rule, occurrence.start)
        known = {_position_key(p) for p in self.positions}
        earlier = len(self.positions)

        def refers(short: Position, k: int, full: Position) -> bool:
            # A title without a body is another occurrence's position written shorter; within one
            # occurrence the text names two ("Chủ tịch A - Chủ tịch Liên Việt": the state's, then a body's).
            return _refers_to(short, full, canonical) and (short.organization is not None or k < earlier)

        for position in occurrence.positions:
            if (key := _position_key(position)) in known:
                continue
            known.add(key)
            # "Chủ tịch Hội" written again after "Chủ tịch Hội hữu nghị ... tỉnh X": one position,
            # named in full where the text gives the full name.
            fuller = next((k for k, p in enumerate(self.positions) if refers(position, k, p)), None)
            if fuller is not None:
                continue
            generic = next((k for k, p in enumerate(self.positions) if refers(p, k, position)), None)
            if generic is not None:
                self.positions[generic] = position
            else:
                self.positions.append(position)

    @property
    def foreign(self) -> bool:
        """Whether the name has a word no Vietnamese syllable spells ("Suzuki Kenji", "Keo Sothea")."""
        return not all(is_syllable(word) for word in self.spelling.split())

    def abridged_as(self, keys: tuple[str, ...]) -> bool:
        """Whether a foreign name is shortened to ``keys`` from its front, or to its first and last words.

        Lao and Thai people go by their given name, which comes first ("ông Khăm-phăn"),
        East Asian names open with the family name ("bà Yoon"), and a Russian or Spanish
        name drops its middle ("ông Dmitry Orlov", "Ernesto Rodríguez").
        """
        if not self.foreign or len(self.keys) <= len(keys):
            return False
        if self.keys[: len(keys)] == keys:
            return True
        rest = iter(self.keys)
        return keys[0] == self.keys[0] and keys[-1] == self.keys[-1] and all(key in rest for key in keys)

    def same_roles(self, positions: Sequence[Position]) -> bool:
        """Whether positions fit this person's: either side has none, or they share one."""
        if not positions or not self.positions:
            return True
        return bool({_position_key(p) for p in positions} & {_position_key(p) for p in self.positions})


class _Gathered:
    """The people gathered so far, indexed by the keys each look-up asks for, so that gathering stays linear."""

    def __init__(self) -> None:
        self.people: list[_Person] = []
        self._by_keys: dict[tuple[str, ...], _Person] = {}
        #: By name without diacritics: the only people one diacritic may set apart.
        self._by_bare: dict[str, list[_Person]] = {}
        #: By the last words of a longer name: what a short form ("ông Doanh") names.
        self._by_ending: dict[tuple[str, ...], list[_Person]] = {}
        #: Foreign people by their first word, which every abridged form keeps.
        self._foreign: dict[str, list[_Person]] = {}

    def add(self, keys: tuple[str, ...], spelling: str) -> _Person:
        person = _Person(keys, spelling)
        self.people.append(person)
        self._by_keys[keys] = person
        self._by_bare.setdefault(_strip_marks(spelling), []).append(person)
        for size in range(1, len(keys)):
            self._by_ending.setdefault(keys[-size:], []).append(person)
        if person.foreign:
            self._foreign.setdefault(keys[0], []).append(person)
        return person

    def person_of(self, occurrence: _Occurrence) -> _Person:
        """The person gathered so far that the occurrence names, or a new one."""
        person = self._by_keys.get(occurrence.keys)
        if person is None:
            person = next(
                (
                    p
                    for p in self._by_bare.get(_strip_marks(occurrence.spelling), ())
                    if _one_diacritic_apart(p.spelling, occurrence.spelling) and p.same_roles(occurrence.positions)
                ),
                None,
            )
        return person or self.add(occurrence.keys, occurrence.spelling)

    def shortened_to(self, keys: tuple[str, ...]) -> list[_Person]:
        """The people whose name ends with ``keys``, or failing that the foreign people it abridges
        (at most two: one is an answer, two are none)."""
        found = self._by_ending.get(keys, [])
        if found:
            return found[:2]
        return list(itertools.islice((p for p in self._foreign.get(keys[0], ()) if p.abridged_as(keys)), 2))


def _gather(
    text: str, occurrences: Sequence[_Occurrence], canonical: Callable[[str], str | None]
) -> list[_Person]:
    """The people of the occurrences: the same name, or one diacritic apart, is one person.

    A short form ("ông Doanh", "bà Phương Nga") is the one person whose name ends so,
    or failing that the one foreign person it abridges (:meth:`_Person.abridged_as`);
    a short form that fits no one, or several, is left out, unless it is two words long
    and so may be a full name itself ("Trường Chinh").
    """
    family = _vocabulary().family

    def short(occurrence: _Occurrence) -> bool:
        if occurrence.whole:
            return False
        return len(occurrence.keys) == 1 or (len(occurrence.keys) == 2 and occurrence.keys[0] not in family)

    gathered = _Gathered()
    for occurrence in (o for o in occurrences if not short(o)):
        gathered.person_of(occurrence).add(text, occurrence, canonical)
    for occurrence in (o for o in occurrences if short(o)):
        matching = gathered.shortened_to(occurrence.keys)
        if len(matching) == 1:
            matching[0].add(text, occurrence, canonical, full=False)
        elif len(occurrence.keys) > 1:
            gathered.person_of(occurrence).add(text, occurrence, canonical)
    return gathered.people


def find_people(article: Article) -> list[Person]:
    """The people the article names in full, each once, in order of first mention.

    Pure and cheap: it reads only ``article.sentences`` and keeps nothing between calls.
    """
    readers = [_Reader(article, sentence) for sentence in article.sentences]
    occurrences = [occurrence for reader in readers for occurrence in reader.people()]
    gazetteer = article.gazetteer
    gathered = _gather(article.text, occurrences, lambda body: gazetteer.lookup("organization", body))
    names = [max(person.surfaces.items(), key=lambda item: item[1])[0] for person in gathered]
    # The names written again with no cue: each run of name words is looked up once.
    # "Hồ Chí Minh" also names a city: it is a person only where a cue says so.
    again = {
        person.keys: person
        for person, name in zip(gathered, names, strict=True)
        if article.gazetteer.lookup("province", name) is None
    }
    sizes = sorted({len(keys) for keys in again})
    firsts = {keys[0] for keys in again}
    for reader in readers:
        if firsts.isdisjoint(reader.keys):
            continue  # most sentences name no one found
        for i, key in enumerate(reader.keys):
            if not reader.propers[i] or key not in firsts:
                continue
            for size in sizes:
                person = again.get(reader.keys[i : i + size])
                if person is None or (reader.starts[i], reader.ends[i + len(person.keys) - 1]) in person.spans:
                    continue  # no one's name, or a mention a cue has already found
                if (span := reader.mention_at(i, person.keys)) is not None:
                    person.spans.add(span)
    people = []
    for person, name in zip(gathered, names, strict=True):
        mentions = tuple(article.mention(start, end) for start, end in sorted(person.spans))
        positions = tuple(person.positions)
        people.append(Person(" ".join(name.split()), person.honorific, positions, mentions, person.rules.sources()))
    return sorted(people, key=lambda p: p.mentions[0].start)


@hookimpl
def vnfriendship_extract(article: Article) -> Facts:
    """The people of the article (see :func:`find_people`)."""
    return Facts(people=tuple(find_people(article)))
