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
