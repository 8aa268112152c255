"""The pipeline: normalise, segment, read metadata, extract each facet, refine.

Build a :class:`Pipeline` once and call it for many articles: plugins are
loaded and the gazetteer is built only once.

Whatever a plugin does, ``extract`` returns: every answer is checked where it
enters (see :mod:`vnfriendship._plugins`), a bad one is left out and reported in
``Extraction.errors`` naming the plugin, and everything else is kept.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple, TypeVar

import attrs

from ._article import Article, build_article
from ._gazetteer import TABLES, Gazetteer, GazetteerEntry
from ._html import markup_preferred, page_input
from ._model import ArticleMeta, Extraction, Facet, Facts, PluginError, Segment
from ._plugins import PluginInfo, PluginManager, accepted_facts, checked_segments, describe, register_all
from ._serialize import FACET_CLASSES, check_facet, from_dict, json_schema, problems
from ._text import InputError, normalize

__all__ = ["Pipeline", "default_pipeline", "extract", "extract_file"]


class Pipeline:
    """A reusable extractor: the built-in plugins, installed ones, and any you pass.

    ``plugins`` are registered after the built-in ones; ``disable`` names plugins
    not to call. ``load_entry_points`` defaults to true unless the environment
    variable ``VNFRIENDSHIP_DISABLE_PLUGIN_AUTOLOAD=1`` is set. ``plugin_timeout``
    (seconds) is the time any one plugin may take for one hook call: one that runs
    over is reported as that plugin's ``TimeoutError`` and its answer ignored.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[object] = (),
        disable: Iterable[str] = (),
        builtins: bool = True,
        load_entry_points: bool = True,
        plugin_timeout: float | None = None,
    ) -> None:
        plugins = tuple(plugins)
        self.plugin_manager = PluginManager(timeout=plugin_timeout)
        if builtins:
            self.plugin_manager.register_builtins()
        if load_entry_points:
            self.plugin_manager.load_entry_points()
        register_all(self.plugin_manager, plugins)
        # What pickling needs to build the same pipeline again in a worker process.
        self._recipe = {"builtins": builtins, "load_entry_points": load_entry_points, "plugin_timeout": plugin_timeout}
        self._registered: list[tuple[str | None, object]] = [(None, plugin) for plugin in plugins]
        for name in disable:
            self.plugin_manager.disable(name)
        self._setup: _Setup | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------ plugins

    def register(self, plugin: object, name: str | None = None) -> str:
        """Add a plugin; returns its name."""
        name = self.plugin_manager.register(plugin, name)
        self._registered.append((name, plugin))
        self._setup = None
        return name

    def disable(self, name: str) -> None:
        self.plugin_manager.disable(name)
        self._setup = None

    def enable(self, name: str) -> None:
        self.plugin_manager.enable(name)
        self._setup = None

    def plugins(self) -> list[PluginInfo]:
        """The registered plugins in calling order."""
        return self.plugin_manager.plugins()

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer every plugin contributed to (built on first use), read-only."""
        return self._set_up().gazetteer

    def facets(self) -> list[Facet]:
        """The facets the plugins declared (``vnfriendship_facets``), by name."""
        return list(self._set_up().facets.values())

    def json_schema(self) -> dict[str, Any]:
        """The JSON Schema of this pipeline's output: ``vnfriendship/1`` with its plugins' facets."""
        return json_schema(self.facets())

    def from_dict(self, data: Mapping[str, Any]) -> Extraction:
        """Read this pipeline's JSON back, the facets its plugins declared included."""
        return from_dict(data, facets=self.facets())

    def _set_up(self) -> _Setup:
        """What the plugins declare once per pipeline: facets, gazetteer tables and entries."""
        with self._lock:
            if self._setup is None:
                errors: list[PluginError] = []
                facets = self._declared_facets(errors)
                tables = self._declared_tables(errors)
                gazetteer = _ReadOnlyGazetteer(self._gazetteer_entries(tables, errors))
                self._setup = _Setup(gazetteer, facets, tuple(errors))
            return self._setup

    def _declared_facets(self, errors: list[PluginError]) -> dict[str, Facet]:
        facets: dict[str, Facet] = {}
        owners: dict[str, str] = {}
        for plugin, item in self._declarations("vnfriendship_facets", errors):
            try:
                check_facet(item)
                if item.name in facets:
                    raise ValueError(f"facet {item.name!r} is already declared by plugin {owners[item.name]!r}")
            except (TypeError, ValueError) as error:
                errors.append(PluginError(plugin, f"facet refused: {describe(error)}"))
                continue
            facets[item.name], owners[item.name] = item, plugin
        return facets

    def _declared_tables(self, errors: list[PluginError]) -> set[str]:
        tables = set(TABLES)
        for plugin, item in self._declarations("vnfriendship_gazetteer_tables", errors):
            if isinstance(item, str) and item.strip():
                tables.add(item)
            else:
                errors.append(PluginError(plugin, f"gazetteer table refused: {item!r} is not a table name"))
        return tables

    def _gazetteer_entries(self, tables: set[str], errors: list[PluginError]) -> list[GazetteerEntry]:
        offered = list(self._declarations("vnfriendship_gazetteer_entries", errors))
        # vnfriendship's own plugins name their private tables by filling them.
        tables |= {
            entry.table for plugin, entry in offered
            if isinstance(entry, GazetteerEntry) and self.plugin_manager.is_builtin(plugin)
        }
        entries = []
        for plugin, entry in offered:
            if not isinstance(entry, GazetteerEntry):
                errors.append(PluginError(plugin, f"gazetteer entry refused: {type(entry).__name__}, "
                                                  "expected GazetteerEntry"))
            elif entry.table not in tables:
                known = ", ".join(sorted(tables))
                errors.append(PluginError(plugin, f"gazetteer entry {entry.surface!r} refused: unknown table "
                                                  f"{entry.table!r} (known: {known}; vnfriendship_gazetteer_tables "
                                                  "names a new one)"))
            else:
                entries.append(entry)
        return entries

    def _declarations(self, hook: str, errors: list[PluginError]) -> Iterable[tuple[str, Any]]:
        """``(plugin, item)`` for each item of each plugin's iterable answer to ``hook``."""
        for call in self.plugin_manager.call_each(hook):
            if call.error is not None:
                errors.append(call.error)
                continue
            try:
                items = list(call.result or ())
            except (Exception, SystemExit) as error:  # a generator that raises half-way: keep nothing of it
                errors.append(PluginError(call.plugin, describe(error)))
                continue
            for item in items:
                yield call.plugin, item

    def __getstate__(self) -> dict[str, Any]:
        """Pickle a recipe, not the pipeline: plugin modules by name, other plugins as objects,
        and which plugins are disabled. The worker loads the plugins and builds its gazetteer anew."""
        return {
            **self._recipe,
            "plugins": [(name, _ModuleName(p.__name__) if isinstance(p, ModuleType) else p)
                        for name, p in self._registered],
            "disabled": [info.name for info in self.plugins() if not info.enabled],
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        Pipeline.__init__(self, **{key: state[key] for key in ("builtins", "load_entry_points", "plugin_timeout")})
        for name, plugin in state["plugins"]:
            self.register(importlib.import_module(plugin.name) if isinstance(plugin, _ModuleName) else plugin, name)
        for name in state["disabled"]:
            self.disable(name)

    # ------------------------------------------------------------ extracting

    def extract(
        self,
        text: str | bytes,
        *,
        source: str | None = None,
        reference_date: dt.date | None = None,
        include_related: bool = False,
    ) -> Extraction:
        """Read one article (``str``, or UTF-8 ``bytes``) into an :class:`Extraction`.

        ``reference_date`` gives a year to dates written without one when the page
        shows no publication date. Facts found only in teasers of other articles
        are left out unless ``include_related`` is true.
        """
        errors: list[PluginError] = []
        article = self._article(text, source, reference_date, include_related, errors)
        extraction = self._extract_facts(article, errors)
        return self._refine(extraction, article, errors)

    def article(
        self,
        text: str | bytes,
        *,
        source: str | None = None,
        reference_date: dt.date | None = None,
        include_related: bool = False,
    ) -> Article:
        """The :class:`Article` the extractors would read: normalised, segmented, with metadata.

        For plugin authors and tests: query its analysis as an extractor does.
        """
        return self._article(text, source, reference_date, include_related, [])

    def _article(
        self,
        text: str | bytes,
        source: str | None,
        reference_date: dt.date | None,
        include_related: bool,
        errors: list[PluginError],
    ) -> Article:
        if reference_date is not None and not isinstance(reference_date, dt.date):
            raise TypeError(f"reference_date must be a datetime.date, got {type(reference_date).__name__}")
        text, source, markup = page_input(text, source)
        normalised = normalize(text)
        setup = self._set_up()
        gazetteer = setup.gazetteer
        errors.extend(self.plugin_manager.failures())
        errors.extend(setup.errors)
        segments = self._segments(normalised, gazetteer, errors)
        meta = self._metadata(normalised, segments, gazetteer, reference_date, errors)
        if markup is not None:
            meta = markup_preferred(markup, meta)
        return build_article(
            normalised,
            source=source,
            segments=segments,
            meta=meta,
            gazetteer=gazetteer,
            reference_date=reference_date or meta.published_on,
            include_related=include_related,
        )

    def extract_file(
        self,
        path: str | os.PathLike[str],
        *,
        reference_date: dt.date | None = None,
        include_related: bool = False,
    ) -> Extraction:
        """Read a UTF-8 file; the source is its path. ``InputError`` names an unreadable file."""
        file = Path(path)
        try:
            data = file.read_bytes()
        except OSError as error:
            raise InputError(f"{file}: cannot read: {error.strerror or error}") from None
        try:
            return self.extract(
                data, source=str(file), reference_date=reference_date, include_related=include_related
            )
        except InputError as error:
            raise InputError(f"{file}: {error}") from None

    def _segments(self, text: str, gazetteer: Gazetteer, errors: list[PluginError]) -> tuple[Segment, ...]:
        for call in self.plugin_manager.call_each("vnfriendship_segment", text=text, gazetteer=gazetteer):
            if call.error is not None:
                errors.append(call.error)
            elif call.result is not None:
                segments, error = checked_segments(call.plugin, call.result, len(text))
                if segments is not None:
                    return segments
                errors.append(error or PluginError(call.plugin, "no segments"))
        # No segmenter recognised the page: all of it is the article's body.
        return (Segment("body", 0, len(text)),)

    def _metadata(
        self,
        text: str,
        segments: Sequence[Segment],
        gazetteer: Gazetteer,
        reference_date: dt.date | None,
        errors: list[PluginError],
    ) -> ArticleMeta:
        hook = self.plugin_manager.call_each(
            "vnfriendship_metadata", text=text, segments=segments, gazetteer=gazetteer, reference_date=reference_date
        )
        for call in hook:
            if call.error is not None:
                errors.append(call.error)
            elif call.result is not None:
                problem = problems(call.result, ArticleMeta)
                if problem is None:
                    meta: ArticleMeta = call.result
                    return meta
                errors.append(PluginError(call.plugin, f"metadata refused: {problem}; the next reader was asked"))
        return ArticleMeta()

    def _extract_facts(self, article: Article, errors: list[PluginError]) -> Extraction:
        facets = {facet.name: facet.type for facet in self._set_up().facets.values()}
        gathered: dict[str, list[Any]] = {}
        for call in self.plugin_manager.call_each("vnfriendship_extract", article=article):
            if call.error is not None:
                errors.append(call.error)
            elif isinstance(call.result, Facts):
                kept, refused = _isolated(call.plugin, accepted_facts, call.plugin, call.result, article, facets)
                errors.extend(refused)
                for facet, facts in (kept or {}).items():
                    gathered.setdefault(facet, []).extend(facts)
            elif call.result is not None:
                errors.append(_wrong_type(call.plugin, call.result, Facts))
        merged = {facet: _merge_identical(facts) for facet, facts in gathered.items()}
        builtin = {facet: facts for facet, facts in merged.items() if facet in FACET_CLASSES}
        extensions = {facet: facts for facet, facts in merged.items() if facet not in FACET_CLASSES}
        return Extraction(
            article.text, article.source, article.meta, article.segments, **builtin, extensions=extensions
        )

    def _refine(self, extraction: Extraction, article: Article, errors: list[PluginError]) -> Extraction:
        facets = {facet.name: facet.type for facet in self._set_up().facets.values()}
        for call in self.plugin_manager.call_chain("vnfriendship_refine", "extraction", extraction, article=article):
            if call.error is not None:
                errors.append(call.error)
            elif isinstance(call.result, Extraction):
                refined, refused = _isolated(
                    call.plugin, _refined, call.plugin, extraction, call.result, article, facets
                )
                errors.extend(refused)
                extraction = refined or extraction
            elif call.result is not None:
                errors.append(_wrong_type(call.plugin, call.result, Extraction))
        return attrs.evolve(extraction, errors=(*extraction.errors, *errors)) if errors else extraction


class _ModuleName(NamedTuple):
    """A plugin module in a pickled pipeline: imported again by its name."""

    name: str


def _wrong_type(plugin: str, result: object, expected: Any) -> PluginError:
    names = " or ".join(t.__name__ for t in expected) if isinstance(expected, tuple) else expected.__name__
    return PluginError(plugin, f"TypeError: returned {type(result).__name__}, expected {names} or None")


@attrs.frozen
class _Setup:
    """What a pipeline's plugins declared, gathered once: its gazetteer, facets and their errors."""

    gazetteer: Gazetteer
    facets: dict[str, Facet]
    errors: tuple[PluginError, ...]


class _ReadOnlyGazetteer(Gazetteer):
    """The shared gazetteer as plugins see it: one plugin cannot change what the next article reads."""

    __slots__ = ("_complete",)

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self._complete = False
        super().__init__(entries)
        self._complete = True

    def add(self, entry: GazetteerEntry) -> None:
        if self._complete:
            raise TypeError(
                "the pipeline's gazetteer is read-only: offer entries through vnfriendship_gazetteer_entries"
            )
        super().add(entry)


_T = TypeVar("_T")


def _isolated(
    plugin: str, check: Callable[..., tuple[_T, list[PluginError]]], *args: Any
) -> tuple[_T | None, list[PluginError]]:
    """Check a plugin's answer; an answer so broken that checking it raises is that plugin's error."""
    try:
        return check(*args)
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # e.g. a fact whose __eq__ or __hash__ raises
        return None, [PluginError(plugin, f"answer refused: {describe(error)}")]


def _refined(
    plugin: str, before: Extraction, after: Extraction, article: Article, facets: Mapping[str, type]
) -> tuple[Extraction | None, list[PluginError]]:
    """A refiner's extraction, or ``None`` and why it is refused: it must keep the article's text
    and segments, and every fact in it must pass the checks an extractor's facts pass."""
    if (after.text, after.segments) != (before.text, before.segments):
        return None, [PluginError(plugin, "refine refused: returned an Extraction of another text or segmentation")]
    facts = Facts(**{facet: getattr(after, facet) for facet in FACET_CLASSES}, extensions=after.extensions)
    kept, refused = accepted_facts(plugin, facts, article, facets, passed_on=True)
    if refused:
        return None, [PluginError(e.plugin, f"refine refused: {e.error}") for e in refused]
    builtin: dict[str, Any] = {facet: kept.get(facet, ()) for facet in FACET_CLASSES}
    extensions = {facet: kept[facet] for facet in after.extensions if facet in kept}
    return attrs.evolve(after, **builtin, extensions=extensions), []


def _merge_identical(facts: list[Any]) -> list[Any]:
    """Facts equal in every field but their mentions and sources (the same fact from two plugins,
    or from a headline and a body) as one, with all the mentions and sources, where it first came."""
    merged: dict[Any, Any] = {}
    for fact in facts:
        key = attrs.evolve(fact, mentions=())
        first = merged.get(key)
        if first is None:
            merged[key] = fact
        else:
            mentions = sorted(set(first.mentions) | set(fact.mentions), key=lambda m: (m.start, m.end))
            sources = tuple(dict.fromkeys((*first.sources, *fact.sources)))
            merged[key] = attrs.evolve(first, mentions=mentions, sources=sources)
    return list(merged.values())


_default: Pipeline | None = None
_default_lock = threading.Lock()


def default_pipeline() -> Pipeline:
    """The shared pipeline behind :func:`extract` (built-in and installed plugins)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Pipeline()
        return _default


def extract(
    text: str | bytes,
    *,
    source: str | None = None,
    reference_date: dt.date | None = None,
    include_related: bool = False,
) -> Extraction:
    """Extract the facts of one article with the default pipeline. See :meth:`Pipeline.extract`."""
    return default_pipeline().extract(
        text, source=source, reference_date=reference_date, include_related=include_related
    )


def extract_file(
    path: str | os.PathLike[str], *, reference_date: dt.date | None = None, include_related: bool = False
) -> Extraction:
    """Extract the facts of one UTF-8 file with the default pipeline. See :meth:`Pipeline.extract_file`."""
    return default_pipeline().extract_file(path, reference_date=reference_date, include_related=include_related)
