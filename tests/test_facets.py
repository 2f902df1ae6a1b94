"""GET /events/facets: counts by type, year and month for any /events filter set."""
from __future__ import annotations

from collections import Counter

import pytest

from timeline_api.store.events import EventQuery
from timeline_api.store.facets import facet_counts

FILTER_SETS = [
    "",
    "from=2024&to=2024",
    "from=2024-12&to=2024-12",
    "from=2025-09-25&to=2025-09-25",
    "from=2024-01&to=2025-06&match=within",
    "type=statement,deadline",
    "type=deadline&from=2025",
    "status=scheduled,deadline",
    "q=agreement",
    "actor=Pentagon",
    "place=Iraq",
    "precision=day&precision=month",
    "dated=false",
    "dated=true&to=2023",
    "source=src_69b85ef05a07b6a7",
]


def _expected(events: list[dict]) -> dict:
    """The documented rules, computed from the listed events."""
    dated = [e for e in events if e["date"]["start"] or e["date"]["end"]]
    by_type = Counter(e["type"] for e in events)
    by_status = Counter(e["status"] for e in events)
    first = {e["id"]: e["date"]["start"] or e["date"]["end"] for e in dated}
    return {
        "total": len(events),
        "dated": len(dated),
        "undated": len(events) - len(dated),
        "by_type": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_status": dict(sorted(by_status.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_year": dict(sorted(Counter(first[e["id"]][:4] for e in dated).items())),
        "by_month": dict(sorted(Counter(first[e["id"]][:7] for e in dated
                                        if e["date"]["precision"] in ("day", "week", "month")).items())),
    }


@pytest.mark.parametrize("query", FILTER_SETS)
def test_facets_count_what_events_lists(client, query):
    listed = client.get(f"/events?limit=500&{query}").get_json()["data"]
    response = client.get(f"/events/facets?{query}")
    assert response.status_code == 200 and response.headers["ETag"]
    facets = response.get_json()["data"]
    expected = _expected(listed)
    assert facets == expected
    # Orders are part of the answer: largest type first, calendar order for dates.
    assert list(facets["by_type"]) == list(expected["by_type"])
    assert list(facets["by_status"]) == list(expected["by_status"])
    assert list(facets["by_year"]) == sorted(facets["by_year"])


def test_facets_seed_counts(client):
    facets = client.get("/events/facets").get_json()["data"]
    # regime changes: the fall of Assad (dated), the fall of Saddam and an undated "regime change in
    # Syria" that names no one (identity joins an undated mention only on positive evidence)
    assert facets["by_type"]["deadline"] == 2 and facets["by_type"]["regime_change"] == 3
    assert facets["by_month"]["2024-12"] == 2  # the fall of Assad and the CF statement
    assert "2014" in facets["by_year"] and not any(m.startswith("2014") for m in facets["by_month"])
    # undated: those two and "a US attack in Baghdad", whose only tie to the dated US strike is
    # its country (an undated mention joins only through a participant of its own)
    assert facets["undated"] == 3


@pytest.mark.parametrize("query, name", [
    ("limit=5", "limit"), ("cursor=abc", "cursor"), ("sort=-date", "sort"), ("format=csv", "format"),
    ("from=2024-13", "from"), ("type=picnic", "type"), ("colour=red", "colour"),
    ("from=2025&to=2024", "from"),
])
def test_facets_refuse_what_they_do_not_take(client, query, name):
    response = client.get(f"/events/facets?{query}")
    assert response.status_code == 400
    assert name in {e["name"].split("[")[0] for e in response.get_json()["errors"]}


def test_facets_store_counts_on_an_empty_store(fresh_db):
    assert facet_counts(fresh_db, EventQuery(from_day=1, to_day=800_000)) == {
        "total": 0, "dated": 0, "undated": 0, "by_type": {}, "by_status": {}, "by_year": {}, "by_month": {}}
