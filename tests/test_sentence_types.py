"""The sentence-type model: how likely each type is in a sentence, the events it rules out and those it adds."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

import onrecord
from onrecord.events import sentence_types
from onrecord.events.read_modes import features, read_mode
from onrecord.events.sentence_types import (
    ADD,
    VETO,
    added,
    likely,
    model,
    read_alone,
    type_probabilities,
    type_probability,
)
from onrecord.records import Event

FITTED = {"types": ["ACCUSE", "CONSULT"], "bias": [-1.0, 0.0],
          "weights": {"accused": [3.0, -2.0], "met": [-6.0, 2.5]}}


def event(kind: str, sentence: str) -> Event:
    return Event(type=kind, evidence=sentence, start=0, end=len(sentence), mode="actual")


def test_a_type_probability_is_the_logistic_of_the_known_weights():
    assert type_probability("The minister accused them.", "ACCUSE", FITTED) == 1 / (1 + math.exp(-2.0))
    assert type_probability("Unknown words only.", "CONSULT", FITTED) == 0.5
    assert type_probability("They met and accused.", "CONSULT", FITTED) == 1 / (1 + math.exp(-0.5))


def test_a_type_the_model_was_not_fitted_for_is_never_ruled_out():
    assert type_probability("The minister met them.", "ELECTION", FITTED) == 1.0


def test_an_event_whose_type_the_sentence_rules_out_is_dropped(monkeypatch):
    monkeypatch.setattr(sentence_types, "model", lambda: FITTED)
    kept = likely([event("ACCUSE", "The envoys met in Lask."), event("CONSULT", "The envoys met in Lask."),
                   event("ACCUSE", "Ruritania accused Freedonia."), event("ELECTION", "The envoys met in Lask.")])
    assert [(e.type, e.evidence) for e in kept] == [
        ("CONSULT", "The envoys met in Lask."), ("ACCUSE", "Ruritania accused Freedonia."),
        ("ELECTION", "The envoys met in Lask.")]
    assert type_probability("The envoys met in Lask.", "ACCUSE", FITTED) < VETO


def test_the_stage_drops_what_the_model_rules_out(monkeypatch):
    text = "Russian President Vladimir Putin dismissed Anatoly Antonov on October 10."
    [kept] = onrecord.process([{"id": "k", "published": "2024-11-07", "text": text}])
    assert "DISMISS" in {e.type for e in kept.events}
    monkeypatch.setattr(sentence_types, "model", lambda: {"types": ["DISMISS"], "bias": [-9.0], "weights": {}})
    [dropped] = onrecord.process([{"id": "d", "published": "2024-11-07", "text": text}])
    assert "DISMISS" not in {e.type for e in dropped.events}


def test_the_fitted_model_covers_every_type_and_says_what_it_was_fitted_on():
    fitted = model()
    assert {"ACCUSE", "ASSAULT", "STATEMENT", "ELECTION", "APPOINT", "DISMISS"} <= set(fitted["types"])
    assert len(fitted["bias"]) == len(fitted["types"])
    assert fitted["weights"] and all(len(row) == len(fitted["types"]) for row in fitted["weights"].values())
    assert "gold articles" in fitted["trained_on"]


def test_all_types_are_scored_as_each_one_is():
    sentence = "They met and accused."
    assert type_probabilities(sentence, FITTED) == {kind: type_probability(sentence, kind, FITTED) for kind in FITTED["types"]}


def test_a_likely_type_the_rules_missed_is_added_with_the_first_events_parties(monkeypatch):
    monkeypatch.setattr(sentence_types, "model", lambda: FITTED)
    sentence = "Ruritania talked with Freedonia and accused it of spying."
    first = Event(type="CONSULT", evidence=sentence, start=10, end=10 + len(sentence), mode="actual", trigger="talked",
                  source_country="RUR", target_country="FRE", date="2024-11-05", id="ev_1", articles=["a1"])
    second = Event(type="SANCTION", evidence=sentence, start=10, end=10 + len(sentence), source_country="FRE", id="ev_2")
    undated = Event(type="", evidence=sentence, start=10, end=10 + len(sentence), date="2024-11-01", location="Lask",
                    location_country="RUR")
    [extra] = added([first, second], [undated])
    assert (extra.type, extra.mode, extra.trigger) == ("ACCUSE", "verbal", None)
    assert (extra.source_country, extra.target_country, extra.date, extra.start) == ("RUR", "FRE", "2024-11-05", 10)
    assert extra.confidence == round(type_probability(sentence, "ACCUSE", FITTED), 2) >= ADD
    assert extra.id not in {"ev_1", "ev_2"} and extra.cameo and extra.context
    assert extra.articles == first.articles and extra.articles is not first.articles
    assert added([first, second], [undated]) == [extra]
    assert (extra.location, extra.location_country) == ("Lask", "RUR")  # the sentence's, the first event has none
    [dated] = added([replace(first, date=None, location="Varo", location_country="RUR"), second], [undated])
    assert (dated.date, dated.location) == ("2024-11-01", "Varo")  # the sentence's first date; the event's own place


def test_nothing_is_added_to_a_type_already_coded_or_unlikely(monkeypatch):
    monkeypatch.setattr(sentence_types, "model", lambda: FITTED)
    accused = "Ruritania accused Freedonia."
    assert added([event("ACCUSE", accused)], []) == []
    assert added([event("CONSULT", "The envoys talked in Lask.")], []) == []  # ACCUSE at 0.27, under ADD


def test_the_stage_adds_what_the_model_finds_beside_the_rules(monkeypatch):
    text = "Russian President Vladimir Putin dismissed Anatoly Antonov on October 10."
    fitted = {"types": ["DISMISS", "ACCUSE"],
              "bias": [3.0, 3.0], "weights": {}}
    monkeypatch.setattr(sentence_types, "model", lambda: fitted)
    [article] = onrecord.process([{"id": "a", "published": "2024-11-07", "text": text}])
    [accusation] = [e for e in article.events if e.type == "ACCUSE"]
    [dismissal] = [e for e in article.events if e.type == "DISMISS"]
    assert (accusation.source_country, accusation.mode, accusation.trigger) == ("RUS", "verbal", None)
    assert accusation.evidence == dismissal.evidence


def test_a_likely_type_in_a_sentence_the_rules_left_empty_is_read_by_the_actor_named_first(monkeypatch):
    monkeypatch.setattr(sentence_types, "model", lambda: FITTED)
    first, second = "Ruritania accused Freedonia of spying.", "The envoys talked in Lask."
    sentences = [Event(type="", evidence=first, start=0, end=len(first), article_id="art-1", articles=["art-1"],
                       source_actor="Ruritania", source_country="RUR"),
                 Event(type="", evidence=second, start=len(first) + 1, end=len(first) + 1 + len(second),
                       article_id="art-1", articles=["art-1"])]
    coded = Event(type="CONSULT", evidence=second, start=len(first) + 1, end=len(first) + 1 + len(second))
    assert [e.type for e in read_alone(sentences, [])] == ["ACCUSE", "CONSULT"]  # CONSULT at 0.5
    [read] = read_alone(sentences, [coded])
    assert (read.type, read.mode, read.evidence, read.start, read.end) == ("ACCUSE", "verbal", first, 0, len(first))
    assert (read.source_actor, read.source_country) == ("Ruritania", "RUR")
    assert (read.target_actor, read.target_country, read.date, read.location, read.trigger) == (None,) * 5
    assert read.confidence == round(type_probability(first, "ACCUSE", FITTED), 2) and read.articles == ["art-1"]
    assert read.articles is not sentences[0].articles
    assert read_alone(sentences, [event("CONSULT", first), coded]) == []  # the rules coded both


def test_the_stage_reads_a_sentence_it_found_nothing_in_as_done_by_the_actor_it_names_first(monkeypatch):
    fitted = {"types": ["PROTEST"], "bias": [-5.0], "weights": {"placards": [10.0]}}
    monkeypatch.setattr(sentence_types, "model", lambda: fitted)
    [article] = onrecord.process([{"id": "p", "published": "2025-03-04", "text": (
        "Members of the Kenya National Union of Teachers carried placards outside parliament in Nairobi on Tuesday.")}])
    [read] = [e for e in article.events if e.type == "PROTEST" and e.trigger is None]
    assert (read.source_actor, read.source_country, read.target_actor) == ("Kenya National Union of Teachers", "KEN", None)
    assert (read.date, read.location) == ("2025-03-04", "Nairobi")  # the sentence's, which no verb of the rules' gives

def test_a_statement_read_from_the_words_is_made_unless_the_sentence_withholds_one(monkeypatch):
    fitted = {"types": ["STATEMENT"], "bias": [3.0], "weights": {}}
    monkeypatch.setattr(sentence_types, "model", lambda: fitted)
    [article] = onrecord.process([{"id": "s", "published": "2025-03-04",
                                   "text": "The Lask foreign minister accused Freedonia of spying on Monday."}])
    [read] = [e for e in article.events if e.type == "STATEMENT"]
    assert read.mode == "actual"  # "negated", the gold's commonest statement ("did not respond"), is not every one's
    said, withheld = "The envoys talked in Lask.", "The embassy did not respond."
    sentences = [Event(type="", mode="actual", evidence=said, start=0, end=len(said)),
                 Event(type="", mode="negated", evidence=withheld, start=len(said) + 1, end=len(said) + 1 + len(withheld))]
    assert [e.mode for e in read_alone(sentences, [])] == ["actual", "negated"]


def test_an_act_read_from_a_sentence_that_puts_it_ahead_is_future(monkeypatch):
    fitted = {"types": ["CONSULT"], "bias": [3.0], "weights": {}}
    monkeypatch.setattr(sentence_types, "model", lambda: fitted)
    text = "A third round of talks is to be held in Paris in September. An IMF mission is due in Cairo next month."
    [article] = onrecord.process([{"id": "f", "published": "2025-06-04", "text": text}])
    read = {e.evidence.split()[1]: (e.mode, e.date) for e in article.events if e.type == "CONSULT" and e.trigger is None}
    assert read["third"] == ("future", "2025-09") and read["IMF"] == ("future", "2025-07")


def test_a_type_read_takes_the_mode_its_sentences_words_tell(monkeypatch):
    monkeypatch.setattr(sentence_types, "model", lambda: FITTED)
    told = ["The envoys have not met since the war.", "The envoys will meet in Lask.", "The envoys met in Lask.",
            "The envoys would meet in Lask only if Freedonia withdrew its troops, the minister said."]
    start, sentences = 0, []
    for text in told:  # the parse's own reading of each sentence ("actual") is not what decides
        sentences.append(Event(type="", mode="actual", evidence=text, start=start, end=start + len(text)))
        start += len(text) + 1
    read = [e for e in read_alone(sentences, []) if e.type == "CONSULT"]
    assert [e.mode for e in read] == ["negated", "future", "actual", "hypothetical"]


def test_the_read_mode_is_the_likeliest_under_the_fitted_weights():
    fitted = {"modes": ["actual", "verbal", "negated"], "bias": [1.0, 0.0, 0.0],
              "weights": {"type=ACCUSE": [0.0, 2.0, 0.0], "refused": [0.0, 0.0, 1.5], "AGREE|refused": [0.0, 0.0, 1.0]}}
    assert read_mode("AGREE", "They signed.", fitted) == "actual"
    assert read_mode("ACCUSE", "They signed.", fitted) == "verbal"
    assert read_mode("AGREE", "They refused.", fitted) == "negated"  # 2.5 against 1.0
    assert read_mode("ACCUSE", "They refused.", fitted) == "verbal"  # 2.0 against 1.5: "refused" tells AGREE more
    assert features("AGREE", "They refused.")[0] == "type=AGREE" and "AGREE|refused" in features("AGREE", "They refused.")
    assert "AGREE|they_refused" not in features("AGREE", "They refused.")  # word pairs and stems go uncrossed


def test_the_shipped_read_mode_model_hears_an_announcement_and_a_condition():
    assert read_mode("MOBILIZE", "Troops will join the border patrols from Monday, the interior ministry said.") == "verbal"
    assert read_mode("AGREE", "Lask would sign the accord only if Freedonia withdrew its troops, the minister said.") == (
        "hypothetical")
    assert read_mode("COERCE", "Police detained 14 protesters outside the parliament on Tuesday.") == "actual"
    assert read_mode("STATEMENT", "The embassy did not respond to a request for comment.") == "negated"


def test_a_type_read_where_the_sentence_names_its_act_only_to_deny_it_is_negated(monkeypatch):
    fitted = {"types": ["AGREE", "COERCE"], "bias": [3.0, 3.0],
              "weights": {}}
    monkeypatch.setattr(sentence_types, "model", lambda: fitted)
    text = ("The two sides held talks in Lask in May, which ended without a deal. Police said no arrests were made. "
            "The envoys signed a deal in Lask.")
    [article] = onrecord.process([{"id": "n", "published": "2025-06-04", "text": text}])
    read = {(e.evidence.split()[1], e.type): e.mode for e in article.events if e.trigger is None}
    assert read[("two", "AGREE")] == "negated" and read[("said", "COERCE")] == "negated"
    assert read[("two", "COERCE")] == "actual"  # only the act the sentence denies


@pytest.mark.parametrize(("text", "read"), [
    ("The cyclone made landfall near Kuakata on Sunday, killing at least 58 people.", False),
    ("A landslide in the same province killed hundreds of people in May 2024.", False),
    ("Tribal fighting in Enga province has killed at least 30 people since February.", True),
    ("Israeli fire killed 12 people near the crossing on Tuesday.", True),  # gunfire, somebody's
])
def test_no_attack_is_read_where_a_disaster_did_the_killing(monkeypatch, text, read):
    """Guide X3: a disaster is no actor, so the model's attack is not added there; fighting is
    somebody's, though the sentence does not say whose."""
    monkeypatch.setattr(sentence_types, "model", lambda: {"types": ["ASSAULT"], "bias": [3.0], "weights": {}})
    [article] = onrecord.process([{"id": "d", "published": "2026-05-28", "text": text}])
    assert ("ASSAULT" in {e.type for e in article.events}) is read, article.events
