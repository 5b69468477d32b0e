"""Fit the sentence-type model (src/onrecord/events/sentence_types.py) and measure its veto and additions.

Training rows are the sentences of the gold articles, each with the event types the annotator
coded in it (none for a sentence that carries no event). The test is what the runtime does with
the model: the events the coder found on each gold set's blind day (bench/data/blind_day_events.jsonl,
made by bench/event_confidence.py collect) are scored by a model fitted without that set, and the
micro F1 of those events is printed with the ones under each veto threshold dropped, then with the
types over each add threshold added to the sentences where the rules coded another (an added type is
right when the annotator coded it in that sentence). The held-out probabilities (of the events'
own types, and the likelier types of their sentences) are written beside the rows for
``bench/event_confidence.py train``, which fits the confidence on them (so the confidence learns
how far the model is to be trusted on unseen news) and scores the whole stage with them.

    .venv/bin/python bench/event_confidence.py collect        # the blind-day events (needs git history)
    .venv/bin/python bench/sentence_types.py train --through bn --folds 5
    .venv/bin/python bench/event_confidence.py train
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from onrecord.events.sentence_types import ADD, READ, VETO, type_probabilities
from onrecord.events.speech import words
from word_models import GOLD, left_out_together, train_command

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "bench" / "data" / "blind_day_events.jsonl"
HELD_OUT = ROOT / "bench" / "data" / "blind_day_type_probabilities.jsonl"
ALONE = ROOT / "bench" / "data" / "blind_day_uncoded_sentences.jsonl"
MODEL = ROOT / "src" / "onrecord" / "data" / "sentence_types.json"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])|(?<=[.!?][\"”])\s+(?=[\"“A-Z])")
MIN_COUNT = 3  # a word or pair in fewer training sentences is left out
MIN_WEIGHT = 0.05  # a word whose every type weight is smaller moves no probability much and is not stored
L2, STEPS, RATE = 1.0, 800, 1.0
VETO_THRESHOLDS = (0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1)
ADD_THRESHOLDS = (1.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)  # 1.0: none added


Coded = set[str]  # the type of each event coded in a sentence


def article_sentences(article: dict) -> list[tuple[str, Coded]]:
    """(sentence, what was coded in it) for one gold article: its events' sentences, and the others
    (split at sentence ends) with nothing."""
    coded: dict[str, Coded] = defaultdict(set)
    for event in article["events"]:
        coded[event["evidence"]].add(event["type"])
    plain = [s for paragraph in article["text"].split("\n") for s in SENTENCE_END.split(paragraph)
             if s.strip() and not any(s in sentence or sentence in s for sentence in coded)]
    return [(s, set()) for s in plain] + list(coded.items())


def gold_sentences(hold_out: set[str]) -> dict[str, list[tuple[str, Coded]]]:
    """Per gold set (a, b, … but not those held out), its articles' sentences."""
    sets = {}
    for path in sorted(GOLD.glob("events_*.jsonl")):
        name = path.stem.removeprefix("events_")
        if name not in hold_out:
            articles = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
            sets[name] = [row for article in articles for row in article_sentences(article)]
    return sets


def fit(rows: list[tuple[str, Coded]]) -> dict:
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


def gold_articles(names: set[str]) -> dict[tuple[str, str], list[dict]]:
    """The gold events of each article of the named sets, by (set, article id)."""
    return {(name, str(article["id"])): article["events"] for name in names
            for article in map(json.loads, (GOLD / f"events_{name}.jsonl").read_text("utf-8").splitlines())}


def gold_events_at(row: dict, gold: dict[tuple[str, str], list[dict]]) -> list[dict]:
    """The events the annotator coded in a blind-day event's sentence (found by substring: the coder's
    sentence may lack a dateline the gold's has)."""
    sentence = row["evidence"].strip()
    return [g for g in gold[row["set"], row["article"]] if sentence in g["evidence"] or g["evidence"] in sentence]


def gold_types_at(row: dict, gold: dict[tuple[str, str], list[dict]]) -> set[str]:
    """The types the annotator coded in a blind-day event's sentence."""
    return {g["type"] for g in gold_events_at(row, gold)}


def one_set_out(sets: dict[str, list[tuple[str, Coded]]], folds: int) -> None:
    """Score each set's blind-day events with a model fitted on the other sets (or the other folds');
    print the effect of the veto and of the additions, and write the probabilities for the confidence fit."""
    rows = [json.loads(line) for line in ROWS.read_text("utf-8").splitlines()]
    rows = [r for r in rows if r["set"] in sets]
    held_out: list[dict[str, float]] = [{} for _ in rows]
    alone: list[dict] = []  # the sentences of the blind-day articles where the coder found nothing
    for left_out in left_out_together(list({r["set"] for r in rows}), folds):
        fitted = fit([row for other, kept in sets.items() if other not in left_out for row in kept])
        for i, r in enumerate(rows):
            if r["set"] in left_out:
                held_out[i] = type_probabilities(r["evidence"], fitted)
        alone += [{"set": name, "article": article, "evidence": sentence,
                   "likely_types": {kind: round(q, 4) for kind, q in type_probabilities(sentence, fitted).items() if q >= 0.1}}
                  for name in sorted(left_out) for article, sentence in uncoded_sentences(name, [r for r in rows if r["set"] == name])]
    ALONE.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in alone), "utf-8")
    own = np.array([p.get(r["type"], 1.0) for r, p in zip(rows, held_out)])
    HELD_OUT.write_text("".join(json.dumps({key: r[key] for key in ("set", "article", "start", "end", "type")}
                                           | {"type_probability": round(float(p), 4),
                                              "likely_types": {kind: round(q, 4) for kind, q in probabilities.items() if q >= 0.1}}) + "\n"
                                for r, p, probabilities in zip(rows, own, held_out)), "utf-8")
    right = np.array([r["right"] for r in rows], dtype=bool)
    gold = gold_articles({r["set"] for r in rows})
    gold_count = sum(len(events) for events in gold.values())
    print(f"{len(rows)} blind-day events of sets {', '.join(sorted({r['set'] for r in rows}))}, "
          f"{right.sum()} right, {gold_count} gold events; "
          f"{f'one fold of {folds}' if folds else 'one set'} left out at a time")
    print("veto under  dropped  of them right  precision  recall  micro F1")
    for threshold in VETO_THRESHOLDS:
        kept = own >= threshold
        mark = "  ← sentence_types.VETO" if threshold == VETO else ""
        print(f"{threshold:10.3f}  {(~kept).sum():7d}  {right[~kept].sum():13d}  "
              f"{scores(int(right[kept].sum()), int(kept.sum()), gold_count)}{mark}")
    kept = own >= VETO
    sentences: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if kept[i]:
            sentences[r["set"], r["article"], r["start"]].append(i)
    print(f"with the veto, types added where the rules coded another (sentences with an event: {len(sentences)})")
    print("added from  added  of them right  precision  recall  micro F1")
    for threshold in ADD_THRESHOLDS:
        extra = [kind in gold_types_at(rows[members[0]], gold) for members in sentences.values()
                 for kind, p in held_out[members[0]].items() if p >= threshold and kind not in {rows[i]["type"] for i in members}]
        mark = "  ← sentence_types.ADD" if threshold == ADD else ""
        print(f"{threshold:10.2f}  {len(extra):5d}  {sum(extra):13d}  "
              f"{scores(int(right[kept].sum()) + sum(extra), int(kept.sum()) + len(extra), gold_count)}{mark}")
    print(f"with the veto alone, types read in the {len(alone)} sentences where the rules found nothing")
    print("added from  added  of them right  precision  recall  micro F1")
    for threshold in ADD_THRESHOLDS:
        extra = [kind in gold_types_at(row, gold) for row in alone for kind, p in row["likely_types"].items() if p >= threshold]
        mark = "  ← sentence_types.READ" if threshold == READ else ""
        print(f"{threshold:10.2f}  {len(extra):5d}  {sum(extra):13d}  "
              f"{scores(int(right[kept].sum()) + sum(extra), int(kept.sum()) + len(extra), gold_count)}{mark}")
    print(f"held-out probabilities written to {HELD_OUT.relative_to(ROOT)} and {ALONE.relative_to(ROOT)}")


def uncoded_sentences(name: str, rows: list[dict]) -> list[tuple[str, str]]:
    """(article id, sentence) for each sentence of gold set ``name`` that holds none of its
    blind-day events (split as the training sentences are)."""
    found = defaultdict(list)
    for r in rows:
        found[r["article"]].append(r["evidence"].strip())
    return [(str(article["id"]), sentence)
            for article in map(json.loads, (GOLD / f"events_{name}.jsonl").read_text("utf-8").splitlines())
            for sentence, _ in article_sentences(article)
            if not any(e in sentence or sentence in e for e in found[str(article["id"])])]


def scores(tp: int, predicted: int, gold: int) -> str:
    """Precision, recall and F1 as the tables print them."""
    precision, recall = tp / predicted, tp / gold
    return f"{precision:9.3f}  {recall:6.3f}  {2 * precision * recall / (precision + recall):8.4f}"


def main() -> None:
    train_command(__doc__, gold_sentences, one_set_out, fit, "the sentences of gold articles", MODEL)


if __name__ == "__main__":
    main()
