"""onrecord: who said what, to whom, when and where — from a stream of news articles.

>>> import onrecord
>>> articles = onrecord.process(["Title\n\n“We are ready,” said Jane Doe."])
>>> db = onrecord.open("onrecord.duckdb")
"""

from __future__ import annotations

from .api import ingest, open, process
from .errors import InputError, ItemFailure, ModelNotAvailable, OnrecordError
from .records import SCHEMA_VERSION, Actor, Article, Event, Mention, Statement, Story
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION", "Actor", "Article", "Event", "InputError", "ItemFailure", "Mention",
    "ModelNotAvailable", "OnrecordError", "Statement", "Store", "Story", "ingest", "open", "process",
]
