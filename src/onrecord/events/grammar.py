"""The parts of a clause the event rules read: its subject (or a passive's agent), its objects,
the chain of verbs above a trigger, its own tokens.

spaCy's parse says which word governs which; these helpers add what news syntax needs on
top: a misparsed headline verb, "ordered X shut" (whose subject), "who" in a relative clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import INTIMIDATING_VERBS, labour_word, plover
from .nouns import noun_kind

if TYPE_CHECKING:
    from spacy.tokens import Token


KIND_NOUNS = {"state", "article", "part", "section", "provision", "message", "expression", "gesture",  # "a message of solidarity"
              "batch", "shipment", "consignment", "tranche", "cargo", "load",  # "sent a new batch of shells": what is sent
              "most", "some", "all", "much", "many", "half", "rest", "bulk", "majority"}  # "suspended most of its operations"
DEPRIVING_VERBS = {"strip", "deprive"}  # what is taken is named after "of", and the kind of act by it
CIRCUMSTANTIAL = {"on", "during", "at", "after", "before", "amid", "following", "ahead"}
TIME_ANCHORS = {"after", "before", "following"}  # "after the vote": a scheduled vote as a point in time
PORTIONS = {"half", "part", "rest", "most", "some", "all", "none", "any", "each", "many", "few", "several", "share", "portion", "third",
            "quarter"}  # "paid half of the arrears", "met none of the standards"
TIME_PREPOSITIONS = {"until", "till", "since"}  # "until the referendum": a time, not what an act is done to
DISTANCES = (3, 8, 15)  # token distances from the trigger, bucketed: next to it, in its phrase, its clause, apart


def _none(thing: Token) -> bool:
    """ "ended without agreement", "with no deal": a thing said to be absent is not acted on."""
    return thing.head.lower_ == "without" or any(c.dep_ == "det" and c.lower_ == "no" for c in thing.children)


def objects_of(token: Token) -> list[Token]:
    """Direct objects, and the objects of "carry out", "call for", "impose … on"."""
    found = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
    if token.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in token.children):
        found.append(token.head)  # "the bloc, which Mali left in January": the relative pronoun stands for the bloc
    caused = caused_object(token)
    if caused is not None:
        found.append(caused)  # "ordered mobile internet shut down"
    if token.dep_ == "acl" and token.tag_ == "VBN" or token.dep_ == "amod" and misparsed(token):
        found.append(token.head)  # "documents released this week", "X on Thursday imposed sanctions" read as a modifier
        if token.head.dep_ == "pobj" and token.head.head.lower_ == "of":
            found.append(token.head.head.head)  # "the video of the strike released by": the participle hung on the wrong noun
    found.extend(s for c in token.children if c.dep_ == "ccomp" and (c.pos_ not in {"VERB", "AUX"} or infinitive(c))
                 for s in c.children if s.dep_ == "nsubj")  # a small clause: "allow inspectors back", "allow aid agencies to keep"
    found.extend(s for c in token.children if c.dep_ == "ccomp" and c.tag_ == "VBG" and not any(
        a.dep_ in {"aux", "auxpass"} for a in c.children) for s in c.children if s.dep_ == "nsubj" and any(
        d.dep_ == "det" for d in s.children))  # "closed the border crossing": the noun read as a gerund clause
    if not found:
        found.extend(o for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBN" and c.i == token.i + 1
                     for o in c.children if o.dep_ == "dobj")  # "pause planned tariffs": an attributive participle read as a verb
    for obj in list(found):
        if obj.like_num or obj.lower_ in PORTIONS or obj.ent_type_ in {"MONEY", "QUANTITY", "CARDINAL"} or any(
                c.dep_ == "nummod" and c.ent_type_ == "MONEY" for c in obj.children):
            found.extend(g for p in obj.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                         for g in p.children if g.dep_ == "pobj")  # "$61 billion in new aid", "half of the arrears"
    for child in token.children:
        if child.dep_ in {"prep", "prt", "agent"} and child.lower_ not in TIME_PREPOSITIONS:
            found.extend(c for c in child.children if c.dep_ == "pobj" and not _none(c))  # not "ended with no agreement",
            # nor "a vigil every day until the referendum", a time
    for child in list(found):
        found.extend(c for c in child.children if c.dep_ in {"conj", "compound"})
    if token.lemma_.lower() in DEPRIVING_VERBS:  # "stripped the activists of their citizenship"
        found.extend(g for obj in found if obj.dep_ == "dobj" for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj")
    found.extend(g for obj in found if obj.dep_ == "dobj" and obj.lemma_.lower() in KIND_NOUNS
                 for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
    return found  # last: the kind named by "a state of emergency", "some articles of the constitution", "a message of support"


def caused_object(token: Token) -> Token | None:
    """What a participle is done to after a causative verb: the internet of "ordered mobile
    internet shut down", "had the border closed", the airport of "kept the airport shut"."""
    if token.tag_ in {"VBN", "VBD"} and token.dep_ == "acl" and token.head.dep_ == "dobj" and (
            token.head.head.lemma_.lower() in plover()["causative_verbs"]):
        return token.head  # "ordered the two men held": the participle parsed as the object's modifier
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


def verb_chain(token: Token) -> list[Token]:
    """The token and its governors up to the root of its own clause chain."""
    return [token, *token.ancestors]


def done_participle(token: Token) -> bool:
    """A past participle hung on a noun with no auxiliary of its own: "a deal signed in Damascus",
    a thing done, not "a deal to be signed"."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in token.children)


def first_conjunct(token: Token) -> Token:
    """The first of coordinated verbs, which holds what they share: "is to lift … and pull"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def hung_on_infinitive(token: Token) -> bool:
    """A past tense the parser coordinated with a "to" infinitive ("refused to release him and
    filed a new charge") or with a gerund after a preposition ("accused the coast guard of
    endangering lives and called on the EU"): a verb of the main clause, not part of what the
    infinitive or the gerund says."""
    first = first_conjunct(token)
    return token.dep_ == "conj" and token.tag_ == "VBD" and (infinitive(first) or first.tag_ == "VBG" and first.dep_ == "pcomp")


def scheduled(token: Token) -> bool:
    """ "Hamas is to free …", "Rwanda is to lift its measures and pull its forces out", "the envoy
    is due in Lask on Monday for talks", "is due to chair a meeting" (the parser may read "chair" as
    a noun and hang the meeting on "is"): on the calendar."""
    first = first_conjunct(token)
    if first.dep_ == "xcomp" and first.head.lemma_.lower() == "be" or token.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ == "due" for c in token.children):
        return True
    due_for = first.dep_ == "pobj" and first.head.lower_ == "for"  # "is due in Lask for talks"
    holder = first.head.head if due_for else first.head if first.dep_ == "attr" else None  # "is due to chair a meeting", misread
    return first.pos_ == "NOUN" and holder is not None and any(
        c.dep_ == "acomp" and c.lemma_.lower() in plover()["schedule_words"] for c in holder.children)


def infinitive(token: Token) -> bool:
    """A "to" infinitive: "to ask", "to withdraw"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def clause_tokens(token: Token) -> list[Token]:
    """The trigger's own clause: its subtree without nested clauses of other verbs; for a verb
    the parser read as a modifier, the phrase it hangs on ("X on Thursday imposed sanctions on …")."""
    nested = {"ccomp", "relcl", "advcl", "xcomp", "acl", "conj", "parataxis", "csubj"}
    keep: list[Token] = []
    stack = [token.head] if token.dep_ == "amod" and misparsed(token) else [token]
    while stack:
        current = stack.pop()
        keep.append(current)
        stack.extend(c for c in current.children if c.dep_ not in nested or c.pos_ not in {"VERB", "AUX"})
    return keep


def misparsed(token: Token) -> bool:
    """A finite verb the parser took for an adjective because it found no verb at all
    ("Netanyahu on Friday approved plans …" parsed as a noun phrase), or that still has its
    own subject ("Macron named centrist ally Bayrou …" with "named" as a modifier of "ally")."""
    own_subject = token.dep_ == "amod" and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
    dated = token.dep_ == "amod" and token.tag_ == "VBD" and any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in token.children)
    return token.tag_ in {"VBD", "VBN"} and (token.sent.root.pos_ not in {"VERB", "AUX"} or own_subject or dated)


def gerund_object(token: Token) -> bool:
    """A gerund right after a verb, taken for an adjective of the next noun ("denied shelling
    civilian areas" parsed as "denied [shelling] areas"): the verb's complement, an act; not one
    that describes working people by their dispute ("ordered striking dockworkers back to work")."""
    verb = token.head.head
    return token.tag_ == "VBG" and token.dep_ == "amod" and token.head.dep_ == "dobj" and verb.pos_ == "VERB" \
        and token.i == verb.i + 1 and not labour_word(token.head)


def had_done_to(token: Token) -> Token | None:
    """ "Two laboratories had their licences revoked", "the broadcaster had its licence suspended":
    the subject of "have" undergoes the act done to what it owns, as a passive's subject does; the
    doer is unsaid (or named after "by", found first)."""
    if token.tag_ != "VBN" or token.dep_ not in {"ccomp", "acl", "oprd", "xcomp"}:
        return None
    owned = token.head if token.dep_ == "acl" else next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    have = owned.head if owned is not None and token.dep_ == "acl" else token.head
    if owned is None or have.lemma_.lower() not in {"have", "get"} or not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in owned.children):
        return None
    return next((c for c in have.children if c.dep_ == "nsubj"), None)


def subject_of(token: Token) -> tuple[Token | None, bool]:
    """The source phrase: the nearest governing subject (or a passive's agent); and whether
    the subject found is the passive patient (then it is the target). In a misparsed
    sentence, the last name before the verb."""
    if misparsed(token) and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        names = [e for e in token.sent.ents if e.end <= token.i and e.label_ in {"PERSON", "ORG", "GPE", "NORP"}]
        if names:
            return names[-1].root, False
        return (token.head, False) if _verb_of_root_noun(token) else (None, False)
    agent = agent_of(token)
    if agent is not None:
        return agent, False
    owner = had_done_to(token)
    if owner is not None:
        return owner, True
    decider = _decider(token) or _thanked(token) or _prompted(token)
    if decider is not None:
        return decider, False
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lower_ in plover()["crowd_words"]:
        return token.head, False  # "fired tear gas at farmers protesting outside parliament": the farmers protest
    for current in verb_chain(token):
        caused = caused_object(current)
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"} and not same(c, caused)]
        if subjects:
            start = max((c.i for c in current.children if c.dep_ == "mark"), default=-1)
            subject = next((c for c in subjects if c.i > start), subjects[0])  # "ally … after lawmakers toppled": a misparse
            patient = subject.dep_ == "nsubjpass" and not withstands(token) or _undergoes(token)  # "Morales, who was barred
            # from running": the target; "Manila would not be cowed": the one who refuses
            if subject.lower_ in {"who", "which", "that"} and current.dep_ == "relcl":
                subject = current.head
            if current.i != token.i and (_speech_act(token) and (mute(subject) or _speakers_own(token, current)) or (
                    token.dep_ == "conj" and _speakers_own(token, current))):
                continue  # "said the attack was political and blamed the opposition": an attack blames nobody; "said the
                # demand was unaffordable and offered 8 percent": the speaker offers
            if current.i != token.i and same(shared_passive_patient(token), subject):
                agent = agent_of(current)  # "was abducted by agents and sentenced": the same doer, the same patient
                return (agent, False) if agent is not None else (subject, True)
            if current.i != token.i:  # "landed after being freed": a passive takes its patient from above
                return subject, any(c.dep_ == "auxpass" for c in token.children) or _undergoes(token)
            return subject, patient
        if current.dep_ in {"ccomp", "ROOT"} and caused is None:
            break  # past "shut" in "ordered mobile internet shut down": who ordered it
        if current.i != token.i and _verb_of_root_noun(current) and misparsed(current):
            return current.head, False  # "The gang, which …, threatened to bomb": who threatened
    return None, False


def _verb_of_root_noun(token: Token) -> bool:
    """The main verb the parser hung on the subject as a modifier when a relative clause split
    them ("The Los Lobos gang, which authorities blame for the attacks, threatened …")."""
    return token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ in {"NOUN", "PROPN"} and token.i > token.head.i


def _decider(token: Token) -> Token | None:
    """Whose decision, plan or bid an infinitive spells out: the commission of "the election
    commission's decision to bar three candidates", not the subject of the clause around it;
    not who asks another to act ("a judge's order to turn the planes around")."""
    if token.dep_ != "acl" or not infinitive(token) or token.head.lemma_.lower() not in plover()["decision_nouns"]:
        return None
    return next((c for c in token.head.children if c.dep_ == "poss"), None)


def _prompted(token: Token) -> Token | None:
    """Who a provoking verb moves to act: the Commission of "…, prompting the European Commission
    to warn of trade measures", Santo Domingo of "a dispute led Santo Domingo to close the
    border" (and of the acts joined to it: "led the sultan to create jobs and replace ministers"), not
    who gave it cause."""
    act = token.head if token.dep_ == "conj" and token.head.dep_ == "xcomp" else token
    if act.dep_ != "xcomp" or not infinitive(act) or act.head.lemma_.lower() not in {*plover()["provoking_verbs"], "lead"}:
        return None
    return next((c for c in act.head.children if c.dep_ == "dobj"), None)


def _thanked(token: Token) -> Token | None:
    """Who did what praise or thanks are given for: Romania in "thanked Romania for supplying
    electricity", not the one who thanks."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.lower_ != "for" or (
            plover()["verbs"].get(token.head.head.lemma_.lower()) != "SUPPORT"):
        return None
    return next((c for c in token.head.head.children if c.dep_ == "dobj"), None)


def _speech_act(verb: Token) -> bool:
    """A verb that asks, accuses, threatens, refuses or praises, which only a speaker can do:
    "urged", "called on", "rejected", "welcomed"."""
    called_on = verb.lemma_.lower() == "call" and any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in verb.children)
    return called_on or plover()["verbs"].get(verb.lemma_.lower()) in plover()["speech_acts"]


REPORT_NOUNS = {"report", "claim", "allegation", "accusation", "charge", "suggestion"}  # "reports that X had been beaten"


def _speakers_own(token: Token, reported: Token) -> bool:
    """A past-tense act coordinated with a reported clause whose auxiliary it does not share, or
    with a reported description: "said the state would not pay and appealed to the government",
    "said several had been beaten and demanded their release" (a shared one reads "would not pay
    and appeal"), "said the demand was unaffordable and offered 8 percent": the speaker's own
    second act, which the parser hung on the clause reported. So is a participle set off after
    the reported clause: "said Greenland was not for sale, rejecting Trump's bid"; not when the
    speech verb trails ("walked out of the talks, accusing Hamas of reneging, officials said": the
    one who walked out accuses). So is an act coordinated after the quote that closes the reported
    verb's words: "said the decision "lacked factual basis" and warned that Beijing would act"."""
    doc = token.doc
    if token.dep_ == "conj" and reported.dep_ == "ccomp" and same(token.head, reported) and token.i >= 2 and (
            doc[token.i - 1].dep_ == "cc" and doc[token.i - 2].tag_ == "''") and any(
            t.tag_ == "``" for t in doc[reported.head.i + 1:reported.i]):
        return reported.head.lemma_.lower() in plover()["speech_verbs"]
    if reported.dep_ == "ccomp" and token.dep_ == "advcl" and token.tag_ == "VBG" and same(token.head, reported) and (
            token.i > 0 and token.doc[token.i - 1].text == ",") and reported.head.i < reported.i:
        return reported.head.lemma_.lower() in plover()["speech_verbs"]
    described = reported.lemma_ == "be" and any(c.dep_ == "acomp" for c in reported.children)
    past = token.tag_ == "VBD" or token.tag_ == "VBN" and described and not any(
        c.dep_ in {"aux", "auxpass"} for c in token.children)  # a past tense the tagger misread: "was illegal and
    # ordered workers"; not the participle of a shared passive ("was arrested … and accused")
    if token.dep_ != "conj" or not same(token.head, reported) or not past:
        return False
    demanded = reported.tag_ in {"VB", "JJ"} and plover()["verbs"].get(reported.head.lemma_.lower()) == "REQUEST" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in reported.children)  # "demanded that Venezuela free the miners,
    # and said it would …": a past tense cannot share the subjunctive demanded (tagged as an adjective at times)
    unshared = described or demanded or any(c.dep_ in {"aux", "auxpass"} for c in reported.children) and not any(
        c.dep_ == "aux" for c in token.children)
    if reported.dep_ == "acl" and reported.head.lemma_.lower() in REPORT_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in reported.children):
        # "said it was concerned by reports that detainees had been beaten and urged the authorities …"
        return unshared and any(t.lemma_.lower() in plover()["speech_verbs"] for t in reported.head.ancestors)
    return reported.dep_ == "ccomp" and unshared and (demanded or reported.head.lemma_.lower() in plover()["speech_verbs"])


def shared_passive_patient(token: Token) -> Token | None:
    """The patient of a passive verb whose auxiliary a coordinated participle shares: "the
    activist" for "sentenced" in "the activist was arrested in March and sentenced to ten
    years", passive too though no "was" stands before it. A participle the parser hung on a
    gerund clause of that passive ("was arrested while campaigning and charged with treason")
    is coordinated with the passive, as a past participle cannot be with a gerund."""
    if token.dep_ != "conj" or token.tag_ != "VBN" or any(
            c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in token.children):
        return None
    first = token.head.head if token.head.tag_ == "VBG" and token.head.dep_ == "advcl" else token.head
    if not any(c.dep_ == "auxpass" for c in first.children):
        return None
    return next((c for c in first.children if c.dep_ == "nsubjpass"), None)


def withstands(token: Token) -> bool:
    """ "Would not be intimidated", "will not be cowed": pressure its subject says it will not yield
    to, a refusal by the subject (CAMEO 12), with no presser named ("not deterred by the rain")."""
    return token.lemma_.lower() in INTIMIDATING_VERBS and agent_of(token) is None and all(
        any(c.dep_ == dep for c in token.children) for dep in ("auxpass", "neg"))


def _undergoes(token: Token) -> bool:
    """An active verb whose subject suffers the act: "two officials are due to stand trial", "the
    mutineers would face a military court", "the premier survived a no-confidence vote", "the
    crew are due to appear in court"."""
    faced = {"stand": {"trial"}, "face": plover()["verb_objects"]["face"], "survive": plover()["verb_objects"]["survive"]}.get(
        token.lemma_.lower(), {})
    return any(c.dep_ == "dobj" and c.lemma_.lower() in faced for c in token.children) or token.lemma_.lower() == "appear" and any(
        p.dep_ == "prep" and p.lower_ in {"in", "before"} and any(o.lemma_.lower() == "court" for o in p.children)
        for p in token.children)


def mute(phrase: Token) -> bool:
    """A thing or an event, which cannot speak: "the attack", "the law", "the talks"."""
    return phrase.lemma_.lower() in plover()["non_agents"] or noun_kind(phrase) is not None


def agent_of(verb: Token) -> Token | None:
    """Who did it, named in a "by" phrase ("freed by Moscow", "a withdrawal demanded by the
    rulers", not the deadline of "must be held by September") or joined to the participle by a
    hyphen ("Qatar-mediated talks"). Not a "by" phrase the parser hangs on an active verb with a
    subject of its own ("the court suspended a decree by President Petro": the decree's author)."""
    by = next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj" and (
        o.ent_type_ not in {"DATE", "TIME"})), None)
    active = verb.tag_ != "VBN" and any(c.dep_ == "nsubj" for c in verb.children)
    if by is not None and successor_of(verb) is None and not active:
        return by
    return hyphened_agent(verb) or summoned_to(verb)


def successor_of(verb: Token) -> Token | None:
    """Who takes the place in "the governor was replaced by his deputy, Ali Bavi": the "by"
    phrase of a passive "replace" names the successor, not the one who replaced."""
    if verb.lemma_.lower() != "replace" or verb.tag_ != "VBN":
        return None
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)


def summoned_to(verb: Token) -> Token | None:
    """The body one was summoned to, which summoned them: "Uruguay's ambassador was summoned to
    the foreign ministry", "had been summoned to parliament"."""
    if verb.lemma_.lower() != "summon" or verb.tag_ != "VBN":
        return None
    bodies = {*plover()["office_nouns"], *plover()["assembly_nouns"]}
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                 if o.dep_ == "pobj" and (o.ent_type_ in {"ORG", "GPE"} or o.lemma_.lower() in bodies)), None)


def hyphened_agent(verb: Token) -> Token | None:
    """The name before a hyphened participle: Qatar in "Qatar-mediated talks", Turkish in "the
    Turkish-brokered deal"."""
    if verb.tag_ != "VBN" or verb.i < 2 or verb.doc[verb.i - 1].tag_ != "HYPH":
        return None
    return next((c for c in verb.children if c.i == verb.i - 2 and c.ent_type_ in {"GPE", "NORP", "ORG"}), None)


def same(a: Token | None, b: Token | None) -> bool:
    """One token, whatever Python object spaCy handed out for it (``is`` never holds)."""
    return a is not None and b is not None and a.i == b.i


def names_pair(phrase: Token | None) -> bool:
    """ "both sides", "all parties", "the two leaders", "the delegations", "officials from the four parties",
    "the presidents of the two countries", and "the two" or "both" alone as a subject ("X spoke with
    Y, and the two agreed to …"): the parties already in the story, not new actors."""
    if phrase is not None and phrase.dep_ in {"nsubj", "nsubjpass"} and not any(c.dep_ == "prep" for c in phrase.children) and (
            phrase.lower_ == "both" or phrase.lower_ == "two" and any(c.lower_ == "the" for c in phrase.children)):
        return True
    if phrase is None or phrase.pos_ != "NOUN":
        return False
    lex = plover()
    if phrase.lemma_.lower() in lex["party_nouns"] and phrase.tag_ == "NNS" and any(
            c.lower_ in lex["pair_words"] or (c.like_num and c.dep_ == "nummod") for c in phrase.children):
        return True
    if phrase.lower_ in lex["pair_nouns_alone"] and any(c.dep_ == "det" and c.lower_ in {"the", "all"} for c in phrase.children):
        return True
    return any(names_pair(o) for c in phrase.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
               for o in c.children if o.dep_ == "pobj") or any(names_pair(c) for c in phrase.children if c.dep_ == "poss")


def verb_of(token: Token) -> Token:
    """The verb a phrase hangs on ("released … on Saturday" for "Saturday")."""
    return next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), token)


def relation(word: Token, trigger: Token | None) -> str:
    """Where a word (a place, a date) sits against the trigger: under it, in its clause, in a clause above
    it, or elsewhere."""
    if trigger is None:
        return "notrigger"
    if trigger in word.ancestors:
        return "under"
    verb = verb_of(word)
    if verb.i == verb_of(trigger).i:
        return "clause"
    return "above" if verb in trigger.ancestors else "apart"


def distance(word: Token, trigger: Token | None) -> str:
    """The word's token distance from the trigger, bucketed."""
    if trigger is None:
        return "none"
    gap = abs(word.i - trigger.i)
    return str(next((d for d in DISTANCES if gap <= d), "far"))
