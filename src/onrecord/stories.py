"""Stories: articles about the same happening, grouped across the store.

An article joins the story whose main actors it shares (at least two, or half of its
own) within a window of days; a copy joins its original's story. Otherwise it starts a
story. Run incrementally after each ingest, after copies and actors are resolved.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .dates import parse_published
from .records import Story, stable_id
from .resolve import register_resolver
from .store import Store

MAIN_ACTORS = 6
WINDOW_DAYS = 14


def _main_actors(store: Store, article_id: str) -> list[str]:
    rows = store.sql("SELECT m.actor_id, count(*) AS n FROM mentions m JOIN actors a ON a.id = m.actor_id "
                     "WHERE m.article_id = ? GROUP BY m.actor_id ORDER BY n DESC, m.actor_id LIMIT ?",
                     [article_id, MAIN_ACTORS])
    return [r["actor_id"] for r in rows]


def _within(published: str | None, first: str | None, last: str | None) -> bool:
    day = parse_published(published)
    start, end = parse_published(first), parse_published(last)
    if day is None or start is None or end is None:
        return True
    return (start - day).days <= WINDOW_DAYS and (day - end).days <= WINDOW_DAYS


def _matches(actors: list[str], story_actors: Counter[str]) -> bool:
    shared = [a for a in actors if a in story_actors]
    return len(shared) >= 2 or (bool(actors) and len(shared) * 2 >= len(actors) and len(shared) >= 1)


@register_resolver("stories", order=60)
def assign_stories(store: Store, new_ids: list[str]) -> None:
    """Put each new article in a story (a new one when none fits) and refresh the story rows."""
    stories: dict[str, dict[str, Any]] = {}
    for row in store.sql("SELECT id, story, published, copy_of FROM articles WHERE story IS NOT NULL"):
        story = stories.setdefault(row["story"], {"actors": Counter(), "first": None, "last": None})
        _extend(story, row["published"], _main_actors(store, row["id"]))
    for row in store.sql("SELECT id, published, copy_of FROM articles WHERE id IN (SELECT unnest(?)) ORDER BY seq", [new_ids]):
        actors = _main_actors(store, row["id"])
        story_id = None
        if row["copy_of"]:
            original = store.sql("SELECT story FROM articles WHERE id = ?", [row["copy_of"]])
            story_id = original[0]["story"] if original else None
        if story_id is None:
            story_id = next((sid for sid, s in stories.items()
                             if _within(row["published"], s["first"], s["last"]) and _matches(actors, s["actors"])), None)
        if story_id is None:
            story_id = stable_id(row["id"], prefix="story_")
            stories[story_id] = {"actors": Counter(), "first": None, "last": None}
        _extend(stories[story_id], row["published"], actors)
        store.con.execute("UPDATE articles SET story = ? WHERE id = ?", [story_id, row["id"]])
    for story in store_stories(store):
        store.con.execute("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?)",
                          [story.id, story.articles, story.first, story.last, story.actors])


def _extend(story: dict[str, Any], published: str | None, actors: list[str]) -> None:
    story["actors"].update(actors)
    if published:
        story["first"] = min(filter(None, [story["first"], published]))
        story["last"] = max(filter(None, [story["last"], published]))


def store_stories(store: Store) -> list[Story]:
    """Every story with its articles (earliest first), date span and main actors by name."""
    rows = store.sql(
        "SELECT a.story, list(a.id ORDER BY coalesce(a.published, '9999'), a.seq) AS articles, "
        "min(a.published) AS first, max(a.published) AS last FROM articles a WHERE a.story IS NOT NULL GROUP BY a.story")
    stories = []
    for row in rows:
        names = store.sql(
            "SELECT ac.name, count(*) AS n FROM mentions m JOIN actors ac ON ac.id = m.actor_id "
            "WHERE m.article_id IN (SELECT unnest(?)) GROUP BY ac.name ORDER BY n DESC, ac.name LIMIT 5", [row["articles"]])
        stories.append(Story(id=row["story"], articles=row["articles"], first=row["first"], last=row["last"],
                             actors=[n["name"] for n in names]))
    return stories
