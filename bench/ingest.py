"""Ingestion speed beside named peers, in one run.

- HTML → main text: onrecord's clean stage (trafilatura + metadata + boilerplate lines +
  language) beside trafilatura alone, on the benchmark pages;
- dedup signatures: onrecord's word 5-gram shingle sets and its rensa MinHash signatures
  (128 permutations, what the copies resolver stores and indexes) beside datasketch
  MinHash (128 permutations) over the same texts;
- WARC: response records per second through onrecord's reader (fastwarc).

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/ingest.py ../shared/bench-data/article-extraction-benchmark
"""

from __future__ import annotations

import argparse
import gzip
import io
import time
from pathlib import Path

from onrecord.clean import clean, preload
from onrecord.copies import minhash, shingles
from onrecord.errors import OnrecordError
from onrecord.read import RawItem, read_bytes


def timed(label: str, count: int, func) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    func()
    seconds = time.perf_counter() - start
    print(f"{label:<44}{count:>7}{seconds:>9.2f}{count / seconds:>11.1f}")
    return seconds


def warc_of(pages: list[str]) -> bytes:
    out = io.BytesIO()
    for number, page in enumerate(pages):
        body = page.encode()
        http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
                f"WARC-Target-URI: https://bench.example/{number}\r\nContent-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http)}\r\n\r\n").encode()
        out.write(gzip.compress(head + http + b"\r\n\r\n"))
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("benchmark", type=Path, help="folder with html/*.html.gz")
    args = parser.parse_args()
    import trafilatura
    from datasketch import MinHash
    from rensa import RMinHash

    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted((args.benchmark / "html").glob("*.html.gz"))]
    texts = [trafilatura.extract(p) or "" for p in pages]
    preload()
    clean(RawItem("warm", html=pages[0]))
    print(f"{'step':<44}{'items':>7}{'seconds':>9}{'items/s':>11}")

    def ours() -> None:
        for page in pages:
            try:
                clean(RawItem("p", html=page))
            except OnrecordError:
                pass

    ours_s = timed("onrecord clean (HTML → text + metadata)", len(pages), ours)
    theirs_s = timed("trafilatura.extract alone", len(pages), lambda: [trafilatura.extract(p) for p in pages])
    print(f"  time ratio onrecord / trafilatura: {ours_s / theirs_s:.2f}×")

    grams = [[" ".join(words[i:i + 5]).encode() for i in range(max(1, len(words) - 4))]
             for words in (text.lower().split() for text in texts)]

    def datasketch_signatures() -> None:
        for text_grams in grams:
            MinHash(num_perm=128).update_batch(text_grams)

    def rensa_signatures() -> None:
        for text_grams in grams:
            RMinHash(128, 5).update(text_grams)

    sig_s = timed("onrecord shingle signatures", len(texts), lambda: [shingles(t) for t in texts])
    rensa_s = timed("onrecord shingles + rensa MinHash (128 perm)", len(texts), lambda: [minhash(shingles(t)) for t in texts])
    mh_s = timed("datasketch MinHash (128 perm), same 5-grams", len(texts), datasketch_signatures)
    alone_s = timed("rensa MinHash alone (128 perm), same 5-grams", len(texts), rensa_signatures)
    print(f"  time ratio onrecord shingles / datasketch: {sig_s / mh_s:.2f}×, "
          f"onrecord shingles + rensa / datasketch: {rensa_s / mh_s:.2f}×, rensa alone / datasketch: {alone_s / mh_s:.2f}×")

    archive = warc_of(pages)
    timed("WARC response records (fastwarc reader)", len(pages), lambda: list(read_bytes("bench.warc", archive, ".warc")))


if __name__ == "__main__":
    main()
