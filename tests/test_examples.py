"""End to end over the bundled sample corpus (examples/corpus), as `make demo` runs it."""

from __future__ import annotations

import json

import pytest

from onrecord import api
from onrecord.store import Store

from .conftest import EXAMPLES

CORPUS = EXAMPLES / "corpus"

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    if not any(CORPUS.rglob("*.*")):
        pytest.fail("examples/corpus is empty")
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    total, new, failures = api.ingest([CORPUS], db=db)
    assert not failures, failures
    with Store(db, read_only=True) as opened:
        yield opened


def test_every_article_is_stored_once_with_facts(store):
    counts = store.stats()
    assert counts["articles"] >= 40
    assert counts["statements"] >= 100 and counts["events"] >= 40
    rows = store.sql("SELECT count(DISTINCT story) AS stories FROM articles")
    assert rows[0]["stories"] >= 6


def test_reingest_adds_nothing(store, tmp_path):
    before = store.count("articles")
    _total, new, failures = api.ingest([CORPUS], db=store.path.replace(".duckdb", "-again.duckdb"))
    assert not failures
    _total, again, _ = api.ingest([CORPUS], db=store.path.replace(".duckdb", "-again.duckdb"))
    assert new == before and again == 0


def test_no_boilerplate_left_in_text(store):
    for article in store.articles():
        for marker in ("Leave a Reply", "Legal Disclaimer", "Your email address will not be published"):
            assert marker not in article.text, (article.input_ref, marker)


def test_wire_copy_dated_from_its_wire_id(store):
    wired = store.sql("SELECT published, wire_ids FROM articles WHERE len(wire_ids) > 0")
    assert wired and all(row["published"] for row in wired)


def test_gold_annotations_are_in_the_record_format():
    for path in (EXAMPLES / "gold").rglob("*.jsonl"):  # the second annotation in gold/agreement too
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            record = json.loads(line)
            assert record.get("text") or record.get("html"), f"{path.name}:{number}"
            for statement in record.get("statements", []):
                assert statement["content"] in record["text"], f"{path.name}:{number}"
            for event in record.get("events", []):
                assert event["evidence"] in record["text"], f"{path.name}:{number}"
