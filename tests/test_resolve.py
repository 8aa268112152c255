"""Tests of the built-in refiner: merging duplicate facts and linking people to events."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

from strategies import extractions
from support import body_article
from vnfriendship import Pipeline, hookimpl
from vnfriendship._article import Article
from vnfriendship._edtf import EdtfDate
from vnfriendship._gazetteer import Gazetteer
from vnfriendship._model import (
    AidFigure,
    Directive,
    Event,
    Extraction,
    Facts,
    MemberOrganization,
    Mention,
    Person,
    Position,
    Source,
    Union,
)
from vnfriendship._text import words
from vnfriendship.extractors import resolve
from vnfriendship.extractors.resolve import BLOCK, SAME, link_participants, merge_duplicates, vnfriendship_refine

TEXT = (
    "Sáng 12/3, ông Trần Quốc Bảo tiếp bà Lê Thị Hạnh tại Hà Nội. "
    "Chiều cùng ngày, đoàn làm việc với ông Phạm Minh Đức. "
    "Ông Trần Quốc Bảo cảm ơn đoàn."
)


def article(text: str = TEXT) -> Article:
    return body_article(text, Gazetteer())


def at(phrase: str, occurrence: int = 0, text: str = TEXT) -> Mention:
    """A mention of the ``occurrence``-th ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Mention(start, start + len(phrase), phrase)


def merged(facet: str, facts: list[Any]) -> list[Any]:
    return merge_duplicates(facts, SAME[facet])


def test_people_with_fold_equal_names_merge_with_all_mentions_and_positions() -> None:
    first = Person("Trần Quốc Bảo", None, [Position("Chủ tịch")], [at("Trần Quốc Bảo", 1)])
    second = Person("trần quốc  bảo", "ông", [Position("Phó Bí thư")], [at("Trần Quốc Bảo"), at("Trần Quốc Bảo", 1)])
    [person] = merged("people", [first, second])
    assert person.name == "trần quốc  bảo"  # the name of the earliest mention in the text
    assert person.honorific == "ông"
    assert person.positions == (Position("Phó Bí thư"), Position("Chủ tịch"))
    assert person.mentions == (at("Trần Quốc Bảo"), at("Trần Quốc Bảo", 1))


def test_people_with_different_names_stay_apart() -> None:
    people = [Person("Trần Quốc Bảo"), Person("Phạm Minh Đức")]
    assert merged("people", people) == people


@pytest.mark.parametrize(
    ("first", "second", "count"),
    [
        (Union("VUFO", "central"), Union("Liên hiệp các tổ chức hữu nghị Việt Nam", "central"), 1),
        (Union("Liên hiệp tỉnh", "provincial", "Thanh Hóa"), Union("Liên hiệp", "provincial", "Thanh Hoá"), 1),
        (Union("Liên hiệp", "provincial", "Nghệ An"), Union("Liên hiệp", "provincial", "Hà Tĩnh"), 2),
        (Union("Liên hiệp", "central"), Union("Liên hiệp", "provincial"), 2),
    ],
)
def test_unions_merge_on_level_and_province(first: Union, second: Union, count: int) -> None:
    assert len(merged("unions", [first, second])) == count


def test_merged_union_keeps_the_first_acronym_given() -> None:
    [union] = merged("unions", [Union("Liên hiệp", "central"), Union("Liên hiệp", "central", acronym="VUFO")])
    assert union.acronym == "VUFO"


@pytest.mark.parametrize(
    ("names", "count"),
    [
        (["Hội hữu nghị Việt Nam - Lào", "Hội hữu nghị Việt Nam – Lào"], 1),
        (["Hội hữu nghị Việt Nam - Cuba", "Hội hữu nghị Việt Nam - Cuba tại Hà Nội"], 1),
        (["Hội hữu nghị Việt Nam - Nga", "Hội hữu nghị Việt Nam - Nhật Bản"], 2),
        (["Hội Việt - Lào", "Hội hữu nghị Việt Nam - Lào"], 2),
        (["Hội hữu nghị Việt Nam - Lào", "Hội hữu nghị Việt Nam - Lào quận Ba Đình"], 2),
        (["Hội hữu nghị Việt - Nhật", "Hội hữu nghị Việt - Nhật thành phố Vinh"], 2),
        # a short name that fits two associations joins neither
        (["Hội hữu nghị Việt Nam - Lào", "Hội hữu nghị Việt Nam - Cuba", "Hội hữu nghị Việt Nam"], 3),
    ],
)
def test_member_organizations_merge_when_one_name_holds_the_other(names: list[str], count: int) -> None:
    assert len(merged("member_organizations", [MemberOrganization(n) for n in names])) == count


def test_a_local_chapter_is_not_merged_into_the_national_association() -> None:
    national = MemberOrganization("Hội hữu nghị Việt Nam - Lào", "friendship_association", ["LA"])
    local = MemberOrganization("Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An", "friendship_association", ["LA"], "Nghệ An")
    assert merged("member_organizations", [national, local]) == [national, local]


def test_merged_organization_takes_the_first_kind_that_is_not_the_default() -> None:
    facts = [
        MemberOrganization("Hội hữu nghị Việt Nam - Lào"),
        MemberOrganization("Hội hữu nghị Việt Nam - Lào", "friendship_association", ["LA"]),
    ]
    [organization] = merged("member_organizations", facts)
    assert (organization.kind, organization.countries) == ("friendship_association", ("LA",))


@pytest.mark.parametrize(
    ("second", "count"),
    [
        (AidFigure(Decimal("700000000"), "VND", "about"), 1),
        (AidFigure(Decimal("7E+8"), "VND", "about"), 1),
        (AidFigure(Decimal("700000000"), "VND", "over"), 2),
        (AidFigure(Decimal("700000000"), "USD", "about"), 2),
    ],
)
def test_aid_figures_merge_on_amount_currency_and_qualifier(second: AidFigure, count: int) -> None:
    first = AidFigure(Decimal("700000000"), "VND", "about", "donation", recipient="học sinh nghèo")
    assert len(merged("aid_figures", [first, second])) == count


def test_events_merge_on_date_and_kind_keeping_the_first_stated_values() -> None:
    date = EdtfDate(2024, 3, 12)
    first = Event("meeting", date=date, mentions=[at("tiếp", text=TEXT)])
    second = Event("meeting", date=date, time_of_day="morning", location="Hà Nội", mentions=[at("Sáng 12/3")])
    [event] = merged("events", [first, second])
    assert (event.time_of_day, event.location) == ("morning", "Hà Nội")
    assert [m.text for m in event.mentions] == ["Sáng 12/3", "tiếp"]


@pytest.mark.parametrize(
    ("second", "count"),
    [
        (Event("meeting", date=EdtfDate(2024, 3, 13)), 2),
        (Event("visit", date=EdtfDate(2024, 3, 12)), 2),
    ],
)
def test_events_of_other_days_or_kinds_stay_apart(second: Event, count: int) -> None:
    assert len(merged("events", [Event("meeting", date=EdtfDate(2024, 3, 12)), second])) == count


def test_events_of_one_day_at_other_times_of_day_stay_apart() -> None:
    morning = Event("conference", date=EdtfDate(2024, 6, 5), time_of_day="morning")
    assert len(merged("events", [morning, attrs.evolve(morning, time_of_day="afternoon")])) == 2


def test_events_of_one_day_with_other_names_stay_apart() -> None:
    handover = Event("ceremony", name="Lễ trao học bổng", date=EdtfDate(2024, 6, 5))
    assert len(merged("events", [handover, attrs.evolve(handover, name="Lễ khánh thành Nhà văn hóa")])) == 2


def test_an_event_without_time_of_day_joins_one_with_it() -> None:
    morning = Event("conference", date=EdtfDate(2024, 6, 5), time_of_day="morning")
    assert len(merged("events", [morning, attrs.evolve(morning, time_of_day=None)])) == 1


def test_undated_events_are_never_merged() -> None:
    assert len(merged("events", [Event("meeting"), Event("meeting")])) == 2


@pytest.mark.parametrize(
    ("first", "second", "count"),
    [
        (Directive("directive", "45", "45-CT/TW"), Directive("directive", "45", "45/CT-TW"), 1),
        (Directive("directive", "45", "45-CT/TW"), Directive("directive", "045"), 1),
        (Directive("directive", "45", "45-CT/TW"), Directive("directive", "45", "45-CT/TU"), 2),
        (Directive("directive", "45"), Directive("resolution", "45"), 2),
        (Directive("scheme", subject="Đề án A"), Directive("scheme", subject="Đề án B"), 2),
    ],
)
def test_directives_merge_on_symbol_or_kind_and_number(first: Directive, second: Directive, count: int) -> None:
    assert len(merged("directives", [first, second])) == count


def test_a_merged_directive_gathers_aliases_and_the_first_issuer() -> None:
    facts = [
        Directive("directive", "45", "45-CT/TW", aliases=["Chỉ thị 45"]),
        Directive("directive", "45", issuer="Ban Bí thư", aliases=["Chỉ thị này", "Chỉ thị 45"]),
    ]
    [directive] = merged("directives", facts)
    assert (directive.symbol, directive.issuer, directive.aliases) == (
        "45-CT/TW",
        "Ban Bí thư",
        ("Chỉ thị 45", "Chỉ thị này"),
    )


def test_a_fact_bridging_two_distinct_directives_stays_on_its_own() -> None:
    facts = [
        Directive("directive", "12", "12-CT/TW"),
        Directive("directive", "12", "12-CT/TU"),
        Directive("directive", "12"),
    ]
    assert len(merged("directives", facts)) == 3


def test_people_in_the_events_sentence_become_its_participants_in_text_order() -> None:
    people = [
        Person("Lê Thị Hạnh", mentions=[at("Lê Thị Hạnh")]),
        Person("Trần Quốc Bảo", mentions=[at("Trần Quốc Bảo"), at("Trần Quốc Bảo", 1)]),
        Person("Phạm Minh Đức", mentions=[at("Phạm Minh Đức")]),
    ]
    event = Event("meeting", date=EdtfDate(None, 3, 12), mentions=[at("tiếp")])
    [linked] = link_participants([event], people, article())
    assert linked.participants == ("Trần Quốc Bảo", "Lê Thị Hạnh")


def test_an_event_with_participants_keeps_them() -> None:
    event = Event("meeting", participants=["Phạm Minh Đức"], mentions=[at("tiếp")])
    people = [Person("Lê Thị Hạnh", mentions=[at("Lê Thị Hạnh")])]
    assert link_participants([event], people, article()) == [event]


def test_an_event_without_mentions_gets_no_participants() -> None:
    people = [Person("Lê Thị Hạnh", mentions=[at("Lê Thị Hạnh")])]
    assert link_participants([Event("meeting")], people, article()) == [Event("meeting")]


def test_refine_returns_none_when_nothing_changes() -> None:
    extraction = Extraction(TEXT, people=[Person("Lê Thị Hạnh", mentions=[at("Lê Thị Hạnh")])])
    assert vnfriendship_refine(extraction, article()) is None


def test_refine_merges_then_links() -> None:
    extraction = Extraction(
        TEXT,
        people=[
            Person("Phạm Minh Đức", mentions=[at("Phạm Minh Đức")]),
            Person("Phạm Minh Đức", "ông", mentions=[at("Phạm Minh Đức")]),
        ],
        events=[
            Event("working_session", date=EdtfDate(None, 3, 12), mentions=[at("làm việc")]),
            Event(
                "working_session", date=EdtfDate(None, 3, 12), time_of_day="afternoon", mentions=[at("Chiều cùng ngày")]
            ),
        ],
    )
    refined = vnfriendship_refine(extraction, article())
    assert refined is not None
    assert [(p.name, p.honorific, len(p.mentions)) for p in refined.people] == [("Phạm Minh Đức", "ông", 1)]
    assert [(e.time_of_day, e.participants) for e in refined.events] == [("afternoon", ("Phạm Minh Đức",))]


class _Twice:
    """A third-party extractor that reports one person twice."""

    @hookimpl
    def vnfriendship_extract(self, article: Article) -> Facts:
        start = article.text.index("Lê Thị Hạnh")
        mention = article.mention(start, start + len("Lê Thị Hạnh"))
        return Facts(people=[Person("Lê Thị Hạnh", mentions=[mention]), Person("LÊ THỊ HẠNH", mentions=[mention])])


def test_the_pipeline_merges_what_plugins_report_twice() -> None:
    pipeline = Pipeline(load_entry_points=False, plugins=[_Twice()])
    extraction = pipeline.extract(TEXT)
    [person] = [p for p in extraction.people if p.name.casefold() == "lê thị hạnh"]
    assert person.mentions == (at("Lê Thị Hạnh"),)


@settings(max_examples=80, deadline=None)
@given(extractions())
def test_refining_keeps_every_mention_and_is_idempotent(extraction: Extraction) -> None:
    page = article(extraction.text)
    refined = vnfriendship_refine(extraction, page) or extraction
    assert set(refined.mentions()) == set(extraction.mentions())
    again = vnfriendship_refine(refined, page) or refined
    assert again == refined


# ---------------------------------------------------------------- who was at an event


def linked_names(text: str, names: list[str], noun: str, date: EdtfDate) -> tuple[str, ...]:
    """The participants linked to the event named by the first ``noun`` of ``text``, among ``names``."""
    people = [
        Person(name, mentions=[at(name, i, text) for i in range(text.count(name))]) for name in names
    ]  # fmt: skip
    event = Event("congress", date=date, mentions=[at(noun, 0, text)])
    [linked] = link_participants([event], people, article(text))
    return linked.participants


def test_the_people_listed_as_attending_after_the_event_take_part() -> None:
    text = (
        "Sáng 5/6, Hội hữu nghị tỉnh Quảng Trị tổ chức đại hội lần thứ III. "
        "Cùng dự có các đồng chí: Trần Văn Bình, Phó Chủ tịch UBND tỉnh; Lê Thị Hoa, Chủ tịch Hội Phụ nữ tỉnh. "
        "Đồng chí Hoàng Minh Tâm được bầu làm Chủ tịch Hội."
    )
    names = ["Trần Văn Bình", "Lê Thị Hoa", "Hoàng Minh Tâm"]
    assert linked_names(text, names, "đại hội", EdtfDate(None, 6, 5)) == tuple(names)


ELECTED_AFTER_ANOTHER_EVENT = (
    "Sáng 5/6, Hội hữu nghị tỉnh Kon Tum tổ chức đại hội lần thứ II. Dự đại hội có ông Trần Văn Bình. "
    "Trước đó, ngày 1/6, Hội tổ chức chương trình giao lưu với học sinh Lào. "
    "Bà Lê Thị Hoa được bầu làm Chủ tịch Hội; ông Hoàng Minh Tâm giữ chức Phó Chủ tịch Hội."
)
ELECTED = ("Lê Thị Hoa", "Hoàng Minh Tâm")


def elected_case() -> tuple[Event, Event, list[Person]]:
    text = ELECTED_AFTER_ANOTHER_EVENT
    people = [Person(name, mentions=[at(name, 0, text)]) for name in ("Trần Văn Bình", *ELECTED)]
    congress = Event("congress", date=EdtfDate(None, 6, 5), participants=["Trần Văn Bình"],
                     mentions=[at("đại hội", 0, text)])  # fmt: skip
    exchange = Event("exchange", date=EdtfDate(None, 6, 1), mentions=[at("giao lưu", 0, text)])
    return congress, exchange, people


def test_the_people_elected_after_another_event_is_told_were_at_the_congress_not_at_that_event() -> None:
    congress, exchange, people = elected_case()
    linked = link_participants([congress, exchange], people, article(ELECTED_AFTER_ANOTHER_EVENT))
    assert [event.participants for event in linked] == [("Trần Văn Bình", *ELECTED), ()]


def test_without_a_congress_the_people_elected_stay_with_the_event_told_before() -> None:
    _, exchange, people = elected_case()
    [linked] = link_participants([exchange], people, article(ELECTED_AFTER_ANOTHER_EVENT))
    assert linked.participants == ELECTED


def test_a_speaker_quoted_after_the_event_takes_part() -> None:
    text = "Chiều 9/4, Liên hiệp tổ chức hội nghị tổng kết. Theo ông Đinh Quang Huy, công tác năm nay có nhiều kết quả."
    assert linked_names(text, ["Đinh Quang Huy"], "hội nghị", EdtfDate(None, 4, 9)) == ("Đinh Quang Huy",)


def test_a_person_named_without_a_word_of_presence_after_the_event_is_not_linked() -> None:
    text = "Chiều 9/4, Liên hiệp tổ chức hội nghị tổng kết. Ông Đinh Quang Huy là người con của quê hương."
    assert linked_names(text, ["Đinh Quang Huy"], "hội nghị", EdtfDate(None, 4, 9)) == ()


def test_the_sender_of_a_letter_is_no_participant_but_its_reader_is() -> None:
    text = (
        "Sáng 2/9, Liên hiệp tổ chức lễ kỷ niệm 30 năm thành lập. "
        "Tại buổi lễ, ông Đỗ Văn Tài đọc thư chúc mừng của Chủ tịch nước Võ Minh Khang. "
        "Bộ trưởng Lương Gia Phúc gửi lẵng hoa chúc mừng buổi lễ."
    )
    names = ["Đỗ Văn Tài", "Võ Minh Khang", "Lương Gia Phúc"]
    assert linked_names(text, names, "lễ kỷ niệm", EdtfDate(None, 9, 2)) == ("Đỗ Văn Tài",)


@pytest.mark.parametrize(
    ("told", "after", "dates"),
    [
        # history years back: a later naming of a congress is today's
        ("Ngày 14/5/2008, Hội tổ chức đại hội lần thứ nhất tại thị xã Mộc Châu.",
         "Tại đại hội, bà Cầm Thị Bích được bầu làm Chủ tịch Hội.", ("2024-09-18", "2008-05-14")),
        # an event months before, in a review of the year: who speaks after it is at today's event
        ("Ngày 20/3, Hội đã tổ chức diễn đàn hợp tác phát triển với hơn 40 tổ chức.",
         "Bà Cầm Thị Bích cho biết năm tới Hội sẽ mở rộng hợp tác.", ("2024-09-18", "2024-03-20")),
    ],
)  # fmt: skip
def test_an_event_told_of_long_before_takes_none_of_the_people_after_it(
    pipeline: Pipeline, told: str, after: str, dates: tuple[str, str]
) -> None:
    text = (
        "Sáng 18/9, Hội hữu nghị Việt Nam - Lào tỉnh Sơn La tổ chức đại hội lần thứ IV.\n\n"
        f"Dự đại hội có ông Lò Văn Mừng, Phó Chủ tịch UBND tỉnh.\n\n{told}\n\n{after}"
    )
    found = pipeline.extract(text, reference_date=dt.date(2024, 9, 20)).events
    assert [(str(e.date), e.participants) for e in found] == [
        (dates[0], ("Lò Văn Mừng", "Cầm Thị Bích")), (dates[1], ()),
    ]


def test_one_who_could_not_come_and_wrote_is_no_participant() -> None:
    text = (
        "Sáng 2/9, Liên hiệp tổ chức lễ kỷ niệm 30 năm thành lập. "
        "Không thể có mặt tại buổi lễ, ông Hans Becker, Chủ tịch Hội Đức - Việt, đã gửi thư chúc mừng; "
        "bà Đào Thị Nga đọc bức thư trước các đại biểu. "
        "Đoàn cũng chuyển thư thăm hỏi của ông Lã Văn Quý tới lãnh đạo tỉnh bạn."
    )
    names = ["Hans Becker", "Đào Thị Nga", "Lã Văn Quý"]
    assert linked_names(text, names, "lễ kỷ niệm", EdtfDate(None, 9, 2)) == ("Đào Thị Nga",)


def test_people_of_a_history_told_in_the_article_are_not_participants() -> None:
    text = (
        "Ngày 12/3/2024, Hội hữu nghị tỉnh tổ chức đại hội nhiệm kỳ 2024 - 2029. "
        "Năm 1998, ông Phạm Văn Lộc dự hội nghị thành lập Hội. "
        "Trước thềm đại hội, bà Ngô Thị Mai cho biết Hội đã sẵn sàng. "
        "Ngày 5/1/2024, ông Vũ Đức Anh dự một buổi gặp mặt."
    )
    names = ["Phạm Văn Lộc", "Ngô Thị Mai", "Vũ Đức Anh"]
    assert linked_names(text, names, "đại hội", EdtfDate(2024, 3, 12)) == ()


def test_the_remembered_are_not_participants() -> None:
    text = (
        "Sáng 19/5, Liên hiệp tổ chức lễ dâng hương. "
        "Các đại biểu dự lễ tưởng nhớ Chủ tịch Lê Hồng Sơn. "
        "Ông Tạ Minh Nhật dự lễ và ôn lại công lao của cố Thủ tướng Phan Văn Hòa."
    )
    names = ["Lê Hồng Sơn", "Tạ Minh Nhật", "Phan Văn Hòa"]
    assert linked_names(text, names, "lễ dâng hương", EdtfDate(None, 5, 19)) == ("Tạ Minh Nhật",)


def test_the_people_after_the_next_event_belong_to_it() -> None:
    text = (
        "Sáng 3/7, đoàn dự hội nghị tại Hà Nội. Phát biểu có ông Kiều Văn Hải. "
        "Chiều 3/7, đoàn dự lễ khánh thành trường học. Cùng dự có bà Mạc Thị Lan."
    )
    people = [Person(n, mentions=[at(n, 0, text)]) for n in ("Kiều Văn Hải", "Mạc Thị Lan")]
    events = [
        Event("conference", date=EdtfDate(None, 7, 3), mentions=[at("hội nghị", 0, text)]),
        Event("ceremony", date=EdtfDate(None, 7, 3), mentions=[at("lễ khánh thành", 0, text)]),
    ]
    linked = link_participants(events, people, article(text))
    assert [e.participants for e in linked] == [("Kiều Văn Hải",), ("Mạc Thị Lan",)]


def test_a_sentence_naming_an_earlier_event_places_its_people_there_not_at_a_later_one() -> None:
    text = (
        "Sáng 3/5, Hội tổ chức hội thảo về hợp tác. Hai bên thống nhất tổ chức lễ hội văn hóa vào ngày 20/6. "
        "Ông Bạch Văn Long phát biểu tại hội thảo."
    )
    people = [Person("Bạch Văn Long", mentions=[at("Bạch Văn Long", 0, text)])]
    events = [
        Event("workshop", date=EdtfDate(None, 5, 3), mentions=[at("hội thảo", 0, text), at("hội thảo", 1, text)]),
        Event("other", date=EdtfDate(None, 6, 20), mentions=[at("lễ hội văn hóa", 0, text)]),
    ]
    linked = link_participants(events, people, article(text))
    assert [e.participants for e in linked] == [("Bạch Văn Long",), ()]


def test_events_first_named_together_share_the_people_of_a_sentence_naming_one() -> None:
    text = "Ngày 25/4, Hội tổ chức hội nghị sơ kết và hội thảo về viện trợ. Tại hội nghị, ông Lò Văn Quý phát biểu."
    people = [Person("Lò Văn Quý", mentions=[at("Lò Văn Quý", 0, text)])]
    events = [
        Event("conference", date=EdtfDate(None, 4, 25), mentions=[at("hội nghị", 0, text), at("hội nghị", 1, text)]),
        Event("workshop", date=EdtfDate(None, 4, 25), mentions=[at("hội thảo", 0, text)]),
    ]
    linked = link_participants(events, people, article(text))
    assert [e.participants for e in linked] == [("Lò Văn Quý",), ("Lò Văn Quý",)]


def test_linking_reads_each_event_a_bounded_number_of_times_however_many_there_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A count, not a timing: the work per event must not grow with the number of events (it once did)."""
    day = "Sáng {0}/{1}, Hội tổ chức hội nghị. Ông Bạch Văn Long phát biểu tại hội nghị. "
    counts = []
    for size in (10, 40):
        dates = [EdtfDate(None, 1 + n // 28, 1 + n % 28) for n in range(size)]
        text = "".join(day.format(date.day, date.month) for date in dates)
        people = [Person("Bạch Văn Long", mentions=[at("Bạch Văn Long", n, text) for n in range(size)])]
        events = [
            Event("conference", date=date, mentions=[at("hội nghị", 2 * n, text)]) for n, date in enumerate(dates)
        ]
        calls = [0]
        read = resolve._Reading.sentences_of

        def counted(self: Any, event: Event, read: Any = read, calls: list[int] = calls) -> set[int]:
            calls[0] += 1
            return read(self, event)  # type: ignore[no-any-return]

        monkeypatch.setattr(resolve._Reading, "sentences_of", counted)
        link_participants(events, people, article(text))
        counts.append(calls[0] / size)
    assert counts[1] <= counts[0] * 1.5


@pytest.mark.parametrize(("cited", "expected"), [(True, ("Lê Văn Tám",)), (False, ())])
def test_the_date_a_cited_document_was_issued_dates_no_other_time(cited: bool, expected: tuple[str, ...]) -> None:
    text = (
        "Sáng 8/4, Sở tổ chức lễ khởi động dự án. Phát biểu tại buổi lễ, ông Lê Văn Tám cho biết vốn đối ứng được "
        "bố trí theo Quyết định số 12/QĐ-TTg ngày 21/4/2010 của Thủ tướng Chính phủ."
    )
    people = [Person("Lê Văn Tám", mentions=[at("Lê Văn Tám", 0, text)])]
    event = Event("ceremony", date=EdtfDate(2024, 4, 8), mentions=[at("lễ khởi động", 0, text)])
    directive = Directive("decision", symbol="12/QĐ-TTg", mentions=[at("Quyết định số 12/QĐ-TTg", 0, text)])
    [linked] = link_participants([event], people, article(text), directives=[directive] if cited else [])
    assert linked.participants == expected


def test_a_person_inside_the_event_name_is_its_subject_not_a_participant() -> None:
    text = "Sáng 10/10, tỉnh tổ chức Lễ kỷ niệm 100 năm ngày sinh đồng chí Hồ Quang Vinh; ông Lý Văn Toàn dự."
    people = [Person(n, mentions=[at(n, 0, text)]) for n in ("Hồ Quang Vinh", "Lý Văn Toàn")]
    name = "Lễ kỷ niệm 100 năm ngày sinh đồng chí Hồ Quang Vinh"
    event = Event("ceremony", date=EdtfDate(None, 10, 10), mentions=[at(name, 0, text)])
    [linked] = link_participants([event], people, article(text))
    assert linked.participants == ("Lý Văn Toàn",)


def test_the_people_planning_an_event_to_come_are_not_its_participants() -> None:
    text = (
        "Liên hiệp sẽ phối hợp với Hội Hữu nghị Việt Nam - Lào tổ chức đại hội vào ngày 20/11. "
        "Theo ông Lưu Quang Định, đại hội sẽ đón 200 đại biểu."
    )
    assert linked_names(text, ["Lưu Quang Định"], "đại hội", EdtfDate(None, 11, 20)) == ()


@pytest.mark.parametrize(("day", "expected"), [(20, ()), (5, ("Hà Văn Dũng",))])
def test_the_people_of_an_event_dated_after_the_article_are_not_its_participants(
    day: int, expected: tuple[str, ...]
) -> None:
    text = f"Ông Hà Văn Dũng phát biểu về buổi gặp mặt kiều bào ngày {day}/3/2024."
    people = [Person("Hà Văn Dũng", mentions=[at("Hà Văn Dũng", 0, text)])]
    event = Event("meeting", date=EdtfDate(2024, 3, day), mentions=[at("gặp mặt", 0, text)])
    published = body_article(text, Gazetteer(), reference_date=dt.date(2024, 3, 10))
    [linked] = link_participants([event], people, published)
    assert linked.participants == expected


def test_the_people_of_an_event_held_then_told_of_as_a_base_for_the_future_take_part() -> None:
    text = (
        "Các hội viên sẽ tiếp tục thực hiện các nhiệm vụ được thống nhất tại đại hội. "
        "Sáng 3/1, Hội tổ chức đại hội; bà Mai Thị Thu được bầu làm Chủ tịch Hội."
    )
    assert linked_names(text, ["Mai Thị Thu"], "đại hội", EdtfDate(None, 1, 3)) == ("Mai Thị Thu",)


def test_a_title_naming_the_committee_of_an_event_does_not_place_its_holder_at_it() -> None:
    text = (
        "Sáng 8/4, Hội tổ chức hội nghị tổng kết. "
        "Ông Tôn Thất Long, Trưởng Ban tổ chức hội nghị, trả lời phỏng vấn báo chí về kế hoạch năm."
    )
    people = [Person("Tôn Thất Long", mentions=[at("Tôn Thất Long", 0, text)])]
    mentions = [at("hội nghị", 0, text), at("hội nghị", 1, text)]
    event = Event("conference", date=EdtfDate(None, 4, 8), mentions=mentions)
    [linked] = link_participants([event], people, article(text))
    assert linked.participants == ()


@pytest.mark.parametrize(
    ("second", "count"),
    [
        (AidFigure(Decimal("40000000"), "VND", donor="Tổ chức B"), 2),
        (AidFigure(Decimal("40000000"), "VND", recipient="xã Tân Lập"), 2),
        (AidFigure(Decimal("40000000"), "VND", per_unit=True), 2),
        (AidFigure(Decimal("40000000"), "VND", donor="tổ chức a", purpose="xây nhà"), 1),
        (AidFigure(Decimal("40000000"), "VND"), 1),
    ],
)
def test_equal_sums_with_other_givers_receivers_or_purposes_are_two_gifts(second: AidFigure, count: int) -> None:
    first = AidFigure(Decimal("40000000"), "VND", donor="Tổ chức A", recipient="bà Lò Thị Mai")
    assert len(merged("aid_figures", [first, second])) == count


def test_facts_of_different_blocks_are_never_compared() -> None:
    compared: list[tuple[int, int]] = []

    def same(first: Person, second: Person) -> bool:
        compared.append((len(first.name), len(second.name)))
        return first.name == second.name

    people = [Person(name) for name in ("An", "Bình", "An", "Châu")]
    merged = merge_duplicates(people, same, block=lambda person: person.name)
    assert ([p.name for p in merged], compared) == (["An", "Bình", "Châu"], [(2, 2)])


@pytest.mark.parametrize(
    ("facet", "first", "second"),
    [
        ("people", Person("Trần Văn Bình"), Person("trần văn  bình")),
        (
            "events",
            Event("conference", date=EdtfDate(2024, 6, 4)),
            Event("conference", name="Hội nghị", date=EdtfDate(2024, 6, 4)),
        ),
        ("aid_figures", AidFigure(Decimal(5), "USD", donor="Quỹ A"), AidFigure(Decimal(5), "USD")),
        (
            "member_organizations",
            MemberOrganization("Hội hữu nghị Việt Nam - Lào", locality="Nghệ An"),
            MemberOrganization("Hội Hữu nghị Việt Nam – Lào", locality="Nghệ An"),
        ),
    ],
)
def test_same_facts_share_their_block(facet: str, first: object, second: object) -> None:
    assert (SAME[facet](first, second), BLOCK[facet](first) == BLOCK[facet](second)) == (True, True)


# ---------------------------------------------------------------- provenance


def test_merged_facts_keep_every_source_once_by_the_first_mention() -> None:
    title, honorific = Source("people", "title before name"), Source("people", "honorific before name")
    later = Person("Trần Quốc Bảo", mentions=[at("Trần Quốc Bảo", 1)], sources=[title])
    earlier = Person("Trần Quốc Bảo", "ông", mentions=[at("Trần Quốc Bảo")], sources=[honorific, title])
    [person] = merged("people", [later, earlier])
    assert person.sources == (honorific, title)


def test_a_refined_fact_keeps_its_sources_and_one_found_by_a_plugin_too_gets_both() -> None:
    class Capitals:
        @hookimpl
        def vnfriendship_extract(self, article: Article) -> Facts:
            start = article.text.index("Phạm Minh Đức")
            found = Person("PHẠM MINH ĐỨC", mentions=[article.mention(start, start + 13)])
            return Facts(people=[attrs.evolve(found, sources=[Source("", "name in capitals")])])

    extraction = Pipeline(load_entry_points=False, plugins=[Capitals()]).extract(TEXT)
    sources = {person.name: person.sources for person in extraction.people}
    assert sources["Trần Quốc Bảo"] == (Source("people", "honorific before name"),)
    assert sources["Phạm Minh Đức"] == (
        Source("people", "honorific before name"), Source("Capitals", "name in capitals")
    )


@pytest.mark.parametrize(
    "following",
    [
        "Cùng đi với đoàn có bà Lò Thị Xuân, Phó Chủ tịch Hội Phụ nữ tỉnh.",
        "Đi cùng đoàn có bà Lò Thị Xuân, Phó Chủ tịch Hội Phụ nữ tỉnh.",
        "Thành viên đoàn gồm bà Lò Thị Xuân, Phó Chủ tịch Hội Phụ nữ tỉnh.",
        "Tham gia đoàn có bà Lò Thị Xuân, Phó Chủ tịch Hội Phụ nữ tỉnh.",
    ],
)
def test_the_people_going_with_a_delegation_take_part_in_its_meeting(following: str) -> None:
    text = f"Chiều 8/5, Liên hiệp tiếp và làm việc với đoàn đại biểu tỉnh Bò Kẹo. {following}"
    assert linked_names(text, ["Lò Thị Xuân"], "làm việc với", EdtfDate(None, 5, 8)) == ("Lò Thị Xuân",)


def linked_at_each(text: str, name: str, noun: str, date: EdtfDate) -> tuple[str, ...]:
    """The participants linked to an event named by every ``noun`` of ``text``, among ``name``."""
    person = Person(name, mentions=[at(name, i, text) for i in range(text.count(name))])
    event = Event("conference", date=date, mentions=[at(noun, i, text) for i in range(text.count(noun))])
    [linked] = link_participants([event], [person], article(text))
    return linked.participants


INTERVIEW = "Sáng 5/6, Liên hiệp tổ chức hội nghị tổng kết. PV: Kết quả nổi bật là gì? "
CONGRESS = "Sáng 5/6, Hội hữu nghị tỉnh tổ chức đại hội lần thứ III. "


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        # who answers an interview tells of the event, and is not placed at it
        (INTERVIEW + "Ông Đặng Văn Hòa: Tại hội nghị, các đại biểu đã thống nhất.", "hội nghị", ()),
        (INTERVIEW + "Ông Đặng Văn Hòa cho biết tại hội nghị, hai bên thống nhất.", "hội nghị", ("Đặng Văn Hòa",)),
        # nor is the person a reporter talks with
        (CONGRESS + "Nhân dịp đại hội, phóng viên Báo Tin Mới đã trao đổi với ông Đặng Văn Hòa.", "đại hội", ()),
        (CONGRESS + "Tại đại hội, ông Đặng Văn Hòa đã trao đổi với các đại biểu.", "đại hội", ("Đặng Văn Hòa",)),
        # talking with someone ("trao đổi") is no handing over ("trao")
        (CONGRESS + "Ông Đặng Văn Hòa đã trao đổi với phóng viên về công tác năm nay.", "đại hội", ()),
        (CONGRESS + "Ông Đặng Văn Hòa trao bằng khen cho các tập thể.", "đại hội", ("Đặng Văn Hòa",)),
    ],
)
def test_a_person_interviewed_or_talking_is_placed_only_by_a_word_of_presence(
    text: str, noun: str, expected: tuple[str, ...]
) -> None:
    assert linked_at_each(text, "Đặng Văn Hòa", noun, EdtfDate(None, 6, 5)) == expected


def test_a_speaker_quoted_on_a_record_since_a_year_long_past_is_not_placed_at_the_event() -> None:
    text = (
        "Sáng 5/6/2024, Liên hiệp tổ chức hội nghị tổng kết. "
        "Theo ông Đinh Quang Huy, từ năm 2010 đến nay, Liên hiệp đã vận động hơn 5 tỷ đồng."
    )
    assert linked_names(text, ["Đinh Quang Huy"], "hội nghị", EdtfDate(2024, 6, 5)) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chiều 8/5, Liên hiệp tổ chức lễ kỷ niệm. Trước đó, sáng cùng ngày, bà Lò Thị Xuân đã tiếp xã giao "
            "Đại sứ Cu-ba.",
            ("Lò Thị Xuân",),
        ),
        ("Chiều 8/5, Liên hiệp tiếp xã giao Đại sứ Cu-ba. Trước đó, bà Lò Thị Xuân đã dự lễ khánh thành trường.", ()),
    ],
)
def test_earlier_dates_the_event_its_sentence_opens_and_no_other(text: str, expected: tuple[str, ...]) -> None:
    assert linked_at_each(text, "Lò Thị Xuân", "tiếp xã giao", EdtfDate(None, 5, 8)) == expected


def test_a_fact_is_compared_once_with_each_distinct_member_of_a_group() -> None:
    calls: list[str] = []

    def same(first: Person, second: Person) -> bool:
        calls.append(second.name)
        return first.name == second.name

    repeated = [Person("An", mentions=[Mention(i, i + 2, "An", "body")]) for i in range(0, 40, 4)]
    merged = merge_duplicates(repeated, same, block=lambda person: person.name)
    assert (len(merged), len(merged[0].mentions), len(calls)) == (1, 10, 9)


@pytest.mark.parametrize(
    ("sentence", "start", "expected"),
    [
        ("Ông A đã dự Hội nghị và phát biểu tại Hội nghị", 0, 3),
        ("Ông A đã dự Hội nghị và phát biểu tại Hội nghị", 4, 7),
        ("Bà B gửi thư chúc mừng", 0, None),
        ("Tham dự có ông C", 0, 0),
        ("", 0, None),
    ],
)
def test_the_first_phrase_opening_is_found_from_a_word_on(sentence: str, start: int, expected: int | None) -> None:
    phrases = resolve._phrases(("dự", "phát biểu", "tham dự"))
    keys = [word.key for word in words(sentence)]
    naive = next((i for i in range(start, len(keys)) for p in phrases if tuple(keys[i : i + len(p)]) == p), None)
    assert resolve._first_at(keys, phrases, start) == naive == expected
