"""An extractive headline: the clause of the quote that reports the happening, in its own words.

A title built from pieces of a sentence (subject, trigger, object) reads well when the pieces are
found right, and garbled when they are not ("Thursday gives speech", "Grassroots activist group
killed" for a group that *reported* killings). The audit of 2026-12-02 found 37 of 65 sampled
titles unacceptable, most of them built that way. The sentence's own clause keeps its subject,
its verb and their order: this module cuts it from the quote, at a clause boundary, within the
length a headline allows, and ``describe`` uses it where the built title shows the marks of a
bad one (``suspect``).
"""
from __future__ import annotations

import re

from .events.grammar import present

#: A headline's length limit (characters), as in ``describe``.
LIMIT = 90

_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .,'-]{1,40}\s*\|\s*[^|]{0,60}\|\s*)?"  # "BEIRUT | Mon Aug 22, 2011 3:20 pm EDT "
    r"(?:[A-Z][A-Z .,']{2,40}\s*)?"  # "CAIRO ", "WASHINGTON, D.C. "
    r"(?:\((?:Reuters|CNN|AP|AFP|BBC)\))?\s*[-–—]+\s+")  # "(Reuters) - "
_OPENERS = re.compile(
    r"^(?:(?:on|by|late|early|earlier|later|since|after|before|in|at|during)\s+[^,]{1,40},\s+|"
    r"(?:meanwhile|however|separately|also|but|and|still|now|yesterday|today|then|instead|"
    r"in a statement|in an interview)\s*,?\s+)", re.I)
#: Words after which a headline may not end (it would be cut mid-phrase).
_DANGLING = frozenset("""the a an of to with over if that and or for in on at by from his her its their
this these those as than into onto about after before while when which who whose whom where be was
were is are been being has have had will would could should can may might must not no said says say
told tells also very more most""".split())
_SUBORDINATE = frozenset("""despite although though while when after before because since as if unless
whereas following amid during""".split())
_BOUNDARY = re.compile(r",\s+(?!\d{4}\b)|;\s+|:\s+|\s+--\s+|\s+(?=(?:and|but|while|which|who|after|as|when|"
                       r"because|although|though|following|amid|despite|before|since|where)\s)")
_WHEN = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                   r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|"
                   r"(?:last|this)\s+(?:week|weekend|month|morning|evening|night|winter|summer|spring|autumn))\b")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PRONOUN_INSIDE = re.compile(r"\s(?:it|they|he|she|them|him|we)\s", re.I)


def _untokenize(text: str) -> str:
    text = re.sub(r"-LRB-", "(", text)
    text = re.sub(r"-RRB-", ")", text)
    text = re.sub(r"``|''", '"', text)
    text = re.sub(r"\s+(['’](?:s|re|ve|ll|d|m)|n't)\b", r"\1", text)
    text = re.sub(r"([$£€(])\s+", r"\1", text)
    text = re.sub(r"\s+([,;:!?.%)])", r"\1", text)
    text = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', text)
    return " ".join(text.split())


def suspect(title: str) -> str | None:
    """Why a built title looks garbled or cut, or None."""
    words = title.split()
    if len(words) < 3:
        return "a fragment"
    first, last = words[0].lower().strip(",."), words[-1].lower().strip(",.")
    if first in _SUBORDINATE or first in _WEEKDAYS:
        return "starts with a subordinate word or a weekday"
    if last in _DANGLING:
        return "cut mid-phrase"
    if _PRONOUN_INSIDE.search(f" {' '.join(words[1:])} "):
        return "a pronoun with no antecedent"
    if len(title) > LIMIT:
        return "too long"
    return None


def garbled(title: str, quote: str) -> str | None:
    """Why a built title misreports its sentence, or None: its subject must stand in the quote
    and be followed closely by its verb ("Grassroots activist group killed" for a group that
    *said* people were killed; "UK says" where a bank said it)."""
    from lemminflect import getAllLemmas

    words = title.split()
    quote_words = [w.lower() for w in _untokenize(quote).replace(",", " ").split()]
    for k, word in enumerate(words[1:], start=1):
        low = word.lower()
        verbs = getAllLemmas(low).get("VERB", ())
        if not verbs or ({"NOUN", "ADJ", "PROPN"} & set(getAllLemmas(low)) and not low.endswith(("s", "ed"))):
            continue
        subject_end = words[k - 1].lower()
        spots = [i for i, w in enumerate(quote_words) if w == subject_end]
        if not spots:
            return "its subject is not in the sentence"
        for i in spots:
            for w in quote_words[i + 1:i + 4]:
                if set(getAllLemmas(w).get("VERB", ())) & set(verbs):
                    return None
        return "its verb does not follow its subject in the sentence"
    return None


def has_verb(text: str) -> bool:
    """Whether a clause has a finite verb after its first word (a clause, not a name or a list)."""
    from lemminflect import getAllLemmas

    for word in text.split()[1:]:
        low = word.lower().strip(",.")
        readings = getAllLemmas(low)
        if low in ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
                   "might", "must", "should"):
            return True
        if "VERB" in readings and (_PAST.fullmatch(low) or low.endswith("s") and "NOUN" not in readings):
            return True
    return False


_PRONOUN_START = re.compile(r"^(?:they|he|she|it|this|that|these|those|we|i|you|there)\b", re.I)


def extract(quote: str, trigger: str, keep: str = "") -> str | None:
    """The quote's clause that holds the trigger, as a headline of at most ``LIMIT`` characters,
    its main verb in the present tense where the sentence opens with subject and verb; None
    when no such clause can be cut, or when it lacks a name the built title ``keep`` gives (one
    sentence may report two happenings: "cases in Indonesia last week and in Liberia on Monday")."""
    text = _DATELINE.sub("", _untokenize(quote.strip()))
    text = _OPENERS.sub("", text).strip().rstrip(".")
    text = _WHEN.sub("", text)  # the entry shows its date: "on Tuesday" is no headline's business
    if not text or text[:1] in "\"'(":
        return None  # a quotation or an aside: no headline in its own words
    at = text.lower().find(trigger.lower()) if trigger else -1
    if at < 0:
        at = 0
    # cut at the first clause boundary after the trigger's clause, within the limit
    cuts = [m.start() for m in _BOUNDARY.finditer(text) if m.start() > at + len(trigger)]
    end = next((c for c in cuts if c <= LIMIT), None)
    if end is None:
        if len(text) <= LIMIT:
            end = len(text)
        else:
            return None
    head = text[:end].strip(" ,;:-")
    # a clause that opens with a subordinate word is background, not the headline
    if head.split()[0].lower() in _SUBORDINATE or len(head.split()) < 4:
        return None
    if head.split()[-1].lower().strip(",.") in _DANGLING:
        return None
    if not has_verb(head) or _PRONOUN_START.match(head):
        return None  # "A grassroots activist group", "They formed in 2007": no headline
    names = {w.strip(",.'\"") for w in keep.split()[1:] if w[:1].isupper()}
    if any(name and name not in head for name in names):
        return None
    head = _to_present(head)
    return head[:1].upper() + head[1:]


_PAST = re.compile(r"(?<![-\w])([a-z]+ed|said|told|took|gave|made|went|came|fell|rose|held|met|won|lost|left|"
                   r"sent|struck|began|broke|led|fled|found|saw|shot|hit|set|put|cut|quit|ran|sank|"
                   r"spoke|wrote|chose|drew|grew|knew|threw|flew)(?![-\w])")


def _to_present(head: str) -> str:
    """'Rebels seized the town' -> 'Rebels seize the town': the first past verb after a subject of
    two words or more takes headline tense (``grammar.present``); passives and others stay."""
    match = _PAST.search(head)
    if match is None or match.start() == 0:
        return head
    subject = head[:match.start()].strip()
    if len(subject.split()) > 8 or subject.split()[-1].lower() in ("was", "were", "had", "has", "have",
                                                                    "been", "be", "is", "are", "the", "a"):
        return head
    try:
        verb = present(match.group(1), subject)
    except Exception:  # an irregular form the grammar table lacks: keep the sentence's own
        return head
    return head[:match.start()] + verb + head[match.end():] if verb else head
