"""The onrecord command end to end, in a subprocess, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e

BODY = ("Foreign Minister Maria Lindqvist met envoys in Oslo on Monday. "
        "“We will not give up on a negotiated settlement,” Lindqvist said after the talks.\n\n"
        "The envoys left without a joint statement.")


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "onrecord", *args], capture_output=True, text=True,
                          input=stdin, env=env, timeout=300)


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Oslo talks end\n\n" + BODY + "\n\nLeave a Reply\n\nRecent Articles:", encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"url": "https://news.example/b", "source": "Example News",
                                                "title": "Second", "published": "2025-03-02",
                                                "text": BODY.replace("Monday", "Sunday")}) + "\n", encoding="utf-8")
    (folder / "noise.dat").write_bytes(os.urandom(2048) + b"\x00")
    return folder


def test_ingest_export_reingest_and_bad_file(corpus, tmp_path):
    db = str(tmp_path / "t.duckdb")
    first = cli("ingest", str(corpus), "--db", db)
    assert first.returncode == 1, first.stderr
    assert "noise.dat" in first.stderr and "binary" in first.stderr
    assert "2 new articles stored" in first.stderr

    exported = cli("export", "--db", db, "--format", "jsonl")
    assert exported.returncode == 0, exported.stderr
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(rows) == 2
    txt = next(r for r in rows if r["title"] == "Oslo talks end")
    assert "Leave a Reply" not in txt["text"] and "Leave a Reply" in txt["boilerplate"]
    [statement] = txt["statements"]
    assert statement["speaker"] == "Maria Lindqvist" and statement["kind"] == "direct"

    again = cli("ingest", str(corpus), "--db", db)
    assert "0 new articles stored" in again.stderr
    assert json.loads(cli("export", "--db", db, "--what", "statements").stdout.splitlines()[0])["speaker"]
    assert len(cli("export", "--db", db).stdout.splitlines()) == 2


def test_stdin_show_stats_and_usage_errors(tmp_path):
    db = str(tmp_path / "t.duckdb")
    line = json.dumps({"id": "s1", "title": "From stdin", "text": BODY})
    assert cli("ingest", "-", "--db", db, stdin=line + "\n").returncode == 0
    shown = cli("show", "s1", "--db", db)
    assert shown.returncode == 0 and "Maria Lindqvist" in shown.stdout and "From stdin" in shown.stdout
    stats = cli("stats", "--db", db)
    assert stats.returncode == 0 and "statements" in stats.stdout
    assert cli("export", "--db", db, "--format", "parquet").returncode == 2
    assert cli("export", "--db", db, "--what", "nonsense").returncode == 2
    assert cli("show", "nope", "--db", db).returncode == 2
    assert cli("stats", "--db", str(tmp_path / "missing.duckdb")).returncode == 2
    assert cli("ingest").returncode == 2


@pytest.mark.parametrize("command", ["ingest", "export", "stats", "show", "who"])
def test_help_everywhere(command):
    result = cli(command, "--help")
    assert result.returncode == 0 and "Usage" in result.stdout


def test_parquet_export_file(tmp_path):
    db = str(tmp_path / "t.duckdb")
    cli("ingest", "-", "--db", db, stdin=json.dumps({"id": "p1", "text": BODY}) + "\n")
    out = tmp_path / "s.parquet"
    assert cli("export", "--db", db, "--format", "parquet", "--what", "statements", "-o", str(out)).returncode == 0
    assert out.stat().st_size > 0


def test_actors_and_actor_commands(tmp_path):
    db = str(tmp_path / "t.duckdb")
    cli("ingest", "-", "--db", db, stdin=json.dumps({"id": "s1", "text": BODY}) + "\n")
    listed = cli("actors", "--db", db)
    assert listed.returncode == 0 and "Maria Lindqvist" in listed.stdout
    one = cli("actor", "lindqvist", "--db", db)
    assert one.returncode == 0 and "Foreign Minister" in one.stdout and "negotiated settlement" in one.stdout
    assert cli("actor", "nobody-at-all", "--db", db).returncode == 2


def test_stories_command(tmp_path):
    db = str(tmp_path / "t.duckdb")
    lines = [json.dumps({"id": f"s{i}", "published": "2025-03-0" + str(i + 1), "text": BODY}) for i in range(2)]
    cli("ingest", "-", "--db", db, stdin="\n".join(lines) + "\n")
    listed = cli("stories", "--db", db)
    assert listed.returncode == 0 and "Maria Lindqvist" in listed.stdout
    story_id = cli("export", "--db", db, "--what", "stories").stdout
    first = json.loads(story_id.splitlines()[0])
    assert first["articles"] == ["s0", "s1"]
    timeline = cli("stories", "--db", db, "--story", first["id"])
    assert timeline.returncode == 0 and "2025-03-01" in timeline.stdout


def test_events_command_filters(tmp_path):
    db = str(tmp_path / "t.duckdb")
    text = "Russian President Vladimir Putin dismissed Anatoly Antonov on October 10. Kazakhstan hosted talks with Russia in Astana on Thursday."
    cli("ingest", "-", "--db", db, stdin=json.dumps({"id": "e1", "published": "2024-11-07", "text": text}) + "\n")
    dismissals = cli("events", "--db", db, "--type", "dismiss")
    assert dismissals.returncode == 0 and "Putin" in dismissals.stdout and "Astana" not in dismissals.stdout
    kazakh = cli("events", "--db", db, "--country", "kaz", "--since", "2024-11-01")
    assert "CONSULT" in kazakh.stdout and "DISMISS" not in kazakh.stdout
    assert "DISMISS" not in cli("events", "--db", db, "--until", "2024-10-01").stdout


def test_events_command_filters_on_confidence(tmp_path):
    db = str(tmp_path / "t.duckdb")
    text = "Russian President Vladimir Putin dismissed Anatoly Antonov on October 10. Kazakhstan hosted talks with Russia in Astana on Thursday."
    cli("ingest", "-", "--db", db, stdin=json.dumps({"id": "e1", "published": "2024-11-07", "text": text}) + "\n")
    listed = cli("events", "--db", db, "--min-confidence", "0")
    assert listed.returncode == 0 and "DISMISS" in listed.stdout and "conf." in listed.stdout
    assert "DISMISS" not in cli("events", "--db", db, "--min-confidence", "1").stdout  # nothing is certain
    assert cli("events", "--db", db, "--min-confidence", "2").returncode != 0
