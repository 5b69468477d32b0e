"""``onrecord eval extraction DIR``."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from ..evaluate.extraction import evaluate
from .evaluate import eval_group


@eval_group.command("extraction")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_extraction(folder: str, as_json: bool) -> None:
    """Main-text F1 on an article-extraction benchmark folder, beside trafilatura alone."""
    scores = evaluate(folder)
    if as_json:
        click.echo(json.dumps(scores, indent=2))
        return
    table = Table(title="article extraction")
    for column in ("system", "precision", "recall", "F1", "ms/page", "pages"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for name, score in scores.items():
        table.add_row(name, f"{score['precision']:.3f}", f"{score['recall']:.3f}", f"{score['f1']:.3f}",
                      f"{score['ms_per_page']:.1f}", str(score["pages"]))
    Console().print(table)
