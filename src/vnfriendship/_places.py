"""Where an article is: the provinces it names and the province a bare "tỉnh" stands for.

Shared by every extractor through :attr:`vnfriendship.Article.places`.
"""

from __future__ import annotations

import bisect
from collections import Counter
from typing import TYPE_CHECKING

import attrs
import regex

from ._gazetteer import Gazetteer, GazetteerMatch
from ._text import fold_key
from .data import is_ambiguous
from .data.provinces import CENTRAL_CITIES_2008

if TYPE_CHECKING:
    from ._article import Article

__all__ = ["CAPITALISED", "Places", "Unit", "fits", "has_prefix", "is_city", "province_at", "unit_at"]

_I = regex.IGNORECASE
_NOT_WORD_AFTER = r"(?![\p{L}\p{N}])"
# Units that are cities (the unions of which are "... thành phố X"); Huế became one in 2025.
_CITIES = CENTRAL_CITIES_2008 | {"Thừa Thiên Huế"}
_PREFIX = regex.compile(r"(?:tỉnh|thành\s+phố|TP)\.?\s*", _I)
_LONGEST_PREFIX = len("thành phố ") + 2
#: A capitalised word after spaces: a name goes on.
CAPITALISED = regex.compile(r"\s+\p{Lu}")
_UNIT = regex.compile(r"\s+(?:của\s+)?(?P<unit>tỉnh|thành\s+phố|TP\.?)" + _NOT_WORD_AFTER, _I)
# How far past a position the words about it may reach: every match is bounded by it, since a ``regex``
# match costs as much as the window it is given, however early it stops.
_REACH = 80
# "tỉnh, thành phố", "tỉnh và huyện": any unit; but not "tỉnh và huyện Lương Tài", where a named district follows.
_UNIT_GENERIC_TAIL = regex.compile(
    r"\s*(?:,|và|hoặc|/|-)\s*(?:tỉnh|thành\s+phố|TP|huyện|quận|thị\s+xã|địa\s+phương)"
    + _NOT_WORD_AFTER
    + r"(?!\s*(?-i:\p{Lu}))",
    _I,
)


def province_at(article: Article, position: int, limit: int) -> GazetteerMatch | None:
    """The province named right at ``position`` (after spaces), such as "tỉnh Nghệ An", "TP.HCM", "Hải Dương".

    Only a capitalised name counts, and a name that is also a word ("Thái Bình"
    of "Thái Bình Dương") only when no capitalised word follows it.
    """
    text = article.text
    while position < limit and text[position].isspace():
        position += 1
    # The article's names were found whole: "các tỉnh Lào Cai" holds "tỉnh Lào Cai", whose name starts here.
    for match in article.matches("province", max(0, position - _LONGEST_PREFIX), min(limit, position + 64)):
        if match.end <= position:
            continue
        if match.start < position:
            prefix = _PREFIX.fullmatch(text, match.start, position)
            if prefix is None:
                return None
            match = attrs.evolve(match, start=position, text=text[position : match.end])
        if match.start != position or not _looks_like_place(match, text, strict=False):
            return None
        return match
    return None


def has_prefix(match: GazetteerMatch) -> bool:
    """Whether a province is written with "tỉnh", "thành phố" or "TP" (or as an abbreviation like "TPHCM")."""
    return _PREFIX.match(match.text) is not None


def is_city(province: str) -> bool:
    """Whether a province is a centrally-run city, whose bodies are "... thành phố"."""
    return province in _CITIES


@attrs.frozen
class Unit:
    """A bare "tỉnh", "thành phố" or "TP" after a name, where the name of a province would stand."""

    end: int
    city: bool
    #: Whether it stands for the province of the page: not in "tỉnh, thành phố" (any province),
    #: nor before a name that is no province of ours ("tỉnh Hủa Phăn").
    of_page: bool


def unit_at(text: str, position: int, limit: int) -> Unit | None:
    """The bare unit word right after ``position`` ("... hữu nghị tỉnh đề nghị"), if there is one."""
    unit = _UNIT.match(text, position, min(limit, position + _REACH))
    if unit is None:
        return None
    reach = min(limit, unit.end() + _REACH)
    generic = _UNIT_GENERIC_TAIL.match(text, unit.end(), reach) or CAPITALISED.match(text, unit.end(), reach)
    return Unit(unit.end(), fold_key(unit.group("unit")) != fold_key("tỉnh"), of_page=generic is None)


def _looks_like_place(match: GazetteerMatch, text: str, *, strict: bool) -> bool:
    prefix = _PREFIX.match(match.text)
    name = match.text[prefix.end() :] if prefix else match.text
    if not name[:1].isupper():
        return False
    if prefix is None and is_ambiguous("province", name):
        return not strict and CAPITALISED.match(text, match.end, match.end + _REACH) is None
    return True


def fits(province: str, city: bool | None) -> bool:
    """Whether a province is a city when ``city`` asks for one (or not one); ``None`` accepts any."""
    return city is None or is_city(province) == city or province == "Thừa Thiên Huế"


def _outlet_province(gazetteer: Gazetteer, outlet: str | None) -> str | None:
    """The province in a provincial outlet's name ("Báo Nghệ An"), or in the name its short form stands for."""
    if not outlet:
        return None
    for name in (outlet, gazetteer.lookup("outlet", outlet)):
        found = gazetteer.find("province", name) if name else []
        if found:
            return found[0].canonical
    return None


class Places:
    """Where an article is: its outlet's province and the provinces its sentences name.

    A body written "... tỉnh" or "... thành phố" without a name belongs to the
    province of the page: the outlet's own ("Báo Nghệ An"), else the one named
    shortly before, else the one the article names most.
    """

    #: How far back (in characters) a named province still sets the scene.
    WINDOW = 400

    def __init__(self, article: Article) -> None:
        text = article.text
        self._named: list[tuple[int, str]] = [
            (match.start, match.canonical)
            for sentence in article.sentences
            for match in article.matches("province", sentence.start, sentence.end)
            if _looks_like_place(match, text, strict=True)
        ]
        self._starts = [start for start, _ in self._named]
        self._outlet = _outlet_province(article.gazetteer, article.meta.outlet)
        counts = Counter(name for _, name in self._named)
        # The most named province; on a tie, the one named first.
        self._ranked = sorted(counts, key=lambda name: -counts[name])

    @property
    def outlet(self) -> str | None:
        """The province of the outlet ("Báo Nghệ An" -> "Nghệ An"), if it is a provincial one."""
        return self._outlet

    def around(self, offset: int, *, city: bool | None = None) -> str | None:
        """The province the text at ``offset`` is about; ``city`` asks for a city (or for a province)."""
        if self._outlet is not None and fits(self._outlet, city):
            return self._outlet
        index = bisect.bisect_left(self._starts, offset)
        while index > 0 and self._named[index - 1][0] >= offset - self.WINDOW:
            index -= 1
            if fits(self._named[index][1], city):
                return self._named[index][1]
        return next((name for name in self._ranked if fits(name, city)), None)
