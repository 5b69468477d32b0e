"""Event stage: what actors did, coded in PLOVER 2.0, with mode, date, place and evidence.

The classifier is rules over the shared parse, driven by a lexicon (``data/plover.json``), with
seven small fitted models on top: one retypes plain statements, one drops an event whose type
its sentence's words rule out (and adds the types they bear out), one reads the mode of those
added acts, one scores each event's confidence, one chooses each event's date among those its
sentence names, one its place among those the story names, one the target country the rules
left empty.
Where PLOVER leaves room, the annotation guide (docs/annotation-events.md) decides, and the
rules cite its ids. Rules keep every decision explainable and run in well under a
millisecond per sentence on top of the parse; docs/quality.md has the measured trade-offs.

One module per question the stage answers about a trigger, each using only those above it:

- ``lexicon``: the lexicon and the word classes all share;
- ``nouns``: what an event noun names ("the talks", "martial law");
- ``grammar``: the parts of a clause (subject, objects, the verbs above a trigger);
- ``triggers``: which type a verb or noun names, alone or through its object;
- ``when_where``: the event's own date and place;
- ``parties``: who did it and to whom;
- ``modes``: actual, verbal, future, hypothetical or negated;
- ``speech``: a plain statement whose words say accusation or threat, retyped by a fitted model;
- ``read_modes``: the mode of an act no trigger named, read from its sentence's words by a fitted model;
- ``sentence_types``: how likely each type is in a sentence, by a fitted model; a check on the rules
  and the acts they missed beside the ones they coded;
- ``confidence``: how likely a coded event is one an annotator codes too; the unlikeliest dropped;
- ``event_dates``: when each act happened, chosen among the dates its sentence names and the
  rules' date by a fitted model;
- ``places``: where each act happened, chosen among the places its sentence and the two before
  it name, the rules' place and the dateline by a fitted model;
- ``targets``: the target country of an event the rules gave none, chosen among the sentence's,
  the source's and the story's own by a fitted model;
- ``stage``: the registered stage, every event of one article, each with its confidence;
- ``merge``: one event told by several articles, grouped.
"""

from __future__ import annotations

from .merge import merge_events, same_event
from .stage import events_in, find_events

__all__ = ["events_in", "find_events", "merge_events", "same_event"]
