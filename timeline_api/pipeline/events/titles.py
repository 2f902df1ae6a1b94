"""Headline-style titles, one-sentence summaries and match keywords for event mentions."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import DateInterval, Sentence
from .entities import _NOT_NAMES, Entity
from .grammar import plural_subject, present
from .vocabulary import context_words, headline_verbs

if TYPE_CHECKING:  # pragma: no cover
    from .detect import _Token, _Trigger

_STOP_WORDS = re.compile(
    r"\s*(?:,(?!\d{3})|[;:()\[\]“”\"]|``|''|\s[–—-]\s|\b(?:which|who|while|according|in\s+retaliation|after|since|"
    r"following|despite|amid|because|as\s+well|when|provoking|citing|saying|adding|but|whereas|"
    r"although|though|due\s+to|in\s+order|in\s+an\s+effort|so\s+that|amid)\b)", re.I)
_TRAILING = {"the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "its", "their", "his", "her",
             "for", "by", "with", "from", "that", "is", "was", "were", "are", "be", "been", "has",
             "have", "had", "it", "this", "these", "those", "also", "very", "any", "as", "no", "later",
             "than", "not", "should", "would", "could", "will", "can", "may", "might", "must", "just", "about",
             "around", "against", "some", "such", "like", "what", "whose", "into", "if", "because", "more", "only",
             "being", "--", "-"}
_AUX = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "did", "does", "do", "also"}
_SUPPORT_VERBS = re.compile(
    r"\b(?:carried\s+out|carries\s+out|launched|launches|conducted|conducts|reached|reaches|signed|signs|"
    r"announced|announces|held|holds|struck|concluded|began|started|imposed|imposes|issued|issues|lifted|"
    r"lifts)\s+(?:(?:an?|the|its|their|new|"
    r"first|\w+-\w+|(?!that\b|which\b|to\b|with\b|on\b|in\b)[a-z]+)\s+){0,2}$", re.I)
_DATELINE = re.compile(r"^(?:[A-Z][\w .,'’-]{0,60}?\s*\([^)]{1,40}\)\s*[–—-]+\s*|[A-Z][\w .]{0,30}/\s*|"
                       r"[A-Z]{3,}[A-Z ,]*(?:,\s*[\w ]+)?\s+[–—-]+\s+)")
_STOPWORDS = frozenset("""a an the of to in on at by for from with and or but as is was were are be been
    being has have had it its their his her this that these those there here which who whom whose
    what when where while than then so not no also very more most some any all each other into over
    under about after before since during until said says say told stated new last first next out
    carry carries carried launch launched launches conduct conducted conducts reach reached reaches
    hold held holds take took taken deadline time times scheduled schedule expires expire expired effect takes
    extend extends extended due""".split())
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
    anchor = head.start
    if head.entry.pos == "noun":
        support = _SUPPORT_VERBS.search(before)
        if support:
            anchor = sentence.start + support.start()
    subject = _clause_subject(text, anchor, sentence, tokens, entities, head.timex)
    if head.entry.pos == "verb" and type_ != "statement":
        # "the Libyan fighters who toppled Gaddafi": a relative clause's subject is the noun phrase it
        # hangs on, not the main clause's subject ("Activists") nor a name inside it ("Libyan")
        subject = _relative_antecedent(before) or subject
    if not subject and head.entry.pos == "verb" and type_ != "statement":
        # the agent is the trigger's own subject ("drug violence has killed ..."), not a name in another
        # clause ("Since President X sent troops, drug violence has killed ...")
        subject = _plain_subject(text, head, sentence, tokens)
        if not subject:
            clause = tokens[next((k for k, t in enumerate(tokens) if t.end > head.start), 0)].clause
            opener = next((t.text.lower() for t in tokens if t.clause == clause), "")
            # a relative clause's subject is the name it hangs on: "ISIS militants, which had then overrun"
            clauses = set(range(clause - 3, clause + 1)) if opener in ("which", "who", "that") else {clause}
            own = [e for e in entities if tokens[next((k for k, t in enumerate(tokens)
                                                         if t.end > sentence.start + e.start), 0)].clause in clauses]
            subject = _subject(text[sentence.start:anchor], own, sentence)
            if not subject and opener in ("which", "that"):
                # "the Tsunami which struck Thailand": the noun the relative clause hangs on
                at = next(k for k, t in enumerate(tokens) if t.clause == clause)
                while at > 0 and tokens[at - 1].text == ",":  # "the second relief well, which started"
                    at -= 1
                words = []
                for t in reversed(tokens[:at]):
                    if t.text.lower() in _NP_STOPS or not re.fullmatch(r"[\w'’-]+", t.text) or len(words) == 3:
                        break
                    words.insert(0, t.text)
                subject = " ".join(words)
            if not subject:
                subject = _sentence_subject(text, head, sentence, tokens, clause)
    elif not subject:
        subject = _subject(text[sentence.start:anchor], entities, sentence)
    key = head.entry.key
    lower = trigger_text.lower()

    if type_ == "regime_change":
        if head.entry.pos == "noun" and key == "fall":
            target = _fall_target(text[head.end:sentence.end])
            if not target:  # "Assad's fall"
                match = re.search(r"((?:[A-Z][\w-]*\s*){1,3})['’]s\s*$", before)
                target = match.group(1).strip() if match else (subject or "")
            return _finish(f"Fall of {target}")
        if lower in ("fell", "collapsed"):
            match = re.search(r"((?:[A-Z][\w’'-]*\s+){1,3})$", before)
            who = match.group(1).strip() if match else subject
            return _finish(f"Fall of {who}" if who else f"{trigger_text} {after}")
    if (type_ == "deadline" or head.entry.type == "deadline") and head.entry.pos == "verb" and key in _DEADLINE_KEYS:
        # also a scheduled hearing or meeting, typed by what is scheduled ("Hearing on a stay scheduled")
        return _finish(_deadline_title(text, head, sentence, tokens, entities))
    if type_ == "deadline":
        if key == "end" and head.entry.pos == "verb":
            base = headline_verbs().get(lower, (lower, lower))[0]
            if lower in ("end", "ending", "ends"):
                base = "end"
            return _finish(f"Deadline to {base} {after}")
        if head.entry.pos == "noun" and key in ("end", "withdrawal"):
            after = re.split(r"\s(?:was|were|is|are|has|had|have|will|would)\b", " " + after)[0].strip()
            return _finish(f"Deadline for the {lower} {after}")
        if key == "deadline" and head.entry.pos == "verb":  # "the end of X was set for"
            index = next((k for k, t in enumerate(tokens) if t.end > head.start), 0)
            first = next(t for t in tokens if t.clause == tokens[index].clause)
            what = text[first.start:head.start]
            what = re.sub(r"^(?:and|but|while)\s+", "", what.strip(), flags=re.I)
            what = re.sub(r"\s+(?:was|were|is|are|has been|had been|have been)(?:\s+also)?\s*$", "", what)
            what = re.sub(r"^(?:the)\s+", "", what)
            return _finish(f"Deadline for the {what}" if what else f"Deadline {after}")
        if key == "deadline" and head.entry.pos == "noun":
            return _finish(f"Deadline {after}" if after.startswith(("for", "to")) else f"Deadline for {after}")
    if type_ == "statement" and head.entry.pos == "noun":
        # "Mubarak's speech on Thursday" -> "Mubarak gives speech"; "in an interview with CNN" keeps its partner
        noun = re.sub(r"^(?:his|her|their|its|an?|the)\s+", "", trigger_text, flags=re.I).lower()
        owner = re.search(r"((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)\s*['’]s?\s+(?:[\w-]+\s+){0,2}$", before)
        speaker = owner.group(1) if owner else _subject(before, entities, sentence)
        if speaker and speaker.split()[0].lower() in _PRONOUNS:
            speaker = ""
        words = after.split()
        rest = ""
        if words and words[0].lower() in ("with", "to", "on"):
            kept = [words[0]]
            for word in words[1:8]:
                if word.lower() in ("to", "that", "which", "and", "who", "where", "in", "at"):
                    break
                kept.append(word)
            rest = " ".join(kept)
        gives = "give" if speaker and plural_subject(speaker) else "gives"
        return _finish(f"{speaker} {gives} {noun} {rest}" if speaker else f"{noun} {rest}")
    if head.entry.pos == "noun":
        support = _SUPPORT_VERBS.search(before)
        modifiers = _modifiers(before)
        if support and subject:
            verb = present(support.group(0).split()[0].lower() if "carr" not in support.group(0).lower()
                            else "carried out", subject)
            noun = trigger_text if type_ != "agreement" else trigger_text.lower()
            between = support.group(0).split()[1 + ("carr" in support.group(0).lower()):]
            lower_mods = [w for w in between if w.lower() not in ("a", "an", "the") and w[:1].islower()]
            if lower_mods and not modifiers:  # "signed a ceasefire agreement", "launched a new offensive"
                modifiers = " ".join(lower_mods) + " "
            return _finish(f"{subject} {verb} {modifiers}{noun} {after}")
        noun = trigger_text[0].upper() + trigger_text[1:]
        if modifiers:
            noun = modifiers + trigger_text
        if type_ == "agreement" and subject:
            return _finish(f"{subject} {trigger_text} {after}")
        owner = re.search(r"(?:^|\s)((?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+)\s*['’]s\s+(?:[a-z-]+\s+)?$", before)
        if not after.strip() and owner and not modifiers and not _DATE_WORD.search(owner.group(1)) \
                and owner.group(1).split()[-1].lower() not in _PRONOUNS:
            # "the pop star's death on 25 June" -> "Death of the pop star"
            words = owner.group(1).split()
            kept = []
            for word in reversed(words):  # "trial over the singer's death": the owner is "the singer"
                if word.lower() in _NP_STOPS | {"over", "after", "before", "since", "during", "about", "into",
                                                "against", "under", "through", "following"}:
                    if word.lower() == "the":
                        kept.insert(0, word)
                    break
                kept.insert(0, word)
            if kept and kept[-1].lower() != "the":
                return _finish(f"{noun} of {' '.join(kept)}")
        if not after.strip():
            after = _noun_complement(text[head.end:sentence.end], entities, sentence, head)
        return _finish(_agree(f"{noun} {after}", len(noun.split())))
    # verbs
    reduced = re.search(r"\b((?:[a-z-]+\s+){0,2}[a-z]+)\s+$", before)
    if after.startswith("by ") and reduced and not re.search(
            r"\b(?:was|were|is|are|been|be|has|have|had)\s*$", reduced.group(1)):
        # "a month-long observer mission sent by the Arab League": the noun before is the subject
        return _finish(f"{reduced.group(1)} {trigger_text} {after}")
    verb = lower
    aux_before = before.split()[-1:] if before.split() else []
    passive = bool(aux_before) and aux_before[0].lower() in ("was", "were", "been", "be", "is", "are", "being",
                                                             "stood", "stands")  # "stood accused of"
    if not passive:
        # "the memo, dated May 2, also stated": a participle set off by commas before the main verb
        first_after = after.split()[0].lower() if after.split() else ""
        # "more than 5,000 civilians killed since March": a transitive verb with no object is a participle
        participle = lower in _TRANSITIVE_PARTICIPLES and (not first_after or first_after in _AFTER_PARTICIPLE)
        participle = participle or after.startswith("by ") or re.search(r",\s*$", before) is not None and re.search(
            r"\s,\s+(?:also\s+|then\s+)?(?:has|have|had|was|were|is|are|will|would|[a-z]+ed|[a-z]+s)\b",
            text[head.end:sentence.end]) is not None
        if (subject or type_ == "statement") and not participle:
            verb = present(lower, subject or "", speaker=type_ == "statement")
    elif type_ != "statement":
        # "MENA reported that at least 90 people were detained": the passive's subject, not the reporter
        bare = re.sub(r"\s*\b(?:(?:will|would|could|can|may|might|must|should|shall|has|have|had)\s+)?"
                      r"(?:was|were|been|be|is|are|being)(?:\s+(?:was|were|been|be|is|are|being))?\s*$", "", before)
        own = _relative_passive(bare) or _passive_subject(bare)
        if re.search(r"\bto$", own):
            own += " be"  # "his client (was) set to be interviewed"
        if own and own.split()[0].lower() not in _PRONOUNS:
            subject = own
    if type_ == "statement":
        complement = re.sub(r"^that\s+", "", after)
        medium = re.fullmatch(r"(?:in|on|to)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:statement|interview|newspaper|briefing|post|message|tweet|letter)", complement)
        if medium:
            # "..., Robert Gibbs announced in a statement": what was announced comes before
            said = _reported_before(text, head, sentence, tokens)
            complement = said or complement
        if not complement:
            complement = _reported_after(text, head, sentence)
        if not complement:
            quoted = re.match(r"\s*(?:[“\"]+\s*([^”\"]+)|'\s*((?:[^']|'(?=[a-z]))+)')", sentence.text)
            complement = _clip((quoted.group(1) or quoted.group(2)).strip(" ,"), 12) if quoted \
                else _reported_before(text, head, sentence, tokens)
            if quoted and complement[:1].isupper() and not complement[1:2].isupper() \
                    and complement.split()[0] not in _NAMED_OPENERS:
                complement = complement[0].lower() + complement[1:]
        person = re.search(r"((?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)$", subject or "")
        if subject and len(subject.split()) > 4 and person:
            subject = person.group(1)  # "Iraqi government spokesman Bassem Awadi" -> "Bassem Awadi"
        if not subject and _INVERTED.search(before):
            # "'...,' said X" or "..., said X": the speaker follows the verb only after a quotation or a
            # comma; in "the bassist said Michael Jackson was ..." the name after the verb is what was said
            subject = _subject_after(text, head, sentence, entities)
        if not subject:
            earlier = [e for e in entities if e.kind == "actor" and e.end <= head.start - sentence.start]
            subject = earlier[0].surface if earlier else ""
        if not subject:  # a bare surname: "On Tuesday Mohsen -- seen by ... -- declared"
            names_before = [m.group(0) for m in re.finditer(r"\b[A-Z][\w’'-]+", before)
                            if m.group(0) not in _NOT_NAMES and m.start() > 0
                            and not re.search(r"(?:``|[“\"])\s*$", before[:m.start()])]
            subject = names_before[-1] if names_before else ""
        if not subject:
            # an unnamed speaker is still the speaker: "During an interview the bassist said ..."
            unnamed = _UNNAMED_SPEAKER.search(before)
            phrase = unnamed.group(1).split() if unnamed else []  # "the bassist", or a bare plural: "traders"
            head_noun = phrase[-1] if phrase else ""
            if phrase and not _NOT_IN_SPEAKER & set(phrase) and (
                    head_noun in _SPEAKER_NOUNS or context_words("person_nouns").fullmatch(head_noun)):
                subject = " ".join(phrase)  # lower case: "diplomats say" (a capital reads as a surname)
        if not subject:
            pronoun = re.search(r"\b(he|she|they|we|i)\s+(?:\w+\s+)?$", before, re.I)
            subject = pronoun.group(1).capitalize() if pronoun else "Officials"
            if subject in ("He", "She"):
                # "Mr Suttles said BP had failed. ... he told reporters on Saturday": the one titled name
                # just before names the speaker
                subject = _antecedent(text, sentence) or subject
            if subject in ("They", "We", "I", "Officials") and not passive:
                verb = headline_verbs().get(lower, (lower, lower))[0]
        elif not passive:
            verb = present(lower, subject, speaker=True)  # the speaker found after the verb: "..., officials said"
        if lower in ("told", "tells", "tell") and complement and len(complement.split()) <= 3:
            # "'We cannot stop the flow,' he told reporters": whom he told, then what
            said = _reported_before(text, head, sentence, tokens)
            if said:
                complement = f"{complement} {said}"
        if complement:
            verb = re.sub(r"\s+in\s+a\s+statement$", "", verb)  # "says in a statement X" -> "says X"
        if _repeats(subject, complement):
            # "Olga Lerma says police arrested Olga Lerma": what was said, without naming her twice
            return _finish(complement)
        return _finish(f"{subject} {verb} {complement}")
    if not subject and re.match(r"(?:was|were|been|is|are)\s", lower):
        # "a day after the country's first case was confirmed": the passive's subject is just before
        subject, verb = _passive_subject(before), lower.split(None, 1)[1]
    if _repeats(subject, after):
        subject = ""
    return _finish(f"{subject} {verb} {after}" if subject else f"{verb} {after}")


#: Opening words of reported speech that keep their capital ("Egypt", "The Hague" are caught as names).
_NAMED_OPENERS = frozenset({"I", "I'm", "I've", "I'll"})
_SUBORDINATORS = frozenset("if when while as because although though unless since until once but and so or".split())
#: Opening words of reported speech that are lower case inside a title; any other capital is a name's.
_LOWER_OPENERS = frozenset("""the a an some several many most all no few this that these those it its they their
    there we our he his she her at least more less only one two three four five six seven eight nine ten
    rebel-controlled government-controlled""".split())


_TITLED_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.|President|Prime\s+Minister|Minister|Gen\.|General|Senator|"
    r"Secretary|Chancellor|Governor|Judge|Ambassador)\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")


def _antecedent(text: str, sentence: Sentence) -> str:
    """The person a sentence's 'he' or 'she' most likely is: the one titled name ('Mr Suttles',
    'President Barack Obama') in the two sentences before it, when there is exactly one."""
    window = text[max(0, sentence.start - 450):sentence.start]
    names = {m.group(1).split()[-1]: m.group(0) for m in _TITLED_NAME.finditer(window)}
    if len(names) != 1:
        return ""
    name = next(iter(names.values()))
    return re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+(?=[A-Z]\w+\s+[A-Z])", "", name)  # "Mr Tony Hayward" -> "Tony Hayward"


def _reported_after(text: str, head: "_Trigger", sentence: Sentence) -> str:
    """What was said after the speaker's clause: "As he acknowledged last night, the banks may need more"."""
    start = head.timex.end if head.timex is not None and head.timex.start >= head.end else head.end
    rest = text[start:sentence.end]
    match = re.match(r"\s*,\s*(.+)", rest)
    if not match or not re.match(r"\s*(?:As|Like)\b", text[sentence.start:head.start]):
        return ""
    content = re.sub(r"``|''|[“”\"]", " ", match.group(1))
    content = " ".join(content.split()).strip(" ,;:.")
    chunks = re.split(r"\s*,\s+", content, maxsplit=1)
    if len(chunks) == 2 and (_OPENING_ADVERBIAL.match(chunks[0]) or chunks[0].lower().startswith("to ")):
        content = chunks[1]  # "to enable that recovery, the administration may need ..."
    elif content.lower().startswith(("to ", "if ", "when ", "unless ")):
        return ""  # a purpose or a condition with no comma to end it
    cut = _STOP_WORDS.search(content)
    if cut and cut.start() > 0:
        content = content[:cut.start()]
    if content.split() and content.split()[0].lower() in _LOWER_OPENERS:
        content = content[0].lower() + content[1:]
    return content if len(content.split()) >= 3 else ""


def _reported_before(text: str, head: "_Trigger", sentence: Sentence, tokens: list["_Token"]) -> str:
    """What a speaker said when the sentence says it first: "Talks will resume, the minister said"
    -> "talks will resume". Only when the speaker's clause is short (no comma between it and the verb)."""
    index = next((k for k, t in enumerate(tokens) if t.end > head.start), len(tokens) - 1)
    first = next((t for t in tokens if t.clause == tokens[index].clause), None)
    if first is None or first.start <= sentence.start:
        return ""
    content = text[sentence.start:first.start]
    if "," in text[first.start:head.start] or not re.search(r",\s*(?:''|”|\"|')?\s*$", content):
        return ""
    content = _DATELINE.sub("", content)
    content = re.sub(r"``|''|[“”\"]", " ", content)
    if head.timex is not None and sentence.start <= head.timex.start < first.start:
        # "By late Friday, the situation was quiet, he said": the date opens what was said
        content = re.sub(r"^[^,]*,", "", text[head.timex.end:first.start]) if re.match(
            r"^[^,]*,", text[head.timex.end:first.start]) else content
        content = re.sub(r"``|''|[“”\"]", " ", content)
    content = re.sub(r"-LRB-.*?-RRB-", " ", content)
    content = re.sub(r"^.*-RRB-\s*(?:--\s*)?", "", content)  # the end of an update note the date was in
    content = re.sub(r"^\s*'|'\s*,?\s*$", " ", content)  # a quotation in single quotes
    content = " ".join(content.split()).strip(" ,;:-")
    chunks = re.split(r"\s*,\s+", content, maxsplit=1)
    if len(chunks) == 2 and _OPENING_ADVERBIAL.match(chunks[0]) and len(chunks[0].split()) <= 6:
        content = chunks[1]  # "Also Sunday afternoon in Cairo, Al Jazeera denounces ..., the network said"
    if not content or "-LRB-" in content or content.split()[0].lower() in _SUBORDINATORS:
        return ""  # "If it's ordered, we can do it, Gates said": no headline in a condition
    if content.split()[0].lower() in _LOWER_OPENERS or re.fullmatch(r"[A-Z][a-z]+ly", content.split()[0]):
        content = content[0].lower() + content[1:]
    cut = _STOP_WORDS.search(content)
    if cut and cut.start() > 0:
        content = content[:cut.start()]
    return content if len(content.split()) >= 3 else ""


_DATE_WORD = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                        r"April|May|June|July|August|September|October|November|December|today|yesterday|week|"
                        r"month|year|weekend|day|night|\d{4})\b", re.I)


_PARTICIPLE_BY = re.compile(r"^\s*,\s*((?:[a-z]+ed|led|held|run|set\s+up|carried\s+out|called)\s+by\s+[^,;:()]+?)"
                            r"\s*(?:[,;:(]|$)")


def _noun_complement(rest: str, entities: list[Entity], sentence: Sentence, head: "_Trigger") -> str:
    """What a bare event noun ("The protest, organised by students, took place") can be titled with:
    the participle phrase after it, else the first place the sentence names."""
    participle = _PARTICIPLE_BY.match(rest)
    if participle:
        return " ".join(participle.group(1).split()[:9])
    places = [e for e in entities if e.kind == "place"]
    return f"in {places[0].surface}" if places else ""


_RELATIVE_AGENT = re.compile(
    r"(?<![\w'’-])(?P<n>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:that\s+|which\s+)?"
    r"(?P<x>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.’'-]*){0,3}|the\s+[a-z]+|[a-z]+s)\s+"
    r"(?P<v>[a-z]{3,}ed)"
    r"(?:\s+(?:in|on|at|last|this|earlier)\s+[\w ]+)?\s*$")


def _relative_passive(before: str) -> str:
    """'the sanctions (that) the EU imposed in 2019 (were lifted)' -> 'sanctions imposed by the EU': the
    passive's subject with its relative clause turned round, so the title keeps who imposed them."""
    match = _RELATIVE_AGENT.search(before)
    if not match:
        return ""
    noun = re.sub(r"^(?:the|a|an|its|their)\s+", "", match.group("n"), flags=re.I)
    if not noun or noun.split()[0].lower() in _PRONOUNS | _NP_STOPS or noun.split()[-1].lower() in _NP_STOPS:
        return ""
    agent = match.group("x")
    if agent.split()[-1].lower() in _AUX or agent.lower() in _PRONOUNS:
        return ""
    return f"{noun} {match.group('v')} by {agent}"


def _passive_subject(before: str) -> str:
    """The noun phrase right before a passive trigger, within its clause ('the first case')."""
    words = before.split()[-7:]
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in ("after", "before", "since", "when", "that", "which", "who", "and", "as", ",",
                                "because", "until", "once", "while", "where", "``", "''"):
            words = words[k + 1:]
            break
    phrase = " ".join(words)
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    phrase = re.sub(r"\s+(['’]s)\b", r"\1", phrase)
    return phrase if 0 < len(phrase.split()) <= 6 else ""


#: the end of the words before a verb of speech when its speaker comes after it ("..., said X")
_INVERTED = re.compile(r"(?:,|''|[\"”])\s*$")
#: a speaker named by a common noun just before the verb: "the bassist", "a hospital spokesman"
#: common nouns that name someone who speaks for others or in public ("a hospital spokesman")
_SPEAKER_NOUNS = frozenset("""spokesman spokeswoman spokesperson official officials minister president ambassador
    envoy expert experts analyst analysts witness witnesses resident residents source sources diplomat diplomats
    governor mayor chief commander general leader economist economists researcher researchers prosecutor
    attorney bassist guitarist drummer trader traders activist activists organization organisation group
    agency ministry office newspaper report study""".split())
#: no pronoun, subordinator or verb may stand inside the speaker's noun phrase ("the blue when he told")
_NOT_IN_SPEAKER = frozenset("""when as while if that which who he she it they we i you his her its their
    was were is are had has have be been""".split())
_UNNAMED_SPEAKER = re.compile(r"(?:^|\s)((?:the|a|an)\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*|[a-z][a-z-]*s)\s+"
                              r"(?:(?:also|later|earlier|then|had|has|have)\s+)?$")


def _repeats(subject: str, rest: str) -> bool:
    """Whether the rest of a title names the subject again (its full name or its surname)."""
    names = re.findall(r"[A-Z][\w’'-]+", subject or "")
    if not names:
        return False
    surname = names[-1]
    return len(surname) > 2 and bool(re.search(r"\b" + re.escape(surname) + r"\b", rest))


_DEADLINE_KEYS = frozenset({"deadline", "extension", "expiry", "schedule", "take effect"})
_SUBJECT_END = re.compile(
    r"\s(?:was|were|is|are|has|have|had|will|would|must|shall|can|could|may|might|should|agreed|also|"
    r"on|in|at|by|until|last|this|next|who|which|that|[a-z]+ed)\b", re.I)
_GIVING = frozenset({"gave", "given", "give", "gives", "giving", "granted"})


_COPULA_ONLY = re.compile(r"(?:(?:is|are|was|were|has|have|had|been|will|be|now|also|still)\s*)*", re.I)


def _clause_np(text: str, head: "_Trigger", sentence: Sentence, tokens: list["_Token"],
               entities: list[Entity]) -> str:
    """The noun phrase that opens the trigger's clause ("The original ceasefire was due to expire"
    -> "original ceasefire"), else the nearest named participant before it."""
    index = next((k for k, t in enumerate(tokens) if t.end > head.start), len(tokens) - 1)
    clause = tokens[index].clause
    first = next(t for t in tokens if t.clause == clause)
    span = re.sub(r"^(?:and|but|while|then|so)\s+", "", text[first.start:head.start].strip(), flags=re.I)
    if _COPULA_ONLY.fullmatch(span) and tokens:
        # "The trial, which was postponed twice, is scheduled for Thursday": the subject is the
        # sentence's first clause, before the relative clause
        opening = [t for t in tokens if t.clause == tokens[0].clause]
        span = text[opening[0].start:opening[-1].end]
    cut = _SUBJECT_END.search(" " + span)
    if cut:
        span = (" " + span)[:cut.start()]
    span = re.sub(r"^(?:the|a|an)\s+", "", span.strip(" ,;:“”\"'"), flags=re.I)
    if span and span.split()[0].lower() not in _PRONOUNS and len(span.split()) <= 10:
        return span
    return _subject(text[sentence.start:head.start], entities, sentence)


def _plain_subject(text: str, head: "_Trigger", sentence: Sentence, tokens: list["_Token"]) -> str:
    """A lower-case noun phrase right before a verb trigger in its clause: 'drug violence (has) killed'."""
    index = next((k for k, t in enumerate(tokens) if t.end > head.start), len(tokens) - 1)
    clause = tokens[index].clause
    first = next(t for t in tokens if t.clause == clause)
    span = text[first.start:head.start]
    span = re.sub(r"^[\s“”\"'`,]*(?:that|and|but|then|so|while|when|as|after|since|because)\s+", "", span, flags=re.I)
    span = re.sub(r"\s+(?:has|have|had|was|were|is|are|also|reportedly|allegedly|already)(?:\s+(?:also|been|reportedly))?\s*$",
                  "", " " + span).strip(" ,;:“”\"'")
    span = re.sub(r"^(?:the|a|an)\s+", "", span, flags=re.I)
    if re.fullmatch(r"(?:(?:at\s+least|more\s+than|up\s+to|about|nearly|almost|some|over)\s+)?[\d,]+\s+"
                    r"(?:[a-z-]+\s+)?[a-z]+s", span, re.I):
        return span  # "at least 14 people", "more than 300 prisoners"
    words = span.split()
    if not 1 <= len(words) <= 5 or words[0].lower() in _PRONOUNS or any(
            re.fullmatch(r"(?:on|in|at|last|this|by|to|[a-z]+ed|\d.*)", w) for w in words) \
            or "of" in (words[0], words[-1]):
        return ""
    return span  # "drug violence", "two heads of state"


_OPENING_ADVERBIAL = re.compile(
    r"^(?:(?:in|on|at|during|after|before|since|earlier|later|meanwhile|however|also|then|by|from|under|"
    r"with|amid|despite|following|according)\b|[A-Z][a-z]+ly\b)", re.I)


def _sentence_subject(text: str, head: "_Trigger", sentence: Sentence, tokens: list["_Token"], clause: int) -> str:
    """The sentence's subject for a verb whose clause has none of its own: "Jackson's father, Joe, filed a
    lawsuit" -> "Jackson's father Joe"; "State regulators approved X but suspended Y" -> "State regulators"."""
    first = next((t for t in tokens if t.clause == clause), None)
    if first is None:
        return ""
    lead = text[first.start:head.start]
    if head.timex is not None and first.start <= head.timex.start < head.start:
        lead = text[first.start:head.timex.start] + " " + text[head.timex.end:head.start]
    lead = re.sub(r"\b(?:on|in|at|during|also|then|later|but|and|has|have|had|was|were|is|are|been|be|will|would|"
                  r"who|reportedly|allegedly|already|today|yesterday|[,“”\"'`])\b|[,`'“”\"]", " ", lead, flags=re.I)
    if lead.strip():
        return ""  # the clause has a subject of its own (a pronoun, "reports suggest he")
    opening = text[sentence.start:first.start]
    if head.timex is not None and sentence.start <= head.timex.start < first.start:
        # "Earlier this year Jackson's father, Joe, filed": the date is no part of the subject
        opening = text[sentence.start:head.timex.start] + " " + text[head.timex.end:first.start]
    chunks = [c.strip() for c in re.split(r"\s,\s|,\s", opening) if c.strip()]
    while chunks and _OPENING_ADVERBIAL.match(chunks[0]):
        chunks.pop(0)  # "In a separate development, ...", "Earlier this year ..."
    if not chunks:
        return ""
    cut = _SUBJECT_END.search(" " + chunks[0])
    noun = (" " + chunks[0])[:cut.start()].strip() if cut else chunks[0]
    noun = re.sub(r"^(?:the|a|an)\s+", "", noun, flags=re.I)
    if not 1 <= len(noun.split()) <= 6 or noun.split()[0].lower() in _PRONOUNS or cut and len(chunks) > 1:
        return ""
    if len(chunks) > 1 and re.fullmatch(r"(?:[A-Z][\w.’'-]*\s*){1,3}", chunks[1]):
        noun += " " + chunks[1]  # an apposition naming it: "the mine's former chief executive, Daniel Ruiz"
    return re.sub(r"\s+(['’]s)\b", r"\1", noun)


def _deadline_title(text: str, head: "_Trigger", sentence: Sentence, tokens: list["_Token"],
                    entities: list[Entity]) -> str:
    """'Deadline for Ridgeline to appeal the decision', 'New constitution takes effect',
    'Warring factions extend the truce', 'Hearing on a stay scheduled'."""
    key, lower = head.entry.key, head.text.lower()
    if lower in ("expire", "expires", "expired", "expiring", "lapses", "lapsed", "runs out"):
        key = "expiry"
    elif lower in ("set for", "scheduled for", "slated for", "planned for"):
        key = "schedule"
    rest = _object(text, head, sentence)
    if key == "schedule":
        index = next((k for k, t in enumerate(tokens) if t.end > head.start), 0)
        first = next(t for t in tokens if t.clause == tokens[index].clause)
        what = re.sub(r"^(?:and|but|while)\s+", "", text[first.start:head.start].strip(), flags=re.I)
        what = re.sub(r"\s+(?:was|were|is|are|has been|had been|have been)(?:\s+also)?\s*$", "", what)
        if re.match(r"(?:the\s+)?(?:end|ending|withdrawal|departure|pullout|handover|expiry|transition)\b", what, re.I):
            # "the end of the coalition's activities in Syria was set for September 2026"
            return "Deadline for the " + re.sub(r"^the\s+", "", what, flags=re.I)
    subject = _clause_np(text, head, sentence, tokens, entities)
    if key in ("schedule", "expiry", "take effect"):
        # the thing scheduled is the noun phrase right before the verb ("... ahead of 'day of rage'
        # protests scheduled for Thursday"), when the clause's subject is not
        index = next((k for k, t in enumerate(tokens) if t.end > head.start), 0)
        first = next(t for t in tokens if t.clause == tokens[index].clause)
        lead = re.sub(r"(?:\s+(?:is|are|was|were|be|been|has|have|had|will|would|now|also|due|to|set))+\s*$", "",
                      " " + text[first.start:head.start]).strip()
        at = lead.lower().find(subject.lower()) if subject else -1
        between = lead[at + len(subject):] if at >= 0 else lead
        if subject and re.search(r"\b(?:had|has|have|was|were|is|are|[a-z]{3,}ed|called|said|told)\b", between):
            words = re.split(r"\s+", lead)
            tail = []
            for word in reversed(words):
                if re.fullmatch(r"(?:of|for|to|on|in|at|by|with|ahead|after|before|a|an|the|and|``|''|[“”\"]|[a-z]+ed|"
                                r"is|are|was|were|had|has|have)", word, re.I) and tail:
                    break
                if not re.fullmatch(r"``|''|[“”\"]", word):
                    tail.insert(0, word)
                if len(tail) == 4:
                    break
            if tail:
                subject = " ".join(tail)
                subject = subject[:1].upper() + subject[1:]
    plural = bool(re.search(r"(?:\band\b|[a-rt-z]s$|\b(?:police|people)$)", subject))
    if key == "deadline":
        if lower in _GIVING and head.timex is not None:
            # "has given the rebels until Sunday to hand over heavy weapons": the deadline is the rebels'
            who = re.sub(r"\s+(?:until|till|to)\s*(?:the\s+)?$", "", text[head.end:head.timex.start]).strip()
            after_date = re.match(r"\s+to\s+([^,;.]+)", text[head.timex.end:sentence.end])
            what = f"to {_clip(after_date.group(1), 9)}" if after_date else ""
            return f"Deadline for {who} {what}" if who else f"Deadline {what}"
        what = re.sub(r"^(?:to\s+)", "", rest)
        return f"Deadline for {subject} to {what}" if subject and what else f"Deadline for {subject or what}"
    if key == "expiry":
        return f"{subject} {'expire' if plural else 'expires'}" if subject else f"Deadline expires {rest}"
    if key == "take effect":
        verb = "take effect" if plural else "takes effect"
        return f"{subject} {verb}" if subject else f"{head.text} {rest}"
    if key == "schedule":
        scheduled = "scheduled" if not rest else f"scheduled {rest}" if lower.endswith(" to") or lower.startswith("set to") else "scheduled"
        if lower.startswith(("set to", "scheduled to")):
            scheduled = f"scheduled to {lower.split()[-1] if lower.split()[-1] not in ('to',) else ''} {rest}".replace("  ", " ")
        return f"{subject} {scheduled}" if subject else f"Scheduled {rest}"
    # extension: "agreed to extend the truce until the end of March"
    verb = headline_verbs().get(lower, (None, None))
    base = re.sub(r"(?:ed|s|ing)$", "", lower) if lower != "extension" else "extend"
    if base.endswith("extend") or base == "extend":
        base = "extend"
    if base == "prolong":
        base = "prolong"
    verb = base if plural else base + "s"
    return f"{subject} {verb} {rest}" if subject else f"Extension of {rest}"


def _fall_target(rest: str) -> str:
    """'of the Al-Assad regime in Syria' -> 'the Al-Assad regime in Syria' (the name, not what follows)."""
    match = re.match(r"\s+of\s+", rest)
    if not match:
        return ""
    words = []
    for word in rest[match.end():].split():
        bare = word.strip(",.;:“”\"")
        if not bare or re.fullmatch(r"(?:January|February|March|April|May|June|July|August|September|October|"
                                    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                    r"Sunday|\d{4})", bare):
            break
        ok = (bare[:1].isupper() or re.fullmatch(r"\d+-(?:year|decade|month)s?(?:-old|-long)?|decades-long|long-standing|"
                                                  r"reign|presidency|rule|dictatorship", bare.lower()) is not None
              or bare.lower() in ("the", "regime", "government", "rule", "ally", "of",
              "president", "leader", "dictator", "monarchy", "junta", "in", "al-assad")
              or bare.lower().startswith(("al-", "bin")) or re.fullmatch(r"[A-Za-z-]+['’]s", bare) is not None)
        if not ok:
            break
        words.append(bare)
        if bare != word:
            break
    while words and words[-1].lower() in ("in", "of", "the"):
        words.pop()
    return " ".join(words)


def _object(text: str, head: "_Trigger", sentence: Sentence) -> str:
    rest = text[head.end:sentence.end]
    if head.timex is not None and head.timex.start >= head.end and not head.derived:
        lead = re.sub(r"\s(?:on|in|at|by|during|since|from|until|no\s+later\s+than|before|after|about|around|"
                      r"approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s*[“\"]?\s*$", " ",
                      text[head.end:head.timex.start])
        rest = lead + " " + text[head.timex.end:sentence.end]
    if head.type == "statement":  # a quotation is what was said: keep it
        rest = re.sub(r"``|''|[“”\"]", "", rest)
    cut = _STOP_WORDS.search(rest)
    if cut:
        rest = rest[:cut.start()]
    # a later date expression ends the argument too
    rest = re.split(r"\s(?:on|in|by|last|this|next|no later than)\s+(?:the\s+)?(?:end\s+of\s+)?"
                    r"(?:early\s+|mid-?\s*|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                    r"Sunday|January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|\d{4}|week|month|year)\b", " " + rest)[0]
    all_words = rest.strip(" .,;:!?“”\"'").split()
    words = all_words[:11]
    _PHRASE_START = ("for", "of", "in", "on", "with", "from", "at", "as", "to", "by", "that", "into", "and", "or")
    if len(all_words) > 11 and all_words[11].lower() not in _PHRASE_START:
        # cut where a phrase ends, not mid-phrase: "... set a date [for the swift and orderly ...]"
        cuts = [k for k, w in enumerate(words) if k >= 4 and w.lower() in
                ("for", "of", "in", "on", "with", "from", "at", "as", "to", "by", "that", "into")]
        if cuts:
            words = words[:cuts[-1]]
    verbs = headline_verbs()
    # "(a US attack) in Baghdad killed a commander" -> "... kills ..."; not after an auxiliary
    words = [verbs[w][0 if _plural_word(words[k - 1]) else 1]
             if w in verbs and k > 0 and w != "set" and words[k - 1].lower() not in _AUX
             and not _participle_here(words, k) else w for k, w in enumerate(words)]
    return " ".join(words)


#: Verbs that need an object: without one, their -ed form is a passive participle, not a past tense.
_TRANSITIVE_PARTICIPLES = frozenset("""killed injured wounded arrested detained captured seized attacked targeted
    evacuated rescued displaced freed released deployed sentenced convicted charged indicted fined jailed
    abducted kidnapped executed shot hanged""".split())
_AFTER_PARTICIPLE = frozenset({"by", "in", "at", "on", "during", "since", "over", "as", "of", "from", "for",
                               "and", "or", "around", "near", "across", "after", "before", "when", "while",
                               "with", "into", "outside", "inside", "throughout", "overnight", "yesterday", "today"})


def _participle_here(words: list[str], k: int) -> bool:
    """Whether the verb at words[k] reads as a passive participle ('civilians killed since March',
    'protests were reportedly held around Damascus', 'stood accused of'), not a finite verb."""
    if not re.search(r"(?:ed|held|struck|met|shot|hit|told|sent|seen|taken|given|made|built|caught|found|"
                     r"brought|left|lost|won|kept|set|withdrawn|overrun|fallen)$", words[k].lower()):
        return False  # "began", "fell", "withdrew": only ever the finite verb
    nxt = words[k + 1].lower() if k + 1 < len(words) else ""
    return not nxt or nxt in _AFTER_PARTICIPLE or words[k - 1].lower() in (
        "reportedly", "allegedly", "stood", "stands", "got", "gets", "being", "already")


def _agree(title: str, start: int = 1) -> str:
    """The first headline verb of a noun-led title agreeing with the whole noun phrase before it:
    'Protests against the king begins' -> 'Protests against the king begin'."""
    forms = {f: pair for pair in headline_verbs().values() for f in pair if " " not in f}
    pasts = {past: pair for past, pair in headline_verbs().items() if " " not in past and past != "set"}
    words = title.split()
    for k, word in enumerate(words[start:], start):
        pair = forms.get(word) or (pasts.get(word) if k == start else None)
        if pair and word != "set" and words[k - 1].lower() not in _AUX | {"to"}:
            words[k] = pair[0] if plural_subject(" ".join(words[:k]), speaker=False) else pair[1]
            break
    return " ".join(words)


def _plural_word(word: str) -> bool:
    """'police arrested' -> 'police arrest'; 'forces killed' -> 'forces kill'; 'attack killed' -> 'kills'."""
    low = word.lower()
    return low in ("police", "people", "they", "we", "authorities") or (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")))


_NP_STOPS = frozenset("the a an of to for and or in on at by with from this that its their his her".split())
_PRONOUNS = frozenset("it they he she we i you this that these those there which who".split())
_NP_CUT = re.compile(
    r"\s(?:in|at|on|from|during|last|this|according|with|under|who|which|that|after|since|before|"
    r"amid|despite|following|reportedly|previously|also|had|has|have|was|were|is|are|will|would|"
    r"could|may|might|did|does|do|been|be|not|never)\b", re.I)


_RELATIVE_BEFORE = re.compile(r"(?:^|[\s,])((?:[\w'’.-]+\s+){1,4}?)(?:who|which|that)\s+"
                              r"(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?$", re.I)  # a passive ("that was capped") stays


def _relative_antecedent(before: str) -> str:
    """The noun phrase a relative clause opened right before the trigger hangs on ("the Egyptian
    uprising that toppled" -> "Egyptian uprising"), up to three words back to an article, a
    preposition or a comma; "" when the trigger opens no relative clause, or the phrase is a
    pronoun or a verb's object ("said that")."""
    m = _RELATIVE_BEFORE.search(before)
    if not m:
        return ""
    words = m.group(1).split()
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in _NP_STOPS or word.lower() in _PRONOUNS or len(kept) == 3 or not re.fullmatch(r"[\w'’.-]+", word):
            break
        kept.insert(0, word)
    if not kept or kept[-1].lower() in _PRONOUNS | _AUX | _SPEECH_VERBS:
        return ""
    # "Nicole Alvarez, an actress who met him": the name the description stands beside is the subject
    prefix = before[:m.start(1)] + " ".join(words[:len(words) - len(kept)]) + " "
    named = re.search(r"((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)\s*,\s+(?:an?|the)\s+$", prefix)
    if named and not named.group(1).split()[0].lower() in _NP_STOPS:
        return named.group(1)
    return " ".join(kept)


#: verbs after which "that" opens what was said, not a relative clause ("officials said that")
_SPEECH_VERBS = frozenset("said says say told tells announced announces reported reports added adds warned "
                          "warns insisted claimed stated confirmed denied argued noted believed believes".split())


def _clause_subject(text: str, anchor: int, sentence: Sentence, tokens: list["_Token"],
                    entities: list[Entity], timex=None) -> str:
    """The noun phrase that opens the trigger's clause, when it is a plausible subject."""
    index = next((k for k, t in enumerate(tokens) if t.end > anchor), len(tokens) - 1)
    clause = tokens[index].clause
    first = next(t for t in tokens if t.clause == clause)
    span = text[first.start:anchor]
    if timex is not None and first.start <= timex.start < anchor:
        # "At the weekend health officials said": the date is not part of the subject
        lead = text[first.start:timex.start]
        lead = re.sub(r"(?:\b(?:on|in|at|during|by|since|from|until|over|early|late)\s+(?:the\s+)?)+$", "", lead, flags=re.I)
        # "Iraq and the US in September announced": the words before the date are the subject;
        # "At the weekend health officials said": the words after it
        span = lead if lead.strip(" ,“”\"'`") else text[timex.end:anchor]
    span = re.sub(r"^[\s“”\"'`,]+", "", span)
    span = re.sub(r"^(?:and|but|then|so|also|while|when|as|where|which|who|that|after|since|because|"
                  r"although|though|if|once)\s+", "", span, flags=re.I)
    cut = _NP_CUT.search(" " + span)
    if cut:
        span = (" " + span)[:cut.start()]
    span = span.strip(" ,;:“”\"'")
    if re.fullmatch(r"(?:an?|the|his|her|its|their)\s+[a-z-]+(?:\s+[a-z-]+)?", span, re.I) \
            and not re.search(r"(?:ed|ing|ly)$", span):
        return span  # "an aide said", "the ban was lifted"
    span = re.sub(r"^(?:the|a|an)\s+", "", span, flags=re.I)
    words = span.split()
    if not 1 <= len(words) <= 9 or words[0].lower() in _PRONOUNS:
        return ""
    if not any(w[:1].isupper() for w in words) and not re.search(
            r"\b(?:groups|factions|forces|officials|militants|troops|protesters|police|rebels|people|"
            r"civilians|soldiers|residents|activists|workers|children|men|women|government|army|military|"
            r"sides|parties|countries|nations|leaders|governments|delegations|negotiators|rivals)$", span):
        return ""
    start = first.start + text[first.start:anchor].find(span) - sentence.start
    whole = [e for e in entities if e.start == start and e.surface == span]
    if whole and whole[0].surface.isupper() and " " in whole[0].name:
        return whole[0].name  # "CF" -> "Coordination Framework"
    return span


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


def _clip(text: str, limit: int) -> str:
    words = text.split()
    return " ".join(words[:limit])


def _untokenize(title: str) -> str:
    """Undo Penn Treebank tokenization: quotes, "'s", "n't", "$ 2", brackets, " -- " asides."""
    title = re.sub(r"\s*-LRB-(?!.*-RRB-).*$", "", title)  # an aside the cut left open
    title = re.sub(r"``|''|(?<!\w)`(?!\w)", " ", title)
    title = re.sub(r"(\ws) '(?=\s)", r"\1'", title)  # "the papers ' release"
    title = re.sub(r"\s+(['’](?:s|re|ve|ll|d|m)|n't)\b", r"\1", title)
    title = re.sub(r"([$£€])\s+(?=\d)", r"\1", title)
    title = re.sub(r"(\d)\s+%", r"\1%", title)
    title = re.sub(r"\s+([,;:!?])", r"\1", title)
    aside = re.search(r"\s--\s", title)
    if aside and len(title[:aside.start()].split()) >= 2:
        title = title[:aside.start()]  # "... meets in private -- the group's first meeting"
    return " ".join(title.replace(" --", " ").split())


_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "to"})
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "be", "been", "being"})
#: Trailing prepositions of adjuncts a long title can lose ("... in the early hours", "for two years").
_ADJUNCT_PREPS = frozenset({"in", "at", "for", "during", "with", "as", "via", "under", "over", "through",
                            "throughout", "amid"})
_PARTICIPLE = re.compile(r"(?:ed|en|wn|held|hit|shot|struck|set|sent|met|built|caught|found|brought|lost|won|"
                         r"kept|told|sold|paid|made|put|cut|hurt|led|fled|seen|done|gone)$", re.I)


def _finish(title: str) -> str:
    title = _untokenize(title)
    title = re.sub(r"\s*(?:\[[^\]]*\]|\([^)]*\)|-LRB-.*?-RRB-)", "", title)
    title = re.sub(r"^.*?(?:-RRB-|\))\s*", "", title) if re.search(r"-RRB-|\)", title) else title
    title = re.sub(r"^(?:\d+[:.]?\d*\s*(?:a\.m\.|p\.m\.|am|pm)?\s*(?:ET|GMT|BST)?\s*)+", "", title)
    # a page's timestamp left before the headline: "Wednesday 17 June 2009 15.39 BST Government officials warn"
    title = re.sub(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+"
                   r"\d{1,2}[.:]\d{2}\s*(?:BST|GMT|ET|EST|EDT|CET|UTC)?\s+", "", title)
    words = title.split()
    verbs = headline_verbs()
    # drop auxiliaries right before a participle ("agreement was signed" -> "agreement signed")
    # a whole run of them: "journalists have been beaten" -> "journalists beaten"; but "there had been
    # heavy bombing" keeps its run, no participle follows it
    cleaned = []
    k = 0
    while k < len(words):
        run = k
        while run < len(words) and words[run].lower() in _AUX:
            run += 1
        if run > k and k > 0:
            nxt = words[run].lower() if run < len(words) else ""
            if words[k - 1].lower() in _PRONOUNS and any(w.lower() in _PASSIVE_AUX for w in words[k:run]) \
                    or words[k - 1].lower() in _MODALS:
                cleaned.extend(words[k:run])  # "it was blocked", "would be forced", "set to be interviewed"
            elif not (nxt in verbs or nxt.endswith("ed") or (run - k > 1 or words[run - 1].lower() in ("been", "be"))
                    and _PARTICIPLE.search(nxt) and len(nxt) > 3):
                cleaned.extend(words[k:run])
            k = run
            continue
        cleaned.append(words[k])
        k += 1
    words = cleaned
    while len(words) > 1 and words[-1].lower().strip(".,") in _TRAILING:
        words.pop()
    if len(words) > 3 and words[-2].lower() == "and" and re.fullmatch(r"[a-z]+(?:ed|ing)", words[-1]):
        words = words[:-2]  # "... reviewing the ruling and expected"
    while len(words) > 12:
        # a long title loses its last adjunct without a name: "... near the river for two years"
        at = max((k for k, w in enumerate(words) if k >= 7 and w.lower() in _ADJUNCT_PREPS), default=0)
        if not at or any(w[:1].isupper() for w in words[at + 1:]):
            break
        words = words[:at]
        while len(words) > 1 and words[-1].lower().strip(".,") in _TRAILING:
            words.pop()
    if len(words) > 3 and words[-2].lower() == "to":  # "... a committee to plan"
        words = words[:-2]
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
    word = re.sub(r"^(?:al|el|al|an|as|ash|ad)-(?=\w{3})", "", word)  # "al-Assad" meets "Assad"
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


#: Keys that name a kind of act rather than a happening ("court": ruled, indicted, fined ...): two court
#: events in one season share it without being one event, so it is no merge term.
_GENERIC_KEYS = frozenset({"schedule", "take effect", "expiry", "extension", "court", "vote", "collapse",
                           "resign", "event"})

#: Terms shared by types that report the same kind of happening ("a US attack" / "an airstrike").
_FAMILIES = {"strike": ("strike",), "attack": ("attack",), "regime_change": ("fall",),
             "deadline": ("deadline",), "withdrawal": ("withdrawal",)}


def keywords_for(title: str, head: "_Trigger", members: list["_Trigger"], actors: list[str],
                 places: list[str], type_: str) -> list[str]:
    """Normalized key terms the merger compares across documents."""
    out: list[str] = []

    def add(term: str) -> None:
        if term and term not in out:
            out.append(term)

    for member in [head] + [m for m in members if m is not head]:
        if member.entry.key not in _GENERIC_KEYS:
            add(member.entry.key)
    for term in _FAMILIES.get(type_, ()):
        add(term)
    for word in re.findall(r"[\w’'-]+", title):
        low = word.lower()
        if low in _STOPWORDS or len(low) < 3 or low.isdigit():
            continue
        add(lemma(word))
    for name in actors + places:
        add(name.lower())
    return out[:20]
