"""Provenance: rewriting and headline signals per article, copy groups across articles."""

from __future__ import annotations

import onrecord
from onrecord.copies import headline_mismatch, rewriting_evidence

BODY = ("Foreign ministers of the two countries met in Geneva on Monday and agreed to resume talks on the border "
        "dispute. \u201cWe will not give up on a negotiated settlement,\u201d Foreign Minister Maria Lindqvist said "
        "after the meeting, adding that a new round would take place in March.\n\n"
        "Officials said the sides had also agreed to reopen two crossings for traders.")


def test_spinner_swaps_and_template_headings_are_evidence():
    spun = BODY.replace("agreed to resume", "agreed once morest all odds to resume") + (
        "\n\nNavigating a Complex Landscape\n\nThe talks matter.\n\nConsiderations for the Future\n\nMore talks.")
    evidence = rewriting_evidence(spun)
    assert any("once morest" in e for e in evidence) and any("Navigating" in e for e in evidence)
    assert rewriting_evidence(BODY) == []


def test_headline_about_something_else():
    assert headline_mismatch("LIVE: Champions League final goes to penalties in Munich", BODY) is True
    assert headline_mismatch("Ministers agree to resume border talks in Geneva", BODY) is False
    assert headline_mismatch(None, BODY) is None


def test_copies_point_at_the_earliest_original():
    articles = onrecord.process([
        {"id": "wire", "url": "https://a.example/1", "source": "Wire A", "published": "2025-03-02", "text": BODY},
        {"id": "first", "url": "https://b.example/1", "source": "Paper B", "published": "2025-03-01", "text": BODY},
        {"id": "synd", "url": "https://c.example/1", "source": "MENAFN", "published": "2025-03-03",
         "text": "(MENAFN) " + BODY + "\n\nMENAFN03032025000045017702ID1109112233"},
        {"id": "near", "url": "https://d.example/1", "source": "Paper D", "published": "2025-03-04",
         "text": BODY + "\n\nThe next round is expected to last two days."},
        {"id": "other", "url": "https://e.example/1", "source": "Paper E", "published": "2025-03-04",
         "text": "Parliament in Oslo passed the budget on Tuesday after a long debate about pensions and taxes."},
    ])
    by_id = {a.url.split("//")[1][0]: a for a in articles}
    first = by_id["b"]
    assert first.copy_of is None
    assert (by_id["a"].copy_of, by_id["a"].copy_kind) == (first.id, "exact")
    assert (by_id["c"].copy_of, by_id["c"].copy_kind) == (first.id, "syndicated")
    assert (by_id["d"].copy_of, by_id["d"].copy_kind) == (first.id, "near_duplicate")
    assert by_id["e"].copy_of is None


REPORT = ("Farm ministers from the bloc agreed in Luxembourg on Tuesday to cut tariffs on grain imports from Ukraine by "
          "half from July. \u201cThis is a fair deal for our farmers and for Kyiv,\u201d Agriculture Commissioner Anna "
          "Berg said after the talks ended late at night.\n\nPoland and Hungary voted against the plan, saying cheap "
          "grain would hurt their growers. The cut will be reviewed after one year, officials said.\n\n"
          "Ukrainian exporters welcomed the decision and said shipments through Black Sea ports could rise this summer.")
PARAPHRASE = ("Agriculture ministers of the bloc decided in Luxembourg on Tuesday to halve tariffs on grain imports from "
              "Ukraine starting in July. \u201cThis is a fair deal for our farmers and for Kyiv,\u201d Agriculture "
              "Commissioner Anna Berg said once the talks ended late at night.\n\nPoland and Hungary opposed the plan, "
              "arguing that cheap grain would harm their growers. Officials said the cut will be reviewed after a year.\n\n"
              "Exporters in Ukraine welcomed the decision and said shipments via Black Sea ports might rise this summer.")
OTHER_OUTLET = ("Polish farmers blocked roads near the border with Ukraine on Wednesday in protest at a decision taken in "
                "Luxembourg. \u201cThis is a fair deal for our farmers and for Kyiv,\u201d Agriculture Commissioner Anna "
                "Berg had said, but protest leaders called it a betrayal.\n\nWarsaw said it would seek compensation "
                "for growers and asked the Commission for an emergency fund before the harvest begins.")


def test_paraphrase_without_spinner_artefacts_is_spun_but_another_report_is_not():
    articles = onrecord.process([
        {"url": "https://a.example/grain", "source": "Wire A", "published": "2025-06-03", "text": REPORT},
        {"url": "https://b.example/grain", "source": "Feed B", "published": "2025-06-04", "text": PARAPHRASE},
        {"url": "https://c.example/grain", "source": "Paper C", "published": "2025-06-04", "text": OTHER_OUTLET},
    ], stages=("provenance",))
    original, spun, other = articles
    assert spun.rewritten is False
    assert (spun.copy_of, spun.copy_kind) == (original.id, "spun")
    assert other.copy_of is None and original.copy_of is None


def test_signatures_are_stored_once_and_old_articles_are_still_found(tmp_path):
    from onrecord.resolve import resolve
    from onrecord.store import Store

    db = tmp_path / "copies.duckdb"
    first = onrecord.process([{"url": "https://a.example/1", "published": "2025-03-01", "text": BODY}], stages=("provenance",))
    with Store(db) as store:
        resolve(store, store.add(first))
        filler = [{"url": f"https://f.example/{i}", "text": f"Item {i}: the council in town {i} met on day {i} about roads."}
                  for i in range(30)]
        fillers = onrecord.process(filler, stages=("provenance",))
        resolve(store, store.add(fillers))
    copy = onrecord.process([{"url": "https://z.example/1", "published": "2025-03-09", "text": BODY}], stages=("provenance",))
    with Store(db) as store:  # a fresh index, rebuilt from the stored signatures
        resolve(store, store.add(copy))
        resolve(store, store.add(copy))
        assert store.sql("SELECT copy_of, copy_kind FROM articles WHERE id = ?", [copy[0].id]) == [
            {"copy_of": first[0].id, "copy_kind": "exact"}]
        assert store.sql("SELECT count(*) AS n FROM article_signatures")[0]["n"] == 32
