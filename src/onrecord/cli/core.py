"""Core commands: ingest, export, stats, show."""

from __future__ import annotations

import sys
from typing import TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from .. import api
from ..errors import OnrecordError
from ..records import Event, Statement
from ..export import FORMATS, write
from ..store import DEFAULT_DB, TABLES, Store
from . import main

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="DuckDB file of the record.")


G = TypeVar("G", Statement, Event)


def first_of_each_group(records: list[G]) -> list[G]:
    """One record per statement or event carried by several articles (the first listed)."""
    seen: set[str] = set()
    unique = []
    for record in records:
        key = record.group_id or record.id or ""
        if key not in seen:
            seen.add(key)
            unique.append(record)
    return unique


def open_store(db: str) -> Store:
    try:
        return Store(db, read_only=True)
    except FileNotFoundError as exc:
        raise click.UsageError(f"{exc}; run `onrecord ingest` first") from exc


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10_000),
              help="Articles per transaction.")
@click.option("--replace", is_flag=True, help="Re-extract articles already stored instead of skipping them.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: only on a terminal).")
def ingest(inputs: tuple[str, ...], db: str, batch_size: int, replace: bool, progress: bool | None) -> None:
    """Read INPUTS (files, folders, or - for JSONL on stdin), extract, and store.

    Formats: .txt (first line is the title), .html, .jsonl/.csv (text or html, with
    optional id, url, source, title, published, language). Re-running the same input
    adds nothing.
    """
    err = Console(stderr=True)
    show = sys.stderr.isatty() if progress is None else progress
    columns = (SpinnerColumn(), TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, disable=not show, transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        try:
            total, new, failures = api.ingest(inputs, db=db, batch_size=batch_size, replace=replace,
                                              progress=lambda n: bar.advance(task, n))
        except OnrecordError as exc:
            raise click.ClickException(str(exc)) from exc
    for failure in failures:
        click.echo(f"failed {failure.ref}: {failure.reason}", err=True)
    ok = total - len(failures)
    click.echo(f"{total} items read, {ok} processed, {new} new articles stored, "
               f"{len(failures)} failed → {db}", err=True)
    if failures:
        sys.exit(1)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--what", type=click.Choice(sorted(TABLES)), default="articles", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="File to write (default: stdout).")
def export(db: str, fmt: str, what: str, output: str | None) -> None:
    """Export records as JSONL, CSV or Parquet."""
    if fmt == "parquet" and output is None:
        raise click.UsageError("parquet is binary: give an output file with -o")
    with open_store(db) as store:
        count = write(store, what, fmt, output if output else sys.stdout)
    if output:
        click.echo(f"{count} {what} written to {output}", err=True)


@main.command()
@db_option
def stats(db: str) -> None:
    """Counts of what the record holds."""
    with open_store(db) as store:
        counts = store.stats()
        speakers = store.sql("SELECT speaker, count(*) AS n FROM statements WHERE speaker IS NOT NULL "
                             "GROUP BY speaker ORDER BY n DESC, speaker LIMIT 10")
    console = Console()
    table = Table(title=f"onrecord — {db}")
    table.add_column("records")
    table.add_column("count", justify="right")
    for name, count in counts.items():
        table.add_row(name, str(count))
    console.print(table)
    if speakers:
        top = Table(title="most quoted speakers")
        top.add_column("speaker")
        top.add_column("statements", justify="right")
        for row in speakers:
            top.add_row(row["speaker"], str(row["n"]))
        console.print(top)


@main.command()
@click.argument("article_id")
@db_option
def show(article_id: str, db: str) -> None:
    """Show one article (id or id prefix) with its statements highlighted."""
    with open_store(db) as store:
        article = store.article(article_id)
    if article is None:
        raise click.UsageError(f"no article with id {article_id!r}")
    console = Console()
    console.rule(article.title or article.id)
    console.print(f"[dim]{article.id} · {article.source or '?'} · {article.published or 'undated'} · "
                  f"{article.url or article.input_ref or ''}[/dim]", highlight=False)
    text = Text(article.text)
    for statement in article.statements:
        style = "bold yellow" if statement.kind == "direct" else "bold cyan"
        text.stylize(style, statement.start, statement.end)
    console.print(text)
    console.rule("statements")
    for statement in article.statements:
        console.print(f"[bold]{statement.speaker or '?'}[/bold] ({statement.kind}, {statement.cue or '-'}"
                      f"{', ' + statement.date if statement.date else ''}): {statement.content}", highlight=False)
    if article.boilerplate:
        console.rule("removed boilerplate")
        for line in article.boilerplate:
            console.print(f"[dim]{line}[/dim]", highlight=False)


@main.command()
@db_option
@click.option("--speaker", default=None, help="Only statements of this speaker (substring, any case).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1), help="Rows to show.")
def who(db: str, speaker: str | None, limit: int) -> None:
    """A table of who said what."""
    with open_store(db) as store:
        statements = store.statements(speaker=speaker)
        titles = {r["id"]: r["title"] for r in store.sql("SELECT id, title FROM articles")}
    statements = first_of_each_group(statements)
    table = Table(title="who said what", show_lines=False)
    for column in ("speaker", "kind", "cue", "date", "what", "article", "sources"):
        table.add_column(column, overflow="fold")
    for statement in statements[:limit]:
        content = statement.content if len(statement.content) <= 140 else statement.content[:137] + "…"
        title = titles.get(statement.article_id or "") or statement.article_id or ""
        table.add_row(statement.speaker or "?", statement.kind, statement.cue or "", statement.date or "",
                      content, title[:40], str(len(statement.articles)))
    Console().print(table)
    if len(statements) > limit:
        click.echo(f"… {len(statements) - limit} more (--limit)", err=True)
