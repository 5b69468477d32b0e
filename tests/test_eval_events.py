"""``eval events``: matching and scores."""

from __future__ import annotations

import json

from onrecord.evaluate.events import evaluate

TEXT = ("Russian President Vladimir Putin dismissed Anatoly Antonov on October 10. "
        "Kazakhstan hosted talks with Russia in Astana on Thursday.")
EVENTS = [
    {"type": "DISMISS", "mode": "actual", "source_country": "RUS", "date": "2024-10-10",
     "evidence": "Russian President Vladimir Putin dismissed Anatoly Antonov on October 10."},
    {"type": "CONSULT", "mode": "actual", "source_country": "KAZ", "target_country": "RUS", "date": "2024-11-07",
     "location": "Astana", "evidence": "Kazakhstan hosted talks with Russia in Astana on Thursday."},
]


def run(tmp_path, events):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "e1", "published": "2024-11-07", "text": TEXT, "events": events}), encoding="utf-8")
    return evaluate(path).as_dict()


def test_correct_gold_scores_full(tmp_path):
    report = run(tmp_path, EVENTS)
    assert report["type_macro_f1"] == 1.0
    assert report["source_country"]["f1"] == 1.0
    assert report["mode"]["accuracy"] == report["date"]["accuracy"] == report["place"]["accuracy"] == 1.0
    assert report["duplicate_rate"] == 0.0


def test_wrong_type_and_country_lower_the_scores(tmp_path):
    wrong = [dict(EVENTS[0], type="ASSAULT"), dict(EVENTS[1], source_country="TUR")]
    report = run(tmp_path, wrong)
    assert report["type_macro_f1"] < 1.0
    assert report["by_type"]["ASSAULT"]["recall"] == 0.0
    assert report["source_country"]["recall"] == 0.0
