"""``onrecord eval events GOLD``."""

from __future__ import annotations

import json

import click

from ..evaluate.events import agreement, evaluate
from .eval_statements import print_scores
from .evaluate import eval_command


@eval_command("events")
@click.option("--against", type=click.Path(exists=True), default=None,
              help="Score this second annotation of the same articles instead of the pipeline (inter-annotator agreement).")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write every missed, spurious or duplicate event and every matched one with a wrong country, mode, "
                   "date or place to this JSONL file, with its evidence sentence.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Score only the pipeline's events at least this likely to be right (the precision/recall a user "
                   "filtering on confidence gets).")
def eval_events(gold: str, as_json: bool, against: str | None, errors_path: str | None,
                min_confidence: float | None) -> None:
    """Type macro-F1, source/target country F1, mode/date/place accuracy, duplicate rate on GOLD."""
    if against and min_confidence is not None:
        raise click.UsageError("--min-confidence filters the pipeline's events; a second annotation has no confidence")
    scored = agreement(gold, against) if against else evaluate(gold, min_confidence)
    if errors_path:
        with open(errors_path, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(error, ensure_ascii=False) + "\n" for error in scored.errors)
        click.echo(f"{len(scored.errors)} errors written to {errors_path}", err=True)
    report = scored.as_dict()
    if report["gold_not_found_in_text"]:
        click.echo(f"{report['gold_not_found_in_text']} gold events whose evidence is not in the text (counted as missed)",
                   err=True)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    rows = {"type (micro)": report["type_micro"], "source country": report["source_country"],
            "target country": report["target_country"]}
    rows.update({f"  {t}": s for t, s in report["by_type"].items()})
    print_scores(f"events — type macro-F1 {report['type_macro_f1']:.3f}", rows)
    click.echo(f"mode accuracy {report['mode']['accuracy']:.3f} ({report['mode']['pairs']} pairs), "
               f"date {report['date']['accuracy']:.3f} ({report['date']['pairs']}), "
               f"place {report['place']['accuracy']:.3f} ({report['place']['pairs']}), "
               f"duplicate rate {report['duplicate_rate']:.3f}")
    if report["type_micro_at_confidence"]:
        click.echo("keeping events of confidence " + "; ".join(
            f"≥ {level}: precision {score['precision']:.3f}, recall {score['recall']:.3f}"
            for level, score in report["type_micro_at_confidence"].items()))
    click.echo(f"on matched events: source country {report['source_country_on_matched']['accuracy']:.3f} "
               f"({report['source_country_on_matched']['pairs']}), "
               f"target country {report['target_country_on_matched']['accuracy']:.3f} "
               f"({report['target_country_on_matched']['pairs']})")
