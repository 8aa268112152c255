"""Tests of the events extractor: kinds, dates, places, organisers, repeated mentions, and what is no event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support import CORPUS_PAGES, body_article, needs_corpus
from vnfriendship import Pipeline
from vnfriendship._model import Event, Extraction
from vnfriendship.extractors import events as events_extractor
from vnfriendship.extractors.events import find_events

REFERENCE = dt.date(2024, 6, 20)


def extract(pipeline: Pipeline, text: str, reference: dt.date | None = None) -> Extraction:
    extraction = pipeline.extract(text, reference_date=reference)
    assert not [e for e in extraction.errors if e.plugin == "events"]
    assert all(m.quotes(extraction.text) for e in extraction.events for m in e.mentions)
    return extraction


def events(pipeline: Pipeline, text: str, reference: dt.date | None = None) -> list[Event]:
    return list(extract(pipeline, text, reference).events)


def summary(event: Event) -> tuple[str, str, str | None, str | None, str | None]:
    return event.kind, str(event.date), event.time_of_day, event.province, event.location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 12/3, tại Hà Nội, Hội hữu nghị Việt Nam - Mông Cổ tổ chức Đại hội đại biểu toàn quốc lần thứ IV.",
            ("congress", "XXXX-03-12", "morning", "Hà Nội", None),
        ),
        (
            "Chiều 8/9, tại Nhà khách Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Trị đã tiếp Đoàn đại biểu tỉnh Savannakhet.",
            ("meeting", "XXXX-09-08", "afternoon", "Quảng Trị", "Nhà khách Tỉnh ủy"),
        ),
        (
            # the province written after "ở", past the body's acronym in brackets
            "Chiều 6/3, tại trụ sở Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) ở Hà Nội, VUFO tổ chức lễ trao "
            "Kỷ niệm chương tặng bà Anna Berg.",
            ("ceremony", "XXXX-03-06", "afternoon", "Hà Nội", "trụ sở Liên hiệp các tổ chức hữu nghị Việt Nam"),
        ),
        (
            # a department ("Sở") is always a province's: the venue lies in the province the page names
            "Tỉnh Sóc Trăng có 12 tổ chức phi chính phủ nước ngoài hoạt động. Chiều 9/10, tại trụ sở Sở Ngoại vụ, "
            "ông Lâm Văn Tư tiếp đoàn Tổ chức Green Hope (Úc).",
            ("meeting", "XXXX-10-09", "afternoon", "Sóc Trăng", "trụ sở Sở Ngoại vụ"),
        ),
        (
            "Tối 20/11, tại Nhà hát Lớn Hà Nội, Liên hiệp tổ chức chương trình giao lưu nghệ thuật “Sắc màu hữu nghị”.",
            ("exchange", "XXXX-11-20", "evening", "Hà Nội", "Nhà hát Lớn Hà Nội"),
        ),
        (
            "Chiều 30/3, tại Trung tâm Hội nghị Quốc gia, Hội hữu nghị Việt Nam - Lào tổ chức Lễ kỷ niệm 30 năm "
            "thành lập.",
            ("ceremony", "XXXX-03-30", "afternoon", None, "Trung tâm Hội nghị Quốc gia"),
        ),
        (
            "Chiều 25/7, tại Hà Nội, Liên hiệp và Tổ chức Hòa bình xanh đã tổ chức lễ ký kết biên bản ghi nhớ hợp tác.",
            ("signing", "XXXX-07-25", "afternoon", "Hà Nội", None),
        ),
        (
            "Từ ngày 22 đến 24/8, Liên hiệp tổ chức lớp tập huấn nghiệp vụ thông tin đối ngoại tại TP Cần Thơ.",
            ("training", "XXXX-08-22/XXXX-08-24", None, "Cần Thơ", None),
        ),
        (
            "Ngày 6/11, tại thành phố Vinh, Hội hữu nghị Việt Nam - Hàn Quốc tỉnh Nghệ An tổ chức tọa đàm về hợp tác.",
            ("roundtable", "XXXX-11-06", None, "Nghệ An", None),
        ),
        (
            "Sáng 18/4, Liên hiệp các tổ chức hữu nghị tỉnh Thừa Thiên Huế tổ chức diễn đàn doanh nghiệp Việt - Lào.",
            ("forum", "XXXX-04-18", "morning", "Thừa Thiên Huế", None),
        ),
        (
            "Chiều 2/10, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam có buổi làm việc với Đại sứ Cuba.",
            ("working_session", "XXXX-10-02", "afternoon", None, None),
        ),
        (
            "Ngày 9/12, tại Trụ sở Liên hiệp, Ủy ban Hòa bình Việt Nam tổ chức đối thoại với thanh niên quốc tế.",
            ("dialogue", "XXXX-12-09", None, None, "Trụ sở Liên hiệp"),
        ),
        (
            "Sáng 15/3, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam long trọng kỷ niệm 75 năm thành lập.",
            ("ceremony", "XXXX-03-15", "morning", "Hà Nội", None),
        ),
        (
            "Sáng 5/6, Đoàn công tác đến làm việc tại Liên hiệp các tổ chức hữu nghị tỉnh Lạng Sơn.",
            ("working_session", "XXXX-06-05", "morning", "Lạng Sơn", "Liên hiệp các tổ chức hữu nghị tỉnh Lạng Sơn"),
        ),
        (
            "Chiều 7/6, Đoàn đại biểu Hội hữu nghị Việt Nam - Lào đến chào xã giao lãnh đạo tỉnh Hủa Phăn.",
            ("meeting", "XXXX-06-07", "afternoon", None, None),
        ),
        (
            "Sáng 22/12, đoàn đại biểu Liên hiệp các tổ chức hữu nghị tỉnh Cao Bằng dâng hương tại Khu di tích Pác Bó.",
            ("ceremony", "XXXX-12-22", "morning", "Cao Bằng", "Khu di tích Pác Bó"),
        ),
        (
            "Ngày 18/5, Hội hữu nghị Việt Nam - Hàn Quốc tỉnh Hà Tĩnh khánh thành cây cầu do tổ chức KFHI tài trợ.",
            ("ceremony", "XXXX-05-18", None, "Hà Tĩnh", None),
        ),
        (
            "Tối 2/9, tại Nhà hát Lớn, Liên hiệp các tổ chức hữu nghị thành phố Hải Phòng tổ chức buổi hòa nhạc.",
            ("other", "XXXX-09-02", "evening", "Hải Phòng", "Nhà hát Lớn"),
        ),
        (
            "Ngày 9/7, Hội hữu nghị Việt - Đức tỉnh Lâm Đồng tổ chức trại hè cho thanh niên hai nước tại Đà Lạt.",
            ("exchange", "XXXX-07-09", None, "Lâm Đồng", None),
        ),
        (
            "Vào lúc 8 giờ ngày 14/10, Đại hội Hội hữu nghị Việt Nam - Campuchia tỉnh Đồng Tháp lần thứ V khai mạc.",
            ("congress", "XXXX-10-14", None, "Đồng Tháp", None),
        ),
        (
            "Ngày 2/3, tại thành phố Móng Cái, Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh tổ chức hội nghị.",
            ("conference", "XXXX-03-02", None, "Quảng Ninh", None),
        ),
    ],
)
def test_a_dated_clause_gives_an_event_with_its_kind_date_and_place(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None, str | None, str | None]
) -> None:
    assert [summary(e) for e in events(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Hội được thành lập ngày 12/6/2001 và đến nay đã tổ chức nhiều hội thảo, tọa đàm.",  # a founding
        "Trong năm qua, Hội đã tổ chức nhiều hội nghị, hội thảo và các chuyến thăm hữu nghị.",  # no day
        "Tháng 9/2023, Hội tổ chức Đại hội nhiệm kỳ mới.",  # a month is not a day
        "Hội tổ chức tọa đàm “Nhìn lại sự kiện ngày 2/9/1945” cho sinh viên.",  # a date inside the theme
        "Ngày 5/1, Tỉnh ủy ban hành kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.",  # a document's congress
        "Sáng 3/3, các đơn vị tiếp tục đẩy mạnh công tác đối ngoại nhân dân.",  # "tiếp tục" receives nobody
        "Hội nghị thông qua Quyết định số 215/QĐ-UBND, ngày 14/2/2024 của UBND tỉnh.",  # a decision's date
        "Ngày 20/3, Đại hội đồng Liên hợp quốc thông qua nghị quyết về hòa bình.",  # an assembly, no gathering
    ],
)
def test_a_date_or_noun_that_names_no_gathering_gives_no_event(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == []


def test_the_issue_date_of_a_cited_directive_is_not_a_second_event(pipeline: Pipeline) -> None:
    text = "Ngày 10/8/2023, Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư."
    assert [str(e.date) for e in events(pipeline, text)] == ["2023-08-10"]


def test_a_word_of_planning_after_a_past_does_not_move_its_date_ahead(pipeline: Pipeline) -> None:
    told = "Chiều 3/5, đoàn đã làm việc với Sở Y tế về dự án năm tới, dự kiến khởi công vào quý III."
    planned = "Hai bên đã thống nhất kế hoạch tổ chức hội thảo về y tế vào ngày 2/5 tại Viêng Chăn."
    reference = dt.date(2024, 5, 6)
    assert [str(e.date) for e in events(pipeline, told, reference) + events(pipeline, planned, reference)] == [
        "2024-05-03", "2025-05-02",
    ]


def test_a_date_after_a_comma_is_no_longer_the_date_of_the_verb_before_it(pipeline: Pipeline) -> None:
    text = "Theo kế hoạch vừa được phê duyệt, ngày 9-10 tới, Hội sẽ tổ chức hội thảo về văn hóa hai nước."
    founded = "Hội được phê duyệt thành lập ngày 9-10-1995 theo quyết định của UBND tỉnh."
    assert ([str(e.date) for e in events(pipeline, text)], events(pipeline, founded)) == (["XXXX-10-09"], [])


def test_the_bracketed_dates_of_an_anniversary_are_not_events(pipeline: Pipeline) -> None:
    text = (
        "Nhân kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản (21/9/1973 - 21/9/2023), "
        "chiều 19/9, tại TP Đà Nẵng, Hội hữu nghị Việt Nam - Nhật Bản thành phố tổ chức buổi gặp mặt hữu nghị."
    )
    assert [summary(e) for e in events(pipeline, text)] == [("meeting", "XXXX-09-19", "afternoon", "Đà Nẵng", None)]


def test_one_clause_naming_two_gatherings_gives_two_events_on_one_date(pipeline: Pipeline) -> None:
    text = (
        "Ngày 15/10, Liên hiệp các tổ chức hữu nghị tỉnh Bình Định phối hợp với Sở Ngoại vụ tổ chức Hội nghị tổng "
        "kết công tác vận động viện trợ năm 2023 và Hội thảo về hợp tác với các tổ chức phi chính phủ."
    )
    found = events(pipeline, text)
    assert [(e.kind, str(e.date), e.province) for e in found] == [
        ("conference", "XXXX-10-15", "Bình Định"),
        ("workshop", "XXXX-10-15", "Bình Định"),
    ]
    assert found[0].name == "Hội nghị tổng kết công tác vận động viện trợ năm 2023"
    assert found[0].organizers == ("Liên hiệp các tổ chức hữu nghị tỉnh Bình Định", "Sở Ngoại vụ")


def test_activities_joined_to_a_gathering_do_not_make_a_second_event(pipeline: Pipeline) -> None:
    text = "Sáng 4/5, Hội tổ chức buổi gặp mặt, giao lưu với các cựu chuyên gia tại Hà Nội."
    assert [e.kind for e in events(pipeline, text)] == ["meeting"]


def test_later_sentences_about_the_event_add_mentions_not_events(pipeline: Pipeline) -> None:
    text = (
        "Hội thảo khoa học về hợp tác nhân dân Việt Nam - Cuba\n"
        "Ngày 3/4, tại Trường Đại học Khoa học Xã hội và Nhân văn, Hội hữu nghị Việt Nam - Cuba tổ chức hội thảo "
        "khoa học về hợp tác nhân dân hai nước.\n"
        "Phát biểu tại hội thảo, ông Trần Văn Bình nhấn mạnh vai trò của nhân dân."
    )
    (event,) = events(pipeline, text)
    assert event.kind == "workshop"
    assert event.location == "Trường Đại học Khoa học Xã hội và Nhân văn"
    assert [m.text for m in event.mentions] == [
        "Hội thảo khoa học về hợp tác nhân dân Việt Nam - Cuba",
        "hội thảo",
        "hội thảo",
    ]


def test_a_later_sentence_places_an_event_that_the_dated_one_did_not(pipeline: Pipeline) -> None:
    text = (
        "Sáng 22/5, Ban Đối ngoại Trung ương tổ chức Hội nghị trực tuyến triển khai công tác năm 2024. "
        "Hội nghị được tổ chức tại Hà Nội và kết nối tới 63 điểm cầu."
    )
    assert [summary(e) for e in events(pipeline, text)] == [("conference", "XXXX-05-22", "morning", "Hà Nội", None)]


def test_the_same_day_after_history_told_is_the_articles_day(pipeline: Pipeline) -> None:
    text = (
        "Sáng 12/9, Liên hiệp tổ chức đại hội lần thứ III.\n\n"
        "Ngày 3/4/2010, Liên hiệp tổ chức đại hội lần thứ nhất tại thị xã Cửa Lò.\n\n"
        "Chiều cùng ngày, đoàn đại biểu tỉnh Xiêng Khoảng đến thăm Trường Đại học Vinh."
    )
    found = events(pipeline, text, dt.date(2024, 9, 13))
    assert [(e.kind, str(e.date)) for e in found] == [
        ("congress", "2024-09-12"), ("congress", "2010-04-03"), ("visit", "2024-09-12"),
    ]


def test_the_same_day_later_dates_a_second_event(pipeline: Pipeline) -> None:
    text = (
        "Sáng 14/6, Đoàn đại biểu Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An đã thăm và làm việc với tỉnh "
        "Xiêng Khoảng. Chiều cùng ngày, Đoàn dự lễ khánh thành trường học do tỉnh Nghệ An tài trợ."
    )
    assert [summary(e) for e in events(pipeline, text)] == [
        ("visit", "XXXX-06-14", "morning", None, None),
        ("ceremony", "XXXX-06-14", "afternoon", None, None),
    ]


def test_the_day_after_follows_the_previous_event(pipeline: Pipeline) -> None:
    text = "Ngày 31/5, Hội tổ chức hội thảo tại Hà Nội. Ngày hôm sau, Hội tổ chức lễ trao học bổng tại Hà Nam."
    assert [(e.kind, str(e.date)) for e in events(pipeline, text)] == [
        ("workshop", "XXXX-05-31"),
        ("ceremony", "XXXX-06-01"),
    ]


def test_a_visit_abroad_names_the_country_not_a_province(pipeline: Pipeline) -> None:
    text = (
        "Từ ngày 5 đến 9/6, Đoàn đại biểu Liên hiệp các tổ chức hữu nghị Việt Nam do Phó Chủ tịch Đỗ Minh Khoa "
        "dẫn đầu đã có chuyến thăm và làm việc tại Hàn Quốc."
    )
    (event,) = events(pipeline, text)
    assert (event.kind, str(event.date), event.country, event.province) == (
        "visit", "XXXX-06-05/XXXX-06-09", "KR", None,
    )  # fmt: skip


def test_a_visit_goes_to_the_country_named_after_the_verb(pipeline: Pipeline) -> None:
    text = "Ngày 10/6, Đoàn đại biểu Hội hữu nghị Việt Nam - Trung Quốc đã đến thăm tỉnh Vân Nam, Trung Quốc."
    assert [(e.kind, e.country, e.province) for e in events(pipeline, text)] == [("visit", "CN", None)]


def test_a_holiday_named_in_an_opening_phrase_does_not_date_the_event(pipeline: Pipeline) -> None:
    text = "Nhân dịp kỷ niệm 78 năm Quốc khánh 2/9, sáng 28/8, Hội hữu nghị Việt - Lào tổ chức gặp mặt cựu chuyên gia."
    assert [summary(e) for e in events(pipeline, text)] == [("meeting", "XXXX-08-28", "morning", None, None)]


def test_a_bracketed_date_after_this_morning_keeps_the_time_of_day(pipeline: Pipeline) -> None:
    text = "Sáng nay (14/6), tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Hội nghị giao ban."
    assert [summary(e) for e in events(pipeline, text)] == [("conference", "XXXX-06-14", "morning", "Hà Nội", None)]


def test_a_foreign_city_takes_the_country_in_brackets_after_it(pipeline: Pipeline) -> None:
    text = "Từ ngày 3 đến 5/11, tại thủ đô Viêng Chăn (Lào), đoàn đại biểu tham dự Hội nghị Hội đồng Hòa bình thế giới."
    assert [(e.kind, e.country, e.province) for e in events(pipeline, text)] == [("conference", "LA", None)]


def test_a_venue_named_after_an_organisation_is_read_whole(pipeline: Pipeline) -> None:
    text = "Chiều 12/4, tại trụ sở Liên hiệp các tổ chức hữu nghị Việt Nam, Chủ tịch Liên hiệp đã tiếp Đại sứ Ấn Độ."
    assert [e.location for e in events(pipeline, text)] == ["trụ sở Liên hiệp các tổ chức hữu nghị Việt Nam"]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Tối 20/5, Hội tổ chức đêm giao lưu tại Rạp Tháng Tám, đường Trần Phú.", "Rạp Tháng Tám"),
        ("Sáng 2/9, Hội trao quà tại điểm trường tiểu học bản Phiêng Luông.", "điểm trường tiểu học bản Phiêng Luông"),
        ("Từ ngày 6 đến 8/10, hội chợ diễn ra tại phố đi bộ Nguyễn Huệ.", "phố đi bộ Nguyễn Huệ"),
        ("Chiều 9/5, tại Tòa nhà Nghị viện Séc, đoàn hội đàm với các nghị sĩ.", "Tòa nhà Nghị viện Séc"),
    ],
)
def test_a_cinema_a_school_site_or_a_pedestrian_street_is_a_venue(pipeline: Pipeline, text: str, location: str) -> None:
    assert [e.location for e in events(pipeline, text)] == [location]


def test_a_film_week_is_an_event(pipeline: Pipeline) -> None:
    text = "Từ ngày 14 đến 16-10, Hội phối hợp với Đại sứ quán Ý tổ chức Tuần phim Ý tại Trung tâm Chiếu phim Quốc gia."
    assert [(e.kind, str(e.date), e.organizers) for e in events(pipeline, text)] == [
        ("other", "XXXX-10-14/XXXX-10-16", ("Hội", "Đại sứ quán Ý"))
    ]


def test_an_activity_organised_on_a_day_is_an_event(pipeline: Pipeline) -> None:
    text = "Ngày 5/3, Hội đã tổ chức trao 50 suất học bổng cho học sinh nghèo huyện Tương Dương."
    assert [(e.kind, str(e.date), e.organizers) for e in events(pipeline, text)] == [
        ("ceremony", "XXXX-03-05", ("Hội",))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sáng nay 15/3, Liên hiệp tổ chức hội nghị tổng kết.", ("XXXX-03-15", "morning")),
        ("Chiều thứ Hai, ngày 5/6, Hội tổ chức tọa đàm tại TP Huế.", ("XXXX-06-05", "afternoon")),
        ("Trong 2 ngày (5-6/6), Liên hiệp tổ chức lớp tập huấn tại Đà Nẵng.", ("XXXX-06-05/XXXX-06-06", None)),
    ],
)
def test_a_date_written_after_its_weekday_or_in_brackets_is_read(
    pipeline: Pipeline, text: str, expected: tuple[str, str | None]
) -> None:
    assert [(str(e.date), e.time_of_day) for e in events(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chiều 10/10, Bí thư Tỉnh ủy Lạng Sơn tiếp Tổng Lãnh sự Trung Quốc tại Nam Ninh.", (None, "Lạng Sơn")),
        ("Sáng 4/4, Chủ tịch Liên hiệp tiếp Đại sứ Ấn Độ tại trụ sở Liên hiệp.", ("trụ sở Liên hiệp", None)),
    ],
)
def test_a_post_after_the_verb_of_receiving_is_no_place_but_a_building_is(
    pipeline: Pipeline, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert [(e.location, e.province) for e in events(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 3/6, Hội khai mạc triển lãm ảnh hữu nghị. Triển lãm mở cửa đến hết ngày 30/6.",
        "Ngày 12/5, Liên hiệp tổ chức hội nghị. Các đơn vị gửi báo cáo trước ngày 15/6 để tổng hợp cho hội nghị.",
    ],
)
def test_the_end_of_a_run_or_a_deadline_is_no_second_event(pipeline: Pipeline, text: str) -> None:
    assert len(events(pipeline, text)) == 1


def test_a_bare_date_after_a_joining_word_still_dates_the_event(pipeline: Pipeline) -> None:
    text = "Hội nghị Ban Chấp hành mở rộng diễn ra vào 15/6 tại Đà Nẵng."
    assert [(e.kind, str(e.date), e.province) for e in events(pipeline, text)] == [
        ("conference", "XXXX-06-15", "Đà Nẵng")
    ]


def test_a_lead_phrase_after_a_gathering_names_the_setting_not_the_event(pipeline: Pipeline) -> None:
    text = (
        "Sáng 9/12, Liên hiệp tổ chức hội nghị tổng kết năm. Ngay sau hội nghị, trong hai ngày 10 - 11/12, "
        "Liên hiệp mở lớp bồi dưỡng nghiệp vụ đối ngoại nhân dân."
    )
    assert [(e.kind, str(e.date)) for e in events(pipeline, text)] == [
        ("conference", "XXXX-12-09"), ("training", "XXXX-12-10/XXXX-12-11"),
    ]  # fmt: skip


def test_a_board_meeting_the_same_afternoon_is_a_second_event(pipeline: Pipeline) -> None:
    text = "Sáng 15/3, Liên hiệp tổ chức hội nghị tổng kết; chiều cùng ngày, Ban Chấp hành họp phiên thứ 5."
    assert [(e.kind, str(e.date), e.time_of_day) for e in events(pipeline, text)] == [
        ("conference", "XXXX-03-15", "morning"), ("meeting", "XXXX-03-15", "afternoon"),
    ]  # fmt: skip


def test_signing_a_memorandum_is_a_signing(pipeline: Pipeline) -> None:
    text = "Ngày 2 tháng 6 năm 2025, tại Hà Nội, hai hội đã ký Bản ghi nhớ về trao đổi sinh viên."
    assert [(str(e.date), e.kind) for e in events(pipeline, text)] == [("2025-06-02", "signing")]


def test_a_gathering_with_a_signing_joined_to_it_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "Ngày 14/3, tại thành phố Tuyên Quang, Liên hiệp các tổ chức hữu nghị tỉnh Tuyên Quang tổ chức hội nghị "
        "tổng kết công tác thi đua năm 2023 và ký kết giao ước thi đua năm 2024."
    )
    assert [summary(e) for e in events(pipeline, text)] == [("conference", "XXXX-03-14", None, "Tuyên Quang", None)]


def test_a_city_that_is_a_province_gives_the_province_and_no_venue(pipeline: Pipeline) -> None:
    text = "Ngày 8/5, tại thành phố Cần Thơ, Hội hữu nghị Việt Nam - Campuchia thành phố tổ chức gặp mặt hội viên."
    assert [(e.province, e.location) for e in events(pipeline, text)] == [("Cần Thơ", None)]


def test_a_venue_in_a_town_is_the_place_rather_than_the_town(pipeline: Pipeline) -> None:
    text = "Sáng 3/5, tại thành phố Hải Phòng, Hội tổ chức gặp mặt tại Nhà văn hóa Lao động thành phố."
    assert [(e.province, e.location) for e in events(pipeline, text)] == [
        ("Hải Phòng", "Nhà văn hóa Lao động thành phố")
    ]


def test_a_commune_named_without_its_province_lies_in_the_province_of_the_page(pipeline: Pipeline) -> None:
    text = (
        "Hội hữu nghị Việt Nam - Hàn Quốc tỉnh Phú Thọ tiếp tục vận động viện trợ.\n\n"
        "Sáng 6/9, tại xã Thu Cúc, huyện Tân Sơn, tổ chức KOICA khánh thành trạm y tế xã."
    )
    assert [(e.kind, e.province, e.location) for e in events(pipeline, text)] == [("ceremony", "Phú Thọ", None)]


def test_a_venue_takes_its_province_from_the_units_after_it(pipeline: Pipeline) -> None:
    text = "Sáng 12/8, đoàn dâng hoa tại Khu di tích Đền Hùng, thành phố Việt Trì, tỉnh Phú Thọ."
    assert [(e.province, e.location) for e in events(pipeline, text)] == [("Phú Thọ", "Khu di tích Đền Hùng")]


def test_a_foreign_town_is_no_commune_of_the_page(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị tỉnh Sơn La làm việc với Lào.\n\n"
        "Chiều 3/4, tại huyện Xiêng-khọ, hai bên tổ chức gặp mặt hữu nghị."
    )
    assert [(e.province, e.location) for e in events(pipeline, text)] == [(None, None)]


def test_the_same_day_after_a_date_to_come_is_the_day_of_the_news(pipeline: Pipeline) -> None:
    text = (
        "Chiều 12/4, Chủ tịch Liên hiệp tiếp Đoàn Hội hữu nghị Nhật - Việt tỉnh Aichi. Hai bên nhất trí tổ chức "
        "Lễ hội Việt Nam tại thành phố Nagoya vào ngày 15/6 tới. Cùng ngày, đoàn đã làm việc với Hội hữu nghị "
        "Việt Nam - Nhật Bản."
    )
    assert sorted((e.kind, str(e.date)) for e in events(pipeline, text)) == [
        ("meeting", "XXXX-04-12"), ("other", "XXXX-06-15"), ("working_session", "XXXX-04-12"),
    ]  # fmt: skip


def test_a_launch_is_a_ceremony(pipeline: Pipeline) -> None:
    text = "Chiều 18/7, Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng ra mắt Ban Chấp hành mới."
    assert [(e.kind, e.time_of_day, e.province) for e in events(pipeline, text)] == [
        ("ceremony", "afternoon", "Đà Nẵng")
    ]


def test_a_spoken_day_restated_by_a_written_date_takes_the_written_one(pipeline: Pipeline) -> None:
    text = "Hội nghị trực tuyến toàn quốc diễn ra sáng nay (24/11) tại điểm cầu Hà Nội."
    (event,) = events(pipeline, text, dt.date(2024, 6, 20))  # a reference that is not the day of the news
    assert (str(event.date), event.time_of_day, event.province, event.location) == (
        "2023-11-24", "morning", "Hà Nội", "điểm cầu Hà Nội",
    )  # fmt: skip


def test_gatherings_of_one_kind_in_the_morning_and_the_afternoon_are_two(pipeline: Pipeline) -> None:
    text = "Sáng 5/6, Liên hiệp tổ chức hội nghị sơ kết. Chiều cùng ngày, Liên hiệp tổ chức hội nghị tập huấn."
    article = body_article(text, pipeline.gazetteer)
    assert [(e.kind, e.time_of_day) for e in find_events(article)] == [
        ("conference", "morning"), ("conference", "afternoon"),
    ]  # fmt: skip


def test_the_organiser_named_in_an_undated_sentence_places_the_event(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai vừa tổ chức Hội nghị tổng kết công tác năm 2024. "
        "Hội nghị diễn ra ngày 14/1 tại Hội trường Liên hiệp."
    )
    (event,) = events(pipeline, text)
    assert (event.province, event.location, event.name) == (
        "Gia Lai", "Hội trường Liên hiệp", "Hội nghị tổng kết công tác năm 2024",
    )  # fmt: skip


def test_a_gathering_followed_by_another_after_then_gives_two(pipeline: Pipeline) -> None:
    text = "Ngày 10/5, Liên hiệp tổ chức Hội nghị Ban Chấp hành, sau đó là Lễ ký kết thỏa thuận với Quỹ châu Á."
    assert [(e.kind, str(e.date)) for e in events(pipeline, text)] == [
        ("conference", "XXXX-05-10"), ("signing", "XXXX-05-10"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 11/5, đoàn làm việc với Hội Hữu nghị Mông Cổ - Việt Nam và ngày 12/5 gặp gỡ sinh viên Việt Nam "
            "đang học tập tại U-lan Ba-to.",
            [("working_session", "XXXX-05-11"), ("meeting", "XXXX-05-12")],
        ),
        (
            "Sáng 8/3, đoàn dâng hương tại Đền thờ liệt sĩ, chiều 9/3 hội đàm với lãnh đạo huyện Mường Nhé.",
            [("ceremony", "XXXX-03-08"), ("meeting", "XXXX-03-09")],
        ),
    ],
)
def test_each_gathering_of_a_clause_takes_the_date_written_before_it(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(e.kind, str(e.date)) for e in events(pipeline, text)] == expected


def test_a_gathering_given_a_month_of_its_own_is_not_dated_by_the_clause(pipeline: Pipeline) -> None:
    text = (
        "Tại Viêng Chăn, chiều 6/4, đoàn đã có cuộc gặp với lãnh đạo Hội Hữu nghị Lào - Việt Nam, hai bên nhất trí "
        "phối hợp tổ chức Diễn đàn thanh niên hai nước tại Hà Nội vào tháng 8/2024."
    )
    assert [(e.kind, str(e.date), e.location, e.province) for e in events(pipeline, text)] == [
        ("meeting", "XXXX-04-06", None, None)
    ]


def test_a_named_contest_joined_to_a_ceremony_is_a_second_event(pipeline: Pipeline) -> None:
    text = (
        "Sáng 20/11, Hội hữu nghị Việt Nam - Lào tỉnh Điện Biên tổ chức Lễ trao học bổng “Chắp cánh ước mơ” và "
        "Hội thi tìm hiểu lịch sử quan hệ hai nước tại Nhà văn hóa huyện Mường Chà."
    )
    assert [(e.kind, e.location) for e in events(pipeline, text)] == [
        ("ceremony", "Nhà văn hóa huyện Mường Chà"), ("other", "Nhà văn hóa huyện Mường Chà"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 27/7, đoàn đã đến đặt vòng hoa tại Nghĩa trang liệt sĩ Trường Sơn ở huyện Gio Linh.",
            ("ceremony", "Nghĩa trang liệt sĩ Trường Sơn"),
        ),
        (
            "Sáng 14/2, đoàn đến thăm, tặng quà các gia đình chính sách tại xã Tân Lập, huyện Đồng Phú.",
            ("visit", None),
        ),
        (
            "Tối 5/5, Hội tổ chức tiệc chiêu đãi tại Khách sạn Sài Gòn - Kim Liên.",
            ("other", "Khách sạn Sài Gòn - Kim Liên"),
        ),
    ],
)
def test_a_wreath_a_commune_after_the_visited_and_a_hotel_are_read(
    pipeline: Pipeline, text: str, expected: tuple[str, str | None]
) -> None:
    (event,) = events(pipeline, text)
    assert (event.kind, event.location) == expected


def test_a_venue_naming_two_provinces_stands_in_the_last(pipeline: Pipeline) -> None:
    text = "Tối 19/6, Liên hiệp tổ chức tiệc chiêu đãi tại Khách sạn Sài Gòn - Quảng Bình."
    assert [e.province for e in events(pipeline, text)] == ["Quảng Bình"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lễ bế giảng và trao chứng chỉ dự kiến diễn ra vào sáng 26/12 tới tại Hội trường Thành ủy.",
            "Lễ bế giảng và trao chứng chỉ",
        ),
        (
            "Vào hồi 8 giờ sáng 15/3, Đại hội đại biểu Hội hữu nghị Việt Nam - Cuba tỉnh Bến Tre khai mạc tại Hội "
            "trường Tỉnh ủy.",
            "Đại hội đại biểu Hội hữu nghị Việt Nam - Cuba tỉnh Bến Tre",
        ),
    ],
)
def test_a_name_ends_before_what_the_event_does(pipeline: Pipeline, text: str, name: str) -> None:
    assert [e.name for e in events(pipeline, text)] == [name]


def test_a_flag_raising_on_national_day_is_a_ceremony(pipeline: Pipeline) -> None:
    text = "Sáng 2/9/2024, nhân dịp Quốc khánh, Đại sứ quán Việt Nam tại Lào tổ chức lễ thượng cờ."
    assert [(e.kind, str(e.date), e.time_of_day) for e in events(pipeline, text)] == [
        ("ceremony", "2024-09-02", "morning")
    ]


def test_a_post_held_abroad_is_not_where_the_meeting_is(pipeline: Pipeline) -> None:
    text = "Sáng 9/10, Chủ tịch Liên hiệp các tổ chức hữu nghị đã tiếp ông John Smith, Đại sứ Australia tại Việt Nam."
    (event,) = events(pipeline, text)
    assert (event.kind, event.location, event.country, event.province) == ("meeting", None, None, None)


def test_attendance_name_theme_and_organiser_are_read(pipeline: Pipeline) -> None:
    text = (
        "Sáng 2/12, tại Trung tâm Hội nghị tỉnh, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức Hội nghị tổng "
        "kết công tác đối ngoại nhân dân năm 2024 với sự tham dự của hơn 200 đại biểu."
    )
    (event,) = events(pipeline, text)
    assert (event.kind, event.location, event.province, event.attendance) == (
        "conference", "Trung tâm Hội nghị tỉnh", "Nghệ An", 200,
    )  # fmt: skip
    assert event.name == "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2024"
    assert event.organizers == ("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An",)


def test_a_quoted_title_is_the_theme(pipeline: Pipeline) -> None:
    text = "Chiều 16/3, Hội Liên lạc với người Việt Nam ở nước ngoài tổ chức tọa đàm “Kiều bào với quê hương”."
    (event,) = events(pipeline, text)
    assert (event.kind, event.theme) == ("roundtable", "Kiều bào với quê hương")


def test_an_event_organised_by_someone_named_after_it(pipeline: Pipeline) -> None:
    text = "Đây là nội dung chính của Hội nghị sơ kết công tác 6 tháng do Liên hiệp tổ chức vào sáng 8/7 tại Hà Nội."
    (event,) = events(pipeline, text)
    assert summary(event) == ("conference", "XXXX-07-08", "morning", "Hà Nội", None)
    assert event.organizers == ("Liên hiệp",)


def test_an_event_hosted_by_someone_named_after_it(pipeline: Pipeline) -> None:
    text = "Sáng 9/10, Diễn đàn hữu nghị các tỉnh miền Trung do Liên hiệp tỉnh Quảng Ngãi đăng cai đã khai mạc."
    assert [e.organizers for e in events(pipeline, text)] == [("Liên hiệp tỉnh Quảng Ngãi",)]


@pytest.mark.parametrize(
    ("reference", "expected"),
    [(REFERENCE, "2024-06-04"), (None, "XXXX-06-04")],
)
def test_a_date_without_a_year_takes_the_reference_year(
    pipeline: Pipeline, reference: dt.date | None, expected: str
) -> None:
    text = "Chiều 4/6, Thủ tướng Chính phủ có buổi làm việc với Liên hiệp các tổ chức hữu nghị Việt Nam."
    assert [str(e.date) for e in events(pipeline, text, reference)] == [expected]


def test_an_event_repeated_in_the_headline_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "Ngày 20/8, Hội hữu nghị Việt Nam - Campuchia tỉnh An Giang tổ chức Đại hội lần thứ III\n"
        "Ngày 20/8, Hội hữu nghị Việt Nam - Campuchia tỉnh An Giang tổ chức Đại hội lần thứ III, nhiệm kỳ 2024-2029."
    )
    (event,) = events(pipeline, text)
    assert (event.kind, event.province, len(event.mentions)) == ("congress", "An Giang", 2)


# Pieces of realistic text, shuffled into sentences that no parser has seen.
FRAGMENTS = [
    "Sáng 4/6,", "Chiều cùng ngày,", "ngày hôm sau", "tại Hà Nội,", "tại Trung tâm Hội nghị tỉnh",
    "(7/5/1955 - 7/5/2025)", "Liên hiệp tổ chức", "Hội nghị", "hội thảo", "và", "tọa đàm “", "”", "(", ")",
    "Chỉ thị số 12-CT/TW ngày 5/1/2022", "đã tiếp", "Đoàn", "thăm và làm việc", "với sự tham dự của hơn 300 đại biểu",
    "do", "tổ chức vào", "Từ ngày 29-31/5", ";", ".", ",", "Đại hội", "lễ kỷ niệm", "Tại hội nghị,", "TP. Hồ Chí Minh",
    "thành lập ngày 17/11/1950", "Sáng nay (", "Quốc khánh 2/9", "Nhân dịp", "mỗi", "Đại hội đồng",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join))
def test_any_mix_of_event_words_reads_without_error_and_quotes_the_text(pipeline: Pipeline, text: str) -> None:
    extraction = pipeline.extract(text)
    assert not [e for e in extraction.errors if e.plugin == "events"]
    assert all(m.quotes(extraction.text) for e in extraction.events for m in e.mentions)
    assert all(e.date is not None for e in extraction.events)


@needs_corpus
@pytest.mark.parametrize("page", CORPUS_PAGES, ids=lambda p: p.name)
def test_every_event_on_a_real_page_is_dated_and_quoted(pipeline: Pipeline, page: Path) -> None:
    extraction = pipeline.extract_file(page)
    assert not [e for e in extraction.errors if e.plugin == "events"]
    assert all(e.date is not None and e.mentions for e in extraction.events)
    assert all(m.quotes(extraction.text) for e in extraction.events for m in e.mentions)


def test_a_dated_handing_over_without_a_gathering_word_is_a_ceremony(pipeline: Pipeline) -> None:
    text = (
        "Ngày 12-4, tại huyện Mường Lát, Liên hiệp các tổ chức hữu nghị tỉnh phối hợp với tổ chức Plan trao "
        "150 suất học bổng cho học sinh nghèo. Chiều cùng ngày, đoàn đến thăm Trường Tiểu học Tam Chung."
    )
    assert [(e.kind, str(e.date), e.time_of_day, e.location) for e in events(pipeline, text)] == [
        ("ceremony", "XXXX-04-12", None, None),
        ("visit", "XXXX-04-12", "afternoon", None),
    ]  # fmt: skip


def test_an_exchange_of_views_is_no_handing_over(pipeline: Pipeline) -> None:
    text = "Ngày 12/4, hai bên đã trao đổi về kế hoạch hợp tác giai đoạn 2024 - 2026."
    assert events(pipeline, text) == []


def test_a_day_without_a_gathering_still_anchors_the_same_day(pipeline: Pipeline) -> None:
    text = "Ngày 3/10, đoàn đến thành phố Xiêng Khoảng. Tối cùng ngày, đoàn dự chương trình giao lưu văn nghệ."
    assert [(e.kind, str(e.date), e.time_of_day) for e in events(pipeline, text)] == [
        ("exchange", "XXXX-10-03", "evening")
    ]


def test_a_town_named_by_part_of_its_province_gives_that_province_and_no_venue(pipeline: Pipeline) -> None:
    text = "Sáng 21/11/2012, tại thành phố Huế, Liên hiệp tổ chức hội nghị tổng kết công tác năm 2012."
    assert [(e.location, e.province) for e in events(pipeline, text)] == [(None, "Thừa Thiên Huế")]


def test_a_day_on_which_a_document_was_signed_dates_no_gathering(pipeline: Pipeline) -> None:
    text = (
        "Phát biểu tại buổi gặp, ông Lê Văn Hòa nhấn mạnh, ngày 10/7/2013, Thủ tướng Chính phủ đã ký Quyết định "
        "số 40/2013/QĐ-TTg phê duyệt Chương trình quốc gia xúc tiến vận động viện trợ."
    )
    assert events(pipeline, text) == []


def test_a_visit_to_a_district_lies_in_the_province_of_the_page(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị tỉnh Kon Tum tiếp đoàn tỉnh Át-tạ-pư. Sáng 15/3, đoàn đã đến thăm Làng "
        "thanh niên lập nghiệp Đăk Mế (huyện Ngọc Hồi)."
    )
    assert [(e.kind, e.province) for e in events(pipeline, text)] == [("visit", "Kon Tum")]


def test_a_port_is_a_venue(pipeline: Pipeline) -> None:
    text = "Ngày 28/2, đoàn dự lễ trao tặng 200 tấn gạo cho nhân dân Cuba tại cảng Cát Lái."
    assert [(e.kind, e.location) for e in events(pipeline, text)] == [("ceremony", "cảng Cát Lái")]


def test_a_body_known_by_its_acronym_gives_the_province_of_its_name(pipeline: Pipeline) -> None:
    text = "Ngày 28/2, đoàn dự lễ trao tặng gạo cho nhân dân Cuba do HUFO phối hợp với Hội Chữ thập đỏ tổ chức."
    assert [(e.kind, e.province) for e in events(pipeline, text)] == [("ceremony", "Hồ Chí Minh")]


def test_a_gathering_told_of_before_that_is_no_mention_of_the_dated_one(pipeline: Pipeline) -> None:
    text = (
        "Ngày 28/2, đoàn dự lễ dâng hoa tại Tượng đài Bác Hồ. Trước đó, đoàn đã đến dâng hoa tại Nghĩa trang "
        "liệt sĩ Thành phố."
    )
    (event,) = events(pipeline, text)
    assert [m.text for m in event.mentions] == ["lễ dâng hoa"]


# ---------------------------------------------------------------------------------------------------------------
# Round 3: delegations abroad, conferences at home, headlines and interviews


def test_a_place_after_a_verb_of_holding_and_o_is_where_the_event_is(pipeline: Pipeline) -> None:
    text = "Tối 14/5, đoàn dự buổi gặp mặt kiều bào do Tổng Lãnh sự quán tổ chức ở khách sạn Nikko Osaka."
    assert [(e.kind, e.location) for e in events(pipeline, text)] == [("meeting", "khách sạn Nikko Osaka")]


def test_receiving_the_delegates_of_a_conference_is_a_meeting_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Sáng 9/10, tại Hà Nội, Liên hiệp tổ chức Hội nghị quốc tế về chất độc da cam. "
        "Chiều 9/10, Chủ tịch Quốc hội đã tiếp các đại biểu dự Hội nghị tại Nhà Quốc hội."
    )
    assert [(e.kind, e.time_of_day, e.location) for e in events(pipeline, text)] == [
        ("conference", "morning", None), ("meeting", "afternoon", "Nhà Quốc hội"),
    ]  # fmt: skip


def test_a_sentence_opening_with_the_event_gives_the_span_of_its_days(pipeline: Pipeline) -> None:
    text = (
        "Ngày 4/12, tại Huế, Ủy ban Hòa bình Việt Nam tổ chức Diễn đàn nhân dân ASEAN. "
        "Diễn đàn diễn ra trong ba ngày 4 - 6/12 với hơn 200 đại biểu."
    )
    assert [(e.kind, str(e.date)) for e in events(pipeline, text)] == [("forum", "XXXX-12-04/XXXX-12-06")]


def test_a_visit_dated_inside_a_trip_is_a_second_event(pipeline: Pipeline) -> None:
    text = "Từ ngày 2 đến 6/9, đoàn thăm Cuba. Ngày 4/9, đoàn đến tỉnh Matanzas, thăm một hợp tác xã nông nghiệp."
    assert [str(e.date) for e in events(pipeline, text)] == ["XXXX-09-02/XXXX-09-06", "XXXX-09-04"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sáng 2/10, tại Quảng Ngãi, Sở Ngoại vụ tổ chức lễ khởi động dự án nước sạch.", "ceremony"),
        ("Chiều 11/3, Đoàn đến chào Đại sứ Việt Nam tại Pháp.", "meeting"),
        ("Ngày 6/8, Hội tổ chức lễ động thổ nhà tình nghĩa cho cựu chiến binh.", "ceremony"),
        ("Tối 9/8, Hội tổ chức tiệc chia tay đoàn tại khách sạn.", "other"),
    ],
)
def test_launches_groundbreakings_courtesy_calls_and_farewell_dinners_are_events(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    assert [e.kind for e in events(pipeline, text)] == [kind]


def test_a_name_ends_before_its_theme_which_is_read(pipeline: Pipeline) -> None:
    text = "Ngày 16/9, Liên hiệp tổ chức Hội thảo quốc tế với chủ đề “Hòa bình và phát triển” tại Hà Nội."
    (event,) = events(pipeline, text)
    assert (event.name, event.theme) == ("Hội thảo quốc tế", "Hòa bình và phát triển")


def test_a_site_visited_is_no_venue_and_a_country_opening_its_name_is_no_country(pipeline: Pipeline) -> None:
    # only "tại" or "ở" names where an event is held; the site visited still tells the province
    text = "Ngày 7/4, các đại biểu quốc tế thăm Khu di tích Mỹ Lai (tỉnh Quảng Ngãi)."
    assert [(e.location, e.province, e.country) for e in events(pipeline, text)] == [(None, "Quảng Ngãi", None)]
    text = "Ngày 9/4, đoàn thăm Trường Tiểu học Hòa Bình tại Nhà văn hóa thôn Đông."
    assert [(e.kind, e.location) for e in events(pipeline, text)] == [("visit", "Nhà văn hóa thôn Đông")]


def test_a_province_after_a_comma_closes_the_venue(pipeline: Pipeline) -> None:
    text = "Đại hội dự kiến diễn ra ngày 12/10 tại Cung Văn hóa Hữu nghị, Hà Nội."
    assert [(e.location, e.province) for e in events(pipeline, text)] == [("Cung Văn hóa Hữu nghị", "Hà Nội")]


@pytest.mark.parametrize(
    ("place", "province"),
    [
        ("thành phố Hạ Long", "Quảng Ninh"),  # a Vietnamese town lies in the page's province
        ("thành phố Johannesburg", None),  # a foreign one does not
        ("Trung tâm Hành chính tỉnh", "Quảng Ninh"),  # a venue of the page's own "tỉnh" does
        # a venue that names no place lies in the page's province too
        ("Hội trường Huyện ủy", "Quảng Ninh"),
        ("Nhà văn hóa bản Na Ca", "Quảng Ninh"),
    ],
)
def test_a_town_or_venue_without_its_province_lies_in_the_page_province(
    pipeline: Pipeline, place: str, province: str | None
) -> None:
    text = f"Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh chuẩn bị. Ngày 5/2, Hội tổ chức gặp mặt tại {place}."
    assert [e.province for e in events(pipeline, text)] == [province]


def test_the_union_written_short_in_a_provincial_paper_hosts_in_its_province(pipeline: Pipeline) -> None:
    text = "Ngày 20/10 tới, Liên hiệp sẽ tổ chức Ngày hội Hữu nghị tại Công viên Biển Đông."
    article = body_article(text, pipeline.gazetteer, outlet="Báo Đà Nẵng")
    assert [e.province for e in find_events(article)] == ["Đà Nẵng"]


def test_a_local_government_with_a_person_after_it_is_the_page_province(pipeline: Pipeline) -> None:
    text = (
        "Đoàn Hội hữu nghị Lào - Việt Nam thăm Hải Phòng. "
        "Sáng 3/6, Phó Chủ tịch UBND Thành phố Lê Văn Tâm đã tiếp đoàn tại trụ sở Ủy ban."
    )
    assert [e.province for e in events(pipeline, text) if e.kind == "meeting"] == ["Hải Phòng"]


def test_an_event_later_the_same_day_lies_where_that_days_event_was(pipeline: Pipeline) -> None:
    text = (
        "Sáng 14/3, tại huyện Đakrông, Hội hữu nghị tỉnh Quảng Trị tổ chức trao học bổng. "
        "Chiều cùng ngày, đoàn dự lễ bàn giao giếng nước cho Trường Tiểu học A Ngo."
    )
    assert [(e.kind, e.province) for e in events(pipeline, text)] == [
        ("ceremony", "Quảng Trị"), ("ceremony", "Quảng Trị"),
    ]  # fmt: skip


def test_working_in_a_country_is_a_visit(pipeline: Pipeline) -> None:
    text = "Đoàn Liên hiệp làm việc tại Hungary\n\nTừ ngày 3-6/6, đoàn Liên hiệp thăm và làm việc tại Hungary."
    assert [(e.kind, len(e.mentions)) for e in events(pipeline, text)] == [("visit", 2)]


def test_a_date_to_come_without_its_year_lies_ahead_of_the_news(pipeline: Pipeline) -> None:
    text = "Hội sẽ tổ chức Hội nghị xúc tiến viện trợ vào ngày 22/3 tại thành phố Đông Hà."
    assert [str(e.date) for e in events(pipeline, text, dt.date(2024, 1, 12))] == ["2024-03-22"]


@pytest.mark.parametrize("plan", ["thống nhất kế hoạch tổ chức", "dự định tổ chức", "chuẩn bị tổ chức"])
def test_a_planned_date_without_its_year_lies_ahead_of_the_news(pipeline: Pipeline, plan: str) -> None:
    text = f"Tại buổi làm việc, hai bên đã {plan} Hội thảo hợp tác vào ngày 20-11 tại thành phố Viêng Chăn."
    assert [str(e.date) for e in events(pipeline, text, dt.date(2024, 9, 12))] == ["2024-11-20"]


@pytest.mark.parametrize("opening", ["Ngày 4/12", "Ngày 4/12 tới đây", "Sáng 4/12 vừa qua", "Sáng 4/12,"])
def test_a_date_without_a_comma_after_it_leaves_the_subject_to_organise(pipeline: Pipeline, opening: str) -> None:
    text = f"{opening} Hội Hữu nghị Việt Nam - Lào tỉnh Hà Nam tổ chức gặp mặt hội viên."
    assert [e.organizers for e in events(pipeline, text)] == [("Hội Hữu nghị Việt Nam - Lào tỉnh Hà Nam",)]


def test_a_date_without_a_comma_before_a_venue_leaves_the_venue_out_of_the_subject(pipeline: Pipeline) -> None:
    text = "Sáng 4/12 tại Nhà văn hóa tỉnh, Hội Hữu nghị Việt Nam - Lào tỉnh Hà Nam tổ chức gặp mặt hội viên."
    assert [(e.location, e.organizers) for e in events(pipeline, text)] == [
        ("Nhà văn hóa tỉnh", ("Hội Hữu nghị Việt Nam - Lào tỉnh Hà Nam",))
    ]


def test_an_answer_in_an_interview_organises_neither_by_its_speaker_nor_by_a_pronoun(pipeline: Pipeline) -> None:
    text = "Ông Trần Văn Hải: Chúng tôi sẽ tổ chức Hội nghị tổng kết vào ngày 5/12 tại Hội trường tỉnh."
    assert [e.organizers for e in events(pipeline, text)] == [()]


@pytest.mark.parametrize(
    ("presiding", "expected"),
    [
        ("Phó Chủ tịch UBND tỉnh Lê Minh Tuấn đã đồng ý chủ trì hội nghị.", ("Lê Minh Tuấn",)),
        ("Ông Hải cho biết ông Lê Minh Tuấn, Phó Chủ tịch UBND tỉnh, sẽ chủ trì hội nghị.", ("Lê Minh Tuấn",)),
        ("Bà Đỗ Thu Hà, Giám đốc Sở Ngoại vụ, nhận lời đồng chủ trì.", ("Đỗ Thu Hà",)),
        ("Ông Hải cho biết hội nghị sẽ do Phó Chủ tịch UBND tỉnh chủ trì.", ()),
        ("Ông Lê Minh Tuấn, Phó Chủ tịch UBND tỉnh, đã đồng ý dự hội nghị.", ()),
        # the comma closing the position left out
        ("Ông Lê Minh Tuấn, Phó Chủ tịch UBND tỉnh dự kiến sẽ chủ trì hội nghị.", ("Lê Minh Tuấn",)),
        ("Ông Lê Minh Tuấn, Phó Chủ tịch UBND tỉnh cho biết hội nghị sẽ do lãnh đạo tỉnh chủ trì.", ()),
    ],
)
def test_of_an_event_to_come_only_the_person_to_preside_is_placed_at_it(
    pipeline: Pipeline, presiding: str, expected: tuple[str, ...]
) -> None:
    text = (
        "Ông Trần Văn Hải, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh, cho biết Liên hiệp sẽ tổ chức Hội nghị "
        f"xúc tiến viện trợ vào ngày 22/3 tại Hội trường tỉnh. {presiding}"
    )
    assert [e.participants for e in events(pipeline, text, dt.date(2024, 1, 12))] == [expected]


@pytest.mark.parametrize(
    "opening", ["Tại buổi hội đàm", "Bên lề hội nghị", "Trong cuộc gặp", "Kết thúc hội đàm", "Ngay sau buổi hội đàm"]
)
def test_a_signing_at_an_event_told_before_is_an_event_of_that_day(pipeline: Pipeline, opening: str) -> None:
    text = (
        "Sáng 14/5, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai hội đàm với đoàn tỉnh Ratanakiri. "
        "Ông Trần Văn Tám điểm lại kết quả hợp tác. "
        f"{opening}, hai bên đã ký kết Biên bản ghi nhớ về giao lưu thanh niên."
    )
    found = [summary(e) for e in events(pipeline, text, REFERENCE) if e.kind == "signing"]
    assert found == [("signing", "2024-05-14", "morning", None, None)]


def test_a_signing_in_an_undated_clause_about_nothing_told_before_is_no_event(pipeline: Pipeline) -> None:
    text = "Tại hội nghị, hai bên đã ký kết Biên bản ghi nhớ về giao lưu thanh niên."
    assert events(pipeline, text, REFERENCE) == []


def test_a_second_event_joined_by_dong_thoi_is_an_event_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Chiều 9/4, đoàn đã làm việc với Sở Ngoại vụ, đồng thời dự khai mạc lớp tập huấn kỹ năng đối ngoại "
        "tại Trường Chính trị tỉnh."
    )
    found = [(e.kind, str(e.date), e.time_of_day) for e in events(pipeline, text, REFERENCE)]
    assert ("training", "2024-04-09", "afternoon") in found
    assert len(found) == 2


def test_a_working_session_with_a_provincial_body_is_held_in_its_province(pipeline: Pipeline) -> None:
    text = "Ngày 22/5, đoàn sẽ làm việc với Hội Liên hiệp Phụ nữ tỉnh Quảng Trị trước khi về nước."
    assert [(e.kind, e.province) for e in events(pipeline, text, REFERENCE)] == [("working_session", "Quảng Trị")]


def test_a_place_named_for_a_working_session_outweighs_its_partner(pipeline: Pipeline) -> None:
    text = "Ngày 22/5, tại Hà Nội, đoàn đã làm việc với Liên hiệp các tổ chức hữu nghị tỉnh Quảng Trị."
    assert [(e.kind, e.province) for e in events(pipeline, text, REFERENCE)] == [("working_session", "Hà Nội")]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Chiều 3/9, tại trụ sở Ủy ban nhân dân tỉnh, lãnh đạo tỉnh tiếp đoàn.", "trụ sở Ủy ban nhân dân tỉnh"),
        ("Ngày 3/9, tại Nhà văn hóa tỉnh nhân dịp Quốc khánh, Liên hiệp tổ chức giao lưu.", "Nhà văn hóa tỉnh"),
    ],
)
def test_a_place_runs_through_nhan_dan_but_ends_before_nhan_dip(pipeline: Pipeline, text: str, location: str) -> None:
    assert [e.location for e in events(pipeline, text, REFERENCE)] == [location]


# ---------------------------------------------------------------------------------------------------------------
# Round 5: organisers and venues as FIELDS.md defines them, and what real pages still lost


def test_the_organising_committee_is_a_noun_not_the_verb(pipeline: Pipeline) -> None:
    text = (
        "Sáng 3/4, Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam tổ chức Hội nghị tổng kết năm 2023. "
        "Ông Lê Văn Tâm, Phó Chủ tịch Liên hiệp, Trưởng Ban tổ chức Hội nghị, cho biết Ban Tổ chức đã mời 80 đại biểu."
    )
    (event,) = events(pipeline, text)
    assert event.organizers == ("Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam",)


def test_an_aim_to_strengthen_exchanges_names_no_exchange(pipeline: Pipeline) -> None:
    text = (
        "Sáng 5/6, Hội tổ chức tọa đàm. Các đại biểu đề xuất tăng cường giao lưu thanh niên. "
        "Chiều cùng ngày, đoàn giao lưu với sinh viên."
    )
    exchange = [e for e in events(pipeline, text) if e.kind == "exchange"]
    assert [m.start for e in exchange for m in e.mentions] == [text.rindex("giao lưu")]


def test_an_organisation_named_as_a_partner_is_a_noun_not_the_verb(pipeline: Pipeline) -> None:
    text = "Ngày 4/10, Hội hữu nghị Việt Nam - Áo tỉnh phối hợp với tổ chức Caritas trao tặng 20 xe lăn."
    assert [e.organizers for e in events(pipeline, text)] == [("Hội hữu nghị Việt Nam - Áo tỉnh", "tổ chức Caritas")]


def test_organisations_in_a_body_s_name_after_do_are_a_noun_not_the_verb(pipeline: Pipeline) -> None:
    text = "Sáng 3/4, tọa đàm do Sở Ngoại vụ phối hợp với Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai tổ chức."
    assert [e.organizers for e in events(pipeline, text)] == [
        ("Sở Ngoại vụ", "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai")
    ]


def test_the_committee_of_a_gathering_to_come_names_no_gathering(pipeline: Pipeline) -> None:
    text = "Chiều 12/5, ông Trần Văn Bình, Trưởng Ban tổ chức Đại hội, thông tin với báo chí về công tác chuẩn bị."
    assert events(pipeline, text) == []


def test_a_gathering_joined_to_an_organised_one_has_its_organisers(pipeline: Pipeline) -> None:
    text = (
        "Ngày 15/10, Liên hiệp các tổ chức hữu nghị tỉnh Bình Định phối hợp với Sở Ngoại vụ tổ chức Hội nghị tổng "
        "kết công tác năm 2023 và Hội thảo về hợp tác với các tổ chức phi chính phủ."
    )
    organisers = ("Liên hiệp các tổ chức hữu nghị tỉnh Bình Định", "Sở Ngoại vụ")
    assert [(e.kind, e.organizers) for e in events(pipeline, text)] == [
        ("conference", organisers),
        ("workshop", organisers),
    ]


def test_the_story_names_the_organiser_and_the_headline_only_where_the_story_does_not(pipeline: Pipeline) -> None:
    text = (
        "Hội Hữu nghị Việt Nam - Cu-ba tổ chức gặp mặt hội viên\n"
        "Sáng 6/12, tại Nhà văn hóa tỉnh, Hội Hữu nghị Việt Nam – Cu-ba tỉnh Bình Phước đã tổ chức gặp mặt hội viên."
    )
    (event,) = events(pipeline, text)
    assert event.organizers == ("Hội Hữu nghị Việt Nam – Cu-ba tỉnh Bình Phước",)
    headline_only = "Hội Hữu nghị Việt Nam - Cu-ba tổ chức gặp mặt hội viên\nSáng 6/12, buổi gặp mặt hội viên diễn ra."
    (event,) = events(pipeline, headline_only)
    assert event.organizers == ("Hội Hữu nghị Việt Nam - Cu-ba",)


def test_one_organiser_written_in_two_cases_is_one(pipeline: Pipeline) -> None:
    text = (
        "Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái tổ chức Hội nghị sơ kết\n"
        "Sáng 9/7, Liên hiệp các Tổ chức hữu nghị tỉnh Yên Bái tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm. "
        "Chiều 9/7, Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái tổ chức Hội nghị sơ kết tại huyện Lục Yên."
    )
    assert [len(e.organizers) for e in events(pipeline, text)] == [1, 1]


def test_the_body_through_which_a_giver_works_is_no_organiser(pipeline: Pipeline) -> None:
    text = (
        "Ngày 3/12/2022, thông qua Liên hiệp các tổ chức hữu nghị tỉnh Sóc Trăng, Tổ chức Hope for Children phối hợp "
        "với Ủy ban nhân dân xã Tài Văn tổ chức buổi giao lưu cho học sinh."
    )
    (event,) = events(pipeline, text)
    assert event.organizers == ("Tổ chức Hope for Children", "Ủy ban nhân dân xã Tài Văn")


def test_a_quoted_name_opening_with_a_gathering_word_after_the_verb_is_the_event(pipeline: Pipeline) -> None:
    text = "Ngày 20/11/2021, Hội Chữ thập đỏ huyện tổ chức “Ngày hội hiến máu tình nguyện” cho đoàn viên thanh niên."
    (event,) = events(pipeline, text)
    assert (event.kind, str(event.date), event.name) == ("other", "2021-11-20", "Ngày hội hiến máu tình nguyện")
    theme = "Ngày 20/11/2021, Hội tổ chức tọa đàm “Hội thảo và đối thoại trong thời đại số” cho hội viên."
    assert [(e.kind, e.theme) for e in events(pipeline, theme)] == [
        ("roundtable", "Hội thảo và đối thoại trong thời đại số")
    ]


def test_launching_a_drive_is_a_ceremony(pipeline: Pipeline) -> None:
    text = "Sáng 8-10, Hội Hữu nghị tỉnh tổ chức phát động quyên góp ủng hộ đồng bào bị lũ lụt."
    assert [(e.kind, str(e.date), e.time_of_day) for e in events(pipeline, text)] == [
        ("ceremony", "XXXX-10-08", "morning")
    ]


def test_a_headline_day_without_its_year_is_the_story_day_with_it(pipeline: Pipeline) -> None:
    text = (
        "Ngày 20/10: Đại hội Hội Hữu nghị Việt Nam - Lào tỉnh lần thứ hai\n"
        "Theo kế hoạch, Đại hội Hội Hữu nghị Việt Nam - Lào tỉnh lần thứ hai sẽ diễn ra vào ngày 20-10-2019."
    )
    assert [(e.kind, str(e.date)) for e in events(pipeline, text)] == [("congress", "2019-10-20")]


@pytest.mark.parametrize(
    ("place", "location", "country"),
    [
        ("tại thủ đô Viêng Chăn (Lào)", None, "LA"),
        ("tại thành phố Nha Trang", None, None),
        ("tại xã Vĩnh Thạnh", None, None),
        ("tại huyện Tri Phú", None, None),
        ("tại thị trấn Đông Khê, huyện Thạch An", None, None),
        ("tại phường Cầu Kho", None, None),
        ("tại thị xã Hà Tiên", None, None),
        ("tại quận Hải Châu", None, None),
        ("tại thôn Bình An", "thôn Bình An", None),
        ("tại Hội trường UBND xã Vĩnh Thạnh", "Hội trường UBND xã Vĩnh Thạnh", None),
        ("tại Nhà văn hóa thành phố Nha Trang", "Nhà văn hóa thành phố Nha Trang", None),
        ("tại Viêng Chăn", None, None),
        ("tại Lào", None, "LA"),
        ("tại Lào và Cam-pu-chia", None, None),
        ("tại Phủ Chủ tịch", "Phủ Chủ tịch", None),
        ("tại VUFO", "VUFO", None),
        ("tại cơ sở Đinh Tiên Hoàng", "cơ sở Đinh Tiên Hoàng", None),
    ],
)
def test_a_unit_of_administration_names_no_venue_but_a_hamlet_or_a_building_does(
    pipeline: Pipeline, place: str, location: str | None, country: str | None
) -> None:
    text = f"Sáng 14/9, {place}, Hội Hữu nghị Việt Nam - Lào tổ chức gặp mặt hội viên."
    assert [(e.location, e.country) for e in events(pipeline, text)] == [(location, country)]


def test_runs_of_spaces_and_a_space_before_a_comma_read_as_one_space(pipeline: Pipeline) -> None:
    text = (
        "Chiều 7/7, tại Trung tâm Hội nghị tỉnh, Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai phối hợp với "
        "Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác năm 2023."
    )
    messy = text.replace(" ", "  ").replace(",", " ,")
    expected = [(e.kind, str(e.date), e.location, e.province, e.organizers) for e in events(pipeline, text)]
    assert expected == [
        ("conference", "XXXX-07-07", "Trung tâm Hội nghị tỉnh", "Đồng Nai",
         ("Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai", "Sở Ngoại vụ")),
    ]  # fmt: skip
    got = [(e.kind, str(e.date), e.location, e.province, e.organizers) for e in events(pipeline, messy)]
    assert got == expected


@pytest.mark.parametrize(
    ("subject", "organisers"),
    [
        ("Cụm trưởng Cụm thi đua số 2, Hội Hữu nghị tỉnh Hòa Bình", ("Hội Hữu nghị tỉnh Hòa Bình",)),
        ("Hai bên", ()),
        ("Bà Đặng Thị Lụa, Chủ tịch Hội,", ()),
        ("xã Minh Tân", ()),
        ("Hội Hữu nghị Việt Nam - Ba Lan khóa III", ("Hội Hữu nghị Việt Nam - Ba Lan",)),
        ("Hội cũng", ("Hội",)),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Hòa Bình – đơn vị dẫn đầu Cụm thi đua –", (
            "Liên hiệp các tổ chức hữu nghị tỉnh Hòa Bình",
        )),
        ("Ủy ban Hòa bình Việt Nam và Hội đồng Hòa bình thế giới", (
            "Ủy ban Hòa bình Việt Nam", "Hội đồng Hòa bình thế giới",
        )),
        ("Ban Chấp hành lâm thời Hội Hữu nghị tỉnh", ("Ban Chấp hành lâm thời Hội Hữu nghị tỉnh",)),
    ],
)
def test_each_organiser_is_a_body_named_by_the_chunker(
    pipeline: Pipeline, subject: str, organisers: tuple[str, ...]
) -> None:
    text = f"Sáng 16/9, {subject} tổ chức Hội nghị tổng kết công tác năm."
    assert [e.organizers for e in events(pipeline, text)] == [organisers]


@pytest.mark.parametrize("verb", ["long trọng tổ chức", "đồng tổ chức", "đã tổ chức"])
def test_a_place_ending_in_dong_stays_in_the_organiser_name(pipeline: Pipeline, verb: str) -> None:
    text = f"Sáng 16/6, Hội hữu nghị Việt Nam - Pháp tỉnh Lâm Đồng {verb} Đại hội đại biểu lần thứ IV."
    assert [e.organizers for e in events(pipeline, text)] == [("Hội hữu nghị Việt Nam - Pháp tỉnh Lâm Đồng",)]


def test_a_body_named_again_shorter_or_with_other_dashes_is_one_organiser(pipeline: Pipeline) -> None:
    text = (
        "Hội Hữu nghị Việt Nam - Lào tổ chức gặp mặt hội viên. "
        "Sáng 2-12, tại Nhà văn hóa tỉnh, Hội Hữu nghị Việt Nam – Lào tỉnh ta đã tổ chức gặp mặt hội viên."
    )
    assert [e.organizers for e in events(pipeline, text)] == [("Hội Hữu nghị Việt Nam – Lào tỉnh ta",)]


def test_a_venue_whole_by_itself_ends_before_the_next_body_a_comma_left_out(pipeline: Pipeline) -> None:
    text = (
        "Chiều 14/10, tại Thành ủy Hội Cựu chiến binh thành phố Hải Phòng, Hội Hữu nghị Việt Nam - Lào thành phố "
        "đã tổ chức gặp mặt hội viên."
    )
    (event,) = events(pipeline, text)
    assert (event.location, event.organizers) == (
        "Thành ủy",
        ("Hội Cựu chiến binh thành phố Hải Phòng", "Hội Hữu nghị Việt Nam - Lào thành phố"),
    )
    whole = "Chiều 14/10, tại Tỉnh ủy Quảng Ninh, Hội Hữu nghị tỉnh đã tổ chức gặp mặt hội viên."
    assert [e.location for e in events(pipeline, whole)] == ["Tỉnh ủy Quảng Ninh"]


@pytest.mark.parametrize(
    ("text", "organisers"),
    [
        (
            "Quỹ Trẻ em Ba Lan (QTBL- Ba Lan) trao quà. Ngày 4/12 tới đây QTBL- Ba Lan tiếp tục tổ chức ngày hội.",
            ("QTBL- Ba Lan",),
        ),
        (
            "Chiều 3/5, Liên hiệp phối hợp với Viện nghiên cứu văn hóa và phát triển nhân dân Việt Nam tổ chức "
            "hội thảo.",
            ("Liên hiệp", "Viện nghiên cứu văn hóa và phát triển nhân dân Việt Nam"),
        ),
        (
            "Chiều 3/5, tại Thành ủy Hội Nông dân thành phố, Ban liên lạc (BLL) Thanh niên xung phong thành phố "
            "Hải Phòng tổ chức gặp mặt.",
            ("Hội Nông dân thành phố", "Ban liên lạc Thanh niên xung phong thành phố Hải Phòng"),
        ),
    ],
)
def test_organisers_end_where_the_chunker_ends_their_names(
    pipeline: Pipeline, text: str, organisers: tuple[str, ...]
) -> None:
    assert [e.organizers for e in events(pipeline, text) if e.date is not None][-1:] == [organisers]


def test_a_body_written_as_a_common_noun_organises(pipeline: Pipeline) -> None:
    text = "Ngày 5/9, nhà trường phối hợp với chính quyền địa phương xã Tân Phú tổ chức lễ khai giảng năm học mới."
    assert [e.organizers for e in events(pipeline, text)] == [("nhà trường", "chính quyền địa phương xã Tân Phú")]


@pytest.mark.parametrize(
    ("text", "organisers"),
    [
        (
            "Sáng 4/11, Ủy ban Hòa bình Việt Nam phối hợp với Hội đồng Hòa bình thế giới khai mạc Diễn đàn Hòa bình.",
            ("Ủy ban Hòa bình Việt Nam", "Hội đồng Hòa bình thế giới"),
        ),
        ("Ngày 2/10, Liên hiệp các tổ chức hữu nghị tỉnh Sơn La mở lớp tập huấn nghiệp vụ.", (
            "Liên hiệp các tổ chức hữu nghị tỉnh Sơn La",
        )),
        ("Sáng 2/10, Phó Chủ tịch UBND tỉnh Sơn La Lò Văn Tiến khai mạc hội nghị tổng kết.", ()),
    ],
)
def test_the_subject_of_a_verb_of_opening_or_hosting_organises(
    pipeline: Pipeline, text: str, organisers: tuple[str, ...]
) -> None:
    assert [e.organizers for e in events(pipeline, text)] == [organisers]


# ---------------------------------------------------------------- provenance


def rules(event: Event) -> list[tuple[str, str | None]]:
    return [(source.plugin, source.rule) for source in event.sources]


def test_a_dated_gathering_names_its_rule_and_a_later_naming_adds_none(pipeline: Pipeline) -> None:
    text = "Sáng 8/3, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội thảo về bình đẳng giới. Tại hội thảo, các đại biểu góp ý."
    [event] = events(pipeline, text, REFERENCE)
    assert len(event.mentions) == 2
    assert rules(event) == [("events", events_extractor.DATED_NOUN)]


def test_a_day_told_before_a_handing_over_and_a_signing_at_an_event_name_their_rules(pipeline: Pipeline) -> None:
    text = (
        "Sáng 14/5, đoàn hội đàm với lãnh đạo tỉnh bạn. Tại buổi hội đàm, hai bên đã ký kết Biên bản ghi nhớ. "
        "Chiều cùng ngày, đoàn dự lễ khánh thành cây cầu. Ngày 16/5, Hội trao 40 suất quà cho học sinh."
    )
    found = [(event.kind, str(event.date), rules(event)) for event in events(pipeline, text, REFERENCE)]
    assert found[1:] == [
        ("signing", "2024-05-14", [("events", events_extractor.ACT_AT_EVENT)]),
        ("ceremony", "2024-05-14", [("events", events_extractor.RELATIVE_DAY)]),
        ("ceremony", "2024-05-16", [("events", events_extractor.HANDOVER)]),
    ]


def test_an_event_found_by_two_rules_keeps_both_in_text_order(pipeline: Pipeline) -> None:
    text = "Ngày 16/5, Hội trao quà cho học sinh. Sáng 16/5, lễ trao quà diễn ra tại trường."
    [event] = find_events(pipeline.article(text, reference_date=REFERENCE))
    assert [(source.plugin, source.rule) for source in event.sources] == [
        ("", events_extractor.HANDOVER), ("", events_extractor.DATED_NOUN)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chiều 9/5, Hội Hữu nghị Việt Nam - Nhật Bản tỉnh Hà Nam gặp mặt đoàn sinh viên tỉnh Shiga.",
            ("Hội Hữu nghị Việt Nam - Nhật Bản tỉnh Hà Nam",),
        ),
        (
            "Sáng 9/5, Sở Ngoại vụ phối hợp với Hội Hữu nghị Việt Nam - Lào tỉnh Hà Nam tiếp và làm việc với "
            "đoàn công tác tỉnh Bò Kẹo.",
            ("Sở Ngoại vụ", "Hội Hữu nghị Việt Nam - Lào tỉnh Hà Nam"),
        ),
        (
            "Chiều 9/5, Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam có buổi làm việc với đoàn đại biểu tỉnh Bò Kẹo.",
            ("Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam",),
        ),
        (
            "Chiều 9/5, Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam đã tiếp đoàn đại biểu tỉnh Bò Kẹo.",
            ("Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam",),
        ),
        # its standing office acts for it
        (
            "Chiều 9/5, Thường trực Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam đã tiếp và làm việc với đoàn tỉnh Bò "
            "Kẹo.",
            ("Thường trực Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam",),
        ),
    ],
)
def test_a_body_that_receives_or_meets_a_delegation_hosts_the_meeting(
    pipeline: Pipeline, text: str, expected: tuple[str, ...]
) -> None:
    assert [e.organizers for e in events(pipeline, text, REFERENCE)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 9/5, đoàn đại biểu tỉnh Bò Kẹo làm việc với Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam.",
        "Chiều 9/5, Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam làm việc với Sở Ngoại vụ về kế hoạch năm.",
    ],
)
def test_a_meeting_with_no_guest_received_has_no_host_from_its_subject(pipeline: Pipeline, text: str) -> None:
    assert [e.organizers for e in events(pipeline, text, REFERENCE)] == [()]


def test_the_bodies_that_hand_over_a_gift_on_a_day_hold_the_ceremony(pipeline: Pipeline) -> None:
    text = (
        "Ngày 16/5, tại huyện Kim Bảng, Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam phối hợp với Hội Chữ thập đỏ "
        "tỉnh trao 50 suất học bổng cho học sinh nghèo."
    )
    assert [(e.kind, e.organizers) for e in events(pipeline, text, REFERENCE)] == [
        ("ceremony", ("Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam", "Hội Chữ thập đỏ tỉnh"))
    ]


def test_a_person_who_hands_over_a_gift_is_no_organiser(pipeline: Pipeline) -> None:
    text = "Ngày 16/5, ông Trần Văn Hải, Chủ tịch Hội, trao 50 suất học bổng cho học sinh nghèo."
    assert [e.organizers for e in events(pipeline, text, REFERENCE)] == [()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 12/4, Ban Chấp hành Hội hữu nghị tỉnh Hà Nam đã họp phiên thường kỳ lần thứ 3.",
            ("meeting", ("Ban Chấp hành Hội hữu nghị tỉnh Hà Nam",)),
        ),
        ("Sáng 12/4, ông Trần Văn Hải chủ trì cuộc họp giao ban.", ("meeting", ())),
        (
            "Chiều 9/8, Hội hữu nghị Việt Nam - Mông Cổ tỉnh Thái Nguyên ra mắt tại Hội trường tỉnh.",
            ("ceremony", ("Hội hữu nghị Việt Nam - Mông Cổ tỉnh Thái Nguyên",)),
        ),
        ("Chiều 9/8, tại lễ ra mắt, ông Trần Văn Hải phát biểu chúc mừng.", ("ceremony", ())),
    ],
)
def test_a_body_that_meets_or_launches_itself_holds_that_gathering(
    pipeline: Pipeline, text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert [(e.kind, e.organizers) for e in events(pipeline, text, REFERENCE)] == [expected]


@pytest.mark.parametrize(
    ("introduction", "expected"),
    [
        (
            "Phóng viên trao đổi với ông Đặng Văn Hòa, Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Hà Nam (HNL).",
            ("Hội hữu nghị Việt Nam - Lào tỉnh Hà Nam",),
        ),
        ("Phóng viên trao đổi với ông Đặng Văn Hòa về công tác năm qua.", ()),
    ],
)
def test_we_in_an_answer_to_an_interview_are_the_body_its_speaker_was_introduced_as_heading(
    pipeline: Pipeline, introduction: str, expected: tuple[str, ...]
) -> None:
    text = (
        f"{introduction}\n\nPV: Kế hoạch năm tới thế nào?\n\n"
        "Ông Đặng Văn Hòa: Chúng tôi sẽ tổ chức Hội nghị tổng kết vào ngày 5/12 tại Hội trường tỉnh."
    )
    assert [e.organizers for e in events(pipeline, text, REFERENCE)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sáng cùng ngày, đoàn dự lễ. Chiều  hôm sau 5 người đến, ngày hôm sau, ngày tiếp theo3 và Tối cùng ngày",
        "xcùng ngày, sángcùng ngày, hôm sau, NGÀY HÔM SAU\n tối\ncùng ngày",
    ],
)
def test_a_relative_day_is_found_in_a_stretch_as_a_search_of_the_stretch_alone_finds_it(text: str) -> None:
    article = Pipeline().article(text)
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            alone = events_extractor._RELATIVE_DAY.search(text[start:end]) is not None
            assert events_extractor._names_relative_day(article, start, end) == alone, (start, end)


def test_the_separators_of_a_long_subject_are_those_a_search_of_it_finds() -> None:
    words = ["Hội", "phối", "hợp", "với", "cùng", "kết", ",", "(", ")", "tổ", "chức"]
    text = " ".join(words[(i * 7) % len(words)] + ("  " if i % 13 == 0 else "") for i in range(3000))
    text += " " * 12 + "phối hợp  " + text  # a long run of white space: a stretch holding it is searched whole
    pattern = events_extractor._with_brackets(events_extractor._PARTNER)
    separators = events_extractor._Separators(text, pattern)
    for start in range(0, len(text), 97):
        for end in (start + 3000, start + 3001, start + 3005, len(text)):
            expected = [m.span() for m in pattern.finditer(text, start, end)]
            assert [m.span() for m in separators.within(start, end)] == expected, (start, end)
