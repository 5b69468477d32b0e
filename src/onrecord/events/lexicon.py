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
    return json.loads(resources.files("onrecord.data").joinpath("plover.json").read_text("utf-8"))
