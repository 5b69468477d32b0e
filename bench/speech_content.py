"""Fit the speech-content model (src/onrecord/events/speech.py) and measure it.

Training rows are the gold sentences that report speech ("said", "told", "urged" …), each
labelled with the kind of speech act the annotator coded there: a STATEMENT, or the type of a
``verbal`` event (ACCUSE, REQUEST …). The test is what the runtime does with it: the plain
statements the coder found on each gold set's blind day (bench/data/blind_day_events.jsonl, made
by bench/event_confidence.py collect) are retyped by a model fitted without that set, and each
retyping is checked against the gold types of its sentence.

    .venv/bin/python bench/speech_content.py train --through bi --folds 5   # the table, then writes the model
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from onrecord.events.speech import RETYPES, THRESHOLD, class_probabilities, words
from word_models import GOLD, left_out_together, train_command

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "bench" / "data" / "blind_day_events.jsonl"
MODEL = ROOT / "src" / "onrecord" / "data" / "speech_content.json"
SPEECH = re.compile(r"\b(said|says|told|telling|saying|stated|added|wrote|posted|argued|insisted|noted|warned|urged|called)\b")
CLASSES = ("STATEMENT", "ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AID", "AGREE", "COOPERATE", "CONCEDE",
           "OTHER")
MIN_COUNT = 3  # a word or pair in fewer training sentences is left out
MIN_WEIGHT = 0.05  # a word whose every class weight is smaller moves no decision and is not stored
L2, STEPS, RATE = 1.0, 150, 1.0
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def speech_kinds(events: list[dict]) -> set[str]:
    """The speech acts one gold sentence carries: its plain statements and its verbal events' types."""
    kinds = {e["type"] for e in events if e["mode"] == "verbal" or (e["type"], e["mode"]) == ("STATEMENT", "actual")}
    return {kind if kind in CLASSES else "OTHER" for kind in kinds}


def training_rows(hold_out: set[str]) -> dict[str, list[tuple[str, str]]]:
    """Per gold set, (sentence, speech act) for every sentence that reports speech."""
    rows: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path in sorted(GOLD.glob("events_*.jsonl")):
        name = path.stem.removeprefix("events_")
        if name in hold_out:
            continue
        for line in path.read_text("utf-8").splitlines():
            by_sentence: dict[str, list[dict]] = defaultdict(list)
            for event in json.loads(line)["events"]:
                by_sentence[event["evidence"]].append(event)
            rows[name] += [(sentence, kind) for sentence, events in by_sentence.items() if SPEECH.search(sentence)
                           for kind in sorted(speech_kinds(events))]
    return rows


def fit(rows: list[tuple[str, str]]) -> dict:
    """Multinomial logistic regression by gradient descent; returns the model speech.py reads."""
    counts = Counter(word for sentence, _ in rows for word in words(sentence))
    vocabulary = sorted(word for word, n in counts.items() if n >= MIN_COUNT)
    index = {word: i for i, word in enumerate(vocabulary)}
    x = np.zeros((len(rows), len(vocabulary) + 1))
    x[:, -1] = 1
    y = np.zeros((len(rows), len(CLASSES)))
    for i, (sentence, kind) in enumerate(rows):
        x[i, [index[w] for w in words(sentence) if w in index]] = 1
        y[i, CLASSES.index(kind)] = 1
    w = np.zeros((x.shape[1], len(CLASSES)))
    for _ in range(STEPS):
        z = x @ w
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        w -= RATE * (x.T @ (p - y) + L2 * w) / len(rows)
    return {"classes": list(CLASSES), "bias": [round(float(b), 3) for b in w[-1]],
            "weights": {word: [round(float(v), 3) for v in w[i]] for word, i in index.items()
                        if np.abs(w[i]).max() >= MIN_WEIGHT}}


def one_set_out(rows: dict[str, list[tuple[str, str]]], folds: int) -> None:
    """Retype each set's blind-day statements with a model fitted on the other sets' gold (or the other
    folds'); print the effect."""
    gold_types = {}
    for path in GOLD.glob("events_*.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            article = json.loads(line)
            for event in article["events"]:
                gold_types.setdefault((article["id"], event["evidence"]), set()).add(event["type"])
    statements = [r for r in map(json.loads, ROWS.read_text("utf-8").splitlines())
                  if (r["type"], r["mode"]) == ("STATEMENT", "actual") and r["set"] in rows]
    scored = []
    for left_out in left_out_together(list({r["set"] for r in statements}), folds):
        fitted = fit([row for other, kept in rows.items() if other not in left_out for row in kept])
        for r in (r for r in statements if r["set"] in left_out):
            probabilities = class_probabilities(r["evidence"], fitted)
            best = int(np.argmax(probabilities))
            scored.append((r, CLASSES[best], probabilities[best], gold_types.get((r["article"], r["evidence"]), set())))
    print(f"{len(statements)} blind-day plain statements, {sum(r['right'] for r in statements)} right as statements")
    print("threshold  retyped  wrong→right  right→wrong  net events right")
    for threshold in THRESHOLDS:
        moved = [(r, kind, types) for r, kind, p, types in scored if kind in RETYPES and p >= threshold]
        gained = sum(not r["right"] and kind in types for r, kind, types in moved)
        lost = sum(r["right"] and kind not in types for r, kind, types in moved)
        mark = "  ← speech.THRESHOLD" if threshold == THRESHOLD else ""
        print(f"{threshold:9.1f}  {len(moved):7d}  {gained:11d}  {lost:11d}  {gained - lost:+16d}{mark}")


def main() -> None:
    train_command(__doc__, training_rows, one_set_out, fit, "gold sentences reporting speech", MODEL)


if __name__ == "__main__":
    main()
