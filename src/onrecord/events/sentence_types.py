"""Which event types a sentence's words bear out: a fitted check on the rules' reading.

The rules read types from grammar and a trigger word, and on news they were not written from a
fifth of what they code is wrong (docs/quality.md). A one-vs-rest logistic model over the words
and word pairs of the sentence (the speech model's inputs), fitted by ``bench/sentence_types.py``
on every sentence of the gold articles (``data/sentence_types.json``), gives the probability that
an annotator codes each type there. An event whose type it finds very unlikely is dropped, and the
probability is one of the confidence model's inputs. Scored one gold set left out at a time on the
events the coder found on the blind days of sets e–u, dropping those under ``VETO`` removed 129
wrong events and 26 right ones.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

from ..records import Event
from .speech import words

VETO = 0.02  # the least probability an event's type keeps it (bench/sentence_types.py prints the others)


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The fitted weights (package data): the types, a bias and a weight row per word."""
    return json.loads(resources.files("onrecord.data").joinpath("sentence_types.json").read_text("utf-8"))


def type_probability(sentence: str, event_type: str, fitted: dict[str, Any] | None = None) -> float:
    """How likely an annotator codes ``event_type`` in ``sentence``; 1.0 for a type the model was
    not fitted for, which it cannot judge."""
    fitted = fitted or model()
    if event_type not in fitted["types"]:
        return 1.0
    k = fitted["types"].index(event_type)
    score = fitted["bias"][k] + sum(fitted["weights"][word][k] for word in words(sentence) if word in fitted["weights"])
    return 1 / (1 + math.exp(-score))


def likely(events: list[Event]) -> list[Event]:
    """The events whose type the model does not rule out for their sentence."""
    return [event for event in events if type_probability(event.evidence, event.type) >= VETO]
