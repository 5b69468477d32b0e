"""Boilerplate learned per source: lines a source repeats across its articles.

A line of at most ``MAX_WORDS`` words that is not a quote, found identical in at least
``MIN_ARTICLES`` articles of one source (copies of one original count once), is that
source's furniture: a standing credit, a promo, a newsletter pitch. A resolver counts the
lines of every stored article per (source, line hash) in the store, so learning grows
with the corpus and survives restarts; the clean stage then strips learned lines from
later articles of that source (and lists them in ``Article.boilerplate``).

What the clean stage sees is the learned set of the file-backed store last resolved in
this process (``:memory:`` stores, as :func:`onrecord.process` uses, teach nothing), so
that an ingest strips what its own earlier batches and runs taught it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from .resolve import register_resolver
from .store import Store

MAX_WORDS = 40
MIN_ARTICLES = 3
QUOTE = re.compile(r"[“”\"]")

_learned: dict[str, frozenset[int]] = {}
_learned_from: list[str] = []  # the store path the learned set belongs to


def line_hash(line: str) -> int:
    """A 63-bit hash of a line (fits DuckDB's BIGINT), whitespace-normalised."""
    digest = hashlib.blake2b(" ".join(line.split()).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def candidate_lines(text: str) -> set[int]:
    """Hashes of the lines that could be boilerplate: short, and not a quote."""
    return {line_hash(line) for line in (l.strip() for l in text.split("\n"))
            if line and len(line.split()) <= MAX_WORDS and not QUOTE.search(line)}


def learned_for(source: str | None) -> frozenset[int]:
    """Hashes of the lines learned as boilerplate of ``source``."""
    return _learned.get(source or "", frozenset())


def learned_lines(store: Store, sources: Iterable[str]) -> dict[str, frozenset[int]]:
    """Per source, the lines found in at least ``MIN_ARTICLES`` distinct originals."""
    rows = store.con.execute(
        "SELECT l.source, l.line_hash FROM source_lines l JOIN articles a ON a.id = l.article_id "
        "WHERE l.source IN (SELECT unnest(?)) GROUP BY l.source, l.line_hash "
        "HAVING count(DISTINCT coalesce(a.copy_of, a.id)) >= ?", [sorted(set(sources)), MIN_ARTICLES]).fetchall()
    learned: dict[str, set[int]] = {}
    for source, hashed in rows:
        learned.setdefault(source, set()).add(hashed)
    return {source: frozenset(hashes) for source, hashes in learned.items()}


@register_resolver("boilerplate", order=15)
def learn_boilerplate(store: Store, new_ids: list[str]) -> None:
    """Count the new articles' lines per source, and refresh what the clean stage strips."""
    rows = store.con.execute("SELECT id, source, text FROM articles WHERE id IN (SELECT unnest(?)) AND source IS NOT NULL",
                             [new_ids]).fetchall()
    store.add_source_lines([(source, hashed, article_id) for article_id, source, text in rows
                            for hashed in candidate_lines(text)])
    if store.path == ":memory:":
        return
    if _learned_from != [store.path]:
        _learned.clear()
        _learned_from[:] = [store.path]
        sources: Iterable[str] = (r[0] for r in store.con.execute("SELECT DISTINCT source FROM source_lines").fetchall())
    else:
        sources = {source for _id, source, _text in rows}
    _learned.update(learned_lines(store, sources))
