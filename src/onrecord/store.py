"""The store: one DuckDB file behind one interface.

Ingest is idempotent (an article's id is its url hash, else its given id, else the hash
of its clean text; an id already stored is skipped) and transactional per batch (a batch
is committed whole or not at all, so a kill loses nothing committed). Articles are
stored normalised: one row per article, statement, event, mention and actor.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from .gazetteer import lookup
from .records import SCHEMA_VERSION, Actor, Article, Event, Mention, RoleSpan, Statement

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_DB = "onrecord.duckdb"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, title VARCHAR, published VARCHAR,
    language VARCHAR, text VARCHAR, boilerplate VARCHAR[], wire_ids VARCHAR[],
    copy_of VARCHAR, copy_kind VARCHAR, rewritten BOOLEAN, rewritten_evidence VARCHAR[],
    headline_mismatch BOOLEAN, story VARCHAR, input_ref VARCHAR, seq BIGINT,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE SEQUENCE IF NOT EXISTS article_seq;
CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, aliases VARCHAR[], country VARCHAR,
    sector VARCHAR, roles VARCHAR[]
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, actor_id VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER, label VARCHAR
);
CREATE TABLE IF NOT EXISTS actor_roles (
    actor_id VARCHAR, role VARCHAR, article_id VARCHAR, PRIMARY KEY (actor_id, role, article_id)
);
CREATE TABLE IF NOT EXISTS actor_aliases (
    alias VARCHAR PRIMARY KEY, actor_id VARCHAR, origin VARCHAR
);
CREATE TABLE IF NOT EXISTS statements (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, speaker VARCHAR, speaker_id VARCHAR, kind VARCHAR,
    cue VARCHAR, content VARCHAR, start INTEGER, "end" INTEGER, date VARCHAR, place VARCHAR,
    negated BOOLEAN, future BOOLEAN, articles VARCHAR[], group_id VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, type VARCHAR, mode VARCHAR, context VARCHAR[],
    cameo VARCHAR, source_actor VARCHAR, source_country VARCHAR, target_actor VARCHAR,
    target_country VARCHAR, date VARCHAR, location VARCHAR, location_country VARCHAR,
    evidence VARCHAR, start INTEGER, "end" INTEGER, articles VARCHAR[], latitude DOUBLE, longitude DOUBLE,
    trigger VARCHAR, group_id VARCHAR, confidence DOUBLE
);
ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence DOUBLE;
CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY, articles VARCHAR[], first VARCHAR, last VARCHAR, actors VARCHAR[]
);
CREATE TABLE IF NOT EXISTS article_signatures (
    id VARCHAR PRIMARY KEY, seq BIGINT, minhash BLOB, quotes UBIGINT[]
);
CREATE TABLE IF NOT EXISTS source_lines (
    source VARCHAR, line_hash BIGINT, article_id VARCHAR, PRIMARY KEY (source, line_hash, article_id)
);
CREATE TABLE IF NOT EXISTS failures (
    ref VARCHAR, reason VARCHAR, failed_at TIMESTAMP DEFAULT current_timestamp
);
"""

ARTICLE_COLUMNS = ("id", "url", "source", "title", "published", "language", "text", "boilerplate",
                   "wire_ids", "copy_of", "copy_kind", "rewritten", "rewritten_evidence",
                   "headline_mismatch", "story", "input_ref")
STATEMENT_COLUMNS = ("id", "article_id", "speaker", "speaker_id", "kind", "cue", "content", "start",
                     "end", "date", "place", "negated", "future", "articles", "group_id")
EVENT_COLUMNS = ("id", "article_id", "type", "mode", "context", "cameo", "source_actor",
                 "source_country", "target_actor", "target_country", "date", "location",
                 "location_country", "evidence", "start", "end", "articles", "latitude", "longitude", "trigger",
                 "group_id", "confidence")
ACTOR_COLUMNS = ("id", "name", "kind", "aliases", "country", "sector", "roles")
STORY_COLUMNS = ("id", "articles", "first", "last", "actors")
TABLES = {"articles": ARTICLE_COLUMNS, "statements": STATEMENT_COLUMNS, "events": EVENT_COLUMNS,
          "actors": ACTOR_COLUMNS, "stories": STORY_COLUMNS}


def _quoted(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def role_key(role: str) -> str:
    """One key for one role however the country in it is written ("ambassador to the U.S." and
    "Ambassador to the United States")."""
    words = re.findall(r"[\w.'-]+", role.lower())
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            place = lookup(" ".join(words[i:i + size]).rstrip("."))
            if place is not None and place.kind == "country" and i + size <= len(words):
                out.append(place.iso3)
                i += size
                break
        else:
            out.append(words[i].strip("."))
            i += 1
    return " ".join(w for w in out if w not in {"the", "of"})


def widened_affiliation(kind: str, stored: tuple[str | None, str | None],
                        seen: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """(country, sector) of a stored actor seen again. A stored sector stays unless it is
    unknown, only the private-person default (CVL), which a sector seen elsewhere ("Finance
    Minister Jane Roe") replaces, or a former head's ELI, which an office held now replaces
    (Rutte, NATO's secretary general); an international civil servant has no country."""
    (country, sector), (new_country, new_sector) = stored, seen
    if sector is None or sector == "CVL" or sector == "ELI" and new_sector not in {None, "CVL"}:
        sector = new_sector or sector
    if kind in {"person", "role"} and sector == "IGO":
        return None, sector
    return country or new_country, sector


class Store:
    """A DuckDB-backed record store: ingest batches, query typed records or DataFrames."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise FileNotFoundError(f"no onrecord database at {self.path}")
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA)
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def add(self, articles: list[Article], failures: Iterable[Any] = (), replace: bool = False) -> list[str]:
        """Store a batch in one transaction; returns the ids of the articles stored."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            seen = self.known_ids(a.id for a in articles)
            if replace and seen:
                self._delete(list(seen))
                seen = set()
            new = [a for a in articles if a.id not in seen]
            unique: dict[str, Article] = {}
            for article in new:
                unique.setdefault(article.id, article)
            self._insert(list(unique.values()))
            for failure in failures:
                self.con.execute("INSERT INTO failures (ref, reason) VALUES (?, ?)", [failure.ref, failure.reason])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return list(unique)

    def _delete(self, ids: list[str]) -> None:
        for table in ("statements", "events", "mentions", "source_lines", "actor_roles"):
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
        self.con.execute("DELETE FROM article_signatures WHERE id IN (SELECT unnest(?))", [ids])
        self.con.execute("DELETE FROM stories WHERE len(list_filter(articles, lambda x: list_contains(?, x))) > 0", [ids])
        self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [ids])

    def _insert(self, articles: list[Article]) -> None:
        """Insert a batch: one columnar insert per table (row-by-row inserts are slow in DuckDB)."""
        if not articles:
            return
        first_seq = self.con.execute("SELECT nextval('article_seq')").fetchone()[0]  # type: ignore[index]
        self.con.execute(f"SELECT setval('article_seq', {first_seq + len(articles)})").fetchall()
        self._bulk("articles", (*ARTICLE_COLUMNS, "seq"),
                   [[*(getattr(a, c) for c in ARTICLE_COLUMNS), first_seq + i] for i, a in enumerate(articles)])
        self._bulk("mentions", ("article_id", "actor_id", "text", "start", "end", "label"),
                   [[a.id, m.actor_id, m.text, m.start, m.end, m.label] for a in articles for m in a.mentions])
        for table, columns, attribute in (("statements", STATEMENT_COLUMNS, "statements"), ("events", EVENT_COLUMNS, "events")):
            rows = [[a.id if c == "article_id" else getattr(r, c) for c in columns]
                    for a in articles for r in getattr(a, attribute)]
            self._bulk(table, columns, rows, replace=True)
        self._bulk("actor_roles", ("actor_id", "role", "article_id"),
                   [[actor.id, role, a.id] for a in articles for actor in a.actors for role in actor.roles],
                   verb="INSERT OR IGNORE")
        actors: dict[str, Actor] = {}
        for article in articles:
            for actor in article.actors:
                known = actors.get(actor.id)
                actors[actor.id] = actor if known is None else _widen(known, actor)
        for actor in actors.values():
            self.upsert_actor(actor)

    def _bulk(self, table: str, columns: Iterable[str], rows: list[list[Any]], replace: bool = False,
              verb: str | None = None) -> None:
        if not rows:
            return
        import pyarrow as pa

        columns = list(columns)
        schema = self.con.sql(f"SELECT {_quoted(columns)} FROM {table} LIMIT 0").to_arrow_table().schema
        batch = pa.Table.from_pylist([dict(zip(columns, row)) for row in rows], schema=schema)
        verb = verb or ("INSERT OR REPLACE" if replace else "INSERT")
        self.con.register("_onrecord_batch", batch)
        try:
            self.con.execute(f"{verb} INTO {table} ({_quoted(columns)}) SELECT {_quoted(columns)} FROM _onrecord_batch")
        finally:
            self.con.unregister("_onrecord_batch")

    def add_signatures(self, rows: list[tuple[str, int, bytes, list[int]]]) -> None:
        """Store (id, seq, MinHash state, quote hashes) per article; one already stored is kept."""
        self._bulk("article_signatures", ("id", "seq", "minhash", "quotes"), [list(r) for r in rows], verb="INSERT OR IGNORE")

    def add_source_lines(self, rows: list[tuple[str, int, str]]) -> None:
        """Store (source, line hash, article id) rows for boilerplate learning; repeats are ignored."""
        self._bulk("source_lines", ("source", "line_hash", "article_id"), [list(r) for r in rows], verb="INSERT OR IGNORE")

    def upsert_actor(self, actor: Actor) -> None:
        """Insert an actor, or widen the stored one with new aliases and roles."""
        current = self.con.execute("SELECT aliases, roles, country, sector, kind FROM actors WHERE id = ?", [actor.id]).fetchone()
        if current is None:
            self.con.execute(f"INSERT INTO actors ({_quoted(ACTOR_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             [actor.id, actor.name, actor.kind, actor.aliases, actor.country, actor.sector, actor.roles])
            return
        aliases = list(dict.fromkeys([*(current[0] or []), *actor.aliases]))
        roles = list(dict.fromkeys([*(current[1] or []), *actor.roles]))
        country, sector = widened_affiliation(current[4], (current[2], current[3]), (actor.country, actor.sector))
        self.con.execute("UPDATE actors SET aliases = ?, roles = ?, country = ?, sector = ? WHERE id = ?",
                         [aliases, roles, country, sector, actor.id])

    def merge_actor_into(self, source_id: str, target_id: str) -> None:
        """Make ``source_id`` an alias of ``target_id``: re-point every fact, keep its names."""
        row = self.con.execute("SELECT name, aliases, roles, country, sector FROM actors WHERE id = ?", [source_id]).fetchone()
        if row is None:
            return
        name, aliases, roles, country, sector = row
        target = self.con.execute("SELECT name, aliases, roles, country, sector, kind FROM actors WHERE id = ?", [target_id]).fetchone()
        if target is None:
            return
        merged_aliases = [a for a in dict.fromkeys([*(target[1] or []), name, *(aliases or [])]) if a != target[0]]
        merged_roles = list(dict.fromkeys([*(target[2] or []), *(roles or [])]))
        country, sector = widened_affiliation(target[5], (target[3], target[4]), (country, sector))
        self.con.execute("UPDATE actors SET aliases = ?, roles = ?, country = ?, sector = ? WHERE id = ?",
                         [merged_aliases, merged_roles, country, sector, target_id])
        self.con.execute("UPDATE mentions SET actor_id = ? WHERE actor_id = ?", [target_id, source_id])
        self.con.execute("INSERT OR IGNORE INTO actor_roles SELECT ?, role, article_id FROM actor_roles WHERE actor_id = ?",
                         [target_id, source_id])
        self.con.execute("DELETE FROM actor_roles WHERE actor_id = ?", [source_id])
        self.con.execute("UPDATE statements SET speaker_id = ?, speaker = ? WHERE speaker_id = ?",
                         [target_id, target[0], source_id])
        self.con.execute("DELETE FROM actors WHERE id = ?", [source_id])

    # -- reading -------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in (*TABLES, "mentions", "failures"):
            raise ValueError(f"unknown table {table!r}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def statements(self, speaker: str | None = None, article_id: str | None = None) -> list[Statement]:
        """Statements, optionally of one speaker (case-insensitive substring) or article."""
        sql, params = "SELECT * FROM statements WHERE 1=1", []
        if speaker:
            sql += " AND speaker ILIKE ?"
            params.append(f"%{speaker}%")
        if article_id:
            sql += " AND article_id = ?"
            params.append(article_id)
        return [Statement.from_dict(r) for r in self._rows(sql + " ORDER BY article_id, start, id", params)]

    def events(self, article_id: str | None = None, actor: str | None = None, country: str | None = None,
               type: str | None = None, since: str | None = None, until: str | None = None,  # noqa: A002
               min_confidence: float | None = None) -> list[Event]:
        """Events, filtered by article, actor (source or target, substring), country (source or
        target, ISO3), PLOVER type, date range (event date, else publication date) and the least
        confidence (an event stored before confidences were scored has none and is left out)."""
        sql = ("SELECT e.* FROM events e JOIN articles a ON a.id = e.article_id WHERE 1=1")
        params: list[Any] = []
        if article_id:
            sql += " AND e.article_id = ?"
            params.append(article_id)
        if actor:
            sql += " AND (e.source_actor ILIKE ? OR e.target_actor ILIKE ?)"
            params += [f"%{actor}%", f"%{actor}%"]
        if country:
            sql += " AND (e.source_country = ? OR e.target_country = ?)"
            params += [country.upper(), country.upper()]
        if type:
            sql += " AND e.type = ?"
            params.append(type.upper())
        if since:
            sql += " AND coalesce(e.date, a.published) >= ?"
            params.append(since)
        if until:
            sql += " AND coalesce(e.date, a.published) <= ?"
            params.append(until)
        if min_confidence is not None:
            sql += " AND e.confidence >= ?"
            params.append(min_confidence)
        return [Event.from_dict(r) for r in self._rows(sql + " ORDER BY coalesce(e.date, a.published), e.article_id, e.start, e.id", params)]

    def actors(self, article_id: str | None = None) -> list[Actor]:
        if article_id:
            rows = self._rows("SELECT * FROM actors WHERE id IN (SELECT actor_id FROM mentions WHERE article_id = ?) ORDER BY name, id", [article_id])
        else:
            rows = self._rows("SELECT * FROM actors ORDER BY name, id")
        return [Actor.from_dict(r) for r in rows]

    def find_actors(self, query: str | None = None, kind: str | None = None, country: str | None = None,
                    limit: int = 100) -> list[tuple[Actor, int]]:
        """Actors whose name or an alias contains ``query``, with their mention counts, most mentioned first."""
        sql = ("SELECT a.*, (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS n FROM actors a WHERE 1=1")
        params: list[Any] = []
        if query:
            sql += " AND (a.name ILIKE ? OR len(list_filter(a.aliases, lambda x: x ILIKE ?)) > 0)"
            params += [f"%{query}%", f"%{query}%"]
        if kind:
            sql += " AND a.kind = ?"
            params.append(kind)
        if country:
            sql += " AND a.country = ?"
            params.append(country.upper())
        rows = self._rows(sql + " ORDER BY n DESC, a.name, a.id LIMIT ?", [*params, limit])
        return [(Actor.from_dict(r), r["n"]) for r in rows]

    def statements_of(self, actor_id: str) -> list[tuple[Statement, str | None]]:
        """An actor's statements over time, with the publication date of each article."""
        rows = self._rows("SELECT s.*, a.published AS article_published FROM statements s JOIN articles a ON a.id = s.article_id "
                          "WHERE s.speaker_id = ? ORDER BY coalesce(s.date, a.published), a.seq", [actor_id])
        return [(Statement.from_dict(r), r["article_published"]) for r in rows]

    def role_history(self, actor_id: str) -> list[RoleSpan]:
        """The roles an actor held over time: seen in which articles (by publication date), begun
        by an appointment and ended by a dismissal of the actor (event dates), or known to have
        ended by the first article that calls the role "former"."""
        actor = self.con.execute("SELECT name, aliases FROM actors WHERE id = ?", [actor_id]).fetchone()
        if actor is None:
            return []
        names = [actor[0], *(actor[1] or [])]
        seen = self._rows(
            "SELECT regexp_replace(r.role, '^(?i:former|ex-)\\s*', '') AS role, "
            "regexp_matches(r.role, '^(?i:former|ex-)') AS former, a.published, a.id AS article_id "
            "FROM actor_roles r JOIN articles a ON a.id = r.article_id WHERE r.actor_id = ? ORDER BY a.published, a.seq, r.role",
            [actor_id])
        changes = self._rows(
            "SELECT type, min(coalesce(e.date, a.published)) AS day FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE e.type IN ('APPOINT', 'DISMISS') AND e.mode = 'actual' AND list_contains(?, e.target_actor) GROUP BY type",
            [names])
        by_type = {c["type"]: c["day"] for c in changes}
        spans: dict[str, RoleSpan] = {}
        ended: set[str] = set()
        for row in seen:
            key = role_key(row["role"])
            span = spans.setdefault(key, RoleSpan(role=row["role"]))
            if row["article_id"] not in span.articles:
                span.articles.append(row["article_id"])
            if row["former"]:
                ended.add(key)
                span.until = span.until or row["published"]
                continue
            span.first_seen = span.first_seen or row["published"]
            span.last_seen = row["published"] or span.last_seen
        ordered = sorted(spans.values(), key=lambda s: s.first_seen or s.until or "")
        held = [s for s in ordered if s.first_seen]
        if held and by_type.get("APPOINT"):
            held[-1].since = by_type["APPOINT"]  # the newest role is the one the appointment gave
        dismissed = by_type.get("DISMISS")
        for key, span in spans.items():
            if dismissed and (key in ended or span.first_seen is None or dismissed >= span.first_seen):
                span.until = min(filter(None, [span.until, dismissed]))
        return ordered

    def mentions(self, article_id: str) -> list[Mention]:
        return [Mention.from_dict(r) for r in self._rows("SELECT * FROM mentions WHERE article_id = ? ORDER BY start, \"end\", actor_id", [article_id])]

    def article(self, article_id: str) -> Article | None:
        """One article with all its facts, or None; a unique id prefix is accepted."""
        rows = self._rows("SELECT * FROM articles WHERE id = ? OR id LIKE ? ORDER BY seq", [article_id, f"{article_id}%"])
        if not rows:
            return None
        return self._assemble(rows[0])

    def _assemble(self, row: dict[str, Any]) -> Article:
        article = Article.from_dict(row)
        article.statements = self.statements(article_id=article.id)
        article.events = self.events(article_id=article.id)
        article.actors = self.actors(article_id=article.id)
        article.mentions = self.mentions(article.id)
        return article

    def articles(self) -> Iterator[Article]:
        """Every article with its facts, in ingest order (streams, one at a time)."""
        ids = [r[0] for r in self.con.execute("SELECT id FROM articles ORDER BY seq").fetchall()]
        for article_id in ids:
            yield self._assemble(self._rows("SELECT * FROM articles WHERE id = ?", [article_id])[0])

    def table(self, what: str) -> pd.DataFrame:
        """A whole table as a pandas DataFrame (``articles``, ``statements``, ``events``, ``actors``)."""
        if what not in TABLES:
            raise ValueError(f"unknown table {what!r}; choose one of {sorted(TABLES)}")
        return self.con.execute(f"SELECT {_quoted(TABLES[what])} FROM {what}").df()

    def arrow(self, what: str) -> Any:
        """A whole table as a pyarrow Table."""
        if what not in TABLES:
            raise ValueError(f"unknown table {what!r}; choose one of {sorted(TABLES)}")
        return self.con.sql(f"SELECT {_quoted(TABLES[what])} FROM {what}").to_arrow_table()

    def stats(self) -> dict[str, int]:
        return {name: self.count(name) for name in (*TABLES, "mentions", "failures")}

    def sql(self, query: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Run SQL (with ``?`` parameters) and return rows as dicts."""
        return self._rows(query, params)


def _widen(known: Actor, other: Actor) -> Actor:
    """One actor seen in two articles of a batch: the union of what each says."""
    known.aliases = list(dict.fromkeys([*known.aliases, *other.aliases]))
    known.roles = list(dict.fromkeys([*known.roles, *other.roles]))
    known.country = known.country or other.country
    known.sector = known.sector or other.sector
    return known


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=str)
