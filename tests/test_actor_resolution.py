"""Actors across articles: spelling variants merge, different people stay apart."""

from __future__ import annotations

import pytest

import onrecord
from onrecord.actors import same_person


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Sergei Lavrov", "Sergey Lavrov", True),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
    ("Muammar Gaddafi", "Muammar Qadhafi", True),
    ("Dmitry Peskov", "Dmitri Peskov", True),
    ("Mohammed bin Salman", "Muhammad bin Salman", True),
    ("Bashar al-Assad", "Assad", True),
    ("Kim Jong Un", "Kim Yo Jong", False),
    ("Boris Johnson", "Mike Johnson", False),
    ("Raúl Castro", "Fidel Castro", False),
    ("Donald Trump", "Donald Tusk", False),
])
def test_same_person(a, b, same):
    assert same_person(a, b) is same


def test_variants_across_articles_become_one_actor():
    articles = onrecord.process([
        {"id": "one", "text": "Russian Foreign Minister Sergei Lavrov met envoys. “We are ready for talks,” Lavrov said."},
        {"id": "two", "text": "Foreign Minister Sergey Lavrov flew to Astana. “Moscow will not obstruct it,” Lavrov told reporters."},
        {"id": "three", "text": "British Prime Minister Boris Johnson spoke. Separately, Speaker Mike Johnson said “the House will vote.”"},
    ])
    lavrov = {a.id: next(x for x in a.actors if "Lavrov" in x.name) for a in articles if a.id != "three"}
    assert lavrov["one"].id == lavrov["two"].id
    assert {"Sergei Lavrov", "Sergey Lavrov"} <= {lavrov["one"].name, *lavrov["one"].aliases}
    speakers = {s.speaker_id for a in articles if a.id != "three" for s in a.statements}
    assert speakers == {lavrov["one"].id}
    johnsons = {x.name for x in articles[2].actors if "Johnson" in x.name}
    assert johnsons == {"Boris Johnson", "Mike Johnson"}
