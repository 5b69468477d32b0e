"""Whole-pipeline throughput and memory: onrecord ingest beside bare spaCy on the same texts.

Reads the articles under the given paths, repeats them ``--copies`` times (each copy a
distinct article, so nothing is skipped as a duplicate), then measures in one run:
bare spaCy ``nlp.pipe`` (the floor every extractor pays), and ``onrecord.ingest`` into a
fresh DuckDB file (clean, parse, actors, statements, events, store, resolve). Peak RSS is
sampled after each size step to show whether memory stays flat as the corpus grows.

    .venv/bin/python bench/pipeline.py examples/corpus --copies 4
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from onrecord import api, nlp
from onrecord.clean import clean
from onrecord.errors import ItemFailure
from onrecord.read import read_inputs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--copies", type=int, default=3, help="times the corpus is repeated")
    args = parser.parse_args()
    base = [clean(item) for item in read_inputs(args.paths) if not isinstance(item, ItemFailure)]
    texts = [a.text for a in base]
    model = nlp.load()
    model("warm up")
    print(f"{len(base)} articles × {args.copies} copies, model {model.meta['onrecord_model']}")
    print(f"{'step':<28}{'articles':>9}{'words':>9}{'seconds':>9}{'words/s':>9}{'peak RSS MB':>13}")
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        db = Path(folder) / "bench.duckdb"
        total_words = 0
        spacy_seconds = onrecord_seconds = 0.0
        for copy in range(args.copies):
            batch = [dict(id=f"{a.id}-{copy}", title=a.title, published=a.published, text=f"{a.text}\n\nCopy {copy}.")
                     for a in base]
            corpus.write_text("\n".join(json.dumps(r) for r in batch), encoding="utf-8")
            words = sum(len(t.split()) for t in texts)
            start = time.perf_counter()
            list(model.pipe(texts, batch_size=16))
            spacy_seconds += time.perf_counter() - start
            start = time.perf_counter()
            api.ingest([corpus], db=db)
            onrecord_seconds += time.perf_counter() - start
            total_words += words
            n = len(base) * (copy + 1)
            print(f"{'spaCy parse only':<28}{n:>9}{total_words:>9}{spacy_seconds:>9.2f}{total_words / spacy_seconds:>9.0f}{'':>13}")
            print(f"{'onrecord ingest (all stages)':<28}{n:>9}{total_words:>9}{onrecord_seconds:>9.2f}"
                  f"{total_words / onrecord_seconds:>9.0f}{peak_rss_mb():>13.0f}")
    print(f"time ratio onrecord / bare spaCy: {onrecord_seconds / spacy_seconds:.2f}×")


if __name__ == "__main__":
    main()
