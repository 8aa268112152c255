"""The body-name chunker: where the name of a body (an association, a ministry, a Party committee...) ends.

One set of rules, used wherever an extractor reads a body's name: the organisation of a
position, an event's organisers, a donor, a recipient, an issuer, a member organisation.
A name opens with a head noun (the gazetteer table ``body_head``, built from
:data:`vnfriendship.data.bodies.HEADS`, or a name of the ``organization`` table) and runs
over capitalised words and the lower-case words names of bodies hold, with the place it
names ("UBND tỉnh Quảng Nam", "Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang") and an
acronym or a country in brackets. It never takes the term ("khóa II", "nhiệm kỳ
2023-2028"), a following verb or clause, a person's name, or the next item of a list.

>>> from vnfriendship import Pipeline
>>> article = Pipeline().article("Ông A, Chủ tịch Hội Hữu nghị Việt Nam - Lào khóa IV phát biểu.")
>>> [span.text for span in bodies_in(article, 0, len(article.text))]
['Hội Hữu nghị Việt Nam - Lào']
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from itertools import compress
from typing import TYPE_CHECKING

import attrs
import regex

from ._analysis import Analysis, Annotation
from ._phrases import Phrases, is_syllable, phrases
from ._text import fold_key, key_set
from .data import bodies as cues
from .data import people as people_cues

if TYPE_CHECKING:
    from ._article import Article

__all__ = ["HEAD_TABLE", "bodies_in", "body_at", "find_bodies", "joins_fields"]

#: The gazetteer table of head nouns; a plugin adds its own through ``vnfriendship_gazetteer_entries``.
HEAD_TABLE = "body_head"

# What may stand between two words of one name: "T.Ư", "MTTQ/...", "Kế hoạch & Đầu tư", "Children's".
_INSIDE = regex.compile(r"[ \t]+|\.[ \t]*|/|[ \t]*&[ \t]*|['’]")
_SPACE = regex.compile(r"[ \t]+")
_DASH = regex.compile(r"[ \t]*[-‐‑‒–—][ \t]*")
_COMMA = regex.compile(r"[ \t]*,[ \t]*")
_OPEN = regex.compile(r"[ \t]*\([ \t]*")
_CLOSE = regex.compile(r"[ \t]*\)")

_ROMAN = regex.compile(r"[IVXLCDM]+")
# A bracket closing an acronym inside a name, the name going on after it: "Ban liên lạc (BLL) Quân tình nguyện".
_CLOSE_INSIDE = regex.compile(r"[ \t]*\)[ \t]+")


# How many words a person's name may hold; an acronym or country in brackets; an item of an
# enumeration inside a name ("Bộ Văn hóa, Thể thao và Du lịch") and how many of them.
_MAX_NAME = 4
_MAX_BRACKETED = 4
_MAX_ITEM = 3
_MAX_ITEMS = 6
# How many words of a name in lower case "và" may lead over to its place.
_MAX_DESCRIBED = 6


@attrs.frozen
class _Vocabulary:
    body_words: Phrases
    terms: Phrases
    after_place: Phrases
    address: Phrases
    trailing: Phrases
    named_after: Phrases
    not_tails: frozenset[str]
    numbered: frozenset[str]
    connectors: frozenset[str]
    # head noun key -> the lower-case syllables that make a common word with it ("Hội nghị", "Báo cáo")
    compounds: dict[str, frozenset[str]]
    family: frozenset[str]
    and_: str
    at: frozenset[str]
    about: str
    place_nouns: Phrases
    before_place: Phrases
    fields: Phrases
    closed: Phrases
    missions: Phrases
    own_place: Phrases
    list_openers: Phrases


@cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(
        body_words=phrases(cues.BODY_WORDS),
        terms=phrases(cues.TERM_WORDS),
        after_place=phrases(cues.AFTER_PLACE),
        address=phrases(cues.ADDRESS_WORDS),
        trailing=phrases(cues.TRAILING),
        named_after=phrases(people_cues.NAMED_AFTER),
        not_tails=key_set(cues.NOT_TAILS),
        numbered=key_set(cues.NUMBERED),
        connectors=key_set(cues.FOREIGN_CONNECTORS),
        compounds={
            fold_key("Hội"): key_set(cues.EVENT_WORDS),
            **{fold_key(head): key_set(tails) for head, tails in cues.COMMON_COMPOUNDS.items()},
        },
        family=key_set(people_cues.FAMILY_NAMES),
        and_=fold_key("và"),
        at=frozenset({fold_key("tại"), fold_key("ở")}),
        about=fold_key("về"),
        place_nouns=phrases(cues.PLACE_NOUNS),
        before_place=phrases(cues.BEFORE_PLACE),
        fields=phrases(cues.FIELDS),
        closed=phrases(cues.CLOSED_HEADS),
        missions=phrases(cues.MISSIONS),
        own_place=phrases(cues.OWN_PLACE),
        list_openers=phrases(cues.LIST_OPENERS),
    )


class _Index:
    """What the chunker asks of one article's analysis, as look-ups by token."""

    def __init__(self, analysis: Analysis) -> None:
        self.text = analysis.text
        tokens = analysis.tokens  # read as columns: no Word is made per token
        self.starts, self.ends, self.texts, self.keys = tokens.starts, tokens.ends, tokens.texts, tokens.keys
        starts, ends = self.starts, self.ends

        def spans(table: str, *, cased: bool) -> dict[int, int]:
            # The analysis found these names on these very tokens: each offset is a token's, found by a
            # bisect (a map of every token's offsets would cost more than the names it serves).
            return {
                bisect_left(starts, start): bisect_left(ends, end)
                for start, end, _ in analysis.name_spans(table, cased=cased)
            }

        self.heads = spans(HEAD_TABLE, cased=False)
        self.named = spans("organization", cased=False)
        self.places = {**spans("country", cased=True), **spans("province", cased=True)}
        self.place_ends = set(self.places.values())
        self.head_ends = set(self.heads.values()) | set(self.named.values())
        self.cues = set(spans("title", cased=False)) | set(spans("honorific", cased=False))
        self.short_forms = self._short_forms()

    def _short_forms(self) -> set[int]:
        """The tokens that are an acronym the article defines in brackets after a name ("… Families (TFCF- Đài
        Loan)"): written alone elsewhere, such an acronym opens a body's name ("TFCF- Đài Loan tặng quà")."""
        texts = self.texts
        defined = {
            texts[i]
            # Words in capitals, picked out with no Python step per word: most words are not.
            for i in compress(range(1, len(texts)), map(str.isupper, texts[1:]))
            if _acronym(texts[i])
            and self.cap(i - 1)
            and _OPEN.fullmatch(self.gap(i))
        }
        if not defined:  # most articles define none
            return set()
        return set(compress(range(len(texts)), map(defined.__contains__, texts)))

    def spaced(self, j: int) -> bool:
        return _SPACE.fullmatch(self.gap(j)) is not None

    def gap(self, j: int) -> str:
        return self.text[self.ends[j - 1] : self.starts[j]]

    def cap(self, j: int) -> bool:
        return self.texts[j][0].isupper()

    def phrase_at(self, j: int, phrases: Phrases, stop: int) -> int:
        """The length of the longest phrase starting at token ``j``, its words a space apart."""
        for phrase in phrases.by_first.get(self.keys[j], ()):
            last = j + len(phrase) - 1
            if last < stop and all(
                self.keys[j + k] == key and (k == 0 or self.spaced(j + k)) for k, key in enumerate(phrase)
            ):
                return len(phrase)
        return 0

    def phrase_ending(self, last: int, phrases: Phrases, first: int) -> int:
        """The length of the longest phrase ending at token ``last`` and starting at or after ``first``."""
        for phrase in phrases.by_last.get(self.keys[last], ()):
            j = last - len(phrase) + 1
            if j >= first and all(
                self.keys[j + k] == key and (k == 0 or self.spaced(j + k)) for k, key in enumerate(phrase)
            ):
                return len(phrase)
        return 0

    def joins_fields(self, j: int) -> bool:
        """Whether "và" at token ``j`` joins two fields of one name: "Khoa học và công nghệ".

        A field written in lower case after it counts only after another field: "Sở Y tế và
        các sở" is two bodies.
        """
        k = j + 1
        if j == 0 or k >= len(self.keys) or not self.spaced(j) or not self.spaced(k):
            return False
        fields = _vocabulary().fields
        return self.phrase_at(k, fields, len(self.keys)) > 0 and self.phrase_ending(j - 1, fields, 0) > 0

    def head_end(self, j: int) -> int | None:
        """The last token of a head noun or a known body's name opening at ``j`` ("Hội nghị", "Báo cáo" are
        none)."""
        last = max(self.heads.get(j, -1), self.named.get(j, -1), j if j in self.short_forms else -1)
        if last < 0:
            return None
        after = j + 1
        if (
            last == j
            and after < len(self.keys)
            and self.spaced(after)
            and self.keys[after] in _vocabulary().compounds.get(self.keys[j], ())
        ):
            return None  # "Hội nghị", "Hội thảo": a gathering; "Báo cáo": a report
        return last


def _acronym(word: str) -> bool:
    """Whether a word is written as an acronym: two or more capitals, not a Roman numeral ("II", "XIV")."""
    return len(word) > 1 and word.isupper() and word.isalpha() and not _ROMAN.fullmatch(word)


def _index(analysis: Analysis) -> _Index:
    return analysis.memo("bodies.index", lambda: _Index(analysis))


class _Chunk:
    """The reading of one body's name, token by token, from its head on."""

    def __init__(self, ix: _Index, head: int, head_last: int, limit: int) -> None:
        self.ix, self.voc, self.limit = ix, _vocabulary(), limit
        self.head, self.head_last = head, head_last
        self.last = head_last
        # The last token of a capitalised word, a number or a compound's tail: words after it may be trimmed.
        self.anchor = head_last
        self.after_place = head_last in ix.place_ends
        self.placed = self.after_place
        self.about = False  # a field opened by "về": "Hội ... về hữu nghị và quan hệ văn hóa"
        self.pieces: dict[int, bool] = {}  # see :meth:`hyphenated`

    def inside(self, j: int) -> bool:
        return j < len(self.ix.keys) and self.ix.ends[j] <= self.limit

    def person_at(self, j: int) -> bool:
        """Whether a Vietnamese person's name opens at ``j`` ("... Việt Nam Nguyễn Văn An")."""
        ix = self.ix
        if ix.keys[j] not in self.voc.family:
            return False
        k = j
        while (
            k + 1 - j < _MAX_NAME + 1
            and self.inside(k + 1)
            and ix.cap(k + 1)
            and ix.spaced(k + 1)
            and is_syllable(ix.texts[k + 1])
            and k + 1 not in ix.places
        ):
            k += 1
        size = k - j + 1
        if ix.phrase_at(j, self.voc.body_words, k + 1) >= size:
            return False  # "Ban Châu Á - Thái Bình Dương": words of a name
        right_after_head = j == self.head_last + 1
        if right_after_head and ix.phrase_ending(self.head_last, self.voc.named_after, self.head):
            return False  # "Trường Lê Quý Đôn", "Quỹ Nguyễn Văn A": named after a person
        return 3 <= size <= _MAX_NAME or (size == 2 and right_after_head)

    def run(self, j: int) -> int:
        """Read words from ``j`` on; the token the reading stopped at."""
        ix, voc = self.ix, self.voc
        resumed = -1  # the token after an acronym in brackets inside the name
        while self.inside(j):
            gap, word = ix.gap(j), ix.texts[j]
            dashed = False
            if gap == "-" and j - 1 == self.last and self.hyphenated(j - 1) and not word[0].isdigit():
                self.last = self.anchor = j  # one hyphenated word: "Át-tạ-pư", "Xiêng-khoảng"
                j += 1
                continue
            if gap in ("'", "’") and word == "s" and j - 1 == self.last and ix.cap(j - 1):
                self.last = self.anchor = j  # an English possessive: "Children's Future International"
                j += 1
                continue
            if _DASH.fullmatch(gap):
                if not (ix.cap(j) or (word.isdigit() and ix.texts[j - 1].isdigit())):
                    return j
                dashed = True  # "Hội Hữu nghị Việt Nam - Lào", "Ban Văn hóa – Xã hội"
            elif not _INSIDE.fullmatch(gap) and j != resumed:
                inner = self.inner_acronym(j)
                if inner is None:
                    return j
                j = resumed = inner
                continue
            if j in ix.places and (ix.cap(j) or not dashed):  # "Việt Nam", "tỉnh Hà Nam"
                self.last = self.anchor = ix.places[j]
                j = self.last + 1
                self.after_place = self.placed = True
                continue
            if ix.cap(j):
                if self.person_at(j):
                    return j
                if dashed and j in ix.cues and not ix.phrase_at(j, voc.body_words, len(ix.keys)):
                    return j  # a role after a dash: "Liên hiệp … tỉnh X - Cụm trưởng …" (not "Ban Tổ chức - Cán bộ")
                head_last = ix.head_end(j)
                if head_last is not None and j - 1 == self.last and self.opens_another(j - 1, head_last):
                    return j  # "Tỉnh ủy Hội Hữu nghị …": two bodies, a comma left out
                if head_last is None and j in ix.cues and j != self.head_last + 1 and not dashed:
                    return j  # the title of the next person: "..., Phó Chủ tịch"
                # a compound of the name read whole: "Hữu nghị", "Nông dân"
                size = ix.phrase_at(j, voc.body_words, len(ix.keys))
                self.last = max(head_last if head_last is not None else j, j + size - 1)
                if not self.inside(self.last):
                    return j
                # "xã Tân Lập": a place the gazetteer does not know
                self.placed = self.placed or ix.phrase_ending(j - 1, voc.address, self.head_last + 1) > 0
                self.anchor, self.after_place, j = self.last, False, self.last + 1
                continue
            if word.isdigit():
                previous = j - 1
                if previous == self.last and (
                    ix.cap(previous)
                    or ix.keys[previous] in voc.numbered
                    or dashed
                    or ix.phrase_ending(previous, voc.address, previous)
                ):
                    self.last = self.anchor = j  # "Cụm thi đua số 1", "Quân khu 2", "phường 3"
                    j += 1
                    continue
                if previous == self.last == self.anchor and len(word) <= 2 and self.ends_name(j):
                    self.last = self.anchor = j  # a compound's number ending the name: "Ban Địa bàn 2"
                    j += 1
                    continue
                return j
            if ix.phrase_at(j, voc.terms, len(ix.keys)):
                return j  # "khóa III", "nhiệm kỳ 2023 - 2028"
            if self.after_place and not ix.phrase_at(j, voc.after_place, len(ix.keys)):
                return j
            own = ix.phrase_at(j, voc.own_place, len(ix.keys))
            if own and ix.phrase_ending(j - 1, voc.address, self.head_last + 1) and self.inside(j + own - 1):
                self.last = self.anchor = j + own - 1  # "tỉnh ta": the writer's own province
                j = self.last + 1
                self.after_place = self.placed = True
                continue
            if ix.keys[j] in voc.at and not self.placed_after(j):
                return j  # "... tại Việt Nam" is a name's; "... tại hội nghị" is not
            if ix.keys[j] == voc.and_ and not self.and_goes_on(j):
                return j
            size = ix.phrase_at(j, voc.body_words, len(ix.keys)) or self.before_place(j)
            tail = 0 if size else self.connecting(j) or self.compound_tail(j)
            if not (size or tail) or not self.inside(j + (size or tail) - 1):
                return j
            self.about = self.about or ix.keys[j] == voc.about
            j += size or tail
            self.last, self.after_place = j - 1, False
            if tail:
                self.anchor = self.last
        return j

    def ends_name(self, j: int) -> bool:
        """Whether the name can end at token ``j``: no word in lower case follows it a space apart."""
        ix, k = self.ix, j + 1
        return not (self.inside(k) and ix.spaced(k) and not ix.cap(k) and not ix.texts[k][0].isdigit())

    def opens_another(self, last: int, head_last: int) -> bool:
        """Whether the head ending at ``head_last`` opens a second body after a head whole by itself ending at
        ``last``: "Tỉnh ủy Hội Hữu nghị …", "Thành ủy Hội Cựu chiến binh …" (the head's name goes on with a word of
        names or a place), not a place so named ("Thành ủy Hội An")."""
        ix, after = self.ix, head_last + 1
        if not ix.phrase_ending(last, self.voc.closed, self.head) or not self.inside(after) or not ix.spaced(after):
            return False
        return after in ix.places or ix.phrase_at(after, self.voc.body_words, len(ix.keys)) > 0

    def inner_acronym(self, j: int) -> int | None:
        """Where the name goes on past an acronym of it in brackets at ``j``, or ``None``: "Ban liên lạc (BLL) Quân
        tình nguyện …" (the initials of the words read so far, a capitalised word after the bracket)."""
        ix = self.ix
        after = j + 1
        if not (
            j - 1 == self.last
            and _OPEN.fullmatch(ix.gap(j))
            and _acronym(ix.texts[j])
            and self.inside(after)
            and _CLOSE_INSIDE.fullmatch(ix.gap(after))
            and ix.cap(after)
        ):
            return None
        initials = "".join(ix.texts[k][0] for k in range(self.head, j)).upper()
        return after if initials == ix.texts[j] else None

    def hyphenated(self, k: int) -> bool:
        """Whether token ``k`` is a capitalised word or a piece of one joined by hyphens.

        The answer for each piece is kept, so that a long chain of pieces is read once.
        """
        ix, chain = self.ix, []
        while k > self.head_last and k not in self.pieces and ix.gap(k) == "-":
            chain.append(k)
            k -= 1
        found = self.pieces[k] if k in self.pieces else k > self.head_last and ix.cap(k)
        self.pieces.update(dict.fromkeys(chain, found))
        return found

    def placed_after(self, j: int) -> bool:
        """Whether "tại" or "ở" at ``j`` leads to a place or a body: "Đại sứ quán Việt Nam tại Lào"; after a
        mission, any city: "Tổng Lãnh sự quán Việt Nam tại Mumbai"."""
        k = j + 1
        return self.inside(k) and (
            k in self.ix.places
            or self.ix.head_end(k) is not None
            or self.ix.phrase_at(k, self.voc.address, len(self.ix.keys)) > 0
            or self.ix.phrase_at(k, self.voc.place_nouns, len(self.ix.keys)) > 0
            or (self.ix.cap(k) and self.ix.phrase_at(self.head, self.voc.missions, self.head_last + 1) > 0)
        )

    def and_goes_on(self, j: int) -> bool:
        """Whether "và" at ``j`` joins two words of one name ("Sở Kế hoạch và Đầu tư"), not two list items."""
        ix, k = self.ix, j + 1
        if not self.inside(k) or not ix.spaced(k):
            return False
        if not ix.cap(k):
            # "Hội Belarus về hữu nghị và quan hệ văn hóa ...", "Bộ Khoa học và công nghệ"
            return self.about or ix.joins_fields(j) or self.described_on(j)
        # "... Hòa bình và Đoàn kết": a head noun that opens a compound of the name ("Đoàn kết") is none
        compound = ix.phrase_at(k, self.voc.body_words, len(ix.keys)) > 1 and ix.heads.get(k) == k
        head = ix.head_end(k) is not None and not compound
        return not (k in ix.places or head or k in ix.cues or self.person_at(k))

    def described_on(self, j: int) -> bool:
        """Whether "và" at ``j`` goes on with a name written in lower case after its head, up to its place: "Viện
        nghiên cứu quốc tế và đối ngoại nhân dân Việt Nam", "Ban liên lạc Quân tình nguyện và chuyên gia quân sự
        Việt Nam". The words on both sides are words of names, the one before not capitalised nor an address, and
        those after lead to a place; not "Chính phủ và nhân dân Lào", "UBND tỉnh và các sở"."""
        ix, voc = self.ix, self.voc
        before = ix.phrase_ending(j - 1, voc.body_words, self.head_last + 1)
        if not before or ix.cap(j - before) or ix.phrase_ending(j - 1, voc.address, self.head_last + 1):
            return False
        k = j + 1
        if ix.phrase_at(k, voc.list_openers, len(ix.keys)):
            return False
        for _ in range(_MAX_DESCRIBED):
            if not self.inside(k) or not ix.spaced(k):
                return False
            if k in ix.places:
                return True
            size = 0 if ix.cap(k) else ix.phrase_at(k, voc.body_words, len(ix.keys))
            if not size:
                return False
            k += size
        return False

    def before_place(self, j: int) -> int:
        """The length of a word that joins a place to the name: "toàn" of "... toàn Ấn Độ"."""
        size = self.ix.phrase_at(j, self.voc.before_place, len(self.ix.keys))
        return size if size and j + size in self.ix.places and self.ix.spaced(j + size) else 0

    def connecting(self, j: int) -> int:
        """Lower-case words between two capitals of a foreign name: "Save the Children"."""
        ix, k = self.ix, j
        while self.inside(k) and not ix.cap(k) and ix.keys[k] in self.voc.connectors and ix.spaced(k):
            k += 1
        return k - j if k > j and ix.cap(j - 1) and self.inside(k) and ix.cap(k) and ix.spaced(k) else 0

    def compound_tail(self, j: int) -> int:
        """1 where the lower-case word ``j`` ends a compound whose first syllable is capitalised.

        A body's name capitalises only the first syllable of each compound: "Sở Y tế", "Hội
        Nông dân". That syllable follows the head or a lower-case word; after another capital
        it ends a proper name ("Công ty Hưng Phát trao quà").
        """
        ix, first = self.ix, j - 1
        if first != self.last or not ix.spaced(j) or ix.keys[j] in self.voc.not_tails:
            return 0
        word = ix.texts[first]
        if not ix.cap(first) or (len(word) > 1 and word.isupper()) or not is_syllable(word) or first <= self.head_last:
            return 0
        before = first - 1
        if ix.phrase_ending(before, self.voc.address, self.head) or before in ix.place_ends:
            return 0  # "UBND thành phố Vinh phát biểu": a place's name
        return int(before == self.head_last or not ix.cap(before) or before in ix.head_ends)

    def items(self, j: int) -> int | None:
        """The last token of an enumeration inside the name from ``j`` on: ", Thể thao và Du lịch"."""
        ix = self.ix
        for _ in range(_MAX_ITEMS):
            if not (self.inside(j) and _COMMA.fullmatch(ix.gap(j)) and ix.cap(j)):
                return None
            if j in ix.places or ix.head_end(j) is not None or j in ix.cues or self.person_at(j):
                return None
            item = _Chunk(ix, j, j - 1, self.limit)
            item.last = item.anchor = j
            stop = item.run(j + 1)
            joined = any(ix.keys[k] == self.voc.and_ for k in range(j, item.last + 1))
            if joined:
                return item.last
            if item.last - j >= _MAX_ITEM:
                return None
            j = stop
        return None

    def trimmed(self, stop: int) -> int:
        """The last token once words that cannot end a name are dropped ("... tỉnh tổ chức hội" + "nghị")."""
        ix, last, first = self.ix, self.last, self.anchor + 1
        broke_on_word = (
            self.inside(stop)
            and stop == last + 1
            and ix.spaced(stop)
            and not ix.cap(stop)
            and not ix.phrase_at(stop, self.voc.terms, len(ix.keys))
            and ix.keys[stop] not in self.voc.not_tails  # "quốc tế" before "và" is whole
        )
        if broke_on_word and last >= first:
            size = ix.phrase_ending(last, self.voc.body_words, first)
            if size and not ix.phrase_ending(last, self.voc.address, first):
                last -= size  # "hội" of "hội nghị": the first syllable of the next word
        while last >= first:
            size = ix.phrase_ending(last, self.voc.trailing, first)
            if not size:
                break
            last -= size
        return last

    def read(self) -> tuple[int, int]:
        """(last token, end offset) of the name, an acronym or country in brackets included."""
        ix = self.ix
        stop = self.run(self.head_last + 1)
        while self.inside(stop) and _COMMA.fullmatch(ix.gap(stop)):
            size = ix.phrase_at(stop, self.voc.address, len(ix.keys)) if self.placed and not ix.cap(stop) else 0
            if size and self.inside(stop + size) and ix.cap(stop + size):
                # "Hội Nông dân xã Tân Lập, huyện Yên Lập": the address goes on
                self.last, self.after_place = stop + size - 1, False
                stop = self.run(stop + size)
                continue
            enumerated = self.items(stop)
            if enumerated is None:
                break
            self.last, self.after_place = enumerated, False
            stop = self.run(enumerated + 1)
        last = self.trimmed(stop)
        return last, self.bracketed(last)

    def bracketed(self, last: int) -> int:
        """The end of the name with an acronym or a country in brackets after it: "(VUFO)", "(Hoa Kỳ)"."""
        ix, j = self.ix, last + 1
        end = ix.ends[last]
        if not self.inside(j) or not _OPEN.fullmatch(ix.gap(j)):
            return end
        k = ix.places.get(j, j if ix.texts[j].isupper() and len(ix.texts[j]) > 1 else -1)
        if k < 0 or k - j >= _MAX_BRACKETED:
            return end
        if k == j and self.inside(k + 1) and _DASH.fullmatch(ix.gap(k + 1)) and k + 1 in ix.places:
            k = ix.places[k + 1]  # "(TFCF- Đài Loan)": the acronym and the body's country
        close = _CLOSE.match(ix.text, ix.ends[k], self.limit)
        return close.end() if close else end


def _read(analysis: Analysis, start: int, limit: int, *, lenient: bool) -> Annotation | None:
    ix = _index(analysis)
    i = analysis.token_index(start)
    if i >= len(ix.keys) or ix.starts[i] != start:
        return None
    head_last = ix.head_end(i)
    if head_last is None or ix.ends[head_last] > limit:
        return None
    if not ix.cap(i):
        # "ban Dân vận Tỉnh ủy": a head in lower case opens a name only where the caller says
        # one opens, and a capitalised word follows it.
        after = head_last + 1
        if not (lenient and after < len(ix.keys) and ix.ends[after] <= limit and ix.cap(after)):
            return None
    chunk = _Chunk(ix, i, head_last, limit)
    last, end = chunk.read()
    text = analysis.text
    return Annotation("body", start, end, text[start:end], text[start : ix.ends[last]])


def body_at(article: Article, start: int, limit: int) -> Annotation | None:
    """The name of a body that opens at offset ``start`` and ends at or before ``limit``, or ``None``.

    ``start`` must be where a head noun or a known body's name is written ("Ban",
    "UBND", "VUFO"); a head in lower case ("ban Dân vận") is taken here because the
    caller says a body opens there. The annotation's ``text`` keeps an acronym or
    country in brackets after the name; its ``value`` is the name without it.
    """
    return _read(article.analysis, start, min(limit, len(article.text)), lenient=True)


def bodies_in(article: Article, start: int, end: int) -> list[Annotation]:
    """The names of bodies lying within ``[start, end)``, in order (heads written with a capital)."""
    return _scan(article.analysis, start, end)


def find_bodies(analysis: Analysis) -> list[Annotation]:
    """Every body's name of the analysed text, sentence by sentence (the ``body`` kind of span)."""
    return [body for sentence in analysis.sentences for body in _scan(analysis, sentence.start, sentence.end)]


def joins_fields(article: Article, start: int) -> bool:
    """Whether the "và" written at offset ``start`` joins two fields of one body's name ("Bộ Khoa học
    và công nghệ"), so that the name goes on after it."""
    ix = _index(article.analysis)
    j = article.analysis.token_index(start)
    return j < len(ix.keys) and ix.starts[j] == start and ix.joins_fields(j)


def _scan(analysis: Analysis, start: int, end: int) -> list[Annotation]:
    ix = _index(analysis)
    found: list[Annotation] = []
    i = analysis.token_index(start)
    while i < len(ix.keys) and ix.ends[i] <= end:
        body = _read(analysis, ix.starts[i], end, lenient=False) if ix.cap(i) else None
        if body is None:
            i += 1
            continue
        found.append(body)
        i = analysis.token_index(body.end)
    return found
