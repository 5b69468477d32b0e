"""What an event noun names: "the talks" CONSULT, "martial law" COERCE, "a pause in the strikes" RETREAT.

The lowest layer of the stage: the grammar needs it to tell things that act ("the army")
from events that cannot ("the attack").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import labour_word, plover

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


ANAPHORIC = {"the", "this", "these", "that", "those"}
GENERIC = {"any", "every", "each", "such"}
GENERIC_PRONOUNS = {"anyone", "anybody", "everyone", "everybody", "whoever", "whichever"}  # "anyone who joins"


def generic(noun: Token) -> bool:
    """A noun that stands for any member of a kind: "any attack", "every state", "anyone"; or one that
    names the act told as one of its kind ("its fifth such incursion this month", X1)."""
    return noun.lower_ in GENERIC_PRONOUNS or any(
        (c.dep_ == "det" or c.dep_ in {"amod", "predet"} and c.lower_ == "such") and c.lower_ in GENERIC for c in noun.children)


def noun_kind(token: Token) -> str | None:
    """The type a listed event noun names: "martial law" and "general strike" by their modifier first."""
    nouns = plover()["nouns"]
    if _on_alert(token):
        return "MOBILIZE"
    if halted(token) is not None:
        return "RETREAT"
    sides = {"fighting": {"between", "with"}, "war": {"between"}}.get(token.lower_, set())
    if any(c.dep_ == "prep" and c.lower_ in sides for c in told_with(token)):
        return "ASSAULT"  # "fighting between the army and the rebels", "since war broke out between the army and the
        # militia": combat of named sides, not "since fighting broke out", not "its war with Russia" (a standing state)
    if token.lemma_.lower() == "clash" and (sides := _sides_between(token)):
        return "PROTEST" if _crowd_against_others(sides) else "ASSAULT"
    modifiers = [*token.children, *(a for c in token.children if c.dep_ == "compound" for a in c.subtree if a.dep_ == "amod")]
    for child in modifiers:  # "joint (polio) vaccination drives": "joint" hangs on a compound before the noun
        if child.dep_ in {"amod", "compound"} and child.i < token.i and not _of_event(token):
            joint = "-" if child.i + 2 == token.i and child.nbor().text == "-" else " "  # "sit-in", split at the hyphen
            kind = nouns.get(f"{child.lower_}{joint}{token.lower_}") or nouns.get(
                f"{child.lemma_.lower()}{joint}{token.lemma_.lower()}")
            if kind is not None:
                return "CONSULT" if token.lemma_.lower() == "round" and _talks_told(token) else kind
    kind = nouns.get(token.lower_) or nouns.get(token.lemma_.lower()) or _measure_on(token) or _closing_of(token)
    if token.lemma_.lower() == "expulsion":  # who is expelled says what it is, as for the verb: diplomats, a correspondent
        # or migrants
        expelled = {**plover()["verb_objects"]["expel"], **{s: "COERCE" for s in plover()["stranger_nouns"]}}
        kind = next((expelled[o.lemma_.lower()] for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.lemma_.lower() in expelled), kind)
    if token.lemma_.lower() == "removal" and token.tag_ == "NNS":
        kind = "COERCE"  # "removals from Mayotte would continue", "further removals would follow": deportations, not an
        # office holder removed (T3)
    if kind == "ASSAULT" and token.lemma_.lower() == "strike" and (_labour_context(token.sent) or _gone_on(token) or any(
            c.dep_ == "acl" and c.lemma_.lower() == "call" for c in token.children) or (
            token.dep_ == "dobj" and token.head.lemma_.lower() == "hold")):
        return "PROTEST"  # "the strike shut down airports", "dockers went on strike", "a strike called by the civic
        # committee", "residents held a strike": workers, not missiles
    if kind == "CONCEDE" and _swap_of_free_people_or_things(token):
        return None  # "an exchange of views", "full exchanges of fans": no captives handed over
    return kind


def _swap_of_free_people_or_things(token: Token) -> bool:
    """An exchange "of" what nobody holds captive ("of views", "of fans", "of letters"), unlike
    "an exchange of prisoners" or "of bodies"."""
    lex = plover()
    if token.lemma_.lower() not in lex["exchange_words"]:
        return False
    swapped = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    captives = {*lex["person_nouns"], *lex["inmate_nouns"], "body", "remains", "pow", "soldier", "captive"}
    return bool(swapped) and not any(o.lemma_.lower() in captives or o.ent_type_ in {"PERSON", "NORP", "CARDINAL"} or o.like_num
                                     for o in swapped)


def _measure_on(token: Token) -> str | None:
    """ "a ban on exports of gallium", "a ban on rallies": a new measure named by its verb's noun,
    typed by what it falls on as the verb is ("banned exports" SANCTION, "banned rallies" COERCE);
    "the ban on exports" is one told before."""
    if any(c.dep_ == "det" and c.lower_ in ANAPHORIC for c in token.children):
        return None
    return measure_kind(token)


def measure_kind(token: Token) -> str | None:
    """The type of a measure noun by what it falls on ("a ban on imports" SANCTION, "the ban on
    rallies" COERCE), whether or not it was told before: a verb acting on it ("extended the ban
    on imports") takes that type."""
    if token.lemma_.lower() not in plover()["measure_nouns"]:
        return None
    by_object = plover()["verb_objects"].get(token.lemma_.lower())
    return next((by_object[o.lemma_.lower()] for p in token.children if p.dep_ == "prep" and p.lower_ == "on"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in by_object), None) if by_object else None


def _closing_of(token: Token) -> str | None:
    """ "the closure of three news websites", "the shutdown of two radio stations", "the closure of
    the crossing will take effect on Monday": a closing named by its noun, typed by what is closed
    as the closing verb is (websites and radio COERCE, an embassy or a border crossing SANCTION)."""
    lex = plover()
    closed = lex["verb_objects"].get(lex["nominal_verbs"].get(token.lemma_.lower(), ""), {})
    return next((closed[w.lemma_.lower()] for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" for w in [o, *(c for c in o.children if c.dep_ == "compound")]
                 if w.lemma_.lower() in closed), None)


def _of_event(token: Token) -> bool:
    """ "the second round of talks", "a new round of strikes": the noun after "of" names the act,
    so "second round" is read as a vote only when it stands alone."""
    return any(noun_kind(o) is not None for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


def _talks_told(token: Token) -> bool:
    """A round in a sentence about talks is one of talks: "negotiators met in Muscat and agreed to
    hold a second round", not "the second round on May 2"; so is a round after the article has
    named "the first round of talks" ("The second round is due in November"), or in an article
    that has told of talks and of no vote before it."""
    lex = plover()
    before = token.doc[:token.sent.start]
    kinds = {lex["nouns"].get(t.lemma_.lower()) for t in before if t.lemma_.lower() != "round"}
    return any(t.i != token.i and (lex["nouns"].get(t.lemma_.lower()) == "CONSULT" or t.pos_ == "VERB" and (
        t.lemma_.lower() in lex["sitting_verbs"] or t.lemma_.lower() == "negotiate")) for t in token.sent) or any(
        t.lemma_.lower() == "round" and _of_event(t) and noun_kind(o) == "CONSULT" for t in before
        for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children) or (
        "CONSULT" in kinds and "ELECTION" not in kinds)


def told_with(token: Token) -> list[Token]:
    """The noun's dependents, and a "between" phrase that its verb carries for it: "war broke out
    between the army and the militia" names the sides of the war on the verb."""
    return [*token.children, *(c for c in token.head.children
                               if token.dep_ == "nsubj" and c.dep_ == "prep" and c.lower_ == "between")]


def _sides_between(token: Token) -> list[Token]:
    """The sides of "clashes between the army and the rebels", conjuncts included."""
    sides = [o for p in told_with(token) if p.dep_ == "prep" and p.lower_ == "between" for o in p.children if o.dep_ == "pobj"]
    return sides + [c for s in sides for c in s.conjuncts if c not in sides]


def fought_out(token: Token) -> bool:
    """Two-sided fighting named by its noun with its sides: "clashes between the army and the
    rebels", "took the town after a day of fighting with government troops". Each side fights the
    other (guide ASSAULT: all sides are sources), so the act is told once per side."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in plover()["combat_nouns"] or noun_kind(token) != "ASSAULT":
        return False
    return len(_sides_between(token)) > 1 or any(c.dep_ == "prep" and c.lower_ == "with" and any(
        o.dep_ == "pobj" for o in c.children) for c in token.children)


def _crowd_against_others(sides: list[Token]) -> bool:
    """A crowd facing police or troops protests ("clashes between students and riot police"); rival
    crowds or armed sides fighting each other assault ("clashes between the two parties' supporters")."""
    crowd = plover()["crowd_words"]
    crowds = [s for s in sides if s.lemma_.lower() in crowd or s.lower_ in crowd]
    return bool(crowds) and len(crowds) < len(sides)


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


def halted(token: Token) -> Token | None:
    """The hostile act that "a two-week pause in offensive operations", "a halt to the strikes"
    stop: the pause is the event (RETREAT), the act paused is only what it is about."""
    if token.lemma_.lower() not in plover()["halting_nouns"]:
        return None
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ in {"in", "of", "to"}
                 for o in p.children if o.dep_ == "pobj" and noun_kind(o) == "ASSAULT"), None)


def _gone_on(token: Token) -> bool:
    """ "went on strike", "remain on strike": a state people are in, never a missile strike."""
    return token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_.lower() in plover()["placing_verbs"]


def _labour_context(sentence: Span) -> bool:
    """Working people in the sentence, also a "-worker" compound ("dockworkers began a 48-hour strike")."""
    return any(labour_word(t) for t in sentence)
