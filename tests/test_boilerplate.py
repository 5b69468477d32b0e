"""Boilerplate learned per source: repeated lines of one source are stripped from its later articles."""

from __future__ import annotations

import json

import onrecord
from onrecord.boilerplate import candidate_lines, learned_for, line_hash
from onrecord.clean import strip_boilerplate
from onrecord.store import Store

PROMO = "Get the Valley Courier morning briefing in your inbox every weekday."
QUOTED = "\u201cWe will keep the bridge open,\u201d the mayor said."


TOWNS = ["Ashford", "Brampton", "Carlow", "Dunmore", "Eastleigh", "Fenwick", "Glenroy", "Hartley", "Ivybridge", "Jarrow"]
SUBJECTS = ["the river bridge", "the bakery prize", "twelve new teachers", "the flooded ring road", "Sunday library hours",
            "the High Street cycle lane", "a second maternity ward", "water charges", "a stolen fire engine",
            "the football ground sale"]


def story(i: int) -> str:
    town, subject = TOWNS[i], SUBJECTS[i]
    body = " ".join(f"Sentence {k} of the {town} report on {subject} gives detail number {k * (i + 3)} about {subject}."
                    for k in range(12))
    return f"{town} councillors argued about {subject} on day {i}.\n\n{body}\n\n{QUOTED}\n\n{PROMO}"


def write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_candidate_lines_leave_out_quotes_and_long_lines():
    long_line = " ".join(["word"] * 41)
    assert candidate_lines(f"{PROMO}\n{QUOTED}\n{long_line}") == {line_hash(PROMO)}


def test_learned_lines_are_stripped_and_kept():
    cleaned = strip_boilerplate(story(1), frozenset({line_hash(PROMO)}))
    assert PROMO not in cleaned.text and cleaned.boilerplate == [PROMO]
    assert strip_boilerplate(story(1)).text.endswith(PROMO)


def test_a_source_teaches_its_lines_to_later_batches(tmp_path):
    db = tmp_path / "learn.duckdb"
    first = [{"url": f"https://vc.example/{i}", "source": "Valley Courier", "text": story(i)} for i in range(3)]
    copy = [{"url": "https://vc.example/copy", "source": "Valley Courier", "text": story(0)}]
    onrecord.ingest([write(tmp_path / "a.jsonl", first[:2] + copy)], db=db, stages=("provenance",))
    assert learned_for("Valley Courier") == frozenset()  # a copy of an original counts once
    onrecord.ingest([write(tmp_path / "b.jsonl", first[2:])], db=db, stages=("provenance",))
    assert learned_for("Valley Courier") == frozenset({line_hash(PROMO)})
    later = [{"url": "https://vc.example/later", "source": "Valley Courier", "text": story(9)},
             {"url": "https://other.example/later", "source": "Other Paper", "text": story(8)}]
    onrecord.ingest([write(tmp_path / "c.jsonl", later)], db=db, stages=("provenance",))
    with Store(db) as store:
        rows = {r["source"]: r for r in store.sql("SELECT source, text, boilerplate FROM articles WHERE url LIKE '%later'")}
        assert PROMO not in rows["Valley Courier"]["text"] and rows["Valley Courier"]["boilerplate"] == [PROMO]
        assert rows["Other Paper"]["text"].endswith(PROMO)
        assert QUOTED in rows["Valley Courier"]["text"]
    onrecord.ingest([write(tmp_path / "b.jsonl", first[2:])], db=db, stages=("provenance",), replace=True)
    with Store(db) as store:  # re-ingesting an article counts its lines once: three originals and the copy
        assert store.sql("SELECT count(*) AS n FROM source_lines WHERE line_hash = ?", [line_hash(PROMO)])[0]["n"] == 4
