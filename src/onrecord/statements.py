"""Statement stage: who said what in one article.

Direct quotes are found in the text (straight and curly marks), then attributed through
the shared parse: the speech cue next to the quote (a verb whose lemma is in the cue list
``data/cues.json``, which users can extend) and its grammatical subject, mapped to an
actor of the article. A pronoun subject ("he explained") resolves to the nearest person
named before the quote.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .pipeline import Work, register_stage
from .records import Actor, Statement, stable_id

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

QUOTE = re.compile(r"“(?P<curly>[^“”]+?)”|\"(?P<straight>[^\"\n]+?)\"")
PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we"}
MIN_QUOTE_WORDS = 3


@lru_cache(maxsize=1)
def cue_lexicon() -> frozenset[str]:
    """Lemmas of speech verbs (the package list; extend ``data/cues.json``)."""
    data = json.loads(resources.files("onrecord.data").joinpath("cues.json").read_text("utf-8"))
    return frozenset(data["verbs"])


@dataclass(frozen=True)
class Quote:
    """A quoted span: the words inside the marks and their offsets."""

    content: str
    start: int
    end: int


def find_quotes(text: str) -> list[Quote]:
    """Every quoted span of at least a few words (scare quotes are left out)."""
    quotes = []
    for match in QUOTE.finditer(text):
        group = "curly" if match["curly"] is not None else "straight"
        start, end = match.span(group)
        content = text[start:end].strip().rstrip(",")
        if len(content.split()) < MIN_QUOTE_WORDS:
            continue
        offset = text.index(content, start)
        quotes.append(Quote(content, offset, offset + len(content)))
    return quotes


def _is_partial(text: str, quote: Quote) -> bool:
    """A quote that continues a sentence ("open to “a fair dialogue”") is not a direct statement."""
    before = text[:quote.start - 1].rstrip(" ")
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;") and not before.endswith((":",))\
        and not before[-1] == "\n" and _opening_context(before)


def _opening_context(before: str) -> bool:
    """True when the words before the quote mark run on into it (no cue or colon)."""
    tail = before[-30:].lower()
    return not re.search(r"\b(said|says|added|stated|told|explained|remarked|warned|noted)\s*,?$", tail)


def _cue_and_subject(frame: list[Token], cues: frozenset[str]) -> tuple[Token | None, Token | None]:
    for token in frame:
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in cues:
            subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                return token, subjects[0]
            return token, None
    return None, None


def _speaker(work: Work, subject: Token, quote: Quote) -> Actor | None:
    """The actor a cue's subject stands for: a named mention, or a pronoun's antecedent."""
    span_start = subject.left_edge.idx if subject.pos_ != "PRON" else subject.idx
    span_end = subject.right_edge.idx + len(subject.right_edge.text)
    named = work.actor_at(span_start, span_end)
    if named is not None:
        return named
    if subject.lower_ in PERSONAL_PRONOUNS:
        return nearest_person_before(work, min(quote.start, subject.idx))
    return None


def nearest_person_before(work: Work, position: int) -> Actor | None:
    """The person mentioned last before ``position`` (a pronoun's likeliest antecedent)."""
    best: Actor | None = None
    for mention in work.article.mentions:
        actor = work.actors.get(mention.actor_id or "")
        if actor is not None and actor.kind == "person" and mention.end <= position:
            best = actor
    return best


def _frame(doc_span: Span, quote: Quote) -> list[Token]:
    """Tokens of the quote's sentences that lie outside the quote itself, nearest first."""
    outside = [t for t in doc_span if not (quote.start - 1 <= t.idx < quote.end + 1)]
    return sorted(outside, key=lambda t: min(abs(t.idx - quote.start), abs(t.idx - quote.end)))


@register_stage("statements")
def find_statements(work: Work) -> Work:
    """Direct quotes with their speaker, cue and evidence span."""
    doc = work.doc
    assert doc is not None, "the statements stage needs the parse stage before it"
    text = work.article.text
    cues = cue_lexicon()
    statements: list[Statement] = []
    for quote in find_quotes(text):
        if _is_partial(text, quote):
            continue
        first = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
        last = doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
        if first is None or last is None:
            continue
        sentence_span = doc[first.sent.start:last.sent.end]
        cue, subject = _cue_and_subject(_frame(sentence_span, quote), cues)
        if cue is None:
            continue
        speaker = _speaker(work, subject, quote) if subject is not None else None
        statements.append(Statement(
            content=quote.content, start=quote.start, end=quote.end, kind="direct",
            speaker=speaker.name if speaker else None, speaker_id=speaker.id if speaker else None,
            cue=cue.text, article_id=work.article.id, articles=[work.article.id],
            id=stable_id(work.article.id, quote.start, quote.end, prefix="st_"),
        ))
    work.article.statements = statements
    return work
