"""Provenance of the built-in facts: the rules that found a fact, gathered as its sources."""

from __future__ import annotations

import re
from pathlib import Path

from vnfriendship import Pipeline
from vnfriendship._model import Source
from vnfriendship._provenance import Rules, sources
from vnfriendship.extractors import aid, directives, events, members, people, unions


def test_sources_name_each_rule_once_in_the_order_given_and_leave_the_plugin_to_the_pipeline() -> None:
    assert sources("kind and number", "symbol", "kind and number") == (
        Source("", "kind and number"), Source("", "symbol")
    )
    assert sources() == ()


def test_rules_read_in_the_order_of_the_first_mention_each_found_however_they_were_added() -> None:
    rules = Rules()
    rules.add("name in a list", 40)
    rules.add("title before name", 90)
    rules.add("title before name", 10)
    rules.add("name in a list", 50)
    assert rules.sources() == (Source("", "title before name"), Source("", "name in a list"))
    assert Rules().sources() == ()


def test_merging_the_rules_of_a_fact_found_again_keeps_the_earliest_place_of_each() -> None:
    first, second = Rules(), Rules()
    first.add("gathering noun with a date", 30)
    second.add("handing-over with a date", 5)
    second.add("gathering noun with a date", 60)
    first.merge(second)
    assert first.sources() == (Source("", "handing-over with a date"), Source("", "gathering noun with a date"))


_EXTRACTORS = {
    "people": people, "unions": unions, "members": members, "events": events, "aid": aid, "directives": directives
}  # fmt: skip
_DOCUMENTED_RULE = re.compile(r"^\| `(?P<plugin>[a-z_]+)` \| `(?P<rule>[^`]+)` \|", re.MULTILINE)


def test_the_plugin_guide_lists_every_rule_of_each_builtin_extractor_and_no_other() -> None:
    page = (Path(__file__).parent.parent / "docs" / "plugins.md").read_text(encoding="utf-8")
    section = page.split("### The built-in rules", 1)[1].split("\n## ", 1)[0]
    documented = [(m["plugin"], m["rule"]) for m in _DOCUMENTED_RULE.finditer(section)]
    assert documented == [(plugin, rule) for plugin, module in _EXTRACTORS.items() for rule in module.RULES]


def test_every_builtin_fact_of_our_pages_names_rules_of_its_own_plugin() -> None:
    pipeline = Pipeline(load_entry_points=False)
    seen: set[tuple[str, str | None]] = set()
    for path in sorted((Path(__file__).parent / "pages").glob("*.txt")):
        for _, fact in pipeline.extract_file(path).facts():
            seen.update((source.plugin, source.rule) for source in fact.sources)
    known = {(plugin, rule) for plugin, module in _EXTRACTORS.items() for rule in module.RULES}
    assert {source for source in seen if source[0] in _EXTRACTORS} <= known
    assert {plugin for plugin, _ in seen} >= set(_EXTRACTORS)
