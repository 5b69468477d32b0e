"""Export: records out of the store as JSONL, CSV or Parquet.

``articles`` are exported in the nested contract form (docs/record-format.md), one
article per line with its statements, events and actors; the other tables are flat.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from .store import TABLES, Store, dumps

FORMATS = ("jsonl", "csv", "parquet")


def records(store: Store, what: str) -> Iterator[dict[str, Any]]:
    """The rows of one kind of record, as dicts, streamed."""
    if what == "articles":
        for article in store.articles():
            yield article.export_dict()
        return
    for row in store.table(what).to_dict(orient="records"):
        yield {k: _plain(v) for k, v in row.items()}


def _plain(value: Any) -> Any:
    """numpy / pandas scalars and arrays → plain Python values."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if value != value:  # NaN
        return None
    return value


def write(store: Store, what: str, fmt: str, out: IO[str] | str) -> int:
    """Write every record of ``what`` in ``fmt`` to a path or text stream; returns the count."""
    if what not in TABLES:
        raise ValueError(f"unknown record kind {what!r}; choose one of {sorted(TABLES)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
    if fmt == "parquet":
        if not isinstance(out, str):
            raise ValueError("parquet is binary: give an output file with -o")
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = list(records(store, what))
        pq.write_table(pa.Table.from_pylist(rows) if rows else store.arrow(what), out)
        return len(rows)
    stream = open(out, "w", encoding="utf-8", newline="") if isinstance(out, str) else out
    try:
        count = 0
        writer: csv.DictWriter[str] | None = None
        for row in records(store, what):
            if fmt == "jsonl":
                stream.write(dumps(row) + "\n")
            else:
                flat = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in row.items()}
                if writer is None:
                    writer = csv.DictWriter(stream, fieldnames=list(flat))
                    writer.writeheader()
                writer.writerow(flat)
            count += 1
        return count
    finally:
        if isinstance(out, str):
            stream.close()
