"""Word senses that decide an event's type (events/senses.py and the reported-happening step)."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_api.model import Document
from timeline_api.pipeline.events import senses
from timeline_api.pipeline.run import extract

PUBLISHED = dt.date(2012, 3, 14)


def _types(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.trigger) for m in extract(Document(text=text, published=PUBLISHED)).mentions]


@pytest.mark.parametrize("text, expected, not_expected", [
    # meetings: talks between officials on a day, an acquaintance when known only by its year
    ("The two foreign ministers met in Geneva on Tuesday to discuss the border.", "negotiation", None),
    ("The novelist first met the painter in 1998 at a gallery opening.", None, "negotiation"),
    ("A retired teacher who met Dr Okafor in 2004 remembers him well.", None, "negotiation"),
    # conferences: diplomatic ones are talks, trade fairs and phone briefings are not
    ("An international conference on Yemen opened in London on Monday.", "negotiation", None),
    ("A software industry conference in Lisbon on Monday drew hundreds of engineers.", "other", "negotiation"),
    ("The chief executive told analysts in a conference call on Friday that profits would fall.",
     "statement", "negotiation"),
    # attacks: illnesses and aircraft named 'attack'
    ("The actor died of a heart attack on Sunday at his home.", None, "attack"),
    ("Army attack helicopters fired on the convoy near the river on Sunday.", "strike", "attack"),
    ("An arctic blast swept across the plains on Tuesday, closing schools.", None, "attack"),
    ("Detectives carried out a raid on the pharmacy on Monday and took away files.", "other", "attack"),
    ("Gunmen killed four guards in a raid on the depot on Monday.", "attack", None),
    # regime change that did not happen
    ("The colonel was jailed on Friday for his part in a coup plot against the king.", None, "regime_change"),
    # endings that are fighting, not a pull-out
    ("Street battles on Sunday ended a week-long truce between the army's forces and the militias.", "conflict",
     "withdrawal"),
    # arrivals of forces and monitors
    ("The first UN monitors arrived in the province on Friday.", "deployment", None),
    # questioning by police is no public statement
    ("Detectives held a three-hour interview with the pilot on Saturday.", "other", "statement"),
    # talks offered or asked for are words said that day; talks held stay talks
    ("The governor offered dialogue with the striking miners on Thursday.", "statement", "negotiation"),
    ("The bishops appealed to both camps for dialogue on Sunday.", "statement", "negotiation"),
    ("Delegations from the two provinces held talks in Bern on Sunday.", "negotiation", None),
    # one person talking about something on air is no negotiation; two governments discussing it are
    ("The correspondent discussed the riot on Thursday on BBC radio.", "statement", "negotiation"),
    ("The Dutch premier discussed the border with his Belgian counterpart on Monday.", "negotiation", None),
    # a speaker's opening statement is what they said; the trial's opening statements are a step of it
    ("In his opening statement on Monday, the defence lawyer told jurors the tests were flawed.",
     "statement", "other"),
    ("Opening statements began on Monday in the trial of the former mayor.", "other", "statement"),
    # an operation that moves people or caps a well is no war
    ("Hundreds of tourists have flown home since an evacuation operation began on Sunday.", "other", "conflict"),
    ("The army operation against the smugglers began on Sunday near the border.", "conflict", None),
    # an army's assault on a town is a phase of the fighting; an assault on a checkpoint is an attack
    ("Government tanks renewed their assault on the town of Qusayr on Monday.", "conflict", "attack"),
    ("Insurgents killed six guards in an assault on a border checkpoint on Monday.", "attack", "conflict"),
])
def test_senses_type_by_arguments(text, expected, not_expected):
    types = [t for t, _ in _types(text)]
    if expected:
        assert expected in types, types
    if not_expected:
        assert not_expected not in types, types


@pytest.mark.parametrize("text", [
    'A volunteer campaign dubbed "Clean Streets" began in the town on Saturday.',
    "Troops on Friday stormed what they called a rebel arsenal in the hills.",
])
def test_senses_naming_is_no_saying(text):
    assert ("statement", "dubbed") not in _types(text) and ("statement", "called") not in _types(text)


def test_senses_reported_clause_takes_an_opening_date():
    # the date opens the reported clause: the happening is dated, the closing frame is not
    found = _types("On Wednesday, shells hit the crowded market in the old town, residents said.")
    assert found == [("strike", "hit")]
    found = _types("On Monday, the ministry reopened the northern border crossing, officials said.")
    assert found == [("other", "reopened")]


def test_senses_reported_clause_leaves_a_dated_saying_its_date():
    # a date after the frame is the saying's: the frame keeps it (and its trigger); its type is the
    # reopening the frame reports (fourth pass, ``frame-reports``)
    found = _types("The ministry reopened the northern border crossing, officials said on Monday.")
    assert found == [("other", "said")]

def test_senses_reported_clause_never_in_quoted_words(monkeypatch):
    text = '"On Monday the guards shot at the crowd," the minister said.'
    found = _types(text)
    monkeypatch.setattr(senses, "active", set())
    assert found == _types(text)


@pytest.mark.parametrize("text, expected", [
    ("The envoy on Tuesday denounced the shelling of the camp.", "statement"),
    ("The alliance ruled out a ground invasion on Monday.", "statement"),
    ("A student was beaten to death by guards on Friday.", "attack"),
])
def test_senses_vocabulary_rows(text, expected):
    assert expected in [t for t, _ in _types(text)]


def test_senses_an_emergency_call_is_no_statement():
    assert all(t != "statement" for t, _ in _types("The nurse called for an ambulance on Friday night."))


def test_senses_every_rule_can_be_switched_off(monkeypatch):
    # bench/types_diff.py measures one rule at a time by narrowing the active set
    text = "A software industry conference in Lisbon on Monday drew hundreds of engineers."
    assert "negotiation" not in [t for t, _ in _types(text)]
    monkeypatch.setattr(senses, "active", set())
    assert "negotiation" in [t for t, _ in _types(text)]


@pytest.mark.parametrize("text, expected", [
    ("The prime minister spoke with his Italian counterpart by telephone on Sunday.", "negotiation"),
    ("The envoy spoke to reporters on Sunday outside the ministry.", "statement"),
])
def test_senses_officials_speaking_together_consult(text, expected):
    assert [t for t, _ in _types(text)] == [expected]


def _sense(type_: str, key: str, text: str, before: str, after: str = "") -> senses.Sense:
    return senses.Sense(type_, key, "noun", text, before, after, before + text + after, None, PUBLISHED)


@pytest.mark.parametrize("before, text, expected", [
    ("Western governments keep pressing for the ", "ouster", senses.NO_EVENT),
    ("the opposition kept up its calls for the ", "overthrow", senses.NO_EVENT),
    ("analysts said it was a matter of time until the regime ", "collapsed", senses.NO_EVENT),
    ("three weeks after the ", "ouster", "regime_change"),
    ("officials have called for calm since the ", "ouster", "regime_change"),
])
def test_senses_a_fall_wished_for_is_no_event(before, text, expected):
    assert senses.retype(_sense("regime_change", "fall", text, before)) == expected


def test_senses_what_someone_said_on_a_day_is_still_said():
    # a free relative that reports a dated saying keeps it; one that names a thing does not
    assert not senses.not_saying("said", "I will repeat what the minister ", " on Monday: no decision")
    assert senses.not_saying("said", "officers searched what they ", " was a weapons store")


# -- agreements concluded at the talks a sentence dates; violence at an oil port or a refinery --

@pytest.mark.parametrize("text, expected", [
    # deals signed or an agreement reached at the talks a sentence dates: the agreement is the happening
    ("The two presidents signed trade deals at their summit in Astana on Friday.", "agreement"),
    ("Rival parties meeting in Accra on Friday agreed to form a unity government.", "agreement"),
    # agreeing to meet, or mentioning a ceasefire, leaves the talks
    ("At a meeting in Accra on Friday the rebel envoys agreed to meet the mediators again.", "negotiation"),
    ("Ministers meeting in Oslo on Friday discussed a possible ceasefire.", "negotiation"),
])
def test_senses_agreement_concluded_at_talks(text, expected):
    assert expected in [t for t, _ in _types(text)]


@pytest.mark.parametrize("text, expected", [
    # an armed side at an oil port or a refinery: the violence is an attack, not an industrial disaster
    ("Militiamen killed nine guards in an attack on a gas refinery on Monday.", "attack"),
    ("Government troops shelled the oil port of Zueitina on Tuesday.", "strike"),
    # 'well' as an adverb names no oil well
    ("A well-known doctor said soldiers killed 40 villagers in the valley on Tuesday.", "attack"),
    ("Gunmen attacked the police station on Friday, as well as two banks.", "attack"),
    # from the air it is a strike
    ("Alliance jets attacked the oil terminal at Sidra on Thursday, killing two guards.", "strike"),
    # an accident at a plant or a rig stays a disaster
    ("A blast at the chemical plant killed six workers on Thursday.", "other"),
    ("The explosion on the drilling rig killed four crewmen on Sunday.", "other"),
])
def test_senses_violence_at_a_facility(text, expected):
    types = [t for t, _ in _types(text)]
    assert expected in types, types
    if expected != "other":
        assert "other" not in types, types


@pytest.mark.parametrize("text, expected, not_expected", [
    # a thing or a body that falls is no ruler losing power
    ("Striking dockers toppled the fences at the port gate on Monday.", "other", "regime_change"),
    ("A tower crane toppled over onto a school on Tuesday.", "other", "regime_change"),
    ("Two houses toppled into the river on Saturday after the flood.", "other", "regime_change"),
    ("Warehouses toppled in the earthquake on Sunday were searched.", "other", "regime_change"),
    # a ruler who is toppled still is
    ("A military junta toppled the elected president on Wednesday.", "regime_change", None),
    ("The old monarchy was toppled in a coup on 3 July.", "regime_change", None),
    # crowds fighting police or each other: a riot, not a war
    ("Riot police fired tear gas when clashes spread through the old town on Friday.", "other", "conflict"),
    ("Pro- and anti-government crowds clashed for hours on Thursday outside the parliament.", "other", "conflict"),
    ("Rebel fighters clashed with army units on Friday south of the capital.", "conflict", None),
    ("Armed pro- and anti-government forces have been fighting in the hills since February.", "conflict", None),
    ("Pro- and anti-monarchy supporters clashed on Tuesday at the harbour gates.", "other", "conflict"),
])
def test_physical_falls_and_crowd_clashes(text, expected, not_expected):
    _assert_types(text, expected, not_expected)


@pytest.mark.parametrize("text", [
    "Diplomats say the junta's downfall is now only a matter of weeks.",
    "Analysts warn that the sheikh's ouster would plunge the emirate into chaos.",
    "The collapse of the cabinet could trigger early elections, a minister warned.",
])
def test_a_foreseen_or_conjectured_fall_is_no_event(text):
    assert "regime_change" not in [t for t, _ in _types(text)]


def test_a_dated_fall_with_consequences_stays():
    assert "regime_change" in [t for t, _ in _types("The fall of the junta on 2 May will reshape the region's alliances.")]


@pytest.mark.parametrize("text, expected, not_expected", [
    # 'collapse' of a rule or a state is a fall; of a bank, a market, a talks process it is not
    ("Voters who 12 days ago forced the collapse of Sheikh Abdel Karim Al Hamdi 's 30-year rule are celebrating.",
     "regime_change", None),
    ("After the sudden collapse of rulers in two neighbouring states this year, the king raised salaries.",
     "regime_change", None),
    ("The collapse of a mortgage lender on 15 September shook markets.", "other", "regime_change"),
    # fire that lands is fire from afar
    ("The shelling also fell on the fishing harbour on Monday, residents said.", "strike", None),
    ("The currency fell against the yen on Monday.", None, "strike"),
])
def test_collapse_of_a_rule_and_fire_that_falls(text, expected, not_expected):
    _assert_types(text, expected, not_expected)


def _assert_types(text, expected, not_expected):
    """The types found in ``text`` include ``expected`` and leave out ``not_expected`` (either may be None)."""
    types = [t for t, _ in _types(text)]
    if expected:
        assert expected in types
    if not_expected:
        assert not_expected not in types


# -- fourth pass: a closing source line, armed entries, a body's own meeting -------------------------

@pytest.mark.parametrize("text, expected", [
    # a source line closing the sentence, its date after it: the type is what the clause before reports
    ("Two aid workers were shot dead near the clinic, the charity said on Thursday.", "attack"),
    ("The opposition leader has been detained at his home, a police source told the BBC on Friday.", "other"),
    ("Artillery pounded the eastern suburbs, residents told reporters on Sunday.", "strike"),
    ("Seventeen nurses have been beaten by militiamen at the hospital gate, the union said Tuesday.", "attack"),
])
def test_a_closing_source_line_takes_the_type_of_what_it_reports(text, expected):
    found = _types(text)
    assert len(found) == 1 and found[0][0] == expected, found
    assert found[0][1] in ("said", "told")  # the source line keeps its trigger and its date


def test_a_source_line_reports_the_clause_not_dated_on_its_own():
    # the first clause carries its own date and is its own mention; the source line's date goes with the second
    found = _types("Soldiers sealed off the harbour before dawn prayers on Friday, and the union leader was "
                   "placed under house arrest, a security source told the BBC on Friday.")
    assert ("other", "told") in found and ("statement", "told") not in found, found


@pytest.mark.parametrize("text", [
    "The border crossing will reopen next week, officials said on Monday.",  # a plan
    "`` We have reopened the crossing , '' the minister said on Monday.",  # quoted words
    "No one was hurt when the roof gave way, the fire brigade said on Sunday.",  # a denial
    "The coach also said the squad had trained well, the club told reporters on Monday.",  # a saying itself
    "Rebel units captured the airport, the colonel claimed on Friday.",  # a claim stays a claim
    "The ministry could reopen the crossing, officials said on Monday in a statement.",  # not a bare source line
])
def test_a_closing_source_line_over_no_done_happening_stays_a_statement(text):
    assert "statement" in [t for t, _ in _types(text)]


def test_the_source_line_rule_can_be_switched_off(monkeypatch):
    text = "Two aid workers were shot dead near the clinic, the charity said on Thursday."
    monkeypatch.setattr(senses, "active", senses.active - {"frame-reports"})
    assert [t for t, _ in _types(text)] == ["statement"]


@pytest.mark.parametrize("text, expected, not_expected", [
    # an armed side going into a town: a phase of the war
    ("Militia fighters entered the port town of Kismara on Saturday.", "conflict", "other"),
    ("Rebel units moved into the northern districts of Harran on Tuesday.", "conflict", "other"),
    ("Hundreds of pilgrims entered the city on Friday.", None, "conflict"),
    # one body's own meeting is no talks between parties; states meeting at the UN are
    ("The bank's board meeting on Thursday lasted four hours.", None, "negotiation"),
    ("Residents packed a town council meeting on Tuesday about the new landfill.", None, "negotiation"),
    ("A Security Council meeting on the crisis was held on Tuesday.", "negotiation", None),
])
def test_armed_entries_and_a_body_meeting(text, expected, not_expected):
    _assert_types(text, expected, not_expected)
