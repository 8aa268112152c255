"""Helpers for testing vnfriendship plugins, as ``pytester`` is for pytest plugins.

>>> from vnfriendship import Article, Facts, Person, hookimpl
>>> from vnfriendship.testing import assert_mentions_quote, check_plugin, extract_with
>>> class Ambassadors:
...     @hookimpl
...     def vnfriendship_extract(self, article: Article) -> Facts:
...         start = article.text.find("Đại sứ ") + len("Đại sứ ")
...         end = article.text.find(" ", article.text.find(" ", start) + 1)
...         return Facts(people=[Person(article.text[start:end], mentions=[article.mention(start, end)])])
>>> check_plugin(Ambassadors())
[]
>>> result = extract_with("Đại sứ Ito Naoki phát biểu.", Ambassadors())
>>> [(person.name, person.sources[0].plugin) for person in result.people]
[('Ito Naoki', 'Ambassadors')]
>>> assert_mentions_quote(result)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ._model import Extraction
from ._pipeline import Pipeline
from ._plugins import PluginManager, PluginRegistrationError
from ._serialize import check_facet, to_dict

__all__ = [
    "assert_matches_schema",
    "assert_mentions_quote",
    "assert_no_errors",
    "assert_valid_plugin",
    "check_plugin",
    "extract_with",
    "pipeline_with",
]

_HOOK_PREFIX = "vnfriendship_"


def pipeline_with(*plugins: object, builtins: bool = False, plugin_timeout: float | None = None) -> Pipeline:
    """A pipeline of only ``plugins`` (and the built-in ones with ``builtins=True``); installed
    plugins are never loaded, so a test sees the same result on every machine."""
    return Pipeline(plugins=plugins, builtins=builtins, load_entry_points=False, plugin_timeout=plugin_timeout)


def extract_with(
    text: str | bytes,
    *plugins: object,
    builtins: bool = False,
    include_related: bool = False,
    reference_date: dt.date | None = None,
) -> Extraction:
    """Run ``plugins`` (see :func:`pipeline_with`) on one text."""
    return pipeline_with(*plugins, builtins=builtins).extract(
        text, include_related=include_related, reference_date=reference_date
    )


def assert_mentions_quote(extraction: Extraction) -> None:
    """Fail, listing them, when mentions do not quote ``extraction.text`` exactly or are empty."""
    bad = [
        f"{facet}: {mention.text!r} at {mention.start}..{mention.end}"
        for facet, fact in extraction.facts()
        for mention in fact.mentions
        if not mention.text or not mention.quotes(extraction.text)
    ]
    if bad:
        raise AssertionError("mentions that do not quote the text: " + "; ".join(bad))


def assert_no_errors(extraction: Extraction) -> None:
    """Fail, listing them, when a plugin reported an error on this extraction."""
    if extraction.errors:
        raise AssertionError("plugin errors: " + "; ".join(f"{e.plugin}: {e.error}" for e in extraction.errors))


def check_plugin(plugin: object, name: str | None = None) -> list[str]:
    """What is wrong with a plugin as the hook specifications see it; ``[]`` when nothing is.

    Catches what registration refuses (unknown hooks, arguments a hook does not
    offer, hook wrappers), functions named like a hook but not marked with
    ``@hookimpl`` (they would never be called), a ``FACET`` that is not a string,
    and facets declared by ``vnfriendship_facets`` that cannot be used.
    """
    found = []
    manager = PluginManager()
    try:
        manager.register(plugin, name)
    except PluginRegistrationError as error:
        found.append(str(error))
    for attribute in dir(plugin):
        function = getattr(plugin, attribute, None)
        if attribute.startswith(_HOOK_PREFIX) and callable(function) and not hasattr(function, "vnfriendship_impl"):
            found.append(f"{attribute} is not marked with @hookimpl: it would never be called")
    if not isinstance(getattr(plugin, "FACET", ""), str):
        found.append("FACET must be a string (the facet shown by `vnfriendship plugins`)")
    declare = getattr(plugin, "vnfriendship_facets", None)
    if callable(declare) and not found:
        try:
            facets = list(declare())
        except Exception as error:
            return [f"vnfriendship_facets raised {type(error).__name__}: {error}"]
        for facet in facets:
            try:
                check_facet(facet)
            except (TypeError, ValueError) as error:
                found.append(f"vnfriendship_facets: {error}")
    return found


def assert_valid_plugin(plugin: object, name: str | None = None) -> None:
    """Fail with every problem :func:`check_plugin` finds."""
    found = check_plugin(plugin, name)
    if found:
        raise AssertionError("; ".join(found))


def assert_matches_schema(extraction: Extraction, pipeline: Pipeline | None = None) -> None:
    """Fail when ``to_dict(extraction)`` does not match the JSON Schema, with the facets of
    ``pipeline``'s plugins. Needs the ``jsonschema`` package (a test dependency)."""
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("assert_matches_schema needs jsonschema: pip install jsonschema") from None
    schema = (pipeline or Pipeline(builtins=False, load_entry_points=False)).json_schema()
    validator: Any = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    problems = [
        f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
        for error in validator.iter_errors(to_dict(extraction))
    ]
    if problems:
        raise AssertionError("the JSON does not match the schema: " + "; ".join(problems[:10]))
