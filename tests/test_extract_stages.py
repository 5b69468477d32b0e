"""Parse, actors and statements stages on small texts written for the tests."""

from __future__ import annotations

import pytest

from onrecord.errors import ModelNotAvailable
from onrecord.nlp import load
from onrecord.read import RawItem

TEXT = """Talks on the border dispute resume in Geneva

Indian Foreign Minister Subrahmanyam Jaishankar met his counterpart on Monday. “We are ready to settle every question at the table,” Jaishankar told reporters after the meeting.

Pakistani officials were more cautious. “Nothing has been agreed until everything is agreed,” said Ishaq Dar, Pakistan's foreign minister.

“The next round will take place in March,” he added. Analysts called the mood “cautiously hopeful.”"""


def run(pipeline, text: str):
    articles, failures = pipeline.run_batch([RawItem("t", text=text)])
    assert not failures
    return articles[0]


def test_paragraph_breaks_end_sentences():
    doc = load()("A headline without a full stop\n\nThe body starts here and goes on.")
    assert [s.text.strip() for s in doc.sents][0] == "A headline without a full stop"


def test_unknown_model_has_a_clear_error():
    with pytest.raises(ModelNotAvailable, match="unknown spaCy model"):
        load("xx_no_such_model")


def test_person_mentions_merge_inside_an_article(pipeline):
    article = run(pipeline, TEXT)
    people = {a.name: a for a in article.actors if a.kind == "person"}
    jaishankar = people["Subrahmanyam Jaishankar"]
    assert "Jaishankar" in jaishankar.aliases
    assert "Foreign Minister" in jaishankar.roles and jaishankar.country == "IND" and jaishankar.sector == "GOV"
    mention_ids = {m.actor_id for m in article.mentions if m.text in {"Jaishankar", "Subrahmanyam Jaishankar"}}
    assert mention_ids == {jaishankar.id}


def test_direct_quotes_with_named_and_pronoun_speakers(pipeline):
    article = run(pipeline, TEXT)
    said = {s.content: s for s in article.statements}
    first = said["We are ready to settle every question at the table"]
    assert first.speaker == "Subrahmanyam Jaishankar" and first.cue == "told reporters" and first.kind == "direct"
    assert article.text[first.start:first.end] == first.content
    assert said["Nothing has been agreed until everything is agreed"].speaker == "Ishaq Dar"
    assert said["The next round will take place in March"].speaker == "Ishaq Dar"


def test_scare_quotes_are_not_statements(pipeline):
    article = run(pipeline, TEXT)
    assert all("cautiously hopeful" not in s.content for s in article.statements)


def test_one_statement_carried_by_several_articles_is_grouped():
    import onrecord

    articles = onrecord.process([
        {"id": "late", "published": "2025-01-02",
         "text": "“We will not give up on a negotiated settlement,” Foreign Minister Maria Lindqvist said."},
        {"id": "early", "published": "2025-01-01",
         "text": "“We will not give up on a negotiated settlement,” said Maria Lindqvist on Monday."},
        {"id": "other", "published": "2025-01-01",
         "text": "“The weather in Oslo was terrible for the whole week,” said Maria Lindqvist on Monday."},
    ])
    by_id = {a.id: a for a in articles}
    late, early, other = by_id["late"].statements[0], by_id["early"].statements[0], by_id["other"].statements[0]
    assert late.group_id == early.group_id is not None
    assert late.articles == early.articles == ["early", "late"]
    assert other.group_id is None and other.articles == ["other"]
