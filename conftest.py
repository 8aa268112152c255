"""Collection over ``src/`` (doctests): a module of an optional extra is read only where the extra is installed."""

from __future__ import annotations

import importlib.util

# The module that needs it, by the extra's import name (tests/test_dask.py says how to install it).
_OPTIONAL = {"dask": "src/vnfriendship/dask.py"}

collect_ignore = [path for module, path in _OPTIONAL.items() if importlib.util.find_spec(module) is None]
