"""Cue phrases as word keys, and the shape of a Vietnamese syllable.

Shared by the body-name chunker and the people extractor, which read the same kinds
of cue lists from ``data/`` and ask the same question of a name's words.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

import attrs
import regex

from ._text import words

__all__ = ["Phrases", "alternation", "base", "is_syllable", "keys", "phrases"]

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# One Vietnamese syllable without its tone: onset, one to three vowels, coda.
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
# "H'" and "Y'" open names of the Tây Nguyên peoples: "H'Lanh" is spelt as "Lanh" is.
_NAME_PREFIX = regex.compile(r"^\p{L}['’]")


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases`` in the order given, each written literally but for its spaces, which
    match any run of white space ("hiện có" matches "hiện  có")."""
    return "|".join(regex.escape(phrase).replace(r"\ ", r"\s+") for phrase in phrases)


def keys(phrase: str) -> tuple[str, ...]:
    """A short phrase (a cue, a name; never a whole article) as word keys."""
    return tuple(word.key for word in words(phrase))


@attrs.frozen
class Phrases:
    """Phrases as word keys, indexed by their first and by their last word, longest first."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]
    by_last: dict[str, tuple[tuple[str, ...], ...]]
    #: Phrases written only in lower case, which then match only in lower case ("bản" is a
    #: village, "Bản" ends "Nhật Bản"); empty unless asked for with ``cased``.
    lower: frozenset[tuple[str, ...]] = frozenset()


def phrases(items: Iterable[str], *, cased: bool = False) -> Phrases:
    """Index cue phrases; with ``cased``, remember which are written only in lower case.

    One cue list gives one index, built once: the body-name chunker and the people
    extractor read several of the same lists from ``data/``.
    """
    return _indexed(tuple(items), cased)


@functools.lru_cache(maxsize=256)  # one entry per cue list of data/, and per list a plugin extends
def _indexed(items: tuple[str, ...], cased: bool) -> Phrases:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    spelt = [(keys(item), item.islower()) for item in items]
    for phrase in sorted({found for found, _ in spelt}, key=len, reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase)
        by_last.setdefault(phrase[-1], []).append(phrase)
    capitalised = {found for found, lower in spelt if not lower}
    lower = frozenset(found for found, _ in spelt if cased and found not in capitalised)
    return Phrases(
        {key: tuple(found) for key, found in by_first.items()},
        {key: tuple(found) for key, found in by_last.items()},
        lower,
    )


def base(word: str) -> str:
    """A word without its tone mark (and an opening "H'"), lower-cased: "Nguyễn" -> "nguyên"."""
    decomposed = unicodedata.normalize("NFD", _NAME_PREFIX.sub("", word.casefold()))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))


@functools.lru_cache(maxsize=1 << 14)  # asked of every word that might join a name; names recur
def is_syllable(word: str) -> bool:
    """Whether a word can be written as one Vietnamese syllable ("Xuân" yes, "Labrada" no)."""
    return _SYLLABLE.fullmatch(base(word)) is not None
