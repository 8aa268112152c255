"""Hypothesis strategies shared by the test suite, gathered in one place."""

from __future__ import annotations
