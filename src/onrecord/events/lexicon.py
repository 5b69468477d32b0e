"""The event lexicon (``data/plover.json``) and the word classes every part of the stage shares."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

MODAL_HYPOTHETICAL = {"would", "could", "might", "may", "'d"}
MODAL_FUTURE = {"will", "shall", "'ll", "wo", "must"}
ACTOR_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
SPEECH_ACTS = {"ACCUSE", "REQUEST", "THREATEN"}  # done in words by nature: their mode is verbal
REGION_NOUNS = {"region", "province", "state", "department", "district", "county", "governorate", "area"}
SETTLEMENT_NOUNS = {"city", "town", "capital", "port", "village"}


@lru_cache(maxsize=1)
def plover() -> dict[str, Any]:
    """The trigger lexicon, the CAMEO crosswalk and the contexts (package data)."""
    lexicon = json.loads(resources.files("onrecord.data").joinpath("plover.json").read_text("utf-8"))
    _add_measure_objects(lexicon)
    return lexicon


def _add_measure_objects(lexicon: dict[str, Any]) -> None:
    """Sanctions, tariffs, levies are SANCTION when any imposing verb takes them ("slapped duties on",
    "expanded its sanctions") and CONCEDE when any lifting verb does ("eased sanctions", "scrapped
    the export ban"), so the pairs are not listed verb by verb; a verb's own entry for a noun wins."""
    objects = lexicon["verb_objects"]
    for verbs, measures, kind in ((lexicon["imposing_verbs"], lexicon["imposed_measures"], "SANCTION"),
                                  (lexicon["lifting_verbs"], lexicon["lifted_measures"], "CONCEDE")):
        for verb in verbs:
            objects[verb] = {**dict.fromkeys(measures, kind), **objects.get(verb, {})}
