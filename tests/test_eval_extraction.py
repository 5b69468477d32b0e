"""``eval extraction``: the benchmark metric, and a tiny benchmark folder end to end."""

from __future__ import annotations

import gzip
import json

from onrecord.evaluate.extraction import ExtractionScore, evaluate

BODY = " ".join(f"Sentence number {i} reports that the envoys met again in Geneva for talks." for i in range(12))


def test_metric_on_known_texts():
    score = ExtractionScore()
    score.add("a b c d e", "a b c d e")
    assert score.as_dict()["f1"] == 1.0
    half = ExtractionScore()
    half.add("a b c d e f g", "a b c d x y z")
    assert 0 < half.as_dict()["f1"] < 1


def test_tiny_benchmark_folder(tmp_path):
    (tmp_path / "html").mkdir()
    page = f"<html><body><nav>Home | World</nav><article><p>{BODY}</p></article><footer>© Site</footer></body></html>"
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(page.encode()))
    (tmp_path / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": BODY, "url": "https://x.example"}}))
    scores = evaluate(tmp_path)
    assert set(scores) == {"onrecord", "trafilatura"}
    assert scores["onrecord"]["f1"] > 0.9 and scores["onrecord"]["pages"] == 1
