"""Event detection on the miss classes of unseen news: passives, arrivals and departures, rescues,
court orders, deaths, rating actions, dated documents, scheduled hearings, light verbs and events
dated relative to another. Hand-built sentences and Timex lists, as in test_events.py."""
import pytest

from timeline_api.pipeline.events import detect_events
from timeline_api.pipeline.events.anchors import find_anchors, shifted
from timeline_api.pipeline.model import UNDATED, DateInterval, Document
from timeline_api.pipeline.sentences import split_sentences

from tests.test_events import PUBLISHED, D, timex


def detect(text: str, spans=()):
    doc = Document(text=text, published=PUBLISHED, title="t")
    return detect_events(doc, split_sentences(text), [timex(text, *span) for span in spans])


def summary(mentions):
    return [(m.type, m.date.start, m.date.end) for m in mentions]


MONDAY = ("on Monday", D(2024, 12, 23), D(2024, 12, 23))
SATURDAY = ("on Saturday", D(2024, 12, 28), D(2024, 12, 28))
FOR_SATURDAY = ("Saturday", D(2024, 12, 28), D(2024, 12, 28))

VOCABULARY = [
    # passives of finding and confirming
    ("The region's first case of cholera was confirmed on Monday by the health ministry.", [MONDAY], "other"),
    ("A second unexploded shell was found near the school on Monday.", [MONDAY], "other"),
    # arrivals, departures, rescues
    ("The hospital ship will dock at the northern harbour on Saturday, port officials said.", [SATURDAY], "other"),
    ("The last team of firefighters left Valparaiso on Monday after three weeks of work.", [MONDAY], "other"),
    ("Eleven fishermen were rescued from a capsized trawler on Monday.", [MONDAY], "other"),
    # courts: an order, a passive filing
    ("On Monday, a district court ordered the ministry to publish the contracts.",
     [("On Monday", D(2024, 12, 23), D(2024, 12, 23))], "other"),
    ("The complaint, which names four former directors, was filed in the high court on Monday.", [MONDAY], "other"),
    # deaths with a person as subject
    ("Two climbers died on the mountain on Monday when an ice shelf gave way.", [MONDAY], "other"),
    # disclosures are statements
    ("The airline disclosed on Monday that it had lost the records of 9,000 passengers.", [MONDAY], "statement"),
    # rating actions, also in a relative clause
    ("Investors sold the bonds, an analyst at Fitch, which downgraded the city's debt on Monday, said.",
     [MONDAY], "other"),
    # a dated document
    ("The letter, dated March 3 2019, warned the board about the dam.",
     [("March 3 2019", D(2019, 3, 3), D(2019, 3, 3))], "other"),
    # what a gas explosion at a factory is: an accident, not an attack
    ("A gas cylinder exploded at a textile factory on Monday, injuring nine workers.", [MONDAY], "other"),
    ("A roadside bomb exploded next to an army convoy on Monday.", [MONDAY], "attack"),
    # scheduled hearings and talks are what is scheduled, not deadlines
    ("The sentencing hearing is scheduled for Saturday.", [FOR_SATURDAY], "other"),
    ("A second round of talks between the unions and the ministry is set for Saturday.", [FOR_SATURDAY], "negotiation"),
    ("The deadline for the bids is set for Saturday.", [FOR_SATURDAY], "deadline"),
]


@pytest.mark.parametrize("text, spans, type_", VOCABULARY, ids=[c[0][:40] for c in VOCABULARY])
def test_events_recall_vocabulary(text, spans, type_):
    mentions = [m for m in detect(text, spans) if m.date is not UNDATED]
    assert [(m.type, m.date.start) for m in mentions] == [(type_, spans[0][1])]


NOT_EVENTS = [
    ("The drug was found to be ineffective on Monday, the study says.", [MONDAY]),
    ("Voters said they would rather leave the country than stay, a poll found on Monday.", [MONDAY]),
    ("The proposal died in committee on Monday.", [MONDAY]),
    ("The dated buildings on the square will be torn down on Saturday.", [SATURDAY]),
]


@pytest.mark.parametrize("text, spans", NOT_EVENTS, ids=[c[0][:40] for c in NOT_EVENTS])
def test_events_recall_look_alikes_are_not_these_events(text, spans):
    kinds = {m.trigger.lower() for m in detect(text, spans)}
    assert not kinds & {"was found", "leave", "died", "ordered", "dated"}


def test_events_recall_light_verb_dates_the_subject_noun():
    text = "The protest, organised by nurses from four hospitals in the city, took place on Monday."
    mentions = detect(text, [MONDAY])
    assert summary(mentions) == [("other", D(2024, 12, 23), D(2024, 12, 23))]
    assert mentions[0].title == "Protest organised by nurses from four hospitals in the city"


def test_events_recall_light_verb_summit_is_a_meeting():
    text = "The summit of the three presidents, the first since 2015, was held in Quito on Monday."
    assert summary(detect(text, [MONDAY])) == [("negotiation", D(2024, 12, 23), D(2024, 12, 23))]


def test_events_recall_bare_noun_titles_get_a_complement():
    text = "The blast, which nobody has claimed so far, happened on Monday in Mosul."
    mention = detect(text, [MONDAY])[0]
    assert mention.title == "Blast in Mosul"


# -- events dated relative to another ---------------------------------------------------------

@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("The ministry closed all schools on Monday, a day after the first case was confirmed.", [MONDAY],
         {("other", D(2024, 12, 23)), ("other", D(2024, 12, 22))}),
        ("A day after the first case was confirmed, the ministry closed all schools on Monday.", [MONDAY],
         {("other", D(2024, 12, 22)), ("other", D(2024, 12, 23))}),
        ("The rebels stormed the barracks on Saturday, two weeks after government troops withdrew from the area.",
         [SATURDAY], {("attack", D(2024, 12, 28)), ("withdrawal", D(2024, 12, 14))}),
        ("The minister resigned on Monday, two days before the ministry's report was published.", [MONDAY],
         {("other", D(2024, 12, 23)), ("other", D(2024, 12, 25))}),
    ],
)
def test_events_recall_relative_anchor_dates_the_anchored_event(text, spans, expected):
    assert {(m.type, m.date.start) for m in detect(text, spans) if m.date is not UNDATED} == expected


def test_events_recall_relative_anchor_needs_a_dated_reference():
    # the remarks are dated in another sentence: the attack stays undated
    text = "The remarks came a day after a drone strike in Baghdad killed a commander."
    assert [(m.type, m.date) for m in detect(text)] == [("strike", UNDATED)]


def test_events_recall_relative_anchor_months_stay_undated():
    text = "The company collapsed on Monday, months after the first case was confirmed."
    assert all(m.trigger != "was confirmed" or m.date is UNDATED for m in detect(text, [MONDAY]))


@pytest.mark.parametrize(
    "words, days, approximate",
    [("a day after", -1, False), ("two weeks before", 14, False), ("the day before", 1, False),
     ("hours after", 0, True), ("3 days after", -3, False)],
)
def test_events_recall_anchor_words(words, days, approximate):
    text = f"It happened {words} the vote."
    (anchor,) = find_anchors(text, 0, len(text))
    assert (anchor.days, anchor.approximate) == (days, approximate)


def test_events_recall_anchor_shift_needs_a_day():
    (anchor,) = find_anchors("a day after the vote", 0, 20)
    month = DateInterval(D(2024, 12, 1), D(2024, 12, 31), "month", "exact", "in December")
    day = DateInterval(D(2024, 12, 23), D(2024, 12, 23), "day", "exact", "on Monday")
    assert shifted(month, anchor) is None
    assert (shifted(day, anchor).start, shifted(day, anchor).end) == (D(2024, 12, 22), D(2024, 12, 22))


def test_events_recall_present_perfect_takes_no_past_date():
    # a run-on sentence: the season belongs to the first clause, not to "have warned"
    text = "New cases come at the start of summer Doctors have warned that the numbers could rise."
    spring = ("the start of summer", D(2024, 6, 1), D(2024, 6, 30), "season")
    assert [m for m in detect(text, [spring]) if m.date is not UNDATED] == []


def test_events_recall_present_perfect_keeps_a_date_ahead():
    text = "The army has given the militia until Saturday to leave the valley."
    assert summary(detect(text, [("Saturday", D(2024, 12, 28), D(2024, 12, 28))])) == [
        ("deadline", D(2024, 12, 28), D(2024, 12, 28))]


# -- from the second fresh set: protests, obstruction, tokenized possessives, the month May -------

MORE = [
    # a protest put down, protesters taking to the streets
    ("Riot police fired tear gas at protesters in the port on Monday.", [MONDAY], "other"),
    ("Thousands of farmers took to the streets of the capital on Monday.", [MONDAY], "other"),
    # police and protesters clash: a protest event, not a war; rebels and troops: a conflict
    ("Police clashed with protesters outside the parliament on Monday.", [MONDAY], "other"),
    ("Rebels clashed with army troops near the border on Monday.", [MONDAY], "conflict"),
    # passives of obstruction
    ("On Monday, a reporter was turned away from the island by police.",
     [("On Monday", D(2024, 12, 23), D(2024, 12, 23))], "other"),
    # a when-clause gives its time to the event it hangs on
    ("A TV crew was threatened with arrest while attempting to film an oil-covered beach in Alabama last week.",
     [("last week", D(2024, 12, 16), D(2024, 12, 22), "week")], "other"),
    # a Penn Treebank possessive ("last week 's") dates the noun after it
    ("The clip , already aired in last week 's opening statements , was shown again .",
     [("last week", D(2024, 12, 16), D(2024, 12, 22), "week")], "other"),
    # a calendar date names the document noun after it, and its "May" is no modal
    ("Investigators quoted from the 10 May 2019 recording .",
     [("the 10 May 2019", D(2019, 5, 10), D(2019, 5, 10))], "other"),
]


@pytest.mark.parametrize("text, spans, type_", MORE, ids=[c[0][:40] for c in MORE])
def test_events_recall_second_fresh_set_classes(text, spans, type_):
    mentions = [m for m in detect(text, spans) if m.date is not UNDATED]
    assert [(m.type, m.date.start) for m in mentions] == [(type_, spans[0][1])]


def test_events_recall_cries_for_an_ouster_are_no_fall():
    text = "Crowds gathered on Monday with cries for the ouster of the president."
    assert all(m.type != "regime_change" for m in detect(text, [MONDAY]))


def test_events_recall_passive_title_names_who_it_happened_to():
    text = "The agency reported that at least 90 people were detained on Monday near the stadium."
    mention = detect(text, [MONDAY])[0]
    assert mention.title.startswith("At least 90 people detained")


def test_events_recall_relative_anchor_takes_the_main_clause_date_without_a_main_event():
    # a market move is no event, but its day still dates the anchored one
    text = "Shares of glove makers fell on Monday, a day after the first case of the fever was confirmed in Lima."
    assert [(m.type, m.date.start) for m in detect(text, [MONDAY])] == [("other", D(2024, 12, 22))]


@pytest.mark.parametrize(
    "text",
    ["On Monday, the mayor blamed the flooding on a breakdown of maintenance at the utility.",
     "Norway joined a group of countries urging the junta Monday to free the detained ministers.",
     "On Monday, the bishops condemned the attack on the cathedral."],
)
def test_events_recall_more_statement_verbs(text):
    span = ("On Monday", D(2024, 12, 23), D(2024, 12, 23)) if text.startswith("On") else \
        ("Monday", D(2024, 12, 23), D(2024, 12, 23))
    assert [(m.type, m.date.start) for m in detect(text, [span]) if m.date is not UNDATED] == [
        ("statement", D(2024, 12, 23))]


def test_events_recall_a_participle_after_the_main_verb_does_not_take_the_opening_date():
    text = ("On Monday, they vetoed a resolution in the Security Council backing a plan condemning the "
            "crackdown and calling on the general to resign.")
    mentions = [m for m in detect(text, [("On Monday", D(2024, 12, 23), D(2024, 12, 23))]) if m.date is not UNDATED]
    assert [m.type for m in mentions] == ["other"]


def test_events_recall_the_time_one_was_reached_is_the_time_one_spoke():
    text = "A nurse in the port contacted by phone on Monday said the hospital was full."
    assert summary(detect(text, [MONDAY])) == [("statement", D(2024, 12, 23), D(2024, 12, 23))]


# -- from the fourth fresh set ----------------------------------------------------------------

FOURTH = [
    # a year before a name and a disaster noun names that disaster
    ("The leak is now larger than the 1979 Ixtoc disaster in the same gulf.",
     [("1979", D(1979, 1, 1), D(1979, 12, 31), "year")], "other", D(1979, 1, 1)),
    # an envoy sent is a visit
    ("Ankara is sending a senior envoy to Tehran on Monday, officials said.", [MONDAY], "other", D(2024, 12, 23)),
    # "quoted as saying" is a statement
    ("The minister was quoted as saying on Monday that the border would stay shut.", [MONDAY], "statement",
     D(2024, 12, 23)),
    # "died since protests began in March": the month is the protests', not the deaths'
    ("Hundreds of people have died since protests against the governor began in March.",
     [("March", D(2024, 3, 1), D(2024, 3, 31), "month")], "other", D(2024, 3, 1)),
]


@pytest.mark.parametrize("text, spans, type_, start", FOURTH, ids=[c[0][:40] for c in FOURTH])
def test_events_recall_fourth_fresh_set_classes(text, spans, type_, start):
    mentions = [m for m in detect(text, spans) if m.date is not UNDATED]
    assert [(m.type, m.date.start) for m in mentions] == [(type_, start)]


def test_events_recall_unmarked_relative_clause_keeps_each_date_with_its_verb():
    text = "Sanctions the council imposed in 2019 were lifted on Monday."
    spans = [("2019", D(2019, 1, 1), D(2019, 12, 31), "year"), MONDAY]
    assert sorted((m.trigger, m.date.start) for m in detect(text, spans)) == [
        ("imposed", D(2019, 1, 1)), ("lifted", D(2024, 12, 23))]


def test_events_recall_scheduled_subject_before_a_relative_clause():
    text = "The retrial, which was postponed twice last spring, is scheduled for Saturday."
    mentions = [m for m in detect(text, [FOR_SATURDAY]) if m.date is not UNDATED]
    assert [(m.type, m.title) for m in mentions] == [("other", "Retrial scheduled")]


# -- gaps seen across unannotated Timeline17 articles -------------------------------------------

GAPS = [
    ("Amnesty International, in a statement Monday, called for the prisoners to be freed.", [
        ("Monday", D(2024, 12, 23), D(2024, 12, 23))], "statement"),
    ("The regulator on Monday backtracked on its plan to cap fares.", [MONDAY], "other"),
    ("The president's son promised a program of reforms on Monday.", [MONDAY], "statement"),
    ("The ministry asked a federal appeals court on Monday to suspend the order.", [MONDAY], "other"),
    ("Insurers blamed the fire at the chemical depot on Monday for the losses.", [MONDAY], "other"),
    ("Two children were pulled out alive from a collapsed school on Monday.", [MONDAY], "other"),
    ("Hundreds of mourners gathered on Monday for the funeral of the poet.", [MONDAY], "other"),
    ("On Monday, the WHO raised the alert level to five.", [("On Monday", D(2024, 12, 23), D(2024, 12, 23))], "other"),
    ("A nurse was confirmed to have the virus on Monday.", [MONDAY], "other"),
]


@pytest.mark.parametrize("text, spans, type_", GAPS, ids=[c[0][:40] for c in GAPS])
def test_events_recall_gap_classes(text, spans, type_):
    mentions = [m for m in detect(text, spans) if m.date is not UNDATED]
    assert (type_, D(2024, 12, 23)) in [(m.type, m.date.start) for m in mentions]


@pytest.mark.parametrize("text", ["Troops opened fire on the crowd on Monday.",
                                  "The minister came under fire on Monday for the delays.",
                                  "The bloc approved bans on travel to Europe on Monday."])
def test_events_recall_fire_and_travel_look_alikes(text):
    assert all(m.trigger.lower() not in ("fire", "travel to") for m in detect(text, [MONDAY]))


# -- from the fifth fresh set -----------------------------------------------------------------

FIFTH = [
    # a disaster in a relative clause, named with a capital, after a tally word
    ("Donations went to the victims of the Tsunami which struck the coast on Monday.", [MONDAY], "other"),
    ("Aid reached the survivors of the cyclone which battered the delta on Monday.", [MONDAY], "other"),
    # "quoted X, a title, as saying on Monday"
    ("Agencies quoted Ivan Petrov, head of the state exporter, as saying on Monday that contracts were lost.",
     [MONDAY], "statement"),
]


@pytest.mark.parametrize("text, spans, type_", FIFTH, ids=[c[0][:40] for c in FIFTH])
def test_events_recall_fifth_fresh_set_classes(text, spans, type_):
    mentions = [m for m in detect(text, spans) if m.date is not UNDATED]
    assert [(m.type, m.date.start) for m in mentions] == [(type_, D(2024, 12, 23))]


def test_events_recall_a_perfect_fallback_verb_takes_no_old_date():
    text = "How the slick has spread Approximate locations 2 November - 15 December Maps by the agency ."
    span = ("2 November", D(2024, 11, 2), D(2024, 11, 2))
    assert [m for m in detect(text, [span]) if m.date is not UNDATED] == []


def test_events_recall_a_capitalized_disaster_inside_a_law_name_is_no_event():
    text = "The state passed the 2019 Coastal Oil Spill Prevention Act in a late session."
    span = ("2019", D(2019, 1, 1), D(2019, 12, 31), "year")
    assert all(m.trigger != "Oil Spill" for m in detect(text, [span]))


@pytest.mark.parametrize(
    "text, spans, type_",
    [
        # a capitalized name before the date is no verb: the date still reaches the verb after it
        ("The United States on Monday imposed fresh sanctions on the junta.",
         [("on Monday", D(2024, 12, 23), D(2024, 12, 23))], "other"),
        ("Speaking in Lima Monday, the president proposed a regional summit.",
         [("Monday", D(2024, 12, 23), D(2024, 12, 23))], "statement"),
        ("The minister, in a phone conversation with her counterpart on Monday, urged restraint.", [MONDAY],
         "statement"),
        ("In March, the lender was taken over by a larger rival.",
         [("March", D(2024, 3, 1), D(2024, 3, 31), "month")], "other"),
        ("The tribute concert takes place at the national stadium on Monday.", [MONDAY], "other"),
    ],
)
def test_events_recall_last_gap_classes(text, spans, type_):
    mentions = [m for m in detect(text, spans) if m.date is not UNDATED]
    assert [(m.type, m.date.start) for m in mentions] == [(type_, spans[0][1])]


def test_events_recall_a_day_precise_start_in_a_relative_clause_is_an_event():
    text = "The second relief well, which started 16 May, has now reached 13,871 feet."
    mention = detect(text, [("16 May", D(2024, 5, 16), D(2024, 5, 16))])[0]
    assert (mention.type, mention.date.start, mention.title) == ("other", D(2024, 5, 16), "Second relief well starts")
    # a month is background: "the relief wells that began in May are ..."
    text = "The relief wells that began in May are expected to finish soon."
    assert detect(text, [("May", D(2024, 5, 1), D(2024, 5, 31), "month")]) == []


@pytest.mark.parametrize(
    "text, spans, type_",
    [
        ("Meanwhile , on Monday , the regional government announced new checks at the border.",
         [("on Monday", D(2024, 12, 23), D(2024, 12, 23))], "statement"),
        ("Senators introduced legislation on Monday to raise the liability cap.", [MONDAY], "other"),
        ("The patient was discharged from hospital on Monday.", [MONDAY], "other"),
        ("Government troops advanced on the port on Monday.", [MONDAY], "conflict"),
        ("The study, published on Monday in a medical journal, found fewer cases.", [MONDAY], "other"),
        ("The donors' conference takes place in Geneva on Monday.", [MONDAY], "negotiation"),
        ("The health minister resigned on Monday over the scandal.", [MONDAY], "other"),
    ],
)
def test_events_recall_gap_scan_classes(text, spans, type_):
    mentions = [m for m in detect(text, spans) if m.date is not UNDATED]
    assert (type_, D(2024, 12, 23)) in [(m.type, m.date.start) for m in mentions]


def test_events_recall_an_opening_date_skips_a_before_clause():
    text = "Aug. 2 - Government data shows that oil leaked for months before the well was capped ."
    span = ("Aug. 2", D(2024, 8, 2), D(2024, 8, 2))
    assert all(m.trigger != "was capped" or m.date is UNDATED for m in detect(text, [span]))


# -- the timeline17_fresh9 classes: people named by a role, awards, documents sent or circulated,
# a relative clause's own date, hedges that do not reach the event, protest nouns ----------------

IN_2004 = ("In 2004", D(2004, 1, 1), D(2004, 12, 31), "year")
FRESH9 = [
    ("The novelist died at her farmhouse on Monday after a short illness.", [MONDAY], "other"),
    ("An elderly patient drowned in the flooded ward on Saturday.", [SATURDAY], "other"),
    ("In 2004, the young cellist won a Grammy for her first recording.", [IN_2004], "other"),
    ("The engineer was awarded a gold medal by the academy on Monday.", [MONDAY], "other"),
    ("The mayor, who on Monday circulated a memo ordering the closures, defended it later.", [MONDAY], "other"),
    ("The union drew up plans on Monday to close the ports for a day.", [MONDAY], "other"),
    ("A petition calling for a recount of the ballots was submitted on Monday.", [MONDAY], "other"),
    ("Police tried to contain riots that broke out in the suburbs on Saturday.", [SATURDAY], "other"),
    ("Ministers met on Monday, a day after a display of public anger outside the parliament.", [MONDAY], "negotiation"),
]


@pytest.mark.parametrize("text, spans, type_", FRESH9, ids=[c[0][:40] for c in FRESH9])
def test_events_recall_fresh9_classes(text, spans, type_):
    mentions = [m for m in detect(text, spans) if m.date is not UNDATED]
    assert (type_, spans[0][1]) in [(m.type, m.date.start) for m in mentions]


FRESH9_NOT_EVENTS = [  # the new entries' words, not events here (the vote itself still is one)
    ("The senators won the vote on Monday by a wide margin.", [MONDAY]),
    ("The army sent troops to the border on Monday.", [MONDAY]),  # a deployment, not a document
    ("The price of the album fell on Monday.", [MONDAY]),  # no person named by a role
]


@pytest.mark.parametrize("text, spans", FRESH9_NOT_EVENTS, ids=[c[0][:40] for c in FRESH9_NOT_EVENTS])
def test_events_recall_fresh9_not_award_document_or_death(text, spans):
    mentions = [m for m in detect(text, spans) if m.date is not UNDATED]
    assert not [m for m in mentions if m.trigger.lower() in ("won", "sent", "fell")]


@pytest.mark.parametrize("text", [
    "Police closed the square on Monday, shortly after the protest turned violent.",
    "The convoy left on Monday, moments before the protest began.",
])
def test_events_recall_soon_after_is_the_same_day(text):
    mentions = [m for m in detect(text, [MONDAY]) if m.date is not UNDATED]
    protest = [m for m in mentions if m.trigger == "protest"]
    assert [(m.date.start, m.date.qualifier) for m in protest] == [(D(2024, 12, 23), "approximate")]


def test_events_recall_bare_after_stays_undated():
    mentions = detect("Police closed the square on Monday, after the protest turned violent.", [MONDAY])
    assert all(m.date is UNDATED for m in mentions if m.trigger == "protest")


# -- a scan of unannotated Timeline17 articles: replies, charges, hearings, a name after 'wrote to',
# an opening 'On May 12,' before a subject with a participle --------------------------------------

SCAN = [
    ("The governor replied on Monday, saying the port would stay open.", [MONDAY], "statement"),
    ("Two former bank officers were charged with fraud on Monday.", [MONDAY], "other"),
    ("The chief executive appeared before a parliamentary committee on Monday.", [MONDAY], "other"),
    ("The retired general wrote to Ms Okafor on Monday, asking for the files.", [MONDAY], "statement"),
    ("On Monday , officials including the port 's director appeared before the inquiry in the capital.",
     [("On Monday", D(2024, 12, 23), D(2024, 12, 23))], "other"),
]


@pytest.mark.parametrize("text, spans, type_", SCAN, ids=[c[0][:40] for c in SCAN])
def test_events_recall_scan_classes(text, spans, type_):
    mentions = [m for m in detect(text, spans) if m.date is not UNDATED]
    assert (type_, spans[0][1]) in [(m.type, m.date.start) for m in mentions]


def test_events_recall_appeared_before_needs_a_body():
    assert not [m for m in detect("The first light appeared before dawn on Monday.", [MONDAY])
                if m.trigger.lower().startswith("appeared")]
