"""``eval statements``: the matching rules and the scores on a tiny gold file."""

from __future__ import annotations

import json

import pytest

from onrecord.evaluate.statements import evaluate, same_speaker

GOLD = {"id": "g1", "published": "2025-03-06",
        "text": "Foreign Minister Maria Lindqvist met envoys in Oslo on Monday. “We will not give up on a negotiated "
                "settlement,” Lindqvist said after the talks.\n\nShe added that the next round would take place in Geneva.",
        "statements": [
            {"speaker": "Maria Lindqvist", "kind": "direct", "content": "We will not give up on a negotiated settlement"},
            {"speaker": "Maria Lindqvist", "kind": "indirect", "content": "the next round would take place in Geneva"},
        ]}


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    ("Sergey Lavrov", "Sergei Lavrov", True),
    ("Sergey Lavrov", "Lavrov", True),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
    ("Nicolás Maduro", "nicolas maduro", True),
    ("Kremlin", "the Kremlin", True),
    ("Kim Jong Un", "Kim Yo Jong", False),
    ("Sergey Lavrov", "Vladimir Putin", False),
    ("Sergey Lavrov", None, False),
])
def test_same_speaker(gold, predicted, expected):
    assert same_speaker(gold, predicted) is expected


def test_perfect_and_wrong_speakers(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    report = evaluate(path)
    assert report.statement.f1 == 1.0 and report.who_said_what.f1 == 1.0
    wrong = dict(GOLD, statements=[dict(s, speaker="Jonas Berg") for s in GOLD["statements"]])
    path.write_text(json.dumps(wrong) + "\n", encoding="utf-8")
    report = evaluate(path)
    assert report.statement.f1 == 1.0 and report.who_said_what.f1 == 0.0 and report.speaker.recall == 0.0


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    ("Mainland Affairs Council", "Taiwanese Mainland Affairs Council", True),
    ("Armenia", "the Armenian government", True),
    ("Pakistani Foreign Office", "Pakistan", True),
    ("Pakistani Foreign Office", "Indian Foreign Office", False),
    ("Armenian Foreign Ministry", "Azerbaijani Defence Ministry", False),
])
def test_institutions_and_governments(gold, predicted, expected):
    assert same_speaker(gold, predicted) is expected


def test_acronyms_match_their_names():
    assert same_speaker("Rapid Support Forces", "The RSF")
    assert not same_speaker("Rapid Support Forces", "IPC")
