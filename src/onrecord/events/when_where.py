"""The event's own date and place: a date phrase in the trigger's clause ("on Tuesday"),
resolved against the publication date, and a place in it or, for acts done where the
story is filed, the dateline; each place located in the gazetteer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..actors import home_country
from ..dates import date_phrase, resolve_date
from ..gazetteer import capital_of, dateline_place, locate, lookup
from ..pipeline import Work
from ..records import Statement
from .grammar import objects_of, scheduled, verb_chain, verb_of
from .lexicon import MODAL_FUTURE, plover
from .triggers import CONTENT_TAKERS, classify

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


DATELINE_LENGTH = 60
Located = tuple[str | None, str | None, float | None, float | None]  # place, its country, latitude, longitude
NOWHERE: Located = (None, None, None, None)
COMPASS = {"northern", "southern", "eastern", "western", "north-eastern", "north-western", "south-eastern",
           "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "along"}


def looks_ahead(token: Token) -> bool:
    """A planned or promised event: its weekdays and months lie ahead of the publication date."""
    chain = verb_chain(token)
    auxiliaries = {c.lower_ for t in chain[:3] for c in t.children if c.dep_ in {"aux", "auxpass"}}
    planned = {t.lemma_.lower() for t in chain[1:4]} & set(plover()["future_verbs"] + plover()["intent_verbs"])
    return bool(auxiliaries & (MODAL_FUTURE | {"would"}) or planned or scheduled(token))


def election_country(sentence: Span) -> str | None:
    """The country of "the U.S. presidential election" in the sentence."""
    for token in sentence:
        if token.lemma_.lower() in {"election", "vote", "poll", "referendum"}:
            for child in token.children:
                place = lookup(child.text) if child.ent_type_ in {"GPE", "NORP"} else None
                if place is not None:
                    return place.iso3
    return None


def event_date(work: Work, token: Token, clause: list[Token], ahead: bool) -> str | None:
    """The first date phrase of the trigger's clause that resolves ("seven-day" does not)."""
    ids = {t.i for t in clause}
    if token.dep_ == "relcl":  # "the election on November 5, where Trump won"
        ids |= {t.i for t in token.head.subtree if t.i not in {s.i for s in token.subtree}}
    return (date_among(work, token.sent, ids, ahead) or date_among(work, token.sent, _governors(token), ahead)
            or date_among(work, token.sent, _described_objects(token), ahead))


def _described_objects(token: Token) -> set[int]:
    """Verbs that only describe the trigger's object, where the parser may hang the act's date:
    "ratified Sweden's bid to join NATO late on Tuesday"."""
    return {v.i for o in objects_of(token)
            for v in o.children if v.dep_ == "acl" and v.pos_ == "VERB" and classify(v) is None}


def date_among(work: Work, sentence: Span, heads: set[int], ahead: bool) -> str | None:
    """The first date of the sentence attached to one of ``heads`` that resolves."""
    for ent in sentence.ents:
        if ent.label_ == "DATE" and (ent.root.i in heads or verb_of(ent.root).i in heads):
            resolved = resolve_date(date_phrase(ent), work.article.published, ahead=ahead)
            if resolved is not None:
                return resolved
    return None


def _governors(token: Token) -> set[int]:
    """The words a trigger's own time may hang on when its clause names none: the verbs above
    it ("signed an order withdrawing …  on Monday") and those coordinated with it ("pardoned and
    released 14 prisoners on Saturday")."""
    return {t.i for t in [*token.ancestors, *token.conjuncts] if t.pos_ in {"VERB", "AUX"}}


def event_place(token: Token, clause: list[Token], event_type: str, statement: Statement | None) -> tuple[Located, bool]:
    """Where it happened, and whether only the dateline says so: "in / at X" in the trigger's
    clause ("in the Saudi city of Jeddah" too), else in the clauses above it ("rose along the
    Line of Control when troops exchanged fire"), else where its statement was made, else the
    dateline of a paragraph's first sentence ("MANILA - …"), which ``_filed_elsewhere`` may undo."""
    sentence = token.sent
    if event_type in CONTENT_TAKERS:  # "demanded an end to operations in Gaza": Gaza is what it is about
        about = {t.i for c in token.children if c.dep_ in {"dobj", "ccomp", "xcomp"} for t in c.subtree}
        clause = [t for t in clause if t.i not in about]
    governed = {t.i for t in sentence if t.pos_ not in {"VERB", "AUX"} and verb_of(t).i in _governors(token)}
    for ids in ({t.i for t in clause}, governed):
        name = _place_among(sentence, ids, event_type)
        if name is not None:
            return _located(name), False
    if statement is not None and statement.place:
        return _located(statement.place), False
    filed = _dateline(sentence)
    return (_located(filed), True) if filed is not None else (NOWHERE, False)


def _dateline(sentence: Span) -> str | None:
    """The dateline city of a paragraph's first sentence ("MANILA - …"), or of the article's
    first when the clean stage took a wire's credit dateline off it."""
    text = sentence.doc.text
    paragraph = text.rfind("\n", 0, sentence.start_char) + 1
    if sentence.start_char - paragraph > DATELINE_LENGTH:
        return None
    credited = sentence.doc.user_data.get("dateline")
    if credited and paragraph == 0:
        return dateline_place(credited)
    return dateline_place(text[paragraph:sentence.end_char])


def filed_elsewhere(event_type: str, mode: str) -> bool:
    """Guide L1: the dateline is where the reporter files, the place only of acts done there. A
    vote is held across the country, forces move away from the capital (``remote_types``), and
    a planned or possible act has not happened anywhere yet."""
    return event_type in plover()["remote_types"] or mode in {"future", "hypothetical"}


def _place_among(sentence: Span, ids: set[int], event_type: str) -> str | None:
    """The first place named "in / at / along X" among the tokens ``ids``; for a withdrawal also
    the place left ("pulled out of southern Gaza"), for a march or a deployment the place entered
    ("poured into central Belgrade"), as ``place_prepositions`` lists by type."""
    prepositions = PLACE_PREPOSITIONS | set(plover()["place_prepositions"].get(event_type, []))
    for ent in sentence.ents:
        capital = _capital_named(ent, ids, prepositions)
        if capital is not None:
            return capital
        if ent.root.i not in ids or ent.label_ not in {"GPE", "LOC", "FAC"} and not (
                ent.label_ == "ORG" and locate(ent.text) is not None):  # "a stadium in Niamey" tagged ORG
            continue
        head = ent.root.head
        if ent.root.dep_ == "pobj" and (head.lower_ in prepositions or (
                head.lower_ == "of" and head.head.lower_ in {"city", "town", "capital", "port", "village"})):
            return _refined(ent)
    return None


def _capital_named(ent: Span, ids: set[int], prepositions: set[str]) -> str | None:
    """ "in the Saudi capital", "in the Ukrainian capital": the country's capital city."""
    noun = ent.root.head
    if ent.label_ not in {"NORP", "GPE"} or noun.lemma_.lower() != "capital" or noun.i not in ids or not (
            noun.dep_ == "pobj" and noun.head.lower_ in prepositions):
        return None
    place = lookup(ent.text)
    return capital_of(place.iso3) if place is not None else None


def _refined(ent: Span) -> str:
    """The place as the gold annotators name it: a building by its city ("the Great Hall of the
    People in Beijing", "the Elysee Palace" under a PARIS dateline), a region with its compass
    point ("southern Lebanon")."""
    if ent.label_ == "FAC":
        city = next((e for e in ent.sent.ents if e.label_ == "GPE" and e.root.head.lower_ == "in" and
                     e.root.head.head.i in {t.i for t in ent}), None)
        return city.text if city is not None else _dateline(ent.sent) or ent.text
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in COMPASS and before.head.i == ent.root.i:
        return f"{before.text} {ent.text}"
    return re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE)  # "the South China Sea" is named "South China Sea"


def dateline_home(doc: Doc, location_country: str | None) -> str | None:
    """The country of domestic actors named without one (police, troops, parliament): where it
    happened, else the article's home (``actors.home_country``)."""
    return location_country or home_country(doc)


def _located(name: str) -> Located:
    """The place and its country; "southern Lebanon" lies in Lebanon."""
    first, _, rest = name.partition(" ")
    where = locate(name) or (locate(rest) if first.lower() in COMPASS else None)
    if where is not None:
        return name, where.iso3, where.latitude, where.longitude
    return name, None, None, None
