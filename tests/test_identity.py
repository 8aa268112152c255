"""Identities across articles (vnfriendship.corpus): every rule, on articles written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from vnfriendship import AidFigure, Extraction, Pipeline
from vnfriendship._identity import slug
from vnfriendship.corpus import Identities, link_identities

HA_TINH_SCHOLARSHIP = (
    "Sáng 12/9, Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh trao học bổng cho sinh viên Lào. "
    "Phát biểu tại buổi lễ, ông Nguyễn Văn An, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh, "
    "cho biết hoạt động thực hiện Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư."
)
HA_TINH_REVIEW = (
    "Chiều 15/1, Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh tổ chức hội nghị tổng kết. Dự hội nghị có "
    "ông Nguyễn Văn An, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh. Các hoạt động được triển khai "
    "theo tinh thần Chỉ thị 12 của Ban Bí thư về công tác đối ngoại nhân dân."
)
NGHE_AN_NAMESAKE = (
    "Sáng 8/3, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức giao lưu hữu nghị. Tham dự có "
    "ông Nguyễn Văn An, Giám đốc Sở Ngoại vụ tỉnh Nghệ An."
)


def extracted(pipeline: Pipeline, *texts: str) -> list[Extraction]:
    return [pipeline.extract(text, source=f"article-{n}") for n, text in enumerate(texts)]


def linked(pipeline: Pipeline, *texts: str) -> tuple[list[Extraction], Identities]:
    extractions = extracted(pipeline, *texts)
    return extractions, link_identities(extractions, pipeline.gazetteer)


def person(identities: Identities, extractions: list[Extraction], article: int, name: str) -> str:
    (number,) = [n for n, p in enumerate(extractions[article].people) if p.name == name]
    found = identities.of(article, "people", number)
    assert found is not None and found.kind == "person"
    return found.id


def directive(identities: Identities, article: int, number: int = 0) -> str:
    found = identities.of(article, "directives", number)
    assert found is not None and found.kind == "directive"
    return found.id


def union(identities: Identities, extractions: list[Extraction], article: int, name: str) -> str:
    (number,) = [n for n, u in enumerate(extractions[article].unions) if u.name == name]
    found = identities.of(article, "unions", number)
    assert found is not None and found.kind == "body"
    return found.id


# ------------------------------------------------------------------ people


def test_the_same_name_holding_the_same_post_in_two_articles_is_one_person(pipeline: Pipeline) -> None:
    extractions, identities = linked(pipeline, HA_TINH_SCHOLARSHIP, HA_TINH_REVIEW)
    assert person(identities, extractions, 0, "Nguyễn Văn An") == person(identities, extractions, 1, "Nguyễn Văn An")
    assert identities.counts()["person"] == 1


def test_namesakes_with_two_careers_stay_two_people(pipeline: Pipeline) -> None:
    extractions, identities = linked(pipeline, HA_TINH_SCHOLARSHIP, NGHE_AN_NAMESAKE)
    assert person(identities, extractions, 0, "Nguyễn Văn An") != person(identities, extractions, 1, "Nguyễn Văn An")


def test_posts_in_one_province_are_one_career(pipeline: Pipeline) -> None:
    other_post = "Sáng 2/4, ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Hà Tĩnh, tiếp đoàn công tác của tỉnh Viêng Chăn."
    extractions, identities = linked(pipeline, HA_TINH_SCHOLARSHIP, other_post)
    assert person(identities, extractions, 0, "Nguyễn Văn An") == person(identities, extractions, 1, "Nguyễn Văn An")


def test_a_name_without_a_post_joins_the_one_career_of_that_name(pipeline: Pipeline) -> None:
    bare = "Chiều 20/5, đoàn công tác do ông Nguyễn Văn An dẫn đầu đã thăm tỉnh Hủa Phăn."
    extractions, identities = linked(pipeline, HA_TINH_SCHOLARSHIP, bare)
    assert extractions[1].people[0].positions == ()
    assert person(identities, extractions, 1, "Nguyễn Văn An") == person(identities, extractions, 0, "Nguyễn Văn An")


def test_a_name_without_a_post_among_two_careers_is_marked_ambiguous(pipeline: Pipeline) -> None:
    bare = "Chiều 20/5, đoàn công tác do ông Nguyễn Văn An dẫn đầu đã thăm tỉnh Hủa Phăn."
    extractions, identities = linked(pipeline, HA_TINH_SCHOLARSHIP, NGHE_AN_NAMESAKE, bare)
    found = {person(identities, extractions, n, "Nguyễn Văn An") for n in range(3)}
    assert len(found) == 3
    assert identities.get(person(identities, extractions, 2, "Nguyễn Văn An")).rule == "name only, ambiguous"


def test_an_event_participant_is_the_person_of_its_article(pipeline: Pipeline) -> None:
    extractions, identities = linked(pipeline, HA_TINH_REVIEW)
    (event,) = extractions[0].events
    item = event.participants.index("Nguyễn Văn An")
    participant = identities.of(0, "events", 0, "participant", item)
    assert participant is not None and participant.id == person(identities, extractions, 0, "Nguyễn Văn An")


# ------------------------------------------------------------------ bodies


def test_a_union_is_one_body_per_province_however_written(pipeline: Pipeline) -> None:
    short = "Sáng 3/6, Liên hiệp các tổ chức hữu nghị Hà Tĩnh tổ chức gặp mặt các tổ chức phi chính phủ."
    extractions, identities = linked(pipeline, HA_TINH_SCHOLARSHIP, short)
    first = union(identities, extractions, 0, "Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh")
    assert union(identities, extractions, 1, extractions[1].unions[0].name) == first
    assert identities.get(first).rule == "union by level and province"


def test_lien_hiep_huu_nghi_written_short_is_vufo(pipeline: Pipeline) -> None:
    full = ("Bà Đỗ Thị Hoa, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam, "
            "tiếp đoàn đại biểu Hội hữu nghị Nhật - Việt.")
    short = (
        "Sáng 8/3, Liên hiệp Hữu nghị tổ chức chương trình giao lưu. Tham dự có bà Đỗ Thị Hoa, "
        "Phó Chủ tịch Liên hiệp Hữu nghị."
    )
    extractions, identities = linked(pipeline, full, short)
    # The short form in the second article's position is the central union of the first.
    position = identities.of(1, "people", 0, "position", 0)
    assert position is not None and position.name == "Liên hiệp các tổ chức hữu nghị Việt Nam"
    assert position == identities.of(0, "people", 0, "position", 0)
    assert person(identities, extractions, 0, "Đỗ Thị Hoa") == person(identities, extractions, 1, "Đỗ Thị Hoa")


def test_an_acronym_is_the_body_it_stands_for(pipeline: Pipeline) -> None:
    _, identities = linked(pipeline, "Sáng 5/3, bà Đỗ Thị Hoa, Phó Chủ tịch VUFO, tiếp Đại sứ Cuba.")
    position = identities.of(0, "people", 0, "position", 0)
    assert position is not None and position.name == "Liên hiệp các tổ chức hữu nghị Việt Nam"


def test_a_body_renamed_is_one_body_under_both_names(pipeline: Pipeline) -> None:
    renamed = (
        "Sáng 5/3, Ủy ban Hòa bình Việt Nam (trước đây là Ủy ban Bảo vệ Hòa bình thế giới của Việt Nam) "
        "tổ chức lễ kỷ niệm ngày thành lập."
    )
    old_name = ("Năm 1960, Ủy ban Bảo vệ Hòa bình thế giới của Việt Nam trao 10 triệu đồng "
                "cho Hội Chữ thập đỏ tỉnh Hà Tĩnh.")
    extractions, identities = linked(pipeline, renamed, old_name)
    assert extractions[1].aid_figures[0].donor == "Ủy ban Bảo vệ Hòa bình thế giới của Việt Nam"
    donor = identities.of(1, "aid_figures", 0, "donor")
    assert donor is not None and donor == identities.of(0, "member_organizations", 0)
    assert donor.name == "Ủy ban Hòa bình Việt Nam"


def test_an_association_is_one_body_per_partner_country_and_locality(pipeline: Pipeline) -> None:
    extractions, identities = linked(
        pipeline,
        "Hội Hữu nghị Việt Nam - Lào tổ chức gặp mặt. Hội hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh tổ chức giao lưu.",
        "Sáng 9/2, Hội hữu nghị Việt - Lào tổ chức kỷ niệm ngày thành lập.",
    )
    ids = {m.name: identities.of(a, "member_organizations", n) for a, e in enumerate(extractions)
           for n, m in enumerate(e.member_organizations)}
    assert len(ids) == 3
    assert ids["Hội Hữu nghị Việt Nam - Lào"] == ids["Hội hữu nghị Việt - Lào"]
    assert ids["Hội Hữu nghị Việt Nam - Lào"] != ids["Hội hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh"]


def test_a_body_without_its_place_is_the_one_of_its_articles_province(pipeline: Pipeline) -> None:
    texts = [
        f"Sáng 2/4, Liên hiệp các tổ chức hữu nghị tỉnh {province} họp. Ông {name}, Phó Chủ tịch UBND tỉnh, dự họp."
        for province, name in (("Hà Tĩnh", "Lê Văn Bình"), ("Nghệ An", "Trần Văn Cường"), ("Hà Tĩnh", "Phạm Thị Dung"))
    ]
    _, identities = linked(pipeline, *texts)
    ids = [identities.of(n, "people", 0, "position", 0) for n in range(3)]
    assert ids[0] == ids[2] != ids[1]


def test_a_body_without_its_place_in_an_article_of_no_province_stays_in_its_article(pipeline: Pipeline) -> None:
    text = "Sáng 2/4, ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh, tiếp đoàn khách quốc tế."
    _, identities = linked(pipeline, text, text)
    first, second = (identities.of(n, "people", 0, "position", 0) for n in range(2))
    assert first is not None and second is not None and first != second


# ------------------------------------------------------------------ directives


def test_a_directive_is_one_by_its_symbol_however_written(pipeline: Pipeline) -> None:
    other = "Tỉnh ủy quán triệt Chỉ thị số 12/CT-TW của Ban Bí thư về công tác đối ngoại nhân dân."
    extractions, identities = linked(pipeline, HA_TINH_SCHOLARSHIP, other)
    assert extractions[1].directives[0].symbol != extractions[0].directives[0].symbol
    assert directive(identities, 0) == directive(identities, 1)


def test_a_short_form_in_an_article_without_the_symbol_is_the_directive_of_that_number(pipeline: Pipeline) -> None:
    extractions, identities = linked(pipeline, HA_TINH_SCHOLARSHIP, HA_TINH_REVIEW)
    assert extractions[1].directives[0].symbol is None
    assert directive(identities, 1) == directive(identities, 0)
    assert [link.rule for link in identities.links if link.facet == "directives" and link.article == 1
            and link.role == "self"] == ["short form"]


def test_a_short_form_with_two_documents_of_that_number_stays_its_own(pipeline: Pipeline) -> None:
    government = "Thực hiện Chỉ thị số 12/CT-TTg của Thủ tướng Chính phủ về phòng chống thiên tai, tỉnh đã hành động."
    short = "Các hoạt động được triển khai theo tinh thần Chỉ thị 12 về công tác năm 2025."
    _, identities = linked(pipeline, HA_TINH_SCHOLARSHIP, government, short)
    assert len({directive(identities, n) for n in range(3)}) == 3


# ------------------------------------------------------------------ ids


def test_ids_do_not_depend_on_the_order_of_the_articles(pipeline: Pipeline) -> None:
    extractions = extracted(pipeline, HA_TINH_SCHOLARSHIP, HA_TINH_REVIEW, NGHE_AN_NAMESAKE)
    forward = link_identities(extractions, pipeline.gazetteer)
    backward = link_identities(extractions[::-1], pipeline.gazetteer)
    assert forward.identities == backward.identities


def test_an_unrelated_article_added_later_keeps_the_ids(pipeline: Pipeline) -> None:
    extractions = extracted(pipeline, HA_TINH_SCHOLARSHIP, HA_TINH_REVIEW, NGHE_AN_NAMESAKE)
    before = link_identities(extractions[:2], pipeline.gazetteer)
    after = link_identities(extractions, pipeline.gazetteer)
    assert {i.id for i in before.identities} <= {i.id for i in after.identities}


def test_every_fact_is_linked(pipeline: Pipeline) -> None:
    extractions, identities = linked(pipeline, HA_TINH_SCHOLARSHIP, HA_TINH_REVIEW, NGHE_AN_NAMESAKE)
    for article, extraction in enumerate(extractions):
        for facet in ("people", "unions", "member_organizations", "directives"):
            for number in range(len(getattr(extraction, facet))):
                assert identities.of(article, facet, number) is not None, (article, facet, number)


@pytest.mark.parametrize(("name", "expected"), [("Nguyễn Văn An", "nguyen-van-an"), ("Đỗ Thị Hoa", "do-thi-hoa"),
                                                ("12-CT/TW", "12-ct-tw"), ("", "")])
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_a_group_or_a_place_that_receives_aid_is_no_body_identity(pipeline: Pipeline) -> None:
    text = "Quỹ Hòa Bình tài trợ 5 triệu đồng cho học sinh nghèo; các tổ chức phi chính phủ ủng hộ tỉnh Nghệ An."
    figures = [
        AidFigure(Decimal(5_000_000), "VND", donor="Quỹ Hòa Bình", recipient="học sinh nghèo"),
        AidFigure(Decimal(1), "VND", donor="các tổ chức phi chính phủ", recipient="tỉnh Nghệ An"),
    ]
    identities = link_identities([Extraction(text, aid_figures=figures)], pipeline.gazetteer)
    assert [i.name for i in identities.identities if i.kind == "body"] == ["Quỹ Hòa Bình"]
