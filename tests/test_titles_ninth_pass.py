"""Titles, ninth pass: a speaker after the quotation with where they spoke, quoted phrases inside a
reported clause, an office dropped before a full name when a clause is too long, a "to" that
completes its verb's object."""
from __future__ import annotations

from timeline_api.pipeline import headline


def _cut(quote: str, trigger: str, kind: str = "statement") -> str | None:
    title = headline.cut(quote, trigger, quote.find(trigger), "", kind)
    return headline.tidy(title) if title else None


def test_a_speaker_named_after_the_quotation_keeps_what_was_said_whatever_the_place():
    quote = "`` The bridge will reopen to traffic , '' the mayor said at the town hall on Friday ."
    assert _cut(quote, "said") == "The mayor says the bridge will reopen to traffic"
    quote = "`` We will not sell the club , '' the chairman said during a radio interview ."
    assert _cut(quote, "said") is None  # first person: someone's words, not a headline


def test_a_place_followed_by_what_was_said_is_not_a_tail_attribution():
    quote = ("Asked whether the club would be sold , the chairman said at the meeting that `` the board is "
             "open to offers '' .")
    title = _cut(quote, "said")
    assert title is None or not title.startswith("Asked")


def test_a_quoted_phrase_inside_the_reported_clause_stays_with_it():
    quote = "The storm caused `` severe damage '' to the harbour wall , a coastguard officer told Reuters ."
    assert _cut(quote, "told") == 'A coastguard officer says the storm caused "severe damage" to the harbour wall'


def test_the_end_of_a_quotation_opened_earlier_is_no_reported_clause():
    quote = "He added that it was `` a difficult week for everyone , '' the spokesman said on Monday ."
    title = _cut(quote, "said")
    assert title is None or "spokesman says he added" not in title.lower()


def test_a_name_in_a_company_keeps_its_capital_after_says():
    quote = "Acme Shipping Co shares may rise 20 percent as the company cuts costs , a weekly magazine said in its edition ."
    title = _cut(quote, "said")
    assert title is not None and "says Acme Shipping Co" in title


def test_a_long_clause_drops_an_office_before_a_full_name_after_its_verb():
    quote = ("Members of the regional government stated Thursday their wish for embattled Ruritanian "
             "President Anton Dvorak to leave office .")
    title = _cut(quote, "stated")
    assert title is not None and "Anton Dvorak to leave office" in title and "President" not in title
    assert len(title) <= headline.LIMIT


def test_a_short_clause_keeps_the_office():
    quote = "The delegates met Ruritanian President Anton Dvorak on Thursday ."
    assert _cut(quote, "met", "other") == "The delegates meet Ruritanian President Anton Dvorak"


def test_an_office_whose_word_is_the_trigger_stays():
    quote = ("Several trading companies had long-term contracts for grain and timber worth billions of dollars "
             "with the country under its ousted leader Anton Dvorak , officials in the capital said .")
    title = _cut(quote, "ousted", "regime_change")
    assert title is None or "ousted" in title


def test_a_cut_for_length_does_not_stop_before_the_to_of_a_verb_with_its_object():
    quote = ("The World Health Organization declared a global pandemic on Thursday and advised national "
             "governments to prepare for a long battle against the virus .")
    assert _cut(quote, "declared", "other") == "The World Health Organization declares a global pandemic"


def test_a_title_ending_on_a_part_that_needs_its_of_is_cut_mid_phrase():
    assert headline.ill_formed("The truce takes effect on the ground with the onus") == "cut mid-phrase"
    assert headline.ill_formed("The port could fall into the hands") == "cut mid-phrase"
    assert headline.ill_formed("The rebels vow to fight to the end") is None


def test_a_title_ending_on_a_form_of_be_and_a_word_that_wants_more_is_cut_mid_phrase():
    assert headline.ill_formed("The mayor says the city was preparing") == "cut mid-phrase"
    assert headline.ill_formed("Officials say production is set") == "cut mid-phrase"
    assert headline.ill_formed("The minister says he was resigning") is None


def test_a_title_opening_on_a_participle_or_a_sequence_adverb_before_its_verb_has_no_subject():
    assert headline.ill_formed("Having closes his clinic in the city") == "no subject before the verb"
    assert headline.ill_formed("Then imposes sanctions on the bank") == "no subject before the verb"
    assert headline.ill_formed("Then-President Smith signs the treaty") is None
