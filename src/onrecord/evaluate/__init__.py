"""Evaluation against gold files in the record format (docs/record-format.md).

Each ``eval`` command re-runs the pipeline on the gold articles' own text and compares
what it finds with the annotations, printing precision, recall and F1. Shared here: the
score type and the gold loader.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Score:
    """Precision / recall / F1 from counts (true positives, predicted, gold)."""

    tp_predicted: int = 0
    predicted: int = 0
    tp_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "predicted": self.predicted, "gold": self.gold}


def gold_files(path: str | Path) -> list[Path]:
    """A gold file, or every ``*.jsonl`` in a folder (sorted)."""
    path = Path(path)
    if path.is_dir():
        return sorted(path.glob("*.jsonl"))
    if not path.exists():
        raise FileNotFoundError(f"no gold file or folder at {path}")
    return [path]


def load_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """Gold articles from a JSONL file or folder; each must carry ``text`` or ``html``."""
    for file in gold_files(path):
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            if not (record.get("text") or record.get("html")):
                raise ValueError(f"{file}:{number}: gold article has neither text nor html")
            record.setdefault("id", f"{file.stem}:{number}")
            yield record


def as_input(record: dict[str, Any]) -> dict[str, Any]:
    """The part of a gold article the pipeline may see (never the annotations)."""
    return {k: record.get(k) for k in ("id", "title", "published", "source", "language", "text", "html")}
