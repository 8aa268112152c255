"""Look-up of reference names (provinces, countries, outlets, titles, organisations).

The data lives in :mod:`vnfriendship.data`; this module only finds it in text.
Entries arrive through the ``vnfriendship_gazetteer_entries`` hook, so a plugin
can teach every extractor a new name. Every comparison goes through
:func:`vnfriendship._text.fold_key`: case and tone placement never matter.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from ._text import Word, as_tokens, fold_key, words

__all__ = ["TABLES", "Gazetteer", "GazetteerEntry", "GazetteerMatch"]

#: The tables the built-in extractors read. Plugins may add tables of their own.
TABLES = (
    "province",  # surface -> canonical province name ("TP.HCM" -> "Hồ Chí Minh")
    "country",  # surface -> ISO 3166-1 alpha-2 ("Nga" -> "RU")
    "outlet",  # surface -> canonical outlet name ("NDO" -> "Nhân Dân")
    "title",  # surface -> canonical title ("Phó Chủ tịch thường trực" -> "Phó Chủ tịch Thường trực")
    "honorific",  # surface -> canonical honorific ("đồng chí", "PGS.TS.")
    "organization",  # surface -> canonical name ("VUFO" -> "Liên hiệp các tổ chức hữu nghị Việt Nam")
    "body_head",  # head nouns that open a body's name ("Ban", "UBND"), read by vnfriendship._bodies
)

# What may stand between two words of one name: spaces, dots, dashes, "&", an apostrophe.
_GAP = regex.compile(r"[ \t.\-–—&'’/]{0,4}")


# One name found at a node of the merged trie: its table, its canonical value, and how the table
# writes it (one bit mask per spelling, bit i for a capital on word i), or None when the table
# writes no name with a capital.
_Hit = tuple[str, str, tuple[int, ...] | None]
# The names of one table on the path from a first word to a node, longest first: the index of each
# one's last word counted from the first (0 for a one-word name), its canonical value and masks.
_Named = tuple[tuple[int, str, tuple[int, ...] | None], ...]
_Reach = tuple[str, _Named]


class _Node:
    """A node of the merged trie: the names that end here, the words that go on, and per table the
    names on the way here (so a scan reads them once, at the last node it reaches)."""

    __slots__ = ("hits", "next", "reach")

    def __init__(self) -> None:
        self.hits: tuple[_Hit, ...] = ()
        self.next: dict[str, _Node] = {}
        self.reach: tuple[_Reach, ...] = ()


@attrs.frozen
class _MergedIndex:
    """Every table's names in one trie of word keys, for :meth:`Gazetteer.scan`."""

    root: dict[str, _Node]  # the first word key of a name -> its node
    capitalised: frozenset[str]  # the tables that write some name with a capital


@attrs.frozen
class GazetteerEntry:
    """One surface form of a name in a table, and the canonical value it stands for."""

    table: str
    surface: str
    canonical: str

    def __attrs_post_init__(self) -> None:
        if not self.table or not self.surface.strip() or not self.canonical:
            raise ValueError(f"a gazetteer entry needs a table, a surface and a canonical value: {self!r}")
        if not words(self.surface):
            raise ValueError(f"a gazetteer surface needs at least one letter or digit: {self.surface!r}")


@attrs.frozen
class GazetteerMatch:
    """A surface form found in a text: ``text[start:end]`` stands for ``canonical``."""

    table: str
    start: int
    end: int
    text: str
    canonical: str


class Gazetteer:
    """Tables of names, looked up by :func:`~vnfriendship._text.fold_key`.

    Later entries for the same surface form replace earlier ones, so a plugin can
    correct a built-in entry as well as add new ones.
    """

    __slots__ = ("_capitals", "_exact", "_first_words", "_merged", "_prefixes")

    def __init__(self, entries: Iterable[GazetteerEntry] = ()) -> None:
        self._exact: dict[str, dict[str, str]] = {}
        self._first_words: dict[str, dict[str, dict[tuple[str, ...], str]]] = {}
        # Every start of a surface form's word keys, per table: a scan stops extending a run past them.
        self._prefixes: dict[str, set[tuple[str, ...]]] = {}
        # Which words of each surface form start with a capital, per table and word keys.
        self._capitals: dict[str, dict[tuple[str, ...], set[tuple[bool, ...]]]] = {}
        # Every table's names and name prefixes in one index, for :meth:`scan` (built on first use).
        self._merged: _MergedIndex | None = None
        for entry in entries:
            self.add(entry)

    def add(self, entry: GazetteerEntry) -> None:
        """Add one entry (mutates; the pipeline does this only while it is built)."""
        self._exact.setdefault(entry.table, {})[fold_key(entry.surface)] = entry.canonical
        surface_words = words(entry.surface)
        keys = tuple(w.key for w in surface_words)
        by_first = self._first_words.setdefault(entry.table, {})
        by_first.setdefault(keys[0], {})[keys] = entry.canonical
        capitals = tuple(w.text[0].isupper() for w in surface_words)
        self._capitals.setdefault(entry.table, {}).setdefault(keys, set()).add(capitals)
        self._prefixes.setdefault(entry.table, set()).update(keys[:n] for n in range(1, len(keys) + 1))
        self._merged = None

    def tables(self) -> list[str]:
        return sorted(self._exact)

    def lookup(self, table: str, surface: str) -> str | None:
        """The canonical value of a whole surface form, or ``None``."""
        table_entries = self._exact.get(table, {})
        found = table_entries.get(fold_key(surface))
        if found is None:
            keys = tuple(w.key for w in words(surface))
            if keys:
                found = self._first_words.get(table, {}).get(keys[0], {}).get(keys)
        return found

    def __contains__(self, table: str) -> bool:
        return table in self._exact

    def find(
        self, table: str, text: str, start: int = 0, end: int | None = None, *, cased: bool = False
    ) -> list[GazetteerMatch]:
        """Every leftmost-longest occurrence of the table's names in ``text[start:end]``.

        Matches are aligned to whole words and never cross a line break. With
        ``cased``, a word written with a capital in the table must have one in the
        text too, so "hòa bình" (peace) is not the province Hòa Bình and "biện
        pháp" does not hold France.
        """
        return list(self.iter_find(table, text, start, end, cased=cased))

    def iter_find(
        self,
        table: str,
        text: str,
        start: int = 0,
        end: int | None = None,
        *,
        cased: bool = False,
        tokens: Sequence[Word] | None = None,
    ) -> Iterator[GazetteerMatch]:
        """Like :meth:`find`, lazily; ``tokens`` are the words of the stretch when the caller has them."""
        by_first = self._first_words.get(table)
        if not by_first:
            return
        if tokens is None:
            tokens = words(text, start, end)
        keys = as_tokens(tokens).keys
        index = 0  # where the next match may start: matches do not overlap
        for first in [i for i, key in enumerate(keys) if key in by_first]:
            if first < index:
                continue
            match = self._longest_at(table, text, tokens, keys, first, len(tokens), cased)
            if match is not None:
                yield match[0]
                index = match[1] + 1

    def scan(
        self, text: str, tokens: Sequence[Word], ranges: Iterable[tuple[int, int]]
    ) -> tuple[dict[str, list[GazetteerMatch]], dict[str, list[GazetteerMatch]]]:
        """Every table's leftmost-longest names in each token range ``[first, stop)``, in one pass.

        Returns the matches without and with ``cased`` (see :meth:`find`): the same
        as :meth:`iter_find` gives per table and range, found by extending each run
        of words once for all tables. An article's analysis asks this once.
        """
        uncased, cased = self.scan_spans(text, tokens, ranges)
        return _as_matches(text, uncased), _as_matches(text, cased)

    def scan_spans(
        self, text: str, tokens: Sequence[Word], ranges: Iterable[tuple[int, int]]
    ) -> tuple[dict[str, list[tuple[int, int, str]]], dict[str, list[tuple[int, int, str]]]]:
        """What :meth:`scan` finds, as ``(start, end, canonical)`` per table: no object per match."""
        index = self._merged_index()
        root = index.root
        columns = as_tokens(tokens)  # read as columns: no Word is made per token
        starts, ends, texts, keys = columns.starts, columns.ends, columns.texts, columns.keys
        uncased: dict[str, list[tuple[int, int, str]]] = {table: [] for table in self._first_words}
        # A table whose names are all in lower case finds the same with capitals asked for.
        cased = {table: [] if table in index.capitalised else uncased[table] for table in self._first_words}
        begins_name = root.__contains__
        for first_token, stop_token in ranges:
            free: dict[str, int] = {}  # per table, where its next match may start
            free_cased: dict[str, int] = {}
            # Most words begin no name: the others are picked out without a Python step per word.
            firsts = itertools.compress(range(first_token, stop_token), map(begins_name, keys[first_token:stop_token]))
            for first in firsts:
                node = root[keys[first]]
                last = first
                while node.next and last + 1 < stop_token:
                    following = node.next.get(keys[last + 1])
                    if following is None:  # no name goes on this way
                        break
                    gap = text[ends[last] : starts[last + 1]]
                    if gap != " " and not _GAP.fullmatch(gap):
                        break
                    node = following
                    last += 1
                start = starts[first]
                written = -1  # bit i: word first + i has a capital (worked out when a table asks)
                for table, found in node.reach:
                    depth, canonical, masks = found[0]
                    if free.get(table, first_token) <= first:
                        uncased[table].append((start, ends[first + depth], canonical))
                        free[table] = first + depth + 1
                    if masks is None or free_cased.get(table, first_token) > first:
                        continue
                    if written < 0:
                        written = sum(1 << i for i in range(last - first + 1) if texts[first + i][0].isupper())
                    for depth, canonical, patterns in found:
                        if _written_as(patterns, written):
                            cased[table].append((start, ends[first + depth], canonical))
                            free_cased[table] = first + depth + 1
                            break
        return uncased, cased

    def _merged_index(self) -> _MergedIndex:
        if self._merged is None:
            capitalised = {
                table
                for table, by_run in self._capitals.items()
                if any(any(pattern) for patterns in by_run.values() for pattern in patterns)
            }
            root: dict[str, _Node] = {}
            for table, by_first in self._first_words.items():
                for candidates in by_first.values():
                    for run, canonical in candidates.items():
                        node = root.setdefault(run[0], _Node())
                        for key in run[1:]:
                            node = node.next.setdefault(key, _Node())
                        masks = None
                        if table in capitalised:
                            masks = tuple(
                                sum(1 << i for i, capital in enumerate(pattern) if capital)
                                for pattern in self._capitals[table][run]
                            )
                        node.hits += ((table, canonical, masks),)
            _set_reach(root.values(), {})
            self._merged = _MergedIndex(root, frozenset(capitalised))
        return self._merged

    def _written_as_listed(self, table: str, run: tuple[str, ...], tokens: Sequence[Word], first: int) -> bool:
        """Whether every word the table writes with a capital has one in the text too."""
        written = [tokens[first + i].text[0].isupper() for i in range(len(run))]
        patterns = self._capitals[table][run]
        return any(all(w or not c for w, c in zip(written, pattern, strict=True)) for pattern in patterns)

    def _longest_at(
        self,
        table: str,
        text: str,
        tokens: Sequence[Word],
        keys: Sequence[str],
        first: int,
        stop: int,
        cased: bool,
    ) -> tuple[GazetteerMatch, int] | None:
        """The longest name of ``table`` that starts at token ``first``, and the index of its last token."""
        candidates = self._first_words[table][keys[first]]
        prefixes = self._prefixes[table]
        best: tuple[int, str] | None = None
        run: tuple[str, ...] = (keys[first],)
        last = first
        while True:
            if run in candidates and (not cased or self._written_as_listed(table, run, tokens, first)):
                best = (last, candidates[run])
            if last + 1 >= stop:
                break
            gap = text[tokens[last].end : tokens[last + 1].start]
            if gap != " " and not _GAP.fullmatch(gap):
                break
            run += (keys[last + 1],)
            if run not in prefixes:  # no name goes on this way (so none is longer than the table's longest)
                break
            last += 1
        if best is None:
            return None
        final, canonical = best
        start_token, end_token = tokens[first], tokens[final]
        surface = text[start_token.start : end_token.end]
        return GazetteerMatch(table, start_token.start, end_token.end, surface, canonical), final


def _written_as(patterns: tuple[int, ...] | None, written: int) -> bool:
    """Whether the words have a capital wherever one of the table's spellings (bit masks) has one."""
    return any(not pattern & ~written for pattern in patterns or ())


def _set_reach(nodes: Iterable[_Node], above: dict[str, _Named], depth: int = 0) -> None:
    """Fill each node's ``reach`` from the names on the way to it (``above``, per table) and its own."""
    for node in nodes:
        here = dict(above)
        for table, canonical, masks in node.hits:
            here[table] = ((depth, canonical, masks), *above.get(table, ()))
        node.reach = tuple(here.items())
        _set_reach(node.next.values(), here, depth + 1)


def _as_matches(text: str, found: dict[str, list[tuple[int, int, str]]]) -> dict[str, list[GazetteerMatch]]:
    return {
        table: [GazetteerMatch(table, start, end, text[start:end], canonical) for start, end, canonical in spans]
        for table, spans in found.items()
    }
