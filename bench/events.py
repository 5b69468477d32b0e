"""What the event stage costs beside the spaCy parse it runs on (the issue's budget: 20 ms
per sentence on one core).

The gold texts are parsed once by bare spaCy (the floor every parse-based coder pays), then
the whole pipeline runs with a timer around the event stage alone (coding, the speech model and
the confidence); the figure is the event stage's milliseconds per sentence and its ratio to the
parse. Pin a core for stable figures:

    taskset -c 0 .venv/bin/python bench/events.py examples/gold/events_a.jsonl examples/gold/events_b.jsonl
"""

from __future__ import annotations

import argparse
import time

from onrecord import nlp
from onrecord.api import process
from onrecord.evaluate import as_input, load_gold
from onrecord.events import stage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold JSONL files whose texts to code")
    args = parser.parse_args()
    records = [r for path in args.gold for r in load_gold(path) if r.get("text")]
    texts = [r["text"] for r in records]
    model = nlp.load()
    process(texts[:2])  # load every model and table before timing
    start = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in model.pipe(texts))
    parse = time.perf_counter() - start
    spent = [0.0]
    # coding, retyping plain statements, then scoring
    originals = {name: getattr(stage, name) for name in ("events_in", "retyped", "with_confidence")}

    def timed(step):  # type: ignore[no-untyped-def]
        def run(*args):  # type: ignore[no-untyped-def]
            began = time.perf_counter()
            result = step(*args)
            spent[0] += time.perf_counter() - began
            return result
        return run

    for name, step in originals.items():
        setattr(stage, name, timed(step))
    try:
        articles = process([as_input(r) for r in records], strict=False)
    finally:
        for name, step in originals.items():
            setattr(stage, name, step)
    found = sum(len(a.events) for a in articles)
    print(f"{len(records)} texts, {sentences} sentences, {found} events")
    print(f"bare spaCy parse   {1000 * parse / sentences:7.2f} ms/sentence")
    print(f"onrecord events    {1000 * spent[0] / sentences:7.2f} ms/sentence  "
          f"({spent[0] / parse:.2f}× the parse)")


if __name__ == "__main__":
    main()
