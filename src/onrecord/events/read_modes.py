"""The mode of an event read from its sentence's words: a fitted guess where no verb gives one.

The sentence-type model adds and reads events that no trigger of the rules named
(``sentence_types.added``, ``read_alone``), so the rules' mode reading (``modes``), which starts
from the trigger's verb, has nothing to read. Taking the mode the gold most often gives the type,
or the sentence's own denial or calendar, was right for four in five such events on the gold;
most misses were an act announced in words ("Soldiers will join the patrols, the ministry said":
verbal), denied ("declined to criticise") or put ahead. A multinomial logistic model over the
type, the sentence's words (the word models' inputs, ``speech.words``) and each word with the
type, fitted by ``bench/read_modes.py`` on every gold event (``data/read_modes.json``), reads
those from the words around the act: nine in ten right on gold sets left out.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .speech import words


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The fitted weights (package data): the modes, a bias and a weight row per feature."""
    return json.loads(resources.files("onrecord.data").joinpath("read_modes.json").read_text("utf-8"))


def features(kind: str, sentence: str) -> list[str]:
    """The model's inputs: the type, the sentence's words, and each single word with the type
    ("ACCUSE|denied"), as one word tells one type's mode and not another's ("agreed" to a deal is
    done, "agreed" to talk is ahead)."""
    said = words(sentence)
    return [f"type={kind}", *said, *(f"{kind}|{word}" for word in said if "_" not in word and not word.startswith("~"))]


def read_mode(kind: str, sentence: str, fitted: dict[str, Any] | None = None) -> str:
    """The likeliest mode of an act of type ``kind`` read from ``sentence``."""
    fitted = fitted or model()
    scores = list(fitted["bias"])
    for feature in features(kind, sentence):
        for k, weight in enumerate(fitted["weights"].get(feature, ())):
            scores[k] += weight
    return fitted["modes"][max(range(len(scores)), key=scores.__getitem__)]
