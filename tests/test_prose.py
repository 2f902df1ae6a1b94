"""The prose step: what is not news prose never reaches event detection (pipeline/prose.py)."""
import datetime as dt

import pytest

from timeline_api.pipeline.model import Document, EventMention, UNDATED
from timeline_api.pipeline.prose import split_mentions, split_prose, table
from timeline_api.pipeline.run import extract
from timeline_api.pipeline.sentences import split_sentences

PUBLISHED = dt.date(2021, 3, 10)


def _doc(text: str, outlet: str = "") -> Document:
    return Document(text=text, published=PUBLISHED, outlet=outlet)


def _verdicts(text: str, outlet: str = "") -> dict[str, str | None]:
    doc = _doc(text, outlet)
    kept, dropped = split_prose(doc, split_sentences(doc.text))
    out = {s.text: None for s in kept}
    out.update({d.sentence.text: d.kind for d in dropped})
    return out


@pytest.mark.parametrize("rule", table().rules, ids=lambda r: r.name)
def test_prose_every_rule_matches_its_own_example(rule):
    assert rule.pattern.search(rule.example), rule.example
    assert rule.kind in {"comment", "caption", "furniture", "factbox"}
    assert rule.scope in {"sentence", "rest"}


ARTICLE = ("Flood barriers failed in the port town of Elmsby on Monday , the council said .\n"
           "Rescue teams evacuated 300 residents from the lower streets on Tuesday .\n")


@pytest.mark.parametrize("comments", [
    "At 9:12 pm on 09 Mar 2021 , tidewatcher wrote : The council ignored every warning .\n"
    "They evacuated us far too late on Tuesday .\n",
    "March 9 , 2021 at 10:40 pm | Reply Nobody fixed the barriers since the 2015 storm .\n"
    "The mayor resigned in disgrace last year .\n",
    "Posted by : harbourlad | March 9 , 2021 11:02 PM | Report abuse The council failed us .\n"
    "The barrier was built in 1998 and never repaired .\n",
    "We welcome comments that advance the story through relevant opinion .\n"
    "The council sacked its engineer on Friday , which proves my point .\n",
])
def test_prose_comment_section_runs_to_the_end_of_the_page(comments):
    found = _verdicts(ARTICLE + comments)
    assert found["Rescue teams evacuated 300 residents from the lower streets on Tuesday ."] is None
    lines = comments.strip().splitlines()
    assert found[split_sentences(lines[-1])[-1].text] == "comment"


def test_prose_have_your_say_answers_follow_the_questions_to_readers():
    text = ("This debate is now closed .\n"
            "Should towns build higher flood walls ?\n"
            "The river rose two metres on Monday , flooding 400 homes .\n"
            "Were you affected by the floods ?\n"
            "Our street flooded on Monday and nobody came to help .\n"
            "Jo Marsh , Elmsby , UK\n")
    found = _verdicts(text)
    assert found["The river rose two metres on Monday , flooding 400 homes ."] is None
    assert found["Our street flooded on Monday and nobody came to help ."] == "comment"


def test_prose_caption_and_headline_above_a_wire_tag_are_dropped():
    text = ("Volunteers carry sandbags along the quay in Elmsby March 8 , 2021 .\n"
            "ELMSBY | Mon Mar 8 , 2021 6:02 pm GMT ELMSBY -LRB- Reuters -RRB- - Flood barriers failed "
            "on Monday , forcing 300 people from their homes , the council said .\n")
    found = _verdicts(text)
    assert found["Volunteers carry sandbags along the quay in Elmsby March 8 , 2021 ."] == "caption"
    assert any(k.startswith("Flood barriers failed") and v is None for k, v in found.items())


def test_prose_a_wire_tag_far_down_a_page_is_a_quoted_story_not_a_caption():
    text = ARTICLE + "A third line of reporting followed on Wednesday .\n" + \
        "LONDON -LRB- Reuters -RRB- - Markets fell sharply on Thursday .\n"
    found = _verdicts(text)
    assert all(v is None for v in found.values())


@pytest.mark.parametrize("line, kind", [
    ("qz/8PlmN3x 2:15 pm ET March 9 , 2021 RETWEET Who won the regatta ?", "furniture"),
    ("Exports grew 3 % in the spring , the agency says '' : Okafor nyr .", "factbox"),
    ("A summary of events on Monday , March 8 , Day 9 of the flood that began with the dam breach .", "factbox"),
    ("This was completed at 2245 GMT on 7 March .", "factbox"),
    ("Following is the full text of the harbour master 's statement .", "furniture"),
    ("His memoir , Low Water , will be published by Fenwick next spring .", "furniture"),
    ("Reuters contributed to this report .", "furniture"),
])
def test_prose_furniture_and_factboxes_are_dropped(line, kind):
    assert _verdicts(ARTICLE + line + "\n")[line] == kind


def test_prose_graphic_heading_is_a_factbox_only_on_the_outlet_that_draws_such_graphics():
    line = "HOW THE BARRIER FAILED Water first seeped under the gate on 2 March ."
    assert _verdicts(ARTICLE + line + "\n", outlet="bbc")[line] == "factbox"
    # a wire story's upper-case subhead runs into a real report
    assert _verdicts(ARTICLE + line + "\n", outlet="reuters")[line] is None


@pytest.mark.parametrize("line", [
    "Flood barriers failed in the port town on Monday , the council said .",
    "The minister said on Monday that the barrier would be rebuilt by 2023 .",
    "\"We were not warned ,\" one resident wrote in a letter to the council on Tuesday .",
    "At 6 pm on Monday the river burst its banks at Elmsby .",
    "The report will be published in June .",
])
def test_prose_news_sentences_are_kept(line):
    assert _verdicts(line + "\n")[line] is None


def _mention(quote: str, trigger: str, type_: str = "other", actors=()) -> EventMention:
    at = quote.index(trigger)
    return EventMention(type=type_, title="", summary="", quote=quote, start=100, end=100 + len(quote),
                        date=UNDATED, trigger=trigger, trigger_start=100 + at, actors=list(actors))


@pytest.mark.parametrize("quote, trigger, dropped", [
    ("Anger exploded across the capital after the verdict .", "exploded", True),
    ("Panic swept the markets when the lender collapsed .", "swept", True),
    ("A gas main exploded under the market on Monday .", "exploded", False),
    ("Floodwater swept two cars off the bridge .", "swept", False),
])
def test_prose_metaphors_with_a_mood_for_subject_are_not_happenings(quote, trigger, dropped):
    kept, gone = split_mentions([_mention(quote, trigger)])
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].kind == "metaphor"


@pytest.mark.parametrize("quote, dropped", [
    ("Ana Ruiz said on Tuesday .", True),
    ("Ana Ruiz said on Tuesday the gates would stay shut .", False),
    ("Ana Ruiz said the claim was false .", False),
])
def test_prose_a_speech_frame_with_nothing_said_is_dropped(quote, dropped):
    kept, gone = split_mentions([_mention(quote, "said", "statement", ["Ana Ruiz"])])
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].kind == "empty_frame" and gone[0].reason == "empty_frame: nothing-said"


def test_prose_extract_finds_no_event_in_comments_and_says_why():
    text = ("Flood barriers collapsed in Elmsby on Monday , the council said .\n"
            "At 9:12 pm on 09 Mar 2021 , tidewatcher wrote : The mayor resigned on Friday .\n"
            "The army evacuated the old town on Saturday .\n")
    found = extract(_doc(text))
    quotes = " ".join(m.quote for m in found.mentions)
    assert "collapsed" in quotes
    assert "resigned" not in quotes and "evacuated" not in quotes
    assert {d.kind for d in found.dropped} == {"comment"}
    assert len(found.dropped) == 2


@pytest.mark.parametrize("quote, trigger, qualifier, dropped", [
    ("Monitors say more than 2,000 people have died in the province since May .", "died", "since", True),
    ("Hundreds of villagers have been killed since the rains began .", "killed", "since", True),
    ("Gunmen have attacked the pipeline every night since May .", "attacked", "since", False),  # no count
    ("More than 2,000 people died in the May floods .", "died", "exact", False),  # a dated happening
])
def test_prose_a_count_of_deaths_since_a_date_is_no_happening(quote, trigger, qualifier, dropped):
    import datetime as dt

    from timeline_api.pipeline.model import DateInterval

    mention = _mention(quote, trigger)
    mention.date = DateInterval(dt.date(2031, 5, 1), None, "month", qualifier)
    kept, gone = split_mentions([mention])
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].kind == "running_toll"


def _dated(mention: EventMention, precision: str, qualifier: str = "exact") -> EventMention:
    import datetime as dt

    from timeline_api.pipeline.model import DateInterval

    mention.date = DateInterval(dt.date(2031, 1, 1), None if qualifier == "since" else dt.date(2031, 12, 31),
                                precision, qualifier)
    return mention


@pytest.mark.parametrize("quote, trigger, qualifier, dropped", [
    ("The colonel has ruled the island since 1994 .", "ruled", "since", True),
    ("The family has held power in the province since 1971 .", "power", "since", True),
    ("The colonel seized power in a coup in 1994 .", "power", "exact", False),  # the start itself, reported
    ("Inspectors have drafted new rules since June .", "rules", "since", False),  # a noun, not a reign
])
def test_prose_a_tenure_counted_from_its_start_is_background(quote, trigger, qualifier, dropped):
    kept, gone = split_mentions([_dated(_mention(quote, trigger), "year", qualifier)])
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].reason == "background: tenure-since"


@pytest.mark.parametrize("quote, trigger, type_, precision, dropped", [
    # a figure over a quarter or a year, as its owner reports it
    ("The brewer said its sales fell 8 percent in the second quarter .", "said", "statement", "quarter", True),
    ("Freight through the canal grew 11 % from 2019 .", "grew", "other", "year", True),
    # a day's move in a market is that day's news
    ("The brewer 's shares fell 8 percent on Monday .", "fell", "other", "day", False),
    # a happening named beside a figure keeps its citation
    ("The insurer 's shares are down 30 percent since the dam burst in March .", "burst", "attack", "month", False),
    # no figure, no statistic
    ("The ministry said in March it would reopen the port .", "said", "statement", "month", False),
])
def test_prose_a_measured_change_over_a_period_is_a_statistic(quote, trigger, type_, precision, dropped):
    kept, gone = split_mentions([_dated(_mention(quote, trigger, type_), precision)])
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].kind == "statistic"


def test_prose_the_statistic_rule_matches_its_own_example():
    import json
    from pathlib import Path

    import timeline_api.pipeline.prose as prose

    raw = json.loads(Path(prose.__file__).with_name("prose.json").read_text(encoding="utf-8"))
    assert table().measured_change.search(raw["measured_change"]["example"])


def test_prose_a_death_count_after_its_verb_still_makes_a_running_toll():
    quote = "The virus has killed 212 of the 390 people it infected since 2004 ."
    kept, gone = split_mentions([_dated(_mention(quote, "killed"), "year", "since")])
    assert [d.kind for d in gone] == ["running_toll"]


@pytest.mark.parametrize("quote, date_text, precision, dropped", [
    ("Scores of villagers have been killed this month in the valley .", "this month", "month", True),
    ("Medics say 80 people have died in the port over the past week .", "the past week", "week", True),
    # a count reported as a past happening of a named period stays
    ("More than 300 people were killed in March in the valley .", "March", "month", False),
    # a perfect with a period already over is no running count
    ("Scores of villagers have been killed in 2029 in the valley .", "2029", "year", False),
])
def test_prose_a_death_count_over_the_running_period_is_a_toll(quote, date_text, precision, dropped):
    import datetime as dt

    from timeline_api.pipeline.model import DateInterval

    trigger = "killed" if "killed" in quote else "died"
    mention = _mention(quote, trigger)
    mention.date = DateInterval(dt.date(2031, 5, 1), dt.date(2031, 5, 31), precision, "exact", date_text)
    kept, gone = split_mentions([mention])
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].kind == "running_toll"


def test_prose_a_broadcast_listing_page_is_a_schedule_not_news():
    listing = ("Radio Week 14 : 3-9 April Transmission details in the Network Radio Programme Information "
               "7-day version are not updated after publication .\n"
               "The breakfast host returns on Monday after the birth of her son on 2 March .\n"
               "A live concert from the harbour hall is broadcast on Saturday evening .\n")
    verdicts = _verdicts(listing, "bbc")
    assert verdicts and all(v == "furniture" for v in verdicts.values())
    assert not extract(_doc(listing, "bbc")).mentions
    # an article that names a broadcaster's listings in passing is still an article
    article = ARTICLE + "The station said its programme information would be updated on Tuesday .\n"
    assert all(v is None for v in _verdicts(article, "bbc").values())


def test_prose_a_reader_query_board_is_readers_letters():
    board = ("Are you trying to find a lost relative ?\n"
             "If your family came from the valleys , this is the place to post a query .\n"
             "Mary from Leeds writes : My grandfather married in Elmsby on 3 May 1921 and died in 1960 .\n")
    verdicts = _verdicts(board)
    assert verdicts["Mary from Leeds writes : My grandfather married in Elmsby on 3 May 1921 and died in 1960 ."] \
        == "comment"
    assert not [m for m in extract(_doc(board)).mentions if "1921" in m.quote or "1960" in m.quote]


def _when(mention: EventMention, first: dt.date, last: dt.date | None, precision: str,
          text: str = "", qualifier: str = "exact", status: str = "happened") -> EventMention:
    from timeline_api.pipeline.model import DateInterval

    mention.date = DateInterval(first, last, precision, qualifier, text)
    mention.status = status
    return mention


@pytest.mark.parametrize("quote, trigger, text, qualifier, dropped", [
    # a count as the subject of a perfect verb over a period still running: a total so far
    ("More than 6,000 villagers have fled into the hills in the past week .", "fled", "the past week", "exact", True),
    ("Officials said 90,000 visitors had crossed the border over the past year .", "crossed", "the past year",
     "exact", True),
    ("About 1,200 tourists have been evacuated by ferry since Monday .", "evacuated", "since Monday", "since", True),
    # the count is the object: the soldiers' shooting is a happening of the week
    ("Soldiers had shot 14 marchers this week near the bridge .", "shot", "this week", "exact", False),
    # a year in the date is no count, and a state since a year is no total
    ("The junta has closed the newspapers since 1988 .", "closed", "since 1988", "since", False),
    # a simple past over a named period is a report of that period
    ("More than 6,000 villagers fled into the hills in March .", "fled", "March", "exact", False),
])
def test_prose_a_running_total_of_any_kind_is_a_statistic(quote, trigger, text, qualifier, dropped):
    mention = _when(_mention(quote, trigger), dt.date(2021, 3, 1), None if qualifier == "since" else dt.date(2021, 3, 7),
                    "week", text, qualifier)
    kept, gone = split_mentions([mention], PUBLISHED)
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].reason == "statistic: running-total"


@pytest.mark.parametrize("quote, trigger, precision, first, dropped", [
    # named inside a phrase of a sentence about something else, dated to a month or a year ahead
    ("The ruling party fears heavy losses in the regional elections in November .", "elections", "month",
     dt.date(2021, 11, 1), True),
    ("He said he would stay on until the autumn referendum .", "referendum", "season", dt.date(2021, 9, 1), True),
    # the plan is the news: the sentence's own predicate
    ("The regional elections will be held in November .", "elections", "month", dt.date(2021, 11, 1), False),
    # a day-precise plan stays
    ("The minister flies to Oslo ahead of the summit on 14 April .", "summit", "day", dt.date(2021, 4, 14), False),
    # a past-tense verb after a dated phrase is its own clause's happening
    ("Critics fear reprisals after deputies in February voted to close the port .", "voted", "month",
     dt.date(2021, 11, 1), False),
    # a verb after "will be" is its own clause's plan, even after a dated phrase of another clause
    ("The audit of the east wing was finished in May and will be completed for the west wing in the autumn .",
     "completed", "season", dt.date(2021, 9, 1), False),
])
def test_prose_a_plan_named_in_passing_is_not_a_happening(quote, trigger, precision, first, dropped):
    last = first if precision == "day" else first.replace(day=28)
    mention = _when(_mention(quote, trigger), first, last, precision, status="scheduled")
    kept, gone = split_mentions([mention], PUBLISHED)
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].reason == "plan: named-in-passing"


def test_prose_a_plan_in_passing_whose_date_is_already_past_is_kept():
    quote = "The ruling party fears heavy losses in the regional elections in January ."
    mention = _when(_mention(quote, "elections"), dt.date(2021, 1, 1), dt.date(2021, 1, 31), "month",
                    status="scheduled")
    kept, gone = split_mentions([mention], PUBLISHED)
    assert kept and not gone


@pytest.mark.parametrize("quote, trigger, dropped", [
    ("The regatta , which had been scheduled for 12 June , was cancelled after the storm .", "scheduled for", True),
    ("A truce was supposed to begin on the first day of the month .", "truce", True),
    ("The bridge was originally due to open in the spring .", "open", True),
    ("The regatta is scheduled for 12 June .", "scheduled for", False),
    ("Two hearings were set for Tuesday in the capital .", "set for", False),
])
def test_prose_a_superseded_plan_is_not_a_happening(quote, trigger, dropped):
    mention = _when(_mention(quote, trigger), dt.date(2021, 6, 12), dt.date(2021, 6, 12), "day")
    kept, gone = split_mentions([mention], PUBLISHED)
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].reason == "plan: superseded"


@pytest.mark.parametrize("quote, trigger, type_, dropped", [
    ("The cyclone is forecast to make landfall near the delta on Sunday .", "landfall", "other", True),
    ("Columnists say the predicted collapse of the coalition is only talk .", "collapse", "regime_change", True),
    # the statement that makes a forecast is itself a happening
    ("In its forecast on Monday the weather office warned of gales .", "warned", "statement", False),
    ("The cyclone made landfall near the delta on Sunday .", "landfall", "other", False),
])
def test_prose_a_forecast_reports_no_happening(quote, trigger, type_, dropped):
    mention = _when(_mention(quote, trigger, type_), dt.date(2021, 3, 14), dt.date(2021, 3, 14), "day")
    kept, gone = split_mentions([mention], PUBLISHED)
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].reason == "speculation: forecast"


def test_prose_comments_headed_by_an_ordinal_date_and_a_clock_run_to_the_end():
    text = (ARTICLE + "9th March 2021 - 21:40 The council should have listened years ago .\n"
            "The mayor resigned in disgrace on Friday , as I predicted .\n")
    found = _verdicts(text)
    assert found["Rescue teams evacuated 300 residents from the lower streets on Tuesday ."] is None
    assert found["The mayor resigned in disgrace on Friday , as I predicted ."] == "comment"


def test_prose_the_plan_and_forecast_patterns_match_their_own_examples():
    import json
    from pathlib import Path

    import timeline_api.pipeline.prose as prose

    raw = json.loads(Path(prose.__file__).with_name("prose.json").read_text(encoding="utf-8"))
    rules = table()
    assert rules.plan_lapsed.search(raw["plan"]["lapsed_example"])
    assert rules.forecast.search(raw["forecast"]["example"])
    assert rules.plan_preposition.search(raw["plan"]["example"].split(" elections")[0] + " ")
    assert rules.total_period.match("the past week") and rules.total_perfect.search("villagers have ")


def test_prose_a_predictable_course_is_no_forecast():
    quote = "The war has followed no predictable course since the fall of the port on 23 August ."
    mention = _when(_mention(quote, "fall", "conflict"), dt.date(2021, 8, 23), dt.date(2021, 8, 23), "day")
    kept, gone = split_mentions([mention], PUBLISHED)
    assert kept and not gone


@pytest.mark.parametrize("quote, trigger, type_, dropped", [
    # an inverted condition with its consequence: the happening is only supposed
    ("Even had the governor quit on Tuesday , the strike would have gone on .", "quit", "other", True),
    ("`` Had the army crossed the river in early May the town would have held out . ''", "crossed", "other", True),
    # a modal perfect right before the trigger
    ("The storm surge would have flooded the old port on Sunday .", "flooded", "other", True),
    ("A week ago I would have flatly said no .", "said", "statement", True),
    # a past perfect is a report, and an inverted opener with no consequence is no condition
    ("The governor had quit on Tuesday , officials said .", "quit", "other", False),
    ("Had the governor quit on Tuesday ?", "quit", "other", False),
    # "might have" guesses at how a real happening went: kept
    ("The fire might have started in the kitchen on Sunday .", "started", "other", False),
])
def test_prose_a_supposed_happening_is_no_report(quote, trigger, type_, dropped):
    mention = _when(_mention(quote, trigger, type_), dt.date(2021, 3, 9), dt.date(2021, 3, 9), "day", "Tuesday")
    kept, gone = split_mentions([mention], PUBLISHED)
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].reason == "counterfactual: supposed"


_STAMPED = ("Insurers count the cost of the flood years after the dam collapse Tuesday 9 March 2021 08.06 GMT "
            "Shares in the insurer fell sharply on Monday .")


@pytest.mark.parametrize("quote, trigger, type_, date_text, dropped", [
    # an event noun in the headline, dated by the stamp or the lead: not its own date
    (_STAMPED, "collapse", "other", "Tuesday 9 March 2021", True),
    (_STAMPED, "collapse", "other", "Monday", True),
    # the lead's own happening stays
    (_STAMPED, "fell", "other", "Monday", False),
    # a headline verb reports the day's news; a speech noun is the day's statement
    ("Minister resigns over the flood Tuesday 9 March 2021 08.06 GMT The minister left office .",
     "resigns", "other", "Tuesday 9 March 2021", False),
    ("President to calm the nation in televised address Tuesday 9 March 2021 08.06 GMT The speech was brief .",
     "televised address", "statement", "Tuesday 9 March 2021", False),
    # a date inside the headline belongs to its noun
    ("Dam collapse of 1998 still costs insurers updated : Tue Mar 09 2021 08:06:00 Claims rose again .",
     "collapse", "other", "1998", False),
    # no stamp: no headline to tell apart
    ("Insurers still count the cost of the dam collapse on Tuesday .", "collapse", "other", "Tuesday", False),
])
def test_prose_an_event_noun_in_a_stamped_headline_takes_no_date(quote, trigger, type_, date_text, dropped):
    mention = _when(_mention(quote, trigger, type_), dt.date(2021, 3, 9), dt.date(2021, 3, 9), "day", date_text)
    kept, gone = split_mentions([mention], PUBLISHED)
    assert bool(gone) is dropped
    if dropped:
        assert gone[0].reason == "furniture: headline-noun-before-stamp"


def test_prose_the_counterfactual_and_stamp_patterns_match_their_own_examples():
    import json
    from pathlib import Path

    import timeline_api.pipeline.prose as prose

    raw = json.loads(Path(prose.__file__).with_name("prose.json").read_text(encoding="utf-8"))
    for key, example, trigger in (("counterfactual", "example", "example_trigger"),
                                  ("counterfactual", "modal_example", "modal_example_trigger"),
                                  ("headline_stamp", "example", "example_trigger")):
        quote = raw[key][example]
        mention = _when(_mention(quote, raw[key][trigger]), dt.date(2021, 3, 8), dt.date(2021, 3, 8), "day", "Monday")
        kept, gone = split_mentions([mention], PUBLISHED)
        assert gone and not kept, quote


def test_prose_extract_keeps_the_lead_and_says_why_the_rest_went():
    text = ("Refinery blast already causing political storm Tuesday 9 March 2021 08.06 GMT "
            "The operator said on Monday that it would pay for the clean-up .\n"
            "Even had the chairman resigned on Monday , it would have changed little .\n")
    found = extract(_doc(text, "guardian"))
    assert [m.trigger for m in found.mentions] == ["said"]
    assert {d.reason for d in found.dropped} == {"furniture: headline-noun-before-stamp", "counterfactual: supposed"}


# -- third pass: demands, refusals, undated questions, pundits, tolls counted since a clause --------

def _why_dropped(mention: EventMention) -> str | None:
    """The reason ``split_mentions`` gives for dropping ``mention`` (None: kept)."""
    kept, gone = split_mentions([mention], PUBLISHED)
    assert len(kept) + len(gone) == 1
    return gone[0].reason if gone else None


@pytest.mark.parametrize("quote, trigger, type_, dropped", [
    # what the crowd asks for has not happened
    ("Farmers in the valley towns demanded the resignation of the water minister .", "resignation",
     "regime_change", True),
    ("Marchers called for the `` dissolution of the council '' outside the town hall .", "dissolution",
     "other", True),
    ("The dockers ' union has called for strikes after the Easter holiday .", "strikes", "other", True),
    ("Two mayors urged Governor Ruiz to resign before the vote .", "resign", "regime_change", True),
    # an end to a happening is asked for; the happening itself is real
    ("Bishops appealed for an end to the shelling of the old quarter .", "shelling", "attack", False),
    # the demand, as a statement, is the news of the day
    ("Farmers demanded on Monday that the minister resign .", "demanded", "statement", False),
    # a happening after an unrelated verb stays
    ("The governor resigned on Monday after weeks of protests .", "resigned", "regime_change", False),
])
def test_prose_a_happening_asked_for_is_no_report(quote, trigger, type_, dropped):
    mention = _when(_mention(quote, trigger, type_), dt.date(2021, 3, 8), dt.date(2021, 3, 8), "day", "Monday")
    assert _why_dropped(mention) == ("demand: asked-for" if dropped else None)


@pytest.mark.parametrize("quote, trigger, dropped", [
    ("The two ministries failed to reach an agreement on water prices .", "agreement", True),
    ("The rebel leader refused to sign the truce offered in March .", "truce", True),
    ("The port authority declined to give interviews after the collision .", "interviews", True),
    # a refusal before a separate happening does not reach it
    ("The ministers refused to comment after the collision of two ferries on Monday .", "collision", False),
    ("The ministries reached an agreement on water prices on Monday .", "agreement", False),
])
def test_prose_a_happening_refused_or_failed_did_not_take_place(quote, trigger, dropped):
    mention = _when(_mention(quote, trigger), dt.date(2021, 3, 8), dt.date(2021, 3, 8), "day", "Monday")
    assert _why_dropped(mention) == ("negated: refused-or-failed" if dropped else None)


@pytest.mark.parametrize("quote, trigger, dated, dropped", [
    ("So was that a mutiny ?", "mutiny", False, True),
    ("Would a collapse of the coalition bring early elections ?", "collapse", False, True),
    # a dated question presupposes its happening: kept
    ("Is it right that the reservoir burst its banks in 1998 ?", "burst", True, False),
    # an undated statement is not a question
    ("The coalition collapsed after the budget row .", "collapsed", False, False),
])
def test_prose_an_undated_question_reports_nothing(quote, trigger, dated, dropped):
    mention = _mention(quote, trigger)
    if dated:
        mention = _when(mention, dt.date(1998, 1, 1), dt.date(1998, 12, 31), "year", "1998")
    assert _why_dropped(mention) == ("question: undated" if dropped else None)


@pytest.mark.parametrize("quote, trigger, dropped", [
    ("Grain prices are likely to stay high into the summer , farm economists said on Monday .", "said", True),
    ("Analysts at a Zurich bank said on Monday the plant is worth about $ 2 billion .", "said", True),
    ("Flood experts warned on Monday that the levees may not hold another winter .", "warned", True),
    ("The plant is worth about $ 2 billion , said analysts at a Zurich bank on Monday .", "said", True),
    # the analysts heard it: the company's statement is the news
    ("The refiner told analysts on Monday that it would close two plants .", "told", False),
    # a named official's statement is no pundits' reading
    ("The harbour master said on Monday that the port would reopen .", "said", False),
    # pundits elsewhere in the sentence are not the speakers
    ("The refiner said on Monday it would close two plants , a move analysts expected .", "said", False),
])
def test_prose_pundits_reading_a_situation_make_no_happening(quote, trigger, dropped):
    mention = _when(_mention(quote, trigger, "statement"), dt.date(2021, 3, 8), dt.date(2021, 3, 8), "day", "Monday")
    assert _why_dropped(mention) == ("analysis: pundits-say" if dropped else None)


@pytest.mark.parametrize("quote, trigger, date_text, dropped", [
    # the date is when the count started, not a day of killing
    ("Medics say some 300 people have been killed since the siege began on 2 March .", "killed", "2 March", True),
    ("Over 250 killed since start of the ceasefire on 2 March Aid convoys blocked .", "killed", "2 March", True),
    # a killing on the day, with a "since" elsewhere
    ("Gunmen killed 12 villagers on 2 March , the worst attack since the truce .", "killed", "2 March", False),
    # no count: not a toll
    ("Police have killed protesters since the siege began on 2 March .", "killed", "2 March", False),
])
def test_prose_a_toll_counted_since_a_clause_takes_no_date(quote, trigger, date_text, dropped):
    mention = _when(_mention(quote, trigger, "attack"), dt.date(2021, 3, 2), dt.date(2021, 3, 2), "day", date_text)
    assert _why_dropped(mention) == ("running_toll: since-clause" if dropped else None)


def test_prose_the_third_pass_patterns_match_their_own_examples():
    import json
    from pathlib import Path

    import timeline_api.pipeline.prose as prose

    raw = json.loads(Path(prose.__file__).with_name("prose.json").read_text(encoding="utf-8"))
    for key, type_, dated in (("demand", "regime_change", True), ("not_done", "agreement", True),
                              ("pundits", "statement", True), ("question", "regime_change", False)):
        mention = _mention(raw[key]["example"], raw[key]["example_trigger"], type_)
        if dated:
            mention = _when(mention, dt.date(2021, 3, 8), dt.date(2021, 3, 8), "day", "Monday")
        kept, gone = split_mentions([mention], PUBLISHED)
        assert gone and not kept, raw[key]["example"]


def test_prose_extract_drops_a_demand_and_keeps_the_protest():
    text = "Thousands marched in Elmsby on Monday and demanded the resignation of the mayor .\n"
    found = extract(_doc(text))
    triggers = [m.trigger for m in found.mentions]
    assert "resignation" not in triggers
    assert any(t.startswith("march") for t in triggers)


# -- fourth pass: happenings supposed or foreseen, still to come, named as a goal, inside a condition --

@pytest.mark.parametrize("quote, trigger, type_, dated, dropped", [
    # the happening is the subject of a modal: supposed
    ("Any merger of the two ferry lines would cost 800 jobs .", "merger", "other", False, True),
    ("The collapse of the coalition could bring early elections in the spring .", "collapse", "regime_change",
     False, True),
    # ... or of a predicate of nearness or likelihood: foreseen
    ("Harbour engineers believe the breach of the sea wall is very close .", "breach", "other", False, True),
    ("Villagers say the governor 's removal seems inevitable .", "removal", "regime_change", False, True),
    # a dated happening under a modal is usually real, its effect guessed at: kept
    ("The collapse of the pier on Monday could cost the town millions .", "collapse", "other", True, False),
    # a killing's effect is guessed at after it happened: kept
    ("Elders fear the shooting might drive more families from the valley .", "shooting", "attack", False, False),
    # "likely to" asserts the happening and guesses at its effect: kept
    ("The merger of the ferry lines is likely to raise fares .", "merger", "other", False, False),
    # a modal in a relative clause after the noun belongs to another verb: kept
    ("The unions reached agreement on a plan that would cut shifts .", "agreement", "agreement", False, False),
])
def test_prose_a_happening_supposed_or_foreseen_is_no_report(quote, trigger, type_, dated, dropped):
    mention = _mention(quote, trigger, type_)
    if dated:
        mention = _when(mention, dt.date(2021, 3, 8), dt.date(2021, 3, 8), "day", "Monday")
    assert _why_dropped(mention) == ("speculation: supposed-or-foreseen" if dropped else None)


@pytest.mark.parametrize("quote, trigger, dated, dropped", [
    # the present tense after until / once / after / when: still to come
    ("The dockers will stay out until the harbour master resigns .", "resigns", False, True),
    ("Talks can only start after the governor is removed from office .", "removed from office", False, True),
    ("Once the mayor steps down , the council will elect a successor .", "steps down", False, True),
    ("Strikes could follow after the chairman has been ousted .", "ousted", False, True),
    # told in the past: kept
    ("The dockers stayed out until the harbour master resigned .", "resigned", False, False),
    ("The port reopened after the governor was removed from office .", "was removed from office", False, False),
    # a date of its own: kept (the date says when it happens or happened)
    ("The dockers will stay out until the harbour master resigns on Friday .", "resigns", True, False),
    # a noun ending in s is no verb in the present
    ("The fleet sailed after the storms .", "storms", False, False),
])
def test_prose_a_happening_in_a_present_tense_temporal_clause_has_not_happened(quote, trigger, dated, dropped):
    mention = _mention(quote, trigger, "regime_change")
    if dated:
        mention = _when(mention, dt.date(2021, 3, 12), dt.date(2021, 3, 12), "day", "Friday", status="scheduled")
    assert _why_dropped(mention) == ("plan: not-yet-clause" if dropped else None)


@pytest.mark.parametrize("quote, trigger, dropped", [
    ("The union said its goal remains the dissolution of the port board .", "dissolution", True),
    ("Their new aim of a merger with the northern line worried investors .", "merger", True),
    ("The exiles made no secret that their ambition is the overthrow of the council .", "overthrow", True),
    # a goal noun that is not the happening's frame: kept
    ("The rebels reached their goal with the capture of the port on Monday .", "capture", False),
    ("The board met on Monday to discuss its goals and approved the merger .", "merger", False),
])
def test_prose_a_happening_named_as_a_goal_is_no_report(quote, trigger, dropped):
    mention = _when(_mention(quote, trigger), dt.date(2021, 3, 8), dt.date(2021, 3, 8), "day", "Monday")
    assert _why_dropped(mention) == ("demand: named-as-goal" if dropped else None)


@pytest.mark.parametrize("quote, trigger, dated, dropped", [
    # inside the condition, across its commas, up to the consequence
    ("If the ferry company keeps breaking the contracts it has signed , the penalties would be severe .",
     "contracts", False, True),
    ("Unless the levee holds , and the pumps run all night , the flooding will reach the square .",
     "flooding", False, False),  # the consequence's own happening is after the comma: not in the condition
    ("If the rebels are seen to break the truce they agreed , and fire on the town , the talks could fail .",
     "truce", False, True),
    # a dated happening inside a condition is usually real: kept
    ("If you lived through the flood of 1998 , you would know the river .", "flood", True, False),
    # no consequence after the condition: kept
    ("If anything , the collapse of the pier showed how old it was .", "collapse", False, False),
])
def test_prose_an_undated_happening_inside_a_condition_is_supposed(quote, trigger, dated, dropped):
    mention = _mention(quote, trigger)
    if dated:
        mention = _when(mention, dt.date(1998, 1, 1), dt.date(1998, 12, 31), "year", "1998")
    assert _why_dropped(mention) == ("hypothetical: if-clause" if dropped else None)


def test_prose_the_fourth_pass_patterns_match_their_own_examples():
    import json
    from pathlib import Path

    import timeline_api.pipeline.prose as prose

    raw = json.loads(Path(prose.__file__).with_name("prose.json").read_text(encoding="utf-8"))
    for key, example, trigger in (("supposed", "example", "example_trigger"),
                                  ("supposed", "likely_example", "likely_example_trigger"),
                                  ("not_yet", "example", "example_trigger"),
                                  ("goal", "example", "example_trigger"),
                                  ("condition", "example", "example_trigger")):
        kept, gone = split_mentions([_mention(raw[key][example], raw[key][trigger])], PUBLISHED)
        assert gone and not kept, raw[key][example]


def test_prose_extract_drops_a_supposed_regime_change_and_keeps_the_statement():
    text = "Any regime change in Valdoria would unsettle its neighbours , the council said on Monday .\n"
    found = extract(_doc(text))
    assert [m.trigger for m in found.mentions] == ["said"]
    assert [d.reason for d in found.dropped] == ["speculation: supposed-or-foreseen"]


# -- fifth pass: a stretch of time that begins or ends as its own subject --

@pytest.mark.parametrize("quote, trigger, dropped", [
    # the day, the year, a weekday opening its clause as the subject of its own start or end: a scene
    ("Wednesday began as a morning of long queues at the ferry port .", "began", True),
    ("When Sunday dawned , the valley was still cut off .", "dawned", True),
    ("The year ended with the mill still closed , the union said .", "ended", True),
    ("By noon the square was full , and the evening began with songs .", "began", True),
    # a clause of its own before the time word: the verb has another subject, kept
    ("Crews late Tuesday evening started a second pump at the dam .", "started", False),
    ("The strike that workers on Monday began has spread to the docks .", "began", False),
    # a happening as the subject: kept
    ("The trial began on Monday in the county court .", "began", False),
    # the verb is not one of beginning or ending: kept
    ("Friday brought the first rain in weeks .", "brought", False),
])
def test_prose_a_day_that_begins_as_its_own_subject_reports_no_happening(quote, trigger, dropped):
    mention = _when(_mention(quote, trigger), dt.date(2021, 3, 8), dt.date(2021, 3, 8), "day", "Monday")
    assert _why_dropped(mention) == ("scene: time-as-subject" if dropped else None)


def test_prose_the_fifth_pass_pattern_matches_its_own_example():
    import json
    from pathlib import Path

    import timeline_api.pipeline.prose as prose

    raw = json.loads(Path(prose.__file__).with_name("prose.json").read_text(encoding="utf-8"))["time_subject"]
    kept, gone = split_mentions([_mention(raw["example"], raw["example_trigger"])], PUBLISHED)
    assert gone and not kept and gone[0].reason == "scene: time-as-subject"


def test_prose_extract_drops_a_day_beginning_and_keeps_the_next_sentences_happening():
    text = ("Thursday began as a day of great anticipation in Elmsby .\n"
            "The mayor of Elmsby resigned on Thursday afternoon .\n")
    found = extract(_doc(text))
    assert [m.trigger for m in found.mentions] == ["resigned"]
    assert [d.reason for d in found.dropped] == ["scene: time-as-subject"]
