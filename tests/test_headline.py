"""Extractive headlines: the quote's own clause where a built title is cut or misreports it."""
from __future__ import annotations

import pytest

from timeline_api.pipeline import headline


@pytest.mark.parametrize("quote, trigger, expected", [
    ("Engineers sealed the leaking well on Thursday , officials said .", "sealed",
     "Engineers seal the leaking well"),
    ("ATHENS -LRB- Reuters -RRB- - Dock workers walked off the job at the main port , halting ferries .", "walked",
     "Dock workers walk off the job at the main port"),
    ("A preliminary hearing is scheduled to begin on 4 January where a judge will weigh the evidence .", "scheduled",
     "A preliminary hearing is scheduled to begin on 4 January"),
])
def test_headline_extract_cuts_the_clause_that_reports_the_happening(quote, trigger, expected):
    assert headline.extract(quote, trigger) == expected


@pytest.mark.parametrize("quote", [
    "They formed a band in late 2007 in a small flat in the east of the city .",  # who?
    "A local monitoring group , the Coordination Committee of the Eastern Valleys , which has counted "
    "the dead since the spring , said on Monday that dozens more had died .",  # no clause fits in 90 characters
    "`` We will not leave , '' the spokesman said .",  # a quotation
])
def test_headline_extract_gives_up_rather_than_cut_badly(quote):
    assert headline.extract(quote, "") is None


@pytest.mark.parametrize("title, quote", [
    ("Monitoring group killed", "A monitoring group said 40 people were killed in the shelling ."),
    ("Port authority closes the harbour", "The harbour was closed after the navy said mines had been found ."),
])
def test_headline_garbled_notices_a_subject_the_sentence_does_not_give(title, quote):
    assert headline.garbled(title, quote)


def test_headline_garbled_accepts_a_title_that_follows_its_sentence():
    assert headline.garbled("Dock workers walk off the job", "Dock workers walked off the job on Monday .") is None


@pytest.mark.parametrize("title", ["Formed", "Thursday gives speech", "Officials say they did not intend",
                                   "Despite the fact that he resigns", "Ministers meet to discuss the"])
def test_headline_suspect_marks_fragments_and_cut_titles(title):
    assert headline.suspect(title)


def test_headline_keeps_hyphenated_adjectives_as_written():
    assert "U.S.-based" in headline.extract("The U.S.-based bank Goldman Sachs raised its forecast for gas prices .", "")


def test_headline_extract_keeps_the_names_of_the_built_title():
    quote = "Inspectors found cracks in the dam at Lowmere last week and in the weir at Eastford on Monday ."
    assert headline.extract(quote, "found", keep="Cracks found in the weir at Eastford") is None
    assert headline.extract(quote, "found", keep="Cracks found in the dam at Lowmere") is not None


@pytest.mark.parametrize("quote, trigger, date_text, kind, expected", [
    # a reporter's attribution moves behind the happening; a passive loses its auxiliary
    ("Monitors said 14 people were killed on Tuesday in shelling of the old quarter .", "killed", "Tuesday",
     "attack", "14 people killed in shelling of the old quarter, monitors say"),
    # an age and a trailing attribution go; the time is on the entry already
    ("Marlow , 52 , was arrested at his home in Dunmore on Friday , police said .", "arrested", "Friday",
     "other", "Marlow arrested at his home in Dunmore, police say"),
    # an apposition between subject and verb goes; the past takes headline tense
    ("Ana Petrova , the port authority 's director , resigned on Monday after the spill .", "resigned", "Monday",
     "other", "Ana Petrova resigns"),
    # a leading subordinate clause that holds the trigger is the headline
    ("When the finance ministers met in Oslo last week , they agreed to share the cost .", "met", "last week",
     "negotiation", "The finance ministers meet in Oslo"),
    # a perfect becomes a present
    ("The regional council has approved the new bridge budget .", "approved", "", "agreement",
     "The regional council approves the new bridge budget"),
    # the future takes the headline 'to'
    ("The final will be played in Lisbon on 12 June .", "played", "12 June", "other",
     "The final to be played in Lisbon"),
    # a statement with its speaker at the end: the speaker says it
    ("Talks will resume next month , the foreign minister said on Sunday .", "said", "Sunday", "statement",
     "The foreign minister says talks will resume next month"),
])
def test_headline_cut_makes_a_headline_of_the_sentence(quote, trigger, date_text, kind, expected):
    at = quote.find(trigger)
    assert headline.cut(quote, trigger, at, date_text, kind) == expected


@pytest.mark.parametrize("quote, trigger", [
    ("They walked out of the talks on Monday .", "walked"),  # who?
    ("Did the board approve the merger last year ?", "approve"),  # a question
    ("We marched to the square on Friday , and I was there .", "marched"),  # a reader's own account
    ("Please email us to report offensive comments posted on Monday .", "posted"),  # page furniture
    ("Ordered the evacuation of the coast on Sunday .", "Ordered"),  # no subject
])
def test_headline_cut_gives_up_on_sentences_with_no_headline(quote, trigger):
    assert headline.cut(quote, trigger, quote.find(trigger), "", "other") is None


def test_headline_cut_stays_within_the_limit_and_ends_on_a_full_phrase():
    quote = ("The coastal authority of the northern province announced a programme of repairs to the sea walls "
             "of eleven harbour towns with money from the national reconstruction fund on Thursday .")
    title = headline.cut(quote, "announced", quote.find("announced"), "Thursday", "other")
    assert title is not None and len(title) <= headline.LIMIT
    assert title.startswith("The coastal authority of the northern province announces a programme of repairs")
    assert title.split()[-1].lower() not in ("of", "to", "the", "with", "from")


@pytest.mark.parametrize("quote, trigger, date_text, kind, expected", [
    # a date in the possessive gives way to the article; the noun it dates stays
    ("The city orchestra played to a full hall at Saturday 's reopening gala .", "reopening", "Saturday",
     "other", "The city orchestra plays to a full hall at the reopening gala"),
    # an opening participle clause goes
    ("Speaking after the count on Friday , the mayor said turnout had risen in every ward .", "said", "Friday",
     "statement", "The mayor says turnout had risen in every ward"),
    # a weekday that is the subject stays
    ("Rescuers said Monday was the first day without new arrivals at the camp .", "said", "", "statement",
     "Rescuers say Monday was the first day without new arrivals at the camp"),
])
def test_headline_cut_keeps_what_the_headline_needs(quote, trigger, date_text, kind, expected):
    assert headline.cut(quote, trigger, quote.find(trigger), date_text, kind) == expected


def test_headline_cut_gives_up_when_the_reported_clause_opens_with_a_subordinate_word():
    quote = "The coach said that as his contract had ended in May , he would leave the club ."
    assert headline.cut(quote, "said", quote.find("said"), "", "statement") is None


@pytest.mark.parametrize("quote, trigger, expected", [
    ("A strong tremor hit the island at 16:40 local time on Tuesday .", "hit",
     "A strong tremor hits the island at 16:40 local time"),
    ("Rebels hit the convoy near the border on Monday .", "hit", "Rebels hit the convoy near the border"),
])
def test_headline_cut_reads_a_bare_past_by_its_subject(quote, trigger, expected):
    assert headline.cut(quote, trigger, quote.find(trigger), "Tuesday" if "Tuesday" in quote else "Monday",
                        "other") == expected


@pytest.mark.parametrize("quote, trigger", [
    ("She moved to Lima after the 2007 landslide in the valley and says she will stay .", "landslide"),
    ("The mayor says the town `` signed its own death warrant '' years ago .", "signed"),
])
def test_headline_cut_gives_up_on_a_happening_named_in_passing(quote, trigger):
    assert headline.cut(quote, trigger, quote.find(trigger), "", "other") is None


def test_headline_cut_drops_a_live_blog_clock_time_and_an_early_weekday():
    quote = "1412 The ministry said early on Monday that 40 people had been rescued from the mine ."
    assert headline.cut(quote, "rescued", quote.find("rescued"), "Monday", "other") == \
        "40 people rescued from the mine, the ministry says"


@pytest.mark.parametrize("title, trigger, expected", [
    ("Trade between the two ports slowed after the 2019 blockade", "blockade", True),
    ("The two governments sign an accord on fishing rights", "accord", False),
    ("Rebels launch a new offensive near the capital", "offensive", False),
    # the clause is the signing; the withdrawal it agrees on is another happening
    ("The two governments sign a pact to begin the gradual withdrawal of the garrison", "withdrawal", True),
])
def test_headline_in_passing_tells_a_trigger_named_after_the_verb_in_a_phrase(title, trigger, expected):
    assert headline.in_passing(title, trigger) is expected


@pytest.mark.parametrize("quote, trigger, date_text, expected", [
    ("Unfortunately , the old pier collapsed on Tuesday .", "collapsed", "Tuesday", "The old pier collapses"),
    ("Over the weekend local clinics were supplied with extra vaccine .", "supplied", "",
     "Local clinics supplied with extra vaccine"),
    ("About ten climbers died on the north face in the storm .", "died", "", "About ten climbers die on the north face in the storm"),
])
def test_headline_cut_drops_openers_and_keeps_a_quantity(quote, trigger, date_text, expected):
    assert headline.cut(quote, trigger, quote.find(trigger), date_text, "other") == expected


@pytest.mark.parametrize("quote, trigger, kind, expected", [
    ("A special televised debate for the two candidates was broadcast on Sunday .", "broadcast", "other",
     "A special televised debate for the two candidates broadcast"),
    ("0915 A Dutch salvage team spent six hours freeing the ferry from the sandbank .", "spent", "other",
     "A Dutch salvage team spends six hours freeing the ferry from the sandbank"),
    ("The port authority said a pilot of the tug that towed the tanker on Monday .", "said", "statement", None),
])
def test_headline_cut_reads_adjectives_clock_times_and_reported_clauses(quote, trigger, kind, expected):
    assert headline.cut(quote, trigger, quote.find(trigger), "Sunday" if "Sunday" in quote else "", kind) == expected


@pytest.mark.parametrize("quote, expected", [
    ("`` The harbour will reopen on Friday , '' the port authority said .", "The port authority says the harbour will reopen"),
    ("US patrols will continue along the coast , the navy said on Monday .", "The navy says US patrols will continue along the coast"),
    ("`` We will not leave , '' the spokesman said .", None),  # someone's own words in the first person
    ("`` Whoever planned the raid on the depot at the edge of the old industrial district will be caught , '' "
     "the minister said .", None),  # cut for length, the reported clause would lose its verb
])
def test_headline_cut_reports_a_quotation_in_the_third_person(quote, expected):
    assert headline.cut(quote, "said", quote.find("said"), "Friday" if "Friday" in quote else "Monday",
                        "statement") == expected


# Past participles that are no finite verb keep their form in a headline: after "be", "been" or
# "being", after a possessive, and before "to" where something else is made to act.
@pytest.mark.parametrize("quote, trigger, wrong", [
    ("The harbour reopening, due to be held on 3 March, will be delayed, officials said.", "delayed", "holds"),
    ("The company's embattled chairman, Ian Ross, sharply raised his estimate of the losses.", "raised",
     "embattles"),
    ("The second televised debate, scheduled to be aired on Sunday, was cancelled.", "cancelled", "airs"),
    ("Plans to cap the numbers permitted to enter the park suffered a defeat in the council on Monday.",
     "suffered", "permits"),
])
def test_headline_keeps_participles_that_are_no_finite_verb(quote, trigger, wrong):
    title = headline.cut(quote, trigger)
    assert title is None or wrong not in title.split()


def test_headline_verb_before_to_of_what_its_subject_does_is_the_clause_verb():
    title = headline.cut("The utility pledged to finance a five-year study aimed at measuring the damage.", "pledged")
    assert title is not None and title.startswith("The utility pledges to finance") and "aims" not in title


def test_headline_a_live_blog_stamp_starts_a_new_entry():
    quote = ("Minister visits the coast 11.42 BST The stricken tanker drifted towards the reef for three "
             "hours, the coastguard said.")
    title = headline.cut(quote, "drifted")
    assert title is not None and "BST" not in title and "Minister" not in title


@pytest.mark.parametrize("quote, trigger, expected, wrong", [
    # "have been V-ing" is the verb's present in a headline; "be" itself never becomes "am"
    ("Hundreds of fishermen have been blocking the harbour since dawn on Friday .", "blocking",
     "Hundreds of fishermen block the harbour", "am"),
    ("Two villages have been unable to reach the clinic on Monday .", "reach", None, "am"),
    # the verb after "or" follows the headline verb it is coupled to
    ("Rebel fighters had killed or wounded 12 guards in the dawn raid on Tuesday .", "raid",
     "Rebel fighters kill or wound 12 guards", "wounded"),
])
def test_headline_progressive_and_coupled_verbs_take_the_headline_present(quote, trigger, expected, wrong):
    title = headline.cut(quote, trigger)
    assert title is None or wrong not in title.split()
    if expected:
        assert title is not None and title.startswith(expected)


def test_headline_a_future_with_to_names_its_own_happening_not_one_in_passing():
    title = "The trade commissioner, Ana Ruiz, to meet union leaders in Lisbon"
    assert not headline.in_passing(title, "meet")
    # a clause about another happening still names its trigger in passing
    assert headline.in_passing("Relations with the neighbours strained by the 2005 assassination", "assassination")


@pytest.mark.parametrize("title", ["Report an ambush near the border", "Send the envoy to Doha", "Kill 12 soldiers"])
def test_headline_a_verb_with_its_object_and_no_subject_is_no_headline(title):
    assert headline.ill_formed(title) == "no subject before the verb"


@pytest.mark.parametrize("title", ["Quake hits the capital", "Talks in Geneva between the two sides",
                                   "Protest ends in Cairo", "Vote count begins"])
def test_headline_a_noun_first_headline_is_still_one(title):
    assert headline.ill_formed(title) is None


@pytest.mark.parametrize("title, expected", [
    ("Three judges next week to hear the appeal in Leeds", "Three judges to hear the appeal in Leeds"),
    ("Hopes of a rate cut next month fade", "Hopes of a rate cut fade"),
    ("The mayor says today is a day of mourning", "The mayor says today is a day of mourning"),  # a subject
    ("Ministers hail this week's deal", "Ministers hail this week's deal"),  # a possessive
])
def test_headline_a_relative_date_is_dropped_wherever_it_is_an_adverbial(title, expected):
    assert headline.strip_date(title) == expected
