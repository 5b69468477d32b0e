"""The record types: the public contract of onrecord (docs/record-format.md).

Every stage takes and returns these; the store, the exporters and the evaluators read
them. Keys are only added within one ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

SCHEMA_VERSION = 1

StatementKind = Literal["direct", "indirect"]
ActorKind = Literal["person", "role", "org", "country", "igo", "place"]


def stable_id(*parts: object, prefix: str = "") -> str:
    """A short deterministic id from its parts, so re-runs give the same ids."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:16]}"


class Record:
    """Shared (de)serialisation for the dataclass records."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        """Build from a dict, ignoring unknown keys (newer minor versions add keys)."""
        known = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        for name, value in data.items():
            if name not in known:
                continue
            nested = _NESTED.get((cls.__name__, name))
            if nested is not None and value is not None:
                value = [nested.from_dict(v) if isinstance(v, dict) else v for v in value]
            kwargs[name] = value
        return cls(**kwargs)


R = TypeVar("R", bound=Record)


@dataclass
class Actor(Record):
    """A canonical actor: one person, organisation or country, whatever it is called."""

    id: str
    name: str
    kind: str = "person"
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)


@dataclass
class RoleSpan(Record):
    """One role an actor held, as the record shows it: when it was seen held, when it began
    (an appointment) and when it ended (a dismissal, or a later article calling it former)."""

    role: str
    first_seen: str | None = None
    last_seen: str | None = None
    since: str | None = None
    until: str | None = None
    articles: list[str] = field(default_factory=list)


@dataclass
class Mention(Record):
    """One surface form of an actor in one article (the evidence for the actor)."""

    text: str
    start: int
    end: int
    label: str
    actor_id: str | None = None


def mention_at(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The mention with an actor that best covers a span: one inside the span before one that
    runs past it, then the most overlap, then the shortest; so "Russia" in "Russia's top
    diplomat" is the country, "diplomat" the person, and "the EU" of "the EU's foreign
    policy chief" the EU."""
    best: tuple[bool, int, int] | None = None
    found: Mention | None = None
    for mention in mentions:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap <= 0 or not mention.actor_id:
            continue
        key = (not (start <= mention.start and mention.end <= end), -overlap, mention.end - mention.start)
        if best is None or key < best:
            best, found = key, mention
    return found


@dataclass
class Statement(Record):
    """Who said what: a direct quote or reported speech, with its evidence span."""

    content: str
    start: int
    end: int
    kind: str = "direct"
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None
    date: str | None = None
    place: str | None = None
    negated: bool = False
    future: bool = False
    article_id: str | None = None
    articles: list[str] = field(default_factory=list)
    id: str | None = None
    group_id: str | None = None


@dataclass
class Event(Record):
    """A PLOVER 2.0 coded event (or the STATEMENT / domestic extensions)."""

    type: str
    evidence: str
    start: int
    end: int
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    source_actor: str | None = None
    source_country: str | None = None
    target_actor: str | None = None
    target_country: str | None = None
    date: str | None = None
    location: str | None = None
    location_country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    trigger: str | None = None
    confidence: float | None = None  # how likely an annotator codes it too (events/confidence.py); None: not scored
    article_id: str | None = None
    articles: list[str] = field(default_factory=list)
    id: str | None = None
    group_id: str | None = None


@dataclass
class Article(Record):
    """One news article, cleaned, with every fact extracted from it."""

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    boilerplate: list[str] = field(default_factory=list)
    wire_ids: list[str] = field(default_factory=list)
    copy_of: str | None = None
    copy_kind: str | None = None
    rewritten: bool | None = None
    rewritten_evidence: list[str] = field(default_factory=list)
    headline_mismatch: bool | None = None
    story: str | None = None
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    input_ref: str | None = None

    def export_dict(self) -> dict[str, Any]:
        """The export contract: every key of docs/record-format.md, no internals."""
        data = self.to_dict()
        data.pop("mentions")
        data.pop("input_ref")
        for statement in data["statements"]:
            statement.pop("article_id", None)
        for event in data["events"]:
            event.pop("article_id", None)
        return data


@dataclass
class Story(Record):
    """Articles about the same happening, with their span of dates and main actors."""

    id: str
    articles: list[str] = field(default_factory=list)
    first: str | None = None
    last: str | None = None
    actors: list[str] = field(default_factory=list)


_NESTED: dict[tuple[str, str], type[Record]] = {
    ("Article", "statements"): Statement,
    ("Article", "events"): Event,
    ("Article", "actors"): Actor,
    ("Article", "mentions"): Mention,
}
