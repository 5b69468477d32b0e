"""The statement stage on the hard cases of reported speech (texts written for the tests)."""

from __future__ import annotations

import pytest

import onrecord
from onrecord.statements import find_quotes

TEXT = """German Chancellor Olaf Scholz arrived in Vilnius on Tuesday for talks with Baltic leaders.

"We will not leave our allies alone," Scholz said, "and we will not be intimidated by threats."

The chancellor added that Germany would station a brigade in Lithuania by 2027. According to Lithuanian officials, the first troops could arrive next spring.

“This is a historic moment for our country. Nobody could have imagined it ten years ago,” said Gitanas Nausėda, Lithuania's president.

“The brigade is a clear signal to Moscow.”

The Kremlin said the deployment was a provocation. Spokesman Dmitry Peskov told reporters that Russia would take "appropriate measures" to protect its security. In Peskov's words, the move "only raises tensions."

Russia's top diplomat, Sergei Lavrov, warned on Wednesday that NATO was "playing with fire". Moscow would not stand by, he insisted."""


@pytest.fixture(scope="module")
def said():
    [article] = onrecord.process([{"id": "t", "text": TEXT, "published": "2024-06-13"}])
    return {s.content: s for s in article.statements}


def test_split_quote_gives_two_statements_of_one_speaker(said):
    assert said["We will not leave our allies alone"].speaker == "Olaf Scholz"
    second = said["and we will not be intimidated by threats."]
    assert second.speaker == "Olaf Scholz" and second.kind == "direct" and second.negated


def test_title_pronoun_and_appositive_speakers(said):
    assert said["Germany would station a brigade in Lithuania by 2027"].speaker == "Olaf Scholz"
    assert said["NATO was \"playing with fire\""].speaker == "Sergey Lavrov"  # canonical spelling
    insisted = said["Moscow would not stand by"]
    assert insisted.speaker == "Sergey Lavrov" and insisted.negated and insisted.future


def test_multi_sentence_quote_and_unattributed_continuation(said):
    quote = said["This is a historic moment for our country. Nobody could have imagined it ten years ago"]
    assert quote.speaker == "Gitanas Nausėda"
    assert said["The brigade is a clear signal to Moscow."].speaker == "Gitanas Nausėda"


def test_institutions_according_to_and_in_someones_words(said):
    assert said["the deployment was a provocation"].speaker == "Kremlin"
    told = said["Russia would take \"appropriate measures\" to protect its security"]
    assert told.speaker == "Dmitry Peskov" and told.cue == "told reporters" and told.kind == "indirect"
    assert said["the first troops could arrive next spring"].cue == "according to"
    words = next(s for s in said.values() if s.cue == "in the words of")
    assert words.speaker == "Dmitry Peskov"


def test_relative_date_from_publication(said):
    assert said["NATO was \"playing with fire\""].date == "2024-06-12"


def test_quotes_open_at_paragraph_end_and_nested():
    text = "“We came to talk. We will stay\n\n“as long as it takes,” she said. “He told us ‘never again’ and meant it,” she added."
    contents = [q.content for q in find_quotes(text)]
    assert contents[0] == "We came to talk. We will stay"
    assert "He told us ‘never again’ and meant it" in contents


def test_a_clause_of_punctuation_only_is_skipped():
    [article] = onrecord.process(["He said: “…” and left."])
    assert all(s.content.strip(" .…“”") for s in article.statements)


def test_a_ministry_named_by_its_portfolio_speaks_for_its_state_not_the_last_minister():
    [article] = onrecord.process([{"id": "m", "text": (
        "Ruritanian Foreign Minister Anton Vell praised the decision. "
        "The Russian foreign ministry said recognition would bring closer cooperation.")}])
    [statement] = [s for s in article.statements if s.content.startswith("recognition")]
    speaker = next(a for a in article.actors if a.id == statement.speaker_id)
    assert (speaker.name, speaker.country, speaker.sector) == ("Russian foreign ministry", "RUS", "GOV")
