"""Positions ("Phó Chủ tịch Thường trực") and honorifics ("đồng chí", "PGS.TS.").

Case and tone placement never need a variant ("Uỷ viên" is "Ủy viên", "thường trực"
is "Thường trực"): the gazetteer folds them away. Variants here are other wordings
and abbreviations. A title that names its body ("Giám đốc Sở Ngoại vụ") is listed
whole because the gazetteer prefers the longest match.
"""

from __future__ import annotations

__all__ = ["AMBIGUOUS", "HONORIFICS", "HONORIFIC_VARIANTS", "TITLES", "TITLE_VARIANTS"]

#: Canonical positions.
TITLES: tuple[str, ...] = (
    # party
    "Tổng Bí thư", "Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Ủy viên Trung ương Đảng",
    "Ủy viên dự khuyết Trung ương Đảng", "Bí thư Tỉnh ủy", "Bí thư Thành ủy", "Phó Bí thư",
    "Phó Bí thư Tỉnh ủy", "Phó Bí thư Thành ủy", "Phó Bí thư Thường trực",
    "Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực Thành ủy", "Bí thư",
    "Bí thư Đảng đoàn", "Bí thư Đảng ủy", "Ủy viên Ban Thường vụ", "Ủy viên Ban Chấp hành",
    "Ủy viên", "Trưởng Ban", "Phó Trưởng Ban", "Phó Trưởng Ban Thường trực", "Trưởng Ban Tuyên giáo",
    "Trưởng Ban Dân vận",
    "Trưởng Ban Tuyên giáo và Dân vận", "Trưởng Ban Đối ngoại", "Phó Trưởng Ban Đối ngoại",
    # state
    "Chủ tịch nước", "Phó Chủ tịch nước", "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội",
    "Đại biểu Quốc hội", "Thủ tướng", "Phó Thủ tướng", "Phó Thủ tướng Thường trực", "Bộ trưởng",
    "Đại biểu Hội đồng nhân dân", "Đại biểu HĐND", "Thứ trưởng", "Thứ trưởng Thường trực", "Chủ tịch Ủy ban nhân dân",
    "Phó Chủ tịch Ủy ban nhân dân", "Chủ tịch Hội đồng nhân dân", "Phó Chủ tịch Hội đồng nhân dân",
    "Giám đốc Sở Ngoại vụ", "Phó Giám đốc Sở Ngoại vụ", "Chánh Văn phòng", "Phó Chánh Văn phòng",
    # diplomacy
    "Đại sứ", "Tổng Lãnh sự", "Lãnh sự", "Công sứ", "Tham tán", "Tham tán Công sứ",
    "Bí thư thứ nhất", "Bí thư thứ hai", "Bí thư thứ ba", "Tùy viên", "Tùy viên Quốc phòng", "Phó Tùy viên Quốc phòng",
    "Trưởng đoàn", "Phó Trưởng đoàn",
    # associations, unions and organisations
    "Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch Thường trực", "Chủ tịch danh dự", "Tổng Thư ký",
    "Phó Tổng Thư ký", "Ủy viên Đoàn Chủ tịch", "Chủ nhiệm", "Phó Chủ nhiệm", "Phó Chủ nhiệm Thường trực",
    "Ủy viên Thường trực", "Hội trưởng",
    "Phó Hội trưởng", "Cụm trưởng", "Cụm phó", "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc",
    "Phó Tổng Giám đốc", "Giám đốc quốc gia", "Trưởng Đại diện", "Đại diện", "Trưởng phòng", "Phó Trưởng phòng",
    "Viện trưởng", "Phó Viện trưởng",
    # more positions met in appositives (people extractor)
    "Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Thường trực Ban Bí thư", "Vụ trưởng",
    "Phó Vụ trưởng", "Cục trưởng", "Phó Cục trưởng", "Phó Đại sứ", "Hiệu trưởng", "Phó Hiệu trưởng",
    "Tổng thống", "Phó Tổng thống", "Chính ủy", "Phó Chính ủy", "Tư lệnh", "Phó Tư lệnh",
    "Chỉ huy trưởng", "Phó Chỉ huy trưởng", "Đồn trưởng", "Phó Đồn trưởng", "Chính trị viên",
    "Chính trị viên phó", "Chánh án", "Tổng Biên tập",
    "Phó Tổng Biên tập", "Trưởng Văn phòng", "Trưởng Cơ quan đại diện", "Thư ký",
    # foreign offices and advisers; "Trưởng"/"Phó Trưởng" head any body ("Trưởng Phái đoàn ...")
    "Phó Tổng Lãnh sự", "Phó Lãnh sự", "Tỉnh trưởng", "Phó Tỉnh trưởng", "Huyện trưởng", "Phó Huyện trưởng",
    "Thống đốc", "Phó Thống đốc",
    "Thị trưởng", "Phó Thị trưởng", "Nghị sĩ", "Thượng nghị sĩ", "Hạ nghị sĩ", "Cố vấn", "Trợ lý",
    "Giám đốc điều hành", "Thư ký điều hành", "Điều phối viên", "Điều phối viên dự án", "Giám đốc dự án",
    "Điều phối viên quốc gia", "Trưởng đại diện quốc gia",
    # the offices of a religious body and of its places of worship: "Chánh Thư ký Ban Trị sự", "trụ trì chùa X"
    "Chánh Thư ký", "Phó Chánh Thư ký", "Trụ trì",
    "Trưởng", "Phó Trưởng",
    "Phái viên", "Đặc phái viên",
    # who founded a body: "bà A, người sáng lập Quỹ X"
    "Người sáng lập", "Nhà sáng lập", "Đồng sáng lập",
    # ranks of the civil service and of universities: "Chuyên viên Ban Đối ngoại Tỉnh ủy"
    "Chuyên viên", "Chuyên viên chính", "Giảng viên", "Giảng viên chính", "Nghiên cứu viên", "Cán bộ",
    # the English titles of foreign NGOs, which Vietnamese articles keep as written
    "Country Director", "Director", "Executive Director", "Managing Director", "Regional Director",
    "Chief Representative", "Representative", "Country Representative", "Program Manager",
    "Programme Manager", "Project Manager", "Manager", "Coordinator", "CEO", "President",
    "Vice President", "Chairman", "Chairwoman", "Chairperson", "Secretary General", "Founder",
    "Co-founder",
)  # fmt: skip

#: Other wordings and abbreviations -> canonical position.
TITLE_VARIANTS: dict[str, str] = {
    "Ủy viên Ban Chấp hành Trung ương Đảng": "Ủy viên Trung ương Đảng",
    "Ủy viên BCH Trung ương Đảng": "Ủy viên Trung ương Đảng",
    "Ủy viên T.Ư Đảng": "Ủy viên Trung ương Đảng",
    "Ủy viên TƯ Đảng": "Ủy viên Trung ương Đảng",
    "Ủy viên Trung ương": "Ủy viên Trung ương Đảng",
    "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng": "Ủy viên dự khuyết Trung ương Đảng",
    "Ủy viên dự khuyết BCH Trung ương Đảng": "Ủy viên dự khuyết Trung ương Đảng",
    "Ủy viên dự khuyết T.Ư Đảng": "Ủy viên dự khuyết Trung ương Đảng",
    "Bí thư T.Ư Đảng": "Bí thư Trung ương Đảng",
    "Bí thư TƯ Đảng": "Bí thư Trung ương Đảng",
    "Ủy viên BCT": "Ủy viên Bộ Chính trị",
    "Ủy viên BTV": "Ủy viên Ban Thường vụ",
    "Ủy viên BCH": "Ủy viên Ban Chấp hành",
    "Chủ tịch UBND": "Chủ tịch Ủy ban nhân dân",
    "Phó Chủ tịch UBND": "Phó Chủ tịch Ủy ban nhân dân",
    "Chủ tịch HĐND": "Chủ tịch Hội đồng nhân dân",
    "Phó Chủ tịch HĐND": "Phó Chủ tịch Hội đồng nhân dân",
    "Đại biểu QH": "Đại biểu Quốc hội",
    "Đại sứ Đặc mệnh Toàn quyền": "Đại sứ",
    "Đại sứ ĐMTQ": "Đại sứ",
    "Phó Chủ tịch TT": "Phó Chủ tịch Thường trực",
    # the abbreviations of provincial papers: "UVBTV Tỉnh ủy", "TUV", "PCT UBND tỉnh"
    "UVBTV": "Ủy viên Ban Thường vụ",
    "UV BTV": "Ủy viên Ban Thường vụ",
    "UVTV": "Ủy viên Ban Thường vụ",
    "UVBCH": "Ủy viên Ban Chấp hành",
    "UV BCH": "Ủy viên Ban Chấp hành",
    "TUV": "Tỉnh ủy viên",
    "PCT": "Phó Chủ tịch",
    "PCT UBND": "Phó Chủ tịch Ủy ban nhân dân",
    "Secretary-General": "Secretary General",
}

#: Titles that also open the name of a mission: "Đại sứ quán" is the embassy, "Tổng Lãnh
#: sự quán" the consulate general. A match followed by "quán" is no title.
AMBIGUOUS: frozenset[str] = frozenset({"Đại sứ", "Tổng Lãnh sự", "Lãnh sự"})

#: Canonical honorifics: forms of address, degrees, honour titles and military ranks.
HONORIFICS: tuple[str, ...] = (
    "ông", "bà", "anh", "chị", "cô", "chú", "đồng chí", "Ngài", "Mr.", "Mrs.", "Ms.", "Dr.",
    "GS.", "PGS.", "GS.TS.", "PGS.TS.", "GS.TSKH.", "TS.", "TSKH.", "ThS.", "BS.", "BSCKI.", "BSCKII.",
    "NGND", "NSND", "NGƯT", "NSƯT", "TTND", "TTƯT", "Anh hùng Lao động", "Anh hùng Lực lượng vũ trang nhân dân",
    "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá",
    "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng",
    "Chuẩn Đô đốc", "Phó Đô đốc", "Đô đốc", "Viện sĩ",
    # the clergy: "Thượng tọa Thích Nhuận Tâm", "Linh mục Hoàng Minh Tiến"
    "Hòa thượng", "Thượng tọa", "Đại đức", "Ni trưởng", "Ni sư", "Linh mục", "Giám mục", "Mục sư",
    # honours of Cambodia and Malaysia written before the name: "Samdech Men Sothy", "Tan Sri Ahmad Rahim"
    "Samdech", "Lok Chumteav", "Tan Sri", "Datuk", "Datuk Seri",
)  # fmt: skip

#: Spelt-out and abbreviated forms -> canonical honorific.
HONORIFIC_VARIANTS: dict[str, str] = {
    "Đ/c": "đồng chí",
    "Giáo sư": "GS.",
    "Phó Giáo sư": "PGS.",
    "Giáo sư - Tiến sĩ": "GS.TS.",
    "Phó Giáo sư - Tiến sĩ": "PGS.TS.",
    "Tiến sĩ": "TS.",
    "Tiến sỹ": "TS.",
    "Tiến sĩ khoa học": "TSKH.",
    "Thạc sĩ": "ThS.",
    "Thạc sỹ": "ThS.",
    "Bác sĩ": "BS.",
    "Bác sỹ": "BS.",
    "Bác sĩ chuyên khoa I": "BSCKI.",
    "Bác sĩ chuyên khoa II": "BSCKII.",
    "Thầy thuốc Nhân dân": "TTND",
    "Thầy thuốc Ưu tú": "TTƯT",
    "Nhà giáo Nhân dân": "NGND",
    "Nghệ sĩ Nhân dân": "NSND",
    "Nghệ sỹ Nhân dân": "NSND",
    "Nhà giáo Ưu tú": "NGƯT",
    "Nghệ sĩ Ưu tú": "NSƯT",
    "Nghệ sỹ Ưu tú": "NSƯT",
    "AHLĐ": "Anh hùng Lao động",
    "Anh hùng LLVTND": "Anh hùng Lực lượng vũ trang nhân dân",
    "AHLLVTND": "Anh hùng Lực lượng vũ trang nhân dân",
}
