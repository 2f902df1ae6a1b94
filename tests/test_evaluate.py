"""The evaluation on hand-built gold and system timelines, and the seeds' gold file itself."""
import copy
import json
from pathlib import Path

import pytest

from timeline_api.pipeline.evaluate import evaluate, format_report, normalize_quote, quotes_overlap

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "fixtures" / "gold" / "seeds.json"


def date(start, end=None, precision="day", qualifier="exact"):
    return {"start": start, "end": end or start, "precision": precision, "qualifier": qualifier, "text": ""}


UNDATED = {"start": None, "end": None, "precision": "unknown", "qualifier": "exact", "text": ""}

SENT = {
    "fall": "But the fall of Assad on December 8, 2024 prompted armed groups to review their stance.",
    "collapse": "Iraq is worried after the collapse of the Assad regime in Syria.",
    "strike": "The US military carried out an airstrike last Thursday.",
    "remarks": "The remarks took place a day after a US attack in Baghdad killed a commander.",
    "deal": "Baghdad and Washington reached an agreement in early September.",
    "talks": "There are currently negotiations about the extension.",
}

GOLD_SMALL = {
    "documents": {"a.txt": {"title": "Doc A", "url": "https://a.example/1"},
                  "b.txt": {"title": "Doc B", "url": ""}},
    "events": [
        {"id": "fall", "type": "regime_change", "title": "Fall of Assad", "date": date("2024-12-08"),
         "citations": [{"document": "a.txt", "quote": SENT["fall"], "date": date("2024-12-08")},
                       {"document": "b.txt", "quote": SENT["collapse"], "date": UNDATED}]},
        {"id": "strike", "type": "strike", "title": "US strike", "date": date("2024-01-04"),
         "citations": [{"document": "a.txt", "quote": SENT["strike"], "date": date("2024-01-04")},
                       {"document": "a.txt", "quote": SENT["remarks"], "date": UNDATED}]},
        {"id": "deal", "type": "agreement", "title": "Deal", "date": date("2024-09-01", "2024-09-10", "month", "early"),
         "citations": [{"document": "b.txt", "quote": SENT["deal"], "date": date("2024-09-01", "2024-09-10")}]},
        {"id": "talks", "type": "negotiation", "title": "Talks", "optional": True, "date": date("2024-12-27"),
         "citations": [{"document": "b.txt", "quote": SENT["talks"], "date": date("2024-12-27")}]},
    ],
}


def cite(document, key, when=UNDATED, **extra):
    return {"source_id": "s", "title": extra.get("title", ""), "url": extra.get("url"),
            "document": document, "quote": SENT[key], "start": 0, "end": len(SENT[key]), "date": when}


def event(id_, type_, when, *citations, title="t"):
    return {"id": id_, "type": type_, "title": title, "date": when, "citations": list(citations)}


PERFECT = [
    event("e1", "regime_change", date("2024-12-08"), cite("a.txt", "fall"), cite("b.txt", "collapse")),
    event("e2", "strike", date("2024-01-04"), cite("a.txt", "strike"), cite("a.txt", "remarks")),
    event("e3", "agreement", date("2024-09-01", "2024-09-10"), cite("b.txt", "deal")),
]


def test_evaluate_perfect_system():
    result = evaluate(GOLD_SMALL, PERFECT)
    assert (result["precision"], result["recall"], result["f1"]) == (1.0, 1.0, 1.0)
    assert result["date_exact"] == 1.0 and result["type_right"] == 1.0
    assert result["merge"] == {"mean_split": 1.0, "one_entry": 1.0, "mean_gathered": 1.0,
                               "multi_source_events": 1, "multi_source_one_entry": 1.0}


@pytest.mark.parametrize(
    "system, precision, recall",
    [
        ([], 1.0, 0.0),
        (PERFECT[:1], 1.0, 1 / 3),
        # a dated event the gold does not have is a false positive
        (PERFECT + [event("x", "statement", date("2024-05-05"), cite("a.txt", "strike") | {"quote": "Nothing here."})],
         0.75, 1.0),
        # an undated leftover is not on the timeline: neither right nor wrong
        (PERFECT + [event("x", "attack", UNDATED, cite("a.txt", "strike") | {"quote": "Unrelated words."})],
         1.0, 1.0),
        # optional gold events neither reward nor penalize
        (PERFECT + [event("x", "negotiation", date("2024-12-27"), cite("b.txt", "talks"))], 1.0, 1.0),
    ],
    ids=["nothing", "one-of-three", "false-positive", "undated-leftover", "optional"],
)
def test_evaluate_precision_and_recall(system, precision, recall):
    result = evaluate(GOLD_SMALL, system)
    assert result["precision"] == pytest.approx(precision)
    assert result["recall"] == pytest.approx(recall)


def test_evaluate_counts_optional_matches_as_neutral():
    system = PERFECT + [event("x", "negotiation", date("2024-12-27"), cite("b.txt", "talks"))]
    assert evaluate(GOLD_SMALL, system)["counts"]["system_neutral"] == 1


def test_evaluate_date_and_type_of_the_best_event():
    system = copy.deepcopy(PERFECT)
    system[0]["date"] = date("2024-12-01", "2024-12-31", "month")  # right month, not exact
    system[1]["type"] = "attack"
    result = evaluate(GOLD_SMALL, system)
    assert result["date_exact"] == pytest.approx(2 / 3)
    assert result["type_right"] == pytest.approx(2 / 3)
    rows = {row["id"]: row for row in result["events"]}
    assert rows["fall"]["date_exact"] is False and rows["strike"]["type_right"] is False


def test_evaluate_split_events_and_gathered_share():
    system = [
        event("e1", "regime_change", date("2024-12-08"), cite("a.txt", "fall")),
        event("e1b", "regime_change", UNDATED, cite("b.txt", "collapse")),
        PERFECT[1], PERFECT[2],
    ]
    result = evaluate(GOLD_SMALL, system)
    fall = next(row for row in result["events"] if row["id"] == "fall")
    assert fall["split"] == 2 and fall["gathered"] == 0.5 and fall["best"] == "e1"
    assert result["merge"]["one_entry"] == pytest.approx(2 / 3)
    assert result["merge"]["multi_source_one_entry"] == 0.0
    assert result["precision"] == 1.0  # a split is found twice, not wrong


def test_evaluate_one_sentence_two_events_is_not_a_split():
    # one sentence reports the agreement and the deadline it set: two gold events
    sentence = "They reached an agreement in early September to end the mission by late September 2025."
    gold = {"documents": {"a.txt": {}}, "events": [
        {"id": "deal", "type": "agreement", "title": "Deal", "date": date("2024-09-01", "2024-09-10"),
         "citations": [{"document": "a.txt", "quote": sentence, "date": date("2024-09-01", "2024-09-10")}]},
        {"id": "deadline", "type": "deadline", "title": "Deadline", "date": date("2025-09-21", "2025-09-30"),
         "citations": [{"document": "a.txt", "quote": sentence, "date": date("2025-09-21", "2025-09-30")}]},
    ]}
    quote = {"source_id": "s", "document": "a.txt", "quote": sentence}
    system = [
        event("s1", "agreement", date("2024-09-01", "2024-09-10"), quote | {"date": date("2024-09-01", "2024-09-10")}),
        event("s2", "deadline", date("2025-09-21", "2025-09-30"), quote | {"date": date("2025-09-21", "2025-09-30")}),
    ]
    result = evaluate(gold, system)
    assert [row["split"] for row in result["events"]] == [1, 1]
    assert result["date_exact"] == 1.0 and result["type_right"] == 1.0


@pytest.mark.parametrize(
    "citation",
    [
        {"document": "/data/seeds/a.txt"},          # a path: the file name counts
        {"document": None, "url": "https://a.example/1"},
        {"document": None, "title": "Doc A"},
    ],
    ids=["path", "url", "title"],
)
def test_evaluate_identifies_documents_by_name_url_or_title(citation):
    system = [event("e1", "regime_change", date("2024-12-08"),
                    {"source_id": "s", "quote": SENT["fall"], **citation})]
    assert evaluate(GOLD_SMALL, system)["counts"]["gold_found"] == 1


def test_evaluate_same_quote_from_another_document_does_not_match():
    system = [event("e1", "regime_change", date("2024-12-08"), cite("b.txt", "fall"))]
    result = evaluate(GOLD_SMALL, system)
    assert result["counts"]["gold_found"] == 0 and result["precision"] == 0.0


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("The strike hit Baghdad.", "the strike hit baghdad.", True),
        ("“We will leave,” he said.", '"We will leave," he said.', True),
        ("`` We will leave , '' he said .", "“We will leave,” he said.", True),  # tokenized: same words
        ("Since mid-October 2023, armed factions have targeted US bases in Iraq, coinciding with the war.",
         "Since mid-October 2023, armed factions have targeted US bases in Iraq", True),
        ("A completely different sentence.", "The strike hit Baghdad.", False),
        ("", "The strike hit Baghdad.", False),
    ],
)
def test_evaluate_quote_overlap(a, b, same):
    assert quotes_overlap(a, b) is same


def test_evaluate_normalize_quote_undoes_treebank_brackets():
    assert normalize_quote("Unicef -LRB- UN -RRB-  says") == "unicef ( un ) says"


def test_evaluate_report_mentions_every_measure():
    system = PERFECT + [event("x", "statement", date("2024-05-05"),
                              cite("a.txt", "strike") | {"quote": "Nothing here."}, title="Spurious")]
    report = format_report(evaluate(GOLD_SMALL, system))
    for words in ("precision", "recall", "F1", "exact", "right", "one entry", "gathered", "Spurious"):
        assert words in report


# -- the gold file of the seeds ---------------------------------------------------------------

def _gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))


def _body(name):
    raw = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    return raw.split("---\n", 2)[2].rstrip()


def test_evaluate_gold_quotes_are_in_their_seeds_at_their_offsets():
    gold = _gold()
    for event_ in gold["events"]:
        for citation in event_["citations"]:
            assert citation["document"] in gold["documents"]
            body = _body(citation["document"])
            assert body[citation["start"]:citation["end"]] == citation["quote"]


def test_evaluate_gold_shape():
    gold = _gold()
    ids = [e["id"] for e in gold["events"]]
    assert len(ids) == len(set(ids))
    for event_ in gold["events"]:
        assert event_["type"] in {"regime_change", "agreement", "negotiation", "deadline", "withdrawal",
                                  "deployment", "strike", "attack", "conflict", "statement", "other"}
        assert event_["citations"]
        assert event_["optional"] or (event_["date"]["start"] and event_["date"]["end"])
        assert any(not c.get("optional") for c in event_["citations"])


@pytest.mark.parametrize(
    "event_id, start, end, documents",
    [
        ("fall-of-assad", "2024-12-08", "2024-12-08", {"000", "001", "003"}),
        ("us-iraq-agreement-2024", "2024-09-01", "2024-09-10", {"000", "001", "003", "004"}),
        ("coalition-mission-deadline-2025", "2025-09-21", "2025-09-30", {"000", "001", "004"}),
        ("coalition-syria-deadline-2026", "2026-09-01", "2026-09-30", {"001"}),
        ("baghdad-strike-2024-01-04", "2024-01-04", "2024-01-04", {"002"}),
        ("cf-denies-extension", "2024-12-25", "2024-12-25", {"000"}),
    ],
)
def test_evaluate_gold_has_the_required_events(event_id, start, end, documents):
    event_ = next(e for e in _gold()["events"] if e["id"] == event_id)
    assert (event_["date"]["start"], event_["date"]["end"]) == (start, end)
    assert not event_["optional"]
    assert {c["document"][:3] for c in event_["citations"] if not c.get("optional")} == documents


def test_evaluate_gold_scores_itself_perfectly():
    gold = _gold()
    system = [
        event(e["id"], e["type"], e["date"],
              *[{"source_id": c["document"], "document": c["document"], "quote": c["quote"], "date": c["date"]}
                for c in e["citations"]])
        for e in gold["events"] if not e["optional"]
    ]
    result = evaluate(gold, system)
    assert (result["precision"], result["recall"], result["date_exact"], result["type_right"]) == (1, 1, 1, 1)
    assert result["merge"]["one_entry"] == 1.0 and result["merge"]["mean_gathered"] == 1.0
