"""Split English news text into sentences, with offsets into the original text.

News text is not tidy prose: headlines and datelines sit on their own lines
without a full stop, abbreviations ("U.S.", "Gen.", "Dec. 8") are everywhere,
quotations close after the full stop, and some corpora arrive already
tokenized (Penn Treebank: "help . ''", "-LRB- MSF -RRB-"). Page furniture
("6 Min Read", "Share This Article", lines in another script, repeated
headlines) is dropped, since a timeline should never cite it.

The rules, in order:

1. every line break is a boundary (headlines, one-sentence-per-line corpora);
2. inside a line, a boundary follows ``.``, ``!`` or ``?`` (plus any closing
   quotes and brackets) when whitespace and a plausible sentence start follow,
   unless the word before the full stop is a known abbreviation or an initial;
3. pieces that look like furniture or repeat an earlier piece are skipped.
"""
from __future__ import annotations

import re

from .model import Sentence

#: Words that end with a full stop without ending the sentence (lowercase, no dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr sgt cpl pvt adm
    gov sen rep rev hon pres sec amb supt insp det fr messrs mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol pp para fig approx est dept univ assn corp inc ltd co bros
    vs etc al cf ca e.g i.e a.m p.m u.s u.k u.n u.s.a e.u d.c
    ariz calif colo conn fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va wash wis wyo
    """.split()
)

#: After these abbreviations a capitalized word usually still belongs to the
#: same sentence (a name or a number follows a title).
TITLE_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st mt gen lt col maj capt cmdr sgt cpl pvt adm gov sen
    rep rev hon pres sec amb supt insp det fr no nos vol pp fig
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

#: Capitalized words that start a new sentence even after "U.S." or "a.m.".
SENTENCE_STARTERS = frozenset(
    """
    the a an he she it they we i you his her its their our this that these those
    but and however meanwhile in on at after before when while since as if
    there here what who why how mr mrs ms dr
    """.split()
)

_CLOSERS = r"""(?:["'”’»)\]]|''|-RRB-|-RSB-)"""
# a terminal mark, optional closers (PTB puts spaces before them), then whitespace
_BOUNDARY = re.compile(
    r"(?P<mark>[.!?]+|…)(?P<close>(?:\s?" + _CLOSERS + r")*)(?P<space>[ \t]+)"
)
_NEXT_START = re.compile(r"""(?:``|["'“‘«(\[]|-LRB-\s)?\s*[A-Z0-9]""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")

_FURNITURE = re.compile(
    r"""^(?:
        \d+\s*min(?:ute)?s?\s+read
      | share\s+(?:this|on)\b.*
      | (?:read|see)\s+(?:more|also)\b.*
      | click\s+here\b.*
      | advertisement
      | sponsored(?:\s+content)?
      | subscribe\b.*
      | follow\s+us\b.*
      | sign\s+up\b.*
      | related(?:\s+(?:articles?|stories|news))?:?
      | tags?:.*
      | (?:photo|image|picture|video)\s*(?:credit)?\s*:.*
      | ©.* | \(c\)\s.* | all\s+rights\s+reserved.*
      | copyright\b.*
      | (?:by|reporting\s+by|editing\s+by|written\s+by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\.?
      | updated?:?\s.*\d{4}.*
      | posted\s+(?:on\s+)?.*\d.*
      | .*\|\s*reply\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


#: A line like these closes the article body: what follows is the outlet's
#: sharing widgets, related links and self-promotion.
_END_OF_BODY = re.compile(
    r"^(?:share\s+this\s+(?:article|story|post)|related\s+(?:articles|stories|posts)"
    r"|you\s+may\s+also\s+like|more\s+from\b.*|read\s+next|recommended\s+for\s+you)\W*$",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each stripped, with offsets into ``text``."""
    sentences: list[Sentence] = []
    seen: set[str] = set()
    for line_start, line in _lines(text):
        if _END_OF_BODY.match(line.strip()):
            break
        wire = _WIRE_START.search(line)
        if wire and _TIMESTAMP.search(line[:wire.start()]):
            # the headline, byline and timestamp before the wire tag are furniture
            line_start += wire.end()
            line = line[wire.end():]
        for start, end in _split_line(line):
            start, end = _strip(line, start, end)
            if start >= end:
                continue
            piece = line[start:end]
            if _is_furniture(piece):
                continue
            key = _normalize(piece)
            if key in seen:  # repeated headline or teaser
                continue
            seen.add(key)
            sentences.append(Sentence(line_start + start, line_start + end, piece))
    return sentences


#: Where a wire story's body starts after its headline, byline and timestamp
#: ("... | Sat May 22 , 2010 7:50 pm EDT WASHINGTON -LRB- Reuters -RRB- - President ...").
_WIRE_START = re.compile(
    r"(?:-LRB-|\()\s*(?:Reuters|AP|AFP|CNN|BBC|UPI|dpa|Xinhua)\s*(?:-RRB-|\))\s*(?:--?|–|—)\s+")
_TIMESTAMP = re.compile(r"\|\s|\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:BST|GMT|EDT|EST|IST|ET|CET)\b")


def _lines(text: str):
    offset = 0
    for line in text.splitlines(keepends=True):
        yield offset, line.rstrip("\r\n")
        offset += len(line)


def _split_line(line: str):
    start = 0
    for match in _BOUNDARY.finditer(line):
        cut = match.start("space")
        rest = line[match.end():]
        if not rest or not _NEXT_START.match(rest):
            continue
        if match.group("mark") in (".",) and not match.group("close"):
            if _is_abbreviation(line[start:match.start()], rest):
                continue
        yield start, cut
        start = match.end()
    yield start, len(line)


def _is_abbreviation(before: str, rest: str) -> bool:
    """True when the full stop closing ``before`` belongs to an abbreviation."""
    found = _WORD_BEFORE.search(before)
    if not found:
        return False
    word = found.group(1)
    if before.endswith(" ") or not word:
        return False
    lowered = word.lower().rstrip(".")
    if len(word) == 1 and word.isupper():
        return True  # an initial: "George W. Bush"
    if lowered not in ABBREVIATIONS and not re.fullmatch(r"(?:[a-z]\.)+[a-z]", lowered):
        return False
    if lowered in TITLE_ABBREVIATIONS:
        return True
    next_word = re.match(r"[\W_]*([A-Za-z]+)", rest)
    if next_word and next_word.group(1).lower() in SENTENCE_STARTERS:
        return False  # "... in the U.S. The next day ..."
    return True


def _strip(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return start, end


def _normalize(piece: str) -> str:
    return re.sub(r"\W+", " ", piece.lower().replace("’", "'")).strip()


def _is_furniture(piece: str) -> bool:
    letters = [c for c in piece if c.isalpha()]
    if not letters:
        return True
    latin = sum(1 for c in letters if c.isascii())
    if latin < 0.5 * len(letters):  # a line in another script in an English article
        return True
    if _FURNITURE.match(piece):
        return True
    words = piece.split()
    # a lone word ("IranGate", "Advertisement") is a label, not a sentence
    return len(words) < 2
