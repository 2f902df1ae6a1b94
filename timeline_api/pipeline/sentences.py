"""Split English news text into sentences, with offsets into the original text.

News text is not tidy prose: headlines and datelines sit on their own lines
without a full stop, abbreviations ("U.S.", "Gen.", "Dec. 8") are everywhere,
quotations close after the full stop, and some corpora arrive already
tokenized (Penn Treebank: "help . ''", "-LRB- MSF -RRB-"). Page furniture
("6 Min Read", "Share This Article", lines in another script, repeated
headlines) is dropped, since a timeline should never cite it.

The rules, in order:

1. a line break is a boundary (headlines, one-sentence-per-line corpora),
   unless the line was hard-wrapped inside a sentence: it ends without a
   terminal mark and the next line starts in lower case, or it ends with a
   comma or a word no sentence ends on ("the", "of", "on" ...);
2. inside a line, a boundary follows ``.``, ``!`` or ``?`` (plus any closing
   quotes and brackets) when whitespace and a plausible sentence start follow,
   unless the word before the full stop is a known abbreviation or an initial;
3. a piece longer than ``MAX_SENTENCE_CHARS`` is cut at its last clause mark
   (or space) before the limit, so the later steps, whose work grows with the
   square of a sentence's length, do bounded work per piece;
4. pieces that look like furniture or repeat an earlier piece are skipped.

Every step looks at a bounded window around each position, so the whole split
is linear in the text, whatever its shape (one 1 MB line included).
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

#: Longest piece handed on. Detection compares each date with each trigger of a sentence,
#: so its work grows with the square of the length: "March and March and ..." for 80 KB
#: held a worker for 30 s. One news sentence in a thousand is longer than 570 characters,
#: one in ten thousand longer than 1,050 (a sample of 170,000 Timeline17 sentences).
MAX_SENTENCE_CHARS = 600

#: Where a piece that is too long is cut, best first: the last of these before the limit
#: (in the second half of the piece), else the last space, else at the limit itself.
_CUT_MARKS = ("; ", " — ", " – ", " - ", ", ", " and ", " but ", " ")

#: Words a line ends on only when the sentence goes on in the next line (hard-wrapped text).
_WRAP_WORDS = frozenset(
    """
    a an the of on in at to by for from with into onto over under about after before
    between during since until against among through and or but nor that which who whom
    whose as than its their his her our your my is are was were be been has have had
    will would could should may might must said says told
    """.split()
)
_TERMINAL_END = re.compile(r"""[.!?…:](?:\s?(?:["'”’»)\]]|''|-RRB-|-RSB-))*\s*$""")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_LIST_ITEM = re.compile(r"(?:[-*•#>|]|\d+[.)])\s")

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
    for line_start, line in _blocks(text):
        wire = _WIRE_START.search(line)
        if wire and _TIMESTAMP.search(line[:wire.start()]):
            # the headline, byline and timestamp before the wire tag are furniture
            line_start += wire.end()
            line = line[wire.end():]
        for start, end in _pieces(line):
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


def _blocks(text: str):
    """Lines, a hard-wrapped sentence's lines joined into one; none after an end-of-body line."""
    lines = []
    for offset, line in _lines(text):
        if _END_OF_BODY.match(line.strip()):
            break
        lines.append((offset, line))
    wrapped = _wrapped_paragraph_lines(lines)
    start = end = None
    for index, (offset, line) in enumerate(lines):
        if start is not None and _continues(text[max(start, end - 80):end], line, index - 1 in wrapped):
            end = offset + len(line)
            continue
        if start is not None:
            yield start, text[start:end]
        start, end = offset, offset + len(line)
    if start is not None:
        yield start, text[start:end]


def _wrapped_paragraph_lines(lines: list[tuple[int, str]]) -> set[int]:
    """Indexes of the lines (but the last) of paragraphs wrapped at a fixed width.

    Three or more lines in a row, each at most 100 characters and all but the last within
    a fifth of the longest (55 to 100): an editor's or a mail client's wrapping, not headlines
    (which vary in length and rarely come three in a row).
    """
    out: set[int] = set()
    run: list[int] = []
    for index, (_, line) in enumerate([*lines, (0, "")]):
        if line.strip():
            run.append(index)
            continue
        if len(run) >= 3:
            widths = [len(lines[i][1].rstrip()) for i in run[:-1]]
            if 55 <= max(widths) <= 100 and min(widths) >= 0.8 * max(widths):
                out.update(run[:-1])
        run = []
    return out


def _continues(before: str, line: str, in_wrapped_paragraph: bool) -> bool:
    """True when ``line`` goes on with the sentence that ``before`` (the line above) leaves open."""
    before, line = before.rstrip(), line.lstrip()
    if not before or not line or _TERMINAL_END.search(before) or _LIST_ITEM.match(line):
        return False
    if in_wrapped_paragraph or line[0].islower() or before.endswith(","):
        return True  # "... the ministry said on\nthursday that ..."
    last = _LAST_WORD.search(before)
    # "signed on\nMonday" joins; "Truce talks resume in Geneva\nGENEVA - ..." stays apart
    return bool(last) and before.endswith(last.group(1)) and last.group(1) in _WRAP_WORDS


#: A live page's marker of a new item in a run of highlights with no full stops between them
#: ("Obama on Egypt : Change must happen now NEW : President Obama spoke to ... NEW : ..."): each
#: item is a sentence of its own.
_NEW_ITEM = re.compile(r"(?<!\S)NEW\s?:\s+")


def _items(line: str):
    """``_split_line``'s pieces, each cut again before a live page's "NEW :" marker."""
    for start, end in _split_line(line):
        for marker in _NEW_ITEM.finditer(line, start, end):
            yield start, marker.start()
            start = marker.end()
        yield start, end


def _pieces(line: str):
    """The stripped, non-empty pieces of a line, none longer than ``MAX_SENTENCE_CHARS``."""
    for start, end in _items(line):
        start, end = _strip(line, start, end)
        while end - start > MAX_SENTENCE_CHARS:
            cut = _cut_point(line, start, start + MAX_SENTENCE_CHARS)
            piece_end = _strip(line, start, cut)[1]
            if piece_end > start:
                yield start, piece_end
            start = _strip(line, cut, end)[0]
        if start < end:
            yield start, end


def _cut_point(line: str, start: int, limit: int) -> int:
    """Where to end a piece that runs past ``limit``: after the best clause mark before it."""
    low = start + (limit - start) // 2
    for mark in _CUT_MARKS:
        found = line.rfind(mark, low, limit)
        if found > start:
            return found + (1 if mark.startswith(";") or mark.startswith(",") else 0)
    return limit  # no space at all in the window: a run of characters, cut anywhere


#: How far before a full stop the abbreviation check and after it the next-start check look.
_WINDOW = 64


def _split_line(line: str):
    start = 0
    for match in _BOUNDARY.finditer(line):
        cut = match.start("space")
        if match.end() >= len(line) or not _NEXT_START.match(line, match.end()):
            continue
        if match.group("mark") in (".",) and not match.group("close"):
            # Bounded windows (not the whole rest of the line): a line of a million
            # "Gen. " must not cost the square of its length.
            before = line[max(start, match.start() - _WINDOW):match.start()]
            if _is_abbreviation(before, line[match.end():match.end() + _WINDOW]):
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
