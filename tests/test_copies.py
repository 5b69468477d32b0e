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
