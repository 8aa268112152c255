"""Provenance of the built-in extractors' facts: which of an extractor's rules found each fact.

An extractor names its rules in English constants (``RULES`` of each module under
``extractors/``; ``docs/plugins.md`` lists them) and gives each fact the sources of
the rules that found its mentions, with an empty plugin name: the pipeline writes the
plugin's name in as it takes the facts in (see ``_plugins.accepted_facts``).
"""

from __future__ import annotations

from ._model import Source

__all__ = ["Rules", "sources"]


def sources(*rules: str) -> tuple[Source, ...]:
    """The sources of a fact found by ``rules``, each once, in the order given."""
    return tuple(Source("", rule) for rule in dict.fromkeys(rules))


class Rules:
    """The rules that found the mentions of one fact being gathered.

    Each rule is kept once, where it first found a mention, so that the sources of a
    fact read in the order of the text however its mentions were gathered.
    """

    __slots__ = ("_first",)

    def __init__(self) -> None:
        self._first: dict[str, int] = {}

    def add(self, rule: str, start: int) -> None:
        """Record that ``rule`` found a mention of the fact at offset ``start``."""
        first = self._first.get(rule)
        if first is None or start < first:
            self._first[rule] = start

    def merge(self, other: Rules) -> None:
        """Take in the rules of another fact found to be this one."""
        for rule, start in other._first.items():
            self.add(rule, start)

    def sources(self) -> tuple[Source, ...]:
        """The fact's sources: each rule once, by the first mention it found."""
        return sources(*sorted(self._first, key=self._first.__getitem__))
