"""Shared fixtures: the project paths, one spaCy pipeline per test session, the rules alone, a
candidate model's candidates."""

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


@pytest.fixture
def rules_only(monkeypatch):
    """The event stage with the rules' reading alone, for the tables that check it. What the fitted
    models drop and add moves with every refit (a sentence near a threshold drops in or out), so it
    is off there: tests/test_sentence_types.py and tests/test_event_confidence.py check it, and
    `onrecord eval events` measures it on the gold."""
    from onrecord.events import confidence, sentence_types

    monkeypatch.setattr(sentence_types, "VETO", 0.0)
    monkeypatch.setattr(sentence_types, "ADD", float("inf"))
    monkeypatch.setattr(sentence_types, "READ", float("inf"))
    monkeypatch.setattr(confidence, "FLOOR", 0.0)


@pytest.fixture
def candidates_of(monkeypatch):
    """Run one article with a candidate model's stage step (``with_places``, ``with_dates``) recording
    instead of choosing: each event's candidates by type, as ``features`` gives them to the model."""
    import onrecord
    from onrecord.events import stage

    def run(step: str, features, text: str, published: str) -> dict[str, dict[str, list[str]]]:
        seen: dict[str, dict[str, list[str]]] = {}

        def recording(work, events):
            seen.update((event.type, features(work, event)) for event in events)
            return events

        monkeypatch.setattr(stage, step, recording)
        onrecord.process([{"id": "t", "published": published, "text": text}])
        return seen

    return run
