"""Headline grammar: the present tense of a past verb and the number of the subject it agrees with.

Titles are written in headline present tense ('Pentagon says', 'Floods kill'); the verbs the headline
table (headline.json) lists are looked up, any other regular verb is derived by English morphology.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import gazetteer, headline_verbs


def present(past: str, subject: str, speaker: bool = False) -> str:
    """The headline (present) form of a past verb or verb phrase, agreeing with its subject (``speaker``:
    a bare capitalised word is more likely a surname, 'Gibbs says', than a plural, 'Floods kill')."""
    forms = headline_verbs().get(past) or regular_present(past)
    if not forms:
        return past
    return forms[0] if plural_subject(subject, speaker) else forms[1]


#: Subject heads that take a plural verb although they do not end in -s.
_PLURAL_HEADS = frozenset({"police", "people", "they", "we", "authorities", "militia", "children", "men",
                           "women", "staff", "crew", "personnel", "cattle", "clergy", "youth"})
_SINGULAR_S = re.compile(r"(?:ss|us|is|ics|ews|ies?['’]s|['’]s|series|species|[A-Z]\w*s)$")


@lru_cache(maxsize=20_000)
def _irregular_plural(word: str) -> bool:
    """A plural noun that does not end in -s, by lemminflect's tables ("gunmen" of "gunman")."""
    from lemminflect import getAllLemmas, getInflection
    return any(lemma != word and word in getInflection(lemma, "NNS")
               for lemma in getAllLemmas(word).get("NOUN", ()))


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen hundred thousand".split())


def _modifier_place(previous: str) -> bool:
    """Whether an -ing word after ``previous`` modifies the noun after it ("the ruling party", "two
    leading figures", "Iran's growing protests") rather than following its head noun."""
    low = previous.lower()
    return low in ("the", "a", "an", "its", "his", "her", "their") or low in _NUMBER_WORDS \
        or low.replace(",", "").isdigit() or low.endswith(("'s", "’s"))


#: a count that stands as a subject of its own: "Thousands sign", "Dozens flee"
_COUNT_NOUNS = frozenset("thousands hundreds dozens millions scores tens".split())


def plural_subject(subject: str, speaker: bool = True) -> bool:
    """Whether a subject takes a plural verb: 'Iraq and the US', 'protests against X', 'residents of Y'."""
    words = (subject or "").split()
    while words and words[0].lower() in ("the", "a", "an", "some", "several", "many", "most", "all", "its",
                                         "their", "his", "her", "our"):
        words = words[1:]
    if len(words) > 2 and words[0].lower() in _QUANTITIES and words[1].lower() == "of":
        return True  # "a handful of groups say", "dozens of Bedouins gather"
    if not words:
        return False
    if words[0].lower() in _COUNT_NOUNS:
        return True  # "Thousands sign contracts", "hundreds flee"
    if len(words) > 1 and words[0][:1].isupper() and words[0][1:].islower() and words[1][:1].islower():
        words[0] = words[0].lower()  # a capital that only opens the title: "Residents of Tripoli"
    if re.search(r"\band\b", subject) and not re.search(r"\b(?:between|of|for)\b.*\band\b", subject):
        return True
    # the head noun is the last word before a preposition, a participle or a relative word
    head = words[-1]
    for k, word in enumerate(words[1:], 1):
        if word.lower() in ("of", "in", "at", "to", "from", "against", "for", "with", "on", "near", "around",
                            "across", "outside", "inside", "who", "which", "that", "loyal", "based") or \
                re.fullmatch(r"[a-z]+ing", word) and not _modifier_place(words[k - 1]):
            head = words[k - 1]  # "protesters demanding reform"; not "two leading opposition figures"
            break
    low = head.lower()
    if low in _PLURAL_HEADS:
        return True
    if not low.endswith("s") and head[:1].islower():
        return _irregular_plural(low)  # "gunmen", "fishermen", "data"
    if not low.endswith("s") or len(low) <= 3:
        return False
    if head[:1].isupper():
        # "Officials", "Protesters" open a title with a capital; "Hamas", "Brussels", "Northwind Airlines" are names
        return head == words[0] and head[1:].islower() and not _singular_name(head) and (
            bool(_PLURAL_NOUN.search(low)) or not speaker and not _SINGULAR_S.search(low))
    if _irregular_plural(low) or _regular_plural(low):
        return True  # "medics", "paramedics": the plural of a noun in lemminflect's tables
    return not _SINGULAR_S.search(head)


def _regular_plural(word: str) -> bool:
    """A plural noun in -s by lemminflect's tables ("medics" of "medic"), not a noun whose singular
    ends so ("politics", "news", "physics")."""
    from lemminflect import getAllLemmas, getInflection
    lemmas = getAllLemmas(word).get("NOUN", ())
    return bool(lemmas) and all(lemma != word for lemma in lemmas) and any(
        word in getInflection(lemma, "NNS") for lemma in lemmas)


#: Endings of plural common nouns that open a title ("Officials", "Protesters", "Rebels"), not of surnames
#: ("Gibbs", "Jones", "Adams").
_PLURAL_NOUN = re.compile(r"(?:^(?:troops|rebels|police|forces|talks|reports|sources|families|groups|unions|"
                          r"gunmen|crowds|voters)$|.{3,}(?:ers|ists|ians|cans|ors|ies|ees|ates|ites|ents|ants|als|ives|"
                          r"ers|ions|ics|ces|ops|els|ups)$)")


@lru_cache(maxsize=1)
def _singular_names() -> frozenset[str]:
    table = gazetteer()
    names = {n for key in ("actors", "places", "capitals") for n in table[key] if " " not in n}
    return frozenset(names) | {"Brussels", "Athens", "Wales", "Texas", "Kansas", "Arkansas", "Illinois", "Honduras",
                               "Cyprus", "Laos", "Algiers", "Marseilles", "Reuters", "News", "Wales", "Hamas"}


def _singular_name(word: str) -> bool:
    return word in _singular_names() and word not in ("Americans", "Houthis")


_QUANTITIES = frozenset({"handful", "number", "majority", "lot", "lots", "couple", "dozens", "hundreds", "thousands",
                         "millions", "scores", "tens"})


def regular_present(past: str) -> tuple[str, str] | None:
    """['strike down', 'strikes down'] for 'struck down'; ['file', 'files'] for 'filed': the first word
    from the headline table or by regular English morphology, particles kept."""
    words = past.lower().split()
    if not words or len(words) > 4:
        return None
    table = headline_verbs()
    if words[0] in table:
        base = table[words[0]][0]
    elif re.fullmatch(r"[a-z]{3,}ed", words[0]):
        # "described" -> "describe": lemminflect's tables first, the hand rules where they know nothing;
        # irregular forms ("was", "made", "found") stay as written, as before (many are participles)
        base = _lemma_of_past(words[0]) or base_of(words[0])
    else:
        return None
    rest = " ".join(words[1:])
    third = third_person(base)
    return (f"{base} {rest}".strip(), f"{third} {rest}".strip())


#: Past forms whose base regular rules get wrong (stems the e-restoring rule misreads).
_BASES = {"created": "create", "united": "unite", "invited": "invite", "cited": "cite", "completed": "complete",
          "competed": "compete", "deleted": "delete", "opened": "open", "visited": "visit", "entered": "enter", "offered": "offer", "ordered": "order",
          "happened": "happen", "listened": "listen", "threatened": "threaten", "gathered": "gather",
          "delivered": "deliver", "considered": "consider", "covered": "cover", "suffered": "suffer",
          "answered": "answer", "worsened": "worsen", "strengthened": "strengthen", "weakened": "weaken",
          "reopened": "reopen", "developed": "develop", "budgeted": "budget", "targeted": "target",
          "limited": "limit", "edited": "edit", "credited": "credit", "exhibited": "exhibit",
          "prohibited": "prohibit", "inherited": "inherit", "marketed": "market", "benefited": "benefit",
          "focused": "focus", "traveled": "travel", "labeled": "label", "canceled": "cancel", "modeled": "model",
          "signaled": "signal", "fueled": "fuel", "totaled": "total", "leveled": "level", "channeled": "channel"}


@lru_cache(maxsize=20_000)
def _lemma_of_past(past: str) -> str | None:
    """The verb whose past tense or participle ``past`` is, by lemminflect's tables, when it is one
    verb's only such reading ("described" -> "describe"); None for words the tables do not know."""
    from lemminflect import getAllLemmas, getInflection
    lemmas = [lemma for lemma in getAllLemmas(past).get("VERB", ())
              if lemma != past and (past in getInflection(lemma, "VBD") or past in getInflection(lemma, "VBN"))]
    return lemmas[0] if len(lemmas) == 1 else None


def base_of(past: str) -> str:
    """'filed' -> 'file', 'banned' -> 'ban', 'denied' -> 'deny', 'turned' -> 'turn', 'approved' -> 'approve'."""
    if past in _BASES:
        return _BASES[past]
    stem = past[:-2]
    if stem.endswith("i"):
        return stem + "e" if len(stem) <= 2 else stem[:-1] + "y"  # "died", "tied"; "denied", "married"
    if len(stem) > 2 and stem[-1] == stem[-2] and (stem[-1] not in "lsfz" or re.search(
            r"[aeiou][^aeiou]+[eo]ll$", stem)):
        return stem[:-1]  # "banned", "stopped", "cancelled", "controlled" (not "called", "passed")
    if re.search(r"(?:[vcz]|[^aeiou]g|[aeiou]s|[^aeiouy][bdgkpt]l|u|ur|[^aeiou][aiou]r|ar|[^aeiou][au]t)$", stem) and \
            not re.search(r"[aeiou]{2}r$", stem):
        return stem + "e"  # "approved", "replaced", "urged", "used", "settled", "restored", "declared"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", stem):
        return stem + "e"  # one syllable, one vowel, one consonant: "filed", "voted", "ruled", "fined"
    return stem


def third_person(base: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"
