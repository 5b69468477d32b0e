"""``eval events``: matching and scores."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from onrecord.cli import main
from onrecord.evaluate import find_span
from onrecord.evaluate.events import EventReport, agreement, evaluate, gold_event, paired, score_article
from onrecord.records import Event

TEXT = ("Russian President Vladimir Putin dismissed Anatoly Antonov on October 10. "
        "Kazakhstan hosted talks with Russia in Astana on Thursday.")
EVENTS = [
    {"type": "DISMISS", "mode": "actual", "source_country": "RUS", "date": "2024-10-10",
     "evidence": "Russian President Vladimir Putin dismissed Anatoly Antonov on October 10."},
    {"type": "CONSULT", "mode": "actual", "source_country": "KAZ", "target_country": "RUS", "date": "2024-11-07",
     "location": "Astana", "evidence": "Kazakhstan hosted talks with Russia in Astana on Thursday."},
]


def write(path, events, text=TEXT, published="2024-11-07"):
    path.write_text(json.dumps({"id": "e1", "published": published, "text": text, "events": events}), encoding="utf-8")
    return path


def run(tmp_path, events, text=TEXT, published="2024-11-07"):
    return evaluate(write(tmp_path / "gold.jsonl", events, text, published)).as_dict()


def test_correct_gold_scores_full(tmp_path):
    report = run(tmp_path, EVENTS)
    assert report["type_macro_f1"] == 1.0
    assert report["source_country"]["f1"] == 1.0
    assert report["mode"]["accuracy"] == report["date"]["accuracy"] == report["place"]["accuracy"] == 1.0
    assert report["duplicate_rate"] == 0.0


def test_wrong_type_and_country_lower_the_scores(tmp_path):
    wrong = [dict(EVENTS[0], type="ASSAULT"), dict(EVENTS[1], source_country="TUR")]
    report = run(tmp_path, wrong)
    assert report["type_macro_f1"] < 1.0
    assert report["by_type"]["ASSAULT"]["recall"] == 0.0
    assert report["source_country"]["recall"] == 0.0


def test_gold_evidence_is_found_without_the_wire_credit_the_clean_stage_removes(tmp_path):
    text = "QUITO, Jan 9 (Andean Desk) - Ecuador's army arrested 40 gang members in Guayaquil on Tuesday."
    gold = {"type": "COERCE", "mode": "actual", "source_country": "ECU", "evidence": text}
    report = run(tmp_path, [gold], text, "2024-01-10")
    assert report["type_micro"]["recall"] == 1.0


def test_gold_evidence_typed_with_other_spaces_and_quotes_is_found(tmp_path):
    text = "Malawi's army  arrested\u00a0forty smugglers near Mwanza on Tuesday, calling them \u201cbandits\u201d."
    gold = {"type": "COERCE", "mode": "actual", "source_country": "MWI",
            "evidence": "Malawi's army arrested forty smugglers near Mwanza on Tuesday, calling them \"bandits\"."}
    report = run(tmp_path, [gold], text, "2024-01-10")
    assert report["gold_not_found_in_text"] == 0
    assert report["type_micro"]["recall"] == 1.0


def test_gold_typed_in_other_spellings_scores_as_in_the_record_format(tmp_path):
    typed = [dict(EVENTS[0], type="dismiss", mode="Actual", source_country="Russia", date="2024-10-10T00:00:00"),
             dict(EVENTS[1], type="Consult", source_country="KZ", target_country="rus")]
    report = run(tmp_path, typed)
    assert report["type_macro_f1"] == 1.0
    assert report["source_country"]["f1"] == report["target_country_on_matched"]["accuracy"] == 1.0
    assert report["mode"]["accuracy"] == report["date"]["accuracy"] == 1.0


@pytest.mark.parametrize(("written", "code"), [("RUS", "RUS"), ("ru", "RUS"), ("Russia", "RUS"), ("U.S.", "USA"),
                                               ("XKX", "XKX"), ("Atlantis", "Atlantis"), (None, None)])
def test_gold_countries_become_iso3(written, code):
    assert gold_event({"type": "ASSAULT", "source_country": written})["source_country"] == code


def test_a_conditional_gold_mode_is_the_hypothetical_mode():
    assert gold_event({"type": "agree", "mode": "conditional"})["mode"] == "hypothetical"


def test_gold_evidence_missing_from_the_text_is_counted_and_reported(tmp_path):
    gold = [dict(EVENTS[0], evidence="Putin sacked the ambassador on Friday.")]
    report = run(tmp_path, gold)
    assert report["gold_not_found_in_text"] == 1
    assert report["type_micro"]["recall"] == 0.0
    result = CliRunner().invoke(main, ["eval", "events", str(tmp_path / "gold.jsonl")])
    assert result.exit_code == 0
    assert "1 gold events whose evidence is not in the text" in result.output


def test_a_dyad_of_a_gold_event_listing_several_sources_is_no_false_positive(tmp_path):
    text = "Canada and Norway imposed sanctions on Ruritanian officials on Friday."
    gold = {"type": "SANCTION", "mode": "actual", "source_actor": "Canada", "source_country": "CAN",
            "source_actors": ["Canada", "Norway"], "evidence": text}
    report = run(tmp_path, [gold], text, "2024-01-10")
    assert report["type_micro"]["precision"] == 1.0 and report["duplicate_rate"] == 0.0
    assert report["source_country"]["f1"] == 1.0


def test_a_prediction_from_the_second_listed_source_has_the_right_country(tmp_path):
    text = "Norway imposed sanctions on Ruritanian officials on Friday."
    gold = {"type": "SANCTION", "mode": "actual", "source_actor": "Canada", "source_country": "CAN",
            "source_actors": ["Canada", "Norway"], "evidence": text}
    assert run(tmp_path, [gold], text, "2024-01-10")["source_country"]["recall"] == 1.0
    assert run(tmp_path, [dict(gold, source_actors=None)], text, "2024-01-10")["source_country"]["recall"] == 0.0


def test_agreement_scores_a_second_annotation_with_the_same_measures(tmp_path):
    gold = write(tmp_path / "gold.jsonl", EVENTS)
    assert agreement(gold, gold).as_dict()["source_country"]["f1"] == 1.0
    second = write(tmp_path / "second.jsonl", [EVENTS[0], dict(EVENTS[1], type="REQUEST")])
    report = agreement(gold, second).as_dict()
    assert report["type_micro"]["precision"] == report["type_micro"]["recall"] == 0.5
    assert report["by_type"]["REQUEST"]["predicted"] == 1 and report["by_type"]["CONSULT"]["recall"] == 0.0


GUARANTORS = "Norway, Cuba and Venezuela welcomed the release of the soldiers."


def support_by(country):
    return {"type": "SUPPORT", "mode": "verbal", "source_country": country, "evidence": GUARANTORS}


def test_one_event_per_listed_source_is_no_duplicate(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [support_by(c) for c in ("NOR", "CUB", "VEN")], GUARANTORS)
    report = agreement(gold, gold).as_dict()
    assert report["duplicate_rate"] == 0.0 and report["type_micro"]["f1"] == 1.0


def test_a_second_prediction_of_one_gold_event_is_one_duplicate(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [support_by("NOR")], GUARANTORS)
    twice = write(tmp_path / "twice.jsonl", [support_by("NOR"), support_by("CUB")], GUARANTORS)
    assert agreement(gold, twice).as_dict()["duplicate_rate"] == 0.5


def test_eval_events_against_a_second_annotation_runs_no_pipeline(tmp_path):
    gold = write(tmp_path / "gold.jsonl", EVENTS)
    result = CliRunner().invoke(main, ["eval", "events", str(gold), "--against", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["type_macro_f1"] == 1.0


WORDS = st.lists(st.text(alphabet="ab\u201c\u201d\"'\u2019.", min_size=1, max_size=4), min_size=1, max_size=12)
GAPS = st.sampled_from([" ", "  ", "\n", " \n ", "\u00a0", "\t"])


@given(WORDS, st.data())
def test_find_span_finds_any_run_of_words_whatever_the_spacing_between_them(words, data):
    gaps = [data.draw(GAPS) for _ in words]
    text = "".join(word + gap for word, gap in zip(words, gaps)).strip()
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) - 1))
    start, end = find_span(text, " ".join(words[first:last + 1]))
    assert 0 <= start < end <= len(text)
    assert " ".join(text[start:end].split()) .translate(str.maketrans("\u201c\u201d\u2019\u00a0", "\"\"' ")) == " ".join(
        " ".join(words[first:last + 1]).split()).translate(str.maketrans("\u201c\u201d\u2019\u00a0", "\"\"' "))


def test_find_span_starts_at_the_offset_asked_and_says_when_a_fragment_is_absent():
    text = "Talks  resumed. Talks resumed."
    assert find_span(text, "Talks resumed.") == (16, 30)
    assert find_span(text, "Talks resumed.", after=17) == (-1, -1)
    assert find_span(text, "Talks  resumed.") == (0, 15)
    assert find_span(text, "Strikes began.") == (-1, -1)


def test_errors_list_each_miss_with_its_evidence(tmp_path):
    wrong = [dict(EVENTS[0], type="ASSAULT"), dict(EVENTS[1], source_country="TUR")]
    gold = write(tmp_path / "gold.jsonl", wrong)
    listing = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(main, ["eval", "events", str(gold), "--errors", str(listing)])
    assert result.exit_code == 0, result.output
    errors = [json.loads(line) for line in listing.read_text(encoding="utf-8").splitlines()]
    kinds = {(e["kind"], (e["gold"] or e["predicted"])["type"]) for e in errors}
    assert ("missed", "ASSAULT") in kinds and ("spurious", "DISMISS") in kinds
    [attributes] = [e for e in errors if e["kind"] == "attributes"]
    assert attributes["wrong"] == ["source_country"] and attributes["predicted"]["source_country"] == "KAZ"
    assert all(e["article"] == "e1" and e["evidence"] for e in errors)


def test_a_perfect_coding_has_no_errors(tmp_path):
    assert evaluate(write(tmp_path / "gold.jsonl", EVENTS)).errors == []


def test_the_report_gives_the_precision_at_each_confidence_level(tmp_path):
    levels = run(tmp_path, EVENTS)["type_micro_at_confidence"]
    assert list(levels) == ["0.5", "0.8", "0.9"]
    kept = [levels[level]["predicted"] for level in levels]
    assert kept == sorted(kept, reverse=True) and all(levels[level]["gold"] == 2 for level in levels)
    assert kept[0] >= 1  # the Antonov dismissal is a confident coding
    assert evaluate(write(tmp_path / "gold.jsonl", EVENTS), min_confidence=1.0).as_dict()["type_micro"]["predicted"] == 0


def test_a_gold_event_takes_the_prediction_most_like_it():
    text = "The ministry said the talks were useful but declined to comment on the date."
    said = Event(type="STATEMENT", mode="actual", evidence=text, start=0, end=len(text), source_country="RUS")
    declined = Event(type="STATEMENT", mode="negated", evidence=text, start=0, end=len(text), source_country="RUS")
    gold = [gold_event({"type": "STATEMENT", "mode": mode, "source_country": "RUS", "evidence": text})
            for mode in ("negated", "actual")]
    report = EventReport()
    score_article(report, text, [said, declined], gold, defaultdict(set))
    assert report.as_dict()["mode"] == {"accuracy": 1.0, "pairs": 2} and not report.errors


def test_each_gold_event_is_paired_with_the_most_alike_free_prediction_of_its_type():
    said = "Ruritania said it would send aid to Freedonia, but declined to comment on troops."
    start = TEXT.index("Kazakhstan")
    text = TEXT + " " + said
    at = text.index(said)
    predicted = [Event(type="STATEMENT", evidence=said, start=at, end=at + len(said), mode="negated", source_country="RUR"),
                 Event(type="STATEMENT", evidence=said, start=at, end=at + len(said), mode="verbal", source_country="RUR"),
                 Event(type="CONSULT", evidence=EVENTS[1]["evidence"], start=start, end=start + 57, source_country="KAZ")]
    gold = [gold_event(g) for g in (
        {"type": "STATEMENT", "mode": "verbal", "source_country": "RUR", "evidence": said},
        {"type": "STATEMENT", "mode": "negated", "source_country": "RUR", "evidence": said},
        {"type": "STATEMENT", "mode": "actual", "source_country": "RUR", "evidence": said},  # none left for it
        {"type": "DISMISS", "evidence": "Not in the text at all."},
        EVENTS[1])]
    pairs = paired(text, predicted, gold)
    assert [index for _, _, index in pairs] == [1, 0, None, None, 2]
    assert pairs[3][1] == (-1, -1) and pairs[0][1] == (at, at + len(said))
