"""Tests of the directives extractor: citations, their date, issuer and subject, and short forms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from strategies import citation_soup, messy_text
from support import CORPUS_PAGES, needs_corpus
from vnfriendship import Pipeline
from vnfriendship._model import Directive, Extraction
from vnfriendship.extractors import directives as directives_extractor
from vnfriendship.extractors.directives import number_key, symbol_key

REFERENCE = dt.date(2024, 6, 1)


def extract(pipeline: Pipeline, text: str) -> Extraction:
    extraction = pipeline.extract(text, reference_date=REFERENCE)
    assert not [e for e in extraction.errors if e.plugin in ("directives", "resolve")]
    assert all(m.quotes(extraction.text) for d in extraction.directives for m in d.mentions)
    return extraction


def directives(pipeline: Pipeline, text: str) -> list[Directive]:
    return list(extract(pipeline, text).directives)


def summary(directive: Directive) -> tuple[str, str | None, str | None, str | None, str | None]:
    issued = None if directive.issued_on is None else str(directive.issued_on)
    return directive.kind, directive.number, directive.symbol, directive.issuer, issued


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hội nghị quán triệt Chỉ thị số 45-CT/TW ngày 14/3/2023 của Ban Bí thư về công tác đối ngoại nhân dân.",
            ("directive", "45", "45-CT/TW", "Ban Bí thư", "2023-03-14"),
        ),
        (
            "Các đơn vị thực hiện Chỉ thị 45-CT/TW ngày 04/03/2023 của Ban Bí thư T.Ư về đối ngoại nhân dân.",
            ("directive", "45", "45-CT/TW", "Ban Bí thư T.Ư", "2023-03-04"),
        ),
        (
            "Tỉnh tiếp tục triển khai Chỉ thị45-CT/TW của Ban Bí thư Trung ương.",
            ("directive", "45", "45-CT/TW", "Ban Bí thư Trung ương", None),
        ),
        (
            "Hội nghị bàn việc thực hiện Chỉ thị 31/CT-TW của BBT trong tình hình mới.",
            ("directive", "31", "31/CT-TW", "BBT", None),
        ),
        (
            "Báo cáo sơ kết Chỉ thị 07 CT/TW ngày 2/8/2016 của Ban Bí thư.",
            ("directive", "07", "07-CT/TW", "Ban Bí thư", "2016-08-02"),
        ),
        (
            "Ban Thường vụ quán triệt Đề án số 03- ĐA/TW của Ban Bí thư về quan hệ đối ngoại.",
            ("scheme", "03", "03-ĐA/TW", "Ban Bí thư", None),
        ),
        (
            "Ngày 15/8/2019, Bộ Chính trị đã ban hành Nghị quyết số 58-NQ/TW về định hướng hợp tác quốc tế.",
            ("resolution", "58", "58-NQ/TW", "Bộ Chính trị", "2019-08-15"),
        ),
        (
            "Các cấp thực hiện Kết luận số 17-KL/TW của Bộ Chính trị về công tác người Việt Nam ở nước ngoài.",
            ("conclusion", "17", "17-KL/TW", "Bộ Chính trị", None),
        ),
        (
            "Đảng bộ học tập Thông báo kết luận số 29-TB/TW ngày 10/10/2021 của Bộ Chính trị.",
            ("notice", "29", "29-TB/TW", "Bộ Chính trị", "2021-10-10"),
        ),
        (
            "Đảng viên thực hiện nghiêm Quy định 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức.",
            ("regulation", "144", "144-QĐ/TW", "Bộ Chính trị", None),
        ),
        (
            "Hội hoạt động theo Nghị định số 45/2010/NĐ-CP về tổ chức, hoạt động và quản lý hội.",
            ("decree", "45", "45/2010/NĐ-CP", None, "2010"),
        ),
        (
            "Quỹ được thành lập theo Quyết định 1570/QĐ-TTg ngày 20/10/2015.",
            ("decision", "1570", "1570/QĐ-TTg", None, "2015-10-20"),
        ),
        (
            "Hội nhận Công văn số 88/SNgV-LS ngày 2/3/2024 của Sở Ngoại vụ tỉnh Lào Cai.",
            ("other", "88", "88/SNgV-LS", "Sở Ngoại vụ tỉnh Lào Cai", "2024-03-02"),
        ),
        (
            "Theo Quyết định số 318/QĐ-UBND, ngày 3/3/2023 của UBND tỉnh Hà Tĩnh, Hội được công nhận điều lệ.",
            ("decision", "318", "318/QĐ-UBND", "UBND tỉnh Hà Tĩnh", "2023-03-03"),
        ),
        (
            "Hội được Ủy ban nhân dân tỉnh Sơn La cho phép thành lập tại Quyết định số 97/QĐ-UBND ngày 5 tháng 4 "
            "năm 2022.",
            ("decision", "97", "97/QĐ-UBND", "Ủy ban nhân dân tỉnh Sơn La", "2022-04-05"),
        ),
        (
            "UBND TP.HCM vừa ban hành Kế hoạch số 205/KH-UBND về công tác đối ngoại nhân dân năm 2024.",
            ("plan", "205", "205/KH-UBND", "UBND TP.HCM", None),
        ),
        (
            "Tỉnh ủy Lạng Sơn đã ban hành Chỉ thị 09-CT/TU về tăng cường công tác đối ngoại.",
            ("directive", "09", "09-CT/TU", "Tỉnh ủy Lạng Sơn", None),
        ),
        (
            "Hướng dẫn số 02-HD/BĐNTW ngày 21/6/2023 của Ban Đối ngoại TW về triển khai chỉ thị.",
            ("guideline", "02", "02-HD/BĐNTW", "Ban Đối ngoại TW", "2023-06-21"),
        ),
        (
            "Luật số 20/2023/QH15 có hiệu lực từ năm sau.",
            ("law", "20", "20/2023/QH15", None, "2023"),
        ),
        (
            "Các địa phương tiếp tục quán triệt 36-NQ/TW về công tác đối với người Việt Nam ở nước ngoài.",
            ("resolution", "36", "36-NQ/TW", None, None),
        ),
        (
            "Việc sơ kết Chỉ thị số 44-CT/TW ngày 20/9/1996 của Ban Bí thư (khóa VIII) về đổi mới hoạt động được "
            "tổ chức chu đáo.",
            ("directive", "44", "44-CT/TW", "Ban Bí thư", "1996-09-20"),
        ),
        (
            "Chỉ thị số 45-CT/TW được Ban Bí thư ban hành ngày 14/3/2023 nhằm đổi mới công tác đối ngoại.",
            ("directive", "45", "45-CT/TW", "Ban Bí thư", "2023-03-14"),
        ),
        (
            "CÁC CẤP QUÁN TRIỆT CHỈ THỊ SỐ 45-CT/TW (NGÀY 14/3/2023) CỦA BAN BÍ THƯ",
            ("directive", "45", "45-CT/TW", "BAN BÍ THƯ", "2023-03-14"),
        ),
        (
            "Tỉnh thực hiện Nghị quyết số 58-NQ/TW của Ban Chấp hành Trung ương Đảng khoá XIII ngày 2/2/2024.",
            ("resolution", "58", "58-NQ/TW", "Ban Chấp hành Trung ương Đảng", "2024-02-02"),
        ),
        (
            "Tỉnh quán triệt Nghị quyết số 61-NQ/TW ngày 3/11/2023 Hội nghị lần thứ tám Ban Chấp hành Trung ương "
            "Đảng khóa XIII về công tác dân tộc.",
            ("resolution", "61", "61-NQ/TW", "Ban Chấp hành Trung ương Đảng", "2023-11-03"),
        ),
        (
            "Thực hiện Chỉ thị 45-CT/TW, Bộ Chính trị đã chỉ đạo các cấp ủy quyết liệt.",
            ("directive", "45", "45-CT/TW", None, None),
        ),
        (
            "Mặt trận thực hiện Quyết định số 2566 của Thủ tướng Chính phủ về hỗ trợ hội.",
            ("decision", "2566", None, "Thủ tướng Chính phủ", None),
        ),
        (
            "Dự án được duyệt theo Quyết định số 3170/QĐ-UBND do Chủ tịch UBND tỉnh Phú Yên ký ngày 9/9/2023.",
            ("decision", "3170", "3170/QĐ-UBND", "Chủ tịch UBND tỉnh Phú Yên", "2023-09-09"),
        ),
        (
            "Chỉ thị số 07-CT/TW của Chủ tịch nước về việc phát động thi đua được phổ biến.",
            ("directive", "07", "07-CT/TW", "Chủ tịch nước", None),
        ),
        (
            "Các cơ quan nhận được Thông báo số 88-TB/VPTW của Văn phòng Trung ương Đảng về lịch làm việc.",
            ("notice", "88", "88-TB/VPTW", "Văn phòng Trung ương Đảng", None),
        ),
        (
            "Hội nhận Quyết định số 27 ngày 14/2/2024 của UBND tỉnh Yên Bái về công nhận Ban Chấp hành.",
            ("decision", "27", None, "UBND tỉnh Yên Bái", "2024-02-14"),
        ),
        (
            "Hội triển khai Thông tư số 07/2022/TT-BNG hướng dẫn quản lý đoàn ra, đoàn vào.",
            ("circular", "07", "07/2022/TT-BNG", None, "2022"),
        ),
        (
            "Liên hiệp sửa đổi Quy chế số 02-QC/LHHN về quản lý đoàn ra, đoàn vào.",
            ("regulation", "02", "02-QC/LHHN", None, None),
        ),
        (
            "Ngày 14/8/2014, Thủ tướng Chính phủ đã ký Quyết định số 1450/QĐ-TTg phê duyệt đề án.",
            ("decision", "1450", "1450/QĐ-TTg", "Thủ tướng Chính phủ", "2014-08-14"),
        ),
        (
            "Ngày 20/3/2023, Ban Bí thư Trung ương Đảng khóa XIII đã ban hành Chỉ thị số 21-CT/TW về đối ngoại.",
            ("directive", "21", "21-CT/TW", "Ban Bí thư Trung ương Đảng", "2023-03-20"),
        ),
        (
            "Hội bám sát Kết luận số 47-KL/TWngày 9/6/2023 của Bộ Chính trị về công tác đối ngoại.",
            ("conclusion", "47", "47-KL/TW", "Bộ Chính trị", "2023-06-09"),
        ),
        (
            "Quán triệt Nghị quyết số 31-NQ/TW ngày 8/8/2024 Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng.",
            ("resolution", "31", "31-NQ/TW", "Ban Chấp hành Trung ương Đảng", "2024-08-08"),
        ),
    ],
)
def test_a_citation_gives_kind_number_symbol_issuer_and_date(
    pipeline: Pipeline, text: str, expected: tuple[str, ...]
) -> None:
    assert [summary(d) for d in directives(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Tỉnh thực hiện Chỉ thị 45-CT/TW của Ban Bí thư về tăng cường công tác đối ngoại nhân dân trong tình hình "
            "mới.",
            "tăng cường công tác đối ngoại nhân dân trong tình hình mới",
        ),
        (
            "Hội nghị quán triệt Chỉ thị 45-CT/TW ngày 14/3/2023 của Ban Bí thư về “Đổi mới công tác hữu nghị” tại "
            "Hà Nội.",
            "Đổi mới công tác hữu nghị",
        ),
        (
            "Hội nghị quán triệt Chỉ thị số 45-CT/TW của Ban Bí thư T.Ư. về đổi mới công tác hữu nghị.",
            "đổi mới công tác hữu nghị",
        ),
        (
            "Tỉnh triển khai Nghị quyết 58-NQ/TW về định hướng hợp tác (Nghị quyết 58) trong năm nay.",
            "định hướng hợp tác",
        ),
        (
            "Chính phủ ban hành Đề án “Nâng cao hiệu quả thông tin đối ngoại giai đoạn 2024-2030”.",
            "Nâng cao hiệu quả thông tin đối ngoại giai đoạn 2024-2030",
        ),
    ],
)
def test_the_subject_is_what_follows_ve_or_the_quoted_title(pipeline: Pipeline, text: str, subject: str) -> None:
    assert [d.subject for d in directives(pipeline, text)] == [subject]


def test_a_quoted_scheme_title_is_a_directive_without_number(pipeline: Pipeline) -> None:
    found = directives(pipeline, "Tỉnh xây dựng Đề án “Phát triển quan hệ hữu nghị với các địa phương nước ngoài”.")
    assert [(d.kind, d.number, d.symbol) for d in found] == [("scheme", None, None)]


def test_short_forms_and_anaphora_resolve_to_the_one_full_citation(pipeline: Pipeline) -> None:
    text = (
        "Hội nghị quán triệt Chỉ thị số 45-CT/TW ngày 14/3/2023 của Ban Bí thư về công tác đối ngoại nhân dân "
        "(Chỉ thị 45).\nCác nhiệm vụ của Chỉ thị 45 được phân công cụ thể. Chỉ thị này là văn bản chỉ đạo quan trọng."
    )
    [directive] = directives(pipeline, text)
    assert [m.text for m in directive.mentions] == [
        "Chỉ thị số 45-CT/TW", "Chỉ thị 45", "Chỉ thị 45", "Chỉ thị này",
    ]
    assert directive.aliases == ("Chỉ thị 45", "Chỉ thị này")
    assert summary(directive) == ("directive", "45", "45-CT/TW", "Ban Bí thư", "2023-03-14")


def test_a_short_form_in_the_headline_joins_the_body_citation(pipeline: Pipeline) -> None:
    text = "Quán triệt Chỉ thị 45 tại Lạng Sơn\nSáng nay, tỉnh quán triệt Chỉ thị số 45-CT/TW của Ban Bí thư."
    [directive] = directives(pipeline, text)
    assert (directive.symbol, len(directive.mentions), directive.aliases) == ("45-CT/TW", 2, ("Chỉ thị 45",))


@pytest.mark.parametrize(
    ("text", "mentions", "alias"),
    [
        (
            "Tỉnh ủy ban hành Kế hoạch số 52-KH/TU ngày 3/4/2023 về đối ngoại nhân dân. "
            "Việc thực hiện Kế hoạch 52 được kiểm tra thường xuyên.",
            ["Kế hoạch số 52-KH/TU", "Kế hoạch 52"],
            "Kế hoạch 52",
        ),
        (
            "Triển khai Chương trình 07 tại các hội\nHội quán triệt Chương trình số 07-CTr/ĐĐ của Đảng đoàn Liên hiệp.",
            ["Chương trình 07", "Chương trình số 07-CTr/ĐĐ"],
            "Chương trình 07",
        ),
    ],
)
def test_a_short_form_of_a_plan_or_programme_joins_its_one_full_citation(
    pipeline: Pipeline, text: str, mentions: list[str], alias: str
) -> None:
    [directive] = directives(pipeline, text)
    assert ([m.text for m in directive.mentions], directive.aliases) == (mentions, (alias,))


@pytest.mark.parametrize(
    "text",
    [
        "Hội thực hiện Kế hoạch 52 từ đầu năm.",  # no full citation: cites nothing
        "Tỉnh thực hiện Kế hoạch số 52-KH/TU và Kế hoạch số 52-KH/UBND. Kế hoạch 52 được giao cụ thể.",
        "Tỉnh thực hiện Chỉ thị số 52-CT/TW. Kế hoạch 52 được giao cụ thể.",  # another kind
    ],
)
def test_a_plan_number_that_fits_no_single_full_citation_is_no_mention(pipeline: Pipeline, text: str) -> None:
    assert all(len(d.mentions) == 1 for d in directives(pipeline, text))


def test_writings_of_one_symbol_are_one_directive(pipeline: Pipeline) -> None:
    text = "Chỉ thị 31-CT/TW được phổ biến rộng rãi. Việc thực hiện Chỉ thị số 31/CT-TW được kiểm tra."
    [directive] = directives(pipeline, text)
    assert (directive.symbol, len(directive.mentions)) == ("31-CT/TW", 2)


def test_a_short_form_that_fits_two_documents_resolves_to_neither(pipeline: Pipeline) -> None:
    text = "Tỉnh thực hiện Chỉ thị 12-CT/TW và Chỉ thị 12-CT/TU; mọi cấp quán triệt Chỉ thị 12 nghiêm túc."
    found = directives(pipeline, text)
    assert [(d.symbol, len(d.mentions)) for d in found] == [("12-CT/TW", 1), ("12-CT/TU", 1)]


def test_an_anaphor_refers_to_the_one_earlier_document_of_its_type(pipeline: Pipeline) -> None:
    text = "Tỉnh triển khai Nghị quyết 58-NQ/TW và Chỉ thị 45-CT/TW. Nghị quyết trên đây được phổ biến tới cơ sở."
    found = directives(pipeline, text)
    assert [(d.symbol, d.aliases) for d in found] == [("58-NQ/TW", ("Nghị quyết trên đây",)), ("45-CT/TW", ())]


def test_an_anaphor_with_no_single_antecedent_is_dropped(pipeline: Pipeline) -> None:
    text = "Tỉnh thực hiện Chỉ thị 12-CT/TW và Chỉ thị 31-CT/TW. Chỉ thị này có ý nghĩa lớn."
    assert [len(d.mentions) for d in directives(pipeline, text)] == [1, 1]


def test_coordinated_citations_share_the_issuer_after_them(pipeline: Pipeline) -> None:
    text = "Hội nghị phổ biến Đề án 03-ĐA/TW và Chỉ thị 45-CT/TW của Ban Bí thư tới cán bộ chủ chốt."
    assert [(d.symbol, d.issuer) for d in directives(pipeline, text)] == [
        ("03-ĐA/TW", "Ban Bí thư"), ("45-CT/TW", "Ban Bí thư"),
    ]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Sở Ngoại vụ tỉnh Bến Tre triển khai Quyết định số 412/QĐ-UBND của UBND tỉnh về viện trợ.", "UBND tỉnh"),
        ("Tại Đắk Lắk, các hội thực hiện Kế hoạch số 35-KH/TU của Tỉnh ủy về đối ngoại nhân dân.", "Tỉnh ủy"),
        ("Ngành ngoại vụ Đà Nẵng làm theo Kế hoạch 88/KH-UBND của Ủy ban nhân dân thành phố về hợp tác quốc tế.",
         "Ủy ban nhân dân thành phố"),
    ],
)  # fmt: skip
def test_a_local_body_written_without_its_province_is_its_name_as_written(
    pipeline: Pipeline, text: str, issuer: str
) -> None:
    [directive] = directives(pipeline, text)
    assert directive.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Đảng đoàn Liên hiệp các tổ chức hữu nghị Việt Nam đã ban hành Kế hoạch số 21-KH/ĐĐ về đối ngoại.",
         "Đảng đoàn Liên hiệp các tổ chức hữu nghị Việt Nam"),
        ("Đảng đoàn Liên hiệp vừa ban hành Chương trình số 05-CTr/ĐĐ thực hiện nghị quyết.", "Đảng đoàn Liên hiệp"),
        ("Nội dung Kế hoạch số 16-KH/BCSĐ của Ban cán sự đảng Bộ Ngoại giao được quán triệt.",
         "Ban cán sự đảng Bộ Ngoại giao"),
        ("Hội thực hiện Quyết định số 512/QĐ-LHHN của Đoàn Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam.",
         "Đoàn Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam"),
        ("Hội quán triệt Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy về công tác đối ngoại.",
         "Ban Thường vụ Tỉnh ủy"),
        # the committee of a body known by its acronym: the whole name, up to its subject
        ("Các chi hội thực hiện Kế hoạch số 08/KH-HND của Ban Thường vụ Hội ND tỉnh về đối ngoại nhân dân.",
         "Ban Thường vụ Hội ND tỉnh"),
    ],
)  # fmt: skip
def test_a_party_delegation_or_committee_of_a_body_issues(pipeline: Pipeline, text: str, issuer: str) -> None:
    [directive] = directives(pipeline, text)
    assert directive.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Ngày 4/2/2024, Ban Đối ngoại Tỉnh ủy Hà Giang ban hành Hướng dẫn số 07-HD/BĐNTU về tuyên truyền đối ngoại.",
         "Ban Đối ngoại Tỉnh ủy Hà Giang"),
        ("Các chi bộ thực hiện Kế hoạch số 15-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Thành ủy.",
         "Ban Tuyên giáo và Dân vận Thành ủy"),
        ("Tỉnh triển khai Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy.",
         "Bộ Chính trị, Ban Bí thư"),
        ("Tỉnh quán triệt Kết luận số 150-KL/TW của Bộ Chính trị và Ban Bí thư tới chi bộ.",
         "Bộ Chính trị và Ban Bí thư"),
        # a body known to the gazetteer inside the name is a part of it
        ("Hội được thành lập theo Quyết định số 88/QĐ-TCCP của Ban Tổ chức - Cán bộ Chính phủ cho phép thành lập Hội.",
         "Ban Tổ chức - Cán bộ Chính phủ"),
        ("Trường thực hiện Quyết định số 45/QĐ-VP của Văn phòng Chính phủ về thi đua.", "Văn phòng Chính phủ"),
        # the parties to a joint document, after "giữa", issue it together ("của A và các văn bản …" stays A's)
        ("Hai bên thực hiện Quy chế phối hợp số 12/QC-LHHN giữa Sở Ngoại vụ và Liên hiệp các tổ chức hữu nghị tỉnh "
         "về công tác đối ngoại.", "Sở Ngoại vụ và Liên hiệp các tổ chức hữu nghị tỉnh"),
        ("Hội thực hiện Quyết định số 45/QĐ-SNgV của Sở Ngoại vụ và các văn bản hướng dẫn.", "Sở Ngoại vụ"),
    ],
)  # fmt: skip
def test_a_board_of_a_party_committee_or_a_joint_issuer_issues(pipeline: Pipeline, text: str, issuer: str) -> None:
    [directive] = directives(pipeline, text)
    assert directive.issuer == issuer


@pytest.mark.parametrize(
    "text",
    [
        "Các đại biểu kêu gọi thực thi Nghị quyết 2334 của Hội đồng Bảo an Liên hợp quốc về vấn đề Palestine.",
        "Năm 2016, Hội đồng Bảo an đã thông qua Nghị quyết số 2334 về các khu định cư.",
        "Đoàn tìm hiểu Nghị quyết số 12/NQ-QH của Quốc hội Lào về phát triển kinh tế biên giới.",
        "Theo Luật số 45 của Chính phủ Nhật Bản, lao động kỹ năng được gia hạn thị thực.",
        "Nghị quyết 76/4 của Đại hội đồng LHQ và Nghị quyết 2334 của Hội đồng Bảo an LHQ được nhắc lại.",
    ],
)
def test_a_document_of_another_state_or_of_an_international_body_is_no_directive(
    pipeline: Pipeline, text: str
) -> None:
    assert directives(pipeline, text) == []


def test_a_province_named_like_a_country_leaves_a_local_issuer_ours(pipeline: Pipeline) -> None:
    [directive] = directives(pipeline, "Sở Ngoại vụ thực hiện Quyết định số 88/QĐ-UBND của UBND tỉnh Lào Cai.")
    assert directive.issuer == "UBND tỉnh Lào Cai"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh thực hiện Nghị quyết số 09-NQ/TU ngày 2/6/2022 của Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh về đối ngoại.",
         ("resolution", "09", "09-NQ/TU", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", "2022-06-02")),
        ("Sở thực hiện Thông báo số 88-TB/TU ngày 4/4/2024 của Thường trực Tỉnh ủy Hà Tĩnh về đón đoàn.",
         ("notice", "88", "88-TB/TU", "Thường trực Tỉnh ủy Hà Tĩnh", "2024-04-04")),
        ("Luật Hợp tác quốc tế về pháp luật số 12/2019/QH14 ngày 5/6/2019 có hiệu lực.",
         ("law", "12", "12/2019/QH14", None, "2019-06-05")),
        ("Hội phổ biến Luật Thi đua, khen thưởng số 11/2023/QH15 tới hội viên.",  # a comma inside the law's name
         ("law", "11", "11/2023/QH15", None, "2023")),
        ("Hội thực hiện Luật Thi đua, khen thưởng, Chỉ thị số 42-CT/TW ngày 2/7/2021 của Ban Bí thư.",  # two documents
         ("directive", "42", "42-CT/TW", "Ban Bí thư", "2021-07-02")),
        ("Các tổ chức đồng hành theo tinh thần Chỉ thị 45-CT/TW (Directive 45 on people’s diplomacy) của Ban Bí thư.",
         ("directive", "45", "45-CT/TW", "Ban Bí thư", None)),
    ],
)  # fmt: skip
def test_a_party_congress_committee_its_standing_office_a_named_law_or_an_aside_before_the_issuer(
    pipeline: Pipeline, text: str, expected: tuple[str, str | None, str | None, str | None, str | None]
) -> None:
    [directive] = directives(pipeline, text)
    assert summary(directive) == expected


def test_a_law_cited_by_name_alone_is_no_directive(pipeline: Pipeline) -> None:
    text = "Luật Đầu tư năm 2020 và Luật Ngân sách nhà nước có nhiều điểm mới; số 12 ra tuần."
    assert directives(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Thực hiện Chỉ thị số 45-CT/TW của Ban Bí thư về đối ngoại nhân dân, những năm qua Hội đã mở rộng quan hệ.",
         "đối ngoại nhân dân"),
        ("Thực hiện Kế hoạch số 41/KH-UBND về công tác đối ngoại năm 2024, Liên hiệp đã chủ động phối hợp.",
         "công tác đối ngoại năm 2024"),
        ("Chỉ thị số 45-CT/TW về công tác đối ngoại nhân dân được quán triệt tới chi bộ.",
         "công tác đối ngoại nhân dân"),
        ("Quyết định số 06/2020/QĐ-TTg về tổ chức, quản lý hội nghị, hội thảo quốc tế tại Việt Nam, Sở đã hướng dẫn.",
         "tổ chức, quản lý hội nghị, hội thảo quốc tế tại Việt Nam"),
        ("Tỉnh ban hành Quyết định số 7/2023/QĐ-UBND về quản lý các đoàn ra, nhờ đó hồ sơ được duyệt nhanh hơn.",
         "quản lý các đoàn ra"),
        ("Sở có Hướng dẫn số 3/HD-SNgV về tiếp nhận viện trợ, do đó các hội chủ động hơn.", "tiếp nhận viện trợ"),
        ("UBND huyện ban hành Quyết định số 215/QĐ-UBND về việc kiện toàn Ban Chỉ đạo công tác đối ngoại huyện do "
         "đồng chí Lò Văn Tâm, Phó Chủ tịch UBND huyện làm Trưởng ban.",
         "kiện toàn Ban Chỉ đạo công tác đối ngoại huyện"),
        # an agent that is no head of the body stays
        ("Tỉnh có Quyết định số 12/QĐ-UBND về việc tiếp nhận khoản viện trợ do ông Peter Brown tài trợ.",
         "tiếp nhận khoản viện trợ do ông Peter Brown tài trợ"),
    ],
)  # fmt: skip
def test_a_subject_ends_where_the_sentences_own_clause_begins(pipeline: Pipeline, text: str, subject: str) -> None:
    [directive] = directives(pipeline, text)
    assert directive.subject == subject


def test_a_subject_ends_before_the_next_coordinated_citation(pipeline: Pipeline) -> None:
    text = (
        "Tỉnh bám sát Chỉ thị số 45-CT/TW của Ban Bí thư về công tác đối ngoại nhân dân và Kế hoạch số 40-KH/TU "
        "của Tỉnh ủy Hà Nam."
    )
    first, second = directives(pipeline, text)
    assert (first.subject, second.issuer) == ("công tác đối ngoại nhân dân", "Tỉnh ủy Hà Nam")


def test_a_title_ending_before_the_next_document_closes_a_subject_with_commas(pipeline: Pipeline) -> None:
    text = (
        "Hội quán triệt Chỉ thị số 45-CT/TW của Ban Bí thư về đổi mới phương thức, nâng cao chất lượng công tác hội "
        "trong tình hình mới và triển khai Quyết định số 1475/QĐ-TTg của Thủ tướng Chính phủ."
    )
    first, _ = directives(pipeline, text)
    assert first.subject == "đổi mới phương thức, nâng cao chất lượng công tác hội trong tình hình mới"


def test_a_subject_written_inside_brackets_ends_at_the_closing_bracket(pipeline: Pipeline) -> None:
    text = (
        "Hội quán triệt Kế hoạch số 15-KH/HH (thay thế Kế hoạch số 9-KH/HH ngày 3/2/2020 của Ban Thường vụ Hội về "
        "đẩy mạnh giao lưu nhân dân) và Nghị quyết của Đảng ủy."
    )
    assert [d.subject for d in directives(pipeline, text)] == [None, "đẩy mạnh giao lưu nhân dân"]


def test_a_bracket_closed_inside_a_subject_stays_in_it(pipeline: Pipeline) -> None:
    text = "Hội quán triệt Chỉ thị số 7-CT/TU của Tỉnh ủy về quan hệ với Quỹ Châu Á (Hoa Kỳ) trong năm 2024."
    assert [d.subject for d in directives(pipeline, text)] == ["quan hệ với Quỹ Châu Á (Hoa Kỳ) trong năm 2024"]


def test_an_issuer_is_only_what_the_text_writes_never_what_a_symbol_implies(pipeline: Pipeline) -> None:
    text = "Hội tuyên truyền Chỉ thị số 12-CT/TW và Quyết định số 1445/QĐ-TTg ngày 10/8/2023 tới hội viên."
    assert [(d.symbol, d.issuer) for d in directives(pipeline, text)] == [("12-CT/TW", None), ("1445/QĐ-TTg", None)]


def test_documents_of_one_agency_share_the_issuer_written_after_them(pipeline: Pipeline) -> None:
    text = "Tỉnh quán triệt Quyết định số 15/QĐ-UBND và Kế hoạch số 20/KH-UBND của UBND tỉnh Sơn La tới cán bộ."
    assert [d.issuer for d in directives(pipeline, text)] == ["UBND tỉnh Sơn La", "UBND tỉnh Sơn La"]


def test_documents_of_one_agency_in_different_terms_share_their_issuer(pipeline: Pipeline) -> None:
    text = "Hội phổ biến Luật số 20/2023/QH15 và Luật số 12/2019/QH14 của Quốc hội tới hội viên."
    assert [d.issuer for d in directives(pipeline, text)] == ["Quốc hội", "Quốc hội"]


def test_an_issuer_written_after_a_document_of_another_agency_is_not_shared(pipeline: Pipeline) -> None:
    text = "Hội thực hiện Chỉ thị số 12-CT/TW và Nghị định số 30/2021/NĐ-CP của Chính phủ về hoạt động đối ngoại."
    assert [(d.symbol, d.issuer) for d in directives(pipeline, text)] == [
        ("12-CT/TW", None),
        ("30/2021/NĐ-CP", "Chính phủ"),
    ]


def test_a_citation_inside_a_subject_keeps_its_own_attributes(pipeline: Pipeline) -> None:
    text = (
        "Hội nghị nghe phổ biến Hướng dẫn số 02-HD/BĐNTW ngày 21/6/2023 của Ban Đối ngoại TW về triển khai "
        "Chỉ thị 45-CT/TW ngày 14/3/2023 của Ban Bí thư."
    )
    found = directives(pipeline, text)
    assert [summary(d) for d in found] == [
        ("guideline", "02", "02-HD/BĐNTW", "Ban Đối ngoại TW", "2023-06-21"),
        ("directive", "45", "45-CT/TW", "Ban Bí thư", "2023-03-14"),
    ]
    assert found[0].subject == "triển khai Chỉ thị 45-CT/TW ngày 14/3/2023 của Ban Bí thư"


@pytest.mark.parametrize(
    "text",
    [
        "Các cấp tiếp tục thực hiện các chỉ thị, nghị quyết của Đảng về công tác đối ngoại.",
        "Tỉnh tiếp tục thực hiện chỉ thị của Ban Bí thư về đổi mới công tác đối ngoại nhân dân.",
        "Hội tuyên truyền Nghị quyết Đại hội XIII của Đảng tới hội viên.",
        "Hội xây dựng kế hoạch 5 năm và Kế hoạch hoạt động năm 2025.",
        "Kết luận 3 vấn đề lớn, đồng chí Chủ tịch đề nghị các hội tăng cường phối hợp.",
        "UBND tỉnh vừa quyết định bổ sung hơn 7 tỷ đồng cho các đơn vị.",
        "Chương trình “Xuân quê hương” thu hút 500 kiều bào tham dự.",
        "Chương trình 2 ngày gồm nhiều hoạt động giao lưu.",
        "Hướng dẫn 10 học viên thực hành, chuyên gia đánh giá cao kết quả.",
        "Đoàn gồm 12 thành viên, trong đó 4 CT viên của báo.",
        "Giá vé 100 USD/người cho chuyến đi.",
    ],
)
def test_generic_references_and_look_alikes_are_not_directives(pipeline: Pipeline, text: str) -> None:
    assert directives(pipeline, text) == []


def test_a_directive_in_a_teaser_is_left_out(pipeline: Pipeline) -> None:
    text = "Hội nghị quán triệt công tác năm 2024.\nTin bài liên quan\nTỉnh thực hiện Chỉ thị 45-CT/TW hiệu quả"
    extraction = pipeline.extract(text, reference_date=REFERENCE)
    related = [s for s in extraction.segments if s.kind == "related"]
    if not related:
        pytest.skip("no segmenter marks teasers yet")
    assert extraction.directives == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [("12-CT/TW", "12/CT-TW"), ("04 CT/TW", "04-CT/TW"), ("01- ĐA/TW", "01-đa/tw")],
)
def test_symbol_key_ignores_punctuation_and_case(first: str, second: str) -> None:
    assert symbol_key(first) == symbol_key(second)


def test_number_key_ignores_leading_zeros() -> None:
    assert number_key("04") == number_key("4") == "4"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Chỉ thị", "số", "12-CT/TW", "12", "ngày 5/1/2022", "của", "Ban Bí thư", "về", "“", "”", "này",
             "(", ")", ",", "và", "Quyết định", "1234/QĐ-UBND", "UBND tỉnh", "Đề án", "\n", ".", "T.Ư", "khóa VII"]
        ),
        max_size=25,
    ).map(" ".join)
)
def test_citation_soup_never_raises_and_mentions_quote(pipeline: Pipeline, text: str) -> None:
    extraction = pipeline.extract(text)
    assert not [e for e in extraction.errors if e.plugin in ("directives", "resolve")]
    assert all(m.quotes(extraction.text) for d in extraction.directives for m in d.mentions)


@settings(max_examples=200, deadline=None)
@given(citation_soup | messy_text)
@example("\u0300CHỈ THỊSỐ0")  # a citation opening after a combining mark, inside a word
def test_citations_tried_at_their_opening_words_are_those_found_at_every_character(
    pipeline: Pipeline, text: str
) -> None:
    article = pipeline.article(text)
    everywhere = [m.span() for m in directives_extractor._CITATION.finditer(article.text)]
    at_openings = [m.span() for m in directives_extractor._citation_matches(article, 0, len(article.text))]
    assert at_openings == everywhere


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 9999),
    st.sampled_from([("CT", "directive"), ("NQ", "resolution"), ("KL", "conclusion"), ("TB", "notice")]),
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    st.booleans(),
)
def test_any_party_citation_reads_back(
    pipeline: Pipeline, number: int, code: tuple[str, str], date: dt.date, padded: bool
) -> None:
    written = f"{number:02d}" if padded else str(number)
    day = f"{date.day:02d}/{date.month:02d}" if padded else f"{date.day}/{date.month}"
    text = f"Các cấp quán triệt văn bản số {written}-{code[0]}/TW ngày {day}/{date.year} của Bộ Chính trị."
    [directive] = directives(pipeline, text)
    assert summary(directive) == (code[1], written, f"{written}-{code[0]}/TW", "Bộ Chính trị", date.isoformat())


@needs_corpus
@pytest.mark.parametrize("path", CORPUS_PAGES, ids=lambda p: p.name)
def test_real_pages_never_raise_and_mentions_quote(pipeline: Pipeline, path: Path) -> None:
    extraction = pipeline.extract_file(path)
    assert not [e for e in extraction.errors if e.plugin in ("directives", "resolve")]
    assert all(m.quotes(extraction.text) for d in extraction.directives for m in d.mentions)


@pytest.mark.parametrize(
    ("text", "issuer", "subject"),
    [
        ("Chi bộ học tập Chỉ thị số 15-CT/TW ngày 2/3/2021 của Ban Bí thư TW Đảng (khóa XII) về công tác dân vận.",
         "Ban Bí thư TW Đảng", "công tác dân vận"),
        ("Hội bám sát Chỉ thị số 12-CT/TW (Chỉ thị 12) ngày 5/1/2022 của Ban Bí thư về tăng cường công tác đối ngoại, "
         "nâng cao hiệu quả hợp tác trong tình hình mới.",
         "Ban Bí thư", "tăng cường công tác đối ngoại, nâng cao hiệu quả hợp tác trong tình hình mới"),
        ("Hội nhận Quyết định số 45-QĐ/LHHN, ngày 10/5/2023, của Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh An Giang "
         "về việc công nhận Ban Chấp hành Hội Hữu nghị Việt Nam - Lào tỉnh An Giang.",
         "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh An Giang",
         "công nhận Ban Chấp hành Hội Hữu nghị Việt Nam - Lào tỉnh An Giang"),
        # the chair who signs is written with the body, as "Thủ tướng Chính phủ" is
        ("Dự án được phê duyệt tại Quyết định số 88/QĐ-UBND ngày 3/2/2024 của Chủ tịch UBND tỉnh về việc phê duyệt Dự "
         "án trồng rừng ven biển.",
         "Chủ tịch UBND tỉnh", "phê duyệt Dự án trồng rừng ven biển"),
    ],
)  # fmt: skip
def test_issuer_and_subject_are_read_across_brackets_commas_and_a_chair(
    pipeline: Pipeline, text: str, issuer: str, subject: str
) -> None:
    [directive] = [d for d in directives(pipeline, text) if d.symbol is not None]
    assert (directive.issuer, directive.subject) == (issuer, subject)


def test_a_body_that_has_a_decision_issues_it_and_the_clause_after_it_is_its_subject(pipeline: Pipeline) -> None:
    text = (
        "Ngày 3/4/2024, Chủ tịch UBND tỉnh có quyết định số 815 cho phép thành lập Hội Hữu nghị Việt Nam - Hàn Quốc "
        "tỉnh."
    )
    [directive] = directives(pipeline, text)
    assert (directive.issuer, str(directive.issued_on), directive.subject) == (
        "Chủ tịch UBND tỉnh", "2024-04-03", "cho phép thành lập Hội Hữu nghị Việt Nam - Hàn Quốc tỉnh"
    )


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Mô hình được Phó Chủ tịch UBND tỉnh phê duyệt tại Quyết định số 310/QĐ-UBND ngày 8/3/2023.",
         "Phó Chủ tịch UBND tỉnh"),
        ("Chương trình đã được UBND huyện phê duyệt tại Kế hoạch số 45/KH-UBND ngày 2/2/2024.", "UBND huyện"),
    ],
)  # fmt: skip
def test_a_body_that_approved_a_document_at_its_citation_issues_it(pipeline: Pipeline, text: str, issuer: str) -> None:
    assert [d.issuer for d in directives(pipeline, text)] == [issuer]


def test_a_body_that_goes_on_to_issue_a_decision_issues_it_on_the_day_before_it(pipeline: Pipeline) -> None:
    text = "Ngày 9/8/2024, UBND tỉnh tiếp tục ban hành Quyết định số 902/QĐ-UBND về công tác đối ngoại."
    assert [(d.issuer, str(d.issued_on)) for d in directives(pipeline, text)] == [("UBND tỉnh", "2024-08-09")]


def test_a_circular_that_guides_has_the_guiding_clause_as_its_subject(pipeline: Pipeline) -> None:
    text = "Sở thực hiện Thông tư số 07/2021/TT-BNG của Bộ Ngoại giao hướng dẫn về tổ chức đoàn ra."
    assert [(d.issuer, d.subject) for d in directives(pipeline, text)] == [
        ("Bộ Ngoại giao", "hướng dẫn về tổ chức đoàn ra")
    ]


def test_a_subject_keeps_a_bracketed_country_but_not_a_short_form(pipeline: Pipeline) -> None:
    text = (
        "Sở thực hiện Quyết định số 77/QĐ-UBND phê duyệt tiếp nhận dự án của Tổ chức Hope (Canada) tại huyện "
        "Mường Tè."
    )
    assert [d.subject for d in directives(pipeline, text)] == [
        "phê duyệt tiếp nhận dự án của Tổ chức Hope (Canada) tại huyện Mường Tè"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số 12/QĐ-UBND được công bố, sau đó tỉnh giao nhiệm vụ cho các sở.",
        "Tỉnh thực hiện Quyết định số 12/QĐ-UBND, giao Sở Ngoại vụ chủ trì.",
    ],
)
def test_a_decision_verb_that_does_not_follow_the_citation_is_no_subject(pipeline: Pipeline, text: str) -> None:
    assert [d.subject for d in directives(pipeline, text)] == [None]


def test_a_subject_takes_the_document_it_implements_through_its_date_and_issuer(pipeline: Pipeline) -> None:
    text = "Ban Thường vụ ban hành Kế hoạch số 88-KH/TU về thực hiện Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư."
    plan, directive = directives(pipeline, text)
    assert plan.subject == "thực hiện Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư"
    assert (directive.issuer, directive.subject) == ("Ban Bí thư", None)


def test_a_subject_ends_at_the_comma_before_the_words_that_lead_to_the_next_citation(pipeline: Pipeline) -> None:
    text = (
        "Hội nghị nghe báo cáo sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư về công tác đối ngoại nhân dân, nghe phổ "
        "biến Kết luận số 57-KL/TW của Bộ Chính trị."
    )
    assert [d.subject for d in directives(pipeline, text)] == ["công tác đối ngoại nhân dân", None]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Sở triển khai Kế hoạch số 21/KH-UBND của UBND tỉnh về công tác thông tin đối ngoại năm 2026, chú trọng "
         "các địa bàn biên giới.", "công tác thông tin đối ngoại năm 2026"),
        ("Thực hiện Quyết định số 930/QĐ-TTg về phát triển du lịch đến năm 2030, tầm nhìn đến năm 2050, tỉnh ưu "
         "tiên các dự án mới.", "phát triển du lịch đến năm 2030, tầm nhìn đến năm 2050"),
        ("Hội học tập Nghị quyết số 18-NQ/TU về phát triển vùng biên giai đoạn 2021 - 2025, định hướng đến năm 2030.",
         "phát triển vùng biên giai đoạn 2021 - 2025, định hướng đến năm 2030"),
        # ... or in its period
        ("Tỉnh ban hành Kế hoạch số 77/KH-UBND về hợp tác quốc tế giai đoạn 2026 - 2030, với 4 nhóm giải pháp.",
         "hợp tác quốc tế giai đoạn 2026 - 2030"),
        # a new subject after the comma, a dash of its name and all, then an auxiliary: the sentence's own clause
        ("Theo Nghị định số 31/2023/NĐ-CP về quản lý hội, Hội hữu nghị Việt Nam - Ai Cập đang sửa điều lệ.",
         "quản lý hội"),
    ],
)
def test_a_title_that_ends_in_its_year_ends_at_the_comma_after_it(pipeline: Pipeline, text: str, subject: str) -> None:
    assert [d.subject for d in directives(pipeline, text)] == [subject]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # documents in general after "và các" are no part of the subject
        ("Hội bám sát Chỉ thị số 45-CT/TU về công tác kiều bào và các văn bản của Tỉnh ủy, triển khai nhiều việc.",
         "công tác kiều bào"),
        # amending a decree is what the decree does
        ("Chính phủ ban hành Nghị định số 58/2024/NĐ-CP sửa đổi, bổ sung một số điều về quản lý hội.",
         "sửa đổi, bổ sung một số điều về quản lý hội"),
    ],
)
def test_the_subject_stops_at_documents_in_general_and_opens_at_amending(
    pipeline: Pipeline, text: str, subject: str
) -> None:
    assert [d.subject for d in directives(pipeline, text)] == [subject]


def test_two_documents_joined_by_a_bare_va_keep_their_own_subjects(pipeline: Pipeline) -> None:
    text = (
        "Hội thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư và Nghị quyết số 59-NQ/TW của Bộ Chính trị về hội nhập "
        "quốc tế trong tình hình mới, Hội luôn coi trọng giao lưu nhân dân."
    )
    assert [d.subject for d in directives(pipeline, text)] == [None, "hội nhập quốc tế trong tình hình mới"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Hội quán triệt Kết luận số 57-KL/TW của Bộ Chính trị về công tác kiều bào tới toàn thể hội viên.",
         "công tác kiều bào"),
        ("Ban hành Hướng dẫn số 03-HD/BĐNTU về tuyên truyền, quán triệt Kết luận tới các chi bộ.",
         "tuyên truyền, quán triệt Kết luận tới các chi bộ"),
        ("Tỉnh triển khai Nghị quyết số 22-NQ/TW về hội nhập quốc tế, đồng thời đề nghị các hội phối hợp.",
         "hội nhập quốc tế"),
    ],
)  # fmt: skip
def test_a_subject_ends_before_its_audience_or_the_next_clause(pipeline: Pipeline, text: str, subject: str) -> None:
    assert [d.subject for d in directives(pipeline, text)] == [subject]


def test_the_body_gives_the_subject_that_a_headline_shortens(pipeline: Pipeline) -> None:
    headline = "Sơ kết Chỉ thị 12-CT/TW về đối ngoại nhân dân"
    body = "Tỉnh sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư về tăng cường công tác đối ngoại nhân dân nhiệm kỳ mới."
    [directive] = pipeline.extract(f"{headline}\n\n{body}").directives
    assert directive.subject == "tăng cường công tác đối ngoại nhân dân nhiệm kỳ mới"


def test_coordinated_citations_share_the_subject_after_them(pipeline: Pipeline) -> None:
    text = (
        "Tỉnh quán triệt Chỉ thị số 12-CT/TW của Ban Bí thư, và Kế hoạch số 5-KH/TU của Tỉnh ủy về đối ngoại nhân "
        "dân."
    )
    assert [(d.issuer, d.subject) for d in directives(pipeline, text)] == [
        ("Ban Bí thư", "đối ngoại nhân dân"), ("Tỉnh ủy", "đối ngoại nhân dân"),
    ]  # fmt: skip


# ---------------------------------------------------------------- provenance


def rules(directive: Directive) -> list[tuple[str, str | None]]:
    return [(source.plugin, source.rule) for source in directive.sources]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Tỉnh ủy quán triệt Chỉ thị số 27-CT/TW của Ban Bí thư.", directives_extractor.SYMBOL),
        ("Tỉnh ủy đã ban hành Luật Thủ đô số 39/2024/QH15.", directives_extractor.SYMBOL),
        ("Các cấp ủy thực hiện nghiêm 27-CT/TW trong năm nay.", directives_extractor.BARE_SYMBOL),
        ("Hội học tập Chỉ thị 27 trong toàn hệ thống.", directives_extractor.KIND_AND_NUMBER),
        ("Bộ phê duyệt Đề án “Đưa văn hóa đọc tới vùng cao”.", directives_extractor.QUOTED_TITLE),
    ],
)
def test_each_directive_names_the_rule_that_cites_it(pipeline: Pipeline, text: str, rule: str) -> None:
    [directive] = directives(pipeline, text)
    assert rules(directive) == [("directives", rule)]


def test_a_directive_cited_in_several_forms_keeps_each_rule_once_in_text_order(pipeline: Pipeline) -> None:
    text = (
        "Hội quán triệt Chỉ thị 27. Chỉ thị số 27-CT/TW ngày 5/3/2024 của Ban Bí thư được triển khai. "
        "Chỉ thị này rất quan trọng. Chỉ thị 27 cũng được phổ biến tới hội viên."
    )
    [directive] = directives(pipeline, text)
    assert rules(directive) == [
        ("directives", directives_extractor.KIND_AND_NUMBER),
        ("directives", directives_extractor.SYMBOL),
        ("directives", directives_extractor.BACK_REFERENCE),
    ]
