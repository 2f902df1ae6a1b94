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
from functools import lru_cache

from .events.grammar import plural_subject, present

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
told tells also very more most some any""".split())
_SUBORDINATE = frozenset("""despite although though while when after before because since as if unless
whereas following amid during""".split())
_BOUNDARY = re.compile(r",\s+(?!\d{4}\b)|;\s+|:\s+|\s+--\s+|\s+(?=(?:and|but|while|which|who|after|as|when|"
                       r"because|although|though|following|amid|despite|before|since|where)\s)")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_WHEN = re.compile(
    rf"(?:^|\s+)(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:(?:(?<!the\s)|(?=\w+\s+(?-i:[a-z])))(?:{'|'.join(_WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:late\s+|early\s+)?(?:yesterday|today|tonight)|(?:late\s+|early\s+|earlier\s+|later\s+)?(?:last|this)\s+"
    r"(?:week|weekend|month|morning|afternoon|evening|night|year))\b(?!['’]|\s+(?:was|is|saw|sees|began|begins|"
    r"marked|marks|will|has|had)\b)", re.I)  # "Thursday was the first day": the subject stays

_PRONOUN_INSIDE = re.compile(r"\s(?:it|they|he|she|them|him|we)\s", re.I)


def _untokenize(text: str) -> str:
    text = text.replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
    text = re.sub(r"``|''", '"', text).replace("\\/", "/")
    text = re.sub(r"\s+(['’](?:s|re|ve|ll|d|m)|n't)\b", r"\1", text)
    text = re.sub(r"([$£€(\[])\s+", r"\1", text)
    text = re.sub(r"\s+([,;:!?.%)\]])", r"\1", text)
    text = re.sub(r"(\d):\s+(\d\d)\b", r"\1:\2", text)  # "16 : 53" is a time
    text = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', text)
    return " ".join(text.split())


def subject_verb(title: str) -> bool:
    """Whether a two-word title is a whole headline: a noun subject and its verb in the present
    ("Protests begin", "Mubarak resigns", "Well explodes"), not a verb of speech with nothing said
    ("Officials say"), a weekday ("Friday dawns") or a bare participle. ``ill_formed`` calls every
    title of two words a fragment; ``describe`` takes one of these only where nothing longer reads
    as a headline."""
    words = title.split()
    if len(words) != 2 or not all(w.isalpha() for w in words) or not words[0][:1].isupper():
        return False
    subject, verb = words[0].lower(), words[1]
    if subject in _WEEKDAYS or subject in _MONTH_NAMES or verb in _SPEECH_VERBS or not verb.islower():
        return False
    if "NOUN" not in _readings(subject) or not words[0][1:].islower():
        return False  # "Struck"; a name alone ("Mexico closes", "BP begins") is the wrong subject too often
    from lemminflect import getInflection
    lemmas = [lemma for lemma in _readings(verb).get("VERB", ()) if lemma in _WHOLE_ALONE]
    plural = plural_subject(words[0], speaker=False)
    return any(verb in getInflection(lemma, "VBP" if plural else "VBZ") for lemma in lemmas)


#: verbs that make a whole headline with their subject alone ("Talks collapse"); a verb that asks
#: for an object ("Coup topples") does not
_WHOLE_ALONE = frozenset("""begin start end resume continue resign die explode erupt collapse fall sink crash
flee surrender quit abdicate retire fail escalate spread stall sputter close reopen open win lose
strike arrive leave return riot""".split())


def suspect(title: str) -> str | None:
    """Why a built title looks garbled or cut, or None."""
    words = title.split()
    if len(words) < 3:
        return "a fragment"
    first, last = words[0].lower().strip(",."), words[-1].lower().strip(",.")
    if first in _SUBORDINATE or first in _WEEKDAYS or first in ("yesterday", "today", "tonight", "tomorrow"):
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
    words = title.split()
    quote_words = [w.lower() for w in _untokenize(quote).replace(",", " ").split()]
    for k, word in enumerate(words[1:], start=1):
        low = word.lower()
        verbs = _readings(low).get("VERB", ())
        if not verbs or ({"NOUN", "ADJ", "PROPN"} & set(_readings(low)) and not low.endswith(("s", "ed"))):
            continue
        subject_end = words[k - 1].lower()
        spots = [i for i, w in enumerate(quote_words) if w == subject_end]
        if not spots:
            return "its subject is not in the sentence"
        for i in spots:
            for j, w in enumerate(quote_words[i + 1:i + 4], start=i + 1):
                if set(_readings(w).get("VERB", ())) & set(verbs):
                    return _misplaced(words[:k], quote_words, i, j) or _said_then(words)
        return "its verb does not follow its subject in the sentence"
    return None


def _misplaced(subject: list[str], quote_words: list[str], end: int, verb: int) -> str | None:
    """Why a built title's subject is not the verb's own in the sentence, or None: a relative
    clause's verb given to the larger phrase ("Owner of the rig explodes" from "the owner of the rig
    that exploded"), or a subject that stands after a preposition in the sentence ("Hurricane
    Katrina were not impressed" from "locals who saw the response to Hurricane Katrina were not
    impressed")."""
    if any(w in ("that", "which", "who") for w in quote_words[end + 1:verb]) and \
            any(_word(w) == "of" for w in subject):
        return "a relative clause's verb given to a larger phrase"
    start = end - len(subject) + 1
    if start > 1 and quote_words[start - 1] in ("the", "a", "an"):
        start -= 1  # "on the Drava": the article is the phrase's too
        subject = ["the"] + subject
    if start > 0 and quote_words[start - 1] in _PREPOSITIONS | {"to"} and \
            not any(w in ("that", "which", "who") for w in quote_words[end + 1:verb]) and \
            [_word(w) for w in subject] == [w.strip(".;:'\"") for w in quote_words[start:end + 1]]:
        return "its subject stands after a preposition in the sentence"
    return None


def _said_then(words: list[str]) -> str | None:
    """A built title that keeps a past verb of speech before its own verb ("Ham said no Libyan
    aircraft begins"): two clauses run together."""
    said = next((k for k, w in enumerate(words) if _word(w) in ("said", "told")), None)
    if said is not None and any(w[:1].islower() and _verb_s(_word(w)) for w in words[said + 1:]):
        return "a verb of speech and another clause run together"
    return None


def has_verb(text: str) -> bool:
    """Whether a clause has a finite verb after its first word (a clause, not a name or a list)."""
    for word in text.split()[1:]:
        low = word.lower().strip(",.")
        readings = _readings(low)
        if low in ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
                   "might", "must", "should"):
            return True
        if "VERB" in readings and (_PAST.fullmatch(low) or low.endswith("s") and "NOUN" not in readings):
            return True
    return False


def reported_verb(text: str) -> bool:
    """Whether what a verb of speech reports ("x " + its words) has a finite verb: ``has_verb``, and
    past forms are read from lemminflect's tables ("spent", "bought"), not only "-ed"; a form
    that is a noun too ("captures", "cuts") counts after a pronoun or a name ("this captures
    only 1,360 barrels", "BP cuts"), not after an article or a preposition ("the cuts")."""
    if has_verb(text):
        return True
    words = text.split()
    for prev, word in zip(words, words[1:]):
        low = word.lower().strip(",.")
        readings = _readings(low)
        if "VERB" not in readings or not word[:1].islower():
            continue
        before = _word(prev)
        if before in _DETERMINERS - _SUBJECT_DETERMINERS or before in _PREPOSITIONS:
            continue
        if _past(low) and "NOUN" not in readings and "ADJ" not in readings:
            return True  # "it spent", "rebels fought"
        if low.endswith("s") and (before in _SUBJECT_DETERMINERS or prev[:1].isupper()
                                  or before in ("it", "he", "she", "who", "which")) and _verb_s(low, noun=True):
            return True  # "this captures", "BP cuts", "it rises"
    return False


#: determiners that stand alone as a subject: "this captures only 1,360 barrels"
_SUBJECT_DETERMINERS = frozenset("this that".split())


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


# The clause cutter: the sentence's own clause for the happening, cut down to a headline.

_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"'][.!?])\s+(?=[\"“]?[A-Z])"
                           # a live blog's entry stamp ("... in the Gulf 12.23 BST The rig ..."): a new entry
                           r"|\s+\d{1,2}[.:]\d{2}\s*(?:BST|GMT|CET|CEST|EST|EDT|ET|PT)\s+(?=[\"“]?[A-Z])")
_ASIDE = re.compile(r"\s*\([^()]{0,120}\)|\s*\[[^\[\]]{0,120}\]")
#: an insertion between a pair of dashes ("the danger that Egypt -- should Mubarak exit -- could fall")
_DASHED = re.compile(r"\s+(--|—|–)\s+[^\x00—–]{1,100}?(?<!-)\s+\1\s+")
_REPORTING = (r"said|says|told\s+(?:[A-Z][\w.]*\s*){1,3}|told\s+(?:reporters|journalists|the\s+\w+)|reported|reports|"
              r"announced|confirmed|claimed|stated|added|insisted|warned|estimated|noted")
_LEAD_ATTRIBUTION = re.compile(
    rf"^(?P<who>[^,;:\"]{{2,60}}?)\s+(?:(?:also|later|earlier)\s+)?\x00?(?:{_REPORTING})"
    rf"(?:\s+on\s+\w+)?(?:\s*,)?(?:\s+that)?\s+(?P<rest>.+)$")
_TAIL_ATTRIBUTION = re.compile(
    rf"^(?P<rest>.+?),[\"”]?\s+(?:(?P<who1>[^,;:\"]{{2,50}}?)\s+\x00?(?:{_REPORTING})|\x00?(?:said|says)\s+(?P<who2>[^,;:\"]{{2,50}}))"
    rf"(?:\s*,.*|\s+on\s+\w+.*|\s+in\s+an?\s+\w+.*|\s+(?:at|during|in|before|to|from|after|while)\s+(?:the|a|an|his|her|its|their)\s(?:(?!\bthat\b)[^\"])*)?$")
_ACCORDING = re.compile(r",?\s+according\s+to\b.*$")
_OPENER = re.compile(
    r"^(?:(?:after|before|when|while|as|since|although|though|despite|following|amid|in|on|at|during|by|with|"
    r"under|earlier|later|meanwhile|however|but|and|also|separately|still|yet|now|then|instead|elsewhere|"
    r"afterwards?|on\s+\w+)\b[^,;]{0,80},\s+"
    r"|(?:meanwhile|however|but|and|also|separately|still|yet|now|then|instead|elsewhere|afterwards?)\s+"
    r"|[A-Z][a-z]+ing\b[^,;\x00]{0,80},\s+"  # "Speaking after the vote, ..."
    r"|[A-Z][a-z]+ly(?:\s+[a-z]+ed)?,?\s+"  # "Unfortunately, ...", "Appropriately panicked, ..."
    r"|(?:over|during|at|in|on)\s+the\s+(?:weekend|week|night|day|morning|evening|afternoon)\s+(?=[a-z]+\s))", re.I)
_INSERTION = re.compile(
    r",\s+(?:(?:who|which|whose|where|a|an|the|his|her|its|their|now|then|also|himself|herself|itself)\b|"
    r"[\w'’.-]+['’]s\s|[a-z]+ing\s|(?:officials|police|witnesses|activists|sources|analysts|he|she|they|it)\s+(?:said|say|says)\b)"
    r"[^,;:\"]{0,80}?,\s+")
_LEFT = re.compile(r"(?:^(?:when|while|as|after|before|since|although|though|once|because|and|but)\s+|[;:]\s+|\s+-\s+|,\s+(?:and|but|while|whereas)\s+|\s+--\s+|\s+[–—]\s+|"
                   r"(?:,\s+|\s+)(?:while|whereas|after|before|since|because|although|though|when|where|which|who|"
                   r"that|if|until|following|amid|despite|once|as)\s+)", re.I)
_RIGHT = re.compile(r"(?:[;:]\s+|\s+-\s+|\s+--\s+|\s+[–—]\s+|,\s+|"
                    r"\s+(?:while|whereas|because|although|though|when|where|which|who|following|amid|despite|"
                    r"according|saying|adding|prompting|as\s+(?!well|many|much|part|of)|after|before|since|"
                    r"but|so\s+that|in\s+order)\s+)", re.I)
_CUT_BEFORE = re.compile(r"\s+(?=(?:in|on|at|for|with|from|near|over|during|into|against|across|outside|inside|"
                         r"amid|after|before|by|following|and|but|under|between|among|through|since|until|"
                         r"as|than|about|around)\s|(?:of|to)\s+[a-z])", re.I)  # not "of America": a name
_SCENE = re.compile(r"\s+(?:at|in|during|on)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?")
_PRONOUN = frozenset("he she it they we i you this that these those there his her its their our my your".split())
_AUX_PASSIVE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?=(\w+)\b)", re.I)
_PERFECT = re.compile(r"\b(has|have|had)\s+(?=(\w+)\b)", re.I)
_FUTURE = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|is\s+due\s+to|are\s+due\s+to)\s+(?=\w)", re.I)


@lru_cache(maxsize=50_000)
def _readings(word: str) -> dict:
    from lemminflect import getAllLemmas
    return getAllLemmas(word.lower())


def _verb_only(word: str) -> bool:
    """A first word that can only be a verb: the clause has no subject ("Saw a truckload ...")."""
    r = _readings(_word(word))
    return bool(r) and not _word(word).endswith("ing") and ("VERB" in r or "AUX" in r) and not ({"NOUN", "PROPN", "ADJ"} & set(r)) and \
        not word[1:2].isupper()


def _participle(word: str) -> str | None:
    """The lemma when ``word`` is a past participle (lemminflect's tables), else None."""
    from lemminflect import getInflection
    for lemma in _readings(word).get("VERB", ()):
        if word.lower() in getInflection(lemma, "VBN"):
            return lemma
    return None


def _past(word: str) -> str | None:
    from lemminflect import getInflection
    for lemma in _readings(word).get("VERB", ()):
        if word.lower() in getInflection(lemma, "VBD") and word.lower() != lemma:
            return lemma
    return None


def _unchanged_past(word: str) -> bool:
    """A verb whose past is its bare form ("hit", "put", "set", "cut", "spread")."""
    from lemminflect import getInflection
    return word in _readings(word).get("VERB", ()) and word in getInflection(word, "VBD") and \
        "NOUN" not in _readings(word) or word in ("hit", "cut", "set", "put", "shut", "spread", "quit", "cost")


def _finite(lemma: str, plural: bool) -> str:
    from lemminflect import getInflection
    if lemma == "be":
        return "are" if plural else "is"  # the tables' first plural present of "be" is "am"
    forms = getInflection(lemma, "VBP" if plural else "VBZ")
    return forms[0] if forms else lemma


_ABBREVIATIONS = frozenset("""gen mr mrs ms dr lt col sgt gov sen rep st u.s jan feb mar apr jun jul aug sep sept oct
nov dec no co a.m p.m corp inc ltd vs prof capt maj adm rev jr sr gen cmdr brig pres dept mt ft""".split())


def _sentence(text: str, mark: str) -> str:
    """The sentence of ``text`` that holds ``mark`` (a quote may run a headline or caption into it)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        word = text[:m.start()].rsplit(None, 1)[-1].rstrip(".!?").lower() if text[:m.start()].strip() else ""
        if word in _ABBREVIATIONS or len(word) == 1:
            continue  # "Gen. Tantawi", "U.S. forces", "John F. Kennedy"
        if mark in text[start:m.start()]:
            return text[start:m.start()]
        start = m.end()
    return text[start:]


def _locate(quote: str, trigger: str, at: int) -> tuple[str, int]:
    """The untokenized quote and where the trigger stands in it (its k-th occurrence)."""
    text = _untokenize(quote.strip())
    if not trigger:
        return text, -1
    first = re.escape(_untokenize(trigger).split()[0]) if _untokenize(trigger).split() else re.escape(trigger)
    pattern = re.compile(rf"(?<![\w-]){first}(?![\w-])", re.I)
    before = len(pattern.findall(_untokenize(quote[:at]))) if at >= 0 else 0
    hits = [m.start() for m in pattern.finditer(text)]
    if not hits:
        return text, -1
    return text, hits[min(before, len(hits) - 1)]


#: Words that may open the phrase after a participle that has no object ("captured by pirates", "placed
#: on the well"); the verbs that then begin the main clause's predicate.
_PARTICIPLE_PHRASE = frozenset("by in on at from into onto to for with over under near off across inside outside "
                               "of against through".split())
_MAIN_VERB = frozenset("is are was were has have had will would could should can may might must".split())
_PHRASE_STOPS = _SUBORDINATE | _PRONOUN | frozenset("and but or that which who whom whose where what".split())
_IN_NOUN_PHRASE = frozenset("of on in at from near".split())  # "Tens of people", "the Haitians on the boat"
_REPORTING = frozenset("say says said tell tells told claim claims believe believes think thinks fear fears "
                       "hope hopes show shows suggest suggests".split())


def _reduced_subject(clause: str, pos: int, trigger: str, dated: bool = True) -> str | None:
    """The subject and its participle phrase, as a passive headline, when the trigger is a past
    participle modifying the clause's subject and another verb is the clause's main one: "Tens of
    people arrested (on Friday) have been released" -> "Tens of people arrested"; "A containment cap
    placed on the well (last week) is now helping" -> "A containment cap placed on the well". The
    trigger's own date (already cut from ``clause``) is the participle's happening, not the main
    verb's, so the headline names the participle's. None when the words before the trigger are not a
    plain noun phrase ("Greenspan seemed perplexed"), when the participle takes an object or a clause
    ("disclosed they are", "confirmed there are"), or when no auxiliary or modal opens a predicate
    right after its phrase ("crossed into Turkey and were housed": a coordinated finite verb). ``dated``
    says whether the citation's date stands in the participle's phrase (``_dates_participle``)."""
    words = trigger.split()
    if not dated or len(words) != 1 or not _participle(_word(words[0])) or _word(words[0]) in _REPORTING:
        return None  # "officials said on 2 May a flock had caught it": a saying is a finite verb
    pos = clause.find(trigger, max(0, pos - 2))
    if pos < 0:
        return None
    before = clause[:pos].split()
    after = clause[pos + len(trigger):].split()
    if not 1 <= len(before) <= 8 or not after:
        return None
    for k, w in enumerate(before):
        low = _word(w)
        if not _NP_WORD.match(w) or low in _MAIN_VERB | _REPORTING | _PHRASE_STOPS - _DETERMINERS - {"and"} \
                or low in _PREPOSITIONS - _IN_NOUN_PHRASE or low.endswith("ing"):
            return None  # "Others say the uprising reported in Tripoli", "lobbies for a resolution": a clause
        readings = set(_readings(low))
        if k and "VERB" in readings and not {"NOUN", "ADJ", "PROPN"} & readings and not w[:1].isupper():
            return None  # "Greenspan seemed (perplexed)": a verb before the trigger, so a clause
    last = before[-1]
    if not (last[:1].isupper() or "NOUN" in _readings(_word(last))) or _word(last) in _PREPOSITIONS | _DETERMINERS \
            | _PRONOUN | {"and"}:
        return None
    phrase: list[str] = []
    for w in after[:10]:
        low = _word(w)
        if low in _MAIN_VERB:
            break
        if low in _PHRASE_STOPS or not _NP_WORD.match(w) or low.endswith("ing") or (
                _verb_only(w) and not _participle(low)):  # "onto the damaged pipe"
            return None
        phrase.append(w)
    else:
        return None
    if phrase and (_word(phrase[0]) not in _PARTICIPLE_PHRASE or _word(phrase[-1]) in _PARTICIPLE_PHRASE | {"to"}):
        return None  # "confirmed the two cases were": an object; "claimed to have": an infinitive
    if any(_word(w) in _DETERMINERS and _word(phrase[k - 1]) not in _PARTICIPLE_PHRASE
           for k, w in enumerate(phrase) if k):
        return None  # "emerged into the strategy the administration is using": another clause's subject
    if not after[len(phrase) + 1:]:
        return None
    title = " ".join(before + [trigger] + phrase)
    return title if len(title) <= LIMIT else None


def _dates_participle(text: str, trigger: str, date_text: str) -> bool:
    """Whether the date stands in the trigger's own phrase, after it and before the next auxiliary
    or modal ("arrested on Friday have been released"), not after the main verb ("robots manipulated
    by engineers will begin work Saturday": the date is the work's)."""
    at = re.search(rf"(?<![\w-]){re.escape(trigger)}(?![\w-])", text)
    when = text.find(_untokenize(date_text), at.end()) if at else -1
    if when < 0:
        return False
    verb = re.search(r"\b(?:" + "|".join(sorted(_MAIN_VERB)) + r")\b", text[at.end():], re.I)
    return verb is not None and when < at.end() + verb.start()


def _undated(clause: str, pos: int, date_text: str) -> str:
    """``clause`` without the date after ``pos`` that the date cut above left in place (it only cuts a
    date before a comma, a preposition or the end: "seized in 2019 will be", "lowered on Sunday is")."""
    date = re.escape(_untokenize(date_text))
    rest = re.sub(rf"(?:\s+(?:on|in|at|during|over|from|until|by|since|last|this))?\s+{date}(?=[\s,.;:]|$)", "",
                  clause[pos:], count=1, flags=re.I)
    return clause[:pos] + rest


@lru_cache(maxsize=50_000)
def cut(quote: str, trigger: str, at: int = -1, date_text: str = "", kind: str = "",
             plural=None) -> str | None:
    """A headline cut from ``quote`` for the happening its ``trigger`` (at offset ``at`` of the quote)
    names, or None when the sentence gives no clause with a subject and a verb that fits."""
    text, pos = _locate(quote, trigger, at)
    if pos < 0:
        return None
    mark = "\x00"
    text = text[:pos] + mark + text[pos:]
    # the sentence that holds the trigger (a quote may run a headline or caption into it)
    text = _sentence(text, mark)
    text = _DATELINE.sub("", text).strip().rstrip(".")
    text = re.sub(r"^\d{4}\s+(?=[A-Z])", "", text)  # a live blog's "1959 The earthquake has ..."
    if text[:text.index(mark)].count('"') % 2:
        return None  # the trigger is in someone's quoted words: "swore a pact to the devil"
    for _ in range(3):
        text = _ASIDE.sub(lambda m: m.group(0) if mark in m.group(0) else "", text)
    text = _DASHED.sub(" ", text)
    # the time of the happening is on the entry already
    if date_text:
        dt = re.escape(_untokenize(date_text))
        text = re.sub(rf"(?:^|\s+)(?:(?:late|early|earlier|later)\s+)?(?:(?:on|in|at|during|of|from|until|since|late|early|this|last|"
                      rf"over|through|throughout)\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
                      rf"(?:(?:late|early|mid)[\s-]+)?(?:the\s+|a\s+)?{dt}(?:\s+(?:night|morning|afternoon|evening)(?=[,.;:]|$|\s+(?:in|at|on|during|off|near)\b))?"
                      r"(?=[,.;:]|$|\s+(?:and|but|in|at|on|to|for|with|by|after|before|when|as|that|while|from|"
                      r"night|morning|afternoon|evening)\b)", "", text, count=1, flags=re.I)
        # "at Wednesday's awards ceremony", "since the 12 January earthquake": the noun stays
        # "since this year's protests broke out" with the date "since this year": the "since" stays
        head = re.match(r"(since|in|on|at|from|until|by|during|after|before)\s+(.+)", _untokenize(date_text), re.I)
        if head:
            text = re.sub(rf"\b({re.escape(head.group(1))})\s+{re.escape(head.group(2))}['’]s\s+", r"\1 the ", text,
                          count=1, flags=re.I)
        text = re.sub(rf"\b(?:the\s+)?{dt}['’]s\s+", "the ", text, count=1)
        text = re.sub(rf"\bthe\s+{dt}\s+(?=[a-z])", "the ", text, count=1)
        text = text.strip(" ,")
    text = _WHEN.sub("", text).strip(" ,")
    text = re.sub(r"\s*\b(?:a\s+few|a\s+couple\s+of|a|an|few|several|some|many|\d[\d,.]*|one|two|three|four|five|six|"
                  r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+(?:\w+\s+)?"
                  r"(?:days?|weeks?|months?|years?|decades?)\s+ago\b", "", text, flags=re.I)
    attribution = ""
    m = _TAIL_ATTRIBUTION.match(text) if kind == "statement" else None
    if m and mark not in m.group("rest") and not _PERSONAL.search(m.group("rest")) \
            and _quoted_whole_or_inside(m.group("rest")):
        # "Content, X said" and '"Content," X said': X says content (a quotation in the third
        # person reads as reported speech; one in the first person stays someone's words)
        who = m.group("who1") or m.group("who2")
        if not _PRONOUN_RE.match(who) and len(who.split()) <= 6:
            rest = m.group("rest").lstrip('"“ ')
            first = rest.split()[0]
            second = rest.split()[1:2]
            if first[1:].islower() and "PROPN" not in _readings(first) and _readings(first) \
                    and not (second and second[0][:1].isupper()):  # "Ford Motor Co shares may rise"
                rest = rest[:1].lower() + rest[1:]  # "Talks will resume": "... says talks will resume"
            text = f"{who} {mark}{'say' if plural_subject(who, speaker=True) else 'says'} {rest}"
            trigger = "says"
    elif kind != "statement":
        m = _LEAD_ATTRIBUTION.match(text)
        if m and mark in m.group("rest") and len(m.group("who").split()) <= 6:
            attribution, text = m.group("who"), m.group("rest")
        else:
            m = _TAIL_ATTRIBUTION.match(text)
            if m and mark in m.group("rest"):
                who = m.group("who1") or m.group("who2")
                attribution, text = (who if len(who.split()) <= 5 else ""), m.group("rest")
    if mark in (_ACCORDING.search(text) or [""])[0]:
        return None  # "according to a briefing": the trigger is the source, not the happening
    text = _ACCORDING.sub("", text)
    for _ in range(3):
        m = _OPENER.match(text)
        if not m or mark in m.group(0):
            break
        text = text[m.end():]
    # insertions between subject and verb: "Hosni Mubarak, Egypt's president, resigned"
    text = re.sub(r",\s+\d{1,3},\s+", " ", text)  # "Kellermann, 41, was found"
    while True:
        m = next((m for m in _INSERTION.finditer(text) if m.end() <= text.index(mark)), None)
        if not m:
            break
        text = text[:m.start()] + " " + text[m.end():]
    pos = text.index(mark)
    # "X says that ...": what X says is no fact without X; the clause keeps its speaker
    lefts = [m for m in _LEFT.finditer(text) if m.end() <= pos
             and not (m.group(0).strip().lower() == "that" and _SPEECH_BEFORE.search(text[:m.start()]))]
    start = lefts[-1].end() if lefts else 0
    if lefts and re.fullmatch(r"\s+(?:who|which)\s+", lefts[-1].group(0), re.I) and _past(text[pos + 1:].split()[0]) \
            and not re.search(r"\b(?:claim|claims|claimed|say|says|said)\b", text[lefts[-1].end():pos]):
        # "Protesters who were gathered in Tahrir Square said ...": the relative clause ends before the
        # trigger, whose subject is the noun phrase that opens the sentence
        head, relative = text[:lefts[-1].start()], text[lefts[-1].end():pos]
        if 0 < len(head.split()) <= 5 and all(_NP_WORD.match(w) for w in head.split()) and has_verb("x " + relative) \
                and not any("VERB" in _readings(_word(w)) and not {"NOUN", "ADJ", "PROPN"} & set(_readings(_word(w)))
                            for w in head.split()[1:]):
            aux = re.search(r"(?:\b(?:was|were|is|are|has|have|had|been|be|will|would)\s+)+$", relative)
            text = head.rstrip() + " " + (aux.group(0) if aux else "") + text[pos:]
            pos = text.index(mark)
            lefts, start = [], 0
    # "the toll has risen since the protests began, the ministry said": what the speaker said is the
    # main clause; the clause after since/after/before is background, not theirs to be credited with
    # ("when shells hit the camp, witnesses said" is their account, and keeps them)
    background = bool(lefts) and bool(re.search(r"\b(?:after|before|since|following|until|once)\s+$",
                                                lefts[-1].group(0), re.I))
    if lefts and trigger and re.search(r"\b(?:after|before|since|following|amid|despite)\s+$", lefts[-1].group(0), re.I) \
            and not re.search(r"\b(?:was|were|is|are|has|have|had|will)\b|\w+ed\b", text[start:pos]) \
            and not ("," not in text[start:pos] and not text[start:pos].split()[:1] == [] and not
                     text[start:pos].split()[0].endswith("ing")
                     and any(_past(_word(w)) and _verb_only(w) for w in text[start:pos].split()[1:])) \
            and pos - start < 60 and not _clause_after(text[start:pos], text[pos + 1:], trigger):
        # "since his government fell", "since the protests broke out": a clause with its own subject and verb
        return None  # "after the Gujarat earthquake in 2001": a happening named in passing
    if lefts and re.fullmatch(r",\s+(?:who|which)\s+", lefts[-1].group(0)) and pos - start < 40:
        # "Thaksin Shinawatra, who was ousted in a coup", "the elections, which are scheduled for
        # September": a relative clause with no subject of its own is about the noun phrase it follows
        head = _relative_head(text[:lefts[-1].start()])
        opens = text[start:].replace(mark, "").split()[:1]
        if head and opens and (_word(opens[0]) in _BE | _HAVE | {"had", "currently", "now", "later", "then"}
                               or _past(_word(opens[0])) and _verb_only(opens[0])):
            text = text[:lefts[-1].start() - len(head)] + head + " " + text[start:]
            start = lefts[-1].start() - len(head)
            pos = text.index(mark)
    after = pos + len(trigger)
    ends = [m.start() for m in _RIGHT.finditer(text) if m.start() >= after]
    end = ends[0] if ends else len(text)
    clause = text[start:end].replace(mark, "").strip(" ,;:-\"")
    pos = text[start:pos].strip(" ,;:-\"").__len__()
    words = clause.split()
    if len(words) < 3:
        return None
    if not clause[:pos].strip():
        return None  # the trigger opens the clause: no subject
    if _word(words[0]) in _QUANTIFIERS and (_word(words[1]).endswith(("ing", "ed")) or _verb_only(words[1])):
        return None  # "One carrying a field hospital turned away": one what?
    if start and _word(words[0]) in _BACK_REFERENCES:
        # "Hariri has spoken out since his government fell": the clause's pronoun is the
        # sentence's subject when nothing else could be meant
        named = _antecedent(text[:lefts[-1].start()], _word(words[0]))
        if named:
            words[0] = named + ("'s" if _word(words[0]) in ("his", "her", "its") else "")
            clause = " ".join(words)
    if _PRONOUN_RE.match(words[0]) or _word(words[0]) in _SUBORDINATE or _verb_only(words[0]) or \
            _word(words[0]).endswith("ly") or (_word(words[0]) in _PREPOSITIONS | {"during", "after", "before", "even",
                                                                                "just", "only", "also"}
                                               and not _QUANTITY.match(" ".join(words[:3]))) or \
            _PERSONAL.search(clause):
        return None
    if "?" in clause or _FURNITURE.search(clause):
        return None
    # (not inside a relative clause: "the $5 billion that a jury awarded in 1994 was excessive")
    relative = bool(lefts) and re.search(r"\b(?:that|which|who|whom)\s*$", lefts[-1].group(0), re.I) is not None
    reduced = _reduced_subject(_undated(clause, pos, date_text), pos, trigger, not relative
                               and _dates_participle(_untokenize(quote), trigger, date_text)) if date_text else None
    if reduced:
        # "A Belgian ship captured by pirates two months ago has been released": the date is the
        # capture's, so the headline is the capture's, not the release's
        return reduced[:1].upper() + reduced[1:]
    done = _headlinese(clause, plural)
    if done is None:
        return None
    clause, verb_end = done
    if clause[:verb_end].rstrip().rsplit(None, 1)[0].endswith(","):
        return None  # "The vice president, appoints": the verb's subject was cut away
    if len(clause) > LIMIT:
        # a speaker's title of office gives way before what they said ("Libyan Foreign Minister
        # Moussa Koussa says the government has decided on an immediate ceasefire": the name stays)
        named = _speaker_name(clause, _ACTS_AT)
        if named and len(named) < len(clause) and verb_end > len(clause) - len(named):
            verb_end -= len(clause) - len(named)
            clause = named
            says = _SAYS_AT.search(clause)
            if says and says.group(0).strip() == "say" and not plural_subject(clause[:says.start()], speaker=True):
                # "Health and Human Services Secretary X say": one person says
                clause = clause[:says.start()] + " says " + clause[says.end():]
                verb_end += 1
    told = re.search(r"\b(tells?)\s+[^,;:\"]{1,60}?\s+that\s+", clause) if len(clause) > LIMIT else None
    if told and told.start() < verb_end + 2 and not re.search(r"\b(?:says?|said)\b", clause[:told.start()]):
        # "X tells a news conference in Kuwait that ...": too long for its hearer, X says it
        clause = clause[:told.start()] + ("says " if told.group(1) == "tells" else "say ") + clause[told.end():]
        trigger = "says" if trigger.lower().startswith(("tell", "told")) else trigger
    where = _SAID_WHERE.search(clause)
    if where and where.start() < verb_end + 2:
        # "X says in a press conference that ...", "X warns on Fox News that ...": a headline keeps
        # what was said, not where
        clause = clause[:where.end(1)] + " that " + clause[where.end():]
    if len(clause) > LIMIT:
        # "their desire for embattled Egyptian President Hosni Mubarak to leave office": after the
        # verb a name can lose its office before the clause is cut ("... for Hosni Mubarak to leave")
        word = trigger.lower().split()[0] if trigger.split() else "\x00"
        shorter = clause[:verb_end] + _OFFICE_BEFORE_NAME.sub(
            lambda m: m.group(0) if word in m.group(0).lower() else "", clause[verb_end:])  # "its deposed leader"
        if len(shorter) < len(clause):
            clause = shorter
    if len(clause) > LIMIT:
        trig = clause.lower().find(trigger.lower().split()[0]) if trigger.split() else 0
        cuts = [m.start() for m in _CUT_BEFORE.finditer(clause) if max(trig, 0, verb_end) < m.start() <= LIMIT]
        cuts = [c for c in cuts if clause[:c].split()[-1].lower() not in _DANGLING
                and not _splits_phrase(clause[:c].split(), clause[c:].split())]
        # "police did not intend | to ...": a cut before such a "to" only where no other is left
        whole = [c for c in cuts if not (clause[c:].split()[:1] == ["to"] and (
            _needs_to(_word(clause[:c].split()[-1])) or _object_control(clause[:c].split()[-4:-1])))]
        cuts = whole or cuts
        if not cuts and verb_end < trig:
            # "X is due to be inducted into the Hall of Fame at a ceremony in New York": the happening's
            # noun sets the scene of the clause's verb, which tells it without the scene
            cuts = [m.start() for m in _CUT_BEFORE.finditer(clause) if verb_end < m.start() < trig and m.start() <= LIMIT
                    and _SCENE.fullmatch(clause[m.start():trig])
                    and clause[:m.start()].split()[-1].lower() not in _DANGLING]
        if not cuts:
            return None
        said = re.search(r"\b(?:says|say)\s+(?:that\s+)?", clause)
        if said and said.start() < cuts[-1]:
            # a reported clause cut for length keeps its own verb before the cut, or loses what was
            # said ("says whoever is behind the bombing"); "says he will end the state of emergency"
            # stands without "in that country"
            kept = [c for c in cuts if c > said.end() and _said_whole(clause[said.end():c])]
            if not kept:
                return None
            cuts = kept
        clause = clause[:cuts[-1]]
    if re.search(r"\b(?:says|say|said)\s+(?:that\s+)?(?:as|if|when|while|because|although|though|since|after|"
                 r"before)\b", clause):
        return None  # "says that as he had been made redundant": the reported clause is cut off
    said = re.split(r"\s(?:says|say|said)\s+(?:that\s+)?", clause, maxsplit=1)
    if len(said) > 1 and not reported_verb("x " + re.split(r"\s(?:that|who|which|whose)\s", said[1])[0]):
        return None  # "says a member of the team that went with him": the reported clause lost its verb
    reported = re.split(r"\s(?:that|says|say|said)\s", clause)
    if len(reported) > 1 and not reported_verb("x " + reported[-1]):
        return None  # "says leaflets giving advice", "says that 10 students": the reported clause lost its verb
    clause = re.sub(r"\b(says|say|said)\s+(?:that\s+)?(The|A|An)\b", lambda m: f"{m.group(1)} {m.group(2).lower()}",
                    clause)
    clause = re.sub(r"\b(says|say|said)\s+that\s+", r"\1 ", clause)
    clause = clause.strip(" ,;:-.")
    if clause.count('"') % 2:
        clause = clause.replace('"', "")
    words = clause.split()
    if len(words) < 3 or words[-1].lower() in _DANGLING | _COUNTS:
        return None  # "... and stops hundreds": of what?
    if attribution and not _PRONOUN_RE.match(attribution) and not background:
        first = attribution.split()[0]
        alone = len(attribution.split()) == 1
        if first[1:].islower() and (first.lower() in ("the", "a", "an") or "NOUN" in _readings(first)
                                    and "PROPN" not in _readings(first)
                                    # a singular noun alone is a name ("Ham said": Gen. Carter Ham)
                                    and not (alone and _word(first) in _readings(first)["NOUN"]
                                             and _word(first) != "police")):
            attribution = first.lower() + attribution[len(first):]  # "Activists said": "..., activists say"
        head = f"{clause}, {attribution} {'say' if plural_subject(attribution, speaker=True) else 'says'}"
        if len(head) <= LIMIT:
            clause = head
        elif _FORECAST.search(clause) and _named(attribution):
            return None  # "whoever is behind the bombing will be found": a vow, not a fact, without its speaker
    return clause[:1].upper() + clause[1:]


#: An office and its qualifiers before a person's full name ("embattled Egyptian President", "Libyan
#: leader", "U.S. Secretary of State"): at least a first and a last name must follow. Not "King" or
#: "Prince": a royal name without its title ("Abdullah II") names no one a reader knows.
_OFFICE_BEFORE_NAME = re.compile(
    r"(?<![\w'’-])(?:the\s+)?(?:(?:embattled|ousted|former|longtime|long-time|beleaguered|deposed|besieged|veteran|"
    r"then-?)\s+)*(?:(?:[A-Z][a-z]+|U\.S\.|U\.N\.|UN)\s+){0,2}(?:President|Prime\s+Minister|[Ll]eader|"
    r"Col\.|Colonel|Secretary\s+of\s+State|(?:Foreign|Defen[cs]e|Interior|Finance)\s+(?:Minister|Secretary)|"
    r"Vice\s+President|Premier|Chancellor|Senator|Sen\.|strongman|dictator|ruler)\s+"
    r"(?=[A-Z][a-z][\w'’-]*\s+(?:al-|bin\s+|el-)?[A-Z][a-z])")


def _quoted_whole_or_inside(rest: str) -> bool:
    """Whether the reported words before a tail attribution are one quotation ('"Talks will resume,"
    X said') or a clause with a quoted phrase inside it ('Libya has used "aviation assets" to attack
    protesters, an official said'), not the end of a quotation opened earlier."""
    quotes = rest.count('"')
    if quotes == 0:
        return True
    if rest.startswith('"'):
        return quotes == 1
    return quotes == 2 and not rest.rstrip().endswith('"')


def _relative_head(before: str) -> str:
    """The noun phrase a relative clause follows, from the text before its comma: a name with its
    title ("former Prime Minister Thaksin Shinawatra") or a determiner's phrase ("the next
    elections"), at most six words, none a verb; "" when the words before give none."""
    words = before.split()
    phrase: list[str] = []
    for w in reversed(words[-6:]):
        low = _word(w)
        if not _NP_WORD.match(w) or low in _PREPOSITIONS or low in _SUBORDINATE or low in _BE | _HAVE \
                or w[:1].islower() and _verb_only(w) or w.endswith(","):
            break
        phrase.insert(0, w)
        if low in _DETERMINERS - {"this", "that"}:
            break
    if not phrase or not (any(w[:1].isupper() for w in phrase) or _word(phrase[0]) in _DETERMINERS) \
            or _word(phrase[-1]) in _DETERMINERS | _PREPOSITIONS:
        return ""
    return " ".join(phrase)


def _clause_after(before: str, rest: str, trigger: str) -> bool:
    """Whether the words after "since", "after" or "before" are a clause with its own subject and
    past verb: a subject before a verb trigger ("since his government fell"), or a noun trigger
    followed by its verb ("since the protests broke out"); not a verb joined by "and" or a comma to
    what came before ("since 1999 and agreed")."""
    words = rest.split()
    if not words or re.search(r"\b(?:and|or|but)\s*$|,", before):
        return False
    if before.strip() and _past(words[0].strip(",.;:")):
        return True
    n = len(trigger.split())
    return len(words) > n and "NOUN" in _readings(_word(words[n - 1])) and bool(_past(words[n].strip(",.;:")))


_BACK_REFERENCES = frozenset("he she it his her its".split())
_TITLES = frozenset("""mr mrs ms dr president king queen prince princess sheikh general gen colonel col senator sen
    governor gov minister secretary judge pope""".split())
_THING_HEADS = frozenset("""house museum hospital school university company bank council party court ministry
    government army agency committee parliament church club group station airport""".split())
_NAME = re.compile(r"(?:The\s+)?(?:(?:[A-Z][\w.'’-]*|al-[A-Z][\w-]*)(?:\s+(?:al-|bin\s+|de\s+|of\s+)?"
                   r"(?=[A-Z]|al-)(?:[A-Z][\w.'’-]*|al-[A-Z][\w-]*)){0,4})")


def _antecedent(left: str, pronoun: str) -> str | None:
    """The name a later pronoun of the same sentence stands for: the sentence's subject, when it is a
    name that agrees with the pronoun and no other name stands between them."""
    m = _NAME.match(left.strip())
    if not m:
        return None
    name, rest = m.group(0), left.strip()[m.end():]
    rest = re.sub(r"^\s+(?:in|of|at|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", "", rest)  # "House in Chiswick"
    words = name.split()
    rest = re.sub(r"\b(?:" + "|".join(w.title() for w in (*_WEEKDAYS, *_MONTH_NAMES)) + r")\b", "", rest)
    if (words[0] == "The" and pronoun not in ("it", "its")) or not re.match(r"\s+[a-z]", rest) \
            or re.search(r"(?<![\w'’-])(?:[A-Z]|al-[A-Z])", rest) \
            or re.search(r"\b(?:he|she|it|his|her|its|they|their)\b", rest) \
            or words[0] in _NOT_SUBJECTS:
        return None
    person = _word(words[0]) in _TITLES or (2 <= len(words) <= 4 and not any("'" in w or "’" in w for w in words)
                                          and _word(words[-1]) not in _THING_HEADS)
    thing = _word(words[-1]) in _THING_HEADS or any(w.endswith(("'s", "’s")) for w in words[:-1])
    if words[0] == "The":
        name = "the" + name[3:]
    if pronoun in ("he", "she", "his", "her") and person and not thing:
        return name
    if pronoun in ("it", "its") and thing and not person:
        return name
    return None


_NOT_SUBJECTS = frozenset("""In On At By For From With After Before Since As But And Or If When While This That
    These Those Some Many Most All Both Each Every Another Despite During Under Until Following Amid""".split())


_NUMBER_WORD = re.compile(r"^(?:\d[\d,.]*|(?:\w+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)s?)$")
_OPENING_PREPOSITIONS = frozenset("off near across outside inside during amid following despite".split())
_LEAD_ADVERBS = frozenset("meanwhile however later earlier also but and yesterday today overnight".split())
_SPEECH_VERBS = frozenset("""say says said tell tells told add adds added report reports reported announce announces
announced claim claims claimed warn warns warned""".split())


@lru_cache(maxsize=50_000)
def reported_happening(quote: str, trigger: str, at: int = -1) -> tuple[str, int] | None:
    """The verb (and its offset in ``quote``) of what a statement reports when the statement's frame
    follows it ("Troops sealed off the district, residents said"): the first verb in the past tense
    of the sentence's first clause, after a word that can end a subject, that is not a participle
    of a longer subject ("dispersants sprayed into the Gulf do not ..."). None when the sentence
    opens with its speaker, a subordinate clause or someone's quoted words."""
    pos = at if 0 <= at < len(quote) and quote[at:at + len(trigger)].lower() == trigger.lower() \
        else quote.lower().find(trigger.lower()) if trigger else -1
    if pos < 0 or '"' in quote or "``" in quote:
        return None  # quoted words are someone's, not a happening the text reports
    words = [m for m in re.finditer(r"\S+", quote)]
    tokens = [_word(m.group(0)) for m in words]
    at_trigger = next((k for k, m in enumerate(words) if m.start() >= pos), len(words))
    comma = max((k for k in range(at_trigger) if words[k].group(0) == ","), default=-1)
    if not tokens or comma < 0 or at_trigger - comma > 9 \
            or tokens[comma + 1] in ("and", "but", "while", "whereas", "as", "when") \
            or _word(quote[pos:].split()[0]) not in _SPEECH_VERBS | {"wrote", "writes"}:
        return None  # "As the world sought ...", "Japan said it had ...": no content before the frame
    # a dateline, a photograph's credit or an update's stamp before the sentence ("TOKYO , Sept 14
    # -LRB- Reuters -RRB- - ", "Photograph : X\/Getty Images "): the subject opens after it
    furniture = _REPORT_LEAD.match(quote)
    lead = next((k for k, m in enumerate(words) if m.start() >= furniture.end()), len(words)) if furniture else 0
    if lead >= comma:
        return None
    first = lead + 1
    if tokens[lead] in _PREPOSITIONS | _WEEKDAYS | _LEAD_ADVERBS | _SUBORDINATE | _OPENING_PREPOSITIONS:
        if "," not in tokens[lead:lead + 14] or tokens.index(",", lead) >= comma:
            return None  # "As the world sought to ...": no main clause before the frame
        first = tokens.index(",", lead) + 2  # "On Saturday , two boats reached ...": past the opener
    subject = [first - 1]  # the words of the subject, without an insertion between commas
    skip = -1
    for k in range(first, len(words)):
        if k <= skip:
            continue
        word, previous = words[k].group(0), tokens[subject[-1]]
        if word == "," and words[k].start() < pos:
            # "Goran Hadzic , Serbia 's last fugitive , has been arrested": an insertion between the
            # subject and its auxiliary (no verb group of its own) is passed over
            close = next((j for j in range(k + 1, min(k + 16, comma)) if words[j].group(0) == ","), None)
            if close is not None and tokens[close + 1] in _BE | _HAVE | _FINITE_MODALS \
                    and not set(tokens[k + 1:close]) & (_BE | _HAVE | _FINITE_MODALS | _SPEECH_VERBS):
                skip = close
                continue
        if words[k].start() >= pos or word == ",":
            return None  # the first clause ends before a verb of its own
        if tokens[k] in _BE | _HAVE | _FINITE_MODALS and k > first and previous not in _NOT_SUBJECT_END \
                and words[subject[-1]].group(0)[-1:].isalnum() and word.islower():
            # "Two new cases have been diagnosed, the minister said", "The commission will not include
            # federal officials, officials said": a verb group after its subject is what was reported
            # (not where a word of the subject reads as a verb itself: "Fifty-six endangered turtles were
            # released", "The total cost of the response has hit": the headline would take that word)
            main = _main_verb(words, tokens, k + 1, pos)
            # nor where the sentence goes on after its frame ("..., but X said that these reports could
            # not be confirmed": what X said comes after) or opens on no capital (a caption's debris)
            tail = quote[pos:].split()
            # (nor inside a quotation that closes before the frame: "... to humans , '' a virologist said")
            if main is not None and len(tail) <= 8 and "that" not in (_word(t) for t in tail) and "''" not in quote \
                    and words[first - 1].group(0)[:1].isupper() \
                    and not any(t.endswith("ing") for t in tokens[comma + 1:at_trigger]) and not any(
                    words[j].group(0).islower() and (_past(tokens[j]) or _unchanged_past(tokens[j]) or _verb_s(tokens[j]))
                    for j in subject[1:]):
                return main
        subject.append(k)
        if not word.isalpha() or not word.islower() or tokens[k] in _SPEECH_VERBS | _BE | _HAVE | {"did"}:
            continue
        if previous in _DETERMINERS | _PREPOSITIONS | _BE | _HAVE | _MODALS | {"to", "and", "or"} \
                or not words[k - 1].group(0)[-1:].isalnum() or _NUMBER_WORD.match(previous):
            continue  # "fifty-six endangered turtles": a number's adjective
        if _past(word) and "NOUN" not in _readings(word):
            rest = []
            for token in tokens[k + 1:]:
                if token == "" or token == ",":
                    break
                rest.append(token)
            if set(rest) & (_BE | _HAVE | _MODALS | {"do", "does", "did"}):
                continue  # "dispersants sprayed into the Gulf do not appear": a participle of the subject
            return word, words[k].start()
    return None


_REPORT_LEAD = re.compile(
    r"^(?:Photograph\s*:\s*(?:\S+\s+){0,4}?\S*\\?/\S+(?:\s+(?:(?:Getty|Rex|PA)\s+)?(?:Images|Features|Pictures|Photos))?\s+"
    r"|(?:--\s+)?-LRB-\s+Update[^()]{0,60}?-RRB-\s+"
    r"|[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}\s+(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?-LRB-\s+\w+\s+-RRB-\s+-{1,2}\s+)")


def bare_frame(title: str) -> bool:
    """Whether a title is a speaker's frame with nothing said ("Serb official says", "Officials say")."""
    return bool(re.search(r"\b(?:says|say)$", title.strip()))


def report_lead(quote: str) -> int:
    """How many characters of ``quote`` a dateline, a photograph's credit or an update's stamp takes
    before the sentence itself (0 where there is none)."""
    furniture = _REPORT_LEAD.match(quote)
    return furniture.end() if furniture else 0


_FINITE_MODALS = frozenset("will would could should can may might must".split())
#: words that cannot end the subject of a verb group: an article, a preposition, another auxiliary
_NOT_SUBJECT_END = frozenset("""the a an of to for with by from in on at into as than that which who and or but
    be been being was were is are has have had will would could should can may might must not""".split())


def _main_verb(words: list, tokens: list[str], k: int, pos: int) -> tuple[str, int] | None:
    """The main verb of a verb group whose auxiliary came just before ``words[k]`` ("have been |
    diagnosed", "will not | include", "are increasingly | targeted"), with its offset, or None
    where the group ends in no verb before the frame at ``pos`` ("is | a threat", "was | here")."""
    while k < len(words) and words[k].start() < pos and (
            tokens[k] in ("not", "been", "be", "being", "also", "still", "already", "now", "never", "just")
            or tokens[k].endswith("ly") and "ADV" in _readings(tokens[k])):
        k += 1
    if k >= len(words) or words[k].start() >= pos or not words[k].group(0).isalpha() \
            or not words[k].group(0).islower():
        return None
    word = tokens[k]
    if tokens[k - 1] in ("been", "be", "being") or tokens[k - 1] in _BE | _HAVE or _past(word):
        ok = _participle(word) is not None or _past(word) is not None
    else:  # after a modal or "did": the verb's base form
        ok = "VERB" in _readings(word) and word in _readings(word).get("VERB", ())
    if not ok or "ADJ" in _readings(word) and "VERB" not in _readings(word):
        return None
    return words[k].group(0), words[k].start()


def _splits_phrase(before: list[str], after: list[str]) -> bool:
    """Whether cutting a long clause between ``before`` and ``after`` breaks a phrase: a noun
    from its "of" ("a state | of emergency"), or a verb after "to", "and" or a modal from its
    particle or object ("will hand | over more power")."""
    if after and after[0].lower() == "of":
        # "441,000 gallons | of oil" keeps its count; "a state | of emergency" loses its sense
        return not (_word(before[-1]).endswith("s") or len(before) >= 2 and _word(before[-2])[:1].isdigit())
    # "and hand | over power", "and warned | that ...": a coordinated verb keeps what follows it
    if len(before) >= 2 and _word(before[-2]) in ("and", "or"):
        last = _readings(_word(before[-1]))
        return "VERB" in last and ("NOUN" not in last or _word(before[-1]) in last["NOUN"])
    return len(before) >= 2 and _word(before[-2]) in _MODALS | {"to"} and "VERB" in _readings(_word(before[-1]))


#: words whose sense is in the "to" after them ("likely | to", "intend | to"): a title may not end on
#: one (``ill_formed``), and a cut for length avoids stopping before their "to" (``_needs_to``, which
#: also takes the passives and bare forms whose "to" can be left for a shorter cut)
_WANTS_TO = frozenset("""likely unlikely able unable due going ready willing supposed intend intends intended
    needs needed""".split())
_TO_COMPLEMENT = _WANTS_TO | frozenset("set about expected forced allowed asked told ordered urged need".split())


def _needs_to(word: str) -> bool:
    """A word whose sense is in the "to" after it: a verb of intent ("agreed", "plans") or an
    adjective of likelihood or ability ("likely", "able")."""
    lemmas = set(_readings(word).get("VERB", ()))
    return word in _TO_COMPLEMENT or bool(lemmas & _SUBJECT_CONTROL) and not word.endswith("ing")


#: Verbs whose object goes on to do what the "to" after it names ("prompted airport authorities to
#: restrict flights", "urged Mubarak to step down"): a cut before that "to" leaves the verb's point out.
_OBJECT_CONTROL = frozenset("""prompt urge ask force allow order tell persuade encourage require cause enable
    invite permit pressure press compel oblige instruct authorize authorise advise warn call""".split())


def _object_control(words: list[str]) -> bool:
    """Whether one of the few words before a "to" is a verb of ``_OBJECT_CONTROL`` in a finite or
    participle form (lemminflect's readings), so that the "to" completes it."""
    for w in words:
        low = _word(w)
        if low.endswith("ing") or not low.isalpha():
            continue
        if set(_readings(low).get("VERB", ())) & _OBJECT_CONTROL and low not in _OBJECT_CONTROL_NOUNS:
            return True
    return False


#: forms of those verbs that are nouns before a "to" ("an order to", "a call to", "calls to")
_OBJECT_CONTROL_NOUNS = frozenset("order orders call calls warning pressure".split())


def _said_whole(reported: str) -> bool:
    """Whether a reported clause cut for length still says something: its subject and finite verb
    stand in it, and no subordinate clause before that verb is left open ("whoever is behind")."""
    words = reported.split()
    if not words or _word(words[0]) in _SUBORDINATE | {"whoever", "whatever", "what", "how", "why", "who"}:
        return False
    return reported_verb("x " + reported)


def _named(who: str) -> bool:
    """Whether an attribution names someone ("President Dmitry Medvedev"), not a kind of source
    ("officials", "the company"): a forecast of the former is that person's word."""
    words = who.split()
    return any(w[:1].isupper() for w in words[1:]) or bool(words) and words[0][:1].isupper() and not _readings(words[0])


_SPEECH_BEFORE = re.compile(r"\b(?:says|said|say|told\s+[\w.]+(?:\s+[\w.]+)?|tells\s+[\w.]+(?:\s+[\w.]+)?|announced|"
                            r"announces|warned|warns|vowed|vows|insisted|insists|claimed|claims|stressed|stresses|"
                            r"added|adds|believes|believed)$", re.I)
#: what a speaker foresees, promises or judges rather than reports: it needs the speaker in the title
_FORECAST = re.compile(r"\b(?:will|would|could|should|must|may|might|can|cannot|to\s+be)\b", re.I)


_PRONOUN_RE = re.compile(r"^(?:he|she|it|they|we|i|you|this|that|these|those|there|his|her|its|their|our|my|your|"
                         r"who|which|whom|whose)\b",
                         re.I)
_FURNITURE = re.compile(r"https?:|www\.|\b(?:click|photo|pictured|caption|advertisement|read more|subscribe|"
                        r"copyright|getty|e-?mail|please|posted by|report abuse|comments?|"
                        r"(?:video|videos|picture|pictures|image|images|graphic|map|chart)\s+(?:below|above))\b", re.I)
_PERSONAL = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|us|me|[Oo]ur|[Mm]y|[Yy]our|I'm|[Ww]e're|[Yy]ou're)\b|(?<![\w.'’-])i(?![\w.'’-])")  # not "US"
_DETERMINERS = frozenset("the a an his her its their this that these those our my your".split())
_PASSING = frozenset("during after before since amid following".split())
_QUANTITY = re.compile(r"(?:about|around|over|under|at\s+least|at\s+most|up\s+to|more\s+than|fewer\s+than|less\s+than)\s+(?:\d|a\s|an\s|one|two|three|four|five|six|seven|eight|nine|"
                       r"ten|dozens|hundreds|thousands|millions|half)", re.I)  # "About ten people died"
_COUNTS = frozenset("hundreds thousands dozens millions scores tens number numbers some many several".split())
_QUANTIFIERS = frozenset("one others another both none most few many several some all".split())
_ADVERBS = frozenset("later earlier also then now still already again yet just first".split())
_PREPOSITIONS = frozenset("of in on at for with by from to against into over under about".split())
_BE = frozenset("was were is are".split())
_HAVE = frozenset("has have had".split())


def _word(w: str) -> str:
    return w.lower().strip(",.;:\"'()")


def _headlinese(clause: str, plural=None) -> str | None:
    """The clause's first verb group in headline form ('were killed' -> 'killed', 'has seized' and
    'seized' -> 'seizes', 'will meet' -> 'to meet'), later past verbs joined by 'and' too; None
    when no verb follows a subject (a name, a list, a caption)."""
    words = clause.split()
    head_end = None  # where a participle qualifying the subject begins: the head noun is before it
    for i in range(1, min(len(words), 14)):
        w, prev = _word(words[i]), _word(words[i - 1])
        nxt = _word(words[i + 1]) if i + 1 < len(words) else ""
        nxt2 = _word(words[i + 2]) if i + 2 < len(words) else ""
        subject = " ".join(w for w in words[:head_end or i] if _word(w) not in _ADVERBS and not _word(w).endswith("ly"))
        many = plural_subject(subject) if plural is None else plural
        if re.match(r"(?:the|this|that)\s+(?:number|total|rate|share|level|price|cost)\s+of\b", subject, re.I):
            many = False  # "the number of cases rises" ("a number of cases rise" is plural)
        if w in _BE and _participle(nxt):
            return _done(words[:i] + words[i + 1:], i, many)  # passive: "11 people killed"
        if w in _HAVE and nxt == "been" and _participle(nxt2):
            return _done(words[:i] + words[i + 2:], i, many)
        if w in _HAVE and nxt == "been" and nxt2.endswith("ing") and _readings(nxt2).get("VERB"):
            # "protests have been taking place" -> "protests take place"
            lemma = _readings(nxt2)["VERB"][0]
            return _done(words[:i] + [_finite(lemma, many)] + words[i + 3:], i, many)
        if w in _HAVE and _participle(nxt):
            return _done(words[:i] + [_finite(_participle(nxt), many)] + words[i + 2:], i, many)
        if w == "will" and nxt and "VERB" in _readings(nxt) or w in _BE and nxt == "to":
            rest = words[i + 1:] if w == "will" else words[i + 2:]
            return _done(words[:i] + ["to"] + rest, i + 1, many)
        if w in _BE or w in _HAVE or w in ("will", "would", "could", "can", "may", "might", "must", "should", "did",
                                           "does", "do"):
            return _done(words, i, many)  # "was in Cairo", "could face": a verb, kept as written
        if words[i][:1].isupper() or prev in _DETERMINERS or re.search(r"['’]s$", prev) or prev in _NON_FINITE:
            continue  # "BP's beleaguered chief", "due to be held", "scheduled to be paid": no finite verb
        if (prev.isdigit() or prev in _NUMBERS) and nxt and words[i + 1][:1].islower() and _past(w) \
                and "NOUN" in _readings(nxt) and "VERB" not in _readings(nxt):
            continue  # "four detained journalists are safe": the past form qualifies the noun after it
        if _unchanged_past(w) and prev not in _PREPOSITIONS and prev not in _DETERMINERS:
            # "a magnitude 7 earthquake hit Haiti": after a singular subject the bare form is the
            # past; after a plural one it reads as the present already ("Rebels hit the convoy")
            return _done(words[:i] + [_finite(w, many)] + words[i + 1:], i, many)
        lemma = _past(w)
        # "a special televised appeal": after a determiner and an adjective the past form is one too
        # ("The army attacked the town": a verb, its object after it; lemminflect reads "army" as ADJ too)
        in_phrase = i >= 2 and _word(words[i - 2]) in _DETERMINERS and words[i - 1][:1].islower() \
            and "ADJ" in _readings(prev) and nxt not in _DETERMINERS | _PREPOSITIONS | _PRONOUN and not nxt[:1].isdigit()
        # "automobiles produced rose": the first of two past forms is a participle, unless the
        # second qualifies a name ("a court sentenced ousted President Ben Ali")
        then_past = _past(nxt) and not (i + 2 < len(words) and words[i + 2][:1].isupper()) or \
            nxt in _PREPOSITIONS and bool(_participle(w)) and not _infinitive(words, i + 1) \
            and _past_later(words, i + 2)  # not "spoke with X about what caused"
        if lemma and (prev in _PREPOSITIONS or prev.endswith("ly") or nxt == "by" or then_past or in_phrase):
            if then_past and head_end is None:
                head_end = i
            continue  # "of outraged protesters", "a force accompanied by", "automobiles produced rose"
        if lemma:
            return _done(words[:i] + [_finite(lemma, many)] + words[i + 1:], i, many)
        if _present(w, many):
            return _done(words, i, many)
    return None


#: Words after which a past participle is no finite verb ("to be held", "has been", "being paid").
_NON_FINITE = frozenset("be been being get got".split())


#: Verbs whose subject itself goes on to do what the "to" names ("BP pledged to fund"): before "to"
#: and a verb their past form is the clause's verb. Verbs that take an object first ("numbers
#: allowed to settle", "a debate scheduled to be held") are participles there.
_SUBJECT_CONTROL = frozenset("""agree decide vow pledge promise refuse threaten plan hope want seek try fail
    attempt manage offer vote choose move continue begin start prepare aim intend expect""".split())


def _infinitive(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is the "to" of a verb that its subject goes on to do ("pledged to fund a
    research effort"): the verb before it is the clause's own, not a participle qualifying its
    subject ("a team sent to Haiti arrived", "numbers allowed to settle")."""
    if at < 1 or at + 1 >= len(words) or _word(words[at]) != "to" or not words[at + 1][:1].islower():
        return False
    nxt = _word(words[at + 1])
    return (_past(_word(words[at - 1])) or "") in _SUBJECT_CONTROL and "VERB" in _readings(nxt) \
        and not _past(nxt) and nxt not in _DETERMINERS


def _past_later(words: list[str], start: int) -> bool:
    """Whether a past-tense verb follows within the same phrase ("A study published in Science
    estimated ...": the first past form qualifies the subject), with no comma or "and" between."""
    for k in range(start, min(len(words), start + 10)):
        w = _word(words[k])
        if words[k - 1].endswith(",") or w in ("and", "or", "but", "that", "which", "who", "what", "how", "why", "whom",
                                                "where", "when") or w.endswith("ing"):
            return False  # "arrived in Beijing having traveled": the first is the verb
        if words[k][:1].islower() and _past(w) and _word(words[k - 1]) not in _DETERMINERS | _PREPOSITIONS \
                and ("NOUN" not in _readings(w) or words[k - 1][:1].isupper() or words[k - 1][:1].isdigit()) \
                and "ADJ" not in _readings(w):
            return True
    return False


def _present(word: str, plural: bool) -> bool:
    from lemminflect import getInflection
    for lemma in _readings(word).get("VERB", ()):
        if word in getInflection(lemma, "VBP" if plural else "VBZ") and "NOUN" not in _readings(word):
            return True
        if word in getInflection(lemma, "VBZ") and "NOUN" not in _readings(word):
            return True
    return False


def in_passing(title: str, trigger: str) -> bool:
    """Whether a cut headline names its trigger only after its verb, and not as the verb's
    object ("Relations with Syria strained by the 2005 assassination", "Iraq and the US sign an
    agreement to begin the withdrawal" for the withdrawal): the clause tells of another
    happening. "Rebels launch a new offensive" names its trigger as the object: not in passing."""
    words = title.split()
    head = trigger.lower().split()[0] if trigger.split() else ""
    at = next((k for k, w in enumerate(words) if _word(w).startswith(head)), None) if head else None
    done = _headlinese(title)
    if done is not None:
        verb = len(title[:done[1]].split()) - 1
    else:  # "relations strained by ...", "governments sign a pact": the first word that reads as a verb
        verb = next((k for k, w in enumerate(words[1:], 1) if w[:1].islower() and "VERB" in _readings(_word(w))
                     and _word(words[k - 1]) not in _DETERMINERS), None)
    if done is None and at and _word(words[at - 1]) == "to":
        return False  # "Lavrov, to meet Arab leaders": the headline's future is the trigger itself
    if at and at >= 2 and [_word(w) for w in words[at - 2:at]] == ["to", "be"] and _participle(_word(words[at])):
        return False  # "A Google executive ... to be released": a passive future, the trigger itself
    if not at or verb is None:
        return False
    if done is None and _reduced_subject(title + " is so", len(" ".join(words[:at])) + 1, words[at]):
        return False  # "A Belgian ship captured by pirates": a noun phrase and the trigger's participle
    if at <= verb:
        return False  # the trigger is the verb or in its subject
    j = at - 1
    while j > verb and (_word(words[j]) in _DETERMINERS or _word(words[j]).isdigit() or words[j].endswith(("'s", "’s"))
                        or words[j][:1].islower() and "ADJ" in _readings(_word(words[j]))
                        and _word(words[j]) not in _PREPOSITIONS | _PASSING):
        j -= 1  # "launch a new", "the 2005"
    return j != verb


def _done(words: list[str], verb: int, plural: bool) -> tuple[str, int]:
    """The clause and where its verb ends (a cut for length must keep it)."""
    clause = _and_too(" ".join(words), verb, plural)
    return clause, len(" ".join(clause.split()[:verb + 1]))


def _and_too(clause: str, at: int, plural: bool) -> str:
    """'arrives in Cairo and said' -> 'arrives in Cairo and says'; 'kill or wounded' -> 'kill or wound'."""
    words = clause.split()
    # "kill or wounded" -> "kill or wound"; a passive headline's alternative stays a participle
    # ("deals canceled or pulled away")
    passive = 0 <= at < len(words) and bool(_past(_word(words[at]))) and not _present(_word(words[at]), plural)
    for k in range(at + 1, len(words) - 1):
        if words[k].lower() == "and" or words[k].lower() == "or" and not passive:
            lemma = _past(_word(words[k + 1]))
            # "missing and presumed dead", "a brief and failed attempt": adjectives, not two verbs
            prev = _readings(_word(words[k - 1]))
            if lemma and not words[k + 1][:1].isupper() and _word(words[k + 1]) not in _MODALS \
                    and not ("ADJ" in prev and "NOUN" not in prev and _word(words[k - 1]).endswith("ing")):
                words[k + 1] = _finite(lemma, plural)
    return " ".join(words)


_MONTHS = "|".join(_MONTH_NAMES) + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
#: a date phrase a headline keeps by mistake: the entry shows its date already ("... in late April")
_DATE_PHRASE = re.compile(
    rf"\s+(?:in|on|during|by|since|until|from)\s+(?:(?:late|early|mid)[\s-]+)?(?:the\s+)?"
    rf"(?:(?:{'|'.join(_WEEKDAYS)})\b|(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}}\b)?(?:,?\s+\d{{4}})?\b|\d{{4}}\b)"
    rf"(?=\s*(?:,|$))|\s+(?:tomorrow|today|yesterday|tonight|(?:next|last|this)\s+(?:week|month|year)|"
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|many)\s+"
    # a relative date is an adverbial wherever it stands ("judges next week to meet"), unless
    # it is a possessive ("this week's talks") or the subject of a verb ("says today is")
    r"(?:days?|weeks?|months?|years?|decades?)\s+ago)(?=\s|,|$)"
    r"(?!\s+(?:is|was|were|has|had|will|would|could|can|may|might)\b)", re.I)  # "says today is": a subject
#: a word a reader cannot place in a headline: tokenizer marks, emoticons, a bullet's "cents"
_STRAY = re.compile(r"^[A-Z]{1,2}\)\s|\b[LR][RSC]B-|\b(?:says|said|tells|told),\s|-[LR][RSC]B-|``|''|\b[A-Z]_[A-Z]\b|[!?]{2,}|\bcents\s+[A-Z]|\\\*|^\W|"
                    r"\b(?:and|or|of|the|a|an|to|but)\s*,")
#: words a capital letter labels ("Type A flu", "Plan A"): the "A" after them is no article
_LETTER_LABELS = frozenset("type plan group grade class category vitamin hepatitis influenza division".split())
#: function words that are never capitalised inside a sentence: "says He is alive", "tells me That"
_LOWER_ONLY = frozenset("""he she it they we you that this these those the a an his her its their is are
was were has have had and or but of to in on after before with from when while because""".split())
_MODALS = frozenset("will would could should can may might must been being did does do".split())
_SPEAKER_PRONOUN = re.compile(r"\b((?:says|say|said|tells\s+\w+|told\s+\w+|announces?|warns?|insists?|claims?|admits?|"
                              r"denies|deny|confirms?|vows?|pledges?|promises?|indicates?|concedes?|acknowledges?)"
                              r"(?:\s+that)?)\s+(?:it|he|she|they)\b")  # the speaker: "X announces that it will ..."
#: the last word of a title of office: a headline opening with it lost the words before it
_TITLE_TAILS = frozenset("state minister secretary chief general officer affairs".split())
#: verbs of speech that cannot end a headline: what was said is missing
#: a verb of telling and only its hearer: who was told, not what ("tells Reuters", "told the BBC")
_TELLS_WHOM = re.compile(r"\b(?:tells?|told|informs?|assures?|reminds?)\s+(?:(?:the|a|an)\s+)?"
                         r"(?:(?:[A-Z][\w.'’-]*|news|conference|reporters|journalists|lawmakers|parliament|court|"
                         r"jury|committee|press|council)\s*){1,5}$")
#: a verb of speech followed only by where it was said ("Wael Ghonim writes on his Twitter account")
_SAID_ONLY_WHERE = re.compile(r"\b(?:says|say|writes|write|announces|announce|tells|tell|declares|declare|"
                              r"speaks|speak)\s+(?:in|on|at|during|via|through|from)\s+(?:(?!about\b)[^,;:\"\s]+\s*){1,8}$")
_SAID_WHERE = re.compile(r"\b(says|say|announces|announce|warns|warn|confirms|confirm|admits|admit|claims|claim|"
                         r"insists|insist|reveals|reveal)\s+(?:in|at|on|during|from|after|before)\s+[^,;:\"]{1,50}?"
                         r"\s+that\s+")
_SPEECH_END = frozenset("states stated tells announces adds warns explains insists".split())
#: verbs that report speech: what follows them must be a clause with its own verb
_REPORT = re.compile(r"\b(?:says?|said|tells?\s+\w+|told\s+\w+|claims?|insists?|believes?|thinks?|admits?|"
                     r"argues?|as\s+saying)\s+(?:that\s+)?(?P<rest>.*)$")
#: a reporter's attribution after the happening: "BP caps the well, officials say"
_TAIL_SAY = re.compile(r",\s+[^,]{2,60}\s+(?:says?|said)$")


def strip_date(title: str) -> str:
    """``title`` without a trailing date phrase ("takes a hit in late April" -> "takes a hit"):
    the entry shows its date, and a different one in the title reads as a contradiction."""
    return _DATE_PHRASE.sub("", title).strip(" ,")


@lru_cache(maxsize=50_000)
def ill_formed(title: str) -> str | None:
    """Why a candidate title is no headline a reader accepts, or None.

    A headline needs a subject before a finite verb and must not end mid-phrase; it has no stray
    tokens, no first-person or unresolved pronoun subject and no date phrase. A clear noun phrase
    of at least three words naming where or of whom ("Earthquake in Haiti", "Talks in Geneva
    between X and Y") is a headline too; a bare noun ("Quake", "Formed") is not. Applied to every
    candidate, built or cut, so ``describe`` can choose the best-formed one."""
    words = title.split()
    if len(words) < 3:
        return "a fragment"
    # "BP says it will cap the well": the pronoun after a verb of speech is its speaker
    why = suspect(_SPEAKER_PRONOUN.sub(r"\1 X", _TAIL_SAY.sub("", title)))
    if why:
        return why
    if _STRAY.search(title):
        return "a stray token"
    if len(re.findall(r"\b(?:says|say|said)\b", title)) > 1:
        return "two speakers run together"  # "Rebel spokesman says Source says ...": a headline list
    if _PERSONAL.search(title) or _PRONOUN_RE.match(title):
        return "a first-person or pronoun subject"
    if any(w in _LOWER_ONLY | {"about"} for w in (x.lower() for x in words[1:] if x[:1].isupper() and x[1:].islower()))\
            and not re.search(r"[.:;!?\"]\s+[A-Z]", title) or \
            any(x == "A" and nxt[:1].islower() and _word(prev) not in _LETTER_LABELS
                for prev, x, nxt in zip(words, words[1:], words[2:])):
        # "... tribute concert for Cardiff A judge in Los Angeles ruled": two headlines run together
        return "a capitalised function word inside: two sentences run together"
    if _DATE_PHRASE.search(title):
        return "keeps its date phrase"
    first, last_word = _word(words[0]), _word(words[-1])
    if first in _PREPOSITIONS | _SUBORDINATE | {"until", "around", "unless"} and not _QUANTITY.match(title):
        return "opens with a preposition: no subject"  # "In a report publishes", "Until the leadership"
    if first in _TITLE_TAILS and words[1][:1].isupper():
        return "its subject is cut"  # "State Hillary Clinton says": the Secretary of State lost
    if last_word.endswith("ing") and "VERB" in _readings(last_word) and _word(words[-2]) not in _BE | _MODALS \
            and not (_word(words[-2]) in _DETERMINERS and "NOUN" in _readings(last_word)) \
            or _word(words[-1]) in _SPEECH_END:  # "agrees to the meeting": a noun after its article
        return "cut mid-phrase"  # "... a joint article pledging", "A spokesperson states"
    if _TELLS_WHOM.search(title) or (_SAID_ONLY_WHERE.search(title)
                                     and not has_verb("x " + _SAID_ONLY_WHERE.search(title).group(0).split(None, 1)[1])):
        return "a verb of speech with nothing said"  # "Mustafa Abdel Jalil tells a news conference"
    if _word(words[-1]) in _WANTS_TO or " ".join(_word(w) for w in words[-3:]) == "in an attempt":
        return "cut mid-phrase"  # "Police say they did not intend", "... in an attempt": the point was after "to"
    if (_verb_only(first) or _past(first) and "NOUN" not in _readings(first)) and not words[0][1:2].isupper():
        return "no subject before the verb"
    if "VERB" in _readings(first) and not first.endswith(("ing", "s")) and len(words) > 1 \
            and (_word(words[1]) in _DETERMINERS - {"this", "that"} or _word(words[1]).isdigit()) \
            and not words[0][1:2].isupper():
        return "no subject before the verb"  # "Report an ambush", "Send the envoy", "Kill 12 soldiers"
    if first in _LOWER_ONLY - {"the", "a", "an", "this", "that", "these", "those"} or first in _MODALS:
        return "no subject before the verb"
    if len(words) > 1 and (first in ("having", "being") and _verb_s(_word(words[1]), noun=True)
                           or first in _SEQUENCE_ADVERBS and _verb_only(words[1])):
        return "no subject before the verb"  # "Having closes his practice", "Then imposes sanctions"
    last, before_last = _word(words[-1]), _word(words[-2])
    if last in _COUNTS | {"early", "late", "known", "called"} \
            or before_last in _DETERMINERS and last in ("first", "last", "next", "new"):
        return "cut mid-phrase"
    if any(_word(a) == _word(b) and a.isalpha() for a, b in zip(words, words[1:])):
        return "a word twice in a row"  # "drop to 1,800 and and stand"
    if any(_word(w) in _CONJUNCTIONS for w in words[-2:]):
        return "cut mid-phrase"  # "... emerged, when France"
    cut_verb = re.search(r",\s+([a-z]+s)\b(\s+\w+)?", title)
    if cut_verb and not _TAIL_SAY.search(title) and (_verb_s(cut_verb.group(1)) or "VERB" in _readings(cut_verb.group(1))
                                                     and _word((cut_verb.group(2) or "").strip()) in _PREPOSITIONS | _DETERMINERS | {"after"}):
        # "Moffett was new to the company, appoints by the government", "a survivor, rescues after 10 days"
        return "a verb cut from its subject"
    if last in _WANTS_MORE:
        return "cut mid-phrase"  # "... and are likely", "... until May 11 due", "... gives the president hopefully"
    if before_last in _BE and last in _BE_WANTS_MORE:
        return "cut mid-phrase"  # "... that the company was preparing", "... says production is set"
    if before_last in _DETERMINERS and last in _NEEDS_OF:
        return "cut mid-phrase"  # "... with the onus", "... at the heart", "... fall into the hands"
    if words[-1][:1].islower() and set(_readings(last)) == {"ADJ"} and \
            before_last in _DETERMINERS | _PREPOSITIONS:
        return "cut mid-phrase"  # "would condemn the massive", "looking into possible": the noun is lost
    pair = _BAD_PAIR.search(title)
    if pair:
        return "two function words in a row: a phrase lost its middle"  # "Election of and December"
    # after an adverb ("was badly hits") the -s word can only be a verb; right after the auxiliary
    # it may be a noun ("the songs were hits")
    if any(_verb_s(m.group("verb")) or m.group("adverb") and "VERB" in _readings(m.group("verb"))
           and m.group("adverb").strip() != "not" for m in _AUX_THEN_S.finditer(title)):
        return "an auxiliary before a verb in -s: garbled agreement"  # "had just returns", "was badly hits"
    if _ends_on_participle(words):
        return "cut mid-phrase"  # "Engineers lower a containment system designed", "... drugs known"
    if _relative_only(words):
        return "a noun and a relative clause: no main verb"  # "Negotiations on global commerce that foundered"
    report = _REPORT.search(" ".join(words[1:]))
    if report and report.group("rest") and not reported_verb("x " + report.group("rest")):
        return "the reported clause has no verb"
    for w, nxt in zip(words, words[1:]):
        if w[:1].islower() and _past(_word(w)) and _verb_only(_word(w)) and nxt[:1].islower() \
                and _word(nxt).endswith("s") and "VERB" in _readings(_word(nxt)):
            return "two verbs run together"  # "About 850 died ousts the president"
    joined = re.search(r"\s+and\s+([a-z]+s)\b", title)
    if joined and _verb_only(joined.group(1)) and joined.group(1) not in _BE | _HAVE | {"does"} \
            and re.match(r"[A-Z][a-z]+\s+(?:of|on|in|by|at)\s", title) and "VERB" not in _readings(first) \
            and not any(w[:1].islower() and _word(w).endswith(("s", "ed")) and "VERB" in _readings(_word(w))
                        for w in title[:joined.start()].split()[1:]):
        return "a noun phrase joined to a verb"  # "Death of his father and retains the loyalty": whose?
    if not has_verb(title) and not _verb_after_subject(words) and not _noun_phrase(words):
        return "neither a clause nor a clear noun phrase"
    return None


#: conjunctions that open a clause: one in a title's last two words left that clause behind
_CONJUNCTIONS = frozenset("when while because although though if unless whereas whether".split())
#: adjectives and adverbs that ask for what follows them: a headline ending on one was cut
#: adverbs that open a clause whose subject came before them ("Then imposes sanctions")
_SEQUENCE_ADVERBS = frozenset("then also later earlier eventually previously subsequently finally again meanwhile".split())
#: after "is", "was" ...: a form whose point is in what follows ("was preparing | to", "is set | to")
_BE_WANTS_MORE = frozenset("""preparing looking beginning trying planning seeking hoping attempting aiming starting
    continuing going set""".split())
#: nouns that name a part or a position of something and say nothing without their "of"
_NEEDS_OF = frozenset("onus heart hands forefront brink verge behest helm wake mouth height core".split())
_WANTS_MORE = frozenset("""likely unlikely due able unable ready poised willing keen eager whether such own
hopefully even including despite toward towards via per amid among between versus until unless through
throughout within without upon across near still also already just yet along based""".split())
#: a preposition or article right before a conjunction or another preposition: words were cut between them
_BAD_PAIR = re.compile(r"\b(?:of|for|with|from|at|into|the|a|an)\s+(?:and|or|of|for|to|with|by|from|at|as|in|on|into)\b",
                       re.I)
_AUX_THEN_S = re.compile(r"\b(?:has|have|had|was|were|is|are|will|would|did|does|do|to)\s+(?P<adverb>\w+ly\s+|just\s+|"
                         r"also\s+|already\s+|not\s+|still\s+|now\s+)?(?P<verb>[a-z]+s)\b")
#: verbs of report after which a participle ends a reported passive ("Army says 18 people killed")
_REPORTING_LEMMAS = frozenset("say report confirm announce warn claim tell state reveal estimate".split())


def _verb_s(word: str, noun: bool = False) -> bool:
    """A verb in -s that is no noun ("returns" is both: not counted unless ``noun``)."""
    from lemminflect import getInflection
    readings = _readings(word)
    return (noun or "NOUN" not in readings) and "ADJ" not in readings and any(
        word in getInflection(lemma, "VBZ") for lemma in readings.get("VERB", ()))


def _ends_on_participle(words: list[str], strict: bool = False) -> bool:
    """Whether a headline ends on a past participle that qualifies a noun after the main verb and asks
    for more ("deploy a containment system designed", "gave him other drugs known"): the main verb
    came before it, and (unless ``strict``) it is no reported passive ("Army says 18 people killed")."""
    last = _word(words[-1])
    if not words[-1][:1].islower() or "NOUN" in _readings(last) or "ADJ" in _readings(last) and not strict \
            or not _participle(last):
        return False
    if _word(words[-2]) in ("that", "which", "who"):
        return True  # "... in a period that ended": when?
    before = words[:-1]
    k = len(before) - 1
    while k > 0 and (_word(before[k]) in _ADVERBS | {"all", "both", "not", "never"} or _word(before[k]).endswith("ly")):
        k -= 1  # "have all closed", "was quickly repaired"
    if _word(before[k]) in _BE | _HAVE | _MODALS | {"be", "get", "got", "gets"}:
        return False  # "has been arrested", "was released": the passive is the verb
    lemmas = [set(_readings(_word(w)).get("VERB", ())) for w in before[1:]]
    if any(lm & _REPORTING_LEMMAS for lm in lemmas) and not strict:
        return False
    return has_verb(" ".join(before)) or any(w[:1].islower() and _present(_word(w), True) for w in before[1:])


def stated(title: str) -> bool:
    """Whether a clause states its happening as done or set: no modal of speculation ("Obama may get
    the U.S. involved", "the summit would fortify the fund") and no participle left hanging at its end
    ("plans for school buildings closed")."""
    words = title.split()
    if len(words) < 3 or re.search(r"\b(?:may|might|could)\b", title, re.I):
        return False
    last, before = _word(words[-1]), _word(words[-2])
    if words[-1][:1].islower() and _participle(last) and words[-2][:1].islower() and "NOUN" in _readings(before) \
            and not any(set(_readings(_word(w)).get("VERB", ())) & _REPORTING_LEMMAS for w in words[1:-2]):
        return False  # "... school buildings closed": closed for what? ("officials say 33 people died" is whole)
    return True


def _relative_only(words: list[str]) -> bool:
    """A noun phrase whose only verb sits in a relative clause ("The talks that foundered")."""
    at = next((k for k, w in enumerate(words) if w.strip(",.") in ("that", "which", "who", "whose")), None)  # not "WHO"
    if not at or at < 1:
        return False
    head = words[:at]
    rest = words[at + 1:]
    return not has_verb(" ".join(head)) and not _verb_after_subject(head) and len(head) >= 1 and \
        (has_verb("x " + " ".join(rest)) or any(w[:1].islower() and "VERB" in _readings(_word(w)) for w in rest[:2]))


def _noun_phrase(words: list[str]) -> bool:
    """A headline noun phrase: "Earthquake in Haiti", "Talks in Geneva between X and Y": a head,
    then a preposition and a name."""
    return any(_word(w) in _PREPOSITIONS | {"between", "near", "across"} and nxt[:1].isupper()
               for w, nxt in zip(words[1:], words[2:]))


def _verb_after_subject(words: list[str]) -> bool:
    """A word after the first that reads as a verb in headline form ("BP caps the well", "Man
    taken to hospital"), not right after a determiner or a preposition ("the caps", "of caps")."""
    for k, (prev, w) in enumerate(zip(words, words[1:]), start=1):
        low, before = _word(w), _word(prev)
        if not w[:1].islower() or before in _DETERMINERS | _PREPOSITIONS or "VERB" not in _readings(low):
            continue
        if low.endswith("s") or _past(low) or _participle(low) or low in _BE | _HAVE | _MODALS:
            return True
        if _present(low, True) or low in _readings(low).get("VERB", ()) and plural_subject(" ".join(words[:k])):
            return True  # "The mayor and the governor sign"
    return False


# Repairs tried where a candidate is ill formed: tidy its edges, cut it back to a phrase boundary,
# or take the whole sentence when it is short.

#: a wire's or broadcaster's tag, or a date, run into the start of a sentence ("AP Nine new cases ...")
_LEAD_TAG = re.compile(rf"^(?:(?:CNN|AP|PA|AFP|BBC|Reuters|[AP]M)\s+(?=[A-Z])|"
                       # a photographer's credit ("Charles Dharapak/AP ") or a ticker's tail ("N) ") run in
                       r"(?:[A-Z][\w.'-]*\s+){1,3}[A-Z][\w.'-]*(?:/[A-Z]+)+\s+(?=[A-Z])|[A-Z]{1,2}\)\s+(?=[A-Z])|"
                       rf"\d{{1,2}}\s+(?i:{_MONTHS})\w*\s+\d{{4}}\s+(?=[A-Z])|"
                       rf"(?i:{_MONTHS})\w*\s+\d{{1,2}},?\s+\d{{4}}\s+(?=[A-Z]))")
_SAYS_CAPITAL = re.compile(r"\b(says|say|said|tells\s+\w+|warns|announces|reports)\s+(?:that\s+)?([A-Z][a-z]+)\s+(?=[a-z0-9])")
#: where a headline may be cut back: before a preposition, a conjunction, a relative word or a comma
_BACK = re.compile(r",\s+|\s+(?=(?:in|on|at|for|with|from|near|over|during|into|against|amid|after|before|by|following|"
                   r"and|but|as|while|to|that|which|who|until|due|because|since|through|under|including|despite|"
                   r"than|about|around|across|between|among|of)\s)", re.I)


_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                     "hundreds thousands dozens".split())


def tidy(title: str) -> str:
    """A candidate title without a wire's tag or a date run into its start, and without the capital
    a quotation left on the first word of what was said ("says Three more cases" -> "says three more
    cases"; a name keeps it: "says President Obama")."""
    title = _LEAD_TAG.sub("", re.sub(r"\s*\\\*\s*", " ", title).strip())  # a wire's bullet marks: "\\* Turkey confirms ..."

    def lower(m: re.Match) -> str:
        word = m.group(2)
        low = word.lower()
        if low in _NUMBERS or low in _DETERMINERS or low in _QUANTIFIERS or \
                low.endswith("ing") and "VERB" in _readings(low) and "PROPN" not in _readings(low):
            return m.group(0).replace(word, low, 1)
        return m.group(0)  # a name may be a common word too: "says Bush", "says Brown"

    title = _SAYS_CAPITAL.sub(lower, title)
    title = title[:1].upper() + title[1:]
    said = re.match(r"(?:Saying|Adding|Claiming|Insisting)\s+(?:that\s+)?(\S.*)", title)
    if said and not ill_formed(said.group(1)[:1].upper() + said.group(1)[1:]):
        # "Saying eight soldiers killed in ...": the clause cut from "quoted X as saying ..." has no
        # subject of its own; what was said is the headline ("Eight soldiers killed in ...")
        title = said.group(1)[:1].upper() + said.group(1)[1:]
    if ill_formed(title) in ("its subject is cut", "too long"):
        named = _speaker_name(title)
        if named and len(named) < len(title):
            title = named
    return title


_SAYS_AT = re.compile(r"\s(?:says|say)\s")
#: the verb after a speaker or an actor named after their office, for a clause too long to keep whole
_ACTS_AT = re.compile(r"\s(?:says|say|tells|announces|warns|insists|urges|calls|vows|pledges|promises|"
                      r"signs|meets|visits|orders|rejects|accepts|resigns|denies|admits|confirms)\s")


def _speaker_name(title: str, verb: re.Pattern = _SAYS_AT) -> str | None:
    """``title`` with its speaker cut down to the person's name, where the speaker is a name after a
    title of office ("Finance Minister Guido Mantega says ..." -> "Guido Mantega says ...",
    "Treasury secretary nominee Timothy F. Geithner says" -> "Timothy F. Geithner says"): a
    headline names people so, and a speaker cut at a word limit ("Minister Guido Mantega") or a
    title too long for a headline reads whole again. None when no title of office stands right
    before a name ("Congressional Budget Office says": an institution, kept whole)."""
    m = verb.search(title)
    if not m:
        return None
    speaker = title[:m.start()].split()
    # the name: the capitalised words after the last title of office
    k = len(speaker)
    while k > 0 and speaker[k - 1][:1].isupper() and not _role(speaker[k - 1]) \
            and not speaker[k - 1].endswith(("'s", "’s", ",")):
        k -= 1
    if k == 0 or k == len(speaker) or not _role(speaker[k - 1]):
        return None
    return " ".join(speaker[k:]) + title[m.start():]


def _role(word: str) -> bool:
    return any(part in _ROLES for part in _word(word).split("-"))


#: titles of office and descriptions that stand before a person's name ("Defense Secretary Robert Gates")
_ROLES = frozenset("""minister secretary chief director president spokesman spokeswoman spokesperson official
officer mayor governor ambassador commissioner chairman chairwoman envoy adviser advisor nominee general
prosecutor attorney executive marshal premier chancellor king queen prince senator sen rep representative
congressman congresswoman leader head commander lieutenant colonel captain admiral professor analyst economist
judge sheriff administrator coordinator counsel lawmaker correspondent reporter editor founder ceo president-elect
vice deputy cardinal archbishop bishop pope sergeant major""".split())


def trim(title: str) -> str | None:
    """The longest part of an ill-formed ``title`` cut back at a phrase boundary that is a well-formed
    clause ("Businesses have all closed and are likely" -> "Businesses have all closed"), or None.

    A cut that leaves too little is no headline either: the part kept must hold half the title or
    more and four words, must not end on a participle ("warn pneumonia caused"), a verb of speech
    with nothing said ("... reports", "... tells CNN") or a conjunction's half ("begins and goes"),
    and what a verb of speech reports must keep a verb."""
    if not ill_formed(title):
        return title
    cuts = sorted({m.start() for m in _BACK.finditer(title)}, reverse=True)
    for at in cuts:
        head = title[:at].rstrip(" ,;:")
        words = head.split()
        if len(words) < 4 or len(head) < len(title) / 2 or head.count('"') % 2:
            continue
        if ill_formed(head) or not (has_verb(head) or _verb_after_subject(words)) or _unfinished(words):
            continue
        return head
    return None


_SPEECH = frozenset("""says say said tells tell told reports report warns warn announces announce adds indicates
indicate stresses emphasizes notes confirms confirm claims claim insists urges urge""".split())


def _unfinished(words: list[str]) -> bool:
    """Whether a headline cut back for length stops before its point (see ``trim``)."""
    if _ends_on_participle(words, strict=True) or "and" in (_word(w) for w in words[-2:]):
        return True
    # the first word after the subject that reads as a verb ("keeps" in "The line keeps its boats docked")
    verb = next((k for k, w in enumerate(words[1:], 1) if w[:1].islower() and "VERB" in _readings(_word(w))
                 and _word(words[k - 1]) not in _DETERMINERS | _PREPOSITIONS
                 and (k + 1 >= len(words) or _word(words[k + 1]) != "of")), None)  # "ministers of": a noun
    after = words[verb + 1:] if verb is not None else []
    if len(after) < 2 or len(after) == 2 and _word(after[0]) in _PREPOSITIONS:
        return True  # "Leaders meet", "She reveals on-air": the verb lost what it was about
    speech = [k for k, w in enumerate(words[1:], 1) if _word(w) in _SPEECH and words[k][:1].islower()]
    if speech:
        rest = words[speech[0] + 1:]
        if _word(words[speech[0]]) in ("tells", "tell", "told") and rest:
            rest = rest[1:] if rest[0][:1].isupper() else rest[2:]  # "tells CNN", "tells the BBC"
        if len(rest) < 3 or not reported_verb("x " + " ".join(rest)):
            return True
    return False


def _two_dates(text: str) -> bool:
    """Whether a sentence holds two date phrases: one sentence, two happenings, whose whole clause
    would title both ("cases in Indonesia last week and in Liberia on Monday")."""
    return len(_WHEN.findall(text)) + len(re.findall(rf"\b(?:{_MONTHS})\b\.?\s+\d", text, re.I)) > 1


def sentence_title(quote: str) -> str | None:
    """The quote's whole sentence as a headline when it is short: no dateline, no opening phrase,
    its first verb in headline form; None when it is too long or has no verb after a subject."""
    text = _DATELINE.sub("", _untokenize(quote.strip())).strip().rstrip(".")
    if _two_dates(text):
        return None  # "cases in Indonesia last week and in Liberia on Monday": two happenings
    text = _WHEN.sub("", _LEAD_TAG.sub("", text))
    text = re.sub(r",\s+(?:however|meanwhile|though|too|also),\s+", " ", text)
    for _ in range(3):
        m = _OPENER.match(text)
        if not m:
            break
        text = text[m.end():]
    if len(text) > LIMIT or len(text.split()) < 3 or '"' in text or "?" in text or _FURNITURE.search(text):
        return None
    done = _headlinese(text)
    if done is None:
        return None
    text = strip_date(done[0])
    return text[:1].upper() + text[1:]


#: an opening phrase that sets the scene of the sentence's main clause: "In Tuesday's opening statement, ..."
_SCENE_OPENER = re.compile(r"^(?:In|At|During)\s+[^,;:\"]{3,80}?,\s+(?=[A-Z]|[a-z]+\s)")


def scene_title(quote: str, trigger: str, at: int = -1) -> str | None:
    """The main clause of a sentence whose opening phrase holds the trigger and only sets the scene
    ("In Tuesday's opening statement, the lead prosecutor told the court ...": what he told it),
    cut as any clause is; None when the trigger is elsewhere or the rest gives no clause."""
    text, pos = _locate(quote, trigger, at)
    if pos < 0:
        return None
    text = _DATELINE.sub("", text)
    pos = text.find(trigger) if trigger else -1
    opener = _SCENE_OPENER.match(text)
    if not opener or not 0 <= pos < opener.end() or text[:pos].count('"') % 2:
        return None
    rest = text[opener.end():]
    # "In talks with the council's chairman, Mustafa Abdul Jalil, David Cameron invited ...": the name
    # after the opener's comma belongs to the opener
    rest = re.sub(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4},\s+(?=[A-Z]|(?:the|a|an)\s)", "", rest)
    done = _headlinese(rest)
    if done is None:
        return None
    words = rest.split()
    verb = len(done[0][:done[1]].split()) - 1
    if not 0 < verb < len(words):
        return None
    at_verb = len(" ".join(words[:verb])) + 1
    title = cut(rest, words[verb], at_verb)
    return tidy(strip_date(title)) if title else None


_NP_PREPOSITIONS = frozenset("in at by of with on between against near over for from outside inside".split())
_NP_STOP = re.compile(r"[,;:()\"]|\s(?:which|who|that|where|when|while|after|before|as|to|but|because|since|until|"
                      r"amid|despite|following)\s", re.I)


_NP_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|[a-z][\w'’-]*)$")


def participle_title(quote: str, trigger: str, at: int = -1) -> str | None:
    """A passive headline for a trigger that is a past participle after its noun, a reduced relative
    ("according to an affidavit made public on Monday": "An affidavit made public"), or a participle
    opening the sentence before its subject ("Adopted in October, the law sends ...": "The law
    adopted"). None when the participle has no noun phrase of its own."""
    text, pos = _locate(quote, trigger, at)
    if pos < 0:
        return None
    words_after = text[pos:].split()
    first = _word(words_after[0]) if words_after else ""
    if not _participle(first):
        return None
    nxt = _word(words_after[1]) if len(words_after) > 1 else ""
    if nxt and nxt not in _PREPOSITIONS | {"public", "earlier", "last", "this", "yesterday", "today", "over",
                                          "during", "after", "before", "since", "until"} and words_after[1] not in ",.;:":
        return None  # "the administration reiterated that ...", "warned Europe": a finite verb with its object
    before = text[:pos].rstrip()
    tail = re.split(r"\s*[,;:]\s*|\s+(?:and|but|which|who|after|before|as|while|when|because)\s+", text[pos:], maxsplit=1)[0]
    tail = _DATE_TAIL.sub("", tail).strip(" .")
    if not before.strip() or before.rstrip().endswith("."):
        # "Adopted in October, the law sends ...": the subject comes after the comma
        m = re.match(r"[^,;:]{0,60},\s+((?:the|a|an|its|this)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+[a-z]+",
                     text[pos:], re.I)
        if not m or not any("NOUN" in _readings(_word(w)) for w in m.group(1).split()[1:]):
            return None
        title = f"{m.group(1)} {first}"
    else:
        words = before.split()
        if _word(words[-1]) in _BE | _HAVE | _NON_FINITE | _MODALS | {"to"}:
            return None  # "was removed", "has been adopted": a clause, the cutter's business
        if "NOUN" not in _readings(_word(words[-1])) and not words[-1][:1].isupper():
            return None
        np: list[str] = []
        for w in reversed(words[-5:]):
            low = _word(w)
            if low in _PREPOSITIONS | _SUBORDINATE or not _NP_WORD.match(w.strip(",.")) or w.endswith(",") \
                    or ("VERB" in _readings(low) and not {"NOUN", "ADJ", "PROPN"} & set(_readings(low))
                        and not w[:1].isupper()):
                break
            np.insert(0, w)
            if low in _DETERMINERS:
                break
        if len(np) < 2 or _word(np[0]) not in _DETERMINERS or _word(np[0]) in _PRONOUN:
            return None  # "an affidavit made public": a determiner opens the participle's noun phrase
        outer = _word(words[-len(np) - 1]) if len(words) > len(np) else ""
        if not (outer in _PREPOSITIONS | {"at", "about", "like", "than", "during", "after", "before", "over"}
                or "VERB" in _readings(outer) and outer not in _SUBORDINATE | {"and", "but", "or"}):
            return None  # "the Pentagon disclosed on Friday": a subject and its verb, not a noun and its participle
        governor = words[-len(np) - 2] if len(words) > len(np) + 1 else ""
        if outer in ("of", "in", "at", "for", "on", "with", "from") and governor and (
                governor[:1].isupper() or governor[:1].isdigit() or "NOUN" in _readings(_word(governor))):
            return None  # "the conflict in the country intensified": the noun phrase ends a larger subject
        title = f"{' '.join(np)} {tail}"
    title = title.strip()
    if len(title) > LIMIT or len(title.split()) < 3:
        return None
    return title[:1].upper() + title[1:]


_DATE_TAIL = re.compile(r"\s+(?:on|in|at|last|this|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?:(?:monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
                        r"september|october|november|december|week|month|year|weekend)\b|\d{4}\b).*$", re.I)


def noun_title(quote: str, trigger: str, at: int = -1) -> str | None:
    """A plain noun-phrase title from the sentence's own words where no clause reads as a headline:
    the trigger noun with the modifiers before it and the phrase after it that names where, by or
    with whom ("the opposition conference in Damascus on Monday which ..." -> "Opposition conference
    in Damascus"); None unless that phrase holds a name (a bare "Speech" or "Meeting" says nothing)."""
    text, pos = _locate(quote, trigger, at)
    if pos < 0 or not trigger.split():
        return None
    head = trigger.split()[0]
    end = pos + len(head)
    if text[:pos].count('"') % 2:
        return None  # someone's words ("A massacre in Benghazi was prevented"): the noun may name what did not happen
    if "NOUN" not in _readings(_word(head)) or text[end:end + 1].isalpha() or _past(_word(head)) \
            or _participle(_word(head)):
        return None  # "set for Thursday": a verb's form, not the happening's noun
    rest = text[end:]
    stop = _NP_STOP.search(rest)
    rest = rest[:stop.start()] if stop else rest
    words = rest.split()[:9]
    if not words or _word(words[0]) not in _NP_PREPOSITIONS:
        # no phrase after the noun: a name before it may still say whose ("the NATO summit ."), unless
        # the noun goes on ("the BP oil | spill", "a news | conference") or takes an object ("police
        # interview | Dr Murray"): then the word is a modifier or a verb
        after = text[end:].split()[:1]
        nxt = _word(after[0]) if after else ""
        if len(trigger.split()) > 1 and _word(trigger.split()[1]) not in _PREPOSITIONS or after and (
                after[0][:1].isupper() or after[0][:1].isdigit() or nxt in _DETERMINERS
                or after[0][:1].isalpha() and "NOUN" in _readings(nxt) and nxt not in _BE | _HAVE | _MODALS
                and not nxt.endswith("ed") and not _verb_s(nxt, noun=True)):
            return None
        words = []
    # the phrase ends with its last name or noun, before any verb
    for k, w in enumerate(words[1:], 1):
        low = _word(w)
        if w[:1].islower() and ("VERB" in _readings(low) and "NOUN" not in _readings(low) or low in _BE | _HAVE):
            words = words[:k]
            break
        if low in ("and", "but") and k + 1 < len(words) and words[k + 1][:1].islower() \
                and _verb_only(words[k + 1]) and _word(words[k + 1]).endswith(("s", "ed")):
            words = words[:k]  # "the death of his father and retains the loyalty": a second verb's clause
            break
    while words and (_word(words[-1]) in _DANGLING | _PREPOSITIONS or _word(words[-1]) in _WEEKDAYS):
        words = words[:-1]
    named_after = any(w[:1].isupper() for w in words[1:])
    # modifiers before the trigger: lowercase adjectives and nouns, or names, back to a determiner
    before = text[:pos].split()
    mods: list[str] = []
    for k, w in enumerate(reversed(before[-3:])):
        low = _word(w)
        if w.endswith(("'s", "’s")) and w[:1].isupper() and low[:-2] not in _WEEKDAYS:
            # "Dick Cheney's interview": the one whose happening it is, name and all
            names = [w]
            for x in reversed(before[:len(before) - k - 1][-3:]):
                if not x[:1].isupper() or x.endswith(","):
                    break
                names.insert(0, x)
            mods = names + mods
            break
        after_article = len(before) - k - 2 >= 0 and (_word(before[len(before) - k - 2]) in _DETERMINERS
                                                      or before[len(before) - k - 2].endswith(("'s", "’s")))
        if not w or w.endswith((",", ";", ":")) or low in _DETERMINERS | _PREPOSITIONS | _WEEKDAYS \
                or w.endswith(("'s", "’s")) or low.isdigit() or "VERB" in _readings(low) and "NOUN" not in _readings(low) \
                and "ADJ" not in _readings(low) and not after_article:
            break  # "held talks": a verb; "the televised debate", "Cheney's unhinged interview": modifiers
        if low in _MODALS | _BE | _HAVE | _SUBORDINATE | {"to", "during", "amid", "despite", "following"}:
            break  # "to Israel during talks": a preposition's object, not the noun's modifier
        mods.insert(0, w)
    # the noun must stand as one: after an article, a possessive, a preposition or a number, or first
    if not any(m.endswith(("'s", "’s")) for m in mods) and len(before) > len(mods):
        left = before[len(before) - len(mods) - 1]
        if not (_word(left) in _DETERMINERS | _PREPOSITIONS | _NP_PREPOSITIONS or left.endswith(("'s", "’s", ","))
                or _word(left).isdigit() or _word(left) in ("and", "or")):
            return None  # "Barroso will meet with Bush", "they talk with": the word is a verb here
    if not named_after and not _names_whose(mods, len(before) == len(mods)):
        return None  # a bare "Speech" or "Meeting", "the meeting at the office": no one and nowhere named
    title = strip_date(" ".join(mods + [text[pos:end]] + words).rstrip(" .!?"))
    if any(_word(w) in _WEEKDAYS for w in title.split()):
        return None  # a day in the title contradicts the entry's date as often as it repeats it
    title = title[:1].upper() + title[1:]
    return title if len(title) <= LIMIT and len(title.split()) >= (3 if words else 2) else None


def _names_whose(mods: list[str], sentence_start: bool) -> bool:
    """Whether the words before an event noun name whose or where it is: a name ("the NATO summit",
    "Friday's Security Council meeting", "Dick Cheney's interview"), not a capital that only opens
    the sentence, a month or a weekday."""
    for k, w in enumerate(mods):
        low = _word(w)
        if low.endswith(("'s", "’s")):
            low = low[:-2]
        if any(q in w for q in "\"'`’") and not w.endswith(("'s", "’s")):
            return False  # "a Dream'' speech": a quoted title, not a name
        if not w[:1].isupper() or low in _WEEKDAYS or low in _MONTH_NAMES:
            continue
        if k == 0 and sentence_start and not w[1:2].isupper() and not w.endswith(("'s", "’s")):
            continue  # "Opposition conference ..." at the start of the sentence
        return True
    return False


def noun_headline(title: str) -> bool:
    """A two-word noun title ``noun_title`` built that names whose it is ("NATO summit", "Mubarak's
    resignation"): a headline for a reader where the alternative is the bare noun, though
    ``ill_formed`` calls every two-word title a fragment."""
    words = title.split()
    if len(words) != 2 or not words[0][:1].isupper() or not words[1][:1].islower() \
            or "NOUN" not in _readings(_word(words[1])):
        return False
    first = words[0]
    # a name: capitals inside ("NATO", "G-20"), a possessive, or no reading as a common word
    return any(ch.isupper() for ch in first[1:]) or first.endswith(("'s", "’s")) \
        or _word(first) not in _LOWER_ONLY | _DETERMINERS \
        and not _readings(_word(first)).keys() & {"NOUN", "ADJ", "VERB", "ADV", "DET", "ADP"}


#: verbs whose object names a happening only by its noun and says nothing of who took part
_LIGHT_OBJECT_VERBS = frozenset("follow precede follows followed preceded see saw seen mark marked".split())


def governing_verb(quote: str, trigger: str, at: int = -1) -> tuple[str, int] | None:
    """The finite verb (and its offset in ``quote``) whose object is an event noun, for a clause that
    names who held the happening ("Finance ministers hold an emergency meeting", "Bush attended the
    G-20 meeting") where the noun alone is a bare "Meeting". Walks back from the noun over its
    determiner and modifiers (at most four words: adjectives, nouns, names, a possessive) to a verb
    that is not a participle after a noun phrase or a preposition; None for anything else."""
    if not trigger or len(trigger.split()) > 1:
        return None
    pos = at if 0 <= at < len(quote) and quote[at:at + len(trigger)].lower() == trigger.lower() \
        else quote.lower().find(trigger.lower())
    if pos < 0 or "NOUN" not in _readings(_word(trigger)) or _two_dates(_untokenize(quote)):
        return None
    words = list(re.finditer(r"\S+", quote[:pos]))
    seen_determiner = False
    for k in range(len(words) - 1, max(len(words) - 6, -1), -1):
        token = words[k].group(0)
        low = _word(token)
        if not token[-1:].isalnum() and not token.endswith(("'s", "’s")) and token not in ("'s", "’s"):
            return None  # a comma, a bracket, a quotation: the noun stands in another phrase
        if low in _DETERMINERS or token in ("'s", "’s"):
            seen_determiner = True
            continue
        readings = _readings(low)
        if token.islower() and "VERB" in readings and low not in _BE | _HAVE | _MODALS \
                and not low.endswith("ing") and low not in _PREPOSITIONS and low not in _LIGHT_OBJECT_VERBS \
                and (seen_determiner or "NOUN" not in readings and "ADJ" not in readings) \
                and (low.endswith(("s", "ed")) or _past(low) or k > 0 and _word(words[k - 1].group(0)) not in
                     _DETERMINERS | _PREPOSITIONS):
            return token, words[k].start()  # "attended the summit", "held talks", "agreed to attend the talks"
        if low in _PREPOSITIONS or low in _SUBORDINATE or low in ("and", "or", "but", "to"):
            return None  # "after the explosion", "to hold a meeting": the noun is no verb's object here
        if not (readings.keys() & {"NOUN", "ADJ", "PROPN"} or token[:1].isupper() or low.isdigit()):
            return None
    return None
