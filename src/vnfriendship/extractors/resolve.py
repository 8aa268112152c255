"""The built-in refiner: one object per fact, and events linked to the people around them.

Extractors (built-in or not) may report one fact twice: from a headline and a
body, or from two plugins. Running after every other refiner, this one merges
the duplicates of each facet, as a per-facet rule tells which facts are the same,
into one object with all their mentions, all their sources (each plugin and rule
once) and, for each attribute, the first value given in text order. Then an
event that names no participants gets the people mentioned in the same sentences
as the event, unless it is still to come.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Callable, Hashable, Sequence
from itertools import chain
from typing import Any, TypeVar, cast

import attrs

from .._analysis import Annotation
from .._article import Article
from .._edtf import EDTF, EdtfDate, EdtfInterval, is_history
from .._hookspecs import hookimpl
from .._model import (
    FACETS,
    AidFigure,
    Directive,
    Event,
    Extraction,
    MemberOrganization,
    Mention,
    Person,
    Union,
)
from .._phrases import keys
from .._symbols import number_key, symbol_key
from .._text import fold_key, key_set, words
from ..data import events as data

__all__ = ["BLOCK", "FACET", "SAME", "link_participants", "merge_duplicates", "vnfriendship_refine"]

FACET = "refine"

_Fact = TypeVar("_Fact", bound=attrs.AttrsInstance)
#: Whether two facts of one facet are the same fact.
Same = Callable[[Any, Any], bool]
#: A key that any two same facts share (facts of different keys are never compared).
Block = Callable[[Any], Hashable]


def _same_key(key: Callable[[Any], Hashable | None]) -> Same:
    """Facts are the same when their keys are equal and not ``None``."""

    def same(first: Any, second: Any) -> bool:
        value = key(first)
        return value is not None and value == key(second)

    return same


def _person_key(person: Person) -> Hashable:
    return fold_key(person.name)


def _union_key(union: Union) -> Hashable:
    return union.level, None if union.province is None else fold_key(union.province)


def _same_event(first: Event, second: Event) -> bool:
    """The same day and kind, unless the two are told apart by time of day or by name."""
    if first.date is None or (first.date, first.kind) != (second.date, second.kind):
        return False
    if first.time_of_day and second.time_of_day and first.time_of_day != second.time_of_day:
        return False  # "Sáng 5/6 ... hội nghị; chiều cùng ngày ... hội nghị": two events
    return not (first.name and second.name and fold_key(first.name) != fold_key(second.name))


def _aid_key(figure: AidFigure) -> Hashable:
    return figure.amount, figure.currency, figure.qualifier


def _same_aid(first: AidFigure, second: AidFigure) -> bool:
    """The same sum told again (headline and body), not two equal gifts: figures whose giver, receiver or purpose
    differ ("A tài trợ 40 triệu đồng, B tài trợ 40 triệu đồng"), or one a price of each and the other not, stay
    apart."""
    if _aid_key(first) != _aid_key(second) or first.per_unit != second.per_unit:
        return False
    pairs = ((first.donor, second.donor), (first.recipient, second.recipient), (first.purpose, second.purpose))
    return all(one is None or other is None or fold_key(one) == fold_key(other) for one, other in pairs)


def _same_organization(first: MemberOrganization, second: MemberOrganization) -> bool:
    """One name holds the other word for word, and both are the same chapter: a local chapter
    ("Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An", "... quận Ba Đình") is not the national association it names."""
    if _locality_key(first) != _locality_key(second):
        return False
    one, other = keys(first.name), keys(second.name)
    if _adds_unit(one, other) or _adds_unit(other, one):
        return False
    return _holds(one, other) or _holds(other, one)


_UNIT_WORDS = frozenset(keys("tỉnh thành phố TP huyện quận thị xã"))


def _adds_unit(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """Whether ``outer`` is ``inner`` followed by an administrative unit: "... - Lào" + "quận Ba Đình"."""
    return len(outer) > len(inner) and outer[: len(inner)] == inner and outer[len(inner)] in _UNIT_WORDS


def _locality_key(organization: MemberOrganization) -> str | None:
    return None if organization.locality is None else fold_key(organization.locality)


def _holds(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    width = len(inner)
    return width > 0 and any(outer[i : i + width] == inner for i in range(len(outer) - width + 1))


def _same_directive(first: Directive, second: Directive) -> bool:
    """The same symbol, however punctuated; or, where one lacks a symbol, the same kind and number."""
    if first.symbol is not None and second.symbol is not None:
        return symbol_key(first.symbol) == symbol_key(second.symbol)
    return (
        first.kind == second.kind
        and first.number is not None
        and second.number is not None
        and number_key(first.number) == number_key(second.number)
    )


#: Per facet, when two facts are the same fact.
SAME: dict[str, Same] = {
    "people": _same_key(_person_key),
    "unions": _same_key(_union_key),
    "member_organizations": _same_organization,
    "events": _same_event,
    "aid_figures": _same_aid,
    "directives": _same_directive,
}


#: Per facet, the key two same facts always share.
BLOCK: dict[str, Block] = {
    "people": _person_key,
    "unions": _union_key,
    "member_organizations": _locality_key,
    "events": lambda event: (event.date, event.kind),
    "aid_figures": lambda figure: (_aid_key(figure), figure.per_unit),
    # a symbol and a bare kind and number can be one directive: no key both always share
    "directives": lambda directive: None,
}


@hookimpl(trylast=True)
def vnfriendship_refine(extraction: Extraction, article: Article) -> Extraction | None:
    """Merge duplicates, then link participants; ``None`` when nothing changes."""
    facets: dict[str, Any] = {
        facet: merge_duplicates(getattr(extraction, facet), SAME[facet], BLOCK[facet]) for facet in FACETS
    }
    merged = attrs.evolve(extraction, **facets)
    linked = attrs.evolve(
        merged, events=link_participants(merged.events, merged.people, article, directives=merged.directives)
    )
    return None if linked == extraction else linked


def merge_duplicates(facts: Sequence[_Fact], same: Same, block: Block | None = None) -> list[_Fact]:
    """One object per fact, in the order the facts first came.

    A fact joins a group of earlier facts when it is the same as each of them; a
    fact that could join several groups is ambiguous and stays on its own. ``block``
    gives a key that two same facts always share, so that a fact is compared only
    with the groups of its block; and ``same`` never looks at mentions, so within a
    group a fact is compared once with each distinct fact, not with every repetition
    of it: the work stays near-linear however many facts, and however often repeated.
    """
    groups: list[list[_Fact]] = []
    distinct: list[dict[_Fact, _Fact]] = []  # per group: each fact as it reads without mentions
    blocks: dict[Hashable, list[int]] = {}
    for fact in facts:
        candidates = blocks.setdefault(None if block is None else block(fact), [])
        fits = [g for g in candidates if all(same(fact, member) for member in distinct[g].values())]
        if len(fits) == 1:
            found = fits[0]
        else:
            found = len(groups)
            groups.append([])
            distinct.append({})
            candidates.append(found)
        groups[found].append(fact)
        distinct[found].setdefault(attrs.evolve(cast(Any, fact), mentions=()), fact)
    return [_merged(group) for group in groups]


def _first_offset(fact: Any) -> tuple[int, int]:
    mentions: tuple[Mention, ...] = fact.mentions
    return (0, min(m.start for m in mentions)) if mentions else (1, 0)


def _merged(group: list[_Fact]) -> _Fact:
    """The facts of a group as one: every mention, every listed value (positions, aliases, sources: each
    once, by the first fact giving it), and the first value of each other attribute that says more than its
    default."""
    if len(group) == 1:
        return group[0]
    members = sorted(group, key=_first_offset)
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(members[0])):
        values = [getattr(member, field.name) for member in members]
        if field.name == "mentions":
            changes[field.name] = sorted(set(chain.from_iterable(values)), key=lambda m: (m.start, m.end))
        elif isinstance(values[0], tuple):
            changes[field.name] = tuple(dict.fromkeys(chain.from_iterable(values)))
        else:
            default = None if field.default is attrs.NOTHING else field.default
            changes[field.name] = next((v for v in values if v is not None and v != default), values[0])
    merged: _Fact = attrs.evolve(cast(Any, members[0]), **changes)  # attrs' mypy plugin cannot see a bound type
    return merged


def link_participants(
    events: Sequence[Event], people: Sequence[Person], article: Article, *, directives: Sequence[Directive] = ()
) -> list[Event]:
    """Give each event that names no participants the people its article places at it, in text order; and a congress
    that names some, the people its article says were elected.

    Those are the people named in the sentences that name the event, and in the sentences after its
    first naming (until the next event is first named) that say they attended, presided, spoke, were
    elected, received or welcomed ("Cùng dự có các đồng chí: A, B", "Theo ông C, …") and name no other
    event, but one first named with it ("tổ chức hội nghị … và hội thảo …"); a headline's
    people elected or present go to the article's first event. The people a sentence elects ("được bầu làm
    Chủ tịch Hội") were at the last congress first named before it, even where another event is told in
    between. Never the people who only sent a letter
    or flowers, who are remembered ("tưởng niệm", "cố Thủ tướng …"), named inside the event's own name,
    or told of at another time ("Năm 2018, bà D …", "Trước thềm Đại hội, ông E …"). Of an event still to
    come (dated after the article's day, or said to be held), only those the text names as presiding it
    ("Ông F đã đồng ý chủ trì hội nghị"): the others plan it. The date written right after one of ``directives``
    is when the document was issued ("theo Quyết định số 504/QĐ-TTg ngày 21/4/2010"): it dates no other time.
    """
    if not events:
        return []  # nothing to read the people of the article for
    reading = _Reading(article, people, events, directives)
    openings = [reading.opening(event) for event in events]
    # history the article tells ("Ngày 27/6/2009, Liên hiệp tổ chức Đại hội lần thứ nhất …") has the people of its
    # own sentences only: those named after it are at today's events, whose stretch it does not end
    history = _told_of(events, article.reference_date)
    later = sorted({opening for opening, old in zip(openings, history, strict=True) if opening is not None and not old})
    first = later[0] if later else None
    # the congresses of today, where they are first named: the people a later sentence elects were at the last one
    congresses = sorted(
        opening
        for event, opening, old in zip(events, openings, history, strict=True)
        if event.kind == "congress" and opening is not None and not old
    )
    linked = []
    for event, opening, old in zip(events, openings, history, strict=True):
        if opening is None or (event.participants and event.kind != "congress"):
            linked.append(event)
            continue
        planned = reading.planned(event, opening)
        own = reading.sentences_of(event)
        after = bisect.bisect_right(later, opening)
        following = opening if old else later[after] if after < len(later) else len(article.sentences)
        told = [
            i
            for i in range(opening, following)
            if i not in own and not reading.names_another(i, opening) and reading.places_people(i, event)
        ]
        if opening == first:
            told += [i for i in reading.headlines if i not in own and reading.places_people(i, event)]
        # "Trước thềm Đại hội, ngày 9/8, Hội tổ chức giao lưu …. … Ông A được bầu làm Chủ tịch Hội": those elected
        # after another event is told were at the congress before it, not at that event
        told = [i for i in told if not (reading.elects(i) and _last_before(congresses, i) not in (None, opening))]
        if event.kind == "congress" and not old:
            # up to the next congress, whose stretch its own elections are in
            following_congress = bisect.bisect_right(congresses, opening)
            until = congresses[following_congress] if following_congress < len(congresses) else len(article.sentences)
            told += [
                i
                for i in range(following, until)
                if i not in own
                and reading.elects(i)
                and not reading.names_another(i, opening)
                and reading.places_people(i, event)
            ]
        if event.participants:  # a congress whose extractor named its people: those elected later join them
            own, told = set(), [i for i in told if reading.elects(i)]
        names: dict[str, None] = dict.fromkeys(event.participants)
        for index in sorted({*own, *told}):
            for start, end, name in reading.people_in(index):
                there = reading.present(start, end, index, event, opening)
                if there and (not planned or reading.presides(start, end, index, name)):
                    names.setdefault(name)
        linked.append(attrs.evolve(event, participants=tuple(names)) if len(names) > len(event.participants) else event)
    return linked


class _Reading:
    """The sentences of one article, with who is named in each and the cue words that place them."""

    def __init__(
        self, article: Article, people: Sequence[Person], events: Sequence[Event], directives: Sequence[Directive] = ()
    ) -> None:
        self.article = article
        self.sentences = article.sentences
        self._starts = [sentence.start for sentence in self.sentences]
        self._people: dict[int, list[tuple[int, int, str]]] = {}
        for person in people:
            for mention in person.mentions:
                index = self.sentence_of(mention.start)
                if index is not None:
                    self._people.setdefault(index, []).append((mention.start, mention.end, person.name))
        for found in self._people.values():
            found.sort()
        # the words of each position a person holds, title and body, as fold keys (see presides)
        self._positions = {
            person.name: [
                tuple(w.key for w in words(" ".join(filter(None, (p.title, p.organization)))))
                for p in person.positions
            ]
            for person in people
        }
        # the stretches that name an event: a person inside one is its subject ("Lễ kỷ niệm ngày sinh …")
        self._named = sorted((m.start, m.end) for event in events for m in event.mentions)
        self._events = events
        self._namings: dict[int, set[int | None]] | None = None  # see names_another
        self.headlines = [i for i, sentence in enumerate(self.sentences) if sentence.segment == "title"]
        self._sentences_of: dict[Event, set[int]] = {}
        # per person named: whether the words around place them at an event, the same for every event (see present)
        self._placed: dict[tuple[int, int, int], tuple[bool, bool, bool]] = {}
        # where cited documents end: a date written right after one is when it was issued (see _issued)
        self._cited = {mention.end for directive in directives for mention in directive.mentions}
        # every other date with the year it tells of a record from, and per first date asked about, the earliest year
        # of the dates from it on: whether a stretch names a year long past is a look-up (see _long_past)
        # (the stretches asked about lie in the article's sentences: the dates of the rest of the page are never read)
        self._dates = [
            date
            for sentence in self.sentences
            for date in article.dates(sentence.start, sentence.end)
            if not self._issued(date.start)
        ]
        self._date_starts = [date.start for date in self._dates]
        self._past_years = [_past_year(date.value) for date in self._dates]
        self._earliest: dict[int, list[int]] = {}

    def sentence_of(self, offset: int) -> int | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index if index >= 0 and offset < self.sentences[index].end else None

    def sentences_of(self, event: Event) -> set[int]:
        """The sentences that name the event, not those that only name a committee of it ("Trưởng Ban tổ chức
        Đại hội"): that is someone's title, which does not place them at the event. Read once per event."""
        found = self._sentences_of.get(event)
        if found is None:
            named = (m.start for m in event.mentions if not self._committee(m.start))
            found = self._sentences_of[event] = {i for i in (self.sentence_of(s) for s in named) if i is not None}
        return found

    def names_another(self, index: int, opening: int) -> bool:
        """Whether sentence ``index`` names an event first named elsewhere than in sentence ``opening``.

        Its people are placed at that event ("Ông A phát biểu tại hội thảo"), unless the two were first named
        together, held as one ("tổ chức Hội nghị X và Hội thảo Y"). The first namings of the events naming each
        sentence are gathered once per article.
        """
        if self._namings is None:
            self._namings = {}
            for event in self._events:
                first = self.opening(event)
                for named in self.sentences_of(event):
                    self._namings.setdefault(named, set()).add(first)
        return bool(self._namings.get(index, set()) - {opening})

    def _committee(self, start: int) -> bool:
        keys = self._keys(max(0, start - _COMMITTEE_CHARS), start)
        return any(tuple(keys[-len(p) :]) == p for p in _phrases(data.COMMITTEE_WORDS))

    def opening(self, event: Event) -> int | None:
        """The sentence that first names the event in the story (in the headline only where nothing else does)."""
        own = self.sentences_of(event)
        told = [i for i in own if self.sentences[i].segment != "title"]
        return min(told or own, default=None)

    def planned(self, event: Event, opening: int) -> bool:
        """Whether the event is still to come: dated after the article's day, or the sentence first naming it says
        it is to be held ("VUFO sẽ phối hợp … tổ chức Đại hội …", not "sẽ tiếp tục … tại Đại hội"). Its people
        plan it; they have not attended it."""
        start = event.date.start if isinstance(event.date, EdtfInterval) else event.date
        today = self.article.reference_date
        if isinstance(start, EdtfDate) and start.is_complete and today is not None and start.to_date() > today:
            return True
        sentence = self.sentences[opening]
        named = min((m.start for m in event.mentions if sentence.start <= m.start < sentence.end), default=None)
        if named is None:
            return False
        keys = self._keys(sentence.start, named)
        planning = _first_at(keys, _phrases(data.PLANNING_WORDS))
        return planning is not None and _holds_any(keys[planning:], _phrases(data.HOLDING_VERBS))

    def people_in(self, index: int) -> list[tuple[int, int, str]]:
        return self._people.get(index, [])

    def elects(self, index: int) -> bool:
        """Whether a sentence elects the people it names ("được bầu làm Chủ tịch", "giữ chức Phó Chủ tịch")."""
        sentence = self.sentences[index]
        keys = self._keys(sentence.start, sentence.end)
        return bool(self.people_in(index)) and _first_at(keys, _phrases(data.ELECTION_WORDS)) is not None

    def places_people(self, index: int, event: Event) -> bool:
        """Whether a sentence says its people were at an event: a cue word, and no other day named."""
        sentence = self.sentences[index]
        if not self.people_in(index) or self._another_day(sentence.start, sentence.end, event):
            return False
        keys = self._keys(sentence.start, sentence.end)
        presence = _first_at(keys, _phrases(data.PRESENCE_WORDS))
        while presence is not None and _opens_at(keys, presence, _phrases(data.NOT_PRESENCE_PHRASES)):
            presence = _first_at(keys, _phrases(data.PRESENCE_WORDS), presence + 1)
        return presence is not None or tuple(keys[:1]) in _phrases(data.QUOTING_OPENERS)

    def present(self, start: int, end: int, index: int, event: Event, opening: int) -> bool:
        """Whether the person named at ``[start, end)`` of a sentence is there, not a sender, the remembered or
        someone of another time; ``opening`` is the sentence that first names the event."""
        placed = self._placed.get((start, end, index))
        if placed is None:
            placed = self._placed[(start, end, index)] = self._placed_by_words(start, end, index)
        there, another_time, other_than_earlier = placed
        # "Trước đó, sáng cùng ngày, …" dates the event the sentence opens
        if not there or (other_than_earlier if index == opening else another_time):
            return False
        return not self._long_past(self.sentences[index].start, start, event)

    def _placed_by_words(self, start: int, end: int, index: int) -> tuple[bool, bool, bool]:
        """What the words around a person say whatever the event: whether they place the person there, and whether
        they name another time, and another time than an earlier one."""
        nowhere = (False, False, False)
        named = bisect.bisect_right(self._named, (start, end))
        if any(s <= start and end <= e for s, e in self._named[max(0, named - 3) : named]):
            return nowhere
        sentence = self.sentences[index]
        before = self.article.words(max(sentence.start, start - _WINDOW), start)
        if len(before) <= _LABEL_WORDS and self.article.text[end : end + 2].lstrip(" ").startswith(":"):
            return nowhere  # "Ông A: Tại hội nghị …": who answers an interview tells of the event, was not placed at it
        keys: Sequence[str] = before.keys
        another = _phrases(data.ANOTHER_TIME_WORDS)
        times = (_holds_any(keys, another), _holds_any(keys, another - _phrases(data.EARLIER_WORDS)))
        reporter = _first_at(keys, _phrases(data.REPORTER_WORDS))
        if reporter is not None and _holds_any(keys[reporter:], _phrases(data.INTERVIEW_WORDS)):
            return nowhere  # "… phóng viên đã trao đổi với ông A": he is interviewed about the event
        late = [i for i in range(max(0, len(before) - 5), len(before) - 1) if keys[i] in _LATE]
        if any(before.texts[i + 1][:1].isupper() for i in late):  # "cố Thủ tướng …"
            return nowhere
        clauses = self._clauses_around(index, start, end)
        clause = next((c for c in clauses if c.start <= start and end <= c.end), None)
        if clause is None:
            return True, *times
        keys = self._keys(clause.start, clause.end)
        position = len(self._keys(clause.start, start))  # the person's first word in the clause
        remembered = _first_at(keys, _phrases(data.REMEMBRANCE_WORDS))
        if remembered is not None and remembered < position:  # "… ôn lại công lao của …"
            return nowhere
        letter = _first_at(keys, _phrases(data.LETTER_WORDS))
        if letter is None:
            return (not self._writes_later(end, index)), *times
        if letter < position:  # "thư chúc mừng của Chủ tịch nước …"
            return nowhere
        reading = _first_at(keys[position:letter], _phrases(data.READING_WORDS))
        return reading is not None, *times  # "ông A đọc thư …", not "ông B gửi thư …"

    def _writes_later(self, end: int, index: int) -> bool:
        """Whether the sentence goes on, past the clause of the person named up to ``end``, to say they sent a letter
        before it names anyone else: "Không thể có mặt, ông A, Chủ tịch Viện X, đã gửi thư chúc mừng"."""
        sentence = self.sentences[index]
        following = [s for s, _, _ in self.people_in(index) if s >= end]
        keys = self._keys(end, following[0] if following else sentence.end)
        letter = _first_at(keys, _phrases(data.LETTER_WORDS))
        return letter is not None and _first_at(keys[:letter], _phrases(data.READING_WORDS)) is None

    def presides(self, start: int, end: int, index: int, name: str) -> bool:
        """Whether the person ``name``, named at ``[start, end)`` of a sentence, presides: a presiding verb follows
        the name within a few words ("A sẽ chủ trì …", "A đã đồng ý chủ trì …"), past a title between commas ("A, Phó
        Chủ tịch UBND tỉnh, sẽ chủ trì …") or past their position where the closing comma is left out ("A, Phó Chủ
        tịch UBND tỉnh sẽ chủ trì …"); not "A cho biết hội nghị sẽ do … chủ trì"."""
        clauses = [c for c in self._clauses_around(index, start, end) if c.end >= end]
        if not clauses:
            return False
        keys = self._keys(end, clauses[0].end)
        if not keys and len(clauses) > 1:
            titles = self.article.matches("title", clauses[1].start, clauses[1].end)
            if titles and titles[0].start == clauses[1].start:
                if len(clauses) > 2:
                    keys = self._keys(clauses[2].start, clauses[2].end)
                else:
                    keys = self._past_position(name, self._keys(clauses[1].start, clauses[1].end))
        found = _first_at(keys[: _PRESIDING_GAP + 2], _phrases(data.PRESIDING_WORDS))
        return found is not None and found <= _PRESIDING_GAP

    def _past_position(self, name: str, keys: Sequence[str]) -> Sequence[str]:
        """The words after one of the person's positions that ``keys`` open with (none where no position opens it)."""
        held = next((p for p in self._positions.get(name, ()) if p and tuple(keys[: len(p)]) == p), None)
        return () if held is None else keys[len(held) :]

    def _clauses_around(self, index: int, start: int, end: int) -> list[Annotation]:
        """The clauses of sentence ``index`` lying within the window around ``[start, end)``."""
        sentence = self.sentences[index]
        return self.article.spans_in("clause", max(sentence.start, start - _WINDOW), min(sentence.end, end + _WINDOW))

    def _keys(self, start: int, end: int) -> Sequence[str]:
        return self.article.words(start, end).keys

    def _another_day(self, start: int, end: int, event: Event) -> bool:
        """Whether a sentence names a day other than the event's, or a year long past."""
        day = str(event.date.start if isinstance(event.date, EdtfInterval) else event.date)
        for date in self.article.dates(start, end):
            value = date.value
            other = isinstance(value, EdtfDate) and value.day is not None and str(value)[-5:] != day[-5:]
            if other and not self._issued(date.start):
                return True
        return self._long_past(start, end, event)

    def _issued(self, start: int) -> bool:
        """Whether a date written at ``start`` follows a cited document, a space or a comma apart."""
        text, position = self.article.text, start
        while position > 0 and start - position < _ISSUED_GAP and text[position - 1] in " ,":
            position -= 1
        return position in self._cited

    def _long_past(self, start: int, end: int, event: Event) -> bool:
        """Whether a stretch names a year before the event's, or a time running since one ("từ năm 2010 đến
        nay": a record, not the event); not a term ("nhiệm kỳ 2018 - 2023")."""
        year = _year_of(event) or _year_of_date(self.article.reference_date)
        if year is None:
            return False
        # the dates lying within the stretch, as Article.dates gives them: those starting in it and ending in it
        first, last = bisect.bisect_left(self._date_starts, start), bisect.bisect_left(self._date_starts, end)
        if first == last:
            return False
        earliest = self._earliest_years(first, last)
        older = bisect.bisect_right(earliest, -year, key=lambda earlier: -earlier)  # the first date of a year before
        return any(
            self._dates[i].end <= end and (past := self._past_years[i]) is not None and past < year
            for i in range(first + older, last)
        )

    def _earliest_years(self, first: int, last: int) -> list[int]:
        """The earliest year told of by the dates from ``first`` on, through each date up to ``last``."""
        earliest = self._earliest.setdefault(first, [])
        while len(earliest) < last - first:
            past = self._past_years[first + len(earliest)]
            before = earliest[-1] if earliest else _NO_YEAR
            earliest.append(before if past is None else min(before, past))
        return earliest


def _past_year(value: EDTF) -> int | None:
    """The year a date tells of, the start of a time running since then ("từ năm 2010 đến nay")."""
    since = value.start if isinstance(value, EdtfInterval) and value.end is None else None
    date = since or value
    return date.year if isinstance(date, EdtfDate) else None


def _year_of(event: Event) -> int | None:
    date = event.date.start if isinstance(event.date, EdtfInterval) else event.date
    return None if date is None else date.year


def _told_of(events: Sequence[Event], reference: dt.date | None) -> list[bool]:
    """For each event, whether the article only tells of it: history, or, where the article reports an event of its
    own days, one held months before ("Ngày 25-8, Liên hiệp tổ chức Diễn đàn …" in a year-end review)."""
    days = [_days_before(event, reference) for event in events]
    reported = any(d is not None and 0 <= d <= _OWN_DAYS for d in days)
    return [
        is_history(event.date, reference) or (reported and d is not None and d > _TOLD_DAYS)
        for event, d in zip(events, days, strict=True)
    ]


def _days_before(event: Event, reference: dt.date | None) -> int | None:
    """How many days before ``reference`` an event dated to the day began."""
    start = event.date.start if isinstance(event.date, EdtfInterval) else event.date
    if reference is None or not isinstance(start, EdtfDate) or not start.is_complete:
        return None
    return (reference - start.to_date()).days


# An article reports the events of its last days; one it tells of months before is a record, not its story.
_OWN_DAYS, _TOLD_DAYS = 7, 60


def _year_of_date(date: dt.date | None) -> int | None:
    return None if date is None else date.year


_LATE = key_set(data.LATE)
_NO_YEAR = 1 << 30  # later than any year
# How many words may stand between a name and its presiding verb: "sẽ", "đã đồng ý", "đã nhận lời".
_PRESIDING_GAP = 4
# How far a date may stand after a cited document and still be its date of issue: a space or a comma.
_ISSUED_GAP = 3
# How far before an event's mention the name of its committee is looked for.
_COMMITTEE_CHARS = 24
# How many words ("Ông", "Bà", "Đại sứ") may stand before the name that labels an answer in an interview.
_LABEL_WORDS = 2
# How far around a person (in characters) the words that place them are read: a sentence or clause of running
# text is far shorter, and a page without punctuation stays linear.
_WINDOW = 2000


def _last_before(openings: Sequence[int], index: int) -> int | None:
    """The last of the sorted ``openings`` at or before sentence ``index``, or ``None``."""
    position = bisect.bisect_right(openings, index)
    return openings[position - 1] if position else None


@functools.cache
def _phrases(phrases: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(keys(phrase) for phrase in phrases)


@functools.lru_cache(maxsize=64)
def _lengths_by_first_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """The lengths of the phrases that open with each word: a word no phrase opens with costs one look-up."""
    lengths: dict[str, set[int]] = {}
    for phrase in phrases:
        lengths.setdefault(phrase[0], set()).add(len(phrase))
    return {word: tuple(sorted(sizes)) for word, sizes in lengths.items()}


def _opens_at(keys: Sequence[str], index: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of the phrases opens at word ``index``."""
    lengths = _lengths_by_first_word(phrases).get(keys[index], ())
    return any(tuple(keys[index : index + n]) in phrases for n in lengths)


def _first_at(keys: Sequence[str], phrases: frozenset[tuple[str, ...]], start: int = 0) -> int | None:
    """The index of the first word from ``start`` on that opens one of the phrases."""
    first = None
    # only the words that open a phrase are looked at, each found by list.index: most stretches hold none
    for word in _lengths_by_first_word(phrases).keys() & set(keys):
        stop = len(keys) if first is None else first
        index = _index_of(keys, word, start, stop)
        while index is not None and not _opens_at(keys, index, phrases):
            index = _index_of(keys, word, index + 1, stop)
        first = first if index is None else index
    return first


def _index_of(keys: Sequence[str], word: str, start: int, stop: int) -> int | None:
    try:
        return keys.index(word, start, stop)
    except ValueError:
        return None


def _holds_any(keys: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    return _first_at(keys, phrases) is not None
