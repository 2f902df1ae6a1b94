"""Event identity: one real happening per event, whatever order the documents come in."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from timeline_api import documents, service
from timeline_api.model import Cited, DateInterval
from timeline_api.pipeline import identity
from timeline_api.pipeline.describe import describe, title_quality
from timeline_api.pipeline.run import extract
from timeline_api.store import db as store_db

D = dt.date
ROOT = Path(__file__).resolve().parent.parent
# shared/ lies beside the checkout (CI, the main clone) or beside a worktree's parent folder
TIMELINE17 = next((p for p in (ROOT.parent / "shared" / "corpora" / "timeline17",
                               ROOT.parent.parent / "shared" / "corpora" / "timeline17") if p.exists()),
                  ROOT.parent / "shared" / "corpora" / "timeline17")


def day(y, m, d, text="that day"):
    return DateInterval(D(y, m, d), D(y, m, d), "day", "exact", text)


def month(y, m, text="that month"):
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    return DateInterval(D(y, m, 1), last, "month", "exact", text)


def mention(trigger, date, source="src_a", start=0, type_="other", actors=(), places=(), keywords=(),
            published="2010-05-01"):
    return identity.make(published, source, start, start, trigger, type_, date, actors, places, keywords)


# ---------------------------------------------------------------- the component

@pytest.mark.parametrize("a, b", [("exploded", "the explosion"), ("blast", "bombing"), ("killed", "bombing"),
                                  ("held talks", "negotiations"), ("was killed", "deaths"),
                                  ("ousted", "the fall")])
def test_identity_family_reads_the_meaning_not_the_word(a, b):
    assert identity.family(a) == identity.family(b)


def test_identity_family_tells_kinds_of_happening_apart():
    assert len({identity.family(w) for w in ("exploded", "resigned", "said", "met", "arrested")}) == 5


def test_identity_one_explosion_typed_two_ways_is_one_event():
    a = mention("exploded", day(2010, 4, 20), "src_a", type_="other", actors=("Deepwater Horizon",),
                keywords=("rig",))
    b = mention("explosion", day(2010, 4, 20), "src_b", type_="attack", keywords=("rig", "workers", "horizon"))
    [one] = identity.cluster([a, b])
    assert len(one.members) == 2


def test_identity_same_kind_different_towns_stay_apart():
    a = mention("killed", day(2011, 4, 22), "src_a", places=("Deraa",), actors=("security forces",))
    b = mention("killed", day(2011, 4, 22), "src_b", places=("Homs",), actors=("security forces",))
    assert len(identity.cluster([a, b])) == 2


def test_identity_common_kinds_need_a_shared_participant():
    a = mention("killed", day(2011, 4, 22), "src_a", actors=("police",), keywords=("protesters",))
    b = mention("killed", day(2011, 4, 22), "src_b", actors=("rebels",), keywords=("plane",))
    c = mention("killed", day(2011, 4, 22), "src_c", actors=("police",), keywords=("protest",))
    clusters = identity.cluster([a, b, c])
    assert sorted(len(x.members) for x in clusters) == [1, 2]


def test_identity_statements_need_the_same_speaker():
    a = mention("said", day(2010, 6, 1), "src_a", type_="statement", actors=("Obama",))
    b = mention("said", day(2010, 6, 1), "src_b", type_="statement", actors=("Hayward",))
    c = mention("told reporters", day(2010, 6, 1), "src_c", type_="statement", actors=("Obama",))
    assert sorted(len(x.members) for x in identity.cluster([a, b, c])) == [1, 2]


@pytest.mark.parametrize("verb", ["urged", "vowed", "pledged", "testified", "condemned", "reported"])
def test_identity_speech_acts_are_statements_and_need_their_speaker(verb):
    # two people urging (vowing, testifying ...) on one day are two statements, not one "urging"
    a = mention(verb, day(2011, 1, 30), "src_a", type_="statement", actors=("Tantawi",), keywords=("curfew",))
    b = mention(verb, day(2011, 1, 30), "src_b", type_="statement", actors=("Muslim Brotherhood",),
                keywords=("curfew", "followers"))
    c = mention("said", day(2011, 1, 30), "src_c", type_="statement", actors=("Tantawi",))
    assert identity.family(verb) == identity.family("said")
    assert sorted(len(x.members) for x in identity.cluster([a, b, c])) == [1, 2]


def test_identity_different_people_fall_apart():
    a = mention("fall", day(2011, 2, 11), "src_a", actors=("Mubarak",))
    b = mention("fall", day(2011, 2, 11), "src_b", actors=("Saddam Hussein",))
    assert len(identity.cluster([a, b])) == 2


def test_identity_clusters_do_not_depend_on_order():
    ms = [mention("killed", day(2011, 4, 22), f"src_{i}", actors=(a,), places=(p,), keywords=("protest",))
          for i, (a, p) in enumerate([("police", "Deraa"), ("police", "Homs"), ("army", "Deraa"),
                                      ("police", ""), ("army", "Homs"), ("police", "Deraa")])]
    _assert_clusters_order_free(ms, 5)


def _assert_clusters_order_free(ms, rounds):
    expected = sorted(sorted(m.key for m in c.members) for c in identity.cluster(ms))
    for seed in range(rounds):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        assert sorted(sorted(m.key for m in c.members) for c in identity.cluster(shuffled)) == expected


def test_identity_coarse_mention_picks_only_a_unique_day():
    one = identity.cluster([mention("capped", day(2010, 4, 20), "src_a", actors=("BP",), keywords=("well",))])
    coarse = mention("sealed", month(2010, 4), "src_b", actors=("BP",), keywords=("well",))
    joined, why = identity.pick_one(coarse, one)
    assert joined is one[0] and "only event" in why
    two = one + identity.cluster([mention("capped", day(2010, 4, 28), "src_c", actors=("BP",),
                                          keywords=("well",))])
    assert identity.pick_one(coarse, two)[0] is None


def test_identity_a_coarse_or_undated_mention_needs_positive_evidence_to_join():
    [markets] = identity.cluster([mention("fell", day(2011, 7, 11), "src_a", keywords=("sterling", "dollar"))])
    background = mention("the fall", month(2011, 7), "src_b", actors=("Saddam Hussein",))
    assert identity.pick_one(background, [markets])[0] is None
    # the same two on one day, nothing against them, would be one: the day is evidence
    same_day = mention("the fall", day(2011, 7, 11), "src_b", keywords=("sterling",))
    assert len(identity.cluster([markets.seed, same_day])) == 1


def test_identity_background_reports_of_one_beginning_are_one_event():
    # three reports say, in passing and in their own words, that the unrest began that month
    reports = [mention("uprising", month(2011, 3), "src_a", actors=("Bashar al-Assad",),
                       keywords=("uprising", "begin"), published="2011-09-01"),
               mention("protests", month(2011, 3), "src_b", actors=("United Nations",),
                       keywords=("protest", "erupt"), published="2011-10-01"),
               mention("unrest", month(2011, 3), "src_c", keywords=("unrest", "start"), published="2011-11-01")]
    [one] = identity.cluster(reports, strict=True)
    assert len(one.members) == 3 and "beginning" in one.evidence[1]
    # without a word of beginning, a common kind of happening still needs a shared participant
    plain = [mention("protests", month(2011, 3), s, keywords=("protest",)) for s in ("src_d", "src_e")]
    assert len(identity.cluster(plain, strict=True)) == 2


def test_identity_beginnings_in_two_countries_stay_apart():
    here = mention("protests", month(2011, 1), "src_a", places=("Tunisia",), keywords=("began",))
    there = mention("protests", month(2011, 1), "src_b", places=("Egypt",), keywords=("erupted",))
    assert len(identity.cluster([here, there], strict=True)) == 2
    # a statement that something began is a statement: the speaker still decides
    said = [mention("said", month(2011, 1), s, actors=(who,), keywords=("began",))
            for s, who in (("src_c", "Clinton"), ("src_d", "Hague"))]
    assert len(identity.cluster(said, strict=True)) == 2


def undated():
    return DateInterval(None, None, "unknown", "exact", "")


def test_identity_an_undated_mention_joins_only_through_a_participant_of_its_own():
    # a ruler's fall on a day, reported with his name
    [fall] = identity.cluster([mention("toppled", day(2011, 8, 22), "src_a", actors=("Muammar Gaddafi",),
                                       places=("Libya",), keywords=("rebels", "tripoli"))])
    named = mention("the overthrow", undated(), "src_b", actors=("Muammar Gaddafi",), places=("Libya",),
                    published="2011-10-01")
    assert identity.pick_one(named, [fall])[0] is fall
    # the country named as an actor is in every report from there: no participant of its own
    country = mention("regime change", undated(), "src_c", actors=("Libya",), published="2011-10-01")
    assert identity.pick_one(country, [fall])[0] is None
    # nor are words shared with the event's reports ("rebels", "tripoli") enough without a date
    words = mention("the fall", undated(), "src_d", keywords=("rebels", "tripoli"), published="2011-10-01")
    assert identity.pick_one(words, [fall])[0] is None
    # the same words on a dated mention of that month still count as evidence
    dated = mention("the fall", month(2011, 8), "src_d", keywords=("rebels", "tripoli"), published="2011-10-01")
    assert identity.pick_one(dated, [fall])[0] is fall


def test_identity_undated_beginnings_are_not_one_beginning():
    # "the killing began in earnest": no date, no participant; a beginning of its kind is no evidence
    a = mention("killing", undated(), "src_a", keywords=("began",), published="2011-05-01")
    b = mention("killing", undated(), "src_b", keywords=("started",), published="2011-05-02")
    assert len(identity.cluster([a, b], strict=True)) == 2


@pytest.mark.parametrize("dates, expected", [
    ([month(2010, 4), day(2010, 4, 20), month(2010, 4)], "2010-04-20"),  # precise beats many coarse
    ([day(2010, 4, 20), day(2010, 4, 20), day(2010, 4, 21)], "2010-04-20"),
])
def test_identity_resolve_date_takes_the_most_precise_consistent_date(dates, expected):
    date, _ = identity.resolve_date(dates)
    assert date.start.isoformat() == expected and date.precision == "day"


# ---------------------------------------------------------------- the titles step

def cited(title, date, start=100, source="src_a", type_="other"):
    return Cited(source, "2010-05-01", start, "exploded", type_, title, title, title, date)


def test_describe_names_the_event_from_a_headline_on_its_date():
    cites = [
        cited("Removed", day(2010, 4, 20)),
        cited("Rig explodes in the Gulf of Mexico", month(2010, 4), source="src_b"),
        cited("Deepwater Horizon rig explodes in the Gulf of Mexico", day(2010, 4, 20), source="src_c"),
    ]
    view = describe(cites)
    assert view.best == 2 and view.date.precision == "day"


def test_describe_types_the_event_by_most_citations():
    cites = [cited("Rig explodes", day(2010, 4, 20), type_="attack"),
             cited("Rig explodes off Louisiana", day(2010, 4, 20), source="src_b", type_="other"),
             cited("Explosion on the rig kills 11", day(2010, 4, 20), source="src_c", type_="other")]
    assert describe(cites).type == "other"


@pytest.mark.parametrize("title", ["Removed", "Completed at 1930 CDT on 1 June", "Jane Doe\\/Reuters Officials meet", "He writes to BP demanding more detail", "-LRB- AP -RRB- says",
                                   "x" * 95])
def test_describe_title_quality_marks_what_a_reader_rejects(title):
    assert title_quality(title) < title_quality("Deepwater Horizon rig explodes in the Gulf")


# ---------------------------------------------------------------- through the store, shuffled

def _snapshot(path_list, order_seed):
    paths = path_list[:]
    random.Random(order_seed).shuffle(paths)
    db = store_db.connect(None)
    for path in paths:
        for doc in documents.read_path(path, None, documents.DocumentLimits()):
            service.ingest_extraction(db, extract(doc))
    events = {r[0]: r[1:] for r in db.execute(
        "select id, date_start, date_end, precision, type, title, citation_count from events")}
    cites = sorted(db.execute("select event_id, source_id, start, block from citations").fetchall())
    counts = sorted(db.execute("select id, event_count from sources").fetchall())
    return events, cites, counts


def _assert_order_free(paths):
    first = _snapshot(paths, 0)
    assert first[0] and first[1]
    for seed in (1, 2):
        assert _snapshot(paths, seed) == first


def test_identity_store_is_the_same_whatever_the_ingest_order():
    _assert_order_free(sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "heldout" / "docs").glob("*.txt")))


@pytest.mark.skipif(not TIMELINE17.exists(), reason="the Timeline17 corpus is not beside the checkout")
def test_identity_store_is_the_same_whatever_the_order_on_real_coverage():
    # 30 articles of one topic from two outlets: many reports of the same days
    paths = sorted((TIMELINE17 / "bpoil_bbc").glob("*.txt"))[40:55] + \
        sorted((TIMELINE17 / "bpoil_guardian").glob("*.txt"))[40:55]
    _assert_order_free(paths)


@pytest.mark.parametrize("headline, nominal", [("Deepwater Horizon rig explodes", "Explosion on the rig"),
                                               ("Engineers remove the cap", "Removal of the cap"),
                                               ("BP caps the well", "Capping of the well")])
def test_describe_prefers_a_headline_with_a_present_verb(headline, nominal):
    assert title_quality(headline) > title_quality(nominal)


def test_identity_an_earlier_report_renames_the_event_and_the_old_id_still_leads_to_it():
    from timeline_api.model import Document, EventMention
    from timeline_api.pipeline.run import Extraction

    def ingest(db, text, published):
        m = EventMention(type="other", title="Rig explodes", summary=text, quote=text, start=0, end=len(text),
                         date=day(2010, 4, 20), trigger="exploded", trigger_start=4,
                         actors=["Deepwater Horizon"], places=[], keywords=["rig"])
        doc = Document(text=text, published=published, title=text, outlet="Wire")
        return service.ingest_extraction(db, Extraction(doc, [], [], [m]))

    db = store_db.connect(None)
    later = ingest(db, "The Deepwater Horizon rig exploded on 20 April, officials recalled.", D(2010, 5, 30))
    [old_id] = later.event_ids
    earlier = ingest(db, "The Deepwater Horizon rig exploded on Tuesday night.", D(2010, 4, 21))
    [new_id] = earlier.event_ids
    assert new_id != old_id and later.event_ids == [old_id]
    body, moved_to = service.get_event_body(db, old_id)
    assert body is None and moved_to == new_id
    assert db.execute("select count(*) from citations where event_id = ?", [new_id]).fetchone()[0] == 2


def test_identity_a_country_named_as_actor_is_no_speaker():
    a = mention("said", day(2011, 1, 28), "src_a", type_="statement", actors=("Egypt", "Barack Obama"))
    b = mention("called on", day(2011, 1, 28), "src_b", type_="statement", actors=("Egypt", "Navi Pillay"))
    c = mention("told", day(2011, 1, 28), "src_c", type_="statement", actors=("Egypt",))
    assert len(identity.cluster([a, b, c])) == 3


def test_identity_the_speaker_is_who_the_headline_opens_with():
    from timeline_api.pipeline.identity import make

    def said(source, title, actors):
        return make("2011-02-11", source, 0, 0, "said", "statement", day(2011, 2, 10), actors, (), (), title=title)

    own = said("src_a", "Mubarak says he hands powers to his deputy", ("Hosni Mubarak",))
    again = said("src_b", "Mubarak tells Egyptians he will not leave", ("Hosni Mubarak",))
    about = said("src_c", "Leon Panetta says Mubarak may step down", ("Leon Panetta", "Hosni Mubarak"))
    clusters = identity.cluster([own, again, about])
    assert sorted(len(c.members) for c in clusters) == [1, 2]


# ---------------------------------------------------------------- a week's mention among several events

def week(y, m, d, text="last week"):
    return DateInterval(D(y, m, d), D(y, m, d) + dt.timedelta(days=6), "week", "exact", text)


def _finer(*seeds):
    return [identity.Cluster([s]) for s in seeds]


def _meetings(coarse_date, trigger="met"):
    ceo = mention("met", day(2010, 5, 4), "src_a", actors=("Ann Vale",), places=("Geneva",),
                  keywords=("regulators", "lawmakers"))
    mayor = mention("met", day(2010, 5, 6), "src_b", actors=("Bo Kerr",), places=("Geneva",))
    coarse = mention(trigger, coarse_date, "src_c", actors=("Ann Vale",), places=("Geneva",),
                     keywords=("regulators",), published="2010-05-12")
    return ceo, mayor, coarse


def test_identity_a_week_mention_joins_the_one_event_that_alone_names_its_participant():
    ceo, mayor, coarse = _meetings(week(2010, 5, 3))
    finer = _finer(ceo, mayor)
    assert all(identity.fits(coarse, c, strict=True) for c in finer)  # both fit: the town is shared
    joined, why = identity.pick_one(coarse, finer)
    assert joined is finer[0] and "vale" in why  # names are compared in one spelling ("an vale")


@pytest.mark.parametrize("coarse_date, trigger", [
    (month(2010, 5), "met"),        # a month holds too many meetings for a name to pick one
    (week(2010, 5, 3), "talked"),   # another verb of the kind is another account of it
])
def test_identity_a_coarse_mention_stays_apart_when_the_week_or_the_verb_does_not_hold(coarse_date, trigger):
    ceo, mayor, coarse = _meetings(coarse_date, trigger)
    joined, _ = identity.pick_one(coarse, _finer(ceo, mayor))
    assert joined is None


def test_identity_a_week_mention_stays_apart_when_two_events_name_its_participant():
    ceo, mayor, coarse = _meetings(week(2010, 5, 3))
    again = mention("met", day(2010, 5, 7), "src_d", actors=("Ann Vale",), places=("Geneva",),
                    keywords=("regulators",))
    joined, _ = identity.pick_one(coarse, _finer(ceo, mayor, again))
    assert joined is None


def test_identity_a_week_mention_joins_the_same_event_whatever_the_ingest_order():
    from timeline_api.model import Document, EventMention
    from timeline_api.pipeline.run import Extraction

    def doc(text, published, trigger, date, actors, keywords):
        m = EventMention(type="talks", title=text, summary=text, quote=text, start=0, end=len(text),
                         date=date, trigger=trigger, trigger_start=0, actors=list(actors), places=["Geneva"],
                         keywords=list(keywords))
        return Extraction(Document(text=text, published=published, title=text, outlet="Wire"), [], [], [m])

    docs = [doc("Ann Vale met regulators and lawmakers in Geneva on Tuesday.", D(2010, 5, 5), "met",
                day(2010, 5, 4), ("Ann Vale",), ("regulators", "lawmakers")),
            doc("Bo Kerr met officials in Geneva on Thursday.", D(2010, 5, 7), "met", day(2010, 5, 6),
                ("Bo Kerr",), ()),
            doc("Ann Vale met regulators in Geneva last week.", D(2010, 5, 12), "met", week(2010, 5, 3),
                ("Ann Vale",), ("regulators",))]
    outcomes = set()
    for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]):
        db = store_db.connect(None)
        for i in order:
            service.ingest_extraction(db, docs[i])
        rows = db.execute("select s.title, c.event_id from citations c join sources s on s.id = c.source_id "
                          "order by s.title").fetchall()
        by_title = dict(rows)
        assert by_title[docs[2].document.title] == by_title[docs[0].document.title]
        outcomes.add(tuple(sorted(rows)))
    assert len(outcomes) == 1


def _undated(trigger, actors, published="2011-02-20", source="src_u"):
    return mention(trigger, DateInterval(None, None, "unknown", "exact", ""), source, actors=actors,
                   published=published)


def test_identity_an_undated_mention_takes_the_day_inside_the_coarser_reports_of_it():
    fall_day = mention("ouster", day(2011, 2, 11), "src_a", actors=("Ivo Marr",))
    fall_week = mention("ouster", week(2011, 2, 7), "src_b", actors=("Ivo Marr",))
    joined, why = identity.pick_one(_undated("downfall", ("Ivo Marr",)), _finer(fall_day, fall_week))
    assert joined is not None and joined.seed is fall_day and "only day" in why


@pytest.mark.parametrize("trigger, finer_triggers, other_date", [
    ("downfall", ("ouster", "ouster"), day(2011, 2, 13)),  # two days: which one is unknown
    ("downfall", ("ouster", "ouster"), month(2011, 1)),    # a month beside the day, not around it
    ("raid", ("died", "died"), week(2011, 2, 7)),          # a common kind: the verb must agree
])
def test_identity_an_undated_mention_stays_apart_unless_one_day_lies_inside_the_rest(trigger, finer_triggers,
                                                                                      other_date):
    first = mention(finer_triggers[0], day(2011, 2, 11), "src_a", actors=("Ivo Marr",))
    other = mention(finer_triggers[1], other_date, "src_b", actors=("Ivo Marr",))
    joined, _ = identity.pick_one(_undated(trigger, ("Ivo Marr",)), _finer(first, other))
    assert joined is None


def test_identity_an_undated_report_and_a_span_end_the_same_whatever_the_ingest_order():
    # an undated report's reach (the half year before it) overlaps a span that ends after it: when the
    # span's event changes, the undated report is decided again, so either order gives one outcome
    from timeline_api.model import Document, EventMention
    from timeline_api.pipeline.run import Extraction

    def doc(text, published, date):
        m = EventMention(type="regime_change", title=text, summary=text, quote=text, start=0, end=len(text),
                         date=date, trigger="fall", trigger_start=text.index("fall"), actors=["Ivo Tanner"],
                         places=["Velmar"], keywords=["regime", "capital"])
        return Extraction(Document(text=text, published=published, title=text, outlet="Wire"), [], [], [m])

    late_august = DateInterval(D(2031, 8, 21), D(2031, 8, 31), "month", "exact", "late August")
    undated = DateInterval(None, None, "unknown", "exact", "")
    docs = [doc("The fall of Ivo Tanner's regime in the capital of Velmar shook the region.", D(2031, 8, 22),
                undated),
            doc("The fall of Ivo Tanner's regime in the capital of Velmar came in late August.", D(2031, 9, 10),
                late_august)]
    outcomes = set()
    for order in ([0, 1], [1, 0]):
        db = store_db.connect(None)
        for i in order:
            service.ingest_extraction(db, docs[i])
        outcomes.add(tuple(sorted(db.execute(
            "select s.title, c.event_id from citations c join sources s on s.id = c.source_id").fetchall())))
    assert len(outcomes) == 1


# ---------------------------------------------------------------- agreement beyond a day and a word

def titled(trigger, date, source, title, **kwargs):
    """A mention with its headline (identity reads a headline's counts and speaker)."""
    return identity.make(kwargs.pop("published", "2011-02-06"), source, 0, 0, trigger, kwargs.pop("type_", "other"),
                         date, kwargs.pop("actors", ()), kwargs.pop("places", ()), kwargs.pop("keywords", ()),
                         title=title)


def test_identity_two_calls_about_one_country_on_one_day_stay_two():
    # two phone calls of one evening, each about Egypt, between different people
    biden = titled("spoke", day(2011, 2, 5), "src_a", "Biden speaks with Suleiman by phone",
                   actors=("United States", "Joe Biden", "Egypt"), keywords=("speak", "suleiman", "phone"))
    clinton = titled("spoke", day(2011, 2, 5), "src_b", "Clinton speaks with Prime Minister Shafiq",
                     actors=("Egypt", "United States", "Hillary Clinton", "Ahmed Shafiq"), keywords=("speak", "shafiq"))
    assert len(identity.cluster([biden, clinton])) == 2


def test_identity_a_country_named_as_actor_ties_no_two_meetings():
    # a reporter discussing an incident on air, a president at a conference: the same day and
    # "the United States" are all they share
    on_air = mention("discussed", day(2011, 1, 28), "src_a", actors=("United States",), keywords=("wedeman", "incident"))
    speech = mention("conference", day(2011, 1, 28), "src_b", actors=("Barack Obama", "United States"),
                     places=("Washington",))
    assert len(identity.cluster([on_air, speech])) == 2


def test_identity_the_verb_every_report_of_a_kind_says_ties_nothing():
    # the extractor keeps the trigger's own verb among the keywords ("left" -> "leave"): two
    # copies of one release from jail must not make "leave" a word the event's reports share
    release = [mention("left", day(2011, 1, 26), f"src_{s}", actors=("Kelley Williams-Bolar",),
                       keywords=("leave", "jail")) for s in "ab"]
    commute = mention("left", day(2011, 1, 26), "src_c", keywords=("leave", "youngblood", "work"))
    clusters = identity.cluster(release + [commute])
    assert sorted(len(c.members) for c in clusters) == [1, 2]


def test_identity_a_rare_kind_in_one_country_is_one_happening_unless_each_names_its_own():
    named = mention("resigned", day(2011, 2, 11), "src_a", actors=("Egypt",))
    unnamed = mention("resignation", day(2011, 2, 11), "src_b", places=("Egypt",))
    assert len(identity.cluster([named, unnamed])) == 1
    minister = mention("resigned", day(2011, 2, 11), "src_c", actors=("Egypt", "Ahmed Shafiq"))
    president = mention("resigned", day(2011, 2, 11), "src_d", actors=("Egypt", "Hosni Mubarak"))
    assert len(identity.cluster([minister, president])) == 2


def test_identity_a_country_many_reports_name_admits_a_report_that_names_no_one_else():
    # three reports of a day's protests in Cairo establish the event; a fourth names only the
    # country, and nobody the event does not name
    protests = [mention("protests", day(2011, 1, 25), f"src_{s}", actors=("Egypt",), places=("Cairo",))
                for s in "abc"]
    passing = mention("demonstrations", day(2011, 1, 25), "src_d", actors=("Egypt",), keywords=("permits",))
    assert [len(c.members) for c in identity.cluster(protests + [passing])] == [4]
    # but a report naming a man of its own, and Egypt, is not thereby of those protests
    other = mention("demonstrations", day(2011, 1, 25), "src_e", actors=("Egypt", "Ayman Nour"))
    assert sorted(len(c.members) for c in identity.cluster(protests + [other])) == [1, 3]


def test_identity_the_same_count_of_victims_ties_two_reports_of_a_common_kind():
    a = titled("explosion", day(2010, 4, 20), "src_a", "Explosion kills 11 workers", keywords=("worker",))
    b = titled("blast", day(2010, 4, 20), "src_b", "Blast that killed 11 workers on the rig", keywords=("worker", "rig"))
    assert identity.evidence(a, b) == "shared words: #11, worker"
    untold = titled("blast", day(2010, 4, 20), "src_c", "Blast on the rig", keywords=("worker", "rig"))
    assert identity.evidence(a, untold) is None  # "workers" alone is in every report of a blast
    # a day of the month is a date, not a count
    assert identity._figures("Rig explodes on 20 April, killing 11") == frozenset({"#11"})


def test_identity_the_same_report_twice_is_one_happening():
    # a wire copy: the same verb and words, and nothing specific to share
    copies = [mention("set for", day(2011, 2, 22), f"src_{s}", keywords=("election",)) for s in "ab"]
    assert len(identity.cluster(copies)) == 1


def test_identity_country_evidence_does_not_depend_on_order():
    ms = [mention("protests", day(2011, 1, 25), "src_a", actors=("Egypt",), places=("Cairo",)),
          mention("protests", day(2011, 1, 25), "src_b", actors=("Egypt",), places=("Cairo",)),
          mention("demonstration", day(2011, 1, 25), "src_c", actors=("Egypt",)),
          mention("demonstration", day(2011, 1, 25), "src_d", actors=("Egypt", "Ayman Nour")),
          mention("rally", day(2011, 1, 25), "src_e", actors=("Egypt", "Ayman Nour"), places=("Suez",)),
          mention("protest", day(2011, 1, 25), "src_f", actors=("United States",), places=("Washington",))]
    _assert_clusters_order_free(ms, 8)


def test_identity_one_name_in_two_transliterations_is_one_participant():
    # two outlets spell the leader each their own way; his name is all the reports share
    a = mention("met", day(2011, 5, 30), "src_a", actors=("Moammar Gadhafi", "Jacob Zuma"))
    b = mention("talks", day(2011, 5, 30), "src_b", actors=("Muammar Gaddafi",), keywords=("african union",))
    [one] = identity.cluster([a, b])
    assert one.evidence[1].startswith("shared participant")
    other = mention("met", day(2011, 5, 30), "src_c", actors=("Saddam Hussein",))
    assert len(identity.cluster([a, other])) == 2


def test_identity_a_coarse_report_of_a_campaign_joins_its_one_event_by_who_and_where():
    # "since mid-October, armed factions have targeted US bases in Iraq" and, in another
    # article, "since October, US forces in Iraq have been attacked": two countries agree, and
    # the sides are named each its own way
    since_mid = DateInterval(D(2023, 10, 11), D(2023, 10, 20), "month", "since", "since mid-October")
    since_month = DateInterval(D(2023, 10, 1), D(2023, 10, 31), "month", "since", "since October")
    finer = identity.cluster([mention("targeted", since_mid, "src_a", actors=("Iraqi armed groups", "United States"),
                                      places=("Iraq",), keywords=("bases",))], strict=True)
    coarse = mention("attacked", since_month, "src_b", actors=("United States", "international coalition"),
                     places=("Iraq",))
    joined, why = identity.pick_one(coarse, finer)
    assert joined is finer[0] and "shared countries" in why
    # one country is no tie: the one candidate is no event to join
    alone = mention("attacked", since_month, "src_c", actors=("international coalition",), places=("Iraq",))
    assert identity.pick_one(alone, finer)[0] is None


def test_identity_an_event_fitting_by_a_country_alone_still_keeps_a_coarse_mention_undecided():
    # "since protests began in March" fits the day that tells a beginning (by the beginning) and
    # another day of protests (by the country alone): two candidates, so it joins neither
    began = identity.cluster([mention("protests began", day(2011, 3, 18), "src_a", actors=("Syria",),
                                      places=("Deraa",), keywords=("began",))])
    other = identity.cluster([mention("protests", day(2011, 3, 15), "src_b", actors=("Syria",), places=("Damascus",))])
    coarse = mention("protests began", month(2011, 3), "src_c", actors=("Syria",), keywords=("began",))
    assert identity.pick_one(coarse, began)[0] is began[0]
    joined, why = identity.pick_one(coarse, began + other)
    assert joined is None and "2 events" in why


# ---------------------------------------------------------------- a coarse mention among pieces of one day

def _pieces(sizes, days=None):
    """Events of one kind, the n-th with ``sizes[n]`` reports on ``days[n]`` (one town each, so a
    day's clustering keeps them apart), and a month mention naming the people of all of them."""
    people = ["Lena Brook", "Ivo Marr", "Tom Abel"]
    towns = ["Velmar", "Ostin", "Harlow"]
    days = days or [day(2030, 6, 25)] * len(sizes)
    finer = [identity.Cluster([mention("exploded", days[n], f"src_{n}_{k}", actors=(people[n],),
                                       places=(towns[n],)) for k in range(size)])
             for n, size in enumerate(sizes)]
    coarse = mention("explosion", month(2030, 6, "in June"), "src_c", actors=tuple(people[:len(sizes)]),
                     published="2030-07-20")
    return finer, coarse


def test_identity_a_month_mention_joins_the_largest_of_several_pieces_of_one_day():
    finer, coarse = _pieces([3, 1])
    assert all(identity.fits(coarse, c, strict=True) for c in finer)
    joined, why = identity.pick_one(coarse, finer)
    assert joined is finer[0] and "largest" in why


@pytest.mark.parametrize("sizes, days", [
    ([2, 2], None),                                       # no piece is the largest
    ([3, 1], [day(2030, 6, 25), day(2030, 6, 26)]),       # two days: two happenings, maybe
])
def test_identity_a_month_mention_stays_apart_from_pieces_without_one_largest_on_one_day(sizes, days):
    finer, coarse = _pieces(sizes, days)
    joined, _ = identity.pick_one(coarse, finer)
    assert joined is None


def _depot_report(text, published, date, actors, places):
    """One article reporting a depot that "exploded", as extraction would hand it to the store."""
    from timeline_api.model import Document, EventMention
    from timeline_api.pipeline.run import Extraction

    m = EventMention(type="explosion", title=text, summary=text, quote=text, start=0, end=len(text),
                     date=date, trigger="exploded", trigger_start=text.index("exploded"), actors=list(actors),
                     places=list(places), keywords=["depot"])
    return Extraction(Document(text=text, published=published, title=text, outlet="Wire"), [], [], [m])


def _assert_joined_in_every_order(docs, coarse, main, orders):
    """Ingested in each order, the store ends the same and ``docs[coarse]`` is cited by the event
    of ``docs[main]``."""
    outcomes = set()
    for order in orders:
        db = store_db.connect(None)
        for i in order:
            service.ingest_extraction(db, docs[i])
        by_title = dict(db.execute("select s.title, c.event_id from citations c "
                                   "join sources s on s.id = c.source_id").fetchall())
        assert by_title[docs[coarse].document.title] == by_title[docs[main].document.title]
        outcomes.add(tuple(sorted(by_title.items())))
    assert len(outcomes) == 1


def test_identity_a_month_mention_joins_the_largest_piece_of_its_day_whatever_the_ingest_order():
    # the mention first sees two pieces of two reports each (a tie), then a third report makes one
    # the largest: the day's new order of sizes decides the month mention again
    doc = _depot_report

    on_the_day = day(2030, 6, 25, "on Tuesday")
    docs = [doc(f"A depot of Lena Brook exploded in Velmar on Tuesday, report {k}.", D(2030, 6, 26 + k),
                on_the_day, ["Lena Brook"], ["Velmar"]) for k in range(3)]
    docs += [doc(f"A depot of Ivo Marr exploded in Ostin on Tuesday, report {k}.", D(2030, 6, 26 + k),
                 on_the_day, ["Ivo Marr"], ["Ostin"]) for k in range(2)]
    docs.append(doc("The depots of Lena Brook and Ivo Marr exploded in June.", D(2030, 7, 20),
                    month(2030, 6, "in June"), ["Lena Brook", "Ivo Marr"], []))
    _assert_joined_in_every_order(docs, 5, 0, ([0, 1, 3, 4, 5, 2], [5, 4, 3, 2, 1, 0], [0, 1, 2, 3, 4, 5],
                                            [3, 5, 0, 4, 1, 2]))


# ---------------------------------------------------------------- one day's happening in pieces

def _blast_day(piece_keywords=("workers", "crew"), piece_places=(), piece_trigger="explosion", big=8):
    """A day's main report of a blast (``big`` reports naming the rig; the last two also the
    workers and the crew) and a piece of two reports that name only what the piece says."""
    reports = [mention("exploded", day(2030, 4, 20), f"src_b{k}", start=k, actors=("Kestrel Rig",),
                       keywords=("workers", "crew") if k >= big - 2 else (), published="2030-05-01")
               for k in range(big)]
    piece = [mention(piece_trigger, day(2030, 4, 20), f"src_p{k}", start=100 + k, keywords=piece_keywords,
                     places=piece_places, published="2030-05-02")
             for k in range(2)]
    return reports, piece


def test_identity_a_piece_of_the_day_whose_words_the_main_report_uses_joins_it():
    reports, piece = _blast_day()
    # one by one the piece's reports have nothing against the first report of the blast
    assert all(identity.fits(m, identity.Cluster(reports)) is None for m in piece)
    [one] = identity.cluster(reports + piece)
    assert len(one.members) == len(reports) + len(piece)
    assert any("same day" in why for why in one.evidence)


@pytest.mark.parametrize("change", [
    dict(piece_keywords=("workers", "ferry")),     # a word the main report never uses
    dict(piece_places=("Ostin",)),                 # another town than the main report's
])
def test_identity_a_piece_of_the_day_stays_apart_when_anything_speaks_against_it(change):
    reports, piece = _blast_day(**change)
    if "piece_places" in change:
        reports = [identity.make(m.key[0], m.key[1], m.key[2], m.key[3], "exploded", "other", m.date,
                                 sorted(m.actors), ["Velmar"], sorted(m.terms)) for m in reports]
    assert len(identity.cluster(reports + piece)) == 2


def test_identity_pieces_of_a_day_end_the_same_whatever_their_order():
    reports, piece = _blast_day()
    outcomes = set()
    for seed in range(5):
        block = reports + piece
        random.Random(seed).shuffle(block)
        outcomes.add(frozenset(frozenset(m.key for m in c.members) for c in identity.cluster(block)))
    assert len(outcomes) == 1


@pytest.mark.parametrize("sizes, joins", [
    ([16, 1], True),    # sixteen reports of one day beside a piece of another day
    ([16, 2], True),    # three doublings apart
    ([16, 4], False),   # only two doublings apart
    ([8, 1], False),    # too few reports to be the interval's main happening
])
def test_identity_a_month_mention_joins_the_most_reported_day_of_several(sizes, joins):
    finer, coarse = _pieces(sizes, [day(2030, 6, 25), day(2030, 6, 27)])
    joined, why = identity.pick_one(coarse, finer)
    assert (joined is finer[0] and "most reported" in why) if joins else joined is None


def test_identity_a_month_mention_joins_the_most_reported_day_whatever_the_ingest_order():
    # the mention first sees the main day with few reports, then enough to stand out: the day's
    # events crossing a doubling decide the month mention again
    doc = _depot_report

    docs = [doc(f"A depot of Lena Brook exploded in Velmar on Tuesday, report {k}.",
                D(2030, 6, 26) + dt.timedelta(days=k), day(2030, 6, 25, "on Tuesday"), ["Lena Brook"], ["Velmar"])
            for k in range(16)]
    docs.append(doc("A depot of Ivo Marr exploded in Ostin on Thursday.", D(2030, 6, 28),
                    day(2030, 6, 27, "on Thursday"), ["Ivo Marr"], ["Ostin"]))
    docs.append(doc("The depots of Lena Brook and Ivo Marr exploded in June.", D(2030, 7, 20),
                    month(2030, 6, "in June"), ["Lena Brook", "Ivo Marr"], []))
    _assert_joined_in_every_order(docs, 17, 0, (list(range(18)), [17, 16] + list(range(16)),
                                             [0, 17, 1, 16] + list(range(2, 16))))
