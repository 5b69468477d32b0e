"""What a plain statement says: an accusation, a demand, a threat … told with "said".

The rules code a speech whose content they cannot type as a STATEMENT. On news they were not
written from, three in four of those are a typed speech act that an annotator codes instead
(ACCUSE, REQUEST, THREATEN, REJECT, SUPPORT … with mode ``verbal``; docs/quality.md). A linear
model over the words and word pairs of the sentence, fitted by ``bench/speech_content.py`` on the
gold sentences that report speech (``data/speech_content.json``; fitted before ``words`` gave
stems and stem pairs too, it has no weight for them), retypes such a STATEMENT as an
accusation or a threat when it is sure enough; the others stay statements. Scored one gold set
left out at a time on the 180 statements the coder found on the blind days of sets e–t, it made
21 wrong statements right and 2 right ones wrong.
"""

from __future__ import annotations

import json
import math
import re
import threading
from functools import lru_cache
from importlib import resources
from typing import Any

import Stemmer

from ..records import Event
from .lexicon import recoded

STEMMERS = threading.local()  # one Snowball stemmer a thread: a PyStemmer instance is not thread-safe
WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
# The acts the model retypes to: one gold set left out at a time, retyping to ACCUSE and THREATEN
# fixed far more blind-day statements than it broke; REJECT broke more than it fixed, and REQUEST
# (5 fixed, 3 broken at this threshold) too few to be worth the guide's S1 ("said Europe must …").
RETYPES = frozenset({"ACCUSE", "THREATEN"})
THRESHOLD = 0.3  # the least probability that retypes (bench/speech_content.py prints the others)


@lru_cache(maxsize=1024)
def words(sentence: str) -> frozenset[str]:
    """The word models' inputs: the sentence's lower-case words, adjacent word pairs and, marked
    "~", the Snowball stems that differ from their words ("~rearrest" for "rearrested") and the
    stem pairs that differ from their word pairs ("~accus_pakistan"), which let a form the
    training never saw weigh as its kin did. Cached: the speech, sentence-type and confidence
    steps all read the same evidence sentences."""
    tokens = WORD.findall(sentence.lower())
    stems = _stemmer().stemWords(tokens)
    return frozenset({*tokens, *(f"{a}_{b}" for a, b in zip(tokens, tokens[1:])),
                      *(f"~{stem}" for token, stem in zip(tokens, stems) if stem != token),
                      *(f"~{a}_{b}" for a, b, x, y in zip(stems, stems[1:], tokens, tokens[1:]) if (a, b) != (x, y))})


def _stemmer() -> Stemmer.Stemmer:
    """This thread's English stemmer, made on first use."""
    if not hasattr(STEMMERS, "english"):
        STEMMERS.english = Stemmer.Stemmer("english")
    return STEMMERS.english


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The fitted weights (package data): class names, a bias and a weight row per word."""
    return json.loads(resources.files("onrecord.data").joinpath("speech_content.json").read_text("utf-8"))


def word_scores(sentence: str, fitted: dict[str, Any]) -> list[float]:
    """Each class's bias plus the weights of the sentence's words, the linear part of both word
    models (this one and the sentence-type model); a word the model never saw adds nothing."""
    scores = list(fitted["bias"])
    for word in words(sentence):
        for k, weight in enumerate(fitted["weights"].get(word, ())):
            scores[k] += weight
    return scores


def class_probabilities(sentence: str, fitted: dict[str, Any]) -> list[float]:
    """The softmax over ``fitted["classes"]`` for one sentence."""
    scores = word_scores(sentence, fitted)
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def content_type(sentence: str) -> tuple[str, float]:
    """The likeliest kind of speech act the sentence reports, and its probability."""
    fitted = model()
    probabilities = class_probabilities(sentence, fitted)
    best = max(range(len(probabilities)), key=probabilities.__getitem__)
    return fitted["classes"][best], probabilities[best]


def retyped(events: list[Event]) -> list[Event]:
    """The events with each plain statement the model reads as a typed speech act recoded as that act."""
    out = []
    for event in events:
        kind, probability = content_type(event.evidence) if (event.type, event.mode) == ("STATEMENT", "actual") \
            else ("STATEMENT", 0.0)
        if kind in RETYPES and probability >= THRESHOLD:
            event = recoded(event, kind, mode="verbal")
        out.append(event)
    return out
