"""Member organisations of the friendship unions: associations, committees, overseas Vietnamese.

A friendship association is "Hội (hữu nghị) Việt Nam - X" or "Hội hữu nghị Việt - X"
(X a country, its short form as in "Việt - Nga", or a region), the national one
("Trung ương Hội ...", "... trung ương") or a local chapter ("... tỉnh Gia Lai",
"... TPHCM", "... Thái Nguyên"; "... tỉnh" alone is the chapter of the province the
article is about). The name ends where its partner and place end, not at the end
of the sentence. "Hội Liên lạc với người Việt Nam ở nước ngoài" and "Hội Liên lạc
Việt kiều ..." are overseas Vietnamese associations; "Ủy ban Hòa bình Việt Nam" and
"Ủy ban Đoàn kết ..." are committees.

Foreign counterparts ("Hội hữu nghị Thái Lan - Việt Nam"), branches ("Chi hội ...")
and other bodies are not members. A bare "Hội hữu nghị Việt - Lào" in an article
about a local chapter of the same partner is that chapter; a bare "Hội hữu nghị
Việt Nam - Lào" beside one is the national association.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Literal

import attrs
import regex

from .._article import Article
from .._gazetteer import Gazetteer, GazetteerEntry
from .._hookspecs import hookimpl
from .._model import Facts, MemberKind, MemberOrganization, Mention
from .._phrases import alternation
from .._places import has_prefix, province_at, unit_at
from .._provenance import Rules
from .._text import fold_key, key_set, words
from ..data import association_partner
from ..data.organizations_patterns import (
    BRANCH_WORDS,
    CENTRAL_WORDS,
    LOCAL_CHAPTER_WORDS,
    PARTNER_REGIONS,
    STATE_FORMS,
)

__all__ = [
    "ASSOCIATION",
    "ASSOCIATIONS_TOGETHER",
    "FACET",
    "MEMBER_OF_UNION",
    "OVERSEAS",
    "PEACE_COMMITTEE",
    "RULES",
    "SOLIDARITY_COMMITTEE",
    "find_members",
    "vnfriendship_extract",
]

FACET = "member_organizations"

# The rules that find a member organisation, named in each fact's ``sources`` (docs/plugins.md lists them).
#: "Hội hữu nghị Việt Nam - Lào tỉnh X", "Hội hữu nghị Việt - Nga".
ASSOCIATION = "association name"
#: "Hội hữu nghị Việt Nam - Lào, Việt Nam - Campuchia tỉnh X": one name, several associations.
ASSOCIATIONS_TOGETHER = "associations named together"
#: "Hội Liên lạc với người Việt Nam ở nước ngoài".
OVERSEAS = "overseas Vietnamese association"
#: "Ủy ban Hòa bình Việt Nam".
PEACE_COMMITTEE = "peace committee"
#: "Ủy ban Đoàn kết Việt Nam - Cuba".
SOLIDARITY_COMMITTEE = "solidarity committee"
#: "Quỹ … Việt Nam là thành viên của Liên hiệp …", and that body's other mentions.
MEMBER_OF_UNION = "said to be a member of a union"
#: Every rule of this extractor.
RULES = (ASSOCIATION, ASSOCIATIONS_TOGETHER, OVERSEAS, PEACE_COMMITTEE, SOLIDARITY_COMMITTEE, MEMBER_OF_UNION)

_I = regex.IGNORECASE
# How far past a position the words about it may reach (a ``regex`` match costs as much as its window).
_REACH = 80
_NOT_WORD_BEFORE = r"(?<![\p{L}\p{N}])"
_NOT_WORD_AFTER = r"(?![\p{L}\p{N}])"
_DASH = r"\s*[-–—]\s*"

_ASSOCIATION = regex.compile(
    _NOT_WORD_BEFORE
    + r"(?P<hoi>Hội)\s+(?P<friendship>hữu\s+nghị\s+(?:và\s+hợp\s+tác\s+)?)?"
    + r"(?P<viet>Việt(?P<nam>\s+Nam)?|(?P<nam>(?-i:VN)))"
    + _DASH,
    _I,
)
_OVERSEAS = regex.compile(
    _NOT_WORD_BEFORE
    + r"Hội\s+Liên\s+lạc\s+(?:với\s+)?(?:người\s+Việt\s+Nam\s+ở\s+nước\s+ngoài|Việt\s+kiều|kiều\s+bào)"
    + _NOT_WORD_AFTER,
    _I,
)
# Committees are names only capitalised: "ủy ban hòa bình, đoàn kết" in running text are kinds of bodies.
_COMMITTEE = r"(?-i:Ủ[yY]|U[ỷỶ])\s+ban"
_PEACE = regex.compile(
    _NOT_WORD_BEFORE + _COMMITTEE + r"\s+(?:Hòa|Hoà)\s+bình(?P<vietnam>\s+Việt\s+Nam)?" + _NOT_WORD_AFTER, _I
)
_SOLIDARITY = regex.compile(
    _NOT_WORD_BEFORE
    + _COMMITTEE
    + r"\s+(?:Việt\s+Nam\s+)?Đoàn\s+kết(?:\s+và\s+Hợp\s+tác)?(?:\s+(?:với\s+)?nhân\s+dân)?"
    + _NOT_WORD_AFTER,
    _I,
)
# "... là tổ chức thành viên của Liên hiệp ...": the sentence names a member of another kind.
_MEMBER_OF = regex.compile(r"thành\s+viên\s+(?:của|thuộc)\s+Liên\s+hiệp" + _NOT_WORD_AFTER, _I)
_OTHER_MEMBER = regex.compile(
    _NOT_WORD_BEFORE
    + r"(?P<head>Quỹ|Hội\s+đồng|Hội|(?:Ủy|Uỷ)\s+ban|Viện|Trung\s+tâm)\s+\p{Lu}[^,;:.()\n]{0,60}?\sViệt\s+Nam"
    + _NOT_WORD_AFTER
)
_COMMITTEE_HEAD = regex.compile(r"(?:Ủy|Uỷ)\s+ban", _I)
# "Hội hữu nghị Việt Nam - Lào, Việt Nam - Campuchia tỉnh ...": two associations of one place.
_COORDINATED = regex.compile(r"\s*(?:,|và)\s*(?P<pair>(?:Việt(?:\s+Nam)?|(?-i:VN))" + _DASH + ")", _I)
_ACRONYM_AFTER = regex.compile(r"\s*\(\s*(?P<acronym>\p{Lu}[\p{Lu}\d&-]{1,9})\s*\)")
# What may stand between a name and its province written with "tỉnh"/"thành phố": "tại", or a comma.
_AT = regex.compile(r"\s+tại" + _NOT_WORD_AFTER + r"|\s*,", _I)
# "… có 4 hội thành viên là …", "… tổ chức thành viên gồm: …": a union's members are listed next.
_MEMBERS_LISTED = regex.compile(r"thành\s+viên\s*,?\s*(?:là|gồm(?:\s+có)?|bao\s+gồm|:)\s*:?\s*$", _I)
_UNION_NAME = regex.compile(r"Liên\s+hiệp(?:\s+các\s+(?:tổ\s+chức\s+)?)?\s*hữu\s+nghị(?:\s+Việt\s+Nam)?", _I)
_PARTNER_JOIN = regex.compile(_DASH)
_COUNTRIES_OF = regex.compile(r"(?:các\s+)?nước\s+", _I)
# "Việt Nam - Liên bang Đức": the form of a state before its name.
_STATE_FORM = regex.compile(r"(?:" + alternation(STATE_FORMS) + r")\s+")
_VIETNAM = regex.compile(r"\s+Việt\s+Nam" + _NOT_WORD_AFTER, _I)
_VIETNAM_DASH = regex.compile(r"Việt\s+Nam" + _DASH, _I)
_FOREIGN_PEACE_AFTER = regex.compile(r"\s+(?:(?i:thế\s+giới)|\p{Lu})")
# "Ủy ban Hòa bình và Đoàn kết Nepal": a longer name, which is ours only with "Việt Nam" after it.
_PEACE_LONGER = regex.compile(r"\s+và\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?")
_CENTRAL_AFTER = regex.compile(
    r"\s+(?:" + "|".join(regex.escape(w) for w in CENTRAL_WORDS) + r")" + _NOT_WORD_AFTER, _I
)
_CENTRAL_BEFORE = regex.compile(r"(?:" + "|".join(regex.escape(w) for w in CENTRAL_WORDS) + r")\s+$", _I)
# A district, town or provincial city after a name: "huyện Con Cuông", "thị xã Cửa Lò", "thành phố Vinh".
_DISTRICT = regex.compile(r"\s+(?i:huyện|quận|thị\s+xã|thành\s+phố|TP\.?)\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}")
_MANY_PLACES = regex.compile(
    r"\s+(?:các|những)\s+(?:cấp|tỉnh|thành\s+phố|địa\s+phương|huyện|quận)" + _NOT_WORD_AFTER, _I
)
_WORD_BEFORE = regex.compile(r"([\p{L}]+)\s+$")

_Form = Literal["full", "short", "other"]


@attrs.frozen
class _Ref:
    """One place where the text names a member organisation."""

    kind: MemberKind
    partner: str  # what tells two organisations of a kind apart: partner countries, or a folded name
    countries: tuple[str, ...]
    locality: str | None
    start: int
    end: int
    form: _Form = "other"  # "full": "Việt Nam - X"; "short": "Việt - X"
    national: bool = False  # said to be the national body ("Trung ương Hội...", "... trung ương")
    full_name: bool = True  # the whole name is written, so it may name the organisation
    name: str | None = None  # the name, where the text does not write it in one piece
    acronym: str | None = None
    rule: str = attrs.field(kw_only=True)  # which of :data:`RULES` found it


@cache
def _regions() -> Gazetteer:
    return Gazetteer(GazetteerEntry("region", name, name) for name in PARTNER_REGIONS)


class _Reader:
    """Reads the member organisations of one article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.gazetteer = article.gazetteer
        self.places = article.places
        # Where each named member occurs, found once per name: an article may say it many times.
        self._occurrences: dict[str, list[tuple[int, int]]] = {}
        self._sentences_with: dict[str, list[int]] | None = None

    def refs(self) -> Iterator[_Ref]:
        for sentence in self.article.sentences:
            start, end = sentence.start, sentence.end
            for match in _ASSOCIATION.finditer(self.text, start, end):
                yield from self._associations(match, start, end)
            for match in _OVERSEAS.finditer(self.text, start, end):
                locality, stop, national = self._place(match.end(), end)
                kind: MemberKind = "overseas_vietnamese_association"
                yield _Ref(kind, "", (), locality, match.start(), stop, national=national, rule=OVERSEAS)
            for match in _PEACE.finditer(self.text, start, end):
                peace = self._peace(match, end)
                if peace is not None:
                    yield peace
            for match in _SOLIDARITY.finditer(self.text, start, end):
                ref = self._solidarity(match, end)
                if ref is not None:
                    yield ref
            member_of = _MEMBER_OF.search(self.text, start, end)
            if member_of is not None:
                yield from self._other(member_of, start, end)

    def _other(self, member_of: regex.Match[str], start: int, end: int) -> Iterator[_Ref]:
        """The body a sentence says is a member of a union, and its other mentions in the article.

        Of the names ending in "Việt Nam" ("Quỹ Hòa bình và Phát triển Việt Nam"),
        the one nearest the words "thành viên của Liên hiệp" is the member.
        """
        candidates = [
            match
            for match in _OTHER_MEMBER.finditer(self.text, start, end, overlapped=True)
            if not _KNOWN_KIND.match(self.text, match.start(), match.end())
            and (match.end() <= member_of.start() or match.start() >= member_of.end())
        ]
        if not candidates:
            return
        nearest = min(candidates, key=lambda m: min(abs(m.end() - member_of.start()), abs(m.start() - member_of.end())))
        name = nearest.group()
        kind: MemberKind = "committee" if _COMMITTEE_HEAD.match(nearest.group("head")) else "other"
        for start_at, end_at in self._occurrences_of(name):
            yield _Ref(kind, fold_key(name), (), None, start_at, end_at, rule=MEMBER_OF_UNION)

    def _occurrences_of(self, name: str) -> list[tuple[int, int]]:
        """Every mention of ``name`` in the article, read only in the sentences holding its first word."""
        if name not in self._occurrences:
            same = Gazetteer([GazetteerEntry("member", name, name)])
            sentences = self.article.sentences
            found = []
            for index in self._sentences_holding(words(name)[0].key):
                sentence = sentences[index]
                tokens = self.article.words(sentence.start, sentence.end)
                for match in same.iter_find("member", self.text, sentence.start, sentence.end, tokens=tokens):
                    found.append((match.start, match.end))
            self._occurrences[name] = found
        return self._occurrences[name]

    def _sentences_holding(self, key: str) -> list[int]:
        """The indexes of the sentences with a word of this fold key, in order."""
        if self._sentences_with is None:
            self._sentences_with = {}
            for index, sentence in enumerate(self.article.sentences):
                for word_key in set(self.article.words(sentence.start, sentence.end).keys):
                    self._sentences_with.setdefault(word_key, []).append(index)
        return self._sentences_with.get(key, [])

    # ------------------------------------------------------------ one name

    def _associations(self, match: regex.Match[str], first: int, limit: int) -> list[_Ref]:
        """The associations of "Hội hữu nghị Việt Nam - X", or of "... Việt Nam - X, Việt Nam - Y tỉnh Z", in a
        sentence that starts at ``first``."""
        text = self.text
        before = text[max(0, match.start() - 24) : match.start()]
        word_before = _WORD_BEFORE.search(before)
        word = fold_key(word_before.group(1)) if word_before is not None else ""
        if word in _BRANCH_KEYS:
            return []  # "Chi hội ...", "Hiệp hội ...": a branch or another kind of body
        if match.group("friendship") is None and not match.group("hoi").startswith("H"):
            return []  # "hội Việt Nam - Lào" in running text is no name
        local = word in _LOCAL_CHAPTER_KEYS and word_before is not None  # "Tỉnh hội ..."
        start = match.start() - len(word_before.group()) if local and word_before else match.start()
        pairs: list[tuple[int, int, tuple[str, ...], str]] = []  # each "Việt Nam - X": start, end, countries, key
        position, pair_start = match.end(), match.start("viet")
        while (partners := self._partners(position, limit)) is not None:
            countries, key, pair_end = partners
            pairs.append((pair_start, pair_end, countries, key))
            more = _COORDINATED.match(text, pair_end, _near(pair_end, limit))
            if more is None:
                break
            pair_start, position = more.start("pair"), more.end()
        if not pairs or _MANY_PLACES.match(text, pairs[-1][1], _near(pairs[-1][1], limit)):
            return []  # none, or the associations of many places: "Hội Hữu nghị Việt Nam - Lào các cấp"
        stop = pairs[-1][1]
        locality, end, national = self._place(stop, limit)
        district = None if locality or national else _DISTRICT.match(text, stop, _near(stop, limit))
        if district is not None:  # "Hội Hữu nghị Việt - Lào huyện Con Cuông": a chapter below the province
            locality, end = self.places.around(start), district.end()
            pairs = [(a, b, countries, f"{key} {fold_key(district.group().strip())}") for a, b, countries, key in pairs]
        if locality is None and not national and local:
            locality = self.places.around(start, city=word != fold_key("tỉnh"))
        if locality is None and not national and district is None:
            locality = self._union_listing(first, start)
        national = national or _CENTRAL_BEFORE.search(before) is not None
        form: _Form = "full" if match.group("nam") else "short"
        if len(pairs) == 1:
            _, _, countries, key = pairs[0]
            acronym = self._acronym_after(end, limit)
            kind: MemberKind = "friendship_association"
            return [_Ref(kind, key, countries, locality, start, end, form, national, acronym=acronym, rule=ASSOCIATION)]
        head, tail = text[start : match.start("viet")], text[stop:end]
        return [
            _Ref(
                "friendship_association", key, countries, locality,
                start if index == 0 else pair_start, end if index == len(pairs) - 1 else pair_end,
                form, national, full_name=False, name=head + text[pair_start:pair_end] + tail,
                rule=ASSOCIATIONS_TOGETHER,
            )
            for index, (pair_start, pair_end, countries, key) in enumerate(pairs)
        ]  # fmt: skip

    def _union_listing(self, first: int, start: int) -> str | None:
        """The province of the union whose member list the name at ``start`` opens: "Liên hiệp các tổ chức hữu
        nghị tỉnh X … có 4 hội thành viên là Hội hữu nghị Việt Nam - Lào, …" lists chapters of X."""
        cue = _MEMBERS_LISTED.search(self.text, max(first, start - _REACH), start)
        if cue is None:
            return None
        unions = list(_UNION_NAME.finditer(self.text, max(first, cue.start() - 4 * _REACH), cue.start()))
        place = province_at(self.article, unions[-1].end(), cue.start()) if unions else None
        return place.canonical if place is not None and has_prefix(place) else None

    def _acronym_after(self, position: int, limit: int) -> str | None:
        """An acronym in brackets right after a name ("(VJFA)"), unless it is a place ("(TPHCM)")."""
        match = _ACRONYM_AFTER.match(self.text, position, _near(position, limit))
        if match is None or self.gazetteer.lookup("province", match.group("acronym")) is not None:
            return None
        return str(match.group("acronym"))

    def _partners(self, position: int, limit: int) -> tuple[tuple[str, ...], str, int] | None:
        """The partner countries (or region) of "Việt Nam - X - Y": codes, a key, and where they end."""
        codes: list[str] = []
        names: list[str] = []
        while True:
            found = self._partner(position, limit)
            if found is None:
                break
            code, end = found
            if code:
                codes.append(code)
            names.append(fold_key(self.text[position:end]))
            position = end
            join = _PARTNER_JOIN.match(self.text, position, _near(position, limit))
            if join is None or self._partner(join.end(), limit) is None:
                break
            position = join.end()
        if not names:
            return None
        countries = tuple(dict.fromkeys(code for code in codes if code != "VN"))
        return countries, " ".join(countries) if countries else " ".join(names), position

    def _partner(self, position: int, limit: int) -> tuple[str, int] | None:
        """One partner right at ``position``: (ISO code or "" for a region, end)."""
        best: tuple[str, int] | None = None
        many = _COUNTRIES_OF.match(self.text, position, _near(position, limit))  # "Việt Nam - Các nước Bắc Âu"
        region_start = many.end() if many is not None else position
        region_end = min(limit, region_start + 40)
        region_words = self.article.words(region_start, region_end)
        for match in _regions().iter_find("region", self.text, region_start, region_end, tokens=region_words):
            if match.start == region_start:
                best = ("", match.end)
            break
        form = _STATE_FORM.match(self.text, position, _near(position, limit))
        for match in self.article.matches("country", position, min(limit, position + 60)):
            at_name = match.start == position or (form is not None and match.start == form.end())
            if at_name and match.text[:1].isupper() and (best is None or match.end > best[1]):
                best = (match.canonical, match.end)
            break
        tokens = self.article.words(position, min(limit, position + 20))[:2]
        for count in (2, 1):
            if len(tokens) >= count and tokens[0].start == position and tokens[0].text[:1].isupper():
                end = tokens[count - 1].end
                code = association_partner(self.text[position:end])
                if code is not None and (best is None or end > best[1]):
                    best = (code, end)
        return best

    def _place(self, position: int, limit: int) -> tuple[str | None, int, bool]:
        """What follows a name: (locality, where the name ends, whether it says "trung ương")."""
        central = _CENTRAL_AFTER.match(self.text, position, _near(position, limit))
        if central is not None:
            return None, central.end(), True
        place = province_at(self.article, position, limit)
        if place is not None:
            return place.canonical, place.end, False
        # "Hội hữu nghị Việt - Nhật tại TP.HCM", "Hội Hữu nghị Việt Nam - Lào, tỉnh Nghệ An"
        at = _AT.match(self.text, position, _near(position, limit))
        place = province_at(self.article, at.end(), limit) if at is not None else None
        if place is not None and has_prefix(place):
            return place.canonical, place.end, False
        unit = unit_at(self.text, position, limit)
        if unit is not None and unit.of_page:
            locality = self.places.around(position, city=unit.city)
            if locality is not None:
                return locality, unit.end, False
        return None, position, False

    def _peace(self, match: regex.Match[str], limit: int) -> _Ref | None:
        """ "Ủy ban Hòa bình Việt Nam", or a local one ("... thành phố Hải Phòng"); not "Ủy ban Hòa bình Nhật Bản"."""
        if match.group("vietnam"):
            return _Ref("committee", "peace", (), None, match.start(), match.end(), rule=PEACE_COMMITTEE)
        longer = _PEACE_LONGER.match(self.text, match.end(), _near(match.end(), limit))
        if longer is not None:
            vietnam = _VIETNAM.match(self.text, longer.end(), _near(longer.end(), limit))
            if vietnam is None:
                return None
            return _Ref("committee", "peace", (), None, match.start(), vietnam.end(), rule=PEACE_COMMITTEE)
        locality, stop, _ = self._place(match.end(), limit)
        if locality is None and _FOREIGN_PEACE_AFTER.match(self.text, match.end(), _near(match.end(), limit)):
            return None
        full_name = locality is not None
        return _Ref("committee", "peace", (), locality, match.start(), stop, full_name=full_name, rule=PEACE_COMMITTEE)

    def _solidarity(self, match: regex.Match[str], limit: int) -> _Ref | None:
        """ "Ủy ban Đoàn kết ... X", a committee named by its partner (and its place, if local); none without one."""
        position = match.end()
        while position < limit and self.text[position].isspace():
            position += 1
        vietnam = _VIETNAM_DASH.match(self.text, position, _near(position, limit))
        partners = self._partners(vietnam.end() if vietnam else position, limit)
        if partners is None:
            return None
        countries, key, stop = partners
        trailing = _VIETNAM.match(self.text, stop, _near(stop, limit))
        stop = trailing.end() if trailing else stop
        locality, stop, _ = self._place(stop, limit)
        return _Ref("committee", key, countries, locality, match.start(), stop, rule=SOLIDARITY_COMMITTEE)


# Names that the other patterns read (and so are not "other" members).
_KNOWN_KIND = regex.compile(r"|".join(f"(?:{p.pattern})" for p in (_ASSOCIATION, _OVERSEAS, _PEACE, _SOLIDARITY)), _I)
_BRANCH_KEYS = key_set(BRANCH_WORDS)


def _near(position: int, limit: int) -> int:
    """The end of the window read after ``position``: :data:`_REACH` characters, or ``limit`` if nearer."""
    return min(limit, position + _REACH)


_LOCAL_CHAPTER_KEYS = key_set(LOCAL_CHAPTER_WORDS)


@attrs.define
class _Member:
    """A member organisation being gathered across its mentions."""

    kind: MemberKind
    countries: tuple[str, ...]
    locality: str | None
    first: int
    name: str | None = None
    acronym: str | None = None
    mentions: list[Mention] = attrs.field(factory=list)
    rules: Rules = attrs.field(factory=Rules)

    def freeze(self) -> MemberOrganization:
        name = self.name or self.mentions[0].text
        mentions, sources = tuple(self.mentions), self.rules.sources()
        return MemberOrganization(name, self.kind, self.countries, self.locality, self.acronym, mentions, sources)


def _same_body(ref: _Ref, local: list[_Ref]) -> _Ref | None:
    """The local chapter a bare short-form name stands for, when the article has one of that partner."""
    if ref.kind != "friendship_association" or ref.form != "short" or ref.national or ref.locality:
        return None
    return next((other for other in local if other.partner == ref.partner), None)


def find_members(article: Article) -> tuple[MemberOrganization, ...]:
    """Every member organisation the article names, local chapters first."""
    refs = list(_Reader(article).refs())
    local = [ref for ref in refs if ref.locality is not None and ref.kind == "friendship_association"]
    members: dict[tuple[str, str, str | None], _Member] = {}
    seen: set[tuple[int, int]] = set()
    for ref in sorted(refs, key=lambda ref: ref.start):
        if (ref.start, ref.end) in seen:
            continue
        seen.add((ref.start, ref.end))
        chapter = _same_body(ref, local)
        locality = chapter.locality if chapter is not None else None if ref.national else ref.locality
        key = (ref.kind, ref.partner, locality)
        member = members.get(key)
        if member is None:
            member = members[key] = _Member(ref.kind, ref.countries, locality, ref.start)
        if member.name is None and (ref.full_name or ref.name):
            member.name = ref.name or article.text[ref.start : ref.end]
        member.acronym = member.acronym or ref.acronym
        member.mentions.append(article.mention(ref.start, ref.end))
        member.rules.add(ref.rule, ref.start)
    ordered = sorted(members.values(), key=lambda member: (member.locality is None, member.first))
    return tuple(member.freeze() for member in ordered)


@hookimpl
def vnfriendship_extract(article: Article) -> Facts:
    """The member organisations named in the article."""
    return Facts(member_organizations=find_members(article))
