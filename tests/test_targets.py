"""The target-country model: the country of the side an act was aimed at, where the rules named none."""

from __future__ import annotations

import math

import onrecord
from onrecord.events import stage, targets
from onrecord.events.confidence import likeliest
from onrecord.events.targets import model

ACCUSED = ("LIMA, June 2 (Andes Wire) - Peru's Congress voted on Tuesday to remove the head of the electoral "
           "board. Lawmakers accused him of negligence.")


def events_of(text: str) -> list[onrecord.Event]:
    [article] = onrecord.process([{"id": "t", "published": "2025-06-03", "text": text}])
    return article.events


def test_the_likeliest_candidate_is_taken_only_when_likely_enough():
    fitted = {"least": 0.5, "bias": 0.0, "weights": {"home": 2.0, "named": 1.0}}
    assert likeliest({"PER": ["home"], "CHL": ["named"]}, fitted) == "PER"
    assert likeliest({"CHL": ["named"], "BOL": ["unknown"]}, fitted) == "CHL"
    assert 1 / (1 + math.exp(-2.0)) < 0.9
    assert likeliest({"PER": ["home"]}, {**fitted, "least": 0.9}) is None
    assert likeliest({"PER": ["home"]}, fitted, least=0.9) is None
    assert likeliest({}, fitted) is None


def test_an_accusation_of_an_unnamed_official_is_aimed_at_the_story_s_own_country():
    accused = next(e for e in events_of(ACCUSED) if e.type == "ACCUSE")
    assert accused.target_actor is None  # the rules do not resolve "him" …
    assert accused.target_country == "PER"  # … the model gives the country the act was aimed at


def test_the_candidates_are_the_countries_of_the_sentence_the_source_and_home(monkeypatch):
    seen: list[set[str]] = []

    def recording(work, events):
        home = targets.home_country(work.doc)
        seen.extend(set(targets.candidate_features(work, e, home)) for e in events if e.type == "ACCUSE")
        return events

    monkeypatch.setattr(stage, "with_targets", recording)
    events_of("BRASILIA, May 4 (Wire) - Brazil's foreign minister accused Venezuela and Guyana of stoking tension.")
    assert seen and all({"BRA", "VEN", "GUY"} <= candidates for candidates in seen)


def test_a_target_the_rules_gave_is_kept_and_an_unlikely_one_is_not_added(monkeypatch):
    monkeypatch.setattr(targets, "model", lambda: {"least": 1.0, "bias": -5.0, "weights": {}})
    events = events_of(ACCUSED)
    assert next(e for e in events if e.type == "DISMISS").target_country == "PER"
    assert next(e for e in events if e.type == "ACCUSE").target_country is None


def test_the_fitted_model_says_what_it_was_fitted_on():
    fitted = model()
    assert fitted["trained_on"].startswith("the coded events of the gold sets")
    assert 0 < fitted["least"] < 1 and len(fitted["weights"]) > 500
