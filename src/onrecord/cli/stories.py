"""``onrecord stories``: the stories in the record, or one story's timeline."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from ..stories import store_stories
from . import main
from .core import db_option, open_store


@main.command()
@db_option
@click.option("--story", "story_id", default=None, help="Show the timeline of this story (id or prefix).")
@click.option("--limit", default=30, show_default=True, type=click.IntRange(1))
def stories(db: str, story_id: str | None, limit: int) -> None:
    """Stories (articles about one happening): list them, or one story's timeline."""
    console = Console()
    with open_store(db) as store:
        found = sorted(store_stories(store), key=lambda s: (-len(s.articles), s.first or ""))
        if story_id is None:
            table = Table(title="stories")
            for column in ("story", "articles", "first", "last", "main actors"):
                table.add_column(column, overflow="fold")
            for story in found[:limit]:
                table.add_row(story.id, str(len(story.articles)), story.first or "", story.last or "", ", ".join(story.actors))
            console.print(table)
            return
        story = next((s for s in found if s.id.startswith(story_id)), None)
        if story is None:
            raise click.UsageError(f"no story with id {story_id!r}")
        console.rule(f"{story.id}: {', '.join(story.actors)}")
        for article_id in story.articles:
            article = store.article(article_id)
            if article is None:
                continue
            copy = f" [dim](copy of {article.copy_of})[/dim]" if article.copy_of else ""
            console.print(f"[bold]{article.published or 'undated'}[/bold] {article.source or '?'} — {article.title or article.id}{copy}",
                          highlight=False)
            for event in article.events:
                if event.type != "STATEMENT":
                    console.print(f"    {event.date or '?'} {event.type} ({event.mode}) {event.source_actor or '?'} → "
                                  f"{event.target_actor or '-'}", highlight=False)
