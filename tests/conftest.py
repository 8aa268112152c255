"""Test-suite settings: no plugin installed on the machine may change a result."""

from __future__ import annotations

import os

import pytest

from vnfriendship import Pipeline

os.environ["VNFRIENDSHIP_DISABLE_PLUGIN_AUTOLOAD"] = "1"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The built-in pipeline, built once: its gazetteer is the slow part, and nothing a test does changes it."""
    return Pipeline(load_entry_points=False)
