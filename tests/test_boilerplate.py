"""Boilerplate learned per source: repeated lines of one source are stripped from its later articles."""

from __future__ import annotations

import json

import onrecord
from onrecord.boilerplate import candidate_lines, learned_lines, line_hash
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


def learned(db) -> frozenset[int]:
    with Store(db) as store:
        return learned_lines(store, ["Valley Courier"]).get("Valley Courier", frozenset())


def promo_counts(db) -> dict[str, int]:
    with Store(db) as store:
        rows = store.sql("SELECT source, count(*) AS n FROM source_lines WHERE line_hash = ? GROUP BY source",
                         [line_hash(PROMO)])
    return {r["source"]: r["n"] for r in rows}


def test_a_source_teaches_its_lines_to_later_batches(tmp_path):
    db = tmp_path / "learn.duckdb"
    first = [{"url": f"https://vc.example/{i}", "source": "Valley Courier", "text": story(i)} for i in range(3)]
    copy = [{"url": "https://vc.example/copy", "source": "Valley Courier", "text": story(0)}]
    onrecord.ingest([write(tmp_path / "a.jsonl", first[:2] + copy)], db=db, stages=("provenance",))
    assert learned(db) == frozenset()  # a copy of an original counts once
    onrecord.ingest([write(tmp_path / "b.jsonl", first[2:])], db=db, stages=("provenance",))
    assert learned(db) == frozenset({line_hash(PROMO)})
    later = [{"url": "https://vc.example/later", "source": "Valley Courier", "text": story(9)},
             {"url": "https://other.example/later", "source": "Other Paper", "text": story(8)}]
    onrecord.ingest([write(tmp_path / "c.jsonl", later)], db=db, stages=("provenance",))
    with Store(db) as store:
        rows = {r["source"]: r for r in store.sql("SELECT source, text, boilerplate FROM articles WHERE url LIKE '%later'")}
        assert PROMO not in rows["Valley Courier"]["text"] and rows["Valley Courier"]["boilerplate"] == [PROMO]
        assert rows["Other Paper"]["text"].endswith(PROMO)
        assert QUOTED in rows["Valley Courier"]["text"]
    counts = promo_counts(db)  # a stripped line still counts: three originals, the copy, the later article
    assert counts == {"Valley Courier": 5, "Other Paper": 1}
    onrecord.ingest([write(tmp_path / "b.jsonl", first[2:])], db=db, stages=("provenance",), replace=True)
    assert promo_counts(db) == counts  # re-ingesting an article counts its lines once


def test_the_same_input_and_store_give_the_same_text(tmp_path):
    rows = [{"url": f"https://vc.example/{i}", "source": "Valley Courier", "text": story(i)} for i in range(4)]
    assert all(a.text.endswith(PROMO) for a in onrecord.process(rows, stages=("provenance",)))
    for run in ("one", "two"):
        db = tmp_path / f"{run}.duckdb"
        onrecord.ingest([write(tmp_path / "seen.jsonl", rows[:3])], db=db, stages=("provenance",))
        onrecord.ingest([write(tmp_path / "new.jsonl", rows[3:])], db=db, stages=("provenance",))
        with Store(db) as store:  # what the first store taught never reaches the second
            stripped = store.sql("SELECT url FROM articles WHERE list_contains(boilerplate, ?)", [PROMO])
        assert [r["url"] for r in stripped] == ["https://vc.example/3"]
