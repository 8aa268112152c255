"""Party and state documents: the words that name their type, the codes of their symbols, their issuers.

Type words and issuers are patterns for the ``regex`` module (matched where a
citation is read); case and tone placement of type words never need a variant.
"""

from __future__ import annotations

from .._model import DirectiveKind

__all__ = [
    "AUDIENCES",
    "BARE_NUMBER_KINDS",
    "CLAUSE_AUXILIARIES",
    "CLAUSE_OPENERS",
    "CONVEYING_VERBS",
    "DECISION_VERBS",
    "DOCUMENT_CODES",
    "DOCUMENT_PREDICATES",
    "DOCUMENT_TYPES",
    "GENERIC_DOCUMENTS",
    "ISSUERS",
    "LOCAL_BODIES",
    "NUMBER_UNITS",
    "TITLED_KINDS",
    "TITLE_ENDINGS",
    "TITLE_GOES_ON",
]

#: The word a citation opens with -> the kind of document. Longer words first.
DOCUMENT_TYPES: tuple[tuple[str, DirectiveKind], ...] = (
    ("Thông báo kết luận", "notice"),
    ("Thông tư liên tịch", "circular"),
    ("Chương trình hành động", "program"),
    ("Chỉ thị", "directive"),
    ("Nghị quyết", "resolution"),
    ("Kết luận", "conclusion"),
    ("Quy định", "regulation"),
    ("Qui định", "regulation"),
    ("Quy chế", "regulation"),
    ("Quyết định", "decision"),
    ("Nghị định", "decree"),
    ("Thông tư", "circular"),
    ("Luật", "law"),
    ("Thông báo", "notice"),
    ("Hướng dẫn", "guideline"),
    ("Đề án", "scheme"),
    ("Chương trình", "program"),
    ("Kế hoạch", "plan"),
    ("Chiến lược", "strategy"),
    ("Công văn", "other"),
    ("Pháp lệnh", "other"),
)

#: The document code of a symbol ("12-CT/TW", "1234/QĐ-TTg") -> kind, for a symbol cited without its type word.
DOCUMENT_CODES: dict[str, DirectiveKind] = {
    "CT": "directive",
    "NQ": "resolution",
    "KL": "conclusion",
    "QC": "regulation",
    "QĐ": "decision",
    "NĐ": "decree",
    "TT": "circular",
    "TTLT": "circular",
    "TB": "notice",
    "HD": "guideline",
    "ĐA": "scheme",
    "CTr": "program",
    "CTHĐ": "program",
    "KH": "plan",
}

#: Kinds that a capitalised type word and a bare number cite ("Chỉ thị 12"); the others need "số" or a symbol,
#: since "Kế hoạch 5 năm" or "Chương trình 2 ngày" are no citations.
BARE_NUMBER_KINDS: frozenset[DirectiveKind] = frozenset(
    {"directive", "resolution", "conclusion", "regulation", "decision", "decree", "circular", "notice",
     "guideline", "scheme"}
)

#: Kinds cited by a quoted title alone (Đề án "…"); other kinds need an issuer or "ban hành" beside the title,
#: since a "Chương trình “…”" is more often a gala than a government programme.
TITLED_KINDS: frozenset[DirectiveKind] = frozenset({"scheme", "strategy", "law"})

#: Words after a number that make it a count, not a document number ("Kết luận 3 vấn đề").
NUMBER_UNITS: tuple[str, ...] = (
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "người", "lượt", "đại biểu", "tỷ", "triệu", "nghìn",
    "ngàn", "đồng", "USD", "%", "điểm", "nội dung", "nhiệm vụ", "vấn đề", "giải pháp", "mục tiêu", "trang",
    "điều", "chương", "khoản", "lần", "đợt", "văn bản", "bước", "thành viên", "hội viên", "học viên", "cán bộ",
    "đơn vị", "tổ chức", "hoạt động", "chuyên đề", "lớp", "nhóm", "dự án", "cuộc", "đoàn", "tỉnh", "xã", "hộ",
    "suất", "em", "quốc gia", "nước",
)  # fmt: skip

# A ministry: "Bộ Ngoại giao", "Bộ Kế hoạch và Đầu tư", "Bộ Lao động - Thương binh và Xã hội".
_MINISTRY = r"Bộ (?!Bộ )\p{Lu}\p{Ll}*(?: \p{Ll}+| \p{Lu}\p{Ll}+)?(?:(?:,| và| -) (?!Bộ )\p{Lu}\p{Ll}*(?: \p{Ll}+)?)*"

#: National issuers, as patterns tried in order, each with whether it matches regardless of case. The issuer
#: is the name as the text writes it ("Ban Bí thư T.Ư", "Ban Bí thư TW Đảng"), as FIELDS.md asks.
ISSUERS: tuple[tuple[str, bool], ...] = (
    (r"Ban Bí thư (?:Trung ương|T\.\s?Ư\.?|TƯ|TW)(?: Đảng)?", True),
    (r"Ban Bí thư|BBT", True),
    # a joint issuer: "Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư"
    (r"Bộ Chính trị(?:,| và) Ban Bí thư(?: (?:Trung ương|T\.\s?Ư\.?|TƯ|TW)(?: Đảng)?)?", False),
    (r"Bộ Chính trị", True),
    (r"(?:Ban Chấp hành |BCH ?)(?:Trung ương|T\.\s?Ư\.?|TƯ|TW)(?: Đảng)?", True),
    (r"Thủ tướng(?: Chính phủ)?", True),
    (r"Chính phủ", True),
    (r"Ủy ban Thường vụ Quốc hội|Uỷ ban Thường vụ Quốc hội|UBTVQH", True),
    (r"Quốc hội", True),
    (r"Chủ tịch nước", True),
    (r"Văn phòng (?:Trung ương|T\.\s?Ư\.?|TƯ|TW)(?: Đảng)?", True),
    (r"Văn phòng Chính phủ", True),
    # the Party's delegation or committee in a body, or the body's presidium or standing board: "Đảng đoàn Liên
    # hiệp các tổ chức hữu nghị Việt Nam", "Đảng đoàn Liên hiệp", "Ban cán sự đảng Bộ Ngoại giao", "Đảng ủy Bộ Ngoại
    # giao", "Đoàn Chủ tịch Liên hiệp …", "Ban Thường vụ Thành ủy"
    (
        r"(?:Đảng đoàn|Đảng [uủ]ỷ|Đảng ủy|Ban [Cc]án sự [Đđ]ảng|Đoàn Chủ tịch|Ban Thường vụ) "
        r"(?:(?:Tỉnh|Thành|Huyện|Quận) (?:ủy|uỷ)|"
        r"Liên hiệp(?: các [Tt]ổ chức [Hh]ữu nghị)?(?: Việt Nam)?|"
        + _MINISTRY
        + r"|\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})",
        False,
    ),
    # a central board of the Party: "Ban Đối ngoại Trung ương", "Ban Tuyên giáo TW"
    (r"Ban \p{Lu}\p{Ll}*(?: (?:và )?\p{L}\p{Ll}*){0,3}? (?:Trung ương|T\.\s?Ư|TƯ|TW)(?: Đảng)?", False),
    (_MINISTRY, False),
)

#: Local bodies, named with their province after them: pattern, the agency codes of the symbols it issues
#: ("2144/QĐ-UBND", "05-CT/TU"), and whether "tỉnh"/"thành phố" comes before the province ("Ủy ban nhân dân
#: tỉnh Quảng Bình", "UBND tỉnh", but "Tỉnh ủy Quảng Bình"). Patterns match regardless of case unless they say
#: otherwise.
LOCAL_BODIES: tuple[tuple[str, frozenset[str], bool], ...] = (
    (r"Ủy ban nhân dân|Uỷ ban nhân dân|UBND", frozenset({"UBND"}), True),
    (r"Hội đồng nhân dân|HĐND", frozenset({"HĐND"}), True),
    (r"Ban Thường vụ Tỉnh ủy|Ban Thường vụ Tỉnh uỷ|BTV Tỉnh ủy", frozenset({"TU"}), False),
    (r"Ban Thường vụ Thành ủy|Ban Thường vụ Thành uỷ|BTV Thành ủy", frozenset({"TU", "ThU"}), False),
    (r"Ban Chấp hành Đảng bộ|BCH Đảng bộ", frozenset({"TU", "ThU"}), True),
    # a board or office of the committee: "Ban Đối ngoại Tỉnh ủy", "Ban Tuyên giáo và Dân vận Thành ủy",
    # "Thường trực Tỉnh ủy"
    (r"(?-i:(?:Ban|Văn phòng|Ủy ban|Uỷ ban|Thường trực)(?: (?:và )?\p{Lu}\p{Ll}*(?: \p{Ll}+)?){0,4} (?:Tỉnh|Thành) "
     r"(?:ủy|uỷ))", frozenset(), False),
    (r"Tỉnh ủy|Tỉnh uỷ", frozenset({"TU"}), False),
    (r"Thành ủy|Thành uỷ", frozenset({"TU", "ThU"}), False),
)

#: Words after a comma that open the sentence's own clause, so a subject ends before them ("Thực hiện Chỉ thị …
#: về A, những năm qua Hội đã …"); the connectives of a consequence among them ("… về A, nhờ đó thủ tục …").
CLAUSE_OPENERS: tuple[str, ...] = (
    "chúng tôi", "chúng ta", "những năm qua", "nhiều năm qua", "thời gian qua", "năm qua", "qua đó", "từ đó",
    "đến nay", "hiện nay", "đồng thời", "đây là", "điều này",
    "nhờ đó", "nhờ vậy", "nhờ thế", "do đó", "vì vậy", "vì thế", "bởi vậy",
)  # fmt: skip

#: A committee's head named after it, ending a subject: "kiện toàn Ban Chỉ đạo … do đồng chí A làm Trưởng ban"
#: ("do", a form of address, the name, then one of these verbs and the title).
HEAD_VERBS: tuple[str, ...] = ("làm", "giữ chức")

#: Words that, a few words after a comma, show a clause's verb ("…, Liên hiệp đã chủ động …").
CLAUSE_AUXILIARIES: tuple[str, ...] = ("đã", "đang", "sẽ", "vừa", "luôn", "cũng", "đều")

#: Verbs of conveying a document to its audience; a subject that holds one keeps its "tới …" ("Hướng dẫn … về
#: tuyên truyền, quán triệt Kết luận tới các chi bộ").
CONVEYING_VERBS: tuple[str, ...] = ("quán triệt", "tuyên truyền", "phổ biến", "triển khai", "học tập")

#: What is done to a document after "được", ending its subject ("… về A được quán triệt …").
DOCUMENT_PREDICATES: tuple[str, ...] = (
    "quán triệt", "triển khai", "phổ biến", "thực hiện", "ban hành", "công bố", "áp dụng", "nhắc lại",
    "cụ thể hóa", "sơ kết", "tổng kết", "học tập",
)  # fmt: skip

#: Verbs that open a decision's subject right after it, without "về": "Quyết định số 12 cho phép thành lập …",
#: "Quyết định số 34/QĐ-UBND phê duyệt …", "Thông tư số 05 hướng dẫn …".
DECISION_VERBS: tuple[str, ...] = (
    "cho phép", "phê duyệt", "phê chuẩn", "chuẩn y", "công nhận", "thành lập", "kiện toàn", "bổ nhiệm", "sửa đổi",
    "bổ sung",
    "quy định", "ban hành", "giao", "thực hiện", "triển khai", "hướng dẫn",
)  # fmt: skip

#: Words that end the title of a Party or state document ("… trong tình hình mới"): a subject stops after them
#: where a comma follows, since what comes next is the sentence's own clause.
TITLE_ENDINGS: tuple[str, ...] = (
    "trong tình hình mới", "trong thời kỳ mới", "trong giai đoạn mới", "trong giai đoạn hiện nay",
    "trong thời gian tới",
)  # fmt: skip

#: Words for documents that, after "và các" / "và những", refer to others in general ("… về A và các văn bản của
#: Trung ương"): the subject of the one cited ends before them.
GENERIC_DOCUMENTS: tuple[str, ...] = ("văn bản", "chỉ thị", "nghị quyết", "kết luận", "quy định", "chủ trương")

#: Words that carry a title on past a comma after its year ("… đến năm 2030, tầm nhìn đến năm 2045", "… giai
#: đoạn 2021 - 2025, định hướng đến năm 2030"); after any other comma, a title that ends in a year has ended.
TITLE_GOES_ON: tuple[str, ...] = ("tầm nhìn", "định hướng", "giai đoạn", "phương hướng")

#: Who a document is conveyed to after "tới"/"đến" ("quán triệt Kết luận … tới cán bộ, đảng viên"): no part of
#: its subject.
AUDIENCES: tuple[str, ...] = (
    "cán bộ", "đảng viên", "hội viên", "chi bộ", "toàn thể", "các tổ chức", "các hội", "các cấp", "các đơn vị",
    "các chi bộ", "đông đảo", "nhân dân", "người dân",
)  # fmt: skip

