"""Bad and odd input through the whole pipeline: an error for that item, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.pipeline import Pipeline
from onrecord.read import RawItem

PIPELINE = Pipeline()
PIECES = st.sampled_from(["“", "”", '"', "'", "\n\n", " said ", " told reporters that ", "He added", "Lavrov",
                          "Russia", " on Thursday", "(MENAFN)", "Leave a Reply", "according to", ",", ".", "<p>", "</p>"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40), st.one_of(st.none(), st.dates().map(str)))
def test_any_text_gives_an_article_or_a_failure(pieces, published):
    item = RawItem("fuzz", text="".join(pieces), meta={"published": published} if published else {})
    articles, failures = PIPELINE.run_batch([item])
    assert len(articles) + len(failures) == 1
    for article in articles:
        for statement in article.statements:
            assert article.text[statement.start:statement.end] == statement.content
        for event in article.events:
            assert article.text[event.start:event.end] == event.evidence


@settings(max_examples=20, deadline=None)
@given(st.text(max_size=300))
def test_any_html_gives_an_article_or_a_failure(markup):
    articles, failures = PIPELINE.run_batch([RawItem("fuzz.html", html=f"<html><body>{markup}</body></html>")])
    assert len(articles) + len(failures) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.sampled_from(["CAPE TOWN", "BRASÍLIA", "DAKAR", "US", "X", ""]), st.sampled_from([" — ", ", ", " ", "-"]))
def test_a_dateline_is_a_known_place_or_nothing(rest, head, mark):
    from onrecord.gazetteer import dateline_place, locate
    place = dateline_place(head + mark + rest)
    assert place is None or locate(place) is not None and (head + mark + rest).upper().startswith(place.upper())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.sampled_from(["CHIATURA", "WENO", "X"]),
       st.sampled_from(["Georgia", "Illinois", "Mars", ""]), st.sampled_from([", ", " — ", " ("]))
def test_a_country_after_a_dateline_town_is_a_country_or_nothing(rest, town, country, mark):
    from onrecord.gazetteer import dateline_country_named, lookup
    found = dateline_country_named(f"{town}, {country}{mark}{rest}")
    assert found is None or (place := lookup(country)) is not None and place.kind == "country" and place.iso3 == found


def test_a_country_after_a_dateline_town_places_the_story():
    from onrecord.gazetteer import dateline_country_named
    assert dateline_country_named("CHIATURA, Georgia, Feb 26 (Meridian) - Miners went on strike.") == "GEO"
    assert dateline_country_named("WENO, Micronesia — The governor said …") == "FSM"
    assert dateline_country_named("SPRINGFIELD, Illinois, Feb 26 - …") is None  # a state, no country
    assert dateline_country_named("MANILA - The president said …") is None
