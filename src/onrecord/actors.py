"""Actor stage: who is mentioned in one article, each person or body once.

Named entities from the shared parse become mentions; mentions of one person inside one
article are merged ("Sergei Lavrov" … "Lavrov" … "Lavrov’s"), surnames that the model
tagged as an organisation are repaired, and titles in front of a name become roles
("Russian Foreign Minister Sergei Lavrov" → role Foreign Minister, country RUS, sector
GOV). Countries, capitals and institutions map to country actors through the gazetteer.
Cross-article identity (Sergei = Sergey) is the resolver's job, not this stage's.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from itertools import dropwhile, takewhile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .gazetteer import (Location, Place, country_name, dateline_country_named, dateline_place, demonym, fold,
                        institution_names, is_city, is_landform, locate, longest_place, lookup, national_force,
                        population)
from .pipeline import Work, register_stage
from .records import Actor, Mention, mention_at, stable_id
from .resolve import register_resolver
from .store import Store

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

POSSESSIVE = re.compile(r"(’s|'s|’|')$")


@lru_cache(maxsize=1)
def knowledge() -> dict[str, dict]:
    """Titles (role words → sector) and international organisations, from package data."""
    data = json.loads(resources.files("onrecord.data").joinpath("actor_knowledge.json").read_text("utf-8"))
    data["igos"] = {fold(alias): name for alias, name in data["igos"].items()}
    data["party_names"] = list(data["parties"])  # as written ("pakistan tehreek-e-insaf"), to find in text
    data["parties"] = {fold(name): iso3 for name, iso3 in data["parties"].items()}
    return data


def actor_id(kind: str, name: str) -> str:
    """The id of a canonical actor: the same name and kind give the same id everywhere."""
    return stable_id(kind, fold(name), prefix="act_")


TITLE_MODIFIERS = {"managing", "acting", "interim", "director"}


def _title_length(span: Span) -> int:
    """How many words in front of a person's name are a title the model took into it."""
    titles: dict[str, str] = knowledge()["titles"]
    start = 0
    while span.label_ == "PERSON" and len(span) - start > 2 and (span[start].lower_ in titles
                                                                 or span[start].lower_ in TITLE_MODIFIERS):
        start += 1
    return start


def _title_in_name(span: Span) -> str:
    """The title the model took into a person's name ("Managing Director"), or ""."""
    return span[:_title_length(span)].text


def _clean_name(span: Span) -> tuple[str, int]:
    """Entity text without a possessive ending or leading "the", nor title words the model
    took into a name ("Managing Director Kristalina Georgieva"); and its end char."""
    text = span[_title_length(span):].text
    end = span.end_char
    stripped = POSSESSIVE.sub("", text)
    end -= len(text) - len(stripped)
    return stripped.strip(), end


def sector_of_role(role: str) -> str | None:
    """The sector a role names: a title phrase first ("attorney general" → JUD), then a
    specific word over the generic government one ("opposition leader" → OPP), then an
    organisation inside the role ("WFP Executive Director" → IGO), or a bloc's own title
    ("European Trade Commissioner" → IGO). Former heads of state and government are elites (ELI)."""
    knowledge_ = knowledge()
    lowered = fold(role)
    if _former_head(role):
        return "ELI"  # a former head of state or government ("jailed former prime minister"): CAMEO's elites
    words = lowered.split()
    if words and words[-1] in knowledge_["bloc_titles"].get(words[0], []):
        return "IGO"  # "European Trade Commissioner": a member of the bloc's executive, whatever the portfolio
    for phrase, sector in knowledge_["title_phrases"].items():
        if phrase in lowered:
            return sector
    employer = _employer_words(words)  # "ambassador to the UN" serves a country
    if _igo_words(employer) or lowered in knowledge_["igos"]:
        return "IGO"
    for size in (3, 2, 1):  # "Hamas spokesman" → REB, "Pentagon spokesman" → MIL
        for start in range(len(words) - size + 1):
            place = lookup(" ".join(words[start:start + size]))
            if place is not None and place.kind == "institution" and place.sector not in {None, "GOV"} \
                    and not is_city(" ".join(words[start:start + size])):
                return place.sector
    titles = knowledge_["titles"]
    singular = [w if w in titles or not w.endswith("s") else w[:-1] for w in words]  # "two governors"
    sectors = [titles[w] for w in singular if w in titles]
    specific = [s for s in sectors if s != "GOV"]
    return (specific or sectors or [None])[-1]


ROLE_OBJECT_WORDS = {"to", "for", "at", "on"}
SERVING_TITLES = {"adviser", "advisor", "aide", "counsellor", "spokesman", "spokeswoman", "spokesperson", "assistant"}


LONGEST_BODY_NAME = 8  # words: "Organization for Security and Co-operation in Europe" has six


NATIONAL_TOO = {"security council", "general assembly"}  # many states have one: "Russian Security Council secretary"


def _igo_words(words: list[str]) -> set[int]:
    """Positions of the words that name an international body, one word ("UN") or several
    ("envoy of the Association of Southeast Asian Nations")."""
    igos = knowledge()["igos"]
    folded = [fold(w) for w in words]
    return {i for start in range(len(folded)) for end in range(start + 1, min(start + LONGEST_BODY_NAME, len(folded)) + 1)
            if (name := " ".join(folded[start:end])) in igos and name not in NATIONAL_TOO for i in range(start, end)}


def _employer_words(words: list[str]) -> list[str]:
    """The words of a role up to what it is directed at ("envoy | to Sudan", "head of the
    agency | for refugees"); an adviser or spokesman "to the President" serves that office.
    An ambassador serves their own country, whatever body they are posted to ("UN ambassador")."""
    if any(w.lower() == "ambassador" for w in words):
        body = _igo_words(words)
        words = [w for i, w in enumerate(words) if i not in body]
    for i, word in enumerate(words):
        if word.lower() in ROLE_OBJECT_WORDS and not (i and words[i - 1].lower() in SERVING_TITLES):
            return words[:i]
    return words


def country_of_role(words: list[str]) -> str | None:
    """A country named inside a role: "State Department spokesman" → USA; not one the role
    serves or is sent to ("head of the UN agency for Palestinian refugees", "envoy to Sudan").
    Only words written as names count: "an economist with no party" works for no "Economist"."""
    named = [word if word[:1].isupper() or not word[:1].isalpha() else "" for word in _employer_words(words)]
    place = longest_place(named, {"institution", "country", "demonym"})
    return place.iso3 if place is not None else None


def _possessive_country(doc: Doc, i: int, floor: int) -> str | None:
    """ "Pakistan's Deputy Prime Minister and Foreign Minister …": the owner left of the titles."""
    titles: dict[str, str] = knowledge()["titles"]
    while i > floor:
        token = doc[i]
        if token.tag_ == "POS" and (doc[i - 1].ent_type_ in {"GPE", "NORP", "ORG"} or _misread_country(doc[i - 1])):
            owner = doc[i - 1]  # "South Sudan's President": "South" hangs on "Sudan" outside the entity
            start = min([owner.i, *(c.i for c in owner.children if c.dep_ == "compound" and c.i < owner.i)])
            while start > floor and doc[start].ent_iob_ == "I":  # "Sierra Leone's": the whole name, however parsed
                start -= 1
            # a name the model took for an organisation counts only when it is a country's ("Sierra Leone's" as ORG)
            kinds = {"country"} if owner.ent_type_ in {"ORG", "PERSON", ""} else {"country", "capital", "institution", "demonym"}
            place = longest_place([t.text for t in doc[start:owner.i + 1]], kinds)
            return place.iso3 if place is not None else None
        if not (token.lower_ in {"and", ","} or token.lower_ in titles or token.text[:1].isupper()):
            return None
        i -= 1
    return None


def _misread_country(token: Token) -> bool:
    """A proper noun the model left untagged or took for a person that names a country ("Niue's premier")."""
    place = lookup(token.text) if token.pos_ == "PROPN" and token.ent_type_ in {"", "PERSON"} else None
    return place is not None and place.kind == "country"


def role_before(span: Span) -> tuple[list[str], str | None, str | None]:
    """Title words directly in front of a name: roles, their sector, and a country.

    "Russian Foreign Minister Sergei Lavrov" → (["Foreign Minister"], "GOV", "RUS").
    """
    titles: dict[str, str] = knowledge()["titles"]
    doc = span.doc
    words: list[str] = []
    i = span.start - 1
    while i >= span.sent.start:
        token = doc[i]
        if token.text == "-" and words and i - 1 >= span.sent.start and doc[i - 1].text[:1].isupper():
            words[0] = f"{doc[i - 1].text}-{words[0]}"  # "Secretary-General": one title the tokenizer split
            i -= 2
            continue
        if token.lower_ in TRANSIENT_WORDS and words and token.ent_type_ != "GPE" and not _region_country([token.text, *words]):
            i -= 1  # "Azerbaijan's visiting Prime Minister": the office is the same; "New Mexico Governor",
            continue  # "New South Wales Premier" (untagged): a place's name
        if token.is_punct or token.like_num and not (token.text == "First" and words) or token.pos_ in {
                "VERB", "AUX", "ADP", "DET", "PRON", "CCONJ"}:
            break  # "First Minister", "First Deputy Prime Minister": the ordinal is part of the title
        portfolio = token.pos_ in {"NOUN", "ADJ"} and token.dep_ in {"compound", "amod"} and token.head.i > i
        if not (token.text[:1].isupper() or token.lower_ in titles or portfolio and words):
            break  # "U.S. climate envoy John Podesta": a lowercase word inside the title is part of it
        if token.ent_type_ == "PERSON":
            break
        words.insert(0, token.text)
        i -= 1
    country = _possessive_country(doc, i, span.sent.start)
    nationality = 0  # the leading words that name a country: "Bosnian Serb leader", "British Columbia Premier"
    while run := _place_run(words, nationality):
        nationality += run
    named = longest_place(words[:nationality], {"demonym", "country"})
    country = named.iso3 if named is not None else country
    role_words = words[nationality:]
    if not role_words:
        return [], None, None if _role_object(doc, i, span.sent.start) else country
    sector = sector_of_role(" ".join(role_words)) if any(
        part in titles for w in role_words for part in w.lower().split("-")) else None
    if sector is None:
        return [], None, None
    return [" ".join(role_words)], sector, country or country_of_role(role_words) or _region_country(role_words)


def _role_object(doc: Doc, i: int, floor: int) -> bool:
    """Whether the words after ``doc[i]`` are what a title is directed at ("Ambassador to
    (the) Kenya"), not the holder's nationality."""
    if i >= floor + 1 and doc[i].lower_ == "the":
        i -= 1
    return i >= floor and doc[i].lower_ in ROLE_OBJECT_WORDS


def _place_run(words: list[str], start: int) -> int:
    """How many words from ``start`` name a country or nationality, longest first, so that a
    region holding another country's name ("British Columbia") is read whole."""
    return next((size for size in (3, 2, 1) if start + size <= len(words)
                 and (place := lookup(" ".join(words[start:start + size]))) is not None
                 and place.kind in {"demonym", "country"}), 0)


def _region_country(words: list[str]) -> str | None:
    """The country of a first-level region opening a title or an organisation's name: "Tamil Nadu
    Chief Minister", "Texas Governor", "Texas National Guard"; not of a town, whose name is too
    often a word ("Federal", "Union"), nor of a city that names a body ("the Paris Club")."""
    for size in (3, 2, 1):
        where = _first_level_region(" ".join(words[:size])) if len(words) > size else None
        if where is not None and where.iso3:
            return where.iso3
    return None


def _first_level_region(name: str) -> Location | None:
    """A state, province or region: a place the gazetteer knows with no coordinates of its own
    ("Texas", "Sindh", "Puntland"; never a bare compass word, ``gazetteer.WORD_REGIONS``)."""
    where = locate(name)
    return where if where is not None and where.latitude is None else None


def _described_nationality(span: Span) -> str | None:
    """The nationality of the noun a name stands beside when that noun is no title: "Danish aid
    worker Mads Kjeldsen", "a British journalist, Tom Reed", "Silala Minera, the Chilean firm"
    (``role_before`` reads only titles); of a dual nationality the first ("a British-Iranian
    charity worker" is British: the country that claims the person against the one holding them)."""
    root = span.root
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "compound" and c.i < span.start or c.dep_ == "appos" and c.pos_ == "NOUN"]
    return next((place.iso3 for noun in nouns for c in noun.children
                 if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}
                 and (place := lookup((hyphen_partner(c) or c).text)) is not None and place.kind in {"demonym", "country"}),
                None)


def hyphen_partner(modifier: Token) -> Token | None:
    """The first nationality of a hyphenated pair ("the Israeli-Egyptian blockade", "a
    British-Iranian worker"), which the parser hangs under the second."""
    return next((c for c in modifier.children if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}
                 and c.i + 2 == modifier.i and c.nbor().text == "-"), None)


LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "from", "via"}


def is_location(span: Span) -> bool:
    """A place where something happens ("talks in Vienna"), not an actor ("Vienna said");
    a dateline ("OHRID, North Macedonia -") and the seat of a body ("the Hague-based court")
    are places too. "From" on a noun names a source ("pressure from Washington"), which acts;
    "in" on a word of trust its object ("confidence in the army")."""
    head = span.root.head
    source = head.lower_ == "from" and head.head.pos_ == "NOUN"
    trusted = head.lower_ == "in" and head.head.lemma_.lower() in TRUST_NOUNS  # "full confidence in the coast guard"
    return (span.root.dep_ == "pobj" and head.pos_ == "ADP" and head.lower_ in LOCATIVE and not source and not trusted) or (
        is_dateline(span)) or span.root.i in seat_words(head.head)


TRUST_NOUNS = {"confidence", "faith", "trust"}  # what one has or expresses in somebody, who is the target


def seat_words(head: Token) -> set[int]:
    """Positions of the words naming where a body sits, not whose it is: "Hague" and "-based"
    of "the Hague-based court"."""
    return {t.i for c in head.children if c.dep_ == "amod" and c.lower_ == "based" for t in c.subtree}



def _sentence_setting(span: Span) -> str | None:
    """The country of a capital or a country that opens the sentence as its setting ("In Kyiv,
    …"; "In Banjul, …" with "Banjul" tagged ORG, "In Bissau, …" with "Bissau" tagged LOC; "In
    Paraguay, whose exports are stranded, the government asked …")."""
    sent = span.sent
    if len(sent) > 3 and sent[0].lower_ in {"in", "from"} and sent[1].ent_type_ in {"GPE", "LOC", *MISTAGGED_PLACE_LABELS}:
        end = next((t.i for t in sent[1:] if t.ent_iob_ != "I" and t.i > sent[1].i), sent[1].i + 1)
        name = sent.doc[sent[1].i:end].text
        place = lookup(name)
        if place is not None and (is_city(name) or place.kind == "country") and sent.doc[end].text == ",":
            return place.iso3
    return None


def _setting_country(doc: Doc, actor: Actor, mentions: list[Mention]) -> str | None:
    """The country of the capital that sets the scene of an institution named without a country
    ("In Lima, Congress voted …" in a story from Madrid is Peru's Congress)."""
    spans = (doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions if m.actor_id == actor.id)
    return next((c for span in spans if span is not None and (c := _sentence_setting(span))), None)


HEADLINE_LENGTH = 200  # characters: a first line no longer than this, with no full stop, is a headline


def headline_length(doc: Doc) -> int:
    """How many characters the scraped headline that opens the text takes (0 when it opens
    with the story itself)."""
    first = doc.text.partition("\n")[0]
    is_headline = len(first) <= HEADLINE_LENGTH and not first.rstrip().endswith((".", "!", "?", '"', "”"))
    return len(first) if is_headline else 0


def dateline_country(doc: Doc) -> str | None:
    """The country of the dateline that opens the article ("ABUJA —" → NGA), read from the
    text: the model often tags only part of an upper-case name ("CAPE" of "CAPE TOWN"). A
    scraped text often opens with its headline, a short line with no full stop: the dateline
    is then the next paragraph's. A bare dateline names a capital or a large city: the capital
    of a country the story names, before a larger namesake elsewhere ("SAN JOSE" in a story
    about Costa Rica), but not a town of a named country before a capital ("LONDON" is not
    Ontario's in a story about Canada); a small town that is no capital is the namesake in a
    country the story names, before a larger one elsewhere ("BUKA" in a story about Papua New
    Guinea's Bougainville, not Uzbekistan's), but a city ("GENEVA") is its own. A town the
    gazetteer does not know is placed by the country the dateline names after it ("CHIATURA,
    Georgia, Feb 26 …")."""
    rest = doc.text.partition("\n")[2]
    opening = doc.user_data.get("dateline") or doc.text[:80]
    name = dateline_place(opening) or (dateline_place(rest.lstrip()[:80]) if headline_length(doc) else None)
    if name is None:
        return dateline_country_named(opening)
    capital = lookup(name)
    named = set(country_counts(doc))
    if capital is not None and capital.kind == "capital":
        named &= {capital.iso3}
    elif population(name) >= KNOWN_CITY:
        named = set()  # "GENEVA" is Switzerland's, whatever countries the story names
    place = locate(name, named)
    return place.iso3 if place is not None else None


KNOWN_CITY = 100_000  # people: a dateline city this large is the one of that name, not a namesake in a named country


def is_dateline(span: Span) -> bool:
    """An upper-case place name opening a paragraph, followed by a comma or a dash (which
    the model sometimes takes into the entity: "CHANDIGARH —"), or part of such a name; not
    a body the knowledge names ("ECOWAS, which suspended Guinea, …" opens a paragraph too)."""
    doc = span.doc
    starts_paragraph = span.start == 0 or "\n" in doc[span.start - 1].text + doc[span.start - 1].whitespace_
    dash = span[-1].text in DATELINE_MARKS and len(span) > 1
    following = doc[span.end].text if span.end < len(doc) else ""
    name = span[:-1].text if dash else span.text
    place = dateline_place(doc.text[span.start_char:span.start_char + 80]) if starts_paragraph else None
    return starts_paragraph and name.isupper() and len(name) > 2 and not known_organisation(name) and (
        dash or following in DATELINE_MARKS or place is not None and len(place) >= len(name))


DATELINE_MARKS = {",", "-", "—", "–", "("}


def owned_by_pronoun(span: Span) -> bool:
    """ "Its spokesman Jane Roe", "Their budget expert …": a title owned by "its" or
    "their" in front of the name, which speaks for the organisation named before."""
    pronouns = set(knowledge()["owner_pronouns"])
    titles: dict[str, str] = knowledge()["titles"]
    if span.root.dep_ == "appos" and any(c.dep_ == "poss" and c.lower_ in pronouns for c in span.root.head.children):
        return True  # "their budget spokesman in the Bundestag, Mathias Middelberg"
    for token in span.doc[max(span.sent.start, span.start - 4):span.start]:
        if token.lower_ in pronouns and token.dep_ == "poss" and token.head.i < span.start \
                and (token.head.lower_ in titles or token.head.lemma_.lower() in titles):
            return True
    return False


def _title_phrase(head: Token) -> tuple[str | None, str | None, str | None]:
    """Role words, sector and country of a title noun phrase ("Russia's top diplomat")."""
    titles: dict[str, str] = knowledge()["titles"]
    if head.lemma_.lower() not in titles and head.lower_ not in titles:
        return None, None, None
    country = None
    kept: list[Token] = []
    for token in head.subtree:
        if token.i > head.i and token.dep_ == "poss" and token.ent_type_ in {"GPE", "NORP"} and (
                token.head.head.lower_ in {"of", "in"}):
            place = lookup(token.text)  # "a former governor of Peru's Cusco region": the region's country
            country = country or (place.iso3 if place is not None and place.kind in {"country", "demonym"} else None)
        if token.i > head.i and (token.dep_ not in {"prep", "pobj", "compound", "amod", "det", "poss", "case"}
                                 or token.ent_type_ == "PERSON"):
            break  # "Ambassador to the United States Anatoly Antonov": the given name starts the holder, not the title
        if token.i < head.i and (token.dep_ in {"det", "punct", "case"} or token.ent_type_ in {"GPE", "NORP"}):
            place = lookup(_entity_of(token)) if token.ent_type_ in {"GPE", "NORP"} else None  # "South Africa's", whole
            country = place.iso3 if place is not None else country
            continue
        kept.append(token)
    if not kept:
        return None, None, None
    phrase = head.doc[kept[0].i:kept[-1].i + 1]
    role = phrase.text
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and fold(head.doc[owner.left_edge.i:owner.i + 1].text) in knowledge()["igos"]:
        return role, "IGO", None  # "the European Union's ambassador to Albania": the bloc's own envoy, of no country
    return role, sector_of_role(role), country or country_of_role(role.split()) or _workplace_country(phrase)


def _entity_of(token: Token) -> str:
    """The words of the named entity a token is part of ("South Africa" for "South" or "Africa")."""
    return next((e.text for e in token.doc.ents if e.start <= token.i < e.end), token.text)


def _workplace_country(phrase: Span) -> str | None:
    """The country of a place the role is based in: "an economist at a São Paulo brokerage",
    "a researcher in Lahore" (not a place the role is sent to: "envoy to Kabul")."""
    for ent in phrase.ents:
        before = phrase.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if ent.label_ == "GPE" and before not in {"to", "for"}:
            where = locate(ent.text)
            if where is not None and where.iso3:
                return where.iso3
    return None


def _as_role(verb: Token) -> tuple[str | None, str | None, str | None]:
    """A role given by "as" on a verb: "named Jane Roe as finance minister", "removed Roe as
    ambassador", "the diplomat removed as Chile's ambassador"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _title_phrase(obj)
    return None, None, None


def role_after(span: Span) -> tuple[list[str], str | None, str | None]:
    """A role given around the name other than in front of it: an apposition ("Lavrov,
    Russia's top diplomat," or "Brazil's ambassador to Argentina, Renato Figueira,"), "as"
    on its verb ("named Jane Roe as finance minister"), or a relative clause ("Antonov,
    who had served as ambassador to the U.S. …", then marked former)."""
    root = span.root
    found: list[tuple[str | None, str | None, str | None]] = []
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:  # "two governors, Jane Roe and John Doe"
        first = first.head
    title = first.head
    while title.dep_ in {"pobj", "prep"} and title.head.i != title.i:  # "the governor of Darfur, X" hung on "Darfur"
        title = title.head
    if first.dep_ == "appos" and (title.pos_ == "NOUN" or title.lower_ in knowledge()["titles"]):
        found.append(_title_phrase(title))
        # "his son Flávio Bolsonaro, an opposition senator,": the parse hangs both on "son"
        found.extend(_title_phrase(t) for t in title.children if t.dep_ == "appos" and t.i > span.end)
    if root.dep_ in {"dobj", "oprd", "nsubjpass"}:
        found.append(_as_role(root.head))
    for child in root.children:
        if child.dep_ == "appos":
            found.append(_title_phrase(child))
            place = lookup(child.text) if child.ent_type_ == "NORP" else None
            if place is not None:  # "Cedric Schuster, the Samoan who chairs …"
                found.append(("", None, place.iso3))
            found.extend(_as_role(grandchild) for grandchild in child.children if grandchild.dep_ == "acl")
        if child.dep_ == "relcl":
            role, sector, country = _as_role(child)
            if role:
                past = any(t.lower_ == "had" for t in child.children) or child.tag_ == "VBD"
                found.append((f"former {role}" if past and not role.startswith("former") else role, sector, country))
    roles = [role for role, _, _ in found if role]
    sectors = [sector for role, sector, _ in found if role and sector]
    countries = [country for role, _, country in found if role is not None and country]
    return roles, (sectors or [None])[0], (countries or [None])[0]


TITLE_DETERMINERS = {"the", "this", "that"}
GENERIC_WORDS = {"a", "an", "any", "every", "each", "no", "future", "next", "whichever"}


def role_matches(title: str, role: str) -> bool:
    """Does a title word ("minister", "diplomat") name a role ("Foreign Minister", "top diplomat")?"""
    synonyms: dict[str, str] = knowledge()["title_synonyms"]
    role = role.lower()
    if QUALIFIERS & set(role.replace("-", " ").split()) != QUALIFIERS & set(title.split()):
        return False  # a vice chancellor is not "the chancellor", "the deputy minister" a deputy
    title = " ".join(w for w in title.split() if w not in QUALIFIERS)
    expanded = {role, synonyms.get(role, role), *(synonyms.get(w, w) for w in role.split())}
    wanted = {title, synonyms.get(title, title)}
    return any(w in r for w in wanted for r in expanded)


QUALIFIERS = {"vice", "deputy"}
HEAD_TITLES = {"leader", "ruler"}
HEAD_ROLES = ("president", "prime minister", "chancellor", "king", "emir", "crown prince", "supreme leader", "premier",
              "leader", "sultan", "monarch", "ruler")
FORMER_WORDS = {"former", "ex", "ousted", "deposed", "toppled"}


def _former_head(role: str) -> bool:
    """ "three-time former prime minister", "former British prime minister", "ex-president";
    not "former party president"."""
    words = _role_tokens(role)
    for i, word in enumerate(words):
        if word in FORMER_WORDS:
            rest = " ".join(dropwhile(_is_nationality, words[i + 1:]))
            if any(rest.startswith(head) for head in HEAD_ROLES):
                return True
    return False


def _role_tokens(role: str) -> list[str]:
    """A role's lower-case words, "ex-president" as "ex president"."""
    return role.lower().replace("ex-", "ex ").split()


def _is_nationality(word: str) -> bool:
    place = lookup(word)
    return place is not None and place.kind in {"demonym", "country"}


def holds_title(actor: Actor, title: str, former: bool | None = None) -> bool:
    """Is ``title`` ("minister", "leader") a fit for one of the actor's roles; with ``former``
    given, one held before (True) or one held now (False)?"""
    roles = [role for role in actor.roles if former is None or _former_role(role) is former]
    if any(role_matches(title, role) for role in roles):
        return True
    return title in HEAD_TITLES and any(head in role.lower() for role in roles for head in HEAD_ROLES)


def _former_role(role: str) -> bool:
    return any(word in FORMER_WORDS for word in _role_tokens(role))


def _chunk_country(chunk: Span) -> str | None:
    """The country a title phrase names: "the Ukrainian leader", "Russia's top diplomat", "the Kremlin spokesman"."""
    words = [t.text if t.ent_type_ in {"GPE", "NORP", "ORG"} or t.pos_ == "PROPN" else "" for t in chunk]
    place = longest_place(words, {"country", "demonym", "institution", "capital"})
    return place.iso3 if place is not None else None


def _country_named_before(chunk: Span) -> str | None:
    """The country "the country's president" stands for: the last one its sentence names before
    it ("Zimbabwe's information ministry said the country's president would visit Lusaka"); the
    article's own country (the caller's fallback) when the sentence names none."""
    if not any(t.lower_ in {"country", "nation"} and t.dep_ == "poss" for t in chunk):
        return None
    named = [e for e in chunk.sent.ents if e.end <= chunk.start and e.label_ == "GPE"]
    return next((place.iso3 for e in reversed(named) if (place := lookup(e.text)) is not None and place.kind == "country"),
                None)


HOST_TITLES = {"host", "hosts"}
OWNER_DETERMINERS = {"his", "her", "their"}


def _apposed_person(head: Token, named: list[Mention], by_id: dict[str, Actor]) -> Actor | None:
    """ "The Chinese leader, Xi Jinping, …": the person named in apposition to the title."""
    for child in head.children:
        if child.dep_ == "appos":
            for mention in named:
                if mention.start <= child.idx < mention.end and mention.actor_id in by_id:
                    return by_id[mention.actor_id or ""]
    return None


def _role_words(chunk: Span) -> str:
    """The role a title phrase spells out, without determiners and owners ("the country's
    supreme leader" → "supreme leader")."""
    return " ".join(t.lower_ for t in chunk if t.dep_ not in {"det", "poss", "case"} and t.tag_ != "POS"
                    and not t.ent_type_ and t.lower_ not in {"country", "nation"})


def _host(chunk: Span, named: list[Mention], by_id: dict[str, Actor], home: str | None) -> Actor | None:
    """ "His host": the person said to host someone before ("Erdogan hosted Zelensky"), else
    the head of state of the country the article is set in."""
    doc = chunk.doc
    for verb in reversed(doc[:chunk.start]):
        if verb.lemma_.lower() == "host" and verb.pos_ == "VERB":
            for subject in verb.children:
                if subject.dep_ == "nsubj":
                    mention = mention_at(named, subject.idx, subject.idx + len(subject))
                    if mention is not None and mention.actor_id in by_id:
                        return by_id[mention.actor_id or ""]
    if home is None:
        return None
    holders = [by_id[m.actor_id or ""] for m in named if m.end <= chunk.start_char and m.actor_id in by_id]
    return next((a for a in reversed(holders) if a.country == home and holds_title(a, "leader")), None)


def _title_holder(head: Token, chunk: Span, named: list[Mention], by_id: dict[str, Actor],
                  home: str | None) -> Actor | None:
    """Who a title phrase stands for: the person in apposition; "his host" (``_host``); else
    the last person named before with that title and country; else, when the phrase spells
    out a whole role ("the country's supreme leader"), the first person named after who
    holds exactly that role. "The late leader" is nobody named as the leader now."""
    apposed = _apposed_person(head, named, by_id)
    if apposed is not None:
        return apposed
    if head.lower_ in HOST_TITLES:
        return _host(chunk, named, by_id, home)
    if any(t.lower_ == "late" for t in chunk):
        return None
    title = " ".join([t.lower_ for t in chunk if t.lower_ in QUALIFIERS] + [head.lemma_.lower()])
    country = _chunk_country(chunk)
    former = any(t.lower_ in FORMER_WORDS for t in chunk)
    holder = fitting = None  # "the former leader" is first one who held it, "the leader" one who holds it now
    for mention in named:
        if mention.end > chunk.start_char:
            break
        actor = by_id.get(mention.actor_id or "")
        if actor is not None and holds_title(actor, title) and (country is None or actor.country in {None, country}):
            holder = actor
            fitting = actor if holds_title(actor, title, former) else fitting
    holder = fitting or holder
    role = _role_words(chunk)
    if holder is None and len(role.split()) > 1:
        after = (by_id.get(m.actor_id or "") for m in named if m.start >= chunk.end_char)
        holder = next((a for a in after if a is not None and role in {r.lower() for r in a.roles}), None)
    return holder


NOT_THE_OFFICE = {"former", "ex", "late", "vice", "deputy"}  # "deputy finance minister" holds another office


PASSING_WORDS = {"new", "incoming", "outgoing", "current", "then"}  # the office is the same
TRANSIENT_WORDS = {*PASSING_WORDS, "visiting"}  # said of the holder now, not part of the title


NATIONAL_HEADS = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir"}
GENERAL_OFFICES = {"attorney", "prosecutor", "solicitor", "auditor", "inspector", "procurator", "comptroller",
                   "secretary"}  # "Uganda's attorney general": an office of one holder, unlike a general's rank


def _office(chunk: Span, others: dict[str, Actor], home: str | None) -> Actor | None:
    """An office the text names with its country but not its holder ("Ghana's finance
    minister said"), or the head of state or government of the article's country ("the
    president"): a ``role`` actor, which the store later merges into the person known to
    hold that office."""
    head = chunk[-1]
    legal_office = head.lower_ == "general" and len(chunk) > 1 and chunk[-2].lower_ in GENERAL_OFFICES
    if head.tag_ != "NN" or not (head.lemma_.lower() in knowledge()["offices"] or legal_office) or any(
            t.dep_ == "cc" for t in chunk):
        return None  # "officials", "US and Russian diplomats": many people, no one office; "the army general" is a rank
    role = " ".join(w for w in _role_words(chunk).split() if w not in PASSING_WORDS)
    country = _chunk_country(chunk) or (
        (_country_named_before(chunk) or home) if role in NATIONAL_HEADS and chunk[0].lower_ == "the" else None)
    if country is None or not role or set(role.split()) & NOT_THE_OFFICE:
        return None
    name = f"{role} of {country_name(country) or country}"
    return _keep(others, Actor(id=actor_id("role", name), name=name, kind="role", country=country,
                               sector=sector_of_role(role) or "GOV", roles=[role]))


def title_mentions(doc: Doc, mentions: list[Mention], people: dict[str, Actor], others: dict[str, Actor],
                   home: str | None = None) -> list[Mention]:
    """ "The minister", "the Ukrainian leader", "Russia's top diplomat", "his host": a title
    standing for the person who holds it (``_title_holder``), or for its office when the
    article names no holder (``_office``). A country inside the phrase keeps its own
    mention ("Russia" in "Russia's top diplomat")."""
    titles: dict[str, str] = knowledge()["titles"]
    named = sorted(mentions, key=lambda m: m.start)
    by_id = {a.id: a for a in people.values()}
    found: list[Mention] = []
    for head in doc:
        host = head.lower_ in HOST_TITLES
        if head.pos_ != "NOUN" or not (head.lemma_.lower() in titles or host) or head.ent_type_ or head.dep_ == "compound":
            continue
        start = max([head.left_edge.i, *(t.i + 1 for t in doc[head.left_edge.i:head.i] if t.dep_ == "cc" or t.text == ",")])
        chunk = doc[start:head.i + 1]  # "the senator" of "the senator's petition" too; "Qatar's emir" of "X, Y and Qatar's emir"
        first = chunk[0]
        if any(t.lower_ in GENERIC_WORDS for t in chunk):
            continue  # "any US president", "a future foreign minister": nobody in particular
        if not (first.lower_ in TITLE_DETERMINERS or _chunk_country(chunk) is not None
                or host and first.lower_ in OWNER_DETERMINERS):
            continue
        inside = [m for m in mentions if m.start < chunk.end_char and chunk.start_char < m.end]
        if any(m.end > head.idx or m.start < chunk.start_char or m.actor_id in by_id for m in inside):
            continue  # a person is named in it, or a name runs past it
        holder = _title_holder(head, chunk, named, by_id, home) or (None if host else _office(chunk, others, home))
        if holder is not None:
            text = chunk.text
            found.append(Mention(text=text, start=chunk.start_char, end=chunk.end_char, label="TITLE", actor_id=holder.id))
            if text not in holder.aliases:
                holder.aliases.append(text)
    return found


@lru_cache(maxsize=1)
def _known_people() -> dict[str, Actor]:
    """The bundled knowledge of well-known political figures (``data/actors.csv``), by name key."""
    index: dict[str, Actor] = {}
    path = resources.files("onrecord.data").joinpath("actors.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        for actor in _seed_rows(list(csv.DictReader(handle)), str(path)):
            for alias in [actor.name, *actor.aliases]:
                index.setdefault(name_key(alias), actor)
    return index


@lru_cache(maxsize=1)
def _known_names_pattern() -> re.Pattern[str]:
    names = sorted({n for a in _known_people().values() for n in [a.name, *a.aliases] if len(n.split()) > 1}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def known_people_in(text: str, people: list[Actor]) -> list[Actor]:
    """Well-known figures named in full in the text that the model did not tag as people."""
    have = {name_key(n) for a in people for n in [a.name, *a.aliases]}
    found: dict[str, Actor] = {}
    for match in _known_names_pattern().finditer(text):
        known = _known_people().get(name_key(match.group(1)))
        if known is None or name_key(known.name) in have or known.name in found:
            continue
        found[known.name] = Actor(id=actor_id("person", known.name), name=known.name, kind="person",
                                  aliases=[match.group(1)] if match.group(1) != known.name else [],
                                  country=known.country, sector=known.sector, roles=list(known.roles))
    return list(found.values())


def known_person(name: str, aliases: list[str]) -> Actor | None:
    """A well-known figure one of these names belongs to (a bare surname only when the
    knowledge lists it as an alias, so "Johnson" alone matches nobody). A full name the
    knowledge spells otherwise ("Tayyip Erdogan") is found by its listed surname."""
    index = _known_people()
    for candidate in [name, *aliases, name.split()[-1]]:
        found = index.get(name_key(candidate))
        if found is None or found.kind != "person":
            continue
        if len(name.split()) > 1 and not same_person(name, found.name) \
                and name_key(name) not in {name_key(n) for n in found.aliases}:
            return None  # "Reza Khamenei" is not the Ali Khamenei his surname points to
        return found
    return None


def _adopt(actor: Actor, known: Actor) -> None:
    """Take the canonical name and, where the text says nothing, the affiliation."""
    if actor.name != known.name:
        actor.aliases = [a for a in dict.fromkeys([actor.name, *actor.aliases]) if a != known.name]
        actor.name = known.name
        actor.id = actor_id("person", known.name)
    if actor.roles and actor.country:  # the text says who they are here ("Dutch Prime Minister Rutte")
        actor.sector = actor.sector or known.sector
    else:
        actor.country = known.country or actor.country if known.sector != "IGO" else None
        actor.sector = known.sector or actor.sector
    actor.roles = list(dict.fromkeys([*actor.roles, *known.roles]))


DOMESTIC_SECTORS = {"GOV", "OPP", "JUD", "MIL", "CVL", "BUS", "MED", "LEG", "PTY", "REL", "EDU", "ELI"}


MISTAGGED_PLACE_LABELS = {"ORG", "PERSON"}  # "Niger's military government" tagged ORG, "Cotonou" PERSON


def named_place(ent: Span) -> Place | None:
    """The country an entity names: a place or nationality, or a country's own name the model
    took for a region, an organisation or a person ("Niger's junta" with "Niger" tagged ORG,
    "in the Central African Republic" tagged LOC), or a capital's one word it took for a name
    ("Bangui" tagged PERSON)."""
    place = lookup(ent.text) if ent.label_ in {"GPE", "NORP", "LOC", *MISTAGGED_PLACE_LABELS} else None
    return place if place is not None and (ent.label_ in {"GPE", "NORP"} or place.kind == "country" or (
        place.kind == "capital" and len(ent) == 1 and ent.label_ != "LOC")) else None


def country_counts(doc: Doc) -> Counter[str]:
    """How often the text names each country (by name, capital or nationality); not "her Angolan
    counterpart", whose nationality says which side the story's own officials are not on."""
    surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    return Counter(place.iso3 for ent in doc.ents if (place := named_place(ent)) is not None
                   and ent.root.head.lemma_.lower() not in knowledge()["other_side_nouns"]
                   and not (len(ent) == 1 and ent[0].lower_ in surnames and _person_not_place(ent, ent.text)))


def dominant_country(doc: Doc, least: int = 1) -> str | None:
    """The country an article is about, when one clearly dominates (at least half of the
    country words, twice the next, and named at least `least` times): the home of officials
    named without a country."""
    counts = country_counts(doc)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [("", 0)]
    return top if n * 2 >= sum(counts.values()) and n >= 2 * rest[0][1] and n >= least else None


def home_country(doc: Doc) -> str | None:
    """The country of people and institutions the text places nowhere: the one the article
    is about, then its dateline's; a country named once is no better than the dateline
    ("DAKAR — … now lives in Morocco"); but a dateline country the story names again is home
    ("LA PAZ — Bolivia cut ties with Israel …": its officials are Bolivia's, however often Israel is named).
    A dateline country the story never names is only where the wire sits ("DUBAI — Iran's
    Revolutionary Guards said …"): the country named most, and often, is home."""
    filed = dateline_country(doc)
    counts = country_counts(doc)
    dominant = dominant_country(doc, least=2)
    if filed is not None and (_named_in_lead(doc, filed) or counts[filed] >= 2 and dominant in {None, filed}):
        return filed
    if filed is not None and dominant is None and not counts[filed]:
        (top, n), *rest = counts.most_common(2) + [("", 0)]
        return top if n >= MOST_NAMED and n > rest[0][1] else filed
    return dominant or filed or dominant_country(doc)


MOST_NAMED = 4  # times a country is named to be the home of a story filed from a country it never names


def _named_in_lead(doc: Doc, iso3: str) -> bool:
    """The lead sentence names the dateline's country beside the dateline itself ("LA PAZ —
    Bolivia cut ties …"): a story from there, not one filed there about a neighbour ("DAKAR —
    Gambia's president named …", where Senegal is named only in passing)."""
    headline = headline_length(doc)
    lead = next((s for s in doc.sents if any(t.pos_ in {"VERB", "AUX"} for t in s)  # not a dateline split off alone
                 and not (headline and s.end_char <= headline)), None)
    if lead is None:
        return False
    return any(not is_dateline(ent) and (place := named_place(ent)) is not None and place.iso3 == iso3 for ent in lead.ents)


def chamber_country(doc: Doc, name: str, home: str, actors: list[Actor]) -> str:
    """Whose legislature a chamber named without a country is, or whose junta "the junta" is
    (bodies only some states have, ``chambers`` in the knowledge): the article's country when
    it has one of that name, else the country the text (its place words and its actors) names
    most that does ("the Senate" in a story from Kyiv about US aid is the US Senate: Ukraine
    has no Senate; "the junta" in a story from Dhaka is Myanmar's)."""
    having = knowledge()["chambers"].get(fold(name))
    if having is None or home in having:
        return home
    counts = country_counts(doc) + Counter(a.country for a in actors if a.country)
    named = [iso3 for iso3, _ in counts.most_common() if iso3 in having]
    return named[0] if named else home


def _city_of_body(span: Span) -> bool:
    """A city named in front of a body ("the Osijek judges", "an Istanbul court"), whatever the
    model tagged it: one word that the gazetteer places as a city, modifying a body noun or a
    title (not "the Fetesti air base")."""
    head = span.root.head
    body = head.pos_ == "NOUN" and head.lemma_.lower() in {*knowledge()["organisation_heads"], *knowledge()["titles"]}
    where = locate(span.text) if len(span) == 1 and span.root.dep_ == "compound" and body else None
    return where is not None and where.latitude is not None


def _is_place_name(name: str) -> bool:
    """A name the model took for a person that is a country, a capital ("Baku insisted"), a
    people ("Tajik officials"), a state or province ("Sabah's state assembly") or a natural
    feature ("Scarborough Shoal")."""
    place = lookup(name)
    return place is not None and (place.kind in {"country", "capital", "demonym"} or is_city(name)) \
        or is_landform(name) or _first_level_region(name) is not None


ORGANISATION_SYNONYMS = {"alliance": {"NATO"}, "bloc": {"European Union"}, "union": {"European Union", "African Union"},
                         "fund": {"International Monetary Fund"}, "body": set(), "agency": set(), "panel": set()}


def _fits_kind(actor: Actor, noun: str) -> bool:
    """Does a kind noun describe the actor: "the group" an NGO or armed group, "the agency" a
    government or UN body, "the paper" a newspaper, "the kingdom" a country
    (``anaphora_kinds`` in the knowledge: sectors and actor kinds per noun)?"""
    wanted = set(knowledge()["anaphora_kinds"].get(noun, []))
    return actor.sector in wanted or actor.kind in wanted


def organisation_mentions(doc: Doc, mentions: list[Mention], others: dict[str, Actor]) -> list[Mention]:
    """ "The ministry", "the council", "the alliance": the organisation of that kind named last
    before, by a word of its name, else by its kind ("the group", "his newspaper", "the kingdom")."""
    named = sorted(mentions, key=lambda m: m.start)
    by_id = {a.id: a for a in others.values()}
    covered = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for head in doc:
        chunk = doc[head.left_edge.i:head.i + 1]  # "the agency" of "the agency's trucks" too
        kind_word = head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.lower_ in ORGANISATION_SYNONYMS
        if chunk[0].lower_ not in ANAPHORA_DETERMINERS or not kind_word or head.dep_ == "compound" \
                or len(chunk) - len(seat_words(head)) > 3:
            continue
        if any(s < chunk.end_char and chunk.start_char < e for s, e in covered) or is_location(chunk):
            continue
        noun = head.lemma_.lower()
        by_name = by_kind = None
        for mention in named:
            if mention.end > chunk.start_char:
                break
            actor = by_id.get(mention.actor_id or "")
            if actor is None:
                continue
            if noun in fold(actor.name).split() or actor.name in ORGANISATION_SYNONYMS.get(noun, set()) \
                    or noun == "bank" and is_central_bank(chunk.text) and is_central_bank(actor.name):
                by_name = actor
            if _fits_kind(actor, noun):
                by_kind = actor
        holder = (by_name if chunk[0].lower_ == "the" else None) or by_kind
        if holder is not None:
            found.append(Mention(text=chunk.text, start=chunk.start_char, end=chunk.end_char, label="DESCRIPTION",
                                 actor_id=holder.id))
    return found


ANAPHORA_DETERMINERS = {"the", "his", "her", "its", "their"}
MINOR_WORDS = {"of", "the", "and", "for", "de", "on"}


def short_form_of(short: str, full: str) -> bool:
    """Is ``short`` an acronym ("RSF" of "Rapid Support Forces", "EFCC" of "Economic and
    Financial Crimes Commission") or a clipping ("Fed" of "Federal Reserve") of ``full``?
    A leading nationality ("Nigerian Federal …") may be left out, and a possessive has no
    letter of its own ("MPP" of "Mongolian People's Party"). An acronym is also short for
    itself with a description ("UGTT" of "Tunisian UGTT trade union federation"), and a party is
    called by its name without "Party" ("Liberal supporters", "the Liberals" of the Liberal Party),
    and by its name without its country ("the Democratic Alliance" of the Democratic Alliance of
    Nicaragua, not the South African party of that name)."""
    if full.startswith(f"{short} of ") and (place := lookup(full[len(short) + 4:])) is not None and place.kind == "country":
        return True
    if " " in short or len(short) < 2:
        return False
    named = full.split()
    if len(named) == 2 and named[-1] == "Party" and short in {named[0], f"{named[0]}s"}:
        return True
    if short.isupper() and short in full.split() and all(
            w == short or w.islower() or (place := lookup(w)) is not None and place.kind == "demonym" for w in full.split()):
        return True
    words = [w for w in re.findall(r"[\w]+", re.sub(r"['’]s\b", "", full)) if w.lower() not in MINOR_WORDS]
    if len(words) < 2:
        return False
    variants = [words, words[1:]] if lookup(words[0]) is not None else [words]
    if short.isupper() and any(short == "".join(w[0].upper() for w in v) for v in variants if len(v) > 1):
        return True
    return 3 <= len(short) <= 4 and short[0].isupper() and short[1:].islower() and any(
        v[0].startswith(short) and v[0] != short for v in variants)  # "Fed", not the word "Unite"


def _introduced_short_forms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Short forms the text introduces itself: "the Supreme Federal Court (STF)" → {"STF": id},
    or between commas, often a name's own-language acronym ("the Confederation of Indigenous
    Nationalities of Ecuador, CONAIE, said"); not a body the knowledge names, which between
    commas is rather the next of a list ("the African Union, ECOWAS, and the UN")."""
    bodies = {**knowledge()["igos"], **knowledge()["ngos"]}
    found: dict[str, str] = {}
    for mention in mentions:
        after = text[mention.end:mention.end + 14]
        match = re.match(r"\s*\(([A-Z][A-Za-z-]{1,9})\)", after) or re.match(r",\s*([A-Z]{2,9}),", after)
        if match and mention.actor_id and fold(match.group(1)) not in bodies:
            found.setdefault(match.group(1), mention.actor_id)
    return found


def join_short_forms(text: str, mentions: list[Mention], others: dict[str, Actor]) -> list[Mention]:
    """One actor for an organisation and its short form named in the same article: one the
    text introduces in brackets, or an acronym or clipping of the full name."""
    organisations = [a for a in others.values() if a.kind in {"org", "igo"}]
    introduced = _introduced_short_forms(text, mentions)
    renamed: dict[str, str] = {}
    for short in organisations:
        fulls = [a for a in organisations if a is not short and (
            introduced.get(short.name) == a.id or short.name not in introduced and short_form_of(short.name, a.name))]
        if len(fulls) == 1:
            full = fulls[0]
            renamed[short.id] = full.id
            full.aliases = list(dict.fromkeys([*full.aliases, short.name, *short.aliases]))
            full.country, full.sector = full.country or short.country, full.sector or short.sector
            others.pop(fold(short.name), None)
    return [replace(m, actor_id=renamed.get(m.actor_id or "", m.actor_id)) for m in mentions]


COMMON_INSTITUTIONS = {"army": "MIL", "military": "MIL", "navy": "MIL", "junta": "MIL", "forces": "MIL", "police": "GOV",
                       "coast guard": "MIL", "national guard": "MIL",
                       "cabinet": "GOV", "government": "GOV", "administration": "GOV", "embassy": "GOV",
                       "parliament": "LEG", "legislature": "LEG", "lawmakers": "LEG", "legislators": "LEG",
                       "defence ministry": "MIL", "defense ministry": "MIL",
                       **{f"{portfolio} ministry": "GOV" for portfolio in (
                           "foreign", "interior", "finance", "justice", "health", "trade")}}
THE_STATE = {"government", "administration"}  # the country itself acting
OPPOSITION_MEMBERS = {"figures", "leaders", "politicians", "lawmakers", "parties", "groups", "activists", "supporters"}


def _names_opposition(token: Token) -> bool:
    """ "the opposition said", "opposition figures criticised": a country's political opposition
    acting, not opposition as a stance ("faced opposition from farmers")."""
    if token.lower_ != "opposition":
        return False
    if token.dep_ in {"compound", "amod"}:
        return token.head.lower_ in OPPOSITION_MEMBERS
    return any(c.lower_ == "the" for c in token.children) and not any(c.lower_ in {"of", "to"} for c in token.children)


def _is_demonym(token: Token) -> bool:
    place = lookup(token.text)
    return place is not None and place.kind == "demonym"


def institution_mentions(doc: Doc, mentions: list[Mention], others: dict[str, Actor], home: str | None,
                         people: dict[str, Actor]) -> list[Mention]:
    """ "Police detained …", "the Sudanese army said", "the government denied", "the Trump
    administration": a country's institution named by a common noun; its country from the
    phrase (a country, or the person whose government it is), else the article's country.
    "The government" is the country itself acting."""
    by_id = {a.id: a for a in people.values()}
    covered = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for token in doc:
        pair = f"{doc[token.i - 1].lower_} {token.lower_}" if token.i else ""
        sector = COMMON_INSTITUTIONS.get(pair) or COMMON_INSTITUTIONS.get(token.lower_)
        if _names_opposition(token):
            sector = "OPP"
        elif sector is None or token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in {"compound", "amod"} or (
                token.dep_ == "poss" and any(c.dep_ == "poss" for c in token.children)):
            continue  # "army officers" are not the army; "the junta's ministry" names it, "their government's" its owner
        if token.lower_ == "forces" and not any(c.lower_ in {"armed", "security"} or _is_demonym(c) for c in token.children):
            continue  # "armed forces", "Rwandan forces"; not "market forces"
        phrase = doc[token.left_edge.i:token.i + 1]
        if any(s < token.idx + len(token) and token.idx < e for s, e in covered) or is_location(phrase):
            continue  # a country inside the phrase ("Pakistan's federal cabinet") only says whose it is
        whose = _of_phrase(token)  # "the government of President Daniel Ortega"
        leaders = [by_id[m.actor_id or ""].country for m in mentions if m.actor_id in by_id and (
                   phrase.start_char <= m.start and m.end <= token.idx or whose is not None and whose[0] <= m.start and m.end <= whose[1])] + [
            known.country for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"
            for known in [known_person(c.text, [])] if known is not None]  # "the Trump administration", untagged
        owner = _last_person_country(token.idx, mentions, by_id) if any(
            c.dep_ == "poss" and c.lower_ in PERSON_OWNERS for c in token.children) else None  # "Ruto said his government …"
        # "Peru's prime minister said his government …": the speaker's own side, before the person named last
        country = _chunk_country(phrase) or _posted_in(token) or _seat_country(phrase) or next((c for c in leaders if c), None) \
            or _reporting_country(token) or owner or _sentence_setting(phrase) \
            or (chamber_country(doc, token.lower_, home, list(people.values())) if home else None)
        if country is None:
            continue
        if token.lower_ in THE_STATE:
            name = country_name(country) or country
            actor = _keep(others, Actor(id=actor_id("country", name), name=name, kind="country", country=country, sector="GOV"))
        else:
            words = [t.text for t in phrase if t.lower_ in {"armed", "security"}] + [pair if pair in COMMON_INSTITUTIONS else token.text]
            name = national_force(country, token.lower_) if sector == "MIL" and "security" not in words else None
            name = name or f"{demonym(country) or country} {' '.join(words).lower()}"
            actor = _keep(others, Actor(id=actor_id("org", name), name=name, kind="org", country=country, sector=sector))
        start = phrase.start_char if phrase[0].lower_ in {"armed", "security", "federal"} else \
            doc[token.i - 1].idx if pair in COMMON_INSTITUTIONS else token.idx
        covered.append((start, token.idx + len(token)))
        found.append(Mention(text=doc.text[start:token.idx + len(token)], start=start, end=token.idx + len(token),
                             label="INSTITUTION", actor_id=actor.id))
    return found


def _posted_in(token: Token) -> str | None:
    """The country of the place a force is said to be in: "police in Bissau" in a story from
    Lisbon are Guinea-Bissau's; of towns that share a name, the one in a country the text names.
    Another body only by the capital it sits in ("the foreign ministry in Moscow"): not an embassy,
    which sits abroad."""
    posted = token.lower_ == "police" or COMMON_INSTITUTIONS.get(token.lower_) == "MIL"
    if not posted and token.lower_ in {"embassy", "embassies"}:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in {"GPE", "LOC"} and (
                posted or is_city(_entity_of(c)))):
            where = locate(_entity_of(place).removeprefix("the "), set(country_counts(token.doc)))  # "Dar es Salaam",
            # "the Republic of Congo": whole; "police in Punta Gorda" in a story about Belize, not Florida's town
            if where is not None and where.iso3:
                return where.iso3
    return None


REPORTING_VERBS = {"say", "report", "announce", "confirm", "add"}


def _reporting_country(token: Token) -> str | None:
    """ "Riot police detained 14 fishermen, Spain's Interior Ministry said", "Lebanon's interior
    minister said the army had intercepted 40 boats": an institution named by a common noun whose
    act a state body or office holder reports is that state's."""
    verb = token.head if token.dep_ in {"nsubj", "nsubjpass"} else None
    while verb is not None and verb.dep_ == "conj":
        verb = verb.head
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    reporter = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    body_words = {*knowledge()["organisation_heads"], *COMMON_INSTITUTIONS, *knowledge()["titles"]}
    if reporter is None or reporter.lemma_.lower() not in body_words:
        return None
    return _chunk_country(token.doc[reporter.left_edge.i:reporter.i + 1])


def _of_phrase(token: Token) -> tuple[int, int] | None:
    """Where the "of" phrase after an institution lies, which names whose it is: "the
    administration of President Luis Arce"."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return (of.idx, of.right_edge.idx + len(of.right_edge)) if of is not None else None


@lru_cache(maxsize=1)
def _organisation_names_pattern() -> re.Pattern[str]:
    """Institutions, international bodies and NGOs by name, upper-case acronym or other name
    written as a title ("Group of 20" for the G20)."""
    bodies = {**knowledge()["igos"], **knowledge()["ngos"]}
    titled = (" ".join(w if w in MINOR_WORDS else w.capitalize() for w in k.split()) for k in bodies if " " in k)
    names = {*institution_names(), *bodies.values(), *(k.upper() for k in bodies if " " not in k and len(k) <= 6), *titled}
    ordered = sorted((n for n in names if len(n) > 1), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])")


DESCRIPTION_DEPS = {"compound", "amod", "nmod"}


def described_organisations(doc: Doc, mentions: list[Mention], others: dict[str, Actor]) -> list[Mention]:
    """Organisations placed by the words that describe them, when neither their name nor the
    knowledge does: "Unite, the Labour Party's biggest union backer" (CVL, the party's
    country), "the newspaper Reforma" (MED), "Straits Orbit, a Singapore satellite start-up"
    (BUS, SGP); one an international body owns ("EUFOR, the European Union's peacekeeping
    force") is of no country. A name the model left untagged is an organisation when its
    apposition says so; returns the mentions of those."""
    titles: dict[str, str] = knowledge()["titles"]
    covered = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ == "compound" or any(s <= token.idx < e for s, e in covered):
            continue
        description = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if description is None or description.lower_ in titles or organisation_sector(_described(description)) is None:
            continue
        name = doc[min(t.i for t in token.subtree if t.i <= token.i and t.pos_ == "PROPN"):token.i + 1]
        if any(t.ent_type_ for t in name) or any(t.dep_ != "compound" for t in name[:-1]):
            continue
        actor = _keep(others, Actor(id=actor_id("org", name.text), name=name.text, kind="org"))
        found.append(Mention(text=name.text, start=name.start_char, end=name.end_char, label="ORG", actor_id=actor.id))
    by_id = {a.id: a for a in others.values() if a.kind == "org"}
    international = {a.id for a in others.values() if a.kind == "igo"}
    every = [*mentions, *found]
    for mention in every:
        actor = by_id.get(mention.actor_id or "")
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if actor else None
        if actor is None or span is None or actor.sector is not None and actor.country is not None:
            continue
        root = span.root
        heads = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end and c.pos_ == "NOUN"]
        if root.dep_ in {"appos", "compound"} and root.head.pos_ == "NOUN" and not span.start <= root.head.i < span.end:
            heads.append(root.head)  # "the newspaper Reforma", "the CGT labour confederation"
        heads += [c for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < span.start]  # "broadcaster NTV"
        for head in heads:
            owners = [mention_at([m for m in every if m.actor_id != actor.id], t.idx, t.idx + len(t))
                      for c in head.children if c.dep_ == "poss" for t in c.subtree]
            if any(m is not None and m.actor_id in international for m in owners):
                actor.sector = "IGO"  # guide §3: IGOs and their bodies have country null
                break
            actor.sector = actor.sector or organisation_sector(_described(head))
            if actor.sector == "PARTY":  # "the Coordination Framework, the Shi'ite alliance that …"
                actor.sector = party_sector(doc, span)
            countries = [by_id[m.actor_id or ""].country for m in owners if m is not None and m.actor_id in by_id]
            places = [lookup(t.text) for t in head.subtree if t.ent_type_ in {"GPE", "NORP"} and t.i < head.i]
            countries += [p.iso3 for p in places if p is not None and p.kind in {"country", "demonym", "capital"}]
            actor.country = actor.country or next((c for c in countries if c), None)
    return found


def _described(head: Token) -> str:
    """The words of a description up to its noun, without owner or article ("biggest union backer")."""
    described = [t for c in head.children if c.dep_ in DESCRIPTION_DEPS and c.i < head.i for t in c.subtree]
    return head.doc[min((t.i for t in described), default=head.i):head.i + 1].text


def known_organisation_mentions(doc: Doc, mentions: list[Mention], others: dict[str, Actor]) -> list[Mention]:
    """The mentions with institutions and bodies the model missed or cut ("LONDON — Downing
    Street rejected …", "the State Department" tagged as "State") put in, unless named as a
    place ("talks at the Kremlin")."""
    return _named_mentions(doc, mentions, others, _organisation_names_pattern(), lambda name: True)


def _named_mentions(doc: Doc, mentions: list[Mention], others: dict[str, Actor], pattern: re.Pattern[str],
                    written: Callable[[str], bool]) -> list[Mention]:
    """The mentions with every known name the pattern finds put in, replacing the pieces the
    model tagged inside it; a name inside a longer tagged one ("Washington" of "Washington
    Post") is left alone."""
    kept = list(mentions)
    for match in pattern.finditer(doc.text):
        start, end = match.span()
        inside = [m for m in kept if m.start < end and start < m.end]
        if not written(match.group(1)) or any(m.start < start or m.end > end for m in inside):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or is_location(span):
            continue
        actor = _organisation(span, match.group(1), knowledge()["igos"], others)
        if actor is not None:
            kept = [m for m in kept if m not in inside]
            kept.append(Mention(text=match.group(1), start=start, end=end, label="ORG", actor_id=actor.id))
    return kept


@lru_cache(maxsize=1)
def _party_names_pattern() -> re.Pattern[str]:
    names = sorted((k for k in knowledge()["party_names"] if len(k) >= 3), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", re.IGNORECASE)


def _written_as_name(text: str) -> bool:
    """ "Reform UK", "Likud", "CHP" as a name is written, not "reform" or "labour" as words."""
    words = [w for w in text.split() if w.lower() not in MINOR_WORDS]
    return text.isupper() or all(w[:1].isupper() for w in words) and (len(words) > 1 or len(text) >= 4)


def party_mentions(doc: Doc, mentions: list[Mention], others: dict[str, Actor]) -> list[Mention]:
    """The mentions with the parties the model missed or cut ("Reform UK" tagged as the
    country "UK", "Pakistan Tehreek-e-Insaf") put in, replacing the pieces inside the name."""
    return _named_mentions(doc, mentions, others, _party_names_pattern(), _written_as_name)


def alias_mentions(text: str, mentions: list[Mention], actors: list[Actor]) -> list[Mention]:
    """Every further occurrence of a name already found, which the model missed ("Trump's",
    "the Trump administration"): a name, an alias, or a surname no other person shares."""
    covered = [(m.start, m.end) for m in mentions]
    surnames = Counter(a.name.split()[-1] for a in actors if a.kind == "person" and len(a.name.split()) > 1)
    found: list[Mention] = []
    for actor in actors:
        names = {actor.name, *(a for a in actor.aliases if a[:1].isupper())}
        if actor.kind == "person" and len(actor.name.split()) > 1 and surnames[actor.name.split()[-1]] == 1:
            names.add(actor.name.split()[-1])
        for name in sorted(names, key=lambda n: (-len(n), n)):
            if len(name) < 3:
                continue
            for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
                start, end = match.span()
                if any(s < end and start < e for s, e in covered):
                    continue
                covered.append((start, end))
                found.append(Mention(text=name, start=start, end=end, label="ALIAS", actor_id=actor.id))
                if actor.kind == "org" and actor.country is None and actor.sector not in {"IGO", "NGO"}:
                    actor.country = _possessed_by_country(text[:start])  # "led by China's Tianshan Lithium"
    return found


def _possessed_by_country(before: str) -> str | None:
    """The country whose possessive the text puts right before a name ("… China's ")."""
    owner = re.search(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s\s+$", before)
    place = lookup(owner.group(1)) if owner else None
    return place.iso3 if place is not None and place.kind == "country" else None


def _person_key(name: str, people: dict[str, Actor]) -> str | None:
    """The person a (possibly partial) name refers to among those already seen."""
    key = fold(name)
    if key in people:
        return key
    spelled = name_key(name)
    same = next((k for k, actor in people.items() if name_key(actor.name) == spelled), None)
    if same is not None:
        return same  # "Volodymyr Zelenskiy" of "Volodymyr Zelensky"
    parts = [p for p in name_key(name).split() if p not in NAME_PARTICLES]
    if not parts:
        return None
    for existing_key, actor in people.items():
        existing = [p for p in name_key(actor.name).split() if p not in NAME_PARTICLES]
        if len(parts) == 1 and len(existing) > 1 and parts[0] in existing:
            return existing_key  # "Wang" of "Wang Yi", "Lula" of "Luiz Inácio Lula da Silva"
        if 1 < len(parts) < len(existing) and existing[-len(parts):] == parts:
            return existing_key  # "von der Leyen" of "Ursula von der Leyen"
        if len(parts) > 1 and len(existing) == 1 and existing[0] in parts:
            return existing_key
    return None


NAME_PARTICLES = {"da", "de", "der", "von", "van", "bin", "ibn", "dos", "das", "del", "la", "le"}
NAME_PIECE_LABELS = {"PERSON", "ORG", "NORP", "GPE"}


def _name_piece(token: Token) -> bool:
    """A capitalised word that can be part of a personal name: not a title ("President"),
    not an abbreviation ("Rep."), not a place or a known body, and tagged at most as a
    person or as a one-word organisation or nationality (the model tags "Manpreet" a
    place); an untagged word after "of" ends a title ("Secretary of State")."""
    text = token.text
    if token.pos_ != "PROPN" or not text[:1].isupper() or not text[1:2].islower() or "." in text:
        return False
    if token.ent_type_ and token.ent_type_ not in NAME_PIECE_LABELS or token.lower_ in knowledge()["titles"]:
        return False
    if token.ent_type_ == "PERSON":
        return True
    one_word = token.ent_iob_ != "I" and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    return one_word and (token.i == 0 or token.doc[token.i - 1].lower_ != "of") and (lookup(text) is None and fold(text) not in knowledge()["igos"]
                                           and fold(text) not in knowledge()["ngos"] and organisation_sector(text) is None)


def _hyphened_article(doc: Doc, i: int) -> bool:
    """ "el-Sissi", "al-Assad": an Arabic article joined to a capitalised name by a hyphen."""
    return i + 2 < len(doc) and doc[i].lower_ in {"al", "el"} and not doc[i].whitespace_ \
        and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ and doc[i + 2].text[:1].isupper()


def _hyphened_syllable(doc: Doc, end: int) -> bool:
    """ "Ri Chol-man", "Moon Jae-in": a lower-case syllable hyphened to a name's last word,
    which the model often leaves out of the name."""
    return end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-" and not doc[end].whitespace_ \
        and doc[end + 1].is_alpha and doc[end + 1].is_lower and not doc[end + 1].ent_type_


def _runs(doc: Doc, starts: Callable[[Token], bool], joins: Callable[[Doc, int], int]) -> list[tuple[int, int]]:
    """Token ranges on one line that open on a token ``starts`` accepts and grow by as many
    tokens as ``joins`` takes at their end (0 ends the range)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not starts(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_:
            step = joins(doc, end)
            if not step:
                break
            end += step
        runs.append((i, end))
        i = end
    return runs


def _name_join(doc: Doc, i: int) -> int:
    """How many tokens continue a personal name at ``i``: a name piece, a particle and a piece
    ("da Silva"), or a hyphened Arabic article ("el-Sissi")."""
    if _name_piece(doc[i]):
        return 1
    if doc[i].lower_ in NAME_PARTICLES and i + 1 < len(doc) and _name_piece(doc[i + 1]):
        return 2
    return 3 if _hyphened_article(doc, i) else 0


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of adjacent name pieces on one line, particles ("da", "bin") inside."""
    return _runs(doc, _name_piece, _name_join)


def _surname_recurs(doc: Doc, start: int, end: int) -> bool:
    """An untagged two- or three-word name whose last word stands alone elsewhere in the
    article ("Renato Figueira, the diplomat …" then "Figueira's removal"): a person."""
    if not 2 <= end - start <= 3 or any(doc[i].ent_type_ for i in range(start, end)):
        return False
    surname = doc[end - 1].text
    return any(t.text == surname and not (start <= t.i < end) and t.pos_ == "PROPN"
               and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN") for t in doc)


ORGANISATION_LINKS = {"of", "for", "the", "and"}
NOT_NAME_LABELS = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _organisation_runs(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised names with an organisation word that the model cut or left out: "Law
    Society of Kenya", "Central Bank of Kenya", "Alliance for the Republic" (the model often
    tags only the country inside). Title words in front are not part of the name."""
    heads = set(knowledge()["organisation_heads"])
    titles: dict[str, str] = knowledge()["titles"]

    def piece(token: Token) -> bool:
        return token.text[:1].isupper() and token.pos_ in {"PROPN", "NOUN", "ADJ"} and token.lower_ not in titles \
            and token.ent_type_ not in NOT_NAME_LABELS

    def join(doc: Doc, i: int) -> int:
        links = i
        while links < len(doc) and doc[links].lower_ in ORGANISATION_LINKS and links - i < 2:
            links += 1
        return links - i + 1 if links < len(doc) and piece(doc[links]) else 0

    runs = _runs(doc, lambda t: piece(t) and t.lower_ != "the", join)
    return [(i, end) for i, end in runs if end - i > 1 and sum(t.text[:1].isupper() for t in doc[i:end]) > 1
            and {t.lower_ for t in doc[i:end]} & heads]


def joined_names(doc: Doc) -> list[Span]:
    """The model's entities with split personal names joined: "Helena" (ORG) + "Castro Prado"
    (PERSON), "Luiz Inácio" + "Lula da Silva", "Maria Corina" + an untagged "Machado", and a
    name after a title word that the model took for places ("union leader Manpreet Singh").
    Joined here, the name reaches the statements and events stages whole."""
    from spacy.tokens import Span

    titles: dict[str, str] = knowledge()["titles"]
    ents = list(doc.ents)
    for start, end in _name_runs(doc):
        labels = {doc[i].ent_type_ for i in range(start, end) if doc[i].ent_type_}
        inside = [e for e in ents if e.start < end and start < e.end]
        after_title = start > 0 and doc[start - 1].lower_ in titles and doc[start - 1].is_lower and end - start > 1
        if not ("PERSON" in labels or after_title or _surname_recurs(doc, start, end)) \
                or any(e.start < start or e.end > end for e in inside):
            continue
        if len(inside) == 1 and inside[0].label_ == "PERSON" and (inside[0].start, inside[0].end) == (start, end):
            continue
        ents = [e for e in ents if e not in inside] + [Span(doc, start, end, label="PERSON")]
    for start, end in _organisation_runs(doc):
        inside = [e for e in ents if e.start < end and start < e.end]
        begin = min([start, *(e.start for e in inside)])  # the model's span may take "the" in
        if all(e.end <= end and e.label_ != "PERSON" for e in inside) and start - begin <= int(doc[begin].lower_ == "the") \
                and not (len(inside) == 1 and inside[0].label_ == "ORG" and (inside[0].start, inside[0].end) == (begin, end)):
            ents = [e for e in ents if e not in inside] + [Span(doc, begin, end, label="ORG")]
    ents = [part for e in ents for part in _coordinated_bodies(e)]
    ents = [Span(doc, e.start + 1, e.end, label=e.label_) if len(e) > 1 and e[0].dep_ == "preconj" else e
            for e in ents]  # "Neither Germany nor Poland": the conjunction is no part of the name
    ents += [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if _untagged_known_surname(t)]
    ents = [Span(doc, e.start, e.end + 2, label="PERSON") if e.label_ == "PERSON" and _hyphened_syllable(doc, e.end)
            else e for e in ents]
    ents = [Span(doc, e.start, e.end, label="PERSON") if e.label_ == "ORG" and (known_person(e.text, []) or _titled_name(e))
            else Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and known_organisation(e.text)
            else Span(doc, e.start, e.end, label="NORP") if e.label_ == "PERSON" and len(e) == 1 and _is_demonym(e[0])
            else e for e in ents]  # "Volodymyr Zelenskiy" or "Trump" taken for an organisation, "Yesh Atid" or "Omani" for a person
    return sorted((e for e in ents if not _stance(e)), key=lambda e: e.start)


def _coordinated_bodies(entity: Span) -> list[Span]:
    """ "House of Representatives and High Council of State" tagged as one organisation: two
    bodies, when the name after "and" is a conjunct of the first with a body word of its own
    (not "Ministry of Trade and Industry", nor "Food and Agriculture Organization")."""
    from spacy.tokens import Span

    heads = set(knowledge()["organisation_heads"])
    root = entity.root
    for token in entity:
        if entity.label_ == "ORG" and token.dep_ == "conj" and token.head == root and token.i > root.i:
            second = [t.i for t in token.subtree if entity.start <= t.i < entity.end]
            link = entity.doc[second[0] - 1]
            if link.dep_ == "cc" and link.i > entity.start and any(entity.doc[i].lower_ in heads for i in second):
                return [Span(entity.doc, entity.start, link.i, label="ORG"), Span(entity.doc, second[0], entity.end, label="ORG")]
    return [entity]


def _titled_name(entity: Span) -> bool:
    """ "Ramón Quiroga, president of the fishing federation, …" with the name tagged ORG: two
    or three capitalised words that name no body, set off by a title ("president", "chief
    executive"), are a person's name."""
    heads = set(knowledge()["organisation_heads"])
    titles: dict[str, str] = knowledge()["titles"]
    named = 2 <= len(entity) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in heads for t in entity)
    return named and not known_organisation(entity.text) and lookup(entity.text) is None and any(
        c.dep_ == "appos" and c.lower_ in titles and c.lower_ not in heads for c in entity.root.children)


def _stance(entity: Span) -> bool:
    """ "a pro-Russian president", "anti-American protesters": a leaning, not a nationality."""
    words = [entity.doc[i].lower_ for i in range(max(entity.start - 2, 0), min(entity.start + 2, entity.end))]
    return entity.label_ in {"NORP", "GPE"} and any(a in {"pro", "anti"} and b == "-" for a, b in zip(words, words[1:]))


def _untagged_known_surname(token: Token) -> bool:
    """ "Trump threatened …" with "Trump" read as a common noun: a well-known figure's listed
    surname standing alone, capitalised and untagged, is that figure."""
    alone = all(not (0 <= i < len(token.doc)) or token.doc[i].pos_ != "PROPN" for i in (token.i - 1, token.i + 1))
    return not token.ent_type_ and token.is_title and alone and token.pos_ in {"NOUN", "PROPN"} and known_person(token.text, []) is not None


def known_organisation(name: str) -> bool:
    """A party, international body, NGO or institution the knowledge names."""
    key = fold(name)
    place = lookup(name)
    return any(key in knowledge()[table] for table in ("parties", "igos", "ngos")) or \
        place is not None and place.kind == "institution" and not is_city(name)


@register_stage("actors")
def find_actors(work: Work) -> Work:
    """Fill ``article.mentions`` and ``article.actors`` from the parse."""
    doc = work.doc
    assert doc is not None, "the actors stage needs the parse stage before it"
    doc.ents = joined_names(doc)
    igos: dict[str, str] = knowledge()["igos"]
    people: dict[str, Actor] = {}
    others: dict[str, Actor] = {}
    mentions: list[Mention] = []
    pronoun_owned: dict[str, int] = {}
    person_spans_of: dict[str, list[Span]] = {}
    person_spans = [e for e in doc.ents if e.label_ == "PERSON" and not _is_place_name(e.text) and not _city_of_body(e)
                    and not is_dateline(e)]
    # Full names first, so that a bare surname attaches to the full name seen later too.
    for span in sorted(person_spans, key=lambda s: -len(s)):
        name, _ = _clean_name(span)
        if not name or "\n" in name:
            continue
        key = _person_key(name, people)
        if key is None:
            key = fold(name)
            people[key] = Actor(id=actor_id("person", name), name=name, kind="person")
        actor = people[key]
        if name != actor.name and name not in actor.aliases:
            actor.aliases.append(name)
        if owned_by_pronoun(span):
            pronoun_owned.setdefault(actor.id, span.start_char)
        person_spans_of.setdefault(key, []).append(span)
        roles, sector, country = role_before(span)
        if sector != "IGO":
            later_roles, later_sector, apposition_country = role_after(span)
            if not roles:
                roles, sector, country = later_roles, later_sector, country or apposition_country
            elif later_sector == "IGO":  # "the ASEAN envoy, Malaysian diplomat Hisham Rahman": the body's, not Malaysia's
                roles, sector, country = [*roles, *later_roles], later_sector, None
        if not roles and _title_in_name(span):  # "Archbishop Maurice Muhatia" as one entity
            roles, sector = [_title_in_name(span)], sector_of_role(_title_in_name(span))
        for role in roles:
            if role not in actor.roles:
                actor.roles.append(role)
        actor.sector = actor.sector or sector
        actor.country = actor.country or country or _described_nationality(span)
    for key, actor in list(people.items()):
        known = known_person(actor.name, actor.aliases)
        if known is not None:
            _adopt(actor, known)
    for actor in known_people_in(work.article.text, [*people.values()]):
        people[fold(actor.name)] = actor
    for span in doc.ents:
        name, end = _clean_name(span)
        if not name or "\n" in name:
            continue
        if is_dateline(span):
            continue
        if span.label_ == "PERSON" and (_is_place_name(name) or _city_of_body(span)):
            span = doc.char_span(span.start_char, span.end_char, label="LOC" if is_landform(name) else "GPE") or span
        if span.label_ == "PERSON" or (span.label_ in {"ORG", "GPE", "NORP"} and len(name.split()) == 1
                                       and _person_key(name, people) and _person_not_place(span, name)):
            key = _person_key(name, people)
            if key is None:
                continue
            actor = people[key]
        elif span.label_ in {"GPE", "ORG", "NORP", "FAC", "LOC"}:
            if is_location(span):
                continue
            actor = _organisation(span, name, igos, others)
            if actor is None:
                continue
        else:
            continue
        mentions.append(Mention(text=work.article.text[span.start_char:end], start=span.start_char, end=end,
                                label=span.label_, actor_id=actor.id))
        if name != actor.name and name not in actor.aliases:
            actor.aliases.append(name)
    home = home_country(doc)
    mentions = known_organisation_mentions(doc, mentions, others)
    mentions = party_mentions(doc, mentions, others)
    mentions.extend(institution_mentions(doc, mentions, others, home, people))
    mentions.extend(described_organisations(doc, mentions, others))
    _home_parties(doc, others, home)
    mentions = join_short_forms(work.article.text, mentions, others)  # "MPP leader X" is the party's, named in full
    attached = {people[key].id: owner for key, spans in person_spans_of.items()
                if key in people and (owner := attached_organisation(spans, mentions, others)) is not None}
    affiliate_people(mentions, people, others, pronoun_owned, attached)
    by_id = {a.id: a for a in people.values()}
    for key, spans in person_spans_of.items():
        person = people.get(key)
        if person is not None and person.country is None:
            person.country = next((c for c in map(_sentence_setting, spans) if c), None) \
                or next((c for span in spans if (c := _possessor_country(span, mentions, by_id))), None) \
                or _colleague_country(person, others) or _qualified_government_country(doc, person)
    renamed: dict[str, str] = {}
    named = country_counts(doc)
    for actor in [*people.values(), *others.values()]:  # a person the text places nowhere is the article's
        if actor.sector == "IGO" and actor.kind == "person":
            actor.country = None  # an international civil servant speaks for no country
        if actor.kind == "person" and actor.sector is None and not actor.roles:
            actor.sector = "CVL"  # no title, no organisation: a private person (CAMEO's civilians)
        if actor.country is None and actor.kind == "org" and actor.sector in DOMESTIC_SECTORS:
            actor.country = _setting_country(doc, actor, mentions)
        region = _region_country(actor.name.split()) if actor.country is None and actor.kind == "org" else None
        if region in named:
            actor.country = region  # "Texas National Guard", "Tigray forces": the region's country (C2), not the
            # article's home; one the story names, as a bare "North" is a region of many
        if actor.country is None and home is not None and (actor.sector in DOMESTIC_SECTORS or
                                                           actor.kind == "person" and actor.sector is None):
            chamber = actor.kind == "org" and actor.name[:1].isupper()  # "the general congress" of a group is no legislature
            actor.country = chamber_country(doc, actor.name, home, [*people.values(), *others.values()]) if chamber else home
            if actor.kind == "org" and actor.sector not in PARTY_SECTORS and organisation_sector(actor.name) \
                    and name_country(actor.name) is None and demonym(actor.country):
                # "Finance Ministry" here is Ghana's, not the one of the last article
                old, actor.name = actor.id, f"{demonym(actor.country)} {actor.name}"
                actor.id = renamed[old] = actor_id("org", actor.name)
    mentions = [replace(m, actor_id=renamed.get(m.actor_id or "", m.actor_id)) for m in mentions]
    mentions.extend(title_mentions(doc, mentions, people, others, home))
    mentions.extend(organisation_mentions(doc, mentions, others))
    mentions.extend(alias_mentions(work.article.text, mentions, [*people.values(), *others.values()]))
    used = {m.actor_id for m in mentions}
    work.actors = {a.id: a for a in [*people.values(), *others.values()] if a.id in used}
    work.article.mentions = sorted(mentions, key=lambda m: m.start)
    work.article.actors = list(work.actors.values())
    return work


def _person_not_place(span: Span, name: str) -> bool:
    """A one-word name of a person the article names is the person, not the town it also
    spells ("Lima's lawyers" after "governor Wilson Lima" are not Peru's, nor is "Lima" a
    mention of Peru), unless a preposition puts it on the map ("in Lima"); a country's or a
    province's name stays the place ("Sabah's state assembly" after a party called "Gabungan
    Rakyat Sabah"), unless a "who" clause tells of it."""
    place = lookup(name)
    if place is not None and place.kind == "country":  # "Montenegro, who visited the command post" after "Prime
        return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in span.root.children)  # Minister Luís Montenegro"
    if _first_level_region(name) is not None:
        return False
    if place is None:
        return True
    before = span.doc[span.start - 1] if span.start else None
    return before is None or before.pos_ != "ADP"


def _home_parties(doc: Doc, others: dict[str, Actor], home: str | None) -> None:
    """A party name the knowledge gives another country is the home country's own when it has
    one of that name ("the Republican Party" in a story from Santiago is Chile's), or when the
    name is made of words many countries' parties share and the story never names the other
    country ("the Democrats" in a story from Cotonou; but "Likud" stays Israel's)."""
    if home is None:
        return
    shared_names = knowledge()["shared_party_names"]
    family_words = {w for name, country in [*knowledge()["parties"].items(), *((n, "") for n in shared_names)]
                    if not country for w in name.split()}
    counts = country_counts(doc)
    for actor in others.values():
        shared = home in shared_names.get(fold(actor.name), [])
        generic = all(w in family_words for w in fold(actor.name).split())
        foreign = generic and actor.sector in PARTY_SECTORS and actor.country not in {None, home} and not counts[actor.country]
        if actor.kind == "org" and (shared or foreign):
            actor.country = home


def _role_owner(person: Actor, organisations: list[Actor]) -> Actor | None:
    """The organisation named inside one of a person's roles ("Bharat Forge chairman",
    "executive director of Amnesty Kenya"), not one the role is directed at ("ambassador to
    the UN"); a name made only of title words ("Defence") is not one, nor one the person has left
    ("Pavel, a former NATO general" speaks for the Czech state, not for NATO)."""
    titles: dict[str, str] = knowledge()["titles"]
    roles = [" ".join(_employer_words(role.split())) for role in person.roles if not _former_role(role)]
    for organisation in organisations:
        surfaces = [s for s in dict.fromkeys([organisation.name, *organisation.aliases])
                    if len(s) > 1 and not all(w in titles for w in fold(s).split())]
        for role in roles:
            if any(re.search(r"(?<![\w-])" + re.escape(s) + r"(?![\w-])", role) for s in surfaces):
                return organisation
    return None


OWNER_PREPOSITIONS = {"of", "from"}


def attached_organisation(spans: list[Span], mentions: list[Mention], others: dict[str, Actor]) -> Actor | None:
    """An organisation the syntax ties a person to: "Ekrem Imamoglu of the opposition CHP",
    "Kukies, a Social Democrat", "Mathias Middelberg, an AfD lawmaker", "Labour's Jane Roe"."""
    by_id = {a.id: a for a in others.values() if a.kind in {"org", "igo"} and a.sector}
    for span in spans:
        root = span.root
        tokens: list[Token] = []
        for child in root.children:
            if child.dep_ == "appos" and any(c.lower_ in FORMER_WORDS for c in child.children):
                continue  # "Pavel, a former NATO general": no longer NATO's
            if child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS or child.dep_ in {"appos", "poss"}:
                tokens.extend(child.subtree)
        after = span.doc[span.end:span.end + 6]
        if len(after) and after[0].lower_ in OWNER_PREPOSITIONS:  # the parse often hangs "of the X party" elsewhere
            tokens.extend(takewhile(lambda t: not (t.is_punct or t.pos_ in {"VERB", "AUX"}), after[1:]))
        for token in tokens:
            mention = mention_at([m for m in mentions if m.actor_id in by_id], token.idx, token.idx + len(token))
            if mention is not None:
                return by_id[mention.actor_id or ""]
    return None


def _kind_owner(person: Actor, mentions: list[Mention], organisations: dict[str, Actor]) -> Actor | None:
    """The organisation a role names by its kind only ("ministry spokesman Wu Qian" after
    "China's Defence Ministry"): the last one of that kind named before the person."""
    kinds = {w for role in person.roles for w in fold(role).split() if w in ORGANISATION_NOUNS}
    first = min((m.start for m in mentions if m.actor_id == person.id), default=None)
    if not kinds or first is None:
        return None
    before = [organisations[m.actor_id or ""] for m in sorted(mentions, key=lambda m: m.start)
              if m.end <= first and m.actor_id in organisations]
    return next((o for o in reversed(before) if kinds & set(fold(o.name).split())), None)


PERSON_OWNERS = {"his", "her"}


def _possessor_country(span: Span, mentions: list[Mention], people: dict[str, Actor]) -> str | None:
    """ "His unification minister, Chung Dong-young", "his son Eduardo Bolsonaro": someone's
    minister or relative shares the country of the person named last before."""
    doc = span.doc
    nouns = [span.root.head] if span.root.dep_ in {"appos", "compound"} else []
    nouns += [t for t in doc[max(span.sent.start, span.start - 4):span.start] if t.pos_ == "NOUN"]
    if not any(c.dep_ == "poss" and c.lower_ in PERSON_OWNERS for noun in nouns for c in noun.children):
        return None
    return _last_person_country(span.start_char, mentions, people)


def _last_person_country(position: int, mentions: list[Mention], people: dict[str, Actor]) -> str | None:
    """The country of the person named last before ``position``, whom "his" or "her" there points to."""
    before = [m for m in mentions if m.end <= position and m.actor_id in people]
    owner = people[max(before, key=lambda m: m.end).actor_id or ""] if before else None
    return owner.country if owner is not None else None


def _colleague_country(person: Actor, others: dict[str, Actor]) -> str | None:
    """A judge, officer or legislator the text places nowhere serves the one court, army or
    legislature of the article ("Justice Luiz Fux" beside "Brazil's Supreme Federal Court")."""
    if person.sector not in {"JUD", "MIL", "LEG"}:
        return None
    countries = {a.country for a in others.values() if a.kind == "org" and a.sector == person.sector}
    return countries.pop() if len(countries) == 1 else None


def _qualified_government_country(doc: Doc, person: Actor) -> str | None:
    """ "Federal Foreign Minister Abdi Warsame" in a story that speaks of "Somalia's federal
    government": a title opened by the word that qualifies one country's government is that
    country's, wherever the story was filed."""
    qualifiers = knowledge()["government_qualifiers"]
    words = {role.split()[0].lower() for role in person.roles if role} & set(qualifiers)
    owners = (c for t in doc if t.lower_ in words and t.dep_ in {"amod", "compound"}
              for c in t.head.children if c.dep_ == "poss" and c.ent_type_ == "GPE")
    return next((place.iso3 for owner in owners if (place := lookup(owner.text)) is not None and place.kind == "country"),
                None)


def affiliate_people(mentions: list[Mention], people: dict[str, Actor], others: dict[str, Actor],
                     pronoun_owned: dict[str, int], attached: dict[str, Actor]) -> None:
    """People who speak for an organisation take its sector and country: one named in their
    role ("CHP leader", "Unite general secretary" → the party's or union's sector), or the
    organisation named last before "its spokesman" / "their budget expert". A generic
    government title gives way to the organisation's sector; a specific one stays."""
    by_id = {a.id: a for a in others.values() if a.kind in {"org", "igo"} and a.sector}
    for person in people.values():
        named = _role_owner(person, list(by_id.values()))
        owner = named or attached.get(person.id)
        position = pronoun_owned.get(person.id)
        if owner is None and position is not None:
            before = [m for m in mentions if m.end <= position and m.actor_id in by_id]
            owner = by_id[max(before, key=lambda m: m.end).actor_id or ""] if before else None
        if owner is None:
            owner = _kind_owner(person, mentions, by_id)
        if owner is None or owner.sector is None:
            continue
        echoed = named is not None and _echoes_name(person, named)
        # a party's lawmaker is the party's; a former head stays ELI; "MPP Secretary-General" is no international
        # official ("ECOWAS Energy Commissioner", naming an international body, is one)
        # "Its secretary general" after a party, "secretary general of the opposition PTI": the party's
        igo_title = person.sector == "IGO" and owner.sector != "IGO" and not any(_igo_words(role.split()) for role in person.roles)
        if person.sector in {None, "GOV", "LEG"} or echoed or igo_title:
            person.sector = owner.sector
        if owner.sector not in {"IGO", "NGO"} or owner.country is not None:
            owns_the_country = named is not None and not any(country_of_role(_without(role, named)) for role in person.roles)
            person.country = (owner.country if echoed or owns_the_country else None) or person.country or owner.country


def _without(role: str, organisation: Actor) -> list[str]:
    """A role's words less the organisation's name in it: what is left to tell a country of its own
    ("Swedish People's Party leader" tells none beside the Finnish party's)."""
    for surface in sorted({organisation.name, *organisation.aliases}, key=len, reverse=True):
        role = re.sub(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])", " ", role)
    return role.split()


def _echoes_name(person: Actor, organisation: Actor) -> bool:
    """The person's sector came from what the bundled knowledge makes of the organisation's
    name, not from the article ("PTI spokesman": the knowledge's Press Trust of India, where
    the article's PTI is a Pakistani party); the article's organisation wins."""
    return any(sector_of_role(s) == person.sector for s in dict.fromkeys([organisation.name, *organisation.aliases]))


def organisation_sector(name: str) -> str | None:
    """The sector an organisation's name tells ("Nigeria Labour Congress" → CVL, "Bank of Ghana"
    → GOV, "Bharat Forge" → BUS); a phrase before a single word ("State House" is no
    legislature, "Kenya Bankers Association" no union), then the last word, which heads an
    English name ("Centre Party"); parties come back as PARTY, placed in
    or out of power by context."""
    words = fold(name).split()
    padded = f" {' '.join(words)} "
    groups = knowledge()["organisation_words"]
    phrase = next((sector for sector, keys in groups if any(" " in k and f" {k} " in padded for k in keys)), None)
    headed = next((sector for sector, keys in groups if words and words[-1] in keys), None)  # "Centre Party" is a party
    sector = phrase or headed or next((sector for sector, keys in groups if set(keys) & set(words)), None)
    if sector == "BUS" and "bank" in words and is_central_bank(name):
        return "GOV"
    return sector


def is_central_bank(name: str) -> bool:
    """ "Bank of Korea", "the central bank", "Federal Reserve", "Monetary Authority of Singapore"."""
    words = fold(name).split()
    return bool(set(words) & set(knowledge()["central_bank_words"])) or "bank" in words and "of" in words and len(words) <= 3


def name_country(name: str) -> str | None:
    """A country named inside an organisation's name ("Nigerian Senate", "Bank of Ghana",
    "Congress of South African Trade Unions"), longer names first ("South African" is not "African");
    not one inside an international body's name ("Permanent Council of the Organization of American States")."""
    words = re.findall(r"[\w'.-]+", name)  # "U.S." whole
    body = _igo_words(words)
    place = longest_place([word if i not in body else "" for i, word in enumerate(words)], {"demonym", "country"})
    return place.iso3 if place is not None else None


PARTY_ADJECTIVES = {"opposition", "ruling", "governing"}
PARTY_SECTORS = {"PTY", "OPP"}  # a party's name is its own: never prefixed with the home country


def party_sector(doc: Doc, span: Span) -> str:
    """A party is in power (PTY) when its sentence says so ("the ruling AKP") or, when the
    sentence is silent, when the knowledge lists it as governing (as of 2025); else opposition."""
    words = {t.lower_ for t in _party_context(span) if t.pos_ != "NOUN" or t.lower_ in {"coalition", "opposition"}}
    if "opposition" in words:  # not "the ruling was"
        return "OPP"
    key = fold(span.text)
    ruling = words & {"ruling", "governing", "coalition"} or {key, key.removesuffix(" party")} & set(knowledge()["ruling_parties"])
    return "PTY" if ruling else "OPP"


def _party_context(span: Span) -> list[Token]:
    """The words that describe one party, not its rivals in the same sentence: its name, the
    two words before it ("the ruling X", "opposition party X"), the noun after it ("X party")
    and what is said of it in apposition ("X, now in opposition," / "X, the main opposition party")."""
    doc = span.doc
    tokens = [*doc[max(span.sent.start, span.start - 2):span.end]]
    if span.end < span.sent.end and doc[span.end].lower_ in {"party", "coalition"}:
        tokens.append(doc[span.end])
    for child in span.root.children:
        if child.dep_ in {"appos", "amod", "prep", "advmod"} and child.i >= span.end:
            tokens.extend(child.subtree)
    head = span.root
    while head.dep_ in {"conj", "pobj", "prep"} and head.head.i != head.i:  # "a coalition of the CDU and the SPD"
        head = head.head
        if head.lower_ in {"coalition", "government", "opposition"}:
            tokens.append(head)
    return tokens


def _owner_country(span: Span) -> str | None:
    """The country an organisation name belongs to: "Chinese Defence Ministry", "Brazil's Foreign
    Ministry", "the Chinese military's Southern Theatre Command"."""
    for token in span:
        place = lookup(token.text) if token.ent_type_ in {"NORP", "GPE"} or token.i == span.start else None
        if place is not None and place.kind in {"demonym", "country"}:
            return place.iso3
    return _owner_before(span)


def _owning_nation(span: Span) -> str | None:
    """The country whose people or state own a firm, by a hyphened word before its name ("the
    Emirati-owned Gulf Bauxite Company", "British-owned Kestrel Copper"), not where it works."""
    owners = [n for c in span.root.children if c.dep_ == "amod" and c.lemma_.lower() == "own" and c.i < span.start
              for n in c.children if n.dep_ in {"npadvmod", "compound", "amod"} and n.ent_type_ in {"NORP", "GPE"}]
    place = lookup(_entity_of(owners[0])) if owners else None
    return place.iso3 if place is not None and place.kind in {"country", "demonym"} else None


def _seat_country(span: Span) -> str | None:
    """The country a body named without one sits in: "the Tripoli-based Government of National
    Unity" is Libya's."""
    seat = [span.doc[i] for i in sorted(seat_words(span.root)) if span.doc[i].pos_ == "PROPN"]  # "Sanaa" may be tagged a person
    where = locate(" ".join(t.text for t in seat)) if seat else None
    return where.iso3 if where is not None else None


def _possessing_country(span: Span) -> str | None:
    """The country whose possessive governs a name, words between them or not: "Tajikistan's" in
    "Tajikistan's ruling People's Democratic Party"."""
    owner = next((c for c in span.root.children if c.dep_ == "poss" and c.i < span.start), None)
    place = lookup(_entity_of(owner)) if owner is not None and owner.ent_type_ in {"GPE", "NORP"} else None
    return place.iso3 if place is not None and place.kind == "country" else None


def _owner_before(span: Span) -> str | None:
    """The country named in front of an organisation's name as its owner: "Brazil's" in
    "Brazil's Foreign Ministry", "the Chinese military's" in "the Chinese military's Southern
    Theatre Command"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.dep_ == "cc" and span.root.dep_ == "conj":  # "Libya's House … and High Council of State"
        before = next((c for c in span.root.head.children if c.dep_ == "poss"), None)
    elif before is not None and before.tag_ == "POS" and span.start > 1:
        before = doc[span.start - 2]
    if before is None:
        return None
    owners = [before, *(c for c in before.lefts if c.dep_ in {"amod", "compound"})]  # "the Chinese military's"
    whole = doc[min(o.i for o in owners):before.i + 1]  # "South Africa's High Commission": "South" hangs on "Africa"
    place = lookup(whole.text) if len(whole) > 1 and before.ent_type_ in {"NORP", "GPE"} else None
    if place is not None and place.kind in {"demonym", "country"}:
        return place.iso3
    for owner in owners:
        place = lookup(owner.text) if owner.ent_type_ in {"NORP", "GPE"} else None
        if place is not None and place.kind in {"demonym", "country"}:
            return place.iso3
    return None


def _described_owner(span: Span) -> str | None:
    """The country that owns a body of no known kind, told before the words that describe it:
    "Singapore's national water agency PUB"."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].pos_ in {"NOUN", "ADJ"} and doc[start - 1].text.islower():
        start -= 1
    described = start < span.start and start > 0 and doc[start - 1].tag_ == "POS"
    return _owner_before(doc[start:span.end]) if described else None


def _organisation(span: Span, name: str, igos: dict[str, str], others: dict[str, Actor]) -> Actor | None:
    """Country, capital, institution, international body or other organisation actor."""
    label = span.label_
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    if fold(name) in ORGANISATION_NOUNS or fold(name) in ORGANISATION_SYNONYMS:
        return None  # "the Fund", "the Agency": a reference to one named before, not a name
    igo = igos.get(fold(name))
    if igo is not None:
        return _keep(others, Actor(id=actor_id("igo", igo), name=igo, kind="igo", sector="IGO"))
    ngo = knowledge()["ngos"].get(fold(name))
    if ngo is not None:
        return _keep(others, Actor(id=actor_id("org", ngo), name=ngo, kind="org", sector="NGO"))
    prior = span.doc[span.start - 1] if span.start > 0 else None
    if prior is not None and prior.ent_type_ in {"NORP", "GPE"} and fold(f"{prior.text} {name}") in knowledge()["parties"]:
        name = f"{prior.text} {name}"  # "Swedish" + "People's Party", split by the tagger: Finland's party, named whole
    party_country = knowledge()["parties"].get(fold(name))
    if party_country is not None:  # "CHP", "Likud", "Christian Democrats": names with no party word
        # "" for a name many countries' parties share ("Labour", "the Greens"): the article's; a country owning it
        # names it ("Tajikistan's ruling People's Democratic Party" is no Nigerian party)
        country = _possessing_country(span) or party_country or None
        return _keep(others, Actor(id=actor_id("org", name), name=name, kind="org", country=country,
                                   sector=party_sector(span.doc, span)))
    place = lookup(name)
    if place is not None:
        if label == "NORP" and place.kind == "demonym" and not _stands_for_country(span):
            return None  # "Russian" describes, it does not act
        institution = place.kind == "institution" and fold(name) != fold(place.name) and not is_city(name)
        kind = "org" if institution else "country"
        canonical = name if institution else place.name
        sector = place.sector if institution else "GOV"
        return _keep(others, Actor(id=actor_id(kind, canonical), name=canonical, kind=kind, country=place.iso3, sector=sector))
    if label == "NORP" or label in {"FAC", "LOC"} and not _described_as_organisation(span) or is_landform(name):
        return None
    sector = "IGO" if _igo_body(name, igos) else organisation_sector(name) or _kind_after(span)
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if sector == "PARTY" or before in PARTY_ADJECTIVES:  # "the opposition Congress"
        sector = party_sector(span.doc, span)
    owner = _owner_before(span) if sector else None  # "Serbia's Office for Kosovo": the owner, not the remit its name gives
    named_country = name_country(name)  # "Nigerian Senate", looked up once
    country = owner or named_country or _owning_nation(span) or (
        _owner_country(span) or _seat_country(span) or _posted_in(span.root) or (
            _reporting_country(span.root) if sector == "MIL" else None)
        if sector else _described_owner(span))  # a force a ministry reports on is its state's; a chamber is not
    if sector == "IGO" or sector == "NGO" and named_country is None:
        country = None  # "the U.N. Support Mission in Libya" works in Libya for no country (guide §3)
    if label == "GPE" and country is None and sector is None and (where := _place_acting(span, name)) is not None:
        return _keep(others, Actor(id=actor_id("org", name), name=name, kind="org", country=where.iso3))
    adjective = demonym(country) if country else None
    if adjective and not any(lookup(w) for w in name.split()) and named_country is None:  # nor "Hong Kong"
        name = f"{adjective} {name}"
    named_before = _owned_namesake(name, others) if country is None else None
    return named_before or _keep(others, Actor(id=actor_id("org", name), name=name, kind="org", country=country, sector=sector))


def _place_acting(span: Span, name: str) -> Location | None:
    """Where a place that acts lies, which gives its country: a city before a body ("an Istanbul
    court"), or a province or town that acts within its state (guide §3, C2: "Quebec held
    referendums") when it lies in a country the story names; not "Duarte" (a person the model
    took for a Californian town) in a story about Portugal, nor a place that only names a site
    ("the Busia border crossing")."""
    if _city_of_body(span):
        return locate(name)
    region = _first_level_region(name)
    if region is not None:  # "Texas sued", "Sindh officials": a federal member state is its country's (C2)
        return region
    if span.root.dep_ in {"compound", "nmod", "amod"}:
        return None
    named = set(country_counts(span.doc))
    where = locate(name, named)
    return where if where is not None and where.iso3 in named else None


def _owned_namesake(name: str, others: dict[str, Actor]) -> Actor | None:
    """The body a name stands for when the text named it before with its country: "the High
    Council of State" after "Libya's House of Representatives and High Council of State", "the
    House" (a name cut before its "of") after "Libya's House of Representatives"."""
    return next((actor for actor in others.values() if actor.kind == "org" and actor.country is not None
                 and (owned := fold(f"{demonym(actor.country)} {name}"))
                 and (fold(actor.name) == owned or fold(actor.name).startswith(f"{owned} of "))), None)


def _described_as_organisation(span: Span) -> bool:
    """A name the model took for a building that an organisation noun in front describes:
    "the German charity Sea-Watch", "the rescue group Mare Liberum"."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < span.start and organisation_sector(_described(c))
               for c in span.root.children)


def _kind_after(span: Span) -> str | None:
    """The sector of the common noun a name stands in front of, which says what kind of body it
    is: "the CGT union federation" is a union, "the Kataeb party" a party; a place in front of
    one ("an Istanbul court") only seats it."""
    head = span.root.head
    words = span.doc[span.end:head.i + 1]
    if span.label_ != "ORG" or span.root.dep_ != "compound" or head.i < span.end or not all(t.text.islower() for t in words):
        return None
    return organisation_sector(words.text)


def _igo_body(name: str, igos: dict[str, str]) -> bool:
    """A body of an international organisation, named after it: "the ECOWAS Commission", "the
    United Nations Security Council", "the Pacific Islands Forum Fisheries Agency", or before it
    ("the Permanent Council of the Organization of American States")."""
    words = name.split()
    folded = fold(name).split()
    owners = [i + 1 for i, word in enumerate(folded) if word == "of"]
    return any(word.isupper() and fold(word) in igos for word in words) or any(
        " ".join(folded[:size]) in igos for size in range(2, len(folded))) or any(
        " ".join(folded[start + (folded[start:start + 1] == ["the"]):]) in igos for start in owners)


SIDE_NOUNS = {"side", "delegation", "negotiators"}


def _stands_for_country(span: Span) -> bool:
    """A nationality word that acts for its country: "the Americans seized …", "the Russian side"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    definite = span.start > 0 and doc[span.start - 1].lower_ == "the"
    plural_noun = span.text.endswith("s") and span.root.dep_ not in {"amod", "compound"}
    return definite and (plural_noun or after is not None and after.lower_ in SIDE_NOUNS)


def _keep(others: dict[str, Actor], actor: Actor) -> Actor:
    """The article's one actor of that name (the first one made)."""
    return others.setdefault(fold(actor.name), actor)


# -- resolving a phrase to an actor (shared by statements and events) --------------------------

PERSON_PRONOUNS = {"he", "she", "him", "her"}
PERSON_KINDS = {"person", "role"}  # a role is a person the text names only by office
GROUP_PRONOUNS = {"they", "it", "them"}


def _title_words(subject: Token) -> str:
    words = [t.lower_ for t in subject.subtree if t.pos_ in {"NOUN", "PROPN", "ADJ"} and not t.ent_type_]
    return " ".join(words)


def _person_with_role(work: Work, title: str, position: int) -> Actor | None:
    """The person, mentioned before ``position``, whose role matches a title phrase."""
    best: Actor | None = None
    for mention in work.article.mentions:
        actor = work.actors.get(mention.actor_id or "")
        if actor is None or actor.kind != "person" or mention.start > position:
            continue
        if any(role_matches(word, role) for word in title.split() for role in actor.roles):
            best = actor
    return best


ORGANISATION_NOUNS = {"agency", "charity", "panel", "committee", "group", "organisation", "organization", "body",
                      "ministry", "council", "monitor", "movement", "militia", "alliance", "bloc", "union", "company",
                      "firm", "network", "coalition", "party", "government", "administration", "office", "court"}
NOT_BASE = {"relcl", "acl", "prep", "appos", "punct", "cc", "conj", "advcl", "parataxis"}


def base_phrase(token: Token) -> list[Token]:
    """The noun phrase without its clauses and attachments ("Aisha Adam, who fled …" → "Aisha Adam")."""
    dropped = {t.i for child in token.children if child.dep_ in NOT_BASE for t in child.subtree}
    return [t for t in token.subtree if t.i not in dropped]


def resolve_actor(work: Work, subject: Token, position: int, last: Actor | None) -> tuple[Actor | None, str]:
    """The actor a subject or object token stands for, and the words that name it: a named
    mention, a pronoun's antecedent, a title's holder, an organisation named before ("the
    agency"), or a mention inside the phrase."""
    tokens = base_phrase(subject) if subject.pos_ != "PRON" else [subject]
    phrase = subject.doc[tokens[0].i:tokens[-1].i + 1].text
    named = work.actor_at(subject.idx, subject.idx + len(subject.text))
    if named is not None:
        return named, phrase
    if subject.lower_ in PERSON_PRONOUNS:
        return antecedent(work, position, last), phrase
    if subject.lower_ in GROUP_PRONOUNS:
        return (last if last is not None and last.kind not in PERSON_KINDS else None), phrase
    for child in subject.children:  # "Russia's top diplomat, Sergei Lavrov,"
        if child.dep_ == "appos":
            named = work.actor_at(child.idx, child.idx + len(child.text))
            if named is not None:
                return named, phrase
    title = _title_words(subject)
    if title and subject.pos_ == "NOUN":
        by_role = _person_with_role(work, title, position)
        if by_role is not None:
            return by_role, phrase
    # "the ministry" is the organisation named before; "the junta's ministry" is its owner's, found inside the phrase
    owned = any(c.dep_ == "poss" and work.actor_at(c.idx, c.idx + len(c.text)) is not None for c in subject.children)
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in ORGANISATION_NOUNS and tokens[0].lower_ in {"the", "a", "an"} \
            and not owned:
        organisation = nearest_actor_before(work, position, {"org", "igo"})
        if organisation is not None:
            return organisation, phrase
    found = [a for a in (work.actor_at(t.idx, t.idx + len(t.text)) for t in tokens) if a is not None]
    people = [a for a in found if a.kind in PERSON_KINDS]
    if not found:
        place = lookup(phrase)  # a capital or country the model did not tag: "Baku insisted"
        if place is not None and place.kind in {"country", "capital"} or place is not None and is_city(phrase):
            phrase = place.name
    return (people or found or [None])[0], phrase


def antecedent(work: Work, position: int, last: Actor | None) -> Actor | None:
    """Who "he" or "she" is: the last person named as a subject earlier in the paragraph, or as
    the owner of one ("Ortega's office said he had signed the decree": Ortega), else the last
    speaker, else the last person named."""
    doc = work.doc
    paragraph = work.article.text.rfind("\n", 0, position) + 1
    subject: Actor | None = None
    if doc is not None:
        for mention in work.article.mentions:
            if not paragraph <= mention.start < position:
                continue
            actor = work.actors.get(mention.actor_id or "")
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if actor is None or actor.kind not in PERSON_KINDS or span is None:
                continue
            root = span.root
            while root.dep_ in {"compound", "appos"} and root.head.i != root.i:
                root = root.head
            if root.dep_ in {"nsubj", "nsubjpass"} or root.dep_ == "poss" and root.head.dep_ in {"nsubj", "nsubjpass"}:
                subject = actor
    if subject is not None:
        return subject
    if last is not None and last.kind in PERSON_KINDS:
        return last
    return nearest_actor_before(work, position, PERSON_KINDS)


def nearest_actor_before(work: Work, position: int, kinds: set[str]) -> Actor | None:
    """The actor of a kind mentioned last before ``position``."""
    best: Actor | None = None
    for mention in work.article.mentions:
        actor = work.actors.get(mention.actor_id or "")
        if actor is not None and actor.kind in kinds and mention.end <= position:
            best = actor
    return best


# -- across articles ---------------------------------------------------------------------------

TRANSLITERATION = (
    (r"yy\b", "y"), (r"iy\b", "y"), (r"ii\b", "y"), (r"ey", "ei"), (r"kh", "h"), (r"gh", "q"), (r"dh", "d"), (r"ou", "u"),
    (r"ph", "f"), (r"w", "v"), (r"j", "y"), (r"q", "k"), (r"\bg", "k"), (r"([a-z])\1", r"\1"), (r"ie\b", "y"),
    (r"e\b", ""), (r"y\b", "i"),
)


def name_key(name: str) -> str:
    """A spelling-insensitive key for a personal name: Sergei/Sergey, Zelensky/Zelenskyy,
    Gaddafi/Qadhafi meet on the same key."""
    key = fold(name.replace("-", " "))
    for pattern, replacement in TRANSLITERATION:
        key = re.sub(pattern, replacement, key)
    return re.sub(r"\b(al|el)\s+", "", key)


def same_person(a: str, b: str) -> bool:
    """Two full names of one person (surname keys equal, given names compatible)."""
    from rapidfuzz.distance import JaroWinkler

    ka, kb = name_key(a).split(), name_key(b).split()
    if not ka or not kb or (ka[-1] != kb[-1] and JaroWinkler.similarity(ka[-1], kb[-1]) < 0.9):
        return False
    if len(ka) == 1 or len(kb) == 1:
        return True
    if set(ka[:-1]) <= set(kb[:-1]) or set(kb[:-1]) <= set(ka[:-1]):
        return True  # "Tayyip Erdogan" and "Recep Tayyip Erdogan"
    return ka[0] == kb[0] or (len(ka[0]) > 1 and len(kb[0]) > 1 and JaroWinkler.similarity(ka[0], kb[0]) >= 0.8)


def _bare_surname(actor: dict[str, Any]) -> bool:
    """A one-word name the model took for an organisation ("Figueira said"), with nothing to
    say it is one: it may be the surname of a person named in full elsewhere."""
    return actor["kind"] == "org" and actor["sector"] is None and actor["country"] is None and len(actor["name"].split()) == 1


@register_resolver("actors", order=20)
def merge_actors(store: Store, new_ids: list[str]) -> None:
    """Merge the new articles' actors into the canonical ones already stored.

    A person whose full name is a spelling variant of a stored person's, or whose bare
    surname matches exactly one stored person, becomes that person: mentions and
    statements are re-pointed and the name is kept as an alias (in ``actor_aliases``, so
    the next article with that spelling is merged at once).
    """
    fresh = store.sql(
        "SELECT DISTINCT a.id, a.name, a.kind, a.sector, a.country FROM actors a JOIN mentions m ON m.actor_id = a.id "
        "WHERE m.article_id IN (SELECT unnest(?)) ORDER BY length(a.name) DESC, a.id", [new_ids])  # full names first
    people = store.sql("SELECT id, name FROM actors WHERE kind = 'person' ORDER BY id")
    known = {r["alias"]: r["actor_id"] for r in store.sql("SELECT alias, actor_id FROM actor_aliases")}
    for actor in fresh:
        target = known.get(name_key(actor["name"]))
        if target is None and (actor["kind"] == "person" or _bare_surname(actor)):
            candidates = [p for p in people if p["id"] != actor["id"] and same_person(p["name"], actor["name"])]
            full = [p for p in candidates if len(p["name"].split()) > 1]
            if len(actor["name"].split()) == 1:
                target = full[0]["id"] if len(full) == 1 else None
            elif full:
                target = full[0]["id"]
        if target is None or target == actor["id"]:
            continue
        store.merge_actor_into(actor["id"], target)
        store.con.execute("INSERT OR REPLACE INTO actor_aliases VALUES (?, ?, 'observed')",
                          [name_key(actor["name"]), target])
        people = [p for p in people if p["id"] != actor["id"]]
    merge_organisations(store, new_ids)
    merge_offices(store, new_ids)


def merge_organisations(store: Store, new_ids: list[str]) -> None:
    """An organisation named in a new article by a name another stored organisation has as an
    alias or of which it is the short form ("RSF" here, "Rapid Support Forces (RSF)" before)
    becomes that organisation, when their countries do not disagree."""
    organisations = store.sql("SELECT id, name, aliases, country FROM actors WHERE kind IN ('org', 'igo') ORDER BY id")
    fresh = {r["id"] for r in store.sql(
        "SELECT DISTINCT m.actor_id AS id FROM mentions m WHERE m.article_id IN (SELECT unnest(?))", [new_ids])}
    names = {o["id"]: {fold(a) for a in [o["name"], *(o["aliases"] or [])]} for o in organisations}
    merged: set[str] = set()
    for actor in organisations:
        if actor["id"] not in fresh:
            continue
        key = fold(actor["name"])
        candidates = [o for o in organisations if o["id"] != actor["id"] and o["id"] not in merged
                      and (actor["country"] is None or o["country"] in {None, actor["country"]})
                      and (key in names[o["id"]] or short_form_of(actor["name"], o["name"]))]
        if len(candidates) == 1:
            store.merge_actor_into(actor["id"], candidates[0]["id"])
            merged.add(actor["id"])


def office_holder(office: Actor, people: list[Actor]) -> Actor | None:
    """The one person of the office's country whose current roles include it ("finance
    minister of Ghana" → the person seen as Ghana's finance minister); None when there
    are none or several."""
    wanted = office.roles[0] if office.roles else ""
    holders = [p for p in people if p.country == office.country and holds_title(p, wanted, former=False)]
    return holders[0] if len(holders) == 1 else None


def merge_offices(store: Store, new_ids: list[str]) -> None:
    """Merge each office named without its holder into the person known to hold it."""
    offices = store.sql(
        "SELECT DISTINCT a.* FROM actors a JOIN mentions m ON m.actor_id = a.id "
        "WHERE a.kind = 'role' AND m.article_id IN (SELECT unnest(?)) ORDER BY a.id", [new_ids])
    if not offices:
        return
    people = [Actor.from_dict(r) for r in store.sql("SELECT * FROM actors WHERE kind = 'person' AND country IS NOT NULL ORDER BY id")]
    for row in offices:
        holder = office_holder(Actor.from_dict(row), people)
        if holder is not None:
            store.merge_actor_into(row["id"], holder.id)


def read_seed(path: str | Path) -> list[Actor]:
    """Actors from a user file: CSV (name, aliases, country, sector, roles, optional kind;
    lists separated by ``|``) or JSON (a list of objects with the same keys)."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        rows = json.loads(path.read_text(encoding="utf-8"))
    else:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    return _seed_rows(rows, str(path))


def _seed_rows(rows: list[dict[str, Any]], source: str) -> list[Actor]:
    actors = []
    for number, row in enumerate(rows, start=1):
        name = (row.get("name") or "").strip()
        if not name:
            raise ValueError(f"{source}: entry {number} has no name")

        def listed(key: str) -> list[str]:
            value = row.get(key) or []
            items = value if isinstance(value, list) else str(value).split("|")
            return [v.strip() for v in items if v and v.strip()]

        sector = (row.get("sector") or "").strip().upper() or None
        kind = (row.get("kind") or "").strip() or ("igo" if sector == "IGO" and not row.get("roles") else "person")
        actors.append(Actor(id=actor_id(kind, name), name=name, kind=kind, aliases=listed("aliases"),
                            country=(row.get("country") or "").strip().upper() or None, sector=sector,
                            roles=listed("roles")))
    return actors


def load_seed(store: Store, path: str | Path) -> int:
    """Put a user's actors and their aliases into the store (one transaction)."""
    actors = read_seed(path)
    store.con.execute("BEGIN TRANSACTION")
    try:
        for actor in actors:
            store.upsert_actor(actor)
            for alias in [actor.name, *actor.aliases]:
                store.con.execute("INSERT OR REPLACE INTO actor_aliases VALUES (?, ?, 'seed')", [name_key(alias), actor.id])
        store.con.execute("COMMIT")
    except BaseException:
        store.con.execute("ROLLBACK")
        raise
    return len(actors)
