"""The article's shared analysis: what every extractor and plugin queries instead of the raw text."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from decimal import Decimal

import pytest

from vnfriendship import Article, Pipeline
from vnfriendship._edtf import EdtfDate

TEXT = (
    "Sáng 12/3, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An trao 150 triệu đồng cho học sinh nghèo. "
    "Ông Trần Văn Bình, Chủ tịch Hội, phát biểu tại Hà Tĩnh."
)


@pytest.fixture(scope="module")
def article(pipeline: Pipeline) -> Article:
    return pipeline.article(TEXT, reference_date=dt.date(2024, 3, 20))


def test_tokens_cover_every_word_once_in_order(article: Article) -> None:
    assert [w.text for w in article.tokens[:4]] == ["Sáng", "12", "3", "Liên"]


def test_words_of_a_stretch_are_whole_words_only(article: Article) -> None:
    start = TEXT.index("Nghệ An")
    assert [w.text for w in article.words(start - 2, start + 7)] == ["Nghệ", "An"]


def test_a_token_knows_its_fold_key(article: Article) -> None:
    assert article.tokens[0].key == "sang\u0301"


def test_province_spans_carry_the_canonical_name(article: Article) -> None:
    found = [(s.text, s.value) for s in article.spans("province")]
    assert found == [("tỉnh Nghệ An", "Nghệ An"), ("Hà Tĩnh", "Hà Tĩnh")]


def test_spans_in_keeps_only_spans_wholly_inside(article: Article) -> None:
    second = TEXT.index("Ông")
    assert [s.value for s in article.spans_in("province", second, len(TEXT))] == ["Hà Tĩnh"]


def test_matches_equal_the_gazetteer_per_sentence(article: Article, pipeline: Pipeline) -> None:
    expected = [m for s in article.sentences for m in pipeline.gazetteer.find("title", TEXT, s.start, s.end)]
    assert article.matches("title") == expected


def test_name_spans_are_the_matches_as_tuples(article: Article) -> None:
    spans = article.name_spans("province", cased=True)
    assert [TEXT[s:e] for s, e, _ in spans] == ["tỉnh Nghệ An", "Hà Tĩnh"]
    assert spans == [(m.start, m.end, m.canonical) for m in article.matches("province", cased=True)]


def test_name_spans_of_a_stretch_hold_only_the_names_inside_it(article: Article) -> None:
    second = TEXT.index("Ông")
    assert [TEXT[s:e] for s, e, _ in article.name_spans("province", second, len(TEXT))] == ["Hà Tĩnh"]


def test_money_is_found_once_with_its_amount(article: Article) -> None:
    assert [(m.text, m.amount) for m in article.money()] == [("150 triệu đồng", Decimal(150_000_000))]


def test_numbers_are_a_layer_too(article: Article) -> None:
    assert [n.value for n in article.numbers()] == [Decimal(150_000_000)]


def test_dates_take_their_year_from_the_reference_date(article: Article) -> None:
    assert [d.value for d in article.dates()] == [EdtfDate(2024, 3, 12)]


def test_clauses_are_cut_at_commas(article: Article) -> None:
    first, second = article.clauses[:2]
    assert (first.text, second.text) == ("Sáng 12/3", TEXT[first.end + 2 : TEXT.index(". Ông") + 1])


def test_a_comma_inside_a_number_does_not_cut_a_clause(pipeline: Pipeline) -> None:
    assert [c.text for c in pipeline.article("Tổng cộng 2,5 tỷ đồng.").clauses] == ["Tổng cộng 2,5 tỷ đồng."]


def test_places_are_built_once_per_article(article: Article) -> None:
    assert article.places is article.places


def test_places_know_the_province_of_a_bare_unit(article: Article) -> None:
    assert article.places.around(TEXT.index("Ông")) == "Nghệ An"


def test_generic_spans_of_money_hold_the_parsed_match(article: Article) -> None:
    (span,) = article.spans("money")
    assert (span.kind, span.value.currency) == ("money", "VND")


def test_an_unknown_kind_is_a_key_error_naming_the_known_ones(article: Article) -> None:
    with pytest.raises(KeyError, match=r"known kinds: .*province"):
        article.spans("weather")


def test_an_empty_text_has_an_empty_analysis(pipeline: Pipeline) -> None:
    empty = pipeline.article("")
    assert (tuple(empty.tokens), empty.spans("province"), empty.money(), empty.clauses) == ((), (), [], ())


def test_teasers_are_analysed_but_not_in_scope(pipeline: Pipeline) -> None:
    page = "Tiêu đề bài\nNội dung bài ở Hà Nội.\nTin bài liên quan\nHội nghị ở Đà Nẵng"
    article = pipeline.article(page)
    found = {s.value: article.segment_at(s.start) in article.scope for s in article.spans("province")}
    assert found == {"Hà Nội": True, "Đà Nẵng": False}


def test_memo_computes_once_per_analysis(article: Article) -> None:
    calls: list[int] = []
    first = article.analysis.memo("test.count", lambda: calls.append(1) or len(calls))
    again = article.analysis.memo("test.count", lambda: calls.append(1) or len(calls))
    assert (first, again, calls) == (1, 1, [1])


def test_an_analysis_dies_with_its_article(pipeline: Pipeline) -> None:
    article = pipeline.article("Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Nghệ An, dự hội nghị.")
    assert article.spans("body")  # builds the chunker's index, kept with the analysis
    ref = weakref.ref(article.analysis)
    del article
    gc.collect()
    assert ref() is None


RICH = (
    "Sáng 12/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác "
    "đối ngoại nhân dân tại TP Vinh. Dự hội nghị có ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh. "
    "Tổ chức World Vision (Hoa Kỳ) đã tài trợ 150 triệu đồng để xây nhà cho hộ nghèo. "
    "Hội nghị quán triệt Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư về công tác đối ngoại nhân dân. "
    "Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An là thành viên của Liên hiệp."
)


def test_an_extraction_leaves_no_cycles_for_the_garbage_collector(pipeline: Pipeline) -> None:
    # An analysis holds a word object per token: kept alive by a cycle, each one waits for a
    # full collection, which walks every live object again.
    pipeline.extract(RICH)  # first use fills module caches
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        result = pipeline.extract(RICH)
        assert result.people and result.events and result.aid_figures and result.directives and result.unions
        del result
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
