"""``onrecord eval statements GOLD``."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from ..evaluate.statements import evaluate
from .evaluate import eval_command


def print_scores(title: str, rows: dict[str, dict[str, float | int]]) -> None:
    """A table of precision / recall / F1 rows."""
    table = Table(title=title)
    for column in ("measure", "precision", "recall", "F1", "predicted", "gold"):
        table.add_column(column, justify="right" if column != "measure" else "left")
    for name, score in rows.items():
        table.add_row(name, f"{score['precision']:.3f}", f"{score['recall']:.3f}", f"{score['f1']:.3f}",
                      str(score["predicted"]), str(score["gold"]))
    Console().print(table)


@eval_command("statements")
def eval_statements(gold: str, as_json: bool) -> None:
    """Statement, speaker and who-said-what P/R/F1 on GOLD (JSONL file or folder)."""
    report = evaluate(gold).as_dict()
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    rows = {"statement found": report["statement"], "speaker": report["speaker"],
            "who said what": report["who_said_what"]}
    rows.update({f"who said what ({k})": v for k, v in report["who_said_what_by_kind"].items()})
    print_scores(f"statements — {report['articles']} articles", rows)
    if report["gold_not_found_in_text"]:
        click.echo(f"{report['gold_not_found_in_text']} gold statements not found in the text (not scored)", err=True)
