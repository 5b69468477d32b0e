"""Fit the sentence-type model (src/onrecord/events/sentence_types.py) and measure its veto.

Training rows are the sentences of the gold articles, each with the event types the annotator
coded in it (none for a sentence that carries no event). The test is what the runtime does with
the model: the events the coder found on each gold set's blind day (bench/data/blind_day_events.jsonl,
made by bench/event_confidence.py collect) are scored by a model fitted without that set, and the
micro F1 of those events is printed with the ones under each threshold dropped. Those held-out
probabilities are written beside the rows for ``bench/event_confidence.py train``, which fits the
confidence on them (so the confidence learns how far the model is to be trusted on unseen news).

    .venv/bin/python bench/event_confidence.py collect        # the blind-day events (needs git history)
    .venv/bin/python bench/sentence_types.py train --hold-out v --hold-out w
    .venv/bin/python bench/event_confidence.py train
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from onrecord.events.sentence_types import VETO, type_probability
from onrecord.events.speech import words
from word_models import train_command

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "examples" / "gold"
ROWS = ROOT / "bench" / "data" / "blind_day_events.jsonl"
HELD_OUT = ROOT / "bench" / "data" / "blind_day_type_probabilities.jsonl"
MODEL = ROOT / "src" / "onrecord" / "data" / "sentence_types.json"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])|(?<=[.!?][\"”])\s+(?=[\"“A-Z])")
MIN_COUNT = 3  # a word or pair in fewer training sentences is left out
MIN_WEIGHT = 0.05  # a word whose every type weight is smaller moves no probability much and is not stored
L2, STEPS, RATE = 1.0, 200, 1.0
THRESHOLDS = (0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1)


def article_sentences(article: dict) -> list[tuple[str, set[str]]]:
    """(sentence, types coded in it) for one gold article: its events' sentences, and the others
    (split at sentence ends) with no type."""
    coded: dict[str, set[str]] = defaultdict(set)
    for event in article["events"]:
        coded[event["evidence"]].add(event["type"])
    plain = [s for paragraph in article["text"].split("\n") for s in SENTENCE_END.split(paragraph)
             if s.strip() and not any(s in sentence or sentence in s for sentence in coded)]
    return [(s, set()) for s in plain] + list(coded.items())


def gold_sentences(hold_out: set[str]) -> dict[str, list[tuple[str, set[str]]]]:
    """Per gold set (a, b, … but not those held out), its articles' sentences."""
    sets = {}
    for path in sorted(GOLD.glob("events_?.jsonl")):
        name = path.stem.removeprefix("events_")
        if name not in hold_out:
            articles = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
            sets[name] = [row for article in articles for row in article_sentences(article)]
    return sets


def fit(rows: list[tuple[str, set[str]]]) -> dict:
    """One logistic regression per type over shared word features, by full-batch gradient descent
    on a sparse design (deterministic: zero start); returns the model sentence_types.py reads."""
    types = sorted({t for _, coded in rows for t in coded})
    counts = Counter(word for sentence, _ in rows for word in words(sentence))
    vocabulary = sorted(word for word, n in counts.items() if n >= MIN_COUNT)
    index = {word: i for i, word in enumerate(vocabulary)}
    bias = len(vocabulary)
    columns = [[index[w] for w in words(sentence) if w in index] + [bias] for sentence, _ in rows]
    flat = np.concatenate([np.array(c, dtype=np.int64) for c in columns])
    starts = np.cumsum([0] + [len(c) for c in columns[:-1]])
    owner = np.repeat(np.arange(len(rows)), [len(c) for c in columns])
    y = np.zeros((len(rows), len(types)))
    for i, (_, coded) in enumerate(rows):
        y[i, [types.index(t) for t in coded]] = 1
    w = np.zeros((bias + 1, len(types)))
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-np.add.reduceat(w[flat], starts)))
        error = (p - y)[owner]
        gradient = np.stack([np.bincount(flat, weights=error[:, k], minlength=bias + 1) for k in range(len(types))], 1)
        w -= RATE * (gradient + L2 * w) / len(rows)
    return {"types": types, "bias": [round(float(b), 3) for b in w[bias]],
            "weights": {word: [round(float(v), 3) for v in w[i]] for word, i in index.items()
                        if np.abs(w[i]).max() >= MIN_WEIGHT}}


def one_set_out(sets: dict[str, list[tuple[str, set[str]]]]) -> None:
    """Score each set's blind-day events with a model fitted on the other sets; print the veto's
    effect and write the probabilities for the confidence fit."""
    rows = [json.loads(line) for line in ROWS.read_text("utf-8").splitlines()]
    rows = [r for r in rows if r["set"] in sets]
    held_out = np.zeros(len(rows))
    for name in sorted({r["set"] for r in rows}):
        fitted = fit([row for other, kept in sets.items() if other != name for row in kept])
        for i, r in enumerate(rows):
            if r["set"] == name:
                held_out[i] = type_probability(r["evidence"], r["type"], fitted)
    HELD_OUT.write_text("".join(json.dumps({key: r[key] for key in ("set", "article", "start", "end", "type")}
                                           | {"type_probability": round(float(p), 4)}) + "\n"
                                for r, p in zip(rows, held_out)), "utf-8")
    right = np.array([r["right"] for r in rows], dtype=bool)
    gold = sum(sum(len(json.loads(line)["events"]) for line in (GOLD / f"events_{name}.jsonl").read_text("utf-8").splitlines())
               for name in {r["set"] for r in rows})
    print(f"{len(rows)} blind-day events of sets {', '.join(sorted({r['set'] for r in rows}))}, "
          f"{right.sum()} right, {gold} gold events; one set left out at a time")
    print("veto under  dropped  of them right  precision  recall  micro F1")
    for threshold in THRESHOLDS:
        kept = held_out >= threshold
        precision, recall = right[kept].sum() / kept.sum(), right[kept].sum() / gold
        mark = "  ← sentence_types.VETO" if threshold == VETO else ""
        print(f"{threshold:10.3f}  {(~kept).sum():7d}  {right[~kept].sum():13d}  {precision:9.3f}  {recall:6.3f}  "
              f"{2 * precision * recall / (precision + recall):8.4f}{mark}")
    print(f"held-out probabilities written to {HELD_OUT.relative_to(ROOT)}")


def main() -> None:
    train_command(__doc__, gold_sentences, one_set_out, fit, "the sentences of gold articles", MODEL)


if __name__ == "__main__":
    main()
