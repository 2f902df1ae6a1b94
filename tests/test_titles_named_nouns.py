"""Titles that were a bare noun ("Address", "Rescue") or a clause with no subject ("Saying ...") where
the sentence names whose the happening is or who held it (the titles' eleventh pass)."""
from timeline_api.pipeline import headline


def _noun(quote: str, trigger: str) -> str | None:
    return headline.noun_title(quote, trigger, quote.find(trigger))


def test_a_name_before_the_noun_is_enough_without_a_phrase_after():
    assert _noun("Delegates left early after the Varnia Council summit , aides said .", "summit") \
        == "Varnia Council summit"
    assert _noun("Nobody had expected Mayor Lind 's resignation .", "resignation") == "Mayor Lind's resignation"


def test_no_name_no_title():
    assert _noun("Observers feared a sudden coup .", "coup") is None
    assert _noun("Opposition conference was held in a hotel .", "conference") is None  # a capital that opens the sentence


def test_a_month_or_a_quoted_title_is_no_name():
    assert _noun("Prices rose after the June meeting .", "meeting") is None
    assert _noun("He gave the famous `` Ostra Spring '' speech .", "speech") is None


def test_a_noun_that_goes_on_or_takes_an_object_is_not_the_happening():
    assert _noun("Engineers blamed the Ostra pipeline leak for the fire .", "pipeline") is None
    assert _noun("Later , Varnia police interview the driver .", "interview") is None


def test_a_name_in_a_preposition_s_object_is_not_the_noun_s():
    assert _noun("They offered land to Varnia during talks that failed .", "talks") is None


def test_two_word_named_nouns_read_as_headlines_only_with_a_name_first():
    assert headline.noun_headline("NATO summit")
    assert not headline.noun_headline("Emergency meeting")
    assert not headline.noun_headline("The summit")


def test_the_verb_whose_object_the_event_noun_is():
    quote = "In a surprise move , Chancellor Brandt attended the Ostra summit yesterday ."
    verb = headline.governing_verb(quote, "summit", quote.find("summit"))
    assert verb == ("attended", quote.find("attended"))
    assert headline.cut(quote, *verb, "yesterday", "other").startswith("Chancellor Brandt attends the Ostra summit")


def test_no_governing_verb_after_a_preposition_or_for_a_participle():
    quote = "Shortly after the harbour explosion , the mayor ordered an inquiry ."
    assert headline.governing_verb(quote, "explosion", quote.find("explosion")) is None
    quote = "Ministers demanded an end to raids following a bombardment of the valley ."
    assert headline.governing_verb(quote, "bombardment", quote.find("bombardment")) is None


def test_what_was_said_stands_for_a_clause_opening_with_saying():
    assert headline.tidy("Saying nine guards were wounded at the border post") == \
        "Nine guards were wounded at the border post"
    assert headline.tidy("Saying that the port reopens on schedule") == "The port reopens on schedule"
    assert headline.tidy("Saying more") == "Saying more"  # nothing said that reads as a headline


def test_no_governing_verb_in_a_sentence_of_two_dates():
    quote = "Inspectors found leaks at Ostra on Friday and at Varnia last week ."
    assert headline.governing_verb(quote, "leaks", quote.find("leaks")) is None
