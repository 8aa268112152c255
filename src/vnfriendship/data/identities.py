"""Cue words of the corpus step that links facts across articles (``vnfriendship.corpus``).

Matched on :func:`vnfriendship._text.fold_key` forms, word by word.
"""

from __future__ import annotations

__all__ = ["LOCAL_WORDS", "RENAME_CUES"]

#: Words after a body's name that introduce another name of the same body: "Hội A (nay là Hội B)".
RENAME_CUES: tuple[str, ...] = (
    "nay là",
    "bây giờ là",
    "trước đây là",
    "trước là",
    "tiền thân là",
    "tên cũ là",
    "tên gọi cũ là",
    "đổi tên thành",
    "được đổi tên thành",
)

#: Words of a body's name that make it one body per place: "UBND tỉnh", "Tỉnh ủy" name the body of
#: whichever province the article is about, so without a place they are read in their article only.
LOCAL_WORDS: tuple[str, ...] = (
    "tỉnh",
    "thành phố",
    "TP",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "địa phương",
)
