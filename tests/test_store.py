"""The DuckDB store: idempotent, transactional, queryable; export formats."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest

import onrecord
from onrecord.export import write
from onrecord.store import Store

ARTICLES = [
    {"id": f"n{i}", "title": f"Story {i}",
     "text": f"“We will meet again in round {i},” Foreign Minister Jane Roe said in Vienna on Monday. The talks lasted {i} hours."}
    for i in range(6)
]


def test_same_articles_twice_are_stored_once(tmp_path):
    db = tmp_path / "x.duckdb"
    articles = onrecord.process(ARTICLES)
    with Store(db) as store:
        assert len(store.add(articles)) == 6
        assert store.add(articles) == []
        assert store.count("articles") == 6
        assert store.count("statements") == 6
        assert store.count("actors") == 1


def test_a_failed_batch_leaves_nothing_behind(tmp_path):
    articles = onrecord.process(ARTICLES[:2])
    articles[1].statements[0].start = "not a number"  # type: ignore[assignment]
    with Store(tmp_path / "x.duckdb") as store:
        with pytest.raises(Exception):
            store.add(articles)
        assert store.count("articles") == 0 and store.count("statements") == 0


def test_queries_return_records_and_tables(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        store.add(onrecord.process(ARTICLES))
        [statement] = store.statements(speaker="roe", article_id="n3")
        assert statement.speaker == "Jane Roe" and statement.content.endswith("round 3")
        frame = store.table("statements")
        assert len(frame) == 6 and {"speaker", "content", "start", "end"} <= set(frame.columns)
        assert store.arrow("actors").num_rows == 1
        article = store.article("n2")
        assert article is not None and article.statements[0].speaker == "Jane Roe"
        assert article.actors[0].roles == ["Foreign Minister"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("what", ["articles", "statements", "actors", "events"])
def test_export_formats(tmp_path, fmt, what):
    with Store(tmp_path / "x.duckdb") as store:
        store.add(onrecord.process(ARTICLES))
        out = tmp_path / f"out.{fmt}"
        count = write(store, what, fmt, str(out))
    expected = {"articles": 6, "statements": 6, "actors": 1, "events": 6}[what]
    assert count == expected
    if fmt == "parquet" and expected:
        assert pq.read_table(out).num_rows == expected
    if fmt == "jsonl" and what == "articles":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        keys = {"id", "url", "source", "title", "published", "language", "text", "boilerplate", "copy_of",
                "copy_kind", "rewritten", "story", "headline_mismatch", "statements", "events", "actors"}
        assert keys <= set(rows[0])
        assert set(rows[0]["statements"][0]) >= {"speaker", "speaker_id", "kind", "cue", "content", "start",
                                                  "end", "date", "place", "negated", "future"}


def test_export_to_stream(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        store.add(onrecord.process(ARTICLES[:1]))
        buffer = io.StringIO()
        write(store, "statements", "csv", buffer)
    assert buffer.getvalue().splitlines()[0].startswith("id,article_id,speaker")


@pytest.mark.slow
def test_sigkill_mid_ingest_loses_nothing_committed(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w") as out:
        for i in range(400):
            out.write(json.dumps({"id": f"k{i}", "text": f"Minister Number{i} Smith said “talks will go on, round {i} and more” in Oslo. "
                                  "The delegations met for hours and left without a joint text."}) + "\n")
    db = tmp_path / "kill.duckdb"
    command = [sys.executable, "-m", "onrecord.cli", "ingest", str(corpus), "--db", str(db), "--batch-size", "20"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and process.poll() is None:
        if os.path.exists(str(db) + ".wal") or os.path.exists(db):
            time.sleep(1.5)
            break
        time.sleep(0.1)
    process.send_signal(signal.SIGKILL)
    process.wait()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with Store(db, read_only=True) as store:
        rows = store.sql("SELECT count(*) AS n, count(DISTINCT id) AS d FROM articles")[0]
    assert rows == {"n": 400, "d": 400}


def test_events_keep_their_confidence_and_filter_on_it(tmp_path):
    text = "Russian President Vladimir Putin dismissed Anatoly Antonov on October 10."
    with Store(tmp_path / "x.duckdb") as store:
        store.add(onrecord.process([{"id": "c1", "published": "2024-11-07", "text": text}]))
        [event] = store.events()
        assert 0 < event.confidence < 1
        assert store.events(min_confidence=event.confidence) == [event]
        assert store.events(min_confidence=min(1.0, event.confidence + 0.01)) == []


def test_events_of_one_sentence_come_back_in_one_order(tmp_path):
    [article] = onrecord.process([{"id": "o1", "published": "2024-11-07", "text": (
        "Russian President Vladimir Putin dismissed Anatoly Antonov on October 10.")}])
    sentence = article.events[0]
    twins = [dataclasses.replace(sentence, id=f"ev_{n}", type=kind) for n, kind in (("b", "ACCUSE"), ("a", "REJECT"))]
    article.events = twins  # stored in the opposite order of their ids
    with Store(tmp_path / "x.duckdb") as store:
        store.add([article])
        assert [e.id for e in store.events()] == ["ev_a", "ev_b"]  # not as the scan happens to find them
        assert [e.id for e in store.article("o1").events] == ["ev_a", "ev_b"]


def test_a_database_from_before_confidences_gains_the_column(tmp_path):
    import duckdb

    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE events (id VARCHAR PRIMARY KEY, article_id VARCHAR, type VARCHAR, mode VARCHAR, "
                    "context VARCHAR[], cameo VARCHAR, source_actor VARCHAR, source_country VARCHAR, target_actor VARCHAR, "
                    "target_country VARCHAR, date VARCHAR, location VARCHAR, location_country VARCHAR, evidence VARCHAR, "
                    "start INTEGER, \"end\" INTEGER, articles VARCHAR[], latitude DOUBLE, longitude DOUBLE, trigger VARCHAR, "
                    "group_id VARCHAR)")
    with Store(db) as store:
        store.add(onrecord.process([{"id": "c2", "text": "Russian President Vladimir Putin dismissed Anatoly Antonov."}]))
        assert store.events()[0].confidence is not None
