"""Organisations: the friendship unions, Party and state bodies that issue directives,
and well-known foreign counterparts and donors.

Each province's union is named ``FRIENDSHIP_UNION + " tỉnh " + province`` (or
``" thành phố "`` for a centrally-run city); :func:`vnfriendship.data.builtin_entries`
generates them for every province and every way of writing it, so only the unions
with an acronym of their own (HAUFO, HUFO) appear here.
"""

from __future__ import annotations

__all__ = ["AMBIGUOUS", "FOREIGN_ORGANIZATIONS", "FRIENDSHIP_UNION", "ORGANIZATIONS"]

#: The words that open the name of VUFO and of every provincial union.
FRIENDSHIP_UNION = "Liên hiệp các tổ chức hữu nghị"

#: Vietnamese organisations: canonical name -> acronyms and other names.
ORGANIZATIONS: dict[str, tuple[str, ...]] = {
    # people's diplomacy
    "Liên hiệp các tổ chức hữu nghị Việt Nam": ("VUFO", "Vietnam Union of Friendship Organizations"),
    "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội": ("HAUFO", "Hanoi Union of Friendship Organizations"),
    "Liên hiệp các tổ chức hữu nghị thành phố Hồ Chí Minh": (
        "HUFO",
        "Ho Chi Minh City Union of Friendship Organizations",
    ),
    "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài": (
        "PACCOM",
        "Ủy ban Công tác về các TCPCPNN",
        "Ban Điều phối viện trợ nhân dân",
    ),
    "Ủy ban Hòa bình Việt Nam": ("Vietnam Peace Committee",),
    "Ủy ban Đoàn kết Việt Nam - Cu Ba": ("Ủy ban Đoàn kết Việt Nam - Cuba",),
    # Party bodies
    "Bộ Chính trị": (),
    "Ban Bí thư": ("Ban Bí thư Trung ương Đảng", "Ban Bí thư Trung ương", "Ban Bí thư T.Ư", "Ban Bí thư TƯ"),
    "Ban Chấp hành Trung ương Đảng": (
        "Ban Chấp hành Trung ương",
        "BCH Trung ương",
        "BCH Trung ương Đảng",
        "BCH T.Ư",
        "BCH TƯ",
        "Trung ương Đảng",
    ),
    "Ban Đối ngoại Trung ương": ("Ban Đối ngoại T.Ư", "Ban Đối ngoại TƯ"),
    "Ban Dân vận Trung ương": ("Ban Dân vận T.Ư", "Ban Dân vận TƯ"),
    "Ban Tuyên giáo Trung ương": ("Ban Tuyên giáo T.Ư", "Ban Tuyên giáo TƯ"),
    "Ban Tuyên giáo và Dân vận Trung ương": ("Ban Tuyên giáo và Dân vận T.Ư", "Ban Tuyên giáo và Dân vận TƯ"),
    # state bodies
    "Quốc hội": (),
    "Ủy ban Thường vụ Quốc hội": ("UBTVQH",),
    "Ủy ban Đối ngoại của Quốc hội": ("Ủy ban Đối ngoại Quốc hội",),
    "Chính phủ": (),
    "Thủ tướng Chính phủ": (),
    "Bộ Ngoại giao": (),
    # the Front and mass organisations
    "Mặt trận Tổ quốc Việt Nam": ("MTTQ Việt Nam", "MTTQVN"),
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": (
        "Ủy ban Trung ương MTTQ Việt Nam",
        "Ủy ban T.Ư MTTQ Việt Nam",
        "UBTƯ MTTQ Việt Nam",
    ),
    "Hội Liên hiệp Phụ nữ Việt Nam": ("Hội LHPN Việt Nam",),
    "Tổng Liên đoàn Lao động Việt Nam": ("Tổng LĐLĐ Việt Nam",),
    "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": ("Trung ương Đoàn", "T.Ư Đoàn"),
    "Hội Chữ thập đỏ Việt Nam": (),
}

#: Foreign counterparts and donors: canonical name -> acronyms and Vietnamese names.
FOREIGN_ORGANIZATIONS: dict[str, tuple[str, ...]] = {
    "United Nations": ("Liên hợp quốc", "LHQ"),
    "United Nations Security Council": (
        "Hội đồng Bảo an Liên hợp quốc", "Hội đồng Bảo an LHQ", "Hội đồng Bảo an", "HĐBA LHQ", "HĐBA",
    ),
    "United Nations General Assembly": ("Đại hội đồng Liên hợp quốc", "Đại hội đồng LHQ"),
    "United Nations Human Rights Council": ("Hội đồng Nhân quyền Liên hợp quốc", "Hội đồng Nhân quyền LHQ"),
    "Association of Southeast Asian Nations": ("ASEAN", "Hiệp hội các quốc gia Đông Nam Á"),
    "European Union": ("Liên minh châu Âu", "EU"),
    "World Peace Council": ("WPC", "Hội đồng Hòa bình Thế giới"),
    "Chinese People's Association for Friendship with Foreign Countries": (
        "CPAFFC",
        "Hội Hữu nghị Đối ngoại Nhân dân Trung Quốc",
    ),
    "China Association for International Understanding": ("CAFIU",),
    "Japan International Cooperation Agency": ("JICA", "Cơ quan Hợp tác Quốc tế Nhật Bản"),
    "Korea International Cooperation Agency": ("KOICA", "Cơ quan Hợp tác Quốc tế Hàn Quốc"),
    "United States Agency for International Development": ("USAID", "Cơ quan Phát triển Quốc tế Hoa Kỳ"),
    "World Vision": ("World Vision International", "Tổ chức Tầm nhìn Thế giới"),
    "Save the Children": ("Tổ chức Cứu trợ Trẻ em",),
    "Plan International": (),
    "Oxfam": (),
    "ActionAid": (),
    "Catholic Relief Services": ("CRS",),
}

#: Names that also occur inside other phrases: "Chính phủ" in "tổ chức phi chính phủ"
#: (a non-governmental organisation) is no issuer.
AMBIGUOUS: frozenset[str] = frozenset({"Chính phủ"})
