"""Finding, registering and calling plugins: a typed surface over pluggy.

Order of calls, for every hook (documented in ``docs/plugins.md``):

1. implementations marked ``tryfirst``, then unmarked ones, then ``trylast``;
2. within each group, built-in plugins before third-party ones, then by plugin name.

So the order never depends on the order in which plugins happened to be registered.
Every implementation is called on its own: one that raises (``sys.exit()``
included) is reported as a :class:`~vnfriendship._model.PluginError` and the
others still run; only ``KeyboardInterrupt`` goes through. Everything an
implementation returns is checked where it enters (:func:`accepted_facts`,
:func:`checked_segments`).
"""

from __future__ import annotations

import importlib
import importlib.metadata
import math
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs
import pluggy

from . import _hookspecs as hookspecs
from ._model import FACETS, Facts, PluginError, Segment, Source
from ._serialize import FACET_CLASSES, problems
from ._version import __version__

if TYPE_CHECKING:
    from ._article import Article

__all__ = [
    "AUTOLOAD_ENV",
    "BUILTIN_PLUGINS",
    "ENTRY_POINT_GROUP",
    "PluginInfo",
    "PluginManager",
    "PluginRegistrationError",
    "accepted_facts",
    "checked_segments",
    "describe",
]

#: Entry-point group through which installed distributions offer plugins.
ENTRY_POINT_GROUP = "vnfriendship"
#: Set to ``1`` to skip entry-point discovery (the test suite does).
AUTOLOAD_ENV = "VNFRIENDSHIP_DISABLE_PLUGIN_AUTOLOAD"

#: Built-in plugins, registered exactly as third-party ones are.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "vnfriendship._reference_data",
    "vnfriendship._structure",
    "vnfriendship.extractors.aid",
    "vnfriendship.extractors.events",
    "vnfriendship.extractors.directives",
    "vnfriendship.extractors.resolve",
    "vnfriendship.extractors.unions",
    "vnfriendship.extractors.members",
    "vnfriendship.extractors.people",
)


class PluginRegistrationError(ValueError):
    """A plugin could not be registered: a bad hook signature, an unknown hook, a taken name."""


@attrs.frozen
class PluginInfo:
    """What ``vnfriendship plugins`` lists about one plugin.

    ``error`` says why an installed plugin could not be loaded (it is then not enabled).
    """

    name: str
    version: str
    facet: str
    origin: str  # "builtin", "entry point (DIST)", or "registered"
    enabled: bool
    error: str | None = None

    @property
    def state(self) -> str:
        """``enabled``, ``disabled`` or ``failed: <why>``."""
        if self.error is not None:
            return f"failed: {self.error}"
        return "enabled" if self.enabled else "disabled"


@attrs.frozen
class HookCall:
    """One implementation's answer: its plugin's name and either a result or an error."""

    plugin: str
    result: Any = None
    error: PluginError | None = None


class PluginManager:
    """Holds the plugins of a pipeline and calls their hooks in a documented order.

    ``timeout`` (seconds, or ``None``) is the time each implementation may take per
    call: one that takes longer is reported as that plugin's ``TimeoutError`` and
    its answer, when it comes, is ignored.
    """

    def __init__(self, *, timeout: float | None = None) -> None:
        if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float)
                                    or not math.isfinite(timeout) or timeout <= 0):
            raise ValueError(f"plugin_timeout must be a positive number of seconds or None, got {timeout!r}")
        self.timeout = timeout
        self._pm = pluggy.PluginManager(hookspecs.PROJECT)
        self._pm.add_hookspecs(hookspecs.HookSpecs)
        self._origins: dict[str, tuple[str, str]] = {}  # name -> (origin, version)
        self._disabled: set[str] = set()
        self._failed: dict[str, PluginInfo] = {}  # installed plugins that could not be loaded

    # ------------------------------------------------------------ registering

    def register(self, plugin: object, name: str | None = None, *, origin: str = "registered",
                 version: str | None = None) -> str:
        """Register a plugin object or module and return its name.

        The name defaults to the module's name (its last part) or the class name.
        Raises :class:`PluginRegistrationError` with the reason when pluggy refuses
        the plugin, for example when a hook implementation takes an argument its
        hook does not offer, or when a ``vnfriendship_`` function names no hook.
        """
        name = name or _default_name(plugin)
        if self._pm.has_plugin(name):
            raise PluginRegistrationError(f"a plugin named {name!r} is already registered")
        try:
            self._pm.register(plugin, name=name)
            self._pm.check_pending()
            _refuse_wrappers(self._pm, name)
        except pluggy.PluginValidationError as error:
            if self._pm.is_registered(plugin):
                self._pm.unregister(plugin)
            reason = "; ".join(line.strip() for line in str(error).splitlines())
            raise PluginRegistrationError(f"plugin {name!r} was refused: {reason}") from None
        except ValueError as error:  # pluggy: the same object registered twice
            raise PluginRegistrationError(f"plugin {name!r} was refused: {error}") from None
        self._origins[name] = (origin, version or _plugin_version(plugin))
        return name

    def register_builtins(self) -> None:
        """Register the plugins that ship with vnfriendship."""
        for module_name in BUILTIN_PLUGINS:
            module = importlib.import_module(module_name)
            self.register(module, module_name.rsplit(".", 1)[-1].lstrip("_"), origin="builtin", version=__version__)

    def load_entry_points(self) -> list[str]:
        """Register the plugins installed under the ``vnfriendship`` entry-point group.

        Does nothing when ``VNFRIENDSHIP_DISABLE_PLUGIN_AUTOLOAD=1``. A plugin that
        fails to import or is refused is not registered: :meth:`plugins` lists it as
        failed and :meth:`failures` reports it to every extraction.
        """
        if os.environ.get(AUTOLOAD_ENV, "").strip() not in ("", "0"):
            return []
        loaded = []
        for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            dist = entry_point.dist
            dist_name = dist.metadata["Name"] if dist is not None else "unknown distribution"
            origin, version = f"entry point ({dist_name})", dist.version if dist is not None else "unknown"
            try:
                plugin = entry_point.load()
                self.register(plugin, entry_point.name, origin=origin, version=version)
            except (Exception, SystemExit) as error:  # a broken third-party plugin must not break the library
                self._failed[entry_point.name] = PluginInfo(
                    entry_point.name, version, "-", origin, enabled=False, error=describe(error)
                )
                continue
            loaded.append(entry_point.name)
        return loaded

    def failures(self) -> list[PluginError]:
        """The installed plugins that could not be loaded, as errors to report."""
        return [PluginError(name, f"not loaded: {info.error}") for name, info in sorted(self._failed.items())]

    def unregister(self, name: str) -> None:
        """Remove a plugin by name."""
        if not self._pm.has_plugin(name):
            raise KeyError(f"no plugin named {name!r}")
        self._pm.unregister(name=name)
        self._origins.pop(name, None)
        self._disabled.discard(name)

    # ------------------------------------------------------------ enabling

    def disable(self, name: str) -> None:
        """Keep a plugin registered but do not call it; ``KeyError`` for an unknown name."""
        if not self._pm.has_plugin(name):
            raise KeyError(f"no plugin named {name!r}; known: {', '.join(self.names())}")
        self._disabled.add(name)

    def enable(self, name: str) -> None:
        """Call a disabled plugin again."""
        if not self._pm.has_plugin(name):
            raise KeyError(f"no plugin named {name!r}; known: {', '.join(self.names())}")
        self._disabled.discard(name)

    def is_builtin(self, name: str) -> bool:
        """Whether the plugin ``name`` ships with vnfriendship."""
        return self._origins.get(name, ("",))[0] == "builtin"

    def names(self) -> list[str]:
        return sorted(self._origins)

    def plugins(self) -> list[PluginInfo]:
        """Every registered plugin, in calling order, then the installed ones that failed to load."""
        registered = [
            PluginInfo(name, self._origins[name][1], _facet(self._pm.get_plugin(name)), self._origins[name][0],
                       name not in self._disabled)
            for name in sorted(self._origins, key=self._rank_name)
        ]
        return registered + [self._failed[name] for name in sorted(self._failed)]

    # ------------------------------------------------------------ calling

    def call_each(self, hook: str, **kwargs: Any) -> Iterator[HookCall]:
        """Call every enabled implementation of ``hook`` in order, isolating failures."""
        return self._calls(hook, kwargs)

    def call_chain(self, hook: str, key: str, value: object, **kwargs: Any) -> Iterator[HookCall]:
        """Like :meth:`call_each`, but each implementation receives as ``key`` the
        previous implementation's result (when it is of the same type as ``value``)."""
        kwargs[key] = value
        for call in self._calls(hook, kwargs):
            if isinstance(call.result, type(value)):
                kwargs[key] = call.result
            yield call

    def _calls(self, hook: str, kwargs: dict[str, Any]) -> Iterator[HookCall]:
        caller = getattr(self._pm.hook, hook)
        impls = [impl for impl in caller.get_hookimpls() if impl.plugin_name not in self._disabled]
        impls.sort(key=lambda impl: (0 if impl.tryfirst else 2 if impl.trylast else 1,
                                     *self._rank_name(impl.plugin_name)))
        for impl in impls:
            args = [kwargs[arg] for arg in impl.argnames]
            if self.timeout is None:
                yield _call(impl.plugin_name, impl.function, args)
            else:
                yield _call_within(self.timeout, impl.plugin_name, impl.function, args)

    def _rank_name(self, name: str) -> tuple[int, str]:
        return (0 if self.is_builtin(name) else 1, name)


def _call(plugin: str, function: Callable[..., Any], args: Sequence[Any]) -> HookCall:
    """One implementation's answer; whatever it raises but a Ctrl-C becomes its error."""
    try:
        return HookCall(plugin, result=function(*args))
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # sys.exit() in a plugin ends only that plugin's call
        return HookCall(plugin, error=PluginError(plugin, describe(error)))


def _call_within(timeout: float, plugin: str, function: Callable[..., Any], args: Sequence[Any]) -> HookCall:
    """:func:`_call` in a daemon thread, waiting at most ``timeout`` seconds for it."""
    answer: list[HookCall] = []
    escaped: list[BaseException] = []

    def run() -> None:
        try:
            answer.append(_call(plugin, function, args))
        except BaseException as error:  # a KeyboardInterrupt raised by the plugin itself: passed on
            escaped.append(error)

    # A thread cannot be stopped: one that runs over goes on in the background, its answer ignored.
    worker = threading.Thread(target=run, name=f"vnfriendship plugin {plugin}", daemon=True)
    worker.start()
    worker.join(timeout)
    if escaped:
        raise escaped[0]
    if answer:
        return answer[0]
    return HookCall(plugin, error=PluginError(plugin, f"TimeoutError: no answer within {timeout:g} s (plugin_timeout)"))


def describe(error: BaseException) -> str:
    """``"TypeName: message"``, even for an exception whose ``str()`` raises."""
    try:
        message = str(error)
    except Exception as inner:
        message = f"<str() of the exception raised {type(inner).__name__}>"
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def _refuse_wrappers(pm: pluggy.PluginManager, name: str) -> None:
    """Hook wrappers cannot work here: each implementation is called on its own, not through pluggy."""
    plugin = pm.get_plugin(name)
    for caller in pm.get_hookcallers(plugin) or ():
        for impl in caller.get_hookimpls():
            if impl.plugin is plugin and (impl.hookwrapper or impl.wrapper):
                pm.unregister(plugin)
                raise PluginRegistrationError(
                    f"plugin {name!r} was refused: {caller.name} is a hook wrapper (hookwrapper=True or "
                    "wrapper=True); vnfriendship calls each implementation on its own, so wrappers are not "
                    "supported: implement the hook itself, with tryfirst or trylast to choose its place"
                )


def _default_name(plugin: object) -> str:
    if isinstance(plugin, ModuleType):
        return plugin.__name__.rsplit(".", 1)[-1]
    return type(plugin).__name__ if not isinstance(plugin, type) else plugin.__name__


def _plugin_version(plugin: object) -> str:
    return str(getattr(plugin, "__version__", "unknown"))


def _facet(plugin: Any) -> str:
    """A plugin's declared ``FACET``, or else the hooks it implements."""
    declared = getattr(plugin, "FACET", None)
    if isinstance(declared, str):
        return declared
    hooks = sorted(
        name.removeprefix("vnfriendship_") for name in dir(plugin) if name.startswith("vnfriendship_")
    )
    return ", ".join(hooks) or "-"


# ------------------------------------------------------------------ checking what plugins return


def checked_segments(plugin: str, answer: object, length: int) -> tuple[tuple[Segment, ...] | None, PluginError | None]:
    """A segmenter's answer as segments in order, or the error that makes it unusable.

    Segments must be :class:`Segment` objects, non-empty, inside the text and not
    overlapping; an empty list is no segmentation either.
    """
    try:
        if not isinstance(answer, list | tuple):
            raise TypeError(f"returned {type(answer).__name__}, expected a list of Segment or None")
        if not answer:
            raise ValueError("returned no segments (return None for a page it does not recognise)")
        for segment in answer:
            if not isinstance(segment, Segment):
                raise TypeError(f"returned a {type(segment).__name__} among its segments, expected Segment")
        previous_end = 0
        ordered = tuple(sorted(answer, key=lambda segment: (segment.start, segment.end)))
        for segment in ordered:
            if segment.start == segment.end:
                raise ValueError(f"returned an empty segment at {segment.start}")
            if segment.end > length:
                raise ValueError(f"segment {segment.start}..{segment.end} leaves the text (length {length})")
            if segment.start < previous_end:
                raise ValueError(f"segments overlap at {segment.start}..{segment.end}")
            previous_end = segment.end
    except (TypeError, ValueError) as error:
        return None, PluginError(plugin, f"{describe(error)}; the next segmenter was asked")
    return ordered, None


def accepted_facts(
    plugin: str, facts: Facts, article: Article, facets: Mapping[str, type], *, passed_on: bool = False
) -> tuple[dict[str, list[Any]], list[PluginError]]:
    """The facts of one plugin's answer that may enter an extraction, by facet, and the errors.

    A fact is left out, and reported naming the plugin, when a value does not fit its
    field's type, when a mention does not quote the text or names the wrong kind of
    segment, or when its facet was never declared; a mention in a segment out of the
    article's scope (a teaser when ``include_related`` is off) is left out, with its
    fact if it had no other. Each fact kept records ``plugin`` in its sources; with
    ``passed_on`` (a refiner's answer, which holds other plugins' facts) only the
    facts without sources take ``plugin``'s name.
    """
    kept: dict[str, list[Any]] = {}
    errors: list[PluginError] = []
    groups: list[tuple[str, type | None, Any]] = [
        (facet, FACET_CLASSES[facet], getattr(facts, facet)) for facet in FACETS
    ]
    groups += [(facet, facets.get(facet), items) for facet, items in facts.extensions.items()]
    for facet, cls, items in groups:
        if not items:
            continue
        if cls is None:
            errors.append(PluginError(plugin, f"extensions[{facet!r}] left out: no plugin declared that facet "
                                              "(declare it with vnfriendship_facets)"))
            continue
        for index, fact in enumerate(items):
            fact, problem = _accepted_fact(plugin, fact, cls, article, passed_on)
            if problem is not None:
                errors.append(PluginError(plugin, f"{facet}[{index}] {problem}"))
            if fact is not None:
                kept.setdefault(facet, []).append(fact)
    return kept, errors


def _accepted_fact(plugin: str, fact: Any, cls: type, article: Article, passed_on: bool) -> tuple[Any, str | None]:
    problem = problems(fact, cls)
    if problem is not None:
        return None, f"left out: {problem}"
    in_scope = []
    for mention in fact.mentions:
        problem = _mention_problem(mention, article)
        if problem is not None:
            return None, f"left out: {problem}"
        if mention.segment in article.scope:
            in_scope.append(mention)
    note: str | None = None
    if len(in_scope) < len(fact.mentions):
        outside = next(m for m in fact.mentions if m.segment not in article.scope)
        where = (f"mention {_quoted(outside.text)} at {outside.start}..{outside.end} lies in a "
                 f"{outside.segment} segment, out of the article's scope (include_related is off)")
        if not in_scope:
            return None, f"left out: its {where}"
        note = f"kept without its {where}"
    if passed_on and fact.sources:
        sources = fact.sources
    else:  # a plugin names its rules; the pipeline names the plugin, as it is registered
        sources = tuple(Source(plugin, source.rule) for source in fact.sources) or (Source(plugin),)
    return attrs.evolve(fact, mentions=in_scope, sources=sources), note


def _mention_problem(mention: Any, article: Article) -> str | None:
    if mention.start == mention.end:
        problem = "is empty"
    elif mention.end > len(article.text) or not mention.quotes(article.text):
        problem = "does not quote the text"
    else:
        actual = article.segment_at(mention.start)
        if mention.segment == actual:
            return None  # the usual case: no message to write
        problem = f"says it lies in a {mention.segment} segment but lies in a {actual} segment"
    return f"mention {_quoted(mention.text)} at {mention.start}..{mention.end} {problem}"


def _quoted(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def register_all(manager: PluginManager, plugins: Iterable[object]) -> None:
    """Register several plugin objects with their default names."""
    for plugin in plugins:
        manager.register(plugin)
