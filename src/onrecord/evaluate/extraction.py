"""``onrecord eval extraction DIR``: main-text extraction on the ScrapingHub article
extraction benchmark, onrecord beside trafilatura alone, in one run.

The metric is the benchmark's own (its ABOUT.md): tokens are ``\\w+``; a page's text is a
multiset of 4-gram shingles; per page tp = Σ min, fp = Σ excess predicted, fn = Σ missing;
precision and recall are averaged over pages, and F1 is computed from those means.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..clean import clean, preload
from ..errors import OnrecordError
from ..read import RawItem

TOKEN = re.compile(r"\w+")


def shingle_counts(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


@dataclass
class ExtractionScore:
    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    seconds: float = 0.0
    pages: int = 0

    def add(self, truth: str, predicted: str) -> None:
        true, pred = shingle_counts(truth), shingle_counts(predicted)
        tp = sum((true & pred).values())
        fp = sum((pred - true).values())
        fn = sum((true - pred).values())
        if tp + fp > 0:
            self.precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            self.recalls.append(tp / (tp + fn))
        self.pages += 1

    def as_dict(self) -> dict[str, float | int]:
        p = sum(self.precisions) / len(self.precisions) if self.precisions else 0.0
        r = sum(self.recalls) / len(self.recalls) if self.recalls else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                "pages": self.pages, "ms_per_page": round(1000 * self.seconds / self.pages, 2) if self.pages else 0.0}


def _onrecord_text(html: str) -> str:
    try:
        return clean(RawItem("page", html=html)).text
    except OnrecordError:
        return ""


def _trafilatura_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def _turn(names: list[str], index: int) -> list[str]:
    """The systems in the order they run on page ``index``: each page goes to all of them
    in turn, each first on its share of pages, so that a shared machine's changing load
    and the caches one system warms for the next (trafilatura's, used by both) fall on
    all alike rather than on whichever runs its whole pass later."""
    shift = index % len(names)
    return names[shift:] + names[:shift]


def evaluate(folder: str | Path) -> dict[str, Any]:
    """Score onrecord and trafilatura on a benchmark folder (``ground-truth.json`` + ``html/``),
    timing both page by page once onrecord's lazily loaded language model is in (the
    warm-up call loads trafilatura's imports)."""
    folder = Path(folder)
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, record in truth.items():
        path = folder / "html" / f"{page_id}.html.gz"
        if path.exists():
            pages.append((record.get("articleBody") or "", gzip.decompress(path.read_bytes()).decode("utf-8", "replace")))
    if not pages:
        raise FileNotFoundError(f"no benchmark pages under {folder}/html")
    systems = {"onrecord": _onrecord_text, "trafilatura": _trafilatura_text}
    preload()
    for extract in systems.values():
        extract(pages[0][1])  # warm up imports and caches before timing
    scores = {name: ExtractionScore() for name in systems}
    for index, (body, html) in enumerate(pages):
        for name in _turn(list(systems), index):
            start = time.perf_counter()
            text = systems[name](html)
            scores[name].seconds += time.perf_counter() - start
            scores[name].add(body, text)
    return {name: score.as_dict() for name, score in scores.items()}
