"""What the data-vocabulary paths of detection must not take for a dated happening (issue 13).

The paths (``detect._fallback_triggers`` with ``TIMELINE_API_DATA_EVENTS=1``) date the past
verb, the announced verb or the event noun of a clause no trigger table covers. Read at scale
(bench/README.md, "Data vocabulary, second pass"), what they found besides happenings falls in
a few classes, each a function here, each asked only on those paths:

- ``stamp_or_furniture``: the date is a page's time stamp or a byline's ("Name | 22:29 UK time,
  Wednesday, 13 January 2010 His body ...", "Friday, May 21, 2010; 8:38 PM Crews ..."), a
  broadcast line ("First broadcast 22 January 2010"), a photo caption ("In a photo made from
  video released ..."), or the sentence talks to the reader or about the comments;
- ``habit``: a clause telling what used to happen or happens again and again ("were often
  picked up", "used to", "would" + verb, "repeatedly");
- ``wish_or_plan``: a verb under a wish, a hope, an aim, a plan or an expectation ("hopes
  1000 jerrycans will follow in February", "plans to open ... later this year", "is expected
  to dominate", "was poised to pass");
- ``state_reading``: a participle after a present-tense "is/are" or after "being" ("is still
  being slowed", "65m hogs are concentrated"), a participle after "to" or modifying a noun
  ("data gathered from", "the doubts expressed by engineers"), or "it emerged";
- ``apposition``: "the Group of 30, chaired by Volcker, issued ...": the verb is the next one;
- ``quoted_or_saying``: a verb inside someone's quoted words, or the clause that introduces a
  quotation ("as David Hume put it in 1776: ...");
- ``anaphoric``: "that was what happened in 1957": a happening named only by a pronoun;
- ``tally``: a count that rises or falls ("the death toll rose to 110,000");
- ``span``: a verb dated by a stretch of time ("in the past decade", "starting in the late '80s");
- ``nowadays``: an opening "Today," set against the past;
- ``attributive_date``: a date that modifies a noun ("the 1918 flu virus", "a 1948 NHS film",
  "Tuesday's tremor"): it dates that noun, not the clause's verb.

Third pass (bench/README.md, "Data vocabulary, third pass"), from readings of all eight stores:

- ``past_perfect``: "By Sunday, the oil had reached the marsh", "As of Friday, 5,000 people had
  signed up": the past perfect puts the happening before the date, which is a reference time
  (a tally, a state reached), not the happening's day; so does a perfect with "already";
- ``mental_state``: "assumed he had avoided the virus", "were heartened": a mind or a mood;
- ``gloss``: a participle right after an opening bracket ("Verdin (pronounced ...)");
- ``statistic_noun``: a measure that moves ("the meagre growth in the second quarter");
- ``range_part``: either end of a range ("between November 1977 and June 1979", "the 2008-2009
  crisis"); ``span`` also takes it and a date a thing is put off until ("will delay the kill
  until after Labor Day");
- ``subordinate``: the date is in a clause of its own opened by "after", "when", "because" ...
  ("He stayed with the bank after he graduated in 1952"): a verb before it does not take it;
- ``noun_over_a_window`` ("a sharp increase in the past week") and ``noun_of_a_possibility``
  ("strong winds on Sunday could push more oil ashore"): a noun that is a trend or a maybe;
- ``adjective_participle``: "the highly populated north coast", "newly restored President Putin";
- ``first_person``: "We failed to learn ...", "Our piece was ...", with the capital;
- ``wish_or_plan`` also takes a forecast ("projects that the slick will move east by Tuesday");
  ``stamp_or_furniture`` a heading in capitals run into the text ("THE BIGGEST SPILL, MARCH 2,
  2006 As production declined ..."), video and picture captions and "today's article";
  ``quoted_or_saying`` the end of a quotation opened in an earlier sentence; ``anaphoric`` "as
  happened in Iraq"; ``tally`` counts that exceed or went "from 20,000 to 80,000"; ``habit`` "as
  usual"; ``state_reading`` reads "are as unlimited" like "are unlimited".

Each takes the sentence's tokens (objects with ``text``, ``start``, ``end``, ``clause``) and
plain indices, so it can be tested and read on its own.
"""
from __future__ import annotations

import re

#: Words that make a clause a habit or a repetition, not one happening.
HABIT_WORDS = frozenset({"often", "usually", "regularly", "frequently", "sometimes", "always", "normally",
                         "typically", "routinely", "generally", "repeatedly", "occasionally", "rarely",
                         "seldom", "habitually", "traditionally", "customarily", "ordinarily",
                         "usual"})  # "drove to his boat as usual"
#: Words before a verb (in its clause) that make it wished, aimed at, planned or expected.
WISH_WORDS = frozenset({"hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "wish", "wishes",
                        "wished", "aim", "aims", "aimed", "aiming", "plan", "plans", "planned", "planning",
                        "intend", "intends", "intended", "expect", "expects", "expected", "expecting",
                        "poised", "likely", "unlikely", "hopeful", "eager", "keen", "fear", "fears", "feared",
                        "would", "could", "might", "may", "should", "must", "if", "unless", "whether",
                        # a forecast: "projects that the slick will move east by Tuesday"
                        "projects", "projected", "predicts", "predicted", "forecasts", "forecast", "anticipates",
                        "anticipated"})
#: Forms of "be" in the present: a participle after them is a state or a present passive.
PRESENT_BE = frozenset({"is", "are", "am", "'s", "being"})
_ADVERB = re.compile(r"[a-z]+ly|still|also|already|now|not|just|even|then|yet|all|both")
_STAMP_BEFORE = re.compile(r"(?:\|\s*(?:[\d:.]+\s*(?:[AP]\.?M\.?|UK\s+time|GMT|BST|EDT|EST|ET|CET)?\s*,?\s*)?"
                           r"|\b\d{1,2}[:.]\d{2}\s*(?:[AP]\.?M\.?|UK\s+time|GMT|BST|EDT|EST|ET|CET)?\s*,\s*)$", re.I)
_STAMP_AFTER = re.compile(r"^\s*[;,]?\s*(?:\d{2}\s+\d{2}\s+)?\d{1,2}[:.]\d{2}\s*(?:[AP]\.?M\.?)?", re.I)
_FURNITURE_HEAD = re.compile(r"^\s*(?:First\s+broadcast|Listen\s+to|Watch\s+|Last\s+updated|Page\s+last\s+updated|"
                             r"Published|Updated|Posted|By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*\|)")
_CAPTION = re.compile(r"\bIn\s+(?:this|a|the)\s+(?:\w+\s+)?(?:photo|image|picture|handout|file\s+photo|video\s+grab)\b|"
                      r"\bphoto(?:graph)?\s+(?:made|taken)\s+from\b|\b(?:comments?\s+(?:to|on)\s+this|"
                      r"this\s+is\s+a\s+comment|comments\s+are\s+closed)\b|"
                      r"\b(?:video|footage|photos?|pictures?|images?)\s+(?:purports?|purporting|appears?|claims?)\s+to\s+show\b|"
                      r"\b(?:today|yesterday)\s*['’]s\s+(?:article|column|editorial|story|piece|paper)\b|"
                      r"^\s*Taken\s+(?:at|in|on|during|from)\b|"
                      r"\b(?:the|this)\s+(?:picture|photo(?:graph)?|image|video)\s+(?:is|was|shows|showed)\b", re.I)
_READER = re.compile(r"\b(?:you|your|yours)\b", re.I)
_DEGREE = frozenset({"as", "so", "too", "very", "more", "less", "most", "least"})  # "are as unlimited as"
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
_ANAPHORA = frozenset({"this", "that", "it", "what", "which", "these", "those"})
_HAPPEN_VERBS = frozenset({"happened", "occurred", "happens", "occurs", "happen", "occur"})
_QUOTE_OPEN = frozenset({"``", "“"})
_QUOTE_CLOSE = frozenset({"''", "”"})


def _words(tokens, lo: int, hi: int) -> list[str]:
    return [t.text.lower() for t in tokens[max(0, lo):max(0, hi)]]


def stamp_or_furniture(text: str, sentence_start: int, sentence_text: str, timex_start: int, timex_end: int) -> bool:
    """The date is a time stamp, a byline's or a broadcast line's, or the sentence is a caption,
    a note on the comments or words to the reader."""
    before = text[max(sentence_start, timex_start - 40):timex_start]
    after = text[timex_end:timex_end + 12]
    if _STAMP_BEFORE.search(before) or _STAMP_AFTER.match(after):
        return True
    if _FURNITURE_HEAD.match(sentence_text) or _CAPTION.search(sentence_text) or _READER.search(sentence_text):
        return True
    # a full date opening the sentence and run straight into its text, no comma or colon: a page's stamp
    # ("Thursday , July 29 , 2010 The oil is then soaked up"), not an opening adverbial ("On July 29, ...")
    if timex_start - sentence_start <= 2 and re.search(r"\b\d{4}$", text[timex_start:timex_end]) \
            and re.match(r"\s+[A-Z]", after):
        return True
    # the same after a heading in capitals ("THE BIGGEST SPILL , MARCH 2 , 2006 As production ...")
    heading = text[sentence_start:timex_start]
    if re.search(r"[A-Z]{3}", heading) and not re.search(r"[a-z]", heading) \
            and re.search(r"\b\d{4}$", text[timex_start:timex_end]) and re.match(r"\s+[A-Z]", after):
        return True
    return False


def habit(tokens, k: int) -> bool:
    """The clause of token ``k`` tells a habit or a repetition: "were often picked up", "used to
    go", "would visit", "repeatedly reminded"."""
    clause = tokens[k].clause
    words = [t.text.lower() for t in tokens if t.clause == clause]
    if HABIT_WORDS.intersection(words):
        return True
    lead = _words(tokens, k - 3, k)
    return "would" in lead or (len(lead) >= 2 and lead[-2:] == ["used", "to"])


def wish_or_plan(tokens, k: int) -> bool:
    """Token ``k`` is, or follows in its clause or the clause that governs it, a word of wishing,
    hoping, aiming, planning or expecting (or a modal, a condition) ("BP hopes a pair of relief
    wells now being drilled will halt the leak in August")."""
    clause = tokens[k].clause
    clauses = {clause, clause - 1}
    # past a relative clause (and what it holds) to the clause it hangs on ("hopes 1000 jerrycans,
    # which he says can provide water, will follow in February")
    earlier = sorted({t.clause for t in tokens[:k] if t.clause < clause and t.text.isalnum()}, reverse=True)[:3]
    relative = next((c for c in earlier if _opens_relative(tokens, c)), None)
    if relative is not None:  # the relative, what follows it, and the last clause with words before it
        host = max((c for c in earlier if c < relative), default=relative)
        clauses.update(range(host, clause))
    # (the month "May" is no modal)
    lead = [t.text.lower() for t in tokens[max(0, k - 25):k + 1] if t.clause in clauses and t.text != "May"]
    return bool(WISH_WORDS.intersection(lead))


def _opens_relative(tokens, clause: int) -> bool:
    words = [t.text.lower() for t in tokens if t.clause == clause and t.text not in (",", "-", "--")]
    return words[:1] in (["which"], ["who"], ["whose"], ["whom"])


def state_reading(tokens, k: int) -> bool:
    """Token ``k`` (a past form) reads as a state, a present passive, an infinitive or a
    participle modifying a noun, not as a past happening."""
    word = tokens[k].text.lower()
    j = k - 1
    while j >= 0 and (_ADVERB.fullmatch(tokens[j].text.lower()) or tokens[j].text.lower() in _DEGREE) \
            and tokens[j].text.lower() not in PRESENT_BE:
        j -= 1
    before = tokens[j].text.lower() if j >= 0 else ""
    if before in PRESENT_BE or before == "to":
        return True  # "is still being slowed", "are concentrated", "the largest ever known to hit"
    nxt = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
    if word.endswith("ed") and nxt in ("by", "from", "or") and before not in (
            "was", "were", "been", "be", "got", "get", "had", "has", "have") and before.isalpha() \
            and not tokens[j].text[:1].isupper() and before not in ("it", "he", "she", "they", "we"):
        return True  # "the doubts expressed by engineers", "data gathered from", "injured or dead wildlife"
    if word == "emerged" and (before == "it" or nxt == "that"):
        return True  # "it emerged that ...": a report coming out, not a happening
    return False


def apposition(tokens, k: int) -> bool:
    """'the Group of 30, chaired by Volcker, issued a report': a participle set off by a comma
    with its agent is an apposition to the subject; the clause's verb comes after it."""
    nxt = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
    return tokens[k].text.lower().endswith("ed") and k > 0 and tokens[k - 1].text == "," and nxt == "by"


#: Counts whose rise or fall is a statistic ("the death toll rose to 110,000"), not a happening.
TALLY_NOUNS = frozenset({"toll", "tally", "number", "count", "figure", "figures", "total", "rate", "tolls"})
CHANGE_VERBS = frozenset({"rose", "risen", "climbed", "reached", "soared", "jumped", "fell", "dropped", "plunged",
                          "increased", "doubled", "tripled", "declined", "surged", "grew", "topped", "exceeded",
                          "surpassed", "overtook", "outnumbered", "outstripped"})  # not "passed": laws pass


def tally(tokens, k: int) -> bool:
    """'On Friday the official death toll rose to 110,000': a count changing, told as it stands
    that day (the prose step's running tolls and totals, for the verbs no table holds)."""
    after = _words(tokens, k + 1, k + 12)
    if "from" in after and "to" in after[after.index("from"):] and any(
            any(ch.isdigit() for ch in w) for w in after[after.index("from"):after.index("from") + 3]):
        return True  # "went from 20,000 fans to 80,000": a count that moved, whatever the verb
    if tokens[k].text.lower() not in CHANGE_VERBS:
        return False
    clause = tokens[k].clause
    return any(t.text.lower() in TALLY_NOUNS for t in tokens[max(0, k - 8):k] if t.clause == clause)


def quoted_or_saying(tokens, k: int) -> bool:
    """Token ``k`` stands inside quotation marks, or its clause introduces a quotation ("as the
    philosopher put it in 1776: ``...")."""
    opened = 0
    for t in tokens[:k]:
        if t.text in _QUOTE_OPEN:
            opened += 1
        elif t.text in _QUOTE_CLOSE:
            opened = max(0, opened - 1)
    if opened:
        return True
    if not any(t.text in _QUOTE_OPEN for t in tokens) and any(t.text in _QUOTE_CLOSE for t in tokens[k + 1:]):
        return True  # the end of a quotation opened in an earlier sentence ("We will go back on Friday , '' he said")
    nxt = _words(tokens, k + 1, k + 2)
    if nxt == ["it"] and tokens[k].text.lower() in ("put", "said", "wrote"):
        return True  # "as X put it"
    clause = tokens[k].clause
    rest = [t.text for t in tokens[k + 1:] if t.clause <= clause + 1][:12]
    return any(a == ":" and b in _QUOTE_OPEN for a, b in zip(rest, rest[1:]))


def anaphoric(tokens, k: int) -> bool:
    """'That was what happened in 1957', 'this last happened in 1968': the happening is named
    only by a pronoun."""
    if tokens[k].text.lower() not in _HAPPEN_VERBS:
        return False
    if k > 0 and tokens[k - 1].text.lower() == "as":
        return True  # "as happened in Iraq after 2003": the happening is another clause's, compared
    lead = [w for w in _words(tokens, k - 3, k) if not _ADVERB.fullmatch(w) and w != "last"]
    return not lead or lead[-1] in _ANAPHORA or lead[-1] in ("was", "is")


def attributive_date(tokens, first: int, last: int) -> bool:
    """The date expression (tokens ``first``..``last``) modifies a noun: a possessive ("Tuesday
    's tremor") or a determiner, the date and a word that is no verb or punctuation ("the 1918
    flu virus", "a 1948 NHS film")."""
    nxt = tokens[last + 1].text if last + 1 < len(tokens) else ""
    if nxt in ("'s", "’s"):
        return True
    lead = tokens[first].text.lower()
    det = lead in _DETERMINERS or (first > 0 and tokens[first - 1].text.lower() in _DETERMINERS)
    return det and bool(re.fullmatch(r"[A-Za-z][\w-]*", nxt)) and not re.fullmatch(
        r"(?:was|were|is|are|had|has|have|will|would|saw|brought|and|or|to|of|in|on|at|when|after|before)", nxt.lower())


def nowadays(text: str, sentence_start: int, timex_start: int, timex_end: int) -> bool:
    """'Today, more than 20 countries are democracies', 'Today, the policy is to listen': an
    opening "Today," set against the past means nowadays, a state of things, not the day."""
    return text[timex_start:timex_end].lower() in ("today", "nowadays") and \
        not text[sentence_start:timex_start].strip(" `'\"“") and text[timex_end:timex_end + 3].lstrip().startswith(",")


def span(text: str, sentence_start: int, timex_start: int, timex_end: int, start, end) -> bool:
    """The date is a stretch of time, not a moment: longer than a year ("in the 1990s", "the
    middle of this decade"), a window running to the time of writing ("in the past year"), or
    the start of a span ("From 1994 through 1997", "Starting in the late '80s"). A verb dated by
    it tells how things went over the span ("a dearth of crises left it with little to do"),
    not a happening; a happening noun keeps such a date ("its financial crisis in the early 1990s")."""
    if start is not None and end is not None and (end - start).days > 366:
        return True
    words = text[timex_start:timex_end].lower()
    before = text[max(sentence_start, timex_start - 24):timex_start].lower()
    if re.search(r"\b(?:until|till|til)(?:\s+(?:after|before))?\s*$", before):
        return True  # "will delay the kill until after Labor Day": the date the thing is put off to
    if range_part(text, sentence_start, timex_start, timex_end):
        return True
    return bool(re.match(r"(?:in\s+)?the\s+(?:past|last)\b", words)) or bool(
        re.search(r"\b(?:from|starting(?:\s+around)?(?:\s+in)?|beginning(?:\s+in)?|since|throughout|through)\s*$", before)) \
        or bool(re.match(r"(?:from|starting|since|throughout)\b", words))



def range_part(text: str, sentence_start: int, timex_start: int, timex_end: int) -> bool:
    """The date is one end of a range ("between November 1977 and June 1979", "from 2003 to
    2009", "the 2008-2009 crisis"): what it dates lasted, and neither end is its day."""
    before = text[max(sentence_start, timex_start - 40):timex_start]
    after = text[timex_end:timex_end + 30]
    if re.search(r"\d{4}\s*(?:-|–|to|through)\s*\d", text[timex_start:timex_end]):
        return True  # both ends in one expression: "the 2004-2005 season"
    if re.search(r"\b(?:between|from)\s+\S+(?:\s+\S+){0,3}\s+(?:and|to|through|until)\s*$", before) \
            or re.search(r"\b\d{4}\s*(?:-|–|to|through)\s*$", before):
        return True  # the end
    if re.match(r"\s*(?:-|–|to|through|until)\s*(?:[A-Z][a-z]+\.?\s+)?\d", after):
        return True  # the start: "2008-2009", "from 2003 to 2009"
    return bool(re.search(r"\bbetween\s*$", before) and re.match(r"\s*and\s", after))


_HAD = frozenset({"had", "'d"})


def past_perfect(tokens, k: int) -> bool:
    """Token ``k`` is the participle of a past perfect ("had reached", "had already been sent", and
    a present perfect with "already": "two storms have already struck this year"):
    the happening comes before the date of its clause, which is the time a tally or a state is
    told for ("As of Friday, 5,000 people had signed up", "By Sunday, the oil had reached the
    marsh"), not the happening's own day."""
    j = k - 1
    while j >= 0 and (_ADVERB.fullmatch(tokens[j].text.lower()) or tokens[j].text.lower() in ("been", "n't")):
        j -= 1
    if j >= 0 and tokens[j].text.lower() in ("has", "have", "'s", "'ve") and "already" in _words(tokens, j + 1, k + 2):
        return True  # "two have struck already this year", "has already been sent": a count or a state so far
    return j >= 0 and tokens[j].text.lower() in _HAD


#: Verbs of a mind or a mood: what someone assumed, knew or felt is no happening.
MENTAL_VERBS = frozenset({"assumed", "presumed", "felt", "knew", "realized", "realised", "worried", "noticed",
                          "surprised", "heartened", "pleased", "delighted", "disappointed", "dismayed", "frustrated",
                          "shocked", "stunned", "relieved", "saddened", "puzzled", "baffled", "alarmed", "reassured",
                          "thrilled", "upset", "bored", "liked", "loved", "hated", "enjoyed", "imagined", "doubted",
                          "suspected", "believed", "thought", "wondered", "trusted", "admired", "regretted"})


def mental_state(tokens, k: int) -> bool:
    """'Pacitti assumed he had avoided the virus', 'Mexicans were heartened': a mind or a mood."""
    return tokens[k].text.lower() in MENTAL_VERBS


def gloss(tokens, k: int) -> bool:
    """A participle right after an opening bracket glosses a word ("Verdin (pronounced ...)"); the
    clause's verb is elsewhere."""
    return k > 0 and tokens[k - 1].text in ("-LRB-", "(", "[", "-LSB-")


#: Measures that move, told for a period: their rise or fall is a statistic, not a happening.
STATISTIC_NOUNS = frozenset({"growth", "inflation", "output", "sales", "earnings", "profit", "profits", "revenue",
                             "revenues", "unemployment", "turnover", "demand", "spending", "exports", "imports",
                             "production", "expansion", "contraction", "deficit", "surplus", "yield", "yields",
                             "losses", "gains", "increase", "increases", "decrease", "decreases", "surge", "drop"})


def statistic_noun(tokens, k: int) -> bool:
    """'the meagre growth in the second quarter': a measure for a period, not a happening."""
    return tokens[k].text.lower() in STATISTIC_NOUNS


#: Words that open a clause of time, cause or concession: a date after one belongs to that clause.
SUBORDINATORS = frozenset({"after", "before", "when", "whenever", "because", "since", "while", "whilst", "although",
                           "though", "until", "if", "unless"})  # not "as": "replaced him as commander in 2004"


def subordinate(tokens, k: int, i: int) -> bool:
    """A subordinator stands between the verb at ``k`` and the date at ``i`` (``k`` < ``i``): "He
    stayed with the bank after he graduated in 1952": the date is the graduating's, not the staying's."""
    return any(t.text.lower() in SUBORDINATORS for t in tokens[k + 1:i])


_MODALS_AHEAD = frozenset({"could", "would", "may", "might", "will", "should", "can", "must", "'ll"})


def noun_of_a_possibility(tokens, last: int) -> bool:
    """A modal right after the date of a noun ("strong winds on Sunday could push more oil
    ashore"): the noun is the subject of what may happen, not a happening."""
    return any(t.text.lower() in _MODALS_AHEAD for t in tokens[last + 1:last + 3])


def noun_over_a_window(text: str, sentence_start: int, timex_start: int, timex_end: int) -> bool:
    """A noun dated by a window running to the time of writing ("a sharp increase in the past
    week"): a trend told over the window, not a happening."""
    return bool(re.match(r"(?:in\s+|over\s+|during\s+)?the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?"
                         r"(?:days?|weeks?|months?|years?|decades?)\b", text[timex_start:timex_end].lower()))


def adjective_participle(tokens, k: int) -> bool:
    """'the highly populated north coast', 'newly restored President Putin': a participle after an
    adverb in -ly and before a noun or a name is an adjective, not the clause's verb."""
    if k == 0 or k + 1 >= len(tokens) or not tokens[k].text.lower().endswith("ed"):
        return False
    before, nxt = tokens[k - 1].text, tokens[k + 1].text
    ahead = tokens[k - 2].text.lower() if k >= 2 else ","
    if ahead not in _DETERMINERS and ahead not in (",", "a", "an", "of", "in", "on", "for", "with", "to", "and", "by"):
        return False  # "his wife allegedly stayed there": the adverb follows a subject, the participle is its verb
    return bool(re.fullmatch(r"[a-z]+ly", before)) and before not in ("only", "early", "likely") and \
        bool(re.fullmatch(r"[A-Za-z][a-z-]+", nxt)) and nxt.lower() not in (
            "by", "in", "on", "at", "to", "for", "from", "with", "and", "or", "that", "the", "a", "an", "its", "his",
            "her", "their", "out", "up", "down", "off", "over", "into", "after", "before", "as", "when")


_FIRST_PERSON = re.compile(r"\b(?:We|Our|My)\b")


def first_person(sentence_text: str) -> bool:
    """A sentence in the first person that opens with a capital ("We failed to learn ...", "Our
    piece was an effort to ...", "My brother left in 1998"): someone's own account, a chat
    answer or an opinion; the fallback's own test looks only for the small letters."""
    return bool(_FIRST_PERSON.search(sentence_text))
