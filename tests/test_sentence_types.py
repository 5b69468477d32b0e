"""The sentence-type model: how likely each type is in a sentence, and the events it rules out."""

from __future__ import annotations

import math

import onrecord
from onrecord.events import sentence_types
from onrecord.events.sentence_types import VETO, likely, model, type_probability
from onrecord.records import Event

FITTED = {"types": ["ACCUSE", "CONSULT"], "bias": [-1.0, 0.0], "weights": {"accused": [3.0, -2.0], "met": [-6.0, 2.5]}}


def event(kind: str, sentence: str) -> Event:
    return Event(type=kind, evidence=sentence, start=0, end=len(sentence), mode="actual")


def test_a_type_probability_is_the_logistic_of_the_known_weights():
    assert type_probability("The minister accused them.", "ACCUSE", FITTED) == 1 / (1 + math.exp(-2.0))
    assert type_probability("Unknown words only.", "CONSULT", FITTED) == 0.5
    assert type_probability("They met and accused.", "CONSULT", FITTED) == 1 / (1 + math.exp(-0.5))


def test_a_type_the_model_was_not_fitted_for_is_never_ruled_out():
    assert type_probability("The minister met them.", "ELECTION", FITTED) == 1.0


def test_an_event_whose_type_the_sentence_rules_out_is_dropped(monkeypatch):
    monkeypatch.setattr(sentence_types, "model", lambda: FITTED)
    kept = likely([event("ACCUSE", "The envoys met in Lask."), event("CONSULT", "The envoys met in Lask."),
                   event("ACCUSE", "Ruritania accused Freedonia."), event("ELECTION", "The envoys met in Lask.")])
    assert [(e.type, e.evidence) for e in kept] == [
        ("CONSULT", "The envoys met in Lask."), ("ACCUSE", "Ruritania accused Freedonia."),
        ("ELECTION", "The envoys met in Lask.")]
    assert type_probability("The envoys met in Lask.", "ACCUSE", FITTED) < VETO


def test_the_stage_drops_what_the_model_rules_out(monkeypatch):
    text = "Russian President Vladimir Putin dismissed Anatoly Antonov on October 10."
    [kept] = onrecord.process([{"id": "k", "published": "2024-11-07", "text": text}])
    assert "DISMISS" in {e.type for e in kept.events}
    monkeypatch.setattr(sentence_types, "model", lambda: {"types": ["DISMISS"], "bias": [-9.0], "weights": {}})
    [dropped] = onrecord.process([{"id": "d", "published": "2024-11-07", "text": text}])
    assert "DISMISS" not in {e.type for e in dropped.events}


def test_the_fitted_model_covers_every_type_and_says_what_it_was_fitted_on():
    fitted = model()
    assert {"ACCUSE", "ASSAULT", "STATEMENT", "ELECTION", "APPOINT", "DISMISS"} <= set(fitted["types"])
    assert len(fitted["bias"]) == len(fitted["types"])
    assert fitted["weights"] and all(len(row) == len(fitted["types"]) for row in fitted["weights"].values())
    assert "gold articles" in fitted["trained_on"]
