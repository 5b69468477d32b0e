"""Fit the event confidence model (src/onrecord/events/confidence.py) and measure it.

The model must learn how the rules fail on news they were not written from, so its training
events are the ones the coder found in each gold set on the day that set was written blind: the
code at the parent of the commit that added the set, run on it, each event labelled right or
wrong by today's scorer (the event matched a gold event of its type in its sentence).

    .venv/bin/python bench/event_confidence.py collect   # needs the git history: rebuilds bench/data/blind_day_events.jsonl
    .venv/bin/python bench/event_confidence.py collect --sets bn   # only the sets just added to BLIND_DAYS
    .venv/bin/python bench/sentence_types.py train --through bn --folds 5   # the sentence-type probabilities, held out
    .venv/bin/python bench/event_confidence.py train     # one-set-out table, then writes src/onrecord/data/event_confidence.json

One input of the model is the sentence-type model's probability for the event's type; for each
blind-day event it is the one a model fitted without that event's gold set gave
(bench/data/blind_day_type_probabilities.jsonl), as unseen news will see it. The table ends with
the blind-day events as the events stage keeps and adds them (the sentence-type veto, the
confidence floor and the sentence-type additions), every model held out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import fields
from pathlib import Path

import numpy as np

from onrecord.evaluate import load_gold
from onrecord.evaluate.events import EventReport, _match, gold_event
from onrecord.events.confidence import FLOOR, features, model, probability, with_confidence
from onrecord.events.sentence_types import ADD, READ, VETO
from onrecord.records import Event
from sentence_types import ALONE, gold_articles, gold_types_at

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "bench" / "data" / "blind_day_events.jsonl"
TYPE_PROBABILITIES = ROOT / "bench" / "data" / "blind_day_type_probabilities.jsonl"
MODEL = ROOT / "src" / "onrecord" / "data" / "event_confidence.json"
GOLD = ROOT / "examples" / "gold"
BLIND_DAYS = {"e": "3a353f5", "f": "3a353f5", "g": "ad55ebd", "h": "67d8dac", "i": "491a9a4", "j": "34d6345",
              "k": "6c2ca57", "l": "c77d1e0", "m": "a59b81e", "n": "7779f70", "o": "f326d8f", "p": "739e4e3",
              "q": "adeab99", "r": "6ba1874", "s": "195057a",
              "t": "338e6ff", "u": "696d892", "v": "e666e6b", "w": "7817f85", "x": "15f532c",
              "y": "fff382c", "z": "18cd394", "aa": "6a7809e",
              "ab": "e84e92c", "ad": "f7050f8", "ae": "f7050f8", "af": "f7050f8", "ag": "f7050f8",
              "ah": "b945f3c", "ai": "b945f3c", "aj": "b945f3c", "ak": "b945f3c",
              "al": "bc5d0a4", "am": "bc5d0a4", "an": "bc5d0a4", "ao": "bc5d0a4", "ac": "dae86b5",
              "aq": "f25e4eb", "ar": "f25e4eb", "as": "f25e4eb", "at": "f25e4eb",
              "ap": "265b48e", "av": "c429ab8", "aw": "c429ab8", "ax": "c429ab8", "au": "8284aa6",
              "ay": "477d63f", "az": "38ac912", "ba": "7a58c78", "bb": "cd1c288", "bc": "75acc88", "bd": "d2a2241",
              "be": "9818499", "bf": "6965a36", "bg": "ceee8b2", "bh": "a168333",
              "bi": "2f80d46",
              "bj": "b9d51f8",
              "bk": "d40f70a",
              "bl": "d8d4893",
              "bm": "eb3b815",
              "bn": "8268a03"}  # gold set → the commit that added it, blind
KEPT = ("type", "mode", "trigger", "source_actor", "source_country", "target_actor", "target_country", "date",
        "location", "evidence", "start", "end")
DUMP = """
import dataclasses, json, sys
from onrecord import process
from onrecord.evaluate import as_input, load_gold
records = [r for r in load_gold(sys.argv[1]) if "events" in r]
for article in process([as_input(r) for r in records], strict=False):
    print(json.dumps({"id": article.input_ref, "text": article.text, "events": [dataclasses.asdict(e) for e in article.events]}))
"""
MIN_COUNT = 3  # a feature seen fewer times in training is left out
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def blind_day_rows(name: str, commit: str, workdir: Path) -> list[dict]:
    """Run the code of the day before ``commit`` on gold set ``name``; label its events."""
    tree = workdir / commit
    if not tree.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), f"{commit}^"], check=True)
    gold_path = GOLD / f"events_{name}.jsonl"
    run = subprocess.run([sys.executable, "-c", DUMP, str(gold_path)], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(tree / "src"), "PATH": "/usr/bin:/bin"})
    gold = {str(r["id"]): r for r in load_gold(gold_path) if "events" in r}
    rows = []
    known = {f.name for f in fields(Event)}
    for line in run.stdout.splitlines():
        article = json.loads(line)
        predicted = [Event(**{k: v for k, v in e.items() if k in known}) for e in article["events"]]
        used, _ = _match(EventReport(), article["text"], predicted, [gold_event(g) for g in gold[article["id"]]["events"]],
                         defaultdict(set), article["id"])
        rows += [{"set": name, "article": article["id"], "right": i in used, "text_length": len(article["text"]),
                  **{k: getattr(event, k) for k in KEPT}} for i, event in enumerate(predicted)]
    return rows


def collect(only: list[str] | None = None) -> None:
    """Remake the blind-day rows of every set, or of the sets ``only`` names, keeping the others'
    rows as they are (the same file a full collect writes while the scorer and the other sets'
    commits are unchanged)."""
    unknown = set(only or ()) - set(BLIND_DAYS)
    if unknown:
        raise SystemExit(f"no blind day for {', '.join(sorted(unknown))}: add it to BLIND_DAYS")
    by_set: dict[str, list[dict]] = defaultdict(list)
    if only:
        for row in map(json.loads, ROWS.read_text("utf-8").splitlines()):
            if row["set"] not in only:
                by_set[row["set"]].append(row)
    try:
        with tempfile.TemporaryDirectory() as workdir:
            for name, commit in BLIND_DAYS.items():
                if not only or name in only:
                    by_set[name] = blind_day_rows(name, commit, Path(workdir))
    finally:  # after the folder is gone, so git forgets the worktrees in it
        subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False)
    rows = [row for name in BLIND_DAYS for row in by_set[name]]
    ROWS.parent.mkdir(parents=True, exist_ok=True)
    ROWS.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
    print(f"{len(rows)} events, {sum(r['right'] for r in rows)} right, written to {ROWS.relative_to(ROOT)}")


def feature_lists(rows: list[dict]) -> list[list[str]]:
    """Each row's features, with the runtime's own function and the held-out sentence-type probability."""
    spans = Counter((r["set"], r["article"], r["start"], r["end"]) for r in rows)
    held_out = {(p["set"], p["article"], p["start"], p["end"], p["type"]): p["type_probability"]
                for p in map(json.loads, TYPE_PROBABILITIES.read_text("utf-8").splitlines())}
    return [features(Event(**{k: r[k] for k in KEPT}), spans[(r["set"], r["article"], r["start"], r["end"])],
                     r["text_length"], held_out[r["set"], r["article"], r["start"], r["end"], r["type"]])
            for r in rows]


def fit(names: list[list[str]], right: np.ndarray, l2: float = 1.0, steps: int = 300) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression by full-batch Adam (deterministic: zero start, no sampling)."""
    counts = Counter(n for row in names for n in row)
    vocabulary = {n: i for i, n in enumerate(sorted(n for n, c in counts.items() if c >= MIN_COUNT))}
    x = np.zeros((len(names), len(vocabulary)))
    for i, row in enumerate(names):
        for n in row:
            if n in vocabulary:
                x[i, vocabulary[n]] = 1.0
    w, b = np.zeros(len(vocabulary)), 0.0
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        grad = x.T @ (p - right) / len(right) + l2 * w / len(right)
        b -= 0.1 * float(np.mean(p - right))
        m, v = 0.9 * m + 0.1 * grad, 0.999 * v + 0.001 * grad * grad
        w -= 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return {n: round(float(w[i]), 4) for n, i in vocabulary.items()}, round(b, 4)


def predict(names: list[list[str]], weights: dict[str, float], bias: float) -> np.ndarray:
    return np.array([probability(row, weights, bias) for row in names])


def f1(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision, recall = tp / predicted if predicted else 0.0, tp / gold if gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def as_the_stage_runs(rows: list[dict], confidence: np.ndarray) -> tuple[float, float, float]:
    """Precision, recall and F1 of the blind-day events as the events stage keeps and adds them, every
    model held out: those the sentence-type model rules out dropped, those under the confidence floor
    dropped, and the likely types the rules missed added, to the sentences that kept an event and to
    those where the coder found nothing."""
    probabilities = [json.loads(line) for line in TYPE_PROBABILITIES.read_text("utf-8").splitlines()]
    gold = gold_articles({r["set"] for r in rows})
    vetted = [(r, p, c) for r, p, c in zip(rows, probabilities, confidence) if p["type_probability"] >= VETO]
    kept = [r["right"] for r, _, c in vetted if c >= FLOOR]
    sentences: dict[tuple, tuple[dict, dict, set[str]]] = {}
    for r, p, _ in vetted:
        sentences.setdefault((r["set"], r["article"], r["start"]), (r, p["likely_types"], set()))[2].add(r["type"])
    extra = [kind in gold_types_at(r, gold) for r, likely, coded in sentences.values()
             for kind, q in likely.items() if q >= ADD and kind not in coded]
    extra += [kind in gold_types_at(row, gold) for row in map(json.loads, ALONE.read_text("utf-8").splitlines())
              for kind, q in row["likely_types"].items() if q >= READ]
    return f1(sum(kept) + sum(extra), len(kept) + len(extra), sum(map(len, gold.values())))


def train() -> None:
    rows = [json.loads(line) for line in ROWS.read_text("utf-8").splitlines()]
    names = feature_lists(rows)
    right = np.array([r["right"] for r in rows], dtype=float)
    sets = sorted({r["set"] for r in rows})
    gold_events = {s: sum(len(r["events"]) for r in load_gold(GOLD / f"events_{s}.jsonl") if "events" in r) for s in sets}
    held_out = np.zeros(len(rows))
    for s in sets:
        test = np.array([r["set"] == s for r in rows])
        weights, bias = fit([n for n, t in zip(names, test) if not t], right[~test])
        held_out[test] = predict([n for n, t in zip(names, test) if t], weights, bias)
    print("micro F1 of the blind-day events with those under each confidence dropped, one set left out at a time")
    print("set  gold " + " ".join(f"{t:>5}" for t in THRESHOLDS))
    total = Counter()
    for s in sets:
        test = np.array([r["set"] == s for r in rows])
        cells = []
        for t in THRESHOLDS:
            kept = held_out[test] >= t
            tp, predicted = int(right[test][kept].sum()), int(kept.sum())
            total[t, "tp"] += tp
            total[t, "predicted"] += predicted
            cells.append(f"{f1(tp, predicted, gold_events[s])[2]:.3f}")
        print(f"{s:3}  {gold_events[s]:4d} " + " ".join(cells))
    all_gold = sum(gold_events.values())
    for t in THRESHOLDS:
        precision, recall, score = f1(total[t, "tp"], total[t, "predicted"], all_gold)
        mark = "  ← confidence.FLOOR (dropped under it)" if t == FLOOR else ""
        print(f"all, confidence ≥ {t:g}: precision {precision:.3f}, recall {recall:.3f}, F1 {score:.3f}{mark}")
    stage = as_the_stage_runs(rows, held_out)
    print(f"as the stage runs (sentence-type veto, confidence floor, additions), one set left out: "
          f"precision {stage[0]:.3f}, recall {stage[1]:.3f}, F1 {stage[2]:.4f}")
    print("calibration (held out): band, events, share right")
    for low in np.arange(0.0, 1.0, 0.1):
        band = (held_out >= low) & (held_out < low + 0.1)
        if band.any():
            print(f"  {low:.1f}–{low + 0.1:.1f}  {int(band.sum()):5d}  {right[band].mean():.2f}")
    weights, bias = fit(names, right)
    MODEL.write_text(json.dumps({"trained_on": f"{len(rows)} blind-day events of gold sets {', '.join(sets)}",
                                 "bias": bias, "weights": dict(sorted(weights.items()))}, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"model with {len(weights)} features written to {MODEL.relative_to(ROOT)}")
    model.cache_clear()
    articles = defaultdict(list)
    for row in rows:
        articles[row["set"], row["article"]].append(row)
    batches = [([Event(**{k: r[k] for k in KEPT}) for r in group], " " * group[0]["text_length"]) for group in articles.values()]
    began = time.perf_counter()
    for events, text in batches:
        with_confidence(events, text)
    print(f"scoring with the written model: {1e6 * (time.perf_counter() - began) / len(rows):.1f} µs per event")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("collect", "train"))
    parser.add_argument("--sets", nargs="+", metavar="SET", help="collect: remake only these sets' rows, keep the others'")
    args = parser.parse_args()
    if args.step == "collect":
        collect(args.sets)
    else:
        train()


if __name__ == "__main__":
    main()
