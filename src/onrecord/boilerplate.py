"""Boilerplate learned per source: lines a source repeats across its articles.

A line of at most ``MAX_WORDS`` words that is not a quote, found identical in at least
``MIN_ARTICLES`` articles of one source (copies of one original count once), is that
source's furniture: a standing credit, a promo, a newsletter pitch. A resolver counts the
lines of every stored article per (source, line hash) in the store, so learning grows
with the corpus and survives restarts. An ingest loads what the store has learned for a
batch's sources (:func:`learned_lines`) and hands it to the clean stage, which strips
those lines from the batch's articles (and lists them in ``Article.boilerplate``): the
same input and the same store always give the same text. :func:`onrecord.process` starts
from no store and learns nothing beforehand.
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


def line_hash(line: str) -> int:
    """A 63-bit hash of a line (fits DuckDB's BIGINT), whitespace-normalised."""
    digest = hashlib.blake2b(" ".join(line.split()).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def candidate_lines(text: str) -> set[int]:
    """Hashes of the lines that could be boilerplate: short, and not a quote."""
    return {line_hash(line) for line in (l.strip() for l in text.split("\n"))
            if line and len(line.split()) <= MAX_WORDS and not QUOTE.search(line)}


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
    """Count the new articles' lines per source, those already stripped included, so that
    what a source teaches does not hang on what it had learned when each article came in."""
    rows = store.con.execute("SELECT id, source, text, boilerplate FROM articles "
                             "WHERE id IN (SELECT unnest(?)) AND source IS NOT NULL", [new_ids]).fetchall()
    store.add_source_lines([(source, hashed, article_id) for article_id, source, text, removed in rows
                            for hashed in candidate_lines("\n".join([text, *(removed or [])]))])
