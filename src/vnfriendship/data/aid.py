"""Words that tell whether a sum of money is aid, and what kind, and who gives or receives it.

Every phrase is compared through :func:`vnfriendship._text.fold_key`; the longest
phrase that fits wins ("tăng trưởng" over "tăng", "trị giá" over "giá").
"""

from __future__ import annotations

from typing import Literal

from .._model import AidKind

__all__ = [
    "ADVERBIAL_OPENERS",
    "AID_CUES",
    "BARE_PLACES",
    "BREAKDOWN_OPENERS",
    "BUYING_VERBS",
    "CAUSATIVE_VERBS",
    "CEREMONY_NOUNS",
    "CEREMONY_VERBS",
    "CLASSIFIERS",
    "CLAUSE_LINKS",
    "CLAUSE_VERBS",
    "COMMA_PAIRS",
    "COMPANY_SUFFIXES",
    "CONTENTS_WORDS",
    "COUNTED_PLACES",
    "COUNT_WORDS",
    "CUE_WORDS",
    "DEMONSTRATIVES",
    "DONOR_HEADS",
    "EVENT_ANCHORS",
    "FOCUS_WORDS",
    "GIVING_VERBS",
    "GROUP_VERBS",
    "HOLIDAYS",
    "IMPLEMENTING_VERBS",
    "IN_ORDER_TO",
    "MAINLY_WORDS",
    "MANY",
    "MOBILISING_VERBS",
    "NOMINALISERS",
    "NOT_A_PERIOD_AFTER",
    "NOT_CAUSATIVE",
    "NOT_RECEIVING",
    "NOT_RECIPIENTS",
    "OCCASION_NOUNS",
    "PAID_FOR",
    "PART_OPENERS",
    "PERIOD_LEADS",
    "PLACE_GROUPS",
    "PLURAL_MARKERS",
    "PROJECT_WORDS",
    "PURPOSE_VERBS",
    "REASON_WORDS",
    "RECEIVER_CLASSIFIERS",
    "RECEIVING_VERBS",
    "RECIPIENT_HEADS",
    "REPORTING_VERBS",
    "REPRESENTING",
    "RESIDING_VERBS",
    "SMALL_NUMBERS",
    "SUFFERED",
    "TERMS_SPENT",
    "THANKING_VERBS",
    "THIS_IS",
    "TIME_LEADS",
    "TIME_UNITS",
    "TOGETHER_WORDS",
    "VISITING_VERBS",
    "WHOLES",
    "Cue",
]

#: What a cue says about a sum near it: the kind of aid; "weak" (aid only in an article about aid:
#: "trị giá", "tổng kinh phí"); "not_aid" (fines, prices, trade, budgets of other things);
#: "change" (a difference, "tăng 4,9 triệu USD", when it stands right before the sum); "target" (a
#: goal, "phấn đấu vận động 4 triệu USD", anywhere before the sum in its clause); "neutral" (a phrase
#: that only looks like a cue: "đánh giá" is no price, "lương thực" no salary).
Cue = AidKind | Literal["weak", "not_aid", "change", "target", "neutral"]

#: Strong cues: the words of giving, receiving and mobilising aid.
AID_CUES: dict[str, AidKind] = {
    "viện trợ": "aid", "hỗ trợ": "aid", "vận động": "aid", "tiếp nhận": "aid", "cứu trợ": "aid",
    "giúp đỡ": "aid", "trợ giúp": "aid", "nhận viện trợ": "aid", "huy động": "aid",
    "tài trợ": "grant", "không hoàn lại": "grant",
    "ủng hộ": "donation", "quyên góp": "donation", "trao tặng": "donation", "tặng": "donation",
    "trao": "donation", "đóng góp": "donation", "từ thiện": "donation", "quà": "donation",
    "trao quà": "donation", "tặng quà": "donation", "quyên tặng": "donation", "hiến tặng": "donation",
    "xây tặng": "donation", "xây dựng tặng": "donation",
    "học bổng": "scholarship", "trao học bổng": "scholarship", "suất học bổng": "scholarship",
    "cấp học bổng": "scholarship",
    "cam kết": "pledge", "cam kết tài trợ": "pledge", "cam kết viện trợ": "pledge", "cam kết hỗ trợ": "pledge",
    "cam kết ủng hộ": "pledge",
    "giải ngân": "disbursement", "giải ngân viện trợ": "disbursement", "giá trị giải ngân": "disbursement",
    "giá trị giải ngân viện trợ": "disbursement",
}  # fmt: skip

#: Every cue: the strong ones above, the weak and the contrary ones.
CUE_WORDS: dict[str, Cue] = {
    **AID_CUES,
    # weak: the value of something, aid where the article is about aid
    "trị giá": "weak", "giá trị": "weak", "tổng giá trị": "weak", "kinh phí": "weak",
    "tổng kinh phí": "weak", "số tiền": "weak", "tổng số tiền": "weak", "quỹ": "weak", "chi phí": "weak",
    "tổng chi phí": "weak",
    "dành": "weak", "dành tặng": "donation",
    "nguồn lực": "weak", "tổng vốn": "weak", "số vốn": "weak", "tổng số vốn": "weak", "nguồn vốn": "weak",
    # not aid
    "xử phạt": "not_aid", "phạt": "not_aid", "phạt tiền": "not_aid", "nộp phạt": "not_aid",
    "tăng trưởng": "not_aid", "lương": "not_aid", "tiền lương": "not_aid", "thu nhập": "not_aid",
    "giá": "not_aid", "giá bán": "not_aid", "giá vé": "not_aid", "bán hàng": "not_aid", "mua bán": "not_aid",
    "doanh thu": "not_aid", "kim ngạch": "not_aid", "xuất khẩu": "not_aid", "nhập khẩu": "not_aid",
    "thương mại": "not_aid", "đầu tư": "not_aid", "vốn đầu tư": "not_aid", "FDI": "not_aid",
    "GDP": "not_aid", "GRDP": "not_aid", "ngân sách": "not_aid", "thiệt hại": "not_aid", "nợ": "not_aid",
    "lợi nhuận": "not_aid", "thuế": "not_aid", "bồi thường": "not_aid", "chiếm đoạt": "not_aid",
    "lừa đảo": "not_aid", "tham ô": "not_aid", "hối lộ": "not_aid",
    "vốn đối ứng": "not_aid", "đối ứng": "not_aid", "vay": "not_aid", "khoản vay": "not_aid",
    "vốn vay": "not_aid", "cho vay": "not_aid", "giải thưởng": "not_aid", "tiền thưởng": "not_aid",
    "phần thưởng": "not_aid", "giải nhất": "not_aid", "giải nhì": "not_aid", "giải ba": "not_aid",
    "giải khuyến khích": "not_aid", "học phí": "not_aid", "viện phí": "not_aid", "phí": "not_aid",
    "lệ phí": "not_aid", "vốn điều lệ": "not_aid", "kiều hối": "not_aid", "chi tiêu": "not_aid",
    # a goal, not money given
    "phấn đấu": "target", "chỉ tiêu": "target", "mục tiêu": "target",
    # a difference between two sums
    "tăng": "change", "giảm": "change", "tăng thêm": "change", "giảm đi": "change", "chênh lệch": "change",
    # look-alikes
    "đánh giá": "neutral", "lương thực": "neutral", "trao đổi": "neutral", "bán trú": "neutral",
    "miễn phí": "neutral", "tặng bằng khen": "neutral", "tặng giấy khen": "neutral", "tặng danh hiệu": "neutral",
    # people who suffered losses, not the losses: "ủng hộ đồng bào bị thiệt hại do lũ lụt"
    "bị thiệt hại": "neutral", "chịu thiệt hại": "neutral",
}  # fmt: skip

#: Verbs whose subject receives the aid: "Liên hiệp … tiếp nhận viện trợ …", "Quảng Trị nhận khoảng 85 triệu USD".
RECEIVING_VERBS: tuple[str, ...] = (
    "tiếp nhận", "tiếp nhận được", "được nhận", "nhận được", "đã nhận", "nhận", "được hỗ trợ", "được tài trợ",
    "được trao", "được tặng", "được viện trợ", "được ủng hộ", "thụ hưởng", "hưởng lợi", "làm chủ",
)  # fmt: skip

#: Words with "nhận" in them that receive nothing: "ghi nhận", "nhận định".
NOT_RECEIVING: tuple[str, ...] = (
    "ghi nhận", "công nhận", "xác nhận", "thừa nhận", "đảm nhận", "nhận thức", "nhận định", "nhận xét",
    "nhận thấy", "nhận lời", "nhận diện", "nhận chức", "nhận nhiệm vụ", "nhìn nhận", "cảm nhận", "chấp nhận",
)  # fmt: skip

#: Verbs followed by who receives and then the sum: "hỗ trợ tỉnh Cao Bằng 700 triệu đồng".
GIVING_VERBS: tuple[str, ...] = (
    "hỗ trợ", "tặng", "trao tặng", "trao", "ủng hộ", "tài trợ", "viện trợ", "giải ngân", "cấp", "cung cấp", "chuyển",
    "bàn giao", "tặng quà", "trao quà", "trao tặng quà", "giúp", "giúp đỡ", "xây tặng", "xây dựng tặng", "đóng góp",
    "cam kết", "dành",
)  # fmt: skip

#: Two verbs of one phrase that Vietnamese writes with a comma between them: the comma ends no purpose ("… nhằm
#: phòng, chống bạo lực gia đình cho phụ nữ …").
COMMA_PAIRS: tuple[str, ...] = ("phòng, chống", "phòng, chữa")

#: Words that bring in what a gift holds ("200 suất quà gồm gạo, dầu ăn …"): a line of a list of gifts names the
#: gift before them.
CONTENTS_WORDS: tuple[str, ...] = ("gồm", "bao gồm", "gồm có")

#: Verbs of buying what is given, right after a sum: the receiver follows the verb of giving after the things bought
#: ("… 236 triệu đồng mua sữa bột tặng trẻ em …").
BUYING_VERBS: tuple[str, ...] = ("mua", "mua sắm")

#: Words of doing together, in lower case right before a verb of giving: no part of the givers before them ("do X
#: và Y đồng tài trợ", "X cùng tài trợ").
TOGETHER_WORDS: tuple[str, ...] = ("đồng", "cùng", "cùng nhau")

#: Verbs of raising aid: their subject gives (or gathers) it, their object gives it too ("vận động các
#: doanh nghiệp tài trợ"), never receives it.
MOBILISING_VERBS: tuple[str, ...] = ("vận động", "huy động", "kêu gọi", "quyên góp", "kết nối")

#: Lower-case words that may open the name of a recipient; a capitalised name may anyway.
RECIPIENT_HEADS: tuple[str, ...] = (
    "tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị xã", "trường", "các", "những", "học sinh",
    "sinh viên", "người", "gia đình", "hộ", "trẻ em", "bệnh nhân", "nhân dân", "đồng bào", "nạn nhân",
    "thương binh", "cựu chiến binh", "bà con", "địa phương", "bệnh viện", "trung tâm", "nhà", "lưu học sinh",
    "học viên", "thanh niên", "phụ nữ", "cộng đồng", "hội viên", "các em", "trạm y tế", "em", "thương bệnh binh",
    "ông", "bà", "trẻ", "nông dân", "ngư dân", "công nhân", "giáo viên", "điểm trường",
    # hamlets and villages: "cho 3 thôn của xã …"
    "thôn", "xóm", "ấp", "buôn", "làng",
    # the children of members or of the poor: "cho con em hội viên", "cho con của hội viên"
    "con em", "con của",
)  # fmt: skip

#: What "cho" opens when it is not a recipient: "cho biết", "cho rằng", "cho phép".
NOT_RECIPIENTS: tuple[str, ...] = (
    "biết", "rằng", "phép", "thấy", "nên", "là", "đến", "tới", "hay", "dù",
    # what the money pays for, not who receives it: "cho các chương trình an sinh xã hội"
    "chương trình", "các chương trình", "dự án", "các dự án", "hoạt động", "các hoạt động", "công tác", "việc",
)  # fmt: skip

#: Verbs that, right after a sum, say what it pays for: "500 triệu đồng trao quà".
PURPOSE_VERBS: tuple[str, ...] = (
    "để", "nhằm", "dùng để", "nhằm mục đích", "góp phần", "trao", "xây dựng", "xây", "hỗ trợ", "sửa chữa", "mua",
    "khắc phục", "cải tạo", "trang bị", "cấp", "tặng", "ủng hộ", "giúp", "giúp đỡ", "phát triển",
)  # fmt: skip

#: Counting words of the things a sum pays for: "10 căn nhà", "20 suất học bổng".
CLASSIFIERS: tuple[str, ...] = (
    "suất", "căn", "ngôi", "chiếc", "bộ", "phần", "xe", "tấn", "con", "giếng", "phòng", "lớp", "cây",
    "máy", "cái", "thùng", "bao", "túi", "công trình", "điểm", "cầu", "nhà", "trường", "hộ", "em",
    "học sinh", "sinh viên", "gia đình", "người", "bệnh nhân", "xuất", "tủ",
)  # fmt: skip

#: The classifiers of :data:`CLASSIFIERS` that count receivers or the places they belong to: after a receiver
#: written in lower case they go on describing it ("học sinh nghèo hai trường tiểu học"), where the others open
#: the thing given ("tặng nhà trường một tủ sách").
RECEIVER_CLASSIFIERS: tuple[str, ...] = (
    "hộ", "em", "học sinh", "sinh viên", "gia đình", "người", "bệnh nhân", "trường", "lớp", "điểm",
)  # fmt: skip

#: Words before a year that make it something other than the period of a sum: a comparison
#: ("so với cùng kỳ năm 2022"), a plan ("nhiệm vụ năm 2024"), a term of office.
NOT_A_PERIOD_AFTER: tuple[str, ...] = (
    "so với", "cùng kỳ", "nhiệm vụ", "kế hoạch", "phương hướng", "nhiệm kỳ", "khóa", "đến", "tới",
    "vào cuối", "vào đầu", "vào giữa", "dự kiến",
)  # fmt: skip

#: A term of office read as the period of a sum, where the text says the sum was raised during it
#: ("Trong nhiệm kỳ 2019 - 2024, Hội đã vận động …"); a bare "nhiệm kỳ 2024 - 2029" is a term to come.
TERMS_SPENT: tuple[str, ...] = ("trong nhiệm kỳ", "suốt nhiệm kỳ", "cả nhiệm kỳ", "qua nhiệm kỳ")

#: Lower-case words that may open a donor's name after "do": "do tổ chức Plan tài trợ".
DONOR_HEADS: tuple[str, ...] = (
    "tổ chức", "các tổ chức", "quỹ", "hội", "đại sứ quán", "tổng lãnh sự quán", "chính phủ", "công ty",
    "tập đoàn", "doanh nghiệp", "các doanh nghiệp", "ông", "bà", "nhà hảo tâm", "các nhà hảo tâm",
    "mạnh thường quân", "các mạnh thường quân", "đoàn", "đoàn công tác",
    # the people of a place and the bodies of a group give too: "nhân dân các xã biên giới đã hỗ trợ …",
    # "kiều bào đã đóng góp …", "các Liên hiệp trong Cụm đã vận động …"
    "nhân dân", "kiều bào", "các liên hiệp", "các hội", "các đơn vị", "các đại sứ quán",
    # business people, members and sponsors, one or many: "các doanh nhân kiều bào đã ủng hộ …"
    "doanh nhân", "các doanh nhân", "các kiều bào", "hội viên", "các hội viên", "nhà tài trợ", "các nhà tài trợ",
    # individuals and partners: "từ các tổ chức, cá nhân nước ngoài", "từ các đối tác Hàn Quốc"
    "cá nhân", "các cá nhân", "đối tác", "các đối tác",
)  # fmt: skip

#: Words of suffering after which "do" tells the cause, not a giver, and the name of who suffered goes on: "đồng bào
#: bị thiệt hại do lũ lụt".
SUFFERED: tuple[str, ...] = ("bị thiệt hại", "chịu thiệt hại", "bị ảnh hưởng")

#: Units of time after a sum: "28 triệu đồng/năm" is a rate, not the price of each of something.
#: Verbs that say where the people who receive live or study, ending their name before the place: "sinh viên Lào
#: học tập tại Trường X", "các gia đình sinh sống ở xã Y" (the name is "sinh viên Lào", "các gia đình").
RESIDING_VERBS: tuple[str, ...] = ("học tập", "học", "sinh sống", "sinh hoạt", "làm việc", "cư trú", "công tác")

#: Numbers written as words before a plural of places: "hai huyện", "ba xã" (not "năm", also a year: "trong năm
#: tỉnh X tiếp nhận …").
SMALL_NUMBERS: tuple[str, ...] = ("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười")

#: Words that count without a number, before the name of who gives or receives: "Nhiều kiều bào đã ủng hộ …".
MANY: tuple[str, ...] = ("nhiều", "một số")

TIME_UNITS: tuple[str, ...] = ("năm", "tháng", "ngày", "tuần", "quý", "giờ", "kỳ", "vụ", "đợt")

#: Words that bring in the span of time a sum is spent over, written at the end of what it is for ("… cho dự án X
#: trong hai năm 2026 - 2027", "… trong giai đoạn 2021 - 2025"): the purpose ends before them. Not a bare "giai
#: đoạn", which closes the name of a programme ("Chương trình … giai đoạn 2021 - 2025").
PERIOD_LEADS: tuple[str, ...] = ("trong", "suốt", "trong giai đoạn", "trong thời gian")

#: Units of places that a count before them makes part of a receiver's name: "người dân 12 tỉnh", "hộ nghèo 3 xã"
#: (where a count before another noun opens the gift: "trao tặng Trường X 2 phòng máy").
COUNTED_PLACES: tuple[str, ...] = ("tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị xã", "thôn", "bản")

#: Groups of places that "trong" before them keeps in a receiver's name, as a unit of place: "các địa phương trong
#: Cụm", "các tỉnh trong khu vực".
PLACE_GROUPS: tuple[str, ...] = ("cụm", "khu vực", "vùng")

#: Numbers written in words that count a gift after its receiver's name: "tặng Trạm Y tế xã X một máy siêu âm" (the
#: count, then one of :data:`CLASSIFIERS`, opens the gift).
COUNT_WORDS: tuple[str, ...] = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")

#: Place words that name no recipient on their own ("hỗ trợ tỉnh hơn 40 dự án").
BARE_PLACES: tuple[str, ...] = ("tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị xã", "bạn", "nước bạn")

#: Nouns that turn a verb of giving after them into a noun: "khoản viện trợ", "nguồn tài trợ" (no subject).
NOMINALISERS: tuple[str, ...] = (
    "khoản", "các khoản", "nguồn", "vốn", "gói", "tổng", "giá trị", "hàng", "tiền", "kinh phí", "số tiền",
    "nhà", "các nhà", "công tác", "kết quả",
)  # fmt: skip

#: Words that open an adverbial, not a subject: "Với khoản viện trợ …", "Trong năm 2023, …".
ADVERBIAL_OPENERS: tuple[str, ...] = (
    "với", "trong", "từ", "nhân", "nhân dịp", "theo", "qua", "bằng", "về", "để", "nhằm", "sau", "trước", "khi",
    "nếu", "tại", "thông qua",
)  # fmt: skip

#: Openings that tie a sentence to the day of the event told before ("Dịp này, Hội trao …"): its sums take
#: no period from earlier sentences.
EVENT_ANCHORS: tuple[str, ...] = (
    "dịp này", "nhân dịp này", "trong dịp này", "cũng trong dịp này", "tại buổi", "trong buổi", "tại lễ",
    "tại hội nghị", "tại đại hội", "tại hội thảo", "tại chương trình", "tại đây", "cũng tại", "cùng ngày",
    "sáng cùng ngày", "trưa cùng ngày", "chiều cùng ngày", "tối cùng ngày",
    "ngay sau đó", "sau đó",
)  # fmt: skip

#: Holidays written after a gift ("quà Tết", "quà Trung thu"): capitalised, yet no recipient.
HOLIDAYS: tuple[str, ...] = (
    "Tết", "Tết Nguyên đán", "Tết cổ truyền", "Tết Trung thu", "Trung thu", "Giáng sinh", "Noel", "năm mới",
    "Bunpimay", "Chôl Chnăm Thmây",
)  # fmt: skip

#: Nouns that make "nhân" before them "on the occasion of" ("nhân dịp", "nhân ngày", "nhân chuyến thăm"): a name
#: or place ends there, while "nhân" inside a name goes on ("Ủy ban nhân dân", "nhân dân Lào").
OCCASION_NOUNS: tuple[str, ...] = ("dịp", "ngày", "kỷ niệm", "kỉ niệm", "chuyến", "lễ", "Tết", "đợt", "mùa")

#: Verbs that open a clause with no subject of its own after a semicolon ("…; tổ chức nhiều hoạt động …"): its
#: actor is the body the sentence opens with.
CLAUSE_VERBS: tuple[str, ...] = (
    "tổ chức", "triển khai", "phối hợp", "thực hiện", "tham gia", "vận động", "tiếp nhận", "trao", "trao tặng",
    "tặng", "hỗ trợ", "ủng hộ", "quyên góp", "huy động", "kêu gọi", "phát động", "duy trì", "đón", "làm việc",
)  # fmt: skip

#: Connectives that may open such a clause before its verb: "…; đồng thời trao tặng …".
CLAUSE_LINKS: tuple[str, ...] = ("đồng thời", "và", "cùng với đó")

#: Openings of a sentence that splits the total told just before it ("Trong đó, Tổ chức A tài trợ …"): its sums
#: share that total's recipient and purpose.
BREAKDOWN_OPENERS: tuple[str, ...] = ("trong đó", "trong số đó", "trong số này", "cụ thể")

#: Words that open, after a comma or semicolon, a part of the total told just before in the sentence ("… hơn 6 tỷ
#: đồng ủng hộ nhân dân X, trong đó riêng năm 2016 là 1 tỷ đồng"): the part is given by, to and for what the total is,
#: where its own words do not say.
PART_OPENERS: tuple[str, ...] = ("trong đó", "trong số đó", "riêng")

#: Verbs that let or charge a body to receive aid: the receiver is named after them ("UBND tỉnh giao Hội Từ thiện
#: tỉnh làm chủ dự án …", "cho phép Hội Bảo trợ … tiếp nhận …").
CAUSATIVE_VERBS: tuple[str, ...] = (
    "giao", "giao cho", "cho phép", "đồng ý cho", "đồng ý để", "chấp thuận cho", "phê duyệt", "phê duyệt cho",
    "chỉ đạo",
)  # fmt: skip

#: Words with "giao" in them that charge no one: "giao lưu" (exchange), "ngoại giao".
NOT_CAUSATIVE: tuple[str, ...] = (
    "giao lưu", "giao thông", "giao dịch", "giao thương", "giao hữu", "giao tiếp", "giao ban", "ngoại giao",
    "chuyển giao",
)  # fmt: skip

#: Words that open a purpose after a sum and are not part of it ("500 triệu đồng để hỗ trợ …").
IN_ORDER_TO: tuple[str, ...] = ("để", "nhằm", "dùng để", "nhằm mục đích", "góp phần")

#: Nouns before what a receiver takes aid for, left out of the purpose ("làm chủ dự án đào tạo cô đỡ …").
PROJECT_WORDS: tuple[str, ...] = ("dự án",)

#: Verbs of carrying out projects: a body that carries out projects valued at a sum gives it, the projects are what it
#: pays for ("Quỹ X đã triển khai 12 dự án tại tỉnh với tổng giá trị 1 triệu USD").
IMPLEMENTING_VERBS: tuple[str, ...] = ("triển khai", "thực hiện", "khởi động")

#: Verbs of visiting written before a verb of giving, joined by "và" or a comma: they share its subject, the giver
#: ("Đoàn đến thăm và trao …", "Hội thăm, tặng quà …").
VISITING_VERBS: tuple[str, ...] = ("thăm", "đến thăm", "tới thăm", "về thăm", "sang thăm", "thăm hỏi", "làm việc")

#: Words before a giver that name who acts for it: "đại diện tổ chức X cam kết tài trợ …" (the giver is "tổ chức X").
REPRESENTING: tuple[str, ...] = ("đại diện", "đại diện cho", "thay mặt", "thay mặt cho")

#: Verbs that report what someone says: the subject of a verb of aid is written after them ("ông A cho biết Hội B sẽ
#: trao …").
REPORTING_VERBS: tuple[str, ...] = (
    "cho biết", "cho rằng", "nói", "khẳng định", "thông báo", "chia sẻ", "nhấn mạnh", "nêu rõ", "thông tin",
)  # fmt: skip

#: Words that make the noun after them plural: a donor's head noun opening a sentence after one is no verb
#: ("Các doanh nghiệp đã ủng hộ …", unlike "Tổ chức nhiều hoạt động …").
PLURAL_MARKERS: tuple[str, ...] = ("các", "những", "mọi")

#: Verbs of thanking or praising: the one they name is the subject of the verb of aid after it, as after a verb of
#: reporting ("Tỉnh cảm ơn tổ chức X đã tài trợ …", "Hội nghị ghi nhận Liên hiệp đã vận động …").
THANKING_VERBS: tuple[str, ...] = (
    "cảm ơn", "cám ơn", "tri ân", "biết ơn", "đánh giá cao", "ghi nhận", "biểu dương", "khen ngợi",
)  # fmt: skip

#: Words that join the one thanked to what they are thanked for, no part of their name: "cảm ơn tổ chức X vì đã …".
REASON_WORDS: tuple[str, ...] = ("vì",)

#: Verbs of a ceremony that starts or opens a building: their object is what the sum pays for ("lễ khởi công trường
#: mầm non X do … tài trợ với tổng kinh phí …").
CEREMONY_VERBS: tuple[str, ...] = ("khởi công", "khánh thành", "động thổ")

#: Nouns of a ceremony: "X tổ chức lễ tiếp nhận …" receives as "X tổ chức tiếp nhận …" does, and "Lễ tiếp nhận …" names
#: no receiver.
CEREMONY_NOUNS: tuple[str, ...] = ("lễ", "buổi lễ")

#: Suffixes of a company's name written after a comma: "Tổ chức Thriive, Inc." (the name goes on over the comma).
COMPANY_SUFFIXES: tuple[str, ...] = ("Inc", "Ltd", "Co", "Corp", "LLC", "GmbH", "JSC", "PLC")

#: Verbs that end the name of a counted group of givers ("có 27 tổ chức phi chính phủ nước ngoài hoạt động trên địa
#: bàn tỉnh", "hơn 120 tổ chức … đến với Quảng Trị"), beside the verbs of giving and of opening a clause.
GROUP_VERBS: tuple[str, ...] = ("hoạt động", "đến với", "đến", "làm việc", "có mặt", "cam kết")

#: Words that open a sentence about the sums told just before it: "Tất cả sẽ được chuyển về cho …", and the
#: demonstratives that end a noun referring back ("Số học bổng này được tài trợ bởi …", "Khoản tiền trên …").
WHOLES: tuple[str, ...] = ("tất cả", "toàn bộ")
DEMONSTRATIVES: tuple[str, ...] = ("này", "trên", "đó")
THIS_IS: tuple[str, ...] = ("đây là", "đó là")  # "Đây là công trình thứ 8 … do Tổ chức X tài trợ"
#: Words before a demonstrative that make a time, not a sum referred back to: "Từ đó đến nay, …", "Sau đó, …".
TIME_LEADS: tuple[str, ...] = ("từ", "sau", "trước", "khi", "lúc", "hồi", "cách")

#: Words after a sum that name the fields it went to ("giải ngân đạt 36,8 triệu USD, tập trung vào y tế, giáo dục …").
FOCUS_WORDS: tuple[str, ...] = ("tập trung vào", "tập trung cho", "chủ yếu vào", "tập trung trong")

#: Words after a sum and a comma that bring in the verb saying what it mostly did ("đã vận động 2 triệu USD, chủ yếu
#: hỗ trợ người khuyết tật", "…, tập trung hỗ trợ phụ nữ nghèo"): that verb's object receives it.
MAINLY_WORDS: tuple[str, ...] = ("chủ yếu", "tập trung", "chủ yếu là")

#: What a sum pays for when "cho" brings it in, not who receives it ("tài trợ 450.000 EUR cho dự án …").
PAID_FOR: tuple[str, ...] = (
    "dự án", "các dự án", "chương trình", "các chương trình", "hoạt động", "các hoạt động",
)  # fmt: skip

#: Words that open examples of a kind of giver, which the kind's name ends before: "các tổ chức phi chính phủ như
#: Tổ chức A, Quỹ B", "các nhà tài trợ gồm …".
EXAMPLES: tuple[str, ...] = ("như", "gồm", "bao gồm", "trong đó có")
