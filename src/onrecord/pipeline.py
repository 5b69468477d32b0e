"""The pipeline: registered stages run one way over batches of articles.

A stage is a callable taking a :class:`Work` (the article plus its one shared spaCy
parse) and returning it; ``pipe`` runs it over a batch. Stages are looked up by name in
``STAGES`` (a registry, like spaCy's factories), so adding a stage never means editing
an if-chain. Per-article stages are pure functions of one article plus read-only
resources, which is what lets them run inside a distributed engine's map step; work
across articles happens later, in :mod:`onrecord.resolve`, over the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

from .clean import clean, credited_dateline, extract
from .errors import ItemFailure, OnrecordError
from .read import RawItem
from .records import Actor, Article, mention_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")
# Given a batch's sources, the hashes of the lines learned as boilerplate of each.
LearnedLines = Callable[[set[str]], Mapping[str, frozenset[int]]]


@dataclass
class Work:
    """One article travelling through the stages, with its parse and actor index."""

    article: Article
    doc: Doc | None = None
    actors: dict[str, Actor] = field(default_factory=dict)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor one of whose mentions overlaps the character span, if any."""
        mention = mention_at([m for m in self.article.mentions if m.actor_id in self.actors], start, end)
        return self.actors[mention.actor_id or ""] if mention is not None else None


class Stage(Protocol):
    name: str

    def __call__(self, work: Work) -> Work: ...

    def pipe(self, works: Iterable[Work]) -> Iterator[Work]: ...


class FunctionStage:
    """Wrap a per-article function as a stage; ``pipe`` maps it over the batch."""

    def __init__(self, name: str, func: Callable[[Work], Work]) -> None:
        self.name = name
        self.func = func

    def __call__(self, work: Work) -> Work:
        return self.func(work)

    def pipe(self, works: Iterable[Work]) -> Iterator[Work]:
        return (self.func(work) for work in works)


STAGES: dict[str, Callable[[], Stage]] = {}


def register_stage(name: str) -> Callable[[Callable[[Work], Work]], Callable[[Work], Work]]:
    """Register a per-article function as the stage ``name``."""

    def register(func: Callable[[Work], Work]) -> Callable[[Work], Work]:
        STAGES[name] = lambda: FunctionStage(name, func)
        return func

    return register


def register_stage_factory(name: str) -> Callable[[Callable[[], Stage]], Callable[[], Stage]]:
    """Register a stage that needs set-up (a model) or batch-level ``pipe``."""

    def register(factory: Callable[[], Stage]) -> Callable[[], Stage]:
        STAGES[name] = factory
        return factory

    return register


class ParseStage:
    """The one spaCy pass every later stage shares; batched through ``nlp.pipe``."""

    name = "parse"

    def __init__(self, model: str | None = None) -> None:
        from . import nlp

        self.nlp = nlp.load(model)

    def __call__(self, work: Work) -> Work:
        return _parsed(work, self.nlp(work.article.text))

    def pipe(self, works: Iterable[Work]) -> Iterator[Work]:
        batch = list(works)
        for work, doc in zip(batch, self.nlp.pipe((w.article.text for w in batch), batch_size=16)):
            yield _parsed(work, doc)


def _parsed(work: Work, doc: Doc) -> Work:
    """Attach the parse, with the credit dateline the clean stage took off the text."""
    doc.user_data["dateline"] = credited_dateline(work.article.boilerplate)
    work.doc = doc
    return work


STAGES["parse"] = ParseStage

DEFAULT_STAGES: tuple[str, ...] = ("provenance", "parse", "actors", "statements", "events")


def _load_builtin_stages() -> None:
    """Import the modules whose import registers the built-in stages."""
    from . import actors, copies, events, statements  # noqa: F401


class Pipeline:
    """Clean, then every stage in order, over batches; failures are per item."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES) -> None:
        _load_builtin_stages()
        names = list(stages)
        unknown = [n for n in names if n not in STAGES]
        if unknown:
            raise OnrecordError(f"unknown stage(s) {unknown}; registered: {sorted(STAGES)}")
        self.stages: list[Stage] = [STAGES[name]() for name in names]

    def run_batch(self, items: Iterable[RawItem | Article],
                  skip: Callable[[list[str]], set[str]] | None = None,
                  learned: LearnedLines | None = None) -> tuple[list[Article], list[ItemFailure]]:
        """Process one batch: the articles that made it, and the items that failed.

        ``skip`` names the ids (of those given) already done, which are not parsed again.
        ``learned`` gives the boilerplate lines learned for the batch's sources (from a
        store); without it nothing learned is stripped.
        """
        failures: list[ItemFailure] = []
        extracted = _each(extract, items, failures)
        sources = {i.meta["source"] for i in extracted if isinstance(i, RawItem) and i.meta.get("source")}
        lines = learned(sources) if learned is not None and sources else {}
        articles = _each(lambda i: clean(i, lines.get(i.meta.get("source") or "", frozenset())), extracted, failures)
        works = [Work(article) for article in articles]
        if skip is not None:
            done = skip([w.article.id for w in works])
            works = [w for w in works if w.article.id not in done]
        for stage in self.stages:
            works = self._run_stage(stage, works, failures)
        return [w.article for w in works], failures

    @staticmethod
    def _run_stage(stage: Stage, works: list[Work], failures: list[ItemFailure]) -> list[Work]:
        try:
            return list(stage.pipe(works))
        except Exception:  # one bad article must not sink the batch: retry one by one
            survivors: list[Work] = []
            for work in works:
                try:
                    survivors.append(stage(work))
                except Exception as exc:  # noqa: BLE001 - reported per item, batch goes on
                    ref = work.article.input_ref or work.article.id
                    failures.append(ItemFailure(ref, f"stage {stage.name} failed: {type(exc).__name__}: {exc}"))
            return survivors


def _each(func: Callable[[RawItem], T], items: Iterable[RawItem | Article],
          failures: list[ItemFailure]) -> list[T | Article]:
    """``func`` over the raw items, articles passed through; an item it rejects is reported."""
    done: list[T | Article] = []
    for item in items:
        try:
            done.append(func(item) if isinstance(item, RawItem) else item)
        except OnrecordError as exc:
            failures.append(ItemFailure(item.ref, str(exc)))
    return done
