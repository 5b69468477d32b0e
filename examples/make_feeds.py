"""Build the WARC and RSS samples in examples/corpus from the HTML articles beside them.

    python examples/make_feeds.py

The crawl holds three HTML pages as WARC response records (plus a request record and a
non-HTML response, which readers must pass over); the feed holds three items with their
content. Both carry the same urls as the HTML pages, so ingesting the whole corpus shows
that the same article met twice is stored once.
"""

from __future__ import annotations

import gzip
import html
import re
import uuid
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
PAGES = ["html/006_doha-ceasefire-talks.html", "html/012_grandi-chad.html", "html/018_eu-15th-package.html"]


def meta(page: str, name: str) -> str:
    match = re.search(rf'<meta property="{name}" content="([^"]*)"', page)
    return html.unescape(match.group(1)) if match else ""


def warc_record(kind: str, url: str, payload: bytes, content_type: str) -> bytes:
    headers = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + url)}>\r\n"
               f"WARC-Date: 2025-01-21T08:00:00Z\r\nWARC-Target-URI: {url}\r\nContent-Type: {content_type}\r\n"
               f"Content-Length: {len(payload)}\r\n\r\n")
    return gzip.compress(headers.encode() + payload + b"\r\n\r\n")


def http_response(body: bytes, content_type: str) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def main() -> None:
    (CORPUS / "crawl").mkdir(exist_ok=True)
    (CORPUS / "feeds").mkdir(exist_ok=True)
    records = []
    items = []
    for name in PAGES:
        page = (CORPUS / name).read_text(encoding="utf-8")
        url = meta(page, "og:url")
        records.append(warc_record("request", url, f"GET {url} HTTP/1.1\r\n\r\n".encode(), "application/http; msgtype=request"))
        records.append(warc_record("response", url, http_response(page.encode(), "text/html; charset=utf-8"),
                                   "application/http; msgtype=response"))
        paragraphs = re.findall(r"<p>(.*?)</p>", page.split("<article>")[1].split("</article>")[0])
        published = datetime.fromisoformat(meta(page, "article:published_time").replace("Z", "+00:00"))
        items.append(f"""    <item>
      <title>{html.escape(meta(page, 'og:title'))}</title>
      <link>{url}</link>
      <pubDate>{format_datetime(published.astimezone(timezone.utc))}</pubDate>
      <description>{html.escape(''.join(f'<p>{p}</p>' for p in paragraphs))}</description>
    </item>""")
    image = http_response(b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
    records.append(warc_record("response", "https://example.org/logo.png", image, "application/http; msgtype=response"))
    (CORPUS / "crawl" / "pages.warc.gz").write_bytes(b"".join(records))
    feed = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title>World Desk Digest</title>\n'
            '    <link>https://worlddesk.example/</link>\n    <description>Selected world news</description>\n'
            + "\n".join(items) + "\n  </channel>\n</rss>\n")
    (CORPUS / "feeds" / "world.rss").write_text(feed, encoding="utf-8")


if __name__ == "__main__":
    main()
