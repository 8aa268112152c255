"""Tests of the unions extractor: central and provincial unions, lists, clusters, membership, short forms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support import CORPUS_PAGES, body_article, needs_corpus
from vnfriendship import Pipeline
from vnfriendship._model import Membership, Union
from vnfriendship._places import Places, province_at
from vnfriendship.extractors import unions as unions_extractor
from vnfriendship.extractors.unions import find_unions


def unions(pipeline: Pipeline, text: str, outlet: str | None = None) -> list[Union]:
    """The unions of ``text`` read as one article body, by the extractor alone."""
    article = body_article(text, pipeline.gazetteer, outlet=outlet)
    found = list(find_unions(article))
    assert all(m.quotes(text) for union in found for m in union.mentions)
    return found


def places(found: list[Union]) -> list[tuple[str, str | None]]:
    return [(union.level, union.province) for union in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 12/3, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức hội nghị tổng kết công tác năm.",
            [("central", None)],
        ),
        (
            "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ngãi vừa tổ chức Hội nghị Ban Chấp hành lần thứ 5.",
            [("provincial", "Quảng Ngãi")],
        ),
        (
            "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam tỉnh Sơn La phát biểu khai mạc.",
            [("provincial", "Sơn La")],
        ),
        ("Theo lãnh đạo Liên hiệp các tổ chức hữu nghị Lâm Đồng, năm qua có 9 đoàn.", [("provincial", "Lâm Đồng")]),
        ("Đại diện Liên hiệp các tổ chức hữu nghị TP.HCM cùng tham dự buổi gặp mặt.", [("provincial", "Hồ Chí Minh")]),
        ("Ông Lê Hữu Phước, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị TP Cần Thơ nói.", [("provincial", "Cần Thơ")]),
        ("Liên hiệp Hữu nghị tỉnh Kon Tum đã đón tiếp 12 đoàn khách quốc tế.", [("provincial", "Kon Tum")]),
        ("Đại diện Liên hiệp các TCHN tỉnh BR-VT dự hội nghị sơ kết.", [("provincial", "Bà Rịa - Vũng Tàu")]),
        ("Chủ tịch Liên hiệp Hữu nghị Đặng Thu Hà phát biểu tại lễ kỷ niệm.", [("central", None)]),
    ],
)
def test_a_union_is_central_or_provincial_with_its_province(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert places(unions(pipeline, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đặc biệt, Liên hiệp các tổ chức hữu nghị tỉnh, thành phố cần quan tâm bố trí cán bộ trẻ.",
        "Ông đề nghị Liên hiệp các tổ chức hữu nghị của tỉnh, thành phố chủ động đổi mới hoạt động.",
        "Liên hiệp các tổ chức hữu nghị các địa phương cần đa dạng hóa nguồn viện trợ.",
        "Liên hiệp các tổ chức hữu nghị các cấp cần đổi mới phương thức hoạt động.",
        "Kiện toàn Liên hiệp các tổ chức hữu nghị từ Trung ương đến cơ sở là yêu cầu cấp thiết.",
        "Hội nghị bàn về mô hình tổ chức của các Liên hiệp hữu nghị địa phương.",
        "Đại diện liên hiệp các tỉnh, thành phố trong cụm cùng dự.",
        "Hội Liên hiệp Phụ nữ tỉnh phối hợp tổ chức chương trình.",
        "Liên hiệp châu Âu và Việt Nam ký kết hiệp định mới.",
        "Liên hiệp Hợp tác xã tỉnh tiếp nhận dự án hỗ trợ nông dân.",
        "Toàn cảnh đại hội (Ảnh: VUFO)",
        "Các hội triển khai Kế hoạch số 12/KH-LHHN ngày 2/3/2024 về công tác thi đua, khen thưởng.",
    ],
)
def test_a_generic_phrase_or_another_body_is_no_union(pipeline: Pipeline, text: str) -> None:
    assert unions(pipeline, text) == []


def test_the_central_union_gathers_its_short_forms_and_acronym(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) đã ký thỏa thuận hợp tác với đối tác Lào. "
        "Theo đó, VUFO sẽ hỗ trợ đào tạo cán bộ. Liên hiệp Hữu nghị cũng cam kết trao học bổng. "
        "Phó Chủ tịch Liên hiệp, ông Phạm Văn Tâm, làm trưởng đoàn."
    )
    [union] = unions(pipeline, text)
    assert (union.level, union.name, union.acronym) == ("central", "Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO")
    assert [m.text for m in union.mentions] == [
        "Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO", "Liên hiệp Hữu nghị", "Liên hiệp",
    ]  # fmt: skip


def test_a_provincial_union_takes_its_acronym_and_known_acronyms_name_unions(pipeline: Pipeline) -> None:
    text = "HAUFO tổ chức tập huấn. Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng (DAUFO) cùng dự; DAUFO góp ý."
    found = unions(pipeline, text)
    assert [(u.province, u.acronym, len(u.mentions)) for u in found] == [
        ("Hà Nội", "HAUFO", 1),
        ("Đà Nẵng", "DAUFO", 2),
    ]


def test_an_acronym_of_any_shape_introduced_in_brackets_names_the_union_later(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị thành phố Cần Thơ (CAFO) ra mắt Ban Chấp hành mới. "
        "Hiện CAFO có 15 tổ chức thành viên. Liên hiệp các tổ chức hữu nghị (LHHN) tỉnh Hậu Giang dự; LHHN nhất trí."
    )
    found = unions(pipeline, text)
    assert [(u.province, u.acronym, [m.text for m in u.mentions]) for u in found] == [
        ("Cần Thơ", "CAFO", ["Liên hiệp các tổ chức hữu nghị thành phố Cần Thơ", "CAFO"]),
        ("Hậu Giang", None, ["Liên hiệp các tổ chức hữu nghị (LHHN) tỉnh Hậu Giang", "LHHN"]),
    ]
    assert found[0].membership == Membership(total=15)


def test_the_name_is_the_first_full_form_and_a_short_form_alone_gets_the_canonical_name(pipeline: Pipeline) -> None:
    text = "VUFO tổ chức gặp mặt. Liên hiệp các Tổ chức hữu nghị Việt Nam trao bằng khen cho 20 tập thể."
    [union] = unions(pipeline, text)
    assert union.name == "Liên hiệp các Tổ chức hữu nghị Việt Nam"
    [alone] = unions(pipeline, "Liên hiệp Hữu nghị trao quà cho học sinh nghèo.")
    assert alone.name == "Liên hiệp các tổ chức hữu nghị Việt Nam"


def test_a_list_of_provinces_is_one_union_each_with_the_cluster(pipeline: Pipeline) -> None:
    text = (
        "Cụm thi đua số 3 gồm Liên hiệp các tổ chức hữu nghị các tỉnh: Bến Tre, Trà Vinh, Vĩnh Long và Sóc Trăng. "
        "Tham dự có đại diện Liên hiệp các tổ chức hữu nghị Việt Nam."
    )
    found = unions(pipeline, text)
    assert [(u.level, u.province, u.cluster) for u in found] == [
        ("provincial", "Bến Tre", 3),
        ("provincial", "Trà Vinh", 3),
        ("provincial", "Vĩnh Long", 3),
        ("provincial", "Sóc Trăng", 3),
        ("central", None, None),
    ]
    assert found[0].name == "Liên hiệp các tổ chức hữu nghị tỉnh Bến Tre"


def test_the_list_after_a_comma_and_gom_is_the_cluster_s(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị tỉnh Bến Tre được tặng Cờ thi đua dẫn đầu Cụm thi đua số 3, gồm Liên hiệp các "
        "tổ chức hữu nghị các tỉnh: Bến Tre, Trà Vinh và Sóc Trăng."
    )
    assert [(u.province, u.cluster) for u in unions(pipeline, text)] == [
        ("Bến Tre", 3), ("Trà Vinh", 3), ("Sóc Trăng", 3),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liên hiệp các tổ chức hữu nghị các tỉnh Lào Cai, Yên Bái và Hà Giang.", ["Lào Cai", "Yên Bái", "Hà Giang"]),
        ("Liên hiệp các tổ chức hữu nghị hai tỉnh Quảng Trị và Savannakhet ký biên bản ghi nhớ.", ["Quảng Trị"]),
    ],
)
def test_a_list_without_a_colon_or_with_a_count_is_one_union_per_province_of_ours(
    pipeline: Pipeline, text: str, expected: list[str]
) -> None:
    assert [u.province for u in unions(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 4 gồm các Liên hiệp hữu nghị: Phú Yên, Bình Định, Gia Lai và Kon Tum.",
            [("Phú Yên", 4), ("Bình Định", 4), ("Gia Lai", 4), ("Kon Tum", 4)],
        ),
        (
            "Cụm thi đua số 3 (gồm Liên hiệp các tổ chức hữu nghị các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh) họp.",
            [("Thanh Hóa", 3), ("Nghệ An", 3), ("Hà Tĩnh", 3)],
        ),
        (
            "Dự hội nghị có lãnh đạo Liên hiệp các tổ chức hữu nghị các tỉnh, thành phố thuộc Cụm thi đua số 5: "
            "Đắk Lắk, Đắk Nông, Lâm Đồng cùng đại diện các sở, ngành.",
            [("Đắk Lắk", 5), ("Đắk Nông", 5), ("Lâm Đồng", 5)],
        ),
        (
            "Đại diện các Liên hiệp các tổ chức hữu nghị tỉnh Hưng Yên, Hải Dương cùng dự.",
            [("Hưng Yên", None), ("Hải Dương", None)],
        ),
        ("Các Liên hiệp hữu nghị địa phương như Bắc Ninh đã chủ động vận động viện trợ.", []),
        (
            "Các Liên hiệp hữu nghị các tỉnh gồm Lào Cai, Yên Bái và Hà Giang ký giao ước thi đua.",
            [("Lào Cai", None), ("Yên Bái", None), ("Hà Giang", None)],
        ),
    ],
)
def test_a_plural_name_that_lists_provinces_is_one_union_each(
    pipeline: Pipeline, text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert [(u.province, u.cluster) for u in unions(pipeline, text)] == expected


def test_a_list_of_provinces_and_cities_keeps_the_ambiguous_names(pipeline: Pipeline) -> None:
    text = "Liên hiệp các tổ chức hữu nghị các tỉnh, thành phố: Hải Phòng, Thái Bình, Hòa Bình, Hà Nam."
    assert [u.province for u in unions(pipeline, text)] == ["Hải Phòng", "Thái Bình", "Hòa Bình", "Hà Nam"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên, Cụm trưởng Cụm thi đua số 4, đăng cai hội nghị.", 4),
        ("Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh Nguyễn Hồng Lam, Cụm phó Cụm thi đua số 2 nói.", 2),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai - Trưởng Cụm thi đua số 5 chủ trì hội nghị.", 5),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh đề nghị Cụm thi đua số 2 đổi mới cách làm.", None),
        ("Năm nay Liên hiệp các tổ chức hữu nghị tỉnh Kon Tum được giao làm Cụm trưởng Cụm thi đua số 5.", 5),
        ("Hội nghị suy tôn Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai làm Cụm trưởng Cụm thi đua số 1.", 1),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Long An tiếp tục giữ vai trò Cụm phó Cụm thi đua số 6.", 6),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Sóc Trăng được công nhận là thành viên Cụm thi đua số 7.", 7),
        ("Cụm thi đua số 4 năm 2024 do Liên hiệp các tổ chức hữu nghị tỉnh Bình Định làm Cụm trưởng.", 4),
        ("Cụm trưởng Cụm thi đua số 2 là Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa.", 2),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Ninh Bình với vai trò Trưởng Cụm thi đua số 2 chủ trì hội nghị.", 2),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Tây Ninh trong vai trò Cụm phó Cụm thi đua số 7 phát biểu.", 7),
        ("Cụm thi đua số 2: Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam đăng cai hội nghị tổng kết.", None),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam làm Cụm trưởng Cụm thi đua số 2 (gồm 5 tỉnh) năm nay.", 2),
        ("Cụm thi đua số 2 đến thăm Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa.", None),
        # the role opening the sentence, its subject after the comma
        ("Với vai trò Cụm trưởng Cụm thi đua số 3 năm 2025, Liên hiệp các tổ chức hữu nghị tỉnh Điện Biên đã họp.", 3),
        ("Thăm Cụm thi đua số 3, Liên hiệp các tổ chức hữu nghị tỉnh Điện Biên tặng quà.", None),
        # the award to a cluster's leader, received
        ("Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau được tặng Cờ thi đua đơn vị dẫn đầu Cụm thi đua số 8.", 8),
    ],
)
def test_a_union_said_to_lead_a_cluster_takes_its_number(pipeline: Pipeline, text: str, expected: int | None) -> None:
    [union] = unions(pipeline, text)
    assert union.cluster == expected


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau có 11 hội thành viên. Liên hiệp các tổ chức hữu nghị Việt Nam "
            "đã giao Liên hiệp chúng tôi làm Cụm trưởng Cụm thi đua số 8.",
            "Báo Cà Mau",
        ),
        (
            "Ông Tô Minh Khang, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau, cho biết Liên hiệp có 11 hội "
            "thành viên. Năm nay, Liên hiệp các tổ chức hữu nghị Việt Nam chọn Liên hiệp của mình làm Cụm trưởng "
            "Cụm thi đua số 8.",
            None,
        ),
    ],
)
def test_our_union_in_a_speakers_words_is_the_union_of_the_page(
    pipeline: Pipeline, text: str, outlet: str | None
) -> None:
    found = unions(pipeline, text, outlet=outlet)
    assert [(u.level, u.province, u.cluster) for u in found] == [
        ("provincial", "Cà Mau", 8), ("central", None, None),
    ]


def test_the_union_of_the_capital_is_hanoi_and_a_counterpart_abroad_is_none(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị Thủ đô đón đoàn Liên hiệp các tổ chức hữu nghị Lào và đại diện "
        "Liên hiệp hữu nghị Thủ đô Viêng Chăn. Liên hiệp các tổ chức hữu nghị Thủ đô Hà Nội tặng quà."
    )
    found = unions(pipeline, text)
    assert [(u.province, u.name, [m.text for m in u.mentions]) for u in found] == [
        (
            "Hà Nội",
            "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội",
            ["Liên hiệp các tổ chức hữu nghị Thủ đô", "Liên hiệp các tổ chức hữu nghị Thủ đô Hà Nội"],
        ),
    ]


def test_two_unions_merged_are_no_mention_of_one(pipeline: Pipeline) -> None:
    text = "Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang ra mắt. Việc hợp nhất hai Liên hiệp diễn ra thuận lợi."
    [union] = unions(pipeline, text)
    assert [m.text for m in union.mentions] == ["Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang"]


def test_the_union_that_hands_over_a_clusters_award_is_not_in_the_cluster(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau trao Cờ thi đua dẫn đầu Cụm thi đua số 8 cho Liên hiệp các tổ "
        "chức hữu nghị tỉnh Bạc Liêu."
    )
    assert [u.cluster for u in unions(pipeline, text)] == [None, None]


def test_the_cluster_of_the_central_union_is_not_a_provincial_cluster(pipeline: Pipeline) -> None:
    [union] = unions(pipeline, "Chiều 5/8, Cụm thi đua số 2 của Liên hiệp các tổ chức hữu nghị Việt Nam họp tại Huế.")
    assert (union.level, union.cluster) == ("central", None)


def test_membership_attaches_to_the_union_it_speaks_of(pipeline: Pipeline) -> None:
    text = (
        "Báo cáo tại buổi làm việc, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam cho biết tổ chức lớn mạnh. "
        "Hiện Liên hiệp có 102 tổ chức thành viên, trong đó có 60 Hội, Ủy ban ở Trung ương và 42 Liên hiệp cấp tỉnh, "
        "thành phố trực thuộc Trung ương."
    )
    [union] = unions(pipeline, text)
    assert union.membership == Membership(total=102, central=60, provincial=42)


def test_a_count_of_provincial_members_is_not_read_as_central_for_trung_uong_after_it(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị Việt Nam có 100 tổ chức thành viên, gồm 60 hội ở Trung ương "
        "và 40 tổ chức ở các tỉnh, thành phố trực thuộc Trung ương."
    )
    [union] = unions(pipeline, text)
    assert union.membership == Membership(total=100, central=60, provincial=40)


def test_a_provincial_union_counts_its_member_associations(pipeline: Pipeline) -> None:
    [union] = unions(pipeline, "Liên hiệp các tổ chức hữu nghị tỉnh Bình Phước hiện có 14 hội thành viên.")
    assert (union.province, union.membership) == ("Bình Phước", Membership(total=14))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ vừa kết nạp Hội Hữu nghị Việt Nam - Cuba tỉnh, "
            "nâng tổng số tổ chức thành viên lên 9.",
            Membership(total=9),
        ),
        ("Năm qua, số hội thành viên của Liên hiệp các tổ chức hữu nghị tỉnh Nam Định đã tăng lên 12.", Membership(12)),
        (
            "Với 61 hội hữu nghị, ủy ban ở Trung ương và 63 Liên hiệp các tổ chức hữu nghị tỉnh, thành phố là thành "
            "viên, Liên hiệp các tổ chức hữu nghị Việt Nam có quan hệ với hơn 1.200 đối tác.",
            Membership(central=61, provincial=63),
        ),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam hiện có 7 hội hữu nghị song phương thành viên.", Membership(7)),
        (
            "Liên hiệp các tổ chức hữu nghị Việt Nam có 62 hội và ủy ban thành viên ở Trung ương và 63 Liên hiệp "
            "tỉnh, thành phố.",
            Membership(central=62, provincial=63),
        ),
        ("VUFO hiện có 121 tổ chức thành viên (58 ở Trung ương, 63 ở địa phương).", Membership(121, 58, 63)),
        (
            "Đến nay, Liên hiệp các tổ chức hữu nghị tỉnh Trà Vinh đã phát triển lên 8 hội thành viên.",
            Membership(total=8),
        ),
        (
            "Liên hiệp các tổ chức hữu nghị Việt Nam hiện có 63 Liên hiệp hữu nghị cấp tỉnh và 60 hội, ủy ban hữu nghị "
            "song phương, đa phương ở Trung ương.",
            Membership(central=60, provincial=63),
        ),
        (
            "Liên hiệp các tổ chức hữu nghị tỉnh Bắc Kạn giúp Hội Hữu nghị Việt - Lào lập thêm 3 chi hội, "
            "nâng tổng số hội viên lên 2.000.",
            None,
        ),
    ],
)
def test_membership_raised_to_a_total_or_counted_before_the_union(
    pipeline: Pipeline, text: str, expected: Membership | None
) -> None:
    [union] = unions(pipeline, text)
    assert union.membership == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái hiện có 8 hội hữu nghị thành viên.", Membership(total=8)),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam có 6 hội, ủy ban thành viên.", Membership(total=6)),
        ("Tỉnh hiện có 11 hội hữu nghị là thành viên của Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An.", Membership(11)),
        (
            "Liên hiệp các tổ chức hữu nghị Việt Nam hiện có 57 hội hữu nghị song phương, đa phương ở Trung ương "
            "và 61 liên hiệp hữu nghị cấp tỉnh là thành viên.",
            Membership(central=57, provincial=61),
        ),
        (
            "Liên hiệp các tổ chức hữu nghị Việt Nam có 57 hội ở Trung ương và 61 liên hiệp cấp tỉnh tham dự.",
            None,
        ),
        (
            "Liên hiệp các tổ chức hữu nghị Việt Nam là ngôi nhà chung của 118 tổ chức thành viên, trong đó có "
            "60 hội hữu nghị và ủy ban cấp Trung ương và 58 Liên hiệp hữu nghị cấp tỉnh.",
            Membership(total=118, central=60, provincial=58),
        ),
        (
            "Năm qua, Liên hiệp các tổ chức hữu nghị tỉnh Bình Định cùng 12 tổ chức thành viên đã đón 40 đoàn khách.",
            Membership(total=12),
        ),
        (
            "Năm qua, Liên hiệp các tổ chức hữu nghị tỉnh Bình Định và 9 hội hữu nghị thành viên đã đón 40 đoàn khách.",
            Membership(total=9),
        ),
    ],
)
def test_membership_counts_member_associations_however_named(
    pipeline: Pipeline, text: str, expected: Membership | None
) -> None:
    [union] = unions(pipeline, text)
    assert union.membership == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Liên hiệp các tổ chức hữu nghị tỉnh Bình Dương và Bà Rịa - Vũng Tàu hợp nhất.",
            ["Bình Dương", "Bà Rịa - Vũng Tàu"],
        ),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Sơn La, Điện Biên và Lai Châu.", ["Sơn La", "Điện Biên", "Lai Châu"]),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An và Sở Ngoại vụ phối hợp.", ["Nghệ An"]),
        (
            "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Bình (cũ) và tỉnh Quảng Trị hợp nhất.",
            ["Quảng Bình", "Quảng Trị"],
        ),
    ],
)
def test_provinces_joined_by_va_to_a_union_name_are_unions_each(
    pipeline: Pipeline, text: str, expected: list[str]
) -> None:
    assert [u.province for u in unions(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liên hiệp các TCHN tỉnh Ninh Bình trao học bổng.", ("Ninh Bình", ["Liên hiệp các TCHN tỉnh Ninh Bình"])),
        (
            "Liên hiệp các tổ chức hữu nghị (LHHN) tỉnh Quảng Trị đón đoàn; LHHN tỉnh cũng trao quà.",
            ("Quảng Trị", ["Liên hiệp các tổ chức hữu nghị (LHHN) tỉnh Quảng Trị", "LHHN tỉnh"]),
        ),
        ("LHHN Việt Nam chủ trì hội nghị.", (None, ["LHHN Việt Nam"])),
    ],
)
def test_abbreviated_names_and_a_bracketed_abbreviation_before_the_place(
    pipeline: Pipeline, text: str, expected: tuple[str | None, list[str]]
) -> None:
    [union] = unions(pipeline, text)
    assert (union.province, [m.text for m in union.mentions]) == expected


def test_a_make_up_stated_after_a_comma_is_the_union_the_clause_tells_of(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai được hợp nhất từ Liên hiệp các tổ chức hữu nghị hai tỉnh Gia Lai "
        "và Bình Định (cũ), hiện có 16 tổ chức thành viên."
    )
    assert [(u.province, u.membership) for u in unions(pipeline, text)] == [
        ("Gia Lai", Membership(total=16)),
        ("Bình Định", None),
    ]


def test_members_of_another_body_are_no_membership(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị Việt Nam chủ trì hội nghị có 80 đại biểu đến từ 40 tổ chức thành viên "
        "của Hội đồng Hòa bình thế giới."
    )
    [union] = unions(pipeline, text)
    assert union.membership is None


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        ("Liên hiệp các tổ chức hữu nghị tỉnh đề nghị các sở, ngành phối hợp vận động.", "Báo Lâm Đồng", "Lâm Đồng"),
        (
            "Năm 2024, tỉnh Kiên Giang tiếp nhận 9 dự án. Liên hiệp các tổ chức hữu nghị tỉnh đã vận động 15 tỷ đồng.",
            None,
            "Kiên Giang",
        ),
        (
            "Trung tâm hợp tác hữu nghị (thuộc Liên hiệp các tổ chức hữu nghị tỉnh Bắc Kạn) kết nối dự án. "
            "Trung tâm (thuộc Liên hiệp các tổ chức hữu nghị tỉnh) cũng vận động các nhà tài trợ.",
            None,
            "Bắc Kạn",
        ),
        ("UBND tỉnh Quảng Trị giao: Liên hiệp các tổ chức hữu nghị tiếp nhận 300 triệu đồng.", None, "Quảng Trị"),
        ("Sở Ngoại vụ, Liên hiệp các tổ chức hữu nghị tỉnh và huyện Quế Võ dự lễ.", "Báo Bắc Ninh", "Bắc Ninh"),
    ],
)
def test_a_union_written_with_a_bare_province_word_is_the_union_of_the_page(
    pipeline: Pipeline, text: str, outlet: str | None, expected: str
) -> None:
    assert places(unions(pipeline, text, outlet)) == [("provincial", expected)]


def test_a_bare_province_word_without_any_place_in_sight_names_no_union(pipeline: Pipeline) -> None:
    assert unions(pipeline, "Liên hiệp các tổ chức hữu nghị tỉnh đã vận động nhiều nguồn lực.") == []


def test_places_prefer_the_outlet_then_the_nearest_then_the_most_named(pipeline: Pipeline) -> None:
    text = "Đoàn của tỉnh Sơn La thăm Hà Nội. Tỉnh Sơn La và tỉnh Điện Biên ký kết. Sau đó đoàn về tỉnh Điện Biên."
    article = body_article(text, pipeline.gazetteer)
    where = Places(article)
    assert where.around(len(text)) == "Điện Biên"
    assert where.around(len(text), city=True) == "Hà Nội"
    assert where.around(10_000) == "Sơn La"  # nothing within reach: the most named


def test_province_at_reads_a_name_right_there_only(pipeline: Pipeline) -> None:
    text = "thuộc tỉnh Thái Bình và vùng Thái Bình Dương"
    found = province_at(body_article(text, pipeline.gazetteer), 5, len(text))
    assert found is not None and (found.text, found.canonical) == ("tỉnh Thái Bình", "Thái Bình")
    article = body_article(text, pipeline.gazetteer)
    assert province_at(article, 28, len(text)) is None  # "Thái Bình Dương" is the Pacific
    assert province_at(body_article("vì hòa bình", pipeline.gazetteer), 3, 11) is None


def test_unions_come_out_of_the_pipeline_in_order_of_first_mention(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái tổ chức đại hội nhiệm kỳ 2025-2030.\n"
        "Dự đại hội có Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam."
    )
    extraction = pipeline.extract(text)
    assert places(list(extraction.unions)) == [("provincial", "Yên Bái"), ("central", None)]
    assert not [e for e in extraction.errors if e.plugin == "unions"]


PIECES = [
    "Liên hiệp", "các tổ chức hữu nghị", "Hữu nghị", "tỉnh", "thành phố", "TP.", "Việt Nam", "Hà Nam", "Thái Bình",
    "các tỉnh:", ",", "và", "Cụm thi đua số 1", "gồm", "có", "12", "tổ chức thành viên", "trong đó", "Hội",
    "Trung ương", "(VUFO)", "HAUFO", "(", ")", ".", "\n", "Ảnh:", "các", "cấp tỉnh",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join))
def test_any_arrangement_of_union_words_gives_unions_without_raising(pipeline: Pipeline, text: str) -> None:
    unions(pipeline, text)


@needs_corpus
def test_real_pages_give_unions_that_quote_them(pipeline: Pipeline) -> None:
    for page in CORPUS_PAGES:
        extraction = pipeline.extract_file(page)
        assert not [e for e in extraction.errors if e.plugin == "unions"], page
        assert all(m.quotes(extraction.text) for u in extraction.unions for m in u.mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 3/4, Liên hiệp các tổ chức hữu nghị tỉnh Lạng Sơn tổng kết công tác năm. "
            "Liên hiệp tỉnh thuộc Cụm thi đua số 1 của hệ thống.",
            [("Lạng Sơn", 1, ["Liên hiệp các tổ chức hữu nghị tỉnh Lạng Sơn", "Liên hiệp tỉnh"])],
        ),
        (
            "Liên hiệp các tổ chức hữu nghị Việt Nam đề nghị các Liên hiệp tỉnh, thành phố đổi mới cách làm.",
            [(None, None, ["Liên hiệp các tổ chức hữu nghị Việt Nam"])],
        ),
    ],
)
def test_a_bare_liên_hiệp_tỉnh_is_the_union_named_before(
    pipeline: Pipeline, text: str, expected: list[tuple[str | None, int | None, list[str]]]
) -> None:
    found = unions(pipeline, text)
    assert [(u.province, u.cluster, [m.text for m in u.mentions]) for u in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự có đại diện Liên hiệp các tổ chức hữu nghị các tỉnh: Sơn La, Điện Biên , Lai Châu và TP. Hải Phòng.",
         ["Sơn La", "Điện Biên", "Lai Châu", "Hải Phòng"]),
        ("Dự có Liên hiệp các tổ chức hữu nghị  các tỉnh  Sơn La,  Điện Biên và  Lai Châu.",
         ["Sơn La", "Điện Biên", "Lai Châu"]),
        ("Đại diện Liên hiệp các tổ chức hữu nghị  tỉnh  Sơn La phát biểu.", ["Sơn La"]),
        ("Đoàn công tác của Liên hiệp các tổ chức hội hữu nghị tỉnh Sơn La đã sang Lào.", ["Sơn La"]),
    ],
)  # fmt: skip
def test_runs_of_spaces_and_a_space_before_a_comma_read_as_one_space(
    pipeline: Pipeline, text: str, expected: list[str]
) -> None:
    assert [u.province for u in unions(pipeline, text)] == expected


def test_a_union_phrase_with_a_stray_space_before_the_comma_of_tinh_thanh_pho_is_still_generic(
    pipeline: Pipeline,
) -> None:
    assert unions(pipeline, "Liên hiệp các tổ chức hữu nghị tỉnh , thành phố cần chủ động đổi mới.") == []


# ---------------------------------------------------------------- provenance


def rules(union: Union) -> list[str | None]:
    return [source.rule for source in union.sources]


def test_each_union_names_the_rules_that_found_its_mentions_each_once(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) họp. VUFO cho biết Liên hiệp Hữu nghị sẽ trao quà. "
        "VUFO cảm ơn các đối tác."
    )
    [union] = unions(pipeline, text)
    assert rules(union) == [unions_extractor.NAMED, unions_extractor.ACRONYM, unions_extractor.UNQUALIFIED]
    assert {source.plugin for source in union.sources} == {""}


def test_a_province_of_a_list_and_a_bare_unit_name_their_rules(pipeline: Pipeline) -> None:
    listed = unions(pipeline, "Liên hiệp các tổ chức hữu nghị các tỉnh: Sơn La, Lai Châu và Điện Biên họp.")
    assert [rules(union) for union in listed] == [[unions_extractor.LISTED]] * 3
    [own] = unions(pipeline, "Liên hiệp các tổ chức hữu nghị tỉnh đã tặng quà.", outlet="Bình Định")
    assert (own.province, rules(own)) == ("Bình Định", [unions_extractor.BY_UNIT])


def test_a_union_alone_in_a_speakers_words_names_the_speaker_rule(pipeline: Pipeline) -> None:
    text = "Liên hiệp các tổ chức hữu nghị tỉnh Nam Định họp. Ông Lê Văn Tư nói Liên hiệp chúng tôi sẽ cố gắng."
    [union] = unions(pipeline, text)
    assert rules(union) == [unions_extractor.NAMED, unions_extractor.BY_SPEAKER]
