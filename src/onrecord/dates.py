"""Resolve date phrases in the text against the publication date, at their granularity.

"on Thursday" in an article published on a Thursday is that same day (dateparser
would pick the week before); "last month" is a month ("2024-10"), not an invented day;
a phrase that needs a reference date when the article has none stays ``None``: the
record says "unknown" rather than guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = re.compile(r"^(?:on |last |this |early |late )?(?P<day>" + "|".join(WEEKDAYS) + r")(?: (?:morning|afternoon|evening|night))?$")
ABSOLUTE_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
RANGE_ONLY = re.compile(r"^(since|until|by|before|after|from|between|during|within|over|for|throughout)\b")
RECURRING = re.compile(r"^(every|each)\b")  # "every Friday": a habit, no one day
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
NAMED_MONTH = re.compile(r"^(?P<which>last|this|past) (?P<month>" + "|".join(MONTHS) + r")$")
MONTH_OF_YEAR = re.compile(r"^(?:on )?(?P<month>" + "|".join(MONTHS) + r")(?: (?P<day>\d{1,2}))? (?P<which>last|this|next) year$")
VAGUE = re.compile(r"\b(recent|recently|coming|next|future|past|ago)\b.*\b(weeks|months|years|days)\b|^(now|currently|soon|earlier|later|recently)$")
DURATION = re.compile(r"^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|a few)[ -]"
                      r"(?:days?|weeks?|months?|years?)$|^\d{1,3}$")  # "100 days", "a six-year term", an age ("Shoigu, 68,")
DAY_OF_MONTH = re.compile(r"^(?:on )?(?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.? \d{1,2}$|^(?:on )?\d{1,2} (?:"
                          + "|".join(m[:3] for m in MONTHS) + r")[a-z]*$")
COUNTED = re.compile(r"\b(later|earlier)$|^(the next|(the )?following|(the )?previous) (day|week|month|year|morning|evening|night)$")
# "two years later", "the next day": counted from a date told before, not from the publication (``moved``)
HALF_YEAR = dt.timedelta(days=183)
UNIT_PRECISION = {"day": len("YYYY-MM-DD"), "week": len("YYYY-MM-DD"), "month": len("YYYY-MM"), "year": len("YYYY")}
RELATIVE_DETERMINERS = {"this", "last", "next", "past"}  # "this month's vote", the model tagging "month's" alone


def date_phrase(ent: Any) -> str:
    """A date entity with the preposition before it ("since 2017", "on Thursday"), or "every"
    ("every Friday"), which decides whether it names a day, a range or none; cut where the model
    ran it into the next phrase ("Saturday after days of protests")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    cut = next((t.i for t in ent[1:] if t.pos_ in {"ADP", "SCONJ", "CCONJ"} and t.lower_ != "of" and not (
        t.lower_ == "as" and t.nbor(-1).lower_ in {"early", "soon"}) or (  # "as early as Tuesday" is one phrase
        t.text == "," and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num))), ent.end)  # "Monday, days before", not "May 3, 2024"
    if possessive(ent):  # "last month's killing", "Friday's assault": the noun's date, not the preposition's
        return _possessive_date(ent)
    text = ent.doc[ent.start:cut].text
    if cut == ent.end and _year_after(ent):
        text += f", {ent.doc[ent.end + 1].text}"  # "March 13, 2027", the year tagged a number of its own
    kept = before is not None and (before.pos_ in {"ADP", "SCONJ"} or RECURRING.match(before.lower_) is not None)
    return f"{before.text} {text}" if kept else text


def _possessive_date(ent: Any) -> str:
    """A date put before a noun as its owner ("last month's election", "this month's vote" where
    the model tags "month's" alone, "Friday's assault"): the date of what the noun names, without
    its "'s" and without the preposition before it, which governs the noun ("a response to last
    month's killing")."""
    start = ent.start
    before = ent.doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in RELATIVE_DETERMINERS and before.head.i in range(ent.start, ent.end):
        start -= 1
    return ent.doc[start:ent.end - 1 if ent[-1].tag_ == "POS" else ent.end].text


def possessive(ent: Any) -> bool:
    """Whether a date entity ends in "'s", inside the entity or just after it."""
    return ent[-1].tag_ == "POS" or ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"


def _year_after(ent: Any) -> bool:
    """Whether ", 2027" follows the entity: the year of "March 13, 2027", which the model tags
    apart."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and ABSOLUTE_YEAR.fullmatch(doc[ent.end + 1].text) is not None


def parse_published(value: str | None) -> dt.date | None:
    """The publication date of an article as a date (first 10 characters of ISO strings)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _normalize(phrase: str) -> str:
    phrase = phrase.strip().lower().replace("’", "'")
    phrase = re.sub(r"^(early|late)\s+(?=on\s)", "", phrase)  # "late on Tuesday" is that Tuesday
    phrase = re.sub(r"^as (early|soon) as\s+", "", phrase)  # "could vote as early as Tuesday": the day set
    phrase = re.sub(r"^(the|on|in|at)\s+", lambda m: "on " if m.group(1) == "on" else "", phrase)
    # "in late 2023", "early September", "mid-April": a part of the year or month told fixes that year or month
    phrase = re.sub(r"^(early|late|mid)[\s-]+(?=(\d{4}|" + "|".join(MONTHS) + r")\b)", "", phrase)
    phrase = re.sub(r"^(earlier|later) this (month|year)$", r"this \2", phrase)  # the month or year itself
    return re.sub(r"\s+", " ", phrase).strip(" ,.")


@lru_cache(maxsize=4096)
def resolve_date(phrase: str, published: str | None, ahead: bool = False) -> str | None:
    """ISO date (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` at coarser granularity) or None.

    ``ahead`` is for planned events: "on Friday" is then the next Friday (or the day itself)
    and "in August" the next August. Otherwise a day and month without a year is the nearer such
    day: "the March 5 election" in a November article is the coming March's; a length of time
    ("100 days", "a six-year term"), a habit ("every Friday") or a bare small number (an age) is
    no date."""
    text = _normalize(phrase)
    if COUNTED.search(phrase.strip().lower()):
        return None
    if not text or RANGE_ONLY.match(text) or RECURRING.match(text) or VAGUE.search(text) or DURATION.match(text):
        return None
    base = parse_published(published)
    weekday = WEEKDAY.match(text)
    if weekday:
        if base is None:
            return None
        if ahead and not text.startswith("last "):
            return (base + dt.timedelta(days=(WEEKDAYS.index(weekday["day"]) - base.weekday()) % 7)).isoformat()
        delta = (base.weekday() - WEEKDAYS.index(weekday["day"])) % 7
        if text.startswith("last ") and delta == 0:
            delta = 7
        return (base - dt.timedelta(days=delta)).isoformat()
    if text in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return base.isoformat() if base else None
    month = NAMED_MONTH.match(text)
    if month and base is not None:
        return _named_month(month["which"], MONTHS.index(month["month"]) + 1, base)
    month = MONTH_OF_YEAR.match(text)
    if month and base is not None:
        return _month_of_year(month["which"], MONTHS.index(month["month"]) + 1, month["day"], base)
    if base is None and not ABSOLUTE_YEAR.search(text):
        return None
    return _dateparser(text, base, ahead)


def moved(date: str, count: int, unit: str) -> str:
    """An ISO date (a day, a month or a year) moved by ``count`` units ("day", "week", "month" or
    "year"; a negative count moves it back), as precise as the coarser of the date and the unit:
    "on Oct. 22 … the next day" is October 23, "in May last year … two months later" that July,
    "in 2016 … two years later" 2018, and a unit finer than the date moves nothing ("in 2022 …
    freed two days later" is 2022)."""
    precision = UNIT_PRECISION[unit]
    if precision > len(date):
        return date
    if precision == len("YYYY-MM-DD"):
        return (dt.date.fromisoformat(date) + dt.timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
    if precision == len("YYYY-MM"):
        months = int(date[:4]) * 12 + int(date[5:7]) - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{int(date[:4]) + count:04d}"


def _named_month(which: str, month: int, base: dt.date) -> str:
    """ "last August": the latest August before the publication month; "this August": the
    publication year's (dateparser reads neither)."""
    year = base.year if which == "this" or month < base.month else base.year - 1
    return f"{year:04d}-{month:02d}"


def _month_of_year(which: str, month: int, day: str | None, base: dt.date) -> str | None:
    """ "in June last year", "on March 2 next year": that month (or day) of the year named
    relative to the publication's (dateparser reads neither)."""
    year = base.year + {"last": -1, "this": 0, "next": 1}[which]
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, int(day)).isoformat()
    except ValueError:
        return None


def _dateparser(text: str, base: dt.date | None, ahead: bool = False) -> str | None:

    settings: dict[str, object] = {"PREFER_DATES_FROM": "future" if ahead else "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    data = _parser(tuple(sorted(settings.items(), key=lambda kv: kv[0]))).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if data.period == "year":
        return f"{found.year:04d}"
    if data.period == "month":
        return f"{found.year:04d}-{found.month:02d}"
    if data.period == "week":
        return None
    if base is not None and not ABSOLUTE_YEAR.search(text) and DAY_OF_MONTH.match(text) and not ahead and (
            base - found > HALF_YEAR):
        found = _next_year(found)  # "the March 5 election" in a November article: the coming March, the nearer one
    if base is not None and found > base and not ABSOLUTE_YEAR.search(text) and not ahead and (
            found - base > HALF_YEAR or not DAY_OF_MONTH.match(text)):
        return None
    return found.isoformat()


def _next_year(day: dt.date) -> dt.date:
    """The same day a year later (February 29 becomes the 28th)."""
    return day.replace(year=day.year + 1, day=min(day.day, 28) if day.month == 2 else day.day)


@lru_cache(maxsize=8)
def _parser(settings: tuple[tuple[str, object], ...]):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))
