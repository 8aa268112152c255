"""Identities across articles: the same person, body or directive in many extractions, one id.

The rules (``docs/recipes/database.md`` gives them with examples):

Bodies
    A union is one body per level and province (VUFO is the central one); a friendship
    association one per partner countries and locality; any other body one per name as the
    gazetteer writes it (its canonical form: "VUFO" and "Ban Bí thư T.Ư" are known names),
    or per acronym. A name an article writes short ("Liên hiệp Hữu nghị", "VUFO") is the
    body of that article whose name, acronym or mention it is. A name with a place word
    and no place ("UBND tỉnh", "Tỉnh ủy") is that body of the article's province, when the
    article's provincial unions name one province, and is read in its article only
    otherwise. "A (nay là B)", "A, trước đây là B", "A đổi tên thành B": A and B are one body.
People
    The same full name, and positions that share a body or a province: one person. The same
    name with nothing shared stays two people (namesakes, or two careers). A name with no
    position joins its name's one career; with several careers it is its own identity,
    marked ambiguous. A participant of an event is the person of its article of that name.
Directives
    By symbol ("12-CT/TW" and "12/CT-TW" alike). One cited without its symbol ("Chỉ thị
    12") is the document of the corpus with that kind and number (and issuer, when it
    names one), when there is exactly one; otherwise its own identity by kind, number and
    issuer.

Ids are stable: each is made of the identity's kind, its name and a hash of the key its
rule matched, so the same corpus in any order gives the same ids, and articles added
later do not change the ids of identities they do not touch.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

import attrs
import regex

from ._bodies import HEAD_TABLE
from ._gazetteer import Gazetteer
from ._model import Directive, Extraction, MemberOrganization, Person, Union
from ._symbols import number_key, symbol_key
from ._text import words
from .data.identities import LOCAL_WORDS, RENAME_CUES

__all__ = ["Identities", "Identity", "IdentityKind", "Link", "link_identities"]

IdentityKind = Literal["person", "body", "directive"]
# Where a name is in the corpus: article, facet, fact, role, item.
_Place = tuple[int, str, int, str, int]

_LOCAL_KEYS = frozenset(tuple(w.key for w in words(phrase)) for phrase in LOCAL_WORDS)
_LOCAL_LONGEST = max(len(keys) for keys in _LOCAL_KEYS)
_RENAME = regex.compile(
    r"\s*+([(,]?)\s*+(?:" + "|".join(regex.escape(cue) for cue in RENAME_CUES) + r")\s++", regex.IGNORECASE
)
_RENAME_WINDOW = 40  # characters after a name where its other name may be announced
_NAME_END = {"(": regex.compile(r"[^)\n]++"), "": regex.compile(r"[^,.;:()\n]++")}
# A body's handles, strongest first, and the rule each stands for.
_BODY_RULE_NAMES = {
    "union": "union by level and province",
    "association": "association by partner countries and locality",
    "name": "by name",
    "acronym": "by acronym",
}
_BODY_RULES = list(_BODY_RULE_NAMES)
_NOT_SLUG = regex.compile(r"[^a-z0-9]++")


@attrs.frozen
class Identity:
    """One person, body or directive across the corpus.

    ``name`` is the form its facts write most often; ``rule`` says which rule made it.
    """

    id: str
    kind: IdentityKind
    name: str
    rule: str


@attrs.frozen
class Link:
    """A fact (or a name inside it) and its identity.

    ``article`` is the extraction's position in the input, ``facet`` and ``fact`` the fact's
    place in it; ``role`` is ``"self"`` for the fact itself, else the field that names the
    identity (``"position"``, ``"organizer"``, ``"participant"``, ``"donor"``, ``"recipient"``,
    ``"issuer"``) and ``item`` its place in that field's list.
    """

    article: int
    facet: str
    fact: int
    role: str
    item: int
    identity: str
    rule: str


@attrs.frozen
class Identities:
    """The identities of a corpus and the links from its facts to them."""

    identities: tuple[Identity, ...]
    links: tuple[Link, ...]
    _by_id: dict[str, Identity] = attrs.field(init=False, repr=False, eq=False)
    _by_place: dict[_Place, str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {item.id: item for item in self.identities})
        places = {(k.article, k.facet, k.fact, k.role, k.item): k.identity for k in self.links}
        object.__setattr__(self, "_by_place", places)

    def get(self, identity: str) -> Identity:
        """The identity of that id (``KeyError`` when there is none)."""
        return self._by_id[identity]

    def of(self, article: int, facet: str, fact: int, role: str = "self", item: int = 0) -> Identity | None:
        """The identity a fact (or a name in one of its fields) is linked to."""
        found = self._by_place.get((article, facet, fact, role, item))
        return None if found is None else self._by_id[found]

    def counts(self) -> dict[str, int]:
        """How many identities of each kind."""
        return dict(Counter(item.kind for item in self.identities))


def link_identities(extractions: Sequence[Extraction], gazetteer: Gazetteer) -> Identities:
    """Link the facts of many extractions to identities, by the rules of this module's docstring.

    ``gazetteer`` is the pipeline's (``Pipeline().gazetteer``): it knows the canonical
    names and acronyms of bodies, and the provinces.
    """
    return _Linker(extractions, gazetteer).run()


# ------------------------------------------------------------------ helpers


def slug(text: str) -> str:
    """ASCII words joined by hyphens: "Nguyễn Văn An" gives "nguyen-van-an"."""
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    hyphenated: str = _NOT_SLUG.sub("-", plain)
    return hyphenated.strip("-")[:48]


def _key(text: str) -> str:
    return " ".join(w.key for w in words(text))


def _identity_id(kind: str, name: str, key: str) -> str:
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return f"{kind}-{slug(name) or 'x'}-{digest}"


def _most_common(names: Iterable[str]) -> str:
    counted = Counter(names)
    best: str = min(counted, key=lambda name: (-counted[name], -len(name), name))
    return best


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, items: Sequence[str]) -> None:
        roots = [self.find(item) for item in items]
        for root in roots[1:]:
            # The smaller key stays the root, so classes do not depend on the order of the corpus.
            low, high = sorted((self.find(roots[0]), self.find(root)))
            self.parent[high] = low


@attrs.frozen
class _Occurrence:
    article: int
    facet: str
    fact: int
    role: str
    item: int
    name: str


# ------------------------------------------------------------------ the linker


class _Linker:
    def __init__(self, extractions: Sequence[Extraction], gazetteer: Gazetteer) -> None:
        self.extractions, self.gazetteer = extractions, gazetteer
        self.identities: dict[str, Identity] = {}
        self.links: list[Link] = []
        self.bodies = _UnionFind()
        self.body_handles: list[tuple[_Occurrence, str, str]] = []  # occurrence, first handle, rule

    def run(self) -> Identities:
        self._bodies()
        body_ids = self._body_identities()
        self._people(body_ids)
        self._directives(body_ids)
        return Identities(tuple(sorted(self.identities.values(), key=lambda i: i.id)), tuple(self.links))

    # ---------------------------------------------------------- bodies

    def _canonical(self, name: str) -> str:
        return self.gazetteer.lookup("organization", name) or name

    def _names_a_body(self, name: str) -> bool:
        """Whether a giver or receiver is a body ("Quỹ X", "UBND tỉnh", "VUFO"), not a group of people
        or a place ("các tổ chức phi chính phủ", "học sinh nghèo", "tỉnh Nghệ An"), which are no identity."""
        if self.gazetteer.lookup("organization", name):
            return True
        heads = self.gazetteer.find(HEAD_TABLE, name, cased=True)
        return bool(heads) and heads[0].start == len(name) - len(name.lstrip())

    def _provinces(self, name: str) -> list[str]:
        return [m.canonical for m in self.gazetteer.find("province", name, cased=True)]

    def _fact_handles(self, fact: Union | MemberOrganization) -> list[str]:
        handles = []
        if isinstance(fact, Union) and fact.level == "central":
            handles.append("union:central")
        elif isinstance(fact, Union) and fact.province:
            handles.append(f"union:{_key(fact.province)}")
        elif isinstance(fact, MemberOrganization) and fact.kind == "friendship_association" and fact.countries:
            handles.append(f"association:{','.join(sorted(fact.countries))}@{_key(fact.locality or '')}")
        handles.append(f"name:{_key(self._canonical(fact.name))}")
        if fact.acronym:
            handles.append(f"acronym:{fact.acronym}")
        return handles

    def _article_province(self, extraction: Extraction) -> str | None:
        provinces = {u.province for u in extraction.unions if u.level == "provincial" and u.province}
        return provinces.pop() if len(provinces) == 1 else None

    def _is_local(self, name: str) -> bool:
        keys = [w.key for w in words(name)]
        spans = (tuple(keys[i : i + n]) for n in range(1, _LOCAL_LONGEST + 1) for i in range(len(keys) - n + 1))
        return any(span in _LOCAL_KEYS for span in spans) and not self._provinces(name)

    def _bodies(self) -> None:
        for index, extraction in enumerate(self.extractions):
            known: dict[str, list[str]] = {}  # the article's short and long forms -> handles
            for facet in ("unions", "member_organizations"):
                for number, fact in enumerate(getattr(extraction, facet)):
                    handles = self._fact_handles(fact)
                    self._body(_Occurrence(index, facet, number, "self", 0, fact.name), handles, "")
                    forms = [fact.name, *(m.text for m in fact.mentions)]
                    if fact.acronym:
                        forms.append(fact.acronym)
                    for form in forms:
                        known.setdefault(_key(form), handles)
            self._renames(index, extraction)
            for occurrence in self._named_bodies(index, extraction):
                self._body(occurrence, *self._resolve(occurrence.name, index, extraction, known))

    def _body(self, occurrence: _Occurrence, handles: list[str], rule: str) -> None:
        self.bodies.union(handles)
        self.body_handles.append((occurrence, handles[0], rule))

    def _resolve(
        self, name: str, index: int, extraction: Extraction, known: dict[str, list[str]]
    ) -> tuple[list[str], str]:
        """The handles of a body named in a field, and the rule that gave them."""
        canonical = self._canonical(name)
        for form in (name, canonical):
            if _key(form) in known:
                return known[_key(form)], "as its article names it"
        if self._is_local(canonical):
            province = self._article_province(extraction)
            if province is None:
                return [f"name:{_key(canonical)}#{index}"], "in its article only"
            return [f"name:{_key(canonical)}@{_key(province)}"], "of its article's province"
        return [f"name:{_key(canonical)}"], "by name"

    def _renames(self, index: int, extraction: Extraction) -> None:
        """'A (nay là B)', 'A, trước đây là B', 'A đổi tên thành B': one body."""
        text = extraction.text
        for facet in ("unions", "member_organizations"):
            for number, fact in enumerate(getattr(extraction, facet)):
                for mention in fact.mentions:
                    cue = _RENAME.match(text, mention.end, min(len(text), mention.end + _RENAME_WINDOW))
                    if cue is None:
                        continue
                    found = _NAME_END[cue[1] if cue[1] == "(" else ""].match(text, cue.end())
                    other = found[0].strip() if found else ""
                    if other[:1].isupper():
                        occurrence = _Occurrence(index, facet, number, "renamed", 0, other)
                        self._body(occurrence, [*self._fact_handles(fact), f"name:{_key(self._canonical(other))}"],
                                   "renamed")

    def _named_bodies(self, index: int, extraction: Extraction) -> Iterator[_Occurrence]:
        """The bodies named in the fields of facts: positions, organisers, donors, recipients, issuers."""
        for number, person in enumerate(extraction.people):
            for item, position in enumerate(person.positions):
                if position.organization:
                    yield _Occurrence(index, "people", number, "position", item, position.organization)
        for number, event in enumerate(extraction.events):
            for item, organizer in enumerate(event.organizers):
                yield _Occurrence(index, "events", number, "organizer", item, organizer)
        for number, figure in enumerate(extraction.aid_figures):
            for role in ("donor", "recipient"):
                value = getattr(figure, role)
                if value and self._names_a_body(value):
                    yield _Occurrence(index, "aid_figures", number, role, 0, value)
        for number, directive in enumerate(extraction.directives):
            if directive.issuer:
                yield _Occurrence(index, "directives", number, "issuer", 0, directive.issuer)

    def _body_identities(self) -> dict[_Place, str]:
        """Make an identity of each class of handles; the id of each body occurrence."""
        classes: dict[str, list[tuple[_Occurrence, str]]] = defaultdict(list)
        for occurrence, handle, rule in self.body_handles:
            classes[self.bodies.find(handle)].append((occurrence, rule))
        ids: dict[_Place, str] = {}
        handles: dict[str, list[str]] = defaultdict(list)
        for handle in self.bodies.parent:
            handles[self.bodies.find(handle)].append(handle)
        for root, members in classes.items():
            # The id hashes the class's strongest handle, which later articles seldom change.
            key = min(handles[root], key=lambda h: (_BODY_RULES.index(h.partition(":")[0]), h))
            # A union's or association's own name, where there is one, names the class.
            named = [o.name for o, _ in members if o.role == "self"] or [o.name for o, _ in members]
            name = _most_common(named)
            rule = _BODY_RULE_NAMES[key.partition(":")[0]]
            identity = Identity(_identity_id("body", name, key), "body", name, rule)
            self.identities[identity.id] = identity
            for occurrence, rule in members:
                place = (occurrence.article, occurrence.facet, occurrence.fact, occurrence.role, occurrence.item)
                ids[place] = identity.id
                if occurrence.role != "renamed":  # a fact's own link says the rule of its identity
                    self.links.append(Link(*place, identity.id, rule or identity.rule))
        return ids

    # ---------------------------------------------------------- people

    def _evidence(self, index: int, number: int, person: Person, body_ids: dict[_Place, str]) -> set[str]:
        """What a person's positions say of the person: their bodies and provinces."""
        found: set[str] = set()
        for item, position in enumerate(person.positions):
            body = body_ids.get((index, "people", number, "position", item))
            if body is not None:
                found.add(body)
            for province in self._provinces(position.organization or ""):
                found.add(f"province:{_key(province)}")
        return found

    def _people(self, body_ids: dict[_Place, str]) -> None:
        by_name: dict[str, list[tuple[_Occurrence, set[str]]]] = defaultdict(list)
        for index, extraction in enumerate(self.extractions):
            named = {_key(p.name): number for number, p in enumerate(extraction.people)}
            for number, person in enumerate(extraction.people):
                occurrence = _Occurrence(index, "people", number, "self", 0, person.name)
                by_name[_key(person.name)].append((occurrence, self._evidence(index, number, person, body_ids)))
            for number, event in enumerate(extraction.events):
                for item, participant in enumerate(event.participants):
                    occurrence = _Occurrence(index, "events", number, "participant", item, participant)
                    # The article's person of that name: their evidence, and so their identity.
                    fact = named.get(_key(participant))
                    evidence = set() if fact is None else self._evidence(index, fact, extraction.people[fact], body_ids)
                    by_name[_key(participant)].append((occurrence, evidence))
        for name_key, occurrences in sorted(by_name.items()):
            self._careers(name_key, occurrences)

    def _careers(self, name_key: str, occurrences: list[tuple[_Occurrence, set[str]]]) -> None:
        """The people of one name: occurrences that share a body or a province are one person."""
        careers = _UnionFind()
        for number, (_, evidence) in enumerate(occurrences):
            careers.union([f"#{number}", *sorted(evidence)])
        groups: dict[str, list[int]] = defaultdict(list)
        bare: list[int] = []
        for number, (_, evidence) in enumerate(occurrences):
            (groups[careers.find(f"#{number}")] if evidence else bare).append(number)
        keyed = {min(e for n in members for e in occurrences[n][1]): members for members in groups.values()}
        if bare and len(keyed) == 1:
            next(iter(keyed.values())).extend(bare)
        elif bare:
            keyed["?" if keyed else ""] = bare
        for key, members in keyed.items():
            name = _most_common(occurrences[n][0].name for n in members)
            rule = {"": "name only", "?": "name only, ambiguous"}.get(key, "shared body or province")
            identity = Identity(_identity_id("person", name, f"{name_key}|{key}"), "person", name, rule)
            self.identities[identity.id] = identity
            for n in members:
                o = occurrences[n][0]
                self.links.append(Link(o.article, o.facet, o.fact, o.role, o.item, identity.id, rule))

    # ---------------------------------------------------------- directives

    def _directives(self, body_ids: dict[_Place, str]) -> None:
        by_symbol: dict[str, list[tuple[int, int, Directive]]] = defaultdict(list)
        short: list[tuple[int, int, Directive]] = []
        for index, extraction in enumerate(self.extractions):
            for number, directive in enumerate(extraction.directives):
                if directive.symbol:
                    by_symbol[symbol_key(directive.symbol)].append((index, number, directive))
                else:
                    short.append((index, number, directive))
        # kind and number -> the symbols of that kind and number, and their issuers' bodies
        numbered: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(dict)
        for key, cited in by_symbol.items():
            name = _most_common(d.symbol or "" for _, _, d in cited)
            identity = Identity(_identity_id("directive", name, f"symbol:{key}"), "directive", name, "by symbol")
            self.identities[identity.id] = identity
            for index, number, directive in cited:
                self.links.append(Link(index, "directives", number, "self", 0, identity.id, "by symbol"))
                if directive.number:
                    issuers = numbered[(directive.kind, number_key(directive.number))].setdefault(identity.id, set())
                    issuers.update(filter(None, [body_ids.get((index, "directives", number, "issuer", 0))]))
        for index, number, directive in short:
            issuer = body_ids.get((index, "directives", number, "issuer", 0))
            candidates = numbered.get((directive.kind, number_key(directive.number)), {}) if directive.number else {}
            fitting = [i for i, issuers in candidates.items() if issuer is None or not issuers or issuer in issuers]
            if len(fitting) == 1:
                self.links.append(Link(index, "directives", number, "self", 0, fitting[0], "short form"))
                continue
            label = " ".join(filter(None, [directive.kind, directive.number or directive.subject]))
            told = number_key(directive.number) if directive.number else _key(directive.subject or "")
            key = f"{directive.kind}:{told}"
            identity = Identity(_identity_id("directive", label, f"{key}@{issuer or ''}"), "directive",
                                directive.aliases[0] if directive.aliases else label, "by kind, number and issuer")
            self.identities[identity.id] = identity
            self.links.append(Link(index, "directives", number, "self", 0, identity.id, identity.rule))
