"""Keys under which two writings of one document's symbol or number are the same.

Shared by the directives extractor (grouping citations) and the refiner (merging
directives reported twice), so that both read "12-CT/TW" and "12/CT-TW" alike.
"""

from __future__ import annotations

import regex

from ._text import fold_key

__all__ = ["number_key", "symbol_key"]

_NOT_A_WORD_CHARACTER = regex.compile(r"\W")


def symbol_key(symbol: str) -> str:
    """What two writings of one symbol share: "12-CT/TW", "12/CT-TW" and "12 CT/TW" all give "12cttw".

    >>> symbol_key("12-CT/TW") == symbol_key("12/ct-tw")
    True
    """
    key: str = _NOT_A_WORD_CHARACTER.sub("", fold_key(symbol))
    return key


def number_key(number: str) -> str:
    """What two writings of one document number share: "04" and "4" both give "4".

    >>> number_key("04"), number_key("000")
    ('4', '0')
    """
    return number.lstrip("0") or "0"
