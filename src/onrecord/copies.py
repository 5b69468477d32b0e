"""Provenance: which article is the original, and what every copy is.

Per article, signals of machine rewriting (spinner swaps such as "once morest",
templated AI-style headings) and of a headline about something else than the body.
Across articles, a resolver finds each new article's candidate copies among everything
stored, by two routes: a MinHash-LSH index over word 5-gram shingles (rensa signatures,
kept in the store, so the index is refreshed rather than rebuilt), and shared long
quotes or named actors within a few days (what a paraphrase keeps). Each candidate is
then verified: exact shingle Jaccard makes it an exact copy, a syndicated copy (the same
text with a wire's furniture, or carried by a wire), or a near duplicate; a spun copy is
either rewritten text with spinner evidence that keeps the original's quotes, or a
paraphrase whose content words and sentences line up with the original's. ``copy_of``
points at the earliest original.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import weakref
from dataclasses import dataclass
from typing import Any

import rensa

from .clean import syndicated
from .gazetteer import fold
from .pipeline import Work, register_stage
from .resolve import register_resolver
from .store import Store

# Word swaps only a spinner makes ("against" → "once more" + "st"): unambiguous, so one is evidence.
SPINNER_ARTIFACTS = ("once morest", "as soon as extra", "as soon as once more", "it is pertinent to mention that")
AI_HEADING_WORDS = {"navigating", "landscape", "considerations", "future", "impact", "key", "takeaways", "conclusion",
                    "addressing", "implications", "understanding", "emphasizes", "emphasises", "dialogue", "respect",
                    "criticisms", "perspectives", "overview", "background", "analysis", "outlook"}
STOPWORDS = frozenset("the a an of to in on for and or with at by from as is are was were be been it its that this "
                      "their his her over under after before about into than but not no new says said live".split())
SHINGLE = 5
NUM_PERM = 128
LSH_BANDS = 32  # 4 rows a band: a pair at Jaccard 0.5 is a candidate with p ≈ 0.87, at 0.6 with p ≈ 0.99
MINHASH_SEED = 5
DATE_WINDOW = 3  # days: a paraphrase runs within this many days of its original
SHARED_ACTORS = 3  # named actors in common that make two articles paraphrase candidates
PARAPHRASE_WORDS = 0.33  # content-word Jaccard of a paraphrase; independent reports of one event stay below 0.3
PARAPHRASE_SENTENCES = 0.25  # share of the shorter text's sentences with a counterpart in the other
SENTENCE_MATCH = 0.5  # content-word Jaccard that makes two sentences counterparts


def rewriting_evidence(text: str) -> list[str]:
    """Why a text looks machine-rewritten: spinner artifacts and templated headings."""
    evidence = [f"spinner phrase: {phrase!r}" for phrase in SPINNER_ARTIFACTS if phrase in text.lower()]
    headings = [line for line in text.split("\n") if _ai_heading(line)]
    if len(headings) >= 2:
        evidence.append(f"templated headings: {', '.join(repr(h) for h in headings[:4])}")
    return evidence


def _ai_heading(line: str) -> bool:
    words = line.strip().split()
    if not 2 <= len(words) <= 9 or line.strip().endswith((".", "?", "!", ":", "\u201d", '"')):
        return False
    capitalised = sum(w[:1].isupper() for w in words) / len(words)
    return capitalised >= 0.5 and any(fold(w) in AI_HEADING_WORDS for w in words)


def _content_words(text: str) -> set[str]:
    return {w for w in (fold(t) for t in re.findall(r"[\w'’-]+", text)) if len(w) > 2 and w not in STOPWORDS}


def headline_mismatch(title: str | None, text: str) -> bool | None:
    """The title shares almost no content word with the body: it is about something else."""
    if not title:
        return None
    title_words = _content_words(title)
    if len(title_words) < 3:
        return None
    body = _content_words(text)
    shared = {w for w in title_words if w in body or any(b.startswith(w[:5]) for b in body if len(w) > 5)}
    return len(shared) / len(title_words) < 0.25


@register_stage("provenance")
def flag_article(work: Work) -> Work:
    """Per-article provenance signals: rewriting (with its evidence) and headline mismatch."""
    article = work.article
    article.rewritten_evidence = rewriting_evidence(article.text)
    article.rewritten = bool(article.rewritten_evidence)
    article.headline_mismatch = headline_mismatch(article.title, article.text)
    return work


def shingles(text: str) -> set[int]:
    """Hashes of the word 5-grams of a text (case and punctuation folded)."""
    words = fold(text).split()
    grams = (" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1)))
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams}


def minhash(shingle_set: set[int]) -> rensa.RMinHash:
    """The MinHash signature of a shingle set (rensa, fixed seed: the same text always signs the same)."""
    signature = rensa.RMinHash(NUM_PERM, MINHASH_SEED)
    signature.update([h.to_bytes(8, "big") for h in sorted(shingle_set)])
    return signature


def _quotes(text: str) -> set[str]:
    return {fold(q) for q in re.findall(r"[“\"]([^”\"]{20,})[”\"]", text)}


def _quote_hashes(quotes: set[str]) -> list[int]:
    return sorted(int.from_bytes(hashlib.blake2b(q.encode(), digest_size=8).digest(), "big") for q in quotes)


def _sentences(text: str) -> list[set[str]]:
    """Content-word sets of the sentences (of four words or more) of a text."""
    pieces = re.split(r"(?<=[.!?”\"])\s+|\n+", text)
    return [words for words in (_content_words(p) for p in pieces if len(p.split()) >= 4) if words]


def _jaccard(a: set[Any], b: set[Any]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def aligned_sentences(a: list[set[str]], b: list[set[str]]) -> float:
    """Share of the shorter text's sentences that have a counterpart in the other."""
    short, long = sorted((a, b), key=len)
    if not short:
        return 0.0
    return sum(any(_jaccard(s, t) >= SENTENCE_MATCH for t in long) for s in short) / len(short)


def paraphrased(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """The same article in other words: most content words shared, and sentence after
    sentence with a counterpart. Two outlets reporting one event share names, dates and
    perhaps a quote, but neither their wording nor their sentences."""
    return (_jaccard(new["content_words"], old["content_words"]) >= PARAPHRASE_WORDS
            and aligned_sentences(new["sentences"], old["sentences"]) >= PARAPHRASE_SENTENCES)


def copy_kind(new: dict[str, Any], old: dict[str, Any]) -> str | None:
    """How ``new`` copies ``old``, if it does."""
    if fold(new["text"]) == fold(old["text"]):
        return "syndicated" if new["syndicated"] else "exact"
    jaccard = _jaccard(new["shingles"], old["shingles"])
    if jaccard >= 0.6:
        return "syndicated" if new["syndicated"] else "near_duplicate"
    quotes_new, quotes_old = new["quotes"], old["quotes"]
    shared_quotes = len(quotes_new & quotes_old) / len(quotes_new) if quotes_new else 0.0
    if new["rewritten"] and (jaccard >= 0.15 or shared_quotes >= 0.5):
        return "spun"
    if paraphrased(new, old):
        return "spun"
    return None


ROW_COLUMNS = "id, text, source, published, seq, wire_ids, boilerplate, rewritten, copy_of"


def _load(store: Store, ids: set[str], rows: dict[str, dict[str, Any]]) -> None:
    """Fetch the articles not yet in ``rows``, with what comparing them needs."""
    missing = sorted(ids - rows.keys())
    if not missing:
        return
    for row in store.sql(f"SELECT {ROW_COLUMNS} FROM articles WHERE id IN (SELECT unnest(?))", [missing]):
        row["shingles"] = shingles(row["text"])
        row["quotes"] = _quotes(row["text"])
        row["content_words"] = _content_words(row["text"])
        row["sentences"] = _sentences(row["text"])
        row["syndicated"] = syndicated(row["source"], row["boilerplate"] or [], row["wire_ids"] or [])
        rows[row["id"]] = row


@dataclass
class _Index:
    """An LSH index over the stored signatures, keyed by article ``seq``, refreshed incrementally."""

    lsh: rensa.RMinHashLSH
    last_seq: int = -1


_INDEXES: weakref.WeakKeyDictionary[Store, _Index] = weakref.WeakKeyDictionary()


def _index(store: Store) -> _Index:
    """This store's LSH index, with every signature stored since it was last refreshed."""
    index = _INDEXES.setdefault(store, _Index(rensa.RMinHashLSH(0.5, NUM_PERM, LSH_BANDS)))
    for seq, state in store.con.execute("SELECT seq, minhash FROM article_signatures WHERE seq > ? ORDER BY seq",
                                        [index.last_seq]).fetchall():
        signature = rensa.RMinHash(NUM_PERM, MINHASH_SEED)
        signature.__setstate__(state)
        index.lsh.insert(seq, signature)
        index.last_seq = seq
    return index


def _sign(store: Store, rows: list[dict[str, Any]]) -> dict[str, rensa.RMinHash]:
    """MinHash signatures of the new articles, stored beside their quote hashes."""
    signatures = {row["id"]: minhash(row["shingles"]) for row in rows}
    store.add_signatures([(row["id"], row["seq"], signatures[row["id"]].__getstate__(), _quote_hashes(row["quotes"]))
                          for row in rows])
    return signatures


def _day(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _candidates(store: Store, row: dict[str, Any], signature: rensa.RMinHash, index: _Index) -> set[str]:
    """Stored articles that may copy ``row`` or be copied by it: LSH neighbours, and
    articles within the date window sharing a long quote or several named actors."""
    seqs = sorted(index.lsh.query(signature))
    neighbours = store.sql("SELECT id FROM articles WHERE seq IN (SELECT unnest(?))", [seqs]) if seqs else []
    day = _day(row["published"])
    window = [day - dt.timedelta(days=DATE_WINDOW), day + dt.timedelta(days=DATE_WINDOW)] if day else [None, None]
    related = store.sql(
        "SELECT a.id FROM articles a WHERE a.id <> ? "
        "AND (?::DATE IS NULL OR try_cast(left(a.published, 10) AS DATE) IS NULL "
        "     OR try_cast(left(a.published, 10) AS DATE) BETWEEN ?::DATE AND ?::DATE) "
        "AND (a.id IN (SELECT id FROM article_signatures WHERE len(list_intersect(quotes, ?::UBIGINT[])) > 0) "
        "     OR a.id IN (SELECT article_id FROM mentions WHERE actor_id IN "
        "                 (SELECT actor_id FROM mentions WHERE article_id = ? AND actor_id IS NOT NULL) "
        "                 GROUP BY article_id HAVING count(DISTINCT actor_id) >= ?))",
        [row["id"], window[0], *window, _quote_hashes(row["quotes"]), row["id"], SHARED_ACTORS])
    return {r["id"] for r in [*neighbours, *related]} - {row["id"]}


@register_resolver("copies", order=10)
def link_copies(store: Store, new_ids: list[str]) -> None:
    """Group each new article with the stored articles it copies or that copy it; the
    earliest published is the original, every other member points at it with its kind."""
    rows: dict[str, dict[str, Any]] = {}
    _load(store, set(new_ids), rows)
    new_rows = sorted((rows[i] for i in set(new_ids) & rows.keys()), key=lambda r: r["seq"])
    signatures = _sign(store, new_rows)
    index = _index(store)
    for row in new_rows:
        candidates = _candidates(store, row, signatures[row["id"]], index)
        _load(store, candidates, rows)
        matches = [rows[c] for c in sorted(candidates) if copy_kind(row, rows[c]) or copy_kind(rows[c], row)]
        if not matches:
            continue
        roots = {m["copy_of"] or m["id"] for m in [row, *matches]}
        members = {r["id"] for r in store.sql("SELECT id FROM articles WHERE id IN (SELECT unnest(?)) "
                                              "OR copy_of IN (SELECT unnest(?))", [sorted(roots), sorted(roots)])}
        _load(store, members, rows)
        group = [rows[m] for m in sorted(members | {row["id"]} | {m["id"] for m in matches})]
        original = min(group, key=lambda r: (r["published"] or "9999", r["seq"]))
        for member in group:
            if member is original:
                continue
            kind = copy_kind(member, original) or copy_kind(original, member) or "near_duplicate"
            member["copy_of"] = original["id"]
            store.con.execute("UPDATE articles SET copy_of = ?, copy_kind = ? WHERE id = ?",
                              [original["id"], kind, member["id"]])
        original["copy_of"] = None
        store.con.execute("UPDATE articles SET copy_of = NULL, copy_kind = NULL WHERE id = ?", [original["id"]])
