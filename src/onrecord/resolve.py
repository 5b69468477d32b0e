"""Resolve: everything that needs more than one article, run over the store.

Per-article stages never see other articles; merging copies, actors, statements, events
and stories happens here, after each ingest, on the newly stored articles against
everything stored before (incremental). Resolvers are registered with an order, like
stages, so that adding one never means editing a chain of calls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .store import Store

Resolver = Callable[[Store, list[str]], None]


@dataclass(frozen=True)
class _Entry:
    order: int
    name: str
    func: Resolver


RESOLVERS: dict[str, _Entry] = {}


def register_resolver(name: str, order: int) -> Callable[[Resolver], Resolver]:
    """Register ``func(store, new_article_ids)``; lower ``order`` runs first."""

    def register(func: Resolver) -> Resolver:
        RESOLVERS[name] = _Entry(order, name, func)
        return func

    return register


def _load_builtin_resolvers() -> None:
    """Import the modules whose import registers the built-in resolvers."""
    from . import actors, boilerplate, copies, events, statements, stories  # noqa: F401


def resolve(store: Store, new_ids: list[str]) -> None:
    """Run every registered resolver, in order, each in its own transaction."""
    _load_builtin_resolvers()
    if not new_ids:
        return
    for entry in sorted(RESOLVERS.values(), key=lambda e: e.order):
        store.con.execute("BEGIN TRANSACTION")
        try:
            entry.func(store, new_ids)
            store.con.execute("COMMIT")
        except BaseException:
            store.con.execute("ROLLBACK")
            raise
