"""Provenance of the built-in facts: the rules that found a fact, gathered as its sources."""

from __future__ import annotations

from vnfriendship._model import Source
from vnfriendship._provenance import Rules, sources


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
