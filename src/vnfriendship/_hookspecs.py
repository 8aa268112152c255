"""The hooks a vnfriendship plugin can implement.

A plugin is any object or module with functions named like these and marked
with :data:`hookimpl`. Implementations may take any subset of a hook's
arguments. How and in which order the pipeline calls them is documented in
:mod:`vnfriendship._plugins` and ``docs/plugins.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from ._article import Article
    from ._gazetteer import Gazetteer, GazetteerEntry
    from ._model import ArticleMeta, Extraction, Facts, Segment

__all__ = ["PROJECT", "HookSpecs", "hookimpl", "hookspec"]

PROJECT = "vnfriendship"

hookspec = pluggy.HookspecMarker(PROJECT)
#: Mark a plugin's function as the implementation of a hook: ``@hookimpl``.
hookimpl = pluggy.HookimplMarker(PROJECT)


class HookSpecs:
    """The hook specifications (never instantiated by plugins)."""

    @hookspec
    def vnfriendship_gazetteer_entries(self) -> Iterable[GazetteerEntry]:
        """Contribute names to the shared gazetteer (provinces, outlets, organisations...).

        Called once when a pipeline is built. Entries from later plugins replace
        earlier ones for the same table and surface form; the built-in data comes
        first, so a plugin can correct it.
        """
        raise NotImplementedError

    @hookspec
    def vnfriendship_segment(self, text: str, gazetteer: Gazetteer) -> Sequence[Segment] | None:
        """Split a normalised page into segments (title, lede, body, related, chrome...).

        Return ``None`` for a page this segmenter does not recognise; the first
        segmenter that returns segments wins. The built-in one runs last and
        recognises every page.
        """
        raise NotImplementedError

    @hookspec
    def vnfriendship_metadata(
        self,
        text: str,
        segments: Sequence[Segment],
        gazetteer: Gazetteer,
        reference_date: dt.date | None,
    ) -> ArticleMeta | None:
        """Read the headline, publication time, outlet and authors; the first non-``None`` answer wins."""
        raise NotImplementedError

    @hookspec
    def vnfriendship_extract(self, article: Article) -> Facts | None:
        """Return the facts of this plugin's facet found in the article's scope."""
        raise NotImplementedError

    @hookspec
    def vnfriendship_refine(self, extraction: Extraction, article: Article) -> Extraction | None:
        """Improve the whole extraction after every extractor ran.

        Merge duplicates, link participants to events, resolve short forms...
        Return a new extraction, or ``None`` to leave it as it is. Refiners run
        one after another, each seeing the previous one's result.
        """
        raise NotImplementedError
