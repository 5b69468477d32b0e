"""The event confidence: its features, its probability and the fitted model it reads."""

from __future__ import annotations

import math

import onrecord
from onrecord.events import confidence
from onrecord.events.confidence import confident, features, likelihood_band, model, probability, with_confidence
from onrecord.records import Event


def test_features_describe_the_event_and_its_sentence():
    event = Event(type="ASSAULT", evidence="Rebels shelled the town on Monday, officials said.", start=0, end=50, mode="actual",
                  source_actor="rebels", trigger="Shelled", date="2025-01-06")
    names = features(event, sharing_sentence=6, text_length=1000, type_probability=0.9)
    assert {"type=ASSAULT", "tm=ASSAULT|actual", "srca=True", "src=False", "date=True", "place=False", "same=4",
            "first=True", "quote=False", "off=0", "trig=shelled", "tt2=ASSAULT|shelled", "stype=0"} <= set(names)
    later = Event(type="ASSAULT", evidence="“We will fight,” he said.", start=900, end=925, mode="verbal")
    assert {"first=False", "off=3", "quote=True", "trig=", "stype=3"} <= set(features(later, 1, 1000, 0.02))


def test_the_sentence_type_probability_is_read_in_bands_of_half_a_power_of_ten():
    assert [likelihood_band(p) for p in (1.0, 0.5, 0.2, 0.05, 0.02, 0.001, 0.0)] == [0, 0, 1, 2, 3, 6, 6]


def test_probability_is_the_logistic_of_the_known_weights():
    assert probability(["a", "b", "unseen"], {"a": 1.0, "b": -0.5}, 0.25) == 1 / (1 + math.exp(-0.75))


def test_the_fitted_model_reads_the_features_the_stage_writes():
    fitted = model()
    prefixes = {name.split("=")[0] for name in features(Event(type="AGREE", evidence="x", start=0, end=1), 1, 10, 0.5)}
    assert fitted["weights"] and all(name.split("=")[0] in prefixes for name in fitted["weights"])
    assert "blind-day" in fitted["trained_on"]


def test_every_coded_event_gets_a_confidence():
    [article] = onrecord.process([{"id": "c", "published": "2024-11-07", "text":
                                   "Russian President Vladimir Putin dismissed Anatoly Antonov on October 10. "
                                   "Analysts said the move could signal a shift."}])
    assert article.events and all(0 < e.confidence < 1 for e in article.events)


def test_events_sharing_a_sentence_are_scored_as_such(monkeypatch):
    monkeypatch.setattr(confidence, "model", lambda: {"bias": 0.0, "weights": {"same=2": 1.0}})
    def accusation() -> Event:
        return Event(type="ACCUSE", evidence="s", start=0, end=1, mode="verbal", trigger="accused")
    assert [e.confidence for e in with_confidence([accusation()], "s" * 400)] == [0.5]
    assert [e.confidence for e in with_confidence([accusation(), accusation()], "s" * 400)] == [0.73, 0.73]


def test_events_under_the_floor_are_dropped_and_unscored_ones_kept():
    def scored(value: float | None) -> Event:
        return Event(type="ACCUSE", evidence="s", start=0, end=1, confidence=value)
    kept = confident([scored(0.05), scored(confidence.FLOOR), scored(0.9), scored(None)])
    assert [e.confidence for e in kept] == [confidence.FLOOR, 0.9, None]


def test_the_stage_drops_the_events_the_confidence_finds_unlikely(monkeypatch):
    text = "Russian President Vladimir Putin dismissed Anatoly Antonov on October 10."
    monkeypatch.setattr(confidence, "model", lambda: {"bias": -2.0, "weights": {"type=DISMISS": -3.0}})
    [article] = onrecord.process([{"id": "f", "published": "2024-11-07", "text": text}])
    assert "DISMISS" not in {e.type for e in article.events}
    monkeypatch.setattr(confidence, "model", lambda: {"bias": -2.0, "weights": {"type=DISMISS": 3.0}})
    [article] = onrecord.process([{"id": "k", "published": "2024-11-07", "text": text}])
    assert "DISMISS" in {e.type for e in article.events}
