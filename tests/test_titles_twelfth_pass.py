"""Titles, twelfth pass: a speaker's frame with what was said cut away ("Serb official says",
"Agency tells Reuters the oil spill in the Gulf") gives way to the happening the sentence reports
before its frame, also where that happening's verb is a group ("have been closed", "will not
reopen"), an insertion stands between its subject and verb, or a dateline or a photograph's credit
opens the quote. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from timeline_api.model import Cited, DateInterval
from timeline_api.pipeline import headline
from timeline_api.pipeline.describe import describe


def _at(sentence: str, word: str) -> int:
    return sentence.index(word)


def test_a_verb_group_before_the_frame_is_what_was_reported():
    s = "Three bridges have been closed in the north of the province , the transport ministry said on Monday ."
    assert headline.reported_happening(s, "said", _at(s, "said")) == ("closed", _at(s, "closed"))
    s2 = "The harbour will not reopen before the end of the storm season , port officials said ."
    assert headline.reported_happening(s2, "said", _at(s2, "said")) == ("reopen", _at(s2, "reopen"))
    # "is" before a noun: no verb group to report
    s3 = "The harbour is a ruin after the storm , port officials said ."
    assert headline.reported_happening(s3, "said", _at(s3, "said")) is None


def test_an_insertion_between_subject_and_auxiliary_is_passed_over():
    s = "Marta Linden , the agency 's chief engineer , has been dismissed , a company spokeswoman said on Friday ."
    verb = headline.reported_happening(s, "said", _at(s, "said"))
    assert verb == ("dismissed", _at(s, "dismissed"))
    title = headline.cut(s, verb[0], verb[1], "Friday", "other")
    assert title is not None and title.startswith("Marta Linden dismissed")


def test_a_dateline_or_a_photo_credit_before_the_sentence_is_not_its_subject():
    s = ("OSLO , March 3 -LRB- Reuters -RRB- - A ferry carrying 200 passengers has been towed to Bergen , "
         "the coast guard said on Tuesday .")
    lead = headline.report_lead(s)
    assert s[lead:].startswith("A ferry")
    assert headline.reported_happening(s, "said", _at(s, "said")) == ("towed", _at(s, "towed"))
    s2 = "Photograph : Jon Berg\\/Getty Images Two stations have been evacuated , the fire service said today ."
    assert s2[headline.report_lead(s2):].startswith("Two stations")
    assert headline.report_lead("The fire service said today that two stations closed .") == 0


def test_no_reported_happening_where_the_sentence_could_mislead():
    # a word of the subject reads as a verb itself: the headline would take it for the main verb
    s = "Forty stranded hikers were rescued from the ridge , mountain police said on Sunday ."
    assert headline.reported_happening(s, "said", _at(s, "said")) is None
    # what the speaker said comes after the frame, and it answers the clause before it
    s2 = ("Some residents have accused the militia of looting , but the governor said on Monday that these "
          "accounts could not be verified .")
    assert headline.reported_happening(s2, "said", _at(s2, "said")) is None


def test_describe_replaces_an_empty_frame_with_the_reported_happening():
    s = "Marta Linden , the agency 's chief engineer , has been dismissed , a company spokeswoman said on Friday ."
    friday = DateInterval(dt.date(2022, 4, 8), dt.date(2022, 4, 8), "day", "exact", "Friday")
    # typed "other" at detection and titled with the bare frame
    titles = [describe([Cited("a", "2022-04-09", 0, "said", kind, "Company spokeswoman says", "", s, friday,
                              trigger_at=_at(s, "said"))]).title for kind in ("other", "statement")]
    assert all(t is not None and t.startswith("Marta Linden dismissed") for t in titles), titles
    assert headline.bare_frame("Company spokeswoman says")
    assert not headline.bare_frame("Company spokeswoman says the plant will close")
