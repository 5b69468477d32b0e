"""The registered ``events`` stage: every event of one parsed article.

Each token that names an act becomes an event with its type, mode, parties, date, place
and evidence sentence; a statement with no stronger event in its sentence becomes a
STATEMENT event.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors import home_country, named_place
from ..gazetteer import locate, lookup
from ..pipeline import Work, register_stage
from ..records import Actor, Event, Statement, stable_id
from .confidence import confident, with_confidence
from .event_dates import with_dates
from .grammar import (
    agent_of,
    clause_tokens,
    first_conjunct,
    gerund_object,
    hung_on_infinitive,
    hyphened_agent,
    infinitive,
    misparsed,
    mute,
    names_pair,
    objects_of,
    shared_passive_patient,
    subject_of,
    successor_of,
    verb_chain,
    verb_of,
)
from .lexicon import ACTOR_ENTITIES, CHAMBERS, MODAL_FUTURE, MODAL_HYPOTHETICAL, plover, police, recoded, site_word
from .modes import (
    condition_mark,
    conditions,
    convened,
    in_words,
    is_called_off,
    left_open,
    mode_of,
    on_condition,
    only_after,
    told_on,
    was_announced,
)
from .nouns import ANAPHORIC, fought_out, noun_kind
from .parties import (
    JOINT,
    REPRESSION,
    Named,
    background,
    bare_force,
    captor,
    clause_subject,
    co_parties,
    contested_pair,
    disjoint,
    distributive,
    each_other,
    exchanged,
    holder_of,
    is_reciprocal,
    many_states,
    mutual,
    noun_parties,
    noun_target,
    other_of_pair,
    other_parties,
    other_side,
    paired_nationalities,
    participant,
    plural_antecedent,
    protested,
    reporter,
    request_noun,
    seeker,
    seeker_first,
    self_owned,
    speaker_side,
    story_pair,
    target_of,
)
from .places import with_places
from .sentence_types import added, likely, read_alone
from .speech import retyped
from .targets import with_targets
from .triggers import (
    COURTS,
    FEARING_VERBS,
    RUNNING_VERBS,
    backs_person,
    blames,
    bowed_to,
    body_left,
    circumstance,
    clause_doer,
    classify,
    classify_noun,
    declared_winner,
    disaster,
    due_in_town,
    elects,
    giver_of,
    governing_verb,
    joint_type,
    lost_to,
    mediator_named,
    phrasal_verb,
    quit_body,
    right_reserved,
    statement_type,
    stopped_by_court,
    unattributed,
    violent_verb,
    walked_free,
    won_in_fight,
)
from .when_where import (
    NOWHERE,
    Located,
    announced_in_words,
    date_among,
    dateline_home,
    election_country,
    event_date,
    event_place,
    filed_elsewhere,
    looks_ahead,
    said_elsewhere,
    sentence_place,
    set_ahead,
    told_where,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


NEEDS_AGENT = {"MOBILIZE"}
SHOWN_FORCE = {"MOBILIZE"}  # a deployment or drill is aimed at nobody the text does not name, not at the story's other side
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
DOMESTIC = {"PROTEST", "ELECTION"}
UNTARGETED = {"ELECTION", "STATEMENT"}  # done, not done to anybody: a target found is only the country of the vote
HOSTILE = {"ACCUSE", "THREATEN", "COERCE", "ASSAULT"}  # done to forces, not with them ("deployed troops" are one's own)
OWN_SIDE = {"APPOINT", "DISMISS"}  # done to one's own side: a state's officials (not protests, P1: their target is named)
MOVED_TO = {"to", "into", "onto", "from", "off", "with"}  # where a demanded act puts or takes something, or what it is done
# with: "add them to the list", "hit back with counter-tariffs"
REACTIONS = {"ACCUSE", "SUPPORT", "REJECT"}  # responses to what another did: "condemned the attack" targets the attacker
STATE_ACTS = {"COERCE", "MOBILIZE", "APPOINT", "DISMISS"}  # done to people by their own state when no agent is named
STATE_SECTORS = {"GOV", "MIL"}  # the executive and its forces
CHALLENGER_SECTORS = {"REB", "OPP"}  # rebels and the opposition, who contend with their own rulers
DEALS = {"contract": "AGREE", "loan": "AID", "grant": "AID"}  # beside agreements, what rulers make with a foreign partner
HOME_VOICES = {"LEG", "CVL", "PTY", "LAB", "MED", "EDU", "REL"}  # a country's public life, not its state
SEPARATE_MEASURES = {"SANCTION", "COERCE", "ACCUSE"}  # each coordinated measure or charge is its own act ("closed …, expelled …")
STEPS = {"SANCTION", "COERCE", "CONCEDE", "AID", "RETREAT"}  # measures and concessions: each one taken or withheld apart
ATTENTION_NOUNS = {"note", "notice", "stock"}  # "said it had taken note of the results": a position, no deed done
FIGURES = {"PERCENT", "CARDINAL", "MONEY", "QUANTITY"}  # what a number given is
ACCEPTING_VERBS = {"accept", "recognise", "recognize"}
ACQUITTING = {"acquit", "clear"}  # a court rejecting a charge: "acquitted him of assaulting an officer"
VERDICTS = {"ruling", "verdict", "judgment", "judgement", "decision", "result", "outcome", "jurisdiction", "award"}  # what is
# decided about a party, which it may disown


def _covering_statement(statements: list[Statement], token: Token) -> Statement | None:
    return next((s for s in statements if s.start <= token.idx < s.end), None)


def events_in(work: Work) -> list[Event]:
    """Every event in one parsed article."""
    doc = work.doc
    assert doc is not None, "the events stage needs the parse stage before it"
    published = work.article.published
    events: list[Event] = []
    asides: set[str] = set()
    seen: dict[tuple[str, str | None, str | None, int], list[tuple[Token, str]]] = {}  # (trigger, mode) of each act kept
    for sentence in doc.sents:
        for token in sentence:
            if token.pos_ == "NOUN":
                event_type = classify_noun(token)
            elif token.pos_ != "VERB" and not due_in_town(token) or token.dep_ in {"amod", "compound"} and not (
                    misparsed(token) or _hyphen_mediated(token) or gerund_object(token)) or (
                    background(token) or token.dep_ == "prep" or _participle_noun(token)):
                continue  # "impeached President Yoon", "prisoners held by Israel": a description; "provided": a conjunction
            else:
                event_type = classify(token) or _followed_suit(token, events)
            if event_type is None:
                continue
            event_type = bowed_to(token, quit_body(token, joint_type(token, event_type)))
            if event_type in plover()["conflict_types"] and right_reserved(token):
                event_type = "THREATEN"  # T4: "reserved the right to strike the camps": force kept in store, no strike
            if _embedded(token) or _object_shared(token, event_type) or _censure_removes(token, event_type) or _right_only(token) or (
                    _analysed(work, token)):
                continue
            if event_type in {*plover()["speech_acts"], "STATEMENT"} and token.pos_ == "VERB" and (
                    doer := subject_of(token)[0]) is not None and _commentator(doer.text) and not _protest_demand(token):
                continue  # S3c: "analysts warned that the currency could fall": no political actor speaks
            event = _event(work, token, event_type, published, events)
            event = _successor_named(work, token, _scheduled_sequel(token, event, events))
            if _own_label(token, event, events):
                continue
            if event.source_actor is None and event.source_country is None and (
                    event.target_actor is None or event.type in NEEDS_AGENT and event.mode != "actual" or (
                        event.type == "ACCUSE" and _accuser_untold(token))):
                continue  # nobody did it (to anybody): "39 people have been killed" is a toll, not an event record
            for found in [event, *_party_events(work, token, event), *_successor_events(work, token, event),
                          *_joint_partners(work, token, event), *_appeal_rejected(token, event)]:
                key = (found.type, found.source_actor, found.target_actor, sentence.start)
                if key not in seen or _second_act(token, found, seen[key]):
                    seen.setdefault(key, []).append((token, found.mode))
                    events.append(found)
            if _aside(token) and _covering_statement(work.article.statements, token) is None:
                asides.add(event.id)
    events = [e for e in events if not _outweighed(e, events)]
    events.extend(_statement_events(work, [e for e in events if e.id not in asides]))
    return events


def _participle_noun(token: Token) -> bool:
    """ "Supplies for the wounded", "treated the injured": a participle with a determiner, in a
    noun's place, names people who suffered an act, not an act told."""
    return token.tag_ == "VBN" and token.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"} and any(
        c.dep_ == "det" for c in token.children)


def _protest_demand(token: Token) -> bool:
    """ "residents staged a sit-in, demanding that the agency resume rations": a demand made at a
    protest is the protesters' own act (guide REQUEST, beside the PROTEST), whoever they are; residents
    are no commentators there (S3c)."""
    head = token.head
    return token.dep_ in {"advcl", "xcomp"} and (classify(head) == "PROTEST" or any(
        c.dep_ == "dobj" and noun_kind(c) == "PROTEST" for c in head.children))


def _hyphen_mediated(token: Token) -> bool:
    """"Qatar-mediated talks", "the Turkish-brokered deal": the mediator's act, told in a
    modifier (a mediator is the source of CONSULT, the parties its targets)."""
    return token.lemma_.lower() in plover()["mediation_verbs"] and hyphened_agent(token) is not None


def _second_act(token: Token, event: Event, kept: list[tuple[Token, str]]) -> bool:
    """One sentence telling two measures of one kind by one side against another: "froze the
    assets of the bank and banned exports to Iran", "closed the consulate and expelled 12
    diplomats". A coordinated verb with a lemma and an object of its own, in the same mode, is
    another decision (guide X4: one event per act). Sanctions, repression and accusations are
    counted so ("summoned the envoy and accused Baghdad of meddling" is two ACCUSE); several
    verbs of an attack, a meeting or a protest tell one encounter ("stormed the village and
    killed 12", "met Xi and discussed trade"). A participle sharing a passive's patient is another measure
    too: "was arrested in April and charged with treason", and so is a verb in a tense of its own
    ("had been arrested and would face a military court"). A measure or concession taken beside
    one withheld or promised is two acts: "reopened the crossing but has not lifted the restrictions"."""
    own_patient = any(c.dep_ == "dobj" for c in token.children) or shared_passive_patient(token) is not None
    if event.type in STEPS and token.pos_ == "VERB" and own_patient and all(
            trigger.lemma_ != token.lemma_ and "actual" in {mode, event.mode} and mode != event.mode for trigger, mode in kept):
        return True  # "reopened the crossing but has not lifted the restrictions": one step taken, another withheld;
        # "has taken in 40,000 exiles and would offer them citizenship": one given, another promised
    if event.type not in SEPARATE_MEASURES or token.pos_ != "VERB" or not own_patient:
        return False
    own_tense = any(c.dep_ == "aux" for c in token.children)
    # "expelled a diplomat and said it would close the crossing": a measure announced beside the one taken
    said = token.head if token.dep_ == "ccomp" and own_tense and token.head.lemma_.lower() in plover()["speech_verbs"] else token
    return all(trigger.i != token.i and trigger.lemma_ != token.lemma_ and (mode == event.mode or own_tense) and (
        first_conjunct(said).i == first_conjunct(trigger).i or _measure_added(first_conjunct(token), trigger))
        for trigger, mode in kept)


def _measure_added(participle: Token, trigger: Token) -> bool:
    """ "was suspending the treaty, closing the border crossing and expelling advisers": a
    participle that adds a measure to the act it hangs on."""
    return participle.dep_ == "advcl" and participle.tag_ == "VBG" and participle.head.i == first_conjunct(trigger).i


def _scheduled_sequel(token: Token, event: Event, earlier: list[Event]) -> Event:
    """"The exchange will take place on the border", "talks are set to resume next year", "talks
    will be held in Paris": a named act with no actor, told as scheduled, is the next step of the
    act of its type told before, by the same parties (a past back-reference stays uncoded, X1)."""
    held = token.pos_ == "VERB" and token.lemma_.lower() in RUNNING_VERBS and agent_of(token) is None and any(
        c.dep_ == "nsubjpass" for c in token.children)  # the act is the passive's subject, not a target
    if event.mode != "future" or event.source_actor or event.source_country or not (
            token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass"} and _takes_place(token.head) or held):
        return event
    told = next((e for e in reversed(earlier) if e.type == event.type and (e.source_actor or e.source_country)), None)
    if told is None:
        return event
    own = not held  # a passive "talks will be held" names no target of its own
    return replace(event, source_actor=told.source_actor, source_country=told.source_country,
                   target_actor=own and event.target_actor or told.target_actor,
                   target_country=own and event.target_country or told.target_country)


def _object_shared(token: Token, event_type: str) -> bool:
    """ "pardoned and released 31 prisoners": a verb whose object is told on its conjunct, an act
    of the same type, is that one act named twice; not a passive whose patient the conjunct
    shares as its doer's ("had been arrested and would face a military court"), nor a conjunct
    with a subject of its own ("37 people had been arrested and that the governor had imposed a
    curfew": a second clause, a second act)."""
    passive = any(c.dep_ == "nsubjpass" for c in token.children)
    return token.pos_ == "VERB" and not passive and not any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "conj" and c.pos_ == "VERB" and any(o.dep_ == "dobj" for o in c.children) and classify(c) == event_type and not (
            any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)) for c in token.children)


def _right_only(token: Token) -> bool:
    """ "Said it respected the right to protest", "had waived their right to challenge the
    transfer": an act named as a right that is respected, upheld or given up is not done; a
    right kept in store (a warning, T4) or held ("said Israel has the right to defend itself",
    affirmed for another) is coded."""
    right = token.head
    return token.dep_ == "acl" and infinitive(token) and right.lemma_.lower() in plover()["right_nouns"] and not (
        right_reserved(token)) and right.head.lemma_.lower() != "have"


def _censure_removes(token: Token, event_type: str) -> bool:
    """ "Censured the minister, forcing him from office", "voted to censure him, removing him from
    office": the censure is the vote that removes him, one DISMISS (T3), not also an ACCUSE; what
    it is over stays its content."""
    return event_type == "ACCUSE" and any(c.dep_ == "advcl" and c.tag_ == "VBG" and classify(c) == "DISMISS"
                                          for c in token.children)


def _takes_place(verb: Token) -> bool:
    """Whether a verb, or one it governs ("are set to resume"), tells that an act happens:
    "will take place", "is due to take effect", "will resume", "is to be held" (not "aid was needed")."""
    chain = [verb, *(c for c in verb.subtree if c.dep_ == "xcomp")]
    return any(v.lemma_.lower() in plover()["continuation_verbs"] or v.lemma_.lower() == "take" and any(
        o.dep_ == "dobj" and o.lower_ in {"place", "effect"} for o in v.children) or v.lemma_.lower() == "hold" and any(
        c.dep_ == "auxpass" for c in v.children) for v in chain)  # "is to be held in Paris": it takes place


def _followed_suit(token: Token, earlier: list[Event]) -> str | None:
    """"Mali is expected to follow suit", "although Russia did so in July", "Chad did the same": an
    act that repeats the one reported before it is of that act's type (a plain statement is no act
    to repeat); "the first country to do so" only ranks the act told."""
    followed = token.lemma_.lower() == "follow" and any(c.dep_ == "dobj" and c.lower_ == "suit" for c in token.children)
    repeated = token.lemma_.lower() == "do" and not infinitive(token) and token.i + 1 < len(token.doc) and (
        token.nbor().lower_ == "so" or any(c.dep_ == "dobj" and c.lower_ == "same" and any(d.lower_ == "the" for d in c.children)
                                           for c in token.children))
    if not (followed or repeated):
        return None
    return next((e.type for e in reversed(earlier) if e.type != "STATEMENT"), None)


def _outweighed(event: Event, events: list[Event]) -> bool:
    """Guide S3: a statement ("addressed the summit, asking Arab states to help") is not coded
    when its speaker does something stronger in the same sentence. X2: a threat with no doer
    beside one made by a named side ("warned that the strikes would go on unless …") is that
    warning's content, told again. So is any act read twice in a sentence, once with less
    said (§0, one event per act): "thousands marched on Friday, the 40th day of protests"."""
    if event.type == "THREATEN" and event.source_actor is None and event.source_country is None:
        return any(other.type == "THREATEN" and other.start == event.start and other.source_actor is not None for other in events)
    if any(other is not event and other.type == event.type and other.start == event.start and _told_again(event, other)
           for other in events):
        return True
    return event.type == "STATEMENT" and event.mode != "negated" and any(
        other.type != "STATEMENT" and other.start == event.start and (other.source_actor, other.source_country) == (
            event.source_actor, event.source_country) for other in events)


def _told_again(event: Event, fuller: Event) -> bool:
    """Whether ``event`` is ``fuller`` told without its doer (no doer where ``fuller`` names
    one of its country, and no other target) or, for a protest, without its target: the verbs
    of one protest tell one encounter ("went on strike and blocked the road to the airport")."""
    if event.mode != fuller.mode:
        return False
    if event.source_actor is None:
        return fuller.source_actor is not None and event.source_country in {None, fuller.source_country} and (
            event.target_actor in {None, fuller.target_actor})
    return event.type == "PROTEST" and event.target_actor is None and fuller.target_actor is not None and (
        event.source_actor, event.source_country) == (fuller.source_actor, fuller.source_country)


def _own_label(token: Token, event: Event, earlier: list[Event]) -> bool:
    """ "Summoned the envoy to protest what it called an illegal incursion", "lodged a protest over
    what the foreign ministry called unlawful manoeuvres": the doer's name for what it reacts to,
    inside its own act, not a second accusation ("in what President Arce called a coup" is his)."""
    if token.lemma_.lower() not in plover()["naming_verbs"] or not any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in token.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.children) or any(
        e.type == event.type and e.start == event.start and e.source_country == event.source_country for e in earlier)


def _aside(token: Token) -> bool:
    """An act told in passing beside what the sentence reports: "Guterres, who visited the
    crossing, said …", "told reporters after 12 hours of talks"; a statement there is still news."""
    return any(t.dep_ == "relcl" for t in verb_chain(token)) or (
        token.pos_ == "NOUN" and circumstance(token, token.sent.root))


def _party_events(work: Work, token: Token, event: Event) -> list[Event]:
    """The same act by the other parties when it is done by each ("Russia and Ukraine signed
    separate agreements") or in return ("Russia and the West carried out a prisoner exchange",
    "Hamas is to free hostages in exchange for prisoners held by Israel")."""
    subject, passive = noun_parties(token) if token.pos_ == "NOUN" else subject_of(token)
    if subject is None or passive:
        return []
    # "welcomed the exchange" is one side's reaction to a swap, not a swap; "traded accusations" is blame both ways
    fought = event.type == "ASSAULT" and fought_out(token)  # "clashes between X and Y": each side attacks the other
    reciprocal = is_reciprocal(token) and (event.type not in REACTIONS or exchanged(token)) or (
        event.type not in JOINT and each_other(token)) or fought
    # "Russia and Ukraine", "Spain, Ireland and Norway"; not "Chagossians and their supporters", the first side's own
    sides = [subject, *(c for c in subject.conjuncts if not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children))]
    if len(sides) == 1:
        sides = paired_nationalities(subject) or sides
    found: list[tuple[Token | None, Named, Named]] = []
    apart = not _together(token, event.type) and _own_subject(token, subject)
    if len(sides) > 1 and (reciprocal or distributive(token) or apart):
        after = (event.source_actor, event.source_country) if reciprocal else (event.target_actor, event.target_country)
        found = [(side, participant(work, side, None), after) for side in sides[1:]]
    returned = _exchanged_for(token)
    if returned is not None:  # the other side gives what it holds: "prisoners held by Israel"
        holder = next((a for c in returned.subtree if c.dep_ == "acl" and (a := agent_of(c)) is not None), None)
        source = participant(work, holder, None) if holder is not None else (event.target_actor, event.target_country)
        found.append((holder, source, participant(work, returned, None)))
    elif reciprocal and len(sides) == 1 and (event.target_country or fought and event.target_actor):
        found.append((None, (event.target_actor, event.target_country), (event.source_actor, event.source_country)))
    bodies = _bodies(work)  # "the United States and the European Union criticised …": a body of states has no country
    taken = fought and _place_won(token) is not None  # the day a place was taken is the taker's (A2), not the other side's
    return [replace(event, source_actor=source[0], source_country=source[1], target_actor=target[0],
                    target_country=target[1], date=None if taken else event.date,
                    id=stable_id(event.id, side.i if side is not None else "other", prefix="ev_"))
            for side, source, target in found if source[1] is not None and source[1] != event.source_country or (
                (source[0] in bodies or fought) and source[0] != event.source_actor)]  # a civil war's sides share a country


def _joint_partners(work: Work, token: Token, event: Event) -> list[Event]:
    """A hostile act run jointly by two states' forces ("Chadian and Cameroonian troops launched a
    joint offensive against the rebels' bases"): beside the act against its target, the two
    states' cooperation with each other (guide: joint operations are COOPERATE)."""
    if event.type not in {"ASSAULT", "COERCE"} or token.pos_ != "VERB" or not any(
            o.dep_ == "dobj" and any(c.dep_ == "amod" and c.lower_ in plover()["joint_words"] for c in o.children)
            for o in token.children):
        return []
    subject, passive = subject_of(token)
    if subject is None or passive:
        return []
    sides = [subject, *subject.conjuncts]
    named = [participant(work, side, None) for side in (paired_nationalities(subject) if len(sides) == 1 else sides) or sides]
    states = list({country: (actor, country) for actor, country in named if country is not None}.values())
    if len(states) < 2:
        return []
    kind = "COOPERATE"
    return [recoded(event, kind, source_actor=states[0][0], source_country=states[0][1], target_actor=states[1][0],
                    target_country=states[1][1], id=stable_id(event.id, kind, prefix="ev_"))]


def _successor_events(work: Work, token: Token, event: Event) -> list[Event]:
    """T3: "replaced the police chief with his deputy" removes one holder and puts in another,
    so the one verb tells a DISMISS and an APPOINT of the successor by the same remover."""
    if event.type != "DISMISS" or token.lemma_.lower() != "replace" or subject_of(token)[1]:
        return []
    successor = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                      for o in c.children if o.dep_ == "pobj"), None)
    if successor is None:
        return []
    name, country = participant(work, successor, None)
    return [replace(event, type="APPOINT", target_actor=name, target_country=country,
                    id=stable_id(event.id, successor.i, prefix="ev_"))]


def _successor_named(work: Work, token: Token, event: Event) -> Event:
    """ "Governor Ghasemi was replaced by his deputy, Ali Bavi": a passive replacement tells who
    takes the post, an APPOINT of the successor by whoever made it (the removal is told where
    its doer is); a post handed to forces ("replaced by government troops") is no appointment."""
    successor = successor_of(token) if event.type == "DISMISS" else None
    if successor is None or any(w.lemma_.lower() in plover()["force_words"] for w in successor.subtree):
        return event
    name, country = participant(work, successor, None)
    return replace(event, type="APPOINT", target_actor=name, target_country=country)


def _appeal_rejected(token: Token, event: Event) -> list[Event]:
    """A court upholding a sentence, a conviction or a fine both punishes and throws out the
    appeal against it (guide T6): "the Court of Appeal upheld the verdict" is a COERCE of the
    convicted and a REJECT of their appeal, by the same court."""
    subject = subject_of(token)[0] if token.pos_ == "VERB" else None
    if event.type != "COERCE" or token.lemma_.lower() != "uphold" or subject is None or subject.lemma_.lower() not in COURTS:
        return []
    kind = "REJECT"
    return [recoded(event, kind, id=stable_id(event.id, kind, prefix="ev_"))]


def _bodies(work: Work) -> set[str]:
    """The names of the international bodies the article mentions (the UN, the EU): actors of no country (guide §3)."""
    return {a.name for a in work.actors.values() if a.sector == "IGO"}


def _story_side(work: Work, sentence: Span, country: str | None, source: Named, event_type: str) -> bool:
    """Whether the story is about ``country`` as the source's other side: named in the sentence,
    or its actors (the state, its people and bodies) named in the story at least twice and no
    less often than any other foreign country's. One a domestic story names in passing
    ("smuggling across the Mozambican border" in a story on Eswatini's press) or a third party's
    ("Nepal declined a U.S. offer" in a story of Nepal and India) is no side to every act left
    untargeted; nor, unless the sentence names it, to what a voice of public life at home does
    (``_home_voice``: "lawmakers threatened to walk out if the curfew was extended")."""
    name, source_country = source
    if country is None:
        return False
    if any((place := named_place(ent)) is not None and place.iso3 == country for ent in sentence.ents):
        return True
    if _home_voice(work, name, event_type):
        return False
    counts = _namings(work)
    return counts[country] >= 2 and counts[country] >= max((n for c, n in counts.items() if c not in {source_country, None}),
                                                             default=0)


def _namings(work: Work) -> Counter[str | None]:
    """How often the story names each country's actors: every naming in the lead, which tells the
    story's act, but once a sentence after it ("Saudi Arabia's Public Investment Fund", bought a
    stake in a story on Egypt's budget, is one passing naming, not two)."""
    assert work.doc is not None
    starts = [sentence.start_char for sentence in work.doc.sents]
    named = {(actor.country, sentence, m.start if sentence == 0 else None) for m in work.article.mentions
             if (actor := work.actors.get(m.actor_id or "")) is not None
             for sentence in [bisect_right(starts, m.start) - 1]}
    return Counter(country for country, _, _ in named)


def _home_voice(work: Work, source: str | None, event_type: str) -> bool:
    """A voice of the country's own public life (lawmakers, a party, a union, the press, a crowd
    named by no name), not its state: what it does untargeted is aimed at home. A parliament
    ratifying a treaty is a party to it, and a company is no such voice (it signs deals abroad)."""
    actor = _actor_named(work, source)
    voices = HOME_VOICES - {"LEG"} if event_type == "AGREE" else HOME_VOICES
    return source is not None and (actor is None or actor.kind != "country" and actor.sector in voices)


def _actor_named(work: Work, name: str | None) -> Actor | None:
    """The article's actor of that name, if the actor stage resolved one."""
    return next((a for a in work.actors.values() if a.name == name), None)


def _challenger(work: Work, name: str | None, earlier: list[Event]) -> bool:
    """A rebel group or an opposition party (Hezbollah, a separatist council, a party out of
    power) that is not itself one of the two sides the story is about: its acts are aimed at
    its own rulers or rivals, whom the text names, not at the other state of a story between
    two states (a war between a state and a group, Israel and Hamas, is the group's own)."""
    pair = story_pair(earlier) or ()
    return name not in {side[0] for side in pair} and any(
        a.name == name and a.sector in CHALLENGER_SECTORS for a in work.actors.values())


def _together(token: Token, event_type: str) -> bool:
    """Guide §0/§3: an act done together (agreeing, talking, cooperating, clashing) is one event
    with all parties; any other act by coordinated subjects is one event per source."""
    return event_type in JOINT or mutual(token, event_type)


def _own_subject(token: Token, subject: Token) -> bool:
    """The verb's own subject ("Canada and Britain imposed sanctions … and froze assets"), not
    one taken from a governing verb ("X and Y agreed to reopen embassies" is done together) but
    that of the verb a purpose or a participle hangs on ("X and Y sent teams to help" each help,
    "X and Y walked out, accusing Z" each accuse); a participle on its object tells what each
    one's own act was ("X and Y issued statements condemning the attack"); so is the noun a
    relative clause hangs on ("the EU and Britain, which both called the share too low"). A
    participle on a joint act is done together ("carried out a joint raid, seizing pills")."""
    jointly = any(t.lower_ in plover()["joint_words"] for c in token.head.children if c.dep_ in {"dobj", "advmod"}
                  for t in c.subtree)
    purpose = token.dep_ == "advcl" and (infinitive(token) or token.tag_ == "VBG" and not jointly)
    return subject.head.i == token.i or (token.dep_ == "conj" or purpose) and subject.head.i == token.head.i or (
        token.dep_ == "acl" and token.head.dep_ == "dobj" and subject.head.i == token.head.head.i) or (
        token.dep_ == "relcl" and subject.i == token.head.i)


def _exchanged_for(token: Token) -> Token | None:
    """What the act is done "in exchange for" or "in return for"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for swap in child.children:
                if swap.dep_ == "pobj" and swap.lemma_.lower() in plover()["return_nouns"]:
                    return next((o for p in swap.children if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"), None)
    return None


def _embedded(token: Token) -> bool:
    """An action that is only the content of another event: what was refused ("refused to
    meet") or demanded ("called on Israel to withdraw"), or the condition of a promise, with
    the acts it names ("if Israel agreed to end the war", "only if the army halted its strikes", X2)."""
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.pos_ == "VERB" and _embedded(token.head):
        return True  # "threatened to file a constitutional accusation": the noun is what the threat names
    if token.pos_ == "NOUN" and _in_embedded_clause(token):
        return True  # "asked the EU to add the officers to its sanctions list": the list is part of what is asked
    if any(c.dep_ == "auxpass" for c in token.children) and agent_of(token) is None and any(
            c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children) and classify(c) == classify(token)
            for c in token.children):
        return True  # "two people were killed when police opened fire": one act, coded where its doer is named
    if _deal_terms(token) or _protested_decision(token):
        return True
    if token.pos_ == "VERB" and _fight_toll(token):
        return True  # the toll of the fighting, coded on its noun (X1)
    chained = _own_clause(token)
    if not hung_on_infinitive(token) or classify(first_conjunct(token).head) == classify(token) and not _own_addressee(token):
        # "demanded that Russian forces leave the site and return it"; a past tense hung on the infinitive is the
        # main clause's ("refused to release him and filed a new charge"), unless it repeats that act ("urged X to
        # accept the ruling and called for calm": one demand; "… and appealed to donors": a second one, to others)
        token = first_conjunct(token)
    head = token.head
    if token.dep_ == "xcomp" and head.pos_ == "VERB" and head.i != token.i and chained and _own_clause(head) and _embedded(head):
        return True  # "accused them of trying to stage a coup", "unless all were allowed to take part": a chain of content
    if token.dep_ in {"xcomp", "ccomp"} and token.i > head.i and head.lemma_.lower() in plover()["refusal_verbs"]:
        # "declined to comment" is a statement withheld, not a refusal; a clause before the verb is
        # told in its own right ("X accused Y of …, an allegation Z rejects")
        return classify(token) != "STATEMENT"
    if _ruled_out(token):
        return True
    if token.dep_ == "ccomp" and head.lemma_.lower() in plover()["speech_verbs"] and any(
            c.dep_ == "mark" and c.lower_ == "whether" for c in token.children):
        return True  # "has not said whether he would veto the law": a question left open, no act
    if token.dep_ in {"xcomp", "ccomp"} and token.i > head.i and classify(head) == "REJECT":
        return True  # "ruled out stepping down": one REJECT; a clause before it is told in its own right
    if token.dep_ == "ccomp" and any(c.dep_ == "neg" for c in token.children) and head.tag_ == "VBG" and (
            head.dep_ == "advcl" and head.lemma_.lower() in plover()["speech_verbs"] and classify(head.head) == "REJECT"):
        return True  # "rejected the request, saying it would not negotiate": the same refusal, told again as its reason
    if token.dep_ in {"xcomp", "dobj"} and head.lemma_.lower() in plover()["halting_verbs"]:
        return True  # "stopped shelling the town", "agreed to stop targeting each other", "to halt all drilling": the act
        # ended, not done
    if token.dep_ in {"xcomp", "ccomp"} and head.dep_ in {"xcomp", "ccomp"} and (
            head.lemma_.lower() in plover()["causative_verbs"] and classify(head) is None):
        head = head.head  # "warned that companies could have their licences revoked": what is caused is what is warned of
    if token.dep_ in {"xcomp", "ccomp"} and (classify(head) in {"REQUEST", "THREATEN"} or
                                             head.lemma_.lower() in {*plover()["rehearsal_verbs"], *FEARING_VERBS}):
        return True  # what is demanded, threatened or feared; what an exercise rehearses ("will rehearse how forces could reinforce")
    if _asked_for(token):
        return True
    if token.dep_ == "advcl" and infinitive(token) and classify(token) == "ACCUSE" and classify(head) == "PROTEST":
        return True  # "rallied in the capital to denounce the deal": what the protest says, its target (P1), not a second act
    if token.dep_ == "xcomp" and head.lemma_.lower() == "agree" and classify(head) == "AGREE":
        return True  # "agreed to restore relations and reopen embassies": the terms of the settlement coded (X2)
    if token.dep_ in {"xcomp", "advcl"} and infinitive(token) and head.lemma_.lower() == "invite" and classify(head) == "CONSULT":
        return True  # "invited him to Lask to sign the accord": what the visit is for (X2)
    looked_forward = head.lower_ == "to" and head.head.lemma_.lower() == "look" and any(
        c.lower_ == "forward" for c in head.head.children)
    if token.dep_ == "pcomp" and (head.lower_ in {"on", "about", "over"} and noun_kind(head.head) == "CONSULT" or looked_forward):
        return True  # "talks on reopening roads": what is discussed; "looked forward to working with": a hope (X2)
    if token.dep_ in {"relcl", "acl"} and _label(token.head):
        return True  # "criticised the plan as an overreach that would target the poor", "called the arrest an attempt to
        # silence dissent": what the label says (X2)
    if _charged(token) or _unsaid(token) or _grounds(token):
        return True
    if token.dep_ in {"acl", "relcl"} and token.head.dep_ == "dobj" and classify(token.head.head) == "REJECT":
        return True  # "vetoed a resolution calling for a ceasefire": what a rejected text would have done
    asked = token.head.head.head if token.head.dep_ == "pobj" and token.head.head.lower_ == "for" else token.head.head
    if token.dep_ == "acl" and token.head.dep_ in {"dobj", "pobj"} and (asked.pos_ == "VERB" and classify(asked) == "REQUEST" or (
            (token.head.dep_ == "dobj" or token.head.head.lower_ in {"to", "for"}) and not any(t.ent_type_ == "DATE" for t in token.subtree)
            and (verb := governing_verb(token.head)) is not None and _asked_for(verb))):
        return True  # "called for a governor chosen by local notables", "demanded a deal approved by parliament", "urged
        # both sides to return to talks mediated by Qatar": what is asked for, not an act done (X2); "to honour a framework
        # agreed in 2024" names a past act by its day
    if token.dep_ in {"acl", "relcl"} and infinitive(token) and token.head.dep_ == "dobj" and (
            kind := classify(token)) is not None and classify(token.head.head) == kind:
        return True  # "file a motion to impeach him", "file a lawsuit to challenge the decision": the motion is the act
    if token.dep_ in {"xcomp", "advcl"} and infinitive(token) and head.pos_ == "VERB" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) and (kind := classify(token)) is not None and (
            classify(head) == kind):
        return True  # "summoned the envoy to lodge a protest", "will visit Lask to meet its governor": the purpose of the
        # act told, the same act (X1)
    clause = governing_verb(token) if token.pos_ == "NOUN" else token  # also "only if the army halted its air strikes"
    return clause is not None and clause.dep_ == "advcl" and (any(  # the mark may hang on a verb the parser took for an
        condition_mark(c) for t in [clause, *(a for a in clause.children if a.dep_ == "aux")]  # auxiliary: "only if
        for c in t.children) or only_after(clause))  # Canberra helped finance a refinery"; "only after parliament approved it"


def _fight_toll(verb: Token) -> bool:
    """ "Clashes between the army and gunmen killed ten people last month": a verb telling what a
    two-sided fight its subject names did, which is that fight (coded once per side on the noun,
    with the verb's day and place)."""
    return any(c.dep_ == "nsubj" and fought_out(c) and classify_noun(c) == classify(verb) for c in verb.children)


def _place_won(fight: Token) -> Token | None:
    """The verb of taking a place that a fight named by its noun ended in ("seized the town on
    Friday after two days of fighting with the army"): A2, the taking is that fight's, and so is its day."""
    won = next((a for a in fight.ancestors if a.pos_ == "VERB"), None) if fight.pos_ == "NOUN" else None
    return won if won is not None and won_in_fight(won) == fight else None


def _own_addressee(verb: Token) -> bool:
    """A verb naming whom it turns to: "appealed to donors", "called on the EU"."""
    return any(c.dep_ == "prep" and c.lower_ in {"to", "on", "upon"} and any(o.dep_ == "pobj" for o in c.children)
               for c in verb.children)


def _deal_terms(token: Token) -> bool:
    """ "signed a deal under which Kyrgyzstan will release more water", "signed an accord to share
    water", "the accord sets up a commission to share data": what a deal commits its parties to,
    not an act of its own (X2)."""
    agreements = plover()["agreement_nouns"]
    holder = token.head  # the accord, or the signing of it
    if infinitive(token) and token.dep_ in {"acl", "advcl"} and (holder.lemma_.lower() in agreements or (
            classify(holder) == "AGREE" and any(o.dep_ == "dobj" and o.lemma_.lower() in agreements for o in holder.children))):
        return True
    verb = token
    while verb.dep_ in {"xcomp", "conj"} and verb.head.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "sets up a commission to monitor flows and share data": the deal's own clause
    passive = any(c.dep_ == "auxpass" for c in token.children)  # "the accord has to be ratified by Congress"
    if token.pos_ == "VERB" and not passive and classify(token) is not None and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in agreements for c in verb.children):
        return True  # not "the ceasefire followed talks": what came after a deal is no term of it
    if token.dep_ not in {"relcl", "advcl"} or not any(
            c.dep_ == "prep" and c.lower_ == "under" and any(o.lower_ == "which" for o in c.children) for c in token.children):
        return False
    deal = token.head
    return deal.lemma_.lower() in plover()["body_nouns"] or "AGREE" in {noun_kind(deal), classify(deal)}


def _protested_decision(token: Token) -> bool:
    """ "Farmers marched against the government's decision to accept the caps", "walked out in
    protest at the plan to cut pensions": the act protested is what the protest is about (P1
    makes its author the target), told as an event where it is reported."""
    decision = token.head
    if not (infinitive(token) and token.dep_ == "acl" and decision.lemma_.lower() in plover()["decision_nouns"]):
        return False
    if decision.dep_ != "pobj" or decision.head.lower_ not in {"against", "at", "over"}:
        return False
    protest = decision.head.head
    return (noun_kind(protest) if protest.pos_ == "NOUN" else classify(protest)) == "PROTEST"


def _in_embedded_clause(noun: Token) -> bool:
    """A noun inside the phrases of a clause that is only content ("to add the officers to its
    sanctions list" after "asked the EU", "to give its patrols access"); not a time it is set
    against ("to tone down campaigning for next month's elections": the vote is news)."""
    current = noun
    while (current.dep_ in {"dobj", "dative", "pobj", "acl"} or current.dep_ == "prep" and current.lower_ in MOVED_TO) and (
            current.head.i != current.i):
        current = current.head
        if current.pos_ == "VERB" and current.dep_ in {"xcomp", "ccomp"} and _embedded(current):
            return True
    return False


def _label(phrase: Token) -> bool:
    """A name given to an act in a reaction: "called the vote a sham", "criticised the plan as an overreach"."""
    named_as = phrase.dep_ == "pobj" and phrase.head.lower_ == "as"
    verb = phrase.head.head if named_as else phrase.head if phrase.dep_ == "oprd" else None
    return verb is not None and (verb.lemma_.lower() in plover()["naming_verbs"] or classify(verb) in REACTIONS)


def _charged(token: Token) -> bool:
    """What an accusation or a penalty charges, down to what the charged act was for: "accused
    the UAE of arming the RSF", "blamed Kyiv for shelling the plant", "accused Freedonia of
    sending troops to back the rebels", "convicted him of inciting protests", "was fined for
    taking part in a rally", "accused Iran of a role in the attack", "charged him with planning an
    attack", "acquitted her of assaulting an officer": the charge, not a reported act."""
    current = token
    while current.head.i != current.i:
        accuser = None
        if current.dep_ == "pcomp" and current.head.lower_ in {"of", "for", "with"}:
            charged = current.head.head  # "of" may hang on the accused: "accused the minister of lying"
            if charged.lemma_.lower() in {*plover()["charge_nouns"], "suspect"}:
                return True  # "jailed on treason charges for donating money", "men suspected of plotting attacks": what
                # the charge names
            accuser = charged.head if charged.dep_ == "dobj" else charged
        elif current.dep_ == "pobj" and current.head.lower_ in {"of", "for"} and (
                current.lemma_.lower() in plover()["participation_nouns"]):
            accuser = current.head.head  # "accused New Delhi of involvement in the killing": a share in an act charged
        elif current.dep_ in {"xcomp", "advcl"} and infinitive(current) and any(
                p.dep_ == "prep" and p.lower_ in {"of", "for"} for p in current.head.children):
            accuser = current.head
        # "accused X of hiring agents to help …": the parser may hang "to help" on "accused"
        if accuser is not None and ((kind := classify(accuser)) in {"ACCUSE", "COERCE"} or kind == "REJECT" and (
                accuser.lemma_.lower() in ACQUITTING)):
            return True
        if current.dep_ not in {"xcomp", "advcl", "dobj", "pobj", "prep", "pcomp", "acl"}:
            return False
        current = current.head
    return False


def _grounds(token: Token) -> bool:
    """Why people were held or shot, told beside the act: "arrested 41 protesters when they
    refused to clear a barricade", "detained him on charges of inciting violence at rallies"
    (X2): the scene or the charge of the repression, not an act of its own."""
    if token.dep_ == "advcl" and any(c.lower_ == "when" for c in token.children) and classify(token) == "REJECT" and (
            classify(token.head) in REPRESSION):
        return True  # the scene of the arrest; a refusal told as a prior step ("after the party refused to sign") is coded
    current = token
    while current.dep_ in {"pobj", "prep", "dobj", "pcomp"} and current.head.i != current.i:
        current = current.head
        if current.dep_ == "prep" and current.lower_ == "of" and current.head.lemma_.lower() in plover()["charge_nouns"]:
            return True
    return False


def _unsaid(token: Token) -> bool:
    """What a statement not made is about (guide S2, X2): "did not say when the crossing would
    reopen", "declined to comment on the talks": no act is told, only the silence. A relative
    clause on the way is told as a fact: "has not responded to the offer, which comes amid tension
    over the sea, where coast guard ships fired water cannon at a fisheries vessel"."""
    lex = plover()
    current = token
    while current.head.i != current.i:
        if current.dep_ == "relcl":
            return False
        said = current.head
        if said.lemma_.lower() in lex["speech_verbs"] and (any(c.dep_ == "neg" for c in said.children) or (
                said.dep_ == "xcomp" and said.head.lemma_.lower() in lex["refusal_verbs"])):
            return current.dep_ not in {"nsubj", "nsubjpass"}  # not "Israel, which has carried out strikes, did not comment"
        current = said
    return False


def _own_clause(verb: Token) -> bool:
    """A verb that is not a coordinated one sharing another's subject: in "accused Castro of
    seeking to shield allies and called for a debate" the parser may hang "called" on "shield"."""
    return verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _ruled_out(token: Token) -> bool:
    """An option that is (or is not) ruled out: "(refused to) rule out using force to take control",
    the content of a refusal or a threat; not a relative clause hung on it ("ruled out governing
    with the AfD, whose co-leader accused him …"), nor an option left open ("did not rule out")."""
    current = token
    while current.head.i != current.i:
        if current.dep_ in {"relcl", "parataxis"} or current.dep_ == "conj" and phrasal_verb(current.head) == "rule out":
            return False  # "ruled out X but said he was willing to meet them": the second clause is told in its own right
        current = current.head
        if phrasal_verb(current) == "rule out":
            return not left_open(current)
    return False


def _afterrequest_noun(token: Token) -> bool:
    """ "defying calls to step down", "ignored demands to free them": the parse hangs what is
    called for on the verb, but it follows the request noun that is the verb's object."""
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return token.dep_ == "advcl" and before is not None and before.dep_ == "dobj" and before.head.i == token.head.i and (
        request_noun(before))


def _asked_for(token: Token) -> bool:
    """An infinitive or a "that" clause that is what somebody asks for: "called for French troops
    to leave", "a request from Armenia to withdraw", "asked Mexico for permission to arrest Glas",
    "asking Arab states to help return children", "sought guarantees that the rebels would not
    attack the airport"."""
    head = token.head
    if head.i == token.i:
        return False
    if token.dep_ == "xcomp" and head.pos_ == "VERB" and _asked_for(head):
        return True  # "to help return": a chain of what is asked
    content_clause = token.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    if not (infinitive(token) or content_clause):
        return False
    if head.pos_ in {"VERB", "AUX"}:
        return classify(head) == "REQUEST" or _afterrequest_noun(token)
    asker_of = head.head.head if head.dep_ == "pobj" and head.head.lower_ in {"by", "from"} else None
    return token.dep_ in {"acl", "relcl"} and (request_noun(head) or (
        head.dep_ in {"dobj", "pobj"} and (verb := governing_verb(head)) is not None and classify(verb) == "REQUEST") or (
        asker_of is not None and request_noun(asker_of)))  # "rejected calls by the opposition to resign"


def _event(work: Work, token: Token, event_type: str, published: str | None, earlier: list[Event]) -> Event:
    lex = plover()
    sentence: Span = token.sent
    clause = clause_tokens(token)
    won = _place_won(token)
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and _fight_toll(token.head) or won is not None:
        clause = [*clause, *clause_tokens(won or token.head)]  # the day the fight killed, or the place was taken, is the fight's
    subject, passive = noun_parties(token) if token.pos_ == "NOUN" else subject_of(token)
    target_phrase = noun_target(token, subject) if token.pos_ == "NOUN" else target_of(token, subject, event_type)
    if event_type == "PROTEST":  # the work "stopped" by strikers is nobody
        target_phrase = protested(token) or (None if target_phrase is not None and target_phrase.lower_ == "work" else target_phrase)
    if _hyphen_mediated(token) or token.pos_ == "NOUN" and mediator_named(token):
        # "X and Y held Egypt-hosted talks", "X and Y met under Turkish mediation": who hold the talks are the parties
        target_phrase = subject_of(verb_of(token.head))[0] or target_phrase
    if target_phrase is not None and target_phrase.lower_ == "them":
        target_phrase = plural_antecedent(target_phrase, subject) or target_phrase
    statement = _covering_statement(work.article.statements, token)
    speaker = None
    if statement is not None and statement.speaker_id:
        speaker = work.actors.get(statement.speaker_id)
    if passive or walked_free(token):
        target_phrase, subject = subject, holder_of(token) or captor(subject)
    if passive and token.lemma_.lower() == "use":  # "drones had been used against civilian areas": the weapon is no target
        target_phrase = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children),
                             target_phrase)
    if passive and subject is None and token.dep_ == "ccomp" and token.head.lemma_.lower() in lex["denial_verbs"]:
        # "the government denied that she had been detained": its own act, denied; only a denier named on the verb itself
        subject = next((c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if passive and subject is None and event_type == "AGREE" and token.dep_ == "conj" and classify(token.head) == "CONSULT":
        subject = subject_of(token.head)[0]  # "X and Y met …, but no agreement was reached": who met are the parties
    left = body_left(token) if event_type == "SANCTION" else None
    if left is not None and left.ent_type_ == "ORG":
        target_phrase = left  # T1: the organisation left is the target
    granted = _granted_right(token)
    if granted is not None:
        subject, target_phrase = granted
    winner = declared_winner(token) if event_type == "ELECTION" else None
    if event_type == "ELECTION" and elects(token) and target_phrase is not None and noun_kind(target_phrase) is None:
        winner = target_phrase  # "the Conservatives were re-elected", "Taiwan elected Lai": who is voted in wins
    if winner is not None:
        subject, target_phrase = winner, None  # E: the winner is the source, not who declared it
    taker = lost_to(token) if event_type == "ASSAULT" else None
    if event_type == "MOBILIZE" and token.lemma_.lower() in lex["sighting_verbs"]:
        subject, target_phrase = target_phrase, subject  # "Taiwan detected Chinese warships": China moved them
    elif taker is not None:
        subject, target_phrase = taker, subject  # "the army lost the town to the rebels": the rebels took it
    elif event_type in {"MOBILIZE", "COOPERATE"} and subject is None and target_phrase is not None and (
            target_phrase.lemma_.lower() in lex["force_words"]):
        # "no plans to deploy American troops": the troops' side moves them; "Kenyan and Ugandan
        # troops were deployed": the sides together (T5)
        subject, target_phrase = target_phrase, None
    source, source_country = participant(work, subject, speaker, speaker)
    if source_country is None and subject is not None and subject.pos_ == "NOUN" and noun_kind(subject) == event_type:
        source = None  # A1: "a drone strike killed a commander": the act names no doer
    if subject is None and speaker is not None and (
            event_type in lex["conflict_types"] and _announced_measure(token) or _there_be(token)):
        source, source_country = speaker.name, speaker.country
    elif speaker is not None and event_type in COOPERATIVE and token.pos_ == "VERB" and subject is not None and mute(subject):
        source, source_country = speaker.name, speaker.country  # "talks could resume, the envoy said": the speaker's side holds them
    target, target_country = participant(work, target_phrase, None, speaker)
    if _protested_place(event_type, target, target_country, source_country):
        target, target_country = None, None
    if source_country is None and subject is not None and subject.lemma_.lower() in lex["force_words"]:
        source_country = speaker_side(work, statement)  # "an Israeli official said troops could leave": their own troops
    elif speaker is not None and speaker.sector in {"GOV", "MIL"} and speaker.country and bare_force(subject):
        source_country = speaker.country  # "the Ethiopian spokesman said federal police had arrested 17", "Malaysia's
        # defence minister said the navy would not be drawn in": an official's own state's force
    pair = story_pair(earlier, (sentence.start_char, sentence.end_char)) if names_pair(subject) else None
    if pair is not None:  # "the two leaders signed a treaty": the pair the story is about
        (source, source_country), (target, target_country) = seeker_first(pair, participant(work, seeker(token), None)[1])
    if target_phrase is not None and target_phrase.lower_ in {"him", "her"} and target is not None and target == source:
        target, target_country = disjoint(work, target_phrase, source)
    if target_country is not None and target_country == source_country and self_owned(target_phrase):
        target, target_country = None, None  # "pulled its troops out": the source's own, not the other side
    # "the junta freed 3,000 prisoners if …": those it held, its own people; not in a swap, where they are the other side's
    freed_own = event_type == "CONCEDE" and _inmates(target_phrase) and not mutual(token, event_type)
    # "asked the U.N. Security Council to meet": a body of states is the target, of no country (guide §3)
    bodies = _bodies(work)
    to_body = target_country is None and target in bodies
    # "accused both governments of sending people back to Syria": the pair named is the target, not a place in the charge
    paired = target_country is None and event_type not in UNTARGETED and names_pair(target_phrase)
    if target_country is None and not (freed_own or to_body or paired) or event_type in JOINT and co_parties(subject):
        for candidate in other_parties(token, subject, event_type):
            if candidate.lower_ == "them":  # "opened shelters for them": the people named before
                candidate = plural_antecedent(candidate, subject) or candidate
            name, country = participant(work, candidate, None, speaker)
            if country is not None and not (country == source_country and self_owned(candidate)) and not (
                    _protested_place(event_type, name, country, source_country)):
                target, target_country = name, country
                break
    if (event_type, token.lemma_.lower()) in {("AID", "receive"), ("ACCUSE", "draw")}:
        giver = giver_of(token)  # "Ukraine received jets from Denmark", "the move drew criticism from the UN"
        if giver is not None:
            (source, source_country), (target, target_country) = participant(work, giver, None, speaker), (source, source_country)
        if giver is not None and subject is not None and noun_kind(subject) is not None:
            # "the deportation of 270,000 Haitians by Dominican authorities drew criticism": who did what is criticised
            target, target_country = participant(work, noun_parties(subject)[0], None, speaker)
    if event_type == "ELECTION" and source in _bodies(work):
        source = None  # "the OAS mission, which monitored the vote": an international body watches a vote, never wins it
    if event_type == "ELECTION" and source_country is None:
        source_country = election_country(sentence)
    if event_type in UNTARGETED:
        target, target_country = None, None
    elif target_country is None and event_type in REACTIONS | {"PROTEST"} and not (event_type == "PROTEST" and _ruler(
            target_phrase)) and (referred := _referred_act(work, target_phrase, (source, source_country), earlier)) is not None:
        # a protest pressing "the government" is aimed at the protesters' rulers (P1, below), not at an act told before
        target, target_country = _doer_answered(work, referred, target_phrase, (source, source_country), event_type,
                                                 earlier)
    said = next((c for c in token.children if c.dep_ == "ccomp"), None)  # "warned that Israel would face …"
    told = _told_to_act(work, said, (source, source_country), speaker) if event_type == "REQUEST" and target_country is None else None
    if told is not None:
        target, target_country = told
    if target_country is None and not to_body and event_type in lex["speech_acts"] and said is not None and (
            aimed := _named_in(work, said.left_edge.idx, said.right_edge.idx + len(said.right_edge), source_country)
    ) is not None:
        target, target_country = aimed.name, aimed.country
    ahead = looks_ahead(token)
    date = event_date(work, token, clause, ahead, event_type)
    (location, location_country, latitude, longitude), place_found = event_place(token, clause, event_type, statement)
    if event_type == "CONSULT" and target_country is None and (token.lemma_.lower() in lex["arrival_verbs"] or due_in_town(
            token)) and location_country != source_country:
        target_country = location_country  # "Putin arrived in Beijing", "the envoy is due in Lask": the host is the country
        # visited
    home = dateline_home(token.doc, location_country if place_found != "destination" else None)
    named = {a.name for a in work.actors.values()}
    source_country = source_country or (home if source and source not in named and _agentive(subject) else None)
    if source is None and passive and event_type in {"ACCUSE", "THREATEN"} and speaker is not None and not any(
            c.dep_ == "neg" for c in token.children):
        source, source_country = speaker.name, speaker.country  # "Makuei said Machar was accused of stirring up a
        # rebellion", "the ministry said any survey would be met with stern measures"
    if source is None and passive and event_type == "COERCE" and place_found == "text" and (
            location_country not in {None, target_country} and target_country is not None):
        # "Bojang, a Gambian, was arrested in Bern": held abroad, by the state where it was done
        source_country = source_country or location_country
    if source is None and passive and event_type in STATE_ACTS | {"SANCTION", "CONCEDE", "COOPERATE", "AID", "RETREAT"}:
        # "Bukele said the men would be held", "the ban could be lifted, an adviser said", "the patrols
        # would be expanded, the minister said": the speaker's state; but what the speaker's side was (not)
        # granted ("Britain said it had not been granted consular access", "the four were handed over to
        # Kenyan officials") the other side gave or withheld
        side = speaker_side(work, statement)
        received = any(c.dep_ == "nsubjpass" and c.lower_ in {"it", "we"} or c.dep_ == "prep" and c.lower_ == "to"
                       for c in token.children)
        if event_type == "CONCEDE" and side is not None and side == target_country and received:
            side = (other_of_pair(side, earlier) or (None, None))[1]
        source_country = source_country or side
    if source is None and (event_type in DOMESTIC or passive and event_type in STATE_ACTS - {"COERCE"}):
        # "after weeks of protests", "was appointed army chief": the country's own; an arrest told
        # without its agent ("22 people were detained") keeps no source country (section 3)
        source_country = source_country or home
    pressed = event_type == "PROTEST" or event_type == "REQUEST" and _protest_demand(token)  # and the demand made there
    ruler = _ruler(target_phrase) if pressed and target_country is None else None
    if ruler is not None:  # P1: "against the government's pension reform": the protesters' own rulers
        target, target_country = ruler.text, source_country or home
    if target_country is None and target_phrase is not None and _crew(target_phrase):
        target_country = _flag(target_phrase)  # "boarded a Chinese fishing vessel and detained its 19 crew": China's
    if target_country is None and (event_type in OWN_SIDE or event_type in STATE_ACTS and _common_people(target_phrase) or freed_own):
        target_country = source_country  # "police detained 1,300 people": the state's own people
    if target_country is None and event_type == "REJECT" and stopped_by_court(token) is not None:
        target_country = source_country  # "the High Court halted the deportation of 312 nationals": its own state deports
    if target_country is None and target is not None and event_type in HOSTILE and _home_forces(target_phrase):
        target_country = home  # "gunmen killed five soldiers at a checkpoint in North Sinai": Egypt's soldiers
    if target_country is None and event_type == "ASSAULT" and (
            _common_people(target_phrase) and not _strangers(target_phrase) or _held_site(target_phrase)):
        target_country = location_country or home  # "gunmen killed 12 villagers in Mopti": Mali's villagers
    if target_country is None and event_type in REPRESSION and police(subject):
        target_country = source_country  # "police detained five of them", "police fired into the air": the state's own people
    public = next((p for p in [target_phrase, *other_parties(token, subject, event_type)] if _public(p)), None)
    if target_country is None and event_type not in UNTARGETED | DOMESTIC and public is not None:
        # "police fired tear gas at protesters", "accused the opposition": the public of the story's
        # country, the source's own or, for a foreign state or mission, the one it speaks to ("the
        # U.S. embassy urged the authorities to free the activists"); with no story country, the source's
        target_country = home or source_country
    both_sides = paired and target_country is None
    sides = (contested_pair(earlier, (source, source_country)) or story_pair(earlier)) if both_sides else None
    if sides is not None:  # the AU "urged both sides to show restraint": the two the story tells most acts between,
        # the first named (the other, for one of them); not a co-mediator named beside the speaker
        target, target_country = other_side(sides, source_country) or sides[0]
    elif both_sides:  # "the EU envoy urged all parties to refrain from violence": a story of one country's rivals
        target_country = home
    if target_country is None and not to_body and event_type not in UNTARGETED | OWN_SIDE | DOMESTIC | SHOWN_FORCE and not (
            _challenger(work, source, earlier)) and (partner := other_of_pair(source_country, earlier)) is not None and (
            _story_side(work, token.sent, partner[1], (source, source_country), event_type)):
        target, target_country = partner  # "Yerevan said it was ready to sign the document": with the story's other side
    if event_type == "AID" and target_country is None and not to_body:
        target_country = home  # "Britain pledged 2.5 million pounds in emergency funding": for where the need is
    if event_type in SHOWN_FORCE and target_country is None:
        target = None  # "deployed extra officers near the port": the force moved or the place, not a party
    armed = any(w.lemma_.lower() in lex["force_words"] for phrase in [subject, *objects_of(token)] if phrase is not None
                for w in phrase.subtree)
    if event_type == "RETREAT" and (_relief_body(source) or source in bodies and not armed):
        # T1: "the food agency suspended operations in the province", "the world body would suspend
        # operations": no forces retreat (UN peacekeepers pulling out do)
        event_type = "SANCTION"
    start, evidence = evidence_of(sentence)
    mode = mode_of(token, published, date)
    demanded = {c.lower_ for c in token.children if c.dep_ == "aux"} & {"must", "should"} and not _timetabled(token, event_type)
    if statement is not None and demanded and speaker is not None and not _laid_on_own_whole(token):
        # "Washington must lift the sanctions," the minister said: the speaker demands it
        event_type, mode = "REQUEST", "verbal"
        (source, source_country), (target, target_country) = (speaker.name, speaker.country), (source, source_country)
    elif mode == "negated" and event_type in COOPERATIVE and ({c.lower_ for c in token.children if c.dep_ == "aux"} & (
            MODAL_FUTURE | {"can", "would", "ca", "does", "do"}) or _verdict_disowned(token)) and not (
            event_type == "SUPPORT" and backs_person(token) and token.lemma_.lower() not in ACCEPTING_VERBS) and not (
            on_condition(token)):
        event_type, mode = "REJECT", "verbal"  # "we will never accept …", "would not support the resolution", "does not
        # recognise the court's jurisdiction", "has not accepted the verdict", "would not recognise the trustee": a refusal,
        # a stand taken, not a past act left undone ("did not sign")
    elif mode == "negated" and event_type in COOPERATIVE and on_condition(token):
        mode = "hypothetical"  # "would not resume negotiations unless the army halted": talks on a condition (M4)
    else:
        event_type, mode = in_words(token, event_type, mode, was_announced(work, token, subject, statement, source_country),
                                     statement is not None)
        warned = next((c for clause in conditions(token) for c in clause.children if c.dep_ == "nsubj"), None)
        if event_type == "THREATEN" and target_country is None and warned is not None:
            target, target_country = participant(work, warned, None, speaker)  # "… unless Iran retaliated": Iran is warned
    if mode == "actual" and event_type in DOMESTIC and convened(token):
        mode = "future"  # "called a nationwide strike for Tuesday", "called a snap election": set, not yet held
    if event_type not in {"SANCTION", "CONCEDE", "RETREAT", "REJECT"} and taker is None and is_called_off(token):
        # "postponed the election", "lost his seat"; the undoing is the act done in a called-off visit (SANCTION, T2),
        # scrapped tariffs (CONCEDE), a called-off march (RETREAT), an annulled ruling (REJECT, T6) and a town lost (taken)
        mode = "negated"
    if announced_in_words(token, mode, place_found):
        (location, location_country, latitude, longitude), place_found = told_where(token, statement)
    if place_found == "dateline" and filed_elsewhere(token, event_type, mode, source_country, location_country) or (
            place_found == "said" and said_elsewhere(event_type, mode, speaker is not None and speaker.country == source_country)) or (
            event_type == "STATEMENT" and mode == "negated" and _seat_named(subject, location)):
        location, location_country, latitude, longitude = NOWHERE
    if mode == "future" and not ahead:  # "called for protests on Saturday": the coming Saturday (D1, D2)
        date = event_date(work, token, clause, True, event_type)
    if mode == "verbal":  # D2: a decision told in words dates from when it was told, not from the day set for the act
        date = told_on(work, token, statement) or (None if set_ahead(date, published) else date)
    elif mode == "hypothetical":
        date = date or told_on(work, token, statement)  # an offer on a condition, undated, is dated by its telling
    return Event(
        type=event_type, evidence=evidence, start=start, end=start + len(evidence),
        mode=mode, context=list(lex["contexts"].get(event_type, [])),
        cameo=lex["cameo"].get(event_type), source_actor=source, source_country=source_country,
        target_actor=target, target_country=target_country, date=date, location=location,
        location_country=location_country, latitude=latitude, longitude=longitude, trigger=token.text,
        article_id=work.article.id, articles=[work.article.id],
        id=stable_id(work.article.id, token.idx, event_type, prefix="ev_"),
    )


def _seat_named(doer: Token | None, place: str | None) -> bool:
    """Guide S2, L1: a place named on whoever withheld a statement is their seat, not where anything
    happened: "the Chinese embassy in Ottawa did not respond to a request for comment"."""
    return doer is not None and place is not None and place in doer.doc[doer.left_edge.i:doer.right_edge.i + 1].text


def _verdict_disowned(token: Token) -> bool:
    """ "Does not recognise the ruling", "has not accepted the result": a decision or a verdict its
    addressee disowns is rejected (CAMEO 12, T6), unlike a state or a government not recognised,
    which is recognition withheld (SUPPORT, negated)."""
    return token.lemma_.lower() in ACCEPTING_VERBS and any(o.lemma_.lower() in VERDICTS for o in objects_of(token))


def _relief_body(name: str | None) -> bool:
    """Whether an actor's name makes it a relief body ("World Food Programme", "Humanitarian
    Aid Office"), whose halted work is withheld help, not a retreat of forces."""
    return name is not None and bool(set(name.lower().split()) & set(plover()["relief_words"]))


def _announced_measure(token: Token) -> bool:
    """An unowned measure told as going on or coming, in a speaker's words: "the air strikes would
    continue", "the strike would go on until …", "the tariffs will come into force if …" (T4, M2)
    are the speaker's own; not what is said of another's ("the strikes will not go unpunished",
    "sanctions would not deter us")."""
    verb = token.head
    going_on = verb.lemma_.lower() in plover()["continuation_verbs"] or verb.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ in {"on", "ahead"} for c in verb.children)
    return token.pos_ == "NOUN" and token.dep_ == "nsubj" and going_on and any(
        c.dep_ == "aux" and c.lower_ in MODAL_FUTURE | MODAL_HYPOTHETICAL for c in verb.children)


def _there_be(token: Token) -> bool:
    """An unowned act told as there being (or not being) one, in a speaker's words: "there would
    be no further talks with India", "there will be a response": the speaker's side holds it."""
    verb = token.head
    return token.pos_ == "NOUN" and token.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ == "expl" for c in verb.children)


def _told_to_act(work: Work, said: Token | None, source: Named, speaker: Actor | None) -> Named | None:
    """Whom a demand is addressed to when it is told as a clause: the doer of the act demanded
    ("demanded that the government close the camps", "urged that Lima reopen the border"), of
    whatever side, the speaker's own government too; not who would undergo it ("demanded that
    the state be consulted"). "The government" named by office alone is the demanders' own, a
    party apart from them even where both resolve to one state's name (P1)."""
    doer = clause_subject(said) if said is not None else None
    named = participant(work, doer, None, speaker)
    if doer is not None and _ruler(doer) is not None and (named[1] is None or named[0] == source[0]):
        named = doer.text, named[1] or source[1] or dateline_home(doer.doc, None)
    return named if named[1] is not None and named[0] != source[0] else None


def _named_in(work: Work, start: int, end: int, source_country: str | None) -> Actor | None:
    """The first other side a threat, accusation or demand names in its words (characters
    ``start`` to ``end``): Iran in "said Israel would exact the price from Iran" for an Israeli speaker."""
    mentions = sorted((m for m in work.article.mentions if start <= m.start and m.end <= end and m.actor_id in work.actors),
                      key=lambda m: m.start)
    return next((a for m in mentions if (a := work.actors[m.actor_id or ""]).country not in {None, source_country}), None)


def _protested_place(event_type: str, name: str | None, country: str | None, source_country: str | None) -> bool:
    """P1: a protest's place at home ("blocked the highways into La Paz", "marched on Lima") says
    where it was, not whom it is aimed at (the protesters' side may not be known yet)."""
    return event_type == "PROTEST" and name is not None and source_country in {country, None} and locate(name) is not None


def _ruler(phrase: Token | None) -> Token | None:
    """The rulers a phrase names, or whose act it names, by office alone: "the mayor", "the
    government's pension reform", "government plans"."""
    owner = next((c for c in phrase.children if c.dep_ in {"poss", "compound"}), None) if phrase is not None else None
    return next((t for t in [phrase, owner] if t is not None and t.lemma_.lower() in plover()["ruler_nouns"]), None)


def _common_people(phrase: Token | None) -> bool:
    """ "300 people", "protesters", "a man": people named by no name or side."""
    lex = plover()
    return phrase is not None and phrase.pos_ == "NOUN" and phrase.lemma_.lower() in lex["person_nouns"] + lex["crowd_words"]


def _crew(phrase: Token) -> bool:
    """ "Its 19 crew", "the captain", "the crew members": people aboard a boat or plane."""
    crew = plover()["crew_nouns"]
    return phrase.lemma_.lower() in crew or any(c.dep_ == "compound" and c.lemma_.lower() in crew for c in phrase.children)


def _flag(phrase: Token) -> str | None:
    """The country of the craft named last before the crew with a nationality ("a Chinese
    fishing vessel", "the Taiwanese trawler"): its crew are that country's."""
    crafts = [t for t in phrase.doc[:phrase.i] if t.lemma_.lower() in plover()["crewed_craft"]]
    return next((place.iso3 for craft in reversed(crafts) for c in craft.children
                 if c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ in {"NORP", "GPE"}
                 and (place := lookup(c.text)) is not None and place.kind in {"demonym", "country"}), None)


def _held_site(phrase: Token | None) -> bool:
    """ "Attacked an army post", "shelled the town", "stormed a police station": a place or a post
    attacked, named by no side, stands for the people or forces of the country where it is."""
    return phrase is not None and site_word(phrase)


def _strangers(phrase: Token) -> bool:
    """ "Migrants", "tourists", "foreign nationals": people who are often not of the country
    where they are attacked, whose country the text must say."""
    return phrase.lemma_.lower() in plover()["stranger_nouns"]


def _home_forces(phrase: Token | None) -> bool:
    """ "Soldiers", "the army", "troops": a state's forces named by no side are those of the
    country where it happens (section 3), not peacekeepers or militias, who serve no state there."""
    lex = plover()
    return phrase is not None and phrase.pos_ == "NOUN" and phrase.lemma_.lower() in lex["force_words"] and (
        phrase.lemma_.lower() not in lex["foreign_forces"])


def _inmates(phrase: Token | None) -> bool:
    """ "political prisoners", "rebel detainees": people a state holds, named by no side; freed,
    they are the state's own (a freed hostage or captive belongs to the other side)."""
    return phrase is not None and phrase.pos_ == "NOUN" and phrase.lemma_.lower() in plover()["inmate_nouns"]


def _public(phrase: Token | None) -> bool:
    """ "protesters", "the opposition", "voters", "the authorities": a country's public or its
    political groups, named by no name or side (guide §3: they take the country they belong to);
    so are its office holders and people named by their trade ("met union leaders", "accused
    ministers", "urged senators", "urged the farmers to return to talks"); not mere victims
    ("killing nine people"), whom no side is named for."""
    return phrase is not None and phrase.pos_ == "NOUN" and phrase.lemma_.lower() in plover()["public_groups"]


def _referred_act(work: Work, phrase: Token | None, source: Named, earlier: list[Event]) -> Event | None:
    """The act a reaction points back to, whose doer is its target: "condemned the attack"
    (the latest attack told), "welcomed the move" (the latest act of another side, also one at
    home: "the opposition rejected the ban", "his lawyers called the verdict political"); an act
    named by whom it was done to is as definite ("rallied against the cleric's arrest"), not one
    named by the rulers who took it ("against their government's decision", P1's own target), nor
    a force ("had full confidence in the coast guard": the force itself, not who acted last)."""
    if phrase is None or phrase.pos_ != "NOUN" or phrase.lemma_.lower() in plover()["force_words"] or not any(
            c.dep_ == "det" and c.lower_ in ANAPHORIC or c.dep_ == "poss" and c.lemma_.lower() not in plover()["ruler_nouns"]
            for c in phrase.children):
        return None
    kind = noun_kind(phrase)
    acts = [e for e in earlier if e.type != "STATEMENT" and e.source_country
            and not _one_side(work, source, (e.source_actor, e.source_country))]
    return next((e for e in reversed(acts) if kind is None or e.type == kind), None)


def _doer_answered(work: Work, act: Event, phrase: Token, source: Named, event_type: str, earlier: list[Event]) -> Named:
    """Whom a reaction to ``act`` is aimed at: its doer; but the opposition or a voice of public
    life at home (``_home_voice``) answering a deal, a loan or any help its country is party to
    answers its own rulers who made it ("the opposition criticised the gas contract with
    Argentina", "lawmakers would vote against the accord"), not the foreign partner; a chamber
    voting a deal down is its state turning the partner down."""
    name, country = source
    doer = act.source_actor, act.source_country
    actor = _actor_named(work, name)
    chamber = name is not None and name.split()[-1].lower() in CHAMBERS  # a chamber's vote on a deal is its state's
    voice = actor is not None and actor.sector in CHALLENGER_SECTORS or _home_voice(work, name, event_type) and not chamber
    if not voice or country is None:
        return doer
    lemma = phrase.lemma_.lower()
    deal = "AGREE" if lemma in plover()["agreement_nouns"] else DEALS.get(lemma)
    for answered in [*(e for e in reversed(earlier) if e.type == deal), act]:  # the deal named, else the act referred to
        sides = [(answered.source_actor, answered.source_country), (answered.target_actor, answered.target_country)]
        own = [side for side in sides if side[1] == country]
        if answered.type in COOPERATIVE and len(own) == 1 and all(side[1] for side in sides):
            return own[0]
    return doer


def _one_side(work: Work, a: Named, b: Named) -> bool:
    """Two actors on one side: the same, or a state's executive and forces together (not its
    courts, parliament or opposition, which stand apart from them)."""
    sectors = {actor.name: "GOV" if actor.kind == "country" else actor.sector for actor in work.actors.values()}
    return a[0] == b[0] or a[1] == b[1] and all(sectors.get(name or "") in STATE_SECTORS for name in (a[0], b[0]))


def _granted_right(token: Token) -> tuple[Token, Token] | None:
    """Who affirms whose right to the act: "Sunak has said Israel has the right to defend itself"."""
    right = token.head
    if token.dep_ != "acl" or right.lemma_.lower() not in plover()["right_nouns"] or right.dep_ != "dobj" or right_reserved(token):
        return None  # "said Islamabad reserved the right to strike": the holder's own warning
    holder = next((c for c in right.head.children if c.dep_ == "nsubj"), None)
    if holder is None or right.head.dep_ != "ccomp":
        return None
    affirmer, passive = subject_of(right.head.head)
    return (affirmer, holder) if affirmer is not None and not passive else None


def _agentive(subject: Token | None) -> bool:
    """A subject that can stand for the home country's people ("police", "the army"), not an
    event ("the exercises focused on …"), a thing ("the measures included …"), attackers
    whose side the text does not know ("gunmen stormed a studio", "armed men seized a ferry"; A1),
    weapons of no named owner ("drones hit a power station") or many states ("nearly 200
    countries adopted a deal"); "they" in a report of one's own act is judged by whom it stands for."""
    lex = plover()
    if subject is not None:
        subject = reporter(subject) or subject
    lemma = subject.lemma_.lower() if subject is not None else ""
    many = subject is not None and (many_states(subject) or _multinational(subject))
    return subject is None or (noun_kind(subject) is None and lemma not in lex["non_agents"]
                               and not unattributed(subject) and lemma not in lex["projectile_words"] and not many)


def _multinational(phrase: Token) -> bool:
    """People of many states, who are not the home country's: "West African leaders", "Arab and
    Muslim leaders", "negotiators from more than 170 countries"."""
    lex = plover()
    regional = any(c.dep_ in {"amod", "compound"} and c.lower_ in lex["regional_peoples"] for c in phrase.children)
    return regional or any(o.tag_ == "NNS" and o.lemma_.lower() in lex["many_states"] for p in phrase.children
                           if p.dep_ == "prep" and p.lower_ in {"from", "of"} for o in p.children if o.dep_ == "pobj")


def _statement_events(work: Work, events: list[Event]) -> list[Event]:
    """A public statement whose sentence carries no stronger event (PLOVER's STATEMENT
    extension); ``events`` are those that would outweigh it."""
    lex = plover()
    taken = [(e.start, e.end, e.type, e.trigger if e.type == "STATEMENT" and e.mode == "negated" else None) for e in events]
    found = []
    text = work.article.text
    for statement in work.article.statements:
        speaker = work.actors.get(statement.speaker_id or "")
        if statement.cue and statement.cue.lower() in lex["attribution_cues"] and (speaker is None or speaker.kind != "person"):
            continue  # "1,000 people have fled, according to the UN": a source for a figure; a named person still speaks
        kind = statement_type(statement.content)
        if _proposal_judged(work, statement):
            kind = "REJECT"  # T6: "said the demand was unaffordable", "said the proposal was unacceptable"
        elif kind == "REQUEST" and _own_duty(work, statement):
            kind = "STATEMENT"  # S1: "wrote that Europe must take responsibility": a position, not a demand
        if kind in lex["speech_acts"] and _demanded(work, statement):
            kind = "REQUEST"  # X2: "demanding that Madrid reject any cut": what is demanded is no refusal of the speaker's
        here = [t for s, e, t, withheld in taken if s <= statement.start < e and not _beside_withheld(statement, withheld)]
        # a stronger event is there; a threat or accusation made in words is still one, not the refusal or
        # charge inside a repression told ("arrested 41 protesters when they refused to clear …, police said")
        position = _position_beside(work, statement, here) if here else None
        if position is not None and statement_type(position) == "STATEMENT":
            kind = "STATEMENT"
        elif here and not _set_against(work, statement) and (kind not in lex["speech_acts"] or kind in here or set(here) & REPRESSION and _reports_act(work, statement)
                       or kind == "THREATEN" and _retaliation_done(work, statement)):
            continue
        if statement.speaker_id is None and (kind == "STATEMENT" or not statement.speaker or _commentator(statement.speaker)):
            continue  # an unnamed speaker's plain statement says too little; analysts' warnings are no political act (S3c)
        withheld = _withheld(work, statement)
        if kind == "STATEMENT" and not withheld and _reports_act(work, statement):
            continue  # S3a: "said his country had taken them in"; not "did not say whether its ships had left" (S2)
        if kind == "STATEMENT" and not withheld and _outlet(work, statement):
            continue  # S3c: "the Tasnim news agency reported": a news outlet is no political actor
        source_country = speaker_side(work, statement)
        said = text.find(statement.content, statement.start)
        other = _named_in(work, said, said + len(statement.content), source_country) if (
            kind in lex["speech_acts"] and said >= 0) else None  # a threat or accusation is aimed at whom it names
        start = max(text.rfind("\n", 0, statement.start) + 1, _sentence_start(work, statement.start))
        end = _sentence_end(work, statement.end)
        mode = ("negated" if withheld else "actual") if kind == "STATEMENT" else (
            "negated" if statement.negated and kind == "AGREE" else "verbal")
        date, (location, location_country, _, _) = _told_when_where(work, statement, kind, mode, source_country)
        found.append(Event(
            type=kind, evidence=text[start:end].strip(), start=start, end=end,
            mode=mode, context=list(lex["contexts"][kind]), cameo=lex["cameo"].get(kind),
            source_actor=speaker.name if speaker else statement.speaker,
            source_country=source_country, target_actor=other.name if other else None,
            target_country=other.country if other else None,
            date=date, location=location, location_country=location_country,
            trigger=statement.cue, article_id=work.article.id, articles=[work.article.id],
            id=stable_id(work.article.id, statement.start, "STATEMENT", prefix="ev_"),
        ))
        taken.append((start, end, kind, None))
    return found


def _told_when_where(work: Work, statement: Statement, kind: str, mode: str, source_country: str | None
                     ) -> tuple[str | None, Located]:
    """When and where a statement was made: its own date and place, else those of the act a
    participle cue hangs on ("expelled six diplomats on Monday, saying they were linked to …",
    D1), and for one in a paragraph's first sentence the dateline, where the speaker sits
    there (guide L2)."""
    cue = _cue_token(work, statement)
    if cue is None:
        return statement.date, _where(statement.place)
    date = statement.date or event_date(work, cue, clause_tokens(cue), False, kind)
    (place, country, latitude, longitude), found = told_where(cue, statement)
    if found == "dateline" and filed_elsewhere(cue, kind, mode, source_country, country):
        return date, NOWHERE
    return date, (place, country, latitude, longitude)


def _where(place: str | None) -> Located:
    """A place named in words and the country the gazetteer puts it in."""
    where = locate(place) if place else None
    return place, where.iso3 if where is not None else None, None, None


def _position_beside(work: Work, statement: Statement, here: list[str]) -> str | None:
    """S1 beside a demand: "said voting had been orderly but urged the authorities to free the
    detainees" is a position and a demand; the appeal, a second verb coordinated with "said",
    does not outweigh the position, which is what was said before it (a reason given for
    an act does not stand apart: "rejected the criticism, saying the drills were routine")."""
    cue = _cue_token(work, statement)
    said = work.article.text.find(statement.content, statement.start)
    if cue is None or said < 0 or cue.tag_ != "VBD" or cue.dep_ == "conj" or cue.lemma_.lower() not in plover()["speech_verbs"] or (
            not set(here) <= set(plover()["speech_acts"])):
        return None
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]  # "said the court was independent and urged Belgrade …":
    # the parser may hang the second verb, with no subject of its own, on what was said
    coordinated = [c for h in [cue, *clauses] for c in h.children if c.dep_ == "conj" and (h is cue or not any(
        s.dep_ in {"nsubj", "nsubjpass"} for s in c.children))]
    second = next((c for c in coordinated if classify(c) == "REQUEST"), None)
    position = [t for t in cue.subtree if second is not None and cue.i < t.i < second.i]
    if not position or any(classify(t) is not None or t.dep_ == "neg" or t.tag_ == "MD" for t in position):
        return None  # "said Athens supported Skopje's bid", "said the state would not pay any ransom", "said those
        # detained had been beaten": support, a commitment, a charge
    return work.article.text[said:min(said + len(statement.content), second.idx)]


def _set_against(work: Work, statement: Statement) -> bool:
    """S1 beside a typed act: "welcomed the deal but said it came too late" sets a position of its
    own against the praise, a second statement; not when what was said tells an act, coded as
    that act ("welcomed the withdrawal but said Damascus would sign only if …")."""
    cue = _cue_token(work, statement)
    if cue is None or cue.dep_ != "conj" or cue.lemma_.lower() not in plover()["speech_verbs"] or not any(
            c.dep_ == "cc" and c.lower_ == "but" for c in cue.head.children) or any(c.dep_ == "nsubj" for c in cue.children):
        return False  # "X urged him to stay, but he said …": another speaker's answer
    said = [t for c in cue.children if c.dep_ == "ccomp" for t in c.subtree]
    return bool(said) and not any(
        (classify(t) if t.pos_ == "VERB" else classify_noun(t) if t.pos_ == "NOUN" else None) is not None for t in said)


def _beside_withheld(statement: Statement, withheld: str | None) -> bool:
    """S2 beside S1: "told reporters the talks had been frank but declined to give details" is a
    statement made and one withheld; not when the statement is the one withheld ("declined to say whether …")."""
    return withheld is not None and withheld.lower().partition(" ")[0] != (statement.cue or "").lower().partition(" ")[0]


def _outlet(work: Work, statement: Statement) -> bool:
    """Guide S3c: the speaker is a news outlet (a wire agency, a broadcaster, a newspaper)."""
    speaker = work.actors.get(statement.speaker_id or "")
    return speaker is not None and speaker.sector == "MED"


def _commentator(speaker: str) -> bool:
    """Guide S3c: "analysts", "legal scholars", "residents", "criminologists": speakers who are no
    political actor (a scholar of any discipline ending in "-ologist")."""
    word = speaker.lower().rpartition(" ")[2]
    return word in plover()["commentator_nouns"] or word.endswith("s") and word[:-1] in plover()["commentator_nouns"] or (
        word.endswith(("ologist", "ologists")))


def _accuser_untold(token: Token) -> bool:
    """A charge told in the passive with no accuser ("had not been accused of wrongdoing", "its
    fighters have been blamed for the bombings"): nobody's speech act (X3), whatever it names; not
    a deed charged in a speaker's words ("said the vote had been bought"), the speaker's accusation."""
    return plover()["verbs"].get(token.lemma_.lower()) == "ACCUSE" and any(
        c.dep_ == "nsubjpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children)


def _analysed(work: Work, token: Token) -> bool:
    """S3c: what analysts or scholars say is an assessment. An act it names by a noun or a
    verb with no tense of its own ("say the issue could complicate Ukraine's bid to open talks",
    "say weak courts have allowed the gangs to expand") is part of that assessment, not an act
    reported; a clause with its own tense still reports one ("said Nawrocki could still win",
    "as the AU drew down its troops"), and so does a participle riding on such a clause ("had
    detained four men, accusing them of smuggling, according to residents")."""
    statement = _covering_statement(work.article.statements, token)
    if statement is None or statement.speaker is None or not _commentator(statement.speaker):
        return False
    deed = token.head
    riding = token.tag_ == "VBG" and token.dep_ == "advcl" and (deed.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ == "aux" and c.lower_ != "to" for c in deed.children))  # "had detained four men, accusing them of …"
    return token.pos_ == "NOUN" or token.tag_ in {"VB", "VBG"} and not riding and not any(
        c.dep_ == "aux" and c.lower_ != "to" for c in token.children)


def _reports_act(work: Work, statement: Statement) -> bool:
    """Whether what was said tells of a deed done by somebody ("the party said it had suspended
    two of its lawmakers", "said his country had taken them in"): an actor's verb of doing in
    the past, with its object, not denied. Positions are not deeds: states and attitudes ("said
    Moscow valued its relations", "said the decision reflected …"), things as subjects ("the
    economy faced …"), passives and what must or will be done. A figure given ("turnout was 48
    percent") tells of no position either."""
    assert work.doc is not None
    said = work.article.text.find(statement.content, statement.start)
    span = work.doc.char_span(statement.start, statement.end, alignment_mode="expand")
    if span is None or said < 0:
        return False
    inside = [t for t in span if said <= t.idx < said + len(statement.content)]
    for verb in (t for t in inside if t.head not in inside or t.head.i == t.i):
        if verb.lemma_ == "be" and any(c.dep_ == "attr" and c.ent_type_ in FIGURES for c in verb.children):
            return True  # "turnout was 48 percent, the commission said": a figure given, no position taken
        doers = [c for c in verb.children if c.dep_ == "nsubj" and (c.ent_type_ in ACTOR_ENTITIES or c.pos_ == "PRON" or any(
            p.dep_ == "poss" for p in c.children) or work.actor_at(c.idx, c.idx + len(c.text)) is not None)]  # "police arrested"
        past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        if past and doers and verb.pos_ == "VERB" and verb.lemma_.lower() not in plover()["stative_verbs"] and any(
                c.dep_ in {"dobj", "prt"} for c in verb.children) and not any(
                c.dep_ == "neg" or c.dep_ == "dobj" and _no_deed_object(c) for c in verb.children):
            return True
    return False


def _retaliation_done(work: Work, statement: Statement) -> bool:
    """Whether what was said tells of a retaliation carried out ("retaliated by ordering a
    Latvian counsellor to leave, a spokesman said"), or names the measure it will take ("would
    respond with reciprocal duties": the measure announced, T4): the deed is coded, no threat
    is made."""
    assert work.doc is not None
    span = work.doc.char_span(statement.start, statement.end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in plover()["retaliation_verbs"] and (
        t.tag_ == "VBD" or classify(t) in plover()["conflict_types"]) for t in span)


def _proposal_judged(work: Work, statement: Statement) -> bool:
    """Whether what was said finds fault with a demand, an offer or a proposal put to the speaker
    ("said the demand was unaffordable at current prices", "said the plan was unacceptable"):
    a refusal of it in words, not a demand or a charge of the speaker's own."""
    assert work.doc is not None
    span = work.doc.char_span(statement.start, statement.end, alignment_mode="expand")
    if span is None:
        return False
    proposals = {*plover()["request_nouns"], "proposal", "offer", "plan"}
    return any(t.dep_ == "nsubj" and t.lemma_.lower() in proposals and t.head.lemma_ == "be" and any(
        c.dep_ == "acomp" and blames(c.lemma_.lower()) for c in t.head.children) for t in span)


def _own_duty(work: Work, statement: Statement) -> bool:
    """Whether every "must"/"should" said is laid on the speaker's own whole, "we" or a
    continent ("said Europe must protect its industry but should avoid a tariff spiral"): a
    position (S1); laid on another ("Washington must lift the sanctions") it is a demand."""
    assert work.doc is not None
    span = work.doc.char_span(statement.start, statement.end, alignment_mode="expand")
    if span is None:
        return False
    duties = [t.head for t in span if t.dep_ == "aux" and t.lower_ in {"must", "should"}]
    return bool(duties) and all(_laid_on_own_whole(verb) or _laid_on_a_thing(verb) for verb in duties)


def _laid_on_own_whole(verb: Token) -> bool:
    """Whether the subject of a duty is "we" or a continent: "Europe must protect its industry"; a
    verb after "but" may have its own ("the anger is justified, but we must not let …")."""
    bearers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] or [
        c for c in first_conjunct(verb).children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(bearers) and all(b.lower_ == "we" or b.ent_type_ == "LOC" for b in bearers)


def _timetabled(verb: Token, event_type: str) -> bool:
    """ "A rerun must be held by September", "talks must be held within a month": the event itself
    is the passive's patient, put on the calendar, not a demand laid on anybody."""
    return any(c.dep_ == "nsubjpass" and noun_kind(c) == event_type for c in verb.children)


def _laid_on_a_thing(verb: Token) -> bool:
    """Whether the subject of a duty cannot act: "the incident should not affect ties" is a
    hope, asked of nobody."""
    bearers = [c for c in first_conjunct(verb).children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(bearers) and all(mute(b) for b in bearers)


def _no_deed_object(thing: Token) -> bool:
    """An object that makes the verb no deed: attention paid ("had taken note") or nothing done
    ("had found no evidence of fraud", "had made no decision"), a finding the speaker states."""
    return thing.lemma_.lower() in ATTENTION_NOUNS or any(d.dep_ == "det" and d.lower_ == "no" for d in thing.children)


def _demanded(work: Work, statement: Statement) -> bool:
    """Whether the statement's cue is a verb of demanding ("demanding that", "urged that"), so that
    what was said is only what is asked for."""
    cue = _cue_token(work, statement)
    return cue is not None and classify(cue) == "REQUEST"


def _cue_token(work: Work, statement: Statement) -> Token | None:
    """The verb that introduces what was said ("said", "demanding"), found before it in its sentence."""
    assert work.doc is not None
    span = work.doc.char_span(statement.start, statement.end, alignment_mode="expand")
    cue = (statement.cue or "").split()
    if span is None or len(cue) != 1:
        return None
    return next((t for t in reversed(span.sent[:span.start - span.sent.start]) if t.lower_ == cue[0].lower()), None)


def _withheld(work: Work, statement: Statement) -> bool:
    """Guide S2: "has not said who will lead", "did not say what action": a statement not made."""
    assert work.doc is not None
    span = work.doc.char_span(statement.start, statement.end, alignment_mode="expand")
    cue = (statement.cue or "").split()
    return span is not None and bool(cue) and any(
        t.lower_ == cue[0].lower() and any(c.dep_ == "neg" for c in t.children) for t in span.sent)


def _sentence_start(work: Work, offset: int) -> int:
    assert work.doc is not None
    span = work.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None else offset


def evidence_of(sentence: Span) -> tuple[int, str]:
    """Where a sentence starts and its text, without the whitespace around it: an event's evidence."""
    return sentence.start_char + len(sentence.text) - len(sentence.text.lstrip()), sentence.text.strip()


def sentence_events(work: Work) -> list[Event]:
    """Each sentence as an event of no type yet, by the first actor it names whose country is
    known, on the first date it gives: who did an act read from the sentence's words alone, and
    when, as far as no verb of the rules says (on the gold, that actor's country is the doer's
    for three in four such acts; the sentence's subject is most often named first); its mode is
    for the read-mode model to tell (``read_modes``)."""
    assert work.doc is not None
    article_id = work.article.id
    events = []
    for sentence in (s for s in work.doc.sents if s.text.strip()):
        start, evidence = evidence_of(sentence)
        named = (work.actors.get(m.actor_id or "") for m in work.article.mentions
                 if start <= m.start < start + len(evidence))
        doer = next((actor for actor in named if actor is not None and actor.country), None)
        date = date_among(work, sentence, {t.i for t in sentence}, looks_ahead(sentence.root) or _put_ahead(sentence))
        location, location_country, latitude, longitude = sentence_place(sentence)
        events.append(Event(type="", evidence=evidence,
                            start=start, end=start + len(evidence), article_id=article_id,
                            articles=[article_id] if article_id else [], source_actor=doer.name if doer else None,
                            source_country=doer.country if doer else None, date=date, location=location,
                            location_country=location_country, latitude=latitude, longitude=longitude))
    return events


def _put_ahead(sentence: Span) -> bool:
    """Whether the narrator puts what the sentence reports ahead ("talks are set to resume next
    year", "the council will meet on Friday", "a third round is to be held in Paris"; not what
    someone said would happen, which is their words, nor what was agreed or planned, nor what has
    yet to happen), so that the acts read from its words alone are dated on the next such day."""
    root = sentence.root
    if any(c.dep_ == "neg" or c.lower_ == "yet" for c in root.children):
        return False
    heads = [root, *(c for c in root.children if c.dep_ in {"acomp", "xcomp"})]
    will = any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in root.children)
    due = any(t.lemma_.lower() in plover()["schedule_words"] and t.tag_ in {"VBN", "JJ"} for t in heads)
    to_be = root.lemma_ == "be" and any(c.dep_ == "xcomp" and infinitive(c) for c in root.children)
    return will or due or to_be


def _sentence_end(work: Work, offset: int) -> int:
    assert work.doc is not None
    span = work.doc.char_span(max(0, offset - 1), offset, alignment_mode="expand")
    if span is None:
        return offset
    sentence = span[-1].sent
    return sentence.start_char + len(sentence.text.rstrip())


@register_stage("events")
def find_events(work: Work) -> Work:
    """Fill ``article.events``: plain statements the speech model reads as typed acts retyped, those
    whose type the sentence-type model rules out dropped, each with its confidence, the unlikely
    ones dropped, and the types the sentence-type model finds likely added, beside the rules' and
    in the sentences where they found nothing; then each one's date chosen by the date model, its
    place by the place model, and the target country of those that have none by the target model."""
    assert work.doc is not None, "the events stage needs the parse stage before it"
    found = retyped(events_in(work))
    scored = with_confidence(likely(found), work.article.text)
    sentences = sentence_events(work)
    extra = [_unless_denied(work, event) for event in added(scored, sentences) + read_alone(sentences, found)
             if not (event.type == "ASSAULT" and _disaster_told(work, event))]
    events = sorted(confident(scored) + extra, key=lambda event: event.start)
    work.article.events = with_targets(work, with_places(work, with_dates(work, _pressed(_home_sources(work, events)))))
    return work


def _disaster_told(work: Work, event: Event) -> bool:
    """Whether the killing or striking the event's sentence tells is a disaster's (guide X3: "the
    cyclone made landfall, killing 58 people", "a landslide killed hundreds"): the sentence-type
    model reads an attack in such words, but nobody attacked."""
    assert work.doc is not None
    span = work.doc.char_span(event.start, event.end, alignment_mode="expand")
    return span is not None and any(violent_verb(t) and disaster(clause_doer(t)) for t in span.sent)


def _pressed(events: list[Event]) -> list[Event]:
    """A protest told with no target is aimed at whom its doers press or blame in the same
    sentence (guide P1: the target the text names): "blocked the road, demanding that Harare
    reopen the post" is aimed at Zimbabwe, "staged a rally, accusing the ruling party of …" at
    the ruling party."""
    pressing = {(e.start, e.source_actor): e for e in events
                if e.type in PRESSING and e.target_country and e.source_actor and e.target_actor != e.source_actor}
    return [replace(event, target_actor=other.target_actor, target_country=other.target_country)
            if event.type == "PROTEST" and not event.target_country and (
                other := pressing.get((event.start, event.source_actor))) is not None else event for event in events]


PRESSING = ("REQUEST", "ACCUSE")  # what protesters say beside the protest names whom it is aimed at


def _home_sources(work: Work, events: list[Event]) -> list[Event]:
    """A named organisation the actor stage gave no country ("the mine's owner, Minera Quispe,
    said", "the Town of Churchill declared", "the National Federation of Doctors said") is the story's own:
    companies, unions, towns and armed groups are told of where they are. Not a body of states
    or an international charity (no country at all), nor a person, whom a story may quote from
    anywhere, nor a plain phrase ("gunmen", "the attackers"), whose country the text leaves open."""
    assert work.doc is not None
    local = {a.name for a in work.actors.values() if a.kind == "org" and a.sector not in {"IGO", "NGO"} and not a.country}
    home = home_country(work.doc) if any(e.source_actor in local and not e.source_country for e in events) else None
    return [replace(event, source_country=home) if home and event.source_actor in local and not event.source_country
            else event for event in events]


def _unless_denied(work: Work, event: Event) -> Event:
    """A type read from a sentence's words, negated where the sentence names that kind of act only
    to deny it: "the talks ended without agreement", "no arrests were made", "no such request had
    been made" (the read type's mode is otherwise the read-mode model's)."""
    assert work.doc is not None
    span = work.doc.char_span(event.start, event.end, alignment_mode="expand") if event.start is not None else None
    if span is not None and any(_act_named(noun) == event.type and _denied(noun) for noun in span):
        return replace(event, mode="negated")
    return event


def _act_named(noun: Token) -> str | None:
    """The type of act a noun names; a deal or an agreement too, which ``noun_kind`` leaves to the
    verb that makes it ("signed a deal")."""
    return noun_kind(noun) or ("AGREE" if noun.lemma_.lower() in plover()["verb_object_classes"]["deals made"]["objects"]
                               else None)


def _denied(noun: Token) -> bool:
    """Named only to be denied: "without a deal", "no arrests"."""
    return noun.head.lower_ == "without" or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
