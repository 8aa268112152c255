"""The cue words of the partners plugin: data, offered to the shared gazetteer."""

from __future__ import annotations

#: The head of a partner's name, and the kind of partner it names.
HEADS: dict[str, str] = {
    "Đại sứ quán": "embassy",
    "ĐSQ": "embassy",
    "Tổng Lãnh sự quán": "consulate",
    "Lãnh sự quán": "consulate",
    "TLSQ": "consulate",
    "Hội hữu nghị": "association",
    "Hội hữu nghị và hợp tác": "association",
    "Tổ chức": "ngo",
    "Quỹ": "ngo",
}

#: Words that may stand between a mission's head and its country ("Đại sứ quán nước ...").
BEFORE_COUNTRY: frozenset[str] = frozenset({"nước"})

#: The word before the place where a mission sits ("… tại Việt Nam").
SEAT_WORDS: frozenset[str] = frozenset({"tại"})

#: Words that give the country of an organisation named just before: "Tổ chức X của Nhật Bản".
OF_COUNTRY: tuple[str, ...] = ("của", "đến từ")

#: Lower-case words inside a foreign organisation's Latin-script name ("Save the Children").
NAME_CONNECTORS: frozenset[str] = frozenset({"for", "of", "the", "and", "without", "in", "de", "du", "des", "la"})

#: What a sentence says of an organisation that is a foreign non-governmental one.
FOREIGN_NGO_CUES: tuple[str, ...] = ("phi chính phủ nước ngoài", "PCPNN")

#: The word of the Vietnamese side after the dash of a foreign friendship association ("... - Việt Nam").
VIETNAM_WORDS: frozenset[str] = frozenset({"việt"})
