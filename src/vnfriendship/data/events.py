"""Words that name events, and the words around a date or a place that tell what it is.

Every surface is compared through :func:`vnfriendship._text.fold_key`, so case and
tone placement ("tọa đàm" / "toạ đàm") never matter.
"""

from __future__ import annotations

from .._model import EventKind, TimeOfDay

__all__ = [
    "ACTIVITY_KINDS",
    "ADMIN_PREFIXES",
    "ANOTHER_TIME_WORDS",
    "ATTENDEE_NOUNS",
    "ATTENDING_WORDS",
    "COMING_WORDS",
    "COMMITTEE_WORDS",
    "COMMON_BODIES",
    "COURTESY_WORDS",
    "DATE_TAILS",
    "DOCUMENT_WORDS",
    "EARLIER_WORDS",
    "ELECTION_WORDS",
    "EVENT_NOUNS",
    "EVENT_VERBS",
    "GUEST_WORDS",
    "HOLDING_VERBS",
    "HOSTING_VERBS",
    "INTERVIEW_WORDS",
    "ISSUING_VERBS",
    "JOINED_ACTIVITIES",
    "LATE",
    "LEAD_ADVERBIALS",
    "LETTER_WORDS",
    "LOCAL_PREFIXES",
    "MEETING_VERBS",
    "NOT_AN_EVENT_AFTER",
    "NOT_AN_EVENT_DATE_AFTER",
    "NOT_EVENT_PHRASES",
    "NOT_PRESENCE_PHRASES",
    "NOT_THE_ORGANIZING_VERB_AFTER",
    "NO_VENUE_PREFIXES",
    "ORGANIZED_BY_VERBS",
    "PLANNING_WORDS",
    "POSTED_TITLES",
    "PRESENCE_WORDS",
    "PRESIDING_WORDS",
    "PROVINCE_PREFIXES",
    "QUOTING_OPENERS",
    "READING_WORDS",
    "RECEIVING_KINDS",
    "RECEIVING_LEADS",
    "REMEMBRANCE_WORDS",
    "REPORTER_WORDS",
    "SITE_HEADS",
    "STANDING_OFFICES",
    "TIMES_OF_DAY",
    "TOWN_PREFIXES",
    "UNTIL_WORDS",
    "VENUE_HEADS",
    "WE_WORDS",
]

#: The noun (or fixed verb phrase) that names a gathering, and its kind. Longer surfaces win.
EVENT_NOUNS: dict[str, EventKind] = {
    # conference
    "hội nghị": "conference",
    "họp báo": "conference",
    # workshop, roundtable
    "hội thảo": "workshop",
    "tọa đàm": "roundtable",
    "buổi tọa đàm": "roundtable",
    # working session
    "buổi làm việc": "working_session",
    "phiên làm việc": "working_session",
    "cuộc làm việc": "working_session",
    "làm việc với": "working_session",
    "làm việc tại": "working_session",
    "đến làm việc": "working_session",
    # meeting
    "gặp mặt": "meeting",
    "buổi gặp mặt": "meeting",
    "họp mặt": "meeting",
    "buổi họp mặt": "meeting",
    "gặp gỡ": "meeting",
    "buổi gặp": "meeting",
    "cuộc gặp": "meeting",
    "hội kiến": "meeting",
    "hội ngộ": "meeting",
    "buổi hội ngộ": "meeting",
    "hội đàm": "meeting",
    "tiếp kiến": "meeting",
    "tiếp xã giao": "meeting",
    "chào xã giao": "meeting",
    "đến chào": "meeting",
    "chào từ biệt": "meeting",
    "chào tạm biệt": "meeting",
    "thăm xã giao": "meeting",
    "buổi tiếp": "meeting",
    "đón tiếp": "meeting",
    "tiếp đón": "meeting",
    "cuộc họp": "meeting",
    "phiên họp": "meeting",
    "buổi họp": "meeting",
    "họp": "meeting",
    # visit
    "thăm": "visit",
    "chuyến thăm": "visit",
    "thăm và làm việc": "visit",
    "chuyến công tác": "visit",
    "tham quan": "visit",
    "chuyến tham quan": "visit",
    "chuyến khảo sát": "visit",
    # ceremony
    "buổi lễ": "ceremony",
    "đại lễ": "ceremony",
    "mít tinh": "ceremony",
    "tổ chức kỷ niệm": "ceremony",
    "long trọng kỷ niệm": "ceremony",
    "trọng thể kỷ niệm": "ceremony",
    "lễ kỷ niệm": "ceremony",
    "lễ kỉ niệm": "ceremony",
    "lễ trao": "ceremony",
    "lễ trao tặng": "ceremony",
    "lễ tặng": "ceremony",
    "lễ nhận": "ceremony",
    "lễ khởi công": "ceremony",
    "lễ khánh thành": "ceremony",
    "lễ khai trương": "ceremony",
    "lễ bàn giao": "ceremony",
    "lễ hoàn thành": "ceremony",
    "lễ ra mắt": "ceremony",
    "ra mắt": "ceremony",
    "lễ thành lập": "ceremony",
    "lễ đón": "ceremony",
    "lễ đón nhận": "ceremony",
    "lễ tiếp nhận": "ceremony",
    "lễ công bố": "ceremony",
    "lễ phát động": "ceremony",
    "lễ tuyên dương": "ceremony",
    "lễ tôn vinh": "ceremony",
    "lễ vinh danh": "ceremony",
    "lễ tri ân": "ceremony",
    "lễ tưởng niệm": "ceremony",
    "lễ truy điệu": "ceremony",
    "lễ viếng": "ceremony",
    "lễ dâng hương": "ceremony",
    "lễ dâng hoa": "ceremony",
    "lễ thắp nến": "ceremony",
    "lễ mít tinh": "ceremony",
    "lễ khai mạc": "ceremony",
    "lễ bế mạc": "ceremony",
    "lễ khai giảng": "ceremony",
    "lễ bế giảng": "ceremony",
    "lễ tốt nghiệp": "ceremony",
    "lễ gắn biển": "ceremony",
    "lễ cắt băng": "ceremony",
    "lễ chào mừng": "ceremony",
    "lễ tiễn": "ceremony",
    "lễ kết nạp": "ceremony",
    "lễ phong tặng": "ceremony",
    "lễ chào cờ": "ceremony",
    "lễ thượng cờ": "ceremony",
    "lễ ra quân": "ceremony",
    "lễ xuất quân": "ceremony",
    "lễ giao nhận": "ceremony",
    "lễ trao trả": "ceremony",
    "lễ hồi hương": "ceremony",
    "lễ an táng": "ceremony",
    "lễ cầu siêu": "ceremony",
    "lễ trao giải": "ceremony",
    "lễ tổng kết": "ceremony",
    "lễ sơ kết": "ceremony",
    "lễ kết thúc": "ceremony",
    "lễ truy tặng": "ceremony",
    "lễ kết nghĩa": "ceremony",
    "lễ đặt vòng hoa": "ceremony",
    "lễ khởi động": "ceremony",
    "lễ triển khai": "ceremony",
    "lễ động thổ": "ceremony",
    "lễ đặt đá": "ceremony",
    "lễ cất nóc": "ceremony",
    "lễ hợp long": "ceremony",
    "lễ chuyển giao": "ceremony",
    "lễ công nhận": "ceremony",
    "lễ mừng": "ceremony",
    "lễ nhậm chức": "ceremony",
    "lễ tuyên thệ": "ceremony",
    "lễ trình quốc thư": "ceremony",
    "lễ hạ cờ": "ceremony",
    "lễ trồng cây": "ceremony",
    "lễ xuất phát": "ceremony",
    "lễ diễu hành": "ceremony",
    "lễ cầu nguyện": "ceremony",
    "lễ rước": "ceremony",
    "động thổ": "ceremony",
    "đặt vòng hoa": "ceremony",
    "khánh thành": "ceremony",
    "khởi công": "ceremony",
    "dâng hương": "ceremony",
    "dâng hoa": "ceremony",
    "viếng": "ceremony",
    # signing
    "lễ ký": "signing",
    "lễ ký kết": "signing",
    "ký kết": "signing",
    "ký thỏa thuận": "signing",
    "ký biên bản": "signing",
    "ký bản ghi nhớ": "signing",
    "ký ghi nhớ": "signing",
    # dialogue, forum, congress
    "đối thoại": "dialogue",
    "buổi đối thoại": "dialogue",
    "diễn đàn": "forum",
    "đại hội": "congress",
    # exchange
    "giao lưu": "exchange",
    "buổi giao lưu": "exchange",
    "cuộc giao lưu": "exchange",
    "chương trình giao lưu": "exchange",
    "trại hè": "exchange",
    "giao hữu": "exchange",
    # training
    "tập huấn": "training",
    "lớp tập huấn": "training",
    "khóa tập huấn": "training",
    "lớp bồi dưỡng": "training",
    "khóa bồi dưỡng": "training",
    "lớp đào tạo": "training",
    "khóa đào tạo": "training",
    # activities organised on a day: "tổ chức trao học bổng", "tổ chức dâng hương"
    "tổ chức trao": "ceremony",
    "tổ chức trao tặng": "ceremony",
    "tổ chức tặng": "ceremony",
    "tổ chức phát động": "ceremony",
    "tổ chức dâng hương": "ceremony",
    "tổ chức viếng": "ceremony",
    "tổ chức thăm": "visit",
    "tổ chức đón": "meeting",
    "tổ chức chiếu phim": "other",
    "tổ chức biểu diễn": "other",
    # other gatherings
    "nói chuyện": "other",
    "buổi nói chuyện": "other",
    "liên hoan": "other",
    "tuần lễ": "other",
    "tuần phim": "other",
    "tuần văn hóa": "other",
    "chiêu đãi": "other",
    "tiệc chiêu đãi": "other",
    "tiệc chia tay": "other",
    "tiệc thân mật": "other",
    "tiệc tất niên": "other",
    "triển lãm": "other",
    "hội chợ": "other",
    "lễ hội": "other",
    "festival": "other",
    "ngày hội": "other",
    "hội diễn": "other",
    "hòa nhạc": "other",
    "buổi hòa nhạc": "other",
    "đêm nhạc": "other",
    "đêm văn nghệ": "other",
    "chương trình văn nghệ": "other",
    "chương trình nghệ thuật": "other",
    "hội thi": "other",
    "cuộc thi": "other",
}

#: Kinds that name an activity more than a gathering: joined to another event by "và", they
#: describe it ("gặp mặt, giao lưu") rather than add a second one.
ACTIVITY_KINDS: frozenset[EventKind] = frozenset({"working_session", "meeting", "visit", "exchange", "other"})

#: Verbs that, joined by "và" to a gathering, are done at it rather than make a second event ("tổ chức
#: hội nghị tổng kết và ký kết giao ước thi đua"); on their own they still make an event.
JOINED_ACTIVITIES: tuple[str, ...] = (
    "ký kết", "ký thỏa thuận", "ký biên bản", "khánh thành", "khởi công", "dâng hương", "dâng hoa", "viếng",
    "tham quan", "ra mắt", "đặt vòng hoa",
)  # fmt: skip

#: Words right before an event noun that make it something else: a venue ("Trung tâm Hội nghị"),
#: a document of the event ("Nghị quyết Đại hội"), or a time ("ngày hội" aside).
NOT_AN_EVENT_AFTER: tuple[str, ...] = (
    "trung tâm", "cung", "phòng", "nhà", "hội trường", "khu", "nghị quyết", "văn kiện", "tinh thần",
    "kỷ yếu",
    # an aim, not a gathering held: "tăng cường giao lưu thanh niên", "thúc đẩy hợp tác"
    "tăng cường", "đẩy mạnh", "thúc đẩy",
)  # fmt: skip

#: Words right before an event noun that name a committee of the event ("Trưởng Ban tổ chức Đại hội"): the noun
#: refers to an event told elsewhere, it neither dates one nor places the people of its sentence at it.
COMMITTEE_WORDS: tuple[str, ...] = ("ban tổ chức", "ban chỉ đạo")

#: Phrases that contain an event noun but name no event ("thăm dò" is a survey, "Đại hội đồng" an
#: assembly of a body, "ngày làm việc" a working day).
NOT_EVENT_PHRASES: tuple[str, ...] = ("thăm dò", "đại hội đồng", "ngày làm việc")

#: Words right before "tổ chức" that make it a noun, not the verb whose subject organises: "Ban tổ chức
#: Đại hội" (the organising committee), "các tổ chức thành viên" (organisations), "phối hợp với tổ chức X
#: trao …" (a partner).
NOT_THE_ORGANIZING_VERB_AFTER: tuple[str, ...] = (
    "ban", "tiểu ban", "các", "những", "mọi", "nhiều", "đơn vị", "cơ quan", "công tác", "khâu", "với",
)  # fmt: skip

#: Verbs of opening or hosting a gathering named right after them, whose subject organises it ("Ủy ban … khai mạc
#: Diễn đàn …", "Liên hiệp mở lớp tập huấn …"); "tổ chức" is the plainest of them.
HOSTING_VERBS: tuple[str, ...] = ("khai mạc", "khai giảng", "mở", "đăng cai")

#: Verbs after "do X", "được X", "bởi X" that make X the event's organiser ("Hội nghị … do Liên hiệp tỉnh đăng cai").
ORGANIZED_BY_VERBS: tuple[str, ...] = ("tổ chức", "phối hợp tổ chức", "chủ trì", "đăng cai")

#: "We": where the one answering an interview says "Chúng tôi sẽ tổ chức …", the body he was introduced as heading
#: organises ("… trao đổi với ông A, Chủ tịch Liên hiệp …" then "Ông A: Chúng tôi sẽ tổ chức Hội nghị …").
WE_WORDS: tuple[str, ...] = ("chúng tôi",)

#: Of the words of another time, those that in the sentence first naming an event date that event itself, before
#: the one told before ("Trước đó, sáng cùng ngày, bà A đã tiếp xã giao Đại sứ B"): its people were at it.
EARLIER_WORDS: tuple[str, ...] = ("trước đó",)

#: Words of address before a name that labels an answer: "Ông A:", "Bà B:".
COURTESY_WORDS: tuple[str, ...] = ("ông", "bà")

#: Verbs that are the gathering they name, their subject the body that holds it: "Ban Chấp hành Hội … đã họp phiên
#: thường kỳ" holds its own meeting, "Hội hữu nghị … ra mắt" its own launch.
MEETING_VERBS: tuple[str, ...] = ("họp", "ra mắt")

#: The kinds of gathering that a body gives a delegation it receives: one that meets or works with a guest hosts it.
RECEIVING_KINDS: frozenset[EventKind] = frozenset({"meeting", "working_session"})

#: Who is received: "tiếp đoàn …", "làm việc với đoàn công tác …", "gặp mặt các vị khách …".
GUEST_WORDS: tuple[str, ...] = ("đoàn", "các đoàn", "vị khách", "các vị khách", "khách", "đoàn khách")

#: Words that may stand between a host and the meeting it gives a guest: "Liên hiệp … tiếp và làm việc với đoàn",
#: "Hội … có buổi làm việc với đoàn", "… đã tổ chức buổi tiếp và làm việc với Đoàn".
RECEIVING_LEADS: tuple[str, ...] = ("tiếp", "đón", "và", "có", "buổi", "cuộc", "tổ chức")

#: The verbs around which an event's place and organisers are written.
EVENT_VERBS: tuple[str, ...] = (
    "tổ chức", "diễn ra", "khai mạc", "bế mạc", "làm việc", "thăm", "gặp", "tiếp", "họp", "đón", "trao",
    "ký", "tiến hành", "chủ trì",
)  # fmt: skip

#: Documents cited with a number and a date: that date is when they were issued, not an event.
DOCUMENT_WORDS: tuple[str, ...] = (
    "chỉ thị", "nghị quyết", "quyết định", "công văn", "hướng dẫn", "kết luận", "đề án", "thông báo",
    "nghị định", "thông tư", "luật", "kế hoạch", "quy định", "thông tri", "văn bản", "tờ trình", "điều lệ",
    "hiệp định", "công điện", "pháp lệnh", "quyết nghị", "chương trình",
)  # fmt: skip

#: Verbs that, followed by a document word, say a document was issued: "đã ký Quyết định số …".
ISSUING_VERBS: tuple[str, ...] = ("ký", "ký ban hành", "ban hành", "phê duyệt", "thông qua", "công bố")

#: Words right before a date that make it a founding, birth or issuing date.
NOT_AN_EVENT_DATE_AFTER: tuple[str, ...] = (
    "thành lập", "ra đời", "ban hành", "phê duyệt", "ký", "sinh", "qua đời", "từ trần", "hy sinh", "mất",
    "công bố", "thông qua",
)  # fmt: skip

#: Words right before a date that make it the end of a span or a deadline ("mở cửa đến hết ngày 30/6",
#: "hoàn thành trước ngày 15/7"); a span written whole ("từ 12 đến 15/3") is one date anyway.
UNTIL_WORDS: tuple[str, ...] = (
    "đến", "tới", "đến hết", "tới hết", "cho đến", "cho tới", "trước", "chậm nhất", "muộn nhất", "hạn chót",
)  # fmt: skip

#: A place after "tại" that starts with one of these is a town or province, not a venue.
ADMIN_PREFIXES: tuple[str, ...] = (
    "tỉnh", "thành phố", "tp", "thủ đô", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "thôn", "bản",
    "nước", "thủ đô",
)  # fmt: skip

#: Posts abroad: "tại" after them names where the post is ("Tổng Lãnh sự Trung Quốc tại Hải Phòng"),
#: not where an event happens.
POSTED_TITLES: tuple[str, ...] = (
    "đại sứ", "đại sứ quán", "lãnh sự", "lãnh sự quán", "tổng lãnh sự", "tổng lãnh sự quán", "đại biện",
    "tùy viên", "đại diện", "trưởng đại diện", "văn phòng đại diện", "cơ quan đại diện", "phái đoàn",
    "thường trú", "đặc phái viên",
)  # fmt: skip

#: Units below a province that only Vietnam has by these names: an event "tại xã X, huyện Y" lies in
#: the province the page is about ("thành phố", "bản", "huyện" with a hyphenated name may be abroad).
LOCAL_PREFIXES: tuple[str, ...] = ("xã", "phường", "thị trấn", "thị xã", "huyện", "quận", "thôn")

#: Prefixes of a town, in Vietnam where its name is Vietnamese ("thành phố Hạ Long", not "thành phố Nagoya").
TOWN_PREFIXES: tuple[str, ...] = ("thành phố", "tp")

#: Prefixes that name a province or a country itself, not a town in it ("tỉnh Lạng Sơn").
PROVINCE_PREFIXES: tuple[str, ...] = ("tỉnh", "nước", "thủ đô")

#: Prefixes of a unit of administration: a province, city or country, a district or a commune. A place so
#: written alone names no venue, so the event's location is null ("tại thành phố Hạ Long", "tại huyện Tri Tôn",
#: "tại xã Ba Điền"); a hamlet ("thôn", "bản") is no unit of administration and stays the place.
NO_VENUE_PREFIXES: tuple[str, ...] = (
    "tỉnh", "thành phố", "tp", "thủ đô", "nước", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn",
)  # fmt: skip

#: Bodies written as a common noun, which the text names as organisers ("chính quyền địa phương xã Đồng Phú",
#: "nhà trường phối hợp với …").
COMMON_BODIES: tuple[str, ...] = ("chính quyền", "nhà trường")

#: The standing office of a body, which acts for it: "Thường trực Liên hiệp … đã tiếp đoàn …" is organised by the
#: office of the body named after it, the two read as one name.
STANDING_OFFICES: tuple[str, ...] = ("thường trực",)

#: Lower-case heads of a venue ("tại trụ sở Liên hiệp"); a capitalised place is a venue anyway.
VENUE_HEADS: tuple[str, ...] = (
    "trụ sở", "hội trường", "nhà khách", "nhà văn hóa", "nhà hát", "khách sạn", "trung tâm", "chiến khu",
    "trường", "cung", "sân", "quảng trường", "công viên", "khu di tích", "di tích", "đền", "chùa",
    "bảo tàng", "đại sứ quán", "tổng lãnh sự quán", "văn phòng", "nghĩa trang", "tượng đài", "lăng", "điểm cầu",
    "cảng", "sân bay", "cửa khẩu", "bệnh viện", "làng", "ký túc xá", "nhà máy", "khu công nghiệp", "nhà", "phủ",
    "dinh", "văn miếu", "hoàng thành", "cơ sở", "rạp", "điểm trường", "phố đi bộ", "tòa nhà",
)  # fmt: skip

#: Heads of a site visited, written with a capital right after "thăm" ("thăm Khu chứng tích Sơn Mỹ"): the
#: venues above and places that are only visited.
SITE_HEADS: tuple[str, ...] = (
    *VENUE_HEADS, "khu", "khu lưu niệm", "nhà tưởng niệm", "thành cổ", "địa đạo", "đình", "thánh địa", "phố cổ",
    "công ty", "hợp tác xã", "đồn biên phòng", "trạm y tế", "thư viện", "viện", "nhà lưu niệm", "thôn", "bản",
)  # fmt: skip

#: Words in a sentence that tell its numbers of people attend something.
ATTENDING_WORDS: tuple[str, ...] = ("dự", "tham dự", "có mặt", "tham gia", "góp mặt", "thu hút", "với sự")

#: Nouns that count the people attending ("hơn 300 đại biểu").
ATTENDEE_NOUNS: tuple[str, ...] = ("đại biểu", "khách mời", "người", "thành viên", "hội viên", "cán bộ")

#: Words that open an adverbial phrase before a clause's subject ("Nhân dịp kỷ niệm …, ", "Trong
#: khuôn khổ chuyến thăm …, "): the events they name are the setting, not what the clause reports.
LEAD_ADVERBIALS: tuple[str, ...] = (
    "nhân", "nhân dịp", "trong khuôn khổ", "nằm trong", "thực hiện", "hưởng ứng", "chào mừng", "theo", "thông qua",
    "được sự",
    "hướng tới", "sau", "trước", "ngay sau", "ngay trước", "trong", "tiếp theo", "tiếp nối", "để", "nhằm", "với",
)  # fmt: skip

#: Words of a sentence that place the people it names at the event told before: attending ("Cùng dự có các
#: đồng chí: …", "Về phía tỉnh có …"), presiding, speaking ("ông A cho rằng …"), being elected ("được bầu
#: làm Chủ tịch"), leading, joining or going with a delegation ("Cùng đi với đoàn có …", "Thành viên đoàn gồm …",
#: "Tham gia đoàn có …"), receiving or welcoming guests.
PRESENCE_WORDS: tuple[str, ...] = (
    "dự", "tham dự", "có mặt", "về phía", "chủ trì", "đồng chủ trì", "phát biểu", "khẳng định", "cho rằng",
    "cho biết", "nhấn mạnh", "chia sẻ", "đề nghị", "báo cáo", "trình bày", "tham luận", "được bầu", "bầu",
    "tái đắc cử", "tái cử", "trúng cử", "trưởng đoàn", "dẫn đầu", "tiếp", "đón", "tiếp đón", "tiếp nhận",
    "trao", "trao tặng", "đánh giá cao", "ghi nhận", "tiếp thu", "kêu gọi", "chỉ đạo", "cảm ơn", "đọc",
    "cùng đi", "đi cùng", "thành viên đoàn", "tham gia đoàn",
)  # fmt: skip

#: Words of a sentence that elect the people it names ("được bầu làm Chủ tịch Hội", "giữ chức Phó Chủ tịch"): they
#: were at the congress that elected them, even where another event is told between the two.
ELECTION_WORDS: tuple[str, ...] = ("được bầu", "bầu", "tái đắc cử", "tái cử", "trúng cử", "giữ chức")

#: Phrases that open with a word of presence and are none: "trao đổi" (to talk with: "phóng viên có cuộc trao đổi
#: với ông A") is no "trao" (to hand over).
NOT_PRESENCE_PHRASES: tuple[str, ...] = ("trao đổi",)

#: Who interviews, and the words of the interview: a person a reporter talks with ("phóng viên … đã trao đổi với ông
#: A") answers questions about an event, and was not placed at it by that sentence.
REPORTER_WORDS: tuple[str, ...] = ("phóng viên", "pv")
INTERVIEW_WORDS: tuple[str, ...] = ("trao đổi với", "phỏng vấn", "trò chuyện với")

#: Words that open a sentence quoting a speaker: "Theo ông A, …".
QUOTING_OPENERS: tuple[str, ...] = ("theo",)

#: Words of a clause that tell its people sent a letter, a telegram or flowers rather than came.
LETTER_WORDS: tuple[str, ...] = (
    "gửi thư", "thư chúc mừng", "thư khen", "thư cảm ơn", "bức thư", "lá thư", "thư của", "điện mừng",
    "điện chúc mừng", "gửi điện", "lẵng hoa", "gửi hoa", "gửi lời chúc", "thư thăm hỏi", "chuyển thư",
)  # fmt: skip

#: Words of a clause before which its letter is read out at the event: the reader is there, the sender is not.
READING_WORDS: tuple[str, ...] = ("đọc", "trao", "chuyển")

#: Words of a clause that tell its people are remembered, not present ("tưởng niệm Chủ tịch …").
REMEMBRANCE_WORDS: tuple[str, ...] = (
    "tưởng nhớ", "tưởng niệm", "ngày sinh", "năm sinh", "ngày mất", "sinh thời", "ôn lại", "nhớ về", "di chúc",
    "anh linh", "vĩnh biệt",
)  # fmt: skip

#: A word before a capitalised title or name that marks the dead: "cố Thủ tướng …".
LATE: tuple[str, ...] = ("cố",)

#: Words that put what a clause tells ahead of the news ("Liên hiệp sẽ tổ chức …", "dự kiến"): its date lies
#: ahead, and the people of the sentence that first names such an event only plan it.
PLANNING_WORDS: tuple[str, ...] = ("sẽ", "dự kiến", "dự định", "kế hoạch tổ chức", "chuẩn bị tổ chức")

#: Verbs of presiding an event: a person the text names with one after them is placed at an event still to come
#: ("Phó Chủ tịch … đã đồng ý chủ trì hội nghị", "ông A sẽ chủ trì"), which its other people only plan.
PRESIDING_WORDS: tuple[str, ...] = ("chủ trì", "đồng chủ trì", "chủ tọa")

#: Verbs of holding an event: "ở" after one is where it is held ("do Đại sứ quán tổ chức ở …"), and one after a
#: planning word says the event is to come ("sẽ phối hợp … tổ chức Đại hội").
HOLDING_VERBS: tuple[str, ...] = ("tổ chức", "diễn ra", "khai mạc", "bế mạc", "tiến hành")

#: Words before a person in a sentence that move it to another time than the event's: "Trước thềm Đại hội, …".
ANOTHER_TIME_WORDS: tuple[str, ...] = ("trước thềm", "trước đó", "trước đây", "năm ngoái", "năm trước")

#: Words right after a date that put it ahead of the news ("vào ngày 15/6 tới").
COMING_WORDS: tuple[str, ...] = ("sắp tới", "tới đây", "tới")

#: Words right after a date that only say when it lies, before the subject a clause goes on with where no comma
#: follows the date ("Ngày 4/12 tới đây Hội … tổ chức …", "Sáng 5/6 vừa qua Liên hiệp …").
DATE_TAILS: tuple[str, ...] = (*COMING_WORDS, "vừa qua", "qua")

#: Time-of-day words before a relative day ("Chiều cùng ngày").
TIMES_OF_DAY: dict[str, TimeOfDay] = {
    "sáng": "morning", "trưa": "noon", "chiều": "afternoon", "tối": "evening", "đêm": "night",
}  # fmt: skip
