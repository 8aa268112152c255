"""News outlets: canonical names with their short forms, domains and lede prefixes.

Provincial party papers are not listed one by one: every province in
:mod:`vnfriendship.data.provinces` has a paper named ``PROVINCIAL_PAPER + " " + name``
("Báo Nghệ An"), which :func:`vnfriendship.data.builtin_entries` generates.
"""

from __future__ import annotations

__all__ = [
    "AMBIGUOUS",
    "DEPARTMENT_OPENERS",
    "EDITION_SUFFIXES",
    "LEDE_PREFIXES",
    "LOCAL_UNITS",
    "OUTLETS",
    "PROVINCE_UNITS",
    "PROVINCIAL_DOMAIN_PREFIX",
    "PROVINCIAL_PAPER",
    "PUBLISHER_OPENERS",
    "SUPERIOR_COMMITTEES",
    "SUPERIOR_COUNCILS",
]

#: Canonical name -> other names, short forms and domains.
OUTLETS: dict[str, tuple[str, ...]] = {
    "Thời Đại": ("Tạp chí Thời Đại", "thoidai.com.vn"),
    "Nhân Dân": ("Báo Nhân Dân", "Nhân Dân điện tử", "nhandan.vn", "nhandan.com.vn"),
    "Kinh tế & Đô thị": ("Kinh tế và Đô thị", "Báo Kinh tế & Đô thị", "Báo Kinh tế và Đô thị", "kinhtedothi.vn"),
    "Thế giới & Việt Nam": ("Thế giới và Việt Nam", "Báo Thế giới & Việt Nam", "baoquocte.vn"),
    "Báo điện tử Chính phủ": ("Báo Chính phủ", "Cổng Thông tin điện tử Chính phủ", "baochinhphu.vn", "chinhphu.vn"),
    "TTXVN": ("Thông tấn xã Việt Nam", "Vietnam News Agency"),
    # The agency's own papers: a page they publish names them, and a reader names them too.
    "VietnamPlus": ("Vietnam+", "Báo điện tử VietnamPlus", "vietnamplus.vn"),
    "Báo Tin tức": ("Tin tức", "baotintuc.vn"),
    "VOV": ("Đài Tiếng nói Việt Nam", "Tiếng nói Việt Nam", "vov.vn", "VOV World", "vovworld.vn"),
    "VTV": ("Đài Truyền hình Việt Nam", "vtv.vn"),
    "VnExpress": ("vnexpress.net",),
    "Tuổi Trẻ": ("Báo Tuổi Trẻ", "Tuổi Trẻ Online", "tuoitre.vn"),
    "Thanh Niên": ("Báo Thanh Niên", "thanhnien.vn"),
    "Sài Gòn Giải Phóng": ("Báo Sài Gòn Giải Phóng", "SGGP", "sggp.org.vn"),
    "Người Lao Động": ("Báo Người Lao Động", "nld.com.vn"),
    "Quân đội nhân dân": ("Báo Quân đội nhân dân", "QĐND", "qdnd.vn"),
    "Hà Nội mới": ("Báo Hà Nội mới", "hanoimoi.vn", "hanoimoi.com.vn"),
    "Báo điện tử Đảng Cộng sản Việt Nam": ("Báo Đảng Cộng sản", "dangcongsan.vn"),
    "Tiền Phong": ("Báo Tiền Phong", "tienphong.vn"),
    "VietNamNet": ("vietnamnet.vn",),
    "Dân trí": ("Báo Dân trí", "dantri.com.vn"),
    "Lao Động": ("Báo Lao Động", "laodong.vn"),
    "Phụ nữ TP.HCM": ("Báo Phụ nữ TP.HCM", "Phụ nữ Thành phố Hồ Chí Minh", "phunuonline.com.vn"),
}

#: Short forms that open a lede ("NDO - Chiều 4/6, ...") or close an article, and their outlet.
LEDE_PREFIXES: dict[str, str] = {
    "NDO": "Nhân Dân",
    "NDĐT": "Nhân Dân",
    "KTĐT": "Kinh tế & Đô thị",
    "TG&VN": "Thế giới & Việt Nam",
    "TGVN": "Thế giới & Việt Nam",
    "Chinhphu.vn": "Báo điện tử Chính phủ",
    "TTXVN": "TTXVN",
    "VNA": "TTXVN",
    "VOV.VN": "VOV",
    "VTV.vn": "VTV",
    "TTO": "Tuổi Trẻ",
    "TNO": "Thanh Niên",
    "SGGPO": "Sài Gòn Giải Phóng",
    "NLĐO": "Người Lao Động",
    "QĐND Online": "Quân đội nhân dân",
    "HNMO": "Hà Nội mới",
    "ĐCSVN": "Báo điện tử Đảng Cộng sản Việt Nam",
    "TPO": "Tiền Phong",
    "PNO": "Phụ nữ TP.HCM",
    "VOV5": "VOV",
}

#: The word that opens the name of a province's party paper.
PROVINCIAL_PAPER = "Báo"

#: How the domain of a province's paper begins: "bao" and the province's name without
#: accents or spaces ("baodaklak.vn", "baothanhhoa.vn", "baogialai.com.vn").
PROVINCIAL_DOMAIN_PREFIX = "bao"

#: How the masthead of a body's own website begins: portals, departments, unions, Party
#: committees ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH", "Sở Ngoại vụ tỉnh Lạng Sơn").
PUBLISHER_OPENERS: tuple[str, ...] = (
    "Cổng thông tin",
    "Cổng TTĐT",
    "Trang thông tin",
    "Trang tin",
    "Báo",
    "Tạp chí",
    "Đài",
    "Sở",
    "Liên hiệp",
    "Hội",
    "Ủy ban",
    "UBND",
    "Ban",
    "Tỉnh ủy",
    "Thành ủy",
    "Đảng bộ",
)

#: A government site's masthead may print its superior body on the line above its own name ("UBND TỈNH LẠNG SƠN" /
#: "SỞ NGOẠI VỤ"): the site is the department's, named with the superior's place ("Sở Ngoại vụ tỉnh Lạng Sơn").
#: A people's committee lends its place; a Party committee lends its whole name ("Ban Tuyên giáo Tỉnh ủy Quảng Ninh").
SUPERIOR_COUNCILS: tuple[str, ...] = ("UBND", "Ủy ban nhân dân")
SUPERIOR_COMMITTEES: tuple[str, ...] = ("Tỉnh ủy", "Thành ủy")
#: How the name of a department under them opens.
DEPARTMENT_OPENERS: tuple[str, ...] = ("Sở", "Ban", "Liên hiệp", "Hội")

#: Units below a province whose own portal's masthead may name its province after a dash ("CỔNG THÔNG TIN ĐIỆN TỬ
#: HUYỆN KỲ SƠN - TỈNH NGHỆ AN"): the outlet is the district's portal.
LOCAL_UNITS: tuple[str, ...] = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")

#: Units a masthead names its province with, after a local unit and a dash.
PROVINCE_UNITS: tuple[str, ...] = ("tỉnh", "thành phố", "TP")

#: Words a masthead adds after the outlet's name ("Báo Đắk Lắk điện tử", "Tuổi Trẻ Online").
EDITION_SUFFIXES: tuple[str, ...] = ("điện tử", "online")

#: Names that are also everyday words ("nhân dân" = the people, "thời đại" = era, "lao
#: động" = labour, "tin tức" = news, "Quân đội nhân dân" = the army) or that lose a sign
#: in the word split ("Vietnam+" reads as "Vietnam"): trust them only as a source.
AMBIGUOUS: frozenset[str] = frozenset(
    {
        "Thời Đại",
        "Nhân Dân",
        "Tuổi Trẻ",
        "Thanh Niên",
        "Tiền Phong",
        "Dân trí",
        "Lao Động",
        "Người Lao Động",
        "Quân đội nhân dân",
        "Tin tức",
        "Vietnam+",
        "Tiếng nói Việt Nam",
    }
)
