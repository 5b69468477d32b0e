"""Date phrases resolved against the publication date, never guessed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.dates import moved, resolve_date

THURSDAY = "2024-11-07"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("on Thursday", "2024-11-07"),
    ("Thursday", "2024-11-07"),
    ("last Thursday", "2024-10-31"),
    ("on Tuesday", "2024-11-05"),
    ("Friday", "2024-11-01"),
    ("yesterday", "2024-11-06"),
    ("today", "2024-11-07"),
    ("on October 10", "2024-10-10"),
    ("November 5", "2024-11-05"),
    ("last month", "2024-10"),
    ("May 2023", "2023-05"),
    ("2017", "2017"),
    ("since 2017", None),
    ("earlier this week", None),
    ("in recent weeks", None),
    ("this week", None),
    ("March 5", "2025-03-05"),  # a day and month without a year: the nearer one, here the coming March
    ("100 days", None),  # a length of time ("marked 100 days on hunger strike"), no date
    ("six-year", None),
    ("64", None),  # an age ("the army chief, 64,")
])
def test_phrases_against_a_thursday(phrase, expected):
    assert resolve_date(phrase, THURSDAY) == expected


@pytest.mark.parametrize("phrase", ["yesterday", "on Thursday", "last month", "October 10", "today"])
def test_relative_phrases_without_a_publication_date_stay_unknown(phrase):
    assert resolve_date(phrase, None) is None


def test_absolute_dates_need_no_publication_date():
    assert resolve_date("November 5, 2024", None) == "2024-11-05"


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]))
def test_weekday_is_within_the_week_before_and_on_that_weekday(published, day):
    resolved = dt.date.fromisoformat(resolve_date(f"on {day}", published.isoformat()))
    assert 0 <= (published - resolved).days < 7
    assert resolved.strftime("%A").lower() == day


@settings(deadline=None)  # dateparser loads its language data on first use: no time limits in unit tests
@given(st.text(max_size=40), st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_never_raises(phrase, published):
    result = resolve_date(phrase, published)
    assert result is None or result[:4].isdigit()


@pytest.mark.parametrize(("phrase", "expected"), [
    ("on Friday", "2024-11-08"),
    ("Thursday", "2024-11-07"),
    ("in August", "2025-08"),
    ("next month", "2024-12"),
    ("as early as Friday", "2024-11-08"),  # the day set, at the earliest
    ("as soon as Monday", "2024-11-11"),
    ("as early as next month", "2024-12"),
])
def test_planned_events_look_ahead(phrase, expected):
    assert resolve_date(phrase, THURSDAY, ahead=True) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("last August", "2024-08"), ("last December", "2023-12"), ("this May", "2024-05"),
    ("earlier this month", "2024-12"), ("later this year", "2024"), ("late on Tuesday", "2024-11-26"),
    ("in late 2023", "2023"), ("mid-April", "2024-04"), ("early September", "2024-09"),
])
def test_named_months_and_parts_of_the_publication_period(phrase, expected):
    assert resolve_date(phrase, "2024-12-02") == expected


@pytest.mark.parametrize("phrase", ["every Friday", "each Sunday", "every month"])
def test_a_habit_names_no_day(phrase):
    assert resolve_date(phrase, "2024-11-07") is None


@pytest.mark.parametrize("phrase", ["two years later", "a week later", "three days earlier", "the next day",
                                    "the following year", "following month"])
def test_a_count_from_another_date_is_no_date_of_its_own(phrase):
    assert resolve_date(phrase, THURSDAY) is None and resolve_date(phrase, THURSDAY, ahead=True) is None


@pytest.mark.parametrize(("date", "count", "unit", "expected"), [
    ("2024-10-22", 1, "day", "2024-10-23"),
    ("2024-12-30", 1, "week", "2025-01-06"),
    ("2025-05", 2, "month", "2025-07"),
    ("2025-01", -1, "month", "2024-12"),
    ("2024-11-05", 2, "month", "2025-01"),  # a day counted in months: a month
    ("2016", 2, "year", "2018"),
    ("2022-12", 2, "year", "2024"),
    ("2022", 2, "day", "2022"),  # a unit finer than the date moves nothing
    ("2024-03", 1, "week", "2024-03"),
])
def test_a_date_moved_is_as_precise_as_the_coarser_of_date_and_unit(date, count, unit, expected):
    assert moved(date, count, unit) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.integers(-40, 40),
       st.sampled_from(["day", "week", "month", "year"]))
def test_moving_back_undoes_moving_on_at_the_same_precision(day, count, unit):
    for date in (day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]):
        there = moved(date, count, unit)
        assert len(there) == min(len(date), {"day": 10, "week": 10, "month": 7, "year": 4}[unit])
        if len(there) == len(date):
            assert moved(there, -count, unit) == date
