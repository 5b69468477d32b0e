"""Event stage: what actors did, coded in PLOVER 2.0, with mode, date, place and evidence.

The classifier is rules over the shared parse, driven by a lexicon (``data/plover.json``):
a trigger verb gives a type, alone ("attack" → ASSAULT) or through its object ("impose
sanctions" → SANCTION, "impose a curfew" → COERCE). The grammar around the trigger gives
the rest: the subject is the source actor (the agent of a passive), the object or a
"with / against / on" phrase the target; a negation, an "if" clause, a speech or intent
frame ("said it would", "pledged to") or a future auxiliary set the mode; a denial of an act
("denied any role in the attack") codes the act, negated. Parties the text
only points to are looked up: "his fighters" (the owner), "the two leaders" (the pair the
story is about), "the country's rulers"; coordinated subjects act each when the text says
so ("separate agreements", a prisoner exchange, "in exchange for"). A statement
with no stronger event in its sentence becomes a STATEMENT event. Where PLOVER leaves room,
the annotation guide (docs/annotation-events.md) decides, and the rules cite its ids: leaving
a body or talks is SANCTION, only forces RETREAT (T1); announced or conditional force is
THREATEN (T4); words are ``verbal`` (M1, M2); conditions make acts hypothetical (M3). Rules keep every
decision explainable and run in well under a millisecond per sentence on top of the
parse; docs/quality.md has the measured trade-offs.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from .actors import PERSON_KINDS, home_country, knowledge, nearest_actor_before, resolve_actor
from .dates import date_phrase, parse_published, resolve_date
from .gazetteer import Place, capital_of, dateline_place, locate, lookup
from .pipeline import Work, register_stage
from .records import Actor, Event, Statement, stable_id
from .resolve import register_resolver
from .statements import lexicon as cue_lexicon
from .store import Store

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MODAL_HYPOTHETICAL = {"would", "could", "might", "may", "'d"}
MODAL_POSSIBLE = {"could", "might", "may"}  # only possible, also when the speaker says so ("could withdraw, an aide said")
MODAL_FUTURE = {"will", "shall", "'ll", "wo", "must"}
CONDITIONS = {"if", "unless", "provided", "once", "until"}
NEEDS_AGENT = {"MOBILIZE"}
TARGET_PREPOSITIONS = {"with", "against", "on", "to", "at", "toward", "towards", "into", "from", "for", "upon", "around", "near"}
JOINT = {"AGREE", "CONSULT", "COOPERATE"}  # done together: a coordinated subject names both parties
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
DOMESTIC = {"PROTEST", "ELECTION"}
UNTARGETED = {"ELECTION", "STATEMENT"}  # done, not done to anybody: a target found is only the country of the vote
OWN_SIDE = {"APPOINT", "DISMISS", "PROTEST"}  # done to one's own side: a state's officials, protesters' own rulers
REACTIONS = {"ACCUSE", "SUPPORT", "REJECT"}  # responses to what another did: "condemned the attack" targets the attacker
STATE_ACTS = {"COERCE", "MOBILIZE", "APPOINT", "DISMISS"}  # done to people by their own state when no agent is named
ACTOR_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
SPEECH_ACTS = {"ACCUSE", "REQUEST", "THREATEN"}  # done in words by nature: their mode is verbal
CONTENT_TAKERS = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE", "COOPERATE"}  # what they are about is no event
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}
Named = tuple[str | None, str | None]  # an actor's name and country
QUOTES = re.compile("[\"“”]|(?<![a-z])['‘’]|['‘’](?![a-z])")  # quotation marks, not the apostrophe of "won't"
READINESS = {"ready", "willing", "prepared", "open", "eager", "keen", "determined"}


@lru_cache(maxsize=1)
def plover() -> dict[str, Any]:
    """The trigger lexicon, the CAMEO crosswalk and the contexts (package data)."""
    return json.loads(resources.files("onrecord.data").joinpath("plover.json").read_text("utf-8"))


# -- classifying a trigger ---------------------------------------------------------------------


LEEWAY_NOUNS = {"time", "chance", "opportunity", "room", "authority", "power", "way"}  # what an act is made possible by
KIND_NOUNS = {"state", "article", "part", "section", "provision"}
DEPRIVING_VERBS = {"strip", "deprive"}  # what is taken is named after "of", and the kind of act by it


def _objects(token: Token) -> list[Token]:
    """Direct objects, and the objects of "carry out", "call for", "impose … on"."""
    found = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
    caused = _caused_object(token)
    if caused is not None:
        found.append(caused)  # "ordered mobile internet shut down"
    if token.dep_ == "acl" and token.tag_ == "VBN":
        found.append(token.head)  # "documents released this week"
        if token.head.dep_ == "pobj" and token.head.head.lower_ == "of":
            found.append(token.head.head.head)  # "the video of the strike released by": the participle hung on the wrong noun
    found.extend(s for c in token.children if c.dep_ == "ccomp" and c.pos_ not in {"VERB", "AUX"}
                 for s in c.children if s.dep_ == "nsubj")  # a small clause: "allow inspectors back"
    if not found:
        found.extend(o for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBN" and c.i == token.i + 1
                     for o in c.children if o.dep_ == "dobj")  # "pause planned tariffs": an attributive participle read as a verb
    for obj in list(found):
        if obj.like_num or obj.ent_type_ in {"MONEY", "QUANTITY", "CARDINAL"}:
            found.extend(g for p in obj.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                         for g in p.children if g.dep_ == "pobj")  # "$61 billion in new aid"
    for child in token.children:
        if child.dep_ in {"prep", "prt", "agent"}:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    for child in list(found):
        found.extend(c for c in child.children if c.dep_ in {"conj", "compound"})
    if token.lemma_.lower() in DEPRIVING_VERBS:  # "stripped the activists of their citizenship"
        found.extend(g for obj in found if obj.dep_ == "dobj" for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj")
    found.extend(g for obj in found if obj.dep_ == "dobj" and obj.lemma_.lower() in KIND_NOUNS
                 for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
    return found  # last: the kind named by "a state of emergency", "some articles of the constitution"


def _caused_object(token: Token) -> Token | None:
    """What a participle is done to after a causative verb: the internet of "ordered mobile
    internet shut down", "had the border closed", the airport of "kept the airport shut"."""
    if token.tag_ not in {"VBN", "VBD"} or token.head.i == token.i or (
            token.head.lemma_.lower() not in plover()["causative_verbs"]):
        return None
    if token.dep_ == "ccomp" and any(c.dep_ in {"aux", "auxpass", "mark"} for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if token.dep_ == "ccomp" and subject is not None:
        return subject
    if token.dep_ in {"oprd", "ccomp"}:  # "will keep its border crossings closed": the object parsed as the causative's
        return next((c for c in token.head.children if c.dep_ == "dobj"), None)
    return None


def _called_home(token: Token) -> str | None:
    """ "brought the troops home" (forces: RETREAT), "ordered the negotiating team home" (a
    delegation recalled: SANCTION, guide T1): people called back."""
    lex = plover()
    people = [o for o in token.children if o.dep_ == "dobj"]
    if token.lemma_.lower() not in lex["recall_verbs"] or not any(
            c.lower_ == "home" for holder in [token, *people] for c in holder.children):
        return None
    return "RETREAT" if any(o.lemma_.lower() in lex["force_words"] for o in people) else "SANCTION"


DIRECTIONS = {"onto", "into", "to", "toward", "towards"}


def _forces_sent(token: Token) -> bool:
    """ "ordered the armed forces onto the streets", "ordered troops to the border", "ordered
    militia members deployed": forces
    moved somewhere by order, a show of force; not "ordered French troops out of the country"
    (an expulsion) nor "ordered troops to withdraw" (the infinitive is the act ordered)."""
    lex = plover()
    if token.lemma_.lower() != "order" or any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
        return False
    sent = [o for o in token.children if o.dep_ == "dobj" and any(
        w.lemma_.lower() in lex["force_words"] for w in [o, *(c for c in o.children if c.dep_ == "compound")])]
    deployed = any(a.dep_ == "acl" and lex["verbs"].get(a.lemma_.lower()) == "MOBILIZE" for o in sent for a in o.children)
    return bool(sent) and (deployed or any(c.dep_ == "prep" and c.lower_ in DIRECTIONS for c in token.children))


def _to_face_trial(token: Token) -> bool:
    """Sent to another state "to face charges", "to stand trial": the purpose names an extradition."""
    return any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in {"face", "stand"} and _infinitive(c)
               for c in token.children)


ANAPHORIC = {"the", "this", "these", "that", "those"}
GENERIC = {"any", "every", "each", "such"}
CIRCUMSTANTIAL = {"on", "during", "at", "after", "before", "amid", "following", "ahead"}
TIME_ANCHORS = {"after", "before", "following"}  # "after the vote": a scheduled vote as a point in time


def noun_kind(token: Token) -> str | None:
    """The type a listed event noun names: "martial law" and "general strike" by their modifier first."""
    nouns = plover()["nouns"]
    if _on_alert(token):
        return "MOBILIZE"
    if _halted(token) is not None:
        return "RETREAT"
    for child in token.children:
        if child.dep_ in {"amod", "compound"} and child.i < token.i:
            kind = nouns.get(f"{child.lower_} {token.lower_}") or nouns.get(f"{child.lemma_.lower()} {token.lemma_.lower()}")
            if kind is not None:
                return kind
    kind = nouns.get(token.lower_) or nouns.get(token.lemma_.lower())
    if kind == "ASSAULT" and token.lemma_.lower() == "strike" and _labour_context(token.sent):
        return "PROTEST"  # "the strike shut down airports": workers, not missiles
    return kind


def _on_alert(token: Token) -> bool:
    """ "put its forces on alert", "troops were on standby": armed forces readied, a show of
    force (not "an air raid alert", nor "residents were on alert for floods")."""
    lex = plover()
    if token.lemma_.lower() not in lex["readiness_nouns"] or token.dep_ != "pobj" or token.head.lower_ != "on" or (
            token.head.head.lemma_.lower() not in lex["placing_verbs"]):
        return False
    placed = token.head.head
    readied = [c for c in placed.children if c.dep_ == "dobj"] or [c for c in placed.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(r.lemma_.lower() in lex["force_words"] for r in readied)


def _halted(token: Token) -> Token | None:
    """The hostile act that "a two-week pause in offensive operations", "a halt to the strikes"
    stop: the pause is the event (RETREAT), the act paused is only what it is about."""
    if token.lemma_.lower() not in plover()["halting_nouns"]:
        return None
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ in {"in", "of", "to"}
                 for o in p.children if o.dep_ == "pobj" and noun_kind(o) == "ASSAULT"), None)


def _labour_context(sentence: Span) -> bool:
    return any(t.lemma_.lower() in plover()["labour_words"] for t in sentence)


def _protesters(token: Token) -> bool:
    """The subject is a crowd ("demonstrators stormed parliament", "thousands gathered")."""
    crowd = plover()["crowd_words"]
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    members = _members(subjects)  # "small groups of protesters"
    return any(s.lemma_.lower() in crowd or (s.like_num and s.lower_ != "one") or s.lower_ == "thousands"
               for c in [*subjects, *members] for s in [c, *c.children] if s.dep_ != "det")


def _governing_verb(token: Token) -> Token | None:
    """The verb a noun phrase is an argument of, through prepositions ("ordered 25% tariffs",
    "began two days of drills")."""
    current = token
    while (current.dep_ in {"pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "conj", "appos"} or _prepositional(current)) and (
            current.head.i != current.i):
        current = current.head
        if current.pos_ in {"VERB", "AUX"} and not _prepositional(current):
            return current
    return None


def _prepositional(token: Token) -> bool:
    """A participle that works as a preposition: "following eight hours of talks"."""
    return token.pos_ == "VERB" and token.lower_ in CIRCUMSTANTIAL and token.dep_ in {"advcl", "prep"}


def _circumstance(token: Token, verb: Token) -> bool:
    """The noun sits in an adverbial phrase of the verb ("on his visit", "after the talks"),
    not in what the verb is about."""
    current = token
    while current.i != verb.i and current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ in CIRCUMSTANTIAL and current.head.head.i == verb.i:
            return True
        current = current.head
    return False


def classify_noun(token: Token) -> str | None:
    """A nominal event ("talks began", "after weeks of protests", "ordered tariffs"): a listed
    noun heading its own phrase. Not when a trigger verb already codes it ("imposed
    sanctions"), nor a bare back-reference ("condemned the drills") to an event told before."""
    kind = noun_kind(token)
    if kind is None or token.dep_ in {"compound", "amod", "nmod", "npadvmod"} or _renamed(token):
        return None
    if token.dep_ == "pobj" and (halt := _halted(token.head.head)) is not None and halt.i == token.i:
        return None  # "a pause in offensive operations": the pause codes it
    if any(c.dep_ == "det" and c.lower_ in GENERIC for c in token.children):
        return None  # "any attack on our ships": no event happened
    if token.lower_ == "protest" and token.dep_ == "pobj" and token.head.lower_ == "in" and not any(token.children):
        return None  # "cancelled the visit in protest": why the act was done, not a demonstration
    if kind == "ELECTION" and (token.lower_ == "votes" or any(
            c.lower_ in {"confidence", "no-confidence"} or c.like_num for c in token.subtree if c.i != token.i)):
        return None  # "14 votes in favour", "a confidence vote": counts and motions, not elections
    if token.dep_ == "ROOT":
        return kind
    if token.dep_ in {"nsubj", "nsubjpass"}:
        coded = classify(token.head)
        return None if coded == kind or coded is not None and token in _ergative_subjects(token.head) else kind
    if token.dep_ == "pobj" and (token.head.lower_ == "since" or token.head.head.lemma_.lower() == "anniversary") or (
            token.dep_ == "dobj" and token.head.lemma_.lower() in plover()["sequence_verbs"]):
        return None  # "since Russia's invasion", "the anniversary of the invasion", "comments followed the election": a time
    if token.dep_ in {"dobj", "conj"} and (verb := _governing_verb(token)) is not None and (
            verb.lemma_.lower() in plover()["rehearsal_verbs"]):
        return None  # "drills practising blockades and strikes": a rehearsal, not the act
    if kind == "ELECTION" and token.dep_ == "pobj" and token.head.lower_ in TIME_ANCHORS:
        return None  # "quit in 2016 after the Brexit referendum": a vote on the calendar dates other news
    if _participated_in(token) is not None or _planned(token):
        return kind  # "denied any role in the attack", "approved plans for an operation": the attack, the operation are told
    verb = _governing_verb(token)
    coded = classify(verb) if verb is not None else None
    if coded is not None and _circumstance(token, verb):
        coded = None  # "urged Islamic nations … on his first visit to Saudi Arabia": the visit is its own event
    if coded is not None and (coded == kind or coded in CONTENT_TAKERS or token.dep_ == "dobj" or
                              token.lemma_.lower() in plover()["verb_objects"].get(verb.lemma_.lower(), {}) or
                              (left := _body_left(verb)) is not None and left.i == token.i):
        return None  # "imposed sanctions", "suspended talks", "demanded a ceasefire", "walked out of talks": the verb codes it
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    modified = any(c.dep_ in {"poss", "amod", "compound", "nummod", "prep", "acl", "relcl"} for c in token.children)
    if determiners & ANAPHORIC and not modified:
        return None
    return kind


def _renamed(token: Token) -> bool:
    """Guide X1: "The talks were the first meeting in two weeks", "the strikes were retaliation",
    "the vote was peaceful", "the protests continued": an event told before, named again after a
    copula or as the bare subject of what it did (not of what it will do: "the tariffs would come
    into force if …" announces them)."""
    if token.dep_ == "nsubj" and not any(c.dep_ != "det" for c in token.children) and not any(
            c.dep_ == "aux" and c.lower_ in MODAL_FUTURE | MODAL_HYPOTHETICAL for c in token.head.children):
        return any(d.lower_ in ANAPHORIC for d in token.children)  # "the vote had been peaceful", "the rally ended early"
    return token.dep_ == "attr" and token.head.lemma_ == "be" and any(
        s.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ANAPHORIC for d in s.children) for s in token.head.children)


def _planned(token: Token) -> bool:
    """The act a plan is for: the operation of "approved plans for a military operation"."""
    return token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() in plover()["plan_nouns"] and (
        noun_kind(token) is not None)


def _participated_in(token: Token) -> Token | None:
    """The share of "any role in the attack", "played a part in Khan's arrest": the noun that
    tells who took part in the event named."""
    if token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    holder = token.head.head  # "a role in" or "played a part … in"
    shares = [c for c in holder.children if c.dep_ == "dobj"] if holder.pos_ in {"VERB", "AUX"} else [holder]
    return next((s for s in shares if s.lemma_.lower() in plover()["participation_nouns"]), None)


def _denies_act(token: Token) -> bool:
    """ "denied targeting the hospital", "denied any role in the attack", "denied it played any
    part in the arrest": the denial of an act, coded as that act negated rather than a rejection."""
    clauses = [c for c in token.children if c.dep_ in {"xcomp", "ccomp", "pcomp"}]
    if any(classify(c) is not None for c in clauses):
        return True
    objects = [o for holder in [token, *clauses] for o in holder.children if o.dep_ == "dobj"]
    return any(o.lemma_.lower() in plover()["participation_nouns"] for o in objects)


def _joint(token: Token, kind: str) -> str:
    """Exercises held together are cooperation, not a show of force."""
    if kind != "MOBILIZE":
        return kind
    words = set(plover()["joint_words"])
    nominal = token.pos_ == "NOUN" or token.dep_ == "dobj"  # "began the naval exercise", tagged a verb
    holder = _governing_verb(token) if nominal else token  # "American and Filipino troops began exercises"
    subjects = [c for c in (holder.children if holder is not None else []) if c.dep_ in {"nsubj", "nsubjpass"}]
    near = {t.i for s in subjects for t in s.subtree} | {t.i for t in token.lefts}
    parties = {place.iso3 for e in token.sent.ents
               if e.label_ in {"GPE", "NORP"} and e.root.i in near for place in [lookup(e.text)] if place is not None}
    several = any(c.dep_ == "conj" and c.ent_type_ in {"GPE", "NORP", "PERSON"} for s in subjects for c in s.subtree)
    joint = any(t.lower_ in words and not t.ent_type_ for t in token.sent)  # "joint drills", not the code name "Joint Sword"
    alliance = any(t.lower_ in plover()["alliances"] for t in token.sent if t.i in near)  # "NATO's naval exercise" (guide T5)
    if several or len(parties) > 1 or joint or alliance:
        return "COOPERATE"
    return kind  # army, navy and air force of one country: MOBILIZE


def _quit_body(token: Token, kind: str) -> str:
    """Guide T1: only armed forces retreat. Leaving, suspending or freezing a membership, a
    treaty, a deal or talks ("pulled out of the grain deal", "their withdrawal from ECOWAS",
    "will leave the CSTO") reduces relations: SANCTION."""
    return "SANCTION" if kind == "RETREAT" and (_body_left(token) is not None or _envoys_withdrawn(token)) else kind


def _envoys_withdrawn(token: Token) -> bool:
    """ "withdrew its ambassador", "announced the withdrawal of its envoy": diplomats called
    back, which is recalling them (SANCTION), not forces retreating."""
    recalled = plover()["verb_objects"]["recall"]
    held = [token, *(o for o in token.children if o.dep_ == "dobj")]
    withdrawn = [o for h in held for o in h.children if o.dep_ == "dobj"] + [
        o for h in held for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in recalled for o in withdrawn)


def _body_left(token: Token) -> Token | None:
    """The organisation, treaty, deal or talks a withdrawal leaves; None when armed forces go."""
    lex = plover()
    held = [token, *(o for o in token.children if o.dep_ == "dobj")]  # "announced their withdrawal from ECOWAS"
    left = [o for o in held if o.i != token.i] + [
        o for h in held for p in h.children if p.dep_ in {"prep", "prt"} and p.lower_ in {"from", "out", "of"}
        for o in p.subtree if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in lex["force_words"] for o in left):
        return None  # "the withdrawal of its troops from the talks' venue"
    return next((o for o in left if o.lemma_.lower() in lex["body_nouns"] or o.ent_type_ == "ORG" and o.text.isupper()),
                None)  # "ECOWAS"


def _threatened(token: Token) -> bool:
    """ "warned that Seoul could supply weapons", "vowed to respond": a warning of what the
    speaker's side would do, or a vow of retaliation."""
    lex = plover()
    for child in token.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in lex["retaliation_verbs"]:
            return True
        if child.dep_ == "ccomp" and token.lemma_.lower() == "warn" and any(
                c.dep_ == "aux" and c.lower_ in MODAL_FUTURE | MODAL_HYPOTHETICAL for c in child.children):
            return True
    return False


def _is_person(token: Token) -> bool:
    """A person or a post holder: a name, a pronoun, or a title ("the commander-in-chief")."""
    return (token.ent_type_ == "PERSON" or token.lower_ in {"him", "her", "them"} or
            token.lemma_.lower() in knowledge()["titles"] or any(c.ent_type_ == "PERSON" for c in token.children))


def _forces_act(token: Token) -> bool:
    """ "French soldiers are due to leave", "Armenia will leave the CSTO", "the army would not
    intervene": forces or a state acting, not a person leaving a city or a bank intervening."""
    doer = _subject(token)[0] if token.dep_ in {"xcomp", "relcl"} else None  # "troops who will leave", "are due to leave"
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}] or ([doer] if doer is not None else [])
    forces = plover()["force_words"]
    return any(s.lemma_.lower() in forces or s.ent_type_ in {"GPE", "NORP"} for s in [*subjects, *_members(subjects)])


def _armed_act(token: Token) -> bool:
    """ "Thai and Cambodian troops clashed", "rebels clashed with the army": armed people, not
    "Hungary has clashed with Rutte over the rule of law" (protesters clashing with police
    are a protest, coded by the crowd rules)."""
    lex = plover()
    armed = {*lex["force_words"], *lex["armed_words"]}
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
    return any(s.lemma_.lower() in armed or s.lower_ in armed for s in [*subjects, *_members(subjects)])


def _members(phrases: list[Token]) -> list[Token]:
    """Who a quantity is of: the soldiers of "all of the soldiers", the protesters of "small groups of protesters"."""
    return [o for c in phrases for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def _appointed_as(token: Token, particles: set[str]) -> bool:
    """ "picked Gaetz as attorney general", "brought back Cameron as foreign secretary",
    "took over from Stoltenberg", "was sworn in as president": somebody put into a post."""
    lemma = token.lemma_.lower()
    if lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children):
        return True
    if lemma not in plover()["appoint_as_verbs"]:
        return False
    posts = {*knowledge()["titles"], *plover()["succession_nouns"]}  # "proposing Belousov as his replacement"
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(o.lemma_.lower() in posts for o in c.subtree)
               for c in [*token.children, *(g for c in token.children if c.dep_ == "dobj" for g in c.children)])


def classify(token: Token) -> str | None:
    """The PLOVER type a verb token triggers, or None."""
    lex = plover()
    lemma = token.lemma_.lower()
    objects = [o.lemma_.lower() for o in _objects(token) + _ergative_subjects(token)]
    particles = {c.lower_ for c in token.children if c.dep_ in {"prt", "prep"} or c.lower_ == "back"}
    phrasal = _phrasal(token)
    if lemma == "call" and _called_upon(token, {"on", "upon"}):
        return "REQUEST"  # "called on protest leaders to talk": who is asked, before what a call may name
    if lemma == "call" and any(noun_kind(o) == "ELECTION" for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
                               for o in p.children):
        return "REQUEST"  # "called for an early election": asked of those who call one ("called an election")
    if _declared_winner(token) is not None:
        return "ELECTION"  # "the council declared Biya the winner of the election"
    if lemma == "serve" and any(c.lower_ == "since" or c.dep_ == "aux" and c.lower_ == "had" for c in token.children):
        return None  # "had served as communications minister since 2022": a career, not an appointment (X3)
    if token.dep_ in {"relcl", "acl"} and token.head.lemma_.lower() in LEEWAY_NOUNS:
        return None  # "gave the parties time to negotiate", "had no authority to fire her": room for an act, not an act (X2, X3)
    if lemma in lex["refusal_verbs"] and any(c.dep_ == "xcomp" and _phrasal(c) == "rule out" for c in token.children):
        return "THREATEN"  # "refused to rule out using military force": the option kept open is the threat
    if _phrasal(token) == "rule out" and token.dep_ == "xcomp" and token.head.lemma_.lower() in lex["refusal_verbs"]:
        return None  # coded on "refused"
    # "expelled the junior partner from the government": put out of office, not a sanction; the
    # place may hang on an apposition ("expelled the party, the junior partner, from the government")
    removed_from = [token, *(a for o in token.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "appos")]
    if lemma in {"expel", "remove", "oust", "drop"} and any(
            o.lemma_.lower() in {"government", "cabinet", "coalition"} for h in removed_from for p in h.children
            if p.dep_ == "prep" and p.lower_ == "from" for o in p.children):
        return "DISMISS"
    if lemma == "respond" and any(c.dep_ == "neg" for c in token.children):
        return "STATEMENT"  # "did not immediately respond to the offer": a statement not made
    recalled = _called_home(token)
    if recalled is not None:
        return recalled  # before the objects: "summoned its ambassador home" recalls, "summoned the ambassador" protests
    if lemma == "lose" and "vote" in objects and any(t.lemma_.lower() in lex["assembly_nouns"] for t in token.sent):
        return None  # "lost the vote after asking parliament to back his plan": a motion in a chamber, not an election
    if lemma in {*lex["giving_verbs"], "dispatch", "carry"} and any(w.lemma_.lower() in lex["relief_words"] for o in token.children
                                                           if o.dep_ == "dobj" or o.lower_ == "with" for w in o.subtree):
        return "AID"  # "dispatched a navy ship with relief supplies", "a ship carrying relief supplies": the cargo says what was sent
    if lemma == "become" and any(t.lemma_.lower() in {"election", "vote", "ballot", "poll"} for t in token.sent):
        return None  # "became prime minister after winning a vote in parliament": the office won, not an appointment
    by_object = lex["verb_objects"].get(phrasal or lemma)
    if by_object is not None:
        for obj in objects:
            if obj in by_object:
                if by_object[obj] == "SANCTION" and (phrasal or lemma) in lex["undone_verbs"] and _kept_away(token):
                    return "CONSULT"  # T2: a trip called off "to deal with the crisis" at home is a visit not made
                return by_object[obj]
    if _forces_sent(token):
        return "MOBILIZE"
    if lemma == "order" and any(c.lower_ == "out" for c in token.children) and any(
            o.dep_ == "dobj" and o.lemma_.lower() in lex["force_words"] and any(a.ent_type_ == "NORP" for a in o.children)
            for o in token.children):
        return "SANCTION"  # "ordered French troops out of the country": a foreign force expelled
    if lemma in lex["giving_verbs"] and (_to_face_trial(token) or any(o in {"suspect", "fugitive"} for o in objects)):
        return "COOPERATE"  # "sent 26 suspects to the United States (to face charges)": an extradition, not aid
    if any(_planned(o) for c in token.children if c.dep_ == "dobj" for p in c.children for o in p.children):
        return None  # "approved plans for a military operation": the operation planned is the news
    if lemma in lex["sighting_verbs"] and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in lex["force_words"] + lex["craft_words"]
                                              for c in token.children):
        return "MOBILIZE"  # "21 warships had been detected": a report of the ships' side moving them
    if phrasal and lex["verbs"].get(phrasal) == "REJECT" and any(c.dep_ == "neg" for c in token.children):
        return None  # "could not rule out sending troops": the act is left open, nothing is rejected
    if lemma in lex["never_trigger_objects"] and not any(c.dep_ == "dobj" for c in token.children):
        objects += [c.lemma_.lower() for c in token.children if c.dep_ == "nsubj"]  # "documents released this week alleged"
    if lemma in lex["never_trigger_objects"] and any(o in lex["never_trigger_objects"][lemma] for o in objects):
        return "REJECT" if any(o in lex["reject_objects"].get(lemma, []) for o in objects) else None
    if lemma == "fire" and _called_upon(token, {"at", "on", "upon", "into"}):
        return "ASSAULT"  # "fired at civilian areas", "fired on protesters": shooting, not a dismissal
    if lemma in lex["threat_verbs"] and (any(o in lex["threat_objects"] for o in objects) or "of" in particles):
        return "THREATEN"
    if lemma in lex["threat_verbs"] and _threatened(token):
        return "THREATEN"
    if lemma == "take" and _measures_vowed(token):
        return "THREATEN"  # "would take all actions necessary to protect its interests"
    if lemma == "call" and _called_upon(token, {"for"}):
        return "REQUEST"
    if lemma == "call" and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                               for c in token.children):
        return "REQUEST"  # "called for French troops to leave"
    if lemma in lex["naming_verbs"] and (judged := _evaluation(token)) is not None:
        return judged  # "called the verdict a political decision", "called Putin a war criminal": no phone call
    if lemma == "call" and any(o.ent_type_ in {"PERSON", "GPE", "ORG"} for o in _objects(token)):
        return "CONSULT"  # a phone call
    if lemma in lex["naming_verbs"] and any(c.dep_ in {"dobj", "oprd", "ccomp"} for c in token.children):
        named = token.doc[token.i + 1:token.sent.end].text
        if statement_type(named) == "ACCUSE":
            return "ACCUSE"  # "called the vote a 'total falsification'"
    # "described the departure as the start of a new era": a comment, neither blame nor praise (S1);
    # "described the talks as useful and said …" is one statement, told by "said"
    if lemma in lex["naming_verbs"] and token.tag_ != "VBG" and token.dep_ not in {"advcl", "acl"} and any(
            c.dep_ == "dobj" for c in token.children) and _complements(token, []) and not any(
            c.dep_ == "conj" and c.lemma_.lower() in lex["speech_verbs"] for c in token.children):
        return "STATEMENT"
    if lemma in lex["giving_verbs"] and any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" and any(
            o.ent_type_ in ACTOR_ENTITIES for o in c.children) for c in token.children):
        return "AID"  # "sent helmets and drones to Ukraine"
    if lemma == "tell" and any(c.dep_ == "dobj" for c in token.children) and any(
            c.dep_ == "xcomp" and _infinitive(c) for c in token.children):
        return "REQUEST"  # "told the troops to return to their barracks": a directive, not a statement
    if lemma == "apply" and any(c.dep_ == "xcomp" and c.lemma_.lower() == "join" for c in token.children):
        return "REQUEST"  # "Moldova applied to join the EU"
    if lemma == "help":  # "help Ukraine", "offered to help rebuild the port"
        return "COOPERATE" if "with" in particles else ("AID" if objects or any(c.dep_ == "xcomp" for c in token.children) else None)
    if lemma == "work" and (particles & {"with", "together"} or any(c.lower_ in lex["joint_words"] for c in token.children)):
        return "COOPERATE"  # "will work together to build a pipeline"
    if lemma == "hold" and any(c.dep_ == "nsubjpass" and (_is_person(c) or c.lemma_.lower() in lex["person_nouns"])
                               for c in token.children):
        return "COERCE"  # "Bazoum has been held at the palace", "the men would be held for one year"
    if lemma in lex["arrival_verbs"]:
        return "CONSULT" if any(t.lemma_.lower() in lex["visit_words"] for t in token.sent) else None
    if lemma == "receive" and any(o.ent_type_ in {"PERSON", "NORP", "GPE"} for o in _objects(token)):
        return "CONSULT"  # a host receiving a visitor
    if lemma == "welcome" and any(c.dep_ in {"dobj", "nsubjpass"} and _is_person(c) for c in token.children):
        return "CONSULT"  # "Assad was welcomed by the crown prince": a host greeting a visitor, not support
    if lemma in lex["denial_verbs"] and _denies_act(token):
        return None  # "denied targeting the hospital": coded as the act, negated
    if lemma in lex["sitting_verbs"] and not any(c.dep_ == "dobj" for c in token.children) and "with" not in particles and (
            (doer := _subject(token)[0]) is not None and doer.lemma_.lower() in lex["assembly_nouns"]):
        return None  # "the cabinet is due to meet on Thursday": a body sitting on its own consults nobody
    if lemma in {"speak", "talk"} and ("with" in particles or _names_pair(_subject(token)[0]) or any(
            o.lemma_.lower() in {"phone", "telephone"} for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
            for o in c.children)):
        return "CONSULT"  # "spoke with Modi", "the two leaders spoke by phone", "the two men spoke directly": a conversation
    if lemma == "hand" and "over" in particles or lemma == "back" and "down" in particles:
        return "CONCEDE"  # "handed over hostages", "backed down"
    if lemma == "crack" and "down" in particles:
        return "COERCE"
    if lemma == "beat" and ("up" in particles or any(p.lower_ == "to" and any(o.lower_ == "death" for o in p.children)
                                                     for p in token.children)):
        return "ASSAULT"  # "beaten to death", "beat up protesters": violence, not a win over a rival
    if lemma == "turn" and "down" in particles:
        return "REJECT"
    if lemma == "pull" and not particles & {"out", "back", "away"}:
        return None
    if lemma == "order" and any(c.dep_ == "xcomp" and c.lemma_.lower() in lex["halting_verbs"] for c in token.children) and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex["force_words"] for c in token.children):
        return "COERCE"  # "ordered television stations to stop live coverage": a binding ban on others' activity
    if lemma == "win" and ("against" in particles or any(t.lemma_.lower() in {"election", "vote", "poll"} for t in token.sent)):
        return "ELECTION"
    if lemma == "take" and "part" in objects:
        joined = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children if o.dep_ == "pobj"]
        return next((kind for o in joined if (kind := noun_kind(o)) is not None), "COOPERATE")
    if lemma in lex["force_verbs"] and _forces_act(token):
        return lex["force_verbs"][lemma]
    if lemma in lex["armed_verbs"] and _armed_act(token):
        return lex["armed_verbs"][lemma]
    if lemma == "agree" and any(c.dep_ == "xcomp" and classify(c) is not None for c in token.children):
        return None  # "agreed to return four villages": what was agreed is the event
    if _appointed_as(token, particles):
        return "APPOINT"
    if lemma == "move" and ("out" in particles or any(c.lower_ == "out" for c in token.subtree)):
        return "DISMISS"  # "moved Shoigu out of the Defence Ministry"
    if lemma == "replace" and token.dep_ == "xcomp":
        return None  # "moved to the Home Office to replace Braverman": the move is the event
    if lemma in lex["speech_verbs"] and token.dep_ == "xcomp" and token.head.lemma_.lower() in lex["refusal_verbs"]:
        return "STATEMENT"  # "declined to say whether …": a statement withheld
    if lemma in lex["refusal_verbs"] and any(c.dep_ == "xcomp" and classify(c) == "STATEMENT" for c in token.children):
        return None  # "declined to say": coded as the statement not made
    if lemma in lex["crowd_verbs"] and _protesters(token):
        return "PROTEST"  # "protesters gathered", "supporters clashed with police", "demonstrators stormed parliament"
    if lemma == "protest" and token.dep_ == "advcl" and _infinitive(token) and classify(token.head) is not None:
        return None  # "summoned the ambassador to protest against the detentions": why the act was done
    if lemma == "appeal" and not particles & {"for", "to"} and not any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
        return None  # "has five days to appeal", "appealed the ruling": a legal remedy, not a plea to anybody
    if lemma in lex["halting_verbs"] and any(c.dep_ == "xcomp" and classify(c) == "ASSAULT" for c in token.children):
        return None if token.dep_ == "xcomp" and token.head.lemma_.lower() == "agree" else "RETREAT"  # a truce agreed is AGREE
    if lemma in {"hit", "strike"} and "back" in particles:
        return None  # "hit back": the retaliation itself is coded by what it was
    if lex["verbs"].get(lemma) == "DISMISS" and objects and not any(_is_person(o) for o in _objects(token)):
        return None  # "removing a major obstacle", "cameras removed": only people are dismissed
    if lex["verbs"].get(lemma) == "ASSAULT" and any(
            s.dep_ == "nsubjpass" and any(n.lower_ in lex["toll_quantifiers"] for n in s.subtree) for s in token.children):
        return None  # "at least 39 people have been killed": a toll
    if (lex["verbs"].get(lemma) in {"ASSAULT", "PROTEST"} or lemma == "strike") and (doer := _subject(token)[0]) is not None and (
            doer.lemma_.lower() in lex["non_agents"]):
        return None  # "the earthquake killed thousands", "inflation hit 33%", "fighting that has killed thousands", "bonds rallied"
    if lemma == "strike":
        return "PROTEST" if any(t.lower_ in {"workers", "unions", "union", "employees"} for t in token.subtree) else "ASSAULT"
    forms = [phrasal, *_forms(token)] if phrasal else _forms(token)
    kind = next((lex["verbs"][form] for form in forms if form in lex["verbs"]), None)
    if kind == "STATEMENT" and token.dep_ in {"advcl", "acl"}:
        return None  # "Speaking in Warsaw, Zelensky promised …", "a statement issued by": the setting of what is told
    return kind


def _measures_vowed(token: Token) -> bool:
    """ "will take all necessary measures", "would take firm action to protect its interests": a
    state's warning of unnamed retaliation (CAMEO 13), said of what it will do, not has done."""
    coming = any(c.dep_ == "aux" and c.lower_ in MODAL_FUTURE | MODAL_HYPOTHETICAL for c in token.children)
    measures = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in {"action", "measure", "countermeasure", "step"}]
    resolve = {"necessary", "all", "appropriate", "firm", "decisive", "resolute", "strong", "retaliatory", "reciprocal"}
    guarded = any(c.dep_ in {"advcl", "xcomp", "acl"} and c.lemma_.lower() in {"protect", "defend", "safeguard"}
                  for m in [token, *measures] for c in m.subtree)
    return coming and bool(measures) and (guarded or any(w.lower_ in resolve for m in measures for w in m.subtree))


def _kept_away(token: Token) -> bool:
    """A visit cancelled for the canceller's own reasons ("to deal with the crisis", "because of
    the floods"), not as a reaction to the host ("over the arrests", "in protest")."""
    reasons = {c.lower_ for c in token.children if c.dep_ == "prep"}
    if reasons & {"over", "after", "amid"} or any(c.dep_ == "prep" and c.lower_ == "in" and any(
            o.lemma_.lower() in {"protest", "response", "retaliation"} for o in c.children) for c in token.children):
        return False
    return bool(reasons & {"because", "due"}) or any(c.dep_ in {"advcl", "xcomp"} and _infinitive(c) for c in token.children)


def _declared_winner(token: Token) -> Token | None:
    """Who a verb declares the winner: "declared Biya the winner", "proclaimed the party winner"."""
    if token.lemma_.lower() not in {"declare", "proclaim", "confirm", "name"}:
        return None
    won = {"winner", "victor"}
    named = [c for c in token.children if c.dep_ == "dobj"]
    if any(c.dep_ == "oprd" and c.lemma_.lower() in won for c in token.children):
        return named[0] if named else None
    return next((c for c in named if any(a.dep_ in {"appos", "oprd"} and a.lemma_.lower() in won for a in c.children)), None)


def _ergative_subjects(token: Token) -> list[Token]:
    """The subject of a verb that says of its subject what it says of its object: "the bombing
    would stop" is "stop the bombing", "fighting resumed" is "resume fighting"."""
    if token.lemma_.lower() not in plover()["ergative_verbs"] or any(c.dep_ == "dobj" for c in token.children):
        return []
    return [c for c in token.children if c.dep_ == "nsubj"]


def _called_upon(token: Token, prepositions: set[str]) -> bool:
    """ "called on Israel to withdraw", "called for talks", "fired on protesters": a call made
    (a shot fired) at somebody, not one made on a day ("called on Monday", "fired him on Tuesday")."""
    return any(c.dep_ == "prep" and c.lower_ in prepositions and not any(o.ent_type_ in {"DATE", "TIME"} for o in c.children)
               for c in token.children)


def _evaluation(token: Token) -> str | None:
    """What a naming verb says of what it names, by the words of the complement ("called the
    move a devastating message", "described it as historic"). Blame is ACCUSE, or REJECT when
    what is named is a charge against the speaker ("called the charges slanders"); praise is
    SUPPORT ("called the decision a new beginning"), but not the speaker's own assessment of
    talks (S1: "called the talks a success" is a plain statement; "useful" and "constructive" are
    no praise words for that reason), nor a participle that only glosses the act it hangs on
    ("apologised for slavery, calling it a crime"); a participle that names a charge still
    rejects it ("expelled six diplomats, calling the allegations preposterous")."""
    lex = plover()
    named = [c for c in token.children if c.dep_ == "dobj"]
    charge = any(n.lemma_.lower() in lex["reject_objects"]["dismiss"] for n in named)
    if token.dep_ == "advcl" and token.tag_ == "VBG" and not charge:
        return None
    words = {w.lemma_.lower() for head in _complements(token, named[1:]) for w in [head, *(
        c for c in head.children if c.dep_ in {"amod", "compound", "advmod", "conj"}), *(
        o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)]}
    valence = len(words & set(lex["evaluation_words"]["SUPPORT"])) - len(words & set(lex["evaluation_words"]["ACCUSE"]))
    if valence < 0:
        return "REJECT" if charge else "ACCUSE"
    if valence > 0 and not any(noun_kind(n) == "CONSULT" for n in named):
        return "SUPPORT"
    return None


def _complements(token: Token, further: list[Token]) -> list[Token]:
    """What a naming verb calls its object: "a new beginning" (``oprd``), "as useful", a second
    object ("branded the report fake news") or a quoted apposition ("the decision 'a surrender'")."""
    found = [*further, *(c for c in token.children if c.dep_ == "oprd")]
    found.extend(o for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children)
    found.extend(a for c in token.children if c.dep_ == "dobj" for a in c.children
                 if a.dep_ == "appos" or a.dep_ == "amod" and a.i > c.i)  # "called the move 'unfair'"
    return found


def _backs_person(token: Token) -> bool:
    """Support for a person ("would not endorse either candidate"): withheld, it is SUPPORT
    negated, not the refusal of a text or an outcome put to the speaker."""
    return any(_is_person(o) or o.lemma_.lower() in plover()["person_nouns"] for o in _objects(token))


def _forms(token: Token) -> list[str]:
    """The lemma, and base forms guessed from the word when the lemmatiser misses one
    ("reappointed" → "reappointe", "readmitted" → "readmit")."""
    word = token.lower_
    doubled = len(word) > 4 and word[-3] == word[-4] and word.endswith(("ed", "ing"))  # "readmitted" → "readmit"
    guesses = [word[:-2] if word.endswith("ed") else "", word[:-1] if word.endswith(("ed", "es")) else "",
               word[:-3] if word.endswith("ing") else "", word[:-3 if word.endswith("ed") else -4] if doubled else ""]
    return [token.lemma_.lower(), word, *(g for g in guesses if g)]


def _phrasal(token: Token) -> str | None:
    """A listed phrasal verb ("ruled out"), which means something else than the verb alone."""
    lex = plover()
    forms = [f"{token.lemma_.lower()} {c.lower_}" for c in token.children if c.dep_ == "prt" or (
        c.dep_ == "prep" and any(p.dep_ == "prep" for p in c.children))]  # "walked out of the talks": "out" heads "of"
    return next((form for form in forms if form in lex["verbs"] or form in lex["verb_objects"]), None)


# -- mode ------------------------------------------------------------------------------------------


def _chain(token: Token) -> list[Token]:
    """The token and its governors up to the root of its own clause chain."""
    return [token, *token.ancestors]


def mode_of(token: Token, published: str | None, date: str | None) -> str:
    """actual, verbal, future, hypothetical or negated (in that order of precedence reversed)."""
    lex = plover()
    chain = _chain(token)
    local = chain[: next((i for i, t in enumerate(chain) if t.dep_ in {"ccomp", "ROOT", "relcl", "parataxis"} or (
        t.dep_ == "advcl" and not _infinitive(t)) or _own_clause(t)), len(chain) - 1) + 1]  # "is set to ask", parsed as an advcl, goes on
    negative = any(c.dep_ == "neg" for t in local for c in t.children)
    if negative and any(c.lower_ == "until" for t in local for a in [t, *(c for c in t.children if c.dep_ == "acomp")]
                      for c in a.children):
        return "future"  # "is not due until 2028", "will not take office until May": later, not never
    if negative or any(
            (_verb_phrases(t) & set(lex["negating_verbs"]) or t.lower_ == "without") and below.dep_ != "conj"
            for below, t in zip(local, local[1:])):
        return "negated"  # "did not sign", "failed to agree", "stopped short of threatening"; not "denied X and asked Y"
    if any(t.lemma_.lower() in lex["absence_nouns"] and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
           for t in _nominal_governors(token)):
        return "negated"  # "saw no sign of a pullback", "had no intention of firing him"
    if local[-1].dep_ == "ccomp" and local[-1].head.lemma_.lower() in lex["denial_verbs"]:
        return "negated"  # "denied that it played any part in the arrest"
    denied = [*_objects(token), token, *([token.head] if token.dep_ == "acl" else []),  # "there are no plans to deploy"
              *(c for c in token.children if c.dep_ == "nsubj")]  # "no Western government has followed suit"
    if any(c.lower_ == "yet" for t in local[1:] for c in t.children) or any(
            c.dep_ == "det" and c.lower_ == "no" and c.nbor().text != "-" for c in denied for c in c.children):
        return "negated"  # "has yet to comment", "gave no details", not "a no-confidence vote"
    if _conditional(token) or any(c.dep_ == "amod" and c.lower_ in lex["possibility_words"] for c in token.children):
        return "hypothetical"  # "would sign if …", "prepared for a possible incursion"
    auxiliaries = {c.lower_ for t in local for c in t.children if c.dep_ in {"aux", "auxpass"}}
    speech = cue_lexicon()["direct"]
    framed = any(t.lemma_.lower() in speech for t in chain[1:]) or any(
        t.lemma_.lower() in lex["intent_verbs"] or t.lower_ in READINESS for t in local[1:])
    if auxiliaries & MODAL_POSSIBLE or auxiliaries & MODAL_HYPOTHETICAL and not framed:
        return "hypothetical"
    if any(t.lemma_.lower() in lex["intent_verbs"] or t.lower_ in READINESS for t in local[1:]):
        return "verbal"  # a stated intent: "pledged to", "said it was ready to"
    if _scheduled(token) or auxiliaries & (MODAL_FUTURE | MODAL_HYPOTHETICAL) or any(
            t.lemma_.lower() in lex["future_verbs"] for t in local[1:]):
        return "future"
    base = parse_published(published)
    if date and base and len(date) == 10 and date > base.isoformat():
        return "future"
    return "actual"


def _own_clause(token: Token) -> bool:
    """A coordinated clause with its own subject: "the deal did not cover Israel, and the group
    would keep attacking" does not share the first clause's negation."""
    return token.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _first_conjunct(token: Token) -> Token:
    """The first of coordinated verbs, which holds what they share: "is to lift … and pull"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _scheduled(token: Token) -> bool:
    """ "Hamas is to free …", "Rwanda is to lift its measures and pull its forces out": on the calendar."""
    first = _first_conjunct(token)
    return first.dep_ == "xcomp" and first.head.lemma_.lower() == "be"


def _infinitive(token: Token) -> bool:
    """A "to" infinitive: "to ask", "to withdraw"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _verb_phrases(token: Token) -> set[str]:
    """The lemma alone and with each particle or adverb: "stop", "stop short"."""
    lemma = token.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in token.children if c.dep_ in {"prt", "advmod", "acomp"})}


def _nominal_governors(token: Token) -> list[Token]:
    """The nouns a trigger hangs under, up to the first verb: "sign" in "saw no sign of a pullback"."""
    found = []
    for above in token.ancestors:
        if above.pos_ in {"VERB", "AUX"}:
            break
        found.append(above)
    return found


def _conditional(token: Token) -> bool:
    """An "if / unless / until / once" clause on the act or its governors (M3), or "only after"
    ("would ratify only after Kristersson visited")."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for t in _chain(token) for c in t.children) or bool(
        _conditions(token))


def _conditions(token: Token) -> list[Token]:
    """The condition clauses hung on the act, its governors, or what spells the act out
    ("file a motion to impeach him if he does not resign")."""
    def condition(clause: Token) -> bool:
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        return bool(marks & CONDITIONS) or bool(marks & {"after", "when"}) and any(
            m.lower_ == "only" for m in clause.children if m.dep_ == "advmod")
    complements = [c for h in [token, *(o for o in token.children if o.dep_ == "dobj")] for c in h.children
                   if c.dep_ in {"acl", "xcomp"}]
    return [c for t in [*_chain(token), *complements] for c in t.children if c.dep_ == "advcl" and condition(c)]


def _on_condition(token: Token) -> bool:
    """Hung on an "if", "unless" or "provided" clause (not "until", which only delays)."""
    return any(m.dep_ == "mark" and m.lower_ in {"unless", "if", "provided"} for c in _conditions(token) for m in c.children)


def _in_words(token: Token, event_type: str, mode: str, announced: bool, quoted: bool) -> tuple[str, str]:
    """How the guide reads an act told in words. T4: an announced use of force, or a
    conflictual act the source makes conditional on the target ("would veto it again if …"),
    is a THREATEN, and a threat is words whatever its condition. M1: accusations, demands,
    praise and refusals made are verbal, formal acts (a veto, a recognition) aside, and so are
    those a quote makes ("Russia is to blame," she said). M2: the source's own announced
    decision, pledge or nomination is verbal; not an election, which is the voters' act, not
    its announcer's ("said elections would be held in June" stays future)."""
    lex = plover()
    lemma = token.lemma_.lower()
    promised = mode == "hypothetical" or mode == "negated" and bool(  # "would not carry out strikes unless …"
        {c.lower_ for c in token.children if c.dep_ == "aux"} & (MODAL_FUTURE | MODAL_HYPOTHETICAL))
    if event_type in lex["conflict_types"] and promised and _conditional(token) or (
            event_type == "ASSAULT" and (mode == "verbal" or mode == "future" and announced)):
        return "THREATEN", "verbal"
    if event_type == "THREATEN" and mode != "negated" or mode == "future" and (
            announced and event_type != "ELECTION" or _pledged(token) or quoted and event_type in lex["speech_acts"]):
        return event_type, "verbal"
    if mode == "actual" and announced and token.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in {"is", "are", "'s", "'re"} for c in token.children):
        return event_type, "verbal"  # "Germany is closing the consulates, its minister said": a decision told
    nominated = event_type == "APPOINT" and (lemma in lex["nomination_verbs"] or any(
        cue in token.sent.text for cue in lex["pending_cues"]))  # "named X as prime minister, subject to approval"
    if mode == "actual" and (event_type in SPEECH_ACTS or event_type in lex["speech_acts"] and (
            _phrasal(token) or lemma) not in lex["formal_acts"]  # "threw out the case", not "threw their support behind"
                             or lemma in lex["pledge_verbs"] or _pledged(token) or nominated):
        return event_type, "verbal"
    return event_type, mode


def _pledged(token: Token) -> bool:
    """M2: an act named as what was announced or pledged, as its object ("announced a two-week
    pause", "announced his resignation") or as what will be done ("announced he would step
    down"), is the source's word on its own act, not yet the act."""
    will = {c.lower_ for c in token.children if c.dep_ == "aux"} & (MODAL_FUTURE | MODAL_HYPOTHETICAL)
    return (token.dep_ == "dobj" or token.dep_ == "ccomp" and bool(will)) and token.head.lemma_.lower() in plover()[
        "pledge_verbs"]


def _announced(work: Work, token: Token, subject: Token | None, statement: Statement | None,
               source_country: str | None) -> bool:
    """M2: the act is told as its source's own decision ("Poland will close the consulate, its
    foreign minister said", "announced it would leave"), not scheduled in the narrator's voice
    ("is due to", "is expected to")."""
    teller = _attribution(token)
    told_by = _speaker_side(work, statement) if statement is not None else (
        _participant(work, _subject(teller)[0], None)[1] if teller is not None else None)
    own = subject is not None and _reporter(subject) is not None or (source_country is not None and told_by == source_country)
    if not own:
        return False
    return not _scheduled(token) and not any(t.lemma_.lower() in plover()["schedule_words"] for t in _chain(token)[1:4])


def _convened(token: Token) -> bool:
    """A protest, strike or election that is called ("called for protests", "called an election")
    is summoned for a later day."""
    return "call" in {token.lemma_.lower(), _verb_of(token).lemma_.lower()}


def _called_off(token: Token) -> bool:
    """The act did not happen for its source: postponed, cancelled, annulled or lost, by its verb
    ("delayed the vote", "lost his seat") or a participle on its noun ("the annulled vote")."""
    called_off = plover()["undone_verbs"]
    return (_phrasal(token) or token.lemma_.lower()) in called_off or any(
        c.dep_ == "amod" and c.lemma_.lower() in called_off for c in token.children)


def _attribution(token: Token) -> Token | None:
    """The speech verb that tells of the act: above it ("announced it would leave") or trailing
    it ("Armenia will leave the CSTO, the prime minister told parliament")."""
    told = [*token.ancestors, *(c for c in token.children if c.dep_ in {"conj", "parataxis"})]
    return next((t for t in told if t.lemma_.lower() in cue_lexicon()["direct"]), None)


def _told_on(work: Work, token: Token, statement: Statement | None) -> str | None:
    """The day an act was told: the date on its speech verb ("announced on Monday it would
    leave"), else the statement's."""
    speech = _attribution(token)
    told = _date_among(work, token.sent, {speech.i}, ahead=False) if speech is not None else None
    return told or (statement.date if statement is not None else None)


# -- participants, date, place -----------------------------------------------------------------


def _clause_tokens(token: Token) -> list[Token]:
    """The trigger's own clause: its subtree without nested clauses of other verbs."""
    nested = {"ccomp", "relcl", "advcl", "xcomp", "acl", "conj", "parataxis", "csubj"}
    keep: list[Token] = []
    stack = [token]
    while stack:
        current = stack.pop()
        keep.append(current)
        stack.extend(c for c in current.children if c.dep_ not in nested or c.pos_ not in {"VERB", "AUX"})
    return keep


def _background(token: Token) -> bool:
    """A participle describing a noun ("prisoners held by Israel", "documents released this
    week") or a past-perfect relative clause ("Americans who had been detained in Iran"):
    background, not the news. A participle naming who did it is news told in passing ("a
    withdrawal demanded by the military rulers", "a move welcomed by the Palestinian Authority")."""
    if token.dep_ == "acl" and token.tag_ == "VBN":
        if _misparsed(token) and any(c.dep_ in {"dobj", "oprd"} for c in token.children):
            return False  # "Burkina Faso's leader, Captain Traoré, named X as prime minister": no verb found but this one
        return token.lemma_.lower() in plover()["state_participles"] or not any(c.dep_ == "agent" for c in token.children)
    return token.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children)


def _misparsed(token: Token) -> bool:
    """A finite verb the parser took for an adjective because it found no verb at all
    ("Netanyahu on Friday approved plans …" parsed as a noun phrase), or that still has its
    own subject ("Macron named centrist ally Bayrou …" with "named" as a modifier of "ally")."""
    own_subject = token.dep_ == "amod" and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
    return token.tag_ in {"VBD", "VBN"} and (token.sent.root.pos_ not in {"VERB", "AUX"} or own_subject)


def _subject(token: Token) -> tuple[Token | None, bool]:
    """The source phrase: the nearest governing subject (or a passive's agent); and whether
    the subject found is the passive patient (then it is the target). In a misparsed
    sentence, the last name before the verb."""
    if _misparsed(token) and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        names = [e for e in token.sent.ents if e.end <= token.i and e.label_ in {"PERSON", "ORG", "GPE", "NORP"}]
        return (names[-1].root, False) if names else (None, False)
    agent = _agent(token)
    if agent is not None:
        return agent, False
    for current in _chain(token):
        caused = _caused_object(current)
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"} and not _same(c, caused)]
        if subjects:
            start = max((c.i for c in current.children if c.dep_ == "mark"), default=-1)
            subject = next((c for c in subjects if c.i > start), subjects[0])  # "ally … after lawmakers toppled": a misparse
            patient = subject.dep_ == "nsubjpass"  # "Morales, who was barred from running": the barred one is the target
            if subject.lower_ in {"who", "which", "that"} and current.dep_ == "relcl":
                subject = current.head
            if current.i != token.i and plover()["verbs"].get(token.lemma_.lower()) in SPEECH_ACTS and _mute(subject):
                continue  # "said the attack was political and blamed the opposition": an attack blames nobody
            if current.i != token.i:  # "landed after being freed": a passive takes its patient from above
                return subject, any(c.dep_ == "auxpass" for c in token.children)
            return subject, patient
        if current.dep_ in {"ccomp", "ROOT"} and caused is None:
            break  # past "shut" in "ordered mobile internet shut down": who ordered it
    return None, False


def _mute(phrase: Token) -> bool:
    """A thing or an event, which cannot speak: "the attack", "the law", "the talks"."""
    return phrase.lemma_.lower() in plover()["non_agents"] or noun_kind(phrase) is not None


def _agent(verb: Token) -> Token | None:
    """Who did it, named in a "by" phrase: "freed by Moscow", "a withdrawal demanded by the rulers"."""
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)


def _holder(verb: Token) -> Token | None:
    """Who acted when a passive names no agent but the state it came from: "were released from
    Israeli jails", "were deported from the United States"."""
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                 if o.dep_ == "pobj" and any(t.ent_type_ in {"GPE", "NORP"} for t in o.subtree)), None)


def _captor(patient: Token | None) -> Token | None:
    """The state where the freed were held: "Americans who had been detained in Iran", "children taken to Russia"."""
    if patient is None:
        return None
    return next((o for clause in patient.children if clause.dep_ in {"acl", "relcl"}
                 and clause.lemma_.lower() in plover()["holding_verbs"]
                 for p in clause.children if p.dep_ == "prep" and p.lower_ in {"in", "to"}
                 for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"), None)


def _noun_parties(token: Token) -> tuple[Token | None, bool]:
    """Who holds a nominal event: "Russia's withdrawal", "Russian and Chinese bombers' patrol",
    "talks between X and Y", "the visit by X"; for "their exercises", who the verb's subject is
    (then "Balikatan" in "their Balikatan exercises" only names them); and, as ``_subject``,
    whether that phrase is the patient ("Khan's arrest")."""
    share = _participated_in(token)
    if share is not None:  # "Iran's role in the attack", "the military denied any role in the arrest"
        owner = next((c for c in share.children if c.dep_ == "poss"), None)
        return (owner, False) if owner is not None else _subject(share.head)
    owned_by_pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    undergone = token.lemma_.lower() in plover()["patient_nouns"] and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children)  # "Khan's arrest", but "Iran's execution of Sharmahd"
    if undergone and token.dep_ == "dobj" and any(c.dep_ == "poss" for c in token.children):
        return _subject(token.head)  # "Netanyahu announced Gallant's dismissal": the owner is the target
    for child in token.children:
        if owned_by_pronoun and child.dep_ == "compound":
            continue
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
            return child, undergone  # "Raisi, on his first visit to Saudi Arabia, urged …"
        if child.dep_ in {"poss", "compound", "amod"} and (child.ent_type_ in ACTOR_ENTITIES or child.pos_ == "PROPN"):
            return child, undergone and child.dep_ == "poss"
        first = _hyphen_partner(child) if child.dep_ == "amod" else None
        if first is not None:
            return first, False
        agent = _agent(child) if child.dep_ == "acl" else None
        if agent is not None:
            return agent, False  # "the October 7 attack led by Hamas"
    preps = sorted((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"by", "between", "from", "of"}),
                   key=lambda p: p.lower_ == "of")  # "the signing of the accord by Mitsotakis": the agent first
    for child in preps:
        objects = [c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() not in plover()["non_agents"] and not (
            child.lower_ == "of" and noun_kind(c) is not None)]  # not "a convoy of aid", "deliveries by sea"
        if objects:
            return objects[0], False
    origin = _holder(token.head) if token.dep_ == "nsubj" else None
    if origin is not None:
        return origin, False  # "the convoy entered Gaza from Egypt"
    head = token
    while head.dep_ == "pobj" and (head.head.lower_ == "of" or _planned(head)):  # "began two days of drills"
        head = head.head.head
    if head.dep_ == "dobj":  # "ordered tariffs", "approved plans for an operation": who ordered, who approved them
        return _subject(head.head)
    if token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_.lower() in plover()["placing_verbs"]:
        return _subject(token.head.head)  # "its forces were on full alert", "put the army on high alert"
    ready = _readied(token)
    if ready is not None:
        return _subject(ready.head)  # "Thailand said it was open to talks": who is ready takes part
    verb = _governing_verb(token)
    if noun_kind(token) == "CONSULT" and verb is not None and _circumstance(token, verb) and classify(verb) != "CONSULT":
        subject, passive = _subject(verb)
        if subject is not None and not passive and (subject.ent_type_ in ACTOR_ENTITIES or subject.pos_ == "PRON" or _names_pair(subject)):
            return subject, False  # "Russia promised … after peace talks with Ukraine": Russia took part
    return None, False


def _readied(token: Token) -> Token | None:
    """The readiness word a nominal act hangs on: "open" in "was open to talks", "ready" in
    "remained ready for dialogue"."""
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"to", "for"} else None
    return holder if holder is not None and holder.lower_ in READINESS and holder.dep_ == "acomp" else None


def _hyphen_partner(modifier: Token) -> Token | None:
    """The first nationality of a hyphenated pair ("the Israeli-Egyptian blockade"), which the
    parser hangs under the second."""
    return next((c for c in modifier.children if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}
                 and c.i + 2 == modifier.i and c.nbor().text == "-"), None)


def _noun_target(token: Token, source: Token | None) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS | {"between"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            for obj in objects:
                conj = [c for c in obj.children if c.dep_ == "conj"]
                if _same(obj, source) and conj:
                    return conj[0]
                if not _same(obj, source):
                    return obj
    owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON" and not _same(c, source)]
    return owners[0] if owners and source is not None else None  # "it played a part in Khan's arrest"


def _target_candidates(token: Token, subject: Token | None, event_type: str) -> list[Token]:
    """Phrases that may name the target, nearest first: the object, the objects of "with /
    against / on / from …" on the verb or its object, then a second subject ("X and Y agreed")."""
    candidates = [c for c in token.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]  # the patient when an agent acts
    for holder in [token, *[c for c in token.children if c.dep_ in {"dobj", "prt"}]]:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS | {"of", "out"}:
                candidates.extend(c for c in child.subtree if c.dep_ == "pobj")
    if _mutual(token, event_type):
        candidates.extend(_co_parties(subject))
    return [c for c in candidates if not _same(c, subject) and c.ent_type_ not in {"DATE", "TIME", "CARDINAL", "MONEY"}]


def _mutual(token: Token, event_type: str) -> bool:
    """ "X and Y clashed", "X and Y swapped prisoners", "Indian and Chinese troops pulled back":
    each side acts on (or disengages from) the other, so a co-subject is the target; "Germany
    and France criticised the arrest" has two sources."""
    return event_type == "RETREAT" or token.lemma_.lower() in plover()["armed_verbs"] or _reciprocal(token) or _each_other(token)


def _co_parties(subject: Token | None) -> list[Token]:
    """The other parties of a coordinated subject: "X and Y agreed", "Indian and Chinese troops
    pulled back", "Russian and Chinese bombers' patrol"."""
    if subject is None:
        return []
    sides = [subject, *(c for c in subject.children if c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"GPE", "NORP"})]
    return [c for side in sides for c in side.children if c.dep_ == "conj"]


def _other_parties(token: Token, subject: Token | None, event_type: str) -> list[Token]:
    """Where the target may be named, best first: for an act done together, the subject's
    co-parties ("Poland and Lithuania will step up intelligence sharing along their borders
    with Belarus"), unless each acts apart ("signed separate agreements with Turkey"); then the
    verb's objects and phrases."""
    together = _co_parties(subject) if (event_type in JOINT or token.pos_ == "NOUN") and not _distributive(token) else []
    return together + (_target_candidates(token, subject, event_type) if token.pos_ != "NOUN" else [])


def _self_owned(phrase: Token | None) -> bool:
    """ "its troops", "their cooperation", "his veto": the actor's own, named through a pronoun."""
    return phrase is not None and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in phrase.children)


def _same(a: Token | None, b: Token | None) -> bool:
    """One token, whatever Python object spaCy handed out for it (``is`` never holds)."""
    return a is not None and b is not None and a.i == b.i


def _target(token: Token, exclude: Token | None, event_type: str) -> Token | None:
    candidates = _target_candidates(token, exclude, event_type)
    return candidates[0] if candidates else None


def _participant(work: Work, phrase: Token | None, last: Actor | None,
                 speaker: Actor | None = None) -> Named:
    """Name and country of the actor a phrase stands for ("Israeli forces" → Israel); "we"
    inside a quote is the speaker."""
    if phrase is None:
        return None, None
    if phrase.lower_ in {"we", "i", "us"} and speaker is not None:
        return speaker.name, speaker.country
    if phrase.lower_ in POSSESSIVE_PRONOUNS and phrase.dep_ == "poss":
        return _owner(work, phrase.head, phrase)
    antecedent = _whose(phrase) or _reporter(phrase)
    if antecedent is not None:
        return _participant(work, antecedent, last, speaker)
    first = _first_side(phrase) or _half_named(phrase)
    if first is not None:
        return first.name, first.iso3
    named = work.actor_at(phrase.idx, phrase.idx + len(phrase.text))
    actor = named or (resolve_actor(work, phrase, phrase.idx, last)[0] if phrase.pos_ == "PRON" else None)
    if actor is not None:
        return actor.name, actor.country or _title_country(phrase)
    for token in _modifiers(phrase):
        actor = work.actor_at(token.idx, token.idx + len(token.text))
        if actor is not None:
            return actor.name, actor.country
    body = _member_of(work, phrase)
    if body is not None:
        return body.name, body.country
    for token in phrase.subtree:
        if token.ent_type_ in {"NORP", "GPE"}:
            place = lookup(token.text)
            if place is not None:
                return place.name, place.iso3
    leader = _led_by(phrase)
    if leader is not None:
        return leader.name, leader.iso3
    owner = _possessor(work, phrase, speaker)
    if owner[1] is not None:
        return owner
    if phrase.lower_ == "country" and any(c.dep_ == "det" and c.lower_ == "the" for c in phrase.children):
        country = nearest_actor_before(work, phrase.idx, {"country"})  # "the country's military rulers"
        if country is not None:
            return country.name, country.country
    if phrase.pos_ in {"NOUN", "PROPN"} and not phrase.like_num and not phrase.text.isupper():
        words = [t for t in phrase.subtree if t.dep_ in {"compound", "amod"} and t.head is phrase or t is phrase]
        return " ".join(t.text for t in words), None
    return None, None


def _modifiers(phrase: Token) -> list[Token]:
    """The words naming whose a thing is, nearest first; for a thing (not a name with its
    title), down chains of compounds: "World" and "Bank" in "a World Bank catastrophe bond"."""
    found = [c for c in phrase.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
    for modifier in found if phrase.pos_ == "NOUN" else []:
        found.extend(c for c in modifier.children if c.dep_ == "compound" and modifier.dep_ == "compound")
    return found


def _first_side(phrase: Token) -> Place | None:
    """The first of paired nationalities ("Japanese and Philippine forces staged drills"): the
    phrase's head noun sits nearest the last one, but the first names the source and the
    others are its co-parties."""
    return next((place for c in phrase.children if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}
                 and any(d.dep_ == "conj" for d in c.children) and (place := lookup(c.text)) is not None), None)


def _half_named(phrase: Token) -> Place | None:
    """ "The South" or "the North" of a divided country the text names by its other half:
    South Korea beside "North Korean ships", South Sudan beside "the South Sudanese army"."""
    compass = {"North", "South"}
    if phrase.text not in compass or not any(c.dep_ == "det" and c.lower_ == "the" for c in phrase.children):
        return None
    halves = (ent.text.split(" ", 1)[1] for ent in phrase.doc.ents
              if ent.label_ in {"GPE", "NORP"} and ent.text.split(" ", 1)[0] in compass and " " in ent.text)
    return next((place for rest in halves if (place := lookup(f"{phrase.text} {rest}")) is not None), None)


def _member_of(work: Work, phrase: Token) -> Actor | None:
    """The actor that people or a body belong to: "leaders of the Group of 20", "the government
    of President Ortega", "officials from the foreign ministry" act for it."""
    if phrase.lemma_.lower() not in plover()["member_nouns"]:
        return None
    return next((actor for p in phrase.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                 for o in p.children if o.dep_ == "pobj"
                 if (actor := work.actor_at(o.idx, o.idx + len(o.text))) is not None), None)


def _disjoint(work: Work, pronoun: Token, source: str) -> Named:
    """Whom "him" or "her" stands for as the object of an act, which is never its own doer
    (binding principle B: "Biden called Starmer to congratulate him" congratulates Starmer):
    the person named last before it who is not the source."""
    people = [actor for m in work.article.mentions if m.end <= pronoun.idx and (actor := work.actors.get(m.actor_id or ""))
              is not None and actor.kind in PERSON_KINDS and actor.name != source]
    return (people[-1].name, people[-1].country) if people else (None, None)


def _title_country(phrase: Token) -> str | None:
    """The country a name's title gives: "Indian Prime Minister Narendra Modi"."""
    modifiers = [c for c in phrase.children if c.dep_ in {"compound", "amod"} and c.i < phrase.i]
    for modifier in modifiers:
        modifiers.extend(c for c in modifier.children if c.dep_ in {"compound", "amod"})
        place = lookup(modifier.text) if modifier.ent_type_ in {"NORP", "GPE"} else None
        if place is not None:
            return place.iso3
    return None


def _whose(phrase: Token) -> Token | None:
    """What "whose parliament" belongs to: the noun the relative clause tells about ("Hungary,
    whose parliament has yet to approve the bid")."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in phrase.children):
        return None
    return next((t.head for t in phrase.ancestors if t.dep_ == "relcl"), None)


def _reporter(phrase: Token) -> Token | None:
    """Who "it" or "they" is in a report of one's own act: the speaker ("the ministry said it
    had dispatched forces")."""
    if phrase.lower_ not in {"it", "they"} or phrase.dep_ != "nsubj" or phrase.head.dep_ != "ccomp" or (
            phrase.head.lemma_ == "be"):
        return None  # not the dummy of "it was too early to speak"
    speech = phrase.head.head
    if speech.lemma_.lower() not in cue_lexicon()["direct"]:
        return None
    speaker, passive = _subject(speech)  # "condemned the drills and said it had …" too
    return speaker if speaker is not None and not passive and speaker.pos_ != "PRON" else None


def _led_by(phrase: Token) -> Place | None:
    """The leading country of "the U.S.-led coalition", "a Saudi-led force"."""
    for child in phrase.children:
        if child.dep_ in {"amod", "compound"}:
            for suffix in plover()["leading_suffixes"]:
                if child.lower_.endswith(suffix):
                    return lookup(child.text[: -len(suffix)])
    return None


def _possessor(work: Work, phrase: Token, speaker: Actor | None) -> Named:
    """The side of "his fighters", "its helicopters", "his country's forces"; not of "his
    counterpart", who is by definition the other side."""
    if phrase.lemma_.lower() in plover()["other_side_nouns"]:
        return None, None
    for token in phrase.children:
        if token.dep_ == "poss" and token.lower_ in POSSESSIVE_PRONOUNS:
            return _owner(work, phrase, token)
        if token.dep_ == "poss" and token.pos_ == "NOUN":
            return _participant(work, token, None, speaker)
    return None, None


def _owner(work: Work, phrase: Token, pronoun: Token) -> Named:
    """Whom "his", "its" or "their" points to: the person or the country or organisation named
    last before it ("Bolivia cut ties with Israel over its offensive"); for "their", the subject
    of a clause above ("Israeli jets kept up their bombardment")."""
    if pronoun.lower_ == "their":
        for verb in phrase.ancestors:
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"
                            and phrase.i not in {t.i for t in c.subtree}), None)
            if subject is not None:
                return _participant(work, subject, None)
    kinds = {"person"} if pronoun.lower_ in {"his", "her"} else {"country", "org", "igo"}
    actor = nearest_actor_before(work, pronoun.idx, kinds)
    return (actor.name, actor.country) if actor is not None else (None, None)


def _names_pair(phrase: Token | None) -> bool:
    """ "both sides", "the two leaders", "the delegations", "officials from the four parties",
    "the presidents of the two countries": the parties already in the story, not new actors."""
    if phrase is None or phrase.pos_ != "NOUN":
        return False
    lex = plover()
    if phrase.lemma_.lower() in lex["party_nouns"] and phrase.tag_ == "NNS" and any(
            c.lower_ in lex["pair_words"] or (c.like_num and c.dep_ == "nummod") for c in phrase.children):
        return True
    if phrase.lower_ in lex["pair_nouns_alone"] and any(c.dep_ == "det" and c.lower_ == "the" for c in phrase.children):
        return True
    return any(_names_pair(o) for c in phrase.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
               for o in c.children if o.dep_ == "pobj") or any(_names_pair(c) for c in phrase.children if c.dep_ == "poss")


def _pair(earlier: list[Event]) -> tuple[Named, Named] | None:
    """The two parties of the latest event between two countries, in the order the article
    first gave them (the lead's order is how the story frames the pair)."""
    pairs = [e for e in earlier if e.source_country and e.target_country and e.source_country != e.target_country]
    if not pairs:
        return None
    latest = {pairs[-1].source_country, pairs[-1].target_country}
    first = next(e for e in pairs if {e.source_country, e.target_country} == latest)
    return (first.source_actor, first.source_country), (first.target_actor, first.target_country)


def _seeker(token: Token) -> Token | None:
    """Who wants, offers or proposes a meeting named as a noun: "Kyiv" in "Kyiv was ready for
    a meeting of the two presidents", "Moscow proposed talks between the two leaders"."""
    if token.pos_ != "NOUN":
        return None
    verb = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None


def _seeker_first(pair: tuple[Named, Named], side: str | None) -> tuple[Named, Named]:
    """The pair with the side that seeks the act first: it is the one that acts toward the other."""
    return (pair[1], pair[0]) if side is not None and pair[1][1] == side else pair


def _other_of_pair(country: str | None, earlier: list[Event]) -> Named | None:
    """The other party of the two the story is about, when ``country`` is one of them."""
    pair = _pair(earlier) if country is not None else None
    return next((other for side, other in [pair, pair[::-1]] if side[1] == country), None) if pair else None


def _looks_ahead(token: Token) -> bool:
    """A planned or promised event: its weekdays and months lie ahead of the publication date."""
    chain = _chain(token)
    auxiliaries = {c.lower_ for t in chain[:3] for c in t.children if c.dep_ in {"aux", "auxpass"}}
    planned = {t.lemma_.lower() for t in chain[1:4]} & set(plover()["future_verbs"] + plover()["intent_verbs"])
    return bool(auxiliaries & (MODAL_FUTURE | {"would"}) or planned or _scheduled(token))


def _election_country(sentence: Span) -> str | None:
    """The country of "the U.S. presidential election" in the sentence."""
    for token in sentence:
        if token.lemma_.lower() in {"election", "vote", "poll", "referendum"}:
            for child in token.children:
                place = lookup(child.text) if child.ent_type_ in {"GPE", "NORP"} else None
                if place is not None:
                    return place.iso3
    return None


def _date(work: Work, token: Token, clause: list[Token], ahead: bool) -> str | None:
    """The first date phrase of the trigger's clause that resolves ("seven-day" does not)."""
    ids = {t.i for t in clause}
    if token.dep_ == "relcl":  # "the election on November 5, where Trump won"
        ids |= {t.i for t in token.head.subtree if t.i not in {s.i for s in token.subtree}}
    return (_date_among(work, token.sent, ids, ahead) or _date_among(work, token.sent, _governors(token), ahead)
            or _date_among(work, token.sent, _described_objects(token), ahead))


def _described_objects(token: Token) -> set[int]:
    """Verbs that only describe the trigger's object, where the parser may hang the act's date:
    "ratified Sweden's bid to join NATO late on Tuesday"."""
    return {v.i for o in _objects(token)
            for v in o.children if v.dep_ == "acl" and v.pos_ == "VERB" and classify(v) is None}


def _date_among(work: Work, sentence: Span, heads: set[int], ahead: bool) -> str | None:
    """The first date of the sentence attached to one of ``heads`` that resolves."""
    for ent in sentence.ents:
        if ent.label_ == "DATE" and (ent.root.i in heads or _verb_of(ent.root).i in heads):
            resolved = resolve_date(date_phrase(ent), work.article.published, ahead=ahead)
            if resolved is not None:
                return resolved
    return None


def _verb_of(token: Token) -> Token:
    """The verb a phrase hangs on ("released … on Saturday" for "Saturday")."""
    return next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), token)


def _governors(token: Token) -> set[int]:
    """The words a trigger's own time may hang on when its clause names none: the verbs above
    it ("signed an order withdrawing …  on Monday") and those coordinated with it ("pardoned and
    released 14 prisoners on Saturday")."""
    return {t.i for t in [*token.ancestors, *token.conjuncts] if t.pos_ in {"VERB", "AUX"}}


DATELINE_LENGTH = 60
Located = tuple[str | None, str | None, float | None, float | None]  # place, its country, latitude, longitude
NOWHERE: Located = (None, None, None, None)
COMPASS = {"northern", "southern", "eastern", "western", "north-eastern", "north-western", "south-eastern",
           "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "along"}


def _place(token: Token, clause: list[Token], event_type: str, statement: Statement | None) -> tuple[Located, bool]:
    """Where it happened, and whether only the dateline says so: "in / at X" in the trigger's
    clause ("in the Saudi city of Jeddah" too), else in the clauses above it ("rose along the
    Line of Control when troops exchanged fire"), else where its statement was made, else the
    dateline of a paragraph's first sentence ("MANILA - …"), which ``_filed_elsewhere`` may undo."""
    sentence = token.sent
    if event_type in CONTENT_TAKERS:  # "demanded an end to operations in Gaza": Gaza is what it is about
        about = {t.i for c in token.children if c.dep_ in {"dobj", "ccomp", "xcomp"} for t in c.subtree}
        clause = [t for t in clause if t.i not in about]
    governed = {t.i for t in sentence if t.pos_ not in {"VERB", "AUX"} and _verb_of(t).i in _governors(token)}
    for ids in ({t.i for t in clause}, governed):
        name = _place_among(sentence, ids, event_type)
        if name is not None:
            return _located(name), False
    if statement is not None and statement.place:
        return _located(statement.place), False
    filed = _dateline(sentence)
    return (_located(filed), True) if filed is not None else (NOWHERE, False)


def _dateline(sentence: Span) -> str | None:
    """The dateline city of a paragraph's first sentence ("MANILA - …"), or of the article's
    first when the clean stage took a wire's credit dateline off it."""
    text = sentence.doc.text
    paragraph = text.rfind("\n", 0, sentence.start_char) + 1
    if sentence.start_char - paragraph > DATELINE_LENGTH:
        return None
    credited = sentence.doc.user_data.get("dateline")
    if credited and paragraph == 0:
        return dateline_place(credited)
    return dateline_place(text[paragraph:sentence.end_char])


def _filed_elsewhere(event_type: str, mode: str) -> bool:
    """Guide L1: the dateline is where the reporter files, the place only of acts done there. A
    vote is held across the country, forces move away from the capital (``remote_types``), and
    a planned or possible act has not happened anywhere yet."""
    return event_type in plover()["remote_types"] or mode in {"future", "hypothetical"}


def _place_among(sentence: Span, ids: set[int], event_type: str) -> str | None:
    """The first place named "in / at / along X" among the tokens ``ids``; for a withdrawal also
    the place left ("pulled out of southern Gaza"), for a march or a deployment the place entered
    ("poured into central Belgrade"), as ``place_prepositions`` lists by type."""
    prepositions = PLACE_PREPOSITIONS | set(plover()["place_prepositions"].get(event_type, []))
    for ent in sentence.ents:
        capital = _capital_named(ent, ids, prepositions)
        if capital is not None:
            return capital
        if ent.root.i not in ids or ent.label_ not in {"GPE", "LOC", "FAC"} and not (
                ent.label_ == "ORG" and locate(ent.text) is not None):  # "a stadium in Niamey" tagged ORG
            continue
        head = ent.root.head
        if ent.root.dep_ == "pobj" and (head.lower_ in prepositions or (
                head.lower_ == "of" and head.head.lower_ in {"city", "town", "capital", "port", "village"})):
            return _refined(ent)
    return None


def _capital_named(ent: Span, ids: set[int], prepositions: set[str]) -> str | None:
    """ "in the Saudi capital", "in the Ukrainian capital": the country's capital city."""
    noun = ent.root.head
    if ent.label_ not in {"NORP", "GPE"} or noun.lemma_.lower() != "capital" or noun.i not in ids or not (
            noun.dep_ == "pobj" and noun.head.lower_ in prepositions):
        return None
    place = lookup(ent.text)
    return capital_of(place.iso3) if place is not None else None


def _refined(ent: Span) -> str:
    """The place as the gold annotators name it: a building by its city ("the Great Hall of the
    People in Beijing", "the Elysee Palace" under a PARIS dateline), a region with its compass
    point ("southern Lebanon")."""
    if ent.label_ == "FAC":
        city = next((e for e in ent.sent.ents if e.label_ == "GPE" and e.root.head.lower_ == "in" and
                     e.root.head.head.i in {t.i for t in ent}), None)
        return city.text if city is not None else _dateline(ent.sent) or ent.text
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in COMPASS and before.head.i == ent.root.i:
        return f"{before.text} {ent.text}"
    return re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE)  # "the South China Sea" is named "South China Sea"


def _home(doc: Doc, location_country: str | None) -> str | None:
    """The country of domestic actors named without one (police, troops, parliament): where it
    happened, else the article's home (``actors.home_country``)."""
    return location_country or home_country(doc)


def _located(name: str) -> Located:
    """The place and its country; "southern Lebanon" lies in Lebanon."""
    first, _, rest = name.partition(" ")
    where = locate(name) or (locate(rest) if first.lower() in COMPASS else None)
    if where is not None:
        return name, where.iso3, where.latitude, where.longitude
    return name, None, None, None


# -- the stage -------------------------------------------------------------------------------------


def _covering_statement(statements: list[Statement], token: Token) -> Statement | None:
    return next((s for s in statements if s.start <= token.idx < s.end), None)


def events_in(work: Work) -> list[Event]:
    """Every event in one parsed article."""
    doc = work.doc
    assert doc is not None, "the events stage needs the parse stage before it"
    published = work.article.published
    events: list[Event] = []
    asides: set[str] = set()
    seen: set[tuple[str, str | None, str | None, int]] = set()
    for sentence in doc.sents:
        for token in sentence:
            if token.pos_ == "NOUN":
                event_type = classify_noun(token)
            elif token.pos_ != "VERB" or token.dep_ in {"amod", "compound"} and not _misparsed(token) or _background(token) or (
                    token.dep_ == "prep"):
                continue  # "impeached President Yoon", "prisoners held by Israel": a description; "provided": a conjunction
            else:
                event_type = classify(token) or _followed_suit(token, events)
            if event_type is None:
                continue
            event_type = _quit_body(token, _joint(token, event_type))
            if _embedded(token):
                continue
            event = _event(work, token, event_type, published, events)
            if event.source_actor is None and event.source_country is None and (
                    event.target_actor is None or event.type in NEEDS_AGENT and event.mode != "actual"):
                continue  # nobody did it (to anybody): "39 people have been killed" is a toll, not an event record
            for found in [event, *_party_events(work, token, event)]:
                key = (found.type, found.source_actor, found.target_actor, sentence.start)
                if key not in seen:
                    seen.add(key)
                    events.append(found)
            if _aside(token) and _covering_statement(work.article.statements, token) is None:
                asides.add(event.id)
    events = [e for e in events if not _outweighed(e, events)]
    events.extend(_statement_events(work, [e for e in events if e.id not in asides]))
    return events


def _followed_suit(token: Token, earlier: list[Event]) -> str | None:
    """"Mali is expected to follow suit": an act that repeats the one reported before it is
    of that act's type (a plain statement is no act to repeat)."""
    if token.lemma_.lower() != "follow" or not any(c.dep_ == "dobj" and c.lower_ == "suit" for c in token.children):
        return None
    return next((e.type for e in reversed(earlier) if e.type != "STATEMENT"), None)


def _outweighed(event: Event, events: list[Event]) -> bool:
    """Guide S3: a statement ("addressed the summit, asking Arab states to help") is not coded
    when its speaker does something stronger in the same sentence."""
    return event.type == "STATEMENT" and event.mode != "negated" and any(
        other.type != "STATEMENT" and other.start == event.start and (other.source_actor, other.source_country) == (
            event.source_actor, event.source_country) for other in events)


def _aside(token: Token) -> bool:
    """An act told in passing beside what the sentence reports: "Guterres, who visited the
    crossing, said …", "told reporters after 12 hours of talks"; a statement there is still news."""
    return any(t.dep_ == "relcl" for t in _chain(token)) or (
        token.pos_ == "NOUN" and _circumstance(token, token.sent.root))


def _party_events(work: Work, token: Token, event: Event) -> list[Event]:
    """The same act by the other parties when it is done by each ("Russia and Ukraine signed
    separate agreements") or in return ("Russia and the West carried out a prisoner exchange",
    "Hamas is to free hostages in exchange for prisoners held by Israel")."""
    subject, passive = _noun_parties(token) if token.pos_ == "NOUN" else _subject(token)
    if subject is None or passive:
        return []
    reciprocal = _reciprocal(token) or event.type not in JOINT and _each_other(token)
    sides = _conjuncts(subject)
    found: list[tuple[Token | None, Named, Named]] = []
    apart = not _together(token, event.type) and _own_subject(token, subject)
    if len(sides) > 1 and (reciprocal or _distributive(token) or apart):
        after = (event.source_actor, event.source_country) if reciprocal else (event.target_actor, event.target_country)
        found = [(side, _participant(work, side, None), after) for side in sides[1:]]
    returned = _exchanged_for(token)
    if returned is not None:  # the other side gives what it holds: "prisoners held by Israel"
        holder = next((a for c in returned.subtree if c.dep_ == "acl" and (a := _agent(c)) is not None), None)
        source = _participant(work, holder, None) if holder is not None else (event.target_actor, event.target_country)
        found.append((holder, source, _participant(work, returned, None)))
    elif reciprocal and len(sides) == 1 and event.target_country:
        found.append((None, (event.target_actor, event.target_country), (event.source_actor, event.source_country)))
    return [replace(event, source_actor=source[0], source_country=source[1], target_actor=target[0],
                    target_country=target[1], id=stable_id(event.id, side.i if side is not None else "other", prefix="ev_"))
            for side, source, target in found if source[1] is not None and source[1] != event.source_country]


def _together(token: Token, event_type: str) -> bool:
    """Guide §0/§3: an act done together (agreeing, talking, cooperating, clashing) is one event
    with all parties; any other act by coordinated subjects is one event per source."""
    return event_type in JOINT or _mutual(token, event_type)


def _own_subject(token: Token, subject: Token) -> bool:
    """The verb's own subject ("Canada and Britain imposed sanctions … and froze assets"), not
    one taken from a governing verb ("X and Y agreed to reopen embassies" is done together)."""
    return subject.head.i == token.i or token.dep_ == "conj" and subject.head.i == token.head.i


def _conjuncts(phrase: Token) -> list[Token]:
    """The phrase and those coordinated with it: "Russia and Ukraine", "Spain, Ireland and Norway"."""
    found = [phrase]
    for current in found:
        found.extend(c for c in current.children if c.dep_ == "conj")
    return found


def _reciprocal(token: Token) -> bool:
    """ "swapped prisoners", "a prisoner exchange": each side does it to the other."""
    words = plover()["exchange_words"]
    return token.lemma_.lower() in words or any(o.lemma_.lower() in words for o in _objects(token) if o.dep_ == "dobj")


def _each_other(token: Token) -> bool:
    """ "will come to each other's aid": each side does it to the other (an act done together,
    "talks with each other", stays one event)."""
    doc = token.doc
    return any(t.lower_ in {"each", "one"} and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"other", "another"}
               for t in token.subtree)


def _distributive(token: Token) -> bool:
    """ "signed separate agreements", "swapping 1,000 prisoners each": one act per party."""
    doc = token.doc
    return any(t.lower_ in plover()["distributive_words"] and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "other")
               for t in _clause_tokens(token))  # "each other's aid" is mutual, one act


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
    token = _first_conjunct(token)  # "demanded that Russian forces leave the site and return it"
    head = token.head
    if token.dep_ in {"xcomp", "ccomp"} and token.i > head.i and head.lemma_.lower() in plover()["refusal_verbs"]:
        # "declined to comment" is a statement withheld, not a refusal; a clause before the verb is
        # told in its own right ("X accused Y of …, an allegation Z rejects")
        return classify(token) != "STATEMENT"
    if _ruled_out(token):
        return True
    if token.dep_ in {"xcomp", "ccomp"} and token.i > head.i and classify(head) == "REJECT":
        return True  # "ruled out stepping down": one REJECT; a clause before it is told in its own right
    if token.dep_ == "xcomp" and head.lemma_.lower() in plover()["halting_verbs"]:
        return True  # "stopped shelling the town", "agreed to stop targeting each other": the act ended, not done
    if token.dep_ in {"xcomp", "ccomp"} and (classify(head) in {"REQUEST", "THREATEN"} or
                                             head.lemma_.lower() in plover()["rehearsal_verbs"]):
        return True  # what is demanded or threatened; what an exercise rehearses ("will rehearse how forces could reinforce")
    if _asked_for(token):
        return True
    if token.dep_ == "pcomp" and token.head.lower_ in {"of", "for"} and classify(token.head.head) == "ACCUSE":
        return True  # "accused the UAE of arming the RSF", "blamed Kyiv for shelling the plant": the charge, not a reported act
    if token.dep_ in {"acl", "relcl"} and token.head.dep_ == "dobj" and classify(token.head.head) == "REJECT":
        return True  # "vetoed a resolution calling for a ceasefire": what a rejected text would have done
    if token.dep_ == "acl" and _infinitive(token) and token.head.dep_ == "dobj" and classify(token.head.head) == classify(token):
        return True  # "file a motion to impeach him": the motion is the act
    clause = _governing_verb(token) if token.pos_ == "NOUN" else token  # also "only if the army halted its air strikes"
    return clause is not None and clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children)


def _ruled_out(token: Token) -> bool:
    """An option that is (or is not) ruled out: "(refused to) rule out using force to take control",
    the content of a refusal or a threat; not a relative clause hung on it ("ruled out governing
    with the AfD, whose co-leader accused him …"), nor an option left open ("did not rule out")."""
    current = token
    while current.head.i != current.i:
        if current.dep_ in {"relcl", "parataxis"}:
            return False
        current = current.head
        if _phrasal(current) == "rule out":
            return not any(c.dep_ == "neg" for c in current.children)
    return False


def _asked_for(token: Token) -> bool:
    """An infinitive that is what somebody asks for: "called for French troops to leave", "a
    request from Armenia to withdraw", "asked Mexico for permission to arrest Glas",
    "asking Arab states to help return children"."""
    head = token.head
    if head.i == token.i:
        return False
    if token.dep_ == "xcomp" and head.pos_ == "VERB" and _asked_for(head):
        return True  # "to help return": a chain of what is asked
    if not _infinitive(token):
        return False
    if head.pos_ in {"VERB", "AUX"}:
        return classify(head) == "REQUEST"
    return token.dep_ in {"acl", "relcl"} and (noun_kind(head) == "REQUEST" or (
        head.dep_ in {"dobj", "pobj"} and (verb := _governing_verb(head)) is not None and classify(verb) == "REQUEST"))


def _event(work: Work, token: Token, event_type: str, published: str | None, earlier: list[Event]) -> Event:
    lex = plover()
    sentence: Span = token.sent
    clause = _clause_tokens(token)
    subject, passive = _noun_parties(token) if token.pos_ == "NOUN" else _subject(token)
    target_phrase = _noun_target(token, subject) if token.pos_ == "NOUN" else _target(token, subject, event_type)
    statement = _covering_statement(work.article.statements, token)
    speaker = None
    if statement is not None and statement.speaker_id:
        speaker = work.actors.get(statement.speaker_id)
    if passive:
        target_phrase, subject = subject, _holder(token) or _captor(subject)
    left = _body_left(token) if event_type == "SANCTION" else None
    if left is not None and left.ent_type_ == "ORG":
        target_phrase = left  # T1: the organisation left is the target
    granted = _granted_right(token)
    if granted is not None:
        subject, target_phrase = granted
    winner = _declared_winner(token) if event_type == "ELECTION" else None
    if winner is not None:
        subject, target_phrase = winner, None  # E: the winner is the source, not who declared it
    if event_type == "MOBILIZE" and token.lemma_.lower() in lex["sighting_verbs"]:
        subject, target_phrase = target_phrase, subject  # "Taiwan detected Chinese warships": China moved them
    elif event_type == "MOBILIZE" and subject is None and target_phrase is not None and (
            target_phrase.lemma_.lower() in lex["force_words"]):
        subject, target_phrase = target_phrase, None  # "no plans to deploy American troops": the troops' side moves them
    source, source_country = _participant(work, subject, speaker, speaker)
    if subject is None and speaker is not None and (
            event_type in lex["conflict_types"] and _announced_measure(token) or _there_be(token)):
        source, source_country = speaker.name, speaker.country
    target, target_country = _participant(work, target_phrase, None, speaker)
    if source_country is None and subject is not None and subject.lemma_.lower() in lex["force_words"]:
        source_country = _speaker_side(work, statement)  # "an Israeli official said troops could leave": their own troops
    pair = _pair(earlier) if _names_pair(subject) else None
    if pair is not None:  # "the two leaders signed a treaty": the pair the story is about
        (source, source_country), (target, target_country) = _seeker_first(pair, _participant(work, _seeker(token), None)[1])
    if target_phrase is not None and target_phrase.lower_ in {"him", "her"} and target is not None and target == source:
        target, target_country = _disjoint(work, target_phrase, source)
    if target_country is not None and target_country == source_country and _self_owned(target_phrase):
        target, target_country = None, None  # "pulled its troops out": the source's own, not the other side
    if target_country is None or event_type in JOINT and _co_parties(subject):
        for candidate in _other_parties(token, subject, event_type):
            name, country = _participant(work, candidate, None, speaker)
            if country is not None and not (country == source_country and _self_owned(candidate)):
                target, target_country = name, country
                break
    if event_type == "AID" and token.lemma_.lower() == "receive":  # "Ukraine received jets from Denmark"
        giver = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj"), None)
        if giver is not None:
            (source, source_country), (target, target_country) = _participant(work, giver, None, speaker), (source, source_country)
    if event_type == "ELECTION" and source_country is None:
        source_country = _election_country(sentence)
    if event_type in UNTARGETED:
        target, target_country = None, None
    elif target_country is None and event_type in REACTIONS and (
            referred := _referred_act(work, target_phrase, (source, source_country), earlier)) is not None:
        target, target_country = referred.source_actor, referred.source_country
    said = next((c for c in token.children if c.dep_ == "ccomp"), None)  # "warned that Israel would face …"
    if target_country is None and event_type in lex["speech_acts"] and said is not None and (
            aimed := _named_in(work, said.left_edge.idx, said.right_edge.idx + len(said.right_edge), source_country)
    ) is not None:
        target, target_country = aimed.name, aimed.country
    ahead = _looks_ahead(token)
    date = _date(work, token, clause, ahead) or (statement.date if statement is not None else None)
    (location, location_country, latitude, longitude), filed = _place(token, clause, event_type, statement)
    if event_type == "CONSULT" and target_country is None and token.lemma_.lower() in lex["arrival_verbs"] and (
            location_country != source_country):
        target_country = location_country  # "Putin arrived in Beijing": the host is the country visited
    home = _home(token.doc, location_country)
    named = {a.name for a in work.actors.values()}
    source_country = source_country or (home if source and source not in named and _agentive(subject) else None)
    if source is None and passive and event_type == "ACCUSE" and speaker is not None and not any(
            c.dep_ == "neg" for c in token.children):
        source, source_country = speaker.name, speaker.country  # "Makuei said Machar was accused of stirring up a rebellion"
    if source is None and passive and event_type in STATE_ACTS | {"SANCTION", "CONCEDE"}:
        # "Bukele said the men would be held", "the ban could be lifted, an adviser said": the speaker's state
        source_country = source_country or _speaker_side(work, statement)
    if source is None and (event_type in DOMESTIC or passive and event_type in STATE_ACTS):
        source_country = source_country or home  # "after weeks of protests", "22 people were detained": the country's own
    if target_country is None and (event_type in OWN_SIDE or event_type in STATE_ACTS and _common_people(target_phrase)):
        target_country = source_country  # "police detained 1,300 people": the state's own people
    public = next((p for p in [target_phrase, *_other_parties(token, subject, event_type)] if _public(p)), None)
    if target_country is None and event_type not in UNTARGETED | DOMESTIC and public is not None:
        # "police fired tear gas at protesters", "accused the opposition": the source's own public,
        # or for a source of no country (the EU, the UN) the public where it happened
        target_country = source_country or home
    sides = _pair(earlier) if target_country is None and event_type not in UNTARGETED and _names_pair(target_phrase) else None
    if sides is not None:  # the AU "urged both sides to show restraint": the pair the story is about, the first named
        target, target_country = _other_of_pair(source_country, earlier) or sides[0]
    if target_country is None and event_type not in UNTARGETED | OWN_SIDE | DOMESTIC and (
            partner := _other_of_pair(source_country, earlier)) is not None:
        target, target_country = partner  # "Yerevan said it was ready to sign the document": with the story's other side
    text = sentence.text.rstrip()
    start = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
    mode = mode_of(token, published, date)
    demanded = {c.lower_ for c in token.children if c.dep_ == "aux"} & {"must", "should"}
    if statement is not None and demanded and speaker is not None:
        # "Washington must lift the sanctions," the minister said: the speaker demands it
        event_type, mode = "REQUEST", "verbal"
        (source, source_country), (target, target_country) = (speaker.name, speaker.country), (source, source_country)
    elif mode == "negated" and event_type in COOPERATIVE and {c.lower_ for c in token.children if c.dep_ == "aux"} & (
            MODAL_FUTURE | {"can", "would", "ca"}) and not (event_type == "SUPPORT" and _backs_person(token)) and not (
            _on_condition(token)):
        event_type, mode = "REJECT", "verbal"  # "we will never accept …", "would not support the resolution": a refusal
    elif mode == "negated" and event_type in COOPERATIVE and _on_condition(token):
        mode = "hypothetical"  # "would not resume negotiations unless the army halted": talks on a condition (M4)
    else:
        event_type, mode = _in_words(token, event_type, mode, _announced(work, token, subject, statement, source_country),
                                     statement is not None)
        warned = next((c for clause in _conditions(token) for c in clause.children if c.dep_ == "nsubj"), None)
        if event_type == "THREATEN" and target_country is None and warned is not None:
            target, target_country = _participant(work, warned, None, speaker)  # "… unless Iran retaliated": Iran is warned
    if mode == "actual" and event_type in DOMESTIC and _convened(token):
        mode = "future"  # "called a nationwide strike for Tuesday", "called a snap election": set, not yet held
    if event_type != "SANCTION" and _called_off(token):
        mode = "negated"  # "postponed the election", "lost his seat" (a called-off visit is SANCTION, T2)
    if filed and _filed_elsewhere(event_type, mode):
        location, location_country, latitude, longitude = NOWHERE
    if mode == "verbal":
        date = _told_on(work, token, statement) or date  # D2: a decision told in words dates from when it was told
    return Event(
        type=event_type, evidence=text.strip(), start=start, end=sentence.start_char + len(text),
        mode=mode, context=list(lex["contexts"].get(event_type, [])),
        cameo=lex["cameo"].get(event_type), source_actor=source, source_country=source_country,
        target_actor=target, target_country=target_country, date=date, location=location,
        location_country=location_country, latitude=latitude, longitude=longitude, trigger=token.text,
        article_id=work.article.id, articles=[work.article.id],
        id=stable_id(work.article.id, token.idx, event_type, prefix="ev_"),
    )


def _announced_measure(token: Token) -> bool:
    """An unowned measure told as going on or coming, in a speaker's words: "the air strikes would
    continue", "the tariffs will come into force if …" (T4, M2) are the speaker's own; not what
    is said of another's ("the strikes will not go unpunished", "sanctions would not deter us")."""
    verb = token.head
    return token.pos_ == "NOUN" and token.dep_ == "nsubj" and verb.lemma_.lower() in plover()["continuation_verbs"] and any(
        c.dep_ == "aux" and c.lower_ in MODAL_FUTURE | MODAL_HYPOTHETICAL for c in verb.children)


def _there_be(token: Token) -> bool:
    """An unowned act told as there being (or not being) one, in a speaker's words: "there would
    be no further talks with India", "there will be a response": the speaker's side holds it."""
    verb = token.head
    return token.pos_ == "NOUN" and token.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ == "expl" for c in verb.children)


def _named_in(work: Work, start: int, end: int, source_country: str | None) -> Actor | None:
    """The first other side a threat, accusation or demand names in its words (characters
    ``start`` to ``end``): Iran in "said Israel would exact the price from Iran" for an Israeli speaker."""
    mentions = sorted((m for m in work.article.mentions if start <= m.start and m.end <= end and m.actor_id in work.actors),
                      key=lambda m: m.start)
    return next((a for m in mentions if (a := work.actors[m.actor_id or ""]).country not in {None, source_country}), None)


def _common_people(phrase: Token | None) -> bool:
    """ "300 people", "protesters", "a man": people named by no name or side."""
    lex = plover()
    return phrase is not None and phrase.pos_ == "NOUN" and phrase.lemma_.lower() in lex["person_nouns"] + lex["crowd_words"]


def _public(phrase: Token | None) -> bool:
    """ "protesters", "the opposition", "voters", "the authorities": a country's public or its
    political groups, named by no name or side (guide §3: they take the country they belong to);
    not mere victims ("killing nine people"), whom no side is named for."""
    return phrase is not None and phrase.pos_ == "NOUN" and phrase.lemma_.lower() in plover()["public_groups"]


def _referred_act(work: Work, phrase: Token | None, source: Named, earlier: list[Event]) -> Event | None:
    """The act a reaction points back to, whose doer is its target: "condemned the attack"
    (the latest attack told), "welcomed the move" (the latest act of another side, also one at
    home: "the opposition rejected the ban", "his lawyers called the verdict political")."""
    if phrase is None or phrase.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ANAPHORIC for c in phrase.children):
        return None
    kind = noun_kind(phrase)
    acts = [e for e in earlier if e.type != "STATEMENT" and e.source_country
            and not _one_side(work, source, (e.source_actor, e.source_country))]
    return next((e for e in reversed(acts) if kind is None or e.type == kind), None)


STATE_SECTORS = {"GOV", "MIL"}  # the executive and its forces


def _one_side(work: Work, a: Named, b: Named) -> bool:
    """Two actors on one side: the same, or a state's executive and forces together (not its
    courts, parliament or opposition, which stand apart from them)."""
    sectors = {actor.name: "GOV" if actor.kind == "country" else actor.sector for actor in work.actors.values()}
    return a[0] == b[0] or a[1] == b[1] and all(sectors.get(name or "") in STATE_SECTORS for name in (a[0], b[0]))


def _granted_right(token: Token) -> tuple[Token, Token] | None:
    """Who affirms whose right to the act: "Sunak has said Israel has the right to defend itself"."""
    right = token.head
    if token.dep_ != "acl" or right.lemma_.lower() not in plover()["right_nouns"] or right.dep_ != "dobj":
        return None
    holder = next((c for c in right.head.children if c.dep_ == "nsubj"), None)
    if holder is None or right.head.dep_ != "ccomp":
        return None
    affirmer, passive = _subject(right.head.head)
    return (affirmer, holder) if affirmer is not None and not passive else None


def _agentive(subject: Token | None) -> bool:
    """A subject that can stand for the home country's people ("police", "the army"), not an
    event ("the exercises focused on …"), a thing ("the measures included …"), attackers
    whose side the text does not know ("gunmen stormed a studio") or many states ("nearly 200
    countries adopted a deal"); "they" in a report of one's own act is judged by whom it stands for."""
    lex = plover()
    if subject is not None:
        subject = _reporter(subject) or subject
    lemma = subject.lemma_.lower() if subject is not None else ""
    many = subject is not None and (subject.tag_ == "NNS" and lemma in lex["many_states"] or _multinational(subject))
    return subject is None or (noun_kind(subject) is None and lemma not in lex["non_agents"]
                               and lemma not in lex["unattributed_agents"] and not many)


def _multinational(phrase: Token) -> bool:
    """People of many states, who are not the home country's: "West African leaders", "Arab and
    Muslim leaders", "negotiators from more than 170 countries"."""
    lex = plover()
    regional = any(c.dep_ in {"amod", "compound"} and c.lower_ in lex["regional_peoples"] for c in phrase.children)
    return regional or any(o.tag_ == "NNS" and o.lemma_.lower() in lex["many_states"] for p in phrase.children
                           if p.dep_ == "prep" and p.lower_ in {"from", "of"} for o in p.children if o.dep_ == "pobj")


def _speaker_side(work: Work, statement: Statement | None) -> str | None:
    """The country of who spoke: the actor's, the one an unnamed speaker is described by ("an
    Israeli official"), else the home country ("opposition parties", "his lawyers")."""
    if statement is None:
        return None
    speaker = work.actors.get(statement.speaker_id or "")
    if speaker is not None:
        return speaker.country
    places = [lookup(word) for word in (statement.speaker or "").split()]
    described = next((place.iso3 for place in places if place is not None), None)
    return described or (_home(work.doc, None) if statement.speaker and work.doc is not None else None)


def _statement_events(work: Work, events: list[Event]) -> list[Event]:
    """A public statement whose sentence carries no stronger event (PLOVER's STATEMENT
    extension); ``events`` are those that would outweigh it."""
    lex = plover()
    taken = [(e.start, e.end, e.type) for e in events]
    found = []
    text = work.article.text
    for statement in work.article.statements:
        speaker = work.actors.get(statement.speaker_id or "")
        if statement.cue and statement.cue.lower() in lex["attribution_cues"] and (speaker is None or speaker.kind != "person"):
            continue  # "1,000 people have fled, according to the UN": a source for a figure; a named person still speaks
        kind = statement_type(statement.content)
        here = [t for s, e, t in taken if s <= statement.start < e]
        if here and (kind not in lex["speech_acts"] or kind in here):
            continue  # a stronger event is there; a threat or accusation made in words is still one
        if statement.speaker_id is None and (kind == "STATEMENT" or not statement.speaker):
            continue  # an unnamed speaker's plain statement says too little to be an event
        if kind == "STATEMENT" and _reports_act(work, statement):
            continue  # S3a: "said his country had taken them in": the act reported is the news, not the saying
        source_country = _speaker_side(work, statement)
        said = text.find(statement.content, statement.start)
        other = _named_in(work, said, said + len(statement.content), source_country) if (
            kind in lex["speech_acts"] and said >= 0) else None  # a threat or accusation is aimed at whom it names
        start = max(text.rfind("\n", 0, statement.start) + 1, _sentence_start(work, statement.start))
        end = _sentence_end(work, statement.end)
        found.append(Event(
            type=kind, evidence=text[start:end].strip(), start=start, end=end,
            mode=("negated" if _withheld(work, statement) else "actual") if kind == "STATEMENT" else (
                "negated" if statement.negated and kind == "AGREE" else "verbal"),
            context=list(lex["contexts"][kind]), cameo=lex["cameo"].get(kind),
            source_actor=speaker.name if speaker else statement.speaker,
            source_country=source_country, target_actor=other.name if other else None,
            target_country=other.country if other else None,
            date=statement.date, location=statement.place,
            location_country=(locate(statement.place).iso3 if statement.place and locate(statement.place) else None),
            trigger=statement.cue, article_id=work.article.id, articles=[work.article.id],
            id=stable_id(work.article.id, statement.start, "STATEMENT", prefix="ev_"),
        ))
        taken.append((start, end, kind))
    return found


def _reports_act(work: Work, statement: Statement) -> bool:
    """Whether what was said tells of a deed done by somebody ("the party said it had suspended
    two of its lawmakers", "said his country had taken them in"): an actor's verb of doing in
    the past, with its object, not denied. Positions are not deeds: states and attitudes ("said
    Moscow valued its relations", "said the decision reflected …"), things as subjects ("the
    economy faced …"), passives and what must or will be done."""
    assert work.doc is not None
    said = work.article.text.find(statement.content, statement.start)
    span = work.doc.char_span(statement.start, statement.end, alignment_mode="expand")
    if span is None or said < 0:
        return False
    inside = [t for t in span if said <= t.idx < said + len(statement.content)]
    for verb in (t for t in inside if t.head not in inside or t.head.i == t.i):
        doers = [c for c in verb.children if c.dep_ == "nsubj" and (c.ent_type_ in ACTOR_ENTITIES or c.pos_ == "PRON" or any(
            p.dep_ == "poss" for p in c.children))]
        past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        if past and doers and verb.pos_ == "VERB" and verb.lemma_.lower() not in plover()["stative_verbs"] and any(
                c.dep_ in {"dobj", "prt"} for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children):
            return True
    return False


def _withheld(work: Work, statement: Statement) -> bool:
    """Guide S2: "has not said who will lead", "did not say what action": a statement not made."""
    assert work.doc is not None
    span = work.doc.char_span(statement.start, statement.end, alignment_mode="expand")
    cue = (statement.cue or "").split()
    return span is not None and bool(cue) and any(
        t.lower_ == cue[0].lower() and any(c.dep_ == "neg" for c in t.children) for t in span.sent)


def statement_type(content: str) -> str:
    """What a statement does, read off its words: a threat, an accusation, a refusal, a
    demand, support or agreement in words; otherwise a plain STATEMENT. Quotation marks are
    read through: 'would "respond accordingly"' is the cue "would respond"; a cue inside a
    neutral phrase has no force ("take full responsibility for" is a duty assumed, not blame;
    "found no evidence of fraud" clears)."""
    lowered = _neutral_phrases().sub(" ", f" {QUOTES.sub('', content.lower())} ")
    for kind, pattern in _content_cues().items():
        if pattern.search(lowered):
            return kind
    return "STATEMENT"


@lru_cache(maxsize=1)
def _content_cues() -> dict[str, re.Pattern[str]]:
    """Each kind's cues as one pattern that matches at the start of a word only, so that
    "lies" does not fire on "allies" nor "tallies"."""
    return {kind: re.compile("|".join(rf"(?<![a-z]){re.escape(cue)}" for cue in cues))
            for kind, cues in plover()["statement_content"].items()}


@lru_cache(maxsize=1)
def _neutral_phrases() -> re.Pattern[str]:
    """The phrases (regular expressions) in which a content cue says nothing, from the start of a word."""
    return re.compile("|".join(rf"(?<![a-z])(?:{phrase})" for phrase in plover()["statement_neutral"]))


def _sentence_start(work: Work, offset: int) -> int:
    assert work.doc is not None
    span = work.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None else offset


def _sentence_end(work: Work, offset: int) -> int:
    assert work.doc is not None
    span = work.doc.char_span(max(0, offset - 1), offset, alignment_mode="expand")
    if span is None:
        return offset
    sentence = span[-1].sent
    return sentence.start_char + len(sentence.text.rstrip())


@register_stage("events")
def find_events(work: Work) -> Work:
    """Fill ``article.events``."""
    work.article.events = events_in(work)
    return work


# -- across articles ---------------------------------------------------------------------------

DATE_WINDOW_DAYS = 3


def _near(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    da, db = parse_published(a), parse_published(b)
    if da is None or db is None:
        return a[:7] == b[:7]
    return abs((da - db).days) <= DATE_WINDOW_DAYS


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One event reported twice: same type, actors that agree, dates within a window, same place."""
    if a["type"] != b["type"] or a["type"] == "STATEMENT":
        return False
    for key in ("source", "target"):
        ca, cb = a[f"{key}_country"] or a[f"{key}_actor"], b[f"{key}_country"] or b[f"{key}_actor"]
        if ca and cb and ca != cb:
            return False
    if not (a["source_country"] or a["source_actor"]) or not (b["source_country"] or b["source_actor"]):
        return False
    if a["location"] and b["location"] and a["location"] != b["location"]:
        return False
    return _near(a["date"] or a["published"], b["date"] or b["published"])


@register_resolver("events", order=50)
def merge_events(store: Store, new_ids: list[str]) -> None:
    """One event reported by several articles becomes one group listing all its sources."""
    rows = store.sql(
        "SELECT e.id, e.article_id, e.type, e.source_actor, e.source_country, e.target_actor, e.target_country, "
        "e.date, e.location, e.group_id, a.published, a.seq FROM events e JOIN articles a ON a.id = e.article_id "
        "ORDER BY a.seq, e.start")
    new = set(new_ids)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_type.setdefault(row["type"], []).append(row)
    changed: set[str] = set()
    for group in by_type.values():
        for row in (r for r in group if r["article_id"] in new):
            match = next((o for o in group if o["article_id"] != row["article_id"] and same_event(o, row)), None)
            if match is not None:
                group_id = match["group_id"] or match["id"]
                match["group_id"] = row["group_id"] = group_id
                changed.add(group_id)
    for group_id in changed:
        members = [r for group in by_type.values() for r in group if r["group_id"] == group_id]
        ordered = sorted(members, key=lambda r: (r["published"] or "9999", r["seq"]))
        articles = list(dict.fromkeys(r["article_id"] for r in ordered))
        store.con.execute("UPDATE events SET group_id = ?, articles = ? WHERE id IN (SELECT unnest(?))",
                          [group_id, articles, [r["id"] for r in members]])
