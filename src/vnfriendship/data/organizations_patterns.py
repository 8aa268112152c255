"""Words that tell which union of friendship organisations, or which member body, a phrase names.

The names themselves (VUFO, HAUFO, each province's union, the provinces and the
countries) live in :mod:`vnfriendship.data.organizations`, :mod:`~vnfriendship.data.provinces`
and :mod:`~vnfriendship.data.countries`; these are the words around them. Every
word is compared by :func:`vnfriendship._text.fold_key`.
"""

from __future__ import annotations

__all__ = [
    "AFTER_BARE_UNION",
    "BRANCH_WORDS",
    "CENTRAL_WORDS",
    "CLUSTER_AWARDS",
    "CLUSTER_ROLE_VERBS",
    "CREDIT_WORDS",
    "LOCAL_CHAPTER_WORDS",
    "PARTNER_REGIONS",
    "PLURAL_WORDS",
    "RECEIVING_WORDS",
    "STATE_FORMS",
]

#: Words before a name that make it many unions or a generic one: "các Liên hiệp...", "mỗi Liên hiệp",
#: "hợp nhất hai Liên hiệp" ("năm" is left out: it is also "year").
PLURAL_WORDS: tuple[str, ...] = ("các", "những", "mỗi", "từng", "nhiều", "một số", "hai", "ba", "bốn")

#: The first word after a bare "Liên hiệp" that makes it another body: "Liên hiệp châu Âu",
#: "Liên hiệp quốc", "Liên hiệp các Hội Khoa học", "Liên hiệp Hợp tác xã".
AFTER_BARE_UNION: tuple[str, ...] = (
    "châu", "quốc", "các", "hội", "hợp", "thanh", "phụ", "xã", "công", "xí", "vương", "đường", "nông", "sản",
    "văn", "khoa", "tổ", "thành", "cấp", "huyện",
)  # fmt: skip

#: Words that may stand between a union and the cluster role it holds: "Liên hiệp ... tỉnh được giao làm
#: Cụm trưởng Cụm thi đua số 1", "suy tôn Liên hiệp ... làm Cụm trưởng", "giữ vai trò Cụm phó",
#: "với vai trò Trưởng Cụm thi đua số 3".
CLUSTER_ROLE_VERBS: tuple[str, ...] = (
    "là", "được", "đã", "đang", "sẽ", "tiếp tục", "giao", "bầu", "chọn", "suy tôn", "làm", "giữ", "vai trò",
    "đảm nhận", "đảm nhiệm", "nhận", "công nhận", "với", "trong",
)  # fmt: skip

#: Words of the award to the leader of a cluster, right before it: a union that receives it ("Liên hiệp … tỉnh X
#: được tặng Cờ thi đua đơn vị dẫn đầu Cụm thi đua số 3") is in that cluster.
CLUSTER_AWARDS: tuple[str, ...] = ("dẫn đầu",)

#: Words by which a union receives what is given to it: "được tặng", "nhận".
RECEIVING_WORDS: tuple[str, ...] = ("được", "nhận")

#: Words that mark the national body of an association: "Trung ương Hội...", "Hội... trung ương".
CENTRAL_WORDS: tuple[str, ...] = ("Trung ương", "TƯ", "T.Ư", "TW")

#: Words before "hội" that make it a branch or another gathering, not an association:
#: "Chi hội Hữu nghị Việt - Nga huyện...", "Đại hội Việt Nam - Lào".
BRANCH_WORDS: tuple[str, ...] = ("chi", "phân", "đại", "hiệp")

#: Words before "hội" that make it the chapter of the page's province: "Tỉnh hội Hữu nghị Việt - Lào".
LOCAL_CHAPTER_WORDS: tuple[str, ...] = ("tỉnh", "thành")

#: Words that open a photo or source credit, where a name is no mention of the body: "(Ảnh: VUFO)".
CREDIT_WORDS: tuple[str, ...] = ("Ảnh", "Ảnh minh họa", "Nguồn", "Photo", "Theo")

#: Words for the form of a state written before its name, which the partner of an association may carry:
#: "Việt Nam - Liên bang Đức", "Việt Nam - Vương quốc Bỉ".
STATE_FORMS: tuple[str, ...] = ("Liên bang", "Cộng hòa", "Cộng hoà", "Vương quốc", "Đại công quốc", "Nhà nước")

#: Partners of an association or committee that are regions, not countries; their first word
#: may be a country on its own ("Mỹ"), so they are tried first. "các nước" may precede any of them.
PARTNER_REGIONS: tuple[str, ...] = (
    "Mỹ Latinh", "Mỹ La tinh", "Mỹ La-tinh", "Á - Phi - Mỹ Latinh", "Á - Phi - Mỹ La tinh", "Á - Phi",
    "châu Phi", "châu Âu", "châu Á", "Bắc Âu", "Đông Âu", "Trung Đông", "Ả Rập",
    "ASEAN", "Đông Nam Á", "Nam Á", "Trung Á", "Mỹ - La tinh", "Liên minh châu Âu", "EU",
)  # fmt: skip
