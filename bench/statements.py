"""Statements per second and who-said-what F1: onrecord beside textacy's direct_quotations.

Both run on the same texts in one process, on the same spaCy model: bare spaCy (parse
only) is the floor, textacy adds its quotation rules, onrecord adds actors, direct and
reported speech and speaker resolution. F1 uses the scorer of ``onrecord eval
statements`` on the gold files given.

    .venv/bin/python bench/statements.py examples/gold/statements_a.jsonl examples/gold/statements_b.jsonl
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from onrecord import nlp
from onrecord.api import process
from onrecord.evaluate import as_input, load_gold
from onrecord.evaluate.statements import StatementReport, gold_spans, score_article
from onrecord.records import Article, Statement


def textacy_statements(doc, article_id: str) -> list[Statement]:  # type: ignore[no-untyped-def]
    """textacy's direct quotations as statements (content inside the marks, speaker words)."""
    from textacy.extract.triples import direct_quotations

    found: list[Statement] = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy refuses texts with an odd number of quote marks
        return found
    for triple in triples:
        span = triple.content
        start = span.start_char + 1
        end = span.end_char - 1
        text = doc.text[start:end].rstrip(",").strip()
        found.append(Statement(content=text, start=start, end=start + len(text), kind="direct",
                               speaker=" ".join(t.text for t in triple.speaker), cue=" ".join(t.text for t in triple.cue),
                               article_id=article_id))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold JSONL files (or folders) with statements")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the texts (more = steadier timing)")
    args = parser.parse_args()
    records = [r for path in args.gold for r in load_gold(path) if "statements" in r]
    inputs = [as_input(r) for r in records]
    words = sum(len(r["text"].split()) for r in records)
    model = nlp.load()
    process(inputs[:2])  # warm up every stage once
    textacy_statements(model("“We will go,” she said."), "warm-up")

    start = time.perf_counter()
    for _ in range(args.repeat):
        ours = process(inputs, strict=False)
    ours_s = (time.perf_counter() - start) / args.repeat

    texts = [a.text for a in ours]
    start = time.perf_counter()
    for _ in range(args.repeat):
        docs = list(model.pipe(texts, batch_size=16))
    spacy_s = (time.perf_counter() - start) / args.repeat

    start = time.perf_counter()
    for _ in range(args.repeat):
        docs = list(model.pipe(texts, batch_size=16))
        theirs = [textacy_statements(doc, a.id) for doc, a in zip(docs, ours)]
    textacy_s = (time.perf_counter() - start) / args.repeat

    by_ref = {a.input_ref: a for a in ours}
    reports = {"onrecord": StatementReport(), "textacy": StatementReport()}
    for record, article, baseline in zip(records, ours, theirs):
        article = by_ref.get(str(record["id"]), article)
        gold = gold_spans(article, record["statements"])
        score_article(reports["onrecord"], article, gold)
        other = Article(id=article.id, text=article.text, statements=baseline)
        score_article(reports["textacy"], other, gold)

    n_ours = sum(len(a.statements) for a in ours)
    n_theirs = sum(len(s) for s in theirs)
    print(f"{len(records)} articles, {words} words, model {model.meta['onrecord_model']}, repeat {args.repeat}")
    print(f"{'system':<22}{'seconds':>9}{'words/s':>10}{'statements':>12}{'stmts/s':>9}"
          f"{'stmt F1':>9}{'who-said-what F1':>18}")
    rows = [("spaCy parse only", spacy_s, None, None), ("textacy quotations", textacy_s, n_theirs, reports["textacy"]),
            ("onrecord", ours_s, n_ours, reports["onrecord"])]
    for name, seconds, count, report in rows:
        stmts = f"{count:>12}{count / seconds:>9.1f}" if count is not None else f"{'-':>12}{'-':>9}"
        f1 = (f"{report.statement.f1:>9.3f}{report.who_said_what.f1:>18.3f}" if report else f"{'-':>9}{'-':>18}")
        print(f"{name:<22}{seconds:>9.2f}{words / seconds:>10.0f}{stmts}{f1}")
    print(f"time ratio onrecord / textacy: {ours_s / textacy_s:.2f}×; onrecord / bare spaCy: {ours_s / spacy_s:.2f}×")


if __name__ == "__main__":
    main()
