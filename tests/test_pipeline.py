"""The pipeline: inputs, segments, scope, reference dates and file reading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

import pytest

from vnfriendship import (
    Article,
    ArticleMeta,
    Extraction,
    Facts,
    InputError,
    Person,
    Pipeline,
    Segment,
    extract,
    extract_file,
    hookimpl,
)


class EveryCapitalisedPair:
    """Reports each "Ông X Y" as a person, wherever the sentence lies."""

    @hookimpl
    def vnfriendship_extract(self, article: Article) -> Facts:
        people = []
        for sentence in article.sentences:
            start = sentence.text.find("Ông ")
            if start >= 0:
                begin = sentence.start + start + 4
                end = begin + len(" ".join(article.text[begin:].split()[:2]))
                people.append(Person(article.text[begin:end], mentions=[article.mention(begin, end)]))
        return Facts(people=people)


class TeaserAtEnd:
    """Marks everything after a "Tin liên quan" line as teasers."""

    @hookimpl
    def vnfriendship_segment(self, text: str) -> list[Segment]:
        cut = text.find("Tin liên quan")
        return [Segment("body", 0, cut), Segment("related", cut, len(text))]


class RemembersReferenceDate:
    seen: ClassVar[list[dt.date | None]] = []

    @hookimpl
    def vnfriendship_extract(self, article: Article) -> None:
        self.seen.append(article.reference_date)


PAGE = "Ông Lê Minh dự lễ.\nTin liên quan\nÔng Hoàng Lan thăm Lào."


def names(extraction: Extraction) -> list[str]:
    return [p.name for p in extraction.people]


def test_without_a_segmenter_the_whole_text_is_one_body() -> None:
    result = Pipeline(builtins=False, load_entry_points=False).extract("Một câu.")
    assert result.segments == (Segment("body", 0, 8),)


def test_teasers_are_left_out_by_default() -> None:
    pipeline = Pipeline(builtins=False, load_entry_points=False, plugins=[EveryCapitalisedPair(), TeaserAtEnd()])
    assert names(pipeline.extract(PAGE)) == ["Lê Minh"]


def test_include_related_adds_teaser_facts_marked_related() -> None:
    pipeline = Pipeline(builtins=False, load_entry_points=False, plugins=[EveryCapitalisedPair(), TeaserAtEnd()])
    result = pipeline.extract(PAGE, include_related=True)
    assert [(p.name, p.mentions[0].segment) for p in result.people] == [("Lê Minh", "body"), ("Hoàng Lan", "related")]


def test_overlapping_segments_are_reported_and_replaced_by_one_body() -> None:
    class Overlapping:
        @hookimpl
        def vnfriendship_segment(self, text: str) -> list[Segment]:
            return [Segment("body", 0, 5), Segment("related", 3, len(text))]

    result = Pipeline(builtins=False, load_entry_points=False, plugins=[Overlapping()]).extract(PAGE)
    assert result.segments == (Segment("body", 0, len(PAGE)),)
    assert "overlap" in result.errors[0].error


def test_mentions_index_into_the_normalised_text() -> None:
    pipeline = Pipeline(builtins=False, load_entry_points=False, plugins=[EveryCapitalisedPair()])
    result = pipeline.extract("Ông\u00a0Trần\u200bVăn Bình\r\nđến.".encode())
    assert all(m.quotes(result.text) for m in result.mentions())


def test_reference_date_defaults_to_the_publication_date() -> None:
    class Published:
        @hookimpl
        def vnfriendship_metadata(self) -> ArticleMeta:
            return ArticleMeta(published_at=dt.datetime(2022, 7, 20, 22, 12, tzinfo=dt.timezone.utc))

    RemembersReferenceDate.seen.clear()
    Pipeline(builtins=False, load_entry_points=False, plugins=[Published(), RemembersReferenceDate()]).extract("x")
    assert RemembersReferenceDate.seen == [dt.date(2022, 7, 20)]


def test_a_callers_reference_date_wins() -> None:
    RemembersReferenceDate.seen.clear()
    pipeline = Pipeline(builtins=False, load_entry_points=False, plugins=[RemembersReferenceDate()])
    pipeline.extract("x", reference_date=dt.date(2020, 1, 1))
    assert RemembersReferenceDate.seen == [dt.date(2020, 1, 1)]


def test_a_reference_date_must_be_a_date() -> None:
    with pytest.raises(TypeError, match=r"datetime\.date"):
        Pipeline(builtins=False, load_entry_points=False).extract("x", reference_date="2020-01-01")  # type: ignore[arg-type]


def test_extract_file_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.txt: cannot read"):
        extract_file(tmp_path / "missing.txt")


def test_extract_file_names_a_file_with_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Hoi \xc3 nghi")
    with pytest.raises(InputError, match=r"bad\.txt: input is not valid UTF-8: byte 0xc3 at offset 4"):
        extract_file(path)


def test_extract_file_records_its_source(tmp_path: Path) -> None:
    path = tmp_path / "bai.txt"
    path.write_text("Hội nghị.", encoding="utf-8")
    assert extract_file(path).source == str(path)


def test_module_level_extract_uses_the_builtin_plugins() -> None:
    result = extract("Liên hiệp các tổ chức hữu nghị Việt Nam họp.", source="s")
    assert (result.source, result.errors) == ("s", ())
