"""The built-in reference data, turned into gazetteer entries.

The tables live as plain constants in the submodules; this module generates the
forms that follow a pattern (prefixed province names, "Báo <province>", each
province's friendship union) and offers the look-ups that need the data whole.
Everything is built on first use, not at import.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache

from .._gazetteer import Gazetteer, GazetteerEntry
from .._phrases import keys  # the gazetteer compares names word by word; so do these look-ups
from . import bodies, countries, organizations, outlets, provinces, titles

__all__ = ["association_partner", "builtin_entries", "is_ambiguous", "province_after_2025"]

# Per table, the names that often mean something else in running text.
_AMBIGUOUS: dict[str, frozenset[str]] = {
    "province": provinces.AMBIGUOUS,
    "country": countries.AMBIGUOUS,
    "outlet": outlets.AMBIGUOUS,
    "title": titles.AMBIGUOUS,
    "organization": organizations.AMBIGUOUS,
}


def builtin_entries() -> list[GazetteerEntry]:
    """Every built-in name of every table, ready for :class:`~vnfriendship._gazetteer.Gazetteer`.

    Entries given after these replace them surface by surface, so a plugin can
    correct a built-in name as well as add one.
    """
    return list(_builtin_entries())


def province_after_2025(name: str) -> str | None:
    """The unit a province belongs to since the merger of 1 July 2025, or ``None``.

    Any name the province table knows is accepted, with or without prefix:
    ``province_after_2025("tỉnh Hà Giang") == "Tuyên Quang"``,
    ``province_after_2025("TT-Huế") == "Huế"``.
    """
    canonical = _province_gazetteer().lookup("province", name)
    return None if canonical is None else provinces.MERGED_INTO_2025[canonical]


def association_partner(short_form: str) -> str | None:
    """The ISO code of the partner named by the short word of an association ("Xô" -> "RU")."""
    return _association_partners().get(keys(short_form))


@lru_cache(maxsize=1 << 12)  # asked of every match of a place table, and places recur
def is_ambiguous(table: str, surface: str) -> bool:
    """Whether a name found in ``table`` often means something else in running text.

    "hòa bình" is peace before it is a province, "Anh" a form of address before it
    is the United Kingdom: an extractor should want more context for such a match.
    """
    return keys(surface) in _ambiguous_keys(table)


@cache
def _builtin_entries() -> tuple[GazetteerEntry, ...]:
    return tuple(_generate_entries())


@cache
def _province_gazetteer() -> Gazetteer:
    return Gazetteer(GazetteerEntry("province", surface, name) for surface, name in _province_surfaces())


@cache
def _association_partners() -> dict[tuple[str, ...], str]:
    return {keys(word): code for word, code in countries.ASSOCIATION_SHORT_FORMS.items()}


@cache
def _ambiguous_keys(table: str) -> frozenset[tuple[str, ...]]:
    return frozenset(keys(surface) for surface in _AMBIGUOUS.get(table, ()))


def _province_surfaces() -> Iterator[tuple[str, str]]:
    """(surface, canonical) for every way of writing a province."""
    names = [(name, name) for name in provinces.PROVINCES_2008]
    for name, canonical in [*names, *provinces.ALIASES.items()]:
        yield name, canonical
        for prefix in provinces.PREFIXES:
            yield f"{prefix} {name}", canonical
    yield from provinces.ABBREVIATIONS.items()


def _union_name(province: str) -> str:
    kind = "thành phố" if province in provinces.CENTRAL_CITIES_2008 else "tỉnh"
    return f"{organizations.FRIENDSHIP_UNION} {kind} {province}"


def _named(table: str, names: Mapping[str, Iterable[str]]) -> Iterator[GazetteerEntry]:
    """Entries for a mapping of canonical value -> every surface that stands for it."""
    for canonical, surfaces in names.items():
        for surface in surfaces:
            yield GazetteerEntry(table, surface, canonical)


def _with_variants(table: str, canonicals: Iterable[str], variants: Mapping[str, str]) -> Iterator[GazetteerEntry]:
    for canonical in canonicals:
        yield GazetteerEntry(table, canonical, canonical)
    for surface, canonical in variants.items():
        yield GazetteerEntry(table, surface, canonical)


def _generate_entries() -> Iterator[GazetteerEntry]:
    for surface, canonical in _province_surfaces():
        yield GazetteerEntry("province", surface, canonical)
        union = f"{organizations.FRIENDSHIP_UNION} {surface}"
        yield GazetteerEntry("organization", union, _union_name(canonical))
    yield from _named("country", countries.COUNTRY_NAMES)
    yield from _named("outlet", {name: (name, *aliases) for name, aliases in outlets.OUTLETS.items()})
    every_province = dict.fromkeys((*provinces.PROVINCES_2008, *provinces.PROVINCES_2025))
    papers = (f"{outlets.PROVINCIAL_PAPER} {name}" for name in every_province)
    yield from _with_variants("outlet", papers, outlets.LEDE_PREFIXES)
    yield from _with_variants("title", titles.TITLES, titles.TITLE_VARIANTS)
    yield from _with_variants("honorific", titles.HONORIFICS, titles.HONORIFIC_VARIANTS)
    yield from _with_variants("body_head", bodies.HEADS, {})
    for table in (organizations.ORGANIZATIONS, organizations.FOREIGN_ORGANIZATIONS):
        yield from _named("organization", {name: (name, *aliases) for name, aliases in table.items()})
