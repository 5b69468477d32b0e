"""Fit the target-country model (src/onrecord/events/targets.py) and measure it.

``collect`` runs today's pipeline on every event gold set with the model switched off and keeps,
for each event it codes, the rules' target country, the gold event's (when the event matches
one) and every candidate country with its features (bench/data/target_candidates.jsonl, not in
git: ten minutes on two cores remake it). ``train`` fits the model on the matched events the
rules gave no target country, scores the sets left out (one at a time, or in ``--folds N``) as
the stage runs, target-country F1 over every coded event, for several least probabilities, then
writes the model fitted on every set kept.

    .venv/bin/python bench/targets.py collect
    .venv/bin/python bench/targets.py train --hold-out au --hold-out ay --folds 5   # rebuilds the shipped model byte for byte
"""

from __future__ import annotations

import json
from multiprocessing import Pool
from pathlib import Path

import numpy as np

import onrecord.events.stage as stage
from event_confidence import f1, fit as fit_logistic
from onrecord import process
from onrecord.actors import home_country
from onrecord.evaluate import as_input, load_gold
from onrecord.evaluate.events import gold_event, paired
from onrecord.events.targets import candidate_features, left_open, likeliest_target
from onrecord.pipeline import Work
from onrecord.records import Event
from word_models import GOLD, in_written_order, left_out_together, train_command

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "bench" / "data" / "target_candidates.jsonl"
MODEL = ROOT / "src" / "onrecord" / "data" / "targets.json"
LEAST = 0.5  # take a candidate the model finds likelier right than wrong: with five folds of a–ax, F1 0.684 against 0.685 at 0.4 (the table)
LEASTS = (0.3, 0.4, 0.5, 0.6)
L2 = 30.0  # a few hundred fills decide each rare feature: a stronger prior than the confidence model's
JOBS = 2

_candidates: dict[str | None, dict[str, list[str]]] = {}  # by event id: the store gives the events back in its own order


def _recording(work: Work, events: list[Event]) -> list[Event]:
    """In place of ``with_targets``: keep each event's candidates, change nothing."""
    assert work.doc is not None
    home = home_country(work.doc)
    _candidates.update((event.id, candidate_features(work, event, home)) for event in events)
    return events


def set_rows(path: Path) -> list[dict]:
    """The coded events of one gold set, each with the rules' target country, the matched gold
    event's (``matched`` false when none matches) and the candidates."""
    name = path.stem.removeprefix("events_")
    records = [r for r in load_gold(path) if "events" in r]
    gold = {str(r["id"]): [gold_event(g) for g in r["events"]] for r in records}
    rows = []
    for article in process([as_input(r) for r in records], strict=False):
        matched = {index: g for g, _, index in paired(article.text, article.events, gold[article.input_ref or ""])
                   if index is not None}
        rows += [{"set": name, "article": article.input_ref, "type": event.type, "rules": event.target_country,
                  "matched": i in matched, "gold": matched[i].get("target_country") if i in matched else None,
                  "candidates": _candidates.get(event.id, {})} for i, event in enumerate(article.events)]
    return rows


def _switch_off() -> None:
    """In each worker: the stage calls ``with_targets`` by this name, so it records the rules' targets, unchanged."""
    stage.with_targets = _recording


def collect() -> None:
    paths = sorted(GOLD.glob("events_*.jsonl"))
    with Pool(JOBS, initializer=_switch_off) as pool:
        rows = [row for part in pool.imap(set_rows, paths) for row in part]
    ROWS.parent.mkdir(parents=True, exist_ok=True)
    ROWS.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
    print(f"{len(rows)} coded events of {len(paths)} sets written to {ROWS.relative_to(ROOT)}")


def training_rows(hold_out: set[str]) -> dict[str, list[dict]]:
    """Per gold set, its collected events; the sets held out left out."""
    if not ROWS.exists():
        raise SystemExit(f"no {ROWS.relative_to(ROOT)}: run `bench/targets.py collect` first")
    rows: dict[str, list[dict]] = {}
    for row in map(json.loads, ROWS.read_text("utf-8").splitlines()):
        if row["set"] not in hold_out:
            rows.setdefault(row["set"], []).append(row)
    return rows


def fit(rows: list[dict]) -> dict:
    """The logistic model over every candidate of the matched events whose target country is left
    open to it, each labelled by whether it is the gold event's."""
    fitted_on = [row for row in rows if row["matched"] and left_open(row["type"], row["rules"])]
    names = [features for row in fitted_on for features in row["candidates"].values()]
    right = [country == row["gold"] for row in fitted_on for country in row["candidates"]]
    weights, bias = fit_logistic(names, np.array(right, dtype=float), l2=L2)
    return {"least": LEAST, "bias": bias, "weights": weights}


def chosen(row: dict, fitted: dict, least: float) -> str | None:
    """The event's target country as the stage gives it with the model ``fitted`` and ``least``."""
    if not left_open(row["type"], row["rules"]):
        return row["rules"]
    return likeliest_target(row["candidates"], fitted, least)


def gold_targets(name: str) -> int:
    """How many of a gold set's events have a target country: the recall's denominator."""
    return sum(bool(gold_event(g).get("target_country")) for r in load_gold(GOLD / f"events_{name}.jsonl")
               for g in r.get("events", []))


def one_set_out(sets: dict[str, list[dict]], folds: int) -> None:
    """Target-country F1 over the coded events of the sets left out: the rules' own, then with the
    model fitted without them at each least probability."""
    names = in_written_order(sets)
    gold = sum(gold_targets(name) for name in names)
    tallies = {least: [0, 0] for least in (None, *LEASTS)}  # right, given
    for left_out in left_out_together(names, folds):
        fitted = fit([row for name in names if name not in left_out for row in sets[name]])
        for row in (row for name in left_out for row in sets[name]):
            for least, tally in tallies.items():
                country = row["rules"] if least is None else chosen(row, fitted, least)
                tally[0] += bool(country) and row["matched"] and country == row["gold"]
                tally[1] += bool(country)
        print(f"sets {', '.join(in_written_order(left_out))} left out", flush=True)
    print(f"target-country F1 over the coded events of {len(names)} sets ({gold} gold events with one)")
    for least, (right, given) in tallies.items():
        precision, recall, score = f1(right, given, gold)
        label = "the rules alone" if least is None else f"model, least {least}"
        print(f"  {label:<20} P {precision:.3f}  R {recall:.3f}  F1 {score:.4f}")


def main() -> None:
    train_command(__doc__, training_rows, one_set_out, fit, "the coded events of the gold sets", MODEL, collect)


if __name__ == "__main__":
    main()
