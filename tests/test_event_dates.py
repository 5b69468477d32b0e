"""The date model: the day, month or year of an act, chosen among the dates its sentence names."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

import onrecord
from onrecord.events import event_dates
from onrecord.events.event_dates import chosen, granularity, shape

PUBLISHED = "2024-11-07"  # a Thursday


def events_of(text: str) -> list[onrecord.Event]:
    [article] = onrecord.process([{"id": "t", "published": PUBLISHED, "text": text}])
    return article.events


def test_each_date_named_is_a_candidate_resolved_back_and_ahead(candidates_of):
    seen = candidates_of("with_dates", event_dates.candidate_features,
                         "Ruritania's parliament voted on Monday to hold a referendum on Saturday.", PUBLISHED)
    dates = set().union(*(set(candidates) for candidates in seen.values()))
    assert {"2024-11-04", "2024-11-02", "2024-11-09"} <= dates  # Monday behind; Saturday behind and ahead
    assert "2024-11-11" in dates  # Monday looked at ahead: the model weighs which way a date points


def test_a_date_owned_by_another_noun_is_no_candidate(candidates_of):
    seen = candidates_of("with_dates", event_dates.candidate_features,
                         "Opposition parties on Monday demanded a recount of last month's vote.", PUBLISHED)
    assert set(seen["REQUEST"]) == {"2024-11-04", "2024-11-11"}  # not October: that is the vote's month


def test_a_day_told_of_the_act_beyond_its_clause_dates_it():
    text = ("Border guards seized three trucks of smuggled fuel near Aflao, officials said, adding that the "
            "seizure took place on Tuesday.")
    seizure = next(e for e in events_of(text) if e.type == "COERCE")
    assert seizure.date == "2024-11-05"  # the rules found none: the day hangs on "took place", not on "seized"


def test_a_model_that_takes_nothing_leaves_acts_undated_but_a_verbal_acts_telling(monkeypatch):
    monkeypatch.setattr(event_dates, "model", lambda: {"least": 1.0, "bias": -5.0, "weights": {}})
    [arrest] = events_of("Police arrested four activists in Varo on Saturday.")
    assert arrest.date is None
    announced = events_of("Chilean President Gabriel Boric said on Monday he would hold a referendum.")
    assert [(e.mode, e.date) for e in announced if e.type == "ELECTION"] == [("verbal", "2024-11-04")]  # D2


def test_chosen_takes_the_likeliest_above_the_bar():
    fitted = {"least": 0.5, "bias": 0.0, "weights": {"by=past": 2.0, "by=ahead": -2.0}}
    candidates = {"2024-11-04": ["bias", "by=past", "mode=actual"], "2024-11-11": ["bias", "by=ahead", "mode=actual"]}
    assert chosen(candidates, None, fitted) == "2024-11-04"
    assert chosen(candidates, "2024-11-11", fitted, least=0.95) is None
    told = {"2024-11-11": ["bias", "by=ahead", "mode=verbal", "said=True"]}
    assert chosen(told, "2024-11-11", fitted) == "2024-11-11"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("on Monday", "weekday"), ("Saturday night", "weekday"), ("yesterday", "relday"), ("October 10", "monthday"),
    ("10 October", "monthday"), ("last August", "month"), ("in 2019", "year"), ("last month", "relative"),
    ("the weekend", "other"), ("March 13, 2027", "monthday"),
])
def test_the_shape_of_a_date_phrase(phrase, expected):
    assert shape(phrase) == expected


@given(st.text(max_size=40))
def test_any_phrase_has_one_shape(phrase):
    assert shape(phrase) in {"weekday", "relday", "monthday", "month", "year", "relative", "other"}


@given(st.dates().map(lambda d: d.isoformat()), st.sampled_from([4, 7, 10]))
def test_granularity_follows_the_iso_length(date, length):
    assert granularity(date[:length]) == {4: "year", 7: "month", 10: "day"}[length]


def test_a_relative_clause_keeps_its_own_tense():
    """ "The president, who was re-elected in December, invited …": the re-election is behind, though
    the main clause's verb is one that can plan ahead."""
    events = events_of("The president, who was re-elected for a third term in September, invited opposition leaders "
                       "on Monday to consultations on a broader government.")
    assert [(e.mode, e.date) for e in events if e.type == "ELECTION"] == [("actual", "2024-09")], events
