"""The pipeline: normalise, segment, read metadata, extract each facet, refine.

Build a :class:`Pipeline` once and call it for many articles: plugins are
loaded and the gazetteer is built only once.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from ._article import Article, build_article
from ._gazetteer import Gazetteer, GazetteerEntry
from ._model import FACETS, ArticleMeta, Extraction, Facts, PluginError, Segment
from ._plugins import PluginInfo, PluginManager, register_all
from ._text import InputError, normalize

__all__ = ["Pipeline", "default_pipeline", "extract", "extract_file"]


class Pipeline:
    """A reusable extractor: the built-in plugins, installed ones, and any you pass.

    ``plugins`` are registered after the built-in ones; ``disable`` names plugins
    not to call. ``load_entry_points`` defaults to true unless the environment
    variable ``VNFRIENDSHIP_DISABLE_PLUGIN_AUTOLOAD=1`` is set.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[object] = (),
        disable: Iterable[str] = (),
        builtins: bool = True,
        load_entry_points: bool = True,
    ) -> None:
        self.plugin_manager = PluginManager()
        if builtins:
            self.plugin_manager.register_builtins()
        if load_entry_points:
            self.plugin_manager.load_entry_points()
        register_all(self.plugin_manager, plugins)
        for name in disable:
            self.plugin_manager.disable(name)
        self._gazetteer: Gazetteer | None = None
        self._gazetteer_errors: tuple[PluginError, ...] = ()
        self._lock = threading.Lock()

    # ------------------------------------------------------------ plugins

    def register(self, plugin: object, name: str | None = None) -> str:
        """Add a plugin; returns its name."""
        name = self.plugin_manager.register(plugin, name)
        self._gazetteer = None
        return name

    def disable(self, name: str) -> None:
        self.plugin_manager.disable(name)
        self._gazetteer = None

    def enable(self, name: str) -> None:
        self.plugin_manager.enable(name)
        self._gazetteer = None

    def plugins(self) -> list[PluginInfo]:
        """The registered plugins in calling order."""
        return self.plugin_manager.plugins()

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer every plugin contributed to (built on first use)."""
        with self._lock:
            if self._gazetteer is None:
                gazetteer, errors = Gazetteer(), []
                for call in self.plugin_manager.call_each("vnfriendship_gazetteer_entries"):
                    if call.error is not None:
                        errors.append(call.error)
                        continue
                    try:
                        for entry in call.result or ():
                            if not isinstance(entry, GazetteerEntry):
                                raise TypeError(f"yielded {type(entry).__name__}, expected GazetteerEntry")
                            gazetteer.add(entry)
                    except Exception as error:
                        errors.append(PluginError(call.plugin, f"{type(error).__name__}: {error}"))
                self._gazetteer, self._gazetteer_errors = gazetteer, tuple(errors)
            return self._gazetteer

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
        normalised = normalize(text)
        gazetteer = self.gazetteer
        errors.extend(self._gazetteer_errors)
        segments = self._segments(normalised, gazetteer, errors)
        meta = self._metadata(normalised, segments, gazetteer, reference_date, errors)
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

    def _first_answer(self, hook: str, errors: list[PluginError], expected: Any, **kwargs: Any) -> Any:
        for call in self.plugin_manager.call_each(hook, **kwargs):
            if call.error is not None:
                errors.append(call.error)
            elif call.result is not None:
                if isinstance(call.result, expected):
                    return call.result
                errors.append(_wrong_type(call.plugin, call.result, expected))
        return None

    def _segments(self, text: str, gazetteer: Gazetteer, errors: list[PluginError]) -> tuple[Segment, ...]:
        answer = self._first_answer("vnfriendship_segment", errors, (list, tuple), text=text, gazetteer=gazetteer)
        if answer is not None:
            try:
                return _checked_segments(answer, len(text))
            except (TypeError, ValueError) as error:
                errors.append(PluginError("segment", f"{type(error).__name__}: {error}"))
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
        answer = self._first_answer(
            "vnfriendship_metadata", errors, ArticleMeta,
            text=text, segments=segments, gazetteer=gazetteer, reference_date=reference_date,
        )
        return answer if answer is not None else ArticleMeta()

    def _extract_facts(self, article: Article, errors: list[PluginError]) -> Extraction:
        gathered: dict[str, list[Any]] = {facet: [] for facet in FACETS}
        for call in self.plugin_manager.call_each("vnfriendship_extract", article=article):
            if call.error is not None:
                errors.append(call.error)
            elif isinstance(call.result, Facts):
                for facet in FACETS:
                    gathered[facet].extend(getattr(call.result, facet))
            elif call.result is not None:
                errors.append(_wrong_type(call.plugin, call.result, Facts))
        try:
            return Extraction(article.text, article.source, article.meta, article.segments, **gathered)
        except ValueError as error:  # a plugin produced a mention that does not quote the text
            errors.append(PluginError("extract", f"ValueError: {error}"))
            return Extraction(article.text, article.source, article.meta, article.segments)

    def _refine(self, extraction: Extraction, article: Article, errors: list[PluginError]) -> Extraction:
        for call in self.plugin_manager.call_chain("vnfriendship_refine", "extraction", extraction, article=article):
            if call.error is not None:
                errors.append(call.error)
            elif isinstance(call.result, Extraction):
                extraction = call.result
            elif call.result is not None:
                errors.append(_wrong_type(call.plugin, call.result, Extraction))
        return attrs.evolve(extraction, errors=(*extraction.errors, *errors)) if errors else extraction


def _wrong_type(plugin: str, result: object, expected: Any) -> PluginError:
    names = " or ".join(t.__name__ for t in expected) if isinstance(expected, tuple) else expected.__name__
    return PluginError(plugin, f"TypeError: returned {type(result).__name__}, expected {names} or None")


def _checked_segments(segments: Sequence[object], length: int) -> tuple[Segment, ...]:
    checked = []
    previous_end = 0
    for segment in sorted(segments, key=lambda s: getattr(s, "start", 0)):
        if not isinstance(segment, Segment):
            raise TypeError(f"a segmenter returned {type(segment).__name__}, expected Segment")
        if segment.start < previous_end or segment.end > length:
            raise ValueError(f"segments overlap or leave the text at {segment.start}..{segment.end}")
        checked.append(segment)
        previous_end = segment.end
    return tuple(checked)


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
