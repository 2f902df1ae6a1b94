"""The domain types, re-exported for the pipeline's steps (they live in ``timeline_api.model``,
which the store imports too, so that the store needs nothing from the pipeline)."""
from ..model import (PRECISIONS, QUALIFIERS, UNDATED, DateInterval, Document, EventMention,  # noqa: F401
                     Sentence, Timex)
