"""vnfriendship-partners: the foreign partners a Vietnamese people's-diplomacy article names.

An example of a third-party vnfriendship plugin. It adds a facet of its own,
``partners``, with three kinds of partner, each with its country:

* foreign embassies and consulates ("Đại sứ quán Nhật Bản", "Tổng Lãnh sự quán Hoa Kỳ
  tại TP.HCM"), never Vietnam's own missions abroad;
* foreign friendship associations, which put their own country first
  ("Hội hữu nghị Nhật - Việt");
* foreign NGOs named in Latin script ("Tổ chức Save the Children (Anh)").

It reads only the public analysis of :class:`vnfriendship.Article`: its sentences,
``article.matches`` (the gazetteer's names, its own head words included) and
``article.words``; it never scans the text itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import attrs

from vnfriendship import Article, Facet, Fact, Facts, GazetteerEntry, GazetteerMatch, Sentence, hookimpl

from . import data

__all__ = ["FACET", "TABLE", "Partner", "find_partners"]
__version__ = "0.1.0"

#: Shown by `vnfriendship plugins`.
FACET = "partners"
#: The gazetteer table of this plugin's head words.
TABLE = "partner_head"

PartnerKind = Literal["embassy", "consulate", "association", "ngo"]


@attrs.frozen
class Partner(Fact):
    """A foreign body the article names; ``country`` is its ISO 3166-1 alpha-2 code, where the text gives it."""

    name: str
    kind: PartnerKind
    country: str | None = None


@hookimpl
def vnfriendship_facets() -> list[Facet]:
    return [Facet(FACET, Partner, "foreign embassies, consulates, friendship associations and NGOs")]


@hookimpl
def vnfriendship_gazetteer_tables() -> list[str]:
    return [TABLE]


@hookimpl
def vnfriendship_gazetteer_entries() -> list[GazetteerEntry]:
    return [GazetteerEntry(TABLE, surface, kind) for surface, kind in data.HEADS.items()]


@hookimpl
def vnfriendship_extract(article: Article) -> Facts:
    return Facts(extensions={FACET: list(find_partners(article))})


def find_partners(article: Article) -> Iterator[Partner]:
    """Every partner named in the article's sentences, in text order."""
    for sentence in article.sentences:
        for head in article.matches(TABLE, sentence.start, sentence.end, cased=True):
            found = _partner(article, sentence, head)
            if found is not None:
                yield found


def _partner(article: Article, sentence: Sentence, head: GazetteerMatch) -> Partner | None:
    kind = head.canonical
    if kind in ("embassy", "consulate"):
        return _mission(article, sentence, head)
    if kind == "association":
        return _association(article, sentence, head)
    return _ngo(article, sentence, head)


def _country_after(article: Article, position: int, end: int, between: frozenset[str]) -> GazetteerMatch | None:
    """The country named right after ``position``, past any of the words ``between``."""
    countries = article.matches("country", position, end, cased=True)
    if not countries:
        return None
    gap = article.text[position : countries[0].start].split()
    return countries[0] if all(word.lower() in between for word in gap) else None


def _mission(article: Article, sentence: Sentence, head: GazetteerMatch) -> Partner | None:
    country = _country_after(article, head.end, sentence.end, data.BEFORE_COUNTRY)
    if country is None or country.canonical == "VN":  # Vietnam's own missions are no foreign partners
        return None
    end = country.end
    # "… tại Việt Nam", "… tại TP.HCM": where the mission sits is part of its name.
    words = article.words(end, sentence.end)
    if len(words) > 1 and words[0].text.lower() in data.SEAT_WORDS:
        seat = [m for table in ("country", "province") for m in article.matches(table, words[1].start, sentence.end)]
        seat = [m for m in seat if m.start == words[1].start]
        if seat:
            end = seat[0].end
    return _make(article, head.start, end, "embassy" if head.canonical == "embassy" else "consulate", country)


def _association(article: Article, sentence: Sentence, head: GazetteerMatch) -> Partner | None:
    """"Hội hữu nghị Nhật - Việt": a foreign association puts its own country first."""
    country = _country_after(article, head.end, sentence.end, frozenset())
    if country is None or country.canonical == "VN":
        return None
    dash = article.text[country.end : country.end + 3].strip()
    after = article.words(country.end, sentence.end)
    if not dash or dash[0] not in "-–—" or not after or after[0].text.lower() not in data.VIETNAM_WORDS:
        return None
    end = after[0].end
    if len(after) > 1 and after[1].text.lower() == "nam" and article.text[end : after[1].start] == " ":
        end = after[1].end
    return _make(article, head.start, end, "association", country)


def _ngo(article: Article, sentence: Sentence, head: GazetteerMatch) -> Partner | None:
    """"Tổ chức Save the Children (Anh)": a head, then a name in Latin script, then its country."""
    words = article.words(head.end, sentence.end)
    last = None
    for index, word in enumerate(words):
        gap = article.text[(words[index - 1].end if index else head.end) : word.start]
        if gap != " " or not word.text.isascii():
            break
        if word.text[0].isupper():
            last = word
        elif last is None or word.text not in data.NAME_CONNECTORS or index + 1 == len(words):
            break
    if last is None:
        return None
    country = _ngo_country(article, last.end, sentence.end)
    if country is None and not any(cue in sentence.text for cue in data.FOREIGN_NGO_CUES):
        return None
    if country is not None and country.canonical == "VN":
        return None
    return _make(article, head.start, last.end, "ngo", country)


def _ngo_country(article: Article, position: int, end: int) -> GazetteerMatch | None:
    """The country in brackets right after a name, "(Anh)", or after "của" / "đến từ"."""
    rest = article.text[position:end]
    if rest.startswith(" (") or rest.startswith("("):
        country = _country_after(article, position + rest.index("(") + 1, end, frozenset())
        if country is not None and article.text[country.end : country.end + 1] == ")":
            return country
        return None
    for cue in data.OF_COUNTRY:
        if rest.startswith(" " + cue + " "):
            return _country_after(article, position + len(cue) + 2, end, frozenset())
    return None


def _make(article: Article, start: int, end: int, kind: PartnerKind, country: GazetteerMatch | None) -> Partner:
    return Partner(
        article.text[start:end],
        kind,
        None if country is None else country.canonical,
        mentions=[article.mention(start, end)],
    )
