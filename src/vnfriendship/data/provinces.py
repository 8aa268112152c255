"""Vietnam's provinces and centrally-run cities, before and after the 2025 merger.

Canonical names carry no prefix ("Hà Nội", not "thành phố Hà Nội") and use the
tone placement of the official lists ("Thanh Hóa", "Khánh Hòa", "Hòa Bình");
other placements need no alias because every look-up folds them away.

The canonical value of every name is its unit in :data:`PROVINCES_2008`, the 63
units in force until 30 June 2025, so that an article written before the merger
keeps the place it names; :data:`MERGED_INTO_2025` gives the unit it belongs to
since. "Huế" is therefore an alias of "Thừa Thiên Huế", although the province
became the centrally-run city of Huế in 2025.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "ALIASES",
    "AMBIGUOUS",
    "CENTRAL_CITIES_2008",
    "MERGED_INTO_2025",
    "PREFIXES",
    "PROVINCES_2008",
    "PROVINCES_2025",
]

#: The 63 provinces and centrally-run cities in force from 1 August 2008 to 30 June 2025.
PROVINCES_2008: tuple[str, ...] = (
    # Red River delta and the north
    "Hà Nội", "Hải Phòng", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai",
    "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn",
    "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên",
    "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình",
    # North and south central coast
    "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng",
    "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận",
    # Central highlands
    "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng",
    # South east
    "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh",
    # Mekong delta
    "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang",
    "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
)  # fmt: skip

#: The centrally-run cities among :data:`PROVINCES_2008` (Thừa Thiên Huế joined them only in 2025).
CENTRAL_CITIES_2008: frozenset[str] = frozenset({"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"})

#: The 34 units in force since 1 July 2025 (Resolution 202/2025/QH15); the first six are cities.
PROVINCES_2025: tuple[str, ...] = (
    "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ",
    "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
    "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
    "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
    "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
)  # fmt: skip

#: Each of the 63 old units and the 2025 unit it is part of.
MERGED_INTO_2025: dict[str, str] = {
    # unchanged
    "Hà Nội": "Hà Nội", "Thừa Thiên Huế": "Huế", "Lai Châu": "Lai Châu", "Điện Biên": "Điện Biên",
    "Sơn La": "Sơn La", "Lạng Sơn": "Lạng Sơn", "Quảng Ninh": "Quảng Ninh", "Thanh Hóa": "Thanh Hóa",
    "Nghệ An": "Nghệ An", "Hà Tĩnh": "Hà Tĩnh", "Cao Bằng": "Cao Bằng",
    # merged
    "Tuyên Quang": "Tuyên Quang", "Hà Giang": "Tuyên Quang",
    "Lào Cai": "Lào Cai", "Yên Bái": "Lào Cai",
    "Thái Nguyên": "Thái Nguyên", "Bắc Kạn": "Thái Nguyên",
    "Phú Thọ": "Phú Thọ", "Vĩnh Phúc": "Phú Thọ", "Hòa Bình": "Phú Thọ",
    "Bắc Ninh": "Bắc Ninh", "Bắc Giang": "Bắc Ninh",
    "Hưng Yên": "Hưng Yên", "Thái Bình": "Hưng Yên",
    "Hải Phòng": "Hải Phòng", "Hải Dương": "Hải Phòng",
    "Ninh Bình": "Ninh Bình", "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình",
    "Quảng Trị": "Quảng Trị", "Quảng Bình": "Quảng Trị",
    "Đà Nẵng": "Đà Nẵng", "Quảng Nam": "Đà Nẵng",
    "Quảng Ngãi": "Quảng Ngãi", "Kon Tum": "Quảng Ngãi",
    "Gia Lai": "Gia Lai", "Bình Định": "Gia Lai",
    "Khánh Hòa": "Khánh Hòa", "Ninh Thuận": "Khánh Hòa",
    "Lâm Đồng": "Lâm Đồng", "Đắk Nông": "Lâm Đồng", "Bình Thuận": "Lâm Đồng",
    "Đắk Lắk": "Đắk Lắk", "Phú Yên": "Đắk Lắk",
    "Hồ Chí Minh": "Hồ Chí Minh", "Bình Dương": "Hồ Chí Minh", "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
    "Đồng Nai": "Đồng Nai", "Bình Phước": "Đồng Nai",
    "Tây Ninh": "Tây Ninh", "Long An": "Tây Ninh",
    "Cần Thơ": "Cần Thơ", "Sóc Trăng": "Cần Thơ", "Hậu Giang": "Cần Thơ",
    "Vĩnh Long": "Vĩnh Long", "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long",
    "Đồng Tháp": "Đồng Tháp", "Tiền Giang": "Đồng Tháp",
    "Cà Mau": "Cà Mau", "Bạc Liêu": "Cà Mau",
    "An Giang": "An Giang", "Kiên Giang": "An Giang",
}  # fmt: skip

#: Other names and spellings of a unit; like canonical names they also take :data:`PREFIXES`.
#: "Hà Tây" was merged into Hà Nội in 2008.
ALIASES: dict[str, str] = {
    "Sài Gòn": "Hồ Chí Minh",
    "Saigon": "Hồ Chí Minh",
    "Hanoi": "Hà Nội",
    "Hà Tây": "Hà Nội",
    "Huế": "Thừa Thiên Huế",
    "Bắc Cạn": "Bắc Kạn",
    "Đắc Lắc": "Đắk Lắk",
    "Đăk Lăk": "Đắk Lắk",
    "Đắk Lắc": "Đắk Lắk",
    "Daklak": "Đắk Lắk",
    "Dak Lak": "Đắk Lắk",
    "Đắc Nông": "Đắk Nông",
    "Đăk Nông": "Đắk Nông",
    "Daknong": "Đắk Nông",
    "Dak Nong": "Đắk Nông",
    "Kontum": "Kon Tum",
    # abbreviations that also follow a prefix: "tỉnh BR-VT", "tỉnh TT-Huế"
    "BR-VT": "Bà Rịa - Vũng Tàu",
    "BRVT": "Bà Rịa - Vũng Tàu",
    "TT-Huế": "Thừa Thiên Huế",
}

#: Abbreviations that hold their prefix, taken as they are.
ABBREVIATIONS: dict[str, str] = {
    "TP.HCM": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh",
    "HCMC": "Hồ Chí Minh",
}

#: Words that stand before a unit's name. "TP" covers "TP.", "Tp." and "TP. " too: the
#: gazetteer compares word by word and lets a dot stand between two words.
PREFIXES: tuple[str, ...] = ("tỉnh", "thành phố", "TP")

#: Names that often mean something else in running text: "hòa bình" is "peace", "Thái
#: Bình" opens "Thái Bình Dương" (the Pacific) and "Hồ Chí Minh" is the President as often
#: as the city. Extractors should accept them only with a prefix or another place cue.
AMBIGUOUS: frozenset[str] = frozenset({"Hòa Bình", "Thái Bình", "Hồ Chí Minh"})
