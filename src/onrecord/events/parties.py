"""Who did it and to whom: the source and target actors of one event.

The subject is the source (a passive's agent), the object or a "with / against / on"
phrase the target. Parties the text only points to are looked up: "his fighters" (the
owner), "the two leaders" (the pair the story is about), "the country's rulers"; a
coordinated subject acts together or each on its own, as the text says.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..actors import (PERSON_KINDS, SERVING_TITLES, TRUST_NOUNS, hyphen_partner, knowledge, nearest_actor_before,
                      resolve_actor, seat_words)
from ..gazetteer import Place, lookup
from ..pipeline import Work
from ..records import Actor, Event, Statement
from ..statements import lexicon as cue_lexicon
from .grammar import (agent_of, caused_object, clause_tokens, gerund_object, had_done_to, infinitive, misparsed, mute,
                      names_pair, objects_of, same, shared_passive_patient, subject_of)
from .lexicon import ACTOR_ENTITIES, plover, police
from .nouns import generic, noun_kind, told_with
from .triggers import (CAPTIVE_NOUNS, FROZEN, OPEN_WATERS, PROSECUTING_NOUNS, RUNNING_VERBS, SHOPS, SHUTTING_VERBS,
                       SUPPLYING_VERBS, challenged_owner, circumstance, classify, comment_sought, consular_visit, court_asked,
                       deal_missed, found_guilty, gapped_label, governing_verb, held_to_account, is_planned, mediator_named,
                       participated_in, referred_for_trial, stopped_by_court)
from .when_where import dateline_home

if TYPE_CHECKING:
    from spacy.tokens import Token


REPRESSION = {"COERCE", "ASSAULT"}  # what is done to people for what they did
LEAVING_TYPES = {"RETREAT", "DISMISS"}  # "resignation", "ouster": a leaving, demanded of whoever goes
TARGET_PREPOSITIONS = {"with", "against", "on", "to", "at", "toward", "towards", "into", "from", "for", "upon", "around", "near",
                       "alongside"}
JOINT = {"AGREE", "CONSULT", "COOPERATE"}  # done together: a coordinated subject names both parties
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}
Named = tuple[str | None, str | None]  # an actor's name and country
PRESSING_VERBS = {"demand", "press", "urge"}  # "demanding that the mayor step down": the mayor is pressed
TRAVEL_VERBS = {"be", "go", "come", "head", "return"}  # "is in Oslo for talks", "headed to Cairo for talks"
SUFFERING_VERBS = {"suffer", "sustain", "endure"}  # whose subject undergoes the act its object names
READINESS = {"ready", "willing", "prepared", "open", "eager", "keen", "determined"}


ARRESTS = {"detain"}  # a participle of a lasting state ("remain detained") that, with its doer named, tells the arrest:
# "14 fishermen detained by the Thai navy", unlike "prisoners held by Israel"


def background(token: Token) -> bool:
    """A participle describing a noun ("prisoners held by Israel", "documents released this
    week"), a past-perfect relative clause ("Americans who had been detained in Iran") or a
    present passive one ("the militia, which is armed by Freedonia") or a present one of support
    or aid ("Freedonia, which backs the militia", "which funds it"), a present participle of a
    standing role ("the coalition backing the government"): background, not the news. A
    participle naming who did it is news told in passing ("a withdrawal demanded by the
    military rulers", "a move welcomed by the Palestinian Authority")."""
    if token.dep_ == "acl" and token.tag_ == "VBN":
        if caused_object(token) is not None:
            return False  # "ordered the two men held": what the order does to them, parsed as a description
        if misparsed(token) and any(c.dep_ in {"dobj", "oprd"} for c in token.children):
            return False  # "Burkina Faso's leader, Captain Traoré, named X as prime minister": no verb found but this one
        deal = plover()["verb_objects"].get(token.lemma_.lower(), {}).get(token.head.lemma_.lower())  # "an arrangement reached"
        if "AGREE" in {plover()["verbs"].get(token.lemma_.lower()), deal} and any(
                d.ent_type_ == "DATE" for c in token.children for d in [c, *(o for o in c.children if c.dep_ == "prep")]):
            return False  # "under a defence pact signed last year", "signed in 2024", "a truce understanding reached in 2021": a
            # past deal told with its own date (guide §0)
        state = token.lemma_.lower() in plover()["state_participles"] and token.lemma_.lower() not in ARRESTS
        return state or not any(c.dep_ == "agent" for c in token.children)
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.lemma_.lower() in plover()["state_participles"] and (
            token.head.lemma_.lower() in {*plover()["body_nouns"], *plover()["force_words"], *plover()["armed_words"]}):
        return True  # "the coalition backing the government", "the militia controlling the town": who they are
    relative = token.dep_ == "relcl" or token.dep_ == "conj" and token.head.dep_ == "relcl"  # "which seeks … and is backed by"
    if relative and any(c.dep_ == "auxpass" and c.lower_ in {"is", "are"} for c in token.children):
        return True  # "the front, which is backed by Algiers": a standing state (X3), not an act
    if relative and token.tag_ in {"VBP", "VBZ"} and plover()["verbs"].get(token.lemma_.lower()) in {"SUPPORT", "AID"}:
        return True  # "Algiers, which backs the front, recalled its envoy", "the fund, which finances most state
        # spending": a standing alignment or role, not an act (X3)
    if relative and generic(token.head if token.dep_ == "relcl" else token.head.head):
        return True  # "any resolution that condemns Hamas", "anyone who joins the protests": a kind, not an act
    return token.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children) and not (
        classify(token) == "PROTEST")  # "supporters who had gathered outside the court": the crowd the news is about


def _described_actor(phrase: Token) -> bool:
    """An actor named ("Lavrov", "he") or described by an office ("the Russian minister", "the
    visiting president"), not a thing ("prices rose after talks with …")."""
    return phrase.ent_type_ in ACTOR_ENTITIES or phrase.pos_ == "PRON" or phrase.lemma_.lower() in knowledge()["offices"]


def holder_of(verb: Token) -> Token | None:
    """Who acted when a passive names no agent but the state it came from: "were released from
    Israeli jails", "were deported from the United States"."""
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                 if o.dep_ == "pobj" and any(t.ent_type_ in {"GPE", "NORP"} for t in o.subtree)), None)


def captor(patient: Token | None) -> Token | None:
    """The state where the freed were held: "Americans who had been detained in Iran", "children taken to Russia"."""
    if patient is None:
        return None
    return next((o for clause in patient.children if clause.dep_ in {"acl", "relcl"}
                 and clause.lemma_.lower() in plover()["holding_verbs"]
                 for p in clause.children if p.dep_ == "prep" and p.lower_ in {"in", "to"}
                 for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"), None)


def noun_parties(token: Token) -> tuple[Token | None, bool]:
    """Who holds a nominal event: "Russia's withdrawal", "Russian and Chinese bombers' patrol",
    "talks between X and Y", "the visit by X"; for "their exercises", who the verb's subject is
    (then "Balikatan" in "their Balikatan exercises" only names them); and, as ``_subject``,
    whether that phrase is the patient ("Khan's arrest")."""
    unreached = comment_sought(token)
    if unreached is not None:  # "the ministry was not available for comment": who was asked
        return subject_of(unreached.head if unreached.dep_ == "acomp" else unreached)[0], False
    talks = deal_missed(token)
    if talks is not None:  # "talks between X and Y ended without a deal": the talks' parties failed to agree
        return noun_parties(talks)
    share = participated_in(token)
    if share is not None:  # "Iran's role in the attack", "the military denied any role in the arrest"
        owner = next((c for c in share.children if c.dep_ == "poss"), None)
        return (owner, False) if owner is not None else subject_of(share.head)
    owned_by_pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    undergone = token.lemma_.lower() in plover()["patient_nouns"] and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children)  # "Khan's arrest", but "Iran's execution of Sharmahd"
    if undergone and token.dep_ == "dobj" and any(c.dep_ == "poss" for c in token.children):
        return subject_of(token.head)  # "Netanyahu announced Gallant's dismissal": the owner is the target
    for child in token.children:
        if owned_by_pronoun and child.dep_ == "compound":
            continue
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
            return child, undergone  # "Raisi, on his first visit to Saudi Arabia, urged …"
        if child.dep_ in {"poss", "compound", "amod"} and (child.ent_type_ in ACTOR_ENTITIES or child.pos_ == "PROPN") and (
                child.ent_type_ not in {"DATE", "TIME"}):  # "Thursday's vote": a day, not who votes
            return child, undergone and child.dep_ == "poss"
        if child.dep_ in {"compound", "amod"} and child.lemma_.lower() in {*plover()["armed_words"], *plover()["force_words"]}:
            if token.dep_ == "dobj" and (child.pos_ == "ADJ" or token.head.lemma_.lower() in {
                    *plover()["continuation_verbs"], *RUNNING_VERBS}) and subject_of(token.head)[0] is not None:
                continue  # "Russia began military drills", "held air force exercises": the kind of act, the subject does it
            return child, False  # "gang attacks", "rebel raids", "troop withdrawal": the armed group named by its kind
        first = hyphen_partner(child) if child.dep_ == "amod" else None
        if first is not None:
            return first, False
        agent = agent_of(child) if child.dep_ == "acl" else None
        if agent is not None:
            return agent, False  # "the October 7 attack led by Hamas"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in plover()["hosting_verbs"]:
        return subject_of(token.head)  # "Qatar offered to host talks between the two sides": the host holds them
    patient = _patient(token)  # "the expulsion of a correspondent": who undergoes it is no agent
    announcer = agent_of(token.head) if token.lemma_.lower() in plover()["patient_nouns"] and token.dep_ == "nsubjpass" else None
    if announcer is not None and not any(c.dep_ == "prep" and c.lower_ in {"by", "between"} for c in token.children):
        return announcer, False  # "the release of 40 prisoners was announced by Russia": Russia frees them, not the freed
    agents = [c for c in patient.children if c.dep_ == "prep" and c.lower_ == "by"] if patient is not None else []
    preps = sorted((c for c in [*told_with(token), *agents] if c.dep_ == "prep" and (
        c.lower_ in {"by", "between", "from"} or c.lower_ == "of" and patient is None)),
                   key=lambda p: p.lower_ == "of")  # "the signing of the accord by Mitsotakis": the agent first
    for child in preps:
        objects = [c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() not in plover()["non_agents"] and not (
            child.lower_ == "of" and noun_kind(c) is not None)]  # not "a convoy of aid", "deliveries by sea"
        if objects:
            return objects[0], False
    origin = holder_of(token.head) if token.dep_ == "nsubj" else None
    if origin is not None:
        return origin, False  # "the convoy entered Gaza from Egypt"
    head = token
    while head.dep_ == "pobj" and (head.head.lower_ == "of" or is_planned(head)):  # "began two days of drills"
        head = head.head.head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in plover()["provoking_verbs"]:
        return None, False  # "arrested the leader, prompting protests": who provoked them did not take part
    if head.dep_ == "dobj" and head.head.lemma_.lower() in SUFFERING_VERBS:
        return subject_of(head.head)[0], True  # "Mali suffered a jihadist attack": the one attacked
    if head.dep_ == "dobj":  # "ordered tariffs", "approved plans for an operation": who ordered, who approved them
        holder, passive = subject_of(head.head)
        return (None, False) if holder is not None and mute(holder) else (holder, passive)  # "an attack that sparked protests"
    if token.dep_ == "pobj" and token.head.lower_ in {"on", "in"} and token.head.head.lemma_.lower() in plover()["placing_verbs"]:
        return subject_of(token.head.head)  # "its forces were on full alert", "put the army on high alert", "it was in
        # contact with both sides"
    ready = _readied(token)
    if ready is not None:
        return subject_of(ready.head)  # "Thailand said it was open to talks": who is ready takes part
    trip = _travelled_for(token)
    if trip is not None:
        return subject_of(trip)  # "the minister is due in Oslo for talks with her counterpart": who comes takes part
    verb = governing_verb(token) if token.dep_ != "pcomp" else governing_verb(token.head)  # "after hours of fighting with"
    kind = noun_kind(token)
    if kind == "PROTEST" and verb is not None and token.dep_ == "pobj" and token.head.lower_ == "in":
        return subject_of(verb)  # "merchants kept their shops shut in protest at the collapse": who acts in protest protests
    fought_with = kind == "ASSAULT" and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    if (kind == "CONSULT" or fought_with) and verb is not None and circumstance(token, verb) and classify(verb) != "CONSULT":
        subject, passive = subject_of(verb)
        if subject is not None and not passive and (fought_with or _described_actor(subject) or names_pair(subject)):
            # "Russia promised … after peace talks with Ukraine", "rebels took the town after fighting with the army",
            # "speaking after talks with Wang Yi, the Russian minister said …"
            return subject, False
    return None, False


def _travelled_for(token: Token) -> Token | None:
    """The verb of coming that talks are the purpose of: "arrived in Beijing for talks", "is due
    in Oslo on Monday for talks"."""
    if token.dep_ != "pobj" or token.head.lower_ != "for" or noun_kind(token) != "CONSULT":
        return None
    verb = token.head.head
    lex = plover()
    coming = {*TRAVEL_VERBS, *lex["arrival_verbs"], *lex["entry_verbs"]}
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in coming else None


def _readied(token: Token) -> Token | None:
    """The readiness word a nominal act hangs on: "open" in "was open to talks", "ready" in
    "remained ready for dialogue"."""
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"to", "for"} else None
    return holder if holder is not None and holder.lower_ in READINESS and holder.dep_ == "acomp" else None


def _patient(token: Token) -> Token | None:
    """Who undergoes a nominal act named after "of": "the killing of 26 tourists (by gunmen)",
    "the expulsion of a correspondent"."""
    if token.lemma_.lower() not in plover()["patient_nouns"]:
        return None
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)


def noun_target(token: Token, source: Token | None) -> Token | None:
    patient = _patient(token)
    if patient is not None:
        return patient
    for child in told_with(token):
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS | {"between"}:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in {"DATE", "TIME"}]  # not "on Monday"
            for obj in objects:
                conj = [c for c in obj.children if c.dep_ == "conj"]
                if same(obj, source) and conj:
                    return conj[0]
                if not same(obj, source):
                    return obj
    owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON" and not same(c, source)]
    return owners[0] if owners and source is not None else None  # "it played a part in Khan's arrest"


def _described_patient(token: Token, event_type: str) -> bool:
    """Whether the people a passive participle describes underwent the force its named doer used
    ("14 fishermen detained by the Thai navy", "activists beaten by police"); not a thing ("drones
    launched by the RSF", "the warrant issued by the court") nor a deal ("a truce brokered by Qatar")."""
    if event_type not in {"COERCE", "ASSAULT"} or token.dep_ != "acl" or token.tag_ != "VBN" or agent_of(token) is None:
        return False
    people, lex = token.head, plover()
    counted = people.tag_ == "NNS" and any(c.dep_ == "nummod" for c in people.children)
    return people.ent_type_ == "PERSON" or counted or people.lemma_.lower() in {
        *lex["person_nouns"], *lex["crowd_words"], *lex["public_groups"]}


def _target_candidates(token: Token, subject: Token | None, event_type: str) -> list[Token]:
    """Phrases that may name the target, nearest first: the object, the objects of "with /
    against / on / from …" on the verb or its object, then a second subject ("X and Y agreed")."""
    court = court_asked(token) if event_type == "ACCUSE" else None
    if court is not None:
        owner = challenged_owner(token, court)  # a case filed: the challenged act's doer, never the court asked
        return [owner] if owner is not None else []
    measure = stopped_by_court(token) if event_type == "REJECT" else None
    if measure is not None:  # "halted the deportation of 312 nationals": aimed at the deporter, when named
        return [c for c in measure.children if c.dep_ == "poss" and c.pos_ != "PRON"] + [
            o for c in measure.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
    label = gapped_label(token)  # "a move the opposition called an assault on …": the name given, not who is named
    caused = caused_object(token)  # "ordered them held pending trial": who is held, not the trial
    candidates = [caused] if caused is not None else []
    owner = had_done_to(token)  # "lawmakers had their passports confiscated by police": the lawmakers
    candidates += [owner] if owner is not None else []
    blamed = held_to_account(token) or (_alleged_doer(token) if event_type == "ACCUSE" else None) or (
        _claimant(token) if event_type == "REJECT" else None)
    candidates += [blamed] if blamed is not None else []  # "held Kyiv responsible", "allege that Lin was recruited"
    convicted = found_guilty(token) if token.lemma_.lower() == "find" else None
    candidates += [convicted] if convicted is not None and convicted.lower_ != "guilty" else []  # "found Kola guilty"
    granted = consular_visit(token)  # "let Bulgaria's consul general visit the men": the consul's side is let in
    candidates += [granted[1]] if granted is not None else []
    supplied = [c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in SUPPLYING_VERBS] if (
        event_type == "SANCTION") else []
    candidates += [o for x in supplied for c in x.children if c.dep_ in {"dative", "prep"} and c.lower_ == "to"
                   for o in c.children if o.dep_ == "pobj"]  # "stopped selling power to the Argentine grid": the buyer
    candidates += [c for x in supplied for c in x.children if c.dep_ == "dobj"]  # "stopped loading Lebanese cargoes"
    candidates += [token.head] if gerund_object(token) else []  # "denied shelling civilian areas"
    candidates += [token.head] if _described_patient(token, event_type) else []  # "14 fishermen detained by the Thai navy"
    objects = [_preposed(c) for c in token.children if c.dep_ in {"dobj", "dative", "nsubjpass"} or (
        c.dep_ == "attr" and token.lemma_.lower() in plover()["formal_acts"])]  # the patient when an agent acts; "overrode
    # President Milei's veto" is parsed as if "overrode" were a copula
    objects = [owner for c in objects if (owner := _owner_of_object(token, c)) is not None]
    candidates += [asked] if event_type == "REQUEST" and (asked := _asked_of(token)) is not None else []
    candidates += [_asker(c) or (_goer(c) if event_type == "REQUEST" and noun_kind(c) in LEAVING_TYPES else None) or c
                   for c in objects]
    shared = shared_passive_patient(token)  # "was abducted by agents and sentenced to death": who was sentenced
    candidates.extend([shared] if shared is not None else [])
    read_as_modifier = [token.head] if token.dep_ == "amod" and misparsed(token) else []  # "on Thursday imposed sanctions on"
    for holder in [token, *read_as_modifier, *[c for c in token.children if c.dep_ in {"dobj", "prt"} and not same(c, label)]]:
        aimed = TARGET_PREPOSITIONS | {"of", "out"} | ({"in"} if holder.lemma_.lower() in TRUST_NOUNS else set())
        for child in holder.children:  # "in" after a word of trust: "had full confidence in Dahl"
            if child.dep_ in {"prep", "agent"} and child.lower_ == "by" and event_type == "REJECT":
                # "overrode a veto by President Orsi", "suspended a decree by President Petro": an act rejected is
                # its doer's, ahead of the act itself; not "by a vote of 51 to 15"
                candidates[:0] = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in ACTOR_ENTITIES]
            if child.dep_ == "prep" and child.lower_ in aimed and not _in_solidarity(child):
                candidates.extend(c for c in child.subtree if c.dep_ == "pobj" and not _charged_with(c, child))
    if mutual(token, event_type):
        candidates.extend(co_parties(subject))
    if event_type in REPRESSION | {"MOBILIZE"}:
        candidates.extend(_purpose_objects(token))
    if event_type != "CONSULT":  # "walked out of talks with Hamas in Cairo": the side talked with, before the talks' venue
        candidates = [p for c in candidates for p in [*_talked_with(c), c]]
    agreed = set(plover()["agreement_nouns"]) if event_type == "AGREE" else set()  # "agreed to a truce with the army"
    bystanders = _freed_asked(token) if event_type == "REQUEST" else []
    if referred_for_trial(token):  # "referred the case to prosecutors": whom the case is sent to hears it
        bystanders += [c for c in candidates if c.lemma_.lower() in PROSECUTING_NOUNS]
    return [c for c in candidates if not same(c, subject) and not same(c, label) and not _munition(token, c) and (
        not any(same(c, b) for b in bystanders)) and (
        c.lemma_.lower() not in OPEN_WATERS | agreed) and (  # "fired into the sea": open water is nobody
        c.ent_type_ not in {"DATE", "TIME", "CARDINAL", "MONEY"}) and not _share_taken(c) and c.lemma_.lower() not in TRUST_NOUNS]


LAWSUIT_NOUNS = {"case", "lawsuit", "suit", "complaint"}
CHARGES_DROPPED = {"drop", "withdraw", "abandon", "scrap", "retract"}  # "rejected the charge" answers its maker instead
GIVERS = {"government", "authorities", "authority", "administration", "state", "ministry", "fund", "bank", "company",
          "council", "employer", "employers", "operator"}  # who are asked for money, aid or a loan


RETURN_NOUNS = {"release", "freeing", "return", "repatriation"}  # what a demand for captives asks of their holder


def _freed_asked(token: Token) -> list[Token]:
    """ "demanded the release of six Bolivian truck drivers held by Chilean police": neither the
    release nor the captives whose release is demanded are asked anything; their holder is, when
    named."""
    return [t for d in token.children if d.dep_ == "dobj" and d.lemma_.lower() in RETURN_NOUNS
            for p in d.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
            for t in (d, o)]


def _alleged_doer(token: Token) -> Token | None:
    """Who an accusation told as a clause charges: "prosecutors allege that Lin was recruited",
    "police suspect that the rebels planted the bomb" — the clause's subject when it names people,
    an office or a body, not a thing ("alleged that ballot boxes had been tampered with")."""
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    if not clauses or plover()["verbs"].get(token.lemma_.lower()) != "ACCUSE":
        return None
    people = {*plover()["person_nouns"], *knowledge()["titles"], *GIVERS}
    return next((s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and (
        _described_actor(s) or s.lemma_.lower() in people)), None)


def _claimant(token: Token) -> Token | None:
    """Whose claim a relative clause disputes: "Harare says the number has fallen, a claim Botswana
    officials dispute", "blamed India for arming the group, an allegation New Delhi dismissed" —
    whoever makes the sentence's main claim, not the claim itself."""
    if token.dep_ != "relcl" or token.head.lemma_.lower() not in plover()["reject_objects"]["dispute"]:
        return None
    root = token.sent.root
    return next((c for c in root.children if c.dep_ == "nsubj" and not token.head.is_ancestor(c)), None)


def _asked_of(token: Token) -> Token | None:
    """Whom a demand is made of when the thing demanded is the object ("demanding compensation
    from the French government", "to request a bailout from the IMF"): the giver after "from",
    not the thing; nor the place left in "demanded a withdrawal from the border strip"."""
    demanded = [c for c in token.children if c.dep_ == "dobj"]
    if any(noun_kind(d) in LEAVING_TYPES for d in demanded):
        return None
    flattened = next((n for d in demanded if any(c.dep_ == "mark" and c.lower_ == "that" for c in d.children)
                      for n in d.children if n.dep_ in {"nmod", "compound"} and n.i < d.i and n.ent_type_ in {"GPE", "ORG"}),
                     None)  # "demanded that Moscow free Ozols", read as one noun phrase: Moscow is asked
    if flattened is not None:
        return flattened
    return next((o for holder in [token, *demanded] for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "from"
                 for o in prep.children if o.dep_ == "pobj" and (_described_actor(o) or o.lemma_.lower() in GIVERS)),
                None)


def _talked_with(thing: Token) -> list[Token]:
    """The other side of talks an act is done to ("suspended talks with Rwanda"), who is its target."""
    if noun_kind(thing) != "CONSULT":
        return []
    return [o for p in thing.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]


def _preposed(dative: Token) -> Token:
    """ "opened shelters for them", "sent arms to Kyiv": a preposition parsed as the dative stands
    for its object."""
    return next((c for c in dative.children if c.dep_ == "pobj"), dative) if dative.pos_ == "ADP" else dative


def _share_taken(thing: Token) -> bool:
    """ "Took part in the drills", "played a role in the talks": a share in an act names no party
    ("suspended its participation in the treaty" is a standing the owner gives up)."""
    return thing.dep_ == "dobj" and thing.lemma_.lower() in plover()["participation_nouns"] and not any(
        c.dep_ == "poss" for c in thing.children)


def _purpose_objects(token: Token) -> list[Token]:
    """Whom force is used on or shown to, told by its purpose: "fired tear gas to disperse them",
    "opened fire to stop the marchers", "sent four frigates to shadow the Turkish survey ship"."""
    return [o for c in token.children if c.dep_ in {"advcl", "xcomp"} and infinitive(c)
            for o in c.children if o.dep_ == "dobj"]


def _sentence_before_start(token: Token) -> int:
    """Where the sentence before the token's own begins (its own, in the first): how far back an
    antecedent is looked for."""
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else start


def plural_antecedent(pronoun: Token, subject: Token | None) -> Token | None:
    """Whom "them" stands for: the plural phrase named last before it, in its sentence or the
    one before, which is never the subject of its own clause (binding principle B: "police fired
    into the air to disperse them" disperses the farmers who rallied; "Tiraspol accused them"
    the officers who were detained)."""
    doc = pronoun.doc
    start = _sentence_before_start(pronoun)
    own = {t.i for t in subject.subtree} if subject is not None else set()
    verb = pronoun.head.head if pronoun.head.pos_ == "ADP" else pronoun.head
    for token in reversed(doc[start:pronoun.i]):
        if token.i in own or token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in {"compound", "amod", "poss", "nmod", "npadvmod"}:
            continue
        if token.dep_ == "dobj" and token.head.i == verb.i:
            continue  # "opened shelters for them": what the act handles is not whom it is for
        if token.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"} or (
                token.lemma_.lower() in plover()["projectile_words"]):
            continue  # "hurled stones at them": what is thrown is not whom it is thrown at
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if token.tag_ in {"NNS", "NNPS"} or first.i != token.i or any(c.dep_ == "conj" for c in token.children):
            return first
    return None


def _in_solidarity(prep: Token) -> bool:
    """ "Closed their stores in solidarity with the drivers": those a protest stands with are not
    its target, though the parser may hang the "with" on the verb."""
    return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() == "solidarity"


def _charged_with(thing: Token, prep: Token) -> bool:
    """ "detained two men on suspicion of spying for Russia": what someone is suspected or accused
    of names no party of the act."""
    current = thing
    while current.i != prep.i and current.head.i != current.i:
        if current.lemma_.lower() in plover()["charge_nouns"]:
            return True
        current = current.head
    return False


def request_noun(noun: Token) -> bool:
    """ "calls", "demands", "an ultimatum": a noun that names a request."""
    return noun_kind(noun) == "REQUEST" or noun.lemma_.lower() in plover()["request_nouns"]


def _asker(phrase: Token) -> Token | None:
    """ "rejected calls by the opposition to resign", "rejected the truckers' demand": who made
    a request that is acted on is whom the act answers (T11), not the request itself."""
    if not request_noun(phrase):
        return None
    return next((o for c in phrase.children for o in ([c] if c.dep_ == "poss" and c.pos_ != "PRON" else [
        o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in {"by", "from"} else [])), None)


LEGAL_STEPS = {"lawsuit", "suit", "complaint", "case", "challenge", "appeal", "injunction", "action", "petition"}


def _owner_of_object(verb: Token, thing: Token) -> Token | None:
    """A search or an arson is done to whoever owns the premises searched or burned, a rise or a
    payment to whoever is owed the pay, a lifted immunity to whoever had it, a capture to the people
    taken: "searched the ministry's offices" is done to the ministry, "the city council building" to
    the council, "the homes of five people" to the people, "torched a police vehicle" to the police,
    "froze his assets" to him,
    "raised doctors' salaries" to the doctors, "lifted the immunity of two lawmakers" to the
    lawmakers, "took two guards hostage" to the guards. Premises of nobody named ("searched two
    houses", "burned 40 houses") have no target; pay of nobody named stands for whoever is owed it
    ("raised wages"). Charges or cases dropped and shops closed are nobody: "dropped the charges against 30
    protesters" is done to whom they are against, found through "against". Anything else a verb takes is its own
    target."""
    classes, lemma = plover()["verb_object_classes"], thing.lemma_.lower()
    if lemma in {*plover()["charge_nouns"], *LAWSUIT_NOUNS} and verb.lemma_.lower() in CHARGES_DROPPED or (
            lemma in SHOPS and verb.lemma_.lower() in SHUTTING_VERBS):
        return None  # nor are the shops traders shut on a strike day
    frozen = lemma in FROZEN and verb.lemma_.lower() == "freeze"  # "froze 14 bank accounts": a kind of account, not its owner
    owned = lemma == "immunity" or frozen or any(
        verb.lemma_.lower() in classes[kind]["verbs"] and lemma in classes[kind]["objects"]
                                       for kind in ("places searched", "property burned"))
    if lemma in CAPTIVE_NOUNS:  # "took 37 soldiers prisoner": the parser makes the soldiers the captive's modifier
        return next((c for c in thing.children if c.dep_ == "compound"), thing)
    if not owned and lemma not in classes["pay conceded"]["objects"]:
        return thing
    if any(c.tag_ == "WP$" for c in thing.children):
        return thing  # "whose house was searched": the owner is found by the clause
    bodies = {*GIVERS, *plover()["police_words"], *plover()["body_nouns"]}  # "the city council building", "a police car"
    owners = [c for c in thing.children if c.dep_ == "poss" or owned and not frozen and c.dep_ == "compound" and (
        c.ent_type_ in ACTOR_ENTITIES or c.lemma_.lower() in bodies)]
    owners += [o for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" and owned for o in c.children
               if o.dep_ == "pobj"]
    return owners[0] if owners else (None if owned else thing)


def _munition(verb: Token, thing: Token) -> bool:
    """ "fired two missiles", "used water cannon against the crowd", "lifted restrictions on North
    Korean ships", "sent food shipments to Sudan", "would seek an injunction against the decree":
    what is fired, used, imposed, lifted, given or filed is
    the means of the act, never whom it is aimed at; nor is a hostile act itself when the verb only
    launches it ("launched an assault on their positions": the positions, told on the noun)."""
    lex = plover()
    lemma = thing.lemma_.lower()
    classes = lex["verb_object_classes"]
    means = {*lex["projectile_words"], *lex["riot_weapons"], *classes["lifted measures"]["objects"],
             *classes["aid given"]["objects"]} - set(lex["force_words"])
    typed = lex["verb_objects"].get(verb.lemma_.lower(), {})
    kinds = [c.lemma_.lower() for c in thing.children if c.dep_ == "compound"]  # "sent two water bombers": aid by its kind
    claimed = verb.lemma_.lower() == "claim"  # "claimed responsibility", "claimed victory": the act's authorship, no party
    return thing.dep_ == "dobj" and (lemma in LEGAL_STEPS or lemma in typed and (
        claimed or lemma in means or any(kind in means for kind in kinds) or lex["nouns"].get(lemma) == typed[lemma] in lex["conflict_types"]))


def mutual(token: Token, event_type: str) -> bool:
    """ "X and Y clashed", "X and Y swapped prisoners", "Indian and Chinese troops pulled back":
    each side acts on (or disengages from) the other, so a co-subject is the target; "Germany
    and France criticised the arrest" has two sources."""
    return event_type == "RETREAT" or token.lemma_.lower() in plover()["armed_verbs"] or is_reciprocal(token) or each_other(token)


def co_parties(subject: Token | None) -> list[Token]:
    """The other parties of a coordinated subject: "X and Y agreed", "Indian and Chinese troops
    pulled back", "Russian and Chinese bombers' patrol"."""
    if subject is None:
        return []
    sides = [subject, *(c for c in subject.children if c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"GPE", "NORP"})]
    return [c for side in sides for c in side.children if c.dep_ == "conj"]


def other_parties(token: Token, subject: Token | None, event_type: str) -> list[Token]:
    """Where the target may be named, best first: for an act done together, the subject's
    co-parties ("Poland and Lithuania will step up intelligence sharing along their borders
    with Belarus"), unless each acts apart ("signed separate agreements with Turkey"); then the
    verb's objects and phrases."""
    together = co_parties(subject) if (event_type in JOINT or token.pos_ == "NOUN") and not distributive(token) else []
    return together + (_target_candidates(token, subject, event_type) if token.pos_ != "NOUN" else [])


def clause_subject(clause: Token) -> Token | None:
    """The subject of a clause, also where the parser took its verb for a noun that is itself the
    subject ("demand that the government scrap plans", with "scrap" the subject of "plans")."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    while subject is not None and (inner := next((c for c in subject.children if c.dep_ == "nsubj"), None)) is not None:
        subject = inner
    return subject


def protested(token: Token) -> Token | None:
    """P1: whom a protest is aimed at, where the text says it: what it is against ("marched
    against the government's reform", "in protest at the dismissal"), or who is pressed or told
    to go ("demanding that the mayor step down", "to press the government for support")."""
    for t in token.subtree:
        if t.dep_ == "prep" and (t.lower_ == "against" or t.lower_ == "at" and t.head.lemma_.lower() == "protest"):
            aimed = next((c for c in t.children if c.dep_ == "pobj"), None)
            if aimed is not None:
                return aimed
        if t.lemma_.lower() in PRESSING_VERBS and t.pos_ == "VERB":
            told = _asked_of(t) or next((c for c in t.children if c.dep_ in {"dobj", "ccomp"}), None)  # "to demand
            # compensation from the government": the government
            if told is not None and told.dep_ == "ccomp":
                told = clause_subject(told)
            if told is not None and noun_kind(told) is not None:
                # "demanding the resignation of the prime minister": who is told to go; "demanding the
                # release of activists": an act asked for, which names no addressee
                told = _goer(told) if noun_kind(told) in LEAVING_TYPES else None
            if told is not None:
                return told
        if t.dep_ == "advcl" and t.head.i == token.i and infinitive(t) and classify(t) == "ACCUSE":
            denounced = [c for c in t.children if c.dep_ == "dobj"]  # "rallied to denounce Ethiopia's deal": Ethiopia
            return next((w for d in denounced for w in [d, *d.children] if w.ent_type_ in ACTOR_ENTITIES), None)
    return None


def _goer(leaving: Token) -> Token | None:
    """Who leaves or is removed in "the resignation of the mayor", "the president's ouster"."""
    return next((w for c in leaving.children for w in ([c] if c.dep_ == "poss" else [
        o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of" else [])), None)


def self_owned(phrase: Token | None) -> bool:
    """ "its troops", "their cooperation", "his veto": the actor's own, named through a pronoun."""
    return phrase is not None and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in phrase.children)


def target_of(token: Token, exclude: Token | None, event_type: str) -> Token | None:
    candidates = _target_candidates(token, exclude, event_type)
    return candidates[0] if candidates else None


def participant(work: Work, phrase: Token | None, last: Actor | None,
                 speaker: Actor | None = None) -> Named:
    """Name and country of the actor a phrase stands for ("Israeli forces" → Israel); "we"
    inside a quote is the speaker."""
    if phrase is None:
        return None, None
    if phrase.lower_ in {"we", "i", "us"} and speaker is not None:
        return speaker.name, speaker.country
    if phrase.lower_ in POSSESSIVE_PRONOUNS and phrase.dep_ == "poss":
        return _owner(work, phrase.head, phrase)
    antecedent = _whose(phrase) or reporter(phrase) or _main_subject(phrase) or _whole_of(phrase) or _subject_before(phrase) or (
        _craft_before(phrase))
    if antecedent is not None:
        return participant(work, antecedent, last, speaker)
    first = _first_side(phrase) or _half_named(phrase)
    if first is not None:
        return first.name, first.iso3
    named = work.actor_at(phrase.idx, phrase.idx + len(phrase.text))
    actor = named or (resolve_actor(work, phrase, phrase.idx, last)[0] if phrase.pos_ == "PRON" else None)
    if actor is not None:
        return actor.name, actor.country or _title_country(phrase)
    included = _first_included(work, phrase)  # before "EU" in "non-EU states, including Serbia"
    if included is not None:
        return included.name, included.country
    apposed = _apposed(work, phrase)
    if apposed is not None and apposed.kind == "country":
        return apposed.name, apposed.country  # "Argentina's Mercosur partners Brazil and Uruguay": the states named
    for token in _modifiers(phrase):
        actor = work.actor_at(token.idx, token.idx + len(token.text))
        if actor is not None:
            return actor.name, actor.country
    if apposed is not None:
        return apposed.name, apposed.country
    body = _member_of(work, phrase)
    if body is not None:
        return body.name, body.country
    for token in [] if many_states(phrase) else _own_words(phrase):
        opening = token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"  # "Spanish" of "Spanish Town"
        if (token.ent_type_ in {"NORP", "GPE"} or _untagged_nationality(token, phrase)) and not opening and not (
                _language_of(token)):
            place = lookup(_entity_up_to(token)) or lookup(token.text)  # "North Korean ships", "South Sudanese troops"
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
    if _nominal(phrase) and not phrase.like_num and not phrase.text.isupper():
        words = [t for t in phrase.subtree if t.dep_ in {"compound", "amod"} and t.head is phrase or t is phrase]
        return " ".join(t.text for t in words), None
    return None, None


def _language_of(token: Token) -> bool:
    """A nationality word that names a language ("Swedish-speaking Finns", "Russian-speaking
    residents"): the people's country is elsewhere in the phrase, or not said."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ == "speaking"


def _apposed(work: Work, phrase: Token) -> Actor | None:
    """The actor a common noun is named by in apposition: "arrested a prominent cleric, Sheikh
    Omar Haddad", "a rights group, Amnesty International": the noun describes that actor."""
    if phrase.pos_ != "NOUN":
        return None
    return next((actor for c in phrase.children if c.dep_ == "appos"
                 if (actor := work.actor_at(c.idx, c.idx + len(c.text))) is not None), None)


def _first_included(work: Work, phrase: Token) -> Actor | None:
    """The first named member of a group a noun lists with "including": "urged other states,
    including Serbia and Turkey, to follow suit" is aimed at Serbia (and Turkey), not at no one."""
    if phrase.pos_ != "NOUN":
        return None
    return next((actor for c in phrase.children if c.dep_ == "prep" and c.lower_ == "including"
                 for o in c.children if o.dep_ == "pobj"
                 if (actor := work.actor_at(o.idx, o.idx + len(o.text))) is not None and actor.country is not None), None)


TRADING_VERBS = {*SUPPLYING_VERBS, "send"}  # what a relative clause sends abroad ("which send their exports to China")


def _own_words(phrase: Token) -> list[Token]:
    """The phrase without a clause naming its helpers or what it is held for: in "troops backed
    by Russian instructors", "militias funded by Iranian businessmen" or "a commander of an
    Iran-backed militia" the helpers' nationality is not the force's own, nor is Israel that of
    "a man convicted of spying for Israel"; "planes carrying aid from Egypt" keeps its origin.
    Nor its seat: "the Hague-based court" is no Dutch court; nor a label it is given ("rejected the
    statement as interference in Syria's affairs" is no Syrian statement). Nor where a clause on it
    sends something ("makers, which send a third of their exports to China", are not Chinese), nor
    the border it lies by ("traders in Lola, a town near the Ivorian border", are not Ivorian), nor
    the city a mission abroad sits in."""
    others = {t.i for c in phrase.subtree if c.dep_ in {"acl", "relcl", "amod"} and c.pos_ == "VERB" and (
        kind := plover()["verbs"].get(c.lemma_.lower())) in {"SUPPORT", "AID", "ACCUSE", "COERCE"} and (
        kind in {"SUPPORT", "AID"} or c.tag_ == "VBN") for t in c.subtree}  # not "a case accusing Israel of …"
    others |= {t.i for c in phrase.subtree if c.dep_ == "relcl" and c.lemma_.lower() in TRADING_VERBS for p in c.children
               if p.dep_ == "prep" and p.lower_ in {"to", "into"} for t in p.subtree}  # not "vessels linked to Israel"
    labels = {t.i for c in phrase.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
    borders = {t.i for p in phrase.subtree if p.dep_ == "prep" and p.lower_ in BESIDE_WORDS for o in p.children
               if o.dep_ == "pobj" and o.lemma_.lower() in BORDER_WORDS for t in p.subtree}
    abroad = {t.i for p in phrase.children if phrase.lemma_.lower() in MISSIONS and p.dep_ == "prep" and p.lower_ == "in"
              for t in p.subtree}  # "its consulate in San Jose" is no Costa Rican consulate
    return [t for t in phrase.subtree if t.i not in others | labels | borders | abroad | seat_words(phrase)]


MISSIONS = {"embassy", "consulate", "legation"}  # a state's posts abroad, named by where they sit
BESIDE_WORDS = {"near", "across", "along", "beyond", "toward", "towards"}
BORDER_WORDS = {"border", "frontier", "boundary"}  # "a town near the Ivorian border": the neighbour's, not the town's


def many_states(phrase: Token) -> bool:
    """ "Nearly 200 countries", "member states": many states, of no one country, whatever
    place ("at the summit in Baku") the phrase names."""
    return phrase.tag_ == "NNS" and phrase.lemma_.lower() in plover()["many_states"]


def _untagged_nationality(token: Token, phrase: Token) -> bool:
    """A nationality the model left untagged in front of the noun: "Turkmen officials"; not a
    leaning ("a pro-Russian president")."""
    leaning = token.i > 0 and token.doc[token.i - 1].text == "-"
    place = lookup(token.text) if token.head.i == phrase.i and token.dep_ in {"amod", "compound"} and token.i < phrase.i \
        and not token.ent_type_ and token.is_title and not leaning else None
    return place is not None and place.kind == "demonym"


def _nominal(phrase: Token) -> bool:
    """A noun or name, or a noun the tagger took for an adjective, which its article betrays
    ("The junta freed 300 prisoners" with "junta" tagged ADJ)."""
    return phrase.pos_ in {"NOUN", "PROPN"} or phrase.pos_ == "ADJ" and phrase.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(
        c.dep_ == "det" and c.lower_ == "the" for c in phrase.children)


def _modifiers(phrase: Token) -> list[Token]:
    """The words naming whose a thing is, nearest first; for a thing (not a name with its
    title), down chains of compounds: "World" and "Bank" in "a World Bank catastrophe bond"."""
    found = [c for c in phrase.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
    for modifier in found if phrase.pos_ == "NOUN" else []:
        found.extend(c for c in modifier.children if c.dep_ == "compound" and modifier.dep_ == "compound")
    return found


def paired_nationalities(phrase: Token) -> list[Token]:
    """Paired nationalities in their order ("Japanese and Philippine forces staged drills",
    "Kenyan, Ugandan and Tanzanian troops"): the phrase's head noun sits nearest the last one,
    but the first names the source and the others are its co-parties. A list that opens the
    sentence often loses its first word to the verb ("Canadian, Danish and Norwegian warships
    began …" hangs "Canadian" on "began"); it is taken back."""
    first = next((c for c in phrase.children if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}
                  and any(d.dep_ == "conj" for d in c.children) and lookup(_entity_up_to(c)) is not None), None)
    if first is None:
        return []
    found = [first, *first.conjuncts]
    doc = phrase.doc
    if first.i > 1 and doc[first.i - 1].text == "," and (lost := doc[first.i - 2]).ent_type_ in {"NORP", "GPE"} \
            and lost.dep_ in {"advmod", "dep", "npadvmod"} and lookup(_entity_up_to(lost)) is not None:
        found.insert(0, lost)
    return found


def first_nationality(phrase: Token) -> Token | None:
    """The first of paired nationalities (see :func:`paired_nationalities`)."""
    return next(iter(paired_nationalities(phrase)), None)


def _first_side(phrase: Token) -> Place | None:
    """The country of the first of paired nationalities."""
    first = first_nationality(phrase)
    return lookup(_entity_up_to(first)) if first is not None else None


def _entity_up_to(token: Token) -> str:
    """The words of the entity a token ends: "South Korean" for "Korean", whose "South" the
    parser hangs on it."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return token.doc[start:token.i + 1].text


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
    of President Ortega", "officials from the foreign ministry" act for it; "Leaders" opening a
    sentence, which the tagger takes for a name and leaves unlemmatised, too. One who speaks for
    or serves a body is its own too ("a spokesman for the group", "an adviser to the junta")."""
    members = plover()["member_nouns"]
    serving = phrase.lemma_.lower() in SERVING_TITLES
    if phrase.lemma_.lower() not in members and not serving and not (phrase.tag_ == "NNPS" and phrase.lower_[:-1] in members):
        return None
    if any(c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"} for c in phrase.children):
        return None  # "a Slovak member of parliament": the member's own nationality, whatever the body
    linked = {"of", "from", "for", "to"} if serving else {"of", "from"}
    return next((actor for p in phrase.children if p.dep_ == "prep" and p.lower_ in linked
                 for o in p.children if o.dep_ == "pobj"
                 if (actor := work.actor_at(o.idx, o.idx + len(o.text))) is not None), None)


def disjoint(work: Work, pronoun: Token, source: str) -> Named:
    """Whom "him" or "her" stands for as the object of an act, which is never its own doer
    (binding principle B: "Biden called Starmer to congratulate him" congratulates Starmer):
    the person named last before it who is not the source."""
    people = [actor for m in work.article.mentions if m.end <= pronoun.idx and (actor := work.actors.get(m.actor_id or ""))
              is not None and actor.kind in PERSON_KINDS and actor.name != source]
    return (people[-1].name, people[-1].country) if people else (None, None)


def _title_country(phrase: Token) -> str | None:
    """The country a name's title or owner gives: "Indian Prime Minister Narendra Modi", "Chile's
    Carabineros", "Spain's Guardia Civil"."""
    modifiers = [c for c in phrase.children if c.dep_ in {"compound", "amod", "poss"} and c.i < phrase.i]
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


def _craft_before(phrase: Token) -> Token | None:
    """Which boat "the vessel" is: the last craft named with its flag in its sentence or the one
    before ("arrested the captain of a Chinese fishing boat after the vessel rammed two patrol
    boats"), not the home country of the story."""
    crafts = set(plover()["crewed_craft"])
    if phrase.lemma_.lower() not in crafts or [c.lower_ for c in phrase.children if c.dep_ != "prep"] != ["the"]:
        return None
    earlier = reversed(phrase.doc[_sentence_before_start(phrase):phrase.i])
    return next((t for t in earlier if t.lemma_.lower() in crafts and any(
        m.dep_ in {"amod", "compound"} and m.ent_type_ in {"NORP", "GPE"} for m in t.children)), None)


def _whole_of(phrase: Token) -> Token | None:
    """The group a part is taken from, whose side the part is on: "some of its lawmakers",
    "many of the protesters", "two of the soldiers"."""
    if phrase.tag_ not in {"DT", "CD", "JJ", "JJS"}:
        return None
    return next((g for p in phrase.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"), None)


def reporter(phrase: Token) -> Token | None:
    """Who "it" or "they" is in a report of one's own act: the speaker ("the ministry said it
    had dispatched forces")."""
    return _speaker_of(phrase) if phrase.lower_ in {"it", "they"} else None


def _main_subject(phrase: Token) -> Token | None:
    """Whom "it" stands for as the subject of a clause hung on another's verb: that verb's own
    named subject ("Iran hanged two men whom it had convicted of spying", "Chile accused the
    firm of fraud, and it recalled its envoy")."""
    if phrase.lower_ != "it" or phrase.dep_ != "nsubj" or phrase.head.dep_ not in {"ccomp", "relcl", "conj"}:
        return None
    host = phrase.head.head
    return next((c for c in host.children if c.dep_ == "nsubj" and c.ent_type_ in {"GPE", "ORG", "NORP"}), None)


def _subject_before(phrase: Token) -> Token | None:
    """Whom "it" opening a sentence stands for: the subject of the sentence before, when that is a
    state or a body ("Peru's foreign ministry rejected the note. It also summoned the envoy …")."""
    sentence = phrase.sent
    if phrase.lower_ != "it" or phrase.dep_ != "nsubj" or phrase.head.i != sentence.root.i or sentence.start == 0 or (
            phrase.i != sentence.start):
        return None
    before = phrase.doc[sentence.start - 1].sent.root
    subject = next((c for c in before.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and (subject.ent_type_ in {"GPE", "ORG", "NORP"} or (
        subject.lemma_.lower() in knowledge()["organisation_heads"])) else None


def _speaker_of(phrase: Token) -> Token | None:
    """The named speaker of a report whose subject is ``phrase``: "the ministry" in "the
    ministry said it had dispatched forces", "Tajikistan said it had not been consulted" or "the
    union said its members would strike"."""
    if phrase.dep_ not in {"nsubj", "nsubjpass"} or phrase.head.dep_ != "ccomp" or phrase.head.lemma_ == "be":
        return None  # not the dummy of "it was too early to speak"
    speech = phrase.head.head
    if speech.lemma_.lower() not in cue_lexicon()["direct"]:
        return None
    speaker, passive = subject_of(speech)  # "condemned the drills and said it had …" too
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
    if phrase.lemma_.lower() in knowledge()["other_side_nouns"]:
        return None, None
    for token in phrase.children:
        if token.dep_ == "poss" and token.lower_ in POSSESSIVE_PRONOUNS:
            return _owner(work, phrase, token)
        if token.dep_ == "poss" and token.pos_ == "NOUN":
            return participant(work, token, None, speaker)
    return None, None


def _owner(work: Work, phrase: Token, pronoun: Token) -> Named:
    """Whom "his", "its" or "their" points to: the person or the country or organisation named
    last before it ("Bolivia cut ties with Israel over its offensive"); for "their", the subject
    of a clause above ("Israeli jets kept up their bombardment")."""
    speaker = _speaker_of(phrase) if pronoun.lower_ == "its" else None
    if speaker is not None:
        return participant(work, speaker, None)  # "the association said its members would block the road"
    if pronoun.lower_ == "their":
        for verb in phrase.ancestors:
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"
                            and phrase.i not in {t.i for t in c.subtree}), None)
            if subject is not None:
                return participant(work, subject, None)
    kinds = {"person"} if pronoun.lower_ in {"his", "her"} else {"country", "org", "igo"}
    actor = nearest_actor_before(work, pronoun.idx, kinds)
    return (actor.name, actor.country) if actor is not None else (None, None)


def story_pair(earlier: list[Event], sentence: tuple[int, int] | None = None) -> tuple[Named, Named] | None:
    """The two parties of the latest event between two countries, in the order the article
    first gave them (the lead's order is how the story frames the pair); but with the sides in
    the order of an act told in the same sentence (``sentence``, its span), which "the two sides"
    takes up ("X met his counterpart Y, and the two sides signed a memorandum": X's side signs
    with Y's)."""
    pairs = [e for e in earlier if e.source_country and e.target_country and e.source_country != e.target_country]
    if not pairs:
        return None
    latest = {pairs[-1].source_country, pairs[-1].target_country}
    first = next(e for e in pairs if {e.source_country, e.target_country} == latest)
    pair = (first.source_actor, first.source_country), (first.target_actor, first.target_country)
    here = sentence is not None and sentence[0] <= pairs[-1].start < sentence[1]
    return pair[::-1] if here and pairs[-1].source_country != first.source_country else pair


def contested_pair(earlier: list[Event], source: Named) -> tuple[Named, Named] | None:
    """The two sides a third party's "both sides" names ("the UN envoy urged both sides to respect
    the truce", "Qatar urged both sides to show restraint"): of the two countries the story tells
    most acts between (or one country's rivals at home, "the army and the SDF", as the latest act
    between them gives them), the latest of equals, that the speaker is no party to, in the order
    the article first gave them; not a mediator's own talks with one of them."""
    name, country = source

    def sides(event: Event) -> frozenset[str | None]:
        return frozenset({event.source_country, event.target_country})

    def party(event: Event) -> bool:
        return name in {event.source_actor, event.target_actor} or (
            event.source_country != event.target_country and country in {event.source_country, event.target_country})

    acts = [e for e in earlier if e.source_country and e.target_country and e.source_actor and e.target_actor
            and e.source_actor != e.target_actor and not party(e)]
    if not acts:
        return None
    counts = Counter(sides(e) for e in acts)
    chosen = max(reversed(acts), key=lambda e: counts[sides(e)])
    first = chosen if len(sides(chosen)) == 1 else next(e for e in acts if sides(e) == sides(chosen))
    return (first.source_actor, first.source_country), (first.target_actor, first.target_country)


def seeker(token: Token) -> Token | None:
    """Who wants, offers or proposes a meeting named as a noun: "Kyiv" in "Kyiv was ready for
    a meeting of the two presidents", "Moscow proposed talks between the two leaders"."""
    if token.pos_ != "NOUN":
        return None
    verb = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None


def seeker_first(pair: tuple[Named, Named], side: str | None) -> tuple[Named, Named]:
    """The pair with the side that seeks the act first: it is the one that acts toward the other."""
    return (pair[1], pair[0]) if side is not None and pair[1][1] == side else pair


def other_side(pair: tuple[Named, Named], country: str | None) -> Named | None:
    """The party of ``pair`` facing ``country``'s, when ``country`` is one of the two."""
    return next((other for side, other in [pair, pair[::-1]] if side[1] == country), None)


def other_of_pair(country: str | None, earlier: list[Event]) -> Named | None:
    """The other party of the two the story is about, when ``country`` is one of them."""
    pair = story_pair(earlier) if country is not None else None
    return other_side(pair, country) if pair else None


def is_reciprocal(token: Token) -> bool:
    """ "swapped prisoners", "a prisoner exchange", "traded accusations" (a verb of exchange whose
    noun means commerce): each side does it to the other."""
    return exchanged(token) or any(o.lemma_.lower() in plover()["exchange_words"] for o in objects_of(token) if o.dep_ == "dobj")


def exchanged(token: Token) -> bool:
    """A word of exchange as the trigger itself ("swapped", "traded", "the exchange"), not as the
    object another verb acts on ("welcomed the exchange", "suspended all trade")."""
    lemma = token.lemma_.lower()
    return lemma in plover()["exchange_words"] or token.pos_ == "VERB" and lemma in plover()["exchange_verbs"]


def each_other(token: Token) -> bool:
    """ "will come to each other's aid": each side does it to the other (an act done together,
    "talks with each other", stays one event)."""
    doc = token.doc
    return any(t.lower_ in {"each", "one"} and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"other", "another"}
               for t in token.subtree)


def distributive(token: Token) -> bool:
    """ "signed separate agreements", "swapping 1,000 prisoners each": one act per party; so is a
    mediation by several ("under Turkish and Qatari mediation"), each mediator between the parties."""
    doc = token.doc
    if token.pos_ == "NOUN" and mediator_named(token):
        return True
    return any(t.lower_ in plover()["distributive_words"] and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "other")
               for t in clause_tokens(token))  # "each other's aid" is mutual, one act


def bare_force(phrase: Token | None) -> bool:
    """ "Federal police", "the navy": a force named by a common noun and no nationality or name
    ("the Thai navy", tagged an organisation, is Thailand's), which in an official's words is the
    official's own."""
    if phrase is None or phrase.pos_ != "NOUN" or not (police(phrase) or phrase.lemma_.lower() in plover()["force_words"]):
        return False
    return not any(t.ent_type_ in {"NORP", "GPE"} or t.pos_ == "PROPN" or _untagged_nationality(t, phrase) for t in phrase.subtree)


def speaker_side(work: Work, statement: Statement | None) -> str | None:
    """The country of who spoke: the actor's, the one an unnamed speaker is described by ("an
    Israeli official"), else the home country ("opposition parties", "his lawyers")."""
    if statement is None:
        return None
    speaker = work.actors.get(statement.speaker_id or "")
    if speaker is not None:
        return speaker.country
    places = [lookup(word) for word in (statement.speaker or "").split()]
    described = next((place.iso3 for place in places if place is not None), None)
    return described or (dateline_home(work.doc, None) if statement.speaker and work.doc is not None else None)
