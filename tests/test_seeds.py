"""The two real scraped articles in ../shared/seeds (read at run time, never copied)."""

from __future__ import annotations

import pytest

import onrecord
from onrecord.read import read_inputs


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    items = list(read_inputs([seeds_dir]))
    articles = onrecord.process(items)
    return {a.input_ref.rsplit("/", 1)[-1][:3]: a for a in articles}


def test_lavrov_direct_quote_in_seed_000(seeds):
    article = seeds["000"]
    quotes = [s for s in article.statements if s.content.startswith("We are prepared to work with any American leader")]
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.kind == "direct"
    assert "Lavrov" in quote.speaker and quote.speaker.startswith("Serge")
    assert article.text[quote.start:quote.end] == quote.content


def test_comment_form_tail_of_seed_000_is_boilerplate(seeds):
    article = seeds["000"]
    for line in ("Leave a Reply", "Recent Articles:", "Table of Contents"):
        assert line not in article.text
        assert line in article.boilerplate
    assert any(line.startswith("Your email address will not be published") for line in article.boilerplate)


def test_wire_furniture_of_seed_002_is_boilerplate_and_metadata(seeds):
    article = seeds["002"]
    assert "MENAFN07112024000045015839ID1108861531" in article.boilerplate
    assert "MENAFN07112024000045015839ID1108861531" not in article.text
    assert "Legal Disclaimer:" in article.boilerplate and "Legal Disclaimer" not in article.text
    assert "(MENAFN)" not in article.text and "(MENAFN)" in article.boilerplate
    assert article.published == "2024-11-07"
    assert article.source == "MENAFN"
    assert article.wire_ids == ["MENAFN07112024000045015839ID1108861531"]


def test_every_lavrov_statement_of_seed_002_is_his_and_on_thursday_is_that_day(seeds):
    article = seeds["002"]
    lavrov = [s for s in article.statements if s.speaker and "Lavrov" in s.speaker]
    assert len(lavrov) >= 7
    others = [s for s in article.statements if s not in lavrov]
    assert not others, [(s.speaker, s.content[:40]) for s in others]
    stated = next(s for s in lavrov if s.cue == "stated")
    assert stated.date == "2024-11-07" and stated.kind == "indirect" and stated.future
    assured = next(s for s in lavrov if s.cue == "assured")
    assert assured.negated and assured.content.startswith("Moscow would not obstruct")


def test_lavrov_is_one_actor_across_the_seeds(seeds):
    lavrovs = {a.id: a for article in seeds.values() for a in article.actors if "Lavrov" in a.name}
    assert len(lavrovs) == 1
    [lavrov] = lavrovs.values()
    assert lavrov.country == "RUS" and lavrov.sector == "GOV" and "Foreign Minister" in lavrov.roles
    assert {"Sergei Lavrov", "Sergey Lavrov"} <= {lavrov.name, *lavrov.aliases}
    people = {a.name for article in seeds.values() for a in article.actors if a.kind == "person"}
    assert {"Kamala Harris", "Donald Trump", "Vladimir Putin", "Anatoly Antonov"} <= people
    speakers = {s.speaker_id for article in seeds.values() for s in article.statements if s.speaker and "Lavrov" in s.speaker}
    assert speakers == {lavrov.id}


def test_seed_002_events(seeds):
    events = seeds["002"].events
    talks = [e for e in events if e.type in {"CONSULT", "AGREE"} and e.source_country == "RUS" and e.target_country == "USA"]
    assert talks and talks[0].mode == "hypothetical" and talks[0].date == "2024-11-07"
    assert talks[0].location == "Astana" and talks[0].location_country == "KAZ"
    dismissal = next(e for e in events if e.type == "DISMISS")
    assert dismissal.source_actor == "Vladimir Putin" and dismissal.target_actor == "Anatoly Antonov"
    assert dismissal.date == "2024-10-10" and "dismissed Anatoly Antonov" in dismissal.evidence
    election = next(e for e in events if e.type == "ELECTION")
    assert election.source_actor == "Donald Trump" and election.date == "2024-11-05"
    article_text = seeds["002"].text
    for event in events:
        assert article_text[event.start:event.end] == event.evidence
