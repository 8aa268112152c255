"""The typed domain model: one frozen attrs class per fact, following CONTRACT.md field by field.

Collections are tuples so that every object is immutable and hashable. Enumerated
fields accept only their documented values, amounts are non-negative
``Decimal`` values, and dates are EDTF objects (:mod:`vnfriendship._edtf`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, Literal, get_args

import attrs

from ._edtf import EDTF

__all__ = [
    "FACETS",
    "SCHEMA",
    "AidFigure",
    "AidKind",
    "ArticleMeta",
    "Directive",
    "DirectiveKind",
    "Event",
    "EventKind",
    "Extensions",
    "Extraction",
    "Facet",
    "Fact",
    "Facts",
    "MemberKind",
    "MemberOrganization",
    "Membership",
    "Mention",
    "Person",
    "PluginError",
    "Position",
    "Qualifier",
    "Quantity",
    "Segment",
    "SegmentKind",
    "Source",
    "TimeOfDay",
    "Union",
    "UnionLevel",
]

SCHEMA = "vnfriendship/1"

SegmentKind = Literal["chrome", "title", "lede", "body", "caption", "byline", "related"]
UnionLevel = Literal["central", "provincial"]
MemberKind = Literal["friendship_association", "overseas_vietnamese_association", "committee", "other"]
EventKind = Literal[
    "conference", "workshop", "roundtable", "working_session", "meeting", "visit", "ceremony", "signing",
    "dialogue", "forum", "congress", "exchange", "training", "other",
]
TimeOfDay = Literal["morning", "noon", "afternoon", "evening", "night"]
Qualifier = Literal["exact", "about", "nearly", "over", "under", "up_to"]
AidKind = Literal["aid", "donation", "scholarship", "pledge", "disbursement", "grant", "other"]
DirectiveKind = Literal[
    "directive", "resolution", "conclusion", "regulation", "decision", "decree", "circular", "law", "notice",
    "guideline", "scheme", "program", "plan", "strategy", "other",
]

#: The fact lists of an extraction, in the order CONTRACT.md gives them.
FACETS = ("people", "unions", "member_organizations", "events", "aid_figures", "directives")


def _one_of(kind: Any) -> Any:
    """A validator that admits only the values of a ``Literal`` type."""
    return attrs.validators.in_(get_args(kind))


def _optional_one_of(kind: Any) -> Any:
    return attrs.validators.optional(_one_of(kind))


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


def _non_negative(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{attribute.name} must not be negative, got {value}")


def _decimal(value: Any) -> Decimal:
    if isinstance(value, float):
        raise TypeError("money is a Decimal, never a float: pass Decimal or a decimal string")
    return value if isinstance(value, Decimal) else Decimal(value)


@attrs.frozen
class Mention:
    """Where a fact is written: ``text[start:end]`` of the normalised article, in a segment of ``segment`` kind."""

    start: int = attrs.field(validator=_non_negative)
    end: int
    text: str
    segment: SegmentKind = attrs.field(default="body", validator=_one_of(SegmentKind))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"mention ends before it starts: {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"mention text {self.text!r} does not span {self.start}..{self.end}")

    def quotes(self, text: str) -> bool:
        """True when this mention quotes ``text`` exactly at its offsets."""
        return text[self.start : self.end] == self.text


@attrs.frozen
class Source:
    """Which plugin produced a fact and, when the plugin says, with which of its rules.

    The pipeline writes ``plugin`` as the plugin is registered; a plugin may name
    the ``rule`` of each fact it returns (``Source("", rule="title before name")``).
    """

    plugin: str
    rule: str | None = None


def _sources() -> Any:
    # Provenance is not part of a fact's identity: the same person found by two plugins is one fact.
    return attrs.field(default=(), converter=_tuple, eq=False)


@attrs.frozen
class Fact:
    """The base of a plugin's own kind of fact (see :class:`Facet`): its mentions and sources.

    Both are keyword-only, so a subclass lists its own fields first::

        @attrs.frozen
        class Partner(Fact):
            name: str
            country: str | None = None

        Partner("Đại sứ quán Nhật Bản", "JP", mentions=[article.mention(0, 19)])
    """

    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple, kw_only=True)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_tuple, kw_only=True, eq=False)


@attrs.frozen
class Facet:
    """A kind of fact a plugin adds, returned by its ``vnfriendship_facets`` hook.

    ``name`` is the key of its facts in ``Facts.extensions``, ``Extraction.extensions``
    and the JSON's ``"extensions"`` object; ``type`` is an attrs class derived from
    :class:`Fact` whose fields the JSON form can carry (see ``docs/plugins.md``).
    """

    name: str
    type: type
    description: str = ""


@attrs.frozen
class Segment:
    """A stretch of the page: the article's parts, or chrome and teasers around it."""

    kind: SegmentKind = attrs.field(validator=_one_of(SegmentKind))
    start: int = attrs.field(validator=_non_negative)
    end: int

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"segment ends before it starts: {self.start}..{self.end}")


@attrs.frozen
class ArticleMeta:
    """The article's headline, publication time, outlet and authors."""

    title: str | None = None
    published_at: dt.datetime | dt.date | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def published_on(self) -> dt.date | None:
        """The publication date, if known."""
        if isinstance(self.published_at, dt.datetime):
            return self.published_at.date()
        return self.published_at


@attrs.frozen
class Position:
    """A title a person holds, with the organisation it is held in where the text says."""

    title: str
    organization: str | None = None


@attrs.frozen
class Person:
    """A person named in the article, with honorific and positions."""

    name: str
    honorific: str | None = None
    positions: tuple[Position, ...] = attrs.field(default=(), converter=_tuple)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    sources: tuple[Source, ...] = _sources()


@attrs.frozen
class Membership:
    """How many member organisations a union has, and how they divide."""

    total: int | None = attrs.field(default=None, validator=_non_negative)
    central: int | None = attrs.field(default=None, validator=_non_negative)
    provincial: int | None = attrs.field(default=None, validator=_non_negative)


def _after_merger(province: str | None) -> str | None:
    # The merger map is reference data; read it only when asked.
    from .data import province_after_2025

    return None if province is None else province_after_2025(province)


@attrs.frozen
class Union:
    """VUFO (central) or a provincial union of friendship organisations."""

    name: str
    level: UnionLevel = attrs.field(validator=_one_of(UnionLevel))
    province: str | None = None
    acronym: str | None = None
    cluster: int | None = attrs.field(default=None, validator=_non_negative)
    membership: Membership | None = None
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    sources: tuple[Source, ...] = _sources()

    @property
    def province_2025(self) -> str | None:
        """The unit :attr:`province` belongs to since the merger of 1 July 2025, or ``None``."""
        return _after_merger(self.province)


@attrs.frozen
class MemberOrganization:
    """A Vietnamese friendship association, committee or other member body."""

    name: str
    kind: MemberKind = attrs.field(default="other", validator=_one_of(MemberKind))
    countries: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    locality: str | None = None
    acronym: str | None = None
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    sources: tuple[Source, ...] = _sources()

    @property
    def locality_2025(self) -> str | None:
        """The unit :attr:`locality` belongs to since the merger of 1 July 2025, or ``None``."""
        return _after_merger(self.locality)


@attrs.frozen
class Event:
    """A gathering or activity: a conference, visit, ceremony, signing..."""

    kind: EventKind = attrs.field(default="other", validator=_one_of(EventKind))
    name: str | None = None
    theme: str | None = None
    date: EDTF | None = None
    time_of_day: TimeOfDay | None = attrs.field(default=None, validator=_optional_one_of(TimeOfDay))
    location: str | None = None
    province: str | None = None
    country: str | None = None
    organizers: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    participants: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    attendance: int | None = attrs.field(default=None, validator=_non_negative)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    sources: tuple[Source, ...] = _sources()

    @property
    def province_2025(self) -> str | None:
        """The unit :attr:`province` belongs to since the merger of 1 July 2025, or ``None``."""
        return _after_merger(self.province)


@attrs.frozen
class Quantity:
    """A count of things an amount pays for ("20 suất học bổng")."""

    count: int = attrs.field(validator=_non_negative)
    unit: str


@attrs.frozen
class AidFigure:
    """An amount of aid, donation, grant, scholarship, pledge or disbursement."""

    amount: Decimal = attrs.field(converter=_decimal, validator=_non_negative)
    currency: str
    qualifier: Qualifier = attrs.field(default="exact", validator=_one_of(Qualifier))
    kind: AidKind = attrs.field(default="aid", validator=_one_of(AidKind))
    purpose: str | None = None
    donor: str | None = None
    recipient: str | None = None
    period: EDTF | None = None
    quantity: Quantity | None = None
    per_unit: bool = False
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    sources: tuple[Source, ...] = _sources()

    def __attrs_post_init__(self) -> None:
        if len(self.currency) != 3 or not self.currency.isupper():
            raise ValueError(f"currency must be an ISO 4217 code, got {self.currency!r}")


@attrs.frozen
class Directive:
    """A Party or state document: a directive, resolution, decree, scheme..."""

    kind: DirectiveKind = attrs.field(default="other", validator=_one_of(DirectiveKind))
    number: str | None = None
    symbol: str | None = None
    issuer: str | None = None
    issued_on: EDTF | None = None
    subject: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    sources: tuple[Source, ...] = _sources()


@attrs.frozen
class PluginError:
    """A plugin that failed on this article, and what it raised."""

    plugin: str
    error: str


class Extensions(Mapping[str, tuple[Any, ...]]):
    """The facts of the facets plugins declared, by facet name: an immutable, hashable mapping."""

    __slots__ = ("_facts",)

    def __init__(self, facts: Mapping[str, Any] | None = None) -> None:
        self._facts: dict[str, tuple[Any, ...]] = {name: tuple(items) for name, items in (facts or {}).items()}

    def __getitem__(self, name: str) -> tuple[Any, ...]:
        return self._facts[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._facts)

    def __len__(self) -> int:
        return len(self._facts)

    def __hash__(self) -> int:
        return hash(frozenset(self._facts.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self.items()) == dict(other.items())

    def __repr__(self) -> str:
        return f"Extensions({self._facts!r})"


def _extensions(value: Mapping[str, Any] | None) -> Extensions:
    return value if isinstance(value, Extensions) else Extensions(value)


@attrs.frozen
class Facts:
    """What extractors return: facts of one or more facets, to be merged into an extraction.

    ``extensions`` holds the facts of facets declared by plugins, by facet name.
    """

    people: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)
    unions: tuple[Union, ...] = attrs.field(default=(), converter=_tuple)
    member_organizations: tuple[MemberOrganization, ...] = attrs.field(default=(), converter=_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    aid_figures: tuple[AidFigure, ...] = attrs.field(default=(), converter=_tuple)
    directives: tuple[Directive, ...] = attrs.field(default=(), converter=_tuple)
    extensions: Extensions = attrs.field(factory=Extensions, converter=_extensions)


@attrs.frozen
class Extraction:
    """Everything read from one article; offsets of every mention index into ``text``."""

    text: str
    source: str | None = None
    meta: ArticleMeta = ArticleMeta()
    segments: tuple[Segment, ...] = attrs.field(default=(), converter=_tuple)
    people: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)
    unions: tuple[Union, ...] = attrs.field(default=(), converter=_tuple)
    member_organizations: tuple[MemberOrganization, ...] = attrs.field(default=(), converter=_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    aid_figures: tuple[AidFigure, ...] = attrs.field(default=(), converter=_tuple)
    directives: tuple[Directive, ...] = attrs.field(default=(), converter=_tuple)
    errors: tuple[PluginError, ...] = attrs.field(default=(), converter=_tuple)
    extensions: Extensions = attrs.field(factory=Extensions, converter=_extensions)

    def __attrs_post_init__(self) -> None:
        for segment in self.segments:
            if segment.end > len(self.text):
                raise ValueError(f"segment {segment.start}..{segment.end} lies outside the text")
        for mention in self.mentions():
            if not mention.quotes(self.text):
                raise ValueError(
                    f"mention {mention.text!r} at {mention.start}..{mention.end} does not quote the text"
                )

    def facts(self) -> Iterator[tuple[str, Any]]:
        """``(facet, fact)`` for every fact, the six built-in facets first, then the extensions."""
        for facet in FACETS:
            for fact in getattr(self, facet):
                yield facet, fact
        for facet, facts in self.extensions.items():
            for fact in facts:
                yield facet, fact

    def mentions(self) -> list[Mention]:
        """Every mention of every fact."""
        return [m for _facet, fact in self.facts() for m in fact.mentions]
