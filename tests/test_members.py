"""Tests of the member organisations extractor: associations, committees, overseas Vietnamese, where names end."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support import CORPUS_PAGES, body_article, needs_corpus
from vnfriendship import Pipeline
from vnfriendship._model import MemberOrganization
from vnfriendship.extractors import members as members_extractor
from vnfriendship.extractors.members import find_members


def members(pipeline: Pipeline, text: str, outlet: str | None = None) -> list[MemberOrganization]:
    """The member organisations of ``text`` read as one article body, by the extractor alone."""
    article = body_article(text, pipeline.gazetteer, outlet=outlet)
    found = list(find_members(article))
    assert all(m.quotes(text) for member in found for m in member.mentions)
    return found


Summary = tuple[str, str, tuple[str, ...], "str | None"]


def summary(member: MemberOrganization) -> Summary:
    return member.name, member.kind, member.countries, member.locality


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hội hữu nghị Việt Nam - Mông Cổ tổ chức lễ kỷ niệm 70 năm quan hệ ngoại giao.",
            ("Hội hữu nghị Việt Nam - Mông Cổ", "friendship_association", ("MN",), None),
        ),
        (
            "Sáng 9/5, Hội Hữu nghị Việt Nam – Nhật Bản tỉnh Bình Định tổ chức đại hội lần thứ III.",
            ("Hội Hữu nghị Việt Nam – Nhật Bản tỉnh Bình Định", "friendship_association", ("JP",), "Bình Định"),
        ),
        (
            "Hội hữu nghị Việt - Đức thành phố Cần Thơ trao 30 suất học bổng.",
            ("Hội hữu nghị Việt - Đức thành phố Cần Thơ", "friendship_association", ("DE",), "Cần Thơ"),
        ),
        (
            "Ông Trần Minh Khoa, Chủ tịch Hội hữu nghị Việt Nam - Ba Lan, cho biết hội sẽ mở lớp tiếng Ba Lan.",
            ("Hội hữu nghị Việt Nam - Ba Lan", "friendship_association", ("PL",), None),
        ),
        (
            "Chủ tịch Hội hữu nghị Việt Nam - Ba Lan Trần Minh Khoa phát biểu khai mạc.",
            ("Hội hữu nghị Việt Nam - Ba Lan", "friendship_association", ("PL",), None),
        ),
        (
            "Hội Hữu nghị Việt-Xô TP.HCM họp mặt các cựu lưu học sinh.",
            ("Hội Hữu nghị Việt-Xô TP.HCM", "friendship_association", ("RU",), "Hồ Chí Minh"),
        ),
        (
            "Đoàn Hội hữu nghị Việt Nam - Hàn Quốc Đà Nẵng thăm trường.",
            ("Hội hữu nghị Việt Nam - Hàn Quốc Đà Nẵng", "friendship_association", ("KR",), "Đà Nẵng"),
        ),
        (
            "Lãnh đạo Hội hữu nghị Việt Nam - Hàn Quốc trung ương dự lễ ra mắt.",
            ("Hội hữu nghị Việt Nam - Hàn Quốc trung ương", "friendship_association", ("KR",), None),
        ),
        (
            "Hội hữu nghị Việt - Nhật tại TP.HCM tổ chức lễ hội hoa anh đào.",
            ("Hội hữu nghị Việt - Nhật tại TP.HCM", "friendship_association", ("JP",), "Hồ Chí Minh"),
        ),
        (
            "Hội Hữu nghị Việt Nam - Lào - Campuchia tỉnh Kon Tum tổng kết hoạt động.",
            ("Hội Hữu nghị Việt Nam - Lào - Campuchia tỉnh Kon Tum", "friendship_association", ("LA", "KH"), "Kon Tum"),
        ),
        (
            "Ông Vũ Thanh, Chủ tịch Hội hữu nghị Việt Nam - Mỹ Latinh, dự lễ.",
            ("Hội hữu nghị Việt Nam - Mỹ Latinh", "friendship_association", (), None),
        ),
        (
            "Hội Việt - Mỹ tổ chức giao lưu thanh niên hai nước.",
            ("Hội Việt - Mỹ", "friendship_association", ("US",), None),
        ),
        (
            "Hội Liên lạc với người Việt Nam ở nước ngoài tổ chức chương trình Xuân Quê hương.",
            ("Hội Liên lạc với người Việt Nam ở nước ngoài", "overseas_vietnamese_association", (), None),
        ),
        (
            "Uỷ ban Hoà bình Việt Nam phối hợp tổ chức mít tinh.",
            ("Uỷ ban Hoà bình Việt Nam", "committee", (), None),
        ),
        (
            "Ủy ban Đoàn kết Việt Nam - Cu Ba trao tặng kỷ niệm chương.",
            ("Ủy ban Đoàn kết Việt Nam - Cu Ba", "committee", ("CU",), None),
        ),
        (
            "Ủy ban Đoàn kết và Hợp tác Á - Phi - Mỹ Latinh Việt Nam gửi thư chúc mừng.",
            ("Ủy ban Đoàn kết và Hợp tác Á - Phi - Mỹ Latinh Việt Nam", "committee", (), None),
        ),
        (
            "Ủy ban Đoàn kết Việt Nam – Cuba tỉnh Quảng Trị trao quà cho gia đình chính sách.",
            ("Ủy ban Đoàn kết Việt Nam – Cuba tỉnh Quảng Trị", "committee", ("CU",), "Quảng Trị"),
        ),
        (
            "Ủy ban Hòa bình thành phố Hải Phòng tổ chức mít tinh hưởng ứng Ngày Quốc tế Hòa bình.",
            ("Ủy ban Hòa bình thành phố Hải Phòng", "committee", (), "Hải Phòng"),
        ),
        (
            "Hội hữu nghị VN - Lào tỉnh Sơn La trao 20 suất quà cho lưu học sinh Lào.",
            ("Hội hữu nghị VN - Lào tỉnh Sơn La", "friendship_association", ("LA",), "Sơn La"),
        ),
        (
            "Hội Hữu nghị Việt Nam - Vương quốc Anh và Bắc Ai-len tổ chức giao lưu văn hóa.",
            ("Hội Hữu nghị Việt Nam - Vương quốc Anh và Bắc Ai-len", "friendship_association", ("GB",), None),
        ),
        (
            "Hội Hữu nghị và Hợp tác Việt Nam - Hàn Quốc tỉnh Hưng Yên ra mắt Ban Chấp hành.",
            ("Hội Hữu nghị và Hợp tác Việt Nam - Hàn Quốc tỉnh Hưng Yên", "friendship_association", ("KR",),
             "Hưng Yên"),
        ),
        (
            "Phó Chủ tịch Ủy ban Hòa bình và Đoàn kết Việt Nam phát biểu.",
            ("Ủy ban Hòa bình và Đoàn kết Việt Nam", "committee", (), None),
        ),
    ],
)
def test_a_member_is_named_up_to_its_partner_and_place(pipeline: Pipeline, text: str, expected: Summary) -> None:
    assert [summary(m) for m in members(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Hội hữu nghị Thái Lan - Việt Nam trao học bổng cho sinh viên.",
        "Chi hội Hữu nghị Việt - Nga huyện Yên Thành có thêm 40 hội viên.",
        "Hiệp hội Doanh nghiệp Việt Nam - Hàn Quốc tổ chức hội chợ.",
        "Ủy ban Hòa bình Nhật Bản cử đoàn sang thăm.",
        "Ủy ban Hòa bình và Đoàn kết Nepal cử đại diện dự hội nghị.",
        "Đại diện Ủy ban Hòa bình và Đoàn kết toàn Ấn Độ (AIPSO) phát biểu.",
        "Hội đồng Hòa bình thế giới họp tại Hà Nội.",
        "Bệnh viện hữu nghị Việt Nam - Cuba tiếp nhận trang thiết bị.",
        "Đại hội Việt Nam - Lào được tổ chức trọng thể.",
        "Các đại biểu thăm Khu di tích, nơi ghi dấu tình hữu nghị Việt Nam - Lào.",
        "Ủy ban Đoàn kết Công giáo tỉnh tổ chức hội nghị.",
        "Liên hiệp có 60 hội hữu nghị, ủy ban hòa bình, đoàn kết ở Trung ương là thành viên.",
        "Hội Hữu nghị Việt Nam - Campuchia các cấp cần chủ động phối hợp với các sở, ngành.",
        "Hội Hữu nghị Việt Nam - Lào các tỉnh biên giới ký kết chương trình phối hợp.",
    ],
)
def test_foreign_bodies_branches_and_other_bodies_are_no_members(pipeline: Pipeline, text: str) -> None:
    assert members(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        (
            "Hội Hữu nghị Việt - Lào huyện Tương Dương trao 15 suất quà cho học sinh Lào.",
            "Báo Nghệ An",
            ("Hội Hữu nghị Việt - Lào huyện Tương Dương", "friendship_association", ("LA",), "Nghệ An"),
        ),
        (
            "Hội Hữu nghị Việt Nam - Nhật Bản thị xã Sơn Tây tổ chức lễ hội hoa anh đào.",
            None,
            ("Hội Hữu nghị Việt Nam - Nhật Bản thị xã Sơn Tây", "friendship_association", ("JP",), None),
        ),
    ],
)
def test_a_chapter_of_a_district_or_town_is_named_with_it_and_is_no_national_association(
    pipeline: Pipeline, text: str, outlet: str | None, expected: Summary
) -> None:
    assert [summary(m) for m in members(pipeline, text, outlet)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đại diện Hội hữu nghị Việt Nam – Ixraen phát biểu.",
            ("Hội hữu nghị Việt Nam – Ixraen", "friendship_association", ("IL",), None),
        ),
        (
            "Hội Hữu nghị Việt Nam - Vênêxuêla tỉnh Bến Tre trao quà.",
            ("Hội Hữu nghị Việt Nam - Vênêxuêla tỉnh Bến Tre", "friendship_association", ("VE",), "Bến Tre"),
        ),
        (
            "Hội Hữu nghị Việt Nam - Các nước Đông Âu tổ chức gặp mặt.",
            ("Hội Hữu nghị Việt Nam - Các nước Đông Âu", "friendship_association", (), None),
        ),
    ],
)
def test_a_partner_spelled_the_older_way_or_as_many_countries_of_a_region(
    pipeline: Pipeline, text: str, expected: Summary
) -> None:
    assert [summary(m) for m in members(pipeline, text)] == [expected]


def test_a_district_chapter_and_the_national_association_are_two_members(pipeline: Pipeline) -> None:
    text = "Hội Hữu nghị Việt Nam - Lào và Hội Hữu nghị Việt Nam - Lào quận Ba Đình cùng dự lễ."
    assert [m.name for m in members(pipeline, text)] == [
        "Hội Hữu nghị Việt Nam - Lào",
        "Hội Hữu nghị Việt Nam - Lào quận Ba Đình",
    ]


def test_a_national_association_beside_a_local_chapter_is_another_member(pipeline: Pipeline) -> None:
    text = (
        "Hội hữu nghị Việt Nam - Lào tỉnh Sơn La tổ chức đại hội nhiệm kỳ 2024 - 2029. "
        "Phó Chủ tịch Trung ương Hội hữu nghị Việt Nam - Lào dự và phát biểu. "
        "Ông Lò Văn Phong, Phó Chủ tịch Hội hữu nghị Việt Nam - Lào, trao bằng khen."
    )
    found = members(pipeline, text)
    assert [(m.name, m.locality, len(m.mentions)) for m in found] == [
        ("Hội hữu nghị Việt Nam - Lào tỉnh Sơn La", "Sơn La", 1),
        ("Hội hữu nghị Việt Nam - Lào", None, 2),
    ]


def test_coordinated_associations_share_the_place_written_after_the_last(pipeline: Pipeline) -> None:
    text = "Hội hữu nghị Việt Nam - Lào, Việt Nam - Campuchia tỉnh Bình Phước tổ chức gặp mặt."
    found = members(pipeline, text)
    assert [summary(m) for m in found] == [
        ("Hội hữu nghị Việt Nam - Lào tỉnh Bình Phước", "friendship_association", ("LA",), "Bình Phước"),
        ("Hội hữu nghị Việt Nam - Campuchia tỉnh Bình Phước", "friendship_association", ("KH",), "Bình Phước"),
    ]
    first, second = (m.mentions[0].text for m in found)
    assert (first, second) == ("Hội hữu nghị Việt Nam - Lào", "Việt Nam - Campuchia tỉnh Bình Phước")


def test_an_acronym_in_brackets_is_the_members_but_a_place_is_not(pipeline: Pipeline) -> None:
    [named] = members(pipeline, "Hội Hữu nghị Việt Nam - Nhật Bản (VJFA) tổ chức lễ hội.")
    [placed] = members(pipeline, "Hội hữu nghị Việt Nam - Ấn Độ Thành phố Hồ Chí Minh (TPHCM) gặp gỡ đoàn.")
    assert (named.acronym, placed.acronym, placed.locality) == ("VJFA", None, "Hồ Chí Minh")


def test_a_provincial_chapter_written_tinh_hoi_is_of_the_page(pipeline: Pipeline) -> None:
    [member] = members(pipeline, "Tỉnh hội Hữu nghị Việt - Lào tổ chức gặp mặt.", outlet="Báo Quảng Bình")
    assert (member.name, member.locality) == ("Tỉnh hội Hữu nghị Việt - Lào", "Quảng Bình")


def test_local_chapters_come_before_national_associations(pipeline: Pipeline) -> None:
    text = "Hội hữu nghị Việt Nam - Campuchia cử đoàn dự đại hội Hội hữu nghị Việt Nam - Campuchia tỉnh Đồng Tháp."
    assert [m.locality for m in members(pipeline, text)] == ["Đồng Tháp", None]


def test_a_bare_short_form_beside_its_local_chapter_is_that_chapter(pipeline: Pipeline) -> None:
    text = (
        "Tại trụ sở Hội Hữu nghị Việt - Nhật, các hội viên gặp mặt đầu xuân. "
        "Hiện Hội Hữu nghị Việt - Nhật Phú Thọ có 420 hội viên."
    )
    [member] = members(pipeline, text)
    assert (member.name, member.locality, len(member.mentions)) == ("Hội Hữu nghị Việt - Nhật", "Phú Thọ", 2)


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        ("Hội Hữu nghị Việt - Trung tỉnh tổng kết công tác năm 2023.", "Báo Hà Giang", "Hà Giang"),
        (
            "Kiều bào Đà Nẵng gắn bó với quê hương qua vai trò cầu nối của Hội Liên lạc Việt kiều thành phố.",
            None,
            "Đà Nẵng",
        ),
    ],
)
def test_a_member_written_with_a_bare_province_word_is_of_the_page(
    pipeline: Pipeline, text: str, outlet: str | None, expected: str
) -> None:
    [member] = members(pipeline, text, outlet)
    assert member.locality == expected


def test_tone_variants_of_a_committee_are_one_member_named_at_its_first_full_mention(pipeline: Pipeline) -> None:
    text = "Ủy ban Hòa bình tổ chức tọa đàm. Đại diện Uỷ ban Hoà bình Việt Nam và Ủy ban Hòa bình Việt Nam cùng dự."
    [member] = members(pipeline, text)
    assert (member.name, len(member.mentions)) == ("Uỷ ban Hoà bình Việt Nam", 3)


def test_a_body_said_to_be_a_union_member_is_a_member_with_all_its_mentions(pipeline: Pipeline) -> None:
    text = (
        "Quỹ Bảo trợ Hòa bình Việt Nam tổ chức đại hội lần thứ hai. "
        "Là tổ chức thành viên của Liên hiệp các tổ chức hữu nghị Việt Nam, Quỹ Bảo trợ Hòa bình Việt Nam "
        "đã vận động nhiều nguồn lực."
    )
    [member] = members(pipeline, text)
    assert (member.name, member.kind, len(member.mentions)) == ("Quỹ Bảo trợ Hòa bình Việt Nam", "other", 2)


def test_members_come_out_of_the_pipeline(pipeline: Pipeline) -> None:
    extraction = pipeline.extract("Hội hữu nghị Việt Nam - Ai Cập tổ chức gặp mặt nhân ngày Quốc khánh Ai Cập.")
    assert [m.countries for m in extraction.member_organizations] == [("EG",)]
    assert not [e for e in extraction.errors if e.plugin == "members"]


PIECES = [
    "Hội", "hữu nghị", "Việt Nam", "Việt", "-", "–", "Lào", "Cu Ba", "Trung", "Mỹ Latinh", "tỉnh", "thành phố",
    "TP.", "Hà Nam", "Thái Bình", "trung ương", "Trung ương", "Chi", "Liên lạc", "Việt kiều", "Ủy ban", "Hòa bình",
    "Đoàn kết", "và", "thành viên của Liên hiệp", ",", ".", "\n", "Quỹ",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join))
def test_any_arrangement_of_member_words_gives_members_without_raising(pipeline: Pipeline, text: str) -> None:
    members(pipeline, text)


@needs_corpus
def test_real_pages_give_members_that_quote_them(pipeline: Pipeline) -> None:
    for page in CORPUS_PAGES:
        extraction = pipeline.extract_file(page)
        assert not [e for e in extraction.errors if e.plugin == "members"], page
        assert all(m.quotes(extraction.text) for o in extraction.member_organizations for m in o.mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Lê Văn Tâm, Chủ tịch Hội Hữu nghị Việt Nam - Lào, tỉnh Quảng Trị, phát biểu chào mừng.",
         [("Hội Hữu nghị Việt Nam - Lào, tỉnh Quảng Trị", ("LA",), "Quảng Trị")]),
        ("Hội Hữu nghị Việt Nam - Lào, Sở Ngoại vụ tỉnh Quảng Trị cùng dự buổi gặp mặt.",
         [("Hội Hữu nghị Việt Nam - Lào", ("LA",), None)]),
    ],
)  # fmt: skip
def test_a_comma_may_stand_between_an_association_and_its_province(
    pipeline: Pipeline, text: str, expected: list[tuple[str, tuple[str, ...], str | None]]
) -> None:
    assert [(m.name, m.countries, m.locality) for m in members(pipeline, text)] == expected


def test_the_associations_a_provincial_union_lists_as_its_members_are_chapters_of_its_province(
    pipeline: Pipeline,
) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị tỉnh Hưng Yên hiện có 3 hội thành viên là Hội hữu nghị Việt Nam - Lào, "
        "Việt Nam - Nhật Bản và Việt Nam - Liên bang Đức."
    )
    assert [(m.countries, m.locality) for m in members(pipeline, text)] == [
        (("LA",), "Hưng Yên"), (("JP",), "Hưng Yên"), (("DE",), "Hưng Yên"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Liên hiệp các tổ chức hữu nghị tỉnh Hưng Yên phối hợp với Hội hữu nghị Việt Nam - Lào tổ chức giao lưu.",
        "Các hội thành viên là Hội hữu nghị Việt Nam - Lào và Hội hữu nghị Việt Nam - Nhật Bản.",
    ],
)
def test_an_association_beside_a_union_but_not_listed_as_its_member_keeps_no_place(
    pipeline: Pipeline, text: str
) -> None:
    assert {m.locality for m in members(pipeline, text)} == {None}


def test_the_form_of_a_state_before_a_partner_is_part_of_the_partner(pipeline: Pipeline) -> None:
    [member] = members(pipeline, "Hội hữu nghị Việt Nam - Vương quốc Bỉ tổ chức gặp mặt.")
    assert (member.name, member.countries) == ("Hội hữu nghị Việt Nam - Vương quốc Bỉ", ("BE",))


# ---------------------------------------------------------------- provenance


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Hội hữu nghị Việt Nam - Ba Lan tỉnh Hải Dương gặp mặt hội viên.", members_extractor.ASSOCIATION),
        ("Hội Liên lạc với người Việt Nam ở nước ngoài tổ chức gặp mặt.", members_extractor.OVERSEAS),
        ("Ủy ban Hòa bình Việt Nam tổ chức mít tinh.", members_extractor.PEACE_COMMITTEE),
        ("Ủy ban Đoàn kết Việt Nam - Cuba trao quà.", members_extractor.SOLIDARITY_COMMITTEE),
        (
            "Quỹ Bảo trợ Giáo dục Việt Nam là tổ chức thành viên của Liên hiệp các tổ chức hữu nghị Việt Nam.",
            members_extractor.MEMBER_OF_UNION,
        ),
    ],
)
def test_each_member_names_the_rule_that_found_it(pipeline: Pipeline, text: str, rule: str) -> None:
    [member] = members(pipeline, text)
    assert [(source.plugin, source.rule) for source in member.sources] == [("", rule)]


def test_associations_named_together_name_their_rule_and_a_later_mention_its_own(pipeline: Pipeline) -> None:
    text = (
        "Hội hữu nghị Việt Nam - Lào, Việt Nam - Campuchia tỉnh Kon Tum họp. "
        "Hội hữu nghị Việt Nam - Lào tỉnh Kon Tum trao quà."
    )
    found = {member.countries: member for member in members(pipeline, text)}
    assert [s.rule for s in found[("LA",)].sources] == [
        members_extractor.ASSOCIATIONS_TOGETHER, members_extractor.ASSOCIATION
    ]
    assert [s.rule for s in found[("KH",)].sources] == [members_extractor.ASSOCIATIONS_TOGETHER]
