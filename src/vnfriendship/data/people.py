"""Cue words of the people extractor: family names, organisation vocabulary, role verbs.

Every entry is compared through :func:`vnfriendship._text.fold_key`, so tone
placement never needs a variant, and neither does case, except in :data:`NAMED_AFTER`
and :data:`PLACE_WORDS`: there a word listed only in lower case matches only in lower
case ("bản" is a village, "Bản" ends "Nhật Bản"). Phrases are matched word by word.
"""

from __future__ import annotations

__all__ = [
    "BEHALF_QUALIFIERS",
    "CONCURRENT_ROLE_VERBS",
    "CREDIT_CUES",
    "DESCRIPTORS",
    "FAMILY_NAMES",
    "FOREIGN_ORG_WORDS",
    "LEAD_INS",
    "LIST_CUES",
    "MODIFIERS",
    "NAMED_AFTER",
    "NAME_PARTICLES",
    "NOT_PEOPLE",
    "ORDINALS",
    "ORG_BEFORE_NAME",
    "ORG_BEFORE_TITLE",
    "PASSING_MODIFIERS",
    "PLACE_WORDS",
    "RANKS",
    "ROLE_PRELUDE",
    "ROLE_VERBS",
    "ROYALS",
    "STREETS",
    "TITLE_COMPOUNDS",
    "UNITS_NAMED_FOR_NO_ONE",
    "VENUES",
    "VENUE_CLASSIFIERS",
    "WEAK_HONORIFICS",
]

#: Vietnamese family names, including those of the Tày, Thái, Mông, Khmer and Tây Nguyên
#: peoples. A run of capitalised syllables opening with one of them is a name, not a
#: place ("Vũ Xuân Hồng", not "Hải Phòng"). Names that mostly open something else
#: ("Phó" opens a title, "Ông" an address) are left out.
FAMILY_NAMES: frozenset[str] = frozenset(
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Trương", "Lương", "Mai", "Hà", "Tạ", "Đào",
        "Cao", "Lâm", "Thái", "Châu", "Quách", "Tô", "Kiều", "Lại", "Đoàn", "Chu", "Triệu", "Lưu",
        "Phùng", "Văn", "Nông", "Lò", "Hứa", "Doãn", "Khổng", "Tống", "Thân", "Giáp", "Âu", "La",
        "Vương", "Tăng", "Quan", "Đàm", "Lục", "Nghiêm", "Đồng", "Bạch", "Bế", "Cù", "Diệp", "Đậu",
        "Kha", "Khúc", "Khương", "Kim", "Lã", "Lạc", "Lữ", "Lường", "Mạc", "Mã", "Ma", "Ninh", "Phí",
        "Sầm", "Thạch", "Thiều", "Tiêu", "Tôn", "Từ", "Ứng", "Vi", "Viên", "Cầm", "Quàng", "Hầu",
        "Vàng", "Giàng", "Sùng", "Thào", "Vừ", "Lầu", "Mùa", "Sính", "Tráng", "Chảo", "Danh", "Sơn",
        "Ksor", "Siu", "Rah", "Rơ", "Kpă", "Niê", "Mlô", "Y", "Bàn", "Hạng", "Lèo", "Tòng", "Mông",
        "Đàng", "Chế", "Thích", "Khuất", "Cấn", "Nhữ", "Trình", "Mạch", "Biện", "Bành", "Cung", "Dư",
        "Đới", "Hàn", "Khâu", "Ngụy", "Nhan", "Quản", "Tiết", "Uông", "Ôn", "Ưng", "Lều", "Hoa",
        "Chau", "Néang",
    }
)  # fmt: skip

#: Lower-case particles inside foreign names: "Lula da Silva", "Hernández de la Cruz",
#: "van der Berg". They join a name only after a word no Vietnamese syllable spells.
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "de",
        "del",
        "della",
        "la",
        "las",
        "los",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "y",
        "e",
        "bin",
        "binti",
        "al",
    }
)

#: Forms of address that also mean other things ("anh" is a brother, "cô" a teacher):
#: they introduce only a Vietnamese name opening with a family name.
WEAK_HONORIFICS: frozenset[str] = frozenset({"anh", "chị", "cô", "chú"})

#: Words written before a title that belong to it: "nguyên Phó Chủ tịch nước".
MODIFIERS: frozenset[str] = frozenset({"nguyên", "cố", "tân", "quyền"})

#: Modifiers that say when a title was taken, not what it is: "tân Chủ tịch Hội" (newly elected) holds the
#: position "Chủ tịch" | "Hội", which the same article gives again when it tells the election.
PASSING_MODIFIERS: frozenset[str] = frozenset({"tân"})

#: Words that rank the title after them and are no title alone: "Phó" of "Phó Thủ tướng Chính phủ" (not "Phó" |
#: "Thủ tướng Chính phủ").
RANKS: frozenset[str] = frozenset({"phó"})

#: Words that may come between a name and its title: "(sau này là Chủ tịch ...)", ", hiện là ...".
LEAD_INS: frozenset[str] = frozenset({"sau", "này", "nay", "là", "hiện", "lúc", "đó", "khi", "ấy"})


#: Lower-case words that belong to the name of a body only where a capitalised name follows them:
#: "Phó Tổng Biên tập báo Granma", "Giám đốc hãng AFP", "Hội đồng Hòa bình toàn Ấn Độ"; elsewhere
#: they are other words ("báo cáo", "đài thọ", "toàn thể").
ORG_BEFORE_NAME: tuple[str, ...] = ("báo", "đài", "hãng", "nhà xuất bản", "nhật báo", "tuần báo", "toàn")


#: Words after a title that rank or scope it: "Phó Chủ tịch thứ nhất", "Phó Chủ tịch phụ trách
#: Liên hiệp ...".
ORDINALS: tuple[str, ...] = ("thứ nhất", "thứ hai", "thứ ba", "phụ trách")

#: Words before a title that make it part of a body's name: "Ban Bí thư", "Đoàn Chủ tịch",
#: "Liên minh Nghị sĩ".
ORG_BEFORE_TITLE: frozenset[str] = frozenset(
    {"ban", "đoàn", "văn phòng", "phủ", "bộ", "cơ quan", "hội đồng", "liên minh", "nhóm", "hiệp hội"}
)

#: Words after a title that make it another noun: "Đại sứ quán", "Tổng lãnh sự quán".
TITLE_COMPOUNDS: frozenset[str] = frozenset({"quán", "đoàn"})

#: Places and institutions named after a person together with the person's titles or rank:
#: "Khu lưu niệm Chủ tịch Tôn Đức Thắng", "Nhà tưởng niệm Đại tướng Võ Nguyên Giáp",
#: "Quảng trường Chủ tịch Kaysone Phomvihane". Titles and a name after one are part of its name
#: where the venue is written with its capital, as a proper name is ("yêu cầu Chủ tịch ..." is
#: no bridge) ...
VENUES: tuple[str, ...] = (
    "Khu lưu niệm", "Nhà lưu niệm", "Phòng lưu niệm", "Di tích lưu niệm", "Khu tưởng niệm",
    "Nhà tưởng niệm", "Đài tưởng niệm", "Bia tưởng niệm", "Khu di tích", "Di tích", "Bảo tàng",
    "Tượng đài", "Đền thờ", "Đền", "Lăng", "Nhà thờ", "Trường", "Đại học", "Học viện", "Thư viện",
    "Nhà văn hóa", "Cung văn hóa", "Quảng trường", "Công viên", "Vườn hoa", "Cầu", "Đại lộ",
)  # fmt: skip

#: ... or a street, in either case: "đường Chủ tịch Tôn Đức Thắng".
STREETS: tuple[str, ...] = ("Đường", "Phố")

#: Classifiers that make a venue after them a common noun: "con đường Chủ tịch Hồ Chí Minh đã
#: chọn" is a path taken, not a street.
VENUE_CLASSIFIERS: frozenset[str] = frozenset({"con"})

#: Names that a person's name may be the proper name of: "Trường Nguyễn Trãi", "Đại học
#: Tôn Đức Thắng", "đường Lê Duẩn", and every venue above. A name right after one of them is
#: not a person.
NAMED_AFTER: tuple[str, ...] = (
    *VENUES, *STREETS, "Bệnh viện", "Quỹ", "Giải", "Giải thưởng", "Công ty", "Tập đoàn", "Tiểu học",
    "Trung học", "THCS", "THPT", "phổ thông", "cơ sở", "Chùa", "Huân chương", "Huy chương",
    "Làng", "thôn", "bản", "xóm", "ấp", "Tư tưởng", "tư tưởng", "huyện", "quận", "xã", "phường",
    "thị xã", "thị trấn", "TX", "Cảng", "Sân bay", "chuyên", "Trạm", "Đồn", "Nhà máy", "Khu",
    "Hội trường", "Cung", "Nhà",
)  # fmt: skip

#: Place words: a run of capitals right after one is a place ("huyện Lục Nam"). Not "tỉnh" or
#: "thành phố": the gazetteer knows every province, and "Chủ tịch UBND tỉnh Lê Văn A" is a person.
PLACE_WORDS: tuple[str, ...] = (
    "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "TX",
    "thôn", "bản", "làng", "ấp", "xóm", "đường", "phố", "vùng", "miền", "đảo", "sông", "núi",
)  # fmt: skip

#: Units named after no one: after a body's head and one of these ("UBND huyện"), a full Vietnamese name of three or
#: four words is the person's, the unit being the page's own ("Phó Chủ tịch UBND huyện Đinh Văn An"). Wards,
#: communes and streets may bear a person's name ("phường Nguyễn Thái Bình").
UNITS_NAMED_FOR_NO_ONE: tuple[str, ...] = ("huyện", "thị xã")

#: Words that describe a person without a position: "nhà văn Nguyễn Huy Thiệp", "lãnh tụ
#: Cuba Phidel Castro", "em Lò Văn A". The name after one must open with a family name or be foreign.
DESCRIPTORS: tuple[str, ...] = (
    "nhà văn", "nhà thơ", "nhà báo", "nhà giáo", "nhà khoa học", "nhà nghiên cứu", "nhà sử học",
    "nhà ngoại giao", "nhà hoạt động", "nhà hoạt động xã hội", "nhà tài trợ", "nhạc sĩ", "họa sĩ",
    "nghệ sĩ", "ca sĩ", "diễn viên", "thi sĩ", "đại thi hào", "luật sư", "kỹ sư", "lãnh tụ",
    "doanh nhân", "cựu chiến binh", "liệt sĩ", "anh hùng", "Hòa thượng", "Thượng tọa", "Đại đức", "Linh mục",
    "Giám mục", "em", "cháu", "cụ", "bác", "thầy", "cô giáo", "thầy giáo", "học sinh", "sinh viên",
    "bệnh nhân", "tình nguyện viên", "chuyên gia", "phóng viên", "bạn", "nghị sĩ", "cựu binh",
    "nhà hoạt động vì hòa bình", "nhà hoạt động nhân đạo", "nhà hoạt động nhân quyền", "nghệ nhân",
)  # fmt: skip

#: Royal titles: the name after one may be a single foreign word ("Hoàng thân Souphanouvong").
ROYALS: tuple[str, ...] = (
    "Hoàng thân", "Thân vương", "Quốc vương", "Nhà vua", "Vua", "Hoàng tử", "Công chúa", "Thái tử",
    "Nữ hoàng", "Hoàng hậu",
)  # fmt: skip

#: Words that qualify a title standing for someone else's ("đại diện toàn quyền của Thống đốc tỉnh X",
#: "Phái viên của Thủ tướng Chính phủ"): the title then runs over "của" and the other's position.
BEHALF_QUALIFIERS: tuple[str, ...] = ("toàn quyền", "đặc mệnh toàn quyền", "đặc biệt")

#: Words that link a person to the position that follows them ("được bầu làm Chủ tịch"):
#: the last word before the title must be one of these...
ROLE_VERBS: tuple[str, ...] = (
    "làm", "là", "đắc cử", "trúng cử", "giữ chức", "giữ chức vụ", "giữ cương vị", "đảm nhiệm",
    "đảm nhận", "nhận chức", "bổ nhiệm", "bầu", "kiêm nhiệm", "kiêm", "đồng thời",
)  # fmt: skip

#: Role verbs that add a position held at once with one's own: after a person's positions, the one they bring is
#: that person's alone ("…; ông C, Giám đốc Công ty X, kiêm Tổng Thư ký Hội").
CONCURRENT_ROLE_VERBS: tuple[str, ...] = ("kiêm", "kiêm nhiệm", "đồng thời")

#: ... and the words before it may only be these.
ROLE_PRELUDE: frozenset[str] = frozenset(
    {
        "được", "tiếp", "tục", "tín", "nhiệm", "bầu", "tái", "chỉ", "định", "bổ", "suy", "tôn",
        "lúc", "đó", "hiện", "nay", "đã", "vừa", "sẽ", "chính", "thức", "cũng", "đang", "lại",
        "giữ", "chức", "nhận", "đảm", "đắc", "cử", "trúng", "cương", "vị", "khi", "ấy",
        "làm", "là", "vụ", "giao", "phân", "công", "điều", "động", "đồng", "thời",
        # who elects, in the passive: "được các thành viên tín nhiệm bầu làm", "được hội viên bầu giữ chức"
        "các", "thành", "viên", "hội", "đại", "biểu",
    }
)  # fmt: skip

#: Words whose colon opens a list of names: "các đồng chí: A, ...; B, ...", "như: A, B, C".
LIST_CUES: frozenset[str] = frozenset({"như", "gồm", "gồm có", "là", "đồng chí", "ông", "bà", "vị"})

#: Words for places and bodies: a list they announce ("các xã như: A, B", "các nhà tài trợ gồm: A, B")
#: names no people.
NOT_PEOPLE: tuple[str, ...] = (
    "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thôn", "bản", "làng",
    "ấp", "xóm", "buôn", "nước", "quốc gia", "địa phương", "địa bàn", "khu vực", "vùng", "tổ chức",
    "cơ quan", "đơn vị", "trường", "bệnh viện", "doanh nghiệp", "công ty", "quỹ", "nhà tài trợ",
    "đối tác", "dự án", "chương trình", "hoạt động", "lĩnh vực", "sở", "ngành", "hội", "tập đoàn",
)  # fmt: skip

#: Words after which a name is a photo or text credit, never a person in the article.
CREDIT_CUES: frozenset[str] = frozenset({"ảnh", "nguồn", "video", "clip", "đồ họa", "bài", "tin", "photo"})

#: Words of foreign organisation names: a run holding one is no person ("Plan International").
FOREIGN_ORG_WORDS: frozenset[str] = frozenset(
    {
        "international", "foundation", "fund", "organization", "organisation", "association",
        "institute", "university", "society", "committee", "council", "center", "centre", "group",
        "corporation", "company", "bank", "agency", "vision", "purse", "relief", "church",
        "mission", "alliance", "network", "inc", "ltd", "union", "federation", "trust",
        "programme", "program", "project", "partners", "services", "aid", "children", "plan",
        "club", "college", "school", "hospital", "ministry", "embassy", "department", "office",
        "neighbors", "neighbours", "hands", "hope", "care", "friends", "friendship", "action", "world",
        "global", "education", "health", "development", "korea", "vietnam", "japan", "volunteers",
        "aids", "charity", "rescue", "peace",
    }
)  # fmt: skip
