"""The text layer: normalisation, the comparison key, lines and sentences."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import messy_text
from vnfriendship._text import (
    InputError,
    Tokens,
    Word,
    as_tokens,
    fold_key,
    has_loose_mark,
    inside_quotes,
    iter_paragraphs,
    key_set,
    normalize,
    split_sentences,
    token_columns,
    words,
)


def test_bytes_are_decoded_as_utf8() -> None:
    assert normalize("Hội hữu nghị".encode()) == "Hội hữu nghị"


def test_invalid_utf8_names_the_byte_offset() -> None:
    with pytest.raises(InputError, match=r"0xff at offset 4"):
        normalize(b"abcd\xffef")


def test_non_text_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        normalize(42)  # type: ignore[arg-type]


def test_decomposed_input_becomes_nfc() -> None:
    assert normalize(unicodedata.normalize("NFD", "Thanh Hóa")) == "Thanh Hóa"


def test_crlf_and_cr_become_lf() -> None:
    assert normalize("một\r\nhai\rba") == "một\nhai\nba"


def test_non_breaking_space_becomes_a_space() -> None:
    assert normalize("Hà\u00a0Nội") == "Hà Nội"


def test_zero_width_characters_are_removed() -> None:
    assert normalize("Việt\u200b Nam\ufeff") == "Việt Nam"


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Thanh Hoá", "Thanh Hóa"),
        ("Uỷ ban", "Ủy ban"),
        ("Khánh Hoà", "khánh hòa"),
        ("Việt - Nga", "việt-nga"),
        ("Hội  hữu   nghị", "hội hữu nghị"),
        (unicodedata.normalize("NFD", "Thủy"), "Thuỷ"),
    ],
)
def test_fold_key_ignores_case_spacing_and_tone_placement(left: str, right: str) -> None:
    assert fold_key(left) == fold_key(right)


def test_a_key_set_holds_the_fold_key_of_each_cue_word() -> None:
    assert key_set(["Thanh Hoá", "ỦY BAN"]) == {fold_key("thanh hóa"), fold_key("Ủy ban")}


def test_fold_key_keeps_the_tone_itself() -> None:
    assert fold_key("Hà") != fold_key("Hạ")


_WORDS = st.lists(st.sampled_from(["Hội", "nghị", "Hoà", "Bình", "ĐOÀN", "2024", "Việt-Nga"]), min_size=1, max_size=5)
_BLANKS = st.text(st.sampled_from(" \t\n\u00a0\u1680\u2003\u2028\u202f\u3000"), min_size=1, max_size=3)


@given(_WORDS, st.lists(_BLANKS, min_size=4, max_size=4), _BLANKS, _BLANKS)
def test_fold_key_reads_any_white_space_between_words_as_one_space(
    pieces: list[str], gaps: list[str], before: str, after: str
) -> None:
    between = [*gaps[: len(pieces) - 1], ""]
    spaced = before + "".join(piece + gap for piece, gap in zip(pieces, between, strict=True)) + after
    assert fold_key(spaced) == fold_key(" ".join(pieces))


def test_fold_key_takes_only_white_space_for_a_space() -> None:
    assert fold_key("Hội\x1cnghị") == fold_key("Hội") + "\x1c" + fold_key("nghị")  # a separator, no space


def test_fold_key_joins_a_dash_and_the_spaces_around_it() -> None:
    assert fold_key("Việt \u00a0– \tNga") == fold_key("việt-nga") == fold_key("Việt") + "-" + fold_key("Nga")


def test_words_carry_offsets_into_the_text() -> None:
    text = "tại TP.HCM, ngày 5/1"
    assert [(w.text, text[w.start : w.end]) for w in words(text)][:3] == [("tại", "tại"), ("TP", "TP"), ("HCM", "HCM")]


@given(messy_text)
def test_token_columns_hold_the_words_of_the_text(text: str) -> None:
    assert list(token_columns(text)) == words(text)


def test_token_columns_keep_offsets_texts_and_keys() -> None:
    tokens = token_columns("Ông A, Chủ tịch.")
    assert (tokens.starts, tokens.ends, tokens.texts) == ((0, 4, 7, 11), (3, 5, 10, 15), ("Ông", "A", "Chủ", "tịch"))
    assert tokens.keys == tuple(fold_key(word) for word in tokens.texts)


def test_a_token_is_a_word_made_from_its_columns() -> None:
    assert token_columns("thăm Lào")[1] == Word(5, 8, "Lào", fold_key("Lào"))


def test_a_slice_of_tokens_is_tokens_of_the_slice() -> None:
    tokens = token_columns("một hai ba bốn")
    assert tokens[1:3] == as_tokens([tokens[1], tokens[2]]) and tokens[1:3].texts == ("hai", "ba")


def test_as_tokens_returns_tokens_as_they_are() -> None:
    tokens = token_columns("hội nghị")
    assert as_tokens(tokens) is tokens and as_tokens(list(tokens)) == tokens


def test_tokens_of_no_words_are_empty() -> None:
    assert (len(token_columns(" ,. ")), list(token_columns(""))) == (0, [])


def test_columns_of_unequal_length_are_refused() -> None:
    with pytest.raises(ValueError, match="1 starts, 0 ends"):
        Tokens((0,), (), (), ())


def test_tokens_are_compared_by_value_and_are_no_dict_key() -> None:
    assert token_columns("a b") == token_columns("a b") != token_columns("a c")
    with pytest.raises(TypeError):
        hash(token_columns("a"))


def test_tokens_show_their_count_and_first_words() -> None:
    assert repr(token_columns("một hai ba bốn năm sáu")) == "Tokens(6 words: 'một', 'hai', 'ba', 'bốn', 'năm', ...)"


def test_paragraphs_are_trimmed_non_blank_lines() -> None:
    text = "  Tiêu đề  \n\n Đoạn một.\n"
    assert [text[s.start : s.end] for s in iter_paragraphs(text)] == ["Tiêu đề", "Đoạn một."]


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị họp tại Hà Nội. Đại biểu phát biểu.", ["Hội nghị họp tại Hà Nội.", "Đại biểu phát biểu."]),
        ("Đoàn đến TP. Hồ Chí Minh hôm qua. Sau đó về.", ["Đoàn đến TP. Hồ Chí Minh hôm qua.", "Sau đó về."]),
        ("Ban Bí thư T.Ư. Đảng ban hành chỉ thị.", ["Ban Bí thư T.Ư. Đảng ban hành chỉ thị."]),
        ("PGS.TS. Trần Văn An phát biểu.", ["PGS.TS. Trần Văn An phát biểu."]),
        ("Ông TS. Lê Minh chủ trì.", ["Ông TS. Lê Minh chủ trì."]),
        ("Phát biểu, BSCKII. Hà Văn Lâm cảm ơn.", ["Phát biểu, BSCKII. Hà Văn Lâm cảm ơn."]),  # a physician's degree
        ("Đã trao 1.200 suất quà. Trị giá 2,5 tỷ đồng.", ["Đã trao 1.200 suất quà.", "Trị giá 2,5 tỷ đồng."]),
        ("Chỉ thị ngày 5/1/2022 của Ban Bí thư. Mới.", ["Chỉ thị ngày 5/1/2022 của Ban Bí thư.", "Mới."]),
        ("Dòng một\nDòng hai", ["Dòng một", "Dòng hai"]),
        ("Ông hỏi: Ai đến? Bà đáp!", ["Ông hỏi: Ai đến?", "Bà đáp!"]),
        ("Q. Ba Đình có nhiều hội viên.", ["Q. Ba Đình có nhiều hội viên."]),
        ("Ông phụ trách châu Á. Hai bên nhất trí.", ["Ông phụ trách châu Á.", "Hai bên nhất trí."]),
        ("Tổng thống John F. Kennedy đến.", ["Tổng thống John F. Kennedy đến."]),
        ("Cơ quan (U.S. Agency for Aid) tài trợ. Xong.", ["Cơ quan (U.S. Agency for Aid) tài trợ.", "Xong."]),
        ("Chỉ thị 12 (Directive No. 12) của Ban Bí thư.", ["Chỉ thị 12 (Directive No. 12) của Ban Bí thư."]),
        ("Cả đoàn đã ăn no. Sau đó về.", ["Cả đoàn đã ăn no.", "Sau đó về."]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@given(st.text())
def test_sentences_lie_inside_the_text_in_order(text: str) -> None:
    spans = split_sentences(text)
    assert all(0 <= a.start < a.end <= len(text) for a in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_a_long_run_of_combining_marks_keeps_every_mark_and_stays_normal() -> None:
    marks = "\u0301\u0300\u0303\u0309\u0323" * 40
    text = normalize(f"Hội a{marks} tỉnh")
    assert text.startswith("Hội ") and text.endswith(" tỉnh")
    def marks_of(value: str) -> list[str]:
        return sorted(c for c in unicodedata.normalize("NFD", value) if unicodedata.combining(c))

    assert marks_of(text) == marks_of(f"Hội a{marks} tỉnh")  # the joiners added are of class 0
    assert unicodedata.is_normalized("NFC", text)


def test_a_short_run_of_marks_is_plain_nfc() -> None:
    text = "a\u0323\u0302 và e\u0301"
    assert normalize(text) == unicodedata.normalize("NFC", text) == "ậ và é"


def test_an_abbreviation_after_a_long_sentence_is_still_seen() -> None:
    lead = "Đoàn đại biểu của hội hữu nghị đã đến thăm và làm việc tại nhiều địa phương, trong đó có "
    assert _sentences(lead + "TP. Hồ Chí Minh. Xong.") == [lead + "TP. Hồ Chí Minh.", "Xong."]


def test_many_full_stops_before_lower_case_words_make_one_sentence() -> None:
    text = "ông. " * 2000
    assert _sentences(text) == [text.strip()]


def test_an_ellipsis_before_a_lower_case_word_goes_on() -> None:
    text = "Các hội, quỹ... cùng tham gia. Sau đó về."
    assert [text[s.start : s.end] for s in split_sentences(text)] == ["Các hội, quỹ... cùng tham gia.", "Sau đó về."]


def test_a_stretch_that_opens_inside_a_run_of_marks_reads_the_rest_of_the_run() -> None:
    text = "Xong.? Sau đó về."
    assert [(s.start, s.end) for s in split_sentences(text, 5)] == [(5, 6), (7, 17)]


def test_a_question_mark_ends_a_sentence_before_a_lower_case_word() -> None:
    assert _sentences("Ai đến? bà hỏi.") == ["Ai đến?", "bà hỏi."]


def test_a_line_break_after_an_abbreviation_ends_the_sentence() -> None:
    assert _sentences("Đoàn đến TP.\nHội họp.") == ["Đoàn đến TP.", "Hội họp."]


def test_an_ellipsis_before_a_capital_ends_the_sentence() -> None:
    text = "Còn nhiều việc… Năm sau làm tiếp."
    assert [text[s.start : s.end] for s in split_sentences(text)] == ["Còn nhiều việc…", "Năm sau làm tiếp."]


@pytest.mark.parametrize(
    ("text", "loose"),
    [
        ("Chỉ thị số 12 của Ban Bí thư", False),  # every mark composed
        ("\u0300Chỉ thị số 12", True),  # a mark with nothing to compose with
        (normalize("Hội a\u0301\u0300 tỉnh"), True),  # two marks: NFC composes one
    ],
)
def test_a_combining_mark_left_after_nfc_is_found(text: str, loose: bool) -> None:
    assert has_loose_mark(text) is loose


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ('Dự án "Phụ nữ làm chủ sinh kế" do Quỹ X tài trợ.', "làm chủ", True),
        ("Dự án “Phụ nữ làm chủ sinh kế” do Quỹ X tài trợ.", "làm chủ", True),
        ('Dự án "Nước sạch" do Quỹ X tài trợ.', "tài trợ", False),  # after the closing quote
        ("Dự án “Nước sạch” do Quỹ X tài trợ.", "tài trợ", False),
        ("Quỹ X tài trợ dự án.", "tài trợ", False),  # no quotation at all
    ],
)
def test_a_word_inside_a_quotation_is_found(text: str, word: str, inside: bool) -> None:
    assert inside_quotes(text, 0, text.index(word)) is inside
