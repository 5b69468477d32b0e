"""How likely a coded event is one a careful annotator codes too: a calibrated confidence.

The rules find events on news they were not written from with a precision near 0.80 (the blind
gold sets, docs/quality.md). Users who need fewer false events ask for the likelier ones. A
logistic model over what the event record itself shows (its type and mode, the trigger word,
which sides and fields were found, how many events share its sentence, where in the article it
sits) estimates that probability. It was fitted by ``bench/event_confidence.py`` on the events
the coder found in each gold set on the day the set was written blind (``data/event_confidence.json``),
so it learned how the rules fail on unseen news, not on the sets they were tuned on; scored one set
left out at a time, its 0.9 band is right 96 % of the time and its 0.1 band 20 %. Events under
``FLOOR`` are dropped; the rest keep their confidence for users to filter on.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

from ..records import Event
from .sentence_types import type_probability

FLOOR = 0.35  # an event less likely than this is dropped: under two in five of those just under it are right, fewer
# below (one set out on the blind days, bench/event_confidence.py train); dropping them raises F1
LEAD_CHARACTERS = 300  # an event in the first few lines: the story's news, not its background
QUOTE_MARKS = ('"', "“", "”")


def features(event: Event, sharing_sentence: int, text_length: int, type_probability: float) -> list[str]:
    """The model's inputs for one event: ``sharing_sentence`` events (itself included) have its
    evidence span, in an article of ``text_length`` characters, and the sentence-type model gives
    its type ``type_probability`` there."""
    fields = {"src": bool(event.source_country), "srca": bool(event.source_actor), "tgt": bool(event.target_country),
              "tgta": bool(event.target_actor), "date": bool(event.date), "place": bool(event.location),
              "self": bool(event.source_country) and event.source_country == event.target_country}
    trigger = (event.trigger or "").lower()
    return [f"type={event.type}", f"mode={event.mode or ''}", f"tm={event.type}|{event.mode or ''}",
            *(f"{name}={value}" for name, value in fields.items()),
            f"same={min(sharing_sentence, 4)}", f"first={event.start < LEAD_CHARACTERS}",
            f"quote={any(mark in event.evidence for mark in QUOTE_MARKS)}",
            f"len={min(len(event.evidence.split()) // 10, 5)}", f"off={int(4 * event.start / max(1, text_length))}",
            f"ts={event.type}|{fields['src']}", f"tt={event.type}|{fields['tgt']}",
            f"trig={trigger}", f"tt2={event.type}|{trigger}", f"stype={likelihood_band(type_probability)}"]


def likelihood_band(probability: float) -> int:
    """0 for a probability of at least 10^-0.5, then one band per half power of ten, 6 at most."""
    return min(int(-2 * math.log10(max(probability, 1e-4))), 6)


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The fitted weights (package data)."""
    return json.loads(resources.files("onrecord.data").joinpath("event_confidence.json").read_text("utf-8"))


def probability(names: list[str], weights: dict[str, float], bias: float) -> float:
    """The logistic model's probability for one event's features; a feature it never saw adds nothing."""
    return 1 / (1 + math.exp(-(bias + sum(weights.get(name, 0.0) for name in names))))


def likeliest(names_by_candidate: dict[str, list[str]], fitted: dict[str, Any], least: float | None = None) -> str | None:
    """Of candidates scored alone by a fitted logistic model (the place and target models), the
    likeliest, if at least ``least`` likely (the model's own bar unless given)."""
    scored = [(probability(names, fitted["weights"], fitted["bias"]), candidate)
              for candidate, names in names_by_candidate.items()]
    best = max(scored, default=None)
    return best[1] if best is not None and best[0] >= (fitted["least"] if least is None else least) else None


def with_confidence(events: list[Event], text: str) -> list[Event]:
    """Set every event's ``confidence`` (rounded to two places) and return the events."""
    fitted = model()
    spans = Counter((event.start, event.end) for event in events)
    for event in events:
        names = features(event, spans[(event.start, event.end)], len(text), type_probability(event.evidence, event.type))
        event.confidence = round(probability(names, fitted["weights"], fitted["bias"]), 2)
    return events


def confident(events: list[Event]) -> list[Event]:
    """The events at least ``FLOOR`` likely to be right. Scored one gold set left out at a time on
    the blind-day events of e–ao, dropping those under it loses 206 right events with 716 wrong ones
    (``bench/event_confidence.py train`` prints the table)."""
    return [event for event in events if event.confidence is None or event.confidence >= FLOOR]
