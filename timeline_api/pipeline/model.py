"""The domain types, re-exported for the pipeline's steps (they live in ``timeline_api.model``,
which the store imports too, so that the store needs nothing from the pipeline)."""
from ..model import (PRECISIONS, QUALIFIERS, RELATION_OF_QUALIFIER, RELATIONS, STATUSES, UNDATED,  # noqa: F401
                     DateInterval, Document, EventMention, Sentence, Timex)
