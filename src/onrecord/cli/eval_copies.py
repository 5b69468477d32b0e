"""``onrecord eval copies GOLD``."""

from __future__ import annotations

import json

import click

from ..evaluate.copies import evaluate
from .eval_statements import print_scores
from .evaluate import eval_command


@eval_command("copies")
def eval_copies(gold: str, as_json: bool) -> None:
    """Copy groups (pairwise P/R/F1), copy kind, rewritten and headline-mismatch accuracy on GOLD."""
    report = evaluate(gold)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    print_scores(f"copies — {report['articles']} articles", {"copy pairs": report["copy_pairs"]})
    click.echo(f"copy kind accuracy {report['copy_kind']['accuracy']:.3f} ({report['copy_kind']['n']} copies), "
               f"rewritten {report['rewritten']['accuracy']:.3f} ({report['rewritten']['n']}), "
               f"headline mismatch {report['headline_mismatch']['accuracy']:.3f} ({report['headline_mismatch']['n']})")
