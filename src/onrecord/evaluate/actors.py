"""``onrecord eval actors``: mention → actor clustering and affiliation.

Every gold alias occurrence in a gold article is a mention with a gold actor id; its
predicted actor is the actor of the predicted mention that best covers it (a mention the
pipeline missed is its own singleton). Clustering is scored pairwise (P/R/F1 over
mention pairs) and with B³; affiliation is the accuracy of country and sector of the
actor predicted for each gold actor (its most frequent prediction).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from ..api import process
from ..records import mention_at
from . import Score, as_input, load_gold


@dataclass
class ActorReport:
    pairwise: Score = field(default_factory=Score)
    b_cubed_precision: float = 0.0
    b_cubed_recall: float = 0.0
    mentions: int = 0
    mentions_found: int = 0
    country: Counter[str] = field(default_factory=Counter)
    sector: Counter[str] = field(default_factory=Counter)

    @property
    def b_cubed_f1(self) -> float:
        p, r = self.b_cubed_precision, self.b_cubed_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        def accuracy(counter: Counter[str]) -> dict[str, float | int]:
            total = counter["right"] + counter["wrong"]
            return {"accuracy": round(counter["right"] / total, 4) if total else 0.0, "actors": total}

        return {"mentions": self.mentions, "mentions_found": self.mentions_found,
                "pairwise": self.pairwise.as_dict(),
                "b_cubed": {"precision": round(self.b_cubed_precision, 4), "recall": round(self.b_cubed_recall, 4),
                            "f1": round(self.b_cubed_f1, 4)},
                "country": accuracy(self.country), "sector": accuracy(self.sector)}


def _occurrences(text: str, alias: str) -> list[tuple[int, int]]:
    pattern = r"(?<!\w)" + re.escape(alias) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text)]


PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout|around|within|via)\s+(?:the\s+)?$", re.IGNORECASE)


def gold_mentions(text: str, actors: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """Every occurrence of a gold name or alias, longest first; a name inside a longer gold
    name ("Russia" in "Russia's top diplomat") is part of that mention, not one of its own,
    and a name used as a place ("talks in Washington") is no actor mention: gold lists aliases,
    not spans, so the place use of an actor's name is told apart here."""
    found = [(start, end, actor["id"]) for actor in actors
             for alias in dict.fromkeys([actor.get("name", ""), *actor.get("aliases", [])]) if alias
             for start, end in _occurrences(text, alias) if not PLACE_BEFORE.search(text[max(0, start - 20):start])]
    kept: list[tuple[int, int, str]] = []
    for start, end, gold_id in sorted(found, key=lambda o: (o[0] - o[1], o[0])):
        if not any(s <= start and end <= e for s, e, _ in kept):
            kept.append((start, end, gold_id))
    return sorted(kept)


def evaluate(gold_path: str | Path) -> ActorReport:
    """Run the pipeline (with cross-article resolution) on the gold articles and score actors."""
    records = [r for r in load_gold(gold_path) if r.get("actors")]
    articles = {a.input_ref: a for a in process([as_input(r) for r in records], strict=False)}
    items: list[tuple[str, str]] = []  # (gold actor id, predicted actor id)
    predicted_for: dict[str, Counter[str]] = defaultdict(Counter)
    gold_actor: dict[str, dict[str, Any]] = {}
    predicted_actor: dict[str, Any] = {}
    report = ActorReport()
    for record in records:
        article = articles.get(str(record["id"]))
        if article is None:
            continue
        predicted_actor.update({a.id: a for a in article.actors})
        for actor in record["actors"]:
            gold_actor.setdefault(actor["id"], actor)
        for start, end, gold_id in gold_mentions(article.text, record["actors"]):
            hit = mention_at(article.mentions, start, end)
            report.mentions += 1
            if hit is None:
                items.append((gold_id, f"missed:{record['id']}:{start}"))
                continue
            report.mentions_found += 1
            items.append((gold_id, hit.actor_id))
            predicted_for[gold_id][hit.actor_id] += 1
    _pairwise(report, items)
    _b_cubed(report, items)
    for gold_id, counts in predicted_for.items():
        gold = gold_actor[gold_id]
        predicted = predicted_actor.get(counts.most_common(1)[0][0])
        for key, counter in (("country", report.country), ("sector", report.sector)):
            if gold.get(key):
                counter["right" if predicted is not None and getattr(predicted, key) == gold[key] else "wrong"] += 1
    return report


def _pairwise(report: ActorReport, items: list[tuple[str, str]]) -> None:
    score = report.pairwise
    for (gold_a, pred_a), (gold_b, pred_b) in combinations(items, 2):
        same_gold, same_pred = gold_a == gold_b, pred_a == pred_b
        score.gold += same_gold
        score.predicted += same_pred
        if same_gold and same_pred:
            score.tp_gold += 1
            score.tp_predicted += 1


def _b_cubed(report: ActorReport, items: list[tuple[str, str]]) -> None:
    if not items:
        return
    gold_sizes = Counter(g for g, _ in items)
    pred_sizes = Counter(p for _, p in items)
    both = Counter(items)
    report.b_cubed_precision = sum(both[item] / pred_sizes[item[1]] for item in items) / len(items)
    report.b_cubed_recall = sum(both[item] / gold_sizes[item[0]] for item in items) / len(items)
