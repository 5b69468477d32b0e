"""Statement stage: who said what in one article, direct and reported.

Direct quotes are found in the text (straight and curly marks, quotes split around the
cue, quotes running over paragraphs); reported speech is found in the shared parse (a
speech verb with a clausal complement: "X said that …", "X pointed out …", "according
to X, …"). Both are attributed to an actor of the article through the cue's subject:
a name, a pronoun (its antecedent), a title ("the minister"), an institution ("the
Kremlin"); a quote without a cue continues the previous speaker. The cue words are data
(``data/cues.json``), so users extend the list without touching code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from .dates import date_phrase, resolve_date
from .gazetteer import fold
from .actors import PERSON_KINDS, antecedent, resolve_actor
from .pipeline import Work, register_stage
from .records import Actor, Statement, stable_id
from .resolve import register_resolver
from .store import Store

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OPENERS, CLOSERS = "“\"«", "”\"»"
MIN_QUOTE_WORDS = 3
LOCATIVE = {"in", "at"}
FUTURE_WORDS = {"will", "would", "shall", "'ll", "wo", "going"}
CONDITIONAL_MARKS = {"if", "unless", "provided", "once"}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """Cue verbs, complement nouns and title synonyms (package data ``cues.json``)."""
    data = json.loads(resources.files("onrecord.data").joinpath("cues.json").read_text("utf-8"))
    verbs = frozenset(data["verbs"])
    return {
        "direct": verbs,
        "reporting": verbs - frozenset(data["not_reporting"]),
        "appeals": frozenset(data["appeals"]),
        "complement_nouns": frozenset(data["complement_nouns"]),
    }


@dataclass(frozen=True)
class Quote:
    """A quoted span: the words inside the marks, their offsets, and whether it was closed."""

    content: str
    start: int
    end: int
    closed: bool = True


def find_quotes(text: str) -> list[Quote]:
    """Quoted spans of at least a few words, paragraph by paragraph.

    A quote left open at the end of a paragraph (the convention for a quote that runs on
    into the next one) ends there; single quotes nested inside are part of the content.
    """
    quotes: list[Quote] = []
    offset = 0
    for paragraph in text.split("\n"):
        quotes.extend(_paragraph_quotes(paragraph, offset))
        offset += len(paragraph) + 1
    return quotes


def _paragraph_quotes(paragraph: str, offset: int) -> list[Quote]:
    found: list[Quote] = []
    i = 0
    while i < len(paragraph):
        ch = paragraph[i]
        if ch in OPENERS and (ch != '"' or _opens(paragraph, i)):
            closer = "”" if ch == "“" else ("»" if ch == "«" else '"')
            end = _find_closer(paragraph, i + 1, closer)
            closed = end != -1
            stop = end if closed else len(paragraph)
            raw = paragraph[i + 1:stop]
            content = raw.strip().rstrip(",").strip()
            if len(content.split()) >= MIN_QUOTE_WORDS:
                start = offset + i + 1 + raw.index(content)
                found.append(Quote(content, start, start + len(content), closed))
            i = stop + 1
            continue
        i += 1
    return found


def _opens(paragraph: str, i: int) -> bool:
    """A straight double quote opens when it is not glued to the word before it."""
    return i == 0 or not paragraph[i - 1].isalnum()


def _find_closer(paragraph: str, start: int, closer: str) -> int:
    if closer != '"':
        return paragraph.find(closer, start)
    for j in range(start, len(paragraph)):
        if paragraph[j] == '"' and (j + 1 == len(paragraph) or not paragraph[j + 1].isalnum()):
            return j
    return -1


CUE_AFTER = re.compile(r"^[”\"»]?\s*[,.]?\s*[”\"»]?\s*(?:(?:he|she|they|it|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}|the \w+(?: \w+)?) )?"
                       r"(?:said|says|added|adds|explained|remarked|stated|noted|told|warned|insisted|wrote|continued|stressed)\b")


def _is_partial(text: str, quote: Quote) -> bool:
    """A quote that runs on from the words before it ("open to “a fair dialogue”"),
    unless a speech cue follows it directly (“… absent,” he added)."""
    if CUE_AFTER.match(text[quote.end:quote.end + 60]):
        return False
    before = text[max(0, quote.start - 40):quote.start - 1].rstrip(" ")
    if not before or before[-1] in ".:!?\n" or before[-1] in CLOSERS:
        return False
    if before[-1] == ",":
        return not re.search(r"\b(said|says|added|adds|stated|told|explained|remarked|warned|noted|insisted|wrote)\s*,?$",
                             before, re.IGNORECASE)
    return True


# -- attribution -----------------------------------------------------------------------------


def _subject_of(verb: Token) -> Token | None:
    """The subject of a cue; a participle ("…, stressing that") takes the subject of the
    nearest governing speech verb, a relative clause ("Trump, who claimed …") its noun."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects:
        subject = subjects[0]
        if subject.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
            return verb.head
        return subject
    if verb.dep_ not in {"advcl", "xcomp", "conj"}:
        return None
    cues = lexicon()["direct"]
    ancestors = list(verb.ancestors)
    governing = next((a for a in ancestors if a.lemma_.lower() in cues), verb.head)
    return next((c for c in governing.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


# -- circumstances: date, place, polarity, modality --------------------------------------------


def _outside(tokens: list[Token], start: int, end: int) -> list[Token]:
    return [t for t in tokens if not (start <= t.idx < end)]


def _date_and_place(work: Work, cue: Token, content_start: int, content_end: int) -> tuple[str | None, str | None]:
    """When and where it was said: date and place phrases of the cue's own clause."""
    clause = _outside(list(cue.subtree) if cue.dep_ != "ROOT" else list(cue.sent), content_start, content_end)
    ids = {t.i for t in clause}
    date = place = None
    for ent in cue.sent.ents:
        if ent.start not in ids or content_start <= ent.start_char < content_end or _told_aside(ent, cue):
            continue
        if ent.label_ == "DATE" and date is None:
            date = resolve_date(date_phrase(ent), work.article.published)
        elif ent.label_ in {"GPE", "LOC", "FAC"} and place is None and _locative(ent):
            place = ent.text
    if place is None:
        place = _speaking_in(cue)
    return date, place


def _told_aside(ent: Span, cue: Token) -> bool:
    """A date or place in a relative clause or an apposition that describes the speaker ("Uganda,
    which deployed troops to Juba in March, said …"), the time and place of another act, not
    of the saying."""
    for t in ent.root.ancestors:
        if t == cue:
            return False
        if t.dep_ in {"relcl", "appos"}:
            return True
    return False


def _locative(ent: Span) -> bool:
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ in LOCATIVE


def _speaking_in(cue: Token) -> str | None:
    """"Speaking at a news conference in Astana, …" in the sentence or the one before."""
    doc = cue.doc
    sentences = [cue.sent]
    if cue.sent.start > 0:
        sentences.append(doc[cue.sent.start - 1].sent)
    if cue.sent.end < len(doc) and "\n" not in cue.sent.text:
        sentences.append(doc[cue.sent.end].sent)
    for sentence in sentences:
        if not any(t.lower_ in {"speaking", "addressing", "told"} for t in sentence):
            continue
        for ent in sentence.ents:
            if ent.label_ in {"GPE", "LOC", "FAC"} and _locative(ent):
                return ent.text
    return None


def _polarity(content: Span | None) -> tuple[bool, bool]:
    """(negated, future) of the reported clause, read off its top-level predicates."""
    if content is None:
        return False, False
    inside = {t.i for t in content}
    tops = [t for t in content if t.head.i not in inside or t.head.i == t.i]
    predicates = [t for t in tops if t.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}] or tops
    negated = any(c.dep_ == "neg" for t in predicates for c in t.children)
    future = any(c.lower_ in FUTURE_WORDS and c.dep_ in {"aux", "auxpass"} for t in predicates for c in t.children) or any(
        t.lower_ in CONDITIONAL_MARKS and t.dep_ == "mark" for t in content)
    return negated, future


# -- the stage -------------------------------------------------------------------------------


@dataclass
class _Found:
    statement: Statement
    order: int


def _make(work: Work, content_start: int, content_end: int, kind: str, cue: Token | None,
          speaker: Actor | None, phrase: str | None) -> Statement:
    text = work.article.text
    doc = work.doc
    assert doc is not None
    span = doc.char_span(content_start, content_end, alignment_mode="expand")
    negated, future = _polarity(span)
    date, place = _date_and_place(work, cue, content_start, content_end) if cue is not None else (None, None)
    return Statement(
        content=text[content_start:content_end], start=content_start, end=content_end, kind=kind,
        speaker=speaker.name if speaker else phrase, speaker_id=speaker.id if speaker else None,
        cue=_cue_text(cue), date=date, place=place, negated=negated, future=future,
        article_id=work.article.id, articles=[work.article.id],
        id=stable_id(work.article.id, content_start, content_end, prefix="st_"),
    )


def _cue_text(cue: Token | None) -> str | None:
    if cue is None:
        return None
    particles = [c.text for c in cue.children if c.dep_ == "prt"]
    if cue.lower_ in {"told", "tell", "tells"}:
        objects = [c for c in cue.children if c.dep_ in {"dobj", "dative"} and c.i > cue.i]
        if objects and objects[0].lower_ in {"reporters", "journalists", "lawmakers", "parliament"}:
            particles = [objects[0].text]
    return " ".join([cue.text, *particles])


def _direct(work: Work, found: list[_Found]) -> list[tuple[int, int]]:
    """Direct quotes; returns their spans so reported speech does not repeat them."""
    doc = work.doc
    assert doc is not None
    text = work.article.text
    cues = lexicon()["direct"]
    spans: list[tuple[int, int]] = []
    last: Actor | None = None
    last_end = -1
    for quote in find_quotes(text):
        if _is_partial(text, quote):
            continue
        first = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
        final = doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
        if first is None or final is None:
            continue
        sentences = doc[first.sent.start:final.sent.end]
        frame = sorted(_outside(list(sentences), quote.start - 1, quote.end + 1),
                       key=lambda t: min(abs(t.idx - quote.start), abs(t.idx - quote.end)))
        cue = next((t for t in frame if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in cues), None)
        subject = _subject_of(cue) if cue is not None else None
        if subject is not None and quote.start <= subject.idx < quote.end:
            subject = None
        speaker, phrase = (resolve_actor(work, subject, quote.start, last) if subject is not None else (None, None))
        if cue is None or (subject is None and speaker is None):
            if not _starts_sentence(text, first):
                continue  # a quoted title or slogan inside a sentence, not speech
            speaker, phrase = _unattributed_speaker(work, final, quote.start - last_end, last), None
            if speaker is None:
                continue
        found.append(_Found(_make(work, quote.start, quote.end, "direct", cue, speaker, phrase), quote.start))
        spans.append((quote.start - 1, quote.end + 1))
        if speaker is not None:
            last, last_end = speaker, quote.end
    return spans


CONTINUATION_CHARS = 1200


def _starts_sentence(text: str, first: Span) -> bool:
    """The quote opens its sentence: a quote standing on its own, not a title inside prose."""
    before = text[first.sent.start_char:first.start_char - 1]
    return not before.strip()


def _unattributed_speaker(work: Work, final: Span, distance: int, last: Actor | None) -> Actor | None:
    """Who speaks a quote with no cue of its own: the speaker named right after it ("… ."
    Raina said …), else the person the paragraph is about, else the previous speaker."""
    doc = final.doc
    cues = lexicon()["direct"]
    after = final.sent.end
    if after < len(doc) and "\n" not in doc[final.sent.end - 1].whitespace_:
        for token in doc[after].sent:
            if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in cues:
                subject = _subject_of(token)
                if subject is not None:
                    actor, _ = resolve_actor(work, subject, token.idx, last)
                    if actor is not None and actor.kind in PERSON_KINDS:
                        return actor
                break
    paragraph = work.article.text.rfind("\n", 0, final.start_char) + 1
    if any(paragraph <= m.start < final.start_char for m in work.article.mentions):
        about = antecedent(work, final.start_char, None)
        if about is not None:
            return about
    return last if distance <= CONTINUATION_CHARS else None


def _complement(cue: Token) -> tuple[int, int] | None:
    """The span of what a cue reports: its clause ("said that …"), the clause of a noun
    ("conveyed confidence that …"), or for appeals the addressee and the action ("urged
    Beijing to act with restraint")."""
    nouns = lexicon()["complement_nouns"]
    for child in cue.children:
        if child.dep_ == "ccomp":
            return _clause_span(list(child.subtree), child)
    for child in cue.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in nouns:
            for grandchild in child.children:
                if grandchild.dep_ in {"acl", "ccomp"}:
                    return _clause_span(list(grandchild.subtree), grandchild)
    if cue.lemma_.lower() in lexicon()["appeals"]:
        addressees = [c for c in cue.children if c.dep_ in {"dobj", "dative"}]
        addressees += [g for c in cue.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}
                       for g in c.children if g.dep_ == "pobj"]
        actions = [c for c in cue.children if c.dep_ == "xcomp"]
        actions += [g for a in addressees for g in a.children if g.dep_ in {"acl", "relcl", "xcomp"}]
        if addressees and actions and actions[0].i > addressees[0].i:
            tokens = [*addressees[0].subtree, *actions[0].subtree]
            return _clause_span(sorted(set(tokens), key=lambda t: t.i), actions[0])
    return None


def _clause_span(tokens: list[Token], clause: Token) -> tuple[int, int]:
    tokens = [t for t in tokens if not (t.dep_ == "mark" and t.lower_ == "that" and t.head == clause)]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in CLOSERS):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens:  # a clause of punctuation only: an empty span, which callers skip
        return clause.idx, clause.idx
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    return start, end


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans) or any(
        s < end and start < e and (min(end, e) - max(start, s)) > 0.5 * (end - start) for s, e in spans)


def _reported(work: Work, found: list[_Found], direct_spans: list[tuple[int, int]]) -> None:
    doc = work.doc
    assert doc is not None
    cues = lexicon()["reporting"] | lexicon()["appeals"]
    last: Actor | None = None
    for token in doc:
        if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() not in cues:
            continue
        if _inside(direct_spans, token.idx, token.idx + 1):
            continue
        span = _complement(token)
        if span is None:
            continue
        start, end = span
        if end - start < 12 or _inside(direct_spans, start, end):
            continue
        subject = _subject_of(token)
        if subject is None or start <= subject.idx < end:
            continue
        speaker, phrase = resolve_actor(work, subject, token.idx, last)
        found.append(_Found(_make(work, start, end, "indirect", token, speaker, phrase), start))
        last = speaker or last
    _according_to(work, found, direct_spans)


def _according_to(work: Work, found: list[_Found], direct_spans: list[tuple[int, int]]) -> None:
    """"According to X, <clause>" and "in X's words, <clause>": the rest of the sentence."""
    doc = work.doc
    assert doc is not None
    for token in doc:
        lower = token.lower_
        if lower == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if not objects:
                continue
            source, phrase_start, phrase_end, cue = objects[0], token.i, objects[0].right_edge.i + 1, "according to"
        elif lower == "words" and token.dep_ == "pobj" and token.head.lower_ == "in":
            owners = [c for c in token.children if c.dep_ == "poss"]
            if not owners:
                continue
            source, phrase_start, phrase_end, cue = owners[0], token.head.i, token.i + 1, "in the words of"
        else:
            continue
        rest = [t for t in token.sent if not (phrase_start <= t.i < phrase_end) and not t.is_space]
        while rest and rest[0].is_punct:
            rest.pop(0)
        while rest and rest[-1].is_punct and rest[-1].text not in CLOSERS:
            rest.pop()
        if len(rest) < 4:
            continue
        start, end = rest[0].idx, rest[-1].idx + len(rest[-1].text)
        if _inside(direct_spans, start, end):
            continue
        speaker, phrase = resolve_actor(work, source, token.idx, None)
        statement = _make(work, start, end, "indirect", None, speaker, phrase)
        statement.cue = cue
        found.append(_Found(statement, start))


@register_stage("statements")
def find_statements(work: Work) -> Work:
    """Direct quotes and reported speech, each with speaker, cue, date, place and span."""
    assert work.doc is not None, "the statements stage needs the parse stage before it"
    found: list[_Found] = []
    direct_spans = _direct(work, found)
    _reported(work, found, direct_spans)
    unique: dict[tuple[int, int], Statement] = {}
    for item in sorted(found, key=lambda f: f.order):
        key = (item.statement.start, item.statement.end)
        unique.setdefault(key, item.statement)
    work.article.statements = list(unique.values())
    return work


# -- across articles ---------------------------------------------------------------------------

SAME_WORDING = 85  # rapidfuzz token-set similarity of two contents that say the same thing


def _surname(name: str | None) -> str:
    parts = fold(name or "").split()
    return parts[-1] if parts else ""


def same_statement(a: str, b: str) -> bool:
    """Exact, near-identical or re-framed wording of one statement."""
    from rapidfuzz import fuzz

    if len(a) < 12 or len(b) < 12:
        return fold(a) == fold(b)
    return fuzz.token_set_ratio(fold(a), fold(b)) >= SAME_WORDING


@register_resolver("statements", order=40)
def merge_statements(store: Store, new_ids: list[str]) -> None:
    """One statement carried by several outlets becomes one group with all its sources.

    Candidates share the speaker's surname (so "Sergei" and "Sergey Lavrov" meet);
    every member of a group lists the group's articles, earliest published first.
    """
    rows = store.sql(
        "SELECT s.id, s.article_id, s.speaker, s.content, s.group_id, a.published, a.seq "
        "FROM statements s JOIN articles a ON a.id = s.article_id ORDER BY a.seq, s.start")
    by_surname: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_surname.setdefault(_surname(row["speaker"]), []).append(row)
    new = set(new_ids)
    changed: dict[str, str] = {}
    for group in by_surname.values():
        fresh = [r for r in group if r["article_id"] in new]
        for row in fresh:
            match = next((o for o in group if o["article_id"] != row["article_id"] and o is not row
                          and same_statement(o["content"], row["content"])), None)
            if match is not None:
                group_id = match["group_id"] or match["id"]
                match["group_id"] = row["group_id"] = group_id
                changed[match["id"]] = changed[row["id"]] = group_id
    for group_id in set(changed.values()):
        members = [r for group in by_surname.values() for r in group if r["group_id"] == group_id]
        ordered = sorted(members, key=lambda r: (r["published"] or "9999", r["seq"]))
        articles = list(dict.fromkeys(r["article_id"] for r in ordered))
        store.con.execute("UPDATE statements SET group_id = ?, articles = ? WHERE id IN (SELECT unnest(?))",
                          [group_id, articles, [r["id"] for r in members]])
