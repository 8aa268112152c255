"""Cue words of the body-name chunker (:mod:`vnfriendship._bodies`).

A body's name opens with a head noun (:data:`HEADS`), runs over capitalised words and
the lower-case words names of bodies hold (:data:`BODY_WORDS`), takes the place it
names and an acronym in brackets, and ends before a term (:data:`TERM_WORDS`), a verb,
a person's name or the next item of a list. Every entry is compared through
:func:`vnfriendship._text.fold_key`; phrases are matched word by word.
"""

from __future__ import annotations

__all__ = [
    "ADDRESS_WORDS",
    "AFTER_PLACE",
    "BEFORE_PLACE",
    "BODY_WORDS",
    "CLOSED_HEADS",
    "COMMON_COMPOUNDS",
    "EVENT_WORDS",
    "FIELDS",
    "FOREIGN_CONNECTORS",
    "HEADS",
    "LIST_OPENERS",
    "MISSIONS",
    "NOT_TAILS",
    "NUMBERED",
    "OWN_PLACE",
    "PLACE_NOUNS",
    "TERM_WORDS",
    "TRAILING",
]

#: Words that open the term of a body, which is no part of its name: "Hội khóa III",
#: "Ban Chấp hành nhiệm kỳ 2023 - 2028", "Hội ... lần thứ III".
TERM_WORDS: tuple[str, ...] = ("khóa", "nhiệm kỳ", "lần thứ")

#: The fields a ministry, department or council is named for. "và" joins two of them inside
#: one name even where the second is written in lower case ("Bộ Khoa học và công nghệ", "Sở
#: Lao động - Thương binh và xã hội"); before any other lower-case word it ends the name.
FIELDS: tuple[str, ...] = (
    "khoa học", "công nghệ", "kế hoạch", "đầu tư", "văn hóa", "thể thao", "du lịch", "thông tin",
    "truyền thông", "lao động", "thương binh", "xã hội", "tài nguyên", "môi trường", "giáo dục",
    "đào tạo", "nông nghiệp", "phát triển nông thôn", "giao thông", "vận tải", "công thương", "y tế",
    "tư pháp", "nội vụ", "ngoại vụ", "ngoại giao", "xây dựng", "tài chính", "quốc phòng", "an ninh",
    "kinh tế", "thương mại", "công nghiệp", "kỹ thuật", "nghệ thuật", "dân số", "gia đình", "trẻ em",
)  # fmt: skip

#: Words for a place that "tại" or "ở" may lead to inside a name: "Hội Liên lạc với người Việt
#: Nam ở nước ngoài" (a place's name or a body after "tại" always may).
PLACE_NOUNS: tuple[str, ...] = ("nước ngoài", "địa phương", "miền", "vùng", "khu vực")

#: Words after a unit ("tỉnh", "thành phố") for the writer's own place, which close a name as a place's name does:
#: "Hội Hữu nghị Việt Nam - Lào tỉnh ta", "Liên hiệp các tổ chức hữu nghị tỉnh nhà".
OWN_PLACE: tuple[str, ...] = ("ta", "nhà")

#: Words that join a place to a name right before it: "Hội đồng Hòa bình toàn Ấn Độ".
BEFORE_PLACE: tuple[str, ...] = ("toàn",)

#: The lower-case words an organisation name may hold ("Ủy ban Công tác về các tổ chức phi
#: chính phủ nước ngoài"). An appositive ends at the first lower-case word not listed.
BODY_WORDS: tuple[str, ...] = (
    "các", "tổ chức", "hữu nghị", "và", "về", "của", "tại", "ở", "cấp", "số",
    "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn",
    "nhân dân", "thường trực", "thường vụ", "trung ương", "nhà nước", "chính phủ", "chính trị",
    "hòa bình", "đoàn kết", "hợp tác", "phát triển", "phi chính phủ", "nước ngoài", "quốc tế",
    "thế giới", "bảo vệ", "công tác", "đối ngoại", "dân vận", "tuyên giáo", "ngoại vụ",
    "kế hoạch", "đầu tư", "quốc gia", "xã hội", "người", "kiều bào", "cựu chiến binh", "phụ nữ",
    "thanh niên", "liên lạc", "văn hóa", "giáo dục", "đào tạo", "y tế", "du lịch", "thể thao",
    "khoa học", "công nghệ", "kỹ thuật", "kinh tế", "thương mại", "công thương", "nông nghiệp",
    "nông thôn", "môi trường", "tài nguyên", "lao động", "thương binh", "nội vụ", "ngoại giao",
    "tài chính", "tư pháp", "công an", "quân đội", "quân sự", "biên phòng", "danh dự", "đặc biệt", "bộ đội",
    "địa phương", "vùng cao", "miền núi",
    "khu vực", "chi hội", "hội", "ban", "ủy ban", "đảng", "đảng ủy", "đảng đoàn", "tỉnh ủy",
    "thành ủy", "huyện ủy", "sở", "bộ", "viện", "trường", "bệnh viện", "trung tâm", "đại học",
    "cơ sở", "tiểu học", "trung học", "phổ thông", "mặt trận", "tổ quốc", "vận động", "thành lập",
    "thông tin", "truyền thông", "báo chí", "phát thanh", "truyền hình", "doanh nghiệp",
    "doanh nhân", "đại diện", "nghiên cứu", "cộng hòa", "cộng sản", "dân chủ", "liên bang",
    "vương quốc", "liên hiệp", "chấp hành", "bí thư", "dự khuyết", "đa phương", "song phương",
    "nhân đạo", "từ thiện", "khuyến học", "chữ thập đỏ", "chất độc da cam", "nạn nhân", "chiến tranh",
    "hậu quả", "việt kiều", "hải ngoại", "tình nguyện", "chuyên gia", "châu Á", "châu Âu",
    "châu Phi", "châu Mỹ", "thi đua", "khen thưởng", "hội đồng", "quốc hội", "học viện", "đại sứ quán",
    "lãnh sự quán", "văn phòng", "đoàn", "tạp chí", "công ty", "cổ phần", "trách nhiệm hữu hạn", "tập đoàn",
    "tổng cục", "ngân hàng",
    "cơ quan", "lực lượng", "quân khu", "bộ đội", "dân tộc", "tôn giáo", "liên minh", "công đoàn",
    "chỉ đạo", "nông dân", "thông tấn xã", "liên đoàn", "hiệp hội", "câu lạc bộ", "quốc phòng",
    "an ninh", "xây dựng", "giao thông", "vận tải", "kiểm toán", "thanh tra", "tòa án", "kiểm sát",
    "thuộc", "cán bộ", "vấn đề", "liên hợp quốc", "quản trị", "quản lý", "chỉ huy", "trị sự", "giáo hội",
    "phật giáo", "công giáo", "tin lành", "hội đồng bộ trưởng", "nghị viện", "thiểu số", "sinh viên",
    "cựu sinh viên", "học sinh", "cách mạng", "đất nước", "sư phạm", "bách khoa", "ngoại ngữ",
    "vùng", "bang", "khu tự trị", "phía", "miền", "nghị sĩ", "khuyết tật", "trẻ em", "mồ côi",
    "cộng đồng", "cao tuổi", "xung phong", "dự án", "nghệ thuật", "văn học", "di sản", "luật gia",
    "giáo chức", "liệt sĩ", "người có công", "dioxin", "biên giới", "hải đảo", "miền núi", "gia đình",
    "dân số", "sức khỏe", "đa khoa", "tổng hợp", "hàng không", "dầu khí", "điện lực", "thủy sản",
    "lâm nghiệp", "công nghiệp", "nhân quyền", "tiến bộ", "bình đẳng giới", "đại biểu",
    "nhà trường", "sư sãi", "yêu nước", "với", "quan hệ", "chi bộ", "thôn", "ấp", "xóm", "buôn",
    "khu phố", "tổ dân phố", "lâm thời", "vì", "cửa khẩu",
)  # fmt: skip

#: Words that, after "và", open the next item of a list, never the rest of a name written in lower case
#: ("Chính phủ và nhân dân Lào", "Viện … và các trường").
LIST_OPENERS: tuple[str, ...] = ("các", "những", "mọi", "nhân dân", "đồng bào", "bà con")

#: Heads whose name is whole by itself: a head noun right after one opens the next body, a comma left out
#: ("tại Tỉnh ủy Hội Hữu nghị Việt - Lào, …" names two bodies); a place after one still belongs to it.
CLOSED_HEADS: tuple[str, ...] = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Quốc hội", "Chính phủ")

#: Heads of a diplomatic mission, whose name goes on after "tại" with the city it sits in, a city the gazetteer
#: knows or not: "Tổng Lãnh sự quán Việt Nam tại Mumbai".
MISSIONS: tuple[str, ...] = ("Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán")

#: Lower-case words between two capitalised words of a foreign body's name: "Habitat for
#: Humanity", "Bread for the World", "Friends of Vietnam Heritage".
FOREIGN_CONNECTORS: frozenset[str] = frozenset(
    {"for", "of", "the", "and", "with", "without", "on", "de", "des", "du", "et", "pour", "für", "und"}
)

#: Lower-case words that may follow a place name inside an organisation name
#: ("Liên hiệp các tổ chức hữu nghị Việt Nam tỉnh Hải Dương"); any other word ends it.
AFTER_PLACE: tuple[str, ...] = (
    "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "tại", "ở", "khóa", "vùng", "bang",
    "xây dựng đất nước",  # "Mặt trận Lào xây dựng đất nước"
    "về", "hữu nghị", "thuộc",  # "Hội Belarus về hữu nghị ...", "Viện Cuba hữu nghị với các dân tộc"
    "vì",  # "Hội Cựu chiến binh Mỹ vì hòa bình"
)  # fmt: skip

#: Words that open an address after a comma, which goes on naming the body before it
#: ("Hội Nông dân xã Tân Lập, huyện Yên Lập, tỉnh Phú Thọ").
ADDRESS_WORDS: tuple[str, ...] = ("tỉnh", "thành phố", "TP", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")

#: Words that end an organisation's name although it may hold them ("... tỉnh Bắc Giang
#: tổ chức hội nghị"): they are dropped from its end.
TRAILING: tuple[str, ...] = (
    "về", "của", "tại", "và", "các", "ở", "cấp", "với", "thuộc", "tổ chức", "vận động", "thành lập",
    "thông tin", "số", "khóa", "nhiệm kỳ", "vì",
)  # fmt: skip

#: Lower-case words that never end a compound of a body's name ("Hội Nông dân", "Sở Y tế"):
#: after a capitalised syllable they open the rest of the sentence ("... Hội Khuyến học đã trao").
NOT_TAILS: frozenset[str] = frozenset(
    {
        "đã", "sẽ", "đang", "vừa", "mới", "là", "được", "bị", "cho", "với", "cùng", "cũng", "thì", "mà",
        "này", "đó", "khi", "nhưng", "và", "của", "tại", "ở", "trong", "ngoài", "về", "từ", "đến", "để",
        "do", "nhằm", "theo", "như", "các", "những", "một", "có", "không", "chưa", "rất", "đều",
        # first syllables of the verbs that follow a speaker's position
        "phát", "nhấn", "khẳng", "chia", "trao", "tặng", "chủ", "dự", "báo", "đề", "bày", "gửi", "tiếp",
        "thăm", "làm", "ký", "cảm", "chúc", "mong", "nói", "hỏi", "kêu", "đánh", "ghi", "đón",
    }
)  # fmt: skip

#: Lower-case words a number may follow inside a body's name: "Cụm thi đua số 1", "Hội nhiệm kỳ 2019 - 2024",
#: "Quân khu 2", "Sư đoàn 312", "Khu phố 3". After a capital a number always may ("Quân đoàn 4").
NUMBERED: frozenset[str] = frozenset({"số", "khóa", "kỳ", "khu", "đoàn", "đội", "phố", "tổ", "cụm", "khối"})

#: Head nouns: a body's name opens with one ("Ban Dân vận Trung ương", "UBND tỉnh"). A
#: comma-separated segment that opens with one continues the body before it when that body
#: is a unit of it ("Vụ Trung Quốc - Đông Bắc Á, Ban Đối ngoại ..."). The gazetteer table
#: ``body_head`` holds them, so a plugin can add more.
HEADS: tuple[str, ...] = (
    "Liên hiệp", "Hội", "Chi hội", "Tỉnh hội", "Ban", "Bộ", "Vụ", "Cục", "Tổng cục", "Sở", "Phòng", "Viện",
    "Học viện", "Trường", "Đại học", "Ủy ban", "UBND", "HĐND", "MTTQ", "Tỉnh ủy", "Thành ủy",
    "Huyện ủy", "Đảng ủy", "Đảng đoàn", "Đảng bộ", "Đảng", "Trung ương", "Trung ương Đảng", "TW",
    "TƯ", "T.Ư", "Bộ Chính trị", "Ban Bí thư", "Mặt trận", "Quỹ", "Trung tâm", "Văn phòng",
    "Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "Hội đồng", "Công ty", "Tập đoàn",
    "Tổng công ty", "Bệnh viện", "Báo", "Đài", "Tạp chí", "Chính phủ", "Quốc hội", "Liên đoàn",
    "Tổng Liên đoàn", "Đoàn", "Cụm", "Khối", "Ngân hàng", "Cơ quan", "Tổ chức", "Liên minh",
    "Hiệp hội", "Câu lạc bộ", "Nghị viện", "Giáo hội", "Tỉnh đoàn", "Thành đoàn", "LHHN", "Bộ đội", "Đồn",
)  # fmt: skip

#: Capitalised words after "Hội" that make it a gathering, not an association.
EVENT_WORDS: frozenset[str] = frozenset(
    {"nghị", "thảo", "thi", "chợ", "đàm", "diễn", "ngộ", "báo", "trại", "xuân", "sách", "nghi"}
)

#: Head nouns that, with the lower-case syllable after them, make a common word, no body's name (a sentence may
#: open with one, capitalised): "Báo cáo" (a report), "Ban hành" (to issue), "Đoàn kết", "Trường hợp".
COMMON_COMPOUNDS: dict[str, frozenset[str]] = {
    "Báo": frozenset({"cáo"}),
    "Ban": frozenset({"hành", "đầu"}),
    "Đoàn": frozenset({"kết"}),
    "Trường": frozenset({"hợp"}),
    "Bộ": frozenset({"phận"}),
}
