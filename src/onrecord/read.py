"""Read stage: turn files, folders and stdin into raw items, one per article.

A reader is chosen by file suffix from ``READERS`` (a registry, extended by plugins and
later stages); every reader yields :class:`RawItem` or :class:`ItemFailure`, so one
broken file never stops the others.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError, ItemFailure

META_KEYS = ("id", "url", "source", "title", "published", "language")


@dataclass
class RawItem:
    """One article as read, before cleaning: plain text or HTML plus known metadata."""

    ref: str
    text: str | None = None
    html: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


Reader = Callable[[str, bytes], Iterator["RawItem | ItemFailure"]]
READERS: dict[str, Reader] = {}


def reader(*suffixes: str) -> Callable[[Reader], Reader]:
    """Register a reader for file suffixes (lower case, with the dot)."""

    def register(func: Reader) -> Reader:
        for suffix in suffixes:
            READERS[suffix] = func
        return func

    return register


def decode(data: bytes, ref: str) -> str:
    """Bytes to text: UTF-8 first, then a detected encoding; binary data is refused."""
    if not data.strip():
        raise InputError("empty input")
    head = data[:4096]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary content (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError("undecodable bytes: not text in any known encoding") from None
        text = str(best)
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > 0.05 * min(len(text), 4096):
        raise InputError("binary content (control characters), not text")
    return text


@reader(".txt", "")
def read_text(ref: str, data: bytes) -> Iterator[RawItem | ItemFailure]:
    """Plain text: the first non-empty line is the title, the rest the body."""
    text = decode(data, ref).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    title, _, body = text.partition("\n")
    if not body.strip():
        yield RawItem(ref=ref, text=title.strip())
        return
    yield RawItem(ref=ref, text=body.strip("\n"), meta={"title": title.strip()})


@reader(".html", ".htm", ".xhtml")
def read_html(ref: str, data: bytes) -> Iterator[RawItem | ItemFailure]:
    yield RawItem(ref=ref, html=decode(data, ref))


def _item_from_mapping(ref: str, row: dict[str, Any]) -> RawItem:
    if not isinstance(row, dict):
        raise InputError("expected a JSON object per line")
    text, html = row.get("text"), row.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        raise InputError("record has neither 'text' nor 'html'")
    meta = {k: row[k] for k in META_KEYS if row.get(k) not in (None, "")}
    return RawItem(ref=ref, text=text if isinstance(text, str) and text.strip() else None,
                   html=None if isinstance(text, str) and text.strip() else html, meta=meta)


@reader(".jsonl", ".ndjson")
def read_jsonl(ref: str, data: bytes) -> Iterator[RawItem | ItemFailure]:
    """JSON lines: one article a line with ``text`` or ``html`` and optional metadata."""
    for number, line in enumerate(decode(data, ref).splitlines(), start=1):
        if not line.strip():
            continue
        line_ref = f"{ref}:{number}"
        try:
            yield _item_from_mapping(line_ref, json.loads(line))
        except json.JSONDecodeError as exc:
            yield ItemFailure(line_ref, f"invalid JSON: {exc.msg} at column {exc.colno}")
        except InputError as exc:
            yield ItemFailure(line_ref, str(exc))


@reader(".csv")
def read_csv(ref: str, data: bytes) -> Iterator[RawItem | ItemFailure]:
    """CSV with a header row naming the same columns as the JSONL format."""
    rows = csv.DictReader(io.StringIO(decode(data, ref)))
    for number, row in enumerate(rows, start=2):
        try:
            yield _item_from_mapping(f"{ref}:{number}", row)
        except InputError as exc:
            yield ItemFailure(f"{ref}:{number}", str(exc))


@reader(".warc")
def read_warc(ref: str, data: bytes) -> Iterator[RawItem | ItemFailure]:
    """HTML response records of a WARC file (fastwarc); other records are passed over."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    try:
        records = ArchiveIterator(io.BytesIO(data), record_types=WarcRecordType.response, parse_http=True)
        for number, record in enumerate(records, start=1):
            url = record.headers.get("WARC-Target-URI")
            item_ref = f"{ref}#{url or number}"
            if "html" not in (record.http_content_type or ""):
                continue
            body = record.reader.read()
            try:
                html = body.decode(record.http_charset or "utf-8")
            except (UnicodeDecodeError, LookupError):
                try:
                    html = decode(body, item_ref)
                except InputError as exc:
                    yield ItemFailure(item_ref, str(exc))
                    continue
            yield RawItem(ref=item_ref, html=html, meta={"url": url} if url else {})
    except Exception as exc:  # noqa: BLE001 - a broken archive is one failed item
        yield ItemFailure(ref, f"unreadable WARC: {type(exc).__name__}: {exc}")


@reader(".rss", ".atom", ".xml")
def read_feed(ref: str, data: bytes) -> Iterator[RawItem | ItemFailure]:
    """Items of an RSS or Atom feed (feedparser): their content or summary, link, date, title."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = str(feed.get("bozo_exception") or "no items")
        yield ItemFailure(ref, f"not a readable RSS/Atom feed: {reason}")
        return
    source = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        item_ref = f"{ref}#{entry.get('link') or number}"
        if not body.strip():
            yield ItemFailure(item_ref, "feed item has no content or summary")
            continue
        meta = {k: v for k, v in {"url": entry.get("link"), "title": entry.get("title"), "source": source}.items() if v}
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            meta["published"] = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        is_html = "<" in body and ">" in body
        html = f"<html><head><title>{meta.get('title', '')}</title></head><body><article>{body}</article></body></html>"
        yield RawItem(ref=item_ref, html=html if is_html else None, text=None if is_html else body, meta=meta)


def read_bytes(ref: str, data: bytes, suffix: str) -> Iterator[RawItem | ItemFailure]:
    """Run the reader registered for ``suffix`` (plain text when none is), item errors caught."""
    read = READERS.get(suffix.lower(), read_text)
    try:
        yield from read(ref, data)
    except InputError as exc:
        yield ItemFailure(ref, str(exc))


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ItemFailure]:
    """Expand folders (recursively, sorted, hidden files skipped) into files."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield ItemFailure(str(raw), "no such file or folder")


def read_inputs(paths: Iterable[str | Path], stdin: io.BufferedIOBase | None = None) -> Iterator[RawItem | ItemFailure]:
    """Every raw item from files, folders and ``-`` (JSONL on standard input)."""
    for entry in paths:
        if str(entry) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_bytes("<stdin>", stream.read(), ".jsonl")
            continue
        for path in iter_files([entry]):
            if isinstance(path, ItemFailure):
                yield path
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                yield ItemFailure(str(path), f"cannot read file: {exc.strerror}")
                continue
            suffixes = [s.lower() for s in path.suffixes]
            if suffixes and suffixes[-1] == ".gz":
                try:
                    data = gzip.decompress(data)
                except (OSError, EOFError, zlib.error) as exc:
                    yield ItemFailure(str(path), f"broken gzip: {exc}")
                    continue
                suffixes = suffixes[:-1]
            yield from read_bytes(str(path), data, suffixes[-1] if suffixes else "")
