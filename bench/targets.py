"""Fit the target-country model (src/onrecord/events/targets.py) and measure it.

``collect`` runs today's pipeline on every event gold set with the model switched off and keeps,
for each event it codes, the rules' target country, the gold event's (when the event matches
one) and every candidate country with its features (bench/data/target_candidates.jsonl, not in
git: three minutes on two cores remake it). ``train`` fits the model on the matched events the
rules gave no target country, scores the sets left out (one at a time, or in ``--folds N``) as
the stage runs, target-country F1 over every coded event, for several least probabilities, then
writes the model fitted on every set kept.

    .venv/bin/python bench/targets.py collect
    .venv/bin/python bench/targets.py train --through bn --folds 5   # rebuilds the shipped model byte for byte
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import candidate_rows
from onrecord.actors import home_country
from onrecord.events.confidence import likeliest
from onrecord.events.targets import candidate_features, left_open
from onrecord.pipeline import Work
from onrecord.records import Event
from word_models import train_command

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "bench" / "data" / "target_candidates.jsonl"
MODEL = ROOT / "src" / "onrecord" / "data" / "targets.json"
LEAST = 0.5  # take a candidate the model finds likelier right than wrong: with five folds of a–ax, F1 0.683 against 0.685 at 0.4 (the table)
LEASTS = (0.3, 0.4, 0.5, 0.6)
L2 = 30.0  # a few hundred fills decide each rare feature: a stronger prior than the confidence model's


def record(work: Work, events: list[Event]) -> dict[str | None, dict[str, list[str]]]:
    """Each event's candidate target countries, as ``with_targets`` would score them."""
    assert work.doc is not None
    home = home_country(work.doc)
    return {event.id: candidate_features(work, event, home) for event in events}



def collect() -> None:
    candidate_rows.collect(ROWS, "with_targets", record, "target_country")


training_rows = partial(candidate_rows.training_rows, ROWS, script="targets.py")


def fit(rows: list[dict]) -> dict:
    """The logistic model over every candidate of the matched events whose target country is left
    open to it, each labelled by whether it is the gold event's."""
    return candidate_rows.fit_candidates([row for row in rows if row["matched"] and left_open(row["type"], row["rules"])],
                                         lambda country, row: country == row["gold"], L2, LEAST)


def chosen(row: dict, fitted: dict, least: float) -> str | None:
    """The event's target country as the stage gives it with the model ``fitted`` and ``least``."""
    if not left_open(row["type"], row["rules"]):
        return row["rules"]
    return likeliest(row["candidates"], fitted, least)


def one_set_out(sets: dict[str, list[dict]], folds: int) -> None:
    """Target-country F1 over the coded events of the sets left out (and its accuracy on the matched
    ones): the rules' own, then with the model fitted without them at each least probability."""
    candidate_rows.scored_out(sets, folds, fit, chosen, str.__eq__, "target_country", LEASTS)


def main() -> None:
    train_command(__doc__, training_rows, one_set_out, fit, "the coded events of the gold sets", MODEL, collect)


if __name__ == "__main__":
    main()
