"""Evaluation against gold files in the record format (docs/record-format.md).

Each ``eval`` command re-runs the pipeline on the gold articles' own text and compares
what it finds with the annotations, printing precision, recall and F1. Shared here: the
score type and the gold loader.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
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


QUOTE_FOLDS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


@lru_cache(maxsize=64)
def _folded(text: str) -> tuple[str, tuple[int, ...]]:
    """The text with curly quotes made straight and each run of whitespace one space, and for each
    character of it the offset it came from in the text."""
    chars: list[str] = []
    origin: list[int] = []
    for offset, char in enumerate(text.translate(QUOTE_FOLDS)):
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        chars.append(char)
        origin.append(offset)
    return "".join(chars), tuple(origin)


def find_span(text: str, fragment: str, after: int = 0) -> tuple[int, int]:
    """Where a gold fragment (evidence, quote content) lies in the text the pipeline saw, at or
    after ``after``; (-1, -1) when it is not there. The clean stage collapses whitespace and
    the annotator may have typed straight quotes or a line break as a space, so a fragment not
    found as written is looked for with quotes and whitespace folded on both sides."""
    start = text.find(fragment, after)
    if start >= 0:
        return start, start + len(fragment)
    folded, origin = _folded(text)
    wanted = _folded(unicodedata.normalize("NFC", fragment).strip())[0]
    first = next((i for i, offset in enumerate(origin) if offset >= after), len(origin))
    position = folded.find(wanted, first) if wanted else -1
    if position < 0:
        return -1, -1
    return origin[position], origin[position + len(wanted) - 1] + 1


def as_input(record: dict[str, Any]) -> dict[str, Any]:
    """The part of a gold article the pipeline may see (never the annotations)."""
    return {k: record.get(k) for k in ("id", "title", "published", "source", "language", "text", "html")}
