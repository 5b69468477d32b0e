"""The read stage: suffix registry, folders, stdin, and per-item failures."""

from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from onrecord.errors import InputError, ItemFailure
from onrecord.read import RawItem, decode, read_bytes, read_inputs


def test_txt_first_line_is_title(tmp_path):
    (tmp_path / "a.txt").write_text("The title\n\nFirst paragraph.\n\nSecond.", encoding="utf-8")
    [item] = list(read_inputs([tmp_path]))
    assert item.meta["title"] == "The title"
    assert item.text.startswith("First paragraph.")


def test_jsonl_lines_with_text_or_html_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "x1", "text": "Body one here.", "source": "Wire", "published": "2024-11-07"}),
        "{not json",
        json.dumps({"id": "x2", "html": "<html><body><p>Hello there world</p></body></html>"}),
        json.dumps({"id": "x3", "title": "no body"}),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read_inputs([tmp_path / "a.jsonl"]))
    good = [i for i in items if isinstance(i, RawItem)]
    bad = [i for i in items if isinstance(i, ItemFailure)]
    assert [i.meta["id"] for i in good] == ["x1", "x2"]
    assert good[0].meta["published"] == "2024-11-07" and good[1].html
    assert {f.ref.rsplit(":", 1)[1] for f in bad} == {"2", "4"}
    assert any("invalid JSON" in f.reason for f in bad)


def test_stdin_dash_reads_jsonl():
    stream = io.BytesIO(json.dumps({"text": "From standard input."}).encode())
    [item] = list(read_inputs(["-"], stdin=stream))
    assert item.text == "From standard input."


def test_binary_empty_and_missing_are_failures(tmp_path):
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    items = list(read_inputs([tmp_path, tmp_path / "missing.txt"]))
    reasons = {i.ref.rsplit("/", 1)[-1]: i.reason for i in items if isinstance(i, ItemFailure)}
    assert "binary" in reasons["noise.bin"]
    assert "empty" in reasons["empty.txt"]
    assert "no such file" in reasons["missing.txt"]


def test_latin1_is_decoded():
    assert decode("Café Zürich statement".encode("latin-1"), "x") == "Café Zürich statement"


@given(st.binary(max_size=2000))
def test_any_bytes_give_items_or_failures_never_exceptions(data):
    for item in read_bytes("fuzz", data, ".txt"):
        assert isinstance(item, (RawItem, ItemFailure))


@given(st.text(max_size=500))
def test_decode_roundtrips_utf8_text(text):
    try:
        decoded = decode(text.encode("utf-8"), "x")
    except InputError:
        return
    assert decoded == text.lstrip("\ufeff")


def test_warc_html_responses_only_and_rss_items(tmp_path):
    from .conftest import EXAMPLES

    items = list(read_inputs([EXAMPLES / "corpus" / "crawl", EXAMPLES / "corpus" / "feeds"]))
    warc = [i for i in items if ".warc.gz#" in i.ref]
    feed = [i for i in items if ".rss#" in i.ref]
    assert len(warc) == 3 and all(i.html and i.meta["url"].startswith("https://") for i in warc)
    assert len(feed) == 3 and all(i.meta["published"] and i.meta["title"] for i in feed)
    assert feed[0].meta["source"] == "World Desk Digest"


def test_broken_gzip_warc_and_feed_are_failures(tmp_path):
    (tmp_path / "bad.warc.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    (tmp_path / "bad.warc").write_bytes(b"WARC/1.0\r\nthis is not a warc record at all\r\n")
    (tmp_path / "bad.rss").write_text("<rss><channel><title>x</title></channel></rss>", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert all(isinstance(i, ItemFailure) for i in items), items
    assert {i.ref.rsplit("/", 1)[-1] for i in items} >= {"bad.warc.gz", "bad.rss"}
