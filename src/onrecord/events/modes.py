"""The mode of an event: actual, verbal, future, hypothetical or negated.

A negation, an "if" clause, a speech or intent frame ("said it would", "pledged to") or a
future auxiliary set it; words are ``verbal`` (guide M1, M2), conditions make acts
hypothetical (M3), a denial of an act codes the act, negated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates import parse_published
from ..pipeline import Work
from ..records import Statement
from ..statements import lexicon as cue_lexicon
from .grammar import (
    agent_of,
    hung_on_infinitive,
    infinitive,
    objects_of,
    scheduled,
    subject_of,
    verb_chain,
    verb_of,
    withstands,
)
from .lexicon import CHAMBERS, MODAL_FUTURE, MODAL_HYPOTHETICAL, SPEECH_ACTS, plover, police
from .parties import POSSESSIVE_PRONOUNS, READINESS, participant, reporter, speaker_side
from .triggers import (
    COURTS,
    cleared_of_charge,
    comment_sought,
    declared_void,
    governing_verb,
    kept_silent,
    phrasal_verb,
    voided_by_court,
)
from .when_where import date_among

if TYPE_CHECKING:
    from spacy.tokens import Token


MODAL_POSSIBLE = {"could", "might", "may"}  # only possible, also when the speaker says so ("could withdraw, an aide said")
CONDITIONS = {"if", "unless", "provided", "once", "until"}
DEEDS_WITHHELD = {"release", "free", "extradite", "let", "allow", "admit", "take back", "hand over"}  # "refused to free him"
LEGISLATURES = CHAMBERS | {"lawmaker", "legislator"}  # whose refusal is a vote
JUDGES = {"judge", "justice", "magistrate"}  # titles of one who rules on a request
TELLER_PRONOUNS = {"he", "she", "it", "they", "we"}  # "said she would travel": the teller
REPLYING_VERBS = {"add", "tell", "reply", "react", "write", "insist", "argue", "counter", "hit", "issue", "post", "tweet"}
# "hit back, rejecting the claims": words in reply, not a deed
GRANTS_WITHHELD = {"visa", "accreditation", "access", "entry", "permission", "bail", "asylum"}  # "refused visas to …"


def _no_longer(modifier: Token) -> bool:
    """ "Would no longer accept the quotas": the parser hangs the negation on "longer", not on the verb."""
    return modifier.dep_ == "advmod" and modifier.lower_ == "longer" and any(c.dep_ == "neg" for c in modifier.children)


def mode_of(token: Token, published: str | None, date: str | None) -> str:
    """actual, verbal, future, hypothetical or negated (in that order of precedence reversed)."""
    lex = plover()
    chain = verb_chain(token)
    local = chain[: next((i for i, t in enumerate(chain) if t.dep_ in {"ccomp", "ROOT", "relcl", "parataxis"} or (
        t.dep_ == "advcl" and not infinitive(t)) or t.dep_ == "acl" and t.tag_ in {"VBN", "VBG"} and t.i == token.i or _own_clause(t)),
        len(chain) - 1) + 1]  # "is set to ask", parsed as an advcl, goes on; "are due to begin patrols under a pact signed
    # last year", "has had troops fighting alongside …": the act told by a participle is a clause of its own
    if any(left_open(t) for t in local[1:]):
        return "hypothetical"  # "has not ruled out taking the matter to arbitration": left open, possible
    negative = any(c.dep_ == "neg" or _no_longer(c) for t in local if not any(_instead_of(b, t) for b in local)
                   for c in t.children) or (
        comment_sought(token) is not None) or kept_silent(token)  # S2: only ever told of a comment sought in vain
    # ("unavailable for comment") or of a silence kept ("has remained silent")
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
    if local[-1].dep_ == "ccomp" and local[-1].head.lemma_.lower() in lex["denial_verbs"] and local[-1].i > local[-1].head.i:
        return "negated"  # "denied that it played any part in the arrest"; not the charge of "…, a charge X denied"
    denied = [*objects_of(token), token, *([token.head] if token.dep_ == "acl" else []),  # "there are no plans to deploy"
              *(c for c in token.children if c.dep_ == "nsubj")]  # "no Western government has followed suit"
    if any(c.lower_ == "yet" for t in local[1:] for c in t.children) or any(
            c.dep_ == "det" and c.lower_ == "no" and c.nbor().text != "-"
            or c.dep_ in {"preconj", "det"} and c.lower_ == "neither" for c in denied for c in c.children):
        return "negated"  # "has yet to comment", "gave no details", "neither Germany nor Poland endorsed it"; not "a
        # no-confidence vote"
    if _conditional(token) or _weighed(token) or any(
            c.dep_ == "amod" and c.lower_ in lex["possibility_words"] for c in token.children):
        return "hypothetical"  # "would sign if …", "is to decide whether to charge him", "prepared for a possible incursion"
    auxiliaries = {c.lower_ for t in local for c in t.children if c.dep_ in {"aux", "auxpass"}}
    speech = cue_lexicon()["direct"]
    framed = any(t.lemma_.lower() in speech for t in chain[1:]) or any(
        t.lemma_.lower() in lex["intent_verbs"] or t.lower_ in READINESS for t in local[1:])
    if auxiliaries & MODAL_POSSIBLE or auxiliaries & MODAL_HYPOTHETICAL and not framed:
        return "hypothetical"
    if any(t.lemma_.lower() in lex["intent_verbs"] or t.lower_ in READINESS for t in local[1:]) or _committed_to(local):
        return "verbal"  # a stated intent: "pledged to", "said it was ready to"
    if scheduled(token) or auxiliaries & (MODAL_FUTURE | MODAL_HYPOTHETICAL) or any(
            t.lemma_.lower() in lex["future_verbs"] and below.dep_ != "conj" and not any(c.dep_ == "prt" for c in t.children)
            for below, t in zip(local, local[1:])):
        return "future"  # "is set to block", not "set up a camp and blocked the road": a phrasal verb or a conjunct is an
        # act of its own
    calendared = [token.head] if token.dep_ == "nsubj" else [t for t in local if t.lemma_.lower() == "be"]
    if any(c.dep_ == "acomp" and c.lemma_.lower() in lex["schedule_words"] for t in calendared for c in t.children):
        return "future"  # "a presidential election is due in January", "the envoy is due in Beirut (for talks)": on the
        # calendar
    base = parse_published(published)
    if date and base and date > base.isoformat()[:len(date)] or _awaited(token):
        return "future"  # "holds general elections in June 2027", told in 2026: a month or a year ahead too
    return "actual"


def _committed_to(local: list[Token]) -> bool:
    """M2: an act its source is "committed to" ("committed themselves to sharing tracking data",
    "remained committed to close judicial cooperation") is pledged, not yet done; unlike an act
    committed ("committed abuses"), it hangs on the word through "to"."""
    return any(t.lemma_.lower() in {"commit", "committed"} and (below.dep_ == "prep" and below.lower_ == "to" or infinitive(below))
               for below, t in zip(local, local[1:]))


def _awaited(token: Token) -> bool:
    """ "Stoking unrest ahead of October's general election": what things happen ahead of is still
    to come."""
    return token.pos_ == "NOUN" and token.head.lower_ == "of" and token.head.head.lower_ == "ahead"


def _weighed(token: Token) -> bool:
    """ "A judge is to decide whether to charge the captain", "is due to rule on whether to extend
    his detention": an act still being weighed is only possible (M3), not scheduled."""
    verb = next((t for t in verb_chain(token) if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children)


def _instead_of(token: Token, other: Token) -> bool:
    """ "Would not respond with tariffs and would instead challenge the duty", "was not taking part
    but would share intelligence", "would not dissolve it, and invited lawmakers to talks", "had
    not been consulted and accused Tokyo of …", "would not resign and would appeal": the act
    done in place of a negated one, set against it by "but", told in a finite verb of its own
    beside a bare verb or a participle, or with an auxiliary of its own, is not negated with it; nor is
    what hangs on that act ("would not resign and offered to meet them")."""
    return token.dep_ == "conj" and other.i == token.head.i and (
        any(c.lower_ in {"instead", "rather"} for c in token.children)
        or any(c.dep_ == "cc" and c.lower_ == "but" and other.i < c.i < token.i for c in other.children)
        or token.tag_ in {"VBD", "VBZ"} and other.tag_ in {"VB", "VBN"}
        or any(c.dep_ == "aux" for c in token.children))


def left_open(verb: Token) -> bool:
    """ "did not rule out", "would not rule out": an option its speaker keeps open."""
    return phrasal_verb(verb) == "rule out" and any(c.dep_ == "neg" for c in verb.children)


def _force_kept_open(token: Token, event_type: str) -> bool:
    """T4: force the speaker will not rule out ("would not rule out air strikes on the camps", "did
    not rule out the use of force") is a warning of its use, as "refused to rule out" is, not an
    attack that may happen nor a threat withheld."""
    verb = token if event_type == "THREATEN" else governing_verb(token) if token.pos_ == "NOUN" else token.head
    return event_type in {"ASSAULT", "THREATEN"} and verb is not None and left_open(verb)


def _own_clause(token: Token) -> bool:
    """A coordinated clause with its own subject: "the deal did not cover Israel, and the group
    would keep attacking" does not share the first clause's negation; nor does "refused to
    release him and filed a new charge" share the refusal."""
    return token.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) or hung_on_infinitive(token)


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


def condition_mark(mark: Token) -> bool:
    """A subordinator that sets a condition: "if", "unless", …, "as long as" ("so long as") and "as soon as";
    "once" opening its clause is one too, though the parser often tags it an adverb ("would be
    handed back once Naypyitaw sent a ship"), unlike "had met once"."""
    if mark.dep_ == "advmod" and mark.lower_ == "once" and mark.head.dep_ == "advcl" and mark.i == mark.head.left_edge.i:
        return True
    if mark.dep_ != "mark":
        return False
    return mark.lower_ in CONDITIONS or mark.lower_ == "as" and mark.i >= 2 and (
        mark.nbor(-1).lower_ == "long" and mark.nbor(-2).lower_ in {"as", "so"} or
        mark.nbor(-1).lower_ == "soon" and mark.nbor(-2).lower_ == "as")  # "ready to sign as soon as Madrid is", like "once"


def _conditional(token: Token) -> bool:
    """An "if / unless / until / once" clause on the act or its governors (M3), or "only after"
    ("would ratify only after Kristersson visited")."""
    return any(condition_mark(c) for t in _clause_chain(token) for c in t.children) or bool(conditions(token))


def _clause_chain(token: Token) -> list[Token]:
    """The act and the verbs above it, up to the head of its own clause: in "the strike would go
    on until the government yields, and strikers blocked the highway" the blockade does not
    share the first clause's condition."""
    chain = verb_chain(token)
    return chain[:next((i for i, t in enumerate(chain) if _own_clause(t)), len(chain) - 1) + 1]


def conditions(token: Token) -> list[Token]:
    """The condition clauses hung on the act, its governors, or what spells the act out
    ("file a motion to impeach him if he does not resign") or the purpose of an act not yet done
    ("ready to send troops to restore calm if the SDF asked for them")."""
    def condition(clause: Token) -> bool:
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if marks & {"until", "once"} and _past(clause.head) and not any(
                a.dep_ == "aux" and a.lower_ in MODAL_FUTURE | MODAL_HYPOTHETICAL for v in verb_chain(clause.head) for a in v.children):
            return False  # "fought until the last of them had surrendered", "suspended the talks until the dispute
            # is resolved": an act told as done, how long it lasts, not a condition; "would resume once Ghana
            # cleared the debt" is one, its past only reported speech, and so is "will keep it closed until …"
        return any(condition_mark(m) for m in clause.children) or only_after(clause)
    complements = [c for h in [token, *(o for o in token.children if o.dep_ == "dobj")] for c in h.children
                   if c.dep_ in {"acl", "xcomp"} or c.dep_ == "advcl" and infinitive(c) and not _past(token)]
    governors = [h for t in [*_clause_chain(token), *complements] for h in [t, *(a for a in t.children if a.dep_ == "advmod")]]
    return [c for t in governors for c in t.children if c.dep_ == "advcl" and condition(c)]  # "as long as" hangs on "long"


def only_after(clause: Token) -> bool:
    """A clause of "only after" or "only when" ("would ratify only after Kristersson visited"):
    a condition like "if", though its mark is one of time."""
    return bool({m.lower_ for m in clause.children if m.dep_ == "mark"} & {"after", "when"}) and any(
        m.lower_ == "only" for m in clause.children if m.dep_ == "advmod")


def _past(verb: Token) -> bool:
    """A verb in the past tense ("surrendered", "had surrendered")."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def on_condition(token: Token) -> bool:
    """Hung on an "if", "unless" or "provided" clause (not "until", which only delays)."""
    return any(m.dep_ == "mark" and m.lower_ in {"unless", "if", "provided"} for c in conditions(token) for m in c.children)


def in_words(token: Token, event_type: str, mode: str, announced: bool, quoted: bool) -> tuple[str, str]:
    """How the guide reads an act told in words. T4: an announced use of force, or a
    conflictual act the source makes conditional on the target ("would veto it again if …"),
    is a THREATEN, and a threat is words whatever its condition. M1: accusations, demands,
    praise and refusals made are verbal, formal acts (a veto, a recognition) aside, and so are
    those a quote makes ("Russia is to blame," she said). M2: the source's own announced
    decision, pledge or nomination is verbal; not an election, which is the voters' act, not
    its announcer's ("said elections would be held in June", "announced that Portugal will hold a
    snap election" stay future), unless the announcer's side holds it ("said he would hold a
    referendum", "said the government would hold elections in December")."""
    lex = plover()
    lemma = token.lemma_.lower()
    modal = bool({c.lower_ for c in token.children if c.dep_ == "aux"} & (MODAL_FUTURE | MODAL_HYPOTHETICAL))
    promised = mode == "hypothetical" or mode == "negated" and modal  # "would not carry out strikes unless …"
    formal = (phrasal_verb(token) or lemma) in lex["formal_acts"] or declared_void(token) or voided_by_court(token) or (
        refused_by_deed(token)) or cleared_of_charge(token)
    # a veto, a court's voiding, a refusal carried out, an acquittal
    refused = event_type == "REJECT" and not formal
    if (refused or event_type == "REQUEST" and token.tag_ != "VB") and mode == "hypothetical" and not modal and (
            _conditional(token)):
        return event_type, "verbal"  # "ruled out talks unless Freedonia withdraws", "urged the government to close the
        # border if the pushbacks continued": the refusal or the demand is made, its condition is content (X2); not
        # "pledged to seek a loan if elected", a demand not yet made
    if refused and mode == "negated" and withstands(token):
        return "REJECT", "verbal"  # "would not be intimidated": the refusal is what is said, not denied
    policing = event_type == "MOBILIZE" and any(police(o) for o in objects_of(token))  # "ready to deploy police officers to
    # the crossings if Hamas steps aside": order kept, nobody threatened
    if event_type in lex["conflict_types"] and not refused and not policing and promised and _conditional(token) and not (
            _on_request(token, event_type)) or (
            event_type == "ASSAULT" and (mode == "verbal" or mode == "future" and (announced or _pledged(token)))) or (
            _force_kept_open(token, event_type)):
        return "THREATEN", "verbal"
    if event_type == "THREATEN" and mode != "negated" or mode == "future" and (
            (announced or _pledged(token) or lemma in lex["pledge_verbs"]) and (event_type != "ELECTION" or (
                token.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.ent_type_ != "GPE" for c in token.children)))
            or quoted and event_type in lex["speech_acts"]):  # "invited lawmakers to talks on Friday": an offer made now
        return event_type, "verbal"
    if mode == "actual" and announced and token.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in {"is", "are", "'s", "'re"} for c in token.children):
        return event_type, "verbal"  # "Germany is closing the consulates, its minister said": a decision told
    nominated = event_type == "APPOINT" and (lemma in lex["nomination_verbs"] or any(
        cue in token.sent.text for cue in lex["pending_cues"]))  # "named X as prime minister, subject to approval"
    if mode == "actual" and (event_type in SPEECH_ACTS or event_type in lex["speech_acts"] and (
            not formal)  # "threw out the case", not "threw their support behind"
                             or lemma in lex["pledge_verbs"] or _pledged(token) or nominated or (
                                 event_type == "DISMISS" and _motion_moved(token))):
        return event_type, "verbal"
    return event_type, mode


def _motion_moved(token: Token) -> bool:
    """A motion tabled or filed ("tabled a no-confidence motion", "the motion, tabled by the
    opposition", "the motion was filed by 92 members"): a call for the removal, put to a vote,
    not the removal (M2)."""
    moved = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] + ([token.head] if token.dep_ == "acl" else [])
    return any(m.lemma_.lower() == "motion" for m in moved)


def _deciding_body(doer: Token) -> bool:
    """Who refuses by deciding: a court or a chamber, or a judge by title ("Judge Irina
    Sokolova", "Justice Bello of the Federal High Court", "a magistrate"); not an election
    commission, whose rejected complaints the gold reads as words as often as rulings."""
    titles = {c.lemma_.lower() for c in doer.children if c.dep_ in {"compound", "amod"}}
    return bool(doer.lemma_.lower() in COURTS | LEGISLATURES | JUDGES or titles & JUDGES)


def refused_by_deed(token: Token) -> bool:
    """T6: a refusal carried out, not only said: decided by a court or an assembly ("the Supreme
    Court refused to extradite him", "parliament rejected the proposal"), or withholding what only
    a deed gives ("refused to release him", "refused to let the ship dock", "refused visas to the
    journalists")."""
    lex = plover()
    if token.lemma_.lower() not in lex["refusal_verbs"]:
        return False
    doer = subject_of(token)[0]
    if doer is not None and _deciding_body(doer):
        return True
    if token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.tag_ == "VBD" and (
            token.head.lemma_.lower() not in {*lex["speech_verbs"], *REPLYING_VERBS}):
        return True  # "extended the ban, rejecting an appeal from Pretoria", "hanged the man, rejecting appeals for clemency":
        # the act done carries the refusal out
    return any(c.dep_ == "xcomp" and (phrasal_verb(c) or c.lemma_.lower()) in DEEDS_WITHHELD or (
        c.dep_ in {"dobj", "dative"} and c.lemma_.lower() in GRANTS_WITHHELD) for c in token.children)


def _on_request(token: Token, event_type: str) -> bool:
    """Forces offered on the condition that someone asks for them ("was ready to deploy more
    battalions if Kinshasa asked for them"): help held out to the asker, no threat against it
    (T4), so the deployment stays hypothetical (M3)."""
    found = conditions(token)
    return event_type == "MOBILIZE" and bool(found) and all(
        plover()["verbs"].get(c.lemma_.lower()) == "REQUEST" for c in found)


def _pledged(token: Token) -> bool:
    """M2: an act named as what was announced or pledged, as its object ("announced a two-week
    pause", "announced his resignation") or as what will be done ("announced he would step
    down"), is the source's word on its own act, not yet the act."""
    will = {c.lower_ for c in token.children if c.dep_ == "aux"} & (MODAL_FUTURE | MODAL_HYPOTHETICAL)
    return (token.dep_ == "dobj" or token.dep_ == "ccomp" and bool(will)) and token.head.lemma_.lower() in plover()[
        "pledge_verbs"]


def was_announced(work: Work, token: Token, subject: Token | None, statement: Statement | None,
               source_country: str | None) -> bool:
    """M2: the act is told as its source's own decision ("Poland will close the consulate, its
    foreign minister said", "announced it would leave"), not scheduled in the narrator's voice
    ("is due to", "is expected to"), nor a court's act told by another ("he will be tried by a
    military court, the ministry said")."""
    judge = agent_of(token)
    if judge is not None and judge.lemma_.lower() in COURTS:
        return False  # "he will be tried by a military court, the ministry said": the court's act, not the teller's word
    teller = _attribution(token)
    told_by = speaker_side(work, statement) if statement is not None else (
        participant(work, subject_of(teller)[0], None)[1] if teller is not None else None)
    own = subject is not None and reporter(subject) is not None or (source_country is not None and told_by == source_country) or (
        source_country is not None and told_by is None and teller is not None and _office_speaking(subject_of(teller)[0])) or (
        source_country is None and teller is not None and _office_speaking(subject)) or (  # "the prime minister's office said a
        # deputy prime minister would meet residents": an office of the teller's own side
        _teller_itself(subject, teller))
    if not own:
        return False
    return not scheduled(token) and not any(t.lemma_.lower() in plover()["schedule_words"] for t in verb_chain(token)[1:4])


def _teller_itself(subject: Token | None, teller: Token | None) -> bool:
    """The act's doer is the teller, or the teller's own: "the envoy said she would travel to
    Pristina", "the bloc said its chairman would travel to both capitals" (a doer of no country,
    where the countries cannot tell it)."""
    if subject is None or teller is None or subject_of(teller)[0] is None or not teller.i < subject.i:
        return False
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return subject.lower_ in TELLER_PRONOUNS or owner is not None and owner.lower_ in POSSESSIVE_PRONOUNS


def _office_speaking(speaker: Token | None) -> bool:
    """ "Poland will send jets, the defence minister said": an office named without a country of
    its own speaks for the state whose act it tells (guide, section 3), so the act is announced."""
    return speaker is not None and speaker.lemma_.lower() in plover()["office_nouns"] and not any(
        t.ent_type_ in {"GPE", "NORP", "PERSON"} for t in speaker.subtree)


def convened(token: Token) -> bool:
    """A protest, strike or election that is called ("called for protests", "called an election")
    is summoned for a later day."""
    return "call" in {token.lemma_.lower(), verb_of(token).lemma_.lower()}


def is_called_off(token: Token) -> bool:
    """The act did not happen for its source: postponed, cancelled, annulled or lost, by its verb
    ("delayed the vote", "lost his seat"), a participle on its noun ("the annulled vote") or the
    verb its noun hangs on ("annulled the result of the election")."""
    called_off = plover()["undone_verbs"]
    undoer = governing_verb(token) if token.pos_ == "NOUN" else None
    return (phrasal_verb(token) or token.lemma_.lower()) in called_off or any(
        c.dep_ == "amod" and c.lemma_.lower() in called_off for c in token.children) or (
        undoer is not None and (phrasal_verb(undoer) or undoer.lemma_.lower()) in called_off)


def _attribution(token: Token) -> Token | None:
    """The speech verb that tells of the act: above it ("announced it would leave") or trailing
    it ("Armenia will leave the CSTO, the prime minister told parliament")."""
    told = [*token.ancestors, *(c for c in token.children if c.dep_ in {"conj", "parataxis"})]
    return next((t for t in told if t.lemma_.lower() in cue_lexicon()["direct"]), None)


def told_on(work: Work, token: Token, statement: Statement | None) -> str | None:
    """The day an act was told: the date on its speech verb ("announced on Monday it would
    leave"), else the statement's; not the date of a speech verb joined after it that tells words
    of its own ("summoned the envoy on Wednesday and said on Thursday it would close a crossing")."""
    speech = _attribution(token)
    own_words = speech is not None and speech.head == token and any(c.dep_ == "ccomp" for c in speech.children)
    if own_words:
        return None
    told = date_among(work, token.sent, {speech.i}, ahead=False) if speech is not None else None
    return told or (statement.date if statement is not None else None)
