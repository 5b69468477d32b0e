"""Fit the place model (src/onrecord/events/places.py) and measure it.

``collect`` runs today's pipeline on every event gold set with the model switched off and keeps,
for each event it codes, the rules' place, the gold event's (when the event matches one) and
every candidate place with its features (bench/data/place_candidates.jsonl, not in git: three to
five minutes on two cores remake it). ``train`` fits the model on the matched events, scores the sets
left out (one at a time, or in ``--folds N``) as the scorer does (place accuracy over the
matched events where the gold or the coder gives a place) and as place F1 over every coded
event, for the rules alone and the model at several least probabilities, then writes the model
fitted on every set kept.

    .venv/bin/python bench/places.py collect
    .venv/bin/python bench/places.py train --through bn --folds 5
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import candidate_rows
from onrecord.events.confidence import likeliest
from onrecord.events.places import candidate_features
from onrecord.gazetteer import fold
from onrecord.pipeline import Work
from onrecord.records import Event
from word_models import train_command

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "bench" / "data" / "place_candidates.jsonl"
MODEL = ROOT / "src" / "onrecord" / "data" / "places.json"
LEAST = 0.3  # five folds of a–ax: place accuracy 0.602 against 0.599 at 0.4 and the rules' 0.571 (the table)
LEASTS = (0.3, 0.4, 0.5, 0.6)
L2 = 3.0  # five folds of a–ax at 0.3 (before the guide's exclusions): 0.603 against 0.598 at 1 (30, on an earlier collection: 0.595 against 0.604 at 3)


def record(work: Work, events: list[Event]) -> dict[str | None, dict[str, list[str]]]:
    """Each event's candidate places, as ``with_places`` would score them."""
    return {event.id: candidate_features(work, event) for event in events}



def collect() -> None:
    candidate_rows.collect(ROWS, "with_places", record, "location")


training_rows = partial(candidate_rows.training_rows, ROWS, script="places.py")


def fit(rows: list[dict]) -> dict:
    """The logistic model over every candidate of the matched events, each labelled by whether it
    is the gold event's place."""
    return candidate_rows.fit_candidates([row for row in rows if row["matched"]],
                                         lambda name, row: same_place(name, row["gold"] or ""), L2, LEAST)


def same_place(name: str, gold: str) -> bool:
    return fold(name) == fold(gold)


def one_set_out(sets: dict[str, list[dict]], folds: int) -> None:
    """Place accuracy on the matched events and place F1 over the coded events of the sets left
    out: the rules' own, then with the model fitted without them at each least probability."""
    candidate_rows.scored_out(sets, folds, fit, lambda row, fitted, least: likeliest(row["candidates"], fitted, least),
                              same_place, "location", LEASTS)


def main() -> None:
    train_command(__doc__, training_rows, one_set_out, fit, "the coded events of the gold sets", MODEL, collect)


if __name__ == "__main__":
    main()
