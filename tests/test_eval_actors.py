"""``eval actors``: clustering scores move the right way."""

from __future__ import annotations

import json

from onrecord.evaluate.actors import evaluate

RECORDS = [
    {"id": "a1", "text": "Russian Foreign Minister Sergei Lavrov met envoys. Lavrov said talks were possible.",
     "actors": [{"id": "lavrov", "name": "Sergey Lavrov", "aliases": ["Sergei Lavrov", "Lavrov"],
                 "kind": "person", "country": "RUS", "sector": "GOV"}]},
    {"id": "a2", "text": "Foreign Minister Sergey Lavrov flew to Astana. Britain's Boris Johnson said it was late.",
     "actors": [{"id": "lavrov", "name": "Sergey Lavrov", "aliases": ["Sergey Lavrov"], "kind": "person",
                 "country": "RUS", "sector": "GOV"},
                {"id": "bjohnson", "name": "Boris Johnson", "aliases": ["Boris Johnson"], "kind": "person",
                 "country": "GBR"}]},
]


def write(tmp_path, records):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return path


def test_variants_cluster_and_affiliations_match(tmp_path):
    report = evaluate(write(tmp_path, RECORDS))
    assert report.mentions == report.mentions_found == 4  # "Lavrov" inside "Sergei Lavrov" is not a mention of its own
    assert report.pairwise.f1 == 1.0 and report.b_cubed_f1 == 1.0
    assert report.as_dict()["country"] == {"accuracy": 1.0, "actors": 2}


def test_a_gold_merge_the_pipeline_does_not_make_lowers_recall(tmp_path):
    merged = json.loads(json.dumps(RECORDS))
    merged[1]["actors"][1]["id"] = "lavrov"  # gold now claims Johnson is Lavrov
    report = evaluate(write(tmp_path, merged))
    assert report.pairwise.recall < 1.0 and report.pairwise.precision == 1.0
    assert report.b_cubed_recall < 1.0


def test_a_name_inside_a_longer_gold_name_is_part_of_it():
    from onrecord.evaluate.actors import gold_mentions

    text = "Russia's top diplomat Sergei Lavrov spoke. Russia said no."
    actors = [{"id": "lavrov", "name": "Sergei Lavrov", "aliases": ["Russia's top diplomat", "Lavrov"]},
              {"id": "russia", "name": "Russia", "aliases": []}]
    assert [(text[s:e], who) for s, e, who in gold_mentions(text, actors)] == [
        ("Russia's top diplomat", "lavrov"), ("Sergei Lavrov", "lavrov"), ("Russia", "russia")]


def test_a_name_used_as_a_place_is_no_actor_mention():
    from onrecord.evaluate.actors import gold_mentions

    text = "Talks in Washington ended. Washington said no."
    actors = [{"id": "usa", "name": "United States", "aliases": ["Washington"]}]
    assert [text[s:e] for s, e, _ in gold_mentions(text, actors)] == ["Washington"]
    assert gold_mentions(text, actors)[0][0] == text.index("Washington said")
