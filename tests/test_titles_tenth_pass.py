"""Titles, tenth pass: a headline's unnamed subject named from the article's earlier sentences
("The leader agrees ..." after "President X ..."), and only where that text names exactly one
referent of the right kind."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_api import documents, service
from timeline_api.model import Cited, DateInterval
from timeline_api.pipeline import referents
from timeline_api.pipeline.describe import describe
from timeline_api.pipeline.run import extract
from timeline_api.store import db as store_db


def _named(title: str, before: str, quote: str = "") -> str | None:
    return referents.name_references(title, before, quote)


@pytest.mark.parametrize("title, before, quote, expected", [
    # a head of state described as "the leader", named with an office in the sentence before
    ("The leader agrees to step down in March",
     "Crowds filled the square again .\nPresident Arvid Tolmanen is not leaving office yet .\n",
     "The leader agreed on Tuesday to step down in March .", "Arvid Tolmanen agrees to step down in March"),
    # "his": the one person the sentence before names, in the fuller form the article gives
    ("His tour sells out within an hour",
     "Oskari Lindqvist released his fourth album in May .\nFans queued overnight for Lindqvist 's only concert .\n",
     "On Sunday his tour sold out within an hour .", "Oskari Lindqvist's tour sells out within an hour"),
    # "the town": a place named earlier that is no country
    ("Soldiers shell the town",
     "Residents began returning to the town of Vaskivuori on Sunday .\nMore than 3,000 had fled into Turkey .\n",
     "Soldiers shelled the town again on Monday .", "Soldiers shell Vaskivuori"),
    # a capital that speaks after the clause is no apposition and no rival place
    ("Twelve guards killed in the town, Ankara says", "Shops reopened in the town of Vaskivuori on Sunday .\n",
     "Ankara says twelve guards were killed in the town .", "Twelve guards killed in Vaskivuori, Ankara says"),
])
def test_an_unnamed_subject_takes_the_one_name_the_earlier_text_gives(title, before, quote, expected):
    assert _named(title, before, quote) == expected


@pytest.mark.parametrize("title, before, quote", [
    # two people in the nearest sentence: which one?
    ("The leader agrees to step down", "President Arvid Tolmanen met Chancellor Berit Haaksma in the morning .\n",
     "The leader agreed to step down ."),
    # "the president" needs someone named as a president
    ("The president signs the budget", "Minister Pekka Rautavaara spoke to reporters outside the ministry .\n",
     "The president signed the budget ."),
    # "her": no gender to check the nearest name against
    ("Her car was found near the lake", "Oskari Lindqvist was charged on Monday .\n", "Her car was found near the lake ."),
    # the title names the nearest person already: the description is someone else
    ("Dr Kallio accused of causing the 41-year-old's death", "Dr Kallio treated the patient at home for two months .\n",
     "Dr Kallio is accused of causing the 41-year-old 's death ."),
    # the sentence says whom with "of", the title lost it
    ("Talks between a diplomat and the leader", "President Arvid Tolmanen flew to Doha .\n",
     "He met the leader of the rebel council in Doha ."),
])
def test_a_description_the_earlier_text_cannot_name_for_sure_stays(title, before, quote):
    assert _named(title, before, quote) is None


@pytest.mark.parametrize("before, expected", [
    ("Protests spread across Tunisia on Friday .\n", "Crowds gather in Tunis"),
    ("Protests spread from Tunisia to Egypt on Friday .\n", None),  # two countries: which capital?
])
def test_the_capital_is_the_capital_of_the_one_country_named_before(before, expected):
    assert _named("Crowds gather in the capital", before, "Crowds gathered in the capital on Saturday .") == expected


def test_a_capital_named_in_apposition_in_the_sentence_itself_is_used():
    quote = "Crowds gathered in the capital , Valtara , on Saturday ."
    assert _named("Crowds gather in the capital", "Nothing here names a country .\n", quote) == \
        "Crowds gather in Valtara"


def test_a_description_the_sentence_completes_with_of_is_left_alone():
    before = "President Arvid Tolmanen flew to Doha .\n"
    quote = "He met the leader of the rebel council in Doha ."
    assert _named("Talks between a diplomat and the leader", before, quote) is None


def test_there_after_a_noun_becomes_the_one_place_named_before():
    quote = "In Ostravia , we saw protests there on Friday ."
    assert _named("Protests there", "Unemployment is high .\n", quote) == "Protests in Ostravia"
    # after a verb of motion "in Ostravia" would misread it ("went to")
    assert _named("Officials went there on Friday", "Crowds gathered in Ostravia .\n", "Officials went there .") is None
    assert referents.references("There is no clear way out") == []


def _cite(quote: str, title: str, start: int = 200) -> Cited:
    day = DateInterval(dt.date(2026, 3, 3), dt.date(2026, 3, 3), "day", "exact", "Tuesday")
    return Cited(source_id="s1", published="2026-03-04", start=start, trigger="agreed", type="other", title=title,
                 summary=quote, quote=quote, date=day, trigger_at=quote.find("agreed"))


def test_describe_names_the_subject_only_when_the_store_gives_the_earlier_text():
    quote = "The leader agreed on Tuesday to step down in March ."
    cites = [_cite(quote, "The leader agrees to step down in March")]
    alone = describe(cites).title or cites[0].title
    assert alone.startswith("The leader agrees to step down")
    before = "President Arvid Tolmanen is not leaving office yet .\n"
    assert describe(cites, context=lambda i: before).title == alone.replace("The leader", "Arvid Tolmanen")


def test_describe_does_not_read_the_earlier_text_for_a_title_that_needs_none():
    quote = "The ministry agreed on Tuesday to lower the fuel tax ."
    read = []
    view = describe([_cite(quote, "The ministry agrees to lower the fuel tax")],
                    context=lambda i: read.append(i) or "")
    assert read == [] and (view.title is None or "ministry" in view.title)


def test_an_ingested_article_gets_its_leader_named_through_the_store(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("---\ntitle: \"Vote in Ostravia\"\npublished: 2026-03-04\n---\n"
                    "Crowds filled the main square of the city again on Monday .\n"
                    "President Arvid Tolmanen is not leaving office yet , his aides said .\n"
                    "The leader agreed on Tuesday to not seek re-election in September .\n")
    db = store_db.connect(None)
    for doc in documents.read_path(path, None, documents.DocumentLimits()):
        service.ingest_extraction(db, extract(doc))
    titles = [r[0] for r in db.execute("select title from events")]
    assert any(t.startswith("Arvid Tolmanen agrees") for t in titles), titles
    assert not any(t.startswith("The leader") for t in titles)
