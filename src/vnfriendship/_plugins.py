"""Finding, registering and calling plugins: a typed surface over pluggy.

Order of calls, for every hook (documented in ``docs/plugins.md``):

1. implementations marked ``tryfirst``, then unmarked ones, then ``trylast``;
2. within each group, built-in plugins before third-party ones, then by plugin name.

So the order never depends on the order in which plugins happened to be registered.
Every implementation is called on its own: one that raises is reported as a
:class:`~vnfriendship._model.PluginError` and the others still run.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import warnings
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Any

import attrs
import pluggy

from . import _hookspecs as hookspecs
from ._model import PluginError
from ._version import __version__

__all__ = [
    "AUTOLOAD_ENV",
    "BUILTIN_PLUGINS",
    "ENTRY_POINT_GROUP",
    "PluginInfo",
    "PluginManager",
    "PluginRegistrationError",
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
    """What ``vnfriendship plugins`` lists about one plugin."""

    name: str
    version: str
    facet: str
    origin: str  # "builtin", "entry point (DIST)", or "registered"
    enabled: bool


@attrs.frozen
class HookCall:
    """One implementation's answer: its plugin's name and either a result or an error."""

    plugin: str
    result: Any = None
    error: PluginError | None = None


class PluginManager:
    """Holds the plugins of a pipeline and calls their hooks in a documented order."""

    def __init__(self) -> None:
        self._pm = pluggy.PluginManager(hookspecs.PROJECT)
        self._pm.add_hookspecs(hookspecs.HookSpecs)
        self._origins: dict[str, tuple[str, str]] = {}  # name -> (origin, version)
        self._disabled: set[str] = set()

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
        fails to import or is refused becomes a warning and is skipped.
        """
        if os.environ.get(AUTOLOAD_ENV, "").strip() not in ("", "0"):
            return []
        loaded = []
        for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            dist = entry_point.dist
            dist_name = dist.metadata["Name"] if dist is not None else "unknown distribution"
            try:
                plugin = entry_point.load()
                self.register(plugin, entry_point.name, origin=f"entry point ({dist_name})",
                              version=dist.version if dist is not None else "unknown")
            except Exception as error:  # a broken third-party plugin must not break the library
                warnings.warn(
                    f"vnfriendship plugin {entry_point.name!r} from {dist_name} was skipped: "
                    f"{type(error).__name__}: {error}",
                    RuntimeWarning,
                    stacklevel=2,
                )
                continue
            loaded.append(entry_point.name)
        return loaded

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

    def names(self) -> list[str]:
        return sorted(self._origins)

    def plugins(self) -> list[PluginInfo]:
        """Every registered plugin, in calling order."""
        return [
            PluginInfo(name, self._origins[name][1], _facet(self._pm.get_plugin(name)), self._origins[name][0],
                       name not in self._disabled)
            for name in sorted(self._origins, key=self._rank_name)
        ]

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
            try:
                result = impl.function(*(kwargs[arg] for arg in impl.argnames))
            except Exception as error:  # reported in the result, never raised
                yield HookCall(impl.plugin_name, error=PluginError(impl.plugin_name, _describe(error)))
            else:
                yield HookCall(impl.plugin_name, result=result)

    def _rank_name(self, name: str) -> tuple[int, str]:
        return (0 if self._origins.get(name, ("",))[0] == "builtin" else 1, name)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


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


def register_all(manager: PluginManager, plugins: Iterable[object]) -> None:
    """Register several plugin objects with their default names."""
    for plugin in plugins:
        manager.register(plugin)
