"""Tests for vnfriendship._segment: the article (title, lede, body, captions, byline) versus teasers and chrome."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support import CORPUS, CORPUS_PAGES
from vnfriendship import Pipeline, _segment
from vnfriendship import _structure as structure
from vnfriendship._article import Article
from vnfriendship._hookspecs import hookimpl
from vnfriendship._model import Directive, Facts, Segment
from vnfriendship._segment import (
    byline_names,
    ends_with_photo_credit,
    is_paragraph,
    is_teaser_header,
    lede_prefix,
    line_stamps,
    page_lines,
    segment,
    source_name,
)
from vnfriendship._text import normalize

TITLE = "Hội hữu nghị Việt Nam - Mông Cổ tổng kết hoạt động năm 2023"
LEDE = (
    "Sáng 13/3, tại Hà Nội, Hội hữu nghị Việt Nam - Mông Cổ tổ chức hội nghị tổng kết công tác năm 2023 "
    "và triển khai nhiệm vụ năm 2024."
)
BODY = (
    "Phát biểu tại hội nghị, ông Trần Quốc Bảo, Chủ tịch Hội cho biết năm qua Hội đã phối hợp tổ chức "
    "nhiều hoạt động giao lưu văn hóa, trao học bổng cho sinh viên Mông Cổ đang học tập tại Việt Nam."
)
BODY_2 = (
    "Năm 2024, Hội sẽ tập trung củng cố tổ chức, phát triển hội viên và mở rộng quan hệ với các đối tác "
    "của bạn ở cả trung ương và địa phương./."
)
TEASER = "Thanh niên hai nước giao lưu văn hóa tại Ulaanbaatar"
TEASER_SUMMARY = (
    "Ngày 2/8, đoàn thanh niên Việt Nam đã có buổi giao lưu với sinh viên Mông Cổ, "
    "giới thiệu ẩm thực và trang phục truyền thống."
)


def page(*lines: str) -> str:
    return normalize("\n".join(lines))


def kinds_of(text: str) -> list[tuple[str, str]]:
    """Each segment as (kind, the text it spans)."""
    return [(s.kind, text[s.start : s.end]) for s in segment(text)]


def kind_of(text: str, needle: str) -> str:
    """The kind of the segment that holds ``needle`` ("none" where no segment does)."""
    start = text.index(needle)
    return next((s.kind for s in segment(text) if s.start <= start < s.end), "none")


# ---------------------------------------------------------------- pages without chrome


def test_plain_body_text_is_one_body_segment() -> None:
    text = page(LEDE, "", BODY, "", BODY_2)
    assert kinds_of(text) == [("body", text)]


def test_excerpt_whose_first_line_is_a_headline_gets_title_lede_and_body() -> None:
    text = page(TITLE, "", LEDE, "", BODY)
    assert kinds_of(text) == [("title", TITLE), ("lede", LEDE), ("body", BODY)]


def test_excerpt_starting_mid_article_has_no_title() -> None:
    text = page("mà còn là dịp để hai bên trao đổi kinh nghiệm hoạt động đối ngoại nhân dân.", "", BODY, BODY_2)
    assert [kind for kind, _ in kinds_of(text)] == ["body"]


def test_empty_page_has_no_segments() -> None:
    assert segment("") == [] and segment(" \n\n  ") == []


def test_a_page_whose_line_breaks_were_lost_is_read_sentence_by_sentence() -> None:
    paragraphs = [LEDE, BODY, BODY_2] * 12  # some 500 words on one line
    text = page(" ".join(["Theo dõi nhandan.vn trên", TITLE, *paragraphs]))
    [(kind, body)] = kinds_of(text)
    assert kind == "body" and body.endswith(BODY_2) and LEDE in body


def test_a_long_paragraph_stays_one_line() -> None:
    text = page(TITLE, "", LEDE, "", " ".join([BODY, BODY_2, LEDE, BODY_2, BODY, LEDE, BODY]))  # some 250 words
    assert [kind for kind, _ in kinds_of(text)] == ["title", "lede", "body"]


# ---------------------------------------------------------------- the top of the page


def test_slogan_login_menu_breadcrumb_and_stamp_above_the_title_are_chrome() -> None:
    text = page(
        "Chào mừng kỷ niệm 75 năm Ngày thành lập Liên hiệp các tổ chức hữu nghị Việt Nam",
        "Logo",
        "Đăng ký|Đăng nhập",
        "Trang chủ Đối ngoại nhân dân",
        "09:30 | 14/03/2024 GMT+7",
        "Theo dõi nhandan.vn trên",
        "",
        TITLE,
        "aa",
        LEDE,
        "",
        BODY,
    )
    assert kinds_of(text)[0][0] == "chrome" and kinds_of(text)[1:] == [
        ("title", TITLE),
        ("chrome", "aa"),
        ("lede", LEDE),
        ("body", BODY),
    ]


def test_stamp_below_the_title_is_chrome() -> None:
    text = page(TITLE, "", "Thứ Năm, 14/03/2024 - 09:30", "", LEDE, BODY)
    assert kinds_of(text) == [
        ("title", TITLE),
        ("chrome", "Thứ Năm, 14/03/2024 - 09:30"),
        ("lede", LEDE),
        ("body", BODY),
    ]


def test_the_body_an_author_writes_for_under_the_name_is_byline_not_title() -> None:
    byline = ("ThS. Hà Thị Mai", "Học viện Chính trị khu vực I")
    text = page(TITLE, "", *byline, "Ngày xuất bản: 06/01/2025", "", LEDE, BODY)
    assert kinds_of(text) == [
        ("title", TITLE),
        ("byline", "ThS. Hà Thị Mai\nHọc viện Chính trị khu vực I"),
        ("chrome", "Ngày xuất bản: 06/01/2025"),
        ("lede", LEDE),
        ("body", BODY),
    ]


def test_a_body_named_under_a_line_that_is_no_byline_stays_the_title() -> None:
    text = page("Trang chủ | Tin tức", "", "Học viện Chính trị khu vực I đón đoàn đại biểu Lào", "", LEDE, BODY)
    assert kind_of(text, "Học viện") == "title"


def test_a_stamp_line_with_a_counter_below_the_title_is_chrome() -> None:
    text = page(TITLE, "", "Ngày đăng: 02/10/2024 | Lượt xem: 3.051", "", LEDE, BODY)
    assert kinds_of(text)[:2] == [("title", TITLE), ("chrome", "Ngày đăng: 02/10/2024 | Lượt xem: 3.051")]


@pytest.mark.parametrize(
    ("stamp", "kind"),
    [
        ("Ngày đăng: 05/11/2024 | Lượt xem: 87 | Cỡ chữ: A- A A+", "chrome"),
        ("Thứ Hai, 04/11/2024 08:30 | Người đăng: Văn phòng Sở", "chrome"),
        ("04/11/2024 - 08:30 | Bài và ảnh: ĐỖ THANH MAI", "byline"),
    ],
)
def test_a_stamp_line_with_labelled_fields_set_apart_by_bars_is_no_title(stamp: str, kind: str) -> None:
    assert kinds_of(page(TITLE, "", stamp, "", LEDE, BODY))[:2] == [("title", TITLE), (kind, stamp)]


def test_a_dated_line_with_a_field_of_no_known_label_is_no_stamp_line() -> None:
    line = "04/11/2024 | Đoàn công tác: thăm hỏi và trao quà cho bà con vùng lũ"
    assert ("chrome", line) not in kinds_of(page(TITLE, "", line, "", LEDE, BODY))


@pytest.mark.parametrize(
    "english", ["Friendship union holds its annual review", "EN: Quảng Trị friendship union holds its annual review"]
)
def test_the_vietnamese_headline_is_the_title_and_its_english_translation_below_it_is_not(english: str) -> None:
    # (a Vietnamese name or two in the translation leaves it English)
    text = page(TITLE, english, "", LEDE, BODY)
    assert kinds_of(text)[:2] == [("title", TITLE), ("chrome", english)]
    assert kinds_of(page("Annual report", english, "", LEDE, BODY))[0] == ("chrome", "Annual report")


def test_lone_outlet_code_above_the_lede_belongs_to_the_lede() -> None:
    text = page(TITLE, "", "NDO -", "", LEDE, "", BODY)
    assert kinds_of(text)[1] == ("lede", "NDO -\n\n" + LEDE)


def test_lede_with_an_outlet_code_is_a_lede_even_without_a_title() -> None:
    text = page("(TTXVN) - " + LEDE, BODY)
    assert [kind for kind, _ in kinds_of(text)] == ["lede", "body"]


def test_long_line_an_outlet_code_opens_is_the_lede_though_it_lost_its_full_stop() -> None:
    lede = LEDE.removesuffix(".").replace("Sáng 13/3,", "(Dân trí) - Sáng 13/3,")
    caption = "Các đại biểu cắt băng khai mạc (Ảnh: Mạnh Quân)."
    text = page("Ảnh", TITLE, "Thứ Năm, 14/03/2024 - 09:30", lede, caption)
    assert kinds_of(text) == [
        ("chrome", "Ảnh"),
        ("title", TITLE),
        ("chrome", "Thứ Năm, 14/03/2024 - 09:30"),
        ("lede", lede),
        ("caption", caption),
    ]


def test_a_mastheads_motto_after_the_outlets_name_is_no_lede() -> None:
    motto = "THỜI ĐẠI - Tạp chí của Liên hiệp các tổ chức hữu nghị Việt Nam"
    text = page(motto, "Tin tức | Hữu nghị", TITLE, LEDE, BODY)
    assert kinds_of(text)[1:3] == [("title", TITLE), ("lede", LEDE)]


def test_the_salutation_of_a_letter_is_no_title() -> None:
    title = "Thư ngỏ của Hội hữu nghị Việt Nam - Mông Cổ gửi hội viên"
    text = page(title, "Thứ Hai, 02/12/2024", "Thân gửi các hội viên,", LEDE, BODY)
    assert (kind_of(text, title), kind_of(text, "Thân gửi")) == ("title", "body")


def test_masthead_written_before_the_headline_on_one_line_is_split_off() -> None:
    masthead = "TIẾNG NÓI CỦA HỘI HỮU NGHỊ VIỆT NAM - MÔNG CỔ"
    text = page(f"{masthead} {TITLE}", LEDE, BODY)
    assert kinds_of(text)[:2] == [("chrome", masthead), ("title", TITLE)]


def test_author_line_between_title_and_lede_is_a_byline() -> None:
    text = page(TITLE, "", "MINH CHÂU", "(BHN) - " + LEDE, "", BODY)
    assert kinds_of(text)[:3] == [("title", TITLE), ("byline", "MINH CHÂU"), ("lede", "(BHN) - " + LEDE)]


def test_caption_before_the_first_paragraph_is_no_title() -> None:
    text = page("Các đại biểu chụp ảnh lưu niệm bên lề hội nghị", "", BODY, "", BODY_2)
    assert [kind for kind, _ in kinds_of(text)] == ["caption", "body"]


# ---------------------------------------------------------------- teasers


@pytest.mark.parametrize(
    "header",
    [
        "Tin bài liên quan",
        "Các tin bài khác",
        "Tin cùng chuyên mục",
        "Đọc nhiều",
        "Đừng bỏ lỡ",
        "Tin mới",
        "Multimedia",
        "Video",
        "BÌNH LUẬN (3)",
        "CẢM NHẬN CỦA BẠN VỀ BÀI VIẾT NÀY",
        "Xem thêm",
        "Các tin/bài khác",
        "Sự kiện liên quan",
        "Các tin cùng loại:",
        "Tin tức khác",
        "CÁC TIN BÀI ĐÃ ĐƯA",
        "Các bài đã đăng",
        "Tin ảnh khác",
        "Những bài viết khác",
        "Tin tức cùng sự kiện",
        "Ý kiến (0)",
        # a magazine's other articles of the same issue
        "BÀI CÙNG SỐ",
        "Các bài trong số này",
    ],
)
def test_teaser_header_turns_what_follows_into_related(header: str) -> None:
    text = page(TITLE, LEDE, "", BODY, "", header, "", TEASER, "", TEASER, "", TEASER_SUMMARY)
    assert (kind_of(text, BODY), kind_of(text, header), kind_of(text, TEASER), kind_of(text, TEASER_SUMMARY)) == (
        "body",
        "chrome",
        "related",
        "related",
    )


def test_stamps_and_widgets_among_teasers_are_chrome() -> None:
    text = page(TITLE, LEDE, "Đọc nhiều", TEASER, "07 Mar, 10:15 AM", TEASER_SUMMARY, "  • Rất hay", "  • Thích")
    assert (kind_of(text, "07 Mar"), kind_of(text, "• Rất hay"), kind_of(text, TEASER_SUMMARY)) == (
        "chrome",
        "chrome",
        "related",
    )


def test_inline_teaser_written_twice_on_one_line_is_related_and_the_article_goes_on() -> None:
    text = page(TITLE, LEDE, f"{TEASER} {TEASER}", "", BODY)
    assert (kind_of(text, TEASER), kind_of(text, BODY)) == ("related", "body")


def test_summary_under_an_inline_teaser_is_related() -> None:
    text = page(TITLE, LEDE, "", BODY, "", f"{TEASER} {TEASER}", TEASER_SUMMARY, "", BODY_2)
    assert (kind_of(text, TEASER_SUMMARY), kind_of(text, BODY_2)) == ("related", "body")


def test_paragraph_under_an_inline_teaser_in_running_text_stays_body() -> None:
    text = page(TITLE, LEDE, f"{TEASER} {TEASER}", BODY, BODY_2)
    assert kind_of(text, BODY) == "body"


@pytest.mark.parametrize("label", ["Xem thêm: ", "Đọc thêm: ", ">> Tin liên quan: "])
def test_teaser_written_after_a_label_on_its_own_line_is_related(label: str) -> None:
    text = page(TITLE, LEDE, "", BODY, "", label + TEASER, "", BODY_2)
    assert (kind_of(text, TEASER), kind_of(text, BODY_2)) == ("related", "body")


def test_teaser_box_inside_the_article_gives_way_to_the_article_after_it() -> None:
    other = "Hội hữu nghị tỉnh trao học bổng cho lưu học sinh Mông Cổ"
    text = page(TITLE, LEDE, "", BODY, "", "Tin liên quan", TEASER, other, "", BODY_2, "", "Hải Yến", "Nguồn:")
    assert [kind_of(text, part) for part in ("Tin liên quan", TEASER, other, BODY_2, "Hải Yến")] == [
        "chrome", "related", "related", "body", "byline",
    ]  # fmt: skip


BODY_3 = "Dịp này, Hội trao 20 suất học bổng cho sinh viên Mông Cổ có thành tích học tập tốt, mỗi suất 3 triệu đồng."


def test_teaser_box_inside_the_article_gives_way_to_three_paragraphs_in_a_row() -> None:
    text = page(
        TITLE,
        LEDE,
        "",
        BODY,
        "",
        "Tin liên quan",
        "",
        TEASER,
        "",
        BODY_2.replace("./.", "."),
        "",
        BODY_3,
        "",
        LEDE.replace("Sáng 13/3", "Chiều 14/3"),
        "",
        "Đọc nhiều",
        "",
        "Hội hữu nghị tỉnh đón đoàn bạn",
    )
    assert [kind_of(text, part) for part in (TEASER, "Năm 2024, Hội", BODY_3, "Chiều 14/3", "đón đoàn bạn")] == [
        "related", "body", "body", "body", "related",
    ]  # fmt: skip


def test_teaser_box_inside_the_article_gives_way_to_two_paragraphs_and_the_byline() -> None:
    other = "Hội hữu nghị tỉnh trao học bổng cho lưu học sinh Mông Cổ"
    text = page(TITLE, LEDE, "Tin liên quan", TEASER, other, "", BODY, "", BODY_3, "Thu Hằng/VOV-Tây Bắc", "Tin mới")
    assert [kind_of(text, part) for part in (other, BODY, BODY_3, "Thu Hằng")] == [
        "related", "body", "body", "byline",
    ]  # fmt: skip


def test_teaser_box_inside_the_article_gives_way_to_two_paragraphs_and_a_labelled_teaser() -> None:
    other = "Hội hữu nghị tỉnh trao học bổng cho lưu học sinh Mông Cổ"
    text = page(TITLE, LEDE, "", "Tin liên quan", TEASER, "", BODY, "", BODY_3, "", "Xem thêm: " + other)
    assert [kind_of(text, part) for part in (TEASER, BODY, BODY_3, other)] == ["related", "body", "body", "related"]


def test_comments_under_a_header_never_resume_the_article() -> None:
    text = page(TITLE, LEDE, "", BODY_2, "", "Bình luận (2)", "Trần Văn Hải", BODY, BODY_3, LEDE, "Thu Hà")
    assert (kind_of(text, BODY), kind_of(text, BODY_3)) == ("related", "related")


def test_teaser_list_closing_the_page_stays_related_to_its_end() -> None:
    text = page(TITLE, LEDE, "", BODY_2, "", "Tin liên quan", TEASER, "", TEASER_SUMMARY, "", BODY)
    assert (kind_of(text, TEASER_SUMMARY), kind_of(text, BODY)) == ("related", "related")


def test_headlines_stacked_under_the_lede_are_links_to_other_articles() -> None:
    other = "Hội hữu nghị tỉnh trao học bổng cho lưu học sinh Mông Cổ"
    text = page(TITLE, LEDE, TEASER, other, "", BODY)
    assert [kind_of(text, part) for part in (TEASER, other, BODY)] == ["related", "related", "body"]


def test_a_list_announced_by_a_colon_and_a_lone_subhead_stay_body() -> None:
    items = ("Giao lưu văn hóa với sinh viên Mông Cổ", "Trao học bổng cho sinh viên xuất sắc")
    subhead = "Mở rộng quan hệ với các đối tác"
    text = page(TITLE, LEDE, "Năm 2024, Hội tập trung vào các hoạt động sau:", *items, "", subhead, BODY)
    assert [kind_of(text, part) for part in (*items, subhead)] == ["body", "body", "body"]


@pytest.mark.parametrize(
    "line",
    [
        f">> {TEASER}",
        f"» {TEASER}",
        f"{TEASER} (14/04/2025)",
        f"{TEASER} [08:30, 14/4]",
        f"> {TEASER}",
        f"- {TEASER} (14/04/2025)",
        f"[14/04/2025] {TEASER}",
    ],
)
def test_headline_after_a_mark_or_next_to_its_date_is_a_link(line: str) -> None:
    text = page(TITLE, LEDE, "", line, "", BODY)
    assert (kind_of(text, TEASER), kind_of(text, BODY)) == ("related", "body")


def test_summary_that_lost_its_full_stop_is_the_lede_under_the_headline() -> None:
    sapo = (
        "Trong khuôn khổ chương trình giao lưu thanh niên biên giới, đoàn 30 thanh niên tỉnh Savannakhet "
        "đã sang thăm và làm việc tại Quảng Trị trong ba ngày"
    )
    text = page("Thời sự", TITLE, "07/07/2025 09:00", sapo, LEDE, BODY)
    assert kinds_of(text)[1:4] == [("title", TITLE), ("chrome", "07/07/2025 09:00"), ("lede", sapo)]


def test_a_long_headline_at_the_top_of_the_page_stays_the_title() -> None:
    headline = (
        "Hội hữu nghị Việt Nam - Mông Cổ tỉnh Quảng Ninh góp phần xây dựng quan hệ hữu nghị, hợp tác, "
        "phát triển bền vững giữa nhân dân hai nước trong giai đoạn mới"
    )
    assert kinds_of(page("Trang chủ", headline, LEDE))[1] == ("title", headline)


def test_outlet_code_alone_above_the_lede_belongs_to_it_and_the_title_is_found() -> None:
    text = page("SGGP", "Chính trị", "", TITLE, "", "SGGP", LEDE, BODY)
    assert kinds_of(text)[1:3] == [("title", TITLE), ("lede", "SGGP\n" + LEDE)]


def test_domain_printed_between_byline_and_stamp_is_chrome_and_the_title_is_found() -> None:
    text = page("Thời sự", TITLE, "Thanh Dũng", "thanhnien.vn", "08/04/2025 10:15 GMT+7", LEDE, BODY)
    assert (kind_of(text, TITLE), kind_of(text, "thanhnien.vn"), kind_of(text, "Thanh Dũng")) == (
        "title",
        "chrome",
        "byline",
    )


def test_rating_and_font_size_buttons_under_the_article_are_chrome() -> None:
    text = page(TITLE, LEDE, BODY, "Bình chọn", "Tăng cỡ chữ")
    assert (kind_of(text, "Bình chọn"), kind_of(text, "Tăng cỡ chữ")) == ("chrome", "chrome")


def test_weather_box_and_link_widget_under_the_article_are_not_body() -> None:
    text = page(TITLE, LEDE, BODY, "Thời tiết", "Liên kết website", "Bộ Ngoại giao")
    assert [kind_of(text, part) for part in ("Thời tiết", "Liên kết website", "Bộ Ngoại giao")] == [
        "chrome",
        "chrome",
        "related",
    ]


def test_line_of_hashtags_under_the_article_is_chrome() -> None:
    text = page(TITLE, LEDE, BODY, "#Hội hữu nghị Việt Nam - Mông Cổ #Đối ngoại nhân dân")
    assert kind_of(text, "#Hội") == "chrome"


def test_link_back_to_a_section_is_chrome() -> None:
    assert kind_of(page(TITLE, LEDE, BODY, "Trở lại Thời sự"), "Trở lại") == "chrome"


def test_long_copyright_footer_is_chrome_and_the_author_above_it_a_byline() -> None:
    footer = "Bản quyền thuộc Sở Ngoại vụ tỉnh Cao Bằng. Địa chỉ: số 10 đường Hoàng Đình Giong, thành phố Cao Bằng."
    text = page(TITLE, LEDE, "", BODY_2, "", "Nông Thu Trang", "", footer)
    assert (kind_of(text, footer), kind_of(text, "Nông Thu Trang")) == ("chrome", "byline")


# ---------------------------------------------------------------- photos and captions


def test_headline_repeated_as_alt_text_is_chrome_and_the_line_after_it_a_caption() -> None:
    caption = "Toàn cảnh hội nghị tổng kết."
    text = page(TITLE, LEDE, "", TITLE, caption, "", BODY)
    assert kinds_of(text)[2:] == [("chrome", TITLE), ("caption", caption), ("body", BODY)]


def test_uncredited_caption_between_the_last_paragraph_and_the_names_is_a_caption_and_the_names_a_byline() -> None:
    caption = "Sinh viên Mông Cổ giao lưu với hội viên Hội hữu nghị"
    text = page(TITLE, LEDE, BODY, caption, "HOÀNG LAN", "Tin liên quan", TEASER)
    assert (kind_of(text, caption), kind_of(text, "HOÀNG LAN")) == ("caption", "byline")


def test_closing_question_of_an_interview_above_the_names_is_no_caption() -> None:
    text = page(TITLE, LEDE, BODY, "PV: Xin trân trọng cảm ơn bà!", "HOÀNG LAN")
    assert (kind_of(text, "PV: Xin"), kind_of(text, "HOÀNG LAN")) == ("body", "byline")


def test_alt_text_repeated_above_every_photo_is_chrome() -> None:
    alt = "Hội hữu nghị tổng kết công tác và trao kỷ niệm chương cho hội viên"
    first, second = "Ông Trần Quốc Bảo phát biểu khai mạc.", "Trao kỷ niệm chương cho các hội viên."
    text = page(TITLE, LEDE, "", alt, first, "", BODY, "", alt, second, "", BODY_2)
    assert [kind for kind, _ in kinds_of(text)] == [
        "title", "lede", "chrome", "caption", "body", "chrome", "caption", "body",
    ]  # fmt: skip


def test_caption_written_twice_is_alt_text_then_caption() -> None:
    caption = "Ông Trần Quốc Bảo, Chủ tịch Hội phát biểu tại hội nghị."
    text = page(TITLE, LEDE, "", caption, caption, "", BODY)
    assert kinds_of(text)[2:4] == [("chrome", caption), ("caption", caption)]


def test_image_file_name_is_chrome_and_the_line_after_it_a_caption() -> None:
    caption = "Đại diện Hội trao quà cho học sinh nghèo vượt khó tại huyện biên giới."
    text = page(TITLE, LEDE, "", "anh-3.jpg", caption, "", BODY)
    assert kinds_of(text)[2:4] == [("chrome", "anh-3.jpg"), ("caption", caption)]


@pytest.mark.parametrize(
    "caption",
    [
        "Ông Trần Quốc Bảo phát biểu tại hội nghị. (Ảnh: Minh Đức)",
        "Các đại biểu dự lễ kỷ niệm. Ảnh: Thu Hà",
        "Lễ ký kết biên bản ghi nhớ - Ảnh TL",
        "Hội nghị tổng kết năm 2023 (Ảnh minh hoạ: VUFO) |",
        "Quang cảnh buổi gặp mặt.",
    ],
)
def test_line_describing_a_photo_is_a_caption(caption: str) -> None:
    text = page(TITLE, LEDE, "", caption, "", BODY)
    assert kind_of(text, caption) == "caption"


def test_a_masthead_that_is_only_a_captions_opening_words_is_no_caption() -> None:
    text = page("QUANG CẢNH", "Thời sự | Thế giới | Văn hóa", "", TITLE, "", LEDE, BODY)
    assert kind_of(text, "QUANG CẢNH") == "chrome"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Các đại biểu tại hội nghị (Ảnh: Lê Hải)", True),
        ("Nguyên Chủ tịch Hội. Ảnh: Hoàng Anh", True),
        ("Đoàn công tác thăm trường - Ảnh TTXVN", True),
        # a body's name is a credit too
        ("Hai đoàn chụp ảnh lưu niệm. Ảnh: Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai", True),
        ("Ông Bảo phát biểu: Hội cần đổi mới phương thức hoạt động.", False),
        ("Hội nghị diễn ra trong hai ngày 5 - 6/4", False),
    ],
)
def test_photo_credit_at_the_end_of_a_line(line: str, expected: bool) -> None:
    assert ends_with_photo_credit(line) is expected


# ---------------------------------------------------------------- bylines


def test_author_line_just_before_the_source_line_is_a_byline() -> None:
    text = page(TITLE, LEDE, "", BODY, "", "Hải Yến", "Nguồn:", "", "Tin bài liên quan", TEASER)
    assert kinds_of(text)[-4:-1] == [("body", BODY), ("byline", "Hải Yến\nNguồn:"), ("chrome", "Tin bài liên quan")]


def test_author_name_closing_the_article_is_a_byline() -> None:
    text = page(TITLE, LEDE, BODY, BODY_2, "Quang Vinh")
    assert kinds_of(text)[-1] == ("byline", "Quang Vinh")


def test_author_under_the_last_paragraph_is_a_byline_and_a_widget_under_it_is_not_the_article() -> None:
    widget = ("Văn bản mới", "- Hướng dẫn số 14/HD-LH về tổ chức đại hội các hội thành viên")
    text = page(TITLE, LEDE, "", BODY_2, "", "Thu Hằng - HUFO", "", *widget)
    # (its header is chrome, as every teaser box's is)
    assert [kind_of(text, part) for part in ("Thu Hằng", *widget)] == ["byline", "chrome", "related"]


def test_interviewers_name_after_the_closing_thanks_and_above_a_photo_is_a_byline() -> None:
    caption = "Bà Hoàng Thị Mai trao quà cho học sinh. (Ảnh: Lan Hương)"
    interview = ("PV: Bà kỳ vọng gì vào năm tới?", BODY_2, "PV: Xin cảm ơn bà!")
    text = page(TITLE, LEDE, *interview, "Lan Hương (thực hiện)", caption)
    assert (kind_of(text, "Lan Hương (thực hiện)"), kind_of(text, caption)) == ("byline", "caption")


@pytest.mark.parametrize(
    "credit", ["Nội dung: Hồng Vân - Ảnh: Quang Thái, Minh Ngọc", "Tác giả: Hồng Vân - Nguồn: Sở Ngoại vụ"]
)
def test_credit_line_naming_the_author_and_another_role_is_a_byline(credit: str) -> None:
    under_title = page(TITLE, credit, LEDE, BODY)
    closing = page(TITLE, LEDE, BODY, BODY_2, credit, "Tin liên quan", TEASER)
    assert (kind_of(under_title, credit), kind_of(closing, credit)) == ("byline", "byline")


def test_two_authors_before_a_teaser_header_are_a_byline() -> None:
    text = page(TITLE, LEDE, "", BODY_2, "", "Thanh Bình – Quốc Tuấn", "", "Tin liên quan", TEASER)
    assert kind_of(text, "Thanh Bình") == "byline"


def test_short_capitalised_line_inside_the_body_is_not_a_byline() -> None:
    text = page(TITLE, LEDE, "", "Hồng Nhung", "", BODY, "", BODY_2)
    assert kind_of(text, "Hồng Nhung") != "byline"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Đông Sơn", ["Đông Sơn"]),
        ("Thanh Bình - Quốc Tuấn", ["Thanh Bình", "Quốc Tuấn"]),
        ("Thanh Bình – Quốc Tuấn", ["Thanh Bình", "Quốc Tuấn"]),
        ("Lê Minh Hằng, Phạm Quang Vinh và Hà Linh", ["Lê Minh Hằng", "Phạm Quang Vinh", "Hà Linh"]),
        ("MINH CHÂU", ["Minh Châu"]),
        ("Bài và ảnh: Phương Thảo", ["Phương Thảo"]),
        ("Tin, ảnh: Tuấn", ["Tuấn"]),
        ("Ngọc Anh (TTXVN)", ["Ngọc Anh"]),
        ("Hà Phương - TTXVN", ["Hà Phương"]),
        ("PV - TTXVN", None),
        ("Ảnh: Lê Hải", None),
        ("Nguồn: Báo Nhân Dân", None),
        ("Hội hữu nghị Việt Nam - Lào", None),
        ("Tuấn", None),
        ("Theo kế hoạch", None),
        ("Thu Hằng/VOV-ĐBSCL", ["Thu Hằng"]),
        ("Văn Ngọc/VOV.VN", ["Văn Ngọc"]),
        ("Minh Anh/Hoàng Hà", ["Minh Anh", "Hoàng Hà"]),
        ("Mai Anh - Trung tâm VHTT&TT tỉnh", ["Mai Anh"]),  # the body the author writes for is dropped
        ("Hồng Nhung, Thu Hà - Báo Quảng Ninh", ["Hồng Nhung", "Thu Hà"]),
        ("Tin, ảnh: CTV Lê Hằng", ["Lê Hằng"]),  # the author's role is dropped
        ("PV Hà Anh - Nhà báo Trần Mai", ["Hà Anh", "Trần Mai"]),
        ("Phóng viên Nam", None),
        ("Nội dung: Thu Hà - Ảnh: Quang Thái, Minh Ngọc", ["Thu Hà"]),  # the photographers are no authors
        ("Ảnh: Quang Thái | Bài: Hồng Vân", ["Hồng Vân"]),
        ("Tác giả: Thu Hiền - Nguồn: Ban Đối ngoại Tỉnh ủy", ["Thu Hiền"]),
        ("Bài - ảnh: Minh Anh", ["Minh Anh"]),
        ("Theo Báo Thanh Hóa", None),  # a source, not an author
        ("Theo Tuổi Trẻ", None),
        ("Hà Anh - Ảnh: Quang Thái", ["Hà Anh"]),  # names before a photo credit
        ("Ông Lê Văn An - Ảnh: TL", None),  # a portrait's caption
        ("TS. Lê Minh Hằng (Học viện Ngoại giao)", ["Lê Minh Hằng"]),  # the degree is no name
        ("PGS.TS Nguyễn Văn Bình", ["Nguyễn Văn Bình"]),
        ("Đại sứ Trần Quốc Hưng", ["Trần Quốc Hưng"]),
        ("Thu Hà - thuha@baoquocte.vn", ["Thu Hà"]),
        # where an author writes from, after each name
        ("Lê Minh Khuê (từ Viêng Chăn) - Đỗ Hà", ["Lê Minh Khuê", "Đỗ Hà"]),
        # an initial joined by an apostrophe opens names of the Central Highlands
        ("Bài, ảnh: K'Thuận Ksor", ["K'Thuận Ksor"]),
        ("Y'NHƠN ÊBAN - Hà Mai", ["Y'Nhơn Êban", "Hà Mai"]),
        ("Tin: Đặng L'an", None),  # but not before a word in lower case
    ],
)
def test_byline_names(line: str, names: list[str] | None) -> None:
    assert byline_names(line) == names


# ---------------------------------------------------------------- line shapes


@pytest.mark.parametrize(
    ("line", "code", "bracketed"),
    [
        ("NDO - Chiều 4/6, tại Hà Nội", "NDO", False),
        ("NDO -", "NDO", False),
        ("(Chinhphu.vn) – Thủ tướng đồng ý", "Chinhphu.vn", True),
        ("(GLO)- Sáng 21-11, tại tỉnh", "GLO", True),
        ("Hà Nội (TTXVN) - Tối 5/9", "TTXVN", True),
        ("KTĐT - Sáng nay", "KTĐT", False),
        ("QĐND Online - Chiều 2/9", "QĐND Online", False),
        ("TGVN. Chiều 12/4, tại Hà Nội", "TGVN", False),
        ("TG&VN. Sáng 3/5", "TG&VN", False),
        ("(Thời Đại) Sáng 13/3, tại Hà Nội", "Thời Đại", True),
        ("Viêng Chăn, 14/11 (TTXVN) - Ngày 13/11, đoàn", "TTXVN", True),  # a dateline with its day
        ("SGGP", "SGGP", False),
    ],
)
def test_lede_prefix(line: str, code: str, bracketed: bool) -> None:
    found = lede_prefix(line)
    assert found is not None and (found.code, found.bracketed) == (code, bracketed)


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 5/6, Hội tổ chức hội nghị.",
        "Việt Nam - Lào: tình hữu nghị đặc biệt",
        "Hội nghị tổng kết - 2023",
        "Hà Nội. Sáng nay, đoàn lên đường.",
        "VIDEO",
        "(Ảnh: Lê An) Toàn cảnh hội nghị",
    ],
)
def test_line_without_an_outlet_code_has_no_lede_prefix(line: str) -> None:
    assert lede_prefix(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Nguồn: Báo Nhân Dân", "Báo Nhân Dân"),
        ("Theo TTXVN", "TTXVN"),
        ("(Theo Báo Thanh Hóa)", "Báo Thanh Hóa"),
        ("Theo baoquocte.vn", "baoquocte.vn"),
        ("Theo ông Minh", None),
        ("Theo Chỉ thị 12-CT/TW", None),
        ("Theo dõi VOV trên", None),
        ("(TTXVN/Vietnam+)", "TTXVN/Vietnam+"),
        ("(Ảnh minh họa)", None),
        ("Theo Báo Nhân Dân, hai bên đã ký biên bản ghi nhớ.", None),
        ("Tác giả: Thu Hiền - Nguồn: Ban Đối ngoại Tỉnh ủy", "Ban Đối ngoại Tỉnh ủy"),
        ("Bài và ảnh: Lan Hương", None),
        ("Theo Thanh Niên", "Thanh Niên"),  # an outlet's own name
        ("Theo Thanh Hà", None),  # a person's
    ],
)
def test_source_name(line: str, name: str | None) -> None:
    assert source_name(line) == name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tin bài liên quan", True),
        ("Các tin đã đưa", True),
        ("BÌNH LUẬN (0)", True),
        ("Đọc nhiều", True),
        ("Xem thêm sự ki", True),
        ("Tin mới nhất", True),
        ("Video Báo Ảnh Báo in Podcast Chuyển động trẻ", False),
        ("Xem thêm tại cổng thông tin điện tử của tỉnh.", False),
        ("Tin vui đến với học sinh nghèo vùng biên", False),
        ("Chủ đề", True),
        ("Chủ đề năm nay là hòa bình", False),  # an everyday word is a header only alone
        ("Ý kiến chuyên gia", False),
    ],
)
def test_is_teaser_header(line: str, expected: bool) -> None:
    assert is_teaser_header(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (LEDE, True),
        (TITLE, False),
        ("Vì sao hội viên ngày càng gắn bó với Hội?", False),
        ("PGS.TS. Nguyễn Văn Hòa được bầu làm Chủ tịch Hội hữu nghị", False),
        ("Toàn cảnh hội nghị.", False),
    ],
)
def test_is_paragraph(line: str, expected: bool) -> None:
    assert is_paragraph(line) is expected


# ---------------------------------------------------------------- invariants


def _check_segments(text: str, segments: Sequence[Segment]) -> None:
    previous = 0
    for current in segments:
        assert previous <= current.start <= current.end <= len(text)
        assert text[current.start : current.end].strip() == text[current.start : current.end]
        previous = current.end


_PIECES = st.sampled_from(
    [
        "Nguồn:", "Ảnh: Lê Hải", "Tin liên quan", "Theo dõi NDO trên", "22:12 | 20/07/2022", "NDO - ", "(TTXVN) – ",
        "Thứ Hai, 3/4/2023", "X X", "Hải Yến", "1.jpg", "Hội hữu nghị", "tổ chức hội nghị.", "\n", "\n\n", " ",
        "Đọc nhiều", "• Thích", "CHÀO MỪNG ĐẠI HỘI", ".", "-", "|", "(", ")",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=8), max_size=40).map("".join))
def test_segments_of_any_text_are_sorted_disjoint_trimmed_and_inside_it(raw: str) -> None:
    text = normalize(raw)
    _check_segments(text, segment(text))


def test_segments_of_every_corpus_page_are_sorted_disjoint_and_inside_it() -> None:
    for path in CORPUS_PAGES:
        text = normalize(path.read_bytes())
        _check_segments(text, segment(text))
    assert CORPUS_PAGES or not CORPUS.exists()


# ---------------------------------------------------------------- the plugin and the pipeline


class _Directives:
    """A test extractor: every sentence naming "Chỉ thị 45-CT/TW" is one directive, mentioned there."""

    @hookimpl
    def vnfriendship_extract(self, article: Article) -> Facts:
        mentions = [
            article.mention(s.start + s.text.index("Chỉ thị"), s.start + s.text.index("Chỉ thị") + 7)
            for s in article.sentences
            if "Chỉ thị 45-CT/TW" in s.text
        ]
        return Facts(directives=[Directive("directive", "45", "45-CT/TW", mentions=mentions)] if mentions else [])


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(builtins=False, load_entry_points=False, plugins=[structure, _Directives()])


def test_pipeline_keeps_facts_found_only_in_teasers_out_by_default(pipeline: Pipeline) -> None:
    text = page(TITLE, LEDE, BODY, "Tin liên quan", "Các hội hữu nghị quán triệt Chỉ thị 45-CT/TW")
    assert pipeline.extract(text).directives == ()


def test_pipeline_adds_facts_found_only_in_teasers_when_asked_marked_related(pipeline: Pipeline) -> None:
    text = page(TITLE, LEDE, BODY, "Tin liên quan", "Các hội hữu nghị quán triệt Chỉ thị 45-CT/TW")
    (directive,) = pipeline.extract(text, include_related=True).directives
    assert [m.segment for m in directive.mentions] == ["related"]


def test_pipeline_reads_title_lede_body_and_captions(pipeline: Pipeline) -> None:
    text = page(TITLE, LEDE, "Chỉ thị 45-CT/TW được quán triệt tại hội nghị. (Ảnh: Lê Hải)", BODY_2)
    (directive,) = pipeline.extract(text).directives
    assert [m.segment for m in directive.mentions] == ["caption"]


class _PhuongNamSegmenter:
    """A segmenter for the pages of an invented outlet, "Hữu Nghị Phương Nam": a banner line, then the article."""

    BANNER = "=== HỮU NGHỊ PHƯƠNG NAM ==="

    @hookimpl
    def vnfriendship_segment(self, text: str) -> list[Segment] | None:
        if not text.startswith(self.BANNER):
            return None
        title_end = text.index("\n", len(self.BANNER) + 1)
        return [
            Segment("chrome", 0, len(self.BANNER)),
            Segment("title", len(self.BANNER) + 1, title_end),
            Segment("body", title_end + 1, len(text)),
        ]


def test_an_outlet_segmenter_plugin_answers_before_the_built_in_one() -> None:
    outlet = Pipeline(load_entry_points=False, plugins=[_PhuongNamSegmenter()])
    text = page(_PhuongNamSegmenter.BANNER, "Hội hữu nghị họp mặt", BODY)
    extraction = outlet.extract(text)
    assert [s.kind for s in extraction.segments] == ["chrome", "title", "body"]
    assert extraction.meta.title == "Hội hữu nghị họp mặt"


def test_the_built_in_segmenter_answers_for_pages_an_outlet_plugin_does_not_know() -> None:
    outlet = Pipeline(load_entry_points=False, plugins=[_PhuongNamSegmenter()])
    text = page(TITLE, LEDE, BODY)
    assert [s.kind for s in outlet.extract(text).segments] == ["title", "lede", "body"]


def test_a_count_of_views_in_a_sentence_is_no_widget() -> None:
    sentence = "Video giới thiệu về hội đã đạt 2.000 lượt xem trong tuần đầu tiên."
    text = page(TITLE, LEDE, sentence, BODY)
    assert kind_of(text, sentence) == "body"


@pytest.mark.parametrize(
    ("line", "stamps"),
    [
        ("Thứ Ba, 12/11/2024 - 08:15", ["Thứ Ba, 12/11/2024 - 08:15"]),
        ("Cập nhật: 21:40 ngày 3 tháng 9 năm 2023 | Lượt xem: 75", ["Cập nhật: 21:40 ngày 3 tháng 9 năm 2023"]),
        ("Thứ Ba, ngày mười hai tháng Mười Một", []),  # a day in words is no stamp
        ("Lượt xem: 0 | Bình luận: 0", []),
    ],
)
def test_a_line_has_the_stamps_its_digits_write(line: str, stamps: list[str]) -> None:
    (only,) = page_lines(line)
    assert [stamp.text for stamp in line_stamps(line, only)] == stamps


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Bản quyền thuộc Báo Sông Hồng. Cấm sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản", True),
        ("© 2025 Cổng thông tin của tỉnh, ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này", True),
        ("Hội nghị nhắc lại rằng bản quyền thuộc về tác giả của các công trình được trao giải năm nay", False),
    ],
)
def test_a_long_line_is_chrome_only_when_it_opens_as_a_footer(line: str, chrome: bool) -> None:
    assert _segment._is_chrome(line) is chrome
