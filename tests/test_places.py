"""The place model: where an act happened, chosen among the places the story names."""

from __future__ import annotations

import onrecord
from onrecord.events import places
from onrecord.events.places import model

BLOCKADE = ("KINSHASA, Feb 3 (Congo Wire) - Truck drivers in Matadi blocked the port road on Monday, "
            "and police arrested 12 of them, the governor said.")


def events_of(text: str) -> list[onrecord.Event]:
    [article] = onrecord.process([{"id": "t", "published": "2026-02-04", "text": text}])
    return article.events


def found_by(features: list[str]) -> set[str]:
    """How a candidate was found, from its "by=…" feature."""
    return set(next(f for f in features if f.startswith("by=")).removeprefix("by=").split("|"))


def test_the_candidates_are_the_places_named_here_and_just_before_and_the_dateline(candidates_of):
    text = BLOCKADE + "\n\nThere, soldiers later fired tear gas at the crowd."
    seen = candidates_of("with_places", places.candidate_features, text, "2026-02-04")
    assert {"Matadi", "Kinshasa"} <= set(seen["COERCE"])
    assert "text" in found_by(seen["COERCE"]["Matadi"]) and "dateline" in found_by(seen["COERCE"]["Kinshasa"])
    assert found_by(seen["ASSAULT"]["Matadi"]) == {"earlier"} and "back=True" in seen["ASSAULT"]["Matadi"]


def test_a_chosen_place_takes_its_country_and_coordinates_and_none_drops_the_rules(monkeypatch):
    monkeypatch.setattr(places, "model", lambda: {"least": 0.5, "bias": -5.0, "weights": {"by=dateline": 10.0}})
    arrest = next(e for e in events_of(BLOCKADE) if e.type == "COERCE")
    assert (arrest.location, arrest.location_country) == ("Kinshasa", "COD") and arrest.latitude is not None
    monkeypatch.setattr(places, "model", lambda: {"least": 1.0, "bias": -5.0, "weights": {}})
    arrest = next(e for e in events_of(BLOCKADE) if e.type == "COERCE")
    assert (arrest.location, arrest.location_country, arrest.latitude) == (None, None, None)


def test_an_attack_near_a_town_no_gazetteer_knows_is_placed_there():
    text = ("NAIROBI, Feb 3 (Wire) - Kenya's interior ministry said on Tuesday it had deployed 300 police "
            "officers to Mandera after attacks on two villages.\n\nGunmen killed four herders near Rhamu on "
            "Sunday, local officials said.")
    killing = next(e for e in events_of(text) if e.trigger == "killed")
    assert killing.location == "Rhamu"  # the rules found none: the parser does not tag the town a place
    assert killing.latitude is None


def test_the_fitted_model_says_what_it_was_fitted_on():
    fitted = model()
    assert fitted["trained_on"].startswith("the coded events of the gold sets")
    assert 0 < fitted["least"] < 1 and len(fitted["weights"]) > 500


def test_a_party_s_acronym_is_no_airport_town():
    """Geonames lists airport codes among towns' names ("ANC" Anchorage, "IFP" Bullhead City), and
    an acronym the model tags an organisation is no place ("the OAS" is not Oas in the Philippines)."""
    assert places.locate("ANC") is None and places.locate("IFP") is None and places.locate("Lagos") is not None
    text = ("DURBAN, May 2 (Wire) - Police fired stun grenades outside the legislature on Thursday to separate MK "
            "supporters from IFP members who had gathered nearby, and OAS observers watched.")
    assert {e.location for e in events_of(text)} <= {"Durban", None}, events_of(text)


def test_a_name_run_on_into_a_conjunction_ends_before_it():
    """The model tags "Hasakah and" in "the provinces of Hasakah and Raqqa"; the name is "Hasakah"."""
    from onrecord import nlp

    doc = nlp.load()("Electoral colleges in the northeastern provinces of Hasakah and Raqqa chose 18 members.")
    assert not [e.text for e in doc.ents if e.text.split()[-1] in {"and", "or"}], [e.text for e in doc.ents]
