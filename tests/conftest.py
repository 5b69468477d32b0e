"""Shared fixtures: the project paths and one spaCy pipeline per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present beside the repository")
    return SEEDS


@pytest.fixture(scope="session")
def pipeline():
    from onrecord.pipeline import Pipeline

    return Pipeline()
