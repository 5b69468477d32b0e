"""``onrecord eval events``: PLOVER coding against gold.

A predicted event matches a gold event when its evidence overlaps the gold evidence
sentence and the types are equal (each event matched once). Reported:
- type macro-F1 over the types present in the gold (and micro P/R/F1);
- source and target country F1: a matched pair with equal country is a true positive;
  the denominators are the events that carry a country (predicted / gold); also their
  accuracy on matched pairs whose gold event has a country (attribution alone, with
  finding the event and its type taken out);
- mode, date and place accuracy over matched pairs where either side gives a value;
- duplicate rate: predicted events left unmatched in a matched gold event's sentence with its
  type (a second coding of it), plus, for gold events that share an ``event_id`` across
  articles, predicted groups beyond one.

Each miss is kept in ``EventReport.errors`` (``eval events --errors FILE`` writes them): a gold
event ``missed``, a prediction ``spurious`` (or a ``duplicate``), or a matched pair whose
``attributes`` differ (the fields named in ``wrong``), each with its evidence sentence.

A gold event may list several parties (``source_actors``/``target_actors``: "Britain and
France supplied missiles"). The coder writes dyadic events, one per source as PETRARCH and
ICEWS do, so a predicted event of that type in that sentence from another listed party is
covered by the gold event: it counts neither as a hit nor as a false positive; and the
one matched to it has the right country when it is any listed party's.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..api import process
from ..clean import WIRE_DATELINE
from ..gazetteer import fold, lookup
from ..records import Event
from . import Score, as_input, find_span, load_gold


@dataclass
class EventReport:
    by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    overall: Score = field(default_factory=Score)
    source_country: Score = field(default_factory=Score)
    target_country: Score = field(default_factory=Score)
    accuracy: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    duplicates: int = 0
    predicted: int = 0
    sentences: int = 0
    unlocated: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    at_confidence: dict[float, Score] = field(default_factory=dict)  # type micro of the events at least this confident

    @property
    def macro_f1(self) -> float:
        scores = [s.f1 for s in self.by_type.values() if s.gold]
        return sum(scores) / len(scores) if scores else 0.0

    def as_dict(self) -> dict[str, Any]:
        def acc(counter: Counter[str]) -> dict[str, float | int]:
            total = counter["right"] + counter["wrong"]
            return {"accuracy": round(counter["right"] / total, 4) if total else 0.0, "pairs": total}

        return {"gold_not_found_in_text": self.unlocated, "type_macro_f1": round(self.macro_f1, 4),
                "type_micro": self.overall.as_dict(),
                "by_type": {t: s.as_dict() for t, s in sorted(self.by_type.items())},
                "source_country": self.source_country.as_dict(), "target_country": self.target_country.as_dict(),
                "source_country_on_matched": acc(self.accuracy["source_country"]),
                "target_country_on_matched": acc(self.accuracy["target_country"]),
                "mode": acc(self.accuracy["mode"]), "date": acc(self.accuracy["date"]),
                "place": acc(self.accuracy["place"]),
                "duplicate_rate": round(self.duplicates / self.predicted, 4) if self.predicted else 0.0,
                "type_micro_at_confidence": {f"{level:.1f}": score.as_dict() for level, score in self.at_confidence.items()}}


CONFIDENCE_LEVELS = (0.5, 0.8, 0.9)  # where the precision a user gets by filtering is reported
MODE_ALIASES = {"conditional": "hypothetical", "hypothetical/conditional": "hypothetical", "negative": "negated"}
ISO3 = re.compile(r"^[A-Z]{3}$")


def _country_code(value: str | None) -> str | None:
    """ISO3 for a gold country written as ISO3, ISO2 ("RU") or a name ("Russia"); kept as
    written when it is none of these, so that it can only match itself."""
    if not value or ISO3.match(value):
        return value or None
    import pycountry

    code = pycountry.countries.get(alpha_2=value.upper()) if len(value) == 2 else None
    if code is not None:
        return code.alpha_3
    place = lookup(value)
    return place.iso3 if place is not None else value.upper() if len(value) == 3 else value


def gold_event(annotation: dict[str, Any]) -> dict[str, Any]:
    """A gold event in the scorer's terms, whoever typed it: the type in capitals, the mode in
    the record's words ("conditional" is ``hypothetical``), countries as ISO3, a date without
    its time of day."""
    event = dict(annotation)
    event["type"] = str(event.get("type") or "").strip().upper()
    mode = str(event.get("mode") or "").strip().lower()
    event["mode"] = MODE_ALIASES.get(mode, mode) or None
    for key in ("source_country", "target_country", "location_country"):
        event[key] = _country_code(event.get(key))
    if isinstance(event.get("date"), str):
        event["date"] = event["date"].split("T")[0] or None
    return event


ERROR_FIELDS = ("type", "mode", "source_actor", "source_country", "target_actor", "target_country", "date", "location",
                "trigger", "confidence")


def _error(article: str, kind: str, evidence: str | None, gold: dict[str, Any] | None = None,
           predicted: Event | None = None, wrong: list[str] | None = None) -> dict[str, Any]:
    """One line of the error listing: what the gold has, what the coder gave, where."""
    return {"article": article, "kind": kind, "wrong": wrong or [], "evidence": evidence,
            "gold": {k: gold.get(k) for k in ERROR_FIELDS if k in gold} if gold is not None else None,
            "predicted": {k: getattr(predicted, k) for k in ERROR_FIELDS} if predicted is not None else None}


def _overlaps(event: Event, start: int, end: int) -> bool:
    return event.start < end and start < event.end


def _locate(text: str, evidence: str | None) -> tuple[int, int]:
    """Where a gold evidence sentence lies in the processed text (:func:`find_span`); a wire's
    credit dateline ("LIMA, Oct 10 (Andes Wire) - …") is taken off by the clean stage, so it is
    looked for without it. (-1, -1) when it is not there."""
    if not evidence:
        return -1, -1
    for sentence in (evidence, WIRE_DATELINE.sub("", evidence, count=1)):
        span = find_span(text, sentence)
        if span[0] >= 0:
            return span
    return -1, -1


def _same_place(gold: str | None, predicted: str | None) -> bool:
    return fold(gold or "") == fold(predicted or "")


def _listed(names: list[str], actor: str | None, country: str | None) -> bool:
    """Whether a predicted party is one of a gold event's listed parties, by name or country."""
    keys = {fold(name) for name in names}
    countries = {place.iso3 for name in names if (place := lookup(name)) is not None}
    return bool(actor and fold(actor) in keys or country and country in countries)


def _covered(event: Event, text: str, gold: list[dict[str, Any]]) -> bool:
    """A dyad of a gold event that names several parties on one side (see the module doc)."""
    for g in gold:
        start, end = _locate(text, g.get("evidence"))
        if start < 0 or g["type"] != event.type or not _overlaps(event, start, end):
            continue
        if len(g.get("source_actors") or []) > 1 and _listed(g["source_actors"], event.source_actor, event.source_country):
            return True
        if len(g.get("target_actors") or []) > 1 and _listed(g["target_actors"], event.target_actor, event.target_country):
            return True
    return False


def score_article(report: EventReport, text: str, predicted: list[Event], gold: list[dict[str, Any]],
                  groups: dict[str, set[str]], article: str = "") -> None:
    """Score one article's predictions against its gold events. A prediction left over once every
    gold event has had its pick, of a matched event's type and in its sentence, is a duplicate of
    it (counted once, however many it could repeat)."""
    used, matched = _match(report, text, predicted, gold, groups, article)
    unmatched = [e for i, e in enumerate(predicted) if i not in used and not _covered(e, text, gold)]
    counted = [*(predicted[i] for i in sorted(used)), *unmatched]
    report.predicted += len(counted)
    report.overall.predicted += len(counted)
    for event in counted:
        report.by_type[event.type].predicted += 1
        report.source_country.predicted += bool(event.source_country)
        report.target_country.predicted += bool(event.target_country)
    for event in unmatched:
        duplicate = any(event.type == kind and _overlaps(event, start, end) for start, end, kind in matched)
        report.duplicates += duplicate
        report.errors.append(_error(article, "duplicate" if duplicate else "spurious", event.evidence, predicted=event))


def _match(report: EventReport, text: str, predicted: list[Event], gold: list[dict[str, Any]],
           groups: dict[str, set[str]], article: str) -> tuple[set[int], list[tuple[int, int, str]]]:
    """Score each gold event against its best free prediction; return the predictions used and
    the gold events matched (their sentence span and type)."""
    used: set[int] = set()
    matched: list[tuple[int, int, str]] = []
    for g, (start, end), index in paired(text, predicted, gold):
        report.by_type[g["type"]].gold += 1
        report.overall.gold += 1
        report.source_country.gold += bool(g.get("source_country"))
        report.target_country.gold += bool(g.get("target_country"))
        if start < 0:
            report.unlocated += 1
            report.errors.append(_error(article, "missed", g.get("evidence"), g, wrong=["evidence not in the text"]))
            continue
        if index is None:
            report.errors.append(_error(article, "missed", g.get("evidence"), g))
            continue
        used.add(index)
        matched.append((start, end, g["type"]))
        match = predicted[index]
        for score in (report.by_type[g["type"]], report.overall):
            score.tp_gold += 1
            score.tp_predicted += 1
        wrong: list[str] = []
        for side, score in (("source", report.source_country), ("target", report.target_country)):
            key = f"{side}_country"
            if not g.get(key):
                continue
            right = _side_right(match, g, side)
            score.tp_gold += right
            score.tp_predicted += right
            _tally(report, key, right, wrong)
        if g.get("mode") or match.mode:
            _tally(report, "mode", match.mode == g.get("mode"), wrong)
        if g.get("date") or match.date:
            _tally(report, "date", match.date == g.get("date"), wrong)
        if g.get("location") or match.location:
            _tally(report, "place", _same_place(g.get("location"), match.location), wrong)
        if wrong:
            report.errors.append(_error(article, "attributes", g.get("evidence"), g, match, wrong))
        if g.get("event_id"):
            groups[g["event_id"]].add(match.group_id or match.id or "")
    return used, matched


def paired(text: str, predicted: list[Event], gold: list[dict[str, Any]]
           ) -> list[tuple[dict[str, Any], tuple[int, int], int | None]]:
    """Each gold event with its evidence span in the text ((-1, -1) when not there) and the index
    of the prediction it matches: the most alike of those of its type over its sentence that no
    earlier gold event took (None when there is none)."""
    used: set[int] = set()
    pairs: list[tuple[dict[str, Any], tuple[int, int], int | None]] = []
    for g in gold:
        start, end = _locate(text, g.get("evidence"))
        free = [i for i, p in enumerate(predicted)
                if start >= 0 and _overlaps(p, start, end) and p.type == g["type"] and i not in used]
        index = max(free, key=lambda i: _agreement(predicted[i], g)) if free else None  # the first of the most alike
        if index is not None:
            used.add(index)
        pairs.append((g, (start, end), index))
    return pairs


def _side_right(event: Event, gold: dict[str, Any], side: str) -> bool:
    """Whether the prediction has the gold event's source (or target) country, or is from (or
    aimed at) one of the several parties it lists."""
    key = f"{side}_country"
    return getattr(event, key) == gold.get(key) or len(gold.get(f"{side}_actors") or []) > 1 and _listed(
        gold[f"{side}_actors"], getattr(event, f"{side}_actor"), getattr(event, key))


def _agreement(event: Event, gold: dict[str, Any]) -> tuple[bool, ...]:
    """How alike a prediction is to a gold event of its type in its sentence, source first: of two
    statements in one sentence ("said …, but declined to comment"), each gold one takes the
    prediction of its own mode, not the first one free."""
    return (_side_right(event, gold, "source"), _side_right(event, gold, "target"), event.mode == gold.get("mode"),
            event.date == gold.get("date"), _same_place(gold.get("location"), event.location))


def _tally(report: EventReport, measure: str, right: bool, wrong: list[str]) -> None:
    report.accuracy[measure]["right" if right else "wrong"] += 1
    if not right:
        wrong.append(measure)


def annotated_events(text: str, annotations: list[dict[str, Any]]) -> list[Event]:
    """Another annotator's events for a text, as records the scorer compares with the gold;
    an evidence sentence that is not in the text is left out."""
    events = []
    for a in annotations:
        start, end = _locate(text, a.get("evidence"))
        if start >= 0:
            events.append(Event(type=a["type"], evidence=a["evidence"], start=start, end=end, mode=a.get("mode"),
                                source_actor=a.get("source_actor"), source_country=a.get("source_country"),
                                target_actor=a.get("target_actor"), target_country=a.get("target_country"),
                                date=a.get("date"), location=a.get("location"), group_id=a.get("event_id")))
    return events


def agreement(gold_path: str | Path, other_path: str | Path) -> EventReport:
    """Inter-annotator agreement: a second annotation of the same articles (matched by ``id``)
    scored against the gold with the measures of :func:`evaluate`; articles only one side
    annotated are skipped. Swapping the two files swaps precision and recall."""
    others = {str(r["id"]): r for r in load_gold(other_path) if "events" in r}
    report = EventReport()
    groups: dict[str, set[str]] = defaultdict(set)
    for record in load_gold(gold_path):
        other = others.get(str(record["id"]))
        if "events" not in record or other is None:
            continue
        report.sentences += 1
        text = record["text"]
        score_article(report, text, annotated_events(text, [gold_event(a) for a in other["events"]]),
                      [gold_event(g) for g in record["events"]], groups, str(record["id"]))
    report.duplicates += sum(len(ids) - 1 for ids in groups.values() if ids)
    return report


def evaluate(gold_path: str | Path, min_confidence: float | None = None) -> EventReport:
    """Run the pipeline on the gold articles and score their events (only those at least
    ``min_confidence`` likely, when given: the precision a user filtering on it gets). The
    report also holds the type micro scores at the confidence levels users filter on."""
    records = [r for r in load_gold(gold_path) if "events" in r]
    articles = {a.input_ref: a for a in process([as_input(r) for r in records], strict=False)}
    report = EventReport()
    levels = {level: EventReport() for level in CONFIDENCE_LEVELS}
    groups: dict[str, set[str]] = defaultdict(set)
    for record in records:
        article = articles.get(str(record["id"]))
        if article is None:
            continue
        report.sentences += 1
        gold = [gold_event(g) for g in record["events"]]
        kept = _confident(article.events, min_confidence)
        score_article(report, article.text, kept, gold, groups, str(record["id"]))
        for level, scored in levels.items():
            score_article(scored, article.text, _confident(kept, level), gold, defaultdict(set), str(record["id"]))
    report.duplicates += sum(len(ids) - 1 for ids in groups.values() if ids)
    report.at_confidence = {level: scored.overall for level, scored in levels.items()}
    return report


def _confident(events: list[Event], level: float | None) -> list[Event]:
    return [e for e in events if level is None or (e.confidence or 0.0) >= level]
