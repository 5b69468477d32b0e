"""Provenance: which article is the original, and what every copy is.

Per article, signals of machine rewriting (spinner swaps such as "once morest",
templated AI-style headings) and of a headline about something else than the body.
Across articles, a resolver compares each new article with the recent stored ones on
word 5-gram shingles and marks it an exact copy, a syndicated copy (same text carrying
wire furniture or another source), a near duplicate, or a spun copy (rewritten text that
shares the original's quotes and names), with ``copy_of`` pointing at the earliest
original.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

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
HORIZON = 2000  # compare with this many recent articles, so the cost per batch stays flat


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


def _quotes(text: str) -> set[str]:
    return {fold(q) for q in re.findall(r"[“\"]([^”\"]{20,})[”\"]", text)}


def copy_kind(new: dict[str, Any], old: dict[str, Any]) -> str | None:
    """How ``new`` copies ``old``, if it does."""
    if fold(new["text"]) == fold(old["text"]):
        return "syndicated" if new["wire_ids"] else "exact"
    a, b = new["shingles"], old["shingles"]
    jaccard = len(a & b) / len(a | b) if a | b else 0.0
    if jaccard >= 0.9:
        return "syndicated" if new["wire_ids"] or new["source"] != old["source"] else "near_duplicate"
    if jaccard >= 0.6:
        return "near_duplicate"
    quotes_new, quotes_old = new["quotes"], old["quotes"]
    shared_quotes = len(quotes_new & quotes_old) / len(quotes_new) if quotes_new else 0.0
    if new["rewritten"] and (jaccard >= 0.15 or shared_quotes >= 0.5):
        return "spun"
    return None


@register_resolver("copies", order=10)
def link_copies(store: Store, new_ids: list[str]) -> None:
    """Group each new article with the stored articles it copies or that copy it; the
    earliest published is the original, every other member points at it with its kind."""
    rows = store.sql(
        "SELECT id, text, source, published, seq, wire_ids, rewritten, copy_of FROM articles "
        "WHERE seq >= (SELECT max(seq) FROM articles) - ? OR id IN (SELECT unnest(?))", [HORIZON, new_ids])
    for row in rows:
        row["shingles"] = shingles(row["text"])
        row["quotes"] = _quotes(row["text"])
    by_id = {r["id"]: r for r in rows}
    for row in (r for r in rows if r["id"] in set(new_ids)):
        group = {row["id"]: row}
        for other in rows:
            if other["id"] != row["id"] and (copy_kind(row, other) or copy_kind(other, row)):
                group[other["id"]] = other
                root = by_id.get(other["copy_of"] or "")
                if root is not None:
                    group[root["id"]] = root
        if len(group) == 1:
            continue
        original = min(group.values(), key=lambda r: (r["published"] or "9999", r["seq"]))
        for member in group.values():
            if member is original:
                continue
            kind = copy_kind(member, original) or copy_kind(original, member) or "near_duplicate"
            member["copy_of"] = original["id"]
            store.con.execute("UPDATE articles SET copy_of = ?, copy_kind = ? WHERE id = ?",
                              [original["id"], kind, member["id"]])
        original["copy_of"] = None
        store.con.execute("UPDATE articles SET copy_of = NULL, copy_kind = NULL WHERE id = ?", [original["id"]])
