"""The event stage: PLOVER types, modes, participants, dates and places on written sentences."""

from __future__ import annotations

import pytest

import onrecord
from onrecord.gazetteer import locate


def events_of(text: str, published: str | None = "2024-11-07"):
    [article] = onrecord.process([{"id": "e", "text": text, "published": published}])
    return article.events


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    ("Israeli forces attacked a refugee camp in Gaza on Tuesday.", "ASSAULT", "ISR", None),
    ("The European Union imposed new sanctions on Russia.", "SANCTION", None, "RUS"),
    ("Russian President Vladimir Putin dismissed Anatoly Antonov on October 10.", "DISMISS", "RUS", None),
    ("Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Beijing.", "CONSULT", "CHN", None),
    ("Police arrested dozens of opposition supporters in Caracas.", "COERCE", None, None),
    ("Iran rejected the proposal, state media reported.", "REJECT", "IRN", None),
])
def test_types_and_countries(text, kind, source, target):
    found = [e for e in events_of(text) if e.type == kind]
    assert found, [(e.type, e.source_actor) for e in events_of(text)]
    if source:
        assert found[0].source_country == source
    if target:
        assert found[0].target_country == target


def test_event_date_is_its_own_not_the_publication_date():
    [event] = [e for e in events_of("President Vladimir Putin of Russia dismissed envoy Anatoly Antonov, in the post "
                                     "since 2017, on October 10.") if e.type == "DISMISS"]
    assert event.date == "2024-10-10"
    assert event.target_actor == "Anatoly Antonov"
    assert event.evidence.startswith("President Vladimir Putin") and event.mode == "actual"


@pytest.mark.parametrize(("text", "mode"), [
    ("Turkey will host the next round of talks with Syria next week.", "future"),
    ("Turkey did not host talks with Syria.", "negated"),
    ("Turkey would host talks with Syria if both sides agreed.", "hypothetical"),
    ("Turkey said it was ready to host talks with Syria.", "verbal"),
    ("Turkey hosted a round of talks with Syria on Monday.", "actual"),
])
def test_modes(text, mode):
    consult = [e for e in events_of(text) if e.type == "CONSULT"]
    assert consult and consult[0].mode == mode


def test_place_with_country_and_coordinates():
    [event] = [e for e in events_of("Kazakhstan hosted talks with Russia in Astana on Thursday.") if e.type == "CONSULT"]
    assert event.location == "Astana" and event.location_country == "KAZ"
    assert event.latitude == pytest.approx(51.18, abs=0.1)
    assert locate("Nowhere-at-all-ville") is None


def test_a_statement_without_a_stronger_event_is_a_statement_event():
    events = events_of("“The situation is stable,” Foreign Minister Maria Lindqvist said on Monday.")
    assert [e.type for e in events] == ["STATEMENT"]
    assert events[0].source_actor == "Maria Lindqvist" and events[0].date == "2024-11-04"


def test_one_event_in_two_articles_is_grouped():
    text = "Israeli forces attacked a refugee camp in Gaza on Tuesday."
    articles = onrecord.process([{"id": "x", "text": text, "published": "2024-11-07"},
                                 {"id": "y", "text": "On Tuesday Israeli forces attacked the camp in Gaza, officials said.",
                                  "published": "2024-11-06"}])
    attacks = [e for a in articles for e in a.events if e.type == "ASSAULT"]
    assert len(attacks) == 2 and attacks[0].group_id == attacks[1].group_id is not None
    assert attacks[0].articles == ["y", "x"]


@pytest.mark.parametrize(("quote", "kind"), [
    ("Russia is playing for time and is to blame for the stalemate", "ACCUSE"),
    ("We will never accept a settlement imposed on us", "REJECT"),
    ("Washington must lift the sanctions now", "REQUEST"),
    ("Any attack on our ships will meet a decisive response", "THREATEN"),
    ("The situation at the border is calm", "STATEMENT"),
    ("Our allies and partners remain united", "STATEMENT"),  # a cue only at a word's start: not "lies" in "allies"
])
def test_what_a_statement_does(quote, kind):
    events = events_of(f"“{quote},” Foreign Minister Maria Lindqvist said on Monday.")
    assert [e.type for e in events] == [kind]
    assert events[0].mode == ("actual" if kind == "STATEMENT" else "verbal")


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("Police detained 40 people in Minsk, Belarus, on Sunday.", "COERCE", "BLR"),  # the state's own people
    ("Thousands of students marched in Belgrade, Serbia, on Sunday.", "PROTEST", "SRB"),  # against their own rulers
    ("Israeli jets struck targets in Syria on Sunday. Iran condemned the attack.", "ACCUSE", "ISR"),  # the attacker
    ("Iran's foreign ministry warned that Israel would face a severe response.", "THREATEN", "ISR"),  # named in the warning
    ("“Russia bears full responsibility for the war,” Polish Foreign Minister Anna Nowak said.", "ACCUSE", "RUS"),
    (("Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday. Yerevan said it was ready to sign "
      "the document at any time."), "AGREE", "AZE"),  # with the other side of the story's pair
    ("China began two days of large-scale drills around Taiwan on Thursday.", "MOBILIZE", "TWN"),  # a show of force around
])
def test_targets_found_beyond_the_object(text, kind, target):
    found = [e for e in events_of(text) if e.type == kind]
    assert found and found[-1].target_country == target, [(e.type, e.target_country) for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "The two sides pledged to end fighting that has killed thousands of people.",  # a toll, told through "that"
    "The quake was the strongest to hit the region in decades.",
])
def test_no_attack_without_an_attacker(text):
    assert not [e for e in events_of(text) if e.type == "ASSAULT"]


def test_a_participle_used_as_a_conjunction_is_no_event():
    text = "An official said troops could leave the area, provided security arrangements were in place."
    assert not [e for e in events_of(text) if e.type == "AID"]


@pytest.mark.parametrize(("text", "kind", "source"), [
    ("Syria was readmitted to the Arab League this month.", "COOPERATE", None),  # "readmitted" → "readmit"
    ("All of the French soldiers stationed in the country are due to leave by January.", "RETREAT", "FRA"),
    ("Peskov said Moscow would return to the deal once its demands were met.", "AGREE", "RUS"),
    ("Security forces removed the lawmakers from the chamber on Monday.", "COERCE", None),  # a place, not a post
    ("Israel's security cabinet approved plans for a ground offensive in Rafah on Friday.", "ASSAULT", "ISR"),
    ("Sudan's army accused Chad of arming the rebels, an allegation N'Djamena rejects.", "ACCUSE", "SDN"),
    ("Kenyan President William Ruto picked Maria Wanjiru as his successor on Monday.", "APPOINT", "KEN"),
])
def test_more_triggers_and_their_doers(text, kind, source):
    found = [e for e in events_of(text) if e.type == kind]
    assert found, [(e.type, e.trigger) for e in events_of(text)]
    assert source is None or found[0].source_country == source


@pytest.mark.parametrize(("text", "absent"), [
    ("China staged military exercises around Taiwan, practising blockades and strikes on key ports.", "ASSAULT"),
    ("Washington vetoed a draft resolution calling for a ceasefire.", "REQUEST"),  # what a rejected text would do
    ("Israel's security cabinet approved plans for a ground offensive in Rafah on Friday.", "AGREE"),
])
def test_acts_only_rehearsed_or_proposed_are_not_events(text, absent):
    assert not [e for e in events_of(text) if e.type == absent]


def test_according_to_a_named_person_is_a_statement_but_not_to_a_body():
    said = events_of("According to Polish Prime Minister Anna Nowak, defence spending will rise next year.")
    assert [e.type for e in said] == ["STATEMENT"] and said[0].source_country == "POL"
    assert not events_of("More than a million people have fled their homes, according to the United Nations.")
