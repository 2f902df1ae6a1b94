"""Temporal expression tagger and normalizer (TimeML TIMEX3 for English news).

``find_dates(text, published)`` returns the expressions as ``model.Timex``
objects, resolved against the publication date. The package follows
HeidelTime's design with our own rules:

- ``vocab``: the vocabularies (month and weekday names, numbers, units,
  modifiers, boundary words, tense cues ...) as data;
- ``rules``: the pattern table, one example per rule, built from the vocabularies;
- ``normalize``: one normalizer per kind of rule: a value, or an
  underspecified ``Pending`` value ("Friday", "in May", "last year");
- ``resolve``: the dispatch table that settles pending values against the
  anchor and the tense, and the calendar intervals of TimeML values;
- ``tense``: the tense around an expression: the nearest cue word in its
  clause (a future phrase looks forward only: "On Friday, X planned to ..." is
  past), the governing verb of a yearless month ("died ... in January" is
  past, "will ... in December" ahead), and deadline words before "by"/"until";
- ``tagger``: the steps: tag, select, extend, resolve.
"""
from .tagger import find_dates

__all__ = ["find_dates"]
