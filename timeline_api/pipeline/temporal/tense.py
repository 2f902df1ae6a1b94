"""The tense around a temporal expression, for resolving "Friday" or "in May".

A light heuristic, no parser: among the verbs and tense words of the
expression's sentence, the one nearest the expression decides ("said
Friday" is past even in "will leave, he said Friday"; "will meet on
Monday" is future even after "he said"). A future phrase ("planned to",
"is set to") marks what follows it; an expression before it takes the
phrase's own verb's tense. Cues are read by clause: clause words, a comma
after the expression, "and" right before a verb and "but" wall off the cues
of other clauses, which count only when nothing else does; an expression
opening its clause takes the verb after it; a report closing the sentence
("..., his office said") does not count. ``governing_tense`` reads back to the verb that
governs an expression ("died in an attack in January"), for yearless months;
``deadline_before`` finds the words that make "by"/"until" look forward.
"""
from __future__ import annotations

import bisect
import re

from . import vocab

_WORD = re.compile(r"[A-Za-z']+")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'(])|\n")

#: Future signals of more than one word: they put what FOLLOWS them in the future
#: ("planned to meet on Friday"). An expression BEFORE them takes the tense of
#: the phrase's own verb ("On Friday, the government planned to ..."): see
#: ``vocab.PHRASE_OWN_TENSE``.
_FUTURE_PHRASES = re.compile(
    r"\b(?:(?:(?P<aux>is|are|was|were|been|be)\s+)?(?P<verb>going|is|are|was|were|set|about|due|ready|likely|plans?|planned|planning|agreed?|"
    r"decided?|expects?|expected|wants?|wanted|hopes?|hoped|intends?|intended|aims?|aimed|"
    r"promised?|vowed?|threatened|pledged?|prepared?|scheduled|slated)\s+to"
    # "agreed to the initiative": "to" before a determiner is a preposition
    r"(?!\s+(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|some|any|all|\d)\b)"
    r"|as\s+soon\s+as|in\s+order\s+to)\b", re.IGNORECASE)

def _phrase_own_tense(phrase: str) -> str | None:
    """The tense a future phrase gives an expression written before it."""
    verb = phrase.split()[0].lower()  # the auxiliary when there is one: "is set to", "was due to"
    return vocab.PHRASE_OWN_TENSE.get(verb, "past" if verb.endswith("ed") else "present")


#: The longest stretch (characters) read on each side of an expression for its tense.
SENTENCE_REACH = 300


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence around ``text[start:end]`` (a cheap splitter).

    A sentence is cut at ``SENTENCE_REACH`` characters each side, so text
    without full stops costs linear time.
    """
    left = max(0, start - SENTENCE_REACH)
    for m in _SENTENCE_END.finditer(text, left, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    right = m.start() + 1 if m else min(len(text), end + SENTENCE_REACH)
    return left, right


#: Words and marks that open another clause.
_CLAUSE_BOUNDARY = re.compile(r"\b(?:that|which|who|whom|whose|where|because|while|although|though|"
                              r"unless|whether)\b|[;:—–(]", re.IGNORECASE)


#: Words before a base-form verb that take over its tense ("did resume", "to begin").
_AUXILIARY_BEFORE = frozenset({
    "did", "didn't", "not", "never", "to", "could", "would", "should", "might", "can", "may",
    "must", "had", "has", "have", "will", "shall", "cannot", "won't", "doesn't", "don't",
})


#: Marks between an expression and a reporting verb that set the report apart
#: ("... on Friday, officials said", "... on Sunday,\" he told reporters").
_REPORTING_GAP = re.compile(r"[,\"”“`]|['’](?!s\b)")

_COMMA = re.compile(",")

#: A clause after a comma that tells what happened at the expression's time
#: ("protests on Friday, when snipers killed 52"): no wall.
_WHEN_AFTER = re.compile(r"\s*when\b", re.IGNORECASE)

#: A coordinator right before a cue, an adverb allowed between ("and will", "but
#: later said"; see ``vocab.COORDINATORS``).
_COORDINATED = re.compile(r"\b(?:%s)\s+(?:(?:[a-z]+ly|then|later|also|again|still|soon)\s+)?$"
                          % "|".join(sorted(vocab.COORDINATORS)), re.IGNORECASE)

_BUT = re.compile(r"\bbut\b", re.IGNORECASE)

#: What follows the date of a timeline entry ("March 5 - ...", "20 April: ...").
_HEADING_AFTER = re.compile(r"[ \t]*(?:[-–—:]|\.\s)")
#: A month day, which opens a chronology's entry even when glued to the previous one
#: ("... loyalists 8 August : Saudi Arabia condemns ...").
_ENTRY_DATE = re.compile(r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})")
_ENTRY_AFTER = re.compile(r"[ \t]*[-–—:][ \t]+[A-Z]")

#: Where a clause starts inside a sentence: after a comma with a coordinator, or a
#: semicolon or colon ("..., and on Wednesday, the White House called ...").
_CLAUSE_START = re.compile(r",\s*(?:and|but|while|whereas)\s+|[;:]\s*", re.IGNORECASE)


def _cue(word: str, prev: list[str]) -> str | None:
    w = word.lower()
    if w in vocab.FUTURE_WORDS or w.endswith("'ll"):
        return "future"
    if w in vocab.SAME_FORM_PAST:
        aux = prev[-1] if prev else ""
        if aux.endswith("ly") and len(prev) > 1:
            aux = prev[-2]  # "to easily beat"
        if aux in ("", "then", "please", "let's"):
            return None  # an imperative: "Then put in new people come November"
        if aux in ("be", "been", "being", "is", "are"):  # a participle: "will be put to the test"
            return "future" if len(prev) > 1 and prev[-2] in vocab.FUTURE_AUXILIARIES else (
                "present" if aux != "been" else "past")
        return None if aux in vocab.DETERMINERS or aux in _AUXILIARY_BEFORE else "past"
    if w in vocab.SCHEDULE_VERBS:
        # "the election takes place on Sunday"; not a noun ("the leaves") nor after an
        # auxiliary that carries the tense itself ("did resume", "to begin")
        aux = prev[-1] if prev else ""
        return None if aux in vocab.DETERMINERS or aux in _AUXILIARY_BEFORE else "future"
    if w in vocab.PRESENT_WORDS:
        return "present"
    if w in vocab.PERFECT_WORDS:
        return "past"
    if w in vocab.IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and w not in vocab.NOT_PAST_ED):
        # a participle after "will be", "to be": future; after "is"/"are": present passive;
        # after a determiner it is an adjective ("the proposed merger"), no cue at all
        aux = prev[-1] if prev else ""
        if aux in vocab.DETERMINERS and aux != "that" and w not in vocab.IRREGULAR_PAST:
            # ("the rig that exploded": "that" is a relative pronoun before a verb)
            return None
        if w.startswith("un") and not w.startswith("under") and w not in vocab.UN_VERBS:
            return None  # "unspecified", "unexpected": adjectives
        if aux in ("be", "been", "have") and len(prev) > 1 and prev[-2] in vocab.FUTURE_AUXILIARIES:
            return "future"
        if aux in ("is", "are", "be", "being"):
            return "present"
        return "past"
    return None


#: A past participle after "has"/"have" (adverbs between): a perfect, "has
#: fallen since Monday", not "has no plans for Monday".
_PARTICIPLE_AFTER = re.compile(
    r"(?:\s+(?:already|not|now|also|just|recently|never|long|since|yet|still|repeatedly|previously))*"
    r"\s+(?:been|(?:be|over)?come|[a-z]+(?:ed|en|wn|ne|un|ung)|%s)\b" % "|".join(sorted(vocab.IRREGULAR_PAST)),
    re.IGNORECASE)


#: Words that are cues whatever their neighbours (lower case).
_CUE_WORDS = (vocab.FUTURE_WORDS | vocab.PRESENT_WORDS | vocab.PERFECT_WORDS | vocab.IRREGULAR_PAST
              | vocab.SCHEDULE_VERBS | vocab.SAME_FORM_PAST)


def _sentence_cues(text: str, left: int, right: int) -> list[tuple[int, int, str | None, str | None]]:
    """(start, end, tense for what precedes, tense for what follows) of every cue."""
    cues = []
    p2 = p1 = ""  # the two words before the current one
    for m in _WORD.finditer(text, left, right):
        w = m.group(0).lower()
        if w in _CUE_WORDS or w.endswith("'ll") or (len(w) > 4 and w.endswith("ed")):
            cue = _cue(w, [p2, p1])
            if w in vocab.PERFECT_WORDS and not _PARTICIPLE_AFTER.match(text, m.end()):
                cue = "present"  # "has no estimate of fourth-quarter results": not a perfect
            if cue is not None:
                before = cue
                if cue == "future" and w in vocab.FORWARD_ONLY_WORDS:
                    before = "past" if w.endswith("ed") else None  # "Friday, it postponed ..."
                cues.append((m.start(), m.end(), before, cue))
        p2, p1 = p1, w
    phrases = []
    for m in _FUTURE_PHRASES.finditer(text, left, right):
        own = _phrase_own_tense(m.group(0)) if m.group("verb") else "future"
        phrases.append((m.start(), m.end(), own, "future"))
    if phrases:  # a word inside a phrase ("is" in "is set to") is no cue of its own
        cues = [c for c in cues if not any(p[0] <= c[0] < p[1] for p in phrases)]
    return cues + phrases


def _is_entry(text: str, start: int, end: int, left: int) -> bool:
    return bool((_HEADING_AFTER.match(text, end) and not text[left:start].strip()) or (
        _ENTRY_AFTER.match(text, end) and _ENTRY_DATE.fullmatch(text[start:end])))


_PAST_AUXILIARIES = frozenset({"was", "were", "had"})


def chronology_past(text: str, start: int, end: int) -> bool:
    """Whether the expression opens a chronology's entry told in the past tense
    ("June 24: Six soldiers were killed ..."): what it dates has happened, however
    near the next such day is. Every tense cue of the entry must be past: an
    entry in the present ("20 April: rig explodes", "July 6: barges lined up are
    seen") may be a schedule's ("June 14: opening match") or a caption's, and
    keeps the nearest day; so does a date inside a line ("between now and
    Nov. 4: ...")."""
    left, right = sentence_bounds(text, start, end)
    if text[left:start].strip() or not _HEADING_AFTER.match(text, end):
        return False
    line_end = text.find("\n", end, right)
    words = list(_WORD.finditer(text, end, right if line_end < 0 else line_end))
    cues = [(i, _word_cue(words, i)) for i in range(len(words))]
    cues = [(i, c) for i, c in cues if c is not None]
    if not cues or not all(c in ("past", "perfect") for _, c in cues):
        return False
    # the first verb must be finite: a past auxiliary, or a verb after a closed apposition
    # ("Corporal J. Smith, 34, died"); "lines used in", "a Tu-154 operated by" are participles
    first = cues[0][0]
    return words[first].group(0).lower() in _PAST_AUXILIARIES or \
        text[end:words[first].start()].rstrip().endswith(",")


def tense_at(text: str, start: int, end: int, cache: dict | None = None) -> str | None:
    """"past", "future", "present" or ``None`` for the expression at ``start:end``.

    ``cache`` (a dict the caller keeps for one text) holds the cues of the
    whole text, read once, so many expressions cost one pass.
    """
    left, right = sentence_bounds(text, start, end)
    if _is_entry(text, start, end, left):
        # a chronology's entry, "March 5 - The council meets ...", "... loyalists 8 August :
        # Saudi Arabia condemns ...": a historic present
        return "past"
    if cache is None:
        cues = _sentence_cues(text, left, right)
    else:
        if "cues" not in cache:
            cache["cues"] = sorted(_sentence_cues(text, 0, len(text)))
            cache["cue_starts"] = [c[0] for c in cache["cues"]]
        lo = bisect.bisect_left(cache["cue_starts"], left)
        hi = bisect.bisect_left(cache["cue_starts"], right)
        cues = cache["cues"][lo:hi]
    # a cue counts only if no clause boundary lies between it and the expression
    # ("said late Monday that he would act": "would" belongs to another clause);
    # when every cue is behind one, the nearest still decides.
    key = (left, right)
    if cache is not None and key in cache:
        walls, clause_starts, commas = cache[key]
    else:
        walls = [m.start() for m in _CLAUSE_BOUNDARY.finditer(text, left, right)]
        clause_starts = [m.end() for m in _CLAUSE_START.finditer(text, left, right)]
        commas = [m.start() for m in _COMMA.finditer(text, left, right) if not _WHEN_AFTER.match(text, m.end())]
        if cache is not None:
            cache[key] = walls, clause_starts, commas
    # An expression that opens its clause ("On Friday, ...", "..., and on Wednesday,
    # the White House called ...") belongs to the clause's verb after it; the cues
    # before the clause's start are behind a wall.
    clause_start = max((c for c in clause_starts if c <= start), default=left)
    fronted = len(_WORD.findall(text, clause_start, start)) <= FRONTED_WORDS
    walls_before = walls + [clause_start] if fronted and clause_start > left else walls
    # Otherwise a comma after the expression closes its clause ("The minister, who
    # arrived on Monday, will leave ...", "The strike, scheduled for Friday, was
    # called off"): a wall for the cues behind it.
    walls_after = walls if fronted else walls + [c for c in commas if c >= end]
    buts = [m.start() for m in _BUT.finditer(text, end, right)] if "but" in text[end:right].lower() else []

    def closes_clause(s: int, e: int) -> bool:
        """No other cue after the one at s:e before its clause ends."""
        stop = min((w for w in walls if w >= e), default=right)
        return not any(e <= c[0] < stop and c[1] <= right for c in cues)
    best: tuple[int, int, str] | None = None
    fallback: tuple[int, int, str] | None = None
    for s, e, before, after in cues:
        if e > right:
            continue
        walled = False
        if e <= start:
            # prefer the verb before the expression on ties ("said Friday" vs "Friday said")
            rank, cue = (start - e, 0), after
        elif s >= end:
            if not fronted and text[s:e].lower() in vocab.REPORTING_VERBS \
                    and _REPORTING_GAP.search(text, end, s) and closes_clause(s, e):
                # "will travel on Friday, his office said": a report closing the
                # sentence is not the event ("..., the White House said officials
                # would return" is: it goes on)
                continue
            rank, cue = (s - end, 1), before
            # a verb right after "and" heads another verb phrase ("met him on Tuesday
            # and will meet ..."), not "the earthquake and tsunami caused"; "but"
            # always opens another clause ("... on Thursday but activists say ...")
            walled = any(b < s for b in buts) or _COORDINATED.search(text, max(end, s - 40), s) is not None
        else:
            continue  # inside the expression itself
        if cue is None:
            continue
        lo, hi = (e, start) if e <= start else (end, s)
        if walled or any(lo <= w < hi for w in (walls_before if e <= start else walls_after)):
            if cue == "present" or text[s:e].lower() in vocab.SCHEDULE_VERBS:
                continue  # a present verb in another clause is too weak a cue ("20 April: ... begins")
            if fallback is None or rank < fallback[:2]:
                fallback = (rank[0], rank[1], cue)
            continue
        if best is None or rank < best[:2]:
            best = (rank[0], rank[1], cue)
    best = best or fallback
    return best[2] if best else None


#: Words read back from an expression to its governing verb ("died in a suicide
#: attack on a mosque in January": 8 words back to "died").
GOVERNING_REACH_WORDS = 10


def _word_cue(words: list, i: int) -> str | None:
    """The tense cue of ``words[i]`` given the two words before it."""
    w = words[i].group(0).lower()
    if not (w in _CUE_WORDS or (len(w) > 4 and w.endswith("ed"))):
        return None
    prev = [words[j].group(0).lower() for j in (i - 2, i - 1) if j >= 0]
    prev = [""] * (2 - len(prev)) + prev
    cue = _cue(w, prev)
    if cue == "past" and (w in vocab.PERFECT_WORDS or prev[-1] in vocab.PERFECT_WORDS):
        return "perfect"
    return cue


def _modal_future(words: list, i: int, cue: str | None, modal_only: bool) -> str | None:
    """``cue`` unless ``modal_only`` and it is a future not made by "will"/"shall"
    two words back ("will be held" is; "would be investigated", "expected" are not)."""
    if modal_only and cue == "future":
        before = words[i - 2].group(0).lower() if i >= 2 else ""
        if not (before in vocab.FUTURE_MODALS or before.endswith("'ll")):
            return None
    return cue


def _read_back(text: str, words: list, start: int, modal_only: bool = False) -> str | None:
    for i in range(len(words) - 1, max(-1, len(words) - 1 - GOVERNING_REACH_WORDS), -1):
        m = words[i]
        w = m.group(0).lower()
        if _CLAUSE_BOUNDARY.search(text, m.end(), words[i + 1].start() if i + 1 < len(words) else start):
            return None
        if w == "to" and i + 1 < len(words) and (
                words[i + 1].group(0).lower() in vocab.DETERMINERS or words[i + 1].group(0)[0].isupper()):
            continue  # a preposition: "sold to a rival in January"
        if w in vocab.FUTURE_MODALS or w.endswith("'ll"):
            return "future"
        if w in vocab.GOVERNING_STOP_WORDS:
            return None
        cue = _modal_future(words, i, _word_cue(words, i), modal_only)
        if cue is not None:
            return cue if cue in ("past", "future") else None
        if modal_only and _word_cue(words, i) is not None:
            return None
    return None


#: A fronted expression ("In January, the company hired ...") before its clause's
#: verb: at most this many words before it in the sentence.
FRONTED_WORDS = 2


def governing_tense(text: str, start: int, end: int, modal_only: bool = False) -> str | None:
    """"past" or "future" when the verb governing the expression says so plainly.

    Reads back at most ``GOVERNING_REACH_WORDS`` words in the clause to the
    nearest verb: a finite past verb ("died ... in January") gives "past", a
    future modal ("will hold talks in January") "future"; "to" (an aim:
    "agreed to buy it in January"), other modals, participles after a
    determiner or after "has"/"have" give ``None``. A fronted expression
    ("In January, the company hired ...") reads forward to its clause's verb.
    """
    left, right = sentence_bounds(text, start, end)
    words = list(_WORD.finditer(text, left, start))[-(GOVERNING_REACH_WORDS + 2):]
    if words and not _CLAUSE_BOUNDARY.search(text, words[-1].end(), start):
        found = _read_back(text, words, start, modal_only)
        if found is not None or len(words) > FRONTED_WORDS:
            return found
    if not re.match(r"\s*,", text[end:end + 3]):
        return None
    after = list(_WORD.finditer(text, end, right))[:GOVERNING_REACH_WORDS]
    for i, m in enumerate(after):
        if _CLAUSE_BOUNDARY.search(text, after[i - 1].end() if i else end, m.start()):
            return None
        w = m.group(0).lower()
        if w in vocab.FUTURE_MODALS or w.endswith("'ll"):
            return "future"
        if w in vocab.GOVERNING_STOP_WORDS:
            return None
        cue = _word_cue(after, i)
        if cue is not None:
            cue = _modal_future(after, i, cue, modal_only)
            return cue if cue in ("past", "future") else None
    return None


def deadline_before(text: str, start: int) -> bool:
    """Whether a word that sets a deadline precedes ``start`` in its sentence.

    For an expression after "by"/"until": "extended the ceasefire until
    Tuesday", "gave the ministry until January 31", "must report by Friday"
    point forward from the sentence's time, whatever the verb's tense
    ("fighting went on until Tuesday" has none and reads back).
    """
    left, _ = sentence_bounds(text, start, start)
    words = list(_WORD.finditer(text, left, start))[-GOVERNING_REACH_WORDS - 4:]
    if len(words) >= 2 and words[-2].group(0).lower() in vocab.PERFECT_WORDS | {"had"}:
        return True  # "has until", "have until", "had until"
    return any(m.group(0).lower() in vocab.DEADLINE_WORDS for m in words)



#: Words read back from an expression to a "since" or an unplanned happening
#: that it dates ("since the explosion aboard the rig on 20 April": 8 words).
PAST_PHRASE_REACH_WORDS = 10


def past_by_phrase(text: str, start: int) -> bool:
    """Whether the expression at ``start`` dates something that has happened,
    whatever the sentence's tense: it closes a phrase opened by "since" or by
    "after the" and the noun of an unplanned happening ("will mark the first
    time since the explosion aboard the rig on 20 April", "will reopen after
    the blast at the plant on 12 May"). Read back in its clause up to ``PAST_PHRASE_REACH_WORDS``
    words, not across a comma or a coordinator ("since 2008, and futures for
    April"); a verb on the way governs instead ("since he will arrive on Monday"),
    and a noun after the happening's noun takes the date from it ("explosion
    victims on 20 April").
    """
    left, _ = sentence_bounds(text, start, start)
    words = list(_WORD.finditer(text, left, start))[-PAST_PHRASE_REACH_WORDS:]
    for i in range(len(words) - 1, -1, -1):
        following = words[i + 1].start() if i + 1 < len(words) else start
        if _CLAUSE_BOUNDARY.search(text, words[i].end(), following) or "," in text[words[i].end():following]:
            return False
        w = words[i].group(0).lower()
        if w in vocab.COORDINATORS:
            return False  # another phrase: "since September, and futures for April"
        if w == "since":
            return True
        if w in vocab.UNPLANNED_EVENT_NOUNS:
            # only after "after"/"following" ("after the blast at the plant on 12 May"): a
            # verb's object keeps the verb's tense ("will halt the spill in August", "will
            # be questioned about the disaster on Thursday")
            opener = {m.group(0).lower() for m in words[max(0, i - 4):i]} & vocab.AFTER_WORDS
            nxt = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
            return bool(opener) and (i + 1 == len(words) or nxt in vocab.EVENT_NOUN_FOLLOWERS)
        if w in vocab.FUTURE_MODALS or _word_cue(words, i) is not None:
            return False
    return False


#: Words read back from a weekday for a word that puts it ahead.
AHEAD_REACH_WORDS = 12

#: Punctuation that ends the stretch read back: a comma, a quote mark, a bracket, a dash.
_AHEAD_WALL = re.compile(r"[,;:()\"“”`]|''|--|-[LR]RB-")

#: A quoted name of at most four words, without punctuation ("`` top kill ''").
_SHORT_QUOTE = re.compile(r"(?:``|“)(?:\s*[A-Za-z-]+){1,4}\s*(?:''|”)")


def _clause_words(text: str, start: int) -> list:
    """The last ``AHEAD_REACH_WORDS`` words of the sentence before ``start``."""
    left, _ = sentence_bounds(text, start, start)
    return list(_WORD.finditer(text, left, start))[-AHEAD_REACH_WORDS:]


def _walled(text: str, words: list, i: int, start: int) -> bool:
    """Whether reading back from ``start`` stops at ``words[i]``: a comma, quote mark, bracket or dash
    after it, or a clause word or reporting verb (``vocab.AHEAD_CLAUSE_WALLS``). A short quoted name
    is no wall: "braced for a `` march of millions '' Tuesday"."""
    following = words[i + 1].start() if i + 1 < len(words) else start
    wall = _AHEAD_WALL.search(text, words[i].end(), following)
    if wall and not any(m.start() <= wall.start() < m.end() for m in _SHORT_QUOTE.finditer(text, words[0].start(), start)):
        return True
    return words[i].group(0).lower() in vocab.AHEAD_CLAUSE_WALLS


def ahead_in_clause(text: str, start: int) -> bool:
    """Whether the clause before the expression at ``start`` puts it ahead of the time of
    writing: a future modal or a word of expectation ("will", "expected", "scheduled",
    "ahead of", "braced for"; ``vocab.AHEAD_CLAUSE_WORDS``) up to ``AHEAD_REACH_WORDS`` words back, with no comma,
    quote mark, clause word or reporting verb on the way ("..., he told reporters
    Monday" and "that he will leave, he said Friday" stay as they are), and not a plan
    told in the past ("had been scheduled to continue through Wednesday", "was due to").
    """
    words = _clause_words(text, start)
    for i in range(len(words) - 1, -1, -1):
        if _walled(text, words, i, start):
            return False
        w = words[i].group(0).lower()
        if w in vocab.AHEAD_CLAUSE_WORDS:
            after = [m.group(0).lower() for m in words[i + 1:i + 3]]
            if w in vocab.AHEAD_CLAUSE_NEAR_FOLLOWERS and vocab.AHEAD_CLAUSE_NEAR_FOLLOWERS[w] not in after:
                continue
            if w in vocab.AHEAD_CLAUSE_FOLLOWERS and (
                    after[:1] != [vocab.AHEAD_CLAUSE_FOLLOWERS[w]] or w == "due" and after[1:] and after[1] in vocab.DETERMINERS):
                continue
            if w == "ahead":
                return True  # a preposition of the day itself: "have now been sold ahead of Saturday's concert"
            before = {m.group(0).lower() for m in words[max(0, i - 2):i]}
            return not before & vocab.AHEAD_CLAUSE_BLOCKERS
    return False


#: Forms of "be" that make a present progressive with a verb in -ing ("is sending", "'re holding").
_PRESENT_BE = frozenset({"is", "are", "am", "'re", "re", "it's", "he's", "she's", "that's", "there's", "we're",
                         "they're", "you're", "i'm"})

#: Words before "'s" that make it "is" rather than a possessive ("it 's sending", not "judge 's ruling").
_IS_CLITIC_HOSTS = frozenset({"it", "he", "she", "that", "there", "what", "who", "here", "where", "everyone"})

#: Words in -ing that are no verb of a progressive ("is something", "is the evening").
_ING_NOUNS = frozenset({"something", "anything", "nothing", "everything", "thing", "king", "during", "spring",
                        "morning", "evening", "building", "meeting", "wedding", "ceiling", "string", "ring", "wing"})


def _present_be(words: list, j: int) -> bool:
    """Whether ``words[j]`` is a present form of "be"; "'s" only after a pronoun ("it 's sending",
    not the possessive of "the judge 's ruling")."""
    w = words[j].group(0).lower()
    if w in ("'s", "s"):
        return j > 0 and words[j - 1].group(0).lower() in _IS_CLITIC_HOSTS
    return w in _PRESENT_BE


def progressive_ahead(text: str, start: int) -> bool:
    """Whether the verb nearest before the weekday at ``start`` in its clause is a present
    progressive ("is sending an envoy to Damascus on Monday", "are gathering on Monday and plan
    to ..."): with a day other than today it speaks of a plan, so the day is ahead. Read back up to
    ``AHEAD_REACH_WORDS`` words with the walls of ``ahead_in_clause``; another verb on the way
    governs instead ("are protesting the killing of a man on Monday" dates the killing), and so
    does the noun of an unplanned happening ("is investigating a shooting on Friday")."""
    words = _clause_words(text, start)
    if words and words[-1].group(0) in ("On", "By", "At", "In") and len(words) > 1:
        return False  # a sentence whose stop is missing: "... with their lives On Friday one young man"
    for i in range(len(words) - 1, -1, -1):
        if _walled(text, words, i, start):
            return False
        w = words[i].group(0).lower()
        if w in vocab.UNPLANNED_EVENT_NOUNS:
            return False
        if len(w) > 4 and w.endswith("ing") and w not in _ING_NOUNS:
            prev = [_present_be(words, j) for j in range(max(0, i - 2), i)]
            if prev[-1:] == [True] or len(prev) == 2 and prev[0] and (
                    words[i - 1].group(0).lower().endswith("ly") or words[i - 1].group(0).lower() in vocab.PROGRESSIVE_ADVERBS):
                return True  # "is sending", "are now holding", "is quietly preparing"
            if _word_cue(words, i) is not None:
                return False
            continue  # a gerund or an adjective: "a rally calling for ...", read on
        if w in vocab.FUTURE_MODALS or _word_cue(words, i) is not None:
            return False
    return False
