"""Words that saved news pages print around an article: teaser headers, chrome, byline and photo labels.

Every phrase is compared by :func:`vnfriendship._text.fold_key`, so case, spacing and
tone placement do not matter. :mod:`vnfriendship._segment` holds the rules that use them.
"""

from __future__ import annotations

__all__ = [
    "ACCOUNT_NAMES",
    "AFFILIATIONS",
    "AUTHOR_ROLES",
    "BACK_LINKS",
    "BYLINE_LABELS",
    "CAPTION_OPENERS",
    "CAPTION_PHRASES",
    "CHROME_LINES",
    "CHROME_PREFIXES",
    "COUNTER_WORDS",
    "FOLLOW_PREFIX",
    "FOLLOW_SUFFIX",
    "FOOTER_PREFIXES",
    "IMAGE_EXTENSIONS",
    "ISSUE_LABELS",
    "PAGE_TOOLS",
    "PHOTO_LABELS",
    "PORTRAIT_HONORIFICS",
    "SOURCE_LABELS",
    "SOURCE_PREFIX",
    "SOURCE_PRESS_WORDS",
    "STAMP_FIELD_LABELS",
    "TEASER_HEADERS",
    "TEASER_HEADERS_ALONE",
    "TEASER_LIST_OPENERS",
    "TEASER_MARKS",
    "TEASER_NOUNS",
    "TEASER_QUALIFIERS",
]

#: Headers that open a list of other articles, a comment box or a tag list: what
#: follows them is not the article. A line matches when it is the header, perhaps
#: with a count ("BÌNH LUẬN (0)") or a word or two more ("Xem thêm sự kiện"). Headers
#: made of a noun and a qualifier ("Các tin bài cùng chuyên mục") are composed below.
TEASER_HEADERS: tuple[str, ...] = (
    "Sự kiện liên quan",
    "Cùng chuyên mục",
    "Cùng chủ đề",
    "Đọc nhiều",
    "Đọc nhiều nhất",
    "Xem nhiều",
    "Xem nhiều nhất",
    "Đừng bỏ lỡ",
    "Có thể bạn quan tâm",
    "Bạn có thể quan tâm",
    "Tin tài trợ",
    "Tin nóng",
    "Multimedia",
    "Video",
    "Podcast",
    "Infographic",
    "Emagazine",
    "Bình luận",
    "Ý kiến bạn đọc",
    "Phản hồi",
    "Gửi bình luận",
    "Gửi phản hồi",
    "Gửi ý kiến",
    "Bạn đọc bình luận",
    "Viết bình luận",
    "Ý kiến của bạn",
    "Liên kết website",
    "Cảm nhận của bạn",
    "Cảm nhận của bạn về bài viết này",
    "Xem thêm",
    "Xem tiếp",
    "Đọc thêm",
    "Từ khóa",
    "Tags",
    "Tag",
    "Hỏi đáp thông minh",
    # a portal's list of its latest documents
    "Văn bản mới",
)

#: Headers of a teaser list are mostly an opener, a noun and a qualifier: every
#: combination is a header ("Tin liên quan", "Các tin bài đã đưa", "Những bài viết khác").
TEASER_LIST_OPENERS: tuple[str, ...] = ("", "Các", "Những")
TEASER_NOUNS: tuple[str, ...] = (
    "Tin",
    "Bài",
    "Tin bài",
    "Tin/bài",
    "Tin, bài",
    "Tin tức",
    "Bài viết",
    "Tin, bài viết",
    "Tin ảnh",
    "Ảnh",
    "Video",
    "Phóng sự ảnh",
    "Tin tức - Sự kiện",
)
TEASER_QUALIFIERS: tuple[str, ...] = (
    "khác",
    "liên quan",
    "cùng chuyên mục",
    "khác cùng chuyên mục",
    "cùng chủ đề",
    "cùng sự kiện",
    "cùng loại",
    "cùng danh mục",
    "mới",
    "mới nhất",
    "mới đăng",
    "mới cập nhật",
    "mới hơn",
    "cũ hơn",
    "nổi bật",
    "tiêu điểm",
    "đọc nhiều",
    "xem nhiều",
    "đọc nhiều nhất",
    "xem nhiều nhất",
    "đã đưa",
    "đã đăng",
    "cùng số",  # a magazine's issue: "Bài cùng số"
    "trong số này",
)

#: Headers that are everyday words too ("Chủ đề", "Nổi bật"): a header only when they are the whole line.
TEASER_HEADERS_ALONE: tuple[str, ...] = ("Ý kiến", "Nổi bật", "Chủ đề")

#: Whole lines that belong to the page, not the article (logins, widgets, player controls).
CHROME_LINES: tuple[str, ...] = (
    "Logo",
    "Đăng nhập",
    "Đăng ký",
    "Đăng xuất",
    "Tìm kiếm",
    "Menu",
    "Trang chủ",
    "aa",
    "A A",
    "A- A+",
    "In bài",
    "In bài viết",
    "Chia sẻ",
    "Lưu",
    "Lưu bài viết",
    "Nghe bài viết",
    "Nghe",
    "Tắt",
    "Phóng to",
    "Thu nhỏ",
    "Quảng cáo",
    "Liên hệ",
    "Đường dây nóng",
    "Phiên bản di động",
    "Xem trên",
    "Thống kê truy cập",
    "Facebook",
    "Zalo",
    "Twitter",
    "Youtube",
    "Email",
    "Copy link",
    "Sao chép liên kết",
    "Về trang chủ",
    "Lên đầu trang",
    "Xem bản đầy đủ",
    "Cỡ chữ",
    "In trang",
    "Bản in",
    "Gửi email",
    "Lưu tin",
    "Chia sẻ bài viết",
    "Nghe đọc bài",
    "Gửi",
    "Thời tiết",
    "Bình chọn",
    "Tăng cỡ chữ",
    "Giảm cỡ chữ",
    "Báo lỗi",
    "Góp ý",
    "Xem bản in",
    "Gửi bạn bè",
    "Đánh giá bài viết",
    "Báo in",
    "Đọc báo in",
    "E-paper",
)

#: Openings of short lines that belong to the page: breadcrumbs, counters, footers.
CHROME_PREFIXES: tuple[str, ...] = (
    "Trang chủ",
    "Đăng ký ấn phẩm",
    "Đang truy cập",
    "Đang trực tuyến",
    "Đang online",
    "Lượt truy cập",
    "Lượt xem",
    "Lượt đọc",
    "Số lượt xem",
    "Số lần xem",
    "Tổng lượt truy cập",
    "Tổng truy cập",
    "Hôm nay:",
    "Xin chờ trong giây lát",
    "Bản quyền",
    "Copyright",
    "©",
    "Giấy phép",
    "Cơ quan chủ quản",
    "Tổng biên tập:",
    "Địa chỉ:",
    "Điện thoại:",
    "Email:",
    "Hotline:",
    "Fax:",
    "Ghi rõ nguồn",
    "Không được sao chép",
    "Tải ứng dụng",
    "Theo dõi chúng tôi",
    # the label of a video or clip embedded in the article ("▶ Video: Hội nghị tổng kết (2:45)")
    "Video:",
    "Clip:",
)

#: What a page counts after a number ("2.345 lượt xem", "12 bình luận"): a line of such counts is a widget.
COUNTER_WORDS: tuple[str, ...] = (
    "lượt xem",
    "lượt đọc",
    "lượt nghe",
    "lượt truy cập",
    "lượt thích",
    "lượt chia sẻ",
    "lượt bình luận",
    "bình luận",
    "views",
    "view",
    "comments",
    "likes",
)

#: Openings of footer lines of any length ("Bản quyền thuộc Ban Đối ngoại Tỉnh ủy. Địa chỉ: ...").
FOOTER_PREFIXES: tuple[str, ...] = ("Bản quyền thuộc", "Copyright", "©")

#: Short links back to a section ("Trở lại Thời sự", "Quay lại"): a line of a few words opening with one.
BACK_LINKS: tuple[str, ...] = ("Trở lại", "Quay lại", "Trở về", "Về đầu trang")

#: Marks before a link to another article inside the text (">> Hội hữu nghị tỉnh đón đoàn ...").
TEASER_MARKS: tuple[str, ...] = (">>", ">", "»", "›", "►", "▶", "→", "⇒")

#: "Theo dõi <outlet> trên" (Google News, Zalo...): the page names its outlet.
FOLLOW_PREFIX = "Theo dõi"
FOLLOW_SUFFIX = "trên"

#: Labels of the fields a page sets beside its stamp, apart from the author's ("| Lượt xem: 412 | Cỡ chữ: A- A A+").
STAMP_FIELD_LABELS: tuple[str, ...] = (
    "Lượt xem",
    "Lượt đọc",
    "Số lượt xem",
    "Cỡ chữ",
    "Đăng bởi",
    "Biên tập",
    "Cập nhật",
    "Chuyên mục",
    "Nguồn",
)

#: The page's own tools, written as fields beside its stamp ("… | In bài | Chia sẻ | Bình luận (6)"): they name no
#: author. A count in brackets may follow one.
PAGE_TOOLS: tuple[str, ...] = (
    "In bài", "In trang", "In", "Bản in", "Chia sẻ", "Bình luận", "Gửi bài", "Gửi email", "Lưu", "Lưu bài",
    "Góp ý", "Nghe đọc", "Nghe bài", "Tải về", "Print", "Share", "Email", "Facebook", "Zalo", "Twitter",
)  # fmt: skip

#: Words before the number of a magazine's or newspaper's issue, written as a field beside the stamp ("Số 168 |
#: 12/09/2024").
ISSUE_LABELS: tuple[str, ...] = ("Số", "Số báo", "Kỳ", "Issue", "No.")

#: Labels before the names of an article's authors ("Bài và ảnh: Minh Anh").
BYLINE_LABELS: tuple[str, ...] = (
    "Bài và ảnh",
    "Bài, ảnh",
    "Bài & ảnh",
    "Bài - ảnh",
    "Tin và ảnh",
    "Tin, ảnh",
    "Tin & ảnh",
    "Bài",
    "Tin",
    "Tác giả",
    "Người viết",
    "Phóng viên",
    "Nhóm phóng viên",
    "Thực hiện",
    "Ghi chép",
    "Văn bản",
    "Nội dung",
    "Bài viết",
    # a portal's poster, where a person's name follows ("Người đăng: Lô Thị Hằng"; not "Người đăng: Admin")
    "Người đăng",
)

#: The accounts a site posts under, which name no author ("Người đăng: Admin").
ACCOUNT_NAMES: tuple[str, ...] = ("Admin", "Administrator", "Quản trị", "Quản trị viên", "Ban biên tập")

#: How the body an author writes for begins, after the names ("Mai Anh - Trung tâm VHTT&TT tỉnh") or on the
#: line under them ("ThS. Hà Thị Mai" / "Học viện Chính trị khu vực I").
AFFILIATIONS: tuple[str, ...] = (
    # (or the author's post in the body: "Thu Trang - Cán bộ truyền thông HHF")
    "Cán bộ",
    "Trung tâm",
    "Báo",
    "Đài",
    "Tạp chí",
    "Cổng",
    "Thông tấn",
    "Ban",
    "Sở",
    "Phòng",
    "Văn phòng",
    "Hội",
    "Liên hiệp",
    "UBND",
    "Ủy ban",
    "Huyện ủy",
    "Tỉnh ủy",
    "Thành ủy",
    "Trường",
    "Học viện",
    "Viện",
    "Đại học",
    "Cộng tác viên",
    "CTV",
)

#: What a byline may write before an author's name ("CTV Lê Hằng", "PV Hà Anh").
AUTHOR_ROLES: tuple[str, ...] = (
    "PV",
    "CTV",
    "Phóng viên",
    "Cộng tác viên",
    "Nhà báo",
    "GS.TS.",
    "GS.TS",
    "PGS.TS.",
    "PGS.TS",
    "PGS. TS.",
    "GS.",
    "PGS.",
    "TS.",
    "ThS.",
    "Đại sứ",
    "Nguyên Đại sứ",
)

#: How a caption naming a person in a portrait begins ("Ông Lê An - Ảnh: TL"): no author's name.
PORTRAIT_HONORIFICS: tuple[str, ...] = ("Ông", "Bà", "Đồng chí")

#: Labels of a photo credit ("Ảnh: Lê An"): the names after them are not authors.
PHOTO_LABELS: tuple[str, ...] = (
    "Ảnh",
    "Ảnh minh họa",
    "Ảnh tư liệu",
    "Ảnh tư liệu minh họa",
    "Nguồn ảnh",
    "Ảnh chụp màn hình",
    "Photo",
    "Đồ họa",
    "Video",
    "Clip",
)

#: Labels of the line that names where an article comes from ("Nguồn: Báo Nhân Dân").
SOURCE_LABELS: tuple[str, ...] = ("Nguồn", "Nguồn tin", "Theo nguồn")

#: The word of a source line without a colon ("Theo TTXVN", "(Theo Báo Thanh Hóa)").
SOURCE_PREFIX = "Theo"

#: How the name of a press outlet may begin after "Theo" (a code or a domain needs none of them).
SOURCE_PRESS_WORDS: tuple[str, ...] = (
    "Báo",
    "Tạp chí",
    "Đài",
    "Cổng thông tin",
    "Cổng TTĐT",
    "Thông tấn",
    "Truyền hình",
    "Phát thanh",
    "Trang thông tin",
)

#: How short lines describing a photo begin ("Quang cảnh hội nghị.").
CAPTION_OPENERS: tuple[str, ...] = ("Quang cảnh", "Toàn cảnh", "Ảnh:", "Hình ảnh", "Khung cảnh")

#: Phrases that, in a short line, describe a photo ("Các đại biểu chụp ảnh lưu niệm").
CAPTION_PHRASES: tuple[str, ...] = ("chụp ảnh lưu niệm", "chụp ảnh chung", "chụp ảnh cùng", "chụp ảnh kỷ niệm")

#: File names of images that a saved page keeps as text ("1.jpg").
IMAGE_EXTENSIONS: tuple[str, ...] = ("jpg", "jpeg", "png", "gif", "webp", "bmp", "svg")
