"""The fold scoring the candidate models' fitting scripts share (bench/candidate_rows.py): the
tables in docs/quality.md come from it."""

from __future__ import annotations

import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import candidate_rows  # noqa: E402  (a bench script, run with bench/ on the path)
from onrecord.events.confidence import likeliest  # noqa: E402


def row(gold: str | None, rules: str | None, candidates: dict[str, list[str]], matched: bool = True) -> dict:
    return {"set": "a", "type": "COERCE", "matched": matched, "rules": rules, "gold": gold, "candidates": candidates}


def fit(rows: list[dict]) -> dict:
    return candidate_rows.fit_candidates([r for r in rows if r["matched"]],
                                         lambda value, r: value == r["gold"], l2=1.0, least=0.5)


def choose(r: dict, fitted: dict, least: float) -> str | None:
    return likeliest(r["candidates"], fitted, least)


def test_a_model_fitted_on_other_sets_learns_which_candidate_is_right():
    rows = [row("x", "y", {"x": ["bias", "near"], "y": ["bias", "far"]}) for _ in range(20)]
    fitted = fit(rows)
    assert fitted["weights"]["near"] > 0 > fitted["weights"]["far"] and fitted["least"] == 0.5
    assert choose(rows[0], fitted, 0.5) == "x"


def test_scored_out_counts_as_the_scorer_does(capsys):
    sets = {
        "a": [row("x", "y", {"x": ["bias", "near"], "y": ["bias", "far"]}) for _ in range(10)]
        + [row(None, None, {"z": ["bias", "far"]})],  # neither side gives one: not a pair
        "b": [row("x", "x", {"x": ["bias", "near"], "y": ["bias", "far"]}) for _ in range(10)]
        + [row(None, "y", {"y": ["bias", "far"]}, matched=False)],  # an unmatched event counts in precision only
    }
    candidate_rows.scored_out(sets, 0, fit, choose, str.__eq__, "date", (0.5,))
    table = capsys.readouterr().out
    rules = next(line for line in table.splitlines() if "the rules alone" in line)
    model = next(line for line in table.splitlines() if "model, least 0.5" in line)
    assert "accuracy 0.500 of 20" in rules  # b's ten right, a's ten wrong
    assert "accuracy 1.000 of 20" in model and "P 1.000" in model
