"""Actor commands: ``actors`` (list, search, load an alias file) and ``actor NAME``."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from ..actors import load_seed
from ..store import Store
from . import main
from .core import db_option, open_store


@main.command()
@click.argument("query", required=False)
@db_option
@click.option("--kind", type=click.Choice(["person", "org", "country", "igo"]), help="Only actors of this kind.")
@click.option("--country", help="Only actors of this country (ISO3).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1))
@click.option("--load", "seed", type=click.Path(exists=True, dir_okay=False),
              help="First load an alias file (CSV or JSON: name, aliases, country, sector, roles).")
def actors(query: str | None, db: str, kind: str | None, country: str | None, limit: int, seed: str | None) -> None:
    """List actors, or those whose name or alias contains QUERY."""
    if seed:
        with Store(db) as store:
            try:
                count = load_seed(store, seed)
            except (ValueError, KeyError) as exc:
                raise click.UsageError(f"cannot load {seed}: {exc}") from exc
        click.echo(f"{count} actors loaded from {seed}", err=True)
    with open_store(db) as store:
        found = store.find_actors(query, kind=kind, country=country, limit=limit)
    table = Table(title="actors")
    for column in ("name", "kind", "country", "sector", "roles", "aliases", "mentions"):
        table.add_column(column, overflow="fold")
    for actor, mentions in found:
        table.add_row(actor.name, actor.kind, actor.country or "", actor.sector or "", "; ".join(actor.roles),
                      "; ".join(actor.aliases[:6]), str(mentions))
    Console().print(table)


@main.command()
@click.argument("name")
@db_option
def actor(name: str, db: str) -> None:
    """One actor: aliases, roles, and statements over time."""
    with open_store(db) as store:
        matches = store.find_actors(name, limit=5)
        if not matches:
            raise click.UsageError(f"no actor matches {name!r}")
        chosen, mentions = matches[0]
        statements = store.statements_of(chosen.id)
        history = store.role_history(chosen.id)
    console = Console()
    console.rule(f"{chosen.name} ({chosen.kind})")
    console.print(f"country {chosen.country or '?'} · sector {chosen.sector or '?'} · {mentions} mentions", highlight=False)
    for span in history:
        held = f"seen {span.first_seen} … {span.last_seen}" if span.first_seen else "seen only as former"
        dates = "".join(f" · {label} {day}" for label, day in (("since", span.since), ("until", span.until)) if day)
        console.print(f"role: {span.role} ({held}{dates})", highlight=False)
    if chosen.aliases:
        console.print("aliases: " + "; ".join(chosen.aliases), highlight=False)
    if len(matches) > 1:
        console.print("[dim]also matching: " + ", ".join(a.name for a, _ in matches[1:]) + "[/dim]", highlight=False)
    console.rule("statements")
    for statement, published in statements:
        when = statement.date or f"published {published or '?'}"
        console.print(f"[bold]{when}[/bold] ({statement.kind}, {statement.cue or '-'}) {statement.content}", highlight=False)
