"""The store: schema, WAL, span classes, range queries against brute force, query plans."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from timeline_api.pipeline.model import DateInterval, EventMention
from timeline_api.store import db as store_db
from timeline_api.store import events as event_store
from timeline_api.store import schema
from timeline_api.store.events import EventQuery

BASE = dt.date(2020, 1, 1)
PRECISION_OF_LENGTH = [(1, "day"), (7, "week"), (31, "month"), (92, "quarter"), (366, "year")]


def _mention(date: DateInterval, type_: str = "strike") -> EventMention:
    return EventMention(type=type_, title="t", summary="s", quote="q", start=0, end=1, date=date)


def _fill(db, intervals, types=("strike",)):
    """Events with the given (start offset, length) intervals; None for undated."""
    for index, item in enumerate(intervals):
        if item is None:
            date = DateInterval(None, None, "unknown")
        else:
            offset, length = item
            start = BASE + dt.timedelta(days=offset)
            precision = next(p for limit, p in PRECISION_OF_LENGTH + [(10**9, "decade")] if length <= limit)
            date = DateInterval(start, start + dt.timedelta(days=length - 1), precision)
        event_store.create_event(db, f"ev_{index:05d}", _mention(date, types[index % len(types)]), "now")


def _ids(rows):
    return [r["id"] for r in rows]


def _all_pages(db, query):
    out, after = [], None
    while True:
        query.after = after
        rows, after = event_store.query_events(db, query)
        out += rows
        if after is None:
            return out


def test_store_schema_version_and_tables(fresh_db):
    assert schema.version(fresh_db) == schema.SCHEMA_VERSION
    assert {"sources", "events", "citations", "event_terms", "meta", "events_fts", "sources_fts"} <= set(
        fresh_db.table_names())


def test_store_file_database_uses_wal(tmp_path):
    db = store_db.connect(tmp_path / "t.db")
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    db.close()


def test_store_read_only_refuses_writes(tmp_path):
    store_db.connect(tmp_path / "t.db").close()
    db = store_db.connect(tmp_path / "t.db", read_only=True)
    import sqlite3

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("insert into meta (key, value) values ('x', 'y')")
    db.close()


@pytest.mark.parametrize("length, expected", [(1, 0), (2, 1), (8, 1), (9, 2), (31, 2), (92, 3),
                                              (184, 4), (366, 5), (3653, 6), (3654, 7)])
def test_store_span_class_by_length(length, expected):
    assert schema.span_class(100, 100 + length - 1) == expected
    assert schema.span_class(None, None) == -1


def _brute(intervals, lo, hi, match):
    out = []
    for index, item in enumerate(intervals):
        if item is None:
            continue
        start, end = item[0], item[0] + item[1] - 1
        if match == "overlaps" and (lo is None or end >= lo) and (hi is None or start <= hi):
            out.append((start, f"ev_{index:05d}"))
        if match == "within" and (lo is None or start >= lo) and (hi is None or end <= hi):
            out.append((start, f"ev_{index:05d}"))
    return [i for _, i in sorted(out)]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("match", ["overlaps", "within"])
def test_store_window_queries_match_brute_force(fresh_db, seed, match):
    rng = random.Random(seed)
    lengths = [1, 1, 1, 7, 30, 31, 91, 92, 365, 366, 3000, 5000]
    intervals = [None if rng.random() < 0.1 else (rng.randrange(0, 2000), rng.choice(lengths))
                 for _ in range(300)]
    _fill(fresh_db, intervals)
    base = BASE.toordinal()
    for _ in range(15):
        lo = rng.choice([None, rng.randrange(-100, 2100)])
        hi = rng.choice([None, (lo or 0) + rng.randrange(0, 400)])
        query = EventQuery(from_day=None if lo is None else base + lo,
                           to_day=None if hi is None else base + hi, match=match, limit=7)
        if lo is None and hi is None:
            continue
        got = _ids(_all_pages(fresh_db, query))
        assert got == _brute(intervals, lo, hi, match), (lo, hi)


def test_store_descending_pages_are_reverse(fresh_db):
    rng = random.Random(1)
    intervals = [(rng.randrange(0, 500), rng.choice([1, 31, 366])) for _ in range(120)] + [None] * 5
    _fill(fresh_db, intervals)
    asc = _ids(_all_pages(fresh_db, EventQuery(limit=9)))
    desc = _ids(_all_pages(fresh_db, EventQuery(limit=9, sort="-date")))
    dated = asc[:-5]
    undated = [f"ev_{i:05d}" for i in range(120, 125)]
    assert asc[-5:] == undated and desc[-5:] == undated[::-1]
    # Same start day ties are ordered by id, both ways.
    assert desc[:-5] == list(reversed(dated))


def test_store_keyset_is_stable_under_inserts(fresh_db):
    _fill(fresh_db, [(i, 1) for i in range(0, 100, 2)])
    first, after = event_store.query_events(fresh_db, EventQuery(limit=10))
    # Insert events before and after the page boundary: the next page continues where it stopped.
    for offset in (1, 3, 95):
        start = BASE + dt.timedelta(days=offset)
        event_store.create_event(fresh_db, f"ev_new{offset}",
                                 _mention(DateInterval(start, start, "day")), "now")
    second, _ = event_store.query_events(fresh_db, EventQuery(limit=10, after=after))
    assert second[0]["start_day"] > first[-1]["start_day"]
    assert "ev_new95" not in _ids(first)


@pytest.mark.parametrize("query, index", [
    (EventQuery(from_day=738000, to_day=738030), "idx_events_span_class_sort_asc_id"),
    (EventQuery(from_day=738000, to_day=738030, types=["strike"]), "idx_events_type_span_class_sort_asc_id"),
    (EventQuery(), "idx_events_sort_asc_id"),
    (EventQuery(sort="-date"), "idx_events_sort_desc_id"),
    (EventQuery(match="within", from_day=738000, to_day=738030), "idx_events_sort_asc_id"),
    (EventQuery(source="src_x"), "idx_citations_source_id_start_end"),
    (EventQuery(actor="Iraq"), "idx_event_terms_kind_term"),
])
def test_store_queries_use_indexes(fresh_db, query, index, monkeypatch):
    _fill(fresh_db, [(i, 1 + i % 40) for i in range(200)], types=("strike", "attack"))
    fresh_db.execute("analyze")
    seen = []
    original = fresh_db.query

    def spy(sql, params=None):
        plan = fresh_db.execute("explain query plan " + sql, params or []).fetchall()
        seen.append(" | ".join(row[3] for row in plan))
        return original(sql, params)

    monkeypatch.setattr(fresh_db, "query", spy)
    event_store.query_events(fresh_db, query)
    plan = seen[0]
    assert index in plan, plan
    assert "SCAN events" not in plan.replace("SCAN events USING", "USING"), plan


def _pages_of_keys(db, query):
    """Every page as the API reads it (keys only, which is where the probing plan applies)."""
    out, after = [], None
    while True:
        query.after = after
        rows, after = event_store.query_events(db, query, full_rows=False)
        out += [r["id"] for r in rows]
        if after is None:
            return out


@pytest.fixture(scope="module")
def worded_store():
    """1,200 events whose titles hold words of known density, in date order of insertion."""
    db = store_db.connect(":memory:")
    titles = {}
    for i in range(1200):
        words = ["said"]
        if i % 3 == 0:
            words.append("ceasefire")
        if i % 7 == 0:
            words.append("talks")
        if 500 <= i < 700:
            words.append("middle")
        date = None if i % 50 == 49 else BASE + dt.timedelta(days=i // 2)
        interval = DateInterval(date, date, "day") if date else DateInterval(None, None, "unknown")
        event_id = f"ev_{(i * 7919) % 10007:05d}"
        mention = EventMention(type="strike" if i % 2 else "attack", title=" ".join(words), summary="s",
                               quote="q", start=0, end=1, date=interval)
        event_store.create_event(db, event_id, mention, "now")
        titles[event_id] = (words, interval, mention.type)
    yield db, titles
    db.close()


@pytest.mark.parametrize("word", ["said", "ceasefire", "talks", "middle"])
@pytest.mark.parametrize("sort", ["date", "-date"])
def test_store_full_text_plans_agree_with_brute_force(worded_store, monkeypatch, word, sort):
    """Dense words are probed along the sort index, sparse ones use their hit set; a dense
    sample that the walk does not bear out ("middle": every hit in the middle of the store)
    falls back to the hit set. Every plan must give the brute-force order, page after page."""
    db, titles = worded_store
    monkeypatch.setattr(event_store, "FTS_DRIVEN_MAX_HITS", 20)
    monkeypatch.setattr(event_store, "FTS_DENSITY_SAMPLE", 200)
    probed = []
    original = event_store._query_by_probing

    def spy(*args):
        page = original(*args)
        probed.append(page is not None)
        return page

    monkeypatch.setattr(event_store, "_query_by_probing", spy)

    def key(item):
        event_id, (_, interval, _) = item
        day = interval.start.toordinal() if interval.start else None
        if sort == "date":
            return (day if day is not None else schema.UNDATED_SORT_ASC, event_id)
        return (-(day if day is not None else -10**9), [-ord(ch) for ch in event_id])

    for types in ([], ["strike"]):
        expected = [i for i, (words, _, kind) in sorted(titles.items(), key=key)
                    if word in words and (not types or kind in types)]
        for limit in (7, 50):
            got = _pages_of_keys(db, EventQuery(q=f'"{word}"', sort=sort, limit=limit, types=types))
            assert got == expected, (word, sort, types, limit)
    # Dense words are answered by probing; "middle" tries it and falls back; "talks" never tries.
    assert {"said": probed and all(probed), "ceasefire": probed and all(probed),
            "middle": False in probed, "talks": not probed}[word]


def _search_order(db, word: str, sort: str) -> list[str]:
    """Brute force: the ids of the events whose text holds ``word``, in the API's order."""
    rows = db.execute("select id, sort_asc, sort_desc, title || ' ' || summary || ' ' || quotes from events").fetchall()
    hits = [r for r in rows if word in r[3].split()]
    if sort == "date":
        return [r[0] for r in sorted(hits, key=lambda r: (r[1], r[0]))]
    return [r[0] for r in sorted(hits, key=lambda r: (r[2], r[0]), reverse=True)]


@pytest.mark.parametrize("few_hits", [True, False])
@pytest.mark.parametrize("spill", [0, 2, 8, 1000])
@pytest.mark.parametrize("sort", ["date", "-date"])
def test_store_search_alone_reads_the_index_in_date_order(fresh_db, monkeypatch, sort, spill, few_hits):
    """A search with no other filter is read in the order events_fts keeps its hits (by day, then
    rowid) and completed to the page's last day, so it gives the (date, id) order page after page:
    many events on one day inserted against id order, undated ones, and events whose date, text
    or existence changed after they were indexed. The last day is read whole in index order or,
    past ``DAY_SPILL`` more hits, walked in id order; the bodies come with the hits (a word with
    few hits) or after them: pages and bodies are the same every way."""
    monkeypatch.setattr(event_store, "DAY_SPILL", spill)
    monkeypatch.setattr(event_store, "_few_hits", lambda db, match: few_hits)
    rng = random.Random(7)
    for i in range(400):
        day = None if i % 13 == 0 else BASE + dt.timedelta(days=rng.randrange(40))
        date = DateInterval(day, day, "day") if day else DateInterval(None, None, "unknown")
        words = ["truce"] if i % 3 else ["other"]
        mention = EventMention(type="strike", title=" ".join(words), summary="s", quote="q", start=0, end=1,
                               date=date)
        event_store.create_event(fresh_db, f"ev_{rng.randrange(10**6):06d}_{i}", mention, "now")
    ids = [r[0] for r in fresh_db.execute("select id from events order by rowid")]
    moved = dict(zip(ids[1:40:3], ids[2:40:3]))
    for event_id in ids[1:40:3]:  # a new day: the index key changes
        fresh_db.execute("update events set sort_asc = sort_asc + 3, sort_desc = sort_desc + 3, "
                         "start_day = start_day + 3 where id = ? and span_class >= 0", [event_id])
    for event_id in moved.values():  # new text
        fresh_db.execute("update events set title = 'truce again' where id = ?", [event_id])
    for event_id in ids[40:60]:
        event_store.delete_event(fresh_db, event_id)
    used = []
    original = event_store._query_in_index_order
    monkeypatch.setattr(event_store, "_query_in_index_order", lambda *a, **k: used.append(1) or original(*a, **k))
    expected = _search_order(fresh_db, "truce", sort)
    assert len(expected) > 200
    for limit in (1, 7, 50, 500):
        got, after = [], None
        for _ in range(len(expected) // limit + 2):  # a repeating page fails here rather than loop
            rows, after = event_store.query_events(
                fresh_db, EventQuery(q='"truce"', sort=sort, limit=limit, after=after), full_rows=False)
            got += [r["id"] for r in rows]
            if after is None:
                break
        assert got == expected, limit
    assert used
    fresh_db.execute("insert into events_fts (events_fts) values ('integrity-check')")  # raises when out of step
    event_store.save_event_bodies(fresh_db, {i: f'{{"id":"{i}"}}' for i in expected[::2]})
    stored = event_store.event_bodies_digested(fresh_db, expected)
    for limit in (1, 7, 50):
        got = _pages_of_bodies(fresh_db, EventQuery(q='"truce"', sort=sort, limit=limit))
        assert got == [(i, *stored.get(i, (None, None))) for i in expected], limit
    assert fresh_db not in event_store._without_digests  # the bodies came with the hits, or after


def test_store_few_hits_is_asked_once_per_search_and_connection(fresh_db, monkeypatch):
    """Whether a word has few hits picks a search's plan; it is counted once per word."""
    _fill(fresh_db, [(i, 1) for i in range(5)])
    counted = []
    original = event_store._fts_is_selective
    monkeypatch.setattr(event_store, "_fts_is_selective", lambda *a: counted.append(a[1]) or original(*a))
    for _ in range(3):
        for word in ('"t"', '"nothing"'):
            event_store.query_event_bodies(fresh_db, EventQuery(q=word))
    assert sorted(counted) == ['"nothing"', '"t"']


def test_store_older_full_text_index_is_rebuilt_by_date(tmp_path):
    """A store from before schema 5 (events_fts keyed by the events' rowids, made by sqlite-utils)
    still answers searches read-only, and is rebuilt keyed by date when a writer opens it."""
    path = tmp_path / "old.db"
    db = store_db.connect(path)
    _fill(db, [(i % 9, 1) for i in range(30)] + [None])
    for trigger in ("events_ai", "events_ad", "events_au"):
        db.execute(f"drop trigger {trigger}")
    db.execute("drop table events_fts")
    db["events"].enable_fts(list(schema.EVENTS_FTS_COLUMNS), create_triggers=True, tokenize="porter")
    db.conn.commit()
    expected = _search_order(db, "t", "date")
    db.close()
    reader = store_db.connect(path, read_only=True)
    assert not schema.events_fts_by_date(reader)
    assert _pages_of_keys(reader, EventQuery(q='"t"', limit=4)) == expected
    writer = store_db.connect(path)
    assert schema.events_fts_by_date(writer)
    assert _pages_of_keys(writer, EventQuery(q='"t"', limit=4)) == expected
    writer.close()
    # a reader open across the rebuild sees it (its answer is kept only while the schema stays)
    assert schema.events_fts_by_date(reader)
    assert _pages_of_keys(reader, EventQuery(q='"t"', limit=4)) == expected
    reader.close()


def test_store_counts_follow_writes_from_this_and_other_connections(tmp_path):
    path = tmp_path / "counts.db"
    writer = store_db.connect(path)
    reader = store_db.connect(path, read_only=True)
    assert store_db.table_counts(reader)["events"] == 0
    _fill(writer, [(0, 1), (5, 3)])
    writer.conn.commit()
    assert store_db.table_counts(writer)["events"] == 2  # its own changes
    assert store_db.table_counts(reader)["events"] == 2  # another connection's commit
    writer.execute("delete from events where id = 'ev_00000'")
    writer.conn.commit()
    assert store_db.table_counts(writer)["events"] == 1
    assert store_db.table_counts(reader) == {"sources": 0, "events": 1, "citations": 0}


def _pages_of_bodies(db, query):
    out, after = [], None
    while True:
        query.after = after
        ids, bodies, digests, after = event_store.query_event_bodies(db, query)
        out += zip(ids, bodies, digests)
        if after is None:
            return out


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("match", ["overlaps", "within"])
@pytest.mark.parametrize("sort", ["date", "-date"])
def test_store_pages_with_bodies_match_keys_then_bodies(fresh_db, seed, match, sort):
    """The one-statement page and the merged window arms give what the two steps give: the
    same events in the same order, each with its stored body and digest, on every page."""
    rng = random.Random(seed)
    lengths = [1, 1, 7, 31, 92, 184, 366, 3000, 5000]
    intervals = [None if rng.random() < 0.1 else (rng.randrange(0, 2000), rng.choice(lengths))
                 for _ in range(250)]
    _fill(fresh_db, intervals, types=("strike", "protest"))
    event_store.save_event_bodies(fresh_db, {f"ev_{i:05d}": f'{{"id":"ev_{i:05d}","n":{i}}}'
                                             for i in range(len(intervals)) if i % 17})
    base = BASE.toordinal()
    for _ in range(6):
        lo = rng.randrange(-100, 2100)
        window = rng.choice([{}, {"from_day": base + lo, "to_day": base + lo + rng.randrange(0, 300)},
                             {"from_day": base + lo}, {"to_day": base + lo}])
        query = dict(match=match, sort=sort, limit=rng.choice([1, 6, 50]),
                     types=rng.choice([[], ["strike"], ["strike", "protest"]]), **window)
        expected, after = [], None
        while True:
            rows, after = event_store.query_events(fresh_db, EventQuery(**query, after=after), full_rows=False)
            stored = event_store.event_bodies_digested(fresh_db, _ids(rows))
            expected += [(r["id"], *stored.get(r["id"], (None, None))) for r in rows]
            if after is None:
                break
        got = _pages_of_bodies(fresh_db, EventQuery(**query))
        assert got == expected, query
        assert [i for i, _, _ in got] == _ids(_all_pages(fresh_db, EventQuery(**query))), query
        assert all((body is None) == (int(i[3:]) % 17 == 0) for i, body, _ in got)
        assert all(d == schema.body_digest(b) for _, b, d in got if b is not None)
        if window and sort == "-date":  # a window holds dated events only: -date is date reversed
            ascending = _pages_of_bodies(fresh_db, EventQuery(**{**query, "sort": "date"}))
            assert got == ascending[::-1], query


def test_store_page_joins_bodies_only_where_an_index_gives_its_order(fresh_db):
    """A page's keys are joined to their bodies in the statement that finds them only where
    SQLite walks an index in the page's order (a window's arms merged as they are read; in a
    window two types are a test on each arm's span-class range); where it would sort (two types
    without a window: two ranges of the type index), a sort would read the body of every
    matching event first, so the keys come alone and the bodies after."""
    _fill(fresh_db, [(i % 50, 1 + i % 40) for i in range(120)], types=("strike", "protest"))
    event_store.save_event_bodies(fresh_db, {f"ev_{i:05d}": f'{{"n":{i}}}' for i in range(120)})
    plans = {}
    window = {"from_day": BASE.toordinal() + 10, "to_day": BASE.toordinal() + 20}
    for name, query in {"one type": EventQuery(types=["strike"]), "window": EventQuery(**window),
                        "two types": EventQuery(types=["strike", "protest"]),
                        "two types, window": EventQuery(types=["strike", "protest"], **window)}.items():
        event_store._plans_in_order.pop(fresh_db, None)
        ids, bodies, digests, _ = event_store.query_event_bodies(fresh_db, query)
        plans[name] = list(event_store._plans_in_order.get(fresh_db, {}).items())
        expected = _ids(event_store.query_events(fresh_db, query, full_rows=False)[0])
        assert list(ids) == expected and list(bodies) == [f'{{"n":{int(i[3:])}}}'.encode() for i in ids]
        assert list(digests) == [schema.body_digest(body) for body in bodies]
    assert {name: [ordered for _, ordered in checked] for name, checked in plans.items()} == {
        "one type": [True], "window": [True], "two types": [False], "two types, window": [True]}
    (sql, _), = plans["window"]
    steps = [row[-1] for row in fresh_db.execute("explain query plan " + sql, [0] * sql.count("?"))]
    assert "MERGE (UNION ALL)" in steps and not any("TEMP B-TREE" in step for step in steps)


def test_store_bodies_after_keys_come_in_the_order_asked(fresh_db):
    """Bodies read after their keys come in the order of the ids asked, whatever the order in
    which they were stored; an id without a stored body gives None twice, as the dict of
    ``event_bodies_digested`` does."""
    rng = random.Random(3)
    _fill(fresh_db, [(i % 30, 1) for i in range(80)])
    stored_ids = [f"ev_{i:05d}" for i in range(80) if i % 7]
    rng.shuffle(stored_ids)
    event_store.save_event_bodies(fresh_db, {i: f'{{"n":"{i}"}}' for i in stored_ids})
    for _ in range(5):
        ids = rng.sample([f"ev_{i:05d}" for i in range(90)], 40)  # some unknown, some without a body
        bodies, digests = event_store._bodies_in_order(fresh_db, ids)
        stored = event_store.event_bodies_digested(fresh_db, ids)
        assert list(zip(bodies, digests)) == [stored.get(i, (None, None)) for i in ids]
    assert event_store._bodies_in_order(fresh_db, []) == ((), ())


def test_store_pages_with_bodies_from_a_store_without_digests(tmp_path):
    """A store older than schema 6, read-only, has no digest column: pages still come with
    their bodies, the digests computed as they are read."""
    path = tmp_path / "old.db"
    db = store_db.connect(path)
    _fill(db, [(i % 40, 1 + i % 3) for i in range(30)])
    event_store.save_event_bodies(db, {f"ev_{i:05d}": f'{{"n":{i}}}' for i in range(30)})
    db.execute("alter table event_bodies drop column digest")
    db.conn.commit()
    db.close()
    old = store_db.connect(path, read_only=True)
    query = EventQuery(limit=12)
    rows = list(zip(*event_store.query_event_bodies(old, query)[:3]))
    assert [i for i, _, _ in rows] == _ids(event_store.query_events(old, query, full_rows=False)[0])
    assert all(b == f'{{"n":{int(i[3:])}}}'.encode() and d == schema.body_digest(b) for i, b, d in rows)
    window = EventQuery(from_day=BASE.toordinal() + 5, to_day=BASE.toordinal() + 9, limit=4)
    assert [i for i, _, _ in _pages_of_bodies(old, window)] == _ids(_all_pages(old, window))
    old.close()
