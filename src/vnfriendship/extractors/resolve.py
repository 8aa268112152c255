"""The built-in refiner: one object per fact, and events linked to the people around them.

Extractors (built-in or not) may report one fact twice: from a headline and a
body, or from two plugins. Running after every other refiner, this one merges
the duplicates of each facet, as a per-facet rule tells which facts are the same,
into one object with all their mentions and, for each attribute, the first value
given in text order. Then an event that names no participants gets the people
mentioned in the same sentences as the event.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Sequence
from itertools import chain
from typing import Any, TypeVar, cast

import attrs

from .._article import Article
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
from .._symbols import number_key, symbol_key
from .._text import fold_key, words

__all__ = ["FACET", "SAME", "link_participants", "merge_duplicates", "vnfriendship_refine"]

FACET = "refine"

_Fact = TypeVar("_Fact", bound=attrs.AttrsInstance)
#: Whether two facts of one facet are the same fact.
Same = Callable[[Any, Any], bool]


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


def _same_organization(first: MemberOrganization, second: MemberOrganization) -> bool:
    """One name holds the other word for word, and both are the same chapter: a local chapter
    ("Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An", "... quận Ba Đình") is not the national association it names."""
    if _locality_key(first) != _locality_key(second):
        return False
    one, other = _word_keys(first.name), _word_keys(second.name)
    if _adds_unit(one, other) or _adds_unit(other, one):
        return False
    return _holds(one, other) or _holds(other, one)


_UNIT_WORDS = frozenset(word.key for word in words("tỉnh thành phố TP huyện quận thị xã"))


def _adds_unit(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """Whether ``outer`` is ``inner`` followed by an administrative unit: "... - Lào" + "quận Ba Đình"."""
    return len(outer) > len(inner) and outer[: len(inner)] == inner and outer[len(inner)] in _UNIT_WORDS


def _locality_key(organization: MemberOrganization) -> str | None:
    return None if organization.locality is None else fold_key(organization.locality)


def _word_keys(name: str) -> tuple[str, ...]:
    return tuple(word.key for word in words(name))


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
    "aid_figures": _same_key(_aid_key),
    "directives": _same_directive,
}


@hookimpl(trylast=True)
def vnfriendship_refine(extraction: Extraction, article: Article) -> Extraction | None:
    """Merge duplicates, then link participants; ``None`` when nothing changes."""
    facets: dict[str, Any] = {facet: merge_duplicates(getattr(extraction, facet), SAME[facet]) for facet in FACETS}
    merged = attrs.evolve(extraction, **facets)
    linked = attrs.evolve(merged, events=link_participants(merged.events, merged.people, article))
    return None if linked == extraction else linked


def merge_duplicates(facts: Sequence[_Fact], same: Same) -> list[_Fact]:
    """One object per fact, in the order the facts first came.

    A fact joins a group of earlier facts when it is the same as each of them; a
    fact that could join several groups is ambiguous and stays on its own.
    """
    groups: list[list[_Fact]] = []
    for fact in facts:
        fits = [group for group in groups if all(same(fact, member) for member in group)]
        if len(fits) == 1:
            fits[0].append(fact)
        else:
            groups.append([fact])
    return [_merged(group) for group in groups]


def _first_offset(fact: Any) -> tuple[int, int]:
    mentions: tuple[Mention, ...] = fact.mentions
    return (0, min(m.start for m in mentions)) if mentions else (1, 0)


def _merged(group: list[_Fact]) -> _Fact:
    """The facts of a group as one: every mention, every listed value, and the first value
    of each other attribute that says more than its default."""
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


def link_participants(events: Sequence[Event], people: Sequence[Person], article: Article) -> list[Event]:
    """Give each event that names no participants the people named in its sentences, in text order."""
    starts = [sentence.start for sentence in article.sentences]

    def sentence_of(offset: int) -> int | None:
        index = bisect.bisect_right(starts, offset) - 1
        return index if index >= 0 and offset < article.sentences[index].end else None

    named = sorted((mention.start, person.name) for person in people for mention in person.mentions)
    linked = []
    for event in events:
        if not event.participants:
            sentences = {sentence_of(mention.start) for mention in event.mentions} - {None}
            names = dict.fromkeys(name for start, name in named if sentence_of(start) in sentences)
            if names:
                event = attrs.evolve(event, participants=tuple(names))
        linked.append(event)
    return linked
