"""Stories: articles about the same happening, grouped across the store.

An article joins the story whose main actors it shares (at least two, or half of its
own) within a window of days; a copy joins its original's story. Otherwise it starts a
story. Run incrementally after each ingest, after copies and actors are resolved.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from .dates import parse_published
from .records import Story, stable_id
from .resolve import register_resolver
from .store import Store

HORIZON = 2000  # stories are looked for among the most recent articles only, so cost stays flat
MAIN_ACTORS = 10
WINDOW_DAYS = 14
WEIGHTS = {"person": 2.0, "org": 2.0, "igo": 1.0, "country": 0.5}
MIN_OVERLAP = 0.15
ACTOR_SHARE = 0.5


def _main_actors(store: Store, article_id: str) -> dict[str, float]:
    """The article's most mentioned actors, weighted: a person says more about a story than a country."""
    rows = store.sql("SELECT m.actor_id, a.kind, count(*) AS n FROM mentions m JOIN actors a ON a.id = m.actor_id "
                     "WHERE m.article_id = ? GROUP BY m.actor_id, a.kind ORDER BY n DESC, m.actor_id LIMIT ?",
                     [article_id, MAIN_ACTORS])
    return {r["actor_id"]: WEIGHTS.get(r["kind"], 1.0) for r in rows}


def _within(published: str | None, first: str | None, last: str | None) -> bool:
    day = parse_published(published)
    start, end = parse_published(first), parse_published(last)
    if day is None or start is None or end is None:
        return True
    return (start - day).days <= WINDOW_DAYS and (day - end).days <= WINDOW_DAYS


WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


def _words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in WORD.findall(text))


def _cosine(a: Counter[str], b: Counter[str], idf: dict[str, float]) -> float:
    dot = sum(a[w] * b[w] * idf.get(w, 1.0) ** 2 for w in a.keys() & b.keys())
    norm_a = math.sqrt(sum((c * idf.get(w, 1.0)) ** 2 for w, c in a.items()))
    norm_b = math.sqrt(sum((c * idf.get(w, 1.0)) ** 2 for w, c in b.items()))
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


def _overlap(actors: dict[str, float], story_actors: Counter[str]) -> float:
    """Weighted share of the article's main actors that the story already has."""
    total = sum(actors.values())
    shared = sum(weight for actor, weight in actors.items() if actor in story_actors)
    return shared / total if total else 0.0


@register_resolver("stories", order=60)
def assign_stories(store: Store, new_ids: list[str]) -> None:
    """Put each new article in a story (a new one when none fits) and refresh the story rows."""
    stories: dict[str, dict[str, Any]] = {}
    recent = ("SELECT id, title, text, story, published, copy_of FROM articles "
              "WHERE seq >= (SELECT max(seq) FROM articles) - ? OR id IN (SELECT unnest(?))")
    rows = store.sql(recent, [HORIZON, new_ids])
    texts = {r["id"]: _words(f"{r['title'] or ''} {r['text']}") for r in rows}
    documents = Counter(w for words in texts.values() for w in words)
    idf = {w: math.log((1 + len(texts)) / (1 + n)) + 1 for w, n in documents.items()}
    for row in (r for r in rows if r["story"] is not None):
        story = stories.setdefault(row["story"], _new_story())
        _extend(story, row["published"], _main_actors(store, row["id"]), texts[row["id"]])
    for row in store.sql("SELECT id, published, copy_of FROM articles WHERE id IN (SELECT unnest(?)) ORDER BY seq", [new_ids]):
        actors = _main_actors(store, row["id"])
        story_id = None
        if row["copy_of"]:
            original = store.sql("SELECT story FROM articles WHERE id = ?", [row["copy_of"]])
            story_id = original[0]["story"] if original else None
        if story_id is None:
            scored = [(ACTOR_SHARE * _overlap(actors, s["actors"]) + (1 - ACTOR_SHARE) * _cosine(texts[row["id"]], s["words"], idf), sid)
                      for sid, s in stories.items() if _within(row["published"], s["first"], s["last"])]
            best = max(scored, default=(0.0, None))
            story_id = best[1] if best[0] >= MIN_OVERLAP else None
        if story_id is None:
            story_id = stable_id(row["id"], prefix="story_")
            stories[story_id] = _new_story()
        _extend(stories[story_id], row["published"], actors, texts[row["id"]])
        store.con.execute("UPDATE articles SET story = ? WHERE id = ?", [story_id, row["id"]])
    for story in store_stories(store):
        store.con.execute("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?)",
                          [story.id, story.articles, story.first, story.last, story.actors])


def _new_story() -> dict[str, Any]:
    return {"actors": Counter(), "words": Counter(), "first": None, "last": None}


def _extend(story: dict[str, Any], published: str | None, actors: dict[str, float], words: Counter[str]) -> None:
    story["actors"].update(actors)
    story["words"].update(words)
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
