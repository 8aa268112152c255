"""Unions of friendship organisations: VUFO (central) and the provincial unions.

"Liên hiệp các tổ chức hữu nghị Việt Nam" is the central union; written with a
province ("... tỉnh Nghệ An", "... TP Hải Phòng", "... Việt Nam tỉnh Hải Dương") it
is that province's union, and written with a bare "tỉnh" ("Liên hiệp các tổ chức
hữu nghị tỉnh") it is the union of the province the article is about. Short forms
("Liên hiệp Hữu nghị", "Liên hiệp") and acronyms (VUFO, HAUFO...) add mentions to
the union last named. A list ("Liên hiệp các tổ chức hữu nghị các tỉnh: A, B") is
one union per province, and a generic phrase ("Liên hiệp các tổ chức hữu nghị tỉnh,
thành phố", "các Liên hiệp hữu nghị địa phương") names none. The emulation cluster
("Cụm thi đua số 1 gồm ...", "..., Cụm phó Cụm thi đua số 1") and the membership
("có 97 tổ chức thành viên, trong đó có 58 ... Trung ương và 39 Liên hiệp cấp
tỉnh") go to the union they are said of.

Every look-ahead reads a bounded window after its position (see :func:`_near`), so
the work stays linear in the text however long a sentence is.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from .._article import Article, Sentence
from .._gazetteer import Gazetteer, GazetteerMatch
from .._hookspecs import hookimpl
from .._model import Facts, Membership, Mention, Union, UnionLevel
from .._phrases import alternation
from .._places import fits, has_prefix, province_at, unit_at
from .._provenance import Rules
from .._text import fold_key, key_set
from ..data.organizations import FRIENDSHIP_UNION
from ..data.organizations_patterns import (
    AFTER_BARE_UNION,
    CLUSTER_AWARDS,
    CLUSTER_ROLE_VERBS,
    CREDIT_WORDS,
    PLURAL_WORDS,
    RECEIVING_WORDS,
)

__all__ = [
    "ACRONYM",
    "BY_SPEAKER",
    "BY_UNIT",
    "CENTRAL_UNION",
    "FACET",
    "LISTED",
    "NAMED",
    "RULES",
    "UNQUALIFIED",
    "find_unions",
    "vnfriendship_extract",
]

FACET = "unions"

# The rules that find a union, named in each fact's ``sources`` (docs/plugins.md lists them).
#: "Liên hiệp các tổ chức hữu nghị Việt Nam", "... tỉnh Nghệ An", "... Thủ đô".
NAMED = "name with its place"
#: "Liên hiệp các tổ chức hữu nghị tỉnh": the page's province.
BY_UNIT = "name with a bare unit"
#: "Liên hiệp chúng tôi".
BY_SPEAKER = "the speaker's union"
#: "Liên hiệp", "Liên hiệp Hữu nghị": the union last named, or the one the form implies.
UNQUALIFIED = "name without a place"
#: "... các tỉnh: A, B", "... tỉnh A và B".
LISTED = "listed province"
#: "VUFO", or one the article introduced in brackets.
ACRONYM = "acronym"
#: Every rule of this extractor.
RULES = (NAMED, BY_UNIT, BY_SPEAKER, UNQUALIFIED, LISTED, ACRONYM)

#: The central union's name, given to it when the article writes only a short form or VUFO.
CENTRAL_UNION = f"{FRIENDSHIP_UNION} Việt Nam"

_I = regex.IGNORECASE
# How far past a position the words about it may reach (a ``regex`` match costs as much as its window).
_REACH = 160
_NOT_WORD_BEFORE = r"(?<![\p{L}\p{N}])"
_NOT_WORD_AFTER = r"(?![\p{L}\p{N}])"
# An abbreviation inside a document's symbol ("Kế hoạch số 35/KH-LHHN") is the issuing office's code, no mention.
_NOT_IN_SYMBOL = r"(?<![-/–])"
_NOT_IN_SYMBOL_AFTER = r"(?![-/–]\p{Lu})"

# "Liên hiệp các tổ chức hữu nghị", "Liên hiệp các TCHN", also written "… các tổ chức hội hữu nghị"; short: "Liên hiệp
# hữu nghị", "LHHN"; bare: "Liên hiệp".
_HEAD = regex.compile(
    _NOT_WORD_BEFORE
    + r"(?:Liên\s+hiệp(?:(?P<full>\s+các\s+(?:tổ\s+chức\s+(?:hội\s+)?hữu\s+nghị|TCHN))|(?P<short>\s+hữu\s+nghị))?"
    + r"|" + _NOT_IN_SYMBOL + r"(?P<short>(?-i:LHHN|LHCTCHN))" + _NOT_IN_SYMBOL_AFTER + ")"
    + _NOT_WORD_AFTER,
    _I,
)
# A generic abbreviation in brackets between a name and its place: "Liên hiệp các tổ chức hữu nghị (LHHN) tỉnh X".
_BRACKETED = regex.compile(r"\s*\(\s*\p{Lu}{2,9}\s*\)")
_VIETNAM = regex.compile(r"\s+(?:của\s+)?(?:Việt\s+Nam|VN)" + _NOT_WORD_AFTER, _I)
# "... các tỉnh: A, B", "... 6 tỉnh gồm A, B", "... các tỉnh, thành phố thuộc Cụm thi đua số 6: A, B".
_MANY = regex.compile(
    r"\s+(?:của\s+)?(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)\s+(?:tỉnh|thành\s+phố|địa\s+phương)"
    r"(?:\s*(?:,|và|/)\s*(?:tỉnh|thành\s+phố|TP))?(?:\s+(?:thuộc|trong)\s+Cụm\s+thi\s+đua\s+(?:số\s+)?\d{1,2})?"
    r"(?:\s*,?\s*(?:gồm|là))?" + _NOT_WORD_AFTER + r"\s*:?",
    _I,
)
# "... tỉnh Bình Định (cũ) và tỉnh Gia Lai": a province may be said to be the old or the new one.
_JOIN = regex.compile(r"(?:\s*\(?\s*(?:cũ|mới)\s*\)?)?\s*(?:,\s*|(?P<and>và)\s+)(?=\S)", _I)
_LIST_SEPARATOR = regex.compile(r"\s*(?:[,;]\s*(?:và\s+)?|và\s+)", _I)
_GENERIC = regex.compile(
    r"\s+(?:cấp\s+(?:tỉnh|huyện)|(?:ở\s+)?(?:các\s+)?địa\s+phương|trong\s+cụm|các\s+cấp|(?:từ\s+)?trung\s+ương\s+(?:đến|tới))"
    + _NOT_WORD_AFTER,
    _I,
)
# "Liên hiệp các tổ chức hữu nghị Thủ đô (Hà Nội)": the capital's union; "Thủ đô Viêng Chăn" is another capital.
_CAPITAL = regex.compile(r"\s+Thủ\s+đô" + _NOT_WORD_AFTER + r"(?P<other>(?=\s+\p{Lu}))?")
_CAPITAL_CITY = "Hà Nội"
_PLURAL_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(w) for w in PLURAL_WORDS) + r"|hệ\s+thống|\d+)\s+$", _I
)
# What stands between a plural "các Liên hiệp hữu nghị" and the provinces it lists: "các tỉnh:", "gồm".
_PLURAL_LEAD = regex.compile(
    r"(?:\s+(?:của\s+)?(?:các\s+)?(?:tỉnh|thành\s+phố|địa\s+phương)(?:\s*(?:,|và|/)\s*(?:tỉnh|thành\s+phố|TP))?"
    + _NOT_WORD_AFTER
    + r"(?-i:(?!\s+\p{Lu})))?(?:\s*,?\s*(?:gồm|là|như)"
    + _NOT_WORD_AFTER
    + r")?\s*:?",
    _I,
)
_HOI_BEFORE = regex.compile(r"Hội\s+$", _I)
# "Liên hiệp chúng tôi", "Liên hiệp của mình": the speaker's union, in an interview or a speech.
_OURS = regex.compile(r"\s+(?:của\s+)?(?:chúng\s+tôi|chúng\s+ta|mình)" + _NOT_WORD_AFTER, _I)
_NEXT_WORD = regex.compile(r"\s+([\p{L}]+)")
# Any word in capitals may be a union's acronym: a known one (VUFO, HAUFO) or one the article introduced.
_ACRONYM = regex.compile(
    _NOT_WORD_BEFORE + _NOT_IN_SYMBOL + r"\p{Lu}[\p{Lu}\d]{1,7}" + _NOT_WORD_AFTER + _NOT_IN_SYMBOL_AFTER
)
# "(DAFO)", "(QNUFO)" right after a union's name introduces its acronym, whatever its shape.
_ACRONYM_AFTER = regex.compile(r"\s*\(\s*(?P<acronym>\p{Lu}[\p{Lu}\d]{2,7})\s*\)")
_CREDIT_BEFORE = regex.compile(r"(?:" + "|".join(regex.escape(w) for w in CREDIT_WORDS) + r")[^():\n]{0,20}:\s*$", _I)
_CLUSTER = regex.compile(r"Cụm\s+thi\s+đua\s+(?:số\s+)?(?P<number>\d{1,2})" + _NOT_WORD_AFTER, _I)
# "Cụm thi đua số 3 gồm ...", "…, gồm …", or a colon before the provinces a list names ("... Cụm thi đua số 6: A, B").
_CLUSTER_LIST = regex.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:\(\s*)?(?:,\s*)?(?:(?:bao\s+)?gồm" + _NOT_WORD_AFTER + r"|(?P<colon>:))", _I
)
# What may stand between a union and "Cụm thi đua số N" it leads: a person's name, then "Cụm trưởng"...
_CLUSTER_ROLE = regex.compile(
    r"(?:\s+\p{Lu}\p{L}*){0,5}\s*[,(–-]?\s*"
    r"(?i:(?:(?:" + alternation(CLUSTER_ROLE_VERBS) + r")\s+)*"
    r"(?:đơn\s+vị\s+)?(?:Cụm\s+(?:trưởng|phó)|trưởng|phó|thành\s+viên|thuộc)\s+(?:của\s+)?)"
)
_CLUSTER_YEAR = r"(?:\s+năm\s+\d{4})?"
# "… tỉnh X được tặng Cờ thi đua đơn vị dẫn đầu Cụm thi đua số 3": the award to the cluster's leader, received.
_CLUSTER_AWARD = regex.compile(r"(?i:" + alternation(CLUSTER_AWARDS) + r")\s+$")
_RECEIVING = regex.compile(r"(?<!\p{L})(?i:" + alternation(RECEIVING_WORDS) + r")(?!\p{L})")
_CLUSTER_ROLE_BEFORE = regex.compile(r"(?:Cụm\s+(?:trưởng|phó)|(?:Trưởng|Phó)\s+cụm)\s+$", _I)
# (a comma: "Với vai trò Cụm trưởng Cụm thi đua số 2 năm 2024, Liên hiệp … đã …")
_CLUSTER_IS = regex.compile(_CLUSTER_YEAR + r"\s*(?:là|:|thuộc\s+về|,)\s*", _I)
_CLUSTER_BY = regex.compile(_CLUSTER_YEAR + r"\s*,?\s+do\s+", _I)
_CLUSTER_ROLE_AFTER = regex.compile(
    r"\s+(?:(?:làm|là|giữ\s+vai\s+trò|đảm\s+nhận|đảm\s+nhiệm)\s+)?(?:Cụm\s+(?:trưởng|phó)|(?:trưởng|phó)\s+cụm)"
    + _NOT_WORD_AFTER,
    _I,
)
# "Liên hiệp có 47 tổ chức thành viên", "... là ngôi nhà chung của 125 tổ chức thành viên",
# "HUFO cùng 19 tổ chức thành viên đã vận động ...".
# What states the make-up of a union right before its counts by kind, when "thành viên" is not written:
# "VUFO hiện có 64 ...", "... gồm 58 ..."; not a bare "có" ("có 57 hội ... tham dự").
_MAKE_UP = regex.compile(
    r"(?:hiện(?:\s+nay)?(?:\s+đang)?\s+có|đến\s+nay\s+(?:đã\s+)?có|(?:bao\s+)?gồm(?:\s+có)?|tập\s+hợp|quy\s+tụ)\s+$",
    _I,
)
_MEMBERS_VERB = regex.compile(r"[^.;]{0,50}?\b(?:có|gồm|với|cùng|và|tập\s+hợp|quy\s+tụ|của|lên)\b[^.;]{0,15}$", _I)
# "X được hợp nhất từ …, hiện có 14 tổ chức thành viên": the make-up stated after a comma, however far the union.
_MAKE_UP_AFTER_COMMA = regex.compile(r",\s*" + _MAKE_UP.pattern, _I)
# "12 tổ chức thành viên", "9 hội hữu nghị thành viên", "60 hội, ủy ban thành viên", "10 hội là thành viên".
_TOTAL_AFTER = regex.compile(
    r"\s+(?:(?:tổ\s+chức|hội|đơn\s+vị|ủy\s+ban|uỷ\s+ban)(?:\s+hữu\s+nghị)?"
    r"(?:\s+(?:song\s+phương|đa\s+phương)(?:\s*(?:,|và)\s*(?:song\s+phương|đa\s+phương))?)?\s*(?:,|và)?\s+){0,2}"
    r"(?:là\s+)?thành\s+viên" + _NOT_WORD_AFTER,
    _I,
)
# "65 hội và ủy ban thành viên ở Trung ương": members of one kind, not the total.
_KIND_AFTER_TOTAL = regex.compile(
    r"\s+(?:ở|tại|cấp|thuộc)\s+(?:các\s+)?(?:trung\s+ương|TƯ|T\.Ư|tỉnh|địa\s+phương)" + _NOT_WORD_AFTER, _I
)
_MEMBER_WORD = regex.compile(r"thành\s+viên" + _NOT_WORD_AFTER, _I)
# "... là thành viên, Liên hiệp Hữu nghị ...", "... là thành viên của Liên hiệp ...": the union the counts belong to.
_MEMBER_TAIL = regex.compile(r"\s*(?:,\s*|(?:trực\s+)?(?:của|thuộc)\s+)", _I)
# "..., nâng tổng số tổ chức thành viên lên 9", "số hội thành viên của Liên hiệp tăng lên 12": a new total.
_TOTAL_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:tổng\s+)?số\s+(?:lượng\s+)?(?:tổ\s+chức|hội|đơn\s+vị|ủy\s+ban|uỷ\s+ban)(?:\s+hữu\s+nghị)?"
    r"\s+(?:là\s+)?thành\s+viên(?P<owner>[^.;\d]{0,80}?)\s+(?:(?:tăng\s+)?lên|là|đạt)(?:\s+con\s+số)?\s+$",
    _I,
)
_OWNER_AFTER = regex.compile(r"\s*(?:trực\s+)?(?:của|thuộc)\s+", _I)
# "58 Hội ở Trung ương", "57 ở Trung ương"; "45 tổ chức ở các tỉnh", "63 ở địa phương".
_CENTRAL_AFTER = regex.compile(
    r"\s+(?:(?:hội|ủy\s+ban|uỷ\s+ban|tổ\s+chức)[^;.\d]{0,60}?|(?:ở|cấp)\s+)(?:trung\s+ương|TƯ|T\.Ư|toàn\s+quốc)",
    _I,
)
_PROVINCIAL_AFTER = regex.compile(
    r"\s+(?:(?:liên\s+hiệp|tổ\s+chức)[^;.\d]{0,40}?|(?:ở|cấp)\s+(?:các\s+)?)(?:tỉnh|địa\s+phương)", _I
)


# ---------------------------------------------------------------- reading names


@attrs.frozen
class _Ref:
    """One place where the text names a union."""

    level: UnionLevel
    province: str | None
    start: int
    end: int
    full: bool  # written in full, so its text can be the union's name
    rule: str  # which of :data:`RULES` found it
    listed: bool = False  # one province of a list


def _listed_ref(place: GazetteerMatch) -> _Ref:
    """The union of one province of a list."""
    return _Ref("provincial", place.canonical, place.start, place.end, full=False, rule=LISTED, listed=True)


_Key = tuple[UnionLevel, str | None]


@attrs.define
class _Union:
    """A union being gathered across its mentions."""

    level: UnionLevel
    province: str | None
    first: int
    name: str | None = None
    acronym: str | None = None
    cluster: int | None = None
    total: int | None = None
    central: int | None = None
    provincial: int | None = None
    mentions: list[Mention] = attrs.field(factory=list)
    rules: Rules = attrs.field(factory=Rules)

    def freeze(self, gazetteer: Gazetteer) -> Union:
        membership = None
        if (self.total, self.central, self.provincial) != (None, None, None):
            membership = Membership(self.total, self.central, self.provincial)
        return Union(
            self.name or _default_name(gazetteer, self.level, self.province),
            self.level,
            self.province,
            self.acronym,
            self.cluster,
            membership,
            tuple(self.mentions),
            self.rules.sources(),
        )


def _default_name(gazetteer: Gazetteer, level: UnionLevel, province: str | None) -> str:
    if level == "central" or province is None:
        return CENTRAL_UNION
    return gazetteer.lookup("organization", f"{FRIENDSHIP_UNION} {province}") or f"{FRIENDSHIP_UNION} {province}"


class _Reader:
    """Reads the unions of one article, sentence by sentence, remembering the last one named."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.gazetteer = article.gazetteer
        self.places = article.places
        self.unions: dict[_Key, _Union] = {}
        self.acronyms: dict[str, _Key] = {}
        self.last: _Key | None = None

    # ------------------------------------------------------------ one sentence

    def read(self, sentence: Sentence) -> None:
        refs: list[_Ref] = []
        taken: list[tuple[int, int]] = []
        for match in _HEAD.finditer(self.text, sentence.start, sentence.end):
            if refs and match.start() < refs[-1].end:
                continue  # "LHHN" in "Liên hiệp các tổ chức hữu nghị (LHHN) tỉnh X"
            named = [self._add(ref) for ref in self._refs(match, sentence.end)]
            if len(named) == 1 and not named[0].listed:
                taken.append(self._acronym_after(named[0], sentence.end))
            refs.extend(named)
        taken_starts = [start for start, _ in taken]  # in text order, never overlapping
        for match in _ACRONYM.finditer(self.text, sentence.start, sentence.end):
            index = bisect.bisect_right(taken_starts, match.start()) - 1
            if index < 0 or match.start() >= taken[index][1]:
                key = self._acronym_key(match)
                if key is not None:
                    refs.append(self._add(_Ref(key[0], key[1], match.start(), match.end(), full=False, rule=ACRONYM)))
                    self.unions[key].acronym = self.unions[key].acronym or match.group()
        refs.sort(key=lambda ref: ref.start)
        self._clusters(sentence, refs)
        self._membership(sentence, refs)

    def _add(self, ref: _Ref) -> _Ref:
        key: _Key = (ref.level, ref.province)
        union = self.unions.get(key)
        if union is None:
            union = self.unions[key] = _Union(ref.level, ref.province, ref.start)
        if union.name is None and ref.full:
            union.name = self.text[ref.start : ref.end]
        union.mentions.append(self.article.mention(ref.start, ref.end))
        union.rules.add(ref.rule, ref.start)
        if not ref.listed:
            self.last = key
        return ref

    def _acronym_after(self, ref: _Ref, limit: int) -> tuple[int, int]:
        """Take "(HAUFO)" right after a name as the union's acronym; returns the span it covers.

        Not a place ("(TPHCM)") nor a generic abbreviation ("(LHHN)"), which name no one union.
        """
        match = _ACRONYM_AFTER.match(self.text, ref.end, _near(ref.end, limit))
        acronym = match.group("acronym") if match is not None else ""
        if match is None or self.gazetteer.lookup("province", acronym) or _HEAD.fullmatch(acronym):
            return (ref.end, ref.end)
        key: _Key = (ref.level, ref.province)
        self.unions[key].acronym = self.unions[key].acronym or acronym
        self.acronyms[acronym] = key
        return (match.start(), match.end())

    def _acronym_key(self, match: regex.Match[str]) -> _Key | None:
        """The union an acronym standing alone stands for: one the article spelled out, or a known one."""
        acronym = match.group()
        if _CREDIT_BEFORE.search(self.text, max(0, match.start() - 40), match.start()):
            return None
        if acronym in self.acronyms:
            return self.acronyms[acronym]
        canonical = self.gazetteer.lookup("organization", acronym)
        if canonical is None or not fold_key(canonical).startswith(fold_key(FRIENDSHIP_UNION)):
            return None
        if fold_key(canonical) == fold_key(CENTRAL_UNION):
            return ("central", None)
        found = self.gazetteer.find("province", canonical)
        return ("provincial", found[0].canonical) if found else None

    # ------------------------------------------------------------ what a name says

    def _province_at(self, position: int, limit: int) -> GazetteerMatch | None:
        return province_at(self.article, position, limit)

    def _refs(self, head: regex.Match[str], limit: int) -> list[_Ref]:
        text, start, position = self.text, head.start(), head.end()
        before = text[max(0, start - 16) : start]
        if _PLURAL_BEFORE.search(before):
            return self._plural(position, limit)
        form = "full" if head.group("full") else "short" if head.group("short") else "bare"
        if form == "bare" and not self._bare_is_union(head, before, limit):
            return []

        bracketed = _BRACKETED.match(text, position, _near(position, limit))
        if bracketed is not None and (
            _VIETNAM.match(text, bracketed.end(), _near(bracketed.end(), limit))
            or self._province_at(bracketed.end(), limit)
            or unit_at(text, bracketed.end(), limit)
        ):
            position = bracketed.end()
        national = _VIETNAM.match(text, position, _near(position, limit))
        if national is not None:
            place = self._province_at(national.end(), limit)
            if place is not None and has_prefix(place):  # "... Việt Nam tỉnh Hải Dương"
                return [_Ref("provincial", place.canonical, start, place.end, full=form == "full", rule=NAMED)]
            return [_Ref("central", None, start, national.end(), full=form == "full", rule=NAMED)]

        many = _MANY.match(text, position, _near(position, limit))
        if many is not None:
            return self._listed(many.end(), limit)

        place = self._province_at(position, limit)
        if place is not None:
            own = _Ref("provincial", place.canonical, start, place.end, full=form != "bare", rule=NAMED)
            return [own, *self._joined(place.end, limit)]
        capital = self._capital(start, position, limit)
        if capital is not None:
            return capital
        if self._foreign_at(position, limit):
            return []  # "Liên hiệp các tổ chức hữu nghị Lào": a counterpart abroad

        unit = unit_at(text, position, limit)
        if unit is not None:
            province = self._own_province(start, city=unit.city) if unit.of_page else None
            return [] if province is None else [_Ref("provincial", province, start, unit.end, full=False, rule=BY_UNIT)]

        if _GENERIC.match(text, position, _near(position, limit)):
            return []
        ours = _OURS.match(text, position, _near(position, limit))
        speaker = self._speaker() if ours is not None else None
        if ours is not None and speaker is not None:
            return [_Ref(speaker[0], speaker[1], start, ours.end(), full=False, rule=BY_SPEAKER)]
        return self._unqualified(form, start, position)

    def _capital(self, start: int, position: int, limit: int) -> list[_Ref] | None:
        """The union of "... Thủ đô" or "... Thủ đô Hà Nội"; none for "... Thủ đô Viêng Chăn"; ``None`` when no
        "Thủ đô" follows the name."""
        capital = _CAPITAL.match(self.text, position, _near(position, limit))
        if capital is None:
            return None
        end = capital.end()
        if capital["other"] is not None:
            named = self._province_at(end, limit)
            if named is None or named.canonical != _CAPITAL_CITY:
                return []
            end = named.end
        return [_Ref("provincial", _CAPITAL_CITY, start, end, full=False, rule=NAMED)]

    def _foreign_at(self, position: int, limit: int) -> bool:
        """Whether a country other than Vietnam is named right after ``position`` (after spaces)."""
        start = position
        while start < limit and self.text[start].isspace():
            start += 1
        if start == position:
            return False
        found = self.article.matches("country", start, min(limit, start + 40), cased=True)
        return bool(found) and found[0].start == start and found[0].canonical != "VN"

    def _bare_is_union(self, head: regex.Match[str], before: str, limit: int) -> bool:
        """A bare "Liên hiệp" is our union only capitalised, not in "Hội Liên hiệp...", not "Liên hiệp châu Âu"."""
        if not head.group().startswith("L") or _HOI_BEFORE.search(before):
            return False
        following = _NEXT_WORD.match(self.text, head.end(), _near(head.end(), limit))
        if following is None:
            return True
        word = following.group(1)
        if word[:1].isupper() and fold_key(word) not in {fold_key("Việt")}:
            return False
        return fold_key(word) not in _AFTER_BARE_UNION_KEYS

    def _own_province(self, offset: int, *, city: bool) -> str | None:
        """The province of "Liên hiệp ... tỉnh": the outlet's, else that of the provincial union last named."""
        outlet = self.places.outlet
        last = self.last[1] if self.last is not None else None
        if last is not None and fits(last, city) and (outlet is None or not fits(outlet, city)):
            return last
        return self.places.around(offset, city=city)

    def _speaker(self) -> _Key | None:
        """The union a speaker calls "ours": the one of the outlet's province, else the one named most so far
        (an interview names the speaker's union more than those it talks about)."""
        outlet = self.places.outlet
        if outlet is not None and ("provincial", outlet) in self.unions:
            return ("provincial", outlet)
        return max(self.unions, key=lambda key: len(self.unions[key].mentions), default=None)

    def _unqualified(self, form: str, start: int, end: int) -> list[_Ref]:
        """A name with nothing after it: the union last named, or else the one the form implies."""
        if self.last is not None:
            level, province = self.last
            return [_Ref(level, province, start, end, full=False, rule=UNQUALIFIED)]
        if form == "bare":
            return []
        if form == "full":
            province = self.places.around(start)
            if province is not None:
                return [_Ref("provincial", province, start, end, full=False, rule=UNQUALIFIED)]
        return [_Ref("central", None, start, end, full=False, rule=UNQUALIFIED)]

    def _joined(self, position: int, limit: int) -> list[_Ref]:
        """The provinces joined to a union's own, one union each: "... tỉnh Bình Dương và Bà Rịa - Vũng Tàu",
        "... tỉnh Sơn La, Điện Biên và Lai Châu". Commas alone make no list: it must end with "và"."""
        refs: list[_Ref] = []
        kept = 0
        while (join := _JOIN.match(self.text, position, _near(position, limit))) is not None:
            place = self._province_at(join.end(), limit)
            if place is None:
                break
            refs.append(_listed_ref(place))
            position = place.end
            if join.group("and"):
                kept = len(refs)
        return refs[:kept]

    def _plural(self, position: int, limit: int) -> list[_Ref]:
        """The unions of a plural name that lists their provinces ("các Liên hiệp hữu nghị: A, B và C");
        a plural without a list of at least two names none."""
        bracketed = _BRACKETED.match(self.text, position, _near(position, limit))
        lead_at = bracketed.end() if bracketed else position
        lead = _PLURAL_LEAD.match(self.text, lead_at, _near(lead_at, limit))
        refs = self._listed(lead.end(), limit) if lead is not None else []
        return refs if len(refs) >= 2 else []

    def _listed(self, position: int, limit: int) -> list[_Ref]:
        refs: list[_Ref] = []
        while True:
            place = self._province_at(position, limit)
            if place is None:
                return refs
            refs.append(_listed_ref(place))
            separator = _LIST_SEPARATOR.match(self.text, place.end, _near(place.end, limit))
            if separator is None:
                return refs
            position = separator.end()

    # ------------------------------------------------------------ what a sentence says of a union

    def _clusters(self, sentence: Sentence, refs: list[_Ref]) -> None:
        for match in _CLUSTER.finditer(self.text, sentence.start, sentence.end):
            number = int(match.group("number"))
            listing = _CLUSTER_LIST.match(self.text, match.end(), _near(match.end(), sentence.end))
            members = [
                ref
                for ref in (refs if listing is not None else [])
                if ref.start >= match.end() and ref.level == "provincial" and (ref.listed or not listing["colon"])
            ]
            for ref in members:
                self._set_cluster(ref, number)
            if members:
                continue
            earlier = [ref for ref in refs if ref.end <= match.start() and ref.level == "provincial"]
            if earlier and (
                _CLUSTER_ROLE.fullmatch(self.text, earlier[-1].end, match.start())
                or self._awarded(earlier[-1], match)
            ):
                self._set_cluster(earlier[-1], number)
                continue
            later = [ref for ref in refs if ref.start >= match.end() and ref.level == "provincial"]
            if later and self._leads_after(match, later[0], sentence):
                self._set_cluster(later[0], number)

    def _awarded(self, ref: _Ref, cluster: regex.Match[str]) -> bool:
        """Whether the union ``ref`` receives the award to the cluster's leader written right before the cluster:
        "Liên hiệp … tỉnh X vinh dự được … tặng Cờ thi đua đơn vị dẫn đầu Cụm thi đua số 3"."""
        text = self.text
        return (
            _CLUSTER_AWARD.search(text, max(ref.end, cluster.start() - _REACH), cluster.start()) is not None
            and _RECEIVING.search(text, ref.end, cluster.start()) is not None
        )

    def _leads_after(self, cluster: regex.Match[str], ref: _Ref, sentence: Sentence) -> bool:
        """Whether a union named after a cluster leads it: "Cụm thi đua số 4 do Liên hiệp ... làm Cụm trưởng",
        "Cụm trưởng Cụm thi đua số 4 là Liên hiệp ..."."""
        text = self.text
        if _CLUSTER_ROLE_BEFORE.search(text, max(sentence.start, cluster.start() - 16), cluster.start()):
            return _CLUSTER_IS.fullmatch(text, cluster.end(), ref.start) is not None
        return (
            _CLUSTER_BY.fullmatch(text, cluster.end(), ref.start) is not None
            and _CLUSTER_ROLE_AFTER.match(text, ref.end, _near(ref.end, sentence.end)) is not None
        )

    def _set_cluster(self, ref: _Ref, number: int) -> None:
        union = self.unions[(ref.level, ref.province)]
        union.cluster = union.cluster if union.cluster is not None else number

    def _membership(self, sentence: Sentence, refs: list[_Ref]) -> None:
        if not refs:  # a count is a union's only where the sentence names one: its numbers need no reading
            return
        union: _Union | None = None
        for number in self.article.numbers(sentence.start, sentence.end):
            if number.value is None or number.is_percent or number.value != int(number.value):
                continue
            count = int(number.value)
            if union is None:
                union = self._counted(refs, number.start, number.end, sentence) or self._raised(
                    refs, number.start, sentence
                )
                if union is not None:
                    union.total = count if union.total is None else union.total
                    continue
                union = self._split(refs, number.start, number.end, sentence)
                if union is None:
                    continue
            # "58 Hội ở Trung ương" or "45 tổ chức ở các tỉnh, thành phố trực thuộc Trung ương": the nearer cue wins.
            reach = _near(number.end, sentence.end)
            central = _CENTRAL_AFTER.match(self.text, number.end, reach)
            provincial = _PROVINCIAL_AFTER.match(self.text, number.end, reach)
            if provincial is not None and (central is None or provincial.end() < central.end()):
                union.provincial = count if union.provincial is None else union.provincial
            elif central is not None:
                union.central = count if union.central is None else union.central

    def _split(self, refs: list[_Ref], start: int, end: int, sentence: Sentence) -> _Union | None:
        """The central union of "VUFO có 59 hội ở Trung ương và 63 liên hiệp cấp tỉnh là thành viên", which
        counts its members by kind without a total; the number at start..end is the first of them. Without
        "thành viên", the kind must follow the number: "VUFO có 64 Liên hiệp hữu nghị cấp tỉnh và 61 hội ..."."""
        reach = _near(end, sentence.end)
        member = _MEMBER_WORD.search(self.text, start, reach)
        by_kind = _CENTRAL_AFTER.match(self.text, end, reach) or _PROVINCIAL_AFTER.match(self.text, end, reach)
        if member is None and (by_kind is None or not _MAKE_UP.search(self.text, _back(start, sentence.start), start)):
            return None
        earlier = [ref for ref in refs if ref.end <= start and not ref.listed]
        if earlier and earlier[-1].level == "central" and _MEMBERS_VERB.fullmatch(self.text, earlier[-1].end, start):
            return self.unions[(earlier[-1].level, earlier[-1].province)]
        if member is None:
            return None
        # "Với 58 hội ở Trung ương và 63 Liên hiệp cấp tỉnh là thành viên, Liên hiệp Hữu nghị ..."
        tail = _MEMBER_TAIL.match(self.text, member.end(), _near(member.end(), sentence.end))
        after = [ref for ref in refs if tail is not None and ref.start == tail.end() and ref.level == "central"]
        return self.unions[(after[0].level, after[0].province)] if after else None

    def _raised(self, refs: list[_Ref], start: int, sentence: Sentence) -> _Union | None:
        """The union of "..., nâng tổng số tổ chức thành viên lên N", when the number at ``start`` is that N:
        the union named in the phrase ("số hội thành viên của Liên hiệp ... lên"), else the one named before it."""
        total = _TOTAL_BEFORE.search(self.text, _back(start, sentence.start), start)
        if total is None:
            return None
        named = [ref for ref in refs if total.start("owner") <= ref.start < total.end("owner") and not ref.listed]
        earlier = [ref for ref in refs if ref.end <= total.start() and not ref.listed]
        owners = named or earlier[-1:]
        return self.unions[(owners[0].level, owners[0].province)] if owners else None

    def _counted(self, refs: list[_Ref], start: int, end: int, sentence: Sentence) -> _Union | None:
        """The union of "<union> có N tổ chức thành viên", "<union> và N hội thành viên", "<union> …, hiện có N tổ
        chức thành viên" or of "N hội là thành viên của <union>", when the number at start..end is that N."""
        total = _TOTAL_AFTER.match(self.text, end, _near(end, sentence.end))
        reach = _near(total.end(), sentence.end) if total is not None else end
        if total is None or _KIND_AFTER_TOTAL.match(self.text, total.end(), reach):
            return None
        owner = _OWNER_AFTER.match(self.text, total.end(), reach)
        if owner is not None:
            after = [ref for ref in refs if ref.start == owner.end() and not ref.listed]
            return self.unions[(after[0].level, after[0].province)] if after else None
        earlier = [ref for ref in refs if ref.end <= start and not ref.listed]
        if not earlier or not (
            _MEMBERS_VERB.fullmatch(self.text, earlier[-1].end, start)
            or _MAKE_UP_AFTER_COMMA.search(self.text, earlier[-1].end, start)
        ):
            return None
        return self.unions[(earlier[-1].level, earlier[-1].province)]

    # ------------------------------------------------------------ the result

    def result(self) -> tuple[Union, ...]:
        ordered = sorted(self.unions.values(), key=lambda union: union.first)
        return tuple(union.freeze(self.gazetteer) for union in ordered)


_AFTER_BARE_UNION_KEYS = key_set(AFTER_BARE_UNION)


def _near(position: int, limit: int) -> int:
    """The end of the window read after ``position``: :data:`_REACH` characters, or ``limit`` if nearer."""
    return min(limit, position + _REACH)


def _back(position: int, start: int) -> int:
    """The start of the window read before ``position``, not before ``start``."""
    return max(start, position - _REACH)


def find_unions(article: Article) -> tuple[Union, ...]:
    """Every union of friendship organisations the article names, in the order first named."""
    reader = _Reader(article)
    for sentence in article.sentences:
        reader.read(sentence)
    return reader.result()


@hookimpl
def vnfriendship_extract(article: Article) -> Facts:
    """The unions of friendship organisations named in the article."""
    return Facts(unions=find_unions(article))
