"""Source attribution: whose act an event is, from grammar and actor knowledge, on invented sentences."""

from __future__ import annotations

import pytest

import onrecord


def events_of(text: str, published: str | None = "2024-11-07"):
    [article] = onrecord.process([{"id": "s", "text": text, "published": published}])
    return article.events


def first_of(text: str, kind: str):
    found = [e for e in events_of(text) if e.type == kind]
    assert found, [(e.type, e.source_actor, e.source_country) for e in events_of(text)]
    return found[0]


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    # paired nationalities: the first is the source, the other its partner
    ("Polish and Lithuanian forces staged joint drills near the border on Monday.", "COOPERATE", "POL", "LTU"),
    # a country named by an upper-case short form the parser leaves untagged
    ("The UAE has denied arming the rebels in Sudan.", "AID", "ARE", None),
    # "there will be no talks": the speaker's side is the one that will not talk
    ("There will be no further negotiations with Peru until the border is reopened, "
     "Ecuadorian President Ana Torres said.", "CONSULT", "ECU", "PER"),
    # the government of a person acts for that person's country
    ("The government of President Gustavo Petro did not comment on the release.", "STATEMENT", "COL", None),
    # "the North" of a divided country the text names by its other half
    ("The North fired two missiles into the sea on Monday, South Korean officials said.", "ASSAULT", "PRK", None),
    # a ministry named by a common noun, placed by its nationality word
    ("The Peruvian foreign ministry said the new border rules would take effect in May.", "STATEMENT", "PER", None),
    # the side that seeks a meeting of "the two presidents" is its source, the other its target
    ("Poland signed a border treaty with Lithuania on Monday. Lithuanian Foreign Minister Rasa Vaitkute said "
     "Vilnius was ready for a meeting of the two presidents.", "CONSULT", "LTU", "POL"),
    # an unowned hostile act the speaker says will stop is his own side's
])
def test_source_country(text, kind, source, target):
    event = first_of(text, kind)
    assert event.source_country == source
    if target:
        assert event.target_country == target


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    # the subject of a passive relative clause is the one acted on, not the doer
    ("Former Bolivian president Ana Quispe, who was barred from running, urged her supporters to spoil their ballots.",
     "COERCE", None, "Ana Quispe"),
    # a giver named down a chain of compounds: "a World Bank disaster fund"
    ("Jamaica will receive $50 million from a World Bank disaster fund, officials said.", "AID", "World Bank", "Jamaica"),
])
def test_source_actor(text, kind, source, target):
    event = first_of(text, kind)
    assert (event.source_actor, event.target_actor) == (source, target)


def test_leaders_of_many_states_take_no_home_country():
    text = ("NAIROBI - Arab and African leaders met in the Kenyan capital on Sunday to discuss the war in Sudan. "
            "Kenya said the talks in Kenya had been useful, and Kenyan police closed roads around the venue.")
    assert first_of(text, "CONSULT").source_country is None


def test_dateline_country_named_again_is_home():
    text = ("QUITO - Ecuador recalled its ambassador to Israel on Monday over the war in Gaza. "
            "Deputy Foreign Minister Ana Torres announced the decision, accusing Israel of violating international law. "
            "Israel's foreign ministry said Israel regretted the move. Israeli officials said Israel would respond.")
    accusation = first_of(text, "ACCUSE")
    assert accusation.source_country == "ECU"
    assert accusation.target_country == "ISR"


def test_they_of_many_states_takes_no_home_country():
    text = ("ACCRA - West African leaders imposed sanctions on the junta on Sunday, saying they did not rule out "
            "the use of force. Ghana hosted the summit, and Ghana's president chaired it.")
    assert first_of(text, "THREATEN").source_country is None
