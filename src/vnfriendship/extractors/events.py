"""The events extractor: conferences, visits, ceremonies and other gatherings dated to the day.

An event is written as a noun that names a gathering ("hội nghị", "lễ kỷ niệm",
"buổi làm việc") in a clause that dates it: "Chiều 4/6, tại Trụ sở Chính phủ,
Thủ tướng đã có buổi làm việc với ...". The noun gives the kind, the date its
day and time of day, "tại ..." its venue and province, the subject of "tổ chức"
its organisers. Dates that belong to something else are not event dates: the
issue date of a document ("Chỉ thị số 12-CT/TW ngày 5/1/2022"), a founding, the
original dates of an anniversary ("(7/5/1955 - 7/5/2025)") or a date inside a
quoted theme. One clause may name two events ("tổ chức Hội nghị … và Hội thảo
…"); later sentences naming the event again ("Tại hội nghị, …", the headline)
add mentions, a name, a venue or the attendance to it, never a new event.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import cast

import attrs
import regex

from .._article import Article
from .._bodies import bodies_in, body_at
from .._dates import infer_year
from .._edtf import EDTF, EdtfDate, EdtfInterval, is_history
from .._gazetteer import GazetteerEntry, GazetteerMatch
from .._hookspecs import hookimpl
from .._model import Event, EventKind, Facts, Mention, SegmentKind, TimeOfDay
from .._phrases import alternation
from .._provenance import Rules
from .._text import Span, fold_key, words
from ..data import events as data
from ..data import is_ambiguous

__all__ = [
    "ACT_AT_EVENT",
    "DATED_NOUN",
    "FACET",
    "HANDOVER",
    "RELATIVE_DAY",
    "RULES",
    "find_events",
    "vnfriendship_extract",
    "vnfriendship_gazetteer_entries",
    "vnfriendship_gazetteer_tables",
]

FACET = "events"

# The rules that find an event, named in each fact's ``sources`` (docs/plugins.md lists them). A later naming of
# an event found before ("Tại hội nghị, …") only adds a mention to it, and names no rule.
#: "Chiều 4/6, … hội nghị …".
DATED_NOUN = "gathering noun with a date"
#: "Chiều cùng ngày, … lễ bàn giao …": the day of the event told before.
RELATIVE_DAY = "gathering noun on a day told before"
#: "Ngày 21/9, … Liên hiệp … trao 200 suất học bổng": a dated handing-over is a ceremony.
HANDOVER = "handing-over with a date"
#: "Tại buổi làm việc, hai bên đã ký kết …": a signing at an event told before.
ACT_AT_EVENT = "act at an event told before"
#: Every rule of this extractor.
RULES = (DATED_NOUN, RELATIVE_DAY, HANDOVER, ACT_AT_EVENT)

# The gazetteer table of event nouns (contributed to the shared gazetteer), and the value of phrases that name no
# event.
_TABLE = "event"
_NO_EVENT = "-"
_MAX_NAME_WORDS = 30

_QUOTED = regex.compile(r"[“\"«][^“”\"«»]*(?:[”\"»]|$)")
_PARENTHESISED = regex.compile(r"\([^()]*\)")
# Brackets holding a span of dates: the years an anniversary counts, "(7/5/1955 - 7/5/2025)".
_DATES_ONLY = regex.compile(r"\(\s*\d{1,2}[/.]\d{1,2}[/.]\d{4}\s*[-–—]\s*\d{1,2}[/.]\d{1,2}[/.]\d{4}\s*\)")
# "Sáng nay (14/6)", "Chiều thứ Sáu, ngày 10/5": the date takes the time of day written before it.
_TODAY = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<tod>(?i:sáng|trưa|chiều|tối|đêm))\s+"
    r"(?i:nay|qua|hôm\s+nay|hôm\s+qua|thứ\s+\p{L}+|chủ\s+nhật)\s*[,(]?\s*$"
)
# A word that may stand right before a bare date ("vào 15/6"); any other names a day ("Quốc khánh 2/9").
_BEFORE_A_BARE_DATE = frozenset(
    map(fold_key, ("vào", "từ", "đến", "tới", "và", "hoặc", "hôm", "nay", "qua", "sau", "trước"))
)
_AT_TIME, _AT_PLACE, _WITH, _AND = fold_key("vào"), fold_key("tại"), fold_key("với"), fold_key("và")
_YEAR_WRITTEN = regex.compile(r"\d{4}")
# "tiếp" as a verb of receiving a guest: "đã tiếp Đoàn đại biểu", "tiếp xã giao Đại sứ".
_RECEIVE = regex.compile(
    r"(?<![\p{L}\p{N}])(?<!(?i:trực|kế|liên|gián|đón|tiếp)\s)(?P<verb>(?i:tiếp))\s+"
    r"(?=(?i:(?:các\s+|những\s+)?(?:đoàn|đại\s+biểu|vị\s+khách|khách|lãnh\s+đạo|thành\s+viên|chuyên\s+gia)|ông|bà)\b"
    r"|\p{Lu})"
)
# "Tại buổi làm việc, …", "Bên lề hội nghị, …": a clause that goes on about an event told before.
_AT_EVENT = regex.compile(r"\s*(?i:tại|trong|bên\s+lề|kết\s+thúc|(?:ngay\s+)?sau)\s+")
_COUNTER = regex.compile(r"(?:(?i:buổi|cuộc)\s+)?")
# What is done at an event and is an event of its own: a signing.
_ACTS_AT_AN_EVENT: frozenset[EventKind] = frozenset({"signing"})
# A relative day ("sáng cùng ngày", "hôm sau"), and its words alone: a stretch without them names none.
_RELATIVE_WORDS = r"(?i:(?P<same>cùng\s+ngày)|(?:ngày\s+)?hôm\s+sau|ngày\s+tiếp\s+theo)"
_RELATIVE_DAY = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?P<tod>(?i:sáng|trưa|chiều|tối|đêm))\s+)?" + _RELATIVE_WORDS + r"(?![\p{L}\p{N}])(?!\s*\d)"
)
_RELATIVE_CORE = regex.compile(_RELATIVE_WORDS)
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
# "tại X", or "ở X" right after a verb of holding ("do Đại sứ quán tổ chức ở thành phố Johannesburg").
_AT = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?i:tại)|(?<=(?i:"
    + "|".join(r"\s+".join(map(regex.escape, verb.split())) for verb in data.HOLDING_VERBS)
    + r")\s+)(?i:ở))\s+"
)
# Where the name of a place after "tại" ends.
_PLACE_END = regex.compile(
    r"\s*(?:[,;:()\[\]“”\"«»]|(?<!\b(?i:tp))\.(?!\p{L}))"
    r"|\s+(?:do|vào|với|và(?!\s+\p{Lu})|để|nhằm|cho|từ|trong|khi|sau|trước|đã|sẽ|được"
    r"|nhân(?=\s+(?:dịp|ngày|kỷ\s+niệm|kỉ\s+niệm|chuyến|lễ|Tết|đợt|mùa)(?![\p{L}\p{N}]))"  # not "Ủy ban nhân dân"
    r"|(?<!(?i:các|những)\s+)tổ\s+chức|diễn\s+ra|có|theo"
    r"|ngày|sáng|chiều|tối|trưa|là|thì|nơi|đến|ở)(?![\p{L}\p{N}])"
)
# Where an event's proper name ends.
_NAME_END = regex.compile(
    r"\s*[,;:()“”\"«»]|\.(?:\s|$)"
    r"|\s+(?:tại|do|vào|với\s+(?:sự|chủ\s+đề)|có\s+chủ\s+đề|được|đã|sẽ|diễn\s+ra|nhằm|có|là|cũng|đều|gồm|bầu|nghe|thu\s+hút|kết\s+thúc"
    r"|bế\s+mạc|khai\s+mạc|cho|nhân\s+dịp|dưới\s+sự|dự\s+kiến)(?![\p{L}\p{N}])"
)
_THEME = regex.compile(r"\s*(?:(?:(?i:với|có)\s+)?(?i:chủ\s+đề)\s*:?\s*)?[“\"«]([^“”\"«»]+)(?:[”\"»]|$)")
_ORGANIZE = regex.compile(r"(?<![\p{L}\p{N}])(?i:tổ\s+chức)(?![\p{L}\p{N}])")
# "các tổ chức" is the noun (organisations), never the verb: "do Sở … phối hợp với Liên hiệp các tổ chức hữu nghị
# tỉnh tổ chức".
_ORGANIZED_BY = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:do|được|bởi)\s+(?P<who>[^,;]+?)\s+(?<!(?i:các|những)\s+)"
    r"(?i:"
    + alternation(sorted(data.ORGANIZED_BY_VERBS, key=len)[::-1])
    + r")(?![\p{L}\p{N}])"
)
_PARTNER = regex.compile(
    r"\s*(?:,|(?<![\p{L}\p{N}])(?i:phối\s+hợp\s+(?:với|cùng)|phối\s+hợp|kết\s+hợp\s+với|cùng\s+với)(?![\p{L}\p{N}]))\s*"
)
# Words of the verb left at the end of a subject; "đồng" ("đồng tổ chức") in lower case only, not "Lâm Đồng".
_MAX_WE_WORDS = 8
_SUBJECT_TRIM = regex.compile(r"^[\s–—\-:]+|(?:\s+(?:(?i:đã|vừa|sẽ|cùng|long\s+trọng|trọng\s+thể)|đồng))+\s*$")
_TRIMMED_WORDS = frozenset(("đã", "vừa", "sẽ", "cùng", "long", "trọng", "thể", "đồng"))
# What joins a second event to the first: "và", a comma, or "đồng thời (dự) …".
_COORDINATED = regex.compile(
    r"(?:(?<![\p{L}\p{N}])(?i:và|cùng)|,(?:\s*(?i:sau\s+đó|tiếp\s+đó|tiếp\s+theo)(?:\s+(?i:là))?)?"
    r"|(?<![\p{L}\p{N}])(?i:đồng\s+thời)(?:\s+(?i:tham\s+dự|dự|chủ\s+trì|tổ\s+chức|khai\s+mạc))*)\s*$"
)
_LEAD_CUT = regex.compile(r"[,;()]")
_SEMICOLON = regex.compile(";")
# How far a place's or an event's name may run after its first word: bounded windows keep the work linear.
_PLACE_CHARS = 200
_NAME_CHARS = 400
_JOINER_CHARS = 80
# What an anchored match looks at: the ``regex`` module pays for the whole window even where the pattern is short.
_MATCH_CHARS = 80
_BRACKET = regex.compile(r"\s*\(\s*([^()]+?)\s*\)")
_TRAILING_CONJUNCTION = regex.compile(r"\s+(?i:và|cùng)$")
_COMMA = regex.compile(r",")
# A province's own body written without its name: "Liên hiệp các tổ chức hữu nghị tỉnh", "Tỉnh ủy", "UBND tỉnh".
# (a department, "Sở", is always a province's: "tại trụ sở Sở Ngoại vụ")
_BARE_LOCAL = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?i:tỉnh|thành\s+phố)(?![\p{L}\p{N}])(?!\s+(?:\p{Lu}|\d|(?i:bạn)(?![\p{L}\p{N}])))"
    r"|(?:Tỉnh|Thành)\s+ủy|Sở\s+(?=\p{Lu}))"
)
# The union written short, as a provincial paper writes its own: "Liên hiệp sẽ tổ chức …".
_BARE_UNION = regex.compile(r"(?:(?i:các\s+)?Liên\s+hiệp|LHHN)(?:\s+(?i:chúng\s+tôi))?")
_BARE_UNION_WORDS = 5  # "các Liên hiệp chúng tôi"
# A body of local government with its unit and a capital after: a name, of a province or of a person.
_LOCAL_BODY = regex.compile(
    r"(?<![\p{L}\p{N}])(?:UBND|HĐND|(?i:(?:ủy|uỷ)\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân))\s+"
    r"(?i:tỉnh|thành\s+phố)\s+(?=\p{Lu})"
)
# A comma or "ở", then a larger unit of the same place: "…, huyện Nam Đàn", "… ở huyện Bố Trạch".
_NEXT_UNIT = regex.compile(
    r"\s*(?:,|\s(?i:ở))\s*(?=(?i:"
    + "|".join(r"\s+".join(map(regex.escape, unit.split())) for unit in data.ADMIN_PREFIXES)
    + r")\.?\s+\p{Lu})"
)
# What brings in the province after a place: a comma or "ở", past an acronym in brackets ("… (VUFO) ở Hà Nội").
_PROVINCE_LEAD = regex.compile(r"\s*(?:\([\p{Lu}\p{N}\-]{2,12}\)\s*)?(?:,\s*|(?<=\s|\))(?i:ở)\s+)")
# One Vietnamese syllable without its marks ("dong", "nghia"): a town so named is in Vietnam, "Nagoya" is not.
_VIETNAMESE_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
# A capitalised word right after a name: the name goes on ("Mỹ Sơn").
_NAME_GOES_ON = regex.compile(r"[ \t]+\p{Lu}")
# An opening that moves to another time: "Trước đó, …", "Sau đó, …".
_ANOTHER_TIME = regex.compile(r"(?i:trước|sau|tiếp)\s+(?i:đó)(?![\p{L}\p{N}])")
# A district or commune by its name: "huyện Ngọc Hồi", "xã Ba Điền".
_LOCAL_UNIT = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:"
    + "|".join(r"\s+".join(map(regex.escape, unit.split())) for unit in data.LOCAL_PREFIXES)
    + r")\s+(?=\p{Lu})"
)
# What may stand between a spoken day ("sáng nay") and the date that restates it: "sáng nay (24/11)".
_RESTATED = regex.compile(r"[\s(,]*")
# A date to come: "vào ngày 15/6 tới", "Liên hiệp sẽ tổ chức …".
_COMING = regex.compile(
    r"\s*(?i:"
    + "|".join(r"\s+".join(map(regex.escape, words.split())) for words in data.COMING_WORDS)
    + r")(?![\p{L}\p{N}])"
)
_DONE = regex.compile(r"(?<![\p{L}\p{N}])(?i:đã)(?![\p{L}\p{N}])")
_WILL = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:"
    + "|".join(r"\s+".join(map(regex.escape, words.split())) for words in data.PLANNING_WORDS)
    + r")(?![\p{L}\p{N}])"
)
# A verb of handing over ("trao 200 suất học bổng", "bàn giao công trình"), not "trao đổi".
_HANDOVER = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:trao\s+tặng|trao|bàn\s+giao)(?![\p{L}\p{N}])(?!\s+(?i:đổi|quyền)(?![\p{L}\p{N}]))"
)
# The time given right after an event noun: "tổ chức Diễn đàn … vào tháng 12/2014", "vào ngày 15/10 tới".
_OWN_TIME = regex.compile(r"(?<![\p{L}\p{N}])(?i:vào)\s+(?:(?i:các|những|khoảng)\s+)?")
# A time without a day after "vào": the noun is then not dated by the clause.
_OWN_PERIOD = regex.compile(r"(?i:tháng|năm|quý|đầu|cuối|giữa)(?![\p{L}\p{N}])")


@hookimpl
def vnfriendship_gazetteer_tables() -> list[str]:
    """The table of event nouns this plugin fills."""
    return [_TABLE]


@hookimpl
def vnfriendship_gazetteer_entries() -> list[GazetteerEntry]:
    """The event nouns ("hội nghị", "lễ kỷ niệm"), and the phrases that hold one without naming an event
    ("Trung tâm Hội nghị" is a venue), so that the article's analysis finds them once."""
    entries = [GazetteerEntry(_TABLE, surface, kind) for surface, kind in data.EVENT_NOUNS.items()]
    entries += [GazetteerEntry(_TABLE, surface, _NO_EVENT) for surface in data.NOT_EVENT_PHRASES]
    return entries


@hookimpl
def vnfriendship_extract(article: Article) -> Facts:
    """The events of the article, each with every sentence that names it."""
    return Facts(events=tuple(find_events(article)))


def find_events(article: Article) -> list[Event]:
    """Every event the article dates to the day (or to a span of days), in order of first mention."""
    reader = _Reader(article)
    for clause in _clauses(article):
        reader.read(clause)
    return reader.events()


# ---------------------------------------------------------------------------------------------------------------
# Pieces of a clause


@attrs.frozen
class _Clause:
    start: int
    end: int
    segment: SegmentKind
    # Its pieces between commas outside brackets, those of them that open with an adverbial ("Nhân dịp …"), and
    # where each stretch after a comma, semicolon or bracket starts: read once, queried per noun and per "tại".
    pieces: tuple[Span, ...] = attrs.field(default=(), eq=False)
    settings: tuple[Span, ...] = attrs.field(default=(), eq=False)
    cuts: tuple[int, ...] = attrs.field(default=(), eq=False)
    piece_starts: tuple[int, ...] = attrs.field(default=(), eq=False)

    def lead_start(self, position: int) -> int:
        """Where the stretch of the clause holding ``position`` starts (after the last comma or bracket)."""
        index = bisect.bisect_right(self.cuts, position) - 1
        return self.cuts[index] if index >= 0 else self.start

    def piece_end(self, position: int) -> int:
        """Where the comma-bounded piece holding ``position`` ends (the clause's end where none does)."""
        index = bisect.bisect_right(self.piece_starts, position) - 1
        if index >= 0 and position < self.pieces[index].end:
            return self.pieces[index].end
        return self.end


@attrs.frozen
class _Noun:
    start: int
    end: int
    kind: EventKind
    referred: bool = False  # "Ban tổ chức Đại hội": names an event told elsewhere, dates none
    acted: bool = False  # the verb of its clause ("Liên hiệp … trao 200 suất học bổng"): its subject holds it

    def capitalised(self, text: str) -> bool:
        return text[self.start].isupper()


@attrs.frozen
class _When:
    start: int
    end: int
    value: EDTF
    time_of_day: TimeOfDay | None
    relative: bool = False  # "cùng ngày", "hôm sau": the day of the event told before


@attrs.frozen
class _Place:
    venue: str | None = None
    province: str | None = None
    country: str | None = None
    local: bool = False  # a town, district or commune named without its province
    town: bool = False  # a unit of administration ("thành phố Hạ Long"), which a venue in it says more than


@attrs.define
class _Draft:
    """An event being put together from the clauses that name it."""

    kind: EventKind
    date: EDTF
    time_of_day: TimeOfDay | None
    name: str | None = None
    theme: str | None = None
    location: str | None = None
    province: str | None = None
    province_stated: bool = False  # "tại <province>" rather than guessed from an organiser
    location_town: bool = False  # the location is a town, not a venue in it
    country: str | None = None
    organizers: list[str] = attrs.Factory(list)
    headline_organizers: list[str] = attrs.Factory(list)  # a headline's, shorter: kept where the story names none
    attendance: int | None = None
    mentions: list[Mention] = attrs.Factory(list)
    first: int | None = None  # where its first mention starts
    rules: Rules = attrs.Factory(Rules)

    def add_mention(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.first = mention.start if self.first is None else min(self.first, mention.start)

    def absorb(self, other: _Draft) -> None:
        for mention in other.mentions:
            self.add_mention(mention)
        self.rules.merge(other.rules)
        self.name = self.name or other.name
        self.theme = self.theme or other.theme
        self.time_of_day = self.time_of_day or other.time_of_day
        self.location = self.location or other.location
        self.country = self.country or other.country
        self.add_province(other.province, stated=other.province_stated)
        self.add_organizers(other.organizers)
        self.add_organizers(other.headline_organizers, headline=True)
        self.attendance = self.attendance or other.attendance

    def add_organizers(self, names: Iterable[str], *, headline: bool = False) -> None:
        """Add the organisers one clause names. A body named again is one: written in other case or dashes ("Liên
        hiệp các Tổ chức …"), or, from another clause, shorter or longer by its last words ("Hội Hữu nghị Việt Nam -
        Lào" and "Hội Hữu nghị Việt Nam – Lào tỉnh ta"), the longer kept."""
        kept = self.headline_organizers if headline else self.organizers
        before = [_name_key(name) for name in kept]
        added: set[str] = set()  # the keys of the names this clause adds: one written twice in it is added once
        for name in names:
            key = _name_key(name)
            if key in before or any(_extends(known, key) for known in before):
                continue
            longer = next((i for i, known in enumerate(before) if _extends(key, known)), None)
            if longer is not None:
                kept[longer], before[longer] = name, key
            elif key not in added:
                kept.append(name)
                added.add(key)

    def add_province(self, province: str | None, *, stated: bool) -> None:
        if province is not None and (self.province is None or (stated and not self.province_stated)):
            self.province, self.province_stated = province, stated

    def add_place(self, place: _Place) -> None:
        if place.venue is not None and (self.location is None or (self.location_town and not place.town)):
            self.location, self.location_town = place.venue, place.town
        self.country = self.country or place.country
        self.add_province(place.province, stated=True)

    def freeze(self) -> Event:
        mentions = sorted(set(self.mentions), key=lambda m: (m.start, m.end))
        return Event(
            kind=self.kind, name=self.name, theme=self.theme, date=self.date, time_of_day=self.time_of_day,
            location=self.location, province=self.province, country=self.country,
            organizers=tuple(self.organizers or self.headline_organizers), attendance=self.attendance,
            mentions=tuple(mentions), sources=self.rules.sources(),
        )  # fmt: skip


def _clauses(article: Article) -> Iterator[_Clause]:
    """The in-scope sentences cut at semicolons, each clause trimmed."""
    text = article.text
    for sentence in article.sentences:
        cursor = sentence.start
        for cut in [*(m.start() for m in _SEMICOLON.finditer(text, sentence.start, sentence.end)), sentence.end]:
            chunk = text[cursor:cut]
            lead = len(chunk) - len(chunk.lstrip())
            if chunk.strip():
                start, end = cursor + lead, cursor + len(chunk.rstrip())
                pieces = tuple(_split_top(text, start, end, _COMMA))
                yield _Clause(
                    start, end, sentence.segment, pieces,
                    settings=tuple(p for p in pieces if _adverbial(article, p)),
                    cuts=tuple(m.end() for m in _LEAD_CUT.finditer(text, start, end)),
                    piece_starts=tuple(p.start for p in pieces),
                )  # fmt: skip
            cursor = cut + 1


# ---------------------------------------------------------------------------------------------------------------
# Reading clause by clause


class _Reader:
    """Collects events over the clauses of one article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.drafts: list[_Draft] = []
        # the drafts of each kind, and of each kind and day (month and day of the first day, which a draft keeps):
        # a new naming is compared with those it may be, not with every event of a long article
        self._of_kind: dict[EventKind, list[_Draft]] = {}
        self._of_day: dict[tuple[EventKind, _Day], list[_Draft]] = {}
        self.loose: list[tuple[_Clause, _Noun]] = []
        self.last_date: EDTF | None = None
        self.anchor: _Draft | None = None  # the event of ``last_date``
        self.places = article.places
        # What each clause holds, read once however many nouns and "tại" it has.
        self._nouns: dict[_Clause, list[_Noun]] = {}
        self._leads: dict[_Clause, _Leads] = {}
        self._quotes: dict[_Clause, list[Span]] = {}
        self._clause_places: dict[_Clause, list[_Place]] = {}
        self._places_after: dict[int, list[_Place]] = {}  # by where a "tại" ends: each offset is one clause's
        self._attendances: dict[_Clause, int | None] = {}
        self._body_provinces: dict[str, str | None] = {}

    def nouns(self, clause: _Clause) -> list[_Noun]:
        if clause not in self._nouns:
            self._nouns[clause] = _nouns(self.article, clause.start, clause.end)
        return self._nouns[clause]

    def quotes(self, clause: _Clause) -> list[Span]:
        if clause not in self._quotes:
            found = _QUOTED.finditer(self.text, clause.start, clause.end)
            self._quotes[clause] = [Span(m.start(), m.end()) for m in found]
        return self._quotes[clause]

    def attendance(self, clause: _Clause) -> int | None:
        if clause not in self._attendances:
            self._attendances[clause] = _attendance(self.article, clause)
        return self._attendances[clause]

    def read(self, clause: _Clause) -> None:
        quotes = self.quotes(clause)
        nouns = [self._retyped(n, clause) for n in self.nouns(clause) if not self._quoted(clause, n, quotes)]
        self.loose.extend((clause, noun) for noun in nouns if noun.referred)
        nouns = [noun for noun in nouns if not noun.referred]
        whens = list(self._dates(clause, quotes))
        if not whens:
            nouns = self._continued(clause, nouns)
            self.loose.extend((clause, noun) for noun in nouns)
            return
        # "Ngày 21/9, tại huyện Lục Ngạn, Liên hiệp … trao 200 suất học bổng …": a dated handing-over is a ceremony
        handover = None if nouns else _HANDOVER.search(self.text, clause.start, clause.end)
        if handover is not None:
            nouns = [_Noun(handover.start(), handover.end(), "ceremony", acted=True)]
        groups = _dated(self.article, clause, nouns, whens)
        taken = {noun: when for when, group in groups.items() for noun in group}
        anchors: dict[_When, _Draft] = {}
        heads = sorted((noun for group in groups.values() for noun in _heads(self.article, clause, group)), key=_start)
        chosen = set(heads)
        self.loose.extend((clause, noun) for noun in nouns if noun not in chosen)
        # its places lie between the nouns of other times ("… cuộc gặp …, tổ chức Diễn đàn tại Hà Nội vào tháng 12")
        reaches = _reaches(clause, nouns, taken)
        shared: list[str] = []  # the organisers of the clause's first gathering, which those joined to it share
        for index, noun in enumerate(heads):
            following = heads[index + 1].start if index + 1 < len(heads) else clause.end
            when = taken[noun]
            draft = self._draft(clause, noun, when, following, quotes, reaches[noun], shared)
            rule = HANDOVER if handover is not None else RELATIVE_DAY if when.relative else DATED_NOUN
            draft.rules.add(rule, noun.start)
            shared = shared or [*draft.organizers, *draft.headline_organizers]
            if when.relative and self.anchor is not None and draft.province is None and draft.country is None:
                # "Chiều cùng ngày, đoàn dự lễ bàn giao …": where the event of that day was
                draft.add_province(self.anchor.province, stated=False)
                draft.country = self.anchor.country
            opens = _only(self.text, clause.start, noun.start, " –-")
            anchors.setdefault(when, self._add(draft, restates=opens))
        last = max(groups, key=_start) if groups else whens[0]
        # "cùng ngày" later means the day of what happened; not of history told ("Ngày 27/6/2009, … Đại hội lần thứ
        # nhất"), after which the article comes back to its own day
        if not _scheduled(self.text, clause, last) and not is_history(last.value, self.article.reference_date):
            self.last_date, self.anchor = last.value, anchors.get(last)

    def _quoted(self, clause: _Clause, noun: _Noun, quotes: list[Span]) -> bool:
        """Whether a noun lies inside quotes, a theme's or a title's, rather than opening the quoted name of an
        event that is organised: 'tổ chức "Ngày hội …"' (the quote then names the event)."""
        quote = next((q for q in quotes if q.start <= noun.start < q.end), None)
        if quote is None:
            return False
        opens = _skip_spaces(self.text, quote.start + 1, noun.start) >= noun.start
        return not (opens and _organized(self.article, clause, noun))

    def _continued(self, clause: _Clause, nouns: list[_Noun]) -> list[_Noun]:
        """A signing at an event told before is an event of that day: "Tại buổi làm việc, hai bên đã ký kết Biên
        bản ghi nhớ …"; the nouns left to attach are returned."""
        opening = _AT_EVENT.match(self.text, clause.start, _near(clause.start, clause.end))
        if opening is None or not nouns or not _COUNTER.fullmatch(self.text, opening.end(), nouns[0].start):
            return nouns
        told = self._of_kind.get(nouns[0].kind, []) or ([self.anchor] if self.anchor else [])
        acts = [n for n in nouns[1:] if n.kind in _ACTS_AT_AN_EVENT]
        if not told or not acts:
            return nouns
        for act in acts:
            draft = _Draft(act.kind, told[-1].date, told[-1].time_of_day)
            draft.add_mention(self.article.mention(act.start, act.end))
            draft.rules.add(ACT_AT_EVENT, act.start)
            self._add(draft)
        return [n for n in nouns if n not in acts]

    def _retyped(self, noun: _Noun, clause: _Clause) -> _Noun:
        """A working session held in a country or province is a visit: "Đoàn … làm việc tại Nga và Belarus"."""
        if noun.kind != "working_session" or self.article.words(noun.start, noun.end)[-1].key != _AT_PLACE:
            return noun
        opening = _skip_spaces(self.text, noun.end, clause.end)
        stop = _place_end(self.text, opening, clause.end)
        named = [*self._countries(opening, stop), *self.article.matches("province", opening, stop)]
        place = self._place(opening, stop)
        if any(m.start == opening for m in named) or (place is not None and place.venue is None and not place.town):
            return attrs.evolve(noun, kind="visit")
        return noun

    def events(self) -> list[Event]:
        for clause, noun in self.loose:
            self._attach(clause, noun)
        ordered = sorted(self.drafts, key=lambda d: d.first or 0)
        return [draft.freeze() for draft in ordered]

    # -- dates

    def _dates(self, clause: _Clause, quotes: list[Span]) -> Iterator[_When]:
        """The dates of the clause that can date an event, in order; those in an opening adverbial
        ("Nhân dịp Quốc khánh 2/9, sáng 28/8, …") only after the others."""
        text = self.text
        found: list[_When] = []
        reference = self.article.reference_date
        matches = self.article.dates(clause.start, clause.end)
        planned: list[int] | None = None  # where the clause's words of planning stand, read at its first yearless date
        for index, match in enumerate(matches):
            following = matches[index + 1] if index + 1 < len(matches) else None
            restated = (
                following is not None
                and following.start - match.end <= _MATCH_CHARS
                and _RESTATED.fullmatch(text, match.end, following.start) is not None
            )
            if restated and _spoken(match.text):
                continue  # "sáng nay (24/11)": the written date, not the reader's clock
            if (
                _day_level(match.value)
                and not _inside(match.start, quotes)
                and not _not_an_event_date(self.article, clause.start, match.start, match.end, clause.end)
                and not _names_a_day(self.article, clause.start, match.start)
            ):
                today = _TODAY.search(text, max(clause.start, match.start - 24), match.start)
                tod = match.time_of_day or (_time_of_day(today["tod"]) if today is not None else None)
                value = match.value
                if reference is not None and not _YEAR_WRITTEN.search(match.text):
                    if planned is None:
                        planned = [m.start() for m in _WILL.finditer(text, clause.start, clause.end)]
                    value = _ahead(value, reference) if _to_come(text, match.start, match.end, planned) else value
                found.append(_When(match.start, match.end, value, tod))
        if self.last_date is not None and self._may_name_relative_day(clause):
            for match in _RELATIVE_DAY.finditer(self.text, clause.start, clause.end):
                day = self.last_date if match["same"] else _next_day(self.last_date)
                if day is not None:
                    found.append(_When(match.start(), match.end(), day, _time_of_day(match["tod"]), relative=True))
        return iter(sorted(found, key=lambda w: (_inside(w.start, clause.settings), w.start)))

    def _may_name_relative_day(self, clause: _Clause) -> bool:
        """Whether the words of a relative day ("cùng ngày") stand in the clause: most clauses are not searched."""
        cores = _relative_cores(self.article)
        index = bisect.bisect_left(cores, (clause.start,))
        while index < len(cores) and cores[index][0] < clause.end:
            if cores[index][1] <= clause.end:
                return True
            index += 1
        return False

    # -- building events

    def _draft(
        self,
        clause: _Clause,
        noun: _Noun,
        when: _When,
        following: int,
        quotes: list[Span],
        reach: Span,
        shared: Sequence[str] = (),
    ) -> _Draft:
        text = self.text
        name_end = _name_end(self.article, noun, following)
        draft = _Draft(noun.kind, when.value, when.time_of_day)
        if noun.capitalised(text) and name_end > noun.end:
            draft.name = text[noun.start : name_end]
        theme = _THEME.match(text, name_end, _near(name_end, following, _NAME_CHARS))
        if theme is not None:
            draft.theme = theme[1].strip() or None
        draft.add_mention(self.article.mention(noun.start, name_end if draft.name else noun.end))
        places = list(self._places(clause, quotes, when, reach))
        for place in places:
            draft.add_place(place)
        if noun.kind == "visit" and draft.province is None and draft.country is None:
            draft.add_place(self._visited(noun.end, clause.end))
        organizers, region = _organizers(self.article, clause, noun, when)
        # "X tổ chức Hội nghị … và Hội thảo …": the second gathering has the first one's organisers
        draft.add_organizers(organizers or shared, headline=clause.segment == "title")
        if noun.kind != "visit":
            self._host(draft, noun, region, name_end, local=any(p.local for p in places))
        if draft.province is None and draft.country is None:
            draft.add_province(self._partner_province(clause, noun), stated=False)
        if draft.province is None and draft.country is None and draft.location is not None:
            draft.add_province(self.places.around(noun.start), stated=False)  # a venue of the page's province
        draft.attendance = self.attendance(clause)
        return draft

    def _partner_province(self, clause: _Clause, noun: _Noun) -> str | None:
        """Where a working session with a provincial body is held: "làm việc với Ủy ban nhân dân tỉnh Hà Tĩnh"."""
        if noun.kind != "working_session" or self.article.words(noun.start, noun.end)[-1].key != _WITH:
            return None
        opening = _skip_spaces(self.text, noun.end, clause.end)
        return self._province_in(Span(opening, _place_end(self.text, opening, clause.end)))

    def _host(self, draft: _Draft, noun: _Noun, region: Span, name_end: int, *, local: bool) -> None:
        """The host's province: "Liên hiệp … tỉnh X tổ chức", "Chủ tịch UBND tỉnh X tiếp", "Đại hội Hội … tỉnh X";
        the page's own province for "Liên hiệp các tổ chức hữu nghị tỉnh tổ chức …" or "tại xã Hướng Phùng"; the
        province in the full name of a body written by its acronym ("do HUFO … tổ chức")."""
        draft.add_province(self._province_in(region) or self._province_of_body(region), stated=False)
        if draft.name is not None:
            draft.add_province(self._province_in(Span(noun.start, name_end)), stated=False)
        local = local or self._bare_local(region)
        if local and draft.province is None and draft.country is None:
            draft.add_province(self.places.around(noun.start), stated=False)
        if draft.country is None and self._bare_union(region):
            draft.add_province(self.places.outlet, stated=False)  # "Liên hiệp sẽ tổ chức …" in a provincial paper

    def _bare_union(self, region: Span) -> bool:
        """Whether a subject is the union written short; not read whole where its first words already hold more
        than the short name has (a subject may run to the start of a sentence without commas)."""
        opening = self.article.words(region.start, _near(region.start, region.end, _NAME_CHARS))
        if sum(word.casefold() not in _TRIMMED_WORDS for word in opening.texts) > _BARE_UNION_WORDS:
            return False
        subject = _SUBJECT_TRIM.sub("", " ".join(self.text[region.start : region.end].split()).strip(" ,"))
        return _BARE_UNION.fullmatch(subject) is not None

    def _add(self, draft: _Draft, *, restates: bool = False) -> _Draft:
        """Keep a new event, or add it to the same one named before (the one kept is returned); a clause that opens
        with the event (``restates``) may give the span of days of one dated by its first day ("Hội nghị diễn ra
        trong hai ngày 22 - 23/11")."""
        for known in self._of_day.get((draft.kind, _day(draft.date)), []):
            # the same gathering named twice, not one in the morning and another in the afternoon
            apart = None not in (known.time_of_day, draft.time_of_day) and known.time_of_day != draft.time_of_day
            if apart:
                continue
            if _same_day(known.date, draft.date):
                known.absorb(draft)
                known.date = known.date if _has_year(known.date) else draft.date
                return known
            if restates and _first_day(known.date) == _first_day(draft.date):
                known.absorb(draft)
                known.date = draft.date if isinstance(draft.date, EdtfInterval) else known.date
                return known
        self.drafts.append(draft)
        self._of_kind.setdefault(draft.kind, []).append(draft)
        self._of_day.setdefault((draft.kind, _day(draft.date)), []).append(draft)
        return draft

    def _attach(self, clause: _Clause, noun: _Noun) -> None:
        """Add a later (or earlier) naming of an event to the event of that kind nearest to it; not where the
        clause tells of another time ("Trước đó, đoàn đã đến dâng hoa …")."""
        same_kind = self._of_kind.get(noun.kind, [])
        if not same_kind or _ANOTHER_TIME.match(self.text, clause.start, _near(clause.start, clause.end)):
            return
        before = [d for d in same_kind if d.first is not None and d.first <= noun.start]
        # "Ngày 27/6/2009, Liên hiệp tổ chức Đại hội lần thứ nhất …": history told after today's congress takes
        # none of the later namings of a congress, which are today's
        current = [d for d in before if not is_history(d.date, self.article.reference_date)]
        draft = current[-1] if current else before[-1] if before else same_kind[0]
        text = self.text
        name_end = _name_end(self.article, noun, clause.end)
        # A name is read only where the event is held or headlined, not where it is only referred to
        # ("Báo cáo tại Đại hội nêu rõ").
        named = (
            noun.capitalised(text)
            and draft.name is None
            and name_end > noun.end
            and (clause.segment == "title" or _organized(self.article, clause, noun))
        )
        if named:
            draft.name = text[noun.start : name_end]
        draft.add_mention(self.article.mention(noun.start, name_end if named else noun.end))
        places: list[_Place] = []
        if _is_subject(self.article, clause, noun):
            if clause not in self._clause_places:
                whole = Span(clause.start, clause.end)
                self._clause_places[clause] = list(self._places(clause, self.quotes(clause), None, whole))
            places = self._clause_places[clause]
            for place in places:
                draft.add_place(place)
        if _organized(self.article, clause, noun) and draft.kind != "visit":  # "Liên hiệp … tỉnh Kon Tum vừa tổ chức …"
            organizers, region = _organizers(self.article, clause, noun, None)
            draft.add_organizers(organizers, headline=clause.segment == "title")
            self._host(draft, noun, region, name_end if named else noun.end, local=any(p.local for p in places))
        draft.attendance = draft.attendance or self.attendance(clause)

    # -- places

    def _places(self, clause: _Clause, quotes: list[Span], when: _When | None, reach: Span) -> Iterator[_Place]:
        """Places written "tại X" where X is where the event happens, not part of someone's title,
        with the larger units after it ("tại Khu di tích Kim Liên, huyện Nam Đàn, tỉnh Nghệ An")."""
        for match in _AT.finditer(self.text, reach.start, reach.end):
            if _inside(match.start(), quotes) or not self._leads_to_place(clause, match, when):
                continue
            # (read once: the clause is read for its places again for each of its events)
            if match.end() not in self._places_after:
                self._places_after[match.end()] = list(self._places_from(clause, match.end()))
            yield from self._places_after[match.end()]

    def _places_from(self, clause: _Clause, start: int) -> Iterator[_Place]:
        """The places written from ``start``, after a "tại", to the end of the clause."""
        text = self.text
        opening: int | None = start
        while opening is not None:
            end = _place_end(text, opening, clause.end)
            end = _closed_venue_end(self.article, opening, end) or end
            place = self._place(opening, end)
            if place is None:
                break
            yield self._with_bracketed_country(place, end, clause.end)
            unit = _NEXT_UNIT.match(text, end, _near(end, clause.end))
            opening = None if unit is None else unit.end()
            if unit is None and (province := self._province_after(end, clause.end)) is not None:
                yield _Place(province=province)  # "tại Trung tâm Hội nghị quốc gia, Hà Nội"

    def _leads_to_place(self, clause: _Clause, match: regex.Match[str], when: _When | None) -> bool:
        """Whether a "tại" opens the clause or follows an event word or the event's date.

        "Chiều 4/6, tại X", "tổ chức vào ngày 16/1 tại X", "được tổ chức tại X" place the
        event; "Đại sứ Việt Nam tại Trung Quốc" (after the event word too: "tiếp Đại sứ … tại …") places
        a person's post, unless a building follows ("tiếp Đại sứ X tại trụ sở Liên hiệp").
        """
        text, at = self.text, match.start()
        lead_start = clause.lead_start(at)
        if _skip_spaces(text, lead_start, at) >= at:
            return True
        if clause not in self._leads:
            self._leads[clause] = _Leads(self.article, clause, self.nouns(clause))
        verb_end, post_start = self._leads[clause].last_verb_and_post(lead_start, at)
        following = self.article.words(match.end(), min(clause.end, match.end() + 40))
        venue = _starts_with(following.keys, data.VENUE_HEADS)
        if post_start is not None and post_start >= (verb_end or 0) and not venue:
            return False  # "tiếp Tổng Lãnh sự … tại Hải Phòng"
        if when is not None and lead_start <= when.start < at:
            return True
        # "thăm, tặng quà các hộ nghèo tại xã Ba Điền": a commune or district is where the clause happens
        return verb_end is not None or _local(self.article, match.end(), _place_end(text, match.end(), clause.end))

    def _with_bracketed_country(self, place: _Place, end: int, stop: int) -> _Place:
        """A foreign place with its country in brackets after it: "tại thủ đô Viêng Chăn (Lào)"."""
        bracket = _BRACKET.match(self.text, end, _near(end, stop))
        if place.country is not None or place.province is not None or bracket is None:
            return place
        country = self.article.gazetteer.lookup("country", bracket[1])
        if country is None or country == "VN":
            return place
        return attrs.evolve(place, country=country)

    def _place(self, start: int, end: int) -> _Place | None:
        text, article = self.text, self.article
        if start >= end:
            return None
        opening = _nouns(article, start, end)
        if opening and opening[0].start == start:  # "Phát biểu tại Hội nghị"
            return None
        keys = list(article.words(start, end).keys)
        if not keys:
            return None
        country = next(iter(self._countries(start, end)), None)
        if country is not None and country.start == start and country.end == end:
            return _Place(country=None if country.canonical == "VN" else country.canonical)
        province = self._province_in(Span(start, end), whole=True)
        provinces = article.matches("province", start, end, cased=True)
        if _administrative(article, start, end):
            # a unit of administration names no venue ("tại thành phố Hạ Long", "tại huyện Tri Tôn", "tại xã Ba
            # Điền"), only the province ("thành phố Lạng Sơn"); a hamlet is the place ("tại thôn Ruộng")
            venue = None if _starts_with(keys, data.NO_VENUE_PREFIXES) else _one_spaced(text, start, end)
            if province is None:
                return _Place(venue=venue, local=_local(article, start, end), town=True)
            whole = _starts_with(keys, data.PROVINCE_PREFIXES)  # "tỉnh Lạng Sơn", not a town in it
            return _Place(venue=venue, province=province, town=not whole)
        if provinces and provinces[0].start == start:
            return _Place(province=province)
        if text[start].isupper() or _starts_with(keys, data.VENUE_HEADS):
            # "Khách sạn Sài Gòn – Quảng Bình": the last province a venue names is where it stands; "Trung tâm Hành
            # chính thành phố", "Hội trường Tỉnh ủy": the page's
            province = self._province_in(Span(start, end), whole=True, last=True)
            if not self._venue(start, end, keys):  # "tại Minsk", "tại Cu-ba và Vê-nê-xu-ê-la": no venue named
                return _Place(province=province)
            venue = _one_spaced(text, start, end)
            return _Place(venue=venue, province=province, local=self._bare_local(Span(start, end)))
        return None

    def _venue(self, start: int, end: int, keys: list[str]) -> bool:
        """Whether a capitalised place names a venue: a building or site ("Nhà hát Lớn", "Khu di tích …"), a body
        ("Tỉnh ủy", "Đại sứ quán Việt Nam") or a body's acronym ("QTMAC"); a town or countries by their names alone
        ("Minsk", "Liên bang Nga và Cộng hòa Belarus") name none."""
        first = self.text[start : self.article.words(start, end)[0].end]
        return (
            _starts_with(keys, data.SITE_HEADS)
            or body_at(self.article, start, end) is not None
            or (len(first) > 1 and first.isupper())
        )

    def _bare_local(self, span: Span) -> bool:
        """Whether a span names a body or place of the page's own province without its name ("Liên hiệp các tổ
        chức hữu nghị tỉnh", "Hội trường Tỉnh ủy", "Trung tâm Hành chính thành phố"), or with a person's name
        after it ("Phó Chủ tịch UBND Thành phố Huỳnh Cách Mạng")."""
        if _BARE_LOCAL.search(self.text, span.start, span.end) is not None:
            return True
        for match in _LOCAL_BODY.finditer(self.text, span.start, span.end):
            found = self.article.matches("province", match.end(), span.end, cased=True)
            if not found or found[0].start != match.end():
                return True
        return False

    def _province_after(self, end: int, stop: int) -> str | None:
        """A province named alone after a comma or "ở" that closes a place: "…, Hà Nội", "… (VUFO) ở Hà Nội"."""
        comma = _PROVINCE_LEAD.match(self.text, end, _near(end, stop))
        if comma is None:
            return None
        piece = Span(comma.end(), _place_end(self.text, comma.end(), stop))
        found = self.article.matches("province", piece.start, piece.end, cased=True)
        if not found or (found[0].start, found[0].end) != (piece.start, piece.end):
            return None
        return self._province_in(piece, whole=True)

    def _countries(self, start: int, end: int) -> list[GazetteerMatch]:
        """The countries named in a span, not those that open a longer name ("Khu chứng tích Sơn Mỹ" is no
        "Mỹ", "Mỹ Sơn" neither)."""
        found = self.article.matches("country", start, end, cased=True)
        return [c for c in found if not _NAME_GOES_ON.match(self.text, c.end, _near(c.end, end))]

    def _visited(self, start: int, end: int) -> _Place:
        """Where a visit goes: the first province or foreign country named after "thăm", or else in the name of the
        site it visits ("thăm Khu chứng tích Sơn Mỹ (tỉnh Quảng Ngãi)"). The site is no venue: only "tại" or "ở"
        names where an event is held (FIELDS.md)."""
        site = self._site(start, end)
        if site is None:
            return self._destination(start, end)
        place = self._destination(site.end, end)
        if place.province is None and place.country is None:
            place = self._place(site.start, site.end) or place
        return attrs.evolve(place, venue=None)

    def _destination(self, start: int, end: int) -> _Place:
        """The first province or foreign country named in a span."""
        province = next(iter(self.article.matches("province", start, end, cased=True)), None)
        abroad = [c for c in self._countries(start, end) if c.canonical != "VN"]
        if abroad and (province is None or abroad[0].start < province.start):
            return _Place(country=abroad[0].canonical)
        named = self._province_in(Span(start, end))
        unit = _LOCAL_UNIT.search(self.text, start, end)
        if (
            named is None
            and not abroad
            and unit is not None
            and _local(self.article, unit.start(), _place_end(self.text, unit.start(), end))
        ):  # "thăm Làng thanh niên lập nghiệp Đăk Mế (huyện Ngọc Hồi)": a district of the page's province
            return _Place(province=self.places.around(start), local=True)
        return _Place(province=named)

    def _site(self, start: int, end: int) -> Span | None:
        """A place written with a capital right after a verb of visiting: "Khu đền tháp Mỹ Sơn", "Trường …"."""
        opening = _skip_spaces(self.text, start, end)
        keys = list(self.article.words(opening, min(end, opening + 40)).keys)
        if opening >= end or not self.text[opening].isupper() or not _starts_with(keys, data.SITE_HEADS):
            return None
        return Span(opening, _place_end(self.text, opening, end))

    def _province_of_body(self, span: Span) -> str | None:
        """The province that a known body named in a span has in its full name ("HUFO": "… thành phố Hồ Chí Minh")."""
        for body in self.article.matches("organization", span.start, span.end, cased=True):
            if body.canonical not in self._body_provinces:  # a look-up in the body's full name, once per name
                found = self.article.gazetteer.find("province", body.canonical, cased=True)
                self._body_provinces[body.canonical] = found[0].canonical if found else None
            if (province := self._body_provinces[body.canonical]) is not None:
                return province
        return None

    def _province_in(self, span: _Clause | Span, *, whole: bool = False, last: bool = False) -> str | None:
        """The first (or last) province named in a span; a name that is also a common word counts only alone."""
        found = self.article.matches("province", span.start, span.end, cased=True)
        for match in reversed(found) if last else found:
            last_word = self.article.words(match.start, match.end)[-1].text
            alone = whole and match.start == span.start and match.end == span.end
            if last_word[:1].isupper() and (alone or not is_ambiguous("province", match.text)):
                return match.canonical
        return None


class _Leads:
    """Where a clause's event verbs and nouns end and its posted titles start, as word indices, so that what
    stands before each "tại" is a look-up rather than a new scan of the clause."""

    def __init__(self, article: Article, clause: _Clause, nouns: list[_Noun]) -> None:
        tokens = article.words(clause.start, clause.end)
        self.starts = tokens.starts
        keys = tokens.keys
        # (first word, word after the last) of each verb phrase and each event noun, ordered by their end
        nouns_at = [(self._index(n.start), self._index(n.end)) for n in nouns]
        self.verbs = sorted([*_occurrences(keys, _keys(data.EVENT_VERBS)), *nouns_at], key=lambda pair: pair[1])
        self.verb_ends = [end for _, end in self.verbs]
        self.posts = _occurrences(keys, _keys(data.POSTED_TITLES))  # ordered by their first word
        self.post_starts = [start for start, _ in self.posts]

    def _index(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    def last_verb_and_post(self, start: int, end: int) -> tuple[int | None, int | None]:
        """Within ``[start, end)``, counted in words from ``start``: where the last event verb or noun ends and
        where the last posted title ("Đại sứ", "Tổng Lãnh sự") starts."""
        first, stop = self._index(start), self._index(end)
        verb_end = None
        index = bisect.bisect_right(self.verb_ends, stop) - 1
        while index >= 0 and verb_end is None and self.verb_ends[index] > first:
            if self.verbs[index][0] >= first:
                verb_end = self.verb_ends[index] - first
            index -= 1
        post_start = None
        index = bisect.bisect_left(self.post_starts, stop) - 1
        while index >= 0 and post_start is None and self.post_starts[index] >= first:
            if self.posts[index][1] <= stop:
                post_start = self.post_starts[index] - first
            index -= 1
        return verb_end, post_start


def _occurrences(keys: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Where each of the phrases occurs among the word keys, as (first word, word after the last), in order."""
    lengths = _lengths(phrases)
    firsts = {p[0] for p in phrases}  # a set: asked once per word of the clause
    return [
        (i, i + size)
        for i, key in enumerate(keys)
        if key in firsts
        for size in lengths
        if tuple(keys[i : i + size]) in phrases
    ]


def _reaches(clause: _Clause, nouns: list[_Noun], taken: dict[_Noun, _When]) -> dict[_Noun, Span]:
    """For each noun, the stretch of the clause between the nearest nouns that take another time than it."""
    before: dict[_Noun, int] = {}
    last: tuple[int, _When | None] | None = None  # the end and time of the previous noun
    other = clause.start  # the end of the last noun taking another time than ``last``
    for noun in nouns:
        when = taken.get(noun)
        if last is not None and last[1] != when:
            other = last[0]
        before[noun] = other if last is None or last[1] == when else last[0]
        last = (noun.end, when)
    reaches: dict[_Noun, Span] = {}
    following: tuple[int, _When | None] | None = None
    other = clause.end
    for noun in reversed(nouns):
        when = taken.get(noun)
        if following is not None and following[1] != when:
            other = following[0]
        reaches[noun] = Span(before[noun], other if following is None or following[1] == when else following[0])
        following = (noun.start, when)
    return reaches


def _extends(longer: str, shorter: str) -> bool:
    """Whether a name key is another followed by more words."""
    return longer.startswith(shorter + " ")


def _one_spaced(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with each run of white space read as one space, as a value is written."""
    return " ".join(text[start:end].split())


def _only(text: str, start: int, end: int, marks: str) -> bool:
    """Whether ``text[start:end]`` holds nothing but ``marks``, read up to the first other character (the stretch
    from a clause's start to a noun runs to the start of a sentence without commas)."""
    return all(text[index] in marks for index in range(start, end))


@functools.lru_cache(maxsize=4096)
def _name_key(name: str) -> str:
    """The fold key of an organiser's name, asked again for each name an event has each time it gains one."""
    return fold_key(name)


def _skip_spaces(text: str, start: int, end: int) -> int:
    """The first offset from ``start`` that holds no white space (``end`` at most)."""
    while start < end and text[start].isspace():
        start += 1
    return start


# ---------------------------------------------------------------------------------------------------------------
# Helpers


# Phrases as word keys, a set of them (or a tuple of a few).
_Phrases = frozenset[tuple[str, ...]] | tuple[tuple[str, ...], ...]


@functools.cache
def _keys(phrases: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.key for w in words(p)) for p in phrases)


def _nouns(article: Article, start: int, end: int) -> list[_Noun]:
    """The event nouns of ``text[start:end]``, without venues ("Trung tâm Hội nghị") and documents."""
    blockers, committees = _keys(data.NOT_AN_EVENT_AFTER), _keys(data.COMMITTEE_WORDS)
    found = []
    for m in article.matches(_TABLE, start, end):
        before = _words_before(article, start, m.start, 3)
        if m.canonical != _NO_EVENT and not _ends_with(before, blockers):
            found.append(_Noun(m.start, m.end, cast(EventKind, m.canonical), referred=_ends_with(before, committees)))
    found += [_Noun(m.start("verb"), m.end("verb"), "meeting") for m in _RECEIVE.finditer(article.text, start, end)]
    return sorted(found, key=lambda n: n.start)


def _dated(article: Article, clause: _Clause, nouns: list[_Noun], whens: list[_When]) -> dict[_When, list[_Noun]]:
    """The event nouns of a clause grouped by the date each takes.

    A noun takes the time written right after it ("tổ chức Diễn đàn … vào tháng 12"; without a
    day it is undated), or else the last date before it ("Ngày 1/10, đoàn làm việc với … và ngày
    2/10 gặp gỡ …"), or else the clause's first date ("Hội nghị diễn ra sáng 5/6").
    """
    text = article.text
    ordered = sorted((w for w in whens if not _inside(w.start, clause.settings)), key=_start)
    ends = [w.end for w in ordered]
    starting: dict[int, _When] = {}
    for written in whens:
        starting.setdefault(written.start, written)
    groups: dict[_When, list[_Noun]] = {}
    for index, noun in enumerate(nouns):
        stop = clause.piece_end(noun.start)
        if index + 1 < len(nouns):
            stop = min(stop, nouns[index + 1].start)
        own = _OWN_TIME.search(text, noun.end, stop)
        when: _When | None = None
        if own is not None:
            when = starting.get(own.end())
            if when is None and _OWN_PERIOD.match(text, own.end(), _near(own.end(), stop)) is None:
                own = None
        if own is None:
            before = bisect.bisect_right(ends, noun.start)
            when = ordered[before - 1] if before else whens[0]
        if when is not None:
            groups.setdefault(when, []).append(noun)
    return groups


def _start(item: _Noun | _When) -> int:
    return item.start


def _heads(article: Article, clause: _Clause, nouns: list[_Noun]) -> list[_Noun]:
    """The nouns of a dated clause that name its events: the main one and any joined to it by "và".

    A noun in an opening adverbial ("Nhân dịp Lễ kỷ niệm …, ") is the setting, not the event.
    """
    text = article.text
    candidates = [n for n in nouns if not _inside(n.start, clause.settings)] or nouns
    head = next((n for n in candidates if _organized(article, clause, n)), candidates[0])
    heads, kinds = [head], {head.kind}
    for noun in nouns[nouns.index(head) + 1 :]:
        joined = _COORDINATED.search(text, max(clause.start, noun.start - _JOINER_CHARS), noun.start) is not None
        new_kind = noun.kind not in kinds or noun.capitalised(text)
        activity = noun.kind in data.ACTIVITY_KINDS or _is_one_of(article, noun, data.JOINED_ACTIVITIES)
        if joined and new_kind and (noun.capitalised(text) or not activity):  # "Lễ trao … và Hội thi …"
            heads.append(noun)
            kinds.add(noun.kind)
    return heads


def _is_one_of(article: Article, noun: _Noun, phrases: tuple[str, ...]) -> bool:
    return article.words(noun.start, noun.end).keys in _keys(phrases)


def _organized(article: Article, clause: _Clause, noun: _Noun) -> bool:
    return _organizing_verb(article, clause, noun) is not None


def _organizing_verb(article: Article, clause: _Clause, noun: _Noun) -> int | None:
    """Where "tổ chức" stands at most three words before the noun ("tổ chức thành công Đại hội"),
    or opens it ("tổ chức trao học bổng")."""
    found = None
    nouns = _keys(data.NOT_THE_ORGANIZING_VERB_AFTER)
    for match in _ORGANIZE.finditer(article.text, max(clause.start, noun.start - 40), noun.end):
        if len(article.words(match.end(), noun.start)) <= 3 and not _ends_with(
            _words_before(article, clause.start, match.start(), 2), nouns
        ):  # not "Ban tổ chức Đại hội"
            found = match.start()
    return found


def _hosting_verb(article: Article, clause: _Clause, noun: _Noun) -> int | None:
    """Where a verb of opening or hosting stands at most two words before the noun, its subject the organiser:
    "Ủy ban Hòa bình Việt Nam khai mạc Diễn đàn …", "Liên hiệp mở lớp tập huấn …"."""
    tokens = article.words(max(clause.start, noun.start - 40), noun.start)
    keys = [t.key for t in tokens]
    for skipped in range(min(3, len(keys))):
        end = len(keys) - skipped
        verb = next((v for v in _keys(data.HOSTING_VERBS) if tuple(keys[end - len(v) : end]) == v), None)
        if verb is not None:
            return tokens[end - len(verb)].start
    return None


def _receiving_verb(article: Article, clause: _Clause, noun: _Noun) -> int | None:
    """Where a meeting with a guest is given, the start of the verbs that give it, their subject its host:
    "Hội … gặp mặt đoàn …", "Liên hiệp … tiếp và làm việc với đoàn …", "… có buổi làm việc với đoàn …"."""
    if noun.kind not in data.RECEIVING_KINDS:
        return None
    guest = list(article.words(noun.end, _near(noun.end, clause.end, 40)).keys)
    guest = guest[1:] if guest[:1] == [_WITH] else guest  # "có buổi làm việc với đoàn"
    if not _starts_with(guest, data.GUEST_WORDS):
        return None
    tokens = article.words(max(clause.start, noun.start - 40), noun.start)
    keys = [t.key for t in tokens]
    start, end = noun.start, len(keys)
    while (lead := next((v for v in _keys(data.RECEIVING_LEADS) if _ends_with(keys[:end], (v,))), None)) is not None:
        end -= len(lead)
        start = tokens[end].start
    return start


def _name_end(article: Article, noun: _Noun, stop: int) -> int:
    text = article.text
    stop = min(stop, noun.end + _NAME_CHARS)
    match = _NAME_END.search(text, noun.end, stop)
    end = match.start() if match is not None else stop
    following = article.words(noun.end, end)
    if len(following) > _MAX_NAME_WORDS:
        end = following[_MAX_NAME_WORDS - 1].end
    while end > noun.end and text[end - 1] in " ,.–-":
        end -= 1
    conjunction = _TRAILING_CONJUNCTION.search(text, noun.end, end)
    return conjunction.start() if conjunction is not None else end


def _closed_venue_end(article: Article, start: int, end: int) -> int | None:
    """Where a venue that is a body's name ends where the chunker ends it before another body, a comma left out:
    "tại Tỉnh ủy Hội Hữu nghị Việt - Lào, …" (``None`` where it runs on)."""
    venue = body_at(article, start, end)
    if venue is None or venue.end >= end:
        return None
    following = _skip_spaces(article.text, venue.end, end)
    return venue.end if following > venue.end and body_at(article, following, end) is not None else None


def _place_end(text: str, start: int, stop: int) -> int:
    stop = min(stop, start + _PLACE_CHARS)
    match = _PLACE_END.search(text, start, stop)
    end = match.start() if match is not None else stop
    while end > start and text[end - 1] in " ,.":
        end -= 1
    return end


def _organizers(article: Article, clause: _Clause, noun: _Noun, when: _When | None) -> tuple[list[str], Span]:
    """Who organises the event, and the stretch of text that names them."""
    text = article.text
    verb = _organizing_verb(article, clause, noun)
    verb = _hosting_verb(article, clause, noun) if verb is None else verb
    verb = _receiving_verb(article, clause, noun) if verb is None else verb
    verb = noun.start if verb is None and (noun.acted or _is_one_of(article, noun, data.MEETING_VERBS)) else verb
    region = None if verb is None else _subject(article, clause, verb, when)
    if region is None:
        after = _ORGANIZED_BY.search(text, noun.end, min(clause.end, noun.end + _NAME_CHARS))
        if after is None:  # no organiser named: the subject of the clause may still place the event
            return [], _subject(article, clause, noun.start, when)
        region = Span(after.start("who"), after.end("who"))
    speaker = _speakers_body(article, region)
    if speaker is not None:
        return [speaker], region
    pieces = _split_top(text, region.start, region.end, _PARTNER, _partners(article, region))
    return [name for piece in pieces for name in _names_in(article, piece)], region


def _names_in(article: Article, piece: Span) -> list[str]:
    """The names of the bodies a piece of an organising subject names; read once per piece, as the subjects of the
    nouns of one sentence without commas share all their pieces but the last."""
    known: dict[tuple[int, int], list[str]] = article.analysis.memo("events.named_bodies", dict)
    if (piece.start, piece.end) not in known:
        names = []
        for body in _bodies_named(article, piece):
            name = _PARENTHESISED.sub("", article.text[body.start : body.end])
            name = _SUBJECT_TRIM.sub("", " ".join(name.split()))
            if name and len(name.split()) <= 25:
                names.append(name)
        known[(piece.start, piece.end)] = names
    return known[(piece.start, piece.end)]


def _speakers_body(article: Article, region: Span) -> str | None:
    """The body that "we" are in an answer to an interview: the one its speaker was introduced as holding a title in,
    right after the first naming of the speaker ("Ông A: Chúng tôi sẽ tổ chức …" after "… ông A, Chủ tịch Liên hiệp
    các tổ chức hữu nghị tỉnh (LHHN)")."""
    text = article.text
    # "we" and the few words _SUBJECT_TRIM drops around it: a longer subject is someone else (and is not read whole).
    if text[region.start - 1 : region.start] != ":" or len(article.words(region.start, region.end)) > _MAX_WE_WORDS:
        return None
    subject = _SUBJECT_TRIM.sub("", " ".join(text[region.start : region.end].split()))
    if tuple(w.key for w in words(subject)) not in _keys(data.WE_WORDS):
        return None
    line = text.rfind("\n", max(0, region.start - _MATCH_CHARS), region.start) + 1
    label = article.words(line, region.start - 1)
    opening = 1 if label and (label[0].key,) in _keys(data.COURTESY_WORDS) else 0
    if not 2 <= len(label) - opening <= 6:
        return None
    name = text[label[opening].start : label[-1].end]
    first = text.find(name, 0, line)
    if first < 0:
        return None
    after = first + len(name)
    bodies = bodies_in(article, after, _near(after, len(text), _MATCH_CHARS))
    if not bodies or not text[after : bodies[0].start].lstrip().startswith(","):
        return None
    return bodies[0].value if isinstance(bodies[0].value, str) else bodies[0].text


def _bodies_named(article: Article, piece: Span) -> Iterator[Span]:
    """The bodies a piece of an organising subject names, each as a stretch of it.

    Each opens where the body-name chunker reads a body's name, not a role ("Cụm phó Cụm thi đua …") nor a person
    or a place, and ends where the chunker ends it ("Hội … khóa IV", "Hội cũng", "Liên hiệp … – đơn vị Cụm trưởng
    …"); another body may follow after "và". A body written as a common noun ("chính quyền địa phương xã …") is the
    whole piece.
    """
    tokens = article.words(piece.start, min(piece.end, piece.start + _MATCH_CHARS))
    keys = list(tokens.keys)
    if _starts_with(keys, data.COMMON_BODIES):
        yield piece
        return
    start = opening = piece.start
    office = next((len(o) for o in _keys(data.STANDING_OFFICES) if tuple(keys[: len(o)]) == o), 0)
    if office and office < len(keys):
        start = tokens[office].start  # "Thường trực Liên hiệp …": the office and the body it stands for
    while start < piece.end:
        body = body_at(article, start, piece.end)
        if body is None or any(
            role.start == start and role.end > body.end for role in article.matches("title", start, piece.end)
        ):
            return
        yield Span(opening, body.end)
        following = article.words(body.end, min(piece.end, body.end + _MATCH_CHARS))[:2]
        if len(following) < 2 or following[0].key != _AND:
            return
        start = opening = following[1].start  # "Liên hiệp … và Hội hữu nghị …"


def _subject(article: Article, clause: _Clause, verb: int, when: _When | None) -> Span:
    """The subject before a verb: what follows the clause's date and "tại" phrases."""
    text = article.text
    pieces = [Span(p.start, min(p.end, verb)) for p in clause.pieces[: bisect.bisect_left(clause.piece_starts, verb)]]
    start = clause.start
    for piece in pieces:
        chunk = text[piece.start : piece.end]
        at = _AT.match(chunk)
        dated = when is not None and piece.start <= when.start < piece.end
        if dated or at or _names_relative_day(article, piece.start, piece.end) or _adverbial(article, piece):
            start = piece.end
        if (
            dated
            and when is not None
            and piece.end == verb
            and _skip_spaces(text, piece.start, when.start) >= when.start
        ):
            start = _after_date(article, when.end, verb)  # no comma after the date: "Ngày 4/12 tới đây Hội … tổ chức"
        if at:  # "tại Tỉnh ủy Hội Hữu nghị …": the subject opens where the venue closes
            closed = _closed_venue_end(article, piece.start + at.end(), piece.end)
            start = piece.end if closed is None else _skip_spaces(text, closed, piece.end)
    colon = text.rfind(":", start, verb)  # "Ông Trần Hữu Phước: Chúng tôi sẽ tổ chức …"
    return Span(start if colon < 0 else colon + 1, verb)


def _names_relative_day(article: Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a relative day ("sáng cùng ngày"), as ``_RELATIVE_DAY.search`` on it alone
    says; at the cost of the relative days the article names there, not of the stretch, which in a text without
    commas runs to the start of its sentence: a match is tried only at the words of each (found once per article)
    and at the time of day before them."""
    text = article.text
    if start > 0 and _LETTER_OR_DIGIT.match(text, start - 1):  # the look-behind would see before the stretch
        return _RELATIVE_DAY.search(text[start:end]) is not None
    cores = _relative_cores(article)
    tokens = article.tokens
    for index in range(bisect.bisect_left(cores, (start,)), len(cores)):
        core_start, core_end = cores[index]
        if core_start >= end:
            break
        if core_end <= end:
            word = article.analysis.token_index(core_start)
            before = tokens[word - 1].start if word > 0 else core_start  # "sáng" of "sáng cùng ngày"
            if any(at >= start and _RELATIVE_DAY.match(text, at, end) for at in (before, core_start)):
                return True
    return False


def _relative_cores(article: Article) -> list[tuple[int, int]]:
    """Where the words of a relative day stand in the text, overlapping ("ngày hôm sau", "hôm sau"): found once."""

    def find() -> list[tuple[int, int]]:
        return [match.span() for match in _RELATIVE_CORE.finditer(article.text, overlapped=True)]

    return article.analysis.memo("events.relative_days", find)


def _after_date(article: Article, end: int, stop: int) -> int:
    """Where the words after a date start, past those that only say when it lies ("tới đây", "vừa qua")."""
    following = article.words(end, min(stop, end + _MATCH_CHARS))
    keys = tuple(w.key for w in following)
    tail = max((len(t) for t in _keys(data.DATE_TAILS) if keys[: len(t)] == t), default=0)
    return following[tail].start if tail < len(following) else stop


def _split_top(
    text: str, start: int, end: int, separator: regex.Pattern[str], found: Iterable[regex.Match[str]] | None = None
) -> list[Span]:
    """``text[start:end]`` cut at each separator that is not inside brackets, pieces trimmed; ``found``, where
    given, is what ``_with_brackets(separator)`` finds in the stretch."""
    pieces, depth, cursor = [], 0, start
    for match in _with_brackets(separator).finditer(text, start, end) if found is None else found:
        if match.group() == "(":
            depth += 1
        elif match.group() == ")":
            depth -= depth > 0
        elif depth == 0:
            pieces.append(Span(cursor, match.start()))
            cursor = match.end()
    pieces.append(Span(cursor, end))
    trimmed = []
    for piece in pieces:
        chunk = text[piece.start : piece.end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trimmed.append(Span(piece.start + lead, piece.start + len(chunk.rstrip())))
    return trimmed


def _partners(article: Article, region: Span) -> Iterable[regex.Match[str]]:
    """The partner separators and brackets of an organising subject, as ``_with_brackets(_PARTNER).finditer`` finds
    them there; for a long subject (one running to the start of a sentence without commas) from those found once in
    the whole text, so that cutting each subject of the sentence does not read it again."""
    pattern = _with_brackets(_PARTNER)
    if region.end - region.start <= _LONG_SUBJECT:
        found: Iterable[regex.Match[str]] = pattern.finditer(article.text, region.start, region.end)
        return found
    index: _Separators = article.analysis.memo("events.partners", lambda: _Separators(article.text, pattern))
    return index.within(region.start, region.end)


# A subject longer than this is cut with the separators found once in the whole text.
_LONG_SUBJECT = 2000


class _Separators:
    """The matches of a separator over a whole text, and its long runs of white space.

    Within a stretch, a search finds the matches of the whole text, but where it starts inside one (it may find
    another there) and near its end, where a match of the stretch is cut short or one ending there is cut off
    from what follows (which a look-ahead reads): those are found again in the stretch. Near means within
    ``_SEPARATOR_CHARS`` of the end, the longest a separator runs where no run of white space in the stretch is
    longer than ``_SPACE_RUN``: a bracket, or a comma or a phrase of _PARTNER (at most three words of at most four
    letters) with the white space around it; a stretch with a longer run is searched whole.
    """

    def __init__(self, text: str, pattern: regex.Pattern[str]) -> None:
        self.text, self.pattern = text, pattern
        self.matches = list(pattern.finditer(text))
        self.ends = [match.end() for match in self.matches]
        runs = list(_LONG_SPACE.finditer(text))
        self.run_starts, self.run_ends = [run.start() for run in runs], [run.end() for run in runs]

    def within(self, start: int, end: int) -> list[regex.Match[str]]:
        """What ``pattern.finditer(text, start, end)`` finds."""
        index = bisect.bisect_right(self.ends, start)  # the first match ending past ``start``
        run = bisect.bisect_right(self.run_ends, start)
        inside = index < len(self.matches) and self.matches[index].start() < start
        if inside or (run < len(self.run_starts) and self.run_starts[run] < end):
            return list(self.pattern.finditer(self.text, start, end))
        found = []
        while index < len(self.matches) and self.ends[index] <= end - _SEPARATOR_CHARS:
            found.append(self.matches[index])
            index += 1
        cursor = max(found[-1].end() if found else start, end - 2 * _SEPARATOR_CHARS)
        found.extend(self.pattern.finditer(self.text, cursor, end))
        return found


_SPACE_RUN = 8
_LONG_SPACE = regex.compile(rf"\s{{{_SPACE_RUN + 1},}}")
_SEPARATOR_CHARS = 100


@functools.cache
def _with_brackets(separator: regex.Pattern[str]) -> regex.Pattern[str]:
    """The separator or a bracket, whichever comes first: one pass finds both."""
    return regex.compile(r"[()]|(?:" + separator.pattern + ")", separator.flags)


def _near(start: int, stop: int, size: int = _MATCH_CHARS) -> int:
    """``stop``, or less where it lies far past ``start``: the end of a bounded window for an anchored match."""
    return min(stop, start + size)


def _adverbial(article: Article, piece: Span) -> bool:
    """Whether a comma-separated piece opens with an adverbial word ("Nhân dịp", "Trong khuôn khổ")."""
    keys = list(article.words(piece.start, min(piece.end, piece.start + 40)).keys)
    return _starts_with(keys, data.LEAD_ADVERBIALS)


def _is_subject(article: Article, clause: _Clause, noun: _Noun) -> bool:
    """Whether the clause is about the event: it opens with the noun, or says it was held somewhere."""
    if _only(article.text, clause.start, noun.start, " –-"):
        return True
    after = list(article.words(noun.end, min(clause.end, noun.end + 60)).keys)[:8]
    return any(tuple(after[i : i + 2]) in _keys(("tổ chức", "diễn ra")) for i in range(len(after)))


def _attendance(article: Article, clause: _Clause) -> int | None:
    """How many people attend, where the clause says so ("với sự tham dự của hơn 300 đại biểu")."""
    keys = list(article.words(clause.start, clause.end).keys)
    attending = _keys(data.ATTENDING_WORDS)
    if not any(tuple(keys[i : i + size]) in attending for i in range(len(keys)) for size in _lengths(attending)):
        return None
    nouns = _keys(data.ATTENDEE_NOUNS)
    for number in article.numbers(clause.start, clause.end):
        if number.value is None or number.is_percent or number.value != number.value.to_integral_value():
            continue
        following = article.words(number.end, min(clause.end, number.end + 20)).keys[:2]
        if following in nouns or following[:1] in nouns:
            return int(number.value)
    return None


def _not_an_event_date(article: Article, clause_start: int, start: int, end: int, clause_end: int) -> bool:
    """A document's date, a founding or birth date, the bracketed span of an anniversary, or a deadline."""
    text = article.text
    bracket = _DATES_ONLY.search(text, max(clause_start, start - 40), min(len(text), end + 40))
    if bracket is not None and bracket.start() < start and end <= bracket.end():
        return True
    before = _words_before(article, clause_start, start, 6)
    if _ends_with(before, _keys(data.UNTIL_WORDS)):  # "mở cửa đến hết ngày 30/6", "trước ngày 15/7"
        return True
    if before[-1:] == [_AT_TIME]:
        before = before[:-1]
    # "thành lập ngày 5/1/1990" dates the founding; after a comma the date opens a clause of its own:
    # "Theo chương trình vừa được thông qua, ngày 7-12 tới, Hội sẽ tổ chức …".
    if _ends_with(before, _keys(data.NOT_AN_EVENT_DATE_AFTER)) and not _after_a_comma(article, clause_start, start):
        return True
    return _cites_document(article, clause_start, start) or _issues_a_document(article, end, clause_end)


def _issues_a_document(article: Article, end: int, clause_end: int) -> bool:
    """Whether the words after a date say a document was issued that day, with no gathering between:
    "ngày 10/7/2013, Thủ tướng Chính phủ đã ký Quyết định số 40/2013/QĐ-TTg"."""
    tokens = article.words(end, min(clause_end, end + 80))
    keys = tokens.keys
    issuing, documents = _keys(data.ISSUING_VERBS), _keys(data.DOCUMENT_WORDS)
    for index in range(len(keys)):
        verb = next((v for v in issuing if tuple(keys[index : index + len(v)]) == v), None)
        if verb is None:
            continue
        following = keys[index + len(verb) :]
        if any(tuple(following[: len(d)]) == d for d in documents):
            return not _nouns(article, end, tokens.starts[index])
    return False


# A document's symbol right before its date: "12-CT/TW ngày", "2144/QĐ-UBND, ngày".
_SYMBOL = regex.compile(
    r"\d+[\p{L}\d]*\s*[-/]\s*[\p{Lu}Đ][\p{L}\-/.]*\s*,?\s*(?:(?i:ban\s+hành|ký)\s+)?(?:(?i:vào)\s+)?$"
)
# What may stand between a document word and its date: a number or symbol, or nothing.
_DOCUMENT_NUMBER = regex.compile(
    r"\s*(?:(?i:số)\s*)?\S*\d\S*(?:\s+[\p{Lu}\d][^\s,]*)?\s*,?\s*(?:(?i:ban\s+hành|ký)\s+)?(?:(?i:vào)\s+)?|\s*"
)


def _cites_document(article: Article, clause_start: int, start: int) -> bool:
    """Whether the text before a date cites a document: "Chỉ thị số 12-CT/TW", "Quyết định 45, "."""
    text = article.text
    window_start = max(clause_start, start - 80)
    if _SYMBOL.search(text, window_start, start):
        return True
    tokens = article.words(window_start, start)[-6:]
    documents = _keys(data.DOCUMENT_WORDS)
    for size in (1, 2):
        for index in range(len(tokens) - size + 1):
            if tokens.keys[index : index + size] not in documents:
                continue
            if _DOCUMENT_NUMBER.fullmatch(text, tokens.ends[index + size - 1], start):
                return True
    return False


def _after_a_comma(article: Article, start: int, position: int) -> bool:
    """Whether a comma or semicolon stands between ``position`` and the word before it (from ``start`` on)."""
    words = article.words(max(start, position - 12), position)
    gap = article.text[words.ends[-1] if words else start : position]
    return "," in gap or ";" in gap


def _words_before(article: Article, start: int, position: int, count: int) -> list[str]:
    return list(article.words(max(start, position - 12 * count), position).keys)[-count:]


def _ends_with(keys: Sequence[str], phrases: _Phrases) -> bool:
    return any(tuple(keys[len(keys) - size :]) in phrases for size in _lengths(phrases) if size <= len(keys))


def _starts_with(keys: Sequence[str], phrases: tuple[str, ...]) -> bool:
    found = _keys(phrases)
    return any(tuple(keys[:size]) in found for size in _lengths(found))


@functools.lru_cache(maxsize=64)
def _lengths(phrases: _Phrases) -> tuple[int, ...]:
    """The lengths of the phrases, each once: a phrase is looked for by one slice of each length, not one by one."""
    return tuple(sorted({len(p) for p in phrases}))


def _administrative(article: Article, start: int, end: int) -> bool:
    """Whether a place is a unit of administration: "thành phố Hải Dương", "xã Cổ Bì" (not "Tỉnh ủy")."""
    tokens = article.words(start, end)
    keys = tokens.keys
    for prefix in _keys(data.ADMIN_PREFIXES):
        if tuple(keys[: len(prefix)]) == prefix and len(tokens) > len(prefix):
            return tokens.texts[len(prefix)][0].isupper()
    return False


def _inside(position: int, spans: Sequence[Span]) -> bool:
    return any(s.start <= position < s.end for s in spans)


def _spoken(date_text: str) -> bool:
    """Whether a date is written in words only ("sáng nay", "hôm qua"), relative to the reader's day."""
    return not any(char.isdigit() for char in date_text)


def _scheduled(text: str, clause: _Clause, when: _When) -> bool:
    """Whether a clause dates something to come rather than something that happened."""
    coming = _COMING.match(text, when.end, _near(when.end, clause.end)) is not None
    return coming or _WILL.search(text, clause.start, clause.end) is not None


def _local(article: Article, start: int, end: int) -> bool:
    """Whether a place is a Vietnamese commune, district or town ("xã Cổ Bì", "thành phố Hạ Long"), not a foreign
    one ("thành phố Nagoya", "huyện Pạc-ka-đinh", "thủ đô Viêng Chăn (Lào)")."""
    text = article.text
    keys = article.words(start, end).keys
    town = next((len(p) for p in _keys(data.TOWN_PREFIXES) if tuple(keys[: len(p)]) == p), None)
    foreign = town is not None and not all(
        _VIETNAMESE_SYLLABLE.fullmatch(_bare(word)) for word in article.words(start, end).texts[town:]
    )
    if foreign:
        return False
    if (town is None and not _starts_with(keys, data.LOCAL_PREFIXES)) or "-" in text[start:end]:
        return False
    return _BRACKET.match(text, end, min(len(text), end + 40)) is None


def _bare(word: str) -> str:
    """A word without its marks, in lower case: "Đông" -> "dong"."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _names_a_day(article: Article, clause_start: int, start: int) -> bool:
    """Whether a bare date is part of a day's name: "Quốc khánh 2/9", "Ngày Quốc tế Phụ nữ 8/3"."""
    text = article.text
    if not text[start].isdigit():
        return False
    before = article.words(max(clause_start, start - 24), start)
    if not before or text[before[-1].end : start].strip():
        return False
    return before[-1].key not in _BEFORE_A_BARE_DATE and not before[-1].text.isdigit()


def _time_of_day(word: str | None) -> TimeOfDay | None:
    return data.TIMES_OF_DAY[word.casefold()] if word else None


def _same_day(first: EDTF, second: EDTF) -> bool:
    """Whether two dates name one day, one of them perhaps without its year ("15/10" in a headline of a page
    without a date, "15-10-2018" in its story)."""
    if str(first) == str(second):
        return True
    if not isinstance(first, EdtfDate) or not isinstance(second, EdtfDate) or first.day is None:
        return False
    return (first.month, first.day) == (second.month, second.day) and None in (first.year, second.year)


def _has_year(value: EDTF) -> bool:
    first = _first_day(value)
    return first is not None and first.year is not None


def _day_level(value: EDTF) -> bool:
    first = _first_day(value)
    return first is not None and first.day is not None


# The month and day of a date's first day: two dates that _same_day or a span restating a day may join share it.
_Day = tuple[int | None, int | None] | None


def _day(value: EDTF) -> _Day:
    first = _first_day(value)
    return None if first is None else (first.month, first.day)


def _first_day(value: EDTF) -> EdtfDate | None:
    return value.start if isinstance(value, EdtfInterval) else value


def _to_come(text: str, start: int, end: int, planned: list[int]) -> bool:
    """Whether the date at ``[start, end)`` is of something still to come: a word of planning (at ``planned``) before
    it ("kế hoạch tổ chức Hội thảo … vào ngày 20-11"), or after it with no past between ("Ngày 5/3, Hội sẽ …"; not
    "chiều 16/9, … đã có buổi làm việc …, dự kiến …")."""
    return any(word < start or _DONE.search(text, end, word) is None for word in planned)


def _ahead(value: EDTF, reference: dt.date) -> EDTF:
    """A date written without its year, moved to the first year it is not past ``reference`` in."""
    first = _first_day(value)
    if first is None or first.year is None or first.month is None or first.day is None:
        return value
    on = reference.date() if isinstance(reference, dt.datetime) else reference
    try:
        if dt.date(first.year, first.month, first.day) >= on:
            return value
        shift = infer_year(first.month, first.day, on, ahead=True) - first.year
        if isinstance(value, EdtfInterval):
            return EdtfInterval(_shifted(value.start, shift), _shifted(value.end, shift))
        return _shifted(value, shift) or value
    except ValueError:  # 29 February in a year without it
        return value


def _shifted(date: EdtfDate | None, years: int) -> EdtfDate | None:
    return None if date is None or date.year is None else attrs.evolve(date, year=date.year + years)


def _next_day(value: EDTF) -> EdtfDate | None:
    last = value.end if isinstance(value, EdtfInterval) else value
    if last is None or last.month is None or last.day is None:
        return None
    following = dt.date(last.year or 2000, last.month, last.day) + dt.timedelta(days=1)
    year = following.year if last.year is not None else None
    return EdtfDate(year, following.month, following.day)
