"""Which event types a sentence's words bear out: a fitted check on the rules' reading.

The rules read types from grammar and a trigger word, and on news they were not written from a
fifth of what they code is wrong (docs/quality.md), mostly a type the annotator did not code in a
sentence where they coded another. A one-vs-rest logistic model over the words, word pairs and
word stems of the sentence (the speech model's inputs), fitted by ``bench/sentence_types.py`` on
every sentence of the gold articles (``data/sentence_types.json``), gives the probability that an
annotator codes each type there. It judges the rules' events: one whose type it finds very
unlikely is dropped (``VETO``), and the probability is one of the confidence model's inputs. Where the rules found an
act, it also adds the types it finds likely that they missed (``ADD``): such a sentence often
reports a second act ("accused … and threatened …"), and who did it is most often who did the
first. In a sentence where the rules found nothing it reads the likely types alone (``READ``),
done by the first actor the sentence names (``read_alone``). The thresholds were chosen one gold
set left out at a time, on the events the coder found on each set's blind day
(``bench/sentence_types.py`` prints the tables).
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from ..records import Event, stable_id
from .lexicon import recoded
from .read_modes import read_mode
from .speech import word_scores, words

VETO = 0.01  # the least probability an event's type keeps it (bench/sentence_types.py prints the others)
ADD = 0.5  # the least probability at which a type the rules missed in a sentence they coded is added
READ = 0.3  # the least probability at which a type is read in a sentence where the rules found nothing


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The fitted weights (package data): the types, a bias and a weight row per word."""
    return json.loads(resources.files("onrecord.data").joinpath("sentence_types.json").read_text("utf-8"))


def type_probabilities(sentence: str, fitted: dict[str, Any] | None = None) -> dict[str, float]:
    """How likely an annotator codes each type the model was fitted for in ``sentence``."""
    fitted = fitted or model()
    return {kind: 1 / (1 + math.exp(-score)) for kind, score in zip(fitted["types"], word_scores(sentence, fitted))}


def type_probability(sentence: str, event_type: str, fitted: dict[str, Any] | None = None) -> float:
    """How likely an annotator codes ``event_type`` in ``sentence``; 1.0 for a type the model was
    not fitted for, which it cannot judge. (One type's column only: the confidence asks it of every event.)"""
    fitted = fitted or model()
    if event_type not in fitted["types"]:
        return 1.0
    k = fitted["types"].index(event_type)
    score = fitted["bias"][k] + sum(fitted["weights"][word][k] for word in words(sentence) if word in fitted["weights"])
    return 1 / (1 + math.exp(-score))


def likely(events: list[Event]) -> list[Event]:
    """The events whose type the model does not rule out for their sentence."""
    return [event for event in events if type_probability(event.evidence, event.type) >= VETO]


def added(events: list[Event], sentences: list[Event]) -> list[Event]:
    """The events of the types the model finds at least ``ADD`` likely in a sentence where the rules
    coded another type. Each takes the parties, date and place of the first event coded there (the
    sentence's first date and place where that event has none: ``sentences`` as in ``read_alone``), the
    mode the sentence's words tell for its type (``read_modes``), no trigger (no word of the rules
    named it) and the model's probability as its confidence."""
    fitted = model()
    told = {sentence.start: sentence for sentence in sentences}
    first: dict[tuple[int, int], Event] = {}
    coded: dict[tuple[int, int], set[str]] = {}
    for event in events:
        first.setdefault((event.start, event.end), event)
        coded.setdefault((event.start, event.end), set()).add(event.type)
    out = []
    for span, event in first.items():
        for kind, probability in type_probabilities(event.evidence, fitted).items():
            if probability >= ADD and kind not in coded[span]:
                sentence = told.get(event.start)
                placed = _when_where_told(event, sentence)
                out.append(_read_as(placed, kind, read_mode(kind, event.evidence), probability,
                                    stable_id(event.id, kind, "added", prefix="ev_")))
    return out


def read_alone(sentences: list[Event], found: list[Event]) -> list[Event]:
    """The events of the types the model finds at least ``READ`` likely in a sentence where the rules
    found nothing (``sentences``: each as an event of no type, by the actor it names first, see
    ``stage.sentence_events``). No verb the rules know says who did it, so they keep that actor
    as the doer, the sentence's first date and place, and no target; the rest is as for ``added``."""
    fitted = model()
    coded = {event.start for event in found}
    out = []
    for sentence in sentences:
        if sentence.start in coded:
            continue
        for kind, probability in type_probabilities(sentence.evidence, fitted).items():
            if probability >= READ:
                event_id = stable_id(sentence.article_id, sentence.start, kind, "read", prefix="ev_")
                out.append(_read_as(sentence, kind, read_mode(kind, sentence.evidence), probability, event_id))
    return out


def _when_where_told(event: Event, sentence: Event | None) -> Event:
    """``event`` with its sentence's first date and place where it has none of its own."""
    if sentence is None:
        return event
    dated = event if event.date else replace(event, date=sentence.date)
    if dated.location or dated.location_country:
        return dated
    return replace(dated, location=sentence.location, location_country=sentence.location_country,
                   latitude=sentence.latitude, longitude=sentence.longitude)


def _read_as(event: Event, kind: str, mode: str, probability: float, event_id: str) -> Event:
    """``event`` as one of type ``kind`` in ``mode`` that the model read: no trigger, the model's
    probability as its confidence, its own list of articles."""
    return recoded(event, kind, mode=mode, trigger=None, confidence=round(probability, 2),
                   articles=list(event.articles), id=event_id)
