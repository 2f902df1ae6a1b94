"""Titles and types of event mentions on sentences written for these tests (not taken from articles)."""
import pytest

from timeline_api.pipeline.events import detect_events
from timeline_api.pipeline.model import Document
from timeline_api.pipeline.sentences import split_sentences

from tests.test_events import PUBLISHED, D, timex as _timex


def detect(text: str, *spans):
    doc = Document(text=text, published=PUBLISHED, title="t")
    return detect_events(doc, split_sentences(text), [_timex(text, *span) for span in spans])


MONDAY = D(2024, 12, 23)


# -- types --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, spans, type_", [
    # a popular uprising is a protest movement, not a phase of armed war
    ("A popular uprising against the generals broke out in Varnia in March.",
     [("March", D(2024, 3, 1), D(2024, 3, 31), "month")], "other"),
    # a mission that begins is forces sent somewhere; a mission that speaks is not
    ("The peacekeeping mission to Norland began in 2019, after the civil war.",
     [("2019", D(2019, 1, 1), D(2019, 12, 31), "year")], "deployment"),
    ("The UN mission in Norland said on Monday that the roads were open.",
     [("on Monday", MONDAY, MONDAY)], "statement"),
    # an operation opened by remote fire is a strike; without it, a phase of armed conflict
    ("It is the second phase of Operation Harbour Shield, which began on Monday with the launch of 40 cruise "
     "missiles from two frigates.", [("on Monday", MONDAY, MONDAY)], "strike"),
    ("It is the second phase of Operation Harbour Shield, which began on Monday in the northern hills.",
     [("on Monday", MONDAY, MONDAY)], "conflict"),
    # armed forces fighting each other are armed conflict
    ("Government troops fought with rebel units near the dam on Monday.", [("on Monday", MONDAY, MONDAY)], "conflict"),
    # forces sent are a deployment; equipment lowered to the seabed is some other happening
    ("Two more battalions were deployed to the border on Monday.", [("on Monday", MONDAY, MONDAY)], "deployment"),
    ("A steel containment dome was deployed to the seabed on Monday.", [("on Monday", MONDAY, MONDAY)], "other"),
])
def test_events_titles_types_from_the_tables(text, spans, type_):
    assert [m.type for m in detect(text, *spans) if m.date.start] == [type_]


# -- titles ---------------------------------------------------------------------------------------

TITLES = [
    # headline present tense for any regular verb, agreeing with the subject's head noun
    ("The regional court fined the shipping firm 3 million euros on Monday.",
     "Regional court fines the shipping firm 3 million euros"),
    ("Dock workers voted for a strike on Monday.", "Dock workers vote for a strike"),
    ("Residents of Port Amar reported a fuel shortage on Monday.", "Residents of Port Amar report a fuel shortage"),
    ("Six unions representing dock workers announced on Monday they were joining the strike.",
     "Six unions representing dock workers announce they were joining the strike"),
    ("The warring clans agreed on Monday to extend the truce until the end of March.",
     "Warring clans agree to extend the truce until the end of March"),
    # a speaker found after the verb still agrees with it
    ("Officials said on Monday the talks would resume.", "Officials say the talks would resume"),
    # what was said before the speaker is what the title says ...
    ("The border crossing will reopen in the spring, the interior minister said on Monday.",
     "Interior minister says the border crossing will reopen in the spring"),
    # ... unless it is only a condition
    ("If the talks fail, fighting will resume, the general warned on Monday.", "General warns"),
    # Penn Treebank tokens never reach a title
    ("Police said on Monday that the mayor 's office was closed .", "Police say the mayor's office closed"),
    ("Local traders announced on Monday that they would raise $ 2 million for the flood victims.",
     "Local traders announce they would raise $2 million for the flood victims"),
    ("Officials said on Monday the talks -LRB- the third round -RRB- would resume.",
     "Officials say the talks would resume"),
    ("The mayor said on Monday that the road was open -- for now.", "Mayor says the road was open"),
    # a participle in the object stays one; an auxiliary run before a participle goes
    ("A monitoring group said on Monday that 40 villagers killed in the raid were buried.",
     "Monitoring group says 40 villagers killed in the raid buried"),
    ("The union said on Monday that two organisers have been detained.", "Union says two organisers detained"),
    # a subjectless passive is not turned into an active verb
    ("The senator was indicted by a grand jury on Monday.", "Senator indicted by a grand jury"),
]


@pytest.mark.parametrize("text, title", TITLES, ids=[t[1][:40] for t in TITLES])
def test_events_titles_are_grammatical_headlines(text, title):
    assert [m.title for m in detect(text, ("Monday", MONDAY, MONDAY))] == [title]


@pytest.mark.parametrize("past, present", [
    ("filed", "files"), ("voted", "votes"), ("banned", "bans"), ("denied", "denies"), ("turned", "turns"),
    ("approved", "approves"), ("cancelled", "cancels"), ("called", "calls"), ("issued", "issues"),
    ("calculated", "calculates"), ("emerged", "emerges"), ("restored", "restores"), ("feared", "fears"),
    ("opened", "opens"), ("struck down", "strikes down"), ("pushed", "pushes"),
])
def test_events_titles_regular_verbs_take_headline_tense(past, present):
    from timeline_api.pipeline.events.grammar import present as present_form

    assert present_form(past, "The council") == present


@pytest.mark.parametrize("subject, plural", [
    ("Officials", True), ("The warring clans", True), ("Residents of the town", True),
    ("A handful of advocacy groups", True), ("Iraq and Syria", True), ("Police", True),
    ("Committee to Protect Journalists", False), ("Northwind Airlines", False), ("Brussels", False),
    ("The council", False), ("Human Rights Watch", False), ("Gibbs", False), ("Hamas", False),
    # plurals without an -s, read from lemminflect's tables
    ("Masked gunmen", True), ("Spokesmen for the coalition", True), ("The salesman", False),
    ("The army", False),
])
def test_events_titles_subject_number_is_its_head_nouns(subject, plural):
    from timeline_api.pipeline.events.grammar import plural_subject

    assert plural_subject(subject) is plural


def test_events_titles_noun_led_titles_agree_with_the_whole_noun_phrase():
    text = "Protests against the new governor began in March."
    mentions = detect(text, ("March", D(2024, 3, 1), D(2024, 3, 31), "month"))
    assert [m.title for m in mentions] == ["Protests against the new governor begin"]


@pytest.mark.parametrize("text, spans, title", [
    # a verb without a subject of its own takes the sentence's: a coordinated verb ...
    ("Port regulators approved the expansion plan last year but suspended its dredging permit in March.",
     [("March", D(2024, 3, 1), D(2024, 3, 31), "month")], "Port regulators suspend its dredging permit"),
    # ... or a subject set off by an apposition naming it
    ("The bank's former treasurer, Lena Ortiz, goes on trial in May on fraud charges.",
     [("May", D(2025, 5, 1), D(2025, 5, 31), "month")], "Bank's former treasurer Lena Ortiz goes on trial on fraud charges"),
    # a number of people is a subject, and a plural one
    ("At least 12 miners died on Monday in the flooded shaft.",
     [("on Monday", MONDAY, MONDAY)], "At least 12 miners die in the flooded shaft"),
    ("Dozens of fishermen, meanwhile, gathered on Monday at the harbour.",
     [("on Monday", MONDAY, MONDAY)], "Dozens of fishermen gather at the harbour"),
])
def test_events_titles_find_the_subject_of_the_sentence(text, spans, title):
    assert [m.title for m in detect(text, *spans)] == [title]


@pytest.mark.parametrize("text, title", [
    # a passive whose subject carries a relative clause keeps who did the first thing
    ("The sanctions the bloc imposed in 2019 were lifted on Monday.", "Sanctions imposed by the bloc lifted"),
    ("The export ban that the Ministry of Trade imposed was lifted on Monday.",
     "Export ban imposed by the Ministry of Trade lifted"),
    # a bare capitalised plural opening an event title is a common noun ...
    ("Floods killed 40 people in the north on Monday.", "Floods kill 40 people in the north"),
    # ... and a modifier between the support verb and its noun stays
    ("The two sides signed a ceasefire agreement on Monday.", "Two sides sign ceasefire agreement"),
    # a quotation in single quotes ends where they close
    ("'We will not negotiate,' the minister said on Monday.", "Minister says we will not negotiate"),
    # the past of a light verb right after the event noun is put in the present too
    ("The uprising began in the northern provinces on Monday.", "Uprising begins in the northern provinces"),
])
def test_events_titles_keep_the_actor_and_the_object(text, title):
    assert [m.title for m in detect(text, ("Monday", MONDAY, MONDAY))] == [title]


def test_events_titles_fighting_without_arms_is_no_conflict():
    text = "Opposition lawmakers fought the budget bill on Monday."
    assert "conflict" not in [m.type for m in detect(text, ("on Monday", MONDAY, MONDAY))]


@pytest.mark.parametrize("text, spans, title", [
    # a passive after a pronoun keeps its auxiliary (it was blocked, not it blocked)
    ("The union said on Monday that it was blocked from the talks.", [("on Monday", MONDAY, MONDAY)],
     "Union says it was blocked from the talks"),
    # "stood accused" is a passive, not a verb to put in the present
    ("The ministry stood accused on Monday of hiding the audit.", [("on Monday", MONDAY, MONDAY)],
     "Ministry stood accused of hiding the audit"),
    # reported speech opening with an adverbial: the adverbial is no part of what was said
    ("Earlier in the capital, the rail union called off its strike, the ministry said on Monday.",
     [("on Monday", MONDAY, MONDAY)], "Ministry says the rail union called off its strike"),
    # an approximator before a removed date goes with it
    ("Operation Dry Reed, which began about noon on Monday with shelling of the ridge, is in its second day.",
     [("noon on Monday", MONDAY, MONDAY)], "Operation Dry Reed begins with shelling of the ridge"),
])
def test_events_titles_keep_voice_and_drop_what_the_date_left(text, spans, title):
    assert [m.title for m in detect(text, *spans)] == [title]


def test_events_titles_drop_a_page_timestamp():
    from timeline_api.pipeline.events.titles import _finish

    assert _finish("Tuesday 3 March 2020 09.15 GMT Health officials warn travellers") == \
        "Health officials warn travellers"


@pytest.mark.parametrize("text, title", [
    # "he" is the one titled name of the sentences before ...
    ("Mr Okafor said the pumps had failed. 'We cannot stop the leak,' he told reporters on Monday.",
     "Mr Okafor tells reporters we cannot stop the leak"),
    # ... and stays "He" when two people could be meant
    ("Mr Okafor met Senator Lind. 'We cannot stop the leak,' he told reporters on Monday.",
     "He tells reporters we cannot stop the leak"),
])
def test_events_titles_name_the_speaker_of_a_pronoun(text, title):
    assert [m.title for m in detect(text, ("on Monday", MONDAY, MONDAY)) if m.date.start] == [title]


@pytest.mark.parametrize("text, title", [
    ("The trial followed the singer's death on Monday.", "Death of the singer"),
    ("Markets fell after the bank's collapse on Monday.", "Collapse of the bank"),
])
def test_events_titles_bare_event_nouns_name_their_owner(text, title):
    assert [m.title for m in detect(text, ("on Monday", MONDAY, MONDAY)) if m.date.start] == [title]


def test_events_titles_a_transitive_verb_without_object_is_a_participle():
    text = "More than 300 villagers killed since March, the monitors say."
    mentions = detect(text, ("since March", D(2024, 3, 1), D(2024, 3, 31), "month"))
    assert [m.title for m in mentions if m.type == "attack"] == ["More than 300 villagers killed"]


@pytest.mark.parametrize("text, title", [
    # "said in a statement" after what was said: the statement's content, not the medium
    ("Two depots were closed for repairs, the port authority said in a statement on Monday.",
     "Port authority says two depots closed for repairs"),
    # "As he acknowledged, X": what follows the comma
    ("As the governor acknowledged on Monday, the levees will not hold another flood.",
     "Governor acknowledges the levees will not hold another flood"),
    # a condition or a purpose is no headline
    ("As the governor acknowledged on Monday, if the rain continues the levees will fail.", "Governor acknowledges"),
])
def test_events_titles_say_what_was_said_around_the_speaker(text, title):
    assert [m.title for m in detect(text, ("on Monday", MONDAY, MONDAY)) if m.date.start] == [title]


@pytest.mark.parametrize("text, title", [
    ("The governor would be forced from office on Monday.", "Governor forced from office"),
    ("The witness was set to be questioned on Monday by the inquiry.", "Witness set to be questioned by the inquiry"),
])
def test_events_titles_passives_after_a_modal_stay_whole(text, title):
    assert [m.title for m in detect(text, ("on Monday", MONDAY, MONDAY)) if m.date.start] == [title]


# -- who said it: a speaker is never dropped from what they said ---------------------------------

def test_an_unnamed_speaker_before_the_verb_keeps_the_claim_theirs():
    text = "During a radio interview on Monday the drummer said Anna Berg was a fraud."
    (mention,) = detect(text, ("on Monday", MONDAY, MONDAY))
    assert mention.type == "statement"
    assert mention.title.lower().startswith(("drummer says", "the drummer says"))


def test_a_name_right_after_the_verb_of_speech_is_what_was_said_not_the_speaker():
    text = "On Monday the committee said Anna Berg had resigned from the board."
    (mention,) = detect(text, ("On Monday", MONDAY, MONDAY))
    assert not mention.title.startswith("Anna Berg says")



def test_an_unnamed_plural_speaker_takes_a_plural_verb():
    text = "On Monday diplomats said the talks had been useful."
    (mention,) = detect(text, ("On Monday", MONDAY, MONDAY))
    assert mention.title.startswith("Diplomats say ")
