"""Tests for the built-in reference data and the gazetteer built from it."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from support import CORPUS_PAGES, needs_corpus
from vnfriendship._gazetteer import TABLES, Gazetteer, GazetteerEntry
from vnfriendship._text import words
from vnfriendship.data import (
    association_partner,
    builtin_entries,
    countries,
    is_ambiguous,
    organizations,
    outlets,
    province_after_2025,
    provinces,
    titles,
)


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer(builtin_entries())


def found(table: str, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in gazetteer().find(table, text)]


# --- provinces ---------------------------------------------------------------------------------


def test_there_are_63_distinct_provinces_before_the_merger() -> None:
    assert len(set(provinces.PROVINCES_2008)) == len(provinces.PROVINCES_2008) == 63


def test_there_are_34_distinct_provinces_after_the_merger() -> None:
    assert len(set(provinces.PROVINCES_2025)) == len(provinces.PROVINCES_2025) == 34


def test_every_old_province_maps_to_a_2025_province() -> None:
    assert set(provinces.MERGED_INTO_2025) == set(provinces.PROVINCES_2008)
    assert set(provinces.MERGED_INTO_2025.values()) == set(provinces.PROVINCES_2025)


def test_each_2025_province_absorbs_one_to_three_old_ones() -> None:
    sizes = Counter(provinces.MERGED_INTO_2025.values())
    assert set(sizes.values()) <= {1, 2, 3}
    assert sum(sizes.values()) == 63


def test_the_central_cities_are_old_provinces() -> None:
    assert set(provinces.PROVINCES_2008) >= provinces.CENTRAL_CITIES_2008


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Hà Giang", "Tuyên Quang"),
        ("Yên Bái", "Lào Cai"),
        ("Bắc Kạn", "Thái Nguyên"),
        ("Hòa Bình", "Phú Thọ"),
        ("Vĩnh Phúc", "Phú Thọ"),
        ("Bắc Giang", "Bắc Ninh"),
        ("Thái Bình", "Hưng Yên"),
        ("Hải Dương", "Hải Phòng"),
        ("Nam Định", "Ninh Bình"),
        ("Quảng Bình", "Quảng Trị"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Kon Tum", "Quảng Ngãi"),
        ("Bình Định", "Gia Lai"),
        ("Ninh Thuận", "Khánh Hòa"),
        ("Đắk Nông", "Lâm Đồng"),
        ("Phú Yên", "Đắk Lắk"),
        ("Bình Dương", "Hồ Chí Minh"),
        ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Bình Phước", "Đồng Nai"),
        ("Long An", "Tây Ninh"),
        ("Hậu Giang", "Cần Thơ"),
        ("Trà Vinh", "Vĩnh Long"),
        ("Tiền Giang", "Đồng Tháp"),
        ("Bạc Liêu", "Cà Mau"),
        ("Kiên Giang", "An Giang"),
        ("Thừa Thiên Huế", "Huế"),
        ("Nghệ An", "Nghệ An"),
    ],
)
def test_merger_mapping(old: str, new: str) -> None:
    assert provinces.MERGED_INTO_2025[old] == new
    assert province_after_2025(old) == new


@pytest.mark.parametrize(
    ("name", "new"),
    [
        ("tỉnh Hà Giang", "Tuyên Quang"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("thành phố Huế", "Huế"),
        ("TT-Huế", "Huế"),
        ("BR-VT", "Hồ Chí Minh"),
        ("Kontum", "Quảng Ngãi"),
        ("Đắc Nông", "Lâm Đồng"),
        ("Hà Tây", "Hà Nội"),
        ("thanh hoá", "Thanh Hóa"),
        ("HOÀ BÌNH", "Phú Thọ"),
    ],
)
def test_province_after_2025_accepts_aliases_prefixes_and_any_case(name: str, new: str) -> None:
    assert province_after_2025(name) == new


@pytest.mark.parametrize("name", ["Paris", "Viêng Chăn", "", "   ", "tỉnh"])
def test_province_after_2025_is_none_for_what_is_no_province(name: str) -> None:
    assert province_after_2025(name) is None


@pytest.mark.parametrize("name", provinces.PROVINCES_2025)
def test_a_2025_province_stays_itself(name: str) -> None:
    assert province_after_2025(name) == name


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("TP.HCM", "Hồ Chí Minh"),
        ("TPHCM", "Hồ Chí Minh"),
        ("TP HCM", "Hồ Chí Minh"),
        ("Tp. HCM", "Hồ Chí Minh"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("Huế", "Thừa Thiên Huế"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Thanh Hóa", "Thanh Hóa"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("Hoà Bình", "Hòa Bình"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("BR-VT", "Bà Rịa - Vũng Tàu"),
        ("tỉnh BR-VT", "Bà Rịa - Vũng Tàu"),
        ("tỉnh TT-Huế", "Thừa Thiên Huế"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Daklak", "Đắk Lắk"),
        ("Đắk Nông", "Đắk Nông"),
        ("Kontum", "Kon Tum"),
        ("Kon Tum", "Kon Tum"),
        ("Bắc Cạn", "Bắc Kạn"),
        ("tỉnh Quảng Nam", "Quảng Nam"),
        ("thành phố Cần Thơ", "Cần Thơ"),
    ],
)
def test_province_alias_resolves(surface: str, canonical: str) -> None:
    assert gazetteer().lookup("province", surface) == canonical


@pytest.mark.parametrize("name", provinces.PROVINCES_2008)
@pytest.mark.parametrize("prefix", ["tỉnh", "Tỉnh", "thành phố", "Thành phố", "TP", "TP.", "Tp.", "TP. "])
def test_every_prefixed_province_is_found_whole(prefix: str, name: str) -> None:
    surface = f"{prefix} {name}" if not prefix.endswith(" ") else f"{prefix}{name}"
    sentence = f"Đoàn công tác của {surface} sang thăm và làm việc tại Lào."
    assert found("province", sentence) == [(surface, name)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chiều 12/3, tại TP.HCM, đoàn đại biểu tỉnh Đắc Lắc gặp gỡ bạn bè quốc tế.",
            [("TP.HCM", "Hồ Chí Minh"), ("tỉnh Đắc Lắc", "Đắk Lắk")],
        ),
        (
            "Hội hữu nghị Việt Nam - Lào tỉnh Thanh Hoá tổ chức đại hội nhiệm kỳ mới.",
            [("tỉnh Thanh Hoá", "Thanh Hóa")],
        ),
        ("Các tình nguyện viên đến Huế rồi vào Sài Gòn.", [("Huế", "Thừa Thiên Huế"), ("Sài Gòn", "Hồ Chí Minh")]),
        ("Lãnh đạo tỉnh Thừa Thiên Huế tiếp đoàn.", [("tỉnh Thừa Thiên Huế", "Thừa Thiên Huế")]),
        ("Dự án nước sạch tại BR-VT và Kontum đã hoàn thành.", [("BR-VT", "Bà Rịa - Vũng Tàu"), ("Kontum", "Kon Tum")]),
        ("Không có địa danh nào trong câu này.", []),
    ],
)
def test_provinces_found_in_sentences(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found("province", sentence) == expected


def test_a_province_match_never_crosses_a_line_break() -> None:
    assert found("province", "Đoàn đến từ Thành phố\nHồ Chí Minh") == [("Hồ Chí Minh", "Hồ Chí Minh")]


# --- countries ---------------------------------------------------------------------------------


def test_there_are_193_un_members_besides_the_non_members() -> None:
    assert len(set(countries.COUNTRY_NAMES) - countries.NON_MEMBERS) == 193
    assert set(countries.COUNTRY_NAMES) >= countries.NON_MEMBERS


def test_country_codes_are_two_capital_letters() -> None:
    assert all(len(code) == 2 and code.isascii() and code.isupper() for code in countries.COUNTRY_NAMES)


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("Lào", "LA"),
        ("CHDCND Lào", "LA"),
        ("Campuchia", "KH"),
        ("Căm-pu-chia", "KH"),
        ("Nga", "RU"),
        ("Liên bang Nga", "RU"),
        ("Liên Xô", "RU"),
        ("Trung Quốc", "CN"),
        ("Hoa Kỳ", "US"),
        ("Mỹ", "US"),
        ("Nhật Bản", "JP"),
        ("Nhật", "JP"),
        ("Hàn Quốc", "KR"),
        ("Triều Tiên", "KP"),
        ("Ấn Độ", "IN"),
        ("Cuba", "CU"),
        ("Cu Ba", "CU"),
        ("Venezuela", "VE"),
        ("Vê-nê-xu-ê-la", "VE"),
        ("Vênêxuêla", "VE"),
        ("Ixraen", "IL"),
        ("Ukraina", "UA"),
        ("Xinh-ga-po", "SG"),
        ("Inđônêxia", "ID"),
        ("Xri Lanca", "LK"),
        ("Pháp", "FR"),
        ("Đức", "DE"),
        ("CHLB Đức", "DE"),
        ("Anh", "GB"),
        ("Vương quốc Anh", "GB"),
        ("Bun-ga-ri", "BG"),
        ("Bulgaria", "BG"),
        ("Ba Lan", "PL"),
        ("Séc", "CZ"),
        ("Tiệp Khắc", "CZ"),
        ("Hung-ga-ri", "HU"),
        ("Xlô-va-ki-a", "SK"),
        ("Thái Lan", "TH"),
        ("Xin-ga-po", "SG"),
        ("Singapore", "SG"),
        ("In-đô-nê-xi-a", "ID"),
        ("Indonesia", "ID"),
        ("Ô-xtrây-li-a", "AU"),
        ("Ốt-xtrây-li-a", "AU"),  # a spelling the press uses beside it
        ("Australia", "AU"),
        ("Úc", "AU"),
        ("Mô-dăm-bích", "MZ"),
        ("Ả Rập Xê Út", "SA"),
        ("Thụy Sỹ", "CH"),
        ("Niu Di-lân", "NZ"),
        ("Guinea-Bissau", "GW"),
        ("Guinea", "GN"),
        ("Cộng hòa Dân chủ Công-gô", "CD"),
        ("Công-gô", "CG"),
        ("Việt Nam", "VN"),
        ("Pa-le-xtin", "PS"),
        ("Đài Loan", "TW"),
    ],
)
def test_country_resolves(surface: str, code: str) -> None:
    assert gazetteer().lookup("country", surface) == code


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Đại sứ Liên bang Nga và Đại sứ Cu-ba dự lễ kỷ niệm tại Hà Nội.",
            [("Liên bang Nga", "RU"), ("Cu-ba", "CU")],
        ),
        (
            "Các tổ chức phi chính phủ của Hoa Kỳ, Nhật Bản và Ô-xtrây-li-a tài trợ dự án.",
            [("Hoa Kỳ", "US"), ("Nhật Bản", "JP"), ("Ô-xtrây-li-a", "AU")],
        ),
        ("Hội hữu nghị Việt Nam - Cộng hòa Séc ra mắt.", [("Việt Nam", "VN"), ("Cộng hòa Séc", "CZ")]),
        ("Tình nguyện viên đến từ Papua New Guinea.", [("Papua New Guinea", "PG")]),
    ],
)
def test_countries_found_in_sentences(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found("country", sentence) == expected


@pytest.mark.parametrize(
    ("short_form", "code"),
    [
        ("Nga", "RU"),
        ("Xô", "RU"),
        ("Trung", "CN"),
        ("Nhật", "JP"),
        ("Mỹ", "US"),
        ("Hàn", "KR"),
        ("Lào", "LA"),
        ("Pháp", "FR"),
        ("Đức", "DE"),
        ("Cu Ba", "CU"),
        ("Cu-ba", "CU"),
        ("cu ba", "CU"),
        ("Campuchia", None),
        ("", None),
    ],
)
def test_association_partner(short_form: str, code: str | None) -> None:
    assert association_partner(short_form) == code


def test_every_association_partner_is_a_known_country() -> None:
    assert set(countries.ASSOCIATION_SHORT_FORMS.values()) <= set(countries.COUNTRY_NAMES)


# --- outlets -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("thoidai.com.vn", "Thời Đại"),
        ("Tạp chí Thời Đại", "Thời Đại"),
        ("NDO", "Nhân Dân"),
        ("nhandan.vn", "Nhân Dân"),
        ("nhandan.com.vn", "Nhân Dân"),
        ("Báo Nhân Dân", "Nhân Dân"),
        ("KTĐT", "Kinh tế & Đô thị"),
        ("Kinh tế và Đô thị", "Kinh tế & Đô thị"),
        ("TG&VN", "Thế giới & Việt Nam"),
        ("baoquocte.vn", "Thế giới & Việt Nam"),
        ("Chinhphu.vn", "Báo điện tử Chính phủ"),
        ("baochinhphu.vn", "Báo điện tử Chính phủ"),
        ("VNA", "TTXVN"),
        ("Vietnam+", "VietnamPlus"),
        ("vietnamplus.vn", "VietnamPlus"),
        ("baotintuc.vn", "Báo Tin tức"),
        ("VOV.VN", "VOV"),
        ("vovworld.vn", "VOV"),
        ("vtv.vn", "VTV"),
        ("vnexpress.net", "VnExpress"),
        ("tuoitre.vn", "Tuổi Trẻ"),
        ("TNO", "Thanh Niên"),
        ("NDĐT", "Nhân Dân"),
        ("SGGP", "Sài Gòn Giải Phóng"),
        ("Báo Sài Gòn Giải Phóng", "Sài Gòn Giải Phóng"),
        ("nld.com.vn", "Người Lao Động"),
        ("QĐND", "Quân đội nhân dân"),
        ("Báo Hà Nội mới", "Hà Nội mới"),
        ("dangcongsan.vn", "Báo điện tử Đảng Cộng sản Việt Nam"),
        ("phunuonline.com.vn", "Phụ nữ TP.HCM"),
        ("Báo Nghệ An", "Báo Nghệ An"),
        ("báo Lào Cai", "Báo Lào Cai"),
        ("Báo Khánh Hoà", "Báo Khánh Hòa"),
        ("Báo Huế", "Báo Huế"),
    ],
)
def test_outlet_resolves(surface: str, canonical: str) -> None:
    assert gazetteer().lookup("outlet", surface) == canonical


@pytest.mark.parametrize("name", provinces.PROVINCES_2008)
def test_every_province_has_a_paper(name: str) -> None:
    assert gazetteer().lookup("outlet", f"Báo {name}") == f"Báo {name}"


def test_every_lede_prefix_names_a_listed_outlet() -> None:
    assert set(outlets.LEDE_PREFIXES.values()) <= set(outlets.OUTLETS)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("KTĐT - Sáng 8/5, tại Hà Nội, Liên hiệp đã tổ chức hội thảo.", [("KTĐT", "Kinh tế & Đô thị")]),
        ("(Chinhphu.vn) - Phó Thủ tướng vừa ký quyết định.", [("Chinhphu.vn", "Báo điện tử Chính phủ")]),
        ("Theo Báo Hà Nội mới, hội nghị diễn ra sáng nay.", [("Báo Hà Nội mới", "Hà Nội mới")]),
        ("Nguồn: Báo Gia Lai và TTXVN", [("Báo Gia Lai", "Báo Gia Lai"), ("TTXVN", "TTXVN")]),
    ],
)
def test_outlets_found_in_sentences(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found("outlet", sentence) == expected


# --- titles and honorifics ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("Phó Chủ tịch thường trực", "Phó Chủ tịch Thường trực"),
        ("Uỷ viên Bộ Chính trị", "Ủy viên Bộ Chính trị"),
        ("Ủy viên BCH Trung ương Đảng", "Ủy viên Trung ương Đảng"),
        ("Uỷ viên T.Ư Đảng", "Ủy viên Trung ương Đảng"),
        ("Ủy viên dự khuyết Trung ương Đảng", "Ủy viên dự khuyết Trung ương Đảng"),
        ("Tổng thư ký", "Tổng Thư ký"),
        ("Bí thư Đảng đoàn", "Bí thư Đảng đoàn"),
        ("Phó Bí thư Thường trực Tỉnh uỷ", "Phó Bí thư Thường trực Tỉnh ủy"),
        ("Chủ tịch UBND", "Chủ tịch Ủy ban nhân dân"),
        ("Đại sứ Đặc mệnh Toàn quyền", "Đại sứ"),
        ("Tổng Lãnh sự", "Tổng Lãnh sự"),
        ("Giám đốc Sở Ngoại vụ", "Giám đốc Sở Ngoại vụ"),
        ("Cụm trưởng", "Cụm trưởng"),
        ("Trưởng ban Đối ngoại", "Trưởng Ban Đối ngoại"),
    ],
)
def test_title_resolves(surface: str, canonical: str) -> None:
    assert gazetteer().lookup("title", surface) == canonical


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Đồng chí Lê Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Liên hiệp dự hội nghị.",
            [("Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy"), ("Chủ tịch", "Chủ tịch")],
        ),
        (
            "Bà Trần Thị Mai, Uỷ viên Trung ương Đảng, Trưởng Ban Dân vận Tỉnh ủy phát biểu.",
            [("Uỷ viên Trung ương Đảng", "Ủy viên Trung ương Đảng"), ("Trưởng Ban Dân vận", "Trưởng Ban Dân vận")],
        ),
        (
            "Ông Phạm Quốc Huy, Phó Giám đốc Sở Ngoại vụ, cùng Tham tán Công sứ Nhật Bản.",
            [("Phó Giám đốc Sở Ngoại vụ", "Phó Giám đốc Sở Ngoại vụ"), ("Tham tán Công sứ", "Tham tán Công sứ")],
        ),
    ],
)
def test_titles_found_in_sentences(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found("title", sentence) == expected


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("PGS.TS.", "PGS.TS."),
        ("PGS. TS", "PGS.TS."),
        ("GS.TS", "GS.TS."),
        ("Giáo sư - Tiến sĩ", "GS.TS."),
        ("Tiến sĩ", "TS."),
        ("ThS", "ThS."),
        ("Nhà giáo Nhân dân", "NGND"),
        ("NGƯT", "NGƯT"),
        ("Nghệ sỹ Ưu tú", "NSƯT"),
        ("Đại tá", "Đại tá"),
        ("Thiếu tướng", "Thiếu tướng"),
        ("Đ/c", "đồng chí"),
        ("Đồng chí", "đồng chí"),
        ("Ngài", "Ngài"),
        ("Anh hùng LLVTND", "Anh hùng Lực lượng vũ trang nhân dân"),
    ],
)
def test_honorific_resolves(surface: str, canonical: str) -> None:
    assert gazetteer().lookup("honorific", surface) == canonical


def test_an_embassy_reads_as_an_ambiguous_title() -> None:
    matches = gazetteer().find("title", "Tham tán Đại sứ quán Nhật Bản phát biểu.")
    assert [(m.text, is_ambiguous("title", m.text)) for m in matches] == [("Tham tán", False), ("Đại sứ", True)]


def test_honorifics_found_in_a_sentence() -> None:
    sentence = "PGS.TS. Nguyễn Văn Hùng và Đại tá Trần Minh tiếp Ngài Đại sứ."
    assert found("honorific", sentence) == [("PGS.TS", "PGS.TS."), ("Đại tá", "Đại tá"), ("Ngài", "Ngài")]


# --- organisations -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("VUFO", "Liên hiệp các tổ chức hữu nghị Việt Nam"),
        ("Liên hiệp các Tổ chức Hữu nghị Việt Nam", "Liên hiệp các tổ chức hữu nghị Việt Nam"),
        ("HAUFO", "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội"),
        ("Liên hiệp các tổ chức hữu nghị Hà Nội", "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội"),
        ("HUFO", "Liên hiệp các tổ chức hữu nghị thành phố Hồ Chí Minh"),
        ("Liên hiệp các tổ chức hữu nghị TP.HCM", "Liên hiệp các tổ chức hữu nghị thành phố Hồ Chí Minh"),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An", "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"),
        ("Liên hiệp các tổ chức hữu nghị Thừa Thiên - Huế", "Liên hiệp các tổ chức hữu nghị tỉnh Thừa Thiên Huế"),
        ("PACCOM", "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài"),
        ("Uỷ ban Hoà bình Việt Nam", "Ủy ban Hòa bình Việt Nam"),
        ("Ủy ban Đoàn kết Việt Nam - Cuba", "Ủy ban Đoàn kết Việt Nam - Cu Ba"),
        ("Ban Bí thư", "Ban Bí thư"),
        ("Ban Bí thư Trung ương Đảng", "Ban Bí thư"),
        ("Ban Bí thư T.Ư", "Ban Bí thư"),
        ("Bộ Chính trị", "Bộ Chính trị"),
        ("BCH T.Ư", "Ban Chấp hành Trung ương Đảng"),
        ("Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"),
        ("Ban Đối ngoại T.Ư", "Ban Đối ngoại Trung ương"),
        ("Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("CPAFFC", "Chinese People's Association for Friendship with Foreign Countries"),
        ("Hội đồng Hòa bình Thế giới", "World Peace Council"),
    ],
)
def test_organization_resolves(surface: str, canonical: str) -> None:
    assert gazetteer().lookup("organization", surface) == canonical


@pytest.mark.parametrize("name", provinces.PROVINCES_2008)
def test_every_province_has_a_friendship_union(name: str) -> None:
    union = gazetteer().lookup("organization", f"Liên hiệp các tổ chức hữu nghị {name}")
    assert union is not None and union.startswith(organizations.FRIENDSHIP_UNION) and union.endswith(name)
    assert gazetteer().lookup("organization", f"Liên hiệp các tổ chức hữu nghị TP. {name}") == union


def test_foreign_and_vietnamese_organizations_are_kept_apart() -> None:
    assert not set(organizations.ORGANIZATIONS) & set(organizations.FOREIGN_ORGANIZATIONS)


def test_organizations_found_in_a_sentence() -> None:
    sentence = (
        "Thực hiện Chỉ thị của Ban Bí thư, Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh "
        "phối hợp với PACCOM tiếp nhận viện trợ."
    )
    assert found("organization", sentence) == [
        ("Ban Bí thư", "Ban Bí thư"),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh", "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh"),
        ("PACCOM", "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài"),
    ]


# --- ambiguity ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "surface", "ambiguous"),
    [
        ("province", "hòa bình", True),
        ("province", "tỉnh Hòa Bình", False),
        ("province", "Hồ Chí Minh", True),
        ("province", "TP. Hồ Chí Minh", False),
        ("country", "anh", True),
        ("country", "Vương quốc Anh", False),
        ("country", "Lào", False),
        ("outlet", "nhân dân", True),
        ("outlet", "NDO", False),
        ("organization", "chính phủ", True),
        ("title", "Chủ tịch", False),
        ("title", "Đại sứ", True),
        ("no such table", "Anh", False),
    ],
)
def test_is_ambiguous(table: str, surface: str, ambiguous: bool) -> None:
    assert is_ambiguous(table, surface) is ambiguous


@pytest.mark.parametrize(
    ("table", "names"),
    [
        ("province", provinces.AMBIGUOUS),
        ("country", countries.AMBIGUOUS),
        ("outlet", outlets.AMBIGUOUS),
        ("title", titles.AMBIGUOUS),
        ("organization", organizations.AMBIGUOUS),
    ],
)
def test_every_ambiguous_name_is_in_its_table(table: str, names: frozenset[str]) -> None:
    assert all(gazetteer().lookup(table, name) is not None for name in names)


# --- the entries as a whole --------------------------------------------------------------------


def test_builtin_entries_fill_every_table() -> None:
    assert {entry.table for entry in builtin_entries()} == set(TABLES)


def test_no_surface_stands_for_two_values_in_one_table() -> None:
    values: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for entry in builtin_entries():
        key = (entry.table, tuple(word.key for word in words(entry.surface)))
        values.setdefault(key, set()).add(entry.canonical)
    assert {key: seen for key, seen in values.items() if len(seen) > 1} == {}


def test_every_entry_is_found_whole_in_its_own_surface() -> None:
    missed = []
    for entry in builtin_entries():
        first, *_, last = [*words(entry.surface)] * 2
        whole = [(first.start, last.end, entry.canonical)]
        if [(m.start, m.end, m.canonical) for m in gazetteer().find(entry.table, entry.surface)] != whole:
            missed.append(entry)
    assert missed == []


def test_builtin_entries_returns_a_fresh_list() -> None:
    builtin_entries().clear()
    assert builtin_entries()


def test_a_later_entry_overrides_a_builtin_one() -> None:
    extended = Gazetteer([*builtin_entries(), GazetteerEntry("province", "Hà Tây", "Hà Tây")])
    assert extended.lookup("province", "Hà Tây") == "Hà Tây"
    assert extended.lookup("province", "tỉnh Hà Tây") == "Hà Nội"


def test_a_later_batch_extends_a_table_and_adds_one() -> None:
    extra = [
        GazetteerEntry("country", "Xứ Wales", "GB"),
        GazetteerEntry("river", "sông Hồng", "Sông Hồng"),
    ]
    extended = Gazetteer([*builtin_entries(), *extra])
    assert extended.lookup("country", "xứ Wales") == "GB"
    assert extended.lookup("country", "Nga") == "RU"
    assert extended.find("river", "Cầu bắc qua sông Hồng.")[0].canonical == "Sông Hồng"


# --- robustness --------------------------------------------------------------------------------

_SURFACES = sorted({entry.surface for entry in builtin_entries()})
_FILLER = ["đoàn", "hữu nghị", "tại", "và", "năm 2024", "Nguyễn Văn An", "(", ")", "-", "–", "&", "'", "", "1.200"]


@given(
    st.lists(st.sampled_from(_SURFACES + _FILLER), max_size=12),
    st.sampled_from([" ", ", ", " - ", "\n", ". ", "", "/"]),
)
def test_every_match_is_a_true_span_that_looks_up_to_its_value(pieces: list[str], separator: str) -> None:
    text = separator.join(pieces)
    for table in TABLES:
        for match in gazetteer().find(table, text):
            assert text[match.start : match.end] == match.text
            assert gazetteer().lookup(table, match.text) == match.canonical


@given(st.text(max_size=200))
def test_find_never_raises_on_arbitrary_text(text: str) -> None:
    for table in TABLES:
        for match in gazetteer().find(table, text):
            assert text[match.start : match.end] == match.text


@needs_corpus
def test_find_on_the_shared_corpus_returns_true_spans() -> None:
    for path in CORPUS_PAGES:
        text = path.read_text(encoding="utf-8")
        for table in TABLES:
            assert all(text[m.start : m.end] == m.text for m in gazetteer().find(table, text))
