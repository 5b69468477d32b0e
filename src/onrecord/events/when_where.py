"""The event's own date and place: a date phrase in the trigger's clause ("on Tuesday"),
resolved against the publication date, and a place in it or, for acts done where the
story is filed, the dateline; each place located in the gazetteer.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Collection
from typing import TYPE_CHECKING, Literal

from ..actors import country_counts, dateline_country, home_country
from ..dates import MONTHS, UNIT_PRECISION, WEEKDAYS, date_phrase, moved, parse_published, possessive, resolve_date
from ..gazetteer import capital_of, dateline_place, locate, lookup
from ..pipeline import Work
from ..records import Statement
from ..statements import lexicon as cue_lexicon
from .grammar import clause_tokens, done_participle, infinitive, objects_of, scheduled, subject_of, verb_chain, verb_of
from .lexicon import ACTOR_ENTITIES, MODAL_FUTURE, REGION_NOUNS, SETTLEMENT_NOUNS, plover
from .nouns import noun_kind
from .triggers import CONTENT_TAKERS, classify

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


DATELINE_LENGTH = 60
Located = tuple[str | None, str | None, float | None, float | None]  # place, its country, latitude, longitude
NOWHERE: Located = (None, None, None, None)
# how the place was found: "destination" is gone to, "said" is where the statement holding the trigger was made
Found = Literal["text", "destination", "said", "dateline", "none"]
COMPASS = {"northern", "southern", "eastern", "western", "north-eastern", "north-western", "south-eastern",
           "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}
COMPASS_POINTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}  # "west of Marib"
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "along", "off", "around"}  # "off Delft island": at sea by it
QUARTER_NOUNS = {"street", "outskirts", "centre", "center", "suburb"}  # "the streets of Caracas" are in Caracas
GATHERING_PLACES = {"square", "plaza", "monument"}  # "in Syntagma Square in Athens": the square, named for itself
SEAT_NOUNS = {"court", "headquarters", "bazaar", "assembly"}  # "a Beijing court sentenced": done in Beijing
SEAT_INSTITUTIONS = {"ministry", "palace", "presidency", "legislature"}  # with the assemblies, where power sits
RESIDENT_NOUNS = {"resident", "villager", "inhabitant"}  # "residents of Tulcea rallied": in Tulcea
SPEAKING_VERBS = {"speak", "address", "talk"}  # "speaking in Vilnius, she thanked …": where the words were said
MEETING_TYPES = {"AGREE", "CONSULT"}  # done where the parties meet, the host's capital too
DIPLOMAT_NOUNS = {"ambassador", "d'affaires", "consul", "attaché", "attache"}  # "summoned the charge d'affaires in Tehran"
SIGNED_TYPES = {"AGREE", "COOPERATE"}  # "signed a deal in Doha": their object is a document, signed where they meet
ABOUT_PREPOSITIONS = {"on", "over", "about", "against", "into"}  # "a deal on troops in Abyei": what it is about
GRIEVANCE_PREPOSITIONS = {"over", "about", "of", "against"}  # "summoned the envoy over an attack in Suwalki"
BACKGROUND_MARKS = {"after", "since", "as", "when", "while", "before", "because", "until", "once"}
BACKGROUND_PREPOSITIONS = {"after", "since", "following", "amid", "over", "despite", "before"}
TIMES_OF_DAY = {"dawn", "daybreak", "sunrise", "noon", "dusk", "sunset", "nightfall", "midnight"}
SEQUENCE_SIGN = {"after": -1, "following": -1, "before": 1}  # "a day after" the act above: one day earlier
DAYS_IN_UNIT = {"day": 1, "week": 7}
COUNTED_SIGN = {"later": 1, "earlier": -1}  # "a day earlier" than the day told before
ORDINAL_SIGN = {"next": 1, "following": 1, "previous": -1}  # "the next day", "the following year"
SAME_DAY_UNITS = {"hour", "minute"}  # "hours later": the same day
MULTITUDES = {"dozens", "scores", "hundreds", "thousands", "millions"}  # "dozens of activists": a count of many
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10}


def looks_ahead(token: Token) -> bool:
    """A planned or promised event: its weekdays and months lie ahead of the publication date. A
    bare participle is a clause of its own ("under a deal signed on Jan. 29, the sides agreed to
    run patrols"): the plan it sits in does not put it ahead; so is a relative clause ("the
    president, who was re-elected in December, invited …")."""
    chain = [token] if done_participle(token) else verb_chain(token)
    chain = chain[:next((i + 1 for i, t in enumerate(chain) if t.dep_ == "relcl"), len(chain))]
    auxiliaries = {c.lower_ for t in chain[:3] for c in t.children if c.dep_ in {"aux", "auxpass"}}
    planned = {t.lemma_.lower() for t in chain[1:4]} & set(plover()["future_verbs"] + plover()["intent_verbs"])
    due = any(t.dep_ == "acomp" and t.lemma_.lower() in plover()["schedule_words"] for t in chain[1:])
    # "a court is due to rule on Friday on whether to extend his detention": the ruling's Friday is ahead
    return bool(auxiliaries & (MODAL_FUTURE | {"would"}) or planned or due or scheduled(token) or _timetabled(token))


def _timetabled(token: Token) -> bool:
    """An act told in the bare present with its day, the way news gives the calendar: "Ghanaians
    vote on Saturday", "the leaders meet on Monday". Only verbs of the calendar (``calendar_verbs``):
    the parser tags unknown past forms present ("retook the post on Wednesday"), and "says on
    Monday" is a headline's past. Acts under another verb take that verb's tense; a purpose
    infinitive takes its verb's ("go to the polls on Thursday to elect a president")."""
    finite = next((t for t in verb_chain(token) if not infinitive(t)), token)  # "go to the polls … to elect"
    return (finite.tag_ in {"VBP", "VBZ"} and finite.dep_ in {"ROOT", "conj"} and finite.lemma_.lower() in plover()["calendar_verbs"]
            and not any(c.dep_ in {"aux", "auxpass"} for c in finite.children))


def election_country(sentence: Span) -> str | None:
    """The country of "the U.S. presidential election" in the sentence."""
    for token in sentence:
        if token.lemma_.lower() in {"election", "vote", "poll", "referendum"}:
            for child in token.children:
                place = lookup(child.text) if child.ent_type_ in {"GPE", "NORP"} else None
                if place is not None:
                    return place.iso3
    return None


def event_date(work: Work, token: Token, clause: list[Token], ahead: bool, event_type: str) -> str | None:
    """The first date phrase of the trigger's clause that resolves ("seven-day" does not); for an
    act told "a day after" the one above it, that act's day moved by the distance, or "a day
    earlier" than the one told before it (D1); else the day its purpose clause names ("sent to
    help patrol the frontier on Tuesday", where the parser hangs it)."""
    ids = {t.i for t in clause} - (_charged_act(token) if event_type == "ACCUSE" else set()) | _day_before_verb(token)
    if token.lemma_.lower() in plover()["halting_verbs"]:  # "stopped selling power to the grid on Sept 1": the act
        ids |= {t.i for c in token.children if c.dep_ == "xcomp" for t in clause_tokens(c)}  # halted holds the day
    if token.dep_ == "relcl":  # "the election on November 5, where Trump won"
        ids |= {t.i for t in token.head.subtree if t.i not in {s.i for s in token.subtree}}
    return (_day_set(work, token) or date_among(work, token.sent, ids, ahead, owner=token)
            or _counted_from_before(work, token, ids) or _when_of(work, token)
            or date_among(work, token.sent, _time_governors(token), ahead)
            or date_among(work, token.sent, _described_objects(token), ahead) or _told_within(work, token, ahead)
            or _date_by_distance(work, token, ahead) or _counted_from_before(work, token, {token.i, *_time_governors(token)})
            or date_among(work, token.sent, _purpose(token, event_type), ahead))


def _day_set(work: Work, token: Token) -> str | None:
    """The day an act named by a noun, or typed on the verb that sets it, is set for: "set a snap
    election for October 11", "an election scheduled for December 2026", "a vote is scheduled for
    October 14", "called a strike for Tuesday" (D1: the day set, not the day of the setting; "for" dates it here, where
    elsewhere it measures a span)."""
    setting = {*plover()["schedule_words"], "call"}
    if token.pos_ == "VERB" and token.lemma_.lower() in setting:  # typed on the verb: "called a snap election for
        holders = [token, *(o for o in token.children if o.dep_ == "dobj")]  # February 22", "for" on either word
    elif token.pos_ == "NOUN":
        verbs = [c for c in token.children if c.dep_ == "acl"] + ([token.head] if token.dep_ in {"dobj", "nsubjpass"} else [])
        holders = [verb for verb in verbs if verb.lemma_.lower() in setting]
    else:
        return None
    days = [o for holder in holders
            for p in holder.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return next((day for o in days if o.ent_type_ == "DATE" and (day := resolve_date(  # the phrase the "for" governs,
        o.doc[o.left_edge.i:o.right_edge.i + 1].text.strip(" ,"),  # not "February 22, eight days after"
        work.article.published, ahead=True)) is not None), None)


def _day_before_verb(token: Token) -> set[int]:
    """A day told right before the verb that the parser hangs on its subject's modifier ("the judge
    investigating the port explosion on Wednesday charged two former ministers"): the verb's day."""
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    day = next((e for e in token.sent.ents if e.label_ == "DATE" and e.end == token.i), None)
    if subject is None or day is None or day.root.dep_ != "pobj" or day.root.head.lower_ != "on" or (
            day.root.head.i not in {t.i for t in subject.subtree}):
        return set()
    return {t.i for t in day}


def _charged_act(token: Token) -> set[int]:
    """The act an accusation or a blame is about, told as a gerund ("accused the government of
    cutting the budget last year", "blamed the rebels for shelling the town in March"): its date
    is that act's (X2), not the accusation's."""
    return {t.i for p in token.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
            for c in p.children if c.dep_ == "pcomp" and c.pos_ == "VERB" for t in c.subtree}


def _when_of(work: Work, token: Token) -> str | None:
    """The date a "when" clause hangs on, whatever phrase holds it: "the worst row since 2020, when
    New Delhi accused Kathmandu …" dates the accusation 2020 ("since 2020" alone dates nothing); the
    parser may hang the clause on the main verb ("were the largest since July 2021, when thousands
    demonstrated"), and then the date is the phrase just before "when". An act told inside the
    clause takes its date too: "the most serious since 2010, when Japan's arrest of a captain led
    Beijing to halt exports" dates the arrest and the halt 2010."""
    token = next((t for t in [token, *token.ancestors] if t.dep_ in {"relcl", "advcl"} and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in t.children)), token)
    when = next((c for c in token.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is None or token.dep_ not in {"relcl", "advcl"}:
        return None
    before = [t for t in token.doc[max(when.i - 2, 0):when.i] if not t.is_punct][-1:]
    anchor = token.head if token.dep_ == "relcl" else before[0] if before and when.i < token.i else None
    if anchor is None:
        return None
    ent = next((e for e in token.doc.ents if e.start <= anchor.i < e.end and _dated(e)), None)
    return resolve_date(ent.text, work.article.published) if ent is not None else None


def set_ahead(date: str | None, published: str | None) -> bool:
    """Whether a date (a day, a month or a year) lies after the publication date's: the day set
    for an act announced, not one it was done or told on."""
    return date is not None and published is not None and date > published[:len(date)]


def _counted_from_before(work: Work, token: Token, heads: set[int]) -> str | None:
    """D1: the date a phrase hung on one of ``heads`` counts from the one told before it
    (``counted_from_before``): the trigger's own clause first ("arrested in 2016 and sentenced
    two years later" dates the sentence 2018, not 2016), then the verbs it may take its day from."""
    word = next((w for w in token.sent if _counted(w) is not None and verb_of(w).i in heads), None)
    return counted_from_before(word, work.article.published) if word is not None else None


def counted_from_before(word: Token, published: str | None) -> str | None:
    """D1: the date a phrase counts from the last one told before it, in its sentence or the one
    above: "Lavrov had held talks a day earlier", "Hours later, Noboa decreed …", "recalled their
    ambassadors the same day", "arrested in 2016 and sentenced to death two years later" (2018),
    "released them the next day"; None for a word that counts nothing, a bare "later" among them."""
    counted = _counted(word)
    if counted is None:
        return None
    sentence = word.sent
    told = word.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    before = [e for e in word.doc.ents if told <= e.start and e.end <= word.left_edge.i and _dated(e)]
    anchor = next((d for e in reversed(before) if (d := resolve_date(date_phrase(e), published))), None)
    return moved(anchor, *counted) if anchor else None


def _counted(word: Token) -> tuple[int, str] | None:
    """The units a phrase counts from the date told before it, signed, and the unit: "a day
    earlier" (-1, day), "two years later" (2, year), "the next day" (1, day), "hours later" and
    "the same day" (0, day); None for any other word."""
    lemma = word.lemma_.lower()
    determined = any(c.lower_ == "the" for c in word.children)
    if lemma in UNIT_PRECISION and any(c.lower_ in {"same", "that"} for c in word.children):
        return 0, lemma
    ordinal = next((ORDINAL_SIGN[c.lower_] for c in word.children if c.dep_ == "amod" and c.lower_ in ORDINAL_SIGN), None)
    if lemma in UNIT_PRECISION and ordinal is not None and determined and word.dep_ in {"npadvmod", "pobj", "advmod"}:
        return ordinal, lemma  # "the following year"; "next year" without "the" counts from the publication
    if word.lower_ not in COUNTED_SIGN or word.dep_ != "advmod":
        return None
    if word.head.lemma_.lower() == "day" and any(c.lower_ == "same" for c in word.head.children):
        return 0, "day"  # "later the same day"
    measure = next((c for c in word.children if c.dep_ == "npadvmod"), None)
    unit = measure.lemma_.lower() if measure is not None else ""
    if unit in SAME_DAY_UNITS:
        return 0, "day"
    count = next((COUNT_WORDS.get(c.lower_, int(c.text) if c.text.isdigit() else 0) for c in measure.children
                  if c.dep_ in {"det", "nummod"}), 1) if unit in UNIT_PRECISION else 0
    return (count * COUNTED_SIGN[word.lower_], unit) if count else None


def _described_objects(token: Token) -> set[int]:
    """Verbs that only describe the trigger's object, where the parser may hang the act's date:
    "ratified Sweden's bid to join NATO late on Tuesday"."""
    return {v.i for o in objects_of(token)
            for v in o.children if v.dep_ == "acl" and v.pos_ == "VERB" and classify(v) is None}


def date_among(work: Work, sentence: Span, heads: set[int], ahead: bool, among: Collection[int] | None = None,
               owner: Token | None = None) -> str | None:
    """The first date of the sentence attached to one of ``heads`` that resolves (and, with
    ``among``, whose root is one of those tokens); a date put before a noun as its owner ("last
    month's killing") dates that noun, when it is the trigger ``owner``, the act done to it ("won
    Saturday's election") or in it ("were killed in Friday's attack"), not an act that only
    refers to it ("demanded a recount of last month's vote")."""
    for ent in sentence.ents:
        attached = ent.root.i in heads or verb_of(ent.root).i in heads
        if may_date(ent, owner) and (among is None or ent.root.i in among) and attached:
            phrase = date_phrase(ent)
            if phrase.startswith("since ") and _counted_over(ent):
                continue
            held = owner is not None and verb_of(ent.root) == owner and _held_since(ent, phrase)
            resolved = resolve_date(phrase.removeprefix("since ") if held else phrase,
                                    work.article.published, ahead=ahead and not told_done(ent))
            if resolved is not None:
                return resolved
    return None


def may_date(ent: Span, owner: Token | None = None) -> bool:
    """Whether a date phrase may date the act ``owner`` (or any act told around it): not a date
    owned by another noun ("demanded a recount of last month's vote"), nor one in a phrase of
    cause (``_in_background``), a weekly habit, or a distance ("a day after …" measures, it does
    not date)."""
    owned = ent.root.head
    if (possessive(ent) or _naming_year(ent)) and owned != owner and owned.dep_ == "pobj" and (
            owned.head.lower_ not in {"in", "during"}):
        return False
    return _dated(ent) and not _in_background(ent) and not _weekly(ent) and not (
        ent.end < len(ent.doc) and _distance(ent.doc[ent.end]))


def _held_since(ent: Span, phrase: str) -> bool:
    """D1: one continuing captivity begun then takes that date ("whose founder has been jailed
    since August 2024", "fishermen held since January"), the captivity's own, not that of an act
    told around it ("freed fishermen held since January"); acts counted over the span do not
    ("224 people have been detained since Thursday"), nor talks "not held since 2019"."""
    verb = verb_of(ent.root)
    held = [o for o in objects_of(verb) if o.dep_ in {"nsubjpass", "dobj"} or verb.dep_ == "acl" and o.i == verb.head.i]
    return phrase.startswith("since ") and verb.lemma_.lower() in {"jail", "imprison", "hold"} and bool(held) and all(
        noun_kind(o) is None for o in held)


def _counted_over(ent: Span) -> bool:
    """D1: acts counted since a day are many acts, none of them on it ("have jailed dozens of
    activists since 2020", "had destroyed more than 300 dredges since 2024", "224 people had been
    detained since Thursday"); not a state held since then ("under a blockade since 2007")."""
    return any(o.tag_ == "NNS" and (o.lower_ in MULTITUDES or any(
        c.dep_ == "nummod" or c.lower_ in {"several", "many", "numerous"} for c in o.children))
        for o in objects_of(verb_of(ent.root)) if o.dep_ in {"dobj", "nsubjpass"})


def _naming_year(ent: Span) -> bool:
    """A bare year put before a noun as part of its name ("a violation of the 1974 disengagement
    agreement"), which dates that thing like an owner's date does, not the act told."""
    root = ent.root
    return len(ent) == 1 and root.like_num and len(root.text) == 4 and root.dep_ in {"nummod", "compound", "amod"} and (
        root.head.pos_ == "NOUN")


def _weekly(ent: Span) -> bool:
    """A weekday naming a kind of thing held every week ("inciting hatred in Friday sermons",
    "after Sunday prayers"): no day of the act; not "the Friday vote" nor "Saturday's election"."""
    root = ent.root
    return len(ent) == 1 and root.lower_ in WEEKDAYS and root.dep_ == "compound" and root.head.tag_ == "NNS" and (
        noun_kind(root.head) is None)


def _in_background(ent: Span) -> bool:
    """A date inside a phrase of cause or time, which dates the act that phrase names: "defying
    calls to step aside after an election last July", "strikes since the fall of Assad in
    December", "despite the deadline passing last month"; not "before dawn on Saturday", itself a
    time."""
    for t in ent.root.ancestors:
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"pobj", "pcomp"}:
            return False
        if t.dep_ == "prep" and t.lower_ in BACKGROUND_PREPOSITIONS and not any(
                c.dep_ in {"pobj", "pcomp"} and (c.ent_type_ in {"DATE", "TIME"} or c.lemma_.lower() in TIMES_OF_DAY)
                for c in t.children):
            return True
    return False


def told_done(ent: Span) -> bool:
    """A date on a verb in the simple past, which lies behind the publication date also in a
    sentence about plans: "agreed on Friday to hold exercises", "said on Monday it would"."""
    return verb_of(ent.root).tag_ == "VBD"


def _dated(ent: Span) -> bool:
    """A date, or a time of a named day ("on Sunday night", "on Wednesday evening"), which the
    model tags TIME."""
    return ent.label_ == "DATE" or ent.label_ == "TIME" and any(t.lower_ in WEEKDAYS for t in ent)


def _governors(token: Token) -> set[int]:
    """The words a trigger's own time and place may hang on when its clause names none: the
    verbs above it ("signed an order withdrawing …  on Monday") and those coordinated with it
    ("pardoned and released 14 prisoners on Saturday", "rallied outside the mayor's office on
    Monday, and police detained 14 of them"); not a speech verb or those above it, whose day is
    the telling's (D1: "said on Friday it had pulled out" leaves the pullout undated), nor a
    clause with a subject of its own told after the trigger's, another act ("urged talks, and
    police were deployed at the gates on Wednesday": not the appeal's day or place)."""
    telling = reported_in(token)
    above = token.ancestors if telling is None else itertools.takewhile(lambda t: t != telling[0], token.ancestors)
    if described(token):
        above = []
    fellows = [c for c in token.conjuncts if c.i < token.i or not _joined_clause(c)]
    return {t.i for t in [*above, *fellows, *_predicate(token)] if t.pos_ in {"VERB", "AUX"}}


def _predicate(noun: Token) -> list[Token]:
    """The verbs that tell where and when an act named as a subject happens: "talks are set to
    resume in Muscat", "the next round is due to be held in Manila"."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    chain, stack = [], [noun.head]
    while stack:
        verb = stack.pop()
        chain.append(verb)
        stack.extend(c for c in verb.children if c.dep_ in {"xcomp", "acomp"})
    return chain


def described(token: Token) -> bool:
    """A past participle or a relative clause that only describes a noun ("freed under a deal
    brokered by Qatar on Friday", "completing a withdrawal demanded by the rulers", "demanded on
    Thursday the release of a reporter who was detained"): an act done on a day and at a place
    of its own, not those of the verb the noun hangs on (D1). Not a measure's content ("backed a
    measure to close the strait"), nor a clause on a phrase that places or times the act ("during
    a barrage that killed 31 people", "in Lask, where protesters gathered"); but a clause whose
    own doer acts on that phrase's noun is ("won in December in elections that the opposition
    boycotted": the boycott is not dated December)."""
    acted_on = any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in token.children) and any(
        c.dep_ == "nsubj" for c in token.children)
    relative = token.dep_ == "relcl" and not infinitive(token) and (token.head.dep_ != "pobj" or acted_on)
    return token.dep_ == "acl" and token.tag_ == "VBN" or relative


def _joined_clause(verb: Token) -> bool:
    """A verb coordinated with another that has a subject of its own: "…, and strikers blocked
    the highway" is a clause apart, not a second verb of the same doers."""
    return verb.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def reported_in(token: Token) -> tuple[Token, Token] | None:
    """The reporting verb whose content clause holds the trigger, and that clause: "said on Friday
    [it had pulled out]", "[sacked him on Monday], state television reported"."""
    for below, above in itertools.pairwise([token, *token.ancestors]):
        if below.dep_ in {"ccomp", "parataxis"} and above.lemma_.lower() in cue_lexicon()["reporting"]:
            return above, below
    return None


def _told_within(work: Work, token: Token, ahead: bool) -> str | None:
    """A date the parser hung on a trailing reporting verb though it stands before the
    attribution, in the reported clause: "sacked him on Monday, state television reported"."""
    telling = reported_in(token)
    if telling is None:
        return None
    speech, content = telling
    if content.i > speech.i:
        return None
    teller = next((c for c in speech.children if c.dep_ == "nsubj"), speech)
    attribution = min(teller.left_edge.i, speech.i)
    return date_among(work, token.sent, {speech.i}, ahead, range(content.i, attribution))


def _time_governors(token: Token) -> set[int]:
    """The governors (``_governors``) whose day is the trigger's: for an act told "after" or
    "before" another, only those inside its own clause ("sacked her on Monday after she accused
    police": the accusation is not dated Monday)."""
    word = sequence_word(token)
    if word is None:
        return _governors(token)
    return _governors(token) & {t.i for t in _sequenced_clause(word).subtree}


def sequence_word(token: Token) -> Token | None:
    """The "after" or "before" that sets the trigger apart from the act it is told against:
    "recalled its envoy, a day after Ghana opened a consulate", "curfew after days of protests"."""
    for t in [token, *token.ancestors]:
        if t.lower_ in SEQUENCE_SIGN and t.dep_ == "prep":
            return t
        mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in SEQUENCE_SIGN), None)
        if mark is not None and (t == token or t.dep_ != "ROOT"):  # a marked root is a misparse above the trigger
            return mark
    return None


def _sequenced_clause(word: Token) -> Token:
    """The clause or phrase an "after" or "before" opens: the verb it marks, or the preposition."""
    return word.head if word.dep_ == "mark" else word


def _distance(word: Token) -> int | None:
    """The days the words before an "after" or "before" measure ("a day after", "nine days
    before"; "hours after", however many, the same day, as "hours later" is), signed as the
    sequence goes; None where they measure none ("days after")."""
    if word.lower_ not in SEQUENCE_SIGN or word.i < 2:
        return None
    unit, count = word.doc[word.i - 1].lemma_.lower(), word.doc[word.i - 2].lower_
    if unit in SAME_DAY_UNITS:
        return 0
    number = COUNT_WORDS.get(count, int(count) if count.isdigit() else 0)
    return number * DAYS_IN_UNIT[unit] * SEQUENCE_SIGN[word.lower_] if unit in DAYS_IN_UNIT and number else None


def _date_by_distance(work: Work, token: Token, ahead: bool) -> str | None:
    """D1: "a day after", "nine days after" an anchored date: "Algeria recalled its envoy on
    Wednesday, a day after Ghana opened a consulate" dates the opening to Tuesday. The day is
    that of the verbs the "after" clause hangs on, else the lead's, else the publication date
    ("The move came a week after gunmen abducted schoolgirls": the move is the news the lead
    dates; "His comments came a day after the bloc adopted sanctions": the day's news)."""
    word = sequence_word(token)
    if word is None or _sequenced_clause(word) not in {token, token.head, verb_of(token)}:
        return None  # "a week after gunmen abducted schoolgirls, an attack that triggered protests": not the protests
    days = _distance(word)
    if days is None:
        return None
    clause = _sequenced_clause(word)
    heads = {t.i for t in [clause, *clause.ancestors, *clause.conjuncts] if t.pos_ in {"VERB", "AUX"}}
    lead = next(token.doc.sents)
    anchor = parse_published(date_among(work, token.sent, heads, ahead) or (
        date_among(work, lead, {lead.root.i}, ahead=False) if lead != token.sent else None)
        or work.article.published)  # a month: None
    return (anchor + dt.timedelta(days=days)).isoformat() if anchor is not None else None


def event_place(token: Token, clause: list[Token], event_type: str, statement: Statement | None) -> tuple[Located, Found]:
    """Where it happened, and how it was found: "in / at X" in the trigger's clause ("in the Saudi
    city of Jeddah" too), or the place gone to ("will travel to Lask", a destination, not the
    doers' home), else in the clauses above it ("rose along the Line of Control when troops
    exchanged fire"), else in its purpose clause, else where its statement was made, else the
    dateline of a paragraph's first sentence ("MANILA - …"), which ``filed_elsewhere`` may undo."""
    sentence = token.sent
    near = named_countries(token.doc)
    if event_type in CONTENT_TAKERS:  # "demanded an end to operations in Gaza": Gaza is what it is about
        about = {t.i for c in token.children if c.dep_ in {"dobj", "ccomp", "xcomp"} or (
            c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPOSITIONS) for t in c.subtree}
        clause = [t for t in clause if t.i not in about - _done_with(token, event_type)]
    governors = _governors(token)
    governed = {t.i for t in sentence if t.pos_ not in {"VERB", "AUX"} and verb_of(t).i in governors}
    kind = "PROTEST" if event_type == "REQUEST" and demanded_marching(token) else event_type
    for ids in ({t.i for t in clause}, governed, _purpose(token, event_type)):
        found = _place_among(sentence, ids, kind, near)
        if found is not None:
            where = _one_of_several(sentence, found[0], near) or _site_in_town(sentence, found[0], near) or (
                located(found[0], near))
            return where, "destination" if found[1] else "text"
    on_object = event_type in SIGNED_TYPES or event_type not in CONTENT_TAKERS or _done_to_people(token)
    town = _town_on_object(token, near) if on_object else None
    if town is not None:
        return located(town, near), "text"
    return told_where(token, statement)


def named_countries(doc: Doc) -> set[str | None]:
    """The countries a story names and its dateline's: where a town of a shared name is looked for."""
    return {*country_counts(doc), dateline_country(doc)}


def sentence_place(sentence: Span) -> Located:
    """The first place a sentence names "in / at / near X", whichever act it belongs to: where an
    act read from the sentence's words alone most likely was (no verb of the rules says)."""
    near = named_countries(sentence.doc)
    found = _place_among(sentence, {t.i for t in sentence}, "", near)
    return located(found[0], near) if found is not None else NOWHERE


def _town_on_object(token: Token, near: Collection[str]) -> str | None:
    """A town the parser hangs on the act's object rather than on its verb ("signed a declaration
    of principles in Doha", "signed an agreement for the field in Kuwait City"); not one inside
    what the object is about ("a deal on troops in Abyei"), nor in a clause of its own ("released
    Krasikov, serving a sentence for a murder in Berlin"), nor a country."""
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        for noun in obj.subtree:
            if noun.dep_ != "pobj" or noun.ent_type_ != "GPE" or noun.head.lower_ not in {"in", "at"} or (
                    noun.head.head.pos_ not in {"NOUN", "PROPN"}):
                continue
            between = list(itertools.takewhile(lambda t: t.i != obj.i, [noun.head.head, *noun.head.head.ancestors]))
            if any(t.dep_ == "prep" and t.lower_ in ABOUT_PREPOSITIONS or t.pos_ in {"VERB", "AUX"} for t in between):
                continue
            name = next(ent.text for ent in noun.doc.ents if ent.start <= noun.i < ent.end)
            if _town(name, near):
                return name
    return None


def _done_to_people(token: Token) -> bool:
    """Whether the act's object is people, who are where it was done to them ("summoned the
    ambassador in Tokyo", "accused the suspects in Ouanaminthe"), whatever it is about."""
    people = set(plover()["person_nouns"]) | set(plover()["member_nouns"]) | DIPLOMAT_NOUNS
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in people or c.lower_ in people) for c in token.children)


def _one_of_several(sentence: Span, name: str, near: Collection[str]) -> Located | None:
    """An act told in several named places ("talks in Baku and Paris", "arrests in Lask, Varo
    and Ossa"): no one place, only the country they share, if they share one (L1)."""
    ent = next((e for e in sentence.ents if e.label_ in {"GPE", "LOC"} and e.root.dep_ == "pobj" and (
        unarticled(e.text) == name)), None)  # the place "in" which it was done, not a namesake elsewhere in the sentence
    if ent is None:
        return None
    others = [e for e in sentence.ents if e.label_ in {"GPE", "LOC"} and e.root.i in {c.i for c in ent.root.conjuncts}]
    if not others:
        return None
    countries = {located(unarticled(e.text), near)[1] for e in [ent, *others]}
    return None, countries.pop() if len(countries) == 1 else None, None, None


def _site_in_town(sentence: Span, name: str, near: Collection[str]) -> Located | None:
    """A site the gazetteer does not know, told with its town ("in Syntagma Square in Athens"): the
    site, in the town's country and at its coordinates."""
    site = next((e for e in sentence.ents if unarticled(e.text) == name), None)
    if site is None or locate(name, near) is not None or site.end + 1 >= sentence.end or (
            sentence.doc[site.end].lower_ not in {"in", "of"}):
        return None
    town = next((e for e in sentence.ents if e.start == site.end + 1 and e.label_ == "GPE"), None)
    where = locate(unarticled(town.text), near) if town is not None else None
    return (name, where.iso3, where.latitude, where.longitude) if where is not None else None


def _purpose(token: Token, event_type: str) -> set[int]:
    """An act's purpose clause, which tells where and when it was done ("used water cannon to
    disperse protesters near the Gare du Midi", "deployed troops to secure the port of Noumea");
    not what a demand or an accord is about ("urged them to withdraw from Gaza")."""
    if event_type in CONTENT_TAKERS | set(plover()["speech_acts"]):
        return set()
    return {t.i for c in token.children if c.dep_ in {"xcomp", "advcl"} and infinitive(c) for t in c.subtree}


def told_where(token: Token, statement: Statement | None) -> tuple[Located, Found]:
    """Where the words holding the trigger were said ("told reporters in Suva"), else the
    dateline of a paragraph's first sentence, which ``filed_elsewhere`` may undo."""
    near = named_countries(token.doc)
    if statement is not None and statement.place:
        return located(statement.place, near), "said"
    spoken = _speaking_place(token)
    if spoken is not None:
        return located(spoken, near), "said"
    filed = paragraph_dateline(token.sent) if sequence_word(token) is None else None  # "a day after police raided …" is not filed
    return (located(filed, near), "dateline") if filed is not None else (NOWHERE, "none")


def _speaking_place(token: Token) -> str | None:
    """Where the doer was speaking when the act was done in words: "Marchuk, speaking in Vilnius,
    thanked Bern", "Speaking at a rally in Lask, the senator urged …" (a participle on the doer
    or on the verb, the first of coordinated verbs too, which the speech cues of a statement do not cover)."""
    subject = subject_of(token)[0]
    holders = [token, *([token.head] if token.dep_ == "conj" else []), *([subject] if subject is not None else [])]
    for participle in (c for holder in holders for c in holder.children
                       if c.dep_ in {"acl", "advcl"} and c.tag_ == "VBG" and c.lemma_.lower() in SPEAKING_VERBS):
        for ent in token.doc.ents:
            if ent.label_ in {"GPE", "LOC", "FAC"} and participle.left_edge.i <= ent.start <= participle.right_edge.i:
                return ent.text
    return None


def demanded_marching(token: Token) -> bool:
    """A demand made by marching ("marched through Crawley, south of London, to demand a say",
    "staged a sit-in outside the base demanding their land back"): made where the protest is."""
    return token.dep_ in {"advcl", "xcomp"} and classify(token.head) == "PROTEST"


def announced_in_words(token: Token, mode: str, found: Found) -> bool:
    """Guide L2, M2: an act announced in words ("Poland will close the consulate in Krakow, the
    minister said", "agreed to open talks on the zone in the East China Sea") is located where
    the announcement was made, not where the act it announces will happen; an act done in words
    to people where they are ("summoned the ambassador in Tokyo, the ministry said") stays there,
    as does a demand made by marching ("marched through Mekelle demanding …, witnesses said").
    So is an act offered or agreed to ("offered to host talks in Gaborone", "agreed to meet again
    in New York"): the place is the act's, which has not happened anywhere yet."""
    said_or_offered = reported_in(token) is not None or _offered(token)
    return mode == "verbal" and found in {"text", "destination"} and said_or_offered and not (
        found == "text" and (_done_to_people(token) or demanded_marching(token)))


def _offered(token: Token) -> bool:
    """An act told as offered, promised or agreed to: the trigger is the offering verb with the act
    as its infinitive ("offered to host talks"), that infinitive itself, or the act's noun as its
    object ("talks" in "offered to host talks in Gaborone"); not when the offer itself is placed
    ("agreed in Washington to set up a group", "met in Muscat and agreed to hold a second round",
    "a meeting in Amman at which they agreed to share intelligence"), where the place is that."""
    intents = set(plover()["intent_verbs"])
    verb = token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" else token
    if verb.lemma_.lower() in intents and any(c.dep_ == "xcomp" and infinitive(c) for c in verb.children):
        offering = verb
    elif verb.dep_ == "xcomp" and infinitive(verb) and verb.head.lemma_.lower() in intents:
        offering = verb.head
    else:
        return False
    holders = [offering, *offering.conjuncts, *offering.ancestors]
    return not any(p.dep_ == "prep" and p.lower_ in PLACE_PREPOSITIONS and any(
        o.ent_type_ in {"GPE", "LOC", "FAC"} for o in p.children) for holder in holders for p in holder.children)


def _done_with(token: Token, event_type: str) -> set[int]:
    """The place a signed or practised thing is told at, where the act was done, not what it is
    about: "signed a peace agreement in Washington", "held joint exercises in the Ossa region"
    (a speech act's object stays its content: "demanded a ceasefire in Gaza"), and the gathering
    any act is done at, which the parser hangs on its object ("endorse the plan at a summit in
    Brussels")."""
    lex = plover()
    said = event_type in lex["speech_acts"]
    return {t.i for o in objects_of(token) for p in o.children if p.dep_ == "prep" and (
        p.lower_ == "in" and not said or p.lower_ == "at" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in lex["visit_words"] for c in p.children)) for t in p.subtree}


def paragraph_dateline(sentence: Span) -> str | None:
    """The dateline city of a paragraph's first sentence ("MANILA - …"), or of the article's
    first when the clean stage took a wire's credit dateline off it; a country named there
    stands for its capital, but not a place that only belongs to one ("HONG KONG", "GAZA")."""
    text = sentence.doc.text
    paragraph = text.rfind("\n", 0, sentence.start_char) + 1
    if sentence.start_char - paragraph > DATELINE_LENGTH:
        return None
    credited = sentence.doc.user_data.get("dateline")
    place = dateline_place(credited) if credited and paragraph == 0 else dateline_place(text[paragraph:sentence.end_char])
    country = lookup(place) if place is not None else None
    if country is not None and country.kind == "country" and country.name.lower() == place.lower():
        return capital_of(country.iso3) or place  # "KUWAIT -" is filed from Kuwait City
    return place


def filed_elsewhere(token: Token, event_type: str, mode: str, source_country: str | None, filed_in: str | None) -> bool:
    """Guide L2: the dateline is where the reporter files, the place only of acts its source does
    at its seat there. Not of a planned or possible act, which has happened nowhere yet; of an
    act the lead tells in passing (``told_in_passing``); of another country's act ("LASK -
    Freedonia imposed tariffs"), unless a meeting or signing held there; of an act on the ground
    or across the country (``ground_types``, "closed its airspace", "across Peru") unless a
    decision at the seat does it ("sentenced", "resigned"). An announcement of one's own act
    (M2, mode verbal) is made at the seat."""
    lex = plover()
    if mode in {"future", "hypothetical"} or told_in_passing(token):
        return True
    if source_country not in {None, filed_in} and event_type not in MEETING_TYPES:
        return True
    if mode == "verbal":
        return False
    measured = {t.lemma_.lower() for t in [token, *token.children, *(t for o in objects_of(token) for t in o.subtree)]}
    if measured & set(lex["nationwide_words"]):
        return True
    return event_type in lex["ground_types"] and token.lemma_.lower() not in lex["seat_verbs"] and not (
        event_type == "PROTEST" and _at_seat(token))


def _at_seat(token: Token) -> bool:
    """A protest at the seat of power ("rallied outside parliament", "marched to the National
    Assembly", "occupied the lobby of the Energy Ministry"): held in the city the story is filed
    from, unlike a strike or a blockade, which are where the strikers are."""
    seats = set(plover()["assembly_nouns"]) | SEAT_INSTITUTIONS
    return any(t.dep_ in {"pobj", "dobj"} and t.lemma_.lower() in seats and verb_of(t) == token for t in token.subtree)


def said_elsewhere(event_type: str, mode: str, own_side: bool) -> bool:
    """Guide L1: the place a statement was made ("told reporters in Suva") is that of the speech
    act, of an act announced in it (M2, mode verbal) and of the speaker's side's offer on a
    condition ("Russia is open to talks if invited"), not of an act it reports as done, planned
    or possible for others ("said the catch had been confiscated", "Freedonia would sign if …"),
    which keeps the place where it happens."""
    offered = mode == "hypothetical" and own_side
    return mode != "verbal" and not offered and event_type not in {*plover()["speech_acts"], "STATEMENT"}


def told_in_passing(token: Token) -> bool:
    """An act the sentence tells as the background of its news: in a relative clause ("Martinelli,
    who was barred from running"), a clause or phrase of time or cause ("since the government
    suspended talks", "over its offensive in Gaza"), or a name put on it ("in what Arce called a
    coup")."""
    for t in [token, *token.ancestors]:
        if t.dep_ == "relcl" and not infinitive(t) or any(c.lower_ == "what" for c in t.children):
            return True  # not "the first country to recognise the government"
        if t.dep_ == "acl" and t.tag_ == "VBN" and not any(c.dep_ in {"dobj", "oprd"} for c in t.children):
            return True  # not "Captain Traoré, named X as prime minister" (``grammar.misparsed``)
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in t.children):
            return True
        if t.dep_ in {"pobj", "pcomp"} and t.head.lower_ in BACKGROUND_PREPOSITIONS:
            return True
    return False


def _place_among(sentence: Span, ids: set[int], event_type: str, near: Collection[str]) -> tuple[str, bool] | None:
    """The first place named "in / at / along X" among the tokens ``ids``; for a withdrawal also
    the place left ("pulled out of southern Gaza"), for a march or a deployment the place entered
    ("poured into central Belgrade"), for a trip the place travelled to ("will travel to Lask"),
    as ``place_prepositions`` lists by type, and the place visited (``place_objects``); and
    whether it is a place gone "to" or visited."""
    prepositions = PLACE_PREPOSITIONS | set(plover()["place_prepositions"].get(event_type, []))
    visiting = set(plover()["place_objects"].get(event_type, []))
    home_capital = _home_capital(sentence, ids, prepositions)
    if home_capital is not None:
        return home_capital, False
    seat = _seat_town(sentence, ids, near) if event_type == "ELECTION" else None
    if seat is not None:
        return seat, False
    settlement = _settlement_named(sentence, ids, prepositions, near)
    if settlement is not None:
        return settlement
    landforms = set(plover()["landform_nouns"])
    for ent in sentence.ents:
        named = (_capital_named(ent, ids, prepositions) or _region_named(ent, ids, prepositions)
                 or _site_named(ent, ids, prepositions, near) or _street_named(ent, ids, prepositions))
        if named is not None:
            return named, _gone_to(ent)
        site = _site_of(ent, ids, prepositions)
        if site is not None:
            return site, False
        if ent.root.i not in ids or ent.label_ not in {"GPE", "LOC", "FAC"} and not (
                ent.label_ == "ORG" and locate(ent.text) is not None) and not (  # "a stadium in Niamey" tagged ORG
                ent.label_ in ACTOR_ENTITIES and ent[-1].lower_ in landforms) or (  # "near Sabina Shoal", a PERSON
                not unarticled(ent.text)[:1].isupper()):  # "off India's east coast" names no place
            continue
        if _placed(ent.root, prepositions, visiting):
            return refined_place(ent), _gone_to(ent)
    return _town_mistagged(sentence, ids, prepositions, visiting, near) or _named_before(sentence, ids, prepositions) or (
        _seat_owner(sentence, ids, near))


def _seat_owner(sentence: Span, ids: set[int], near: Collection[str]) -> tuple[str, bool] | None:
    """The town a court, a bazaar or a headquarters the act involves is named for, where the
    act was done: "a Beijing court sentenced", "raided the Budapest headquarters", "Tehran's
    Grand Bazaar"; not a country, "Iran's parliament", nor an embassy, whose capital names the
    state it belongs to: "Moscow's embassy dismissed the remark")."""
    seats = (set(plover()["site_nouns"]) | set(plover()["facility_nouns"]) | SEAT_NOUNS) - {"embassy"}
    for noun in sentence:
        if noun.i not in ids or noun.lemma_.lower() not in seats:
            continue
        for owner in (c for c in noun.children if c.dep_ in {"compound", "poss"} and c.ent_type_ == "GPE"):
            name = unarticled(proper_name(owner).text)
            if _town(name, near):
                return name, False
    return None


def _named_before(sentence: Span, ids: set[int], prepositions: set[str]) -> tuple[str, bool] | None:
    """A place the story named before and now calls by its kind alone ("met at the crossing",
    "reached the city", "arrested 40 people in the province", "torched the town's market"): the
    name the last earlier mention of that kind bore ("the Chaman border crossing", "the city of
    El Obeid", "Guayas province"), else, for a town or city, the last town the story named
    (``_last_town``); not places of a kind ("in the camps")."""
    lex = plover()
    kinds = SETTLEMENT_NOUNS - {"capital"} | REGION_NOUNS | set(lex["crossing_nouns"] + lex["landform_nouns"])
    for noun in sentence:
        if noun.i not in ids or noun.tag_ != "NN" or noun.lemma_.lower() not in kinds or not (
                _place_slot(noun, prepositions)) or any(
                c.dep_ in {"compound", "poss", "appos", "prep", "nmod"} for c in noun.children) or not any(
                c.lower_ == "the" for c in noun.children):
            continue
        gone_to = noun.dep_ == "pobj" and noun.head.lower_ == "to"
        for before in reversed(sentence.doc[:sentence.start]):
            same = before.lower_ == noun.lower_ or before.lemma_.lower() == noun.lemma_.lower()
            name = _kind_named(before) if same else None
            if name is not None:
                return name, gone_to
        town = _last_town(sentence) if noun.lemma_.lower() in SETTLEMENT_NOUNS else None
        if town is not None:
            return town, gone_to
    return None


def _place_slot(noun: Token, prepositions: set[str]) -> bool:
    """Whether a noun stands where the act's place does: "in / at the city", "reached the city",
    or as the owner of one ("outside the city's police station", "torched the town's market")."""
    if noun.dep_ == "poss":
        noun = noun.head
    return noun.dep_ == "pobj" and _locative(noun.head, prepositions) or noun.dep_ == "dobj"


def _last_town(sentence: Span, reach: int = 3) -> str | None:
    """The last town or city named in the ``reach`` sentences before this one (the dateline's
    too), which "the city" refers back to: a name the model tags a place, or any name "in / at"
    introduces (it tags some towns persons); a country named since does not stop the search."""
    starts = [s.start for s in sentence.doc.sents if s.start < sentence.start][-reach:]
    for ent in reversed([e for e in sentence.doc.ents if starts and starts[0] <= e.start and e.end <= sentence.start]):
        place = lookup(ent.text)
        named_as_place = ent.label_ in {"GPE", "LOC"} or ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPOSITIONS
        where = locate(ent.text) if named_as_place and (place is None or place.kind == "capital") else None
        if where is not None and where.latitude is not None:
            return refined_place(ent)
    return None


def _kind_named(noun: Token) -> str | None:
    """The name a place's kind is told with: "the town of Walikale", "the Chaman border crossing"
    (the crossing's name alone, L3), "Thanh Hoa province", "the Gaza Strip"."""
    named = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    if named is not None:
        return proper_name(named).text
    names = [t for t in noun.subtree if t.i < noun.i and t.dep_ == "compound" and t.pos_ == "PROPN"]
    if not names:
        return None
    whole = noun.ent_type_ in {"GPE", "LOC", "FAC"} and noun.pos_ == "PROPN"  # "the Minerva Reefs", "the Gaza Strip"
    return noun.doc[names[0].left_edge.i:noun.i + 1 if whole else names[-1].i + 1].text


def proper_name(name: Token) -> Span:
    """A name with the proper nouns compounded before it: "Beled Hawo", "Pedro Juan Caballero"."""
    first = min(t.i for t in name.subtree if t.i == name.i or t.dep_ == "compound" and t.pos_ == "PROPN")
    return name.doc[first:name.i + 1]


def _locative(preposition: Token, prepositions: set[str]) -> bool:
    """A preposition that places what follows: one of ``prepositions`` ("in / at / near X"), or
    "of" after those who live there ("residents of Tulcea rallied": in Tulcea)."""
    return preposition.lower_ in prepositions or preposition.lower_ == "of" and (
        preposition.head.lemma_.lower() in RESIDENT_NOUNS)


def _placed(name: Token, prepositions: set[str], visiting: set[str]) -> bool:
    """Whether a name stands where a place does: "in / at / near X", "the town of X", "the
    streets of X", "residents of X", "positions west of X", or visited ("is due to visit Lask")."""
    head = name.head
    return name.dep_ == "pobj" and (_locative(head, prepositions) or (
        head.lower_ == "of" and (head.head.lower_ in SETTLEMENT_NOUNS | COMPASS_POINTS or head.head.lemma_.lower() in QUARTER_NOUNS))) or (
        name.dep_ == "dobj" and head.lemma_.lower() in visiting)


def _town_mistagged(sentence: Span, ids: set[int], prepositions: set[str], visiting: set[str], near: Collection[str]
                    ) -> tuple[str, bool] | None:
    """A town the model tags as a person, a group, a date or nothing where a place stands ("met
    the junta chief in Naypyitaw", "pulled back from Beled Hawo", "an RSF checkpoint near Bara"):
    a town or region the gazetteer places in a country the story names (not a country's name,
    which may be a person's: "Jordan", nor a month in a date: "in March last year" is no
    English town)."""
    for name in sentence:
        if name.i not in ids or name.pos_ != "PROPN" or name.ent_type_ in {"GPE", "LOC", "FAC"} or not (
                _placed(name, prepositions, visiting)) or name.ent_type_ == "DATE" and name.lower_ in MONTHS:
            continue
        town = proper_name(name)
        if _town(town.text, near):
            return town.text, _gone_to(town)
    return None


def _seat_town(sentence: Span, ids: set[int], near: Collection[str]) -> str | None:
    """A local election is held in the town whose office or council is voted on: "won the runoff
    for mayor of Skopje", "won 41 seats on Cotonou's municipal council", "a majority on the Bitola
    council", "lost her seat in the constituency of Lefaga"."""
    offices = set(plover()["local_office_nouns"])
    for name in sentence:
        owned = next((t for t in name.ancestors if t.dep_ != "compound"), name) if name.dep_ in {"compound", "poss"} else (
            name.head.head if name.dep_ == "pobj" and name.head.lower_ == "of" else None)
        if owned is None or owned.i not in ids or owned.lemma_.lower() not in offices or name.pos_ != "PROPN" or (
                name.ent_type_ not in {"GPE", "LOC", "FAC"} and not _town(name.text, near)):
            continue
        return unarticled(proper_name(name).text)
    return None


def _settlement_named(sentence: Span, ids: set[int], prepositions: set[str], near: Collection[str]
                      ) -> tuple[str, bool] | None:
    """A town named by its kind, "near the town of Suarez", "off the western town of Zuwara",
    "seized the town of Walikale": the name after "of" is the place however the parser tags it
    (often as a person, or not at all); and whether it is a place gone "to", like ``_gone_to``
    (a town blockaded or seized may be its doers' own). Not a name the gazetteer knows only in a
    country the story does not name: a small town's namesake abroad ("the town of Gali")."""
    for noun in sentence:
        if noun.lemma_.lower() not in SETTLEMENT_NOUNS - {"capital"} or noun.i not in ids or not (
                noun.dep_ == "dobj" or noun.dep_ == "pobj" and _locative(noun.head, prepositions)):
            continue
        name = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if name is None:
            continue
        town = proper_name(name).text
        where = locate(town, near)
        if where is None or where.iso3 in near:
            return town, noun.dep_ == "pobj" and noun.head.lower_ == "to"
    return None


def _site_of(ent: Span, ids: set[int], prepositions: set[str]) -> str | None:
    """The city that owns a site the act happened at: "at Manila's main airport", "in Beirut's
    southern suburbs" (not "in Russia's war", which is no site, nor "in Bishkek's Ala-Too Square",
    a site named by its own name, nor "outside Bahrain's embassy in Baghdad", a site placed by its own
    phrase, whose owner only says whose it is)."""
    site = ent.root.head
    if ent.label_ != "GPE" or ent.root.dep_ != "poss" or site.i not in ids or site.ent_type_ or site.pos_ != "NOUN" or not (
            site.dep_ == "pobj" and _locative(site.head, prepositions) and site.lemma_.lower() in plover()["site_nouns"]) or any(
            c.dep_ == "prep" and c.lower_ in {"in", "at"} and any(o.ent_type_ == "GPE" for o in c.children) for c in site.children):
        return None
    return unarticled(ent.text)


def _street_named(ent: Span, ids: set[int], prepositions: set[str]) -> str | None:
    """A square, street or building named with its kind as the last word of its name ("rallied
    on Liberty Square", "marched down Freedom Avenue", "outside Government House", "at the White
    House"), however the model tags it (a facility, a group, an event): the place, which "on" and
    "down" place as "in" does; not one placed by its town ("on the Pan-American Highway near
    Loja": the town, as for ``_site_named``), unless it is a square or a monument people gather at
    ("in Syntagma Square in Athens", "at Democracy Monument in Bangkok")."""
    name = unarticled(ent.text)
    words = name.split()
    kind = words[-1].lower()
    if len(words) < 2 or kind not in {*plover()["street_nouns"], *GATHERING_PLACES} or not words[0][:1].isupper() or (
            ent.root.i not in ids or ent.root.dep_ != "pobj") or kind not in GATHERING_PLACES and any(
            c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS for c in ent.root.children):
        return None
    return name if _locative(ent.root.head, prepositions | {"on", "down"}) else None


def _gone_to(ent: Span) -> bool:
    """A place travelled to or visited ("sent troops to Lask", "visit Lask", "flew to the Lask
    region"): where the doers went, not where they are from."""
    phrase = next((t for t in [ent.root, *ent.root.ancestors] if t.dep_ in {"pobj", "dobj"}), ent.root)
    return phrase.dep_ == "dobj" or phrase.head.lower_ == "to"


def _region_named(ent: Span, ids: set[int], prepositions: set[str]) -> str | None:
    """A region named with its kind, by its name: "in the Sagaing region", "in Syria's southern
    Sweida province", "in the province of Manabi" (the parser tags such names loosely)."""
    noun = ent.root.head
    if ent.root.dep_ == "pobj" and noun.lower_ == "of" and not any(c.dep_ == "compound" for c in noun.head.children):
        noun = noun.head  # "the province of Manabi", not "the Essequibo region of Guyana"
    elif ent.root.dep_ != "compound":
        return None
    if ent.label_ not in {"GPE", "LOC", "NORP", "ORG"} or noun.lemma_.lower() not in REGION_NOUNS or (
            noun.i not in ids or noun.dep_ != "pobj" or not _locative(noun.head, prepositions)):
        return None
    return unarticled(ent.text)


def _site_named(ent: Span, ids: set[int], prepositions: set[str], near: Collection[str]) -> str | None:
    """A site or landform placed by the name it bears beside its kind (the parser tags such names
    as anything, a person or a people too): a crossing or camp by its name alone ("near the Chaman
    border crossing", "shut the Busia border crossing"), as a river or an island ("near the
    Sarstoon river"); one named after its town by the town ("in Peterhead harbour", "from the
    Fetesti air base"); any other with its kind, part of its name ("outside the Combinado del Este
    prison", "in the Qandil mountains"). Not a site of a country or a people ("outside the
    Bulgarian embassy"), nor sites of a kind ("in EU ports")."""
    name = unarticled(ent.text)
    known = lookup(name)
    if ent.root.dep_ != "compound" or ent.label_ not in ACTOR_ENTITIES | {"LOC", "FAC"} or (
            known is not None and known.kind != "capital"):
        return None
    lex = plover()
    chain = [t for t in ent.root.ancestors if t.dep_ == "compound"]  # "the Kitwe smelter gates", "Chaman border crossing"
    noun = next(t for t in ent.root.ancestors if t.dep_ != "compound")
    facilities = set(lex["crossing_nouns"] + lex["facility_nouns"])
    site = noun.tag_ == "NN" and noun.lemma_.lower() in facilities or any(t.lemma_.lower() in facilities for t in chain)
    landform = noun.lower_ in lex["landform_nouns"]
    if noun.i not in ids or not (landform or site) or not (noun.dep_ == "pobj" and _locative(noun.head, prepositions) or (
            site and noun.dep_ == "dobj" and noun.head.i in ids)) or any(  # "shut the … crossing", not "and asked …"
            c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS for c in noun.children):  # "the mine in Kitwe": the town
        return None
    crossing = any(t.lemma_.lower() in lex["crossing_nouns"] for t in [*chain, noun])
    if crossing or _town(name, near) or landform and noun.tag_ == "NN":
        return name
    return ent.doc[ent.start:noun.i + 1].text


def _town(name: str, near: Collection[str]) -> bool:
    """Whether the gazetteer places a name, not a country's, in a country the story names: of
    towns sharing a name, the one there ("Gaya" in Niger); not one abroad, a person's namesake,
    nor a company ("Codelco's copper mine" is Chile's, not in a town)."""
    where = locate(name, near)
    known = lookup(name)
    return where is not None and where.iso3 in near and (known is None or known.kind != "country" and known.sector != "BUS")


def _capital_named(ent: Span, ids: set[int], prepositions: set[str]) -> str | None:
    """ "in the Saudi capital", "in the Ukrainian capital": the country's capital city."""
    noun = ent.root.head
    if ent.label_ not in {"NORP", "GPE"} or noun.lemma_.lower() != "capital" or noun.i not in ids or not (
            noun.dep_ == "pobj" and _locative(noun.head, prepositions)):
        return None
    place = lookup(ent.text)
    return capital_of(place.iso3) if place is not None else None


def _home_capital(sentence: Span, ids: set[int], prepositions: set[str]) -> str | None:
    """ "in the capital" of no named country: the capital of the country the story is about
    ("security forces were deployed in the capital"), or the one the text names beside it
    ("banned gatherings in the capital, Yaounde")."""
    for noun in sentence:
        if noun.lower_ != "capital" or noun.i not in ids or noun.dep_ != "pobj" or (
                not _locative(noun.head, prepositions) or any(c.dep_ in {"amod", "compound", "poss", "prep"}
                                                              for c in noun.children)):
            continue
        named = next((c.text for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "GPE"), None)
        home = home_country(sentence.doc)
        return named or (capital_of(home) if home is not None else None)
    return None


def refined_place(ent: Span) -> str:
    """The place as the gold annotators name it: a building by its city ("the Great Hall of the
    People in Beijing", "the Elysee Palace" under a PARIS dateline), a region with its compass
    point ("southern Lebanon"); a site the gazetteer does not know by the city it is in, told
    right after it ("a vigil outside Stormont in Belfast")."""
    if ent.label_ == "FAC" or locate(ent.text) is None:
        city = next((e for e in ent.sent.ents if e.label_ == "GPE" and e.root.head.lower_ == "in" and (
            e.root.head.head.i in {t.i for t in ent} or e.root.head.i == ent.end)), None)
        if city is not None:
            return city.text
    if ent.label_ == "FAC":
        return paragraph_dateline(ent.sent) or unarticled(ent.text)
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in COMPASS and before.head.i == ent.root.i:
        return unarticled(f"{before.text} {ent.text}")
    return unarticled(ent.text)


def unarticled(name: str) -> str:
    """A place as named without its article and the class word after it (L3): "the South China
    Sea" is "South China Sea", "Sisaket province" is "Sisaket", "Miyako island" is "Miyako"
    ("Gaza Strip" and "Christmas Island" keep their own)."""
    bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    head, _, last = bare.rpartition(" ")
    return head if head and (last.lower() in REGION_NOUNS or last in plover()["landform_nouns"]) else bare


def dateline_home(doc: Doc, location_country: str | None) -> str | None:
    """The country of domestic actors named without one (police, troops, parliament): where it
    happened, else the article's home (``actors.home_country``)."""
    return location_country or home_country(doc)


def located(name: str, near: Collection[str]) -> Located:
    """The place and its country; "southern Lebanon" lies in Lebanon; of towns sharing a name,
    the one in a country the text names (``locate``). A whole country ("struck targets in
    Yemen") is only the country (L1), unless a city bears its name ("Singapore")."""
    first, _, rest = name.partition(" ")
    where = locate(name, near) or (locate(rest, near) if first.lower() in COMPASS else None)
    if where is None:
        return name, None, None, None
    country = lookup(name)
    whole_country = country is not None and country.kind == "country" and where.latitude is None
    return None if whole_country else name, where.iso3, where.latitude, where.longitude
