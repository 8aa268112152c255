"""Tests for vnfriendship._metadata: headline, publication time, outlet and authors of a page."""

from __future__ import annotations

import datetime as dt

import pytest

from vnfriendship import Pipeline
from vnfriendship._gazetteer import Gazetteer
from vnfriendship._metadata import read_metadata
from vnfriendship._model import ArticleMeta, Segment
from vnfriendship._segment import segment
from vnfriendship._text import normalize

ICT = dt.timezone(dt.timedelta(hours=7))
TITLE = "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Trị đón đoàn thanh niên Lào"
LEDE = (
    "Chiều 9/5, tại thành phố Đông Hà, Liên hiệp các tổ chức hữu nghị tỉnh Quảng Trị đã tiếp đoàn thanh niên "
    "tỉnh Savannakhet sang thăm và làm việc."
)
BODY = (
    'Tại buổi tiếp, ông Hồ Văn Khải, Chủ tịch Liên hiệp cho biết: "Tỉnh luôn coi trọng quan hệ hữu nghị đặc biệt '
    'với các tỉnh của Lào." Hai bên đã trao đổi về kế hoạch giao lưu trong năm tới.'
)
CLOSING = "Đoàn sẽ thăm một số di tích lịch sử trên địa bàn tỉnh trước khi về nước./."


@pytest.fixture(scope="module")
def gazetteer(pipeline: Pipeline) -> Gazetteer:
    return pipeline.gazetteer


def page(*lines: str) -> str:
    return normalize("\n".join(lines))


def meta_of(text: str, gazetteer: Gazetteer, reference_date: dt.date | None = None) -> ArticleMeta:
    return read_metadata(text, segment(text), gazetteer, reference_date)


# ---------------------------------------------------------------- title


def test_title_is_the_headline_not_the_slogan_or_breadcrumb_above_it(gazetteer: Gazetteer) -> None:
    text = page("Chào mừng Đại hội Đảng bộ tỉnh lần thứ XVII", "Trang chủ Thời sự", TITLE, LEDE, BODY)
    assert meta_of(text, gazetteer).title == TITLE


@pytest.mark.parametrize(
    "label", ["▶ Video: Đoàn thanh niên Lào thăm Quảng Trị (2:45)", "Clip: Toàn cảnh buổi tiếp đoàn Savannakhet (3:10)"]
)
def test_the_label_of_an_embedded_video_between_title_and_lede_is_chrome(gazetteer: Gazetteer, label: str) -> None:
    assert meta_of(page(TITLE, "Cập nhật: 16:40 - 13/12/2024", label, LEDE, BODY), gazetteer).title == TITLE


def test_page_that_starts_mid_article_has_no_title(gazetteer: Gazetteer) -> None:
    assert meta_of(page(LEDE, BODY), gazetteer).title is None


# ---------------------------------------------------------------- published_at


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("22:12 | 20/07/2022 GMT+7", dt.datetime(2022, 7, 20, 22, 12, tzinfo=ICT)),
        ("Cập nhật: 19/11/2021 09:10", dt.datetime(2021, 11, 19, 9, 10, tzinfo=ICT)),
        ("Thứ Hai, 16/01/2023 - 17:47", dt.datetime(2023, 1, 16, 17, 47, tzinfo=ICT)),
        ("Cập nhật lúc 14:12, Thứ Tư, 10/05/2017 (GMT+7)", dt.datetime(2017, 5, 10, 14, 12, tzinfo=ICT)),
        ("28/12/2023 - 17:22", dt.datetime(2023, 12, 28, 17, 22, tzinfo=ICT)),
        ("01/09/2011", dt.date(2011, 9, 1)),
        ("Ngày đăng: 15/03/2024 | Lượt xem: 120", dt.date(2024, 3, 15)),
        # a counter written with a thousands separator is a number, not words beside the stamp
        ("Ngày đăng: 15/03/2024 | Lượt xem: 2.417", dt.date(2024, 3, 15)),
        # labelled fields set apart by bars beside the stamp
        ("Ngày đăng: 15/03/2024 | Lượt xem: 64 | Cỡ chữ: A- A A+", dt.date(2024, 3, 15)),
        ("Thứ Sáu, 15/03/2024 10:20 | Người đăng: Ban Biên tập", dt.datetime(2024, 3, 15, 10, 20, tzinfo=ICT)),
        # fields set apart by wide gaps, as a saved table's cells are, and the page's own tools
        ("Ngày đăng: 21/10/2024    Lượt đọc: 1.302", dt.date(2024, 10, 21)),
        (
            "Cập nhật: 08:15 | 21/10/2024    Lượt xem: 95    In bài | Chia sẻ",
            dt.datetime(2024, 10, 21, 8, 15, tzinfo=ICT),
        ),
        ("07:40 | 21/10/2024  |  Chia sẻ  |  Bình luận (12)", dt.datetime(2024, 10, 21, 7, 40, tzinfo=ICT)),
        # the clock in brackets after the day
        (
            "Ngày 21/10/2024 (09:05)    |    Cỡ chữ: A- A+    |    In trang",
            dt.datetime(2024, 10, 21, 9, 5, tzinfo=ICT),
        ),
    ],
)
def test_stamp_below_the_title_is_the_publication_time(
    gazetteer: Gazetteer, stamp: str, expected: dt.datetime | dt.date
) -> None:
    published = meta_of(page(TITLE, "", stamp, "", LEDE, BODY), gazetteer).published_at
    assert published == expected and type(published) is type(expected)


def test_publication_time_is_timezone_aware(gazetteer: Gazetteer) -> None:
    published = meta_of(page(TITLE, "17:43, 12/04/2024", LEDE), gazetteer).published_at
    assert isinstance(published, dt.datetime) and published.utcoffset() == dt.timedelta(hours=7)


def test_stamp_in_the_breadcrumb_bar_above_the_title_is_the_publication_time(gazetteer: Gazetteer) -> None:
    text = page("Trang chủ Hữu nghị", "08:05 | 03/03/2024 GMT+7", "", TITLE, "", LEDE, BODY)
    assert meta_of(text, gazetteer).published_at == dt.datetime(2024, 3, 3, 8, 5, tzinfo=ICT)


def test_stamp_between_the_lede_and_the_body_is_the_publication_time(gazetteer: Gazetteer) -> None:
    text = page(TITLE, "", LEDE, "", "Thứ Năm, 09/05/2024 - 21:05", "", BODY)
    assert meta_of(text, gazetteer).published_at == dt.datetime(2024, 5, 9, 21, 5, tzinfo=ICT)


def test_byline_and_stamp_on_one_line_give_author_and_time(gazetteer: Gazetteer) -> None:
    meta = meta_of(page(TITLE, "Minh Anh | 09:30, 14/03/2024", LEDE, BODY), gazetteer)
    assert (meta.authors, meta.published_at) == (("Minh Anh",), dt.datetime(2024, 3, 14, 9, 30, tzinfo=ICT))


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("14/03/2024 - 09:30 | Bài và ảnh: ĐỖ THANH MAI", dt.datetime(2024, 3, 14, 9, 30, tzinfo=ICT)),
        # a labelled date between bars is a stamp, as a date alone on its line is; the counter names no one
        ("Tác giả: Đỗ Thanh Mai | Ngày đăng: 14/03/2024 | Lượt xem: 1.126", dt.date(2024, 3, 14)),
        # a magazine's issue beside the stamp names no one
        ("Số 92 | 14/03/2024 | Bài và ảnh: Đỗ Thanh Mai", dt.date(2024, 3, 14)),
        # labelled fields set apart by a dash, in either order
        ("Tác giả: Đỗ Thanh Mai - Ngày đăng: 14/03/2024", dt.date(2024, 3, 14)),
        ("Ngày đăng: 14/03/2024 - Tác giả: Đỗ Thanh Mai", dt.date(2024, 3, 14)),
        # a portal's poster, where a person's name follows
        ("Ngày đăng: 14/03/2024 | Người đăng: Đỗ Thanh Mai | Lượt xem: 426", dt.date(2024, 3, 14)),
        # the author's desk in brackets, however many words it takes
        ("Đỗ Thanh Mai (Ban Tuyên giáo) - 14/03/2024 - 09:30", dt.datetime(2024, 3, 14, 9, 30, tzinfo=ICT)),
        ("Đỗ Thanh Mai (Trung tâm Văn hóa - Thông tin huyện) | 14/03/2024", dt.date(2024, 3, 14)),
    ],
)
def test_a_byline_beside_the_stamp_gives_the_author(
    gazetteer: Gazetteer, line: str, published: dt.datetime | dt.date
) -> None:
    meta = meta_of(page(TITLE, "", line, "", LEDE, BODY), gazetteer)
    assert (meta.title, meta.authors, meta.published_at) == (TITLE, ("Đỗ Thanh Mai",), published)


DATED_LEDE = "Ngày 9/5/2021, Liên hiệp các tổ chức hữu nghị tỉnh Quảng Trị đã tiếp đoàn thanh niên tỉnh Savannakhet."


def test_masthead_clock_long_after_the_ledes_own_date_is_not_the_publication_time(gazetteer: Gazetteer) -> None:
    text = page("Chào mừng kỷ niệm Quốc khánh 2/9", "Thứ Sáu, 06/09/2024 07:15", "", TITLE, "", DATED_LEDE, BODY)
    assert meta_of(text, gazetteer).published_at is None


def test_weekday_stamp_above_the_title_days_after_the_ledes_date_is_the_publication_time(gazetteer: Gazetteer) -> None:
    lede = DATED_LEDE.replace("9/5/2021", "4/9/2024")
    text = page("Trang chủ", "Thứ Sáu, 06/09/2024 07:15", "", TITLE, "", lede, BODY)
    assert meta_of(text, gazetteer).published_at == dt.datetime(2024, 9, 6, 7, 15, tzinfo=ICT)


def test_an_anniversarys_old_date_after_the_news_day_does_not_make_the_stamp_a_clock(gazetteer: Gazetteer) -> None:
    lede = "Tối 6-11, Hội hữu nghị Việt Nam - Nga tổ chức họp mặt kỷ niệm Cách mạng Tháng Mười (7-11-1917)."
    text = page("Trang chủ", "Thứ Hai, 06/11/2023 21:15", "", TITLE, "", lede, BODY)
    assert meta_of(text, gazetteer).published_at == dt.datetime(2023, 11, 6, 21, 15, tzinfo=ICT)


def test_weekday_stamp_above_the_title_of_an_undated_lede_is_the_publication_time(gazetteer: Gazetteer) -> None:
    text = page("Trang chủ", "Thứ Sáu, 06/09/2024 07:15", "", TITLE, "", LEDE, BODY)
    assert meta_of(text, gazetteer).published_at == dt.datetime(2024, 9, 6, 7, 15, tzinfo=ICT)


def test_stamp_under_the_title_wins_over_the_masthead_date(gazetteer: Gazetteer) -> None:
    masthead = "Thứ Tư, 16/04/2025 | Hotline: 0262.3852.412"
    text = page(masthead, TITLE, "Cập nhật lúc 16:20, Thứ Tư, 16/04/2025 (GMT+7)", LEDE, BODY)
    assert meta_of(text, gazetteer).published_at == dt.datetime(2025, 4, 16, 16, 20, tzinfo=ICT)


def test_stamp_printed_under_the_article_is_the_publication_time_when_none_is_above(gazetteer: Gazetteer) -> None:
    text = page(TITLE, LEDE, BODY, "Ngày cập nhật: 19/06/2025", "Số lượt xem: 87", "Tin khác", "Tin A (12/06/2025)")
    assert meta_of(text, gazetteer).published_at == dt.date(2025, 6, 19)


def test_stamp_above_the_article_wins_over_one_under_it(gazetteer: Gazetteer) -> None:
    text = page(TITLE, "17:43, 12/04/2024", LEDE, BODY, "Cập nhật: 15/04/2024 08:00")
    assert meta_of(text, gazetteer).published_at == dt.datetime(2024, 4, 12, 17, 43, tzinfo=ICT)


def test_stamps_of_teasers_are_never_the_publication_time(gazetteer: Gazetteer) -> None:
    text = page(TITLE, LEDE, BODY, "Đọc nhiều", "Hội hữu nghị tỉnh gặp mặt hội viên", "15 May, 08:30 AM")
    assert meta_of(text, gazetteer, reference_date=dt.date(2024, 5, 20)).published_at is None


def test_page_without_a_stamp_has_no_publication_time(gazetteer: Gazetteer) -> None:
    assert meta_of(page(TITLE, LEDE, "Ngày 10/5/2024, đoàn đã thăm trường học.", BODY), gazetteer).published_at is None


# ---------------------------------------------------------------- outlet


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("NDO - ", "Nhân Dân"),
        ("KTĐT - ", "Kinh tế & Đô thị"),
        ("(Chinhphu.vn) – ", "Báo điện tử Chính phủ"),
        ("Quảng Trị (TTXVN) - ", "TTXVN"),
        ("PNO - ", "Phụ nữ TP.HCM"),
        ("(TNO) ", "Thanh Niên"),
        ("(VOV5) - ", "VOV"),
        ("(BHN) - ", "BHN"),
        ("(Baoquangtri.vn) - ", "Báo Quảng Trị"),  # a provincial paper's domain names its paper
        ("(Baodaklak.vn)- ", "Báo Đắk Lắk"),
        ("TGVN. ", "Thế giới & Việt Nam"),  # a code closed by a full stop
        ("(Thời Đại) ", "Thời Đại"),  # a name in brackets without a dash
        ("(Baotinhxa.vn) - ", "Baotinhxa.vn"),  # no such province: the printed code stays
        ("HÀ NỘI - ", None),
        ("", None),
    ],
)
def test_outlet_from_the_lede_prefix(gazetteer: Gazetteer, opening: str, outlet: str | None) -> None:
    assert meta_of(page(TITLE, opening + LEDE, BODY), gazetteer).outlet == outlet


def test_lone_outlet_code_above_the_lede_names_the_outlet(gazetteer: Gazetteer) -> None:
    assert meta_of(page(TITLE, "", "NDO -", "", LEDE, BODY), gazetteer).outlet == "Nhân Dân"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Theo dõi thoidai.com.vn trên", "Thời Đại"),
        ("Theo dõi Báo Quảng Trị trên", "Báo Quảng Trị"),
        ("Theo dõi Tạp chí Hữu Nghị Miền Trung trên", "Tạp chí Hữu Nghị Miền Trung"),
    ],
)
def test_outlet_from_a_follow_line(gazetteer: Gazetteer, line: str, outlet: str) -> None:
    assert meta_of(page(line, "", TITLE, "", LEDE, BODY), gazetteer).outlet == outlet


def test_outlet_from_the_source_line(gazetteer: Gazetteer) -> None:
    text = page(TITLE, LEDE, BODY, "Thanh Hà", "Nguồn: Báo Nhân Dân")
    assert meta_of(text, gazetteer).outlet == "Nhân Dân"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Theo TTXVN", "TTXVN"),
        ("(Theo Báo Thanh Hóa)", "Báo Thanh Hóa"),
        ("Theo baoquocte.vn", "Thế giới & Việt Nam"),
        ("Theo baonghean.vn", "Báo Nghệ An"),
        ("Theo Báo Quảng Ninh điện tử", "Báo Quảng Ninh"),  # the edition's suffix aside
        ("Theo Tuổi Trẻ", "Tuổi Trẻ"),  # an outlet's own name needs no press word
        ("(Theo Quân đội nhân dân)", "Quân đội nhân dân"),
    ],
)
def test_outlet_from_a_source_line_opening_with_theo(gazetteer: Gazetteer, line: str, outlet: str) -> None:
    assert meta_of(page(TITLE, LEDE, BODY, "Thanh Hà", line), gazetteer).outlet == outlet


@pytest.mark.parametrize(
    ("byline", "outlet", "authors"),
    [
        ("Ngọc Anh (TTXVN)", "TTXVN", ("Ngọc Anh",)),
        ("Minh Anh (Theo Báo Nghệ An)", "Báo Nghệ An", ("Minh Anh",)),
        ("Hồng Nhung - Báo Quảng Ninh", "Báo Quảng Ninh", ("Hồng Nhung",)),
        ("Mai Anh - Trung tâm VHTT&TT tỉnh", None, ("Mai Anh",)),  # a centre is no outlet
        ("Quốc Dũng (thực hiện)", None, ("Quốc Dũng",)),
    ],
)
def test_outlet_credited_in_the_closing_byline(
    gazetteer: Gazetteer, byline: str, outlet: str | None, authors: tuple[str, ...]
) -> None:
    meta = meta_of(page(TITLE, LEDE, BODY, CLOSING, byline), gazetteer)
    assert (meta.outlet, meta.authors) == (outlet, authors)


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("VOV.VN", "VOV"),
        ("BÁO THẾ GIỚI & VIỆT NAM", "Thế giới & Việt Nam"),
        ("Báo Đắk Lắk điện tử", "Báo Đắk Lắk"),
        ("Tin tức", None),  # a menu word before it is an outlet's name
        ("TIN TỨC - TTXVN", "TTXVN"),  # two names joined by a dash: each is tried
    ],
)
def test_outlet_from_a_masthead_line_above_the_title(gazetteer: Gazetteer, masthead: str, outlet: str | None) -> None:
    assert meta_of(page(masthead, "Thời sự | Chính trị", TITLE, LEDE, BODY), gazetteer).outlet == outlet


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH", "Cổng thông tin điện tử tỉnh Quảng Bình"),
        ("SỞ NGOẠI VỤ TỈNH THỪA THIÊN HUẾ", "Sở ngoại vụ tỉnh Thừa Thiên Huế"),
        ("LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM", "Liên hiệp các tổ chức hữu nghị Việt Nam"),
        (
            "Trang thông tin điện tử Đảng bộ tỉnh Bà Rịa - Vũng Tàu",
            "Trang thông tin điện tử Đảng bộ tỉnh Bà Rịa - Vũng Tàu",
        ),
        # a district's portal names its province after a dash; a word that is no syllable is an acronym
        ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG LÁT - TỈNH THANH HÓA", "Cổng thông tin điện tử huyện Mường Lát"),
        ("UBND TỈNH QUẢNG BÌNH", "UBND tỉnh Quảng Bình"),
        ("BAN BIÊN TẬP TRANG TIN", None),  # names no place: a label, not a body's website
        ("Hội nghị | Quảng Bình | Đối ngoại", None),  # a menu
    ],
)
def test_masthead_of_a_body_website_names_the_outlet(gazetteer: Gazetteer, masthead: str, outlet: str | None) -> None:
    assert meta_of(page(masthead, "Trang chủ > Tin tức - Sự kiện", TITLE, LEDE, BODY), gazetteer).outlet == outlet


@pytest.mark.parametrize(
    ("masthead", "footer", "outlet"),
    [
        ("MIỀN NÚI NGÀY NAY - Tạp chí của đồng bào", "Bản quyền thuộc về Miền Núi Ngày Nay.", "Miền Núi Ngày Nay"),
        ("SÓNG HỒNG & BẠN BÈ", "Sóng Hồng & Bạn Bè - Chuyên trang đối ngoại", "Sóng Hồng & Bạn Bè"),
        ("MIỀN NÚI NGÀY NAY", "Liên hệ quảng cáo: 024 3999 9999", None),  # said once: left to better evidence
    ],
)
def test_a_masthead_the_footer_prints_again_names_the_outlet(
    gazetteer: Gazetteer, masthead: str, footer: str, outlet: str | None
) -> None:
    text = page(masthead, "Trang chủ | Thời sự | Đối ngoại", TITLE, LEDE, BODY, "Tin khác", footer)
    assert meta_of(text, gazetteer).outlet == outlet


@pytest.mark.parametrize(
    ("superior", "department", "footer", "outlet"),
    [
        ("UBND TỈNH QUẢNG BÌNH", "SỞ NGOẠI VỤ", "Đơn vị quản lý: Sở Ngoại vụ", "Sở Ngoại vụ tỉnh Quảng Bình"),
        (
            "TỈNH ỦY QUẢNG BÌNH",
            "BAN ĐỐI NGOẠI - Trang thông tin điện tử",
            "Bản quyền thuộc Ban Đối ngoại",
            "Ban Đối ngoại Tỉnh ủy Quảng Bình",
        ),
        # a department's name in capitals alone does not tell its case: the superior stands
        ("UBND TỈNH QUẢNG BÌNH", "SỞ NGOẠI VỤ", "Liên hệ: 0232 3822 222", "UBND tỉnh Quảng Bình"),
    ],
)
def test_a_department_under_its_superior_in_the_masthead_is_the_outlet(
    gazetteer: Gazetteer, superior: str, department: str, footer: str, outlet: str
) -> None:
    text = page(superior, department, "Trang chủ | Tin tức", TITLE, LEDE, BODY, "Tin khác", footer)
    assert meta_of(text, gazetteer).outlet == outlet


def test_known_outlet_comes_before_the_masthead_of_a_body_website(gazetteer: Gazetteer) -> None:
    text = page("LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH QUẢNG TRỊ", TITLE, LEDE, BODY, "Theo Báo Quảng Trị")
    assert meta_of(text, gazetteer).outlet == "Báo Quảng Trị"


def test_source_naming_a_body_without_its_place_gives_way_to_the_masthead_naming_it_with_it(
    gazetteer: Gazetteer,
) -> None:
    masthead = "Trang thông tin điện tử Ban Đối ngoại Tỉnh ủy Cao Bằng"
    text = page(masthead, TITLE, LEDE, BODY, "Tác giả: Hồng Vân - Nguồn: Ban Đối ngoại Tỉnh ủy")
    assert meta_of(text, gazetteer).outlet == masthead


def test_source_line_naming_a_site_bare_names_the_outlet(gazetteer: Gazetteer) -> None:
    assert meta_of(page(TITLE, LEDE, BODY, "Nguồn: vufo.org.vn"), gazetteer).outlet == "vufo.org.vn"


def test_outlet_from_the_domain_of_a_source_link(gazetteer: Gazetteer) -> None:
    text = page(TITLE, LEDE, BODY, "Nguồn: https://baoquocte.vn/hoi-huu-nghi-123.html")
    assert meta_of(text, gazetteer).outlet == "Thế giới & Việt Nam"


def test_source_link_to_an_unknown_site_names_no_outlet(gazetteer: Gazetteer) -> None:
    assert meta_of(page(TITLE, LEDE, BODY, "Nguồn: https://example.org/tin-1.html"), gazetteer).outlet is None


def test_outlet_code_of_two_outlets_takes_the_known_one(gazetteer: Gazetteer) -> None:
    assert meta_of(page(TITLE, "Viêng Chăn (TTXVN/Vietnam+) - " + LEDE), gazetteer).outlet == "TTXVN"


def test_outlet_from_a_domain_in_the_page_footer(gazetteer: Gazetteer) -> None:
    text = page(TITLE, LEDE, BODY, "Tin liên quan", "Bản quyền thuộc về baoquocte.vn")
    assert meta_of(text, gazetteer).outlet == "Thế giới & Việt Nam"


def test_outlet_named_inside_the_body_is_not_the_page_outlet(gazetteer: Gazetteer) -> None:
    text = page(TITLE, LEDE, "Theo Báo Nhân Dân, hai bên đã ký biên bản ghi nhớ về hợp tác giáo dục.")
    assert meta_of(text, gazetteer).outlet is None


# ---------------------------------------------------------------- authors


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (("Hải Yến", "Nguồn:"), ("Hải Yến",)),
        (("Thanh Bình - Quốc Tuấn", "Nguồn:"), ("Thanh Bình", "Quốc Tuấn")),
        (("Ngọc Lan",), ("Ngọc Lan",)),
        (("Bài và ảnh: Phương Thảo",), ("Phương Thảo",)),
        (("Thanh Bình – Quốc Tuấn", "", "Sự kiện liên quan"), ("Thanh Bình", "Quốc Tuấn")),
        (("Thu Hằng/VOV-Tây Nguyên",), ("Thu Hằng",)),  # the desk after the slash is no author
        (("Văn Ngọc/VOV1",), ("Văn Ngọc",)),
        (("Minh Hiếu", "Theo Báo Thanh Hóa"), ("Minh Hiếu",)),
        (("Hải Yến", "Trở lại Thời sự"), ("Hải Yến",)),
        (("Bảo Lâm", "Bạn đọc bình luận", "Gửi"), ("Bảo Lâm",)),  # right under the closing "./."
        (("Mai Anh - Trung tâm VHTT&TT tỉnh", "Tin khác"), ("Mai Anh",)),
        (("Nội dung: Hồng Vân - Ảnh: Quang Thái, Minh Ngọc",), ("Hồng Vân",)),  # photographers are no authors
        (("Tác giả: Hồng Vân - Nguồn: Sở Ngoại vụ",), ("Hồng Vân",)),
        (("Bài viết: Hồng Vân - Cán bộ truyền thông của Quỹ | 13/12/2024",), ("Hồng Vân",)),  # the author's post
        (("PV: Xin cảm ơn ông!", "Lan Hương (thực hiện)"), ("Lan Hương",)),
        # a portal's list of its latest documents, in capitals, is no author's name
        (("VĂN BẢN MỚI", "- Kế hoạch số 77/KH-UBND về công tác đối ngoại năm 2025"), ()),
    ],
)
def test_authors_from_the_closing_byline(
    gazetteer: Gazetteer, lines: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    assert meta_of(page(TITLE, LEDE, BODY, CLOSING, *lines), gazetteer).authors == authors


def test_authors_from_a_byline_under_the_title_written_in_capitals(gazetteer: Gazetteer) -> None:
    assert meta_of(page(TITLE, "", "MINH CHÂU", "(BHN)- " + LEDE, BODY), gazetteer).authors == ("Minh Châu",)


def test_a_poster_that_is_no_person_is_no_author(gazetteer: Gazetteer) -> None:
    text = page(TITLE, "Ngày đăng: 14/03/2024 | Người đăng: Admin | Lượt xem: 426", LEDE, BODY)
    assert meta_of(text, gazetteer).authors == ()


def test_photo_credits_are_not_authors(gazetteer: Gazetteer) -> None:
    text = page(TITLE, LEDE, "Quang cảnh buổi tiếp. Ảnh: Hồng Phúc", BODY, CLOSING, "Ảnh: Lê Hải")
    assert meta_of(text, gazetteer).authors == ()


def test_people_quoted_in_the_text_are_not_authors(gazetteer: Gazetteer) -> None:
    assert meta_of(page(TITLE, LEDE, BODY, CLOSING), gazetteer).authors == ()


# ---------------------------------------------------------------- any segmenter, and the pipeline


def test_metadata_is_read_from_segments_another_segmenter_made(gazetteer: Gazetteer) -> None:
    text = page("KTĐT - " + LEDE, TITLE, "Hoàng Long")
    lede_end = text.index("\n")
    title_end = text.index("\n", lede_end + 1)
    segments = [
        Segment("lede", 0, lede_end),
        Segment("title", lede_end + 1, title_end),
        Segment("byline", title_end + 1, len(text)),
    ]
    assert read_metadata(text, segments, gazetteer) == ArticleMeta(TITLE, None, "Kinh tế & Đô thị", ("Hoàng Long",))


def test_pipeline_reads_the_metadata_of_a_whole_page(pipeline: Pipeline) -> None:
    text = page(
        "Đăng ký|Đăng nhập",
        "Trang chủ Hữu nghị",
        "10:20 | 09/05/2024 GMT+7",
        "Theo dõi thoidai.com.vn trên",
        "",
        TITLE,
        "",
        LEDE,
        "",
        BODY,
        "",
        CLOSING,
        "",
        "Thu Trang",
        "Nguồn:",
        "",
        "Tin bài liên quan",
        "",
        "Hội hữu nghị tỉnh Quảng Trị gặp mặt hội viên",
    )
    meta = pipeline.extract(text).meta
    assert meta == ArticleMeta(TITLE, dt.datetime(2024, 5, 9, 10, 20, tzinfo=ICT), "Thời Đại", ("Thu Trang",))


# ---------------------------------------------------------------- messy pages: widgets around the headline

LONG_TITLE = (
    "Hội hữu nghị Việt Nam - Lào tỉnh Quảng Trị tổ chức gặp mặt các cựu chuyên gia, cựu quân nhân từng công tác "
    "và chiến đấu tại nước bạn Lào"
)


@pytest.mark.parametrize(
    "counter", ["2.345 lượt xem", "1,433 lượt xem", "👁 150 views", "12 bình luận | 2.345 lượt xem"]
)
def test_a_view_counter_under_the_stamp_is_not_the_title(gazetteer: Gazetteer, counter: str) -> None:
    text = page(TITLE, "", "Thứ Hai, 13/5/2024 | 09:00", counter, "", LEDE, BODY)
    meta = meta_of(text, gazetteer)
    assert (meta.title, meta.published_at) == (TITLE, dt.datetime(2024, 5, 13, 9, 0, tzinfo=ICT))


def test_menu_labels_side_by_side_above_a_long_headline_are_not_the_title(gazetteer: Gazetteer) -> None:
    text = page("Video Đọc báo in", "", LONG_TITLE, "", "10:15, 05/12/2023", "", LEDE, BODY)
    assert meta_of(text, gazetteer).title == " ".join(LONG_TITLE.split())


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [("Ngày: 20.11.2023", dt.date(2023, 11, 20)), ("Ngày 5 tháng 3 năm 2021.", dt.date(2021, 3, 5))],
)
def test_a_labelled_or_spelled_date_under_the_headline_is_its_stamp(
    gazetteer: Gazetteer, stamp: str, expected: dt.date
) -> None:
    text = page("Tin nổi bật", TITLE, stamp, LEDE, BODY)
    meta = meta_of(text, gazetteer)
    assert (meta.title, meta.published_at) == (TITLE, expected)


def test_a_section_name_above_a_long_headline_and_its_stamp_is_not_the_title(gazetteer: Gazetteer) -> None:
    text = page("Thông tin hoạt động", LONG_TITLE, "Ngày 5 tháng 3 năm 2021.", "", LEDE, BODY)
    assert meta_of(text, gazetteer).title == " ".join(LONG_TITLE.split())


def test_a_company_abbreviation_does_not_make_the_headline_a_paragraph(gazetteer: Gazetteer) -> None:
    headline = "Công ty Sunrise, Inc. (Hoa Kỳ) trao tặng thiết bị y tế cho bệnh viện huyện"
    assert meta_of(page("Tin tức", headline, "", LEDE, BODY), gazetteer).title == headline


# ---------------------------------------------------------------- messy pages: authors and outlet


def test_names_with_their_station_in_brackets_are_the_byline_and_the_outlet(gazetteer: Gazetteer) -> None:
    text = page(TITLE, "", LEDE, "", BODY, "", "-----------", "Minh Khoa (Đài Phát thanh tỉnh)", "", CLOSING)
    meta = meta_of(text, gazetteer)
    assert (meta.authors, meta.outlet) == (("Minh Khoa",), "Đài Phát thanh tỉnh")


def test_names_before_a_site_are_the_byline(gazetteer: Gazetteer) -> None:
    text = page(TITLE, "", LEDE, "", BODY, "", "edit", "", "Lê Bình / Tinmientrung.com.vn")
    meta = meta_of(text, gazetteer)
    assert (meta.authors, meta.outlet) == (("Lê Bình",), "Tinmientrung.com.vn")


def test_a_code_opening_the_text_under_the_summary_names_the_outlet(gazetteer: Gazetteer) -> None:
    text = page(TITLE, "", LEDE, "", f"(QTO) {BODY}", "", CLOSING)
    assert meta_of(text, gazetteer).outlet == "QTO"


def test_a_site_name_with_its_edition_in_the_masthead_is_the_outlet(gazetteer: Gazetteer) -> None:
    text = page("Hữu Nghị Miền Trung Online", "", TITLE, "", LEDE, BODY)
    assert meta_of(text, gazetteer).outlet == "Hữu Nghị Miền Trung Online"


def test_a_page_without_a_headline_has_no_title_not_its_caption(gazetteer: Gazetteer) -> None:
    text = page("Quang cảnh buổi tiếp đoàn (Ảnh: Lê An)", "", LEDE, BODY)
    assert meta_of(text, gazetteer).title is None
