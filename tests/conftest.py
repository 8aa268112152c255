"""Test-suite settings: no plugin installed on the machine may change a result."""

from __future__ import annotations

import os

os.environ["VNFRIENDSHIP_DISABLE_PLUGIN_AUTOLOAD"] = "1"
