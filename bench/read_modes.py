"""Fit the read-mode model (src/onrecord/events/read_modes.py) and measure it.

Training rows are the gold events, each its type, its evidence sentence and the mode the annotator
gave it. The test is what the runtime does with it: the events the coder read from a sentence's
words (no trigger) on each gold set's blind day and of a type the annotator coded there
(bench/data/blind_day_events.jsonl, made by bench/event_confidence.py collect) take the mode of a
model fitted without their set, against the mode the blind-day code gave them. With ``--folds 5``
the sets are taken in five folds (every set of a fold left out at once), which keeps the fit quick;
the same models score every gold event of the sets left out, against the type's commonest mode.

    .venv/bin/python bench/read_modes.py train --through bn --folds 5   # the table, then writes the model
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np

from onrecord.events.read_modes import features, read_mode
from sentence_types import gold_articles, gold_events_at
from word_models import GOLD, in_written_order, left_out_together, train_command

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "bench" / "data" / "blind_day_events.jsonl"
MODEL = ROOT / "src" / "onrecord" / "data" / "read_modes.json"
MODES = ("actual", "verbal", "future", "hypothetical", "negated")
MIN_COUNT = 3  # a feature of fewer training events is left out
MIN_WEIGHT = 0.05  # a feature whose every weight is smaller moves no mode much and is not stored
L2, STEPS, RATE = 1.0, 300, 0.1

Row = tuple[str, str, str]  # (type, evidence sentence, gold mode)


def training_rows(hold_out: set[str]) -> dict[str, list[Row]]:
    """Per gold set, (type, sentence, mode) for every event the annotator coded."""
    rows = {}
    for path in sorted(GOLD.glob("events_*.jsonl")):
        name = path.stem.removeprefix("events_")
        if name not in hold_out:
            rows[name] = [(event["type"], event["evidence"], event["mode"])
                          for line in path.read_text("utf-8").splitlines() for event in json.loads(line)["events"]]
    return rows


def fit(rows: list[Row]) -> dict:
    """A multinomial logistic regression over the events' features, by full-batch Adam on a sparse
    design (deterministic: zero start, no sampling); returns the model read_modes.py reads."""
    inputs = [features(kind, sentence) for kind, sentence, _ in rows]
    counts = Counter(feature for row in inputs for feature in row)
    index = {feature: i for i, feature in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    columns = [[index[f] for f in row if f in index] for row in inputs]
    flat = np.concatenate([np.array(c, dtype=np.int64) for c in columns])
    owner = np.repeat(np.arange(len(rows)), [len(c) for c in columns])
    y = np.zeros((len(rows), len(MODES)))
    y[np.arange(len(rows)), [MODES.index(mode) for _, _, mode in rows]] = 1
    w, bias = np.zeros((len(index), len(MODES))), np.zeros(len(MODES))
    first, second = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        scores = np.stack([np.bincount(owner, weights=w[flat, k], minlength=len(rows)) for k in range(len(MODES))], 1) + bias
        p = np.exp(scores - scores.max(1, keepdims=True))
        error = (p / p.sum(1, keepdims=True) - y) / len(rows)
        gradient = np.stack([np.bincount(flat, weights=error[owner, k], minlength=len(index)) for k in range(len(MODES))], 1)
        gradient += L2 * w / len(rows)
        bias -= RATE * error.sum(0)
        first, second = 0.9 * first + 0.1 * gradient, 0.999 * second + 0.001 * gradient * gradient
        w -= RATE * (first / (1 - 0.9 ** step)) / (np.sqrt(second / (1 - 0.999 ** step)) + 1e-8)
    return {"modes": list(MODES), "bias": [round(float(b), 3) for b in bias],
            "weights": {f: [round(float(v), 3) for v in w[i]] for f, i in index.items() if np.abs(w[i]).max() >= MIN_WEIGHT}}


def gold_modes(row: dict, gold: dict[tuple[str, str], list[dict]]) -> set[str]:
    """The modes the annotator gave the events of a blind-day event's type in its sentence."""
    return {g["mode"] for g in gold_events_at(row, gold) if g["type"] == row["type"]}


def one_set_out(sets: dict[str, list[Row]], folds: int) -> None:
    """Score the blind-day read events, and every gold event, with models fitted without their set (or fold)."""
    names = in_written_order(sets)
    gold = gold_articles(set(names))
    read = [r for r in map(json.loads, ROWS.read_text("utf-8").splitlines()) if r["set"] in sets and r["trigger"] is None]
    read = [(r, modes) for r in read if (modes := gold_modes(r, gold))]
    blind_day = fitted_right = gold_right = typical_right = 0
    for left_out in left_out_together(names, folds):
        kept = [row for name in names if name not in left_out for row in sets[name]]
        model = fit(kept)
        typical = {kind: Counter(mode for k, _, mode in kept if k == kind).most_common(1)[0][0] for kind, _, _ in kept}
        for r, modes in read:
            if r["set"] in left_out:
                blind_day += r["mode"] in modes
                fitted_right += read_mode(r["type"], r["evidence"], model) in modes
        for name in left_out:
            gold_right += sum(read_mode(kind, sentence, model) == mode for kind, sentence, mode in sets[name])
            typical_right += sum(typical.get(kind) == mode for kind, _, mode in sets[name])
        print(f"sets {', '.join(in_written_order(left_out))} left out", flush=True)
    events = sum(map(len, sets.values()))
    print(f"blind-day events read from the words, of a type coded there: {len(read)}")
    print(f"  mode right as the blind-day code read it  {blind_day / len(read):.3f}")
    print(f"  mode right by the model, its set left out  {fitted_right / len(read):.3f}")
    print(f"every gold event ({events}), its set left out: the model {gold_right / events:.3f}, "
          f"the type's commonest mode {typical_right / events:.3f}")


def main() -> None:
    train_command(__doc__, training_rows, one_set_out, fit, "the events of the gold sets", MODEL)


if __name__ == "__main__":
    main()
