"""Near-identical texts: the sentence fingerprints that two copies of one story share.

A wire story printed by two outlets, or one outlet's article published again with a new
timestamp, is one story: it should count once when we ask how many independent sources
report a happening, while both copies stay citable. Two texts are copies when most of the
sentences of both are the same sentence (after case, spacing and punctuation are set
aside): the Dice coefficient of their fingerprint sets reaches ``COPY_MIN_DICE``.

Why both texts, not "most of the new text is in an older one": a short factbox or a
one-paragraph brief is contained whole in every later article that repeats it, and
grouping by containment chains those later, different articles into one story (measured
on the Timeline17 articles; bench/README.md, "Same story twice"). Sentences that many
sources share (``COMMON_MIN_SOURCES``) are furniture, not the story, and do not count.
"""
from __future__ import annotations

import hashlib
import re

#: A sentence shorter than this (in words) is not fingerprinted: datelines, bylines,
#: "Full Article", captions' credits are shared by unrelated articles of one outlet.
MIN_WORDS = 6
#: Texts with fewer fingerprints than this are never grouped (too little to compare).
MIN_FINGERPRINTS = 3
#: 2 x shared / (a + b) at or above this: the two texts are copies of one story.
#: 0.6 found 36 pairs in the 3,217 development articles of Timeline17 (re-published or
#: updated versions of one article, one wire copy across outlets) and no false pair seen;
#: 0.55 added a day-1 / day-2 pair of different BBC stories sharing background.
COPY_MIN_DICE = 0.6
#: A sentence found in this many sources is page furniture (a registration form, a
#: sidebar of headlines) and is left out of every comparison: CNN iReport pages share a
#: dozen such sentences and looked like copies of each other (4 false pairs among the
#: EgyptianProtest articles; at 6 none is left, and no true pair of the dev topics is lost).
COMMON_MIN_SOURCES = 6

_WORD = re.compile(r"[^\W_]+")
#: Where a piece ends: a line break, or a full stop, "!" or "?" and white space. Cruder than
#: pipeline/sentences.py, which also drops furniture and knows abbreviations, and a quarter
#: of its cost: both copies of a text are cut alike, which is all a fingerprint needs.
_PIECE_END = re.compile(r"\n|(?<=[.!?])\s+")


def fingerprints(text: str) -> frozenset[int]:
    """The text's distinct sentences as signed 64-bit hashes (an SQLite integer each)."""
    out = set()
    for piece in _PIECE_END.split(text):
        words = _WORD.findall(piece.lower())
        if len(words) < MIN_WORDS:
            continue
        digest = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()
        out.add(int.from_bytes(digest, "big", signed=True))
    return frozenset(out)


def are_copies(shared: int, size_a: int, size_b: int) -> bool:
    """Whether two texts with these fingerprint counts and ``shared`` common ones are one story."""
    if min(size_a, size_b) < MIN_FINGERPRINTS:
        return False
    return 2 * shared >= COPY_MIN_DICE * (size_a + size_b)
