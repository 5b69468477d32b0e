"""The speech-content model: plain statements whose words say accusation or threat are retyped."""

from __future__ import annotations

from onrecord.events import speech
from onrecord.events.lexicon import plover
from onrecord.events.speech import class_probabilities, model, retyped, words
from onrecord.records import Event


def statement(sentence: str, mode: str = "actual", kind: str = "STATEMENT") -> Event:
    return Event(type=kind, evidence=sentence, start=0, end=len(sentence), mode=mode, context=["political"],
                 source_actor="Ruritania", source_country="RUR", trigger="said")


def test_words_are_lower_case_words_adjacent_pairs_stems_and_stem_pairs():
    assert words("Minister's \"firm\" NO") == {"minister's", "firm", "no", "minister's_firm", "firm_no", "~minist",
                                              "~minist_firm"}
    assert "~rearrest" in words("Police rearrested him.")  # a form never seen weighs as its kin "rearrest"
    assert {"~accus_pakistan", "~of_shelter"} <= words("Iran accused Pakistan of sheltering them.")
    assert not any(word.startswith("~") for word in words("the law"))  # no stem differs: nothing twice


def test_words_are_the_same_from_every_thread():
    from concurrent.futures import ThreadPoolExecutor

    sentences = [f"Police rearrested {n} protesters and detained their organisers in town {n}." for n in range(400)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(words.__wrapped__, sentences))  # uncached: every thread stems every sentence
    assert threaded == [words.__wrapped__(s) for s in sentences]


def test_class_probabilities_are_a_softmax_of_the_known_weights():
    fitted = {"classes": ["STATEMENT", "ACCUSE"], "bias": [0.0, 0.0], "weights": {"lies": [0.0, 2.0]}}
    low, high = class_probabilities("He said lies, lies and unseen words", fitted)
    assert high > 0.85 and abs(low + high - 1) < 1e-9
    assert class_probabilities("nothing known", fitted) == [0.5, 0.5]


def test_a_statement_the_model_is_sure_of_is_retyped_as_that_verbal_act(monkeypatch):
    fitted = {"classes": ["STATEMENT", "THREATEN", "OTHER", "REQUEST"], "bias": [0.0, 0.0, 0.0, 0.0],
              "weights": {"retaliate": [0.0, 3.0, 0.0, 0.0], "sowing": [0.0, 0.0, 3.0, 0.0], "must": [0, 0, 0, 3.0]}}
    monkeypatch.setattr(speech, "model", lambda: fitted)
    [threat, unsure, other, negated, accusation, demand] = retyped([
        statement("The minister said Ruritania would retaliate."),
        statement("The minister said the talks went well."),
        statement("The minister said the rebels were sowing fear."),
        statement("The minister said nothing on whether they would retaliate.", mode="negated"),
        statement("The minister accused them and said they would retaliate.", mode="verbal", kind="ACCUSE"),
        statement("The minister said Europe must act."),  # S1: a position, whatever the model reads
    ])
    assert (threat.type, threat.mode, threat.cameo, threat.source_country) == ("THREATEN", "verbal", "13", "RUR")
    assert threat.context == plover()["contexts"]["THREATEN"]
    assert (unsure.type, other.type, negated.type, accusation.type, demand.type) == (
        "STATEMENT", "STATEMENT", "STATEMENT", "ACCUSE", "STATEMENT")


def test_the_fitted_model_has_a_weight_per_class_and_says_what_it_was_fitted_on():
    fitted = model()
    assert "STATEMENT" in fitted["classes"] and "OTHER" in fitted["classes"]
    assert len(fitted["bias"]) == len(fitted["classes"])
    assert fitted["weights"] and all(len(row) == len(fitted["classes"]) for row in fitted["weights"].values())
    assert "gold sentences" in fitted["trained_on"]
