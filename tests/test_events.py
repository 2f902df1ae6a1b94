"""Event detection on hand-built documents: one sentence, hand-built temporal expressions.

The temporal tagger is another step; these tests give ``detect_events`` the
Timex list it would receive, so each behaviour is tested alone.
"""
import datetime as dt
import json
from pathlib import Path

import pytest

from timeline_api.pipeline.events import COMPATIBLE_TYPES, EVENT_TYPES, detect_events
from timeline_api.pipeline.events.vocabulary import trigger_entries
from timeline_api.pipeline.model import UNDATED, DateInterval, Document, Sentence, Timex
from timeline_api.pipeline.sentences import split_sentences

CONTRACT_TYPES = {"regime_change", "agreement", "negotiation", "deadline", "withdrawal", "deployment",
                  "strike", "attack", "conflict", "statement", "other"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ACLED = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments"}
PUBLISHED = dt.date(2024, 12, 25)  # a Wednesday
D = dt.date


def timex(text: str, words: str, start: dt.date | None, end: dt.date | None, precision: str = "day",
          qualifier: str = "exact", type_: str = "DATE", occurrence: int = 0) -> Timex:
    """A Timex for the ``occurrence``-th ``words`` in ``text``, as the tagger would give it."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(words, at + 1)
    date = None if start is None and end is None else DateInterval(start, end, precision, qualifier, words)
    value = start.isoformat() if start else "PAST_REF"
    return Timex(at, at + len(words), words, type_, value, None, date)


def detect(text: str, timexes=(), published: dt.date = PUBLISHED):
    doc = Document(text=text, published=published, title="t")
    return detect_events(doc, split_sentences(text), list(timexes))


def summary(mentions):
    return [(m.type, m.date.start, m.date.end) for m in mentions]


# -- dates belong to their trigger -----------------------------------------------------------

CASES = [
    (  # a dated statement
        "The Pentagon said on Monday that it was not intending to withdraw its troops.",
        [("on Monday", D(2024, 12, 23), D(2024, 12, 23), "day", "exact")],
        [("statement", D(2024, 12, 23), D(2024, 12, 23))],
    ),
    (  # two dates, two events
        "Iraq and the United States signed an agreement last year to begin the phased withdrawal "
        "of US troops in September.",
        [("last year", D(2023, 1, 1), D(2023, 12, 31), "year", "exact"),
         ("September", D(2025, 9, 1), D(2025, 9, 30), "month", "exact")],
        [("agreement", D(2023, 1, 1), D(2023, 12, 31)), ("deadline", D(2025, 9, 1), D(2025, 9, 30))],
    ),
    (  # "a day after" relates two events and dates neither; the deadly attack stays, undated
        # (a state's deadly attack is typed a strike)
        "The Prime Minister's remarks took place a day after a US attack in Baghdad killed a commander.",
        [("a day", None, None, "unknown", "exact", "DURATION")],
        [("strike", None, None)],
    ),
    (  # an armed group's attack stays an attack
        "Two soldiers died a day after a militant attack on the base killed a commander.",
        [("a day", None, None, "unknown", "exact", "DURATION")],
        [("attack", None, None)],
    ),
    (  # an opening adverbial dates the main verb across a relative clause
        "On Wednesday, the Coordination Framework, which brings together Shiite forces, denied the "
        "government's intention to extend the US presence.",
        [("Wednesday", D(2024, 12, 25), D(2024, 12, 25), "day", "exact")],
        [("statement", D(2024, 12, 25), D(2024, 12, 25))],
    ),
    (  # an agreement announced "months ago" (no calendar reading) and the deadline it set
        "Months ago, Baghdad and Washington announced an agreement setting a deadline for the "
        "withdrawal of coalition forces by September 2025.",
        [("Months ago", None, None, "unknown", "exact"),
         ("September 2025", D(2025, 9, 1), D(2025, 9, 30), "month", "by")],
        [("agreement", None, None), ("deadline", D(2025, 9, 1), D(2025, 9, 30))],
    ),
    (
        "Since mid-October 2023, armed factions have targeted US bases in Iraq.",
        [("mid-October 2023", D(2023, 10, 11), D(2023, 10, 20), "month", "since")],
        [("attack", D(2023, 10, 11), D(2023, 10, 20))],
    ),
    (  # "when" hands the date to the clause it introduces
        "People fear repeating the events of 2014 when ISIS overran large parts of Iraq.",
        [("2014", D(2014, 1, 1), D(2014, 12, 31), "year", "exact")],
        [("conflict", D(2014, 1, 1), D(2014, 12, 31))],
    ),
    (  # "Since <dated event>, <main clause>": the main clause runs since that date
        "Since the outbreak of war between Israel and Hamas in October, US forces in Iraq have been "
        "attacked more than 100 times.",
        [("October", D(2023, 10, 1), D(2023, 10, 31), "month", "exact")],
        [("conflict", D(2023, 10, 1), D(2023, 10, 31)), ("attack", D(2023, 10, 1), D(2023, 10, 31))],
    ),
    (  # the strike takes the date; the attacks it answered are part of the same mention
        "The US military carried out an airstrike last Thursday in retaliation for recent attacks on US troops.",
        [("last Thursday", D(2024, 12, 19), D(2024, 12, 19), "day", "exact")],
        [("strike", D(2024, 12, 19), D(2024, 12, 19))],
    ),
    (  # the end of a mission with a date ahead is a deadline
        "The two governments reached an agreement in early September to end the coalition's mission "
        "by late September 2025, and the end of the coalition's activities in Syria was set for September 2026.",
        [("early September", D(2024, 9, 1), D(2024, 9, 10), "month", "early"),
         ("late September 2025", D(2025, 9, 21), D(2025, 9, 30), "month", "by"),
         ("September 2026", D(2026, 9, 1), D(2026, 9, 30), "month", "exact")],
        [("agreement", D(2024, 9, 1), D(2024, 9, 10)), ("deadline", D(2025, 9, 21), D(2025, 9, 30)),
         ("deadline", D(2026, 9, 1), D(2026, 9, 30))],
    ),
    (  # "then" repeats the date just given
        "US forces were deployed to Iraq in 2014 to fight ISIS militants, which had then overrun "
        "large swathes of territory.",
        [("2014", D(2014, 1, 1), D(2014, 12, 31), "year", "exact")],
        [("deployment", D(2014, 1, 1), D(2014, 12, 31)), ("conflict", D(2014, 1, 1), D(2014, 12, 31))],
    ),
    (  # the date of a quote's speaker at the end
        "“The timetable has not changed,” government spokesman Bassem Awadi said Friday.",
        [("Friday", D(2024, 12, 20), D(2024, 12, 20), "day", "exact")],
        [("statement", D(2024, 12, 20), D(2024, 12, 20))],
    ),
    (  # an undated concluded agreement: kept for the merger
        "Iraq and the United States signed an agreement to share intelligence.",
        [],
        [("agreement", None, None)],
    ),
    (  # undated fall of a regime: kept for the merger
        "Iraq is worried after the collapse of the Assad regime in Syria.",
        [],
        [("regime_change", None, None)],
    ),
    (
        "But the fall of Assad on December 8, 2024 prompted armed groups to review their stance.",
        [("December 8, 2024", D(2024, 12, 8), D(2024, 12, 8), "day", "exact")],
        [("regime_change", D(2024, 12, 8), D(2024, 12, 8))],
    ),
]


@pytest.mark.parametrize("text, spans, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_events_dates_attach_to_their_trigger(text, spans, expected):
    timexes = [timex(text, *span) for span in spans]
    assert summary(detect(text, timexes)) == expected


# -- what is not an event ---------------------------------------------------------------------

NOT_EVENTS = [
    ("France say military action could come as soon as Friday.",
     [("Friday", D(2024, 12, 27), D(2024, 12, 27), "day", "exact")]),
    ("Friends who met her last week say she is relaxed.",
     [("last week", D(2024, 12, 16), D(2024, 12, 22), "week", "exact")]),
    ("Iraq may extend the presence of US forces until 2026.",
     [("2026", D(2026, 1, 1), D(2026, 12, 31), "year", "until")]),
    ("If the government decides to withdraw the troops in March, there will be opponents.",
     [("March", D(2025, 3, 1), D(2025, 3, 31), "month", "exact")]),
    ("The Iraqi government has not set a date for the withdrawal of the coalition.", []),
    ("Prices fell sharply on Monday.", [("on Monday", D(2024, 12, 23), D(2024, 12, 23), "day", "exact")]),
    ("Shares of mask makers rose 4.4 percent on Thursday.",
     [("on Thursday", D(2024, 12, 19), D(2024, 12, 19), "day", "exact")]),
    ("Yesterday I witnessed something that shows how desperate people are.",
     [("Yesterday", D(2024, 12, 24), D(2024, 12, 24), "day", "exact")]),
    ("Armed groups have been calling for the withdrawal of US troops.", []),
    ("The Washington Post reported that Iraq is likely to request an extension.", []),
    ("Soon after taking over in 2007, the chief executive told an audience of students.",
     [("2007", D(2007, 1, 1), D(2007, 12, 31), "year", "exact")]),
    ("He should not follow that style by destroying the country and killing people.", []),
    ("There are negotiations regarding the extension of the coalition forces’ presence or their departure by late 2025.",
     [("late 2025", D(2025, 9, 1), D(2025, 12, 31), "year", "by")]),
]


@pytest.mark.parametrize("text, spans", NOT_EVENTS, ids=[c[0][:40] for c in NOT_EVENTS])
def test_events_vague_hedged_and_negated_sentences_are_not_events(text, spans):
    assert summary(detect(text, [timex(text, *span) for span in spans])) == []


@pytest.mark.parametrize(
    "text, spans, type_",
    [
        ("The 1918 flu pandemic killed 600,000 people in the United States in 1918.",
         [("in 1918", D(1918, 1, 1), D(1918, 12, 31), "year", "exact")], "other"),
        # a labour strike is no airstrike; a dated happening all the same
        ("Workers went on strike on Monday.",
         [("on Monday", D(2024, 12, 23), D(2024, 12, 23), "day", "exact")], "other"),
        # no table names this happening: the dated clause's past-tense verb does
        ("More than a thousand people were evacuated in 2002 when workers uncovered a bomb.",
         [("in 2002", D(2002, 1, 1), D(2002, 12, 31), "year", "exact")], "other"),
        ("Thousands joined a protest in Tahrir Square on Friday.",
         [("on Friday", D(2024, 12, 20), D(2024, 12, 20), "day", "exact")], "other"),
        ("The foreign ministers met with Mubarak in Cairo on Sunday.",
         [("on Sunday", D(2024, 12, 22), D(2024, 12, 22), "day", "exact")], "negotiation"),
        ("Rebels captured the town of Ras Lanuf on Tuesday.",
         [("on Tuesday", D(2024, 12, 24), D(2024, 12, 24), "day", "exact")], "conflict"),
        ("The army ousted the president on Monday.",
         [("on Monday", D(2024, 12, 23), D(2024, 12, 23), "day", "exact")], "regime_change"),
        ("The last US troops withdrew from Iraq in December 2011.",
         [("December 2011", D(2011, 12, 1), D(2011, 12, 31), "month", "exact")], "withdrawal"),
        # declaring a measure is the measure, not a statement: the entry whose context held wins
        ("The governor declared a curfew on Monday in three districts.",
         [("on Monday", D(2024, 12, 23), D(2024, 12, 23), "day", "exact")], "other"),
        ("The governor declared on Monday that the districts were safe.",
         [("on Monday", D(2024, 12, 23), D(2024, 12, 23), "day", "exact")], "statement"),
    ],
)
def test_events_types(text, spans, type_):
    mentions = detect(text, [timex(text, *span) for span in spans])
    assert [m.type for m in mentions] == [type_]


# -- the mention itself ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, spans, title",
    [
        ("Iraq is worried after the collapse of the Assad regime in Syria.", [],
         "Fall of the Assad regime in Syria"),
        ("They have not launched any attacks since Assad fell.", [], "Fall of Assad"),
        ("The Pentagon said on Monday that it was not intending to withdraw its troops.",
         [("on Monday", D(2024, 12, 23), D(2024, 12, 23), "day", "exact")],
         "Pentagon says it was not intending to withdraw its troops"),
        ("The Prime Minister's remarks took place a day after a US attack in Baghdad killed a commander.",
         [], "US attack in Baghdad kills a commander"),
        ("Since mid-October 2023, armed factions have targeted US bases in Iraq.",
         [("mid-October 2023", D(2023, 10, 11), D(2023, 10, 20), "month", "since")],
         "Armed factions target US bases in Iraq"),
        ("Baghdad and Washington reached an agreement in early September to end the coalition's mission.",
         [("early September", D(2024, 9, 1), D(2024, 9, 10), "month", "early")],
         "Baghdad and Washington reach agreement to end the coalition's mission"),
    ],
)
def test_events_titles_are_headlines(text, spans, title):
    mentions = detect(text, [timex(text, *span) for span in spans])
    assert mentions[0].title == title


def test_events_mention_fields_point_into_the_document():
    text = ("Iraq and Syria talks stalled.\n"
            "According to the Pentagon, the US military carried out an airstrike in Baghdad last Thursday.")
    spans = [("last Thursday", D(2024, 12, 19), D(2024, 12, 19), "day", "exact")]
    mentions = detect(text, [timex(text, *span) for span in spans])
    assert len(mentions) == 1
    mention = mentions[0]
    assert text[mention.start:mention.end] == mention.quote
    assert mention.quote.startswith("According to the Pentagon")
    assert text[mention.trigger_start:mention.trigger_start + len(mention.trigger)] == mention.trigger
    assert mention.trigger == "airstrike"
    assert mention.date.text == "last Thursday"
    assert "United States" in mention.actors
    assert "Baghdad" in mention.places
    assert {"strike", "airstrike"} <= set(mention.keywords)
    assert mention.summary.endswith(".") and "\n" not in mention.summary


def test_events_undated_mentions_are_undated():
    mentions = detect("Iraq is worried after the collapse of the Assad regime in Syria.")
    assert mentions[0].date == UNDATED


def test_events_keywords_meet_across_wordings():
    one = detect("Iraq is worried after the collapse of Bashar al-Assad's government in Syria.")[0]
    two = detect("They have not launched any attacks since Assad fell.")[0]
    assert {"fall", "assad"} <= set(one.keywords) & set(two.keywords)


def test_events_participants_stay_in_their_clause():
    text = ("Since the outbreak of war between Israel and Hamas in October, US forces in Iraq have been "
            "attacked more than 100 times.")
    attack = [m for m in detect(text, [timex(text, "October", D(2023, 10, 1), D(2023, 10, 31), "month")])
              if m.type == "attack"][0]
    assert "Hamas" not in attack.actors and "Israel" not in attack.actors


def test_events_demonstrative_takes_the_date_of_the_sentence_before():
    text = ("The government blamed al-Qaeda for two blasts in Damascus in December.\n"
            "That double suicide bombing killed 44 people.")
    december = timex(text, "in December", D(2011, 12, 1), D(2011, 12, 31), "month")
    assert summary(detect(text, [december], published=D(2012, 2, 12))) == [
        ("attack", D(2011, 12, 1), D(2011, 12, 31)), ("attack", D(2011, 12, 1), D(2011, 12, 31))]


def test_events_relative_clause_after_the_event_is_not_its_participants():
    text = ("The remarks came a day after a US attack in Baghdad killed a commander, provoking armed groups, "
            "which called for ending the presence of the international coalition in Iraq.")
    mention = detect(text)[0]
    assert "international coalition" not in mention.actors and "Iraq" not in mention.places


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("The latest to enter into such timber agreements were Indonesia last week and Liberia on Monday.",
         [("last week", D(2024, 12, 16), D(2024, 12, 22), "week"), ("on Monday", D(2024, 12, 23), D(2024, 12, 23))],
         2),
        ("A month-long observer mission was sent by the Arab League in December and January.",
         [("December", D(2023, 12, 1), D(2023, 12, 31), "month"), ("January", D(2024, 1, 1), D(2024, 1, 31), "month")],
         1),
    ],
)
def test_events_coordinated_dates(text, spans, expected):
    mentions = detect(text, [timex(text, *span) for span in spans])
    assert len(mentions) == expected
    if expected == 1:
        assert (mentions[0].date.start, mentions[0].date.end) == (D(2023, 12, 1), D(2024, 1, 31))


def test_events_dates_out_of_order_are_no_span():
    # two years named latest first: a list of two happenings, never a span that ends before it starts
    text = "Two miners were killed in explosions at the pit in 1872 and 1850."
    spans = [("1872", D(1872, 1, 1), D(1872, 12, 31), "year"), ("1850", D(1850, 1, 1), D(1850, 12, 31), "year")]
    mentions = detect(text, [timex(text, *span) for span in spans])
    assert mentions and all(m.date.start <= m.date.end for m in mentions)
    assert (mentions[0].date.start, mentions[0].date.end) == (D(1872, 1, 1), D(1872, 12, 31))


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_events_possessive_fall_with_either_apostrophe(apostrophe):
    text = f"Officials have called for a delay since Assad{apostrophe}s fall."
    mentions = detect(text)
    assert [(m.type, m.title) for m in mentions] == [("regime_change", "Fall of Assad")]


def test_events_fall_as_a_season_word_is_still_a_fall():
    # a tagger may read "the fall" as autumn; "the fall of <name>" is the event noun
    text = "Armed groups changed course after the fall of Bashar al-Assad's regime in Syria."
    season = timex(text, "the fall", D(2024, 9, 22), D(2024, 12, 20), "season", "exact")
    assert summary(detect(text, [season])) == [("regime_change", None, None)]


def test_events_empty_and_trigger_free_documents():
    assert detect("") == []
    assert detect("The weather was pleasant and the markets were calm.") == []


# -- the tables -------------------------------------------------------------------------------

def test_events_types_table_covers_the_contract():
    assert [t["type"] for t in EVENT_TYPES] == [
        "regime_change", "agreement", "negotiation", "deadline", "withdrawal", "deployment",
        "strike", "attack", "conflict", "statement", "other"]
    assert set(COMPATIBLE_TYPES) == CONTRACT_TYPES


@pytest.mark.parametrize("row", EVENT_TYPES, ids=lambda r: r["type"])
def test_events_types_table_rows(row):
    assert set(row) == {"type", "definition", "acled", "plover"}
    assert row["definition"] and row["definition"].endswith(".")
    assert row["acled"] and all(a.split(":")[0] in ACLED for a in row["acled"])
    assert row["plover"] and set(row["plover"]) <= PLOVER
    json.dumps(row)  # served as JSON by GET /types


def test_events_compatible_types_are_symmetric_enough():
    for type_, compatible in COMPATIBLE_TYPES.items():
        assert type_ in compatible
        assert compatible <= CONTRACT_TYPES


@pytest.mark.parametrize("entry", trigger_entries(), ids=lambda e: f"{e.type}:{e.forms[0]}")
def test_events_trigger_tables_match_their_examples(entry):
    # every row of triggers.json carries an example sentence its forms must match
    table = json.loads((Path(__file__).resolve().parent.parent / "timeline_api" / "pipeline" / "events"
                        / "triggers.json").read_text(encoding="utf-8"))
    rows = [r for r in table[entry.type] if tuple(r["forms"]) == entry.forms]
    assert rows and entry.type in CONTRACT_TYPES
    assert entry.pattern.search(rows[0]["example"]), rows[0]["example"]


# -- the seeds, with the real tagger ----------------------------------------------------------

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(name: str) -> Document:
    import yaml

    raw = (SEEDS / name).read_text(encoding="utf-8")
    _, front, body = raw.split("---\n", 2)
    meta = yaml.safe_load(front)
    return Document(text=body.rstrip(), published=dt.date.fromisoformat(str(meta["published"])[:10]),
                    title=meta["title"])


@pytest.mark.parametrize(
    "name, type_, start, end",
    [
        ("003_225e48690cc79cb5.txt", "regime_change", D(2024, 12, 8), D(2024, 12, 8)),
        ("001_89bb3b22ecf6d029.txt", "agreement", D(2024, 9, 1), D(2024, 9, 10)),
        ("001_89bb3b22ecf6d029.txt", "deadline", D(2025, 9, 21), D(2025, 9, 30)),
        ("001_89bb3b22ecf6d029.txt", "deadline", D(2026, 9, 1), D(2026, 9, 30)),
        ("002_440d33991e1a54d9.txt", "strike", D(2024, 1, 4), D(2024, 1, 4)),
        ("000_3f3ae39f84c3b638.txt", "statement", D(2024, 12, 25), D(2024, 12, 25)),
    ],
)
def test_events_seed_key_events_with_the_tagger(name, type_, start, end):
    find_dates = pytest.importorskip("timeline_api.pipeline.temporal").find_dates
    doc = _seed(name)
    mentions = detect_events(doc, split_sentences(doc.text), find_dates(doc.text, doc.published))
    assert (type_, start, end) in summary(mentions)


def test_events_seed_dates_are_never_guessed_from_another_trigger():
    find_dates = pytest.importorskip("timeline_api.pipeline.temporal").find_dates
    doc = _seed("002_440d33991e1a54d9.txt")
    mentions = detect_events(doc, split_sentences(doc.text), find_dates(doc.text, doc.published))
    remarks = [m for m in mentions if "a day after" in m.quote]
    assert [(m.type, m.date) for m in remarks] == [("strike", UNDATED)]


def test_events_sentence_helper_is_plain_data():
    # detect_events reads only the fields of the model's dataclasses
    text = "The army ousted the president on Monday."
    sentence = Sentence(0, len(text), text)
    doc = Document(text=text, published=PUBLISHED)
    span = timex(text, "on Monday", D(2024, 12, 23), D(2024, 12, 23))
    assert summary(detect_events(doc, [sentence], [span])) == [("regime_change", D(2024, 12, 23), D(2024, 12, 23))]


# -- against the gold timelines, one system event per mention (no merge) --------------------

GOLD_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "gold"
TIMELINE17 = Path("/work/shared/corpora/timeline17")


def _mention_events(paths_and_docs):
    find_dates = pytest.importorskip("timeline_api.pipeline.temporal").find_dates
    events = []
    for name, doc in paths_and_docs:
        for k, m in enumerate(detect_events(doc, split_sentences(doc.text), find_dates(doc.text, doc.published))):
            date = m.date.to_dict()
            events.append({"id": f"{name}:{k}", "type": m.type, "title": m.title, "date": date,
                           "citations": [{"source_id": name, "document": name, "quote": m.quote,
                                          "start": m.start, "end": m.end, "date": date}]})
    return events


def test_events_seed_gold_precision_and_recall_before_merging():
    from timeline_api.pipeline.evaluate import evaluate

    gold = json.loads((GOLD_DIR / "seeds.json").read_text(encoding="utf-8"))
    events = _mention_events([(name, _seed(name)) for name in gold["documents"]])
    result = evaluate(gold, events)
    assert result["recall"] == 1.0 and result["precision"] >= 0.85
    assert result["date_exact"] >= 0.9 and result["type_right"] >= 0.9


@pytest.mark.skipif(not TIMELINE17.exists(), reason="timeline17 corpus not available")
@pytest.mark.parametrize("gold_name", ["timeline17_sample.json", "timeline17_heldout.json",
                                       "timeline17_heldout2.json", "timeline17_heldout3.json",
                                       "timeline17_heldout4.json", "timeline17_fresh2.json",
                                       "timeline17_fresh4.json", "timeline17_fresh5.json",
                                       "timeline17_fresh6.json", "timeline17_fresh7.json",
                                       "timeline17_fresh8.json", "timeline17_fresh9.json"])
def test_events_timeline17_gold_precision_and_recall(gold_name):
    import yaml

    from timeline_api.pipeline.evaluate import evaluate

    gold = json.loads((GOLD_DIR / gold_name).read_text(encoding="utf-8"))
    docs = []
    for name in gold["documents"]:
        _, front, body = (TIMELINE17 / name).read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.safe_load(front)
        docs.append((name, Document(text=body.rstrip(), published=dt.date.fromisoformat(str(meta["published"])[:10]),
                                    title=meta["title"])))
    result = evaluate(gold, _mention_events(docs))
    assert result["precision"] >= 0.85 and result["recall"] >= 0.8


# -- general news: deadlines, courts, opening phrases, tallies, titles -------------------------

GENERAL = [
    ("The company has until January 15 to appeal the decision.",
     [("January 15", D(2025, 1, 15), D(2025, 1, 15))],
     [("deadline", D(2025, 1, 15), D(2025, 1, 15))],
     "Deadline for company to appeal the decision"),
    ("The government has given the rebels until Sunday to hand over their weapons.",
     [("Sunday", D(2024, 12, 29), D(2024, 12, 29))],
     [("deadline", D(2024, 12, 29), D(2024, 12, 29))],
     "Deadline for the rebels to hand over their weapons"),
    ("Under the deal, fighters must leave the town by January 10.",
     [("January 10", D(2025, 1, 10), D(2025, 1, 10))],
     [("deadline", D(2025, 1, 10), D(2025, 1, 10))],
     "Deadline for fighters to leave the town"),
    ("The new constitution will take effect on January 1.",
     [("January 1", D(2025, 1, 1), D(2025, 1, 1))],
     [("deadline", D(2025, 1, 1), D(2025, 1, 1))],
     "New constitution takes effect"),
    # a scheduled hearing is a legal event, not a deadline
    ("A hearing on the request is set for January 9.",
     [("January 9", D(2025, 1, 9), D(2025, 1, 9))],
     [("other", D(2025, 1, 9), D(2025, 1, 9))],
     "Hearing scheduled"),
    ("A federal judge on Monday struck down the permit for the mine.",
     [("Monday", D(2024, 12, 23), D(2024, 12, 23))],
     [("other", D(2024, 12, 23), D(2024, 12, 23))],
     "Federal judge strikes down the permit for the mine"),
    ("The groups filed the lawsuit in September 2010.",
     [("September 2010", D(2010, 9, 1), D(2010, 9, 30), "month")],
     [("other", D(2010, 9, 1), D(2010, 9, 30))],
     "Groups file the lawsuit"),
    ("In a statement on Monday evening, the company said it was reviewing the ruling.",
     [("Monday evening", D(2024, 12, 23), D(2024, 12, 23))],
     [("statement", D(2024, 12, 23), D(2024, 12, 23))],
     "Company says it was reviewing the ruling"),
    ("In an interview released Tuesday, the commander Omar Haddad warned that his men would not disarm.",
     [("Tuesday", D(2024, 12, 24), D(2024, 12, 24))],
     [("statement", D(2024, 12, 24), D(2024, 12, 24))],
     "Commander Omar Haddad warns his men would not disarm"),
    ("Police have linked the group to last month's market bombing in Qasr.",
     [("last month", D(2024, 11, 1), D(2024, 11, 30), "month")],
     [("attack", D(2024, 11, 1), D(2024, 11, 30))],
     "Bombing in Qasr"),
    ("Mass protests forced the collapse of President Salim Darwish's 20-year rule in October.",
     [("October", D(2024, 10, 1), D(2024, 10, 31), "month")],
     [("regime_change", D(2024, 10, 1), D(2024, 10, 31))],
     "Fall of President Salim Darwish's 20-year rule"),
    ("Since President Felipe Calderon sent troops, drug violence has killed about 2,300 people this year.",
     [("this year", D(2024, 1, 1), D(2024, 12, 31), "year")],
     [("attack", D(2024, 1, 1), D(2024, 12, 31))],
     "Drug violence kills about 2,300 people"),
    ("Coast Guard Commandant Thad Allen said in an interview Friday that the plans had failed.",
     [("Friday", D(2024, 12, 20), D(2024, 12, 20))],
     [("statement", D(2024, 12, 20), D(2024, 12, 20))],
     "Commandant Thad Allen says in an interview that the plans failed"),
]


@pytest.mark.parametrize("text, spans, expected, title", GENERAL, ids=[c[0][:40] for c in GENERAL])
def test_events_general_news_vocabulary_and_titles(text, spans, expected, title):
    mentions = detect(text, [timex(text, *span) for span in spans])
    assert summary(mentions) == expected
    assert mentions[0].title == title


@pytest.mark.parametrize("text, spans", [
    # the toll's date, not the uprising's
    ("Officials said the death toll from the uprising passed 5,400 in January.",
     [("January", D(2024, 1, 1), D(2024, 1, 31), "month")]),
    # a ruler's reign is not a court ruling
    ("Mubarak ruled Egypt with an iron hand from 1981.", [("1981", D(1981, 1, 1), D(1981, 12, 31), "year")]),
    # a premodifying quarter is the loss's, and the loss is no event
    ("The bank expects a first-quarter loss.", [("first-quarter", D(2025, 1, 1), D(2025, 3, 31), "quarter")]),
])
def test_events_general_news_non_events(text, spans):
    assert [m for m in detect(text, [timex(text, *span) for span in spans]) if m.date is not UNDATED] == []


def test_events_titles_never_name_the_speaker_twice():
    text = "Olga Lerma said on Monday that police arrested Olga Lerma last week."
    mentions = detect(text, [timex(text, "Monday", D(2024, 12, 23), D(2024, 12, 23)),
                             timex(text, "last week", D(2024, 12, 16), D(2024, 12, 22), "week")])
    assert [m.title for m in mentions] == ["Police arrest Olga Lerma", "Police arrest Olga Lerma"]


def test_events_named_incident_kept_undated_for_the_merger():
    text = "A week after the bombing in Sarnak, the envoy met rebel leaders."
    mentions = detect(text, [timex(text, "A week", None, None, "unknown", "exact", "DURATION")])
    assert [(m.type, m.date) for m in mentions if m.type == "attack"] == [("attack", UNDATED)]
