"""The values inside facts are whole phrases: what a relation names never starts or stops inside punctuation.

A donor, a purpose, a body or a subject that keeps the comma, the opening bracket or the
closing quotation mark of the words around it has stopped at the wrong place, whatever the
scorer's normalising forgives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import ALL_PAGES
from vnfriendship import Extraction, Pipeline

_LOOSE_END = re.compile(r"^[\s,;:)(–-]|[\s,;:(–-]$")
_PAIRS = (("(", ")"), ("“", "”"))


def _values(extraction: Extraction) -> Iterator[tuple[str, str]]:
    """Every relation value of an extraction, with the field it fills."""
    for person in extraction.people:
        for position in person.positions:
            yield "title", position.title
            yield "organization", position.organization or ""
    for event in extraction.events:
        yield from (("organizer", name) for name in event.organizers)
        yield "location", event.location or ""
    for figure in extraction.aid_figures:
        yield from (("donor", figure.donor or ""), ("recipient", figure.recipient or ""))
        yield "purpose", figure.purpose or ""
    for directive in extraction.directives:
        yield from (("issuer", directive.issuer or ""), ("subject", directive.subject or ""))


def _broken(value: str) -> bool:
    unbalanced = any(value.count(opening) != value.count(closing) for opening, closing in _PAIRS)
    return bool(value) and (unbalanced or value.count('"') % 2 == 1 or _LOOSE_END.search(value) is not None)


@pytest.mark.parametrize(
    "text",
    [
        # a purpose read up to the end of the sum's clause, before "trong đó"
        "Tổ chức Hòa Bình tài trợ 2 triệu USD cho các chương trình rà phá bom mìn, trong đó tỉnh nhận 1 triệu USD.",
        # a value in brackets after the things given
        "Hội Chữ thập đỏ tỉnh trao 60 suất quà (mỗi suất 400.000 đồng) cho hộ nghèo.",
        # a title quoted at the end of a subject keeps its closing mark
        'UBND tỉnh ban hành Quyết định số 15/QĐ-UBND phê duyệt Đề án "Phát triển đối ngoại nhân dân".',
        # ... and leaves the closing mark of a title it stands in
        "Ngày 2/4, Hội tổ chức tọa đàm “Thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư về đối ngoại nhân dân”.",
    ],
)
def test_values_stop_at_the_edges_of_their_phrase(pipeline: Pipeline, text: str) -> None:
    assert [(field, value) for field, value in _values(pipeline.extract(text)) if _broken(value)] == []


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_value_on_a_page_stops_inside_punctuation(pipeline: Pipeline, page: Path) -> None:
    extraction = pipeline.extract_file(page)
    assert [(field, value) for field, value in _values(extraction) if _broken(value)] == []
