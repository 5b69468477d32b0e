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
    .venv/bin/python bench/places.py train --hold-out ay --folds 5
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import numpy as np

import candidate_rows
from event_confidence import f1, fit as fit_logistic
from onrecord.evaluate import load_gold
from onrecord.evaluate.events import gold_event
from onrecord.events.confidence import likeliest
from onrecord.events.places import candidate_features
from onrecord.gazetteer import fold
from onrecord.pipeline import Work
from onrecord.records import Event
from word_models import GOLD, in_written_order, left_out_together, train_command

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
    matched = [row for row in rows if row["matched"]]
    names = [features for row in matched for features in row["candidates"].values()]
    right = [fold(name) == fold(row["gold"] or "") for row in matched for name in row["candidates"]]
    weights, bias = fit_logistic(names, np.array(right, dtype=float), l2=L2)
    return {"least": LEAST, "bias": bias, "weights": weights}


def gold_places(name: str) -> int:
    """How many of a gold set's events have a place: the recall's denominator."""
    return sum(bool(gold_event(g).get("location")) for r in load_gold(GOLD / f"events_{name}.jsonl")
               for g in r.get("events", []))


def one_set_out(sets: dict[str, list[dict]], folds: int) -> None:
    """Place accuracy on the matched events and place F1 over the coded events of the sets left
    out: the rules' own, then with the model fitted without them at each least probability."""
    names = in_written_order(sets)
    gold = sum(gold_places(name) for name in names)
    tallies = {least: [0, 0, 0, 0] for least in (None, *LEASTS)}  # right, given, matched pairs, right on them
    for left_out in left_out_together(names, folds):
        fitted = fit([row for name in names if name not in left_out for row in sets[name]])
        for row in (row for name in left_out for row in sets[name]):
            for least, tally in tallies.items():
                place = row["rules"] if least is None else likeliest(row["candidates"], fitted, least)
                right = bool(place) and row["matched"] and fold(place) == fold(row["gold"] or "")
                tally[0] += right
                tally[1] += bool(place)
                if row["matched"] and (place or row["gold"]):
                    tally[2] += 1
                    tally[3] += fold(place or "") == fold(row["gold"] or "")
        print(f"sets {', '.join(in_written_order(left_out))} left out", flush=True)
    print(f"place over the coded events of {len(names)} sets ({gold} gold events with one)")
    for least, (right, given, pairs, right_on_pairs) in tallies.items():
        precision, recall, score = f1(right, given, gold)
        label = "the rules alone" if least is None else f"model, least {least}"
        print(f"  {label:<20} accuracy {right_on_pairs / pairs:.3f} of {pairs}  P {precision:.3f}  R {recall:.3f}  F1 {score:.4f}")


def main() -> None:
    train_command(__doc__, training_rows, one_set_out, fit, "the coded events of the gold sets", MODEL, collect)


if __name__ == "__main__":
    main()
