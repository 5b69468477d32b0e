"""The Python API: the same core as the CLI, returning typed records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from .boilerplate import learned_lines
from .errors import ItemFailure, OnrecordError
from .pipeline import DEFAULT_STAGES, Pipeline
from .read import RawItem, read_inputs
from .records import Article
from .resolve import resolve
from .store import DEFAULT_DB, Store

ArticleInput = str | dict | RawItem | Article


def _as_item(value: ArticleInput, index: int) -> RawItem | Article:
    if isinstance(value, (RawItem, Article)):
        return value
    if isinstance(value, str):
        return RawItem(ref=f"<text {index}>", text=value)
    if isinstance(value, dict):
        meta = {k: value[k] for k in ("id", "url", "source", "title", "published", "language") if value.get(k)}
        return RawItem(ref=str(value.get("id") or f"<item {index}>"), text=value.get("text"), html=value.get("html"), meta=meta)
    raise TypeError(f"cannot process a {type(value).__name__}; give text, a dict, or an Article")


def process(items: Iterable[ArticleInput] | str, stages: Iterable[str] = DEFAULT_STAGES,
            batch_size: int = 32, strict: bool = True) -> list[Article]:
    """Run the pipeline over texts, dicts (``text``/``html`` + metadata) or Articles.

    Nothing is written to disk: the cross-article resolvers (copies, actor and statement
    merging) run on an in-memory store. With ``strict`` (the default) an item that fails
    raises; otherwise it is left out.
    """
    if isinstance(items, str):
        items = [items]
    pipeline = Pipeline(stages)
    results: list[Article] = []
    batch: list[RawItem | Article] = []
    for index, value in enumerate(items):
        batch.append(_as_item(value, index))
        if len(batch) >= batch_size:
            results.extend(_run(pipeline, batch, strict))
            batch = []
    if batch:
        results.extend(_run(pipeline, batch, strict))
    with Store(":memory:") as store:
        ids = store.add(results)
        resolve(store, ids)
        order = {article_id: i for i, article_id in enumerate(a.id for a in results)}
        return sorted(store.articles(), key=lambda a: order.get(a.id, len(order)))


def _run(pipeline: Pipeline, batch: list[RawItem | Article], strict: bool) -> list[Article]:
    articles, failures = pipeline.run_batch(batch)
    if strict and failures:
        raise OnrecordError("; ".join(f"{f.ref}: {f.reason}" for f in failures))
    return articles


def ingest(paths: Iterable[str | Path], db: str | Path = DEFAULT_DB, batch_size: int = 32,
           replace: bool = False, stages: Iterable[str] = DEFAULT_STAGES,
           progress: object | None = None) -> tuple[int, int, list[ItemFailure]]:
    """Read, process and store files or folders; returns (read, new, failures).

    Each batch is one transaction. Its articles lose the lines the store has learned as
    boilerplate of their sources. ``progress`` is called with the number of items handled
    after every batch.
    """
    pipeline = Pipeline(stages)
    failures: list[ItemFailure] = []
    total = new = 0
    with Store(db) as store:
        for batch, read_failures in _batches(read_inputs(paths), batch_size):
            articles, batch_failures = pipeline.run_batch(batch, skip=None if replace else store.known_ids,
                                                          learned=partial(learned_lines, store))
            all_failures = [*read_failures, *batch_failures]
            stored = store.add(articles, all_failures, replace=replace)
            resolve(store, stored)
            new += len(stored)
            failures.extend(all_failures)
            total += len(batch) + len(read_failures)
            if callable(progress):
                progress(len(batch) + len(read_failures))
    return total, new, failures


def _batches(items: Iterable[RawItem | ItemFailure], size: int) -> Iterator[tuple[list[RawItem], list[ItemFailure]]]:
    batch: list[RawItem] = []
    failures: list[ItemFailure] = []
    for item in items:
        if isinstance(item, ItemFailure):
            failures.append(item)
        else:
            batch.append(item)
        if len(batch) + len(failures) >= size:
            yield batch, failures
            batch, failures = [], []
    if batch or failures:
        yield batch, failures


def open(db: str | Path = DEFAULT_DB, read_only: bool = False) -> Store:  # noqa: A001 - mirrors duckdb.connect
    """Open a store for queries: typed records (``statements()``) or DataFrames (``table()``)."""
    return Store(db, read_only=read_only)
