"""Tests of the people extractor: names with their cues, positions, merging, and what is no person."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support import ALL_PAGES, CORPUS_PAGES, body_article, needs_corpus
from vnfriendship import Pipeline
from vnfriendship._model import Person
from vnfriendship._plugins import BUILTIN_PLUGINS
from vnfriendship._text import normalize, words
from vnfriendship.extractors import people
from vnfriendship.extractors.people import find_people


def read(pipeline: Pipeline, text: str) -> list[Person]:
    """The people of ``text`` read as one article body, by the extractor alone."""
    article = body_article(text, pipeline.gazetteer)
    found = find_people(article)
    assert all(m.quotes(text) for person in found for m in person.mentions)
    return found


def positions(person: Person) -> list[str]:
    """Each position as the scorer reads it: title and organisation in one string."""
    return [" ".join(filter(None, (p.title, p.organization))) for p in person.positions]


def summary(found: list[Person]) -> dict[str, list[str]]:
    return {person.name: positions(person) for person in found}


# ---------------------------------------------------------------- names and positions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form of address, then the positions after a comma
        (
            "Chiều 12/3, ông Trần Đình Khoa, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam đã tiếp đoàn.",
            {"Trần Đình Khoa": ["Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam"]},
        ),
        # several positions; a province belongs to the organisation; the verb ends it
        (
            "Đồng chí Lê Minh Tâm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh "
            "Hưng Yên chủ trì hội nghị.",
            {
                "Lê Minh Tâm": [
                    "Phó Bí thư Thường trực Tỉnh ủy",
                    "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Hưng Yên",
                ]
            },
        ),
        # dash apposition closed by a dash before the verb
        (
            "Ông Phạm Quang Vinh - Chủ tịch Hội hữu nghị Việt Nam - Trung Quốc tỉnh Lạng Sơn - phát biểu khai mạc.",
            {"Phạm Quang Vinh": ["Chủ tịch Hội hữu nghị Việt Nam - Trung Quốc tỉnh Lạng Sơn"]},
        ),
        # positions in brackets, with a lead-in
        (
            "Bà Hoàng Thị Thu Hương (Chủ tịch Hội hữu nghị Việt Nam - Ấn Độ tỉnh Bình Dương) trao quà cho các em.",
            {"Hoàng Thị Thu Hương": ["Chủ tịch Hội hữu nghị Việt Nam - Ấn Độ tỉnh Bình Dương"]},
        ),
        (
            "Đoàn có ông Sơn Minh Tú (sau này là Chủ tịch Hội hữu nghị Việt Nam - Campuchia tỉnh Trà Vinh).",
            {"Sơn Minh Tú": ["Chủ tịch Hội hữu nghị Việt Nam - Campuchia tỉnh Trà Vinh"]},
        ),
        # the title before the name, with or without an organisation between
        (
            "Thủ tướng Phạm Minh Chính tiếp Đoàn đại biểu Hội đồng Hòa bình thế giới.",
            {"Phạm Minh Chính": ["Thủ tướng"]},
        ),
        (
            "Báo cáo tại hội nghị, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Đỗ Hồng Sơn cho biết năm qua "
            "có 40 đoàn vào.",
            {"Đỗ Hồng Sơn": ["Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam"]},
        ),
        (
            "Phó Chủ tịch UBND thành phố Đà Nẵng Hồ Kỳ Minh chúc mừng Đại hội.",
            {"Hồ Kỳ Minh": ["Phó Chủ tịch UBND thành phố Đà Nẵng"]},
        ),
        (
            "Theo Phó Chủ tịch thường trực Liên hiệp các tổ chức hữu nghị tỉnh Ninh Bình Đinh Văn Hòa, cần đổi mới.",
            {"Đinh Văn Hòa": ["Phó Chủ tịch thường trực Liên hiệp các tổ chức hữu nghị tỉnh Ninh Bình"]},
        ),
        # positions on both sides of the name
        (
            "Trưởng Ban Dân vận Trung ương, Chủ tịch Hội hữu nghị Việt Nam - Cuba Trần Thị Lan khẳng định tình "
            "đoàn kết đặc biệt.",
            {"Trần Thị Lan": ["Trưởng Ban Dân vận Trung ương", "Chủ tịch Hội hữu nghị Việt Nam - Cuba"]},
        ),
        (
            "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Hải Dương Vũ Văn Tiến, Cụm trưởng Cụm thi đua số 2 "
            "nhấn mạnh vai trò của đối ngoại nhân dân.",
            {"Vũ Văn Tiến": ["Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Hải Dương", "Cụm trưởng Cụm thi đua số 2"]},
        ),
        # "nguyên", "kiêm", and a body continued after a comma
        (
            "Tới dự có bà Nguyễn Thị Thanh Hòa, nguyên Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam.",
            {"Nguyễn Thị Thanh Hòa": ["nguyên Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam"]},
        ),
        (
            "Dự lễ có đồng chí Lê Văn Tùng, Phó Chủ tịch kiêm Tổng Thư ký Liên hiệp các tổ chức hữu nghị Việt Nam.",
            {"Lê Văn Tùng": ["Phó Chủ tịch kiêm Tổng Thư ký Liên hiệp các tổ chức hữu nghị Việt Nam"]},
        ),
        (
            "Có mặt ông Vũ Đức Minh, Phó Tổng Thư ký, Trưởng ban Ban Châu Mỹ, Liên hiệp các tổ chức hữu nghị Việt Nam.",
            {"Vũ Đức Minh": ["Phó Tổng Thư ký", "Trưởng ban Ban Châu Mỹ, Liên hiệp các tổ chức hữu nghị Việt Nam"]},
        ),
        (
            "Ông Nguyễn Hữu Phước, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch cho biết năm nay có nhiều hoạt động.",
            {"Nguyễn Hữu Phước": ["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"]},
        ),
        (
            "Đoàn có ông Vương Đình Huy, Phó Đại sứ Việt Nam tại Lào và đại diện các doanh nghiệp.",
            {"Vương Đình Huy": ["Phó Đại sứ Việt Nam tại Lào"]},
        ),
        # an address after a comma goes on naming the body; a place of the event does not
        (
            "Ông Nguyễn Văn Hợi – Chủ tịch Hội Nông dân xã Tân Lập, huyện Yên Lập, tỉnh Phú Thọ cho biết.",
            {"Nguyễn Văn Hợi": ["Chủ tịch Hội Nông dân xã Tân Lập, huyện Yên Lập, tỉnh Phú Thọ"]},
        ),
        (
            "Bà Lê Thị Thu, Phó Chủ tịch Ủy ban Đối ngoại của Quốc hội, tại Hà Nội, cho biết.",
            {"Lê Thị Thu": ["Phó Chủ tịch Ủy ban Đối ngoại của Quốc hội"]},
        ),
        (
            "Ông Nguyễn Văn Hưởng, Vụ trưởng Vụ Hợp tác quốc tế, Bộ Tư pháp cho biết.",
            {"Nguyễn Văn Hưởng": ["Vụ trưởng Vụ Hợp tác quốc tế, Bộ Tư pháp"]},
        ),
        (
            "Ông Lại Văn Hùng, Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh, Hội đã trao quà.",
            {"Lại Văn Hùng": ["Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh"]},
        ),
        # role verbs after the name
        (
            "Đại hội đã bầu ông Vũ Minh Tuấn làm Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Điện Biên nhiệm kỳ "
            "2024 - 2029.",
            {"Vũ Minh Tuấn": ["Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Điện Biên"]},
        ),
        (
            "Bà Lò Thị Xuân, Phó Chủ tịch UBND tỉnh tiếp tục được bầu giữ chức Chủ tịch Hội hữu nghị Việt Nam - "
            "Lào tỉnh Sơn La.",
            {"Lò Thị Xuân": ["Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Sơn La"]},
        ),
        (
            "Ông Đồng Văn Lập, Phó Trưởng Ban Dân vận Tỉnh ủy, được bầu giữ chức Chủ tịch Hội khóa IV.",
            {"Đồng Văn Lập": ["Phó Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội"]},
        ),
        (
            "Ông Tạ Quang Huy tái đắc cử Chủ tịch Hội hữu nghị Việt Nam - Nhật Bản tỉnh Bắc Ninh.",
            {"Tạ Quang Huy": ["Chủ tịch Hội hữu nghị Việt Nam - Nhật Bản tỉnh Bắc Ninh"]},
        ),
        (
            "Ban Chấp hành gồm 15 ủy viên do bà Trịnh Thu Trang, Giám đốc Sở Ngoại vụ tỉnh Bắc Ninh làm Chủ tịch.",
            {"Trịnh Thu Trang": ["Giám đốc Sở Ngoại vụ tỉnh Bắc Ninh", "Chủ tịch"]},
        ),
        # degrees and ranks are forms of address
        (
            "Theo TS. Đặng Văn Phúc, Viện trưởng Viện Nghiên cứu Đông Nam Á, hợp tác nhân dân là nền tảng.",
            {"Đặng Văn Phúc": ["Viện trưởng Viện Nghiên cứu Đông Nam Á"]},
        ),
        (
            "Dự lễ có Thượng tướng Hoàng Xuân Bình, Thứ trưởng Bộ Quốc phòng.",
            {"Hoàng Xuân Bình": ["Thứ trưởng Bộ Quốc phòng"]},
        ),
        # foreign names, as written
        (
            "Sự kiện có sự tham dự của bà Maria Elena Castillo - Tổng Lãnh sự Cộng hòa Cuba tại TP Hồ Chí Minh.",
            {"Maria Elena Castillo": ["Tổng Lãnh sự Cộng hòa Cuba tại TP Hồ Chí Minh"]},
        ),
        (
            "Phát biểu tại buổi gặp, Đại sứ Nga tại Việt Nam Gennady Petrovich đánh giá cao vai trò của Hội.",
            {"Gennady Petrovich": ["Đại sứ Nga tại Việt Nam"]},
        ),
        ("Tổng thống Brazil Luiz Inácio Lula nhấn mạnh hợp tác.", {"Luiz Inácio Lula": ["Tổng thống Brazil"]}),
        # names of the Tây Nguyên and Mông peoples
        (
            "Tham dự có các đồng chí: Ksor Hơ Bia-Phó Bí thư Tỉnh ủy; Giàng A Páo-Chủ tịch Hội Nông dân tỉnh.",
            {"Ksor Hơ Bia": ["Phó Bí thư Tỉnh ủy"], "Giàng A Páo": ["Chủ tịch Hội Nông dân tỉnh"]},
        ),
        # a person described, not titled
        (
            "Nhà văn Nguyễn Minh Châu và nhạc sĩ Phạm Văn Tuyên được mời dự.",
            {"Nguyễn Minh Châu": [], "Phạm Văn Tuyên": []},
        ),
        ("Năm 1973, lãnh tụ Cuba Fidel Castro đến thăm vùng giải phóng.", {"Fidel Castro": []}),
        # a royal may be named by one foreign word; "Vua Hùng" is no one's full name
        ("Đoàn có Hoàng thân Phetsarath và các đại biểu Lào.", {"Phetsarath": []}),
        ("Ngày Giỗ Tổ Vua Hùng được tổ chức trọng thể.", {}),
        # "Chủ tịch Hồ Chí Minh" is a person; the city is not
        ("Đoàn dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.", {"Hồ Chí Minh": ["Chủ tịch"]}),
        # titles in lower case count after the name, not elsewhere
        (
            "Theo ông Trần Văn Út - chủ tịch UBND xã Tân Phú, năm nay xã nhận 200 suất quà.",
            {"Trần Văn Út": ["chủ tịch UBND xã Tân Phú"]},
        ),
        ("Đại hội bầu ông Lê Văn Sáu làm chủ tịch Hội nhiệm kỳ mới.", {"Lê Văn Sáu": ["chủ tịch Hội"]}),
        # right after the name, a space apart, a word in lower case that names no body is a verb ("represent")
        ("Ông Lò Văn Tuân đại diện hai bên ký biên bản.", {"Lò Văn Tuân": []}),
        ("Ông Lò Văn Tuân đại diện Tổ chức Plan trao quà.", {"Lò Văn Tuân": ["đại diện Tổ chức Plan"]}),
        # titles, a comma, then the person
        (
            "Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh, ông Lưu Văn Sơn cho biết tỉnh luôn tạo điều kiện.",
            {"Lưu Văn Sơn": ["Chủ tịch UBND tỉnh"]},
        ),
        # "tỉnh" before a name: the province's committee, then its chairman
        (
            "Chủ tịch UBND tỉnh Lê Văn Sử và Bí thư Tỉnh ủy Đỗ Thanh Bình dự lễ.",
            {"Lê Văn Sử": ["Chủ tịch UBND tỉnh"], "Đỗ Thanh Bình": ["Bí thư Tỉnh ủy"]},
        ),
        # a foreign name after an international body, and in a name that holds "Anh"
        (
            "Tổng Thư ký Liên hợp quốc Alberto Moreira gửi thông điệp.",
            {"Alberto Moreira": ["Tổng Thư ký Liên hợp quốc"]},
        ),
        ("Ông Phan Anh Tuấn, Chủ tịch Hội phát biểu.", {"Phan Anh Tuấn": ["Chủ tịch Hội"]}),
        # a list after a plural form of address, joined by "và"
        (
            "Tham dự có các đồng chí Nguyễn Văn An và Trần Văn Bình cùng lãnh đạo các sở, ngành.",
            {"Nguyễn Văn An": [], "Trần Văn Bình": []},
        ),
        # honour titles and descriptions
        (
            "Đến dự có Anh hùng Lực lượng vũ trang nhân dân Nguyễn Văn Lý và em Lò Thị Hoa, học sinh lớp 9.",
            {"Nguyễn Văn Lý": [], "Lò Thị Hoa": []},
        ),
        ("Bà Mẹ Việt Nam Anh hùng Nguyễn Thị Thứ được thăm hỏi.", {"Nguyễn Thị Thứ": []}),
        # a title in lower case that a lower-case word follows, after another position, is a verb
        (
            "Bà Ana Ruiz, Chủ tịch Hội Văn hóa Chile - Việt Nam, đại diện hai bên ký văn bản.",
            {"Ana Ruiz": ["Chủ tịch Hội Văn hóa Chile - Việt Nam"]},
        ),
        (
            "Ông Lê Văn An, Giám đốc Sở Ngoại vụ, trưởng đoàn, phát biểu.",
            {"Lê Văn An": ["Giám đốc Sở Ngoại vụ", "trưởng đoàn"]},
        ),
        # a mission's seat after its country, a city the gazetteer may not know
        (
            "Dự có bà Hà Thu Trang, Tổng Lãnh sự Việt Nam tại Busan, và nhiều khách mời.",
            {"Hà Thu Trang": ["Tổng Lãnh sự Việt Nam tại Busan"]},
        ),
        (
            "Dự có Tổng Lãnh sự Việt Nam tại Busan Nguyễn Văn An.",
            {"Nguyễn Văn An": ["Tổng Lãnh sự Việt Nam tại Busan"]},
        ),
        # a title after a person's positions that stands before a name is the next person's
        (
            "Dự có bà Đỗ Thu Hà, Chủ tịch Hội hữu nghị Việt Nam - Pháp và Chủ tịch UBND tỉnh Lê Văn Quý.",
            {"Đỗ Thu Hà": ["Chủ tịch Hội hữu nghị Việt Nam - Pháp"], "Lê Văn Quý": ["Chủ tịch UBND tỉnh"]},
        ),
        (
            "Dự có bà Đỗ Thu Hà, Nghị sĩ, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Pháp và Đại sứ Việt Nam tại "
            "Pháp Đinh Văn Toàn.",
            {
                "Đỗ Thu Hà": ["Nghị sĩ", "Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Pháp"],
                "Đinh Văn Toàn": ["Đại sứ Việt Nam tại Pháp"],
            },
        ),
        (
            "Có mặt ông Hà Minh Đức, Chủ tịch Hội, Phó Chủ tịch UBND tỉnh Trần Văn Nam.",
            {"Hà Minh Đức": ["Chủ tịch Hội"], "Trần Văn Nam": ["Phó Chủ tịch UBND tỉnh"]},
        ),
        # but one person's positions go on past a title with no name after it
        (
            "Dự có bà Đỗ Thu Hà, Chủ tịch Hội hữu nghị Việt Nam - Pháp và Phó Chủ tịch UBND tỉnh, phát biểu.",
            {"Đỗ Thu Hà": ["Chủ tịch Hội hữu nghị Việt Nam - Pháp", "Phó Chủ tịch UBND tỉnh"]},
        ),
    ],
)
def test_reads_names_with_their_positions(pipeline: Pipeline, text: str, expected: dict[str, list[str]]) -> None:
    assert summary(read(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hyphenated given names are one word of the name; a body after the title is no person
        (
            "Dự lễ có ông Tạ Minh Khôi, Phó Chủ tịch UBND tỉnh; bà Han Ji-woo, Giám đốc Sunrise Hands tại Việt Nam.",
            {"Tạ Minh Khôi": ["Phó Chủ tịch UBND tỉnh"], "Han Ji-woo": ["Giám đốc Sunrise Hands tại Việt Nam"]},
        ),
        (
            "Ông Jean-Luc Moreau, Chủ tịch Hiệp hội Pháp - Việt Nam vùng Bretagne, phát biểu.",
            {"Jean-Luc Moreau": ["Chủ tịch Hiệp hội Pháp - Việt Nam vùng Bretagne"]},
        ),
        # particles inside a foreign name; a capital after the hyphen of a foreign name
        (
            "Bà Ana Lucía de la Fuente, Đại sứ Cuba tại Việt Nam, dự lễ.",
            {"Ana Lucía de la Fuente": ["Đại sứ Cuba tại Việt Nam"]},
        ),
        ("Chủ tịch Cuba Mario Pérez-Rivas Ortiz gửi điện mừng.", {"Mario Pérez-Rivas Ortiz": ["Chủ tịch Cuba"]}),
        # Lao names in Vietnamese transliteration; the Lao Front and Party keep their whole names
        (
            "Ông Bun-my Pha-nha-vông, Chủ tịch Mặt trận Lào xây dựng đất nước tỉnh Bò Kẹo, cảm ơn tỉnh.",
            {"Bun-my Pha-nha-vông": ["Chủ tịch Mặt trận Lào xây dựng đất nước tỉnh Bò Kẹo"]},
        ),
        (
            "Ông Chăn-thạ Vông-xả, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy tỉnh Bò Kẹo, "
            "dẫn đầu đoàn.",
            {"Chăn-thạ Vông-xả": ["Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào", "Bí thư Tỉnh ủy tỉnh Bò Kẹo"]},
        ),
        # a capital after the hyphen of two syllables is a dash in a body's name, not a name
        (
            "Ông Lê Văn Tâm, Chủ tịch Hội hữu nghị Việt-Lào tỉnh Nghệ An phát biểu.",
            {"Lê Văn Tâm": ["Chủ tịch Hội hữu nghị Việt-Lào tỉnh Nghệ An"]},
        ),
        # names of the Tây Nguyên peoples with "H'"
        ("“Các em rất vui”, chị Ksor H'Yâm, giáo viên ở Ia Băng, chia sẻ.", {"Ksor H'Yâm": []}),
        # "và" before a person with a position ends the body
        (
            "Chủ trì có các đồng chí Lê Văn Khiêm, Phó Chủ tịch UBND tỉnh và Đào Thị Mến, Chủ tịch Liên hiệp các "
            "tổ chức hữu nghị tỉnh.",
            {
                "Lê Văn Khiêm": ["Phó Chủ tịch UBND tỉnh"],
                "Đào Thị Mến": ["Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh"],
            },
        ),
        # an acronym in brackets between the titles and the name
        (
            "Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) Trần Thu Hằng tiếp đoàn.",
            {"Trần Thu Hằng": ["Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam"]},
        ),
        # an honour title after the name, then the positions; a number closes a body's name
        (
            "Ông Nguyễn Văn Kỳ, Anh hùng Lực lượng vũ trang nhân dân, nguyên Phó Tư lệnh Quân khu 4, phát biểu.",
            {"Nguyễn Văn Kỳ": ["nguyên Phó Tư lệnh Quân khu 4"]},
        ),
        # titles, a comma, then the person, after "và" or "là"
        (
            "Ban tổ chức trao bằng khen cho ông Vũ Văn Đạt và Chủ tịch danh dự của Hội, GS. Tsuda Makoto.",
            {"Vũ Văn Đạt": [], "Tsuda Makoto": ["Chủ tịch danh dự Hội"]},
        ),
        (
            "Với tư cách là Chủ tịch Hội hữu nghị Việt Nam - Ba Lan, bà Đỗ Thị Quyên đã trao quà.",
            {"Đỗ Thị Quyên": ["Chủ tịch Hội hữu nghị Việt Nam - Ba Lan"]},
        ),
        # foreign offices and members of parliament
        (
            "Đi cùng đoàn có nghị sĩ Mori Takeshi, Cố vấn của Liên minh Nghị sĩ hữu nghị Nhật - Việt.",
            {"Mori Takeshi": ["Cố vấn Liên minh Nghị sĩ hữu nghị Nhật - Việt"]},
        ),
        (
            "Bà Nadia Petrova - Phó Thống đốc vùng Kaluga (Liên bang Nga) - cảm ơn sự đón tiếp.",
            {"Nadia Petrova": ["Phó Thống đốc vùng Kaluga"]},
        ),
        ("Ông Sato Ken, Thị trưởng thành phố Kofu, thăm Hội An.", {"Sato Ken": ["Thị trưởng thành phố Kofu"]}),
        (
            "Phó Tổng Lãnh sự Cộng hòa Cuba tại TP Hồ Chí Minh Raúl Ortega Díaz dự lễ.",
            {"Raúl Ortega Díaz": ["Phó Tổng Lãnh sự Cộng hòa Cuba tại TP Hồ Chí Minh"]},
        ),
        (
            "Ông Keo Vuthy, Phó Tỉnh trưởng tỉnh Takeo, dẫn đầu đoàn.",
            {"Keo Vuthy": ["Phó Tỉnh trưởng tỉnh Takeo"]},
        ),
        (
            "Ông Hà Quốc Bảo, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc, phát biểu.",
            {"Hà Quốc Bảo": ["Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc"]},
        ),
        (
            "Bà Lương Thị Hoa, nguyên Hiệu trưởng Trường Đại học Sư phạm Huế, phát biểu.",
            {"Lương Thị Hoa": ["nguyên Hiệu trưởng Trường Đại học Sư phạm Huế"]},
        ),
        # a body's name capitalises only the first syllable of a compound; a proper name ends it
        (
            "Bà Vũ Thị Lan, Phó Chủ tịch Hội Làm vườn tỉnh trao quà.",
            {"Vũ Thị Lan": ["Phó Chủ tịch Hội Làm vườn tỉnh"]},
        ),
        (
            "Ông Hoàng Minh Đức, Tổng Biên tập Báo Tuổi trẻ phát biểu.",
            {"Hoàng Minh Đức": ["Tổng Biên tập Báo Tuổi trẻ"]},
        ),
        (
            "Ông Lê Văn Cường, Giám đốc Công ty Hưng Phát trao 50 suất quà.",
            {"Lê Văn Cường": ["Giám đốc Công ty Hưng Phát"]},
        ),
        (
            "Ông Lê Văn Bảy, Chủ tịch UBND thành phố Vinh phát biểu.",
            {"Lê Văn Bảy": ["Chủ tịch UBND thành phố Vinh"]},
        ),
        # a form of address that also means a brother takes a name no Vietnamese word spells
        (
            "Trao đổi với phóng viên, anh Khamla Sengdara, sinh viên năm thứ ba, cho biết.",
            {"Khamla Sengdara": []},
        ),
        (
            "Ông Hồ Văn Toản, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh, tiếp đoàn.",
            {"Hồ Văn Toản": ["Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"]},
        ),
        # a term of office belongs to the body
        (
            "Thay mặt Ban Chấp hành, bà Phùng Thị Lan, Chủ tịch Hội nhiệm kỳ 2019 - 2024, báo cáo kết quả.",
            {"Phùng Thị Lan": ["Chủ tịch Hội"]},
        ),
        # Khmer names in a list of vice-chairs: the role announcing the list is each one's
        (
            "Các Phó Chủ tịch gồm: Danh Sóc, Trưởng Ban Dân tộc tỉnh và Chau Văn Ràng, Phó Giám đốc Sở Giáo dục "
            "và Đào tạo.",
            {
                "Danh Sóc": ["Phó Chủ tịch", "Trưởng Ban Dân tộc tỉnh"],
                "Chau Văn Ràng": ["Phó Chủ tịch", "Phó Giám đốc Sở Giáo dục và Đào tạo"],
            },
        ),
    ],
)
def test_reads_foreign_and_unusual_names_with_their_positions(
    pipeline: Pipeline, text: str, expected: dict[str, list[str]]
) -> None:
    assert summary(read(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal ranks a title
        (
            "Đoàn do Thứ trưởng thứ nhất Bộ Ngoại giao Lào Khamsing Vongphachanh dẫn đầu.",
            {"Khamsing Vongphachanh": ["Thứ trưởng thứ nhất Bộ Ngoại giao Lào"]},
        ),
        (
            "Bà Ivana Horvat, Phó Chủ tịch thứ hai Hội Hữu nghị Croatia - Việt Nam, cùng dự.",
            {"Ivana Horvat": ["Phó Chủ tịch thứ hai Hội Hữu nghị Croatia - Việt Nam"]},
        ),
        # "toàn" before a country belongs to the body's name
        (
            "Bà Priya Raman, Tổng Thư ký Hội đồng Hòa bình và Đoàn kết toàn Ấn Độ, phát biểu.",
            {"Priya Raman": ["Tổng Thư ký Hội đồng Hòa bình và Đoàn kết toàn Ấn Độ"]},
        ),
        # English titles of foreign NGOs, and a possessive inside their names
        (
            "Ông Mark Ellison, Country Director của Habitat for Humanity Vietnam, cho biết dự án đã hoàn thành.",
            {"Mark Ellison": ["Country Director Habitat for Humanity Vietnam"]},
        ),
        (
            "Mr. Peter Walsh, Program Manager của Saigon Children's Charity, trao quà cho các em.",
            {"Peter Walsh": ["Program Manager Saigon Children's Charity"]},
        ),
        # the person's country, a place in the photo or a birth year in brackets before the positions
        (
            "Bà Marta Quiroga (Argentina), Chủ tịch Ủy ban Đoàn kết với Việt Nam, gửi thông điệp.",
            {"Marta Quiroga": ["Chủ tịch Ủy ban Đoàn kết với Việt Nam"]},
        ),
        (
            "Đồng chí Hà Văn Tường (thứ 2 từ trái sang), Phó Chủ tịch UBND tỉnh trao quà cho các hộ nghèo.",
            {"Hà Văn Tường": ["Phó Chủ tịch UBND tỉnh"]},
        ),
        (
            "Ông Lý Minh Khang (sinh năm 1948) - nguyên Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh kể lại.",
            {"Lý Minh Khang": ["nguyên Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh"]},
        ),
        ("Ông Somsak Inthavong (bìa phải) chụp ảnh cùng các em.", {"Somsak Inthavong": []}),
        # a foreign word before "Quốc gia" names a body, and the person follows its country
        (
            "Phó Chủ tịch Khural Quốc gia Mông Cổ Bat-Erdene Ganbold tiếp đoàn.",
            {"Bat-Erdene Ganbold": ["Phó Chủ tịch Khural Quốc gia Mông Cổ"]},
        ),
        # a region after "tại" goes on naming the body
        (
            "Ông Vũ Hoàng Giang, Trưởng Văn phòng đại diện Plan International tại miền Trung, cho biết.",
            {"Vũ Hoàng Giang": ["Trưởng Văn phòng đại diện Plan International tại miền Trung"]},
        ),
        # a foreign place of two words the gazetteer does not know, then the person
        (
            "Thị trưởng thành phố Nizhny Novgorod Oleg Belyaev chủ trì tiệc chiêu đãi.",
            {"Oleg Belyaev": ["Thị trưởng thành phố Nizhny Novgorod"]},
        ),
        # an academician, ranks of universities and of the civil service, a village's Party cell
        (
            "Chủ tịch Hội, Viện sĩ Pavel Grekov cho biết Hội đã tổ chức hơn 30 hoạt động.",
            {"Pavel Grekov": ["Chủ tịch Hội"]},
        ),
        (
            "TS. Lâm Thu Hà, Giảng viên Học viện Ngoại giao, nhận định hợp tác nhân dân là nền tảng.",
            {"Lâm Thu Hà": ["Giảng viên Học viện Ngoại giao"]},
        ),
        ("Bà Đinh Thị Mai (Bí thư Chi bộ thôn) đón đoàn.", {"Đinh Thị Mai": ["Bí thư Chi bộ thôn"]}),
        (
            "Ông Nikos Stavrou, Thư ký điều hành Hội đồng Hòa bình thế giới, dự lễ.",
            {"Nikos Stavrou": ["Thư ký điều hành Hội đồng Hòa bình thế giới"]},
        ),
        # a title in lower case after "và" is a common noun, not a second position
        (
            "Ông Tống Văn Bình, Trưởng phòng Hợp tác quốc tế và chuyên viên của phòng đã tiếp đoàn.",
            {"Tống Văn Bình": ["Trưởng phòng Hợp tác quốc tế"]},
        ),
        # foreign names after a weak form of address, a nationality, a veteran
        ("Anh Park Min-jun, sinh viên Hàn Quốc, cho biết đây là lần đầu anh đến Huế.", {"Park Min-jun": []}),
        ("Nhà báo người Pháp Claire Fontaine đã viết nhiều bài về Việt Nam.", {"Claire Fontaine": []}),
        ("Cựu binh Mỹ Gary Holcomb trở lại Quảng Trị.", {"Gary Holcomb": []}),
    ],
)
def test_reads_delegates_of_conferences_and_visits_abroad(
    pipeline: Pipeline, text: str, expected: dict[str, list[str]]
) -> None:
    assert summary(read(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the abbreviations of provincial papers
        (
            "Dự có đồng chí Mạc Văn Toàn, UVBTV Tỉnh uỷ, Trưởng Ban Tuyên giáo Tỉnh uỷ; ông Lưu Đức Phong, TUV, "
            "Giám đốc Sở Ngoại vụ; bà Đỗ Thị Nguyệt, PCT UBND huyện.",
            {
                "Mạc Văn Toàn": ["UVBTV Tỉnh uỷ", "Trưởng Ban Tuyên giáo Tỉnh uỷ"],
                "Lưu Đức Phong": ["TUV", "Giám đốc Sở Ngoại vụ"],
                "Đỗ Thị Nguyệt": ["PCT UBND huyện"],
            },
        ),
        # "Tp." closed by a dot inside a body's name
        (
            "Ông Tôn Thất Khải, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Tp. Đà Nẵng (DAFO) phát biểu.",
            {"Tôn Thất Khải": ["Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Tp. Đà Nẵng"]},
        ),
        # "Thành phố" is the city, not a street named after the person
        (
            "Sáng nay, Phó Chủ tịch UBND Thành phố Phan Quốc Thắng đã tiếp đoàn tại trụ sở.",
            {"Phan Quốc Thắng": ["Phó Chủ tịch UBND Thành phố"]},
        ),
        # lower-case words that bodies' names hold
        (
            "Bà Kim Thị Sóc, Hiệu trưởng nhà trường, và Thượng tọa Lâm Sơn, Phó Chủ tịch Hội Đoàn kết sư sãi "
            "yêu nước tỉnh, cùng dự.",
            {
                "Kim Thị Sóc": ["Hiệu trưởng nhà trường"],
                "Lâm Sơn": ["Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"],
            },
        ),
        (
            "Ông Đinh Văn Quế, Chủ tịch Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh, trao quà.",
            {"Đinh Văn Quế": ["Chủ tịch Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh"]},
        ),
        # a lower-case noun before a capitalised name opens the body's name
        (
            "Ông Julio Pérez Soto, Phó Tổng Biên tập báo Juventud Rebelde, trả lời phỏng vấn.",
            {"Julio Pérez Soto": ["Phó Tổng Biên tập báo Juventud Rebelde"]},
        ),
        # English words between the capitals of a foreign body's name
        (
            "Bà Laura Kent, Giám đốc quốc gia tổ chức Bread for the World tại Việt Nam, trao biển tượng trưng.",
            {"Laura Kent": ["Giám đốc quốc gia tổ chức Bread for the World tại Việt Nam"]},
        ),
        # an enumeration of several items inside a body's name
        (
            "Có mặt ông Mã Văn Lực, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng "
            "của Quốc hội.",
            {"Mã Văn Lực": ["Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"]},
        ),
        # a foreign place the gazetteer does not know stays with the title, the person follows it
        (
            "Tiếp đoàn có Phó Tỉnh trưởng tỉnh Takeo Chhay Rithy và Tỉnh trưởng tỉnh Xiengkhouang "
            "Xỉ-xổm-phon Phôm-vi-hản.",
            {
                "Chhay Rithy": ["Phó Tỉnh trưởng tỉnh Takeo"],
                "Xỉ-xổm-phon Phôm-vi-hản": ["Tỉnh trưởng tỉnh Xiengkhouang"],
            },
        ),
        ("Thống đốc tỉnh Nagano Ota Hideki tiếp đoàn.", {"Ota Hideki": ["Thống đốc tỉnh Nagano"]}),
        # a role verb after "được giao"
        (
            "Bà Quách Thị Yến, nguyên Giám đốc Sở Ngoại vụ, được giao giữ chức Chủ tịch Liên hiệp.",
            {"Quách Thị Yến": ["nguyên Giám đốc Sở Ngoại vụ", "Chủ tịch Liên hiệp"]},
        ),
        # "đại diện" after a name is the person's position; before a body it names the one who speaks for it
        (
            "Dự lễ có ông Trần Quốc An, đại diện Sở Ngoại vụ tỉnh Nghệ An; bà Mai Thị Hạnh, Giám đốc Sở Y tế.",
            {
                "Trần Quốc An": ["đại diện Sở Ngoại vụ tỉnh Nghệ An"],
                "Mai Thị Hạnh": ["Giám đốc Sở Y tế"],
            },
        ),
        (
            "Đại diện Hội hữu nghị Việt Nam - Lào tỉnh, ông Lê Văn Hòa cảm ơn các nhà tài trợ.",
            {"Lê Văn Hòa": ["Đại diện Hội hữu nghị Việt Nam - Lào tỉnh"]},
        ),
        # a body's name goes on past a country with its field ("về ...", "hữu nghị ...") or its parent ("thuộc ...")
        (
            "Đoàn làm việc với ông Pavel Kozlov, Phó Chủ tịch thứ nhất Hội Belarus về hữu nghị và quan hệ văn hóa "
            "với nước ngoài.",
            {"Pavel Kozlov": ["Phó Chủ tịch thứ nhất Hội Belarus về hữu nghị và quan hệ văn hóa với nước ngoài"]},
        ),
        (
            "Bà Mercedes Alonso Pérez, Phó Chủ tịch Viện Cuba hữu nghị với các dân tộc, thăm Hà Nội.",
            {"Mercedes Alonso Pérez": ["Phó Chủ tịch Viện Cuba hữu nghị với các dân tộc"]},
        ),
        (
            "Tiến sĩ Đoàn Minh Khoa, Viện trưởng Viện Nghiên cứu Đông Nam Á thuộc Viện Hàn lâm Khoa học xã hội "
            "Việt Nam, phát biểu.",
            {"Đoàn Minh Khoa": ["Viện trưởng Viện Nghiên cứu Đông Nam Á thuộc Viện Hàn lâm Khoa học xã hội Việt Nam"]},
        ),
        (
            "Ông Hà Văn Sơn, Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh về thăm trường.",
            {"Hà Văn Sơn": ["Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh"]},
        ),
        # "cán bộ" after a name is a position; inside a body's name it is a word of it
        (
            "Chị Kpă H'Yên, cán bộ Hội Liên hiệp Phụ nữ huyện Krông Pa, nhận quà; dự có ông Tô Hải, Vụ trưởng "
            "Vụ Tổ chức cán bộ, Bộ Ngoại giao.",
            {
                "Kpă H'Yên": ["cán bộ Hội Liên hiệp Phụ nữ huyện Krông Pa"],
                "Tô Hải": ["Vụ trưởng Vụ Tổ chức cán bộ, Bộ Ngoại giao"],
            },
        ),
        # the scope of a deputy's title
        (
            "Ông Hoàng Minh Tuấn, Phó Chủ tịch phụ trách Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang, chủ trì.",
            {"Hoàng Minh Tuấn": ["Phó Chủ tịch phụ trách Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang"]},
        ),
    ],
)
def test_reads_positions_as_provincial_papers_write_them(
    pipeline: Pipeline, text: str, expected: dict[str, list[str]]
) -> None:
    assert summary(read(pipeline, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Văn A, Chủ tịch Hội hữu nghị Việt Nam - Lào với các đại biểu đã dâng hương.",
        "Dự có ông Lê Văn A, Chủ tịch Hội hữu nghị Việt Nam - Lào, Hà Nội và Hải Phòng.",
    ],
)
def test_a_body_name_stops_before_what_is_not_part_of_it(pipeline: Pipeline, text: str) -> None:
    assert summary(read(pipeline, text)) == {"Lê Văn A": ["Chủ tịch Hội hữu nghị Việt Nam - Lào"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign place of two words, or a place and one word, is no person
        ("Phó Tỉnh trưởng tỉnh Svay Rieng phát biểu tại buổi tiếp.", {}),
        ("Tỉnh trưởng tỉnh Champasak Khamphao tiếp đoàn.", {}),
        # names after a body's name are no item of it
        (
            "Ông Vũ Đức Toàn, Chủ tịch Hội Nông dân, Hồ Văn Lâm và Lê Thị Thơ cùng dự.",
            {"Vũ Đức Toàn": ["Chủ tịch Hội Nông dân"]},
        ),
    ],
)
def test_no_person_is_read_into_a_place_or_a_body(
    pipeline: Pipeline, text: str, expected: dict[str, list[str]]
) -> None:
    assert summary(read(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự lễ có bà Anna Berg, người sáng lập, Chủ tịch Quỹ Từ thiện Berg và bà Lê Thị Mai, Chủ tịch UBND xã.",
            {"Anna Berg": ["người sáng lập", "Chủ tịch Quỹ Từ thiện Berg"], "Lê Thị Mai": ["Chủ tịch UBND xã"]},
        ),
        ("Ông John Smith là người sáng lập Quỹ Nhịp Cầu.", {"John Smith": ["người sáng lập Quỹ Nhịp Cầu"]}),
    ],
)
def test_who_founded_a_body_holds_a_position(pipeline: Pipeline, text: str, expected: dict[str, list[str]]) -> None:
    assert summary(read(pipeline, text)) == expected


def test_a_position_held_at_once_after_the_last_persons_own_is_theirs_alone(pipeline: Pipeline) -> None:
    text = (
        "Các Phó Chủ tịch Hội gồm: bà Trần Thị Hoa, Phó Giám đốc Sở Ngoại vụ; ông Lê Văn Bình, Hiệu trưởng Trường "
        "Đại học Vinh; ông Phạm Văn Cường, Giám đốc Công ty Sao Mai, kiêm Tổng Thư ký Hội."
    )
    assert summary(read(pipeline, text)) == {
        "Trần Thị Hoa": ["Phó Chủ tịch Hội", "Phó Giám đốc Sở Ngoại vụ"],
        "Lê Văn Bình": ["Phó Chủ tịch Hội", "Hiệu trưởng Trường Đại học Vinh"],
        "Phạm Văn Cường": ["Phó Chủ tịch Hội", "Giám đốc Công ty Sao Mai", "Tổng Thư ký Hội"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phát biểu tại lễ, Phó Chủ tịch UBND huyện Trần Văn Nam cảm ơn Quỹ.",
            {"Trần Văn Nam": ["Phó Chủ tịch UBND huyện"]},
        ),
        # a ward may bear a person's name: the name after it is the person's
        (
            "Chủ tịch UBND phường Nguyễn Thái Bình Lê Văn Hòa phát biểu.",
            {"Lê Văn Hòa": ["Chủ tịch UBND phường Nguyễn Thái Bình"]},
        ),
        # a district of two syllables the gazetteer does not know, then a name of three
        (
            "Phó Chủ tịch UBND huyện Bảo Lạc Triệu Văn Thắng cảm ơn Quỹ.",
            {"Triệu Văn Thắng": ["Phó Chủ tịch UBND huyện Bảo Lạc"]},
        ),
        ("Chủ tịch UBND xã Tân Lạc Nông Văn Hùng phát biểu.", {"Nông Văn Hùng": ["Chủ tịch UBND xã Tân Lạc"]}),
        # (a name of four words after a known province stays whole)
        ("Phó Chủ tịch UBND tỉnh Nguyễn Thị Thanh Hà phát biểu.", {"Nguyễn Thị Thanh Hà": ["Phó Chủ tịch UBND tỉnh"]}),
    ],
)
def test_a_full_name_after_a_district_of_the_page_is_the_persons(
    pipeline: Pipeline, text: str, expected: dict[str, list[str]]
) -> None:
    assert summary(read(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Bạch Văn Tùng, doanh nhân tại Praha, được bầu làm Chủ tịch Hội; bà Giáp Thị Lan, giáo viên tiếng "
            "Việt, được bầu làm Phó Chủ tịch Hội.",
            {"Bạch Văn Tùng": ["Chủ tịch Hội"], "Giáp Thị Lan": ["Phó Chủ tịch Hội"]},
        ),
        # who elects, in the passive, between "được" and the verb
        (
            "Ông Trần Văn Khải được các thành viên tín nhiệm bầu làm Chủ nhiệm Câu lạc bộ.",
            {"Trần Văn Khải": ["Chủ nhiệm Câu lạc bộ"]},
        ),
        ("Bà Lê Thị Hoa được các đại biểu bầu giữ chức Chủ tịch Hội.", {"Lê Thị Hoa": ["Chủ tịch Hội"]}),
        # a description with no role verb after it gives no position
        ("Ông Bạch Văn Tùng, doanh nhân tại Praha, phát biểu tại buổi lễ.", {"Bạch Văn Tùng": []}),
    ],
)
def test_a_role_verb_after_a_description_or_an_agent_holds_for_the_name(
    pipeline: Pipeline, text: str, expected: dict[str, list[str]]
) -> None:
    assert summary(read(pipeline, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Các ông, bà: Ngô Thị Huệ, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh; Kang Min-jae, Chủ tịch Hội "
        "doanh nghiệp Hàn Quốc tại tỉnh được bầu làm Phó Chủ tịch Hội.",
        "Các ông: Ngô Thị Huệ và Kang Min-jae được bầu làm Phó Chủ tịch Hội.",
    ],
)
def test_a_role_verb_after_a_list_holds_for_every_name_of_it(pipeline: Pipeline, text: str) -> None:
    found = summary(read(pipeline, text))
    assert list(found) == ["Ngô Thị Huệ", "Kang Min-jae"]
    assert all("Phó Chủ tịch Hội" in held for held in found.values())


def test_a_role_verb_holds_for_the_names_before_it_not_for_those_that_have_one(pipeline: Pipeline) -> None:
    text = (
        "Đại hội bầu các ông, bà: Hà Văn Lực, Mai Thị Sen được bầu làm Phó Chủ tịch Hội; bà Đinh Thị Tươi được bầu "
        "làm Tổng Thư ký Hội."
    )
    assert summary(read(pipeline, text)) == {
        "Hà Văn Lực": ["Phó Chủ tịch Hội"],
        "Mai Thị Sen": ["Phó Chủ tịch Hội"],
        "Đinh Thị Tươi": ["Tổng Thư ký Hội"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tân" (newly elected) says when the title was taken, not what it is; "nguyên" (former) stays
        ("Tân Chủ tịch Hội Đào Văn Khiêm phát biểu nhận nhiệm vụ.", ["Chủ tịch Hội"]),
        ("Ông Đào Văn Khiêm, nguyên Chủ tịch Hội, dự.", ["nguyên Chủ tịch Hội"]),
    ],
)
def test_a_passing_modifier_is_no_part_of_the_title(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert summary(read(pipeline, text)) == {"Đào Văn Khiêm": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Ông Vi Văn Tám, Giám đốc Sở Ngoại vụ và ông Tòng Văn Pọm được bầu làm Phó Chủ tịch Hội.",
        "Ông Vi Văn Tám, Giám đốc Sở Ngoại vụ, và ông Tòng Văn Pọm được bầu làm Phó Chủ tịch Hội.",
    ],
)
def test_a_role_verb_after_names_joined_one_to_the_next_holds_for_each(pipeline: Pipeline, text: str) -> None:
    assert summary(read(pipeline, text)) == {
        "Vi Văn Tám": ["Giám đốc Sở Ngoại vụ", "Phó Chủ tịch Hội"],
        "Tòng Văn Pọm": ["Phó Chủ tịch Hội"],
    }


def test_a_role_verb_holds_for_every_name_joined_by_commas_and_va(pipeline: Pipeline) -> None:
    text = "Bà Lò Thị Hoa, ông Hà Văn Bình và bà Lục Thị Duyên được bầu làm Ủy viên Ban Thường vụ Hội."
    assert all(held == ["Ủy viên Ban Thường vụ Hội"] for held in summary(read(pipeline, text)).values())


def test_a_role_verb_holds_only_for_its_own_name_where_a_clause_stands_between(pipeline: Pipeline) -> None:
    text = "Ông Vi Văn Tám phát biểu và ông Tòng Văn Pọm được bầu làm Chủ tịch Hội."
    assert summary(read(pipeline, text)) == {"Vi Văn Tám": [], "Tòng Văn Pọm": ["Chủ tịch Hội"]}


def test_reads_a_list_of_attendees_separated_by_semicolons(pipeline: Pipeline) -> None:
    text = (
        "Tham dự hội nghị có các đồng chí: Lê Thị Hạnh, Phó Bí thư Thường trực Tỉnh ủy; Đinh Công Sơn, Chủ tịch "
        "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh; Mai Văn Lực, Giám đốc Sở Ngoại vụ và đại diện các sở, ngành."
    )
    assert summary(read(pipeline, text)) == {
        "Lê Thị Hạnh": ["Phó Bí thư Thường trực Tỉnh ủy"],
        "Đinh Công Sơn": ["Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh"],
        "Mai Văn Lực": ["Giám đốc Sở Ngoại vụ"],
    }


@pytest.mark.parametrize(
    "text",
    [
        "Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Hoàng Văn Khải, Trịnh Thị Lụa.",
        "Các Phó Chủ tịch UBND tỉnh Hoàng Văn Khải và Trịnh Thị Lụa cùng dự.",
    ],
)
def test_titles_in_the_plural_hold_for_every_name_of_their_list(pipeline: Pipeline, text: str) -> None:
    assert summary(read(pipeline, text)) == {
        "Hoàng Văn Khải": ["Phó Chủ tịch UBND tỉnh"],
        "Trịnh Thị Lụa": ["Phó Chủ tịch UBND tỉnh"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự có các đồng chí: Hà Văn Lợi, Bùi Thị Nụ, Phó Chủ tịch UBND tỉnh; Lý Văn Sang, Giám đốc Sở Ngoại vụ.",
            {"Hà Văn Lợi": ["Phó Chủ tịch UBND tỉnh"], "Bùi Thị Nụ": ["Phó Chủ tịch UBND tỉnh"],
             "Lý Văn Sang": ["Giám đốc Sở Ngoại vụ"]},
        ),
        (
            "Dự có các đồng chí: Lý Văn Sang, Giám đốc Sở Ngoại vụ; Hà Văn Lợi, Bùi Thị Nụ, Phó Chủ tịch UBND tỉnh "
            "và đại diện các sở.",
            {"Lý Văn Sang": ["Giám đốc Sở Ngoại vụ"], "Hà Văn Lợi": ["Phó Chủ tịch UBND tỉnh"],
             "Bùi Thị Nụ": ["Phó Chủ tịch UBND tỉnh"]},
        ),
        # without semicolons, a list opened in the plural whose one position closes it: every name shares it
        (
            "Dự có các đồng chí: Hà Văn Lợi, Bùi Thị Nụ, Phó Chủ tịch UBND tỉnh.",
            {"Hà Văn Lợi": ["Phó Chủ tịch UBND tỉnh"], "Bùi Thị Nụ": ["Phó Chủ tịch UBND tỉnh"]},
        ),
        (
            "Cùng dự có các bà Đỗ Thị Mai, Vi Thị Lan và Hứa Thị Bình, Phó Chủ tịch Hội Phụ nữ tỉnh.",
            {name: ["Phó Chủ tịch Hội Phụ nữ tỉnh"] for name in ("Đỗ Thị Mai", "Vi Thị Lan", "Hứa Thị Bình")},
        ),
        # (also where a comma before words in lower case closes the list)
        (
            "Dự có các ông Hà Văn Lợi, Bùi Văn Nụ, Phó Chủ tịch UBND tỉnh, cùng lãnh đạo các sở, ngành.",
            {"Hà Văn Lợi": ["Phó Chủ tịch UBND tỉnh"], "Bùi Văn Nụ": ["Phó Chủ tịch UBND tỉnh"]},
        ),
        # ... but not where the list goes on after that position, nor after one form of address in the singular
        (
            "Dự có các ông Hà Văn Lợi, Bùi Văn Nụ, Phó Chủ tịch UBND tỉnh và Lý Văn Sang, Giám đốc Sở Ngoại vụ.",
            {"Hà Văn Lợi": [], "Bùi Văn Nụ": ["Phó Chủ tịch UBND tỉnh"], "Lý Văn Sang": ["Giám đốc Sở Ngoại vụ"]},
        ),
        (
            "Dự có ông Hà Văn Lợi, Bùi Văn Nụ, Phó Chủ tịch UBND tỉnh.",
            {"Hà Văn Lợi": [], "Bùi Văn Nụ": ["Phó Chủ tịch UBND tỉnh"]},
        ),
        (
            "Dự có các ông Hà Văn Lợi, Bùi Văn Nụ, Phó Chủ tịch UBND tỉnh, ông Lý Văn Sang, Giám đốc Sở Ngoại vụ.",
            {"Hà Văn Lợi": [], "Bùi Văn Nụ": ["Phó Chủ tịch UBND tỉnh"], "Lý Văn Sang": ["Giám đốc Sở Ngoại vụ"]},
        ),
    ],
)
def test_names_of_one_item_of_a_list_share_the_position_after_them(
    pipeline: Pipeline, text: str, expected: dict[str, list[str]]
) -> None:
    assert summary(read(pipeline, text)) == expected


def test_a_list_of_people_is_read_after_a_word_for_a_body_and_a_form_of_address(pipeline: Pipeline) -> None:
    found = read(pipeline, "Ban tổ chức gồm các đồng chí: Lê Văn Hòa, Phó Chủ tịch UBND tỉnh; Trần Thị Lan.")
    assert [p.name for p in found] == ["Lê Văn Hòa", "Trần Thị Lan"]


def test_a_list_goes_on_past_a_name_that_opens_like_a_body(pipeline: Pipeline) -> None:
    found = read(pipeline, "Nhiều nhân sĩ tham gia Đoàn Chủ tịch như: Lê Văn Hưu, Trường Minh, Phạm Tuấn Anh.")
    assert [p.name for p in found] == ["Lê Văn Hưu", "Trường Minh", "Phạm Tuấn Anh"]


def test_reads_a_list_of_bare_names_after_a_colon(pipeline: Pipeline) -> None:
    text = "Đoàn Chủ tịch Đại hội gồm các nhân sĩ như: Phan Văn Khải, Lê Khả Phiêu và Nguyễn Thị Định."
    assert [p.name for p in read(pipeline, text)] == ["Phan Văn Khải", "Lê Khả Phiêu", "Nguyễn Thị Định"]


@pytest.mark.parametrize(
    ("text", "honorific"),
    [
        ("Ông Trần Văn Hải, Chủ tịch Hội phát biểu.", "ông"),
        ("Bà Lê Thị Hoa, Chủ tịch Hội phát biểu.", "bà"),
        ("Đồng chí Bùi Văn Nam, Chủ tịch Hội phát biểu.", "đồng chí"),
        ("Chủ trì có đ/c Kim Ngọc Hải, Chủ tịch Hội.", "đồng chí"),
        ("PGS.TS. Ngô Văn Giá, Chủ tịch Hội phát biểu.", "PGS.TS."),
        ("Thay mặt tỉnh, đồng chí Bí thư Tỉnh ủy Nguyễn Văn Quân phát biểu.", "đồng chí"),
        ("Thủ tướng Phạm Minh Chính phát biểu.", None),
        ("Samdech Chea Vannak, Chủ tịch danh dự Hội hữu nghị Campuchia - Việt Nam, gửi thư.", "Samdech"),
        ("Mr. Peter Walsh, Program Manager của tổ chức, trao quà.", "Mr."),
        ("Chủ tịch Hội, Viện sĩ Pavel Grekov phát biểu.", "Viện sĩ"),
        # a physician's degree and honour
        ("Phát biểu, BSCKI. Hà Văn Lâm, Giám đốc Bệnh viện cảm ơn.", "BSCKI."),
        ("Dự lễ có Thầy thuốc Ưu tú Hà Văn Lâm, Giám đốc Bệnh viện.", "TTƯT"),
        # the clergy
        ("Dịp này, Thượng tọa Thích Minh Đạo, trụ trì chùa Phước Long, trao quà.", "Thượng tọa"),
        ("Linh mục Hoàng Văn Tiến, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, phát biểu.", "Linh mục"),
    ],
)
def test_keeps_the_form_of_address(pipeline: Pipeline, text: str, honorific: str | None) -> None:
    assert [p.honorific for p in read(pipeline, text)] == [honorific]


def test_title_and_organization_are_split_at_the_longest_known_title(pipeline: Pipeline) -> None:
    [person] = read(pipeline, "Đồng chí Trần Văn Lâm, Trưởng Ban Dân vận Trung ương phát biểu.")
    assert [(p.title, p.organization) for p in person.positions] == [("Trưởng", "Ban Dân vận Trung ương")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body keeps its head noun, and the place word after it
        ("Ông Lò Văn Páo, Phó Chủ tịch UBND tỉnh, dự lễ.", [("Phó Chủ tịch", "UBND tỉnh")]),
        ("Bà Hà Thị Nga, Phó Bí thư Thường trực Thành ủy, phát biểu.", [("Phó Bí thư Thường trực", "Thành ủy")]),
        (
            "Ông Vũ Đức Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy, phát biểu.",
            [("Ủy viên", "Ban Thường vụ Tỉnh ủy"), ("Trưởng", "ban Tuyên giáo Tỉnh ủy")],
        ),
        ("Ông Đinh Công Sơn, Ủy viên Bộ Chính trị, dự.", [("Ủy viên", "Bộ Chính trị")]),
        # "Trưởng ban Ban ...": the title is "Trưởng ban"; "Trưởng đoàn" alone names no body
        ("Ông Lê Minh Tâm, Trưởng ban Ban Đối ngoại, dự.", [("Trưởng ban", "Ban Đối ngoại")]),
        ("Bà Kim Jae-won, Trưởng đoàn, phát biểu.", [("Trưởng đoàn", None)]),
        # the term is no part of the body; a country after the title is no body
        (
            "Ông Cao Văn Tú được bầu làm Chủ tịch Hội Hữu nghị Việt Nam - Ba Lan khóa VI.",
            [("Chủ tịch", "Hội Hữu nghị Việt Nam - Ba Lan")],
        ),
        ("Bà Trịnh Thu Hà, Phó Đại sứ Việt Nam tại Ba Lan, dự.", [("Phó Đại sứ Việt Nam tại Ba Lan", None)]),
        # (the country after "nước" too)
        (
            "Ông Jorge Ruiz, Tổng Lãnh sự nước Cộng hòa Cuba tại Thành phố Hồ Chí Minh, dự.",
            [("Tổng Lãnh sự nước Cộng hòa Cuba tại Thành phố Hồ Chí Minh", None)],
        ),
        # a unit, a comma, then the body it belongs to
        ("Ông Đào Văn Hưng, Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao, dự.", [("Vụ trưởng", "Vụ Châu Âu, Bộ Ngoại giao")]),
        # the head noun written again after a title that goes on past it: the first is the title's
        (
            "Ông Tạ Văn Khải, Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy, dự.",
            [("Phó Trưởng ban Thường trực", "Ban Tuyên giáo Tỉnh ủy")],
        ),
        ("Ông Tạ Văn Khải, Trưởng Ban Dân vận Huyện ủy, dự.", [("Trưởng", "Ban Dân vận Huyện ủy")]),
        # titles with a word that names no body: a defence attaché, a project's coordinator
        ("Đại tá Igor Smirnov, Tùy viên Quốc phòng Đại sứ quán Nga, dự.", [("Tùy viên Quốc phòng", "Đại sứ quán Nga")]),
        ("Bà Yamada Aiko, Điều phối viên dự án, trao quà.", [("Điều phối viên dự án", None)]),
        # "đoàn" in lower case makes another noun of a title ("Trưởng đoàn"); "Đoàn" with its capital is a body
        ("Ông Lò Văn Pản, Trưởng đoàn, phát biểu.", [("Trưởng đoàn", None)]),
        (
            "Ông Lò Văn Pản, Phó Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sơn La, dự.",
            [("Phó Bí thư", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sơn La")],
        ),
        # the border guard and its posts; a unit whose name holds a word in lower case, then its body
        ("Đại tá Lò Văn Pản, Chỉ huy trưởng Bộ đội Biên phòng tỉnh.", [("Chỉ huy trưởng", "Bộ đội Biên phòng tỉnh")]),
        ("Thiếu tá Lò Văn Pản, Đồn trưởng Đồn Biên phòng Ia Lốp, dự.", [("Đồn trưởng", "Đồn Biên phòng Ia Lốp")]),
        (
            "Ông Lò Văn Pản, Phó Trưởng Ban Công tác địa phương, Liên hiệp các tổ chức hữu nghị Việt Nam, dự.",
            [("Phó Trưởng", "Ban Công tác địa phương, Liên hiệp các tổ chức hữu nghị Việt Nam")],
        ),
        # (before the name too: "Thanh niên" runs on in lower case, so "Đoàn Thanh" is no person's name)
        ("Phó Bí thư Đoàn Thanh niên Lò Văn Pản phát biểu.", [("Phó Bí thư", "Đoàn Thanh niên")]),
        # words before the body's head noun qualify the title
        ("Bà Ruth Cole, Tham tán Chính trị Đại sứ quán Canada, dự.", [("Tham tán Chính trị", "Đại sứ quán Canada")]),
        (
            "Ông Sean Doyle, Tham tán Hợp tác phát triển Đại sứ quán Ireland, dự.",
            [("Tham tán Hợp tác phát triển", "Đại sứ quán Ireland")],
        ),
        # "của" before a head noun in lower case and a name opens the body, without "của"
        (
            "Ông Paul Martin, Giám đốc quốc gia của tổ chức Oxfam Novib, dự.",
            [("Giám đốc quốc gia", "tổ chức Oxfam Novib")],
        ),
        ("Ông Mark Ellis, Điều phối viên quốc gia RiverAid tại Việt Nam, dự.",
         [("Điều phối viên quốc gia", "RiverAid tại Việt Nam")]),
        # the offices of a religious body
        ("Thượng tọa Thích Nhuận Hải, Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự tỉnh, dự.",
         [("Phó Trưởng ban kiêm Chánh Thư ký", "Ban Trị sự tỉnh")]),
        # "đồng thời (là)" between roles gives a second position, as "kiêm" does; before a verb, none
        (
            "Bà Lại Thị Hằng, Giám đốc Sở Ngoại vụ, đồng thời là Phó Chủ tịch Liên hiệp tỉnh, phát biểu.",
            [("Giám đốc", "Sở Ngoại vụ"), ("Phó Chủ tịch", "Liên hiệp tỉnh")],
        ),
        (
            "Bà Lại Thị Hằng, Giám đốc Sở Ngoại vụ đồng thời Ủy viên Ban Chấp hành Hội Nông dân tỉnh, dự.",
            [("Giám đốc", "Sở Ngoại vụ"), ("Ủy viên", "Ban Chấp hành Hội Nông dân tỉnh")],
        ),
        ("Bà Lại Thị Hằng, Giám đốc Sở Ngoại vụ, đồng thời cảm ơn Hội Nông dân tỉnh.", [("Giám đốc", "Sở Ngoại vụ")]),
        # "kiêm" after a title listed with its body ("Phó Giám đốc Sở Ngoại vụ") gives a second position; between bare
        # titles, one
        (
            "Ông Hà Minh Quân, Phó Giám đốc Sở Ngoại vụ kiêm Phó Chủ tịch Hội Luật gia tỉnh, dự.",
            [("Phó Giám đốc", "Sở Ngoại vụ"), ("Phó Chủ tịch", "Hội Luật gia tỉnh")],
        ),
        (
            "Ông Hà Minh Quân, Phó Chủ tịch kiêm Tổng Thư ký Hội Luật gia tỉnh, dự.",
            [("Phó Chủ tịch kiêm Tổng Thư ký", "Hội Luật gia tỉnh")],
        ),
        # a word of names after a dash, and a number ending a compound, stay in the body
        (
            "Ông Vi Văn Thắm, Phó Trưởng Ban Tổ chức - Cán bộ, Liên hiệp các tổ chức hữu nghị Việt Nam, dự.",
            [("Phó Trưởng", "Ban Tổ chức - Cán bộ, Liên hiệp các tổ chức hữu nghị Việt Nam")],
        ),
        ("Bà Lò Thị Ban, Phó Trưởng Ban Địa bàn 1, dự.", [("Phó Trưởng", "Ban Địa bàn 1")]),
        # a rank alone is no title: "Thủ tướng" of "Phó Thủ tướng Chính phủ" opens no body
        ("Ông Đinh Công Sáu, nguyên Phó Thủ tướng Chính phủ, dự.", [("nguyên Phó Thủ tướng", "Chính phủ")]),
        # a joint-stock company's name goes on past "cổ phần"
        (
            "Bà Vương Thị Hà, Giám đốc Công ty cổ phần Xi măng Hạ Long, dự.",
            [("Giám đốc", "Công ty cổ phần Xi măng Hạ Long")],
        ),
        # "Thường trực" after a title belongs to it
        (
            "Ông Trịnh Văn Lộc, Phó Chủ nhiệm Thường trực Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài, dự.",
            [("Phó Chủ nhiệm Thường trực", "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài")],
        ),
        (
            "Bà Lương Thị Mơ, Ủy viên Thường trực Ủy ban Đối ngoại của Quốc hội, dự.",
            [("Ủy viên Thường trực", "Ủy ban Đối ngoại của Quốc hội")],
        ),
        # the head of a district of Laos
        (
            "Ông Bounmy Sisavath, Huyện trưởng huyện Phôn Hồng, tiếp đoàn.",
            [("Huyện trưởng", "huyện Phôn Hồng")],
        ),
        # the titles of a border post
        (
            "Ông Lù Văn Páo, Chính trị viên Đồn Biên phòng Mường Lạn, dự.",
            [("Chính trị viên", "Đồn Biên phòng Mường Lạn")],
        ),
        ("Ông Cà Văn Lả, Phó Đồn trưởng Đồn Biên phòng Pa Thơm, dự.", [("Phó Đồn trưởng", "Đồn Biên phòng Pa Thơm")]),
    ],
)
def test_positions_split_into_title_and_body(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str | None]]
) -> None:
    [person] = read(pipeline, text)
    assert [(p.title, p.organization) for p in person.positions] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Các ông Hà Văn Sáng, Giám đốc Sở Tư pháp, và Lò Văn Thiết được bầu làm Phó Chủ tịch.",
        "Các ông Hà Văn Sáng, Giám đốc Sở Tư pháp và Lò Văn Thiết được bầu làm Phó Chủ tịch.",
    ],
)
def test_a_role_after_the_last_name_of_a_list_joined_by_va_goes_to_each(pipeline: Pipeline, text: str) -> None:
    assert {p.name: [(x.title, x.organization) for x in p.positions] for p in read(pipeline, text)} == {
        "Hà Văn Sáng": [("Giám đốc", "Sở Tư pháp"), ("Phó Chủ tịch", None)],
        "Lò Văn Thiết": [("Phó Chủ tịch", None)],
    }


def test_a_role_said_to_be_a_persons_is_theirs(pipeline: Pipeline) -> None:
    text = "Hội có 9 chi hội; Chủ tịch Hội là ông Lưu Văn Khải, nguyên Giám đốc Sở Ngoại vụ."
    assert {p.name: [(x.title, x.organization) for x in p.positions] for p in read(pipeline, text)} == {
        "Lưu Văn Khải": [("Chủ tịch", "Hội"), ("nguyên Giám đốc", "Sở Ngoại vụ")],
    }


def test_a_role_said_to_be_that_of_a_person_a_word_describes_is_theirs(pipeline: Pipeline) -> None:
    text = "Hiệu trưởng Trường Tiểu học Sín Chải là thầy giáo Thào A Páo."
    assert summary(read(pipeline, text)) == {"Thào A Páo": ["Hiệu trưởng Trường Tiểu học Sín Chải"]}


@pytest.mark.parametrize(
    "text",
    [
        "Các Phó Chủ tịch Hội gồm: bà Hà Thị Lụa, Phó Giám đốc Sở Tư pháp; ông Vàng A Dế, Hiệu trưởng Trường Chính "
        "trị.",
        "Các Phó Chủ tịch Hội là: Hà Thị Lụa, Phó Giám đốc Sở Tư pháp và Vàng A Dế, Hiệu trưởng Trường Chính trị.",
    ],
)
def test_a_plural_role_announcing_a_list_goes_to_each_person(pipeline: Pipeline, text: str) -> None:
    assert {p.name: [(x.title, x.organization) for x in p.positions] for p in read(pipeline, text)} == {
        "Hà Thị Lụa": [("Phó Chủ tịch", "Hội"), ("Phó Giám đốc", "Sở Tư pháp")],
        "Vàng A Dế": [("Phó Chủ tịch", "Hội"), ("Hiệu trưởng", "Trường Chính trị")],
    }


def test_a_plural_title_before_names_ends_where_an_addressed_item_with_its_own_position_follows_a_semicolon(
    pipeline: Pipeline,
) -> None:
    text = "Dự có các Phó Chủ tịch Hội Đỗ Văn An, Lê Thu Hà; ông Trần Quốc Việt, Giám đốc Sở Tư pháp."
    assert {p.name: [(x.title, x.organization) for x in p.positions] for p in read(pipeline, text)} == {
        "Đỗ Văn An": [("Phó Chủ tịch", "Hội")],
        "Lê Thu Hà": [("Phó Chủ tịch", "Hội")],
        "Trần Quốc Việt": [("Giám đốc", "Sở Tư pháp")],
    }


def test_a_role_written_once_before_a_list_goes_to_each_person(pipeline: Pipeline) -> None:
    text = (
        "Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Văn Hòa, Chủ tịch Ủy ban MTTQ tỉnh; "
        "Trần Thị Thu, Trưởng Ban Dân vận Tỉnh ủy."
    )
    shared = ("Ủy viên", "Ban Thường vụ Tỉnh ủy")
    assert {p.name: [(x.title, x.organization) for x in p.positions] for p in read(pipeline, text)} == {
        "Lê Văn Hòa": [shared, ("Chủ tịch", "Ủy ban MTTQ tỉnh")],
        "Trần Thị Thu": [shared, ("Trưởng", "Ban Dân vận Tỉnh ủy")],
    }


def test_a_generic_body_written_again_is_the_full_one(pipeline: Pipeline) -> None:
    text = (
        "Bà Võ Thị Mai, Chủ tịch Hội hữu nghị Việt Nam - Séc tỉnh Bình Định, phát biểu. "
        "Bà Võ Thị Mai, chủ tịch Hội, cảm ơn."
    )
    [person] = read(pipeline, text)
    assert [(p.title, p.organization) for p in person.positions] == [
        ("Chủ tịch", "Hội hữu nghị Việt Nam - Séc tỉnh Bình Định")
    ]


# ---------------------------------------------------------------- one person, several mentions


def test_a_later_short_form_is_the_same_person(pipeline: Pipeline) -> None:
    text = (
        "Ông Trần Đình Khoa, Phó Chủ tịch Hội hữu nghị Việt Nam - Lào phát biểu. Ông Khoa cho biết hai bên sẽ "
        "tăng cường hợp tác. Bà Lê Thu Hà cũng dự. Bà Hà đề nghị mở rộng giao lưu."
    )
    found = read(pipeline, text)
    assert [(p.name, [m.text for m in p.mentions]) for p in found] == [
        ("Trần Đình Khoa", ["Trần Đình Khoa", "Khoa"]),
        ("Lê Thu Hà", ["Lê Thu Hà", "Hà"]),
    ]


def test_two_given_names_after_a_form_of_address_are_a_short_form(pipeline: Pipeline) -> None:
    text = "Đồng chí Nguyễn Phương Hà, Chủ tịch Hội phát biểu. Bà Phương Hà đề nghị các tỉnh chủ động hơn."
    assert [(p.name, len(p.mentions)) for p in read(pipeline, text)] == [("Nguyễn Phương Hà", 2)]


def test_a_foreign_name_and_its_short_form_are_one_person(pipeline: Pipeline) -> None:
    text = "Tổng thống Mỹ Donald Trump điện đàm với lãnh đạo Việt Nam. Ông Trump đánh giá cao quan hệ hai nước."
    assert [(p.name, positions(p), len(p.mentions)) for p in read(pipeline, text)] == [
        ("Donald Trump", ["Tổng thống Mỹ"], 2)
    ]


def test_the_full_name_written_again_without_a_cue_is_a_mention(pipeline: Pipeline) -> None:
    text = "Ông Nguyễn Văn Hậu, Chủ tịch Hội phát biểu.\nNguyễn Văn Hậu cho rằng cần đổi mới."
    [person] = read(pipeline, text)
    assert len(person.mentions) == 2


def test_a_name_misspelt_by_one_diacritic_is_the_same_person(pipeline: Pipeline) -> None:
    text = (
        "Ông Nguyễn Văn Doãn, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam phát biểu. Ông Nguyễn Văn "
        "Doãn nhấn mạnh vai trò của Hội. Ông Nguyên Văn Doãn cũng đề nghị các tỉnh chủ động hơn."
    )
    [person] = read(pipeline, text)
    assert (person.name, len(person.mentions)) == ("Nguyễn Văn Doãn", 3)


def test_positions_merge_without_duplicates(pipeline: Pipeline) -> None:
    text = (
        "Phó Chủ tịch UBND tỉnh Phạm Văn Hùng phát biểu. Ông Phạm Văn Hùng, Phó Chủ tịch UBND tỉnh, Chủ tịch "
        "Hội hữu nghị Việt Nam - Lào tỉnh cảm ơn các đại biểu."
    )
    [person] = read(pipeline, text)
    assert positions(person) == ["Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh"]


def test_an_ambiguous_short_form_is_left_out(pipeline: Pipeline) -> None:
    text = "Ông Nguyễn Văn An và ông Trần Văn An, Tổng Thư ký Hội cùng dự. Ông An nhấn mạnh vai trò của thanh niên."
    assert [len(p.mentions) for p in read(pipeline, text)] == [1, 1]


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # Lao people go by their given name, which comes first
        (
            "Đoàn do ông Xổm-xạ-vạt Lạ-vông-xả, Phó Tỉnh trưởng tỉnh Bò Kẹo, dẫn đầu. Ông Xổm-xạ-vạt cảm ơn tỉnh.",
            "Xổm-xạ-vạt Lạ-vông-xả",
            ["Xổm-xạ-vạt Lạ-vông-xả", "Xổm-xạ-vạt"],
        ),
        # East Asian names open with the family name
        (
            "Bà Yoon Ha-na cho biết tổ chức đã hỗ trợ 12 dự án. Theo bà Yoon, năm tới sẽ mở rộng.",
            "Yoon Ha-na",
            ["Yoon Ha-na", "Yoon"],
        ),
        # a Russian name drops the patronymic
        (
            "Tổng Lãnh sự Nga Ivan Petrovich Sobolev dự lễ. Ông Ivan Sobolev cảm ơn thành phố.",
            "Ivan Petrovich Sobolev",
            ["Ivan Petrovich Sobolev", "Ivan Sobolev"],
        ),
        # a Vietnamese name is never shortened to its family name
        ("Bà Trần Thị Lan, Chủ tịch Hội phát biểu. Bà Trần cho biết thêm.", "Trần Thị Lan", ["Trần Thị Lan"]),
    ],
)
def test_a_foreign_name_is_shortened_as_its_people_shorten_it(
    pipeline: Pipeline, text: str, name: str, mentions: list[str]
) -> None:
    assert [(p.name, [m.text for m in p.mentions]) for p in read(pipeline, text)] == [(name, mentions)]


def test_a_short_form_alone_is_no_person(pipeline: Pipeline) -> None:
    assert read(pipeline, "Ông Khoa cho biết hai bên sẽ tăng cường hợp tác.") == []


# ---------------------------------------------------------------- what is no person


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đã đến thăm Hà Nội, Hải Phòng, Cao Bằng và Lâm Đồng.",
        "Liên hiệp các tổ chức hữu nghị tỉnh Thái Bình tổ chức hội nghị tổng kết.",
        "Đoàn đến TP Hồ Chí Minh và học tập tư tưởng Hồ Chí Minh.",
        "Các em học sinh Trường Tiểu học Nguyễn Du nhận quà. (Ảnh: Nguyễn Hùng)",
        "Ảnh: Minh Đức",
        "Giám đốc Bệnh viện Bạch Mai phát biểu.",
        "Hiệu trưởng Trường THPT Trần Phú phát biểu.",
        "Chủ tịch UBND huyện Mai Sơn và Bí thư Huyện ủy Lâm Hà cùng dự.",
        "Chủ tịch Hội đã trao 50 suất quà. Đồng chí Phó Chủ tịch UBND tỉnh nhấn mạnh vai trò của Hội.",
        "Hội nghị có sự tham dự của lãnh đạo Sở Ngoại vụ và bà con nhân dân.",
        "Đoàn Chủ tịch Đại hội gồm 7 đồng chí. Đại sứ quán Cuba tại Việt Nam gửi lẵng hoa.",
        "Đại diện Ban Bí thư Trung ương Đảng dự.",
        "ÔNG NGUYỄN VĂN AN ĐƯỢC BẦU LÀM CHỦ TỊCH HỘI",
        "Giám đốc Plan International tại Việt Nam phát biểu.",
        "Đoàn công tác do Trần Quốc Toản dẫn đầu.",
        "Việc xây dựng Bà Rịa - Vũng Tàu thành trung tâm du lịch được quan tâm.",
        "Kim Bôi, Chủ tịch UBND huyện cho biết.",
        "Các chủ tịch hội hữu nghị tỉnh đã họp. Chủ tịch xã Lê Lợi cho biết.",
        "Phóng viên: Nguyễn Hoài Nam",
        "Thu Hằng - Minh Quân",
        "Học sinh Trường THCS Nguyễn Du nhận quà từ Công ty Lê Bảo Minh.",
        "Giám đốc Maison Lumière tại Việt Nam phát biểu.",
        "Giám đốc quốc gia Hope Bridge tại Việt Nam cho biết.",
        # a name with its titles after a venue is the venue's name
        "Sáng 2/9, đoàn dâng hương tại Khu lưu niệm Chủ tịch Lê Văn Thịnh ở xã Tân Mỹ.",
        "Đoàn thăm Nhà tưởng niệm Đại tướng Trần Quang Vinh tại huyện Lệ Thủy.",
        "Lễ mít tinh diễn ra tại Quảng trường Chủ tịch Souvanna Khamphet ở thủ đô.",
        "Hai bên dâng hoa tại Tượng đài Tổng Bí thư Phan Đình Quý và Đền thờ Chủ tịch Ngô Đức Trí.",
        "Xe diễu hành trên đường Chủ tịch Ngô Đức Trí rồi vào Công viên Chủ tịch Lê Văn Thịnh.",
        "Đoàn viếng Lăng Chủ tịch Ngô Đức Trí và thăm Bảo tàng Chủ tịch Lê Văn Thịnh.",
        "Đoàn thăm Khu lưu niệm cố Thủ tướng Đỗ Minh Châu.",
        "Đoàn thăm Bảo tàng Lê Văn Thịnh, Trường THPT Chuyên Ngô Đức Trí và đường Phan Đình Quý.",
        # a list announced by a word for places or bodies
        "Quà được trao tại các xã như: Đồng Tâm, Minh Khai, Thanh Xuân của huyện miền núi.",
        "Các nhà tài trợ quốc tế như: Quỹ Ford, Quỹ Rockefeller Brothers đã đồng hành cùng tỉnh.",
        "Các nước tham dự gồm: Lào, Campuchia, Thái Lan, Myanmar.",
        # a word that describes a person inside a body's name ("Trẻ em")
        "Tổ chức Cứu trợ Trẻ em Blue Harbor tài trợ 2 tỷ đồng.",
    ],
)
def test_finds_no_person(pipeline: Pipeline, text: str) -> None:
    assert read(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tại Khu lưu niệm Chủ tịch Lê Văn Thịnh, ông Đặng Hữu Phước, Chủ tịch Hội hữu nghị tỉnh, phát biểu.",
            {"Đặng Hữu Phước": ["Chủ tịch Hội hữu nghị tỉnh"]},
        ),
        (
            "Đoàn đến Bảo tàng Chủ tịch Lê Văn Thịnh và Chủ tịch UBND tỉnh Trần Văn Hùng tiếp đoàn.",
            {"Trần Văn Hùng": ["Chủ tịch UBND tỉnh"]},
        ),
        # no venue: a verb ending in "cầu", a path ("con đường")
        ("Hội yêu cầu Chủ tịch UBND tỉnh Trần Văn Hùng chỉ đạo.", {"Trần Văn Hùng": ["Chủ tịch UBND tỉnh"]}),
        ("Đây là con đường Chủ tịch Ngô Đức Trí đã lựa chọn.", {"Ngô Đức Trí": ["Chủ tịch"]}),
    ],
)
def test_people_beside_a_venue_are_still_read(pipeline: Pipeline, text: str, expected: dict[str, list[str]]) -> None:
    assert summary(read(pipeline, text)) == expected


def test_a_title_between_two_people_is_not_given_to_the_wrong_one(pipeline: Pipeline) -> None:
    text = (
        "Sự kiện có sự tham dự của ông Đỗ Việt Hùng - Chủ tịch Liên hiệp các tổ chức hữu nghị TP Hồ Chí Minh và "
        "bà Trần Thị Bảy - Chủ tịch Hội hữu nghị Việt Nam - Cuba TP Hồ Chí Minh."
    )
    assert summary(read(pipeline, text)) == {
        "Đỗ Việt Hùng": ["Chủ tịch Liên hiệp các tổ chức hữu nghị TP Hồ Chí Minh"],
        "Trần Thị Bảy": ["Chủ tịch Hội hữu nghị Việt Nam - Cuba TP Hồ Chí Minh"],
    }


# ---------------------------------------------------------------- the plugin


def test_the_plugin_reads_people_through_the_pipeline(pipeline: Pipeline) -> None:
    text = "Phó Thủ tướng Trần Hồng Hà dự lễ khai mạc. Ảnh: Quang Vinh"
    extraction = pipeline.extract(text)
    assert [(p.name, positions(p)) for p in extraction.people] == [("Trần Hồng Hà", ["Phó Thủ tướng"])]
    assert not extraction.errors


def test_the_plugin_is_built_in_and_declares_its_facet() -> None:
    assert (people.FACET, "vnfriendship.extractors.people" in BUILTIN_PLUGINS) == ("people", True)


def test_find_people_is_pure(pipeline: Pipeline) -> None:
    text = "Ông Trần Đình Khoa, Phó Chủ tịch Hội phát biểu. Ông Khoa cảm ơn các đại biểu."
    assert read(pipeline, text) == read(pipeline, text)


@needs_corpus
def test_never_raises_and_quotes_the_text_on_real_articles(pipeline: Pipeline) -> None:
    for path in CORPUS_PAGES:
        extraction = pipeline.extract_file(path, include_related=True)
        assert all(m.quotes(extraction.text) for person in extraction.people for m in person.mentions)
        assert not [e for e in extraction.errors if e.plugin == "people"]


_PIECES = st.sampled_from(
    [
        "ông", "bà", "Ông", "đồng chí", "Đồng chí", "các đồng chí:", "Nguyễn", "Văn", "Thị", "An", "Hà", "Nội",
        "Chủ tịch", "Phó", "Liên hiệp", "các tổ chức hữu nghị", "tỉnh", "Bắc Giang", "Việt Nam", "-", "–", ",",
        ";", "(", ")", ":", ".", "\n", "làm", "được bầu làm", "kiêm", "nguyên", "Ảnh:", "TS.", "Trump", "và",
        "Hội", "Ban", "Bí thư", "Đại sứ", "quán", "Hồ Chí Minh", "TP", "số", "1", " ", " ",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join) | st.text(max_size=120))
def test_never_raises_on_arbitrary_text(pipeline: Pipeline, text: str) -> None:
    for person in read(pipeline, normalize(text)):
        assert person.name and person.mentions


# ---------------------------------------------------------------- positions: fields, terms, roles held for another


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "và" joins two fields of a ministry's name, the second in lower case
        (
            "Ông Đỗ Văn Tuấn, Thứ trưởng Bộ Khoa học và công nghệ phát biểu.",
            {"Đỗ Văn Tuấn": ["Thứ trưởng Bộ Khoa học và công nghệ"]},
        ),
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Lao động - Thương binh và xã hội tỉnh Nam Định dự.",
            {"Lê Thị Hoa": ["Giám đốc Sở Lao động - Thương binh và xã hội tỉnh Nam Định"]},
        ),
        # ... but before any other lower-case word it ends the name
        ("Ông Lê Văn Nam, Giám đốc Sở Y tế và đại diện các sở dự.", {"Lê Văn Nam": ["Giám đốc Sở Y tế"]}),
    ],
)
def test_two_fields_joined_by_va_stay_in_one_body(
    pipeline: Pipeline, text: str, expected: dict[str, list[str]]
) -> None:
    assert summary(read(pipeline, text)) == expected


@pytest.mark.parametrize("term", ["lần thứ II", "nhiệm kỳ 2020 - 2025", "khóa IV"])
def test_a_role_written_before_a_list_goes_on_past_a_term(pipeline: Pipeline, term: str) -> None:
    text = (
        "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Thị Hoa, Chủ tịch Hội hữu nghị Việt - Lào tỉnh Nam Định "
        f"{term}; Trần Văn Nam, Phó Chủ tịch UBND tỉnh chủ trì hội nghị."
    )
    found = {person.name: person.positions for person in read(pipeline, text)}
    assert [(p.title, p.organization) for p in found["Trần Văn Nam"]] == [
        ("Ủy viên", "Ban Thường vụ Tỉnh ủy"),
        ("Phó Chủ tịch", "UBND tỉnh"),
    ]
    assert found["Lê Thị Hoa"][-1].organization == "Hội hữu nghị Việt - Lào tỉnh Nam Định"


def test_a_body_the_gazetteer_knows_runs_whole_past_a_cue_inside_it(pipeline: Pipeline) -> None:
    [person] = read(pipeline, "Dự có ông Hà Văn Dũng, Phó Giám đốc Ban Điều phối viện trợ nhân dân (PACCOM).")
    assert [(p.title, p.organization) for p in person.positions] == [
        ("Phó Giám đốc", "Ban Điều phối viện trợ nhân dân")
    ]


@pytest.mark.parametrize("terms", ["khóa V", "khóa V, nhiệm kỳ 2022 - 2027", ", nhiệm kỳ 2022 - 2027"])
def test_the_next_position_is_read_past_the_terms_of_a_body(pipeline: Pipeline, terms: str) -> None:
    text = f"Dự có bà Vũ Thị Mai, Chủ tịch Hội Nông dân tỉnh {terms}, Cụm trưởng Cụm thi đua số 2 năm 2024."
    [person] = read(pipeline, text.replace(" ,", ","))
    assert [(p.title, p.organization) for p in person.positions] == [
        ("Chủ tịch", "Hội Nông dân tỉnh"),
        ("Cụm trưởng", "Cụm thi đua số 2"),
    ]


def test_a_title_held_for_another_runs_over_the_others_position(pipeline: Pipeline) -> None:
    text = (
        "Đoàn do ông Ivan Petrov - Phó Thống đốc tỉnh Kaluga, đại diện toàn quyền của Thống đốc tỉnh Kaluga "
        "trong Hội đồng Liên bang Nga làm Trưởng đoàn. Ông Lê Văn Hùng, Phái viên của Thủ tướng Chính phủ, phát biểu."
    )
    found = {person.name: [(p.title, p.organization) for p in person.positions] for person in read(pipeline, text)}
    assert found["Ivan Petrov"][1:] == [
        ("đại diện toàn quyền của Thống đốc tỉnh Kaluga", "Hội đồng Liên bang Nga"),
        ("Trưởng đoàn", None),
    ]
    assert found["Lê Văn Hùng"] == [("Phái viên của Thủ tướng Chính phủ", None)]


def test_a_title_held_for_a_named_person_is_not_stretched(pipeline: Pipeline) -> None:
    found = summary(read(pipeline, "Bà Trần Thị Lan, đại diện của Chủ tịch Hội Nguyễn Văn Bình, phát biểu."))
    assert found["Trần Thị Lan"] == ["đại diện"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title without its body, written again later, is the position named in full
        (
            "Phó Chủ tịch VUFO Lê Văn Tâm dự lễ. Ông Lê Văn Tâm, Phó Chủ tịch, Tổng Thư ký VUFO phát biểu.",
            ["Phó Chủ tịch VUFO", "Tổng Thư ký VUFO"],
        ),
        # a body's name cut short is the one named in full
        (
            "Bà Đỗ Thị Mai, Chủ tịch Liên hiệp hữu nghị dự. Bà Đỗ Thị Mai, Chủ tịch Liên hiệp các tổ chức "
            "hữu nghị tỉnh Yên Bái phát biểu.",
            ["Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái"],
        ),
        # within one mention, a bare title and one with a body are two offices
        (
            "Chủ tịch Trần Văn Lợi - Chủ tịch Liên Việt lúc đó dự họp.",
            ["Chủ tịch", "Chủ tịch Liên Việt"],
        ),
        # a body of other words is another position
        (
            "Ông Vũ Văn Hưng, Chủ tịch Hội Nông dân dự. Ông Vũ Văn Hưng, Chủ tịch Hội Cựu chiến binh phát biểu.",
            ["Chủ tịch Hội Nông dân", "Chủ tịch Hội Cựu chiến binh"],
        ),
        # a title's first words, written again before the name, are the title in full
        (
            "Ông Carlos Pérez Soto, Đại sứ Chile tại Việt Nam, dự lễ. Đại sứ Carlos Pérez Soto phát biểu.",
            ["Đại sứ Chile tại Việt Nam"],
        ),
        # and so are some of its words, in order, from the first
        (
            "Bà Ingrid Holm, Đại sứ Đặc mệnh toàn quyền Vương quốc Thụy Điển tại Việt Nam, dự lễ. Đại sứ Thụy Điển "
            "Ingrid Holm phát biểu.",
            ["Đại sứ Đặc mệnh toàn quyền Vương quốc Thụy Điển tại Việt Nam"],
        ),
        # a body's short name the gazetteer knows is the body named in full ...
        (
            "Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Ngô Văn Lâm tiếp đoàn. "
            "Phó Chủ tịch VUFO Ngô Văn Lâm tặng quà.",
            ["Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam"],
        ),
        # ... and the short name of another body is another position
        (
            "Bà Trịnh Thị Hoa, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam dự. Chủ tịch HUFO Trịnh Thị Hoa "
            "phát biểu.",
            ["Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam", "Chủ tịch HUFO"],
        ),
        # the first words of a whole position, with no body, are that position written again
        (
            "Dự có Trưởng Ban Đối ngoại Trung ương Lê Hoài Nam. Phát biểu, Trưởng ban Lê Hoài Nam nhấn mạnh.",
            ["Trưởng Ban Đối ngoại Trung ương"],
        ),
        (
            "Dự có Thứ trưởng Thường trực Bộ Ngoại giao Hà Minh Vũ. Thứ trưởng Hà Minh Vũ cho biết.",
            ["Thứ trưởng Thường trực Bộ Ngoại giao"],
        ),
        # (but not another title: the deputy is no director)
        (
            "Dự có Phó Giám đốc Sở Y tế Lê Văn An. Giám đốc Lê Văn An cho biết.",
            ["Phó Giám đốc Sở Y tế", "Giám đốc"],
        ),
    ],
)
def test_a_position_written_shorter_elsewhere_is_one(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    [person] = read(pipeline, text)
    assert positions(person) == expected


# ---------------------------------------------------------------- names written in capitals or with a hyphen


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bà KIM YOUNG SOOK - Nghị sĩ Quốc hội Hàn Quốc trao quà.", {"KIM YOUNG SOOK": ["Nghị sĩ Quốc hội Hàn Quốc"]}),
        ("Ông ĐẶNG VĂN LỢI, Chủ tịch Hội, phát biểu.", {"ĐẶNG VĂN LỢI": ["Chủ tịch Hội"]}),
    ],
)
def test_a_name_in_capitals_after_a_form_of_address_is_a_person(
    pipeline: Pipeline, text: str, expected: dict[str, list[str]]
) -> None:
    assert summary(read(pipeline, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ÔNG ĐẶNG VĂN LỢI PHÁT BIỂU TẠI HỘI NGHỊ TỔNG KẾT",  # a headline in capitals
        "Ông UBND TỈNH phát biểu.",  # a body's head
        "Bà VUFO HUFO dự.",  # known bodies
        "Anh HÙNG DŨNG dự.",  # a weak form of address needs a family name
    ],
)
def test_capitals_that_are_no_name_give_no_person(pipeline: Pipeline, text: str) -> None:
    assert read(pipeline, text) == []


def test_a_family_name_joined_by_a_hyphen_opens_a_name(pipeline: Pipeline) -> None:
    text = "Bà Tôn-Nữ Thị Hương, nguyên Đại sứ Việt Nam tại EU, phát biểu. Sau đó Tôn-Nữ Thị Hương tặng hoa."
    [person] = read(pipeline, text)
    assert person.name == "Tôn-Nữ Thị Hương"
    assert len(person.mentions) == 2


def test_a_hyphen_between_two_places_joins_no_name(pipeline: Pipeline) -> None:
    assert read(pipeline, "Hội hữu nghị Việt-Lào tỉnh Nam Định họp. Đoàn Trung-Việt thăm Hà Nội.") == []


def test_a_former_title_after_a_space_and_a_comma_is_a_position(pipeline: Pipeline) -> None:
    found = summary(read(pipeline, "Dự lễ có GS.TS Lê Văn Hòa , Nguyên Bộ trưởng Bộ Nội vụ, và nhiều khách mời."))
    assert found == {"Lê Văn Hòa": ["Nguyên Bộ trưởng Bộ Nội vụ"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "của" between a title and its body is no part of either
        (
            "Ông Sato Kenji, Cố vấn của Liên minh Nghị sĩ hữu nghị Nhật - Việt, phát biểu.",
            ("Cố vấn", "Liên minh Nghị sĩ hữu nghị Nhật - Việt"),
        ),
        ("Bà Lê Thị Thu, Chủ tịch danh dự của Hội đồng nhiệm kỳ 2024-2029, dự lễ.", ("Chủ tịch danh dự", "Hội đồng")),
        ("Ông John Baker, Program Manager của Mekong Water Fund, phát biểu.", ("Program Manager", "Mekong Water Fund")),
        # a country right after a title stays in it, its form of state too
        (
            "Ông Pavel Ivanov, Tổng Lãnh sự Liên bang Nga tại Đà Nẵng, phát biểu.",
            ("Tổng Lãnh sự Liên bang Nga tại Đà Nẵng", None),
        ),
    ],
)
def test_the_body_after_cua_and_a_country_after_a_title(
    pipeline: Pipeline, text: str, expected: tuple[str, str | None]
) -> None:
    [person] = read(pipeline, text)
    assert [(p.title, p.organization) for p in person.positions] == [expected]


# ---------------------------------------------------------------- provenance


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("Hôm qua ông Nguyễn Văn Toàn tới thăm trường.", "Nguyễn Văn Toàn", people.BY_HONORIFIC),
        ("Dự lễ có bà PARK MI RAE - Nghị sĩ Quốc hội.", "PARK MI RAE", people.BY_CAPITALS),
        ("Phó Thủ tướng Lê Thành Công dự lễ.", "Lê Thành Công", people.BY_TITLE),
        ("Phát biểu tại lễ, Chủ tịch Hội, ông Đỗ Văn Hải cho biết.", "Đỗ Văn Hải", people.BY_TITLE_THEN_HONORIFIC),
        ("Buổi gặp có nhà văn Trần Đăng Khoa.", "Trần Đăng Khoa", people.BY_DESCRIPTOR),
        ("Buổi gặp có phần trình diễn của nghệ nhân Tanaka Emiko.", "Tanaka Emiko", people.BY_DESCRIPTOR),
        # a foreign name's middle initial and its dot; a Vietnamese name's last letter before a full stop ends it
        ("Ông Peter J. Morrison phát biểu tại buổi lễ.", "Peter J. Morrison", people.BY_HONORIFIC),
        ("Dự có ông Lê Văn B. Sau đó đoàn về.", "Lê Văn B", people.BY_HONORIFIC),
        ("Hội có 9 chi hội; Chủ tịch Hội là ông Lưu Văn Khải.", "Lưu Văn Khải", people.BY_TITLE_THEN_HONORIFIC),
        ("Trần Thị Minh Hằng, Phó Chủ tịch Hội, phát biểu.", "Trần Thị Minh Hằng", people.BY_APPOSITION),
        ("Lê Quang Vinh được bầu làm Chủ tịch Hội nhiệm kỳ mới.", "Lê Quang Vinh", people.BY_ROLE),
        ("Về dự có các đồng chí: Đỗ Minh Khôi, Phạm Thị Lan.", "Phạm Thị Lan", people.IN_LIST),
    ],
)
def test_each_person_names_the_rule_that_found_it(pipeline: Pipeline, text: str, name: str, rule: str) -> None:
    found = {person.name: person for person in read(pipeline, text)}
    assert [(source.plugin, source.rule) for source in found[name].sources] == [("", rule)]


def test_a_person_found_by_several_rules_keeps_each_once_in_order(pipeline: Pipeline) -> None:
    text = "Ông Nguyễn Văn Toàn phát biểu. Chủ tịch Hội Nguyễn Văn Toàn cảm ơn. Ông Nguyễn Văn Toàn ra về."
    [person] = read(pipeline, text)
    assert [source.rule for source in person.sources] == [people.BY_HONORIFIC, people.BY_TITLE]


def test_the_pipeline_names_the_plugin_beside_the_rule(pipeline: Pipeline) -> None:
    [person] = pipeline.extract("Hôm qua ông Nguyễn Văn Toàn tới thăm trường.").people
    assert [(source.plugin, source.rule) for source in person.sources] == [("people", people.BY_HONORIFIC)]


@pytest.mark.parametrize(
    "sentence",
    ["Ông Nguyễn Văn A, Chủ tịch VUFO, dự lễ năm 2022.", "Dự có bà KIM YOUNG SOOK và ông McDonald (Hoa Kỳ)."],
)
def test_a_sentence_with_nothing_to_join_takes_its_words_as_tokens(sentence: str) -> None:
    # Read at once (no hyphen or apostrophe between words), the words give the tokens and flags the
    # word-by-word reading gives them before a hyphenated name, which that reading joins.
    joined = f"{sentence} Jean-Luc"
    at_once = people._name_tokens(sentence, words(sentence), set())
    one_by_one = people._name_tokens(joined, words(joined), set())
    assert [list(part) for part in at_once] == [list(part)[:-1] for part in one_by_one]
    tokens, caps, propers = one_by_one
    assert (tokens[-1].text, tokens[-1].key, caps[-1], propers[-1]) == ("Jean-Luc", "jean-luc", True, True)


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("Bà Jane Smith, Giám đốc Quỹ Save the Children tại Việt Nam, phát biểu.", "Jane Smith",
         "Quỹ Save the Children tại Việt Nam"),
        ("Ông John Brown, Chủ tịch Friends of the Earth of the World, phát biểu.", "John Brown",
         "Friends of the Earth of the World"),
    ],
)  # fmt: skip
def test_lower_case_words_join_the_capitalised_words_of_a_body(
    pipeline: Pipeline, text: str, name: str, body: str
) -> None:
    assert [(p.name, [x.organization for x in p.positions]) for p in read(pipeline, text)] == [(name, [body])]


def _covered_exhaustively(reader: people._Reader) -> set[int]:
    # Every token read as an opener, as the reader once read each sentence whole.
    return {i + offset for i in range(len(reader.keys)) for offset in range(reader._org_length(i))}


@pytest.mark.parametrize(
    "text",
    [
        "Đại diện Save the of the and the Children, Hội Hữu nghị tỉnh và báo Granma dự.",
        "Ông A, Chủ tịch " + "the " * 300 + "Earth, và ông B, Giám đốc Friends of the Earth of the World.",
    ],
)
def test_the_words_of_bodies_are_those_an_exhaustive_reading_finds(pipeline: Pipeline, text: str) -> None:
    article = body_article(text, pipeline.gazetteer)
    for sentence in article.sentences:
        reader = people._Reader(article, sentence)
        lazy = {j for j in reversed(range(len(reader.keys))) if reader._org_word(j)}
        assert lazy == _covered_exhaustively(people._Reader(article, sentence))


@needs_corpus
def test_the_words_of_bodies_on_every_page_are_those_an_exhaustive_reading_finds(pipeline: Pipeline) -> None:
    for path in ALL_PAGES:
        article = pipeline.article(normalize(path.read_bytes()))
        for sentence in article.sentences:
            reader = people._Reader(article, sentence)
            assert {j for j in range(len(reader.keys)) if reader._org_word(j)} == _covered_exhaustively(reader), path
