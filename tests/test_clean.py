"""The clean stage: boilerplate lines out (and kept), wire ids to metadata."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from onrecord.clean import clean, normalize_whitespace, strip_boilerplate
from onrecord.read import RawItem

BODY = "\n\n".join(f"Paragraph {i} says that the talks in Geneva went on for hours and ended late." for i in range(8))


def test_comment_form_tail_is_removed_and_kept():
    text = BODY + "\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nRecent Articles:\n\nTable of Contents"
    cleaned = strip_boilerplate(text)
    assert "Leave a Reply" not in cleaned.text
    assert cleaned.boilerplate[0] == "Leave a Reply"
    assert "Table of Contents" in cleaned.boilerplate
    assert cleaned.text.endswith("ended late.")


def test_wire_tag_id_line_and_disclaimer_become_metadata():
    text = ("(MENAFN) The envoy said on Thursday that talks would resume.\n\n" + BODY +
            "\n\nMENAFN24032025000045015839ID1109876543\n\nMENAFN\n\nLegal Disclaimer:\n"
            "The wire passes this text on as supplied and takes no liability for it.")
    cleaned = strip_boilerplate(text)
    assert cleaned.text.startswith("The envoy said")
    assert cleaned.wire == "MENAFN"
    assert cleaned.wire_date == "2025-03-24"
    assert cleaned.wire_ids == ["MENAFN24032025000045015839ID1109876543"]
    assert "Legal Disclaimer:" in cleaned.boilerplate
    assert "Legal Disclaimer" not in cleaned.text and "MENAFN" not in cleaned.text


def test_share_prompts_and_photo_credits_anywhere():
    text = "Share this:\n\n" + BODY + "\n\nPhoto: Reuters/File\n\n" + BODY
    cleaned = strip_boilerplate(text)
    assert cleaned.boilerplate == ["Share this:", "Photo: Reuters/File"]


def test_tail_marker_early_in_text_is_kept():
    text = "Related articles\n\n" + BODY
    assert strip_boilerplate(text).text.startswith("Related articles")


def test_clean_sets_ids_language_and_wire_date():
    article = clean(RawItem("x", text="(MENAFN) " + BODY + "\n\nMENAFN07112024000045015839ID1108861531"))
    assert article.published == "2024-11-07"
    assert article.source == "MENAFN"
    assert article.language == "en"
    again = clean(RawItem("y", text="(MENAFN) " + BODY + "\n\nMENAFN07112024000045015839ID1108861531"))
    assert again.id == article.id
    with_url = clean(RawItem("z", text=BODY, meta={"url": "https://example.org/a"}))
    assert with_url.id != article.id and with_url.url == "https://example.org/a"


def test_html_goes_through_the_extractor():
    html = ("<html><head><title>Envoys meet in Geneva</title></head><body><nav>Home | World</nav><article>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article><footer>© Site</footer></body></html>")
    article = clean(RawItem("page.html", html=html))
    assert "Paragraph 3" in article.text and "Home | World" not in article.text
    assert article.title == "Envoys meet in Geneva"


@given(st.text(max_size=400))
def test_normalize_whitespace_is_idempotent(text):
    once = normalize_whitespace(text)
    assert normalize_whitespace(once) == once
    assert "\n\n\n" not in once


@given(st.lists(st.sampled_from(["Leave a Reply", "Share this:", "A real sentence about talks.", "", "MENAFN"]), max_size=30))
def test_no_line_is_lost(lines):
    text = "\n".join(lines)
    cleaned = strip_boilerplate(text)
    kept = [l for l in cleaned.text.split("\n") if l.strip()]
    assert len(kept) + len(cleaned.boilerplate) == len([l for l in lines if l.strip()])


def test_language_fast_path_and_classifier():
    from onrecord.clean import detect_language

    assert detect_language("The minister said that the talks would resume in Geneva on Monday.") == "en"
    assert detect_language("Le ministre a déclaré que les négociations reprendraient lundi à Genève.") == "fr"
    assert detect_language("ok") is None


def test_html_metadata_from_meta_tags_json_ld_and_time():
    from onrecord.clean import html_metadata

    page = ('<html><head><title>Ignored | Site</title><meta property="og:title" content="Envoys meet &amp; talk">'
            '<meta property="og:site_name" content="Northern Ledger"><link rel="canonical" href="https://nl.example/a">'
            '<script type="application/ld+json">{"datePublished": "2025-01-17T08:00:00Z"}</script></head><body></body></html>')
    meta = html_metadata(page)
    assert meta == {"title": "Envoys meet & talk", "published": "2025-01-17", "source": "Northern Ledger",
                    "url": "https://nl.example/a"}
    assert html_metadata('<html><body><time datetime="2024-10-14">Oct 14</time></body></html>')["published"] == "2024-10-14"


def test_wire_dateline_reference_and_copyright_are_furniture():
    from onrecord.clean import syndicated

    text = ("HANOI, March 4 (Pacific Rim Newswire) - " + BODY + "\n\nReporting by the Pacific Rim Newswire economics desk."
            "\n\nCopyright 2025 Pacific Rim Newswire. All rights reserved.\n\n(PRN ref: PRW/ECO/250304-0871)")
    cleaned = strip_boilerplate(text)
    assert cleaned.text == BODY
    assert cleaned.wire == "Pacific Rim Newswire" and cleaned.wire_ids == ["PRW/ECO/250304-0871"]
    assert syndicated("Andes Times", cleaned.boilerplate, []) and not syndicated("Andes Times", [], [])
    assert strip_boilerplate("2025-03-04\n\n" + BODY).text.startswith("2025-03-04")


def test_wire_reference_line_goes_but_a_web_address_line_stays():
    text = BODY + "\n\nhttps://www.example.org/news/2025/AB12-talks\n\nwww.example.org/AB12/2025\n\n[ANW:BIZ:20250520:0471]"
    cleaned = strip_boilerplate(text)
    assert cleaned.wire_ids == ["ANW:BIZ:20250520:0471"]
    assert cleaned.boilerplate == ["[ANW:BIZ:20250520:0471]"]
    assert "https://www.example.org/news/2025/AB12-talks" in cleaned.text and "www.example.org/AB12/2025" in cleaned.text


def test_each_line_pattern_still_removes_its_line():
    lines = ["Share this article", "Advertisement", "Photo credit: Jane Roe", "Also read: the talks",
             "Reporting by Jane Roe; Editing by John Doe", "Note to subscribers: corrected spelling"]
    cleaned = strip_boilerplate(BODY + "\n\n" + "\n\n".join(lines))
    assert cleaned.boilerplate == lines and cleaned.text == BODY
