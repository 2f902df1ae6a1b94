"""Headline-style titles, one-sentence summaries and match keywords for event mentions."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import DateInterval, Sentence
from .entities import Entity
from .vocabulary import headline_verbs

if TYPE_CHECKING:  # pragma: no cover
    from .detect import _Token, _Trigger

_STOP_WORDS = re.compile(
    r"\s*(?:[,;:()\[\]“”\"]|``|''|\s[–—-]\s|\b(?:which|who|while|according|in\s+retaliation|after|since|"
    r"following|despite|amid|because|as\s+well|when|provoking|citing|saying|adding|but|whereas|"
    r"although|though|due\s+to|in\s+order|in\s+an\s+effort|so\s+that|amid)\b)", re.I)
_TRAILING = {"the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "its", "their", "his", "her",
             "for", "by", "with", "from", "that", "is", "was", "were", "are", "be", "been", "has",
             "have", "had", "it", "this", "these", "those", "also", "very", "any", "as", "no", "later",
             "than", "not"}
_AUX = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "did", "does", "do", "also"}
_SUPPORT_VERBS = re.compile(
    r"\b(?:carried\s+out|carries\s+out|launched|launches|conducted|conducts|reached|reaches|signed|signs|"
    r"announced|announces|held|holds|struck|concluded|began|started)\s+(?:(?:an?|the|its|their|new|"
    r"first|\w+-\w+)\s+){0,2}$", re.I)
_DATELINE = re.compile(r"^(?:[A-Z][\w .,'’-]{0,60}?\s*\([^)]{1,40}\)\s*[–—-]+\s*|[A-Z][\w .]{0,30}/\s*|"
                       r"[A-Z]{3,}[A-Z ,]*(?:,\s*[\w ]+)?\s+[–—-]+\s+)")
_STOPWORDS = frozenset("""a an the of to in on at by for from with and or but as is was were are be been
    being has have had it its their his her this that these those there here which who whom whose
    what when where while than then so not no also very more most some any all each other into over
    under about after before since during until said says say told stated new last first next""".split())
_IRREGULAR_LEMMAS = {
    "fell": "fall", "fallen": "fall", "overran": "overrun", "withdrew": "withdraw", "withdrawn": "withdraw",
    "met": "meet", "struck": "strike", "strikes": "strike", "airstrikes": "airstrike", "left": "leave",
    "forces": "force", "talks": "talks", "news": "news", "us": "us", "isis": "isis", "says": "say",
    "said": "say", "told": "tell", "overthrew": "overthrow", "overthrown": "overthrow", "began": "begin",
}


def title_for(text: str, sentence: Sentence, head: "_Trigger", type_: str,
              entities: list[Entity], tokens: list["_Token"]) -> str:
    """A short headline naming who did what, built from the trigger and its arguments."""
    trigger_text = head.text
    after = _object(text, head, sentence)
    before = text[sentence.start:head.start]
    subject = _subject(before, entities, sentence)
    key = head.entry.key
    lower = trigger_text.lower()

    if type_ == "regime_change":
        if head.entry.pos == "noun" and key == "fall":
            target = re.sub(r"^of\s+", "", after)
            if not target:  # "Assad's fall"
                match = re.search(r"((?:[A-Z][\w-]*\s*){1,3})['’]s\s*$", before)
                target = match.group(1).strip() if match else (subject or "")
            return _finish(f"Fall of {target}")
        if lower in ("fell", "collapsed"):
            return _finish(f"Fall of {subject}" if subject else f"{trigger_text} {after}")
    if type_ == "deadline":
        if key == "end" and head.entry.pos == "verb":
            base = headline_verbs().get(lower, (lower, lower))[0]
            if lower in ("end", "ending", "ends"):
                base = "end"
            return _finish(f"Deadline to {base} {after}")
        if head.entry.pos == "noun" and key in ("end", "withdrawal"):
            return _finish(f"Deadline for the {lower} {after}")
        if key == "deadline" and head.entry.pos == "noun":
            return _finish(f"Deadline {after}" if after.startswith(("for", "to")) else f"Deadline for {after}")
    if head.entry.pos == "noun":
        support = _SUPPORT_VERBS.search(before)
        modifiers = _modifiers(before)
        if support and subject:
            verb = _present(support.group(0).split()[0].lower() if "carr" not in support.group(0).lower()
                            else "carried out", subject)
            noun = trigger_text if type_ != "agreement" else trigger_text.lower()
            return _finish(f"{subject} {verb} {modifiers}{noun} {after}")
        noun = trigger_text[0].upper() + trigger_text[1:]
        if modifiers:
            noun = modifiers + trigger_text
        if type_ == "agreement" and subject:
            return _finish(f"{subject} {trigger_text} {after}")
        return _finish(f"{noun} {after}")
    # verbs
    verb = lower
    aux_before = before.split()[-1:] if before.split() else []
    passive = bool(aux_before) and aux_before[0].lower() in ("was", "were", "been", "be", "is", "are")
    if not passive:
        verb = _present(lower, subject or "")
    if type_ == "statement":
        complement = re.sub(r"^that\s+", "", after)
        if not complement:
            quoted = re.match(r"\s*[“\"']+\s*([^”\"]+)", sentence.text)
            complement = _clip(quoted.group(1), 10) if quoted else ""
        if not subject:
            subject = _subject_after(text, head, sentence, entities)
        return _finish(f"{subject or 'Officials'} {verb} {complement}")
    return _finish(f"{subject} {verb} {after}" if subject else f"{verb} {after}")


def _object(text: str, head: "_Trigger", sentence: Sentence) -> str:
    rest = text[head.end:sentence.end]
    if head.timex is not None and head.timex.start >= head.end:
        rest = text[head.end:head.timex.start] + " " + text[head.timex.end:sentence.end]
    cut = _STOP_WORDS.search(rest)
    if cut:
        rest = rest[:cut.start()]
    # a later date expression ends the argument too
    rest = re.split(r"\s(?:on|in|by|last|this|next|no later than)\s+(?:the\s+)?(?:end\s+of\s+)?"
                    r"(?:early\s+|mid-?\s*|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                    r"Sunday|January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|\d{4}|week|month|year)\b", " " + rest)[0]
    return _clip(rest.strip(), 9)


def _subject(before: str, entities: list[Entity], sentence: Sentence) -> str:
    """The nearest named participant before the trigger, with a coordinated partner."""
    offset_end = len(before)
    candidates = [e for e in entities if e.end <= offset_end and e.kind == "actor"]
    if not candidates:
        candidates = [e for e in entities if e.end <= offset_end]
    if not candidates:
        match = re.search(r"((?:[A-Z][\w-]*\s+)?[a-z]+\s+(?:groups|factions|forces|officials|militants|troops|protesters))\s+(?:have\s+|had\s+)?$", before)
        return match.group(1)[0].upper() + match.group(1)[1:] if match else ""
    last = candidates[-1]
    if offset_end - last.end > 90:
        return ""
    phrase = last.surface
    tail = before[last.end:]
    role = re.match(r"\s+(military|forces|troops|government|army|officials|parliament|navy|air\s+force)\b", tail)
    if role:
        phrase += " " + role.group(1)
    prior = [e for e in candidates[:-1] if re.fullmatch(r"\s+and\s+(?:the\s+)?", before[e.end:last.start])]
    if prior:
        phrase = f"{prior[-1].surface} and {phrase}"
    return phrase


def _subject_after(text: str, head: "_Trigger", sentence: Sentence, entities: list[Entity]) -> str:
    offset = head.end - sentence.start
    after = [e for e in entities if e.start >= offset and e.kind == "actor"]
    return after[0].surface if after and after[0].start - offset < 40 else ""


def _modifiers(before: str) -> str:
    """Name-like words just before a noun trigger: 'US' in 'a US attack', 'drone' in 'drone attacks'."""
    match = re.search(r"((?:(?:[A-Z][\w-]*|[a-z]+-(?:led|backed))\s+){1,2})$", before)
    if not match:
        return ""
    words = match.group(1)
    if words.split()[0] in ("The", "A", "An", "But", "And", "In", "On", "After", "Since"):
        words = " ".join(words.split()[1:]) + " " if len(words.split()) > 1 else ""
    return words


def _present(past: str, subject: str) -> str:
    forms = headline_verbs().get(past)
    if not forms:
        return past
    plural = bool(re.search(r"\band\b", subject)) or bool(re.search(r"\b[a-z]+s$", subject))
    return forms[0] if plural else forms[1]


def _clip(text: str, limit: int) -> str:
    words = text.split()
    return " ".join(words[:limit])


def _finish(title: str) -> str:
    words = [w for w in title.split()]
    verbs = headline_verbs()
    words = [verbs[w][1] if w in verbs and i > 1 and w not in ("set",) else w for i, w in enumerate(words)]
    # drop auxiliaries before the verb ("have targeted" -> "target")
    cleaned = []
    for k, word in enumerate(words):
        if word.lower() in _AUX and k + 1 < len(words) and k > 0:
            continue
        cleaned.append(word)
    words = cleaned
    while len(words) > 1 and words[-1].lower().strip(".,") in _TRAILING:
        words.pop()
    if len(words) > 14:
        words = words[:14]
        while len(words) > 1 and words[-1].lower() in _TRAILING:
            words.pop()
    title = " ".join(words).strip(" ,.;:")
    title = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.I)
    return title[:1].upper() + title[1:]


def summary_for(sentence: Sentence, head: "_Trigger", date: DateInterval) -> str:
    """One sentence: the quote without its dateline, shortened to the trigger's clauses when long."""
    text = _DATELINE.sub("", sentence.text).strip()
    text = text.replace("``", "“").replace("''", "”").replace("-LRB-", "(").replace("-RRB-", ")")
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    if len(text) > 280:
        cut = text.find(",", 200)
        if cut > 0:
            text = text[:cut]
    text = text.strip()
    if text and text[-1] not in ".!?\"”’":
        text += "."
    return text[:1].upper() + text[1:]


def lemma(word: str) -> str:
    """A crude, stable lemma: enough for two articles' words to meet."""
    word = word.lower().strip("'’.,;:\"“”()")
    word = re.sub(r"['’]s$", "", word)
    if word in _IRREGULAR_LEMMAS:
        return _IRREGULAR_LEMMAS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ed"):
        stem = word[:-2]
        if stem.endswith(stem[-1] * 2):  # "planned"
            stem = stem[:-1]
        return stem
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    return word


def keywords_for(title: str, head: "_Trigger", members: list["_Trigger"], actors: list[str],
                 places: list[str], type_: str) -> list[str]:
    """Normalized key terms the merger compares across documents."""
    out: list[str] = []

    def add(term: str) -> None:
        if term and term not in out:
            out.append(term)

    for member in [head] + [m for m in members if m is not head]:
        add(member.entry.key)
    for word in re.findall(r"[\w’'-]+", title):
        low = word.lower()
        if low in _STOPWORDS or len(low) < 3 or low.isdigit():
            continue
        add(lemma(word))
    for name in actors + places:
        add(name.lower())
    return out[:20]
