"""``onrecord eval actors GOLD``."""

from __future__ import annotations

import json

import click

from ..evaluate.actors import evaluate
from .eval_statements import print_scores
from .evaluate import eval_command


@eval_command("actors")
def eval_actors(gold: str, as_json: bool) -> None:
    """Mention→actor clustering (pairwise F1, B³) and affiliation accuracy on GOLD."""
    report = evaluate(gold).as_dict()
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    b3 = report["b_cubed"]
    print_scores(f"actors — {report['mentions']} gold mentions, {report['mentions_found']} found",
                 {"pairwise": report["pairwise"],
                  "B³": {**b3, "predicted": report["mentions"], "gold": report["mentions"]}})
    click.echo(f"affiliation accuracy: country {report['country']['accuracy']:.3f} "
               f"({report['country']['actors']} actors), sector {report['sector']['accuracy']:.3f} "
               f"({report['sector']['actors']} actors)")
