"""Fit the date model (src/onrecord/events/event_dates.py) and measure it.

``collect`` runs today's pipeline on every event gold set with the model switched off and keeps,
for each event it codes, the rules' date, the gold event's (when the event matches one) and every
candidate date with its features (bench/data/date_candidates.jsonl, not in git: three to five
minutes on two cores remake it). ``train`` fits the model on the matched events, scores the sets
left out (one at a time, or in ``--folds N``) as the scorer does (date accuracy over the matched
events where the gold or the coder gives a date) and as date F1 over every coded event, for the
rules alone and the model at several least probabilities, then writes the model fitted on every
set kept.

    .venv/bin/python bench/event_dates.py collect
    .venv/bin/python bench/event_dates.py train --through bc --folds 5
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import candidate_rows
from onrecord.events.event_dates import candidate_features, chosen
from onrecord.pipeline import Work
from onrecord.records import Event
from word_models import train_command

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "bench" / "data" / "date_candidates.jsonl"
MODEL = ROOT / "src" / "onrecord" / "data" / "event_dates.json"
LEAST = 0.5  # five folds of a–az: date accuracy 0.777 against 0.782 at 0.4 and the rules' 0.764, F1 0.762 against 0.763 (the table)
LEASTS = (0.3, 0.4, 0.5, 0.6)
L2 = 3.0  # five folds of a–ay (before the guide's exclusions): accuracy 0.783 at 0.5 against 0.777 at 1 and 0.781 at 10


def record(work: Work, events: list[Event]) -> dict[str | None, dict[str, list[str]]]:
    """Each event's candidate dates, as ``with_dates`` would score them."""
    return {event.id: candidate_features(work, event) for event in events}


def collect() -> None:
    candidate_rows.collect(ROWS, "with_dates", record, "date")


training_rows = partial(candidate_rows.training_rows, ROWS, script="event_dates.py")


def fit(rows: list[dict]) -> dict:
    """The logistic model over every candidate of the matched events, each labelled by whether it
    is the gold event's date."""
    return candidate_rows.fit_candidates([row for row in rows if row["matched"]],
                                         lambda date, row: date == row["gold"], L2, LEAST)


def one_set_out(sets: dict[str, list[dict]], folds: int) -> None:
    """Date accuracy on the matched events and date F1 over the coded events of the sets left
    out: the rules' own, then with the model fitted without them at each least probability."""
    candidate_rows.scored_out(sets, folds, fit,
                              lambda row, fitted, least: chosen(row["candidates"], row["rules"], fitted, least),
                              str.__eq__, "date", LEASTS)


def main() -> None:
    train_command(__doc__, training_rows, one_set_out, fit, "the coded events of the gold sets", MODEL, collect)


if __name__ == "__main__":
    main()
