"""``onrecord eval statements``: who said what, against gold articles.

- statement found: one predicted statement covers at least half of the gold content's
  characters;
- speaker: per article, the set of speakers found against the gold set;
- who-said-what: a statement found whose speaker is right.
Speakers match after folding case and accents, on a shared surname, or on a
transliteration variant (similarity ≥ 85); an institution matches with or without its
country word ("Mainland Affairs Council" ~ "Taiwanese Mainland Affairs Council"), and a
country or its government matches that country's institutions ("Armenia" ~ "the
Armenian government" ~ "Armenian Foreign Ministry").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from ..api import process
from ..gazetteer import fold, lookup
from ..records import Article, Statement
from . import Score, as_input, find_span, load_gold

COVERAGE = 0.5


GOVERNMENT_WORDS = {"government", "authorities", "administration", "state", "leadership"}


def _country_and_rest(name: str) -> tuple[str | None, list[str]]:
    """The country a name speaks for (if a word of it names one) and its other words."""
    country = None
    rest = []
    for word in name.replace("'s", "").replace("’s", "").split():
        place = lookup(word)
        if place is not None and place.kind in {"country", "demonym"} and country is None:
            country = place.iso3
        else:
            rest.append(fold(word))
    whole = lookup(name)
    if whole is not None and whole.kind in {"country", "capital"}:
        return whole.iso3, []
    return country, [w for w in rest if w]


def _acronym(short: str, long: str) -> bool:
    """"RSF" ~ "Rapid Support Forces"."""
    letters = "".join(ch for ch in re.sub(r"^the\s+", "", short.strip(), flags=re.IGNORECASE) if ch.isalpha())
    words = [w for w in long.split() if w[:1].isupper()]
    return len(letters) >= 2 and letters.isupper() and letters == "".join(w[0] for w in words)


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Names equal after folding, a shared surname, a transliteration variant, or the same
    institution or government (see the module docstring)."""
    if not gold or not predicted:
        return False
    a, b = fold(gold), fold(predicted)
    if not a or not b:
        return False
    if a == b:
        return True
    country_a, rest_a = _country_and_rest(gold)
    country_b, rest_b = _country_and_rest(predicted)
    if country_a and country_a == country_b:
        bare_a = not [w for w in rest_a if w not in GOVERNMENT_WORDS]
        bare_b = not [w for w in rest_b if w not in GOVERNMENT_WORDS]
        if bare_a or bare_b or rest_a == rest_b:
            return True
    if country_a and country_b and country_a != country_b:
        return False
    if _acronym(gold, predicted) or _acronym(predicted, gold):
        return True
    if len(rest_a) >= 2 and rest_a == rest_b:
        return True
    ta, tb = a.split(), b.split()
    if ta[-1] == tb[-1] and len(ta[-1]) > 2 and (len(ta) == 1 or len(tb) == 1 or ta[0][:1] == tb[0][:1]):
        return True
    return fuzz.ratio(a, b) >= 85


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


@dataclass
class GoldStatement:
    speaker: str | None
    kind: str
    start: int
    end: int


def gold_spans(article: Article, statements: list[dict[str, Any]]) -> list[GoldStatement]:
    """Gold statements located in the text the pipeline saw (first unused occurrence)."""
    located: list[GoldStatement] = []
    used: Counter[str] = Counter()
    for statement in statements:
        content = statement["content"]
        start, end = -1, -1
        for _ in range(used[content] + 1):
            start, end = find_span(article.text, content, start + 1)
        used[content] += 1
        if start < 0:
            continue
        located.append(GoldStatement(statement.get("speaker"), statement.get("kind", "direct"), start, end))
    return located


@dataclass
class StatementReport:
    statement: Score = field(default_factory=Score)
    speaker: Score = field(default_factory=Score)
    who_said_what: Score = field(default_factory=Score)
    by_kind: dict[str, Score] = field(default_factory=dict)
    articles: int = 0
    unlocated: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "gold_not_found_in_text": self.unlocated,
                "statement": self.statement.as_dict(), "speaker": self.speaker.as_dict(),
                "who_said_what": self.who_said_what.as_dict(),
                "who_said_what_by_kind": {k: v.as_dict() for k, v in sorted(self.by_kind.items())}}


def _covers(predicted: Statement, gold: GoldStatement) -> bool:
    return _overlap(predicted.start, predicted.end, gold.start, gold.end) >= COVERAGE * (gold.end - gold.start)


def score_article(report: StatementReport, article: Article, gold: list[GoldStatement]) -> None:
    predicted = article.statements
    report.statement.predicted += len(predicted)
    report.who_said_what.predicted += len(predicted)
    report.statement.gold += len(gold)
    report.who_said_what.gold += len(gold)
    for g in gold:
        kind = report.by_kind.setdefault(g.kind, Score())
        kind.gold += 1
        covering = [p for p in predicted if _covers(p, g)]
        if covering:
            report.statement.tp_gold += 1
        if any(same_speaker(g.speaker, p.speaker) for p in covering):
            report.who_said_what.tp_gold += 1
            kind.tp_gold += 1
    for p in predicted:
        covered = [g for g in gold if _covers(p, g)]
        kind_name = p.kind
        kind = report.by_kind.setdefault(kind_name, Score())
        kind.predicted += 1
        if covered:
            report.statement.tp_predicted += 1
        if any(same_speaker(g.speaker, p.speaker) for g in covered):
            report.who_said_what.tp_predicted += 1
            kind.tp_predicted += 1
    gold_speakers = {fold(g.speaker) for g in gold if g.speaker}
    predicted_speakers = {fold(p.speaker) for p in predicted if p.speaker}
    report.speaker.gold += len(gold_speakers)
    report.speaker.predicted += len(predicted_speakers)
    report.speaker.tp_gold += sum(any(same_speaker(g, p) for p in predicted_speakers) for g in gold_speakers)
    report.speaker.tp_predicted += sum(any(same_speaker(g, p) for g in gold_speakers) for p in predicted_speakers)


def evaluate(gold_path: str | Path) -> StatementReport:
    """Run the pipeline on the gold articles and score its statements."""
    records = [r for r in load_gold(gold_path) if "statements" in r]
    articles = process([as_input(r) for r in records], strict=False)
    by_ref = {a.input_ref: a for a in articles}
    report = StatementReport()
    for record in records:
        article = by_ref.get(str(record["id"]))
        if article is None:
            continue
        gold = gold_spans(article, record["statements"])
        report.unlocated += len(record["statements"]) - len(gold)
        report.articles += 1
        score_article(report, article, gold)
    return report
