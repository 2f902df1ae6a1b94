"""The learned event-mention step: tokens, features, the shipped models, anchoring, the CLI."""
from __future__ import annotations

import json
import tomllib
from fnmatch import fnmatch
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from timeline_api.cli import main
from timeline_api.pipeline.mentions import anchored_mentions, find_mentions, tagged_sentence
from timeline_api.pipeline.mentions.features import sentence_features, tokenize
from timeline_api.pipeline.mentions.score import Tally, align
from timeline_api.pipeline.mentions.tagger import MentionModel, prepare, prepare_sentence
from timeline_api.pipeline.model import Timex
from timeline_api.pipeline.sentences import split_sentences
from timeline_api.pipeline.temporal import find_dates

PUBLISHED = "2025-03-10"


def _mentions(text: str) -> dict[str, object]:
    return {m.text: m for m in find_mentions(text, PUBLISHED)}


@pytest.mark.parametrize("text", [
    "Rebels seized the airport on Sunday, and the army didn't respond until dawn.",
    "U.S. lawmakers will debate the cease-fire plan; the vote is set for June 14.",
    "“We won’t sign it,” the minister told reporters in Geneva.",
])
def test_mentions_tokenize_offsets_match_text(text):
    tokens = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert "".join(t.text for t in tokens) == "".join(text.split())


def test_mentions_features_mark_tokens_inside_a_date():
    text = "The ferry sank on Friday morning near the port."
    tokens = tokenize(text)
    timex = Timex(text.index("Friday"), text.index(" near"), "Friday morning", "TIME", "2025-03-07TMO")
    feats = sentence_features(tokens, [timex])
    by_word = {t.text: f for t, f in zip(tokens, feats)}
    assert by_word["Friday"]["in_timex"] == "TIME" and by_word["morning"]["in_timex"] == "TIME"
    assert "in_timex" not in by_word["sank"]
    assert by_word["sank"]["date_after"] == 2.0 and by_word["sank"]["date_after_via"] == "on"
    assert "pos=VERB" in by_word["sank"] and "lemma=sink" in by_word["sank"]


def test_mentions_offsets_match_the_text():
    text = ("Flooding forced thousands of families from their homes last week.\n"
            "Engineers inspected the dam on Tuesday and said repairs would begin in May.")
    found = find_mentions(text, PUBLISHED)
    assert found
    assert all(text[m.start:m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_mentions_find_clear_verb_events():
    found = _mentions("Gunmen attacked a police station in the north and killed two officers.")
    assert found["attacked"].cls == "OCCURRENCE"
    assert found["killed"].cls == "OCCURRENCE"
    assert "station" not in found and "officers" not in found


def test_mentions_reporting_verb_and_tense():
    found = _mentions("The company will close three plants next year, a spokeswoman said on Monday.")
    assert found["said"].cls == "REPORTING" and found["said"].tense == "PAST"
    assert found["close"].tense == "FUTURE"


def test_mentions_negation_is_polarity():
    found = _mentions("The two sides did not reach an agreement during the talks.")
    assert found["reach"].polarity == "NEG"
    assert found["talks"].polarity == "POS"


def test_mentions_date_words_are_not_events():
    text = "The festival opened on Saturday, three weeks after the storm, and runs until next Sunday."
    timexes = [(m.start, m.end) for m in find_mentions(text, PUBLISHED)]
    for word in ("Saturday", "three weeks", "next Sunday"):
        start = text.index(word)
        assert not any(s < start + len(word) and e > start for s, e in timexes), word
    assert "opened" in _mentions(text)


def test_mentions_anchor_each_event_to_its_date():
    text = "The museum reopened on March 3, four years after a fire that destroyed its roof in 2021."
    rows = {r["text"]: r for r in anchored_mentions(text, PUBLISHED)}
    assert rows["reopened"]["timex"]["text"] == "March 3"
    assert rows["destroyed"]["timex"]["text"] == "2021"


def test_mentions_one_sentence_prepared_as_in_the_whole_text():
    """The one-sentence path reads exactly the features the whole-text path (and training) reads."""
    text = ("The storm hit the coast on Monday. Engineers repaired the line on Tuesday, "
            "officials said. Talks resume next week.")
    timexes = find_dates(text, PUBLISHED)
    whole = prepare(text, PUBLISHED, timexes)
    alone = [prepare_sentence(text, s, timexes) for s in split_sentences(text)]
    assert [t.features for t in whole] == [t.features for t in alone if t is not None]
    assert [t.tokens for t in whole] == [t.tokens for t in alone if t is not None]


def test_mentions_tagged_sentence_finds_and_anchors_like_the_whole_text():
    text = "Crews left the port early. The museum reopened on March 3, four years after a fire in 2021."
    timexes = find_dates(text, PUBLISHED)
    second = split_sentences(text)[1]
    tagged, found, anchorings = tagged_sentence(text, second, timexes)
    assert tagged.sentence == second and "reopened" in [m.text for m in found]
    whole = {r["text"]: r for r in anchored_mentions(text, PUBLISHED)}
    assert [m.text for m in found] == [w for w, r in whole.items() if r["start"] >= second.start]
    assert {a.mention.text: (a.timex.text if a.timex else None) for a in anchorings} == {
        w: (r["timex"]["text"] if r["timex"] else None) for w, r in whole.items() if r["start"] >= second.start}
    # no tense, aspect, modality on this path: the attribute models are not run
    assert all(m.tense == "NONE" and m.modality == "" for m in found)


def test_mentions_model_loads_from_package_data():
    folder = resources.files("timeline_api.pipeline.mentions")
    shipped = sorted(p.name for p in folder.iterdir() if p.name.endswith((".crfsuite", ".json")))
    assert {"mentions.crfsuite", "anchor.crfsuite", "attr-tense.crfsuite", "vocabulary.json"} <= set(shipped)
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    for name in shipped:
        assert any(fnmatch(f"pipeline/mentions/{name}", p) for p in patterns["timeline_api"]), name
    model = MentionModel()
    assert "OCCURRENCE" in model.tagger.labels() and "REPORTING" in model.tagger.labels()


def test_mentions_score_pairs_strict_and_relaxed():
    class Span:
        def __init__(self, start, end, cls):
            self.start, self.end, self.cls = start, end, cls

    gold = [Span(0, 5, "OCCURRENCE"), Span(10, 14, "REPORTING"), Span(20, 25, "STATE")]
    system = [Span(0, 5, "OCCURRENCE"), Span(11, 14, "OCCURRENCE"), Span(30, 33, "STATE")]
    assert sorted(align(gold, system)) == [(0, 0), (1, 1)]
    tally = Tally()
    tally.add(gold, system)
    result = tally.result()
    assert result["strict"]["f1"] == pytest.approx(1 / 3)
    assert result["relaxed"]["f1"] == pytest.approx(2 / 3)
    assert result["class"]["accuracy"] == pytest.approx(0.5)
    assert result["class"]["f1"] == pytest.approx(1 / 3)


def test_cli_mentions_prints_json(tmp_path):
    doc = tmp_path / "story.txt"
    doc.write_text("Voters elected a new mayor on Sunday after a bitter campaign.\n")
    result = CliRunner().invoke(main, ["mentions", str(doc), "--published", PUBLISHED], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    text = Path(doc).read_text()
    assert rows and all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    assert {"start", "end", "text", "class", "tense", "aspect", "polarity", "modality", "timex"} <= set(rows[0])
    elected = next(r for r in rows if r["text"] == "elected")
    assert elected["class"] == "OCCURRENCE" and elected["timex"]["value"] == "2025-03-09"


def test_cli_mentions_needs_a_date(tmp_path):
    doc = tmp_path / "undated.txt"
    doc.write_text("The bridge collapsed.")
    result = CliRunner().invoke(main, ["mentions", str(doc)])
    assert result.exit_code == 1 and "publication date" in result.stderr
