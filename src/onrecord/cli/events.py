"""``onrecord events``: PLOVER events, filtered."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from . import main
from .core import db_option, first_of_each_group, open_store


@main.command()
@db_option
@click.option("--actor", help="Source or target actor (substring, any case).")
@click.option("--country", help="Source or target country (ISO3).")
@click.option("--type", "event_type", help="PLOVER type (ASSAULT, CONSULT, …, STATEMENT, ELECTION, APPOINT, DISMISS).")
@click.option("--since", help="From this date (YYYY-MM-DD).")
@click.option("--until", help="Up to this date (YYYY-MM-DD).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Only events at least this likely to be right (0–1; at 0.8 about nine in ten are, at recall ≈ 0.56).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1))
def events(db: str, actor: str | None, country: str | None, event_type: str | None, since: str | None,
           until: str | None, min_confidence: float | None, limit: int) -> None:
    """Who did what to whom: events with their mode, date, place, evidence and confidence."""
    with open_store(db) as store:
        found = store.events(actor=actor, country=country, type=event_type, since=since, until=until,
                             min_confidence=min_confidence)
    unique = first_of_each_group(found)
    table = Table(title="events")
    for column in ("date", "type", "mode", "source", "target", "place", "evidence", "sources", "conf."):
        table.add_column(column, overflow="fold")
    for event in unique[:limit]:
        source = f"{event.source_actor or '?'} ({event.source_country or '-'})"
        target = f"{event.target_actor or '-'} ({event.target_country or '-'})" if event.target_actor or event.target_country else ""
        evidence = event.evidence if len(event.evidence) <= 120 else event.evidence[:117] + "…"
        table.add_row(event.date or "", event.type, event.mode or "", source, target, event.location or "", evidence,
                      str(len(event.articles)), "" if event.confidence is None else f"{event.confidence:.2f}")
    Console().print(table)
    if len(unique) > limit:
        click.echo(f"… {len(unique) - limit} more (--limit)", err=True)
