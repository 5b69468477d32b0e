"""Extract/clean stage: raw item → :class:`Article` with clean text and metadata.

HTML goes through trafilatura (main text, title, date, site); plain text and the
extracted text then lose their boilerplate lines here (comment forms, disclaimers,
wire-id lines, share prompts, "Recent articles" tails). Every removed line is kept in
``Article.boilerplate`` so nothing is lost silently. The patterns are data: extend
``LINE_PATTERNS`` / ``TAIL_MARKERS`` rather than adding code paths.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from .boilerplate import line_hash
from .errors import InputError
from .read import RawItem
from .records import Article, stable_id

# A line matching one of these is boilerplate wherever it stands.
LINE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^your email address will not be published\b.*",
        r"^required fields are marked\b.*",
        r"^this site uses akismet\b.*",
        r"^save my name, email,? and website\b.*",
        r"^(post|submit) (a )?comment\.?$",
        r"^cancel reply$",
        r"^(share|share this( article| story)?|share on \w+|click to share\b.*|tweet|print|email)\s*:?$",
        r"^follow us on\b.*",
        r"^(subscribe|sign up)( now)? (to|for) (our|the) (free )?(daily |weekly )?newsletter\b.*",
        r"^(image|photo|picture|photograph)( credit)?s?\s*:.*",
        r"^\((photo|image)( by)?\b[^)]*\)$",
        r"^advertisement$",
        r"^[A-Z]{3,}\d{8,}ID\d{6,}$",
        r"^MENAFN$",
        r"^(also read|read more|read also|see also)\s*:.*",
        r"^(copyright|\(c\)|©)\s.{0,120}$",
        r"^(reporting|writing|editing) by\b.*",
        r"^(this|the) (article|story|report|content) (was |has been |is )?(supplied|distributed|provided|syndicated) by\b.*",
        r"^note to subscribers\s*:.*",
    )
)

# From one of these lines to the end of the text everything is boilerplate, provided the
# marker stands in the second half of the text (a real paragraph can start that way).
TAIL_MARKERS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^leave a (reply|comment)\b.*",
        r"^(\d+ )?comments?\s*:?$",
        r"^legal disclaimer\s*:?.*",
        r"^(recent|related|latest|more|popular) (articles|posts|stories|news)\s*:?$",
        r"^table of contents\s*:?$",
        r"^you (may|might) also like\s*:?$",
        r"^disclaimer\s*:.*",
    )
)


def any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One regular expression that matches where any of ``patterns`` does: a line is
    tried once instead of once per pattern."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


LINE_PATTERN = any_of(LINE_PATTERNS)
TAIL_MARKER = any_of(TAIL_MARKERS)

# Wires and syndicators: a copy they carry, or one crediting them, is a syndicated copy.
WIRES = ("MENAFN", "AFP", "AP", "Reuters", "IANS", "ANI", "PTI", "Xinhua", "TASS", "Anadolu", "WAM", "SPA", "KUNA")
# "(MENAFN) Russian Foreign Minister …": a wire tag that opens a paragraph.
WIRE_TAG = re.compile(rf"^\((?P<wire>{'|'.join(WIRES)})\)\s*[-—–]?\s*")
# "HANOI, March 4 (Pacific Rim Newswire) - …": a dateline crediting the wire that supplied the story.
WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{1,40}(?:, [A-Z][\w .'’-]{1,30})?, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                           r"[a-z]*\.? \d{1,2} \((?P<wire>[^()\n]{2,60})\)\s*[-—–]+\s*")
# A line that is only a wire's story reference: "[ANW:BIZ:20250520:0471]", "-- CPA/POL/LJU/20250609/114 --"
# (:func:`wire_ref`, which refuses web addresses).
WIRE_REF = re.compile(r"^[\[(\-–— ]*(?:[A-Za-z -]{0,20}(?:ref|no|id)\.?:?\s*)?(?P<ref>(?=[\w/:#.-]*\d)(?=[\w/:#.-]*[A-Z])[A-Z0-9]{2,}(?:[-/:#.]+[A-Za-z0-9]+){2,})"
                      r"(?:\s*END|/ENDS)?[\])\-–— ]*$", re.IGNORECASE)
WEB_ADDRESS = re.compile(r"://|\bwww\.", re.IGNORECASE)
# Wire ids that encode their date: MENAFN + DDMMYYYY + digits + ID + digits.
WIRE_ID = re.compile(r"\b(?P<wire>[A-Z]{3,})(?P<day>\d{2})(?P<month>\d{2})(?P<year>\d{4})\d*ID\d{6,}\b")


@dataclass(frozen=True)
class CleanText:
    """Clean body text and the furniture taken out of it."""

    text: str
    boilerplate: list[str]
    wire_ids: list[str]
    wire: str | None
    wire_date: str | None


def normalize_whitespace(text: str) -> str:
    """NFC, unified newlines, trimmed lines, paragraphs separated by exactly one blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def _wire_date(match: re.Match[str]) -> str | None:
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"])).isoformat()
    except ValueError:
        return None


def wire_ref(line: str) -> re.Match[str] | None:
    """The wire story reference a line consists of; a web address is none (pages list
    links as lines, and an id would mark the page syndicated). Checked after the cheap
    match, since looking for an address scans the whole line."""
    match = WIRE_REF.match(line)
    return match if match and not WEB_ADDRESS.search(line) else None


def strip_boilerplate(text: str, learned: frozenset[int] = frozenset()) -> CleanText:
    """Remove boilerplate lines from text, keeping each removed line in order.

    ``learned`` holds the hashes of lines learned as boilerplate of the article's source
    (:mod:`onrecord.boilerplate`); they go too, wherever they stand.
    """
    text = normalize_whitespace(text)
    lines = text.split("\n")
    total = max(len(text), 1)
    kept: list[str] = []
    removed: list[str] = []
    wire: str | None = None
    offset = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        position = offset / total
        offset += len(line) + 1
        if stripped and position >= 0.5 and TAIL_MARKER.match(stripped):
            removed.extend(l.strip() for l in lines[index:] if l.strip())
            break
        if stripped and (LINE_PATTERN.match(stripped) or wire_ref(stripped)
                         or (learned and line_hash(stripped) in learned)):
            removed.append(stripped)
            continue
        tag = WIRE_TAG.match(line) or (WIRE_DATELINE.match(line) if index == 0 else None)
        if tag:
            wire = wire or tag["wire"].strip()
            removed.append(tag.group(0).strip())
            line = line[tag.end():]
        kept.append(line)
    wire_ids: list[str] = []
    wire_date: str | None = None
    for line in removed:
        for match in WIRE_ID.finditer(line):
            wire_ids.append(match.group(0))
            wire = wire or match["wire"]
            wire_date = wire_date or _wire_date(match)
        if ref := wire_ref(line):
            wire_ids.append(ref["ref"])
    return CleanText(normalize_whitespace("\n".join(kept)), removed, wire_ids, wire, wire_date)


def credited_dateline(boilerplate: list[str]) -> str | None:
    """The wire-credit dateline taken off the text ("LIMA, Oct 10 (Andes Wire) -"): it still
    says where the story was filed, which the actor and event stages read."""
    return next((line for line in boilerplate if WIRE_DATELINE.match(line + " ")), None)


def syndicated(source: str | None, boilerplate: list[str], wire_ids: list[str]) -> bool:
    """An article carries a wire's furniture (its ids, tag or credit dateline) or is
    published by a wire: what tells a syndicated copy from a plain one."""
    return bool(wire_ids) or source in WIRES or any(WIRE_TAG.match(l) or WIRE_DATELINE.match(l)
                                                     for l in boilerplate)


META_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    key: tuple(re.compile(p, re.IGNORECASE | re.DOTALL) for p in patterns)
    for key, patterns in {
        "title": (r'<meta[^>]+property=["\']og:title["\'][^>]+content=["\']([^"\']+)',
                  r'"headline"\s*:\s*"([^"]+)"', r"<title[^>]*>(.*?)</title>"),
        "published": (r'<meta[^>]+property=["\']article:published_time["\'][^>]+content=["\']([^"\']+)',
                      r'"datePublished"\s*:\s*"([^"]+)"', r'<time[^>]+datetime=["\']([^"\']+)',
                      r'<meta[^>]+name=["\'](?:date|pubdate|publishdate|dc\.date)["\'][^>]+content=["\']([^"\']+)'),
        "source": (r'<meta[^>]+property=["\']og:site_name["\'][^>]+content=["\']([^"\']+)',),
        "url": (r'<meta[^>]+property=["\']og:url["\'][^>]+content=["\']([^"\']+)',
                r'<link[^>]+rel=["\']canonical["\'][^>]+href=["\']([^"\']+)'),
    }.items()
}


def html_metadata(html: str) -> dict[str, str | None]:
    """Title, date, site and url from meta tags, JSON-LD and <time>: a few regular
    expressions over the page, far cheaper than a full metadata pass; the date falls back
    to htmldate's quick search when the page declares none."""
    import html as entities

    head = html[:300_000]
    found: dict[str, str | None] = {}
    for key, patterns in META_PATTERNS.items():
        value = next((m.group(1) for p in patterns if (m := p.search(head))), None)
        found[key] = entities.unescape(re.sub(r"\s+", " ", value)).strip() if value else None
    if found["published"] is None:
        from htmldate import find_date

        found["published"] = find_date(head, extensive_search=False)
    elif found["published"]:
        found["published"] = found["published"][:10] if re.match(r"\d{4}-\d{2}-\d{2}", found["published"]) else found["published"]
    return found


def extract_html(html: str) -> dict[str, str | None]:
    """Main text (trafilatura, without its slower metadata pass) and metadata of a page."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=False)
    if not text:
        raise InputError("no article text found in HTML")
    return {"text": text, **html_metadata(html)}


ENGLISH_FUNCTION_WORDS = frozenset("the of and to in a is that for on was with as by at from it he said his are were be "
                                   "has have had its an not this which their they will would".split())


def detect_language(text: str) -> str | None:
    """ISO 639-1 code: English when its function words make up a fifth of the text (a
    fast path for the common case), otherwise py3langid (its model ships in the wheel)."""
    words = text[:2000].lower().split()
    if len(words) < 3:
        return None
    if sum(map(ENGLISH_FUNCTION_WORDS.__contains__, words)) >= 0.2 * len(words):
        return "en"
    import py3langid

    language, _score = py3langid.classify(text[:1000])
    return language


def preload() -> None:
    """Load py3langid's model now rather than on the first non-English text (about a
    second, once per process), so that a timed run measures per-page work alone."""
    import py3langid

    py3langid.classify("preload")


def extract(item: RawItem) -> RawItem:
    """An HTML item as its main text, with the page's metadata filling what the item
    lacks: its source is then known before that source's learned lines are looked up."""
    if item.text is not None or item.html is None:
        return item
    extracted = extract_html(item.html)
    body = extracted.pop("text")
    meta = dict(item.meta)
    for key, value in extracted.items():
        if value and not meta.get(key):
            meta[key] = value
    return RawItem(item.ref, text=body, meta=meta)


def clean(item: RawItem, learned: frozenset[int] = frozenset()) -> Article:
    """The extract/clean stage: one raw item in, one clean Article out.

    ``learned`` holds the hashes of the lines learned as boilerplate of the item's source
    (:func:`onrecord.boilerplate.learned_lines`), given by the caller so that the output
    depends on the arguments alone.
    """
    item = extract(item)
    meta = item.meta
    cleaned = strip_boilerplate(item.text or "", learned)
    if len(cleaned.text.split()) < 3:
        raise InputError("no article text after cleaning (fewer than 3 words)")
    url = meta.get("url")
    if url:
        article_id = stable_id("url", url, prefix="a_")
    elif meta.get("id"):
        article_id = str(meta["id"])
    else:
        article_id = stable_id("text", cleaned.text, prefix="a_")
    published = meta.get("published") or cleaned.wire_date
    return Article(
        id=article_id,
        text=cleaned.text,
        url=url,
        source=meta.get("source") or cleaned.wire,
        title=meta.get("title"),
        published=str(published) if published else None,
        language=meta.get("language") or detect_language(cleaned.text),
        boilerplate=cleaned.boilerplate,
        wire_ids=cleaned.wire_ids,
        input_ref=item.ref,
    )
