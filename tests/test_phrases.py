"""Cue phrases as word keys and the shape of a Vietnamese syllable (shared by the chunker and people)."""

from __future__ import annotations

import pytest
import regex

from vnfriendship._phrases import alternation, is_syllable, keys, phrases


def test_phrases_are_indexed_by_first_and_last_word_longest_first() -> None:
    found = phrases(["Ban", "Ban Chấp hành"])
    assert found.by_first[keys("ban")[0]] == (keys("Ban Chấp hành"), keys("Ban"))


def test_a_phrase_written_only_in_lower_case_is_remembered_when_asked() -> None:
    assert phrases(["bản", "Bộ"], cased=True).lower == frozenset({keys("bản")})


def test_without_cased_no_phrase_is_lower_only() -> None:
    assert phrases(["bản"]).lower == frozenset()


def test_one_cue_list_is_indexed_once_for_every_reader() -> None:
    assert phrases(["nhiệm kỳ", "khóa"]) is phrases(("nhiệm kỳ", "khóa"))


def test_a_cue_list_asked_for_with_cased_is_its_own_index() -> None:
    assert phrases(["bản"], cased=True) is not phrases(["bản"])


@pytest.mark.parametrize(("word", "expected"), [("Xuân", True), ("Nguyễn", True), ("Labrada", False), ("H'Lanh", True)])
def test_a_syllable_has_an_onset_vowels_and_a_coda(word: str, expected: bool) -> None:
    assert is_syllable(word) is expected


def test_an_alternation_matches_each_phrase_whatever_its_spaces_and_nothing_else() -> None:
    pattern = regex.compile(f"(?:{alternation(['hiện có', 'gồm (có)', 'quy tụ'])})")
    found = [bool(pattern.fullmatch(text)) for text in ("hiện  có", "gồm (có)", "quy tụ", "gồm có", "hiện")]
    assert found == [True, True, True, False, False]
