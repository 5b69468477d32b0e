"""Across articles: one event reported by several articles becomes one group listing all its sources."""

from __future__ import annotations

from typing import Any

from ..dates import parse_published
from ..resolve import register_resolver
from ..store import Store

DATE_WINDOW_DAYS = 3


def _near(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    da, db = parse_published(a), parse_published(b)
    if da is None or db is None:
        return a[:7] == b[:7]
    return abs((da - db).days) <= DATE_WINDOW_DAYS


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One event reported twice: same type, actors that agree, dates within a window, same place."""
    if a["type"] != b["type"] or a["type"] == "STATEMENT":
        return False
    for key in ("source", "target"):
        ca, cb = a[f"{key}_country"] or a[f"{key}_actor"], b[f"{key}_country"] or b[f"{key}_actor"]
        if ca and cb and ca != cb:
            return False
    if not (a["source_country"] or a["source_actor"]) or not (b["source_country"] or b["source_actor"]):
        return False
    if a["location"] and b["location"] and a["location"] != b["location"]:
        return False
    return _near(a["date"] or a["published"], b["date"] or b["published"])


@register_resolver("events", order=50)
def merge_events(store: Store, new_ids: list[str]) -> None:
    """One event reported by several articles becomes one group listing all its sources."""
    rows = store.sql(
        "SELECT e.id, e.article_id, e.type, e.source_actor, e.source_country, e.target_actor, e.target_country, "
        "e.date, e.location, e.group_id, a.published, a.seq FROM events e JOIN articles a ON a.id = e.article_id "
        "ORDER BY a.seq, e.start")
    new = set(new_ids)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_type.setdefault(row["type"], []).append(row)
    changed: set[str] = set()
    for group in by_type.values():
        for row in (r for r in group if r["article_id"] in new):
            match = next((o for o in group if o["article_id"] != row["article_id"] and same_event(o, row)), None)
            if match is not None:
                group_id = match["group_id"] or match["id"]
                match["group_id"] = row["group_id"] = group_id
                changed.add(group_id)
    for group_id in changed:
        members = [r for group in by_type.values() for r in group if r["group_id"] == group_id]
        ordered = sorted(members, key=lambda r: (r["published"] or "9999", r["seq"]))
        articles = list(dict.fromkeys(r["article_id"] for r in ordered))
        store.con.execute("UPDATE events SET group_id = ?, articles = ? WHERE id IN (SELECT unnest(?))",
                          [group_id, articles, [r["id"] for r in members]])
