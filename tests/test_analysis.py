"""Bad input: whatever text the analysis meets, it returns a valid result, never an exception or a span outside it."""

from __future__ import annotations

import json
import operator
import threading

import pytest
from hypothesis import HealthCheck, given, settings

from strategies import messy_text, sentence_layers, span_layers
from vnfriendship import Pipeline, to_dict
from vnfriendship._analysis import _BY_TUPLE, BUILTIN_KINDS, Annotation, _BySentence, _Layer
from vnfriendship._article import Article
from vnfriendship._text import Span
from vnfriendship.extractors.aid import find_aid_figures

_SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)


def _assert_inside(article: Article) -> None:
    text = article.text
    spans = [*article.tokens, *article.sentences, *article.clauses, *article.segments]
    for kind in (*BUILTIN_KINDS, *article.gazetteer.tables()):
        spans += article.spans(kind)
    spans += [*article.numbers(), *article.money(), *article.dates(), *article.stamps()]
    outside = [span for span in spans if not 0 <= span.start <= span.end <= len(text)]
    assert outside == []
    for span in spans:
        if hasattr(span, "text") and isinstance(span.text, str):
            assert text[span.start : span.end] == span.text


@given(span_layers())
def test_a_layer_gives_exactly_the_spans_inside_a_stretch(layer: tuple[list[tuple[int, int, str]], int, int]) -> None:
    spans, start, end = layer
    inside = sorted(span for span in spans if start <= span[0] and span[1] <= end and span[0] < end)
    assert _Layer(spans, operator.itemgetter(0, 1)).within(start, end) == inside


@given(span_layers())
def test_a_layer_of_names_read_as_tuples_gives_exactly_the_spans_inside_a_stretch(
    layer: tuple[list[tuple[int, int, str]], int, int],
) -> None:
    spans, start, end = layer
    inside = sorted(span for span in spans if start <= span[0] and span[1] <= end and span[0] < end)
    assert _Layer(spans, _BY_TUPLE).within(start, end) == inside


def test_a_layer_of_names_given_out_of_order_is_put_in_order() -> None:
    assert _Layer([(5, 9, "b"), (0, 4, "a")], _BY_TUPLE).within(0, 9) == [(0, 4, "a"), (5, 9, "b")]


def test_a_layer_of_spans_in_order_answers_from_its_ends_too() -> None:
    ordered = _Layer([(0, 4, "a"), (5, 9, "b"), (10, 12, "c")], operator.itemgetter(0, 1))
    assert ordered.within(0, 9) == [(0, 4, "a"), (5, 9, "b")]
    assert ordered.within(1, 12) == [(5, 9, "b"), (10, 12, "c")]


def _by_sentence(sentences: list[tuple[int, int]], items: list[list[tuple[int, int]]]) -> _BySentence[Span]:
    annotations = [Annotation("sentence", start, end, "") for start, end in sentences]
    return _BySentence(annotations, lambda i: [Span(start, end) for start, end in items[i]], threading.RLock())


@given(sentence_layers())
def test_a_layer_read_by_sentence_gives_exactly_the_spans_inside_a_stretch(
    layer: tuple[list[tuple[int, int]], list[list[tuple[int, int]]], int, int],
) -> None:
    sentences, items, start, end = layer
    inside = sorted((s, e) for found in items for s, e in found if start <= s and e <= end)
    assert [(span.start, span.end) for span in _by_sentence(sentences, items).within(start, end)] == inside


@given(sentence_layers())
def test_a_query_reads_only_the_sentences_it_overlaps(
    layer: tuple[list[tuple[int, int]], list[list[tuple[int, int]]], int, int],
) -> None:
    sentences, items, start, end = layer
    by_sentence = _by_sentence(sentences, items)
    by_sentence.within(start, end)
    assert by_sentence.read_sentences() == [i for i, (s, e) in enumerate(sentences) if s < end and e > start]


def test_every_sentence_is_read_once_for_all_its_items() -> None:
    reads: list[int] = []

    def read(i: int) -> list[Span]:
        reads.append(i)
        return [Span(i * 10, i * 10 + 2)]

    annotations = [Annotation("sentence", i * 10, i * 10 + 5, "") for i in range(3)]
    layer = _BySentence(annotations, read, threading.RLock())
    assert (layer.within(10, 15), layer.within(0, 30), layer.items, reads) == (
        [Span(10, 12)], [Span(0, 2), Span(10, 12), Span(20, 22)], (Span(0, 2), Span(10, 12), Span(20, 22)), [1, 0, 2]
    )


def test_the_sums_of_related_links_are_not_read_for_the_aid_of_the_article(pipeline: Pipeline) -> None:
    text = (
        "Hội hữu nghị tỉnh thăm trường học.\n\nChiều 4/6, Hội tổ chức hội nghị.\n\nTin liên quan\n\n"
        "Quỹ Hòa Bình trao 50 triệu đồng cho xã Nam Đàn."
    )
    article = pipeline.article(text)
    assert (find_aid_figures(article), [s.segment for s in article.sentences]) == ([], ["body", "body"])
    assert article.analysis._sentence_layers["money"].read_sentences() == [0, 1]
    assert [m.text for m in article.money()] == ["50 triệu đồng"]  # asked for, the teaser's sum is there


def test_only_the_sentences_that_name_a_currency_are_read_for_sums(pipeline: Pipeline) -> None:
    text = "Năm 2024, Hội có 97 hội viên.\n\nHội trao 20 suất, mỗi suất 2 triệu đồng.\n\nĐoàn gồm 12 người."
    analysis = pipeline.article(text).analysis
    assert [m.text for m in analysis.money()] == ["2 triệu đồng"]
    assert sorted(analysis._number_reader()._readings) == [1]  # the other two hold numbers, not sums
    assert [n.text for n in analysis.numbers()] == ["97", "20", "2 triệu", "12"]


@_SETTINGS
@given(messy_text)
def test_every_layer_of_any_text_lies_inside_it(pipeline: Pipeline, text: str) -> None:
    _assert_inside(pipeline.article(text))


@_SETTINGS
@given(messy_text)
def test_any_text_extracts_to_json(pipeline: Pipeline, text: str) -> None:
    extraction = pipeline.extract(text)
    assert extraction.errors == ()
    json.dumps(to_dict(extraction))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\t\n ",
        "...,,,;;;!!!???",
        "()[]{}“”‘’«»\"'",
        "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An 日本 Россия ภาษาไทย العربية 😀 họp ngày 5/1.",
        "Hội có " + "9" * 4400 + " tổ chức thành viên, trị giá " + "1" * 5000 + " đồng.",
        "a" + "\u0301\u0323" * 5000 + " tỉnh Nghệ An.",
    ],
    ids=["empty", "blank", "punctuation", "brackets", "mixed scripts", "huge numbers", "combining marks"],
)
def test_bad_input_gives_a_valid_result(pipeline: Pipeline, text: str) -> None:
    _assert_inside(pipeline.article(text))
    extraction = pipeline.extract(text)
    assert extraction.errors == ()
    json.dumps(to_dict(extraction))


def test_a_long_line_without_punctuation_gives_a_valid_result(pipeline: Pipeline) -> None:
    words = "Hội hữu nghị tỉnh Nghệ An tổ chức gặp mặt các đại biểu tại thành phố Vinh ông Nguyễn Văn A phát biểu "
    text = words * 2000  # about 200 kB on one line
    article = pipeline.article(text)
    _assert_inside(article)
    assert [s.kind for s in article.segments] != ["chrome"]
    json.dumps(to_dict(pipeline.extract(text)))
