"""The target country of an event the rules gave none, chosen by a fitted model.

The rules leave the target country empty on two in five events they code, and the gold gives
one to almost half of those: mostly the story's own country, for what a government does to its
own people ("police detained 40 protesters", "the court jailed the opposition leader"), else a
country the sentence names ("the talks with Sudan"). Whether an act has such a target depends
on the kind of act and on what the sentence says of each country, which a logistic model over
the candidates weighs better than rules read off the development sets. Each country the
sentence names, the source's and the story's home country is a candidate, scored alone; the
likeliest is taken when it is at least ``least`` likely. A protest is left alone: its target is
the one the text names, never the government by default (guide P1). Only the country is
filled: which of its people or bodies the act was aimed at, the text leaves to the reader.
Fitted by ``bench/targets.py`` on the gold events (``data/targets.json``); the same model for
source countries, and one revising the rules' own targets, were measured and not kept
(docs/quality.md).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

from ..actors import home_country, named_place
from ..pipeline import Work
from ..records import Event
from .confidence import likeliest

NEVER_FILLED = frozenset({"PROTEST"})  # its target only when the text says who (guide P1): never a default
NAMED_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "compound", "amod", "appos", "conj", "dative", "agent"}


def left_open(kind: str, target_country: str | None) -> bool:
    """Whether the model chooses this event's target country: the rules gave none, and its type
    takes one the text does not name."""
    return not target_country and kind not in NEVER_FILLED


def trigger_token(sentence: Span, event: Event) -> Token | None:
    """The sentence's token that is the event's trigger word, if the rules named one."""
    word = (event.trigger or "").lower().split()
    return next((t for t in sentence if word and t.lower_ == word[0]), None)


def event_sentence(work: Work, event: Event) -> tuple[Span, Token | None] | None:
    """The sentence holding an event's evidence and its trigger word there; None where the
    evidence is not on the text's tokens."""
    assert work.doc is not None
    span = work.doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return None
    sentence = span[0].sent
    return sentence, trigger_token(sentence, event)


def role_of(token: Token) -> str:
    """How a country word sits in its clause: "pobj:against", "dobj", "poss" …"""
    dep = token.dep_ if token.dep_ in NAMED_ROLES else "other"
    return f"{dep}:{token.head.lower_}" if dep == "pobj" else dep


def _head_word(name: str | None) -> str:
    """The last word of a target the rules named without a country ("protesters", "the opposition")."""
    return name.split()[-1].lower() if name else ""


def sentence_countries(work: Work, sentence: Span) -> dict[str, list[tuple[int, str]]]:
    """Each country the sentence names, by a place name, a nationality or an actor of known
    country, with where (token index) and in what role."""
    named: dict[str, list[tuple[int, str]]] = {}
    for ent in sentence.ents:
        place = named_place(ent)
        if place is not None:
            named.setdefault(place.iso3, []).append((ent.root.i, role_of(ent.root)))
    for mention in work.article.mentions:
        actor = work.actors.get(mention.actor_id or "")
        if actor is None or not actor.country or not sentence.start_char <= mention.start < sentence.end_char:
            continue
        span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and all(i != span.root.i for i, _ in named.get(actor.country, [])):
            named.setdefault(actor.country, []).append((span.root.i, role_of(span.root)))
    return named


def candidate_features(work: Work, event: Event, home: str | None) -> dict[str, list[str]]:
    """Each candidate target country of an event, with the model's inputs for it: every country
    its sentence names, its source's and the story's ``home``."""
    found = event_sentence(work, event)
    if found is None:
        return {}
    sentence, trigger = found
    named = sentence_countries(work, sentence)
    kind = event.type or "NONE"
    found = "actor" if event.target_actor else "noactor"
    words = [f"trig={(event.trigger or '').lower()}", f"word={_head_word(event.target_actor)}"]
    out: dict[str, list[str]] = {}
    for country in sorted({*named, event.source_country, home} - {None, ""}):
        assert country is not None
        places = named.get(country, [])
        shape = f"sh={country == event.source_country}|{country == home}|{bool(places)}"
        props = [f"n={min(len(places), 2)}", found, f"srcnone={not event.source_country}", shape,
                 f"others={min(len(named) - bool(places), 2)}", f"mode={event.mode}",
                 *(f"role={role}" for _, role in places)]
        if trigger is not None and places:
            props.append(f"after={any(i > trigger.i for i, _ in places)}")
        out[country] = ["bias", *props, *(f"{kind}|{p}" for p in props), f"{kind}|{found}|{shape}",
                        *(f"{w}|{shape}" for w in words)]
    return out


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The fitted weights and the least probability to take a candidate (package data)."""
    return json.loads(resources.files("onrecord.data").joinpath("targets.json").read_text("utf-8"))


def with_targets(work: Work, events: list[Event]) -> list[Event]:
    """Give each event the rules left without a target country its likeliest candidate's."""
    assert work.doc is not None
    open_events = [event for event in events if left_open(event.type, event.target_country)]
    if open_events:
        home = home_country(work.doc)
        for event in open_events:
            event.target_country = likeliest(candidate_features(work, event, home), model())
    return events
