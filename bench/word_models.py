"""What the two word models' fitting scripts share (bench/speech_content.py, bench/sentence_types.py):
the command line and the model file, written one line per word so that a refit shows as a readable diff."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path

Rows = dict[str, list]  # per gold set (a, b, …), its training rows
GOLD = Path(__file__).resolve().parent.parent / "examples" / "gold"


def in_written_order(names: Iterable[str]) -> list[str]:
    """Gold set names in the order the sets were written (a … z, aa, ab …)."""
    return sorted(names, key=lambda n: (len(n), n))


def written_after(last: str) -> set[str]:
    """The event gold sets that come after ``last`` in the order they were written."""
    order = in_written_order(p.stem.removeprefix("events_") for p in GOLD.glob("events_*.jsonl"))
    if last not in order:
        raise SystemExit(f"no gold set {last!r} in {GOLD}")
    return set(order[order.index(last) + 1:])


def dump(fitted: dict) -> str:
    """The model as JSON with one line per word."""
    rows = ",\n".join(f"  {json.dumps(word, ensure_ascii=False)}: {json.dumps(row)}"
                       for word, row in sorted(fitted["weights"].items()))
    head = "".join(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n"
                   for key, value in fitted.items() if key != "weights")
    return f'{{\n{head} "weights": {{\n{rows}\n }}\n}}\n'


def left_out_together(names: list[str], folds: int) -> list[set[str]]:
    """The groups of gold sets scored by one model fitted without them: each set alone (``folds`` 0),
    or every ``folds``-th set in the order they were written, which needs ``folds`` fits, not one a set."""
    ordered = in_written_order(names)
    return [set(ordered[k::folds]) for k in range(folds)] if folds else [{name} for name in ordered]


def train_command(doc: str, training_rows: Callable[[set[str]], Rows], one_set_out: Callable[[Rows, int], None],
                  fit: Callable[[list], dict], trained_on: str, model: Path,
                  collect: Callable[[], None] | None = None) -> None:
    """``train [--hold-out SET …] [--through SET] [--folds N]``: the table of each set scored by a model
    fitted without it, then the model fitted on every set kept; ``collect``, where the script has one,
    makes the training rows first."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["train", "collect"] if collect else ["train"])
    parser.add_argument("--hold-out", action="append", default=[], metavar="SET",
                        help="a gold set (letter) kept out of training, e.g. the session's blind set")
    parser.add_argument("--through", metavar="SET",
                        help="train on the sets written up to this one only (e.g. t: a … t), to rebuild a model")
    parser.add_argument("--folds", type=int, default=0, metavar="N",
                        help="score the sets in N folds (every N-th set left out at once) instead of one at a time")
    arguments = parser.parse_args()
    if arguments.command == "collect":
        assert collect is not None
        collect()
        return
    rows = training_rows(set(arguments.hold_out) | (written_after(arguments.through) if arguments.through else set()))
    print(f"{sum(map(len, rows.values()))} training rows from sets {', '.join(sorted(rows))}")
    one_set_out(rows, arguments.folds)
    fitted = {"trained_on": f"{trained_on}, sets {', '.join(sorted(rows))}",
              **fit([row for kept in rows.values() for row in kept])}
    model.write_text(dump(fitted), "utf-8")
    print(f"model with {len(fitted['weights'])} words written to {model.relative_to(model.parents[3])}")
