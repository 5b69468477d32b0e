"""``onrecord eval copies``: provenance against gold.

Copy groups are scored pairwise: two articles are a pair when they belong to one group
(an original and its copies); precision and recall are over those pairs. ``copy_kind``
is scored as accuracy over the gold copies found with the right original; ``rewritten``
and ``headline_mismatch`` as accuracy over all gold articles.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

from ..api import process
from . import Score, as_input, load_gold


def _pairs(groups: dict[str, str]) -> set[frozenset[str]]:
    members: dict[str, list[str]] = {}
    for article, root in groups.items():
        members.setdefault(root, []).append(article)
    return {frozenset(p) for group in members.values() for p in combinations(sorted(group), 2)}


def evaluate(gold_path: str | Path) -> dict[str, Any]:
    """Run the pipeline (with cross-article resolution) on the gold articles and score provenance."""
    records = [r for r in load_gold(gold_path) if "copy_of" in r]
    articles = {a.input_ref: a for a in process([as_input(r) for r in records], strict=False)}
    gold_id = {a.id: ref for ref, a in articles.items()}
    gold_groups = {str(r["id"]): str(r["copy_of"] or r["id"]) for r in records}
    predicted_groups = {ref: gold_id.get(a.copy_of or "", ref) if a.copy_of else ref for ref, a in articles.items()}
    gold_pairs, predicted_pairs = _pairs(gold_groups), _pairs(predicted_groups)
    score = Score(tp_predicted=len(gold_pairs & predicted_pairs), predicted=len(predicted_pairs),
                  tp_gold=len(gold_pairs & predicted_pairs), gold=len(gold_pairs))
    accuracy: dict[str, Counter[str]] = {"copy_kind": Counter(), "rewritten": Counter(), "headline_mismatch": Counter()}
    for record in records:
        article = articles.get(str(record["id"]))
        if article is None:
            continue
        if record.get("copy_of") and predicted_groups.get(str(record["id"])) == str(record["copy_of"]):
            accuracy["copy_kind"]["right" if article.copy_kind == record.get("copy_kind") else "wrong"] += 1
        for key in ("rewritten", "headline_mismatch"):
            if key in record:
                accuracy[key]["right" if bool(getattr(article, key)) == bool(record[key]) else "wrong"] += 1
    return {"articles": len(records), "copy_pairs": score.as_dict(),
            **{key: {"accuracy": round(c["right"] / (c["right"] + c["wrong"]), 4) if c["right"] + c["wrong"] else 0.0,
                     "n": c["right"] + c["wrong"]} for key, c in accuracy.items()}}
