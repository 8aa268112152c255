"""The body-name chunker: where the name of a body starts and ends."""

from __future__ import annotations

import pytest

from vnfriendship import Pipeline, hookimpl
from vnfriendship._bodies import bodies_in, body_at
from vnfriendship._gazetteer import GazetteerEntry


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def names(pipeline: Pipeline, text: str) -> list[str]:
    article = pipeline.article(text)
    return [span.text for span in bodies_in(article, 0, len(article.text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place it names belongs to it; the verb after it does not
        ("Hôm qua UBND tỉnh Hà Giang tổ chức hội nghị.", ["UBND tỉnh Hà Giang"]),
        (
            "Sáng nay, Liên hiệp các tổ chức hữu nghị tỉnh Lạng Sơn đón đoàn.",
            ["Liên hiệp các tổ chức hữu nghị tỉnh Lạng Sơn"],
        ),
        # a term after a body is no part of its name
        ("Bà B được bầu làm Chủ tịch Hội Hữu nghị Việt Nam - Mông Cổ khóa V.", ["Hội Hữu nghị Việt Nam - Mông Cổ"]),
        ("Ban Chấp hành nhiệm kỳ 2024 - 2029 ra mắt.", ["Ban Chấp hành"]),
        # a body, then the next person's name
        (
            "Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tú và Chủ tịch Hội Luật gia Phan Văn Minh dự.",
            ["Bộ Tư pháp", "Hội Luật gia"],
        ),
        # a list of people with one role each: every body stops before the next item
        (
            "Dự có ông Lê Văn A, Giám đốc Sở Ngoại vụ; bà Trần Thị B, Phó Chủ tịch Hội Nông dân tỉnh.",
            ["Sở Ngoại vụ", "Hội Nông dân tỉnh"],
        ),
        # an enumeration inside a name; lists of bodies stay apart
        (
            "Bộ Văn hóa, Thể thao và Du lịch, Sở Kế hoạch và Đầu tư phối hợp.",
            ["Bộ Văn hóa, Thể thao và Du lịch", "Sở Kế hoạch và Đầu tư"],
        ),
        # an address after a comma goes on naming the body
        ("Hội Phụ nữ xã Bình Minh, huyện Đông Sơn nhận quà.", ["Hội Phụ nữ xã Bình Minh, huyện Đông Sơn"]),
        # an acronym in brackets is kept
        ("Quỹ Hòa bình (PFV) trao học bổng.", ["Quỹ Hòa bình (PFV)"]),
        # the region a body serves, in lower case, inside its name
        ("Tổ chức Hỗ trợ y tế vùng cao Sakura trao quà.", ["Tổ chức Hỗ trợ y tế vùng cao Sakura"]),
        ("Hội Bảo trợ trẻ em miền núi tỉnh Lào Cai trao quà.", ["Hội Bảo trợ trẻ em miền núi tỉnh Lào Cai"]),
        # a gathering is no body; a school named after a person is one
        ("Hội nghị do Trường Nguyễn Du đăng cai.", ["Trường Nguyễn Du"]),
        # nor a head noun that makes a common word with the syllable after it
        ("Báo cáo của Sở Ngoại vụ nêu rõ.", ["Sở Ngoại vụ"]),
        ("Trường hợp này, Báo Lao Động đưa tin.", ["Báo Lao Động"]),
        # compounds with a capital first syllable, a number after a capital
        ("Sở Y tế và Cụm thi đua số 2 được khen.", ["Sở Y tế", "Cụm thi đua số 2"]),
        ("Đại sứ quán Việt Nam tại Nhật Bản tiếp đoàn.", ["Đại sứ quán Việt Nam tại Nhật Bản"]),
        # a mission's seat, a city the gazetteer may not know; "tại" after any other body leads nowhere unknown
        ("Tổng Lãnh sự quán Hàn Quốc tại Busan tiếp đoàn.", ["Tổng Lãnh sự quán Hàn Quốc tại Busan"]),
        ("Hội Hữu nghị tỉnh tại Busan tiếp đoàn.", ["Hội Hữu nghị tỉnh"]),
        # "vì" goes on with what a body stands for, after a place too; before any other word it ends the name
        ("Hội Phụ nữ vì hòa bình tỉnh Yên Bái họp.", ["Hội Phụ nữ vì hòa bình tỉnh Yên Bái"]),
        ("Hội Cựu chiến binh Úc vì hòa bình Việt Nam họp.", ["Hội Cựu chiến binh Úc vì hòa bình Việt Nam"]),
        ("Tỉnh cảm ơn Hội Chữ thập đỏ Úc vì sự giúp đỡ.", ["Hội Chữ thập đỏ Úc"]),
        ("Không có tổ chức nào ở đây.", []),
        # after a dash a word of names goes on ("Cán bộ"), a role ends the name
        ("Ban Tổ chức - Cán bộ Tỉnh ủy họp.", ["Ban Tổ chức - Cán bộ Tỉnh ủy"]),
        ("Ban Tổ chức - Thi đua khen thưởng Tỉnh ủy họp.", ["Ban Tổ chức - Thi đua khen thưởng Tỉnh ủy"]),
        ("Liên hiệp hữu nghị tỉnh Sơn La - Cụm trưởng Cụm thi đua số 3 báo cáo.",
         ["Liên hiệp hữu nghị tỉnh Sơn La", "Cụm", "Cụm thi đua số 3"]),
        # a number right after a compound ends the name; before a word in lower case it is a count
        ("Ông A, Phó Vụ trưởng Ban Địa bàn 3, dự.", ["Vụ", "Ban Địa bàn 3"]),
        ("Hội Nông dân 20 năm qua đã làm nhiều việc.", ["Hội Nông dân"]),
        # an English possessive stays inside a foreign name
        ("Quỹ Saigon Children's Charity trao quà.", ["Quỹ Saigon Children's Charity"]),
        # a border gate's name, written in lower case inside a post's
        ("Đồn Biên phòng cửa khẩu Cầu Treo tiếp đoàn.", ["Đồn Biên phòng cửa khẩu Cầu Treo"]),
    ],
)
def test_bodies_in(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert names(pipeline, text) == expected


def test_body_at_never_runs_past_limit(pipeline: Pipeline) -> None:
    text = "Ông C là Chủ tịch Ủy ban nhân dân tỉnh Cà Mau."
    article = pipeline.article(text)
    start = text.index("Ủy ban")
    assert body_at(article, start, len(text)).text == "Ủy ban nhân dân tỉnh Cà Mau"
    assert body_at(article, start, text.index(" tỉnh")).text == "Ủy ban nhân dân"
    assert body_at(article, text.index("Chủ tịch"), len(text)) is None  # no head noun there


def test_body_at_takes_a_lower_case_head_where_the_caller_says(pipeline: Pipeline) -> None:
    text = "Ông D, Trưởng ban Dân vận Huyện ủy, phát biểu."
    article = pipeline.article(text)
    assert body_at(article, text.index("ban"), len(text)).text == "ban Dân vận Huyện ủy"
    assert names(pipeline, text) == ["Huyện ủy"]  # not on its own: "ban" is also a common noun


def test_bracketed_acronym_is_left_out_of_value(pipeline: Pipeline) -> None:
    text = "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) chủ trì."
    (body,) = pipeline.article(text).spans("body")
    assert body.text == "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO)"
    assert body.value == "Liên hiệp các tổ chức hữu nghị Việt Nam"


def test_spans_body_lies_in_the_text(pipeline: Pipeline) -> None:
    text = "Hội Hữu nghị Việt - Lào tỉnh Sơn La và Ban Dân tộc tỉnh ký kết."
    article = pipeline.article(text)
    assert [(s.kind, text[s.start : s.end]) for s in article.spans("body")] == [
        ("body", "Hội Hữu nghị Việt - Lào tỉnh Sơn La"),
        ("body", "Ban Dân tộc tỉnh"),
    ]


def test_head_nouns_extend_through_the_gazetteer_hook() -> None:
    class Plugin:
        @hookimpl
        def vnfriendship_gazetteer_entries(self) -> list[GazetteerEntry]:
            return [GazetteerEntry("body_head", "Hợp tác xã", "Hợp tác xã")]

    text = "Hợp tác xã Tân Tiến nhận quà."
    assert names(Pipeline(), text) == []
    assert names(Pipeline(plugins=[Plugin()]), text) == ["Hợp tác xã Tân Tiến"]


@pytest.mark.parametrize("text", ["", ")))", "Hội", "Ban (", "Bộ " * 50, "Liên hiệp các tổ chức hữu nghị " * 200])
def test_bad_input_gives_spans_inside_the_text(pipeline: Pipeline, text: str) -> None:
    article = pipeline.article(text)
    for span in article.spans("body"):
        assert 0 <= span.start < span.end <= len(article.text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tổ chức Aide et Action (Pháp) trao quà.", "Tổ chức Aide et Action (Pháp)"),
        ("Quỹ Enfants du Mekong tài trợ học bổng.", "Quỹ Enfants du Mekong"),
    ],
)
def test_french_connectors_join_the_words_of_a_foreign_name(pipeline: Pipeline, text: str, name: str) -> None:
    assert [span.text for span in pipeline.article(text).spans("body")] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Khoa học và công nghệ tổ chức hội thảo.", ["Bộ Khoa học và công nghệ"]),
        ("Sở Kế hoạch và đầu tư tỉnh Nam Định cấp phép.", ["Sở Kế hoạch và đầu tư tỉnh Nam Định"]),
        # "và" before a word that is no field ends the name
        ("Sở Y tế và các sở ngành dự.", ["Sở Y tế"]),
        ("Hội Nông dân và thanh niên tham gia.", ["Hội Nông dân"]),
    ],
)
def test_va_joins_two_fields_of_one_name(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert names(pipeline, text) == expected


def test_a_term_numbered_lan_thu_is_no_part_of_the_name(pipeline: Pipeline) -> None:
    assert names(pipeline, "Hội hữu nghị Việt - Lào tỉnh Nam Định lần thứ II họp.") == [
        "Hội hữu nghị Việt - Lào tỉnh Nam Định"
    ]


def test_a_long_hyphenated_name_is_read_whole(pipeline: Pipeline) -> None:
    text = "Hội Xi" + "-ta" * 3000 + " họp."
    assert names(pipeline, text) == [text[: -len(" họp.")]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name written in lower case after its head goes on over "và" up to its place
        (
            "Ngày 3/5, Viện nghiên cứu văn hóa và phát triển nhân dân Việt Nam tổ chức hội thảo.",
            ["Viện nghiên cứu văn hóa và phát triển nhân dân Việt Nam"],
        ),
        ("Viện nghiên cứu quốc tế và các trường đại học dự.", ["Viện nghiên cứu quốc tế"]),
        ("Ông A cảm ơn Chính phủ và nhân dân Lào.", ["Chính phủ"]),
        ("UBND tỉnh và nhân dân tỉnh Hà Giang chào đón đoàn.", ["UBND tỉnh"]),
        # a provisional committee
        (
            "Ban Chấp hành lâm thời Hội Hữu nghị Việt Nam - Ba Lan tỉnh Hà Giang ra mắt.",
            ["Ban Chấp hành lâm thời Hội Hữu nghị Việt Nam - Ba Lan tỉnh Hà Giang"],
        ),
        # an acronym of the name so far in brackets, the name going on after it
        (
            "Ban liên lạc (BLL) Thanh niên xung phong tỉnh Hà Giang tổ chức gặp mặt.",
            ["Ban liên lạc (BLL) Thanh niên xung phong tỉnh Hà Giang"],
        ),
        ("Ban liên lạc (BLL) tổ chức gặp mặt.", ["Ban liên lạc (BLL)"]),
        ("Ban liên lạc (XYZ) Thanh niên xung phong dự.", ["Ban liên lạc (XYZ)"]),
        # a province written with its unit word ends the name before the verb
        (
            "Ngày 5/6, Hội Hữu nghị Việt Nam - Ba Lan tỉnh Hà Giang tổ chức Lễ kỷ niệm.",
            ["Hội Hữu nghị Việt Nam - Ba Lan tỉnh Hà Giang"],
        ),
        ("Hội Hữu nghị Việt Nam - Ba Lan tỉnh ta tổ chức gặp mặt.", ["Hội Hữu nghị Việt Nam - Ba Lan tỉnh ta"]),
        # a body whole by itself, then another body's head, a comma left out: two bodies
        (
            "Tại Tỉnh ủy Hội Cựu chiến binh tỉnh Hà Giang tổ chức gặp mặt.",
            ["Tỉnh ủy", "Hội Cựu chiến binh tỉnh Hà Giang"],
        ),
        ("Ban Tuyên giáo Tỉnh ủy Hà Giang họp.", ["Ban Tuyên giáo Tỉnh ủy Hà Giang"]),
        ("Thành ủy Hội An tiếp đoàn.", ["Thành ủy Hội An"]),
    ],
)
def test_the_boundaries_of_names_written_in_lower_case_or_run_together(
    pipeline: Pipeline, text: str, expected: list[str]
) -> None:
    assert names(pipeline, text) == expected


def test_an_acronym_the_article_defines_opens_a_body_where_it_stands_alone(pipeline: Pipeline) -> None:
    text = (
        "Tổ chức Quỹ Trẻ em Ba Lan (QTBL- Ba Lan) trao quà cho học sinh. "
        "Ngày 4/12 QTBL- Ba Lan tiếp tục trao học bổng; QTBL cũng tặng xe đạp."
    )
    article = pipeline.article(text)
    assert [span.text for span in bodies_in(article, 0, len(text))] == [
        "Tổ chức Quỹ Trẻ em Ba Lan (QTBL- Ba Lan)", "QTBL- Ba Lan", "QTBL",
    ]  # fmt: skip
    assert names(pipeline, "Ngày 4/12 QTBL- Ba Lan tiếp tục trao học bổng.") == []  # not defined here
    assert names(pipeline, "Đại hội (II) Hội Nông dân khai mạc. II dự.") == ["Hội Nông dân"]  # a numeral



def test_a_youth_union_and_the_short_name_of_a_friendship_union_are_bodies(pipeline: Pipeline) -> None:
    text = "Sáng 3/4, Thành đoàn Hải Phòng, Tỉnh đoàn Bò Kẹo và LHHN tỉnh Ninh Bình đã phối hợp trao quà."
    assert names(pipeline, text) == ["Thành đoàn Hải Phòng", "Tỉnh đoàn Bò Kẹo", "LHHN tỉnh Ninh Bình"]
