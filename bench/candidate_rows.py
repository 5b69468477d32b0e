"""What the candidate models' fitting scripts share (bench/targets.py, bench/places.py,
bench/event_dates.py): run
today's pipeline on every event gold set with the model's step of the events stage switched off,
keep each coded event's candidates as that step would score them, and pair the event with the
gold one it matches. Rows go to a JSONL file under bench/data (not in git: three to five
minutes on two cores remake it)."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from multiprocessing import Pool
from pathlib import Path

import numpy as np

import onrecord.events.stage as stage
from onrecord import process
from onrecord.evaluate import as_input, load_gold
from onrecord.evaluate.events import gold_event, paired
from onrecord.pipeline import Work
from onrecord.records import Event
from event_confidence import f1, fit as fit_logistic
from word_models import GOLD, in_written_order, left_out_together

ROOT = Path(__file__).resolve().parent.parent
JOBS = 2
Recorder = Callable[[Work, list[Event]], dict[str | None, dict[str, list[str]]]]  # event id → candidate → features

_candidates: dict[str | None, dict[str, list[str]]] = {}  # by event id: the store gives the events back in its own order


def _recording(record: Recorder, work: Work, events: list[Event]) -> list[Event]:
    """In place of the model's step: keep each event's candidates, change nothing."""
    _candidates.update(record(work, events))
    return events


def _switch_off(step: str, record: Recorder) -> None:
    """In each worker: the stage calls the model's step by the name ``step``; it now records instead."""
    setattr(stage, step, partial(_recording, record))


def set_rows(field: str, path: Path) -> list[dict]:
    """The coded events of one gold set, each with whether it matches a gold event, the rules' and
    the matched gold event's value of ``field`` and its candidates."""
    name = path.stem.removeprefix("events_")
    records = [r for r in load_gold(path) if "events" in r]
    gold = {str(r["id"]): [gold_event(g) for g in r["events"]] for r in records}
    rows = []
    for article in process([as_input(r) for r in records], strict=False):
        matched = {index: g for g, _, index in paired(article.text, article.events, gold[article.input_ref or ""])
                   if index is not None}
        rows += [{"set": name, "article": article.input_ref, "type": event.type, "matched": i in matched,
                  "rules": getattr(event, field), "gold": matched[i].get(field) if i in matched else None,
                  "candidates": _candidates.get(event.id, {})} for i, event in enumerate(article.events)]
    return rows


def collect(rows_path: Path, step: str, record: Recorder, field: str) -> None:
    """Write the rows of every event gold set to ``rows_path``: the model's step ``step`` of the
    stage switched off for ``record``, the event's ``field`` the model chooses."""
    paths = sorted(GOLD.glob("events_*.jsonl"))
    with Pool(JOBS, initializer=_switch_off, initargs=(step, record)) as pool:
        rows = [row for part in pool.imap(partial(set_rows, field), paths) for row in part]
    rows_path.parent.mkdir(parents=True, exist_ok=True)
    rows_path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
    print(f"{len(rows)} coded events of {len(paths)} sets written to {rows_path.relative_to(ROOT)}")


def training_rows(rows_path: Path, hold_out: set[str], script: str) -> dict[str, list[dict]]:
    """Per gold set, its collected rows; the sets held out left out."""
    if not rows_path.exists():
        raise SystemExit(f"no {rows_path.relative_to(ROOT)}: run `bench/{script} collect` first")
    rows: dict[str, list[dict]] = {}
    for row in map(json.loads, rows_path.read_text("utf-8").splitlines()):
        if row["set"] not in hold_out:
            rows.setdefault(row["set"], []).append(row)
    return rows


def gold_with(field: str, name: str) -> int:
    """How many of a gold set's events have ``field``: the recall's denominator."""
    return sum(bool(gold_event(g).get(field)) for r in load_gold(GOLD / f"events_{name}.jsonl")
               for g in r.get("events", []))


def fit_candidates(rows: list[dict], right: Callable[[str, dict], bool], l2: float, least: float) -> dict:
    """The logistic model over every candidate of ``rows``, each labelled by ``right(candidate, row)``."""
    names = [features for row in rows for features in row["candidates"].values()]
    labels = [right(candidate, row) for row in rows for candidate in row["candidates"]]
    weights, bias = fit_logistic(names, np.array(labels, dtype=float), l2=l2)
    return {"least": least, "bias": bias, "weights": weights}


def scored_out(sets: dict[str, list[dict]], folds: int, fit: Callable[[list[dict]], dict],
               choose: Callable[[dict, dict, float], str | None], same: Callable[[str, str], bool], field: str,
               leasts: tuple[float, ...]) -> None:
    """Print the field's accuracy on the matched events (as the scorer counts it: where the gold or
    the coder gives a value) and its F1 over the coded events of the sets left out (one at a time,
    or in ``folds``): the rules' own, then ``choose`` with the model fitted without them at each
    least probability."""
    names = in_written_order(sets)
    gold = sum(gold_with(field, name) for name in names)
    tallies = {least: [0, 0, 0, 0] for least in (None, *leasts)}  # right, given, matched pairs, right on them
    for left_out in left_out_together(names, folds):
        fitted = fit([row for name in names if name not in left_out for row in sets[name]])
        for row in (row for name in left_out for row in sets[name]):
            for least, tally in tallies.items():
                value = row["rules"] if least is None else choose(row, fitted, least)
                right = bool(value) and row["matched"] and same(value, row["gold"] or "")
                tally[0] += right
                tally[1] += bool(value)
                if row["matched"] and (value or row["gold"]):
                    tally[2] += 1
                    tally[3] += right
        print(f"sets {', '.join(in_written_order(left_out))} left out", flush=True)
    print(f"{field} over the coded events of {len(names)} sets ({gold} gold events with one)")
    for least, (right, given, pairs, right_on_pairs) in tallies.items():
        precision, recall, score = f1(right, given, gold)
        label = "the rules alone" if least is None else f"model, least {least}"
        print(f"  {label:<20} accuracy {right_on_pairs / pairs:.3f} of {pairs}  P {precision:.3f}  R {recall:.3f}  F1 {score:.4f}")
