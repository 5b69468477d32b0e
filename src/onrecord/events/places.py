"""The place of an event, chosen by a fitted model among the places its sentence names and the
dateline.

The rules find a place through the grammar of the trigger's clause ("in / at X", a place gone
to, where the words were said, the dateline of a lead), and on news they were not written from
they are right on about half the events that have or are given one (docs/quality.md): they
miss places the parser hangs elsewhere ("seized trucks near Aflao"), and they give a dateline
city to acts done elsewhere. Whether a named place is where the act happened depends on how it
sits in the sentence (its preposition, its clause, how far from the trigger), on what the
gazetteer knows of it and on the kind of act, which a logistic model over the candidates weighs
better. Each place the sentence and the two before it name (but those the guide rules out: one
of several, where words were said for an act they report, the seat of whoever withheld a
statement), the rules' place and the story's dateline is a candidate, scored alone; the likeliest is taken when it is at least ``least`` likely, else the
event has no place. Its country and coordinates come from the gazetteer, the rules' country
kept for a place it does not know. Fitted by ``bench/places.py`` on the gold events
(``data/places.json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..gazetteer import dateline_place, fold, is_landform, locate, lookup
from ..pipeline import Work
from ..records import Event
from .confidence import likeliest
from .grammar import distance, relation, subject_of, verb_of
from .lexicon import REGION_NOUNS, SETTLEMENT_NOUNS
from .targets import event_sentence, role_of
from .when_where import (
    PLACE_PREPOSITIONS,
    SPEAKING_VERBS,
    located,
    named_countries,
    paragraph_dateline,
    proper_name,
    refined_place,
    unarticled,
)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_NOUNS = REGION_NOUNS | SETTLEMENT_NOUNS | {"site", "crossing", "camp", "border", "scene", "area"}
PLACE_WORDS = PLACE_PREPOSITIONS | {"to", "into", "from", "across", "inside", "through", "toward", "towards"}
SAYING_VERBS = SPEAKING_VERBS | {"say", "tell"}
EARLIER = 2  # sentences back where a place referred to is looked for


@dataclass
class Candidate:
    """A place that may be the event's: its name, and the sentence's words for it if it names it."""

    name: str
    ent: Span | None = None
    found_by: set[str] = field(default_factory=set)  # "text", "earlier", "rules", "dateline"


def _gazetteer_kind(name: str) -> str:
    """What the gazetteer knows the name as: a country (never a location by itself, L1), a city
    with coordinates, a region or landmark, or nothing."""
    where = locate(name)
    if where is None:
        return "unknown"
    place = lookup(name)
    if place is not None and place.kind == "country" and where.latitude is None:
        return "country"
    return "city" if where.latitude is not None else "region"


def _named(ent: Span) -> bool:
    """Whether an entity names a place: a place label, an organisation the gazetteer knows as a
    place ("a stadium in Niamey" tagged ORG) but not by an acronym ("the OAS" is no town Oas), or a
    landform whatever its label."""
    known_place = ent.label_ == "ORG" and not ent.text.isupper() and locate(ent.text) is not None
    return ent.label_ in PLACE_LABELS or known_place or is_landform(ent.text)


def _places_named(sentence: Span) -> list[tuple[str, Span]]:
    """The places a sentence names, as the gold names them, each with its words: entities of a
    place, and proper names the tagger missed where a place stands ("drivers in Giza", "near Route 4")."""
    found = [(refined_place(ent), ent) for ent in sentence.ents if _named(ent)]
    taken = {t.i for _, span in found for t in span}
    for token in sentence:
        if token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ in PLACE_WORDS and token.i not in taken:
            name = proper_name(token)
            found.append((unarticled(name.text), name))
    return found


def _article_dateline(doc: Doc) -> str | None:
    """The story's dateline place, whether the clean stage took it off the text or left it there."""
    credited = doc.user_data.get("dateline")
    return dateline_place(credited) if credited else dateline_place(doc.text[:200])


def _earlier(sentence: Span) -> list[Span]:
    """The sentences just before this one, nearest first: where "there" or "the town" was named."""
    doc, found = sentence.doc, []
    while sentence.start > 0 and len(found) < EARLIER:
        sentence = doc[sentence.start - 1].sent
        found.append(sentence)
    return found


def _refers_back(sentence: Span) -> bool:
    """Whether the sentence points at a place told before: "there", "the town", "the province"."""
    return any(t.lower_ == "there" and t.dep_ != "expl" or t.lower_ in PLACE_NOUNS and any(
        c.lower_ == "the" for c in t.children) for t in sentence)


def _said_at(place: Token) -> bool:
    """Whether a place is where words were said: "speaking in Lisbon", "told reporters in Port
    Moresby", "told a news conference in Geneva"."""
    verb = verb_of(place)
    return verb.lemma_.lower() in SAYING_VERBS and place.dep_ == "pobj" and verb in place.head.ancestors


def _ruled_out(place: Token, places: set[int], event: Event, trigger: Token | None) -> bool:
    """A place the guide says is not the act's: one of several (``places``, the sentence's place
    entities by their root: "talks in Vienna and Geneva", L1), where the words were said for an
    act they report (L1), the seat of whoever withheld a statement ("the embassy in Santiago
    declined to comment", S2)."""
    if place.dep_ == "conj" and place.head.i in places or any(c.dep_ == "conj" and c.i in places for c in place.children):
        return True
    if _said_at(place) and event.mode != "verbal" and event.type != "STATEMENT":
        return True
    subject = subject_of(trigger)[0] if trigger is not None else None
    return event.type == "STATEMENT" and event.mode == "negated" and subject is not None and (
        subject.left_edge.i <= place.i <= subject.right_edge.i)


def candidates(sentence: Span, event: Event, trigger: Token | None) -> list[Candidate]:
    """The places the sentence names (but those the guide rules out), then those of the sentences
    before it, the rules' place and the story's dateline, one candidate a name."""
    by_name: dict[str, Candidate] = {}
    places = {ent.root.i for ent in sentence.ents if _named(ent)}
    for back, named_in in enumerate([sentence, *_earlier(sentence)]):
        for name, ent in _places_named(named_in):
            if back == 0 and _ruled_out(ent.root, places, event, trigger):
                continue
            if name[:1].isupper() and fold(name) not in by_name:
                by_name[fold(name)] = Candidate(name, None if back else ent, {"earlier" if back else "text"})
    for name, how in ((event.location, "rules"), (_article_dateline(sentence.doc), "dateline")):
        if name:
            by_name.setdefault(fold(name), Candidate(name)).found_by.add(how)
    return list(by_name.values())


def candidate_features(work: Work, event: Event) -> dict[str, list[str]]:
    """Each candidate place of an event, by name, with the model's inputs for it."""
    found_in = event_sentence(work, event)
    if found_in is None:
        return {}
    sentence, trigger = found_in
    kind = event.type or "NONE"
    lead = paragraph_dateline(sentence) is not None
    back = _refers_back(sentence)
    found = candidates(sentence, event, trigger)
    out: dict[str, list[str]] = {}
    for candidate in found:
        rules = "none" if not event.location else "this" if "rules" in candidate.found_by else "other"
        props = [f"by={'|'.join(sorted(candidate.found_by))}", f"gaz={_gazetteer_kind(candidate.name)}",
                 f"lead={lead}", f"back={back}", f"rules={rules}", f"n={min(len(found), 4)}", f"mode={event.mode}"]
        if candidate.ent is not None:
            root = candidate.ent.root
            props += [f"label={candidate.ent.label_ or root.ent_type_ or 'none'}", f"role={role_of(root)}",
                      f"rel={relation(root, trigger)}", f"dist={distance(root, trigger)}",
                      f"after={trigger is not None and root.i > trigger.i}"]
        word = f"trig={(event.trigger or '').lower()}"
        out[candidate.name] = ["bias", *props, *(f"{kind}|{p}" for p in props),
                               *(f"{word}|{p}" for p in props if p.startswith(("role=", "by=")))]
    return out


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The fitted weights and the least probability to take a candidate (package data)."""
    return json.loads(resources.files("onrecord.data").joinpath("places.json").read_text("utf-8"))


def with_places(work: Work, events: list[Event]) -> list[Event]:
    """Give each event its likeliest candidate place, or none, with the place's country and coordinates."""
    assert work.doc is not None
    near = named_countries(work.doc)
    for event in events:
        name = likeliest(candidate_features(work, event), model())
        if fold(name or "") == fold(event.location or ""):
            continue
        place, country, latitude, longitude = located(name, near) if name else (None, None, None, None)
        event.location, event.latitude, event.longitude = place, latitude, longitude
        event.location_country = country or (event.location_country if name else None)
    return events
