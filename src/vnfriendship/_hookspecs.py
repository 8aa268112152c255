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
    from ._model import ArticleMeta, Extraction, Facet, Facts, Segment

__all__ = ["PROJECT", "HookSpecs", "hookimpl", "hookspec"]

PROJECT = "vnfriendship"

hookspec = pluggy.HookspecMarker(PROJECT)
#: Mark a plugin's function as the implementation of a hook: ``@hookimpl``.
hookimpl = pluggy.HookimplMarker(PROJECT)


class HookSpecs:
    """The hook specifications (never instantiated by plugins).

    ``firstresult=True`` marks the hooks where the first answer that is not
    ``None`` wins. Hook wrappers (``hookwrapper=True`` or ``wrapper=True``) are
    refused at registration: the pipeline calls each implementation on its own.
    """

    @hookspec
    def vnfriendship_facets(self) -> Iterable[Facet]:
        """Declare the plugin's own kinds of fact (:class:`~vnfriendship.Facet`).

        Called once per pipeline. Their facts are returned in ``Facts.extensions``
        and written under ``"extensions"`` in the JSON.
        """
        raise NotImplementedError

    @hookspec
    def vnfriendship_gazetteer_tables(self) -> Iterable[str]:
        """Name the gazetteer tables of the plugin's own that its entries fill.

        Called once per pipeline. An entry for a table that neither vnfriendship
        nor any plugin names is reported as a misspelling and left out.
        """
        raise NotImplementedError

    @hookspec
    def vnfriendship_gazetteer_entries(self) -> Iterable[GazetteerEntry]:
        """Contribute names to the shared gazetteer (provinces, outlets, organisations...).

        Called once when a pipeline is built. Entries from later plugins replace
        earlier ones for the same table and surface form; the built-in data comes
        first, so a plugin can correct it.
        """
        raise NotImplementedError

    @hookspec(firstresult=True)
    def vnfriendship_segment(self, text: str, gazetteer: Gazetteer) -> Sequence[Segment] | None:
        """Split a normalised page into segments (title, lede, body, related, chrome...).

        Return ``None`` for a page this segmenter does not recognise; the first
        segmenter that returns valid segments wins (an invalid answer is reported
        and the next segmenter is asked). The built-in one runs last and
        recognises every page.
        """
        raise NotImplementedError

    @hookspec(firstresult=True)
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
