"""The aid-figures extractor: sums of money given, received, mobilised, pledged or disbursed as aid.

Every sum :func:`vnfriendship._money.find_money` finds is judged by the cue
nearest to it: first in the stretch between it and its neighbouring sums, then
in its clause, then in its sentence. A word of giving or receiving ("viện trợ",
"tài trợ", "ủng hộ", "học bổng", "giải ngân", "cam kết") makes it aid of that
kind; a word of value ("trị giá", "tổng kinh phí") does so in an article about
aid; fines, prices, trade, investment and other budgets do not, nor does a
difference ("tăng 4,9 triệu USD so với cùng kỳ"). The same sum written twice
(headline and body) is one figure. Its period comes from the sentence ("Từ năm
1992 đến nay") or the sentences just before it ("Năm 2023 là năm …").

Its giver, receiver and purpose (FIELDS.md) come from its clause first, then from
the sentences around it: a total split in brackets or after "Trong đó", a verb
whose object was named just before, a sentence referring back to the sums ("Số
học bổng này được tài trợ bởi …", "Tất cả sẽ được chuyển về cho …", "Đây là …
do X tài trợ"), the province named as the area of a total with no giver.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import cast

import attrs
import regex

from .._article import Article, Sentence
from .._bodies import HEAD_TABLE, bodies_in, body_at
from .._dates import DateMatch
from .._edtf import EDTF, EdtfDate, EdtfInterval
from .._gazetteer import GazetteerEntry, GazetteerMatch
from .._hookspecs import hookimpl
from .._model import AidFigure, AidKind, Facts, Mention, Qualifier, Quantity
from .._money import MoneyMatch
from .._phrases import alternation
from .._provenance import Rules
from .._text import Span, Word, fold_key, inside_quotes, key_set
from ..data import aid as data
from ..data import titles

__all__ = [
    "FACET",
    "GIVEN_AFTER",
    "IN_LIST",
    "RULES",
    "VALUE",
    "WITH_CUE",
    "find_aid_figures",
    "vnfriendship_extract",
    "vnfriendship_gazetteer_entries",
    "vnfriendship_gazetteer_tables",
]

FACET = "aid_figures"

# The rules that find a sum of aid, by the cue that makes it one, named in each fact's ``sources``
# (docs/plugins.md lists them).
#: "Hội đã trao 50 triệu đồng …", "tài trợ 2 tỷ đồng", "học bổng trị giá …" (a word of giving near the sum).
WITH_CUE = "money with a word of giving"
#: "Toàn bộ số tiền, hơn 320 triệu đồng, được … trao tặng Quỹ …".
GIVEN_AFTER = "money, then a word of giving"
#: "- Huyện A: 3 dự án, 2 tỷ đồng;" under a heading that names the giving.
IN_LIST = "money in a list"
#: "trị giá", "tổng kinh phí" in an article about aid.
VALUE = "value in an aid article"
#: Every rule of this extractor.
RULES = (WITH_CUE, GIVEN_AFTER, IN_LIST, VALUE)

# How many sentences back a period may be read from ("Năm 2023 là năm …. … Hội đã vận động …").
_PERIOD_LOOKBACK = 3
_MAX_NAME_WORDS = 16
# How far a verb of giving may stand before its sum: "ủng hộ đồng bào bị thiệt hại do lũ lụt … với tổng số tiền …".
_MAX_GAP_WORDS = 20
_MAX_UNIT_WORDS = 5
# How many words may stand before a period that opens a phrase: "Trong", "Tính đến".
_LEAD_IN_WORDS = 2
# How far either side of a sum its clause is read: a bound on the work per sum in a sentence without semicolons.
_REACH = 1200
# How far before its sum a giver listed with it may open ("…, Tổ chức A (Hoa Kỳ) với 1,4 triệu USD").
_MAX_LISTED_CHARS = 120
# How far into a sentence a date opens it ("Sáng 20/6, …", "Ngày 15/3/2015, …").
_OPENING = 24
# How far back a word of aid is looked for before a place (the longest cue phrase is shorter).
_CUE_REACH = 40
# How far back the word before a position, or a sum ending at that word, is looked for (longer than either).
_WORD_REACH = 40

# Tables of cue phrases this plugin adds to the shared gazetteer, so that the article's analysis finds them once.
_CUE, _RECEIVE, _GIVE, _HEAD, _NOT_RECIPIENT, _PURPOSE, _CLASSIFIER, _NOT_PERIOD = (
    "aid_cue", "aid_receive", "aid_give", "aid_head", "aid_not_recipient", "aid_purpose", "aid_classifier",
    "aid_not_period",
)  # fmt: skip
_TERM, _DONOR_HEAD, _TIME_UNIT, _BARE_PLACE, _NOMINAL, _OPENER, _ANCHOR, _HOLIDAY = (
    "aid_term", "aid_donor_head", "aid_time_unit", "aid_bare_place", "aid_nominal", "aid_opener", "aid_anchor",
    "aid_holiday",
)  # fmt: skip
_CLAUSE_VERB, _BREAKDOWN, _CAUSATIVE, _PROJECT = "aid_clause_verb", "aid_breakdown", "aid_causative", "aid_project"
_BUILT, _GROUP_VERB, _FOCUS, _PAID_FOR = "aid_built", "aid_group_verb", "aid_focus", "aid_paid_for"
_PART, _LINK, _IMPLEMENT, _REPORT = "aid_part", "aid_link", "aid_implement", "aid_report"
_REPRESENT, _VISIT = "aid_represent", "aid_visit"
# The tables of verbs and words of aid, which are no cue inside a proper name (see _find).
_VERB_TABLES = frozenset((_CUE, _RECEIVE, _GIVE, _PURPOSE, _CLAUSE_VERB, _CAUSATIVE, _IMPLEMENT, _REPORT, _VISIT))
# The value of a verb of reporting that thanks the one it names for a gift (see data.THANKING_VERBS).
_THANK = "thank"
_TABLES = (
    _CUE, _RECEIVE, _GIVE, _HEAD, _NOT_RECIPIENT, _PURPOSE, _CLASSIFIER, _NOT_PERIOD,
    _TERM, _DONOR_HEAD, _TIME_UNIT, _BARE_PLACE, _NOMINAL, _OPENER, _ANCHOR, _HOLIDAY, _CLAUSE_VERB, _BREAKDOWN,
    _CAUSATIVE, _PROJECT, _BUILT, _GROUP_VERB, _FOCUS, _PAID_FOR, _PART, _LINK, _IMPLEMENT, _REPORT,
    _REPRESENT, _VISIT,
)  # fmt: skip
# The value of a giving verb whose object is the donors, not the recipient ("vận động các doanh nghiệp"), and of a
# phrase that only looks like a cue ("ghi nhận" is no receiving).
_MOBILISE, _NOTHING = "mobilise", "-"

# A comma right after a verb: it is one of a list of verbs.
_LISTED = regex.compile(r"\s*,")
# Who a sum is passed through ("… thông qua Trung tâm X để …"): its recipient where no other is named.
_VIA = regex.compile(r"(?<![\p{L}\p{N}])(?i:thông\s+qua)\s+(?=\p{Lu})")
_FOR = regex.compile(r"(?<![\p{L}\p{N}])(?i:cho)\s+")
_AT = regex.compile(r"(?<![\p{L}\p{N}])(?i:tại|ở|đến\s+với|vào(?:\s+địa\s+bàn)?|trên\s+địa\s+bàn)\s+")
# A sentence opening with a noun referring back, then the sum's value: "Công trình có giá trị 1,9 tỷ đồng".
_VALUED_SUBJECT = regex.compile(
    r"\s*(?P<noun>\p{L}+(?:\s+\p{L}+)?)(?:\s+(?i:này|trên))?\s+"
    r"(?i:có\s+(?:tổng\s+)?giá\s+trị|trị\s+giá|có\s+(?:tổng\s+)?kinh\s+phí)(?![\p{L}\p{N}])"
)
# "cấp" before a place word makes it a level of government ("cấp tỉnh"), not a place.
_LEVEL = regex.compile(r"(?<![\p{L}\p{N}])(?i:cấp)\s+$")
# The kinds of aid a cue may name.
_KINDS = frozenset(data.AID_CUES.values())
_REASONS = key_set(data.REASON_WORDS)
_PLURALS = key_set(data.PLURAL_MARKERS)
# The area aid goes to: "trên địa bàn tỉnh X".
_AREA = regex.compile(r"(?<![\p{L}\p{N}])(?i:trên|vào)\s+(?i:địa\s+bàn)\s+")
# Words opening a sentence that refer back to the sums told just before: "Tất cả", "Số học bổng này" (not "Sau đó,").
_BACK_REFERENCE = regex.compile(
    rf"\s*(?!(?i:{'|'.join(data.TIME_LEADS)})\s+(?i:{'|'.join(data.DEMONSTRATIVES)})(?![\p{{L}}\p{{N}}]))"  # a time
    rf"(?:(?i:{'|'.join(data.WHOLES)}|{'|'.join(data.THIS_IS)})|(?:\p{{L}}+\s+){{1,3}}(?i:{'|'.join(data.DEMONSTRATIVES)}))"
    r"(?![\p{L}\p{N}])(?!\s*,)"
)
# Where a passive names its giver ("bởi X", "do X tài trợ") and where money is passed on ("chuyển về cho X").
_AGENT = regex.compile(r"(?<![\p{L}\p{N}])(?:(?P<by>(?i:bởi))|(?i:do))\s+")
_ONWARD = regex.compile(r"\s*(?:(?i:về|đến|tới)\s+)?(?i:cho)\s+")
_DASH_TITLE = regex.compile(r"\s+[-–—]")
_BY = regex.compile(r"(?<![\p{L}\p{N}])(?i:do)\s+")
# The items of a list in brackets, and the label of one before its sum: "(Tổ chức A – Hoa Kỳ: 200 triệu đồng, …".
_ITEM_CUT = regex.compile(r"[,;]")
_LABEL = regex.compile(r"\s*(?P<label>(?=\p{L})[^\d:]{1,80}?)\s*:\s*")
# A company's suffix after a comma, part of its name: "Tổ chức Thriive, Inc.".
_SUFFIX = "|".join(regex.escape(suffix) for suffix in data.COMPANY_SUFFIXES)
_COMPANY = rf",\s*(?:{_SUFFIX})\.?(?![\p{{L}}\p{{N}}])"
_COMPANY_END = regex.compile(rf"{_COMPANY}\s*$")
# A plural ("các", "những") and the last item of its list: "các cơ quan, đơn vị" (the list ends the sentence).
_PLURAL = regex.compile(r"(?i:các|những)\s")
# A form of address, a degree or a rank before a person's name, or alone: "ông Lê An", "TS. Hà Minh", "ông".
_ADDRESS = regex.compile(
    rf"(?i:{'|'.join(regex.escape(h) for h in sorted(titles.HONORIFICS, key=len, reverse=True))})(?:\s+(?=\p{{Lu}})|$)"
)
# A place's name alone in a list: one to three capitalised words.
_PLACE_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}]*+(?:[ -]\p{Lu}[\p{L}\p{M}]*+){0,2}\s*")
_SMALL_NUMBERS = alternation(data.SMALL_NUMBERS)
_TIME_UNITS = alternation(data.TIME_UNITS)
# A time spent opening a phrase: "3 năm qua", "hai tháng qua".
_TIME_SPENT = regex.compile(rf"(?:\d+|(?i:{_SMALL_NUMBERS}))\s+(?i:{_TIME_UNITS})\s+(?i:qua)\s+")
_PLURAL_NAME = regex.compile(r"(?i:các|những)\s+(?=\p{Lu})")
_LAST_ITEM = regex.compile(r",\s*\p{Ll}+(?:\s+\p{Ll}+){0,2}(?=\s*[.;]?\s*$)")
# What goes on describing the people who receive: ", có hoàn cảnh khó khăn", " ở xã X", " tại huyện X" (where they
# live; the caller keeps a place after them only where it is a district or commune, not a school where they were given
# it).
_DESCRIBED = regex.compile(r",?\s*(?=(?i:có\s+hoàn\s+cảnh)(?![\p{L}\p{N}]))")
_LOCATED = regex.compile(r"\s+(?i:ở|tại)\s+")
_AND = regex.compile(r"\s+(?i:và)\s+")
# "(đã) có" before a count of givers: "Đến nay, đã có 03 tổ chức … tham gia ủng hộ".
_THERE_ARE = regex.compile(r"(?<![\p{L}\p{N}])(?i:có)\s+(?=(?:(?i:hơn|gần|khoảng|trên)\s+)?\d)")
# Where the givers a body raised money from are named: "vận động từ các tổ chức …".
_FROM = regex.compile(r"\s*(?i:từ)\s+")
_SO_THAT = regex.compile(r"\s*(?i:để)\s+")
# "của" right after a verb of giving makes it a noun: "đánh giá cao đóng góp của Hội X".
_OF = regex.compile(r"\s+(?i:của)(?![\p{L}\p{N}])")
# "… gồm Tổ chức A (Hoa Kỳ) với 1,4 triệu USD, Quỹ B với …": a giver listed with its sum, the item opening after a
# comma, a colon, "gồm", "là" or "và".
_LIST_ITEM_OPENING = regex.compile(r"[,;:]|(?<![\p{L}\p{N}])(?i:gồm|là|và)(?![\p{L}\p{N}])")
_WITH_SUM = regex.compile(r"\s+(?i:với)\s+(?:(?i:khoảng|hơn|gần|trên|xấp\s+xỉ)\s+)?\Z")
# The giver a gift or a sum is said to be of: "3,2 triệu USD của 25 tổ chức …", "học bổng của Quỹ X".
_OF_GIVER = regex.compile(r"\s*(?<![\p{L}\p{N}])(?i:của)\s+(?=\p{Lu}|\d|(?i:các|những)\s)")
# Where a receiver names its giver: "tiếp nhận … từ Tổ chức X", "viện trợ của Tổ chức Y", "… từ các tổ chức …", "… từ
# 18 tổ chức …" (a lower-case or counted giver only after "từ" and by a donor's head noun, which the caller checks).
_FROM_GIVER = regex.compile(r"(?<![\p{L}\p{N}])(?:(?i:từ)\s+(?=[\p{L}\p{N}])|(?i:của)\s+(?=\p{Lu}))")
_EXAMPLES = regex.compile(rf"\s+(?:{'|'.join(data.EXAMPLES)})\s")
_EACH = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:mỗi)\s+(?P<unit>\p{L}+)(?:\s+\p{L}+){0,3}?\s*"
    r"(?:(?i:trị\s+giá|có\s+giá\s+trị|giá\s+trị|là|được|gồm|tương\s+đương)\s*)?:?\s*$"
)
# The price of each written after the sum: "1 triệu đồng/suất", "2 triệu đồng mỗi chiếc".
_EACH_AFTER = regex.compile(r"\s*/\s*(?P<unit>\p{L}+)|\s+(?i:mỗi|cho\s+mỗi)\s+(?P<unit>\p{L}+)")
# The nouns after "nhân" that end a name ("nhân dịp …"), as one pattern.
_OCCASION = alternation(data.OCCASION_NOUNS)
_RESIDING = alternation(data.RESIDING_VERBS)
_SUFFERED = alternation(data.SUFFERED)
_COUNTED_PLACES = alternation(data.COUNTED_PLACES)
_PLACE_GROUPS = alternation(data.PLACE_GROUPS)
# A count in words and a classifier, which open a gift after its receiver's name: "một máy siêu âm", "hai phòng học".
_COUNT_WORDS = alternation(data.COUNT_WORDS)
_CLASSIFIERS = alternation(data.CLASSIFIERS)
_COUNTED_GIFT = rf"(?:{_COUNT_WORDS})\s+(?:{_CLASSIFIERS})(?![\p{{L}}\p{{N}}])"
# The same, counting things rather than receivers or their places: it opens a gift after any receiver.
_RECEIVER_CLASSIFIERS = alternation(data.RECEIVER_CLASSIFIERS)
_COUNTED_THING = (
    rf"(?:{_COUNT_WORDS})\s+(?!(?:{_RECEIVER_CLASSIFIERS})(?![\p{{L}}\p{{N}}]))(?:{_CLASSIFIERS})(?![\p{{L}}\p{{N}}])"
)
# A capitalised word, read back from where a gift counted in words opens.
_CAPITALISED_WORD = r"\p{Lu}[\p{L}\p{M}]{0,16}"
# Where a name (of a recipient, a donor) or a purpose ends.
_NAME_END = regex.compile(
    rf"\s*(?:(?!{_COMPANY})[,;:()\[\]“”\"«»]|\.(?!\p{{L}})(?<!{_COMPANY}))"
    r"|\s+(?i:đạt|là|(?<!(?i:có\s+công)\s+)với|trị\s+giá|tổng|để|nhằm|vào|từ|tại|số\s+tiền|gồm|bao\s+gồm"
    # ("trong", but not before a unit or group of places, which says where the receivers are: "các địa phương trong
    # tỉnh", "… trong Cụm")
    rf"|trong(?!\s+(?:{_COUNTED_PLACES}|(?i:{_PLACE_GROUPS}))(?![\p{{L}}\p{{N}}]))"
    # (the occasion written after the name: "… xã Tân Lập lần này là …")
    r"|(?:lần|đợt)\s+này"
    # (not the cause of a suffering: "đồng bào bị thiệt hại do lũ lụt")
    rf"|(?<!(?i:{_SUFFERED})\s+)do"
    rf"|nhân(?=\s+(?:{_OCCASION})(?![\p{{L}}\p{{N}}]))"
    r"|mỗi|trên|hơn|gần|khoảng|lên|(?:các\s+)?khoản|ở"
    r"|có(?!\s+(?:công|hoàn\s+cảnh|thành\s+tích))|được|đã|sẽ|đang|thông\s+qua|qua|tiếp\s+nhận|nhận"
    r"|tương\s+đương|cho|giai\s+đoạn(?=\s+\d))(?![\p{L}\p{N}])"
    # where the people live or study ("sinh viên Lào học tập tại …"), not "học sinh" nor "vượt khó học tốt", nor the
    # nouns "tiểu học", "trung học", "đại học" ("Trường Tiểu học và THCS …")
    rf"|(?<!(?i:tiểu|trung|đại))\s+(?i:{_RESIDING})(?=\s+(?i:tại|ở|và)\s)"
    # a count opens the next noun phrase: "trao tặng Trường X 2 phòng máy" (a number after a noun is its label: "lớp 5";
    # after "số", always: "bão số 4"; a count of places says where the receivers live: "người dân 12 tỉnh")
    rf"|(?<!(?i:số))\s+(?=\d(?:[.,]?\d)*+\s+\p{{Ll}})(?!\d(?:[.,]?\d)*+\s+(?:{_COUNTED_PLACES})(?![\p{{L}}\p{{N}}]))"
    # so does a count in words and a classifier right after a name: "tặng Trạm Y tế xã X một máy siêu âm"
    # (the look-ahead first: the word before is read back only where a count follows)
    rf"|(?=\s+{_COUNTED_GIFT})(?<={_CAPITALISED_WORD})\s+"
    # and, counting things, after a receiver in lower case: "tặng nhà trường một tủ sách" (but "học sinh nghèo hai
    # trường tiểu học" counts where they study)
    rf"|(?=\s+{_COUNTED_THING})(?<=[\p{{L}}\p{{M}}])\s+"
)
# What may stand between a closing comma and the sum: nothing, or words that bring the sum in ("…, với số tiền").
_SUM_AFTER_ASIDE = regex.compile(
    r"\s*(?:(?i:với)\s+)?(?:(?i:tổng)\s+)?(?:(?i:số\s+tiền|trị\s+giá|kinh\s+phí)(?:\s+(?i:là))?)?\s*"
)
# What joins a sum (its price unit, its bracket) to a next verb: "1,5 triệu đồng/chiếc) và trao".
_JOINED_VERB = regex.compile(r"(?:\s*/\s*\p{L}+)?\s*\)?\s*,?\s*(?:(?i:và|đồng\s+thời)\s+)?")
# What stands between a thing and its price in brackets: "xe đạp (1,5 triệu đồng/chiếc)".
_PRICED = regex.compile(r"\s*\(\s*(?:(?i:trị\s+giá|giá|mỗi\s+\p{L}+)\s*:?\s*)?")
# The comma that closes a value set apart: "…, trị giá 60 triệu đồng, tặng …".
_ASIDE_CLOSE = regex.compile(r"\s*,\s*")
# A value brought in after a comma: "…, trị giá 1 triệu đồng".
_VALUE_ASIDE = regex.compile(
    r"\s*(?i:trị\s+giá|có\s+giá\s+trị|với\s+(?:tổng\s+)?(?:trị\s+giá|kinh\s+phí|số\s+tiền))\s*"
)
# Where the fields aid went to end: a list with its commas, up to the end of the clause or a breakdown ("…, trong đó").
_FOCUS_END = regex.compile(
    r"\s*(?:;|\.(?!\d)|,\s*(?=(?i:trong\s+đó|trong\s+số|cụ\s+thể|bao\s+gồm|gồm)(?![\p{L}\p{N}])))"
    r"|\s+(?i:thông\s+qua)\s"  # the channel the sum goes through, as after a purpose's verb
)
# (a dot before a digit parts thousands: "tặng 1.500 phần quà")
# (and before the channel it goes through: "ủng hộ nhân dân X thông qua Đại sứ quán Y")
# (not the comma inside a pair of verbs written with one: "phòng, chống")
_COMMA_PAIR = "|".join(
    rf"(?<=(?<!\p{{L}})(?i:{regex.escape(first)})),\s+(?i:{regex.escape(second)})(?!\p{{L}})"
    for first, second in (pair.split(", ") for pair in data.COMMA_PAIRS)
)
# (not a name in brackets closed soon, which stays: "… cơn bão số 3 (Yagi)")
_KEPT_BRACKET = r"\(\p{Lu}[^()\d\n]{0,30}\)"
_PURPOSE_END = regex.compile(
    rf"\s*(?:;|(?!{_KEPT_BRACKET})\(|\)(?<!{_KEPT_BRACKET})|\.(?!\d)|(?!{_COMMA_PAIR}),\s)|\s+(?i:thông\s+qua)\s"
)
_PASSIVE = regex.compile(r"(?<![\p{L}\p{N}])(?i:được)(?![\p{L}\p{N}])")
# The last item of a list of two, a few words without a number, running to the end of the clause or to "cho" and its
# receiver: "xây trường học", "khoan giếng cho người dân …".
_SHORT_ITEM = regex.compile(r"\s*+\p{Ll}\p{L}*+(?:\s(?!(?i:cho)\s)\p{L}++){0,2}+(?:\s(?i:cho)\s[^\d,;]*+)?")
# Where a purpose's list ends: its clause's end, not a comma.
_CLAUSE_END = regex.compile(r"\s*(?:[;()]|\.(?!\d))")
# A sum brought in by its value, at the end of a stretch: "… với tổng kinh phí (hơn)".
# (or by the value of each, "trị giá" or not: "trao 40 suất học bổng cho …, mỗi suất (trị giá)"; or a bare value:
# "20 bộ máy vi tính trị giá", "…, tổng trị giá")
# (or by what each receives: "hỗ trợ sinh kế cho 300 hộ, mỗi hộ được hỗ trợ …")
_GIVING = alternation(data.GIVING_VERBS)
_VALUED = regex.compile(
    r"[\s,]*(?:(?i:với\s+(?:tổng\s+)?(?:kinh\s+phí|số\s+tiền|giá\s+trị|trị\s+giá))"
    rf"|(?i:mỗi)\s+(?P<unit>\p{{L}}+)\s+(?i:được)\s+(?i:{_GIVING})"
    r"|(?i:mỗi)\s+(?P<unit>\p{L}+)(?:\s+\p{L}+)?(?:\s+(?i:trị\s+giá|có\s+giá\s+trị))?"
    r"|(?:(?i:tổng)\s+)?(?i:trị\s+giá|có\s+giá\s+trị))"
    r"(?:\s+(?i:là|khoảng|hơn|gần|trên|lên\s+tới|lên\s+đến))*\s*$"
)
_VALUE_WORDS = 60
_MAX_PURPOSE_WORDS = 40
# Where the object of a verb of receiving ends: at its giver, its value, a bracket or the sum.
_OBJECT_END = regex.compile(r"[\s,]*(?:[;(]|(?<![\p{L}\p{N}])(?i:do|của|từ|với|để|nhằm|trị\s+giá)(?![\p{L}\p{N}]))")
# A capitalised word ending the text before a cut: the cut word, capitalised too, goes on the name.
_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}\p{L}*$")
_CHANGE_AFTER = regex.compile(r"\s*,?\s*(?i:so\s+với)(?![\p{L}\p{N}])")
# Who a subject works with: "phối hợp với A, B và C".
_PARTNERS = regex.compile(r"(?<![\p{L}\p{N}])(?i:phối\s+hợp\s+với|cùng\s+với)\s")
# Words around a subject that are not part of it: "riêng tỉnh X đã …", "Hội cũng …".
_LEAD_WORDS = regex.compile(r"(?:(?i:đã|vừa|sẽ|cũng|đều|được|riêng|còn|trong\s+đó|theo\s+đó|qua\s+đó|từ\s+đó)\s+)+")
# (and, read with their case, the words of doing together: "do X và Y đồng tài trợ"; "xã Tam Đồng" is a name)
_TOGETHER = alternation(data.TOGETHER_WORDS)
_TRAILING_AUXILIARIES = regex.compile(
    rf"(?:\s+(?i:đã|vừa|sẽ|cũng|đều|còn|cam\s+kết|dự\s+kiến)|\s+(?:{_TOGETHER}))+$"
)
_BOUNDARY = regex.compile(r"[,;:]")
# A boundary of a phrase that is no comma inside a company's name.
_PHRASE_END = regex.compile(rf"(?!{_COMPANY})[,;:]")
_SEMICOLON = regex.compile(";")
_COMMA = regex.compile(",")
_AFTER_CAUSE = regex.compile(r"[\s:]*")
_AUXILIARY = regex.compile(r"\s(?i:đã|vừa|sẽ|đang|cũng|đều|còn)(?![\p{L}\p{N}])")
# What joins a sum to its conversion: "(tương đương …", "(khoảng hơn …" (the qualifier "hơn" is the sum's own).
_CONVERSION = regex.compile(
    r"\s*(?:\(|,)?\s*(?:(?i:tương\s+đương|tức|hay|quy\s+đổi)(?:\s+(?i:với|là|ra))?)?\s*:?\s*(?:(?i:khoảng)\s+)?"
)
_JOIN = regex.compile(r",|(?<![\p{L}\p{N}])(?i:và)(?![\p{L}\p{N}])")
# A word that links to what should follow it: left dangling where a name or a purpose was cut ("học sinh của").
_TRAILING_LINK = regex.compile(r"\s+(?i:và|cùng|với|của)$")
_LEADING_CONJUNCTION = regex.compile(r"^(?i:và|cùng)\s+")
# A span of time closing a purpose: its lead, a count and a unit ("trong hai năm", "trong 3 năm", "trong giai
# đoạn"), read back from the end of the purpose or from a period written after it.
_PERIOD_LEADS = alternation(data.PERIOD_LEADS)
_PERIOD_LEAD = regex.compile(
    rf"\s+(?i:{_PERIOD_LEADS})"
    rf"(?:\s+(?P<count>\d+|(?i:{_COUNT_WORDS})))?(?:\s+(?P<unit>(?i:{_TIME_UNITS})))?\s*$"
)
_AND_KEY, _PASSIVE_KEY = fold_key("và"), fold_key("được")
_JOINED_SUM = regex.compile(r"\s*,?\s+(?i:và)\s+")
_CEREMONY = alternation(data.CEREMONY_NOUNS)
_ORGANISING = regex.compile(rf"\s+tổ\s+chức(?:\s+(?i:{_CEREMONY}))?$")
_CEREMONY_ONLY = regex.compile(rf"(?i:{_CEREMONY})")
# What may stand between a sum and a verb of giving after it: its conversion in brackets.
_AFTER_SUM = regex.compile(r"\s*\)?\s*(?:\([^()]*\)\s*)?")
_CITY = regex.compile(r"(?i:tp)\.?")
# What joins two sums given together: "5,8 tỷ đồng và trên 120.000 USD".
_JOINED_SUMS = regex.compile(r"\s*(?:,|(?i:và|cùng))\s*")
# A comma after a period: it is the topic of what follows ("Nhiệm kỳ 2011 - 2016, Hội đã …").
_TOPIC_AFTER = regex.compile(r"\s*,")
# A comma and a word saying what a sum mostly did, before its verb: ", chủ yếu hỗ trợ …" (see data.MAINLY_WORDS).
_MAINLY = regex.compile(
    r"\s*,\s*(?i:"
    + alternation(sorted(data.MAINLY_WORDS, key=len, reverse=True))
    + r")\s+"
)
# What may stand between a sum and the verb that gives it: "để", "nhằm", or an agent ("được Ban tổ chức").
_PURPOSE_OR_AGENT = regex.compile(r"\s*(?:(?i:để|nhằm)\s+|,?\s*(?:(?i:đã|sẽ|đều)\s+)?(?P<agent>(?i:được))\s+)")
# A quoted part of a proper name: "Quỹ “Vì người nghèo”".
_QUOTED_PART = regex.compile(r"\s*[“\"«](?=\p{Lu})[^“”\"«»,;]{1,60}[”\"»]")
# Several places of one level named together: "các huyện", "hai xã", "3 tỉnh".
_PLURAL_UNITS = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?i:các|những|{_SMALL_NUMBERS}|\d{{1,2}})\s+")
# Capitalised names listed with commas and "và": " Lục Yên, Văn Chấn và Trạm Tấu".
_PROPER = r"\p{Lu}\p{L}*+(?:[\s-]\p{Lu}\p{L}*+)*+"
_NAME_LIST = regex.compile(rf"\s+{_PROPER}(?:\s*+(?:,|(?i:và))\s++{_PROPER})*+")
# A count before the name of who receives, in digits or in words: "300 hộ", "hơn 50 học sinh", "hai địa phương".
_MANY = alternation(data.MANY)
_COUNT = regex.compile(
    rf"(?:(?i:hơn|gần|khoảng|trên)\s+)?(?:\d[\d.,]*|(?i:{_SMALL_NUMBERS})|(?i:{_MANY}))\s+"
)
# A line of a list: a mark, or a label before a colon, or both ("- Huyện Hương Khê: 31 dự án, 3,9 triệu USD;").
_LIST_ITEM = regex.compile(
    r"\s*(?:(?P<mark>[-–—•+*·▪►]|\d{1,2}[.)]|\p{Ll}\))\s+)?(?:(?P<label>[^\s\d:;,.()][^:;,.()]{0,59}?)\s*:)?"
)
# Where the things a line of a list of gifts opens with end: its value, or a comma.
_CONTENTS = alternation(data.CONTENTS_WORDS)
_ITEM_END = regex.compile(
    rf"\s*(?:,|\((?!\s*\d)|(?<![\p{{L}}])(?i:trị\s+giá|có\s+giá\s+trị|mỗi|với|tổng|{_CONTENTS})(?![\p{{L}}]))"
)
# The thing given after its receiver, opening with its count: "trao tặng Trường X 2 phòng máy".
_SECOND_OBJECT = regex.compile(rf"(?<=\s)\d(?:[.,]?\d)*+\s+\p{{Ll}}|(?={_COUNTED_GIFT})(?<={_CAPITALISED_WORD}\s)")
# After a receiver in lower case, only things counted in words: "tặng nhà trường một tủ sách".
_COUNTED_OBJECT = regex.compile(rf"(?={_COUNTED_THING})(?<=[\p{{L}}\p{{M}}]\s)")
# A clause that opens with the price of each: "mỗi suất quà trị giá …".
_EACH_OPENING = regex.compile(r"\s*(?i:mỗi)\s")
_EACH_AFTER_COMMA = regex.compile(r",\s*(?i:mỗi)\s")
_BUYING_VERBS = alternation(data.BUYING_VERBS)
_BUYING = regex.compile(rf"(?:(?i:để)\s+)?(?i:{_BUYING_VERBS})\s+")
# A count and the word it counts by, inside a purpose: "38 suất quà", "hai căn nhà".
_COUNTED_UNIT = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:\d[\d.,]*|(?i:{_COUNT_WORDS}))\s+(?P<unit>\p{{L}}+)")


@hookimpl
def vnfriendship_gazetteer_tables() -> list[str]:
    """The tables of cue phrases this plugin fills."""
    return list(_TABLES)


@hookimpl
def vnfriendship_gazetteer_entries() -> list[GazetteerEntry]:
    """The cue phrases of aid (verbs of giving and receiving, heads of recipients...), one table each."""
    return list(_cue_entries())


@hookimpl
def vnfriendship_extract(article: Article) -> Facts:
    """The aid figures of the article, one per distinct sum."""
    return Facts(aid_figures=tuple(find_aid_figures(article)))


def find_aid_figures(article: Article) -> list[AidFigure]:
    """Every sum of aid in the article, in order of first mention; the same sum twice is one figure."""
    # Most articles: nothing to read, and no need to learn what the page is about. Only the sentences read
    # below are asked: the sums of the rest of the page are never read.
    if not any(article.money(sentence.start, sentence.end) for sentence in article.sentences):
        return []
    text = article.text
    page = _Page(article)
    drafts: dict[tuple[Decimal, str, bool], list[_Draft]] = {}
    told: list[tuple[_Reading, _Draft]] = []  # the figures of the sentence before (or the one before that)
    quiet = 0  # sentences since then without a sum
    for index, sentence in enumerate(page.sentences):
        if told:
            told[-1][0].follow_up(index, [draft for _, draft in told])
        slots = _slots(text, article.money(sentence.start, sentence.end))
        last: tuple[MoneyMatch, _Draft] | None = None
        here: list[tuple[_Reading, _Draft]] = []
        for position, slot in enumerate(slots):
            previous = slots[position - 1][-1] if position else None
            following = slots[position + 1][0] if position + 1 < len(slots) else None
            converted: _Draft | None = None  # the figure a conversion in brackets restates
            for money in slot:
                reading = _Reading(page, index, money, (previous, following))
                draft = reading.draft()
                if draft is None:
                    continue
                if converted is not None:
                    # "180,000 USD (khoảng hơn 4 tỉ đồng)": the same gift, the same giver, receiver and purpose
                    draft.donor = draft.donor or converted.donor
                    draft.recipient = draft.recipient or converted.recipient
                    draft.purpose = draft.purpose or converted.purpose
                    # and the other way: "2 tỷ đồng (khoảng 80.000 USD) ủng hộ …" tells the purpose after the conversion
                    converted.purpose = converted.purpose or draft.purpose
                converted = converted or draft
                if last is not None and _JOINED_SUMS.fullmatch(text, last[0].end, money.start):
                    # "hỗ trợ nhân dân Kampot gần 5,8 tỷ đồng và trên 120.000 USD để làm đường": one recipient and one
                    # purpose for both
                    draft.recipient = draft.recipient or last[1].recipient
                    last[1].purpose = last[1].purpose or draft.purpose
                _share(reading, draft, here, told)
                _itemise(reading, draft, here)
                last = money, draft
                here.append((reading, draft))
                _keep(drafts, (money.amount, money.currency, draft.per_unit), draft, index)
        quiet = 0 if here else quiet + 1
        told = here or (told if quiet <= 1 else [])
    figures = [d for same in drafts.values() for d in same]
    for draft in figures:
        draft.donor = _without_address(article, draft.donor)
    return [d.freeze() for d in sorted(figures, key=lambda d: d.mentions[0].start)]


def _without_address(article: Article, donor: str | None) -> str | None:
    """A giver named as a person, without the form of address, degree or rank before the name ("ông Lê An" gives "Lê
    An"); a form of address alone ("ông", referring back) names no one. A place that opens with one stays ("Bà Rịa -
    Vũng Tàu")."""
    if donor is None:
        return None
    address = _ADDRESS.match(donor)
    if address is None or any(p.start == 0 for p in article.gazetteer.find("province", donor, cased=True)):
        return donor
    return donor[address.end() :] or None


def _share(
    reading: _Reading, draft: _Draft, here: Sequence[tuple[_Reading, _Draft]], told: Sequence[tuple[_Reading, _Draft]]
) -> None:
    """What a figure takes from the figures told with it, where its own words leave it out."""
    first = here[0] if here else None
    # "…; 500 triệu đồng trao quà … và 10 nghìn USD để trao học bổng": a sum joined to one that opens a later clause
    # shares its actors, not its kind
    opening = next((r for r, _ in here if r.clause == reading.clause), None)
    joined = first is not None and opening is not None and opening.elliptical(first[0])
    if first is not None and (reading.elliptical(first[0]) or joined):
        # "Hội đã hỗ trợ tỉnh A 700 triệu đồng …; 500 triệu đồng trao quà …": the verb and its actors stand once
        draft.kind = draft.kind if joined and draft.kind != "aid" else first[1].kind
        draft.donor = draft.donor or first[1].donor
        draft.recipient = draft.recipient or first[1].recipient
    elif here and reading.coordinated():
        # "… cam kết viện trợ cho tỉnh 42 triệu USD, giải ngân 30 triệu USD, tập trung vào y tế": one subject, one
        # receiver, and what the last predicate says it went to, for both
        before = here[-1][1]
        draft.donor = draft.donor or before.donor
        draft.recipient = draft.recipient or before.recipient
        before.purpose = before.purpose or draft.purpose
    elif draft.donor is None and reading.without_subject():
        # "Hội phối hợp với …; triển khai … trao tặng … với tổng kinh phí 50 triệu đồng": the sentence's subject
        draft.donor = reading.sentence_subject()
    part = reading.part() if here else None
    if part is not None:
        # "… hơn 6 tỷ đồng ủng hộ nhân dân X …, trong đó riêng năm 2016 là 1 tỷ đồng": a part of the total before it,
        # given by its giver where the part has no verb of its own ("…; riêng tỉnh X tiếp nhận …": X only receives)
        total = here[-1][1]
        if not reading.acted(part):
            draft.donor = draft.donor or total.donor
        draft.recipient = draft.recipient or total.recipient
        draft.purpose = draft.purpose or total.purpose
    if told and reading.breakdown():
        # "… với tổng giá trị 80 triệu đồng. Trong đó, Tổ chức A tài trợ 40 triệu đồng": a part of the last total
        draft.recipient = draft.recipient or told[-1][1].recipient
        draft.purpose = draft.purpose or told[-1][1].purpose
    if told and reading.itemised():
        # "… trao tặng quà của Tổ chức A, tổng trị giá 500 triệu đồng. Các phần quà gồm: - 40 suất học bổng, …; - 100
        # chiếc xe đạp …": each line of the list is given by the giver of the sums before it
        draft.donor = draft.donor or told[-1][1].donor


def _itemise(reading: _Reading, draft: _Draft, here: Sequence[tuple[_Reading, _Draft]]) -> None:
    """A sum listed in brackets after a total under its giver or place ("… với tổng số tiền 270 triệu đồng (Tổ
    chức A – Hoa Kỳ: 200 triệu đồng, B – Pháp: 70 triệu đồng)"): a part of that total, given by the one named."""
    item = reading.bracketed_label()
    total = next((d for r, d in reversed(here) if item is not None and r.money.end <= item[0]), None)
    if item is None or total is None:
        return
    draft.kind, draft.purpose = total.kind, total.purpose
    place = reading.place(item[1])
    draft.recipient = place or total.recipient
    draft.donor = total.donor if place is not None else item[1].slice(reading.text)


def _keep(
    drafts: dict[tuple[Decimal, str, bool], list[_Draft]], key: tuple[Decimal, str, bool], draft: _Draft, index: int
) -> None:
    """Add a figure, or merge it into the same sum told in another sentence (headline and body); the same sum twice
    in one sentence is two figures ("A tài trợ 40 triệu đồng, còn lại 40 triệu đồng do B …"). What the story says of
    a sum comes before what its headline says, which fills only what the story leaves out (as for organisers)."""
    draft.sentences.add(index)
    told = drafts.setdefault(key, [])
    for k, same in enumerate(told):
        if index not in same.sentences:
            if same.in_headline() and not draft.in_headline():
                draft.absorb(same)
                told[k] = draft
            else:
                same.absorb(draft)
            return
    told.append(draft)


class _Page:
    """What every sum of an article reads: its sentences, whether it is about aid, the clauses and list headings of
    each sentence (each found once)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.sentences = _joined(article)
        self.about_aid = any(
            cue.canonical in _KINDS
            for s in self.sentences
            for cue in _find(article, _CUE, s.start, s.end)
        )
        self._cuts: dict[int, list[int]] = {}
        self._headings: dict[int, int | None] = {}

    def clause(self, index: int, position: int) -> Span:
        """The part of sentence ``index`` between semicolons that holds ``position``, at most _REACH characters
        either side of it (so that a page-long sentence costs no more than a short one)."""
        sentence = self.sentences[index]
        cuts = self._cuts.get(index)
        if cuts is None:
            cuts = self._cuts[index] = [
                m.start() for m in _SEMICOLON.finditer(self.article.text, sentence.start, sentence.end)
            ]
        at = bisect.bisect_left(cuts, position)
        start = cuts[at - 1] + 1 if at else sentence.start
        end = cuts[at] if at < len(cuts) else sentence.end
        return _trim(self.article.text, max(start, position - _REACH), min(end, position + _REACH))

    def heading(self, index: int) -> int | None:
        """The index of the sentence ending with a colon that the list, whose line sentence ``index`` is, hangs
        from ("… phân theo địa bàn:" above "- Huyện A: 3 dự án, 2 tỷ đồng;")."""
        text, pending, position = self.article.text, [], index
        # walk up the list to a sentence already judged, its heading or its first line; each sentence is judged once
        while position not in self._headings:
            sentence = self.sentences[position]
            if position == 0 or not _is_list_item(text, sentence):
                self._headings[position] = None
            else:
                above = self.sentences[position - 1]
                if text[above.start : above.end].rstrip().endswith(":"):
                    self._headings[position] = position - 1
                else:
                    pending.append(position)
                    position -= 1
        for line in pending:
            self._headings[line] = self._headings[position]
        return self._headings[index]


@attrs.define
class _Draft:
    """An aid figure being put together from the places that state it."""

    amount: Decimal
    currency: str
    qualifier: Qualifier
    kind: AidKind
    per_unit: bool = False
    purpose: str | None = None
    donor: str | None = None
    recipient: str | None = None
    period: EDTF | None = None
    quantity: Quantity | None = None
    mentions: list[Mention] = attrs.Factory(list)
    sentences: set[int] = attrs.Factory(set)
    rules: Rules = attrs.Factory(Rules)

    def in_headline(self) -> bool:
        """Whether the sum is told only in the headline."""
        return all(mention.segment == "title" for mention in self.mentions)

    def absorb(self, other: _Draft) -> None:
        self.mentions.extend(other.mentions)
        self.sentences |= other.sentences
        self.rules.merge(other.rules)
        if self.qualifier == "exact":
            self.qualifier = other.qualifier
        if self.kind == "aid":
            self.kind = other.kind
        self.purpose = self.purpose or other.purpose
        self.donor = self.donor or other.donor
        self.recipient = self.recipient or other.recipient
        self.period = self.period or other.period
        self.quantity = self.quantity or other.quantity

    def freeze(self) -> AidFigure:
        return AidFigure(
            amount=self.amount, currency=self.currency, qualifier=self.qualifier, kind=self.kind,
            purpose=self.purpose, donor=self.donor, recipient=self.recipient, period=self.period,
            quantity=self.quantity, per_unit=self.per_unit,
            mentions=tuple(sorted(set(self.mentions), key=lambda m: (m.start, m.end))), sources=self.rules.sources(),
        )  # fmt: skip


class _Reading:
    """One sum in its sentence: whether it is aid, and what the text around it says of it."""

    def __init__(
        self, page: _Page, index: int, money: MoneyMatch, neighbours: tuple[MoneyMatch | None, MoneyMatch | None]
    ) -> None:
        self.page = page
        self.article = page.article
        self.text = page.article.text
        self.sentences = page.sentences
        self.index = index
        self.sentence = Span(self.sentences[index].start, self.sentences[index].end)
        self.money = money
        self.clause = page.clause(index, money.start)
        # The stretch that belongs to this sum alone: within its clause, up to where the text turns to
        # the sums before and after it ("500 triệu đồng trao quà và | 10 nghìn USD để trao học bổng").
        start, end = self.clause.start, self.clause.end
        previous, following = neighbours
        self.previous = previous
        if previous is not None and previous.end > start:
            start = _between(self.text, previous.end, money.start)
        if following is not None and following.start < end:
            end = _between(self.text, money.end, following.start)
        self.window = Span(start, end)
        self.about_aid = page.about_aid
        # the sentence that introduces the list this sentence is a line of ("… phân theo địa bàn:")
        self.heading = page.heading(index)
        heading = (
            [] if self.heading is None else [Span(self.sentences[self.heading].start, self.sentences[self.heading].end)]
        )
        # where to look for a cue: the sum's own stretch, its clause, its sentence, the heading of its list
        self.spans = (self.window, self.clause, self.sentence, *heading)

    def elliptical(self, first: _Reading) -> bool:
        """Whether the sum opens a later clause of the sentence of ``first`` ("…; 500 triệu đồng trao quà …")."""
        return self.clause.start > first.clause.start and not self.text[self.clause.start : self.money.start].strip()

    def coordinated(self) -> bool:
        """Whether the sum's own words open, after a comma, with a verb of aid and no subject of their own: a predicate
        sharing the subject of the sum before ("… cam kết viện trợ cho tỉnh 42 triệu USD, giải ngân 30 triệu USD")."""
        if self.previous is None:
            return False
        cuts = list(_COMMA.finditer(self.text, self.previous.end, self.money.start))
        if not cuts:
            return False
        opening = _trim(self.text, cuts[-1].end(), self.money.start).start
        cues = [c for c in _find(self.article, _CUE, opening, self.money.start) if c.canonical in _KINDS]
        return bool(cues) and cues[0].start == opening and self.text[opening].islower()

    def without_subject(self) -> bool:
        """Whether the sum's clause is a later one that opens with a verb ("…; tổ chức nhiều hoạt động …")."""
        if self.clause.start <= self.sentence.start:
            return False
        start = self.clause.start
        link = _find(self.article, _LINK, start, self.money.start)[:1]
        if link and link[0].start == start:  # "…; đồng thời trao tặng …"
            start = _trim(self.text, link[0].end, self.money.start).start
        opening = _find(self.article, _CLAUSE_VERB, start, self.money.start)
        if not opening or opening[0].start != start:
            return False
        after = self.article.words(opening[0].end, self.money.start)[:1]
        return not after or not after[0].text[0].isupper()

    def sentence_subject(self) -> str | None:
        """The body the sentence opens with, after an adverbial ("Bên cạnh đó, Hội phối hợp …" -> "Hội")."""
        first = self.page.clause(self.index, self.sentence.start)
        start = first.start
        comma = _COMMA.search(self.text, start, first.end)
        if comma is not None and len(self.article.words(start, comma.start())) <= _LEAD_IN_WORDS + 2:
            start = comma.end()
        start = _trim(self.text, start, first.end).start
        if _starts(self.article, _CLAUSE_VERB, start, first.end):
            return None
        # the giver named before the first auxiliary ("Nhân dịp này, đoàn đã trao …", "Báo cáo nêu rõ, năm qua, Liên
        # hiệp X đã …"), else the body the sentence opens with
        auxiliary = _AUXILIARY.search(self.text, start, first.end)
        subject = (
            None if auxiliary is None else self._subject(auxiliary.start(), named=True, clause=Span(start, first.end))
        )
        if subject is not None:
            return subject.slice(self.text)
        body = body_at(self.article, start, first.end)
        return None if body is None else body.text

    def bracketed_label(self) -> tuple[int, Span] | None:
        """Where the brackets open and the label of the sum, when it is an item of a bracketed list ("(A – Hoa Kỳ:
        200 triệu đồng, B: …)")."""
        text = self.text
        opening = text.rfind("(", self.sentence.start, self.money.start)
        if opening < 0 or ")" in text[opening : self.money.start]:
            return None
        cuts = [m.end() for m in _ITEM_CUT.finditer(text, opening + 1, self.money.start)]
        label = _LABEL.fullmatch(text, cuts[-1] if cuts else opening + 1, self.money.start)
        if label is None:
            return None
        return opening, Span(*label.span("label"))

    def place(self, span: Span) -> str | None:
        """The province, country or district that ``span`` names whole, if it does."""
        start, end = span.start, span.end
        return self._country(start, end) or self._province(start, end) or self._unit(start, end)

    def part(self) -> int | None:
        """Where the words of the sum open as a part of the sum before it in the sentence, after a comma or semicolon
        ("…, trong đó Tổ chức A tài trợ …", "…; riêng năm 2009 là …"); ``None`` where they do not."""
        if self.previous is None:
            return None
        for opener in reversed(_find(self.article, _PART, self.previous.end, self.money.start)):
            before = _trim(self.text, self.previous.end, opener.start)
            if before.end > before.start and self.text[before.end - 1] in ",;":
                return opener.end
        return None

    def acted(self, start: int) -> bool:
        """Whether a verb of giving, raising or receiving stands between ``start`` and the sum."""
        return bool(
            _find(self.article, _GIVE, start, self.money.start) or _receiving(self.article, start, self.money.start)
        )

    def itemised(self) -> bool:
        """Whether the sentence is a line of a list, opened by a mark and with no label ("- 40 suất học bổng, …")."""
        return self._item() is not None

    def _item(self) -> regex.Match[str] | None:
        """The mark that opens the sentence as a line of a list with no label, if one does."""
        item = _LIST_ITEM.match(self.text, self.sentence.start, self.sentence.end)
        return item if item is not None and item["mark"] is not None and item["label"] is None else None

    def breakdown(self) -> bool:
        """Whether the sentence opens by splitting the total told before it ("Trong đó, …")."""
        return _starts(self.article, _BREAKDOWN, self.sentence.start, self.sentence.end)

    def draft(self) -> _Draft | None:
        found = self._kind()
        if found is None:
            return None
        kind, rule = found
        money = self.money
        per_unit = _EACH.search(self.text, max(self.window.start, money.start - 40), money.start)
        if per_unit is None:
            per_unit = _EACH_AFTER.match(self.text, money.end, self.window.end)
            if per_unit is not None and _find(self.article, _TIME_UNIT, per_unit.start("unit"), per_unit.end("unit")):
                per_unit = None  # "28 triệu đồng/năm" is a rate, not the price of each
        purpose = _without_giver(self._purpose(), donor := self._donor())
        if per_unit is not None:
            purpose = _priced_by(purpose, per_unit["unit"])
        draft = _Draft(
            amount=money.amount,
            currency=money.currency,
            qualifier=money.qualifier,
            kind=kind,
            per_unit=per_unit is not None,
            purpose=purpose,
            donor=donor,
            recipient=(
                self._recipient(self.clause, self.window, Span(money.start, money.end))
                or self._earlier_recipient()
                or self._label()
                or (self._area() if donor is None else None)
            ),
            period=self._period(),
            quantity=self._quantity(Span(*per_unit.span("unit")) if per_unit is not None else None),
            mentions=[self.article.mention(money.start, money.end)],
        )
        if per_unit is not None and per_unit.start() == self.sentence.start and self.index > 0:
            # "… trao 120 suất học bổng cho sinh viên X. Mỗi suất học bổng trị giá 3 triệu đồng …": the things given
            # just before and who they were given to
            given, receiver = self._each_told_before(per_unit["unit"])
            draft.purpose = draft.purpose or given
            draft.recipient = draft.recipient or receiver
        draft.rules.add(rule, money.start)
        return draft

    def _each_told_before(self, unit: str) -> tuple[str | None, str | None]:
        """What the sentence before gives by the count of ``unit`` ("trao 120 suất học bổng …"), and to whom ("cho
        sinh viên X")."""
        text, before = self.text, self.sentences[self.index - 1]
        for verb in reversed(_find(self.article, _GIVE, before.start, before.end)):
            count = _COUNT.match(text, _trim(text, verb.end, before.end).start, before.end)
            counted = (
                self.article.words(count.end(), min(before.end, count.end() + 24))[:1] if count is not None else []
            )
            if not counted or fold_key(counted[0].text) != fold_key(unit):
                continue
            receiver = _FOR.search(text, counted[0].end, before.end)
            end = _CLAUSE_END.search(text, counted[0].end, before.end)
            stop = receiver.start() if receiver is not None else end.start() if end is not None else before.end
            opening = receiver.end() if receiver is not None else None
            name = None if opening is None else self._name(opening, self._name_stop(opening, before.end, before.end))
            return _trim(text, verb.start, stop).slice(text), name
        return None, None

    # -- is it aid, and of what kind

    def _kind(self) -> tuple[AidKind, str] | None:
        """The kind of aid the sum is, and which of :data:`RULES` tells; ``None`` where it is no aid."""
        text, money = self.text, self.money
        before = [c for c in _find(self.article, _CUE, self.window.start, money.start) if c.canonical != "neutral"]
        if before and before[-1].canonical == "change" and not text[before[-1].end : money.start].strip():
            return None  # "tăng 4,9 triệu USD"
        if _CHANGE_AFTER.match(text, money.end, self.sentence.end):
            return None  # "… 4,9 triệu USD so với cùng kỳ"
        cuts = [m.end() for m in _BOUNDARY.finditer(text, self.clause.start, money.start)]
        piece = cuts[-1] if cuts else self.clause.start
        if any(c.canonical == "target" for c in _find(self.article, _CUE, piece, money.start)):
            return None  # "phấn đấu vận động viện trợ đạt 4 triệu USD": a goal, not money given
        # "Toàn bộ số tiền bán hàng, hơn 320 triệu đồng, được Ban tổ chức trao tặng Quỹ …": the sum given
        after = self._after_sum(money.end, self.window.end)
        given = [c for c in _find(self.article, _CUE, after, self.window.end) if c.start == after]
        if given and given[0].canonical in _KINDS:
            # "trao 5 triệu yên hỗ trợ xây dựng …": a verb of a kind of its own before the sum says what the sum is, the
            # bare aid after it what it is for
            return self._given_as(given[0], money.start) or given[0].canonical, GIVEN_AFTER
        for depth, span in enumerate(self.spans):
            cue = self._nearest(span, lambda c: c not in ("neutral", "change", "target"))
            if cue is None:
                continue
            if depth == 0 and cue.end <= money.start and _nominal(self.article, span.start, cue.start):
                # "trao tặng Hội X khoản hỗ trợ 5.000 USD": the verb, not the noun, says what the sum is
                given_as = self._given_as(cue, cue.start)
                if given_as is not None:
                    return given_as, WITH_CUE
            if cue.canonical == "not_aid":
                return None
            if cue.canonical == "weak":
                contrary = _find(self.article, _CUE, self.window.start, self.window.end)
                if not self.about_aid or any(c.canonical == "not_aid" for c in contrary):
                    return None
                return self._strong_kind(), VALUE
            listed = self.heading is not None and depth == len(self.spans) - 1  # the last span is the list's heading
            return cast(AidKind, cue.canonical), IN_LIST if listed else WITH_CUE
        return None

    def _given_as(self, cue: GazetteerMatch, end: int) -> AidKind | None:
        """Where ``cue`` is bare aid, the kind a verb of giving before ``end`` in the sum's stretch names ("trao",
        "tặng": a donation), not a noun ("khoản tài trợ", "Quỹ học bổng")."""
        if cue.canonical != "aid":
            return None
        start = self.window.start
        verbs = {
            (v.start, v.end)
            for v in _find(self.article, _GIVE, start, end)
            if not _nominal(self.article, start, v.start)
        }
        kinds = [c.canonical for c in _find(self.article, _CUE, start, end) if (c.start, c.end) in verbs]
        specific = [k for k in kinds if k in _KINDS and k != "aid"]
        return cast(AidKind, specific[-1]) if specific else None

    def _strong_kind(self) -> AidKind:
        for span in self.spans:
            cue = self._nearest(span, lambda c: c in _KINDS)
            if cue is not None:
                return cast(AidKind, cue.canonical)
        return "aid"

    def _nearest(self, span: Span, accept: Callable[[str], bool]) -> GazetteerMatch | None:
        """The accepted cue nearest before the sum in ``span``, or else the nearest after it."""
        cues = [c for c in _find(self.article, _CUE, span.start, span.end) if accept(c.canonical)]
        before = [c for c in cues if c.end <= self.money.start]
        if before:
            return before[-1]
        after = [c for c in cues if c.start >= self.money.end]
        return after[0] if after else None

    # -- who receives, who gives, what for, when

    def _recipient(self, clause: Span, window: Span, money: Span) -> str | None:
        """Who receives the sum written at ``money`` (or, for an earlier clause, at its end)."""
        text = self.text
        # "Liên hiệp … tiếp nhận viện trợ … 619 triệu đồng"
        # (not the verb of the sum before where a verb of giving of its own follows it: "… được nhận xe đạp (1,5 triệu
        # đồng/chiếc) và trao … 1 triệu đồng/suất", while "làm chủ dự án A do X tài trợ 2 tỷ đồng và dự án B do Y tài
        # trợ 735 triệu đồng" has one receiver)
        receiving = _receiving(self.article, clause.start, money.start)
        if self.previous is not None and money.start != money.end and self._gives_anew(self.previous.end):
            receiving = [r for r in receiving if r.start >= self.previous.end]
        # (nor one whose predicate ends where "và" joins a verb of giving: "tiếp nhận 46 tình nguyện viên … và vận
        # động các tổ chức tài trợ 2 triệu euro")
        joined = [g.start for g in _find(self.article, _GIVE, clause.start, money.start) if self._after_and(g.start)]
        receiving = [r for r in receiving if not any(r.end <= g for g in joined)]
        # not a verb in a list ("vận động, tiếp nhận, trao học bổng, … ủng hộ X"): the last verb's object receives
        if receiving and not _LISTED.match(text, receiving[-1].end):
            subject = self._subject(receiving[-1].start, clause=clause)
            if subject is not None:
                return self._place_or_name(subject)
        # "hỗ trợ tỉnh Cao Bằng 700 triệu đồng", but not "vận động các tổ chức … tài trợ 6 tỷ đồng" (donors)
        # (not "khoản hỗ trợ", where the verb is a noun)
        verbs = [
            v
            for v in _find(self.article, _GIVE, window.start, money.start)
            if not _nominal(self.article, window.start, v.start)
        ]
        verb = verbs[-1] if verbs else None
        if verb is not None and verb.canonical != _MOBILISE:
            # (a conversion's object ends at the sum it converts: "trao tặng nhà trường 5.000 USD (khoảng 127 triệu
            # đồng)")
            converted = self.article.money(verb.end, money.start)[:1]
            sum_start = limit = converted[0].start if converted else money.start
            if money.start == money.end:  # the end of an earlier clause: the object runs to its first comma
                cut = _BOUNDARY.search(text, verb.end, limit)
                limit = cut.start() if cut is not None else limit
            between = text[verb.end : limit]
            cuts = list(_BOUNDARY.finditer(between))
            if cuts and money.start != money.end and _SUM_AFTER_ASIDE.fullmatch(between, cuts[-1].end()):
                # "trao tặng Trường …, nơi dạy tiếng Việt cho học sinh, 5.000 USD": the name before an aside
                between = between[: cuts[0].start()]
            gap = len(self.article.words(verb.end, verb.end + len(between)))
            if between.strip() and not _BOUNDARY.search(between) and gap <= _MAX_GAP_WORDS:
                opening = verb.end + len(between) - len(between.lstrip())
                name = self._name(opening, self._name_stop(opening, sum_start, sum_start))
                if name is not None:
                    return name
                earlier = (
                    self._earlier_object(verb)
                    if money.start != money.end and _SUM_AFTER_ASIDE.fullmatch(text, verb.end, money.start)
                    else None
                )
                if earlier is not None:
                    # "tham gia ủng hộ với tổng số tiền …": the verb's object left out is the one named just before
                    return earlier
        # "quyên góp được 2,3 tỷ đồng (khoảng 110.000 USD) ủng hộ nhân dân Cu-ba", "200 triệu đồng do cán bộ, hội
        # viên quyên góp ủng hộ nhân dân Palestine"
        # ("2,7 tỷ đồng và gần 45.000 USD hỗ trợ nhân dân Cu Ba": sums joined by "và" share the words after the last)
        last, stop = self._joined_sums_end(money.end, clause.end), window.end
        if last != money.end:
            stop = max(stop, clause.end)
        after = self._after_sum(last, stop)
        if self._value_aside() and (closing := _ASIDE_CLOSE.match(text, after, stop)) is not None:
            after = closing.end()  # "200 suất quà, trị giá 60 triệu đồng, tặng các gia đình chính sách"
        verb = next(iter(_find(self.article, _GIVE, after, stop)), None)
        # (or after the things bought with it: "… 236 triệu đồng mua sữa bột tặng trẻ em Cuba")
        bought = verb is not None and self._bought(after, verb.start)
        if verb is not None and (verb.start == after or bought) and verb.canonical != _MOBILISE:
            opening = verb.end + len(text[verb.end : stop]) - len(text[verb.end : stop].lstrip())
            name = self._name(opening, self._name_stop(opening, stop, money.start))
            if name is not None:
                return name
        # "giải ngân cho Việt Nam đạt hơn 228 triệu USD", "bàn giao cho trường …"
        # (not inside the fields the sum went to: "…, tập trung vào y tế và sinh kế cho đồng bào X")
        # ("2 triệu USD và 1,5 triệu EUR cho người dân vùng lũ": after the last of the joined sums, as above)
        focus = next(iter(_find(self.article, _FOCUS, money.end, stop)), None)
        openings = [m.end() for m in _FOR.finditer(text, window.start, stop if focus is None else focus.start)]
        ordered = [o for o in openings if o < money.start][::-1] + [o for o in openings if o >= last]
        for opening in ordered:
            if _starts(self.article, _NOT_RECIPIENT, opening, stop) and not text[opening].isupper():
                continue
            if opening < money.start and not self._receives_all(opening):
                continue  # "trao tặng thiết bị, 50 suất quà cho học sinh và sơn sửa bàn ghế … với tổng kinh phí …"
            name = self._name(opening, self._name_stop(opening, stop, money.start))
            if name is not None:
                return name
        # "trao học bổng tại Cao Bằng", "dự án … tại huyện Cần Giờ", "các tổ chức … đến với Quảng Trị", not
        # "học tập tại Trường Đại học Quảng Bình"
        # (not a place inside what the money is for: "… để hỗ trợ người dân … trên địa bàn thành phố Huế")
        purpose = next(
            (v.start for v in _find(self.article, _PURPOSE, money.end, window.end) if v.canonical in data.IN_ORDER_TO),
            window.end,
        )
        # (a country too, where a total is reported for it: "giải ngân … cho các dự án … tại Việt Nam"; not the post of
        # a body's seat, after its name: "Tổng Lãnh sự quán Nhật Bản tại TP. Hồ Chí Minh")
        for match in _AT.finditer(text, window.start, purpose):
            if self._after_name(match.start()):
                continue
            end = _name_end(text, match.end(), purpose, money.start)
            place = self._province(match.end(), end) or self._unit(match.end(), end) or self._country(match.end(), end)
            bare = _trim(text, match.end(), end)
            # "… 14 dự án tại tỉnh với …": the province of the page (not "hoạt động trên địa bàn tỉnh", where the givers
            # work, but "giải ngân viện trợ trên địa bàn tỉnh", where the aid goes)
            area = _AREA.match(text, match.start()) is not None
            if place is None and self._bare(bare) and (not area or self._after_cue(match.start())):
                place = self._place_or_name(bare)
            if place is not None:
                return place
        # "tiếp nhận … từ Tổ chức X thông qua Trung tâm Y để …": the body it is handed to for passing on
        for match in _VIA.finditer(text, money.end, window.end):
            name = self._name(match.end(), _name_end(text, match.end(), window.end, money.start))
            if name is not None:
                return name
        return None

    def follow_up(self, index: int, drafts: Sequence[_Draft]) -> None:
        """What sentence ``index``, opening with words that refer back to the sums just told ("Tất cả", "Số học bổng
        này"), says of them: who gave them ("được tài trợ bởi X", "do X tài trợ") and who they are passed on to
        ("được chuyển về cho X để …"), the body that collected them then being their giver."""
        text, sentence = self.text, self.sentences[index]
        # "… giải ngân đạt 3 triệu USD. Các dự án tập trung vào y tế, giáo dục …": the fields the projects went to
        fields = self._fields_told(sentence)
        for draft in drafts if fields is not None else ():
            draft.purpose = draft.purpose or fields
        back = _BACK_REFERENCE.match(text, sentence.start, sentence.end)
        if back is None:
            return
        giver = self._agent(back.end(), sentence.end)
        # "Đây là công trình … do Tổ chức X tài trợ": the kind of aid the giver's verb says
        cue = next((c for c in _find(self.article, _CUE, back.end(), sentence.end) if c.canonical in _KINDS), None)
        receiver = purpose = None
        # the verb that passes the sums on, not one inside what they are for ("… để tổ chức trao cho các em")
        aims = [v for v in _find(self.article, _PURPOSE, back.end(), sentence.end) if v.canonical in data.IN_ORDER_TO]
        for verb in _find(self.article, _GIVE, back.end(), aims[0].start if aims else sentence.end):
            onward = _ONWARD.match(text, verb.end, sentence.end)
            if onward is not None and verb.canonical != _MOBILISE:
                receiver = self._name(onward.end(), self._name_stop(onward.end(), sentence.end, sentence.end))
                if aims:  # "… cho Ủy ban X để thực hiện …"
                    end = _PURPOSE_END.search(text, aims[0].end, sentence.end)
                    purpose = _trim(text, aims[0].end, end.start() if end is not None else sentence.end).slice(text)
                break
        for draft in drafts:
            if receiver is not None:
                draft.donor = draft.donor or draft.recipient
                draft.recipient = receiver
            draft.donor = giver or draft.donor  # a named giver wins
            draft.purpose = draft.purpose or purpose or None
            if giver is not None and cue is not None and draft.kind == "aid":
                draft.kind = cast(AidKind, cue.canonical)

    def _fields_told(self, sentence: Sentence) -> str | None:
        """The fields a sentence opening with the projects or programmes says they went to ("Các dự án tập trung vào
        …"), a list and all, to the end of its clause."""
        text = self.text
        projects = _find(self.article, _PAID_FOR, sentence.start, sentence.end)[:1]
        if not projects or projects[0].start != sentence.start:
            return None
        focus = _find(self.article, _FOCUS, projects[0].end, sentence.end)[:1]
        if not focus or text[projects[0].end : focus[0].start].strip():
            return None
        end = _FOCUS_END.search(text, focus[0].end, sentence.end)
        listed = _trim(text, focus[0].end, end.start() if end is not None else sentence.end)
        words = len(self.article.words(listed.start, listed.end))
        return listed.slice(text) if 0 < words <= _MAX_PURPOSE_WORDS else None

    def _agent(self, start: int, end: int) -> str | None:
        """The giver a passive names: "được tài trợ bởi X", "do X tài trợ"; a person up to the title after a dash."""
        text = self.text
        for match in _AGENT.finditer(text, start, end):
            stop = _name_end(text, match.end(), end, end)
            dash = _DASH_TITLE.search(text, match.end(), stop)
            if dash is not None:
                stop = dash.start()
            if match["by"] is None:  # "do X tài trợ": the giver ends at the verb
                verb = next(iter(_find(self.article, _GIVE, match.end(), end)), None)
                if verb is None or _PHRASE_END.search(text, match.end(), verb.start):
                    continue
                stop = min(stop, verb.start)
            if self._giver(match.end(), stop):
                return _trim(text, match.end(), stop).slice(text)
        return None

    def _area(self) -> str | None:
        """The province a total with no giver is reported for, named around it as the area of the aid ("… viện trợ
        trên địa bàn tỉnh X …. Từ năm 2008 đến năm 2021, giá trị giải ngân viện trợ đạt …")."""
        around = [*reversed(range(max(0, self.index - _PERIOD_LOOKBACK), self.index)), self.index + 1]
        for index in (i for i in around if i < len(self.sentences)):
            sentence = self.sentences[index]
            for match in _AREA.finditer(self.text, sentence.start, sentence.end):
                province = self._province(match.end(), _name_end(self.text, match.end(), sentence.end, sentence.end))
                if province is not None:
                    return province
        return None

    def _earlier_object(self, verb: GazetteerMatch) -> str | None:
        """Who the same verb of giving names as its object in the sentences just before ("… ủng hộ Quỹ X. … Đến nay,
        đã có 3 tổ chức tham gia ủng hộ với tổng số tiền …")."""
        key = fold_key(self.text[verb.start : verb.end])
        for sentence in reversed(self.sentences[max(0, self.index - _PERIOD_LOOKBACK) : self.index]):
            for earlier in reversed(_find(self.article, _GIVE, sentence.start, sentence.end)):
                if fold_key(self.text[earlier.start : earlier.end]) != key:
                    continue
                opening = _trim(self.text, earlier.end, sentence.end).start
                name = self._name(opening, self._name_stop(opening, sentence.end, sentence.end))
                if name is not None:
                    return name
        return None

    def _country(self, start: int, end: int) -> str | None:
        """The country that ``text[start:end]`` names whole, if it does."""
        span = _trim(self.text, start, end)
        countries = self.article.matches("country", span.start, span.end, cased=True)
        whole = countries and (countries[0].start, countries[0].end) == (span.start, span.end)
        return span.slice(self.text) if whole else None

    def _after_name(self, position: int) -> bool:
        """Whether a capitalised word, the end of a name (not a sum's currency, "USD"), stands right before
        ``position``."""
        before = _word_before(self.article, position)
        if before is None or not before.text[:1].isupper() or self.text[before.end : position].strip():
            return False
        sums = self.article.money(max(0, before.start - _WORD_REACH), before.end)
        return not any(m.end >= before.end for m in sums)

    def _after_cue(self, position: int) -> bool:
        """Whether a word of aid ends right before ``position`` ("giải ngân viện trợ | trên địa bàn tỉnh")."""
        cues = _find(self.article, _CUE, max(0, position - _CUE_REACH), position)
        return bool(cues) and not self.text[cues[-1].end : position].strip()

    def _unit(self, start: int, end: int) -> str | None:
        """A district, commune or town as written ("huyện Cần Giờ và huyện Bình Chánh"), not a bare "tỉnh"."""
        plural = _PLURAL_UNITS.match(self.text, start, end)
        unit = next(iter(_find(self.article, _BARE_PLACE, plural.end() if plural else start, end)), None)
        if unit is None or unit.start != (plural.end() if plural else start):
            return None
        if plural is not None:
            # "các huyện A, B và C", "hai huyện A và B": the list of their names, its commas and all
            names = _NAME_LIST.match(self.text, unit.end, self.sentence.end)
            return None if names is None else self.text[start : names.end()]
        if not self.text[unit.end : end].strip()[:1].isupper():
            return None
        # the name is its capitalised words: "xã Tân Phú diễn ra lễ …" gives "xã Tân Phú"
        named = list(itertools.takewhile(lambda w: w.text[0].isupper(), self.article.words(unit.end, end)))
        if _JOIN.search(self.text, named[-1].end, end) is None:  # "huyện Cần Giờ và huyện Bình Chánh" reads on
            end = named[-1].end
        return self._place_or_name(Span(start, end))

    def _joined_sums_end(self, end: int, stop: int) -> int:
        """Where the last of the sums joined by "và" to the one ending at ``end`` ends (``end`` without one)."""
        while (joined := next(iter(self.article.money(end, stop)), None)) is not None and _JOINED_SUM.fullmatch(
            self.text, end, joined.start
        ):
            end = joined.end
        return end

    def _after_sum(self, end: int, stop: int) -> int:
        """Where the words about a sum go on after it: past its conversion in brackets and a phrase saying who
        raised or gave it ("do cán bộ, hội viên quyên góp")."""
        text = self.text
        after = _AFTER_SUM.match(text, end, stop)
        position = after.end() if after is not None else end
        by = _BY.match(text, position, stop)
        raised = next(iter(_find(self.article, _GIVE, position, stop)), None) if by is not None else None
        if raised is not None and len(self.article.words(position, raised.start)) <= _MAX_NAME_WORDS:
            return raised.end + len(text[raised.end : stop]) - len(text[raised.end : stop].lstrip())
        noun = next(iter(_find(self.article, _CUE, position, stop)), None)
        if noun is not None and not text[position : noun.start].strip() and _FROM.match(text, noun.end, stop):
            position = noun.end  # "2 triệu USD viện trợ từ các tổ chức …": the word of aid before its givers
        source = _FROM.match(text, position, stop)
        if source is not None:  # "12 tỷ đồng từ các tổ chức phi chính phủ để hỗ trợ …": past the givers, all of them
            position = self._givers_end(source.end(), stop)
        mainly = _MAINLY.match(text, position, stop)
        if mainly is not None:  # "…, chủ yếu hỗ trợ người khuyết tật": the verb of what it mostly did
            verb = next(iter(_find(self.article, _GIVE, mainly.end(), stop)), None)
            if verb is not None and verb.start == mainly.end():
                return verb.start
        # "2 triệu yên để hỗ trợ Quỹ …", "320 triệu đồng, được Ban tổ chức trao tặng Quỹ …"
        lead = _PURPOSE_OR_AGENT.match(text, position, stop)
        if lead is not None:
            verb = next(iter(_find(self.article, _GIVE, lead.end(), stop)), None)
            if verb is not None and (
                verb.start == lead.end() or (lead["agent"] and not _BOUNDARY.search(text, lead.end(), verb.start))
            ):
                return verb.start
        return position

    def _earlier_recipient(self) -> str | None:
        """For a price of each in a clause or phrase of its own ("…; mỗi suất quà trị giá 500.000 đồng", "…, mỗi
        hộ được hỗ trợ 10 triệu đồng"), who receives it in the words before."""
        text, clause = self.text, self.clause
        if clause.start > self.sentence.start and _EACH_OPENING.match(text, clause.start, self.money.start):
            earlier = self.page.clause(self.index, self.text.rfind(";", self.sentence.start, clause.start))
            return self._recipient(earlier, earlier, Span(earlier.end, earlier.end))
        # "… trao 242 suất học bổng cho học sinh hiếu học, trị giá 1 triệu đồng/suất": the phrase its value is of
        start = max(clause.start, self.previous.end) if self.previous is not None else clause.start
        cuts = [m for m in _BOUNDARY.finditer(text, start, self.money.start) if m.group() == ","]
        if not cuts or not (
            _EACH_OPENING.match(text, cuts[-1].end(), self.money.start)
            or _VALUE_ASIDE.fullmatch(text, cuts[-1].end(), self.money.start)
        ):
            return None
        earlier = Span(start, cuts[-1].start())
        return self._recipient(earlier, earlier, Span(earlier.end, earlier.end))

    def _label(self) -> str | None:
        """For a line of a list by place ("- Huyện Hương Khê: 31 dự án, 3,9 triệu USD"), the place; for a later line of
        such a list, its label as written ("- Các địa bàn còn lại: 9 dự án, …")."""
        if self.heading is None:
            return None
        place = self._place_label(self.sentences[self.index])
        if place is not None or self.index == self.heading + 1:
            return place
        item = _LIST_ITEM.match(self.text, self.sentence.start, self.sentence.end)
        if item is None or item["label"] is None or self._place_label(self.sentences[self.heading + 1]) is None:
            return None
        return self.text[item.start("label") : item.end("label")]

    def _place_label(self, line: Sentence) -> str | None:
        """The place a line of a list names as its label, if it does."""
        item = _LIST_ITEM.match(self.text, line.start, line.end)
        if item is None or item["label"] is None:
            return None
        start, end = item.span("label")
        unit = self._unit(start, end)
        if unit is not None:
            return unit
        province = self.article.matches("province", start, end, cased=True)
        return self.text[start:end] if province and (province[0].start, province[0].end) == (start, end) else None

    def _name_stop(self, start: int, stop: int, money_start: int) -> int:
        """Where a name from ``start`` ends, reading on over a list of countries ("sinh viên Lào, Campuchia")."""
        text = self.text
        end = _name_end(text, start, stop, money_start)
        # (and over a list of receivers in lower case: "học sinh, sinh viên Campuchia")
        receivers = text[start : start + 1].islower() and _starts(self.article, _HEAD, start, end)
        while text.startswith(",", end):
            around = Span(max(start, end - 40), min(stop, end + 40))
            countries = self.article.matches("country", around.start, around.end, cased=True)
            before = any(c.end == end for c in countries)
            after = next((c for c in countries if c.start > end and not text[end + 1 : c.start].strip()), None)
            item = _trim(text, end + 1, stop).start
            if receivers and text[item : item + 1].islower() and _starts(self.article, _HEAD, item, stop):
                end = _name_end(text, item, stop, money_start)
                continue
            if text[item : item + 1].isupper() and self._names_units(start, end):
                end = _name_end(text, item, stop, money_start)  # "hộ nghèo các huyện Tiên Lãng, Vĩnh Bảo"
                continue
            if (listed := self._next_place(start, end, stop, money_start)) is not None:
                end = listed  # "trẻ em các xã vùng cao huyện Hướng Hóa, Đakrông": one more place of the unit
                continue
            if not before or after is None:
                break
            end = _name_end(text, after.end, stop, money_start)
        # "cho các cơ quan, đơn vị.": a plural's last item, the list ending with the sentence
        listed = _LAST_ITEM.match(text, end, stop) if _PLURAL.match(text, start, end) else None
        if listed is not None:
            end = listed.end()
        # "những hộ dân nghèo, có hoàn cảnh khó khăn ở xã Hiếu Liêm": a description of the people and where they live
        described = _DESCRIBED.match(text, end, stop)
        if described is not None:
            end = _name_end(text, described.end(), stop, money_start)
        located = _LOCATED.match(text, end, stop)
        if located is not None and self._unit(located.end(), _name_end(text, located.end(), stop, money_start)):
            end = _name_end(text, located.end(), stop, money_start)
            while (listed := self._next_place(start, end, stop, money_start)) is not None:
                end = listed  # "phụ nữ … tại hai huyện Thường Xuân, Quan Sơn"
        # "cho học sinh và sơn sửa bàn ghế": "và" before no receiver's word joins another thing done, not a receiver
        for joined in _AND.finditer(text, start, end) if text[start:end][:1].islower() else ():
            if not text[joined.end() : end][:1].isupper() and not _starts(self.article, _HEAD, joined.end(), stop):
                end = joined.start()
                break
        # "nhân dân Cuba khắc phục hậu quả bão lũ": the name ends where what the money does begins
        verbs = [v for v in _find(self.article, _PURPOSE, start, end) if v.start > start and text[v.start].islower()]
        return verbs[0].start if verbs else end

    def _names_units(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` ends with a list of places after a plural of their unit ("các xã A", "các
        huyện A, B", "hai huyện A"): a name after the next comma is one more of them."""
        for plural in _PLURAL_UNITS.finditer(self.text, start, end):
            unit = next(iter(_find(self.article, _BARE_PLACE, plural.end(), end)), None)
            if unit is not None and unit.start == plural.end() and self.text[unit.end + 1 : unit.end + 2].isupper():
                return True
        return False

    def _value_aside(self) -> bool:
        """Whether the sum is the value of what is given, set apart by a comma before it ("…, trị giá 60 triệu
        đồng")."""
        comma = self.text.rfind(",", self.window.start, self.money.start)
        return comma >= 0 and _VALUE_ASIDE.fullmatch(self.text, comma + 1, self.money.start) is not None

    def _next_place(self, start: int, end: int, stop: int, money_start: int) -> int | None:
        """Where one more place of a list ends, after the comma at ``end``, where ``text[start:end]`` ends with a
        unit and its name ("… huyện Hướng Hóa, Đakrông"); ``None`` where none follows."""
        if not self.text.startswith(",", end) or not self._ends_with_unit_name(start, end):
            return None
        return self._place_name_at(_trim(self.text, end + 1, stop).start, stop, money_start)

    def _ends_with_unit_name(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` ends with a unit and its name, in capitals to the end ("… huyện Hướng Hóa")."""
        units = _find(self.article, _BARE_PLACE, start, end)
        if not units:
            return False
        named = self.text[units[-1].end : end].split()
        return bool(named) and all(word[0].isupper() for word in named)

    def _place_name_at(self, start: int, stop: int, money_start: int) -> int | None:
        """Where a bare place name of one to three capitalised words opening at ``start`` ends, where it is a whole
        item of a list (a name ends right after it) and no body's name; ``None`` where none is."""
        end = _name_end(self.text, start, stop, money_start)
        name = _PLACE_NAME.fullmatch(self.text, start, end)
        if name is None or any(b.start == start for b in bodies_in(self.article, start, min(stop, end + 40))):
            return None
        return end

    def _name(self, start: int, end: int) -> str | None:
        """A recipient's name in ``text[start:end]``: a province by its name, any other as written."""
        holiday = next(iter(_find(self.article, _HOLIDAY, start, end)), None)
        if holiday is not None and holiday.start == start:  # "tặng quà Tết các hộ nghèo": the gifts' holiday
            start = holiday.end + len(self.text[holiday.end : end]) - len(self.text[holiday.end : end].lstrip())
        chunk = _trim(self.text, start, end)
        if chunk.start == chunk.end or len(self.article.words(chunk.start, chunk.end)) > _MAX_NAME_WORDS:
            return None
        count = _COUNT.match(self.text, chunk.start, chunk.end)  # "cho 300 hộ nạn nhân bom mìn"
        head = count.end() if count else chunk.start
        if not self.text[chunk.start].isupper() and not _starts(self.article, _HEAD, head, end):
            return None
        link = _TRAILING_LINK.search(self.text, chunk.start, chunk.end)
        return self._place_or_name(Span(chunk.start, link.start() if link else chunk.end))

    def _bare(self, name: Span) -> bool:
        """Whether ``name`` is a bare place word ("tỉnh", "huyện", "bạn")."""
        bare = _find(self.article, _BARE_PLACE, name.start, name.end)
        return bool(bare) and (bare[0].start, bare[0].end) == (name.start, name.end)

    def _place_or_name(self, name: Span) -> str | None:
        """A name as written; a bare "tỉnh" or "thành phố" is the province of the page ("cam kết viện trợ cho tỉnh 42
        triệu USD" in a story about Quảng Ngãi gives "tỉnh Quảng Ngãi"), where the page has one; another bare place
        word ("huyện", "bạn") names no one."""
        if self._bare(name):
            written = self.text[name.start : name.end]
            city = fold_key(written) == fold_key("thành phố")
            level = _LEVEL.search(self.text, max(0, name.start - 8), name.start)  # "cấp tỉnh"
            province = (
                self.article.places.around(name.start, city=city)
                if (city or written.lower() == "tỉnh") and not level
                else None
            )
            return None if province is None else f"{written} {province}"
        return self.text[name.start : name.end] or None

    def _province(self, start: int, end: int) -> str | None:
        """The province a place opens with ("tỉnh Cao Bằng", "TP. Hồ Chí Minh"), not one inside a name."""
        found = self.article.matches("province", start, end, cased=True)
        if not found:
            return None
        prefix = _trim(self.text, start, found[0].start)
        unit = next(iter(_find(self.article, _BARE_PLACE, prefix.start, prefix.end)), None)
        whole_unit = unit is not None and (unit.start, unit.end) == (prefix.start, prefix.end)
        if prefix.end > prefix.start and not _CITY.fullmatch(self.text, prefix.start, prefix.end) and not whole_unit:
            return None
        following = self.article.words(found[0].end, end)[:1]
        if following and self.text[found[0].end : following[0].start] == " " and following.texts[0][0].isupper():
            return None  # "huyện Điện Biên Đông": a longer name that opens with the province's
        return self.text[start : found[0].end]

    def _subject(
        self, verb: int, *, named: bool = False, clause: Span | None = None, aside: bool = True
    ) -> Span | None:
        """The subject written before a verb in the clause, after the last comma or colon.

        With ``named``, only a name will do: a known organisation, a word or two ("Hội"), or words
        with a capital after the first ("Tổ chức COV", not "Tổ chức nhiều hoạt động"); no cue or
        verb of receiving in it.
        """
        clause = clause or self.clause
        charged = self._charged(clause.start, verb)
        if charged is not None:
            return charged if charged.start < charged.end else None
        # "Hội đã phối hợp với Hội A, Hội B và tổ chức C xây tặng …", "Hội phối hợp với tổ chức D trao …": the partners
        # are no subject; the one who works with them is
        partners = list(_PARTNERS.finditer(self.text, clause.start, verb))[-1:]
        after = partners[0].end() if partners else verb
        # (the last partner's name ends where "tổ chức (lễ)" before the verb begins: "… phối hợp với Hội B tổ chức lễ
        # tiếp nhận …")
        partner = _trim(self.text, after, verb)
        organising = _ORGANISING.search(self.text, partner.start, partner.end) if partners else None
        named_end = organising.start() if organising is not None else verb
        if partners and (_BOUNDARY.search(self.text, after, verb) or self._named_whole(after, named_end)):
            return self._subject(partners[0].start(), named=named, clause=clause)
        cuts = [m.end() for m in _BOUNDARY.finditer(self.text, clause.start, verb)]
        start = cuts[-1] if cuts else clause.start
        if cuts and not self.text[start:verb].strip():
            # "Hà Tĩnh đã vận động, tiếp nhận …": verbs in a row share the subject of the first
            piece = cuts[-2] if len(cuts) > 1 else clause.start
            earlier = _verb_ending(self.article, piece, start - 1)
            if earlier is not None:
                return self._subject(earlier, named=named, clause=clause)
            # "Hội X đã tổ chức 30 hoạt động, quyên góp được …": predicates in a row share the subject of the first
            auxiliary = _AUXILIARY.search(self.text, piece, start - 1)
            if auxiliary is not None:
                return self._subject(auxiliary.start(), named=named, clause=clause)
        chunk = _trim(self.text, start, verb)
        via = next(iter(_VIA.finditer(self.text, chunk.start, chunk.end)), None)
        if via is not None and via.start() > chunk.start:  # "Công ty X thông qua Hội Y trao …": Y only passes it on
            chunk = _trim(self.text, chunk.start, via.start())
        reported = _find(self.article, _REPORT, chunk.start, chunk.end)[-1:]
        if reported:  # "ông A cho biết Hội B sẽ trao …", "tỉnh cảm ơn Hội B vì đã trao …": the subject of what is told
            chunk = _trim(self.text, reported[0].end, verb)
        lead = _LEAD_WORDS.match(self.text, chunk.start, verb)  # (the white space before the verb ends the last one)
        first = lead.end() if lead is not None else chunk.start
        chunk = Span(first, max(first, _trailing_auxiliaries(self.text, first, chunk.end)))
        # "Liên hiệp các tổ chức hữu nghị tỉnh tổ chức tiếp nhận …": "tổ chức" before the verb organises it
        organising = _ORGANISING.search(self.text, chunk.start, chunk.end)
        if organising is not None and organising.start() > chunk.start:
            body = body_at(self.article, chunk.start, organising.start())
            if body is not None and body.start == chunk.start and body.end == organising.start():
                chunk = Span(chunk.start, body.end)
        last = self.article.words(chunk.start, chunk.end)[-1:]
        if last and last[0].key == _PASSIVE_KEY:  # "các xã A, B được hỗ trợ …": who receives it, not who gives
            return None
        if reported and reported[0].canonical == _THANK and last and last[0].key in _REASONS:
            chunk = _trim(self.text, chunk.start, last[0].start)
        opening = self.article.dates(chunk.start, chunk.end)[:1]
        if opening and opening[0].start == chunk.start:  # "năm 2016 thành phố đã tiếp nhận …": a time, then the subject
            chunk = _trim(self.text, opening[0].end, chunk.end)
        spent = _TIME_SPENT.match(self.text, chunk.start, chunk.end)
        if spent is not None:  # "3 năm qua Hội đã …": the time spent, then the subject
            chunk = _trim(self.text, spent.end(), chunk.end)
        auxiliary = _AUXILIARY.search(self.text, chunk.start, chunk.end)
        if auxiliary is not None and auxiliary.start() > chunk.start:  # "Đại sứ quán Nhật Bản đã ký kết tài trợ"
            chunk = _trim(self.text, chunk.start, auxiliary.start())
        visiting = _find(self.article, _VISIT, chunk.start, chunk.end)[:1]
        if visiting and visiting[0].start > chunk.start:  # "Đoàn đến thăm và trao …": the visitors give
            chunk = _trim(self.text, chunk.start, visiting[0].start)
        # "đoàn đã khảo sát tại xã A, B và trao …": the subject of the first predicate, before the comma
        joined = self.article.words(chunk.start, chunk.end)[-1:]
        if joined and joined[0].key == _AND_KEY:
            auxiliary = _AUXILIARY.search(self.text, clause.start, chunk.start)
            return None if auxiliary is None else self._subject(auxiliary.start(), named=named, clause=clause)
        there = None if named else next(iter(_THERE_ARE.finditer(self.text, chunk.start, chunk.end)), None)
        if there is not None:  # "Sau buổi lễ có 55 em học sinh được nhận …": the receivers counted
            chunk = Span(there.end(), chunk.end)
        if _CEREMONY_ONLY.fullmatch(self.text, chunk.start, chunk.end):
            return None  # "Lễ tiếp nhận thiết bị do … tài trợ": a ceremony receives nothing
        if chunk.start == chunk.end:
            # "ông A, Chủ tịch Hội B, đã trao …", "Nhiều kiều bào, trong đó có Hội C, đã ủng hộ …"
            return self._before_aside(cuts, clause, named=named) if aside and len(cuts) >= 2 else None
        # a receiver may be written in lower case ("riêng tỉnh Quảng Trị tiếp nhận"), a giver by name or by a donor's
        # head noun ("các tổ chức phi chính phủ nước ngoài đã cam kết", "đoàn đã trao")
        acting = _find(self.article, _REPRESENT, chunk.start, chunk.end)[:1] if named else []
        # "đại diện tổ chức X cam kết …", "ông A thay mặt Hội B trao …": the giver one acts for
        if acting and (acting[0].start == chunk.start or self._opens_with_a_person(chunk.start, acting[0].start)):
            chunk = _trim(self.text, acting[0].end, chunk.end)
        if named:  # "bà A, Phó Chủ tịch Hội B (Hàn Quốc) đã trao …": a role is no giver; the body it is held in is
            chunk = self._without_title(chunk)
        # "30 em học sinh được nhận …", "các INGO đã giải ngân …" (a plural of a name)
        count = _COUNT.match(self.text, chunk.start, chunk.end) or _PLURAL_NAME.match(self.text, chunk.start, chunk.end)
        head = count.end() if count else chunk.start
        tokens = self.article.words(chunk.start, chunk.end)
        plural = bool(tokens) and tokens[0].start == head and tokens[0].key in _PLURALS  # "Các doanh nghiệp đã …"
        lower = _starts(self.article, _DONOR_HEAD if named else _HEAD, head, chunk.end) and not (
            named and self.text[head].isupper() and not plural  # "Tổ chức nhiều hoạt động …": a verb opening the clause
        )
        # (a name counted: "hai Liên hiệp đã vận động …")
        if not (self.text[head].isupper() or lower) or len(tokens) > _MAX_NAME_WORDS:
            return None
        if self._opens_adverbial(chunk, _DONOR_HEAD if named else _HEAD):  # "Với khoản viện trợ …", "Trong năm, …"
            return None
        if named:
            known = self.article.matches("organization", chunk.start, chunk.end, cased=True)[:1]
            capitalised = len(tokens) <= 2 or any(w.text[0].isupper() for w in tokens[1:])
            # a body named whole, its place a bare word ("Liên hiệp các tổ chức hữu nghị tỉnh đã trao …")
            body = body_at(self.article, chunk.start, chunk.end)
            whole = body is not None and body.end == chunk.end
            if not (capitalised or lower or whole or (known and known[0].start == chunk.start)):
                return None
            # a cue opening the chunk is no giver ("Viện trợ …"), unless it is the head of a body's name ("Quỹ X")
            cue = _starts(self.article, _CUE, chunk.start, chunk.end) and not whole
            if cue or _receiving(self.article, chunk.start, chunk.end):
                return None
        return chunk

    def _without_title(self, chunk: Span) -> Span:
        """``chunk`` without the title it opens with, where a body's name follows the title to the chunk's end."""
        title = self.article.matches("title", chunk.start, chunk.end)[:1]
        if not title or title[0].start != chunk.start:
            return chunk
        rest = _trim(self.text, title[0].end, chunk.end)
        body = body_at(self.article, rest.start, rest.end) if rest.start < rest.end else None
        return rest if body is not None and body.start == rest.start and body.end == rest.end else chunk

    def _opens_with_a_person(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a form of address and a name ("ông Morimoto Kazuya", "bà A")."""
        honorific = self.article.matches("honorific", start, end)[:1]
        name = self.text[honorific[0].end : end].strip() if honorific and honorific[0].start == start else ""
        return name[:1].isupper()

    def _named_whole(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is one body's name, whole ("tổ chức Humedica (Đức)", not "Quỹ X tổ chức …")."""
        who = _trim(self.text, start, end)
        body = body_at(self.article, who.start, who.end) if who.start < who.end else None
        return body is not None and body.end == who.end

    def _before_aside(self, cuts: Sequence[int], clause: Span, *, named: bool) -> Span | None:
        """The subject written before an aside between commas that ends right before its verb ("ông A, Chủ tịch Hội B,
        đã trao …"), a person without the honorific; not an adverbial with a number ("Sáng 5/6, tại xã X, trao …")."""
        text = self.text
        comma = cuts[-2] - 1
        if text[comma] != "," or text[cuts[-1] - 1] != ",":
            return None
        if self.article.numbers(cuts[-3] if len(cuts) > 2 else clause.start, comma):
            return None
        subject = self._subject(comma, named=named, clause=clause, aside=False)  # one aside, not a chain of them
        if subject is None:
            return None
        honorific = self.article.matches("honorific", subject.start, subject.end)[:1]
        if honorific and honorific[0].start == subject.start:
            person = _trim(text, honorific[0].end, subject.end)
            return person if text[person.start : person.start + 1].isupper() else subject
        return subject

    def _opens_adverbial(self, chunk: Span, heads: str) -> bool:
        """Whether ``chunk`` opens with an adverbial's word ("Với", "Trong", "Nhân dịp"), not with a longer head noun
        that begins with one ("nhân dân" is no "nhân")."""
        openers = _find(self.article, _OPENER, chunk.start, chunk.end)[:1]
        if not openers or openers[0].start != chunk.start:
            return False
        longer = [h for h in _find(self.article, heads, chunk.start, chunk.end) if h.start == chunk.start]
        return not any(h.end > openers[0].end for h in longer)

    def _charged(self, start: int, verb: int) -> Span | None:
        """The body a causative verb lets or charges to receive ("giao Hội Từ thiện tỉnh làm chủ dự án", "cho phép
        Hội Bảo trợ Người khuyết tật, Quyền Trẻ em … tiếp nhận"): its whole name, commas and all."""
        giving = _find(self.article, _GIVE, start, verb)
        causes = [
            c
            for c in _find(self.article, _CAUSATIVE, start, verb)
            # "bàn giao", "giao lưu" are no "giao"
            if c.canonical == _CAUSATIVE and not any(g.start <= c.start < g.end for g in giving)
        ]
        if not causes:
            return None
        opening = _AFTER_CAUSE.match(self.text, causes[-1].end, verb)  # "UBND tỉnh giao: Liên hiệp …"
        chunk = _trim(self.text, opening.end() if opening is not None else causes[-1].end, verb)
        if chunk.start == chunk.end or not self.text[chunk.start].isupper():
            return Span(chunk.start, chunk.start)
        if len(self.article.words(chunk.start, chunk.end)) > _MAX_NAME_WORDS:
            return Span(chunk.start, chunk.start)
        return chunk

    def _donor(self) -> str | None:
        text, clause = self.text, self.clause
        # "do Tổ chức COV tài trợ": the last such phrase before the sum, or else the first after it
        openings = list(_BY.finditer(text, clause.start, clause.end))
        before = [m for m in openings if m.start() < self.money.start][::-1]
        after = [m for m in openings if self.money.end <= m.start() < self.window.end]  # not the next sum's giver
        for match in before + after:
            giving = _find(self.article, _GIVE, match.end(), clause.end)
            if giving and self._giver(match.end(), giving[0].start):
                # "do Hội … vận động các mạnh thường quân tài trợ": the givers, not the body that raised it
                written = _trim(text, match.end(), giving[0].start)
                givers = _trim(text, written.start, _trailing_auxiliaries(text, written.start, written.end))
                return self._raised_from(giving[0], clause.end) or givers.slice(text)
        # "hơn 320 triệu đồng, được Ban tổ chức trao tặng Quỹ …": the agent of a passive after the sum
        agent = self._passive_agent() or self._owner() or self._listed_giver()
        if agent is not None:
            return agent
        # "tiếp nhận 115 triệu đồng từ Tổ chức X (Hoa Kỳ)", "… từ sự viện trợ của Tổ chức COV với 1,9 tỷ đồng"
        source = self._source(clause)
        if source is not None:
            return source
        # "đã có 03 tổ chức phi chính phủ nước ngoài tham gia ủng hộ với tổng số tiền …": the givers counted
        counted = self._counted_givers()
        if counted is not None:
            return counted
        # "Liên hiệp … đã vận động, hỗ trợ …", but not "khoản viện trợ", where the verb is a noun
        # (for a part of the total before it, the part's own verb: "…, trong đó Tổ chức A tài trợ …")
        giving = [
            g for g in _find(self.article, _GIVE, clause.start, self.money.start) if not _OF.match(self.text, g.end)
        ]
        part = self.part()
        giving = [g for g in giving if part is None or g.start >= part] or giving
        # "Công tác vận động viện trợ … có nhiều khởi sắc: Liên hiệp đã vận động …": past the verbs made nouns
        while len(giving) > 1 and _nominal(self.article, clause.start, giving[0].start):
            made_noun = giving.pop(0)
            while len(giving) > 1 and not self.text[made_noun.end : giving[0].start].strip():
                made_noun = giving.pop(0)  # its object: "vận động viện trợ"
        if not giving or _nominal(self.article, clause.start, giving[0].start):
            return self._implementer()
        raised = self._raised_from(giving[0], self.money.start) or self._raised_after(giving[0])
        if raised is not None:
            return raised
        subject = self._subject(giving[0].start, named=True)
        if subject is None:
            return self._foreign_giver(clause.start, giving[0].start)
        return _trim(text, subject.start, _trailing_auxiliaries(text, subject.start, subject.end)).slice(text)

    def _implemented(self) -> tuple[GazetteerMatch, GazetteerMatch] | None:
        """The verb of carrying out projects before the sum in its stretch, and the project word that opens its object,
        right after it or after a count ("Quỹ đã triển khai 12 dự án tại X với tổng giá trị …"; not "thực hiện 29
        chương trình dự án")."""
        text = self.text
        verbs = _find(self.article, _IMPLEMENT, self.window.start, self.money.start)[-1:]
        projects = _find(self.article, _PROJECT, verbs[0].end, self.money.start)[:1] if verbs else []
        if not projects:
            return None
        counts = self.article.numbers(verbs[0].end, projects[0].start)[-1:]
        opening = counts[0].end if counts else verbs[0].end
        return (verbs[0], projects[0]) if not text[opening : projects[0].start].strip() else None

    def _implementer(self) -> str | None:
        """Who carries out the projects the sum is the value of: it gives the sum."""
        implemented = self._implemented()
        subject = None if implemented is None else self._subject(implemented[0].start, named=True)
        return None if subject is None else subject.slice(self.text)

    def _passive_agent(self) -> str | None:
        """The giver "được" brings in between the sum and a verb of giving ("…, được Ban tổ chức trao tặng …")."""
        text, window = self.text, self.window
        after = _AFTER_SUM.match(text, self.money.end, window.end)
        lead = _PURPOSE_OR_AGENT.match(text, after.end() if after is not None else self.money.end, window.end)
        if lead is None or not lead["agent"]:
            return None
        verb = next(iter(_find(self.article, _GIVE, lead.end(), window.end)), None)
        if verb is None or _BOUNDARY.search(text, lead.end(), verb.start) or not self._giver(lead.end(), verb.start):
            return None
        return _trim(text, lead.end(), verb.start).slice(text)

    def _owner(self) -> str | None:
        """The giver the sum, or the gift it is the value of, is said to be of: "3,2 triệu USD của 25 tổ chức …",
        "khoản tài trợ 500.000 EUR của Quỹ X", "trao 30 suất học bổng của Quỹ Y, mỗi suất trị giá …". The text names
        who gives; whoever hands it over only passes it on."""
        text, window = self.text, self.window
        after = _AFTER_SUM.match(text, self.money.end, window.end)  # past a conversion in brackets
        openings = [after.end() if after is not None else self.money.end]
        openings += [cue.end for cue in _find(self.article, _CUE, self.clause.start, self.money.start)
                     if cue.canonical in _KINDS and self._counted(cue.start)]
        for opening in openings:
            of = _OF_GIVER.match(text, opening, window.end)
            if of is None:
                continue
            end = _name_end(text, of.end(), window.end, self.money.start)
            if of.end() < end and self._giver(of.end(), end):
                return _trim(text, of.end(), end).slice(text)
        return None

    def _listed_giver(self) -> str | None:
        """A giver listed with its sum: "các nhà tài trợ lớn gồm Tổ chức A (Hoa Kỳ) với 1,4 triệu USD, Quỹ B với …"."""
        text, money = self.text, self.money
        window = max(0, self.clause.start - 1, money.start - _MAX_LISTED_CHARS)  # (the comma before the clause too)
        with_sum = _WITH_SUM.search(text, window, money.start)
        openings = list(_LIST_ITEM_OPENING.finditer(text, window, with_sum.start())) if with_sum is not None else []
        if with_sum is None or not openings:
            return None
        giver = _trim(text, openings[-1].end(), with_sum.start())
        if giver.start == giver.end or not text[giver.start].isupper() or not self._giver(giver.start, giver.end):
            return None
        return giver.slice(text)

    def _counted(self, start: int) -> bool:
        """Whether the words before ``start`` count what follows as things ("30 suất học bổng", "khoản tài trợ",
        "5 phần quà"): a gift, not the act of giving ("đóng góp của Hội" is the body's giving, told)."""
        before = self.article.words(max(self.clause.start, start - 24), start)
        if not before or self.text[before[-1].end : start].strip():
            return False
        last = before[-1]
        return (
            last.text[0].isdigit()
            or _nominal(self.article, self.clause.start, start)
            or any(c.end == last.end for c in _find(self.article, _CLASSIFIER, last.start, last.end))
        )

    def _foreign_giver(self, start: int, verb: int) -> str | None:
        """Of the bodies acting together before a verb of giving, the one foreign body, its country in brackets ("Liên
        hiệp … cùng Tổ chức X (Pháp) phối hợp với UBND huyện … trao …"): it gives, the others organise."""
        foreign = [
            body
            for body in bodies_in(self.article, start, verb)
            if body.text.endswith(")")
            and self.article.matches("country", body.start + body.text.rfind("("), body.end, cased=True)
        ]
        return foreign[0].text if len(foreign) == 1 else None

    def _counted_givers(self) -> str | None:
        """The givers a clause counts before its verb ("có 35 tổ chức phi chính phủ nước ngoài thực hiện …"): from the
        count to the first comma or verb."""
        text = self.text
        for there in _THERE_ARE.finditer(text, self.clause.start, self.money.start):
            count = _COUNT.match(text, there.end(), self.money.start)
            head = _find(self.article, _DONOR_HEAD, count.end(), self.money.start)[:1] if count is not None else []
            if not head or head[0].start != count.end():
                continue
            after = head[0].end  # "tổ chức" is the head here, no verb
            verbs = [
                v.start
                for table in (_CLAUSE_VERB, _GIVE, _GROUP_VERB)
                for v in _find(self.article, table, after, self.money.start)
            ]
            end = min([*verbs, _name_end(text, after, self.money.start, self.money.start)])
            if end < self.money.start:
                return _trim(text, there.end(), end).slice(text)
        return None

    def _giver(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` names a giver: a name, or a donor's head noun ("các tổ chức …"), in one
        phrase of a few words."""
        who = _trim(self.text, start, end)
        if who.start == who.end or len(self.article.words(who.start, who.end)) > _MAX_NAME_WORDS:
            return False
        count = _COUNT.match(self.text, who.start, who.end)  # "35 tổ chức phi chính phủ nước ngoài"
        head = count.end() if count is not None else who.start
        kinds = self.text[head].islower() and _starts(self.article, _DONOR_HEAD, head, who.end)
        # one phrase, or a list of kinds of givers ("các tổ chức, cá nhân Việt Nam")
        listed = kinds and not _SEMICOLON.search(self.text, who.start, who.end)
        if _PHRASE_END.search(self.text, who.start, who.end) and not listed:
            return False
        return self.text[head].isupper() or kinds

    def _raised_from(self, verb: GazetteerMatch, stop: int) -> str | None:
        """The givers a verb of raising names before the verb of giving ("vận động [từ] các tổ chức phi chính phủ
        viện trợ …"): where the text names them, they give, not the body that raised the money."""
        if verb.canonical != _MOBILISE:
            return None
        # (a second verb of raising after them is what they do: "vận động hội viên quyên góp …"; right after the
        # first, it is one more word for the raising: "vận động quyên góp …")
        giving = [
            v
            for v in _find(self.article, _GIVE, verb.end, stop)
            if v.canonical != _MOBILISE or self.text[verb.end : v.start].strip()
        ]
        if not giving:
            return None
        start = verb.end
        # "vận động từ các tổ chức …", "kết nối để Hiệp hội X hỗ trợ …": past "từ" or "để" to the givers
        source = _FROM.match(self.text, start, giving[0].start) or _SO_THAT.match(self.text, start, giving[0].start)
        if source is not None:
            start = source.end()
        if not self._giver(start, giving[0].start):
            return None
        return _trim(self.text, start, giving[0].start).slice(self.text)

    def _raised_after(self, verb: GazetteerMatch) -> str | None:
        """The givers named after the sum a body raised ("vận động được 2 tỷ đồng từ các doanh nghiệp để …"): they
        give, not the body that raised it."""
        if verb.canonical != _MOBILISE:
            return None
        after = _AFTER_SUM.match(self.text, self.money.end, self.window.end)  # past a conversion in brackets
        start = after.end() if after is not None else self.money.end
        # past a word for the aid itself: "vận động được 2,7 triệu USD viện trợ từ các tổ chức …"
        start = next((cue.end for cue in _find(self.article, _CUE, start, self.window.end)[:1]
                      if cue.start == start and cue.canonical in _KINDS), start)
        source = _FROM.match(self.text, start, self.window.end)
        if source is None:
            return None
        end = self._givers_end(source.end(), self.window.end)
        if not self._giver(source.end(), end):
            return None
        return _trim(self.text, source.end(), end).slice(self.text)

    def _givers_end(self, start: int, stop: int) -> int:
        """Where the givers named from ``start`` end: past their count ("hơn 2.000 hội viên") and a list of kinds of
        givers in lower case ("hội viên, doanh nghiệp và bạn bè Séc")."""
        text = self.text
        count = _COUNT.match(text, start, stop)
        end = _name_end(text, count.end() if count is not None else start, stop, self.money.start)
        while text.startswith(",", end):
            item = _trim(text, end + 1, stop).start
            if not (text[item : item + 1].islower() and _starts(self.article, _DONOR_HEAD, item, stop)):
                break
            end = _name_end(text, item, stop, self.money.start)
        return end

    def _source(self, clause: Span) -> str | None:
        """The giver a receiver takes the sum from: "tiếp nhận … từ Tổ chức X", "… viện trợ của Tổ chức Y"."""
        if not _receiving(self.article, clause.start, self.money.start):
            return None
        for match in _FROM_GIVER.finditer(self.text, clause.start, self.window.end):
            end = _name_end(self.text, match.end(), self.window.end, self.money.start)
            examples = _EXAMPLES.search(self.text, match.end(), end)  # "từ các tổ chức … như Tổ chức A, …": the kind
            end = examples.start() if examples is not None else end
            if match.end() < end and self._giver(match.end(), end):
                return _trim(self.text, match.end(), end).slice(self.text)
        return None

    def _purpose(self) -> str | None:
        """What the sum pays for: "700 triệu đồng để hỗ trợ xây dựng 10 căn nhà", "… tài trợ thông qua Y để hỗ trợ
        …", "trao 100 phần quà cho … với tổng kinh phí 44.000 USD", "làm chủ dự án X do Y tài trợ 1,5 tỷ đồng"."""
        text, money, window = self.text, self.money, self.window
        start = _trim(text, money.end, window.end).start
        # (past its conversion in brackets and who raised it: "2 tỷ đồng (khoảng 80.000 USD) ủng hộ …", "… do hội
        # viên quyên góp ủng hộ …")
        # (not a passive's verb: "…, được Ban tổ chức trao tặng Quỹ X" gives the sum to its receiver, for nothing named)
        after = self._after_sum(money.end, window.end)
        for opening in (start, start if _PASSIVE.search(text, money.end, after) else after):
            verb = next(iter(_find(self.article, _PURPOSE, opening, window.end)), None)
            if verb is not None and verb.start == opening:
                return self._purpose_from(verb.end if verb.canonical in data.IN_ORDER_TO else opening)
        # the first "để" or "nhằm" after the sum and who gave it
        later = [v for v in _find(self.article, _PURPOSE, money.end, window.end) if v.canonical in data.IN_ORDER_TO]
        if later:
            return self._purpose_from(later[0].end)
        # "… 36,8 triệu USD, tập trung vào y tế, giáo dục và nước sạch": the fields it went to, a list and all
        focus = next(iter(_find(self.article, _FOCUS, money.end, window.end)), None)
        if focus is not None:
            return self._purpose_listed(focus.end)
        # "tài trợ 450.000 EUR cho dự án nâng cao năng lực …", "cho các dự án nông nghiệp, y tế", "cho 5 dự án về …":
        # what it pays for
        for opening in (m.end() for m in _FOR.finditer(text, money.end, window.end)):
            count = _COUNT.match(text, opening, window.end)
            if _starts(self.article, _PAID_FOR, count.end() if count is not None else opening, window.end):
                return self._purpose_listed(opening)
        return (
            self._purpose_valued()
            or self._purpose_received()
            or self._purpose_built()
            or self._purpose_referred()
            or self._purpose_implemented()
            or self._purpose_itemised()
        )

    def _purpose_itemised(self) -> str | None:
        """The things a line of a list of gifts opens with, counted, up to their value ("- 150 chiếc xe đạp trị giá
        270 triệu đồng cho …", "- 5 căn nhà tình thương, mỗi căn 150 triệu đồng, …")."""
        text, item = self.text, self._item()
        if item is None or item.end() > self.money.start or _COUNT.match(text, item.end(), self.money.start) is None:
            return None
        end = _ITEM_END.search(text, item.end(), self.money.start)
        chunk = _trim(text, item.end(), end.start() if end is not None else self.money.start)
        return chunk.slice(text) if 1 < len(self.article.words(chunk.start, chunk.end)) <= _MAX_PURPOSE_WORDS else None

    def _purpose_implemented(self) -> str | None:
        """The projects carried out with the sum, with their count, up to their value ("triển khai tại X 9 dự án về y
        tế, giáo dục với tổng vốn …" gives "9 dự án về y tế, giáo dục")."""
        implemented = self._implemented()
        if implemented is None:
            return None
        text, project = self.text, implemented[1]
        counts = self.article.numbers(implemented[0].end, project.start)[-1:]
        start = counts[0].start if counts and not text[counts[0].end : project.start].strip() else project.start
        stop = _OBJECT_END.search(text, start, self.money.start)
        chunk = _trim(text, start, stop.start() if stop is not None else self.money.start)
        if chunk.end <= project.end:  # "khởi động dự án 2 triệu USD …": a project not named
            return None
        return chunk.slice(text) if len(self.article.words(chunk.start, chunk.end)) <= _MAX_PURPOSE_WORDS else None

    def _purpose_listed(self, start: int) -> str | None:
        """A purpose that may list things with commas, up to the end of the clause."""
        found = _FOCUS_END.search(self.text, start, self.window.end)
        end = found.start() if found is not None else self.window.end
        listed = _trim(self.text, start, self._before_period(start, end))
        words = len(self.article.words(listed.start, listed.end))
        # (the comma that ends the sum's window: "… cho các chương trình X, trong đó …")
        return listed.slice(self.text).strip(" ,") if 0 < words <= _MAX_PURPOSE_WORDS else None

    def _purpose_from(self, start: int) -> str | None:
        """A purpose from ``start`` to the end of its phrase; commas inside a list closed by "và" do not end it
        ("để xây 2 nhà văn hóa, 5 giếng nước và cấp học bổng")."""
        text, end = self.text, self.window.end
        stop = _PURPOSE_END.search(text, start, end)
        # "… cho hộ nghèo các huyện Tiên Lãng, Vĩnh Bảo": the places listed after their unit go on past a comma
        while (
            stop is not None
            and stop.group().lstrip().startswith(",")
            and text[stop.end() : stop.end() + 1].isupper()
            and self._names_units(start, stop.start())
        ):
            stop = _PURPOSE_END.search(text, _name_end(text, stop.end(), end, self.money.start), end)
        if stop is not None and stop.group().lstrip().startswith(","):
            clause_end = _CLAUSE_END.search(text, stop.start(), end)
            last = _COMMA.finditer(text, stop.start(), clause_end.start() if clause_end is not None else end)
            closing = [m.end() for m in last][-1]
            limit = clause_end.start() if clause_end is not None else end
            if _AND.search(text, closing, limit):
                stop = clause_end
            elif closing <= stop.end() and _SHORT_ITEM.fullmatch(text, closing, limit):
                # "để làm đường, xây trường học;", "hỗ trợ xây nhà, khoan giếng cho …": a last item of a few words
                stop = _FOR.search(text, closing, limit) or clause_end
        chunk = _trim(text, start, self._before_period(start, stop.start() if stop is not None else end))
        return _TRAILING_LINK.sub("", chunk.slice(text).strip(" ,")) or None

    def _before_period(self, start: int, end: int) -> int:
        """Where a purpose ends without the span of time it closes with: "dự án X trong hai năm 2026 - 2027" and
        "dự án X trong 3 năm" give "dự án X"; a lead with no count and no period stays ("trong năm")."""
        text = self.text
        closing = [
            d for d in self.article.dates(start, end) if _period_like(d.value) and not text[d.end : end].strip(" .,;")
        ]
        stop = closing[-1].start if closing else end
        lead = _PERIOD_LEAD.search(text, start, stop)
        return lead.start() if lead is not None and (closing or (lead["count"] and lead["unit"])) else end

    def _purpose_valued(self) -> str | None:
        """What is done with a sum brought in by its value ("trao 100 phần quà cho … với tổng kinh phí …"): from the
        first verb of giving to the value, without the recipient after "cho"."""
        text, money = self.text, self.money
        valued = _VALUED.search(text, max(self.window.start, money.start - _VALUE_WORDS), money.start)
        if valued is None or (valued["unit"] and _find(self.article, _TIME_UNIT, *valued.span("unit"))):
            return None  # "mỗi năm 3 tỷ đồng" is a rate, not the price of each thing given
        window = (self.window.start, valued.start())
        found = [v for table in (_GIVE, _PURPOSE) for v in _find(self.article, table, *window)]
        # "khoản viện trợ" is no verb, nor is the object of a verb made a noun ("công tác vận động viện trợ")
        nouns = [v.end for v in found if _nominal(self.article, self.window.start, v.start)]
        verbs = [
            v
            for v in found
            if text[v.start].islower()
            and v.canonical not in data.IN_ORDER_TO
            and v.end not in nouns
            and not any(end <= v.start and not text[end : v.start].strip() for end in nouns)
            and not self._agent_before(v.start)  # "do Tổ chức X tài trợ": the giver's verb, not what is done
        ]
        if not verbs:
            return None
        first = min(verbs, key=lambda v: v.start)
        if first.canonical == _MOBILISE:
            # "vận động các tổ chức … ủng hộ đồng bào …", "vận động tài trợ xây dựng 2 trường": what the money raised
            # does, from the first verb of purpose after the raising and its givers
            done = [v for v in verbs if v.start >= first.end and v.canonical in data.PURPOSE_VERBS]
            first = min(done, key=lambda v: v.start) if done else first
        start = first.start
        if first.canonical == _MOBILISE:
            # "vận động được 27 khoản viện trợ với tổng trị giá …": what was raised, not the raising
            raised = _PASSIVE.match(text, _trim(text, first.end, valued.start()).start)
            start = _trim(text, raised.end() if raised is not None else first.end, valued.start()).start
        end = valued.start()
        # "trao tặng Trường X 2 phòng máy": the receiver stands between the verb and the thing given, which alone is
        # what the sum is for
        named = _trim(text, first.end, end)
        first_object_named = text[named.start : named.start + 1].isupper()
        if first_object_named:
            second = _SECOND_OBJECT.search(text, named.start, end)
        else:
            second = _COUNTED_OBJECT.search(text, named.start, end)
            if second is None and _starts(self.article, _HEAD, named.start, end):
                # "ủng hộ nhà trường 30 bộ bàn ghế": a receiver's word, then things counted in figures
                second = _SECOND_OBJECT.search(text, named.start, end)
            # "hỗ trợ xây dựng một cây cầu", "sơn sửa bàn ghế tại một ngôi trường": no receiver stands before it
            if second is not None and (
                any(named.start <= v.start < second.start() for v in verbs)
                or _AT.search(text, named.start, second.start())
            ):
                second = None
        if second is not None:
            start = second.start()
        receiver = _FOR.search(text, start, end)
        if receiver is not None and self._receives_all(receiver.end()):
            end = receiver.start()
        chunk = _trim(text, start, end)
        if len(self.article.words(chunk.start, chunk.end)) > _MAX_PURPOSE_WORDS or self._only_cues(chunk):
            return None  # "tham gia ủng hộ với tổng số tiền …": a verb without an object names no purpose
        # (the bracket that opens the value: "trao 100 suất quà (mỗi suất 500.000 đồng)")
        return _TRAILING_LINK.sub("", chunk.slice(text).strip(" ,(")) or None

    def _bought(self, start: int, verb_start: int) -> bool:
        """Whether the words from ``start`` to a verb of giving buy the things given: "mua sữa bột" (a verb of
        buying and its object, a few words, in one phrase)."""
        buying = _BUYING.match(self.text, start, verb_start)
        return (
            buying is not None
            and not _BOUNDARY.search(self.text, start, verb_start)
            and 0 < len(self.article.words(buying.end(), verb_start)) <= _MAX_GAP_WORDS
        )

    def _receives_all(self, opening: int) -> bool:
        """Whether the receiver named from ``opening`` (after "cho") takes the whole of a sum brought in by its value:
        its name is not followed by another thing done with it ("… 50 suất quà cho học sinh và sơn sửa bàn ghế tại một
        trường với tổng kinh phí …")."""
        text, money = self.text, self.money
        valued = _VALUED.search(text, max(self.window.start, money.start - _VALUE_WORDS), money.start)
        if valued is None or opening >= valued.start():
            return True
        return _AND.match(text, self._name_stop(opening, valued.start(), valued.start())) is None

    def _only_cues(self, chunk: Span) -> bool:
        """Whether ``chunk`` holds nothing but words of giving ("ủng hộ", "viện trợ")."""
        cues = _find(self.article, _CUE, chunk.start, chunk.end)
        return bool(cues) and all(
            any(c.start <= w.start and w.end <= c.end for c in cues) for w in self.article.words(chunk.start, chunk.end)
        )

    def _after_and(self, position: int) -> bool:
        """Whether "và" stands right before ``position``."""
        joined = _AND.search(self.text, max(0, position - 8), position)
        return joined is not None and joined.end() == position

    def _gives_anew(self, start: int) -> bool:
        """Whether a verb of giving opens a new predicate right after the sum ending at ``start`` ("… (1,5 triệu
        đồng/chiếc) và trao …")."""
        joined = _JOINED_VERB.match(self.text, start, self.money.start)
        return joined is not None and _starts(self.article, _GIVE, joined.end(), self.money.start)

    def _agent_before(self, verb: int) -> bool:
        """Whether a giver brought in by "do" stands right before the verb at ``verb`` ("do Tổ chức X tài trợ")."""
        by = list(_BY.finditer(self.text, self.window.start, verb))
        return bool(by) and self._giver(by[-1].end(), verb)

    def _purpose_built(self) -> str | None:
        """What a ceremony starts or opens that the sum pays for: "lễ khởi công trường mầm non X do … tài trợ với tổng
        kinh phí …" gives "trường mầm non X"."""
        built = _find(self.article, _BUILT, self.window.start, self.money.start)
        return self._built(built[-1].end, self.money.start) if built else None

    def _purpose_referred(self) -> str | None:
        """What a sum pays for when its sentence opens with a noun referring back to what the sentence before starts
        or opens ("… lễ khởi công công trình dãy lớp học 3 phòng. Công trình có giá trị 1,9 tỷ đồng")."""
        subject = _VALUED_SUBJECT.match(self.text, self.sentence.start, self.money.start)
        if subject is None or self.index == 0:
            return None
        before = self.sentences[self.index - 1]
        for verb in _find(self.article, _BUILT, before.start, before.end):
            built = self._built(verb.end, before.end)
            if built is not None and fold_key(built).startswith(fold_key(subject["noun"])):
                return built
        return None

    def _built(self, start: int, end: int) -> str | None:
        """The thing a ceremony verb ending at ``start`` starts or opens, up to its giver, its value or its receiver."""
        text = self.text
        stop = _OBJECT_END.search(text, start, end)
        chunk = _trim(text, start, stop.start() if stop is not None else end)
        receiver = _FOR.search(text, chunk.start, chunk.end)  # "… 03 phòng cho trường Tiểu học X"
        if receiver is not None:
            chunk = _trim(text, chunk.start, receiver.start())
        if text.endswith(".", chunk.start, chunk.end):  # the end of the sentence before
            chunk = _trim(text, chunk.start, chunk.end - 1)
        if chunk.start == chunk.end or _BOUNDARY.search(text, chunk.start, chunk.end):
            return None
        if len(self.article.words(chunk.start, chunk.end)) > _MAX_NAME_WORDS:
            return None
        return chunk.slice(text)

    def _purpose_received(self) -> str | None:
        """What a receiver takes the sum for, as the object of its verb: "tiếp nhận viện trợ giày dép do …",
        "làm chủ dự án đào tạo cô đỡ thôn bản do … tài trợ" (without "dự án")."""
        text = self.text
        receiving = _receiving(self.article, self.clause.start, self.money.start)
        if not receiving:
            return None
        if self.coordinated():
            return None  # "tiếp nhận … 3 triệu USD, giải ngân đạt 2 triệu USD": a predicate of its own, no object
        start = max(receiving[-1].end, self.window.start)
        if receiving[-1].end < start and not _TRAILING_LINK.search(text, max(receiving[-1].end, start - 8), start):
            # the verb of an earlier sum, whose second object "và" would open ("làm chủ dự án A … 2 tỷ đồng và dự án
            # B …"): "… được trao …, mỗi con trị giá 15 triệu đồng, tổng trị giá …" names none
            return None
        if _FOR.match(text, _trim(text, start, self.money.start).start):
            return None  # "30 con bò được trao cho 30 hộ nghèo": a passive of giving, whose object is the receiver
        end = _OBJECT_END.search(text, start, self.money.start)
        stop = end.start() if end is not None else self.money.start
        other = self.article.money(start, stop)[:1]  # "tiếp nhận hơn 45 triệu USD (1.100 tỷ đồng)": no object
        chunk = _trim(text, start, other[0].start if other else stop)
        if _PRICED.fullmatch(text, chunk.end, self.money.start):
            return None  # "được nhận xe đạp (1,5 triệu đồng/chiếc)": the thing the sum is the price of
        project = _find(self.article, _PROJECT, chunk.start, chunk.end)
        if project and project[0].start == chunk.start:
            chunk = _trim(text, project[0].end, chunk.end)
        if chunk.start == chunk.end or not text[chunk.start].islower():
            return None
        each = _EACH_AFTER_COMMA.search(text, chunk.start, chunk.end)
        if each is not None:  # "được nhận học bổng, mỗi suất trị giá …": the object ends before the price of each
            chunk = _trim(text, chunk.start, each.start())
        if self._only_cues(chunk):  # "tiếp nhận viện trợ": no object
            return None
        if len(self.article.words(chunk.start, chunk.end)) > _MAX_PURPOSE_WORDS:
            return None
        return chunk.slice(text)

    def _period(self) -> EDTF | None:
        """The period of the sum: nearest before it in the sentence, after it in its clause, or earlier."""
        periods = _periods(self.article, self.sentence.start, self.sentence.end)
        before = [p for p in periods if p.end <= self.money.start]
        if before:
            return before[-1].value
        after = [p for p in periods if p.start >= self.money.end and p.end <= self.clause.end]
        if after:
            return after[0].value
        if self._on_a_day():
            return None
        anchor = self.index
        if self.heading is not None:  # a line of a list takes the period of its heading
            anchor = self.heading
            heading = self.sentences[anchor]
            listed = _periods(self.article, heading.start, heading.end)
            if listed:
                return listed[0].value
        for sentence in reversed(self.sentences[max(0, anchor - _PERIOD_LOOKBACK) : anchor]):
            if sentence.segment not in ("lede", "body") or _starts(self.article, _PART, sentence.start, sentence.end):
                continue  # "Riêng 6 tháng đầu năm …, …": a part's period is that sentence's own
            # a period that opens a sentence or a phrase sets the time of what follows ("Năm 2023 là năm …",
            # "Báo cáo cho biết, năm 2023, …"), not one inside a phrase ("… Chương trình … giai đoạn 2013 - 2017")
            earlier = _periods(self.article, sentence.start, sentence.end)
            if earlier and _opens(self.article, sentence.start, earlier[0].start):
                return earlier[0].value
        return None

    def _on_a_day(self) -> bool:
        """Whether the sentence tells of one day ("Sáng 20/6, …", "Dịp này, …", "Tại buổi lễ, …"): its sum
        takes no period from the sentences before."""
        sentence = self.sentence
        if _starts(self.article, _ANCHOR, sentence.start, sentence.end):
            return True
        opening = self.article.dates(sentence.start, min(sentence.end, sentence.start + _OPENING))
        return any(_on_day(d.value) and d.start - sentence.start <= _OPENING // 2 for d in opening)

    def _quantity(self, unit: Span | None) -> Quantity | None:
        """What the sum counts: "10 căn nhà"; for a price of each ("mỗi suất"), the count of that unit."""
        text, money = self.text, self.money
        stretch = Span(self.sentence.start, money.start) if unit is not None else self.window
        numbers = self.article.numbers(stretch.start, stretch.end)
        for number in reversed(numbers) if unit is not None else numbers:  # the count nearest a price of each
            if number.value is None or number.is_percent or number.value != number.value.to_integral_value():
                continue
            if money.start <= number.start < money.end:
                continue
            classifier = next(
                iter(_find(self.article, _CLASSIFIER, number.end, min(stretch.end, number.end + 30))), None
            )
            if classifier is None or text[number.end : classifier.start].strip():
                continue
            if unit is not None and self.article.words(classifier.start, classifier.end)[0].key != _key(
                self.article, unit
            ):
                continue
            end = _name_end(text, classifier.start, stretch.end, stretch.end)
            unit_words = self.article.words(classifier.start, end)[:_MAX_UNIT_WORDS]
            return Quantity(int(number.value), text[classifier.start : unit_words[-1].end])
        return None


# ---------------------------------------------------------------------------------------------------------------
# Helpers


def _cue_entries() -> Iterator[GazetteerEntry]:
    tables: dict[str, dict[str, str]] = {
        _CUE: dict(data.CUE_WORDS),
        _RECEIVE: {**dict.fromkeys(data.NOT_RECEIVING, _NOTHING), **dict.fromkeys(data.RECEIVING_VERBS, _RECEIVE)},
        _GIVE: {**dict.fromkeys(data.GIVING_VERBS, _GIVE), **dict.fromkeys(data.MOBILISING_VERBS, _MOBILISE)},
        _HEAD: dict.fromkeys(data.RECIPIENT_HEADS, _HEAD),
        _NOT_RECIPIENT: dict.fromkeys(data.NOT_RECIPIENTS, _NOT_RECIPIENT),
        _PURPOSE: {verb: verb for verb in data.PURPOSE_VERBS},
        _CLASSIFIER: dict.fromkeys(data.CLASSIFIERS, _CLASSIFIER),
        _NOT_PERIOD: dict.fromkeys(data.NOT_A_PERIOD_AFTER, _NOT_PERIOD),
        _TERM: dict.fromkeys(data.TERMS_SPENT, _TERM),
        _DONOR_HEAD: dict.fromkeys(data.DONOR_HEADS, _DONOR_HEAD),
        _TIME_UNIT: dict.fromkeys(data.TIME_UNITS, _TIME_UNIT),
        _BARE_PLACE: dict.fromkeys(data.BARE_PLACES, _BARE_PLACE),
        _NOMINAL: dict.fromkeys(data.NOMINALISERS, _NOMINAL),
        _OPENER: dict.fromkeys(data.ADVERBIAL_OPENERS, _OPENER),
        _ANCHOR: dict.fromkeys(data.EVENT_ANCHORS, _ANCHOR),
        _HOLIDAY: dict.fromkeys(data.HOLIDAYS, _HOLIDAY),
        _CLAUSE_VERB: dict.fromkeys(data.CLAUSE_VERBS, _CLAUSE_VERB),
        _BREAKDOWN: dict.fromkeys(data.BREAKDOWN_OPENERS, _BREAKDOWN),
        _CAUSATIVE: {**dict.fromkeys(data.NOT_CAUSATIVE, _NOTHING), **dict.fromkeys(data.CAUSATIVE_VERBS, _CAUSATIVE)},
        _PROJECT: dict.fromkeys(data.PROJECT_WORDS, _PROJECT),
        _BUILT: dict.fromkeys(data.CEREMONY_VERBS, _BUILT),
        _GROUP_VERB: dict.fromkeys(data.GROUP_VERBS, _GROUP_VERB),
        _FOCUS: dict.fromkeys(data.FOCUS_WORDS, _FOCUS),
        _PAID_FOR: dict.fromkeys(data.PAID_FOR, _PAID_FOR),
        _PART: dict.fromkeys(data.PART_OPENERS, _PART),
        _LINK: dict.fromkeys(data.CLAUSE_LINKS, _LINK),
        _IMPLEMENT: dict.fromkeys(data.IMPLEMENTING_VERBS, _IMPLEMENT),
        _REPORT: {**dict.fromkeys(data.REPORTING_VERBS, _REPORT), **dict.fromkeys(data.THANKING_VERBS, _THANK)},
        _REPRESENT: dict.fromkeys(data.REPRESENTING, _REPRESENT),
        _VISIT: dict.fromkeys(data.VISITING_VERBS, _VISIT),
    }
    for table, entries in tables.items():
        for surface, canonical in entries.items():
            yield GazetteerEntry(table, surface, canonical)


def _find(article: Article, table: str, start: int, end: int) -> list[GazetteerMatch]:
    """The cue phrases of ``table`` inside ``[start, end)``, from the article's analysis.

    A verb or a word of aid written with a capital after a capitalised word is a word of a name, not a cue:
    "Quỹ Hỗ trợ Giáo dục Sao Mai", "Quỹ Chia sẻ Bình Minh" give nothing by their "Hỗ trợ", "Chia sẻ".
    """
    if start >= end:
        return []
    found = article.matches(table, start, end)
    if table not in _VERB_TABLES:
        return found
    return [m for m in found if not _inside_name(article, m.start)]


def _inside_name(article: Article, position: int) -> bool:
    """Whether a capitalised word at ``position`` follows a capitalised word, or a body's head noun written with a
    capital ("Tổ chức Hỗ trợ Y tế X", "Hiệp hội Hỗ trợ Phát triển X"), a space apart (a word of a name)."""
    text = article.text
    if not text[position].isupper():
        return False
    before = _word_before(article, position)
    if before is None or text[before.end : position] != " ":
        return False
    if before.text[0].isupper():
        return True
    heads = article.matches(HEAD_TABLE, max(0, before.start - _WORD_REACH), before.end)[-1:]
    return bool(heads) and heads[0].end == before.end and text[heads[0].start].isupper()


def _word_before(article: Article, position: int) -> Word | None:
    """The last word ending before ``position`` within a word's reach, or ``None``."""
    before = article.words(max(0, position - _WORD_REACH), position)
    return before[-1] if before else None


def _joined(article: Article) -> list[Sentence]:
    """The article's sentences, a piece that cannot open a sentence joined to the one before it: one that opens in
    lower case ("… quỹ, hội... thực hiện 29 dự án") or follows a company's suffix ("Tổ chức X, Inc. (Hoa Kỳ) …")."""
    text, joined = article.text, list[Sentence]()
    for sentence in article.sentences:
        last = joined[-1] if joined else None
        if last is not None and last.segment == sentence.segment and _goes_on(text, last, sentence):
            joined[-1] = attrs.evolve(last, end=sentence.end, text=text[last.start : sentence.end])
        else:
            joined.append(sentence)
    return joined


def _goes_on(text: str, last: Sentence, sentence: Sentence) -> bool:
    if sentence.text[:1].islower():
        return True
    return _COMPANY_END.search(text, last.start, last.end) is not None


def _is_list_item(text: str, sentence: Sentence) -> bool:
    item = _LIST_ITEM.match(text, sentence.start, sentence.end)
    return item is not None and (item["mark"] is not None or item["label"] is not None)


def _trim(text: str, start: int, end: int) -> Span:
    """``[start, end)`` without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _trailing_auxiliaries(text: str, start: int, end: int) -> int:
    """Where the auxiliaries that end ``text[start:end]`` begin ("Hội đã" -> before "đã")."""
    found = _TRAILING_AUXILIARIES.search(text, start, end)
    return found.start() if found is not None else end


def _key(article: Article, span: Span) -> str:
    """The fold key of the first word of a span."""
    found = article.words(span.start, span.end)
    return found[0].key if found else ""


def _verb_ending(article: Article, start: int, end: int) -> int | None:
    """Where a verb of giving, raising, receiving or visiting that ends ``text[start:end]`` starts."""
    end = _trim(article.text, start, end).end
    verbs = [*_find(article, _GIVE, start, end), *_receiving(article, start, end), *_find(article, _VISIT, start, end)]
    return next((v.start for v in verbs if v.end == end), None)


def _receiving(article: Article, start: int, end: int) -> list[GazetteerMatch]:
    """The verbs of receiving in ``[start, end)``, not words of a quoted title ('dự án "Phụ nữ làm chủ sinh kế"')."""
    return [
        m
        for m in _find(article, _RECEIVE, start, end)
        if m.canonical == _RECEIVE and not inside_quotes(article.text, start, m.start)
    ]


def _nominal(article: Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a word that makes the verb after it a noun ("khoản", "nguồn")."""
    found = _find(article, _NOMINAL, max(start, end - 24), end)
    return bool(found) and not article.text[found[-1].end : end].strip()


def _starts(article: Article, table: str, start: int, end: int) -> bool:
    """Whether a phrase of ``table`` opens ``[start, end)``."""
    first = next(iter(_find(article, table, start, end)), None)
    return first is not None and first.start == start


def _slots(text: str, sums: Sequence[MoneyMatch]) -> list[list[MoneyMatch]]:
    """The sums of a sentence, each with its conversions: "25 tỷ đồng (khoảng 1,086 triệu USD)"."""
    slots: list[list[MoneyMatch]] = []
    for money in sums:
        last = slots[-1][-1] if slots else None
        if last is not None and last.currency != money.currency and _CONVERSION.fullmatch(text, last.end, money.start):
            slots[-1].append(money)
        else:
            slots.append([money])
    return slots


def _between(text: str, start: int, end: int) -> int:
    """Where the words of the sum ending at ``start`` give way to those of the sum at ``end``: right after the first
    sum when a "," or "và" follows it ("2,3 tỷ đồng và dự án …, … tài trợ 735 triệu đồng"), else after the last
    join ("500 triệu đồng trao quà và 10 nghìn USD"); ``start`` if there is none."""
    joins = list(_JOIN.finditer(text, start, end))
    if not joins:
        return start
    cut: int = joins[0].end() if not text[start : joins[0].start()].strip() else joins[-1].end()
    return cut


def _name_end(text: str, start: int, stop: int, money_start: int) -> int:
    """Where a name from ``start`` ends: at a word or mark of _NAME_END, not at a quoted part of a proper name
    ("Quỹ “Vì người nghèo” thành phố Hà Nội")."""
    limit = money_start if start < money_start < stop else stop
    position = start
    while (match := _NAME_END.search(text, position, limit)) is not None:
        cut: int = match.start()
        word = match.group().lstrip()
        if word[:1].isupper() and _CAPITALISED_BEFORE.search(text, start, cut):
            position = match.end()  # "học sinh Xiêng Khoảng": a word of the place's name, not "khoảng" (about)
            continue
        quoted = _QUOTED_PART.match(text, cut, limit)
        if quoted is None or cut == start or not text[start].isupper():
            return cut
        position = quoted.end()
    return limit


def _without_giver(purpose: str | None, donor: str | None) -> str | None:
    """What a sum is for, without the giver its gift is said to be of ("trao tặng quà của Tổ chức X" given by
    "Tổ chức X") and without a conjunction that opens it ("và trao tặng quà")."""
    if purpose is None:
        return None
    if donor is not None and (owned := purpose.find(f" của {donor}")) > 0:
        purpose = purpose[:owned]
    return _LEADING_CONJUNCTION.sub("", purpose) or None


def _priced_by(purpose: str | None, unit: str) -> str | None:
    """Of the things a purpose lists, the one the price of each counts: "trao tặng điểm trường 20 bộ bàn ghế, đồ chơi
    và 38 suất quà", priced "mỗi suất", gives "38 suất quà"; a purpose that lists nothing before it stays whole."""
    if purpose is None:
        return None
    key = fold_key(unit)
    counted = next((m for m in _COUNTED_UNIT.finditer(purpose) if fold_key(m["unit"]) == key), None)
    if counted is None or _JOIN.search(purpose, 0, counted.start()) is None:
        return purpose
    return purpose[counted.start() :]


def _periods(article: Article, start: int, end: int) -> list[DateMatch]:
    """The dates of ``text[start:end]`` that can be the period of a sum: years, months, spans of them."""
    text, found = article.text, []
    for match in article.dates(start, end):
        if not _period_like(match.value):
            continue
        # "Trong nhiệm kỳ 2019 - 2024, Hội đã vận động …": a term spent, not one to come
        terms = _find(article, _TERM, max(start, match.start - 32), match.end)
        spent = any(t.end > match.start or not text[t.end : match.start].strip() for t in terms)
        # "Nhiệm kỳ 2011 - 2016, Hội đã …": a term opening the sentence is spent too
        opening = not _BOUNDARY.search(text, start, match.start) and _opens(article, start, match.start)
        spent = spent or (opening and _TOPIC_AFTER.match(text, match.end, end) is not None)
        if not spent and _starts(article, _NOT_PERIOD, match.start, match.end):
            continue
        before = _find(article, _NOT_PERIOD, max(start, match.start - 24), match.start)
        if before and not spent and not text[before[-1].end : match.start].strip():
            continue
        found.append(match)
    return found


def _opens(article: Article, start: int, position: int) -> bool:
    """Whether ``position`` opens the sentence from ``start`` or a phrase after a comma, up to a lead-in word or two
    ("Nhiệm kỳ", "Trong")."""
    cuts = [m.end() for m in _BOUNDARY.finditer(article.text, start, position)]
    return len(article.words(cuts[-1] if cuts else start, position)) <= _LEAD_IN_WORDS


def _on_day(value: EDTF) -> bool:
    first = value.start if isinstance(value, EdtfInterval) else value
    return first is not None and first.day is not None


def _period_like(value: EDTF) -> bool:
    """A year, a month or a span of them, open at its end at most ("1992/..", not "../2030")."""
    if isinstance(value, EdtfInterval):
        return value.start is not None and value.start.day is None
    return isinstance(value, EdtfDate) and value.day is None and value.year is not None
