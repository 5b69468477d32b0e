"""The date of an event, chosen by a fitted model among the dates its sentence names.

The rules date an act by the date phrase of the trigger's clause, and through a dozen
grammatical paths beyond it ("a day after", a "when" clause, the day a vote is set for, the
day a decision was told); on news they were not written from they are right on about three
events in four that have or are given a date (docs/quality.md). They miss dates the parser hangs
elsewhere and take dates that belong to another act of the sentence. Whether a date phrase is
the act's depends on how it sits in the sentence (its preposition, its clause, how far from the
trigger, whether it lies in a phrase of cause), on its shape (a weekday, a month, a year) and on
the kind and mode of the act, which a logistic model over the candidates weighs. Each date the
sentence names (resolved looking back and, where that differs, looking ahead) and the rules'
date is a candidate, scored alone; the likeliest is taken when it is at least ``least`` likely,
else the event has no date (D3: a date is never carried over from another sentence). Fitted by
``bench/event_dates.py`` on the gold events (``data/event_dates.json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

from ..dates import COUNTED, MONTHS, WEEKDAYS, date_phrase, possessive, resolve_date
from ..pipeline import Work
from ..records import Event
from ..statements import lexicon as cue_lexicon
from .confidence import likeliest
from .grammar import distance, relation, verb_of
from .targets import event_sentence
from .when_where import counted_from_before, may_date, set_ahead, told_done

RELATIVE_DAYS = {"today", "tonight", "yesterday", "tomorrow"}
WEEKDAY_NAMES, MONTH_NAMES = set(WEEKDAYS), set(MONTHS)


@dataclass
class Candidate:
    """A date that may be the event's: its ISO value, and the sentence's words for it if it names it."""

    date: str
    ent: Span | None = None
    phrase: str = ""  # the entity's words as ``date_phrase`` reads them ("on Monday")
    found_by: set[str] = field(default_factory=set)  # "past", "ahead", "counted" (how the phrase was resolved), "rules"


def granularity(date: str) -> str:
    """"day", "month" or "year", by the ISO date's length."""
    return {4: "year", 7: "month"}.get(len(date), "day")


def shape(phrase: str) -> str:
    """What kind of date phrase it is: one counted from another ("two years later"), a weekday, a
    relative day, a month's day, a month, a year, a relative month or year ("last month"), or
    something else ("the weekend")."""
    if COUNTED.search(phrase.lower().removeprefix("on ").removeprefix("in ")):
        return "counted"
    words = set(phrase.lower().replace("'s", "").replace(",", " ").split())
    if words & WEEKDAY_NAMES:
        return "weekday"
    if words & RELATIVE_DAYS:
        return "relday"
    month = bool(words & MONTH_NAMES)
    digits = [w for w in words if w.isdigit()]
    if month and any(len(w) <= 2 for w in digits):
        return "monthday"
    if month:
        return "month"
    if any(len(w) == 4 for w in digits):
        return "year"
    return "relative" if words & {"month", "year"} else "other"


def _role(root: Token) -> str:
    """How a date phrase sits: its dependency, with the preposition that governs it ("pobj:on")."""
    return f"pobj:{root.head.lower_}" if root.dep_ == "pobj" else root.dep_


def candidates(sentence: Span, event: Event, trigger: Token | None, published: str | None) -> list[Candidate]:
    """Each date the sentence names that may date the trigger's act (``may_date``: not another
    noun's, nor one in a phrase of cause), resolved looking back and looking ahead, or counted
    from the date told before it ("two years later"), and the rules' date, one candidate a date."""
    by_date: dict[str, Candidate] = {}
    for ent in (e for e in sentence.ents if may_date(e, trigger)):
        phrase = date_phrase(ent)
        counted = next((date for word in ent if (date := counted_from_before(word, published))), None)
        if counted is not None:  # "two years later": counted from the date told before it
            by_date.setdefault(counted, Candidate(counted, ent, phrase)).found_by.add("counted")
        for direction, ahead in (("past", False), ("ahead", True)):
            date = resolve_date(phrase, published, ahead=ahead)
            if date is not None:
                by_date.setdefault(date, Candidate(date, ent, phrase)).found_by.add(direction)
    if event.date:
        by_date.setdefault(event.date, Candidate(event.date)).found_by.add("rules")
    return list(by_date.values())


def candidate_features(work: Work, event: Event) -> dict[str, list[str]]:
    """Each candidate date of an event, by its ISO value, with the model's inputs for it."""
    found_in = event_sentence(work, event)
    if found_in is None:
        return {}
    sentence, trigger = found_in
    anchor = trigger or sentence.root  # an event read from the sentence's words has no trigger: its main verb
    kind, mode = event.type or "NONE", f"mode={event.mode}"
    published = work.article.published
    found = candidates(sentence, event, trigger, published)
    told = f"told={_telling(anchor)}"
    speech = cue_lexicon()["direct"]
    out: dict[str, list[str]] = {}
    for candidate in found:
        rules = "none" if not event.date else "this" if "rules" in candidate.found_by else "other"
        props = [f"by={'|'.join(sorted(candidate.found_by))}", f"gran={granularity(candidate.date)}",
                 f"later={set_ahead(candidate.date, published)}", f"rules={rules}", f"n={min(len(found), 4)}",
                 mode, told, f"anchor={'trigger' if trigger is not None else 'root'}"]
        if candidate.ent is not None:
            ent, root = candidate.ent, candidate.ent.root
            props += [f"shape={shape(candidate.phrase)}", f"role={_role(root)}", f"rel={relation(root, anchor)}",
                      f"dist={distance(root, anchor)}", f"after={root.i > anchor.i}",
                      f"poss={possessive(ent)}", f"done={told_done(ent)}", f"said={verb_of(root).lemma_.lower() in speech}"]
        word = f"trig={(event.trigger or '').lower()}"
        out[candidate.date] = ["bias", *props, *(f"{kind}|{p}" for p in props),
                               *(f"{mode}|{p}" for p in props if p != mode),
                               *(f"{told}|{p}" for p in props if p.startswith(("rel=", "said=", "done="))),
                               *(f"{word}|{p}" for p in props if p.startswith(("role=", "rel=")))]
    return out


def _telling(anchor: Token) -> str:
    """How the act is told: its verb's tense, with a perfect ("had fled") or a modal ("will vote")
    apart, which date an act before or after the day the sentence names."""
    verb = verb_of(anchor)
    helpers = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if helpers & {"had", "has", "have"}:
        return "perfect"
    if helpers & {"will", "would", "could", "may", "might", "should", "shall", "to"}:
        return "modal"
    return verb.tag_ or "none"


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The fitted weights and the least probability to take a candidate (package data)."""
    return json.loads(resources.files("onrecord.data").joinpath("event_dates.json").read_text("utf-8"))


def chosen(names_by_date: dict[str, list[str]], rules_date: str | None, fitted: dict[str, Any],
           least: float | None = None) -> str | None:
    """The likeliest candidate date, but for an act told in words or offered on a condition the
    day of its telling where the rules found it ("said on Monday he would hold a referendum",
    D2; "stated on Thursday that Russia is open to talks"): few such acts of a kind teach the
    model that (keeping them costs 0.002 of date accuracy in five folds of a–ay: 0.780 against 0.778)."""
    rules = names_by_date.get(rules_date or "", [])
    if ("mode=verbal" in rules or "mode=hypothetical" in rules) and "said=True" in rules:
        return rules_date
    return likeliest(names_by_date, fitted, least)


def with_dates(work: Work, events: list[Event]) -> list[Event]:
    """Give each event its chosen date, or none."""
    for event in events:
        event.date = chosen(candidate_features(work, event), event.date, model())
    return events
