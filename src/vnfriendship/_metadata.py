"""Read an article's headline, publication time, outlet and authors from a segmented page.

It reads segments only, so it works after any segmenter, the built-in one
(:mod:`vnfriendship._segment`) or an outlet's own:

- ``title``: the first ``title`` segment;
- ``published_at``: the first publication stamp in the page furniture above the
  body (``chrome`` before the first body or teaser segment) or in a byline, one
  printed under the title first (a stamp above it may be the site's clock), else
  one printed in the chrome under the article before any teaser; a stamp
  that names its weekday above the title is the site's clock ("Thứ Ba, 21/05/2024
  01:35" in the masthead), not the article's, when the opening of the article dates
  its news to a full date more than two months earlier;
- ``outlet``: from the lede prefix ("NDO -", "(Chinhphu.vn) -"), a "Theo dõi X trên"
  line, a source line ("Nguồn: X", "Theo X"), a masthead line that is an outlet's
  name ("VOV.VN", "Báo Đắk Lắk điện tử"), then a domain in the chrome, as the outlet
  gazetteer's canonical name; a provincial paper's domain ("baodaklak.vn") names
  its paper ("Báo Đắk Lắk"). Where the gazetteer does not know it, the code the page prints
  ("PNO", "(GLO)") is kept, but never a province ("HÀ NỘI -");
- ``authors``: the names in ``byline`` segments, never a photo credit or a source.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterator, Sequence

import regex

from ._dates import StampMatch, find_dates
from ._edtf import EdtfInterval
from ._gazetteer import Gazetteer, GazetteerMatch
from ._model import ArticleMeta, Segment
from ._phrases import is_syllable
from ._segment import (
    Line,
    byline_names,
    credited_source,
    followed_outlet,
    lede_prefix,
    line_stamps,
    opens_with,
    page_lines,
    source_name,
    stamp_rest,
)
from ._text import fold_key, token_columns
from .data import is_ambiguous, provinces
from .data import outlets as outlet_data

__all__ = ["read_metadata"]

_WEEKDAY = regex.compile(r"(?<!\p{L})(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)(?!\p{L})", regex.IGNORECASE)
# An outlet's code as it opens a lede without brackets: "PNO", "KTĐT", "VOV.VN".
_ACRONYM = regex.compile(r"^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}&.+]{2,12}$")
_DOMAIN = regex.compile(
    r"(?<![\p{L}\p{N}.@-])(?:https?://)?(?:www\.)?(?P<domain>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.(?:vn|com|net|org|info)(?:\.vn)?)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
_ARTICLE = ("lede", "body")
# How far into the article's opening to look for its own date, and how late a stamp may be.
_OPENING_CHARS = 400
_CLOCK_LAG_DAYS = 60
# No outlet's name, code or domain is longer (the longest are about 50 characters).
_MAX_OUTLET_CHARS = 100
_CODE_PARTS = regex.compile(r"\s*/\s*")
_MASTHEAD_PARTS = regex.compile(r"\s+[-–—|]\s+")
# A masthead that names a body's website: how many words it has, and marks that a name does not hold.
_PUBLISHER_WORDS = (4, 15)
# How many words a masthead's name that the footer prints again may have.
_ECHOED_WORDS = (2, 6)
_NOT_A_NAME = regex.compile(r"[.,;:|>»!?]")
_PUBLISHER_KEYS = tuple(fold_key(opener) for opener in outlet_data.PUBLISHER_OPENERS)
_LOCAL_UNIT_KEYS = frozenset(fold_key(unit) for unit in outlet_data.LOCAL_UNITS)
_PROVINCE_UNIT_KEYS = frozenset(fold_key(unit) for unit in outlet_data.PROVINCE_UNITS)
_SUPERIOR_COUNCILS = tuple((council, fold_key(council)) for council in outlet_data.SUPERIOR_COUNCILS)
_SUPERIOR_COMMITTEE_KEYS = tuple(fold_key(name) for name in outlet_data.SUPERIOR_COMMITTEES)
_DEPARTMENT_KEYS = tuple(fold_key(opener) for opener in outlet_data.DEPARTMENT_OPENERS)
# A local unit in a recased masthead, before the name that stays capitalised: "… huyện kỳ sơn".
_LOCAL_UNIT = regex.compile(
    rf"(?<![\p{{L}}])(?:{'|'.join(regex.escape(unit.lower()) for unit in outlet_data.LOCAL_UNITS)})\s+(?=\p{{L}})"
)
_PROVINCIAL_DOMAIN = regex.compile(
    rf"^(?:https?://)?(?:www\.)?{outlet_data.PROVINCIAL_DOMAIN_PREFIX}(?P<name>[a-z]+)\.(?:com\.)?vn$",
    regex.IGNORECASE,
)
# The name of a site before its edition: two to four capitalised words ("Phật Học" in "Phật Học Online").
_SITE_NAME = regex.compile(r"^\p{Lu}[\p{L}\p{N}.&+]*(?:\s+\p{Lu}[\p{L}\p{N}.&+]*){1,3}$")
_EDITION = regex.compile(
    r"\s+(?:" + "|".join(regex.escape(s) for s in outlet_data.EDITION_SUFFIXES) + r")$", regex.IGNORECASE
)


def read_metadata(
    text: str, segments: Sequence[Segment], gazetteer: Gazetteer, reference_date: dt.date | None = None
) -> ArticleMeta:
    """The metadata of a page, read from its segments (see the module docstring for the rules).

    ``reference_date`` gives a year to stamps printed without one.
    """
    return ArticleMeta(
        title=_title(text, segments),
        published_at=_published_at(text, segments, reference_date),
        outlet=_outlet(text, segments, gazetteer),
        authors=_authors(text, segments),
    )


def _title(text: str, segments: Sequence[Segment]) -> str | None:
    title = next((s for s in segments if s.kind == "title"), None)
    return " ".join(text[title.start : title.end].split()) or None if title is not None else None


def _published_at(
    text: str, segments: Sequence[Segment], reference_date: dt.date | None
) -> dt.datetime | dt.date | None:
    body_start = next((s.start for s in segments if s.kind in ("body", "related")), len(text))
    teasers_start = next((s.start for s in segments if s.kind == "related"), len(text))
    title = next((s for s in segments if s.kind == "title"), None)

    def stamps_in(*kinds: str, start: int = 0, end: int = len(text)) -> list[StampMatch]:
        return [
            stamp
            for segment in segments
            if segment.kind in kinds and start <= segment.start and segment.end <= end
            for line in page_lines(text, segment.start, segment.end)
            for stamp in line_stamps(text, line, reference_date)
        ]

    stamps = sorted(stamps_in("chrome", end=body_start) + stamps_in("byline"), key=lambda s: s.start)
    # A page may print its stamp only under the article ("Ngày cập nhật: 19/06/2025"), before any teaser.
    footer = stamps_in("chrome", start=body_start, end=teasers_start)
    if title is None:
        return (stamps or footer)[0].value if stamps or footer else None
    under = next((s for s in stamps if title.end <= s.start < body_start), None)
    if under is not None:
        return under.value
    found = next((s.value for s in stamps if not _is_site_clock(text, segments, s, title.start)), None)
    return found if found is not None or not footer else footer[0].value


def _is_site_clock(text: str, segments: Sequence[Segment], stamp: StampMatch, title_start: int) -> bool:
    """A weekday stamp above the title that comes long after the news it heads: the day the page was saved."""
    return (
        stamp.end <= title_start
        and _WEEKDAY.search(stamp.text) is not None
        and _opening_dated_before(text, segments, _day_of(stamp.value))
    )


def _day_of(value: dt.datetime | dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _opening_dated_before(text: str, segments: Sequence[Segment], day: dt.date) -> bool:
    """True when the article's opening dates its news to a full date long before ``day``.

    News is published within days of what it reports, so a weekday stamp in the
    masthead that comes months after the lede's own date is the site's clock. The
    news is the first day the opening names ("Tối 6-11" before an anniversary's
    "7-11-1917"); a day without its year dates nothing.
    """
    opening = next((s for s in segments if s.kind in _ARTICLE), None)
    if opening is None:
        return False
    for match in find_dates(text, opening.start, min(opening.end, opening.start + _OPENING_CHARS)):
        start = match.value.start if isinstance(match.value, EdtfInterval) else match.value
        if start is not None and start.day is not None:
            return start.is_complete and (day - start.to_date()).days > _CLOCK_LAG_DAYS
    return False


def _outlet(text: str, segments: Sequence[Segment], gazetteer: Gazetteer) -> str | None:
    printed: list[str] = []
    for surface, raw_ok in _outlet_mentions(text, segments, gazetteer):
        if len(surface) > _MAX_OUTLET_CHARS:
            continue
        known = _known_outlet(gazetteer, surface)
        if known is not None:
            return known
        if raw_ok and gazetteer.lookup("province", surface) is None:
            printed.append(surface)
    if not printed:
        return None
    # "Nguồn: Ban Đối ngoại Tỉnh ủy" under a masthead naming the body with its place: the fuller name.
    first = f" {fold_key(printed[0])} "
    return next((name for name in printed[1:] if first in f" {fold_key(name)} "), printed[0])


def _outlet_mentions(text: str, segments: Sequence[Segment], gazetteer: Gazetteer) -> Iterator[tuple[str, bool]]:
    """Where the page names its outlet, most telling first, each with whether its printed form may stand."""
    opening = next((s for s in segments if s.kind in _ARTICLE), None)
    for k, line in enumerate(_first_lines(text, segments, 2)):
        found = lede_prefix(line.text)
        if found is None:
            continue
        if k == 0:
            yield found.code, found.bracketed or bool(_ACRONYM.match(found.code))
        elif found.bracketed and _ACRONYM.match(found.code):  # the code opening the text under a summary
            yield found.code, True
    furniture = [s for s in segments if s.kind == "chrome"]
    for segment in furniture:
        for line in page_lines(text, segment.start, segment.end):
            name = followed_outlet(line.text)
            if name:
                yield name, True
    for segment in (s for s in segments if s.kind == "byline"):
        for line in page_lines(text, segment.start, segment.end):
            name = source_name(line.text) or credited_source(line.text)
            if not name:
                continue
            domain = _DOMAIN.search(name)
            if domain is not None:  # a site named bare ("Nguồn: vufo.org.vn"), not a link to a page, may stand
                yield domain["domain"], _DOMAIN.fullmatch(name.strip()) is not None
            else:
                yield name, len(name.split()) <= 5
    article_start = opening.start if opening is not None else len(text)
    # (a footer's lines may close the last list of related links)
    footer = [s for s in segments if s.kind in ("chrome", "related") and s.start >= article_start]
    for segment in furniture:
        if segment.end <= article_start:
            lines = page_lines(text, segment.start, segment.end)
            for k, line in enumerate(lines):
                echoed = _echoed_name(line.text, text, footer)
                if echoed is not None:
                    yield echoed, True
                yield from _masthead_names(line.text)
                publisher = _publisher(line.text, gazetteer)
                if publisher is not None:
                    if k + 1 < len(lines) and (own := _department_under(publisher, lines[k + 1].text, text, footer)):
                        yield own, True
                    yield publisher, True
    for segment in furniture:
        for match in _DOMAIN.finditer(text, segment.start, segment.end):
            yield match["domain"], False


def _first_lines(text: str, segments: Sequence[Segment], count: int) -> list[Line]:
    """The first ``count`` lines of the article (lede and body)."""
    found: list[Line] = []
    for segment in segments:
        if segment.kind in _ARTICLE:
            end = min(segment.end, segment.start + _OPENING_CHARS)
            found += page_lines(text, segment.start, end)[: count - len(found)]
            if len(found) >= count:
                break
    return found


def _masthead_names(line: str) -> Iterator[tuple[str, bool]]:
    """A masthead line may be the outlet's name ("VOV.VN", "BÁO THẾ GIỚI & VIỆT NAM", "Báo Đắk Lắk điện tử").

    Names that are also everyday words ("Tin tức", "Thời đại") are left to better evidence. A
    masthead may join two names with a dash ("TIN TỨC - TTXVN"): each is tried. A site's name
    with its edition ("Phật Học Online": a few capitalised words) stands as printed.
    """
    whole = line.strip()
    if len(whole) > _MAX_OUTLET_CHARS:
        return
    for name in dict.fromkeys((whole, _EDITION.sub("", whole), *_MASTHEAD_PARTS.split(whole))):
        if name and not is_ambiguous("outlet", name):
            yield name, False
    bare = _EDITION.sub("", whole)
    if bare != whole and _SITE_NAME.match(bare):
        yield whole, True


def _echoed_name(line: str, text: str, footer: Sequence[Segment]) -> str | None:
    """A masthead's name (before a dash: "CẦU NỐI - BÁO ĐIỆN TỬ …") that the page's footer prints again
    ("Bản quyền thuộc về Cầu Nối", "Cầu Nối - Báo điện tử …"): the page names itself twice, so the name
    stands, as the footer writes it (in capitals only where the footer has no other form)."""
    name = _MASTHEAD_PARTS.split(line.strip())[0]
    words = name.split()
    if not _ECHOED_WORDS[0] <= len(words) <= _ECHOED_WORDS[1] or _NOT_A_NAME.search(name):
        return None
    if is_ambiguous("outlet", name):
        return None
    # (read by the fold keys of its words, on one line: no pattern is made per page)
    keys = token_columns(name).keys
    found = []
    for segment in footer:
        chunk = text[segment.start : segment.end]
        printed = token_columns(chunk)
        for i in range(len(printed) - len(keys) + 1):
            if printed.keys[i : i + len(keys)] == keys:
                form = chunk[printed.starts[i] : printed.ends[i + len(keys) - 1]]
                if "\n" not in form:
                    found.append(form)
    return next((form for form in found if not form.isupper()), found[0] if found else None)


def _department_under(superior: str, below: str, text: str, footer: Sequence[Segment]) -> str | None:
    """The department whose site it is, when the masthead prints its superior body on the line above its name
    ("UBND TỈNH LẠNG SƠN" / "SỞ NGOẠI VỤ - Cổng thông tin điện tử" -> "Sở Ngoại vụ tỉnh Lạng Sơn"). The
    department's name is taken as the footer writes it (capitals do not tell a name's case), with the place of a
    people's committee or the whole name of a Party committee."""
    key = fold_key(superior)
    council = next((written for written, opener in _SUPERIOR_COUNCILS if opens_with(key, opener)), None)
    if council is not None:
        place = superior[len(council) :].strip()
    elif any(opens_with(key, committee) for committee in _SUPERIOR_COMMITTEE_KEYS):
        place = superior
    else:
        return None
    department = _echoed_name(below, text, footer)
    if department is None or not any(opens_with(fold_key(department), d) for d in _DEPARTMENT_KEYS):
        return None
    return f"{department} {place}"


def _publisher(line: str, gazetteer: Gazetteer) -> str | None:
    """The body whose own website a masthead line names, with the place it serves: a portal, a
    department, a union or a Party committee ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH" -> "Cổng thông
    tin điện tử tỉnh Quảng Bình", "Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng")."""
    name = line.strip()
    if not _PUBLISHER_WORDS[0] <= len(name.split()) <= _PUBLISHER_WORDS[1] or _NOT_A_NAME.search(name):
        return None
    key = fold_key(name) + " "
    if not any(key.startswith(opener + " ") for opener in _PUBLISHER_KEYS):
        return None
    places = [*gazetteer.find("province", name, 0, len(name)), *gazetteer.find("country", name, 0, len(name))]
    if not places:
        return None
    # "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN": a district's portal, its province after a dash
    parts = _MASTHEAD_PARTS.split(name)
    if len(parts) > 1 and _unit_named(parts[-1], _PROVINCE_UNIT_KEYS) and _unit_named(parts[-2], _LOCAL_UNIT_KEYS):
        name = name[: len(name) - len(parts[-1])].rstrip(" -–—|")
        places = [place for place in places if place.end <= len(name)]
    return _recased(name, places) if name.isupper() else name


def _unit_named(part: str, units: frozenset[str]) -> bool:
    """Whether a unit of administration (one of ``units``) and a name after it stand in ``part``."""
    keys = token_columns(part).keys
    return any(
        " ".join(keys[i : i + size]) in units and i + size < len(keys) for i in range(len(keys)) for size in (1, 2)
    )


def _recased(name: str, places: Sequence[GazetteerMatch]) -> str:
    """A name printed in capitals, in sentence case with its places capitalised: those the gazetteer knows and the
    words after a unit ("huyện Kỳ Sơn"). A word that is no syllable is an acronym and stays in capitals ("UBND")."""
    lower = name.lower()
    if len(lower) != len(name):
        return name
    recased = lower[:1].upper() + lower[1:]
    for place in places:
        words = recased[place.start : place.end].split(" ")
        named = len(place.canonical.split(" ")) if place.table == "province" else len(words)
        words[-named:] = [word.capitalize() for word in words[-named:]]
        recased = recased[: place.start] + " ".join(words) + recased[place.end :]
    unit = _LOCAL_UNIT.search(recased)
    if unit is not None:
        recased = recased[: unit.end()] + " ".join(w.capitalize() for w in recased[unit.end() :].split(" "))
    return " ".join(
        word if is_syllable(original) else original
        for word, original in zip(recased.split(" "), name.split(" "), strict=True)
    )


def _known_outlet(gazetteer: Gazetteer, surface: str) -> str | None:
    """The canonical outlet of a printed name, code or domain.

    "Kinhtedothi" is looked up as a domain too, "TTXVN/Vietnam+" part by part, and
    a provincial paper's domain as its paper ("Baodaklak.vn" -> "Báo Đắk Lắk").
    """
    for part in dict.fromkeys((surface, _EDITION.sub("", surface.strip()), *_CODE_PARTS.split(surface))):
        found = gazetteer.lookup("outlet", part)
        if found is None and "." not in part and " " not in part.strip():
            found = gazetteer.lookup("outlet", part.strip() + ".vn")
        if found is None:
            found = _provincial_paper(gazetteer, part)
        if found is not None:
            return found
    return None


def _provincial_paper(gazetteer: Gazetteer, surface: str) -> str | None:
    domain = _PROVINCIAL_DOMAIN.match(surface.strip())
    province = _provinces_by_domain_name().get(domain["name"].casefold()) if domain is not None else None
    return gazetteer.lookup("outlet", f"{outlet_data.PROVINCIAL_PAPER} {province}") if province else None


@functools.cache
def _provinces_by_domain_name() -> dict[str, str]:
    """Each province by the way a domain writes it: "Đắk Lắk" -> "daklak", "Bà Rịa - Vũng Tàu" -> "bariavungtau"."""
    return {_domain_name(name): name for name in (*provinces.PROVINCES_2008, *provinces.PROVINCES_2025)}


def _domain_name(name: str) -> str:
    bare = unicodedata.normalize("NFD", name.casefold().replace("đ", "d"))
    return "".join(c for c in bare if c.isascii() and c.isalnum())


def _authors(text: str, segments: Sequence[Segment]) -> tuple[str, ...]:
    authors: list[str] = []
    for segment in (s for s in segments if s.kind == "byline"):
        for line in page_lines(text, segment.start, segment.end):
            rest = stamp_rest(text, line)
            for name in byline_names(line.text if rest is None else rest) or ():
                if name not in authors:
                    authors.append(name)
    return tuple(authors)
