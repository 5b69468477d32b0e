"""The event lexicon (``data/plover.json``) and the word classes every part of the stage shares."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..records import Event

if TYPE_CHECKING:
    from spacy.tokens import Token

MODAL_HYPOTHETICAL = {"would", "could", "might", "may", "'d"}
MODAL_FUTURE = {"will", "shall", "'ll", "wo", "must"}
ACTOR_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
CHAMBERS = {"parliament", "assembly", "congress", "senate", "legislature"}  # a state's legislature, by its common names
SPEECH_ACTS = {"ACCUSE", "REQUEST", "THREATEN"}  # done in words by nature: their mode is verbal
INTIMIDATING_VERBS = {"intimidate", "cow", "bully", "blackmail", "coerce", "pressure", "pressurise", "pressurize", "silence", "deter"}
REGION_NOUNS = {"region", "province", "state", "department", "district", "county", "governorate", "area", "territory", "sector"}
SETTLEMENT_NOUNS = {"city", "town", "capital", "port", "village"}


@lru_cache(maxsize=1)
def plover() -> dict[str, Any]:
    """The trigger lexicon, the CAMEO crosswalk and the contexts (package data)."""
    lexicon = json.loads(resources.files("onrecord.data").joinpath("plover.json").read_text("utf-8"))
    _add_object_classes(lexicon)
    return lexicon


def recoded(event: Event, kind: str, **changes: Any) -> Event:
    """``event`` coded as ``kind`` (and ``changes``): its PLOVER contexts and CAMEO root follow the type."""
    lexicon = plover()
    return replace(event, type=kind, context=list(lexicon["contexts"][kind]), cameo=lexicon["cameo"].get(kind), **changes)


def _add_object_classes(lexicon: dict[str, Any]) -> None:
    """A class of verbs with a class of objects gives one type whatever the pair (``verb_object_classes``):
    sanctions or tariffs imposed by any imposing verb are SANCTION ("slapped duties on", "expanded
    its sanctions"), lifted by any lifting verb CONCEDE ("eased", "scrapped the export ban"); a deal
    made by any sealing verb is AGREE ("inked", "hammered out"), ended by any breaking verb SANCTION
    (T1: "ended its defence agreement with France"); weapons, money or supplies given by any giving verb
    are AID ("shipped shells", "donated tents"), intelligence or records passed by any sharing verb
    COOPERATE ("swapped criminal records"); a town, a base or a radio station taken by any conquering
    verb is ASSAULT (guide A2); sanctions kept by any keeping verb are REJECT (CAMEO 124, a refusal
    to ease them). A verb's own entry for a noun wins."""
    objects = lexicon["verb_objects"]
    for word_class in lexicon["verb_object_classes"].values():
        for verb in word_class["verbs"]:
            objects[verb] = {**dict.fromkeys(word_class["objects"], word_class["type"]), **objects.get(verb, {})}


def labour_word(word: Token) -> bool:
    """A word of working people or their dispute: listed ("nurses", "walkout"), or a compound of
    "worker" written as one word ("dockworkers", "steelworkers"), which no list can hold in full."""
    lowered = word.lower_
    return lowered in plover()["labour_words"] or word.lemma_.lower() in plover()["labour_words"] or (
        lowered.endswith(("worker", "workers")))


def police(phrase: Token | None) -> bool:
    """ "Police", "riot police", "Chile's Carabineros", "the gendarmerie": a force that keeps order
    at home, whose arrests and dispersals are done to its own country's people unless the text
    names others, and whose deployment threatens nobody."""
    return phrase is not None and any(t.lower_ in plover()["police_words"] for t in phrase.subtree if t.i <= phrase.i)


def site_word(word: Token) -> bool:
    """A common noun for a settlement, a site or a post ("town", "air base", "border post",
    "police station"): a place, never a person, whatever name the parser tags beside it."""
    lex = plover()
    return word.pos_ == "NOUN" and word.lemma_.lower() in (
        SETTLEMENT_NOUNS | {*lex["facility_nouns"], *lex["crossing_nouns"], *lex["held_sites"]})
