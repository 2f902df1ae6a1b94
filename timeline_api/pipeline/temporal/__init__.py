"""Temporal expression tagger and normalizer (TimeML TIMEX3 for English news)."""
from .tagger import find_dates

__all__ = ["find_dates"]
